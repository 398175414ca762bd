#!/usr/bin/env python3
"""Generator of the dev17 evaluation drafts (Vietnamese report prose with labelled numeric claims).

Writes prose/<name>.txt, prose/<name>.labels.json (format: FORMAT.md) and SUMMARY.md.
Every computed value (sums, shares, ratios, differences, points) is computed here with
decimal.Decimal and ROUND_HALF_UP; the builder refuses a draft whose anchors are not unique
in their line or whose 'consistent' labels do not hold arithmetically.
Python 3 standard library only.  Run:  python3 make.py
"""
import json
import os
from collections import Counter, OrderedDict
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'prose')
FN = '[\ufffd] '
KINDS = ('sum', 'subset', 'share', 'fraction', 'difference', 'points', 'ratio', 'repeat', 'term')
VERDICTS = ('consistent', 'rounding', 'inconsistent', 'ambiguous')


def D(x):
    if isinstance(x, Decimal):
        return x
    return Decimal(str(x))


def unit(nd):
    return Decimal(1).scaleb(-nd)


def rq(x, nd):
    """round half up to nd decimals"""
    return D(x).quantize(unit(nd), rounding=ROUND_HALF_UP)


def rd(x, nd):
    """truncate to nd decimals"""
    return D(x).quantize(unit(nd), rounding=ROUND_DOWN)


def places(x):
    return max(0, -D(x).as_tuple().exponent)


def fmt(x, nd=None, z=False):
    """vi-VN number: dot thousands, comma decimals; z: leading zero for counts under 10"""
    x = D(x)
    if nd is None:
        nd = places(x)
    x = rq(x, nd)
    neg = x < 0
    s = '{:.{}f}'.format(abs(x), nd)
    ip, _, fp = s.partition('.')
    ipn = int(ip)
    ip = '{:,}'.format(ipn).replace(',', '.')
    if z and nd == 0 and ipn < 10:
        ip = ip.zfill(2)
    return ('−' if neg else '') + ip + (',' + fp if fp else '')


class Doc:
    def __init__(self, name):
        self.name = name
        self.lines = []
        self.pending = []
        self.claims = []

    # ---- lines -------------------------------------------------------------
    def p(self, text):
        assert '\n' not in text
        self.lines.append(text)
        ln = len(self.lines)
        for cl in self.pending:
            n = text.count(cl['anchor'])
            if n != 1:
                raise SystemExit('%s line %d: anchor %r occurs %d times' % (self.name, ln, cl['anchor'], n))
            cl['line'] = ln
            self.claims.append(cl)
        self.pending = []

    def fn(self, text):
        self.p(FN + text)

    # ---- claims ------------------------------------------------------------
    def c(self, anchor, kind, verdict='consistent', note='', right=None):
        assert kind in KINDS, kind
        assert verdict in VERDICTS, verdict
        if verdict in ('rounding', 'inconsistent'):
            assert right, anchor
        else:
            assert right is None, anchor
        cl = OrderedDict(line=None, anchor=anchor, kind=kind, verdict=verdict)
        if right is not None:
            cl['right'] = right
        cl['note'] = note
        self.pending.append(cl)
        return anchor

    def _pick(self, good, ex, nd, v, stated):
        if v == 'rounding':
            val = rd(ex, nd)
            assert good - val == unit(nd), (good, val)
        elif stated is not None:
            val = D(stated)
        else:
            val = good
        if v == 'consistent':
            assert val == good, (val, good)
        if v == 'inconsistent':
            assert val != good, (val, good)
        return val

    def share(self, tpl, part, base, nd=2, v='consistent', stated=None, note=None):
        ex = D(part) * 100 / D(base)
        good = rq(ex, nd)
        val = self._pick(good, ex, nd, v, stated)
        anchor = tpl.replace('#', fmt(val, nd))
        t = '%s / %s × 100 = %s %% → %s%%' % (fmt(part), fmt(base), fmt(rq(ex, 4), 4), fmt(good, nd))
        if v == 'rounding':
            t += '; stated %s%% is the truncation, half-up gives %s%%' % (fmt(val, nd), fmt(good, nd))
        if note:
            t += '; ' + note
        right = fmt(good, nd) + '%' if v in ('rounding', 'inconsistent') else None
        return self.c(anchor, 'share', v, t, right)

    def ratio(self, tpl, cur, base, nd=2, mode='pct', v='consistent', stated=None, note=None,
              z=False, kind='ratio', suffix=''):
        cur, base = D(cur), D(base)
        if mode == 'pct':
            ex = cur * 100 / base
            expr = '%s / %s × 100' % (fmt(cur), fmt(base))
        elif mode == 'rel':
            ex = (cur / base - 1) * 100
            expr = '(%s / %s − 1) × 100' % (fmt(cur), fmt(base))
        else:  # times / average
            ex = cur / base
            expr = '%s / %s' % (fmt(cur), fmt(base))
        good = abs(rq(ex, nd))
        val = self._pick(good, abs(ex), nd, v, stated)
        anchor = tpl.replace('#', fmt(val, nd, z))
        t = '%s = %s → %s%s' % (expr, fmt(rq(ex, 4), 4), fmt(rq(ex, nd), nd), suffix)
        if v == 'rounding':
            t += '; stated %s is the truncation' % fmt(val, nd)
        if note:
            t += '; ' + note
        right = fmt(good, nd, z) + suffix if v in ('rounding', 'inconsistent') else None
        return self.c(anchor, kind, v, t, right)

    def diff(self, tpl, cur, prev, nd=None, v='consistent', stated=None, z=True, note=None, right=None):
        cur, prev = D(cur), D(prev)
        if nd is None:
            nd = max(places(cur), places(prev))
        val = cur - prev
        shown = abs(val) if stated is None else D(stated)
        anchor = tpl.replace('#', fmt(shown, nd, z))
        if v == 'consistent':
            assert shown == abs(val), (tpl, shown, val)
            if tpl.startswith('tăng'):
                assert val > 0, tpl
            if tpl.startswith('giảm'):
                assert val < 0, tpl
        t = '%s − %s = %s' % (fmt(cur), fmt(prev), fmt(val, nd))
        if note:
            t += '; ' + note
        if v == 'inconsistent' and right is None:
            right = fmt(abs(val), nd, z)
        return self.c(anchor, 'difference', v, t, right)

    def sum(self, tpl, total, parts, v='consistent', nd=None, z=False, note=None):
        total = D(total)
        ps = [D(x) for x in parts]
        if nd is None:
            nd = max([places(total)] + [places(x) for x in ps])
        comp = sum(ps, Decimal(0))
        if v == 'consistent':
            assert comp == total, (tpl, comp, total)
        if v == 'inconsistent':
            assert comp != total, (tpl, comp, total)
        anchor = tpl.replace('#', fmt(total, nd, z))
        expr = fmt(ps[0], nd)
        for x in ps[1:]:
            expr += (' − ' + fmt(-x, nd)) if x < 0 else (' + ' + fmt(x, nd))
        t = '%s = %s; stated %s' % (expr, fmt(comp, nd), fmt(total, nd))
        if note:
            t += '; ' + note
        right = fmt(comp, nd, z) if v == 'inconsistent' else None
        return self.c(anchor, 'sum', v, t, right)

    def pts(self, tpl, cur, prev, nd=2, v='consistent', stated=None, note=None):
        cur, prev = D(cur), D(prev)
        ex = cur - prev
        good = abs(rq(ex, nd))
        val = self._pick(good, abs(ex), nd, v, stated)
        anchor = tpl.replace('#', fmt(val, nd))
        rel = (cur / prev - 1) * 100
        t = '%s − %s = %s percentage points (relative reading: %s %%)' % (
            fmt(cur), fmt(prev), fmt(rq(ex, nd), nd), fmt(rq(rel, 2), 2))
        if note:
            t += '; ' + note
        right = fmt(good, nd) if v in ('rounding', 'inconsistent') else None
        return self.c(anchor, 'points', v, t, right)

    def frac(self, tpl, part, whole, nd=2, v='consistent', stated=None, note=None, z=False):
        ex = D(part) * 100 / D(whole)
        good = rq(ex, nd)
        val = self._pick(good, ex, nd, v, stated)
        anchor = (tpl.replace('{p}', fmt(part, z=z)).replace('{w}', fmt(whole, z=z))
                  .replace('{v}', fmt(val, nd)))
        t = '%s / %s × 100 = %s %% → %s%%' % (fmt(part), fmt(whole), fmt(rq(ex, 4), 4), fmt(good, nd))
        if v == 'rounding':
            t += '; stated %s%% is the truncation' % fmt(val, nd)
        if note:
            t += '; ' + note
        right = fmt(good, nd) + '%' if v in ('rounding', 'inconsistent') else None
        return self.c(anchor, 'fraction', v, t, right)


