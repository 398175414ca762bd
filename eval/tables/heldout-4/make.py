#!/usr/bin/env python3
"""Generator of the sealed table cases (part heldout4, ids q01-...).

Standard library only.  Every total, share, difference, ratio and expected
value is computed with decimal.Decimal, ROUND_HALF_UP.  Planted errors and
warnings are applied *after* the correct table has been built, by overwriting
one cell (or two for a swap) and recording the cell and its right value.

Run:  python3 make.py        -> writes cases/<id>.json and SUMMARY.md
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'cases')


# ----------------------------------------------------------------- arithmetic
def D(x):
    return x if isinstance(x, Decimal) else Decimal(str(x))


def rnd(x, nd=2):
    return D(x).quantize(Decimal(1).scaleb(-nd), rounding=ROUND_HALF_UP)


def cut(x, nd=2):
    return D(x).quantize(Decimal(1).scaleb(-nd), rounding=ROUND_DOWN)


def pct(a, b, nd=2):
    """a / b x 100 rounded half up at nd decimals."""
    return rnd(D(a) * 100 / D(b), nd)


def pct_cut(a, b, nd=2):
    return cut(D(a) * 100 / D(b), nd)


def vi(x, nd=0, plus=False):
    """vi-VN text: '.' thousands, ',' decimals."""
    d = rnd(x, nd)
    sign = '-' if d < 0 else ('+' if plus and d > 0 else '')
    s = format(abs(d), 'f')
    ip, _, fp = s.partition('.')
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    out = '.'.join(groups)
    if nd:
        out += ',' + fp
    return sign + out


def num(d):
    """Decimal -> JSON number (int when integral and written without decimals)."""
    if isinstance(d, Decimal):
        if d == d.to_integral_value() and d.as_tuple().exponent >= 0:
            return int(d)
        return float(d)
    return d


# ----------------------------------------------------------------- cells
class N:
    """A numeric cell with an Excel number format and/or a formula."""

    def __init__(self, v, fmt=None, formula=None):
        self.v = v
        self.fmt = fmt
        self.formula = formula


def P2(d):
    return N(D(d), '0.00')


def P1(d):
    return N(D(d), '0.0')


def col_letter(c):
    s = ''
    c += 1
    while c:
        c, r = divmod(c - 1, 26)
        s = chr(65 + r) + s
    return s


def a1(r, c):
    return '%s%d' % (col_letter(c), r + 1)


def rng(r0, c0, r1, c1):
    return '%s:%s' % (a1(r0, c0), a1(r1, c1))


class Sheet:
    def __init__(self, name):
        self.name = name
        self.rows = []
        self.merges = []

    def add(self, vals=()):
        self.rows.append(list(vals))
        return len(self.rows) - 1

    def set(self, r, c, v):
        row = self.rows[r]
        while len(row) <= c:
            row.append(None)
        row[c] = v

    def get(self, r, c):
        row = self.rows[r]
        return row[c] if c < len(row) else None

    def merge(self, r0, c0, r1, c1):
        self.merges.append(rng(r0, c0, r1, c1))

    def export(self):
        rows, cells = [], {}
        for r, row in enumerate(self.rows):
            out = []
            for c, v in enumerate(row):
                if isinstance(v, N):
                    jv = num(v.v)
                    spec = {'v': jv}
                    if v.fmt:
                        spec['fmt'] = v.fmt
                    if v.formula:
                        spec['formula'] = v.formula
                    cells[a1(r, c)] = spec
                    out.append(jv)
                else:
                    out.append(num(v))
            # drop trailing None
            while out and out[-1] is None:
                out.pop()
            rows.append(out)
        d = {'name': self.name, 'rows': rows}
        if self.merges:
            d['merges'] = self.merges
        if cells:
            d['cells'] = cells
        return d


class Case:
    def __init__(self, slug, layout, about):
        self.slug = slug
        self.layout = layout
        self.about = about
        self.sheets = []
        self.tables = []
        self.errors = []
        self.warnings = []

    def sheet(self, name):
        s = Sheet(name)
        self.sheets.append(s)
        return s

    def table(self, sh, r0, r1, c0, c1):
        self.tables.append({'sheet': sh.name, 'range': rng(r0, c0, r1, c1),
                            '_b': (r0, c0, r1, c1)})

    def plant(self, sh, r, c, typed, right, kind, note):
        """Overwrite one cell with a slip; record the right value."""
        sh.set(r, c, typed)
        self.errors.append({'sheet': sh.name, 'culprit': a1(r, c), 'value': num(D(right)) if not isinstance(right, str) else right,
                            'kind': kind, 'note': note})

    def plant_swap(self, sh, cells, typed, right, note):
        for (r, c), t in zip(cells, typed):
            sh.set(r, c, t)
        self.errors.append({'sheet': sh.name, 'culprit': [a1(r, c) for r, c in cells],
                            'value': [num(D(v)) for v in right], 'kind': 'swap', 'note': note})

    def warn(self, sh, r, c, typed, right, kind, note):
        sh.set(r, c, typed)
        self.warnings.append({'sheet': sh.name, 'cell': a1(r, c), 'kind': kind,
                              'value': num(D(right)), 'note': note})

    def export(self, cid):
        return {
            'id': cid,
            'layout': self.layout,
            'about': self.about,
            'sheets': [s.export() for s in self.sheets],
            'tables': [{'sheet': t['sheet'], 'range': t['range']} for t in self.tables],
            'errors': self.errors,
            'warnings': self.warnings,
        }


def cnt(v, text=False):
    """A count, as a number or as vi-VN text."""
    return vi(v) if text else int(v)


def hdr(sh, cells):
    return sh.add(cells)


# =================================================================== CASES
# Each function returns a Case.  The order and the ids are fixed in ORDER.

def k_dv_toan_tinh_dau():
    c = Case('dang-vien-dang-bo-toan-tinh-dau', 'units-as-rows-total-first',
             'Party members of the 14 party committees under the provincial committee, "Toàn tỉnh" row first; '
             'Chia ra (chính thức, dự bị) beside overlapping Trong đó (nữ, DTTS, tôn giáo); share of women of each row; '
             'figures partly typed as vi-VN text')
    sh = c.sheet('ĐV 2023')
    sh.add(['TỈNH ỦY SÓC TRĂNG', None, None, None, None, None, 'ĐẢNG CỘNG SẢN VIỆT NAM'])
    sh.add(['BAN TỔ CHỨC'])
    sh.add([])
    sh.add(['TỔNG HỢP SỐ LƯỢNG ĐẢNG VIÊN CỦA CÁC ĐẢNG BỘ TRỰC THUỘC TỈNH ỦY'])
    sh.add(['(Có đến ngày 31/12/2023)'])
    sh.add([None] * 7 + ['Đơn vị tính: đảng viên'])
    h0 = sh.add(['STT', 'Đơn vị', 'Tổng số đảng viên', 'Chia ra', None, 'Trong đó', None, None, 'Tỷ lệ đảng viên nữ (%)'])
    sh.add([None, None, None, 'Chính thức', 'Dự bị', 'Nữ', 'Dân tộc thiểu số', 'Tôn giáo', None])
    for col in (0, 1, 2, 8):
        sh.merge(h0, col, h0 + 1, col)
    sh.merge(h0, 3, h0, 4)
    sh.merge(h0, 5, h0, 7)
    units = [
        ('Thành phố Sóc Trăng', 4218, 142, 1693, 612, 305),
        ('Thị xã Vĩnh Châu', 2876, 131, 905, 1288, 96),
        ('Thị xã Ngã Năm', 1954, 77, 640, 102, 58),
        ('Huyện Châu Thành', 2301, 98, 782, 498, 71),
        ('Huyện Kế Sách', 2988, 115, 1012, 188, 143),
        ('Huyện Mỹ Tú', 2215, 104, 731, 577, 66),
        ('Huyện Cù Lao Dung', 1507, 63, 488, 35, 41),
        ('Huyện Long Phú', 2143, 88, 702, 704, 52),
        ('Huyện Mỹ Xuyên ', 2467, 109, 826, 861, 118),
        ('Huyện Thạnh Trị', 1889, 72, 617, 622, 39),
        ('Huyện Trần Đề', 2102, 95, 668, 915, 47),
        ('Đảng bộ Khối Cơ quan - Doanh nghiệp tỉnh', 5360, 87, 2544, 403, 129),
        ('Đảng bộ Quân sự tỉnh', 1620, 38, 96, 188, 12),
        ('Đảng bộ Công an tỉnh', 2315, 64, 402, 237, 20),
    ]
    tot = [sum(u[i] for u in units) for i in range(1, 6)]

    def line(stt, name, t, db, nu, dt, tg, text):
        return [stt, name, cnt(t, text), cnt(t - db, text), cnt(db, text), cnt(nu, text), cnt(dt, text), cnt(tg, text),
                vi(pct(nu, t), 2) if text else P2(pct(nu, t))]
    sh.add(line(None, 'Toàn tỉnh', *tot, text=True))
    for i, u in enumerate(units, 1):
        last = sh.add(line(i, *u, text=(i % 3 == 0)))
    c.table(sh, h0, last, 0, 8)
    sh.add([])
    sh.add(['Nguồn: Báo cáo thống kê đảng viên năm 2023 của các đảng bộ trực thuộc.'])
    return c


def k_tccs_hai_nhiem_ky():
    c = Case('to-chuc-dang-hai-nhiem-ky', 'terms-as-columns-difference-ratio',
             'Party organisations and members, term 2015 - 2020 against 2020 - 2025, with Tăng (+), giảm (-) and So sánh (%); '
             'parts move against the total (đảng bộ cơ sở +4 while TCCSĐ -27, DTTS falls while members rise)')
    sh = c.sheet('So sanh 2 NK')
    sh.add(['BIỂU 01'])
    sh.add(['MỘT SỐ CHỈ TIÊU VỀ TỔ CHỨC ĐẢNG VÀ ĐẢNG VIÊN CỦA ĐẢNG BỘ TỈNH QUA HAI NHIỆM KỲ'])
    sh.add([])
    h0 = sh.add(['STT', 'Chỉ tiêu', 'ĐVT', 'Nhiệm kỳ 2015 - 2020', 'Nhiệm kỳ 2020 - 2025',
                 'Nhiệm kỳ 2020 - 2025 so với nhiệm kỳ 2015 - 2020', None])
    sh.add([None, None, None, None, None, 'Tăng (+), giảm (-)', 'So sánh (%)'])
    for col in range(5):
        sh.merge(h0, col, h0 + 1, col)
    sh.merge(h0, 5, h0, 6)
    data = [
        ('1', 'Tổng số tổ chức cơ sở đảng', 'tổ chức', 525, 498),
        ('-', 'Đảng bộ cơ sở', 'tổ chức', 167, 171),
        ('-', 'Chi bộ cơ sở', 'tổ chức', 358, 327),
        ('2', 'Chi bộ trực thuộc đảng ủy cơ sở', 'chi bộ', 1703, 1523),
        (None, 'Trong đó: chi bộ ấp, khu vực', 'chi bộ', 531, 525),
        ('3', 'Tổng số đảng viên', 'người', 31874, 33509),
        (None, 'Trong đó: - Nữ', 'người', 10102, 11262),
        (None, '               - Dân tộc thiểu số', 'người', 688, 654),
        (None, '               - Người theo tôn giáo', 'người', 512, 539),
        ('4', 'Kết nạp đảng viên trong nhiệm kỳ', 'người', 4987, 5214),
        ('5', 'Đảng viên bị thi hành kỷ luật', 'người', 702, 689),
        ('6', 'Tổ chức đảng bị thi hành kỷ luật', 'tổ chức', 9, 4),
    ]
    for i, (stt, lab, u, a, b) in enumerate(data):
        diff = b - a
        dcell = vi(diff, plus=True) if (i % 2 == 0) else diff
        last = sh.add([stt, lab, u, a, b, dcell, P2(pct(b, a))])
    c.table(sh, h0, last, 0, 6)
    return c


def k_xeploai_dv_nam_hang():
    c = Case('xep-loai-dang-vien-nam-theo-hang', 'years-as-rows-nested-ratings',
             'Member ratings 2020-2024, years down the rows, no STT; HTTNV counted including HTXSNV (header says so), '
             'HTTNV + HTNV + KHTNV = total, HTXSNV <= HTTNV, shares on the row total')
    sh = c.sheet('XL ĐV')
    sh.add(['ĐẢNG BỘ HUYỆN PHỤNG HIỆP'])
    sh.add(['KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN GIAI ĐOẠN 2020 - 2024'])
    sh.add([])
    h0 = sh.add(['Năm', 'Tổng số ĐV được đánh giá, xếp loại', 'Hoàn thành tốt nhiệm vụ (kể cả HTXSNV)', None,
                 'Trong đó: Hoàn thành xuất sắc nhiệm vụ', None, 'Hoàn thành nhiệm vụ', None,
                 'Không hoàn thành nhiệm vụ', None])
    sh.add([None, None] + ['Số lượng', 'Tỷ lệ (%)'] * 4)
    sh.merge(h0, 0, h0 + 1, 0)
    sh.merge(h0, 1, h0 + 1, 1)
    for k in range(4):
        sh.merge(h0, 2 + 2 * k, h0, 3 + 2 * k)
    data = [(2020, 4488, 4021, 602, 421, 46), (2021, 4553, 4102, 615, 409, 42), (2022, 4610, 4187, 658, 385, 38),
            (2023, 4702, 4309, 689, 357, 36), (2024, 4765, 4398, 702, 335, 32)]
    for y, t, tot_, xs, ht, kht in data:
        assert tot_ + ht + kht == t and xs <= tot_
        last = sh.add([y, t, tot_, P2(pct(tot_, t)), xs, P2(pct(xs, t)), ht, P2(pct(ht, t)), kht, P2(pct(kht, t))])
    c.table(sh, h0, last, 0, 9)
    sh.add([])
    sh.add(['Ghi chú: Tỷ lệ tính trên tổng số đảng viên được đánh giá, xếp loại của từng năm.'])
    return c


def k_thu_ngan_sach_kh():
    c = Case('thu-ngan-sach-du-toan-thuc-hien', 'plan-actual-percent',
             'District budget revenue 2024 in triệu đồng with one decimal: dự toán tỉnh giao / huyện giao / ước thực hiện, '
             'two % columns (4=3/1, 5=3/2); A = I + II; a Trong đó row; block B (bổ sung from above) is not part of A')
    sh = c.sheet('Thu NS 2024')
    sh.add(['UBND HUYỆN CHÂU THÀNH A'])
    sh.add(['ƯỚC THỰC HIỆN THU NGÂN SÁCH NHÀ NƯỚC NĂM 2024'])
    sh.add([None] * 5 + ['ĐVT: triệu đồng'])
    h0 = sh.add(['STT', 'Nội dung', 'Dự toán năm 2024', None, 'Ước thực hiện năm 2024', 'So sánh (%)', None])
    sh.add([None, None, 'Tỉnh giao', 'Huyện giao', None, 'So với DT tỉnh giao', 'So với DT huyện giao'])
    sh.add(['A', 'B', '1', '2', '3', '4=3/1', '5=3/2'])
    sh.merge(h0, 0, h0 + 1, 0)
    sh.merge(h0, 1, h0 + 1, 1)
    sh.merge(h0, 2, h0, 3)
    sh.merge(h0, 4, h0 + 1, 4)
    sh.merge(h0, 5, h0, 6)
    F = '#,##0.0'
    items = [
        ('1', 'Thu từ doanh nghiệp và cá nhân sản xuất kinh doanh', '18500', '19200', '20315.6'),
        ('2', 'Lệ phí trước bạ', '9800', '10000', '9432.7'),
        ('3', 'Thuế thu nhập cá nhân', '4200', '4300', '4876.1'),
        ('4', 'Thu phí, lệ phí', '1650', '1700', '1811.4'),
        ('5', 'Thuế sử dụng đất phi nông nghiệp', '180', '190', '176.3'),
        ('6', 'Thu khác ngân sách', '1200', '1300', '1529.8'),
    ]
    sub_nqd = ('Trong đó: thu từ khu vực ngoài quốc doanh', '12000', '12500', '13108.2')
    land = ('II', 'Thu tiền sử dụng đất', '25000', '30000', '22746.5')
    b_items = [('-', 'Bổ sung cân đối', '312450', '312450', '312450'),
               ('-', 'Bổ sung có mục tiêu', '58320.4', '58320.4', '49870.3')]
    I = [sum(D(x[k]) for x in items) for k in (2, 3, 4)]
    A = [I[k] + D(land[2 + k]) for k in range(3)]
    B = [sum(D(x[k]) for x in b_items) for k in (2, 3, 4)]

    def row(stt, lab, a, b, t):
        a, b, t = D(a), D(b), D(t)
        return [stt, lab, N(rnd(a, 1), F), N(rnd(b, 1), F), N(rnd(t, 1), F), P1(pct(t, a, 1)), P1(pct(t, b, 1))]
    sh.add(row('A', 'TỔNG THU NSNN TRÊN ĐỊA BÀN (A = I + II)', *A))
    sh.add(row('I', 'Thu nội địa (không kể tiền sử dụng đất)', *I))
    for k, it in enumerate(items):
        sh.add(row(*it))
        if k == 0:
            sh.add(row(None, *sub_nqd))
    sh.add(row(*land))
    sh.add(row('B', 'THU BỔ SUNG TỪ NGÂN SÁCH CẤP TRÊN', *B))
    for it in b_items:
        last = sh.add(row(*it))
    c.table(sh, h0, last, 0, 6)
    return c


def k_tyle_xeploai_pct_only():
    c = Case('ty-le-xep-loai-tccs-chi-phan-tram', 'percent-only',
             'Percent-only table: shares of the four rating levels of grassroots party organisations per district committee, '
             'levels disjoint (they make 100); a "Cộng" column typed 100; some rows add to 99,99 or 100,01 by rounding; '
             'zeros typed "-"')
    sh = c.sheet('TL xếp loại 2023')
    sh.add(['BAN TỔ CHỨC TỈNH ỦY HẬU GIANG'])
    sh.add(['TỶ LỆ XẾP LOẠI CHẤT LƯỢNG TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2023'])
    sh.add([None] * 6 + ['Đơn vị tính: %'])
    h0 = sh.add(['STT', 'Đảng bộ', 'HTXSNV', 'HTTNV', 'HTNV', 'Không HTNV', 'Cộng'])
    units = [
        ('Thành phố Vị Thanh', 8, 30, 3, 0), ('Thị xã Long Mỹ', 7, 27, 4, 0), ('Thành phố Ngã Bảy', 6, 26, 3, 0),
        ('Huyện Châu Thành', 9, 38, 4, 1), ('Huyện Châu Thành A', 11, 41, 5, 0), ('Huyện Phụng Hiệp', 13, 50, 7, 1),
        ('Huyện Vị Thủy', 9, 33, 4, 0), ('Huyện Long Mỹ', 8, 35, 5, 1), ('Đảng bộ Khối các cơ quan và DN tỉnh', 15, 62, 6, 0),
        ('Đảng bộ Quân sự tỉnh', 4, 8, 0, 0), ('Đảng bộ Công an tỉnh', 5, 9, 0, 0),
    ]
    sums = []

    def row(stt, name, xs, t, ht, k):
        n = xs + t + ht + k
        vals = [pct(x, n) for x in (xs, t, ht, k)]
        sums.append(sum(vals))
        return [stt, name] + [(P2(v) if v else '-') for v in vals] + [P2(Decimal('100'))]
    tot = [sum(u[i] for u in units) for i in range(1, 5)]
    sh.add(row(None, 'Toàn Đảng bộ tỉnh', *tot))
    for i, u in enumerate(units, 1):
        last = sh.add(row(i, *u))
    assert any(s != 100 for s in sums), sums
    assert all(abs(s - 100) <= Decimal('0.02') for s in sums)
    c.table(sh, h0, last, 0, 6)
    sh.add(['(Tỷ lệ tính trên số tổ chức cơ sở đảng được đánh giá, xếp loại)'])
    return c


def k_bau_cu_hai_bang():
    c = Case('bau-cu-hdnd-xa-hai-bang', 'two-tables-one-sheet-column-numbers',
             'Elections to commune people\'s councils 2021 - 2026: turnout by commune with a "(1) (2) (3)" number row, '
             'phiếu hợp lệ + không hợp lệ = cử tri đã bỏ phiếu, Cộng last; second table on the same sheet: votes per '
             'candidate in one constituency (5 of 7 elected), votes sum to more than the valid ballots, shares on valid ballots')
    sh = c.sheet('KQ bầu cử')
    sh.add(['ỦY BAN BẦU CỬ HUYỆN PHỤNG HIỆP'])
    sh.add(['KẾT QUẢ BẦU CỬ ĐẠI BIỂU HỘI ĐỒNG NHÂN DÂN CẤP XÃ NHIỆM KỲ 2021 - 2026'])
    sh.add([])
    h0 = sh.add(['STT', 'Đơn vị', 'Tổng số cử tri', 'Số cử tri đã tham gia bỏ phiếu', 'Tỷ lệ (%)',
                 'Số phiếu hợp lệ', 'Số phiếu không hợp lệ', 'Số đại biểu trúng cử'])
    sh.add(['(1)', '(2)', '(3)', '(4)', '(5)=(4)/(3)x100', '(6)', '(7)', '(8)'])
    communes = [('Xã Tân Bình', 9845, 9801, 112, 25), ('Xã Hòa An', 11236, 11190, 97, 27),
                ('Xã Phương Bình', 8120, 8098, 145, 25), ('Xã Long Thạnh', 12874, 12830, 88, 30),
                ('Xã Hòa Mỹ', 7655, 7629, 64, 25), ('Xã Tân Long', 9210, 9158, 131, 25),
                ('Thị trấn Cây Dương', 10533, 10471, 76, 27), ('Thị trấn Búng Tàu', 8802, 8774, 59, 25)]
    for i, (n, ct, bp, khl, db) in enumerate(communes, 1):
        sh.add([i, n, ct, bp, P2(pct(bp, ct)), bp - khl, khl, db])
    T = [sum(x[k] for x in communes) for k in (1, 2, 3, 4)]
    last = sh.add([None, 'Cộng', T[0], T[1], P2(pct(T[1], T[0])), T[1] - T[2], T[2], T[3]])
    c.table(sh, h0, last, 0, 7)
    sh.add([])
    sh.add([])
    sh.add(['KẾT QUẢ BẦU CỬ TẠI ĐƠN VỊ BẦU CỬ SỐ 2 - XÃ HÒA AN (bầu 05 đại biểu)'])
    g0 = sh.add(['STT', 'Nội dung', 'Số lượng', 'Tỷ lệ (%)', 'Ghi chú'])
    ct, bp, hl = 2403, 2391, 2318
    sh.add(['I', 'Tổng số cử tri của đơn vị bầu cử', ct, None, None])
    sh.add(['II', 'Số cử tri đã tham gia bỏ phiếu (tỷ lệ so với tổng số cử tri)', bp, P2(pct(bp, ct)), None])
    sh.add(['III', 'Số phiếu hợp lệ (tỷ lệ so với số phiếu thu vào)', hl, P2(pct(hl, bp)), None])
    sh.add(['IV', 'Số phiếu bầu cho từng người ứng cử (tỷ lệ so với số phiếu hợp lệ)', None, None, None])
    cands = [('Nguyễn Văn Hùng', 2105), ('Trần Thị Mỹ Linh', 1987), ('Lê Văn Tám', 1876), ('Phạm Thị Ngọc Hân', 1702),
             ('Huỳnh Văn Lợi', 1654), ('Võ Thị Bé Ba', 1123), ('Đặng Văn Sơn', 954)]
    for i, (n, v) in enumerate(cands, 1):
        last = sh.add([i, n, v, P2(pct(v, hl)), 'Trúng cử' if i <= 5 else None])
    c.table(sh, g0, last, 0, 4)
    return c


def k_ket_nap_p1():
    c = Case('bieu-2-ket-nap-ky-nay-cung-ky', 'P1-current-vs-same-period',
             'Biểu 2 pattern P1: kỳ này / cùng kỳ năm trước / (%) index with number row "4(=2*100/3)"; overlapping '
             'Trong đó under I, age bands summing to I with a Tuổi bình quân row, III block siblings; a 0 base written "-"')
    sh = c.sheet('Biểu 2')
    sh.add(['HUYỆN ỦY THẠNH TRỊ', None, None, 'Biểu số 2-BTCTW'])
    sh.add(['BAN TỔ CHỨC', None, None, 'Đvt: Người'])
    sh.add(['THỐNG KÊ ĐẢNG VIÊN MỚI KẾT NẠP NĂM 2023'])
    h0 = sh.add(['Tiêu chí', 'Thực hiện', None, '(%) kỳ này so với cùng kỳ năm trước'])
    sh.add([None, 'Kỳ này', 'Cùng kỳ năm trước', None])
    sh.add(['1', '2', '3', '4(=2*100/3)'])
    sh.merge(h0, 0, h0 + 1, 0)
    sh.merge(h0, 1, h0, 2)
    sh.merge(h0, 3, h0 + 1, 3)

    def r(lab, a, b, nd=2):
        if a is None:
            return sh.add([lab])
        return sh.add([lab, a, b, P2(pct(a, b, nd)) if b else '-'])
    r('I. Tổng số đảng viên mới kết nạp', 214, 198)
    r('   - Nữ', 97, 85)
    r('   - Dân tộc thiểu số', 6, 9)
    r('   - Người theo tôn giáo', 11, 7)
    r('   - Đoàn viên Đoàn TNCS Hồ Chí Minh', 162, 141)
    r('   - Kết nạp lại', 1, 0)
    r('II. Phân tích đảng viên mới kết nạp', None, None)
    r('2. Tuổi đời', None, None)
    bands = [('   - Từ 18 đến 30 tuổi', 151, 129), ('   - Từ 31 đến 35 tuổi', 28, 30), ('   - Từ 36 đến 40 tuổi', 17, 19),
             ('   - Từ 41 đến 45 tuổi', 10, 11), ('   - Từ 46 đến 50 tuổi', 5, 6), ('   - Từ 51 đến 55 tuổi', 2, 2),
             ('   - Từ 56 đến 60 tuổi', 1, 1), ('   - Trên 60 tuổi', 0, 0)]
    assert sum(b[1] for b in bands) == 214 and sum(b[2] for b in bands) == 198
    for b in bands:
        r(*b)
    a, b = D('27.6'), D('28.3')
    sh.add(['   - Tuổi bình quân', P1(a), P1(b), P2(pct(a, b))])
    r('3. Trình độ giáo dục phổ thông', None, None)
    edu = [('   - Tiểu học', 2, 3), ('   - Trung học cơ sở', 19, 24), ('   - Trung học phổ thông', 193, 171)]
    assert sum(e[1] for e in edu) == 214 and sum(e[2] for e in edu) == 198
    for e in edu:
        r(*e)
    r('III. Số tổ chức cơ sở đảng có đến cuối kỳ báo cáo', 61, 62)
    r('1. Đảng bộ cơ sở', 19, 19)
    r('   Trong đó: + Có kết nạp đảng viên', 17, 18)
    r('2. Chi bộ cơ sở', 42, 43)
    last = r('   Trong đó: + Có kết nạp đảng viên', 25, 22)
    c.table(sh, h0, last, 0, 3)
    sh.add([])
    sh.add(['NGƯỜI LẬP BIỂU', None, 'TRƯỞNG BAN'])
    return c


def k_tuoi_dang_huy_hieu():
    c = Case('tuoi-dang-va-huy-hieu', 'years-as-columns-cumulative-and-disjoint',
             'Two roman blocks: cumulative thresholds "có đủ 30/40/50/60 năm tuổi Đảng trở lên" (nested, never summed, block '
             'row empty) and badges awarded in the year (disjoint, sum to II); a blank row between the blocks; Tăng, giảm')
    sh = c.sheet('Huy hiệu')
    sh.add(['ĐẢNG BỘ THÀNH PHỐ BẠC LIÊU'])
    sh.add(['ĐẢNG VIÊN CÓ TUỔI ĐẢNG CAO VÀ KẾT QUẢ TRAO TẶNG HUY HIỆU ĐẢNG NĂM 2022 - 2023'])
    sh.add([])
    h0 = sh.add(['STT', 'Nội dung', 'Năm 2022', 'Năm 2023', 'Tăng (+), giảm (-)'])
    sh.add(['I', 'Đảng viên có tuổi Đảng cao (có đến 31/12)', None, None, None])
    cum = [('1', 'Có đủ 30 năm tuổi Đảng trở lên', 3915, 4072), ('2', 'Có đủ 40 năm tuổi Đảng trở lên', 1288, 1370),
           ('3', 'Có đủ 50 năm tuổi Đảng trở lên', 512, 498), ('4', 'Có đủ 60 năm tuổi Đảng trở lên', 97, 101)]
    for s, l, a, b in cum:
        sh.add([s, l, a, b, b - a])
    sh.add([])
    badges = [('30', 318, 295), ('40', 121, 136), ('45', 64, 70), ('50', 58, 49), ('55', 22, 27), ('60', 9, 11),
              ('65', 4, 3), ('70', 1, 2)]
    A = sum(x[1] for x in badges)
    B = sum(x[2] for x in badges)
    sh.add(['II', 'Số Huy hiệu Đảng được trao tặng trong năm', A, B, B - A])
    for i, (y, a, b) in enumerate(badges, 1):
        last = sh.add([i, 'Huy hiệu %s năm tuổi Đảng' % y, a, b, b - a])
    c.table(sh, h0, last, 0, 4)
    return c


def k_bhyt_xa():
    c = Case('bao-hiem-y-te-theo-xa', 'communes-as-rows-rate-vs-target',
             'Health-insurance coverage by commune: population, insured, coverage % (of the row), a target column that is '
             'a constant not a sum, an "Đạt / Chưa đạt" text column; Toàn huyện last, its rate from the totals')
    sh = c.sheet('BHYT 2024')
    sh.add(['UBND HUYỆN PHỤNG HIỆP'])
    sh.add(['TỶ LỆ NGƯỜI DÂN THAM GIA BẢO HIỂM Y TẾ NĂM 2024'])
    sh.add([])
    h0 = sh.add(['TT', 'Xã, thị trấn', 'Dân số trung bình (người)', 'Số người tham gia BHYT (người)',
                 'Tỷ lệ bao phủ (%)', 'Chỉ tiêu giao (%)', 'Đánh giá'])
    data = [('Thị trấn Ngã Sáu', 14652, 14021, '93.5'), ('Xã Đông Thạnh', 9874, 9315, '93.5'),
            ('Xã Đông Phước', 11235, 10402, '93.5'), ('Xã Đông Phước A', 8960, 8417, '93.5'),
            ('Xã Phú Hữu', 12708, 11803, '92.0'), ('Xã Phú Tân', 10417, 9622, '92.0'),
            ('Thị trấn Mái Dầm', 9561, 9127, '93.5'), ('Xã Đông Phú', 13342, 12290, '92.0'),
            ('Xã Phú An', 9018, 8203, '92.0')]
    for i, (n, ds, bh, ct) in enumerate(data, 1):
        r = pct(bh, ds)
        sh.add([i, n, ds, bh, P2(r), P1(D(ct)), 'Đạt' if r >= D(ct) else 'Chưa đạt'])
    ds = sum(x[1] for x in data)
    bh = sum(x[2] for x in data)
    r = pct(bh, ds)
    last = sh.add([None, 'Toàn huyện', ds, bh, P2(r), P1(D('93.0')), 'Đạt' if r >= 93 else 'Chưa đạt'])
    c.table(sh, h0, last, 0, 6)
    return c


def k_doan_the_nam_cot():
    c = Case('doan-vien-hoi-vien-5-nam', 'years-as-columns-no-total',
             'Mass organisations 2020-2024, years as numeric column headers, per-row unit (tổ chức / người), no total row '
             '(organisations are not additive), 2024 against 2020: difference and ratio; several organisations shrink')
    sh = c.sheet('Đoàn thể')
    sh.add(['BAN DÂN VẬN HUYỆN ỦY'])
    sh.add(['SỐ LƯỢNG ĐOÀN VIÊN, HỘI VIÊN CÁC TỔ CHỨC CHÍNH TRỊ - XÃ HỘI HUYỆN GIAI ĐOẠN 2020 - 2024'])
    sh.add([])
    h0 = sh.add(['Tổ chức', 'Đơn vị tính', 2020, 2021, 2022, 2023, 2024, 'Năm 2024 so với năm 2020', None])
    sh.add([None] * 7 + ['Tăng (+), giảm (-)', 'So sánh (%)'])
    for col in range(7):
        sh.merge(h0, col, h0 + 1, col)
    sh.merge(h0, 7, h0, 8)
    data = [('Ủy ban MTTQ Việt Nam huyện - số tổ chức thành viên', 'tổ chức', [28, 28, 29, 29, 31]),
            ('Đoàn TNCS Hồ Chí Minh', 'đoàn viên', [6412, 6235, 6018, 5872, 5790]),
            ('Hội Liên hiệp Phụ nữ', 'hội viên', [14820, 15106, 15390, 15688, 15904]),
            ('Hội Nông dân', 'hội viên', [12350, 12412, 12398, 12505, 12601]),
            ('Hội Cựu chiến binh', 'hội viên', [1815, 1842, 1830, 1851, 1867]),
            ('Công đoàn (LĐLĐ huyện)', 'đoàn viên', [3120, 3187, 3240, 3225, 3298])]
    for n, u, v in data:
        last = sh.add([n, u] + v + [vi(v[4] - v[0], plus=True), P2(pct(v[4], v[0]))])
    c.table(sh, h0, last, 0, 8)
    sh.add([])
    sh.add(['Nguồn: Báo cáo tổng kết năm của MTTQ và các đoàn thể chính trị - xã hội huyện.'])
    return c


def k_truong_chuan_formula():
    c = Case('truong-dat-chuan-cong-thuc', 'formulas-percent-format',
             'Schools meeting national standards by level: SUM formulas (correct, cached values right) in the Cộng row and '
             'for Tổng = Mức độ 1 + Mức độ 2, shares as formulas with a 0.00% number format')
    sh = c.sheet('Trường chuẩn')
    sh.add(['PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN VỊ THỦY'])
    sh.add(['TRƯỜNG ĐẠT CHUẨN QUỐC GIA (đến 31/12/2024)'])
    sh.add([])
    h0 = sh.add(['STT', 'Cấp học', 'Tổng số trường', 'Trường đạt chuẩn quốc gia', None, None, 'Tỷ lệ trường đạt chuẩn'])
    sh.add([None, None, None, 'Tổng số', 'Mức độ 1', 'Mức độ 2', None])
    sh.merge(h0, 0, h0 + 1, 0)
    sh.merge(h0, 1, h0 + 1, 1)
    sh.merge(h0, 2, h0 + 1, 2)
    sh.merge(h0, 3, h0, 5)
    sh.merge(h0, 6, h0 + 1, 6)
    data = [('Mầm non', 18, 10, 3), ('Tiểu học', 21, 12, 6), ('Trung học cơ sở', 12, 7, 3),
            ('Trường liên cấp Tiểu học và THCS', 3, 1, 0)]
    first = len(sh.rows)
    for i, (n, t, m1, m2) in enumerate(data, 1):
        r = len(sh.rows)
        sh.add([i, n, t, N(m1 + m2, None, 'SUM(%s:%s)' % (a1(r, 4), a1(r, 5))), m1, m2,
                N(D(m1 + m2) / D(t), '0.00%', '%s/%s' % (a1(r, 3), a1(r, 2)))])
    lastd = len(sh.rows) - 1
    r = len(sh.rows)
    T = [sum(x[k] for x in data) for k in (1, 2, 3)]
    row = [None, 'Cộng']
    for k, col in enumerate((2, 3, 4, 5)):
        v = [T[0], T[1] + T[2], T[1], T[2]][k]
        row.append(N(v, None, 'SUM(%s:%s)' % (a1(first, col), a1(lastd, col))))
    row.append(N(D(T[1] + T[2]) / D(T[0]), '0.00%', '%s/%s' % (a1(r, 3), a1(r, 2))))
    last = sh.add(row)
    c.table(sh, h0, last, 0, 6)
    return c


def k_ho_ngheo_hai_sheet_clean():
    c = Case('ho-ngheo-chi-tiet-va-tong-hop', 'two-sheets-summary',
             'Poverty review 2024: sheet "Chi tiết" by commune grouped I. Thị trấn / II. Xã with subtotals and '
             'Toàn huyện (I+II); sheet "Tổng hợp" carries the district figures for 2023 and 2024 with changes, the rates '
             'changing in percentage points')
    d = c.sheet('Chi tiết')
    d.add(['BCĐ GIẢM NGHÈO HUYỆN PHỤNG HIỆP'])
    d.add(['KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO NĂM 2024 (theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025)'])
    d.add([])
    h0 = d.add(['STT', 'Xã, thị trấn', 'Tổng số hộ', 'Hộ nghèo', None, 'Hộ cận nghèo', None])
    d.add([None, None, None, 'Số hộ', 'Tỷ lệ (%)', 'Số hộ', 'Tỷ lệ (%)'])
    d.merge(h0, 0, h0 + 1, 0)
    d.merge(h0, 1, h0 + 1, 1)
    d.merge(h0, 2, h0 + 1, 2)
    d.merge(h0, 3, h0, 4)
    d.merge(h0, 5, h0, 6)
    tt = [('Thị trấn Cây Dương', 3120, 58, 97), ('Thị trấn Kinh Cùng', 2874, 61, 88), ('Thị trấn Búng Tàu', 2215, 49, 73)]
    xa = [('Xã Tân Bình', 3412, 121, 140), ('Xã Hòa An', 3980, 133, 152), ('Xã Phương Bình', 2766, 118, 109),
          ('Xã Long Thạnh', 4105, 142, 167), ('Xã Hòa Mỹ', 2490, 97, 101), ('Xã Tân Long', 2633, 88, 112),
          ('Xã Hiệp Hưng', 3021, 109, 126)]

    def row(stt, n, h, ng, cn):
        return d.add([stt, n, h, ng, P2(pct(ng, h)), cn, P2(pct(cn, h))])
    S1 = [sum(x[k] for x in tt) for k in (1, 2, 3)]
    S2 = [sum(x[k] for x in xa) for k in (1, 2, 3)]
    ST = [S1[k] + S2[k] for k in range(3)]
    row('I', 'Thị trấn', *S1)
    for i, x in enumerate(tt, 1):
        row(i, *x)
    row('II', 'Xã', *S2)
    for i, x in enumerate(xa, 1):
        row(i, *x)
    last = row(None, 'Toàn huyện (I+II)', *ST)
    c.table(d, h0, last, 0, 6)

    s = c.sheet('Tổng hợp')
    s.add(['TỔNG HỢP KẾT QUẢ GIẢM NGHÈO TOÀN HUYỆN'])
    s.add([])
    g0 = s.add(['TT', 'Chỉ tiêu', 'ĐVT', 'Năm 2023', 'Năm 2024', 'Tăng (+), giảm (-)'])
    prev = (28406, 1311, 1497)
    s.add([1, 'Tổng số hộ dân cư', 'hộ', prev[0], ST[0], ST[0] - prev[0]])
    s.add([2, 'Số hộ nghèo', 'hộ', prev[1], ST[1], ST[1] - prev[1]])
    a, b = pct(prev[1], prev[0]), pct(ST[1], ST[0])
    s.add([3, 'Tỷ lệ hộ nghèo', '%', P2(a), P2(b), P2(b - a)])
    s.add([4, 'Số hộ cận nghèo', 'hộ', prev[2], ST[2], ST[2] - prev[2]])
    a, b = pct(prev[2], prev[0]), pct(ST[2], ST[0])
    last = s.add([5, 'Tỷ lệ hộ cận nghèo', '%', P2(a), P2(b), P2(b - a)])
    c.table(s, g0, last, 0, 5)
    s.add(['(Số liệu năm 2024 lấy từ biểu chi tiết theo xã, thị trấn)'])
    return c


def k_ky_luat_nhiem_ky():
    c = Case('ky-luat-dang-hai-nhiem-ky-ghi-chu', 'terms-as-columns-notes-ghi-chu',
             'Party discipline, term 2015 - 2020 against 2020 - 2025 (to 30/6/2025), notes above and below, a Ghi chú column; '
             'Chia ra by form of discipline; a part falls more than the total (khiển trách -23 vs -22), Trong đó rows rise '
             'while the total falls; the Ghi chú text restates 62 + 10 = 72')
    sh = c.sheet('Kỷ luật')
    sh.add(['ỦY BAN KIỂM TRA HUYỆN ỦY'])
    sh.add(['(Số liệu do Ủy ban Kiểm tra Huyện ủy tổng hợp, tính đến ngày 30/6/2025)'])
    sh.add(['KẾT QUẢ THI HÀNH KỶ LUẬT ĐẢNG NHIỆM KỲ 2020 - 2025 SO VỚI NHIỆM KỲ 2015 - 2020'])
    sh.add([])
    h0 = sh.add(['STT', 'Nội dung', 'Nhiệm kỳ 2015 - 2020', 'Nhiệm kỳ 2020 - 2025',
                 'Tăng (+), giảm (-) so với nhiệm kỳ 2015 - 2020', 'Ghi chú'])
    rows = [(1, 'Tổ chức đảng bị thi hành kỷ luật', 3, 1, None),
            (2, 'Đảng viên bị thi hành kỷ luật', 112, 90, None),
            (None, 'Chia ra: - Khiển trách', 71, 48, None),
            (None, '             - Cảnh cáo', 25, 27, None),
            (None, '             - Cách chức', 6, 5, None),
            (None, '             - Khai trừ', 10, 10, None),
            (None, 'Trong đó: cấp ủy viên các cấp', 19, 23, None),
            (None, 'Trong đó: cán bộ diện BTV Huyện ủy quản lý', 5, 7, None),
            (3, 'Đảng viên bị đình chỉ sinh hoạt đảng', 4, 5, None),
            (4, 'Xóa tên, cho ra khỏi Đảng', 71, 72, 'NK 2020 - 2025: xóa tên 62 đ/c, cho ra khỏi Đảng 10 đ/c')]
    assert 71 + 25 + 6 + 10 == 112 and 48 + 27 + 5 + 10 == 90
    for s_, l, a, b, g in rows:
        last = sh.add([s_, l, a, b, vi(b - a, plus=True) if b != a else '0', g])
    c.table(sh, h0, last, 0, 5)
    sh.add([])
    sh.add(['Ghi chú: Số liệu nhiệm kỳ 2020 - 2025 tính đến ngày 30/6/2025; không tính kỷ luật về Đảng đối với '
            'đảng viên bị xử lý hình sự.'])
    return c


# ------------------------------------------------------------ cases with slips

def k_bieu5_loai_hinh():
    c = Case('bieu-5-loai-hinh-co-so', 'official-form-3-row-header-column-rules',
             'Biểu 5-BTCTW: party organisations and members by type of base unit, 3-row header, number row '
             '"2 (=3+4)", Cộng (1+….+11), gồm / a) b) c) / dash levels')
    sh = c.sheet('Biểu 5')
    sh.add(['TỈNH ỦY BẠC LIÊU', None, None, None, None, None, 'Biểu số 5-BTCTW'])
    sh.add(['BAN TỔ CHỨC'])
    sh.add(['THỐNG KÊ TỔ CHỨC ĐẢNG VÀ ĐẢNG VIÊN TRONG CÁC LOẠI HÌNH CƠ SỞ NĂM 2024'])
    sh.add([])
    h0 = sh.add(['Loại hình tổ chức cơ sở đảng', 'Số tổ chức cơ sở đảng', None, None,
                 'Tổ chức đảng trực thuộc Đảng bộ cơ sở', None, 'Tổng số đảng viên'])
    sh.add([None, 'Tổng số', 'Chia ra', None, 'Chia ra', None, None])
    sh.add([None, None, 'Đảng bộ cơ sở', 'Chi bộ cơ sở', 'Đảng bộ bộ phận', 'Chi bộ trực thuộc', None])
    sh.add(['1', '2 (=3+4)', '3', '4', '5', '6', '7'])
    sh.merge(h0, 0, h0 + 2, 0)
    sh.merge(h0, 1, h0, 3)
    sh.merge(h0 + 1, 1, h0 + 2, 1)
    sh.merge(h0 + 1, 2, h0 + 1, 3)
    sh.merge(h0, 4, h0, 5)
    sh.merge(h0 + 1, 4, h0 + 1, 5)
    sh.merge(h0, 6, h0 + 2, 6)
    # label, ĐBCS, CBCS, ĐBBP, CB trực thuộc, ĐV ; leaves only, parents computed
    leaf = {
        '1': ('1. Xã', 49, 0, 0, 612, 9854),
        '2': ('2. Phường', 10, 0, 0, 118, 2210),
        '3': ('3. Thị trấn', 5, 0, 0, 61, 1187),
        '4': ('4. Cơ quan Đảng, Mặt trận Tổ quốc, đoàn thể chính trị - xã hội', 2, 31, 0, 14, 602),
        '5': ('5. Cơ quan Nhà nước', 6, 68, 2, 71, 3105),
        '6a': ('    a) Công lập', 12, 94, 3, 88, 5268),
        '6b': ('    b) Ngoài công lập', 0, 3, 0, 0, 52),
        '7': ('7. Quân đội', 9, 22, 4, 96, 2415),
        '8': ('8. Công an', 7, 18, 0, 63, 1893),
        '9a1': ('        - Nhà nước nắm giữ 100% vốn điều lệ', 2, 3, 0, 15, 190),
        '9a2': ('        - Nhà nước nắm giữ từ 50% trở lên vốn điều lệ', 1, 2, 0, 6, 63),
        '9a3': ('        - Nhà nước nắm giữ dưới 50% vốn điều lệ', 0, 1, 0, 0, 15),
        '9b1': ('        - Công ty cổ phần', 0, 6, 0, 0, 71),
        '9b2': ('        - Doanh nghiệp tư nhân', 0, 4, 0, 0, 38),
        '9b3': ('        - Công ty trách nhiệm hữu hạn', 0, 9, 0, 0, 105),
        '9b4': ('        - Công ty hợp danh', 0, 0, 0, 0, 0),
        '9b5': ('        - Doanh nghiệp có vốn đầu tư nước ngoài', 0, 0, 0, 0, 0),
        '9c': ('    c) Hợp tác xã', 0, 5, 0, 0, 31),
        '10': ('10. Tổ chức cơ sở đảng ở ngoài nước', 0, 0, 0, 0, 0),
        '11': ('11. Loại hình cơ sở khác', 0, 4, 0, 0, 36),
    }

    def ssum(keys):
        return [sum(leaf[k][i] for k in keys) for i in range(1, 6)]
    v6 = ssum(['6a', '6b'])
    v9a = ssum(['9a1', '9a2', '9a3'])
    v9b = ssum(['9b1', '9b2', '9b3', '9b4', '9b5'])
    v9 = [v9a[i] + v9b[i] + leaf['9c'][i + 1] for i in range(5)]
    top = ['1', '2', '3', '4', '5', '7', '8', '10', '11']
    tot = [sum(leaf[k][i] for k in top) + v6[i - 1] + v9[i - 1] for i in range(1, 6)]
    pos = {}

    def row(key, lab, v):
        z = lambda x: x if x else '-'
        pos[key] = sh.add([lab, v[0] + v[1], z(v[0]), z(v[1]), z(v[2]), z(v[3]), z(v[4])])
    for k in ['1', '2', '3', '4', '5']:
        row(k, leaf[k][0], leaf[k][1:])
    row('6', '6. Đơn vị sự nghiệp, gồm:', v6)
    row('6a', leaf['6a'][0], leaf['6a'][1:])
    row('6b', leaf['6b'][0], leaf['6b'][1:])
    for k in ['7', '8']:
        row(k, leaf[k][0], leaf[k][1:])
    row('9', '9. Doanh nghiệp và hợp tác xã', v9)
    row('9a', '    a) Doanh nghiệp có vốn Nhà nước', v9a)
    for k in ['9a1', '9a2', '9a3']:
        row(k, leaf[k][0], leaf[k][1:])
    row('9b', '    b) Doanh nghiệp ngoài khu vực Nhà nước', v9b)
    for k in ['9b1', '9b2', '9b3', '9b4', '9b5', '9c', '10', '11']:
        row(k, leaf[k][0], leaf[k][1:])
    row('T', 'Cộng (1+….+11)', tot)
    c.table(sh, h0, pos['T'], 0, 6)
    sh.add([])
    sh.add(['NGƯỜI LẬP BIỂU', None, None, None, 'TRƯỞNG BAN'])
    c.plant(sh, pos['5'], 3, 63, 68, 'digit',
            'Chi bộ cơ sở of "5. Cơ quan Nhà nước" typed 63 for 68: row 2 (=3+4) gives 74 = 6 + 68 and the Cộng of '
            'column 4 is the sum with 68')
    return c


def k_dv_dang_bo_text():
    c = Case('dang-vien-dang-bo-chu-so-van-ban', 'units-as-rows-text-figures-chia-ra-trong-do',
             'Party members by district committee, every figure typed as vi-VN text, "Tổng cộng" last; Chia ra '
             '(chính thức, dự bị) beside Trong đó (nữ, DTTS, tôn giáo), share of women of the row')
    sh = c.sheet('Sheet1')
    sh.add(['SỐ LƯỢNG ĐẢNG VIÊN CÁC ĐẢNG BỘ HUYỆN, THỊ XÃ, THÀNH PHỐ VÀ ĐẢNG BỘ TRỰC THUỘC'])
    sh.add(['(đến ngày 30/11/2024)'])
    h0 = sh.add(['TT', 'Đảng bộ', 'Tổng số ĐV', 'Chia ra', None, 'Trong đó', None, None, 'Tỷ lệ ĐV nữ (%)'])
    sh.add([None, None, None, 'Chính thức', 'Dự bị', 'Nữ', 'DTTS', 'Tôn giáo', None])
    for col in (0, 1, 2, 8):
        sh.merge(h0, col, h0 + 1, col)
    sh.merge(h0, 3, h0, 4)
    sh.merge(h0, 5, h0, 7)
    units = [('TP Bạc Liêu', 4106, 121, 1688, 214, 187), ('TX Giá Rai', 2873, 96, 1002, 88, 142),
             ('H. Hồng Dân', 2105, 84, 689, 197, 96), ('H. Phước Long', 2219, 79, 741, 156, 118),
             ('H. Vĩnh Lợi', 1524, 58, 512, 231, 64), ('H. Hòa Bình', 1987, 73, 655, 92, 88),
             ('H. Đông Hải', 2344, 90, 728, 64, 102), ('ĐB Khối CQ&DN tỉnh', 3988, 67, 1896, 122, 73),
             ('ĐB Quân sự tỉnh', 1236, 31, 88, 45, 9), ('ĐB Công an tỉnh', 1802, 52, 311, 98, 15),
             ('ĐB Bộ đội Biên phòng tỉnh', 957, 22, 41, 33, 5)]
    pos = {}
    for i, (n, t, db, nu, dt, tg) in enumerate(units, 1):
        pos[n] = sh.add([i, n, vi(t), vi(t - db), vi(db), vi(nu), vi(dt), vi(tg), vi(pct(nu, t), 2)])
    T = [sum(u[k] for u in units) for k in range(1, 6)]
    last = sh.add([None, 'Tổng cộng', vi(T[0]), vi(T[0] - T[1]), vi(T[1]), vi(T[2]), vi(T[3]), vi(T[4]),
                   vi(pct(T[2], T[0]), 2)])
    c.table(sh, h0, last, 0, 8)
    c.plant(sh, pos['H. Vĩnh Lợi'], 2, '1.254', 1524, 'transposition',
            '"1.254" typed for 1.524: chính thức 1.466 + dự bị 58 = 1.524, the Tổng cộng 25.141 needs 1.524, '
            'and 512 nữ = 33,60% of 1.524')
    return c


def k_xeploai_tccs_dang_bo():
    c = Case('xep-loai-tccs-cac-dang-bo', 'units-as-rows-ratings-disjoint',
             'Ratings of grassroots organisations 2023 by district committee: 4 disjoint levels (count + % of those '
             'evaluated), total organisations >= evaluated, Tổng cộng last')
    sh = c.sheet('XL TCCS 2023')
    sh.add(['BAN TỔ CHỨC TỈNH ỦY SÓC TRĂNG'])
    sh.add(['KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2023'])
    sh.add([None] * 10 + ['Đơn vị tính: tổ chức'])
    h0 = sh.add(['STT', 'Đơn vị', 'Tổng số TCCSĐ', 'Số TCCSĐ được đánh giá', 'HTXSNV', None, 'HTTNV', None,
                 'HTNV', None, 'KHTNV', None])
    sh.add([None] * 4 + ['SL', '%'] * 4)
    for col in range(4):
        sh.merge(h0, col, h0 + 1, col)
    for k in range(4):
        sh.merge(h0, 4 + 2 * k, h0, 5 + 2 * k)
    units = [('Huyện Thạnh Trị', 46, 45, 8, 32, 4, 1), ('Huyện Mỹ Tú', 52, 52, 9, 38, 5, 0),
             ('Huyện Kế Sách', 61, 60, 11, 43, 5, 1), ('Huyện Châu Thành', 48, 48, 9, 34, 4, 1),
             ('Huyện Long Phú', 50, 49, 8, 36, 5, 0), ('Huyện Cù Lao Dung', 33, 33, 6, 24, 3, 0),
             ('Huyện Trần Đề', 55, 54, 10, 38, 6, 0), ('Huyện Mỹ Xuyên', 58, 58, 10, 42, 5, 1),
             ('Thị xã Vĩnh Châu', 47, 46, 8, 33, 4, 1)]
    pos = {}

    def row(stt, n, t, dg, *lv):
        assert sum(lv) == dg
        out = [stt, n, t, dg]
        for x in lv:
            out += [x, P2(pct(x, dg))]
        return sh.add(out)
    for i, u in enumerate(units, 1):
        pos[u[0]] = row(i, *u)
    T = [sum(u[k] for u in units) for k in range(1, 7)]
    last = row(None, 'Tổng cộng', *T)
    c.table(sh, h0, last, 0, 11)
    r = pos['Huyện Kế Sách']
    c.plant_swap(sh, [(r, 8), (r, 10)], [1, 5], [5, 1],
                 'HTNV and KHTNV of Huyện Kế Sách swapped (typed 1 and 5, should be 5 and 1): the row still adds to 60 '
                 'but the % cells 8,33 / 1,67 and the column totals 41 / 5 need 5 and 1')
    r = pos['Huyện Thạnh Trị']
    c.warn(sh, r, 5, P2(pct_cut(8, 45)), pct(8, 45), 'truncation', '8/45 = 17,777…% written 17,77 (rounded: 17,78)')
    return c


def k_ket_nap_nam_cot():
    c = Case('ket-nap-4-nam-theo-dang-bo', 'years-as-columns-row-total-change',
             'Admissions 2021-2024 by party committee of one district: years as columns, Tổng 4 năm, change 2024 vs '
             '2023 typed with explicit signs, Cộng last')
    sh = c.sheet('Kết nạp')
    sh.add(['HUYỆN ỦY CHÂU THÀNH'])
    sh.add(['KẾT QUẢ KẾT NẠP ĐẢNG VIÊN GIAI ĐOẠN 2021 - 2024'])
    sh.add([None] * 6 + ['ĐVT: đảng viên'])
    h0 = sh.add(['STT', 'Đảng bộ, chi bộ cơ sở', 'Năm 2021', 'Năm 2022', 'Năm 2023', 'Năm 2024', 'Tổng 4 năm',
                 'Năm 2024 so với năm 2023 tăng (+), giảm (-)'])
    data = [('Đảng bộ thị trấn Ngã Sáu', 12, 14, 11, 15), ('Đảng bộ xã Đông Thạnh', 8, 7, 9, 10),
            ('Đảng bộ xã Đông Phước', 9, 11, 10, 7), ('Đảng bộ xã Đông Phước A', 6, 8, 7, 7),
            ('Đảng bộ xã Phú Hữu', 10, 9, 12, 11), ('Đảng bộ xã Phú Tân', 7, 6, 8, 9),
            ('Đảng bộ thị trấn Mái Dầm', 11, 10, 9, 12), ('Đảng bộ xã Đông Phú', 9, 12, 10, 8),
            ('Đảng bộ xã Phú An', 5, 7, 6, 6), ('Các chi bộ cơ sở khối huyện', 14, 16, 15, 18)]

    def ch(d):
        return vi(d, plus=True) if d else '0'
    pos = {}
    for i, (n, *v) in enumerate(data, 1):
        pos[n] = sh.add([i, n] + v + [sum(v), ch(v[3] - v[2])])
    T = [sum(x[k] for x in data) for k in range(1, 5)]
    last = sh.add([None, 'Cộng', *T, sum(T), ch(T[3] - T[2])])
    c.table(sh, h0, last, 0, 7)
    chg = [x[4] - x[3] for x in data]
    wrong_sum = sum(chg) + 6
    c.plant(sh, pos['Đảng bộ xã Đông Phước'], 7, '+3', -3, 'sign',
            'Đông Phước fell from 10 (2023) to 7 (2024): the change is -3, typed "+3"; the column of changes then adds '
            'to %s instead of the Cộng %s' % (vi(wrong_sum, plus=True), vi(T[3] - T[2], plus=True)))
    return c


def k_cap_uy_co_so():
    c = Case('co-cau-cap-uy-xa-nhiem-ky-moi', 'units-as-rows-total-first-shares',
             'Structure of commune party committees elected for 2025 - 2030: Toàn huyện first, Chia ra (tái cử / lần đầu), '
             'nữ, trẻ, DTTS each with a share of the row total')
    sh = c.sheet('Cấp ủy cơ sở')
    sh.add(['BAN TỔ CHỨC HUYỆN ỦY PHỤNG HIỆP'])
    sh.add(['CƠ CẤU BAN CHẤP HÀNH ĐẢNG BỘ CÁC XÃ, THỊ TRẤN NHIỆM KỲ 2025 - 2030'])
    sh.add([None] * 9 + ['Đvt: đ/c'])
    h0 = sh.add(['TT', 'Đảng bộ', 'Tổng số cấp ủy viên', 'Chia ra', None, 'Nữ', None, 'Trẻ (dưới 42 tuổi)', None,
                 'Dân tộc thiểu số', None])
    sh.add([None, None, None, 'Tái cử', 'Tham gia lần đầu', 'SL', 'TL (%)', 'SL', 'TL (%)', 'SL', 'TL (%)'])
    for col in (0, 1, 2):
        sh.merge(h0, col, h0 + 1, col)
    for col in (3, 5, 7, 9):
        sh.merge(h0, col, h0, col + 1)
    data = [('Xã Hòa An', 15, 10, 4, 3, 2), ('Xã Tân Bình', 15, 9, 3, 4, 0), ('Xã Phương Bình', 13, 9, 3, 2, 1),
            ('Xã Long Thạnh', 15, 11, 5, 4, 0), ('Xã Hòa Mỹ', 13, 8, 2, 3, 3), ('Xã Tân Long', 13, 9, 4, 2, 0),
            ('Thị trấn Cây Dương', 15, 10, 4, 5, 1), ('Thị trấn Búng Tàu ', 13, 8, 3, 3, 0)]

    def row(stt, n, t, tc, nu, tre, dt):
        return sh.add([stt, n, t, tc, t - tc, nu, P2(pct(nu, t)), tre, P2(pct(tre, t)), dt, P2(pct(dt, t))])
    T = [sum(x[k] for x in data) for k in range(1, 6)]
    row(None, 'Toàn huyện', *T)
    pos = {}
    for i, x in enumerate(data, 1):
        pos[x[0]] = last = row(i, *x)
    c.table(sh, h0, last, 0, 10)
    bad = pct(5, T[0])
    c.plant(sh, pos['Xã Long Thạnh'], 6, P2(bad), pct(5, 15), 'base',
            'Nữ share of Xã Long Thạnh computed on the Toàn huyện total: 5/%d = %s; on its own 15 members it is 33,33'
            % (T[0], vi(bad, 2)))
    return c


def k_thu_ns_xa_formula():
    c = Case('thu-ngan-sach-xa-9-thang-cong-thuc', 'formulas-sum-range',
             'Commune budget revenue, 9 months of 2024 (triệu đồng, one decimal): estimate, actual, % of estimate; '
             'Tổng cộng with SUM formulas and a ROUND formula for its %')
    sh = c.sheet('Thu NS xã')
    sh.add(['UBND HUYỆN CHÂU THÀNH A - PHÒNG TÀI CHÍNH - KẾ HOẠCH'])
    sh.add(['KẾT QUẢ THU NGÂN SÁCH CÁC XÃ, THỊ TRẤN 9 THÁNG ĐẦU NĂM 2024'])
    sh.add([None] * 4 + ['ĐVT: triệu đồng'])
    h0 = sh.add(['STT', 'Xã, thị trấn', 'Dự toán năm 2024', 'Thực hiện 9 tháng', 'Tỷ lệ so với dự toán (%)'])
    F = '#,##0.0'
    data = [('Thị trấn Một Ngàn', '2850.0', '2311.4'), ('Thị trấn Bảy Ngàn', '2215.5', '1789.2'),
            ('Thị trấn Cái Tắc', '2640.0', '2198.8'), ('Xã Tân Hòa', '1620.0', '1104.7'),
            ('Xã Trường Long Tây', '1480.0', '1217.3'), ('Xã Trường Long A', '1350.0', '982.6'),
            ('Xã Nhơn Nghĩa A', '1710.0', '1433.9'), ('Xã Thạnh Xuân', '1390.0', '1051.5')]
    first = len(sh.rows)
    for i, (n, a, b) in enumerate(data, 1):
        sh.add([i, n, N(D(a), F), N(D(b), F), P2(pct(b, a))])
    lastd = len(sh.rows) - 1
    r = len(sh.rows)
    A = sum(D(x[1]) for x in data)
    B = sum(D(x[2]) for x in data)
    Bwrong = sum(D(x[2]) for x in data[:-1])
    last = sh.add([None, 'Tổng cộng', N(A, F, 'SUM(%s:%s)' % (a1(first, 2), a1(lastd, 2))),
                   N(B, F, 'SUM(%s:%s)' % (a1(first, 3), a1(lastd, 3))),
                   N(pct(Bwrong, A), '0.00', 'ROUND(%s/%s*100,2)' % (a1(r, 3), a1(r, 2)))])
    c.table(sh, h0, last, 0, 4)
    sh.add([])
    sh.add(['Nguồn: Kho bạc Nhà nước huyện, số liệu đến 30/9/2024.'])
    c.plant(sh, r, 3, N(Bwrong, F, 'SUM(%s:%s)' % (a1(first, 3), a1(lastd - 1, 3))), B, 'formula-range',
            'SUM(D%d:D%d) stops one row short and leaves out Xã Thạnh Xuân (1.051,5); the 8 communes add to %s '
            '(the ROUND %% cell beside it follows the short total)' % (first + 1, lastd, vi(B, 1)))
    return c


def k_hoi_vien_stale():
    c = Case('hoi-vien-phu-nu-nong-dan-theo-xa', 'formulas-cached',
             'Women\'s Union and Farmers\' Union members by commune with SUM formulas in the Cộng row; women\'s-union '
             'coverage % of women aged 18+; farmers\' union members with a Trong đó nữ column')
    sh = c.sheet('Hội viên')
    sh.add(['BAN DÂN VẬN HUYỆN ỦY GÒ QUAO'])
    sh.add(['SỐ LƯỢNG HỘI VIÊN HỘI LHPN VÀ HỘI NÔNG DÂN CÁC XÃ, THỊ TRẤN (đến 30/6/2024)'])
    sh.add([])
    h0 = sh.add(['STT', 'Xã, thị trấn', 'Hội Liên hiệp Phụ nữ', None, None, 'Hội Nông dân', None])
    sh.add([None, None, 'Phụ nữ từ 18 tuổi trở lên', 'Số hội viên', 'Tỷ lệ tập hợp (%)', 'Số hội viên',
            'Trong đó: hội viên nữ'])
    sh.merge(h0, 0, h0 + 1, 0)
    sh.merge(h0, 1, h0 + 1, 1)
    sh.merge(h0, 2, h0, 4)
    sh.merge(h0, 5, h0, 6)
    data = [('Thị trấn Gò Quao', 3120, 2214, 604, 188), ('Xã Vĩnh Hòa Hưng Bắc', 3875, 3012, 1295, 402),
            ('Xã Vĩnh Hòa Hưng Nam', 2964, 2388, 1104, 351), ('Xã Định Hòa', 3342, 2630, 1187, 379),
            ('Xã Thới Quản', 2718, 2105, 1021, 296), ('Xã Định An', 3056, 2466, 1133, 340),
            ('Xã Thủy Liễu', 2890, 2301, 1248, 385), ('Xã Vĩnh Tuy', 3411, 2779, 1219, 371)]
    first = len(sh.rows)
    for i, (n, pn, hv, nd, nu) in enumerate(data, 1):
        sh.add([i, n, pn, hv, P2(pct(hv, pn)), nd, nu])
    lastd = len(sh.rows) - 1
    r = len(sh.rows)
    T = [sum(x[k] for x in data) for k in range(1, 5)]

    def s(col, v):
        return N(v, None, 'SUM(%s:%s)' % (a1(first, col), a1(lastd, col)))
    last = sh.add([None, 'Cộng', s(2, T[0]), s(3, T[1]),
                   N(pct(T[1], T[0]), '0.00', 'ROUND(%s/%s*100,2)' % (a1(r, 3), a1(r, 2))), s(5, T[2]), s(6, T[3])])
    c.table(sh, h0, last, 0, 6)
    stale = T[2] - 27
    c.plant(sh, r, 5, N(stale, None, 'SUM(%s:%s)' % (a1(first, 5), a1(lastd, 5))), T[2], 'other',
            'Cached value of SUM(F%d:F%d) is %s but the cells add to %s: the workbook was saved without recalculating '
            'after Xã Thủy Liễu was corrected (1.221 -> 1.248)' % (first + 1, lastd + 1, vi(stale), vi(T[2])))
    return c


def k_so_sanh_nhiem_ky_header():
    c = Case('chi-tieu-xay-dung-dang-2-nhiem-ky', 'terms-as-columns-merged-comparison-header',
             'Party-building indicators, term 2015 - 2020 against 2020 - 2025, comparison columns under a merged header '
             'naming the term compared against; per-row units (người, lượt, lớp)')
    sh = c.sheet('So sánh NK')
    sh.add(['HUYỆN ỦY LONG MỸ'])
    sh.add(['MỘT SỐ CHỈ TIÊU CÔNG TÁC XÂY DỰNG ĐẢNG NHIỆM KỲ 2020 - 2025'])
    sh.add([])
    h0 = sh.add(['STT', 'Chỉ tiêu', 'ĐVT', 'Nhiệm kỳ 2015 - 2020', 'Nhiệm kỳ 2020 - 2025',
                 'So với nhiệm kỳ 2015 - 2020', None])
    sh.add([None, None, None, None, None, 'Tăng (+), giảm (-)', 'Tỷ lệ (%)'])
    for col in range(5):
        sh.merge(h0, col, h0 + 1, col)
    sh.merge(h0, 5, h0, 6)
    data = [('Kết nạp đảng viên mới', 'người', 1386, 1512), ('Đảng viên được tặng Huy hiệu Đảng', 'người', 1204, 1377),
            ('Tổ chức đảng được kiểm tra', 'lượt', 412, 398), ('Đảng viên được kiểm tra', 'lượt', 1096, 1184),
            ('Đảng viên bị thi hành kỷ luật', 'người', 97, 90), ('Lớp bồi dưỡng lý luận chính trị', 'lớp', 112, 126),
            ('Học viên được bồi dưỡng', 'lượt người', 8430, 9215)]
    for i, (n, u, a, b) in enumerate(data, 1):
        last = sh.add([i, n, u, a, b, b - a, P2(pct(b, a))])
    c.table(sh, h0, last, 0, 6)
    c.plant(sh, h0, 5, 'So với nhiệm kỳ 2010 - 2015', 'So với nhiệm kỳ 2015 - 2020', 'term-label',
            'The comparison columns are 2020 - 2025 against 2015 - 2020 (every difference and ratio uses the '
            '2015 - 2020 column) but the merged header names nhiệm kỳ 2010 - 2015')
    return c


def k_bch_cac_nhiem_ky():
    c = Case('ban-chap-hanh-qua-cac-nhiem-ky', 'terms-as-rows-ghi-chu',
             'Structure of the district executive committee over five terms, terms down the rows, shares of the row, '
             'a Ghi chú column naming the congress of each term')
    sh = c.sheet('BCH qua các NK')
    sh.add(['CƠ CẤU BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN QUA CÁC NHIỆM KỲ'])
    sh.add([])
    h0 = sh.add(['Nhiệm kỳ', 'Số ủy viên BCH', 'Nữ', None, 'Trẻ dưới 40 tuổi', None, 'Trình độ sau đại học', None,
                 'Ghi chú'])
    sh.add([None, None, 'SL', 'Tỷ lệ (%)', 'SL', 'Tỷ lệ (%)', 'SL', 'Tỷ lệ (%)', None])
    sh.merge(h0, 0, h0 + 1, 0)
    sh.merge(h0, 1, h0 + 1, 1)
    for col in (2, 4, 6):
        sh.merge(h0, col, h0, col + 1)
    sh.merge(h0, 8, h0 + 1, 8)
    data = [('2005 - 2010', 39, 5, 6, 1, 'Đại hội lần thứ IX'), ('2010 - 2015', 43, 6, 7, 3, 'Đại hội lần thứ X'),
            ('2015 - 2020', 45, 7, 6, 8, 'Đại hội lần thứ XI'), ('2020 - 2025', 47, 9, 7, 14, 'Đại hội lần thứ XII'),
            ('2025 - 2030', 45, 10, 8, 19, 'Đại hội lần thứ XIII')]
    pos = []
    for t, n, nu, tr, sdh, g in data:
        pos.append(sh.add([t, n, nu, P2(pct(nu, n)), tr, P2(pct(tr, n)), sdh, P2(pct(sdh, n)), g]))
    c.table(sh, h0, pos[-1], 0, 8)
    sh.add([])
    sh.add(['Ghi chú: nhiệm kỳ 2025 - 2030 theo kết quả Đại hội đại biểu Đảng bộ huyện lần thứ XIII.'])
    c.plant(sh, pos[3], 0, '2015 - 2020', '2020 - 2025', 'term-label',
            'The fourth term row repeats "2015 - 2020"; it lies between 2015 - 2020 and 2025 - 2030 and its Ghi chú is '
            'Đại hội lần thứ XII, so it is 2020 - 2025')
    return c


def k_ho_ngheo_cross():
    c = Case('ho-ngheo-xa-va-khu-vuc', 'two-sheets-summary',
             'Poverty review 2024: sheet "Xã" lists the ten communes with Cộng; sheet "Tổng hợp" splits the district into '
             'thị trấn / nông thôn (1 = 1.1 + 1.2) with the same columns and rates')
    d = c.sheet('Xã')
    d.add(['KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO CUỐI NĂM 2024 - HUYỆN THẠNH TRỊ'])
    d.add([])
    h0 = d.add(['STT', 'Xã, thị trấn', 'Tổng số hộ', 'Hộ nghèo', 'Tỷ lệ hộ nghèo (%)', 'Hộ cận nghèo',
                'Tỷ lệ hộ cận nghèo (%)'])
    tt = [('TT. Phú Lộc', 4812, 96, 131), ('TT. Hưng Lợi', 2735, 88, 102)]
    xa = [('Xã Lâm Tân', 2410, 141, 118), ('Xã Thạnh Tân', 2688, 129, 137), ('Xã Lâm Kiết', 1987, 117, 95),
          ('Xã Tuân Tức', 2546, 158, 121), ('Xã Vĩnh Thành', 2233, 102, 109), ('Xã Thạnh Trị', 2104, 97, 88),
          ('Xã Vĩnh Lợi', 2319, 119, 126), ('Xã Châu Hưng', 2205, 105, 97)]
    for i, (n, h, ng, cn) in enumerate(tt + xa, 1):
        d.add([i, n, h, ng, P2(pct(ng, h)), cn, P2(pct(cn, h))])
    S1 = [sum(x[k] for x in tt) for k in (1, 2, 3)]
    S2 = [sum(x[k] for x in xa) for k in (1, 2, 3)]
    ST = [S1[k] + S2[k] for k in range(3)]
    last = d.add([None, 'Cộng', ST[0], ST[1], P2(pct(ST[1], ST[0])), ST[2], P2(pct(ST[2], ST[0]))])
    c.table(d, h0, last, 0, 6)

    s = c.sheet('Tổng hợp')
    s.add(['TỔNG HỢP HỘ NGHÈO, HỘ CẬN NGHÈO THEO KHU VỰC NĂM 2024'])
    s.add([])
    g0 = s.add(['STT', 'Khu vực', 'Tổng số hộ', 'Hộ nghèo', 'Tỷ lệ (%)', 'Hộ cận nghèo', 'Tỷ lệ (%)'])
    rows = {}
    for key, stt, lab, v in (('T', '1', 'Toàn huyện', ST), ('1', '1.1', 'Khu vực thị trấn', S1),
                             ('2', '1.2', 'Khu vực nông thôn (xã)', S2)):
        rows[key] = s.add([stt, lab, v[0], v[1], P2(pct(v[1], v[0])), v[2], P2(pct(v[2], v[0]))])
    c.table(s, g0, rows['2'], 0, 6)
    s.add(['Ghi chú: tổng hợp từ biểu theo xã, thị trấn.'])
    c.plant(s, rows['2'], 3, 1042, S2[1], 'cross',
            'Hộ nghèo of khu vực nông thôn typed 1.042 (the figure of the previous review); the eight xã on sheet "Xã" '
            'add to %d, 1.1 + 1.2 must give the Toàn huyện %d, and the rate %s%% beside it is %d/%d'
            % (S2[1], ST[1], vi(pct(S2[1], S2[0]), 2), S2[1], S2[0]))
    return c


def k_hai_bang_mot_sheet():
    c = Case('dang-vien-hai-bang-mot-trang', 'two-tables-one-sheet-total-first',
             'One sheet, two tables of the same 4.809 members at 31/12/2024: by type of base organisation (Tổng số first) '
             'and by age band with shares (Tổng số first)')
    sh = c.sheet('ĐV 2024')
    sh.add(['ĐẢNG BỘ HUYỆN KẾ SÁCH'])
    sh.add(['SỐ LIỆU ĐẢNG VIÊN CÓ ĐẾN 31/12/2024'])
    sh.add([])
    sh.add(['1. Đảng viên phân theo loại hình tổ chức cơ sở đảng'])
    h0 = sh.add(['TT', 'Loại hình', 'Số TCCSĐ', 'Số đảng viên', 'Trong đó: nữ'])
    types = [('Đảng bộ xã, thị trấn', 14, 3126, 972), ('Chi bộ cơ sở cơ quan Đảng, MTTQ, đoàn thể', 9, 214, 103),
             ('Chi bộ cơ sở cơ quan nhà nước', 16, 508, 219), ('Đơn vị sự nghiệp', 12, 622, 398),
             ('Lực lượng vũ trang (Quân sự, Công an)', 3, 297, 41), ('Doanh nghiệp', 2, 42, 9)]
    T = [sum(x[k] for x in types) for k in (1, 2, 3)]
    sh.add([None, 'Tổng số', *T])
    for i, x in enumerate(types, 1):
        last = sh.add([i, *x])
    c.table(sh, h0, last, 0, 4)
    sh.add([])
    sh.add(['2. Đảng viên phân theo độ tuổi'])
    g0 = sh.add(['TT', 'Độ tuổi', 'Số lượng (người)', 'Tỷ lệ (%)'])
    bands = [('Từ 18 đến 30 tuổi', 435), ('Từ 31 đến 40 tuổi', 1467), ('Từ 41 đến 50 tuổi', 1176),
             ('Từ 51 đến 60 tuổi', 889), ('Trên 60 tuổi', 842)]
    tot = sum(b[1] for b in bands)
    assert tot == T[1]
    rt = sh.add([None, 'Tổng số', tot, P2(Decimal(100))])
    for i, (n, v) in enumerate(bands, 1):
        last = sh.add([i, n, v, P2(pct(v, tot))])
    c.table(sh, g0, last, 0, 3)
    c.plant(sh, rt, 2, 4756, tot, 'cross',
            'Tổng số of the age table typed 4.756 (the 2023 figure); the first table gives 4.809 members at the same '
            'date, the age bands add to 4.809 and every share is of 4.809')
    return c


def k_llct_kh_th():
    c = Case('dao-tao-llct-ke-hoach-thuc-hien', 'plan-actual-percent-roman-blocks',
             'Political-theory training 2024: kế hoạch / thực hiện / % so với KH / số lớp, roman blocks I (đào tạo) and '
             'II (bồi dưỡng), dash sub-rows under Trung cấp, Tổng cộng (I + II) last')
    sh = c.sheet('Đào tạo LLCT')
    sh.add(['BAN TUYÊN GIÁO HUYỆN ỦY - TRUNG TÂM CHÍNH TRỊ HUYỆN'])
    sh.add(['KẾT QUẢ ĐÀO TẠO, BỒI DƯỠNG LÝ LUẬN CHÍNH TRỊ NĂM 2024'])
    sh.add([])
    h0 = sh.add(['STT', 'Loại hình đào tạo, bồi dưỡng', 'Kế hoạch (học viên)', 'Thực hiện (học viên)',
                 '% so với KH', 'Số lớp'])
    pos = {}

    def row(key, stt, lab, kh, th, lop):
        pos[key] = sh.add([stt, lab, kh, th, P2(pct(th, kh)), lop])
    cc = (12, 12, '-')
    tt = (60, 58, 1)
    ktt = (90, 105, 2)
    tc = (tt[0] + ktt[0], tt[1] + ktt[1], tt[2] + ktt[2])
    I = (cc[0] + tc[0], cc[1] + tc[1], tc[2])
    bd = [('Sơ cấp lý luận chính trị', 320, 344, 9), ('Bồi dưỡng nhận thức về Đảng cho đối tượng kết nạp', 260, 271, 6),
          ('Chương trình lý luận chính trị dành cho đảng viên mới', 230, 214, 5),
          ('Cập nhật kiến thức cho cấp ủy viên cơ sở', 410, 436, 8)]
    II = tuple(sum(b[k] for b in bd) for k in (1, 2, 3))
    row('I', 'I', 'ĐÀO TẠO', *I)
    row('cc', '1', 'Cao cấp lý luận chính trị', *cc)
    row('tc', '2', 'Trung cấp lý luận chính trị - hành chính', *tc)
    row('tt', '-', 'Hệ tập trung', *tt)
    row('ktt', '-', 'Hệ không tập trung', *ktt)
    row('II', 'II', 'BỒI DƯỠNG', *II)
    for i, b in enumerate(bd, 1):
        row('b%d' % i, str(i), *b)
    row('T', None, 'Tổng cộng (I + II)', I[0] + II[0], I[1] + II[1], I[2] + II[2])
    c.table(sh, h0, pos['T'], 0, 5)
    sh.add(['Ghi chú: lớp Cao cấp LLCT học tại Học viện Chính trị khu vực IV, không tính số lớp.'])
    c.plant(sh, pos['tc'], 3, 168, 163, 'digit',
            'Trung cấp typed 168 for 163: tập trung 58 + không tập trung 105 = 163, block I 175 = 12 + 163, and '
            '108,67% = 163/150')
    c.warn(sh, pos['b3'], 4, 93, pct(214, 230), 'precision', '214/230 = 93,04%, typed 93 in a column of 2 decimals')
    return c


def k_ktgs_nam():
    c = Case('kiem-tra-giam-sat-2023-2024', 'years-as-columns-roman-blocks-difference-ratio',
             'Inspection, supervision and discipline 2024 against 2023: roman blocks, Trong đó and Chia ra rows, '
             'Tăng (+), giảm (-) and So sánh (%)')
    sh = c.sheet('KTGS')
    sh.add(['ỦY BAN KIỂM TRA ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH'])
    sh.add(['KẾT QUẢ CÔNG TÁC KIỂM TRA, GIÁM SÁT VÀ THI HÀNH KỶ LUẬT ĐẢNG NĂM 2024'])
    sh.add([])
    h0 = sh.add(['STT', 'Nội dung', 'Năm 2023', 'Năm 2024', 'Tăng (+), giảm (-)', 'So sánh (%)'])
    pos = {}

    def row(key, stt, lab, a=None, b=None):
        if a is None:
            pos[key] = sh.add([stt, lab])
        else:
            pos[key] = sh.add([stt, lab, a, b, b - a, P2(pct(b, a))])
    row('I', 'I', 'KIỂM TRA')
    row('I1', '1', 'Cấp ủy, tổ chức đảng kiểm tra tổ chức đảng', 86, 94)
    row('I2', '2', 'Cấp ủy, tổ chức đảng kiểm tra đảng viên', 312, 287)
    row('I2a', None, 'Trong đó: cấp ủy viên', 98, 104)
    row('I3', '3', 'UBKT các cấp kiểm tra khi có dấu hiệu vi phạm')
    row('I3a', '-', 'Tổ chức đảng', 6, 4)
    row('I3b', '-', 'Đảng viên', 27, 31)
    row('I3c', None, '   Trong đó: kết luận có vi phạm', 21, 25)
    row('II', 'II', 'GIÁM SÁT')
    row('II1', '1', 'Giám sát chuyên đề tổ chức đảng', 74, 81)
    row('II2', '2', 'Giám sát chuyên đề đảng viên', 205, 233)
    row('III', 'III', 'THI HÀNH KỶ LUẬT')
    parts = [('kt', 'Chia ra: - Khiển trách', 24, 19), ('cc', '              - Cảnh cáo', 9, 6),
             ('cch', '              - Cách chức', 1, 0), ('kt2', '              - Khai trừ', 4, 4)]
    row('III1', None, 'Đảng viên bị thi hành kỷ luật', sum(p[2] for p in parts), sum(p[3] for p in parts))
    for k, l, a, b in parts:
        row(k, None, l, a, b)
    c.table(sh, h0, pos['kt2'], 0, 5)
    c.plant(sh, pos['kt'], 3, 91, 19, 'transposition',
            'Khiển trách 2024 typed 91 for 19: the four forms must add to 29, the change -5 and the ratio 79,17% are '
            'those of 19')
    c.plant(sh, pos['I2'], 4, 25, -25, 'sign',
            'Đảng viên được kiểm tra fell from 312 to 287: the change is -25 (So sánh 91,99%), typed 25')
    return c


def k_quy_hoach_12b():
    c = Case('bieu-12b-quy-hoach-cap-huyen', 'positions-as-columns-vertical-rules',
             'Biểu 12B: planning of district leaders for 2025 - 2030 (lượt người), planned posts as columns (overlapping, no '
             'total column), rows TỔNG SỐ, Trong đó nữ / DTTS, age bands summing to TỔNG SỐ, CMNV and LLCT blocks')
    sh = c.sheet('Biểu 12B')
    sh.add(['TỈNH ỦY HẬU GIANG', None, None, None, None, None, None, None, None, None, None, None, 'Biểu số 12B-BTCTW'])
    sh.add(['HUYỆN ỦY VỊ THỦY', None, None, None, None, None, None, None, None, None, None, None, 'Đvt: Lượt người'])
    sh.add(['THỐNG KÊ KẾT QUẢ QUY HOẠCH CÁN BỘ LÃNH ĐẠO, QUẢN LÝ CẤP HUYỆN NHIỆM KỲ 2025 - 2030'])
    sh.add([])
    h0 = sh.add(['Tiêu chí', 'Ủy viên BCH', 'Ủy viên BTV', 'Ủy ban Kiểm tra', 'Bí thư', 'Phó bí thư',
                 'Lãnh đạo UBND', None, 'Lãnh đạo HĐND', None, 'Các ban Đảng, MTTQ, đoàn thể', None, 'Các phòng', None])
    sh.add([None] * 6 + ['Chủ tịch', 'Phó Chủ tịch', 'Chủ tịch', 'Phó Chủ tịch', 'Trưởng', 'Phó', 'Trưởng', 'Phó'])
    sh.add([str(i) for i in range(1, 15)])
    for col in range(6):
        sh.merge(h0, col, h0 + 1, col)
    for col in (6, 8, 10, 12):
        sh.merge(h0, col, h0, col + 1)
    cols = [  # T, nữ, dtts, <=40, 41-50, >50, ĐH, trên ĐH, TC, CC
        (68, 19, 3, 24, 33, 11, 41, 27, 6, 62), (24, 5, 1, 6, 13, 5, 12, 12, 0, 24), (15, 4, 0, 5, 7, 3, 11, 4, 3, 12),
        (3, 0, 0, 0, 2, 1, 1, 2, 0, 3), (6, 2, 0, 1, 4, 1, 2, 4, 0, 6), (3, 1, 0, 1, 2, 0, 1, 2, 0, 3),
        (7, 2, 0, 2, 4, 1, 3, 4, 0, 7), (3, 0, 0, 0, 2, 1, 2, 1, 0, 3), (5, 2, 1, 2, 3, 0, 3, 2, 1, 4),
        (22, 8, 1, 7, 11, 4, 15, 7, 4, 18), (41, 15, 2, 18, 17, 6, 33, 8, 19, 22), (36, 10, 1, 12, 18, 6, 24, 12, 8, 28),
        (58, 21, 2, 29, 22, 7, 45, 13, 29, 27)]
    for v in cols:
        assert v[3] + v[4] + v[5] == v[0] and v[6] + v[7] <= v[0] and v[8] + v[9] <= v[0]
    labels = [('TỔNG SỐ', 0), ('*Trong đó: - Nữ', 1), ('                 - Dân tộc thiểu số', 2),
              ('*Phân tích tổng số theo:', None), ('1. Tuổi đời', None), ('- Từ 40 tuổi trở xuống', 3),
              ('- Trên 40 đến 50 tuổi', 4), ('- Trên 50 tuổi', 5), ('2. Trình độ chuyên môn, nghiệp vụ', None),
              ('- Đại học', 6), ('- Trên đại học', 7), ('3. Trình độ lý luận chính trị', None), ('- Trung cấp', 8),
              ('- Cao cấp, cử nhân', 9)]
    pos = {}
    for lab, k in labels:
        pos[lab] = last = sh.add([lab] + ([v[k] for v in cols] if k is not None else []))
    c.table(sh, h0, last, 0, 13)
    c.plant(sh, pos['TỔNG SỐ'], 13, 53, 58, 'digit',
            'TỔNG SỐ of Phó trưởng phòng typed 53 for 58: the age bands 29 + 22 + 7 and the CMNV rows 45 + 13 both give 58')
    return c


def k_luan_chuyen_11():
    c = Case('bieu-11-luan-chuyen-nhiem-ky', 'official-form-letter-number-row-row-and-column-rules',
             'Biểu 11 style: cadre rotation over the term 2020 - 2025 (lượt người), number row "A | B | 1 (=2+...+9) | 2 …", '
             'eight directions as columns, rows TỔNG SỐ, Trong đó, age / CMNV / LLCT blocks each summing to TỔNG SỐ')
    sh = c.sheet('Luân chuyển')
    sh.add(['BAN TỔ CHỨC TỈNH ỦY', None, None, None, None, None, None, None, None, None, 'Biểu số 11'])
    sh.add(['THỐNG KÊ KẾT QUẢ LUÂN CHUYỂN CÁN BỘ NHIỆM KỲ 2020 - 2025', None, None, None, None, None, None, None, None,
            None, 'Đvt: Lượt người'])
    sh.add([])
    h0 = sh.add(['TT', 'Tiêu chí', 'Tổng số', 'Cấp tỉnh', None, None, None, None, 'Cấp huyện', None, None])
    sh.add([None, None, None, 'Trung ương về tỉnh', 'Tỉnh về huyện', 'Huyện về tỉnh', 'Huyện này sang huyện khác',
            'Ngành này sang ngành khác', 'Huyện về xã', 'Xã về huyện', 'Xã này sang xã khác'])
    sh.add(['A', 'B', '1 (=2+...+9)', '2', '3', '4', '5', '6', '7', '8', '9'])
    sh.merge(h0, 0, h0 + 1, 0)
    sh.merge(h0, 1, h0 + 1, 1)
    sh.merge(h0, 2, h0 + 1, 2)
    sh.merge(h0, 3, h0, 7)
    sh.merge(h0, 8, h0, 10)
    rows = [(None, 'TỔNG SỐ', [1, 12, 7, 9, 23, 46, 31, 54]),
            (None, 'Trong đó: - Nữ', [0, 2, 2, 1, 6, 9, 8, 13]),
            (None, '                - Dân tộc thiểu số', [0, 1, 0, 1, 2, 4, 3, 6]),
            ('1', 'Tuổi đời', None),
            ('-', 'Dưới 40 tuổi', [0, 2, 1, 2, 8, 21, 16, 27]),
            ('-', 'Từ 40 đến 50 tuổi', [0, 7, 4, 5, 11, 19, 12, 21]),
            ('-', 'Trên 50 tuổi', [1, 3, 2, 2, 4, 6, 3, 6]),
            ('2', 'Trình độ chuyên môn, nghiệp vụ', None),
            ('-', 'Trung cấp', [0, 0, 0, 0, 0, 3, 2, 7]),
            ('-', 'Đại học', [0, 8, 5, 6, 17, 39, 27, 44]),
            ('-', 'Trên đại học', [1, 4, 2, 3, 6, 4, 2, 3]),
            ('3', 'Lý luận chính trị', None),
            ('-', 'Sơ cấp', [0, 0, 0, 0, 1, 4, 3, 9]),
            ('-', 'Trung cấp', [0, 1, 0, 1, 8, 29, 21, 38]),
            ('-', 'Cao cấp, cử nhân', [1, 11, 7, 8, 14, 13, 7, 7])]
    tot = rows[0][2]
    for blk in ((4, 5, 6), (8, 9, 10), (12, 13, 14)):
        for j in range(8):
            assert sum(rows[i][2][j] for i in blk) == tot[j]
    pos = []
    for stt, lab, v in rows:
        pos.append(sh.add([stt, lab] + ([sum(v)] + v if v else [])))
    c.table(sh, h0, pos[-1], 0, 10)
    c.plant(sh, pos[4], 10, 72, 27, 'transposition',
            '"Dưới 40 tuổi" in "Xã này sang xã khác" typed 72 for 27: the row total 77 (column 1) needs 27 and the age '
            'bands of column 9 must add to 54')
    return c


def k_chi_tieu_huyen_cot():
    c = Case('chi-tieu-xa-hoi-theo-huyen-cot', 'wide-district-per-column',
             'Wide table: social indicators 2024, one district per column, Toàn tỉnh column first (sum for counts, '
             'recomputed for rates), per-row unit, count rows and rate rows interleaved')
    sh = c.sheet('Chỉ tiêu theo huyện')
    sh.add(['CỤC THỐNG KÊ TỈNH HẬU GIANG'])
    sh.add(['MỘT SỐ CHỈ TIÊU XÃ HỘI PHÂN THEO HUYỆN, THỊ XÃ, THÀNH PHỐ NĂM 2024'])
    sh.add([])
    names = ['TP. Vị Thanh', 'TP. Ngã Bảy', 'TX. Long Mỹ', 'H. Châu Thành', 'H. Châu Thành A', 'H. Phụng Hiệp',
             'H. Vị Thủy', 'H. Long Mỹ']
    h0 = sh.add(['STT', 'Chỉ tiêu', 'ĐVT', 'Toàn tỉnh'] + names)
    ho = [21845, 17920, 15230, 23110, 29870, 55640, 25410, 21950]
    ngheo = [312, 288, 402, 451, 497, 1205, 633, 579]
    can = [405, 366, 517, 602, 688, 1418, 701, 664]
    truong = [38, 31, 34, 41, 52, 88, 45, 40]
    chuan = [29, 22, 21, 30, 37, 54, 31, 25]
    ds = [79820, 63410, 55390, 84210, 108560, 192340, 90110, 76850]
    bh = [75012, 59337, 50866, 78101, 100224, 173118, 82937, 70102]
    pos = {}

    def cnt_row(key, stt, lab, u, v):
        pos[key] = sh.add([stt, lab, u, sum(v)] + v)

    def rate_row(key, stt, lab, a, b):
        pos[key] = sh.add([stt, lab, '%', P2(pct(sum(a), sum(b)))] + [P2(pct(x, y)) for x, y in zip(a, b)])
    cnt_row('ho', 1, 'Tổng số hộ dân cư', 'hộ', ho)
    cnt_row('ng', 2, 'Số hộ nghèo', 'hộ', ngheo)
    rate_row('tln', 3, 'Tỷ lệ hộ nghèo', ngheo, ho)
    cnt_row('cn', 4, 'Số hộ cận nghèo', 'hộ', can)
    rate_row('tlc', 5, 'Tỷ lệ hộ cận nghèo', can, ho)
    cnt_row('tr', 6, 'Số trường học (MN, TH, THCS)', 'trường', truong)
    cnt_row('ch', 7, 'Trong đó: đạt chuẩn quốc gia', 'trường', chuan)
    rate_row('tlch', 8, 'Tỷ lệ trường đạt chuẩn quốc gia', chuan, truong)
    cnt_row('ds', 9, 'Dân số trung bình', 'người', ds)
    cnt_row('bh', 10, 'Số người tham gia bảo hiểm y tế', 'người', bh)
    rate_row('tlbh', 11, 'Tỷ lệ bao phủ bảo hiểm y tế', bh, ds)
    c.table(sh, h0, pos['tlbh'], 0, 11)
    sh.add(['Ghi chú: tỷ lệ của toàn tỉnh tính trên tổng số, không phải bình quân các huyện.'])
    c.plant(sh, pos['ng'], 11, 519, 579, 'digit',
            'Số hộ nghèo of H. Long Mỹ typed 519 for 579: the Toàn tỉnh %s needs 579 and the rate 2,64%% below it is '
            '579/21.950' % vi(sum(ngheo)))
    # truncation: first district whose coverage rate cut differs from rounded
    for j, (x, y) in enumerate(zip(bh, ds)):
        if pct_cut(x, y) != pct(x, y) and j != 7:
            break
    else:
        raise AssertionError('no truncation candidate')
    c.warn(sh, pos['tlbh'], 4 + j, P2(pct_cut(bh[j], ds[j])), pct(bh[j], ds[j]), 'truncation',
           '%s: %s/%s = %s%% written %s' % (names[j], vi(bh[j]), vi(ds[j]),
                                             vi(rnd(D(bh[j]) * 100 / D(ds[j]), 4), 4), vi(pct_cut(bh[j], ds[j]), 2)))
    return c


def k_xeploai_dv_swap_rows():
    c = Case('xep-loai-dang-vien-khoi-5-nam', 'years-as-rows-ratings-disjoint',
             'Member ratings 2019-2023 of a Đảng bộ Khối, years down the rows, no STT, 4 disjoint levels with shares of '
             'the row total (levels add to the total)')
    sh = c.sheet('Xếp loại ĐV')
    sh.add(['ĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH'])
    sh.add(['TỔNG HỢP KẾT QUẢ XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN 05 NĂM (2019 - 2023)'])
    sh.add([])
    h0 = sh.add(['Năm', 'Số ĐV được xếp loại', 'HTXSNV', None, 'HTTNV', None, 'HTNV', None, 'KHTNV', None])
    sh.add([None, None] + ['SL', 'TL (%)'] * 4)
    sh.merge(h0, 0, h0 + 1, 0)
    sh.merge(h0, 1, h0 + 1, 1)
    for k in range(4):
        sh.merge(h0, 2 + 2 * k, h0, 3 + 2 * k)
    data = [('Năm 2019', 3812, 562, 2931, 298, 21), ('Năm 2020', 3856, 601, 2968, 270, 17),
            ('Năm 2021', 3901, 634, 3015, 236, 16), ('Năm 2022', 3948, 655, 3062, 214, 17),
            ('Năm 2023', 3990, 688, 3101, 189, 12)]
    pos = {}
    for y, t, *lv in data:
        assert sum(lv) == t
        out = [y, t]
        for x in lv:
            out += [x, P2(pct(x, t))]
        pos[y] = last = sh.add(out)
    c.table(sh, h0, last, 0, 9)
    c.plant_swap(sh, [(pos['Năm 2021'], 6), (pos['Năm 2022'], 6)], [214, 236], [236, 214],
                 'HTNV of 2021 and 2022 swapped (typed 214 and 236): 2021 then adds to 3.879 instead of 3.901 and 2022 '
                 'to 3.970 instead of 3.948; the shares 6,05 / 5,42 beside them are of 236 and 214')
    return c


def k_co_cau_dv_base():
    c = Case('chat-luong-dang-vien-hai-thoi-diem', 'two-dates-count-and-share-columns',
             'Members at 31/12/2023 and 31/12/2024, each date with Số lượng and Tỷ lệ (%) of that date\'s total, Trong đó '
             'rows (overlapping), partial CMNV and LLCT blocks, Tăng/giảm column')
    sh = c.sheet('Cơ cấu ĐV')
    sh.add(['ĐẢNG BỘ HUYỆN LONG MỸ'])
    sh.add(['CHẤT LƯỢNG ĐỘI NGŨ ĐẢNG VIÊN (thời điểm 31/12/2023 và 31/12/2024)'])
    sh.add([])
    h0 = sh.add(['STT', 'Nội dung', 'Thời điểm 31/12/2023', None, 'Thời điểm 31/12/2024', None,
                 'Tăng (+), giảm (-) (người)'])
    sh.add([None, None, 'Số lượng', 'Tỷ lệ (%)', 'Số lượng', 'Tỷ lệ (%)', None])
    sh.merge(h0, 0, h0 + 1, 0)
    sh.merge(h0, 1, h0 + 1, 1)
    sh.merge(h0, 2, h0, 3)
    sh.merge(h0, 4, h0, 5)
    sh.merge(h0, 6, h0 + 1, 6)
    T0, T1 = 4572, 4809
    pos = {}

    def row(key, stt, lab, a=None, b=None):
        if a is None:
            pos[key] = sh.add([stt, lab])
        else:
            pos[key] = sh.add([stt, lab, a, P2(pct(a, T0)), b, P2(pct(b, T1)), vi(b - a, plus=True) if b != a else 0])
    row('I', 'I', 'Tổng số đảng viên', T0, T1)
    row('nu', None, 'Trong đó: - Nữ', 1340, 1499)
    row('db', None, '               - Dự bị', 49, 150)
    row('dt', None, '               - Dân tộc thiểu số', 25, 25)
    row('tg', None, '               - Tôn giáo', 88, 77)
    row('dv', None, '               - Đoàn viên TNCS Hồ Chí Minh', 985, 344)
    row('II', 'II', 'Trình độ chuyên môn')
    row('cm1', '-', 'Trung cấp', 712, 655)
    row('cm2', '-', 'Cao đẳng', 238, 241)
    row('cm3', '-', 'Đại học', 2104, 2380)
    row('cm4', '-', 'Sau đại học', 187, 236)
    row('III', 'III', 'Lý luận chính trị')
    row('ll1', '-', 'Sơ cấp', 1892, 1976)
    row('ll2', '-', 'Trung cấp', 1215, 1306)
    row('ll3', '-', 'Cao cấp, cử nhân', 298, 327)
    c.table(sh, h0, pos['ll3'], 0, 6)
    sh.add(['Tỷ lệ (%) tính trên tổng số đảng viên tại từng thời điểm.'])
    c.plant(sh, pos['db'], 5, P2(pct(150, T0)), pct(150, T1), 'base',
            'Dự bị 2024 share computed on the 2023 total: 150/4.572 = 3,28; on the 2024 total 4.809 it is 3,12 '
            '(every other 2024 share is of 4.809)')
    return c


def k_xeploai_tccs_htxs_base():
    c = Case('xep-loai-tccs-5-nam-cot-nam', 'years-as-columns-nested-ratings-rate-rows',
             'Ratings of grassroots organisations 2020-2024, years as columns, count rows each followed by a "Tỷ lệ" row; '
             'HTTNV includes HTXSNV (label says so), every rate of the number evaluated (label says so)')
    sh = c.sheet('TCCSĐ')
    sh.add(['HUYỆN ỦY PHỤNG HIỆP - BAN TỔ CHỨC'])
    sh.add(['KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG TỔ CHỨC CƠ SỞ ĐẢNG GIAI ĐOẠN 2020 - 2024'])
    sh.add([])
    years = [2020, 2021, 2022, 2023, 2024]
    h0 = sh.add(['STT', 'Nội dung', 'ĐVT'] + ['Năm %d' % y for y in years])
    tong = [61, 60, 59, 57, 57]
    dg = [61, 60, 59, 57, 56]
    htt = [58, 56, 54, 56, 53]
    xs = [11, 11, 10, 11, 12]
    ht = [2, 4, 3, 1, 3]
    kht = [1, 0, 2, 0, 0]
    for j in range(5):
        assert htt[j] + ht[j] + kht[j] == dg[j] and xs[j] <= htt[j]
    pos = {}

    def cr(key, stt, lab, v):
        pos[key] = sh.add([stt, lab, 'tổ chức'] + v)

    def tr(key, lab, v):
        pos[key] = sh.add([None, lab, '%'] + [P2(pct(x, y)) for x, y in zip(v, dg)])
    cr('t', '1', 'Tổng số TCCSĐ', tong)
    cr('dg', '2', 'Số TCCSĐ được đánh giá, xếp loại', dg)
    cr('htt', 'a', 'Hoàn thành tốt nhiệm vụ (kể cả HTXSNV)', htt)
    tr('htt%', 'Tỷ lệ so với số TCCSĐ được đánh giá', htt)
    cr('xs', None, 'Trong đó: Hoàn thành xuất sắc nhiệm vụ', xs)
    tr('xs%', 'Tỷ lệ so với số TCCSĐ được đánh giá', xs)
    cr('ht', 'b', 'Hoàn thành nhiệm vụ', ht)
    tr('ht%', 'Tỷ lệ so với số TCCSĐ được đánh giá', ht)
    cr('kht', 'c', 'Không hoàn thành nhiệm vụ', kht)
    tr('kht%', 'Tỷ lệ so với số TCCSĐ được đánh giá', kht)
    c.table(sh, h0, pos['kht%'], 0, 7)
    c.plant(sh, pos['xs%'], 5, P2(pct(10, 54)), pct(10, 59), 'base',
            'HTXSNV 2022 share taken of the 54 HTTNV (18,52) instead of the 59 evaluated as the row label and the other '
            'years say: 10/59 = 16,95')
    return c


def k_ngan_sach_tang_giam():
    c = Case('thu-chi-ngan-sach-2023-2024', 'years-as-columns-difference-text-signs-money',
             'Local budget revenue and expenditure 2024 against 2023 in triệu đồng with 3 decimals; A = I+II+III, II = 1+2, '
             'B = I+II+III with a Trong đó pair; changes typed as vi-VN text with explicit sign; So sánh (%)')
    sh = c.sheet('NS 2023-2024')
    sh.add(['UBND HUYỆN VỊ THỦY'])
    sh.add(['TÌNH HÌNH THU, CHI NGÂN SÁCH ĐỊA PHƯƠNG NĂM 2024 SO VỚI NĂM 2023'])
    sh.add([None] * 5 + ['ĐVT: triệu đồng'])
    h0 = sh.add(['STT', 'Nội dung', 'Năm 2023', 'Năm 2024', 'Tăng (+), giảm (-)', 'So sánh (%)'])
    F = '#,##0.000'
    v = {'AI': ('61234.518', '58790.204'), 'A1': ('296410.000', '312450.000'), 'A2': ('48762.315', '41305.882'),
         'AIII': ('22318.407', '27640.119'), 'BI': ('55410.286', '49872.930'), 'BII': ('352611.904', '371204.338'),
         'Bgd': ('181205.770', '190417.252'), 'Bql': ('58410.035', '56991.417'), 'BIII': ('20703.050', '18117.339')}
    v = {k: (D(a), D(b)) for k, (a, b) in v.items()}
    v['AII'] = (v['A1'][0] + v['A2'][0], v['A1'][1] + v['A2'][1])
    v['A'] = tuple(v['AI'][k] + v['AII'][k] + v['AIII'][k] for k in (0, 1))
    v['B'] = tuple(v['BI'][k] + v['BII'][k] + v['BIII'][k] for k in (0, 1))
    pos = {}

    def row(key, stt, lab):
        a, b = v[key]
        pos[key] = sh.add([stt, lab, N(a, F), N(b, F), vi(b - a, 3, plus=True), P2(pct(b, a))])
    row('A', 'A', 'TỔNG THU NGÂN SÁCH ĐỊA PHƯƠNG')
    row('AI', 'I', 'Thu ngân sách huyện hưởng theo phân cấp')
    row('AII', 'II', 'Thu bổ sung từ ngân sách cấp trên')
    row('A1', '1', 'Bổ sung cân đối')
    row('A2', '2', 'Bổ sung có mục tiêu')
    row('AIII', 'III', 'Thu chuyển nguồn năm trước chuyển sang')
    row('B', 'B', 'TỔNG CHI NGÂN SÁCH ĐỊA PHƯƠNG')
    row('BI', 'I', 'Chi đầu tư phát triển')
    row('BII', 'II', 'Chi thường xuyên')
    row('Bgd', None, 'Trong đó: - Chi sự nghiệp giáo dục, đào tạo và dạy nghề')
    row('Bql', None, '               - Chi quản lý hành chính')
    row('BIII', 'III', 'Chi chuyển nguồn sang năm sau')
    c.table(sh, h0, pos['BIII'], 0, 5)
    d = v['A2'][1] - v['A2'][0]
    c.plant(sh, pos['A2'], 4, vi(-d, 3), d, 'sign',
            'Bổ sung có mục tiêu fell from 48.762,315 to 41.305,882 (84,71%%): the change is %s, typed without the minus '
            'sign; the changes of 1 and 2 then do not add to that of II' % vi(d, 3))
    return c


def k_cu_tri_warn():
    c = Case('ty-le-cu-tri-di-bau-theo-xa', 'communes-as-rows-text-figures-total-first',
             'Turnout by commune for the 2021 elections, every figure typed as vi-VN text, Toàn huyện first; a '
             'polling-station count column')
    sh = c.sheet('Tỷ lệ cử tri')
    sh.add(['ỦY BAN BẦU CỬ HUYỆN VŨNG LIÊM'])
    sh.add(['TỶ LỆ CỬ TRI ĐI BẦU CỬ ĐẠI BIỂU QUỐC HỘI KHÓA XV VÀ ĐẠI BIỂU HĐND CÁC CẤP NHIỆM KỲ 2021 - 2026'])
    sh.add([])
    h0 = sh.add(['STT', 'Xã, thị trấn', 'Số khu vực bỏ phiếu', 'Tổng số cử tri', 'Số cử tri đã bỏ phiếu', 'Tỷ lệ (%)'])
    data = [('Thị trấn Vũng Liêm', 6, 8820, 8817), ('Xã Trung Thành Tây', 5, 6412, 6398),
            ('Xã Trung Thành Đông', 5, 5987, 5975), ('Xã Tân Quới Trung', 6, 7630, 7589), ('Xã Quới An', 4, 5120, 5108),
            ('Xã Trung Hiệp', 5, 6954, 6931), ('Xã Hiếu Phụng', 5, 6208, 6187), ('Xã Thanh Bình', 4, 4875, 4860),
            ('Xã Trung Chánh', 5, 6033, 6019), ('Xã Hiếu Nhơn', 4, 5562, 5549)]
    T = [sum(x[k] for x in data) for k in (1, 2, 3)]
    sh.add([None, 'Toàn huyện', vi(T[0]), vi(T[1]), vi(T[2]), vi(pct(T[2], T[1]), 2)])
    pos = {}
    for i, (n, kv, ct, bp) in enumerate(data, 1):
        pos[n] = last = sh.add([i, n, vi(kv), vi(ct), vi(bp), vi(pct(bp, ct), 2)])
    c.table(sh, h0, last, 0, 5)
    n = 'Thị trấn Vũng Liêm'
    assert rnd(pct(8817, 8820), 0) == 100
    c.warn(sh, pos[n], 5, '100', pct(8817, 8820), 'precision', '8.817/8.820 = 99,97%, typed 100 in a column of 2 decimals')
    n = 'Xã Quới An'
    assert pct_cut(5108, 5120) != pct(5108, 5120)
    c.warn(sh, pos[n], 5, vi(pct_cut(5108, 5120), 2), pct(5108, 5120), 'truncation',
           '5.108/5.120 = 99,7656%% written %s (rounded: %s)' % (vi(pct_cut(5108, 5120), 2), vi(pct(5108, 5120), 2)))
    return c


def k_ket_nap_chi_tieu_warn():
    c = Case('chi-tieu-ket-nap-dang-vien-2024', 'plan-actual-percent-ghi-chu',
             'Admission targets 2024 by base party organisation: chỉ tiêu giao / thực hiện / tỷ lệ đạt (%) and a Ghi chú '
             '(vượt / đạt / chưa đạt); Tổng cộng last')
    sh = c.sheet('KN 2024')
    sh.add(['ĐẢNG BỘ HUYỆN CÙ LAO DUNG'])
    sh.add(['KẾT QUẢ THỰC HIỆN CHỈ TIÊU KẾT NẠP ĐẢNG VIÊN NĂM 2024'])
    sh.add([])
    h0 = sh.add(['STT', 'Đảng bộ, chi bộ cơ sở', 'Chỉ tiêu giao năm 2024', 'Thực hiện', 'Tỷ lệ đạt (%)', 'Ghi chú'])
    data = [('Đảng bộ xã An Thạnh 1', 12, 11), ('Đảng bộ xã An Thạnh Tây', 6, 7), ('Đảng bộ xã An Thạnh Đông', 10, 10),
            ('Đảng bộ xã An Thạnh 2', 8, 9), ('Đảng bộ xã An Thạnh 3', 15, 14), ('Đảng bộ xã An Thạnh Nam', 9, 9),
            ('Đảng bộ xã Đại Ân 1', 7, 8), ('Đảng bộ thị trấn Cù Lao Dung', 11, 12), ('Chi bộ Công an huyện', 5, 4),
            ('Chi bộ Quân sự huyện', 13, 13), ('Chi bộ Trường THPT Đoàn Văn Tố', 6, 6),
            ('Đảng bộ Khối Dân - Chính - Đảng', 20, 23)]

    def note(a, b):
        return 'Vượt chỉ tiêu' if b > a else ('Đạt' if b == a else 'Chưa đạt')
    pos = {}
    for i, (n, a, b) in enumerate(data, 1):
        pos[n] = sh.add([i, n, a, b, P2(pct(b, a)), note(a, b)])
    A = sum(x[1] for x in data)
    B = sum(x[2] for x in data)
    last = sh.add([None, 'Tổng cộng', A, B, P2(pct(B, A)), note(A, B)])
    c.table(sh, h0, last, 0, 5)
    assert pct_cut(11, 12) != pct(11, 12)
    c.warn(sh, pos['Đảng bộ xã An Thạnh 1'], 4, P2(pct_cut(11, 12)), pct(11, 12), 'truncation',
           '11/12 = 91,666…% written 91,66 (rounded: 91,67)')
    c.warn(sh, pos['Đảng bộ xã An Thạnh Tây'], 4, 117, pct(7, 6), 'precision',
           '7/6 = 116,67%, typed 117 in a column of 2 decimals')
    return c


def k_bhyt_hs_formula():
    c = Case('bhyt-hoc-sinh-theo-truong-cong-thuc', 'formulas-percent-format',
             'Pupils\' health insurance by school, school year 2024 - 2025: SUM formulas in Tổng cộng, shares as D/C formulas '
             'with a 0.00% format')
    sh = c.sheet('BHYT HS')
    sh.add(['PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN PHỤNG HIỆP'])
    sh.add(['TỶ LỆ HỌC SINH THAM GIA BẢO HIỂM Y TẾ NĂM HỌC 2024 - 2025'])
    sh.add([])
    h0 = sh.add(['STT', 'Trường', 'Tổng số học sinh', 'Số HS tham gia BHYT', 'Tỷ lệ'])
    data = [('Trường THCS thị trấn Cây Dương', 812, 812), ('Trường THCS Tân Bình', 604, 598),
            ('Trường THCS Hòa An', 538, 529), ('Trường TH Tân Bình 1', 702, 702), ('Trường TH Tân Bình 2', 455, 451),
            ('Trường TH Hòa An 1', 610, 604), ('Trường TH Hòa An 2', 388, 381), ('Trường MG Tân Bình', 296, 280),
            ('Trường MG Hòa An', 241, 233)]
    first = len(sh.rows)
    for i, (n, a, b) in enumerate(data, 1):
        r = len(sh.rows)
        sh.add([i, n, a, b, N(D(b) / D(a), '0.00%', '%s/%s' % (a1(r, 3), a1(r, 2)))])
    lastd = len(sh.rows) - 1
    r = len(sh.rows)
    A = sum(x[1] for x in data)
    B = sum(x[2] for x in data)
    Bw = B - data[0][2]
    last = sh.add([None, 'Tổng cộng', N(A, None, 'SUM(%s:%s)' % (a1(first, 2), a1(lastd, 2))),
                   N(B, None, 'SUM(%s:%s)' % (a1(first, 3), a1(lastd, 3))),
                   N(D(Bw) / D(A), '0.00%', '%s/%s' % (a1(r, 3), a1(r, 2)))])
    c.table(sh, h0, last, 0, 4)
    c.plant(sh, r, 3, N(Bw, None, 'SUM(%s:%s)' % (a1(first + 1, 3), a1(lastd, 3))), B, 'formula-range',
            'SUM(D%d:D%d) starts one row low and leaves out the first school (812 pupils): the schools add to %s; the '
            'share formula beside it follows the short total' % (first + 2, lastd + 1, vi(B)))
    return c


def k_bieu10_dao_tao():
    c = Case('bieu-10-dao-tao-boi-duong', 'official-form-nested-column-rules-mixed-units',
             'Biểu 10-BTCTW: training of cadres 2024, 3-row header, number row "3=4+6+8", "9=10+11", Trong đó LĐQL columns '
             '(subsets), class counts in a table of people, "-" degree rows split into "+" rows')
    sh = c.sheet('Biểu 10')
    sh.add(['TỈNH ỦY TRÀ VINH', None, None, None, None, None, None, None, None, 'Biểu số 10-BTCTW'])
    sh.add(['BAN TỔ CHỨC', None, None, None, None, None, None, None, None, 'Đvt: Người'])
    sh.add(['THỐNG KÊ KẾT QUẢ ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ NĂM 2024'])
    sh.add([])
    h0 = sh.add(['TT', 'Chương trình, hình thức đào tạo, bồi dưỡng', 'Cán bộ được đào tạo, bồi dưỡng', None, None,
                 None, None, None, 'Số lớp', None, None])
    sh.add([None, None, 'Tổng số', 'Cấp tỉnh', None, 'Cấp huyện', None, 'Cấp xã', 'Tổng số lớp',
            'Cấp ủy cấp tỉnh mở', 'Cấp ủy cấp huyện mở'])
    sh.add([None, None, None, 'Tổng số', 'Trong đó: số cán bộ lãnh đạo, quản lý', 'Tổng số',
            'Trong đó: số cán bộ lãnh đạo, quản lý', None, None, None, None])
    sh.add(['1', '2', '3=4+6+8', '4', '5', '6', '7', '8', '9=10+11', '10', '11'])
    sh.merge(h0, 0, h0 + 2, 0)
    sh.merge(h0, 1, h0 + 2, 1)
    sh.merge(h0, 2, h0, 7)
    sh.merge(h0, 8, h0, 10)
    sh.merge(h0 + 1, 2, h0 + 2, 2)
    sh.merge(h0 + 1, 3, h0 + 1, 4)
    sh.merge(h0 + 1, 5, h0 + 1, 6)
    for col in (7, 8, 9, 10):
        sh.merge(h0 + 1, col, h0 + 2, col)
    # leaves: tỉnh, tỉnh LĐQL, huyện, huyện LĐQL, xã, lớp tỉnh, lớp huyện (None = no class)
    L = {
        'dh_tn': (12, 2, 35, 6, 48, None, None), 'dh_nn': (0, 0, 0, 0, 0, None, None),
        'ths_tn': (46, 21, 18, 9, 2, None, None), 'ths_nn': (3, 1, 0, 0, 0, None, None),
        'ts_tn': (4, 3, 0, 0, 0, None, None),
        'tc_tt': (28, 10, 64, 22, 37, 1, 2), 'tc_ktt': (35, 8, 152, 41, 211, 2, 6),
        'cc_tt': (24, 24, 11, 11, 0, 0, 0), 'cc_ktt': (71, 65, 38, 33, 0, 1, 0),
        'b1': (156, 48, 612, 175, 1384, 4, 21), 'b2': (88, 20, 241, 52, 905, 2, 11),
        'b3': (134, 61, 203, 77, 318, 3, 6), 'b4': (97, 97, 356, 356, 0, 2, 8),
    }

    def add(keys):
        out = []
        for i in range(7):
            vals = [L[k][i] for k in keys]
            out.append(None if all(x is None for x in vals) else sum(x or 0 for x in vals))
        return tuple(out)
    L['dh'] = add(['dh_tn', 'dh_nn'])
    L['ths'] = add(['ths_tn', 'ths_nn'])
    L['ts'] = add(['ts_tn'])
    L['I1'] = add(['dh', 'ths', 'ts'])
    L['tc'] = add(['tc_tt', 'tc_ktt'])
    L['cc'] = add(['cc_tt', 'cc_ktt'])
    L['I2'] = add(['tc', 'cc'])
    L['I'] = add(['I1', 'I2'])
    L['II'] = add(['b1', 'b2', 'b3', 'b4'])
    pos = {}

    def row(key, stt, lab):
        t, tl, h, hl, x, lt, lh = L[key]
        lop = [None, None, None] if lt is None else [lt + lh, lt, lh]
        pos[key] = sh.add([stt, lab, t + h + x, t, tl, h, hl, x] + lop)
    row('I', 'I', 'ĐÀO TẠO')
    row('I1', '1', 'Đào tạo chuyên môn')
    row('dh', '-', 'Đại học')
    row('dh_tn', '+', 'Trong nước')
    row('dh_nn', '+', 'Ngoài nước')
    row('ths', '-', 'Thạc sỹ')
    row('ths_tn', '+', 'Trong nước')
    row('ths_nn', '+', 'Ngoài nước')
    row('ts', '-', 'Tiến sỹ')
    row('ts_tn', '+', 'Trong nước')
    row('I2', '2', 'Đào tạo chính trị')
    row('tc', '-', 'Trung cấp lý luận chính trị')
    row('tc_tt', '+', 'Hệ tập trung')
    row('tc_ktt', '+', 'Hệ không tập trung')
    row('cc', '-', 'Cao cấp lý luận chính trị')
    row('cc_tt', '+', 'Hệ tập trung')
    row('cc_ktt', '+', 'Hệ không tập trung')
    row('II', 'II', 'BỒI DƯỠNG')
    row('b1', '1', 'Bồi dưỡng nghiệp vụ công tác xây dựng Đảng')
    row('b2', '2', 'Bồi dưỡng nghiệp vụ công tác đoàn thể')
    row('b3', '3', 'Bồi dưỡng kiến thức quản lý nhà nước')
    row('b4', '4', 'Cập nhật kiến thức mới')
    c.table(sh, h0, pos['b4'], 0, 10)
    c.plant(sh, pos['b1'], 7, 1348, 1384, 'transposition',
            'Cấp xã of "Bồi dưỡng nghiệp vụ công tác xây dựng Đảng" typed 1.348 for 1.384: column 3 of the row is '
            '2.152 = 156 + 612 + 1.384 and block II column 8 needs 1.384')
    return c


def k_hoi_pn_tiep_bieu():
    c = Case('hoi-phu-nu-co-so-tiep-theo', 'continued-table-repeated-header-blank-row',
             'Women\'s Union at commune level: 16 communes over two printed pages, the header repeated after a blank row '
             'and "(Tiếp theo)", Tổng cộng at the end; coverage % of women aged 18+, overlapping Trong đó columns')
    sh = c.sheet('Hội PN')
    sh.add(['HỘI LHPN HUYỆN TRÀ CÚ'])
    sh.add(['TỔNG HỢP TỔ CHỨC HỘI VÀ HỘI VIÊN HỘI LIÊN HIỆP PHỤ NỮ CƠ SỞ NĂM 2024'])
    sh.add([])
    hdr0 = ['STT', 'Xã, thị trấn', 'Số chi hội', 'Phụ nữ từ 18 tuổi trở lên', 'Số hội viên', 'Tỷ lệ tập hợp (%)',
            'Trong đó', None]
    hdr1 = [None] * 6 + ['Hội viên dân tộc Khmer', 'Hội viên có đạo']

    def header():
        r = sh.add(hdr0)
        sh.add(hdr1)
        for col in range(6):
            sh.merge(r, col, r + 1, col)
        sh.merge(r, 6, r, 7)
        return r
    h0 = header()
    data = [('Thị trấn Trà Cú', 6, 2950, 2031, 612, 488), ('Thị trấn Định An', 5, 2412, 1788, 870, 402),
            ('Xã Phước Hưng', 7, 3104, 2415, 1502, 611), ('Xã Tập Sơn', 8, 3521, 2790, 2108, 730),
            ('Xã Tân Sơn', 6, 2866, 2207, 1654, 520), ('Xã An Quảng Hữu', 7, 3318, 2530, 1311, 598),
            ('Xã Lưu Nghiệp Anh', 7, 3012, 2288, 1204, 505), ('Xã Ngãi Xuyên', 8, 3760, 2910, 2230, 766),
            ('Xã Kim Sơn', 6, 2745, 2102, 1588, 472), ('Xã Thanh Sơn', 6, 2630, 2044, 1470, 459),
            ('Xã Hàm Giang', 7, 3190, 2456, 1902, 644), ('Xã Hàm Tân', 5, 2280, 1703, 1127, 386),
            ('Xã Đại An', 7, 3055, 2317, 980, 551), ('Xã Định An', 6, 2704, 2058, 1012, 463),
            ('Xã Long Hiệp', 8, 3402, 2611, 2045, 702), ('Xã Tân Hiệp', 6, 2890, 2199, 1398, 517)]
    pos = {}
    for i, (n, ch, pn, hv, km, dao) in enumerate(data, 1):
        if i == 10:
            sh.add([])
            sh.add([None, '(Tiếp theo)'])
            header()
        pos[n] = sh.add([i, n, ch, pn, hv, P2(pct(hv, pn)), km, dao])
    T = [sum(x[k] for x in data) for k in range(1, 6)]
    last = sh.add([None, 'Tổng cộng', T[0], T[1], T[2], P2(pct(T[2], T[1])), T[3], T[4]])
    c.table(sh, h0, last, 0, 7)
    c.plant(sh, pos['Xã Hàm Giang'], 4, 2486, 2456, 'digit',
            'Số hội viên of Xã Hàm Giang typed 2.486 for 2.456: the Tổng cộng %s needs 2.456 and the coverage 76,99%% '
            'beside it is 2.456/3.190' % vi(T[2]))
    return c


# =================================================================== driver
ORDER = [
    k_dv_toan_tinh_dau, k_bieu5_loai_hinh, k_xeploai_tccs_dang_bo, k_tccs_hai_nhiem_ky, k_dv_dang_bo_text,
    k_ket_nap_nam_cot, k_xeploai_dv_nam_hang, k_cap_uy_co_so, k_thu_ns_xa_formula, k_thu_ngan_sach_kh,
    k_hoi_vien_stale, k_tyle_xeploai_pct_only, k_so_sanh_nhiem_ky_header, k_bch_cac_nhiem_ky, k_bau_cu_hai_bang,
    k_ho_ngheo_cross, k_hai_bang_mot_sheet, k_ket_nap_p1, k_llct_kh_th, k_ktgs_nam, k_tuoi_dang_huy_hieu,
    k_quy_hoach_12b, k_luan_chuyen_11, k_bhyt_xa, k_chi_tieu_huyen_cot, k_xeploai_dv_swap_rows, k_doan_the_nam_cot,
    k_co_cau_dv_base, k_xeploai_tccs_htxs_base, k_truong_chuan_formula, k_ngan_sach_tang_giam, k_cu_tri_warn,
    k_ho_ngheo_hai_sheet_clean, k_ket_nap_chi_tieu_warn, k_bhyt_hs_formula, k_ky_luat_nhiem_ky, k_bieu10_dao_tao,
    k_hoi_pn_tiep_bieu,
]

NUMTXT = re.compile(r'^\s*[+\-]?\s?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?\s*%?\s*$')


def parse_a1(s):
    m = re.match(r'^([A-Z]+)(\d+)$', s)
    col = 0
    for ch in m.group(1):
        col = col * 26 + ord(ch) - 64
    return int(m.group(2)) - 1, col - 1


def inside(tables, sheet, r, c):
    for t in tables:
        r0, c0, r1, c1 = t['_b']
        if t['sheet'] == sheet and r0 <= r <= r1 and c0 <= c <= c1:
            return True
    return False


def validate(cid, case):
    names = {s.name for s in case.sheets}
    assert len(names) == len(case.sheets), cid
    for t in case.tables:
        assert t['sheet'] in names, (cid, t)
    for sh in case.sheets:
        for r, row in enumerate(sh.rows):
            for c_, v in enumerate(row):
                isnum = isinstance(v, (int, float, Decimal, N)) and not isinstance(v, bool)
                if isinstance(v, str) and NUMTXT.match(v):
                    isnum = True
                if isnum and not inside(case.tables, sh.name, r, c_):
                    raise AssertionError('%s: figure outside tables at %s!%s = %r' % (cid, sh.name, a1(r, c_), v))
    for e in case.errors:
        cells = e['culprit'] if isinstance(e['culprit'], list) else [e['culprit']]
        for cell in cells:
            r, c_ = parse_a1(cell)
            assert inside(case.tables, e['sheet'], r, c_), (cid, e)
    for w in case.warnings:
        r, c_ = parse_a1(w['cell'])
        assert inside(case.tables, w['sheet'], r, c_), (cid, w)


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith('.json'):
            os.remove(os.path.join(OUT, f))
    stats = {'cases': 0, 'clean': 0, 'err': {}, 'warn': {}, 'err_cases': 0, 'warn_only': 0}
    ids = []
    for i, fn in enumerate(ORDER, 1):
        case = fn()
        cid = 'q%02d-%s' % (i, case.slug)
        validate(cid, case)
        with open(os.path.join(OUT, cid + '.json'), 'w', encoding='utf-8') as fh:
            json.dump(case.export(cid), fh, ensure_ascii=False, indent=1)
            fh.write('\n')
        ids.append(cid)
        stats['cases'] += 1
        if not case.errors and not case.warnings:
            stats['clean'] += 1
        if case.errors:
            stats['err_cases'] += 1
        elif case.warnings:
            stats['warn_only'] += 1
        for e in case.errors:
            stats['err'][e['kind']] = stats['err'].get(e['kind'], 0) + 1
        for w in case.warnings:
            stats['warn'][w['kind']] = stats['warn'].get(w['kind'], 0) + 1
    ne = sum(stats['err'].values())
    nw = sum(stats['warn'].values())
    lines = ['# heldout4 tables: summary', '',
             'Generated by `make.py` (standard library, exact `decimal` arithmetic, ROUND_HALF_UP).', '',
             '- cases: %d' % stats['cases'],
             '- clean (no errors, no warnings): %d' % stats['clean'],
             '- cases with planted errors: %d' % stats['err_cases'],
             '- cases with warnings only: %d' % stats['warn_only'],
             '- planted errors: %d' % ne]
    for k in ('digit', 'transposition', 'swap', 'sign', 'base', 'formula-range', 'term-label', 'cross', 'other'):
        if k in stats['err']:
            extra = ' (stale cached value of a correct SUM formula)' if k == 'other' else ''
            lines.append('  - %s: %d%s' % (k, stats['err'][k], extra))
    lines.append('- planted warnings: %d' % nw)
    for k in sorted(stats['warn']):
        lines.append('  - %s: %d' % (k, stats['warn'][k]))
    lines.append('')
    with open(os.path.join(HERE, 'SUMMARY.md'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(lines))
    print('\n'.join(lines))


if __name__ == '__main__':
    main()
