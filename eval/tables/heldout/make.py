#!/usr/bin/env python3
"""Held-out table cases for Soát Số.

Every case is built from base figures typed below; totals, differences, ratios and shares are
computed here with exact Decimal arithmetic (ROUND_HALF_UP). Errors and warnings are planted
afterwards by `plant`, `swap`, `warn`, which record the value the cell had before.
A self-check then verifies: the unplanted table satisfies every rule registered for it; after
planting, every culprit sits in a failing rule, every failing rule touches a planted cell, and
every warning is a truncation / lower-precision rounding of the true value.

Run:  python3 make.py      (writes cases/<id>.json, standard library only)
"""
import copy
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP, ROUND_DOWN

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'cases')


# ----------------------------------------------------------------- arithmetic / formatting
def q(x, places=2):
    return D(x).quantize(D(1).scaleb(-places), rounding=ROUND_HALF_UP)


def qt(x, places=2):
    return D(x).quantize(D(1).scaleb(-places), rounding=ROUND_DOWN)


def pct(part, base, places=2):
    return q(D(part) * 100 / D(base), places)


def pct_raw(part, base):
    return D(part) * 100 / D(base)


def fl(d):
    """Decimal -> float for a JSON numeric cell (2-decimal shares survive float repr)."""
    return float(d)


def vi_int(n, plus=False):
    n = int(n)
    s = f"{abs(n):,}".replace(',', '.')
    if n < 0:
        return '-' + s
    return ('+' + s) if (plus and n > 0) else s


def vi_dec(d, places=2, plus=False):
    d = q(d, places)
    s = f"{abs(d):,.{places}f}"  # 1,234.56
    s = s.replace(',', '\x00').replace('.', ',').replace('\x00', '.')
    if d < 0:
        return '-' + s
    return ('+' + s) if (plus and d > 0) else s


def col(c):
    s = ''
    c += 1
    while c:
        c, r = divmod(c - 1, 26)
        s = chr(65 + r) + s
    return s


def a1(r, c):
    return f"{col(c)}{r + 1}"


def parse_a1(ref):
    m = re.fullmatch(r'([A-Z]+)(\d+)', ref)
    letters, digits = m.groups()
    c = 0
    for ch in letters:
        c = c * 26 + (ord(ch) - 64)
    return int(digits) - 1, c - 1


def num(v):
    """Value of a cell as a careful reader takes it: Decimal, or None when not a number."""
    if v is None or isinstance(v, bool):
        return None
    if isinstance(v, int):
        return D(v)
    if isinstance(v, float):
        return D(repr(v))
    if isinstance(v, D):
        return v
    s = str(v).strip().replace('\u2212', '-')
    if s.startswith('+'):
        s = s[1:]
    if re.fullmatch(r'-?\d{1,3}(\.\d{3})*(,\d+)?', s) or re.fullmatch(r'-?\d+(,\d+)?', s):
        return D(s.replace('.', '').replace(',', '.'))
    return None


# ----------------------------------------------------------------- workbook model
class Sheet:
    def __init__(self, name):
        self.name = name
        self.rows = []
        self.merges = []
        self.cells = {}

    def add(self, row=()):
        self.rows.append(list(row))
        return len(self.rows) - 1

    def put(self, r, c, v):
        while len(self.rows) <= r:
            self.rows.append([])
        row = self.rows[r]
        while len(row) <= c:
            row.append(None)
        row[c] = v

    def raw(self, ref):
        r, c = parse_a1(ref)
        if r >= len(self.rows) or c >= len(self.rows[r]):
            return None
        return self.rows[r][c]

    def value(self, ref):
        if ref in self.cells:
            ov = self.cells[ref]
            v = num(ov['v'])
            if v is not None and '%' in ov.get('fmt', ''):
                v = v * 100
            return v
        return num(self.raw(ref))

    def json(self):
        out = {'name': self.name, 'rows': [trim(r) for r in self.rows]}
        if self.merges:
            out['merges'] = self.merges
        if self.cells:
            out['cells'] = self.cells
        return out


def trim(row):
    row = list(row)
    while row and row[-1] is None:
        row.pop()
    return row


class Rule:
    def __init__(self, kind, refs, fn, desc):
        self.kind, self.refs, self.fn, self.desc = kind, refs, fn, desc


class Case:
    def __init__(self, cid, layout, about):
        self.id, self.layout, self.about = cid, layout, about
        self.sheets = {}
        self.order = []
        self.tables = []
        self.rules = []
        self.errors = []
        self.warnings = []
        self.truth = None
        self.warn_checks = []

    # sheets and tables
    def sheet(self, name):
        s = Sheet(name)
        self.sheets[name] = s
        self.order.append(name)
        return s

    def table(self, s, r0, r1, c0, c1):
        self.tables.append({'sheet': s.name, 'range': f"{a1(r0, c0)}:{a1(r1, c1)}"})

    # values
    def v(self, ref):
        sh, cell = ref
        return self.sheets[sh].value(cell)

    def txt(self, ref):
        sh, cell = ref
        return self.sheets[sh].raw(cell)

    # rules --------------------------------------------------------------
    @staticmethod
    def R(s, r, c):
        return (s.name, a1(r, c))

    def rule(self, kind, refs, fn, desc):
        self.rules.append(Rule(kind, refs, fn, desc))

    def sum(self, s, c, parent, parts, cparts=None):
        """parent row = sum of part rows in column c (or, with cparts, row `parent` col c = sum of cols cparts)."""
        if cparts is None:
            P = self.R(s, parent, c)
            Ps = [self.R(s, p, c) for p in parts]
        else:
            P = self.R(s, parent, c)
            Ps = [self.R(s, parent, cc) for cc in cparts]
        self.rule('sum', [P] + Ps,
                  lambda P=P, Ps=Ps: self.v(P) == sum((self.v(x) or D(0)) for x in Ps),
                  f"{P[1]} = sum({','.join(x[1] for x in Ps)})")

    def lin(self, s, c, target, terms):
        """row target = sum(coef * row) in column c (stock-flow identity)."""
        T = self.R(s, target, c)
        Ts = [(k, self.R(s, r, c)) for k, r in terms]
        self.rule('lin', [T] + [x for _, x in Ts],
                  lambda T=T, Ts=Ts: self.v(T) == sum(k * self.v(x) for k, x in Ts),
                  f"{T[1]} = lincomb")

    def le(self, s, c, part, parent, cparent=None):
        p = self.R(s, part, c)
        P = self.R(s, parent, c if cparent is None else cparent)
        self.rule('le', [p, P], lambda p=p, P=P: self.v(p) <= self.v(P), f"{p[1]} <= {P[1]}")

    def share(self, s, cell, part, base, places=2):
        """cell, part, base: refs (sheet, A1) or Decimal constants for part/base."""
        refs = [cell] + [x for x in (part, base) if isinstance(x, tuple)]
        val = lambda x: self.v(x) if isinstance(x, tuple) else D(x)
        self.rule('share', refs,
                  lambda: self.v(cell) == pct(val(part), val(base), places),
                  f"{cell[1]} = {part} / {base}")
        self.warn_checks.append((cell, lambda: pct_raw(val(part), val(base))))

    def diff(self, s, cell, cur, prev):
        self.rule('diff', [cell, cur, prev], lambda: self.v(cell) == self.v(cur) - self.v(prev),
                  f"{cell[1]} = {cur[1]} - {prev[1]}")

    def ratio(self, s, cell, cur, prev, places=2):
        self.rule('ratio', [cell, cur, prev],
                  lambda: self.v(cell) == pct(self.v(cur), self.v(prev), places),
                  f"{cell[1]} = {cur[1]} / {prev[1]}")
        self.warn_checks.append((cell, lambda: pct_raw(self.v(cur), self.v(prev))))

    def eq(self, x, y):
        self.rule('eq', [x, y], lambda: self.v(x) == self.v(y), f"{x} == {y}")

    def label(self, cell, text):
        self.rule('label', [cell], lambda: self.txt(cell) == text, f"{cell[1]} is '{text}'")

    def hundred(self, cells, n=None):
        n = n or len(cells)
        self.rule('100', list(cells),
                  lambda: abs(sum(self.v(x) for x in cells) - 100) <= D('0.005') * n,
                  "shares sum to 100")

    # planting ----------------------------------------------------------
    def freeze(self):
        bad = [r.desc for r in self.rules if not r.fn()]
        assert not bad, f"{self.id}: unplanted table breaks {bad}"
        self.truth = copy.deepcopy(self.sheets)

    def _set(self, s, ref, new, cell_override=None):
        r, c = parse_a1(ref)
        s.put(r, c, new)
        if cell_override is not None:
            s.cells[ref] = cell_override

    def plant(self, s, ref, new, kind, note, override=None):
        assert self.truth is not None
        old = s.raw(ref)
        value = s.value(ref) if kind not in ('term-label',) else old
        if isinstance(value, D):
            value = int(value) if value == value.to_integral_value() else fl(value)
        self._set(s, ref, new, override)
        self.errors.append({'sheet': s.name, 'culprit': ref, 'value': value, 'kind': kind, 'note': note})

    def swap(self, s, ref1, ref2, note):
        v1, v2 = s.raw(ref1), s.raw(ref2)
        n1, n2 = s.value(ref1), s.value(ref2)
        self._set(s, ref1, v2)
        self._set(s, ref2, v1)
        cv = lambda d: int(d) if d == d.to_integral_value() else fl(d)
        self.errors.append({'sheet': s.name, 'culprit': [ref1, ref2], 'value': [cv(n1), cv(n2)],
                            'kind': 'swap', 'note': note})

    def warn(self, s, ref, new, kind, note):
        value = s.value(ref)
        self._set(s, ref, new)
        self.warnings.append({'sheet': s.name, 'cell': ref, 'kind': kind, 'value': fl(value), 'note': note})

    # self-check --------------------------------------------------------
    def check(self):
        failing = [r for r in self.rules if not r.fn()]
        planted = set()
        for e in self.errors:
            cul = e['culprit'] if isinstance(e['culprit'], list) else [e['culprit']]
            for cc in cul:
                planted.add((e['sheet'], cc))
        wcells = {(w['sheet'], w['cell']) for w in self.warnings}
        for e in self.errors:
            cul = e['culprit'] if isinstance(e['culprit'], list) else [e['culprit']]
            for cc in cul:
                ref = (e['sheet'], cc)
                assert any(ref in r.refs for r in failing), f"{self.id}: planted {ref} breaks no rule"
        for w in self.warnings:
            ref = (w['sheet'], w['cell'])
            assert any(ref in r.refs for r in failing), f"{self.id}: warning {ref} breaks no strict rule"
            true = [fn for cell, fn in self.warn_checks if cell == ref]
            assert true, f"{self.id}: warning {ref} is not a share/ratio cell"
            exact = true[0]()
            got = self.v(ref)
            if w['kind'] == 'truncation':
                assert got == qt(exact, 2) and got != q(exact, 2), f"{self.id}: {ref} not a truncation"
            else:
                assert got == q(exact, 0) and q(exact, 2) != got, f"{self.id}: {ref} not a precision slip"
        for r in failing:
            assert any(x in planted or x in wcells for x in r.refs), \
                f"{self.id}: rule {r.desc} fails without a planted cell"
        # restoring every planted cell gives back a table that satisfies every rule
        cur = self.sheets
        self.sheets = self.truth
        assert all(r.fn() for r in self.rules)
        self.sheets = cur
        if not self.errors and not self.warnings:
            assert not failing
        return failing

    def json(self):
        return {
            'id': self.id, 'layout': self.layout, 'about': self.about,
            'sheets': [self.sheets[n].json() for n in self.order],
            'tables': self.tables, 'errors': self.errors, 'warnings': self.warnings,
        }


def first_trunc(c, cells):
    """First share/ratio cell (ref) whose 2-decimal truncation differs from rounding."""
    for ref in cells:
        fn = [f for cc, f in c.warn_checks if cc == ref][0]
        x = fn()
        if qt(x) != q(x):
            return ref, x
    raise AssertionError(f"{c.id}: no truncation candidate")


def first_prec(c, cells):
    for ref in cells:
        fn = [f for cc, f in c.warn_checks if cc == ref][0]
        x = fn()
        if q(x, 0) != q(x, 2):
            return ref, x
    raise AssertionError(f"{c.id}: no precision candidate")


def digit_typo(n, pos_from_right=1, new=None):
    """Change one digit of n (position counted from the right, 0 = units)."""
    s = list(str(n))
    i = len(s) - 1 - pos_from_right
    old = int(s[i])
    s[i] = str(new if new is not None else (old + 3) % 10)
    assert s[i] != str(old)
    return int(''.join(s))


def transpose(n, pos_from_right=0):
    """Swap the digit at pos_from_right with the one to its left."""
    s = list(str(n))
    i = len(s) - 1 - pos_from_right
    assert s[i] != s[i - 1], (n, pos_from_right)
    s[i], s[i - 1] = s[i - 1], s[i]
    return int(''.join(s))


UNITS = [  # 11 đảng bộ trực thuộc Tỉnh ủy (code, name)
    (930, 'Thành phố Vị Thanh'), (931, 'Thành phố Ngã Bảy'), (937, 'Thị xã Long Mỹ'),
    (933, 'Huyện Châu Thành'), (932, 'Huyện Châu Thành A'), (934, 'Huyện Phụng Hiệp'),
    (935, 'Huyện Vị Thủy'), (936, 'Huyện Long Mỹ'),
    ('KCQ', 'Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh'), ('CA', 'Đảng bộ Công an tỉnh'),
    ('QS', 'Đảng bộ Quân sự tỉnh'),
]


# ----------------------------------------------------------------- shared builders
def period_rows(c, s, items, cp, cc, cd=None, cr=None, text=False, ratio_places=2, lab=1, stt=0):
    """Rows (key, stt, label, prev, cur). Writes prev in column cp, cur in cc, cur-prev in cd,
    cur/prev*100 in cr. Registers the diff / ratio rules. Returns {key: row}."""
    out = {}
    for key, st, label, prev, cur in items:
        row = [None] * (max(x for x in (cp, cc, cd, cr, lab, stt) if x is not None) + 1)
        if stt is not None:
            row[stt] = st
        row[lab] = label
        r = s.add(row)
        out[key] = r
        if prev is None or cur is None:
            continue
        if text:
            s.put(r, cp, vi_int(prev)); s.put(r, cc, vi_int(cur))
        else:
            s.put(r, cp, prev); s.put(r, cc, cur)
        if cd is not None:
            d = cur - prev
            s.put(r, cd, vi_int(d, plus=True) if text else d)
            c.diff(s, c.R(s, r, cd), c.R(s, r, cc), c.R(s, r, cp))
        if cr is not None:
            if prev == 0:
                s.put(r, cr, '-')
            else:
                x = pct(cur, prev, ratio_places)
                s.put(r, cr, vi_dec(x, ratio_places) if text else fl(x))
                c.ratio(s, c.R(s, r, cr), c.R(s, r, cc), c.R(s, r, cp), ratio_places)
    return out