# =============================================================================
# d17-01: railway branch (track maintenance and stations), annual report 2024
# =============================================================================
def draft1():
    d = Doc('d17-01-chi-nhanh-khai-thac-duong-sat')
    d.p('CÔNG TY CỔ PHẦN ĐƯỜNG SẮT NAM TRUNG BỘ')
    d.p('CHI NHÁNH KHAI THÁC ĐƯỜNG SẮT SÔNG CÁI')
    d.p('Số: 412/BC-CNSC')
    d.p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM - Độc lập - Tự do - Hạnh phúc')
    d.p('Sông Cái, ngày 20 tháng 12 năm 2024')
    d.p('BÁO CÁO')
    d.p('Kết quả quản lý, bảo trì kết cấu hạ tầng đường sắt, khai thác ga năm 2024 và nhiệm vụ trọng tâm năm 2025')
    d.p('Thực hiện Công văn số 2781/ĐSNTB-KH ngày 02/12/2024 của Công ty về việc tổng kết công tác năm 2024, '
        'Chi nhánh Khai thác đường sắt Sông Cái báo cáo như sau:')
    d.p('I. ĐẶC ĐIỂM, TÌNH HÌNH')
    d.p(f"Chi nhánh được giao quản lý, bảo trì {d.sum('# km đường sắt', D('213.7'), [D('186.4'), D('27.3')])} "
        f"(gồm 186,4 km đường chính tuyến và 27,3 km đường ga, đường nhánh), "
        f"{d.sum('# ga', 11, [2, 4, 5], z=True, note='station classes (loại 2, 3, 4) are exhaustive')} "
        f"(02 ga loại 2, 04 ga loại 3, 05 ga loại 4), 318 cầu với tổng chiều dài 4.862 m, 1.046 cống và "
        f"{d.sum('# đường ngang', 106, [41, 53, 12], note='crossing types are one dimension, trong đó read as full breakdown')}; "
        f"trong đó 41 đường ngang có người gác, 53 đường ngang cảnh báo tự động, 12 đường ngang chỉ có biển báo.")
    d.p(f"Tổng số lao động đến ngày 30/11/2024 là {d.sum('# người', 446, [163, 201, 64, 18])}, chia ra: "
        f"khối ga {d.share('163 người (#%)', 163, 446)}, "
        f"khối cung, cầu đường {d.share('201 người (#%)', 201, 446)}, "
        f"khối gián tiếp {d.share('64 người (#%)', 64, 446, v='rounding')}, "
        f"đội xe goòng, cứu viện {d.share('18 người (#%)', 18, 446)}. "
        f"Lao động {d.c('nữ 76 người', 'subset', note='76 ≤ 446 (women among all staff)')}; "
        f"đảng viên 97 người, {d.share('chiếm #%', 97, 446, v='rounding')}. "
        f"Về trình độ: đại học 88 người, cao đẳng và trung cấp 214 người, công nhân kỹ thuật 126 người, "
        f"{d.diff('còn lại # người', 446, 88 + 214 + 126, note='446 − 88 − 214 − 126')} chưa qua đào tạo nghề.")
    d.p(f"Lao động trực tiếp sản xuất {d.sum('# người', 382, [163, 201, 18], note='khối ga + cung, cầu đường + xe goòng')} "
        f"(khối ga, khối cung, cầu đường và đội xe goòng, cứu viện); lao động trên 50 tuổi 58 người, "
        f"{d.share('chiếm #%', 58, 382, v='ambiguous', note='base not stated: of the 382 direct workers it holds, of all 446 staff it would be 13,00%')}, "
        f"tuổi bình quân 41,6 tuổi; nhiều vị trí gác chắn, tuần đường, tuần cầu do lao động lớn tuổi đảm nhiệm, "
        f"việc bố trí người thay thế gặp nhiều khó khăn.")
    d.p('II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024')
    d.p('1. Quản lý, bảo trì kết cấu hạ tầng đường sắt')
    d.p(f"Giá trị sửa chữa thường xuyên kết cấu hạ tầng năm 2024 thực hiện "
        f"{d.sum('# tỷ đồng', D('49.17'), [D('31.46'), D('9.85'), D('4.62'), D('3.24')])}, "
        f"{d.ratio('đạt #% kế hoạch', D('49.17'), D('48.62'), suffix='%')} Công ty giao (48,62 tỷ đồng), "
        f"{d.diff('tăng # tỷ đồng', D('49.17'), D('45.59'))} "
        f"{d.c('so với năm 2023 (45,59 tỷ đồng)', 'term', note='report year 2024, previous year 2023: right year named')}. "
        f"Cơ cấu giá trị: bảo dưỡng đường 31,46 tỷ đồng; bảo dưỡng cầu, cống 9,85 tỷ đồng; đường ngang, tín hiệu "
        f"4,62 tỷ đồng; kiến trúc ga 3,24 tỷ đồng.")
    d.p(f"Khối lượng chủ yếu đã thực hiện: thay 3.240 thanh tà vẹt bê tông, "
        f"{d.ratio('đạt #% kế hoạch năm', 3240, 3000, suffix='%')} (3.000 thanh); thay 2,8 km ray P50 tại khu gian "
        f"Phú Lâm - Hòa Đa; bổ sung 6.850 m³ đá ba lát, mới {d.ratio('bằng #% kế hoạch', 6850, 7500, suffix='%')} "
        f"(7.500 m³) do nguồn đá cung ứng chậm; nắn chỉnh 412 km lượt đường, siết, thay thế 12.640 bộ phụ kiện liên kết. "
        f"Từ năm 2020 đến nay đã thay tổng cộng 11.860 thanh tà vẹt, "
        f"{d.ratio('bình quân # thanh/năm', 11860, 4, nd=0, mode='times', v='ambiguous', note='11.860 / 4 years = 2.965 (2020–2023, or 2021–2024); if 2020–2024 are meant, 11.860 / 5 = 2.372: the period is unclear')}.")
    d.p(f"Kết quả kiểm tra chất lượng đường quý IV/2024: 142,7 km đường chính tuyến đạt loại tốt, "
        f"{d.share('chiếm #%', D('142.7'), D('186.4'))}, "
        f"{d.pts('tăng #%', D('76.56'), D('73.44'), note='the points reading holds')} so với cùng kỳ (73,44%); "
        f"39,2 km đạt loại khá {d.share('(#%)', D('39.2'), D('186.4'))}; 4,5 km loại trung bình "
        f"{d.share('(#%)', D('4.5'), D('186.4'))}, không còn km đường loại kém. Đến ngày 15/12/2024, toàn tuyến còn "
        f"07 điểm chạy chậm với tổng chiều dài 12,6 km, "
        f"{d.share('chiếm #%', D('12.6'), D('186.4'), v='ambiguous', note='base unclear: of the 186,4 km main line it holds; of all 213,7 km managed it would be 5,90%')} "
        f"chiều dài tuyến, {d.diff('giảm # km', D('12.6'), D('18.4'))} so với đầu năm (18,4 km).")
    d.p('2. Bảo đảm an toàn chạy tàu, phòng chống thiên tai')
    d.p(f"Năm 2024 xảy ra 14 vụ sự cố chạy tàu thuộc trách nhiệm Chi nhánh, "
        f"{d.diff('tăng # vụ', 14, 19, v='inconsistent', right='giảm 05', note='14 < 19: a decrease written as an increase (subtracted the wrong way)')} "
        f"so với năm trước (19 vụ); xảy ra 09 vụ tai nạn giao thông đường sắt (trong đó "
        f"{d.c('06 vụ tại lối đi tự mở', 'subset', note='06 ≤ 09')}), làm chết 04 người, bị thương 07 người. "
        f"Thời gian chậm tàu do sự cố kết cấu hạ tầng là 1.236 phút, "
        f"{d.ratio('bằng #%', 1236, 1708, nd=1, suffix='%')} "
        f"{d.c('năm 2023 (1.708 phút)', 'term', note='2024 compared with 2023: right year')}.")
    d.p(f"Duy trì {d.c('41/41 đường ngang', 'fraction', note='41 of the 41 manned crossings of line {@trong đó 41 đường ngang có người gác} (100%)')} "
        f"có người gác hoạt động 24/24 giờ; 53 đường ngang cảnh báo tự động, "
        f"{d.share('chiếm #%', 53, 106, v='inconsistent', stated='56.38', note='56,38% = 53 / 94, a base that leaves out the 12 sign-only crossings; the total is 106')} "
        f"tổng số đường ngang, được kiểm tra định kỳ 02 lần/tháng. Số đường ngang có người gác "
        f"{d.share('chiếm #%', 41, 106)} tổng số đường ngang toàn Chi nhánh.")
    d.p(f"Trước mùa mưa bão, Chi nhánh dự trữ 2.450 m³ đá hộc, 1.180 m³ đá dăm và 6.200 bao tải tại 05 điểm tập kết; "
        f"tổ chức 36 lớp huấn luyện, sát hạch cho "
        f"{d.sum('# lượt người', 1240, [512, 418, 365], v='ambiguous', note='topics of training, one class may cover several topics: overlapping parts, the sum above the total cannot be judged')}, "
        f"trong đó 512 lượt về an toàn chạy tàu, 418 lượt về phòng chống thiên tai, cứu nạn, 365 lượt về sơ cứu, "
        f"phòng cháy; kết quả sát hạch đạt yêu cầu {d.frac('{p}/{w} lượt ({v}%)', 1198, 1240)}.")
    d.p('Chi nhánh phối hợp với Ủy ban nhân dân các huyện, thị xã dọc tuyến rà soát, lập hồ sơ các lối đi tự mở và '
        'công trình vi phạm hành lang an toàn giao thông đường sắt; tổ chức cắm biển cảnh báo, lắp gờ giảm tốc tại các '
        'điểm giao cắt có nguy cơ cao; duy trì chế độ tuần đường, gác hầm, gác cầu yếu trong các đợt mưa lớn tháng '
        '10 và tháng 11/2024, không để xảy ra tình trạng tắc đường kéo dài.')
    d.p('3. Khai thác ga, phục vụ hành khách và hàng hóa')
    d.p(f"Các ga đã đón, tiễn 412.560 lượt hành khách, {d.diff('tăng # lượt', 412560, 389204)} "
        f"{d.c('so với năm 2023 (389.204 lượt)', 'term', note='right previous year')}, "
        f"{d.ratio('bằng #%', 412560, 389204, suffix='%')}; riêng ga Sông Cái 170.264 lượt, "
        f"{d.share('chiếm #%', 170264, 412560)}. Khối lượng hàng hóa xếp dỡ tại các ga "
        f"{d.sum('đạt # tấn', 286451, [148930, 137485], v='inconsistent', note='total typed with two digits swapped (…451 for …415)')}, "
        f"gồm hàng xếp 148.930 tấn và hàng dỡ 137.485 tấn; tàu hàng được tổ chức xếp dỡ ban đêm tại 03 ga để giảm thời gian chiếm dụng đường.")
    d.p(f"Tỷ lệ tàu khách đi, đến ga đúng giờ đạt 92,46%, "
        f"{d.pts('tăng #%', D('92.46'), D('89.71'), v='inconsistent', stated='2.57', note='digits swapped: 2,75 points; the relative reading (3,07%) does not give 2,57 either')} "
        f"so với năm trước (89,71%); tàu hàng đúng giờ đạt 84,3%. Các ga duy trì bán vé điện tử, hướng dẫn hành khách "
        f"tại sân ga và bảo đảm vệ sinh, trật tự khu vực nhà ga.")
    d.p('4. Kết quả sản xuất, kinh doanh')
    d.p(f"Tổng doanh thu năm 2024 {d.sum('ước đạt # tỷ đồng', D('62.35'), [D('49.17'), D('13.18')])}, "
        f"{d.ratio('đạt #% kế hoạch', D('62.35'), D('60.00'), v='rounding', suffix='%')} (60,00 tỷ đồng), "
        f"{d.diff('tăng # tỷ đồng', D('62.35'), D('58.23'))} "
        f"{d.c('so với năm 2022 (58,23 tỷ đồng)', 'term', 'inconsistent', right='so với năm 2023', note='a 2024 result is compared with the previous year 2023; 2022 is the wrong year')}; "
        f"trong đó doanh thu hợp đồng đặt hàng "
        f"{d.c('bảo trì 49,17 tỷ đồng', 'repeat', note='same value as line {@thực hiện 49,17 tỷ đồng} (49,17 tỷ đồng)')}, "
        f"{d.share('chiếm #%', D('49.17'), D('62.35'))}, doanh thu dịch vụ ga và kinh doanh khác 13,18 tỷ đồng. "
        f"Nộp ngân sách 2,84 tỷ đồng, {d.ratio('bằng #% năm trước', D('2.84'), D('2.71'), nd=1, suffix='%')} (2,71 tỷ đồng). "
        f"Thu nhập bình quân của người lao động 11,42 triệu đồng/người/tháng, "
        f"{d.ratio('tăng #%', D('11.42'), D('10.76'), nd=1, mode='rel', suffix='%')} so với "
        f"{d.c('năm 2023 (10,76 triệu đồng)', 'term', note='right previous year')}.")
    d.p('III. ĐÁNH GIÁ CHUNG')
    d.p(f"Năm 2024, Chi nhánh hoàn thành {d.frac('{p}/{w} chỉ tiêu kế hoạch ({v}%)', 12, 14)}; doanh thu "
        f"{d.c('đạt 62,53 tỷ đồng', 'repeat', 'inconsistent', right='62,35', note='line {@ước đạt 62,35 tỷ đồng} gives 62,35 tỷ đồng for the same year: digits swapped in the summary')}, "
        f"giá trị sửa chữa {d.c('thường xuyên 49,17 tỷ đồng', 'repeat', note='same as line {@thực hiện 49,17 tỷ đồng}')}; riêng 11 tháng "
        f"(đến ngày 30/11/2024) các ga đã đón, tiễn "
        f"{d.c('412.560 lượt khách', 'repeat', 'ambiguous', note='line {@Các ga đã đón, tiễn 412.560} gives 412.560 for the whole year 2024, here for 11 months to 30/11/2024: same value, different periods, cannot tell which is meant')}. "
        f"{d.diff('# chỉ tiêu chưa đạt', 14, 12, note='14 − 12')} là bổ sung đá ba lát "
        f"{d.c('(91,33%)', 'repeat', note='same as line {@mới bằng 91,33%}')} và giảm thời gian chậm tàu. "
        f"Không để xảy ra tai nạn lao động nghiêm trọng; tuy nhiên tình trạng lối đi tự mở, vi phạm hành lang an toàn "
        f"đường sắt vẫn diễn biến phức tạp.")
    d.p('Tồn tại, hạn chế: nguồn vật tư đá ba lát cung ứng không kịp thời; một số cầu yếu, cống cũ xây dựng từ trước năm '
        '1975 chưa được bố trí vốn sửa chữa lớn; lực lượng gác chắn đường ngang lớn tuổi, thu nhập thấp, khó tuyển dụng '
        'thay thế; việc ứng dụng thiết bị đo kiểm hình học đường tự động còn hạn chế, chủ yếu vẫn kiểm tra thủ công.')
    d.p('IV. NHIỆM VỤ TRỌNG TÂM NĂM 2025')
    d.p(f"Phấn đấu tổng doanh thu 65,50 tỷ đồng, "
        f"{d.ratio('tăng #%', D('65.50'), D('62.35'), mode='rel', suffix='%')} so với ước thực hiện năm 2024; "
        f"thay 3.500 thanh tà vẹt, {d.diff('tăng # thanh', 3500, 3240)}; bổ sung 8.000 m³ đá ba lát, "
        f"{d.ratio('tăng #% so với kế hoạch', 8000, 7500, mode='rel', suffix='%')} năm 2024; đưa "
        f"{d.c('12 đường ngang biển báo', 'repeat', note='same as line {@12 đường ngang chỉ có biển báo} (12 sign-only crossings)')} vào lộ trình "
        f"lắp đặt cảnh báo tự động giai đoạn 2025 - 2027; giữ tỷ lệ tàu khách đúng giờ từ 92% trở lên.")
    d.p('Kiến nghị Công ty bổ sung kế hoạch sửa chữa lớn cầu Km 1.214+300 (dự kiến 4,5 tỷ đồng) theo Tờ trình số '
        '398/TTr-CNSC ngày 05/12/2024 và sớm phê duyệt phương án phòng chống thiên tai năm 2025.')
    d.p('Nơi nhận: - Công ty CP Đường sắt Nam Trung Bộ (b/c); - Ban Giám đốc Chi nhánh; - Lưu: VT, KH-KT. GIÁM ĐỐC')
    d.fn(f"Kế hoạch giao theo Quyết định số 1125/QĐ-ĐSNTB ngày 12/3/2024 là 47,60 tỷ đồng, được điều chỉnh theo "
         f"Quyết định số 2340/QĐ-ĐSNTB ngày 18/7/2024 lên 48,62 tỷ đồng, {d.diff('tăng # tỷ đồng', D('48.62'), D('47.60'))}.")
    d.fn(f"{d.sum('# vụ sự cố', 14, [6, 3, 4, 1])} gồm: 06 vụ do đường, 03 vụ do cầu, cống, 04 vụ do thông tin tín hiệu "
         f"đường ngang, 01 vụ do ghi.")
    d.fn(f"Lượt khách qua các ga: Sông Cái 170.264 lượt; Phú Lâm 98.415 lượt; Hòa Đa 61.380 lượt; "
         f"{d.diff('# ga còn lại', 11, 3, note='11 stations − 3 named')} "
         f"{d.diff('# lượt', 412560, 170264 + 98415 + 61380, note='412.560 − 170.264 − 98.415 − 61.380')}.")
    d.fn(f"Doanh thu dịch vụ ga và kinh doanh khác {d.sum('# tỷ đồng', D('13.18'), [D('6.45'), D('4.26'), D('2.47')])} gồm: "
         f"dịch vụ hành khách 6,45 tỷ đồng; xếp dỡ hàng hóa 4,26 tỷ đồng; cho thuê kho bãi, mặt bằng 2,47 tỷ đồng.")
    d.fn(f"Giá trị vật tư chính sử dụng trong năm "
         f"{d.sum('# tỷ đồng', D('18.76'), [D('9.42'), D('6.18'), D('3.16'), D('1.35')], v='inconsistent', note='18,76 = the sum without phụ kiện liên kết 1,35: a part left out of the total')}, "
         f"gồm: tà vẹt bê tông 9,42 tỷ đồng, ray 6,18 tỷ đồng, đá ba lát 3,16 tỷ đồng, phụ kiện liên kết 1,35 tỷ đồng.")
    return d


