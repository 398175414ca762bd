#!/usr/bin/env python3
"""Generator of the heldout20 prose set: six Vietnamese report drafts with labelled numeric claims.

Every total, share, ratio and difference is computed here with decimal.Decimal (ROUND_HALF_UP);
the stated value of a deliberately wrong claim is derived from the true one by the slip it models
(transposed digits, a part left out, wrong base, reversed subtraction, wrong term, truncation).
Run:  python3 make.py   -> prose/<name>.txt, prose/<name>.labels.json, SUMMARY.md
"""
import json
import os
from collections import Counter, OrderedDict
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "prose")
FN = "[\ufffd] "          # footnote line prefix, as the shared drafts are exported
KINDS = ["sum", "subset", "share", "fraction", "difference", "points", "ratio", "repeat", "term"]
VERDICTS = ["consistent", "rounding", "inconsistent", "ambiguous"]


# ---------------------------------------------------------------- numbers
def dec(x):
    return x if isinstance(x, Decimal) else Decimal(str(x))


def q(x, places):
    return dec(x).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def trunc(x, places):
    return dec(x).quantize(Decimal(1).scaleb(-places), rounding=ROUND_DOWN)


def nplaces(x):
    e = dec(x).as_tuple().exponent
    return max(0, -e)


def fmt(x, places=None, lead0=False, sep="."):
    """vi-VN: dot thousands, comma decimals; optional leading zero for counts under 10."""
    x = dec(x)
    if places is None:
        places = nplaces(x)
    x = q(x, places)
    s = format(abs(x), "f")          # exact Decimal formatting, no binary float
    ip, _, fp = s.partition(".")
    if sep:
        g = []
        while len(ip) > 3:
            g.insert(0, ip[-3:])
            ip = ip[:-3]
        g.insert(0, ip)
        ip = sep.join(g)
    if lead0 and places == 0 and len(ip) == 1:
        ip = "0" + ip
    return ("-" if x < 0 else "") + ip + ("," + fp if fp else "")


def N(x):
    """a count as drafts write it (leading zero under 10)."""
    return fmt(x, 0, lead0=True)


def X(x):
    """exact value for notes (4 decimals, truncated, marked)."""
    x = dec(x)
    if x == x.to_integral_value():
        return fmt(x, 0)
    return fmt(trunc(x, 4), 4) + "…"


# ---------------------------------------------------------------- claims
class C:
    def __init__(self, text, kind, verdict, note, right=None, anchor=None):
        assert kind in KINDS, kind
        assert verdict in VERDICTS, verdict
        if verdict in ("rounding", "inconsistent"):
            assert right is not None, text
        self.text, self.kind, self.verdict, self.note = text, kind, verdict, note
        self.right = right
        self.anchor = anchor if anchor is not None else text

    def __str__(self):
        return self.text


def G(text, kind, verdict="consistent", note="", right=None, anchor=None):
    return C(text, kind, verdict, note, right, anchor)


def share(part, base, tpl="chiếm {v}%", places=2, verdict="consistent", stated=None, wbase=None,
          kind="share", note="", anchor=None, pct="%", raw=None):
    part, base = dec(part), dec(base)
    exact = part / base * 100
    true = q(exact, places)
    n = "%s / %s × 100 = %s%% → %s%%" % (fmt(part), fmt(base), X(exact), fmt(true, places))
    right = None
    if verdict == "consistent":
        v = true
    elif verdict == "rounding":
        v = trunc(exact, places)
        assert v != true, ("no rounding slip possible", part, base)
        right = fmt(true, places) + pct
        n += "; stated value is the truncation"
    elif verdict == "inconsistent":
        if wbase is not None:
            v = q(part / dec(wbase) * 100, places)
            n += "; stated value is %s / %s (wrong base) = %s%%" % (fmt(part), fmt(wbase), fmt(v, places))
        else:
            v = dec(stated)
        assert abs(v - true) > Decimal(1).scaleb(-places), (part, base, v, true)
        right = fmt(true, places) + pct
    else:  # ambiguous
        if wbase is not None:
            v = q(part / dec(wbase) * 100, places)
        else:
            v = dec(stated) if stated is not None else true
    vt = raw if raw is not None else fmt(v, places)
    text = tpl.format(v=vt)
    return C(text, kind, verdict, (n + ("; " + note if note else "")), right, anchor and anchor.format(v=vt))


def frac(part, base, tpl, places=2, verdict="consistent", **kw):
    return share(part, base, tpl, places, verdict, kind="fraction", **kw)


def total(parts, tpl="{v}", places=0, verdict="consistent", stated=None, note="", anchor=None, lead0=True,
          kind="sum"):
    parts = [dec(p) for p in parts]
    true = sum(parts)
    n = fmt(parts[0]) + "".join((" − " + fmt(-p)) if p < 0 else (" + " + fmt(p)) for p in parts[1:]) \
        + " = " + fmt(true, places)
    right = None
    if verdict == "consistent":
        v = true
    else:
        v = dec(stated) if stated is not None else true
        if verdict == "inconsistent":
            assert v != true
            right = fmt(true, places, lead0=lead0)
    vt = fmt(v, places, lead0=lead0)
    text = tpl.format(v=vt)
    return C(text, kind, verdict, n + ("; " + note if note else ""), right, anchor and anchor.format(v=vt))


def diff(cur, prev, tpl="{w} {v}", places=None, verdict="consistent", words=("tăng", "giảm"), stated=None,
         note="", anchor=None, lead0=True):
    cur, prev = dec(cur), dec(prev)
    if places is None:
        places = max(nplaces(cur), nplaces(prev))
    d = cur - prev
    assert d != 0
    w = words[0] if d > 0 else words[1]
    n = "%s − %s = %s" % (fmt(cur), fmt(prev), fmt(d, places))
    right = None
    v = abs(d)
    if verdict == "inconsistent":
        if stated is None:      # subtracted the wrong way: sign word reversed
            right = tpl.format(w=w, v=fmt(v, places, lead0=lead0))
            w = words[1] if d > 0 else words[0]
            n += "; the word says the opposite direction"
        else:
            v = dec(stated)
            assert v != abs(d)
            right = tpl.format(w=w, v=fmt(abs(d), places, lead0=lead0))
    elif verdict == "ambiguous" and stated is not None:
        v = dec(stated)
    text = tpl.format(w=w, v=fmt(v, places, lead0=lead0))
    return C(text, "difference", verdict, n + ("; " + note if note else ""), right,
             anchor and anchor.format(w=w, v=fmt(v, places, lead0=lead0)))


def ratio(cur, base, tpl="bằng {v}%", places=2, mode="index", verdict="consistent", stated=None, note="",
          anchor=None, words=("tăng", "giảm")):
    """index: cur/base×100; change: (cur/base − 1)×100 with word; times: cur/base."""
    cur, base = dec(cur), dec(base)
    if mode == "index":
        exact = cur / base * 100
        n = "%s / %s × 100 = %s%%" % (fmt(cur), fmt(base), X(exact))
    elif mode == "change":
        exact = (cur / base - 1) * 100
        n = "(%s / %s − 1) × 100 = %s%%" % (fmt(cur), fmt(base), X(exact))
    else:
        exact = cur / base
        n = "%s / %s = %s" % (fmt(cur), fmt(base), X(exact))
    w = words[0] if exact >= 0 else words[1]
    true = q(abs(exact), places)
    right = None
    if verdict == "consistent":
        v = true
    elif verdict == "rounding":
        v = trunc(abs(exact), places)
        assert v != true
        right = fmt(true, places) + ("%" if mode != "times" else "")
    else:
        v = dec(stated) if stated is not None else true
        if verdict == "inconsistent":
            assert v != true
            right = fmt(true, places) + ("%" if mode != "times" else "")
    text = tpl.format(v=fmt(v, places), w=w)
    return C(text, "ratio", verdict, n + ("; " + note if note else ""), right,
             anchor and anchor.format(v=fmt(v, places), w=w))


def pts(new, old, tpl="tăng {v} điểm phần trăm", places=2, verdict="consistent", stated=None, note="",
        anchor=None, words=("tăng", "giảm")):
    new, old = dec(new), dec(old)
    d = new - old
    w = words[0] if d >= 0 else words[1]
    true = q(abs(d), places)
    rel = (new / old - 1) * 100
    n = "%s − %s = %s points (relative reading %s%%)" % (fmt(new), fmt(old), fmt(d, places), X(rel))
    right = None
    v = true
    if verdict == "inconsistent":
        v = dec(stated)
        assert v != true
        right = tpl.format(v=fmt(true, places), w=w)
    elif verdict == "ambiguous" and stated is not None:
        v = dec(stated)
    text = tpl.format(v=fmt(v, places), w=w)
    return C(text, "points", verdict, n + ("; " + note if note else ""), right,
             anchor and anchor.format(v=fmt(v, places), w=w))


def rep(text, first, verdict="consistent", right=None, note="", anchor=None):
    n = "same quantity as " + first + ("; " + note if note else "")
    return C(text, "repeat", verdict, n, right, anchor)


def sub(part, parent, tpl, note="", anchor=None, verdict="consistent"):
    part, parent = dec(part), dec(parent)
    if verdict == "consistent":
        assert part <= parent
    n = "%s ≤ %s" % (fmt(part), fmt(parent)) + ("; " + note if note else "")
    return C(tpl, "subset", verdict, n, None, anchor)


def term(text, verdict="consistent", right=None, note="", anchor=None):
    return C(text, "term", verdict, note, right, anchor)


# ---------------------------------------------------------------- drafts
class Draft:
    def __init__(self, name):
        self.name = name
        self.lines = []

    def p(self, *pieces):
        self.lines.append(list(pieces))

    def fn(self, *pieces):
        self.lines.append([FN] + list(pieces))

    def build(self):
        text_lines, claims = [], []
        for i, pieces in enumerate(self.lines, 1):
            line = "".join(str(x) for x in pieces)
            assert "\n" not in line
            text_lines.append(line)
            for x in pieces:
                if isinstance(x, C):
                    assert x.anchor in x.text or x.anchor in line, (self.name, i, x.anchor)
                    cnt = line.count(x.anchor)
                    assert cnt == 1, (self.name, i, x.anchor, cnt)
                    d = OrderedDict(line=i, anchor=x.anchor, kind=x.kind, verdict=x.verdict)
                    if x.right is not None:
                        d["right"] = x.right
                    d["note"] = x.note
                    claims.append(d)
        return text_lines, claims


def header(d, org, so, place_date, title, subtitle, parent=None):
    if parent:
        d.p(parent)
    d.p(org)
    d.p(so)
    d.p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    d.p("Độc lập - Tự do - Hạnh phúc")
    d.p(place_date)
    d.p(title)
    d.p(subtitle)


