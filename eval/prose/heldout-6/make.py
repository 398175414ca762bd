#!/usr/bin/env python3
"""Generator of the sealed prose evaluation set p6-01 .. p6-06 (heldout6/prose).

Stdlib only.  Every figure of the six drafts is held here; every total, share,
percentage, difference, ratio and expected right value is computed with exact
rational arithmetic (fractions.Fraction) and rounded half up.  Each labelled
claim is re-checked: the verdict written in the label must be the verdict the
arithmetic gives (consistent / rounding / inconsistent); ambiguous claims carry
a hand-written note.  Every anchor must occur exactly once in its line and hold
the judged figure; anchors of one line must not overlap.

    python3 make.py            # write p6-*.txt and p6-*.labels.json
    python3 make.py --summary  # ... and SUMMARY.md
"""
import json
import os
import sys
from collections import Counter, OrderedDict
from fractions import Fraction as F

OUT = os.path.dirname(os.path.abspath(__file__))
FN = '[\ufffd]'          # footnote mark as exported from Word
KINDS = ['sum', 'subset', 'share', 'fraction', 'difference', 'points', 'ratio', 'repeat', 'term']
VERDICTS = ['consistent', 'rounding', 'inconsistent', 'ambiguous']
VCODE = {'c': 'consistent', 'r': 'rounding', 'i': 'inconsistent', 'a': 'ambiguous'}


# ---------------------------------------------------------------- numbers (vi-VN)
def parse(s):
    """vi-VN number text -> Fraction ('1.248,56' -> 124856/100)."""
    s = str(s).strip()
    neg = s.startswith('-')
    if neg:
        s = s[1:]
    if ',' in s:
        ip, fp = s.split(',')
        v = F(int(ip.replace('.', '') + fp), 10 ** len(fp))
    else:
        v = F(int(s.replace('.', '')))
    return -v if neg else v


def dps(s):
    s = str(s)
    return len(s.split(',')[1]) if ',' in s else 0


def q(x):
    if isinstance(x, F):
        return x
    if isinstance(x, int):
        return F(x)
    if isinstance(x, str):
        return parse(x)
    raise TypeError(repr(x))


def _floor(x):
    return x.numerator // x.denominator


def rnd(x, dp, mode='hu'):
    """Round a Fraction to dp decimals: 'hu' half up (away from zero), 'floor', 'ceil', 'trunc'."""
    x = q(x)
    s = x * 10 ** dp
    if mode == 'hu':
        n = _floor(abs(s) + F(1, 2))
        n = -n if s < 0 else n
    elif mode == 'floor':
        n = _floor(s)
    elif mode == 'ceil':
        n = -_floor(-s)
    elif mode == 'trunc':
        n = _floor(abs(s))
        n = -n if s < 0 else n
    else:
        raise ValueError(mode)
    return F(n, 10 ** dp)


def fmt(x, dp=0, z=False, mode='hu'):
    """Format in vi-VN: '.' thousands, ',' decimals; z: leading zero under 10."""
    x = rnd(q(x), dp, mode)
    neg = x < 0
    n = abs(x) * 10 ** dp
    assert n.denominator == 1
    n = n.numerator
    ip, fp = divmod(n, 10 ** dp)
    si = '{:,}'.format(ip).replace(',', '.')
    if z and dp == 0 and ip < 10:
        si = '%02d' % ip
    s = si + (',' + str(fp).zfill(dp) if dp else '')
    return ('-' if neg else '') + s


def N(x):           # integer with thousands dots
    return fmt(x, 0)


def Z(x):           # integer, leading zero under 10
    return fmt(x, 0, z=True)


def P(a, b, dp=2):  # percentage a/b, half up
    return fmt(q(a) / q(b) * 100, dp)


def PT(a, b, dp=2):  # percentage a/b, truncated (a drafting slip)
    return fmt(q(a) / q(b) * 100, dp, mode='trunc')


def R(x, dp=2):
    return fmt(x, dp)


def RT(x, dp=2):
    return fmt(x, dp, mode='trunc')


def show(x, maxdp=4):
    """Exact value for notes: exact decimals when short, else '≈' 4 decimals."""
    x = q(x)
    for dp in range(0, maxdp + 1):
        if (x * 10 ** dp).denominator == 1:
            return fmt(x, dp)
    return '≈' + fmt(x, maxdp)


def classify(stated, exact):
    """consistent if stated == round-half-up(exact); rounding if stated is the
    other neighbour (truncation / wrong direction); inconsistent if off by two
    units of the last digit or more.  Anything in between is refused."""
    dp = dps(stated)
    s = parse(stated)
    r = rnd(exact, dp)
    right = fmt(r, dp)
    if s == r:
        return 'consistent', right
    if s in (rnd(exact, dp, 'floor'), rnd(exact, dp, 'ceil')):
        return 'rounding', right
    if abs(s - r) >= F(2, 10 ** dp):
        return 'inconsistent', right
    raise AssertionError('borderline stated %s vs exact %s' % (stated, show(exact)))


# ---------------------------------------------------------------- drafts
class Draft:
    def __init__(self, slug):
        self.slug = slug
        self.lines = []
        self.claims = []

    # text -----------------------------------------------------------
    def add(self, text=''):
        assert '\n' not in text and '\r' not in text
        self.lines.append(text)
        return len(self.lines)

    def text(self):
        return '\n'.join(self.lines) + '\n'

    # raw claim --------------------------------------------------------
    def _claim(self, L, anchor, kind, want, got, fig, note, right=None):
        assert kind in KINDS, kind
        want = VCODE[want]
        if got != want:
            raise AssertionError('%s line %d %r: labelled %s but arithmetic says %s (%s)'
                                 % (self.slug, L, anchor, want, got, note))
        if fig is not None:
            assert str(fig) in anchor, (self.slug, L, anchor, fig)
        c = OrderedDict(line=L, anchor=anchor, kind=kind, verdict=want)
        if want in ('rounding', 'inconsistent'):
            assert right, (self.slug, L, anchor)
            c['right'] = right
        c['note'] = note
        self.claims.append(c)

    # checked claims -----------------------------------------------------
    def sum(self, L, anchor, parts, total, v, unit='', what=''):
        """total (stated text) = sum of parts (numbers or texts)."""
        ps = [q(p) for p in parts]
        ex = sum(ps, F(0))
        got, right = classify(total, ex)
        if got == 'rounding':
            got = 'inconsistent'
        note = '%s = %s vs stated %s%s' % (' + '.join(show(p) for p in ps), show(ex), total,
                                           ('; ' + what) if what else '')
        self._claim(L, anchor, 'sum', v, got, total, note, right + unit)

    def sum100(self, L, anchor, shares, focus, v):
        """shares of one whole must make 100 % (within rounding of n items)."""
        ps = [parse(s) for s in shares]
        tot = sum(ps, F(0))
        dp = max(dps(s) for s in shares)
        tol = F(len(ps), 2) / 10 ** dp
        got = 'consistent' if abs(tot - 100) <= tol else 'inconsistent'
        right = fmt(parse(focus) + 100 - tot, dps(focus)) + '%'
        note = 'shares %s sum to %s%% (should be 100%%)' % (' + '.join(shares), show(tot))
        self._claim(L, anchor, 'sum', v, got, focus, note, right)

    def subset(self, L, anchor, part, parent, v, right=None, what=''):
        ok = q(part) <= q(parent)
        got = 'consistent' if ok else 'inconsistent'
        note = '%s %s %s (part of a "trong đó" breakdown)%s' % (
            part, '≤' if ok else '>', parent if isinstance(parent, str) else N(parent),
            ('; ' + what) if what else '')
        self._claim(L, anchor, 'subset', v, got, part if isinstance(part, str) else N(part), note, right)

    def share(self, L, anchor, part, base, stated, v, what=''):
        ex = q(part) / q(base) * 100
        got, right = classify(stated, ex)
        note = '%s / %s = %s%% → %s%%%s' % (show(part), show(base), show(ex), right,
                                            ('; ' + what) if what else '')
        self._claim(L, anchor, 'share', v, got, stated, note, right + '%')

    def frac(self, L, anchor, a, b, v, stated=None, whole=None, what=''):
        fig = '%s/%s' % (a, b)
        A, B = parse(a), parse(b)
        got, right, notes = 'consistent', None, []
        if A > B:
            got, right = 'inconsistent', fig
            notes.append('part %s exceeds whole %s' % (a, b))
        if whole is not None:
            W = q(whole)
            if B != W:
                got = 'inconsistent'
                right = '%s/%s' % (a, N(W))
                notes.append('whole %s differs from the total %s stated for the same set' % (b, N(W)))
            else:
                notes.append('whole %s = stated total %s' % (b, N(W)))
        if stated is not None:
            ex = A / B * 100
            g, r = classify(stated, ex)
            notes.append('%s / %s = %s%% → %s%%' % (a, b, show(ex), r))
            if g != 'consistent' and got == 'consistent':
                got, right = g, r + '%'
        note = '; '.join(notes) + (('; ' + what) if what else '')
        if fig not in anchor:
            assert a in anchor and b in anchor and anchor.index(a) < anchor.rindex(b), (self.slug, L, anchor, fig)
            fig = None
        self._claim(L, anchor, 'fraction', v, got, fig, note, right)

    def diff(self, L, anchor, cur, prev, stated, word, v, unit='', kind='difference', what=''):
        ex = q(cur) - q(prev)
        got, right = classify(stated, abs(ex))
        rw = 'tăng' if ex > 0 else 'giảm'
        if ex != 0 and rw != word:
            got = 'inconsistent'
        note = '%s − %s = %s → %s %s%s%s' % (show(cur), show(prev), show(ex), rw, right, unit,
                                            ('; ' + what) if what else '')
        self._claim(L, anchor, kind, v, got, stated, note, '%s %s%s' % (rw, right, unit))

    def points(self, L, anchor, cur, prev, stated, word, v, what=''):
        """change of a share between periods, in percentage points (written '%')."""
        self.diff(L, anchor, cur, prev, stated, word, v, unit='%', kind='points',
                  what=('percentage points' + ('; ' + what if what else '')))

    def ratio(self, L, anchor, num, den, stated, v, mult=100, sub=0, unit='%', what=''):
        """stated = num / den × mult − sub (index, % of plan, relative change, per-N, average, 'gấp')."""
        ex = q(num) / q(den) * mult - sub
        got, right = classify(stated, ex)
        form = '%s / %s' % (show(num), show(den))
        if mult != 1:
            form += ' × %s' % N(mult)
        if sub:
            form += ' − %s' % N(sub)
        note = '%s = %s → %s%s%s' % (form, show(ex), right, unit, ('; ' + what) if what else '')
        self._claim(L, anchor, 'ratio', v, got, stated, note, right + unit)

    def rel(self, L, anchor, cur, prev, stated, v, what=''):
        """relative change |cur − prev| / prev × 100 written after tăng/giảm."""
        d = abs(q(cur) - q(prev))
        self.ratio(L, anchor, d, prev, stated, v,
                   what=('relative change |%s − %s| / %s' % (show(cur), show(prev), show(prev))
                         + ('; ' + what if what else '')))

    def repeat(self, L, anchor, first, here, v, first_line=None, unit=''):
        got = 'consistent' if parse(first) == parse(here) else 'inconsistent'
        note = 'same quantity stated as %s%s%s here' % (
            first, (' on line %d' % first_line) if first_line else ' earlier', ', ' + here if got != 'consistent' else ' and again')
        self._claim(L, anchor, 'repeat', v, got, here, note, first + unit)

    def term(self, L, anchor, named, expected, v, what=''):
        got = 'consistent' if named == expected else 'inconsistent'
        note = 'comparison names "%s"; the previous period of the figures is "%s"%s' % (
            named, expected, ('; ' + what) if what else '')
        self._claim(L, anchor, 'term', v, got, named, note, expected)

    def amb(self, L, anchor, kind, note, fig=None):
        self._claim(L, anchor, kind, 'a', 'ambiguous', fig, note)

    # validation ---------------------------------------------------------
    def validate(self):
        n = len(self.text())
        assert 8000 <= n <= 15000, (self.slug, n)
        spans = {}
        for c in self.claims:
            line = self.lines[c['line'] - 1]
            k = line.count(c['anchor'])
            assert k == 1, ('anchor not unique / missing', self.slug, c['line'], c['anchor'], k)
            i = line.index(c['anchor'])
            spans.setdefault(c['line'], []).append((i, i + len(c['anchor']), c['anchor']))
        for L, ss in spans.items():
            ss.sort()
            for (a0, a1, t0), (b0, b1, t1) in zip(ss, ss[1:]):
                assert a1 <= b0, ('overlapping anchors', self.slug, L, t0, t1)
        return n

    def write(self):
        n = self.validate()
        name = self.slug + '.txt'
        with open(os.path.join(OUT, name), 'w', encoding='utf-8') as f:
            f.write(self.text())
        lab = OrderedDict(file=name, claims=sorted(self.claims, key=lambda c: c['line']))
        with open(os.path.join(OUT, self.slug + '.labels.json'), 'w', encoding='utf-8') as f:
            json.dump(lab, f, ensure_ascii=False, indent=1)
            f.write('\n')
        return n