def header(s, cells, merges=(), r=None):
    r = s.add(cells) if r is None else r
    for m in merges:
        s.merges.append(m)
    return r


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# ================================================================= CLEAN CASES (h01-h11)
@case
def h01():
    c = Case('h01-tccsd-dang-vien-hai-nhiem-ky', 'stt-label-periods',
             'Party organisations and members, two terms side by side with Tăng/giảm and So sánh (%); '
             'chi bộ cơ sở falls by more than the total (-31 vs -27); overlapping Trong đó (nữ, DTTS, tôn giáo, dự bị). Clean.')
    s = c.sheet('TCCSĐ')
    s.add(['Biểu 01'])
    s.add(['SỐ LƯỢNG TỔ CHỨC ĐẢNG VÀ ĐẢNG VIÊN QUA HAI NHIỆM KỲ'])
    s.add([None, None, None, None, None, 'Đơn vị tính: tổ chức, người'])
    h = s.add(['STT', 'Nội dung', 'Nhiệm kỳ 2015 - 2020', 'Nhiệm kỳ 2020 - 2025', 'Tăng (+), giảm (-)', 'So sánh (%)'])
    cb = [('ap', 'Chi bộ ấp, khu vực', 540, 525), ('nx', 'Chi bộ ngành xã', 598, 517),
          ('nh', 'Chi bộ ngành huyện', 211, 175), ('nt', 'Chi bộ ngành tỉnh', 354, 306)]
    items = [
        ('tc', '1', 'Tổng số tổ chức cơ sở đảng', 167 + 358, 171 + 327),
        ('db', '-', 'Trong đó: Đảng bộ cơ sở', 167, 171),
        ('cb', '-', 'Chi bộ cơ sở', 358, 327),
        ('tt', '2', 'Chi bộ trực thuộc đảng ủy cơ sở', sum(x[2] for x in cb), sum(x[3] for x in cb)),
    ] + [(k, '-', lab, p, q_) for k, lab, p, q_ in cb] + [
        ('dv', '3', 'Tổng số đảng viên', 31874, 33509),
        ('nu', '-', 'Trong đó: Nữ', 10105, 11262),
        ('dt', '-', 'Dân tộc thiểu số', 612, 654),
        ('tg', '-', 'Người theo tôn giáo', 548, 539),
        ('db2', '-', 'Đảng viên dự bị', 1870, 1412),
    ]
    R = period_rows(c, s, items, 2, 3, 4, 5)
    s.add([None, 'Nguồn: Ban Tổ chức Tỉnh ủy'])
    for cc in (2, 3):
        c.sum(s, cc, R['tc'], [R['db'], R['cb']])
        c.sum(s, cc, R['tt'], [R[k] for k, *_ in cb])
        for k in ('nu', 'dt', 'tg', 'db2'):
            c.le(s, cc, R[k], R['dv'])
    c.table(s, h, R['db2'], 0, 5)
    return c


@case
def h02():
    c = Case('h02-bieu5-loai-hinh-co-so', 'official-form',
             'Biểu 5-BTCTW: 3 header rows with merges, column-number row "2 (=3+4)", dash and lettered sub-rows, '
             '"Cộng (1+….+11)"; cols 5-6 count sub-units and are not related to 2-4 by sum. Clean.')
    s = c.sheet('Biểu 5')
    s.add(['TỈNH ỦY HẬU GIANG', None, None, None, None, None, 'Biểu số 5-BTCTW'])
    s.add(['BAN TỔ CHỨC'])
    s.add(['THỐNG KÊ TỔ CHỨC ĐẢNG VÀ ĐẢNG VIÊN TRONG CÁC LOẠI HÌNH CƠ SỞ NĂM 2023'])
    s.add(['(Có đến 31/12/2023)'])
    h = s.add(['Loại hình tổ chức cơ sở đảng', 'Số tổ chức cơ sở đảng', None, None,
               'Tổ chức đảng trực thuộc Đảng bộ cơ sở', None, 'Tổng số đảng viên'])
    s.add([None, 'Tổng số', 'Chia ra', None, 'Chia ra', None, None])
    s.add([None, None, 'Đảng bộ cơ sở', 'Chi bộ cơ sở', 'Đảng bộ bộ phận', 'Chi bộ trực thuộc', None])
    s.add(['1', '2 (=3+4)', '3', '4', '5', '6', '7'])
    s.merges += [f'A{h+1}:A{h+3}', f'B{h+1}:D{h+1}', f'B{h+2}:B{h+3}', f'C{h+2}:D{h+2}',
                 f'E{h+1}:F{h+1}', f'E{h+2}:F{h+2}', f'G{h+1}:G{h+3}']
    # leaf rows: (key, label, ĐBCS, CBCS, ĐBBP, CBTT, ĐV); None values = aggregate computed below
    L = {
        'xa': ('1. Xã', 53, 0, 0, 525, 14218), 'ph': ('2. Phường', 16, 0, 0, 158, 4102),
        'tt': ('3. Thị trấn', 5, 0, 0, 51, 1137), 'cqd': ('4. Cơ quan Đảng, Mặt trận Tổ quốc, đoàn thể chính trị - xã hội', 9, 38, 0, 62, 1846),
        'cqn': ('5. Cơ quan Nhà nước', 31, 85, 2, 301, 4975),
        'sn_a': ('a) Công lập', 28, 104, 3, 248, 3502), 'sn_b': ('b) Ngoài công lập', 1, 9, 0, 4, 131),
        'qd': ('7. Quân đội', 12, 8, 6, 71, 1208), 'ca': ('8. Công an', 9, 4, 11, 84, 1394),
        'a1': ('- Nhà nước nắm giữ 100% vốn điều lệ', 3, 5, 0, 14, 412),
        'a2': ('- Nhà nước nắm giữ từ 50% vốn điều lệ trở lên', 2, 6, 0, 9, 236),
        'a3': ('- Nhà nước nắm giữ dưới 50% vốn điều lệ', 0, 3, 0, 0, 41),
        'b1': ('- Công ty cổ phần', 1, 11, 0, 3, 214), 'b2': ('- Doanh nghiệp tư nhân', 0, 16, 0, 0, 97),
        'b3': ('- Công ty trách nhiệm hữu hạn', 1, 24, 0, 2, 233), 'b4': ('- Công ty hợp danh', 0, 1, 0, 0, 4),
        'b5': ('- Doanh nghiệp có vốn đầu tư nước ngoài', 0, 2, 0, 0, 19),
        'hc': ('c) Hợp tác xã', 0, 7, 0, 0, 38),
        'nn': ('10. Tổ chức cơ sở đảng ở ngoài nước', 0, 0, 0, 0, 0),
        'kh': ('11. Loại hình cơ sở khác*', 0, 4, 0, 4, 96),
    }
    agg = {  # key: (label, children)
        'sn': ('6. Đơn vị sự nghiệp, gồm:', ['sn_a', 'sn_b']),
        'dna': ('a) Doanh nghiệp có vốn Nhà nước', ['a1', 'a2', 'a3']),
        'dnb': ('b) Doanh nghiệp ngoài khu vực Nhà nước', ['b1', 'b2', 'b3', 'b4', 'b5']),
        'dn': ('9. Doanh nghiệp và hợp tác xã', ['dna', 'dnb', 'hc']),
        'cong': ('Cộng (1+….+11)', ['xa', 'ph', 'tt', 'cqd', 'cqn', 'sn', 'qd', 'ca', 'dn', 'nn', 'kh']),
    }
    vals = {k: list(v[1:]) for k, v in L.items()}

    def val(k):
        if k not in vals:
            ch = [val(x) for x in agg[k][1]]
            vals[k] = [sum(x[i] for x in ch) for i in range(5)]
        return vals[k]
    order = ['xa', 'ph', 'tt', 'cqd', 'cqn', 'sn', 'sn_a', 'sn_b', 'qd', 'ca', 'dn', 'dna', 'a1', 'a2', 'a3',
             'dnb', 'b1', 'b2', 'b3', 'b4', 'b5', 'hc', 'nn', 'kh', 'cong']
    R = {}
    for k in order:
        lab = L[k][0] if k in L else agg[k][0]
        d, cbs, bp, tt, dv = val(k)
        R[k] = s.add([lab, d + cbs, d, cbs, bp, tt, dv])
    last = R['cong']
    s.add(['* Loại hình cơ sở khác: tổ chức cơ sở đảng trong các hội, đơn vị chưa xếp vào các loại hình trên.'])
    s.add(['Hậu Giang, ngày 05 tháng 01 năm 2024'])
    s.add(['NGƯỜI LẬP BIỂU', None, None, None, 'TRƯỞNG BAN'])
    for k in order:
        c.sum(s, 1, R[k], None, cparts=[2, 3])
    for k, (_, ch) in agg.items():
        for cc in range(1, 7):
            c.sum(s, cc, R[k], [R[x] for x in ch])
    c.table(s, h, last, 0, 6)
    return c


def age_block(total, first7):
    return first7 + [total - sum(first7)]


@case
def h03():
    c = Case('h03-bieu3-doi-ngu-dang-vien', 'roman-blocks',
             'Biểu 3-style member profile, kỳ này / cùng kỳ / %: overlapping Trong đó whose sum exceeds the total, '
             'cumulative "có đủ 30/40/50 năm tuổi Đảng", Tuổi bình quân row, partial chuyên môn and LLCT blocks. Clean.')
    s = c.sheet('Biểu 3')
    s.add(['THỐNG KÊ ĐỘI NGŨ ĐẢNG VIÊN NĂM 2023'])
    s.add([None, None, None, None, 'Đvt: Người'])
    h = s.add(['STT', 'Tiêu chí', 'Kỳ này', 'Cùng kỳ năm trước', '(%) kỳ này so với cùng kỳ năm trước'])
    T = (33196, 33509)
    ages_p = age_block(T[0], [5702, 5318, 5811, 5490, 3302, 3088, 2301])
    ages_c = age_block(T[1], [5516, 5265, 5932, 5577, 3254, 3125, 2445])
    bands = ['Từ 18 đến 30 tuổi', 'Từ 31 đến 35 tuổi', 'Từ 36 đến 40 tuổi', 'Từ 41 đến 45 tuổi',
             'Từ 46 đến 50 tuổi', 'Từ 51 đến 55 tuổi', 'Từ 56 đến 60 tuổi', 'Trên 60 tuổi']
    edu_p = [0, 452, 4251]; edu_p.append(T[0] - sum(edu_p))
    edu_c = [0, 425, 4178]; edu_c.append(T[1] - sum(edu_c))
    cm = [('Công nhân kỹ thuật, nhân viên nghiệp vụ, sơ cấp', 1602, 1540), ('Trung cấp', 4911, 4737),
          ('Cao đẳng', 3280, 3331), ('Đại học', 15104, 15795), ('Thạc sỹ', 1098, 1201), ('Tiến sỹ', 29, 33)]
    ll = [('Sơ cấp', 12775, 12580), ('Trung cấp', 8906, 9172), ('Cao cấp, cử nhân', 4302, 4511)]
    items = [
        ('I', 'I', 'Đảng viên trong danh sách có đến cuối kỳ báo cáo', T[0], T[1]),
        ('nu', None, 'Trong đó: - Nữ', 10978, 11262),
        ('db', None, '- Dự bị', 1530, 1412),
        ('dt', None, '- Dân tộc thiểu số', 641, 654),
        ('tg', None, '- Người theo tôn giáo', 544, 539),
        ('dh', None, '- Có trình độ đại học trở lên', 16231, 17029),
        ('t30', None, '- Có đủ 30 năm tuổi Đảng trở lên', 4612, 4950),
        ('t40', None, '- Có đủ 40 năm tuổi Đảng trở lên', 1207, 1318),
        ('t50', None, '- Có đủ 50 năm tuổi Đảng trở lên', 377, 402),
        ('II', 'II', 'Phân tích đội ngũ đảng viên', None, None),
        ('a', '1', 'Tuổi đời', None, None),
    ] + [(f'a{i}', '-', bands[i], ages_p[i], ages_c[i]) for i in range(8)] + [
        ('tbq', '-', 'Tuổi bình quân', D('44.1'), D('44.6')),
        ('e', '2', 'Trình độ giáo dục phổ thông', None, None),
        ('e0', '-', 'Biết đọc, biết viết chữ quốc ngữ', edu_p[0], edu_c[0]),
        ('e1', '-', 'Tiểu học', edu_p[1], edu_c[1]),
        ('e2', '-', 'Trung học cơ sở', edu_p[2], edu_c[2]),
        ('e3', '-', 'Trung học phổ thông', edu_p[3], edu_c[3]),
        ('m', '3', 'Trình độ chuyên môn nghiệp vụ', None, None),
    ] + [(f'm{i}', '-', x[0], x[1], x[2]) for i, x in enumerate(cm)] + [
        ('l', '4', 'Trình độ lý luận chính trị', None, None),
    ] + [(f'l{i}', '-', x[0], x[1], x[2]) for i, x in enumerate(ll)]
    # columns: kỳ này (C) = cur, cùng kỳ (D) = prev
    R = {}
    for key, st, lab, prev, cur in items:
        r = s.add([st, lab])
        R[key] = r
        if prev is None:
            continue
        if key == 'tbq':
            s.put(r, 2, fl(cur)); s.put(r, 3, fl(prev))
        else:
            s.put(r, 2, cur); s.put(r, 3, prev)
        if prev == 0:
            s.put(r, 4, '-')
            continue
        x = pct(cur, prev)
        s.put(r, 4, fl(x))
        c.ratio(s, c.R(s, r, 4), c.R(s, r, 2), c.R(s, r, 3))
    for cc in (2, 3):
        for k in ('nu', 'db', 'dt', 'tg', 'dh', 't30'):
            c.le(s, cc, R[k], R['I'])
        c.le(s, cc, R['t40'], R['t30']); c.le(s, cc, R['t50'], R['t40'])
        c.sum(s, cc, R['I'], [R[f'a{i}'] for i in range(8)])
        c.sum(s, cc, R['I'], [R[f'e{i}'] for i in range(4)])
    c.table(s, h, R['l2'], 0, 4)
    return c