# ================================================================ 01 cement company
def d01():
    d = Draft("h20-01-cong-ty-xi-mang")
    header(d, "CÔNG TY CỔ PHẦN XI MĂNG ĐỒNG LẠC", "Số: 17/BC-XMĐL",
           "Ninh Bình, ngày 15 tháng 01 năm 2025", "BÁO CÁO",
           "Kết quả sản xuất kinh doanh năm 2024 và phương hướng, nhiệm vụ năm 2025")
    d.p("Căn cứ Nghị quyết số 01/2024/NQ-ĐHĐCĐ ngày 19/4/2024 của Đại hội đồng cổ đông thường niên và Quyết định "
        "số 45/QĐ-HĐQT ngày 28/12/2023 của Hội đồng quản trị giao kế hoạch sản xuất kinh doanh năm 2024, "
        "Công ty báo cáo kết quả thực hiện như sau:")
    d.p("I. ĐẶC ĐIỂM TÌNH HÌNH")
    d.p("Công ty vận hành 02 dây chuyền lò quay với tổng công suất thiết kế ",
        total(["0.9", "1.4"], "{v} triệu tấn xi măng/năm", places=1),
        " (dây chuyền 1: 0,9 triệu tấn; dây chuyền 2: 1,4 triệu tấn), 01 trạm nghiền tại cảng Ninh Phúc, "
        "02 mỏ đá vôi và 01 mỏ sét khai thác theo Giấy phép số 2318/GP-BTNMT. Năm 2024 thị trường bất động sản "
        "phục hồi chậm, giá bán bình quân giảm trong khi giá điện tăng 4,8% từ ngày 11/10/2024.")
    L24, L23 = 1046, 1084
    edu = [168, 97, 214, 561]
    d.p("Đến 31/12/2024, tổng số lao động của Công ty là ",
        total(edu, "{v} người", verdict="ambiguous", stated=L24,
              note="'trong đó' by education sums to 1.040, 6 short of 1.046; the levels look exhaustive "
                   "but a 'sơ cấp'/untrained group may be omitted - cannot tell"),
        ", ", diff(L24, L23, "{w} {v} người"), " so với cùng thời điểm năm 2023 (1.084 người); trong đó trình độ "
        "đại học trở lên 168 người, cao đẳng 97 người, trung cấp 214 người, công nhân kỹ thuật và lao động phổ thông "
        "561 người.")
    fun = [812, 143, 91]
    d.p("Chia theo tính chất công việc, ", total(fun, "{v} lao động gồm"), ": trực tiếp sản xuất 812 người (",
        share(812, L24, "chiếm {v}%", verdict="inconsistent", stated="77.36", note="digits 6 and 3 transposed"),
        "), gián tiếp 143 người, phục vụ 91 người (", share(91, L24, "{v}%", verdict="rounding", anchor="({v}%)"),
        "). Lao động nữ 187 người, ",
        share(187, L24, "bằng {v}%", verdict="inconsistent", wbase=L23,
              note="computed on the 31/12/2023 headcount 1.084"),
        " tổng số lao động; lao động là người địa phương 734 người, ", share(734, L24, "chiếm {v}% tổng số"), ".")
    d.p("II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2024")
    d.p("1. Sản xuất")
    clk, clk_kh, clk23 = 1712450, 1650000, 1598300
    xm, xm_kh, pcb40 = 2105800, 2200000, 1386200
    d.p("Clinker sản xuất đạt 1.712.450 tấn, ", ratio(clk, clk_kh, "bằng {v}% kế hoạch năm"), " (1.650.000 tấn), ",
        ratio(clk, clk23, "{w} {v}%", mode="change"), " ",
        term("so với năm 2023 (1.598.300 tấn)", note="previous-year clinker figure given in the parentheses"),
        ". ", total([pcb40, xm - pcb40], "Xi măng sản xuất {v} tấn"), ", ",
        ratio(xm, xm_kh, "đạt {v}% kế hoạch", verdict="inconsistent", stated=q(dec(xm_kh) / xm * 100, 2),
              note="plan/actual inverted (2.200.000 / 2.105.800); output is below plan"),
        " (kế hoạch 2.200.000 tấn); trong đó xi măng PCB40 1.386.200 tấn, ",
        share(pcb40, xm, "chiếm {v}%", verdict="rounding"), ", xi măng PCB30 và xi măng xây trát 719.600 tấn. "
        "Khai thác đá vôi 2.486.000 tấn, ", ratio(2486000, 2700000, "bằng {v}% công suất cấp phép"),
        " (2,7 triệu tấn/năm).")
    alt = 6838
    d.p("Định mức tiêu hao được kiểm soát tốt: than cho lò nung 112,4 kg/tấn clinker, ",
        diff("112.4", "115.1", "{w} {v} kg"), " so với năm 2023 (115,1 kg/tấn); điện năng 78,6 kWh/tấn xi măng, ",
        diff("78.6", "80.5", "{w} {v} kWh"), " (năm 2023: 80,5 kWh/tấn). Nhiên liệu thay thế (trấu, vỏ hạt điều, "
        "rác thải công nghiệp đã phân loại) quy đổi 6.838 tấn than tiêu chuẩn trên tổng nhiệt trị tiêu thụ tương "
        "đương 54.920 tấn, ",
        share(alt, 54920, "tỷ lệ thay thế đạt {v}%", verdict="ambiguous", stated="12.45", raw="12.45",
              note="written with a dot: 1.245 % or a mistyped 12,45 % - cannot be parsed safely"),
        ". Tồn kho clinker đến 31/12/2024 là 84.600 tấn, ", diff(84600, 63300, "{w} {v} tấn"),
        " so với đầu năm (63.300 tấn).")
    d.p("2. Tiêu thụ")
    noi, ngoai, xk = 1124600, 781300, 180500
    tt = noi + ngoai + xk
    d.p("Tổng sản lượng xi măng tiêu thụ năm 2024 đạt ", total([noi, ngoai, xk], "{v} tấn"), ", ",
        ratio(tt, 2160000, "bằng {v}% kế hoạch"), " (2.160.000 tấn), gồm: nội tỉnh 1.124.600 tấn (",
        share(noi, tt, "{v}%", anchor="({v}%)"), "), ngoại tỉnh 781.300 tấn (",
        share(ngoai, tt, "chiếm {v}%", verdict="rounding"), "), xuất khẩu 180.500 tấn; clinker thương phẩm bán ra "
        "96.200 tấn. Riêng quý IV/2024 tiêu thụ 612.300 tấn, ", share(612300, tt, "bằng {v}% sản lượng cả năm"), ".")
    ph, bd, dl = 96400, 61200, 22900
    d.p("Xuất khẩu ", total([ph, bd, dl], "{v} tấn sang 03 thị trường"), ": Philippines 96.400 tấn (",
        share(ph, xk, "{v}%", anchor="({v}%)"), "), Bangladesh 61.200 tấn, Đài Loan 22.900 tấn; tỷ trọng xuất khẩu "
        "trong tổng tiêu thụ là ", share(xk, tt, "{v}%", anchor="là {v}%"), ", ",
        pts(q(dec(xk) / tt * 100, 2), "7.38", "{w} {v} điểm phần trăm"), " so với năm 2023 (7,38%).")
    d.p("Xi măng bao tiêu thụ 1.496.300 tấn, ",
        share(1496300, tt, "chiếm {v}%", places=1, verdict="ambiguous", stated="71.4", raw="71,4",
              note="base not stated: 71,72 % of sales, 71,06 % of output (2.105.800); neither matches"),
        ", còn lại là xi măng rời cấp cho trạm trộn bê tông và công trình trọng điểm (cao tốc Ninh Bình - "
        "Hải Phòng, đê biển Kim Sơn...). Hệ thống phân phối đến 31/12/2024 có 214 nhà phân phối cấp 1, "
        "trong đó 136 nhà phân phối trong tỉnh, ", share(136, 214, "chiếm {v}%"), ".")
    d.p("3. Doanh thu, lợi nhuận, nộp ngân sách")
    dt = [Decimal("2021.4"), Decimal("108.9"), Decimal("54.3")]
    DT = sum(dt)
    d.p("Tổng doanh thu đạt ", total(dt, "{v} tỷ đồng", places=1),
        " (doanh thu xi măng 2.021,4 tỷ đồng; clinker 108,9 tỷ đồng; hoạt động tài chính và thu nhập khác 54,3 tỷ "
        "đồng), ", ratio(DT, 2300, "bằng {v}% kế hoạch"), " (2.300 tỷ đồng), ",
        diff(DT, "2051.3", "{w} {v} tỷ đồng"), " so với năm 2023 (2.051,3 tỷ đồng). Doanh thu xi măng ",
        share("2021.4", DT, "chiếm {v}% tổng doanh thu"), ".")
    d.p("Lợi nhuận trước thuế 61,45 tỷ đồng, ", ratio("61.45", 58, "vượt {v}% kế hoạch", mode="change"),
        " (58 tỷ đồng) nhưng ",
        diff("61.45", "72.80", "{w} {v} tỷ đồng", verdict="inconsistent"),
        " so với năm 2023 (72,80 tỷ đồng) do giá bán bình quân giảm khoảng 63.000 đồng/tấn. Lợi nhuận sau thuế "
        "49,16 tỷ đồng; mức chia cổ tức dự kiến 8%.")
    d.p("Nộp ngân sách nhà nước ",
        sub("110.1", "148.7", "148,7 tỷ đồng",
            note="'trong đó' lists VAT 84,2 + tài nguyên 12,4 + phí BVMT 3,9 + cấp quyền 9,6 = 110,1, a partial list"),
        ", trong đó thuế giá trị gia tăng 84,2 tỷ đồng, thuế tài nguyên 12,4 tỷ đồng, phí bảo vệ môi trường trong "
        "khai thác khoáng sản 3,9 tỷ đồng, tiền cấp quyền khai thác khoáng sản 9,6 tỷ đồng. Nợ phải thu khách hàng "
        "186,2 tỷ đồng, trong đó nợ quá hạn trên 90 ngày 14,8 tỷ đồng, ", share("14.8", "186.2", "chiếm {v}%"), ".")
    d.p("4. Đầu tư, môi trường, an toàn lao động")
    inv = [Decimal("112.6"), Decimal("41.3"), Decimal("22.9"), Decimal("9.6")]
    INV = sum(inv)
    d.p("Giá trị đầu tư thực hiện ", total(inv, "{v} tỷ đồng", places=1), ", ",
        ratio(INV, 226, "bằng {v}% kế hoạch vốn"), " (226 tỷ đồng), gồm 04 hạng mục: hệ thống phát điện tận dụng "
        "nhiệt khí thải 9 MW (112,6 tỷ đồng), cải tạo máy nghiền xi măng số 2 (41,3 tỷ đồng), lọc bụi tay áo lò "
        "nung (22,9 tỷ đồng), mở rộng kho than (9,6 tỷ đồng).")
    d.p("Quan trắc môi trường định kỳ 04 đợt với 56 mẫu, ", frac(55, 56, "55/56 mẫu đạt quy chuẩn ({v}%)"),
        "; 01 mẫu bụi tổng tại ống khói khu nghiền vượt 1,08 lần. Phòng An toàn - Môi trường thực hiện ",
        total([18, 22, 11], "{v} cuộc kiểm tra", verdict="ambiguous", stated=46,
              note="'gồm' parts sum to 51 > 46, but the thematic checks may be counted inside the periodic or "
                   "unannounced ones (overlap) - cannot tell"),
        ", gồm 18 cuộc định kỳ, 22 cuộc đột xuất và 11 cuộc chuyên đề về an toàn điện, làm việc trên cao.")
    d.p("Trong năm xảy ra ", total([2, 1], "{v} vụ tai nạn lao động"), " (02 vụ nhẹ, 01 vụ nặng, không có vụ chết "
        "người), ", diff(3, 5, "{w} {v} vụ"), " ", term("so với năm 2023 (05 vụ)", note="2023 count in parentheses"),
        ".")
    d.p("5. Lao động, tiền lương, đào tạo")
    d.p("Thu nhập bình quân 11,82 triệu đồng/người/tháng (năm 2023: 11,25 triệu đồng), ",
        ratio("11.82", "11.25", "{w} {v}%", mode="change"), " ",
        term("so với năm 2022", verdict="inconsistent", right="so với năm 2023",
             note="the comparison uses the 2023 income (11,25) given in the same sentence"),
        ". Năng suất lao động bình quân ",
        ratio(xm, L24, "{v} tấn xi măng/người/năm", places=0, mode="times",
              note="cement output 2.105.800 / 1.046 workers"),
        ". Tổ chức ", total([12, 6, 5, 3], "{v} lớp huấn luyện"), " (an toàn vệ sinh lao động 12 lớp, phòng cháy "
        "chữa cháy 06 lớp, vận hành thiết bị nâng 05 lớp, sơ cấp cứu 03 lớp) với ",
        total([964, 187, 212], "{v} lượt người", verdict="inconsistent", stated=964 + 187,
              note="contractor workers (212) left out of the total"),
        " tham gia (khối sản xuất 964 lượt, khối văn phòng 187 lượt, lao động nhà thầu 212 lượt).")
    d.p("Công tác an sinh xã hội được duy trì: tổng kinh phí ủng hộ ", total(["0.5", "0.24", "0.32", "0.2"], "{v} tỷ đồng", places=2),
        " (Quỹ Vì người nghèo tỉnh 0,5 tỷ đồng; xây 04 nhà đại đoàn kết tại xã Gia Thanh 0,24 tỷ đồng; học bổng cho con "
        "công nhân 0,32 tỷ đồng; hỗ trợ khắc phục bão số 3 (Yagi) 0,2 tỷ đồng); 100% người lao động được khám sức khỏe "
        "định kỳ, trong đó 214 người làm nghề nặng nhọc, độc hại được khám 02 lần/năm.")
    d.p("III. ĐÁNH GIÁ CHUNG")
    d.p("Năm 2024, Công ty hoàn thành ", frac(5, 8, "05/08 chỉ tiêu chủ yếu ({v}%)", places=1),
        "; ", G("03 chỉ tiêu chưa đạt", "sum", note="05 met + 03 not met = 08 indicators"), " là xi măng sản xuất, tiêu thụ và doanh thu. Sản lượng tiêu thụ cả năm ",
        rep("2.068.400 tấn", "the sales total 2.086.400 tấn in section II.2", verdict="inconsistent",
            right="2.086.400 tấn", note="digits 8 and 6 transposed in the summary"),
        ", doanh thu ", rep("2.184,6 tỷ đồng", "the revenue total in section II.3"),
        ", lợi nhuận trước thuế ", rep("61,45 tỷ đồng", "pre-tax profit in section II.3"),
        ". Hiện nay Công ty có ",
        rep("221 nhà phân phối cấp 1", "214 distributors at 31/12/2024", verdict="ambiguous",
            note="'hiện nay' (January 2025) may be a later date than 31/12/2024 - period unclear"),
        ", đang mở rộng sang thị trường Tây Nguyên.")
    d.p("IV. KẾ HOẠCH NĂM 2025")
    d.p("Chỉ tiêu chủ yếu: clinker 1.750.000 tấn, ", ratio(1750000, clk, "{w} {v}%", mode="change"),
        " so với thực hiện năm 2024; tiêu thụ xi măng 2.200.000 tấn, ", ratio(2200000, tt, "bằng {v}%"),
        " thực hiện năm 2024; doanh thu 2.350 tỷ đồng; lợi nhuận trước thuế 62 tỷ đồng. Vốn đầu tư 148,5 tỷ đồng, "
        "trong đó chuyển tiếp dự án phát điện nhiệt khí thải 74,2 tỷ đồng (",
        share("74.2", "148.5", "{v}%", anchor="({v}%)"), ").")
    d.p("V. KIẾN NGHỊ")
    d.p("Đề nghị Ủy ban nhân dân tỉnh chỉ đạo Sở Xây dựng ưu tiên sử dụng xi măng sản xuất trong tỉnh cho các công trình "
        "đầu tư công theo Chỉ thị số 08/CT-UBND ngày 20/3/2023; xem xét điều chỉnh tiến độ nộp tiền cấp quyền khai thác "
        "khoáng sản mỏ đá vôi Hang Nước theo Nghị định số 67/2019/NĐ-CP.")
    d.fn("Chỉ tiêu giao tại Nghị quyết số 01/2024/NQ-ĐHĐCĐ: ", rep("clinker 1.650.000 tấn", "the clinker plan in section II.1"),
         "; ", rep("xi măng 2.200.000 tấn", "the cement-output plan in section II.1"), "; ", rep("tiêu thụ 2.160.000 tấn", "the sales plan in section II.2"), "; ", rep("doanh thu 2.300 tỷ đồng", "the revenue plan in section II.3"), "; ",
         rep("lợi nhuận trước thuế 58 tỷ đồng", "the profit plan in section II.3"), "; cổ tức 8%.")
    d.fn("Năm 2024 Công ty ký 38 hợp đồng cung cấp xi măng rời cho công trình, tổng khối lượng 412.500 tấn, trong "
         "đó 09 hợp đồng với công trình sử dụng vốn ngân sách nhà nước (126.800 tấn, ",
         share(126800, 412500, "{v}%", anchor="tấn, {v}%"), ").")
    return d


