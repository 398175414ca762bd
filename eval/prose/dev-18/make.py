#!/usr/bin/env python3
"""Generator of the dev18 evaluation drafts (Vietnamese report prose with labelled numeric claims).

Writes prose/<name>.txt and prose/<name>.labels.json for four drafts and SUMMARY.md.
Every total, share, ratio, difference and expected value is computed here with decimal.Decimal,
rounded half up; the stated value of a `rounding` claim is the truncation (one unit below the
half-up value); the stated value of an `inconsistent` claim is a named clerk's slip.
Standard library only.  Run:  python3 make.py
"""
import json
import os
from decimal import Decimal as D, ROUND_HALF_UP, ROUND_DOWN, getcontext

getcontext().prec = 40
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'prose')
FN = '[\ufffd] '          # footnote line prefix, as exported drafts show it

C, R, I, A = 'consistent', 'rounding', 'inconsistent', 'ambiguous'
KINDS = ['sum', 'subset', 'share', 'fraction', 'difference', 'points', 'ratio', 'repeat', 'term']
VERDICTS = [C, R, I, A]


# ----------------------------------------------------------------------------- numbers
def V(s):
    """vi-VN written number -> Decimal ('1.846,5' -> 1846.5)."""
    if isinstance(s, D):
        return s
    if isinstance(s, int):
        return D(s)
    return D(str(s).replace('.', '').replace(',', '.'))


def q(x, dp):
    return D(x).quantize(D(1).scaleb(-dp), rounding=ROUND_HALF_UP)


def tdown(x, dp):
    return D(x).quantize(D(1).scaleb(-dp), rounding=ROUND_DOWN)


def N(x, dp=None):
    """Decimal -> vi-VN text: dot thousands, comma decimals."""
    x = V(x)
    if dp is not None:
        x = q(x, dp)
    s = format(x, 'f')
    neg = s.startswith('-')
    s = s.lstrip('-')
    ip, _, fp = s.partition('.')
    g = ''
    while len(ip) > 3:
        g = '.' + ip[-3:] + g
        ip = ip[:-3]
    return ('-' if neg else '') + ip + g + (',' + fp if fp else '')


def Z(n):
    """Counts under 10 with a leading zero, as drafts write them."""
    n = int(V(n))
    return '%02d' % n if 0 <= n < 10 else N(n)


def dps(*xs):
    return max(max(0, -V(x).as_tuple().exponent) for x in xs)


def pct(a, b):
    return V(a) * 100 / V(b)


# ----------------------------------------------------------------------------- drafts
class Doc:
    def __init__(self, name):
        self.name = name
        self.lines = []
        self.claims = []
        self.pend = []

    # -- bookkeeping
    def c(self, anchor, kind, v=C, right=None, note=''):
        assert kind in KINDS and v in VERDICTS, (kind, v)
        if v in (R, I):
            assert right, (self.name, anchor)
        self.pend.append(dict(anchor=anchor, kind=kind, verdict=v, right=right, note=note))
        return anchor

    def L(self, text):
        assert '\n' not in text
        self.lines.append(text)
        n = len(self.lines)
        for cl in self.pend:
            k = text.count(cl['anchor'])
            assert k == 1, (self.name, n, cl['anchor'], k)
            cl['line'] = n
            self.claims.append(cl)
        self.pend = []

    def F(self, text):
        self.L(FN + text)

    # -- claim helpers: each returns the anchor text it registered
    def share(self, part, base, tpl='chiếm {}%', dp=2, v=C, wrong=None, wbase=None, note=''):
        raw = pct(part, base)
        right = q(raw, dp)
        n = '%s / %s × 100 = %s%% → %s%%' % (N(part), N(base), N(q(raw, 4)), N(right, dp))
        if v == C:
            st = right
        elif v == R:
            st = tdown(raw, dp)
            assert st == right - D(1).scaleb(-dp), (self.name, part, base, raw)
            n += '; stated %s%% is the truncation' % N(st, dp)
        elif wbase is not None:
            st = q(pct(part, wbase), dp)
            n += '; stated %s%% = %s / %s (%s)' % (N(st, dp), N(part), N(wbase), note or 'another base')
            note = ''
        elif wrong is not None:
            st = V(wrong)
        else:
            st = right
        if v in (C, R):
            assert st == right or v == R
        if v == I:
            assert st != right, (self.name, part, base)
        a = tpl.format(N(st, dp))
        self.c(a, 'share', v, right=(N(right, dp) + '%') if v in (R, I) else None,
               note=(n + ('; ' + note if note else '')))
        return a

    def ratio(self, cur, prev, tpl='bằng {}%', dp=2, v=C, wrong=None, note='', mode='pct'):
        """mode pct: cur/prev×100; grow: (cur/prev−1)×100; times: cur/prev (lần)."""
        if mode == 'pct':
            raw = pct(cur, prev)
            n = '%s / %s × 100 = %s%%' % (N(cur), N(prev), N(q(raw, 4)))
        elif mode == 'grow':
            raw = pct(cur, prev) - 100
            n = '(%s / %s − 1) × 100 = %s%%' % (N(cur), N(prev), N(q(raw, 4)))
        else:
            raw = V(cur) / V(prev)
            n = '%s / %s = %s lần' % (N(cur), N(prev), N(q(raw, 4)))
        right = q(raw, dp)
        n += ' → %s' % N(right, dp)
        if v == C:
            st = right
        elif v == R:
            st = tdown(raw, dp)
            assert st == right - D(1).scaleb(-dp), (self.name, cur, prev, raw)
            n += '; stated %s is the truncation' % N(st, dp)
        else:
            st = V(wrong) if wrong is not None else right
        if v == I:
            assert st != right
        a = tpl.format(wrong if isinstance(wrong, str) else N(st, dp))
        self.c(a, 'ratio', v, right=(N(right, dp) + (' lần' if mode == 'times' else '%')) if v in (R, I) else None,
               note=n + ('; ' + note if note else ''))
        return a

    def diff(self, cur, prev, tpl='{w} {n}', v=C, flip=False, wrong=None, words=('tăng', 'giảm'),
             note='', z=False):
        d = V(cur) - V(prev)
        dp = dps(cur, prev)
        w = words[0] if d > 0 else words[1]
        amt = abs(d)
        fmt = (lambda x: Z(x)) if z else (lambda x: N(x, dp))
        right = tpl.format(w=w, n=fmt(amt))
        n = '%s − %s = %s' % (N(cur), N(prev), N(d, dp))
        if v == I and flip:
            w2 = words[1] if w == words[0] else words[0]
            a = tpl.format(w=w2, n=fmt(amt))
            n += '; the word says the opposite direction (%s instead of %s)' % (w2, w)
        elif wrong is not None:
            a = tpl.format(w=w, n=wrong)
        else:
            a = right
        if v == I:
            assert a != right
        self.c(a, 'difference', v, right=right if v in (R, I) else None,
               note=n + ('; ' + note if note else ''))
        return a

    def points(self, cur, prev, tpl='{w} {n} điểm phần trăm', dp=2, v=C, wrong=None, note='',
               words=('tăng', 'giảm')):
        cur, prev = V(cur), V(prev)
        d = cur - prev
        pts = q(abs(d), dp)
        assert abs(q(cur, dp) - q(prev, dp)) == pts, ('points differ on rounded inputs', self.name)
        w = words[0] if d > 0 else words[1]
        right = tpl.format(w=w, n=N(pts, dp))
        a = tpl.format(w=w, n=wrong) if wrong is not None else right
        if v == I:
            assert a != right
            rel = q(abs(d) * 100 / prev, dp)
            assert wrong != N(rel, dp), 'relative reading would hold'
        n = '%s − %s = %s points' % (N(q(cur, 4)), N(q(prev, 4)), N(q(d, 4)))
        self.c(a, 'points', v, right=right if v in (R, I) else None,
               note=n + ('; ' + note if note else ''))
        return a

    def total(self, parts, tpl='{}', v=C, stated=None, note='', dp=None, z=False):
        t = sum(V(p) for p in parts)
        if dp is None:
            s_ = format(t, 'f')
            if '.' in s_:
                s_ = s_.rstrip('0').rstrip('.')
            t = D(s_)
            dp = dps(t)
        fmt = (lambda x: Z(x)) if z else (lambda x: N(x, dp))
        right = tpl.format(fmt(t))
        a = tpl.format(stated) if stated is not None else right
        n = N(parts[0])
        for p_ in parts[1:]:
            n += (' − ' + N(-V(p_))) if V(p_) < 0 else (' + ' + N(p_))
        n += ' = ' + N(t, dp)
        if v == I:
            assert a != right
        self.c(a, 'sum', v, right=fmt(t) if v in (R, I) else None,
               note=n + ('; ' + note if note else ''))
        return a

    def subset(self, anchor, part, parent, v=C, note=''):
        assert V(part) <= V(parent) or v != C
        self.c(anchor, 'subset', v, note='%s ≤ %s%s' % (N(part), N(parent), ('; ' + note) if note else ''))
        return anchor

    def frac(self, a_, b_, tpl='{a}/{b}', dp=2, v=C, wrong=None, note='', za=True):
        raw = pct(a_, b_)
        right = q(raw, dp)
        fa = Z(a_) if za else N(a_)
        fb = Z(b_) if za else N(b_)
        n = '%s / %s × 100 = %s%% → %s%%' % (N(a_), N(b_), N(q(raw, 4)), N(right, dp))
        if v == C:
            st = right
        elif v == R:
            st = tdown(raw, dp)
            assert st == right - D(1).scaleb(-dp), (self.name, a_, b_, raw)
            n += '; stated %s%% is the truncation' % N(st, dp)
        else:
            st = V(wrong) if wrong is not None else right
        if v == I:
            assert st != right
        a = tpl.format(a=fa, b=fb, p=N(st, dp))
        self.c(a, 'fraction', v, right=(N(right, dp) + '%') if v in (R, I) else None,
               note=n + ('; ' + note if note else ''))
        return a

    def rep(self, anchor, v=C, right=None, note=''):
        return self.c(anchor, 'repeat', v, right=right, note=note)

    def term(self, anchor, v=C, right=None, note=''):
        return self.c(anchor, 'term', v, right=right, note=note)


