#!/usr/bin/env python3
"""Generator of the dev3 table evaluation set (Soát Số).

Python 3 standard library only.  Every derived figure (total, share, index,
difference, yield, rate per 1.000) is computed with exact rational arithmetic
(fractions.Fraction) and rounded half up (away from zero), so every label is
exactly right.  After writing cases/*.json the script re-reads each file, parses
every cell the way a clerk reads it (vi-VN text, % formats, formula caches) and
checks a hand-declared list of rules per case:

* a clean case must satisfy every rule;
* with every planted slip put right, every rule must hold;
* for each planted error (others put right) the failing rules must be explained
  by changing the culprit alone, and by no other single cell (Fellegi-Holt);
* each planted warning must be a truncation / a lower precision of the true value.

Run:  python3 make.py        (writes cases/, SUMMARY.md, prints a report)
"""
import json
import os
import random
import re
import sys
from decimal import Decimal as D, getcontext
from fractions import Fraction as Fr

getcontext().prec = 60
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'cases')

# ----------------------------------------------------------------- numbers

def F(x):
    if isinstance(x, Fr):
        return x
    if isinstance(x, float):
        return Fr(D(repr(x)))
    if isinstance(x, str):
        return Fr(D(x))
    return Fr(x)


def rnd(x, p):
    """round half up (away from zero) at p decimals -> Decimal"""
    x = F(x)
    s = -1 if x < 0 else 1
    n = int(abs(x) * 10 ** p + Fr(1, 2))
    return D(s * n).scaleb(-p).quantize(D(1).scaleb(-p)) if p > 0 else D(s * n)


def trunc(x, p):
    x = F(x)
    s = -1 if x < 0 else 1
    n = int(abs(x) * 10 ** p)
    return D(s * n).scaleb(-p).quantize(D(1).scaleb(-p)) if p > 0 else D(s * n)


def pct(a, b, p=2, factor=100):
    return rnd(F(a) * factor / F(b), p)


def dd(x):
    """Decimal from int/str/Decimal"""
    return x if isinstance(x, D) else D(str(x))


def num(x):
    """JSON number for a Decimal/int: int when integral"""
    x = dd(x)
    if x == x.to_integral_value():
        return int(x)
    return float(x)


def vi(x, p=0, neg='-', plus=False):
    """vi-VN text: 1.234,56 ; negatives '-12' or '(12)'"""
    x = rnd(x, p)
    a = abs(x)
    s = f"{a:.{p}f}"
    ip, _, fp = s.partition('.')
    g = ''
    while len(ip) > 3:
        g = '.' + ip[-3:] + g
        ip = ip[:-3]
    out = ip + g + ((',' + fp) if p > 0 else '')
    if x < 0:
        return '(' + out + ')' if neg == '()' else '-' + out
    if plus and x > 0:
        return '+' + out
    return out


def colname(c):
    s = ''
    c += 1
    while c:
        c, r = divmod(c - 1, 26)
        s = chr(65 + r) + s
    return s


def A(r, c):
    return f"{colname(c)}{r + 1}"


def parse_a1(a):
    m = re.match(r'([A-Z]+)(\d+)$', a)
    c = 0
    for ch in m.group(1):
        c = c * 26 + ord(ch) - 64
    return int(m.group(2)) - 1, c - 1


def typo(x, pos, new):
    """replace the digit at position pos (0 = units, for the integer part) by new"""
    x = dd(x)
    s = str(abs(int(x)))
    i = len(s) - 1 - pos
    assert 0 <= i < len(s) and s[i] != str(new) and not (i == 0 and new == 0)
    s2 = s[:i] + str(new) + s[i + 1:]
    return D(s2) + (x - int(x))


def transpose(x, pos):
    """swap the digits at positions pos and pos+1 (0 = units) of the integer part"""
    x = dd(x)
    s = list(str(abs(int(x))))
    i = len(s) - 1 - pos
    j = i - 1
    assert j >= 0 and s[i] != s[j] and not (j == 0 and s[i] == '0')
    s[i], s[j] = s[j], s[i]
    return D(''.join(s)) + (x - int(x))

# ----------------------------------------------------------------- builder


class Sheet:
    def __init__(self, name):
        self.name = name
        self.rows = []
        self.merges = []
        self.cells = {}

    def row(self, *vals):
        self.rows.append(list(vals))
        return len(self.rows) - 1

    def blank(self, n=1):
        for _ in range(n):
            self.rows.append([])

    def set(self, r, c, v, fmt=None, formula=None):
        while len(self.rows) <= r:
            self.rows.append([])
        row = self.rows[r]
        while len(row) <= c:
            row.append(None)
        row[c] = v
        a = A(r, c)
        if fmt or formula:
            d = {'v': v}
            if fmt:
                d['fmt'] = fmt
            if formula:
                d['formula'] = formula
            self.cells[a] = d
        elif a in self.cells:
            del self.cells[a]

    def put(self, r, c, x, st='g', formula=None):
        """write a value in a style.
        g: General number; n0/n1/n2: number with thousands format;
        d1/d2: number with '0.0'/'0.00'; t0/t1/t2: vi-VN text ('-' negatives);
        p0/p1/p2: vi-VN text with '(12)' negatives; s0/s1/s2: text with '+' on positives;
        f1/f2: percentage stored as a fraction with a % format (x is the percent value)."""
        if x is None or isinstance(x, str):
            self.set(r, c, x)
            return
        kind, p = st[0], (int(st[1]) if len(st) > 1 else 0)
        if kind == 'g':
            self.set(r, c, num(x), formula=formula)
        elif kind == 'n':
            fmt = '#,##0' if p == 0 else '#,##0.' + '0' * p
            self.set(r, c, num(rnd(x, p)), fmt=fmt, formula=formula)
        elif kind == 'd':
            self.set(r, c, num(rnd(x, p)), fmt='0.' + '0' * p, formula=formula)
        elif kind == 't':
            self.set(r, c, vi(x, p))
        elif kind == 'p':
            self.set(r, c, vi(x, p, neg='()'))
        elif kind == 's':
            self.set(r, c, vi(x, p, plus=True))
        elif kind == 'f':
            v = dd(rnd(x, p)) / 100
            self.set(r, c, num(v), fmt='0.' + '0' * p + '%', formula=formula)
        else:
            raise ValueError(st)

    def merge(self, r0, c0, r1, c1):
        self.merges.append(f"{A(r0, c0)}:{A(r1, c1)}")

    def to_json(self):
        d = {'name': self.name, 'rows': self.rows}
        if self.merges:
            d['merges'] = self.merges
        if self.cells:
            d['cells'] = self.cells
        return d


class Case:
    def __init__(self, cid, layout, about, hard=''):
        self.id = cid
        self.layout = layout
        self.about = about
        self.hard = hard
        self.sheets = []
        self.tables = []
        self.errors = []
        self.warnings = []
        self.rules = []
        self.fixes = {}      # (sheet, a1) -> true parsed value (Decimal) for every planted cell

    def sheet(self, name):
        s = Sheet(name)
        self.sheets.append(s)
        return s

    def table(self, s, r0, c0, r1, c1):
        self.tables.append({'sheet': s.name, 'range': f"{A(r0, c0)}:{A(r1, c1)}"})

    # --- rules; a cell is (sheet, r, c)
    @staticmethod
    def K(s, r, c):
        return (s.name, A(r, c))

    def lin(self, s, tr, tc, terms, const=0, sheet_terms=None):
        """target = sum coef*cell (+const); terms: list of (coef, r, c) on sheet s"""
        t = [(F(k), (s.name, A(r, c))) for k, r, c in terms]
        if sheet_terms:
            t += [(F(k), (sh.name, A(r, c))) for k, sh, r, c in sheet_terms]
        self.rules.append(('lin', (s.name, A(tr, tc)), t, F(const)))

    def sum(self, s, tr, tc, parts, col=None):
        """parts: list of rows (same column tc) if col is None, else list of (r,c)"""
        if parts and isinstance(parts[0], tuple):
            self.lin(s, tr, tc, [(1, r, c) for r, c in parts])
        else:
            self.lin(s, tr, tc, [(1, r, tc) for r in parts])

    def hsum(self, s, r, tc, cols):
        self.lin(s, r, tc, [(1, r, c) for c in cols])

    def diff(self, s, r, tc, ca, cb, ra=None, rb=None):
        """cell (r,tc) = (ra or r, ca) - (rb or r, cb)"""
        self.lin(s, r, tc, [(1, r if ra is None else ra, ca), (-1, r if rb is None else rb, cb)])

    def ratio(self, s, tr, tc, num_terms, den, p, factor=100, den_sheet=None):
        """target = round(sum(num)/den*factor, p); num_terms list of (coef,r,c);
        den: list of (coef,r,c) or a number"""
        nt = [(F(k), (s.name, A(r, c))) for k, r, c in num_terms]
        if isinstance(den, list):
            dt = [(F(k), ((den_sheet or s).name, A(r, c))) for k, r, c in den]
        else:
            dt = F(den)
        self.rules.append(('ratio', (s.name, A(tr, tc)), nt, dt, p, F(factor)))

    def share(self, s, tr, tc, pr, pc, br, bc, p=2, factor=100):
        self.ratio(s, tr, tc, [(1, pr, pc)], [(1, br, bc)], p, factor)

    def chg(self, s, tr, tc, cur, prev, p=2):
        """% change: (cur-prev)/prev*100 ; cur, prev = (r,c)"""
        self.ratio(s, tr, tc, [(1, cur[0], cur[1]), (-1, prev[0], prev[1])], [(1, prev[0], prev[1])], p)

    def le(self, s, ra, ca, rb, cb, many=None):
        """cell a <= cell b ; many: list of (r,c) summed on the left"""
        left = [(s.name, A(r, c)) for r, c in (many or [(ra, ca)])]
        self.rules.append(('le', left, (s.name, A(rb, cb))))

    def eq(self, s1, r1, c1, s2, r2, c2):
        self.rules.append(('lin', (s1.name, A(r1, c1)), [(F(1), (s2.name, A(r2, c2)))], F(0)))

    def count(self, s, tr, tc, cells, lo, hi):
        self.rules.append(('count', (s.name, A(tr, tc)), [(s.name, A(r, c)) for r, c in cells], lo, hi))

    def soft100(self, s, cells, n=None):
        self.rules.append(('soft100', [(s.name, A(r, c)) for r, c in cells]))

    # --- plants
    def _restore_value(self, s, r, c):
        return s.rows[r][c]

    def error(self, s, r, c, wrong, true_val, kind, note, st='g', formula=None):
        """overwrite cell (r,c) with the rendering of `wrong` in style st; true_val is the
        value to report (number or string)."""
        s.put(r, c, wrong, st, formula=formula)
        self.errors.append({'sheet': s.name, 'culprit': A(r, c), 'value': num(true_val)
                            if isinstance(true_val, (D, int)) else true_val,
                            'kind': kind, 'note': note})

    def swap_error(self, s, cells, vals, st, kind, note):
        (r1, c1), (r2, c2) = cells
        v1, v2 = vals
        s.put(r1, c1, v2, st)
        s.put(r2, c2, v1, st)
        self.errors.append({'sheet': s.name, 'culprit': [A(r1, c1), A(r2, c2)],
                            'value': [num(v1), num(v2)], 'kind': kind, 'note': note})

    def warn(self, s, r, c, shown, true_val, kind, note, st):
        s.put(r, c, shown, st)
        self.warnings.append({'sheet': s.name, 'cell': A(r, c), 'kind': kind,
                              'value': num(true_val), 'note': note})

    def to_json(self):
        return {'id': self.id, 'layout': self.layout, 'about': self.about,
                'sheets': [s.to_json() for s in self.sheets], 'tables': self.tables,
                'errors': self.errors, 'warnings': self.warnings}


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


def header_frame(s, left1, left2, right1='CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
                 right2='Độc lập - Tự do - Hạnh phúc', rc=4):
    r = s.row(left1)
    s.set(r, rc, right1)
    r = s.row(left2)
    s.set(r, rc, right2)
    s.blank()

# =================================================================== cases

XA_HG = ['Thị trấn Cây Dương', 'Xã Tân Bình', 'Xã Bình Thành', 'Xã Hòa An', 'Xã Hòa Mỹ',
         'Xã Phương Bình', 'Xã Phương Phú', 'Xã Tân Phước Hưng', 'Xã Hiệp Hưng',
         'Xã Phụng Hiệp', 'Xã Long Thạnh']


@case
def v01():
    c = Case('v01-lua-ca-nam-theo-xa', 'communes-rows-area-yield-output-total-first',
             'Rice area, yield and output by commune, district total first with a weighted yield '
             '(yield = output/area x 10, never summed); one commune area typed with a wrong digit',
             hard='yield column is an average; total row on top')
    s = c.sheet('Biểu 01')
    header_frame(s, 'UBND HUYỆN PHỤNG HIỆP', 'PHÒNG NÔNG NGHIỆP VÀ PTNT')
    s.row('BIỂU 01: DIỆN TÍCH, NĂNG SUẤT, SẢN LƯỢNG LÚA CẢ NĂM 2024')
    s.row('(Kèm theo Báo cáo số      /BC-PNN ngày     /12/2024 của Phòng Nông nghiệp và PTNT)')
    h = s.row('STT', 'Đơn vị', 'Diện tích gieo trồng (ha)', 'Năng suất (tạ/ha)', 'Sản lượng (tấn)', 'Ghi chú')
    s.row('A', 'B', '(1)', '(2) = (3)/(1) x 10', '(3)', 'C')
    rng = random.Random(101)
    area = [D(rng.randint(8500, 29000)) / 10 for _ in XA_HG]
    area[5] = D('1486.3')
    out = [int(rnd(F(a) * rng.randint(575, 682) / 100, 0)) for a in area]
    A_, O_ = sum(area), sum(out)
    tr = s.row('', 'TOÀN HUYỆN')
    s.put(tr, 2, A_, 'n1'); s.put(tr, 3, pct(O_, A_, 1, 10), 'd1'); s.put(tr, 4, O_, 'n0')
    rows = []
    notes = {2: 'Giảm 01 vụ do chuyển đổi sang trồng mía', 9: 'Ảnh hưởng hạn mặn vụ Đông Xuân'}
    for i, (n, a, o) in enumerate(zip(XA_HG, area, out)):
        r = s.row(i + 1, n)
        s.put(r, 2, a, 'n1'); s.put(r, 3, pct(o, a, 1, 10), 'd1'); s.put(r, 4, o, 'n0')
        s.set(r, 5, notes.get(i))
        rows.append(r)
    c.table(s, h, 0, rows[-1], 5)
    s.blank(); s.row('Nguồn: Chi cục Thống kê khu vực; báo cáo của UBND các xã, thị trấn.')
    c.sum(s, tr, 2, rows); c.sum(s, tr, 4, rows)
    for r in [tr] + rows:
        c.ratio(s, r, 3, [(1, r, 4)], [(1, r, 2)], 1, 10)
    r5 = rows[5]
    wrong = typo(area[5], 1, 3)   # 1.486,3 -> 1.436,3
    c.error(s, r5, 2, wrong, area[5], 'digit',
            f'{vi(wrong,1)} typed for {vi(area[5],1)} ha (tens digit 8 -> 3): the area column no longer adds '
            f'to {vi(A_,1)} and {vi(pct(out[5], area[5], 1, 10),1)} tạ/ha = {out[5]} t / {vi(area[5],1)} ha only with the right area', 'n1')
    return c


@case
def v02():
    c = Case('v02-san-xuat-nong-nghiep-hai-nam', 'indicator-rows-unit-col-two-years-index',
             'Crop indicators (area by season, season yields, output, vegetables, fruit) for 2023 and 2024 with '
             'a So sánh (%) index column; all figures typed as vi-VN text; clean',
             hard='season yields and the annual average yield are not additive; Thu Đông area falls 40% while the '
                  'annual total falls far less; Trong đó fruit area in production is a subset; index column never sums')
    s = c.sheet('SXNN')
    s.row('UBND HUYỆN CHÂU THÀNH A')
    s.row('Biểu 2. KẾT QUẢ SẢN XUẤT NÔNG NGHIỆP CHỦ YẾU NĂM 2024')
    s.blank()
    h = s.row('STT', 'Chỉ tiêu', 'ĐVT', 'Năm 2023', 'Năm 2024', 'So sánh 2024/2023 (%)')
    seasons = ['Vụ Đông Xuân', 'Vụ Hè Thu', 'Vụ Thu Đông']
    ar = {2023: [D('18452.6'), D('18120.4'), D('6245.8')], 2024: [D('18510.2'), D('18235.7'), D('3712.5')]}
    out = {2023: [133165, 106254, 33781], 2024: [136177, 105466, 20562]}   # tấn (chosen so that indices of
    # displayed yields equal indices of exact yields: no rounding ambiguity in this clean table)
    T = lambda r, col, x, p=0: s.put(r, col, x, 't%d' % p)
    s.row('I', 'CÂY LÚA')
    r_a = s.row('1', 'Diện tích gieo trồng cả năm', 'ha')
    r_as = [s.row('-', n, 'ha') for n in seasons]
    r_y = s.row('2', 'Năng suất bình quân cả năm', 'tạ/ha')
    r_ys = [s.row('-', n, 'tạ/ha') for n in seasons]
    r_o = s.row('3', 'Sản lượng cả năm', 'tấn')
    r_os = [s.row('-', n, 'tấn') for n in seasons]
    for col, y in ((3, 2023), (4, 2024)):
        T(r_a, col, sum(ar[y]), 1); T(r_o, col, sum(out[y]))
        T(r_y, col, pct(sum(out[y]), sum(ar[y]), 1, 10), 1)
        for k in range(3):
            T(r_as[k], col, ar[y][k], 1); T(r_os[k], col, out[y][k])
            T(r_ys[k], col, pct(out[y][k], ar[y][k], 1, 10), 1)
        c.sum(s, r_a, col, r_as); c.sum(s, r_o, col, r_os)
        for ra_, ry_, ro_ in zip([r_a] + r_as, [r_y] + r_ys, [r_o] + r_os):
            c.ratio(s, ry_, col, [(1, ro_, col)], [(1, ra_, col)], 1, 10)
    idx_rows = [r_a] + r_as + [r_y] + r_ys + [r_o] + r_os
    s.row('II', 'CÂY MÀU, RAU ĐẬU')
    r_m = s.row('1', 'Diện tích gieo trồng cây màu các loại', 'ha')
    s.row('', 'Chia ra:')
    mau = [('Bắp (ngô)', D('1245.3'), D('1310.8')), ('Rau các loại', D('3865.4'), D('4102.6')),
           ('Đậu các loại', D('412.7'), D('388.1')), ('Khoai lang', D('254.9'), D('231.5'))]
    r_ms = []
    for n, a, b in mau:
        r = s.row('-', n, 'ha'); T(r, 3, a, 1); T(r, 4, b, 1); r_ms.append(r)
    T(r_m, 3, sum(x[1] for x in mau), 1); T(r_m, 4, sum(x[2] for x in mau), 1)
    c.sum(s, r_m, 3, r_ms); c.sum(s, r_m, 4, r_ms)
    r_pb = s.row('2', 'Sản lượng bắp (ngô)', 'tấn'); T(r_pb, 3, 8468); T(r_pb, 4, 9241)
    r_pr = s.row('3', 'Sản lượng rau các loại', 'tấn'); T(r_pr, 3, 72318); T(r_pr, 4, 78540)
    s.row('III', 'CÂY LÂU NĂM')
    r_f = s.row('1', 'Diện tích cây ăn trái hiện có', 'ha'); T(r_f, 3, D('9856.4'), 1); T(r_f, 4, D('10231.2'), 1)
    r_fp = s.row('', 'Trong đó: Diện tích cho sản phẩm', 'ha'); T(r_fp, 3, D('8712.9'), 1); T(r_fp, 4, D('8946.0'), 1)
    r_fo = s.row('2', 'Sản lượng trái cây các loại', 'tấn'); T(r_fo, 3, 142385); T(r_fo, 4, 151026)
    for col in (3, 4):
        c.le(s, r_fp, col, r_f, col)
    idx_rows += [r_m] + r_ms + [r_pb, r_pr, r_f, r_fp, r_fo]
    for r in idx_rows:
        cur = F(D(s.rows[r][4].replace('.', '').replace(',', '.')))
        prev = F(D(s.rows[r][3].replace('.', '').replace(',', '.')))
        T(r, 5, rnd(cur * 100 / prev, 2), 2)
        c.ratio(s, r, 5, [(1, r, 4)], [(1, r, 3)], 2)
    c.table(s, h, 0, r_fo, 5)
    s.blank(); s.row('Ghi chú: Năng suất bình quân cả năm = Sản lượng cả năm / Diện tích gieo trồng cả năm.')
    return c