# ================================================================ 02 coffee company
def d02():
    d = Draft("h20-02-cong-ty-ca-phe")
    header(d, "CÔNG TY TNHH MỘT THÀNH VIÊN CÀ PHÊ CHƯ QUYNH", "Số: 214/BC-CPCQ",
           "Gia Lai, ngày 18 tháng 10 năm 2024", "BÁO CÁO",
           "Tổng kết sản xuất kinh doanh niên vụ cà phê 2023 - 2024 (từ 01/10/2023 đến 30/9/2024)",
           parent="UBND TỈNH GIA LAI")
    d.p("Thực hiện Công văn số 1875/UBND-KTTH ngày 02/10/2024 của Ủy ban nhân dân tỉnh về việc báo cáo tình hình "
        "hoạt động của doanh nghiệp nhà nước do tỉnh quản lý, Công ty báo cáo như sau:")
    d.p("1. Quỹ đất và vườn cây")
    land = [Decimal("2731.8"), Decimal("126.4"), Decimal("318.2"), Decimal("1110.1")]
    d.p("Tổng diện tích đất Công ty đang quản lý, sử dụng là ", total(land, "{v} ha", places=1),
        ", gồm: đất trồng cà phê 2.731,8 ha; hồ tiêu 126,4 ha; cây ăn quả trồng xen 318,2 ha; đất ao hồ, giao thông, "
        "nhà xưởng và đất khác 1.110,1 ha (theo Quyết định giao đất số 412/QĐ-UBND ngày 14/6/2019).")
    kd, tc = Decimal("2415.3"), Decimal("316.5")
    CF = kd + tc
    d.p("Trong ", total([kd, tc], "{v} ha cà phê", places=1), ", diện tích kinh doanh 2.415,3 ha (",
        share(kd, CF, "chiếm {v}%", verdict="inconsistent", stated="88.14", note="digits 4 and 1 transposed"),
        "), diện tích tái canh chưa cho thu hoạch 316,5 ha (", share(tc, CF, "{v}%", anchor="ha ({v}%)"),
        "). Diện tích tưới tiết kiệm nước đạt 1.486,2 ha, ", share("1486.2", CF, "bằng {v}% diện tích cà phê"),
        ", ", pts(q(Decimal("1486.2") / CF * 100, 2), "51.80", "{w} {v} điểm phần trăm"),
        " so với niên vụ trước (51,80%).")
    var = [Decimal("1126.3"), Decimal("842.5"), Decimal("316.5"), Decimal("430.2")]
    d.p("Cơ cấu giống trên ", total(var, "{v} ha", places=1, verdict="ambiguous", stated=CF,
                                   note="varieties under 'trong đó' sum to 2.715,5 ha, 16,3 ha short; unclassified "
                                        "mixed stands may exist - cannot tell"),
        " vườn cây, trong đó: TR4 1.126,3 ha, TR9 842,5 ha, TRS1 316,5 ha, giống địa phương (vối thực sinh) 430,2 ha. "
        "Diện tích đạt chứng nhận sản xuất bền vững ", total(["1246.8", "721.7"], "{v} ha", places=1),
        " (4C 1.246,8 ha; Rainforest Alliance 721,7 ha), ",
        share("1968.5", CF, "chiếm {v}%", verdict="inconsistent", wbase=kd,
              note="computed on the harvesting area 2.415,3 ha instead of all coffee"),
        " diện tích cà phê của Công ty.")
    d.p("Diện tích giao khoán cho 1.214 hộ nhận khoán, trong đó 386 hộ đồng bào dân tộc thiểu số (Jrai, Bahnar), ",
        share(386, 1214, "chiếm {v}%"), "; ", frac(32, 34, "32/34 tổ sản xuất ({v}%)"),
        " đạt danh hiệu tổ sản xuất giỏi. Thu nhập bình quân của hộ nhận khoán đạt 286,4 triệu đồng/niên vụ, ",
        ratio("286.4", "164.7", "gấp {v} lần", mode="times"), " niên vụ trước (164,7 triệu đồng).")
    d.p("2. Kết quả sản xuất, thu mua")
    Q, Q0 = Decimal("7846.2"), Decimal("7412.8")
    xo, hq = Decimal("5214.6"), Decimal("2631.6")
    d.p("Sản lượng cà phê nhân thu hoạch niên vụ 2023 - 2024 đạt ", total([xo, hq], "{v} tấn", places=1), ", ",
        ratio(Q, 8000, "bằng {v}% kế hoạch"), " (8.000 tấn), ", diff(Q, Q0, "{w} {v} tấn"), " ",
        term("so với niên vụ 2021 - 2022", verdict="inconsistent", right="so với niên vụ 2022 - 2023",
             note="the 7.412,8 tấn subtracted is the 2022 - 2023 crop (previous crop of a 2023 - 2024 claim)"),
        " (niên vụ 2022 - 2023: 7.412,8 tấn) và ", ratio(Q, Q0, "bằng {v}%"), " niên vụ trước; năng suất bình quân "
        "trên diện tích kinh doanh ", ratio(Q, kd, "{v} tấn/ha", mode="times"), ".")
    d.p("Theo chủng loại, cà phê nhân xô và cà phê chất lượng cao (chế biến ướt, honey) lần lượt là 5.214,6 tấn và "
        "2.631,6 tấn, chiếm tương ứng ", share(xo, Q, "{v}%", anchor="tương ứng {v}%"), " và ",
        share(hq, Q, "{v}%", verdict="rounding", anchor="và {v}% sản lượng"), " sản lượng. Hồ tiêu thu hoạch 312,5 tấn "
        "trên 126,4 ha, năng suất ", ratio("312.5", "126.4", "{v} tấn/ha", mode="times"), ".")
    buy = Decimal("6120.4")
    d.p("Công ty thu mua sản phẩm khoán 6.120,4 tấn, ", share(buy, Q, "bằng {v}% sản lượng thu hoạch"), ", trong đó ",
        sub("1842.0", buy, "thu mua theo giá sàn bảo hiểm 1.842,0 tấn", note="part of the 6.120,4 t bought"),
        "; phần còn lại hộ nhận khoán tự tiêu thụ. Cà phê sàng 18 đạt 3.254 tấn, ",
        share(3254, xo, "chiếm {v}%", places=1, verdict="ambiguous", stated="58.6",
              note="base not stated: 41,5 % of the crop, 62,4 % of 'nhân xô', 74,2 % of exports - none matches"),
        ".")
    d.p("3. Tiêu thụ và kết quả kinh doanh")
    mk = [1412, 986, 742, 615, 388, 242]
    XK = sum(mk)
    d.p("Xuất khẩu trực tiếp ", total(mk, "{v} tấn sang sáu thị trường", verdict="inconsistent",
                                      stated=XK - 242, note="Hàn Quốc (242 t) left out of the total"),
        ": Đức 1.412 tấn, Nhật Bản 986 tấn, Bỉ 742 tấn, Hoa Kỳ 615 tấn, Ý 388 tấn, Hàn Quốc 242 tấn; thị trường Nhật Bản "
        , diff(986, 772, "{w} {v} tấn"), " so với niên vụ trước (772 tấn). Giá bán bình quân 98,6 triệu đồng/tấn, ",
        diff("98.6", "51.4", "{w} {v} triệu đồng/tấn"), ", ", ratio("98.6", "51.4", "gấp {v} lần", mode="times",
                                                                   anchor="đồng/tấn, gấp {v} lần"),
        " niên vụ trước (51,4 triệu đồng/tấn).")
    dt = [Decimal("587.36"), Decimal("14.62"), Decimal("10.86")]
    DT = sum(dt)
    d.p("Tổng doanh thu đạt ", total(dt, "{v} tỷ đồng", places=2), " (cà phê 587,36 tỷ đồng; hồ tiêu 14,62 tỷ đồng; "
        "dịch vụ và thu khác 10,86 tỷ đồng), ",
        ratio(DT, 585, "bằng {v}% kế hoạch", verdict="inconsistent", stated="104.67",
              note="digits 7 and 6 transposed"),
        " (585 tỷ đồng), ", ratio(DT, "338.25", "{w} {v}%", mode="change"), " so với niên vụ trước (338,25 tỷ đồng); doanh thu cà phê ",
        share("587.36", DT, "chiếm {v}%"), ". Giá bán hồ tiêu bình quân ",
        ratio("14620", "312.5", "{v} triệu đồng/tấn", places=1, mode="times",
              note="revenue 14,62 tỷ = 14.620 triệu / 312,5 t"), ".")
    d.p("Lợi nhuận trước thuế 48,27 tỷ đồng, ", ratio("48.27", "13.41", "gấp {v} lần", places=1, mode="times",
                                                      anchor="đồng, gấp {v} lần"),
        " niên vụ 2022 - 2023 (13,41 tỷ đồng). Nộp ngân sách ",
        sub("6.84", "21.35", "21,35 tỷ đồng", note="'trong đó' land rent only"), ", trong đó tiền thuê đất 6,84 tỷ "
        "đồng. Chi phí đầu tư chăm sóc bình quân 142,6 triệu đồng/ha, ",
        diff("142.6", "124.4", "{w} {v} triệu đồng", verdict="inconsistent"),
        " so với niên vụ trước (124,4 triệu đồng/ha) nhờ tiết giảm phân bón hóa học.")
    d.p("Vốn chủ sở hữu đến 30/9/2024 là 490,6 tỷ đồng; tỷ suất lợi nhuận trước thuế trên vốn chủ sở hữu ",
        share("48.27", "490.6", "{v}%", anchor="hữu {v}%", kind="ratio"), ". Nợ phải thu hộ nhận khoán 12,48 tỷ đồng, ",
        diff("12.48", "17.85", "{w} {v} tỷ đồng"), " so với thời điểm 30/9/2023 (17,85 tỷ đồng), trong đó nợ khó đòi "
        "2,16 tỷ đồng (", share("2.16", "12.48", "{v}%", anchor="đồng ({v}%)"), "), đã trích lập dự phòng theo Thông tư "
        "số 48/2019/TT-BTC.")
    d.p("Nhà máy chế biến ướt (công suất 60 tấn quả tươi/ngày) tiếp nhận 11.842 tấn quả tươi, ",
        diff(11842, 9916, "{w} {v} tấn"), " so với niên vụ trước (9.916 tấn); trong đó quả chín trên 95% là 10.214 tấn, ",
        share(10214, 11842, "đạt {v}%"), ". Nước thải chế biến được thu gom về ",
        total([5, 4, 3], "{v} hồ lắng sinh học", note="three groups of ponds listed"),
        " (05 hồ tại Đội 2, 04 hồ tại Đội 5, 03 hồ tại khu nhà máy), không để xảy ra sự cố môi trường.")
    d.p("4. Tái canh, lao động")
    d.p("Kế hoạch tái canh giai đoạn 2021 - 2025 là 620 ha; đến 30/9/2024 đã tái canh 487,3 ha, ",
        ratio("487.3", 620, "đạt {v}% kế hoạch giai đoạn"), "; riêng niên vụ này tái canh ",
        total(["64.2", "48.2"], "{v} ha", places=1), " (TR4 64,2 ha; TRS1 48,2 ha), ",
        ratio("112.4", 120, "bằng {v}% kế hoạch năm"), " (120 ha).")
    lab = [38, 56, 78]
    d.p("Tổng số lao động ký hợp đồng với Công ty là ", total(lab, "{v} người"), ", gồm quản lý 38 người, chuyên môn "
        "kỹ thuật 56 người, công nhân trực tiếp 78 người; lao động nữ 61 người (",
        share(61, 172, "{v}%", verdict="rounding", anchor="người ({v}%)"), "). Tiền lương bình quân 11,36 triệu "
        "đồng/người/tháng, ", diff("11.36", "10.18", "{w} {v} triệu đồng"), " ",
        term("so với niên vụ 2022 - 2023", note="10,18 is the previous crop's wage"), " (10,18 triệu đồng).")
    d.p("Năm qua Công ty tổ chức ",
        total([24, 16], "{v} lớp tập huấn", verdict="ambiguous", stated=38,
              note="'gồm' 24 + 16 = 40 > 38; some classes may have covered both topics - cannot tell"),
        " cho 2.146 lượt hộ, gồm 24 lớp kỹ thuật canh tác bền vững và 16 lớp ghi chép sổ sách theo chứng nhận 4C. "
        "Diện tích cà phê cho thu hoạch thực tế niên vụ này là ",
        rep("2.398,6 ha", "the harvesting ('kinh doanh') area 2.415,3 ha", verdict="ambiguous",
            note="'cho thu hoạch thực tế' may exclude drought-hit kinh doanh area - different qualifier, cannot tell"),
        " do một phần diện tích bị hạn cục bộ vào tháng 3, tháng 4/2024, nguồn nước tưới từ các hồ chứa không đủ.")
    d.p("Công ty đóng đầy đủ bảo hiểm xã hội, bảo hiểm y tế cho ", frac(172, 172, "172/172 lao động ({v}%)", places=0),
        "; phối hợp Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh huyện Chư Prông giải ngân cho vay 214 hộ "
        "nhận khoán với dư nợ 38,6 tỷ đồng theo Nghị định số 55/2015/NĐ-CP, mức vay ",
        G("bình quân trên 180 triệu đồng/hộ", "ratio", note="38.600 triệu / 214 hộ = 180,37… > 180"), ".")
    d.p("5. Đánh giá chung")
    d.p("Niên vụ 2023 - 2024 Công ty đạt sản lượng ",
        rep("7.864,2 tấn", "the crop 7.846,2 tấn in section 2", verdict="inconsistent", right="7.846,2 tấn",
            note="digits 4 and 6 transposed in the summary"),
        ", doanh thu ", rep("612,84 tỷ đồng", "total revenue in section 3"), ", lợi nhuận trước thuế ",
        rep("48,27 tỷ đồng", "pre-tax profit in section 3"), "; nộp ngân sách năm 2024 ",
        rep("19,86 tỷ đồng", "21,35 tỷ đồng paid in the crop year", verdict="ambiguous",
            note="calendar year 2024 vs crop year 2023 - 2024 - the period is unclear"),
        ". Giá cà phê tăng cao cũng làm phát sinh tình trạng trộm cắp, Công ty đã phối hợp Công an huyện xử lý 07 vụ.")
    d.p("* Tồn tại, hạn chế: còn 46 hộ nhận khoán vi phạm hợp đồng do bán sản phẩm ra ngoài, ",
        share(46, 1214, "chiếm {v}% số hộ nhận khoán"), "; một số vườn cây già cỗi trên 25 năm ở Đội 3, Đội 7 "
        "chưa được tái canh do thiếu vốn; công tác dự báo thị trường còn hạn chế, việc ký hợp đồng bán hàng kỳ hạn "
        "khi giá còn thấp (tháng 11, tháng 12/2023) làm giảm hiệu quả một phần sản lượng. Nguyên nhân chủ yếu là "
        "nguồn vốn tái canh phụ thuộc vốn vay, trong khi thời tiết diễn biến bất thường, nắng hạn kéo dài.")
    d.p("6. Kế hoạch niên vụ 2024 - 2025")
    d.p("Sản lượng 8.200 tấn, ", ratio(8200, Q, "{w} {v}%", mode="change"), " ",
        term("so với thực hiện niên vụ 2023 - 2024", note="the plan year 2024 - 2025 is compared with the crop just "
                                                         "reported"),
        "; doanh thu 640 tỷ đồng; tái canh 132,7 ha, nâng tổng diện tích tái canh giai đoạn lên ",
        total(["487.3", "132.7"], "{v} ha", places=0), ", hoàn thành kế hoạch 2021 - 2025.")
    d.p("7. Kiến nghị")
    d.p("Đề nghị Ủy ban nhân dân tỉnh sớm phê duyệt phương án sử dụng đất sau cổ phần hóa theo Nghị định số "
        "148/2021/NĐ-CP; chỉ đạo Sở Tài chính hướng dẫn trích quỹ đầu tư phát triển từ lợi nhuận niên vụ 2023 - 2024 "
        "để tiếp tục tái canh và đầu tư hệ thống tưới tiết kiệm cho phần diện tích còn lại.")
    d.fn("Niên vụ 2023 - 2024 Công ty ký 46 hợp đồng xuất khẩu, giá trị 18,64 triệu USD, trong đó 12 hợp đồng cà phê "
         "có chứng nhận (6,28 triệu USD, ", share("6.28", "18.64", "{v}%", anchor="USD, {v}%"), ").")
    d.fn("Sản lượng cà phê chứng nhận bán được 2.147,3 tấn, ",
         share("2147.3", Q, "bằng {v}% sản lượng thu hoạch", verdict="rounding"),
         "; chênh lệch giá thưởng chứng nhận bình quân 1,8 triệu đồng/tấn.")
    return d