# ====================================================================== p6-01
def d1():
    d = Draft('p6-01-y-te-dan-so-huyen')
    pop, hh = 168420, 44615
    births, male, female, births23 = 2274, 1188, 1086, 2356
    third, third23 = 187, 214
    kcb, kcb_plan, kcb23 = 286540, 275000, 269512
    bh, bh23 = 158306, 155102
    groups = [21874, 3905, 62318, 27460, 42749]
    staff = [58, 11, 71, 118, 46, 27, 30, 28]

    for t in ['ỦY BAN NHÂN DÂN', 'HUYỆN THẠNH AN', 'Số:        /BC-UBND',
              'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc',
              'Thạnh An, ngày      tháng 12 năm 2024', '', 'BÁO CÁO',
              'Kết quả thực hiện công tác y tế, dân số năm 2024; phương hướng, nhiệm vụ năm 2025',
              '(Dự thảo trình phiên họp thường kỳ Ủy ban nhân dân huyện tháng 12/2024)']:
        d.add(t)
    d.add('Căn cứ Nghị quyết số 47/NQ-HĐND ngày 15/12/2023 của Hội đồng nhân dân huyện về nhiệm vụ phát triển kinh tế - xã hội năm 2024; Kế hoạch số 18/KH-UBND ngày 24/01/2024 của Ủy ban nhân dân huyện về thực hiện công tác y tế, dân số năm 2024; trên cơ sở báo cáo của Trung tâm Y tế huyện, Phòng Y tế và Ủy ban nhân dân các xã, thị trấn, Ủy ban nhân dân huyện báo cáo kết quả thực hiện như sau:')
    d.add('I. ĐẶC ĐIỂM TÌNH HÌNH')
    avg_hh = R(F(pop, hh), 2)
    L_intro = d.add(f'Huyện có 14 đơn vị hành chính cấp xã (13 xã, 01 thị trấn) với 112 ấp, khu phố; dân số trung bình năm 2024 là {N(pop)} người, {N(hh)} hộ gia đình, bình quân {avg_hh} người/hộ. Mạng lưới y tế gồm Trung tâm Y tế huyện (quy mô 210 giường bệnh kế hoạch), 14 trạm y tế xã, thị trấn và 01 phòng khám đa khoa khu vực Tân Hòa; toàn huyện có 157.912 người tham gia bảo hiểm y tế (BHYT). Số điện thoại đường dây nóng của ngành y tế huyện: 0297.3851.246.')
    d.sum(L_intro, '14 đơn vị hành chính cấp xã (13 xã, 01 thị trấn)', [13, 1], '14', 'c')
    d.ratio(L_intro, f'bình quân {avg_hh} người/hộ', pop, hh, avg_hh, 'c', mult=1, unit=' người/hộ')
    d.add('Năm 2024, bên cạnh những thuận lợi cơ bản, ngành y tế huyện còn gặp không ít khó khăn: dịch sốt xuất huyết, tay chân miệng diễn biến phức tạp vào mùa mưa; việc cung ứng một số loại vắc xin trong Chương trình tiêm chủng mở rộng có thời điểm bị gián đoạn; nhân lực bác sĩ tại tuyến xã còn thiếu, một số viên chức y tế xin nghỉ việc hoặc chuyển công tác; cơ sở vật chất của một số trạm y tế đã xuống cấp. Được sự quan tâm lãnh đạo, chỉ đạo của Huyện ủy, Hội đồng nhân dân, Ủy ban nhân dân huyện và sự phối hợp của các ban, ngành, đoàn thể, ngành y tế đã nỗ lực hoàn thành cơ bản các chỉ tiêu được giao.')
    d.add('II. KẾT QUẢ THỰC HIỆN')
    d.add('1. Công tác y tế dự phòng, tiêm chủng mở rộng')
    p_full = P(2198, 2251)
    p_dpt = PT(2119, 2203)
    p_hepb = P(1971, births)
    p_tt = P(2141, 2236)
    L = d.add(f'Duy trì tổ chức tiêm chủng thường xuyên hằng tháng tại 14/14 trạm y tế xã, thị trấn (đạt 100%). Kết quả: trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin {N(2198)}/{N(2251)} trẻ, đạt {p_full}% (kế hoạch 95%); tiêm vắc xin sởi mũi 2 cho trẻ 18 tháng tuổi 2.205 trẻ, đạt 96,84%; tiêm vắc xin DPT4 cho trẻ 18 tháng tuổi {N(2119)}/{N(2203)} trẻ, đạt {p_dpt}%; tiêm vắc xin viêm gan B sơ sinh trong 24 giờ đầu sau sinh 1.971 trẻ, chiếm {p_hepb}% số trẻ sinh ra trong năm. Toàn huyện quản lý {N(2236)} phụ nữ có thai, trong đó được tiêm phòng uốn ván đủ liều {N(2141)} người, đạt {p_tt}%.')
    d.frac(L, '14/14 trạm y tế xã, thị trấn (đạt 100%)', '14', '14', 'c', stated='100', whole=14)
    d.frac(L, f'{N(2198)}/{N(2251)} trẻ, đạt {p_full}%', N(2198), N(2251), 'c', stated=p_full)
    d.amb(L, '2.205 trẻ, đạt 96,84%', 'share',
          'base (children aged 18 months due for measles 2) is not stated: 2.205/2.251 = 97,96%, 2.205/2.274 = 96,97%; no stated figure gives 96,84%', fig='96,84')
    d.frac(L, f'{N(2119)}/{N(2203)} trẻ, đạt {p_dpt}%', N(2119), N(2203), 'r', stated=p_dpt)
    d.share(L, f'chiếm {p_hepb}% số trẻ sinh ra', 1971, births, p_hepb, 'c', what='base = births 2.274 stated in section 3')
    d.share(L, f'đạt {p_tt}%.', 2141, 2236, p_tt, 'c')
    L = d.add(f'Công tác giám sát, phòng, chống dịch bệnh được triển khai chủ động; trong năm ghi nhận {N(1126)} ca mắc bệnh truyền nhiễm, giảm 148 ca so với năm 2023 ({N(1274)} ca); trong đó sốt xuất huyết 214 ca, tay chân miệng 386 ca, thủy đậu 97 ca, không có trường hợp tử vong. Xử lý 100% ổ dịch sốt xuất huyết (31 ổ dịch) theo đúng quy định. Quản lý, điều trị {N(3526)} người mắc bệnh không lây nhiễm tại tuyến xã, gồm: tăng huyết áp {N(2418)} người, đái tháo đường {N(1036)} người, bệnh phổi tắc nghẽn mạn tính 147 người; khám sàng lọc phát hiện mới 412 trường hợp tăng huyết áp.')
    d.diff(L, 'giảm 148 ca', 1126, 1274, '148', 'giảm', 'c')
    d.subset(L, 'sốt xuất huyết 214 ca', '214', 1126, 'c')
    d.subset(L, 'tay chân miệng 386 ca', '386', 1126, 'c')
    d.subset(L, 'thủy đậu 97 ca', '97', 1126, 'c', what='214 + 386 + 97 = 697 ≤ 1.126: partial list of one dimension')
    d.amb(L, 'Quản lý, điều trị 3.526 người', 'sum',
          '2.418 + 1.036 + 147 = 3.601 > 3.526: one patient may have both hypertension and diabetes (comorbidity), so "gồm" may double count; cannot decide', fig='3.526')
    p_uw = P(936, 10884, 1)
    p_st = P(1546, 10884, 1)
    L = d.add(f'Công tác dinh dưỡng: tổ chức cân, đo cho {N(10884)} trẻ em dưới 5 tuổi; số trẻ suy dinh dưỡng thể nhẹ cân {N(936)}/{N(10884)} trẻ, chiếm {p_uw}%, giảm 0,4% so với năm 2023 (9,0%); số trẻ suy dinh dưỡng thể thấp còi {N(1546)} trẻ, chiếm {p_st}%, giảm 0,5% so với năm 2023 (14,9%).')
    d.frac(L, f'936/{N(10884)} trẻ, chiếm {p_uw}%', '936', N(10884), 'c', stated=p_uw)
    d.points(L, 'giảm 0,4% so với năm 2023 (9,0%)', p_uw, '9,0', '0,4', 'giảm', 'c')
    d.share(L, f'{N(1546)} trẻ, chiếm {p_st}%', 1546, 10884, p_st, 'c')
    d.points(L, 'giảm 0,5% so với năm 2023 (14,9%)', p_st, '14,9', '0,5', 'giảm', 'i')
    d.add('2. Công tác khám bệnh, chữa bệnh')
    r_plan = RT(F(kcb * 100, kcb_plan), 1)
    r_rel = R(F((kcb - kcb23) * 100, kcb23), 1)
    p_bhkcb = P(231962, kcb)
    per_cap = R(F(kcb, pop), 2)
    L = d.add(f'Tổng số lượt khám bệnh toàn huyện {N(kcb)} lượt, đạt {r_plan}% kế hoạch ({N(kcb_plan)} lượt), tăng 17.208 lượt ({r_rel}%) so với năm 2023 ({N(kcb23)} lượt); chia ra: tại Trung tâm Y tế huyện {N(164215)} lượt, tại các trạm y tế xã, thị trấn {N(122325)} lượt. Số lượt khám bệnh có sử dụng thẻ BHYT {N(231962)} lượt, chiếm {p_bhkcb}%. Điều trị nội trú {N(12874)} lượt người bệnh, công suất sử dụng giường bệnh đạt 96,8%; chuyển tuyến trên 1.086 lượt. Bình quân mỗi người dân được khám bệnh {per_cap} lượt/năm.')
    d.sum(L, f'Tổng số lượt khám bệnh toàn huyện {N(kcb)} lượt', [164215, 122325], N(kcb), 'c')
    d.ratio(L, f'{r_plan}% kế hoạch', kcb, kcb_plan, r_plan, 'r')
    d.diff(L, 'tăng 17.208 lượt', kcb, kcb23, '17.208', 'tăng', 'i', what='digits 0 and 2 swapped')
    d.rel(L, f'({r_rel}%)', kcb, kcb23, r_rel, 'c')
    d.share(L, f'chiếm {p_bhkcb}%', 231962, kcb, p_bhkcb, 'c')
    d.ratio(L, f'{per_cap} lượt/năm', kcb, pop, per_cap, 'c', mult=1, unit=' lượt/người/năm')
    bs = R(F(58 * 10000, pop), 2)
    L = d.add(f'Về nhân lực: toàn huyện có 58 bác sĩ, đạt {bs} bác sĩ/vạn dân (chỉ tiêu 3,5); 12/14 trạm y tế có bác sĩ làm việc thường xuyên, 02 trạm y tế còn lại có bác sĩ của Trung tâm Y tế huyện luân phiên về hỗ trợ. Tổng số công chức, viên chức và người lao động ngành y tế huyện là 398 người, gồm: bác sĩ 58, dược sĩ đại học 11, y sĩ 71, điều dưỡng 118, hộ sinh 46, kỹ thuật viên 27, dược sĩ trung học 30, khác 28; trong đó nữ 247 người.')
    d.ratio(L, f'{bs} bác sĩ/vạn dân', 58, pop, bs, 'c', mult=10000, unit=' bác sĩ/vạn dân')
    d.frac(L, '12/14 trạm y tế có bác sĩ', '12', '14', 'c', whole=14)
    d.sum(L, 'ngành y tế huyện là 398 người', staff, '398', 'i', what='total likely typed 398 for 389')
    d.repeat(L, 'bác sĩ 58,', '58', '58', 'c')
    d.subset(L, 'nữ 247 người', '247', 389, 'c', what='also ≤ stated 398')
    d.add('3. Công tác dân số - kế hoạch hóa gia đình')
    p_rel_b = P(births23 - births, births23)
    cbr = R(F(births * 1000, pop), 2)
    srb = R(F(male * 100, female), 1)
    p3, p3_23 = P(third, births), P(third23, births23)
    pts3 = fmt(parse(p3_23) - parse(p3), 2)
    L_b = d.add(f'Số trẻ sinh ra năm 2024 là {N(births)} trẻ (nam {N(male)}, nữ {N(female)}), giảm {births23 - births} trẻ ({p_rel_b}%) so với năm 2023 ({N(births23)} trẻ); tỷ suất sinh thô {cbr}‰; tỷ số giới tính khi sinh {srb} bé trai/100 bé gái. Số trẻ là con thứ ba trở lên {third} trường hợp, chiếm {p3}%; năm 2023 là {third23} trường hợp, chiếm {p3_23}%, như vậy tỷ lệ sinh con thứ ba trở lên giảm {pts3}% so với năm 2022.')
    d.sum(L_b, f'Số trẻ sinh ra năm 2024 là {N(births)} trẻ', [male, female], N(births), 'c')
    d.diff(L_b, f'giảm {births23 - births} trẻ', births, births23, str(births23 - births), 'giảm', 'c')
    d.rel(L_b, f'({p_rel_b}%)', births, births23, p_rel_b, 'c')
    d.ratio(L_b, f'{cbr}‰', births, pop, cbr, 'c', mult=1000, unit='‰')
    d.ratio(L_b, f'{srb} bé trai/100 bé gái', male, female, srb, 'c', unit=' bé trai/100 bé gái')
    d.share(L_b, f'chiếm {p3}%', third, births, p3, 'c')
    d.share(L_b, f'chiếm {p3_23}%', third23, births23, p3_23, 'c')
    d.points(L_b, f'giảm {pts3}%', p3, p3_23, pts3, 'giảm', 'c')
    d.term(L_b, 'so với năm 2022', 'năm 2022', 'năm 2023', 'i', what='214 cases / 9,08% are the 2023 figures')
    contra = [1214, 12, 1306, 298, 3725, 3291]
    r_con = P(sum(contra), 9600)
    p_sl1, p_sl2 = P(1853, 2236), PT(1962, births)
    p_nct, p_nct2 = P(21935, pop), P(15207, 21935)
    L = d.add(f'Số người mới sử dụng biện pháp tránh thai hiện đại {N(sum(contra))} người, đạt {r_con}% kế hoạch (9.600 người); trong đó: đặt dụng cụ tử cung {N(1214)} người, triệt sản 12 người, thuốc tiêm {N(1306)} người, thuốc cấy 298 người, thuốc uống tránh thai {N(3725)} người, bao cao su {N(3291)} người. Sàng lọc trước sinh cho {N(1853)} bà mẹ mang thai, chiếm {p_sl1}% số phụ nữ có thai được quản lý; sàng lọc sơ sinh cho {N(1962)} trẻ, đạt {p_sl2}% số trẻ sinh ra. Toàn huyện có {N(21935)} người cao tuổi, chiếm {p_nct}% dân số, trong đó {N(15207)} người được khám sức khỏe định kỳ và lập hồ sơ theo dõi, chiếm {p_nct2}%.')
    d.ratio(L, f'{r_con}% kế hoạch', sum(contra), 9600, r_con, 'c')
    d.sum(L, f'biện pháp tránh thai hiện đại {N(sum(contra))} người', contra, N(sum(contra)), 'c',
          what='"trong đó" over one dimension (method) equal to the parent: full breakdown')
    d.share(L, f'chiếm {p_sl1}% số phụ nữ có thai', 1853, 2236, p_sl1, 'c', what='base 2.236 stated in section 1')
    d.share(L, f'đạt {p_sl2}% số trẻ sinh ra', 1962, births, p_sl2, 'r')
    d.share(L, f'chiếm {p_nct}% dân số', 21935, pop, p_nct, 'c')
    d.share(L, f'chiếm {p_nct2}%.', 15207, 21935, p_nct2, 'c')
    d.add('4. Công tác bảo hiểm y tế')
    p_bh = P(bh, pop)
    vuot = fmt(parse(p_bh) - parse('93,5'), 2)
    pts_bh = RT(parse(p_bh) - parse('92,61'), 1)
    p_hgd = P(42749, bh)
    assert sum(groups) == bh
    L = d.add(f'Đến ngày 31/12/2024, toàn huyện có {N(bh)} người tham gia BHYT, đạt tỷ lệ bao phủ {p_bh}% dân số, vượt {vuot}% so với chỉ tiêu Nghị quyết Hội đồng nhân dân huyện giao (93,5%); so với năm 2023 ({N(bh23)} người, tỷ lệ 92,61%), tăng {N(bh - bh23)} người, tỷ lệ bao phủ tăng {pts_bh}%. Phân theo nhóm đối tượng, tổng số {N(bh)} người tham gia được chia ra: nhóm do người lao động và người sử dụng lao động đóng {N(21874)} người; nhóm do tổ chức bảo hiểm xã hội đóng {N(3905)} người; nhóm do ngân sách nhà nước đóng {N(62318)} người; nhóm được ngân sách nhà nước hỗ trợ mức đóng {N(27460)} người (trong đó học sinh, sinh viên {N(14226)} người, người thuộc hộ cận nghèo {N(2031)} người); nhóm tham gia theo hình thức hộ gia đình {N(42749)} người, chiếm {p_hgd}%.')
    d.amb(L, f'có {N(bh)} người tham gia BHYT', 'repeat',
          'line %d gives 157.912 participants without a date; here 158.306 at 31/12/2024: may be an earlier cut-off date or a conflict' % L_intro, fig=N(bh))
    d.share(L, f'bao phủ {p_bh}% dân số', bh, pop, p_bh, 'c')
    d.points(L, f'vượt {vuot}%', p_bh, '93,5', vuot, 'tăng', 'c', what='above the 93,5% target')
    d.amb(L, 'tỷ lệ 92,61%', 'share', '2023 rate: the 2023 population is not stated (155.102 / 168.420 = 92,09% uses the 2024 population)', fig='92,61')
    d.diff(L, f'tăng {N(bh - bh23)} người', bh, bh23, N(bh - bh23), 'tăng', 'c')
    d.points(L, f'tỷ lệ bao phủ tăng {pts_bh}%', p_bh, '92,61', pts_bh, 'tăng', 'r', what='1,38 truncated to 1,3')
    d.sum(L, f'tổng số {N(bh)} người tham gia', groups, N(bh), 'c')
    d.subset(L, f'học sinh, sinh viên {N(14226)} người', N(14226), 27460, 'c')
    d.subset(L, f'hộ cận nghèo {N(2031)} người', N(2031), 27460, 'c')
    d.share(L, f'chiếm {p_hgd}%', 42749, bh, p_hgd, 'c')
    d.add('5. Công tác an toàn thực phẩm')
    p_at = P(387, 412)
    L = d.add(f'Thành lập 03 đoàn kiểm tra liên ngành về an toàn thực phẩm (Quyết định số 215/QĐ-UBND ngày 08/4/2024 và Quyết định số 612/QĐ-UBND ngày 19/8/2024); kiểm tra 412 lượt cơ sở sản xuất, kinh doanh thực phẩm, dịch vụ ăn uống, trong đó 387 lượt cơ sở đạt yêu cầu, chiếm {p_at}%; 25 lượt cơ sở vi phạm, đã xử phạt vi phạm hành chính 19 cơ sở với tổng số tiền 68,5 triệu đồng, nhắc nhở, yêu cầu khắc phục 06 cơ sở. Trong năm xảy ra 01 vụ ngộ độc thực phẩm tại xã Tân Hòa với 23 người mắc, không có trường hợp tử vong.')
    d.sum(L, 'kiểm tra 412 lượt cơ sở', [387, 25], '412', 'c')
    d.share(L, f'chiếm {p_at}%', 387, 412, p_at, 'c')
    d.sum(L, '25 lượt cơ sở vi phạm', [19, 6], '25', 'c')
    d.add('6. Công tác vệ sinh môi trường, nước sạch')
    p_lat = P(41238, hh)
    pts_lat = fmt(parse(p_lat) - parse('90,67'), 2)
    p_hv = P(43902, hh, 1)
    L = d.add(f'Tổng số hộ gia đình trên địa bàn là {N(hh)} hộ; số hộ có nhà tiêu hợp vệ sinh {N(41238)} hộ, chiếm {p_lat}%, tăng {pts_lat}% so với năm 2023 (90,67%); số hộ sử dụng nước hợp vệ sinh {N(43902)} hộ, chiếm {p_hv}%, trong đó sử dụng nước sạch đáp ứng quy chuẩn kỹ thuật {N(27905)} hộ, chiếm 65,25%. Khối lượng chất thải rắn y tế nguy hại được thu gom, xử lý trong năm 18,6 tấn, tăng 1,9 tấn so với năm 2023 (16,7 tấn); 14/14 trạm y tế và Trung tâm Y tế huyện có khu lưu giữ chất thải đạt yêu cầu.')
    d.repeat(L, f'là {N(hh)} hộ', N(hh), N(hh), 'c', first_line=L_intro)
    d.share(L, f'chiếm {p_lat}%', 41238, hh, p_lat, 'c')
    d.points(L, f'tăng {pts_lat}%', p_lat, '90,67', pts_lat, 'tăng', 'c')
    d.share(L, f'chiếm {p_hv}%', 43902, hh, p_hv, 'c')
    d.share(L, 'chiếm 65,25%', 27905, hh, '65,25', 'i', what='digits 2 and 5 swapped')
    d.diff(L, 'tăng 1,9 tấn', '18,6', '16,7', '1,9', 'tăng', 'c', unit=' tấn')
    d.frac(L, '14/14 trạm y tế và', '14', '14', 'c', whole=14)
    d.add('III. ĐÁNH GIÁ CHUNG')
    p1214 = P(12, 14)
    L = d.add(f'Năm 2024, ngành y tế huyện thực hiện đạt và vượt 10/12 chỉ tiêu chủ yếu được giao, 02 chỉ tiêu chưa đạt là tỷ lệ hộ sử dụng nước sạch đáp ứng quy chuẩn và tỷ số giới tính khi sinh. Số trẻ sinh ra giảm còn 2.247 trẻ; tỷ lệ bao phủ BHYT đạt {p_bh}%; có 12/14 xã, thị trấn đạt Bộ tiêu chí quốc gia về y tế xã giai đoạn đến năm 2030, chiếm {p1214}%; công tác tiêm chủng mở rộng, an toàn thực phẩm được duy trì; không để dịch bệnh lớn xảy ra trên địa bàn.')
    d.sum(L, '10/12 chỉ tiêu chủ yếu', [10, 2], '12', 'c')
    d.repeat(L, 'còn 2.247 trẻ', N(births), '2.247', 'i', first_line=L_b)
    d.repeat(L, f'tỷ lệ bao phủ BHYT đạt {p_bh}%', p_bh, p_bh, 'c')
    d.frac(L, f'12/14 xã, thị trấn đạt Bộ tiêu chí quốc gia về y tế xã giai đoạn đến năm 2030, chiếm {p1214}%', '12', '14', 'c', stated=p1214, whole=14)
    L = d.add(f'Bên cạnh kết quả đạt được, công tác y tế, dân số vẫn còn một số hạn chế: tỷ số giới tính khi sinh còn ở mức cao ({srb} bé trai/100 bé gái); tỷ lệ hộ sử dụng nước sạch đáp ứng quy chuẩn còn thấp so với bình quân chung của tỉnh; nhân lực bác sĩ tuyến xã chưa ổn định; việc triển khai hồ sơ sức khỏe điện tử, thanh toán không dùng tiền mặt trong khám, chữa bệnh còn chậm; một số trạm y tế xuống cấp nhưng chưa được bố trí kinh phí sửa chữa. Nguyên nhân chủ yếu do nguồn lực đầu tư còn hạn chế, chế độ đãi ngộ chưa đủ sức thu hút bác sĩ về công tác tại tuyến xã, nhận thức của một bộ phận người dân về dân số và phát triển chưa đầy đủ.')
    d.repeat(L, f'({srb} bé trai/100 bé gái)', srb, srb, 'c', first_line=L_b)
    d.add('IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025')
    pts25 = fmt(parse('94,5') - parse(p_bh), 2)
    bs25 = R(F(64 * 10000, pop), 1)
    L = d.add(f'Phấn đấu năm 2025: tỷ lệ bao phủ BHYT đạt 94,5% dân số trở lên (tăng {pts25}% so với năm 2024); tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt trên 95%; tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi giảm còn dưới 13,8%; tỷ lệ hộ sử dụng nước sạch đáp ứng quy chuẩn đạt 65%; tuyển dụng mới 06 bác sĩ, nâng tổng số bác sĩ lên 64 người (đạt {bs25} bác sĩ/vạn dân); duy trì 12/14 xã, thị trấn đạt Bộ tiêu chí quốc gia về y tế xã và phấn đấu thêm 01 xã đạt chuẩn.')
    d.points(L, f'tăng {pts25}% so với năm 2024', '94,5', p_bh, pts25, 'tăng', 'c')
    d.frac(L, 'duy trì 12/14 xã', '12', '14', 'c', whole=14)
    d.sum(L, 'tổng số bác sĩ lên 64 người', [58, 6], '64', 'c')
    d.ratio(L, f'{bs25} bác sĩ/vạn dân', 64, pop, bs25, 'c', mult=10000, unit=' bác sĩ/vạn dân',
            what='on the 2024 population')
    d.add('Các nhiệm vụ, giải pháp trọng tâm: (1) tăng cường công tác truyền thông, vận động người dân tham gia BHYT, nhất là nhóm hộ gia đình, học sinh, sinh viên; (2) tổ chức tiêm chủng đầy đủ, đúng lịch, không để xảy ra tình trạng thiếu vắc xin; (3) chủ động giám sát, phát hiện sớm và xử lý kịp thời các ổ dịch; (4) đẩy mạnh chuyển đổi số trong khám, chữa bệnh, triển khai bệnh án điện tử tại Trung tâm Y tế huyện; (5) thực hiện các giải pháp kiểm soát mất cân bằng giới tính khi sinh; (6) tham mưu bố trí kinh phí sửa chữa 03 trạm y tế xuống cấp (Tân Hòa, Phú Lợi, Mỹ Thạnh) với tổng kinh phí dự kiến ... triệu đồng.')
    d.add('Trên đây là báo cáo kết quả thực hiện công tác y tế, dân số năm 2024 và phương hướng, nhiệm vụ năm 2025 của Ủy ban nhân dân huyện Thạnh An./.')
    for t in ['Nơi nhận:', '- Sở Y tế tỉnh;', '- TT. Huyện ủy, TT. HĐND huyện;', '- CT, các PCT UBND huyện;',
              '- Trung tâm Y tế huyện;', '- UBND các xã, thị trấn;', '- Lưu: VT, PYT.',
              'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']:
        d.add(t)
    return d