# ============================================================================= draft 1
def draft1():
    d = Doc('d18-01-cong-ty-in-phu-yen')
    L, F = d.L, d.F
    L('CÔNG TY TNHH MỘT THÀNH VIÊN IN PHÚ YÊN')
    L('Số: 27/BC-CTIN')
    L('Phú Yên, ngày 09 tháng 01 năm 2025')
    L('BÁO CÁO')
    L('Tình hình thực hiện nhiệm vụ sản xuất, kinh doanh năm 2024 và kế hoạch năm 2025')
    L('Thực hiện Công văn số 4512/UBND-KT ngày 18/11/2024 của UBND tỉnh về việc báo cáo tình hình hoạt động '
      'của doanh nghiệp nhà nước năm 2024; căn cứ Quyết định số 1187/QĐ-UBND ngày 22/5/2024 của UBND tỉnh '
      'giao kế hoạch sản xuất, kinh doanh năm 2024, Công ty TNHH MTV In Phú Yên báo cáo như sau:')
    L('I. ĐẶC ĐIỂM TÌNH HÌNH')
    L('Đến ngày 31/12/2024, tổng số lao động của Công ty là %s (gồm 19 người quản lý, 37 lao động gián tiếp, '
      '158 công nhân trực tiếp sản xuất); trong đó %s, %s, %s. Công ty bố trí 04 phòng nghiệp vụ, 05 phân xưởng '
      'sản xuất và 01 chi nhánh tại thị xã Sông Cầu; tổng diện tích nhà xưởng 6.420 m².' % (
          d.total(['19', '37', '158'], '{} người'),
          d.subset('nữ 97 người', 97, 214),
          d.share(97, 214),
          d.subset('đảng viên 42 người', 42, 214)))
    L('Năm 2024, giá giấy couché nhập khẩu bình quân 26,8 triệu đồng/tấn, %s so với %s (24,9 triệu đồng/tấn); '
      'giá kẽm, mực in tăng từ 6 - 8%%; số đầu báo, tạp chí đặt in giảm do sắp xếp các cơ quan báo chí theo '
      'Quyết định số 362/QĐ-TTg ngày 03/4/2019 của Thủ tướng Chính phủ. Ngày 25/7/2024, Công ty tiếp nhận '
      '01 máy in offset 4 màu và đưa vào vận hành từ tháng 9/2024.' % (
          d.diff('26,8', '24,9', '{w} {n} triệu đồng/tấn'),
          d.term('bình quân năm 2023', note='2024 price compared with the 2023 average: the year before the report year')))
    L('II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU')
    L('1. Sản lượng, doanh thu, lợi nhuận')
    prod = ['612,4', '705,3', '341,9', '186,9']
    tot = sum(V(p) for p in prod)
    L('Sản lượng trang in quy đổi (khổ 13 x 19 cm) năm 2024 đạt %s, %s (kế hoạch 1.750 triệu trang) và %s; '
      'cụ thể: báo, tạp chí 612,4 triệu trang, %s; sách giáo khoa, sách tham khảo 705,3 triệu trang (%s); '
      'bao bì, nhãn mác 341,9 triệu trang (%s); biểu mẫu, ấn phẩm khác 186,9 triệu trang (%s).' % (
          d.total(prod, '{} triệu trang'),
          d.ratio(tot, '1750', 'bằng {}% kế hoạch'),
          d.ratio(tot, '1712,8', 'bằng {}% so với năm trước', note='2023 output 1.712,8 is in the footnote'),
          d.share('612,4', tot),
          d.share('705,3', tot, '{}%', v=R),
          d.share('341,9', tot, '{}%'),
          d.share('186,9', tot, '{}%')))
    rev = ['88,12', '6,93', '1,42']
    L('Tổng doanh thu đạt %s, gồm: doanh thu hoạt động in 88,12 tỷ đồng; kinh doanh giấy, vật tư ngành in '
      '6,93 tỷ đồng; doanh thu tài chính và thu nhập khác 1,42 tỷ đồng. So với kế hoạch UBND tỉnh giao tại '
      'Quyết định số 1187/QĐ-UBND (92 tỷ đồng), doanh thu %s; so với %s %s. Doanh thu từ khách hàng ngoài tỉnh '
      '18,6 tỷ đồng, %s.' % (
          d.total(rev, '{} tỷ đồng'),
          d.ratio('96,47', '92', 'đạt {}%', v=R),
          d.term('năm 2023', note='2023 revenue 89,35 (footnote); the year before 2024'),
          d.diff('96,47', '89,35', '{w} {n} tỷ đồng', note='2023 figure in the footnote'),
          d.share('18,6', '88,12', 'chiếm {}%', dp=1, v=A,
                  note='base not stated: fits printing revenue 88,12 (21,1%), not total revenue 96,47 (19,3%)')))
    L('Lợi nhuận trước thuế đạt 5,84 tỷ đồng, %s (kế hoạch 5,5 tỷ đồng), %s so với %s; tỷ suất lợi nhuận '
      'trước thuế trên tổng doanh thu %s, %s so với năm trước (%s).' % (
          d.ratio('5,84', '5,5', 'bằng {}% kế hoạch'),
          d.diff('5,84', '6,12', '{w} {n} tỷ đồng', v=I, flip=True, note='2023 profit 6,12 in the footnote'),
          d.term('năm 2023', note='2023 profit 6,12 in the footnote; the year before 2024'),
          d.share('5,84', '96,47', '{}%'),
          d.points(pct('5,84', '96,47'), pct('6,12', '89,35')),
          d.share('6,12', '89,35', '{}%', note='2023 profit / 2023 revenue, both in the footnote')))
    L('Nộp ngân sách nhà nước %s (thuế giá trị gia tăng 2,71 tỷ đồng; thuế thu nhập doanh nghiệp 1,17 tỷ đồng; '
      'phí, lệ phí và các khoản khác 0,38 tỷ đồng), không phát sinh nợ đọng. Thu nhập bình quân của người lao '
      'động 10,85 triệu đồng/người/tháng, %s, %s so với %s.' % (
          d.total(['2,71', '1,17', '0,38'], '{} tỷ đồng'),
          d.diff('10,85', '10,12', '{w} {n} triệu đồng'),
          d.ratio('10,85', '10,12', 'bằng {}%'),
          d.term('năm 2023', note='2023 income 10,12 in the footnote')))
    L('2. Thực hiện các đơn hàng chủ yếu')
    sgk = ['1.210.400', '1.084.300', '551.800', '168.200']
    L('Thực hiện Hợp đồng số 112/HĐ-NXBGDVN ngày 15/3/2024, Công ty nhận in 46 đầu sách giáo khoa phục vụ năm '
      'học 2024 - 2025 và đã giao đủ %s với tổng số %s (khối lớp 1 - 5: 1.210.400 bản; khối lớp 6 - 9: '
      '1.084.300 bản; khối lớp 10 - 12: 551.800 bản; sách bài tập và tài liệu giáo dục địa phương: 168.200 '
      'bản), hoàn thành trước ngày 15/7/2024.' % (
          d.frac(46, 46, '{a}/{b} đầu sách', note='whole equals the 46 titles ordered'),
          d.total(sgk, '{} bản', v=I, stated=N(sum(V(x) for x in sgk[:3])),
                  note='stated total leaves out the 168.200 workbooks')))
    L('Báo Phú Yên in %s (206 số thường kỳ và 12 số chuyên đề, số Tết), bình quân 5.800 tờ/số; in 07 đầu tạp '
      'chí, bản tin của các sở, ngành với 312.000 bản, %s so với %s (360.500 bản) do 02 bản tin chuyển sang '
      'phát hành điện tử.' % (
          d.total(['206', '12'], '{} số', v=I, stated='281', note='281 transposes 218'),
          d.diff('312.000', '360.500', '{w} {n} bản'),
          d.term('năm 2022', v=I, right='năm 2023',
                 note='a 2024 figure compared with 360.500, which the footnote gives as the 2023 figure')))
    L('Trong năm, Công ty ký mới 1.126 hợp đồng in, trong đó %s (%s); đến ngày 31/12/2024 đã thanh lý %s, '
      '%s đang thực hiện, chuyển sang năm 2025.' % (
          d.subset('187 hợp đồng với khách hàng ngoài tỉnh', 187, 1126),
          d.share(187, 1126, '{}%', v=I, wbase=1093, note='contracts settled, not contracts signed'),
          d.frac(1093, 1126, '{a}/{b} hợp đồng, đạt {p}%', v=R, za=False),
          d.diff(1126, 1093, 'còn {n} hợp đồng')))
    L('Số khách hàng có phát sinh giao dịch trong năm là %s, trong đó: cơ quan hành chính, đơn vị sự nghiệp 131; '
      'doanh nghiệp 108; trường học 64; khách hàng ngoài tỉnh 54. Khách hàng truyền thống (có hợp đồng từ 03 năm '
      'liên tục trở lên) chiếm trên 60%%.' % (
          d.total(['131', '108', '64', '54'], '{} đơn vị, cá nhân', v=A, stated='318',
                  note='357 > 318, but "ngoài tỉnh" is another dimension that may overlap the customer types '
                       '(types alone 303 ≤ 318)'),))
    L('Vật tư chính: nhập 1.452 tấn giấy các loại, sử dụng cho sản xuất 1.384 tấn, %s so với năm trước '
      '(1.297 tấn); tồn kho đến 31/12/2024 là 186 tấn, %s, phù hợp định mức dự trữ cho 02 tháng sản xuất.' % (
          d.diff('1.384', '1.297', '{w} {n} tấn', v=I, wrong='78', note='78 transposes 87'),
          d.share('186', '1.452', 'bằng {}%', dp=1, v=A,
                  note='base not stated: fits paper bought 1.452 (12,8%), not paper used 1.384 (13,4%)')))
    L('3. Đầu tư, đổi mới thiết bị')
    inv = ['11,2', '2,35', '1,05']
    L('Thực hiện Dự án đầu tư chiều sâu, đổi mới thiết bị giai đoạn 2021 - 2025 (Quyết định số 865/QĐ-UBND ngày '
      '09/6/2021, tổng mức đầu tư 46 tỷ đồng), năm 2024 Công ty giải ngân %s, gồm: 01 máy in offset 4 màu khổ '
      '72 x 102 cm 11,2 tỷ đồng; thiết bị thành phẩm sau in 2,35 tỷ đồng; phần mềm chế bản, quản lý màu 1,05 '
      'tỷ đồng. Nguồn vốn: vay thương mại 8,5 tỷ đồng, %s; %s từ quỹ đầu tư phát triển của Công ty.' % (
          d.total(inv, '{} tỷ đồng'),
          d.share('8,5', '14,6'),
          d.diff('14,6', '8,5', 'còn lại {n} tỷ đồng')))
    cum = ['6,4', '9,7', '7,2', '14,6']
    L('Lũy kế từ năm 2021 đến hết năm 2024, giá trị giải ngân của dự án đạt %s (năm 2021: 6,4 tỷ đồng; năm 2022: '
      '9,7 tỷ đồng; năm 2023: 7,2 tỷ đồng; %s), %s; phần vốn còn lại %s bố trí thực hiện trong năm 2025.' % (
          d.total(cum, '{} tỷ đồng'),
          d.rep('năm 2024: 14,6 tỷ đồng', note='same as the 14,6 disbursed in 2024 above'),
          d.ratio('37,9', '46', 'bằng {}% tổng mức đầu tư'),
          d.diff('46', '37,9', '{n} tỷ đồng', note='remaining = total investment 46 − disbursed 37,9')))
    L('4. Lao động, tiền lương và chế độ, chính sách')
    L('Lao động đầu năm 211 người; trong năm tuyển dụng mới 12 người, giải quyết nghỉ hưu, nghỉ việc 09 người; số '
      'lao động đến cuối năm %s. Cơ cấu trình độ của %s: đại học trở lên 46 người; cao đẳng, trung cấp 39 người; '
      'công nhân kỹ thuật bậc 3/7 trở lên 97 người.' % (
          d.total(['211', '12', '-9'], 'là {} người', note='stock-flow: 211 + 12 − 9 = 214'),
          d.total(['46', '39', '97'], '{} lao động', v=A, stated='214',
                  note='182 < 214: the rest may be unskilled workers, or a level was left out')))
    L('Công ty trích nộp đầy đủ BHXH, BHYT, BHTN cho %s với số tiền 6,47 tỷ đồng; tổ chức khám sức khỏe định kỳ '
      'cho %s, %s chưa khám do nghỉ thai sản, ốm dài ngày sẽ khám bổ sung trong quý I/2025. Tổ chức hai đợt huấn '
      'luyện an toàn, vệ sinh lao động và 01 lần diễn tập phòng cháy, chữa cháy; không để xảy ra tai nạn lao động.' % (
          d.rep('216 lao động', v=A,
                note='period unclear: 216 insured during the year vs 214 on the payroll at 31/12/2024'),
          d.frac(203, 214, '{a}/{b} người lao động ({p}%)', za=False),
          d.diff(214, 203, 'còn {n} người')))
    L('III. ĐÁNH GIÁ CHUNG')
    L('Năm 2024, mặc dù chi phí đầu vào tăng cao, Công ty đã hoàn thành vượt mức các chỉ tiêu kế hoạch chủ yếu: '
      'sản lượng %s, tổng doanh thu %s, lợi nhuận trước thuế %s; nộp ngân sách đầy đủ, kịp thời; việc làm và thu '
      'nhập của người lao động ổn định. Tuy nhiên, tỷ suất lợi nhuận giảm, một số thiết bị in cuộn đã sử dụng '
      'trên 15 năm, tỷ lệ sản phẩm phải in lại còn cao.' % (
          d.rep('1.846,5 triệu trang', note='same as the output total in II.1'),
          d.rep('96,74 tỷ đồng', v=I, right='96,47 tỷ đồng', note='body says 96,47 (parts sum to 96,47); 74/47 transposed'),
          d.rep('5,84 tỷ đồng', note='same as the profit in II.1')))
    L('IV. KẾ HOẠCH NĂM 2025')
    L('Các chỉ tiêu chủ yếu: sản lượng 1.900 triệu trang, %s so với %s; tổng doanh thu 100 tỷ '
      'đồng, %s thực hiện năm trước; lợi nhuận trước thuế 6,2 tỷ đồng, %s; nộp ngân sách 4,5 tỷ đồng; thu nhập '
      'bình quân từ 11,2 triệu đồng/người/tháng trở lên.' % (
          d.ratio('1900', tot, 'tăng {}%', mode='grow'),
          d.term('thực hiện năm 2024', note='2025 plan compared with the 2024 result: the year before'),
          d.ratio('100', '96,47', 'bằng {}%'),
          d.diff('6,2', '5,84', '{w} {n} tỷ đồng')))
    L('Nhiệm vụ, giải pháp: (1) khai thác tối đa công suất máy in offset mới, mở rộng thị trường bao bì, nhãn mác '
      'ra các tỉnh Nam Trung Bộ và Tây Nguyên; (2) hoàn thành Dự án đầu tư chiều sâu giai đoạn 2021 - 2025, thanh '
      'lý ... máy in cuộn đã hết khấu hao; (3) thực hiện nghiêm Điều 24 Luật Quản lý, sử dụng vốn nhà nước đầu tư '
      'vào sản xuất, kinh doanh tại doanh nghiệp; (4) giảm tỷ lệ sản phẩm phải in lại xuống dưới 0,8%.')
    L('V. KIẾN NGHỊ: Đề nghị UBND tỉnh xem xét cho Công ty được giữ lại 100% lợi nhuận sau thuế năm 2024 để bổ '
      'sung vốn điều lệ, đồng thời chỉ đạo các sở, ngành ưu tiên đặt in ấn phẩm tại doanh nghiệp in của tỉnh.')
    L('Nơi nhận: - UBND tỉnh (b/c); - Sở Tài chính; - Sở Thông tin và Truyền thông; - Lưu: VT, KH-KD.')
    F('Số liệu thực hiện năm 2023 (Báo cáo số 19/BC-CTIN ngày 10/01/2024): sản lượng 1.712,8 triệu trang; tổng '
      'doanh thu 89,35 tỷ đồng; lợi nhuận trước thuế 6,12 tỷ đồng; thu nhập bình quân 10,12 triệu '
      'đồng/người/tháng; tạp chí, bản tin %s.' % (
          d.rep('360.500 bản', note='same value as the body; the footnote dates it 2023'),))
    cost = ['57,42', '21,35', '4,86', '7']
    F('Tổng chi phí năm 2024 là %s, gồm: nguyên vật liệu 57,42 tỷ đồng (%s); nhân công 21,35 tỷ đồng; khấu hao '
      'tài sản cố định 4,86 tỷ đồng; chi phí quản lý, bán hàng và chi phí khác 7 tỷ đồng.' % (
          d.total(cost, '{} tỷ đồng'),
          d.share('57,42', '90,63', '{}%')))
    return d