# ================================================================ 03 taxi company
def d03():
    d = Draft("h20-03-cong-ty-taxi")
    header(d, "CÔNG TY CỔ PHẦN TAXI XANH LAM NGHỆ AN", "Số: 96/BC-TXL",
           "Vinh, ngày 12 tháng 10 năm 2024", "BÁO CÁO",
           "Tình hình hoạt động sản xuất kinh doanh 9 tháng đầu năm, nhiệm vụ trọng tâm quý IV năm 2024")
    d.p("Thực hiện Nghị quyết Đại hội đồng cổ đông thường niên năm 2024 (Nghị quyết số 01/NQ-ĐHĐCĐ ngày 22/4/2024), "
        "Ban Giám đốc báo cáo Hội đồng quản trị kết quả 9 tháng đầu năm 2024 như sau:")
    d.p("I. PHƯƠNG TIỆN, LAO ĐỘNG")
    fl = [214, 148, 24]
    FL = sum(fl)
    d.p("1. Đến 30/9/2024, Công ty quản lý ", total(fl, "{v} xe", anchor="quản lý {v} xe"), ", chia ra: xe 4 chỗ 214 xe, xe 7 chỗ 148 xe, "
        "xe điện VinFast VF e34 24 xe (", share(24, FL, "{v}%", verdict="rounding", anchor="xe ({v}%)"), "); ",
        diff(FL, 352, "{w} {v} xe"), " so với 31/12/2023 (352 xe). Trong 9 tháng đầu tư mới 48 xe, thanh lý 14 xe hết "
        "niên hạn (",
        total([352, 48, -14], "{v} xe cuối kỳ", note="stock-flow: opening 352 + new 48 − retired 14"),
        "). Xét theo hình thức sở hữu, đoàn xe gồm 298 xe của Công ty (",
        share(298, FL, "{v}%", verdict="inconsistent", stated="77.02", anchor="Công ty ({v}%)",
              note="digits 2 and 0 transposed"),
        ") và ", G("88 xe hợp tác kinh doanh", "sum", note="298 + 88 = 386 (ownership split of the fleet)"), ".")
    dr = [318, 97, 37]
    DR = sum(dr)
    d.p("2. Tổng số lái xe ", total(dr, "{v} người"), ", cụ thể: hợp đồng dài hạn 318 người (",
        share(318, DR, "{v}%", anchor="người ({v}%)"), "), hợp đồng ngắn hạn 97 người, lái xe hợp tác kinh doanh "
        "37 người (", share(37, DR, "chiếm {v}%", verdict="rounding"), "); bình quân ",
        ratio(DR, FL, "{v} lái xe/xe", mode="times"), ". Cùng với 85 cán bộ văn phòng, điều hành, tổng đài, tổng số "
        "lao động toàn Công ty là ", total([85, DR], "{v} người", anchor="là {v} người"), ".")
    d.p("Trong 9 tháng tuyển mới 86 lái xe, 52 lái xe nghỉ việc; so với đầu năm (418 lái xe), số lái xe cuối kỳ là ",
        total([418, 86, -52], "{v} người", anchor="cuối kỳ là {v} người", note="stock-flow of drivers"),
        ", tỷ lệ nghỉ việc vẫn cao ở nhóm lái xe hợp đồng ngắn hạn do cạnh tranh của các hãng xe công nghệ.")
    d.p("Thu nhập bình quân của lái xe 12,6 triệu đồng/tháng, khối văn phòng 9,8 triệu đồng/tháng; bình quân chung ",
        ratio(Decimal("12.6") * DR + Decimal("9.8") * 85, DR + 85, "{v} triệu đồng/người/tháng", mode="times",
              note="weighted mean (12,6 × 452 + 9,8 × 85) / 537"),
        ". Tổ chức 06 lớp bồi dưỡng kỹ năng giao tiếp, văn hóa ứng xử cho 426 lượt lái xe, ",
        share(426, DR, "bằng {v}% số lái xe"), ". Xử lý kỷ luật ", total([9, 5, 3], "{v} lái xe"),
        " (khiển trách 09, cảnh cáo 05, chấm dứt hợp đồng 03) do vi phạm quy chế.")
    d.p("II. KẾT QUẢ SẢN XUẤT KINH DOANH")
    kh = [1486200, 512400, 147700]
    KH = sum(kh)
    d.p("1. Sản lượng: vận chuyển ", total(kh, "{v} lượt khách"), ", ",
        ratio(KH, 1976000, "{w} {v}%", mode="change"), " so với cùng kỳ (1.976.000 lượt); chia ra nội thành Vinh "
        "1.486.200 lượt, liên huyện, liên tỉnh 512.400 lượt, đưa đón sân bay Vinh 147.700 lượt (",
        share(147700, KH, "{v}%", anchor="lượt ({v}%)"), "). Tổng quãng đường xe chạy 24.108.300 km, trong đó km có "
        "khách 14.862.500 km, ", share(14862500, 24108300, "tỷ lệ km có khách {v}%"), ", ",
        pts(q(Decimal(14862500) / 24108300 * 100, 2), "59.84", "{w} {v} điểm phần trăm"), " ",
        term("so với 9 tháng năm 2023 (59,84%)", note="the previous share is the same period of 2023"), ".")
    d.p("Bình quân mỗi ngày có 349 xe hoạt động, ",
        share(349, FL, "đạt {v}%", places=1, verdict="ambiguous", stated="91.4",
              note="base not stated: 90,4 % of the 386 cars at 30/9; the fleet grew from 352 during the period, "
                   "the average fleet is not given"),
        "; xe điện chạy 1.262.200 km, ", ratio(1262200, 24, "bình quân {v} km/xe", places=0, mode="times"),
        ", tiết kiệm chi phí nhiên liệu khoảng 1,9 tỷ đồng. Doanh thu bình quân ",
        G("1,78 triệu đồng/xe/ngày", "ratio", "ambiguous",
          note="186,42 tỷ / (386 xe × 274 ngày) = 1,76; on the mean fleet 369 = 1,84; the fleet and day base "
               "are not stated"), ".")
    dt = [Decimal("162.85"), Decimal("15.36"), Decimal("2.47"), Decimal("5.74")]
    DT = sum(dt)
    d.p("2. Doanh thu 9 tháng đạt ", total(dt, "{v} tỷ đồng", places=2), ", ",
        ratio(DT, 248, "đạt {v}% kế hoạch năm"), " (248 tỷ đồng), ", ratio(DT, "168.30", "{w} {v}%", mode="change"),
        " ", term("so với 9 tháng năm 2022", verdict="inconsistent", right="so với 9 tháng năm 2023",
                  note="168,30 tỷ is the same period of 2023 (cùng kỳ)"),
        " (cùng kỳ: 168,30 tỷ đồng). Trong đó: cước taxi 162,85 tỷ đồng (",
        share("162.85", DT, "{v}%", verdict="rounding", anchor="đồng ({v}%)"), "); hợp đồng đưa đón công nhân, học "
        "sinh 15,36 tỷ đồng (", share("15.36", DT, "{v}%", anchor="sinh 15,36 tỷ đồng ({v}%)"),
        "); quảng cáo trên xe 2,47 tỷ đồng; thu khác 5,74 tỷ đồng.")
    q3 = [Decimal("21.34"), Decimal("22.35"), Decimal("22.15")]
    Q3 = sum(q3)
    d.p("Riêng quý III doanh thu ", total(q3, "{v} tỷ đồng", places=2),
        " (tháng 7: 21,34 tỷ đồng; tháng 8: 22,35 tỷ đồng; tháng 9: 22,15 tỷ đồng), ",
        share(Q3, DT, "chiếm {v}% doanh thu 9 tháng", verdict="inconsistent", wbase=248,
              note="computed on the annual plan 248 tỷ"), ", ",
        diff(Q3, "61.27", "{w} {v} tỷ đồng", verdict="inconsistent", stated="4.75", note="digits 5 and 7 transposed"),
        " so với quý II (61,27 tỷ đồng); sản lượng quý III đạt 768.400 lượt khách, ",
        share(768400, KH, "bằng {v}% sản lượng 9 tháng"), ".")
    d.p("Doanh thu thanh toán không dùng tiền mặt (thẻ, ví điện tử, chuyển khoản) 68,42 tỷ đồng, ",
        share("68.42", DT, "chiếm {v}% tổng doanh thu"), ". Số cuốc đặt qua ứng dụng Xanh Lam 412.800 cuốc, ",
        share(412800, KH, "chiếm {v}%", places=1, verdict="ambiguous", stated="32.1",
              note="base not stated: the total number of trips (cuốc) is not given; 19,2 % of passenger "
                   "journeys (lượt khách), a different unit"),
        " tổng số cuốc; ứng dụng có 48.620 tài khoản, ",
        G("trong đó 31.450 tài khoản hoạt động thường xuyên, 22.380 tài khoản mới", "subset", "ambiguous",
          note="31.450 + 22.380 = 53.830 > 48.620: new accounts may also be active (overlap) or the two may be "
               "disjoint - cannot tell"),
        " đăng ký trong 9 tháng.")
    d.p("Tổng đài tiếp nhận 846.200 cuộc gọi, điều xe thành công ",
        frac(812350, 846200, "812.350/846.200 cuộc ({v}%)"), ". Phòng Chăm sóc khách hàng tiếp nhận ",
        total([38, 27, 19, 42], "{v} phản ánh", verdict="inconsistent", stated=38 + 27 + 19,
              note="the lost-property reports (42) left out of the total"),
        " của khách hàng, gồm: thái độ phục vụ 38, đi sai lộ trình 27, cước phí 19, để quên tài sản 42; đã trả lại tài "
        "sản cho khách, trị giá trên 1,6 tỷ đồng.")
    cp = [Decimal("52.36"), Decimal("38.14"), Decimal("71.62"), Decimal("15.66")]
    CP = sum(cp)
    d.p("Tổng chi phí 9 tháng ", total(cp, "{v} tỷ đồng", places=2), ", gồm: nhiên liệu, điện sạc 52,36 tỷ đồng (",
        share("52.36", CP, "{v}%", anchor="sạc 52,36 tỷ đồng ({v}%)"), "); khấu hao phương tiện 38,14 tỷ đồng; tiền "
        "lương, bảo hiểm 71,62 tỷ đồng; chi phí khác 15,66 tỷ đồng. Xưởng bảo dưỡng thực hiện 2.914 lượt bảo dưỡng, "
        "sửa chữa, trong đó định kỳ 2.316 lượt (", share(2316, 2914, "{v}%", anchor="lượt ({v}%)"),
        "); chi phí sửa chữa 4,86 tỷ đồng, ", diff("4.86", "5.24", "{w} {v} tỷ đồng"), " so với cùng kỳ (5,24 tỷ đồng).")
    d.p("3. Lợi nhuận trước thuế 9 tháng (doanh thu trừ chi phí) ",
        G("8,64 tỷ đồng", "difference", note="186,42 − 177,78 = 8,64"), ", ", ratio("8.64", "11.5", "bằng {v}% kế hoạch năm"),
        " (11,5 tỷ đồng), ", diff("8.64", "7.92", "{w} {v} tỷ đồng", verdict="inconsistent"), " ",
        term("so với cùng kỳ năm 2023", note="7,92 tỷ is 9 months of 2023"), " (7,92 tỷ đồng). Nộp ngân sách ",
        sub("8.42", "14.26", "14,26 tỷ đồng", note="VAT part only"), " (trong đó thuế giá trị gia tăng 8,42 tỷ đồng), ",
        ratio("14.26", "18.7", "bằng {v}% dự toán năm"), " (18,7 tỷ đồng).")
    d.p("4. Đầu tư: mua mới 48 xe với tổng giá trị 31,68 tỷ đồng, ",
        ratio("31680", 48, "bình quân {v} triệu đồng/xe", places=0, mode="times",
              note="31,68 tỷ = 31.680 triệu / 48 xe"),
        "; nguồn vốn vay 22,18 tỷ đồng (", share("22.18", "31.68", "{v}%", anchor="vay 22,18 tỷ đồng ({v}%)"),
        "), vốn khấu hao và quỹ đầu tư phát triển ", total(["31.68", "-22.18"], "{v} tỷ đồng", places=2,
                                                            anchor="phát triển {v} tỷ đồng",
                                                            note="remainder: 31,68 − 22,18"),
        ". Lắp đặt 12 trụ sạc tại 03 bãi xe (Bến Thủy, Quang Trung, Cửa Lò).")
    d.p("5. Chất lượng dịch vụ, an toàn: xảy ra ", total([3, 1], "{v} vụ va chạm"), " liên quan đến xe của Công ty "
        "(03 vụ va chạm nhẹ, 01 vụ gây thương tích), ", diff(4, 7, "{w} {v} vụ"), " so với cùng kỳ (07 vụ); chi bồi "
        "thường 186 triệu đồng. Vận chuyển miễn phí ", total([846, 440], "{v} lượt"), " thí sinh dự thi tốt nghiệp "
        "trung học phổ thông, người cao tuổi, người khuyết tật (thí sinh 846 lượt; người cao tuổi, người khuyết tật "
        "440 lượt); ủng hộ đồng bào bị thiệt hại do bão số 3 số tiền 120 triệu đồng.")
    d.p("III. ĐÁNH GIÁ CHUNG")
    d.p("9 tháng năm 2024, Công ty hoàn thành ", frac(5, 6, "05/06 chỉ tiêu ({v}%)"),
        " theo tiến độ; doanh thu đạt ",
        rep("168,42 tỷ đồng", "9-month revenue 186,42 tỷ in section II.2", verdict="inconsistent",
            right="186,42 tỷ đồng", note="digits 8 and 6 transposed in the summary"),
        ", lợi nhuận ", rep("8,64 tỷ đồng", "9-month pre-tax profit in section II.3"), ", đoàn xe ",
        rep("386 xe", "fleet at 30/9/2024 in section I"), "; năm 2024 đã phục vụ ",
        rep("trên 2,3 triệu lượt khách", "2.146.300 passenger journeys in 9 months", verdict="ambiguous",
            note="'năm 2024' in an October report may include October - period unclear"),
        ". Tồn tại: tỷ lệ xe hoạt động chưa cao vào giờ thấp điểm, nhất là ban đêm và các ngày mưa bão; cạnh tranh từ các hãng xe công nghệ ngày càng gay "
        "gắt; một số lái xe chưa chấp hành nghiêm quy chế.")
    d.p("Nguyên nhân: nhu cầu đi lại phục hồi mạnh sau mùa du lịch hè, sân bay Vinh mở thêm đường bay; Công ty chủ động "
        "chuyển đổi sang xe điện, đẩy mạnh đặt xe qua ứng dụng và thanh toán không dùng tiền mặt; tuy nhiên giá nhiên "
        "liệu biến động, chi phí khấu hao xe mới lớn, lái xe có tay nghề chuyển sang các hãng khác.")
    d.p("IV. NHIỆM VỤ QUÝ IV NĂM 2024")
    d.p("- Phấn đấu doanh thu quý IV đạt 64,5 tỷ đồng, cả năm đạt ", total([DT, "64.5"], "{v} tỷ đồng", places=2,
                                                                           anchor="năm đạt {v} tỷ đồng"),
        ", ", ratio(DT + Decimal("64.5"), 248, "bằng {v}% kế hoạch"), "; lợi nhuận cả năm trên 11,5 tỷ đồng.")
    d.p("- Đầu tư thêm 20 xe điện, đưa tổng số xe điện lên ", total([24, 20], "{v} xe"), "; hoàn thành lắp đặt thiết "
        "bị giám sát hành trình thế hệ mới theo Nghị định số 10/2020/NĐ-CP; rà soát, ký lại hợp đồng với lái xe hợp tác "
        "kinh doanh.")
    d.p("V. ĐỀ XUẤT, KIẾN NGHỊ")
    d.p("Đề nghị Sở Giao thông vận tải, Ủy ban nhân dân thành phố Vinh bố trí thêm điểm đón, trả khách cho xe taxi tại "
        "khu vực Quảng trường Hồ Chí Minh, ga Vinh và các bệnh viện; xem xét cho phép xe taxi điện được dừng đỗ, sạc "
        "điện tại các bãi đỗ xe công cộng theo Quyết định số 3150/QĐ-UBND ngày 25/10/2023; hỗ trợ doanh nghiệp tiếp cận các gói tín dụng ưu đãi "
        "để chuyển đổi phương tiện sử dụng năng lượng xanh.")
    d.fn("Chỉ tiêu năm 2024 theo Nghị quyết số 01/NQ-ĐHĐCĐ: ", rep("doanh thu 248 tỷ đồng", "the plan in section II.2"),
         "; ", rep("lợi nhuận trước thuế 11,5 tỷ đồng", "the plan in section II.3"), "; cổ tức 10%; đầu tư 68 xe.")
    d.fn("Hợp đồng hợp tác kinh doanh theo mẫu ban hành kèm Quyết định số 27/QĐ-TXL ngày 05/01/2024 của Giám đốc "
         "Công ty; thời hạn hợp tác tối thiểu 36 tháng, phí quản lý 2,5 triệu đồng/xe/tháng, lái xe tự chịu chi phí "
         "nhiên liệu và sửa chữa nhỏ.")
    return d