# ====================================================================== p6-02
def d2():
    d = Draft('p6-02-tai-nguyen-moi-truong-tinh')
    T = parse('402.763,5')
    agri, nonag, unused = parse('318.406,2'), parse('79.812,4'), parse('4.544,9')
    for t in ['ỦY BAN NHÂN DÂN TỈNH HẬU AN', 'SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG', 'Số:       /BC-STNMT',
              'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc',
              'Hậu An, ngày ... tháng 12 năm 2024', '', 'BÁO CÁO',
              'Tình hình thực hiện nhiệm vụ ngành tài nguyên và môi trường năm 2024 và kế hoạch năm 2025',
              'Kính gửi: Ủy ban nhân dân tỉnh Hậu An.']:
        d.add(t)
    d.add('Thực hiện Công văn số 5126/UBND-TH ngày 02/12/2024 của Ủy ban nhân dân tỉnh về việc báo cáo tình hình thực hiện nhiệm vụ năm 2024, xây dựng kế hoạch năm 2025, Sở Tài nguyên và Môi trường báo cáo như sau:')
    d.add('Năm 2024 là năm đầu tiên triển khai thi hành Luật Đất đai năm 2024 (có hiệu lực từ ngày 01/8/2024) cùng hệ thống nghị định, thông tư hướng dẫn; khối lượng văn bản quy định chi tiết thuộc thẩm quyền của tỉnh lớn, thời gian chuẩn bị ngắn. Sở đã chủ động tham mưu Ủy ban nhân dân tỉnh ban hành 14 quyết định quy định chi tiết (hạn mức giao đất, điều kiện tách thửa, hợp thửa, bảng giá đất điều chỉnh...), kịp thời tháo gỡ vướng mắc cho người dân, doanh nghiệp và các địa phương.')
    d.add('I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024')
    d.add('1. Công tác quản lý đất đai')
    d.add('a) Hiện trạng sử dụng đất')
    s_ag = PT(agri, T)
    s_na, s_un = P(nonag, T), P(unused, T)
    L = d.add(f'Theo kết quả thống kê đất đai năm 2023 (công bố tại Quyết định số 1142/QĐ-UBND ngày 28/6/2024), tổng diện tích tự nhiên toàn tỉnh là 402.763,5 ha, gồm: đất nông nghiệp 318.406,2 ha, chiếm {s_ag}%; đất phi nông nghiệp 79.812,4 ha, chiếm {s_na}%; đất chưa sử dụng 4.544,9 ha, chiếm {s_un}%. Tỉnh có 09 đơn vị hành chính cấp huyện (07 huyện, 01 thị xã, 01 thành phố) với 107 xã, phường, thị trấn.')
    d.sum(L, 'tổng diện tích tự nhiên toàn tỉnh là 402.763,5 ha', [agri, nonag, unused], '402.763,5', 'c', unit=' ha')
    d.share(L, f'chiếm {s_ag}%', agri, T, s_ag, 'r')
    d.share(L, f'chiếm {s_na}%', nonag, T, s_na, 'c')
    d.share(L, f'chiếm {s_un}%', unused, T, s_un, 'c')
    d.sum(L, '09 đơn vị hành chính cấp huyện', [7, 1, 1], '09', 'c')
    d.add('b) Giao đất, cho thuê đất, chuyển mục đích sử dụng đất, thu hồi đất')
    ha = [parse('412,18'), parse('736,45'), parse('135,93')]
    r_qd = R(F(25 * 100, 121), 2)
    L = d.add(f'Trong năm, Sở đã thẩm định, trình Ủy ban nhân dân tỉnh ban hành 146 quyết định giao đất, cho thuê đất, cho phép chuyển mục đích sử dụng đất với tổng diện tích 1.248,56 ha, gồm: giao đất 58 quyết định (412,18 ha), cho thuê đất 64 quyết định (736,45 ha), cho phép chuyển mục đích sử dụng đất 24 quyết định (135,93 ha). So với năm 2023 (121 quyết định), số quyết định tăng 25 quyết định, tương ứng tăng {r_qd}%.')
    d.sum(L, 'ban hành 146 quyết định', [58, 64, 24], '146', 'c')
    d.sum(L, 'tổng diện tích 1.248,56 ha', ha, '1.248,56', 'i', unit=' ha', what='likely transposition of 1.284,56')
    d.diff(L, 'tăng 25 quyết định', 146, 121, '25', 'tăng', 'c')
    d.rel(L, f'tăng {r_qd}%', 146, 121, r_qd, 'c')
    p_bt = P(parse('612,84'), parse('682,3'))
    L = d.add(f'Thu hồi 327,4 ha đất để thực hiện 41 dự án, công trình, ảnh hưởng đến 1.108 hộ gia đình, cá nhân và 12 tổ chức; trong đó 386 hộ bị thu hồi đất ở, 754 hộ bị thu hồi đất sản xuất nông nghiệp. Tổng kinh phí bồi thường, hỗ trợ, tái định cư đã chi trả 612,84 tỷ đồng/682,3 tỷ đồng phải chi trả, đạt {p_bt}%; bình quân mỗi hộ được bồi thường, hỗ trợ khoảng 553 triệu đồng.')
    d.amb(L, 'ảnh hưởng đến 1.108 hộ', 'sum',
          '386 + 754 = 1.140 > 1.108: a household may lose both residential and farm land, so the two groups may overlap; cannot tell', fig='1.108')
    d.frac(L, f'612,84 tỷ đồng/682,3 tỷ đồng phải chi trả, đạt {p_bt}%', '612,84', '682,3', 'c', stated=p_bt)
    d.amb(L, 'khoảng 553 triệu đồng', 'ratio',
          '612.840 / 1.108 = 553,1 million per household, but the payment also went to 12 organisations and "khoảng" is approximate: base unclear', fig='553')
    d.add('c) Cấp giấy chứng nhận quyền sử dụng đất; đăng ký biến động đất đai')
    r_gcn = P(18652, 18000)
    p_ld = PT(4215, 4398)
    p_lk = P(612408, 632517)
    L_gcn = d.add(f'Toàn tỉnh cấp {N(18652)} giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất (GCN), đạt {r_gcn}% kế hoạch năm (18.000 GCN); trong đó cấp lần đầu {N(4215)} GCN, cấp đổi, cấp lại {N(14437)} GCN. Riêng cấp lần đầu đã giải quyết {N(4215)}/{N(4398)} hồ sơ đủ điều kiện, đạt {p_ld}%. Lũy kế đến 31/12/2024, toàn tỉnh đã cấp GCN lần đầu cho {N(612408)} thửa/{N(632517)} thửa đủ điều kiện, đạt {p_lk}%.')
    d.ratio(L_gcn, f'{r_gcn}% kế hoạch', 18652, 18000, r_gcn, 'c')
    d.sum(L_gcn, f'Toàn tỉnh cấp {N(18652)} giấy chứng nhận', [4215, 14437], N(18652), 'c')
    d.frac(L_gcn, f'{N(4215)}/{N(4398)} hồ sơ đủ điều kiện, đạt {p_ld}%', N(4215), N(4398), 'r', stated=p_ld)
    d.frac(L_gcn, f'{N(612408)} thửa/{N(632517)} thửa đủ điều kiện, đạt {p_lk}%', N(612408), N(632517), 'c', stated=p_lk)
    p_ht = P(51874, 52306)
    p_dh = P(51205, 51874)
    L = d.add(f'Văn phòng Đăng ký đất đai và các chi nhánh tiếp nhận {N(52306)} hồ sơ đăng ký biến động, đã giải quyết {N(51874)} hồ sơ (đúng hạn {N(51205)} hồ sơ, quá hạn 669 hồ sơ), đạt 99,71% số hồ sơ tiếp nhận; tỷ lệ giải quyết đúng hạn chiếm {p_dh}% số hồ sơ đã giải quyết; số hồ sơ đang giải quyết, chưa đến hạn trả kết quả 432 hồ sơ. Tỷ lệ hồ sơ tiếp nhận và trả kết quả trực tuyến toàn trình đạt 38,6%.')
    d.sum(L, f'tiếp nhận {N(52306)} hồ sơ', [51874, 432], N(52306), 'c')
    d.sum(L, f'đã giải quyết {N(51874)} hồ sơ', [51205, 669], N(51874), 'c')
    d.share(L, 'đạt 99,71% số hồ sơ tiếp nhận', 51874, 52306, '99,71', 'i', what='digits 1 and 7 swapped')
    d.share(L, f'chiếm {p_dh}%', 51205, 51874, p_dh, 'c')
    d.add('d) Tài chính về đất đai')
    tsd, ttd, pnn = parse('1.846,72'), parse('312,48'), parse('24,15')
    r_dt = RT(tsd / 2400 * 100, 2)
    r_ck = R(tsd / parse('2.190,6') * 100, 1)
    gi = fmt(parse('2.190,6') - tsd, 2)
    L = d.add(f'Tổng thu ngân sách từ đất đai năm 2024 ước đạt 2.183,35 tỷ đồng, gồm: tiền sử dụng đất 1.846,72 tỷ đồng, tiền thuê đất 312,48 tỷ đồng, thuế sử dụng đất phi nông nghiệp 24,15 tỷ đồng. Trong đó, thu tiền sử dụng đất đạt {r_dt}% dự toán Hội đồng nhân dân tỉnh giao (2.400 tỷ đồng), bằng {r_ck}% so với cùng kỳ năm 2023 (2.190,6 tỷ đồng), giảm {gi} tỷ đồng; nguyên nhân chủ yếu do thị trường bất động sản trầm lắng, một số dự án đấu giá quyền sử dụng đất chưa tổ chức được.')
    d.sum(L, 'ước đạt 2.183,35 tỷ đồng', [tsd, ttd, pnn], '2.183,35', 'c', unit=' tỷ đồng')
    d.ratio(L, f'{r_dt}% dự toán', tsd, 2400, r_dt, 'r')
    d.ratio(L, f'bằng {r_ck}% so với cùng kỳ', tsd, parse('2.190,6'), r_ck, 'c')
    d.diff(L, f'giảm {gi} tỷ đồng', tsd, parse('2.190,6'), gi, 'giảm', 'c', unit=' tỷ đồng')
    d.add('2. Công tác bảo vệ môi trường')
    p_tg = P(1014, 1126)
    p_dt, p_nt = P(479, 487), P(535, 639)
    pts_dt = fmt(parse(p_dt) - parse('97,16'), 1)
    pts_nt = fmt(parse(p_nt) - parse('78,87'), 2)
    L = d.add(f'Khối lượng chất thải rắn sinh hoạt phát sinh trên địa bàn tỉnh khoảng 1.126 tấn/ngày (khu vực đô thị 487 tấn/ngày, khu vực nông thôn 639 tấn/ngày); khối lượng được thu gom, xử lý 1.014 tấn/ngày, đạt tỷ lệ {p_tg}%, tăng 95 tấn/ngày so với năm 2023 (955 tấn/ngày). Trong đó, khu vực đô thị thu gom 479 tấn/ngày, đạt {p_dt}%, tăng {pts_dt}% so với năm 2023 (97,16%); khu vực nông thôn thu gom 535 tấn/ngày, đạt {p_nt}%, tăng {pts_nt}% so với năm 2023 (78,87%). Chất thải rắn sinh hoạt sau thu gom được xử lý bằng phương pháp chôn lấp hợp vệ sinh 58,3%, đốt 31,6%, làm phân hữu cơ (compost) 12,1%.')
    d.sum(L, 'khoảng 1.126 tấn/ngày', [487, 639], '1.126', 'c')
    d.sum(L, 'được thu gom, xử lý 1.014 tấn/ngày', [479, 535], '1.014', 'c')
    d.share(L, f'đạt tỷ lệ {p_tg}%', 1014, 1126, p_tg, 'c')
    d.diff(L, 'tăng 95 tấn/ngày', 1014, 955, '95', 'tăng', 'i', unit=' tấn/ngày', what='digits of 59 swapped')
    d.share(L, f'đạt {p_dt}%', 479, 487, p_dt, 'c')
    d.points(L, f'tăng {pts_dt}% so với năm 2023 (97,16%)', p_dt, '97,16', pts_dt, 'tăng', 'c')
    d.share(L, f'đạt {p_nt}%', 535, 639, p_nt, 'c')
    d.points(L, f'tăng {pts_nt}% so với năm 2023 (78,87%)', p_nt, '78,87', pts_nt, 'tăng', 'c')
    d.sum100(L, 'compost) 12,1%', ['58,3', '31,6', '12,1'], '12,1', 'i')
    L = d.add('Công tác thẩm định hồ sơ môi trường: thẩm định 27 báo cáo đánh giá tác động môi trường; cấp 64 giấy phép môi trường (thẩm quyền Ủy ban nhân dân tỉnh 38 giấy phép, thẩm quyền Ủy ban nhân dân cấp huyện 26 giấy phép). Quan trắc môi trường định kỳ tại 126 vị trí; 100% khu công nghiệp đang hoạt động (04/04 khu) có hệ thống xử lý nước thải tập trung đạt quy chuẩn. Chất thải rắn công nghiệp thông thường được thu gom, xử lý 312 tấn/ngày, đạt 94,5%.')
    d.sum(L, 'cấp 64 giấy phép môi trường', [38, 26], '64', 'c')
    d.frac(L, '(04/04 khu)', '04', '04', 'c', stated='100', what='written "100% khu công nghiệp"')
    d.amb(L, '312 tấn/ngày, đạt 94,5%', 'share', 'the amount of industrial solid waste generated (the base) is not stated', fig='94,5')
    d.add('3. Công tác quản lý tài nguyên rừng, đa dạng sinh học')
    forest = parse('128.460,7')
    p_cp = P(forest, T, 1)
    g_r = R(F(2346, 1958), 1)
    L = d.add(f'Phối hợp với Sở Nông nghiệp và Phát triển nông thôn theo dõi diễn biến rừng: tổng diện tích đất có rừng toàn tỉnh đến ngày 31/12/2024 là 128.460,7 ha (rừng tự nhiên 74.215,3 ha, rừng trồng 54.245,4 ha), tỷ lệ che phủ rừng đạt {p_cp}%. Diện tích rừng trồng mới tập trung năm 2024 là 2.346 ha, đạt 113,7% kế hoạch (2.000 ha), gấp {g_r} lần năm 2023 (1.958 ha). Xảy ra 14 vụ cháy rừng với tổng diện tích bị thiệt hại 23,6 ha, giảm 05 vụ so với năm 2023 (19 vụ).')
    d.sum(L, 'là 128.460,7 ha', [parse('74.215,3'), parse('54.245,4')], '128.460,7', 'c', unit=' ha')
    d.share(L, f'che phủ rừng đạt {p_cp}%', forest, T, p_cp, 'c', what='base = natural area 402.763,5 ha stated in 1.a')
    d.ratio(L, '113,7% kế hoạch', 2346, 2000, '113,7', 'i', what='digits 7 and 3 swapped')
    d.ratio(L, f'gấp {g_r} lần', 2346, 1958, g_r, 'c', mult=1, unit=' lần')
    d.diff(L, 'giảm 05 vụ', 14, 19, '05', 'giảm', 'c')
    d.add('4. Tài nguyên khoáng sản, tài nguyên nước')
    p_ks = P(parse('41,06'), parse('48,27'))
    L = d.add(f'Cấp mới 09 giấy phép khai thác khoáng sản (06 giấy phép khai thác cát lòng sông, 03 giấy phép khai thác đất san lấp), gia hạn 04 giấy phép; phê duyệt tiền cấp quyền khai thác khoáng sản 48,27 tỷ đồng, đã thu 41,06 tỷ đồng, đạt {p_ks}%. Cấp 22 giấy phép tài nguyên nước (khai thác nước mặt 08, khai thác nước dưới đất 11, xả nước thải vào nguồn nước 03).')
    d.sum(L, '09 giấy phép khai thác khoáng sản', [6, 3], '09', 'c')
    d.share(L, f'đạt {p_ks}%', parse('41,06'), parse('48,27'), p_ks, 'c')
    d.sum(L, '22 giấy phép tài nguyên nước', [8, 11, 3], '22', 'c')
    d.add('5. Công tác thanh tra, kiểm tra, giải quyết khiếu nại, tố cáo')
    p_don = P(79, 86)
    L_tt = d.add(f'Thực hiện 46 cuộc thanh tra, kiểm tra theo Kế hoạch số 3127/KH-STNMT ngày 28/12/2023 (18 cuộc thanh tra, 28 cuộc kiểm tra). Qua thanh tra, kiểm tra, phát hiện và xử phạt vi phạm hành chính 127 trường hợp với tổng số tiền 4,936 tỷ đồng, gồm: lĩnh vực đất đai 58 trường hợp (1,915 tỷ đồng); môi trường 49 trường hợp (2,406 tỷ đồng); khoáng sản 17 trường hợp (0,541 tỷ đồng); tài nguyên nước 03 trường hợp (0,074 tỷ đồng). Tiếp nhận 214 đơn khiếu nại, tố cáo, kiến nghị, phản ánh, trong đó đơn thuộc thẩm quyền 86 đơn; đã giải quyết 79/86 đơn, đạt {p_don}%.')
    d.sum(L_tt, 'Thực hiện 46 cuộc', [18, 28], '46', 'c')
    d.sum(L_tt, 'xử phạt vi phạm hành chính 127 trường hợp', [58, 49, 17, 3], '127', 'c')
    d.sum(L_tt, 'tổng số tiền 4,936 tỷ đồng', ['1,915', '2,406', '0,541', '0,074'], '4,936', 'c', unit=' tỷ đồng')
    d.subset(L_tt, 'thẩm quyền 86 đơn', '86', 214, 'c')
    d.frac(L_tt, f'79/86 đơn, đạt {p_don}%', '79', '86', 'c', stated=p_don)
    d.add('II. ĐÁNH GIÁ CHUNG')
    L = d.add(f'Năm 2024, ngành tài nguyên và môi trường hoàn thành 11/13 chỉ tiêu kế hoạch, 02 chỉ tiêu chưa đạt là thu tiền sử dụng đất và tỷ lệ hồ sơ trực tuyến toàn trình. Một số kết quả nổi bật: (số liệu đến ngày 15/12/2024) toàn tỉnh cấp 18.265 GCN; qua thanh tra, kiểm tra xử phạt 127 trường hợp với số tiền 4,963 tỷ đồng; tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom đạt {p_dt}%; tỷ lệ che phủ rừng đạt {p_cp}%.')
    d.sum(L, '11/13 chỉ tiêu', [11, 2], '13', 'c')
    d.amb(L, 'cấp 18.265 GCN', 'repeat',
          'line %d gives 18.652 GCN for the year; this mention is dated 15/12/2024, so it may be an earlier cut-off (or a transposition)' % L_gcn, fig='18.265')
    d.repeat(L, 'xử phạt 127 trường hợp', '127', '127', 'c', first_line=L_tt)
    d.repeat(L, 'số tiền 4,963 tỷ đồng', '4,936', '4,963', 'i', first_line=L_tt, unit=' tỷ đồng')
    d.repeat(L, f'thu gom đạt {p_dt}%', p_dt, p_dt, 'c')
    d.repeat(L, f'che phủ rừng đạt {p_cp}%.', p_cp, p_cp, 'c')
    L = d.add('Bên cạnh đó, công tác quản lý nhà nước về tài nguyên và môi trường còn một số hạn chế: việc xây dựng, cập nhật cơ sở dữ liệu đất đai chưa hoàn thành theo kế hoạch (mới hoàn thành 05/09 huyện, thị xã, thành phố); tình trạng lấn chiếm, sử dụng đất sai mục đích, khai thác cát trái phép trên các tuyến sông còn xảy ra; một số bãi chôn lấp chất thải rắn quá tải, chưa bảo đảm vệ sinh môi trường; nguồn thu từ đất chưa đạt dự toán. Nguyên nhân chủ yếu do hệ thống văn bản hướng dẫn Luật Đất đai năm 2024 ban hành chậm, biên chế cấp huyện, cấp xã làm công tác địa chính còn thiếu, kinh phí đầu tư cho xử lý chất thải rắn hạn chế.')
    d.frac(L, '05/09 huyện, thị xã, thành phố', '05', '09', 'c', whole=9, what='9 district-level units stated in 1.a')
    d.add('III. KẾ HOẠCH NĂM 2025')
    pts_25 = fmt(parse('86') - parse(p_nt), 2)
    L = d.add(f'Phấn đấu cấp 19.000 GCN (tăng {N(19000 - 18652)} GCN so với năm 2024); tỷ lệ thu gom, xử lý chất thải rắn sinh hoạt khu vực nông thôn đạt 86% (tăng {pts_25}% so với năm 2024); tỷ lệ che phủ rừng đạt 32%; hoàn thành xây dựng cơ sở dữ liệu đất đai cho 04 huyện còn lại; tổ chức đấu giá quyền sử dụng đất các khu đất công, phấn đấu thu tiền sử dụng đất đạt ... tỷ đồng. Thông tin liên hệ: Văn phòng Sở, điện thoại 0290.3826.457.')
    d.diff(L, f'tăng {N(19000 - 18652)} GCN', 19000, 18652, N(19000 - 18652), 'tăng', 'c')
    d.points(L, f'tăng {pts_25}% so với năm 2024', '86', p_nt, pts_25, 'tăng', 'c')
    d.add('Giải pháp chủ yếu: (1) tiếp tục rà soát, tham mưu ban hành đầy đủ các văn bản quy định chi tiết Luật Đất đai năm 2024 thuộc thẩm quyền của tỉnh; (2) đẩy nhanh tiến độ đo đạc, chỉnh lý bản đồ địa chính, xây dựng cơ sở dữ liệu đất đai, kết nối với Cổng dịch vụ công quốc gia; (3) phối hợp các sở, ngành, Ủy ban nhân dân cấp huyện tháo gỡ vướng mắc trong bồi thường, giải phóng mặt bằng các dự án trọng điểm; (4) tăng cường kiểm tra, xử lý vi phạm trong khai thác cát lòng sông, xả thải; (5) kêu gọi đầu tư nhà máy xử lý chất thải rắn sinh hoạt tập trung công nghệ đốt phát điện, giảm tỷ lệ chôn lấp.')
    d.add('Trên đây là báo cáo tình hình thực hiện nhiệm vụ năm 2024 và kế hoạch năm 2025 của Sở Tài nguyên và Môi trường, kính trình Ủy ban nhân dân tỉnh xem xét, chỉ đạo./.')
    for t in ['Nơi nhận:', '- Như trên;', '- Bộ Tài nguyên và Môi trường (b/c);', '- Giám đốc, các PGĐ Sở;',
              '- Lưu: VT, VP.', 'GIÁM ĐỐC']:
        d.add(t)
    return d