# ============================================================================= draft 2
def draft2():
    d = Doc('d18-02-cong-ty-che-tuyen-quang')
    L, F = d.L, d.F
    L('CÔNG TY TNHH MỘT THÀNH VIÊN CHÈ TUYÊN QUANG')
    L('Số: 09/BC-CT')
    L('Tuyên Quang, ngày 20 tháng 01 năm 2025')
    L('BÁO CÁO')
    L('Kết quả sản xuất, kinh doanh năm 2024; đánh giá 04 năm thực hiện Phương án sản xuất, kinh doanh và đầu tư '
      'phát triển giai đoạn 2021 - 2025')
    L('Căn cứ Quyết định số 582/QĐ-UBND ngày 30/12/2020 của UBND tỉnh phê duyệt Phương án sản xuất, kinh doanh và '
      'đầu tư phát triển giai đoạn 2021 - 2025 của Công ty; Nghị quyết số 05/NQ-HĐTV ngày 12/01/2024 của Hội đồng '
      'thành viên về kế hoạch năm 2024, Công ty báo cáo như sau:')
    L('Phần thứ nhất. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024')
    L('1. Vùng nguyên liệu')
    area = ['1.142,7', '96,3', '47,4']
    at = sum(V(x) for x in area)
    L('Tổng diện tích chè do Công ty quản lý đến 31/12/2024 là %s, chia ra: chè kinh doanh 1.142,7 ha, chè kiến '
      'thiết cơ bản 96,3 ha, trồng mới và trồng tái canh năm 2024 là 47,4 ha. Diện tích các giống chè mới (LDP1, '
      'PH8, PH11, Kim Tuyên) đạt 812,5 ha, %s, %s so với %s (54,71%%) – thời điểm bắt đầu thực hiện Phương án.' % (
          d.total(area, '{} ha'),
          d.share('812,5', at),
          d.points(pct('812,5', at), '54,71'),
          d.term('cuối năm 2020', note='explicit baseline: the start of the 2021 - 2025 plan, i.e. the end of the '
                                        'previous period 2016 - 2020; both ends named in the sentence')))
    L('Toàn Công ty có 1.036 hộ nhận khoán với 2.874 lao động; trong đó %s, %s. Diện tích chè kinh doanh đạt '
      'năng suất trên 15 tấn/ha là 386,2 ha, %s. Năm 2024, Công ty hỗ trợ giống cho %s trồng tái canh (trong đó '
      'hộ nghèo, cận nghèo 46 hộ; hộ dân tộc thiểu số 118 hộ; hộ có diện tích dưới 0,5 ha 93 hộ).' % (
          d.subset('hộ đồng bào dân tộc thiểu số 388 hộ', 388, 1036),
          d.share(388, 1036, 'chiếm {}%', v=I, wrong='37,54', note='37,54 transposes 37,45'),
          d.share('386,2', at, 'chiếm {}%', v=A,
                  note='base not stated: fits the whole area 1.286,4 ha (30,02%), whereas the yield class '
                       'belongs to the business area 1.142,7 ha (33,80%)'),
          d.total(['46', '118', '93'], '{} hộ', v=A, stated='214',
                  note='257 > 214, but poor, ethnic-minority and small-plot households are different dimensions and overlap')))
    L('Diện tích chè được cấp chứng nhận còn hiệu lực là %s, trong đó: VietGAP 468,3 ha; Rainforest Alliance '
      '215 ha; hữu cơ 32,6 ha (Giấy chứng nhận số 1127/2024/HC ngày 14/8/2024, hiệu lực đến 13/8/2027).' % (
          d.total(['468,3', '215', '32,6'], '{} ha', v=A, stated='680,5',
                  note='715,9 > 680,5; a plot may hold two certificates (VietGAP and Rainforest Alliance)'),))
    L('2. Sản xuất, chế biến')
    crop = ['3.328', '6.874', '4.660']
    ct = sum(V(x) for x in crop)
    L('Sản lượng chè búp tươi thu hoạch từ vườn khoán đạt %s (vụ xuân 3.328 tấn, vụ hè 6.874 tấn, vụ thu 4.660 '
      'tấn, lần lượt chiếm %s, %s và %s), %s (14.500 tấn); so với %s (14.215 tấn) %s, %s.' % (
          d.total(crop, '{} tấn'),
          d.share('3.328', ct, '{}%'),
          d.share('6.874', ct, '{}%'),
          d.share('4.660', ct, '{}%', v=R),
          d.ratio(ct, '14.500', 'bằng {}% kế hoạch'),
          d.term('năm 2023', note='2024 crop compared with 2023'),
          d.diff(ct, '14.215', '{w} {n} tấn'),
          d.ratio(ct, '14.215', 'bằng {}%')))
    raw = ['14.862', '526', '3.415']
    L('Tổng nguyên liệu đưa vào chế biến %s, gồm: %s; búp tươi từ vườn chè do Công ty trực tiếp quản lý 526 '
      'tấn; thu mua của hộ dân ngoài vùng 3.415 tấn. Giá thu mua bình quân 6.450 đồng/kg, các nhà máy chế biến '
      'hoạt động ổn định, không để tồn đọng nguyên liệu trong cao điểm vụ hè.' % (
          d.total(raw, '{} tấn', v=I, stated='18.277', note='stated total leaves out the 526 t from the '
                  'company-managed gardens (14.862 + 3.415 = 18.277)'),
          d.rep('búp tươi từ vườn khoán 14.862 tấn', note='same as the crop total above')))
    dry = ['2.680', '864', '368']
    dt = sum(V(x) for x in dry)
    L('Sản xuất %s chè khô các loại, %s (3.800 tấn), chia ra: chè đen OTD 2.680 tấn (%s), chè xanh 864 tấn '
      '(%s), chè đặc sản Shan tuyết, ô long 368 tấn.' % (
          d.total(dry, '{} tấn'),
          d.ratio(dt, '3.800', 'đạt {}% kế hoạch năm'),
          d.share('2.680', dt, '{}%', v=R),
          d.share('864', dt, '{}%')))
    inv = ['5,2', '2,1', '1,2']
    L('Công ty có 04 nhà máy chế biến với tổng công suất 120 tấn búp tươi/ngày. Năm 2024 đầu tư %s, gồm: dây '
      'chuyền chè xanh 5,2 tỷ đồng; hệ thống lò sấy dùng viên nén sinh khối thay than đá 2,1 tỷ đồng; hệ thống xử '
      'lý nước thải Nhà máy chè Mỹ Bằng 1,2 tỷ đồng; trong đó vốn vay 5 tỷ đồng, %s, còn lại là vốn khấu hao.' % (
          d.total(inv, '{} tỷ đồng'),
          d.share('5', '8,5')))
    L('Phối hợp Trung tâm Kiểm nghiệm tỉnh lấy 126 mẫu chè thành phẩm phân tích dư lượng thuốc bảo vệ thực vật, '
      'kim loại nặng; kết quả các mẫu đều đạt QCVN 8-2:2011/BYT. Duy trì hệ thống quản lý an toàn thực phẩm theo '
      'ISO 22000:2018 tại các nhà máy, không có lô hàng xuất khẩu bị trả về.')
    L('3. Tiêu thụ, thị trường')
    L('Tiêu thụ %s, gồm xuất khẩu 2.947 tấn và tiêu thụ nội địa 909 tấn; xuất khẩu %s. Chè nội địa %s so với %s '
      '(966 tấn) do cạnh tranh của chè túi lọc; riêng chè đặc sản %s, là nhóm sản phẩm có giá bán cao nhất.' % (
          d.total(['2.947', '909'], '{} tấn'),
          d.share('2.947', '3.856', 'chiếm {}% sản lượng tiêu thụ', v=I, wbase=dt,
                  note='the base named is consumption 3.856, the figure was computed on production 3.912'),
          d.diff('909', '966', '{w} {n} tấn', v=I, flip=True),
          d.term('năm 2023', note='2024 domestic sales compared with 2023'),
          d.share('368', '3.856', 'chiếm {}%', dp=1, v=A,
                  note='368 t is production; 9,5% fits the consumption base 3.856 (9,54%), the production base '
                       '3.912 gives 9,4%; base not stated')))
    exp = ['1.214', '586', '402', '745']
    L('Sản lượng xuất khẩu %s chia ra: Pakistan 1.214 tấn (%s), Đài Loan 586 tấn, Liên bang Nga 402 tấn, Iraq và '
      'các thị trường khác 745 tấn; kim ngạch đạt 5,62 triệu USD, %s so với năm trước (4,98 triệu USD).' % (
          d.total(exp, '{} tấn'),
          d.share('1.214', '2.947', '{}%'),
          d.ratio('5,62', '4,98', 'tăng {}%', mode='grow')))
    L('4. Doanh thu, lợi nhuận, nghĩa vụ với ngân sách; thu nhập')
    rev = ['148,6', '71,9', '22,4', '3,9']
    L('Tổng doanh thu %s (bán chè xuất khẩu 148,6 tỷ đồng; chè nội địa 71,9 tỷ đồng; cung ứng vật tư, phân bón '
      'cho hộ nhận khoán 22,4 tỷ đồng; thu khác 3,9 tỷ đồng), %s (240 tỷ đồng), %s so với năm trước (228,5 tỷ '
      'đồng). Lợi nhuận trước thuế 9,46 tỷ đồng, %s %s (8,71 tỷ đồng); nộp ngân sách 7,35 tỷ đồng.' % (
          d.total(rev, '{} tỷ đồng'),
          d.ratio('246,8', '240', 'đạt {}% kế hoạch'),
          d.diff('246,8', '228,5', '{w} {n} tỷ đồng'),
          d.ratio('9,46', '8,71', 'bằng {}%'),
          d.term('năm 2023', note='2024 profit compared with 2023')))
    L('Công ty ứng trước cho các hộ 2.146 tấn phân bón, trị giá 25,3 tỷ đồng; đến ngày 31/12/2024 đã thu hồi '
      '23,8 tỷ đồng, %s, %s so với %s (92,71%%); %s được trừ vào tiền thu mua chè vụ xuân năm 2025.' % (
          d.share('23,8', '25,3', 'đạt {}%'),
          d.points(pct('23,8', '25,3'), '92,71', v=I, wrong='2,36', note='one-digit slip: 1,36 typed 2,36'),
          d.term('năm 2023', note='2024 recovery rate compared with 2023'),
          d.diff('25,3', '23,8', 'số còn phải thu {n} tỷ đồng')))
    L('Lao động của Công ty có 312 người, trong đó %s (%s), %s; thu nhập bình quân 8,4 triệu đồng/người/tháng. '
      'Thu nhập bình quân của hộ nhận khoán đạt 96,5 triệu đồng/hộ/năm, %s so với năm trước (88,6 triệu đồng).' % (
          d.subset('nữ 171 người', 171, 312),
          d.share(171, 312, '{}%'),
          d.subset('người dân tộc thiểu số 96 người', 96, 312),
          d.diff('96,5', '88,6', '{w} {n} triệu đồng')))
    L('Phần thứ hai. ĐÁNH GIÁ 04 NĂM THỰC HIỆN PHƯƠNG ÁN GIAI ĐOẠN 2021 - 2025')
    rc = ['58,2', '71,5', '79,3', '47,4']
    rct = sum(V(x) for x in rc)
    L('Trong 04 năm 2021 - 2024, Công ty trồng mới, trồng tái canh %s (năm 2021: 58,2 ha; năm 2022: 71,5 ha; năm '
      '2023: 79,3 ha; %s), %s (350 ha), %s so với %s (241,7 ha).' % (
          d.total(rc, '{} ha'),
          d.rep('năm 2024: 47,4 ha', note='same as the 2024 planting in the area breakdown'),
          d.ratio(rct, '350', 'bằng {}% kế hoạch giai đoạn', v=R),
          d.diff(rct, '241,7', '{w} {n} ha'),
          d.term('giai đoạn 2015 - 2020', v=I, right='giai đoạn 2016 - 2020',
                 note='the period before 2021 - 2025 is 2016 - 2020 (footnote 3 gives 241,7 ha for 2016 - 2020)')))
    yl = ['13.540', '13.978', '14.215', '14.862']
    L('Sản lượng chè búp tươi 04 năm đạt %s (năm 2021: 13.540 tấn; năm 2022: 13.978 tấn; %s; %s); sản lượng '
      'năm 2024 %s %s, bình quân mỗi năm tăng trên 400 tấn.' % (
          d.total(yl, '{} tấn'),
          d.rep('năm 2023: 14.215 tấn', note='same as the 2023 figure in part one'),
          d.rep('năm 2024: 14.862 tấn', note='same as the 2024 crop'),
          d.diff('14.862', '13.540', '{w} {n} tấn'),
          d.term('so với năm 2021', note='explicit start-of-plan comparison: both years named')))
    rv = ['198,7', '219,6', '228,5', '246,8']
    L('Tổng doanh thu 04 năm đạt %s (năm 2021: 198,7 tỷ đồng; năm 2022: 219,6 tỷ đồng; %s; %s), lợi nhuận trước '
      'thuế lũy kế 33,5 tỷ đồng; nộp ngân sách đầy đủ, không phát sinh nợ thuế; bảo toàn và phát triển vốn nhà nước.' % (
          d.total(rv, '{} tỷ đồng'),
          d.rep('năm 2023: 228,5 tỷ đồng', note='same as "năm trước (228,5 tỷ đồng)"'),
          d.rep('năm 2024: 246,8 tỷ đồng', note='same as the 2024 revenue total')))
    L('Nhìn chung, sau 04 năm thực hiện Phương án, vùng nguyên liệu được duy trì ổn định với %s chè, trong đó '
      'diện tích trồng mới, tái canh %s; sản phẩm chè đen OTD, chè xanh đã có mặt tại 09 thị trường. Tuy nhiên, '
      'giá xuất khẩu bình quân còn thấp, một bộ phận hộ nhận khoán chưa tuân thủ quy trình sử dụng thuốc bảo vệ '
      'thực vật; thiết bị của 02 nhà máy chế biến đã lạc hậu.' % (
          d.rep('1.268,4 ha', v=I, right='1.286,4 ha', note='the area total is 1.286,4 ha (parts sum to it); 86/68 swapped'),
          d.rep('209 ha', v=A, note='period unclear: 209 = 256,4 − 47,4, i.e. 2021 - 2023 only, or a different '
                                    'figure; the sentence names no period')))
    L('Phần thứ ba. KẾ HOẠCH NĂM 2025')
    L('Sản lượng chè búp tươi 15.200 tấn, %s so với thực hiện năm 2024; chè khô 4.000 tấn; tổng doanh thu 260 tỷ '
      'đồng; trồng tái canh 93,6 ha, bảo đảm hoàn thành %s của giai đoạn; hỗ trợ ... triệu đồng/ha cho hộ trồng '
      'tái canh theo Nghị quyết số .../2024/NQ-HĐND của HĐND tỉnh.' % (
          d.ratio('15.200', '14.862', 'tăng {}%', mode='grow'),
          d.total([rct, '93,6'], 'chỉ tiêu {} ha', note='256,4 done + 93,6 planned = 350 ha target')))
    L('Giải pháp chủ yếu: (1) rà soát, điều chỉnh định mức khoán theo Nghị định số 168/2016/NĐ-CP, gắn trách nhiệm '
      'hộ nhận khoán với quy trình sản xuất an toàn; (2) thay thế thiết bị chế biến lạc hậu, chuyển dần sang sản '
      'phẩm chè xanh, chè đặc sản có giá trị cao; (3) mở rộng thị trường Trung Đông, Đông Âu, tham gia các hội chợ '
      'xúc tiến thương mại do tỉnh tổ chức; (4) đào tạo lại công nhân vận hành dây chuyền mới.')
    L('Nơi nhận: - UBND tỉnh; - Sở Tài chính; - Sở Nông nghiệp và PTNT; - Hội đồng thành viên; - Lưu: VT, KH.')
    F('Các chỉ tiêu khác giao tại Nghị quyết số 05/NQ-HĐTV: lợi nhuận trước thuế 8,9 tỷ đồng; nộp ngân sách 7 tỷ '
      'đồng; thu nhập bình quân của người lao động 8 triệu đồng/người/tháng; hỗ trợ giống cho 200 hộ.')
    F('Giá thu mua chè búp tươi năm 2024: loại A 7.800 đồng/kg, loại B 6.200 đồng/kg, loại C 4.900 đồng/kg; '
      'bình quân chung %s. Số hộ nhận khoán đầu năm 1.022 hộ, trong năm thanh lý hợp đồng 27 hộ, ký mới 41 hộ, '
      'cuối năm còn %s.' % (
          d.rep('6.450 đồng/kg', note='same average price as in the body'),
          d.total(['1.022', '-27', '41'], '{} hộ', note='stock-flow 1.022 − 27 + 41 = 1.036, as in the body')))
    F('Giai đoạn 2016 - 2020 (Báo cáo số 11/BC-CT ngày 15/01/2021): trồng mới, trồng tái canh %s; sản lượng chè '
      'búp tươi bình quân 12.946 tấn/năm.' % (d.rep('241,7 ha', note='same as the body figure for the previous period'),))
    return d