# =============================================================================
# d17-02: provincial association of architects, term report 2020 - 2025
# =============================================================================
def draft2():
    d = Doc('d17-02-hoi-kien-truc-su-tinh')
    d.p('HỘI KIẾN TRÚC SƯ TỈNH HẢI THỊNH')
    d.p('BAN CHẤP HÀNH KHÓA III')
    d.p('Số: 27/BC-HKTS')
    d.p('Hải Thịnh, ngày 15 tháng 7 năm 2025')
    d.p('BÁO CÁO CHÍNH TRỊ')
    d.p('của Ban Chấp hành Hội Kiến trúc sư tỉnh khóa III trình Đại hội đại biểu lần thứ IV, nhiệm kỳ 2025 - 2030')
    d.p('Nhiệm kỳ 2020 - 2025 diễn ra trong bối cảnh dịch Covid-19 kéo dài suốt hai năm 2020 - 2021, nhiều hoạt động '
        'của Hội phải tạm dừng hoặc chuyển sang hình thức trực tuyến; từ năm 2022, cùng với việc thi hành Luật Kiến trúc '
        'năm 2019 và Nghị định số 85/2020/NĐ-CP ngày 17/7/2020 của Chính phủ, hoạt động hành nghề kiến trúc trên địa bàn '
        'tỉnh có nhiều chuyển biến, đòi hỏi Hội đổi mới nội dung, phương thức hoạt động.')
    d.p('Phần thứ nhất. KẾT QUẢ HOẠT ĐỘNG NHIỆM KỲ 2020 - 2025')
    d.p('1. Công tác tổ chức, phát triển hội viên')
    d.p(f"Đại hội lần thứ III (tháng 8/2020) bầu Ban Chấp hành 11 ủy viên, Ban Thường vụ 05 ủy viên, trong đó "
        f"{d.c('02 ủy viên nữ', 'subset', note='02 ≤ 05 standing members')}. Trong nhiệm kỳ, Ban Chấp hành bầu bổ sung "
        f"02 ủy viên, miễn nhiệm 01 ủy viên do chuyển công tác ngoài tỉnh, hiện "
        f"{d.sum('còn # ủy viên', 13, [11, 2, -1], v='inconsistent', note='stock-flow 11 + 02 − 01 = 12, not 13')}. Hội có "
        f"{d.sum('# chi hội', 9, [6, 3], z=True)}, gồm 06 chi hội tại các huyện, thị xã, thành phố và 03 chi hội "
        f"chuyên ngành (quy hoạch, giảng dạy, hưu trí).")
    d.p(f"Đến ngày 30/6/2025, Hội có {d.sum('# hội viên', 186, [139, 58, -11], note='start of term 139 + admitted 58 − left 11')}, "
        f"{d.diff('tăng # hội viên', 186, 139)} "
        f"{d.c('so với nhiệm kỳ 2010 - 2015', 'term', 'inconsistent', right='so với nhiệm kỳ 2015 - 2020', note='139 is the start of the 2020 - 2025 term, i.e. the end of 2015 - 2020; the term named is two terms back')} "
        f"(139 hội viên); trong nhiệm kỳ kết nạp 58 hội viên mới, {d.ratio('đạt #% chỉ tiêu', 58, 60, suffix='%')} "
        f"Đại hội đề ra (60 hội viên), {d.sum('giảm # hội viên', 11, [6, 3, 2])} (chuyển sinh hoạt 06, từ trần 03, "
        f"xin thôi 02). Trong số hội viên mới kết nạp có 31 người dưới 35 tuổi, "
        f"{d.share('chiếm #% tổng số hội viên', 31, 186, v='inconsistent', stated='53.45', note='53,45% = 31 / 58 (new members), but the text names all members as base')}.")
    d.p(f"Cơ cấu hội viên: nữ 38 người, "
        f"{d.share('chiếm #%', 38, 186, v='inconsistent', stated='20.34', note='digits swapped (20,43 → 20,34)')}; "
        f"dưới 40 tuổi {d.share('71 người (#%)', 71, 186)}; theo nơi công tác, cơ quan quản lý nhà nước "
        f"{d.share('64 người (#%)', 64, 186)}, doanh nghiệp tư vấn thiết kế {d.share('89 người (#%)', 89, 186, v='rounding')}, "
        f"đơn vị sự nghiệp, cơ sở đào tạo {d.share('21 người (#%)', 21, 186)}, hội viên hưu trí "
        f"{d.share('12 người (#%)', 12, 186)}. Hội viên có chứng chỉ hành nghề kiến trúc 134 người, "
        f"{d.share('đạt #%', 134, 186)}, {d.pts('tăng #%', D('72.04'), D('63.31'), note='points reading holds')} "
        f"so với đầu nhiệm kỳ (63,31%).")
    d.p(f"Hội viên trực tiếp hành nghề tư vấn độc lập hoặc trong doanh nghiệp 110 người; hội viên có trình độ thạc sĩ "
        f"trở lên 29 người, "
        f"{d.share('chiếm #%', 29, 110, v='ambiguous', note='base not stated: of the 110 practising members it holds, of all 186 members it would be 15,59%')}; "
        f"17 hội viên được công nhận kiến trúc sư hạng I, 02 hội viên có học hàm phó giáo sư.")
    d.p('2. Hoạt động chuyên môn, sáng tác, bồi dưỡng nghề nghiệp')
    d.p(f"Nhiệm kỳ qua, Hội tổ chức 14 hội thảo, tọa đàm chuyên đề với 3.240 lượt người tham dự, "
        f"{d.ratio('bình quân # lượt/buổi', 3240, 14, nd=0, mode='times')}; số hội thảo "
        f"{d.ratio('gấp # lần', 14, 8, mode='times')} "
        f"{d.c('nhiệm kỳ 2015 - 2020 (08 hội thảo)', 'term', note='2020 - 2025 compared with the term before: right term')}. "
        f"Giải thưởng Kiến trúc tỉnh lần thứ II (năm 2022) nhận 46 tác phẩm, {d.sum('trao # giải', 15, [1, 3, 5, 6])} "
        f"(01 giải A, 03 giải B, 05 giải C, 06 giải khuyến khích), tỷ lệ tác phẩm "
        f"{d.share('đạt giải #%', 15, 46, v='rounding')}.")
    d.p(f"Tại Giải thưởng Kiến trúc Quốc gia các năm 2021 - 2024, hội viên của Hội gửi dự thi 07 tác phẩm, có "
        f"{d.frac('{p}/{w} tác phẩm đạt giải ({v}%)', 3, 7, z=True)}; 02 hội viên được tặng Kỷ niệm chương Vì sự nghiệp "
        f"kiến trúc Việt Nam. Giải thưởng Kiến trúc tỉnh đã nhận tổng số "
        f"{d.c('64 tác phẩm', 'repeat', 'ambiguous', note='line {@lần thứ II (năm 2022) nhận 46} gives 46 works for the 2nd edition; 64 may be the total of all editions or 46 with digits swapped: the period is not named')} "
        f"dự xét, góp phần phát hiện, giới thiệu nhiều công trình có chất lượng.")
    d.p(f"Hội phối hợp với Sở Xây dựng mở 09 lớp bồi dưỡng, cập nhật kiến thức pháp luật về kiến trúc, quy hoạch cho "
        f"412 lượt học viên, trong đó hội viên 238 lượt, {d.share('chiếm #%', 238, 412)}, "
        f"{d.diff('còn lại # lượt', 412, 238)} là công chức phòng Quản lý đô thị, phòng Kinh tế - Hạ tầng cấp huyện; "
        f"số lớp {d.ratio('gấp # lần', 9, 6, nd=1, mode='times')} nhiệm kỳ trước (06 lớp).")
    d.p('Công tác thông tin, truyền thông được duy trì: Hội phát hành định kỳ Bản tin Kiến trúc Hải Thịnh, vận hành '
        'trang thông tin điện tử và nhóm trao đổi nghề nghiệp trực tuyến của hội viên; phối hợp với Báo Hải Thịnh, Đài '
        'Phát thanh - Truyền hình tỉnh thực hiện chuyên mục "Kiến trúc và đô thị", giới thiệu các công trình đạt giải, '
        'các gương hội viên tiêu biểu và phổ biến Luật Kiến trúc, Quy chế quản lý kiến trúc đô thị.')
    d.p('3. Tư vấn, phản biện và giám định xã hội')
    d.p(f"Hội tham gia góp ý, phản biện {d.sum('# đồ án, hồ sơ', 132, [41, 67, 24])}, gồm 41 đồ án quy hoạch chung, "
        f"quy hoạch phân khu {d.share('(#%)', 41, 132)}, 67 đồ án quy hoạch chi tiết "
        f"{d.share('(#%)', 67, 132, v='rounding')} và 24 hồ sơ thiết kế công trình trọng điểm {d.share('(#%)', 24, 132)}, "
        f"{d.ratio('tăng #%', 132, 87, mode='rel', suffix='%')} "
        f"{d.c('so với nhiệm kỳ 2015 - 2020 (87 đồ án, hồ sơ)', 'term', note='right previous term')}; có "
        f"{d.frac('{p}/{w} ý kiến ({v}%)', 1086, 1254)} được cơ quan chủ trì tiếp thu.")
    d.p(f"Hội tư vấn tổ chức 18 cuộc thi tuyển phương án kiến trúc công trình công cộng với 126 phương án dự thi, "
        f"{d.ratio('bình quân # phương án/cuộc', 126, 18, nd=0, mode='times', z=True)}; phương án của hội viên đạt giải "
        f"nhất tại {d.frac('{p}/{w} cuộc thi ({v}%)', 11, 18)}, trong đó "
        f"{d.c('04 cuộc thi', 'subset', note='04 ≤ 11')} trụ sở cơ quan nhà nước.")
    d.p(f"Hội viên tham gia thiết kế 342 công trình trong nhiệm kỳ, "
        f"{d.diff('giảm # công trình', 342, 284, v='inconsistent', right='tăng 58', note='342 > 284: an increase written as a decrease')} "
        f"so với nhiệm kỳ trước (284 công trình), tổng mức đầu tư khoảng 4.860 tỷ đồng, "
        f"{d.ratio('bình quân # tỷ đồng/công trình', 4860, 342, nd=1, mode='times')}; riêng năm 2024 có 57 công trình "
        f"được cấp giấy phép xây dựng, "
        f"{d.share('chiếm #%', 57, 342, v='ambiguous', note='base not stated; 57 / 342 matches but 57 is one year and 342 the whole term')}. "
        f"Hội giới thiệu "
        f"{d.sum('# hội viên', 96, [42, 35, 27], v='ambiguous', note='42 + 35 + 27 = 104 > 96: one member can sit on several councils, parts may overlap')} "
        f"tham gia các hội đồng chuyên môn của tỉnh, gồm 42 người ở hội đồng thẩm định quy hoạch, 35 người ở hội đồng "
        f"nghiệm thu công trình, 27 người ở hội đồng tuyển chọn phương án kiến trúc.")
    d.p('4. Tài chính, hội phí')
    d.p(f"Tổng kinh phí hoạt động cả nhiệm kỳ "
        f"{d.sum('# tỷ đồng', D('9.846'), [D('6.120'), D('0.418'), D('3.308'), D('0.765')], v='inconsistent', note='9,846 = the sum without the 0,765 sponsorship: a part left out')}, "
        f"gồm: ngân sách tỉnh hỗ trợ 6,120 tỷ đồng "
        f"({d.ratio('bình quân # tỷ đồng/năm', D('6.120'), 5, nd=3, mode='times')}); hội phí 0,418 tỷ đồng; xã hội hóa "
        f"3,308 tỷ đồng; tài trợ của doanh nghiệp hội viên cho giải thưởng, ấn phẩm 0,765 tỷ đồng. Đến ngày 30/6/2025, "
        f"tỷ lệ hội viên đã đóng hội phí năm 2025 đạt {d.frac('{v}% ({p}/{w} hội viên)', 176, 186)}, "
        f"{d.c('cùng kỳ năm 2024', 'term', note='30/6/2025 compared with the same date of the previous year: right year')} "
        f"đạt 91,43%, {d.pts('tăng #%', D('94.62'), D('91.43'))}.")
    d.p('5. Đánh giá chung')
    d.p(f"Đại hội lần thứ III đề ra 12 chỉ tiêu, Hội hoàn thành và vượt {d.frac('{p}/{w} chỉ tiêu ({v}%)', 10, 12)}, "
        f"{d.diff('còn # chỉ tiêu', 12, 10)} chưa đạt (phát triển hội viên mới và tổ chức Giải thưởng Kiến trúc tỉnh "
        f"lần thứ III). {d.c('So với nhiệm kỳ 2015 - 2020', 'term', note='right previous term')}, số hội viên "
        f"{d.ratio('tăng #%', 186, 139, mode='rel', suffix='%')}, số hội thảo {d.diff('tăng # cuộc', 14, 8)}, "
        f"kinh phí xã hội hóa {d.ratio('gấp # lần', D('3.308'), D('1.378'), nd=1, mode='times')} (nhiệm kỳ trước "
        f"1,378 tỷ đồng). Tính đến ngày khai mạc Đại hội, Hội có "
        f"{d.c('191 hội viên', 'repeat', 'ambiguous', note='line {@Đến ngày 30/6/2025, Hội có 186} gives 186 members at 30/6/2025; the congress date is not stated, 191 may be a later count or a slip')} "
        f"sinh hoạt tại 09 chi hội.")
    d.p('Hạn chế: hoạt động của một số chi hội cấp huyện còn hình thức, chưa thu hút hội viên trẻ; công tác phản biện '
        'xã hội có lúc bị động do hồ sơ gửi lấy ý kiến muộn; nguồn kinh phí xã hội hóa chưa ổn định; việc tổ chức Giải '
        'thưởng Kiến trúc tỉnh lần thứ III phải lùi sang nhiệm kỳ sau do chưa được bố trí kinh phí.')
    d.p('Phần thứ hai. PHƯƠNG HƯỚNG, NHIỆM VỤ NHIỆM KỲ 2025 - 2030')
    d.p(f"Phấn đấu đến năm 2030 Hội có 240 hội viên, {d.diff('tăng # hội viên', 240, 186)}, "
        f"{d.ratio('tăng #%', 240, 186, mode='rel', suffix='%')} so với thời điểm 30/6/2025; tỷ lệ hội viên có chứng "
        f"chỉ hành nghề đạt 80%, {d.pts('tăng # điểm phần trăm', 80, D('72.04'))} so với hiện nay "
        f"{d.c('(72,04%)', 'repeat', note='same as line {@Hội viên có chứng chỉ hành nghề kiến trúc 134}')}; 100% chi hội sinh hoạt định kỳ ít nhất 02 lần/năm; "
        f"tổ chức Giải thưởng Kiến trúc tỉnh 02 năm/lần; mỗi năm tổ chức ít nhất 03 hội thảo, tọa đàm.")
    d.p(f"Ban Chấp hành khóa IV dự kiến 13 ủy viên, Ban Thường vụ 05 ủy viên; bảo đảm có ít nhất 03 ủy viên nữ, "
        f"{d.share('chiếm #%', 3, 13)}, và 02 ủy viên dưới 40 tuổi.")
    d.p(f"Với sự đoàn kết, trách nhiệm của "
        f"{d.c('168 hội viên', 'repeat', 'inconsistent', right='186', note='line {@Đến ngày 30/6/2025, Hội có 186} gives 186 members at the same date (30/6/2025): digits swapped')} "
        f"(số liệu đến ngày 30/6/2025) và sự quan tâm của Tỉnh ủy, Ủy ban nhân dân tỉnh, Hội Kiến trúc sư Việt Nam, "
        f"Ban Chấp hành khóa III tin tưởng Đại hội lần thứ IV sẽ thành công tốt đẹp.")
    d.p('TM. BAN CHẤP HÀNH - CHỦ TỊCH. Nơi nhận: - Trung ương Hội KTS Việt Nam; - Ban Tuyên giáo Tỉnh ủy; - Sở Nội vụ; - Lưu: VP Hội.')
    d.fn(f"Số hội viên theo chi hội đến ngày 30/6/2025: thành phố Hải Thịnh 54, thị xã Phước An 21, huyện Tân Lộc 17, "
         f"huyện Hòa Thuận 14, huyện Bình Sơn 12, huyện Long Điền 09 hội viên; chi hội Quy hoạch 22, chi hội Giảng dạy 25, "
         f"chi hội Hưu trí 12; {d.sum('cộng # hội viên', 186, [54, 21, 17, 14, 12, 9, 22, 25, 12])}.")
    d.fn(f"Số hội thảo, tọa đàm theo năm: 2021: 02; 2022: 03; 2023: 03; 2024: 04; 6 tháng đầu năm 2025: 02; "
         f"{d.sum('tổng cộng # cuộc', 14, [2, 3, 3, 4, 2])}.")
    d.fn(f"Kinh phí xã hội hóa nhiệm kỳ 2015 - 2020 là 1,378 tỷ đồng; nhiệm kỳ 2020 - 2025 là 3,308 tỷ đồng, "
         f"{d.diff('tăng # tỷ đồng', D('3.308'), D('1.378'))}.")
    d.fn(f"Quyết định số 112/QĐ-HKTS ngày 20/9/2022 về việc trao Giải thưởng Kiến trúc tỉnh lần thứ II; trong 15 giải có "
         f"{d.c('04 giải', 'subset', note='04 ≤ 15 prizes')} trao cho tác giả dưới 35 tuổi.")
    return d