# ====================================================================== p6-03
def d3():
    d = Draft('p6-03-van-hoa-the-thao-du-lich-huyen')
    pop, hh = 146080, 38472
    reg, gdvh, gdvh23 = 37105, 35318, 34870
    vis, vis23, vplan, intl = 486250, 410700, 450000, 12640
    stay, stay23 = 73915, 58620
    rev = ['62,48', '98,35', '21,14', '36,65']
    for t in ['ỦY BAN NHÂN DÂN HUYỆN TÂN LẬP', 'PHÒNG VĂN HÓA VÀ THÔNG TIN', 'Số: 214/BC-VHTT',
              'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc',
              'Tân Lập, ngày 10 tháng 12 năm 2024', '', 'BÁO CÁO',
              'Tổng kết công tác văn hóa, thể thao và du lịch năm 2024; phương hướng, nhiệm vụ năm 2025']:
        d.add(t)
    d.add('Căn cứ Kế hoạch số 36/KH-UBND ngày 05/02/2024 của Ủy ban nhân dân huyện về thực hiện nhiệm vụ văn hóa, thể thao và du lịch năm 2024; Hướng dẫn số 1520/HD-SVHTTDL ngày 18/10/2024 của Sở Văn hóa, Thể thao và Du lịch về việc tổng kết năm 2024, Phòng Văn hóa và Thông tin huyện báo cáo kết quả như sau:')
    d.add('I. ĐẶC ĐIỂM TÌNH HÌNH')
    L_i = d.add(f'Huyện Tân Lập có 11 đơn vị hành chính cấp xã (10 xã, 01 thị trấn), 92 ấp, khu phố (gồm 78 ấp, 14 khu phố), dân số {N(pop)} người với {N(hh)} hộ; trên địa bàn có 14 di tích được xếp hạng (03 di tích cấp quốc gia, 11 di tích cấp tỉnh), 02 điểm du lịch được công nhận và 01 khu du lịch sinh thái cộng đồng. Năm 2024, kinh tế - xã hội của huyện tiếp tục phát triển, đời sống vật chất, tinh thần của Nhân dân từng bước được nâng lên; tuy nhiên nguồn lực đầu tư cho thiết chế văn hóa, thể thao cơ sở còn hạn chế, sản phẩm du lịch chưa đa dạng.')
    d.sum(L_i, '11 đơn vị hành chính cấp xã', [10, 1], '11', 'c')
    d.sum(L_i, '92 ấp, khu phố (gồm 78 ấp, 14 khu phố)', [78, 14], '92', 'c')
    d.sum(L_i, '14 di tích được xếp hạng', [3, 11], '14', 'c')
    d.add('II. KẾT QUẢ THỰC HIỆN')
    d.add('1. Phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”')
    p_reg, p_gd, p_gd2 = P(reg, hh), P(gdvh, hh), P(gdvh, reg)
    p_ap = P(86, 92)
    L_g = d.add(f'Năm 2024 có {N(reg)}/{N(hh)} hộ đăng ký xây dựng gia đình văn hóa, đạt {p_reg}%; kết quả bình xét có {N(gdvh)} hộ đạt danh hiệu “Gia đình văn hóa”, chiếm {p_gd}% tổng số hộ và bằng {p_gd2}% số hộ đăng ký, tăng 484 hộ so với năm 2023 ({N(gdvh23)} hộ); trong đó hộ đạt danh hiệu 03 năm liền {N(24586)} hộ. Có 86/92 ấp, khu phố được công nhận danh hiệu “Ấp văn hóa”, “Khu phố văn hóa”, đạt {p_ap}%; 09/10 xã giữ vững danh hiệu “Xã đạt chuẩn văn hóa nông thôn mới”; 01/01 thị trấn đạt chuẩn văn minh đô thị. Cơ quan, đơn vị, doanh nghiệp đăng ký xây dựng đạt chuẩn văn hóa 142 đơn vị, có 136 đơn vị đạt chuẩn, chiếm 97,55%, 06 đơn vị chưa đạt.')
    d.frac(L_g, f'{N(reg)}/{N(hh)} hộ đăng ký xây dựng gia đình văn hóa, đạt {p_reg}%', N(reg), N(hh), 'c', stated=p_reg)
    d.share(L_g, f'chiếm {p_gd}% tổng số hộ', gdvh, hh, p_gd, 'c')
    d.share(L_g, f'bằng {p_gd2}% số hộ đăng ký', gdvh, reg, p_gd2, 'c')
    d.diff(L_g, 'tăng 484 hộ', gdvh, gdvh23, '484', 'tăng', 'i', what='digits 4 and 8 swapped')
    d.subset(L_g, f'03 năm liền {N(24586)} hộ', N(24586), gdvh, 'c')
    d.frac(L_g, f'86/92 ấp, khu phố được công nhận danh hiệu “Ấp văn hóa”, “Khu phố văn hóa”, đạt {p_ap}%', '86', '92', 'c', stated=p_ap, whole=92)
    d.frac(L_g, '09/10 xã giữ vững', '09', '10', 'c', whole=10)
    d.frac(L_g, '01/01 thị trấn', '01', '01', 'c', whole=1)
    d.sum(L_g, 'chuẩn văn hóa 142 đơn vị', [136, 6], '142', 'c')
    d.share(L_g, 'chiếm 97,55%', 136, 142, '97,55', 'i', what='digits swapped (95,77)')
    p_tp = P(2874, 2990)
    p_ph = P(1712, 2029)
    L = d.add(f'Tỷ lệ hộ đạt danh hiệu “Gia đình văn hóa” giữa các xã, thị trấn còn chênh lệch: cao nhất là xã Tân Phú {p_tp}% (2.874/2.990 hộ), thấp nhất là xã Phước Hậu {p_ph}% (1.712/2.029 hộ). Về thiết chế văn hóa, thể thao cơ sở: 11/11 xã, thị trấn có trung tâm văn hóa - thể thao; 89/94 ấp, khu phố có nhà văn hóa hoặc điểm sinh hoạt văn hóa cộng đồng. Tổng kinh phí tổ chức các hoạt động văn hóa, lễ hội trong năm 3,86 tỷ đồng, gồm ngân sách nhà nước 2,615 tỷ đồng và nguồn xã hội hóa 1.245 tỷ đồng.')
    d.frac(L, f'{p_tp}% (2.874/2.990 hộ)', '2.874', '2.990', 'c', stated=p_tp)
    d.frac(L, f'{p_ph}% (1.712/2.029 hộ)', '1.712', '2.029', 'c', stated=p_ph)
    d.frac(L, '11/11 xã, thị trấn có trung tâm', '11', '11', 'c', whole=11)
    d.frac(L, '89/94 ấp, khu phố', '89', '94', 'i', whole=92, what='the district has 92 ấp, khu phố (line %d)' % L_i)
    d.amb(L, 'trong năm 3,86 tỷ đồng', 'sum',
          '"1.245 tỷ đồng" mixes separators: read as 1,245 tỷ the parts make 2,615 + 1,245 = 3,86; read as 1.245 tỷ they do not; cannot be parsed safely', fig='3,86')
    d.add('2. Hoạt động lễ hội, văn nghệ quần chúng')
    per_show = R(F(23600, 46), 0)
    L = d.add(f'Trong năm, trên địa bàn huyện diễn ra 24 lễ hội, gồm: 03 lễ hội văn hóa dân gian, 14 lễ hội tín ngưỡng, 05 lễ hội tôn giáo và 02 lễ hội văn hóa - du lịch; các lễ hội được tổ chức trang trọng, tiết kiệm, đúng quy định tại Nghị định số 110/2018/NĐ-CP ngày 29/8/2018 của Chính phủ. Lễ hội Kỳ Yên đình Tân Phú (từ ngày 14 đến ngày 16/3 âm lịch) thu hút khoảng 12.000 lượt người tham dự; bình quân mỗi lễ hội thu hút 8.500 lượt khách tham quan. Tổ chức 46 buổi biểu diễn văn nghệ, chiếu phim lưu động phục vụ khoảng 23.600 lượt người xem, bình quân {per_show} lượt người/buổi.')
    d.sum(L, 'diễn ra 24 lễ hội', [3, 14, 5, 2], '24', 'c')
    d.amb(L, 'thu hút 8.500 lượt khách', 'ratio',
          'which visitors are averaged over the 24 festivals is not stated: 214.300 (section 3) also counts relic-site visits, 214.300 / 24 = 8.929', fig='8.500')
    d.ratio(L, f'bình quân {per_show} lượt người/buổi', 23600, 46, per_show, 'c', mult=1, unit=' lượt người/buổi')
    p_dt2 = P(126480, 214300)
    L = d.add(f'Công tác bảo tồn, phát huy giá trị di sản văn hóa được quan tâm: tu bổ, tôn tạo 03 di tích với tổng kinh phí 2,74 tỷ đồng (ngân sách tỉnh 1,5 tỷ đồng, ngân sách huyện 0,86 tỷ đồng, xã hội hóa 0,38 tỷ đồng); lập hồ sơ đề nghị xếp hạng di tích cấp tỉnh đối với Miếu Bà Chúa Xứ ấp Phú Hòa. Các di tích đã đón 126.480 lượt khách tham quan, chiếm {p_dt2}% số khách tham quan di tích, lễ hội của cả năm. Công tác quản lý nhà nước về dịch vụ văn hóa: kiểm tra 58 lượt cơ sở (karaoke 21 lượt, đại lý internet, trò chơi điện tử 17 lượt, quảng cáo 20 lượt), phát hiện 07 cơ sở vi phạm, xử phạt vi phạm hành chính 42,5 triệu đồng; tháo dỡ 312 băng rôn, bảng quảng cáo treo sai quy định.')
    d.sum(L, 'tổng kinh phí 2,74 tỷ đồng', ['1,5', '0,86', '0,38'], '2,74', 'c', unit=' tỷ đồng')
    d.share(L, f'chiếm {p_dt2}% số khách', 126480, 214300, p_dt2, 'c', what='base 214.300 stated in section 3')
    d.sum(L, 'kiểm tra 58 lượt cơ sở', [21, 17, 20], '58', 'c')
    d.subset(L, 'phát hiện 07 cơ sở vi phạm', '07', 58, 'c')
    d.add('Hoạt động văn nghệ quần chúng tiếp tục phát triển; toàn huyện duy trì 64 câu lạc bộ đờn ca tài tử, 38 đội văn nghệ quần chúng; tổ chức thành công Liên hoan đờn ca tài tử huyện lần thứ VII, tham gia Liên hoan cấp tỉnh đạt 01 giải A, 02 giải B. Phong trào xây dựng gia đình no ấm, tiến bộ, hạnh phúc gắn với thực hiện Bộ tiêu chí ứng xử trong gia đình được triển khai đến 100% ấp, khu phố; nhiều mô hình “Gia đình 5 không, 3 sạch”, “Câu lạc bộ gia đình phát triển bền vững” hoạt động hiệu quả, được nhân rộng.')
    d.add('3. Phát triển du lịch')
    r_vp = RT(F(vis * 100, vplan), 2)
    r_vrel = R(F((vis - vis23) * 100, vis23), 1)
    s_intl = RT(F(intl * 100, vis), 1)
    s_dt = P(214300, vis)
    L_v = d.add(f'Tổng lượt khách du lịch đến huyện năm 2024 ước đạt {N(vis)} lượt, đạt {r_vp}% kế hoạch ({N(vplan)} lượt), tăng {N(vis - vis23)} lượt, tương ứng tăng {r_vrel}% so với năm 2023 ({N(vis23)} lượt); trong đó khách quốc tế {N(intl)} lượt, chiếm {s_intl}%, khách trong nước {N(vis - intl)} lượt. Khách lưu trú {N(stay)} lượt, gấp 1,5 lần năm 2023 ({N(stay23)} lượt). Xét theo mục đích chuyến đi, trong tổng số {N(vis)} lượt khách có: khách tham quan di tích, lễ hội 214.300 lượt, chiếm {s_dt}%; khách du lịch sinh thái, cộng đồng 198.650 lượt; khách nghỉ dưỡng, lưu trú qua đêm {N(stay)} lượt.')
    d.sum(L_v, f'ước đạt {N(vis)} lượt', [intl, vis - intl], N(vis), 'c')
    d.ratio(L_v, f'{r_vp}% kế hoạch', vis, vplan, r_vp, 'r')
    d.diff(L_v, f'tăng {N(vis - vis23)} lượt', vis, vis23, N(vis - vis23), 'tăng', 'c')
    d.rel(L_v, f'tăng {r_vrel}%', vis, vis23, r_vrel, 'c')
    d.share(L_v, f'chiếm {s_intl}%', intl, vis, s_intl, 'r')
    d.ratio(L_v, 'gấp 1,5 lần', stay, stay23, '1,5', 'i', mult=1, unit=' lần')
    d.amb(L_v, f'trong tổng số {N(vis)} lượt khách', 'sum',
          '214.300 + 198.650 + 73.915 = 486.865 > 486.250: a visitor may both visit a festival and stay overnight (purpose and stay overlap); cannot decide', fig=N(vis))
    d.share(L_v, f'chiếm {s_dt}%', 214300, vis, s_dt, 'c')
    rev_f = [parse(x) for x in rev]
    r_rev = R((sum(rev_f) - parse('175,3')) / parse('175,3') * 100, 1)
    spend = R(sum(rev_f) * 10 ** 6 / vis, 1)
    rooms = R(F(612, 37), 1)
    L_r = d.add(f'Tổng thu từ hoạt động du lịch ước đạt 218,62 tỷ đồng, tăng {r_rev}% so với cùng kỳ (175,3 tỷ đồng); gồm: doanh thu lưu trú 62,48 tỷ đồng, ăn uống 98,35 tỷ đồng, lữ hành, vé tham quan 21,14 tỷ đồng, mua sắm và dịch vụ khác 36,65 tỷ đồng. Chi tiêu bình quân {spend} nghìn đồng/lượt khách. Toàn huyện có 37 cơ sở lưu trú du lịch với 612 phòng, gồm: 02 khách sạn 3 sao (148 phòng), 05 khách sạn 1 - 2 sao (176 phòng) và 30 nhà nghỉ, homestay (288 phòng); bình quân {rooms} phòng/cơ sở. Trong năm có thêm 06 cơ sở homestay đi vào hoạt động, nâng tổng số cơ sở homestay lên 19 cơ sở.')
    d.sum(L_r, 'ước đạt 218,62 tỷ đồng', rev_f, '218,62', 'c', unit=' tỷ đồng')
    d.rel(L_r, f'tăng {r_rev}%', sum(rev_f), parse('175,3'), r_rev, 'c')
    d.ratio(L_r, f'{spend} nghìn đồng/lượt khách', sum(rev_f) * 10 ** 6, vis, spend, 'c', mult=1,
            unit=' nghìn đồng/lượt', what='218,62 tỷ = 218.620.000 nghìn đồng')
    d.sum(L_r, '37 cơ sở lưu trú', [2, 5, 30], '37', 'c')
    d.sum(L_r, 'với 612 phòng', [148, 176, 288], '612', 'c')
    d.ratio(L_r, f'{rooms} phòng/cơ sở', 612, 37, rooms, 'c', mult=1, unit=' phòng/cơ sở')
    d.subset(L_r, 'lên 19 cơ sở', '19', 30, 'c', what='homestays are among the 30 nhà nghỉ, homestay')
    d.add('4. Thể dục, thể thao')
    s_tt = RT(F(52840 * 100, pop), 1)
    s_gdtt = P(9214, hh)
    vdv = R(F(4260, 28), 0)
    L = d.add(f'Số người tập luyện thể dục, thể thao thường xuyên {N(52840)} người, đạt {s_tt}% dân số; số gia đình thể thao {N(9214)} gia đình, chiếm {s_gdtt}% tổng số hộ. Tổ chức 28 giải thể thao cấp huyện với {N(4260)} lượt vận động viên tham gia, bình quân {vdv} vận động viên/giải; tham gia 07 giải cấp tỉnh, đạt 43 huy chương (12 huy chương vàng, 13 huy chương bạc, 16 huy chương đồng), xếp thứ 3/9 huyện, thị xã, thành phố. Hiện có 126 câu lạc bộ thể dục, thể thao cơ sở, tăng 11 câu lạc bộ so với năm 2023 (115 câu lạc bộ).')
    d.share(L, f'đạt {s_tt}% dân số', 52840, pop, s_tt, 'r', what='population stated in section I')
    d.share(L, f'chiếm {s_gdtt}% tổng số hộ', 9214, hh, s_gdtt, 'c', what='base 38.472 households stated in section I')
    d.ratio(L, f'bình quân {vdv} vận động viên/giải', 4260, 28, vdv, 'c', mult=1, unit=' vận động viên/giải')
    d.sum(L, 'đạt 43 huy chương', [12, 13, 16], '43', 'i')
    d.diff(L, 'tăng 11 câu lạc bộ', 126, 115, '11', 'tăng', 'c')
    d.add('5. Thông tin cơ sở, thư viện, gia đình')
    r_tv = R(F((18426 - 16967) * 100, 16967), 1)
    p_gn = P(4391, 4826)
    L = d.add(f'Hệ thống truyền thanh cơ sở có 11/11 đài truyền thanh xã, thị trấn ứng dụng công nghệ thông tin - viễn thông; thực hiện {N(1248)} tin, bài, gồm tin, bài phát trên Đài Truyền thanh huyện 864 tin, bài và cộng tác với Báo, Đài tỉnh 384 tin, bài. Thư viện huyện phục vụ {N(18426)} lượt bạn đọc, tăng {r_tv}% so với năm 2023 ({N(16967)} lượt); luân chuyển {N(6300)} bản sách về 11 tủ sách cơ sở. Tổ chức 22 buổi tuyên truyền phòng, chống bạo lực gia đình với {N(1860)} lượt người tham dự; xảy ra 07 vụ bạo lực gia đình, giảm 03 vụ so với năm 2023 (10 vụ). Kinh phí sự nghiệp văn hóa, thể thao và du lịch được giao 4,826 tỷ đồng, đến ngày 30/11/2024 đã giải ngân 4,391 tỷ đồng, đạt {p_gn}%.')
    d.frac(L, '11/11 đài truyền thanh', '11', '11', 'c', whole=11)
    d.sum(L, f'thực hiện {N(1248)} tin, bài', [864, 384], N(1248), 'c')
    d.rel(L, f'tăng {r_tv}%', 18426, 16967, r_tv, 'c')
    d.diff(L, 'giảm 03 vụ', 7, 10, '03', 'giảm', 'c')
    d.share(L, f'đạt {p_gn}%', parse('4,391'), parse('4,826'), p_gn, 'c')
    d.add('III. ĐÁNH GIÁ CHUNG')
    L = d.add(f'Năm 2024, ngành văn hóa, thể thao và du lịch huyện hoàn thành 9/10 chỉ tiêu kế hoạch; lượt khách du lịch đạt {N(vis)} lượt, tổng thu từ du lịch 281,62 tỷ đồng; theo số liệu của Ban Quản lý các điểm du lịch, tổng lượt khách tham quan, du lịch đến các điểm du lịch trên địa bàn đạt 472.600 lượt; số hộ đạt danh hiệu “Gia đình văn hóa” {N(gdvh)} hộ, chiếm {p_gd}%. Phong trào thể dục, thể thao quần chúng phát triển rộng khắp; công tác quản lý nhà nước về lễ hội, dịch vụ văn hóa được tăng cường, không phát sinh điểm nóng.')
    d.repeat(L, f'đạt {N(vis)} lượt', N(vis), N(vis), 'c', first_line=L_v)
    d.repeat(L, 'du lịch 281,62 tỷ đồng', '218,62', '281,62', 'i', first_line=L_r, unit=' tỷ đồng')
    d.amb(L, 'đạt 472.600 lượt', 'repeat',
          'visitors to the tourist sites (472.600, source: site management boards) vs visitors to the district (486.250): different qualifier, may or may not be the same quantity', fig='472.600')
    d.repeat(L, f'“Gia đình văn hóa” {N(gdvh)} hộ', N(gdvh), N(gdvh), 'c', first_line=L_g)
    d.repeat(L, f'chiếm {p_gd}%. Phong trào', p_gd, p_gd, 'c', first_line=L_g)
    d.add('Hạn chế: sản phẩm du lịch còn đơn điệu, chưa có sản phẩm đặc trưng, thời gian lưu trú của khách ngắn; một số nhà văn hóa ấp xuống cấp, hiệu quả sử dụng thấp; việc tổ chức lễ hội ở một vài nơi còn để xảy ra tình trạng buôn bán hàng rong, chèo kéo khách; công tác xã hội hóa nguồn lực cho văn hóa, thể thao chưa tương xứng với tiềm năng. Nguyên nhân chủ yếu do nguồn lực đầu tư hạn chế, đội ngũ làm công tác văn hóa cơ sở kiêm nhiệm nhiều việc, chưa được đào tạo chuyên sâu về du lịch.')
    d.add('IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025')
    r_25 = R(F((520000 - vis) * 100, vis), 2)
    L = d.add(f'Phấn đấu năm 2025: đón 520.000 lượt khách du lịch (tăng {r_25}% so với năm 2024), tổng thu từ du lịch đạt 240 tỷ đồng; tỷ lệ hộ đạt danh hiệu “Gia đình văn hóa” từ 92% trở lên; tỷ lệ người tập luyện thể dục, thể thao thường xuyên đạt 37%; số gia đình thể thao đạt 9.500 gia đình (tăng {9500 - 9214} gia đình so với năm 2024); 100% ấp, khu phố có nhà văn hóa hoặc điểm sinh hoạt văn hóa cộng đồng. Tổ chức thành công Ngày hội Văn hóa - Du lịch huyện lần thứ ... gắn với kỷ niệm 50 năm Ngày giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2025).')
    d.rel(L, f'tăng {r_25}%', 520000, vis, r_25, 'c', what='target 2025 vs 2024')
    d.diff(L, f'tăng {9500 - 9214} gia đình', 9500, 9214, str(9500 - 9214), 'tăng', 'c')
    d.add('Trên đây là báo cáo tổng kết công tác văn hóa, thể thao và du lịch năm 2024 và phương hướng, nhiệm vụ năm 2025 của Phòng Văn hóa và Thông tin huyện./.')
    for t in ['Nơi nhận:', '- Sở VHTT&DL tỉnh;', '- TT. Huyện ủy, TT. HĐND, UBND huyện;', '- Lưu: VT.', 'TRƯỞNG PHÒNG']:
        d.add(t)
    return d