@case
def h04():
    c = Case('h04-xep-loai-tccsd-3-nam', 'categories-100',
             'Quality rating of base organisations, three years as column pairs (Số lượng | Tỷ lệ); tốt + hoàn thành + '
             'không hoàn thành = 100 %, "xuất sắc" is inside "tốt" and its share is of the tốt row (note under the table). Clean.')
    s = c.sheet('Xếp loại TCCSĐ')
    s.add(['KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG TỔ CHỨC CƠ SỞ ĐẢNG'])
    s.add(['Đơn vị tính: tổ chức, %'])
    h = s.add(['STT', 'Nội dung', 'Năm 2021', None, 'Năm 2022', None, 'Năm 2023', None])
    s.add([None, None, 'Số lượng', 'Tỷ lệ (%)', 'Số lượng', 'Tỷ lệ (%)', 'Số lượng', 'Tỷ lệ (%)'])
    s.merges += [f'A{h+1}:A{h+2}', f'B{h+1}:B{h+2}', f'C{h+1}:D{h+1}', f'E{h+1}:F{h+1}', f'G{h+1}:H{h+1}']
    data = {  # year: (evaluated, tốt (incl. xs), xs, ht, kht)
        2021: (60, 56, 11, 4, 0), 2022: (59, 54, 10, 3, 2), 2023: (57, 56, 11, 1, 0)}
    labels = [('t', '1', 'Số TCCSĐ được đánh giá, xếp loại'),
              ('tot', '2', 'Hoàn thành tốt nhiệm vụ'),
              ('xs', None, 'Trong đó: Hoàn thành xuất sắc nhiệm vụ (*)'),
              ('ht', '3', 'Hoàn thành nhiệm vụ'),
              ('kh', '4', 'Không hoàn thành nhiệm vụ')]
    R = {k: s.add([st, lab]) for k, st, lab in labels}
    for i, (yr, (t, tot, xs, ht, kh)) in enumerate(data.items()):
        cn, cp = 2 + 2 * i, 3 + 2 * i
        vals = {'t': t, 'tot': tot, 'xs': xs, 'ht': ht, 'kh': kh}
        for k, v in vals.items():
            s.put(R[k], cn, v)
            if k == 't':
                s.put(R[k], cp, 100.0)
            elif k == 'xs':
                s.put(R[k], cp, fl(pct(xs, tot)))
                c.share(s, c.R(s, R[k], cp), c.R(s, R[k], cn), c.R(s, R['tot'], cn))
            else:
                s.put(R[k], cp, fl(pct(v, t)))
                c.share(s, c.R(s, R[k], cp), c.R(s, R[k], cn), c.R(s, R['t'], cn))
        c.sum(s, cn, R['t'], [R['tot'], R['ht'], R['kh']])
        c.le(s, cn, R['xs'], R['tot'])
        c.hundred([c.R(s, R[k], cp) for k in ('tot', 'ht', 'kh')])
    s.add([None, '(*) Tỷ lệ hoàn thành xuất sắc nhiệm vụ tính trên số TCCSĐ hoàn thành tốt nhiệm vụ.'])
    c.table(s, h, R['kh'], 0, 7)
    return c


@case
def h05():
    c = Case('h05-bieu4-dan-toc-ton-giao-hai-panel', 'two-panel',
             'Biểu 4-style two panels side by side: dân tộc list runs on into the right panel (Chăm, Dân tộc khác) '
             'before block II tôn giáo starts; Tỷ lệ = nữ / tổng số of the same row; rows with 0 members have no %. Clean.')
    s = c.sheet('Biểu 4')
    s.add(['THỐNG KÊ ĐẢNG VIÊN CHIA THEO DÂN TỘC VÀ TRONG CÁC TÔN GIÁO NĂM 2023'])
    s.add([None, None, None, None, None, None, None, None, None, 'Đvt: Người'])
    h = s.add(['TT', 'Tên dân tộc, tôn giáo', 'Đảng viên chia theo dân tộc, tôn giáo', None, 'Tỷ lệ (%)',
               'TT', 'Tên dân tộc, tôn giáo', 'Đảng viên chia theo dân tộc, tôn giáo', None, 'Tỷ lệ (%)'])
    s.add([None, None, 'Tổng số', 'Trong đó: nữ', None, None, None, 'Tổng số', 'Trong đó: nữ', None])
    s.add(['1', '2', '3', '4', '5', '1', '2', '3', '4', '5'])
    s.merges += [f'A{h+1}:A{h+2}', f'B{h+1}:B{h+2}', f'C{h+1}:D{h+1}', f'E{h+1}:E{h+2}',
                 f'F{h+1}:F{h+2}', f'G{h+1}:G{h+2}', f'H{h+1}:I{h+1}', f'J{h+1}:J{h+2}']
    dt = [('Tày', 4, 3), ('Thái', 2, 1), ('Hoa', 227, 66), ('Khơ-me', 414, 141), ('Mường', 3, 2),
          ('Nùng', 2, 1), ('Mông', 0, 0), ('Dao', 0, 0), ('Chăm', 1, 0), ('Dân tộc khác', 0, 0)]
    kinh = (33509 - sum(x[1] for x in dt), 11262 - sum(x[2] for x in dt))
    dt = [('Kinh',) + kinh] + dt
    tg = [('Phật giáo', 31, 14), ('Công giáo', 426, 203), ('Phật giáo Hòa Hảo', 22, 9), ('Cao Đài', 28, 12),
          ('Tin Lành', 25, 11), ('Hồi giáo', 0, 0), ('Đạo khác', 7, 3)]
    left = [('I', 'Đảng viên chia theo dân tộc', sum(x[1] for x in dt), sum(x[2] for x in dt))] + \
           [(str(i + 1), *x) for i, x in enumerate(dt[:9])]
    right = [(str(i + 10), *x) for i, x in enumerate(dt[9:])] + \
            [('II', 'Đảng viên chia theo tôn giáo', sum(x[1] for x in tg), sum(x[2] for x in tg))] + \
            [(str(i + 1), *x) for i, x in enumerate(tg)]
    assert len(left) == len(right) == 10
    rows = []
    for (a, b) in zip(left, right):
        r = s.add([])
        rows.append(r)
        for off, (tt, name, n, f) in ((0, a), (5, b)):
            s.put(r, off, tt); s.put(r, off + 1, name); s.put(r, off + 2, n); s.put(r, off + 3, f)
            if n:
                s.put(r, off + 4, fl(pct(f, n)))
                c.share(s, c.R(s, r, off + 4), c.R(s, r, off + 3), c.R(s, r, off + 2))
            c.le(s, off + 3, r, r, cparent=off + 2)
    # block I spans left rows 1..9 and right rows 0..1; block II = right rows 3..9
    refsI = [c.R(s, r, 2) for r in rows[1:]] + [c.R(s, r, 7) for r in rows[:2]]
    totI = c.R(s, rows[0], 2)
    c.rule('sum', [totI] + refsI, lambda: c.v(totI) == sum(c.v(x) for x in refsI), 'block I dân tộc')
    c.sum(s, 7, rows[2], rows[3:])
    c.sum(s, 8, rows[2], rows[3:])
    s.add(['Ghi chú: Tỷ lệ (%) = số đảng viên nữ / tổng số đảng viên của dân tộc, tôn giáo đó.'])
    c.table(s, h, rows[-1], 0, 9)
    return c


@case
def h06():
    c = Case('h06-ty-le-httnv-theo-don-vi-percent', 'percent-only',
             'Đơn vị tính: %; shares typed as vi-VN text per đảng bộ trực thuộc, two years and a Tăng/giảm column in '
             'points; the Toàn tỉnh row is a weighted rate, neither the sum nor the mean of the rows. Clean.')
    s = c.sheet('Sheet1')
    s.add(['TỶ LỆ TỔ CHỨC CƠ SỞ ĐẢNG HOÀN THÀNH TỐT NHIỆM VỤ TRỞ LÊN'])
    s.add([None, None, None, None, 'Đơn vị tính: %'])
    h = s.add(['STT', 'Đơn vị', 'Năm 2022', 'Năm 2023', 'Tăng (+), giảm (-)'])
    # hidden base figures: (TCCSĐ evaluated, HTTNV+) per year
    data = [((43, 39), (43, 41)), ((34, 32), (34, 33)), ((32, 29), (32, 30)), ((44, 41), (44, 43)),
            ((52, 47), (52, 50)), ((68, 62), (68, 64)), ((41, 38), (41, 40)), ((36, 32), (36, 35)),
            ((112, 108), (112, 110)), ((21, 21), (21, 21)), ((15, 15), (15, 15))]
    rows = []
    for i, ((u, n22), (d22, d23)) in enumerate(zip(UNITS, data)):
        p, cu = pct(d22[1], d22[0]), pct(d23[1], d23[0])
        r = s.add([i + 1, n22, vi_dec(p), vi_dec(cu), vi_dec(cu - p, plus=True)])
        c.diff(s, c.R(s, r, 4), c.R(s, r, 3), c.R(s, r, 2))
        rows.append(r)
    tp = pct(sum(x[0][1] for x in data), sum(x[0][0] for x in data))
    tc = pct(sum(x[1][1] for x in data), sum(x[1][0] for x in data))
    r = s.add([None, 'Toàn tỉnh', vi_dec(tp), vi_dec(tc), vi_dec(tc - tp, plus=True)])
    c.diff(s, c.R(s, r, 4), c.R(s, r, 3), c.R(s, r, 2))
    s.add([None, 'Ghi chú: tỷ lệ toàn tỉnh tính trên tổng số TCCSĐ được đánh giá của toàn tỉnh.'])
    c.table(s, h, r, 0, 4)
    return c


@case
def h07():
    c = Case('h07-bieu7b-chat-luong-dang-vien-x-100', 'base-rows-x',
             '2012 Biểu 7B-style quality of members by loại hình: two 100,00 base rows (all members; members evaluated), '
             '"X" where a % makes no sense, column-number row "2 = 4+...+9". Clean.')
    s = c.sheet('Biểu 7B')
    s.add(['ĐÁNH GIÁ CHẤT LƯỢNG ĐẢNG VIÊN NĂM 2023'])
    s.add([None, None, None, None, None, None, None, None, 'Đvt: Người'])
    h = s.add(['CHỈ TIÊU', 'Tổng số', 'Tỷ lệ (%)', 'Chia theo các loại hình tổ chức cơ sở đảng', None, None, None, None, None])
    s.add([None, None, None, 'Xã', 'Phường, thị trấn', 'Cơ quan hành chính', 'Đơn vị sự nghiệp', 'Doanh nghiệp', 'Loại hình khác'])
    s.add(['1', '2 = 4+...+9', '3', '4', '5', '6', '7', '8', '9'])
    s.merges += [f'A{h+1}:A{h+2}', f'B{h+1}:B{h+2}', f'C{h+1}:C{h+2}', f'D{h+1}:I{h+1}']
    # per type: T, miễn, chưa, A (xs), C (ht), D (kht), hạn chế (⊂ C)
    ty = [(13850, 1120, 402, 1602, 520, 36, 118), (5239, 398, 140, 701, 190, 9, 41),
          (6102, 120, 210, 1133, 98, 4, 20), (4633, 88, 185, 802, 71, 3, 15),
          (1861, 10, 97, 240, 65, 7, 22), (1824, 42, 61, 291, 30, 2, 9)]
    cols = {k: [] for k in ('T', 'm', 'c', 'e', 'E', 'A', 'B', 'C', 'hc', 'D')}
    for T, m, ch, A, C_, D_, hc in ty:
        e = T - m - ch
        B = e - A - C_ - D_
        for k, v in zip(('T', 'm', 'c', 'e', 'E', 'A', 'B', 'C', 'hc', 'D'), (T, m, ch, e, e, A, B, C_, hc, D_)):
            cols[k].append(v)
    labels = [('T', 'Đảng viên có đến thời điểm đánh giá'), ('m', '1) Miễn đánh giá'),
              ('c', '2) Chưa được đánh giá'), ('e', '3) Đã được đánh giá'),
              ('E', 'Phân tích kết quả đảng viên đã được đánh giá'),
              ('A', 'A. Hoàn thành xuất sắc nhiệm vụ'), ('B', 'B. Hoàn thành tốt nhiệm vụ'),
              ('C', 'C. Hoàn thành nhiệm vụ'), ('hc', 'Trong đó: có mặt còn hạn chế'),
              ('D', 'D. Không hoàn thành nhiệm vụ')]
    R = {}
    for k, lab in labels:
        tot = sum(cols[k])
        R[k] = s.add([lab, tot, None] + cols[k])
        c.sum(s, 1, R[k], None, cparts=list(range(3, 9)))
    for k in ('T', 'E'):
        s.put(R[k], 2, 100.0)
    s.put(R['hc'], 2, 'X')
    for k in ('m', 'c', 'e'):
        s.put(R[k], 2, fl(pct(sum(cols[k]), sum(cols['T']))))
        c.share(s, c.R(s, R[k], 2), c.R(s, R[k], 1), c.R(s, R['T'], 1))
    for k in ('A', 'B', 'C', 'D'):
        s.put(R[k], 2, fl(pct(sum(cols[k]), sum(cols['E']))))
        c.share(s, c.R(s, R[k], 2), c.R(s, R[k], 1), c.R(s, R['E'], 1))
    c.hundred([c.R(s, R[k], 2) for k in ('m', 'c', 'e')])
    c.hundred([c.R(s, R[k], 2) for k in ('A', 'B', 'C', 'D')])
    for cc in range(1, 9):
        if cc == 2:
            continue
        c.sum(s, cc, R['T'], [R['m'], R['c'], R['e']])
        c.sum(s, cc, R['E'], [R['A'], R['B'], R['C'], R['D']])
        c.eq(c.R(s, R['E'], cc), c.R(s, R['e'], cc))
        c.le(s, cc, R['hc'], R['C'])
    c.table(s, h, R['D'], 0, 8)
    return c


MEMBERS = [3210, 2418, 2356, 2962, 3304, 4576, 2771, 2539, 4912, 2130]
MEMBERS.append(33509 - sum(MEMBERS))
WOMEN = [1205, 902, 781, 1004, 1098, 1512, 879, 803, 2311, 412, 355]
NEWM = [98, 71, 64, 92, 105, 141, 83, 79, 148, 66, 65]
DBCS = [12, 10, 13, 16, 17, 22, 14, 15, 38, 9, 5]
CBCS = [31, 24, 19, 28, 35, 46, 27, 21, 74, 12, 10]