@case
def v03():
    c = Case('v03-chan-nuoi-ky-bao-cao', 'p1-cungky-kybaocao-index-diff',
             'Livestock herd at 01/10 vs same time last year: index column 3 = 2/1 and difference column 4 = 2 - 1; '
             'poultry in thousand heads; the pig herd fell but its difference was typed without the minus sign',
             hard='Trong đó rows (cross-bred cattle, sows) are subsets; poultry/meat Chia ra are exhaustive')
    s = c.sheet('Chăn nuôi')
    s.row('UBND HUYỆN LONG MỸ', None, None, None, 'Biểu số 04/NN')
    s.row('TÌNH HÌNH CHĂN NUÔI (Thời điểm 01/10/2024)')
    s.blank()
    h = s.row('TT', 'Chỉ tiêu', 'ĐVT', 'Cùng kỳ năm trước', 'Kỳ báo cáo', 'So sánh (%)', 'Tăng (+), giảm (-)')
    s.row('A', 'B', 'C', '1', '2', '3 = 2/1', '4 = 2 - 1')
    data = []  # (stt, label, unit, prev, cur, places)

    def R(stt, lab, unit, prev, cur, p=0):
        r = s.row(stt, lab, unit)
        s.put(r, 3, dd(prev), 'g'); s.put(r, 4, dd(cur), 'g')
        s.put(r, 5, pct(cur, prev, 2), 'd2'); s.put(r, 6, dd(cur) - dd(prev), 'g')
        c.ratio(s, r, 5, [(1, r, 4)], [(1, r, 3)], 2)
        c.diff(s, r, 6, 4, 3)
        return r
    r_trau = R('1', 'Đàn trâu', 'con', 1245, 1198)
    r_bo = R('2', 'Đàn bò', 'con', 3860, 4125)
    r_bol = R('', 'Trong đó: Bò lai Sind', 'con', 2954, 3247)
    r_lon = R('3', 'Đàn lợn (không kể lợn con chưa tách mẹ)', 'con', 48652, 45318)
    r_nai = R('', 'Trong đó: Lợn nái', 'con', 5124, 4871)
    r_gc = R('4', 'Đàn gia cầm', 'nghìn con', D('812.5'), D('846.3'))
    s.row('', 'Chia ra:')
    r_ga = R('-', 'Gà', 'nghìn con', D('402.1'), D('431.0'))
    r_vi = R('-', 'Vịt, ngan, ngỗng', 'nghìn con', D('410.4'), D('415.3'))
    meat = [('Thịt trâu', 96, 91), ('Thịt bò', 412, 446), ('Thịt lợn', 7126, 6802), ('Thịt gia cầm', 2217, 2389)]
    r_th = R('5', 'Sản lượng thịt hơi xuất chuồng', 'tấn', sum(m[1] for m in meat), sum(m[2] for m in meat))
    s.row('', 'Chia ra:')
    r_ms = [R('-', m[0], 'tấn', m[1], m[2]) for m in meat]
    for col in (3, 4, 6):
        c.sum(s, r_gc, col, [r_ga, r_vi]); c.sum(s, r_th, col, r_ms)
    for col in (3, 4):
        c.le(s, r_bol, col, r_bo, col); c.le(s, r_nai, col, r_lon, col)
    c.table(s, h, 0, r_ms[-1], 6)
    s.blank(); s.row('Ghi chú: Số liệu gia cầm tính bằng nghìn con.')
    c.error(s, r_lon, 6, D(3334), D(-3334), 'sign',
            'pig herd fell from 48.652 to 45.318 (index 93,15 %): the difference is -3.334, typed 3.334', 'g')
    return c

@case
def v04():
    c = Case('v04-thu-ngan-sach-du-toan', 'budget-plan-two-levels-est-three-pct',
             'Budget revenue: 2023 actual, 2024 estimate assigned by the province and by the district council, '
             '2024 estimated outturn and three % columns (vs province plan, vs district plan, vs same period); '
             'one % vs district plan was computed on the province plan',
             hard='Trong đó row (domestic revenue excluding land-use fees) is a subset, not an addend')
    s = c.sheet('Thu NS')
    s.row('UBND HUYỆN VỊ THỦY', None, None, None, None, None, 'Biểu số 01/NS')
    s.row('ƯỚC THỰC HIỆN THU NGÂN SÁCH NHÀ NƯỚC NĂM 2024')
    s.row(None, None, None, None, None, None, 'Đơn vị tính: triệu đồng')
    h = s.row('STT', 'Nội dung', 'Thực hiện năm 2023', 'Dự toán năm 2024', None, 'Ước thực hiện năm 2024',
              'So sánh (%)', None, None)
    s.row(None, None, None, 'Tỉnh giao', 'HĐND huyện giao', None, 'Dự toán tỉnh giao', 'Dự toán huyện giao', 'Cùng kỳ')
    s.row('A', 'B', '1', '2', '3', '4', '5 = 4/2', '6 = 4/3', '7 = 4/1')
    s.merge(h, 0, h + 1, 0); s.merge(h, 1, h + 1, 1); s.merge(h, 2, h + 1, 2); s.merge(h, 3, h, 4)
    s.merge(h, 5, h + 1, 5); s.merge(h, 6, h, 8)
    items = [('1', 'Thu từ khu vực doanh nghiệp nhà nước', 1854, 1900, 1900, 2012),
             ('2', 'Thu từ khu vực công thương nghiệp ngoài quốc doanh', 38652, 41000, 43500, 44187),
             ('3', 'Lệ phí trước bạ', 17426, 18500, 20000, 21356),
             ('4', 'Thuế thu nhập cá nhân', 9874, 10200, 10800, 11452),
             ('5', 'Thu phí, lệ phí', 3215, 3400, 3600, 3387),
             ('6', 'Thu tiền sử dụng đất', 42560, 35000, 45000, 38125),
             ('7', 'Thu tiền thuê đất, mặt nước', 2874, 2900, 3000, 3146),
             ('8', 'Thu khác ngân sách', 6128, 5600, 6000, 7254)]
    II = ('II', 'Các khoản huy động, đóng góp', 4587, 3000, 4000, 5123)
    tot = [sum(x[k] for x in items) for k in range(2, 6)]
    rT = s.row('', 'TỔNG THU NSNN TRÊN ĐỊA BÀN (I + II)')
    rI = s.row('I', 'Thu nội địa')
    rX = s.row('', 'Trong đó: Thu nội địa không kể tiền sử dụng đất')
    ri = [s.row(x[0], x[1]) for x in items]
    rII = s.row(II[0], II[1])
    vals = {rI: tot, rX: [tot[k] - items[5][k + 2] for k in range(4)], rII: list(II[2:]),
            rT: [tot[k] + II[k + 2] for k in range(4)]}
    for r, x in zip(ri, items):
        vals[r] = list(x[2:])
    for r, v in vals.items():
        for k in range(4):
            s.put(r, 2 + k, v[k], 'n0')
        s.put(r, 6, pct(v[3], v[1], 1), 'd1'); s.put(r, 7, pct(v[3], v[2], 1), 'd1'); s.put(r, 8, pct(v[3], v[0], 1), 'd1')
        c.ratio(s, r, 6, [(1, r, 5)], [(1, r, 3)], 1); c.ratio(s, r, 7, [(1, r, 5)], [(1, r, 4)], 1)
        c.ratio(s, r, 8, [(1, r, 5)], [(1, r, 2)], 1)
    for col in range(2, 6):
        c.sum(s, rI, col, ri); c.sum(s, rT, col, [rI, rII])
        c.lin(s, rX, col, [(1, rI, col), (-1, ri[5], col)])
        c.le(s, rX, col, rI, col)
    c.table(s, h, 0, rII, 8)
    s.blank(); s.row('Ghi chú: Số liệu ước thực hiện đến 31/12/2024 theo báo cáo của Chi cục Thuế khu vực.')
    r3 = ri[2]
    c.error(s, r3, 7, pct(21356, 18500, 1), pct(21356, 20000, 1), 'base',
            '% vs district plan for lệ phí trước bạ was computed on the province plan: 21.356/18.500 = 115,4; '
            'on the district plan 21.356/20.000 = 106,8', 'd1')
    return c


@case
def v05():
    c = Case('v05-chi-ngan-sach-6-thang', 'budget-spend-letters-roman-trongdo-text',
             'Local budget spending, 6-month outturn against the annual estimate and the same period; '
             'A/B letters, roman items, a Trong đó block under recurrent spending, dashes for the reserve; '
             'all figures vi-VN text; clean',
             hard='Trong đó (education, science) is a subset of recurrent spending; reserve has "-" in the outturn '
                  'columns; letters A/B and roman I-III nest; % columns never sum')
    s = c.sheet('Chi NS 6T')
    s.row('UBND HUYỆN CHÂU THÀNH')
    s.row('PHÒNG TÀI CHÍNH - KẾ HOẠCH')
    s.blank()
    s.row('Biểu số 02. TÌNH HÌNH THỰC HIỆN CHI NGÂN SÁCH ĐỊA PHƯƠNG 6 THÁNG ĐẦU NĂM 2024')
    s.row(None, None, None, None, None, None, 'ĐVT: triệu đồng')
    h = s.row('STT', 'Nội dung chi', 'Dự toán năm 2024', 'Thực hiện 6 tháng đầu năm 2024',
              'So với dự toán (%)', 'Cùng kỳ năm 2023', 'So với cùng kỳ (%)')
    dt = {'I': 48500, 'II': 412650, 'II1': 196420, 'II2': 1250, 'III': 8650,
          'B1': 15200, 'B2': 6850, 'B3': 21345}
    th = {'I': 21874, 'II': 198352, 'II1': 95128, 'II2': 312, 'III': None,
          'B1': 4215, 'B2': 2106, 'B3': 9874}
    ck = {'I': 19652, 'II': 187413, 'II1': 90745, 'II2': 408, 'III': None,
          'B1': 3860, 'B2': 2487, 'B3': 8540}
    for d_ in (dt, th, ck):
        d_['A'] = d_['I'] + d_['II'] + (d_['III'] or 0)
        d_['B'] = d_['B1'] + d_['B2'] + d_['B3']
        d_['T'] = d_['A'] + d_['B']
    lab = [('', 'TỔNG CHI NGÂN SÁCH ĐỊA PHƯƠNG (A + B)', 'T'), ('A', 'CHI CÂN ĐỐI NGÂN SÁCH ĐỊA PHƯƠNG', 'A'),
           ('I', 'Chi đầu tư phát triển', 'I'), ('II', 'Chi thường xuyên', 'II'), ('', 'Trong đó:', None),
           ('1', 'Chi sự nghiệp giáo dục - đào tạo và dạy nghề', 'II1'), ('2', 'Chi sự nghiệp khoa học và công nghệ', 'II2'),
           ('III', 'Dự phòng ngân sách', 'III'), ('B', 'CHI TỪ NGUỒN BỔ SUNG CÓ MỤC TIÊU', 'B'),
           ('1', 'Chương trình MTQG xây dựng nông thôn mới', 'B1'), ('2', 'Chương trình MTQG giảm nghèo bền vững', 'B2'),
           ('3', 'Các nhiệm vụ, chính sách khác', 'B3')]
    R = {}
    for stt, l, k in lab:
        r = s.row(stt, l)
        if k is None:
            continue
        R[k] = r
        s.put(r, 2, dt[k], 't0')
        if th[k] is None:
            for col in (3, 4, 5, 6):
                s.put(r, col, '-')
            continue
        s.put(r, 3, th[k], 't0'); s.put(r, 4, pct(th[k], dt[k], 2), 't2')
        s.put(r, 5, ck[k], 't0'); s.put(r, 6, pct(th[k], ck[k], 2), 't2')
        c.ratio(s, r, 4, [(1, r, 3)], [(1, r, 2)], 2); c.ratio(s, r, 6, [(1, r, 3)], [(1, r, 5)], 2)
    for col in (2, 3, 5):
        c.sum(s, R['T'], col, [R['A'], R['B']]); c.sum(s, R['A'], col, [R['I'], R['II'], R['III']])
        c.sum(s, R['B'], col, [R['B1'], R['B2'], R['B3']])
        c.le(s, None, None, R['II'], col, many=[(R['II1'], col), (R['II2'], col)])
    c.table(s, h, 0, R['B3'], 6)
    s.blank(); s.row('Ghi chú: Dự phòng ngân sách chưa sử dụng trong 6 tháng đầu năm.')
    return c


@case
def v06():
    c = Case('v06-bhxh-bhyt-4-nam', 'indicator-rows-four-years-rate-rows',
             'Social, unemployment and health insurance participants 2021-2024 with rate rows under the count '
             'rows (base = labour force or population, rows given above); one rate truncated',
             hard='rate rows sit between count rows and must not be added; Chia ra compulsory/voluntary is exhaustive')
    s = c.sheet('BHXH')
    s.row('BẢO HIỂM XÃ HỘI HUYỆN TÂN HIỆP')
    s.row('KẾT QUẢ PHÁT TRIỂN ĐỐI TƯỢNG THAM GIA BHXH, BHYT, BHTN GIAI ĐOẠN 2021 - 2024')
    s.blank()
    h = s.row('TT', 'Chỉ tiêu', 'ĐVT', 'Năm 2021', 'Năm 2022', 'Năm 2023', 'Năm 2024', 'Ghi chú')
    pop = [142356, 143021, 143688, 144170]
    lf = [84125, 84590, 85012, 85473]
    bb = [9126, 9458, 9874, 10215]
    tn = [3125, 4287, 5436, 6812]
    btn = [8412, 8736, 9102, 9468]
    yt = [127845, 131204, 134313, 136920]
    r_pop = s.row('1', 'Dân số trung bình', 'người')
    r_lf = s.row('2', 'Lực lượng lao động trong độ tuổi', 'người')
    r_x = s.row('3', 'Số người tham gia BHXH', 'người')
    r_bb = s.row('', '- BHXH bắt buộc', 'người')
    r_tn = s.row('', '- BHXH tự nguyện', 'người')
    r_xr = s.row('', 'Tỷ lệ lực lượng lao động tham gia BHXH', '%')
    r_t = s.row('4', 'Số người tham gia bảo hiểm thất nghiệp', 'người')
    r_tr = s.row('', 'Tỷ lệ lực lượng lao động tham gia BHTN', '%')
    r_y = s.row('5', 'Số người tham gia BHYT', 'người')
    r_yr = s.row('', 'Tỷ lệ bao phủ BHYT (so với dân số)', '%')
    s.set(r_yr, 7, 'Chỉ tiêu NQ: 95%')
    for k in range(4):
        col = 3 + k
        for r, v in ((r_pop, pop[k]), (r_lf, lf[k]), (r_bb, bb[k]), (r_tn, tn[k]), (r_x, bb[k] + tn[k]),
                     (r_t, btn[k]), (r_y, yt[k])):
            s.put(r, col, v, 'n0')
        s.put(r_xr, col, pct(bb[k] + tn[k], lf[k]), 'd2'); s.put(r_tr, col, pct(btn[k], lf[k]), 'd2')
        s.put(r_yr, col, pct(yt[k], pop[k]), 'd2')
        c.sum(s, r_x, col, [r_bb, r_tn])
        c.share(s, r_xr, col, r_x, col, r_lf, col); c.share(s, r_tr, col, r_t, col, r_lf, col)
        c.share(s, r_yr, col, r_y, col, r_pop, col)
    c.table(s, h, 0, r_yr, 7)
    ex = F(yt[2]) * 100 / pop[2]
    assert trunc(ex, 2) != rnd(ex, 2)
    c.warn(s, r_yr, 5, trunc(ex, 2), rnd(ex, 2), 'truncation',
           f'134.313/143.688 = {float(ex):.4f} % written {vi(trunc(ex,2),2)} instead of {vi(rnd(ex,2),2)}', 'd2')
    return c


@case
def v07():
    c = Case('v07-ho-ngheo-can-ngheo-theo-xa', 'communes-3row-header-colnum-count-rate-pairs',
             'Poor and near-poor households by commune with rates on the commune total (3 header rows, merged '
             'groups, a column-number row 1 | 2 | 3=2/1 ...), total last; vi-VN text; one count with two digits '
             'swapped, one rate typed without decimals',
             hard='rates are per commune; the total rate is computed on totals, not summed or averaged')
    s = c.sheet('Hộ nghèo 2024')
    s.row('UBND HUYỆN LONG MỸ', None, None, None, None, None, None, 'Biểu 02/GN')
    s.row('BAN CHỈ ĐẠO GIẢM NGHÈO')
    s.row('KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO NĂM 2024')
    s.row('(Theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025)')
    h = s.row('STT', 'Xã, thị trấn', 'Tổng số hộ dân cư', 'Hộ nghèo', None, 'Hộ cận nghèo', None, 'Ghi chú')
    s.row(None, None, None, 'Số hộ', 'Tỷ lệ (%)', 'Số hộ', 'Tỷ lệ (%)', None)
    s.row('A', 'B', '1', '2', '3 = 2/1', '4', '5 = 4/1', 'C')
    s.merge(h, 0, h + 1, 0); s.merge(h, 1, h + 1, 1); s.merge(h, 2, h + 1, 2); s.merge(h, 3, h, 4)
    s.merge(h, 5, h, 6); s.merge(h, 7, h + 1, 7)
    xa = ['Thị trấn Vĩnh Viễn', 'Xã Vĩnh Viễn A', 'Xã Lương Tâm', 'Xã Lương Nghĩa', 'Xã Xà Phiên',
          'Xã Thuận Hưng', 'Xã Thuận Hòa', 'Xã Vĩnh Thuận Đông', 'Xã Long Bình', 'Xã Long Trị',
          'Xã Long Phú', 'Xã Tân Phú']
    tot = [3412, 2187, 2654, 2310, 2896, 1975, 2248, 2563, 1864, 2731, 2105, 1658]
    ng = [42, 65, 87, 146, 93, 71, 58, 102, 49, 77, 68, 55]
    cn = [88, 112, 135, 167, 129, 94, 110, 141, 86, 126, 97, 73]
    rows = []
    for i in range(len(xa)):
        r = s.row(i + 1, xa[i])
        s.put(r, 2, tot[i], 't0'); s.put(r, 3, ng[i], 't0'); s.put(r, 4, pct(ng[i], tot[i]), 't2')
        s.put(r, 5, cn[i], 't0'); s.put(r, 6, pct(cn[i], tot[i]), 't2')
        rows.append(r)
    rt = s.row(None, 'Tổng cộng')
    T = [sum(tot), sum(ng), sum(cn)]
    s.put(rt, 2, T[0], 't0'); s.put(rt, 3, T[1], 't0'); s.put(rt, 4, pct(T[1], T[0]), 't2')
    s.put(rt, 5, T[2], 't0'); s.put(rt, 6, pct(T[2], T[0]), 't2')
    s.set(rows[3], 7, 'Có 01 ấp đặc biệt khó khăn')
    for col in (2, 3, 5):
        c.sum(s, rt, col, rows)
    for r in rows + [rt]:
        c.share(s, r, 4, r, 3, r, 2); c.share(s, r, 6, r, 5, r, 2)
    c.table(s, h, 0, rt, 7)
    s.blank(); s.row('Người lập biểu', None, None, None, None, 'TM. BAN CHỈ ĐẠO')
    c.error(s, rows[3], 3, 164, 146, 'transposition',
            '164 typed for 146 (digits 4 and 6 swapped): the column no longer adds to the total and '
            '146/2.310 = 6,32 % is the rate printed beside it', 't0')
    ex = F(cn[9]) * 100 / tot[9]
    c.warn(s, rows[9], 6, rnd(ex, 0), rnd(ex, 2), 'precision',
           f'126/2.731 = {float(ex):.4f} % typed "{vi(rnd(ex,0))}" in a column of 2-decimal rates ({vi(rnd(ex,2),2)})', 't0')
    return c