# ====================================================================== p6-04
def d4():
    d = Draft('p6-04-lao-dong-xa-hoi-huyen')
    job, job_plan, job23 = 3126, 3000, 2983
    jparts = [1842, 1146, 138]
    hh, hh0 = 41208, 40975
    ngheo, ngheo0, can, can0 = 812, 1071, 1426, 1535
    btxh = [3912, 2605, 84, 273]
    for t in ['ỦY BAN NHÂN DÂN HUYỆN MỸ LỢI', 'PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', 'Số:       /BC-LĐTBXH',
              'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc',
              'Mỹ Lợi, ngày      tháng 12 năm 2024', '', 'BÁO CÁO',
              'Kết quả thực hiện công tác lao động, người có công và xã hội năm 2024; nhiệm vụ trọng tâm năm 2025']:
        d.add(t)
    d.add('Thực hiện Công văn số 2893/SLĐTBXH-VP ngày 20/11/2024 của Sở Lao động - Thương binh và Xã hội tỉnh về việc báo cáo tổng kết năm 2024 và Chỉ thị số 12/CT-UBND ngày 02/12/2024 của Ủy ban nhân dân huyện, Phòng Lao động - Thương binh và Xã hội huyện báo cáo kết quả thực hiện như sau:')
    d.add('Năm 2024, tình hình kinh tế - xã hội của huyện tiếp tục phục hồi, nhiều doanh nghiệp trong Cụm công nghiệp Mỹ Lợi mở rộng sản xuất, nhu cầu tuyển dụng lao động tăng; tuy nhiên một số doanh nghiệp may mặc, chế biến thủy sản thiếu đơn hàng phải cắt giảm giờ làm, tạm dừng hợp đồng lao động; giá một số mặt hàng nông sản giảm ảnh hưởng đến thu nhập của người dân, nhất là hộ nghèo, hộ cận nghèo. Được sự quan tâm chỉ đạo của Huyện ủy, Ủy ban nhân dân huyện, ngành đã phối hợp các ngành, đoàn thể và Ủy ban nhân dân 11 xã, thị trấn triển khai đồng bộ các giải pháp, hoàn thành cơ bản các chỉ tiêu, nhiệm vụ được giao.')
    d.add('I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU, NHIỆM VỤ')
    d.add('1. Lao động, việc làm, giáo dục nghề nghiệp')
    r_job = P(job, job_plan, 1)
    s_nu = PT(1497, job)
    L_j = d.add(f'- Giải quyết việc làm mới cho {N(job)} lao động, đạt {r_job}% kế hoạch năm ({N(job_plan)} lao động), bằng 106,4% so với năm 2023 ({N(job23)} lao động); chia ra: lao động làm việc trong tỉnh {N(1842)} người, làm việc ngoài tỉnh {N(1146)} người, đi làm việc ở nước ngoài theo hợp đồng 138 người. Lao động nữ {N(1497)} người, chiếm {s_nu}%; thanh niên từ 15 đến 30 tuổi {N(1680)} người; lao động thuộc hộ nghèo, hộ cận nghèo 214 người.')
    d.sum(L_j, f'Giải quyết việc làm mới cho {N(job)} lao động', jparts, N(job), 'c')
    d.ratio(L_j, f'{r_job}% kế hoạch', job, job_plan, r_job, 'c')
    d.ratio(L_j, 'bằng 106,4%', job, job23, '106,4', 'i')
    d.share(L_j, f'chiếm {s_nu}%', 1497, job, s_nu, 'r')
    d.subset(L_j, f'{N(1680)} người', N(1680), job, 'c', what='overlapping dimension (age)')
    d.subset(L_j, 'hộ cận nghèo 214 người', '214', job, 'c')
    r_xk = P(138, 150, 0)
    r_xk23 = R(F(13 * 100, 125), 1)
    s_pgd = P(227, 612)
    L = d.add(f'- Xuất khẩu lao động: 138 lao động đi làm việc ở nước ngoài theo hợp đồng, đạt {r_xk}% kế hoạch (150 người), tăng {r_xk23}% so với năm 2023 (125 người); thị trường chủ yếu là Nhật Bản 86 người, Hàn Quốc 31 người, Đài Loan (Trung Quốc) 21 người. Tổ chức 04 phiên giao dịch việc làm lưu động với 612 lượt người lao động tham gia, trong đó 227 người được tuyển dụng, chiếm {s_pgd}%.')
    d.sum(L, '138 lao động đi làm việc', [86, 31, 21], '138', 'c', what='"thị trường chủ yếu" happens to cover all 138')
    d.ratio(L, f'{r_xk}% kế hoạch', 138, 150, r_xk, 'c')
    d.rel(L, f'tăng {r_xk23}%', 138, 125, r_xk23, 'c')
    d.share(L, f'chiếm {s_pgd}%', 227, 612, s_pgd, 'c')
    nghe = [186, 412, 1817]
    r_nghe = P(sum(nghe), 2400)
    s_nghe_nu = P(1106, sum(nghe))
    f_vl = RT(F(1087 * 100, 1264), 1)
    L = d.add(f'- Giáo dục nghề nghiệp: tuyển sinh, đào tạo nghề cho {N(sum(nghe))} người, đạt {r_nghe}% kế hoạch ({N(2400)} người), gồm: trình độ cao đẳng 186 người, trung cấp 412 người, sơ cấp và đào tạo dưới 03 tháng {N(1817)} người; trong đó nữ {N(1106)} người, chiếm {s_nghe_nu}%. Đào tạo nghề cho lao động nông thôn {N(1264)} người, trong đó người khuyết tật 18 người, người thuộc hộ nghèo 142 người, hộ cận nghèo 97 người, người dân tộc thiểu số 213 người; sau đào tạo có {N(1087)}/{N(1264)} người có việc làm mới hoặc tiếp tục làm nghề cũ với năng suất, thu nhập cao hơn, đạt {f_vl}%. Tỷ lệ lao động qua đào tạo đạt 72,5%, tăng 1,8% so với năm 2023 (71,2%).')
    d.sum(L, f'đào tạo nghề cho {N(sum(nghe))} người', nghe, N(sum(nghe)), 'c')
    d.ratio(L, f'{r_nghe}% kế hoạch', sum(nghe), 2400, r_nghe, 'c', what='100,625 exactly: half up gives 100,63')
    d.share(L, f'chiếm {s_nghe_nu}%', 1106, sum(nghe), s_nghe_nu, 'c')
    d.subset(L, 'người khuyết tật 18 người', '18', 1264, 'c')
    d.subset(L, 'hộ nghèo 142 người', '142', 1264, 'c')
    d.subset(L, 'hộ cận nghèo 97 người', '97', 1264, 'c')
    d.subset(L, 'dân tộc thiểu số 213 người', '213', 1264, 'c')
    d.frac(L, f'{N(1087)}/{N(1264)} người có việc làm', N(1087), N(1264), 'r', stated=f_vl)
    d.points(L, 'tăng 1,8% so với năm 2023 (71,2%)', '72,5', '71,2', '1,8', 'tăng', 'i')
    d.add('2. Giảm nghèo bền vững')
    s_n, s_n0 = P(ngheo, hh), P(ngheo0, hh0)
    pts_n = fmt(parse(s_n0) - parse(s_n), 2)
    L_n = d.add(f'- Kết quả rà soát hộ nghèo, hộ cận nghèo cuối năm 2024 theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025 (Nghị định số 07/2021/NĐ-CP ngày 27/01/2021 của Chính phủ), được phê duyệt tại Quyết định số 1867/QĐ-UBND ngày 18/12/2024: toàn huyện có {N(hh)} hộ dân cư; hộ nghèo {ngheo} hộ, chiếm {s_n}%, giảm {ngheo0 - ngheo} hộ và giảm {pts_n}% so với đầu năm (đầu năm 2024 có {N(hh0)} hộ, trong đó {N(ngheo0)} hộ nghèo, chiếm {s_n0}%); hộ cận nghèo {N(can)} hộ, chiếm 3,64%, giảm 118 hộ so với đầu năm ({N(can0)} hộ).')
    d.share(L_n, f'chiếm {s_n}%', ngheo, hh, s_n, 'c')
    d.diff(L_n, f'giảm {ngheo0 - ngheo} hộ', ngheo, ngheo0, str(ngheo0 - ngheo), 'giảm', 'c')
    d.points(L_n, f'giảm {pts_n}%', s_n, s_n0, pts_n, 'giảm', 'c', what='year-start base 40.975 households')
    d.share(L_n, f'chiếm {s_n0}%', ngheo0, hh0, s_n0, 'c')
    d.share(L_n, 'chiếm 3,64%', can, hh, '3,64', 'i', what='digits swapped (3,46)')
    d.diff(L_n, 'giảm 118 hộ', can, can0, '118', 'giảm', 'i')
    p_pm = P(96, 1992)
    p_tt = P(14, 3415)
    L = d.add(f'- Phân tích hộ nghèo: trong {ngheo} hộ nghèo có 438 hộ không có khả năng lao động (thuộc diện bảo trợ xã hội) và 374 hộ có khả năng lao động. Xét theo tiêu chí xác định, {ngheo} hộ nghèo gồm hộ nghèo về thu nhập 598 hộ và hộ nghèo do thiếu hụt các dịch vụ xã hội cơ bản 246 hộ. Mức độ thiếu hụt các dịch vụ xã hội cơ bản của hộ nghèo: việc làm 366 hộ, y tế 512 hộ, giáo dục 144 hộ, nhà ở 98 hộ, nước sinh hoạt và vệ sinh 205 hộ, thông tin 331 hộ. Xã có tỷ lệ hộ nghèo cao nhất là xã Phú Mỹ {p_pm}% (96/{N(1992)} hộ), thấp nhất là thị trấn Mỹ Lợi {p_tt}% (14/{N(3415)} hộ).')
    d.sum(L, f'trong {ngheo} hộ nghèo', [438, 374], str(ngheo), 'c')
    d.amb(L, f'{ngheo} hộ nghèo gồm', 'sum',
          '598 + 246 = 844 > 812: under Nghị định 07/2021 a household can meet both the income and the deprivation criterion, so the groups may overlap; cannot decide', fig=str(ngheo))
    d.subset(L, 'y tế 512 hộ', '512', ngheo, 'c', what='deprivation indicators overlap; each ≤ 812')
    d.frac(L, f'{p_pm}% (96/{N(1992)} hộ)', '96', N(1992), 'c', stated=p_pm)
    d.frac(L, f'{p_tt}% (14/{N(3415)} hộ)', '14', N(3415), 'c', stated=p_tt)
    vay = R(parse('68,52') * 1000 / 1326, 1)
    L = d.add(f'- Thực hiện các chính sách giảm nghèo: cấp {N(7934)} thẻ BHYT cho người nghèo, người cận nghèo (người nghèo {N(2416)} thẻ, người cận nghèo {N(5518)} thẻ) với kinh phí 5,14 tỷ đồng; Ngân hàng Chính sách xã hội huyện giải ngân cho vay {N(1326)} lượt hộ với số tiền 68,52 tỷ đồng, bình quân {vay} triệu đồng/lượt hộ; hỗ trợ xây mới, sửa chữa 46 căn nhà cho hộ nghèo (xây mới 31 căn, sửa chữa 15 căn). Số người tham gia bảo hiểm xã hội tự nguyện {N(3842)} người, đạt 7,6% lực lượng lao động trong độ tuổi.')
    d.sum(L, f'cấp {N(7934)} thẻ BHYT', [2416, 5518], N(7934), 'c')
    d.ratio(L, f'bình quân {vay} triệu đồng/lượt hộ', parse('68,52') * 1000, 1326, vay, 'c', mult=1, unit=' triệu đồng/lượt hộ')
    d.sum(L, '46 căn nhà', [31, 15], '46', 'c')
    d.amb(L, 'đạt 7,6% lực lượng lao động', 'share', 'the labour force (base) is not stated anywhere in the report', fig='7,6')
    d.add('3. Bảo trợ xã hội, chăm sóc trẻ em')
    money = parse('42,215')
    avg_btxh = RT(money * 10 ** 6 / (sum(btxh) * 12), 1)
    s_nct = P(3912, sum(btxh), 1)
    L = d.add(f'- Chi trả trợ cấp xã hội hằng tháng cho {N(sum(btxh))} đối tượng theo Nghị định số 20/2021/NĐ-CP, gồm: người cao tuổi {N(3912)} người (chiếm {s_nct}%), người khuyết tật {N(2605)} người, trẻ em mồ côi, trẻ em có hoàn cảnh đặc biệt 84 người, đối tượng khác 273 người; tổng kinh phí chi trả cả năm 42,215 tỷ đồng, bình quân {avg_btxh} nghìn đồng/đối tượng/tháng. Người khuyết tật hưởng trợ cấp {N(2605)} người, chia ra: khuyết tật đặc biệt nặng 734 người, khuyết tật nặng {N(1871)} người.')
    d.sum(L, f'cho {N(sum(btxh))} đối tượng', btxh, N(sum(btxh)), 'c')
    d.share(L, f'chiếm {s_nct}%', 3912, sum(btxh), s_nct, 'c')
    d.ratio(L, f'{avg_btxh} nghìn đồng/đối tượng/tháng', money * 10 ** 6, sum(btxh) * 12, avg_btxh, 'r', mult=1,
            unit=' nghìn đồng', what='42,215 tỷ = 42.215.000 nghìn đồng over 6.874 × 12 months')
    d.sum(L, f'Người khuyết tật hưởng trợ cấp {N(2605)} người', [734, 1871], N(2605), 'c')
    s_te = P(312, 32468)
    qua = R(F(462000, 1540), 0)
    L = d.add(f'- Toàn huyện có {N(32468)} trẻ em dưới 16 tuổi, trong đó trẻ em có hoàn cảnh đặc biệt 312 em, chiếm {s_te}%; trong năm đã có 318 lượt trẻ em có hoàn cảnh đặc biệt được hỗ trợ, chăm sóc. Tặng {N(1540)} phần quà cho trẻ em nhân dịp Tết Trung thu và Ngày Quốc tế Thiếu nhi 01/6, tổng trị giá 462 triệu đồng (bình quân {qua} nghìn đồng/phần).')
    d.share(L, f'chiếm {s_te}%', 312, 32468, s_te, 'c')
    d.amb(L, '318 lượt trẻ em', 'subset', '318 "lượt" (visits/times) vs 312 children: a child can be supported more than once, so 318 > 312 is not necessarily an error', fig='318')
    d.ratio(L, f'bình quân {qua} nghìn đồng/phần', 462000, 1540, qua, 'c', mult=1, unit=' nghìn đồng/phần')
    d.add('4. Chính sách người có công')
    qparts = [1208, 2137, 981]
    L_ncc = d.add(f'- Toàn huyện đang quản lý {N(2137)} người có công và thân nhân hưởng trợ cấp ưu đãi hằng tháng, trong đó 03 Bà mẹ Việt Nam anh hùng còn sống, 412 thương binh, người hưởng chính sách như thương binh, 96 bệnh binh; tổng kinh phí chi trả trợ cấp 52,68 tỷ đồng. Nhân dịp kỷ niệm 77 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2024), tặng {N(sum(qparts))} suất quà, gồm: quà của Chủ tịch nước {N(1208)} suất, quà của tỉnh {N(2137)} suất, quà của huyện 981 suất; 100% (2.145 người) người có công với cách mạng được thăm hỏi, tặng quà.')
    d.subset(L_ncc, '412 thương binh', '412', 2137, 'c')
    d.subset(L_ncc, '96 bệnh binh', '96', 2137, 'c')
    d.sum(L_ncc, f'tặng {N(sum(qparts))} suất quà', qparts, N(sum(qparts)), 'c')
    d.amb(L_ncc, '(2.145 người)', 'repeat',
          '2.145 "người có công" vs 2.137 "người có công và thân nhân" on the same line: different qualifiers and scopes; cannot tell whether they should agree', fig='2.145')
    r_quy = P(parse('1,42'), parse('1,2'), 1)
    L = d.add(f'- Xây mới 12 căn nhà tình nghĩa (mức hỗ trợ 80 triệu đồng/căn) và sửa chữa 18 căn (40 triệu đồng/căn), tổng kinh phí 1,86 tỷ đồng từ Quỹ Đền ơn đáp nghĩa huyện; Quỹ vận động được 1,42 tỷ đồng, đạt {r_quy}% kế hoạch (1,2 tỷ đồng). Phối hợp tìm kiếm, quy tập 02 hài cốt liệt sĩ; giải quyết 27 hồ sơ xác nhận người có công, thân nhân liệt sĩ đúng quy định.')
    d.sum(L, 'tổng kinh phí 1,86 tỷ đồng', [F(12 * 80, 1000), F(18 * 40, 1000)], '1,86', 'i', unit=' tỷ đồng',
          what='12 × 80 + 18 × 40 = 1.680 triệu đồng')
    d.ratio(L, f'{r_quy}% kế hoạch', parse('1,42'), parse('1,2'), r_quy, 'c')
    d.add('5. Bảo hiểm thất nghiệp; phòng, chống tệ nạn xã hội')
    s_tn = P(671, 684, 1)
    L = d.add(f'- Tiếp nhận 684 hồ sơ đề nghị hưởng trợ cấp thất nghiệp, đã ban hành quyết định hưởng cho 671 người, đạt {s_tn}%; tư vấn, giới thiệu việc làm cho {N(1935)} lượt người. Công tác phòng, chống mại dâm, cai nghiện ma túy: lập hồ sơ đưa 12 người vào cơ sở cai nghiện bắt buộc, quản lý sau cai nghiện 37 người; phối hợp tuyên truyền phòng, chống mua bán người tại 11/11 xã, thị trấn.')
    d.share(L, f'đạt {s_tn}%', 671, 684, s_tn, 'c')
    s_dn = P(9, 24, 1)
    L = d.add(f'- An toàn, vệ sinh lao động và quan hệ lao động: phối hợp kiểm tra việc thực hiện pháp luật lao động tại 24 doanh nghiệp, phát hiện 09 doanh nghiệp vi phạm, chiếm {s_dn}% số doanh nghiệp được kiểm tra (chủ yếu chưa xây dựng thang, bảng lương, chưa đóng đủ bảo hiểm xã hội cho người lao động); trên địa bàn xảy ra 02 vụ tai nạn lao động, làm chết 01 người, bị thương 03 người; không xảy ra tranh chấp lao động tập thể, đình công. Công tác bình đẳng giới, vì sự tiến bộ của phụ nữ được lồng ghép trong các chương trình, kế hoạch phát triển kinh tế - xã hội của huyện.')
    d.share(L, f'chiếm {s_dn}% số doanh nghiệp', 9, 24, s_dn, 'c')
    d.add('II. ĐÁNH GIÁ CHUNG')
    L = d.add(f'Năm 2024, ngành lao động - thương binh và xã hội huyện hoàn thành 8/9 chỉ tiêu được giao (chỉ tiêu xuất khẩu lao động chưa đạt); giải quyết việc làm cho 3.216 lao động; tỷ lệ hộ nghèo giảm còn {s_n}%, hộ cận nghèo còn {N(can)} hộ; tỷ lệ lao động qua đào tạo đạt 72,5%; 100% đối tượng bảo trợ xã hội ({N(sum(btxh))} người) được chi trả trợ cấp kịp thời, đúng quy định. Các chính sách ưu đãi người có công được thực hiện đầy đủ, không để xảy ra sai sót.')
    d.sum(L, '8/9 chỉ tiêu', [8, 1], '9', 'c', what='one target (labour export) not met')
    d.repeat(L, 'giải quyết việc làm cho 3.216 lao động', N(job), '3.216', 'i', first_line=L_j)
    d.repeat(L, f'giảm còn {s_n}%', s_n, s_n, 'c', first_line=L_n)
    d.repeat(L, f'còn {N(can)} hộ', N(can), N(can), 'c', first_line=L_n)
    d.repeat(L, f'({N(sum(btxh))} người)', N(sum(btxh)), N(sum(btxh)), 'c')
    d.add('Hạn chế: chất lượng việc làm chưa bền vững, lao động tự do, lao động nông thôn chiếm tỷ lệ cao; công tác đào tạo nghề chưa gắn chặt với nhu cầu doanh nghiệp; chỉ tiêu xuất khẩu lao động chưa đạt do một số thị trường tạm dừng tiếp nhận; một bộ phận hộ nghèo còn tư tưởng trông chờ, ỷ lại vào sự hỗ trợ của Nhà nước; nguy cơ tái nghèo, phát sinh nghèo mới còn cao do thiên tai, dịch bệnh trên cây trồng, vật nuôi.')
    d.add('III. NHIỆM VỤ TRỌNG TÂM NĂM 2025')
    pts_n25 = fmt(parse(s_n) - parse('1,5'), 2)
    L = d.add(f'- Phấn đấu giải quyết việc làm cho {N(3200)} lao động (tăng {3200 - job} lao động so với năm 2024), trong đó xuất khẩu lao động 150 người; tuyển sinh, đào tạo nghề {N(2500)} người; tỷ lệ lao động qua đào tạo đạt 74% (tăng 1,5% so với năm 2024); giảm tỷ lệ hộ nghèo xuống còn dưới 1,5% (giảm ít nhất {pts_n25}%). Thực hiện đầy đủ, kịp thời chính sách ưu đãi người có công và chính sách trợ giúp xã hội; tổ chức tốt các hoạt động kỷ niệm 78 năm Ngày Thương binh - Liệt sĩ. Đường dây tư vấn việc làm: 0270.3855.619.')
    d.diff(L, f'tăng {3200 - job} lao động', 3200, job, str(3200 - job), 'tăng', 'c')
    d.points(L, 'tăng 1,5% so với năm 2024', '74', '72,5', '1,5', 'tăng', 'c')
    d.points(L, f'giảm ít nhất {pts_n25}%', '1,5', s_n, pts_n25, 'giảm', 'c')
    d.add('Trên đây là báo cáo kết quả thực hiện công tác lao động, người có công và xã hội năm 2024 và nhiệm vụ trọng tâm năm 2025 của Phòng Lao động - Thương binh và Xã hội huyện./.')
    for t in ['Nơi nhận:', '- Sở LĐTBXH tỉnh;', '- TT. Huyện ủy, HĐND, UBND huyện;', '- Lưu: VT.', 'TRƯỞNG PHÒNG']:
        d.add(t)
    return d