# ================================================================ 04 provincial fishermen's association
def d04():
    d = Draft("h20-04-hoi-nghe-ca")
    header(d, "HỘI NGHỀ CÁ TỈNH QUẢNG NGÃI", "Số: 42-BC/HNC",
           "Quảng Ngãi, ngày 05 tháng 8 năm 2024", "BÁO CÁO",
           "Tổng kết hoạt động nhiệm kỳ 2019 - 2024, phương hướng nhiệm vụ nhiệm kỳ 2024 - 2029 "
           "(trình Đại hội đại biểu Hội Nghề cá tỉnh lần thứ IV)")
    d.p("Thực hiện Điều lệ Hội và Kế hoạch số 07-KH/HNC ngày 15/3/2024 của Ban Thường vụ Hội về tổ chức Đại hội đại "
        "biểu lần thứ IV, Ban Chấp hành Hội Nghề cá tỉnh khóa III báo cáo kết quả nhiệm kỳ 2019 - 2024 như sau:")
    d.p("Phần thứ nhất")
    d.p("KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI LẦN THỨ III, NHIỆM KỲ 2019 - 2024")
    d.p("1. Củng cố tổ chức, phát triển hội viên")
    d.p("Đến ngày 30/6/2024, Hội có ", total([9, 5], "{v} tổ chức hội trực thuộc"),
        " (gồm 09 hội nghề cá cấp huyện và 05 chi hội trực thuộc Hội tỉnh) với 186 chi hội cơ sở; ",
        total([112, 48, 21], "trong số {v} chi hội", verdict="ambiguous", stated=186,
              note="parts by trade sum to 181, 5 short; mixed-trade chi hội may not be classified - cannot tell"),
        " có 112 chi hội nghề khai thác, 48 chi hội nuôi trồng, 21 chi hội dịch vụ "
        "hậu cần nghề cá. Toàn tỉnh có 412 tổ đoàn kết sản xuất trên biển và 38 nghiệp đoàn nghề cá, ",
        diff(38, 22, "{w} {v} nghiệp đoàn"), " ", term("so với nhiệm kỳ 2014 - 2019", note="22 unions at the end "
                                                          "of the previous term, stated in the parentheses"),
        " (22 nghiệp đoàn).")
    HV0, HV = 10728, 12846
    d.p("Tổng số hội viên là ", total([HV0, 3274, -1156], "{v} người", note="stock-flow over the term"),
        ", ", diff(HV, HV0, "{w} {v} hội viên"), " so với đầu nhiệm kỳ (10.728 hội viên); trong nhiệm kỳ kết nạp mới "
        "3.274 hội viên, giảm 1.156 hội viên do chuyển nghề, chuyển nơi cư trú, từ trần. Chỉ tiêu Nghị quyết là 12.500 "
        "hội viên, thực hiện ", ratio(HV, 12500, "vượt {v}%", mode="change"), ".")
    nd, nt, dv = 9862, 1734, 1250
    d.p("Chia theo lĩnh vực, ", total([nd, nt, dv], "{v} hội viên gồm"), ": ngư dân trực tiếp khai thác 9.862 người (",
        share(nd, HV, "{v}%", anchor="người ({v}%)"), "), nuôi trồng thủy sản 1.734 người (",
        share(nt, HV, "chiếm {v}%", verdict="rounding"), "), chế biến, dịch vụ hậu cần 1.250 người. Hội viên nữ "
        "1.487 người, ", share(1487, HV, "bằng {v}% tổng số hội viên", verdict="inconsistent", wbase=nd,
                                note="computed on the 9.862 fishermen only"),
        "; hội viên tham gia tổ đoàn kết 8.940 người, tham gia nghiệp đoàn 1.862 người, ",
        share(8940 + 1862, HV, "tổng cộng chiếm {v}%",
              verdict="ambiguous", note="adds two memberships that may overlap (a member can be in both) - the "
                                        "number of distinct persons is unknown"), ".")
    xl = [124, 49, 13]
    d.p("Năm 2023, ", total(xl, "{v} chi hội", anchor="2023, {v} chi hội"), " được đánh giá, xếp loại: vững mạnh 124 chi "
        "hội (", share(124, 186, "{v}%", anchor="hội ({v}%)"), "), khá 49 chi hội, trung bình 13 chi hội, không có chi hội "
        "yếu kém. Đến nay ", frac(9, 9, "09/09 hội cấp huyện ({v}%)", places=0), " đã tổ chức xong đại hội nhiệm kỳ "
        "2024 - 2029 theo Kế hoạch số 07-KH/HNC.")
    d.p("2. Đồng hành cùng ngư dân bám biển")
    t15, t12, t6 = 2946, 1108, 1114
    T = t15 + t12 + t6
    d.p("Theo số liệu của Chi cục Thủy sản, đến 30/6/2024 toàn tỉnh có ", total([t15, t12, t6], "{v} tàu cá"),
        ", trong đó tàu từ 15 m trở lên 2.946 chiếc (", share(t15, T, "{v}%", anchor="chiếc ({v}%)"),
        "), tàu từ 12 m đến dưới 15 m 1.108 chiếc, tàu từ 6 m đến dưới 12 m 1.114 chiếc (",
        share(t6, T, "{v}%", verdict="rounding", anchor="1.114 chiếc ({v}%)"), ") - ",
        diff(t6, 1500, "{w} {v} chiếc", verdict="inconsistent"), " so với đầu nhiệm kỳ (1.500 chiếc) do chuyển đổi "
        "nghề. Có ", frac(t15, t15, "2.946/2.946 tàu từ 15 m trở lên ({v}%)", places=0),
        " đã lắp thiết bị giám sát hành trình.")
    TD0, TD = 355, 412
    d.p("Hội phối hợp thành lập mới 74 tổ đoàn kết, giải thể 17 tổ không còn hoạt động, nâng tổng số lên ",
        total([TD0, 74, -17], "{v} tổ", note="stock-flow of solidarity groups"), ", ",
        diff(TD, TD0, "{w} {v} tổ"), " ",
        term("so với nhiệm kỳ 2009 - 2014", verdict="inconsistent", right="so với nhiệm kỳ 2014 - 2019",
             note="355 groups is the end of the 2014 - 2019 term, the term before 2019 - 2024"),
        " (355 tổ). Các tổ có 2.684 tàu, ", share(2684, T, "chiếm {v}% số tàu toàn tỉnh"), ", ",
        ratio(2684, TD, "bình quân {v} tàu/tổ", mode="times"), ".")
    y = [189600, 214500, 228700, 261500, 248300]
    Y = sum(y)
    cagr = (Decimal(248300) / Decimal(189600)) ** Decimal("0.25") - 1
    d.p("Sản lượng khai thác hải sản giai đoạn 2019 - 2023 (05 năm) đạt ", total(y, "{v} tấn"),
        " (năm 2019: 189.600 tấn; 2020: 214.500 tấn; 2021: 228.700 tấn; 2022: 261.500 tấn; 2023: 248.300 tấn), ",
        ratio(Y, 5, "bình quân {v} tấn/năm", places=0, mode="times"), "; năm 2023 ",
        diff(248300, 261500, "{w} {v} tấn"), " ", term("so với năm 2022", note="the 2022 value listed just before"),
        " do ảnh hưởng thời tiết, nhưng ", ratio(248300, 189600, "gấp {v} lần", mode="times"),
        " năm 2019; tốc độ tăng ",
        G("bình quân 6,9%/năm", "ratio", "ambiguous",
          note="4-year compound growth 2019→2023 = %s%%; the method and the number of years (4 or 5) are not stated"
               % fmt(q(cagr * 100, 2), 2)), ".")
    d.p("Hội vận động 4.126 tàu tham gia bảo hiểm thân tàu và thuyền viên, ", share(4126, T, "chiếm {v}% tổng số tàu"), ", ",
        pts(q(Decimal(4126) / T * 100, 2), "62.18", "{w} {v} điểm phần trăm", verdict="inconsistent",
            stated="17.56", note="one-digit slip (17,66 written 17,56)"),
        " so với đầu nhiệm kỳ (62,18%). Phối hợp cấp phát ",
        G("443 máy thông tin liên lạc tầm xa", "repeat", "inconsistent", right="434 máy",
          note="the footnote totals 434 sets (198 + 236) for the same distribution; the body has 3 and 4 transposed"),
        " (ICOM) trị giá 8,68 tỷ đồng cho các tàu hoạt động vùng khơi.")
    resc = [98, 31, 17]
    d.p("Tham gia cứu hộ, cứu nạn ", total(resc, "{v} vụ"), " (tàu hỏng máy 98 vụ, chìm tàu 31 vụ, ngư dân bị "
        "nạn 17 vụ) với 1.218 ngư dân gặp nạn, cứu được 1.196 người (", share(1196, 1218, "{v}%", anchor="người ({v}%)"),
        "). Thăm hỏi 64 gia đình ngư dân bị nạn với số tiền ", total([540, 352], "{v} triệu đồng"),
        " (Quỹ Hỗ trợ ngư dân 540 triệu đồng; vận động xã hội hóa 352 triệu đồng).")
    d.p("Phối hợp Bộ đội Biên phòng tỉnh xây dựng 46 \"Tổ tàu thuyền an toàn\" với 296 tàu, ",
        ratio(296, 46, "bình quân {v} tàu/tổ", mode="times"), "; ngư dân cung cấp 1.246 tin về tình hình trên biển, "
        "trong đó 87 tin có giá trị (", share(87, 1246, "{v}%", anchor="trị ({v}%)"), ") phục vụ công tác bảo vệ chủ "
        "quyền, an ninh vùng biển.")
    d.p("Quỹ Hỗ trợ ngư dân đến 30/6/2024 có 3,862 tỷ đồng, ", diff("3.862", "2.116", "{w} {v} tỷ đồng"),
        " so với đầu nhiệm kỳ (2,116 tỷ đồng). Phối hợp Ngân hàng Nông nghiệp và Phát triển nông thôn tỉnh cho 318 hội "
        "viên vay 412,6 tỷ đồng đóng mới, cải hoán tàu, ",
        ratio("412.6", 318, "bình quân {v} tỷ đồng/hội viên", mode="times"), ".")
    d.p("3. Tuyên truyền, tập huấn, tư vấn pháp luật")
    lop = [28, 22, 14]
    d.p("Phối hợp tổ chức 1.860 buổi tuyên truyền chống khai thác hải sản bất hợp pháp, không báo cáo và không theo "
        "quy định (IUU) với 74.300 lượt ngư dân, ", ratio(74300, 1860, "bình quân {v} lượt/buổi", places=0,
                                                          mode="times"),
        "; từ năm 2022 không còn tàu cá vi phạm vùng biển nước ngoài. Mở ",
        total(lop, "{v} lớp tập huấn", verdict="inconsistent", stated=28 + 22,
              note="the 14 post-harvest classes left out of the total"),
        " cho 3.846 lượt hội viên, gồm: kỹ năng an toàn trên biển 28 lớp, ghi nhật ký khai thác 22 lớp, bảo quản sản "
        "phẩm sau thu hoạch 14 lớp; ",
        share(3846, HV, "tỷ lệ hội viên được tập huấn {v}%", places=1, verdict="ambiguous",
              note="3.846 is 'lượt' (attendances), not persons - the base and the unit do not match"),
        ". Tư vấn pháp luật cho 2.314 lượt hội viên; hòa giải thành ",
        frac(37, 41, "37/41 vụ tranh chấp trên biển ({v}%)"), ".")
    d.p("4. Công tác tài chính")
    d.p("Thu hội phí năm 2023 được 1.284,6 triệu đồng, ", ratio("1284.6", 1394, "đạt {v}% kế hoạch năm"),
        " (1.394 triệu đồng), ", ratio("1284.6", 1085, "{w} {v}%", places=1, mode="change"),
        " so với năm 2019 (1.085 triệu đồng); các khoản chi đúng Quy chế chi tiêu nội bộ ban hành kèm theo Quyết định "
        "số 15/QĐ-HNC ngày 08/01/2020.")
    d.p("5. Đánh giá chung")
    d.p("Nhiệm kỳ 2019 - 2024 có ", frac(6, 7, "06/07 chỉ tiêu Nghị quyết ({v}%)"),
        " đạt và vượt; hội viên đạt ", rep("12.486 người", "12.846 members in section 1", verdict="inconsistent",
                                          right="12.846 người", note="digits 8 and 4 transposed in the summary"),
        ", ", rep("412 tổ đoàn kết", "412 groups in section 2"), "; năm 2023 sản lượng khai thác ",
        share(248300, Y, "chiếm {v}% sản lượng cả giai đoạn"), ". Hiện nay toàn tỉnh có ",
        rep("5.204 tàu cá", "5.168 vessels at 30/6/2024", verdict="ambiguous",
            note="undated 'hiện nay' figure (registry update) vs the 30/6/2024 count - period unclear"),
        "; chỉ tiêu chưa đạt là phát triển nghiệp đoàn ở huyện đảo Lý Sơn.")
    d.p("Hạn chế: một số chi hội sinh hoạt chưa đều, nội dung còn đơn điệu; việc thu hội phí ở các huyện đồng bằng "
        "đạt thấp; sự phối hợp giữa tổ đoàn kết và chính quyền địa phương có nơi chưa chặt chẽ; đời sống một bộ phận "
        "ngư dân làm nghề lộng, nghề ven bờ còn khó khăn do nguồn lợi thủy sản suy giảm và chi phí nhiên liệu tăng.")
    d.p("Phần thứ hai")
    d.p("PHƯƠNG HƯỚNG NHIỆM VỤ NHIỆM KỲ 2024 - 2029 VÀ NHÂN SỰ BAN CHẤP HÀNH KHÓA IV")
    d.p("Mục tiêu chung: tiếp tục củng cố tổ chức Hội vững mạnh, là chỗ dựa tin cậy của ngư dân; nâng cao hiệu quả "
        "hoạt động của tổ đoàn kết, nghiệp đoàn nghề cá; tham gia phòng, chống khai thác IUU, góp phần gỡ \"thẻ vàng\" "
        "của Ủy ban châu Âu; bảo vệ quyền, lợi ích hợp pháp của hội viên và giữ vững chủ quyền biển, đảo của Tổ quốc.")
    d.p("Ban Chấp hành khóa III có 31 ủy viên, ", sub(9, 31, "Ban Thường vụ 09 ủy viên"), ". Ban Chấp hành khóa IV dự "
        "kiến ", total([22, 11], "{v} ủy viên"), ", ",
        G("tăng hai ủy viên", "difference", note="33 − 31 = 2 (written in words)"),
        " so với khóa III; trong đó tái cử 22 đồng chí (", share(22, 33, "{v}%", verdict="rounding",
                                                            anchor="tái cử 22 đồng chí ({v}%)"),
        "), giới thiệu mới 11 đồng chí; nữ 04 đồng chí (", share(4, 33, "{v}%", anchor="nữ 04 đồng chí ({v}%)"), ").")
    d.p("Đại hội triệu tập ", total([31, 149], "{v} đại biểu"), ", gồm ", rep("31 đại biểu đương nhiên", "the 31 members of the outgoing committee (khóa III)"),
        " là ủy viên Ban Chấp hành khóa III và 149 đại biểu do hội cấp huyện, chi hội trực thuộc bầu. Chỉ tiêu chủ yếu nhiệm kỳ 2024 - 2029: "
        "phát triển thêm 1.500 hội viên, đến năm 2029 đạt ", total([HV, 1500], "{v} hội viên"),
        "; nâng tỷ lệ tàu tham gia bảo hiểm từ 79,84% lên 85%, ", pts(85, "79.84", "{w} {v} điểm phần trăm"),
        "; 100% tàu cá tham gia tổ đoàn kết.")
    d.fn("Năm 2021 cấp phát 198 máy, năm 2023 cấp phát 236 máy, tổng cộng ",
         total([198, 236], "{v} máy"), " (nguồn kinh phí của Tổng cục Thủy sản và tài trợ của doanh nghiệp).")
    d.fn("Quyết định số 1020/QĐ-UBND ngày 12/9/2019 của Ủy ban nhân dân tỉnh phê duyệt Điều lệ (sửa đổi) Hội Nghề cá "
         "tỉnh; Điều 12 quy định mức hội phí tối thiểu 100.000 đồng/hội viên/năm.")
    return d