# =============================================================================
# d17-03: provincial notary office, annual report 2024
# =============================================================================
def draft3():
    d = Doc('d17-03-phong-cong-chung')
    d.p('SỞ TƯ PHÁP TỈNH ĐÔNG GIANG')
    d.p('PHÒNG CÔNG CHỨNG SỐ 1')
    d.p('Số: 86/BC-PCC1')
    d.p('Đông Giang, ngày 06 tháng 01 năm 2025')
    d.p('BÁO CÁO')
    d.p('Tổng kết hoạt động công chứng năm 2024 và nhiệm vụ trọng tâm năm 2025')
    d.p('Thực hiện Công văn số 3015/STP-BTTP ngày 10/12/2024 của Sở Tư pháp về việc báo cáo công tác năm 2024 (số liệu '
        'tính từ ngày 01/01/2024 đến ngày 31/12/2024), Phòng Công chứng số 1 báo cáo như sau:')
    d.p('I. TỔ CHỨC, NHÂN SỰ')
    d.p(f"Phòng có {d.sum('# người làm việc', 14, [5, 6, 3])}, gồm 05 công chứng viên ("
        f"{d.c('trong đó 01 Trưởng phòng', 'subset', note='01 Trưởng phòng + 01 Phó Trưởng phòng = 02 ≤ 05 notaries')}, 01 Phó "
        f"Trưởng phòng), 06 thư ký nghiệp vụ và 03 người làm công tác hành chính, kế toán, lưu trữ; công chứng viên "
        f"{d.share('chiếm #%', 5, 14)} tổng số, {d.ratio('bình quân # thư ký', 6, 5, nd=1, mode='times')}/công chứng viên; "
        f"nữ 09 người {d.share('(#%)', 9, 14)}. Năm 2024 Phòng được giao 15 chỉ tiêu số lượng người làm việc, "
        f"{d.diff('còn thiếu # chỉ tiêu', 15, 14)} công chứng viên chưa tuyển được.")
    d.p('II. KẾT QUẢ HOẠT ĐỘNG NĂM 2024')
    d.p('1. Công chứng hợp đồng, giao dịch')
    d.p(f"Năm 2024, Phòng đã {d.sum('công chứng # việc', 12486, [5706, 6780], note='6 tháng đầu + 6 tháng cuối')} "
        f"(hợp đồng, giao dịch, bản dịch), {d.diff('tăng # việc', 12486, 11348)} "
        f"{d.c('so với năm 2023 (11.348 việc)', 'term', note='right previous year')}, "
        f"{d.ratio('đạt #%', 12486, 11000, suffix='%')} kế hoạch năm (11.000 việc); trong đó 6 tháng đầu năm 5.706 việc, "
        f"6 tháng cuối năm {d.sum('# việc', 6780, [3368, 3412])} (quý III 3.368 việc, quý IV 3.412 việc), "
        f"{d.ratio('tăng #%', 6780, 5706, mode='rel', suffix='%')} so với 6 tháng đầu năm. Riêng quý IV "
        f"{d.share('chiếm #%', 3412, 12486, v='rounding')} số việc cả năm, "
        f"{d.ratio('tăng #%', 3412, 3368, mode='rel', v='ambiguous', suffix='%', note='matches quý IV / quý III, but cùng kỳ normally means quý IV/2023, which is not given')} "
        f"so với cùng kỳ.")
    d.p(f"Chia theo loại việc: chuyển nhượng, tặng cho quyền sử dụng đất, tài sản gắn liền với đất 5.214 việc "
        f"{d.share('(#%)', 5214, 12486, v='rounding')}; hợp đồng thế chấp 3.087 việc {d.share('(#%)', 3087, 12486)}, "
        f"{d.ratio('giảm #%', 3087, 3226, nd=1, mode='rel', suffix='%')} so với năm trước (3.226 việc); hợp đồng ủy quyền "
        f"1.902 việc {d.share('(#%)', 1902, 12486)}, {d.ratio('tăng #%', 1902, 1633, nd=1, mode='rel', suffix='%')} "
        f"{d.c('(năm 2023: 1.633 việc)', 'term', note='right previous year')}; văn bản thỏa thuận phân chia, khai nhận di sản 746 việc {d.share('(#%)', 746, 12486)}; "
        f"hợp đồng, giao dịch khác và bản dịch 1.537 việc {d.share('(#%)', 1537, 12486)}.")
    d.p(f"Trong 5.214 việc chuyển nhượng, tặng cho có {d.c('1.283 việc', 'subset', note='1.283 ≤ 5.214')} tặng cho giữa "
        f"cha mẹ với con, vợ với chồng, "
        f"{d.share('chiếm #%', 1283, 12486, v='inconsistent', stated='24.61', note='24,61% = 1.283 / 5.214 (the transfer subgroup), but the text names all notarised matters as base')} "
        f"tổng số việc công chứng; 126 việc có yếu tố nước ngoài, "
        f"{d.share('chiếm #%', 126, 5214, v='ambiguous', note='base not stated: of the 5.214 transfers it holds, of all 12.486 matters it would be 1,01%')}. "
        f"Công chứng "
        f"{d.sum('ngoài trụ sở # việc', 214, [96, 73, 58], v='ambiguous', note='96 + 73 + 58 = 227 > 214: an elderly person may also be a patient or disabled, the groups may overlap')}, "
        f"gồm 96 việc cho người già yếu, 73 việc cho người đang điều trị tại cơ sở y tế và 58 việc cho người khuyết tật.")
    d.p(f"Thời gian giải quyết được bảo đảm: "
        f"{d.frac('{p}/{w} hồ sơ trả kết quả đúng hẹn, đạt {v}%', 12431, 12486, v='rounding')}; "
        f"{d.diff('# hồ sơ trễ hẹn', 12486, 12431)} do phải xác minh tại Văn phòng đăng ký đất đai. Phòng từ chối công "
        f"chứng 37 trường hợp không đủ điều kiện. Tiếp nhận qua Cổng dịch vụ công trực tuyến 2.148 hồ sơ, "
        f"{d.share('chiếm #%', 2148, 12486)}, "
        f"{d.pts('tăng #%', D('17.20'), D('12.06'), v='inconsistent', stated='5.41', note='digits swapped: 5,14 points; relative reading 42,62% does not give 5,41 either')} "
        f"{d.c('so với năm 2023 (12,06%)', 'term', note='right previous year')}.")
    d.p(f"Công chứng {d.sum('# bản dịch', 426, [238, 96, 65, 27])}, gồm tiếng Anh {d.share('238 bản (#%)', 238, 426)}, "
        f"tiếng Hàn 96 bản, tiếng Trung 65 bản, ngôn ngữ khác 27 bản; các bản dịch do 11 cộng tác viên dịch thuật đã "
        f"đăng ký với Sở Tư pháp thực hiện.")
    d.p('Phòng duy trì tiếp nhận yêu cầu công chứng vào sáng thứ Bảy hằng tuần và ngoài giờ hành chính đối với các '
        'trường hợp cấp thiết; niêm yết công khai thủ tục, mức phí, thù lao công chứng tại trụ sở và trên Trang thông '
        'tin điện tử của Sở Tư pháp; phối hợp với các tổ chức tín dụng thống nhất danh mục giấy tờ trong hồ sơ thế chấp, '
        'hạn chế việc người dân phải đi lại nhiều lần.')
    d.p('2. Chứng thực, lưu trữ, ứng dụng công nghệ thông tin')
    d.p(f"Chứng thực bản sao từ bản chính 8.930 bản, "
        f"{d.diff('giảm # bản', 8930, 8518, v='inconsistent', right='tăng 412', note='8.930 > 8.518: an increase written as a decrease')} "
        f"so với năm 2023 (8.518 bản); chứng thực chữ ký 1.246 việc, "
        f"{d.ratio('bằng #%', 1246, 1330, nd=1, suffix='%')} năm trước (1.330 việc). Hồ sơ công chứng lưu trữ đến ngày "
        f"31/12/2024 là 148.620 hồ sơ, "
        f"{d.diff('tăng # hồ sơ', 148620, 136314, v='inconsistent', stated=12486, note='the clerk wrote the year’s 12.486 matters; with the stated stocks the increase is 12.306 (136.314 is probably 136.134 with digits swapped)')} "
        f"so với cuối năm 2023 (136.314 hồ sơ); 100% hồ sơ năm 2024 được số hóa.")
    d.p(f"Phần mềm quản lý dữ liệu công chứng đã kết nối với "
        f"{d.c('09/09 văn phòng công chứng', 'fraction', note='09 of 09 (100%)')} trên địa bàn tỉnh; trong năm cập nhật "
        f"38.412 thông tin ngăn chặn, trong đó {d.c('2.146 thông tin', 'subset', note='2.146 ≤ 38.412')} giải tỏa ngăn chặn.")
    d.p('3. Thu phí, thù lao, nộp ngân sách')
    d.p(f"Tổng thu năm 2024 là "
        f"{d.sum('# tỷ đồng', D('8.057'), [D('6.842'), D('1.215'), D('0.186')], v='inconsistent', note='8,057 = phí + thù lao only: the 0,186 from copying and archiving services was left out')}, "
        f"gồm phí công chứng 6,842 tỷ đồng, thù lao công chứng 1,215 tỷ đồng "
        f"({d.share('bằng #% số phí', D('1.215'), D('6.842'))}), thu dịch vụ sao chụp, lưu trữ hồ sơ 0,186 tỷ đồng. "
        f"Phí công chứng {d.ratio('đạt #%', D('6.842'), D('6.000'), suffix='%')} dự toán (6,000 tỷ đồng), "
        f"{d.ratio('tăng #%', D('6.842'), D('6.076'), nd=1, mode='rel', suffix='%')} "
        f"{d.c('so với năm 2022 (6,076 tỷ đồng)', 'term', 'inconsistent', right='so với năm 2023', note='a 2024 result compared with the previous year must name 2023')}; "
        f"đã nộp ngân sách nhà nước 1,368 tỷ đồng, "
        f"{d.share('bằng #% số phí thu được', D('1.368'), D('6.842'), nd=0)}.")
    d.p(f"Số phí được để lại "
        f"{d.diff('# tỷ đồng', D('6.842'), D('1.368'), note='phí 6,842 − nộp ngân sách 1,368')}, trong đó chi hoạt động "
        f"thường xuyên 4,926 tỷ đồng, {d.share('chiếm #%', D('4.926'), D('5.474'))}; thu nhập tăng thêm bình quân "
        f"3,15 triệu đồng/người/tháng, {d.diff('tăng # triệu đồng', D('3.15'), D('2.73'))} so với năm trước "
        f"(2,73 triệu đồng).")
    d.p('4. Công tác kiểm tra, bồi dưỡng')
    d.p(f"Qua kiểm tra định kỳ của Sở Tư pháp đối với 240 hồ sơ, phát hiện 06 hồ sơ có sai sót về thể thức, kỹ thuật "
        f"trình bày, {d.share('chiếm #%', 6, 240)}, giảm {d.pts('# điểm phần trăm', D('2.50'), D('2.92'))} so với năm "
        f"trước ({d.frac('{p}/{w} hồ sơ, {v}%', 7, 240, z=True)}); không có hồ sơ vi phạm về nội dung. "
        f"{d.c('05/05 công chứng viên', 'fraction', note='05 of the 05 notaries of line {@Phòng có 14 người làm việc} (100%)')} hoàn thành bồi "
        f"dưỡng nghiệp vụ bắt buộc năm 2024; không phát sinh khiếu nại, tranh chấp liên quan đến văn bản công chứng.")
    d.p('III. ĐÁNH GIÁ CHUNG')
    d.p(f"Năm 2024 Phòng hoàn thành vượt mức các chỉ tiêu được giao: số việc công chứng "
        f"{d.c('12.846 việc', 'repeat', 'inconsistent', right='12.486', note='line {@Phòng đã công chứng 12.486} gives 12.486 matters for 2024: digits swapped')}, "
        f"phí công chứng {d.c('6,842 tỷ đồng', 'repeat', note='same as line {@Tổng thu năm 2024 là}')}, tỷ lệ trả kết quả đúng hẹn trên 99%, "
        f"không có văn bản công chứng bị tuyên vô hiệu. Theo số liệu kế toán, phí công chứng đã thu "
        f"{d.c('6,480 tỷ đồng', 'repeat', 'ambiguous', note='no date given: may be a partial period (before year end) or a slip for 6,842')}.")
    d.p(f"Hạn chế: còn {d.c('55 hồ sơ', 'repeat', note='same as line {@trễ hẹn do phải xác minh}')} trễ hẹn; tỷ lệ tiếp nhận trực tuyến "
        f"{d.c('mới đạt 17,20%', 'repeat', note='same as line {@trễ hẹn do phải xác minh}')}, thấp hơn chỉ tiêu của tỉnh (20%); kho lưu trữ đã "
        f"sử dụng gần hết diện tích, một số hồ sơ năm 2016 - 2018 phải lưu tạm tại hành lang.")
    d.p('Nguyên nhân: số lượng hồ sơ tăng nhanh vào các tháng cuối năm trong khi biên chế công chứng viên chưa đủ; việc '
        'xác minh thông tin về tình trạng pháp lý của tài sản phụ thuộc vào cơ quan đăng ký đất đai; hạ tầng công nghệ '
        'thông tin chưa đồng bộ, cơ sở dữ liệu công chứng chưa liên thông đầy đủ với cơ sở dữ liệu đất đai và dân cư.')
    d.p('Từ ngày 01/7/2025, Luật Công chứng năm 2024 có hiệu lực thi hành; Phòng đã tổ chức nghiên cứu, quán triệt các '
        'quy định mới về công chứng điện tử, lưu trữ hồ sơ và trách nhiệm bảo hiểm nghề nghiệp, chuẩn bị điều kiện để '
        'triển khai ngay khi có văn bản hướng dẫn.')
    d.p('IV. NHIỆM VỤ TRỌNG TÂM NĂM 2025')
    d.p(f"Phấn đấu công chứng 13.500 việc, {d.ratio('tăng #%', 13500, 12486, mode='rel', suffix='%')} so với thực hiện "
        f"năm 2024; phí công chứng 7,200 tỷ đồng, {d.diff('tăng # tỷ đồng', D('7.200'), D('6.842'))}; tỷ lệ hồ sơ tiếp "
        f"nhận trực tuyến đạt 25%, {d.pts('tăng # điểm phần trăm', 25, D('17.20'), nd=1)}; đề nghị Sở Tư pháp tuyển "
        f"bổ sung 01 công chứng viên để bảo đảm "
        f"{d.c('15/15 chỉ tiêu', 'fraction', note='14 + 01 = 15 of the 15 positions of line {@Phòng có 14 người làm việc}')} được giao.")
    d.p('Kiến nghị Sở Tư pháp trình Ủy ban nhân dân tỉnh bố trí kinh phí mở rộng kho lưu trữ (khoảng 180 m²) theo Tờ '
        'trình số 79/TTr-PCC1 ngày 20/12/2024; đề nghị Sở Tư pháp sớm ban hành hướng dẫn chuyển đổi dữ liệu hồ sơ '
        'công chứng giấy sang dữ liệu điện tử và tổ chức tập huấn Luật Công chứng năm 2024 cho công chứng viên, thư ký '
        'nghiệp vụ của Phòng trong quý I/2025.')
    d.p('Nơi nhận: - Sở Tư pháp (b/c); - Lưu: VT, HS. TRƯỞNG PHÒNG')
    d.fn(f"Hợp đồng thế chấp {d.sum('# việc', 3087, [2614, 391, 82])} gồm: thế chấp tại ngân hàng thương mại 2.614 việc, "
         f"tại quỹ tín dụng nhân dân 391 việc, tại tổ chức tín dụng khác 82 việc.")
    d.fn(f"Số liệu trích từ sổ công chứng điện tử ngày 31/12/2024: tổng số việc công chứng năm 2024 là "
         f"{d.c('12,486 việc', 'repeat', 'ambiguous', note='written with a decimal comma: 12,486 cannot be a count of matters; probably 12.486 (line {@Phòng đã công chứng 12.486}), but the form is ambiguous')}.")
    d.fn(f"Các trường hợp từ chối: 21 trường hợp giấy tờ có dấu hiệu giả mạo, 09 trường hợp tài sản đang bị ngăn chặn, "
         f"07 trường hợp người yêu cầu không đủ năng lực hành vi dân sự; {d.sum('cộng # trường hợp', 37, [21, 9, 7])}.")
    d.fn(f"Bình quân mỗi công chứng viên thực hiện {d.ratio('# việc', 12486, 5, nd=0, mode='times')}/năm; công chứng "
         f"viên có số việc cao nhất 3.126 việc, thấp nhất 1.804 việc.")
    return d