@case
def h08():
    c = Case('h08-dang-bo-truc-thuoc-ma-don-vi', 'units-as-rows',
             'Đảng bộ trực thuộc as rows with a numeric/text unit-code column (930, 931 … KCQ); Tỷ lệ nữ stored as a '
             'fraction with a 0.00% format and based on the same row\'s total; total row last. Clean.')
    s = c.sheet('Đảng viên')
    s.add(['SỐ LƯỢNG ĐẢNG VIÊN CỦA CÁC ĐẢNG BỘ TRỰC THUỘC TỈNH ỦY (đến 31/12/2023)'])
    h = s.add(['STT', 'Mã đơn vị', 'Đơn vị', 'Tổng số đảng viên', 'Trong đó: Nữ', 'Tỷ lệ nữ (%)', 'Kết nạp năm 2023'])
    rows = []
    for i, ((code, name), m, w, k) in enumerate(zip(UNITS, MEMBERS, WOMEN, NEWM)):
        rows.append(s.add([i + 1, code, name, m, w, None, k]))
    tot = s.add([None, None, 'Toàn Đảng bộ', sum(MEMBERS), sum(WOMEN), None, sum(NEWM)])
    for r in rows + [tot]:
        fr = pct(s.value(a1(r, 4)), s.value(a1(r, 3))) / 100
        s.put(r, 5, fl(fr))
        s.cells[a1(r, 5)] = {'v': fl(fr), 'fmt': '0.00%'}
        c.share(s, c.R(s, r, 5), c.R(s, r, 4), c.R(s, r, 3))
        c.le(s, 4, r, r, cparent=3)
    for cc in (3, 4, 6):
        c.sum(s, cc, tot, rows)
    c.table(s, h, tot, 0, 6)
    return c


@case
def h09():
    c = Case('h09-bieu2-ket-nap-btctw', 'official-form',
             'Biểu 2-BTCTW (kết nạp): roman blocks I, II, III that are not parts of each other; overlapping Trong đó '
             'summing above I; occupation list with a "chia ra" DN row; Tuổi bình quân; partial chuyên môn; '
             'column-number row 4(=2*100/3), "-" where last year was 0. Clean.')
    s = c.sheet('Biểu 2')
    s.add(['TỈNH ỦY HẬU GIANG', None, None, 'Biểu số 2-BTCTW'])
    s.add(['BAN TỔ CHỨC'])
    s.add(['THỐNG KÊ ĐẢNG VIÊN MỚI KẾT NẠP NĂM 2023'])
    h = s.add(['Tiêu chí', 'Thực hiện', None, '(%) kỳ này so với cùng kỳ năm trước'])
    s.add([None, 'Kỳ này', 'Cùng kỳ năm trước', None])
    s.add(['1', '2', '3', '4(=2*100/3)'])
    s.merges += [f'A{h+1}:A{h+2}', f'B{h+1}:C{h+1}', f'D{h+1}:D{h+2}']
    occ = [('- Cán bộ, công chức cơ quan Nhà nước từ cấp huyện trở lên', 48, 52),
           ('- Cán bộ, công chức cơ quan Đảng, MTTQ, đoàn thể CT-XH từ cấp huyện trở lên', 15, 12),
           ('- Cán bộ, công chức, người hoạt động không chuyên trách ở xã, phường, thị trấn', 96, 88),
           ('- Người hoạt động không chuyên trách ở ấp, khu vực', 61, 70),
           ('- Viên chức trong đơn vị sự nghiệp công lập', 187, 175),
           ('- Người lao động trong đơn vị sự nghiệp ngoài công lập', 6, 4)]
    dn = [('+ Lãnh đạo, quản lý doanh nghiệp', 5, 4), ('+ Nhân viên, lao động gián tiếp sản xuất', 21, 17),
          ('+ Công nhân, lao động trực tiếp sản xuất', 17, 18)]
    occ2 = [('- Người làm nông, lâm, ngư nghiệp', 182, 169),
            ('- Sỹ quan, chiến sỹ Quân đội và Công an', 121, 116), ('- Sinh viên', 4, 3), ('- Học sinh', 1, 0)]
    TOT = (1012, 968)
    known = [sum(x[i] for x in occ + dn + occ2) for i in (1, 2)]
    khac = ('- Khác (lao động hợp đồng, lao động tự do…)', TOT[0] - known[0], TOT[1] - known[1])
    ages = [('- Từ 18 đến 30 tuổi', 602, 571), ('- Từ 31 đến 35 tuổi', 188, 176), ('- Từ 36 đến 40 tuổi', 112, 109),
            ('- Từ 41 đến 45 tuổi', 61, 58), ('- Từ 46 đến 50 tuổi', 31, 35), ('- Từ 51 đến 55 tuổi', 12, 13),
            ('- Từ 56 đến 60 tuổi', 5, 4)]
    ages.append(('- Trên 60 tuổi', TOT[0] - sum(x[1] for x in ages), TOT[1] - sum(x[2] for x in ages)))
    edu = [('- Biết đọc, biết viết chữ quốc ngữ', 0, 0), ('- Tiểu học', 3, 5), ('- Trung học cơ sở', 97, 110)]
    edu.append(('- Trung học phổ thông', TOT[0] - 100, TOT[1] - 115))
    cm = [('- Công nhân kỹ thuật, nhân viên nghiệp vụ, sơ cấp', 61, 58), ('- Trung cấp', 148, 160),
          ('- Cao đẳng', 103, 97), ('- Đại học', 418, 376), ('- Thạc sỹ', 22, 19), ('- Tiến sỹ', 1, 0)]
    items = [('I', None, 'I. Tổng số đảng viên mới kết nạp', TOT[1], TOT[0]),
             ('nu', None, '- Nữ', 401, 436), ('dt', None, '- Dân tộc thiểu số', 18, 21),
             ('tg', None, '- Người theo tôn giáo', 15, 12), ('dv', None, '- Đoàn viên Đoàn TNCS Hồ Chí Minh', 771, 802),
             ('cdn', None, '- Chủ doanh nghiệp tư nhân', 1, 2), ('kl', None, '- Kết nạp lại', 2, 3),
             ('II', None, 'II. Phân tích đảng viên mới kết nạp', None, None),
             ('o', None, '1. Nghề nghiệp', None, None)]
    items += [(f'o{i}', None, x[0], x[2], x[1]) for i, x in enumerate(occ)]
    items += [('dn', None, '- Lãnh đạo, quản lý và lao động trong các doanh nghiệp, chia ra:',
               sum(x[2] for x in dn), sum(x[1] for x in dn))]
    items += [(f'd{i}', None, x[0], x[2], x[1]) for i, x in enumerate(dn)]
    items += [(f'p{i}', None, x[0], x[2], x[1]) for i, x in enumerate(occ2 + [khac])]
    items += [('a', None, '2. Tuổi đời', None, None)] + [(f'a{i}', None, x[0], x[2], x[1]) for i, x in enumerate(ages)]
    items += [('tbq', None, 'Tuổi bình quân', None, None)]
    items += [('e', None, '3. Trình độ giáo dục phổ thông', None, None)] + \
             [(f'e{i}', None, x[0], x[2], x[1]) for i, x in enumerate(edu)]
    items += [('m', None, '4. Trình độ chuyên môn nghiệp vụ', None, None)] + \
             [(f'm{i}', None, x[0], x[2], x[1]) for i, x in enumerate(cm)]
    items += [('III', None, 'III. Số tổ chức cơ sở đảng có đến cuối kỳ báo cáo', None, None),
              ('db', None, '1. Đảng bộ cơ sở', 167, 171), ('dbk', None, 'Trong đó: + Có kết nạp đảng viên', 150, 158),
              ('dbq', None, '+ Không còn quần chúng', 3, 2), ('cb', None, '2. Chi bộ cơ sở', 358, 327),
              ('cbk', None, 'Trong đó: + Có kết nạp đảng viên', 262, 241), ('cbq', None, '+ Không còn quần chúng', 11, 9)]
    R = period_rows(c, s, items, cp=2, cc=1, cr=3, lab=0, stt=None)
    r = R['tbq']
    s.put(r, 1, 29.4); s.put(r, 2, 29.8); s.put(r, 3, fl(pct(D('29.4'), D('29.8'))))
    c.ratio(s, c.R(s, r, 3), c.R(s, r, 1), c.R(s, r, 2))
    s.add(['Hậu Giang, ngày 08 tháng 01 năm 2024'])
    s.add(['NGƯỜI LẬP BIỂU', None, 'TRƯỞNG BAN'])
    occ_rows = [R[f'o{i}'] for i in range(len(occ))] + [R['dn']] + [R[f'p{i}'] for i in range(len(occ2) + 1)]
    for cc in (1, 2):
        for k in ('nu', 'dt', 'tg', 'dv', 'cdn', 'kl'):
            c.le(s, cc, R[k], R['I'])
        c.sum(s, cc, R['I'], occ_rows)
        c.sum(s, cc, R['dn'], [R[f'd{i}'] for i in range(3)])
        c.sum(s, cc, R['I'], [R[f'a{i}'] for i in range(8)])
        c.sum(s, cc, R['I'], [R[f'e{i}'] for i in range(4)])
        for p, ch in (('db', ('dbk', 'dbq')), ('cb', ('cbk', 'cbq'))):
            for k in ch:
                c.le(s, cc, R[k], R[p])
    c.table(s, h, R['cbq'], 0, 3)
    return c


@case
def h10():
    c = Case('h10-tong-hop-va-chi-tiet-hai-sheet', 'cross-sheet',
             'A summary sheet repeats the totals of a detail sheet whose row and column totals are =SUM / =C+D formulas '
             'with cached values; every repeated quantity agrees. Clean.')
    s2 = c.sheet('Tổng hợp')
    s = c.sheet('Chi tiết')
    s.add(['TỔ CHỨC CƠ SỞ ĐẢNG VÀ ĐẢNG VIÊN CÁC ĐẢNG BỘ TRỰC THUỘC'])
    s.add([None, None, None, None, None, None, 'Đến 31/12/2023'])
    h = s.add(['STT', 'Đơn vị', 'Đảng bộ cơ sở', 'Chi bộ cơ sở', 'Tổng số TCCSĐ', 'Tổng số đảng viên', 'Kết nạp mới'])
    rows = []
    for i, ((code, name), a, b, m, k) in enumerate(zip(UNITS, DBCS, CBCS, MEMBERS, NEWM)):
        r = s.add([i + 1, name, a, b, a + b, m, k])
        s.cells[a1(r, 4)] = {'v': a + b, 'formula': f'C{r+1}+D{r+1}'}
        rows.append(r)
    tot = s.add([None, 'Cộng'])
    for cc in (2, 3, 4, 5, 6):
        v = sum(s.value(a1(r, cc)) for r in rows)
        s.put(tot, cc, int(v))
        s.cells[a1(tot, cc)] = {'v': int(v), 'formula': f'SUM({col(cc)}{rows[0]+1}:{col(cc)}{rows[-1]+1})'}
        c.sum(s, cc, tot, rows)
    for r in rows + [tot]:
        c.sum(s, 4, r, None, cparts=[2, 3])
    c.table(s, h, tot, 0, 6)
    # summary sheet
    s2.add(['MỘT SỐ CHỈ TIÊU CHỦ YẾU VỀ TỔ CHỨC ĐẢNG, ĐẢNG VIÊN NĂM 2023'])
    h2 = s2.add(['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Số lượng'])
    spec = [('1', 'Tổng số tổ chức cơ sở đảng', 'tổ chức', 4), ('-', 'Trong đó: Đảng bộ cơ sở', 'tổ chức', 2),
            ('-', 'Chi bộ cơ sở', 'tổ chức', 3), ('2', 'Tổng số đảng viên', 'người', 5),
            ('3', 'Đảng viên kết nạp mới trong năm', 'người', 6)]
    sr = []
    for st, lab, unit, cc in spec:
        r = s2.add([st, lab, unit, s.value(a1(tot, cc)) and int(s.value(a1(tot, cc)))])
        sr.append(r)
        c.eq(c.R(s2, r, 3), c.R(s, tot, cc))
    c.sum(s2, 3, sr[0], [sr[1], sr[2]])
    s2.add([None, '(Chi tiết theo từng đảng bộ trực thuộc tại sheet "Chi tiết")'])
    c.table(s2, h2, sr[-1], 0, 3)
    return c


@case
def h11():
    c = Case('h11-ket-nap-theo-nam-2018-2023', 'years-as-rows',
             'Members admitted per year, years 2018-2023 down the rows as numbers (a label column, not data), a '
             '"Cộng" row and a "Bình quân/năm" average row under it that is not a sum; shares of the row total. Clean.')
    s = c.sheet('Kết nạp')
    s.add(['KẾT QUẢ KẾT NẠP ĐẢNG VIÊN GIAI ĐOẠN 2018 - 2023'])
    s.add([None, None, None, None, None, 'Đơn vị tính: người, %'])
    h = s.add(['Năm', 'Số đảng viên kết nạp', 'Trong đó: Nữ', 'Tỷ lệ (%)', 'Đoàn viên Đoàn TNCS Hồ Chí Minh', 'Tỷ lệ (%)'])
    kn = [872, 904, 861, 798, 835]; kn.append(5181 - sum(kn))
    nu = [371, 402, 369, 344, 377, 418]
    dv = [690, 721, 672, 611, 655, 720]
    rows = []
    for y, a, b, d in zip(range(2018, 2024), kn, nu, dv):
        rows.append(s.add([y, a, b, None, d, None]))
    tot = s.add(['Cộng', sum(kn), sum(nu), None, sum(dv), None])
    for r in rows + [tot]:
        for cn, cp in ((2, 3), (4, 5)):
            s.put(r, cp, fl(pct(s.value(a1(r, cn)), s.value(a1(r, 1)))))
            c.share(s, c.R(s, r, cp), c.R(s, r, cn), c.R(s, r, 1))
    for cc in (1, 2, 4):
        c.sum(s, cc, tot, rows)
    avg = s.add(['Bình quân/năm', fl(q(D(sum(kn)) / 6, 1)), fl(q(D(sum(nu)) / 6, 1)), None, fl(q(D(sum(dv)) / 6, 1)), None])
    c.table(s, h, avg, 0, 5)
    return c