# ============================================================================= draft 3
def draft3():
    d = Doc('d18-03-chi-cuc-tdc-ninh-binh')
    L, F = d.L, d.F
    L('SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH NINH BÌNH - CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG')
    L('Số: 318/BC-TĐC')
    L('Ninh Bình, ngày 27 tháng 9 năm 2024')
    L('BÁO CÁO Kết quả công tác 9 tháng đầu năm, nhiệm vụ trọng tâm quý IV năm 2024')
    L('Thực hiện Công văn số 1025/SKHCN-VP ngày 16/9/2024 của Sở Khoa học và Công nghệ về việc báo cáo kết quả '
      'công tác 9 tháng đầu năm 2024 (số liệu tính từ ngày 01/01/2024 đến ngày 20/9/2024, ước thực hiện đến '
      '30/9/2024), Chi cục Tiêu chuẩn Đo lường Chất lượng báo cáo như sau:')
    L('I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ')
    L('1. Quản lý nhà nước về đo lường')
    kd = ['11.352', '4.218', '1.905', '642', '309']
    kt = sum(V(x) for x in kd)
    L('a) Kiểm định phương tiện đo: Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng và các tổ chức được chỉ '
      'định đã kiểm định %s, %s (24.000 phương tiện) và %s; cụ thể:' % (
          d.total(kd, '{} phương tiện đo'),
          d.ratio(kt, '24.000', 'đạt {}% kế hoạch năm', v=R),
          d.ratio(kt, '17.092', 'bằng {}% cùng kỳ', note='same period 2023: 17.092 (next line)')))
    L('- Công tơ điện 11.352 chiếc (%s); đồng hồ nước lạnh 4.218 chiếc (%s); cân các loại 1.905 chiếc; cột đo '
      'xăng dầu 642 cột; phương tiện đo khác (huyết áp kế, nhiệt kế y học, taximet) 309 chiếc.' % (
          d.share('11.352', kt, '{}%', v=R),
          d.share('4.218', kt, '{}%')))
    L('- Không đạt yêu cầu 386 chiếc (%s), trong đó %s (%s). So với %s (17.092 phương tiện), số phương tiện đo '
      'được kiểm định %s; thu phí kiểm định ước đạt 1.286,5 triệu đồng, %s (cùng kỳ 1.164 triệu đồng).' % (
          d.share(386, kt, '{}%'),
          d.subset('đồng hồ nước 214 chiếc', 214, 386),
          d.share(214, 386, 'chiếm {}%'),
          d.term('cùng kỳ năm 2023', note='9 months 2024 compared with the same period of 2023'),
          d.diff(kt, '17.092', '{w} {n} phương tiện'),
          d.ratio('1.286,5', '1.164', 'tăng {}%', v=A, wrong='1.052', mode='grow',
                  note='written 1.052%: 1052 % or a mistyped 10,52 % (the growth is 10,52 %); not decidable '
                       'from the text')))
    L('b) Kiểm tra nhà nước về đo lường: kiểm tra 57 cửa hàng xăng dầu với 324 cột đo; kết quả %s, %s, %s; '
      'đã niêm phong, yêu cầu kiểm định lại trước khi đưa vào sử dụng.' % (
          d.frac(318, 324, '{a}/{b} cột đo đạt yêu cầu ({p}%)', za=False),
          d.diff(324, 318, '{n} cột đo có sai số vượt giới hạn cho phép', z=True),
          d.share(6, 324, 'chiếm {}%', v=I, wbase=57, note='petrol stations instead of dispensers')))
    L('c) Đo lường đối với hàng đóng gói sẵn: kiểm tra 18 cơ sở sản xuất, lấy %s (nước mắm 42 mẫu, gạo 38 mẫu, '
      'xi măng bao 46 mẫu) để kiểm tra định lượng; phát hiện 05 mẫu thiếu định lượng vượt mức cho phép (%s), '
      'đã chuyển Thanh tra Sở xử lý theo Nghị định số 119/2017/NĐ-CP.' % (
          d.total(['42', '38', '46'], '{} mẫu'),
          d.share(5, 126, '{}%')))
    L('d) Hiệu chuẩn chuẩn đo lường, phương tiện đo cho 36 doanh nghiệp: 1.184 chuẩn, phương tiện, %s, %s so với '
      'cùng kỳ (1.026 chuẩn, phương tiện); tiếp tục duy trì 09 lĩnh vực được công nhận theo ISO/IEC 17025:2017.' % (
          d.diff('1.184', '1.026', '{w} {n}'),
          d.ratio('1.184', '1.026', 'bằng {}%')))
    L('2. Quản lý chất lượng sản phẩm, hàng hóa')
    ins = ['57', '62', '27']
    L('Chủ trì, phối hợp kiểm tra %s (%s; chất lượng sản phẩm, hàng hóa 62 cơ sở kinh doanh mũ bảo hiểm, đồ '
      'chơi trẻ em, thép xây dựng; nhãn hàng hóa 27 cơ sở), %s so với %s (132 cơ sở).' % (
          d.total(ins, '{} cơ sở'),
          d.rep('đo lường 57 cửa hàng xăng dầu', note='same 57 stations as in 1.b'),
          d.diff(146, 132, '{w} {n} cơ sở'),
          d.term('cùng kỳ năm 2022', v=I, right='cùng kỳ năm 2023',
                 note='a 9-month 2024 figure; 132 is the 2023 same-period figure (footnote 2)')))
    L('Theo địa bàn, %s gồm: thành phố Ninh Bình 38, thành phố Tam Điệp 17, huyện Kim Sơn 24, Yên Khánh 21, Yên '
      'Mô 16, Hoa Lư 15, Gia Viễn 15; huyện Nho Quan chuyển sang kiểm tra trong quý IV.' % (
          d.total(['38', '17', '24', '21', '16', '15', '15'], '{} cơ sở đã kiểm tra'),))
    L('Qua kiểm tra phát hiện %s (đo lường 11, chất lượng 04, nhãn hàng hóa 08), %s; tỷ lệ cơ sở vi phạm %s so '
      'với cùng kỳ (%s). Riêng số cơ sở vi phạm về nhãn hàng hóa %s cùng kỳ (04 cơ sở).' % (
          d.total(['11', '4', '8'], '{} cơ sở vi phạm'),
          d.share(23, 146, 'chiếm {}%'),
          d.points(pct(23, 146), pct(27, 132), '{w} {n} điểm %'),
          d.frac(27, 132, '{a}/{b} cơ sở, {p}%', za=False),
          d.c('gấp đôi', 'ratio', note='8 / 4 = 2 → "gấp đôi" (twice), written in words')))
    L('Đã xử lý %s, gồm xử phạt vi phạm hành chính 19 cơ sở và nhắc nhở 04 cơ sở; tổng số tiền phạt %s (đo '
      'lường 268 triệu đồng; chất lượng sản phẩm, hàng hóa 117,5 triệu đồng; nhãn hàng hóa 27 triệu đồng), nộp '
      'ngân sách nhà nước theo Điều 78 Luật Xử lý vi phạm hành chính.' % (
          d.total(['19', '4'], '{} cơ sở'),
          d.total(['268', '117,5', '27'], '{} triệu đồng', v=I, stated='385,5',
                  note='stated total leaves out the 27 million for labels (268 + 117,5 = 385,5)')))
    L('Công bố hợp chuẩn, hợp quy: tiếp nhận 94 hồ sơ (nộp trực tuyến 88 hồ sơ, %s); đã giải quyết %s, %s đang '
      'bổ sung theo quy định. Thử nghiệm %s (phân bón 112 mẫu, xi măng 86 mẫu, thép 74 mẫu, xăng dầu 84 mẫu); '
      'mẫu không đạt 09 mẫu (%s), chủ yếu phân bón thiếu hàm lượng đạm.' % (
          d.share(88, 94, 'chiếm {}% số hồ sơ tiếp nhận', v=I, wbase=91, note='files settled, not files received'),
          d.frac(91, 94, '{a}/{b} hồ sơ đúng hạn ({p}%)', za=False),
          d.diff(94, 91, 'còn {n} hồ sơ', z=True),
          d.total(['112', '86', '74', '84'], '{} mẫu'),
          d.share(9, 356, '{}%')))
    L('Giám sát chất lượng xăng dầu: trong %s đã thử nghiệm, 02 mẫu xăng RON 95 không đạt trị số octan (%s) tại '
      '02 cửa hàng ở huyện Yên Mô; đã xử phạt, buộc tiêu hủy 3.200 lít xăng không bảo đảm chất lượng.' % (
          d.rep('84 mẫu xăng dầu', note='same 84 fuel samples as in the test breakdown'),
          d.share(2, 84, '{}%')))
    L('3. Mã số mã vạch, năng suất chất lượng, hệ thống quản lý chất lượng')
    L('Hướng dẫn, tiếp nhận hồ sơ cấp mới mã số mã vạch cho 37 doanh nghiệp, %s so với cùng kỳ (42 doanh nghiệp); '
      'thu hồi 09 doanh nghiệp không duy trì phí; lũy kế đến ngày 20/9/2024 trên địa bàn tỉnh có %s sử dụng mã số '
      'mã vạch (cuối năm 2023 là 384 doanh nghiệp), số được cấp mới trong kỳ %s.' % (
          d.diff(37, 42, '{w} {n} doanh nghiệp', v=I, flip=True, z=True),
          d.total(['384', '37', '-9'], '{} doanh nghiệp', note='stock-flow 384 + 37 − 9 = 412'),
          d.share(37, 412, 'chiếm {}%', v=A,
                  note='base not stated: fits the 412 holders at 20/9/2024 (8,98%); the base of such a share '
                       '(all holders? all enterprises of the province?) is not said')))
    L('Triển khai Chương trình quốc gia nâng cao năng suất (Quyết định số 1322/QĐ-TTg ngày 31/8/2020): hỗ trợ %s '
      'áp dụng công cụ cải tiến (5S: 07; Kaizen: 03; ISO 14001: 02) với kinh phí 420 triệu đồng; 02 doanh nghiệp '
      'được đề nghị xét tặng Giải thưởng Chất lượng quốc gia năm 2024.' % (
          d.total(['7', '3', '2'], '{} doanh nghiệp'),))
    L('Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015: %s nhà nước đang áp dụng (cấp tỉnh 27, '
      'cấp huyện 08, cấp xã 148); đã kiểm tra %s, trong đó %s chưa cập nhật quy trình khi thủ tục hành chính '
      'thay đổi.' % (
          d.total(['27', '8', '148'], '{} cơ quan hành chính'),
          d.frac(41, 183, '{a}/{b} cơ quan ({p}%)', za=False),
          d.subset('06 cơ quan', 6, 41)))
    L('4. Công tác khác')
    L('Phối hợp tuyên truyền, hướng dẫn %s (doanh nghiệp 187 lượt; hộ kinh doanh 96 lượt; cơ sở trên địa bàn '
      'huyện Kim Sơn 54 lượt) về Luật Đo lường, Luật Chất lượng sản phẩm, hàng hóa. Dịch vụ công: %s thực hiện '
      'trực tuyến toàn trình trên Cổng dịch vụ công quốc gia.' % (
          d.total(['187', '96', '54'], '{} lượt tổ chức, cá nhân', v=A, stated='312',
                  note='337 > 312; "cơ sở trên địa bàn huyện Kim Sơn" is a place, it may overlap the enterprise '
                       'and household counts'),
          d.frac(14, 16, '{a}/{b} thủ tục hành chính ({p}%)', v=I, wrong='78,50', note='78,50 transposes 87,50')))
    L('Dự toán ngân sách năm 2024 được giao %s (chi thường xuyên 2.915 triệu đồng; không thường xuyên 930 triệu '
      'đồng) tại Quyết định số 2210/QĐ-UBND ngày 15/12/2023; đến ngày 20/9/2024 đã giải ngân 2.611 triệu đồng, %s. '
      'Chi cục có %s (21 công chức, 04 hợp đồng lao động); về trình độ, trong %s có thạc sỹ 06, đại học 15.' % (
          d.total(['2.915', '930'], '{} triệu đồng'),
          d.share('2.611', '3.845', 'đạt {}%', v=R),
          d.total(['21', '4'], '{} người'),
          d.total(['6', '15'], '{} công chức, người lao động', v=A, stated='25',
                  note='21 < 25: the 04 contract workers may hold no degree, or a level is missing')))
    L('II. ĐÁNH GIÁ CHUNG')
    L('Chi cục đã bám sát kế hoạch, hoàn thành các nhiệm vụ trọng tâm: kiểm định %s, kiểm tra %s, thu phí kiểm '
      'định %s. Hạn chế: tỷ lệ đồng hồ nước không đạt còn cao (%s số được kiểm định), việc kiểm tra mới tập trung ở '
      'cửa hàng xăng dầu, chưa kiểm tra được cân tại các chợ đầu mối; biên chế thiếu 02 người so với đề án vị trí '
      'việc làm.' % (
          d.rep('18.246 phương tiện đo', v=I, right='18.426 phương tiện đo', note='body: 18.426 (parts sum to it); '
                                                                               '42/24 swapped'),
          d.rep('146 cơ sở', note='same as the inspections in I.2'),
          d.rep('1.248 triệu đồng', v=A, note='period unclear: the body gives 1.286,5 (estimate to 30/9) while the '
                                              'data run to 20/9; 1.248 may be the amount collected to 20/9'),
          d.share(214, '4.218', '{}%')))
    L('III. NHIỆM VỤ TRỌNG TÂM QUÝ IV NĂM 2024')
    L('- Kiểm định %s còn lại để hoàn thành kế hoạch năm; kiểm tra đo lường đối với cân tại 06 chợ đầu mối và ... '
      'cơ sở kinh doanh vàng trang sức; + giám sát chất lượng xăng dầu đợt 2; + hoàn thành tổng kết 05 năm thực '
      'hiện Đề án 996 theo Quyết định số .../QĐ-UBND.' % (
          d.diff('24.000', kt, '{n} phương tiện đo', note='plan 24.000 − done 18.426'),))
    L('- Giải ngân %s dự toán còn lại; hoàn thiện hồ sơ đề nghị Giải thưởng Chất lượng quốc gia cho các doanh '
      'nghiệp đã đăng ký; tổ chức 02 lớp tập huấn về Nghị định số 13/2022/NĐ-CP cho doanh nghiệp nhập khẩu hàng hóa nhóm 2.' % (
          d.diff('3.845', '2.611', '{n} triệu đồng', note='estimate 3.845 − disbursed 2.611'),))
    L('Nơi nhận: - Sở KH&CN (b/c); - Tổng cục TCĐLCL (b/c); - Lưu: VT, QLĐL.')
    F('Kết quả kiểm định theo đơn vị thực hiện: Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng 9.874 phương '
      'tiện; Công ty Điện lực Ninh Bình (tổ chức được chỉ định) 8.552 phương tiện; cộng %s.' % (
          d.total(['9.874', '8.552'], '{} phương tiện'),))
    F('Cùng kỳ năm 2023: kiểm định %s; kiểm tra %s, phát hiện %s; cấp mới mã số mã vạch %s.' % (
        d.rep('17.092 phương tiện đo', note='same as the body'),
        d.rep('132 cơ sở', note='same as the body; the footnote dates it 2023'),
        d.rep('27 cơ sở vi phạm', note='same as 27/132 in the body'),
        d.rep('42 doanh nghiệp', note='same as the body')))
    return d