# =============================================================================
# d17-04: sugar company, crushing season 2023 - 2024
# =============================================================================
def draft4():
    d = Doc('d17-04-cong-ty-mia-duong')
    d.p('CÔNG TY CỔ PHẦN MÍA ĐƯỜNG AN THẠNH')
    d.p('Số: 158/BC-MĐAT')
    d.p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM - Độc lập - Tự do - Hạnh phúc')
    d.p('An Thạnh, ngày 25 tháng 7 năm 2024')
    d.p('BÁO CÁO')
    d.p('Tổng kết niên vụ sản xuất mía đường 2023 - 2024, kế hoạch niên vụ 2024 - 2025')
    d.p('(Trình Hội nghị khách hàng trồng mía ngày 02/8/2024)')
    d.p('Niên vụ 2023 - 2024 diễn ra trong điều kiện nắng hạn kéo dài do ảnh hưởng của hiện tượng El Nino, giá vật tư '
        'nông nghiệp ở mức cao; được sự quan tâm của Ủy ban nhân dân tỉnh và chính quyền các huyện vùng nguyên liệu, '
        'Công ty đã hoàn thành cơ bản kế hoạch sản xuất, kinh doanh. Báo cáo này tổng hợp số liệu từ ngày vào vụ '
        '05/12/2023 đến hết ngày 30/6/2024 (số liệu tài chính theo báo cáo quyết toán niên vụ chưa kiểm toán); các chỉ '
        'tiêu kế hoạch niên vụ 2024 - 2025 là dự kiến, sẽ được Hội đồng quản trị xem xét, quyết định.')
    d.p('I. VÙNG NGUYÊN LIỆU MÍA')
    d.p('1. Diện tích, giống, thủy lợi')
    d.p(f"Tổng diện tích mía niên vụ 2023 - 2024 "
        f"{d.sum('đạt # ha', 8426, [3214, 2608, 1875, 729])}, {d.ratio('bằng #%', 8426, 9000, suffix='%')} kế hoạch "
        f"(9.000 ha), {d.diff('giảm # ha', 8426, 8938)} "
        f"{d.c('so với niên vụ 2022 - 2023 (8.938 ha)', 'term', note='right previous crop season')}; phân bố tại huyện "
        f"Ea Lăng 3.214 ha {d.share('(#%)', 3214, 8426)}, huyện Phú Mỹ 2.608 ha {d.share('(#%)', 2608, 8426)}, huyện "
        f"Hòa Tân 1.875 ha {d.share('(#%)', 1875, 8426)}, các huyện khác 729 ha {d.share('(#%)', 729, 8426)}.")
    d.p(f"Diện tích trồng mới, trồng lại "
        f"{d.sum('# ha', 2438, [1120, 1318, 308], v='inconsistent', note='2.438 = 1.120 + 1.318: the 308 ha planted in the autumn crop was left out')}, "
        f"gồm trồng mới trên đất chuyển đổi 1.120 ha, trồng lại sau thanh lý gốc 1.318 ha và trồng vụ thu 308 ha. "
        f"Diện tích sử dụng giống mới năng suất, chữ đường cao (KK3, LK92-11, K95-84) 5.140 ha, "
        f"{d.share('chiếm #%', 5140, 8426)}; diện tích có tưới 2.318 ha, "
        f"{d.share('chiếm #%', 2318, 8426, v='inconsistent', stated='27.15', note='digits swapped (27,51 → 27,15)')}. "
        f"Cơ giới hóa được đẩy mạnh trên vùng giống mới: diện tích thu hoạch bằng máy 1.468 ha, "
        f"{d.share('chiếm #%', 1468, 5140, v='ambiguous', note='base not stated: of the 5.140 ha new-variety area it holds, of the 8.426 ha total it would be 17,42%')}.")
    d.p('2. Đầu tư, hỗ trợ nông dân')
    d.p(f"Công ty ký hợp đồng đầu tư, bao tiêu với 6.218 hộ, trong đó "
        f"{d.c('1.946 hộ', 'subset', note='1.946 ≤ 6.218')} đồng bào dân tộc thiểu số, "
        f"{d.share('chiếm #%', 1946, 6218)}, {d.diff('tăng # hộ', 1946, 1731)} so với niên vụ trước (1.731 hộ); ứng "
        f"trước vốn, giống, phân bón cho nông dân 142,6 tỷ đồng, đến ngày 30/6/2024 đã thu hồi 138,9 tỷ đồng, "
        f"{d.share('đạt #%', D('138.9'), D('142.6'))}, "
        f"{d.diff('còn phải thu # tỷ đồng', D('142.6'), D('138.9'))}.")
    d.p(f"Từ nguồn quỹ phát triển vùng nguyên liệu, Công ty hỗ trợ "
        f"{d.sum('# hộ', 1240, [620, 512, 318], v='ambiguous', note='620 + 512 + 318 = 1.450 > 1.240: a household may receive several kinds of support, parts may overlap')} "
        f"khó khăn, gồm 620 hộ được hỗ trợ giống, 512 hộ được hỗ trợ phân bón và 318 hộ được hỗ trợ làm đất bằng cơ giới, "
        f"tổng kinh phí 4,86 tỷ đồng, "
        f"{d.ratio('bình quân # triệu đồng/hộ', D('4860'), 1240, mode='times', note='4,86 tỷ = 4.860 triệu đồng')}.")
    d.p('Công tác khuyến nông được duy trì thường xuyên: Công ty phối hợp với Trung tâm dịch vụ nông nghiệp các huyện tổ '
        'chức tập huấn kỹ thuật thâm canh, tưới nhỏ giọt, phòng trừ sâu đục thân, rệp xơ trắng; xây dựng các mô hình '
        'cánh đồng lớn liên kết sản xuất mía theo chuỗi; cán bộ nông vụ bám địa bàn, hướng dẫn hộ trồng mía lập kế hoạch '
        'thu hoạch, vận chuyển theo lịch cấp phiếu đốn chặt.')
    d.p('II. KẾT QUẢ SẢN XUẤT NIÊN VỤ 2023 - 2024')
    d.p(f"Sản lượng mía toàn vùng ước 576.340 tấn {d.c('trên 8.426 ha', 'repeat', note='same as line {@Tổng diện tích mía niên vụ 2023 - 2024}')}, năng suất "
        f"bình quân {d.ratio('# tấn/ha', 576340, 8426, nd=1, mode='times')}, "
        f"{d.diff('giảm # tấn/ha', D('68.4'), D('63.7'), v='inconsistent', right='tăng 4,7', note='68,4 > 63,7: an increase written as a decrease')} "
        f"so với niên vụ trước (63,7 tấn/ha) nhờ mưa thuận lợi cuối vụ và mở rộng diện tích giống mới.")
    d.p(f"Nhà máy vào vụ ép ngày 05/12/2023, kết thúc ngày 31/3/2024 với 118 ngày ép, đã ép 548.215 tấn mía, "
        f"{d.ratio('đạt #%', 548215, 560000, v='rounding', suffix='%')} kế hoạch (560.000 tấn), "
        f"{d.share('chiếm #%', 548215, 576340)} sản lượng mía toàn vùng; riêng quý I/2024 ép 453.905 tấn, "
        f"{d.share('chiếm #%', 453905, 548215)}. Chữ đường bình quân 10,62 CCS, "
        f"{d.diff('tăng # CCS', D('10.62'), D('10.27'))} so với niên vụ trước (10,27 CCS).")
    d.p(f"Sản lượng đường thành phẩm {d.sum('# tấn', 56870, [41320, 12640, 2910])}, gồm đường RS 41.320 tấn "
        f"{d.share('(#%)', 41320, 56870, v='rounding')}, đường RE 12.640 tấn, "
        f"{d.share('chiếm #%', 12640, 56870, v='inconsistent', stated='24.12', note='24,12% = 12.640 / 52.410 (sugar sold), but the text names production as base')} "
        f"sản lượng đường, đường vàng 2.910 tấn {d.share('(#%)', 2910, 56870)}; tiêu hao "
        f"{d.ratio('# tấn mía/tấn đường', 548215, 56870, mode='times')}, {d.diff('giảm # tấn', D('9.64'), D('9.85'))} "
        f"{d.c('so với niên vụ 2022 - 2023 (9,85 tấn)', 'term', note='right previous crop season')}.")
    d.p(f"Sản phẩm phụ: mật rỉ 24.670 tấn; bã mía 152.400 tấn, "
        f"{d.ratio('bằng #% khối lượng mía ép', 152400, 548215, nd=1, suffix='%')}, được dùng làm nhiên liệu lò hơi; "
        f"điện sinh khối phát lên lưới 18,6 triệu kWh, {d.ratio('tăng #%', D('18.6'), D('9.8'), nd=1, mode='rel', suffix='%')} "
        f"so với niên vụ trước (9,8 triệu kWh).")
    d.p('III. TIÊU THỤ SẢN PHẨM VÀ KẾT QUẢ KINH DOANH')
    d.p(f"Đến ngày 30/6/2024, Công ty tiêu thụ 52.410 tấn đường, {d.share('đạt #%', 52410, 56870)} sản lượng sản xuất "
        f"trong vụ, {d.diff('tồn kho # tấn', 56870, 52410, note='production − sales, no carry-over stock mentioned')}. "
        f"Doanh thu niên vụ {d.sum('# tỷ đồng', D('1126.4'), [D('1012.6'), D('113.8')])}, "
        f"{d.ratio('tăng #%', D('1126.4'), D('952.2'), nd=1, mode='rel', suffix='%')} so với niên vụ trước "
        f"(952,2 tỷ đồng), gồm doanh thu đường 1.012,6 tỷ đồng {d.share('(#%)', D('1012.6'), D('1126.4'))} và doanh "
        f"thu mật rỉ, điện, sản phẩm khác 113,8 tỷ đồng; lợi nhuận trước thuế 86,72 tỷ đồng, "
        f"{d.ratio('bằng #%', D('86.72'), D('76.38'), v='inconsistent', stated='88.08', suffix='%', note='88,08% = 76,38 / 86,72: the ratio was computed the wrong way round')} "
        f"niên vụ trước (76,38 tỷ đồng); nộp ngân sách nhà nước 64,35 tỷ đồng.")
    d.p(f"Giá mua mía bình quân 1.250.000 đồng/tấn (mía 10 CCS tại ruộng), "
        f"{d.diff('tăng # đồng/tấn', 1250000, 1000000)} "
        f"{d.c('so với niên vụ 2021 - 2022 (1.000.000 đồng/tấn)', 'term', 'inconsistent', right='so với niên vụ 2022 - 2023', note='the season before 2023 - 2024 is 2022 - 2023')}; "
        f"tổng tiền mua mía phải trả 685,3 tỷ đồng, đã thanh toán cho nông dân 671,8 tỷ đồng, "
        f"{d.share('đạt #%', D('671.8'), D('685.3'))}.")
    d.p(f"Tổng số lao động {d.sum('# người', 612, [418, 194])}, gồm 418 lao động thường xuyên và 194 lao động thời vụ "
        f"{d.share('(#%)', 194, 612, v='rounding')}; {d.c('lao động nữ 203 người', 'subset', note='203 ≤ 612')}; thu nhập "
        f"bình quân lao động thường xuyên 9,86 triệu đồng/người/tháng, "
        f"{d.ratio('tăng #%', D('9.86'), D('9.18'), nd=1, mode='rel', suffix='%')} (năm trước 9,18 triệu đồng).")
    d.p('IV. ĐÁNH GIÁ CHUNG')
    d.p(f"Niên vụ 2023 - 2024, Công ty hoàn thành {d.frac('{p}/{w} chỉ tiêu chủ yếu ({v}%)', 7, 9, z=True)}; "
        f"{d.diff('chưa đạt # chỉ tiêu', 9, 7)} về diện tích mía và sản lượng mía ép. Nhà máy ép "
        f"{d.c('548.125 tấn mía', 'repeat', 'inconsistent', right='548.215', note='line {@đã ép 548.215 tấn mía} and line {@cộng 548.215 tấn} give 548.215 tấn: digits swapped')}, "
        f"sản xuất {d.c('56.870 tấn đường', 'repeat', note='same as line {@Sản lượng đường thành phẩm 56.870}')}, tiếp tục giữ ổn định vùng nguyên liệu "
        f"và thu nhập cho người trồng mía.")
    d.p(f"Hạn chế: diện tích mía tiếp tục giảm do cạnh tranh với cây sắn, cây ăn quả; năng suất mía bình quân "
        f"{d.c('66,8 tấn/ha', 'repeat', 'ambiguous', note='line {@năng suất bình quân 68,4} gives 68,4 tấn/ha for this season; no period is named here, 66,8 may be a multi-year average or a slip')} "
        f"vẫn thấp hơn các vùng mía trọng điểm (75 - 80 tấn/ha); còn {d.c('3,7 tỷ đồng', 'repeat', note='same as line {@còn phải thu 3,7}')} "
        f"vốn ứng trước chưa thu hồi; diện tích có tưới mới đạt {d.c('2.318 ha', 'repeat', note='same as line {@diện tích có tưới 2.318}')}.")
    d.p('Nguyên nhân: thời tiết nắng hạn kéo dài, nguồn nước tưới thiếu; giá sắn và một số cây trồng khác tăng cao làm '
        'một bộ phận nông dân chuyển đổi cây trồng; đường nhập lậu và đường lỏng nhập khẩu cạnh tranh gay gắt trên thị '
        'trường; thiết bị một số công đoạn của nhà máy đã cũ, tiêu hao điện, hơi còn cao.')
    d.p('V. KẾ HOẠCH NIÊN VỤ 2024 - 2025')
    d.p(f"Diện tích mía 9.200 ha, {d.diff('tăng # ha', 9200, 8426)} {d.ratio('(#%)', 9200, 8426, mode='rel', suffix='%')} "
        f"{d.c('so với niên vụ 2023 - 2024', 'term', note='2024 - 2025 compared with the previous season: right')}; mía "
        f"nguyên liệu ép 600.000 tấn, {d.ratio('tăng #%', 600000, 548215, mode='rel', suffix='%')} so với thực hiện niên "
        f"vụ này; sản lượng đường 62.000 tấn; diện tích có tưới 3.000 ha, {d.diff('tăng # ha', 3000, 2318)}; lượng đường "
        f"tồn kho chuyển sang niên vụ mới "
        f"{d.c('3.920 tấn', 'repeat', 'ambiguous', note='line {@tồn kho 4.460 tấn} gives a stock of 4.460 tấn at 30/6/2024; no date here, sales in July may explain 3.920')} "
        f"tiêu thụ hết trong quý III/2024.")
    d.p(f"Dự kiến ứng trước cho nông dân 150 tỷ đồng, {d.diff('tăng # tỷ đồng', D('150.0'), D('142.6'))} "
        f"{d.c('so với niên vụ 2023 - 2024', 'term', note='right previous season')}; giá mua mía không thấp hơn 1.200.000 "
        f"đồng/tấn (10 CCS), thanh toán trong 15 ngày kể từ ngày giao mía.")
    d.p('Giải pháp chủ yếu: ổn định giá mua mía và thanh toán đúng hạn; mở rộng diện tích tưới tiết kiệm, cơ giới hóa '
        'khâu trồng và thu hoạch; đầu tư cải tạo hệ thống lò hơi, máy phát điện; tăng cường phối hợp với chính quyền '
        'địa phương ngăn chặn tình trạng tranh mua, bán mía sai hợp đồng.')
    d.p('Nơi nhận: - Hội đồng quản trị; - Ban Kiểm soát; - UBND các huyện vùng nguyên liệu; - Lưu: VT, NL. TỔNG GIÁM ĐỐC')
    d.fn(f"Số hộ ký hợp đồng theo vùng: Ea Lăng 2.405 hộ, Phú Mỹ 1.938 hộ, Hòa Tân 1.412 hộ, các huyện khác 463 hộ; "
         f"{d.sum('cộng # hộ', 6218, [2405, 1938, 1412, 463])}.")
    d.fn(f"Lao động thời vụ "
         f"{d.sum('# người', 194, [121, 88], v='ambiguous', note='121 + 88 = 209 > 194: members of growers’ households and ethnic-minority workers are different dimensions, gồm notwithstanding')} "
         f"gồm 121 người là thành viên các hộ trồng mía ký hợp đồng với Công ty và 88 người là đồng bào dân tộc thiểu số.")
    d.fn(f"Lượng mía ép theo tháng: tháng 12/2023 94.310 tấn; tháng 01/2024 162.480 tấn; tháng 02/2024 139.905 tấn; "
         f"tháng 3/2024 151.520 tấn; {d.sum('cộng # tấn', 548215, [94310, 162480, 139905, 151520])}.")
    d.fn('09 chỉ tiêu chủ yếu theo Nghị quyết số 02/NQ-ĐHĐCĐ ngày 28/4/2023 của Đại hội đồng cổ đông: diện tích, sản '
         'lượng mía ép, chữ đường, sản lượng đường, tiêu hao, doanh thu, lợi nhuận, nộp ngân sách, thu nhập người lao động.')
    return d


