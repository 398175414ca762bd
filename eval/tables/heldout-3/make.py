#!/usr/bin/env python3
"""Generator of the sealed "Tables" evaluation part heldout3/tables (cases m01 … m36).

Standard library only.  Every total, share, ratio and expected value is computed with exact
decimal arithmetic (Decimal, ROUND_HALF_UP); errors and warnings are planted on top of correct
data, and the value recorded for each planted slip is the correct figure computed here.

After writing cases/*.json the script re-reads every file and checks it independently of the
generation code path: the rules declared for each case (sums, subsets, shares, ratios, differences,
cross-sheet equalities, term labels, formulas) are evaluated on the values parsed back from the JSON
exactly as a clerk would read them (vi-VN text, % number formats, cached formula values):
  * clean cases break no rule and every formula's cached value equals its formula;
  * every rule broken in an error case involves a planted cell; fixing the planted cells with their
    recorded values makes every rule hold;
  * a planted error with a single culprit and a value is the only single-cell change that repairs
    everything (Fellegi-Holt: the case is decidable), a swap is the only exchange that does;
  * truncation warnings are real truncations (cut value != rounded value), precision warnings are
    the correct rounding at fewer decimals;
  * formula-range culprits really omit exactly one part row, stale formula culprits really differ
    from their formula.
Run:  python3 make.py        (writes cases/*.json next to this file, then verifies them)
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, getcontext

getcontext().prec = 40
D = Decimal
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'cases')


# ----------------------------------------------------------------------------- arithmetic
def q(x, dp):
    return D(x).quantize(D(1).scaleb(-dp), rounding=ROUND_HALF_UP)


def qdown(x, dp):
    return D(x).quantize(D(1).scaleb(-dp), rounding=ROUND_DOWN)


def pct(part, base, dp):
    return q(D(part) * 100 / D(base), dp)


def pct_trunc(part, base, dp):
    return qdown(D(part) * 100 / D(base), dp)


def num(x):
    """Decimal/int -> JSON number (int when integral)."""
    x = D(x)
    if x == x.to_integral_value():
        return int(x)
    return float(x)


def vt(n):
    """Integer as typed in vi-VN: 4792 -> '4.792'."""
    n = int(n)
    s = f'{abs(n):,}'.replace(',', '.')
    return ('-' if n < 0 else '') + s


def vp(x, dp):
    """Decimal as typed in vi-VN: 45.67 -> '45,67'."""
    x = q(x, dp)
    s = f'{abs(x):,.{dp}f}'.replace(',', '_').replace('.', ',').replace('_', '.')
    return ('-' if x < 0 else '') + s


def signed(n):
    n = int(n)
    return f'+{vt(n)}' if n > 0 else vt(n)


# ----------------------------------------------------------------------------- A1 helpers
def col_letter(c):
    s = ''
    c += 1
    while c:
        c, r = divmod(c - 1, 26)
        s = chr(65 + r) + s
    return s


def a1(r, c):
    return f'{col_letter(c)}{r + 1}'


def parse_a1(ref):
    m = re.fullmatch(r'\$?([A-Z]+)\$?(\d+)', ref)
    if not m:
        raise ValueError(ref)
    col = 0
    for ch in m.group(1):
        col = col * 26 + ord(ch) - 64
    return int(m.group(2)) - 1, col - 1


# ----------------------------------------------------------------------------- builders
class Sheet:
    def __init__(self, name):
        self.name = name
        self.rows = []
        self.merges = []
        self.cells = {}

    def add(self, *vals):
        self.rows.append(list(vals))
        return len(self.rows) - 1

    def blank(self):
        return self.add()

    def R(self, r, c):
        return a1(r, c)

    def get(self, r, c):
        row = self.rows[r]
        return row[c] if c < len(row) else None

    def put(self, r, c, v):
        row = self.rows[r]
        while len(row) <= c:
            row.append(None)
        old = row[c]
        row[c] = v
        ref = a1(r, c)
        if ref in self.cells:
            self.cells[ref]['v'] = v
        return old

    def fmt(self, r, c, v, fmt):
        self.put(r, c, v)
        self.cells[a1(r, c)] = {'v': v, 'fmt': fmt}

    def formula(self, r, c, v, formula, fmt=None):
        self.put(r, c, v)
        d = {'v': v, 'formula': formula}
        if fmt:
            d['fmt'] = fmt
        self.cells[a1(r, c)] = d

    def plain(self, r, c, v):
        """Replace a cell by a plain typed value (drops any formula/format)."""
        self.cells.pop(a1(r, c), None)
        return self.put(r, c, v)

    def merge(self, r0, c0, r1, c1):
        self.merges.append(f'{a1(r0, c0)}:{a1(r1, c1)}')

    def to_json(self):
        rows = []
        for row in self.rows:
            row = list(row)
            while row and row[-1] is None:
                row.pop()
            rows.append(row)
        d = {'name': self.name, 'rows': rows}
        if self.merges:
            d['merges'] = self.merges
        if self.cells:
            d['cells'] = {k: self.cells[k] for k in sorted(self.cells, key=lambda k: parse_a1(k))}
        return d


class Case:
    def __init__(self, cid, layout, about):
        self.id = cid
        self.layout = layout
        self.about = about
        self.sheets = []
        self.tables = []
        self.errors = []
        self.warnings = []
        self.rules = []

    def sheet(self, name):
        s = Sheet(name)
        self.sheets.append(s)
        return s

    def table(self, s, r0, c0, r1, c1):
        self.tables.append({'sheet': s.name, 'range': f'{a1(r0, c0)}:{a1(r1, c1)}'})

    # --- rules (cells are (row, col) pairs of sheet s) ---
    def lin(self, s, target, terms):
        """target = sum(coef * cell)."""
        self.rules.append(('lin', s.name, a1(*target), [(D(k), a1(*rc)) for k, rc in terms]))

    def sum(self, s, parent, parts):
        self.lin(s, parent, [(1, p) for p in parts])

    def sum_cols(self, s, parent_r, part_rs, cols):
        for c in cols:
            self.sum(s, (parent_r, c), [(r, c) for r in part_rs])

    def sum_rows(self, s, parent_c, part_cs, rows):
        for r in rows:
            self.sum(s, (r, parent_c), [(r, c) for c in part_cs])

    def diff(self, s, cell, cur, prev):
        self.lin(s, cell, [(1, cur), (-1, prev)])

    def le(self, s, small, big):
        self.rules.append(('le', s.name, a1(*small), a1(*big)))

    def lesum(self, s, parent, parts):
        """disjoint but partial breakdown: sum(parts) <= parent."""
        self.rules.append(('lesum', s.name, a1(*parent), [a1(*p) for p in parts]))

    def share(self, s, cell, part, base, dp):
        self.rules.append(('share', s.name, a1(*cell), a1(*part), a1(*base), dp))

    def ratio(self, s, cell, cur, prev, dp):
        self.rules.append(('ratio', s.name, a1(*cell), a1(*cur), a1(*prev), dp))

    def relchg(self, s, cell, cur, prev, dp):
        self.rules.append(('relchg', s.name, a1(*cell), a1(*cur), a1(*prev), dp))

    def div(self, s, cell, numer, const, dp):
        self.rules.append(('div', s.name, a1(*cell), a1(*numer), D(const), dp))

    def sum100(self, s, cells, dp):
        self.rules.append(('sum100', s.name, [a1(*rc) for rc in cells], dp))

    def eq(self, s1, c1, s2, c2):
        self.rules.append(('eq', s1.name, a1(*c1), s2.name, a1(*c2)))

    def termref(self, s, label, cur, prev):
        self.rules.append(('termref', s.name, a1(*label), a1(*cur), a1(*prev)))

    # --- planting ---
    def err(self, s, rc, value, kind, note, culprit=None):
        e = {'sheet': s.name,
             'culprit': culprit if culprit is not None else a1(*rc),
             'value': value, 'kind': kind, 'note': note}
        self.errors.append(e)

    def warn(self, s, rc, kind, value, note):
        self.warnings.append({'sheet': s.name, 'cell': a1(*rc), 'kind': kind,
                              'value': value, 'note': note})

    def to_json(self):
        return {'id': self.id, 'layout': self.layout, 'about': self.about,
                'sheets': [s.to_json() for s in self.sheets],
                'tables': self.tables, 'errors': self.errors, 'warnings': self.warnings}


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


def p1_rows(c, s, items, dp=2, label_col=0):
    """Rows of a P1 form (Tiêu chí | Kỳ này | Cùng kỳ năm trước | (%)).
    items: (key, label, cur, prev); cur/prev None -> heading row without figures.
    Adds the ratio rule for every row with prev > 0. Returns {key: row}."""
    R = {}
    L = label_col
    for key, label, cur, prev in items:
        if cur is None:
            r = s.add(*([None] * L), label)
        else:
            if prev:
                rat = num(q(D(cur) * 100 / D(prev), dp))
            else:
                rat = '-'
            r = s.add(*([None] * L), label, num(cur), num(prev), rat)
            if prev:
                c.ratio(s, (r, L + 3), (r, L + 1), (r, L + 2), dp)
        R[key] = r
    return R


UNITS11 = ['Thị trấn Hòa Bình', 'Xã Long Thạnh', 'Xã Tân Bình', 'Xã Phương Bình', 'Xã Vĩnh Hậu',
           'Xã Minh Diệu', 'Xã Vĩnh Bình', 'Xã Vĩnh Mỹ A', 'Xã Vĩnh Mỹ B', 'Xã Vĩnh Thịnh',
           'Xã Vĩnh Hậu A']


# ============================================================================= cases
@case
def m01():
    c = Case('m01-bieu1-tang-giam-dang-vien', 'form-stock-flow-abcd',
             'Biểu 1-BTCTW (member increase/decrease) of a district, blocks A-D with numbered and lettered '
             'items, P1 columns Kỳ này / Cùng kỳ năm trước / (%) and a column-number row; D = A + B - C; '
             'A of this year equals D of last year. Clean.')
    s = c.sheet('Biểu 1')
    s.add('HUYỆN ỦY HÒA BÌNH', None, None, 'Biểu số 1-BTCTW')
    s.add('BAN TỔ CHỨC')
    s.add('THỐNG KÊ TĂNG, GIẢM ĐẢNG VIÊN NĂM 2024')
    s.merge(2, 0, 2, 3)
    s.add(None, None, None, 'Đvt: Người')
    h = s.add('Tiêu chí', 'Thực hiện', None, '(%) kỳ này so với cùng kỳ năm trước')
    s.add(None, 'Kỳ này', 'Cùng kỳ năm trước')
    s.merge(h, 0, h + 1, 0); s.merge(h, 1, h, 2); s.merge(h, 3, h + 1, 3)
    s.add('1', '2', '3', '4(=2*100/3)')
    # correct figures: (cur 2024, prev 2023)
    v = {
        'B1': (131, 118), 'B2a': (7, 9), 'B2b': (16, 14), 'B3': (0, 1),
        'C1': (46, 41), 'C2': (1, 2), 'C3': (12, 17), 'C3db': (2, 3), 'C4': (0, 1),
        'C5a': (10, 12), 'C5b': (8, 6),
    }
    A = (4715, 4652)
    add = lambda *ks: tuple(sum(v[k][i] for k in ks) for i in (0, 1))
    v['B2'] = add('B2a', 'B2b')
    v['B'] = tuple(v['B1'][i] + v['B2'][i] + v['B3'][i] for i in (0, 1))
    v['C5'] = add('C5a', 'C5b')
    v['C'] = tuple(v['C1'][i] + v['C2'][i] + v['C3'][i] + v['C4'][i] + v['C5'][i] for i in (0, 1))
    Dd = tuple(A[i] + v['B'][i] - v['C'][i] for i in (0, 1))
    assert Dd[1] == A[0]
    items = [
        ('A', 'A - Tổng số đảng viên cuối kỳ trước chuyển sang', *A),
        ('B', 'B - Đảng viên tăng trong kỳ', *v['B']),
        ('B1', '1. Kết nạp', *v['B1']),
        ('B2', '2. Chuyển đến', *v['B2']),
        ('B2a', 'a. Tỉnh khác chuyển đến', *v['B2a']),
        ('B2b', 'b. Huyện khác trong tỉnh chuyển đến', *v['B2b']),
        ('B3', '3. Phục hồi đảng tịch', *v['B3']),
        ('C', 'C - Đảng viên giảm trong kỳ', *v['C']),
        ('C1', '1. Từ trần', *v['C1']),
        ('C2', '2. Khai trừ', *v['C2']),
        ('C3', '3. Xóa tên', *v['C3']),
        ('C3db', 'Trong đó: Đảng viên dự bị', *v['C3db']),
        ('C4', '4. Xin ra khỏi Đảng', *v['C4']),
        ('C5', '5. Chuyển đi', *v['C5']),
        ('C5a', 'a. Chuyển đi tỉnh khác', *v['C5a']),
        ('C5b', 'b. Chuyển đi huyện khác trong tỉnh', *v['C5b']),
        ('D', 'D - Đảng viên trong danh sách cuối kỳ báo cáo', *Dd),
    ]
    R = p1_rows(c, s, items)
    last = R['D']
    c.table(s, h, 0, last, 3)
    s.blank()
    s.add('Hòa Bình, ngày 10 tháng 01 năm 2025')
    s.add('NGƯỜI LẬP BIỂU', None, 'TRƯỞNG BAN')
    for col in (1, 2):
        c.sum(s, (R['B'], col), [(R['B1'], col), (R['B2'], col), (R['B3'], col)])
        c.sum(s, (R['B2'], col), [(R['B2a'], col), (R['B2b'], col)])
        c.sum(s, (R['C'], col), [(R[k], col) for k in ('C1', 'C2', 'C3', 'C4', 'C5')])
        c.sum(s, (R['C5'], col), [(R['C5a'], col), (R['C5b'], col)])
        c.le(s, (R['C3db'], col), (R['C3'], col))
        c.lin(s, (R['D'], col), [(1, (R['A'], col)), (1, (R['B'], col)), (-1, (R['C'], col))])
    c.eq(s, (R['A'], 1), s, (R['D'], 2))
    return c


@case
def m02():
    c = Case('m02-bieu2-ket-nap-do-tuoi', 'form-roman-blocks-p1',
             'Biểu 2-BTCTW (new members) with sibling roman blocks I/II/III, overlapping "-" subsets under I, '
             'occupation/age/education breakdowns under II (age block with an average row), organisations '
             'under III; one age-band figure mistyped in the Kỳ này column.')
    s = c.sheet('Biểu 2')
    s.add('HUYỆN ỦY HÒA BÌNH', None, None, 'Biểu số 2-BTCTW')
    s.add('BAN TỔ CHỨC')
    s.add('THỐNG KÊ ĐẢNG VIÊN MỚI KẾT NẠP NĂM 2024')
    s.add(None, None, None, 'Đvt: Người')
    h = s.add('Tiêu chí', 'Thực hiện', None, '(%) kỳ này so với cùng kỳ năm trước')
    s.add(None, 'Kỳ này', 'Cùng kỳ năm trước')
    s.merge(h, 0, h + 1, 0); s.merge(h, 1, h, 2); s.merge(h, 3, h + 1, 3)
    s.add('1', '2', '3', '4(=2*100/3)')
    I = (131, 118)
    subsets = [('nu', '- Nữ', 58, 49), ('dt', '- Dân tộc thiểu số', 6, 4), ('tg', '- Người theo tôn giáo', 9, 7),
               ('dv', '- Đoàn viên Đoàn TNCS Hồ Chí Minh', 97, 84), ('dn', '- Chủ doanh nghiệp tư nhân', 1, 0),
               ('kl', '- Kết nạp lại', 1, 2)]
    occ = [('o1', '- Cán bộ, công chức cơ quan Nhà nước từ cấp huyện trở lên', 12, 10),
           ('o2', '- Cán bộ, công chức cơ quan Đảng, MTTQ, đoàn thể CT-XH từ cấp huyện trở lên', 4, 3),
           ('o3', '- Cán bộ, công chức, người hoạt động không chuyên trách ở xã, thị trấn', 21, 18),
           ('o4', '- Người hoạt động không chuyên trách ở ấp, khu phố', 15, 14),
           ('o5', '- Viên chức đơn vị sự nghiệp công lập', 19, 17),
           ('o6', '- Người lao động trong đơn vị sự nghiệp ngoài công lập', 2, 1),
           ('o7', '- Lãnh đạo, quản lý và lao động trong các doanh nghiệp, chia ra:', 8, 6),
           ('o7a', '+ Lãnh đạo, quản lý doanh nghiệp', 1, 0),
           ('o7b', '+ Nhân viên, lao động gián tiếp sản xuất', 2, 2),
           ('o7c', '+ Công nhân, lao động trực tiếp sản xuất', 5, 4),
           ('o8', '- Người làm nông, lâm, ngư nghiệp', 28, 27),
           ('o9', '- Sĩ quan, chiến sỹ Quân đội và Công an', 9, 8),
           ('o10', '- Sinh viên', 0, 0), ('o11', '- Học sinh', 1, 0),
           ('o12', '- Khác (lao động hợp đồng, tự do…)', 12, 14)]
    age = [('a1', '- Từ 18 đến 30 tuổi', 84, 72), ('a2', '- Từ 31 đến 35 tuổi', 21, 20),
           ('a3', '- Từ 36 đến 40 tuổi', 14, 13), ('a4', '- Từ 41 đến 45 tuổi', 7, 8),
           ('a5', '- Từ 46 đến 50 tuổi', 3, 3), ('a6', '- Từ 51 đến 55 tuổi', 1, 1),
           ('a7', '- Từ 56 đến 60 tuổi', 1, 1), ('a8', '- Trên 60 tuổi', 0, 0)]
    edu = [('e1', '- Biết đọc, biết viết chữ quốc ngữ', 0, 0), ('e2', '- Tiểu học', 1, 2),
           ('e3', '- Trung học cơ sở', 9, 10), ('e4', '- Trung học phổ thông', 121, 106)]
    cm = [('c1', '- Công nhân kỹ thuật, nhân viên nghiệp vụ, sơ cấp', 6, 5), ('c2', '- Trung cấp', 14, 12),
          ('c3', '- Cao đẳng', 9, 8), ('c4', '- Đại học', 58, 49), ('c5', '- Thạc sỹ', 3, 2), ('c6', '- Tiến sỹ', 0, 0)]
    org = [('t1', '1. Đảng bộ cơ sở', 24, 24), ('t1a', 'Trong đó: + Có kết nạp đảng viên', 21, 20),
           ('t1b', '+ Không còn quần chúng', 0, 0),
           ('t2', '2. Chi bộ cơ sở', 35, 36), ('t2a', 'Trong đó: + Có kết nạp đảng viên', 27, 25),
           ('t2b', '+ Không còn quần chúng', 1, 1)]
    for blk in (occ, age, edu):
        top = [x for x in blk if x[0] not in ('o7a', 'o7b', 'o7c')]
        for i in (2, 3):
            assert sum(x[i] for x in top) == I[i - 2], blk[0]
    items = ([('I', 'I. Tổng số đảng viên mới kết nạp', *I)] + subsets +
             [('II', 'II. Phân tích đảng viên mới kết nạp', None, None), ('II1', '1. Nghề nghiệp', None, None)] + occ +
             [('II2', '2. Tuổi đời', None, None)] + age +
             [('avg', '- Tuổi bình quân', D('28.6'), D('29.1')), ('II3', '3. Trình độ giáo dục phổ thông', None, None)] + edu +
             [('II4', '4. Trình độ chuyên môn nghiệp vụ', None, None)] + cm +
             [('III', 'III. Số tổ chức cơ sở đảng có đến cuối kỳ báo cáo', None, None)] + org)
    R = p1_rows(c, s, items)
    last = R['t2b']
    c.table(s, h, 0, last, 3)
    s.blank()
    s.add('NGƯỜI LẬP BIỂU', None, 'TRƯỞNG BAN')
    for col in (1, 2):
        for k, *_ in subsets:
            c.le(s, (R[k], col), (R['I'], col))
        c.sum(s, (R['I'], col), [(R[k], col) for k, *_ in occ if k not in ('o7a', 'o7b', 'o7c')])
        c.sum(s, (R['o7'], col), [(R[k], col) for k in ('o7a', 'o7b', 'o7c')])
        c.sum(s, (R['I'], col), [(R[k], col) for k, *_ in age])
        c.sum(s, (R['I'], col), [(R[k], col) for k, *_ in edu])
        c.lesum(s, (R['I'], col), [(R[k], col) for k, *_ in cm])  # partial: untrained members not listed
        for k in ('t1a', 't1b'):
            c.le(s, (R[k], col), (R['t1'], col))
        for k in ('t2a', 't2b'):
            c.le(s, (R[k], col), (R['t2'], col))
    # plant: 31-35 age band, Kỳ này 21 typed 27
    r = R['a2']
    s.put(r, 1, 27)
    c.err(s, (r, 1), 21, 'digit',
          '27 typed for 21 (Từ 31 đến 35 tuổi, kỳ này): the age bands then sum to 137, not 131 = I, '
          'and (%) 105 no longer equals 27/20')
    return c


@case
def m03():
    c = Case('m03-bieu5-loai-hinh-tccsd', 'form-three-row-header-numbered',
             'Biểu 5-BTCTW: organisations and members by type of base unit, three header rows with merges, '
             'column-number row "2 (=3+4)", items 1-11 with a)/b)/c) and dash sub-items, a "Trong đó" subset '
             'row and "Cộng (1+….+11)" last; columns 5-6 are sub-units unrelated to 2-4. Clean.')
    s = c.sheet('Biểu 5')
    s.add('HUYỆN ỦY HÒA BÌNH', None, None, None, None, None, 'Biểu số 5-BTCTW')
    s.add('BAN TỔ CHỨC')
    s.add('THỐNG KÊ TỔ CHỨC ĐẢNG VÀ ĐẢNG VIÊN TRONG CÁC LOẠI HÌNH CƠ SỞ NĂM 2024')
    s.merge(2, 0, 2, 6)
    h = s.add('Loại hình tổ chức cơ sở đảng', 'Số tổ chức cơ sở đảng', None, None,
              'Tổ chức đảng trực thuộc Đảng bộ cơ sở', None, 'Tổng số đảng viên')
    s.add(None, 'Tổng số', 'Chia ra', None, 'Chia ra')
    s.add(None, None, 'Đảng bộ cơ sở', 'Chi bộ cơ sở', 'Đảng bộ bộ phận', 'Chi bộ trực thuộc')
    s.merge(h, 0, h + 2, 0); s.merge(h, 1, h, 3); s.merge(h + 1, 1, h + 2, 1); s.merge(h + 1, 2, h + 1, 3)
    s.merge(h, 4, h, 5); s.merge(h + 1, 4, h + 1, 5); s.merge(h, 6, h + 2, 6)
    s.add('1', '2 (=3+4)', '3', '4', '5', '6', '7')
    R = build_bieu5_rows(c, s)
    c.table(s, h, 0, R['total'], 6)
    s.blank()
    s.add('* Loại hình cơ sở khác: Hội Chữ thập đỏ, Hội Nông dân… có tổ chức đảng.')
    s.add('NGƯỜI LẬP BIỂU', None, None, None, 'TRƯỞNG BAN')
    return c


BIEU5 = [  # key, label, ĐBCS, CBCS, ĐB bộ phận, chi bộ trực thuộc, đảng viên
    ('1', '1. Xã', 12, 0, 0, 198, 2860),
    ('2', '2. Phường', 0, 0, 0, 0, 0),
    ('3', '3. Thị trấn', 1, 0, 2, 14, 412),
    ('4', '4. Cơ quan Đảng, Mặt trận Tổ quốc, đoàn thể chính trị - xã hội', 0, 6, 0, 0, 88),
    ('5', '5. Cơ quan Nhà nước', 1, 13, 0, 9, 356),
    ('6', '6. Đơn vị sự nghiệp, gồm:', None),
    ('6a', 'a) Công lập', 2, 16, 0, 21, 598),
    ('6b', 'b) Ngoài công lập', 0, 1, 0, 0, 14),
    ('7', '7. Quân đội', 1, 0, 0, 4, 63),
    ('8', '8. Công an', 1, 0, 1, 5, 121),
    ('9', '9. Doanh nghiệp và hợp tác xã', None),
    ('9a', 'a) Doanh nghiệp có vốn Nhà nước', None),
    ('9a1', '- Nhà nước nắm giữ 100% vốn điều lệ', 1, 0, 0, 3, 41),
    ('9a2', '- Nhà nước nắm giữ từ 50% trở lên', 0, 1, 0, 0, 17),
    ('9a3', '- Nhà nước nắm giữ dưới 50%', 0, 0, 0, 0, 0),
    ('9b', 'b) Doanh nghiệp ngoài khu vực Nhà nước', None),
    ('9b1', '- Công ty cổ phần', 0, 1, 0, 0, 12),
    ('9b2', '- Doanh nghiệp tư nhân', 0, 0, 0, 0, 0),
    ('9b3', '- Công ty trách nhiệm hữu hạn', 0, 1, 0, 0, 9),
    ('9b4', '- Công ty hợp danh', 0, 0, 0, 0, 0),
    ('9b5', '- Doanh nghiệp có vốn nước ngoài', 0, 0, 0, 0, 0),
    ('9b5x', 'Trong đó: Doanh nghiệp 100% vốn nước ngoài', 0, 0, 0, 0, 0),
    ('9c', 'c) Hợp tác xã', 0, 1, 0, 0, 13),
    ('10', '10. Tổ chức cơ sở đảng ở ngoài nước', 0, 0, 0, 0, 0),
    ('11', '11. Loại hình cơ sở khác*', 0, 1, 0, 0, 9),
]
BIEU5_GROUPS = {'6': ['6a', '6b'], '9a': ['9a1', '9a2', '9a3'], '9b': ['9b1', '9b2', '9b3', '9b4', '9b5'],
                '9': ['9a', '9b', '9c']}
BIEU5_TOP = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']


def bieu5_values():
    vals = {}
    for row in BIEU5:
        if row[2] is not None:
            k, _, a, b, e, f, g = row
            vals[k] = [a + b, a, b, e, f, g]
    for g in ('6', '9a', '9b', '9'):
        vals[g] = [sum(vals[k][i] for k in BIEU5_GROUPS[g]) for i in range(6)]
    vals['total'] = [sum(vals[k][i] for k in BIEU5_TOP) for i in range(6)]
    return vals


def build_bieu5_rows(c, s, label_total='Cộng (1+….+11)'):
    vals = bieu5_values()
    R = {}
    for row in BIEU5:
        k, label = row[0], row[1]
        R[k] = s.add(label, *vals[k])
    R['total'] = s.add(label_total, *vals['total'])
    for k, r in R.items():
        c.sum(s, (r, 1), [(r, 2), (r, 3)])
    for g, parts in BIEU5_GROUPS.items():
        c.sum_cols(s, R[g], [R[p] for p in parts], range(1, 7))
    c.sum_cols(s, R['total'], [R[p] for p in BIEU5_TOP], range(1, 7))
    for col in range(1, 7):
        c.le(s, (R['9b5x'], col), (R['9b5'], col))
    return R


@case
def m04():
    c = Case('m04-bieu3-doi-ngu-hoc-van', 'form-analysis-blocks-p1',
             'Biểu 3-BTCTW (membership) with I and overlapping subsets, II.2 age bands with an average row, '
             'II.3 admission periods, II.4 schooling (exhaustive), partial II.5 and II.7 blocks; one figure '
             'of the previous-year column typed with two digits transposed.')
    s = c.sheet('Biểu 3')
    s.add('HUYỆN ỦY HÒA BÌNH', None, None, 'Biểu số 3-BTCTW')
    s.add('BAN TỔ CHỨC')
    s.add('THỐNG KÊ ĐỘI NGŨ ĐẢNG VIÊN NĂM 2024')
    s.add(None, None, None, 'Đvt: Người')
    h = s.add('Tiêu chí', 'Thực hiện', None, '(%) kỳ này so với cùng kỳ năm trước')
    s.add(None, 'Kỳ này', 'Cùng kỳ năm trước')
    s.merge(h, 0, h + 1, 0); s.merge(h, 1, h, 2); s.merge(h, 3, h + 1, 3)
    s.add('1', '2', '3', '4(=2*100/3)')
    I = (4792, 4715)
    subs = [('nu', '- Nữ', 1512, 1476), ('db', '- Dự bị', 163, 151), ('dt', '- Dân tộc thiểu số', 58, 55),
            ('tg', '- Người theo tôn giáo', 96, 93), ('dv', '- Đoàn viên Đoàn TNCS Hồ Chí Minh', 402, 389),
            ('dn', '- Chủ doanh nghiệp tư nhân', 7, 6),
            ('hn', '- Có quan hệ hôn nhân với người nước ngoài', 3, 3)]
    age = [('a1', '- Từ 18 đến 30 tuổi', 652, 641), ('a2', '- Từ 31 đến 35 tuổi', 598, 580),
           ('a3', '- Từ 36 đến 40 tuổi', 702, 689), ('a4', '- Từ 41 đến 45 tuổi', 681, 665),
           ('a5', '- Từ 46 đến 50 tuổi', 590, 603), ('a6', '- Từ 51 đến 55 tuổi', 527, 534),
           ('a7', '- Từ 56 đến 60 tuổi', 455, 447), ('a8', '- Trên 60 tuổi', 587, 556)]
    per = [('p1', '- Trước 19/8/1945', 0, 0), ('p2', '- Từ 19/8/1945 đến 20/7/1954', 2, 3),
           ('p3', '- Từ 21/7/1954 đến 30/4/1975', 61, 68), ('p4', '- Từ 01/5/1975 đến nay', 4729, 4644)]
    edu = [('e1', '- Biết đọc, biết viết chữ quốc ngữ', 0, 0), ('e2', '- Tiểu học', 38, 41),
           ('e3', '- Trung học cơ sở', 521, 537), ('e4', '- Trung học phổ thông', 4233, 4137)]
    cm = [('c1', '- Công nhân kỹ thuật, nhân viên nghiệp vụ, sơ cấp', 246, 239), ('c2', '- Trung cấp', 812, 806),
          ('c3', '- Cao đẳng', 301, 298), ('c4', '- Đại học', 2254, 2187), ('c5', '- Thạc sỹ', 96, 88),
          ('c6', '- Tiến sỹ', 2, 2)]
    ll = [('l1', '- Sơ cấp', 2145, 2103), ('l2', '- Trung cấp', 1389, 1352), ('l3', '- Cao cấp, cử nhân', 118, 112)]
    for blk in (age, per, edu):
        for i in (2, 3):
            assert sum(x[i] for x in blk) == I[i - 2]
    for blk in (cm, ll):
        for i in (2, 3):
            assert sum(x[i] for x in blk) <= I[i - 2]
    items = ([('I', 'I. Đảng viên trong danh sách có đến cuối kỳ báo cáo', *I),
              ('td', 'Trong đó:', None, None)] + subs +
             [('II', 'II. Phân tích đội ngũ đảng viên', None, None), ('II2', '2. Tuổi đời', None, None)] + age +
             [('avg', '- Tuổi bình quân', D('44.7'), D('44.5')),
              ('II3', '3. Thời gian kết nạp vào Đảng', None, None)] + per +
             [('II4', '4. Trình độ giáo dục phổ thông', None, None)] + edu +
             [('II5', '5. Trình độ chuyên môn nghiệp vụ', None, None)] + cm +
             [('II7', '7. Trình độ lý luận chính trị', None, None)] + ll)
    R = p1_rows(c, s, items)
    c.table(s, h, 0, R['l3'], 3)
    s.blank()
    s.add('NGƯỜI LẬP BIỂU', None, 'TRƯỞNG BAN')
    for col in (1, 2):
        for k, *_ in subs:
            c.le(s, (R[k], col), (R['I'], col))
        for blk in (age, per, edu):
            c.sum(s, (R['I'], col), [(R[k], col) for k, *_ in blk])
        c.lesum(s, (R['I'], col), [(R[k], col) for k, *_ in cm])
        c.lesum(s, (R['I'], col), [(R[k], col) for k, *_ in ll])
    r = R['e3']
    s.put(r, 2, 573)
    c.err(s, (r, 2), 537, 'transposition',
          '573 typed for 537 (Trung học cơ sở, cùng kỳ năm trước): schooling rows then sum to 4.751, '
          'not 4.715, and the index 97,02 no longer equals 521/573')
    return c


@case
def m05():
    c = Case('m05-xep-loai-dang-vien-theo-nam', 'years-as-rows-nested-ratings',
             'Member quality ratings 2020-2024, years (numbers) down the rows, count/share pairs under merged '
             'headers; "Trong đó: Hoàn thành xuất sắc" is nested inside "Hoàn thành tốt", so tốt + hoàn thành '
             '+ không hoàn thành = total and their shares make 100. Clean.')
    s = c.sheet('Xếp loại ĐV')
    s.add('KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN GIAI ĐOẠN 2020 - 2024')
    s.merge(0, 0, 0, 9)
    s.add(None, None, None, None, None, None, None, 'Đơn vị tính: đảng viên, %')
    h = s.add('Năm', 'Tổng số đảng viên được đánh giá, xếp loại', 'Hoàn thành tốt nhiệm vụ', None,
              'Trong đó: Hoàn thành xuất sắc nhiệm vụ', None, 'Hoàn thành nhiệm vụ', None,
              'Không hoàn thành nhiệm vụ', None)
    s.add(None, None, 'Số lượng', 'Tỷ lệ (%)', 'Số lượng', 'Tỷ lệ (%)', 'Số lượng', 'Tỷ lệ (%)',
          'Số lượng', 'Tỷ lệ (%)')
    s.merge(h, 0, h + 1, 0); s.merge(h, 1, h + 1, 1)
    for cc in (2, 4, 6, 8):
        s.merge(h, cc, h, cc + 1)
    data = [(2020, 4388, 3921, 512, 441, 26), (2021, 4452, 4016, 547, 412, 24),
            (2022, 4530, 4127, 589, 381, 22), (2023, 4576, 4190, 603, 366, 20),
            (2024, 4641, 4268, 634, 355, 18)]
    for y, t, tot, xs, ht, kht in data:
        assert tot + ht + kht == t and xs <= tot
        r = s.add(y, t, tot, num(pct(tot, t, 2)), xs, num(pct(xs, t, 2)), ht, num(pct(ht, t, 2)),
                  kht, num(pct(kht, t, 2)))
        c.sum(s, (r, 1), [(r, 2), (r, 6), (r, 8)])
        c.le(s, (r, 4), (r, 2))
        for cc in (2, 4, 6, 8):
            c.share(s, (r, cc + 1), (r, cc), (r, 1), 2)
        c.sum100(s, [(r, 3), (r, 7), (r, 9)], 2)
    c.table(s, h, 0, r, 9)
    s.add('Nguồn: Ban Tổ chức Huyện ủy tổng hợp từ báo cáo của các tổ chức cơ sở đảng.')
    return c


@case
def m06():
    c = Case('m06-xep-loai-tccsd-cat-so', 'ratings-count-share-pairs',
             'Ratings of base party organisations 2020-2023 (as in the district template footnotes): rating '
             'levels down the rows, each year a pair Số TCCSĐ / Tỷ lệ (%) typed as vi-VN text; two shares '
             'were cut instead of rounded.')
    s = c.sheet('TCCSĐ')
    s.add('KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2020 - 2023')
    s.add('Đơn vị tính: tổ chức; %')
    h = s.add('TT', 'Xếp loại', 'Năm 2020', None, 'Năm 2021', None, 'Năm 2022', None, 'Năm 2023', None)
    s.add(None, None, *(['Số TCCSĐ', 'Tỷ lệ (%)'] * 4))
    s.merge(h, 0, h + 1, 0); s.merge(h, 1, h + 1, 1)
    for cc in (2, 4, 6, 8):
        s.merge(h, cc, h, cc + 1)
    data = {2020: (61, 58, 11, 2, 1), 2021: (60, 56, 11, 4, 0), 2022: (59, 54, 10, 5, 0),
            2023: (57, 56, 11, 1, 0)}
    labels = [('', 'Tổng số TCCSĐ được đánh giá'), ('1', 'Hoàn thành tốt nhiệm vụ'),
              ('', 'Trong đó: Hoàn thành xuất sắc nhiệm vụ'), ('2', 'Hoàn thành nhiệm vụ'),
              ('3', 'Không hoàn thành nhiệm vụ')]
    rows = []
    for i, (tt, lab) in enumerate(labels):
        vals = []
        for y in (2020, 2021, 2022, 2023):
            n = data[y][i]
            vals += [vt(n), vp(pct(n, data[y][0], 2), 2)]
        rows.append(s.add(tt or None, lab, *vals))
    T, TOT, XS, HT, KHT = rows
    for j, y in enumerate((2020, 2021, 2022, 2023)):
        cc = 2 + 2 * j
        t, tot, xs, ht, kht = data[y]
        assert tot + ht + kht == t
        c.sum(s, (T, cc), [(TOT, cc), (HT, cc), (KHT, cc)])
        c.le(s, (XS, cc), (TOT, cc))
        for r in rows:
            c.share(s, (r, cc + 1), (r, cc), (T, cc), 2)
        c.sum100(s, [(TOT, cc + 1), (HT, cc + 1), (KHT, cc + 1)], 2)
    c.table(s, h, 0, KHT, 9)
    s.add('Ghi chú: năm 2021 có 01 TCCSĐ mới thành lập chưa đủ 6 tháng, không đánh giá.')
    # plant two truncations
    s.put(HT, 3, vp(pct_trunc(2, 61, 2), 2))
    c.warn(s, (HT, 3), 'truncation', num(pct(2, 61, 2)), '2/61 = 3,2787 % written 3,27 (cut), should be 3,28')
    s.put(TOT, 9, vp(pct_trunc(56, 57, 2), 2))
    c.warn(s, (TOT, 9), 'truncation', num(pct(56, 57, 2)), '56/57 = 98,2456 % written 98,24 (cut), should be 98,25')
    return c


@case
def m07():
    c = Case('m07-ket-nap-cac-don-vi-toan-huyen-dau', 'total-row-first-units',
             'Admissions 2024 by party committee, no STT column, the "Toàn huyện" total row first, '
             'a share column (admissions / members at start of year) with 2 decimals and a "Trong đó" pair; '
             'one member count mistyped and one share typed with 1 decimal.')
    s = c.sheet('Kết nạp 2024')
    s.add('KẾT QUẢ KẾT NẠP ĐẢNG VIÊN NĂM 2024 CHIA THEO ĐẢNG BỘ, CHI BỘ CƠ SỞ')
    h = s.add('Đơn vị', 'Số đảng viên đầu năm', 'Kết nạp trong năm', 'Tỷ lệ kết nạp so với số đảng viên đầu năm (%)',
              'Trong đó', None)
    s.add(None, None, None, None, 'Nữ', 'Đoàn viên')
    s.merge(h, 0, h + 1, 0); s.merge(h, 1, h + 1, 1); s.merge(h, 2, h + 1, 2); s.merge(h, 3, h + 1, 3)
    s.merge(h, 4, h, 5)
    units = UNITS11 + ['Đảng bộ Quân sự huyện', 'Đảng bộ Công an huyện', 'Khối cơ quan, đơn vị sự nghiệp']
    dv = [412, 305, 268, 241, 226, 254, 233, 219, 247, 198, 187, 63, 121, 1741]
    kn = [12, 9, 8, 7, 6, 8, 7, 6, 7, 5, 5, 3, 6, 42]
    nu = [5, 4, 4, 3, 3, 4, 3, 2, 3, 2, 2, 0, 2, 21]
    dvn = [9, 7, 6, 5, 5, 6, 5, 5, 5, 4, 4, 3, 5, 28]
    T = [sum(x) for x in (dv, kn, nu, dvn)]
    assert T == [4715, 131, 58, 97]
    tr = s.add('Toàn huyện', T[0], T[1], num(pct(T[1], T[0], 2)), T[2], T[3])
    rs = []
    for i, u in enumerate(units):
        rs.append(s.add(u, dv[i], kn[i], num(pct(kn[i], dv[i], 2)), nu[i], dvn[i]))
    c.table(s, h, 0, rs[-1], 5)
    s.blank()
    s.add('Ghi chú: số đảng viên đầu năm tính đến 01/01/2024.')
    c.sum_cols(s, tr, rs, (1, 2, 4, 5))
    for r in [tr] + rs:
        c.share(s, (r, 3), (r, 2), (r, 1), 2)
        c.le(s, (r, 4), (r, 2)); c.le(s, (r, 5), (r, 2))
    r = rs[6]  # Xã Vĩnh Bình
    s.put(r, 1, 283)
    c.err(s, (r, 1), 233, 'digit',
          '283 typed for 233 (Xã Vĩnh Bình): the units then sum to 4.765, not 4.715, and 3,00 % ≠ 7/283')
    r = rs[9]  # Xã Vĩnh Thịnh 5/198
    s.put(r, 3, num(pct(5, 198, 1)))
    c.warn(s, (r, 3), 'precision', num(pct(5, 198, 2)),
           '5/198 = 2,5253 % typed 2,5 in a 2-decimal column; 2,53')
    return c


@case
def m08():
    c = Case('m08-co-cau-dang-vien-hai-nhiem-ky', 'terms-as-columns-diff',
             'Membership structure at the end of two terms (Nhiệm kỳ 2015 - 2020 / 2020 - 2025) with '
             '"Tăng (+), giảm (-)" and "Tỷ lệ tăng, giảm (%)" columns under merged headers, a per-row unit '
             'column, subsets, an age breakdown and a partial theory-level block; one difference typed '
             'without its minus sign.')
    s = c.sheet('Sheet1')
    s.add('CƠ CẤU ĐỘI NGŨ ĐẢNG VIÊN ĐẢNG BỘ HUYỆN QUA HAI NHIỆM KỲ')
    h = s.add('STT', 'Chỉ tiêu', 'Đơn vị tính', 'Số lượng', None, 'So sánh', None)
    s.add(None, None, None, 'Nhiệm kỳ 2015 - 2020', 'Nhiệm kỳ 2020 - 2025', 'Tăng (+), giảm (-)',
          'Tỷ lệ tăng, giảm (%)')
    s.merge(h, 0, h + 1, 0); s.merge(h, 1, h + 1, 1); s.merge(h, 2, h + 1, 2)
    s.merge(h, 3, h, 4); s.merge(h, 5, h, 6)
    R = {}

    def row(key, stt, label, unit, a=None, b=None):
        if a is None:
            R[key] = s.add(stt, label)
        else:
            R[key] = s.add(stt, label, unit, a, b, b - a, num(q(D(b - a) * 100 / D(a), 2)))
            c.diff(s, (R[key], 5), (R[key], 4), (R[key], 3))
            c.relchg(s, (R[key], 6), (R[key], 4), (R[key], 3), 2)
    row('T', '1', 'Tổng số đảng viên', 'người', 4572, 4792)
    row('td', None, 'Trong đó:', None)
    subs = [('nu', '- Nữ', 1340, 1512), ('db', '- Dự bị', 49, 163), ('dt', '- Dân tộc thiểu số', 25, 58),
            ('tg', '- Tôn giáo', 88, 96), ('dv', '- Đoàn viên', 985, 402)]
    for k, lab, a, b in subs:
        row(k, None, lab, 'người', a, b)
    row('age', '2', 'Chia theo độ tuổi', None)
    ages = [('a1', '- Từ 18 - 30 tuổi', 814, 652), ('a2', '- Từ 31 - 40 tuổi', 1608, 1300),
            ('a3', '- Từ 41 - 50 tuổi', 999, 1271), ('a4', '- Từ 51 - 60 tuổi', 740, 982),
            ('a5', '- Trên 60 tuổi', 411, 587)]
    for k, lab, a, b in ages:
        row(k, None, lab, 'người', a, b)
    row('ll', '3', 'Trình độ lý luận chính trị', None)
    lls = [('l1', '- Cao cấp, cử nhân', 97, 118), ('l2', '- Trung cấp', 1204, 1389), ('l3', '- Sơ cấp', 2011, 2145)]
    for k, lab, a, b in lls:
        row(k, None, lab, 'người', a, b)
    row('tc', '4', 'Số tổ chức cơ sở đảng', 'tổ chức', 61, 59)
    c.table(s, h, 0, R['tc'], 6)
    for col in (3, 4):
        for k, *_ in subs:
            c.le(s, (R[k], col), (R['T'], col))
        c.lesum(s, (R['T'], col), [(R[k], col) for k, *_ in lls])
    for col in (3, 4, 5):
        c.sum(s, (R['T'], col), [(R[k], col) for k, *_ in ages])
    r = R['a2']
    assert s.get(r, 5) == -308
    s.put(r, 5, 308)
    c.err(s, (r, 5), -308, 'sign',
          '1.300 - 1.608 = -308 typed as 308: the difference has the wrong sign (the relative change -19,15 '
          'is right) and the age differences no longer sum to +220')
    return c


@case
def m09():
    c = Case('m09-kiem-tra-giam-sat-cac-cap', 'no-stt-total-last',
             'Inspections and supervisions of the 2020-2025 term by level, no STT column, "Tổng" column '
             'first then "Chia ra" by level under a merged header, "-" where a level does not do that work, '
             '"Tổng cộng" as last row. Clean.')
    s = c.sheet('KTGS')
    s.add('KẾT QUẢ KIỂM TRA, GIÁM SÁT CỦA CẤP ỦY, ỦY BAN KIỂM TRA CÁC CẤP NHIỆM KỲ 2020 - 2025')
    s.add('Đơn vị tính: cuộc')
    h = s.add('Nội dung', 'Tổng', 'Chia ra', None, None, None, None)
    s.add(None, None, 'Ban Thường vụ Huyện ủy', 'Ủy ban Kiểm tra Huyện ủy', 'Đảng ủy cơ sở',
          'Ủy ban kiểm tra đảng ủy cơ sở', 'Chi bộ')
    s.merge(h, 0, h + 1, 0); s.merge(h, 1, h + 1, 1); s.merge(h, 2, h, 6)
    data = [('Kiểm tra theo Điều 30 Điều lệ Đảng', 18, None, 96, None, 1623),
            ('Kiểm tra khi có dấu hiệu vi phạm', None, 9, None, 13, None),
            ('Kiểm tra việc thực hiện nhiệm vụ kiểm tra, giám sát và thi hành kỷ luật trong Đảng', None, 24, None, 71, None),
            ('Kiểm tra tài chính đảng', None, 15, None, 58, None),
            ('Giám sát chuyên đề', 21, 17, 104, 62, 1210)]
    rs = []
    for lab, *v in data:
        tot = sum(x or 0 for x in v)
        rs.append(s.add(lab, tot, *[x if x is not None else '-' for x in v]))
    tots = [sum(s.get(r, cc) if isinstance(s.get(r, cc), int) else 0 for r in rs) for cc in range(1, 7)]
    tr = s.add('Tổng cộng', *tots)
    assert tots[0] == 3341
    c.table(s, h, 0, tr, 6)
    s.blank()
    s.add('Ghi chú: số cuộc giám sát của chi bộ là giám sát chuyên đề đối với đảng viên.')
    c.sum_rows(s, 1, range(2, 7), rs + [tr])
    c.sum_cols(s, tr, rs, range(1, 7))
    return c


@case
def m10():
    c = Case('m10-ky-luat-hinh-thuc-theo-nam', 'years-as-columns-row-total',
             'Members disciplined 2021-2024 by form (Chia ra), years as columns, a typed "Cộng" column and '
             'a share of the term total with 1 decimal; the 2022 figures of two forms were swapped.')
    s = c.sheet('Kỷ luật')
    s.add('ĐẢNG VIÊN BỊ THI HÀNH KỶ LUẬT NHIỆM KỲ 2020 - 2025 (từ năm 2021 đến năm 2024)')
    s.add(None, None, None, None, None, None, 'Đơn vị tính: đảng viên')
    h = s.add('STT', 'Hình thức kỷ luật', 'Năm 2021', 'Năm 2022', 'Năm 2023', 'Năm 2024', 'Cộng', 'Tỷ lệ (%)')
    forms = [('1', 'Khiển trách', [9, 11, 8, 10]), ('2', 'Cảnh cáo', [5, 7, 4, 6]),
             ('3', 'Cách chức', [1, 0, 2, 1]), ('4', 'Khai trừ', [2, 3, 1, 2])]
    cols = [sum(f[2][i] for f in forms) for i in range(4)]
    G = sum(cols)
    tr = s.add(None, 'Tổng số đảng viên bị thi hành kỷ luật', *cols, G, 100)
    s.add(None, 'Chia ra:')
    rs = []
    for stt, lab, v in forms:
        rs.append(s.add(stt, lab, *v, sum(v), num(pct(sum(v), G, 1))))
    c.table(s, h, 0, rs[-1], 7)
    c.sum_cols(s, tr, rs, range(2, 7))
    c.sum_rows(s, 6, range(2, 6), [tr] + rs)
    for r in [tr] + rs:
        c.share(s, (r, 7), (r, 6), (tr, 6), 1)
    c.sum100(s, [(r, 7) for r in rs], 1)
    a, b = rs[0], rs[1]
    s.put(a, 3, 7); s.put(b, 3, 11)
    c.err(s, None, [11, 7], 'swap',
          'Năm 2022: khiển trách 11 and cảnh cáo 7 typed in each other\'s row; the year total 21 still holds '
          'but the row totals 38 and 22 no longer do', culprit=[a1(a, 3), a1(b, 3)])
    return c


@case
def m11():
    c = Case('m11-quy-hoach-chuc-danh-cot', 'positions-as-columns-no-total',
             'Biểu 12B-BTCTW (cadre planning, district): planned posts as columns with two-level merged '
             'headers and no total column (BTV inside BCH, Bí thư inside BTV: columns overlap and must not be '
             'added), column-number row 1-12, age bands summing to TỔNG SỐ, partial degree/theory blocks. Clean.')
    s = c.sheet('Biểu 12B')
    s.add('HUYỆN ỦY HÒA BÌNH', None, None, None, None, None, None, None, None, None, 'Biểu số 12B-BTCTW')
    s.add('THỐNG KÊ KẾT QUẢ QUY HOẠCH CÁN BỘ LÃNH ĐẠO, QUẢN LÝ CẤP HUYỆN NHIỆM KỲ 2025 - 2030')
    s.add(None, None, None, None, None, None, None, None, None, None, 'Đvt: Lượt người')
    h = s.add('Tiêu chí', 'Ủy viên Ban Chấp hành', 'Ủy viên Ban Thường vụ', 'Ủy viên Ủy ban Kiểm tra', 'Bí thư',
              'Phó Bí thư', 'Lãnh đạo UBND', None, 'Lãnh đạo HĐND', None,
              'Lãnh đạo các ban, cơ quan Đảng, MTTQ, đoàn thể', None)
    s.add(None, None, None, None, None, None, 'Chủ tịch', 'Phó Chủ tịch', 'Chủ tịch', 'Phó Chủ tịch',
          'Cấp trưởng', 'Cấp phó')
    for cc in range(0, 6):
        s.merge(h, cc, h + 1, cc)
    s.merge(h, 6, h, 7); s.merge(h, 8, h, 9); s.merge(h, 10, h, 11)
    s.add(*[str(i) for i in range(1, 13)])
    cols = [(68, 16, 2, 14, 31, 23, 52, 16, 21, 47), (20, 4, 1, 3, 10, 7, 13, 7, 2, 18),
            (14, 4, 0, 4, 6, 4, 12, 2, 6, 8), (3, 0, 0, 0, 2, 1, 1, 2, 0, 3), (6, 1, 0, 1, 3, 2, 3, 3, 0, 6),
            (3, 0, 0, 0, 2, 1, 1, 2, 0, 3), (8, 2, 1, 2, 4, 2, 5, 3, 1, 7), (3, 1, 0, 0, 2, 1, 2, 1, 0, 3),
            (6, 2, 0, 1, 3, 2, 5, 1, 1, 5), (18, 5, 1, 2, 9, 7, 14, 4, 3, 15), (34, 11, 1, 12, 15, 7, 28, 5, 16, 17)]
    for v in cols:
        assert v[3] + v[4] + v[5] == v[0] and v[6] + v[7] <= v[0] and v[8] + v[9] <= v[0]
    labels = [('T', 'TỔNG SỐ', 0), ('nu', '*Trong đó: - Nữ', 1), ('dt', '- Dân tộc thiểu số', 2),
              ('pt', '*Phân tích tổng số theo:', None), ('tu', '1. Tuổi đời', None),
              ('a1', '- Dưới 40 tuổi', 3), ('a2', '- Từ 40 đến 50 tuổi', 4), ('a3', '- Trên 50 tuổi', 5),
              ('cm', '2. Trình độ chuyên môn nghiệp vụ', None), ('dh', '- Đại học', 6), ('sdh', '- Trên đại học', 7),
              ('ll', '3. Trình độ lý luận chính trị', None), ('tc', '- Trung cấp', 8), ('cc', '- Cao cấp, cử nhân', 9)]
    R = {}
    for k, lab, i in labels:
        if i is None:
            R[k] = s.add(lab)
        else:
            R[k] = s.add(lab, *[v[i] for v in cols])
    c.table(s, h, 0, R['cc'], 11)
    s.blank()
    s.add('NGƯỜI LẬP BIỂU', None, None, None, None, None, None, None, 'TRƯỞNG BAN')
    for cc in range(1, 12):
        c.sum(s, (R['T'], cc), [(R[k], cc) for k in ('a1', 'a2', 'a3')])
        c.le(s, (R['nu'], cc), (R['T'], cc)); c.le(s, (R['dt'], cc), (R['T'], cc))
        c.lesum(s, (R['T'], cc), [(R['dh'], cc), (R['sdh'], cc)])
        c.lesum(s, (R['T'], cc), [(R['tc'], cc), (R['cc'], cc)])
    c.le(s, (R['T'], 2), (R['T'], 1)); c.le(s, (R['T'], 4), (R['T'], 2))
    return c


@case
def m12():
    c = Case('m12-bieu10-dao-tao-boi-duong', 'form-nested-column-totals',
             'Biểu 10-BTCTW adapted to a district: three header rows, column-number row "3=4+6", "8=9+10", '
             '"Trong đó" columns (leaders) inside each level, class counts beside person counts, roman blocks '
             'I/II with "-" and "+" sub-rows; the total columns are formulas except one cell where a figure '
             'was typed over the formula.')
    s = c.sheet('Biểu 10')
    s.add('HUYỆN ỦY HÒA BÌNH', None, None, None, None, None, None, None, 'Biểu số 10-BTCTW')
    s.add('THỐNG KÊ KẾT QUẢ ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ NĂM 2024')
    s.add(None, None, None, None, None, None, None, None, 'Đvt: Người')
    h = s.add('TT', 'Chương trình, hình thức đào tạo, bồi dưỡng', 'Cán bộ được đào tạo, bồi dưỡng', None, None,
              None, None, 'Số lớp', None, None)
    s.add(None, None, 'Tổng số', 'Cấp huyện', None, 'Cấp xã', None, 'Tổng số lớp', 'Cấp ủy cấp tỉnh mở',
          'Cấp ủy cấp huyện mở')
    s.add(None, None, None, 'Tổng số', 'Trong đó: lãnh đạo, quản lý', 'Tổng số', 'Trong đó: lãnh đạo, quản lý')
    s.merge(h, 0, h + 2, 0); s.merge(h, 1, h + 2, 1); s.merge(h, 2, h, 6); s.merge(h, 7, h, 9)
    s.merge(h + 1, 2, h + 2, 2); s.merge(h + 1, 3, h + 1, 4); s.merge(h + 1, 5, h + 1, 6)
    s.merge(h + 1, 7, h + 2, 7); s.merge(h + 1, 8, h + 2, 8); s.merge(h + 1, 9, h + 2, 9)
    s.add('1', '2', '3=4+6', '4', '5', '6', '7', '8=9+10', '9', '10')
    N = None
    leaves = {  # key: (huyện, LĐQL huyện, xã, LĐQL xã, lớp tỉnh, lớp huyện)
        'dh': (6, 1, 14, 3, N, N), 'ths': (4, 3, 1, 0, N, N), 'ts': (0, 0, 0, 0, N, N),
        'tc1': (8, 2, 12, 4, 0, 1), 'tc2': (21, 6, 37, 15, 0, 2),
        'cc1': (3, 2, 0, 0, N, N), 'cc2': (9, 7, 2, 2, 1, 0), 'cn': (1, 1, 0, 0, N, N),
        'b1': (86, 41, 312, 96, 1, 8), 'b2': (34, 12, 146, 58, 0, 5), 'b3': (41, 19, 88, 30, 1, 2),
        'b4': (27, 5, 64, 8, 0, 2), 'b5': (58, 58, 0, 0, 2, 0), 'b6': (39, 22, 118, 41, 1, 3)}
    groups = {'1': ['dh', 'ths', 'ts'], 'tc': ['tc1', 'tc2'], 'cc': ['cc1', 'cc2'], '2': ['tc', 'cc', 'cn'],
              'I': ['1', '2'], 'II': ['b1', 'b2', 'b3', 'b4', 'b5', 'b6']}
    vals = dict(leaves)

    def agg(g):
        if g in vals:
            return vals[g]
        parts = [agg(p) for p in groups[g]]
        out = []
        for i in range(6):
            xs = [p[i] for p in parts]
            out.append(None if all(x is None for x in xs) else sum(x or 0 for x in xs))
        vals[g] = tuple(out)
        return vals[g]
    for g in groups:
        agg(g)
    layout = [('I', 'I', 'Đào tạo'), ('1', '1', 'Đào tạo chuyên môn'), ('dh', '-', 'Đại học'),
              ('ths', '-', 'Thạc sỹ'), ('ts', '-', 'Tiến sỹ'), ('2', '2', 'Đào tạo lý luận chính trị'),
              ('tc', '-', 'Trung cấp lý luận chính trị'), ('tc1', '+', 'Hệ tập trung'),
              ('tc2', '+', 'Hệ không tập trung'), ('cc', '-', 'Cao cấp lý luận chính trị'),
              ('cc1', '+', 'Hệ tập trung'), ('cc2', '+', 'Hệ không tập trung'), ('cn', '-', 'Cử nhân lý luận chính trị'),
              ('II', 'II', 'Bồi dưỡng'), ('b1', '1', 'Bồi dưỡng nghiệp vụ công tác xây dựng Đảng'),
              ('b2', '2', 'Bồi dưỡng nghiệp vụ công tác đoàn thể'), ('b3', '3', 'Bồi dưỡng kiến thức quản lý nhà nước'),
              ('b4', '4', 'Bồi dưỡng tin học'), ('b5', '5', 'Cập nhật kiến thức mới'),
              ('b6', '6', 'Bồi dưỡng kiến thức quốc phòng - an ninh')]
    R = {}
    for k, tt, lab in layout:
        hv, hl, xv, xl, lt, lh = vals[k]
        r = s.add(tt, lab, None, hv, hl, xv, xl, None, '-' if lt is None else lt, '-' if lh is None else lh)
        s.formula(r, 2, hv + xv, f'D{r + 1}+F{r + 1}')
        if lt is None and lh is None:
            s.put(r, 7, '-')
        else:
            s.formula(r, 7, (lt or 0) + (lh or 0), f'I{r + 1}+J{r + 1}')
            c.sum(s, (r, 7), [(r, 8), (r, 9)])
        R[k] = r
        c.sum(s, (r, 2), [(r, 3), (r, 5)])
        c.le(s, (r, 4), (r, 3)); c.le(s, (r, 6), (r, 5))
    c.table(s, h, 0, R['b6'], 9)
    s.blank()
    s.add('NGƯỜI LẬP BIỂU', None, None, None, None, None, 'TRƯỞNG BAN')
    for g, parts in groups.items():
        c.sum_cols(s, R[g], [R[p] for p in parts], range(2, 10))
    r = R['b3']
    assert s.get(r, 2) == 129
    s.plain(r, 2, 117)
    c.err(s, (r, 2), 129, 'other',
          'C is a formula (=D+F) in every row but here 117 was typed over it: 41 + 88 = 129, and block II '
          'then sums to 1.001, not 1.013')
    return c


@case
def m13():
    c = Case('m13-huy-hieu-dang-sum-thieu-dong', 'sum-formula-total-row',
             'Party badges awarded 2020-2024 by class (30 … 75 năm), years as columns, a "Cộng" column of '
             '=SUM formulas and a "Tổng cộng" row of =SUM formulas; the 2023 total sums a range that stops '
             'one row short.')
    s = c.sheet('Huy hiệu')
    s.add('KẾT QUẢ XÉT, ĐỀ NGHỊ TẶNG HUY HIỆU ĐẢNG GIAI ĐOẠN 2020 - 2024')
    s.add(None, None, None, None, None, None, None, 'Đơn vị tính: đảng viên')
    h = s.add('STT', 'Loại huy hiệu', 'Năm 2020', 'Năm 2021', 'Năm 2022', 'Năm 2023', 'Năm 2024', 'Cộng')
    data = [('30 năm', [112, 98, 121, 105, 117]), ('40 năm', [64, 71, 58, 66, 73]), ('45 năm', [38, 42, 35, 40, 37]),
            ('50 năm', [21, 25, 19, 23, 27]), ('55 năm', [12, 9, 14, 11, 13]), ('60 năm', [8, 6, 7, 9, 5]),
            ('65 năm', [4, 5, 3, 6, 4]), ('70 năm', [2, 3, 2, 1, 3]), ('75 năm', [1, 0, 1, 2, 1])]
    rs = []
    for i, (lab, v) in enumerate(data):
        r = s.add(i + 1, 'Huy hiệu ' + lab, *v)
        s.formula(r, 7, sum(v), f'SUM(C{r + 1}:G{r + 1})')
        rs.append(r)
    tr = s.add(None, 'Tổng cộng')
    for cc in range(2, 8):
        col = col_letter(cc)
        s.formula(tr, cc, sum(s.get(r, cc) for r in rs), f'SUM({col}{rs[0] + 1}:{col}{rs[-1] + 1})')
    c.table(s, h, 0, tr, 7)
    c.sum_cols(s, tr, rs, range(2, 8))
    c.sum_rows(s, 7, range(2, 7), rs + [tr])
    wrong = sum(s.get(r, 5) for r in rs[:-1])
    s.formula(tr, 5, wrong, f'SUM(F{rs[0] + 1}:F{rs[-2] + 1})')
    right = sum(s.get(r, 5) for r in rs)
    grand = s.get(tr, 7)
    c.err(s, (tr, 5), right, 'formula-range',
          f'=SUM(F{rs[0] + 1}:F{rs[-2] + 1}) leaves out row {rs[-1] + 1} (Huy hiệu 75 năm): shows {wrong}, should be '
          f'{right}; the Tổng cộng row then adds up to {vt(grand - right + wrong)}, not the {vt(grand)} of the Cộng column')
    return c


@case
def m14():
    c = Case('m14-co-cau-tuoi-chi-phan-tram', 'percent-only-table',
             'Age structure of members 2020-2024 as percentages only ("Đơn vị tính: %"), dates as column '
             'headers, shares typed as vi-VN text with 2 decimals and a "Cộng" row of 100,00; two columns '
             'add up to 99,99 and 100,01 because of rounding. Clean.')
    s = c.sheet('Cơ cấu tuổi')
    s.add('CƠ CẤU ĐẢNG VIÊN THEO ĐỘ TUỔI')
    s.add(None, None, None, None, None, 'Đơn vị tính: %')
    h = s.add('Độ tuổi', '31/12/2020', '31/12/2021', '31/12/2022', '31/12/2023', '31/12/2024')
    counts = [(814, 1608, 999, 740, 411), (801, 1587, 1032, 779, 448), (752, 1534, 1098, 831, 487),
              (702, 1466, 1173, 889, 570), (652, 1300, 1271, 982, 587)]
    sums = []
    for cn in counts:
        sums.append(sum(pct(x, sum(cn), 2) for x in cn))
    assert D('99.99') in sums and D('100.01') in sums
    labels = ['Từ 18 - 30 tuổi', 'Từ 31 - 40 tuổi', 'Từ 41 - 50 tuổi', 'Từ 51 - 60 tuổi', 'Trên 60 tuổi']
    rs = []
    for i, lab in enumerate(labels):
        rs.append(s.add(lab, *[vp(pct(cn[i], sum(cn), 2), 2) for cn in counts]))
    tr = s.add('Cộng', *(['100,00'] * 5))
    c.table(s, h, 0, tr, 5)
    for cc in range(1, 6):
        c.sum100(s, [(r, cc) for r in rs], 2)
    return c


@case
def m15():
    c = Case('m15-do-tuoi-dinh-dang-phan-tram', 'percent-format-fractions',
             'Members by age band at the end of 2023 and 2024, each year a Số lượng / Tỷ lệ pair under a '
             'merged year header; shares are fractions with a 0.00% number format; total row last. One count '
             'of 2023 typed with two digits transposed.')
    s = c.sheet('Độ tuổi')
    s.add('ĐẢNG VIÊN CHIA THEO ĐỘ TUỔI')
    h = s.add('STT', 'Độ tuổi', 'Năm 2023', None, 'Năm 2024', None)
    s.add(None, None, 'Số lượng', 'Tỷ lệ', 'Số lượng', 'Tỷ lệ')
    s.merge(h, 0, h + 1, 0); s.merge(h, 1, h + 1, 1); s.merge(h, 2, h, 3); s.merge(h, 4, h, 5)
    bands = ['Từ 18 đến 30 tuổi', 'Từ 31 đến 35 tuổi', 'Từ 36 đến 40 tuổi', 'Từ 41 đến 45 tuổi',
             'Từ 46 đến 50 tuổi', 'Từ 51 đến 55 tuổi', 'Từ 56 đến 60 tuổi', 'Trên 60 tuổi']
    y23 = [641, 580, 689, 665, 603, 534, 447, 556]
    y24 = [652, 598, 702, 681, 590, 527, 455, 587]
    T23, T24 = sum(y23), sum(y24)
    assert (T23, T24) == (4715, 4792)
    rs = []
    for i, b in enumerate(bands):
        r = s.add(i + 1, b)
        s.put(r, 2, y23[i]); s.fmt(r, 3, float(pct(y23[i], T23, 2) / 100), '0.00%')
        s.put(r, 4, y24[i]); s.fmt(r, 5, float(pct(y24[i], T24, 2) / 100), '0.00%')
        rs.append(r)
    tr = s.add(None, 'Tổng cộng', T23, None, T24)
    s.fmt(tr, 3, 1, '0.00%'); s.fmt(tr, 5, 1, '0.00%')
    c.table(s, h, 0, tr, 5)
    for cc in (2, 4):
        c.sum(s, (tr, cc), [(r, cc) for r in rs])
        for r in rs + [tr]:
            c.share(s, (r, cc + 1), (r, cc), (tr, cc), 2)
        c.sum100(s, [(r, cc + 1) for r in rs], 2)
    r = rs[4]
    s.put(r, 2, 630)
    c.err(s, (r, 2), 603, 'transposition',
          '630 typed for 603 (46-50 tuổi, 2023): the bands then sum to 4.742, not 4.715, and 12,79 % ≠ 630/4.715')
    return c


@case
def m16():
    c = Case('m16-to-chuc-dang-hai-bang-mot-sheet', 'two-tables-one-sheet',
             'One sheet with a text paragraph, "Bảng 1" (organisation system, roman blocks, Ghi chú column) and '
             '"Bảng 2" (branches by type with 1-decimal shares and "Tổng số" last), a source line below; the '
             'total of Bảng 2 is mistyped and disagrees with row II of Bảng 1.')
    s = c.sheet('Tổ chức đảng')
    s.add('1. Về tổ chức cơ sở đảng')
    s.add('Đến 31/12/2024, Đảng bộ huyện có 59 tổ chức cơ sở đảng, 312 chi bộ trực thuộc đảng bộ cơ sở '
          '(số liệu chi tiết tại Bảng 1, Bảng 2).')
    s.blank()
    s.add('Bảng 1. Hệ thống tổ chức đảng của Đảng bộ huyện')
    h1 = s.add('STT', 'Tổ chức đảng', 'Số lượng', 'Ghi chú')
    r_I = s.add('I', 'Tổ chức cơ sở đảng', 59)
    r_1 = s.add('1', 'Đảng bộ cơ sở', 24)
    r_1a = s.add('-', 'Đảng bộ xã, thị trấn', 12, '11 xã, 01 thị trấn')
    r_1b = s.add('-', 'Đảng bộ cơ quan, đơn vị, lực lượng vũ trang', 12)
    r_2 = s.add('2', 'Chi bộ cơ sở', 35)
    r_II = s.add('II', 'Chi bộ trực thuộc đảng bộ cơ sở', 312, 'Chi tiết tại Bảng 2')
    r_III = s.add('III', 'Đảng bộ bộ phận', 3)
    c.table(s, h1, 0, r_III, 3)
    c.sum(s, (r_I, 2), [(r_1, 2), (r_2, 2)])
    c.sum(s, (r_1, 2), [(r_1a, 2), (r_1b, 2)])
    s.blank()
    s.add('Bảng 2. Chi bộ trực thuộc đảng bộ cơ sở chia theo loại hình')
    h2 = s.add('STT', 'Loại hình chi bộ', 'Số lượng', 'Tỷ lệ (%)')
    parts = [('Chi bộ ấp, khu phố', 104),
             ('Chi bộ cơ quan, trường học, trạm y tế trực thuộc đảng bộ xã, thị trấn', 86),
             ('Chi bộ trực thuộc đảng bộ cơ quan, đơn vị', 98), ('Chi bộ quân sự, công an xã, thị trấn', 24)]
    T = sum(p[1] for p in parts)
    assert T == 312
    rs = [s.add(i + 1, lab, n, num(pct(n, T, 1))) for i, (lab, n) in enumerate(parts)]
    tr = s.add(None, 'Tổng số', T, 100)
    c.table(s, h2, 0, tr, 3)
    s.add('Nguồn: Ban Tổ chức Huyện ủy.')
    c.sum(s, (tr, 2), [(r, 2) for r in rs])
    for r in rs + [tr]:
        c.share(s, (r, 3), (r, 2), (tr, 2), 1)
    c.sum100(s, [(r, 3) for r in rs], 1)
    c.eq(s, (r_II, 2), s, (tr, 2))
    s.put(tr, 2, 342)
    c.err(s, (tr, 2), 312, 'digit',
          '342 typed for 312: the four types sum to 312, row II of Bảng 1 says 312 and every share of Bảng 2 '
          'is computed on 312')
    return c


DETAIL14 = {  # unit: (total, nữ, dự bị, DTTS, tôn giáo, đoàn viên) at 31/12/2024
    'Thị trấn Hòa Bình': (421, 138, 15, 9, 12, 36), 'Xã Long Thạnh': (311, 97, 11, 5, 8, 27),
    'Xã Tân Bình': (272, 84, 10, 6, 9, 24), 'Xã Phương Bình': (246, 71, 9, 3, 7, 21),
    'Xã Vĩnh Hậu': (229, 69, 8, 2, 6, 19), 'Xã Minh Diệu': (258, 80, 10, 4, 8, 22),
    'Xã Vĩnh Bình': (236, 72, 8, 3, 6, 20), 'Xã Vĩnh Mỹ A': (224, 66, 7, 2, 5, 18),
    'Xã Vĩnh Mỹ B': (251, 78, 9, 3, 7, 21), 'Xã Vĩnh Thịnh': (203, 60, 6, 1, 4, 16),
    'Xã Vĩnh Hậu A': (190, 55, 6, 1, 4, 15), 'Đảng bộ Quân sự huyện': (64, 6, 4, 0, 0, 14),
    'Đảng bộ Công an huyện': (125, 22, 7, 2, 1, 29), 'Khối cơ quan, đơn vị sự nghiệp': (1762, 614, 53, 17, 19, 120)}


@case
def m17():
    c = Case('m17-tong-hop-va-chi-tiet-lech', 'summary-detail-sheets',
             'Two sheets: "Tổng hợp" (key membership indicators with shares of the total) and "Chi tiết" '
             '(the same indicators by party committee with a "Toàn huyện" row); the number of women on the '
             'summary sheet disagrees with the detail sheet.')
    s = c.sheet('Tổng hợp')
    d = c.sheet('Chi tiết')
    tot = [sum(v[i] for v in DETAIL14.values()) for i in range(6)]
    assert tot == [4792, 1512, 163, 58, 96, 402]
    s.add('MỘT SỐ CHỈ TIÊU VỀ ĐỘI NGŨ ĐẢNG VIÊN ĐẾN 31/12/2024')
    s.add('(Chi tiết theo từng đảng bộ, chi bộ cơ sở tại sheet "Chi tiết")')
    h = s.add('STT', 'Chỉ tiêu', 'Số lượng', 'Tỷ lệ (%)')
    labs = ['Tổng số đảng viên', 'Đảng viên nữ', 'Đảng viên dự bị', 'Đảng viên người dân tộc thiểu số',
            'Đảng viên theo tôn giáo', 'Đảng viên là đoàn viên Đoàn TNCS Hồ Chí Minh']
    sr = []
    for i, lab in enumerate(labs):
        if i == 0:
            sr.append(s.add(1, lab, tot[0]))
        else:
            sr.append(s.add(i + 1, lab, tot[i], num(pct(tot[i], tot[0], 2))))
            c.share(s, (sr[-1], 3), (sr[-1], 2), (sr[0], 2), 2)
            c.le(s, (sr[-1], 2), (sr[0], 2))
    c.table(s, h, 0, sr[-1], 3)
    d.add('ĐẢNG VIÊN CHIA THEO ĐẢNG BỘ, CHI BỘ CƠ SỞ (đến 31/12/2024)')
    hd = d.add('STT', 'Đảng bộ, chi bộ cơ sở', 'Tổng số đảng viên', 'Trong đó', None, None, None, None)
    d.add(None, None, None, 'Nữ', 'Dự bị', 'Dân tộc thiểu số', 'Tôn giáo', 'Đoàn viên')
    d.merge(hd, 0, hd + 1, 0); d.merge(hd, 1, hd + 1, 1); d.merge(hd, 2, hd + 1, 2); d.merge(hd, 3, hd, 7)
    rs = [d.add(i + 1, u, *v) for i, (u, v) in enumerate(DETAIL14.items())]
    tr = d.add(None, 'Toàn huyện', *tot)
    c.table(d, hd, 0, tr, 7)
    c.sum_cols(d, tr, rs, range(2, 8))
    for r in rs + [tr]:
        for cc in range(3, 8):
            c.le(d, (r, cc), (r, 2))
    for i in range(6):
        c.eq(s, (sr[i], 2), d, (tr, 2 + i))
    s.put(sr[1], 2, 1521)
    c.err(s, (sr[1], 2), 1512, 'cross',
          'Tổng hợp gives 1.521 women, Chi tiết adds up to 1.512 (Toàn huyện); the share 31,55 % on the summary '
          'sheet is 1.512/4.792, so 1.521 is the slip')
    return c


@case
def m18():
    c = Case('m18-tong-hop-va-chi-tiet-khop', 'summary-detail-sheets',
             'Two sheets that agree: a summary of 2024 ratings of base organisations (xuất sắc nested in tốt, '
             'shares of the rated total) and a detail sheet by sector with a per-row share of "Hoàn thành tốt" '
             'and a "Cộng" row. Clean.')
    s = c.sheet('TH')
    d = c.sheet('Chi tiết')
    det = [('Đảng bộ xã, thị trấn', 12, 11, 3, 1, 0), ('Cơ quan Đảng, MTTQ, đoàn thể', 6, 6, 2, 0, 0),
           ('Cơ quan nhà nước', 14, 13, 2, 1, 0), ('Đơn vị sự nghiệp', 19, 16, 2, 3, 0),
           ('Lực lượng vũ trang', 2, 2, 1, 0, 0), ('Doanh nghiệp, hợp tác xã, loại hình khác', 6, 6, 0, 0, 0)]
    tot = [sum(x[i] for x in det) for i in range(1, 6)]
    assert tot == [59, 54, 10, 5, 0]
    s.add('KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2024')
    h = s.add('STT', 'Nội dung', 'Số TCCSĐ', 'Tỷ lệ (%)')
    sT = s.add(None, 'Tổng số TCCSĐ được đánh giá, xếp loại', tot[0], 100)
    s1 = s.add(1, 'Hoàn thành tốt nhiệm vụ', tot[1], num(pct(tot[1], tot[0], 2)))
    sX = s.add(None, 'Trong đó: Hoàn thành xuất sắc nhiệm vụ', tot[2], num(pct(tot[2], tot[0], 2)))
    s2 = s.add(2, 'Hoàn thành nhiệm vụ', tot[3], num(pct(tot[3], tot[0], 2)))
    s3 = s.add(3, 'Không hoàn thành nhiệm vụ', tot[4], num(pct(tot[4], tot[0], 2)))
    c.table(s, h, 0, s3, 3)
    s.add('Chi tiết từng khối tại sheet "Chi tiết".')
    c.sum(s, (sT, 2), [(s1, 2), (s2, 2), (s3, 2)])
    c.le(s, (sX, 2), (s1, 2))
    for r in (sT, s1, sX, s2, s3):
        c.share(s, (r, 3), (r, 2), (sT, 2), 2)
    c.sum100(s, [(s1, 3), (s2, 3), (s3, 3)], 2)
    d.add('KẾT QUẢ XẾP LOẠI TCCSĐ NĂM 2024 THEO KHỐI')
    hd = d.add('STT', 'Khối', 'Số TCCSĐ được đánh giá', 'Hoàn thành tốt nhiệm vụ', 'Trong đó: Hoàn thành xuất sắc',
               'Hoàn thành nhiệm vụ', 'Không hoàn thành nhiệm vụ', 'Tỷ lệ hoàn thành tốt nhiệm vụ trở lên (%)')
    rs = []
    for i, (lab, t, a, x, b, k) in enumerate(det):
        rs.append(d.add(i + 1, lab, t, a, x, b, k, num(pct(a, t, 2))))
    tr = d.add(None, 'Cộng', *tot, num(pct(tot[1], tot[0], 2)))
    c.table(d, hd, 0, tr, 7)
    c.sum_cols(d, tr, rs, range(2, 7))
    for r in rs + [tr]:
        c.sum(d, (r, 2), [(r, 3), (r, 5), (r, 6)])
        c.le(d, (r, 4), (r, 3))
        c.share(d, (r, 7), (r, 3), (r, 2), 2)
    for sr_, cc in ((sT, 2), (s1, 3), (sX, 4), (s2, 5), (s3, 6)):
        c.eq(s, (sr_, 2), d, (tr, cc))
    return c


@case
def m19():
    c = Case('m19-trinh-do-chu-so-van-ban', 'text-vi-vn-figures',
             'Education, vocational and theory levels of members, every figure typed as vi-VN text ("4.792", '
             '"10,87", "02"); shares declared in the header as of all members, including the partial blocks II '
             'and III; one share typed with 0 decimals and one computed on the block subtotal instead of all '
             'members.')
    s = c.sheet('Trình độ')
    s.add('TRÌNH ĐỘ HỌC VẤN, CHUYÊN MÔN, LÝ LUẬN CHÍNH TRỊ CỦA ĐẢNG VIÊN (đến 31/12/2024)')
    h = s.add('STT', 'Nội dung', 'Số lượng (đảng viên)', 'Tỷ lệ (%) so với tổng số đảng viên')
    T = 4792
    blocks = [('I', 'Trình độ giáo dục phổ thông', [('Tiểu học', 38), ('Trung học cơ sở', 521),
                                                    ('Trung học phổ thông', 4233)]),
              ('II', 'Trình độ chuyên môn, nghiệp vụ', [('Công nhân kỹ thuật, nhân viên nghiệp vụ, sơ cấp', 246),
                                                       ('Trung cấp', 812), ('Cao đẳng', 301), ('Đại học', 2254),
                                                       ('Thạc sỹ', 96), ('Tiến sỹ', 2)]),
              ('III', 'Trình độ lý luận chính trị', [('Sơ cấp', 2145), ('Trung cấp', 1389),
                                                     ('Cao cấp, cử nhân', 118)])]
    tr = s.add(None, 'Tổng số đảng viên', vt(T), '100')
    R = {}
    for rn, lab, items in blocks:
        bt = sum(n for _, n in items)
        br = s.add(rn, lab, vt(bt), vp(pct(bt, T, 2), 2))
        c.share(s, (br, 3), (br, 2), (tr, 2), 2)
        rr = []
        for i, (il, n) in enumerate(items):
            txt = f'{n:02d}' if n < 10 else vt(n)
            r = s.add(str(i + 1), il, txt, vp(pct(n, T, 2), 2))
            c.share(s, (r, 3), (r, 2), (tr, 2), 2)
            R[(rn, il)] = r
            rr.append(r)
        c.sum(s, (br, 2), [(r, 2) for r in rr])
        if rn == 'I':
            c.lin(s, (br, 2), [(1, (tr, 2))])
        else:
            c.le(s, (br, 2), (tr, 2))
        R[rn] = br
    c.table(s, h, 0, R[('III', 'Cao cấp, cử nhân')], 3)
    s.add('Ghi chú: đảng viên có nhiều bằng được tính ở trình độ cao nhất.')
    r = R[('II', 'Đại học')]
    s.put(r, 3, str(pct(2254, T, 0)))
    c.warn(s, (r, 3), 'precision', num(pct(2254, T, 2)), '2.254/4.792 = 47,037 % typed 47 in a 2-decimal column; 47,04')
    r = R[('II', 'Thạc sỹ')]
    s.put(r, 3, vp(pct(96, 3711, 2), 2))
    c.err(s, (r, 3), num(pct(96, T, 2)), 'base',
          '2,59 = 96/3.711 (members with a vocational degree) but the column is "so với tổng số đảng viên": '
          '96/4.792 = 2,00')
    return c


@case
def m20():
    c = Case('m20-ket-nap-so-sanh-nam', 'ratio-column-so-sanh',
             'Admissions 2023 and 2024 with a "So sánh (%)" index column (2024/2023 × 100, 1 decimal), subsets '
             'and a two-way split by sector; the index header names the wrong base year.')
    s = c.sheet('So sánh')
    s.add('KẾT QUẢ KẾT NẠP ĐẢNG VIÊN NĂM 2024')
    s.add(None, None, None, None, 'Đơn vị tính: đảng viên')
    h = s.add('STT', 'Chỉ tiêu', 'Năm 2023', 'Năm 2024', 'So sánh 2024/2022 (%)')
    rows = [('1', 'Tổng số đảng viên kết nạp', 118, 131), (None, 'Trong đó:', None, None),
            (None, '- Nữ', 49, 58), (None, '- Đoàn viên', 84, 97), (None, '- Người dân tộc thiểu số', 4, 6),
            (None, '- Người theo tôn giáo', 7, 9), (None, '- Kết nạp lại', 2, 1),
            ('2', 'Chia theo khối', None, None), (None, '- Đảng bộ xã, thị trấn', 76, 81),
            (None, '- Khối cơ quan, lực lượng vũ trang', 42, 50)]
    rs = []
    for stt, lab, a, b in rows:
        if a is None:
            rs.append(s.add(stt, lab))
        else:
            r = s.add(stt, lab, a, b, num(q(D(b) * 100 / D(a), 1)))
            c.ratio(s, (r, 4), (r, 3), (r, 2), 1)
            rs.append(r)
    c.table(s, h, 0, rs[-1], 4)
    for cc in (2, 3):
        for r in rs[2:7]:
            c.le(s, (r, cc), (rs[0], cc))
        c.sum(s, (rs[0], cc), [(rs[8], cc), (rs[9], cc)])
    c.termref(s, (h, 4), (h, 3), (h, 2))
    c.err(s, (h, 4), 'So sánh 2024/2023 (%)', 'term-label',
          'the index column divides 2024 by 2023 (131/118 = 111,0) and there is no 2022 column: the header '
          'should read 2024/2023')
    return c


@case
def m21():
    c = Case('m21-ket-nap-theo-nhiem-ky-dong', 'terms-as-rows',
             'Admissions per term with terms as row labels (Nhiệm kỳ 2010 - 2015 … 2020 - 2025), a yearly '
             'average column and a comparison row typed as signed text; the comparison row names the wrong '
             'earlier term.')
    s = c.sheet('Nhiệm kỳ')
    s.add('KẾT QUẢ KẾT NẠP ĐẢNG VIÊN QUA BA NHIỆM KỲ')
    h = s.add('Nhiệm kỳ', 'Tổng số đảng viên kết nạp', 'Trong đó', None, 'Bình quân mỗi năm')
    s.add(None, None, 'Nữ', 'Đoàn viên')
    s.merge(h, 0, h + 1, 0); s.merge(h, 1, h + 1, 1); s.merge(h, 2, h, 3); s.merge(h, 4, h + 1, 4)
    data = [('Nhiệm kỳ 2010 - 2015', 502, 198, 371), ('Nhiệm kỳ 2015 - 2020', 568, 231, 420),
            ('Nhiệm kỳ 2020 - 2025', 621, 262, 447)]
    rs = []
    for lab, t, nu, dv in data:
        r = s.add(lab, t, nu, dv, num(q(D(t) / 5, 1)))
        c.div(s, (r, 4), (r, 1), 5, 1)
        c.le(s, (r, 2), (r, 1)); c.le(s, (r, 3), (r, 1))
        rs.append(r)
    a, b = data[1], data[2]
    cmp_vals = [b[1] - a[1], b[2] - a[2], b[3] - a[3]]
    cr = s.add('So sánh nhiệm kỳ 2020 - 2025 với nhiệm kỳ 2010 - 2015: tăng (+), giảm (-)',
               *[signed(x) for x in cmp_vals], '+' + vp(q(D(b[1]) / 5, 1) - q(D(a[1]) / 5, 1), 1))
    c.table(s, h, 0, cr, 4)
    s.add('Ghi chú: nhiệm kỳ 2020 - 2025 tính đến 30/6/2025.')
    for cc in range(1, 5):
        c.diff(s, (cr, cc), (rs[2], cc), (rs[1], cc))
    c.termref(s, (cr, 0), (rs[2], 0), (rs[1], 0))
    c.err(s, (cr, 0), 'So sánh nhiệm kỳ 2020 - 2025 với nhiệm kỳ 2015 - 2020: tăng (+), giảm (-)', 'term-label',
          'the differences are 2020 - 2025 minus 2015 - 2020 (621 - 568 = 53), the term before 2020 - 2025; '
          'the label names 2010 - 2015')
    return c


@case
def m22():
    c = Case('m22-xoa-ten-cong-thuc-cu', 'formula-stale-cache',
             'Members struck off / allowed to leave in the 2020-2025 term by party committee; "Cộng" column '
             'and "Tổng cộng" row are formulas with cached values; one cached total is stale (the formula '
             'is right, its stored result is from before the last edit).')
    s = c.sheet('Xóa tên')
    s.add('ĐẢNG VIÊN BỊ XÓA TÊN, CHO RA KHỎI ĐẢNG NHIỆM KỲ 2020 - 2025')
    s.add(None, None, None, None, 'Đơn vị tính: người')
    h = s.add('STT', 'Đơn vị', 'Xóa tên', 'Cho ra khỏi Đảng', 'Cộng')
    xt = [8, 6, 7, 5, 4, 6, 5, 4, 6, 3, 3, 0, 0, 10]
    rk = [2, 1, 1, 0, 1, 1, 0, 1, 1, 0, 0, 0, 0, 2]
    rs = []
    for i, u in enumerate(DETAIL14):
        r = s.add(i + 1, u, xt[i], rk[i])
        s.formula(r, 4, xt[i] + rk[i], f'C{r + 1}+D{r + 1}')
        rs.append(r)
    tr = s.add(None, 'Tổng cộng')
    for cc in (2, 3, 4):
        L = col_letter(cc)
        s.formula(tr, cc, sum(s.get(r, cc) for r in rs), f'SUM({L}{rs[0] + 1}:{L}{rs[-1] + 1})')
    c.table(s, h, 0, tr, 4)
    c.sum_cols(s, tr, rs, (2, 3, 4))
    c.sum_rows(s, 4, (2, 3), rs + [tr])
    right = s.get(tr, 2)
    assert right == 67
    s.put(tr, 2, 65)
    c.err(s, (tr, 2), right, 'other',
          f'=SUM(C{rs[0] + 1}:C{rs[-1] + 1}) is the right formula but its stored result 65 is stale: the rows '
          'add up to 67, and 67 + 10 = 77 is the Cộng of the total row')
    return c


@case
def m23():
    c = Case('m23-du-bi-sum-thieu-dong-dau', 'stock-flow-columns-numbered',
             'Probationary members by party committee: stock at start, admitted, made full members, struck '
             'off, stock at end, with a column-number row "7=3+4-5-6" and formulas for the end stock and the '
             '"Tổng cộng" row; one =SUM of the total row starts one row too low.')
    s = c.sheet('Dự bị')
    s.add('TÌNH HÌNH ĐẢNG VIÊN DỰ BỊ NĂM 2024')
    h = s.add('STT', 'Đảng bộ, chi bộ cơ sở', 'Đảng viên dự bị đầu năm', 'Kết nạp trong năm',
              'Chuyển đảng chính thức', 'Xóa tên đảng viên dự bị', 'Đảng viên dự bị cuối năm')
    s.add('1', '2', '3', '4', '5', '6', '7=3+4-5-6')
    data = [('Thị trấn Hòa Bình', 14, 12, 11, 0), ('Xã Long Thạnh', 10, 9, 8, 0), ('Xã Tân Bình', 9, 8, 7, 1),
            ('Xã Phương Bình', 8, 7, 6, 0), ('Xã Vĩnh Hậu', 7, 6, 6, 0), ('Các xã còn lại (06 xã)', 45, 37, 35, 1),
            ('Đảng bộ Quân sự, Công an huyện', 9, 9, 7, 0), ('Khối cơ quan, đơn vị sự nghiệp', 49, 43, 37, 0)]
    rs = []
    for i, (u, a, b, cc_, d_) in enumerate(data):
        r = s.add(i + 1, u, a, b, cc_, d_)
        s.formula(r, 6, a + b - cc_ - d_, f'C{r + 1}+D{r + 1}-E{r + 1}-F{r + 1}')
        c.lin(s, (r, 6), [(1, (r, 2)), (1, (r, 3)), (-1, (r, 4)), (-1, (r, 5))])
        rs.append(r)
    tr = s.add(None, 'Tổng cộng')
    for cc in range(2, 7):
        L = col_letter(cc)
        s.formula(tr, cc, sum(s.get(r, cc) for r in rs), f'SUM({L}{rs[0] + 1}:{L}{rs[-1] + 1})')
    assert [s.get(tr, cc) for cc in range(2, 7)] == [151, 131, 117, 2, 163]
    c.lin(s, (tr, 6), [(1, (tr, 2)), (1, (tr, 3)), (-1, (tr, 4)), (-1, (tr, 5))])
    c.table(s, h, 0, tr, 6)
    c.sum_cols(s, tr, rs, range(2, 7))
    wrong = sum(s.get(r, 4) for r in rs[1:])
    s.formula(tr, 4, wrong, f'SUM(E{rs[1] + 1}:E{rs[-1] + 1})')
    c.err(s, (tr, 4), 117, 'formula-range',
          f'=SUM(E{rs[1] + 1}:E{rs[-1] + 1}) starts below the first unit (row {rs[0] + 1}, Thị trấn Hòa Bình, 11): '
          f'shows {wrong}, should be 117; with {wrong} the total row gives 151 + 131 - {wrong} - 2 = '
          f'{151 + 131 - wrong - 2}, not 163')
    return c


@case
def m24():
    c = Case('m24-dan-toc-ton-giao-hai-panel', 'two-panel-side-by-side',
             'Biểu 4-TCTW style two-panel table: ethnic groups on the left, religions on the right, each '
             'panel TT | name | Tổng số | Tỷ lệ (%) with its own base row printed 100,00 and a column-number '
             'row 1-4 repeated; one physical row carries two unrelated records. Clean.')
    s = c.sheet('Dân tộc - Tôn giáo')
    s.add('ĐẢNG VIÊN CHIA THEO DÂN TỘC VÀ TÔN GIÁO')
    s.add('(Có đến 31/12/2024)')
    h = s.add('TT', 'Tên dân tộc', 'Tổng số', 'Tỷ lệ (%)', 'TT', 'Tên tôn giáo', 'Tổng số', 'Tỷ lệ (%)')
    s.add('1', '2', '3', '4', '1', '2', '3', '4')
    left = [('Kinh', 4734), ('Khmer', 31), ('Hoa', 19), ('Tày', 3), ('Mường', 2), ('Dân tộc khác', 3)]
    right = [('Phật giáo', 41), ('Công giáo', 28), ('Cao Đài', 15), ('Phật giáo Hòa Hảo', 9), ('Tin Lành', 3),
             ('Tôn giáo khác', 0)]
    TL, TR = sum(x[1] for x in left), sum(x[1] for x in right)
    assert (TL, TR) == (4792, 96)
    b = s.add('I', 'Đảng viên chia theo dân tộc', TL, '100,00', 'II', 'Đảng viên theo tôn giáo', TR, '100,00')
    rs = []
    for i in range(6):
        (ln, lv), (rn, rv) = left[i], right[i]
        rs.append(s.add(i + 1, ln, lv, num(pct(lv, TL, 2)), i + 1, rn, rv, num(pct(rv, TR, 2))))
    c.table(s, h, 0, rs[-1], 7)
    s.add('Ghi chú: dân tộc thiểu số 58 đảng viên.')
    for cc in (2, 6):
        c.sum(s, (b, cc), [(r, cc) for r in rs])
        for r in [b] + rs:
            c.share(s, (r, cc + 1), (r, cc), (b, cc), 2)
        c.sum100(s, [(r, cc + 1) for r in rs], 2)
    return c


@case
def m25():
    c = Case('m25-chi-bo-truc-thuoc-ghi-chu', 'notes-column-diff',
             'Branches under each commune committee in 2020 and 2025 with a "Tăng (+), giảm (-)" column typed '
             'as signed text and a "Ghi chú" column explaining mergers; one decrease typed with a plus sign.')
    s = c.sheet('Chi bộ')
    s.add('SỐ CHI BỘ TRỰC THUỘC CÁC ĐẢNG BỘ XÃ, THỊ TRẤN')
    h = s.add('STT', 'Đảng bộ', 'Năm 2020', 'Năm 2025', 'Tăng (+), giảm (-)', 'Ghi chú')
    y20 = [16, 14, 13, 12, 12, 13, 11, 12, 12, 11, 10]
    y25 = [17, 13, 13, 11, 12, 14, 11, 10, 12, 11, 10]
    notes = {0: 'Thành lập mới Chi bộ khu phố 5', 1: 'Sáp nhập 02 chi bộ ấp', 3: 'Sáp nhập ấp Phú Lợi vào ấp Phú Tân',
             5: 'Thành lập Chi bộ Trường THCS Minh Diệu', 7: 'Sáp nhập 04 ấp thành 02 ấp'}
    rs = []
    for i, u in enumerate(UNITS11):
        d = y25[i] - y20[i]
        rs.append(s.add(i + 1, u.replace('Thị trấn', 'Đảng bộ thị trấn').replace('Xã ', 'Đảng bộ xã '),
                        y20[i], y25[i], signed(d), notes.get(i)))
    tr = s.add(None, 'Cộng', sum(y20), sum(y25), signed(sum(y25) - sum(y20)))
    c.table(s, h, 0, tr, 5)
    for r in rs + [tr]:
        c.diff(s, (r, 4), (r, 3), (r, 2))
    c.sum_cols(s, tr, rs, (2, 3, 4))
    r = rs[7]
    assert s.get(r, 4) == '-2'
    s.put(r, 4, '+2')
    c.err(s, (r, 4), -2, 'sign',
          'Vĩnh Mỹ A went from 12 to 10 chi bộ (Ghi chú: 04 ấp merged into 02): "+2" should be "-2"; the '
          'column of differences then adds up to +2 instead of the -2 of the Cộng row')
    return c


@case
def m26():
    c = Case('m26-kiem-tra-dong-trong-khong-tieu-de', 'blank-separator-rows-no-title',
             'Inspection / supervision / discipline figures of the district inspection commission: no title '
             'and no unit line, three roman blocks separated by blank rows, columns Tổ chức đảng / Đảng viên, '
             '"-" where not applicable; in block II the "Trong đó" figure exceeds its parent and nothing tells '
             'which of the two is wrong.')
    s = c.sheet('UBKT')
    h = s.add('STT', 'Nội dung', 'Tổ chức đảng', 'Đảng viên')
    s.add('I', 'Kiểm tra khi có dấu hiệu vi phạm')
    a1_ = s.add('1', 'Số được kiểm tra', 16, 23)
    a1x = s.add(None, 'Trong đó: cấp ủy viên các cấp', '-', 9)
    a2 = s.add('2', 'Kết luận có vi phạm', 13, 19)
    a3 = s.add('3', 'Vi phạm đến mức phải thi hành kỷ luật', 1, 8)
    a4 = s.add('4', 'Đã thi hành kỷ luật', 1, 8)
    s.blank()
    s.add('II', 'Giám sát chuyên đề')
    b1 = s.add('1', 'Số được giám sát', 38, 52)
    b1x = s.add(None, 'Trong đó: cấp ủy viên các cấp', '-', 37)
    b2 = s.add('2', 'Phát hiện dấu hiệu vi phạm, chuyển kiểm tra', 2, 3)
    s.blank()
    s.add('III', 'Thi hành kỷ luật')
    k0 = s.add(None, 'Tổng số', 1, 29)
    ks = [s.add(None, lab, x, y) for lab, x, y in
          [('Chia ra: - Khiển trách', 1, 17), ('- Cảnh cáo', 0, 8), ('- Cách chức', 0, 1), ('- Khai trừ', '-', 3),
           ('- Giải tán', 0, '-')]]
    c.table(s, h, 0, ks[-1], 3)
    for cc in (2, 3):
        c.le(s, (a1x, cc), (a1_, cc)); c.le(s, (a2, cc), (a1_, cc)); c.le(s, (a3, cc), (a2, cc))
        c.le(s, (a4, cc), (a3, cc)); c.le(s, (b1x, cc), (b1, cc)); c.le(s, (b2, cc), (b1, cc))
        c.sum(s, (k0, cc), [(r, cc) for r in ks])
    s.put(b1x, 3, 57)
    c.err(s, (b1x, 3), None, 'other',
          '"Trong đó: cấp ủy viên" 57 exceeds the 52 members supervised; one of the two is wrong and no other '
          'figure says which (the subset cell is the likelier slip)')
    return c


@case
def m27():
    c = Case('m27-quy-hoach-hai-nhiem-ky-ty-le', 'roman-blocks-terms-shares',
             'Cadre planning for two terms (2020 - 2025, 2025 - 2030), roman blocks I-III each with its own '
             'base count and "Trong đó" rows, Số lượng / Tỷ lệ (%) pairs with 1 decimal, shares of the block '
             'count; one share cut instead of rounded.')
    s = c.sheet('Quy hoạch')
    s.add('KẾT QUẢ QUY HOẠCH CÁN BỘ DIỆN BAN THƯỜNG VỤ HUYỆN ỦY QUẢN LÝ')
    s.add(None, None, None, None, None, 'Đơn vị tính: lượt người')
    h = s.add('STT', 'Nội dung', 'Nhiệm kỳ 2020 - 2025', None, 'Nhiệm kỳ 2025 - 2030', None)
    s.add(None, None, 'Số lượng', 'Tỷ lệ (%)', 'Số lượng', 'Tỷ lệ (%)')
    s.merge(h, 0, h + 1, 0); s.merge(h, 1, h + 1, 1); s.merge(h, 2, h, 3); s.merge(h, 4, h, 5)
    blocks = [('I', 'Quy hoạch Ủy viên Ban Chấp hành Đảng bộ huyện', (61, 68),
               [('- Nữ', 13, 16), ('- Dưới 40 tuổi', 11, 14), ('- Dân tộc thiểu số', 1, 2)]),
              ('II', 'Quy hoạch Ủy viên Ban Thường vụ Huyện ủy', (18, 20),
               [('- Nữ', 3, 4), ('- Dưới 40 tuổi', 2, 3)]),
              ('III', 'Quy hoạch Bí thư, Phó Bí thư Huyện ủy', (8, 9),
               [('- Nữ', 1, 1), ('- Dưới 40 tuổi', 0, 1)])]
    R = {}
    last = None
    for rn, lab, (t1, t2), items in blocks:
        br = s.add(rn, lab, t1, None, t2)
        s.add(None, 'Trong đó:')
        for il, a, b in items:
            r = s.add(None, il, a, num(pct(a, t1, 1)), b, num(pct(b, t2, 1)))
            for cc in (2, 4):
                c.le(s, (r, cc), (br, cc))
                c.share(s, (r, cc + 1), (r, cc), (br, cc), 1)
            R[(rn, il)] = r
            last = r
    c.table(s, h, 0, last, 5)
    r = R[('I', '- Dưới 40 tuổi')]
    s.put(r, 5, num(pct_trunc(14, 68, 1)))
    c.warn(s, (r, 5), 'truncation', num(pct(14, 68, 1)), '14/68 = 20,588 % written 20,5 (cut), should be 20,6')
    return c


@case
def m28():
    c = Case('m28-dang-vien-chia-ra-trong-do', 'chia-ra-trong-do-merged-columns',
             'Members of the commune committees with an exhaustive "Chia ra" pair (chính thức / dự bị) and an '
             'overlapping "Trong đó" group (nữ, DTTS, tôn giáo) side by side under merged headers, "Cộng" '
             'last; the dự bị figures of two communes were swapped.')
    s = c.sheet('ĐV xã')
    s.add('ĐẢNG VIÊN CÁC ĐẢNG BỘ XÃ, THỊ TRẤN (đến 31/12/2024)')
    h = s.add('STT', 'Đảng bộ', 'Tổng số đảng viên', 'Chia ra', None, 'Trong đó', None, None)
    s.add(None, None, None, 'Chính thức', 'Dự bị', 'Nữ', 'Dân tộc thiểu số', 'Tôn giáo')
    s.merge(h, 0, h + 1, 0); s.merge(h, 1, h + 1, 1); s.merge(h, 2, h + 1, 2); s.merge(h, 3, h, 4)
    s.merge(h, 5, h, 7)
    rs = []
    for i, u in enumerate(UNITS11):
        t, nu, db, dt, tg, _ = DETAIL14[u]
        rs.append(s.add(i + 1, u, t, t - db, db, nu, dt, tg))
    tr = s.add(None, 'Cộng', *[sum(s.get(r, cc) for r in rs) for cc in range(2, 8)])
    c.table(s, h, 0, tr, 7)
    c.sum_cols(s, tr, rs, range(2, 8))
    for r in rs + [tr]:
        c.sum(s, (r, 2), [(r, 3), (r, 4)])
        for cc in (5, 6, 7):
            c.le(s, (r, cc), (r, 2))
    a, b = rs[0], rs[4]
    va, vb = s.get(a, 4), s.get(b, 4)
    assert (va, vb) == (15, 8)
    s.put(a, 4, vb); s.put(b, 4, va)
    c.err(s, None, [va, vb], 'swap',
          'Dự bị of Thị trấn Hòa Bình (15) and Xã Vĩnh Hậu (8) typed in each other\'s row: 406 + 8 ≠ 421 and '
          '221 + 15 ≠ 229, while the column still adds up to the Cộng', culprit=[a1(a, 4), a1(b, 4)])
    return c


@case
def m29():
    c = Case('m29-chi-bo-dang-vien-cac-xa-cong', 'units-as-rows-cong-last',
             'Branches and members of the communes, STT 1-11, "Cộng" last row, share of members in the commune '
             'total with 1 decimal; one share cut instead of rounded and one member count mistyped.')
    s = c.sheet('Xã, thị trấn')
    s.add('SỐ CHI BỘ VÀ ĐẢNG VIÊN CÁC ĐẢNG BỘ XÃ, THỊ TRẤN NĂM 2024')
    h = s.add('STT', 'Đơn vị', 'Số chi bộ trực thuộc', 'Số đảng viên', 'Tỷ lệ so với tổng số (%)')
    cb = [17, 13, 13, 11, 12, 14, 11, 10, 12, 11, 10]
    dv = [DETAIL14[u][0] for u in UNITS11]
    T = sum(dv)
    rs = [s.add(i + 1, u, cb[i], dv[i], num(pct(dv[i], T, 1))) for i, u in enumerate(UNITS11)]
    tr = s.add(None, 'Cộng', sum(cb), T, 100)
    c.table(s, h, 0, tr, 4)
    c.sum_cols(s, tr, rs, (2, 3))
    for r in rs + [tr]:
        c.share(s, (r, 4), (r, 3), (tr, 3), 1)
    c.sum100(s, [(r, 4) for r in rs], 1)
    r = rs[3]  # Phương Bình 246
    s.put(r, 4, num(pct_trunc(246, T, 1)))
    c.warn(s, (r, 4), 'truncation', num(pct(246, T, 1)), f'246/{vt(T)} = 8,659 % written 8,6 (cut), should be 8,7')
    r = rs[5]  # Minh Diệu 258
    s.put(r, 3, 253)
    c.err(s, (r, 3), 258, 'digit',
          f'253 typed for 258 (Xã Minh Diệu): the communes then add up to {vt(T - 5)}, not {vt(T)}, and 9,1 % '
          f'is 258/{vt(T)}')
    return c


@case
def m30():
    c = Case('m30-kiem-tra-so-sanh-phan-tram', 'years-as-columns-index',
             'Inspection, supervision and discipline work 2023 vs 2024 with a per-row unit column (cuộc, đảng '
             'viên, vụ), an index "So sánh (%)" with 1 decimal and an exhaustive "Chia ra" of disciplined '
             'members; one index typed with two digits transposed.')
    s = c.sheet('KTGS 2024')
    s.add('KẾT QUẢ CÔNG TÁC KIỂM TRA, GIÁM SÁT VÀ THI HÀNH KỶ LUẬT ĐẢNG NĂM 2024')
    h = s.add('STT', 'Nội dung', 'Đơn vị tính', 'Năm 2023', 'Năm 2024', 'So sánh (%)')
    rows = [('1', 'Kiểm tra tổ chức đảng', 'cuộc', 46, 52), ('2', 'Kiểm tra đảng viên', 'đảng viên', 138, 151),
            ('3', 'Giám sát chuyên đề tổ chức đảng', 'cuộc', 64, 71), ('4', 'Giám sát đảng viên', 'đảng viên', 97, 88),
            ('5', 'Giải quyết tố cáo', 'vụ', 5, 3), ('6', 'Thi hành kỷ luật đảng viên', 'đảng viên', 19, 15),
            (None, 'Chia ra:', None, None, None), (None, '- Khiển trách', 'đảng viên', 10, 8),
            (None, '- Cảnh cáo', 'đảng viên', 6, 4), (None, '- Cách chức', 'đảng viên', 1, 1),
            (None, '- Khai trừ', 'đảng viên', 2, 2)]
    rs = []
    for stt, lab, u, a, b in rows:
        if a is None:
            rs.append(s.add(stt, lab))
            continue
        r = s.add(stt, lab, u, a, b, num(q(D(b) * 100 / D(a), 1)))
        c.ratio(s, (r, 5), (r, 4), (r, 3), 1)
        rs.append(r)
    c.table(s, h, 0, rs[-1], 5)
    for cc in (3, 4):
        c.sum(s, (rs[5], cc), [(r, cc) for r in rs[7:]])
    r = rs[0]
    assert s.get(r, 5) == 113
    s.put(r, 5, 131)
    c.err(s, (r, 5), 113, 'transposition',
          '52/46 = 113,04 → 113,0; typed 131 (digits 1 and 3 swapped)')
    return c


@case
def m31():
    c = Case('m31-bieu6f-kiem-diem', 'form-decimal-stt-notes',
             'Biểu 6F-BTCTW (self-criticism reviews): decimal STT 3.1 / 3.2 / 4.1…, unnumbered "Trong đó" '
             'rows, columns Tập thể / Đảng viên / Ghi chú with figures inside the notes; 1 = 2 + 3, the '
             '"Trong đó" rows are partial. Clean.')
    s = c.sheet('Biểu 6F')
    s.add('HUYỆN ỦY HÒA BÌNH', None, None, None, 'Biểu số 6F-BTCTW')
    s.add('KẾT QUẢ KIỂM ĐIỂM TỰ PHÊ BÌNH VÀ PHÊ BÌNH NĂM 2024')
    h = s.add('TT', 'Nội dung', 'Tập thể', 'Đảng viên', 'Ghi chú')
    r1 = s.add('1', 'Số lượng thuộc đối tượng phải kiểm điểm', 372, 4792)
    r2 = s.add('2', 'Số đã kiểm điểm', 368, 4618)
    r3 = s.add('3', 'Số chưa kiểm điểm', 4, 174)
    s.add(None, 'Trong đó:')
    r31 = s.add('3.1', 'Tập thể mới thành lập', 2, '-', '02 chi bộ thành lập sau sáp nhập ấp')
    r32 = s.add('3.2', 'Đảng viên mới kết nạp dưới 6 tháng', '-', 63)
    r33 = s.add(None, 'Miễn công tác và sinh hoạt đảng', '-', 98, 'Theo Quy định 24-QĐ/TW')
    r34 = s.add(None, 'Bị đình chỉ sinh hoạt đảng', 0, 2)
    r4 = s.add('4', 'Số được gợi ý kiểm điểm', 12, 27)
    s.add(None, 'Trong đó:')
    r41 = s.add('4.1', 'Diện Ban Thường vụ cấp ủy cấp tỉnh quản lý', 1, 3)
    r42 = s.add('4.2', 'Diện Ban Thường vụ cấp ủy cấp huyện quản lý', 4, 11)
    r43 = s.add('4.3', 'Diện đảng ủy cơ sở quản lý', 7, 13, 'Có 01 tập thể được gợi ý 02 lần')
    c.table(s, h, 0, r43, 4)
    s.blank()
    s.add('NGƯỜI LẬP BIỂU', None, None, 'TRƯỞNG BAN')
    for cc in (2, 3):
        c.sum(s, (r1, cc), [(r2, cc), (r3, cc)])
        for r in (r31, r32, r33, r34):
            c.le(s, (r, cc), (r3, cc))
        c.lesum(s, (r3, cc), [(r, cc) for r in (r31, r32, r33, r34)])
        for r in (r41, r42, r43):
            c.le(s, (r, cc), (r4, cc))
        c.lesum(s, (r4, cc), [(r, cc) for r in (r41, r42, r43)])
    return c


@case
def m32():
    c = Case('m32-bieu7-nghiep-vu-dang-vien', 'form-roman-blocks-flow-p1',
             'Biểu 7-BTCTW (party-member work): four roman sibling blocks (awards, badges, cards, transfers) '
             'with lettered items, "chia ra" dash rows, independent counts in IV.3, P1 columns and "-" where '
             'the previous year is 0. Clean.')
    s = c.sheet('Biểu 7')
    s.add('HUYỆN ỦY HÒA BÌNH', None, None, 'Biểu số 7-BTCTW')
    s.add('THỐNG KÊ VỀ NGHIỆP VỤ CÔNG TÁC ĐẢNG VIÊN NĂM 2024')
    s.add(None, None, None, 'Đvt: Người')
    h = s.add('Tiêu chí', 'Thực hiện', None, '(%) kỳ này so với cùng kỳ năm trước')
    s.add(None, 'Kỳ này', 'Cùng kỳ năm trước')
    s.merge(h, 0, h + 1, 0); s.merge(h, 1, h, 2); s.merge(h, 3, h + 1, 3)
    s.add('1', '2', '3', '4(=2*100/3)')
    badges = [('30', 117, 105), ('40', 73, 66), ('45', 37, 40), ('50', 27, 23), ('55', 13, 11), ('60', 5, 9),
              ('65', 4, 6), ('70', 3, 1), ('75', 1, 2), ('80', 0, 0)]
    items = [('I', 'I. Khen thưởng tổ chức đảng và đảng viên trong năm', None, None),
             ('I1', '1. Khen thưởng tổ chức đảng', None, None),
             ('b', 'b) Số tổ chức cơ sở đảng được khen, chia ra:', 18, 15),
             ('b1', '- Tặng cờ', 1, 1), ('b2', '- Tặng bằng khen', 5, 4), ('b3', '- Tặng giấy khen', 12, 10),
             ('d', 'd) Số chi bộ trực thuộc đảng bộ cơ sở được khen, chia ra:', 41, 37),
             ('d1', '- Tặng bằng khen', 6, 5), ('d2', '- Tặng giấy khen', 35, 32),
             ('I2', '2. Số đảng viên được khen, chia ra:', 236, 214),
             ('e1', '- Tặng bằng khen', 38, 33), ('e2', '- Tặng giấy khen', 198, 181),
             ('II', 'II. Tặng Huy hiệu Đảng trong năm', sum(x[1] for x in badges), sum(x[2] for x in badges))]
    items += [('h' + k, f'- Huy hiệu {k} năm tuổi Đảng', a, b) for k, a, b in badges]
    items += [('III', 'III. Phát thẻ đảng viên trong năm', 130, 134),
              ('III1', '1. Phát cho đảng viên chính thức', 117, 121), ('III2', '2. Cấp lại do mất', 4, 6),
              ('III3', '3. Đổi lại do hỏng', 9, 7),
              ('IV', 'IV. Giới thiệu sinh hoạt Đảng trong năm', None, None),
              ('IV1', '1. Số lượt chuyển sinh hoạt tạm thời', 186, 171),
              ('IV1a', '- Giới thiệu chuyển đi', 112, 104), ('IV1b', '- Tiếp nhận chuyển đến', 74, 67),
              ('IV2', '2. Số lượt chuyển sinh hoạt chính thức', 41, 41),
              ('IV2a', '- Giới thiệu chuyển đi', 18, 18), ('IV2b', '- Tiếp nhận chuyển đến', 23, 23),
              ('IV3', '3. Một số nội dung liên quan', None, None),
              ('IV3a', '- Chuyển đến chưa đúng quy định', 0, 1), ('IV3b', '- Giới thiệu đi chưa đúng quy định', 0, 0),
              ('IV3c', '- Phát hiện giả mạo hồ sơ đảng viên', 0, 0)]
    R = p1_rows(c, s, items)
    c.table(s, h, 0, R['IV3c'], 3)
    s.blank()
    s.add('NGƯỜI LẬP BIỂU', None, 'TRƯỞNG BAN')
    groups = {'b': ['b1', 'b2', 'b3'], 'd': ['d1', 'd2'], 'I2': ['e1', 'e2'], 'II': ['h' + k for k, *_ in badges],
              'III': ['III1', 'III2', 'III3'], 'IV1': ['IV1a', 'IV1b'], 'IV2': ['IV2a', 'IV2b']}
    for g, parts in groups.items():
        c.sum_cols(s, R[g], [R[p] for p in parts], (1, 2))
    return c


@case
def m33():
    c = Case('m33-nhiem-ky-chua-dien', 'placeholders-unfilled',
             'Admissions of the 2020 - 2025 term year by year with the 2025, term-total and average columns '
             'not filled yet ("...", "…" placeholders), subsets and a sector split. Clean.')
    s = c.sheet('NK 2020-2025')
    s.add('KẾT QUẢ KẾT NẠP ĐẢNG VIÊN NHIỆM KỲ 2020 - 2025')
    s.add('(Số liệu năm 2025 cập nhật sau ngày 30/9/20...)')
    h = s.add('STT', 'Chỉ tiêu', 'Năm 2020', 'Năm 2021', 'Năm 2022', 'Năm 2023', 'Năm 2024', 'Năm 2025',
              'Cộng nhiệm kỳ', 'Bình quân/năm')
    rows = [('T', '1', 'Tổng số đảng viên kết nạp', [112, 109, 121, 118, 131]), ('td', None, 'Trong đó:', None),
            ('nu', None, '- Nữ', [44, 46, 51, 49, 58]), ('dv', None, '- Đoàn viên', [83, 80, 89, 84, 97]),
            ('dt', None, '- Dân tộc thiểu số', [3, 4, 5, 4, 6]), ('k', '2', 'Chia theo khối', None),
            ('x', None, '- Đảng bộ xã, thị trấn', [71, 68, 78, 76, 81]),
            ('cq', None, '- Khối cơ quan, lực lượng vũ trang', [41, 41, 43, 42, 50])]
    R = {}
    for i, (k, stt, lab, v) in enumerate(rows):
        if v is None:
            R[k] = s.add(stt, lab)
        else:
            ph = ['...', '...', '...'] if i % 2 == 0 else ['…', '…', '…']
            R[k] = s.add(stt, lab, *v, *ph)
    c.table(s, h, 0, R['cq'], 9)
    s.add('Ghi chú: "..." là số liệu chưa tổng hợp.')
    for cc in range(2, 9):
        for k in ('nu', 'dv', 'dt'):
            c.le(s, (R[k], cc), (R['T'], cc))
        c.sum(s, (R['T'], cc), [(R['x'], cc), (R['cq'], cc)])
    for k in ('T', 'nu', 'dv', 'dt', 'x', 'cq'):
        c.sum(s, (R[k], 8), [(R[k], cc) for cc in range(2, 8)])
        c.div(s, (R[k], 9), (R[k], 8), 5, 1)
    return c


@case
def m34():
    c = Case('m34-hoc-tap-nghi-quyet-cong-thuc', 'percent-formulas-full-precision',
             'Study of Central Committee resolutions (khóa XIII): shares are formulas (=D/C) whose cached '
             'values carry full precision under 0.00% / 0.0% formats, a "Tổng cộng (lượt)" row of =SUM '
             'formulas. Clean.')
    s = c.sheet('Học tập NQ')
    s.add('KẾT QUẢ HỌC TẬP, QUÁN TRIỆT CÁC NGHỊ QUYẾT, KẾT LUẬN CỦA TRUNG ƯƠNG (KHÓA XIII)')
    h = s.add('STT', 'Nghị quyết, kết luận', 'Số đảng viên phải học tập', 'Số đảng viên đã học tập', 'Tỷ lệ',
              'Số lớp', 'Số bài thu hoạch', 'Tỷ lệ viết bài thu hoạch')
    data = [('Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng', 4598, 4571, 62, 4549),
            ('Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng', 4612, 4580, 61, 4555),
            ('Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng', 4630, 4601, 63, 4584),
            ('Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng', 4655, 4629, 62, 4603),
            ('Kết luận số 21-KL/TW của Ban Chấp hành Trung ương Đảng', 4671, 4652, 64, 4630)]
    rs = []
    for i, (lab, need, did, cls, essay) in enumerate(data):
        r = s.add(i + 1, lab, need, did, None, cls, essay)
        rs.append(r)
    tr = s.add(None, 'Tổng cộng (lượt)')
    for cc in (2, 3, 5, 6):
        L = col_letter(cc)
        s.formula(tr, cc, sum(s.get(r, cc) for r in rs), f'SUM({L}{rs[0] + 1}:{L}{rs[-1] + 1})')
    for r in rs + [tr]:
        s.formula(r, 4, float(D(s.get(r, 3)) / D(s.get(r, 2))), f'D{r + 1}/C{r + 1}', '0.00%')
        s.formula(r, 7, float(D(s.get(r, 6)) / D(s.get(r, 3))), f'G{r + 1}/D{r + 1}', '0.0%')
        c.share(s, (r, 4), (r, 3), (r, 2), 2)
        c.share(s, (r, 7), (r, 6), (r, 3), 1)
        c.le(s, (r, 3), (r, 2)); c.le(s, (r, 6), (r, 3))
    c.table(s, h, 0, tr, 7)
    c.sum_cols(s, tr, rs, (2, 3, 5, 6))
    return c


@case
def m35():
    c = Case('m35-danh-gia-hai-goc-ty-le', 'two-bases-one-table',
             'Biểu 7B-TCTW style member rating table with two 100 % bases in one share column: members on '
             'the rolls (split into exempt / not rated / rated) and, below, members rated (tốt with xuất sắc '
             'nested, hoàn thành, không hoàn thành); one share computed on the wrong base.')
    s = c.sheet('Đánh giá ĐV')
    s.add('KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN NĂM 2024')
    h = s.add('STT', 'Chỉ tiêu', 'Số lượng', 'Tỷ lệ (%)')
    A, m, ch, dg = 4792, 98, 53, 4641
    tot, xs, ht, kht = 4268, 634, 355, 18
    assert m + ch + dg == A and tot + ht + kht == dg
    rA = s.add('A', 'Đảng viên có đến thời điểm đánh giá', A, '100,00')
    s.add(None, 'Chia ra:')
    rA1 = s.add('1', 'Miễn đánh giá', m, num(pct(m, A, 2)))
    rA2 = s.add('2', 'Chưa được đánh giá (ốm đau, thai sản, đi làm ăn xa…)', ch, num(pct(ch, A, 2)))
    rA3 = s.add('3', 'Đã được đánh giá', dg, num(pct(dg, A, 2)))
    rB = s.add('B', 'Phân tích kết quả đảng viên đã được đánh giá', dg, '100,00')
    rB1 = s.add('1', 'Hoàn thành tốt nhiệm vụ', tot, num(pct(tot, dg, 2)))
    rBx = s.add(None, 'Trong đó: Hoàn thành xuất sắc nhiệm vụ', xs, num(pct(xs, dg, 2)))
    rB2 = s.add('2', 'Hoàn thành nhiệm vụ', ht, num(pct(ht, dg, 2)))
    rB3 = s.add('3', 'Không hoàn thành nhiệm vụ', kht, num(pct(kht, dg, 2)))
    c.table(s, h, 0, rB3, 3)
    c.sum(s, (rA, 2), [(rA1, 2), (rA2, 2), (rA3, 2)])
    c.lin(s, (rB, 2), [(1, (rA3, 2))])
    c.sum(s, (rB, 2), [(rB1, 2), (rB2, 2), (rB3, 2)])
    c.le(s, (rBx, 2), (rB1, 2))
    for r in (rA, rA1, rA2, rA3):
        c.share(s, (r, 3), (r, 2), (rA, 2), 2)
    for r in (rB, rB1, rBx, rB2, rB3):
        c.share(s, (r, 3), (r, 2), (rB, 2), 2)
    c.sum100(s, [(r, 3) for r in (rA1, rA2, rA3)], 2)
    c.sum100(s, [(r, 3) for r in (rB1, rB2, rB3)], 2)
    s.put(rB2, 3, num(pct(ht, A, 2)))
    c.err(s, (rB2, 3), num(pct(ht, dg, 2)), 'base',
          f'{vp(pct(ht, A, 2), 2)} = 355/4.792 (all members) but block B is on the 4.641 members rated: '
          f'355/4.641 = {vp(pct(ht, dg, 2), 2)}; block B then adds up to {vp(pct(tot, dg, 2) + pct(ht, A, 2) + pct(kht, dg, 2), 2)} %')
    return c


@case
def m36():
    c = Case('m36-so-lieu-chu-yeu-va-bieu5', 'key-indicators-vs-form-sheets',
             'A "Số liệu chủ yếu" sheet (key indicators with a unit column and notes) and the Biểu 5-BTCTW '
             'sheet they are taken from; the member total on the key-indicator sheet has two digits '
             'transposed and disagrees with Biểu 5, whose own columns add up.')
    s = c.sheet('Số liệu chủ yếu')
    b = c.sheet('Biểu 5')
    vals = bieu5_values()['total']  # [TCCSĐ, ĐBCS, CBCS, ĐB bộ phận, chi bộ trực thuộc, đảng viên]
    s.add('MỘT SỐ SỐ LIỆU CHỦ YẾU VỀ TỔ CHỨC ĐẢNG VÀ ĐẢNG VIÊN NĂM 2024')
    h = s.add('STT', 'Chỉ tiêu', 'Đơn vị tính', 'Năm 2024', 'Ghi chú')
    r1 = s.add('1', 'Tổng số tổ chức cơ sở đảng', 'tổ chức', vals[0], 'Biểu 5, cột 2')
    r1a = s.add(None, '- Đảng bộ cơ sở', 'tổ chức', vals[1])
    r1b = s.add(None, '- Chi bộ cơ sở', 'tổ chức', vals[2])
    r2 = s.add('2', 'Số đảng bộ bộ phận', 'tổ chức', vals[3])
    r3 = s.add('3', 'Số chi bộ trực thuộc đảng bộ cơ sở', 'chi bộ', vals[4])
    r4 = s.add('4', 'Tổng số đảng viên', 'người', vals[5], 'Biểu 5, cột 7')
    r5 = s.add('5', 'Số đảng viên được tặng Huy hiệu Đảng', 'người', 280)
    c.table(s, h, 0, r5, 4)
    c.sum(s, (r1, 3), [(r1a, 3), (r1b, 3)])
    b.add('HUYỆN ỦY HÒA BÌNH', None, None, None, None, None, 'Biểu số 5-BTCTW')
    b.add('THỐNG KÊ TỔ CHỨC ĐẢNG VÀ ĐẢNG VIÊN TRONG CÁC LOẠI HÌNH CƠ SỞ NĂM 2024')
    hb = b.add('Loại hình tổ chức cơ sở đảng', 'Số tổ chức cơ sở đảng', None, None,
               'Tổ chức đảng trực thuộc Đảng bộ cơ sở', None, 'Tổng số đảng viên')
    b.add(None, 'Tổng số', 'Chia ra', None, 'Chia ra')
    b.add(None, None, 'Đảng bộ cơ sở', 'Chi bộ cơ sở', 'Đảng bộ bộ phận', 'Chi bộ trực thuộc')
    b.merge(hb, 0, hb + 2, 0); b.merge(hb, 1, hb, 3); b.merge(hb + 1, 1, hb + 2, 1); b.merge(hb + 1, 2, hb + 1, 3)
    b.merge(hb, 4, hb, 5); b.merge(hb + 1, 4, hb + 1, 5); b.merge(hb, 6, hb + 2, 6)
    b.add('1', '2 (=3+4)', '3', '4', '5', '6', '7')
    R = build_bieu5_rows(c, b)
    c.table(b, hb, 0, R['total'], 6)
    for sr, cc in ((r1, 1), (r1a, 2), (r1b, 3), (r2, 4), (r3, 5), (r4, 6)):
        c.eq(s, (sr, 3), b, (R['total'], cc))
    assert vals[5] == 4613
    s.put(r4, 3, 4631)
    c.err(s, (r4, 3), 4613, 'cross',
          'Số liệu chủ yếu gives 4.631 members, Biểu 5 (cột 7, Cộng) gives 4.613 and its 11 rows add up to '
          '4.613: the key-indicator figure has the 1 and 3 swapped')
    return c


# ============================================================================= writing
def write_all():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith('.json'):
            os.remove(os.path.join(OUT, f))
    built = []
    for fn in CASES:
        c = fn()
        with open(os.path.join(OUT, c.id + '.json'), 'w', encoding='utf-8') as fh:
            json.dump(c.to_json(), fh, ensure_ascii=False, indent=1)
            fh.write('\n')
        built.append(c)
    return built


# ============================================================================= independent check
# Everything below reads the JSON files back and judges them from the cell contents alone; the only
# thing taken from the generator is the list of rules a careful clerk would apply to each table.
PLACEHOLDER = re.compile(r'^(\.\.\.|…|.*\.\.\.|.*…)$')
THOUSANDS = re.compile(r'^[+-]?\d{1,3}(\.\d{3})+$')
DECIMAL_COMMA = re.compile(r'^[+-]?\d+(,\d+)?%?$')


def dec_places(d):
    e = d.as_tuple().exponent
    return -e if e < 0 else 0


def parse_value(v, fmt=None):
    """-> (Decimal value as a clerk reads it, decimals shown) or None (empty/text/placeholder)."""
    if v is None or isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        d = D(repr(v)) if isinstance(v, float) else D(v)
        if fmt:
            m = re.search(r'0\.(0+)', fmt)
            fd = len(m.group(1)) if m else 0
            if fmt.endswith('%'):
                return q(d * 100, fd), fd
            return q(d, fd), fd
        d = d.normalize() if d != d.to_integral_value() else D(int(d))
        return d, dec_places(d)
    s = v.strip()
    if s in ('-', '–'):
        return D(0), 0
    if not s or PLACEHOLDER.match(s):
        return None
    if THOUSANDS.match(s):
        return D(s.replace('.', '')), 0
    if DECIMAL_COMMA.match(s):
        t = s.rstrip('%').replace(',', '.')
        d = D(t)
        return d, dec_places(d)
    return None


def raw_number(v):
    if isinstance(v, bool) or v is None:
        return None
    if isinstance(v, (int, float)):
        return D(repr(v)) if isinstance(v, float) else D(v)
    p = parse_value(v)
    return p[0] if p else None


class Book:
    def __init__(self, cj):
        self.cj = cj
        self.sheets = {s['name']: s for s in cj['sheets']}

    def raw(self, sh, ref):
        s = self.sheets[sh]
        cell = s.get('cells', {}).get(ref)
        if cell is not None:
            return cell.get('v'), cell.get('fmt'), cell.get('formula')
        r, c = parse_a1(ref)
        rows = s['rows']
        if r < len(rows) and c < len(rows[r]):
            return rows[r][c], None, None
        return None, None, None

    def state(self):
        N, T = {}, {}
        for name, s in self.sheets.items():
            refs = set()
            for r, row in enumerate(s['rows']):
                for c, v in enumerate(row):
                    if v is not None:
                        refs.add(a1(r, c))
            refs |= set(s.get('cells', {}))
            for ref in refs:
                v, fmt, _ = self.raw(name, ref)
                p = parse_value(v, fmt)
                N[(name, ref)] = p[0] if p else None
                if isinstance(v, str):
                    T[(name, ref)] = v
        return N, T


PERIOD = re.compile(r'(\d{4})\s*[-–]\s*(\d{4})|(\d{4})')


def periods(text):
    out = []
    for m in PERIOD.finditer(text or ''):
        out.append(f'{m.group(1)}-{m.group(2)}' if m.group(1) else m.group(3))
    return out


def rule_cells(rule):
    k = rule[0]
    sh = rule[1]
    if k == 'lin':
        return [(sh, rule[2])] + [(sh, r) for _, r in rule[3]]
    if k == 'le':
        return [(sh, rule[2]), (sh, rule[3])]
    if k == 'lesum':
        return [(sh, rule[2])] + [(sh, r) for r in rule[3]]
    if k in ('share', 'ratio', 'relchg'):
        return [(sh, rule[2]), (sh, rule[3]), (sh, rule[4])]
    if k == 'div':
        return [(sh, rule[2]), (sh, rule[3])]
    if k == 'sum100':
        return [(sh, r) for r in rule[2]]
    if k == 'eq':
        return [(rule[1], rule[2]), (rule[3], rule[4])]
    if k == 'termref':
        return [(sh, rule[2]), (sh, rule[3]), (sh, rule[4])]
    raise ValueError(k)


def exact_of(rule, N):
    """Exact (unrounded) value a share/ratio/relchg/div output should show, or None."""
    k, sh = rule[0], rule[1]
    if k == 'share':
        a, b = N.get((sh, rule[3])), N.get((sh, rule[4]))
        return None if a is None or not b else a * 100 / b
    if k == 'ratio':
        a, b = N.get((sh, rule[3])), N.get((sh, rule[4]))
        return None if a is None or not b else a * 100 / b
    if k == 'relchg':
        a, b = N.get((sh, rule[3])), N.get((sh, rule[4]))
        return None if a is None or not b else (a - b) * 100 / b
    if k == 'div':
        a = N.get((sh, rule[3]))
        return None if a is None else a / rule[4]
    return None


def eval_rule(rule, N, T):
    k, sh = rule[0], rule[1]
    g = lambda ref, s=sh: N.get((s, ref))
    if k == 'lin':
        t = g(rule[2])
        xs = [g(r) for _, r in rule[3]]
        if t is None or any(x is None for x in xs):
            return None
        return t == sum((kk * x for (kk, _), x in zip(rule[3], xs)), D(0))
    if k == 'le':
        a, b = g(rule[2]), g(rule[3])
        return None if a is None or b is None else a <= b
    if k == 'lesum':
        t = g(rule[2]); xs = [g(r) for r in rule[3]]
        if t is None or any(x is None for x in xs):
            return None
        return sum(xs, D(0)) <= t
    if k in ('share', 'ratio', 'relchg', 'div'):
        st = g(rule[2]); x = exact_of(rule, N)
        if st is None or x is None:
            return None
        return st == q(x, rule[-1])
    if k == 'sum100':
        xs = [g(r) for r in rule[2]]
        if any(x is None for x in xs):
            return None
        return abs(sum(xs, D(0)) - 100) <= len(xs) * D('0.5') * D(1).scaleb(-rule[3])
    if k == 'eq':
        a, b = N.get((rule[1], rule[2])), N.get((rule[3], rule[4]))
        return None if a is None or b is None else a == b
    if k == 'termref':
        lab = periods(T.get((sh, rule[2]), ''))
        cur = periods(T.get((sh, rule[3]), ''))
        prev = periods(T.get((sh, rule[4]), ''))
        if len(cur) != 1 or len(prev) != 1:
            return None
        return cur[0] in lab and prev[0] in lab and set(lab) <= {cur[0], prev[0]}
    raise ValueError(k)


def failing(rules, N, T):
    return [r for r in rules if eval_rule(r, N, T) is False]


def solve(rule, cell, N):
    """Values of `cell` that would satisfy `rule` (others fixed)."""
    k, sh = rule[0], rule[1]
    if cell[0] != sh and k != 'eq':
        return []
    ref = cell[1]
    g = lambda r: N.get((sh, r))
    if k == 'lin':
        t = g(rule[2]); terms = rule[3]
        if ref == rule[2]:
            xs = [g(r) for _, r in terms]
            return [] if any(x is None for x in xs) else [sum((kk * x for (kk, _), x in zip(terms, xs)), D(0))]
        for kk, r in terms:
            if r == ref:
                others = [(k2, g(r2)) for k2, r2 in terms if r2 != ref]
                if t is None or any(x is None for _, x in others):
                    return []
                return [(t - sum((k2 * x for k2, x in others), D(0))) / kk]
        return []
    if k in ('share', 'ratio', 'relchg', 'div'):
        dp = rule[-1]
        if ref == rule[2]:
            x = exact_of(rule, N)
            return [] if x is None else [q(x, dp)]
        st = g(rule[2])
        if st is None:
            return []
        a = g(rule[3])
        b = rule[4] if k == 'div' else g(rule[4])
        out = []
        try:
            if ref == rule[3] and b:
                if k == 'relchg':
                    approx = st * b / 100 + b
                elif k == 'div':
                    approx = st * b
                else:
                    approx = st * b / 100
            elif k != 'div' and ref == rule[4] and a and st:
                approx = a * 100 / st if k != 'relchg' else a * 100 / (st + 100)
            else:
                return []
        except (ArithmeticError, TypeError):
            return []
        base = int(approx)
        for cand in range(base - 1, base + 3):
            out.append(D(cand))
        return out
    if k == 'eq':
        other = (rule[3], rule[4]) if cell == (rule[1], rule[2]) else (rule[1], rule[2])
        v = N.get(other)
        return [] if v is None else [v]
    return []


# --- formulas ---
TOKEN = re.compile(r'\s*(?:(SUM|ROUND)\(|(\$?[A-Z]+\$?\d+:\$?[A-Z]+\$?\d+)|(\$?[A-Z]+\$?\d+)|(\d+(?:\.\d+)?)|(.))')


def eval_formula(book, sh, f):
    toks = []
    for m in TOKEN.finditer(f):
        fn, rng, ref, n, op = m.groups()
        if fn:
            toks.append(('fn', fn))
        elif rng:
            toks.append(('rng', rng.replace('$', '')))
        elif ref:
            toks.append(('ref', ref.replace('$', '')))
        elif n:
            toks.append(('num', D(n)))
        elif op and op.strip():
            toks.append(('op', op))
    pos = [0]
    refs_used = []

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else (None, None)

    def take():
        t = toks[pos[0]]; pos[0] += 1; return t

    def cellval(ref):
        refs_used.append(ref)
        v, _, _ = book.raw(sh, ref)
        x = raw_number(v)
        return x if x is not None else D(0)

    def atom():
        t, v = take()
        if t == 'num':
            return v
        if t == 'ref':
            return cellval(v)
        if t == 'op' and v == '(':
            x = expr(); take(); return x
        if t == 'op' and v == '-':
            return -atom()
        if t == 'fn':
            args = []
            while True:
                tt, vv = peek()
                if tt == 'rng':
                    take()
                    a_, b_ = vv.split(':')
                    (r0, c0), (r1, c1) = parse_a1(a_), parse_a1(b_)
                    args.append(sum((cellval(a1(r, cc)) for r in range(r0, r1 + 1) for cc in range(c0, c1 + 1)), D(0)))
                else:
                    args.append(expr())
                tt, vv = take()
                if vv == ')':
                    break
            if v == 'SUM':
                return sum(args, D(0))
            return q(args[0], int(args[1]))
        raise ValueError(f'bad formula {f}')

    def term():
        x = atom()
        while peek() in (('op', '*'), ('op', '/')):
            _, o = take(); y = atom()
            x = x * y if o == '*' else x / y
        return x

    def expr():
        x = term()
        while peek() in (('op', '+'), ('op', '-')):
            _, o = take(); y = term()
            x = x + y if o == '+' else x - y
        return x
    val = expr()
    return val, refs_used


def in_range(ref, rng):
    a_, b_ = rng.split(':')
    (r0, c0), (r1, c1) = parse_a1(a_), parse_a1(b_)
    r, c = parse_a1(ref)
    return r0 <= r <= r1 and c0 <= c <= c1


def verify(built):
    problems = []
    kinds_e, kinds_w = {}, {}
    layouts = []
    n_clean = 0
    for c in built:
        path = os.path.join(OUT, c.id + '.json')
        with open(path, encoding='utf-8') as fh:
            cj = json.load(fh)
        P = lambda msg: problems.append(f'{cj["id"]}: {msg}')
        # ---- structure
        for key in ('id', 'layout', 'about', 'sheets', 'tables', 'errors', 'warnings'):
            if key not in cj:
                P(f'missing {key}')
        if os.path.basename(path) != cj['id'] + '.json':
            P('file name differs from id')
        book = Book(cj)
        for s in cj['sheets']:
            for ref, cell in s.get('cells', {}).items():
                r, cc = parse_a1(ref)
                rv = s['rows'][r][cc] if r < len(s['rows']) and cc < len(s['rows'][r]) else None
                if rv != cell['v']:
                    P(f'{s["name"]}!{ref}: rows value {rv!r} != cells v {cell["v"]!r}')
            for m in s.get('merges', []):
                a_, b_ = m.split(':')
                (r0, c0), (r1, c1) = parse_a1(a_), parse_a1(b_)
                for r in range(r0, r1 + 1):
                    for cc in range(c0, c1 + 1):
                        if (r, cc) != (r0, c0):
                            row = s['rows'][r] if r < len(s['rows']) else []
                            if cc < len(row) and row[cc] is not None:
                                P(f'{s["name"]}: merged cell {a1(r, cc)} not empty')
        for t in cj['tables']:
            if t['sheet'] not in book.sheets:
                P(f'table on unknown sheet {t["sheet"]}')
        for e in cj['errors']:
            if e['kind'] not in ('digit', 'transposition', 'sign', 'swap', 'base', 'formula-range', 'term-label',
                                 'cross', 'other'):
                P(f'bad error kind {e["kind"]}')
            kinds_e[e['kind']] = kinds_e.get(e['kind'], 0) + 1
        for w in cj['warnings']:
            if w['kind'] not in ('truncation', 'precision'):
                P(f'bad warning kind {w["kind"]}')
            kinds_w[w['kind']] = kinds_w.get(w['kind'], 0) + 1
        layouts.append(cj['layout'])
        rules = c.rules
        covered = set()
        for rule in rules:
            for sh, ref in rule_cells(rule):
                covered.add((sh, ref))
                if not any(t['sheet'] == sh and in_range(ref, t['range']) for t in cj['tables']):
                    P(f'rule cell {sh}!{ref} outside every table range')
        N0, T0 = book.state()
        # ---- formulas
        stale = set()
        for s in cj['sheets']:
            for ref, cell in s.get('cells', {}).items():
                fmt = cell.get('fmt') or ''
                m = re.search(r'0\.(0+)', fmt)
                if fmt.endswith('%') and isinstance(cell['v'], float):
                    scaled = D(repr(cell['v'])) * 100 * D(10) ** (len(m.group(1)) if m else 0)
                    if abs(scaled - scaled.to_integral_value(rounding=ROUND_DOWN) - D('0.5')) < D('1e-6'):
                        P(f'{s["name"]}!{ref}: % display too close to a rounding tie')
                if 'formula' in cell:
                    val, _ = eval_formula(book, s['name'], cell['formula'])
                    cached = raw_number(cell['v'])
                    if abs(val - cached) > D('1e-12') * max(D(1), abs(val)):
                        stale.add((s['name'], ref))
        # ---- planted cells
        planted = {}   # (sheet, ref) -> value (None when unknown)
        null_culprits = set()
        for e in cj['errors']:
            if isinstance(e['culprit'], list):
                for ref, v in zip(e['culprit'], e['value']):
                    planted[(e['sheet'], ref)] = v
            else:
                planted[(e['sheet'], e['culprit'])] = e['value']
                if e['value'] is None:
                    null_culprits.add((e['sheet'], e['culprit']))
        for w in cj['warnings']:
            planted[(w['sheet'], w['cell'])] = w['value']
        for key in planted:
            if not any(t['sheet'] == key[0] and in_range(key[1], t['range']) for t in cj['tables']):
                P(f'planted cell {key} outside the tables')
            if key not in covered:
                P(f'planted cell {key} is in no rule')

        def apply(N, T, items):
            N = dict(N); T = dict(T)
            for key, v in items:
                if v is None:
                    continue
                if isinstance(v, str):
                    T[key] = v
                else:
                    N[key] = D(repr(v)) if isinstance(v, float) else D(v)
            return N, T
        F0 = failing(rules, N0, T0)
        clean = not cj['errors'] and not cj['warnings']
        if clean:
            n_clean += 1
            if F0:
                P(f'clean case breaks rules: {F0[:3]}')
            if stale:
                P(f'clean case has stale formulas {stale}')
            continue
        for rule in F0:
            if not any(x in planted for x in rule_cells(rule)):
                P(f'rule broken without a planted cell: {rule}')
        for key in planted:
            if not any(key in rule_cells(rule) for rule in F0):
                P(f'planted cell {key} breaks no rule')
        N1, T1 = apply(N0, T0, planted.items())
        F1 = failing(rules, N1, T1)
        for rule in F1:
            if not any(x in null_culprits for x in rule_cells(rule)):
                P(f'after all fixes a rule still fails: {rule}')
        allowed_stale = set()
        for e in cj['errors']:
            if isinstance(e['culprit'], list):
                continue
            key = (e['sheet'], e['culprit'])
            v, fmt, f = book.raw(*key)
            if e['kind'] == 'formula-range':
                if not f or not f.startswith('SUM('):
                    P('formula-range culprit without a SUM formula')
                else:
                    _, used = eval_formula(book, key[0], f)
                    parents = [r for r in rules if r[0] == 'lin' and r[2] == key[1] and r[1] == key[0]
                               and all(kk == 1 for kk, _ in r[3])]
                    ok = any(set(used) < {p for _, p in r[3]} and len({p for _, p in r[3]} - set(used)) == 1
                             for r in parents)
                    if not ok:
                        P('formula-range culprit does not omit exactly one part row')
                    if key in stale:
                        P('formula-range culprit cache differs from its own formula')
            if f and e['kind'] == 'other':
                val, _ = eval_formula(book, key[0], f)
                if key not in stale or val != D(e['value']):
                    P('stale-formula culprit: cache not stale or value != formula result')
                allowed_stale.add(key)
        if stale - allowed_stale:
            P(f'unexpected stale formulas {stale - allowed_stale}')
        # ---- per planted item: decidability
        for i, e in enumerate(cj['errors']):
            others = [(k, v) for k, v in planted.items()
                      if not (isinstance(e['culprit'], list) and k[1] in e['culprit'] and k[0] == e['sheet'])
                      and k != (e['sheet'], e['culprit'] if not isinstance(e['culprit'], list) else None)]
            N2, T2 = apply(N0, T0, others)
            F2 = failing(rules, N2, T2)
            if not F2:
                P(f'error {i} breaks nothing on its own')
                continue
            if e['value'] is None:
                continue
            if e['kind'] == 'term-label':
                N3, T3 = apply(N2, T2, [((e['sheet'], e['culprit']), e['value'])])
                if failing(rules, N3, T3):
                    P('term-label fix does not repair')
                continue
            cands = {x for r in F2 for x in rule_cells(r) if N2.get(x) is not None}
            single = set()
            for x in cands:
                for r in rules:
                    if x not in rule_cells(r):
                        continue
                    for v in solve(r, x, N2):
                        N3 = dict(N2); N3[x] = v
                        if not failing(rules, N3, T2):
                            single.add((x, v))
            if e['kind'] == 'swap':
                if single:
                    P(f'swap repaired by a single cell: {single}')
                a_, b_ = [(e['sheet'], r) for r in e['culprit']]
                N3 = dict(N2); N3[a_], N3[b_] = N2[b_], N2[a_]
                if failing(rules, N3, T2):
                    P('exchanging the swap culprits does not repair')
                if [N3[a_], N3[b_]] != [D(v) for v in e['value']]:
                    P('swap values wrong')
                cl = sorted(cands)
                for ii in range(len(cl)):
                    for jj in range(ii + 1, len(cl)):
                        x, y = cl[ii], cl[jj]
                        if {x, y} == {a_, b_} or N2[x] == N2[y]:
                            continue
                        N4 = dict(N2); N4[x], N4[y] = N2[y], N2[x]
                        if not failing(rules, N4, T2):
                            P(f'another exchange also repairs: {x} {y}')
                continue
            key = (e['sheet'], e['culprit'])
            cells_ok = {x for x, _ in single}
            if cells_ok != {key}:
                P(f'error {e["culprit"]}: single-cell repairs {sorted(single)} (expected only the culprit)')
            elif {v for _, v in single} != {D(repr(e['value'])) if isinstance(e['value'], float) else D(e['value'])}:
                P(f'error {e["culprit"]}: repair value {single} != {e["value"]}')
            # an error on a share output must be more than a rounding slip
            for r in rules:
                if r[0] in ('share', 'ratio', 'relchg', 'div') and r[2] == key[1] and r[1] == key[0]:
                    x = exact_of(r, N2)
                    if x is not None and abs(N2[key] - q(x, r[-1])) <= D(1).scaleb(-r[-1]):
                        P(f'error {key} is within one unit of the last digit (a rounding, not an error)')
        for w in cj['warnings']:
            key = (w['sheet'], w['cell'])
            others = [(k, v) for k, v in planted.items() if k != key]
            N2, T2 = apply(N0, T0, others)
            rs = [r for r in rules if r[0] in ('share', 'ratio', 'relchg', 'div') and (r[1], r[2]) == key]
            if not rs:
                P(f'warning {key} has no share rule')
                continue
            r = rs[0]
            x = exact_of(r, N2)
            dp = r[-1]
            v, fmt, _ = book.raw(*key)
            stated, shown = parse_value(v, fmt)
            right = q(x, dp)
            if D(repr(w['value']) if isinstance(w['value'], float) else w['value']) != right:
                P(f'warning {key}: value {w["value"]} != {right}')
            if w['kind'] == 'truncation':
                if not (stated == qdown(x, dp) and stated != right):
                    P(f'warning {key}: {stated} is not a truncation of {x} at {dp} decimals')
            else:
                if not (shown < dp and stated == q(x, shown) and stated != right):
                    P(f'warning {key}: {stated} is not the rounding of {x} at fewer decimals')
            N3 = dict(N2); N3[key] = right
            if failing(rules, N3, T2):
                P(f'warning {key}: fixing it leaves broken rules')
    return problems, kinds_e, kinds_w, layouts, n_clean


def uncovered_report(built):
    """Numeric cells inside table ranges that no rule mentions (for review; not an error)."""
    out = {}
    for c in built:
        with open(os.path.join(OUT, c.id + '.json'), encoding='utf-8') as fh:
            cj = json.load(fh)
        book = Book(cj)
        covered = {x for r in c.rules for x in rule_cells(r)}
        N, _ = book.state()
        miss = []
        for t in cj['tables']:
            for (sh, ref), v in N.items():
                if sh == t['sheet'] and in_range(ref, t['range']) and v is not None and (sh, ref) not in covered:
                    miss.append(ref)
        if miss:
            out[c.id] = sorted(set(miss), key=parse_a1)
    return out


def main():
    built = write_all()
    problems, ke, kw, layouts, n_clean = verify(built)
    print(f'{len(built)} cases written to {OUT}')
    print(f'clean: {n_clean}, with planted errors/warnings: {len(built) - n_clean}')
    print(f'distinct layouts: {len(set(layouts))}')
    print('errors:', dict(sorted(ke.items())), 'total', sum(ke.values()))
    print('warnings:', dict(sorted(kw.items())), 'total', sum(kw.values()))
    if '-v' in sys.argv:
        for cid, miss in uncovered_report(built).items():
            print('  not in any rule:', cid, ' '.join(miss))
    ids = [c.id for c in built]
    if len(set(ids)) != len(ids):
        problems.append('duplicate ids')
    if problems:
        print('PROBLEMS:')
        for p in problems:
            print('  ' + p)
        sys.exit(1)
    print('verification: OK')


if __name__ == '__main__':
    main()