# ============================================================================= draft 4
def draft4():
    d = Doc('d18-04-trung-tam-cuu-ho-kon-tum')
    L, F = d.L, d.F
    L('SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH KON TUM')
    L('TRUNG TÂM CỨU HỘ ĐỘNG VẬT HOANG DÃ')
    L('Số: 06/BC-TTCH                                        Kon Tum, ngày 15 tháng 01 năm 2025')
    L('BÁO CÁO')
    L('Tổng kết công tác năm 2024 và 05 năm (2020 - 2024) thực hiện nhiệm vụ cứu hộ, bảo tồn động vật hoang dã')
    L('Căn cứ Nghị định số 06/2019/NĐ-CP ngày 22/01/2019 của Chính phủ về quản lý thực vật rừng, động vật rừng nguy '
      'cấp, quý, hiếm và thực thi Công ước CITES; Nghị định số 84/2021/NĐ-CP ngày 22/9/2021 sửa đổi, bổ sung một số '
      'điều của Nghị định số 06/2019/NĐ-CP; Quyết định số 145/QĐ-SNN ngày 10/02/2020 của Sở Nông nghiệp và PTNT, '
      'Trung tâm báo cáo như sau:')
    L('I. KẾT QUẢ CÔNG TÁC NĂM 2024')
    L('1. Tiếp nhận, cứu hộ động vật')
    src = ['231', '96', '71', '14']
    L('Đầu năm (01/01/2024), Trung tâm đang nuôi dưỡng 286 cá thể. Trong năm tiếp nhận %s thuộc 47 loài, từ các '
      'nguồn: cơ quan kiểm lâm chuyển giao 231 cá thể; Công an tỉnh (Phòng Cảnh sát phòng, chống tội phạm về môi '
      'trường) chuyển giao 96 cá thể; người dân tự nguyện giao nộp 71 cá thể (%s), %s so với %s (52 cá thể); cơ '
      'quan khác (Hải quan, Quản lý thị trường) 14 cá thể.' % (
          d.total(src, '{} cá thể'),
          d.share(71, 412, '{}%'),
          d.diff(71, 52, '{w} {n} cá thể'),
          d.term('năm 2023', note='2024 hand-ins compared with 2023')))
    loc = ['96', '57', '72', '64', '49', '74']
    L('Các cá thể trên được tiếp nhận từ %s (kiểm lâm chuyển giao 37 vụ, công an chuyển giao 19 vụ, người dân giao '
      'nộp 09 vụ). Xét theo địa bàn, %s được phát hiện tại: thành phố Kon Tum 96, huyện Đắk Hà 57, Sa Thầy 72, Ngọc '
      'Hồi 64, Đắk Glei 49, các huyện còn lại 74.' % (
          d.total(['37', '19', '9'], '{} vụ việc', v=A, stated='58',
                  note='65 > 58: a case can be handled by forest rangers and police together; the overlap cannot '
                       'be told from the text'),
          d.total(loc, '{} cá thể')))
    L('Theo nhóm loài (Bảng 1 kèm theo), %s chia ra: linh trưởng (khỉ, voọc, cu li) 63 cá thể (%s); thú ăn thịt '
      'nhỏ (cầy, mèo rừng) 38 cá thể; tê tê 29 cá thể; bò sát (rùa, trăn, rắn) 187 cá thể (%s); chim 95 cá thể '
      '(%s). Trong tổng số tiếp nhận có %s và %s.' % (
          d.total(['63', '38', '29', '187', '95'], '{} cá thể tiếp nhận'),
          d.share(63, 412, '{}%', v=I, wbase=336, note='animals kept at year end, not animals received'),
          d.share(187, 412, '{}%', v=R),
          d.share(95, 412, '{}%'),
          d.subset('loài nguy cấp, quý, hiếm nhóm IB 118 cá thể', 118, 412),
          d.subset('74 cá thể thuộc Phụ lục I CITES', 74, 412)))
    L('Kết quả xử lý: thả về môi trường tự nhiên 298 cá thể tại Vườn quốc gia Chư Mom Ray và Khu bảo tồn thiên nhiên '
      'Ngọc Linh (%s), %s (280 cá thể); chuyển giao cho cơ sở bảo tồn khác 23 cá thể; chết 41 cá thể, %s so với '
      'năm trước (34 cá thể), chủ yếu do bị thương nặng, suy kiệt khi tiếp nhận. Đến ngày 31/12/2024, Trung tâm '
      'đang nuôi dưỡng %s.' % (
          d.share(298, 412, 'đạt {}%', v=A,
                  note='base not stated: 298 / 412 received = 72,33%, but the animals released include animals '
                       'kept from earlier years (286 at 01/01), so the share of what is unclear'),
          d.ratio(298, 280, 'bằng {}% kế hoạch'),
          d.diff(41, 34, '{w} {n} cá thể', v=I, flip=True, z=True),
          d.total(['286', '412', '-298', '-23', '-41'], '{} cá thể',
                  note='stock-flow 286 + 412 − 298 − 23 − 41 = 336')))
    L('Phối hợp với Hạt Kiểm lâm các huyện tổ chức 12 đợt thả động vật về rừng, trong đó %s tại Vườn quốc gia Chư Mom '
      'Ray; trước mỗi đợt thả, các cá thể đều được kiểm tra sức khỏe, gắn chip hoặc vòng đánh dấu theo Thông tư số '
      '27/2018/TT-BNNPTNT.' % (d.subset('tám đợt', 8, 12, note='written in words: tám = 8'),))
    L('Riêng tê tê: tiếp nhận %s (tê tê Java 21, tê tê vàng 08), đã thả về tự nhiên %s sau thời gian cách ly, '
      'phục hồi; hồ sơ của %s đã được chuyển cho cơ quan điều tra để xử lý hình sự.' % (
          d.total(['21', '8'], '{} cá thể'),
          d.frac(25, 29, '{a}/{b} con ({p}%)', za=False),
          d.subset('12 cá thể', 12, 29, note='cases transferred for prosecution, part of the 29')))
    L('2. Chăm sóc, nuôi dưỡng, thú y')
    L('Sử dụng %s thức ăn các loại (rau, củ, quả 38,6 tấn; thịt, cá, trứng 4,2 tấn; côn trùng và thức ăn bổ sung '
      '4 tấn). Thực hiện 1.126 lượt khám, điều trị, trong đó %s (%s); tỷ lệ cá thể chết sau tiếp nhận %s, chủ yếu ở '
      'nhóm tê tê và cu li.' % (
          d.total(['38,6', '4,2', '4'], '{} tấn'),
          d.subset('phẫu thuật 64 ca', 64, 1126),
          d.share(64, '1.126', '{}%'),
          d.share(41, 412, '{}%', dp=1, v=A, wrong='7,3',
                  note='base not stated; 41/412 = 9,95%, 41/698 (kept + received) = 5,87%; 7,3% may count only '
                       'deaths within 30 days of intake, which the text does not give')))
    L('Thực hiện chương trình huấn luyện tái thả cho %s (voọc 14, khỉ 21, cu li 11); kết quả đánh giá có '
      '%s đủ điều kiện tái thả, số còn lại tiếp tục huấn luyện trong năm 2025.' % (
          d.total(['14', '21', '11'], '{} cá thể linh trưởng'),
          d.frac(38, 46, '{a}/{b} cá thể ({p}%)', za=False)))
    L('Trung tâm có 11 khu chuồng nuôi với tổng diện tích 12.600 m² và 3,5 ha khu bán hoang dã; năm 2024 cải tạo '
      'xong 02 khu, nâng tổng số khu đã cải tạo lên %s; lắp đặt 24 camera giám sát, hệ thống phun sương cho khu '
      'nuôi linh trưởng.' % (
          d.frac(9, 11, '{a}/{b} khu ({p}%)', v=I, wrong='72,73', note='72,73% is 8/11, the count before this year'),))
    L('3. Giáo dục, truyền thông')
    vis = ['4.215', '1.982', '283']
    L('Đón %s tham quan, học tập (học sinh, sinh viên 4.215 lượt; khách trong nước khác 1.982 lượt; khách quốc tế '
      '283 lượt), %s so với %s (5.120 lượt) và %s kế hoạch (6.000 lượt); học sinh, sinh viên %s, %s so với năm '
      'trước (3.166 lượt, %s).' % (
          d.total(vis, '{} lượt khách'),
          d.ratio('6.480', '5.120', 'bằng {}%', v=I, wrong='79,01', note='79,01 = 5.120 / 6.480: divided the wrong way'),
          d.term('năm 2023', note='2024 visitors compared with 2023'),
          d.ratio('6.480', '6.000', 'đạt {}%', dp=0),
          d.share('4.215', '6.480', 'chiếm {}%'),
          d.points(pct('4.215', '6.480'), pct('3.166', '5.120')),
          d.share('3.166', '5.120', '{}%')))
    L('4. Tài chính, tổ chức bộ máy')
    L('Tổng nguồn kinh phí năm 2024 là %s gồm: ngân sách nhà nước cấp 6.842 triệu đồng; tài trợ của các tổ chức phi '
      'chính phủ 1.250 triệu đồng; thu từ dịch vụ tham quan, giáo dục môi trường 386 triệu đồng. Trong %s: chi '
      'thường xuyên 4.912 triệu đồng; thức ăn, thuốc thú y 1.429 triệu đồng (%s); sửa chữa chuồng trại 501 triệu '
      'đồng.' % (
          d.total(['6.842', '1.250', '386'], '{} triệu đồng', v=I, stated='8.092',
                  note='stated total leaves out the 386 million of service income (6.842 + 1.250 = 8.092)'),
          d.total(['4.912', '1.429', '501'], '{} triệu đồng ngân sách cấp'),
          d.share('1.429', '6.842', '{}%', v=R)))
    L('Trung tâm có %s (19 viên chức, 13 hợp đồng lao động), trong đó %s, %s (%s); 100%% nhân viên chăm sóc được '
      'tập huấn về phúc lợi động vật và an toàn sinh học.' % (
          d.total(['19', '13'], '{} người'),
          d.subset('bác sĩ thú y 07 người', 7, 32),
          d.subset('nữ 12 người', 12, 32),
          d.share(12, 32, '{}%')))
    L('II. ĐÁNH GIÁ 05 NĂM (2020 - 2024)')
    yr = ['302', '338', '371', '423', '412']
    L('Giai đoạn 2020 - 2024, Trung tâm tiếp nhận %s (năm 2020: 302; năm 2021: 338; năm 2022: 371; năm 2023: 423; '
      '%s), %s giai đoạn trước (1.274 cá thể); thả về tự nhiên 1.287 cá thể (%s), %s so với %s (861 cá thể); số '
      'cá thể chết 209, %s số tiếp nhận.' % (
          d.total(yr, '{} cá thể'),
          d.rep('năm 2024: 412', note='same as the 2024 intake'),
          d.ratio('1.846', '1.274', 'gấp {} lần', mode='times'),
          d.share('1.287', '1.846', '{}%', v=R),
          d.diff('1.287', '861', '{w} {n} cá thể'),
          d.term('giai đoạn 2014 - 2018', v=I, right='giai đoạn 2015 - 2019',
                 note='the five years before 2020 - 2024 are 2015 - 2019 (footnote 2 dates 861 to 2015 - 2019)'),
          d.share(209, '1.846', 'chiếm {}%')))
    rel = ['214', '236', '262', '277', '298']
    L('Số cá thể thả về tự nhiên qua các năm (Bảng 2): năm 2020: 214; năm 2021: 236; năm 2022: 262; năm 2023: 277; '
      '%s; cộng %s. Các đợt thả đều có biên bản, có sự chứng kiến của đại diện Hạt Kiểm lâm và UBND xã sở tại.' % (
          d.rep('năm 2024: 298', note='same as the 2024 releases'),
          d.total(rel, '{} cá thể')))
    bud = ['5.612', '5.905', '6.384', '6.958', '6.842']
    L('Ngân sách nhà nước cấp cho Trung tâm 05 năm là %s (năm 2020: 5.612; năm 2021: 5.905; năm 2022: 6.384; năm '
      '2023: 6.958; %s triệu đồng). Tổng vốn đầu tư cải tạo, nâng cấp cơ sở vật chất là %s (ngân sách tỉnh 9,5 '
      'tỷ đồng, %s; vốn tài trợ 5,36 tỷ đồng); xây mới %s (khu cách ly kiểm dịch 450 m², khu nuôi tê tê 600 m²).' % (
          d.total(bud, '{} triệu đồng'),
          d.rep('năm 2024: 6.842', note='same as the 2024 state budget'),
          d.total(['9,5', '5,36'], '{} tỷ đồng'),
          d.share('9,5', '14,86'),
          d.total(['450', '600'], '{} m² nhà nuôi')))
    L('Trung tâm hiện đang chăm sóc %s thuộc 52 loài, trong đó nhiều cá thể không thể tái thả do tập tính đã thay '
      'đổi sau thời gian dài bị nuôi nhốt.' % (
          d.rep('341 cá thể', v=A, note='period unclear: "hiện" (January 2025?) vs 336 at 31/12/2024; the count may '
                                        'have changed after year end'),))
    L('Những kết quả nổi bật: năm qua Trung tâm đã tiếp nhận %s, là mức cao nhất từ khi thành lập; %s được thả về '
      'rừng; đến ngày 31/12/2024 đang nuôi dưỡng %s. Hạn chế: chuồng nuôi linh trưởng quá tải, thiếu bác sĩ thú y '
      'chuyên sâu về bò sát, tỷ lệ chết ở tê tê còn cao.' % (
          d.rep('423 cá thể', v=A, note='period unclear: 423 is the 2023 intake (the highest), 412 the 2024 intake; '
                                        '"năm qua" may mean either'),
          d.rep('298 cá thể', note='same as the 2024 releases'),
          d.rep('363 cá thể', v=I, right='336 cá thể', note='stock at 31/12/2024 is 336 (stock-flow holds); 36/63 swapped')))
    L('III. PHƯƠNG HƯỚNG NĂM 2025')
    L('Phấn đấu thả về tự nhiên trên 75%% số cá thể đủ điều kiện; hoàn thành cải tạo %s còn lại; đề nghị Sở Nông '
      'nghiệp và PTNT bố trí ... triệu đồng xây dựng khu nuôi linh trưởng bán hoang dã và tuyển dụng thêm 02 bác sĩ '
      'thú y theo Đề án vị trí việc làm.' % (
          d.diff(11, 9, '{n} khu chuồng', z=True, note='11 enclosures − 9 renovated'),))
    L('Kiến nghị: (1) UBND tỉnh xem xét giao bổ sung biên chế viên chức chuyên ngành thú y cho Trung tâm; (2) chỉ '
      'đạo các lực lượng chức năng bàn giao động vật ngay sau khi lập biên bản, tránh để động vật suy kiệt trong thời '
      'gian tạm giữ; (3) bố trí quỹ đất khoảng ... ha liền kề Vườn quốc gia Chư Mom Ray để xây dựng khu bán hoang dã.')
    L('Nơi nhận: - Sở Nông nghiệp và PTNT (b/c); - Chi cục Kiểm lâm; - Lưu: VT, KT.')
    F('Loài nguy cấp, quý, hiếm nhóm IB tiếp nhận năm 2024 gồm %s: %s, cu li 22, voọc chà vá chân xám 16, rùa '
      'hộp trán vàng và rùa núi vàng 51 (chi tiết theo loài tại Bảng 1).' % (
          d.total(['29', '22', '16', '51'], '{} cá thể'),
          d.rep('tê tê 29', note='same 29 pangolins as in the body')))
    F('Giai đoạn 2015 - 2019 (Báo cáo số 12/BC-TTCH ngày 20/01/2020): tiếp nhận %s; thả về tự nhiên %s.' % (
        d.rep('1.274 cá thể', note='same as the body'),
        d.rep('861 cá thể', note='same as the body; dated 2015 - 2019')))
    F('Tài trợ năm 2024 %s, gồm: Tổ chức Bảo tồn động vật hoang dã (WCS) 820 triệu đồng; Tổ chức Động vật châu Á '
      '430 triệu đồng.' % (d.total(['820', '430'], 'là {} triệu đồng'),))
    return d


