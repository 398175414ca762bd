#!/usr/bin/env python3
"""Generator for the sealed table evaluation set (part heldout5/tables).

Python 3 standard library only.  Every figure that depends on others (totals,
shares, differences, ratios, yields, densities) is computed here with exact
Decimal arithmetic and ROUND_HALF_UP, then rendered as staff would type it.
Each case declares the rules that hold between its cells; the script checks
that (1) all rules hold on the correct table, (2) after the planted mutations
every failing rule touches a planted cell, every planted error breaks a rule,
and the culprit is the only single cell that explains its failing rules,
(3) every planted warning is exactly a truncation / a lower-precision rounding.
Run:  python3 make.py      (writes cases/*.json and SUMMARY.md beside it)
"""
import json
import os
import random
import re
import sys
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP, ROUND_DOWN, getcontext

getcontext().prec = 50
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'cases')


# ----------------------------------------------------------------- numbers
def Q(p):
    return D(1).scaleb(-p)


def rnd(x, p=0):
    return D(x).quantize(Q(p), rounding=ROUND_HALF_UP)


def trn(x, p=0):
    return D(x).quantize(Q(p), rounding=ROUND_DOWN)


def pct(a, b, p=2, scale=100):
    return rnd(D(a) * scale / D(b), p)


def vi(x, p=None, plus=False):
    """vi-VN text: '.' thousands, ',' decimals."""
    x = D(x)
    if p is not None:
        x = rnd(x, p)
    neg = x < 0
    if neg:
        x = -x
    s = format(x, 'f')
    ip, _, fp = s.partition('.')
    out = '{:,}'.format(int(ip)).replace(',', '.') + (',' + fp if fp else '')
    if neg:
        return '-' + out
    if plus and x != 0:
        return '+' + out
    return out


def num(x, p=None):
    """A JSON number (General format)."""
    x = D(x)
    if p is not None:
        x = rnd(x, p)
    if x == x.to_integral_value():
        return int(x)
    return float(x)


def z2(n):
    """Counts under 10 with a leading zero, as typed in reports."""
    return '%02d' % n


def parse_text(s):
    t = s.strip().replace('\u00a0', ' ')
    if t in ('', '-', '–', 'x', 'X', '...', '…'):
        return None
    sign = 1
    low = t.lower()
    if low.startswith('giảm'):
        sign = -1
        t = t[4:].strip()
    elif low.startswith('tăng'):
        t = t[4:].strip()
    if t.startswith('(') and t.endswith(')'):
        sign = -sign
        t = t[1:-1].strip()
    t = t.replace('%', '').strip()
    if t.startswith('+'):
        t = t[1:]
    elif t.startswith('-'):
        sign = -sign
        t = t[1:]
    t = t.replace('.', '').replace(',', '.')
    if not re.fullmatch(r'\d+(\.\d+)?', t):
        return None
    return sign * D(t)


def parse_any(raw):
    if raw is None or isinstance(raw, bool):
        return None
    if isinstance(raw, (int, float)):
        return D(repr(raw))
    return parse_text(raw)


# --------------------------------------------------------------- addresses
def cl(c):
    s = ''
    c += 1
    while c:
        c, r = divmod(c - 1, 26)
        s = chr(65 + r) + s
    return s


def ad(r, c):
    return '%s%d' % (cl(c), r)


def pa(a):
    m = re.fullmatch(r'([A-Z]+)(\d+)', a)
    col = 0
    for ch in m.group(1):
        col = col * 26 + ord(ch) - 64
    return int(m.group(2)), col - 1


def ci(letter):
    return pa(letter + '1')[1]


# ------------------------------------------------------------------ sheets
class Sheet:
    def __init__(self, name):
        self.name = name
        self.rows = []
        self.merges = []
        self.cells = {}
        self.formulas = []

    def add(self, *vals):
        self.rows.append(list(vals))
        return len(self.rows)

    def blank(self):
        self.rows.append([])
        return len(self.rows)

    def raw(self, a):
        r, c = pa(a)
        if r - 1 >= len(self.rows):
            return None
        row = self.rows[r - 1]
        return row[c] if c < len(row) else None

    def put(self, a, v):
        r, c = pa(a)
        while len(self.rows) < r:
            self.rows.append([])
        row = self.rows[r - 1]
        while len(row) <= c:
            row.append(None)
        row[c] = v

    def val(self, a):
        if a in self.cells and 'v' in self.cells[a]:
            cc = self.cells[a]
            v = D(repr(cc['v']))
            if '%' in cc.get('fmt', ''):
                v *= 100
            return v
        return parse_any(self.raw(a))

    def fmt(self, a, v, f):
        self.cells[a] = {'v': v, 'fmt': f}
        self.put(a, v)

    def merge(self, *rs):
        self.merges.extend(rs)

    def formula(self, a, f, fmt=None):
        cc = {'formula': f}
        if fmt:
            cc['fmt'] = fmt
        self.cells[a] = cc
        if a not in self.formulas:
            self.formulas.append(a)
        self.recalc_one(a)

    def recalc_one(self, a):
        v = self.evalf(self.cells[a]['formula'])
        cc = self.cells[a]
        new = {'v': num(v), 'formula': cc['formula']}
        if 'fmt' in cc:
            new['fmt'] = cc['fmt']
        self.cells[a] = new
        self.put(a, num(v))

    def recalc(self):
        for a in self.formulas:
            self.recalc_one(a)

    def evalf(self, f):
        def expand(arg):
            arg = arg.strip()
            if ':' in arg:
                x, y = arg.split(':')
                r1, c1 = pa(x)
                r2, c2 = pa(y)
                return [ad(r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)]
            return [arg]

        def sumrep(m):
            refs = [x for arg in m.group(1).split(',') for x in expand(arg)]
            return '(' + '+'.join('V("%s")' % x for x in refs) + ')'

        e = re.sub(r'SUM\(([^()]*)\)', sumrep, f)
        e = re.sub(r'(?<!")\b([A-Z]{1,2}\d+)\b(?!")', lambda m: 'V("%s")' % m.group(1), e)
        e = e.replace('ROUND(', 'R(')
        env = {'V': lambda a: self.val(a) or D(0), 'R': lambda x, n: rnd(x, int(n))}
        return eval(e, env)

    def to_json(self):
        out = {'name': self.name, 'rows': self.rows}
        if self.merges:
            out['merges'] = self.merges
        if self.cells:
            out['cells'] = self.cells
        return out


# ------------------------------------------------------------------- cases
class Case:
    def __init__(self, cid, layout, about, party=False):
        self.id = cid
        self.layout = layout
        self.about = about
        self.party = party
        self.sheets = []
        self.tables = []
        self.rules = []
        self.muts = []
        self.errors = []
        self.warnings = []

    def sheet(self, name):
        s = Sheet(name)
        self.sheets.append(s)
        return s

    def S(self, name):
        for s in self.sheets:
            if s.name == name:
                return s
        raise KeyError(name)

    def table(self, sh, top, bottom, ncols, left=0):
        self.tables.append({'sheet': sh.name, 'range': '%s%d:%s%d' % (cl(left), top, cl(ncols - 1), bottom)})

    # -- rule helpers: every cell reference is (sheet name, address)
    def _v(self, ref):
        return self.S(ref[0]).val(ref[1])

    def _refs(self, sh, x):
        if isinstance(x, tuple):
            return [x]
        if isinstance(x, list):
            out = []
            for y in x:
                out += self._refs(sh, y)
            return out
        return [(sh.name, x)]

    def _sum(self, refs):
        return sum((self._v(r) or D(0)) for r in refs)

    def rule(self, kind, cells, fn, desc):
        self.rules.append({'kind': kind, 'cells': cells, 'fn': fn, 'desc': desc})

    def rsum(self, sh, tgt, parts):
        t = self._refs(sh, tgt)[0]
        ps = self._refs(sh, parts)

        def fn():
            v = self._v(t)
            s = self._sum(ps)
            return ((v is not None and v == s) or (v is None and s == 0 and self._blank_ok(t))), 'sum %s=%s vs %s' % (t[1], v, s)
        self.rule('sum', [t] + ps, fn, 'sum %s' % (t,))

    def _blank_ok(self, ref):
        raw = self.S(ref[0]).raw(ref[1])
        return isinstance(raw, str) and raw.strip() in ('-', '–')

    def rlin(self, sh, tgt, terms):
        t = self._refs(sh, tgt)[0]
        ts = [(D(k), self._refs(sh, a)[0]) for k, a in terms]

        def fn():
            v = self._v(t)
            s = sum(k * (self._v(r) or D(0)) for k, r in ts)
            return (v is not None and v == s), 'lin %s=%s vs %s' % (t[1], v, s)
        self.rule('lin', [t] + [r for _, r in ts], fn, 'lin %s' % (t,))

    def rdiff(self, sh, tgt, a, b):
        self.rlin(sh, tgt, [(1, a), (-1, b)])

    def rdiv(self, sh, tgt, nm, dn, p, scale=100):
        t = self._refs(sh, tgt)[0]
        ns = self._refs(sh, nm)
        ds = self._refs(sh, dn)

        def fn():
            v = self._v(t)
            e = self._sum(ns) * D(scale) / self._sum(ds)
            return self._cmp(v, e, p), 'div %s=%s vs %s' % (t[1], v, e)
        self.rule('div', [t] + ns + ds, fn, 'div %s' % (t,))

    def rcalc(self, sh, tgt, inputs, f, p, raw=False, desc='calc'):
        t = self._refs(sh, tgt)[0]
        ins = self._refs(sh, inputs)

        def fn():
            v = self._v(t)
            if raw:
                e = D(f([self.S(r[0]).raw(r[1]) for r in ins]))
            else:
                e = D(f(*[self._v(r) for r in ins]))
            return self._cmp(v, e, p), '%s %s=%s vs %s' % (desc, t[1], v, e)
        self.rule('calc', [t] + ins, fn, desc)

    @staticmethod
    def _cmp(v, e, p):
        if v is None:
            return False
        if rnd(v, p) == rnd(e, p):
            return True
        if v == trn(e, p) and v != rnd(e, p):
            return 'trunc'
        for k in range(p):
            if v == rnd(e, k):
                return 'prec'
        return False

    def rle(self, sh, small, big):
        a = self._refs(sh, small)
        b = self._refs(sh, big)

        def fn():
            x, y = self._sum(a), self._sum(b)
            return x <= y, 'le %s<=%s' % (x, y)
        self.rule('le', a + b, fn, 'le')

    def req(self, ra, rb):
        def fn():
            return self._v(ra) == self._v(rb) and self._v(ra) is not None, 'eq %s=%s' % (self._v(ra), self._v(rb))
        self.rule('eq', [ra, rb], fn, 'eq %s %s' % (ra, rb))

    def r100(self, sh, cells, p):
        cs = self._refs(sh, cells)

        def fn():
            s = self._sum(cs)
            tol = D(len(cs)) * Q(p) / 2
            return abs(s - 100) <= tol, 'pct100 %s' % s
        self.rule('p100', cs, fn, 'pct100')

    def rlabel(self, sh, a, text):
        ref = (sh.name, a)

        def fn():
            return self.S(ref[0]).raw(ref[1]) == text, 'label %r' % self.S(ref[0]).raw(ref[1])
        self.rule('label', [ref], fn, 'label')

    def colsum(self, sh, cols, tot, parts):
        for col in cols:
            self.rsum(sh, '%s%d' % (col, tot), ['%s%d' % (col, r) for r in parts])

    # -- planted slips (applied in finalize)
    def err(self, sh, culprit, new, kind, note, value='auto', formula=None):
        self.muts.append(dict(t='err', sheet=sh.name, cell=culprit, new=new, kind=kind,
                              note=note, value=value, formula=formula))

    def warn(self, sh, cell, new, kind, note):
        self.muts.append(dict(t='warn', sheet=sh.name, cell=cell, new=new, kind=kind, note=note))

    # -- verification
    def _eval(self):
        res = []
        for r in self.rules:
            ok, info = r['fn']()
            res.append((r, ok, info))
        return res

    def finalize(self):
        for s in self.sheets:
            s.recalc()
        res = self._eval()
        bad = [(r['desc'], info) for r, ok, info in res if ok is not True]
        if bad:
            raise SystemExit('%s: clean state inconsistent: %s' % (self.id, bad[:6]))
        # originals
        orig = {}
        for m in self.muts:
            cells = m['cell'] if isinstance(m['cell'], list) else [m['cell']]
            for a in cells:
                sh = self.S(m['sheet'])
                orig[(m['sheet'], a)] = (sh.raw(a), sh.val(a), dict(sh.cells.get(a, {})) if a in sh.cells else None)
        # apply
        for m in self.muts:
            sh = self.S(m['sheet'])
            if m['t'] == 'err' and m['kind'] == 'swap':
                a, b = m['cell']
                ra, rb = sh.raw(a), sh.raw(b)
                sh.put(a, rb)
                sh.put(b, ra)
            elif m.get('formula'):
                sh.formula(m['cell'], m['formula'], sh.cells[m['cell']].get('fmt'))
            else:
                sh.cells.pop(m['cell'], None)
                if m['cell'] in sh.formulas:
                    sh.formulas.remove(m['cell'])
                sh.put(m['cell'], m['new'])
        for s in self.sheets:
            s.recalc()
        res = self._eval()
        failing = [(r, ok, info) for r, ok, info in res if ok is not True]
        passing = [r for r, ok, info in res if ok is True]
        planted = set()
        for m in self.muts:
            cells = m['cell'] if isinstance(m['cell'], list) else [m['cell']]
            for a in cells:
                planted.add((m['sheet'], a))
        for r, ok, info in failing:
            if not planted & set(r['cells']):
                raise SystemExit('%s: unexpected failure %s %s' % (self.id, r['desc'], info))
        passing_cells = set()
        for r in passing:
            if r['kind'] in ('sum', 'lin', 'div', 'calc', 'eq'):
                passing_cells |= set(r['cells'])
        report = []
        for m in self.muts:
            cells = m['cell'] if isinstance(m['cell'], list) else [m['cell']]
            refs = [(m['sheet'], a) for a in cells]
            mine = [(r, ok, info) for r, ok, info in failing if set(refs) & set(r['cells'])]
            if m['t'] == 'warn':
                ref = refs[0]
                if not mine or any(ok != ('trunc' if m['kind'] == 'truncation' else 'prec') for r, ok, info in mine):
                    raise SystemExit('%s: warning %s not a clean %s: %s' % (self.id, ref, m['kind'], [(r['desc'], ok, i) for r, ok, i in mine]))
                v = orig[ref][1]
                self.warnings.append({'sheet': m['sheet'], 'cell': m['cell'], 'kind': m['kind'],
                                      'value': num(v), 'note': m['note']})
                continue
            if not mine:
                raise SystemExit('%s: error %s breaks no rule' % (self.id, refs))
            for r, ok, info in mine:
                if ok in ('trunc', 'prec'):
                    raise SystemExit('%s: error %s looks like a rounding slip' % (self.id, refs))
            # culprit uniqueness (Fellegi-Holt style heuristic)
            if m['kind'] not in ('formula-range', 'term-label'):
                inter = None
                for r, ok, info in mine:
                    cs = set(r['cells'])
                    inter = cs if inter is None else inter & cs
                if m['kind'] == 'swap':
                    cand = set(refs)
                    for r, ok, info in mine:
                        if not (set(r['cells']) & cand):
                            raise SystemExit('%s: swap rule w/o cell' % self.id)
                else:
                    cand = inter - passing_cells
                    if cand != set(refs) and m['value'] is not None:
                        raise SystemExit('%s: culprit %s not unique: candidates %s, failing %s' % (
                            self.id, refs, sorted(cand), [r['desc'] for r, ok, i in mine]))
            if m['value'] == 'auto':
                if m['kind'] == 'swap':
                    value = [num(orig[x][1]) for x in refs]
                elif m['kind'] == 'term-label':
                    value = orig[refs[0]][0]
                else:
                    value = num(orig[refs[0]][1])
            else:
                value = m['value']
            self.errors.append({'sheet': m['sheet'], 'culprit': m['cell'], 'value': value,
                                'kind': m['kind'], 'note': m['note']})
            report.append((refs, [r['desc'] for r, ok, i in mine]))
        return report

    def to_json(self):
        return {'id': self.id, 'layout': self.layout, 'about': self.about,
                'sheets': [s.to_json() for s in self.sheets], 'tables': self.tables,
                'errors': self.errors, 'warnings': self.warnings}


# ------------------------------------------------------- digit-slip helpers
def one_digit(a, b):
    sa, sb = str(a), str(b)
    return len(sa) == len(sb) and sum(x != y for x, y in zip(sa, sb)) == 1


def transposed(n, i):
    """Swap digits i and i+1 (from the left) of integer n."""
    s = list(str(n))
    assert s[i] != s[i + 1], (n, i)
    s[i], s[i + 1] = s[i + 1], s[i]
    return int(''.join(s))


# ------------------------------------------------------------------- names
PHUNG_HIEP = ['Thị trấn Cây Dương', 'Thị trấn Kinh Cùng', 'Thị trấn Búng Tàu', 'Xã Tân Bình',
              'Xã Bình Thành', 'Xã Long Thạnh', 'Xã Thạnh Hòa', 'Xã Tân Long', 'Xã Hòa An',
              'Xã Hòa Mỹ', 'Xã Phụng Hiệp', 'Xã Phương Bình', 'Xã Phương Phú', 'Xã Hiệp Hưng',
              'Xã Tân Phước Hưng']
LONG_MY = ['Thị trấn Vĩnh Viễn', 'Xã Vĩnh Viễn', 'Xã Vĩnh Viễn A', 'Xã Lương Tâm', 'Xã Lương Nghĩa',
           'Xã Xà Phiên', 'Xã Thuận Hưng', 'Xã Thuận Hòa']
CHAU_THANH_A = ['Thị trấn Một Ngàn', 'Thị trấn Bảy Ngàn', 'Thị trấn Rạch Gòi', 'Thị trấn Cái Tắc',
                'Xã Nhơn Nghĩa A', 'Xã Tân Hòa', 'Xã Trường Long Tây', 'Xã Trường Long A',
                'Xã Thạnh Xuân', 'Xã Tân Phú Thạnh']
VI_THUY = ['Thị trấn Nàng Mau', 'Xã Vị Thủy', 'Xã Vị Trung', 'Xã Vị Thắng', 'Xã Vị Bình',
           'Xã Vị Đông', 'Xã Vị Thanh', 'Xã Vĩnh Thuận Tây', 'Xã Vĩnh Trung', 'Xã Vĩnh Tường']
PROVINCE = ['Thành phố Vị Thanh', 'Thành phố Ngã Bảy', 'Thị xã Long Mỹ', 'Huyện Châu Thành',
            'Huyện Châu Thành A', 'Huyện Phụng Hiệp', 'Huyện Vị Thủy', 'Huyện Long Mỹ']
PHU_BINH = ['Thị trấn Hương Sơn', 'Xã Kha Sơn', 'Xã Tân Đức', 'Xã Bảo Lý', 'Xã Úc Kỳ', 'Xã Nhã Lộng',
            'Xã Điềm Thụy', 'Xã Hà Châu', 'Xã Tân Khánh', 'Xã Tân Kim', 'Xã Tân Thành', 'Xã Thượng Đình',
            'Xã Lương Phú']
CHAU_THANH = ['Thị trấn Ngã Sáu', 'Thị trấn Mái Dầm', 'Xã Đông Thạnh', 'Xã Đông Phú', 'Xã Phú Hữu',
              'Xã Phú Tân', 'Xã Đông Phước', 'Xã Đông Phước A']

CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# =================================================================== CASES
@case
def c01():
    c = Case('s01-lua-dong-xuan-theo-xa', 'communes-rows-total-first-yield-colnum',
             'Rice winter-spring crop by commune: sown/harvested area typed as vi-VN text, yield (tạ/ha) '
             'derived from output and harvested area, district total row first with its own yield')
    rng = random.Random(101)
    sh = c.sheet('ĐX 2023-2024')
    sh.add('UBND HUYỆN PHỤNG HIỆP')
    sh.add('PHÒNG NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN')
    sh.blank()
    sh.add('KẾT QUẢ SẢN XUẤT LÚA VỤ ĐÔNG XUÂN 2023 - 2024')
    sh.add('(Số liệu tính đến ngày 15/3/2024)')
    h = sh.add('STT', 'Xã, thị trấn', 'Diện tích xuống giống (ha)', 'Diện tích đã thu hoạch (ha)',
               'Năng suất (tạ/ha)', 'Sản lượng (tấn)', 'Ghi chú')
    sh.add('A', 'B', 1, 2, '3 = 4 : 2 x 10', 4, 'C')
    tot = sh.add()
    rows = []
    for i, name in enumerate(PHUNG_HIEP[:13]):
        xg = D(rng.randint(6500, 31000)) / 10
        if rng.random() < 0.55:
            th = xg
        else:
            th = rnd(xg * D(rng.randint(48, 94)) / 100, 1)
        ns_target = D(rng.randint(655, 772)) / 10
        sl = rnd(th * ns_target / 10, 0)
        ns = rnd(sl * 10 / th, 1)
        note = 'Thu hoạch xong' if th == xg else 'Đang thu hoạch'
        r = sh.add(i + 1, name, vi(xg, 1), vi(th, 1), num(ns), num(sl), note)
        rows.append((r, xg, th, sl))
    txg = sum(x[1] for x in rows)
    tth = sum(x[2] for x in rows)
    tsl = sum(x[3] for x in rows)
    for col, v in zip('ABCDEFG', ['', 'Toàn huyện', vi(txg, 1), vi(tth, 1), num(rnd(tsl * 10 / tth, 1)), num(tsl), '']):
        sh.put('%s%d' % (col, tot), v)
    last = rows[-1][0]
    sh.add('Ghi chú: Năng suất tính trên diện tích đã thu hoạch.')
    sh.merge('A1:C1', 'A2:C2', 'A4:G4', 'A5:G5')
    c.table(sh, h, last, 7)
    c.colsum(sh, 'CDF', tot, [x[0] for x in rows])
    for r in [tot] + [x[0] for x in rows]:
        c.rdiv(sh, 'E%d' % r, 'F%d' % r, 'D%d' % r, 1, scale=10)
        c.rle(sh, 'D%d' % r, 'C%d' % r)
    return c