@case
def v08():
    c = Case('v08-giam-ngheo-dau-cuoi-nam', 'communes-start-end-year-groups-points',
             'Poverty at the start and end of 2024 by commune: households, poor households and rates for each date, '
             'the fall in poor households (positive numbers in a column headed "giảm") and the fall of the rate in '
             'percentage points; total row first; clean',
             hard='the "giảm" columns hold positive numbers for decreases; a commune with no fall in poor '
                  'households still shows a rate fall (more households); the total rate fall is not the sum of the '
                  'communes\' point falls; number formats for rates')
    s = c.sheet('Giảm nghèo')
    s.row('UBND HUYỆN PHONG ĐIỀN')
    s.row('Biểu 3: KẾT QUẢ GIẢM NGHÈO NĂM 2024')
    s.blank()
    h = s.row('STT', 'Đơn vị', 'Đầu năm 2024', None, None, 'Cuối năm 2024', None, None,
              'Số hộ nghèo giảm (hộ)', 'Tỷ lệ hộ nghèo giảm (điểm %)')
    s.row(None, None, 'Tổng số hộ', 'Hộ nghèo', 'Tỷ lệ (%)', 'Tổng số hộ', 'Hộ nghèo', 'Tỷ lệ (%)', None, None)
    s.row('A', 'B', '1', '2', '3 = 2/1', '4', '5', '6 = 5/4', '7 = 2 - 5', '8 = 3 - 6')
    s.merge(h, 0, h + 1, 0); s.merge(h, 1, h + 1, 1); s.merge(h, 2, h, 4); s.merge(h, 5, h, 7)
    s.merge(h, 8, h + 1, 8); s.merge(h, 9, h + 1, 9)
    xa = ['Thị trấn Phong Điền', 'Xã Nhơn Ái', 'Xã Giai Xuân', 'Xã Tân Thới', 'Xã Trường Long',
          'Xã Mỹ Khánh', 'Xã Nhơn Nghĩa']
    t0 = [4215, 3126, 3874, 3342, 4460, 2987, 3516]
    n0 = [61, 84, 102, 76, 131, 58, 93]
    t1 = [4298, 3155, 3921, 3378, 4502, 3034, 3560]
    n1 = [42, 63, 80, 76, 94, 41, 70]
    rt = s.row('', 'Toàn huyện')
    rows = []
    for i in range(len(xa)):
        rows.append(s.row(i + 1, xa[i]))

    def fill(r, a, b, cc, d):
        ra, rb = pct(b, a), pct(d, cc)
        s.put(r, 2, a, 'g'); s.put(r, 3, b, 'g'); s.put(r, 4, ra, 'd2')
        s.put(r, 5, cc, 'g'); s.put(r, 6, d, 'g'); s.put(r, 7, rb, 'd2')
        s.put(r, 8, b - d, 'g'); s.put(r, 9, ra - rb, 'd2')
    fill(rt, sum(t0), sum(n0), sum(t1), sum(n1))
    for i, r in enumerate(rows):
        fill(r, t0[i], n0[i], t1[i], n1[i])
    for col in (2, 3, 5, 6, 8):
        c.sum(s, rt, col, rows)
    for r in [rt] + rows:
        c.share(s, r, 4, r, 3, r, 2); c.share(s, r, 7, r, 6, r, 5)
        c.diff(s, r, 8, 3, 6); c.diff(s, r, 9, 4, 7)
    c.table(s, h, 0, rows[-1], 9)
    return c


@case
def v09():
    c = Case('v09-giao-duc-ba-nam-hoc', 'roman-blocks-school-years-diff',
             'Schools, classes, pupils and teachers by level (roman blocks I-III, a stated total block IV = I+II+III) '
             'over three school years, with the change vs the previous school year; rates and pupils per class '
             'inside each block; clean',
             hard='school-year labels "2023 - 2024" look like numbers; Trong đó rows (standard schools, 5-year-olds, '
                  'girls) are subsets; rate and average rows must not be added across blocks; negative changes "-2"')
    s = c.sheet('GD')
    s.row('PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN CÁI NƯỚC')
    s.row('TÌNH HÌNH PHÁT TRIỂN GIÁO DỤC MẦM NON VÀ PHỔ THÔNG')
    s.blank()
    h = s.row('TT', 'Chỉ tiêu', 'ĐVT', 'Năm học 2022 - 2023', 'Năm học 2023 - 2024', 'Năm học 2024 - 2025',
              'Tăng (+), giảm (-) so với năm học trước')
    lv = [('I', 'MẦM NON', 'Số nhóm, lớp', 'Số trẻ', 'Trong đó: Trẻ 5 tuổi', 'trẻ', 'Bình quân trẻ/lớp', 'trẻ/lớp',
           [22, 22, 21], [15, 16, 16], [268, 272, 270], [7215, 7352, 7188], [2514, 2480, 2461], [498, 506, 511]),
          ('II', 'TIỂU HỌC', 'Số lớp', 'Số học sinh', 'Trong đó: Học sinh nữ', 'học sinh', 'Bình quân học sinh/lớp',
           'học sinh/lớp', [26, 25, 23], [21, 22, 21], [512, 498, 487], [14352, 14118, 13896], [6948, 6870, 6742],
           [742, 731, 724]),
          ('III', 'TRUNG HỌC CƠ SỞ', 'Số lớp', 'Số học sinh', 'Trong đó: Học sinh nữ', 'học sinh',
           'Bình quân học sinh/lớp', 'học sinh/lớp', [14, 14, 14], [10, 11, 12], [268, 275, 281], [10562, 10874, 11210],
           [5213, 5368, 5542], [598, 604, 612])]
    blocks = []
    for (rom, name, lcls, lpup, lsub, upup, lavg, uavg, tr_, std, cls, pup, sub, tch) in lv:
        s.row(rom, name)
        R = {}
        R['tr'] = s.row('1', 'Số trường', 'trường')
        R['std'] = s.row('', 'Trong đó: Trường đạt chuẩn quốc gia', 'trường')
        R['rate'] = s.row('', 'Tỷ lệ trường đạt chuẩn quốc gia', '%')
        R['cls'] = s.row('2', lcls, 'lớp')
        R['pup'] = s.row('3', lpup, upup)
        R['sub'] = s.row('', lsub, upup)
        R['tch'] = s.row('4', 'Số giáo viên', 'người')
        R['avg'] = s.row('5', lavg, uavg)
        for k in range(3):
            col = 3 + k
            for key, arr in (('tr', tr_), ('std', std), ('cls', cls), ('pup', pup), ('sub', sub), ('tch', tch)):
                s.put(R[key], col, arr[k], 'g')
            s.put(R['rate'], col, pct(std[k], tr_[k]), 'd2')
            s.put(R['avg'], col, pct(pup[k], cls[k], 1, 1), 'd1')
            c.share(s, R['rate'], col, R['std'], col, R['tr'], col)
            c.ratio(s, R['avg'], col, [(1, R['pup'], col)], [(1, R['cls'], col)], 1, 1)
            c.le(s, R['std'], col, R['tr'], col); c.le(s, R['sub'], col, R['pup'], col)
        for key in R:
            cur, prev = s.rows[R[key]][5], s.rows[R[key]][4]
            p = 2 if key == 'rate' else (1 if key == 'avg' else 0)
            s.put(R[key], 6, rnd(F(dd(cur)) - F(dd(prev)), p), 'g')
            c.diff(s, R[key], 6, 5, 4)
        blocks.append(R)
    s.row('IV', 'TỔNG SỐ (I + II + III)')
    RT = {}
    RT['tr'] = s.row('1', 'Số trường', 'trường')
    RT['std'] = s.row('', 'Trong đó: Trường đạt chuẩn quốc gia', 'trường')
    RT['rate'] = s.row('', 'Tỷ lệ trường đạt chuẩn quốc gia', '%')
    RT['cls'] = s.row('2', 'Số nhóm, lớp', 'lớp')
    RT['pup'] = s.row('3', 'Số trẻ, học sinh', 'người')
    RT['tch'] = s.row('4', 'Số giáo viên', 'người')
    for k in range(3):
        col = 3 + k
        for key in ('tr', 'std', 'cls', 'pup', 'tch'):
            tot = sum(dd(s.rows[b[key]][col]) for b in blocks)
            s.put(RT[key], col, tot, 'g')
            c.sum(s, RT[key], col, [b[key] for b in blocks])
        s.put(RT['rate'], col, pct(dd(s.rows[RT['std']][col]), dd(s.rows[RT['tr']][col])), 'd2')
        c.share(s, RT['rate'], col, RT['std'], col, RT['tr'], col)
    for key in RT:
        p = 2 if key == 'rate' else 0
        s.put(RT[key], 6, rnd(F(dd(s.rows[RT[key]][5])) - F(dd(s.rows[RT[key]][4])), p), 'g')
        c.diff(s, RT[key], 6, 5, 4)
    for key in ('tr', 'std', 'cls', 'pup', 'tch'):
        c.sum(s, RT[key], 6, [b[key] for b in blocks])
    c.table(s, h, 0, RT['tch'], 6)
    return c


@case
def v10():
    c = Case('v10-giao-vien-theo-cap-hoc', 'levels-as-columns-total-formula',
             'Teachers by level with levels as columns (Tổng số = Mầm non + Tiểu học + THCS, column-number row '
             '1 = 2 + 3 + 4), Trong đó rows, qualification breakdown and rate rows; the Tổng số column holds SUM '
             'formulas, one of which omits the THCS column',
             hard='rate and teachers-per-class rows are not additive across columns; Trong đó: trên chuẩn is nested '
                  'inside đạt chuẩn')
    s = c.sheet('Biểu 5')
    s.row('PHÒNG GIÁO DỤC VÀ ĐÀO TẠO')
    s.row('Biểu 5. ĐỘI NGŨ GIÁO VIÊN NĂM HỌC 2024 - 2025')
    s.row(None, None, None, None, 'Đơn vị tính: người')
    h = s.row('TT', 'Nội dung', 'Tổng số', 'Mầm non', 'Tiểu học', 'Trung học cơ sở')
    s.row('A', 'B', '1 = 2 + 3 + 4', '2', '3', '4')
    d = {'lop': [214, 466, 238], 'gv': [352, 731, 512], 'nu': [352, 568, 341], 'dt': [41, 86, 52],
         'dv': [118, 402, 326], 'dc': [331, 712, 503], 'tc': [205, 540, 389], 'cdc': [21, 19, 9]}
    lab = [('1', 'Số lớp, nhóm lớp', 'lop'), ('2', 'Tổng số giáo viên', 'gv'), ('', 'Trong đó: - Nữ', 'nu'),
           ('', '               - Dân tộc thiểu số', 'dt'), ('', '               - Đảng viên', 'dv'),
           ('3', 'Phân theo trình độ đào tạo:', None), ('', '- Đạt chuẩn trở lên', 'dc'),
           ('', '   Trong đó: Trên chuẩn', 'tc'), ('', '- Chưa đạt chuẩn', 'cdc')]
    R = {}
    for stt, l, k in lab:
        r = s.row(stt, l)
        if k:
            R[k] = r
            for j in range(3):
                s.put(r, 3 + j, d[k][j], 'g')
            s.put(r, 2, sum(d[k]), 'g', formula=f'SUM({A(r, 3)}:{A(r, 5)})')
            c.hsum(s, r, 2, [3, 4, 5])
    R['r1'] = s.row('4', 'Tỷ lệ giáo viên đạt chuẩn trở lên (%)')
    R['r2'] = s.row('5', 'Tỷ lệ giáo viên trên chuẩn (%)')
    R['r3'] = s.row('6', 'Tỷ lệ giáo viên/lớp (người/lớp)')
    for j in range(4):
        col = 2 + j
        vals = [sum(d[k]) for k in ('dc', 'tc', 'gv', 'lop')] if j == 0 else [d[k][j - 1] for k in ('dc', 'tc', 'gv', 'lop')]
        s.put(R['r1'], col, pct(vals[0], vals[2]), 'd2'); s.put(R['r2'], col, pct(vals[1], vals[2]), 'd2')
        s.put(R['r3'], col, pct(vals[2], vals[3], 2, 1), 'd2')
        c.share(s, R['r1'], col, R['dc'], col, R['gv'], col); c.share(s, R['r2'], col, R['tc'], col, R['gv'], col)
        c.ratio(s, R['r3'], col, [(1, R['gv'], col)], [(1, R['lop'], col)], 2, 1)
        c.sum(s, R['gv'], col, [R['dc'], R['cdc']])
        for k in ('nu', 'dt', 'dv'):
            c.le(s, R[k], col, R['gv'], col)
        c.le(s, R['tc'], col, R['dc'], col)
    c.table(s, h, 0, R['r3'], 5)
    rg = R['gv']
    wrong = d['gv'][0] + d['gv'][1]
    c.error(s, rg, 2, wrong, sum(d['gv']), 'formula-range',
            f'{A(rg, 2)} =SUM({A(rg, 3)}:{A(rg, 4)}) leaves out the THCS column: {wrong} instead of {sum(d["gv"])}; '
            'the qualification rows and the rates of the column are computed on 1.595', 'g',
            formula=f'SUM({A(rg, 3)}:{A(rg, 4)})')
    return c


@case
def v11():
    c = Case('v11-tiem-chung-9-thang', 'stations-rows-total-first-two-rate-pairs-note',
             'Expanded immunisation, 9 months: per commune health station the annual target of infants, fully '
             'immunised infants and rate, pregnant women and tetanus (UV2+) coverage; total first without STT; '
             'one rate typed as an integer',
             hard='rates are of the annual target (9-month progress); notes column with text')
    s = c.sheet('TCMR')
    s.row('TRUNG TÂM Y TẾ HUYỆN THỚI BÌNH')
    s.row('KẾT QUẢ TIÊM CHỦNG MỞ RỘNG 9 THÁNG ĐẦU NĂM 2024')
    s.blank()
    h = s.row('TT', 'Đơn vị', 'Số trẻ dưới 1 tuổi (kế hoạch năm)', 'Trẻ được tiêm chủng đầy đủ', None,
              'Số phụ nữ có thai (kế hoạch năm)', 'Tiêm phòng uốn ván (UV2+)', None, 'Ghi chú')
    s.row(None, None, None, 'Số trẻ', 'Tỷ lệ (%)', None, 'Số người', 'Tỷ lệ (%)', None)
    s.merge(h, 0, h + 1, 0); s.merge(h, 1, h + 1, 1); s.merge(h, 2, h + 1, 2); s.merge(h, 3, h, 4)
    s.merge(h, 5, h + 1, 5); s.merge(h, 6, h, 7); s.merge(h, 8, h + 1, 8)
    tr = ['TYT Thị trấn Thới Bình', 'TYT xã Biển Bạch', 'TYT xã Biển Bạch Đông', 'TYT xã Tân Bằng',
          'TYT xã Trí Phải', 'TYT xã Trí Lực', 'TYT xã Tân Lộc', 'TYT xã Tân Lộc Bắc', 'TYT xã Hồ Thị Kỷ',
          'TYT xã Thới Bình']
    inf = [152, 118, 96, 134, 141, 102, 127, 88, 109, 125]
    imm = [121, 87, 71, 98, 107, 80, 92, 70, 83, 95]
    pw = [160, 124, 101, 140, 148, 108, 133, 93, 115, 131]
    uv = [118, 90, 74, 99, 111, 76, 97, 69, 85, 94]
    rt = s.row('', 'Toàn huyện')
    rows = [s.row(i + 1, tr[i]) for i in range(len(tr))]

    def fill(r, a, b, cc, dd_):
        s.put(r, 2, a, 'g'); s.put(r, 3, b, 'g'); s.put(r, 4, pct(b, a), 't2')
        s.put(r, 5, cc, 'g'); s.put(r, 6, dd_, 'g'); s.put(r, 7, pct(dd_, cc), 't2')
        s.set(r, 8, 'Đạt tiến độ' if pct(b, a) >= 75 else 'Chậm tiến độ')
    fill(rt, sum(inf), sum(imm), sum(pw), sum(uv))
    for i, r in enumerate(rows):
        fill(r, inf[i], imm[i], pw[i], uv[i])
    for col in (2, 3, 5, 6):
        c.sum(s, rt, col, rows)
    for r in [rt] + rows:
        c.share(s, r, 4, r, 3, r, 2); c.share(s, r, 7, r, 6, r, 5)
    c.table(s, h, 0, rows[-1], 8)
    s.blank(); s.row('Ghi chú: Tiến độ 9 tháng đạt từ 75% kế hoạch năm trở lên được đánh giá "Đạt tiến độ".')
    k = 3
    ex = F(imm[k]) * 100 / inf[k]
    c.warn(s, rows[k], 4, rnd(ex, 0), rnd(ex, 2), 'precision',
           f'98/134 = {float(ex):.4f} % typed "{vi(rnd(ex,0))}" among 2-decimal rates ({vi(rnd(ex,2),2)})', 't0')
    return c


@case
def v12():
    c = Case('v12-tai-nan-giao-thong-6-thang', 'paren-negatives-diff-and-pct-change',
             'Traffic accidents, deaths and injuries, 6 months 2024 vs 2023, with the change in number and in % '
             '(negatives in parentheses, vi-VN text); in one row the % column holds the index (cur/prev x 100) '
             'instead of the % change',
             hard='Chia ra road/waterway is exhaustive; "Trong đó: từ nghiêm trọng trở lên" is a subset; '
                  'changes in parentheses')
    s = c.sheet('TNGT')
    s.row('CÔNG AN HUYỆN HÒA BÌNH')
    s.row('TÌNH HÌNH TAI NẠN GIAO THÔNG 6 THÁNG ĐẦU NĂM 2024')
    s.blank()
    h = s.row('TT', 'Nội dung', 'ĐVT', '6 tháng đầu năm 2023', '6 tháng đầu năm 2024', 'So với cùng kỳ', None)
    s.row(None, None, None, None, None, 'Tăng (+), giảm (-)', 'Tỷ lệ (%)')
    s.merge(h, 0, h + 1, 0); s.merge(h, 1, h + 1, 1); s.merge(h, 2, h + 1, 2); s.merge(h, 3, h + 1, 3)
    s.merge(h, 4, h + 1, 4); s.merge(h, 5, h, 6)

    def R(stt, lab, unit, a, b):
        r = s.row(stt, lab, unit)
        s.put(r, 3, a, 't0'); s.put(r, 4, b, 't0'); s.put(r, 5, b - a, 'p0'); s.put(r, 6, pct(b - a, a), 'p2')
        c.diff(s, r, 5, 4, 3); c.chg(s, r, 6, (r, 4), (r, 3))
        return r
    r1 = R('1', 'Số vụ tai nạn giao thông', 'vụ', 42, 36)
    s.row('', 'Chia ra:')
    r1a = R('', '- Đường bộ', 'vụ', 38, 33)
    r1b = R('', '- Đường thủy nội địa', 'vụ', 4, 3)
    r1c = R('', 'Trong đó: Số vụ từ nghiêm trọng trở lên', 'vụ', 18, 15)
    r2 = R('2', 'Số người chết', 'người', 35, 30)
    s.row('', 'Chia ra:')
    r2a = R('', '- Đường bộ', 'người', 31, 27)
    r2b = R('', '- Đường thủy nội địa', 'người', 4, 3)
    r3 = R('3', 'Số người bị thương', 'người', 28, 31)
    s.row('', 'Chia ra:')
    r3a = R('', '- Đường bộ', 'người', 26, 30)
    r3b = R('', '- Đường thủy nội địa', 'người', 2, 1)
    r4 = R('4', 'Số vụ va chạm giao thông', 'vụ', 65, 52)
    r5 = R('5', 'Thiệt hại tài sản (ước tính)', 'triệu đồng', 1250, 980)
    for col in (3, 4, 5):
        c.sum(s, r1, col, [r1a, r1b]); c.sum(s, r2, col, [r2a, r2b]); c.sum(s, r3, col, [r3a, r3b])
    for col in (3, 4):
        c.le(s, r1c, col, r1, col)
    c.table(s, h, 0, r5, 6)
    s.blank(); s.row('Ghi chú: số trong ngoặc đơn ( ) là giảm so với cùng kỳ.')
    c.error(s, r2, 6, pct(30, 35), pct(-5, 35), 'other',
            'deaths 35 -> 30: the % column should hold the change -14,29 % (written "(14,29)") but holds the '
            'index 30/35 x 100 = 85,71', 'p2')
    return c