# ================================================================= CASES WITH PLANTED ERRORS (h12-h29)
@case
def h12():
    c = Case('h12-co-cau-trinh-do-khong-stt', 'no-stt',
             'Member profile without an STT column: group label rows with no figures, dash rows, shares of the '
             'total 33.509 also for partial blocks (chuyên môn, LLCT). Digit typo, one share on the block base, one truncation.')
    s = c.sheet('Sheet1')
    s.add(['CƠ CẤU ĐỘI NGŨ ĐẢNG VIÊN ĐẾN NGÀY 30/6/2023'])
    s.add([None, None, 'Đơn vị tính: người, %'])
    h = s.add(['Nội dung', 'Số lượng', 'Tỷ lệ (%)'])
    T = 33509
    tot = s.add(['Tổng số đảng viên', T, 100.0])
    blocks = [('Trình độ giáo dục phổ thông', [('- Tiểu học', 425), ('- Trung học cơ sở', 4178),
                                               ('- Trung học phổ thông', T - 425 - 4178)]),
              ('Trình độ chuyên môn, nghiệp vụ', [('- Công nhân kỹ thuật, nhân viên nghiệp vụ, sơ cấp', 1540),
                                                  ('- Trung cấp', 4737), ('- Cao đẳng', 3331), ('- Đại học', 15795),
                                                  ('- Sau đại học', 1234)]),
              ('Trình độ lý luận chính trị', [('- Sơ cấp', 12580), ('- Trung cấp', 9172), ('- Cao cấp, cử nhân', 4511)])]
    R = []
    for title, rows in blocks:
        s.add([title])
        rr = []
        for lab, n in rows:
            r = s.add([lab, n, fl(pct(n, T))])
            c.share(s, c.R(s, r, 2), c.R(s, r, 1), c.R(s, tot, 1))
            rr.append(r)
        R.append(rr)
    c.sum(s, 1, tot, R[0])
    s.add(['Nguồn: Ban Tổ chức Tỉnh ủy, số liệu thống kê đến 30/6/2023'])
    c.table(s, h, R[2][-1], 0, 2)
    c.freeze()
    r = R[0][1]
    new = digit_typo(4178, 2)
    c.plant(s, a1(r, 1), new, 'digit',
            f'{vi_int(new)} typed for 4.178: phổ thông rows no longer add up to 33.509 and the share 12,47 no longer matches')
    r = R[2][1]
    wrong = pct(9172, sum(n for _, n in blocks[2][1]))
    c.plant(s, a1(r, 2), fl(wrong), 'base',
            f'9.172 / 26.263 (sum of LLCT rows) = {vi_dec(wrong)}; every other row is of the total 33.509 → 27,37')
    ref, x = first_trunc(c, [c.R(s, r, 2) for r in R[1]])
    c.warn(s, ref[1], fl(qt(x)), 'truncation', f'{vi_dec(x, 4)} written {vi_dec(qt(x))}, should round to {vi_dec(q(x))}')
    return c


@case
def h13():
    c = Case('h13-tccsd-toan-tinh-dong-dau', 'total-first-unnumbered',
             'Base organisations per đảng bộ trực thuộc, the unnumbered "Toàn tỉnh" total row first, columns '
             'Tổng số = Đảng bộ cơ sở + Chi bộ cơ sở and a share of the provincial total. One transposition, one truncation.')
    s = c.sheet('TCCSĐ')
    s.add(['SỐ LƯỢNG TỔ CHỨC CƠ SỞ ĐẢNG THEO ĐẢNG BỘ TRỰC THUỘC (đến 31/12/2023)'])
    s.add([None, None, None, None, None, 'Đơn vị tính: tổ chức'])
    h = s.add(['STT', 'Đảng bộ trực thuộc', 'Tổng số TCCSĐ', 'Đảng bộ cơ sở', 'Chi bộ cơ sở', 'Tỷ lệ so với toàn tỉnh (%)'])
    T = sum(DBCS) + sum(CBCS)
    tot = s.add([None, 'Toàn tỉnh', T, sum(DBCS), sum(CBCS), 100.0])
    rows = []
    for i, ((_, name), a, b) in enumerate(zip(UNITS, DBCS, CBCS)):
        r = s.add([f'{i+1:02d}', name, a + b, a, b, fl(pct(a + b, T))])
        c.share(s, c.R(s, r, 5), c.R(s, r, 2), c.R(s, tot, 2))
        rows.append(r)
    for r in [tot] + rows:
        c.sum(s, 2, r, None, cparts=[3, 4])
    for cc in (2, 3, 4):
        c.sum(s, cc, tot, rows)
    c.table(s, h, rows[-1], 0, 5)
    c.freeze()
    r = rows[5]
    new = transpose(CBCS[5], 0)
    c.plant(s, a1(r, 4), new, 'transposition',
            f'{new} typed for {CBCS[5]} (Phụng Hiệp): row total 22 + {new} ≠ {DBCS[5]+CBCS[5]} and column total ≠ {sum(CBCS)}')
    ref, x = first_trunc(c, [c.R(s, r, 5) for r in rows])
    c.warn(s, ref[1], fl(qt(x)), 'truncation', f'{vi_dec(x, 4)} written {vi_dec(qt(x))}')
    return c


@case
def h14():
    c = Case('h14-chi-bo-dang-vien-tong-cong-cuoi', 'total-last',
             'District: đảng bộ xã/thị trấn as rows, "Tổng cộng" at the bottom, share of members in the district and '
             'share of women in the row. The members total is last year\'s figure; two nữ cells swapped.')
    s = c.sheet('Sheet1')
    s.add(['HUYỆN ỦY PHỤNG HIỆP'])
    s.add(['SỐ LƯỢNG CHI BỘ, ĐẢNG VIÊN CÁC ĐẢNG BỘ XÃ, THỊ TRẤN NĂM 2023'])
    s.add([None, None, None, None, None, None, 'Đơn vị tính: chi bộ, người'])
    h = s.add(['STT', 'Đơn vị', 'Số chi bộ', 'Số đảng viên', 'Tỷ lệ (%)', 'Trong đó: Nữ', 'Tỷ lệ nữ (%)'])
    data = [('Thị trấn Cây Dương', 14, 498, 176), ('Thị trấn Kinh Cùng', 12, 402, 141), ('Thị trấn Búng Tàu', 11, 331, 118),
            ('Xã Hòa An', 13, 356, 109), ('Xã Hòa Mỹ', 12, 298, 94), ('Xã Phụng Hiệp', 11, 287, 88),
            ('Xã Tân Bình', 10, 264, 82), ('Xã Bình Thành', 10, 251, 77), ('Xã Thạnh Hòa', 12, 309, 96),
            ('Xã Long Thạnh', 11, 275, 90), ('Xã Tân Long', 9, 233, 69), ('Xã Phương Bình', 10, 248, 73),
            ('Xã Hiệp Hưng', 12, 296, 92), ('Xã Tân Phước Hưng', 11, 281, 85), ('Xã Phương Phú', 10, 247, 74)]
    T = sum(x[2] for x in data)
    rows = [s.add([i + 1, n, cb, m, fl(pct(m, T)), w, fl(pct(w, m))]) for i, (n, cb, m, w) in enumerate(data)]
    W = sum(x[3] for x in data)
    tot = s.add([None, 'Tổng cộng', sum(x[1] for x in data), T, 100.0, W, fl(pct(W, T))])
    for r in rows + [tot]:
        c.share(s, c.R(s, r, 6), c.R(s, r, 5), c.R(s, r, 3))
        c.le(s, 5, r, r, cparent=3)
    for r in rows:
        c.share(s, c.R(s, r, 4), c.R(s, r, 3), c.R(s, tot, 3))
    for cc in (2, 3, 5):
        c.sum(s, cc, tot, rows)
    c.table(s, h, tot, 0, 6)
    c.freeze()
    c.plant(s, a1(tot, 3), 4438, 'other',
            f'4.438 (last year\'s total) left in the Tổng cộng cell: the rows add up to {vi_int(T)} and the shares are of {vi_int(T)}')
    c.swap(s, a1(rows[0], 5), a1(rows[1], 5),
           'nữ of Cây Dương (176) and Kinh Cùng (141) swapped: both rows\' Tỷ lệ nữ no longer match, the column total still does')
    return c


@case
def h15():
    c = Case('h15-xep-loai-theo-nam', 'years-as-rows',
             'Ratings of base organisations, years down the rows; tốt + hoàn thành + không hoàn thành = 100 %, xuất sắc '
             'inside tốt with its share of the tốt column (as in the district draft). One share on the wrong base, two truncations.')
    s = c.sheet('Xếp loại')
    s.add(['KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG GIAI ĐOẠN 2019 - 2023'])
    h = s.add(['Năm', 'Số TCCSĐ được đánh giá', 'Hoàn thành tốt nhiệm vụ trở lên', None, 'Trong đó: Hoàn thành xuất sắc nhiệm vụ', None,
               'Hoàn thành nhiệm vụ', None, 'Không hoàn thành nhiệm vụ', None])
    s.add([None, None, 'Số lượng', 'Tỷ lệ (%)', 'Số lượng', 'Tỷ lệ (%) (*)', 'Số lượng', 'Tỷ lệ (%)', 'Số lượng', 'Tỷ lệ (%)'])
    s.merges += [f'A{h+1}:A{h+2}', f'B{h+1}:B{h+2}', f'C{h+1}:D{h+1}', f'E{h+1}:F{h+1}', f'G{h+1}:H{h+1}', f'I{h+1}:J{h+1}']
    data = {2019: (64, 60, 12, 3, 1), 2020: (61, 58, 11, 2, 1), 2021: (60, 56, 11, 4, 0),
            2022: (59, 54, 10, 3, 2), 2023: (57, 56, 11, 1, 0)}
    R = {}
    for y, (t, tot, xs, ht, kh) in data.items():
        r = s.add([y, t, tot, fl(pct(tot, t)), xs, fl(pct(xs, tot)), ht, fl(pct(ht, t)), kh, fl(pct(kh, t))])
        R[y] = r
        c.sum(s, 1, r, None, cparts=[2, 6, 8])
        c.le(s, 4, r, r, cparent=2)
        for cp, cn, cb in ((3, 2, 1), (5, 4, 2), (7, 6, 1), (9, 8, 1)):
            c.share(s, c.R(s, r, cp), c.R(s, r, cn), c.R(s, r, cb))
        c.hundred([c.R(s, r, 3), c.R(s, r, 7), c.R(s, r, 9)])
    s.add(['(*) Tỷ lệ so với số TCCSĐ hoàn thành tốt nhiệm vụ trở lên.'])
    c.table(s, h, R[2023], 0, 9)
    c.freeze()
    wrong = pct(11, 60)
    c.plant(s, a1(R[2021], 5), fl(wrong), 'base',
            f'11/60 (all evaluated) = {vi_dec(wrong)}; the column is of the tốt count: 11/56 = {vi_dec(pct(11, 56))}')
    for ref in (c.R(s, R[2020], 5), c.R(s, R[2020], 7)):
        x = [f for cc, f in c.warn_checks if cc == ref][0]()
        c.warn(s, ref[1], fl(qt(x)), 'truncation', f'{vi_dec(x, 4)} written {vi_dec(qt(x))} (as in the district draft)')
    return c


@case
def h16():
    c = Case('h16-co-cau-do-tuoi-phan-tram', 'percent-only',
             'Đơn vị tính: %: age structure of members in two years (shares of a whole, Cộng 100,00) and the change '
             'in points. One sign flip in the change column, one digit typo in a share.')
    s = c.sheet('Độ tuổi')
    s.add(['CƠ CẤU ĐẢNG VIÊN THEO ĐỘ TUỔI'])
    s.add([None, None, None, None, 'Đơn vị tính: %'])
    h = s.add(['STT', 'Độ tuổi', 'Năm 2020', 'Năm 2023', 'Tăng (+), giảm (-)'])
    n20 = [814, 1608, 999, 740, 411]
    n23 = [477, 1467, 1176, 889, 800]
    bands = ['Từ 18 đến 30 tuổi', 'Từ 31 đến 40 tuổi', 'Từ 41 đến 50 tuổi', 'Từ 51 đến 60 tuổi', 'Từ 61 tuổi trở lên']
    rows = []
    for i, (b, a, d) in enumerate(zip(bands, n20, n23)):
        p, cu = pct(a, sum(n20)), pct(d, sum(n23))
        r = s.add([i + 1, b, fl(p), fl(cu), fl(cu - p)])
        c.diff(s, c.R(s, r, 4), c.R(s, r, 3), c.R(s, r, 2))
        rows.append(r)
    tot = s.add([None, 'Cộng', 100.0, 100.0, 0.0])
    for cc in (2, 3):
        c.hundred([c.R(s, r, cc) for r in rows])
    c.table(s, h, tot, 0, 4)
    c.freeze()
    r = rows[1]
    v = s.value(a1(r, 4))
    c.plant(s, a1(r, 4), fl(-v), 'sign',
            f'{vi_dec(-v)} typed for {vi_dec(v)}: 30,51 - 35,17 is a fall (giảm)')
    r = rows[2]
    v = s.value(a1(r, 3))
    new = v + D('0.3')
    assert sum(a != b for a, b in zip(str(v), str(new))) == 1
    c.plant(s, a1(r, 3), fl(new), 'digit',
            f'{vi_dec(new)} typed for {vi_dec(v)}: the 2023 column sums to {vi_dec(sum(s.value(a1(x, 3)) for x in rows) - v + new)} '
            f'and the change {vi_dec(s.value(a1(r, 4)))} no longer matches')
    return c


@case
def h17():
    c = Case('h17-dang-vien-chia-ra-trong-do-header-3-dong', 'multi-row-header-merged',
             'Three header rows with merges (Chia ra: chính thức / dự bị; Trong đó: nữ / DTTS / tôn giáo) and a '
             'column-number row "(3)=(4)+(5)"; total row last. One digit typo, one transposition.')
    s = c.sheet('Biểu ĐV')
    s.add(['TỔNG HỢP SỐ LƯỢNG ĐẢNG VIÊN CÁC ĐẢNG BỘ TRỰC THUỘC'])
    s.add(['(Có đến ngày 31/12/2023)'])
    s.add([None, None, None, None, None, None, None, 'Đơn vị tính: người'])
    h = s.add(['STT', 'Đơn vị', 'Tổng số đảng viên', 'Chia ra', None, 'Trong đó', None, None])
    s.add([None, None, None, 'Đảng viên chính thức', 'Đảng viên dự bị', 'Nữ', 'Dân tộc thiểu số', 'Người theo tôn giáo'])
    s.add(['(1)', '(2)', '(3)=(4)+(5)', '(4)', '(5)', '(6)', '(7)', '(8)'])
    s.merges += [f'A{h+1}:A{h+2}', f'B{h+1}:B{h+2}', f'C{h+1}:C{h+2}', f'D{h+1}:E{h+1}', f'F{h+1}:H{h+1}']
    dubi = [118, 92, 87, 121, 136, 188, 104, 99, 201, 131, 135]
    dtts = [41, 52, 38, 22, 17, 96, 14, 188, 121, 37, 28]
    tg = [36, 25, 47, 61, 55, 88, 39, 72, 70, 23, 23]
    rows = []
    for i, ((_, name), m, d, w, e, t) in enumerate(zip(UNITS, MEMBERS, dubi, WOMEN, dtts, tg)):
        rows.append(s.add([i + 1, name, m, m - d, d, w, e, t]))
    tot = s.add([None, 'Toàn Đảng bộ', sum(MEMBERS), sum(MEMBERS) - sum(dubi), sum(dubi), sum(WOMEN), sum(dtts), sum(tg)])
    for r in rows + [tot]:
        c.sum(s, 2, r, None, cparts=[3, 4])
        for cc in (5, 6, 7):
            c.le(s, cc, r, r, cparent=2)
    for cc in range(2, 8):
        c.sum(s, cc, tot, rows)
    c.table(s, h, tot, 0, 7)
    c.freeze()
    r = rows[6]
    v = int(s.value(a1(r, 3)))
    new = digit_typo(v, 2, 9)
    c.plant(s, a1(r, 3), new, 'digit',
            f'{vi_int(new)} typed for {vi_int(v)} (Vị Thủy): (3)=(4)+(5) fails in the row and column (4) no longer adds up')
    r = rows[4]
    new = transpose(136, 0)
    c.plant(s, a1(r, 4), new, 'transposition',
            f'{new} typed for 136 (Châu Thành A): the row and column (5) both fail')
    return c


