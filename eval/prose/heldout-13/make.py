#!/usr/bin/env python3
"""Generator of the held-out prose set p13 (six Vietnamese report drafts + labels).

Every draft is written below as paragraphs with inline claim markers
    ⟦id:anchor text⟧
and a spec per marker (kwargs of L()).  Inside an anchor, "{}" is replaced by the
value the spec computes exactly (Decimal, ROUND_HALF_UP), "{T}" by the truncated
value (used to plant rounding errors) and "{A}" by the value on the spec's
alternative (wrong) base.  Everything else is literal text, so planted errors are
written out by hand and then *checked*: make.py recomputes every claim with exact
decimal arithmetic and asserts that the computed verdict equals the declared one,
that every number a spec uses occurs in the draft, and that every anchor occurs
exactly once in its line.  Run:  python3 make.py
"""
import json
import os
import re
from collections import Counter, OrderedDict
from decimal import Decimal as D, ROUND_HALF_UP, ROUND_DOWN, getcontext

getcontext().prec = 60
HERE = os.path.dirname(os.path.abspath(__file__))
FN = '[\ufffd] '          # footnote line prefix, as the shared drafts are exported
NUM = re.compile(r'(?<![\d.,])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?!\d)')
MARK = re.compile(r'⟦([\w.]+):(.*?)⟧')


# ---------------------------------------------------------------- numbers ---
def dec(x):
    if isinstance(x, D):
        return x
    if isinstance(x, int):
        return D(x)
    s = str(x).strip()
    if ',' in s or re.fullmatch(r'\d{1,3}(\.\d{3})+', s):
        s = s.replace('.', '').replace(',', '.')
    return D(s)


def q(x, p):
    return x.quantize(D(1).scaleb(-p), rounding=ROUND_HALF_UP)


def tr(x, p):
    return x.quantize(D(1).scaleb(-p), rounding=ROUND_DOWN)


def fmt(x, p=0, lead0=False):
    """vi-VN: '.' thousands, ',' decimals; p = decimals shown (half up)."""
    x = q(dec(x), p)
    neg = x < 0
    s = f'{abs(x):f}'
    ip, _, fp = s.partition('.')
    ip = f'{int(ip):,}'.replace(',', '.')
    if lead0 and not fp and int(ip.replace('.', '')) < 10:
        ip = '0' + ip
    return ('-' if neg else '') + ip + (',' + fp if fp else '')


def fmtn(x):
    """number with its natural decimals (for notes)."""
    x = dec(x).normalize()
    return fmt(x, max(0, -x.as_tuple().exponent))


def places(s):
    return len(s.split(',')[1]) if ',' in s else 0


def val(s):
    return D(s.replace('.', '').replace(',', '.'))


def nums(s):
    return [m.group(1) for m in NUM.finditer(s)]


def approx(x, p=4):
    """exact value shown with p decimals, '…' when it is not exact."""
    y = tr(x, p)
    if y == x:
        n = x.normalize()
        return fmt(x, max(0, -n.as_tuple().exponent))
    return fmt(y, p) + '…'


def forms(x):
    """text forms under which an input number may be written in a draft."""
    x = dec(x)
    out = set()
    if x == x.to_integral_value():
        n = int(x)
        out.add(fmt(n))
        out.add(str(n))
        if 0 <= n < 10:
            out.add('0' + str(n))
    e = -x.normalize().as_tuple().exponent
    for p in range(max(e, 0), 4):
        out.add(fmt(x, p))
    return out


POS = ('tăng', 'nhiều hơn', 'cao hơn', 'vượt', 'tăng thêm', 'hơn')
NEG = ('giảm', 'ít hơn', 'thấp hơn', 'thiếu', 'hụt', 'kém', 'chậm')


def sign_word(anchor):
    a = anchor.lower()
    for w in NEG:
        if w in a:
            return -1
    for w in POS:
        if re.search(r'(?<!\w)' + w + r'(?!\w)', a):
            return 1
    return 0


# ----------------------------------------------------------------- specs ---
class Spec:
    kind = None

    def __init__(self, v='consistent', note='', pick=0, right=None, check=True):
        self.v, self.extra, self.pick, self.right_override, self.check = v, note, pick, right, check

    def inputs(self):
        return []

    def stated(self, anchor):
        ns = nums(anchor)
        assert ns, f'no number in anchor {anchor!r}'
        return ns[self.pick]

    def fill(self, tok):
        raise NotImplementedError(f'{type(self).__name__} cannot fill {{{tok}}}')

    def result(self, verdict, right, note):
        if self.right_override is not None:
            right = self.right_override
        if self.extra:
            note = note + '. ' + self.extra
        return verdict, right, note


def _pct_like(exact, s, what):
    """compare stated s (string) with exact value: consistent / rounding / inconsistent."""
    p = places(s)
    x = val(s)
    e = q(exact, p)
    if x == e:
        return 'consistent', e, p
    if x == tr(exact, p) or abs(x - exact) < D(1).scaleb(-p):
        return 'rounding', e, p
    return 'inconsistent', e, p


class SHARE(Spec):
    kind = 'share'

    def __init__(self, part, base, places=2, alt=None, **kw):
        super().__init__(**kw)
        self.part, self.base, self.p, self.alt = dec(part), dec(base), places, alt

    def inputs(self):
        return [self.part, self.base]

    def exact(self, base=None):
        return self.part / (base if base is not None else self.base) * 100

    def fill(self, tok):
        if tok == '':
            return fmt(self.exact(), self.p)
        if tok == 'T':
            e = self.exact()
            assert tr(e, self.p) != q(e, self.p), f'truncation = rounding for {self.part}/{self.base}'
            return fmt(tr(e, self.p), self.p)
        if tok == 'A':
            return fmt(self.exact(dec(self.alt)), self.p)
        return super().fill(tok)

    def evaluate(self, anchor):
        s = self.stated(anchor)
        ex = self.exact()
        verdict, e, p = _pct_like(ex, s, 'share')
        note = f'{fmtn(self.part)} / {fmtn(self.base)} × 100 = {approx(ex)}% → {fmt(e, p)}%'
        if verdict == 'rounding':
            note += f'; written {s}% (truncated)'
        elif verdict == 'inconsistent':
            note += f'; written {s}%'
            if self.alt is not None:
                note += f' = {fmtn(self.part)} / {fmtn(self.alt)} × 100 (wrong base)'
        return self.result(verdict, fmt(e, p) + '%', note)


class RATIO(Spec):
    """mode pct: cur/prev×100 (đạt …% kế hoạch, bằng …%); lan: cur/prev (gấp … lần,
    bình quân … mỗi …); rel: (cur/prev−1)×100 with tăng/giảm."""
    kind = 'ratio'

    def __init__(self, cur, prev, mode='pct', places=2, at=None, **kw):
        super().__init__(**kw)
        self.cur, self.prev, self.mode, self.p, self.at = dec(cur), dec(prev), mode, places, at

    def inputs(self):
        return [self.cur, self.prev]

    def exact(self):
        r = self.cur / self.prev
        if self.mode == 'pct':
            return r * 100
        if self.mode == 'lan':
            return r
        return (r - 1) * 100

    def fill(self, tok):
        e = self.exact()
        if self.mode == 'rel':
            e = abs(e)
        if tok == '':
            return fmt(e, self.p)
        if tok == 'T':
            assert tr(e, self.p) != q(e, self.p)
            return fmt(tr(e, self.p), self.p)
        return super().fill(tok)

    def evaluate(self, anchor):
        s = self.stated(anchor)
        ex = self.exact()
        unit = '' if self.mode == 'lan' else '%'
        if self.at is not None:
            s2 = fmt(val(s), self.at)
        else:
            s2 = s
        verdict, e, p = _pct_like(abs(ex), s2, 'ratio')
        if self.at is not None and verdict == 'rounding':
            verdict = 'inconsistent'
        sw = sign_word(anchor)
        if self.mode == 'rel' and sw and (sw > 0) != (ex > 0) and verdict == 'consistent':
            verdict = 'inconsistent'
        if self.mode == 'pct':
            note = f'{fmtn(self.cur)} / {fmtn(self.prev)} × 100 = {approx(ex)}% → {fmt(e, p)}%'
        elif self.mode == 'lan':
            note = f'{fmtn(self.cur)} / {fmtn(self.prev)} = {approx(ex)} → {fmt(e, p)}'
        else:
            note = (f'{fmtn(self.cur)} / {fmtn(self.prev)} − 1 = {approx(ex)}% → '
                    f'{"tăng" if ex > 0 else "giảm"} {fmt(e, p)}%')
        if verdict != 'consistent':
            note += f'; written {s}{unit}'
        return self.result(verdict, fmt(e, p) + unit, note)


class SUM(Spec):
    kind = 'sum'

    def __init__(self, *parts, places=0, lead0=False, **kw):
        super().__init__(**kw)
        self.parts, self.p, self.lead0 = [dec(x) for x in parts], places, lead0

    def inputs(self):
        return [abs(x) for x in self.parts]

    def total(self):
        return sum(self.parts, D(0))

    def fill(self, tok):
        if tok == '':
            return fmt(self.total(), self.p, self.lead0)
        return super().fill(tok)

    def evaluate(self, anchor):
        s = self.stated(anchor)
        t = self.total()
        expr = ' + '.join(fmt(x, places(s)) for x in self.parts).replace('+ -', '− ')
        if val(s) == t:
            return self.result('consistent', None, f'{expr} = {fmt(t, places(s))}')
        return self.result('inconsistent', fmt(t, places(s), s.startswith('0')),
                           f'{expr} = {fmt(t, places(s))} ≠ {s}')


class SUB(Spec):
    """the anchored figure is a 'trong đó' part: must be ≤ parent."""
    kind = 'subset'

    def __init__(self, parent, **kw):
        super().__init__(**kw)
        self.parent = dec(parent)

    def inputs(self):
        return [self.parent]

    def evaluate(self, anchor):
        s = self.stated(anchor)
        if val(s) <= self.parent:
            return self.result('consistent', None, f'{s} ≤ {fmt(self.parent)}')
        return self.result('inconsistent', None, f'{s} > {fmt(self.parent)} (part exceeds its whole)')


class SUBT(Spec):
    """the anchored figure is a parent whose listed disjoint parts must not exceed it."""
    kind = 'subset'

    def __init__(self, *parts, **kw):
        super().__init__(**kw)
        self.parts = [dec(x) for x in parts]

    def inputs(self):
        return self.parts

    def evaluate(self, anchor):
        s = self.stated(anchor)
        t = sum(self.parts, D(0))
        expr = ' + '.join(fmt(x) for x in self.parts)
        if t <= val(s):
            return self.result('consistent', None, f'{expr} = {fmt(t)} ≤ {s}')
        return self.result('inconsistent', None, f'{expr} = {fmt(t)} > {s}')


class DIFF(Spec):
    kind = 'difference'

    def __init__(self, cur, prev, places=0, lead0=False, **kw):
        super().__init__(**kw)
        self.cur, self.prev, self.p, self.lead0 = dec(cur), dec(prev), places, lead0

    def inputs(self):
        return [self.cur, self.prev]

    def fill(self, tok):
        if tok == '':
            return fmt(abs(self.cur - self.prev), self.p, self.lead0)
        return super().fill(tok)

    def evaluate(self, anchor):
        s = self.stated(anchor)
        d = self.cur - self.prev
        p = places(s)
        sw = sign_word(anchor)
        note = f'{fmt(self.cur, p)} − {fmt(self.prev, p)} = {fmt(d, p)}'
        ok_mag = val(s) == abs(d)
        ok_sign = sw == 0 or d == 0 or (sw > 0) == (d > 0)
        if ok_mag and ok_sign:
            return self.result('consistent', None, note)
        right = fmt(abs(d), p, s.startswith('0'))
        if not ok_sign:
            right = ('tăng ' if d > 0 else 'giảm ') + right
            note += f'; written as {"increase" if sw > 0 else "decrease"} {s}'
        else:
            note += f' ≠ {s}'
        return self.result('inconsistent', right, note)


class PTS(Spec):
    """change of a share between periods: points reading, then relative reading."""
    kind = 'points'

    def __init__(self, cur, prev, **kw):
        super().__init__(**kw)
        self.cur, self.prev = dec(cur), dec(prev)

    def inputs(self):
        return [self.cur, self.prev]

    def fill(self, tok):
        if tok == '':
            d = abs(self.cur - self.prev)
            return fmt(d, 2)
        return super().fill(tok)

    def evaluate(self, anchor):
        s = self.stated(anchor)
        p = places(s)
        sw = sign_word(anchor)
        pts = self.cur - self.prev
        rel = (self.cur / self.prev - 1) * 100
        unit = '%' if '%' in anchor.split(s, 1)[1][:2] else ''
        sign_ok = lambda d: sw == 0 or d == 0 or (sw > 0) == (d > 0)
        note = (f'{fmt(self.cur, 2)} − {fmt(self.prev, 2)} = {fmt(pts, 2)} points; '
                f'relative {approx(rel, 2)}%')
        if q(abs(pts), p) == val(s) and sign_ok(pts):
            return self.result('consistent', None, note + ' → the points reading holds')
        if q(abs(rel), p) == val(s) and sign_ok(rel):
            return self.result('consistent', None, note + ' → the relative reading holds')
        return self.result('inconsistent', fmt(abs(pts), max(p, 2)) + unit,
                           note + f'; written {s}{unit}, neither reading gives it')


class REP(Spec):
    """second mention of a quantity stated elsewhere (first); factor converts units."""
    kind = 'repeat'

    def __init__(self, first, factor=1, **kw):
        super().__init__(**kw)
        self.first, self.factor = dec(first), dec(factor)

    def inputs(self):
        return [self.first]

    def fill(self, tok):
        if tok == '':
            x = self.first / self.factor
            return fmt(x, -min(0, x.normalize().as_tuple().exponent))
        return super().fill(tok)

    def evaluate(self, anchor):
        s = self.stated(anchor)
        p = places(s)
        y = self.first / self.factor          # first mention, in the unit of this mention
        conv = f' (first {fmt(self.first, 2 if self.first != self.first.to_integral_value() else 0)}, ÷ {fmt(self.factor)})' \
            if self.factor != 1 else ''
        if val(s) == y:
            return self.result('consistent', None, f'{s}{conv} = first mention')
        if val(s) == q(y, p):
            return self.result('consistent', None, f'{s}{conv}: first mention {approx(y)} rounded to {p} decimals')
        right = fmt(y, -min(0, y.normalize().as_tuple().exponent)) if p == 0 or y == q(y, p) else fmt(y, p)
        if val(s) == tr(y, p):
            return self.result('rounding', fmt(y, p), f'{s}{conv}: first mention {approx(y)} truncated')
        return self.result('inconsistent', right, f'first mention {right}{conv}; written {s}')


class TERM(Spec):
    """the period named in a comparison must be the one before the sentence's own."""
    kind = 'term'

    def __init__(self, expected, **kw):
        super().__init__(**kw)
        self.expected = expected

    def evaluate(self, anchor):
        ms = re.findall(r'\d{4}(?:\s*-\s*\d{4})?', anchor)
        assert ms, anchor
        s = ms[-1]
        norm = lambda t: re.sub(r'\s*-\s*', ' - ', t)
        if norm(s) == norm(self.expected):
            return self.result('consistent', None, f'compared period {s} is the previous one')
        right = anchor[::-1].replace(s[::-1], self.expected[::-1], 1)[::-1]
        return self.result('inconsistent', right,
                           f'the figures compared are those of {self.expected}, not {s}')


class FRAC(Spec):
    kind = 'fraction'

    def __init__(self, whole=None, part=None, **kw):
        super().__init__(**kw)
        self.whole = dec(whole) if whole is not None else None
        self.part = dec(part) if part is not None else None

    def inputs(self):
        return [x for x in (self.whole, self.part) if x is not None]

    def evaluate(self, anchor):
        m = re.search(r'(\d+(?:\.\d{3})*)/(\d+(?:\.\d{3})*)', anchor)
        a, b = m.group(1), m.group(2)
        va, vb = val(a), val(b)
        ra, rb = va, vb
        why = []
        if self.whole is not None and vb != self.whole:
            rb = self.whole
            why.append(f'the whole is {fmt(self.whole)}, not {b}')
        if self.part is not None and va != self.part:
            ra = self.part
            why.append(f'the part is {fmt(self.part)}, not {a}')
        if ra > rb:
            why.append(f'{a} > {b}')
        if not why:
            return self.result('consistent', None,
                               f'{a} ≤ {b}' + (f', whole = {fmt(self.whole)} as stated' if self.whole is not None else ''))
        z = lambda x, orig: fmt(x, 0, orig.startswith('0'))
        return self.result('inconsistent', f'{z(ra, a)}/{z(rb, b)}', '; '.join(why))