@case
def c02():
    c = Case('s02-thu-ngan-sach-huyen', 'budget-roman-blocks-plan-prev-pct2',
             'District budget revenue: roman blocks, estimate vs previous year vs plan, two % columns, total first')
    sh = c.sheet('Thu NS 2024')
    sh.add('UBND HUYỆN VỊ THỦY')
    sh.add('BIỂU ƯỚC THỰC HIỆN THU NGÂN SÁCH NĂM 2024')
    sh.add(None, None, None, None, None, None, 'Đơn vị tính: triệu đồng')
    h = sh.add('STT', 'Nội dung', 'Dự toán năm 2024', 'Thực hiện năm 2023', 'Ước thực hiện năm 2024', 'So sánh (%)', None)
    sh.add(None, None, None, None, None, 'So dự toán', 'So cùng kỳ')
    sh.add('A', 'B', 1, 2, 3, '4=3/1', '5=3/2')
    sh.merge('A%d:A%d' % (h, h + 1), 'B%d:B%d' % (h, h + 1), 'C%d:C%d' % (h, h + 1), 'D%d:D%d' % (h, h + 1),
             'E%d:E%d' % (h, h + 1), 'F%d:G%d' % (h, h))
    items = [('1', 'Thu từ khu vực doanh nghiệp nhà nước', 1200, 1356, 1415),
             ('2', 'Thu từ khu vực công thương nghiệp ngoài quốc doanh', 45000, 41872, 48215),
             ('3', 'Lệ phí trước bạ', 18500, 17936, 19842),
             ('4', 'Thuế thu nhập cá nhân', 9800, 9127, 10463),
             ('5', 'Thu phí, lệ phí', 3600, 3418, 3702),
             ('6', 'Thu tiền sử dụng đất', 60000, 48530, 52164),
             ('7', 'Thu tiền cho thuê đất, thuê mặt nước', 2500, 2271, 2648),
             ('8', 'Thu khác ngân sách', 4400, 5126, 4987)]
    sup = [('1', 'Bổ sung cân đối', 512340, 478905, 512340),
           ('2', 'Bổ sung có mục tiêu', 85620, 102447, 96318)]
    tot = sh.add()
    r1 = sh.add()
    ir = []
    for it in items:
        ir.append(sh.add(it[0], it[1], it[2], it[3], it[4]))
    r2 = sh.add()
    sr = []
    for it in sup:
        sr.append(sh.add(it[0], it[1], it[2], it[3], it[4]))
    r3 = sh.add('III', 'Thu chuyển nguồn năm trước sang', '-', 38214, 41530)

    def s(rows, k):
        return sum(D(sh.val('%s%d' % ('CDE'[k], r)) or 0) for r in rows)
    for r, stt, lab, rows in [(r1, 'I', 'Thu ngân sách nhà nước trên địa bàn', ir), (r2, 'II', 'Thu bổ sung từ ngân sách cấp trên', sr)]:
        sh.put('A%d' % r, stt)
        sh.put('B%d' % r, lab)
        for k in range(3):
            sh.put('%s%d' % ('CDE'[k], r), num(s(rows, k)))
    sh.put('B%d' % tot, 'TỔNG THU NGÂN SÁCH HUYỆN (I+II+III)')
    for k in range(3):
        sh.put('%s%d' % ('CDE'[k], tot), num(s([r1, r2, r3], k)))
    allr = [tot, r1] + ir + [r2] + sr + [r3]
    for r in allr:
        C, Dd, E = sh.val('C%d' % r), sh.val('D%d' % r), sh.val('E%d' % r)
        sh.put('F%d' % r, num(pct(E, C, 1)) if C else '-')
        sh.put('G%d' % r, num(pct(E, Dd, 1)))
        if C:
            c.rdiv(sh, 'F%d' % r, 'E%d' % r, 'C%d' % r, 1)
        c.rdiv(sh, 'G%d' % r, 'E%d' % r, 'D%d' % r, 1)
    c.table(sh, h, r3, 7)
    c.colsum(sh, 'CDE', tot, [r1, r2, r3])
    c.colsum(sh, 'CDE', r1, ir)
    c.colsum(sh, 'CDE', r2, sr)
    bad = ir[1]
    assert one_digit(48215, 43215)
    c.err(sh, 'E%d' % bad, 43215, 'digit',
          '43.215 typed for 48.215 (one digit): breaks block I total E%d, and the row '
          'shares %s %% / %s %% were computed on 48.215' % (r1, vi(sh.val('F%d' % bad)), vi(sh.val('G%d' % bad))))
    return c


@case
def c03():
    c = Case('s03-chi-ngan-sach-6-thang', 'formula-subtotals-exec-rate',
             'District expenditure, first half: subtotal and total rows are SUM formulas with cached values, '
             'execution-rate column is a formula')
    sh = c.sheet('Chi NS 6T')
    sh.add('UBND HUYỆN CHÂU THÀNH A')
    sh.add('PHÒNG TÀI CHÍNH - KẾ HOẠCH')
    sh.blank()
    sh.add('TÌNH HÌNH THỰC HIỆN CHI NGÂN SÁCH HUYỆN 6 THÁNG ĐẦU NĂM 2024')
    sh.add(None, None, None, None, None, 'ĐVT: triệu đồng')
    h = sh.add('STT', 'Nội dung chi', 'Dự toán tỉnh giao', 'Dự toán HĐND huyện giao', 'Thực hiện 6 tháng',
               'Tỷ lệ TH/DT huyện giao (%)')
    tot = sh.add('A', 'TỔNG CHI NGÂN SÁCH HUYỆN (I+II+III)')
    r1 = sh.add('I', 'Chi đầu tư phát triển', 98500, 112400, 46218)
    r2 = sh.add('II', 'Chi thường xuyên')
    items = [('Chi sự nghiệp kinh tế', 28450, 30120, 12874),
             ('Chi sự nghiệp giáo dục - đào tạo và dạy nghề', 245600, 248300, 118652),
             ('Chi sự nghiệp y tế, dân số và gia đình', 6800, 7150, 3208),
             ('Chi sự nghiệp văn hóa thông tin', 3200, 3450, 1596),
             ('Chi sự nghiệp phát thanh, truyền hình', 2100, 2180, 1047),
             ('Chi sự nghiệp thể dục thể thao', 1300, 1420, 528),
             ('Chi sự nghiệp bảo vệ môi trường', 5600, 6050, 2319),
             ('Chi bảo đảm xã hội', 18900, 21400, 11736),
             ('Chi quản lý hành chính, Đảng, đoàn thể', 64300, 66850, 31942),
             ('Chi quốc phòng, an ninh', 7400, 8100, 4215),
             ('Chi khác ngân sách', 2500, 2950, 1384)]
    rr = [sh.add(i + 1, lab, a, b, t) for i, (lab, a, b, t) in enumerate(items)]
    r3 = sh.add('III', 'Dự phòng ngân sách', 9200, 9800, 0)
    for col in 'CDE':
        sh.formula('%s%d' % (col, r2), 'SUM(%s%d:%s%d)' % (col, rr[0], col, rr[-1]), '#,##0')
        sh.formula('%s%d' % (col, tot), '%s%d+%s%d+%s%d' % (col, r1, col, r2, col, r3), '#,##0')
    for r in [tot, r1, r2] + rr + [r3]:
        sh.formula('F%d' % r, 'E%d/D%d*100' % (r, r), '0.00')
    sh.add('Ghi chú: Dự phòng ngân sách chưa sử dụng trong 6 tháng đầu năm.')
    c.table(sh, h, r3, 6)
    c.colsum(sh, 'CDE', r2, rr)
    for col in 'CDE':
        c.rsum(sh, '%s%d' % (col, tot), ['%s%d' % (col, r) for r in (r1, r2, r3)])
    for r in [tot, r1, r2] + rr + [r3]:
        c.rdiv(sh, 'F%d' % r, 'E%d' % r, 'D%d' % r, 2)
    c.err(sh, 'E%d' % r2, None, 'formula-range',
          'Chi thường xuyên, Thực hiện: =SUM(E%d:E%d) stops one row short and leaves out "Chi khác ngân sách" '
          '(E%d); columns C and D sum rows %d-%d. The total and the rate inherit the shortfall.'
          % (rr[0], rr[-2], rr[-1], rr[0], rr[-1]),
          formula='SUM(E%d:E%d)' % (rr[0], rr[-2]))
    return c


@case
def c04():
    c = Case('s04-ho-ngheo-can-ngheo-theo-xa', 'communes-rows-two-rate-pairs-total-last',
             'Poor and near-poor households by commune, rates on each commune\'s households, '
             'STT with leading zeros, rates typed as vi-VN text, total row last')
    rng = random.Random(404)
    sh = c.sheet('Hộ nghèo 2024')
    sh.add('UBND HUYỆN VỊ THỦY')
    sh.add('BAN CHỈ ĐẠO GIẢM NGHÈO BỀN VỮNG')
    sh.add('KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO NĂM 2024')
    sh.add('(Theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025)')
    h = sh.add('STT', 'Xã, thị trấn', 'Tổng số hộ dân cư', 'Hộ nghèo', None, 'Hộ cận nghèo', None, 'Ghi chú')
    sh.add(None, None, None, 'Số hộ', 'Tỷ lệ (%)', 'Số hộ', 'Tỷ lệ (%)', None)
    sh.merge('A%d:A%d' % (h, h + 1), 'B%d:B%d' % (h, h + 1), 'C%d:C%d' % (h, h + 1), 'D%d:E%d' % (h, h),
             'F%d:G%d' % (h, h), 'H%d:H%d' % (h, h + 1))
    data = []
    for i, name in enumerate(VI_THUY):
        hh = rng.randint(2100, 4600)
        pn = rng.randint(int(hh * 0.012), int(hh * 0.058))
        cn = rng.randint(int(hh * 0.024), int(hh * 0.052))
        data.append([name, hh, pn, cn])
    rows = []
    for i, (name, hh, pn, cn) in enumerate(data):
        note = ''
        if i in (2, 6):
            note = 'Có %s hộ nghèo thuộc diện bảo trợ xã hội' % z2(min(pn, 9 + i))
        rows.append(sh.add(z2(i + 1), name, hh, pn, vi(pct(pn, hh), 2), cn, vi(pct(cn, hh), 2), note))
    T = [sum(x[k] for x in data) for k in (1, 2, 3)]
    tot = sh.add(None, 'Cộng', T[0], T[1], vi(pct(T[1], T[0]), 2), T[2], vi(pct(T[2], T[0]), 2), None)
    sh.add(None, 'Nguồn: Kết quả rà soát của UBND các xã, thị trấn.')
    c.table(sh, h, tot, 8)
    c.colsum(sh, 'CDF', tot, rows)
    for r in rows + [tot]:
        c.rdiv(sh, 'E%d' % r, 'D%d' % r, 'C%d' % r, 2)
        c.rdiv(sh, 'G%d' % r, 'F%d' % r, 'C%d' % r, 2)
    # transposition in a near-poor count
    ti = next(i for i in range(3, 10) if data[i][3] >= 100 and str(data[i][3])[1] != str(data[i][3])[2])
    old = data[ti][3]
    new = transposed(old, 1)
    c.err(sh, 'F%d' % rows[ti], new, 'transposition',
          '%d typed for %d (last two digits swapped): column total F%d and the row rate %s %% both rest on %d'
          % (new, old, tot, vi(pct(old, data[ti][1]), 2), old))
    wi = next(i for i in range(10) if i != ti and trn(D(data[i][2]) * 100 / data[i][1], 2) != pct(data[i][2], data[i][1]))
    ex = D(data[wi][2]) * 100 / data[wi][1]
    c.warn(sh, 'E%d' % rows[wi], vi(trn(ex, 2)), 'truncation',
           '%d/%d = %s %% written %s instead of %s' % (data[wi][2], data[wi][1], vi(rnd(ex, 4)), vi(trn(ex, 2)), vi(rnd(ex, 2))))
    return c