# ================================================================ 05 provincial retired teachers' association
def d05():
    d = Draft("h20-05-hoi-cuu-giao-chuc")
    header(d, "HỘI CỰU GIÁO CHỨC TỈNH THÁI BÌNH", "Số: 03/BC-CGC",
           "Thái Bình, ngày 08 tháng 01 năm 2025", "BÁO CÁO",
           "Kết quả hoạt động năm 2024 và phương hướng, nhiệm vụ năm 2025",
           parent="BAN CHẤP HÀNH")
    d.p("Năm 2024, được sự quan tâm của Tỉnh ủy, Ủy ban nhân dân tỉnh, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và sự "
        "phối hợp của Sở Giáo dục và Đào tạo, các cấp hội đã triển khai đồng bộ Nghị quyết Đại hội đại biểu Hội lần thứ "
        "V (nhiệm kỳ 2021 - 2026) và Chương trình công tác năm số 01/CTr-CGC ngày 10/01/2024. Kết quả cụ thể như sau:")
    d.p("A. KẾT QUẢ HOẠT ĐỘNG NĂM 2024")
    d.p("I. Công tác tổ chức, hội viên")
    d.p("Toàn tỉnh có ", total([7, 1], "{v} hội cấp huyện", anchor="có {v} hội cấp huyện"), " (07 huyện, 01 thành phố) với ",
        total([260, 26], "{v} chi hội"), " (chi hội xã, phường, thị trấn 260; chi hội các trường trực thuộc Sở 26). "
        "Ban Chấp hành Hội tỉnh có 27 ủy viên, trong đó nữ 09 ủy viên (", share(9, 27, "{v}%", anchor="ủy viên ({v}%)"),
        "), ", sub(9, 27, "Ban Thường vụ 09 ủy viên"), ". Có ", frac(8, 8, "08/08 hội cấp huyện ({v}%)", places=0),
        " tổ chức hội nghị sơ kết giữa nhiệm kỳ đúng hướng dẫn số 05-HD/CGC; việc kiện toàn chi hội trưởng "
        "được thực hiện kịp thời khi có biến động.")
    HV0, HV = 18116, 18642
    d.p("Tính đến 31/12/2024, tổng số hội viên là ",
        total([HV0, 814, -288], "{v} người", note="stock-flow: 18.116 + 814 new − 288 left"), ", ",
        diff(HV, HV0, "{w} {v} người"), " ", term("so với 31/12/2023 (18.116 người)", note="previous year-end"),
        "; trong năm kết nạp ", ratio(814, 800, "814 hội viên mới, đạt {v}% chỉ tiêu", anchor="đạt {v}% chỉ tiêu"),
        " (800 người), ", total([241, 47], "giảm {v} hội viên", anchor="giảm {v} hội viên"),
        " (từ trần 241, chuyển sinh hoạt ra ngoài tỉnh 47). Hội viên mới ",
        total([698, 116], "{v} người gồm", anchor="mới {v} người gồm"), " 698 nguyên giáo viên mầm non, phổ thông và "
        "116 nguyên cán bộ quản lý. Số hội viên từ trần ",
        diff(241, 204, "{w} {v} người", verdict="inconsistent"), " so với năm 2023 (204 người).")
    lv = [3126, 5842, 5617, 2748, 1309]
    d.p("Về cơ cấu: nguyên giáo viên mầm non 3.126 người (", share(3126, HV, "{v}%", verdict="rounding",
                                                                      anchor="người ({v}%)"),
        "), tiểu học 5.842 người (", share(5842, HV, "{v}%", anchor="tiểu học 5.842 người ({v}%)"),
        "), trung học cơ sở 5.617 người (", share(5617, HV, "{v}%", anchor="sở 5.617 người ({v}%)"),
        "), trung học phổ thông 2.748 người, cán bộ quản lý giáo dục và giảng viên 1.309 người; cộng ",
        total(lv, "{v} hội viên"), ". Hội viên nữ 12.964 người, ",
        share(12964, HV, "chiếm {v}%", verdict="inconsistent", wbase=HV0,
              note="computed on the 31/12/2023 membership 18.116"),
        "; hội viên là đảng viên 9.874 người (", share(9874, HV, "{v}%", verdict="inconsistent", stated="52.79",
                                                     anchor="đảng viên 9.874 người ({v}%)",
                                                     note="digits 9 and 7 transposed"),
        "), trong đó ", sub(1226, 9874, "1.226 đồng chí được tặng Huy hiệu từ 40 năm tuổi Đảng trở lên"), ".")
    age = [2418, 6935, 9289]
    d.p("Về độ tuổi: trên 80 tuổi 2.418 người (", share(2418, HV, "{v}%", anchor="người ({v}%)"),
        "), từ 70 đến 80 tuổi 6.935 người, dưới 70 tuổi 9.289 người (",
        share(9289, HV, "{v}%", anchor="9.289 người ({v}%)"), "), ", total(age, "đủ {v} người",
                                                                        note="age bands of all members"),
        ". Về trình độ, ", total([486, 9214, 5318, 3596], "trong {v} hội viên", verdict="ambiguous", stated=HV,
                                  note="levels under 'trong đó' sum to 18.614, 28 short; members trained before "
                                       "the current qualification levels may be unclassified - cannot tell"),
        " có: trên đại học 486, đại học 9.214, cao đẳng 5.318, trung cấp sư phạm 3.596 người.")
    d.p("Quy mô chi hội: dưới 30 hội viên 48 chi hội, từ 30 đến 100 hội viên 181 chi hội, trên 100 hội viên 57 chi hội "
        "(", total([48, 181, 57], "cộng {v} chi hội"), "), ",
        ratio(HV, 286, "bình quân {v} hội viên/chi hội", places=1, mode="times"), ". Mở 04 lớp bồi dưỡng nghiệp vụ "
        "cho 612 chi hội trưởng, chi hội phó, kế toán chi hội, ", ratio(612, 643, "đạt {v}% kế hoạch"),
        " (643 người).")
    d.p("II. Hoạt động của các cấp hội")
    d.p("1. Phát huy vai trò nhà giáo: ",
        share(1462 + 368, HV, "tổng số 1.830 lượt hội viên tham gia giảng dạy, chiếm {v}%",
              anchor="chiếm {v}%", verdict="ambiguous",
              note="1.462 + 368 adds two activities whose participants may overlap, and 'lượt' is not persons - "
                   "the share of members cannot be decided"),
        " tổng số hội viên (dạy phụ đạo, ôn thi 1.462 lượt; dạy tại trung tâm học tập cộng đồng 368 lượt). Bình chọn "
        "412 gia đình nhà giáo tiêu biểu, trong đó ", sub(37, 412, "37 gia đình có ba thế hệ nhà giáo"),
        ". Vận động ủng hộ Quỹ Khuyến học 1.286 triệu đồng, ", ratio(1286, 1090, "gấp {v} lần", mode="times"),
        " năm 2023 (1.090 triệu đồng).")
    d.p("Bình xét ", share(1846, HV, "1.846 hội viên đạt danh hiệu “Cựu giáo chức gương mẫu”, chiếm {v}%",
                           anchor="chiếm {v}%"),
        " tổng số hội viên, trong đó ", sub(128, 1846, "128 hội viên được tặng Kỷ niệm chương"),
        " “Vì sự nghiệp Cựu giáo chức Việt Nam”; khám sức khỏe miễn phí cho 2.146 hội viên cao tuổi (",
        share(2146, HV, "{v}%", anchor="tuổi ({v}%)"), ").")
    d.p("Phối hợp Hội Khuyến học tỉnh trao 1.124 suất học bổng trị giá 1.011,6 triệu đồng, ",
        ratio(1011600, 1124, "bình quân {v} nghìn đồng/suất", places=0, mode="times",
              note="1.011,6 triệu = 1.011.600 nghìn / 1.124"),
        ", trong đó con, cháu hội viên 318 suất (", share(318, 1124, "{v}%", anchor="318 suất ({v}%)"), ").")
    d.p("2. Tham gia giám sát, phản biện xã hội: ", total([14, 37, 75], "{v} cuộc"),
        " (cấp tỉnh 14, cấp huyện 37, cấp xã 75), tập trung vào thực hiện Chương trình giáo dục phổ thông 2018, "
        "chính sách đối với nhà giáo nghỉ hưu và việc thu, chi các khoản đóng góp đầu năm học 2024 - 2025.")
    clb = [58, 71, 35]
    d.p("3. Văn hóa, thể thao: toàn tỉnh có ", total(clb, "{v} câu lạc bộ"), ", gồm thơ 58 (",
        share(58, 164, "{v}%", verdict="rounding", anchor="thơ 58 ({v}%)"), "), dưỡng sinh 71, cầu lông - bóng bàn "
        "35; hội viên tham gia sinh hoạt thường xuyên 16.874 người (",
        share(16874, HV, "{v}%", verdict="rounding", anchor="16.874 người ({v}%)"), ").")
    ma = [1086, 842, 694, 516, 334]
    d.p("4. Công tác xã hội: thăm hỏi 2.864 lượt hội viên ốm đau với số tiền 1.146,8 triệu đồng, ",
        ratio(1146800, 2864, "bình quân {v} nghìn đồng/lượt", places=0, mode="times",
              note="1.146,8 triệu = 1.146.800 nghìn / 2.864"),
        "; phúng viếng ", rep("241 hội viên từ trần", "deaths in section I"), "; hỗ trợ 46 hội viên có hoàn cảnh đặc "
        "biệt khó khăn 138 triệu đồng, ", ratio(138, 46, "bình quân {v} triệu đồng/người", places=0, mode="times"),
        ". Phối hợp chính quyền chúc thọ, mừng thọ ",
        total(ma, "{v} hội viên", verdict="inconsistent", stated=sum(ma) - 334,
              note="the 334 members aged 90 and over left out of the total"),
        " (70 tuổi: 1.086; 75 tuổi: 842; 80 tuổi: 694; 85 tuổi: 516; từ 90 tuổi trở lên: 334).")
    qh = [Decimal("612.4"), Decimal("1105.3"), Decimal("3108.8")]
    QH = sum(qh)
    d.p("III. Công tác tài chính")
    d.p("Quỹ hội toàn tỉnh đến 31/12/2024 là ", total(qh, "{v} triệu đồng", places=1),
        " (cấp tỉnh 612,4 triệu đồng; cấp huyện 1.105,3 triệu đồng; chi hội 3.108,8 triệu đồng), ",
        ratio(QH, "4398.6", "{w} {v}%", mode="change"), " ",
        term("so với năm 2022", verdict="inconsistent", right="so với năm 2023",
             note="4.398,6 triệu is the fund at the end of 2023"),
        " (4.398,6 triệu đồng); quỹ ",
        G("bình quân mỗi chi hội 16,9 triệu đồng", "ratio", "ambiguous",
          note="4.826,5 / 286 = 16,88 (whole fund) but the chi hội-level fund gives 3.108,8 / 286 = 10,87 - which "
               "fund is meant is not stated"),
        ". Có 17.912 hội viên đã đóng hội phí, ",
        share(17912, HV, "đạt {v}%", places=1, verdict="ambiguous", stated="97.4",
              note="base not stated: 96,1 % of year-end members, 98,9 % of the 18.116 at the start; members over "
                   "90 may be exempt - cannot decide"),
        ". Ngân sách tỉnh hỗ trợ 320 triệu đồng, ", ratio(320, 300, "bằng {v}%"), " năm 2023 (300 triệu đồng).")
    chi = [Decimal("1146.8"), Decimal("482.0"), Decimal("138"), Decimal("195.6")]
    d.p("Tổng chi trong năm ", total(chi, "{v} triệu đồng", places=1), ", gồm: thăm hỏi ốm đau ",
        rep("1.146,8 triệu đồng", "sick-visit spending in section II.4"), ", phúng viếng 482,0 triệu đồng (",
        ratio("482.0", 241, "bình quân {v} triệu đồng/trường hợp", places=0, mode="times"),
        "), hỗ trợ hội viên khó khăn ", rep("138 triệu đồng", "hardship support in section II.4"),
        ", hoạt động câu lạc bộ 195,6 triệu đồng.")
    d.p("IV. Đánh giá, xếp loại")
    d.p("Có 214/286 chi hội đạt “Chi hội vững mạnh” (", frac(214, 286, "{v}%", anchor="vững mạnh” ({v}%)"),
        "), năm 2023 là 198/285 chi hội (", frac(198, 285, "{v}%", anchor="285 chi hội ({v}%)"), "), ",
        pts(q(Decimal(214) / 286 * 100, 2), q(Decimal(198) / 285 * 100, 2), "{w} {v} điểm phần trăm",
            verdict="inconsistent", stated=q((q(Decimal(214) / 286 * 100, 2) / q(Decimal(198) / 285 * 100, 2) - 1)
                                             * 100, 2),
            note="the stated figure is the relative change (74,83 / 69,47 − 1 = 7,72 %) labelled as points"),
        ".")
    d.p("Tóm lại, hoạt động của Hội ngày càng thiết thực, được cấp ủy, chính quyền và Nhân dân ghi nhận; nhiều hội viên "
        "tuổi cao vẫn tích cực tham gia khuyến học, khuyến tài, xây dựng gia đình văn hóa ở khu dân cư. Năm 2024 Hội có ", rep("18.462 hội viên", "18.642 members in section I", verdict="inconsistent",
                                        right="18.642 hội viên", note="digits 6 and 4 transposed in the summary"),
        " sinh hoạt tại ", rep("286 chi hội", "286 chi hội in section I"), ", quỹ hội đạt ",
        rep("4.826,5 triệu đồng", "the fund in section III"), ". Từ đầu năm đến nay có ",
        rep("253 hội viên từ trần", "241 deaths in 2024", verdict="ambiguous",
            note="'từ đầu năm đến nay' in a report dated 08/01/2025 may run past 31/12/2024 - period unclear"),
        "; một số chi hội hoạt động còn hình thức, hội viên cao tuổi, sức khỏe yếu nên việc tham gia sinh hoạt hạn chế.")
    d.p("Nguyên nhân của hạn chế: kinh phí hoạt động của chi hội chủ yếu từ hội phí và vận động; một số cấp ủy, chính "
        "quyền cơ sở chưa quan tâm đúng mức đến hoạt động của hội; đội ngũ cán bộ hội tuổi cao, việc ứng dụng công nghệ "
        "thông tin trong quản lý hội viên, tổng hợp báo cáo còn hạn chế, số liệu một số đơn vị gửi chậm.")
    d.p("B. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025")
    d.p("- Phấn đấu kết nạp 850 hội viên mới, ", ratio(850, 814, "{w} {v}%", mode="change"),
        " so với kết quả năm 2024; quỹ hội đạt 5.300 triệu đồng, ",
        diff(5300, "4826.5", "{w} {v} triệu đồng", places=1), " so với năm 2024; 80% chi hội đạt vững mạnh; 100% hội viên từ 70 tuổi trở lên được chúc thọ, mừng thọ.")
    d.p("- Tổ chức tổng kết 05 năm thực hiện Chỉ thị số 38-CT/TU ngày 12/5/2020 của Ban Thường vụ Tỉnh ủy về tăng "
        "cường sự lãnh đạo đối với công tác hội; chuẩn bị Đại hội đại biểu Hội lần thứ VI, nhiệm kỳ 2026 - 2031.")
    d.p("- Phối hợp Sở Giáo dục và Đào tạo, Bảo hiểm xã hội tỉnh giải quyết dứt điểm kiến nghị của hội viên về chế độ "
        "phụ cấp thâm niên đã hưởng trước khi nghỉ hưu; nhân rộng mô hình “Chi hội cựu giáo chức tham gia xây dựng xã hội "
        "học tập” ở các xã, phường.")
    d.fn("Chương trình công tác năm 2024 giao ", rep("chỉ tiêu kết nạp 800 hội viên mới", "the target in section I"),
         "; quỹ hội các cấp tăng từ 8% trở lên so với năm trước.")
    d.fn("Số liệu tổng hợp từ báo cáo của các hội cấp huyện và chi hội trực thuộc; riêng Hội Cựu giáo chức huyện "
         "Quỳnh Phụ báo cáo số liệu đến ngày .../12/2024; các hội cấp huyện gửi báo cáo qua hộp thư điện tử của Văn "
         "phòng Hội tỉnh trước ngày 20/12/2024 theo Công văn số 41/CV-CGC.")
    return d