# ====================================================================== p6-05
def d5():
    d = Draft('p6-05-bao-cao-chinh-tri-dang-bo-xa')
    K1, K0, K2 = 'nhiệm kỳ 2020 - 2025', 'nhiệm kỳ 2015 - 2020', 'nhiệm kỳ 2025 - 2030'
    dv = 612
    kn, kn0, kn_plan = 118, 97, 100
    kn_years = [4, 22, 26, 24, 27, 15]
    assert sum(kn_years) == kn
    for t in ['ĐẢNG BỘ HUYỆN TÂN THẠNH', 'ĐẢNG ỦY XÃ TÂN PHÚ', '*', 'Số     -BC/ĐU',
              'ĐẢNG CỘNG SẢN VIỆT NAM', 'Tân Phú, ngày    tháng 7 năm 2025', '', 'BÁO CÁO CHÍNH TRỊ',
              'CỦA BAN CHẤP HÀNH ĐẢNG BỘ XÃ KHÓA XIV TRÌNH ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ XÃ LẦN THỨ XV, NHIỆM KỲ 2025 - 2030',
              '(Dự thảo lần 3 - lấy ý kiến các chi bộ)', '-----']:
        d.add(t)
    d.add('Đại hội đại biểu Đảng bộ xã lần thứ XV, nhiệm kỳ 2025 - 2030 diễn ra trong bối cảnh cả nước đẩy mạnh thực hiện Nghị quyết Đại hội XIII của Đảng, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả. Ban Chấp hành Đảng bộ xã khóa XIV kiểm điểm, đánh giá kết quả thực hiện Nghị quyết Đại hội lần thứ XIV, nhiệm kỳ 2020 - 2025, xác định phương hướng, mục tiêu, nhiệm vụ và giải pháp nhiệm kỳ 2025 - 2030 như sau:')
    avg_cb = R(F(dv, 19), 1)
    s_nu = P(214, dv)
    L_i = d.add(f'Xã Tân Phú có diện tích tự nhiên 3.468,2 ha, dân số {N(18746)} người với {N(4912)} hộ, 11 ấp. Đảng bộ xã hiện có 19 chi bộ trực thuộc (gồm 11 chi bộ ấp, 05 chi bộ trường học, 01 chi bộ trạm y tế, 01 chi bộ công an xã, 01 chi bộ quân sự xã) với {dv} đảng viên (586 đảng viên chính thức, 26 đảng viên dự bị); trong đó đảng viên nữ 214 đồng chí, chiếm {s_nu}%; bình quân mỗi chi bộ có {avg_cb} đảng viên.')
    d.sum(L_i, '19 chi bộ trực thuộc', [11, 5, 1, 1, 1], '19', 'c')
    d.sum(L_i, f'với {dv} đảng viên', [586, 26], str(dv), 'c')
    d.share(L_i, f'chiếm {s_nu}%', 214, dv, s_nu, 'c')
    d.ratio(L_i, f'{avg_cb} đảng viên', dv, 19, avg_cb, 'c', mult=1, unit=' đảng viên/chi bộ')
    d.add('Phần thứ nhất')
    d.add('KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ XÃ LẦN THỨ XIV, NHIỆM KỲ 2020 - 2025')
    d.add('I. KẾT QUẢ ĐẠT ĐƯỢC')
    d.add('1. Về phát triển kinh tế')
    s_ct = P(14, 16, 1)
    L = d.add(f'Nghị quyết Đại hội lần thứ XIV đề ra 16 chỉ tiêu chủ yếu; đến nay có 14 chỉ tiêu đạt và vượt (vượt 09 chỉ tiêu, đạt 05 chỉ tiêu), chiếm {s_ct}%, 02 chỉ tiêu không đạt[')
    d.sum(L, '16 chỉ tiêu chủ yếu', [14, 2], '16', 'c')
    d.sum(L, 'có 14 chỉ tiêu đạt và vượt', [9, 5], '14', 'c')
    d.share(L, f'chiếm {s_ct}%', 14, 16, s_ct, 'c')
    gap = R(parse('68,4') / 45, 2)
    r_ns = RT(parse('86,42') / parse('69,6') * 100, 2)
    yld = R(F(14713, 2412), 1)
    L = d.add(f']. Kinh tế tiếp tục tăng trưởng khá, cơ cấu chuyển dịch đúng hướng. Diện tích gieo trồng lúa bình quân {N(2412)} ha/năm, sản lượng bình quân {N(14713)} tấn/năm, năng suất bình quân {yld} tấn/ha. Thu nhập bình quân đầu người năm 2025 ước đạt 68,4 triệu đồng/người/năm, tăng 23,4 triệu đồng, gấp {gap} lần so với năm 2020 (45 triệu đồng), vượt chỉ tiêu Nghị quyết (65 triệu đồng). Tổng thu ngân sách nhà nước trên địa bàn 5 năm đạt 86,42 tỷ đồng, đạt {r_ns}% chỉ tiêu Nghị quyết (69,6 tỷ đồng). Tổng vốn huy động xây dựng nông thôn mới trong nhiệm kỳ 184,6 tỷ đồng, gấp 2,1 lần {K0} (97,2 tỷ đồng); xã được công nhận đạt chuẩn nông thôn mới nâng cao năm 2023.')
    d.ratio(L, f'{yld} tấn/ha', 14713, 2412, yld, 'c', mult=1, unit=' tấn/ha')
    d.diff(L, 'tăng 23,4 triệu đồng', '68,4', '45', '23,4', 'tăng', 'c', unit=' triệu đồng')
    d.ratio(L, f'gấp {gap} lần', '68,4', '45', gap, 'c', mult=1, unit=' lần')
    d.ratio(L, f'{r_ns}% chỉ tiêu', '86,42', '69,6', r_ns, 'r')
    d.ratio(L, 'gấp 2,1 lần', '184,6', '97,2', '2,1', 'i', mult=1, unit=' lần')
    d.term(L, f'{K0} (97,2 tỷ đồng)', K0, K0, 'c', what='term 2020 - 2025 compared with the one before')
    d.add('2. Về văn hóa - xã hội')
    bq = R((parse('3,84') - parse('0,92')) / 4, 2)
    pts_bh = fmt(parse('95,6') - parse('88,7'), 1)
    L = d.add(f'Tỷ lệ hộ nghèo giảm từ 3,84% (cuối năm 2020) xuống còn 0,92% (cuối năm 2024), bình quân mỗi năm giảm {bq}%, vượt chỉ tiêu Nghị quyết (bình quân giảm 0,5%/năm trở lên); tỷ lệ người dân tham gia bảo hiểm y tế đạt 95,6%, tăng {pts_bh}% so với đầu nhiệm kỳ (88,7%); 11/11 ấp giữ vững danh hiệu “Ấp văn hóa”; tỷ lệ hộ gia đình đạt danh hiệu “Gia đình văn hóa” bình quân hằng năm 93,2%. Trường Tiểu học Tân Phú B được công nhận đạt chuẩn quốc gia mức độ 2, nâng tổng số trường đạt chuẩn quốc gia lên 05/06 trường.')
    d.ratio(L, f'bình quân mỗi năm giảm {bq}%', parse('3,84') - parse('0,92'), 4, bq, 'c', mult=1, unit='%',
            what='2020 → 2024 is 4 years (not 5); points per year')
    d.points(L, f'tăng {pts_bh}% so với đầu nhiệm kỳ', '95,6', '88,7', pts_bh, 'tăng', 'c')
    d.frac(L, '11/11 ấp', '11', '11', 'c', whole=11)
    d.add('3. Về quốc phòng - an ninh')
    r_tp = R(F(15 * 100, 48), 1)
    L = d.add(f'Quốc phòng - an ninh được giữ vững; hằng năm hoàn thành 100% chỉ tiêu giao quân (5 năm giao 118 thanh niên). Tội phạm về trật tự xã hội trong nhiệm kỳ xảy ra 33 vụ, giảm 15 vụ, tương ứng giảm {r_tp}% so với {K0} (48 vụ); tai nạn giao thông xảy ra 21 vụ, làm chết 09 người, bị thương 17 người.')
    d.diff(L, 'giảm 15 vụ', 33, 48, '15', 'giảm', 'c')
    d.rel(L, f'giảm {r_tp}%', 33, 48, r_tp, 'c', what='31,25 exactly: half up gives 31,3')
    d.term(L, f'so với {K0} (48 vụ)', K0, K0, 'c')
    d.add('4. Về công tác xây dựng Đảng, hệ thống chính trị')
    L = d.add('4.1. Công tác chính trị, tư tưởng: Đảng ủy tổ chức cho cán bộ, đảng viên học tập, quán triệt đầy đủ các nghị quyết, chỉ thị của Đảng; gắn việc học tập với xây dựng chương trình hành động cụ thể. Trong nhiệm kỳ đã bồi dưỡng lý luận chính trị, nghiệp vụ cho 236 lượt cán bộ, đảng viên, gồm: học tập nghị quyết 184 lượt, bồi dưỡng lý luận chính trị cho đảng viên mới 118 lượt, trung cấp lý luận chính trị 21 đồng chí. Việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh được các chi bộ đưa vào nội dung sinh hoạt định kỳ; có 27 tập thể, 64 cá nhân được các cấp khen thưởng.')
    d.amb(L, 'cho 236 lượt', 'sum',
          '184 + 118 + 21 = 323 > 236, and the parts mix "lượt" with "đồng chí": the same person may be counted in several courses; cannot tell whether "gồm" is exhaustive', fig='236')
    r_kn = P(kn, kn_plan, 0)
    r_kn0 = P(kn - kn0, kn0)
    L_kn = d.add(f'4.2. Công tác tổ chức, cán bộ và đảng viên: công tác phát triển đảng viên được quan tâm; {K1} kết nạp {kn} đảng viên, đạt {r_kn}% chỉ tiêu Nghị quyết ({kn_plan} đảng viên), tăng {kn - kn0} đảng viên ({r_kn0}%) so với {K0} ({kn0} đảng viên)[')
    d.ratio(L_kn, f'{r_kn}% chỉ tiêu Nghị quyết', kn, kn_plan, r_kn, 'c')
    d.diff(L_kn, f'tăng {kn - kn0} đảng viên', kn, kn0, str(kn - kn0), 'tăng', 'c')
    d.rel(L_kn, f'({r_kn0}%)', kn, kn0, r_kn0, 'c')
    d.term(L_kn, f'so với {K0} ({kn0} đảng viên)', K0, K0, 'c')
    avg_kn = R(F(kn, 5), 1)
    s_kn_nu = PT(52, kn)
    L = d.add(f']; bình quân mỗi năm kết nạp {avg_kn} đảng viên, tỷ lệ kết nạp bình quân đạt 4,1% so với tổng số đảng viên. Trong số đảng viên mới kết nạp có 52 nữ ({s_kn_nu}%), 87 đoàn viên thanh niên (77,73%), 09 người là chủ hộ kinh doanh, 04 người theo tôn giáo.')
    d.ratio(L, f'kết nạp {avg_kn} đảng viên', kn, 5, avg_kn, 'c', mult=1, unit=' đảng viên/năm')
    d.amb(L, 'đạt 4,1%', 'ratio',
          '23,6 a year over which membership base? 23,6/548 = 4,31%, 23,6/612 = 3,86%; 4,1% fits an average membership (~576) that is not stated', fig='4,1')
    d.share(L, f'({s_kn_nu}%)', 52, kn, s_kn_nu, 'r', what='base 118 new members')
    d.share(L, '(77,73%)', 87, kn, '77,73', 'i', what='one digit wrong (73,73)')
    d.subset(L, '09 người là chủ hộ kinh doanh', '09', kn, 'c')
    d.subset(L, '04 người theo tôn giáo', '04', kn, 'c')
    L_sf = L = d.add(f'Đầu nhiệm kỳ, Đảng bộ có 548 đảng viên; trong nhiệm kỳ kết nạp {kn}, tiếp nhận chuyển đến 31 đảng viên; giảm do từ trần 39, xóa tên 12, chuyển sinh hoạt đi 34 đảng viên; đến ngày 30/6/2025, Đảng bộ có {dv} đảng viên, tăng {dv - 548} đảng viên so với đầu nhiệm kỳ. Đã đề nghị cấp trên tặng Huy hiệu Đảng cho 86 đồng chí (30 năm tuổi Đảng 41, 40 năm 22, 45 năm 11, 50 năm 08, 55 năm 04).')
    d.repeat(L, f'trong nhiệm kỳ kết nạp {kn}', str(kn), str(kn), 'c', first_line=L_kn)
    d.sum(L, f'đến ngày 30/6/2025, Đảng bộ có {dv} đảng viên', [548, kn, 31, -39, -12, -34], str(dv), 'c',
          what='stock-flow: 548 + 118 + 31 − 39 − 12 − 34')
    d.diff(L, f'tăng {dv - 548} đảng viên', dv, 548, str(dv - 548), 'tăng', 'c')
    d.sum(L, 'cho 86 đồng chí', [41, 22, 11, 8, 4], '86', 'c', what='badges awarded are disjoint')
    s17, s2 = P(17, 19), P(2, 19)
    L = d.add(f'Công tác đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên được thực hiện nghiêm túc, thực chất; Đảng bộ xã 05 năm liền (2020 - 2024) được xếp loại “Hoàn thành tốt nhiệm vụ”. Năm 2021, 19 chi bộ được đánh giá: hoàn thành xuất sắc nhiệm vụ 04, hoàn thành tốt nhiệm vụ 15, hoàn thành nhiệm vụ 04. Năm 2024, trong 19 chi bộ có 17 chi bộ hoàn thành tốt nhiệm vụ, chiếm {s17}% (trong đó 05 chi bộ hoàn thành xuất sắc nhiệm vụ), 02 chi bộ hoàn thành nhiệm vụ, chiếm {s2}%, không có chi bộ không hoàn thành nhiệm vụ[')
    d.sum(L, 'Năm 2021, 19 chi bộ', [15, 4], '19', 'c',
          what='xuất sắc (04) is counted inside hoàn thành tốt (15): 15 + 04 = 19; adding all three (23) would be wrong')
    d.subset(L, 'hoàn thành xuất sắc nhiệm vụ 04', '04', 15, 'c', what='xuất sắc ⊂ hoàn thành tốt')
    d.sum(L, 'trong 19 chi bộ có 17', [17, 2], '19', 'c')
    d.share(L, f'chiếm {s17}%', 17, 19, s17, 'c')
    d.subset(L, '05 chi bộ hoàn thành xuất sắc', '05', 17, 'c')
    d.share(L, f'chiếm {s2}%', 2, 19, s2, 'c')
    rat = [71, 468, 51, 6]
    L = d.add(']. Kết quả đánh giá đảng viên năm 2024: trong tổng số 612 đảng viên, số được đánh giá, xếp loại 596 đồng chí (miễn đánh giá 16 đồng chí), trong đó hoàn thành xuất sắc nhiệm vụ 71 đồng chí ({}%), hoàn thành tốt nhiệm vụ 468 đồng chí ({}%), hoàn thành nhiệm vụ 51 đồng chí ({}%), không hoàn thành nhiệm vụ 06 đồng chí ({}%).'.format(*[P(x, 596) for x in rat]))
    d.sum(L, 'trong tổng số 612 đảng viên', [596, 16], '612', 'c')
    d.sum(L, 'xếp loại 596 đồng chí', rat, '596', 'c', what='here the four levels are disjoint')
    for x, lab in zip(rat, ['71 đồng chí', '468 đồng chí', '51 đồng chí', '06 đồng chí']):
        sx = P(x, 596)
        d.share(L, f'{lab} ({sx}%)', x, 596, sx, 'c')
    L = d.add('4.3. Công tác kiểm tra, giám sát và kỷ luật đảng: Ban Chấp hành, Ủy ban Kiểm tra Đảng ủy đã kiểm tra 42 cuộc[')
    L = d.add(f'] đối với 19 lượt tổ chức đảng và 58 lượt đảng viên; giám sát chuyên đề 27 cuộc. Thi hành kỷ luật 09 đảng viên (khiển trách 06, cảnh cáo 02, khai trừ 01), giảm 05 đảng viên so với nhiệm kỳ 2010 - 2015 (14 đảng viên). Không có tổ chức đảng phải thi hành kỷ luật.')
    d.sum(L, 'Thi hành kỷ luật 09 đảng viên', [6, 2, 1], '09', 'c')
    d.diff(L, 'giảm 05 đảng viên', 9, 14, '05', 'giảm', 'c')
    d.term(L, 'so với nhiệm kỳ 2010 - 2015', 'nhiệm kỳ 2010 - 2015', K0, 'i',
           what='9 disciplined members are for 2020 - 2025; the term before is 2015 - 2020')
    L = d.add('4.4. Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội: Mặt trận Tổ quốc và các đoàn thể xã tập hợp 8.912 đoàn viên, hội viên, đạt 78,4% so với số người trong độ tuổi tham gia. Tổng số đoàn viên, hội viên của 04 đoàn thể chính trị - xã hội là 6.070 người (Hội Nông dân 2.146, Hội Liên hiệp Phụ nữ 2.384, Đoàn Thanh niên 1.128, Hội Cựu chiến binh 412), tăng 312 người so với đầu nhiệm kỳ (5.785 người). Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” được hưởng ứng tích cực.')
    d.amb(L, 'đạt 78,4%', 'share', 'the number of people of eligible age (the base) is not stated', fig='78,4')
    d.sum(L, 'là 6.070 người', [2146, 2384, 1128, 412], '6.070', 'c')
    d.diff(L, 'tăng 312 người', 6070, 5785, '312', 'tăng', 'i')
    d.add('II. HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN')
    L = d.add('Bên cạnh kết quả đạt được, vẫn còn một số hạn chế: 02 chỉ tiêu không đạt; kinh tế phát triển chưa bền vững, sản xuất nông nghiệp còn nhỏ lẻ; chất lượng sinh hoạt của một số chi bộ ấp chưa cao, nội dung còn chung chung; công tác phát triển đảng viên trong thanh niên, người lao động ở các cơ sở sản xuất, kinh doanh còn khó khăn (trong 05 năm qua Đảng bộ kết nạp 103 đảng viên, chủ yếu là cán bộ, giáo viên, lực lượng vũ trang); việc quản lý đảng viên đi làm ăn xa còn hạn chế. Nguyên nhân chủ yếu do một số cấp ủy, chi bộ chưa chủ động, thiếu quyết liệt; một bộ phận đảng viên chưa phát huy vai trò tiền phong, gương mẫu.')
    d.amb(L, 'kết nạp 103 đảng viên', 'repeat',
          '"05 năm qua" is not dated: 118 for the term (line %d), 103 = 2020 - 2024 without the first half of 2025 (footnote); cannot tell which period is meant' % L_kn, fig='103')
    d.add('III. BÀI HỌC KINH NGHIỆM')
    d.add('Một là, phải thường xuyên chăm lo xây dựng Đảng bộ trong sạch, vững mạnh, giữ vững đoàn kết, thống nhất trong Đảng bộ. Hai là, phát huy vai trò người đứng đầu, tinh thần trách nhiệm của cán bộ, đảng viên. Ba là, bám sát thực tiễn, lấy sự hài lòng của Nhân dân làm thước đo hiệu quả công tác. Bốn là, thực hiện tốt công tác kiểm tra, giám sát, kịp thời chấn chỉnh những hạn chế, khuyết điểm.')
    d.add('Phần thứ hai')
    d.add('PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ NHIỆM KỲ 2025 - 2030')
    g30 = R(F(95, 1) / parse('68,4'), 2)
    L = d.add(f'Phấn đấu đến năm 2030: thu nhập bình quân đầu người đạt 95 triệu đồng/người/năm, gấp {g30} lần năm 2025; giữ vững xã đạt chuẩn nông thôn mới nâng cao, phấn đấu đạt chuẩn nông thôn mới kiểu mẫu; tỷ lệ hộ nghèo dưới 0,5%; tỷ lệ người dân tham gia bảo hiểm y tế đạt 97% trở lên. Về xây dựng Đảng: {K2} kết nạp 125 đảng viên trở lên, bình quân {R(F(125, 5), 0)} đảng viên/năm, tăng 07 đảng viên so với {K1}; hằng năm có từ 90% chi bộ trở lên hoàn thành tốt nhiệm vụ, không có chi bộ không hoàn thành nhiệm vụ.')
    d.ratio(L, f'gấp {g30} lần', 95, '68,4', g30, 'c', mult=1, unit=' lần')
    d.ratio(L, '25 đảng viên/năm', 125, 5, '25', 'c', mult=1, unit=' đảng viên/năm')
    d.diff(L, 'tăng 07 đảng viên', 125, kn, '07', 'tăng', 'c')
    d.term(L, f'so với {K1}', K1, K1, 'c', what='target 2025 - 2030 compared with 2020 - 2025')
    s4, s10, s5 = P(4, 15), PT(10, 15), P(5, 15)
    L = d.add(f'Đề án nhân sự: Ban Chấp hành Đảng bộ xã khóa XV, {K2} dự kiến 15 đồng chí, trong đó nữ 04 đồng chí ({s4}%), cán bộ trẻ dưới 35 tuổi 03 đồng chí (20%); tái cử 10 đồng chí ({s10}%), tham gia lần đầu 05 đồng chí ({s5}%). Ban Thường vụ 05 đồng chí; Bí thư, 02 Phó Bí thư.')
    d.share(L, f'nữ 04 đồng chí ({s4}%)', 4, 15, s4, 'c')
    d.share(L, '(20%)', 3, 15, '20', 'c')
    d.sum(L, 'dự kiến 15 đồng chí', [10, 5], '15', 'c')
    d.share(L, f'({s10}%)', 10, 15, s10, 'r')
    d.share(L, f'({s5}%)', 5, 15, s5, 'c')
    d.add('Đại hội kêu gọi cán bộ, đảng viên và Nhân dân xã Tân Phú phát huy truyền thống đoàn kết, năng động, sáng tạo, quyết tâm thực hiện thắng lợi Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ XV, nhiệm kỳ 2025 - 2030, xây dựng xã Tân Phú ngày càng giàu đẹp, văn minh./.')
    d.add('BAN CHẤP HÀNH ĐẢNG BỘ XÃ')
    d.add('')
    d.add(FN + ' 02 chỉ tiêu không đạt: tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ (đạt 28,6%, chỉ tiêu 30%) và tỷ lệ hộ sử dụng nước sạch đáp ứng quy chuẩn (đạt 61,4%, chỉ tiêu 70%).')
    d.add('')
    yrs = '; '.join(['Năm 2020 (từ tháng 10/2020): %s đảng viên' % Z(kn_years[0])] +
                    ['năm %d: %s' % (y, Z(n)) for y, n in zip(range(2021, 2025), kn_years[1:5])] +
                    ['6 tháng đầu năm 2025: %s' % Z(kn_years[5])])
    L = d.add(f'{FN} {yrs}; tổng cộng {kn} đảng viên. Đến ngày 30/6/2025, Đảng bộ có 621 đảng viên sinh hoạt tại 19 chi bộ.')
    d.sum(L, f'tổng cộng {kn} đảng viên', kn_years, str(kn), 'c')
    d.repeat(L, 'có 621 đảng viên', str(dv), '621', 'i', first_line=L_sf)
    d.add('')
    d.add(FN + ' Năm 2024: 17/18 chi bộ hoàn thành tốt nhiệm vụ; 100% chi bộ ấp tổ chức sinh hoạt chuyên đề ít nhất 01 lần/quý.')
    d.frac(len(d.lines), '17/18 chi bộ', '17', '18', 'i', whole=19, what='the Đảng bộ has 19 chi bộ')
    d.add('')
    L = d.add(FN + ' Cấp ủy kiểm tra 17 cuộc, Ủy ban Kiểm tra Đảng ủy kiểm tra 23 cuộc (kiểm tra khi có dấu hiệu vi phạm 04 cuộc, kiểm tra việc thực hiện nhiệm vụ kiểm tra và thi hành kỷ luật trong Đảng 19 cuộc); tổng cộng 42 cuộc.')
    d.sum(L, 'tổng cộng 42 cuộc', [17, 23], '42', 'i')
    d.sum(L, 'kiểm tra 23 cuộc', [4, 19], '23', 'c')
    return d