@case
def c05():
    c = Case('s05-doan-the-qua-cac-nam', 'orgs-rows-years-cols-paren-negatives',
             'Membership of mass organisations 2021-2024, each with an overlapping "Trong đó" row; '
             'change column with negatives in parentheses; no grand total (members overlap)')
    sh = c.sheet('Đoàn thể')
    sh.add('BAN DÂN VẬN HUYỆN ỦY PHỤNG HIỆP')
    sh.add('SỐ LƯỢNG ĐOÀN VIÊN, HỘI VIÊN CÁC TỔ CHỨC CHÍNH TRỊ - XÃ HỘI HUYỆN')
    sh.add(None, None, None, None, None, None, 'Đơn vị: người')
    h = sh.add('TT', 'Tổ chức', 'Số lượng qua các năm', None, None, None, 'Tăng (+), giảm (-) năm 2024 so với năm 2023')
    sh.add(None, None, 'Năm 2021', 'Năm 2022', 'Năm 2023', 'Năm 2024', None)
    sh.merge('A%d:A%d' % (h, h + 1), 'B%d:B%d' % (h, h + 1), 'C%d:F%d' % (h, h), 'G%d:G%d' % (h, h + 1))
    data = [('I', 'Hội Nông dân', [18420, 18512, 18577, 18612]),
            ('', '- Trong đó: hội viên nữ', [5104, 5160, 5231, 5293]),
            ('II', 'Hội Liên hiệp Phụ nữ', [21356, 21490, 21702, 21688]),
            ('', '- Trong đó: hội viên là người dân tộc thiểu số', [412, 425, 431, 436]),
            ('III', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh', [9842, 9615, 9488, 9530]),
            ('', '- Trong đó: đoàn viên nữ', [4710, 4622, 4561, 4540]),
            ('IV', 'Hội Cựu chiến binh', [3215, 3248, 3262, 3244]),
            ('', '- Trong đó: hội viên là đảng viên', [2580, 2601, 2615, 2590])]
    rows = []
    for stt, lab, v in data:
        d = v[3] - v[2]
        dtxt = '(%s)' % vi(-d) if d < 0 else num(d)
        rows.append(sh.add(stt, lab, *[vi(x) for x in v], dtxt))
    sh.add(None, 'Ghi chú: Hội viên Hội Cựu chiến binh giảm chủ yếu do hội viên cao tuổi từ trần.')
    c.table(sh, h, rows[-1], 7)
    for k, r in enumerate(rows):
        c.rdiff(sh, 'G%d' % r, 'F%d' % r, 'E%d' % r)
        if k % 2 == 1:
            for col in 'CDEF':
                c.rle(sh, '%s%d' % (col, r), '%s%d' % (col, rows[k - 1]))
    return c


@case
def c06():
    c = Case('s06-tiep-dan-don-thu-cung-ky', 'cungky-kynay-indicators-unit-col',
             'Citizen reception and petitions: Cùng kỳ / Kỳ này / change; resolution rate is on the petitions '
             'within competence, not on all petitions; rate change in points')
    sh = c.sheet('Đơn thư 6T')
    sh.add('THANH TRA HUYỆN CHÂU THÀNH')
    sh.add('KẾT QUẢ TIẾP CÔNG DÂN, TIẾP NHẬN VÀ XỬ LÝ ĐƠN THƯ 6 THÁNG ĐẦU NĂM 2024')
    h = sh.add('STT', 'Chỉ tiêu', 'Đơn vị tính', 'Cùng kỳ năm 2023', 'Kỳ này', 'Tăng (+), giảm (-)', 'Ghi chú')
    spec = [('1', 'Số lượt tiếp công dân', 'lượt', 186, 164, ''),
            ('', '- Trong đó: đoàn đông người', 'lượt', 4, 6, ''),
            ('2', 'Số người được tiếp', 'người', 212, 197, ''),
            ('3', 'Tổng số đơn tiếp nhận', 'đơn', 325, 298, ''),
            ('', 'Chia ra: - Khiếu nại', 'đơn', 118, 96, ''),
            ('', '- Tố cáo', 'đơn', 27, 31, ''),
            ('', '- Kiến nghị, phản ánh', 'đơn', 180, 171, ''),
            ('4', 'Số đơn thuộc thẩm quyền giải quyết', 'đơn', 142, 131,
             'Thuộc thẩm quyền UBND huyện và UBND 08 xã, thị trấn'),
            ('5', 'Số đơn đã giải quyết', 'đơn', 128, 122, '')]
    R = {}
    for stt, lab, u, a, b, note in spec:
        R[lab] = sh.add(stt, lab, u, a, b, num(b - a), note)
    a = pct(128, 142)
    b = pct(122, 131)
    rr = sh.add('6', 'Tỷ lệ giải quyết đơn thuộc thẩm quyền', '%', num(a), num(b), num(b - a), 'Tăng tính theo điểm %')
    c.table(sh, h, rr, 7)
    rows = list(R.values())
    for r in rows + [rr]:
        c.rdiff(sh, 'F%d' % r, 'E%d' % r, 'D%d' % r)
    ks = [R['Chia ra: - Khiếu nại'], R['- Tố cáo'], R['- Kiến nghị, phản ánh']]
    for col in 'DE':
        c.rsum(sh, '%s%d' % (col, R['Tổng số đơn tiếp nhận']), ['%s%d' % (col, r) for r in ks])
        c.rle(sh, '%s%d' % (col, R['- Trong đó: đoàn đông người']), '%s%d' % (col, R['Số lượt tiếp công dân']))
        c.rle(sh, '%s%d' % (col, R['Số đơn thuộc thẩm quyền giải quyết']), '%s%d' % (col, R['Tổng số đơn tiếp nhận']))
        c.rle(sh, '%s%d' % (col, R['Số đơn đã giải quyết']), '%s%d' % (col, R['Số đơn thuộc thẩm quyền giải quyết']))
        c.rdiv(sh, '%s%d' % (col, rr), '%s%d' % (col, R['Số đơn đã giải quyết']),
               '%s%d' % (col, R['Số đơn thuộc thẩm quyền giải quyết']), 2)
    return c


@case
def c07():
    c = Case('s07-tai-nan-giao-thong-quy', 'quarters-cols-year-vs-prev-word-changes',
             'Traffic accidents by quarter, year total, previous year, change written with words tăng/giảm, ratio')
    sh = c.sheet('TNGT 2024')
    sh.add('CÔNG AN HUYỆN LONG MỸ')
    sh.add('TÌNH HÌNH TAI NẠN GIAO THÔNG NĂM 2024 (SO VỚI NĂM 2023)')
    h = sh.add('TT', 'Chỉ tiêu', 'Năm 2024', None, None, None, None, 'Năm 2023', 'So với năm 2023', None)
    sh.add(None, None, 'Quý I', 'Quý II', 'Quý III', 'Quý IV', 'Cả năm', None, 'Tăng, giảm', 'Tỷ lệ (%)')
    sh.merge('A%d:A%d' % (h, h + 1), 'B%d:B%d' % (h, h + 1), 'C%d:G%d' % (h, h), 'H%d:H%d' % (h, h + 1),
             'I%d:J%d' % (h, h))
    spec = [('1', 'Số vụ tai nạn giao thông (vụ)', ['9', '7', '8', '10'], '41'),
            ('2', 'Số người chết (người)', ['6', '5', '7', '6'], '28'),
            ('3', 'Số người bị thương (người)', ['7', '4', '6', '9'], '23'),
            ('4', 'Thiệt hại tài sản (triệu đồng)', ['85,5', '42', '120,3', '64,2'], '365,8'),
            ('5', 'Va chạm giao thông (vụ)', ['21', '18', '25', '30'], '88')]
    rows = []
    for stt, lab, qs, prev in spec:
        qv = [parse_text(x) for x in qs]
        y = sum(qv)
        pv = parse_text(prev)
        d = y - pv
        word = ('tăng %s' % vi(d)) if d > 0 else ('giảm %s' % vi(-d))
        rows.append(sh.add(stt, lab, *[num(x) if '.' not in str(x) else vi(x) for x in qv], vi(y), prev if ',' in prev else num(pv), word, vi(pct(y, pv), 2)))
    sh.add(None, 'Ghi chú: Số liệu Quý IV tính đến ngày 14/12/2024.')
    c.table(sh, h, rows[-1], 10)
    for r in rows:
        c.rsum(sh, 'G%d' % r, ['%s%d' % (x, r) for x in 'CDEF'])
        c.rdiff(sh, 'I%d' % r, 'G%d' % r, 'H%d' % r)
        c.rdiv(sh, 'J%d' % r, 'G%d' % r, 'H%d' % r, 2)
    c.err(sh, 'I%d' % rows[1], 'tăng 4', 'sign',
          'Deaths 24 in 2024 against 28 in 2023 (ratio 85,71 %%): a decrease of 4, written "tăng 4" instead of "giảm 4"')
    return c


@case
def c08():
    c = Case('s08-bao-phu-bhyt-bhxh-tinh', 'units-rows-two-bases-percent-format',
             'Health-insurance coverage on population and social-insurance participation on labour force, '
             'percentages stored as fractions with a % number format, subset column, total last')
    rng = random.Random(808)
    sh = c.sheet('Bao phu BH')
    sh.add('BẢO HIỂM XÃ HỘI TỈNH HẬU GIANG')
    sh.add('TỶ LỆ BAO PHỦ BẢO HIỂM Y TẾ, TỶ LỆ THAM GIA BẢO HIỂM XÃ HỘI ĐẾN 31/12/2024')
    h = sh.add('STT', 'Huyện, thị xã, thành phố', 'Dân số (người)', 'Bảo hiểm y tế', None,
               'Lực lượng lao động trong độ tuổi (người)', 'Bảo hiểm xã hội', None, None)
    sh.add(None, None, None, 'Số người tham gia', 'Tỷ lệ bao phủ (%)', None, 'Số người tham gia',
           'Trong đó: tự nguyện', 'Tỷ lệ so với lực lượng lao động (%)')
    sh.merge('A%d:A%d' % (h, h + 1), 'B%d:B%d' % (h, h + 1), 'C%d:C%d' % (h, h + 1), 'D%d:E%d' % (h, h),
             'F%d:F%d' % (h, h + 1), 'G%d:I%d' % (h, h))
    data = []
    for name in PROVINCE:
        ds = rng.randint(68000, 192000)
        yt = int(ds * D(rng.randint(880, 962)) / 1000)
        ld = int(ds * D(rng.randint(550, 620)) / 1000)
        xh = int(ld * D(rng.randint(140, 300)) / 1000)
        tn = int(xh * D(rng.randint(240, 410)) / 1000)
        data.append([name, ds, yt, ld, xh, tn])
    rows = []
    for i, d in enumerate(data):
        r = sh.add(i + 1, d[0], d[1], d[2], None, d[3], d[4], d[5], None)
        sh.fmt('E%d' % r, num(pct(d[2], d[1]) / 100), '0.00%')
        sh.fmt('I%d' % r, num(pct(d[4], d[3]) / 100), '0.00%')
        rows.append(r)
    T = [sum(d[k] for d in data) for k in range(1, 6)]
    tot = sh.add(None, 'Toàn tỉnh', T[0], T[1], None, T[2], T[3], T[4], None)
    sh.fmt('E%d' % tot, num(pct(T[1], T[0]) / 100), '0.00%')
    sh.fmt('I%d' % tot, num(pct(T[3], T[2]) / 100), '0.00%')
    sh.add(None, 'Ghi chú: Tỷ lệ tham gia BHXH tính trên lực lượng lao động trong độ tuổi, không tính trên dân số.')
    c.table(sh, h, tot, 9)
    c.colsum(sh, 'CDFGH', tot, rows)
    for r in rows + [tot]:
        c.rdiv(sh, 'E%d' % r, 'D%d' % r, 'C%d' % r, 2)
        c.rdiv(sh, 'I%d' % r, 'G%d' % r, 'F%d' % r, 2)
        c.rle(sh, 'H%d' % r, 'G%d' % r)
    return c


@case
def c09():
    c = Case('s09-tiem-chung-mo-rong', 'communes-rows-colnum-paren-target-vs-base',
             'Expanded immunisation by commune: target count beside the eligible-children count, rate stated '
             'in the header to be on eligible children; hepatitis-B birth dose block; column-number row (1)...')
    rng = random.Random(909)
    sh = c.sheet('TCMR 2024')
    sh.add('TRUNG TÂM Y TẾ HUYỆN PHỤNG HIỆP')
    sh.add('KẾT QUẢ TIÊM CHỦNG MỞ RỘNG NĂM 2024')
    h = sh.add('STT', 'Xã, thị trấn', 'Số trẻ dưới 1 tuổi', 'Tiêm chủng đầy đủ cho trẻ dưới 1 tuổi', None, None,
               'Tiêm vắc xin viêm gan B sơ sinh trong 24 giờ', None, None)
    sh.add(None, None, None, 'Chỉ tiêu giao (95%)', 'Số trẻ được tiêm đủ', 'Tỷ lệ (%) so với số trẻ dưới 1 tuổi',
           'Số trẻ sinh ra', 'Số trẻ được tiêm', 'Tỷ lệ (%)')
    sh.add('(1)', '(2)', '(3)', '(4)', '(5)', '(6)=(5)/(3)', '(7)', '(8)', '(9)=(8)/(7)')
    sh.merge('A%d:A%d' % (h, h + 1), 'B%d:B%d' % (h, h + 1), 'C%d:C%d' % (h, h + 1), 'D%d:F%d' % (h, h),
             'G%d:I%d' % (h, h))
    data = []
    for name in PHUNG_HIEP:
        n = rng.randint(78, 265)
        kh = int(rnd(n * D('0.95')))
        th = min(n, int(n * D(rng.randint(915, 1000)) / 1000))
        sinh = n + rng.randint(-9, 6)
        vgb = int(sinh * D(rng.randint(860, 990)) / 1000)
        data.append([name, n, kh, th, sinh, vgb])
    rows = []
    for i, d in enumerate(data):
        rows.append(sh.add(i + 1, d[0], d[1], d[2], d[3], num(pct(d[3], d[1])), d[4], d[5], num(pct(d[5], d[4]))))
    T = [sum(d[k] for d in data) for k in range(1, 6)]
    tot = sh.add(None, 'Tổng cộng', T[0], T[1], T[2], num(pct(T[2], T[0])), T[3], T[4], num(pct(T[4], T[3])))
    c.table(sh, h, tot, 9)
    c.colsum(sh, 'CDEGH', tot, rows)
    for r in rows + [tot]:
        c.rdiv(sh, 'F%d' % r, 'E%d' % r, 'C%d' % r, 2)
        c.rdiv(sh, 'I%d' % r, 'H%d' % r, 'G%d' % r, 2)
        c.rle(sh, 'E%d' % r, 'C%d' % r)
    bi = next(i for i in range(5, 15) if pct(data[i][3], data[i][2]) != pct(data[i][3], data[i][1]) and data[i][3] > data[i][2])
    d = data[bi]
    c.err(sh, 'F%d' % rows[bi], num(pct(d[3], d[2])), 'base',
          'Rate computed on the target (%d/%d = %s %%) instead of on children under 1 as the header states: '
          '%d/%d = %s %%' % (d[3], d[2], vi(pct(d[3], d[2])), d[3], d[1], vi(pct(d[3], d[1]))))
    return c


@case
def c10():
    c = Case('s10-truong-lop-hoc-sinh-giao-vien', 'two-tables-one-sheet-averages-cross-base',
             'Schools, classes, pupils by level with pupils-per-class averages (not sums) and unverifiable '
             'promotion rates; second table of teachers with nested "đạt chuẩn trở lên ⊃ trên chuẩn" and a '
             'teachers-per-class ratio on the first table\'s classes')
    sh = c.sheet('GD 2024-2025')
    sh.add('PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN CHÂU THÀNH')
    sh.add('Biểu 1. QUY MÔ TRƯỜNG, LỚP, HỌC SINH NĂM HỌC 2024 - 2025')
    h = sh.add('TT', 'Cấp học', 'Số trường', 'Số lớp', 'Số học sinh', 'Bình quân học sinh/lớp',
               'Trong đó: học sinh nữ', 'Tỷ lệ học sinh lên lớp năm học 2023 - 2024 (%)')
    lv = [('1', 'Mầm non', 18, 215, 5842, 2870, 'x'),
          ('2', 'Tiểu học', 25, 512, 14236, 6915, '99,62'),
          ('3', 'Trung học cơ sở', 14, 268, 9874, 4902, '97,85'),
          ('4', 'Tiểu học và trung học cơ sở (liên cấp)', 3, 54, 1486, 731, '98,40'),
          ('5', 'Trung học phổ thông', 5, 142, 5920, 3108, '96,12')]
    rows = []
    for stt, lab, tr, lop, hs, nu, ll in lv:
        rows.append(sh.add(stt, lab, tr, lop, vi(hs), vi(pct(hs, lop, 1, 1), 1), vi(nu), ll))
    T = [sum(x[k] for x in lv) for k in (2, 3, 4, 5)]
    tot = sh.add(None, 'Tổng cộng', T[0], T[1], vi(T[2]), vi(pct(T[2], T[1], 1, 1), 1), vi(T[3]), 'x')
    c.table(sh, h, tot, 8)
    c.colsum(sh, 'CDEG', tot, rows)
    for r in rows + [tot]:
        c.rdiv(sh, 'F%d' % r, 'E%d' % r, 'D%d' % r, 1, scale=1)
        c.rle(sh, 'G%d' % r, 'E%d' % r)
    sh.blank()
    sh.add(None, 'Biểu 2. ĐỘI NGŨ GIÁO VIÊN NĂM HỌC 2024 - 2025')
    h2 = sh.add('TT', 'Cấp học', 'Tổng số giáo viên', 'Trong đó', None, 'Tỷ lệ đạt chuẩn trở lên (%)',
                'Tỷ lệ giáo viên/lớp')
    sh.add(None, None, None, 'Đạt chuẩn trở lên', 'Trên chuẩn', None, None)
    sh.merge('A%d:A%d' % (h2, h2 + 1), 'B%d:B%d' % (h2, h2 + 1), 'C%d:C%d' % (h2, h2 + 1), 'D%d:E%d' % (h2, h2),
             'F%d:F%d' % (h2, h2 + 1), 'G%d:G%d' % (h2, h2 + 1))
    gv = [(412, 398, 287), (896, 884, 731), (552, 549, 466), (98, 97, 81), (302, 302, 268)]
    rows2 = []
    for (stt, lab, *_), (g, dc, tc), r1 in zip(lv, gv, rows):
        r = sh.add(stt, lab, g, dc, tc, vi(pct(dc, g), 2), vi(pct(g, sh.val('D%d' % r1), 2, 1), 2))
        rows2.append(r)
        c.rdiv(sh, 'F%d' % r, 'D%d' % r, 'C%d' % r, 2)
        c.rdiv(sh, 'G%d' % r, 'C%d' % r, 'D%d' % r1, 2, scale=1)
        c.rle(sh, 'E%d' % r, 'D%d' % r)
        c.rle(sh, 'D%d' % r, 'C%d' % r)
    G = [sum(x[k] for x in gv) for k in range(3)]
    tot2 = sh.add(None, 'Cộng', G[0], G[1], G[2], vi(pct(G[1], G[0]), 2), vi(pct(G[0], T[1], 2, 1), 2))
    c.rdiv(sh, 'F%d' % tot2, 'D%d' % tot2, 'C%d' % tot2, 2)
    c.rdiv(sh, 'G%d' % tot2, 'C%d' % tot2, 'D%d' % tot, 2, scale=1)
    c.colsum(sh, 'CDE', tot2, rows2)
    sh.add(None, 'Ghi chú: Giáo viên "trên chuẩn" đã tính trong số "đạt chuẩn trở lên".')
    c.table(sh, h2, tot2, 7)
    return c


@case
def c11():
    c = Case('s11-gia-dinh-van-hoa-ap-van-hoa', 'communes-rows-households-and-hamlets-shares',
             'Cultural-family and cultural-hamlet results by commune: registered and recognised households, '
             'share on all households; hamlets recognised and share; total "Cộng" last')
    rng = random.Random(1111)
    sh = c.sheet('GĐVH 2024')
    sh.add('BAN CHỈ ĐẠO PHONG TRÀO "TOÀN DÂN ĐOÀN KẾT XÂY DỰNG ĐỜI SỐNG VĂN HÓA" HUYỆN LONG MỸ')
    sh.add('KẾT QUẢ BÌNH XÉT GIA ĐÌNH VĂN HÓA, ẤP VĂN HÓA NĂM 2024')
    h = sh.add('STT', 'Đơn vị', 'Tổng số hộ', 'Số hộ đăng ký', 'Hộ đạt gia đình văn hóa', None,
               'Tổng số ấp', 'Ấp đạt ấp văn hóa', 'Tỷ lệ ấp đạt (%)')
    sh.add(None, None, None, None, 'Số hộ', 'Tỷ lệ so với tổng số hộ (%)', None, None, None)
    sh.merge('A%d:A%d' % (h, h + 1), 'B%d:B%d' % (h, h + 1), 'C%d:C%d' % (h, h + 1), 'D%d:D%d' % (h, h + 1),
             'E%d:F%d' % (h, h), 'G%d:G%d' % (h, h + 1), 'H%d:H%d' % (h, h + 1), 'I%d:I%d' % (h, h + 1))
    data = []
    for name in LONG_MY:
        hh = rng.randint(1800, 4300)
        dk = int(hh * D(rng.randint(950, 995)) / 1000)
        dat = int(hh * D(rng.randint(880, 945)) / 1000)
        ap = rng.randint(5, 9)
        apd = ap - (1 if rng.random() < 0.4 else 0)
        data.append([name, hh, dk, dat, ap, apd])
    rows = []
    for i, d in enumerate(data):
        rows.append(sh.add(i + 1, d[0], d[1], d[2], d[3], num(pct(d[3], d[1])), d[4], d[5], num(pct(d[5], d[4]))))
    T = [sum(d[k] for d in data) for k in range(1, 6)]
    tot = sh.add(None, 'Cộng', T[0], T[1], T[2], num(pct(T[2], T[0])), T[3], T[4], num(pct(T[4], T[3])))
    c.table(sh, h, tot, 9)
    c.colsum(sh, 'CDEGH', tot, rows)
    for r in rows + [tot]:
        c.rdiv(sh, 'F%d' % r, 'E%d' % r, 'C%d' % r, 2)
        c.rdiv(sh, 'I%d' % r, 'H%d' % r, 'G%d' % r, 2)
        c.rle(sh, 'E%d' % r, 'D%d' % r)
        c.rle(sh, 'D%d' % r, 'C%d' % r)
    ti = next(i for i in range(2, 8) if len(set(str(data[i][3])[1:3])) == 2)
    old = data[ti][3]
    new = transposed(old, 1)
    c.err(sh, 'E%d' % rows[ti], new, 'transposition',
          '%s typed for %s (2nd and 3rd digits swapped): breaks column total E%d and the row share %s %%'
          % (vi(new), vi(old), tot, vi(pct(old, data[ti][1]))))
    wi = next(i for i in range(8) if i != ti and pct(data[i][3], data[i][1], 0) != pct(data[i][3], data[i][1]))
    d = data[wi]
    c.warn(sh, 'F%d' % rows[wi], num(pct(d[3], d[1], 0)), 'precision',
           'Share typed with no decimals (%s) in a 2-decimal column: %d/%d = %s %%'
           % (pct(d[3], d[1], 0), d[3], d[1], vi(pct(d[3], d[1]))))
    return c


@case
def c12():
    c = Case('s12-nong-thon-moi-tieu-chi', 'criteria-per-commune-codes-years-average-rows',
             'New-rural criteria met per commune (out of 19) in two years, commune codes and recognition '
             'years as numbers, a decrease, summary rows: average criteria per commune, count and share of '
             'communes meeting the standard')
    sh = c.sheet('NTM 2024')
    sh.add('BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA HUYỆN CHÂU THÀNH A')
    sh.add('TỔNG HỢP KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI ĐẾN 31/12/2024')
    h = sh.add('STT', 'Xã', 'Mã xã', 'Năm được công nhận đạt chuẩn NTM', 'Số tiêu chí đạt', None,
               'Tăng (+), giảm (-)', 'Mức đạt', 'Ghi chú')
    sh.add(None, None, None, None, 'Năm 2023', 'Năm 2024', None, None, None)
    sh.merge('A%d:A%d' % (h, h + 1), 'B%d:B%d' % (h, h + 1), 'C%d:C%d' % (h, h + 1), 'D%d:D%d' % (h, h + 1),
             'E%d:F%d' % (h, h), 'G%d:G%d' % (h, h + 1), 'H%d:H%d' % (h, h + 1), 'I%d:I%d' % (h, h + 1))
    names = ['Xã Nhơn Nghĩa A', 'Xã Tân Hòa', 'Xã Trường Long Tây', 'Xã Trường Long A', 'Xã Thạnh Xuân',
             'Xã Tân Phú Thạnh', 'Xã Tân Thuận', 'Xã Nhơn Ái', 'Xã Trường Thắng', 'Xã Phú An']
    codes = [31411, 31414, 31417, 31420, 31423, 31426, 31429, 31432, 31435, 31438]
    yrs = [2016, 2018, 2019, 2017, '-', 2020, 2021, '-', 2019, '-']
    c23 = [19, 19, 19, 19, 18, 19, 19, 16, 19, 17]
    c24 = [19, 19, 19, 19, 19, 19, 18, 17, 19, 18]
    lvl = ['NTM nâng cao', 'NTM nâng cao', 'Đạt chuẩn', 'NTM nâng cao', 'Đạt chuẩn', 'Đạt chuẩn', 'Chưa giữ vững',
           'Chưa đạt', 'Đạt chuẩn', 'Chưa đạt']
    notes = ['', '', '', '', 'Đủ 19/19 tiêu chí, đang trình thẩm định', '', 'Giảm 01 tiêu chí (số 10 - Thu nhập)',
             '', '', '']
    rows = []
    for i in range(10):
        d = c24[i] - c23[i]
        rows.append(sh.add(i + 1, names[i], codes[i], yrs[i], c23[i], c24[i], (('+%d' % d) if d > 0 else num(d)),
                           lvl[i], notes[i]))
    avg = sh.add(None, 'Bình quân số tiêu chí đạt/xã', None, None, vi(rnd(D(sum(c23)) / 10, 1)),
                 vi(rnd(D(sum(c24)) / 10, 1)), None, None, None)
    n23 = sum(1 for x in c23 if x == 19)
    n24 = sum(1 for x in c24 if x == 19)
    cnt = sh.add(None, 'Số xã đạt 19/19 tiêu chí', None, None, n23, n24, ('+%d' % (n24 - n23)) if n24 > n23 else num(n24 - n23), None, None)
    shr = sh.add(None, 'Tỷ lệ xã đạt 19/19 tiêu chí (%)', None, None, vi(pct(n23, 10, 1), 1), vi(pct(n24, 10, 1), 1),
                 None, None, None)
    c.table(sh, h, shr, 9)
    for r in rows:
        c.rdiff(sh, 'G%d' % r, 'F%d' % r, 'E%d' % r)
    for col in 'EF':
        c.rcalc(sh, '%s%d' % (col, avg), ['%s%d' % (col, r) for r in rows], lambda *v: sum(v) / D(10), 1, desc='avg')
        c.rcalc(sh, '%s%d' % (col, cnt), ['%s%d' % (col, r) for r in rows], lambda *v: sum(1 for x in v if x == 19), 0,
                desc='count19')
        c.rcalc(sh, '%s%d' % (col, shr), ['%s%d' % (col, cnt)], lambda v: v * 10, 1, desc='share10')
    c.rdiff(sh, 'G%d' % cnt, 'F%d' % cnt, 'E%d' % cnt)
    return c


@case
def c13():
    c = Case('s13-dan-so-lao-dong-2020-2025', 'indicators-unit-col-two-years-index-permille',
             'Population and labour indicators 2020 vs 2025 with a unit column: sex and urban/rural splits, '
             'density from area, natural increase in per mille, employment by sector with structure %, index column')
    sh = c.sheet('Dân số - Lao động')
    sh.add('CHI CỤC THỐNG KÊ HUYỆN PHỤNG HIỆP')
    sh.add('MỘT SỐ CHỈ TIÊU VỀ DÂN SỐ VÀ LAO ĐỘNG GIAI ĐOẠN 2020 - 2025')
    h = sh.add('STT', 'Chỉ tiêu', 'Đơn vị tính', 'Năm 2020', 'Năm 2025 (ước)', 'So sánh 2025/2020 (%)')
    area = D('486.73')
    v = {'ds': (198090, 200345), 'nam': (98214, 99105), 'nu': (99876, 101240), 'tt': (41326, 46820),
         'nt': (156764, 153525), 'll': (121450, 123980), 'vl': (119236, 121912), 'ns': (62410, 51374),
         'cn': (22318, 25826), 'dv': (34508, 44712)}
    R = {}

    def row(key, stt, lab, unit, a, b, ratio=True):
        R[key] = sh.add(stt, lab, unit, a, b, vi(pct(parse_any(b), parse_any(a)), 2) if ratio else '-')
    row('area', '1', 'Diện tích tự nhiên', 'km²', vi(area), vi(area), ratio=False)
    row('ds', '2', 'Dân số trung bình', 'người', vi(v['ds'][0]), vi(v['ds'][1]))
    row('nam', '', 'Chia theo giới tính: - Nam', 'người', vi(v['nam'][0]), vi(v['nam'][1]))
    row('nu', '', '- Nữ', 'người', vi(v['nu'][0]), vi(v['nu'][1]))
    row('tt', '', 'Chia theo khu vực: - Thành thị', 'người', vi(v['tt'][0]), vi(v['tt'][1]))
    row('nt', '', '- Nông thôn', 'người', vi(v['nt'][0]), vi(v['nt'][1]))
    md = [rnd(D(x) / area) for x in v['ds']]
    row('md', '3', 'Mật độ dân số', 'người/km²', num(md[0]), num(md[1]))
    R['tn'] = sh.add('4', 'Tỷ lệ tăng dân số tự nhiên', '‰', '9,2', '7,8', '-')
    row('ll', '5', 'Lực lượng lao động từ 15 tuổi trở lên', 'người', vi(v['ll'][0]), vi(v['ll'][1]))
    row('vl', '6', 'Lao động từ 15 tuổi trở lên đang làm việc', 'người', vi(v['vl'][0]), vi(v['vl'][1]))
    row('ns', '', 'Chia ra: - Nông, lâm nghiệp và thủy sản', 'người', vi(v['ns'][0]), vi(v['ns'][1]))
    row('cn', '', '- Công nghiệp và xây dựng', 'người', vi(v['cn'][0]), vi(v['cn'][1]))
    row('dv', '', '- Dịch vụ', 'người', vi(v['dv'][0]), vi(v['dv'][1]))
    R['cc'] = sh.add('7', 'Cơ cấu lao động đang làm việc', '%', '100,00', '100,00', '-')
    for k, lab in (('ns', '- Nông, lâm nghiệp và thủy sản'), ('cn', '- Công nghiệp và xây dựng'), ('dv', '- Dịch vụ')):
        R['cc_' + k] = sh.add('', lab, '%', vi(pct(v[k][0], v['vl'][0])), vi(pct(v[k][1], v['vl'][1])), '-')
    R['dt'] = sh.add('8', 'Tỷ lệ lao động qua đào tạo', '%', '58,4', '70,2', '-')
    c.table(sh, h, R['dt'], 6)
    for col in 'DE':
        c.rsum(sh, '%s%d' % (col, R['ds']), ['%s%d' % (col, R['nam']), '%s%d' % (col, R['nu'])])
        c.rsum(sh, '%s%d' % (col, R['ds']), ['%s%d' % (col, R['tt']), '%s%d' % (col, R['nt'])])
        c.rsum(sh, '%s%d' % (col, R['vl']), ['%s%d' % (col, R[k]) for k in ('ns', 'cn', 'dv')])
        c.rdiv(sh, '%s%d' % (col, R['md']), '%s%d' % (col, R['ds']), '%s%d' % (col, R['area']), 0, scale=1)
        c.rle(sh, '%s%d' % (col, R['vl']), '%s%d' % (col, R['ll']))
        for k in ('ns', 'cn', 'dv'):
            c.rdiv(sh, '%s%d' % (col, R['cc_' + k]), '%s%d' % (col, R[k]), '%s%d' % (col, R['vl']), 2)
        c.r100(sh, ['%s%d' % (col, R['cc_' + k]) for k in ('ns', 'cn', 'dv')], 2)
    for k in ('ds', 'nam', 'nu', 'tt', 'nt', 'md', 'll', 'vl', 'ns', 'cn', 'dv'):
        c.rdiv(sh, 'F%d' % R[k], 'E%d' % R[k], 'D%d' % R[k], 2)
    c.err(sh, 'F%d' % R['cn'], vi(pct(v['cn'][0], v['cn'][1])), 'other',
          'Index inverted: 22.318/25.826 = 86,42 written; the column is 2025/2020 = 25.826/22.318 = 115,72')
    return c


@case
def c14():
    c = Case('s14-dao-tao-llct-theo-don-vi', 'units-rows-three-blocks-row-and-block-totals-notes',
             'Political-theory training by unit in three blocks (party and mass bodies, government offices, '
             'communes) with block subtotals, grand total (I+II+III) last, row totals, notes with numbers')
    rng = random.Random(1414)
    sh = c.sheet('LLCT 2021-2025')
    sh.add('BAN TỔ CHỨC HUYỆN ỦY LONG MỸ')
    sh.add('KẾT QUẢ ĐÀO TẠO LÝ LUẬN CHÍNH TRỊ GIAI ĐOẠN 2021 - 2025')
    sh.add(None, None, None, None, None, 'Đơn vị tính: đồng chí')
    h = sh.add('TT', 'Đơn vị', 'Cao cấp', 'Trung cấp', 'Sơ cấp', 'Cộng', 'Ghi chú')
    blocks = [('I', 'Khối Đảng, Mặt trận và các đoàn thể',
               ['Văn phòng Huyện ủy', 'Ban Tổ chức Huyện ủy', 'Ủy ban Kiểm tra Huyện ủy', 'Ban Tuyên giáo Huyện ủy',
                'Ban Dân vận Huyện ủy', 'Trung tâm Chính trị huyện', 'Ủy ban MTTQ Việt Nam huyện',
                'Hội Nông dân huyện', 'Hội Liên hiệp Phụ nữ huyện', 'Huyện đoàn', 'Hội Cựu chiến binh huyện'],
               (0, 4), (2, 9), (0, 4)),
              ('II', 'Khối chính quyền',
               ['Văn phòng HĐND và UBND huyện', 'Phòng Nội vụ', 'Phòng Tài chính - Kế hoạch', 'Phòng Tư pháp',
                'Phòng Kinh tế và Hạ tầng', 'Phòng Nông nghiệp và PTNT', 'Phòng Tài nguyên và Môi trường',
                'Phòng Lao động - Thương binh và Xã hội', 'Phòng Văn hóa và Thông tin', 'Phòng Giáo dục và Đào tạo',
                'Thanh tra huyện'], (0, 3), (2, 8), (0, 4)),
              ('III', 'Xã, thị trấn', LONG_MY, (0, 2), (8, 22), (12, 35))]
    subs = []
    allrows = {}
    swap_cell = None
    for bi, (roman, blab, units, cc, tc, sc) in enumerate(blocks):
        sr = sh.add(roman, blab)
        rows = []
        for k, u in enumerate(units):
            a, b, s_ = rng.randint(*cc), rng.randint(*tc), rng.randint(*sc)
            if bi == 2 and k == 3:
                a, b = 1, 14
            note = ''
            if bi == 0 and k in (1, 5):
                note = 'Có %s đồng chí đang học cao cấp' % z2(k // 2 + 1)
            if bi == 2 and k == 6:
                note = 'Cử 03 đồng chí học trung cấp năm 2025'
            r = sh.add(k + 1, u, a, b, s_, a + b + s_, note)
            rows.append(r)
        for col in 'CDEF':
            sh.put('%s%d' % (col, sr), num(sum(sh.val('%s%d' % (col, r)) for r in rows)))
        subs.append(sr)
        allrows[sr] = rows
    tot = sh.add(None, 'Tổng cộng (I+II+III)',
                 *[num(sum(sh.val('%s%d' % (col, r)) for r in subs)) for col in 'CDEF'], None)
    sh.add(None, 'Ghi chú: Cao cấp bao gồm cả cử nhân chính trị.')
    c.table(sh, h, tot, 7)
    for sr, rows in allrows.items():
        c.colsum(sh, 'CDEF', sr, rows)
        for r in rows + [sr]:
            c.rsum(sh, 'F%d' % r, ['C%d' % r, 'D%d' % r, 'E%d' % r])
    c.colsum(sh, 'CDEF', tot, subs)
    c.rsum(sh, 'F%d' % tot, ['C%d' % tot, 'D%d' % tot, 'E%d' % tot])
    r = allrows[subs[2]][3]
    c.err(sh, ['C%d' % r, 'D%d' % r], None, 'swap',
          'Cao cấp and Trung cấp of %s typed in each other\'s column (14 and 01 for 01 and 14): the row total still '
          'holds but block III subtotals are off by +13 / -13' % LONG_MY[3])
    return c


@case
def c15():
    c = Case('s15-kiem-tra-ky-luat-dang', 'ubkt-chain-forms-of-discipline-two-years',
             'Party inspection and discipline 2023 vs 2024: a chain of narrowing counts (inspected ⊇ violating ⊇ '
             'to be disciplined ⊇ disciplined), forms of discipline summing to the total, overlapping '
             '"Trong đó" rows, rate of denunciations settled with a change in points', party=True)
    sh = c.sheet('KT-KL 2024')
    sh.add('ỦY BAN KIỂM TRA HUYỆN ỦY CHÂU THÀNH')
    sh.add('KẾT QUẢ KIỂM TRA, GIÁM SÁT VÀ THI HÀNH KỶ LUẬT TRONG ĐẢNG NĂM 2024')
    h = sh.add('TT', 'Nội dung', 'Đơn vị tính', 'Năm 2023', 'Năm 2024', 'Tăng (+), giảm (-)')
    spec = [('I', 'Kiểm tra khi có dấu hiệu vi phạm', None, None, None),
            ('1', 'Số tổ chức đảng được kiểm tra', 'tổ chức', 6, 8),
            ('2', 'Số đảng viên được kiểm tra', 'đảng viên', 14, 11),
            ('', '- Trong đó: cấp ủy viên các cấp', 'đảng viên', 5, 6),
            ('3', 'Số đảng viên kết luận có vi phạm', 'đảng viên', 12, 10),
            ('4', 'Số đảng viên vi phạm đến mức phải thi hành kỷ luật', 'đảng viên', 9, 7),
            ('5', 'Số đảng viên đã bị thi hành kỷ luật', 'đảng viên', 9, 6),
            ('II', 'Thi hành kỷ luật đảng viên (các cấp)', None, None, None),
            ('1', 'Tổng số đảng viên bị thi hành kỷ luật', 'đảng viên', 31, 28),
            ('', 'Chia ra: - Khiển trách', 'đảng viên', 19, 20),
            ('', '- Cảnh cáo', 'đảng viên', 8, 4),
            ('', '- Cách chức', 'đảng viên', 1, 0),
            ('', '- Khai trừ', 'đảng viên', 3, 4),
            ('', 'Trong đó: - Cấp ủy viên', 'đảng viên', 4, 5),
            ('', '- Vi phạm chính sách dân số, kế hoạch hóa gia đình', 'đảng viên', 7, 3),
            ('2', 'Số tổ chức đảng bị thi hành kỷ luật', 'tổ chức', 1, 0),
            ('III', 'Giải quyết tố cáo đối với đảng viên', None, None, None),
            ('1', 'Số đơn tố cáo phải giải quyết', 'đơn', 5, 7),
            ('2', 'Số đơn đã giải quyết', 'đơn', 5, 6)]
    R = []
    for stt, lab, u, a, b in spec:
        if a is None:
            R.append(sh.add(stt, lab, None, None, None, None))
        else:
            R.append(sh.add(stt, lab, u, a, b, num(b - a)))
    a, b = pct(5, 5), pct(6, 7)
    rr = sh.add('3', 'Tỷ lệ giải quyết', '%', vi(a), vi(b), vi(b - a))
    c.table(sh, h, rr, 6)
    for i, (stt, lab, u, x, y) in enumerate(spec):
        if x is not None:
            c.rdiff(sh, 'F%d' % R[i], 'E%d' % R[i], 'D%d' % R[i])
    c.rdiff(sh, 'F%d' % rr, 'E%d' % rr, 'D%d' % rr)
    for col in 'DE':
        c.rle(sh, '%s%d' % (col, R[3]), '%s%d' % (col, R[2]))
        for k in (4, 5, 6):
            c.rle(sh, '%s%d' % (col, R[k]), '%s%d' % (col, R[k - 1] if k > 4 else R[2]))
        c.rle(sh, '%s%d' % (col, R[6]), '%s%d' % (col, R[8]))
        c.rsum(sh, '%s%d' % (col, R[8]), ['%s%d' % (col, R[k]) for k in (9, 10, 11, 12)])
        c.rle(sh, '%s%d' % (col, R[13]), '%s%d' % (col, R[8]))
        c.rle(sh, '%s%d' % (col, R[14]), '%s%d' % (col, R[8]))
        c.rle(sh, '%s%d' % (col, R[18]), '%s%d' % (col, R[17]))
        c.rdiv(sh, '%s%d' % (col, rr), '%s%d' % (col, R[18]), '%s%d' % (col, R[17]), 2)
    return c


@case
def c16():
    c = Case('s16-bieu1-tang-giam-dang-vien', 'form-bieu1-stock-flow-kynay-cungky',
             'Form Biểu 1-BTCTW filled by a district: stock-flow blocks A-D, kỳ này / cùng kỳ / index column, '
             'column-number row 1 2 3 4(=2*100/3), form frame and signature footer', party=True)
    sh = c.sheet('Biểu 1')
    sh.add('HUYỆN ỦY LONG MỸ', None, None, 'Biểu số 1-BTCTW')
    sh.add('BAN TỔ CHỨC', None, None, 'Đvt: Người')
    sh.add('THỐNG KÊ TĂNG, GIẢM ĐẢNG VIÊN NĂM 2024')
    h = sh.add('Tiêu chí', 'Thực hiện', None, '(%) kỳ này so với cùng kỳ năm trước')
    sh.add(None, 'Kỳ này', 'Cùng kỳ năm trước', None)
    sh.add(1, 2, 3, '4(=2*100/3)')
    sh.merge('A%d:A%d' % (h, h + 1), 'B%d:C%d' % (h, h), 'D%d:D%d' % (h, h + 1), 'A3:D3')
    spec = [('A', 'A - Tổng số đảng viên cuối kỳ trước chuyển sang', 4650, 4570),
            ('B', 'B - Đảng viên tăng trong kỳ', 206, 184),
            ('B1', '1. Kết nạp', 168, 153),
            ('B2', '2. Chuyển đến', 37, 31),
            ('B2a', 'a. Tỉnh khác chuyển đến', 12, 9),
            ('B2b', 'b. Huyện khác trong tỉnh chuyển đến', 25, 22),
            ('B3', '3. Phục hồi đảng tịch', 1, 0),
            ('C', 'C - Đảng viên giảm trong kỳ', 107, 104),
            ('C1', '1. Từ trần', 38, 35),
            ('C2', '2. Khai trừ', 3, 2),
            ('C3', '3. Xóa tên', 21, 26),
            ('C3d', 'Trong đó: Đảng viên dự bị', 4, 6),
            ('C4', '4. Xin ra khỏi Đảng', 0, 1),
            ('C5', '5. Chuyển đi', 45, 40),
            ('C5a', 'a. Chuyển đi tỉnh khác', 14, 11),
            ('C5b', 'b. Chuyển đi huyện khác trong tỉnh', 31, 29),
            ('D', 'D - Đảng viên trong danh sách cuối kỳ báo cáo', 4749, 4650)]
    R = {}
    for key, lab, a, b in spec:
        R[key] = sh.add(lab, vi(a), vi(b), vi(pct(a, b)) if b else '-')
    sh.blank()
    sh.add('NGƯỜI LẬP BIỂU', None, 'TRƯỞNG BAN')
    sh.add('(Ký, ghi rõ họ và tên; số điện thoại)', None, '(Ký, đóng dấu, ghi rõ họ và tên)')
    c.table(sh, h, R['D'], 4)
    for col in 'BC':
        def A(k):
            return '%s%d' % (col, R[k])
        c.rsum(sh, A('B'), [A('B1'), A('B2'), A('B3')])
        c.rsum(sh, A('B2'), [A('B2a'), A('B2b')])
        c.rsum(sh, A('C'), [A('C1'), A('C2'), A('C3'), A('C4'), A('C5')])
        c.rsum(sh, A('C5'), [A('C5a'), A('C5b')])
        c.rle(sh, A('C3d'), A('C3'))
        c.rlin(sh, A('D'), [(1, A('A')), (1, A('B')), (-1, A('C'))])
    c.req(('Biểu 1', 'B%d' % R['A']), ('Biểu 1', 'C%d' % R['D']))
    for key, lab, a, b in spec:
        if b:
            c.rdiv(sh, 'D%d' % R[key], 'B%d' % R[key], 'C%d' % R[key], 2)
    assert one_digit(21, 27)
    c.err(sh, 'B%d' % R['C3'], '27', 'digit',
          'Xóa tên, kỳ này: 27 typed for 21: C (107) = 38+3+21+0+45 and the index 80,77 = 21/26 both need 21')
    return c


@case
def c17():
    c = Case('s17-bieu5-loai-hinh-co-so', 'form-bieu5-three-header-rows-nested-types',
             'Form Biểu 5-BTCTW filled by a district: three header rows, column rule 2 (=3+4), nested type rows '
             '6 = a+b, 9 = a+b+c with dash rows, a "Trong đó" subset row, "Cộng (1+….+11)" last', party=True)
    sh = c.sheet('Biểu 5')
    sh.add('HUYỆN ỦY PHỤNG HIỆP', None, None, None, None, None, 'Biểu số 5-BTCTW')
    sh.add('BAN TỔ CHỨC')
    sh.add('THỐNG KÊ TỔ CHỨC ĐẢNG VÀ ĐẢNG VIÊN TRONG CÁC LOẠI HÌNH CƠ SỞ NĂM 2024')
    h = sh.add('Loại hình tổ chức cơ sở đảng', 'Số tổ chức cơ sở đảng', None, None,
               'Tổ chức đảng trực thuộc Đảng bộ cơ sở', None, 'Tổng số đảng viên')
    sh.add(None, 'Tổng số', 'Chia ra', None, 'Chia ra', None, None)
    sh.add(None, None, 'Đảng bộ cơ sở', 'Chi bộ cơ sở', 'Đảng bộ bộ phận', 'Chi bộ trực thuộc', None)
    sh.add(1, '2 (=3+4)', 3, 4, 5, 6, 7)
    sh.merge('A%d:A%d' % (h, h + 2), 'B%d:D%d' % (h, h), 'B%d:B%d' % (h + 1, h + 2), 'C%d:D%d' % (h + 1, h + 1),
             'E%d:F%d' % (h, h), 'E%d:F%d' % (h + 1, h + 1), 'G%d:G%d' % (h, h + 2))
    # (key, label, dbcs, cbcs, dbbp, cbtt, dv)
    leaf = [('1', '1. Xã', 12, 0, 3, 131, 2874),
            ('2', '2. Phường', 0, 0, 0, 0, 0),
            ('3', '3. Thị trấn', 3, 0, 0, 34, 812),
            ('4', '4. Cơ quan Đảng, Mặt trận Tổ quốc, đoàn thể chính trị - xã hội', 0, 5, 0, 0, 96),
            ('5', '5. Cơ quan Nhà nước', 2, 12, 0, 8, 318),
            ('6a', 'a) Công lập', 3, 6, 1, 21, 603),
            ('6b', 'b) Ngoài công lập', 0, 1, 0, 0, 7),
            ('7', '7. Quân đội', 1, 0, 0, 3, 45),
            ('8', '8. Công an', 1, 0, 0, 4, 52),
            ('9a1', '- Nhà nước nắm giữ 100% vốn điều lệ', 0, 0, 0, 0, 0),
            ('9a2', '- Nhà nước nắm giữ từ 50% vốn điều lệ trở lên', 0, 1, 0, 0, 9),
            ('9a3', '- Nhà nước nắm giữ dưới 50% vốn điều lệ', 0, 0, 0, 0, 0),
            ('9b1', '- Công ty cổ phần', 0, 2, 0, 0, 14),
            ('9b2', '- Doanh nghiệp tư nhân', 0, 1, 0, 0, 4),
            ('9b3', '- Công ty trách nhiệm hữu hạn', 0, 2, 0, 0, 11),
            ('9b4', '- Công ty hợp danh', 0, 0, 0, 0, 0),
            ('9b5', '- Doanh nghiệp có vốn nước ngoài', 0, 1, 0, 0, 5),
            ('9bx', 'Trong đó: Doanh nghiệp 100% vốn nước ngoài', 0, 1, 0, 0, 5),
            ('9c', 'c) Hợp tác xã', 0, 1, 0, 0, 3),
            ('10', '10. Tổ chức cơ sở đảng ở ngoài nước', 0, 0, 0, 0, 0),
            ('11', '11. Loại hình cơ sở khác', 0, 0, 0, 0, 0)]
    L = {k: (lab, a, b, e, f, g) for k, lab, a, b, e, f, g in leaf}

    def agg(keys):
        return [sum(L[k][i] for k in keys) for i in range(1, 6)]
    groups = {'6': ('6. Đơn vị sự nghiệp, gồm:', ['6a', '6b']),
              '9a': ('a) Doanh nghiệp có vốn Nhà nước', ['9a1', '9a2', '9a3']),
              '9b': ('b) Doanh nghiệp ngoài khu vực Nhà nước', ['9b1', '9b2', '9b3', '9b4', '9b5'])}
    for k, (lab, keys) in groups.items():
        L[k] = (lab,) + tuple(agg(keys))
    L['9'] = ('9. Doanh nghiệp và hợp tác xã',) + tuple(agg(['9a', '9b', '9c']))
    top = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']
    L['T'] = ('Cộng (1+….+11)',) + tuple(agg(top))
    order = ['1', '2', '3', '4', '5', '6', '6a', '6b', '7', '8', '9', '9a', '9a1', '9a2', '9a3', '9b', '9b1', '9b2',
             '9b3', '9b4', '9b5', '9bx', '9c', '10', '11', 'T']
    R = {}
    for k in order:
        lab, a, b, e, f, g = L[k]
        cells = [a + b, a, b, e, f, g]
        zero_dash = k in ('2', '10', '11', '9a1', '9a3', '9b4')
        R[k] = sh.add(lab, *[('-' if zero_dash else 0) if x == 0 else (vi(x) if x >= 1000 else x) for x in cells])
    sh.add('* Loại hình cơ sở khác: tổ chức cơ sở đảng ở các hội quần chúng, đơn vị đặc thù.')
    sh.add(None, 'NGƯỜI LẬP BIỂU', None, None, None, 'TRƯỞNG BAN')
    c.table(sh, h, R['T'], 7)
    for k in order:
        c.rsum(sh, 'B%d' % R[k], ['C%d' % R[k], 'D%d' % R[k]])
    for col in 'BCDEFG':
        def A(k):
            return '%s%d' % (col, R[k])
        c.rsum(sh, A('T'), [A(k) for k in top])
        c.rsum(sh, A('6'), [A('6a'), A('6b')])
        c.rsum(sh, A('9'), [A('9a'), A('9b'), A('9c')])
        c.rsum(sh, A('9a'), [A('9a1'), A('9a2'), A('9a3')])
        c.rsum(sh, A('9b'), [A(x) for x in ('9b1', '9b2', '9b3', '9b4', '9b5')])
        c.rle(sh, A('9bx'), A('9b5'))
    return c


@case
def c18():
    c = Case('s18-bieu10-dao-tao-boi-duong', 'form-bieu10-nested-cols-trongdo-cols-classes',
             'Form Biểu 10-BTCTW (training of cadres) filled by a province: three header rows, column rules '
             '3=4+6+8 and 9=10+11, "Trong đó" columns, degree rows split into + sub-rows, class counts in a '
             'people table', party=True)
    rng = random.Random(1818)
    sh = c.sheet('Biểu 10')
    sh.add('TỈNH ỦY HẬU GIANG', None, None, None, None, None, None, None, None, 'Biểu số 10-BTCTW')
    sh.add('BAN TỔ CHỨC', None, None, None, None, None, None, None, None, 'Đvt: Người')
    sh.add('THỐNG KÊ KẾT QUẢ ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ NĂM 2024')
    h = sh.add('TT', 'Chương trình, hình thức đào tạo, bồi dưỡng', 'Cán bộ được đào tạo, bồi dưỡng',
               None, None, None, None, None, 'Số lớp', None, None)
    sh.add(None, None, 'Tổng số', 'Cấp tỉnh', None, 'Cấp huyện', None, 'Cấp xã', 'Tổng số lớp',
           'Cấp ủy cấp tỉnh mở', 'Cấp ủy cấp huyện mở')
    sh.add(None, None, None, 'Tổng số', 'Trong đó: số cán bộ lãnh đạo, quản lý', 'Tổng số',
           'Trong đó: số cán bộ lãnh đạo, quản lý', None, None, None, None)
    sh.add(1, 2, '3=4+6+8', 4, 5, 6, 7, 8, '9=10+11', 10, 11)
    sh.merge('A%d:A%d' % (h, h + 2), 'B%d:B%d' % (h, h + 2), 'C%d:H%d' % (h, h), 'I%d:K%d' % (h, h),
             'C%d:C%d' % (h + 1, h + 2), 'D%d:E%d' % (h + 1, h + 1), 'F%d:G%d' % (h + 1, h + 1),
             'H%d:H%d' % (h + 1, h + 2), 'I%d:I%d' % (h + 1, h + 2), 'J%d:J%d' % (h + 1, h + 2),
             'K%d:K%d' % (h + 1, h + 2))

    def leafvals(kind):
        if kind == 'abroad':
            d = rng.randint(0, 3)
            return [d, rng.randint(0, d), 0, 0, 0, 0, 0]
        if kind == 'deg':
            d, f, x = rng.randint(4, 30), rng.randint(5, 45), rng.randint(10, 70)
            return [d, rng.randint(0, d // 2), f, rng.randint(0, f // 3), x, 0, 0]
        if kind == 'phd':
            d = rng.randint(0, 4)
            return [d, rng.randint(0, d), rng.randint(0, 1), 0, 0, 0, 0]
        if kind == 'pol':
            d, f, x = rng.randint(10, 60), rng.randint(40, 160), rng.randint(60, 190)
            return [d, rng.randint(0, d // 2), f, rng.randint(0, f // 2), x, rng.randint(1, 3), rng.randint(2, 8)]
        if kind == 'bd':
            d, f, x = rng.randint(30, 260), rng.randint(60, 520), rng.randint(100, 900)
            return [d, rng.randint(0, d // 2), f, rng.randint(0, f // 3), x, rng.randint(1, 6), rng.randint(2, 14)]
        raise ValueError(kind)
    tree = [
        ('I', 'ĐÀO TẠO', None),
        ('1', 'Đào tạo chuyên môn', [
            ('-', 'Đại học', [('+', 'Trong nước', 'deg'), ('+', 'Ngoài nước', 'abroad'), ('+', 'Liên kết', 'deg')]),
            ('-', 'Thạc sỹ', [('+', 'Trong nước', 'deg'), ('+', 'Ngoài nước', 'abroad'), ('+', 'Liên kết', 'phd')]),
            ('-', 'Tiến sỹ', [('+', 'Trong nước', 'phd'), ('+', 'Ngoài nước', 'abroad'), ('+', 'Liên kết', 'phd')])]),
        ('2', 'Đào tạo chính trị', [
            ('-', 'Trung cấp lý luận chính trị', [('+', 'Hệ tập trung', 'pol'), ('+', 'Hệ không tập trung', 'pol')]),
            ('-', 'Cao cấp lý luận chính trị', [('+', 'Hệ tập trung', 'phd'), ('+', 'Hệ không tập trung', 'deg')]),
            ('-', 'Cử nhân lý luận chính trị', [('+', 'Hệ tập trung', 'phd'), ('+', 'Hệ không tập trung', 'phd')])]),
        ('II', 'BỒI DƯỠNG', None),
        ('1', 'Bồi dưỡng nghiệp vụ công tác xây dựng Đảng', 'bd'),
        ('2', 'Bồi dưỡng nghiệp vụ công tác đoàn thể', 'bd'),
        ('3', 'Bồi dưỡng quản lý nhà nước', [('-', 'Trong nước', 'bd'), ('-', 'Ngoài nước', 'abroad')]),
        ('4', 'Bồi dưỡng quản lý kinh tế', [('-', 'Trong nước', 'bd'), ('-', 'Ngoài nước', 'abroad')]),
        ('5', 'Bồi dưỡng ngoại ngữ', [('-', 'Trong nước', 'bd'), ('-', 'Ngoài nước', 'abroad')]),
        ('6', 'Bồi dưỡng tin học', 'bd'),
        ('7', 'Cập nhật kiến thức mới', 'bd'),
        ('8', 'Bồi dưỡng kiến thức quốc phòng - an ninh', [('-', 'Đối tượng 1', 'abroad'), ('-', 'Đối tượng 2', 'pol'),
                                                           ('-', 'Đối tượng 3', 'bd'), ('-', 'Đối tượng 4', 'bd')])]
    COLS = 'DEFGHJK'
    parents = []
    target = None

    def emit(stt, lab, sub, parent=None):
        nonlocal target
        if sub is None:
            sh.add(stt, lab)
            return None
        if isinstance(sub, str):
            v = leafvals(sub)
            if lab == 'Hệ không tập trung' and parent == 'Trung cấp lý luận chính trị':
                v[4] = 146
                target = len(sh.rows) + 1
            r = sh.add(stt, lab, v[0] + v[2] + v[4], *v[:5], v[5] + v[6], v[5], v[6])
            return r
        r = sh.add(stt, lab)
        kids = []
        for s2, l2, sb2 in sub:
            kids.append(emit(s2, l2, sb2, lab))
        vals = [sum(sh.val('%s%d' % (col, k)) for k in kids) for col in COLS]
        sh.put('C%d' % r, num(vals[0] + vals[2] + vals[4]))
        for col, x in zip(COLS, vals):
            sh.put('%s%d' % (col, r), num(x))
        sh.put('I%d' % r, num(vals[5] + vals[6]))
        parents.append((r, kids))
        return r
    for stt, lab, sub in tree:
        emit(stt, lab, sub)
    last = len(sh.rows)
    sh.add(None, 'NGƯỜI LẬP BIỂU', None, None, None, None, None, None, 'TRƯỞNG BAN')
    c.table(sh, h, last, 11)
    for r in range(h + 4, last + 1):
        if sh.val('C%d' % r) is not None:
            c.rsum(sh, 'C%d' % r, ['D%d' % r, 'F%d' % r, 'H%d' % r])
            c.rsum(sh, 'I%d' % r, ['J%d' % r, 'K%d' % r])
            c.rle(sh, 'E%d' % r, 'D%d' % r)
            c.rle(sh, 'G%d' % r, 'F%d' % r)
    for r, kids in parents:
        c.colsum(sh, 'CDEFGHIJK', r, kids)
    old = 146
    new = transposed(old, 1)
    c.err(sh, 'H%d' % target, new, 'transposition',
          'Cấp xã, Trung cấp LLCT hệ không tập trung: %d typed for %d: the row rule 3=4+6+8 and the '
          '"- Trung cấp" row (sum of its + rows) both need %d' % (new, old, old))
    return c


@case
def c19():
    c = Case('s19-xep-loai-dang-vien-3-nam', 'ratings-years-col-pairs-nested-excellent-pct-text',
             'Member quality ratings over three years, count/share column pairs, shares typed as "89,52%" text on '
             'the evaluated members, "hoàn thành xuất sắc" counted inside "hoàn thành tốt trở lên", one year '
             'summing to 100,01 % by rounding', party=True)
    sh = c.sheet('Xếp loại ĐV')
    sh.add('ĐẢNG ỦY XÃ ĐÔNG THẠNH')
    sh.add('KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN NĂM 2022 - 2024')
    h = sh.add('TT', 'Nội dung', 'Năm 2022', None, 'Năm 2023', None, 'Năm 2024', None)
    sh.add(None, None, 'Số lượng', 'Tỷ lệ (%)', 'Số lượng', 'Tỷ lệ (%)', 'Số lượng', 'Tỷ lệ (%)')
    sh.merge('A%d:A%d' % (h, h + 1), 'B%d:B%d' % (h, h + 1), 'C%d:D%d' % (h, h), 'E%d:F%d' % (h, h),
             'G%d:H%d' % (h, h))

    def pick(total, exempt, a, c_, want):
        n = total - exempt
        for b in range(int(n * 0.03), int(n * 0.15)):
            cc = n - a - b
            if cc < 0 or cc > c_:
                continue
            s = pct(a, n) + pct(b, n) + pct(cc, n)
            if s == want:
                return b, cc
        raise SystemExit('no pick %s' % want)
    years = []
    for total, exempt, a, xs, cmax, want in [(512, 21, 438, 71, 9, D('100.00')), (527, 24, 455, 80, 8, D('100.01')),
                                            (538, 19, 476, 93, 6, D('99.99'))]:
        b, cc = pick(total, exempt, a, cmax, want)
        years.append((total, exempt, total - exempt, a, xs, b, cc))
    labels = [('1', 'Tổng số đảng viên'), ('2', 'Số đảng viên miễn đánh giá, chưa đánh giá'),
              ('3', 'Số đảng viên được đánh giá, xếp loại'), ('a', 'Hoàn thành tốt nhiệm vụ trở lên'),
              ('', '- Trong đó: Hoàn thành xuất sắc nhiệm vụ'), ('b', 'Hoàn thành nhiệm vụ'),
              ('c', 'Không hoàn thành nhiệm vụ')]
    R = []
    for k, (stt, lab) in enumerate(labels):
        row = [stt, lab]
        for y in years:
            n = y[2]
            if k < 2:
                row += [y[k], 'x']
            elif k == 2:
                row += [n, '100%']
            else:
                row += [y[k], vi(pct(y[k], n)) + '%']
        R.append(sh.add(*row))
    sh.add(None, 'Ghi chú: Tỷ lệ tính trên số đảng viên được đánh giá, xếp loại; số "hoàn thành xuất sắc nhiệm vụ" '
                 'đã tính trong số "hoàn thành tốt nhiệm vụ trở lên".')
    c.table(sh, h, R[-1], 8)
    for cnt, shr in (('C', 'D'), ('E', 'F'), ('G', 'H')):
        def A(k, col=cnt):
            return '%s%d' % (col, R[k])
        c.rlin(sh, A(2), [(1, A(0)), (-1, A(1))])
        c.rsum(sh, A(2), [A(3), A(5), A(6)])
        c.rle(sh, A(4), A(3))
        for k in (3, 4, 5, 6):
            c.rdiv(sh, A(k, shr), A(k), A(2), 2)
        c.r100(sh, [A(k, shr) for k in (3, 5, 6)], 2)
    return c


@case
def c20():
    c = Case('s20-ket-nap-dang-vien-hai-nhiem-ky', 'terms-cols-units-rows-total-first',
             'New members admitted per grassroots party unit over two terms, difference and index columns, '
             'total first', party=True)
    rng = random.Random(2020)
    sh = c.sheet('Kết nạp')
    sh.add('HUYỆN ỦY CHÂU THÀNH A')
    sh.add('KẾT QUẢ KẾT NẠP ĐẢNG VIÊN QUA HAI NHIỆM KỲ')
    h = sh.add('STT', 'Đảng bộ, chi bộ cơ sở', 'Số đảng viên kết nạp', None,
               'Tăng (+), giảm (-) so với nhiệm kỳ 2010 - 2015', 'So sánh (%)')
    sh.add(None, None, 'Nhiệm kỳ 2015 - 2020', 'Nhiệm kỳ 2020 - 2025', None, None)
    sh.merge('A%d:A%d' % (h, h + 1), 'B%d:B%d' % (h, h + 1), 'C%d:D%d' % (h, h), 'E%d:E%d' % (h, h + 1),
             'F%d:F%d' % (h, h + 1))
    units = ['Đảng bộ ' + x[0].lower() + x[1:] for x in CHAU_THANH_A] + [
        'Đảng bộ Cơ quan Chính quyền huyện', 'Đảng bộ Quân sự huyện', 'Đảng bộ Công an huyện',
        'Chi bộ Trung tâm Y tế huyện', 'Chi bộ Trường THPT Tầm Vu']
    data = []
    for u in units:
        if u.startswith('Chi bộ'):
            a = rng.randint(6, 22)
            b = max(3, a + rng.randint(-6, 8))
        else:
            a = rng.randint(28, 118)
            b = max(6, a + rng.randint(-25, 30))
        data.append((u, a, b))
    A_ = sum(x[1] for x in data)
    B_ = sum(x[2] for x in data)
    tot = sh.add(None, 'Tổng số', A_, B_, num(B_ - A_), vi(pct(B_, A_)))
    rows = []
    for i, (u, a, b) in enumerate(data):
        rows.append(sh.add(i + 1, u, a, b, num(b - a), vi(pct(b, a))))
    c.table(sh, h, rows[-1], 6)
    c.colsum(sh, 'CDE', tot, rows)
    for r in [tot] + rows:
        c.rdiff(sh, 'E%d' % r, 'D%d' % r, 'C%d' % r)
        c.rdiv(sh, 'F%d' % r, 'D%d' % r, 'C%d' % r, 2)
    c.rlabel(sh, 'E%d' % h, 'Tăng (+), giảm (-) so với nhiệm kỳ 2015 - 2020')
    sh.put('E%d' % h, 'Tăng (+), giảm (-) so với nhiệm kỳ 2015 - 2020')
    c.err(sh, 'E%d' % h, 'Tăng (+), giảm (-) so với nhiệm kỳ 2010 - 2015', 'term-label',
          'The differences are 2020 - 2025 minus 2015 - 2020 (the term before); the header names 2010 - 2015, '
          'which is not in the table')
    return c


@case
def c21():
    c = Case('s21-tiep-cong-dan-thang-luy-ke', 'months-cols-cumulative-vs-same-period',
             'Citizen reception: month 5, month 6, cumulative 6 months (not the sum of the two months shown), '
             'same period last year, index; "Chia ra" splits and a "Trong đó" row')
    sh = c.sheet('TCD T6-2024')
    sh.add('BAN TIẾP CÔNG DÂN HUYỆN PHỤ BÌNH')
    sh.add('KẾT QUẢ TIẾP CÔNG DÂN THÁNG 6 VÀ 6 THÁNG ĐẦU NĂM 2024')
    h = sh.add('STT', 'Nội dung', 'Đơn vị tính', 'Tháng 5/2024', 'Tháng 6/2024', 'Lũy kế 6 tháng năm 2024',
               'Cùng kỳ 6 tháng năm 2023', 'So sánh lũy kế với cùng kỳ (%)')
    spec = [('1', 'Số lượt tiếp công dân', 'lượt', [42, 38, 231, 254]),
            ('', 'Chia ra: - Tiếp thường xuyên', 'lượt', [30, 27, 168, 181]),
            ('', '- Tiếp định kỳ của lãnh đạo', 'lượt', [8, 8, 46, 52]),
            ('', '- Tiếp đột xuất', 'lượt', [4, 3, 17, 21]),
            ('2', 'Số người được tiếp', 'người', [51, 44, 287, 301]),
            ('3', 'Số vụ việc', 'vụ việc', [35, 31, 190, 212]),
            ('', 'Chia ra: - Khiếu nại', 'vụ việc', [12, 9, 61, 75]),
            ('', '- Tố cáo', 'vụ việc', [3, 2, 14, 11]),
            ('', '- Kiến nghị, phản ánh', 'vụ việc', [20, 20, 115, 126]),
            ('4', 'Số đoàn đông người', 'đoàn', [1, 0, 3, 5]),
            ('', 'Trong đó: liên quan đến đất đai', 'đoàn', [1, 0, 2, 4])]
    R = []
    for stt, lab, u, v in spec:
        R.append(sh.add(stt, lab, u, *v, vi(pct(v[2], v[3], 1), 1)))
    c.table(sh, h, R[-1], 8)
    for col in 'DEFG':
        c.rsum(sh, '%s%d' % (col, R[0]), ['%s%d' % (col, R[k]) for k in (1, 2, 3)])
        c.rsum(sh, '%s%d' % (col, R[5]), ['%s%d' % (col, R[k]) for k in (6, 7, 8)])
        c.rle(sh, '%s%d' % (col, R[10]), '%s%d' % (col, R[9]))
    for r in R:
        c.rdiv(sh, 'H%d' % r, 'F%d' % r, 'G%d' % r, 1)
        c.rle(sh, ['D%d' % r, 'E%d' % r], 'F%d' % r)
    return c


@case
def c22():
    c = Case('s22-ngan-sach-xa-thu-va-can-doi', 'two-tables-one-sheet-balance-cross',
             'Commune budget: revenue table (estimate, actual, %) and a balance table below that repeats total '
             'revenue, with total expenditure and surplus')
    sh = c.sheet('NS xã 2024')
    sh.add('UBND XÃ PHƯƠNG BÌNH')
    sh.add('Biểu số 01. QUYẾT TOÁN THU NGÂN SÁCH XÃ NĂM 2024')
    sh.add(None, None, None, None, 'ĐVT: triệu đồng')
    h = sh.add('STT', 'Nội dung', 'Dự toán', 'Quyết toán', 'So sánh QT/DT (%)')
    spec = [('A', 'Các khoản thu xã hưởng 100%', [('1', 'Phí, lệ phí', '45,5', '52,3'),
                                                 ('2', 'Thu từ quỹ đất công ích và hoa lợi công sản', '120,0', '131,8'),
                                                 ('3', 'Thu khác', '18,0', '27,6')]),
            ('B', 'Các khoản thu phân chia theo tỷ lệ phần trăm', [('1', 'Thuế sử dụng đất phi nông nghiệp', '36,2', '38,9'),
                                                                 ('2', 'Lệ phí trước bạ nhà, đất', '64,8', '71,4')]),
            ('C', 'Thu bổ sung từ ngân sách cấp trên', [('1', 'Bổ sung cân đối', '4.812,6', '4.812,6'),
                                                        ('2', 'Bổ sung có mục tiêu', '286,0', '301,6')])]
    tot = sh.add(None, 'TỔNG THU NGÂN SÁCH XÃ (A+B+C)')
    blocks = []
    for stt, lab, items in spec:
        br = sh.add(stt, lab)
        ir = []
        for s2, l2, a, b in items:
            ir.append(sh.add(s2, l2, a, b, vi(pct(parse_text(b), parse_text(a)), 2)))
        for col in 'CD':
            sh.put('%s%d' % (col, br), vi(sum(sh.val('%s%d' % (col, r)) for r in ir)))
        sh.put('E%d' % br, vi(pct(sh.val('D%d' % br), sh.val('C%d' % br)), 2))
        blocks.append((br, ir))
    for col in 'CD':
        sh.put('%s%d' % (col, tot), vi(sum(sh.val('%s%d' % (col, b[0])) for b in blocks)))
    sh.put('E%d' % tot, vi(pct(sh.val('D%d' % tot), sh.val('C%d' % tot)), 2))
    last1 = blocks[-1][1][-1]
    c.table(sh, h, last1, 5)
    for br, ir in blocks:
        c.colsum(sh, 'CD', br, ir)
    c.colsum(sh, 'CD', tot, [b[0] for b in blocks])
    for r in [tot] + [x for b in blocks for x in [b[0]] + b[1]]:
        c.rdiv(sh, 'E%d' % r, 'D%d' % r, 'C%d' % r, 2)
    sh.blank()
    sh.add(None, 'Biểu số 02. CÂN ĐỐI QUYẾT TOÁN THU, CHI NGÂN SÁCH XÃ NĂM 2024')
    h2 = sh.add('STT', 'Nội dung', 'Dự toán', 'Quyết toán')
    T = [sh.val('C%d' % tot), sh.val('D%d' % tot)]
    r_thu = sh.add('1', 'Tổng thu ngân sách xã', vi(T[0]), vi(T[1]))
    chi = [('Chi đầu tư phát triển', D('620.0'), D('584.5')), ('Chi thường xuyên', D('4672.9'), D('4703.2')),
           ('Dự phòng ngân sách', D('90.2'), D('0'))]
    r_chi = sh.add('2', 'Tổng chi ngân sách xã', vi(sum(x[1] for x in chi)), vi(sum(x[2] for x in chi)))
    cr = [sh.add('', '- ' + lab, vi(a), vi(b) if b else '-') for lab, a, b in chi]
    r_kd = sh.add('3', 'Kết dư ngân sách (3 = 1 - 2)', vi(T[0] - sum(x[1] for x in chi)), vi(T[1] - sum(x[2] for x in chi)))
    c.table(sh, h2, r_kd, 4)
    c.colsum(sh, 'CD', r_chi, cr)
    for col in 'CD':
        c.rdiff(sh, '%s%d' % (col, r_kd), '%s%d' % (col, r_thu), '%s%d' % (col, r_chi))
        c.req((sh.name, '%s%d' % (col, r_thu)), (sh.name, '%s%d' % (col, tot)))
    old = T[1]
    s_old = vi(old)
    digits = s_old.replace('.', '').replace(',', '')
    new = D(transposed(int(digits), 1)) / 10
    sh.put('D%d' % r_thu, vi(old))
    c.err(sh, 'D%d' % r_thu, vi(new), 'cross',
          'Tổng thu in the balance table (%s) differs from the total of Biểu số 01 (%s, digits swapped); '
          'the surplus %s = %s - %s was computed from %s' % (vi(new), vi(old), vi(old - sum(x[2] for x in chi)),
                                                             vi(old), vi(sum(x[2] for x in chi)), vi(old)))
    return c


@case
def c23():
    c = Case('s23-hoi-phu-nu-chi-tiet-tong-hop', 'two-sheets-detail-and-summary',
             'Women\'s Union: per-commune detail sheet (branches, members, women aged 18+, recruitment, '
             'share organised) and a summary sheet of indicators 2023 vs 2024 that repeats the detail totals')
    rng = random.Random(2323)
    d = c.sheet('Chi tiết')
    d.add('HỘI LIÊN HIỆP PHỤ NỮ HUYỆN PHỤNG HIỆP')
    d.add('SỐ LIỆU TỔ CHỨC HỘI VÀ HỘI VIÊN THEO CƠ SỞ NĂM 2024')
    h = d.add('STT', 'Cơ sở Hội', 'Số chi hội', 'Số phụ nữ từ 18 tuổi trở lên', 'Tổng số hội viên',
              'Trong đó: kết nạp mới trong năm', 'Tỷ lệ tập hợp hội viên (%)')
    data = []
    for name in PHUNG_HIEP[:12]:
        ch = rng.randint(6, 12)
        pn = rng.randint(3000, 6500)
        hv = int(pn * D(rng.randint(700, 880)) / 1000)
        kn = rng.randint(40, 180)
        data.append((name, ch, pn, hv, kn))
    rows = [d.add(i + 1, x[0], x[1], vi(x[2]), vi(x[3]), x[4], vi(pct(x[3], x[2]))) for i, x in enumerate(data)]
    T = [sum(x[k] for x in data) for k in (1, 2, 3, 4)]
    tot = d.add(None, 'Cộng', T[0], vi(T[1]), vi(T[2]), T[3], vi(pct(T[2], T[1])))
    c.table(d, h, tot, 7)
    c.colsum(d, 'CDEF', tot, rows)
    for r in rows + [tot]:
        c.rdiv(d, 'G%d' % r, 'E%d' % r, 'D%d' % r, 2)
        c.rle(d, 'F%d' % r, 'E%d' % r)
    s = c.sheet('Tổng hợp')
    s.add('HỘI LIÊN HIỆP PHỤ NỮ HUYỆN PHỤNG HIỆP')
    s.add('TỔNG HỢP MỘT SỐ CHỈ TIÊU CÔNG TÁC HỘI NĂM 2024')
    h2 = s.add('STT', 'Chỉ tiêu', 'Đơn vị tính', 'Năm 2023', 'Năm 2024', 'Tăng (+), giảm (-)')
    prev = [12, T[0] - 3, T[2] - 412, 1304, D('79.62')]
    cur = [12, T[0], T[2], T[3], pct(T[2], T[1])]
    labs = [('1', 'Số cơ sở Hội', 'cơ sở'), ('2', 'Số chi hội', 'chi hội'), ('3', 'Tổng số hội viên', 'hội viên'),
            ('4', 'Số hội viên kết nạp mới', 'hội viên'), ('5', 'Tỷ lệ tập hợp hội viên', '%')]
    R = []
    for k, (stt, lab, u) in enumerate(labs):
        a, b = prev[k], cur[k]
        p = 2 if k == 4 else None
        R.append(s.add(stt, lab, u, vi(a, p), vi(b, p), vi(D(b) - D(a), p, plus=True) if b != a else '0'))
    s.add(None, 'Ghi chú: Năm 2024 thành lập mới 03 chi hội ở các ấp đông dân cư.')
    c.table(s, h2, R[-1], 6)
    for r in R:
        c.rdiff(s, 'F%d' % r, 'E%d' % r, 'D%d' % r)
    c.rcalc(s, 'E%d' % R[0], [('Chi tiết', 'C%d' % r) for r in rows], lambda *v: len(v), 0, desc='count units')
    c.req(('Tổng hợp', 'E%d' % R[1]), ('Chi tiết', 'C%d' % tot))
    c.req(('Tổng hợp', 'E%d' % R[2]), ('Chi tiết', 'E%d' % tot))
    c.req(('Tổng hợp', 'E%d' % R[3]), ('Chi tiết', 'F%d' % tot))
    c.req(('Tổng hợp', 'E%d' % R[4]), ('Chi tiết', 'G%d' % tot))
    old = T[2]
    i = next(k for k in range(len(str(old)) - 1) if str(old)[k] != str(old)[k + 1] and k >= 1)
    new = transposed(old, i)
    c.err(s, 'E%d' % R[2], vi(new), 'cross',
          'Summary repeats total members as %s but the detail sheet total (Chi tiết!E%d) is %s; the change %s '
          'was computed from %s' % (vi(new), tot, vi(old), vi(old - prev[2], plus=True), vi(old)))
    return c


@case
def c24():
    c = Case('s24-dan-so-theo-xa-mat-do', 'communes-rows-total-first-chiara-density-per-household',
             'Population by commune (northern district): area typed as text with decimal comma, population split '
             'into male/female ("Chia ra"), density and persons per household as ratios, total first')
    rng = random.Random(2424)
    sh = c.sheet('Dân số 2024')
    sh.add('CHI CỤC THỐNG KÊ KHU VỰC PHÚ BÌNH - ĐỒNG HỶ')
    sh.add('DIỆN TÍCH, DÂN SỐ VÀ MẬT ĐỘ DÂN SỐ NĂM 2024 PHÂN THEO XÃ, THỊ TRẤN')
    h = sh.add('STT', 'Xã, thị trấn', 'Diện tích (km²)', 'Dân số trung bình (người)', None, None,
               'Mật độ dân số (người/km²)', 'Số hộ', 'Bình quân nhân khẩu/hộ')
    sh.add(None, None, None, 'Tổng số', 'Chia ra', None, None, None, None)
    sh.add(None, None, None, None, 'Nam', 'Nữ', None, None, None)
    sh.merge('A%d:A%d' % (h, h + 2), 'B%d:B%d' % (h, h + 2), 'C%d:C%d' % (h, h + 2), 'D%d:F%d' % (h, h),
             'D%d:D%d' % (h + 1, h + 2), 'E%d:F%d' % (h + 1, h + 1), 'G%d:G%d' % (h, h + 2), 'H%d:H%d' % (h, h + 2),
             'I%d:I%d' % (h, h + 2))
    data = []
    for name in PHU_BINH:
        ar = D(rng.randint(720, 2650)) / 100
        nam = rng.randint(3100, 7900)
        nu = nam + rng.randint(-150, 260)
        hh = int((nam + nu) / (D(rng.randint(330, 395)) / 100))
        data.append([name, ar, nam, nu, hh])
    tot = sh.add()
    rows = []
    for i, (name, ar, nam, nu, hh) in enumerate(data):
        ds = nam + nu
        rows.append(sh.add(i + 1, name, vi(ar, 2), vi(ds), vi(nam), vi(nu), vi(rnd(ds / ar)), vi(hh),
                           vi(rnd(D(ds) / hh, 2))))
    A = sum(x[1] for x in data)
    NM = sum(x[2] for x in data)
    NU = sum(x[3] for x in data)
    HH = sum(x[4] for x in data)
    for col, v in zip('BCDEFGHI', ['Toàn huyện', vi(A, 2), vi(NM + NU), vi(NM), vi(NU), vi(rnd((NM + NU) / A)), vi(HH),
                                   vi(rnd(D(NM + NU) / HH, 2))]):
        sh.put('%s%d' % (col, tot), v)
    c.table(sh, h, rows[-1], 9)
    c.colsum(sh, 'CDEFH', tot, rows)
    for r in [tot] + rows:
        c.rsum(sh, 'D%d' % r, ['E%d' % r, 'F%d' % r])
        c.rdiv(sh, 'G%d' % r, 'D%d' % r, 'C%d' % r, 0, scale=1)
        c.rdiv(sh, 'I%d' % r, 'D%d' % r, 'H%d' % r, 2, scale=1)
    k = 6
    old = data[k][3]
    s_ = str(old)
    new = int(s_[0] + s_[1] + ('8' if s_[2] != '8' else '3') + s_[3:])
    assert one_digit(old, new)
    c.err(sh, 'F%d' % rows[k], vi(new), 'digit',
          'Nữ of %s typed %s for %s (one digit): Nam + Nữ must equal the row total %s, and column F must sum to '
          'the district total' % (data[k][0], vi(new), vi(old), vi(data[k][2] + old)))
    return c


@case
def c25():
    c = Case('s25-chan-nuoi-tong-dan', 'per-row-units-dates-cols-formula-total-index',
             'Livestock herd at 01/10 of two years with a unit column (con, nghìn con, tấn), herd total as a SUM '
             'formula, index column typed by hand')
    sh = c.sheet('Chăn nuôi')
    sh.add('PHÒNG NÔNG NGHIỆP VÀ PTNT HUYỆN CHÂU THÀNH')
    sh.add('TÌNH HÌNH CHĂN NUÔI (THỜI ĐIỂM 01/10/2024)')
    h = sh.add('STT', 'Chỉ tiêu', 'Đơn vị tính', 'Thời điểm 01/10/2023', 'Thời điểm 01/10/2024', 'So sánh (%)')
    r1 = sh.add('1', 'Tổng đàn gia súc', 'con')
    sub1 = [sh.add('', lab, 'con', a, b) for lab, a, b in
            [('- Đàn trâu', 1245, 1180), ('- Đàn bò', 8642, 9105), ('- Đàn heo', 52310, 55874), ('- Đàn dê', 2134, 2467)]]
    r2 = sh.add('2', 'Tổng đàn gia cầm', 'nghìn con')
    sub2 = [sh.add('', lab, 'nghìn con', a, b) for lab, a, b in
            [('- Đàn gà', 612.4, 645.8), ('- Đàn vịt', 803.7, 836.2), ('- Chim cút, bồ câu', 96.5, 91.3)]]
    r3 = sh.add('3', 'Sản lượng thịt hơi xuất chuồng', 'tấn', 12458, 13102)
    sub3 = [sh.add('', lab, 'tấn', a, b) for lab, a, b in
            [('Chia ra: - Thịt heo hơi', 9215, 9730), ('- Thịt gia cầm hơi', 2610, 2712), ('- Thịt trâu, bò hơi', 633, 660)]]
    for col in 'DE':
        sh.formula('%s%d' % (col, r1), 'SUM(%s%d:%s%d)' % (col, sub1[0], col, sub1[-1]))
        sh.formula('%s%d' % (col, r2), 'SUM(%s%d:%s%d)' % (col, sub2[0], col, sub2[-1]))
    allr = [r1] + sub1 + [r2] + sub2 + [r3] + sub3
    for r in allr:
        sh.put('F%d' % r, num(pct(sh.val('E%d' % r), sh.val('D%d' % r))))
    c.table(sh, h, sub3[-1], 6)
    for col in 'DE':
        c.rsum(sh, '%s%d' % (col, r1), ['%s%d' % (col, r) for r in sub1])
        c.rsum(sh, '%s%d' % (col, r2), ['%s%d' % (col, r) for r in sub2])
        c.rsum(sh, '%s%d' % (col, r3), ['%s%d' % (col, r) for r in sub3])
    for r in allr:
        c.rdiv(sh, 'F%d' % r, 'E%d' % r, 'D%d' % r, 2)
    c.err(sh, 'E%d' % r1, None, 'formula-range',
          'Tổng đàn gia súc 2024 is =SUM(E%d:E%d) and leaves out Đàn dê (E%d); 2023 sums D%d:D%d. The typed index '
          '%s was computed on the full total' % (sub1[0], sub1[-2], sub1[-1], sub1[0], sub1[-1], vi(sh.val('F%d' % r1))),
          formula='SUM(E%d:E%d)' % (sub1[0], sub1[-2]))
    cand = [r for r in sub2 + sub3 if trn(D(sh.val('E%d' % r)) * 100 / sh.val('D%d' % r), 2) !=
            pct(sh.val('E%d' % r), sh.val('D%d' % r))]
    w = cand[0]
    ex = D(sh.val('E%d' % w)) * 100 / sh.val('D%d' % w)
    c.warn(sh, 'F%d' % w, num(trn(ex, 2)), 'truncation',
           '%s/%s = %s %% typed %s instead of %s' % (vi(sh.val('E%d' % w)), vi(sh.val('D%d' % w)), vi(rnd(ex, 4)),
                                                    vi(trn(ex, 2)), vi(rnd(ex, 2))))
    return c


@case
def c26():
    c = Case('s26-dien-tich-gieo-trong-cay-hang-nam', 'nested-subtotals-crops-formulas-pct-formulas',
             'Sown area of annual crops: nested groups (total > crop group > crop > season) all as formulas, '
             'plan / result / same period, % columns as formulas')
    sh = c.sheet('Gieo trồng 2024')
    sh.add('UBND HUYỆN LONG MỸ')
    sh.add('DIỆN TÍCH GIEO TRỒNG CÁC LOẠI CÂY HÀNG NĂM NĂM 2024')
    sh.add(None, None, None, None, None, None, 'Đơn vị tính: ha')
    h = sh.add('STT', 'Loại cây trồng', 'Kế hoạch năm 2024', 'Thực hiện năm 2024', 'So với kế hoạch (%)',
               'Cùng kỳ năm 2023', 'So với cùng kỳ (%)')
    tot = sh.add(None, 'TỔNG DIỆN TÍCH GIEO TRỒNG (I+II+III+IV)')
    g1 = sh.add('I', 'Cây lương thực có hạt')
    lua = sh.add('1', 'Cây lúa')
    seasons = [sh.add('', lab, a, b, None, cc) for lab, a, b, cc in
               [('- Vụ Đông Xuân', 18450, 18512, 18390), ('- Vụ Hè Thu', 18200, 18265, 18180),
                ('- Vụ Thu Đông', 9500, 8742, 9105)]]
    ngo = sh.add('2', 'Cây ngô', 350, 386, None, 342)
    groups = [(g1, [lua, ngo])]
    rest = [('II', 'Cây chất bột có củ', [('1', 'Khoai lang', 420, 455, 431), ('2', 'Khoai mì', 180, 162, 175)]),
            ('III', 'Rau, đậu các loại', [('1', 'Rau các loại', 2850, 3012, 2904), ('2', 'Đậu các loại', 210, 198, 205)]),
            ('IV', 'Cây công nghiệp hàng năm', [('1', 'Mía', 1150, 1086, 1204), ('2', 'Đậu phộng', 45, 52, 48)])]
    for stt, lab, items in rest:
        g = sh.add(stt, lab)
        kids = [sh.add(s2, l2, a, b, None, cc) for s2, l2, a, b, cc in items]
        groups.append((g, kids))
    last = len(sh.rows)
    for col in 'CDF':
        sh.formula('%s%d' % (col, lua), 'SUM(%s%d:%s%d)' % (col, seasons[0], col, seasons[-1]), '#,##0')
        for g, kids in groups:
            if g == g1:
                sh.formula('%s%d' % (col, g), '%s%d+%s%d' % (col, lua, col, ngo), '#,##0')
            else:
                sh.formula('%s%d' % (col, g), 'SUM(%s%d:%s%d)' % (col, kids[0], col, kids[-1]), '#,##0')
        sh.formula('%s%d' % (col, tot), '+'.join('%s%d' % (col, g) for g, _ in groups), '#,##0')
    for r in range(tot, last + 1):
        if sh.val('C%d' % r) is not None:
            sh.formula('E%d' % r, 'D%d/C%d*100' % (r, r), '0.0')
            sh.formula('G%d' % r, 'D%d/F%d*100' % (r, r), '0.0')
    c.table(sh, h, last, 7)
    for col in 'CDF':
        c.rsum(sh, '%s%d' % (col, lua), ['%s%d' % (col, r) for r in seasons])
        for g, kids in groups:
            c.rsum(sh, '%s%d' % (col, g), ['%s%d' % (col, r) for r in kids])
        c.rsum(sh, '%s%d' % (col, tot), ['%s%d' % (col, g) for g, _ in groups])
    for r in range(tot, last + 1):
        if sh.val('C%d' % r) is not None:
            c.rdiv(sh, 'E%d' % r, 'D%d' % r, 'C%d' % r, 1)
            c.rdiv(sh, 'G%d' % r, 'D%d' % r, 'F%d' % r, 1)
    c.err(sh, 'D%d' % lua, None, 'formula-range',
          'Cây lúa, Thực hiện: =SUM(D%d:D%d) omits Vụ Thu Đông (D%d) while Kế hoạch and Cùng kỳ sum all three '
          'seasons; group I, the grand total and the %% cells inherit the gap' % (seasons[0], seasons[1], seasons[2]),
          formula='SUM(D%d:D%d)' % (seasons[0], seasons[1]))
    return c


@case
def c27():
    c = Case('s27-uy-ban-mttq-xa-hai-nhiem-ky', 'communes-rows-terms-cols-women-share',
             'Members of commune Fatherland Front committees in two terms, change column with "-" negatives, '
             'women in the current term and their share, total last')
    rng = random.Random(2727)
    sh = c.sheet('MTTQ xã')
    sh.add('ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM HUYỆN VỊ THỦY')
    sh.add('SỐ LƯỢNG ỦY VIÊN ỦY BAN MTTQ VIỆT NAM CÁC XÃ, THỊ TRẤN QUA HAI NHIỆM KỲ')
    h = sh.add('STT', 'Xã, thị trấn', 'Nhiệm kỳ 2019 - 2024', 'Nhiệm kỳ 2024 - 2029',
               'Tăng (+), giảm (-) so với nhiệm kỳ 2014 - 2019', 'Trong đó: nữ (nhiệm kỳ 2024 - 2029)', 'Tỷ lệ nữ (%)')
    data = []
    for name in VI_THUY:
        a = rng.randint(35, 55)
        b = a + rng.randint(-5, 6)
        nu = rng.randint(8, 18)
        data.append((name, a, b, nu))
    rows = [sh.add(i + 1, n, a, b, ('+%d' % (b - a)) if b > a else str(b - a), nu, vi(pct(nu, b))) for i, (n, a, b, nu) in
            enumerate(data)]
    T = [sum(x[k] for x in data) for k in (1, 2, 3)]
    tot = sh.add(None, 'Tổng cộng', T[0], T[1], ('+%d' % (T[1] - T[0])) if T[1] > T[0] else str(T[1] - T[0]), T[2],
                 vi(pct(T[2], T[1])))
    c.table(sh, h, tot, 7)
    c.colsum(sh, 'CDEF', tot, rows)
    for r in rows + [tot]:
        c.rdiff(sh, 'E%d' % r, 'D%d' % r, 'C%d' % r)
        c.rdiv(sh, 'G%d' % r, 'F%d' % r, 'D%d' % r, 2)
        c.rle(sh, 'F%d' % r, 'D%d' % r)
    good = 'Tăng (+), giảm (-) so với nhiệm kỳ 2019 - 2024'
    sh.put('E%d' % h, good)
    c.rlabel(sh, 'E%d' % h, good)
    c.err(sh, 'E%d' % h, 'Tăng (+), giảm (-) so với nhiệm kỳ 2014 - 2019', 'term-label',
          'The change is 2024 - 2029 minus 2019 - 2024 (columns C, D); the header compares with 2014 - 2019, the '
          'term before that')
    return c


@case
def c28():
    c = Case('s28-thu-bhxh-bhyt-bhtn', 'plan-actual-prev-two-pct-total-first',
             'Social-insurance revenue by type: plan, actual, % of plan, same period, % of same period; total first')
    sh = c.sheet('Thu BH 2024')
    sh.add('BẢO HIỂM XÃ HỘI HUYỆN PHỤNG HIỆP')
    sh.add('KẾT QUẢ THU BHXH, BHYT, BHTN NĂM 2024')
    sh.add(None, None, None, None, None, None, 'Đơn vị tính: triệu đồng')
    h = sh.add('STT', 'Loại thu', 'Kế hoạch giao', 'Thực hiện', 'Tỷ lệ so với kế hoạch (%)', 'Cùng kỳ năm 2023',
               'So với cùng kỳ (%)')
    spec = [('1', 'Bảo hiểm xã hội bắt buộc', 386500, 392148, 361275),
            ('2', 'Bảo hiểm xã hội tự nguyện', 24800, 22915, 19874),
            ('3', 'Bảo hiểm y tế', 412300, 418726, 395142),
            ('4', 'Bảo hiểm thất nghiệp', 28600, 27983, 26415),
            ('5', 'Thu lãi chậm đóng', None, 1254, 1087)]
    KH = sum(x[2] or 0 for x in spec)
    TH = sum(x[3] for x in spec)
    CK = sum(x[4] for x in spec)
    tot = sh.add(None, 'Tổng cộng', KH, TH, num(pct(TH, KH)), CK, num(pct(TH, CK)))
    R = []
    for stt, lab, kh, th, ck in spec:
        R.append(sh.add(stt, lab, kh if kh else '-', th, num(pct(th, kh)) if kh else '-', ck, num(pct(th, ck))))
    sh.add(None, 'Ghi chú: Thu lãi chậm đóng không giao kế hoạch.')
    c.table(sh, h, R[-1], 7)
    c.colsum(sh, 'CDF', tot, R)
    for r in [tot] + R:
        if sh.val('C%d' % r):
            c.rdiv(sh, 'E%d' % r, 'D%d' % r, 'C%d' % r, 2)
        c.rdiv(sh, 'G%d' % r, 'D%d' % r, 'F%d' % r, 2)
    c.err(sh, 'E%d' % R[1], num(pct(22915, 19874)), 'base',
          'BHXH tự nguyện: % so với kế hoạch typed 115,30 = 22.915/19.874 (the same-period figure); '
          'against the plan 22.915/24.800 = 92,40')
    c.warn(sh, 'E%d' % R[3], 98, 'precision',
           'BHTN share typed 98 in a 2-decimal column: 27.983/28.600 = 97,84 %')
    return c


@case
def c29():
    c = Case('s29-hoi-cuu-chien-binh-trong-do', 'trongdo-cols-overlap-blocks-subtotals',
             'Veterans\' association members by branch in two blocks with subtotals and a grand total (I+II); four '
             '"Trong đó" columns that overlap (party members, women, war invalids, ethnic minorities), their '
             'sum exceeds the total in most rows; party-member share')
    rng = random.Random(2929)
    sh = c.sheet('CCB 2024')
    sh.add('HỘI CỰU CHIẾN BINH HUYỆN CHÂU THÀNH A')
    sh.add('SỐ LƯỢNG, CHẤT LƯỢNG HỘI VIÊN NĂM 2024')
    h = sh.add('STT', 'Cơ sở Hội', 'Số chi hội', 'Tổng số hội viên', 'Trong đó', None, None, None,
               'Tỷ lệ hội viên là đảng viên (%)')
    sh.add(None, None, None, None, 'Đảng viên', 'Nữ', 'Thương binh, bệnh binh', 'Dân tộc thiểu số', None)
    sh.merge('A%d:A%d' % (h, h + 1), 'B%d:B%d' % (h, h + 1), 'C%d:C%d' % (h, h + 1), 'D%d:D%d' % (h, h + 1),
             'E%d:H%d' % (h, h), 'I%d:I%d' % (h, h + 1))
    tot = sh.add(None, 'Tổng cộng (I+II)')
    blocks = [('I', 'Cơ sở Hội xã, thị trấn', CHAU_THANH_A, (4, 9), (120, 310)),
              ('II', 'Cơ sở Hội khối cơ quan', ['Cơ quan Huyện ủy', 'Cơ quan UBND huyện', 'Công an huyện',
                                                'Ban Chỉ huy Quân sự huyện', 'Khối trường học'], (1, 2), (9, 28))]
    subs = []
    for roman, lab, units, chr_, hvr in blocks:
        sr = sh.add(roman, lab)
        rows = []
        for i, u in enumerate(units):
            ch = rng.randint(*chr_)
            hv = rng.randint(*hvr)
            dv = int(hv * D(rng.randint(720, 960)) / 1000)
            nu = int(hv * D(rng.randint(5, 45)) / 1000)
            tb = int(hv * D(rng.randint(180, 380)) / 1000)
            dt = int(hv * D(rng.randint(0, 70)) / 1000)
            rows.append(sh.add(i + 1, u, ch, hv, dv, nu, tb, dt, vi(pct(dv, hv))))
        for col in 'CDEFGH':
            sh.put('%s%d' % (col, sr), num(sum(sh.val('%s%d' % (col, r)) for r in rows)))
        sh.put('I%d' % sr, vi(pct(sh.val('E%d' % sr), sh.val('D%d' % sr))))
        subs.append((sr, rows))
    for col in 'CDEFGH':
        sh.put('%s%d' % (col, tot), num(sum(sh.val('%s%d' % (col, s_)) for s_, _ in subs)))
    sh.put('I%d' % tot, vi(pct(sh.val('E%d' % tot), sh.val('D%d' % tot))))
    last = subs[-1][1][-1]
    c.table(sh, h, last, 9)
    over = 0
    for sr, rows in subs:
        c.colsum(sh, 'CDEFGH', sr, rows)
    c.colsum(sh, 'CDEFGH', tot, [s_ for s_, _ in subs])
    for r in [tot] + [x for s_, rows in subs for x in [s_] + rows]:
        c.rdiv(sh, 'I%d' % r, 'E%d' % r, 'D%d' % r, 2)
        for col in 'EFGH':
            c.rle(sh, '%s%d' % (col, r), 'D%d' % r)
        if sum(sh.val('%s%d' % (col, r)) for col in 'EFGH') > sh.val('D%d' % r):
            over += 1
    assert over >= 8, over
    return c


@case
def c30():
    c = Case('s30-hoa-giai-co-so', 'communes-rows-rate-base-stated-in-header',
             'Grassroots mediation by commune: cases received split into settled / not settled / pending; '
             'success rate on cases concluded (settled + not settled), as the header says, not on cases received')
    rng = random.Random(3030)
    sh = c.sheet('Hòa giải 2024')
    sh.add('PHÒNG TƯ PHÁP HUYỆN LONG MỸ')
    sh.add('KẾT QUẢ CÔNG TÁC HÒA GIẢI Ở CƠ SỞ NĂM 2024')
    h = sh.add('STT', 'Xã, thị trấn', 'Số tổ hòa giải', 'Số hòa giải viên', 'Số vụ việc tiếp nhận', 'Kết quả', None,
               None, 'Tỷ lệ hòa giải thành (%) (trên số vụ việc đã kết thúc hòa giải)')
    sh.add(None, None, None, None, None, 'Hòa giải thành', 'Hòa giải không thành', 'Đang hòa giải', None)
    sh.add('(1)', '(2)', '(3)', '(4)', '(5)=(6)+(7)+(8)', '(6)', '(7)', '(8)', '(9)=(6)/[(6)+(7)]')
    sh.merge('A%d:A%d' % (h, h + 1), 'B%d:B%d' % (h, h + 1), 'C%d:C%d' % (h, h + 1), 'D%d:D%d' % (h, h + 1),
             'E%d:E%d' % (h, h + 1), 'F%d:H%d' % (h, h), 'I%d:I%d' % (h, h + 1))
    data = []
    for name in LONG_MY:
        to = rng.randint(5, 10)
        hgv = to * rng.randint(5, 7)
        tn = rng.randint(8, 35)
        dang = rng.randint(0, 3)
        done = tn - dang
        th = int(done * D(rng.randint(720, 960)) / 1000)
        data.append((name, to, hgv, tn, th, done - th, dang))
    rows = [sh.add(i + 1, *x, vi(pct(x[4], x[4] + x[5]))) for i, x in enumerate(data)]
    T = [sum(x[k] for x in data) for k in range(1, 7)]
    tot = sh.add(None, 'Cộng', *T, vi(pct(T[3], T[3] + T[4])))
    c.table(sh, h, tot, 9)
    c.colsum(sh, 'CDEFGH', tot, rows)
    for r in rows + [tot]:
        c.rsum(sh, 'E%d' % r, ['F%d' % r, 'G%d' % r, 'H%d' % r])
        c.rdiv(sh, 'I%d' % r, 'F%d' % r, ['F%d' % r, 'G%d' % r], 2)
    return c


@case
def c31():
    c = Case('s31-giam-ngheo-qua-cac-nam', 'years-as-rows-points-change-average-row',
             'Poverty over 2021-2025 with years down the rows (numbers in the first column), rates, reduction in '
             'percentage points from the previous year, average yearly reduction row')
    sh = c.sheet('Giảm nghèo')
    sh.add('UBND HUYỆN PHỤNG HIỆP')
    sh.add('KẾT QUẢ THỰC HIỆN MỤC TIÊU GIẢM NGHÈO GIAI ĐOẠN 2021 - 2025')
    h = sh.add('Năm', 'Tổng số hộ dân cư', 'Hộ nghèo', None, 'Giảm so với năm trước (điểm %)', 'Hộ cận nghèo', None)
    sh.add(None, None, 'Số hộ', 'Tỷ lệ (%)', None, 'Số hộ', 'Tỷ lệ (%)')
    sh.merge('A%d:A%d' % (h, h + 1), 'B%d:B%d' % (h, h + 1), 'C%d:D%d' % (h, h), 'E%d:E%d' % (h, h + 1),
             'F%d:G%d' % (h, h))
    data = [(2021, 42615, 1826, 1512), (2022, 43020, 1532, 1436), (2023, 43488, 1204, 1388), (2024, 43915, 905, 1247),
            ('2025 (ước)', 44300, 642, 1118)]
    rows = []
    prev = None
    for y, t, n, cn in data:
        r = pct(n, t)
        rows.append(sh.add(y, vi(t), vi(n), vi(r), vi(prev - r) if prev is not None else '-', vi(cn), vi(pct(cn, t))))
        prev = r
    r0, r4 = pct(data[0][2], data[0][1]), pct(data[-1][2], data[-1][1])
    avg = sh.add('Bình quân giảm mỗi năm (2021 - 2025)', None, None, None, vi(rnd((r0 - r4) / 4, 2)), None, None)
    sh.add('Ghi chú: Năm 2021 là năm đầu áp dụng chuẩn nghèo đa chiều giai đoạn 2022 - 2025 (rà soát cuối năm 2021).')
    c.table(sh, h, avg, 7)
    for i, r in enumerate(rows):
        c.rdiv(sh, 'D%d' % r, 'C%d' % r, 'B%d' % r, 2)
        c.rdiv(sh, 'G%d' % r, 'F%d' % r, 'B%d' % r, 2)
        c.rle(sh, 'C%d' % r, 'B%d' % r)
        if i:
            c.rdiff(sh, 'E%d' % r, 'D%d' % rows[i - 1], 'D%d' % r)
    c.rcalc(sh, 'E%d' % avg, ['D%d' % rows[0], 'D%d' % rows[-1]], lambda a, b: (a - b) / 4, 2, desc='avg drop')
    return c


@case
def c32():
    c = Case('s32-bieu7-khen-thuong-huy-hieu', 'form-bieu7-badges-kynay-cungky',
             'Form Biểu 7-BTCTW (commendations, party badges by class, member cards) with kỳ này / cùng kỳ / index',
             party=True)
    sh = c.sheet('Biểu 7')
    sh.add('HUYỆN ỦY VỊ THỦY', None, None, 'Biểu số 7-BTCTW')
    sh.add('BAN TỔ CHỨC')
    sh.add('THỐNG KÊ VỀ NGHIỆP VỤ CÔNG TÁC ĐẢNG VIÊN NĂM 2024')
    h = sh.add('Tiêu chí', 'Thực hiện', None, '(%) kỳ này so với cùng kỳ năm trước')
    sh.add(None, 'Kỳ này', 'Cùng kỳ năm trước', None)
    sh.add(1, 2, 3, '4(=2*100/3)')
    sh.merge('A%d:A%d' % (h, h + 1), 'B%d:C%d' % (h, h), 'D%d:D%d' % (h, h + 1))
    spec = [('I', 'I. Khen thưởng tổ chức đảng và đảng viên trong năm', None, None),
            ('b', 'b) Số tổ chức cơ sở đảng được khen, chia ra:', 9, 7),
            ('b1', '- Tặng cờ', 1, 0), ('b2', '- Tặng bằng khen', 3, 2), ('b3', '- Tặng giấy khen', 5, 5),
            ('d', 'd) Số chi bộ trực thuộc đảng bộ cơ sở được khen, chia ra:', 14, 12),
            ('d1', '- Tặng bằng khen', 2, 3), ('d2', '- Tặng giấy khen', 12, 9),
            ('2', '2. Số đảng viên được khen, chia ra:', 97, 88),
            ('21', '- Tặng bằng khen', 18, 21), ('22', '- Tặng giấy khen', 79, 67),
            ('II', 'II. Tặng huy hiệu Đảng trong năm', None, None)]
    badges = [(30, 168, 152), (40, 212, 198), (45, 96, 104), (50, 88, 79), (55, 41, 37), (60, 22, 26), (65, 9, 12),
              (70, 6, 4), (75, 2, 1)]
    R = {}
    for key, lab, a, b in spec:
        if a is None:
            R[key] = sh.add(lab, None, None, None)
        else:
            R[key] = sh.add(lab, a, b, vi(pct(a, b)) if b else '-')
    BA = sum(x[1] for x in badges)
    BB = sum(x[2] for x in badges)
    sh.put('B%d' % R['II'], BA)
    sh.put('C%d' % R['II'], BB)
    sh.put('D%d' % R['II'], vi(pct(BA, BB)))
    br = []
    for y, a, b in badges:
        br.append(sh.add('- Huy hiệu %d năm tuổi Đảng' % y, a, b, vi(pct(a, b))))
    r3 = sh.add('III. Phát thẻ đảng viên trong năm', 171, 160, vi(pct(171, 160)))
    t3 = [sh.add(lab, a, b, vi(pct(a, b))) for lab, a, b in
          [('1. Phát cho đảng viên chính thức', 163, 151), ('2. Cấp lại do mất', 5, 6), ('3. Đổi lại do hỏng', 3, 3)]]
    c.table(sh, h, t3[-1], 4)
    for col in 'BC':
        def A(k):
            return '%s%d' % (col, R[k])
        c.rsum(sh, A('b'), [A('b1'), A('b2'), A('b3')])
        c.rsum(sh, A('d'), [A('d1'), A('d2')])
        c.rsum(sh, A('2'), [A('21'), A('22')])
        c.rsum(sh, A('II'), ['%s%d' % (col, r) for r in br])
        c.rsum(sh, '%s%d' % (col, r3), ['%s%d' % (col, r) for r in t3])
    for r in [R[k] for k in R if sh.val('C%d' % R[k])] + br + [r3] + t3:
        c.rdiv(sh, 'D%d' % r, 'B%d' % r, 'C%d' % r, 2)
    r40 = br[1]
    c.err(sh, ['B%d' % r40, 'C%d' % r40], None, 'swap',
          'Huy hiệu 40 năm: kỳ này and cùng kỳ swapped (198 | 212 typed for 212 | 198): block II totals are off by '
          '-14 / +14 and the index 107,07 = 212/198 matches the unswapped pair')
    return c


@case
def c33():
    c = Case('s33-thu-nsnn-tinh-ty-dong-quy', 'quarters-cumulative-plan-prev-billions-text',
             'Provincial state revenue in billions of đồng typed as vi-VN text with 2 decimals: two quarters, '
             'six-month cumulative, plan and % of plan, same period and % of same period')
    sh = c.sheet('Thu NSNN 6T')
    sh.add('SỞ TÀI CHÍNH TỈNH HẬU GIANG')
    sh.add('TÌNH HÌNH THU NGÂN SÁCH NHÀ NƯỚC 6 THÁNG ĐẦU NĂM 2024')
    sh.add(None, None, None, None, None, None, None, None, 'Đơn vị: tỷ đồng')
    h = sh.add('STT', 'Nội dung', 'Dự toán năm 2024', 'Thực hiện Quý I', 'Thực hiện Quý II', 'Lũy kế 6 tháng',
               'So dự toán (%)', 'Cùng kỳ 6 tháng năm 2023', 'So cùng kỳ (%)')
    items = [('1', 'Thu từ doanh nghiệp nhà nước trung ương', '185,00', '41,27', '48,93', '86,15'),
             ('2', 'Thu từ doanh nghiệp nhà nước địa phương', '62,00', '13,58', '15,02', '30,44'),
             ('3', 'Thu từ doanh nghiệp có vốn đầu tư nước ngoài', '310,00', '72,64', '81,37', '139,86'),
             ('4', 'Thu từ khu vực ngoài quốc doanh', '1.020,00', '228,46', '262,18', '455,73'),
             ('5', 'Thuế thu nhập cá nhân', '265,00', '68,12', '59,87', '121,45'),
             ('6', 'Lệ phí trước bạ', '150,00', '33,48', '38,26', '69,17'),
             ('7', 'Thu tiền sử dụng đất', '900,00', '126,35', '214,60', '388,92'),
             ('8', 'Thu xổ số kiến thiết', '1.450,00', '402,18', '398,56', '751,64'),
             ('9', 'Thu khác ngân sách', '118,00', '24,31', '27,95', '49,80')]
    tot = sh.add(None, 'TỔNG THU NSNN TRÊN ĐỊA BÀN (I+II)')
    r1 = sh.add('I', 'Thu nội địa')
    rr = []
    for stt, lab, dt, q1, q2, ck in items:
        a, b = parse_text(q1), parse_text(q2)
        lk = a + b
        rr.append(sh.add(stt, lab, dt, q1, q2, vi(lk), vi(pct(lk, parse_text(dt))), ck, vi(pct(lk, parse_text(ck)))))
    r2 = sh.add('II', 'Thu từ hoạt động xuất nhập khẩu', '240,00', '52,16', '61,40', vi(D('113.56')),
                vi(pct(D('113.56'), 240)), '98,73', vi(pct(D('113.56'), D('98.73'))))
    for col in 'CDEFH':
        sh.put('%s%d' % (col, r1), vi(sum(sh.val('%s%d' % (col, r)) for r in rr), 2))
        sh.put('%s%d' % (col, tot), vi(sh.val('%s%d' % (col, r1)) + sh.val('%s%d' % (col, r2)), 2))
    for r in (tot, r1):
        sh.put('G%d' % r, vi(pct(sh.val('F%d' % r), sh.val('C%d' % r))))
        sh.put('I%d' % r, vi(pct(sh.val('F%d' % r), sh.val('H%d' % r))))
    sh.add(None, 'Nguồn: Kho bạc Nhà nước tỉnh, số liệu đến ngày 30/6/2024.')
    c.table(sh, h, r2, 9)
    c.colsum(sh, 'CDEFH', r1, rr)
    c.colsum(sh, 'CDEFH', tot, [r1, r2])
    for r in [tot, r1] + rr + [r2]:
        c.rsum(sh, 'F%d' % r, ['D%d' % r, 'E%d' % r])
        c.rdiv(sh, 'G%d' % r, 'F%d' % r, 'C%d' % r, 2)
        c.rdiv(sh, 'I%d' % r, 'F%d' % r, 'H%d' % r, 2)
    cand = [r for r in rr if trn(sh.val('F%d' % r) * 100 / sh.val('H%d' % r), 2) != pct(sh.val('F%d' % r), sh.val('H%d' % r))]
    w = cand[2]
    ex = sh.val('F%d' % w) * 100 / sh.val('H%d' % w)
    c.warn(sh, 'I%d' % w, vi(trn(ex, 2)), 'truncation',
           '%s/%s = %s %% written %s instead of %s' % (vi(sh.val('F%d' % w)), vi(sh.val('H%d' % w)), vi(rnd(ex, 4)),
                                                       vi(trn(ex, 2)), vi(rnd(ex, 2))))
    return c


@case
def c34():
    c = Case('s34-pho-cap-giao-duc', 'communes-codes-levels-as-numbers-count-rows',
             'Universal-education status by commune: commune codes and attainment levels typed as small numbers '
             '(2, 3) that must not be summed, "Đạt" text, six-year-olds entering grade 1 with rate, summary rows '
             'counting communes at each standard and their share')
    sh = c.sheet('Phổ cập 2024')
    sh.add('PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN VỊ THỦY')
    sh.add('KẾT QUẢ PHỔ CẬP GIÁO DỤC, XÓA MÙ CHỮ NĂM 2024')
    h = sh.add('STT', 'Mã xã', 'Xã, thị trấn', 'PCGD mầm non cho trẻ 5 tuổi', 'PCGD tiểu học (mức độ)',
               'PCGD THCS (mức độ)', 'Xóa mù chữ (mức độ)', 'Số trẻ 6 tuổi', 'Số trẻ 6 tuổi vào lớp 1', 'Tỷ lệ (%)')
    codes = [31471, 31474, 31477, 31480, 31483, 31486, 31489, 31492, 31495, 31498]
    mn = ['Đạt'] * 10
    th = [3, 3, 3, 2, 3, 3, 3, 3, 2, 3]
    thcs = [2, 3, 2, 2, 2, 1, 2, 3, 2, 2]
    xmc = [2, 2, 2, 2, 2, 2, 1, 2, 2, 2]
    kids = [(312, 312), (276, 275), (298, 298), (187, 186), (243, 243), (265, 263), (201, 201), (318, 317),
            (224, 224), (190, 190)]
    rows = []
    for i in range(10):
        rows.append(sh.add(i + 1, codes[i], VI_THUY[i], mn[i], th[i], thcs[i], xmc[i], kids[i][0], kids[i][1],
                           vi(pct(kids[i][1], kids[i][0]))))
    K = [sum(k[0] for k in kids), sum(k[1] for k in kids)]
    tot = sh.add(None, None, 'Toàn huyện', None, None, None, None, K[0], K[1], vi(pct(K[1], K[0])))
    cnt = [sum(1 for x in mn if x == 'Đạt'), sum(1 for x in th if x == 3), sum(1 for x in thcs if x >= 2),
           sum(1 for x in xmc if x == 2)]
    rc = sh.add(None, None, 'Số xã, thị trấn đạt chuẩn (MN: đạt; TH: mức độ 3; THCS: mức độ 2 trở lên; XMC: mức độ 2)',
                z2(cnt[0]) + '/10', z2(cnt[1]) + '/10', z2(cnt[2]) + '/10', z2(cnt[3]) + '/10', None, None, None)
    rp = sh.add(None, None, 'Tỷ lệ đạt chuẩn (%)', *[vi(pct(x, 10)) for x in cnt], None, None, None)
    c.table(sh, h, rp, 10)
    c.colsum(sh, 'HI', tot, rows)
    for r in rows + [tot]:
        c.rdiv(sh, 'J%d' % r, 'I%d' % r, 'H%d' % r, 2)
        c.rle(sh, 'I%d' % r, 'H%d' % r)
    tests = {'D': lambda x: x == 'Đạt', 'E': lambda x: x == 3, 'F': lambda x: x >= 2, 'G': lambda x: x == 2}
    for col, t in tests.items():
        c.rcalc(sh, '%s%d' % (col, rp), ['%s%d' % (col, r) for r in rows],
                (lambda t: lambda raws: D(sum(1 for x in raws if t(x))) * 10)(t), 2, raw=True, desc='count share')
    return c


@case
def c35():
    c = Case('s35-bieu4-dan-toc-ton-giao', 'form-2012-two-blocks-100-header-rows',
             'Party members by ethnic group and by religion (2012-style Biểu 4): two sibling blocks, each header '
             'row carrying the block total and 100,00, TT restarting, shares typed as text', party=True)
    sh = c.sheet('Biểu 4')
    sh.add('ĐẢNG BỘ HUYỆN CHÂU THÀNH', None, None, 'Biểu số 4-TCTW')
    sh.add('ĐẢNG VIÊN CHIA THEO DÂN TỘC VÀ TRONG CÁC TÔN GIÁO')
    sh.add('(Có đến 31/12/2024)')
    h = sh.add('TT', 'Tên dân tộc, tôn giáo', 'Tổng số', 'Tỷ lệ %')
    sh.add('A', 'B', 1, 2)
    dt = [('Kinh', 4702), ('Khơ-me', 64), ('Hoa', 38), ('Tày', 2), ('Mường', 1), ('Dân tộc khác', 2)]
    tg = [('Phật giáo', 31), ('Thiên Chúa', 22), ('Phật giáo Hòa Hảo', 12), ('Cao Đài', 8), ('Tin Lành', 3), ('Đạo khác', 1)]
    R = {}
    blocks = []
    for roman, lab, items in (('I', 'Đảng viên chia theo dân tộc', dt), ('II', 'Đảng viên chia theo tôn giáo', tg)):
        T = sum(x[1] for x in items)
        hr = sh.add(roman, lab, vi(T), '100,00')
        rows = [sh.add(i + 1, n, vi(v), vi(pct(v, T))) for i, (n, v) in enumerate(items)]
        blocks.append((hr, rows, items, T))
    sh.add(None, 'NGƯỜI LẬP BIỂU', None, 'T/M BAN THƯỜNG VỤ')
    c.table(sh, h, blocks[-1][1][-1], 4)
    for hr, rows, items, T in blocks:
        c.rsum(sh, 'C%d' % hr, ['C%d' % r for r in rows])
        for r in rows:
            c.rdiv(sh, 'D%d' % r, 'C%d' % r, 'C%d' % hr, 2)
        c.r100(sh, ['D%d' % r for r in rows], 2)
    hr, rows, items, T = blocks[1]
    k = 4
    ex = D(items[k][1]) * 100 / T
    assert trn(ex, 2) != rnd(ex, 2)
    c.warn(sh, 'D%d' % rows[k], vi(trn(ex, 2)), 'truncation',
           '%d/%d = %s %% written %s instead of %s' % (items[k][1], T, vi(rnd(ex, 4)), vi(trn(ex, 2)), vi(rnd(ex, 2))))
    return c


@case
def c36():
    c = Case('s36-thu-thue-thang-9-luy-ke', 'month-and-cumulative-cols-colnum-letters',
             'Tax revenue by tax type: annual estimate, month 9, cumulative 9 months, % of estimate (on the '
             'cumulative), same period, % of same period; column-number row A B 1 2 3 4=3/1 5 6=3/5')
    sh = c.sheet('Thuế T9')
    sh.add('CHI CỤC THUẾ KHU VỰC VỊ THANH - VỊ THỦY')
    sh.add('KẾT QUẢ THU NGÂN SÁCH THÁNG 9 VÀ 9 THÁNG NĂM 2024 (PHÂN THEO SẮC THUẾ)')
    sh.add(None, None, None, None, None, None, None, 'ĐVT: triệu đồng')
    h = sh.add('STT', 'Sắc thuế', 'Dự toán năm 2024', 'Thực hiện tháng 9', 'Lũy kế 9 tháng', 'So dự toán (%)',
               'Cùng kỳ 9 tháng năm 2023', 'So cùng kỳ (%)')
    sh.add('A', 'B', 1, 2, 3, '4=3/1', 5, '6=3/5')
    items = [('Thuế giá trị gia tăng', 86500, 7842, 64218, 59870),
             ('Thuế thu nhập doanh nghiệp', 21400, 1905, 15632, 14218),
             ('Thuế thu nhập cá nhân', 18200, 1648, 13457, 12106),
             ('Thuế tài nguyên', 1200, 96, 874, 912),
             ('Thuế sử dụng đất phi nông nghiệp', 950, 41, 612, 588),
             ('Lệ phí trước bạ', 24600, 2310, 18925, 17432),
             ('Phí, lệ phí', 6300, 587, 4816, 4502),
             ('Thu tiền sử dụng đất', 95000, 6120, 58340, 61275),
             ('Thu khác', 5800, 712, 4965, 4388)]
    tot = sh.add(None, 'TỔNG CỘNG')
    rr = [sh.add(i + 1, lab, a, b, cc, num(pct(cc, a, 1)), d, num(pct(cc, d, 1))) for i, (lab, a, b, cc, d) in
          enumerate(items)]
    T = [sum(x[k] for x in items) for k in (1, 2, 3, 4)]
    for col, v in zip('CDEFGH', [T[0], T[1], T[2], num(pct(T[2], T[0], 1)), T[3], num(pct(T[2], T[3], 1))]):
        sh.put('%s%d' % (col, tot), v)
    c.table(sh, h, rr[-1], 8)
    c.colsum(sh, 'CDEG', tot, rr)
    for r in [tot] + rr:
        c.rdiv(sh, 'F%d' % r, 'E%d' % r, 'C%d' % r, 1)
        c.rdiv(sh, 'H%d' % r, 'E%d' % r, 'G%d' % r, 1)
        c.rle(sh, 'D%d' % r, 'E%d' % r)
    r = rr[2]
    c.err(sh, 'F%d' % r, num(pct(1648, 18200, 1)), 'other',
          'Thuế TNCN, %% so dự toán typed %s = month 9 (1.648) / estimate; the header rule 4=3/1 uses the 9-month '
          'cumulative: 13.457/18.200 = %s' % (vi(pct(1648, 18200, 1)), vi(pct(13457, 18200, 1))))
    return c


@case
def c37():
    c = Case('s37-thanh-tra-hanh-chinh', 'indicators-two-years-signed-text-changes',
             'Administrative inspection 2023 vs 2024: inspections split by plan / ad hoc, money found and '
             'recovered (triệu đồng, one decimal), recovery rate, changes typed as signed text "+7", "-3"')
    sh = c.sheet('Thanh tra 2024')
    sh.add('THANH TRA HUYỆN VỊ THỦY')
    sh.add('KẾT QUẢ CÔNG TÁC THANH TRA HÀNH CHÍNH NĂM 2024')
    h = sh.add('TT', 'Nội dung', 'Đơn vị tính', 'Năm 2023', 'Năm 2024', 'Tăng (+), giảm (-)')
    spec = [('1', 'Số cuộc thanh tra hành chính', 'cuộc', '14', '13'),
            ('', '- Theo kế hoạch', 'cuộc', '12', '9'),
            ('', '- Đột xuất', 'cuộc', '2', '4'),
            ('2', 'Số đơn vị được thanh tra', 'đơn vị', '31', '38'),
            ('3', 'Số tiền sai phạm phát hiện', 'triệu đồng', '2.845,6', '1.962,3'),
            ('4', 'Số tiền kiến nghị thu hồi', 'triệu đồng', '1.624,8', '1.205,4'),
            ('5', 'Số tiền đã thu hồi', 'triệu đồng', '1.398,2', '1.113,9')]
    R = []
    for stt, lab, u, a, b in spec:
        d = parse_text(b) - parse_text(a)
        R.append(sh.add(stt, lab, u, a, b, vi(d, plus=True)))
    ra, rb = pct(parse_text('1.398,2'), parse_text('1.624,8')), pct(parse_text('1.113,9'), parse_text('1.205,4'))
    rr = sh.add('6', 'Tỷ lệ thu hồi (so với số kiến nghị thu hồi)', '%', vi(ra), vi(rb), vi(rb - ra, plus=True))
    r7 = sh.add('7', 'Kiến nghị xử lý hành chính', None, None, None, None)
    t7 = [sh.add('', '- Tổ chức', 'tổ chức', '5', '3', '-2'), sh.add('', '- Cá nhân', 'cá nhân', '18', '11', '-7')]
    sh.add(None, 'Ghi chú: Số tiền đã thu hồi năm 2024 bao gồm 86,5 triệu đồng của các cuộc thanh tra năm 2023 chuyển sang.')
    c.table(sh, h, t7[-1], 6)
    for r in R + [rr] + t7:
        c.rdiff(sh, 'F%d' % r, 'E%d' % r, 'D%d' % r)
    for col in 'DEF':
        c.rsum(sh, '%s%d' % (col, R[0]), ['%s%d' % (col, R[1]), '%s%d' % (col, R[2])])
    for col in 'DE':
        c.rle(sh, '%s%d' % (col, R[6]), '%s%d' % (col, R[5]))
        c.rle(sh, '%s%d' % (col, R[5]), '%s%d' % (col, R[4]))
        c.rdiv(sh, '%s%d' % (col, rr), '%s%d' % (col, R[6]), '%s%d' % (col, R[5]), 2)
    c.err(sh, 'F%d' % R[1], '+3', 'sign',
          'Thanh tra theo kế hoạch fell from 12 to 9: the change is -3, typed "+3"; the total change -1 = -3 + 2 '
          'confirms it')
    return c


@case
def c38():
    c = Case('s38-hop-tac-xa-chia-ra-trong-do', 'chiara-beside-trongdo-cols-total-first',
             'Cooperatives by district: total, "Chia ra" (agricultural / non-agricultural) next to "Trong đó" '
             'columns (rated good/fair, inactive) that are subsets, members and cooperative groups; total first')
    rng = random.Random(3838)
    sh = c.sheet('HTX 2024')
    sh.add('LIÊN MINH HỢP TÁC XÃ TỈNH HẬU GIANG')
    sh.add('TÌNH HÌNH PHÁT TRIỂN HỢP TÁC XÃ, TỔ HỢP TÁC ĐẾN 31/12/2024')
    h = sh.add('STT', 'Huyện, thị xã, thành phố', 'Tổng số hợp tác xã', 'Chia ra', None, 'Trong đó', None,
               'Số thành viên hợp tác xã', 'Số tổ hợp tác')
    sh.add(None, None, None, 'HTX nông nghiệp', 'HTX phi nông nghiệp', 'Xếp loại tốt, khá', 'Ngừng hoạt động', None, None)
    sh.add('A', 'B', '1=2+3', 2, 3, 4, 5, 6, 7)
    sh.merge('A%d:A%d' % (h, h + 1), 'B%d:B%d' % (h, h + 1), 'C%d:C%d' % (h, h + 1), 'D%d:E%d' % (h, h),
             'F%d:G%d' % (h, h), 'H%d:H%d' % (h, h + 1), 'I%d:I%d' % (h, h + 1))
    data = []
    for name in PROVINCE:
        nn = rng.randint(18, 62)
        pnn = rng.randint(2, 14)
        t = nn + pnn
        tk = int(t * D(rng.randint(380, 640)) / 1000)
        ng = rng.randint(0, 4)
        tv = t * rng.randint(28, 95)
        tht = rng.randint(30, 210)
        data.append([name, t, nn, pnn, tk, ng, tv, tht])
    data[4][2] = 41
    data[4][1] = data[4][2] + data[4][3]
    tot = sh.add(None, 'Toàn tỉnh', *[vi(sum(d[k] for d in data)) for k in range(1, 8)])
    rows = [sh.add(i + 1, d[0], *[vi(x) for x in d[1:]]) for i, d in enumerate(data)]
    c.table(sh, h, rows[-1], 9)
    c.colsum(sh, 'CDEFGHI', tot, rows)
    for r in [tot] + rows:
        c.rsum(sh, 'C%d' % r, ['D%d' % r, 'E%d' % r])
        c.rle(sh, ['F%d' % r, 'G%d' % r], 'C%d' % r)
    assert one_digit(41, 47)
    c.err(sh, 'D%d' % rows[4], '47', 'digit',
          'HTX nông nghiệp of %s typed 47 for 41: the row rule 1=2+3 (%d = 41 + %d) and the column total both '
          'need 41' % (data[4][0], data[4][1], data[4][3]))
    return c


@case
def c39():
    c = Case('s39-dang-vien-theo-dang-bo-co-so', 'nested-blocks-letters-grand-total-first',
             'Party members per grassroots unit grouped in lettered blocks (communes, offices, armed forces) with '
             'block subtotals and a grand total first; full members + probationary = total; women and '
             'admissions as subsets', party=True)
    rng = random.Random(3939)
    sh = c.sheet('ĐV theo ĐB')
    sh.add('BAN TỔ CHỨC HUYỆN ỦY CHÂU THÀNH')
    sh.add('SỐ LƯỢNG ĐẢNG VIÊN THEO TỔ CHỨC CƠ SỞ ĐẢNG (ĐẾN 31/12/2024)')
    h = sh.add('STT', 'Tổ chức cơ sở đảng', 'Tổng số đảng viên', 'Chia ra', None, 'Trong đó', None)
    sh.add(None, None, None, 'Chính thức', 'Dự bị', 'Nữ', 'Kết nạp trong năm')
    sh.merge('A%d:A%d' % (h, h + 1), 'B%d:B%d' % (h, h + 1), 'C%d:C%d' % (h, h + 1), 'D%d:E%d' % (h, h),
             'F%d:G%d' % (h, h))
    blocks = [('A', 'Khối xã, thị trấn', ['Đảng bộ ' + x[0].lower() + x[1:] for x in CHAU_THANH], (260, 520)),
              ('B', 'Khối cơ quan, đơn vị sự nghiệp',
               ['Đảng bộ Cơ quan Chính quyền huyện', 'Đảng bộ Cơ quan Đảng - Đoàn thể huyện', 'Chi bộ Trung tâm Y tế',
                'Chi bộ Trường THPT Ngã Sáu', 'Chi bộ Trường THPT Phú Hữu', 'Chi bộ Trung tâm Văn hóa - Thể thao'],
               (18, 120)),
              ('C', 'Khối lực lượng vũ trang', ['Đảng bộ Quân sự huyện', 'Đảng bộ Công an huyện'], (60, 150))]
    tot = sh.add(None, 'TOÀN ĐẢNG BỘ')
    subs = []
    for L, lab, units, rg in blocks:
        sr = sh.add(L, lab)
        rows = []
        for i, u in enumerate(units):
            t = rng.randint(*rg)
            db = max(1, int(t * D(rng.randint(20, 55)) / 1000))
            ct = t - db
            nu = int(t * D(rng.randint(220, 480)) / 1000)
            kn = rng.randint(max(0, db - 6), db)
            if L == 'A' and i == 2:
                ct, db = 412, 11
                t = ct + db
                kn = 9
            rows.append(sh.add(i + 1, u, t, ct, db, nu, kn))
        for col in 'CDEFG':
            sh.put('%s%d' % (col, sr), num(sum(sh.val('%s%d' % (col, r)) for r in rows)))
        subs.append((sr, rows))
    for col in 'CDEFG':
        sh.put('%s%d' % (col, tot), vi(sum(sh.val('%s%d' % (col, s_)) for s_, _ in subs)))
    c.table(sh, h, subs[-1][1][-1], 7)
    c.colsum(sh, 'CDEFG', tot, [s_ for s_, _ in subs])
    for sr, rows in subs:
        c.colsum(sh, 'CDEFG', sr, rows)
    for r in [tot] + [x for s_, rows in subs for x in [s_] + rows]:
        c.rsum(sh, 'C%d' % r, ['D%d' % r, 'E%d' % r])
        c.rle(sh, 'F%d' % r, 'C%d' % r)
        c.rle(sh, 'G%d' % r, 'E%d' % r)
    r = subs[0][1][2]
    assert one_digit(412, 442)
    c.err(sh, 'D%d' % r, 442, 'digit',
          'Chính thức of %s typed 442 for 412: row total 423 = 412 + 11 and block A subtotal both need 412'
          % sh.raw('B%d' % r))
    return c


@case
def c40():
    c = Case('s40-giai-quyet-viec-lam-tong-khong-nhan', 'unlabelled-total-row-plan-result-notes-with-numbers',
             'Job creation by commune: target, result, % achieved (above 100 allowed), of which labour export, '
             'notes listing destination countries whose counts add to the row; total row at the bottom with no '
             'label and no STT')
    rng = random.Random(4040)
    sh = c.sheet('GQVL 2024')
    sh.add('PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI HUYỆN LONG MỸ')
    sh.add('KẾT QUẢ GIẢI QUYẾT VIỆC LÀM NĂM 2024')
    h = sh.add('STT', 'Xã, thị trấn', 'Chỉ tiêu giao (người)', 'Thực hiện (người)', 'Tỷ lệ đạt (%)',
               'Trong đó: xuất khẩu lao động (người)', 'Ghi chú')
    rows = []
    tots = [0, 0, 0]
    for i, name in enumerate(LONG_MY):
        ct = rng.randint(12, 30) * 10
        th = int(ct * D(rng.randint(880, 1260)) / 1000)
        jp, kr = rng.randint(0, 9), rng.randint(0, 5)
        xk = jp + kr
        note = ', '.join(x for x in (('Nhật Bản %s' % z2(jp)) if jp else '', ('Hàn Quốc %s' % z2(kr)) if kr else '') if x)
        rows.append(sh.add(i + 1, name, ct, th, vi(pct(th, ct, 1), 1), xk, note))
        tots = [tots[0] + ct, tots[1] + th, tots[2] + xk]
    tot = sh.add(None, None, tots[0], tots[1], vi(pct(tots[1], tots[0], 1), 1), tots[2], None)
    sh.add('Ghi chú: Tỷ lệ đạt = Thực hiện / Chỉ tiêu giao x 100.')
    c.table(sh, h, tot, 7)
    c.colsum(sh, 'CDF', tot, rows)
    for r in rows + [tot]:
        c.rdiv(sh, 'E%d' % r, 'D%d' % r, 'C%d' % r, 1)
        c.rle(sh, 'F%d' % r, 'D%d' % r)
    return c


@case
def c41():
    c = Case('s41-quy-vi-nguoi-nghe-cong-thuc', 'formulas-cached-balance-cols-thousands',
             'Fund for the poor by unit in thousand đồng: balance carried over + raised = source; two kinds of '
             'spending = total spent; closing balance; per-row and total-row formulas with cached values')
    rng = random.Random(4141)
    sh = c.sheet('Quỹ VNN 2024')
    sh.add('ỦY BAN MTTQ VIỆT NAM HUYỆN PHỤNG HIỆP')
    sh.add('KẾT QUẢ VẬN ĐỘNG, SỬ DỤNG QUỸ "VÌ NGƯỜI NGHÈO" NĂM 2024')
    sh.add(None, None, None, None, None, None, None, None, 'ĐVT: nghìn đồng')
    h = sh.add('STT', 'Đơn vị', 'Tồn quỹ năm 2023 chuyển sang', 'Vận động trong năm', 'Tổng nguồn', 'Đã chi', None,
               None, 'Tồn quỹ cuối năm')
    sh.add(None, None, None, None, None, 'Xây, sửa nhà Đại đoàn kết', 'Hỗ trợ khác (ốm đau, học bổng, sinh kế)',
           'Cộng chi', None)
    sh.add('(A)', '(B)', '(1)', '(2)', '(3)=(1)+(2)', '(4)', '(5)', '(6)=(4)+(5)', '(7)=(3)-(6)')
    sh.merge('A%d:A%d' % (h, h + 1), 'B%d:B%d' % (h, h + 1), 'C%d:C%d' % (h, h + 1), 'D%d:D%d' % (h, h + 1),
             'E%d:E%d' % (h, h + 1), 'F%d:H%d' % (h, h), 'I%d:I%d' % (h, h + 1))
    units = ['Ủy ban MTTQ huyện'] + ['Ủy ban MTTQ ' + x[0].lower() + x[1:] for x in PHUNG_HIEP[:10]]
    rows = []
    for i, u in enumerate(units):
        big = 4 if i == 0 else 1
        ton = rng.randint(8, 60) * 1000 * big + rng.randint(0, 999)
        vd = rng.randint(120, 420) * 1000 * big + rng.randint(0, 9) * 100
        nha = rng.randint(0, 4) * 60000 * big
        src = ton + vd
        khac = min(src - nha - 5000, rng.randint(40, 200) * 1000 * big + rng.randint(0, 99) * 10)
        r = sh.add(i + 1, u, ton, vd, None, nha, khac, None, None)
        sh.formula('E%d' % r, 'C%d+D%d' % (r, r), '#,##0')
        sh.formula('H%d' % r, 'F%d+G%d' % (r, r), '#,##0')
        sh.formula('I%d' % r, 'E%d-H%d' % (r, r), '#,##0')
        rows.append(r)
    tot = sh.add(None, 'Tổng cộng')
    for col in 'CDEFGHI':
        sh.formula('%s%d' % (col, tot), 'SUM(%s%d:%s%d)' % (col, rows[0], col, rows[-1]), '#,##0')
    sh.add(None, 'Ghi chú: Năm 2024 xây mới, sửa chữa nhà Đại đoàn kết với mức hỗ trợ 60.000 nghìn đồng/căn.')
    c.table(sh, h, tot, 9)
    c.colsum(sh, 'CDEFGHI', tot, rows)
    for r in rows + [tot]:
        c.rsum(sh, 'E%d' % r, ['C%d' % r, 'D%d' % r])
        c.rsum(sh, 'H%d' % r, ['F%d' % r, 'G%d' % r])
        c.rlin(sh, 'I%d' % r, [(1, 'E%d' % r), (-1, 'H%d' % r)])
        c.rle(sh, 'H%d' % r, 'E%d' % r)
    return c


@case
def c42():
    c = Case('s42-y-te-ty-suat-tren-dan-so', 'communes-rows-per-1000-per-10000-ratios-total-first',
             'Health indicators by commune: births per 1.000 population (‰), doctors and beds per 10.000 '
             'population; the district row recomputes each ratio from its totals, total first "Tổng số"')
    rng = random.Random(4242)
    sh = c.sheet('Y tế 2024')
    sh.add('TRUNG TÂM Y TẾ HUYỆN CHÂU THÀNH A')
    sh.add('MỘT SỐ CHỈ TIÊU Y TẾ - DÂN SỐ NĂM 2024')
    h = sh.add('STT', 'Xã, thị trấn', 'Dân số trung bình (người)', 'Số trẻ sinh ra (trẻ)', 'Tỷ suất sinh thô (‰)',
               'Số bác sĩ (người)', 'Bác sĩ/vạn dân', 'Số giường bệnh', 'Giường bệnh/vạn dân')
    data = []
    for name in CHAU_THANH_A:
        ds = rng.randint(8500, 26000)
        sinh = int(ds * D(rng.randint(105, 152)) / 10000)
        bs = rng.randint(1, 4)
        gb = rng.randint(5, 12)
        data.append((name, ds, sinh, bs, gb))
    T = [sum(x[k] for x in data) for k in (1, 2, 3, 4)]
    tot = sh.add(None, 'Tổng số', vi(T[0]), T[1], vi(pct(T[1], T[0], 2, 1000)), T[2], vi(pct(T[2], T[0], 2, 10000)),
                 T[3], vi(pct(T[3], T[0], 2, 10000)))
    rows = [sh.add(i + 1, n, vi(ds), s_, vi(pct(s_, ds, 2, 1000)), b, vi(pct(b, ds, 2, 10000)), g,
                   vi(pct(g, ds, 2, 10000))) for i, (n, ds, s_, b, g) in enumerate(data)]
    sh.add(None, 'Ghi chú: Chưa tính 24 bác sĩ và 180 giường bệnh của Trung tâm Y tế huyện.')
    c.table(sh, h, rows[-1], 9)
    c.colsum(sh, 'CDFH', tot, rows)
    for r in [tot] + rows:
        c.rdiv(sh, 'E%d' % r, 'D%d' % r, 'C%d' % r, 2, scale=1000)
        c.rdiv(sh, 'G%d' % r, 'F%d' % r, 'C%d' % r, 2, scale=10000)
        c.rdiv(sh, 'I%d' % r, 'H%d' % r, 'C%d' % r, 2, scale=10000)
    return c


@case
def c43():
    c = Case('s43-bieu6f-kiem-diem', 'form-6f-decimal-stt-two-subject-cols-notes',
             'Form 6F (self-criticism reviews) with decimal STT 3.1, 3.2 and unnumbered rows, two subject '
             'columns (collectives, members), "x" where not applicable, notes with numbers; 1 = 2 + 3 and '
             'subsets below 3 and 4', party=True)
    sh = c.sheet('Biểu 6F')
    sh.add('HUYỆN ỦY LONG MỸ', None, None, None, 'Biểu 6F')
    sh.add('KẾT QUẢ KIỂM ĐIỂM TỰ PHÊ BÌNH VÀ PHÊ BÌNH NĂM 2024')
    h = sh.add('TT', 'Nội dung', 'Tập thể', 'Đảng viên', 'Ghi chú')
    spec = [('1', 'Số lượng thuộc đối tượng phải kiểm điểm', '312', '4.805', ''),
            ('2', 'Số đã kiểm điểm', '305', '4.642', ''),
            ('3', 'Số chưa kiểm điểm', '7', '163', ''),
            ('', 'Trong đó:', None, None, ''),
            ('3.1', 'Tập thể mới thành lập', '2', 'x', '02 chi bộ thành lập tháng 11/2024'),
            ('3.2', 'Đảng viên mới kết nạp dưới 6 tháng', 'x', '58', ''),
            ('', 'Đảng viên được miễn công tác và sinh hoạt đảng', 'x', '96', ''),
            ('', 'Đảng viên bị đình chỉ sinh hoạt đảng', 'x', '1', ''),
            ('4', 'Số được gợi ý kiểm điểm', '24', '61', ''),
            ('', 'Trong đó:', None, None, ''),
            ('4.1', 'Diện Ban Thường vụ cấp ủy cấp tỉnh quản lý', '1', '4', ''),
            ('4.2', 'Diện Ban Thường vụ cấp ủy cấp huyện quản lý', '9', '22', ''),
            ('4.3', 'Diện đảng ủy cơ sở quản lý', '14', '35', '')]
    R = [sh.add(*x) for x in spec]
    sh.add(None, 'Ghi chú: 05 tập thể chưa kiểm điểm còn lại do kiện toàn cấp ủy, hoàn thành trong tháng 01/2025.')
    c.table(sh, h, R[-1], 5)
    for col in 'CD':
        def A(k):
            return '%s%d' % (col, R[k])
        c.rsum(sh, A(0), [A(1), A(2)])
        c.rle(sh, [A(4), A(5), A(6), A(7)], A(2))
        c.rle(sh, [A(10), A(11), A(12)], A(8))
        c.rle(sh, A(8), A(1))
    return c


@case
def c44():
    c = Case('s44-doan-thanh-nien-doan-van-ban', 'paragraphs-above-below-notes-rate-on-youth',
             'Youth Union by grassroots unit with a text paragraph above (repeating the total) and below, '
             'a notes column holding numbers, union members as a share of youth aged 16-30; total last')
    rng = random.Random(4444)
    sh = c.sheet('Đoàn TN 2024')
    sh.add('HUYỆN ĐOÀN PHỤNG HIỆP')
    sh.add('BÁO CÁO SỐ LIỆU CÔNG TÁC ĐOÀN VÀ PHONG TRÀO THANH THIẾU NHI NĂM 2024')
    units = PHUNG_HIEP[:11] + ['Đoàn khối cơ quan huyện', 'Đoàn Công an huyện']
    data = []
    for i, u in enumerate(units):
        cd = rng.randint(6, 14) if i < 11 else rng.randint(3, 6)
        tn = rng.randint(1400, 3200) if i < 11 else rng.randint(90, 220)
        dv = int(tn * D(rng.randint(190, 330)) / 1000) if i < 11 else int(tn * D(rng.randint(700, 950)) / 1000)
        nu = int(dv * D(rng.randint(420, 560)) / 1000)
        kn = rng.randint(25, 110) if i < 11 else rng.randint(4, 15)
        data.append([u, cd, dv, nu, kn, tn])
    data[4][2] = 652 if data[4][5] > 2200 else data[4][2]
    T = [sum(d[k] for d in data) for k in range(1, 6)]
    sh.add('Căn cứ báo cáo của các cơ sở Đoàn, Ban Thường vụ Huyện Đoàn tổng hợp số liệu đến ngày 30/11/2024 như sau: '
           'toàn huyện có %s cơ sở Đoàn với %s chi đoàn, %s đoàn viên; trong năm kết nạp %s đoàn viên mới.'
           % (z2(len(units)), vi(T[0]), vi(T[1]), vi(T[3])))
    h = sh.add('STT', 'Cơ sở Đoàn', 'Số chi đoàn', 'Tổng số đoàn viên', 'Trong đó: nữ', 'Kết nạp đoàn viên mới',
               'Thanh niên từ 16 - 30 tuổi', 'Tỷ lệ đoàn viên/thanh niên (%)', 'Ghi chú')
    notes = {2: 'Giải thể 02 chi đoàn do sáp nhập ấp', 7: 'Thành lập mới 01 chi đoàn khu dân cư',
             11: 'Gồm 02 chi đoàn khối Đảng - đoàn thể, %s chi đoàn khối chính quyền' % z2(data[11][1] - 2)}
    rows = [sh.add(i + 1, d[0], d[1], vi(d[2]), vi(d[3]), d[4], vi(d[5]), vi(pct(d[2], d[5])), notes.get(i, ''))
            for i, d in enumerate(data)]
    tot = sh.add(None, 'Tổng cộng', T[0], vi(T[1]), vi(T[2]), T[3], vi(T[4]), vi(pct(T[1], T[4])), None)
    sh.add('Số liệu thanh niên 16 - 30 tuổi do Công an các xã, thị trấn cung cấp; đoàn viên khối cơ quan tính theo '
           'nơi sinh hoạt.')
    c.table(sh, h, tot, 9)
    c.colsum(sh, 'CDEFG', tot, rows)
    for r in rows + [tot]:
        c.rdiv(sh, 'H%d' % r, 'D%d' % r, 'G%d' % r, 2)
        c.rle(sh, 'E%d' % r, 'D%d' % r)
        c.rle(sh, 'F%d' % r, 'D%d' % r)
    ti = 4
    old = data[ti][2]
    new = transposed(old, 0)
    c.err(sh, 'D%d' % rows[ti], vi(new), 'transposition',
          '%s typed for %s (first two digits swapped): breaks the column total %s (also given in the paragraph '
          'above) and the row rate %s %%' % (vi(new), vi(old), vi(T[1]), vi(pct(old, data[ti][5]))))
    return c


@case
def c45():
    c = Case('s45-gia-tri-san-xuat-co-cau', 'sectors-rows-value-share-pairs-two-years',
             'Output value by sector (tỷ đồng, one decimal text) with structure shares for 2020 and 2024 and an '
             'index; product taxes are part of the total and of the 100 %')
    sh = c.sheet('Cơ cấu KT')
    sh.add('CHI CỤC THỐNG KÊ HUYỆN CHÂU THÀNH A')
    sh.add('GIÁ TRỊ TĂNG THÊM VÀ CƠ CẤU KINH TẾ (THEO GIÁ HIỆN HÀNH)')
    h = sh.add('STT', 'Khu vực kinh tế', 'Năm 2020', None, 'Năm 2024', None, 'So sánh 2024/2020 (%)')
    sh.add(None, None, 'Giá trị (tỷ đồng)', 'Cơ cấu (%)', 'Giá trị (tỷ đồng)', 'Cơ cấu (%)', None)
    sh.merge('A%d:A%d' % (h, h + 1), 'B%d:B%d' % (h, h + 1), 'C%d:D%d' % (h, h), 'E%d:F%d' % (h, h),
             'G%d:G%d' % (h, h + 1))
    v20 = [D('4215.6'), D('2386.4'), D('3102.8'), D('412.5')]
    v24 = [D('5034.2'), D('3845.7'), D('4612.9'), D('598.4')]
    T20, T24 = sum(v20), sum(v24)
    tot = sh.add(None, 'Tổng số', vi(T20), '100,00', vi(T24), '100,00', vi(pct(T24, T20, 1), 1))
    labs = ['Nông, lâm nghiệp và thủy sản', 'Công nghiệp và xây dựng', 'Dịch vụ',
            'Thuế sản phẩm trừ trợ cấp sản phẩm']
    rows = [sh.add(i + 1, labs[i], vi(v20[i]), vi(pct(v20[i], T20)), vi(v24[i]), vi(pct(v24[i], T24)),
                   vi(pct(v24[i], v20[i], 1), 1)) for i in range(4)]
    c.table(sh, h, rows[-1], 7)
    c.colsum(sh, 'CE', tot, rows)
    for vc, sc in (('C', 'D'), ('E', 'F')):
        for r in rows:
            c.rdiv(sh, '%s%d' % (sc, r), '%s%d' % (vc, r), '%s%d' % (vc, tot), 2)
        c.r100(sh, ['%s%d' % (sc, r) for r in rows], 2)
    for r in [tot] + rows:
        c.rdiv(sh, 'G%d' % r, 'E%d' % r, 'C%d' % r, 1)
    base = sum(v24[:3])
    c.err(sh, 'F%d' % rows[2], vi(pct(v24[2], base)), 'base',
          'Dịch vụ 2024 share typed %s = 4.612,9 / %s (the three sectors without product taxes); on the total '
          '%s it is %s, and the column must add to 100' % (vi(pct(v24[2], base)), vi(base), vi(T24), vi(pct(v24[2], T24))))
    return c


@case
def c46():
    c = Case('s46-lao-dong-hai-bang-mot-sheet', 'two-tables-one-sheet-repeated-column-cross',
             'Labour by commune in two tables on one sheet: population and labour force with participation '
             'rate; then labour force repeated with employed, employment rate and unemployed')
    rng = random.Random(4646)
    sh = c.sheet('Lao động 2024')
    sh.add('PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI HUYỆN VỊ THỦY')
    sh.add('1. DÂN SỐ VÀ LỰC LƯỢNG LAO ĐỘNG NĂM 2024')
    h1 = sh.add('STT', 'Xã, thị trấn', 'Dân số (người)', 'Lực lượng lao động (người)', 'Tỷ lệ tham gia LLLĐ (%)')
    data = []
    for name in VI_THUY:
        ds = rng.randint(7800, 16500)
        ll = int(ds * D(rng.randint(560, 640)) / 1000)
        vl = ll - int(ll * D(rng.randint(12, 38)) / 1000)
        data.append((name, ds, ll, vl))
    r1 = [sh.add(i + 1, n, vi(ds), vi(ll), vi(pct(ll, ds))) for i, (n, ds, ll, vl) in enumerate(data)]
    T = [sum(x[k] for x in data) for k in (1, 2, 3)]
    t1 = sh.add(None, 'Tổng số', vi(T[0]), vi(T[1]), vi(pct(T[1], T[0])))
    c.table(sh, h1, t1, 5)
    c.colsum(sh, 'CD', t1, r1)
    for r in r1 + [t1]:
        c.rdiv(sh, 'E%d' % r, 'D%d' % r, 'C%d' % r, 2)
    sh.blank()
    sh.add(None, '2. LAO ĐỘNG CÓ VIỆC LÀM VÀ THẤT NGHIỆP NĂM 2024')
    h2 = sh.add('STT', 'Xã, thị trấn', 'Lực lượng lao động (người)', 'Có việc làm (người)',
                'Tỷ lệ có việc làm (%)', 'Thất nghiệp (người)')
    r2 = [sh.add(i + 1, n, vi(ll), vi(vl), vi(pct(vl, ll)), vi(ll - vl)) for i, (n, ds, ll, vl) in enumerate(data)]
    t2 = sh.add(None, 'Tổng số', vi(T[1]), vi(T[2]), vi(pct(T[2], T[1])), vi(T[1] - T[2]))
    c.table(sh, h2, t2, 6)
    c.colsum(sh, 'CDF', t2, r2)
    for r in r2 + [t2]:
        c.rdiv(sh, 'E%d' % r, 'D%d' % r, 'C%d' % r, 2)
        c.rsum(sh, 'C%d' % r, ['D%d' % r, 'F%d' % r])
    for a, b in zip(r1 + [t1], r2 + [t2]):
        c.req((sh.name, 'D%d' % a), (sh.name, 'C%d' % b))
    k = 6
    old = data[k][2]
    i = next(j for j in range(1, len(str(old)) - 1) if str(old)[j] != str(old)[j + 1])
    new = transposed(old, i)
    c.err(sh, 'C%d' % r2[k], vi(new), 'cross',
          'Lực lượng lao động of %s repeated in table 2 as %s; table 1 (D%d) has %s, and in table 2 the column '
          'total, the rate and employed + unemployed all rest on %s' % (data[k][0], vi(new), r1[k], vi(old), vi(old)))
    return c


@case
def c47():
    c = Case('s47-nuoi-trong-thuy-san', 'plan-result-pct-two-measures-merged-headers',
             'Aquaculture area and output: plan, result, % of plan for each measure under merged headers; total first')
    sh = c.sheet('Thủy sản 2024')
    sh.add('PHÒNG NÔNG NGHIỆP VÀ PTNT HUYỆN LONG MỸ')
    sh.add('KẾT QUẢ NUÔI TRỒNG THỦY SẢN NĂM 2024')
    h = sh.add('TT', 'Đối tượng, hình thức nuôi', 'Diện tích (ha)', None, None, 'Sản lượng (tấn)', None, None)
    sh.add(None, None, 'Kế hoạch', 'Thực hiện', 'Đạt (%)', 'Kế hoạch', 'Thực hiện', 'Đạt (%)')
    sh.merge('A%d:A%d' % (h, h + 1), 'B%d:B%d' % (h, h + 1), 'C%d:E%d' % (h, h), 'F%d:H%d' % (h, h))
    items = [('1', 'Nuôi cá ao, mương vườn', 620, 648, 7800, 8213),
             ('2', 'Nuôi cá ruộng (lúa - cá)', 1450, 1372, 2900, 2786),
             ('3', 'Nuôi cá lóc thâm canh', 85, 97, 4250, 4618),
             ('4', 'Nuôi tôm càng xanh', 140, 131, 420, 389),
             ('5', 'Nuôi lươn, ếch và đối tượng khác', 12, 15, 310, 352)]
    T = [sum(x[k] for x in items) for k in (2, 3, 4, 5)]
    tot = sh.add(None, 'Tổng cộng', T[0], T[1], num(pct(T[1], T[0])), T[2], T[3], num(pct(T[3], T[2])))
    rows = [sh.add(s_, l, a, b, num(pct(b, a)), cc, d, num(pct(d, cc))) for s_, l, a, b, cc, d in items]
    c.table(sh, h, rows[-1], 8)
    c.colsum(sh, 'CDFG', tot, rows)
    for r in [tot] + rows:
        c.rdiv(sh, 'E%d' % r, 'D%d' % r, 'C%d' % r, 2)
        c.rdiv(sh, 'H%d' % r, 'G%d' % r, 'F%d' % r, 2)
    cand = []
    for r, it in zip(rows, items):
        for col, a, b in (('E', it[2], it[3]), ('H', it[4], it[5])):
            ex = D(b) * 100 / a
            if trn(ex, 2) != rnd(ex, 2):
                cand.append((col, r, a, b, ex))
    col, r, a, b, ex = cand[1]
    c.warn(sh, '%s%d' % (col, r), num(trn(ex, 2)), 'truncation',
           '%s/%s = %s %% typed %s instead of %s' % (vi(b), vi(a), vi(rnd(ex, 4)), vi(trn(ex, 2)), vi(rnd(ex, 2))))
    return c


# ==================================================================== main
def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith('.json'):
            os.remove(os.path.join(OUT, f))
    built = []
    ids = set()
    for fn in CASES:
        c = fn()
        c.finalize()
        assert c.id not in ids, c.id
        ids.add(c.id)
        data = c.to_json()
        path = os.path.join(OUT, c.id + '.json')
        with open(path, 'w', encoding='utf-8') as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1)
        built.append(c)
    # re-read every file
    for c in built:
        with open(os.path.join(OUT, c.id + '.json'), encoding='utf-8') as fh:
            back = json.load(fh)
        assert back['id'] == c.id and back['tables'] and back['layout']
        names = {s['name'] for s in back['sheets']}
        for t in back['tables']:
            assert t['sheet'] in names
        for e in back['errors']:
            assert e['sheet'] in names and e['kind'] in ('digit', 'transposition', 'sign', 'swap', 'base',
                                                          'formula-range', 'term-label', 'cross', 'other')
        for w in back['warnings']:
            assert w['sheet'] in names and w['kind'] in ('truncation', 'precision')
    n_cases = len(built)
    n_tables = sum(len(c.tables) for c in built)
    clean = sum(1 for c in built if not c.errors and not c.warnings)
    ek = Counter(e['kind'] for c in built for e in c.errors)
    wk = Counter(w['kind'] for c in built for w in c.warnings)
    layouts = Counter(c.layout for c in built)
    party = sum(1 for c in built if c.party)
    lines = ['# heldout5 / tables — summary (counts only)', '',
             '- cases: %d' % n_cases,
             '- tables: %d' % n_tables,
             '- clean cases (no errors, no warnings): %d' % clean,
             '- cases on party subjects: %d' % party,
             '- distinct layout tags: %d' % len(layouts),
             '- planted errors: %d' % sum(ek.values())]
    for k in ('digit', 'transposition', 'sign', 'swap', 'base', 'formula-range', 'term-label', 'cross', 'other'):
        lines.append('  - %s: %d' % (k, ek.get(k, 0)))
    lines.append('- planted warnings: %d' % sum(wk.values()))
    for k in ('truncation', 'precision'):
        lines.append('  - %s: %d' % (k, wk.get(k, 0)))
    lines.append('')
    lines.append('Regenerate with `python3 make.py`; the script checks every rule of every table.')
    with open(os.path.join(HERE, 'SUMMARY.md'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(lines) + '\n')
    print('\n'.join(lines))


if __name__ == '__main__':
    main()