# ================================================================ 06 provincial mineral water company
def d06():
    d = Draft("h20-06-cong-ty-nuoc-khoang")
    header(d, "CÔNG TY CỔ PHẦN NƯỚC KHOÁNG SUỐI MỌC QUẢNG BÌNH", "Số: 58/BC-NKSM",
           "Quảng Bình, ngày 10 tháng 7 năm 2025", "BÁO CÁO",
           "Kết quả sản xuất kinh doanh 6 tháng đầu năm 2025; nhiệm vụ, giải pháp 6 tháng cuối năm 2025")
    d.p("Kính gửi: Hội đồng quản trị Công ty; Sở Tài chính tỉnh Quảng Bình; Ban Kiểm soát Công ty.")
    d.p("Thực hiện Nghị quyết số 02/2025/NQ-ĐHĐCĐ ngày 18/4/2025 của Đại hội đồng cổ đông thường niên và Quy chế báo "
        "cáo định kỳ của Công ty, Ban Tổng giám đốc báo cáo kết quả 6 tháng đầu năm 2025 như sau:")
    d.p("I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU")
    d.p("1. Khai thác, sản xuất")
    kq = [17920, 20540]
    KQ = sum(kq)
    d.p("Sản lượng nước khoáng khai thác tại mỏ Suối Mọc ", total(kq, "{v} m³", anchor="Mọc {v} m³"),
        " (quý I/2025: 17.920 m³; quý II/2025: 20.540 m³), ",
        ratio(KQ, 181, "bình quân {v} m³/ngày đêm", places=1, mode="times", note="181 days in Jan-Jun 2025"),
        ", ", ratio(KQ, 181 * 250, "bằng {v}%", places=1,
                    note="38.460 / (181 × 250 m³/ngày đêm) × 100 = 84,99 %"),
        " lưu lượng cho phép theo Giấy phép khai thác số 2156/GP-BTNMT (250 m³/ngày đêm).")
    sp = [Decimal("18.42"), Decimal("12.86"), Decimal("4.17"), Decimal("0.58"), Decimal("6.33")]
    SP = sum(sp)
    d.p("Sản xuất ", total(sp, "{v} triệu sản phẩm", places=2), ", chia ra: chai 350 ml 18,42 triệu chai; chai "
        "500 ml 12,86 triệu chai; chai 1,5 lít 4,17 triệu chai; bình 19 lít 0,58 triệu bình; nước khoáng có ga "
        "(lon, chai thủy tinh) 6,33 triệu sản phẩm. Sản phẩm chai 350 ml ",
        share("18.42", SP, "chiếm {v}%", places=1, verdict="ambiguous", stated="45.2",
              note="base not stated: 43,5 % of output; sales by pack size are not given - of sales or of revenue "
                   "cannot be checked"),
        ". Riêng quý II sản xuất 23,94 triệu sản phẩm, ", share("23.94", SP, "bằng {v}% sản lượng 6 tháng"),
        ". Điện năng tiêu thụ 1.246.800 kWh, ",
        ratio(1246800, 42360, "bình quân {v} kWh/nghìn sản phẩm", places=1, mode="times",
              note="42,36 triệu = 42.360 nghìn products"), ".")
    d.p("2. Tiêu thụ")
    mk = [Decimal("17.46"), Decimal("15.92"), Decimal("5.13"), Decimal("2.34")]
    TT = sum(mk)
    d.p("Tiêu thụ ", total(mk, "{v} triệu sản phẩm", places=2), ", ",
        ratio(TT, 78, "bằng {v}% kế hoạch năm", verdict="inconsistent", stated="52.87",
              note="one-digit slip (52,37 written 52,87)"),
        " (78 triệu sản phẩm), ", ratio(TT, "37.12", "{w} {v}%", mode="change"), " ",
        term("so với 6 tháng đầu năm 2023", verdict="inconsistent", right="so với 6 tháng đầu năm 2024",
             note="37,12 triệu is the first half of 2024 (cùng kỳ)"),
        " (cùng kỳ: 37,12 triệu sản phẩm) do mở rộng kênh phân phối; tồn kho thành phẩm ",
        diff(SP, TT, "{w} {v} triệu sản phẩm", note="production 42,36 − sales 40,85"), " so với đầu kỳ.")
    d.p("Theo thị trường, tiêu thụ nội tỉnh, các tỉnh Bắc Trung Bộ, phía Bắc và phía Nam lần lượt là 17,46; 15,92; "
        "5,13 và 2,34 triệu sản phẩm, chiếm tương ứng ",
        share("17.46", TT, "{v}%", verdict="inconsistent", wbase=SP, anchor="tương ứng {v}%",
              note="computed on production 42,36 instead of sales 40,85"),
        ", ", share("15.92", TT, "{v}%"), ", ",
        share("5.13", TT, "{v}%", verdict="rounding"), " và ",
        share("2.34", TT, "{v}%"), " sản lượng tiêu thụ. Hệ thống có 274 đại lý cấp 1, ",
        diff(274, 255, "{w} {v} đại lý", verdict="inconsistent"), " so với 31/12/2024 (255 đại lý); ",
        G("trong đó 168 đại lý bán sản phẩm có ga, 142 đại lý bán bình 19 lít", "subset", "ambiguous",
          note="168 + 142 = 310 > 274; an agent may sell both (overlap) or the groups may be meant as a split - "
               "cannot tell"),
        ".")
    d.p("3. Doanh thu, lợi nhuận")
    dq = [Decimal("68.27"), Decimal("88.57")]
    DT = sum(dq)
    d.p("Doanh thu thuần ", total(dq, "{v} tỷ đồng", places=2), " (quý I: 68,27 tỷ đồng; quý II: 88,57 tỷ đồng, ",
        ratio("88.57", "68.27", "gấp {v} lần", mode="times"), " quý I), ", ratio(DT, 330, "đạt {v}% kế hoạch năm"),
        " (330 tỷ đồng), ", diff(DT, "141.92", "{w} {v} tỷ đồng"), " so với cùng kỳ năm 2024 (141,92 tỷ đồng). "
        "Doanh thu quý II ", share("88.57", DT, "chiếm {v}%"), " doanh thu 6 tháng.")
    d.p("So sánh theo quý, doanh thu quý II/2025 ", ratio("88.57", "80.79", "{w} {v}%", mode="change"), " ",
        term("so với quý II/2024", note="80,79 tỷ is the second quarter of 2024"),
        " (80,79 tỷ đồng) nhờ nắng nóng kéo dài và mùa du lịch biển đến sớm. Bán hàng trực tuyến (sàn thương mại điện "
        "tử, website, ứng dụng giao hàng) đạt 2,16 tỷ đồng, ", share("2.16", DT, "chiếm {v}% doanh thu thuần"),
        ", tuy còn nhỏ nhưng tăng nhanh.")
    LG = DT - Decimal("104.62")
    d.p("Giá vốn hàng bán 104,62 tỷ đồng, lợi nhuận gộp ", G(fmt(LG, 2) + " tỷ đồng", "difference",
                                                             note="156,84 − 104,62 = 52,22"),
        ", biên lợi nhuận gộp ", share(LG, DT, "{v}%", verdict="inconsistent", stated="33.03",
                                       anchor="gộp {v}%", note="digits 3 and 0 transposed"),
        ". Chi phí bán hàng 24,18 tỷ đồng (", share("24.18", DT, "{v}%", anchor="bán hàng 24,18 tỷ đồng ({v}%"),
        " doanh thu thuần), chi phí quản lý doanh nghiệp 9,06 tỷ đồng (", share("9.06", DT, "{v}%",
                                                                                 anchor="9,06 tỷ đồng ({v}%)"),
        "); doanh thu tài chính và thu nhập khác 0,39 tỷ đồng.")
    LN = LG - Decimal("24.18") - Decimal("9.06") + Decimal("0.39")
    d.p("Lợi nhuận trước thuế ", total([LG, "-24.18", "-9.06", "0.39"], "{v} tỷ đồng", places=2,
                                       anchor="thuế {v} tỷ đồng",
                                       note="gross profit − selling − admin + other income"),
        ", ", ratio(LN, 38, "bằng {v}% kế hoạch năm"), " (38 tỷ đồng), ", ratio(LN, "16.84", "{w} {v}%", mode="change"),
        " ", term("so với cùng kỳ năm 2024", note="16,84 tỷ is the first half of 2024"),
        " (16,84 tỷ đồng). Đã chi trả cổ tức năm 2024 số tiền 10,2 tỷ đồng, ",
        share("10.2", 85, "bằng {v}% vốn điều lệ", places=0), " (85 tỷ đồng). Nộp ngân sách ",
        total(["14.28", "4.84", "1.12", "0.08", "1.09"], "{v} tỷ đồng", places=2, verdict="ambiguous",
              stated="21.46", anchor="sách {v} tỷ đồng",
              note="'trong đó' items sum to 21,41, 0,05 short; other small fees may exist - cannot tell"),
        ", trong đó thuế giá trị gia tăng 14,28 tỷ đồng, thuế thu nhập doanh nghiệp 4,84 tỷ đồng, thuế tài nguyên 1,12 "
        "tỷ đồng, phí bảo vệ môi trường 0,08 tỷ đồng, tiền thuê đất 1,09 tỷ đồng.")
    TS, NO = Decimal("312.48"), Decimal("86.74")
    d.p("Tổng tài sản đến 30/6/2025 là 312,48 tỷ đồng, ", diff(TS, "294.12", "{w} {v} tỷ đồng"),
        " so với 31/12/2024 (294,12 tỷ đồng); nợ phải trả 86,74 tỷ đồng (", share(NO, TS, "{v}%",
                                                                               anchor="86,74 tỷ đồng ({v}%"),
        " tổng tài sản), vốn chủ sở hữu ", G(fmt(TS - NO, 2) + " tỷ đồng", "difference",
                                            note="312,48 − 86,74 = 225,74"),
        "; hệ số nợ trên vốn chủ sở hữu ", ratio(NO, TS - NO, "{v} lần", mode="times"),
        ", không có nợ quá hạn.")
    d.p("4. Lao động, đầu tư, chất lượng")
    ld = [28, 78, 212]
    d.p("Tổng số lao động đến 30/6/2025 là ", total(ld, "{v} người"), " (quản lý 28, gián tiếp 78, trực tiếp sản xuất "
        "212 người - ", share(212, 318, "{v}%", anchor="người - {v}%"), "); lao động nữ 149 người (",
        share(149, 318, "{v}%", verdict="rounding", anchor="149 người ({v}%)"), "). Thu nhập bình quân 10,85 triệu "
        "đồng/người/tháng, ", diff("10.85", "10.13", "{w} {v} triệu đồng"), " ",
        term("so với 6 tháng đầu năm 2024", note="10,13 triệu is the same period of 2024"), " (10,13 triệu đồng).")
    d.p("Dự án dây chuyền chiết rót tự động 24.000 chai/giờ có tổng mức đầu tư 46,5 tỷ đồng; đến 30/6/2025 giải ngân "
        "28,72 tỷ đồng, ", ratio("28.72", "46.5", "đạt {v}% tổng mức đầu tư"), "; lũy kế đến nay giải ngân ",
        rep("31,06 tỷ đồng", "28,72 tỷ disbursed by 30/6/2025", verdict="ambiguous",
            note="'lũy kế đến nay' (report dated 10/7) may include July payments - period unclear"),
        ". Sử dụng 318 tấn hạt nhựa PET, trong đó 96 tấn nhựa tái chế (rPET), ",
        share(96, 318, "chiếm {v}%", verdict="rounding"), ".")
    d.p("Kiểm nghiệm ", frac(1238, 1240, "1.238/1.240 mẫu đạt QCVN 6-1:2010/BYT ({v}%)"), "; 02 mẫu nước rửa chai "
        "có chỉ tiêu Coliform vượt ngưỡng đã được xử lý lại. Chương trình khuyến mại “Mở nắp trúng thưởng” quý II trao ",
        total([6, 40, 300, 1800], "{v} giải", verdict="inconsistent", stated=6 + 300 + 1800,
              note="the 40 second prizes left out of the total"),
        " (giải nhất 06, giải nhì 40, giải ba 300, giải khuyến khích 1.800), tổng giá trị 1,86 tỷ đồng.")
    d.p("Môi trường: nước thải sản xuất 9.864 m³ được xử lý đạt QCVN 40:2011/BTNMT trước khi xả thải; chất thải rắn "
        "42,6 tấn, trong đó tái chế 31,8 tấn (", share("31.8", "42.6", "{v}%", anchor="31,8 tấn ({v}%)"),
        "); chi phí bảo vệ môi trường 1,26 tỷ đồng, ", diff("1.26", "1.08", "{w} {v} tỷ đồng"),
        " so với cùng kỳ (1,08 tỷ đồng). Ủng hộ Quỹ Vì người nghèo tỉnh 150 triệu đồng, tài trợ nước uống cho 12 sự "
        "kiện thể thao, văn hóa trên địa bàn.")
    d.p("Bảng 1 (kèm theo) tóm tắt các chỉ tiêu chủ yếu (thực hiện 6 tháng / kế hoạch năm / tỷ lệ): khai thác "
        "38,460 m³ / 82.000 m³ / ",
        G("46,90%", "ratio", "ambiguous", anchor="m³ / 46,90%",
          note="'38,460' uses a comma: 38.460 m³ gives 46,90 %, but 38,46 m³ would give 0,05 % - the figure cannot "
               "be parsed safely"),
        "; doanh thu ", rep("156,84 tỷ đồng / 330 tỷ đồng / 47,53%", "revenue, plan and ratio in section I.3",
                            anchor="156,84 tỷ đồng / 330 tỷ đồng / 47,53%"),
        "; lợi nhuận trước thuế ", rep("19,37 tỷ đồng / 38 tỷ đồng / 50,97%", "profit, plan and ratio in section I.3"),
        ".")
    d.p("II. ĐÁNH GIÁ CHUNG")
    d.p("6 tháng đầu năm 2025 Công ty đạt doanh thu ",
        rep("165,84 tỷ đồng", "net revenue 156,84 tỷ in section I.3", verdict="inconsistent", right="156,84 tỷ đồng",
            note="digits 5 and 6 transposed in the summary"),
        ", tiêu thụ ", rep("40,85 triệu sản phẩm", "sales in section I.2"), ". Thị trường ngoại tỉnh tăng khá nhờ mở "
        "rộng kênh siêu thị, cửa hàng tiện lợi; tuy nhiên giá hạt nhựa, bao bì và chi phí vận chuyển tăng, cạnh tranh "
        "với các thương hiệu nước đóng chai lớn ngày càng gay gắt, thị phần phía Nam còn nhỏ.")
    d.p("Nguyên nhân chủ yếu: Công ty chủ động ký hợp đồng mua hạt nhựa dài hạn từ cuối năm 2024, đẩy mạnh quảng bá "
        "thương hiệu gắn với sản phẩm du lịch của tỉnh; tuy nhiên dây chuyền cũ thường xuyên dừng máy sửa chữa, năng "
        "suất chiết rót thấp, chưa đáp ứng kịp đơn hàng cao điểm tháng 5, tháng 6.")
    d.p("III. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025")
    d.p("- Phấn đấu tiêu thụ 37,15 triệu sản phẩm, doanh thu 173,16 tỷ đồng để cả năm đạt ",
        total([TT, "37.15"], "{v} triệu sản phẩm", places=0, anchor="đạt {v} triệu sản phẩm"), " và ",
        total([DT, "173.16"], "{v} tỷ đồng", places=0, anchor="và {v} tỷ đồng"), "; lợi nhuận trước thuế 18,63 tỷ đồng để cả năm đạt ",
        total([LN, "18.63"], "{v} tỷ đồng", places=0, anchor="cả năm đạt {v} tỷ đồng", note="19,37 + 18,63"),
        ", hoàn thành kế hoạch năm.")
    d.p("- Đưa dây chuyền chiết rót tự động vào vận hành trong quý IV; hoàn thiện hồ sơ gia hạn giấy phép khai thác "
        "theo Luật Địa chất và khoáng sản năm 2024; quan trắc mực nước, lưu lượng giếng khoan GK2 hằng tháng.")
    d.p("IV. KIẾN NGHỊ")
    d.p("Đề nghị Sở Nông nghiệp và Môi trường hướng dẫn thủ tục gia hạn giấy phép khai thác nước khoáng theo quy định "
        "mới; Ủy ban nhân dân tỉnh ưu tiên giới thiệu sản phẩm nước khoáng của tỉnh tại các hội nghị, sự kiện, chương "
        "trình xúc tiến du lịch và hỗ trợ Công ty tham gia Chương trình mỗi xã một sản phẩm (OCOP) cấp tỉnh.")
    d.fn("Tiêu thụ theo kênh: đại lý cấp 1 29,64 triệu sản phẩm (", share("29.64", TT, "{v}%", anchor="sản phẩm ({v}%)"),
         "); siêu thị, cửa hàng tiện lợi 7,38 triệu sản phẩm; khách hàng tổ chức (khách sạn, nhà hàng, cơ quan) 3,83 "
         "triệu sản phẩm; cộng ", total(["29.64", "7.38", "3.83"], "{v} triệu sản phẩm", places=2,
                                        anchor="cộng {v} triệu sản phẩm"), ".")
    d.fn("Kế hoạch năm 2025 theo Nghị quyết số 02/2025/NQ-ĐHĐCĐ ngày 18/4/2025: ",
         rep("tiêu thụ 78 triệu sản phẩm", "the sales plan in section I.2"), "; doanh thu thuần 330 tỷ đồng; lợi nhuận "
         "trước thuế 38 tỷ đồng; cổ tức không thấp hơn 12%.")
    return d