@case
def v13():
    c = Case('v13-don-thu-khieu-nai-to-cao', 'types-as-columns-balance-rows',
             'Complaints, denunciations and petitions: types as columns (Tổng số = 4 + 5 + 6), balance rows '
             '(1 = a + b, 3 = 1 - 2, within competence = resolved + pending) and a resolution-rate row; in the '
             '"resolved" row the complaint and denunciation figures were swapped',
             hard='the swap keeps the row total right; the rate row is not additive across columns')
    s = c.sheet('KNTC')
    s.row('THANH TRA HUYỆN')
    s.row('KẾT QUẢ TIẾP NHẬN, XỬ LÝ, GIẢI QUYẾT ĐƠN THƯ KHIẾU NẠI, TỐ CÁO, KIẾN NGHỊ, PHẢN ÁNH NĂM 2024')
    s.row(None, None, None, None, None, 'Đơn vị tính: đơn')
    h = s.row('STT', 'Nội dung', 'Tổng số', 'Khiếu nại', 'Tố cáo', 'Kiến nghị, phản ánh')
    s.row('A', 'B', '1 = 2 + 3 + 4', '2', '3', '4')
    a = [5, 2, 3]; b = [84, 27, 156]; kd = [12, 9, 31]; tq = [48, 14, 96]; gq = [45, 11, 90]
    one = [x + y for x, y in zip(a, b)]
    dk = [x - y for x, y in zip(one, kd)]
    dang = [x - y for x, y in zip(tq, gq)]
    lab = [('1', 'Tổng số đơn tiếp nhận (1 = a + b)', one), ('a', 'Kỳ trước chuyển sang', a),
           ('b', 'Tiếp nhận trong kỳ', b), ('2', 'Số đơn không đủ điều kiện xử lý (trùng, nặc danh, không rõ nội dung)', kd),
           ('3', 'Số đơn đủ điều kiện xử lý (3 = 1 - 2)', dk), ('', 'Trong đó: Đơn thuộc thẩm quyền giải quyết', tq),
           ('4', 'Số đơn thuộc thẩm quyền đã giải quyết', gq), ('5', 'Số đơn thuộc thẩm quyền đang giải quyết', dang)]
    R = []
    for stt, l, v in lab:
        r = s.row(stt, l)
        s.put(r, 2, sum(v), 'g')
        for j in range(3):
            s.put(r, 3 + j, v[j], 'g')
        c.hsum(s, r, 2, [3, 4, 5])
        R.append(r)
    r6 = s.row('6', 'Tỷ lệ giải quyết đơn thuộc thẩm quyền (%)')
    for col in range(2, 6):
        n = sum(gq) if col == 2 else gq[col - 3]
        dn = sum(tq) if col == 2 else tq[col - 3]
        s.put(r6, col, pct(n, dn), 'd2')
        c.share(s, r6, col, R[6], col, R[5], col)
        c.sum(s, R[0], col, [R[1], R[2]]); c.diff(s, R[4], col, col, col, ra=R[0], rb=R[3])
        c.le(s, R[5], col, R[4], col); c.sum(s, R[5], col, [R[6], R[7]])
    c.table(s, h, 0, r6, 5)
    s.blank(); s.row('Nguồn: Báo cáo của Thanh tra huyện, Ban Tiếp công dân huyện và UBND các xã.')
    c.swap_error(s, [(R[6], 3), (R[6], 4)], [45, 11], 'g', 'swap',
                 'resolved complaints (45) and denunciations (11) entered in each other\'s column: 11 + 3 != 48 and '
                 '45 + 3 != 14 (more resolved than received); rates 93,75 / 78,57 match 45/48 and 11/14')
    return c


@case
def v14():
    c = Case('v14-hien-trang-su-dung-dat', 'land-codes-decimal-stt-structure',
             'Land use 2019 and 2024 by category with land codes (NNP, SXN, LUA ...), decimal STT 1, 1.1, 1.1.1, '
             'structure % of the total natural area for every row, and the change in ha; clean',
             hard='shares of nested rows are of the total natural area (named in the header), not of the parent; '
                  'the top-level shares add to 99,99 (rounding); total area unchanged while every group changes; '
                  'Trong đó: đất trồng lúa is a subset; land codes look like labels; the child shares of '
                  'Đất nông nghiệp add to 84,13 against 84,12 printed (rounding)')
    s = c.sheet('Đất đai')
    s.row('UBND HUYỆN THỚI LAI', None, None, None, None, None, 'Biểu 01/TKĐĐ')
    s.row('HIỆN TRẠNG SỬ DỤNG ĐẤT NĂM 2024 (số liệu thống kê đất đai đến 31/12/2024)')
    s.blank()
    h = s.row('STT', 'Chỉ tiêu sử dụng đất', 'Mã', 'Diện tích năm 2019 (ha)', 'Diện tích năm 2024 (ha)',
              'Cơ cấu năm 2024 (% so với tổng diện tích tự nhiên)', 'Tăng (+), giảm (-) (ha)')
    s.row('(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7) = (5) - (4)')
    leaf19 = {'LUA': D('19245.36'), 'HNK': D('1124.58'), 'CLN': D('3218.47'), 'LNP': D('0'), 'NTS': D('612.35'),
              'NKH': D('84.12'), 'ONT': D('1085.64'), 'ODT': D('162.38'), 'CDG': D('1654.29'), 'TON': D('18.46'),
              'NTD': D('52.31'), 'SON': D('1376.85'), 'MNC': D('21.40'), 'PNK': D('3.12'), 'CSD': D('8.34')}
    chg = {'LUA': D('-412.58'), 'HNK': D('26.14'), 'CLN': D('241.37'), 'LNP': D('0'), 'NTS': D('-35.62'),
           'NKH': D('12.45'), 'ONT': D('48.92'), 'ODT': D('22.17'), 'CDG': D('86.35'), 'TON': D('1.24'),
           'NTD': D('3.06'), 'SON': D('0'), 'MNC': D('0'), 'PNK': D('0'), 'CSD': D('0')}
    chg['CSD'] = -sum(v for k, v in chg.items() if k != 'CSD')
    leaf24 = {k: leaf19[k] + chg[k] for k in leaf19}
    tree = [('', 'Tổng diện tích tự nhiên', '', ['NNP', 'PNN', 'CSD']),
            ('1', 'Đất nông nghiệp', 'NNP', ['SXN', 'LNP', 'NTS', 'NKH']),
            ('1.1', 'Đất sản xuất nông nghiệp', 'SXN', ['CHN', 'CLN']),
            ('1.1.1', 'Đất trồng cây hàng năm', 'CHN', ['LUA', 'HNK']),
            ('', 'Trong đó: Đất trồng lúa', 'LUA', None),
            ('1.1.2', 'Đất trồng cây lâu năm', 'CLN', None),
            ('1.2', 'Đất lâm nghiệp', 'LNP', None),
            ('1.3', 'Đất nuôi trồng thủy sản', 'NTS', None),
            ('1.4', 'Đất nông nghiệp khác', 'NKH', None),
            ('2', 'Đất phi nông nghiệp', 'PNN', ['OTC', 'CDG', 'TON', 'NTD', 'SON', 'MNC', 'PNK']),
            ('2.1', 'Đất ở', 'OTC', ['ONT', 'ODT']),
            ('2.1.1', 'Đất ở tại nông thôn', 'ONT', None), ('2.1.2', 'Đất ở tại đô thị', 'ODT', None),
            ('2.2', 'Đất chuyên dùng', 'CDG', None), ('2.3', 'Đất cơ sở tôn giáo, tín ngưỡng', 'TON', None),
            ('2.4', 'Đất nghĩa trang, nhà tang lễ, cơ sở hỏa táng', 'NTD', None),
            ('2.5', 'Đất sông, ngòi, kênh, rạch, suối', 'SON', None),
            ('2.6', 'Đất có mặt nước chuyên dùng', 'MNC', None), ('2.7', 'Đất phi nông nghiệp khác', 'PNK', None),
            ('3', 'Đất chưa sử dụng', 'CSD', None)]
    kids = {code or 'TOT': ch for _, _, code, ch in tree if ch}

    def val(code, leaf):
        if code in kids:
            return sum(val(k, leaf) for k in kids[code])
        return leaf[code]
    R = {}
    for stt, lab, code, ch in tree:
        r = s.row(stt, lab, code)
        key = code or 'TOT'
        R[key] = r
        v19, v24 = val(key, leaf19), val(key, leaf24)
        s.put(r, 3, v19, 'n2'); s.put(r, 4, v24, 'n2')
        s.put(r, 5, pct(v24, val('TOT', leaf24)), 'd2'); s.put(r, 6, v24 - v19, 'n2')
    tot_r = R['TOT']
    for key, r in R.items():
        c.share(s, r, 5, r, 4, tot_r, 4)
        c.diff(s, r, 6, 4, 3)
    for key, ch in kids.items():
        if key == 'CHN':
            for col in (3, 4, 6):
                c.le(s, R['LUA'], col, R['CHN'], col)
            continue
        for col in (3, 4, 6):
            c.sum(s, R[key], col, [R[k] for k in ch])
    c.soft100(s, [(R['NNP'], 5), (R['PNN'], 5), (R['CSD'], 5)])
    c.table(s, h, 0, R['CSD'], 6)
    tops = sum(pct(val(k, leaf24), val('TOT', leaf24)) for k in ('NNP', 'PNN', 'CSD'))
    assert tops == D('99.99'), tops
    return c


@case
def v15():
    c = Case('v15-dan-so-gioi-tinh-bien-dong', 'years-as-rows-two-tables-one-sheet',
             'Two tables on one sheet: average population by sex and by urban/rural with years as rows (share of '
             'women, sex ratio men per 100 women), and population dynamics with crude birth/death rates per 1.000 '
             'and natural increase; the 2022 male population carries a wrong digit',
             hard='years are row labels, not values; two exhaustive breakdowns of one total; rates per 1.000 (‰); '
                  'the second table repeats the population of the first')
    s = c.sheet('Dân số')
    s.row('CHI CỤC THỐNG KÊ HUYỆN GIỒNG RIỀNG')
    s.row('Biểu 1. DÂN SỐ TRUNG BÌNH PHÂN THEO GIỚI TÍNH VÀ PHÂN THEO THÀNH THỊ, NÔNG THÔN')
    s.row(None, None, None, None, None, None, 'Đơn vị tính: người')
    h = s.row('Năm', 'Tổng số', 'Phân theo giới tính', None, 'Phân theo thành thị, nông thôn', None,
              'Tỷ lệ nữ (%)', 'Tỷ số giới tính (nam/100 nữ)')
    s.row(None, None, 'Nam', 'Nữ', 'Thành thị', 'Nông thôn', None, None)
    s.merge(h, 0, h + 1, 0); s.merge(h, 1, h + 1, 1); s.merge(h, 2, h, 3); s.merge(h, 4, h, 5)
    s.merge(h, 6, h + 1, 6); s.merge(h, 7, h + 1, 7)
    years = [2020, 2021, 2022, 2023, 2024]
    nam = [104512, 104987, 105346, 105871, 106203]
    nu = [103268, 103821, 104215, 104702, 105139]
    tt = [33451, 34102, 34876, 35642, 36518]
    tot = [a + b for a, b in zip(nam, nu)]
    rows = []
    for i, y in enumerate(years):
        r = s.row(y if y < 2024 else 'Sơ bộ 2024')
        s.put(r, 1, tot[i], 'n0'); s.put(r, 2, nam[i], 'n0'); s.put(r, 3, nu[i], 'n0')
        s.put(r, 4, tt[i], 'n0'); s.put(r, 5, tot[i] - tt[i], 'n0')
        s.put(r, 6, pct(nu[i], tot[i]), 'd2'); s.put(r, 7, pct(nam[i], nu[i], 1), 'd1')
        c.hsum(s, r, 1, [2, 3]); c.hsum(s, r, 1, [4, 5])
        c.share(s, r, 6, r, 3, r, 1); c.ratio(s, r, 7, [(1, r, 2)], [(1, r, 3)], 1)
        rows.append(r)
    c.table(s, h, 0, rows[-1], 7)
    s.blank(2)
    s.row('Biểu 2. BIẾN ĐỘNG DÂN SỐ')
    h2 = s.row('Năm', 'Dân số trung bình (người)', 'Số trẻ sinh ra trong năm', 'Số người chết trong năm',
               'Tỷ suất sinh thô (‰)', 'Tỷ suất chết thô (‰)', 'Tỷ lệ tăng tự nhiên (‰)')
    born = [3124, 3018, 2956, 2901, 2847]
    dead = [1265, 1498, 1402, 1356, 1371]
    rows2 = []
    for i, y in enumerate(years):
        r = s.row(y if y < 2024 else 'Sơ bộ 2024')
        b_, d_ = pct(born[i], tot[i], 2, 1000), pct(dead[i], tot[i], 2, 1000)
        s.put(r, 1, tot[i], 'n0'); s.put(r, 2, born[i], 'n0'); s.put(r, 3, dead[i], 'n0')
        s.put(r, 4, b_, 'd2'); s.put(r, 5, d_, 'd2'); s.put(r, 6, b_ - d_, 'd2')
        c.ratio(s, r, 4, [(1, r, 2)], [(1, r, 1)], 2, 1000); c.ratio(s, r, 5, [(1, r, 3)], [(1, r, 1)], 2, 1000)
        c.diff(s, r, 6, 4, 5)
        c.eq(s, r, 1, s, rows[i], 1)
        rows2.append(r)
    c.table(s, h2, 0, rows2[-1], 6)
    s.blank(); s.row('Nguồn: Niên giám thống kê huyện năm 2024.')
    c.error(s, rows[2], 2, typo(nam[2], 3, 0), nam[2], 'digit',
            f'{vi(typo(nam[2], 3, 0))} typed for {vi(nam[2])} (thousands digit 5 -> 0): Nam + Nữ != Tổng số '
            '(which the urban/rural split confirms) and the sex ratio 101,1 needs 105.346', 'n0')
    return c


@case
def v16():
    c = Case('v16-lao-dong-theo-khu-vuc', 'two-period-groups-structure-points',
             'Employed labour by economic sector, 2020 and 2025 (estimate): number and structure (% format cells) '
             'per year, change in persons and change of structure in percentage points; clean',
             hard='shares stored as 0.00% formats; 2025 shares add to 100,01 (rounding); agriculture loses far more '
                  'workers than the total changes; points column is share minus share, not a relative change; '
                  'Trong đó manufacturing is a subset of industry-construction')
    s = c.sheet('Lao động')
    s.row('UBND HUYỆN TIỂU CẦN')
    s.row('LAO ĐỘNG TỪ 15 TUỔI TRỞ LÊN ĐANG LÀM VIỆC PHÂN THEO KHU VỰC KINH TẾ')
    s.blank()
    h = s.row('TT', 'Khu vực kinh tế', 'Năm 2020', None, 'Năm 2025 (ước)', None, 'So sánh 2025 với 2020', None)
    s.row(None, None, 'Số người', 'Cơ cấu (%)', 'Số người', 'Cơ cấu (%)', 'Tăng (+), giảm (-) (người)',
          'Cơ cấu tăng (+), giảm (-) (điểm %)')
    s.merge(h, 0, h + 1, 0); s.merge(h, 1, h + 1, 1); s.merge(h, 2, h, 3); s.merge(h, 4, h, 5); s.merge(h, 6, h, 7)
    a20 = [39215, 14362, 16458]
    a25 = [30856, 19336, 20857]
    m20, m25 = 9874, 14215
    T20, T25 = sum(a20), sum(a25)
    assert sum(pct(x, T25) for x in a25) == D('100.01'), sum(pct(x, T25) for x in a25)
    rt = s.row('', 'Tổng số')
    r = [s.row('1', 'Nông, lâm nghiệp và thủy sản'), s.row('2', 'Công nghiệp và xây dựng')]
    rm = s.row('', 'Trong đó: Công nghiệp chế biến, chế tạo')
    r.append(s.row('3', 'Dịch vụ'))

    def fill(row, x20, x25):
        s20, s25 = pct(x20, T20), pct(x25, T25)
        s.put(row, 2, x20, 'n0'); s.put(row, 3, s20, 'f2'); s.put(row, 4, x25, 'n0'); s.put(row, 5, s25, 'f2')
        s.put(row, 6, x25 - x20, 'n0'); s.put(row, 7, s25 - s20, 'd2')
        c.share(s, row, 3, row, 2, rt, 2); c.share(s, row, 5, row, 4, rt, 4)
        c.diff(s, row, 6, 4, 2); c.diff(s, row, 7, 5, 3)
    s.put(rt, 2, T20, 'n0'); s.put(rt, 3, D(100), 'f2'); s.put(rt, 4, T25, 'n0'); s.put(rt, 5, D(100), 'f2')
    s.put(rt, 6, T25 - T20, 'n0'); s.put(rt, 7, D(0), 'd2')
    c.share(s, rt, 3, rt, 2, rt, 2); c.share(s, rt, 5, rt, 4, rt, 4); c.diff(s, rt, 6, 4, 2); c.diff(s, rt, 7, 5, 3)
    for i in range(3):
        fill(r[i], a20[i], a25[i])
    fill(rm, m20, m25)
    for col in (2, 4, 6):
        c.sum(s, rt, col, r)
    c.le(s, rm, 2, r[1], 2); c.le(s, rm, 4, r[1], 4)
    c.soft100(s, [(x, 3) for x in r]); c.soft100(s, [(x, 5) for x in r])
    c.table(s, h, 0, r[2], 7)
    s.blank(); s.row('Ghi chú: Năm 2025 là số ước tính; cột (điểm %) là chênh lệch cơ cấu giữa hai năm.')
    return c


@case
def v17():
    c = Case('v17-giai-quyet-viec-lam-theo-quy', 'quarters-cumulative-columns-plan',
             'Job creation 2024 by quarter with cumulative columns (6 tháng = Q1 + Q2, 9 tháng = 6 tháng + Q3, '
             'Cả năm = 9 tháng + Q4), plan and % of plan; Chia ra by destination and overlapping Trong đó rows; clean',
             hard='cumulative columns must not be added to the quarters; Trong đó women + youth exceed the total '
                  '(overlapping); training and loans are separate indicators')
    s = c.sheet('GQVL')
    s.row('PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI')
    s.row('KẾT QUẢ GIẢI QUYẾT VIỆC LÀM NĂM 2024')
    s.blank()
    h = s.row('TT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2024', 'Quý I', 'Quý II', '6 tháng', 'Quý III', '9 tháng',
              'Quý IV', 'Cả năm', 'So với kế hoạch (%)')
    data = [('1', 'Số lao động được tạo việc làm mới', 'người', 3200, [612, 845, 903, 1018]),
            ('', 'Chia ra: - Làm việc trong tỉnh', 'người', None, [298, 402, 455, 512]),
            ('', '            - Làm việc ngoài tỉnh', 'người', None, [286, 398, 402, 451]),
            ('', '            - Đi làm việc ở nước ngoài theo hợp đồng', 'người', 180, [28, 45, 46, 55]),
            ('', 'Trong đó: - Lao động nữ', 'người', None, [331, 452, 487, 551]),
            ('', '               - Thanh niên (16 - 30 tuổi)', 'người', None, [385, 521, 566, 640]),
            ('2', 'Số người được đào tạo nghề', 'người', 2500, [420, 615, 702, 851]),
            ('', 'Trong đó: Đào tạo dưới 3 tháng', 'người', None, [318, 472, 540, 655]),
            ('3', 'Số lao động được vay vốn tạo việc làm', 'người', 650, [102, 186, 174, 231]),
            ('', 'Doanh số cho vay', 'triệu đồng', 28000, [4520, 8345, 7820, 10115])]
    R = []
    for stt, l, u, kh, q in data:
        r = s.row(stt, l, u)
        s.put(r, 3, kh if kh is not None else '-', 'n0')
        q1, q2, q3, q4 = q
        for col, v in ((4, q1), (5, q2), (6, q1 + q2), (7, q3), (8, q1 + q2 + q3), (9, q4), (10, sum(q))):
            s.put(r, col, v, 'n0')
        c.hsum(s, r, 6, [4, 5]); c.lin(s, r, 8, [(1, r, 6), (1, r, 7)]); c.lin(s, r, 10, [(1, r, 8), (1, r, 9)])
        if kh:
            s.put(r, 11, pct(sum(q), kh), 'd2')
            c.ratio(s, r, 11, [(1, r, 10)], [(1, r, 3)], 2)
        else:
            s.put(r, 11, '-')
        R.append(r)
    for col in range(4, 11):
        c.sum(s, R[0], col, [R[1], R[2], R[3]])
        c.le(s, R[4], col, R[0], col); c.le(s, R[5], col, R[0], col); c.le(s, R[7], col, R[6], col)
    c.table(s, h, 0, R[-1], 11)
    return c