# ============================================================================= output
def write(d):
    os.makedirs(OUT, exist_ok=True)
    txt = '\n'.join(d.lines) + '\n'
    with open(os.path.join(OUT, d.name + '.txt'), 'w', encoding='utf-8') as f:
        f.write(txt)
    claims = []
    for c in sorted(d.claims, key=lambda c: c['line']):
        o = dict(line=c['line'], anchor=c['anchor'], kind=c['kind'], verdict=c['verdict'])
        if c['verdict'] in (R, I):
            o['right'] = c['right']
        o['note'] = c['note']
        claims.append(o)
    with open(os.path.join(OUT, d.name + '.labels.json'), 'w', encoding='utf-8') as f:
        json.dump({'file': d.name + '.txt', 'claims': claims}, f, ensure_ascii=False, indent=2)
        f.write('\n')
    return txt, claims


def verify(name, txt, claims):
    lines = txt.split('\n')[:-1]
    for c in claims:
        line = lines[c['line'] - 1]
        assert line.count(c['anchor']) == 1, (name, c)
    return len(txt), len(lines)


def main():
    drafts = [f() for f in DRAFTS]
    rows, kv = [], {k: {v: 0 for v in VERDICTS} for k in KINDS}
    for d in drafts:
        txt, claims = write(d)
        chars, nl = verify(d.name, txt, claims)
        cnt = {v: sum(1 for c in claims if c['verdict'] == v) for v in VERDICTS}
        for c in claims:
            kv[c['kind']][c['verdict']] += 1
        rows.append((d.name, chars, nl, len(claims), cnt))
    out = ['# dev18 — Vietnamese report drafts with labelled numeric claims', '',
           'Generated by `make.py` (Python standard library, `decimal.Decimal`, ROUND_HALF_UP). '
           'Subjects: a provincial printing company, a provincial tea company, a provincial standards, metrology '
           'and quality sub-department, a provincial wildlife rescue centre.', '',
           '## Per draft', '',
           '| draft | characters | lines | claims | consistent | rounding | inconsistent | ambiguous |',
           '|---|---:|---:|---:|---:|---:|---:|---:|']
    tot = [0, 0, 0, {v: 0 for v in VERDICTS}]
    for name, chars, nl, n, cnt in rows:
        out.append('| %s | %d | %d | %d | %d | %d | %d | %d |' % (name, chars, nl, n, cnt[C], cnt[R], cnt[I], cnt[A]))
        tot[0] += chars; tot[1] += nl; tot[2] += n
        for v in VERDICTS:
            tot[3][v] += cnt[v]
    out.append('| **total** | %d | %d | %d | %d | %d | %d | %d |' % (
        tot[0], tot[1], tot[2], tot[3][C], tot[3][R], tot[3][I], tot[3][A]))
    out += ['', '## Kind × verdict (all drafts)', '',
            '| kind | consistent | rounding | inconsistent | ambiguous | total |', '|---|---:|---:|---:|---:|---:|']
    for k in KINDS:
        r = kv[k]
        out.append('| %s | %d | %d | %d | %d | %d |' % (k, r[C], r[R], r[I], r[A], sum(r.values())))
    out.append('| **total** | %d | %d | %d | %d | %d |' % tuple(
        [sum(kv[k][v] for k in KINDS) for v in VERDICTS] + [sum(sum(kv[k].values()) for k in KINDS)]))
    out += ['', 'Anchors were checked to occur exactly once in their line; line numbers are 1-based lines of the '
            '.txt (one paragraph per line, footnotes last, each starting with `[`U+FFFD`]`).', '']
    with open(os.path.join(HERE, 'SUMMARY.md'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(out))
    for name, chars, nl, n, cnt in rows:
        print(name, chars, nl, n, cnt)


DRAFTS = [draft1, draft2, draft3, draft4]

if __name__ == '__main__':
    main()