# ====================================================================== p6-06
def d6():
    d = Draft('p6-06-an-ninh-trat-tu-giao-thong-huyen')
    hs, hs23 = 46, 55
    htypes = [24, 9, 6, 3, 2, 1, 1]
    acc, acc23, dead, dead23, inj, inj23 = 27, 31, 14, 17, 19, 22
    vp, vp23 = 8426, 7498
    fine, fine23 = parse('6,482'), parse('5,355')
    pop = 152460
    for t in ['CÔNG AN TỈNH HẬU AN', 'CÔNG AN HUYỆN LONG BÌNH', 'Số:     /BC-CAH(TH)',
              'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc',
              'Long Bình, ngày 30 tháng 9 năm 2024', '', 'BÁO CÁO',
              'Kết quả công tác bảo đảm an ninh, trật tự và trật tự an toàn giao thông 9 tháng đầu năm 2024; phương hướng, nhiệm vụ 3 tháng cuối năm 2024',
              '(Số liệu tính từ ngày 15/12/2023 đến ngày 14/9/2024; cùng kỳ năm 2023 tính từ ngày 15/12/2022 đến ngày 14/9/2023)']:
        d.add(t)
    d.add('Thực hiện Kế hoạch số 27/KH-UBND ngày 18/01/2024 của Ủy ban nhân dân huyện về bảo đảm an ninh, trật tự năm 2024 và Công văn số 1254/CAH-TH ngày 26/9/2024 của Công an huyện, Công an huyện báo cáo kết quả công tác 9 tháng đầu năm 2024 như sau:')
    d.add('I. TÌNH HÌNH AN NINH, TRẬT TỰ')
    d.add('1. Tình hình an ninh chính trị')
    L = d.add('Tình hình an ninh chính trị trên địa bàn huyện cơ bản ổn định, không để xảy ra bị động, bất ngờ. Các đối tượng phản động, chống đối tiếp tục lợi dụng mạng xã hội đăng tải thông tin xuyên tạc về chủ trương sắp xếp tổ chức bộ máy, công tác nhân sự đại hội Đảng các cấp. Nắm 03 vụ tụ tập đông người khiếu kiện liên quan đến bồi thường, giải phóng mặt bằng dự án Khu dân cư Long Bình (giảm 02 vụ so với cùng kỳ, cùng kỳ 05 vụ); các vụ việc đã được vận động, giải quyết ổn định tại cơ sở. Tình hình tôn giáo, dân tộc ổn định; các hoạt động tôn giáo diễn ra đúng quy định của pháp luật.')
    d.diff(L, 'giảm 02 vụ', 3, 5, '02', 'giảm', 'c')
    d.add('2. Tình hình trật tự xã hội')
    r_hs = P(hs23 - hs, hs23)
    s_tc = P(24, hs, 1)
    L_hs = d.add(f'Phạm pháp hình sự: xảy ra {hs} vụ (cùng kỳ năm 2023 xảy ra {hs23} vụ), giảm {Z(hs23 - hs)} vụ, tương ứng giảm {r_hs}%; làm chết 02 người, bị thương 11 người, thiệt hại tài sản khoảng 1,86 tỷ đồng. Phân theo loại tội phạm, {hs} vụ gồm: trộm cắp tài sản 24 vụ, chiếm {s_tc}%, giảm 07 vụ so với cùng kỳ (31 vụ); cố ý gây thương tích 09 vụ; lừa đảo chiếm đoạt tài sản 06 vụ; đánh bạc 03 vụ; cướp giật tài sản 02 vụ; giết người 01 vụ; các loại khác 01 vụ.')
    d.diff(L_hs, f'giảm {Z(hs23 - hs)} vụ', hs, hs23, Z(hs23 - hs), 'giảm', 'c')
    d.rel(L_hs, f'giảm {r_hs}%', hs, hs23, r_hs, 'c')
    d.sum(L_hs, f'{hs} vụ gồm', htypes, str(hs), 'c')
    d.share(L_hs, f'chiếm {s_tc}%', 24, hs, s_tc, 'c')
    d.diff(L_hs, 'giảm 07 vụ', 24, 31, '07', 'giảm', 'c')
    s_dt = P(42, hs, 1)
    vuot = fmt(parse(s_dt) - 75, 1)
    s_tn = P(4, 6)
    L = d.add(f'Đã điều tra, làm rõ 42/{hs} vụ, đạt {s_dt}%, vượt {vuot}% so với chỉ tiêu Bộ Công an giao (75%); riêng án rất nghiêm trọng, đặc biệt nghiêm trọng làm rõ 05/05 vụ, đạt 100%. Bắt, xử lý 71 đối tượng, tăng 06 đối tượng so với cùng kỳ (65 đối tượng), trong đó 09 đối tượng dưới 18 tuổi, 17 đối tượng có tiền án, tiền sự. Vận động, bắt 04/06 đối tượng truy nã trên địa bàn (đạt {s_tn}%).')
    d.frac(L, f'42/{hs} vụ, đạt {s_dt}%', '42', str(hs), 'c', stated=s_dt)
    d.points(L, f'vượt {vuot}%', s_dt, '75', vuot, 'tăng', 'c', what='above the 75% target')
    d.frac(L, '05/05 vụ, đạt 100%', '05', '05', 'c', stated='100')
    d.diff(L, 'tăng 06 đối tượng', 71, 65, '06', 'tăng', 'c')
    d.subset(L, '09 đối tượng dưới 18 tuổi', '09', 71, 'c')
    d.subset(L, '17 đối tượng có tiền án', '17', 71, 'c')
    d.frac(L, f'04/06 đối tượng truy nã trên địa bàn (đạt {s_tn}%)', '04', '06', 'c', stated=s_tn)
    L = d.add('Tội phạm và tệ nạn ma túy: phát hiện, bắt giữ 14 vụ, 27 đối tượng phạm tội về ma túy (mua bán trái phép 19 đối tượng, tàng trữ trái phép 08 đối tượng), tăng 03 vụ so với cùng kỳ (11 vụ); thu giữ 38,62 gam ma túy tổng hợp, 2,15 gam heroin. Số người sử dụng trái phép chất ma túy đang quản lý 186 người, người nghiện ma túy 94 người; lập hồ sơ đưa 12 người đi cai nghiện bắt buộc. Tính chung, số đối tượng bị bắt, xử lý có độ tuổi dưới 30 là 34 đối tượng, chiếm 34,3% tổng số đối tượng bị xử lý (kể cả xử lý hành chính).')
    d.sum(L, '27 đối tượng phạm tội', [19, 8], '27', 'c')
    d.diff(L, 'tăng 03 vụ', 14, 11, '03', 'tăng', 'c')
    d.amb(L, 'chiếm 34,3%', 'share',
          'base "tổng số đối tượng bị xử lý (kể cả xử lý hành chính)" is not stated: 34/71 = 47,89%, 34/(71 + 27) = 34,69%; neither is the declared base', fig='34,3')
    L = d.add('Phát hiện 19 vụ vi phạm pháp luật về kinh tế, buôn lậu, gian lận thương mại và 07 vụ vi phạm pháp luật về môi trường, xử phạt vi phạm hành chính tổng số tiền 312,5 triệu đồng. Xử lý vi phạm hành chính về trật tự xã hội 312 trường hợp, gồm: đánh bạc 96 trường hợp, gây rối trật tự công cộng 88 trường hợp, vi phạm quy định về cư trú 71 trường hợp, vi phạm khác 49 trường hợp. Cháy, nổ: xảy ra 03 vụ cháy (02 vụ cháy nhà dân, 01 vụ cháy cơ sở sản xuất), thiệt hại tài sản ước 420 triệu đồng, không có thiệt hại về người, giảm 02 vụ so với cùng kỳ năm 2022.')
    d.sum(L, 'trật tự xã hội 312 trường hợp', [96, 88, 71, 49], '312', 'i')
    d.sum(L, 'xảy ra 03 vụ cháy', [2, 1], '03', 'c')
    d.term(L, 'cùng kỳ năm 2022', 'cùng kỳ năm 2022', 'cùng kỳ năm 2023', 'i',
           what='the report defines "cùng kỳ" as 15/12/2022 - 14/9/2023, i.e. cùng kỳ năm 2023')
    d.add('3. Tình hình trật tự an toàn giao thông')
    r_d = PT(dead23 - dead, dead23)
    r_i = P(inj23 - inj, inj23)
    per100k = R(F(dead * 100000, pop), 2)
    L_tn = d.add(f'Xảy ra {acc} vụ tai nạn giao thông, làm chết {dead} người, bị thương {inj} người; so với cùng kỳ năm 2023 ({acc23} vụ, {dead23} người chết, {inj23} người bị thương), giảm {Z(acc23 - acc)} vụ (14,8%), giảm {Z(dead23 - dead)} người chết ({r_d}%), giảm {Z(inj23 - inj)} người bị thương ({r_i}%). Phân theo tuyến: quốc lộ 11 vụ, đường tỉnh 07 vụ, đường huyện, đường xã 09 vụ. Phân theo nguyên nhân, {acc} vụ gồm: đi không đúng phần đường 10 vụ, không chú ý quan sát 06 vụ, sử dụng rượu bia 05 vụ, chạy quá tốc độ 04 vụ, nguyên nhân khác 02 vụ. Trong số {dead} người chết, có 16 người là người điều khiển xe mô tô, xe gắn máy, 03 người đi bộ. Tỷ lệ người chết do tai nạn giao thông là {per100k} người/100.000 dân (dân số trung bình {N(pop)} người).')
    d.sum(L_tn, f'Xảy ra {acc} vụ tai nạn giao thông', [11, 7, 9], str(acc), 'c', what='by road type')
    d.diff(L_tn, f'giảm {Z(acc23 - acc)} vụ', acc, acc23, Z(acc23 - acc), 'giảm', 'c')
    d.rel(L_tn, '(14,8%)', acc, acc23, '14,8', 'i', what='4 / 27 = 14,81% was computed on the current period, not on cùng kỳ')
    d.diff(L_tn, f'giảm {Z(dead23 - dead)} người chết', dead, dead23, Z(dead23 - dead), 'giảm', 'c')
    d.rel(L_tn, f'({r_d}%)', dead, dead23, r_d, 'r')
    d.diff(L_tn, f'giảm {Z(inj23 - inj)} người bị thương', inj, inj23, Z(inj23 - inj), 'giảm', 'c')
    d.rel(L_tn, f'({r_i}%)', inj, inj23, r_i, 'c')
    d.sum(L_tn, f'{acc} vụ gồm', [10, 6, 5, 4, 2], str(acc), 'c', what='by cause')
    d.subset(L_tn, 'có 16 người', '16', dead, 'i', right='11',
             what='16 riders among 14 dead is impossible; with 03 pedestrians at most 14 − 03 = 11')
    d.subset(L_tn, '03 người đi bộ', '03', dead, 'c')
    d.ratio(L_tn, f'{per100k} người/100.000 dân', dead, pop, per100k, 'c', mult=100000, unit=' người/100.000 dân')
    r_vp = RT(F((vp - vp23) * 100, vp23), 1)
    s_c = PT(2321, vp)
    tang = fmt(fine - fine23, 3)
    L = d.add(f'Lực lượng Cảnh sát giao thông và Công an các xã, thị trấn đã kiểm tra, phát hiện, lập biên bản {N(vp)} trường hợp vi phạm, tăng {r_vp}% so với cùng kỳ ({N(vp23)} trường hợp); trong đó vi phạm nồng độ cồn {N(2321)} trường hợp, chiếm {s_c}%; không đội mũ bảo hiểm {N(1946)} trường hợp, chiếm 32,1%; chạy quá tốc độ quy định {N(1127)} trường hợp; không có giấy phép lái xe {N(3384)} trường hợp. Tạm giữ 612 phương tiện (38 ô tô, 574 mô tô, xe máy), tước giấy phép lái xe 184 trường hợp (trong đó do vi phạm nồng độ cồn 148 trường hợp); phạt tiền 6,482 tỷ đồng, tăng 1,172 tỷ đồng so với cùng kỳ (5,355 tỷ đồng), bằng 1.210% so với cùng kỳ.')
    d.amb(L, f'lập biên bản {N(vp)} trường hợp', 'sum',
          '2.321 + 1.946 + 1.127 + 3.384 = 8.778 > 8.426: one stopped driver may commit several violations, so the kinds overlap; cannot decide', fig=N(vp))
    d.rel(L, f'tăng {r_vp}%', vp, vp23, r_vp, 'r')
    d.share(L, f'chiếm {s_c}%', 2321, vp, s_c, 'r')
    d.share(L, 'chiếm 32,1%', 1946, vp, '32,1', 'i', what='digits swapped (23,1)')
    d.sum(L, 'Tạm giữ 612 phương tiện', [38, 574], '612', 'c')
    d.subset(L, 'nồng độ cồn 148 trường hợp', '148', 184, 'c')
    d.diff(L, 'tăng 1,172 tỷ đồng', fine, fine23, '1,172', 'tăng', 'i', unit=' tỷ đồng')
    d.amb(L, 'bằng 1.210%', 'ratio',
          '"1.210%" is unreadable: 1.210 % or a mistyped 121,0% (6,482 / 5,355 = 121,05%); must not be parsed silently', fig='1.210')
    d.add('II. KẾT QUẢ CÔNG TÁC BẢO ĐẢM AN NINH, TRẬT TỰ')
    s_ap = P(42, 45)
    L = d.add(f'Phong trào toàn dân bảo vệ an ninh Tổ quốc tiếp tục được đẩy mạnh; toàn huyện có 10 xã, 01 thị trấn với 45 ấp, khu phố; duy trì 126 mô hình tự quản về an ninh, trật tự (tăng 14 mô hình so với cùng kỳ, cùng kỳ 112 mô hình), 45 tổ bảo vệ an ninh, trật tự ở cơ sở với 405 thành viên, bình quân {Z(405 // 45)} thành viên/tổ. Kết quả phân loại năm 2023 có 42/45 ấp, khu phố đạt tiêu chuẩn “An toàn về an ninh, trật tự”, đạt {s_ap}%; 09/11 xã, thị trấn đạt tiêu chuẩn “An toàn về an ninh, trật tự”.')
    d.diff(L, 'tăng 14 mô hình', 126, 112, '14', 'tăng', 'c')
    d.ratio(L, f'bình quân {Z(405 // 45)} thành viên/tổ', 405, 45, Z(405 // 45), 'c', mult=1, unit=' thành viên/tổ')
    d.frac(L, f'42/45 ấp, khu phố đạt tiêu chuẩn “An toàn về an ninh, trật tự”, đạt {s_ap}%', '42', '45', 'c', stated=s_ap, whole=45)
    d.frac(L, '09/11 xã, thị trấn', '09', '11', 'c', whole=11, what='10 xã + 01 thị trấn')
    s_tb = P(171, 184)
    s_dd = P(96214, 115540)
    L = d.add(f'Tiếp nhận 184 tin báo, tố giác về tội phạm và kiến nghị khởi tố, đã giải quyết 171 tin, đạt {s_tb}% (khởi tố 58 vụ, không khởi tố 97 tin, tạm đình chỉ 16 tin). Công tác quản lý hành chính về trật tự xã hội: đăng ký thường trú {N(1826)} trường hợp, tạm trú {N(3412)} trường hợp; thu nhận hồ sơ cấp {N(14518)} thẻ căn cước; kích hoạt {N(96214)} tài khoản định danh điện tử mức độ 2, đạt {s_dd}% số công dân đủ điều kiện ({N(115540)} người). Quản lý 42 cơ sở kinh doanh ngành nghề có điều kiện về an ninh, trật tự; kiểm tra 38 lượt, phát hiện 05 cơ sở vi phạm, xử phạt 18,5 triệu đồng.')
    d.sum(L, 'đã giải quyết 171 tin', [58, 97, 16], '171', 'c')
    d.share(L, f'đạt {s_tb}%', 171, 184, s_tb, 'c')
    d.share(L, f'đạt {s_dd}%', 96214, 115540, s_dd, 'c')
    d.subset(L, 'phát hiện 05 cơ sở vi phạm', '05', 38, 'c')
    ca = R(F(6230, 1246), 1)
    L = d.add(f'Công tác tuần tra, kiểm soát được duy trì thường xuyên, nhất là vào ban đêm, các ngày lễ, Tết và tại các tuyến, địa bàn trọng điểm: tổ chức {N(1246)} ca tuần tra với {N(6230)} lượt cán bộ, chiến sĩ, dân quân tham gia, bình quân {ca} lượt người/ca. Công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ: tuyên truyền 84 buổi với {N(5460)} lượt người tham dự; kiểm tra an toàn phòng cháy, chữa cháy 236 lượt cơ sở, phát hiện 31 sơ hở, thiếu sót, đã kiến nghị khắc phục 31/31 trường hợp (đạt 100%). Công an các xã, thị trấn tiếp tục được củng cố, kiện toàn, bảo đảm điều kiện làm việc; 100% công an xã được trang bị phương tiện, công cụ hỗ trợ theo quy định.')
    d.ratio(L, f'bình quân {ca} lượt người/ca', 6230, 1246, ca, 'c', mult=1, unit=' lượt người/ca')
    d.frac(L, '31/31 trường hợp (đạt 100%)', '31', '31', 'c', stated='100', whole=31)
    tot = [fine, parse('0,918'), parse('0,516')]
    r_dt = P(sum(tot), 8)
    r_ck = P(sum(tot), parse('6,365'))
    L = d.add(f'Tổng số tiền xử phạt vi phạm hành chính đã nộp ngân sách nhà nước 7,916 tỷ đồng, gồm: lĩnh vực trật tự an toàn giao thông 6,482 tỷ đồng, trật tự xã hội 0,918 tỷ đồng, kinh tế, môi trường và lĩnh vực khác 0,516 tỷ đồng; đạt {r_dt}% dự toán năm (8 tỷ đồng), bằng {r_ck}% so với cùng kỳ (6,365 tỷ đồng).')
    d.sum(L, 'ngân sách nhà nước 7,916 tỷ đồng', tot, '7,916', 'c', unit=' tỷ đồng')
    d.repeat(L, 'trật tự an toàn giao thông 6,482 tỷ đồng', '6,482', '6,482', 'c')
    d.ratio(L, f'{r_dt}% dự toán năm', sum(tot), 8, r_dt, 'c')
    d.ratio(L, f'bằng {r_ck}% so với cùng kỳ', sum(tot), parse('6,365'), r_ck, 'c')
    d.add('III. ĐÁNH GIÁ CHUNG')
    L = d.add(f'9 tháng đầu năm 2024, tình hình an ninh, trật tự trên địa bàn huyện cơ bản ổn định; phạm pháp hình sự giảm {Z(hs23 - hs)} vụ; tai nạn giao thông xảy ra 26 vụ, giảm cả 03 tiêu chí (số vụ, số người chết, số người bị thương); tỷ lệ điều tra, làm rõ án hình sự đạt {s_dt}%. Riêng từ đầu năm 2024 đến ngày 25/9/2024, trên địa bàn xảy ra 49 vụ phạm pháp hình sự. Tuy nhiên, tội phạm lừa đảo chiếm đoạt tài sản qua không gian mạng diễn biến phức tạp; tình trạng thanh, thiếu niên tụ tập đua xe, gây rối trật tự công cộng vẫn còn xảy ra; vi phạm nồng độ cồn khi tham gia giao thông còn nhiều.')
    d.repeat(L, f'phạm pháp hình sự giảm {Z(hs23 - hs)} vụ', Z(hs23 - hs), Z(hs23 - hs), 'c', first_line=L_hs)
    d.repeat(L, 'xảy ra 26 vụ', str(acc), '26', 'i', first_line=L_tn)
    d.repeat(L, f'làm rõ án hình sự đạt {s_dt}%', s_dt, s_dt, 'c')
    d.amb(L, 'xảy ra 49 vụ', 'repeat',
          'criminal cases counted from 01/01/2024 to 25/9/2024 (49) vs the reporting period 15/12/2023 - 14/9/2024 (46): different periods, cannot be reconciled from the text', fig='49')
    d.add('Nguyên nhân của hạn chế: một số cấp ủy, chính quyền cơ sở chưa quan tâm đúng mức đến công tác bảo đảm an ninh, trật tự; ý thức chấp hành pháp luật của một bộ phận người dân còn thấp; lực lượng Công an xã mới được bố trí, kinh nghiệm thực tiễn còn hạn chế; phương tiện, trang thiết bị phục vụ công tác còn thiếu so với yêu cầu nhiệm vụ.')
    d.add('IV. PHƯƠNG HƯỚNG, NHIỆM VỤ 3 THÁNG CUỐI NĂM 2024')
    con = fmt(8 - sum(tot), 3)
    L = d.add(f'Tiếp tục nắm chắc tình hình, bảo vệ tuyệt đối an toàn các sự kiện chính trị, văn hóa, các ngày lễ, Tết Nguyên đán Ất Tỵ 2025; phấn đấu tỷ lệ điều tra, khám phá án hình sự đạt trên 80%; kéo giảm tai nạn giao thông trên 5% ở cả 3 tiêu chí so với năm 2023; thu nộp ngân sách từ xử phạt vi phạm hành chính đạt 100% dự toán (còn phải thu {con} tỷ đồng). Mọi tin báo về an ninh, trật tự, đề nghị Nhân dân gọi số 113 hoặc đường dây nóng Công an huyện: 0272.3642.113.')
    d.diff(L, f'còn phải thu {con} tỷ đồng', 8, sum(tot), con, 'tăng', 'c', unit=' tỷ đồng',
           what='remaining to reach the 8 tỷ estimate: 8 − 7,916')
    d.add('Trên đây là báo cáo kết quả công tác bảo đảm an ninh, trật tự và trật tự an toàn giao thông 9 tháng đầu năm 2024 của Công an huyện Long Bình./.')
    for t in ['Nơi nhận:', '- Công an tỉnh (PV01, PC08);', '- TT. Huyện ủy, UBND huyện;', '- Lưu: VT, TH.', 'TRƯỞNG CÔNG AN HUYỆN']:
        d.add(t)
    return d


# ====================================================================== main
DRAFTS = [d1, d2, d3, d4, d5, d6]


def summary(drafts):
    rows = []
    tot = Counter()
    kv = Counter()
    for d in drafts:
        c = Counter(x['verdict'] for x in d.claims)
        tot.update(c)
        for x in d.claims:
            kv[(x['kind'], x['verdict'])] += 1
        rows.append((d.slug + '.txt', len(d.text()), len(d.lines), len(d.claims), c))
    out = ['# heldout6 / prose: summary', '',
           'Generated by `python3 make.py --summary`. Verdicts are re-checked by exact arithmetic in make.py.', '',
           '## Drafts', '',
           '| draft | characters | lines | claims | consistent | rounding | inconsistent | ambiguous |',
           '|---|---:|---:|---:|---:|---:|---:|---:|']
    for name, n, nl, nc, c in rows:
        out.append('| %s | %s | %d | %d | %s |' % (name, '{:,}'.format(n), nl, nc, ' | '.join(str(c[v]) for v in VERDICTS)))
    out.append('| **total** | %s | %d | %d | %s |' % ('{:,}'.format(sum(r[1] for r in rows)), sum(r[2] for r in rows),
                                                   sum(r[3] for r in rows), ' | '.join(str(tot[v]) for v in VERDICTS)))
    n = sum(tot.values())
    out += ['', 'Share of claims: ' + ', '.join('%s %.1f %%' % (v, 100.0 * tot[v] / n) for v in VERDICTS), '',
            '## Kind × verdict', '',
            '| kind | consistent | rounding | inconsistent | ambiguous | total |',
            '|---|---:|---:|---:|---:|---:|']
    for k in KINDS:
        out.append('| %s | %s | %d |' % (k, ' | '.join(str(kv[(k, v)]) for v in VERDICTS), sum(kv[(k, v)] for v in VERDICTS)))
    out.append('| **total** | %s | %d |' % (' | '.join(str(tot[v]) for v in VERDICTS), n))
    return '\n'.join(out) + '\n'


def main():
    drafts = [f() for f in DRAFTS]
    for d in drafts:
        n = d.write()
        c = Counter(x['verdict'] for x in d.claims)
        print('%-45s %6d chars %3d claims  %s' % (d.slug, n, len(d.claims), dict(c)))
    if '--summary' in sys.argv[1:]:
        with open(os.path.join(OUT, 'SUMMARY.md'), 'w', encoding='utf-8') as f:
            f.write(summary(drafts))
        print('SUMMARY.md written')


if __name__ == '__main__':
    main()