@case
def h18():
    c = Case('h18-chi-tieu-dang-vien-so-dang-text', 'text-numbers',
             'Every figure typed as vi-VN text ("33.509", "+313", "100,94"); STT | Chỉ tiêu | two years | Tăng, giảm | '
             'So sánh (%), a "gồm" block. One transposed difference, one truncated ratio.')
    s = c.sheet('Sheet1')
    s.add(['MỘT SỐ CHỈ TIÊU VỀ CÔNG TÁC ĐẢNG VIÊN NĂM 2023'])
    s.add([None, None, None, None, None, 'Đơn vị tính: người, tổ chức'])
    h = s.add(['STT', 'Chỉ tiêu', 'Năm 2022', 'Năm 2023', 'Tăng (+), giảm (-)', 'So sánh (%)'])
    items = [('dv', '1', 'Tổng số đảng viên', 33196, 33509),
             ('kn', '2', 'Đảng viên kết nạp mới', 968, 1012),
             ('ra', '3', 'Đảng viên ra khỏi Đảng, gồm:', 21 + 243 + 17, 17 + 229 + 16),
             ('kt', '-', 'Khai trừ', 21, 17), ('xt', '-', 'Xóa tên', 243, 229), ('xr', '-', 'Xin ra khỏi Đảng', 17, 16),
             ('tt', '4', 'Đảng viên từ trần', 412, 436),
             ('hh', '5', 'Đảng viên được tặng Huy hiệu Đảng', 845, 912),
             ('tc', '6', 'Tổ chức cơ sở đảng', 505, 498)]
    R = period_rows(c, s, items, 2, 3, 4, 5, text=True)
    for cc in (2, 3):
        c.sum(s, cc, R['ra'], [R['kt'], R['xt'], R['xr']])
    c.table(s, h, R['tc'], 0, 5)
    c.freeze()
    new = transpose(67, 0)
    c.plant(s, a1(R['hh'], 4), vi_int(new, plus=True), 'transposition',
            f'"+{new}" typed for +67: 912 - 845 = 67')
    ref, x = first_trunc(c, [c.R(s, R[k], 5) for k in ('dv', 'kn', 'ra', 'tt', 'tc', 'kt', 'xt', 'xr')])
    c.warn(s, ref[1], vi_dec(qt(x)), 'truncation', f'{vi_dec(x, 4)} written {vi_dec(qt(x))}')
    return c


@case
def h19():
    c = Case('h19-hai-bieu-mot-sheet', 'several-tables-per-sheet',
             'Two tables on one sheet, each with its own title: organisations 2020 vs 2023 with Tăng/giảm, and the '
             'age / education profile of members admitted in 2023 with shares. A stale total in the first, a digit typo in the second.')
    s = c.sheet('Biểu 1-2')
    s.add(['Biểu 1. SỐ LƯỢNG TỔ CHỨC ĐẢNG'])
    h1 = s.add(['STT', 'Nội dung', 'Năm 2020', 'Năm 2023', 'Tăng (+), giảm (-)'])
    R = period_rows(c, s, [('t', '1', 'Tổng số tổ chức cơ sở đảng, gồm:', 525, 498),
                           ('a', '-', 'Đảng bộ cơ sở', 167, 171), ('b', '-', 'Chi bộ cơ sở', 358, 327),
                           ('cb', '2', 'Chi bộ trực thuộc đảng ủy cơ sở', 1703, 1523)], 2, 3, 4)
    for cc in (2, 3):
        c.sum(s, cc, R['t'], [R['a'], R['b']])
    c.table(s, h1, R['cb'], 0, 4)
    s.add([]); s.add([])
    s.add(['Biểu 2. PHÂN TÍCH ĐẢNG VIÊN MỚI KẾT NẠP NĂM 2023'])
    s.add([None, None, None, 'Đơn vị tính: người, %'])
    h2 = s.add(['STT', 'Nội dung', 'Số lượng', 'Tỷ lệ (%)'])
    T = 1012
    tot = s.add([None, 'Tổng số đảng viên mới kết nạp', T, 100.0])
    blocks = [('I', 'Chia theo độ tuổi', [('Từ 18 đến 30 tuổi', 602), ('Từ 31 đến 40 tuổi', 312),
                                           ('Từ 41 đến 50 tuổi', 80), ('Trên 50 tuổi', 18)]),
              ('II', 'Chia theo trình độ giáo dục phổ thông', [('Tiểu học', 3), ('Trung học cơ sở', 97),
                                                                ('Trung học phổ thông', 912)])]
    B = []
    for st, lab, rows in blocks:
        s.add([st, lab])
        rr = []
        for i, (l2, n) in enumerate(rows):
            r = s.add([i + 1, l2, n, fl(pct(n, T))])
            c.share(s, c.R(s, r, 3), c.R(s, r, 2), c.R(s, tot, 2))
            rr.append(r)
        c.sum(s, 2, tot, rr)
        B.append(rr)
    c.table(s, h2, B[1][-1], 0, 3)
    c.freeze()
    c.plant(s, a1(R['t'], 3), 505, 'other',
            '505 (the 2022 figure) left in the 2023 total: 171 + 327 = 498 and the change -27 is 498 - 525')
    r = B[0][1]
    new = digit_typo(312, 1, 4)
    c.plant(s, a1(r, 2), new, 'digit', f'{new} typed for 312: age bands sum to {T - 312 + new}, share 30,83 = 312/1.012')
    return c


@case
def h20():
    c = Case('h20-trinh-do-dang-vien-van-ban-xung-quanh', 'text-around',
             'A district table between report paragraphs, with a Ghi chú column; partial blocks with subtotal rows, '
             'all shares of the 4.809 total. One share on the block base, one share typed without decimals.')
    s = c.sheet('Báo cáo')
    s.add(['2. Về chất lượng đội ngũ đảng viên'])
    s.add(['Tính đến ngày 31/12/2023, Đảng bộ huyện có 4.809 đảng viên, trình độ mọi mặt của đội ngũ đảng viên từng '
           'bước được nâng lên, số đảng viên có trình độ đại học trở lên ngày càng tăng; cụ thể như sau:'])
    s.merges.append('A2:E2')
    s.add([None, None, None, None, 'Đơn vị tính: người, %'])
    h = s.add(['STT', 'Nội dung', 'Số lượng', 'Tỷ lệ (%)', 'Ghi chú'])
    T = 4809
    tot = s.add([None, 'Tổng số đảng viên', T, 100.0, 'Đến 31/12/2023'])
    blocks = [('I', 'Trình độ giáo dục phổ thông', False, [('Tiểu học', 239), ('Trung học cơ sở', 1080), ('Trung học phổ thông', 3490)]),
              ('II', 'Trình độ chuyên môn', True, [('Sơ cấp', 36), ('Trung cấp', 415), ('Cao đẳng', 339), ('Đại học', 2201), ('Thạc sỹ', 69)]),
              ('III', 'Trình độ lý luận chính trị', True, [('Sơ cấp', 2444), ('Trung cấp', 1133), ('Cao cấp, cử nhân', 188)])]
    B = []
    for st, lab, sub, rows in blocks:
        n = sum(x[1] for x in rows)
        hr = s.add([st, lab, n if sub else None, fl(pct(n, T)) if sub else None,
                    'Số còn lại chưa qua đào tạo' if st == 'II' else None])
        if sub:
            c.share(s, c.R(s, hr, 3), c.R(s, hr, 2), c.R(s, tot, 2))
        rr = []
        for i, (l2, v) in enumerate(rows):
            r = s.add([i + 1, l2, v, fl(pct(v, T))])
            c.share(s, c.R(s, r, 3), c.R(s, r, 2), c.R(s, tot, 2))
            rr.append(r)
        c.sum(s, 2, hr if sub else tot, rr)
        B.append((hr, rr))
    s.add([None, 'Nguồn: Ban Tổ chức Huyện ủy'])
    s.add(['Nhìn chung, trình độ học vấn, chuyên môn, lý luận chính trị của đội ngũ đảng viên cơ bản đáp ứng yêu cầu '
           'nhiệm vụ; tuy nhiên tỷ lệ đảng viên có trình độ cao cấp lý luận chính trị còn thấp.'])
    s.merges.append(f'A{len(s.rows)}:E{len(s.rows)}')
    c.table(s, h, B[2][1][-1], 0, 4)
    c.freeze()
    r = B[2][1][2]
    wrong = pct(188, sum(x[1] for x in blocks[2][3]))
    c.plant(s, a1(r, 3), fl(wrong), 'base',
            f'188 / 3.765 (the LLCT subtotal) = {vi_dec(wrong)}; the column is of 4.809 → {vi_dec(pct(188, T))}')
    ref, x = first_prec(c, [c.R(s, r, 3) for r in B[1][1]][1:])
    c.warn(s, ref[1], int(q(x, 0)), 'precision', f'{vi_dec(x, 4)} typed as {int(q(x, 0))} in a column of 2-decimal shares; {vi_dec(q(x))}')
    return c


@case
def h21():
    c = Case('h21-bieu7-nghiep-vu-dang-vien', 'roman-blocks',
             'Biểu 7-style roman blocks I-IV (khen thưởng, huy hiệu, thẻ đảng, chuyển sinh hoạt), each with its own '
             'total or none; "chia ra" rows sum to their parent; IV.3 items independent. A transposed badge count and '
             'a parent row holding last year\'s figure.')
    s = c.sheet('Biểu 7')
    s.add(['THỐNG KÊ VỀ NGHIỆP VỤ CÔNG TÁC ĐẢNG VIÊN NĂM 2023'])
    s.add([None, None, None, None, 'Đvt: Người'])
    h = s.add(['STT', 'Nội dung', 'Năm 2023', 'Năm 2022', 'So sánh (%)'])
    kt1 = [('- Tặng cờ', 4, 3), ('- Bằng khen', 38, 41), ('- Giấy khen', 112, 105)]
    kt2 = [('- Bằng khen', 251, 236), ('- Giấy khen', 1846, 1902)]
    hh = [('30 năm', 452, 418), ('40 năm', 138, 121), ('45 năm', 110, 102), ('50 năm', 97, 95), ('55 năm', 41, 38),
          ('60 năm', 12, 14), ('65 năm', 6, 5), ('70 năm', 3, 2), ('75 năm', 1, 0)]
    th = [('Phát thẻ cho đảng viên chính thức', 1184, 1120), ('Cấp lại do mất', 14, 9), ('Đổi lại do hỏng', 22, 31)]
    iv1 = [('- Giới thiệu chuyển đi', 326, 301), ('- Tiếp nhận chuyển đến', 288, 288)]
    iv2 = [('- Giới thiệu chuyển đi', 415, 398), ('- Tiếp nhận chuyển đến', 402, 377)]
    iv3 = [('- Chuyển đến chưa đúng quy định', 2, 3), ('- Giới thiệu đi chưa đúng quy định', 1, 1), ('- Phát hiện giả mạo', 0, 0)]
    S = lambda L, i: sum(x[i] for x in L)
    items = [('I', 'I', 'Khen thưởng tổ chức đảng và đảng viên trong năm', None, None),
             ('k1', '1', 'Số tổ chức cơ sở đảng được khen thưởng, chia ra:', S(kt1, 2), S(kt1, 1))] + \
            [(f'k1{i}', None, x[0], x[2], x[1]) for i, x in enumerate(kt1)] + \
            [('k2', '2', 'Số đảng viên được khen thưởng, chia ra:', S(kt2, 2), S(kt2, 1))] + \
            [(f'k2{i}', None, x[0], x[2], x[1]) for i, x in enumerate(kt2)] + \
            [('II', 'II', 'Tặng Huy hiệu Đảng trong năm', S(hh, 2), S(hh, 1))] + \
            [(f'h{i}', str(i + 1), 'Huy hiệu ' + x[0] + ' tuổi Đảng', x[2], x[1]) for i, x in enumerate(hh)] + \
            [('III', 'III', 'Phát thẻ đảng viên trong năm', S(th, 2), S(th, 1))] + \
            [(f't{i}', str(i + 1), x[0], x[2], x[1]) for i, x in enumerate(th)] + \
            [('IV', 'IV', 'Giới thiệu sinh hoạt đảng trong năm', None, None),
             ('v1', '1', 'Số lượt chuyển sinh hoạt đảng tạm thời', S(iv1, 2), S(iv1, 1))] + \
            [(f'v1{i}', None, x[0], x[2], x[1]) for i, x in enumerate(iv1)] + \
            [('v2', '2', 'Số lượt chuyển sinh hoạt đảng chính thức', S(iv2, 2), S(iv2, 1))] + \
            [(f'v2{i}', None, x[0], x[2], x[1]) for i, x in enumerate(iv2)] + \
            [('v3', '3', 'Một số nội dung liên quan', None, None)] + \
            [(f'v3{i}', None, x[0], x[2], x[1]) for i, x in enumerate(iv3)]
    R = period_rows(c, s, items, cp=3, cc=2, cr=4)
    for cc in (2, 3):
        c.sum(s, cc, R['k1'], [R[f'k1{i}'] for i in range(3)])
        c.sum(s, cc, R['k2'], [R[f'k2{i}'] for i in range(2)])
        c.sum(s, cc, R['II'], [R[f'h{i}'] for i in range(len(hh))])
        c.sum(s, cc, R['III'], [R[f't{i}'] for i in range(3)])
        c.sum(s, cc, R['v1'], [R['v10'], R['v11']])
        c.sum(s, cc, R['v2'], [R['v20'], R['v21']])
    c.table(s, h, R['v32'], 0, 4)
    c.freeze()
    new = transpose(138, 0)
    c.plant(s, a1(R['h1'], 2), new, 'transposition',
            f'{new} typed for 138: badges no longer add up to {S(hh, 1)} and the ratio {vi_dec(pct(138, 121))} no longer matches')
    prev = S(iv1, 2)
    c.plant(s, a1(R['v1'], 2), prev, 'other',
            f'{prev} (the 2022 figure) typed in the 2023 column: 326 + 288 = {S(iv1, 1)}, ratio {vi_dec(pct(S(iv1, 1), prev))}')
    return c