class FREE(Spec):
    """reading under which the figure is a different quantity: no constraint applies."""
    kind = None

    def __init__(self, why, **kw):
        super().__init__(**kw)
        self.why = why

    def evaluate(self, anchor):
        return 'consistent', None, self.why


class AMB(Spec):
    """ambiguous: either readings that give different verdicts, or a placeholder /
    an unparseable number format."""

    def __init__(self, kind, why, readings=(), cond=None, **kw):
        kw.setdefault('v', 'ambiguous')
        super().__init__(**kw)
        self.kind, self.why, self.readings, self.cond = kind, why, list(readings), cond

    def evaluate(self, anchor, line=''):
        parts = [self.why]
        if self.readings:
            vs = []
            for r in self.readings:
                v, _, n = r.evaluate(anchor)
                vs.append(v)
                parts.append(f'reading {len(vs)}: {n} → {v}')
            assert len(set(vs)) > 1, f'ambiguous readings agree: {anchor}'
        if self.cond == 'placeholder':
            assert '...' in line or '…' in line, 'no placeholder in line'
        if self.cond == 'format':
            assert re.search(r'\d\.\d{3}%|\d,\d{3}(?![\d.])', anchor), anchor
        return 'ambiguous', None, '; '.join(parts)


# ----------------------------------------------------------------- drafts ---
class Draft:
    def __init__(self, num, slug):
        self.name = f'p13-{num:02d}-{slug}'
        self.paras = []

    def L(self, text='', **specs):
        self.paras.append((text, specs))

    def F(self, text, **specs):
        self.paras.append(('', {}))
        self.paras.append((FN + text, specs))

    def build(self):
        chunks, specs = [], {}
        for i, (text, sp) in enumerate(self.paras):
            used = set()

            def sub(m, i=i, sp=sp, used=used):
                cid, anc = m.group(1), m.group(2)
                assert cid in sp, f'{self.name}: no spec for {cid}'
                spec = sp[cid]
                anc = re.sub(r'\{(T|A|)\}', lambda mm: spec.fill(mm.group(1)), anc)
                key = f'{i}.{cid}'
                specs[key] = spec
                used.add(cid)
                return f'⟦{key}:{anc}⟧'
            chunks.append(MARK.sub(sub, text))
            missing = set(sp) - used
            assert not missing, f'{self.name}: specs without marker {missing}'
        raw_lines = '\n'.join(chunks).split('\n')
        lines, claims = [], []
        for n, rl in enumerate(raw_lines, 1):
            found = [(m.group(1), m.group(2)) for m in MARK.finditer(rl)]
            clean = MARK.sub(lambda m: m.group(2), rl)
            lines.append(clean)
            for key, anc in found:
                claims.append((n, anc, specs[key], key))
        text = '\n'.join(lines) + '\n'
        tokens = set(nums(text))
        out = []
        for n, anc, spec, key in claims:
            line = lines[n - 1]
            assert line.count(anc) == 1, f'{self.name}:{n}: anchor {anc!r} occurs {line.count(anc)}×'
            if isinstance(spec, AMB):
                verdict, right, note = spec.evaluate(anc, line)
            else:
                verdict, right, note = spec.evaluate(anc)
            assert verdict == spec.v, (f'{self.name}:{n} [{key}] {anc!r}: computed {verdict}, '
                                       f'declared {spec.v} — {note}')
            if spec.check:
                for x in spec.inputs():
                    assert forms(x) & tokens, f'{self.name}:{n} [{key}] input {x} not in the draft'
            c = OrderedDict(line=n, anchor=anc, kind=spec.kind, verdict=verdict)
            if verdict in ('rounding', 'inconsistent'):
                assert right, f'{self.name}:{n} {anc!r}: no right value'
                c['right'] = right
            c['note'] = note
            out.append(c)
        return text, out


DRAFTS = []


def draft(fn):
    DRAFTS.append(fn)
    return fn