@case
def v18():
    c = Case('v18-doan-the-chinh-tri-xa-hoi', 'orgs-rows-no-total-rate',
             'Mass organisations (Hội Nông dân, Hội LHPN, Đoàn TNCS, Hội CCB, Công đoàn): grassroots units, '
             'branches, eligible people, members 2023 and 2024, change and gathering rate; no total row (people '
             'belong to several organisations); one rate truncated',
             hard='no total row: members of different organisations overlap; Đoàn membership fell')
    s = c.sheet('Đoàn thể')
    s.row('BAN DÂN VẬN HUYỆN ỦY')
    s.row('TÌNH HÌNH TỔ CHỨC VÀ HỘI VIÊN, ĐOÀN VIÊN CÁC TỔ CHỨC CHÍNH TRỊ - XÃ HỘI NĂM 2024')
    s.blank()
    h = s.row('TT', 'Tổ chức', 'Số cơ sở hội, đoàn', 'Số chi hội, chi đoàn, tổ', 'Số đối tượng thuộc diện tập hợp',
              'Hội viên, đoàn viên năm 2023', 'Hội viên, đoàn viên năm 2024', 'Tăng (+), giảm (-)',
              'Tỷ lệ tập hợp năm 2024 (%)')
    s.row('A', 'B', '1', '2', '3', '4', '5', '6 = 5 - 4', '7 = 5/3')
    orgs = [('Hội Nông dân', 14, 118, 24865, 19872, 20315),
            ('Hội Liên hiệp Phụ nữ', 14, 121, 31240, 24587, 25103),
            ('Đoàn Thanh niên Cộng sản Hồ Chí Minh', 16, 142, 15836, 8934, 8622),
            ('Hội Cựu chiến binh', 14, 105, 4126, 3761, 3811),
            ('Công đoàn (Liên đoàn Lao động huyện)', 87, 87, 4512, 4188, 4236)]
    R = []
    for i, (n, a, b, e, m23, m24) in enumerate(orgs):
        r = s.row(i + 1, n)
        s.put(r, 2, a, 'g'); s.put(r, 3, b, 'g'); s.put(r, 4, e, 'n0'); s.put(r, 5, m23, 'n0')
        s.put(r, 6, m24, 'n0'); s.put(r, 7, m24 - m23, 'n0'); s.put(r, 8, pct(m24, e), 'd2')
        c.diff(s, r, 7, 6, 5); c.share(s, r, 8, r, 6, r, 4); c.le(s, r, 6, r, 4)
        R.append(r)
    c.table(s, h, 0, R[-1], 8)
    s.blank(); s.row('Ghi chú: Một người có thể đồng thời là hội viên của nhiều tổ chức nên không cộng tổng.')
    ex = F(3811) * 100 / 4126
    assert trunc(ex, 2) != rnd(ex, 2)
    c.warn(s, R[3], 8, trunc(ex, 2), rnd(ex, 2), 'truncation',
           f'3.811/4.126 = {float(ex):.4f} % written {vi(trunc(ex,2),2)} (cut) instead of {vi(rnd(ex,2),2)}', 'd2')
    return c


@case
def v19():
    c = Case('v19-hoi-vien-ccb-theo-co-so', 'chia-ra-beside-trong-do-colnum',
             'Veterans\' association members by grassroots branch: Tổng số = Cựu chiến binh + Cựu quân nhân '
             '(Chia ra) beside Trong đó party members and women, share of party members; 3 header rows with '
             'column numbers 3 = 4 + 5 and 8 = 6/3; total "Cộng" last; one former-soldier count has a wrong digit',
             hard='Chia ra columns add up to the total, Trong đó columns do not')
    s = c.sheet('CCB')
    s.row('HỘI CỰU CHIẾN BINH HUYỆN CHÂU THÀNH')
    s.row('SỐ LƯỢNG HỘI VIÊN THEO CƠ SỞ HỘI (đến ngày 30/11/2024)')
    s.blank()
    h = s.row('TT', 'Cơ sở Hội', 'Tổng số hội viên', 'Chia ra', None, 'Trong đó', None, 'Tỷ lệ hội viên là đảng viên (%)')
    s.row(None, None, None, 'Cựu chiến binh', 'Cựu quân nhân', 'Đảng viên', 'Nữ', None)
    s.row('1', '2', '3 = 4 + 5', '4', '5', '6', '7', '8 = 6/3')
    s.merge(h, 0, h + 1, 0); s.merge(h, 1, h + 1, 1); s.merge(h, 2, h + 1, 2); s.merge(h, 3, h, 4)
    s.merge(h, 5, h, 6); s.merge(h, 7, h + 1, 7)
    names = ['Thị trấn Mái Dầm', 'Xã Đông Thạnh', 'Xã Đông Phú', 'Xã Phú Hữu', 'Xã Phú Tân', 'Xã Đông Phước',
             'Xã Đông Phước A', 'Xã Phú An', 'Thị trấn Ngã Sáu', 'Khối cơ quan huyện']
    ccb = [212, 186, 241, 198, 167, 205, 174, 189, 231, 96]
    cqn = [64, 71, 83, 58, 49, 77, 52, 68, 75, 12]
    dv = [148, 121, 157, 126, 103, 139, 112, 118, 162, 101]
    nu = [9, 6, 11, 7, 4, 8, 5, 6, 10, 7]
    rows = []
    for i in range(len(names)):
        r = s.row(i + 1, names[i])
        vals = [ccb[i] + cqn[i], ccb[i], cqn[i], dv[i], nu[i]]
        for j, v in enumerate(vals):
            s.put(r, 2 + j, v, 'g')
        s.put(r, 7, pct(dv[i], vals[0]), 'd2')
        rows.append(r)
    rt = s.row(None, 'Cộng')
    tv = [sum(ccb) + sum(cqn), sum(ccb), sum(cqn), sum(dv), sum(nu)]
    for j, v in enumerate(tv):
        s.put(rt, 2 + j, v, 'g')
    s.put(rt, 7, pct(tv[3], tv[0]), 'd2')
    for r in rows + [rt]:
        c.hsum(s, r, 2, [3, 4]); c.share(s, r, 7, r, 5, r, 2)
        c.le(s, r, 5, r, 2); c.le(s, r, 6, r, 2)
    for col in range(2, 7):
        c.sum(s, rt, col, rows)
    c.table(s, h, 0, rt, 7)
    c.error(s, rows[6], 4, typo(cqn[6], 1, 8), cqn[6], 'digit',
            f'{typo(cqn[6], 1, 8)} typed for {cqn[6]}: 174 + 82 != 226 on the row and the column no longer adds to '
            f'{sum(cqn)}', 'g')
    return c


@case
def v20():
    c = Case('v20-nong-thon-moi-theo-xa', 'criteria-years-as-values-plus-summary-table',
             'New-rural criteria by commune (criteria met out of 19, year recognised, year of the advanced '
             'standard, notes) with an average-criteria row, and below it a summary by group of communes with '
             'shares of the 12 communes; clean',
             hard='year columns hold years (never summed); average criteria per commune is an average; in the '
                  'summary "Trong đó: nâng cao" is nested inside the 19-criteria group and the group shares add to '
                  '99,99')
    s = c.sheet('NTM')
    s.row('VĂN PHÒNG ĐIỀU PHỐI NÔNG THÔN MỚI HUYỆN')
    s.row('KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ QUỐC GIA VỀ XÃ NÔNG THÔN MỚI (đến 31/12/2024)')
    s.blank()
    h = s.row('STT', 'Xã', 'Số tiêu chí đạt (/19)', 'Năm được công nhận đạt chuẩn NTM',
              'Năm được công nhận đạt chuẩn NTM nâng cao', 'Ghi chú')
    xa = ['Xã Tân Hòa', 'Xã Tân Thành', 'Xã Tân Phú', 'Xã Phú Tân', 'Xã Hòa Lợi', 'Xã Hòa Thuận', 'Xã Long Hòa',
          'Xã Long Sơn', 'Xã Thạnh Phú', 'Xã Thạnh Lợi', 'Xã An Phú', 'Xã An Lạc']
    tc = [19, 19, 19, 19, 19, 19, 19, 18, 17, 16, 15, 13]
    y1 = [2015, 2016, 2017, 2018, 2019, 2020, 2022, None, None, None, None, None]
    y2 = [2021, None, None, 2023, None, None, None, None, None, None, None, None]
    notes = [None, None, None, None, None, None, 'Phấn đấu NTM nâng cao năm 2025', 'Phấn đấu đạt chuẩn năm 2025',
             None, None, None, 'Xã đặc biệt khó khăn']
    rows = []
    for i in range(12):
        r = s.row(i + 1, xa[i], tc[i], y1[i] or '-', y2[i] or '-', notes[i])
        rows.append(r)
    ra = s.row(None, 'Bình quân tiêu chí/xã', None)
    s.put(ra, 2, pct(sum(tc), 12, 2, 1), 'd2')
    c.ratio(s, ra, 2, [(1, r, 2) for r in rows], 12, 2, 1)
    c.table(s, h, 0, ra, 5)
    s.blank(2)
    s.row('TỔNG HỢP THEO NHÓM XÃ')
    h2 = s.row('TT', 'Nhóm xã', 'Số xã', 'Tỷ lệ (%)')
    g1 = sum(1 for x in tc if x == 19); g1a = sum(1 for x in y2 if x); g2 = sum(1 for x in tc if 15 <= x <= 18)
    g3 = sum(1 for x in tc if 10 <= x <= 14)
    r1 = s.row('1', 'Xã đạt chuẩn nông thôn mới (đạt 19/19 tiêu chí)', g1, None)
    r1a = s.row('', 'Trong đó: Đạt chuẩn nông thôn mới nâng cao', g1a, None)
    r2 = s.row('2', 'Xã đạt từ 15 - 18 tiêu chí', g2, None)
    r3 = s.row('3', 'Xã đạt từ 10 - 14 tiêu chí', g3, None)
    rt = s.row('', 'Tổng số xã', g1 + g2 + g3, None)
    for r, v in ((r1, g1), (r1a, g1a), (r2, g2), (r3, g3), (rt, 12)):
        s.put(r, 3, pct(v, 12), 'd2')
        c.share(s, r, 3, r, 2, rt, 2)
    c.sum(s, rt, 2, [r1, r2, r3]); c.le(s, r1a, 2, r1, 2)
    c.count(s, r1, 2, [(r, 2) for r in rows], 19, 19); c.count(s, r2, 2, [(r, 2) for r in rows], 15, 18)
    c.count(s, r3, 2, [(r, 2) for r in rows], 10, 14); c.count(s, r1a, 2, [(r, 4) for r in rows], 2000, 2100)
    c.count(s, r1, 2, [(r, 3) for r in rows], 2000, 2100)
    c.soft100(s, [(r1, 3), (r2, 3), (r3, 3)])
    c.table(s, h2, 0, rt, 3)
    return c


@case
def v21():
    c = Case('v21-bieu-1-btctw-tang-giam-dang-vien', 'form-bieu1-btctw',
             'Official form Biểu 1-BTCTW (increase and decrease of party members): columns Kỳ này / Cùng kỳ năm '
             'trước / (%) with the column-number row 1 | 2 | 3 | 4(=2*100/3); blocks A-D with D = A + B - C; '
             'the number of deaths this period has a wrong digit',
             hard='"Trong đó: Đảng viên dự bị" under Xóa tên is a subset, not an addend; D = A + B - C; last '
                  'year\'s D equals this year\'s A; 0 in the previous column gives "-"')
    s = c.sheet('Biểu 1')
    s.row('HUYỆN ỦY CHÂU THÀNH', None, None, 'Biểu 1-BTCTW')
    s.row('BAN TỔ CHỨC')
    s.row('*')
    s.row('THỐNG KÊ TĂNG, GIẢM ĐẢNG VIÊN NĂM 2024')
    s.row(None, None, None, 'Đvt: Người')
    h = s.row('Tiêu chí', 'Thực hiện', None, '(%) kỳ này so với cùng kỳ năm trước')
    s.row(None, 'Kỳ này', 'Cùng kỳ năm trước', None)
    s.row('1', '2', '3', '4(=2*100/3)')
    s.merge(h, 0, h + 1, 0); s.merge(h, 1, h, 2); s.merge(h, 3, h + 1, 3)
    cur = {'B1': 245, 'B2a': 18, 'B2b': 41, 'B3': 1, 'C1': 46, 'C2': 3, 'C3': 12, 'C3d': 4, 'C4': 0, 'C5a': 25,
           'C5b': 38}
    prv = {'B1': 231, 'B2a': 22, 'B2b': 37, 'B3': 0, 'C1': 43, 'C2': 5, 'C3': 15, 'C3d': 6, 'C4': 1, 'C5a': 28,
           'C5b': 40}
    for d_ in (cur, prv):
        d_['B2'] = d_['B2a'] + d_['B2b']; d_['B'] = d_['B1'] + d_['B2'] + d_['B3']
        d_['C5'] = d_['C5a'] + d_['C5b']; d_['C'] = d_['C1'] + d_['C2'] + d_['C3'] + d_['C4'] + d_['C5']
    cur['A'] = 6812
    prv['A'] = cur['A'] - prv['B'] + prv['C']
    for d_ in (cur, prv):
        d_['D'] = d_['A'] + d_['B'] - d_['C']
    assert prv['D'] == cur['A']
    lab = [('A', 'A - Tổng số đảng viên cuối kỳ trước chuyển sang'), ('B', 'B - Đảng viên tăng trong kỳ'),
           ('B1', '1. Kết nạp'), ('B2', '2. Chuyển đến'), ('B2a', 'a. Tỉnh khác chuyển đến'),
           ('B2b', 'b. Huyện khác trong tỉnh chuyển đến'), ('B3', '3. Phục hồi đảng tịch'),
           ('C', 'C - Đảng viên giảm trong kỳ'), ('C1', '1. Từ trần'), ('C2', '2. Khai trừ'), ('C3', '3. Xóa tên'),
           ('C3d', '    Trong đó: Đảng viên dự bị'), ('C4', '4. Xin ra khỏi Đảng'), ('C5', '5. Chuyển đi'),
           ('C5a', 'a. Chuyển đi tỉnh khác'), ('C5b', 'b. Chuyển đi huyện khác trong tỉnh'),
           ('D', 'D - Đảng viên trong danh sách cuối kỳ báo cáo')]
    R = {}
    for k, l in lab:
        r = s.row(l)
        R[k] = r
        s.put(r, 1, cur[k], 'g'); s.put(r, 2, prv[k], 'g')
        if prv[k]:
            s.put(r, 3, pct(cur[k], prv[k]), 't2')
            c.ratio(s, r, 3, [(1, r, 1)], [(1, r, 2)], 2)
        else:
            s.put(r, 3, '-')
    for col in (1, 2):
        c.sum(s, R['B'], col, [R['B1'], R['B2'], R['B3']]); c.sum(s, R['B2'], col, [R['B2a'], R['B2b']])
        c.sum(s, R['C'], col, [R['C1'], R['C2'], R['C3'], R['C4'], R['C5']])
        c.sum(s, R['C5'], col, [R['C5a'], R['C5b']]); c.le(s, R['C3d'], col, R['C3'], col)
        c.lin(s, R['D'], col, [(1, R['A'], col), (1, R['B'], col), (-1, R['C'], col)])
    c.eq(s, R['A'], 1, s, R['D'], 2)
    c.table(s, h, 0, R['D'], 3)
    s.blank()
    s.row('NGƯỜI LẬP BIỂU', None, 'TRƯỞNG BAN')
    s.row('(Ký, ghi rõ họ và tên; số điện thoại)', None, '(Ký, đóng dấu, ghi rõ họ và tên)')
    c.error(s, R['C1'], 1, typo(46, 0, 9), 46, 'digit',
            '49 typed for 46 deaths: C = 1 + ... + 5 gives 124 and the index 106,98 % printed beside it is 46/43',
            'g')
    return c