@case
def h22():
    c = Case('h22-bieu10-dao-tao-boi-duong', 'chia-ra-and-trong-do-columns',
             'Biểu 10-BTCTW: 3 header rows, column-number row "3=4+6+8 … 9=10+11"; "Trong đó: lãnh đạo, quản lý" '
             'columns are subsets of the column before; class counts in a people table; "-" rows = sum of "+" rows. '
             'A transposed Trong đó cell that exceeds its parent, two cells swapped between cấp huyện and cấp xã.')
    s = c.sheet('Biểu 10')
    s.add(['TỈNH ỦY HẬU GIANG', None, None, None, None, None, None, None, None, None, 'Biểu số 10-BTCTW'])
    s.add(['THỐNG KÊ KẾT QUẢ ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ NĂM 2023', None, None, None, None, None, None, None, None, None, 'Đvt: Người'])
    h = s.add(['TT', 'Chương trình, hình thức đào tạo, bồi dưỡng', 'Cán bộ được đào tạo, bồi dưỡng', None, None, None, None, None,
               'Số lớp', None, None])
    s.add([None, None, 'Tổng số', 'Cấp tỉnh', None, 'Cấp huyện', None, 'Cấp xã', 'Tổng số lớp', 'Cấp ủy cấp tỉnh mở', 'Cấp ủy cấp huyện mở'])
    s.add([None, None, None, 'Tổng số', 'Trong đó: cán bộ lãnh đạo, quản lý', 'Tổng số', 'Trong đó: cán bộ lãnh đạo, quản lý', None, None, None, None])
    s.add(['1', '2', '3=4+6+8', '4', '5', '6', '7', '8', '9=10+11', '10', '11'])
    s.merges += [f'A{h+1}:A{h+3}', f'B{h+1}:B{h+3}', f'C{h+1}:H{h+1}', f'I{h+1}:K{h+1}', f'C{h+2}:C{h+3}',
                 f'D{h+2}:E{h+2}', f'F{h+2}:G{h+2}', f'H{h+2}:H{h+3}', f'I{h+2}:I{h+3}', f'J{h+2}:J{h+3}', f'K{h+2}:K{h+3}']
    # leaf: (tỉnh, tỉnh LĐQL, huyện, huyện LĐQL, xã, lớp tỉnh, lớp huyện)  (lớp None = not counted)
    tree = [
        ('I', 'I', 'Đào tạo', None, []),
        ('cm', '1', 'Đào tạo chuyên môn', 'agg', ['dh', 'ths', 'ts']),
        ('dh', None, '- Đại học', 'agg', ['dh1', 'dh2', 'dh3']),
        ('dh1', None, '+ Trong nước', (12, 3, 31, 8, 64, None, None), []),
        ('dh2', None, '+ Ngoài nước', (1, 0, 0, 0, 0, None, None), []),
        ('dh3', None, '+ Liên kết', (4, 1, 9, 2, 17, None, None), []),
        ('ths', None, '- Thạc sỹ', 'agg', ['ths1', 'ths2', 'ths3']),
        ('ths1', None, '+ Trong nước', (46, 21, 38, 17, 2, None, None), []),
        ('ths2', None, '+ Ngoài nước', (3, 2, 0, 0, 0, None, None), []),
        ('ths3', None, '+ Liên kết', (11, 5, 6, 3, 0, None, None), []),
        ('ts', None, '- Tiến sỹ', 'agg', ['ts1', 'ts2']),
        ('ts1', None, '+ Trong nước', (5, 4, 1, 1, 0, None, None), []),
        ('ts2', None, '+ Ngoài nước', (1, 1, 0, 0, 0, None, None), []),
        ('ct', '2', 'Đào tạo chính trị', 'agg', ['tc', 'cc', 'cn']),
        ('tc', None, '- Trung cấp lý luận chính trị', 'agg', ['tc1', 'tc2']),
        ('tc1', None, '+ Hệ tập trung', (38, 25, 164, 102, 211, 0, 9), []),
        ('tc2', None, '+ Hệ không tập trung', (22, 12, 143, 61, 388, 0, 12), []),
        ('cc', None, '- Cao cấp lý luận chính trị', 'agg', ['cc1', 'cc2']),
        ('cc1', None, '+ Hệ tập trung', (41, 36, 12, 12, 0, 1, 0), []),
        ('cc2', None, '+ Hệ không tập trung', (67, 52, 48, 44, 0, 2, 0), []),
        ('cn', None, '- Cử nhân lý luận chính trị', 'agg', ['cn1']),
        ('cn1', None, '+ Hệ tập trung', (6, 5, 2, 2, 0, 0, 0), []),
        ('II', 'II', 'Bồi dưỡng', None, []),
        ('b1', '1', 'Bồi dưỡng nghiệp vụ công tác xây dựng Đảng', (214, 88, 612, 247, 1384, 6, 31), []),
        ('b2', '2', 'Bồi dưỡng nghiệp vụ công tác đoàn thể', (96, 31, 305, 120, 846, 4, 18), []),
        ('b3', '3', 'Bồi dưỡng quản lý nhà nước', 'agg', ['b31', 'b32']),
        ('b31', None, '+ Trong nước', (188, 94, 266, 131, 0, 5, 6), []),
        ('b32', None, '+ Ngoài nước', (7, 7, 0, 0, 0, 0, 0), []),
        ('b6', '6', 'Bồi dưỡng tin học', (52, 10, 147, 22, 309, 2, 9), []),
        ('b7', '7', 'Cập nhật kiến thức mới', (312, 312, 486, 486, 0, 5, 11), []),
    ]
    spec = {k: (tt, lab, d, ch) for k, tt, lab, d, ch in tree}
    vals = {}

    def val(k):
        if k in vals:
            return vals[k]
        tt, lab, d, ch = spec[k]
        if d == 'agg':
            kids = [val(x) for x in ch]
            v = [None if any(x[i] is None for x in kids) else sum(x[i] for x in kids) for i in range(7)]
        else:
            v = list(d)
        vals[k] = v
        return v
    R = {}
    for k, tt, lab, d, ch in tree:
        if d is None:
            R[k] = s.add([tt, lab])
            continue
        t, tl, hu, hl, xa, lt, lh = val(k)
        row = [tt, lab, t + hu + xa, t, tl, hu, hl, xa]
        if lt is not None:
            row += [lt + lh, lt, lh]
        R[k] = s.add(row)
        c.sum(s, 2, R[k], None, cparts=[3, 5, 7])
        if lt is not None:
            c.sum(s, 8, R[k], None, cparts=[9, 10])
        c.le(s, 4, R[k], R[k], cparent=3)
        c.le(s, 6, R[k], R[k], cparent=5)
    for k, tt, lab, d, ch in tree:
        if d == 'agg':
            for cc in range(2, 11 if val(k)[5] is not None else 8):
                c.sum(s, cc, R[k], [R[x] for x in ch])
    s.add(['Hậu Giang, ngày 10 tháng 01 năm 2024'])
    s.add([None, 'NGƯỜI LẬP BIỂU', None, None, None, None, None, None, 'TRƯỞNG BAN'])
    c.table(s, h, R['b7'], 0, 10)
    c.freeze()
    new = transpose(25, 0)
    c.plant(s, a1(R['tc1'], 4), new, 'transposition',
            f'{new} typed for 25: more cadres "trong đó lãnh đạo, quản lý" than the 38 trained at province level, '
            f'and column 5 of "- Trung cấp lý luận chính trị" no longer adds up')
    c.swap(s, a1(R['ths1'], 5), a1(R['ths1'], 7),
           'cấp huyện (38) and cấp xã (2) of Thạc sỹ trong nước swapped: row total still 86, but columns 6 and 8 of '
           '"- Thạc sỹ" fail and 17 LĐQL exceed 2 at cấp huyện')
    return c


@case
def h23():
    c = Case('h23-ty-le-hoc-tap-nghi-quyet', 'rate-from-columns',
             'Units as rows: Tổng số đảng viên | Số tham gia học tập | Tỷ lệ (%) = tham gia / tổng số; Cộng row last. '
             'One digit typo (more participants than members), two truncated rates, one rate typed without decimals.')
    s = c.sheet('Học tập NQ')
    s.add(['KẾT QUẢ HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT HỘI NGHỊ LẦN THỨ TÁM BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHÓA XIII'])
    s.add([None, None, None, None, 'Đơn vị tính: người, %'])
    h = s.add(['STT', 'Đơn vị', 'Tổng số đảng viên', 'Số đảng viên tham gia học tập', 'Tỷ lệ (%)', 'Ghi chú'])
    tot = [3105, 2356, 2289, 2874, 3211, 4432, 2690, 2465, 4870, 2118, 2309]
    vang = [21, 14, 19, 33, 25, 61, 17, 29, 12, 0, 3]
    rows = []
    for i, ((_, name), t, v) in enumerate(zip(UNITS, tot, vang)):
        rows.append(s.add([i + 1, name, t, t - v, fl(pct(t - v, t)), 'Học bù' if v > 30 else None]))
    T, P = sum(tot), sum(tot) - sum(vang)
    cr = s.add([None, 'Cộng', T, P, fl(pct(P, T)), None])
    for r in rows + [cr]:
        c.share(s, c.R(s, r, 4), c.R(s, r, 3), c.R(s, r, 2))
        c.le(s, 3, r, r, cparent=2)
    for cc in (2, 3):
        c.sum(s, cc, cr, rows)
    c.table(s, h, cr, 0, 5)
    c.freeze()
    r = rows[5]
    v = tot[5] - vang[5]
    new = digit_typo(v, 2, 6)
    c.plant(s, a1(r, 3), new, 'digit',
            f'{vi_int(new)} typed for {vi_int(v)}: more participants than the {vi_int(tot[5])} members, the rate '
            f'{vi_dec(pct(v, tot[5]))} and the Cộng column no longer match')
    cand = [c.R(s, x, 4) for i, x in enumerate(rows) if i != 5]
    ref1, x1 = first_trunc(c, cand)
    c.warn(s, ref1[1], fl(qt(x1)), 'truncation', f'{vi_dec(x1, 4)} written {vi_dec(qt(x1))}')
    ref2, x2 = first_trunc(c, [x for x in cand if x != ref1])
    c.warn(s, ref2[1], fl(qt(x2)), 'truncation', f'{vi_dec(x2, 4)} written {vi_dec(qt(x2))}')
    ref3, x3 = first_prec(c, [x for x in cand if x not in (ref1, ref2)])
    c.warn(s, ref3[1], int(q(x3, 0)), 'precision', f'{vi_dec(x3, 4)} typed as {int(q(x3, 0))}; the column has 2 decimals ({vi_dec(q(x3))})')
    return c


@case
def h24():
    c = Case('h24-ket-nap-5-nam-cot-cong', 'cross-period-total',
             'Members admitted per đảng bộ trực thuộc, one column per year 2020-2024 and a "Cộng" column summing them, '
             'Tổng cộng row last. One digit typo, two adjacent year cells swapped in one row.')
    s = c.sheet('Kết nạp')
    s.add(['KẾT QUẢ KẾT NẠP ĐẢNG VIÊN NHIỆM KỲ 2020 - 2025 (đến 31/12/2024)'])
    s.add([None, None, None, None, None, None, None, 'Đơn vị tính: người'])
    h = s.add(['STT', 'Đơn vị', 'Năm 2020', 'Năm 2021', 'Năm 2022', 'Năm 2023', 'Năm 2024', 'Cộng'])
    data = [(91, 88, 95, 98, 102), (66, 70, 68, 71, 75), (59, 61, 57, 64, 66), (87, 84, 90, 92, 95),
            (99, 96, 101, 105, 108), (128, 133, 137, 141, 146), (77, 79, 81, 83, 86), (72, 70, 75, 79, 80),
            (139, 144, 150, 148, 153), (61, 63, 60, 66, 68), (58, 62, 64, 65, 67)]
    rows = [s.add([i + 1, u[1]] + list(d) + [sum(d)]) for i, (u, d) in enumerate(zip(UNITS, data))]
    tot = s.add([None, 'Tổng cộng'] + [sum(d[j] for d in data) for j in range(5)] + [sum(map(sum, data))])
    for r in rows + [tot]:
        c.sum(s, 7, r, None, cparts=[2, 3, 4, 5, 6])
    for cc in range(2, 8):
        c.sum(s, cc, tot, rows)
    c.table(s, h, tot, 0, 7)
    c.freeze()
    r = rows[2]
    new = digit_typo(64, 1, 9)
    c.plant(s, a1(r, 5), new, 'digit', f'{new} typed for 64 (Thị xã Long Mỹ, 2023): row Cộng 307 and the 2023 total both fail')
    r = rows[6]
    c.swap(s, a1(r, 3), a1(r, 4), '2021 (79) and 2022 (81) of Huyện Vị Thủy swapped: the row still sums to 406, '
           'the 2021 and 2022 column totals are off by ±2')
    return c


@case
def h25():
    c = Case('h25-sum-bo-sot-dong', 'formulas',
             'Units as rows with =SUM formulas (row totals and the Cộng row) and cached values; the Cộng formula '
             'of the Chính thức column stops one row short.')
    s = c.sheet('Sheet1')
    s.add(['SỐ LƯỢNG ĐẢNG VIÊN CHÍNH THỨC, DỰ BỊ NĂM 2023'])
    s.add([None, None, None, None, None, 'Đơn vị tính: người'])
    h = s.add(['STT', 'Đơn vị', 'Tổng số đảng viên', 'Chia ra', None, 'Kết nạp trong năm'])
    s.add([None, None, None, 'Chính thức', 'Dự bị', None])
    s.merges += [f'A{h+1}:A{h+2}', f'B{h+1}:B{h+2}', f'C{h+1}:C{h+2}', f'D{h+1}:E{h+1}', f'F{h+1}:F{h+2}']
    dubi = [118, 92, 87, 121, 136, 188, 104, 99, 201, 131, 135]
    rows = []
    for i, ((_, name), m, d, k) in enumerate(zip(UNITS, MEMBERS, dubi, NEWM)):
        r = s.add([i + 1, name, m, m - d, d, k])
        s.cells[a1(r, 2)] = {'v': m, 'formula': f'SUM(D{r+1}:E{r+1})'}
        rows.append(r)
    tot = s.add([None, 'Cộng'])
    first, last = rows[0] + 1, rows[-1] + 1
    for cc in (2, 3, 4, 5):
        v = int(sum(s.value(a1(r, cc)) for r in rows))
        s.put(tot, cc, v)
        s.cells[a1(tot, cc)] = {'v': v, 'formula': f'SUM({col(cc)}{first}:{col(cc)}{last})'}
        c.sum(s, cc, tot, rows)
    for r in rows + [tot]:
        c.sum(s, 2, r, None, cparts=[3, 4])
    c.table(s, h, tot, 0, 5)
    c.freeze()
    ref = a1(tot, 3)
    short = int(sum(s.value(a1(r, 3)) for r in rows[:-1]))
    c.plant(s, ref, short, 'formula-range',
            f'=SUM(D{first}:D{last - 1}) leaves out row {last} (Quân sự); cached {vi_int(short)} instead of '
            f'{vi_int(s.value(ref))}, so Cộng: Tổng số ≠ Chính thức + Dự bị',
            override={'v': short, 'formula': f'SUM(D{first}:D{last - 1})'})
    return c