# =================================================================== 01 ===
@draft
def d01():
    d = Draft(1, 'thu-vien-tinh')
    L, F = d.L, d.F
    L('UBND TỈNH VĨNH LONG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    L('SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\tĐộc lập - Tự do - Hạnh phúc')
    L('THƯ VIỆN TỈNH')
    L()
    L('Số: 86/BC-TV\tVĩnh Long, ngày 16 tháng 12 năm 2024')
    L()
    L('BÁO CÁO')
    L('Tổng kết hoạt động thư viện năm 2024 và phương hướng, nhiệm vụ năm 2025')
    L('-----')
    L('Căn cứ Quyết định số 125/QĐ-UBND ngày 12/3/2024 của Ủy ban nhân dân tỉnh về việc giao 12 chỉ tiêu '
      'kế hoạch phát triển sự nghiệp thư viện năm 2024; thực hiện Công văn số 1875/SVHTTDL-KHTC ngày '
      '20/11/2024 của Sở Văn hóa, Thể thao và Du lịch về báo cáo tổng kết năm, Thư viện tỉnh báo cáo kết quả như sau:')
    L('I. ĐẶC ĐIỂM TÌNH HÌNH')
    L('Thư viện tỉnh là đơn vị sự nghiệp công lập trực thuộc Sở Văn hóa, Thể thao và Du lịch, được giao 34 người '
      'làm việc theo Quyết định số 2047/QĐ-UBND ngày 28/9/2022[\n]; hiện có ⟦a:{} viên chức và người lao động⟧ '
      '(gồm 26 viên chức, 05 lao động hợp đồng), còn ⟦b:thiếu {} người⟧ so với số được giao; trong đó '
      '⟦c:nữ 20 người⟧, ⟦d:đảng viên 17 người⟧, ⟦e:09 người dưới 35 tuổi⟧. Tỉnh có 08 huyện, thị xã, thành phố '
      'với 107 xã, phường, thị trấn; mạng lưới thư viện công cộng gồm 01 thư viện tỉnh, 08 thư viện cấp huyện và '
      '⟦f:{} tủ sách, phòng đọc cơ sở⟧ (412 tủ sách ấp, khóm; 385 tủ sách trường học; 349 tủ sách đặt tại chùa, '
      'nhà văn hóa), phủ ⟦g:87/107 xã⟧, phường, thị trấn, đạt ⟦h:{}%⟧.',
      a=SUM(26, 5), b=DIFF(31, 34, lead0=True), c=SUB(31), d=SUB(31, note='nữ, đảng viên, dưới 35 tuổi are '
      'different dimensions: 20 + 17 + 09 = 46 > 31 is no error'), e=SUB(31),
      f=SUM(412, 385, 349), g=FRAC(whole=107), h=SHARE(87, 107))
    L('* Thuận lợi: Thư viện luôn nhận được sự quan tâm, chỉ đạo của Tỉnh ủy, Ủy ban nhân dân tỉnh và Sở Văn hóa, '
      'Thể thao và Du lịch; cơ sở vật chất từng bước được đầu tư theo hướng hiện đại; đội ngũ viên chức trẻ, nhiệt '
      'tình, có trình độ chuyên môn cơ bản đáp ứng yêu cầu nhiệm vụ.')
    L('* Khó khăn: Trụ sở Thư viện đưa vào sử dụng từ năm 2003 đã xuống cấp, kho sách chật hẹp; kinh phí bổ sung vốn '
      'tài liệu chưa đáp ứng nhu cầu bạn đọc; thói quen đọc sách của một bộ phận thanh thiếu niên giảm sút do tác '
      'động của mạng xã hội và các phương tiện nghe nhìn.')
    L('Năm 2024, Thư viện được giao dự toán ⟦i:{} triệu đồng⟧ (kinh phí thường xuyên 4.126 triệu đồng; kinh phí '
      'không thường xuyên 1.318 triệu đồng, chiếm ⟦j:{A}%⟧), trong đó kinh phí mua sách, báo và tài liệu số '
      '⟦k:1.250 triệu đồng⟧, chiếm ⟦l:{}%⟧ tổng dự toán. Đến 30/11/2024 đã giải ngân 4.917 triệu đồng, '
      'đạt ⟦m:{T}% dự toán⟧.',
      i=SUM(4126, 1318), j=SHARE(1318, 5444, alt=4126, v='inconsistent',
                                 note='divided by kinh phí thường xuyên instead of the whole dự toán'),
      k=SUB(5444), l=SHARE(1250, 5444), m=RATIO(4917, 5444, v='rounding'))
    L('II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ')
    L('1. Công tác phục vụ bạn đọc')
    L('Trong năm, Thư viện cấp mới và gia hạn ⟦n:{} thẻ bạn đọc⟧ (cấp mới 2.318 thẻ, gia hạn 1.597 thẻ), đạt '
      '⟦o:{}% kế hoạch⟧ (3.500 thẻ), ⟦p:tăng {} thẻ⟧ ⟦q:so với năm 2023⟧ (3.642 thẻ)[\n]. Trong số thẻ cấp mới, '
      'thẻ thiếu nhi 1.476 thẻ, chiếm ⟦r:{T}%⟧; thẻ đăng ký qua Cổng dịch vụ công trực tuyến 642 thẻ, '
      'chiếm ⟦s:{}%⟧.',
      n=SUM(2318, 1597), o=RATIO(3915, 3500), p=DIFF(3915, 3642), q=TERM('2023'),
      r=SHARE(1476, 2318, v='rounding'), s=SHARE(642, 2318))
    L('Thư viện đã phục vụ ⟦t:{} lượt bạn đọc⟧ (121.635 lượt tại trụ sở, 64.785 lượt truy cập thư viện số), '
      '⟦u:tăng {}%⟧ so với năm trước (171.308 lượt); lượt truy cập thư viện số chiếm ⟦v:{}%⟧ tổng lượt phục vụ, '
      '⟦w:tăng 4,65%⟧ so với năm 2023 (30,10%). Tổng số lượt tài liệu luân chuyển đạt 402.160 lượt, '
      '⟦x:gấp {} lần⟧ số lượt bạn đọc.',
      t=SUM(121635, 64785), u=RATIO(186420, 171308, 'rel'), v=SHARE(64785, 186420),
      w=PTS('34,75', '30,10', note='written "%" but meant as percentage points'),
      x=RATIO(402160, 186420, 'lan'))
    L('2. Công tác phát triển và tổ chức vốn tài liệu')
    L('Đến 30/11/2024, tổng vốn tài liệu của Thư viện là ⟦y:268.540 bản⟧ (sách 241.326 bản; báo, tạp chí đóng '
      'tập 18.950 bản; tài liệu địa chí 8.624 bản). Trong năm bổ sung ⟦z:{} bản⟧ với 3.917 tên tài liệu (mua mới '
      '6.742 bản từ nguồn kinh phí ⟦aa:{} tỷ đồng⟧; tiếp nhận biếu tặng, nộp lưu chiểu 2.165 bản, chiếm '
      '⟦ab:{}%⟧); đồng thời thanh lọc 1.208 bản hư hỏng, nội dung lạc hậu theo Quyết định số 57/QĐ-TV ngày '
      '05/8/2024, nên vốn tài liệu thực ⟦ac:tăng {} bản⟧ so với đầu năm.',
      y=SUM(241326, 18950, 8624, v='inconsistent',
            note='the total fits 18.590 báo, tạp chí (241.326 + 18.590 + 8.624 = 268.540): two digits of the part '
                 'were swapped and the total was not updated'),
      z=SUM(6742, 2165), aa=REP(1250, factor=1000, note='1.250 triệu đồng written 1,25 tỷ đồng'),
      ab=SHARE(2165, 8907), ac=DIFF(8907, 1208, note='net change = added − withdrawn'))
    L('3. Công tác số hóa, ứng dụng công nghệ thông tin')
    L('Thực hiện Đề án số 03/ĐA-SVHTTDL ngày 18/4/2023 về chuyển đổi số ngành thư viện giai đoạn 2023 - 2025, '
      'năm 2024 Thư viện đã số hóa ⟦ad:162.800 trang tài liệu⟧ (tài liệu địa chí 96.420 trang; báo Vĩnh Long '
      'giai đoạn 1976 - 1991 là 51.380 trang; sách Hán Nôm ... trang). Lũy kế đến nay đã số hóa 1.126 đầu tài '
      'liệu, đạt ⟦ae:{}%⟧ chỉ tiêu cả giai đoạn (1.800 đầu tài liệu). Riêng tài liệu địa chí đã số hóa toàn văn '
      '3.675 bản, đạt ⟦af:42,6%⟧. Trong tháng 12/2024, Thư viện tiếp nhận thêm 481 bản tài liệu địa chí do các '
      'sở, ngành, địa phương nộp lưu chiểu.',
      ad=AMB('sum', 'one part is the placeholder "..." (not filled): the total cannot be checked', cond='placeholder'),
      ae=RATIO(1126, 1800),
      af=AMB('share', 'base not stated: địa chí holdings at 30/11 (8.624) or at year end (8.624 + 481 = 9.105)',
             readings=[SHARE(3675, 8624, check=False), SHARE(3675, 9105, check=False)]))
    L('4. Hoạt động thư viện lưu động, luân chuyển tài liệu')
    L('Xe thư viện lưu động đa phương tiện thực hiện ⟦ag:{} chuyến⟧ (54 chuyến đến trường học, 28 chuyến đến '
      'xã vùng sâu, 11 chuyến phục vụ tại trại giam, trung tâm bảo trợ xã hội), ⟦ah:vượt {} chuyến⟧ so với kế '
      'hoạch (80 chuyến), đạt ⟦ai:116,52%⟧ kế hoạch; đến ⟦aj:07/08 huyện⟧, thị xã, thành phố (trừ thành phố '
      'Vĩnh Long, nơi Thư viện tỉnh trực tiếp phục vụ); phục vụ ⟦ak:48.760 lượt bạn đọc⟧, trong đó tại điểm '
      'trường 31.420 lượt, tại các điểm ở xã 22.115 lượt[\n].',
      ag=SUM(54, 28, 11), ah=DIFF(93, 80), ai=RATIO(93, 80, v='inconsistent', note='digits 2 and 5 swapped'),
      aj=FRAC(whole=8),
      ak=AMB('subset', 'school stops may lie in the communes: the two location parts may overlap, so their sum '
                       '53.535 > 48.760 cannot be called wrong',
             readings=[SUBT(31420, 22115), SUBT(31420)]))
    L('Luân chuyển ⟦al:{} bản sách⟧ về 08 thư viện huyện và 24 thư viện xã (thư viện huyện 9.600 bản, thư viện '
      'xã 5.280 bản), bình quân ⟦am:{} bản⟧ mỗi thư viện huyện, ⟦an:{} bản⟧ mỗi thư viện xã; số bản luân '
      'chuyển ⟦ao:gấp gần 2 lần⟧ năm 2023 (8.150 bản).',
      al=SUM(9600, 5280), am=RATIO(9600, 8, 'lan', places=0), an=RATIO(5280, 24, 'lan', places=0),
      ao=AMB('ratio', '14.880 / 8.150 = 1,83: "gần 2 lần" is a hedge of unstated precision',
             readings=[RATIO(14880, 8150, 'lan', check=False), RATIO(14880, 8150, 'lan', at=1, check=False)]))
    L('5. Công tác tuyên truyền, phát triển văn hóa đọc')
    L('Tổ chức ⟦ap:{} cuộc trưng bày, triển lãm⟧ (18 cuộc tại chỗ, 09 cuộc trực tuyến) giới thiệu 2.946 tài '
      'liệu; phối hợp với ⟦aq:38/42 trường⟧ trung học cơ sở tổ chức giới thiệu sách đầu năm học, đạt ⟦ar:{}%⟧. '
      'Hội thi “Đại sứ văn hóa đọc” năm 2024 thu hút 12.350 bài dự thi, tăng ⟦as1:1.125%⟧ so với năm 2023[\n]; '
      'Ngày Sách và Văn hóa đọc Việt Nam (21/4) thu hút hơn 3.500 lượt người tham dự. Đường dây nóng hỗ trợ bạn '
      'đọc: 0270.3822.514.',
      ap=SUM(18, 9), aq=FRAC(), ar=SHARE(38, 42),
      as1=AMB('ratio', '"1.125%" is 1125 % in vi-VN or a mistyped 11,25 %; the 2023 figure is not given',
              cond='format'))
    L('6. Công tác hướng dẫn nghiệp vụ')
    L('Mở 04 lớp bồi dưỡng nghiệp vụ cho ⟦at:{} lượt người⟧ (cán bộ thư viện huyện 36 lượt, công chức văn hóa - '
      'xã hội cấp xã 143 lượt, giáo viên phụ trách thư viện trường học 95 lượt). Kiểm tra nghiệp vụ '
      '⟦au:08/08 thư viện⟧ cấp huyện và 52 tủ sách cơ sở; kết quả có ⟦av:06/08 thư viện⟧ xếp loại tốt, chiếm '
      '⟦aw:{}%⟧, 02 thư viện xếp loại khá, chiếm ⟦ay:{}%⟧.',
      at=SUM(36, 143, 95), au=FRAC(whole=8), av=FRAC(whole=8), aw=SHARE(6, 8, places=0),
      ay=SHARE(2, 8, places=0))
    L('7. Kết quả các chỉ tiêu chủ yếu so với năm 2023')
    L('So với năm 2023, số thẻ cấp mới và gia hạn ⟦az:tăng {}%⟧; số lượt bạn đọc ⟦ba:tăng {} lượt⟧; số bản sách '
      'bổ sung đạt ⟦bb:{} bản⟧, ⟦bc:bằng {}%⟧ so với năm trước (8.201 bản); số chuyến xe lưu động '
      '⟦bd:tăng 21 chuyến⟧ (năm 2023: 74 chuyến). Tỷ lệ lượt truy cập thư viện số đạt ⟦be:{}%⟧, tiếp tục cao hơn '
      '⟦bf:so với năm 2022⟧ (30,10%).',
      az=RATIO(3915, 3642, 'rel'), ba=DIFF(186420, 171308), bb=REP(8907),
      bc=RATIO(8907, 8201, places=1), bd=DIFF(93, 74, v='inconsistent'),
      be=REP('34,75'),
      bf=TERM('2023', v='inconsistent', note='30,10% is the 2023 share (section II.1)'))
    L('III. ĐÁNH GIÁ CHUNG')
    L('Năm 2024, Thư viện tỉnh hoàn thành ⟦bg:11/13 chỉ tiêu⟧ được giao; chỉ tiêu chưa đạt là số hóa tài liệu, '
      'lũy kế mới đạt ⟦bh:{}%⟧ chỉ tiêu giai đoạn. Hoạt động thư viện lưu động, phát triển văn hóa đọc có nhiều '
      'đổi mới; tuy nhiên kinh phí bổ sung tài liệu còn thấp, trụ sở xuống cấp, thiếu viên chức có trình độ '
      'công nghệ thông tin.',
      bg=FRAC(whole=12, v='inconsistent', note='Quyết định số 125/QĐ-UBND gave 12 chỉ tiêu'),
      bh=REP('62,56'))
    L('* Hạn chế:')
    L('- Một số tủ sách cơ sở hoạt động cầm chừng, tài liệu ít được luân chuyển, chưa thu hút người dân đến đọc.')
    L('- Việc số hóa tài liệu còn chậm so với tiến độ Đề án do thiếu thiết bị chuyên dụng và nhân lực công nghệ '
      'thông tin; phần mềm quản lý thư viện chưa liên thông với thư viện cấp huyện.')
    L('* Nguyên nhân: Nguồn kinh phí sự nghiệp hằng năm chủ yếu bảo đảm chi thường xuyên; công tác phối hợp giữa '
      'thư viện với ngành giáo dục và chính quyền cơ sở có lúc chưa chặt chẽ.')
    L('IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025')
    L('Phấn đấu cấp mới, gia hạn 4.000 thẻ bạn đọc, ⟦bi:tăng {} thẻ⟧ so với thực hiện năm 2024; bổ sung 9.000 '
      'bản tài liệu; số hóa thêm 300 đầu tài liệu, nâng tổng số lũy kế lên ⟦bj:{} đầu⟧, đạt ⟦bk:{}%⟧ chỉ tiêu '
      'giai đoạn 2023 - 2025; thực hiện 90 chuyến xe thư viện lưu động; tổ chức tốt các hoạt động hưởng ứng Ngày '
      'Sách và Văn hóa đọc Việt Nam lần thứ 4 năm 2025.',
      bi=DIFF(4000, 3915), bj=SUM(1126, 300), bk=RATIO(1426, 1800))
    L('Giải pháp chủ yếu: (1) tham mưu Sở trình UBND tỉnh bố trí kinh phí mua sắm máy quét chuyên dụng; (2) đẩy mạnh '
      'xã hội hóa nguồn sách, vận động doanh nghiệp, nhà hảo tâm tặng sách cho tủ sách cơ sở; (3) đổi mới hình thức '
      'phục vụ lưu động, ưu tiên địa bàn vùng sâu, vùng đồng bào dân tộc Khmer; (4) tăng cường kiểm tra, hướng dẫn '
      'nghiệp vụ cho thư viện cấp huyện, cấp xã.')
    L('Trên đây là báo cáo tổng kết hoạt động năm 2024 và phương hướng, nhiệm vụ năm 2025 của Thư viện tỉnh./.')
    L('Nơi nhận:\t\tGIÁM ĐỐC')
    L('- Sở VHTTDL (b/c);')
    L('- Lưu: VT, HCTH.')
    L()
    F('Quyết định số 2047/QĐ-UBND ngày 28/9/2022 của UBND tỉnh về giao số lượng người làm việc giai đoạn '
      '2022 - 2026; Ban Giám đốc ⟦fa:{} người⟧ (01 giám đốc, 02 phó giám đốc) và 05 phòng chuyên môn, nghiệp vụ.',
      fa=SUM(1, 2, lead0=True))
    F('Số thẻ cấp mới và gia hạn năm 2024 là ⟦fb:3.951 thẻ⟧, trong đó thẻ cấp miễn phí cho học sinh người dân '
      'tộc thiểu số, học sinh thuộc hộ nghèo ⟦fc:318 thẻ⟧.',
      fb=REP(3915, v='inconsistent', note='two digits swapped'), fc=SUB(3915))
    F('Chia theo địa bàn: Long Hồ 14 chuyến, Mang Thít 12 chuyến, Vũng Liêm 15 chuyến, Tam Bình 13 chuyến, '
      'Trà Ôn 12 chuyến, Bình Minh 11 chuyến, Bình Tân 16 chuyến; cộng ⟦fd:{} chuyến⟧.',
      fd=SUM(14, 12, 15, 13, 12, 11, 16))
    F('Bài dự thi gồm bảng A (tiểu học) 7.218 bài, chiếm ⟦fe:{T}%⟧; bảng B (trung học cơ sở) 3.904 bài, chiếm '
      '⟦ff:{}%⟧; bảng C (trung học phổ thông) 1.228 bài, chiếm ⟦fg:{}%⟧; tổng cộng ⟦fh:{} bài⟧.',
      fe=SHARE(7218, 12350, v='rounding'), ff=SHARE(3904, 12350), fg=SHARE(1228, 12350),
      fh=SUM(7218, 3904, 1228))
    return d


# =================================================================== 02 ===
@draft
def d02():
    d = Draft(2, 'dai-khi-tuong-thuy-van')
    L, F = d.L, d.F
    L('ĐÀI KTTV KHU VỰC TRUNG TRUNG BỘ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    L('ĐÀI KHÍ TƯỢNG THỦY VĂN\tĐộc lập - Tự do - Hạnh phúc')
    L('TỈNH QUẢNG NGÃI')
    L()
    L('Số: 412/BC-ĐKTTV\tQuảng Ngãi, ngày 20 tháng 12 năm 2024')
    L()
    L('BÁO CÁO')
    L('Tổng kết công tác khí tượng thủy văn năm 2024, nhiệm vụ trọng tâm năm 2025')
    L('-----')
    L('Thực hiện Công văn số 1508/KTTVTTB-VP ngày 02/12/2024 của Đài Khí tượng Thủy văn khu vực Trung Trung Bộ về '
      'việc tổng kết công tác năm 2024, Đài Khí tượng Thủy văn tỉnh Quảng Ngãi (sau đây gọi tắt là Đài) báo cáo '
      'kết quả thực hiện nhiệm vụ như sau:')
    L('I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024')
    L('1. Công tác tổ chức, cán bộ')
    L('Đến 30/11/2024, Đài có ⟦a:{} công chức, viên chức và người lao động⟧, chia ra: Văn phòng Đài và Phòng Dự báo '
      '19 người, 04 trạm khí tượng 15 người, 08 trạm thủy văn và 02 trạm hải văn 12 người; trong đó ⟦b:nữ 13 người⟧, '
      '⟦c:đảng viên 35 người⟧. Số có trình độ đại học trở lên là ⟦d:{} người⟧ (thạc sĩ 07, đại học 31), chiếm '
      '⟦e:{}%⟧. Trong năm có 02 viên chức nghỉ hưu, tiếp nhận 03 viên chức theo Quyết định số 86/QĐ-KTTVTTB ngày '
      '15/3/2024, nên số người làm việc ⟦f:tăng {} người⟧ so với đầu năm[\n].',
      a=SUM(19, 15, 12), b=SUB(46), c=SUB(46, note='nữ and đảng viên overlap: 13 + 35 = 48 > 46 is no error'),
      d=SUM(7, 31), e=SHARE(38, 46), f=DIFF(3, 2, lead0=True, note='net change = received − retired'))
    L('Kết quả đánh giá, xếp loại năm 2024: ⟦g:41/46 người⟧ hoàn thành tốt nhiệm vụ trở lên, chiếm ⟦h:{}%⟧, trong '
      'đó ⟦i:08 người⟧ hoàn thành xuất sắc nhiệm vụ; 05 người hoàn thành nhiệm vụ; không có trường hợp không hoàn '
      'thành nhiệm vụ.',
      g=FRAC(whole=46), h=SHARE(41, 46),
      i=SUB(41, note='xuất sắc is counted inside hoàn thành tốt (nested rating)'))
    L('2. Mạng lưới trạm quan trắc')
    L('Đài quản lý ⟦j:{} trạm⟧ quan trắc khí tượng, thủy văn, hải văn (04 trạm khí tượng bề mặt, 08 trạm thủy văn, '
      '02 trạm hải văn) và 61 điểm đo mưa tự động[\n]. Mạng lưới thủy văn gồm ⟦k:{} trạm⟧ (03 trạm cấp I, 05 trạm '
      'cấp III), trong đó ⟦l:06 trạm⟧ đã lắp thiết bị đo mực nước tự động, ⟦m:05 trạm nằm trên lưu vực⟧ sông Trà '
      'Khúc, sông Vệ. Sau 04 năm thực hiện Kế hoạch hiện đại hóa giai đoạn 2021 - 2025, số trạm thủy văn tự động '
      '⟦n:tăng {} trạm⟧ ⟦o:so với giai đoạn 2016 - 2020⟧ (02 trạm).',
      j=SUM(4, 8, 2), k=SUM(3, 5, lead0=True), l=SUB(8), m=SUB(8, note='automation and river basin are '
      'different dimensions: 06 + 05 > 08 is no error'),
      n=DIFF(6, 2, lead0=True), o=TERM('2016 - 2020'))
    L('Kinh phí sửa chữa, nâng cấp công trình năm 2024 là ⟦p:{} triệu đồng⟧ cho 03 trạm (trạm khí tượng Ba Tơ 612 '
      'triệu đồng, trạm thủy văn Sơn Giang 448 triệu đồng, trạm hải văn Lý Sơn 805 triệu đồng), thực hiện theo '
      'Quyết định số 1027/QĐ-TCKTTV ngày 09/5/2024.',
      p=SUM(612, 448, 805))
    L('3. Công tác dự báo, cảnh báo khí tượng thủy văn')
    L('Năm 2024, Đài đã ban hành ⟦q:{} bản tin⟧ dự báo, cảnh báo (dự báo thời tiết hằng ngày 1.464 bản; dự báo hạn '
      'vừa, hạn dài 86 bản; bản tin thủy văn 732 bản; cảnh báo thiên tai 218 bản), ⟦r:tăng {} bản⟧ so với năm 2023 '
      '(2.317 bản), ⟦s:bằng {}%⟧; có 1.530 bản tin được phát lại trên sóng Đài Phát thanh - Truyền hình tỉnh, chiếm '
      '⟦t:69,67%⟧. Các bản tin được gửi tới ⟦u:{} đầu mối⟧ (Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn '
      'tỉnh 46 đầu mối; 13 huyện, thị xã, thành phố 312 đầu mối; 173 xã, phường, thị trấn 865 đầu mối), trong đó '
      '845 đầu mối nhận qua Zalo, ⟦v:610 đầu mối nhận qua tin nhắn SMS⟧[\n]; đường dây nóng: 0255.3822.119.',
      q=SUM(1464, 86, 732, 218), r=DIFF(2500, 2317), s=RATIO(2500, 2317, places=1),
      t=AMB('share', 'base not stated: all 2.500 bulletins or the 2.196 daily bulletins (1.464 thời tiết + 732 '
                     'thủy văn) that the broadcaster relays',
            readings=[SHARE(1530, 2500), SHARE(1530, 2196, check=False)]),
      u=SUM(46, 312, 865),
      v=AMB('subset', 'a recipient may get both Zalo and SMS: channels may overlap, so 845 + 610 = 1.455 > 1.223 '
                      'cannot be called wrong',
            readings=[SUB(1223 - 845, check=False, note='disjoint channels: at most 1.223 − 845 = 378'),
                      SUB(1223, check=False, note='overlapping channels')]))
    L('Trong ⟦w:218 bản tin cảnh báo thiên tai⟧ có: 74 bản tin mưa lớn, lũ, ngập lụt; 39 bản tin áp thấp nhiệt đới, '
      'bão; 26 bản tin lũ quét, sạt lở đất; 88 bản tin dông, sét, lốc và mưa đá; chiếm ⟦x:{A}%⟧ tổng số bản tin. '
      'Số bản tin cảnh báo thiên tai ⟦y:tăng {} bản⟧ ⟦z:so với năm 2022⟧ (181 bản). Năm 2024, tỉnh chịu ảnh hưởng '
      'của ⟦aa:{} cơn bão và áp thấp nhiệt đới⟧ (05 cơn bão, 02 áp thấp nhiệt đới) và 09 đợt mưa lớn diện rộng; '
      'có ⟦ab:04 cơn gây mưa⟧ to đến rất to, ⟦ac:05 cơn gây gió⟧ mạnh cấp 6 trở lên trên vùng biển. Thời gian ban '
      'hành cảnh báo lũ trước khi lũ lên bình quân 12 giờ, ⟦ad:dài hơn {} giờ⟧ so với năm 2023 (09 giờ).',
      w=SUM(74, 39, 26, 88, v='inconsistent', note='the total fits 79 bản tin dông, sét (74 + 39 + 26 + 79 = 218): '
                                                    'one digit of the last part is wrong'),
      x=SHARE(218, 2500, alt=2317, v='inconsistent', note='divided by the 2023 total'),
      y=DIFF(218, 181),
      z=TERM('2023', v='inconsistent', note='181 bản is the 2023 figure and the report year is 2024'),
      aa=SUM(5, 2, lead0=True), ab=SUB(7), ac=SUB(7, note='effects of one storm overlap: 04 + 05 > 07 is no error'),
      ad=DIFF(12, 9, lead0=True))
    L('Trong đợt mưa lũ từ ngày 26/10 đến 02/11/2024, Đài tăng cường quan trắc mực nước 1 giờ/lần tại các trạm trên '
      'sông Trà Khúc, sông Vệ, sông Trà Bồng; duy trì trực ban 24/24 giờ, tham mưu kịp thời cho Ban Chỉ huy phòng, '
      'chống thiên tai và tìm kiếm cứu nạn tỉnh trong vận hành điều tiết hồ chứa Nước Trong, Thạch Nham, góp phần '
      'giảm thiểu thiệt hại cho vùng hạ du. Bản tin được bổ sung bản đồ nguy cơ ngập lụt đến cấp xã.')
    L('Về chất lượng, theo Thông tư số 41/2017/TT-BTNMT, dự báo nhiệt độ tối cao đạt yêu cầu ⟦ae:342/366 bản tin⟧, '
      'đạt ⟦af:{}%⟧; dự báo lượng mưa 24 giờ đạt yêu cầu ⟦agf:308/366 bản tin⟧, đạt ⟦ag:{}%⟧, cao hơn '
      '⟦ah:{} điểm phần trăm⟧ so với năm 2023 (81,78%) và ⟦ai:vượt 4,15%⟧ so với chỉ tiêu được giao (80%); dự báo '
      'đỉnh lũ đạt yêu cầu ⟦aj:45/52 trận⟧, chiếm ⟦ak:{T}%⟧. Tỷ lệ dự báo nhiệt độ đạt yêu cầu ⟦al:tăng 1,85%⟧ so với '
      'năm 2023 (91,86%). Tổng lượng mưa năm tại trạm Quảng Ngãi đạt 2.846 mm, cao hơn trung bình nhiều năm (2.371 mm) '
      'là ⟦am:{} mm⟧, ⟦an:bằng {}%⟧ trung bình nhiều năm.',
      ae=FRAC(), af=SHARE(342, 366), agf=FRAC(), ag=SHARE(308, 366), ah=PTS('84,15', '81,78'),
      ai=PTS('84,15', '80', note='"vượt 4,15%" is meant as points above the 80% target'),
      aj=FRAC(), ak=SHARE(45, 52, v='rounding'),
      al=PTS('93,44', '91,86', v='inconsistent'),
      am=DIFF(2846, 2371), an=RATIO(2846, 2371, places=0))
    L('4. Công tác quan trắc, truyền số liệu')
    L('Các trạm đo lưu lượng nước 1.236 lần, đạt ⟦ao:{}%⟧ kế hoạch (1.200 lần); hệ thống truyền ⟦ap:529.607/535.824 '
      'bản tin⟧ số liệu tự động đúng thời gian quy định, đạt ⟦aq:{T}%⟧; ⟦ar:06/09 trạm thủy văn⟧ truyền số liệu mực '
      'nước 10 phút/lần. Kiểm tra kỹ thuật ⟦as1:14/14 trạm⟧, kết quả 11 trạm xếp loại tốt, chiếm ⟦at:{}%⟧; 03 trạm '
      'xếp loại khá, chiếm ⟦au:{}%⟧; không có trạm xếp loại trung bình.',
      ao=RATIO(1236, 1200, places=0), ap=FRAC(), aq=SHARE(529607, 535824, v='rounding'),
      ar=FRAC(whole=8, v='inconsistent', note='the Đài has 08 trạm thủy văn (section 2)'),
      as1=FRAC(whole=14), at=SHARE(11, 14), au=SHARE(3, 14))
    L('5. Công tác dịch vụ, tài chính')
    L('Đài ký 96 hợp đồng cung cấp thông tin, dữ liệu, dự báo chuyên dùng cho hồ chứa thủy lợi, thủy điện, doanh '
      'nghiệp vận tải biển, ⟦av:gấp {T} lần⟧ năm 2023 (57 hợp đồng). Tổng thu sự nghiệp đạt ⟦aw:{} triệu đồng⟧ (thu '
      'dịch vụ 2.860 triệu đồng, chiếm ⟦ax:{}%⟧; thu phí cung cấp thông tin, dữ liệu 552 triệu đồng), '
      '⟦ay:tăng 492 triệu đồng⟧ so với năm 2023 (3.020 triệu đồng), ⟦az:bằng {}%⟧.',
      av=RATIO(96, 57, 'lan', places=1, v='rounding'), aw=SUM(2860, 552), ax=SHARE(2860, 3412),
      ay=DIFF(3412, 3020, v='inconsistent'), az=RATIO(3412, 3020, places=0))
    L('6. Công tác chuyển đổi số, cải cách hành chính')
    L('Đài tiếp tục vận hành hệ thống quản lý văn bản và điều hành; trong năm tiếp nhận ⟦bx:{} văn bản đến⟧ (văn '
      'bản điện tử 2.914, văn bản giấy 187), trong đó văn bản điện tử chiếm ⟦by:{}%⟧; ban hành 643 văn bản đi, '
      '100% được ký số. Trang thông tin điện tử của Đài được nâng cấp, bổ sung chuyên mục bản đồ cảnh báo lũ quét, '
      'sạt lở đất theo thời gian thực cho 173 xã, phường, thị trấn; ứng dụng cảnh báo trên điện thoại di động được '
      'thử nghiệm tại huyện Ba Tơ và Sơn Tây.',
      bx=SUM(2914, 187), by=SHARE(2914, 3101))
    L('Công tác Đảng, đoàn thể được duy trì nền nếp; Chi bộ Đài được xếp loại hoàn thành tốt nhiệm vụ; Công đoàn '
      'cơ sở, Chi đoàn thanh niên phối hợp tổ chức phong trào thi đua “Lao động giỏi, lao động sáng tạo”, hỗ trợ '
      'viên chức các trạm vùng sâu, hải đảo vượt qua khó khăn trong mùa mưa bão.')
    L('7. Đánh giá chung')
    L('Năm 2024, Đài hoàn thành tốt nhiệm vụ được giao; bản tin ban hành kịp thời, nội dung ngày càng chi tiết đến '
      'cấp huyện, cấp xã, phục vụ hiệu quả công tác chỉ đạo, điều hành phòng, chống thiên tai của tỉnh. Tuy nhiên, '
      'dự báo mưa lớn cục bộ, dông, sét còn hạn chế; một số điểm đo mưa tự động bị mất tín hiệu trong mùa mưa bão; '
      'nhân lực dự báo viên còn mỏng, áp lực công việc lớn.')
    L('II. NHIỆM VỤ TRỌNG TÂM NĂM 2025')
    L('- Phấn đấu tỷ lệ dự báo lượng mưa 24 giờ đạt yêu cầu từ 85% trở lên, cao hơn ⟦ba:{} điểm phần trăm⟧ so với '
      'kết quả năm 2024.',
      ba=PTS('85', '84,15'))
    L('- Lắp đặt thêm 02 trạm đo mực nước tự động, nâng tổng số lên ⟦bb:{} trạm⟧, đạt ⟦bc:{}%⟧ số trạm thủy văn; '
      'số điểm đo mưa tự động tăng gấp đôi ⟦bd:so với năm 20...⟧ (thời điểm bắt đầu lắp đặt).',
      bb=SUM(6, 2, lead0=True), bc=SHARE(8, 8, places=0),
      bd=AMB('term', 'the compared year is a placeholder "20..." (not filled)', cond='placeholder'))
    L('- Tiếp tục thực hiện Kế hoạch hiện đại hóa giai đoạn 2021 - 2025; nâng cao chất lượng bản tin cảnh báo lũ '
      'quét, sạt lở đất đến cấp xã; tăng cường kiểm tra kỹ thuật, bảo dưỡng trang thiết bị trước mùa mưa bão.')
    L('III. KIẾN NGHỊ')
    L('- Đề nghị Đài Khí tượng Thủy văn khu vực Trung Trung Bộ bổ sung biên chế dự báo viên, ưu tiên tuyển dụng '
      'người địa phương cho các trạm vùng sâu; bố trí kinh phí thay thế thiết bị đo mưa tự động đã hết khấu hao.')
    L('- Đề nghị Ủy ban nhân dân tỉnh chỉ đạo các huyện hỗ trợ mặt bằng, bảo vệ hành lang an toàn công trình khí '
      'tượng thủy văn, xử lý dứt điểm tình trạng lấn chiếm tại khu vực trạm thủy văn Châu Ổ.')
    L('Nơi nhận:\t\tGIÁM ĐỐC')
    L('- Đài KTTV khu vực Trung Trung Bộ (b/c);')
    L('- Lưu: VT, HCTH.')
    L()
    F('Tổng số người làm việc của Đài năm 2024 là ⟦fa:47 người⟧ (kể cả 01 hợp đồng lao động bảo vệ).',
      fa=AMB('repeat', 'the body counts 46 at 30/11/2024; this count includes a contract guard and has no date, '
                       'so it may be a different quantity',
             readings=[REP(46), FREE('different scope (includes the guard): no constraint')]))
    F('61 điểm đo mưa tự động chia ra: Ba Tơ 09, Sơn Hà 08, Sơn Tây 06, Trà Bồng 07, Minh Long 05, Nghĩa Hành 04, '
      'Mộ Đức 04, Đức Phổ 05, Tư Nghĩa 04, Sơn Tịnh 03, Bình Sơn 04, thành phố Quảng Ngãi 02; ⟦fb:cộng {} điểm⟧.',
      fb=SUM(9, 8, 6, 7, 5, 4, 4, 5, 4, 3, 4, 2))
    F('Danh sách đầu mối nhận bản tin cập nhật theo Quyết định số 27/QĐ-BCH ngày 06/02/2024 của Ban Chỉ huy phòng, '
      'chống thiên tai và tìm kiếm cứu nạn tỉnh, gồm ⟦fc:1.232 đầu mối⟧.',
      fc=REP(1223, v='inconsistent', note='two digits swapped'))
    return d


# =================================================================== 03 ===
@draft
def d03():
    d = Draft(3, 'ngan-hang-nha-nuoc-chi-nhanh')
    L, F = d.L, d.F
    L('NGÂN HÀNG NHÀ NƯỚC VIỆT NAM\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    L('CHI NHÁNH TỈNH ĐỒNG THÁP\tĐộc lập - Tự do - Hạnh phúc')
    L()
    L('Số: 1286/BC-ĐTH1\tĐồng Tháp, ngày 27 tháng 12 năm 2024')
    L()
    L('BÁO CÁO')
    L('Kết quả hoạt động ngân hàng trên địa bàn năm 2024 và định hướng, nhiệm vụ năm 2025')
    L('Kính gửi: Ủy ban nhân dân tỉnh Đồng Tháp')
    L('Thực hiện Chỉ thị số 01/CT-NHNN ngày 15/01/2024 của Thống đốc Ngân hàng Nhà nước Việt Nam về tổ chức thực '
      'hiện các nhiệm vụ trọng tâm của ngành Ngân hàng năm 2024 và Quyết định số 18/QĐ-UBND-HC ngày 05/01/2024 của '
      'Ủy ban nhân dân tỉnh, Ngân hàng Nhà nước Chi nhánh tỉnh Đồng Tháp (sau đây gọi là NHNN tỉnh) báo cáo kết quả '
      'hoạt động ngân hàng trên địa bàn năm 2024 (số liệu ước đến 31/12/2024) như sau:')
    L('I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024')
    L('1. Mạng lưới tổ chức tín dụng')
    L('Trên địa bàn tỉnh hiện có ⟦a:{} tổ chức tín dụng và chi nhánh tổ chức tín dụng⟧, chia ra: 38 chi nhánh ngân '
      'hàng thương mại, 01 chi nhánh Ngân hàng Chính sách xã hội, 01 chi nhánh Ngân hàng Hợp tác xã và 24 quỹ tín '
      'dụng nhân dân; mạng lưới giao dịch gồm ⟦b:{} điểm⟧ (87 phòng giao dịch, 11 quỹ tiết kiệm, 146 điểm giao dịch '
      'xã của Ngân hàng Chính sách xã hội). Qua đánh giá, ⟦c:21/24 quỹ tín dụng nhân dân⟧ được xếp loại B trở lên, '
      'chiếm ⟦d:{}%⟧. Số máy ATM là 172 máy, ⟦e:giảm {} máy⟧ so với cuối năm 2023 (181 máy) do sắp xếp lại điểm đặt; '
      'số máy POS đạt 1.856 máy.',
      a=SUM(38, 1, 1, 24), b=SUM(87, 11, 146), c=FRAC(whole=24), d=SHARE(21, 24, places=1),
      e=DIFF(172, 181, lead0=True))
    L('2. Hoạt động huy động vốn')
    L('Tổng nguồn vốn huy động trên địa bàn đạt ⟦f:{} tỷ đồng⟧, ⟦g:tăng {}%⟧ ⟦h:so với cuối năm 2022⟧ (63.118 tỷ '
      'đồng)[\n]; trong đó tiền gửi tiết kiệm 51.426 tỷ đồng, chiếm ⟦i:{T}%⟧; tiền gửi thanh toán 15.062 tỷ đồng, '
      'chiếm ⟦j:{A}%⟧; phát hành giấy tờ có giá 1.874 tỷ đồng. Vốn huy động bằng ngoại tệ quy đổi 1.206 tỷ đồng, '
      'chiếm ⟦k:{}%⟧.',
      f=SUM(51426, 15062, 1874), g=RATIO(68362, 63118, 'rel'),
      h=TERM('2023', v='inconsistent', note='63.118 tỷ đồng is the end-2023 balance (footnote)'),
      i=SHARE(51426, 68362, v='rounding'),
      j=SHARE(15062, 68362, alt=86425, v='inconsistent', note='divided by total loans instead of total deposits'),
      k=SHARE(1206, 68362))
    L('3. Hoạt động tín dụng')
    L('Tổng dư nợ cho vay ước đạt ⟦l:{} tỷ đồng⟧ (ngắn hạn 58.906 tỷ đồng, chiếm ⟦m:{T}%⟧; trung, dài hạn 27.519 '
      'tỷ đồng), ⟦n:tăng {} tỷ đồng⟧, ⟦o:tăng {}%⟧ ⟦p:so với cuối năm 2023⟧ (78.932 tỷ đồng)[\n]. Tỷ lệ dư nợ trên '
      'vốn huy động là ⟦q:{}%⟧. Doanh số cho vay 142.580 tỷ đồng, doanh số thu nợ 135.087 tỷ đồng, ⟦r:bằng {}%⟧ '
      'doanh số cho vay.',
      l=SUM(58906, 27519), m=SHARE(58906, 86425, v='rounding'), n=DIFF(86425, 78932),
      o=RATIO(86425, 78932, 'rel'), p=TERM('2023'), q=RATIO(86425, 68362),
      r=RATIO(135087, 142580))
    L('Dư nợ các lĩnh vực ưu tiên: cho vay nông nghiệp, nông thôn 43.870 tỷ đồng, chiếm ⟦s:{}%⟧ tổng dư nợ; cho vay '
      'doanh nghiệp nhỏ và vừa 14.215 tỷ đồng; cho vay xuất khẩu 9.640 tỷ đồng, chiếm ⟦t:16,37%⟧; cho vay ứng dụng '
      'công nghệ cao 2.318 tỷ đồng. Cho vay tiêu dùng, đời sống 8.904 tỷ đồng, ⟦v:tăng {}%⟧ so với cuối năm 2023 '
      '(7.126 tỷ đồng).',
      s=SHARE(43870, 86425),
      t=AMB('share', 'base not stated: the previous item is a share of total loans (86.425), export credit is '
                     'short-term credit (58.906)',
            readings=[SHARE(9640, 86425), SHARE(9640, 58906)]),
      v=RATIO(8904, 7126, 'rel'))
    L('Nợ xấu nội bảng ước ⟦w:{} tỷ đồng⟧ (nhóm 3: 318 tỷ đồng; nhóm 4: 245 tỷ đồng; nhóm 5: 489 tỷ đồng), chiếm '
      '⟦x:{}%⟧ tổng dư nợ, ⟦y:giảm 0,17%⟧ so với cuối năm 2023 (1,39%); số tuyệt đối ⟦z:giảm {} tỷ đồng⟧ (cuối năm '
      '2023: 1.095 tỷ đồng). Nợ xấu tập trung ở ⟦aa:06/38 chi nhánh⟧ ngân hàng thương mại có tỷ lệ nợ xấu trên 3%.',
      w=SUM(318, 245, 489), x=SHARE(1052, 86425),
      y=PTS('1,22', '1,39', note='"giảm 0,17%" is a change in percentage points'),
      z=DIFF(1052, 1095), aa=FRAC(whole=38))
    L('4. Thực hiện các chương trình, chính sách tín dụng')
    L('- Chương trình kết nối ngân hàng - doanh nghiệp: tổ chức ⟦ab:{} hội nghị⟧ (cấp tỉnh 02, cấp huyện 12); các tổ '
      'chức tín dụng cam kết cho vay 18.500 tỷ đồng, đến nay đã giải ngân 16.742 tỷ đồng, đạt ⟦ac:{T}%⟧ số cam kết, '
      'với ⟦ad:{} khách hàng⟧ (1.126 doanh nghiệp, 3.458 hộ kinh doanh).',
      ab=SUM(2, 12), ac=RATIO(16742, 18500, v='rounding'), ad=SUM(1126, 3458))
    L('- Gói tín dụng 120.000 tỷ đồng cho vay nhà ở xã hội theo Nghị quyết số 33/NQ-CP ngày 11/3/2023: có 01 dự án '
      'được giải ngân, dư nợ 86 tỷ đồng. Chương trình tín dụng 15.000 tỷ đồng đối với lĩnh vực lâm sản, thủy sản: '
      '⟦ae:05/38 chi nhánh⟧ ngân hàng thương mại tham gia, dư nợ 574 tỷ đồng cho 37 doanh nghiệp.',
      ae=FRAC(whole=38))
    L('- Hỗ trợ khách hàng bị thiệt hại do bão số 3 (Yagi) theo Thông tư số 02/2023/TT-NHNN: các tổ chức tín dụng đã '
      'hỗ trợ ⟦af:2.146 khách hàng⟧ với dư nợ 1.392 tỷ đồng, trong đó cơ cấu lại thời hạn trả nợ 1.384 khách hàng, '
      'miễn, giảm lãi 912 khách hàng.',
      af=AMB('subset', 'one customer may receive both restructuring and interest relief: 1.384 + 912 = 2.296 > '
                       '2.146 is an error only if the two measures are exclusive',
             readings=[SUBT(1384, 912), SUBT(1384)]))
    L('- Tín dụng chính sách: dư nợ tại Ngân hàng Chính sách xã hội đạt ⟦ag:{} tỷ đồng⟧ (cho vay hộ nghèo, hộ cận '
      'nghèo, hộ mới thoát nghèo 2.296 tỷ đồng; cho vay học sinh, sinh viên 406 tỷ đồng; cho vay giải quyết việc làm '
      '1.896 tỷ đồng; các chương trình khác 1.348 tỷ đồng), ⟦ah:tăng 712 tỷ đồng⟧, ⟦ai:tăng {}%⟧ so với đầu năm (5.334 '
      'tỷ đồng); nợ quá hạn, nợ khoanh 11,8 tỷ đồng, chiếm ⟦aj:{}%⟧ dư nợ chính sách. Có 118.340 khách hàng còn dư nợ, '
      'trong đó ⟦ak:khách hàng là phụ nữ 71.205 người⟧, ⟦al:người dân tộc thiểu số 1.468 người⟧.',
      ag=SUM(2296, 406, 1896, 1348), ah=DIFF(5946, 5334, v='inconsistent'), ai=RATIO(5946, 5334, 'rel'),
      aj=SHARE('11,8', 5946), ak=SUB(118340), al=SUB(118340))
    L('5. Công tác thanh tra, giám sát, phòng, chống rửa tiền')
    L('Thực hiện Kế hoạch thanh tra, kiểm tra năm 2024 (Quyết định số 05/QĐ-ĐTH1 ngày 08/01/2024), NHNN tỉnh đã '
      'tiến hành ⟦am:{} cuộc⟧ (06 cuộc thanh tra, 09 cuộc kiểm tra) tại ⟦an:15/62 tổ chức tín dụng⟧ và chi nhánh, '
      'đạt ⟦ao:{}%⟧ kế hoạch (14 cuộc); ban hành ⟦ap:{} quyết định xử phạt⟧ vi phạm hành chính với tổng số tiền '
      '⟦aq:{} triệu đồng⟧ (01 quyết định đối với tổ chức 210 triệu đồng, 03 quyết định đối với cá nhân 175 triệu '
      'đồng); đưa ra 112 kiến nghị, đến nay đã thực hiện ⟦ar:104/112 kiến nghị⟧, đạt ⟦as1:{}%⟧[\n].',
      am=SUM(6, 9), an=FRAC(whole=64, v='inconsistent', note='section 1 counts 64 tổ chức tín dụng và chi nhánh'),
      ao=RATIO(15, 14), ap=SUM(1, 3, lead0=True), aq=SUM(210, 175), ar=FRAC(whole=112), as1=SHARE(104, 112))
    L('Tiếp nhận ⟦at:{} đơn khiếu nại⟧, tố cáo, phản ánh, kiến nghị (khiếu nại 11, tố cáo 02, phản ánh, kiến nghị '
      '33), đã giải quyết ⟦au:44/46 đơn⟧, còn 02 đơn đang xác minh. Phối hợp Công an tỉnh thu giữ ⟦av:126 tờ tiền '
      'giả⟧ các loại (mệnh giá 500.000 đồng 74 tờ; 200.000 đồng 38 tờ; 100.000 đồng 16 tờ); tiếp nhận 27 báo cáo '
      'giao dịch đáng ngờ, ⟦aw:tăng {} báo cáo⟧, ⟦ax:gấp {} lần⟧ năm 2023 (09 báo cáo).',
      at=SUM(11, 2, 33), au=FRAC(whole=46),
      av=SUM(74, 38, 16, v='inconsistent', note='74 + 38 + 14 = 126: the last part is probably 14'),
      aw=DIFF(27, 9), ax=RATIO(27, 9, 'lan', places=0))
    L('6. Thanh toán không dùng tiền mặt')
    L('Toàn tỉnh có 1.846.210 tài khoản thanh toán cá nhân, ⟦ay:tăng 10,50%⟧ ⟦az:so với cuối năm 2023⟧ (1.652.380 '
      'tài khoản); 29.615 người nhận lương hưu, trợ cấp bảo hiểm xã hội qua tài khoản, ⟦ba:chiếm {}%⟧ tổng số người '
      'hưởng (38.742 người); ⟦bb:142/142 xã⟧, phường, thị trấn có điểm cung ứng dịch vụ thanh toán. Tỷ lệ chi trả '
      'an sinh xã hội không dùng tiền mặt ⟦bc:đạt {}%⟧, cao hơn ⟦bd:{} điểm phần trăm⟧ so với năm 2023 (61,08%).',
      ay=RATIO(1846210, 1652380, 'rel', v='inconsistent',
               note='10,50% = 193.830 / 1.846.210: the increase was divided by the new balance'),
      az=TERM('2023'), ba=SHARE(29615, 38742), bb=FRAC(), bc=REP('76,44'), bd=PTS('76,44', '61,08'))
    L('7. Công tác tiền tệ - kho quỹ, quản lý ngoại hối')
    L('Tổng thu tiền mặt qua quỹ NHNN tỉnh 38.640 tỷ đồng, tổng chi 37.215 tỷ đồng, ⟦ca:bội thu {} tỷ đồng⟧; công '
      'tác tuyển chọn, đóng gói, tiêu hủy tiền không đủ tiêu chuẩn lưu thông bảo đảm an toàn tuyệt đối. Kiểm tra '
      '⟦cb:12/12 đại lý đổi ngoại tệ⟧, chấn chỉnh 03 đại lý niêm yết tỷ giá chưa đúng quy định; doanh số chi trả kiều '
      'hối ước khoảng 158 triệu USD. Công tác truyền thông chính sách tiền tệ được chú trọng, nhất là cảnh báo thủ '
      'đoạn lừa đảo chiếm đoạt tài sản qua mạng, tín dụng đen, bảo vệ quyền lợi hợp pháp của khách hàng.',
      ca=DIFF(38640, 37215), cb=FRAC())
    L('II. ĐÁNH GIÁ CHUNG')
    L('Năm 2024, hoạt động ngân hàng trên địa bàn tiếp tục ổn định, an toàn; nguồn vốn huy động đạt ⟦be:68,36 nghìn tỷ '
      'đồng⟧, dư nợ cho vay ⟦bf:86.245 tỷ đồng⟧, tăng trưởng tín dụng ⟦bg:{}%⟧, trong đó dư nợ cho vay lĩnh vực nông '
      'nghiệp ⟦bj:34.870 tỷ đồng⟧, cơ bản đáp ứng nhu cầu vốn cho sản xuất, kinh doanh; tỷ lệ nợ xấu ⟦bh:{}%⟧, thấp hơn mức 3% theo chỉ đạo của Thống đốc. Tuy nhiên, tăng trưởng '
      'tín dụng chưa đồng đều giữa các địa bàn; một số tổ chức tín dụng còn áp dụng điều kiện cho vay chặt chẽ, '
      'khách hàng khó tiếp cận vốn; hoạt động tín dụng đen ở nông thôn vẫn còn diễn biến phức tạp.',
      be=REP(68362, factor=1000, note='68.362 tỷ đồng restated in nghìn tỷ đồng'),
      bf=REP(86425, v='inconsistent', note='digits 4 and 2 swapped'), bg=REP('9,49'), bh=REP('1,22'),
      bj=AMB('repeat', 'section 3 gives 43.870 tỷ đồng for "nông nghiệp, nông thôn" (a wider scope); "lĩnh vực nông '
                       'nghiệp" may be the narrower sector or the same figure with two digits swapped',
             readings=[REP(43870), FREE('narrower label (ngành nông nghiệp only): no constraint')]))
    L('III. ĐỊNH HƯỚNG, NHIỆM VỤ NĂM 2025')
    L('Phấn đấu nguồn vốn huy động tăng 9 - 10%, dư nợ tăng 12 - 14% so với cuối năm 2024; đến cuối năm 2025 dư nợ '
      'đạt khoảng 97.000 tỷ đồng, ⟦bi:tăng {}%⟧; giữ tỷ lệ nợ xấu dưới 1,5%. Các nhiệm vụ trọng tâm:',
      bi=RATIO(97000, 86425, 'rel', places=1))
    L('- Triển khai kịp thời các giải pháp điều hành lãi suất, tín dụng của Ngân hàng Nhà nước; chỉ đạo các tổ chức '
      'tín dụng tiết giảm chi phí, giảm lãi suất cho vay đối với lĩnh vực ưu tiên.')
    L('- Đẩy mạnh chương trình kết nối ngân hàng - doanh nghiệp, tín dụng chính sách; mở rộng cho vay tiêu dùng '
      'hợp pháp, góp phần đẩy lùi tín dụng đen.')
    L('- Tăng cường thanh tra, giám sát, xử lý nợ xấu; triển khai Đề án 06 về thanh toán không dùng tiền mặt trong '
      'chi trả an sinh xã hội, thu học phí, viện phí. Đầu mối liên hệ: Phòng Tổng hợp - Nội chính, điện thoại '
      '0277.3851.226.')
    L('Nơi nhận:\t\tGIÁM ĐỐC')
    L('- UBND tỉnh (b/c);')
    L('- Lưu: VT, TH-NC.')
    L()
    F('Nguồn vốn huy động cuối năm 2023 là ⟦fa:{} tỷ đồng⟧ theo Báo cáo số 1402/BC-ĐTH1 ngày 29/12/2023.',
      fa=REP(63118))
    F('Dư nợ cho vay theo báo cáo thống kê tháng 11/2024 gửi Ngân hàng Nhà nước là ⟦fb:85.916 tỷ đồng⟧.',
      fb=AMB('repeat', 'the body gives the year-end estimate 86.425; this is the November statistical return: '
                       'the same label at another date, or a second value of the same quantity',
             readings=[REP(86425), FREE('different reference date (11/2024 actual vs year-end estimate)')]))
    F('Danh sách 15 tổ chức tín dụng, chi nhánh được thanh tra, kiểm tra kèm theo Phụ lục 02; các kiến nghị chưa '
      'thực hiện liên quan đến phân loại nợ và trích lập dự phòng rủi ro.')
    return d


# =================================================================== 04 ===
@draft
def d04():
    d = Draft(4, 'hoi-nguoi-mu')
    L, F = d.L, d.F
    L('HỘI NGƯỜI MÙ VIỆT NAM\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    L('HỘI NGƯỜI MÙ TỈNH BÌNH ĐỊNH\tĐộc lập - Tự do - Hạnh phúc')
    L()
    L('Số: 38/BC-HNM\tQuy Nhơn, ngày 15 tháng 10 năm 2024')
    L()
    L('BÁO CÁO CỦA BAN CHẤP HÀNH HỘI NGƯỜI MÙ TỈNH KHÓA VI')
    L('Tổng kết công tác Hội nhiệm kỳ 2019 - 2024, phương hướng, nhiệm vụ nhiệm kỳ 2024 - 2029')
    L('(Trình Đại hội đại biểu Hội Người mù tỉnh lần thứ VII)')
    L('-----')
    L('Đại hội đại biểu Hội Người mù tỉnh lần thứ VI (nhiệm kỳ 2019 - 2024) được tổ chức ngày 22/8/2019, đề ra 08 '
      'chỉ tiêu chủ yếu. Sau 05 năm thực hiện Nghị quyết Đại hội, trong bối cảnh nhiều khó khăn do ảnh hưởng của dịch '
      'Covid-19 và thiên tai, được sự quan tâm của Tỉnh ủy, Ủy ban nhân dân tỉnh và Trung ương Hội, Ban Chấp hành '
      'Hội khóa VI báo cáo kết quả nhiệm kỳ như sau:')
    L('PHẦN THỨ NHẤT')
    L('KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI VI, NHIỆM KỲ 2019 - 2024')
    L('I. TÌNH HÌNH HỘI VIÊN VÀ TỔ CHỨC HỘI')
    L('Theo số liệu rà soát năm 2023 của Sở Lao động - Thương binh và Xã hội, toàn tỉnh có khoảng 8.600 người mù. '
      'Đến 30/9/2024, Hội có ⟦a:{} hội viên⟧ (hội viên chính thức 3.862, hội viên liên kết 254), ⟦b:tăng {} hội viên⟧ '
      'so với đầu nhiệm kỳ (3.651 hội viên), đạt ⟦c:{}%⟧ chỉ tiêu Đại hội đề ra (4.000 hội viên); thu hút '
      '⟦d:{}%⟧ số người mù toàn tỉnh vào sinh hoạt Hội. Trong tổng số hội viên có ⟦e:nữ 1.684 người⟧, chiếm '
      '⟦f:{A}%⟧; ⟦g:người dân tộc thiểu số 213 người⟧; ⟦h:296 trẻ em dưới 16 tuổi⟧; ⟦i:người cao tuổi 1.947 '
      'người⟧, chiếm ⟦j:22,6%⟧[\n].',
      a=SUM(3862, 254), b=DIFF(4116, 3651), c=RATIO(4116, 4000), d=SHARE(4116, 8600), e=SUB(4116),
      f=SHARE(1684, 4116, alt=3862, v='inconsistent', note='divided by hội viên chính thức only'),
      g=SUB(4116), h=SUB(4116),
      i=SUB(4116, note='nữ, dân tộc, trẻ em, cao tuổi are different dimensions: 1.684 + 213 + 296 + 1.947 = 4.140 '
                       '> 4.116 is no error'),
      j=AMB('share', 'base not stated: the sentence is about the 4.116 members, but the figure fits the 8.600 blind '
                     'people of the province',
            readings=[SHARE(1947, 4116), SHARE(1947, 8600)]))
    L('Phân theo mức độ khuyết tật, trong ⟦k:{} hội viên⟧ có 2.341 người mù hoàn toàn và 1.775 người nhìn kém. Hội '
      'có ⟦l:{} hội cơ sở trực thuộc⟧ (10 hội cấp huyện và 01 chi hội trực thuộc tại Trung tâm Bảo trợ xã hội tỉnh) với '
      '⟦m:{} chi hội, tổ hội⟧ ở xã, phường, thị trấn (chi hội 118, tổ hội 46). Kết quả xếp loại năm 2024: '
      '⟦n:08/11 hội cơ sở⟧ vững mạnh, chiếm ⟦o:{T}%⟧; 03 hội khá, chiếm ⟦p:{}%⟧; ⟦q:10/12 hội cơ sở⟧ đã tổ chức '
      'đại hội nhiệm kỳ 2024 - 2029 đúng kế hoạch.',
      k=SUM(2341, 1775), l=SUM(10, 1), m=SUM(118, 46), n=FRAC(whole=11), o=SHARE(8, 11, v='rounding'),
      p=SHARE(3, 11), q=FRAC(whole=11, v='inconsistent', note='the Hội has 11 hội cơ sở (10 + 01)'))
    L('Ban Chấp hành Hội tỉnh khóa VI có 15 ủy viên, trong đó ⟦r:nữ 04 người⟧, ⟦s:người mù 11 người⟧, chiếm '
      '⟦t:{}%⟧; Ban Thường vụ 05 người. Trong nhiệm kỳ đã kiện toàn 03 ủy viên Ban Chấp hành do nghỉ hưu, chuyển '
      'công tác.',
      r=SUB(15), s=SUB(15), t=SHARE(11, 15))
    L('II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CHỦ YẾU')
    L('1. Dạy chữ nổi, phục hồi chức năng')
    L('Trong nhiệm kỳ, Hội mở ⟦u:{} lớp⟧ xóa mù chữ nổi Braille (31 lớp tại các hội huyện, 07 lớp tại Trung tâm) với '
      '⟦v:{} người học⟧ (312 người lớn, 146 trẻ em); ⟦w:421/458 học viên⟧ đọc, viết thông thạo, đạt ⟦x:{}%⟧. '
      '⟦y:So với nhiệm kỳ 2014 - 2019⟧ (29 lớp), số lớp ⟦z:tăng {} lớp⟧. Hội phối hợp mở 17 lớp tin học sử dụng '
      'phần mềm đọc màn hình cho 204 học viên[\n]; hướng dẫn định hướng di chuyển bằng gậy trắng cho 386 lượt hội '
      'viên và cấp ⟦aa:{} chiếc gậy trắng⟧ (Hội tự mua 540 chiếc, nhà tài trợ trao tặng 815 chiếc).',
      u=SUM(31, 7), v=SUM(312, 146), w=FRAC(whole=458), x=SHARE(421, 458), y=TERM('2014 - 2019'),
      z=DIFF(38, 29, lead0=True), aa=SUM(540, 815))
    L('2. Dạy nghề, tạo việc làm')
    L('Phối hợp với các cơ sở giáo dục nghề nghiệp dạy nghề cho ⟦ab:{} hội viên⟧ (xoa bóp bấm huyệt 164 người; đan '
      'lát, làm chổi, tăm tre 219 người; chăn nuôi, trồng trọt 131 người); sau học nghề có 447 người có việc làm, '
      'chiếm ⟦ac:{}%⟧. Toàn tỉnh có ⟦ad:{} cơ sở sản xuất, dịch vụ⟧ của Hội (05 cơ sở xoa bóp, 03 cơ sở làm chổi, '
      'tăm, 01 cơ sở in chữ nổi), giải quyết việc làm thường xuyên cho 186 hội viên với thu nhập bình quân 3,8 triệu '
      'đồng/người/tháng, ⟦ae:tăng {} triệu đồng⟧ so với đầu nhiệm kỳ (2,5 triệu đồng), ⟦af:gấp {} lần⟧. Số hội viên '
      'có việc làm ổn định đạt 1.286 người, ⟦ag:tăng {} người⟧ ⟦ah:so với nhiệm kỳ 2009 - 2014⟧ (1.154 người).',
      ab=SUM(164, 219, 131), ac=SHARE(447, 514), ad=SUM(5, 3, 1, lead0=True),
      ae=DIFF('3,8', '2,5', places=1), af=RATIO('3,8', '2,5', 'lan'), ag=DIFF(1286, 1154),
      ah=TERM('2014 - 2019', v='inconsistent', note='the term before 2019 - 2024 is 2014 - 2019'))
    L('3. Công tác xã hội, chăm lo đời sống hội viên')
    L('Trong nhiệm kỳ, Hội vận động các nhà hảo tâm, doanh nghiệp hỗ trợ ⟦ai:{} triệu đồng⟧ (tiền mặt 6.245 triệu '
      'đồng, hiện vật quy đổi 3.918 triệu đồng), ⟦aj:gấp 2,6 lần⟧ nhiệm kỳ trước (gần 4 tỷ đồng). Tặng ⟦ak:15.870 '
      'suất quà⟧ Tết cho hội viên (năm 2020: 2.650 suất; năm 2021: 2.980 suất; năm 2022: 3.120 suất; năm 2023: '
      '3.240 suất; năm 2024: ... suất). Trao ⟦al:{} suất học bổng⟧ cho học sinh mù và con hội viên nghèo (học sinh '
      'mù 84 suất, con hội viên 175 suất), tổng trị giá 518 triệu đồng, bình quân ⟦am:{} triệu đồng/suất⟧; số suất '
      'học bổng ⟦an:gấp 1,8 lần⟧ nhiệm kỳ trước (162 suất).',
      ai=SUM(6245, 3918),
      aj=AMB('ratio', 'the previous term is given only as "gần 4 tỷ đồng" (just under 4.000 triệu): the ratio is '
                      '2,54 on 4.000 but 2,60 on 3.910',
             readings=[RATIO(10163, 4000, 'lan', check=False), RATIO(10163, 3910, 'lan', check=False)]),
      ak=AMB('sum', 'the 2024 part is the placeholder "..." (not filled)', cond='placeholder'),
      al=SUM(84, 175), am=RATIO(518, 259, 'lan', places=0),
      an=RATIO(259, 162, 'lan', v='inconsistent'))
    L('Phối hợp Bệnh viện Mắt tỉnh khám mắt miễn phí cho 6.420 lượt người, ⟦ao:tăng 1.240 lượt⟧ so với nhiệm kỳ '
      'trước (5.280 lượt); mổ đục thủy tinh thể cho 1.236 người, trong đó ⟦ap:hội viên Hội 318 người⟧. Hỗ trợ xây '
      'mới, sửa chữa ⟦aq:67 nhà⟧ cho hội viên khó khăn về nhà ở (xây mới 46 nhà, sửa chữa 12 nhà) với tổng kinh phí '
      '2,85 tỷ đồng; hỗ trợ ⟦ar:1.360 lượt hội viên⟧ gặp khó khăn, trong đó hỗ trợ sinh kế 720 lượt, hỗ trợ khẩn cấp '
      'do thiên tai, dịch bệnh 715 lượt.',
      ao=DIFF(6420, 5280, v='inconsistent'), ap=SUB(1236),
      aq=SUM(46, 12, v='inconsistent', note='46 + 21 = 67: sửa chữa is probably 21'),
      ar=AMB('subset', 'a member can receive both livelihood and emergency support in the term: 720 + 715 = 1.435 '
                       '> 1.360 is an error only if the two kinds are exclusive',
             readings=[SUBT(720, 715), SUBT(720)]))
    L('4. Công tác tuyên truyền, thi đua, khen thưởng')
    L('Phối hợp Đài Phát thanh - Truyền hình tỉnh thực hiện ⟦as1:{} chương trình⟧ phát thanh, truyền hình (48 chuyên '
      'mục “Vượt lên số phận”, 22 phóng sự). Trong nhiệm kỳ có ⟦at:{} tập thể, cá nhân⟧ được khen thưởng (Bằng khen '
      'của Trung ương Hội 12 tập thể, 27 cá nhân; Bằng khen của Ủy ban nhân dân tỉnh 05 tập thể, 14 cá nhân).',
      as1=SUM(48, 22), at=SUM(12, 27, 5, 14))
    L('5. Tài chính của Hội')
    L('Tổng kinh phí hoạt động cả nhiệm kỳ ⟦au:{} triệu đồng⟧ (ngân sách tỉnh cấp 3.450 triệu đồng, chiếm ⟦av:{T}%⟧; '
      'nguồn vận động hợp pháp 1.120 triệu đồng, chiếm ⟦aw:{T}%⟧; hội phí 186 triệu đồng). Việc thu, chi thực hiện '
      'đúng Luật Ngân sách nhà nước và quy chế chi tiêu nội bộ; quyết toán hằng năm được cơ quan tài chính thẩm định.',
      au=SUM(3450, 1120, 186), av=SHARE(3450, 4756, v='rounding'), aw=SHARE(1120, 4756, v='rounding'))
    L('6. Đánh giá việc thực hiện các chỉ tiêu Đại hội VI')
    L('Có ⟦ax:07/08 chỉ tiêu⟧ đạt và vượt, chiếm ⟦ay:{}%⟧; 01 chỉ tiêu chưa đạt là tỷ lệ hội viên có việc làm sau học '
      'nghề (đạt ⟦az:{}%⟧, chỉ tiêu 90%, thấp hơn ⟦ba:{} điểm phần trăm⟧). Tổng số tiền vận động hỗ trợ hội viên cả '
      'nhiệm kỳ ⟦bb:10,16 tỷ đồng⟧; số học viên các lớp chữ nổi ⟦bc:485 người⟧.',
      ax=FRAC(whole=8), ay=SHARE(7, 8, places=1), az=REP('86,96'), ba=PTS('90', '86,96'),
      bb=REP(10163, factor=1000), bc=REP(458, v='inconsistent', note='digits 5 and 8 swapped'))
    L('III. ĐÁNH GIÁ CHUNG')
    L('* Ưu điểm: Ban Chấp hành Hội đã bám sát Nghị quyết Đại hội, cụ thể hóa thành chương trình công tác hằng năm; '
      'các phong trào thi đua được triển khai sâu rộng, nhiều hội viên vươn lên trong học tập, lao động, trở thành '
      'tấm gương tiêu biểu; công tác vận động nguồn lực xã hội có nhiều đổi mới, chăm lo thiết thực cho hội viên.')
    L('* Hạn chế: Tỷ lệ người mù tham gia sinh hoạt Hội còn thấp; một số hội cơ sở hoạt động cầm chừng, cán bộ Hội '
      'tuổi cao, chế độ phụ cấp chưa tương xứng; cơ sở sản xuất của Hội quy mô nhỏ, sản phẩm khó cạnh tranh.')
    L('* Nguyên nhân: Nhận thức của một bộ phận cấp ủy, chính quyền cơ sở về công tác người mù chưa đầy đủ; nguồn kinh '
      'phí hoạt động chủ yếu dựa vào vận động; cán bộ Hội phần lớn là người mù, việc đi lại, tiếp cận thông tin gặp '
      'nhiều khó khăn.')
    L('* Bài học kinh nghiệm: (1) phải tranh thủ sự lãnh đạo của cấp ủy, sự hỗ trợ của chính quyền; (2) lấy hội viên '
      'làm trung tâm, chăm lo lợi ích thiết thực của hội viên; (3) chủ động phối hợp với các ngành, đoàn thể và các '
      'nhà hảo tâm; (4) xây dựng đội ngũ cán bộ Hội tâm huyết, trách nhiệm.')
    L('PHẦN THỨ HAI')
    L('PHƯƠNG HƯỚNG, NHIỆM VỤ NHIỆM KỲ 2024 - 2029')
    L('Các chỉ tiêu chủ yếu: đến năm 2029 phát triển hội viên đạt 4.500 người, ⟦bd:tăng {} hội viên⟧ so với hiện nay; '
      'mở 40 lớp chữ nổi, ⟦be:tăng {} lớp⟧ ⟦bf:so với nhiệm kỳ 2019 - 2024⟧; dạy nghề cho 600 hội viên; phấn đấu 90% '
      'hội viên trong độ tuổi lao động có việc làm; 100% hội cơ sở xếp loại khá trở lên.',
      bd=DIFF(4500, 4116), be=DIFF(40, 38, lead0=True), bf=TERM('2019 - 2024'))
    L('Giải pháp: (1) đổi mới nội dung, phương thức hoạt động, hướng về cơ sở; (2) phối hợp các ngành, đoàn thể '
      'trong dạy chữ, dạy nghề, tạo việc làm; (3) đẩy mạnh vận động nguồn lực xã hội; (4) kiện toàn đội ngũ cán bộ '
      'Hội các cấp. Điện thoại liên hệ Văn phòng Hội: 0256.3822.607.')
    L('Nơi nhận:\t\tTM. BAN CHẤP HÀNH')
    L('- Trung ương Hội Người mù Việt Nam;\t\tCHỦ TỊCH')
    L('- Lưu: VP Hội.')
    L()
    F('Số liệu hội viên đến 30/9/2024 là căn cứ phân bổ đại biểu dự Đại hội VII: cứ 30 hội viên bầu 01 đại biểu, '
      'toàn tỉnh được ⟦fc:137 đại biểu⟧ chính thức, trong đó ⟦fd:đại biểu nữ 46 người⟧.',
      fc=RATIO(4116, 30, 'lan', places=0), fd=SUB(137))
    F('Các lớp tin học gồm ⟦fa:{} lớp⟧ (11 lớp cơ bản, 06 lớp nâng cao) với 204 học viên, trong đó ⟦fb:58 học viên '
      'nữ⟧.',
      fa=SUM(11, 6), fb=SUB(204))
    return d


# =================================================================== 05 ===
@draft
def d05():
    d = Draft(5, 'cang-vu-duong-thuy-noi-dia')
    L, F = d.L, d.F
    L('UBND TỈNH CÀ MAU\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    L('SỞ GIAO THÔNG VẬN TẢI\tĐộc lập - Tự do - Hạnh phúc')
    L('CẢNG VỤ ĐƯỜNG THỦY NỘI ĐỊA')
    L()
    L('Số: 215/BC-CVĐTNĐ\tCà Mau, ngày 18 tháng 12 năm 2024')
    L()
    L('BÁO CÁO')
    L('Kết quả thực hiện nhiệm vụ năm 2024 và kế hoạch công tác năm 2025')
    L('-----')
    L('Căn cứ Quyết định số 2106/QĐ-SGTVT ngày 29/12/2023 của Sở Giao thông vận tải về giao kế hoạch nhiệm vụ năm '
      '2024 cho Cảng vụ Đường thủy nội địa; trên cơ sở kết quả thực hiện của các Đại diện Cảng vụ khu vực, Cảng vụ '
      'báo cáo như sau:')
    L('I. ĐẶC ĐIỂM TÌNH HÌNH')
    L('Cảng vụ có ⟦a:{} viên chức, người lao động⟧ (Ban Lãnh đạo 03 người, Phòng Hành chính - Tổng hợp 09 người, 06 '
      'Đại diện Cảng vụ khu vực 41 người); trong đó ⟦b:30 người⟧ có trình độ đại học trở lên, chiếm ⟦c:{}%⟧, ⟦d:27 '
      'người⟧ có bằng thuyền trưởng, máy trưởng. Cảng vụ quản lý ⟦e:{} cảng, bến thủy nội địa⟧ (cảng hàng hóa 04, cảng '
      'hành khách 02, bến hàng hóa 97, bến khách ngang sông 86, bến hành khách 23), ⟦f:bình quân 04 cảng, bến⟧ trên '
      'một viên chức. Trong năm, cấp phép hoạt động mới 14 bến, thu hồi, đóng 09 bến, nên tổng số cảng, bến '
      '⟦g:tăng {} bến⟧ so với cuối năm 2023 (207 cảng, bến).',
      a=SUM(3, 9, 41), b=SUB(53), c=SHARE(30, 53),
      d=SUB(53, note='degree and licence overlap: 30 + 27 = 57 > 53 is no error'), e=SUM(4, 2, 97, 86, 23),
      f=RATIO(212, 53, 'lan', places=0), g=DIFF(212, 207, lead0=True, note='also 14 opened − 09 closed = 05'))
    L('* Thuận lợi: Hệ thống sông, kênh rạch dày đặc, luồng tuyến cơ bản được nạo vét, bảo đảm cho phương tiện hoạt '
      'động; các Đại diện Cảng vụ được bố trí tại các đầu mối giao thông thủy quan trọng như Cà Mau, Năm Căn, Sông '
      'Đốc, Cái Nước, U Minh, Đầm Dơi.')
    L('* Khó khăn: Địa bàn quản lý rộng, phương tiện nhỏ, hoạt động phân tán; nhiều chủ phương tiện, thuyền viên chưa '
      'chấp hành đầy đủ quy định về đăng ký, đăng kiểm, bằng, chứng chỉ chuyên môn; phương tiện tuần tra của Cảng vụ '
      'đã cũ, chi phí sửa chữa lớn; tình hình thời tiết diễn biến phức tạp, triều cường, sạt lở bờ sông xảy ra nhiều nơi.')
    L('II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024')
    L('1. Quản lý phương tiện vào, rời cảng, bến')
    L('Năm 2024, Cảng vụ cấp ⟦h:{} giấy phép rời cảng, bến⟧ (cảng, bến hàng hóa 41.286 giấy phép, chiếm ⟦i:{}%⟧; '
      'cảng, bến hành khách 18.417 giấy phép), ⟦j:tăng {}%⟧ so với năm 2023 (55.840 giấy phép); có 14.290 giấy '
      'phép cấp qua dịch vụ công trực tuyến, chiếm ⟦k:{T}%⟧. Tổng số lượt phương tiện vào, rời cảng, bến là '
      '⟦l:{} lượt⟧ (vào 59.562 lượt, rời 59.703 lượt), đạt ⟦m:{}%⟧ kế hoạch năm (115.000 lượt); trong đó phương tiện '
      'có trọng tải trên 500 tấn 2.146 lượt, chiếm ⟦n:{A}%⟧ tổng lượt phương tiện vào, rời.',
      h=SUM(41286, 18417), i=SHARE(41286, 59703), j=RATIO(59703, 55840, 'rel'),
      k=SHARE(14290, 59703, v='rounding'), l=SUM(59562, 59703), m=RATIO(119265, 115000),
      n=SHARE(2146, 119265, alt=59562, v='inconsistent',
              note='divided by the inbound calls only, while the text names vào, rời'))
    L('Trước khi cấp phép, các Đại diện Cảng vụ kiểm tra ⟦o:5.640 lượt phương tiện⟧, trong đó phương tiện chở hàng '
      '3.912 lượt, phương tiện chở khách 2.105 lượt; phát hiện ⟦p:536 trường hợp vi phạm⟧ (chở quá số người quy định '
      '48, không có giấy chứng nhận an toàn kỹ thuật 183, thuyền viên không có bằng, chứng chỉ chuyên môn 219, vi phạm '
      'khác 96), tỷ lệ vi phạm ⟦q:{}%⟧, ⟦r:giảm {} điểm phần trăm⟧ so với năm 2023 (11,25%).',
      o=AMB('subset', 'many vessels on Cà Mau routes carry both cargo and passengers: 3.912 + 2.105 = 6.017 > 5.640 '
                      'is an error only if the two types are exclusive',
            readings=[SUBT(3912, 2105), SUBT(3912)]),
      p=SUM(48, 183, 219, 96, v='inconsistent', note='48 + 173 + 219 + 96 = 536: the second part is probably 173'),
      q=SHARE(536, 5640), r=PTS('9,50', '11,25'))
    L('Đã lập biên bản, chuyển người có thẩm quyền ban hành ⟦s:{} quyết định xử phạt⟧ vi phạm hành chính (Thanh tra '
      'Sở 318 quyết định, Công an các huyện 94 quyết định), chiếm ⟦t:{}%⟧ số trường hợp vi phạm, phạt tiền 1,186 tỷ '
      'đồng, ⟦u:tăng {}%⟧ so với năm 2023 (954 triệu đồng); tạm giữ 37 phương tiện; xảy ra 03 vụ tai nạn giao thông '
      'đường thủy, ⟦v:giảm {} vụ⟧ so với năm 2023 (05 vụ), không có thiệt hại về người.',
      s=SUM(318, 94), t=SHARE(412, 536), u=RATIO(1186, 954, 'rel'), v=DIFF(3, 5, lead0=True))
    L('2. Hàng hóa, hành khách thông qua cảng, bến')
    L('Khối lượng hàng hóa thông qua cảng, bến đạt ⟦w:{} tấn⟧ (hàng xuất 1.284.650 tấn, chiếm ⟦x:{}%⟧; hàng nhập '
      '1.637.420 tấn, chiếm ⟦y:{}%⟧), ⟦z:tăng 276.890 tấn⟧, ⟦aa:bằng {}%⟧ so với năm 2023 (2.654.180 tấn)[\n]; trong '
      'đó hàng container 38.420 tấn, chiếm ⟦ab:2,35%⟧.',
      w=SUM(1284650, 1637420), x=SHARE(1284650, 2922070), y=SHARE(1637420, 2922070),
      z=DIFF(2922070, 2654180, v='inconsistent', note='digits 6 and 7 swapped'),
      aa=RATIO(2922070, 2654180),
      ab=AMB('share', 'base not stated: container cargo is mostly inbound; 2,35% fits hàng nhập (1.637.420), not the '
                      'total (2.922.070)',
             readings=[SHARE(38420, 2922070), SHARE(38420, 1637420)]))
    L('Vận chuyển ⟦ac:786.540 lượt hành khách⟧ (tuyến cố định 612.480 lượt, khách du lịch 87.350 lượt, khách qua bến '
      'ngang sông ... lượt), ⟦ad:bằng 96,5%⟧ ⟦ae:so với năm 2023⟧ (798.210 lượt); trong đó ⟦af:khách quốc tế 4.126 '
      'lượt⟧; riêng khách du lịch ⟦ag:tăng {}%⟧ (năm 2023: 71.260 lượt) nhờ các tuyến Cà Mau - Đất Mũi, Cà Mau - Hòn '
      'Đá Bạc.',
      ac=AMB('sum', 'the ngang sông part is the placeholder "..." (not filled)', cond='placeholder'),
      ad=RATIO(786540, 798210, places=1, v='inconsistent'), ae=TERM('2023'), af=SUB(786540),
      ag=RATIO(87350, 71260, 'rel'))
    L('Tại ⟦ah:79/86 bến⟧ khách ngang sông đã trang bị đủ phao cứu sinh, áo phao, đạt ⟦ai:{}%⟧; ⟦aj:{} bến⟧ còn '
      'thiếu đã được nhắc nhở, yêu cầu khắc phục. Dịp cao điểm Tết Nguyên đán Giáp Thìn (từ 25/01 đến 24/02/2024), '
      'Cảng vụ bố trí ⟦ak:{} ca trực⟧ (ca ngày 264, ca đêm 126), bảo đảm an toàn cho 112.860 lượt khách.',
      ah=FRAC(whole=86), ai=SHARE(79, 86), aj=DIFF(86, 79, lead0=True), ak=SUM(264, 126))
    L('3. Công tác kiểm tra, phối hợp')
    L('Tổ chức ⟦al:{} cuộc kiểm tra⟧ (định kỳ 36, đột xuất 52, liên ngành 14) tại ⟦am:188/212 cảng, bến⟧, đạt '
      '⟦an:{T}%⟧; phối hợp với ⟦ao:06/07 Đại diện Cảng vụ⟧ rà soát tình trạng bến hoạt động không phép, phát hiện 23 '
      'bến, đã đề nghị UBND các huyện xử lý dứt điểm ⟦ap:17/23 bến⟧, đạt ⟦aq:{}%⟧, còn ⟦ar:{} bến⟧ đang xử lý.',
      al=SUM(36, 52, 14), am=FRAC(whole=212), an=SHARE(188, 212, v='rounding'),
      ao=FRAC(whole=6, v='inconsistent', note='the Cảng vụ has 06 Đại diện (section I)'),
      ap=FRAC(whole=23), aq=SHARE(17, 23), ar=DIFF(23, 17, lead0=True))
    L('Công tác tuyên truyền được đẩy mạnh: phối hợp Đài Phát thanh - Truyền hình tỉnh, Báo Cà Mau đưa tin về an '
      'toàn giao thông đường thủy; phát tờ rơi, treo pa-nô tại các bến khách ngang sông; tổ chức ký cam kết với chủ '
      'bến, chủ phương tiện không chở quá số người quy định, trang bị đủ áo phao cho hành khách, nhất là học sinh.')
    L('4. Thu phí, lệ phí')
    L('Thu phí, lệ phí ⟦as1:{} triệu đồng⟧ (phí trọng tải 2.416 triệu đồng, chiếm ⟦at:{T}%⟧; lệ phí ra, vào cảng, bến '
      '798 triệu đồng; phí neo đậu 326 triệu đồng), đạt ⟦au:{}%⟧ dự toán (3.400 triệu đồng), ⟦av:tăng {} triệu đồng⟧ '
      '⟦aw:so với năm 2022⟧ (3.128 triệu đồng); ⟦ax:nộp ngân sách {} triệu đồng⟧ ⟦ay:(90%)⟧, để lại đơn vị 354 triệu '
      'đồng ⟦az:(10%)⟧ theo Thông tư số 248/2016/TT-BTC[\n].',
      as1=SUM(2416, 798, 326), at=SHARE(2416, 3540, v='rounding'), au=RATIO(3540, 3400), av=DIFF(3540, 3128),
      aw=TERM('2023', v='inconsistent', note='3.128 triệu đồng is the 2023 collection (footnote)'),
      ax=SUM(3540, -354, note='collected − retained'), ay=SHARE(3186, 3540, places=0),
      az=SHARE(354, 3540, places=0))
    L('5. Cải cách hành chính, chuyển đổi số')
    L('Cảng vụ tiếp tục thực hiện cấp giấy phép rời cảng, bến qua dịch vụ công trực tuyến toàn trình; công khai thủ '
      'tục hành chính tại trụ sở và trên Cổng thông tin điện tử của Sở; ứng dụng phần mềm quản lý phương tiện vào, '
      'rời cảng, bến, kết nối dữ liệu với Cục Đường thủy nội địa Việt Nam. Không có hồ sơ trễ hạn, không có phản ánh, '
      'kiến nghị của tổ chức, cá nhân về thái độ phục vụ của viên chức.')
    L('III. ĐÁNH GIÁ CHUNG')
    L('Năm 2024, Cảng vụ hoàn thành ⟦ba:11/11 chỉ tiêu⟧ kế hoạch; khối lượng hàng hóa thông qua đạt ⟦bb:2.922.700 '
      'tấn⟧, lượt phương tiện vào, rời vượt kế hoạch; không để xảy ra ùn tắc luồng, tai nạn nghiêm trọng tại khu vực '
      'cảng, bến. Tuy nhiên, tình trạng bến tự phát, phương tiện không đăng ký, đăng kiểm vẫn còn; lực lượng kiểm tra '
      'mỏng, phương tiện tuần tra xuống cấp; việc phối hợp xử lý bến không phép ở một số huyện còn chậm.',
      ba=FRAC(), bb=REP(2922070, v='inconsistent', note='the last three digits 070 typed 700'))
    L('* Nguyên nhân hạn chế: Một số địa phương chưa quyết liệt trong xử lý bến không phép; ý thức chấp hành pháp luật '
      'của một bộ phận chủ phương tiện còn thấp; biên chế Cảng vụ chưa tương xứng với địa bàn và khối lượng công việc.')
    L('IV. KẾ HOẠCH NĂM 2025')
    L('- Cấp 62.000 giấy phép rời cảng, bến, ⟦bc:tăng {} giấy phép⟧ so với năm 2024; hàng hóa thông qua đạt 3,1 triệu '
      'tấn, ⟦bd:tăng {}%⟧; hành khách 820.000 lượt, ⟦be:tăng {}%⟧.',
      bc=DIFF(62000, 59703), bd=RATIO(3100000, 2922070, 'rel', check=False, note='3,1 triệu tấn = 3.100.000 tấn'), be=RATIO(820000, 786540, 'rel'))
    L('- Tổ chức 110 cuộc kiểm tra, ⟦bf:tăng {} cuộc⟧; phối hợp xử lý dứt điểm bến không phép; đường dây nóng tiếp '
      'nhận phản ánh của người dân: 0290.3836.118.',
      bf=DIFF(110, 102, lead0=True))
    L('- Tăng cường kiểm tra bến khách ngang sông, phương tiện chở học sinh; bảo đảm an toàn giao thông đường thủy '
      'dịp Tết Nguyên đán Ất Tỵ và mùa mưa bão năm 2025.')
    L('V. KIẾN NGHỊ')
    L('- Đề nghị Sở Giao thông vận tải trình Ủy ban nhân dân tỉnh bố trí kinh phí đóng mới 02 xuồng tuần tra; chỉ đạo '
      'Ủy ban nhân dân các huyện rà soát, quy hoạch lại hệ thống bến khách ngang sông.')
    L('- Đề nghị Cục Đường thủy nội địa Việt Nam sớm hướng dẫn việc đăng ký, đăng kiểm đối với phương tiện thô sơ có '
      'trọng tải nhỏ đang hoạt động phổ biến trên địa bàn.')
    L('Nơi nhận:\t\tGIÁM ĐỐC')
    L('- Sở GTVT (b/c);')
    L('- Lưu: VT, HC-TH.')
    L()
    F('Chia theo loại hàng: xăng dầu 412.380 tấn, vật liệu xây dựng 1.356.900 tấn, nông sản, thủy sản 618.240 tấn, '
      'hàng khác 534.550 tấn; ⟦fa:cộng {} tấn⟧.',
      fa=SUM(412380, 1356900, 618240, 534550))
    F('Năm 2023 thu phí, lệ phí ⟦fb:3.128 triệu đồng⟧; tiền phạt vi phạm hành chính năm 2024 đã nộp ngân sách '
      '⟦fc:1.186 triệu đồng⟧. Số lượt phương tiện qua các tuyến luồng do Cảng vụ quản lý năm 2024 là ⟦fd:121.560 '
      'lượt⟧.',
      fb=REP(3128), fc=REP(1186, note='first written 1,186 tỷ đồng'),
      fd=AMB('repeat', 'transits of the fairways may be a different count from the 119.265 port calls, or the same '
                       'figure mistyped',
             readings=[REP(119265), FREE('different quantity (fairway transits, not port calls): no constraint')]))
    return d


# =================================================================== 06 ===
@draft
def d06():
    d = Draft(6, 'buu-dien-tinh')
    L, F = d.L, d.F
    L('TỔNG CÔNG TY BƯU ĐIỆN VIỆT NAM\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    L('BƯU ĐIỆN TỈNH HÀ TĨNH\tĐộc lập - Tự do - Hạnh phúc')
    L()
    L('Số: 642/BC-BĐHT\tHà Tĩnh, ngày 24 tháng 12 năm 2024')
    L()
    L('BÁO CÁO')
    L('Kết quả cung ứng dịch vụ hành chính công, dịch vụ bưu chính công ích năm 2024')
    L('Kính gửi: Ủy ban nhân dân tỉnh Hà Tĩnh')
    L('Thực hiện Quyết định số 45/2016/QĐ-TTg ngày 19/10/2016 của Thủ tướng Chính phủ về việc tiếp nhận hồ sơ, trả '
      'kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích và Chương trình phối hợp số '
      '02/CTPH-UBND-BĐVN ngày 14/02/2022 giữa Ủy ban nhân dân tỉnh với Tổng công ty Bưu điện Việt Nam, Bưu điện tỉnh '
      'báo cáo kết quả năm 2024 như sau:')
    L('I. MẠNG LƯỚI VÀ NGUỒN LỰC')
    L('Trên địa bàn 13 huyện, thị xã, thành phố với 209 xã, phường, thị trấn, Bưu điện tỉnh có ⟦a:{} điểm phục vụ⟧ '
      '(01 bưu cục cấp 1, 12 bưu cục cấp 2, 18 bưu cục cấp 3, 173 điểm Bưu điện - Văn hóa xã, 62 đại lý bưu '
      'điện)[\n]; ⟦b:173/209 xã⟧, phường, thị trấn có điểm Bưu điện - Văn hóa xã, đạt ⟦c:{T}%⟧. Tổng số lao động '
      '⟦d:{} người⟧ (lao động ký hợp đồng với Bưu điện tỉnh 486 người, nhân viên điểm Bưu điện - Văn hóa xã 173 '
      'người), trong đó ⟦e:nữ 412 người⟧, ⟦f:đoàn viên thanh niên 138 người⟧. Trong ⟦fx:{} bưu cục⟧ các cấp, '
      '⟦fy:14 bưu cục⟧ được bố trí quầy tiếp nhận hồ sơ hành chính công riêng.',
      fx=SUM(1, 12, 18), fy=SUB(31),
      a=SUM(1, 12, 18, 173, 62), b=FRAC(whole=209), c=SHARE(173, 209, v='rounding'), d=SUM(486, 173),
      e=SUB(659), f=SUB(659))
    L('Thuận lợi: Bưu điện tỉnh luôn nhận được sự quan tâm, chỉ đạo của Tỉnh ủy, Ủy ban nhân dân tỉnh; các sở, '
      'ngành, địa phương phối hợp chặt chẽ trong việc đưa dịch vụ công về gần người dân. Khó khăn: địa bàn rộng, '
      'nhiều xã miền núi thuộc các huyện Hương Khê, Hương Sơn, Vũ Quang giao thông đi lại khó khăn, mùa mưa bão '
      'thường bị chia cắt; thu nhập của nhân viên điểm Bưu điện - Văn hóa xã còn thấp, chưa yên tâm gắn bó.')
    L('II. KẾT QUẢ CUNG ỨNG DỊCH VỤ HÀNH CHÍNH CÔNG')
    L('Năm 2024, Bưu điện tỉnh tiếp nhận ⟦g:{} hồ sơ⟧ thủ tục hành chính (cấp tỉnh 28.416 hồ sơ, cấp huyện 41.235 hồ '
      'sơ, chiếm ⟦gx:{}%⟧; cấp xã 17.940 hồ sơ), ⟦h:tăng {}%⟧ so với năm 2023 (72.380 hồ sơ); trả ⟦i:{} kết quả⟧ giải quyết thủ tục '
      'hành chính đến tận tay người dân, doanh nghiệp (qua Trung tâm Phục vụ hành chính công tỉnh 38.964 kết quả, qua '
      'bộ phận một cửa cấp huyện, cấp xã 54.218 kết quả)[\n].',
      g=SUM(28416, 41235, 17940), gx=SHARE(41235, 87591), h=RATIO(87591, 72380, 'rel'), i=SUM(38964, 54218))
    L('Tại Trung tâm Phục vụ hành chính công tỉnh, hồ sơ lĩnh vực giao thông vận tải (cấp đổi giấy phép lái xe) '
      '21.460 hồ sơ, chiếm ⟦j:{}%⟧; tư pháp - hộ tịch 3.912 hồ sơ; đất đai 2.108 hồ sơ; lĩnh vực khác 936 hồ sơ; '
      '⟦k:cộng 28.461 hồ sơ⟧. Nhân viên bưu điện hỗ trợ người dân nộp 15.620 hồ sơ trực tuyến trên Cổng Dịch vụ công '
      'quốc gia, chiếm ⟦l:{}%⟧ tổng số hồ sơ tiếp nhận, ⟦m:tăng 6,4%⟧ so với năm 2023 (11,43%); ⟦n:74.105 hồ sơ⟧ '
      'nộp bản giấy.',
      j=SHARE(21460, 28416, note='base 28.416 = the sum of the listed parts and the cấp tỉnh count of the '
                                  'previous paragraph; the written total 28.461 is the typo'),
      k=SUM(21460, 3912, 2108, 936, v='inconsistent',
            note='the parts give the 28.416 cấp tỉnh dossiers of the previous paragraph: 1 and 6 swapped in the total'),
      l=SHARE(15620, 87591), m=PTS('17,83', '11,43', note='"tăng 6,4%" is a change in percentage points'),
      n=AMB('subset', 'a dossier filed online may also be delivered on paper: 15.620 + 74.105 = 89.725 > 87.591 is an '
                      'error only if the two channels are exclusive',
            readings=[SUB(87591 - 15620, check=False, note='exclusive channels: at most 87.591 − 15.620 = 71.971'),
                      SUB(87591, note='overlapping channels')]))
    L('Bưu điện tỉnh đã phối hợp với Văn phòng Ủy ban nhân dân tỉnh, Công an tỉnh triển khai dịch vụ tiếp nhận hồ '
      'sơ cấp đổi giấy phép lái xe, cấp phiếu lý lịch tư pháp tại nhà; bố trí nhân viên hướng dẫn người dân sử dụng '
      'tài khoản định danh điện tử mức độ 2 để nộp hồ sơ trực tuyến; thực hiện thu hộ phí, lệ phí qua nền tảng thanh '
      'toán điện tử. Hồ sơ được vận chuyển theo hành trình riêng, niêm phong, bảo đảm an toàn, không để thất lạc.')
    L('III. CHI TRẢ LƯƠNG HƯU, TRỢ CẤP BẢO HIỂM XÃ HỘI VÀ TRỢ CẤP XÃ HỘI')
    L('Bình quân mỗi tháng, Bưu điện tỉnh chi trả lương hưu, trợ cấp bảo hiểm xã hội cho ⟦o:{} người⟧ (chi qua tài '
      'khoản 29.410 người, chi bằng tiền mặt 42.836 người, chiếm ⟦ox:{}%⟧); tỷ lệ chi qua tài khoản đạt ⟦p:{}%⟧, tăng ⟦q:{} điểm '
      'phần trăm⟧ so với năm 2023 (34,17%). Tổng số tiền chi trả cả năm ⟦r:{} tỷ đồng⟧ (lương hưu 4.126,8 tỷ đồng; '
      'trợ cấp bảo hiểm xã hội một lần, hằng tháng 699,7 tỷ đồng), ⟦s:bằng {}%⟧ so với năm 2023 (4.418,2 tỷ đồng); '
      'không để xảy ra mất an toàn tiền mặt[\n].',
      o=SUM(29410, 42836), ox=SHARE(42836, 72246), p=SHARE(29410, 72246), q=PTS('40,71', '34,17'),
      r=SUM('4126,8', '699,7', places=1), s=RATIO('4826,5', '4418,2', places=1))
    L('Chi trả trợ cấp xã hội hằng tháng cho ⟦t:{} đối tượng⟧ bảo trợ xã hội, gồm người cao tuổi 31.245 người (chiếm ⟦tx:{}%⟧), người '
      'khuyết tật 24.618 người, trẻ em mồ côi 1.236 em, đối tượng khác 7.281 người; trong đó ⟦u:13.904 đối tượng⟧ '
      'nhận qua tài khoản, chiếm ⟦v:{T}%⟧. Thực hiện chi trả tại nhà cho 3.260 người già yếu, bệnh tật, trong đó '
      '⟦x:người cao tuổi 2.140 người⟧, ⟦y:người khuyết tật 1.385 người⟧.',
      t=SUM(31245, 24618, 1236, 7281), tx=SHARE(31245, 64380), u=SUB(64380), v=SHARE(13904, 64380, v='rounding'),
      x=SUB(3260),
      y=SUB(3260, note='an elderly person may also be disabled: 2.140 + 1.385 = 3.525 > 3.260 is no error'))
    L('IV. DỊCH VỤ BƯU CHÍNH CÔNG ÍCH VÀ CHUYỂN PHÁT')
    L('Sản lượng bưu gửi đạt ⟦z:{} bưu gửi⟧ (bưu phẩm 842.360 cái, ⟦zx:giảm {} cái⟧ so với năm 2023; bưu kiện 615.240 cái, chiếm ⟦aa:{}%⟧, chuyển phát '
      'nhanh EMS 1.026.400 cái, chiếm ⟦ab:{A}%⟧), ⟦ac:tăng 176.460 bưu gửi⟧ so với năm 2023 (2.316.540 bưu gửi)[\n]. '
      'Phát hành báo, tạp chí công ích đến ⟦ad:{} điểm⟧ (trụ sở Đảng ủy, Ủy ban nhân dân cấp xã 209 điểm; chi bộ thôn, '
      'tổ dân phố 1.723 điểm, bằng ⟦adx:80,6%⟧ số thôn, tổ dân phố của tỉnh, khoảng 2.150 thôn, tổ dân phố), phát trong ngày tại ⟦ae:207/209 xã⟧, phường, thị trấn. Chuyển phát văn bản của cơ quan '
      'Đảng, Nhà nước ⟦af:58.460 bưu gửi⟧ (cấp tỉnh 21.380, cấp huyện 24.910, cấp xã ...).',
      z=SUM(842360, 615240, 1026400),
      zx=DIFF(842360, 861420, note='năm 2023: 861.420 bưu phẩm (footnote); a part may fall while the total rises'),
      aa=SHARE(615240, 2484000),
      ab=SHARE(1026400, 2484000, alt=2316540, v='inconsistent', note='divided by the 2023 total'),
      ac=DIFF(2484000, 2316540, v='inconsistent'), ad=SUM(209, 1723),
      adx=AMB('share', 'the base is only approximate ("khoảng 2.150"): 1.723 / 2.150 = 80,1% but an exact count '
                       'near 2.137 gives 80,6%',
              readings=[SHARE(1723, 2150), SHARE(1723, 2137, check=False)]),
      ae=FRAC(whole=209),
      af=AMB('sum', 'the cấp xã part is the placeholder "..." (not filled)', cond='placeholder'))
    L('V. DOANH THU')
    L('Tổng doanh thu năm 2024 ước đạt ⟦ag:{} triệu đồng⟧ (bưu chính chuyển phát 86.420 triệu đồng; hành chính công '
      '12.360 triệu đồng; tài chính bưu chính 48.950 triệu đồng; phân phối hàng hóa 23.870 triệu đồng), đạt '
      '⟦ah:{}%⟧ kế hoạch (168.000 triệu đồng), ⟦ai:tăng {}%⟧ ⟦aix:so với năm 2023 (154.286 triệu đồng)⟧. Doanh thu '
      'tài chính bưu chính chiếm ⟦aiy:{}%⟧; doanh thu dịch vụ hành chính công chiếm ⟦aj:{}%⟧, ⟦ak:tăng 2,1%⟧ so với '
      'năm 2023 (6,94%), số tuyệt đối ⟦aiz:tăng {}%⟧ (năm 2023: 10.708 triệu đồng).',
      ag=SUM(86420, 12360, 48950, 23870), ah=RATIO(171600, 168000), ai=RATIO(171600, 154286, 'rel'), aix=TERM('2023'), aiy=SHARE(48950, 171600),
      aiz=RATIO(12360, 10708, 'rel'),
      aj=SHARE(12360, 171600), ak=PTS('7,20', '6,94', v='inconsistent'))
    L('VI. ĐÁNH GIÁ CHUNG')
    L('Năm 2024, Bưu điện tỉnh hoàn thành các chỉ tiêu được giao: ⟦al:87.951 hồ sơ⟧ thủ tục hành chính được tiếp nhận '
      'qua bưu điện; chi trả an toàn, kịp thời lương hưu, trợ cấp cho ⟦am:{} người⟧ mỗi tháng; doanh thu đạt ⟦an:171,6 '
      'tỷ đồng⟧. Tỷ lệ chi trả qua tài khoản ⟦ao:đạt {}%⟧, tăng nhanh ⟦ap:so với năm 2022⟧ (34,17%). Tuy nhiên, người '
      'dân vùng sâu vẫn chủ yếu nộp hồ sơ bản giấy; hạ tầng một số điểm Bưu điện - Văn hóa xã xuống cấp; nhân viên '
      'điểm chưa được đào tạo đầy đủ về dịch vụ công trực tuyến.',
      al=REP(87591, v='inconsistent', note='digits 5 and 9 swapped'), am=REP(72246),
      an=REP(171600, factor=1000), ao=REP('40,71'),
      ap=TERM('2023', v='inconsistent', note='34,17% is the 2023 rate (section III)'))
    L('Nguyên nhân: một bộ phận người cao tuổi chưa quen sử dụng điện thoại thông minh, tâm lý muốn nhận tiền mặt; '
      'kinh phí hỗ trợ nâng cấp điểm Bưu điện - Văn hóa xã chưa được bố trí; việc liên thông dữ liệu giữa phần mềm '
      'của bưu điện với hệ thống thông tin giải quyết thủ tục hành chính của tỉnh chưa hoàn thiện.')
    L('VII. KẾ HOẠCH NĂM 2025')
    L('- Tiếp nhận 100.000 hồ sơ thủ tục hành chính, ⟦aq:tăng {} hồ sơ⟧ so với năm 2024; nâng tỷ lệ chi trả lương hưu '
      'qua tài khoản lên 50%, cao hơn ⟦ar:{} điểm phần trăm⟧; doanh thu 185.000 triệu đồng, ⟦as1:tăng 8,7%⟧.',
      aq=DIFF(100000, 87591), ar=PTS('50', '40,71'),
      as1=RATIO(185000, 171600, 'rel', v='inconsistent', places=1))
    L('- Phối hợp các sở, ngành mở rộng dịch vụ tiếp nhận hồ sơ tại nhà; đào tạo 100% nhân viên điểm Bưu điện - Văn '
      'hóa xã về hướng dẫn dịch vụ công trực tuyến, thanh toán không dùng tiền mặt.')
    L('VIII. KIẾN NGHỊ')
    L('- Đề nghị Ủy ban nhân dân tỉnh chỉ đạo các sở, ngành, Ủy ban nhân dân cấp huyện tiếp tục giao Bưu điện tỉnh '
      'thực hiện một số nhiệm vụ hỗ trợ tại bộ phận một cửa theo Quyết định số 468/QĐ-TTg ngày 27/3/2021; bố trí '
      'kinh phí hỗ trợ người dân thuộc hộ nghèo, cận nghèo sử dụng dịch vụ chuyển phát hồ sơ.')
    L('- Đề nghị Bảo hiểm xã hội tỉnh, Sở Lao động - Thương binh và Xã hội phối hợp đẩy mạnh tuyên truyền chi trả '
      'qua tài khoản, chia sẻ dữ liệu người hưởng để Bưu điện tỉnh hỗ trợ mở tài khoản tại nhà.')
    L('Nơi nhận:\t\tGIÁM ĐỐC')
    L('- UBND tỉnh (b/c);')
    L('- Lưu: VT, KH-KD.')
    L()
    F('Danh sách 62 đại lý bưu điện tại Phụ lục kèm theo; tổng đài hỗ trợ người dân: 1900.545481.')
    F('Kết quả trả đúng hẹn ⟦fa:92.870/93.182 kết quả⟧, đạt ⟦fb:{T}%⟧; trễ hẹn ⟦fc:{} kết quả⟧ do cơ quan giải quyết '
      'trả chậm.',
      fa=FRAC(whole=93182), fb=SHARE(92870, 93182, v='rounding'), fc=DIFF(93182, 92870))
    F('Tổng số người nhận lương hưu, trợ cấp bảo hiểm xã hội qua Bưu điện năm 2024 là ⟦fd:72.642 người⟧.',
      fd=AMB('repeat', 'a yearly count of recipients can exceed the monthly average 72.246, or the same figure was '
                       'mistyped (246 → 642)',
             readings=[REP(72246), FREE('different quantity (all recipients in the year, not the monthly average)')]))
    F('Sản lượng bưu phẩm năm 2023 là 861.420 cái; số liệu năm 2024 lấy theo hệ thống quản lý sản lượng PMS.')
    return d


# ================================================================== main ===
def main():
    allc = []
    rows = []
    for fn in DRAFTS:
        d = fn()
        text, claims = d.build()
        with open(os.path.join(HERE, d.name + '.txt'), 'w', encoding='utf-8') as f:
            f.write(text)
        with open(os.path.join(HERE, d.name + '.labels.json'), 'w', encoding='utf-8') as f:
            json.dump(OrderedDict(file=d.name + '.txt', claims=claims), f, ensure_ascii=False, indent=1)
            f.write('\n')
        rows.append((d.name, len(text), text.count('\n'), claims))
        allc += claims
        print(f'{d.name}: {len(text)} chars, {len(claims)} claims',
              dict(Counter(c["verdict"] for c in claims)))
    write_summary(rows)
    print('all assertions passed;', len(allc), 'claims')


VERDICTS = ['consistent', 'rounding', 'inconsistent', 'ambiguous']
KINDS = ['sum', 'subset', 'share', 'fraction', 'difference', 'points', 'ratio', 'repeat', 'term']


def write_summary(rows):
    out = ['# Held-out prose set p13 — summary', '',
           'Six Vietnamese year-end report drafts (vi-VN numbers), one paragraph per line, footnotes last '
           '(lines starting with `[\\uFFFD] `). Labels follow `FORMAT.md`; every verdict is recomputed by '
           '`make.py` with `Decimal` (ROUND_HALF_UP) and asserted, and every anchor occurs exactly once in its line.',
           '', '## Per draft', '',
           '| draft | chars | lines | claims | consistent | rounding | inconsistent | ambiguous | claims / 10k chars |',
           '|---|---:|---:|---:|---:|---:|---:|---:|---:|']
    tot = Counter()
    for name, n, nl, cl in rows:
        c = Counter(x['verdict'] for x in cl)
        tot.update(c)
        tot['chars'] += n
        tot['claims'] += len(cl)
        tot['lines'] += nl
        out.append(f'| {name} | {n} | {nl} | {len(cl)} | ' + ' | '.join(str(c[v]) for v in VERDICTS)
                   + f' | {len(cl) * 10000 / n:.1f} |')
    out.append(f'| **total** | {tot["chars"]} | {tot["lines"]} | {tot["claims"]} | '
               + ' | '.join(str(tot[v]) for v in VERDICTS)
               + f' | {tot["claims"] * 10000 / tot["chars"]:.1f} |')
    out += ['', '## Kind per draft', '', '| draft | ' + ' | '.join(KINDS) + ' |',
            '|---|' + '---:|' * len(KINDS)]
    kt = Counter()
    for name, n, nl, cl in rows:
        c = Counter(x['kind'] for x in cl)
        kt.update(c)
        out.append(f'| {name} | ' + ' | '.join(str(c[k]) for k in KINDS) + ' |')
    out.append('| **total** | ' + ' | '.join(str(kt[k]) for k in KINDS) + ' |')
    out += ['', '## Kind × verdict (all drafts)', '', '| kind | ' + ' | '.join(VERDICTS) + ' | total |',
            '|---|' + '---:|' * (len(VERDICTS) + 1)]
    kv = Counter((x['kind'], x['verdict']) for _, _, _, cl in rows for x in cl)
    for k in KINDS:
        out.append(f'| {k} | ' + ' | '.join(str(kv[(k, v)]) for v in VERDICTS)
                   + f' | {sum(kv[(k, v)] for v in VERDICTS)} |')
    out.append('| **total** | ' + ' | '.join(str(tot[v]) for v in VERDICTS) + f' | {tot["claims"]} |')
    out += ['', '## Reading the labels', '',
            '- `sum`: anchor = the stated total of a `gồm` / `chia ra` / parenthesised breakdown; '
            '`right` = the sum of the parts (the note names the part that was probably changed).',
            '- `subset`: anchor = a `trong đó` part (must be ≤ its whole) or a whole whose disjoint parts '
            'must not exceed it. Parts of different dimensions (nữ / đảng viên / trẻ …) may overlap.',
            '- `share`: part / base × 100 at the written precision; truncation by one unit = `rounding`, '
            'more than one unit = `inconsistent`.',
            '- `ratio`: đạt …% kế hoạch, bằng …% so với, gấp … lần, bình quân, tăng/giảm …% (relative).',
            '- `points`: change of a share between periods; both the points and the relative reading '
            'are tried, the note says which one holds.',
            '- `repeat`: second mention of a quantity (units converted: 1,25 tỷ = 1.250 triệu).',
            '- `term`: the period named in a comparison must be the one before the sentence\'s own period.',
            '- `ambiguous`: the verdict depends on a reading the text does not settle (base date, overlap, '
            'hedged precision, "1.125%" format, "..." placeholder); the note gives each reading.',
            '', 'Regenerate with `python3 make.py` (writes the .txt, .labels.json and this file).', '']
    with open(os.path.join(HERE, 'SUMMARY.md'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(out))


if __name__ == '__main__':
    main()