# =============================================================================
def resolve_refs(doc):
    """notes may cite another paragraph as {@text}: replaced by the number of the one line holding that text"""
    import re
    def ln(m):
        hits = [i + 1 for i, t in enumerate(doc.lines) if m.group(1) in t]
        if len(hits) != 1:
            raise SystemExit('%s: reference %r matches lines %s' % (doc.name, m.group(1), hits))
        return str(hits[0])
    for cl in doc.claims:
        cl['note'] = re.sub(r'\{@([^}]+)\}', ln, cl['note'])


def write(doc):
    assert not doc.pending, doc.name
    resolve_refs(doc)
    os.makedirs(OUT, exist_ok=True)
    txt = '\n'.join(doc.lines) + '\n'
    with open(os.path.join(OUT, doc.name + '.txt'), 'w', encoding='utf-8') as f:
        f.write(txt)
    labels = OrderedDict(file=doc.name + '.txt', claims=doc.claims)
    with open(os.path.join(OUT, doc.name + '.labels.json'), 'w', encoding='utf-8') as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write('\n')
    return txt


def verify(doc):
    """re-read the written files: every anchor exactly once in the line its label names"""
    with open(os.path.join(OUT, doc.name + '.txt'), encoding='utf-8') as f:
        lines = f.read().split('\n')[:-1]
    with open(os.path.join(OUT, doc.name + '.labels.json'), encoding='utf-8') as f:
        lab = json.load(f)
    assert lab['file'] == doc.name + '.txt'
    assert len(lines) == len(doc.lines)
    seen_fn = False
    for i, ln in enumerate(lines):
        if ln.startswith(FN):
            seen_fn = True
        else:
            assert not seen_fn, 'footnotes must come last (%s line %d)' % (doc.name, i + 1)
    for cl in lab['claims']:
        line = lines[cl['line'] - 1]
        assert line.count(cl['anchor']) == 1, (doc.name, cl)
        assert line == doc.lines[cl['line'] - 1]
    return len(lab['claims'])