@case
def h26():
    c = Case('h26-tong-hop-lech-chi-tiet', 'cross-sheet',
             'Summary sheet "Tổng hợp" repeats totals of the detail sheet "Chi tiết" (=SUM formulas). The summary types '
             'a different member total; the detail Kết nạp total formula misses the last row.')
    s2 = c.sheet('Tổng hợp')
    s = c.sheet('Chi tiết')
    s.add(['SỐ LIỆU TỔ CHỨC ĐẢNG, ĐẢNG VIÊN CÁC ĐẢNG BỘ TRỰC THUỘC NĂM 2023'])
    h = s.add(['STT', 'Đơn vị', 'Số TCCSĐ', 'Số chi bộ trực thuộc', 'Số đảng viên', 'Kết nạp mới'])
    cbtt = [118, 96, 104, 142, 151, 226, 131, 128, 301, 62, 64]
    rows = [s.add([i + 1, u[1], a + b, t, m, k]) for i, (u, a, b, t, m, k) in
            enumerate(zip(UNITS, DBCS, CBCS, cbtt, MEMBERS, NEWM))]
    tot = s.add([None, 'Cộng'])
    first, last = rows[0] + 1, rows[-1] + 1
    for cc in (2, 3, 4, 5):
        v = int(sum(s.value(a1(r, cc)) for r in rows))
        s.put(tot, cc, v)
        s.cells[a1(tot, cc)] = {'v': v, 'formula': f'SUM({col(cc)}{first}:{col(cc)}{last})'}
        c.sum(s, cc, tot, rows)
    c.table(s, h, tot, 0, 5)
    s2.add(['BÁO CÁO TỔNG HỢP SỐ LIỆU NĂM 2023'])
    h2 = s2.add(['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Số lượng', 'Ghi chú'])
    spec = [('1', 'Tổng số tổ chức cơ sở đảng', 'tổ chức', 2), ('2', 'Tổng số chi bộ trực thuộc đảng ủy cơ sở', 'chi bộ', 3),
            ('3', 'Tổng số đảng viên', 'đảng viên', 4), ('4', 'Đảng viên kết nạp mới trong năm', 'đảng viên', 5)]
    sr = {}
    for st, lab, unit, cc in spec:
        r = s2.add([st, lab, unit, int(s.value(a1(tot, cc))), 'Theo sheet Chi tiết'])
        sr[cc] = r
        c.eq(c.R(s2, r, 3), c.R(s, tot, cc))
    c.table(s2, h2, sr[5], 0, 4)
    c.freeze()
    c.plant(s2, a1(sr[4], 3), 33590, 'cross',
            '33.590 on "Tổng hợp" against 33.509 on "Chi tiết", where the eleven units add up to 33.509')
    ref = a1(tot, 5)
    short = int(sum(s.value(a1(r, 5)) for r in rows[:-1]))
    c.plant(s, ref, short, 'formula-range',
            f'=SUM(F{first}:F{last - 1}) leaves out the last unit; cached {vi_int(short)}, the rows give {vi_int(s.value(ref))} '
            f'(also the figure on "Tổng hợp")',
            override={'v': short, 'formula': f'SUM(F{first}:F{last - 1})'})
    return c


@case
def h27():
    c = Case('h27-bieu1-tang-giam-va-bieu3', 'official-form',
             'Biểu 1-BTCTW (tăng, giảm đảng viên) with A-D blocks, D = A + B - C, column-number row 4(=2*100/3), and a '
             'Biểu 3 sheet whose row I repeats D. A digit typo in C.1 Từ trần; Biểu 3 row I differs from Biểu 1 D.')
    s = c.sheet('Biểu 1')
    s3 = c.sheet('Biểu 3')
    s.add(['TỈNH ỦY HẬU GIANG', None, None, 'Biểu số 1-BTCTW'])
    s.add(['BAN TỔ CHỨC'])
    s.add(['THỐNG KÊ TĂNG, GIẢM ĐẢNG VIÊN NĂM 2023'])
    s.add([None, None, None, 'Đvt: Người'])
    h = s.add(['Tiêu chí', 'Thực hiện', None, '(%) kỳ này so với cùng kỳ năm trước'])
    s.add([None, 'Kỳ này', 'Cùng kỳ năm trước', None])
    s.add(['1', '2', '3', '4(=2*100/3)'])
    s.merges += [f'A{h+1}:A{h+2}', f'B{h+1}:C{h+1}', f'D{h+1}:D{h+2}']
    # flows (cur, prev)
    F = {'kn': (1012, 968), 'dt': (92, 79), 'dh': (214, 198), 'ph': (1, 0),
         'tt': (436, 412), 'kt': (17, 21), 'xt': (229, 243), 'xdb': (84, 97), 'xr': (16, 17), 'dit': (98, 104), 'dih': (214, 198)}
    A_prev = 32950
    vals = {}
    for i, k in ((0, 'cur'), (1, 'prev')):
        v = {x: F[x][i] for x in F}
        v['cd'] = v['dt'] + v['dh']
        v['B'] = v['kn'] + v['cd'] + v['ph']
        v['cdi'] = v['dit'] + v['dih']
        v['C'] = v['tt'] + v['kt'] + v['xt'] + v['xr'] + v['cdi']
        vals[k] = v
    vals['prev']['A'] = A_prev
    vals['prev']['D'] = A_prev + vals['prev']['B'] - vals['prev']['C']
    vals['cur']['A'] = vals['prev']['D']
    vals['cur']['D'] = vals['cur']['A'] + vals['cur']['B'] - vals['cur']['C']
    labels = [('A', 'A - Tổng số đảng viên cuối kỳ trước chuyển sang'), ('B', 'B - Đảng viên tăng trong kỳ'),
              ('kn', '1. Kết nạp'), ('cd', '2. Chuyển đến'), ('dt', 'a. Tỉnh khác chuyển đến'),
              ('dh', 'b. Huyện khác trong tỉnh chuyển đến'), ('ph', '3. Phục hồi đảng tịch'),
              ('C', 'C - Đảng viên giảm trong kỳ'), ('tt', '1. Từ trần'), ('kt', '2. Khai trừ'), ('xt', '3. Xóa tên'),
              ('xdb', 'Trong đó: Đảng viên dự bị'), ('xr', '4. Xin ra khỏi Đảng'), ('cdi', '5. Chuyển đi'),
              ('dit', 'a. Chuyển đi tỉnh khác'), ('dih', 'b. Chuyển đi huyện khác trong tỉnh'),
              ('D', 'D - Đảng viên trong danh sách cuối kỳ báo cáo')]
    items = [(k, None, lab, vals['prev'][k], vals['cur'][k]) for k, lab in labels]
    R = period_rows(c, s, items, cp=2, cc=1, cr=3, lab=0, stt=None)
    for cc in (1, 2):
        c.sum(s, cc, R['B'], [R['kn'], R['cd'], R['ph']])
        c.sum(s, cc, R['cd'], [R['dt'], R['dh']])
        c.sum(s, cc, R['C'], [R['tt'], R['kt'], R['xt'], R['xr'], R['cdi']])
        c.sum(s, cc, R['cdi'], [R['dit'], R['dih']])
        c.le(s, cc, R['xdb'], R['xt'])
        c.lin(s, cc, R['D'], [(1, R['A']), (1, R['B']), (-1, R['C'])])
    c.eq(c.R(s, R['A'], 1), c.R(s, R['D'], 2))
    s.add(['Hậu Giang, ngày 05 tháng 01 năm 2024'])
    s.add(['NGƯỜI LẬP BIỂU', None, 'TRƯỞNG BAN'])
    c.table(s, h, R['D'], 0, 3)
    # Biểu 3 (short)
    s3.add(['THỐNG KÊ ĐỘI NGŨ ĐẢNG VIÊN NĂM 2023'])
    h3 = s3.add(['STT', 'Tiêu chí', 'Kỳ này', 'Cùng kỳ năm trước', '(%) kỳ này so với cùng kỳ năm trước'])
    R3 = period_rows(c, s3, [('I', 'I', 'Đảng viên trong danh sách có đến cuối kỳ báo cáo', vals['prev']['D'], vals['cur']['D']),
                             ('nu', '-', 'Trong đó: Nữ', 10978, 11262), ('db', '-', 'Dự bị', 1530, 1412),
                             ('dt', '-', 'Dân tộc thiểu số', 641, 654)], cp=3, cc=2, cr=4)
    for cc in (2, 3):
        for k in ('nu', 'db', 'dt'):
            c.le(s3, cc, R3[k], R3['I'])
    c.eq(c.R(s3, R3['I'], 2), c.R(s, R['D'], 1))
    c.eq(c.R(s3, R3['I'], 3), c.R(s, R['D'], 2))
    c.table(s3, h3, R3['dt'], 0, 4)
    c.freeze()
    new = digit_typo(436, 1, 8)
    c.plant(s, a1(R['tt'], 1), new, 'digit',
            f'{new} typed for 436: C = {vals["cur"]["C"]} is no longer 1+2+3+4+5, ratio {vi_dec(pct(436, 412))} no longer matches')
    Dc = vals['cur']['D']
    new = transpose(Dc, 1)
    c.plant(s3, a1(R3['I'], 2), new, 'cross',
            f'{vi_int(new)} on Biểu 3 row I against {vi_int(Dc)} = A + B - C on Biểu 1 (row D); Biểu 3\'s own ratio also fails')
    return c


@case
def h28():
    c = Case('h28-phat-trien-dang-vien-sai-nhiem-ky', 'stt-label-periods',
             'Two terms side by side; the difference column header names the wrong term (2010 - 2015); a decrease '
             'typed without its minus sign.')
    s = c.sheet('Biểu 2')
    s.add(['KẾT QUẢ CÔNG TÁC PHÁT TRIỂN ĐẢNG VIÊN NHIỆM KỲ 2020 - 2025'])
    s.add([None, None, None, None, None, 'Đơn vị tính: người, tổ chức'])
    right = 'Tăng (+), giảm (-) so với nhiệm kỳ 2015 - 2020'
    h = s.add(['STT', 'Nội dung', 'Nhiệm kỳ 2015 - 2020', 'Nhiệm kỳ 2020 - 2025', right, 'So sánh (%)'])
    items = [('kn', '1', 'Tổng số đảng viên kết nạp', 4862, 5181),
             ('nu', '-', 'Trong đó: Nữ', 2011, 2236), ('dt', '-', 'Dân tộc thiểu số', 98, 121),
             ('tg', '-', 'Người theo tôn giáo', 63, 58), ('dv', '-', 'Đoàn viên Đoàn TNCS Hồ Chí Minh', 3705, 3934),
             ('tc', '2', 'Số TCCSĐ có kết nạp đảng viên', 402, 411),
             ('cb', '3', 'Số chi bộ ấp, khu vực có kết nạp đảng viên', 498, 517),
             ('ra', '4', 'Đảng viên bị khai trừ, xóa tên, xin ra khỏi Đảng', 1431, 1362)]
    R = period_rows(c, s, items, 2, 3, 4, 5)
    for cc in (2, 3):
        for k in ('nu', 'dt', 'tg', 'dv'):
            c.le(s, cc, R[k], R['kn'])
    c.label(c.R(s, h, 4), right)
    c.table(s, h, R['ra'], 0, 5)
    c.freeze()
    c.plant(s, a1(h, 4), 'Tăng (+), giảm (-) so với nhiệm kỳ 2010 - 2015', 'term-label',
            'the columns compare 2020 - 2025 with 2015 - 2020, the header names 2010 - 2015')
    c.plant(s, a1(R['ra'], 4), 69, 'sign', '69 typed for -69: 1.362 - 1.431 is a decrease')
    return c


@case
def h29():
    c = Case('h29-bang-tran-khong-tieu-de', 'no-title-no-unit',
             'A bare table from A1, no title, no unit line: three years, Tăng/giảm and So sánh (%) of the last two '
             'years. The So sánh header names 2023/2021 while every value is 2023/2022; one difference lost its sign.')
    s = c.sheet('Sheet2')
    right = 'So sánh 2023/2022 (%)'
    h = s.add(['Chỉ tiêu', 'Năm 2021', 'Năm 2022', 'Năm 2023', 'Tăng, giảm 2023 so với 2022', right])
    items = [('Tổng số đảng viên', 32950, 33196, 33509), ('Đảng viên nữ', 10702, 10978, 11262),
             ('Đảng viên dự bị', 1688, 1530, 1412), ('Đảng viên kết nạp mới', 1034, 968, 1012),
             ('Đảng viên từ trần', 398, 412, 436), ('Đảng viên bị xóa tên', 251, 243, 229),
             ('Tổ chức cơ sở đảng', 511, 505, 498)]
    R = []
    for lab, a, b, d in items:
        r = s.add([lab, a, b, d, d - b, fl(pct(d, b))])
        c.diff(s, c.R(s, r, 4), c.R(s, r, 3), c.R(s, r, 2))
        c.ratio(s, c.R(s, r, 5), c.R(s, r, 3), c.R(s, r, 2))
        R.append(r)
    c.label(c.R(s, h, 5), right)
    c.table(s, h, R[-1], 0, 5)
    c.freeze()
    c.plant(s, a1(h, 5), 'So sánh 2023/2021 (%)', 'term-label',
            'every value in the column is 2023/2022 (e.g. 33.509/33.196 = 100,94), the header says 2023/2021')
    c.plant(s, a1(R[5], 4), 14, 'sign', '14 typed for -14: 229 - 243 is a decrease')
    return c


# ----------------------------------------------------------------- main
def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith('.json'):
            os.remove(os.path.join(OUT, f))
    ids = set()
    kinds, wkinds, layouts, clean = {}, {}, {}, 0
    for fn in CASES:
        c = fn()
        if c.truth is None:
            c.freeze()
        c.check()
        assert c.id not in ids and c.id.startswith('h')
        ids.add(c.id)
        for e in c.errors:
            kinds[e['kind']] = kinds.get(e['kind'], 0) + 1
        for w in c.warnings:
            wkinds[w['kind']] = wkinds.get(w['kind'], 0) + 1
        layouts[c.layout] = layouts.get(c.layout, 0) + 1
        clean += not c.errors and not c.warnings
        with open(os.path.join(OUT, c.id + '.json'), 'w', encoding='utf-8') as fh:
            json.dump(c.json(), fh, ensure_ascii=False, indent=1)
            fh.write('\n')
    print(f'{len(ids)} cases, {clean} clean, {sum(kinds.values())} errors {kinds}, warnings {wkinds}')
    print(f'{len(layouts)} layouts: {layouts}')


if __name__ == '__main__':
    main()