def verify(name, lines, claims):
    """re-read the written files: anchors once in their line, line numbers on the right paragraph,
    footnotes last, no blank lines."""
    with open(os.path.join(OUT, name + ".txt"), encoding="utf-8") as f:
        disk = f.read().split("\n")
    assert disk[-1] == "" and disk[:-1] == lines, name
    with open(os.path.join(OUT, name + ".labels.json"), encoding="utf-8") as f:
        lab = json.load(f)
    assert lab["file"] == name + ".txt"
    seen = set()
    for c in lab["claims"]:
        line = disk[c["line"] - 1]
        assert line.count(c["anchor"]) == 1, (name, c)
        assert (c["line"], c["anchor"]) not in seen, (name, c)
        seen.add((c["line"], c["anchor"]))
    in_fn = False
    for ln in lines:
        assert ln.strip(), name
        if ln.startswith(FN):
            in_fn = True
        else:
            assert not in_fn, (name, "body line after a footnote")
    return True


def main():
    drafts = [d01(), d02(), d03(), d04(), d05(), d06()]
    os.makedirs(OUT, exist_ok=True)
    rows, kv = [], Counter()
    for d in drafts:
        lines, claims = d.build()
        txt = "\n".join(lines) + "\n"
        with open(os.path.join(OUT, d.name + ".txt"), "w", encoding="utf-8") as f:
            f.write(txt)
        with open(os.path.join(OUT, d.name + ".labels.json"), "w", encoding="utf-8") as f:
            json.dump({"file": d.name + ".txt", "claims": claims}, f, ensure_ascii=False, indent=2)
            f.write("\n")
        verify(d.name, lines, claims)
        v = Counter(c["verdict"] for c in claims)
        for c in claims:
            kv[(c["kind"], c["verdict"])] += 1
        rows.append((d.name, len(txt), len(lines), sum(1 for l in lines if l.startswith(FN)), len(claims),
                     v["consistent"], v["rounding"], v["inconsistent"], v["ambiguous"]))
        print(d.name, "chars", len(txt), "lines", len(lines), "claims", len(claims), dict(v))
    out = ["# heldout20 - summary", "",
           "Six Vietnamese report drafts with labelled numeric claims, written by `make.py` "
           "(Python standard library; every computed value uses `decimal.Decimal` with ROUND_HALF_UP). "
           "Counts below are computed by `make.py`; rerun it to rebuild `prose/` and this file.", "",
           "Subjects: provincial cement company, coffee company, taxi company, fishermen's association, "
           "retired teachers' association, mineral water company.", "",
           "## Per draft", "",
           "| draft | chars | lines | footnotes | claims | consistent | rounding | inconsistent | ambiguous |",
           "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    tot = [0] * 8
    for r in rows:
        out.append("| %s | %d | %d | %d | %d | %d | %d | %d | %d |" % r)
        tot = [a + b for a, b in zip(tot, r[1:])]
    out.append("| **total** | %d | %d | %d | %d | %d | %d | %d | %d |" % tuple(tot))
    out += ["", "## Kind × verdict", "",
            "| kind | consistent | rounding | inconsistent | ambiguous | total |",
            "|---|---:|---:|---:|---:|---:|"]
    ctot = Counter()
    for k in KINDS:
        cells = [kv[(k, v)] for v in VERDICTS]
        for v, n in zip(VERDICTS, cells):
            ctot[v] += n
        out.append("| %s | %s | %d |" % (k, " | ".join(str(n) for n in cells), sum(cells)))
    out.append("| **total** | %s | %d |" % (" | ".join(str(ctot[v]) for v in VERDICTS), sum(ctot.values())))
    out += ["", "## Checks run by make.py", "",
            "- every anchor occurs exactly once in the line its label names (re-read from the written files);",
            "- no two labels share a (line, anchor) pair; the written .txt equals the built paragraphs line by line;",
            "- one paragraph per line, no blank lines, footnote lines (`[\\ufffd] `) last;",
            "- rounding labels are asserted to be the truncation one unit below the half-up value; "
            "inconsistent labels are asserted to differ from the computed value by more than one last-digit unit.",
            ""]
    with open(os.path.join(HERE, "SUMMARY.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    main()