def main():
    docs = [draft1(), draft2(), draft3(), draft4()]
    rows = []
    kv = Counter()
    for doc in docs:
        txt = write(doc)
        verify(doc)
        v = Counter(c['verdict'] for c in doc.claims)
        for c in doc.claims:
            kv[(c['kind'], c['verdict'])] += 1
        rows.append((doc.name, len(txt), len(doc.lines), len(doc.claims),
                     v['consistent'], v['rounding'], v['inconsistent'], v['ambiguous']))
    out = ['# dev17 — summary (generated by make.py)', '',
           'Four drafts of Vietnamese reports (railway branch, provincial association of architects, provincial notary '
           'office, sugar company), one paragraph per line, footnotes last (`[\ufffd] `). Counts below are computed by '
           '`make.py`; every value in the labels is recomputed there with `Decimal` and ROUND_HALF_UP, and the script '
           'checks that each anchor occurs exactly once in the line it names.', '',
           '## Per draft', '',
           '| draft | characters | lines | claims | consistent | rounding | inconsistent | ambiguous |',
           '|---|---:|---:|---:|---:|---:|---:|---:|']
    tot = [0] * 7
    for r in rows:
        out.append('| %s | %d | %d | %d | %d | %d | %d | %d |' % r)
        for i in range(7):
            tot[i] += r[i + 1]
    out.append('| **total** | %d | %d | %d | %d | %d | %d | %d |' % tuple(tot))
    out += ['', '## Kind × verdict', '',
            '| kind | consistent | rounding | inconsistent | ambiguous | total |',
            '|---|---:|---:|---:|---:|---:|']
    coltot = Counter()
    for k in KINDS:
        vals = [kv[(k, v)] for v in VERDICTS]
        for v in VERDICTS:
            coltot[v] += kv[(k, v)]
        out.append('| %s | %d | %d | %d | %d | %d |' % (k, vals[0], vals[1], vals[2], vals[3], sum(vals)))
    out.append('| **total** | %d | %d | %d | %d | %d |' % (
        coltot['consistent'], coltot['rounding'], coltot['inconsistent'], coltot['ambiguous'], sum(coltot.values())))
    out += ['', '## Notes', '',
            '- `rounding`: the stated value is the truncation one unit below the half-up value.',
            '- `inconsistent` slips used: digits swapped (in a total, a share, a repeated figure, a points change), '
            'a part left out of a total, a share computed on the wrong base, a difference or ratio taken the wrong way, '
            'the wrong previous year / term / crop season named.',
            '- `ambiguous`: base not stated (two plausible bases), parts that may overlap, a repeated figure whose period '
            'or date is unclear, an ambiguous number form (`12,486 việc`), an average whose number of years is unclear.',
            '- `right` is given for rounding/inconsistent labels only.', '']
    with open(os.path.join(HERE, 'SUMMARY.md'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(out))
    for r in rows:
        print('%-40s chars=%5d lines=%2d claims=%2d c=%2d r=%d i=%d a=%d' % r)
    print('total', tot)


if __name__ == '__main__':
    main()