@case
def v22():
    c = Case('v22-bieu-5-btctw-loai-hinh-co-so', 'form-bieu5-btctw',
             'Official form Biểu 5-BTCTW (party organisations and members by type of base unit): 3 header rows, '
             'column-number row 1 | 2 (=3+4) | 3 | 4 | 5 | 6 | 7, items 1-11 with a)/b) and dash sub-items, a '
             'Trong đó row and "Cộng (1+….+11)"; zeros typed as "-"; clean',
             hard='"Trong đó: DN 100% vốn nước ngoài" is a subset of the row above; columns 5-6 count sub-units '
                  'and are not parts of column 2; "-" cells mean zero')
    s = c.sheet('Biểu 5')
    s.row('HUYỆN ỦY PHỤNG HIỆP', None, None, None, None, None, 'Biểu 5-BTCTW')
    s.row('BAN TỔ CHỨC')
    s.row('THỐNG KÊ TỔ CHỨC ĐẢNG VÀ ĐẢNG VIÊN TRONG CÁC LOẠI HÌNH CƠ SỞ NĂM 2024')
    s.blank()
    h = s.row('Loại hình tổ chức cơ sở đảng', 'Số tổ chức cơ sở đảng', None, None,
              'Tổ chức đảng trực thuộc Đảng bộ cơ sở', None, 'Tổng số đảng viên')
    s.row(None, 'Tổng số', 'Chia ra', None, 'Chia ra', None, None)
    s.row(None, None, 'Đảng bộ cơ sở', 'Chi bộ cơ sở', 'Đảng bộ bộ phận', 'Chi bộ trực thuộc', None)
    s.row('1', '2 (=3+4)', '3', '4', '5', '6', '7')
    s.merge(h, 0, h + 2, 0); s.merge(h, 1, h, 3); s.merge(h + 1, 1, h + 2, 1); s.merge(h + 1, 2, h + 1, 3)
    s.merge(h, 4, h, 5); s.merge(h + 1, 4, h + 1, 5); s.merge(h, 6, h + 2, 6)
    # (label, dbcs, cbcs, dbbp, cbtt, dv)
    leaf = {'1': (14, 0, 0, 186, 3415), '2': (0, 0, 0, 0, 0), '3': (1, 0, 0, 21, 684), '4': (1, 3, 0, 4, 156),
            '5': (2, 9, 0, 12, 301), '6a': (3, 38, 2, 41, 1128), '6b': (0, 2, 0, 0, 17), '7': (1, 0, 0, 9, 212),
            '8': (1, 0, 0, 8, 246), '9a1': (0, 1, 0, 0, 14), '9a2': (0, 1, 0, 0, 9), '9a3': (0, 0, 0, 0, 0),
            '9b1': (0, 3, 0, 0, 31), '9b2': (0, 2, 0, 0, 12), '9b3': (0, 4, 0, 0, 38), '9b4': (0, 0, 0, 0, 0),
            '9b5': (1, 1, 0, 5, 67), '9bx': (0, 1, 0, 0, 8), '9c': (0, 2, 0, 0, 17), '10': (0, 0, 0, 0, 0),
            '11': (0, 1, 0, 0, 6)}
    tree = {'6': ['6a', '6b'], '9a': ['9a1', '9a2', '9a3'], '9b': ['9b1', '9b2', '9b3', '9b4', '9b5'],
            '9': ['9a', '9b', '9c'], 'T': ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']}

    def v(k):
        if k in tree:
            parts = [v(x) for x in tree[k]]
            return tuple(sum(p[i] for p in parts) for i in range(5))
        return leaf[k]
    lab = [('1', '1. Xã'), ('2', '2. Phường'), ('3', '3. Thị trấn'), ('4', '4. Cơ quan Đảng, MTTQ, đoàn thể CT-XH'),
           ('5', '5. Cơ quan Nhà nước'), ('6', '6. Đơn vị sự nghiệp, gồm:'), ('6a', 'a) Công lập'),
           ('6b', 'b) Ngoài công lập'), ('7', '7. Quân đội'), ('8', '8. Công an'),
           ('9', '9. Doanh nghiệp và hợp tác xã'), ('9a', 'a) Doanh nghiệp có vốn Nhà nước'),
           ('9a1', '- Nhà nước nắm giữ 100% vốn điều lệ'), ('9a2', '- Nhà nước nắm giữ từ 50% vốn điều lệ trở lên'),
           ('9a3', '- Nhà nước nắm giữ dưới 50% vốn điều lệ'), ('9b', 'b) Doanh nghiệp ngoài khu vực Nhà nước'),
           ('9b1', '- Công ty cổ phần'), ('9b2', '- Doanh nghiệp tư nhân'), ('9b3', '- Công ty trách nhiệm hữu hạn'),
           ('9b4', '- Công ty hợp danh'), ('9b5', '- Doanh nghiệp có vốn đầu tư nước ngoài'),
           ('9bx', '   Trong đó: Doanh nghiệp 100% vốn nước ngoài'), ('9c', 'c) Hợp tác xã'),
           ('10', '10. Tổ chức cơ sở đảng ở ngoài nước'), ('11', '11. Loại hình cơ sở khác'),
           ('T', 'Cộng (1+….+11)')]
    R = {}
    for k, l in lab:
        r = s.row(l)
        R[k] = r
        x = v(k)
        vals = [x[0] + x[1], x[0], x[1], x[2], x[3], x[4]]
        for j, y in enumerate(vals):
            s.put(r, 1 + j, y if y else '-', 'g')
        c.hsum(s, r, 1, [2, 3])
    for col in range(1, 7):
        for k, ks in tree.items():
            c.sum(s, R[k], col, [R[x] for x in ks])
        c.le(s, R['9bx'], col, R['9b5'], col)
    c.table(s, h, 0, R['T'], 6)
    s.blank()
    s.row('NGƯỜI LẬP BIỂU', None, None, None, 'TRƯỞNG BAN')
    return c


@case
def v23():
    c = Case('v23-chat-luong-can-bo-cong-chuc-xa', 'nested-column-totals-8b-style',
             'Quality of commune cadres and civil servants (after Biểu 8B): nested column totals 3 (=4+7), '
             '4 (=5+6); rows Tổng số, Trong đó, age bands with an average age, partial qualification blocks and '
             'a share row of university degrees; clean',
             hard='average age row is not additive horizontally or vertically; qualification and political-theory '
                  'blocks are partial (sum < total); the share row is recomputed per column, not summed; Trong đó '
                  'rows overlap')
    s = c.sheet('CBCC xã')
    s.row('BAN TỔ CHỨC HUYỆN ỦY - PHÒNG NỘI VỤ')
    s.row('THỐNG KÊ CHẤT LƯỢNG ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC CẤP XÃ NĂM 2024')
    s.row(None, None, None, None, None, None, 'Đvt: Người')
    h = s.row('STT', 'Tiêu chí', 'Tổng số', 'Cán bộ cấp xã', None, None, 'Công chức cấp xã')
    s.row(None, None, None, 'Tổng', 'Chia ra', None, None)
    s.row(None, None, None, None, 'Chủ chốt (Bí thư, Phó Bí thư, CT, PCT HĐND, UBND)', 'Cấp trưởng đoàn thể', None)
    s.row('1', '2', '3 (=4+7)', '4 (=5+6)', '5', '6', '7')
    s.merge(h, 0, h + 2, 0); s.merge(h, 1, h + 2, 1); s.merge(h, 2, h + 2, 2); s.merge(h, 3, h, 5)
    s.merge(h + 1, 3, h + 2, 3); s.merge(h + 1, 4, h + 1, 5); s.merge(h, 6, h + 2, 6)
    # columns: chủ chốt, đoàn thể, công chức
    n = [98, 70, 182]
    data = [('', 'TỔNG SỐ', 'tot', n), ('', 'Trong đó: - Nữ', 'nu', [21, 29, 74]),
            ('', '               - Dân tộc thiểu số', 'dt', [12, 9, 23]),
            ('', '               - Đảng viên', 'dv', [98, 70, 151]),
            ('1', 'Độ tuổi', None, None),
            ('', '- Dưới 30 tuổi', 'a1', [2, 6, 38]), ('', '- Từ 30 đến 40 tuổi', 'a2', [31, 25, 79]),
            ('', '- Từ 41 đến 50 tuổi', 'a3', [42, 24, 46]), ('', '- Từ 51 đến 60 tuổi', 'a4', [23, 15, 19]),
            ('2', 'Trình độ chuyên môn', None, None),
            ('', '- Trung cấp', 'm1', [6, 14, 9]), ('', '- Cao đẳng', 'm2', [2, 5, 7]),
            ('', '- Đại học', 'm3', [84, 42, 161]), ('', '- Sau đại học', 'm4', [5, 1, 3]),
            ('3', 'Trình độ lý luận chính trị', None, None),
            ('', '- Sơ cấp', 'l1', [0, 8, 61]), ('', '- Trung cấp', 'l2', [91, 58, 84]),
            ('', '- Cao cấp, cử nhân', 'l3', [7, 1, 2])]
    agesum = [4312, 2961, 7010]
    R = {}
    for stt, l, k, v in data:
        r = s.row(stt, l)
        if k is None:
            continue
        R[k] = r
        s.put(r, 2, sum(v), 'g'); s.put(r, 3, v[0] + v[1], 'g')
        for j in range(3):
            s.put(r, 4 + j, v[j], 'g')
        c.hsum(s, r, 2, [3, 6]); c.hsum(s, r, 3, [4, 5])
        if k == 'a4':
            ra = s.row('', '- Tuổi bình quân')
            sums = [agesum[0] + agesum[1] + agesum[2], agesum[0] + agesum[1]] + agesum
            cnt = [sum(n), n[0] + n[1]] + n
            for j in range(5):
                s.put(ra, 2 + j, pct(sums[j], cnt[j], 1, 1), 'd1')
    rs = s.row('4', 'Tỷ lệ có trình độ đại học trở lên (%)')
    for col in range(2, 7):
        vals = {k: dd(s.rows[R[k]][col]) for k in ('m3', 'm4', 'tot')}
        s.put(rs, col, pct(vals['m3'] + vals['m4'], vals['tot']), 'd2')
        c.ratio(s, rs, col, [(1, R['m3'], col), (1, R['m4'], col)], [(1, R['tot'], col)], 2)
        c.sum(s, R['tot'], col, [R['a1'], R['a2'], R['a3'], R['a4']])
        c.le(s, None, None, R['tot'], col, many=[(R[k], col) for k in ('m1', 'm2', 'm3', 'm4')])
        c.le(s, None, None, R['tot'], col, many=[(R[k], col) for k in ('l1', 'l2', 'l3')])
        for k in ('nu', 'dt', 'dv'):
            c.le(s, R[k], col, R['tot'], col)
    c.table(s, h, 0, rs, 6)
    return c


@case
def v24():
    c = Case('v24-dao-tao-nghe-theo-xa', 'communes-plan-result-pct-format',
             'Vocational training for rural workers by commune: plan, result, % of plan (0.00% format), women '
             '(Trong đó), trainees employed after training and the employment rate (0.00% format); total first; '
             'one result typed with two digits swapped',
             hard='percentages stored as fractions with % format; several communes exceed 100 % of plan')
    s = c.sheet('Đào tạo nghề')
    s.row('PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI HUYỆN CÀNG LONG')
    s.row('KẾT QUẢ ĐÀO TẠO NGHỀ CHO LAO ĐỘNG NÔNG THÔN NĂM 2024')
    s.blank()
    h = s.row('TT', 'Đơn vị', 'Kế hoạch giao (người)', 'Thực hiện (người)', 'Đạt so với kế hoạch (%)',
              'Trong đó: Nữ (người)', 'Số người có việc làm sau đào tạo', 'Tỷ lệ có việc làm (%)')
    xa = ['Thị trấn Càng Long', 'Xã An Trường', 'Xã An Trường A', 'Xã Bình Phú', 'Xã Đại Phúc', 'Xã Đại Phước',
          'Xã Đức Mỹ', 'Xã Huyền Hội', 'Xã Mỹ Cẩm', 'Xã Nhị Long']
    kh = [120, 90, 80, 110, 100, 85, 95, 105, 90, 125]
    th = [131, 88, 84, 127, 96, 91, 102, 98, 95, 134]
    nu = [74, 45, 48, 66, 51, 47, 58, 49, 52, 71]
    vl = [118, 76, 73, 110, 84, 80, 90, 85, 82, 119]
    rt = s.row('', 'Tổng cộng')
    rows = [s.row(i + 1, xa[i]) for i in range(len(xa))]

    def fill(r, a, b, cc, d):
        s.put(r, 2, a, 'g'); s.put(r, 3, b, 'g'); s.put(r, 4, pct(b, a), 'f2'); s.put(r, 5, cc, 'g')
        s.put(r, 6, d, 'g'); s.put(r, 7, pct(d, b), 'f2')
    fill(rt, sum(kh), sum(th), sum(nu), sum(vl))
    for i, r in enumerate(rows):
        fill(r, kh[i], th[i], nu[i], vl[i])
    for col in (2, 3, 5, 6):
        c.sum(s, rt, col, rows)
    for r in [rt] + rows:
        c.share(s, r, 4, r, 3, r, 2); c.share(s, r, 7, r, 6, r, 3)
        c.le(s, r, 5, r, 3); c.le(s, r, 6, r, 3)
    c.table(s, h, 0, rows[-1], 7)
    c.error(s, rows[3], 3, 172, 127, 'transposition',
            '172 typed for 127 (digits 2 and 7 swapped): the column no longer adds to the total, and 115,45 % of '
            'plan and the 86,61 % employment rate are 127/110 and 110/127', 'g')
    return c


@case
def v25():
    c = Case('v25-nuoc-hop-ve-sinh-theo-xa', 'communes-subset-count-pairs-rates',
             'Households using hygienic water and, of which, clean water meeting QCVN, by commune, with both rates '
             'of the commune households; total last; in one commune the two counts were swapped',
             hard='clean-water households are a subset of hygienic-water households (Trong đó column)')
    s = c.sheet('NSVSMT')
    s.row('TRUNG TÂM NƯỚC SẠCH VÀ VSMTNT - UBND HUYỆN CẦU KÈ')
    s.row('TỶ LỆ HỘ DÂN SỬ DỤNG NƯỚC HỢP VỆ SINH, NƯỚC SẠCH NĂM 2024')
    s.blank()
    h = s.row('STT', 'Xã, thị trấn', 'Tổng số hộ', 'Số hộ sử dụng nước hợp vệ sinh',
              'Trong đó: Số hộ sử dụng nước sạch đạt QCVN', 'Tỷ lệ hộ sử dụng nước hợp vệ sinh (%)',
              'Tỷ lệ hộ sử dụng nước sạch đạt QCVN (%)')
    s.row('A', 'B', '1', '2', '3', '4 = 2/1', '5 = 3/1')
    xa = ['Thị trấn Cầu Kè', 'Xã An Phú Tân', 'Xã Châu Điền', 'Xã Hòa Ân', 'Xã Hòa Tân', 'Xã Ninh Thới',
          'Xã Phong Phú', 'Xã Phong Thạnh', 'Xã Tam Ngãi', 'Xã Thạnh Phú', 'Xã Thông Hòa']
    tot = [3215, 2486, 2754, 2318, 2971, 2645, 3102, 2287, 2563, 2419, 2196]
    hv = [3198, 2431, 2702, 2276, 2915, 2580, 3047, 2214, 2498, 2371, 2133]
    sa = [2987, 1654, 1845, 1502, 2135, 1876, 2245, 1398, 1623, 1710, 1385]
    rows = []
    for i in range(len(xa)):
        r = s.row(i + 1, xa[i])
        s.put(r, 2, tot[i], 'n0'); s.put(r, 3, hv[i], 'n0'); s.put(r, 4, sa[i], 'n0')
        s.put(r, 5, pct(hv[i], tot[i]), 'd2'); s.put(r, 6, pct(sa[i], tot[i]), 'd2')
        rows.append(r)
    rt = s.row(None, 'Toàn huyện')
    s.put(rt, 2, sum(tot), 'n0'); s.put(rt, 3, sum(hv), 'n0'); s.put(rt, 4, sum(sa), 'n0')
    s.put(rt, 5, pct(sum(hv), sum(tot)), 'd2'); s.put(rt, 6, pct(sum(sa), sum(tot)), 'd2')
    for col in (2, 3, 4):
        c.sum(s, rt, col, rows)
    for r in rows + [rt]:
        c.share(s, r, 5, r, 3, r, 2); c.share(s, r, 6, r, 4, r, 2); c.le(s, r, 4, r, 3)
    c.table(s, h, 0, rt, 6)
    k = 4
    c.swap_error(s, [(rows[k], 3), (rows[k], 4)], [hv[k], sa[k]], 'n0', 'swap',
                 f'{xa[k]}: hygienic-water ({vi(hv[k])}) and clean-water ({vi(sa[k])}) households typed in each '
                 'other\'s column: the subset exceeds its parent, both column totals break and the rates '
                 f'{vi(pct(hv[k], tot[k]),2)} / {vi(pct(sa[k], tot[k]),2)} fit the right order')
    return c


@case
def v26():
    c = Case('v26-chi-tieu-nhiem-ky', 'term-comparison-columns',
             'Main socio-economic indicators, term 2020 - 2025 against term 2015 - 2020 (cumulative 5-year flows, '
             'end-of-term stocks and rates) with an index column and a difference column (points for rate rows); '
             'the index column header names the wrong term; one index truncated',
             hard='rate rows compare in percentage points and have "-" in the index column; Trong đó domestic '
                  'revenue is a subset; decimals in tỷ đồng')
    s = c.sheet('Chỉ tiêu NK')
    s.row('ĐẢNG BỘ HUYỆN TRẦN ĐỀ')
    s.row('MỘT SỐ CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU NHIỆM KỲ 2020 - 2025 SO VỚI NHIỆM KỲ 2015 - 2020')
    s.row('(Kèm theo Báo cáo chính trị của Ban Chấp hành Đảng bộ huyện khóa XII trình Đại hội lần thứ XIII)')
    h = s.row('TT', 'Chỉ tiêu', 'ĐVT', 'Nhiệm kỳ 2015 - 2020', 'Nhiệm kỳ 2020 - 2025',
              'So sánh NK 2020 - 2025 với NK 2015 - 2020 (%)', 'Tăng (+), giảm (-)')
    R = {}

    def row(k, stt, lab, unit, a, b, p=0, rate=False):
        r = s.row(stt, lab, unit)
        R[k] = r
        s.put(r, 3, a, 't%d' % p); s.put(r, 4, b, 't%d' % p)
        if rate:
            s.put(r, 5, '-')
        else:
            s.put(r, 5, pct(b, a), 't2')
            c.ratio(s, r, 5, [(1, r, 4)], [(1, r, 3)], 2)
        s.put(r, 6, dd(b) - dd(a), 't%d' % p)
        c.diff(s, r, 6, 4, 3)
        return r
    row('vdt', '1', 'Tổng vốn đầu tư phát triển toàn xã hội (5 năm)', 'tỷ đồng', D('12450.6'), D('19872.3'), 1)
    row('thu', '2', 'Tổng thu ngân sách nhà nước trên địa bàn (5 năm)', 'tỷ đồng', D('2135.8'), D('3046.2'), 1)
    row('tnd', '', 'Trong đó: Thu nội địa', 'tỷ đồng', D('1874.2'), D('2712.9'), 1)
    row('xa', '3', 'Tổng số xã (cuối nhiệm kỳ)', 'xã', 16, 16)
    row('ntm', '4', 'Số xã đạt chuẩn nông thôn mới (lũy kế cuối nhiệm kỳ)', 'xã', 6, 11)
    tl1, tl2 = pct(6, 16), pct(11, 16)
    row('tlntm', '', 'Tỷ lệ xã đạt chuẩn nông thôn mới', '%', tl1, tl2, 2, rate=True)
    row('ho', '5', 'Tổng số hộ dân cư (cuối nhiệm kỳ)', 'hộ', 37412, 39856)
    row('hn', '6', 'Số hộ nghèo (cuối nhiệm kỳ)', 'hộ', 2186, 945)
    row('tlhn', '', 'Tỷ lệ hộ nghèo', '%', pct(2186, 37412), pct(945, 39856), 2, rate=True)
    row('vl', '7', 'Số lao động được giải quyết việc làm (5 năm)', 'người', 18450, 21326)
    for col in (3, 4):
        c.le(s, R['tnd'], col, R['thu'], col); c.le(s, R['ntm'], col, R['xa'], col)
        c.share(s, R['tlntm'], col, R['ntm'], col, R['xa'], col); c.share(s, R['tlhn'], col, R['hn'], col, R['ho'], col)
    c.table(s, h, 0, R['vl'], 6)
    s.blank(); s.row('Ghi chú: Các chỉ tiêu tỷ lệ so sánh theo điểm phần trăm (cột Tăng, giảm).')
    s.set(h, 5, 'So sánh NK 2020 - 2025 với NK 2010 - 2015 (%)')
    c.errors.append({'sheet': s.name, 'culprit': A(h, 5), 'value': 'So sánh NK 2020 - 2025 với NK 2015 - 2020 (%)',
                     'kind': 'term-label',
                     'note': 'the index column divides the 2020 - 2025 column by the 2015 - 2020 column (title says '
                             'the same) but its header names term 2010 - 2015'})
    ex = F(21326) * 100 / 18450
    assert trunc(ex, 2) != rnd(ex, 2)
    c.warn(s, R['vl'], 5, trunc(ex, 2), rnd(ex, 2), 'truncation',
           f'21.326/18.450 = {float(ex):.4f} % written {vi(trunc(ex,2),2)} instead of {vi(rnd(ex,2),2)}', 't2')
    return c


@case
def v27():
    c = Case('v27-ho-nhan-khau-va-an-sinh', 'two-tables-cross-reference',
             'Two tables on one sheet: households and persons by commune (hamlets, households, persons, persons per '
             'household), then a social-security summary whose first row repeats the district households and whose '
             'shares are of that number; the repeated household total was mistyped',
             hard='persons per household is an average; the summary shares use the households of the first table')
    s = c.sheet('Dân cư - ASXH')
    s.row('UBND HUYỆN MỸ TÚ')
    s.row('Biểu 1. SỐ HỘ, SỐ NHÂN KHẨU THEO XÃ, THỊ TRẤN (đến 31/12/2024)')
    s.blank()
    h = s.row('STT', 'Xã, thị trấn', 'Số ấp, khóm', 'Số hộ', 'Số nhân khẩu', 'Bình quân nhân khẩu/hộ (người)')
    xa = ['Thị trấn Huỳnh Hữu Nghĩa', 'Xã Long Hưng', 'Xã Hưng Phú', 'Xã Mỹ Hương', 'Xã Mỹ Tú', 'Xã Mỹ Phước',
          'Xã Mỹ Thuận', 'Xã Phú Mỹ', 'Xã Thuận Hưng']
    ap = [6, 8, 9, 7, 8, 10, 6, 9, 7]
    ho = [3412, 2486, 2915, 2673, 2804, 3156, 2247, 2531, 1911]
    nk = [12458, 9271, 11026, 9872, 10513, 11894, 8215, 9468, 7062]
    rows = []
    for i in range(len(xa)):
        r = s.row(i + 1, xa[i], ap[i])
        s.put(r, 3, ho[i], 'n0'); s.put(r, 4, nk[i], 'n0'); s.put(r, 5, pct(nk[i], ho[i], 2, 1), 'd2')
        c.ratio(s, r, 5, [(1, r, 4)], [(1, r, 3)], 2, 1)
        rows.append(r)
    rt = s.row(None, 'Toàn huyện', sum(ap))
    T = sum(ho)
    s.put(rt, 3, T, 'n0'); s.put(rt, 4, sum(nk), 'n0'); s.put(rt, 5, pct(sum(nk), T, 2, 1), 'd2')
    c.ratio(s, rt, 5, [(1, rt, 4)], [(1, rt, 3)], 2, 1)
    for col in (2, 3, 4):
        c.sum(s, rt, col, rows)
    c.table(s, h, 0, rt, 5)
    s.blank(2)
    s.row('Biểu 2. MỘT SỐ CHỈ TIÊU AN SINH XÃ HỘI NĂM 2024')
    h2 = s.row('TT', 'Chỉ tiêu', 'ĐVT', 'Số lượng', 'Tỷ lệ (% so với tổng số hộ)', 'Ghi chú')
    items = [('1', 'Tổng số hộ dân cư toàn huyện', 'hộ', T), ('2', 'Số hộ nghèo', 'hộ', 612),
             ('3', 'Số hộ cận nghèo', 'hộ', 905), ('4', 'Số hộ có nhà ở kiên cố, bán kiên cố', 'hộ', 21980),
             ('5', 'Số hộ đạt danh hiệu "Gia đình văn hóa"', 'hộ', 22410)]
    R2 = []
    for stt, l, u, v in items:
        r = s.row(stt, l, u)
        s.put(r, 3, v, 'n0'); s.put(r, 4, pct(v, T), 'd2')
        R2.append(r)
    s.set(R2[1], 5, 'Theo chuẩn nghèo đa chiều 2022 - 2025')
    for r in R2:
        c.share(s, r, 4, r, 3, R2[0], 3)
    c.eq(s, R2[0], 3, s, rt, 3)
    c.table(s, h2, 0, R2[-1], 5)
    wrong = transpose(T, 2)
    c.error(s, R2[0], 3, wrong, T, 'cross',
            f'Biểu 2 repeats the district households as {vi(wrong)} but Biểu 1 (whose communes add up) has {vi(T)}; '
            f'the shares in Biểu 2 are computed on {vi(T)} (612/{vi(T)} = {vi(pct(612, T),2)} %)', 'n0')
    return c


@case
def v28():
    c = Case('v28-xep-loai-dang-vien-theo-nam', 'years-as-rows-nested-rating-shares',
             'Quality rating of party members 2020-2024, years as rows: total members, members rated, then count and '
             'share for HTTNV trở lên, Trong đó HTXSNV (nested), HTNV, KHTNV; shares of the rated members as the '
             'group header says; clean',
             hard='years as row labels; HTXSNV is inside HTTNV (tốt + hoàn thành + không hoàn thành = 100 %); base '
                  'is members rated, not total members; the three disjoint shares add to 99,99 or 100,01 in some years')
    s = c.sheet('Xếp loại ĐV')
    s.row('HUYỆN ỦY CHÂU THÀNH', None, None, None, None, None, None, 'Biểu 6B')
    s.row('KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN GIAI ĐOẠN 2020 - 2024')
    s.blank()
    h = s.row('Năm', 'Tổng số đảng viên', 'Số đảng viên được đánh giá, xếp loại',
              'Kết quả xếp loại (tỷ lệ % so với số đảng viên được đánh giá, xếp loại)',
              None, None, None, None, None, None, None)
    s.row(None, None, None, 'Hoàn thành tốt nhiệm vụ trở lên', None, 'Trong đó: Hoàn thành xuất sắc nhiệm vụ', None,
          'Hoàn thành nhiệm vụ', None, 'Không hoàn thành nhiệm vụ', None)
    s.row(None, None, None, 'Số lượng', 'Tỷ lệ (%)', 'Số lượng', 'Tỷ lệ (%)', 'Số lượng', 'Tỷ lệ (%)', 'Số lượng',
          'Tỷ lệ (%)')
    s.merge(h, 0, h + 2, 0); s.merge(h, 1, h + 2, 1); s.merge(h, 2, h + 2, 2); s.merge(h, 3, h, 10)
    for k in range(4):
        s.merge(h + 1, 3 + 2 * k, h + 1, 4 + 2 * k)
    data = [(2020, 6512, 6104, 5618, 873, 452, 34), (2021, 6634, 6215, 5777, 902, 406, 32),
            (2022, 6704, 6287, 5866, 935, 392, 29), (2023, 6812, 6398, 6019, 981, 351, 28),
            (2024, 6895, 6476, 6113, 1010, 341, 22)]
    rows = []
    for y, tot, ev, tt, xs, ht, kh in data:
        assert tt + ht + kh == ev
        r = s.row(y, tot, ev)
        s.put(r, 1, tot, 'n0'); s.put(r, 2, ev, 'n0')
        for j, v in enumerate((tt, xs, ht, kh)):
            s.put(r, 3 + 2 * j, v, 'n0'); s.put(r, 4 + 2 * j, pct(v, ev), 'd2')
            c.share(s, r, 4 + 2 * j, r, 3 + 2 * j, r, 2)
        c.lin(s, r, 2, [(1, r, 3), (1, r, 7), (1, r, 9)]); c.le(s, r, 5, r, 3); c.le(s, r, 2, r, 1)
        c.soft100(s, [(r, 4), (r, 8), (r, 10)])
        rows.append(r)
    c.table(s, h, 0, rows[-1], 10)
    sums = [sum(pct(v, d[2]) for v in (d[3], d[5], d[6])) for d in data]
    c.hard += ' (share sums by year: ' + ', '.join(str(x) for x in sums) + ')'
    return c


@case
def v29():
    c = Case('v29-tiep-cong-dan-theo-thang', 'months-rows-cumulative-no-stt',
             'Citizen reception, 9 months: periods as rows (6 tháng đầu năm, Tháng 7, 8, 9, Quý III, Lũy kế 9 tháng, '
             'Cùng kỳ, So sánh %), regular reception and leaders\' reception (visits, persons, cases), total visits '
             'and crowd delegations; no STT column; clean',
             hard='Quý III = months 7-9 and Lũy kế = 6 tháng + Quý III: the period rows are not all addends; the '
                  'same-period row and the % row are not parts')
    s = c.sheet('TCD 9T')
    s.row('BAN TIẾP CÔNG DÂN HUYỆN')
    s.row('KẾT QUẢ CÔNG TÁC TIẾP CÔNG DÂN 9 THÁNG NĂM 2024')
    s.blank()
    h = s.row('Thời gian', 'Tiếp thường xuyên', None, None, 'Lãnh đạo tiếp định kỳ, đột xuất', None, None,
              'Tổng số lượt tiếp', 'Số đoàn đông người')
    s.row(None, 'Lượt', 'Người', 'Vụ việc', 'Lượt', 'Người', 'Vụ việc', None, None)
    s.merge(h, 0, h + 1, 0); s.merge(h, 1, h, 3); s.merge(h, 4, h, 6); s.merge(h, 7, h + 1, 7); s.merge(h, 8, h + 1, 8)
    six = [186, 214, 171, 42, 58, 39, 3]
    m = [[31, 36, 28, 8, 11, 7, 1], [27, 30, 24, 6, 8, 6, 0], [35, 41, 31, 9, 12, 8, 1]]
    ck = [231, 268, 215, 61, 80, 55, 5]
    q3 = [sum(x[j] for x in m) for j in range(7)]
    lk = [six[j] + q3[j] for j in range(7)]
    labels = [('6 tháng đầu năm 2024', six), ('Tháng 7/2024', m[0]), ('Tháng 8/2024', m[1]), ('Tháng 9/2024', m[2]),
              ('Quý III/2024', q3), ('Lũy kế 9 tháng năm 2024', lk), ('Cùng kỳ năm 2023 (9 tháng)', ck)]
    R = []
    for l, v in labels:
        r = s.row(l)
        for j in range(6):
            s.put(r, 1 + j, v[j], 'g')
        s.put(r, 7, v[0] + v[3], 'g'); s.put(r, 8, v[6], 'g')
        c.hsum(s, r, 7, [1, 4])
        R.append(r)
    rp = s.row('So sánh cùng kỳ (%)')
    for col in range(1, 9):
        cur = dd(s.rows[R[5]][col]); prev = dd(s.rows[R[6]][col])
        s.put(rp, col, pct(cur, prev, 1), 'd1')
        c.ratio(s, rp, col, [(1, R[5], col)], [(1, R[6], col)], 1)
        c.sum(s, R[4], col, [R[1], R[2], R[3]]); c.sum(s, R[5], col, [R[0], R[4]])
    c.table(s, h, 0, rp, 8)
    return c


@case
def v30():
    c = Case('v30-thuy-san-hai-bieu', 'two-sheets-commune-yield-and-structure',
             'Aquaculture on two sheets: 7a area, output and average yield (tấn/ha) by commune with the total last; '
             '7b fishery output by kind for 2023 and 2024 with structure (%) of the total and an index; 7b '
             'aquaculture 2024 repeats the 7a total. One commune output has two digits swapped; in 7b the 2024 '
             'share of shrimp was computed on aquaculture instead of the total',
             hard='yield is an average; the structure base is the fishery total named in the header, and the '
                  'Chia ra lines sit under aquaculture')
    s = c.sheet('Biểu 7a')
    s.row('PHÒNG NÔNG NGHIỆP VÀ PTNT HUYỆN')
    s.row('Biểu 7a. DIỆN TÍCH, SẢN LƯỢNG NUÔI TRỒNG THỦY SẢN THEO XÃ NĂM 2024')
    s.blank()
    h = s.row('STT', 'Xã, thị trấn', 'Diện tích nuôi trồng (ha)', 'Sản lượng (tấn)', 'Năng suất bình quân (tấn/ha)')
    xa = ['Thị trấn Cái Đôi Vàm', 'Xã Nguyễn Việt Khái', 'Xã Phú Tân', 'Xã Phú Mỹ', 'Xã Phú Thuận',
          'Xã Rạch Chèo', 'Xã Tân Hải', 'Xã Tân Hưng Tây', 'Xã Việt Thắng']
    ar = [D('412.5'), D('3865.2'), D('2954.8'), D('3412.6'), D('2187.3'), D('1965.4'), D('2743.1'), D('2218.9'),
          D('3046.7')]
    out = [1426, 9874, 7352, 8615, 5487, 4932, 6871, 5514, 7648]
    rows = []
    for i in range(len(xa)):
        r = s.row(i + 1, xa[i])
        s.put(r, 2, ar[i], 'n1'); s.put(r, 3, out[i], 'n0'); s.put(r, 4, pct(out[i], ar[i], 2, 1), 'd2')
        c.ratio(s, r, 4, [(1, r, 3)], [(1, r, 2)], 2, 1)
        rows.append(r)
    rt = s.row(None, 'Tổng cộng')
    TA, TO = sum(ar), sum(out)
    s.put(rt, 2, TA, 'n1'); s.put(rt, 3, TO, 'n0'); s.put(rt, 4, pct(TO, TA, 2, 1), 'd2')
    c.ratio(s, rt, 4, [(1, rt, 3)], [(1, rt, 2)], 2, 1)
    c.sum(s, rt, 2, rows); c.sum(s, rt, 3, rows)
    c.table(s, h, 0, rt, 4)
    s2 = c.sheet('Biểu 7b')
    s2.row('Biểu 7b. SẢN LƯỢNG THỦY SẢN PHÂN THEO LOẠI')
    s2.row(None, None, None, None, None, None, 'Đơn vị tính: tấn')
    h2 = s2.row('STT', 'Chỉ tiêu', 'Năm 2023', None, 'Năm 2024', None, 'So sánh 2024/2023 (%)')
    s2.row(None, None, 'Sản lượng', 'Cơ cấu (%)', 'Sản lượng', 'Cơ cấu (%)', None)
    s2.merge(h2, 0, h2 + 1, 0); s2.merge(h2, 1, h2 + 1, 1); s2.merge(h2, 2, h2, 3); s2.merge(h2, 4, h2, 5)
    s2.merge(h2, 6, h2 + 1, 6)
    kinds = {'kt': (4126, 3987), 'tra': (812, 905), 'tom': (38415, 41273), 'khac': (16754, 15541)}
    nt = (sum(kinds[k][0] for k in ('tra', 'tom', 'khac')), sum(kinds[k][1] for k in ('tra', 'tom', 'khac')))
    assert nt[1] == TO, (nt, TO)
    tot = (nt[0] + kinds['kt'][0], nt[1] + kinds['kt'][1])
    lab = [('', 'Tổng sản lượng thủy sản (1 + 2)', tot), ('1', 'Khai thác', kinds['kt']), ('2', 'Nuôi trồng', nt),
           ('', 'Chia ra: - Cá tra', kinds['tra']), ('', '             - Tôm', kinds['tom']),
           ('', '             - Thủy sản khác', kinds['khac'])]
    R = []
    for stt, l, v in lab:
        r = s2.row(stt, l)
        s2.put(r, 2, v[0], 'n0'); s2.put(r, 3, pct(v[0], tot[0]), 'd2')
        s2.put(r, 4, v[1], 'n0'); s2.put(r, 5, pct(v[1], tot[1]), 'd2'); s2.put(r, 6, pct(v[1], v[0]), 'd2')
        R.append(r)
    for r in R:
        c.share(s2, r, 3, r, 2, R[0], 2); c.share(s2, r, 5, r, 4, R[0], 4)
        c.ratio(s2, r, 6, [(1, r, 4)], [(1, r, 2)], 2)
    for col in (2, 4):
        c.sum(s2, R[0], col, [R[1], R[2]]); c.sum(s2, R[2], col, [R[3], R[4], R[5]])
    c.soft100(s2, [(R[1], 3), (R[2], 3)]); c.soft100(s2, [(R[1], 5), (R[2], 5)])
    c.eq(s2, R[2], 4, s, rt, 3)
    c.table(s2, h2, 0, R[-1], 6)
    c.error(s, rows[0], 3, transpose(out[0], 1), out[0], 'transposition',
            f'{vi(transpose(out[0], 1))} typed for {vi(out[0])} (digits 4 and 2 swapped): the commune column no longer '
            f'adds to {vi(TO)} (also repeated in Biểu 7b) and the yield {vi(pct(out[0], ar[0], 2, 1), 2)} t/ha needs '
            f'{vi(out[0])}', 'n0')
    c.error(s2, R[4], 5, pct(kinds['tom'][1], nt[1]), pct(kinds['tom'][1], tot[1]), 'base',
            f'2024 shrimp share computed on aquaculture {vi(nt[1])} t ({vi(pct(kinds["tom"][1], nt[1]),2)}) instead of '
            f'the fishery total {vi(tot[1])} t used by every other share ({vi(pct(kinds["tom"][1], tot[1]),2)})', 'd2')
    return c


@case
def v31():
    c = Case('v31-du-no-tin-dung-chinh-sach', 'programs-stock-change-formula-total',
             'Outstanding policy-credit loans by programme (triệu đồng) at 31/12/2023 and 31/12/2024, change in '
             'money (negatives in parentheses) and in %, borrowers; the total row uses SUM formulas, one of which '
             'stops a row short; one decrease was typed without its parentheses',
             hard='programme changes have both signs and one alone (+14.829) is over half the total change; text '
                  'figures with parentheses; the borrowers column total is a correct SUM formula')
    s = c.sheet('Dư nợ NHCSXH')
    s.row('PHÒNG GIAO DỊCH NGÂN HÀNG CHÍNH SÁCH XÃ HỘI HUYỆN')
    s.row('DƯ NỢ CHO VAY CÁC CHƯƠNG TRÌNH TÍN DỤNG CHÍNH SÁCH (đến 31/12/2024)')
    s.row(None, None, None, None, None, None, 'ĐVT: triệu đồng')
    h = s.row('TT', 'Chương trình cho vay', 'Dư nợ đến 31/12/2023', 'Dư nợ đến 31/12/2024',
              'Tăng (+), giảm (-) so với 31/12/2023', None, 'Số khách hàng còn dư nợ (hộ)')
    s.row(None, None, None, None, 'Số tiền', 'Tỷ lệ (%)', None)
    s.merge(h, 0, h + 1, 0); s.merge(h, 1, h + 1, 1); s.merge(h, 2, h + 1, 2); s.merge(h, 3, h + 1, 3)
    s.merge(h, 4, h, 5); s.merge(h, 6, h + 1, 6)
    prog = [('Cho vay hộ nghèo', 62458, 54872, 1512), ('Cho vay hộ cận nghèo', 85214, 96345, 2087),
            ('Cho vay hộ mới thoát nghèo', 41236, 38915, 896), ('Cho vay học sinh, sinh viên', 6845, 6102, 214),
            ('Cho vay nước sạch và vệ sinh môi trường nông thôn', 74512, 79864, 3652),
            ('Cho vay hỗ trợ tạo việc làm, duy trì và mở rộng việc làm', 93427, 108256, 2104),
            ('Cho vay nhà ở xã hội', 12850, 18420, 61), ('Cho vay hộ sản xuất kinh doanh vùng khó khăn', 28965, 27314, 742),
            ('Cho vay các chương trình khác', 9874, 11236, 318)]
    rows = []
    for i, (n, a, b, kh) in enumerate(prog):
        r = s.row(i + 1, n)
        s.put(r, 2, a, 'n0'); s.put(r, 3, b, 'n0'); s.put(r, 4, b - a, 'p0'); s.put(r, 5, pct(b - a, a), 'p2')
        s.put(r, 6, kh, 'n0')
        c.diff(s, r, 4, 3, 2); c.ratio(s, r, 5, [(1, r, 4)], [(1, r, 2)], 2)
        rows.append(r)
    rt = s.row(None, 'Tổng cộng')
    TA, TB, TK = sum(p[1] for p in prog), sum(p[2] for p in prog), sum(p[3] for p in prog)
    r0, r1 = rows[0], rows[-1]
    s.put(rt, 2, TA, 'n0', formula=f'SUM({A(r0, 2)}:{A(r1, 2)})')
    s.put(rt, 3, TB, 'n0', formula=f'SUM({A(r0, 3)}:{A(r1, 3)})')
    s.put(rt, 4, TB - TA, 'p0'); s.put(rt, 5, pct(TB - TA, TA), 'p2')
    s.put(rt, 6, TK, 'n0', formula=f'SUM({A(r0, 6)}:{A(r1, 6)})')
    c.diff(s, rt, 4, 3, 2); c.ratio(s, rt, 5, [(1, rt, 4)], [(1, rt, 2)], 2)
    for col in (2, 3, 4, 6):
        c.sum(s, rt, col, rows)
    c.table(s, h, 0, rt, 6)
    s.blank(); s.row('Ghi chú: Số trong ngoặc ( ) là giảm so với 31/12/2023.')
    wrongD = TB - prog[-1][2]
    c.error(s, rt, 3, wrongD, TB, 'formula-range',
            f'{A(rt, 3)} =SUM({A(r0, 3)}:{A(rows[-2], 3)}) stops above the last programme: {vi(wrongD)} instead of '
            f'{vi(TB)}; the change {vi(TB - TA, neg="()")} typed beside it needs {vi(TB)}', 'n0',
            formula=f'SUM({A(r0, 3)}:{A(rows[-2], 3)})')
    k = 2
    dv = prog[k][2] - prog[k][1]
    c.error(s, rows[k], 4, -dv, dv, 'sign',
            f'loans to households just out of poverty fell 41.236 -> 38.915: the change is ({vi(-dv)}) but was typed '
            f'{vi(-dv)} without parentheses; the % beside it is ({vi(pct(-dv, prog[k][1]), 2)})', 'p0')
    return c


@case
def v32():
    c = Case('v32-doan-vien-thanh-nien-theo-don-vi', 'units-as-columns-rate-rows',
             'Youth union figures with units as columns (Toàn huyện = sum of three communes and the agencies '
             'block, column numbers 1 = 2 + 3 + 4 + 5): youth, members with overlapping Trong đó rows, member rate, '
             'grassroots units, cells, members per cell, new members; clean',
             hard='the rate and members-per-cell rows are recomputed for the district column, not summed across; '
                  'Trong đó women + ethnic minority exceed the members in the district (overlap)')
    s = c.sheet('Đoàn viên')
    s.row('HUYỆN ĐOÀN TRÀ CÚ')
    s.row('SỐ LIỆU ĐOÀN VIÊN, THANH NIÊN NĂM 2024')
    s.blank()
    h = s.row('TT', 'Nội dung', 'ĐVT', 'Toàn huyện', 'Chia ra', None, None, None)
    s.row(None, None, None, None, 'Xã Ngọc Biên', 'Xã Tân Hiệp', 'Thị trấn Trà Cú', 'Khối cơ quan - doanh nghiệp')
    s.row('A', 'B', 'C', '1 = 2 + 3 + 4 + 5', '2', '3', '4', '5')
    s.merge(h, 0, h + 1, 0); s.merge(h, 1, h + 1, 1); s.merge(h, 2, h + 1, 2); s.merge(h, 3, h + 1, 3)
    s.merge(h, 4, h, 7)
    d = {'tn': [2412, 2108, 1876, 934], 'dv': [1085, 947, 912, 702], 'nu': [562, 498, 487, 361],
         'dang': [64, 58, 71, 186], 'dt': [712, 598, 455, 112], 'cs': [1, 1, 1, 12], 'cd': [14, 12, 11, 27],
         'kn': [96, 84, 78, 41]}
    lab = [('1', 'Số thanh niên từ 16 - 30 tuổi', 'người', 'tn'), ('2', 'Số đoàn viên', 'người', 'dv'),
           ('', 'Trong đó: - Nữ', 'người', 'nu'), ('', '               - Là đảng viên', 'người', 'dang'),
           ('', '               - Người dân tộc thiểu số', 'người', 'dt'),
           ('3', 'Tỷ lệ đoàn viên so với thanh niên', '%', 'r1'), ('4', 'Số cơ sở Đoàn', 'cơ sở', 'cs'),
           ('5', 'Số chi đoàn', 'chi đoàn', 'cd'), ('6', 'Bình quân đoàn viên/chi đoàn', 'người', 'r2'),
           ('7', 'Kết nạp đoàn viên mới trong năm', 'người', 'kn')]
    R = {}
    for stt, l, u, k in lab:
        r = s.row(stt, l, u)
        R[k] = r
        if k in d:
            s.put(r, 3, sum(d[k]), 'g')
            for j in range(4):
                s.put(r, 4 + j, d[k][j], 'g')
            c.hsum(s, r, 3, [4, 5, 6, 7])
    for col in range(3, 8):
        v = {k: (sum(d[k]) if col == 3 else d[k][col - 4]) for k in d}
        s.put(R['r1'], col, pct(v['dv'], v['tn']), 'd2'); s.put(R['r2'], col, pct(v['dv'], v['cd'], 1, 1), 'd1')
        c.share(s, R['r1'], col, R['dv'], col, R['tn'], col)
        c.ratio(s, R['r2'], col, [(1, R['dv'], col)], [(1, R['cd'], col)], 1, 1)
        for k in ('nu', 'dang', 'dt'):
            c.le(s, R[k], col, R['dv'], col)
        c.le(s, R['dv'], col, R['tn'], col)
    c.table(s, h, 0, R['kn'], 7)
    return c


# ---------------------------------------------------------------- MORE CASES PLACEHOLDER

# ================================================================ verifier

PLACEHOLDERS = {'', '-', '--', 'x', 'X', '...', '…', '20...'}
NUM_RE = re.compile(r'^(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$')


def parse_text(t):
    t = t.strip()
    if t in PLACEHOLDERS:
        return None
    neg = False
    if t.startswith('(') and t.endswith(')'):
        neg, t = True, t[1:-1].strip()
    t = t.rstrip('%').strip()
    if t.startswith('+'):
        t = t[1:]
    elif t.startswith('-'):
        neg, t = not neg, t[1:]
    if not NUM_RE.match(t):
        return 'TEXT'
    v = D(t.replace('.', '').replace(',', '.'))
    return -v if neg else v


def read_values(j):
    vals, formulas = {}, {}
    for sh in j['sheets']:
        cells = sh.get('cells', {})
        for r, row in enumerate(sh['rows']):
            for cc, v in enumerate(row):
                a = A(r, cc)
                if v is None:
                    continue
                if isinstance(v, bool):
                    raise ValueError('bool cell')
                if isinstance(v, (int, float)):
                    x = D(repr(v)) if isinstance(v, float) else D(v)
                    ov = cells.get(a)
                    if ov and '%' in ov.get('fmt', ''):
                        x = x * 100
                    vals[(sh['name'], a)] = x
                else:
                    vals[(sh['name'], a)] = parse_text(v)
        for a, ov in cells.items():
            if 'formula' in ov:
                formulas[(sh['name'], a)] = ov
            r, cc = parse_a1(a)
            rv = sh['rows'][r][cc] if r < len(sh['rows']) and cc < len(sh['rows'][r]) else None
            if rv != ov['v']:
                raise ValueError(f"{j['id']} {a}: rows value {rv} != cells v {ov['v']}")
    return vals, formulas


def check_formulas(j, vals, formulas):
    probs = []
    for (sn, a), ov in formulas.items():
        f = ov['formula']
        m = re.fullmatch(r'SUM\(([A-Z]+)(\d+):([A-Z]+)(\d+)\)', f)
        if m:
            r0, c0 = parse_a1(m.group(1) + m.group(2))
            r1, c1 = parse_a1(m.group(3) + m.group(4))
            tot = D(0)
            for r in range(r0, r1 + 1):
                for cc in range(c0, c1 + 1):
                    v = vals.get((sn, A(r, cc)))
                    if isinstance(v, D):
                        tot += v
            got = tot
        else:
            expr = re.sub(r'([A-Z]+\d+)', lambda mm: f"V('{mm.group(1)}')", f)
            V = lambda x: F(vals.get((sn, x)) or 0)
            got = eval(expr, {'V': V})
        cached = vals[(sn, a)]
        if '%' in ov.get('fmt', ''):
            cached = cached  # already x100; formula gives a fraction
            got = F(got) * 100
        if abs(F(got) - F(cached)) > Fr(1, 10 ** 9):
            probs.append(f"formula {sn}!{a} {f}: cached {cached} != {got}")
    return probs


def cells_of(rule):
    k = rule[0]
    if k == 'lin':
        return [rule[1]] + [x for _, x in rule[2]]
    if k == 'ratio':
        return [rule[1]] + [x for _, x in rule[2]] + ([x for _, x in rule[3]] if isinstance(rule[3], list) else [])
    if k == 'le':
        return rule[1] + [rule[2]]
    if k == 'count':
        return [rule[1]] + rule[2]
    if k == 'soft100':
        return rule[1]
    return []


def num_of(vals, k, zero=True):
    v = vals.get(k)
    if v == 'TEXT':
        raise ValueError(f'text cell used in a rule: {k}')
    if v is None:
        return Fr(0) if zero else None
    return F(v)


def rule_ok(rule, vals, formulas, warned=frozenset()):
    k = rule[0]
    if k == 'lin':
        t = num_of(vals, rule[1])
        return t == rule[3] + sum(c * num_of(vals, x) for c, x in rule[2])
    if k == 'ratio':
        _, tg, nt, dt, p, fac = rule
        t = num_of(vals, tg, zero=False)
        if t is None:
            return True
        n = sum(c * num_of(vals, x) for c, x in nt)
        d = sum(c * num_of(vals, x) for c, x in dt) if isinstance(dt, list) else dt
        if d == 0:
            return False
        exact = n * fac / d
        if tg in formulas:
            return abs(exact - t) <= Fr(1, 10 ** 9)
        if t == F(rnd(exact, p)):
            return True
        if tg in warned:
            if t == F(trunc(exact, p)):
                return True
            if any(t == F(rnd(exact, q)) for q in range(p)):
                return True
        return False
    if k == 'le':
        return sum(num_of(vals, x) for x in rule[1]) <= num_of(vals, rule[2])
    if k == 'count':
        _, tg, cs, lo, hi = rule
        n = sum(1 for x in cs if isinstance(vals.get(x), D) and lo <= vals[x] <= hi)
        return num_of(vals, tg) == n
    if k == 'soft100':
        tot = sum(num_of(vals, x) for x in rule[1])
        return abs(tot - 100) <= Fr(5, 1000) * len(rule[1]) + Fr(1, 10 ** 9)
    raise ValueError(k)


def candidates(rule, cell, vals):
    k = rule[0]
    out = []
    if k == 'lin':
        t = num_of(vals, rule[1])
        if cell == rule[1]:
            return [rule[3] + sum(c * num_of(vals, x) for c, x in rule[2])]
        coef = sum(c for c, x in rule[2] if x == cell)
        others = sum(c * num_of(vals, x) for c, x in rule[2] if x != cell)
        if coef:
            return [(t - rule[3] - others) / coef]
        return []
    if k == 'ratio':
        _, tg, nt, dt, p, fac = rule
        t = num_of(vals, tg, zero=False)
        n = sum(c * num_of(vals, x) for c, x in nt)
        d = sum(c * num_of(vals, x) for c, x in dt) if isinstance(dt, list) else dt
        if cell == tg:
            return [F(rnd(n * fac / d, p))] if d else []
        approx = []
        if t is None:
            return []
        cn = sum(c for c, x in nt if x == cell)
        if cn:
            need = t * d / fac
            approx.append((need - (n - cn * num_of(vals, cell))) / cn)
        if isinstance(dt, list):
            cd = sum(c for c, x in dt if x == cell)
            if cd and t != 0:
                need = n * fac / t
                approx.append((need - (d - cd * num_of(vals, cell))) / cd)
        for a in approx:
            for q in (0, 1, 2):
                base = F(rnd(a, q))
                for st in range(-3, 4):
                    out.append(base + Fr(st, 10 ** q))
        return out
    return out


def all_ok(rules, vals, formulas, warned):
    return all(rule_ok(r, vals, formulas, warned) for r in rules if r[0] != 'soft100')


def explains(cell, rules, vals, formulas, warned):
    rel = [r for r in rules if cell in cells_of(r) and r[0] != 'soft100']
    failing = [r for r in rel if not rule_ok(r, vals, formulas, warned)]
    cands = []
    for r in failing:
        cands += candidates(r, cell, vals)
    for v in cands:
        v2 = dict(vals)
        v2[cell] = D(v.numerator) / D(v.denominator) if isinstance(v, Fr) else v
        if all_ok(rules, v2, formulas, warned):
            return v
    return None


def truth_of(e):
    return e['value']


def verify(j, case_obj):
    rep = []
    rules = case_obj.rules
    vals, formulas = read_values(j)
    probs = check_formulas(j, vals, formulas)
    cid = j['id']
    # every rule cell must be numeric or placeholder (never free text)
    for r in rules:
        for x in cells_of(r):
            if vals.get(x) == 'TEXT':
                probs.append(f'rule uses text cell {x}')
    warned = frozenset((w['sheet'], w['cell']) for w in j['warnings'])
    plants = {}
    for e in j['errors']:
        if isinstance(e['culprit'], list):
            for a, v in zip(e['culprit'], e['value']):
                plants[(e['sheet'], a)] = D(str(v))
        elif isinstance(e['value'], (int, float)):
            plants[(e['sheet'], e['culprit'])] = D(str(e['value']))
    for w in j['warnings']:
        plants[(w['sheet'], w['cell'])] = D(str(w['value']))
    fixed = dict(vals)
    fixed.update(plants)
    hard = [r for r in rules if r[0] != 'soft100']
    bad = [r for r in hard if not rule_ok(r, fixed, formulas)]
    if bad:
        probs.append(f'{len(bad)} rules fail with every plant put right: ' + '; '.join(str(b[:2]) for b in bad[:4]))
    softs = [r for r in rules if r[0] == 'soft100' and not rule_ok(r, fixed, formulas)]
    if softs:
        probs.append(f'100% rows off by more than rounding: {softs}')
    if not j['errors'] and not j['warnings']:
        bad0 = [r for r in hard if not rule_ok(r, vals, formulas)]
        if bad0:
            probs.append('CLEAN case fails: ' + '; '.join(str(b[:2]) for b in bad0[:4]))
    # warnings: the shown value must be a truncation / lower precision of the true value
    for w in j['warnings']:
        key = (w['sheet'], w['cell'])
        rr = [r for r in hard if r[0] == 'ratio' and r[1] == key]
        if not rr:
            probs.append(f'warning {key} has no ratio rule')
            continue
        r = rr[0]
        v0 = dict(fixed)
        v0[key] = vals[key]
        if rule_ok(r, v0, formulas):
            probs.append(f'warning {key} is not a slip')
        if not rule_ok(r, v0, formulas, warned=frozenset([key])):
            probs.append(f'warning {key} is worse than {w["kind"]}')
        shown = F(vals[key])
        n = sum(c * num_of(fixed, x) for c, x in r[2])
        d = sum(c * num_of(fixed, x) for c, x in r[3]) if isinstance(r[3], list) else r[3]
        ex = n * r[5] / d
        if w['kind'] == 'truncation' and shown != F(trunc(ex, r[4])):
            probs.append(f'warning {key}: not a truncation')
        if w['kind'] == 'precision' and not any(shown == F(rnd(ex, q)) for q in range(r[4])):
            probs.append(f'warning {key}: not a lower precision')
        rep.append(f"  warn {w['kind']:<11} {w['cell']}: shown {vals[key]} true {w['value']} (exact {float(ex):.5f})")
    # errors: each one alone (others put right) must be explained by its culprit only
    for e in j['errors']:
        cul = e['culprit'] if isinstance(e['culprit'], list) else [e['culprit']]
        keys = [(e['sheet'], a) for a in cul]
        v1 = dict(fixed)
        for k in keys:
            v1[k] = vals[k]
        failing = [r for r in hard if not rule_ok(r, v1, formulas, warned)]
        if e['kind'] == 'term-label':
            rep.append(f"  err  term-label  {cul[0]}: '{vals.get(keys[0])}' -> '{e['value']}'")
            continue
        if not failing:
            probs.append(f'error {cul} breaks no rule')
            continue
        touched = set()
        for r in failing:
            touched.update(cells_of(r))
        expl = {}
        for cell in sorted(touched):
            v = explains(cell, rules, v1, formulas, warned)
            if v is not None:
                expl[cell] = v
        if len(keys) == 1:
            if set(expl) != set(keys):
                probs.append(f'error {cul}: single-cell explanations {sorted(expl)}')
            elif F(expl[keys[0]]) != F(D(str(e['value']))):
                probs.append(f'error {cul}: explained by value {expl[keys[0]]} not {e["value"]}')
        else:
            if expl:
                probs.append(f'swap {cul}: a single cell explains it: {sorted(expl)}')
        rep.append(f"  err  {e['kind']:<11} {','.join(cul)}: {len(failing)} failing rules, shown "
                   f"{[str(vals[k]) for k in keys]} -> {e['value']}")
    # reading independence: a figure derived from other derived figures (points = rate - rate,
    # index of two yields) must come out the same from exact ratios, so no clean cell hinges on rounding
    rt = {r[1]: r for r in hard if r[0] == 'ratio'}

    def exact(rr, depth=0):
        def val(x):
            return exact(rt[x], depth + 1) if x in rt and depth < 3 else num_of(fixed, x)
        n = sum(k * val(x) for k, x in rr[2])
        d = sum(k * val(x) for k, x in rr[3]) if isinstance(rr[3], list) else rr[3]
        return n * rr[5] / d
    for r in hard:
        if r[0] == 'lin' and len(r[2]) == 2 and all(x in rt for _, x in r[2]):
            e = sum(k * exact(rt[x]) for k, x in r[2])
            p = max(rt[x][4] for _, x in r[2])
            if F(rnd(e, p)) != num_of(fixed, r[1]):
                probs.append(f'{r[1]}: displayed difference != difference of exact ratios')
        if r[0] == 'ratio' and any(x in rt for x in cells_of(r)[1:]):
            if F(rnd(exact(r), r[4])) != num_of(fixed, r[1]):
                probs.append(f'{r[1]}: ratio of displayed ratios != ratio of exact ratios')
    # layout sanity: merged cells other than the anchor are empty; table ranges lie on their sheet
    for sh in j['sheets']:
        for m in sh.get('merges', []):
            a0, a1 = m.split(':')
            (r0, c0), (r1, c1) = parse_a1(a0), parse_a1(a1)
            for r in range(r0, r1 + 1):
                for cc in range(c0, c1 + 1):
                    if (r, cc) == (r0, c0):
                        continue
                    row = sh['rows'][r] if r < len(sh['rows']) else []
                    if cc < len(row) and row[cc] not in (None, ''):
                        probs.append(f'merge {m} covers a filled cell {A(r, cc)}')
    names = {sh['name']: sh for sh in j['sheets']}
    for t in j['tables']:
        sh = names[t['sheet']]
        a0, a1 = t['range'].split(':')
        (r0, c0), (r1, c1) = parse_a1(a0), parse_a1(a1)
        if r1 >= len(sh['rows']) or not sh['rows'][r0]:
            probs.append(f'table range {t} off the sheet')
    for e in j['errors']:
        cul = e['culprit'] if isinstance(e['culprit'], list) else [e['culprit']]
        for a in cul:
            if not any(t['sheet'] == e['sheet'] and in_range(a, t['range']) for t in j['tables']):
                probs.append(f'culprit {a} outside every table')
    for w in j['warnings']:
        if not any(t['sheet'] == w['sheet'] and in_range(w['cell'], t['range']) for t in j['tables']):
            probs.append(f'warning cell {w["cell"]} outside every table')
    return probs, rep, len(hard)


def in_range(a, rng):
    r, cc = parse_a1(a)
    a0, a1 = rng.split(':')
    (r0, c0), (r1, c1) = parse_a1(a0), parse_a1(a1)
    return r0 <= r <= r1 and c0 <= cc <= c1


# ==================================================================== main

def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith('.json'):
            os.remove(os.path.join(OUT, f))
    built = []
    for fn in CASES:
        cobj = fn()
        j = cobj.to_json()
        path = os.path.join(OUT, cobj.id + '.json')
        with open(path, 'w', encoding='utf-8') as fh:
            json.dump(j, fh, ensure_ascii=False, indent=1)
        built.append((cobj, path))
    ok = True
    ids = set()
    summary = []
    for cobj, path in built:
        with open(path, encoding='utf-8') as fh:
            j = json.load(fh)
        assert j['id'] not in ids
        ids.add(j['id'])
        probs, rep, nrules = verify(j, cobj)
        status = 'CLEAN' if not j['errors'] and not j['warnings'] else 'PLANTED'
        print(f"{j['id']:<44} {status:<8} tables={len(j['tables'])} rules={nrules}")
        for line in rep:
            print(line)
        for p in probs:
            ok = False
            print('  !! ' + p)
        summary.append((cobj, j))
    write_summary(summary)
    print('ALL OK' if ok else 'PROBLEMS FOUND')
    return 0 if ok else 1


def write_summary(summary):
    from collections import Counter
    ek, wk = Counter(), Counter()
    ntab = 0
    clean = 0
    lines = []
    for cobj, j in summary:
        ntab += len(j['tables'])
        for e in j['errors']:
            ek[e['kind']] += 1
        for w in j['warnings']:
            wk[w['kind']] += 1
        if not j['errors'] and not j['warnings']:
            clean += 1
        plants = ', '.join([f"{e['kind']} {e['culprit'] if isinstance(e['culprit'], str) else '+'.join(e['culprit'])}"
                            for e in j['errors']] + [f"{w['kind']} {w['cell']} (warning)" for w in j['warnings']])
        lines.append(f"| {j['id']} | {j['layout']} | {len(j['tables'])} | {plants or 'clean'} | {cobj.hard} |")
    layouts = {j['layout'] for _, j in summary}
    out = ['# dev3 / tables — evaluation cases', '',
           'Generated by `make.py` (Python 3 standard library; exact `fractions` arithmetic, round half up).',
           'Re-run `python3 make.py` to rebuild `cases/*.json`; it re-reads every file, parses the cells as a clerk',
           'reads them (vi-VN text, % formats, formula caches) and checks the rules declared for each case:',
           'clean cases satisfy every rule; with the plants put right every case does; each planted error is',
           'explained by its culprit alone and by no other single cell; each warning is a truncation or lower',
           'precision of the true value.', '',
           f'- cases: {len(summary)}', f'- tables: {ntab}', f'- clean cases: {clean}',
           f'- distinct layouts: {len(layouts)}',
           '- errors by kind: ' + ', '.join(f'{k} {v}' for k, v in sorted(ek.items())) + f' (total {sum(ek.values())})',
           '- warnings by kind: ' + ', '.join(f'{k} {v}' for k, v in sorted(wk.items())) + f' (total {sum(wk.values())})',
           '', '## Conventions', '',
           '- `value` of an error is the figure the culprit should hold (a list for a swap, the corrected header '
           'text for a term label); `value` of a warning is the correctly rounded figure.',
           '- Percentages typed as text carry the column\'s decimals; numeric percentages carry a `0.0`/`0.00` '
           'format, or a `0.00%` format with the fraction as `v` (v16, v24).',
           '- Differences in percentage points and indices are computed from the displayed figures, and the data '
           'were chosen so that recomputing them from exact (unrounded) ratios gives the same figure: no clean cell '
           'depends on which reading a checker uses.',
           '- "-" means zero / not applicable and is never an error; sums treat it as 0.',
           '- Subjects: agriculture, livestock, aquaculture, budget revenue/spending, policy credit, insurance, '
           'poverty, water, education, health (vaccination), traffic, complaints, citizen reception, land, '
           'population, labour/jobs, vocational training, mass organisations, new rural criteria, commune cadres, '
           'term indicators; party-membership tables are 3 of 32 (v21, v22, v28).',
           '- Every error is located by the table itself: `make.py` checks that no single cell other than the '
           'culprit can be changed to satisfy every rule (a swap: that no single cell can).',
           '', 'Sources used: shared/domain.md, shared/forms.md, shared/seeds/ (for wording and shapes) and the case',
           'format of heldout5/FORMAT.md. All figures are invented; names of communes are illustrative.', '',
           '| id | layout | tables | plants | what makes it hard / notes |', '|---|---|---|---|---|'] + lines
    with open(os.path.join(HERE, 'SUMMARY.md'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(out) + '\n')


if __name__ == '__main__':
    sys.exit(main())
