#!/usr/bin/env python3
"""Generator of the dev20 evaluation drafts (Vietnamese company reports with labelled numeric claims).

Every stated figure that is a checkable claim is computed here with decimal.Decimal (ROUND_HALF_UP);
deliberate slips (inconsistent), truncations (rounding) and undecidable cases (ambiguous) are written
on purpose and asserted against the exact value, so the labels never depend on the checker.

Run:  python3 make.py      -> prose/<name>.txt, prose/<name>.labels.json, SUMMARY.md
"""
import json
import os
from collections import Counter, OrderedDict
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "prose")
FN = "[\ufffd] "  # footnote line prefix, as exported

D = Decimal
KINDS = ["sum", "subset", "share", "fraction", "difference", "points", "ratio", "repeat", "term"]
VERDICTS = ["consistent", "rounding", "inconsistent", "ambiguous"]


# ----------------------------------------------------------------------------- numbers
def unit(nd):
    return D(1).scaleb(-nd)


def rnd(x, nd):
    return D(x).quantize(unit(nd), rounding=ROUND_HALF_UP)


def trn(x, nd):
    return D(x).quantize(unit(nd), rounding=ROUND_DOWN)


def fmt(x, nd=None):
    """vi-VN: dot thousands, comma decimals. nd given -> round half up to nd places."""
    x = D(x)
    if nd is not None:
        x = rnd(x, nd)
    s = format(x, "f")
    neg = s.startswith("-")
    s = s.lstrip("-")
    ip, _, fp = s.partition(".")
    ip = "{:,}".format(int(ip)).replace(",", ".")
    return ("-" if neg else "") + ip + ("," + fp if fp else "")


def nz(x):
    """drop trailing zeros of a computed Decimal (36,80 -> 36,8; 168,00 -> 168)"""
    return D(x).normalize()


def z(n):
    """count under 10 with a leading zero"""
    return "%02d" % n if n < 10 else fmt(n)


def pct(part, base):
    return D(part) * 100 / D(base)


def ndp(x):
    """number of decimals of a stated Decimal"""
    e = D(x).as_tuple().exponent
    return -e if e < 0 else 0


def stated_share(part, base, nd=2, verdict="consistent"):
    x = pct(part, base)
    if verdict == "rounding":
        t, r = trn(x, nd), rnd(x, nd)
        assert t != r, ("no truncation effect", part, base, x)
        return t
    return rnd(x, nd)


def stated_ratio(cur, ref, nd=2, minus100=False, verdict="consistent"):
    x = D(cur) * 100 / D(ref)
    if minus100:
        x = x - 100
    if verdict == "rounding":
        t, r = trn(x, nd), rnd(x, nd)
        assert t != r, ("no truncation effect", cur, ref, x)
        return t
    return rnd(x, nd)


def show(x, nd=4):
    return fmt(rnd(x, nd))


def _check(exact, stated, verdict, what):
    nd = ndp(stated)
    r, t = rnd(exact, nd), trn(exact, nd)
    if verdict == "consistent":
        assert stated == r, (what, "stated", stated, "computed", r)
    elif verdict == "rounding":
        assert stated == t and t != r and r - t == unit(nd), (what, stated, r, t)
    elif verdict == "inconsistent":
        assert abs(stated - r) > unit(nd), (what, stated, r)
    return r


def C(anchor, kind, verdict, note, right=None):
    assert kind in KINDS and verdict in VERDICTS
    c = OrderedDict()
    c["line"] = None
    c["anchor"] = anchor
    c["kind"] = kind
    c["verdict"] = verdict
    if verdict in ("rounding", "inconsistent"):
        assert right is not None, anchor
        c["right"] = right
    c["note"] = note
    return c


# ----------------------------------------------------------------------------- claim builders
def share(anchor, part, base, stated, verdict, what, base_name="", right=None):
    """stated % = part / base x 100 (stated is the Decimal written in the draft)."""
    x = pct(part, base)
    nd = ndp(stated)
    note = "%s: %s / %s%s = %s %% -> %s%%; viết %s%%" % (
        what, fmt(part), fmt(base), (" (" + base_name + ")") if base_name else "", show(x), fmt(rnd(x, nd)), fmt(stated))
    if verdict != "ambiguous":
        r = _check(x, stated, verdict, anchor)
        if right is None and verdict in ("rounding", "inconsistent"):
            right = fmt(r) + "%"
    return C(anchor, "share", verdict, note, right)


def amount_share(anchor, base, rate, stated, verdict, what):
    """stated amount = base x rate % (share written the other way round)."""
    x = D(base) * D(rate) / 100
    note = "%s: %s x %s%% = %s; viết %s" % (what, fmt(base), fmt(rate), fmt(x), fmt(stated))
    right = None
    if verdict != "ambiguous":
        r = _check(x, stated, verdict, anchor)
        if verdict in ("rounding", "inconsistent"):
            right = fmt(r)
    return C(anchor, "share", verdict, note, right)


def total(anchor, parts, stated, verdict, what, right=None, extra=""):
    s = nz(sum(D(p) for p in parts))
    note = "%s: %s = %s; viết %s%s" % (what, " + ".join(fmt(nz(p)) for p in parts), fmt(s), fmt(stated), extra)
    if verdict == "consistent":
        assert s == D(stated), (anchor, s, stated)
    elif verdict == "inconsistent":
        assert s != D(stated), (anchor, s, stated)
        if right is None:
            right = fmt(s)
    return C(anchor, "sum", verdict, note, right)


def stockflow(anchor, opening, plus, minus, stated, verdict, what):
    s = nz(D(opening) + sum(D(p) for p in plus) - sum(D(m) for m in minus))
    note = "%s: %s%s%s = %s; viết %s" % (
        what, fmt(opening), "".join(" + " + fmt(p) for p in plus), "".join(" - " + fmt(m) for m in minus), fmt(s), fmt(stated))
    right = None
    if verdict == "consistent":
        assert s == D(stated), (anchor, s, stated)
    elif verdict == "inconsistent":
        assert s != D(stated)
        right = fmt(s)
    return C(anchor, "sum", verdict, note, right)


def subset(anchor, part, parent, verdict, what):
    note = "%s: %s <= %s" % (what, fmt(part), fmt(parent))
    if verdict == "consistent":
        assert D(part) <= D(parent)
    return C(anchor, "subset", verdict, note)


def diff(anchor, cur, prev, word, stated, verdict, what, right=None):
    """word 'tăng'/'giảm' + stated magnitude; correct is cur - prev."""
    d = nz(D(cur) - D(prev))
    sign = 1 if word in ("tăng", "nhiều hơn", "cao hơn", "vượt") else -1
    signed = sign * D(stated)
    good_word = "tăng" if d > 0 else "giảm"
    note = "%s: %s - %s = %s; viết %s %s" % (what, fmt(cur), fmt(prev), fmt(d), word, fmt(stated))
    if verdict == "consistent":
        assert signed == d, (anchor, d, signed)
    elif verdict == "inconsistent":
        assert signed != d, (anchor, d, signed)
        if right is None:
            right = "%s %s" % (good_word, fmt(abs(d)))
    return C(anchor, "difference", verdict, note, right)


def remainder(anchor, whole, parts, stated, verdict, what):
    """stated = whole - sum(parts) (còn lại / sau khi trừ)."""
    d = nz(D(whole) - sum(D(p) for p in parts))
    note = "%s: %s%s = %s; viết %s" % (what, fmt(whole), "".join(" - " + fmt(p) for p in parts), fmt(d), fmt(stated))
    right = None
    if verdict == "consistent":
        assert d == D(stated), (anchor, d, stated)
    elif verdict == "inconsistent":
        assert d != D(stated)
        right = fmt(d)
    return C(anchor, "difference", verdict, note, right)


def ratio(anchor, cur, ref, stated, verdict, what, minus100=False, times=False, right=None):
    """stated = cur / ref x 100 (index), or x100-100 (tăng x%, vượt x%), or cur/ref (gấp x lần)."""
    if times:
        x = D(cur) / D(ref)
        unit_s = " lần"
    else:
        x = D(cur) * 100 / D(ref) - (100 if minus100 else 0)
        unit_s = "%"
    note = "%s: %s / %s%s = %s%s; viết %s%s" % (
        what, fmt(cur), fmt(ref), "" if times else (" x 100 - 100" if minus100 else " x 100"), show(x), unit_s, fmt(stated), unit_s)
    if verdict != "ambiguous":
        r = _check(x, stated, verdict, anchor)
        if right is None and verdict in ("rounding", "inconsistent"):
            right = fmt(r) + unit_s
    return C(anchor, "ratio", verdict, note, right)


def avg(anchor, tot, n, stated, verdict, what, right=None):
    """bình quân: stated = tot / n at the stated precision (kind ratio)."""
    x = D(tot) / D(n)
    note = "%s: %s / %s = %s; viết %s" % (what, fmt(nz(tot)), fmt(n), show(x), fmt(stated))
    if verdict != "ambiguous":
        r = _check(x, D(stated), verdict, anchor)
        if right is None and verdict in ("rounding", "inconsistent"):
            right = fmt(r)
    return C(anchor, "ratio", verdict, note, right)


def points(anchor, cur, prev, word, stated, verdict, what):
    d = nz(D(cur) - D(prev))
    sign = 1 if word == "tăng" else -1
    note = "%s: %s%% - %s%% = %s điểm %%; viết %s %s%%" % (what, fmt(cur), fmt(prev), fmt(d), word, fmt(stated))
    right = None
    if verdict == "consistent":
        assert sign * D(stated) == d, (anchor, d)
    elif verdict == "inconsistent":
        assert sign * D(stated) != d
        right = "%s %s%%" % ("tăng" if d > 0 else "giảm", fmt(abs(d)))
    return C(anchor, "points", verdict, note, right)


def fraction(anchor, part, whole, stated_pct, verdict, what, ref_whole=None):
    note = "%s: %s/%s" % (what, fmt(part), fmt(whole))
    right = None
    if stated_pct is not None:
        x = pct(part, whole)
        note += " = %s %% -> %s%%; viết %s%%" % (show(x), fmt(rnd(x, ndp(stated_pct))), fmt(stated_pct))
        if verdict != "ambiguous":
            r = _check(x, stated_pct, verdict, anchor)
            if verdict in ("rounding", "inconsistent"):
                right = "%s/%s (%s%%)" % (fmt(part), fmt(whole), fmt(r))
    if ref_whole is not None:
        note += "; mẫu số phải bằng tổng đã nêu %s" % fmt(ref_whole)
        if verdict == "consistent":
            assert D(ref_whole) == D(whole)
        elif verdict == "inconsistent" and stated_pct is None:
            assert D(ref_whole) != D(whole)
            right = "%s/%s" % (fmt(part), fmt(ref_whole))
    return C(anchor, "fraction", verdict, note, right)


def repeat(anchor, first, stated, verdict, what, where=""):
    note = "%s: lần đầu %s%s, nhắc lại %s" % (what, fmt(first), (" (" + where + ")") if where else "", fmt(stated))
    right = None
    if verdict == "consistent":
        assert D(first) == D(stated)
    elif verdict == "inconsistent":
        assert D(first) != D(stated)
        right = fmt(first)
    return C(anchor, "repeat", verdict, note, right)


def term(anchor, named, expected, verdict, what):
    note = "%s: kỳ so sánh phải là %s; viết %s" % (what, expected, named)
    right = None
    if verdict == "consistent":
        assert named == expected
    elif verdict == "inconsistent":
        assert named != expected
        right = expected
    return C(anchor, "term", verdict, note, right)


def amb(anchor, kind, note):
    return C(anchor, kind, "ambiguous", note)


# ----------------------------------------------------------------------------- draft container
class Draft:
    def __init__(self, name):
        self.name = name
        self.lines = []
        self.claims = []

    def p(self, text, *claims):
        assert "\n" not in text
        self.lines.append(text)
        n = len(self.lines)
        for c in claims:
            c["line"] = n
            assert text.count(c["anchor"]) == 1, (self.name, n, c["anchor"], text.count(c["anchor"]))
            self.claims.append(c)
        return n


P = fmt  # short alias used inside the texts


# ============================================================================= draft 1
def draft1():
    d = Draft("d20-01-cong-ty-phan-bon")
    # ---- inputs (thousand tonnes are written in tấn, money in tỷ đồng)
    von, von_nn, von_khac = D("186"), D("94.86"), D("91.14")
    dl = [184, 77, 52, 13]
    dl_tong = sum(dl)
    ld_dau, ld_ql, ld_gt, ld_tt = 425, 46, 88, 284
    ld = ld_ql + ld_gt + ld_tt
    ld_nu, ld_cd = 137, 212
    sx_npk, sx_lan, sx_hc = 98450, 39720, 14470
    sx = sx_npk + sx_lan + sx_hc
    sx_kh, sx_2023 = 150000, 141300
    npk_clc = 43560
    cl, cl_23 = D("98.7"), D("97.6")
    kwh, kwh_23 = D("41.8"), D("44.1")
    tt_tinh, tt_ngoai, tt_xk = 86310, 55125, 7780
    tt = tt_tinh + tt_ngoai + tt_xk
    tt_kh = 150000
    hc_tt = 13920
    ton_dau = 7425
    ton_cuoi = ton_dau + sx - tt
    dt_pb, dt_vt, dt_tc = D("1196.3"), D("71.8"), D("16.5")
    dt = dt_pb + dt_vt + dt_tc
    dt_kh, dt_23 = D("1256"), D("1172.4")
    gv, bh, bh_23, ql, cptc, cpk = D("1128.9"), D("41.3"), D("38.9"), D("29.7"), D("14.2"), D("11.76")
    lntt = dt - gv - bh - ql - cptc - cpk
    lntt_kh, lntt_23 = D("55"), D("51.62")
    tndn = D("11.75")
    lnst = lntt - tndn
    ns = [D("17.1"), tndn, D("4.2"), D("3.75")]
    ns_true = sum(ns)
    ns_written = D("38.6")  # transposed 36,8 -> 38,6
    tn, tn_23 = D("10.42"), D("9.76")
    co_tuc = D("12")
    dtu = [D("13.9"), D("6.85"), D("4.1"), D("2.3")]
    dtu_written = sum(dtu[:3])  # ERP item left out of the total
    du_no_bq, du_no, du_no_giam = D("246.3"), D("214.5"), D("38.2")
    kh25_sx, kh25_dt = 158000, D("1340")
    hoi_thao, luot_nd = 146, 8930
    bq_ht = rnd(D(luot_nd) / hoi_thao, 0)
    sx_summary = 125640  # 152.640 typed with 5 and 2 swapped

    s_von = stated_share(von_nn, von, 0)
    s_nu = stated_share(ld_nu, ld, 2, "rounding")
    s_cd = stated_share(ld_cd, ld)
    r_sx_kh_true = stated_ratio(sx, sx_kh)
    r_sx_kh = D("101.67")  # 101,76 with the last two digits swapped
    r_sx_23 = stated_ratio(sx, sx_2023, minus100=True)
    s_npk, s_lan = stated_share(sx_npk, sx), stated_share(sx_lan, sx)
    s_hc = stated_share(sx_hc, sx, 2, "rounding")
    s_clc = stated_share(npk_clc, sx_npk, 1)
    r_tt_kh = stated_ratio(tt, tt_kh)
    s_tinh, s_xk = stated_share(tt_tinh, tt), stated_share(tt_xk, tt)
    s_ngoai = stated_share(tt_ngoai, sx)  # computed on production instead of sales
    r_dt_kh = stated_ratio(dt, dt_kh)
    s_dtpb = stated_share(dt_pb, dt)
    s_gv = stated_share(gv, dt, 2, "rounding")
    r_ln_kh = stated_ratio(lntt, lntt_kh, 1, minus100=True)
    s_lnst = stated_share(lnst, von)
    r_tn = stated_ratio(tn, tn_23, 1)
    r25_sx = stated_ratio(kh25_sx, sx, minus100=True)
    r25_dt = stated_ratio(kh25_dt, dt)

    d.p("CÔNG TY CỔ PHẦN PHÂN BÓN VÀ VẬT TƯ NÔNG NGHIỆP NGHỆ AN")
    d.p("Số: 17/BC-PBNA")
    d.p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    d.p("Độc lập - Tự do - Hạnh phúc")
    d.p("Nghệ An, ngày 20 tháng 01 năm 2025")
    d.p("BÁO CÁO")
    d.p("Kết quả sản xuất, kinh doanh năm 2024 và kế hoạch năm 2025")
    d.p("Căn cứ Nghị quyết số 01/2024/NQ-ĐHĐCĐ ngày 19/4/2024 của Đại hội đồng cổ đông thường niên năm 2024 và "
        "Quyết định số 112/QĐ-HĐQT ngày 25/4/2024 của Hội đồng quản trị về giao chỉ tiêu kế hoạch năm 2024, "
        "Ban Tổng Giám đốc Công ty báo cáo kết quả thực hiện như sau:")
    d.p("I. ĐẶC ĐIỂM TÌNH HÌNH")
    d.p(f"Vốn điều lệ của Công ty là {P(von)} tỷ đồng, trong đó phần vốn nhà nước do UBND tỉnh làm đại diện chủ sở hữu "
        f"{P(von_nn)} tỷ đồng, chiếm {P(s_von)}%, các cổ đông khác nắm giữ {P(von_khac)} tỷ đồng. Công ty tổ chức sản xuất tại "
        f"03 nhà máy và 01 xí nghiệp kinh doanh vật tư; mạng lưới phân phối có {P(dl_tong)} đại lý cấp 1 (Nghệ An {dl[0]}, "
        f"Hà Tĩnh {dl[1]}, Thanh Hóa {dl[2]}, các tỉnh khác {dl[3]}).",
        share(f"chiếm {P(s_von)}%", von_nn, von, s_von, "consistent", "Vốn nhà nước / vốn điều lệ"),
        total(f"là {P(von)} tỷ đồng", [von_nn, von_khac], von, "consistent", "Vốn điều lệ = vốn nhà nước + cổ đông khác"),
        total(f"có {P(dl_tong)} đại lý", dl, dl_tong, "consistent", "Đại lý cấp 1 theo tỉnh"))
    d.p(f"Tính đến ngày 31/12/2024, tổng số lao động là {P(ld)} người (đầu năm {ld_dau} người, giảm {z(ld_dau - ld)} người), gồm "
        f"{ld_ql} cán bộ quản lý, {ld_gt} nhân viên gián tiếp và {ld_tt} công nhân trực tiếp sản xuất; lao động nữ {ld_nu} người, "
        f"chiếm {P(s_nu)}%; có {ld_cd} người trình độ cao đẳng trở lên, chiếm {P(s_cd)}%.",
        diff(f"giảm {z(ld_dau - ld)} người", ld, ld_dau, "giảm", ld_dau - ld, "consistent", "Lao động cuối năm - đầu năm"),
        total(f"là {P(ld)} người", [ld_ql, ld_gt, ld_tt], ld, "consistent", "Lao động theo vị trí (gồm)"),
        share(f"chiếm {P(s_nu)}%", ld_nu, ld, s_nu, "rounding", "Lao động nữ / tổng lao động"),
        share(f"chiếm {P(s_cd)}%", ld_cd, ld, s_cd, "consistent", "Cao đẳng trở lên / tổng lao động"))
    d.p("Năm 2024 giá nguyên liệu đầu vào biến động mạnh: giá kali nhập khẩu có thời điểm tăng 15-18%, giá lưu huỳnh và quặng "
        "apatit tăng theo; thời tiết cực đoan, cơn bão số 3 (Yagi) làm sức mua phân bón vụ Hè Thu, vụ Mùa ở các tỉnh phía Bắc giảm. "
        "Thuế suất thuế giá trị gia tăng 5% đối với phân bón theo Luật số 48/2024/QH15 chỉ áp dụng từ ngày 01/7/2025.")
    d.p("II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2024")
    d.p("1. Sản xuất")
    d.p(f"Tổng sản lượng sản xuất cả năm đạt {P(sx)} tấn, bằng {P(r_sx_kh)}% kế hoạch năm ({P(sx_kh)} tấn), tăng {P(sx - sx_2023)} tấn "
        f"so với năm 2023 ({P(sx_2023)} tấn), tương ứng tăng {P(r_sx_23)}%; trong đó: phân NPK các loại {P(sx_npk)} tấn, chiếm "
        f"{P(s_npk)}%; phân lân nung chảy {P(sx_lan)} tấn, chiếm {P(s_lan)}%; phân hữu cơ vi sinh {P(sx_hc)} tấn, chiếm {P(s_hc)}%.",
        ratio(f"bằng {P(r_sx_kh)}% kế hoạch", sx, sx_kh, r_sx_kh, "inconsistent", "Sản xuất / kế hoạch (hai chữ số cuối đảo chỗ)"),
        diff(f"tăng {P(sx - sx_2023)} tấn", sx, sx_2023, "tăng", sx - sx_2023, "consistent", "Sản lượng 2024 - 2023"),
        term("so với năm 2023", "năm 2023", "năm 2023", "consistent", "Báo cáo năm 2024 so với năm trước"),
        ratio(f"tăng {P(r_sx_23)}%", sx, sx_2023, r_sx_23, "consistent", "Tốc độ tăng sản lượng", minus100=True),
        total(f"đạt {P(sx)} tấn", [sx_npk, sx_lan, sx_hc], sx, "consistent", "Sản lượng theo loại phân"),
        share(f"chiếm {P(s_npk)}%", sx_npk, sx, s_npk, "consistent", "NPK / tổng sản lượng"),
        share(f"chiếm {P(s_lan)}%", sx_lan, sx, s_lan, "consistent", "Lân nung chảy / tổng sản lượng"),
        share(f"chiếm {P(s_hc)}%", sx_hc, sx, s_hc, "rounding", "Hữu cơ vi sinh / tổng sản lượng"))
    d.p(f"Riêng dòng NPK chất lượng cao (NPK 3 màu, bổ sung trung vi lượng) sản xuất {P(npk_clc)} tấn, chiếm {P(s_clc)}% sản lượng NPK. "
        f"Tỷ lệ sản phẩm đạt chuẩn loại 1 là {P(cl)}%, tăng {P(cl - cl_23)}% so với năm 2023 ({P(cl_23)}%); định mức điện năng "
        f"bình quân {P(kwh)} kWh/tấn NPK, giảm {P(kwh_23 - kwh)} kWh/tấn (năm trước {P(kwh_23)} kWh/tấn).",
        share(f"chiếm {P(s_clc)}%", npk_clc, sx_npk, s_clc, "consistent", "NPK chất lượng cao / sản lượng NPK"),
        points(f"tăng {P(cl - cl_23)}%", cl, cl_23, "tăng", cl - cl_23, "consistent", "Tỷ lệ đạt chuẩn, chênh lệch điểm %"),
        term("so với năm 2023", "năm 2023", "năm 2023", "consistent", "So sánh tỷ lệ đạt chuẩn với năm trước"),
        diff(f"giảm {P(kwh_23 - kwh)} kWh/tấn", kwh, kwh_23, "giảm", kwh_23 - kwh, "consistent", "Định mức điện năng"))
    d.p("2. Tiêu thụ")
    d.p(f"Sản lượng tiêu thụ {P(tt)} tấn, đạt {P(r_tt_kh)}% kế hoạch ({P(tt_kh)} tấn). Chia theo thị trường: trong tỉnh {P(tt_tinh)} tấn, "
        f"chiếm {P(s_tinh)}%; ngoại tỉnh {P(tt_ngoai)} tấn, chiếm {P(s_ngoai)}%; xuất khẩu sang Lào và Campuchia {P(tt_xk)} tấn, "
        f"chiếm {P(s_xk)}%. Phân hữu cơ vi sinh tiêu thụ {P(hc_tt)} tấn, chiếm 16,7% lượng phân bón bán vào các vùng sản xuất "
        f"hữu cơ, VietGAP trên địa bàn.",
        ratio(f"đạt {P(r_tt_kh)}% kế hoạch", tt, tt_kh, r_tt_kh, "consistent", "Tiêu thụ / kế hoạch"),
        total(f"tiêu thụ {P(tt)} tấn", [tt_tinh, tt_ngoai, tt_xk], tt, "consistent", "Tiêu thụ chia theo thị trường (chia ra)"),
        share(f"chiếm {P(s_tinh)}%", tt_tinh, tt, s_tinh, "consistent", "Trong tỉnh / tiêu thụ"),
        share(f"chiếm {P(s_ngoai)}%", tt_ngoai, tt, s_ngoai, "inconsistent",
              "Ngoại tỉnh / tiêu thụ; 36,11% là 55.125 / 152.640 (chia nhầm cho sản lượng sản xuất)"),
        share(f"chiếm {P(s_xk)}%", tt_xk, tt, s_xk, "consistent", "Xuất khẩu / tiêu thụ"),
        amb("chiếm 16,7%", "share",
            "13.920 tấn / lượng bán vào vùng hữu cơ, VietGAP: mẫu số không nêu ở đâu (13.920 / 149.215 = 9,33% nếu hiểu là "
            "tổng tiêu thụ); không quyết định được"))
    d.p(f"Tồn kho thành phẩm đến 31/12/2024 còn {P(ton_cuoi)} tấn (đầu năm {P(ton_dau)} tấn, nhập kho từ sản xuất {P(sx)} tấn, "
        f"xuất bán {P(tt)} tấn).",
        stockflow(f"còn {P(ton_cuoi)} tấn", ton_dau, [sx], [tt], ton_cuoi, "consistent", "Tồn cuối = tồn đầu + nhập - xuất"),
        repeat(f"sản xuất {P(sx)} tấn", sx, sx, "consistent", "Sản lượng sản xuất 2024 nhắc lại", "mục 1"),
        repeat(f"bán {P(tt)} tấn", tt, tt, "consistent", "Sản lượng tiêu thụ 2024 nhắc lại", "mục 2"))
    d.p(f"Công tác thị trường: phối hợp với các trạm khuyến nông tổ chức {hoi_thao} hội thảo đầu bờ, thu hút {P(luot_nd)} lượt nông dân "
        f"tham dự, bình quân {P(bq_ht)} lượt/hội thảo; xây dựng 38 mô hình trình diễn trên diện tích 212,5 ha lúa, ngô, cam và chè tại "
        "11 huyện, thị xã; số lô hàng bị khách hàng phản ánh về chất lượng giảm còn 0,06%.",
        avg(f"bình quân {P(bq_ht)} lượt", luot_nd, hoi_thao, bq_ht, "consistent", "Lượt nông dân / hội thảo"))
    d.p("3. Doanh thu, chi phí và lợi nhuận")
    d.p(f"Tổng doanh thu đạt {P(dt)} tỷ đồng, đạt {P(r_dt_kh)}% kế hoạch ({P(dt_kh)} tỷ đồng) và tăng {P(dt - dt_23)} tỷ đồng so với "
        f"năm trước ({P(dt_23)} tỷ đồng); cơ cấu gồm: doanh thu bán phân bón {P(dt_pb)} tỷ đồng (chiếm {P(s_dtpb)}%), kinh doanh "
        f"vật tư nông nghiệp khác {P(dt_vt)} tỷ đồng, doanh thu hoạt động tài chính và thu nhập khác {P(dt_tc)} tỷ đồng.",
        ratio(f"đạt {P(r_dt_kh)}% kế hoạch", dt, dt_kh, r_dt_kh, "consistent", "Doanh thu / kế hoạch"),
        diff(f"tăng {P(dt - dt_23)} tỷ đồng", dt, dt_23, "tăng", dt - dt_23, "consistent", "Doanh thu 2024 - 2023"),
        total(f"đạt {P(dt)} tỷ đồng", [dt_pb, dt_vt, dt_tc], dt, "consistent", "Cơ cấu doanh thu (gồm)"),
        share(f"chiếm {P(s_dtpb)}%", dt_pb, dt, s_dtpb, "consistent", "Doanh thu phân bón / tổng doanh thu"))
    d.p(f"Giá vốn hàng bán {P(gv)} tỷ đồng, chiếm {P(s_gv)}% tổng doanh thu; chi phí bán hàng {P(bh)} tỷ đồng, giảm {P(bh - bh_23)} tỷ "
        f"đồng so với năm 2023 ({P(bh_23)} tỷ đồng); chi phí quản lý doanh nghiệp {P(ql)} tỷ đồng; chi phí tài chính (chủ yếu lãi vay "
        f"trên dư nợ bình quân {P(du_no_bq)} tỷ đồng) {P(cptc)} tỷ đồng; chi phí khác {P(cpk)} tỷ đồng.",
        share(f"chiếm {P(s_gv)}%", gv, dt, s_gv, "rounding", "Giá vốn / tổng doanh thu"),
        diff(f"giảm {P(bh - bh_23)} tỷ", bh, bh_23, "giảm", bh - bh_23, "inconsistent",
             "Chi phí bán hàng tăng từ 38,9 lên 41,3 nhưng viết 'giảm' (trừ ngược chiều)"),
        term("so với năm 2023", "năm 2023", "năm 2023", "consistent", "So sánh chi phí bán hàng với năm trước"))
    d.p(f"Sau khi trừ các khoản chi phí nêu trên, lợi nhuận trước thuế đạt {P(lntt)} tỷ đồng, vượt {P(r_ln_kh)}% kế hoạch "
        f"({P(lntt_kh)} tỷ đồng), tăng {P(lntt - lntt_23)} tỷ đồng so với năm 2022 (năm 2023 đạt {P(lntt_23)} tỷ đồng); lợi nhuận sau "
        f"thuế {P(lnst)} tỷ đồng sau khi trích nộp thuế thu nhập doanh nghiệp {P(tndn)} tỷ đồng. Tỷ suất lợi nhuận sau thuế trên "
        f"vốn điều lệ đạt {P(s_lnst)}%.",
        remainder(f"lợi nhuận trước thuế đạt {P(lntt)} tỷ đồng", dt, [gv, bh, ql, cptc, cpk], lntt, "consistent",
                  "LNTT = doanh thu - giá vốn - CPBH - CPQL - CPTC - chi phí khác"),
        ratio(f"vượt {P(r_ln_kh)}% kế hoạch", lntt, lntt_kh, r_ln_kh, "consistent", "LNTT vượt kế hoạch", minus100=True),
        diff(f"tăng {P(lntt - lntt_23)} tỷ đồng", lntt, lntt_23, "tăng", lntt - lntt_23, "consistent", "LNTT 2024 - 2023"),
        term("so với năm 2022", "năm 2022", "năm 2023", "inconsistent",
             "Mức tăng 7,12 = 58,74 - 51,62 (năm 2023) nhưng câu ghi so với năm 2022"),
        remainder(f"thuế {P(lnst)} tỷ đồng", lntt, [tndn], lnst, "consistent", "LNST = LNTT - thuế TNDN"),
        share(f"đạt {P(s_lnst)}%", lnst, von, s_lnst, "consistent", "LNST / vốn điều lệ"))
    d.p(f"Nộp ngân sách nhà nước {P(ns_written)} tỷ đồng, gồm: thuế giá trị gia tăng {P(ns[0])} tỷ đồng; thuế thu nhập doanh nghiệp "
        f"{P(ns[1])} tỷ đồng; tiền thuê đất {P(ns[2])} tỷ đồng; thuế tài nguyên, phí bảo vệ môi trường và các khoản khác {P(ns[3])} tỷ đồng.",
        total(f"nước {P(ns_written)} tỷ đồng", ns, ns_written, "inconsistent",
              "Nộp ngân sách (gồm)", extra=" (36,8 gõ đảo thành 38,6)"),
        repeat(f"doanh nghiệp {P(tndn)} tỷ", tndn, tndn, "consistent", "Thuế TNDN nhắc lại", "đoạn lợi nhuận"))
    d.p(f"Thu nhập bình quân của người lao động {P(tn)} triệu đồng/người/tháng, bằng {P(r_tn)}% năm 2023 ({P(tn_23)} triệu đồng). "
        f"Hội đồng quản trị dự kiến trình Đại hội đồng cổ đông chia cổ tức năm 2024 tỷ lệ {P(co_tuc)}%/vốn điều lệ, tương đương "
        f"{P(von * co_tuc / 100)} tỷ đồng.",
        ratio(f"bằng {P(r_tn)}%", tn, tn_23, r_tn, "consistent", "Thu nhập bình quân so với năm trước"),
        term(f"% năm 2023", "năm 2023", "năm 2023", "consistent", "So sánh thu nhập với năm trước"),
        amount_share(f"tương đương {P(von * co_tuc / 100)} tỷ đồng", von, co_tuc, von * co_tuc / 100, "consistent",
                     "Cổ tức = vốn điều lệ x tỷ lệ"))
    d.p(f"Giá trị đầu tư xây dựng cơ bản thực hiện {P(dtu_written)} tỷ đồng, gồm: dây chuyền sấy, tạo hạt NPK {P(dtu[0])} tỷ đồng; kho "
        f"thành phẩm 3.000 m² tại Nghi Lộc {P(dtu[1])} tỷ đồng; {z(5)} xe vận tải {P(dtu[2])} tỷ đồng; hệ thống quản trị ERP {P(dtu[3])} "
        f"tỷ đồng; đạt ...% kế hoạch vốn.",
        total(f"thực hiện {P(dtu_written)} tỷ đồng", dtu, dtu_written, "inconsistent", "Đầu tư XDCB (gồm)",
              extra=" (bỏ sót hạng mục ERP 2,3)"))
    d.p("Phong trào sáng kiến: Hội đồng khoa học Công ty công nhận 27 sáng kiến, cải tiến kỹ thuật, trong đó 16 sáng kiến tiết kiệm "
        "năng lượng, 14 sáng kiến giảm phát thải, bảo vệ môi trường; giá trị làm lợi ước tính 3,4 tỷ đồng.",
        amb("công nhận 27 sáng kiến", "sum",
            "16 + 14 = 30 > 27: một sáng kiến có thể vừa tiết kiệm năng lượng vừa giảm phát thải (hai tiêu chí chồng lấn), "
            "không biết có đếm trùng"))
    d.p(f"Đến 31/12/2024, dư nợ vay ngân hàng còn {P(du_no)} tỷ đồng, giảm {P(du_no_giam)} tỷ đồng; nợ phải thu quá hạn 18,6 tỷ đồng, "
        "chiếm 7,2% tổng công nợ phải thu; hệ số nợ phải trả trên vốn chủ sở hữu 0,87 lần.",
        amb(f"giảm {P(du_no_giam)} tỷ đồng", "difference",
            "Không nêu dư nợ đầu kỳ; số duy nhất có là dư nợ bình quân 246,3 (246,3 - 214,5 = 31,8): kỳ gốc không rõ"),
        amb("chiếm 7,2%", "share", "Tổng công nợ phải thu không nêu: mẫu số không có trong văn bản"))
    d.p("III. ĐÁNH GIÁ CHUNG")
    d.p(f"Năm 2024 Công ty hoàn thành 7/8 chỉ tiêu chủ yếu (87,5%): tổng sản lượng sản xuất {P(sx_summary)} tấn, doanh thu "
        f"{P(dt)} tỷ đồng, lợi nhuận trước thuế {P(lntt)} tỷ đồng đều vượt kế hoạch; chỉ tiêu chưa đạt là sản lượng tiêu thụ "
        f"{P(tt)} tấn ({P(r_tt_kh)}%).",
        fraction("7/8 chỉ tiêu chủ yếu (87,5%)", 7, 8, D("87.5"), "consistent",
                 "Chỉ tiêu đạt / chỉ tiêu giao (8 chỉ tiêu ở chú thích; chưa đạt: tiêu thụ)"),
        repeat(f"xuất {P(sx_summary)} tấn", sx, sx_summary, "inconsistent", "Sản lượng sản xuất nhắc lại ở phần đánh giá",
               "mục II.1"),
        repeat(f"thu {P(dt)} tỷ đồng", dt, dt, "consistent", "Doanh thu nhắc lại"),
        repeat(f"thuế {P(lntt)} tỷ đồng", lntt, lntt, "consistent", "LNTT nhắc lại"),
        repeat(f"tiêu thụ {P(tt)} tấn", tt, tt, "consistent", "Tiêu thụ nhắc lại"),
        repeat(f"({P(r_tt_kh)}%)", r_tt_kh, r_tt_kh, "consistent", "Tỷ lệ tiêu thụ / kế hoạch nhắc lại"))
    d.p("Tồn tại, hạn chế: sản lượng tiêu thụ chưa đạt kế hoạch do sức mua giảm sau bão; công nợ đại lý còn cao, một số đại lý ở "
        "Hà Tĩnh chậm thanh toán; dây chuyền lân nung chảy đã vận hành trên 20 năm, tiêu hao than cốc lớn; công tác dự báo giá "
        "nguyên liệu còn bị động, chưa chủ động ký hợp đồng dài hạn với nhà cung cấp kali.")
    d.p("Công tác lao động, tiền lương: Công ty hiện có 421 lao động ký hợp đồng, thực hiện đầy đủ chế độ bảo hiểm, khám sức khỏe "
        "định kỳ; tổ chức 09 lớp huấn luyện an toàn, vệ sinh lao động theo Điều 14 Nghị định số 44/2016/NĐ-CP.",
        amb("hiện có 421 lao động", "repeat",
            "Đoạn I ghi 418 người tại 31/12/2024; 'hiện có' không nêu ngày (báo cáo ký 20/01/2025), có thể là thời điểm khác"))
    d.p("IV. KẾ HOẠCH NĂM 2025")
    d.p(f"Sản lượng sản xuất {P(kh25_sx)} tấn, tăng {P(r25_sx)}% so với thực hiện năm 2024; doanh thu {P(kh25_dt)} tỷ đồng, bằng "
        f"{P(r25_dt)}% thực hiện năm 2024; lợi nhuận trước thuế 60 tỷ đồng; nộp ngân sách ... tỷ đồng; cổ tức không thấp hơn 12%.",
        ratio(f"tăng {P(r25_sx)}%", kh25_sx, sx, r25_sx, "consistent", "Kế hoạch sản xuất 2025 / thực hiện 2024", minus100=True),
        term("so với thực hiện năm 2024", "năm 2024", "năm 2024", "consistent", "Kế hoạch 2025 so với thực hiện năm trước"),
        ratio(f"bằng {P(r25_dt)}%", kh25_dt, dt, r25_dt, "consistent", "Kế hoạch doanh thu 2025 / thực hiện 2024"),
        term("% thực hiện năm 2024", "năm 2024", "năm 2024", "consistent", "Kế hoạch doanh thu so với năm trước"))
    d.p("Nhiệm vụ trọng tâm: a) hoàn thành đầu tư dây chuyền NPK hóa lỏng công suất 30.000 tấn/năm; b) mở rộng thị trường Lào, "
        "Campuchia; c) rà soát, bổ sung quy chế quản trị theo Điều lệ Công ty sửa đổi năm 2024.")
    d.p("Nơi nhận: - HĐQT, Ban Kiểm soát; - Lưu: VT, KH.")
    d.p("TỔNG GIÁM ĐỐC")
    d.p(FN + f"Chỉ tiêu giao tại Quyết định số 112/QĐ-HĐQT: sản lượng sản xuất {P(sx_kh)} tấn; tiêu thụ {P(tt_kh)} tấn; doanh thu "
        f"{P(dt_kh)} tỷ đồng; lợi nhuận trước thuế {P(lntt_kh)} tỷ đồng; nộp ngân sách 36 tỷ đồng; thu nhập bình quân 10 triệu "
        f"đồng/người/tháng; cổ tức 10%; vốn đầu tư 27 tỷ đồng.",
        repeat(f"sản lượng sản xuất {P(sx_kh)} tấn", sx_kh, sx_kh, "consistent", "Kế hoạch sản xuất nhắc lại"),
        repeat(f"doanh thu {P(dt_kh)} tỷ", dt_kh, dt_kh, "consistent", "Kế hoạch doanh thu nhắc lại"),
        repeat(f"trước thuế {P(lntt_kh)} tỷ", lntt_kh, lntt_kh, "consistent", "Kế hoạch LNTT nhắc lại"))
    d.p(FN + "Sáng kiến tiêu biểu: thu hồi nhiệt khí thải lò sấy (làm lợi 1,12 tỷ đồng/năm); thay bao PP bằng bao 02 lớp có lớp lót "
        "tái chế.")
    return d


# ============================================================================= draft 2
def draft2():
    d = Draft("d20-02-cong-ty-che-bien-go")
    g_tinh, g_nk = 48620, 6840
    g_tong = g_tinh + g_nk
    g_fsc = 31250
    nvl = [D("198.4"), D("32.7"), D("12.8"), D("9.6")]
    nvl_written = sum(nvl[:3])  # transport left out
    q = [D("118.6"), D("146.25"), D("147.53")]
    gtsx = sum(q)
    gtsx_23 = D("365.9")
    ct = [1846, 512, 298]
    ct_tong = sum(ct)
    ct_q3, ct_q3_23 = 1012, 855
    hs, hs_23 = D("47.6"), D("45.3")
    loi, loi_23 = D("1.8"), D("2.2")
    xk = [D("6.12"), D("4.95"), D("2.08"), D("1.71")]
    kn = sum(xk)
    kn_kh = D("20")
    kn_summary = D("14.68")
    ton, ton_dau = 86, 59
    dtt, dtt_kh, dtt_23 = D("438.72"), D("615"), D("392.54")
    dt_xk = D("361.4")
    ln_q = [D("6.4"), D("5.86"), D("9.38")]
    ln = sum(ln_q)
    ln_kh, ln_23 = D("27.5"), D("18.92")
    ns = [D("7.73"), D("4.33"), D("2.9"), D("3.29")]
    ns_tong = sum(ns)
    ns_kh = D("24")
    ld_dau, ky_moi, nghi = 1042, 214, 130
    ld = ld_dau + ky_moi - nghi
    ld_nu, ld_dtts, ld_tv, ld_tt = 587, 96, 143, 946
    ld_tang_viet = 48  # 84 with the digits swapped
    quy_luong = D("88.47")
    tn_bq = rnd(quy_luong * 1000 / (ld * 9), 2)
    tn_23 = D("8.15")
    tmdt, lk_23, gn_9t = D("182.5"), D("55.7"), D("41.6")
    lk = lk_23 + gn_9t
    kn_q4 = D("5.6")
    dt_q4 = dtt_kh - dtt

    s_fsc = stated_share(g_fsc, g_tinh)
    s_nk = stated_share(g_nk, g_tong)
    r_gtsx = stated_ratio(gtsx, gtsx_23, minus100=True)
    s_q3 = stated_share(q[2], gtsx)
    s_ct = [stated_share(ct[0], ct_tong), stated_share(ct[1], ct_tong, 2, "rounding"), stated_share(ct[2], ct_tong)]
    r_ct_q3 = stated_ratio(ct_q3, ct_q3_23, 1, minus100=True)
    r_kn = stated_ratio(kn, kn_kh)
    s_eu, s_nb, s_khac = stated_share(xk[0], kn), stated_share(xk[2], kn), stated_share(xk[3], kn)
    s_my_true = stated_share(xk[1], kn)
    s_my = D("33.13")  # 33,31 with 3 and 1 swapped
    r_dtt = stated_ratio(dtt, dtt_kh)
    s_dtxk = stated_share(dt_xk, dtt, 2, "rounding")
    r_ln_kh = stated_ratio(ln, ln_kh)
    r_ln_23 = stated_ratio(ln, ln_23, minus100=True)
    r_ln_q = rnd(ln_q[2] / ln_q[1], 1)
    r_ns = stated_ratio(ns_tong, ns_kh)
    s_nu = stated_share(ld_nu, ld_dau)  # divided by the headcount at 31/12/2023
    s_tt = stated_share(ld_tt, ld)
    r_tn = stated_ratio(tn_bq, tn_23, 1, minus100=True)
    s_gn = stated_share(lk, tmdt, 2, "rounding")
    r_kn_nam = stated_ratio(kn + kn_q4, kn_kh, 1, minus100=True)

    d.p("CÔNG TY TNHH MỘT THÀNH VIÊN CHẾ BIẾN GỖ XUẤT KHẨU BÌNH ĐỊNH")
    d.p("Số: 286/BC-CBG")
    d.p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM - Độc lập - Tự do - Hạnh phúc")
    d.p("Quy Nhơn, ngày 08 tháng 10 năm 2024")
    d.p("BÁO CÁO")
    d.p("Tình hình sản xuất, kinh doanh 9 tháng đầu năm và nhiệm vụ trọng tâm quý IV năm 2024")
    d.p("Kính gửi: Ủy ban nhân dân tỉnh Bình Định (cơ quan đại diện chủ sở hữu).")
    d.p("Thực hiện Công văn số 5127/UBND-KT ngày 19/9/2024 của UBND tỉnh về việc báo cáo tình hình hoạt động của doanh nghiệp "
        "nhà nước 9 tháng năm 2024, Công ty báo cáo như sau:")
    d.p("Khái quát: 9 tháng năm 2024, thị trường đồ gỗ ngoài trời tại EU và Hoa Kỳ phục hồi chậm, khách hàng chia nhỏ đơn hàng, "
        "yêu cầu giao nhanh; Quy định chống phá rừng của EU (EUDR) buộc doanh nghiệp chuẩn bị hồ sơ truy xuất nguồn gốc đến "
        "từng lô đất; mưa lớn cuối quý III làm gián đoạn khai thác gỗ rừng trồng. Công ty hiện có 02 nhà máy chế biến tại Phù "
        "Cát và Nhơn Hòa, 01 xưởng viên nén và 01 tổng kho tại cảng Quy Nhơn.")
    d.p("I. KẾT QUẢ THỰC HIỆN 9 THÁNG NĂM 2024")
    d.p("1. Nguyên liệu")
    d.p(f"- Gỗ tròn nguyên liệu đưa vào sản xuất: {P(g_tong)} m³, gồm gỗ rừng trồng trong tỉnh {P(g_tinh)} m³ và gỗ nhập khẩu "
        f"(thông, bạch dương) {P(g_nk)} m³, gỗ nhập khẩu chiếm {P(s_nk)}%; trong đó gỗ có chứng chỉ FSC {P(g_fsc)} m³, bằng "
        f"{P(s_fsc)}% lượng gỗ rừng trồng thu mua.",
        total(f"sản xuất: {P(g_tong)} m³", [g_tinh, g_nk], g_tong, "consistent", "Gỗ tròn đưa vào sản xuất (gồm)"),
        share(f"chiếm {P(s_nk)}%", g_nk, g_tong, s_nk, "consistent", "Gỗ nhập khẩu / gỗ tròn đưa vào sản xuất"),
        share(f"bằng {P(s_fsc)}%", g_fsc, g_tinh, s_fsc, "consistent", "Gỗ FSC / gỗ rừng trồng", "gỗ rừng trồng"))
    d.p("- Giá thu mua gỗ keo tại bãi bình quân 1,28 triệu đồng/tấn, tăng 0,17 triệu đồng/tấn; có thời điểm tháng 7, tháng 8 "
        "lên 1,35 triệu đồng/tấn do mưa kéo dài, các nhà máy dăm tranh mua (giá đầu vụ tháng 01/2024 là 1,15 triệu đồng/tấn).",
        amb("tăng 0,17 triệu", "difference",
            "Không nói tăng so với kỳ nào; 1,28 - 1,15 (đầu vụ tháng 01/2024) = 0,13; kỳ gốc có thể là cùng kỳ 2023, không nêu"))
    d.p(f"- Chi phí nguyên vật liệu 9 tháng {P(nvl_written)} tỷ đồng, gồm: gỗ tròn {P(nvl[0])} tỷ đồng; keo dán, sơn, phụ kiện kim "
        f"khí {P(nvl[1])} tỷ đồng; bao bì, thùng carton {P(nvl[2])} tỷ đồng; vận chuyển nguyên liệu về nhà máy {P(nvl[3])} tỷ đồng.",
        total(f"9 tháng {P(nvl_written)} tỷ đồng", nvl, nvl_written, "inconsistent", "Chi phí nguyên vật liệu (gồm)",
              extra=" (bỏ sót khoản vận chuyển 9,6)"))
    d.p("2. Sản xuất")
    d.p(f"- Giá trị sản xuất công nghiệp (giá so sánh 2010) đạt {P(gtsx)} tỷ đồng, tăng {P(r_gtsx)}% so với 9 tháng năm 2023 "
        f"({P(gtsx_23)} tỷ đồng); chia theo quý lần lượt là {P(q[0])} tỷ đồng, {P(q[1])} tỷ đồng và {P(q[2])} tỷ đồng, quý III "
        f"chiếm {P(s_q3)}%.",
        total(f"đạt {P(gtsx)} tỷ đồng", q, gtsx, "consistent", "Giá trị sản xuất theo quý I, II, III"),
        ratio(f"tăng {P(r_gtsx)}%", gtsx, gtsx_23, r_gtsx, "consistent", "GTSX 9 tháng 2024 / cùng kỳ", minus100=True),
        term("so với 9 tháng năm 2023", "9 tháng năm 2023", "9 tháng năm 2023", "consistent", "Cùng kỳ năm trước"),
        share(f"chiếm {P(s_q3)}%", q[2], gtsx, s_q3, "consistent", "Quý III / 9 tháng"))
    d.p(f"- Sản phẩm hoàn thành {P(ct_tong)} container 40 feet, gồm: đồ gỗ ngoài trời {P(ct[0])} container, đồ gỗ nội thất "
        f"{ct[1]} container, ván ghép thanh và viên nén gỗ {ct[2]} container, tương ứng {P(s_ct[0])}%, {P(s_ct[1])}% và "
        f"{P(s_ct[2])}%. Riêng quý III hoàn thành {P(ct_q3)} container, tăng {P(r_ct_q3)}% so với quý III/2023 ({ct_q3_23} container).",
        total(f"hoàn thành {P(ct_tong)} container", ct, ct_tong, "consistent", "Sản phẩm theo nhóm (gồm)"),
        share(f"tương ứng {P(s_ct[0])}%", ct[0], ct_tong, s_ct[0], "consistent", "Đồ gỗ ngoài trời / tổng container"),
        share(f"{P(s_ct[1])}%", ct[1], ct_tong, s_ct[1], "rounding", "Đồ gỗ nội thất / tổng container"),
        share(f"và {P(s_ct[2])}%", ct[2], ct_tong, s_ct[2], "consistent", "Ván ghép, viên nén / tổng container"),
        ratio(f"tăng {P(r_ct_q3)}%", ct_q3, ct_q3_23, r_ct_q3, "consistent", "Container quý III so với quý III/2023",
              minus100=True),
        term("so với quý III/2023", "quý III/2023", "quý III/2023", "consistent", "Quý III so với cùng quý năm trước"))
    d.p(f"- Hiệu suất sử dụng gỗ (thành phẩm/gỗ tròn) đạt {P(hs)}%, tăng {P(hs - hs_23)}% so với cùng kỳ ({P(hs_23)}%); tỷ lệ "
        f"sản phẩm lỗi phải tái chế {P(loi)}%, giảm {P(loi_23 - loi)}% (cùng kỳ {P(loi_23)}%). Sản phẩm mang nhãn FSC 1.564 "
        "container, chiếm 80,6% số container xuất theo đơn hàng yêu cầu chứng chỉ.",
        points(f"tăng {P(hs - hs_23)}%", hs, hs_23, "tăng", hs - hs_23, "consistent", "Hiệu suất sử dụng gỗ, điểm %"),
        points(f"giảm {P(loi_23 - loi)}%", loi, loi_23, "giảm", loi_23 - loi, "consistent", "Tỷ lệ sản phẩm lỗi, điểm %"),
        amb("chiếm 80,6%", "share",
            "Số container theo đơn hàng yêu cầu chứng chỉ không nêu; 1.564 / 2.656 = 58,89% nếu lấy tổng sản phẩm"))
    d.p("3. Tiêu thụ, xuất khẩu")
    d.p(f"Kim ngạch xuất khẩu 9 tháng đạt {P(kn)} triệu USD, bằng {P(r_kn)}% kế hoạch năm ({P(kn_kh)} triệu USD). Theo thị trường: "
        f"EU {P(xk[0])} triệu USD ({P(s_eu)}%); Hoa Kỳ {P(xk[1])} triệu USD ({P(s_my)}%); Nhật Bản {P(xk[2])} triệu USD "
        f"({P(s_nb)}%); Hàn Quốc và các thị trường khác {P(xk[3])} triệu USD ({P(s_khac)}%).",
        total(f"đạt {P(kn)} triệu USD", xk, kn, "consistent", "Kim ngạch theo thị trường"),
        ratio(f"bằng {P(r_kn)}% kế hoạch", kn, kn_kh, r_kn, "consistent", "Kim ngạch / kế hoạch năm"),
        share(f"({P(s_eu)}%)", xk[0], kn, s_eu, "consistent", "EU / kim ngạch"),
        share(f"({P(s_my)}%)", xk[1], kn, s_my, "inconsistent", "Hoa Kỳ / kim ngạch (33,31 gõ đảo thành 33,13)"),
        share(f"({P(s_nb)}%)", xk[2], kn, s_nb, "consistent", "Nhật Bản / kim ngạch"),
        share(f"({P(s_khac)}%)", xk[3], kn, s_khac, "consistent", "Thị trường khác / kim ngạch"))
    d.p(f"Tồn kho thành phẩm đến 30/9/2024 là {ton} container, giảm {ton - ton_dau} container so với đầu năm ({ton_dau} container), "
        "chủ yếu là hàng chờ xuất theo lịch tàu tháng 10; đơn hàng đã ký cho quý IV/2024 và quý I/2025 khoảng 926 container.",
        diff(f"giảm {ton - ton_dau} container", ton, ton_dau, "giảm", ton - ton_dau, "inconsistent",
             "Tồn kho tăng từ 59 lên 86 nhưng viết 'giảm'"))
    d.p("4. Doanh thu, lợi nhuận, nộp ngân sách")
    d.p(f"Doanh thu thuần {P(dtt)} tỷ đồng, bằng {P(r_dtt)}% kế hoạch năm ({P(dtt_kh)} tỷ đồng), tăng {P(dtt - dtt_23)} tỷ đồng so với "
        f"9 tháng năm 2022 (9 tháng năm 2023 là {P(dtt_23)} tỷ đồng). Trong đó doanh thu xuất khẩu {P(dt_xk)} tỷ đồng, chiếm "
        f"{P(s_dtxk)}%, còn lại doanh thu nội địa {P(dtt - dt_xk)} tỷ đồng.",
        ratio(f"bằng {P(r_dtt)}% kế hoạch", dtt, dtt_kh, r_dtt, "consistent", "Doanh thu thuần / kế hoạch năm"),
        diff(f"tăng {P(dtt - dtt_23)} tỷ đồng", dtt, dtt_23, "tăng", dtt - dtt_23, "consistent", "Doanh thu 9 tháng 2024 - 2023"),
        term("so với 9 tháng năm 2022", "9 tháng năm 2022", "9 tháng năm 2023", "inconsistent",
             "Mức tăng 46,18 = 438,72 - 392,54 (9 tháng năm 2023) nhưng câu ghi năm 2022"),
        share(f"chiếm {P(s_dtxk)}%", dt_xk, dtt, s_dtxk, "rounding", "Doanh thu xuất khẩu / doanh thu thuần"),
        remainder(f"nội địa {P(dtt - dt_xk)} tỷ", dtt, [dt_xk], dtt - dt_xk, "consistent", "Còn lại = doanh thu thuần - xuất khẩu"))
    d.p(f"Lợi nhuận trước thuế {P(ln)} tỷ đồng, bằng {P(r_ln_kh)}% kế hoạch năm ({P(ln_kh)} tỷ đồng), tăng {P(r_ln_23)}% so với cùng "
        f"kỳ năm 2023 ({P(ln_23)} tỷ đồng); chia theo quý: quý I {P(ln_q[0])} tỷ đồng, quý II {P(ln_q[1])} tỷ đồng, quý III "
        f"{P(ln_q[2])} tỷ đồng, gấp {P(r_ln_q)} lần quý II.",
        ratio(f"bằng {P(r_ln_kh)}% kế hoạch", ln, ln_kh, r_ln_kh, "consistent", "LNTT / kế hoạch năm"),
        ratio(f"tăng {P(r_ln_23)}%", ln, ln_23, r_ln_23, "consistent", "LNTT so với cùng kỳ", minus100=True),
        term("so với cùng kỳ năm 2023", "năm 2023", "năm 2023", "consistent", "Cùng kỳ năm trước"),
        total(f"trước thuế {P(ln)} tỷ đồng", ln_q, ln, "consistent", "LNTT theo quý"),
        ratio(f"gấp {P(r_ln_q)} lần", ln_q[2], ln_q[1], r_ln_q, "consistent", "Quý III / quý II", times=True))
    d.p(f"Nộp ngân sách 9 tháng {P(ns_tong)} tỷ đồng (thuế giá trị gia tăng hàng nội địa {P(ns[0])} tỷ đồng, thuế thu nhập doanh "
        f"nghiệp tạm nộp {P(ns[1])} tỷ đồng, tiền thuê đất {P(ns[2])} tỷ đồng, phí, lệ phí và khoản khác {P(ns[3])} tỷ đồng), bằng "
        f"{P(r_ns)}% kế hoạch năm; được hoàn thuế giá trị gia tăng hàng xuất khẩu 21,7 tỷ đồng.",
        total(f"9 tháng {P(ns_tong)} tỷ đồng", ns, ns_tong, "consistent", "Nộp ngân sách theo khoản"),
        ratio(f"bằng {P(r_ns)}%", ns_tong, ns_kh, r_ns, "consistent", "Nộp ngân sách / kế hoạch năm (24 tỷ, chú thích)"))
    d.p("5. Lao động, thu nhập")
    d.p(f"Tổng số lao động đến 30/9/2024 là {P(ld)} người, tăng {ld_tang_viet} người so với 31/12/2023 "
        f"({P(ld_dau)} người); lao động trực tiếp sản xuất {ld_tt} người, chiếm {P(s_tt)}%; lao động nữ {ld_nu} người, chiếm "
        f"{P(s_nu)}%; lao động người dân tộc thiểu số {ld_dtts} người; lao động thời vụ {ld_tv} người.",
        diff(f"tăng {ld_tang_viet} người", ld, ld_dau, "tăng", ld_tang_viet, "inconsistent",
             "Lao động tăng 1.126 - 1.042 = 84, viết 48 (đảo chữ số)"),
        share(f"chiếm {P(s_tt)}%", ld_tt, ld, s_tt, "consistent", "Trực tiếp sản xuất / tổng lao động"),
        share(f"chiếm {P(s_nu)}%", ld_nu, ld, s_nu, "inconsistent",
              "Nữ / tổng lao động 30/9/2024; 56,33% = 587 / 1.042 (chia nhầm cho số đầu năm)"),
        subset(f"thiểu số {ld_dtts} người", ld_dtts, ld, "consistent", "Lao động DTTS thuộc tổng lao động"),
        subset(f"thời vụ {ld_tv} người", ld_tv, ld, "consistent", "Lao động thời vụ thuộc tổng lao động"))
    d.p(f"Trong 9 tháng, Công ty ký mới {ky_moi} hợp đồng lao động, trong đó 126 lao động tại địa phương, 97 lao động đến từ các huyện "
        f"miền núi An Lão, Vĩnh Thạnh, Vân Canh; chấm dứt hợp đồng {nghi} người (nghỉ hưu 11, đơn phương nghỉ việc 119).",
        amb(f"ký mới {ky_moi} hợp đồng", "sum",
            "126 + 97 = 223 > 214: 'tại địa phương' và 'huyện miền núi' là hai cách phân loại có thể chồng lấn (lao động tại "
            "địa phương có thể ở huyện miền núi); không kết luận được"),
        stockflow(f"hợp đồng {nghi} người", ld_dau, [ky_moi], [nghi], ld, "consistent",
                  "Lao động 30/9 = 31/12/2023 + ký mới - chấm dứt (1.042 + 214 - 130)"),
        total(f"{nghi} người (nghỉ hưu", [11, 119], nghi, "consistent", "Chấm dứt hợp đồng = nghỉ hưu + nghỉ việc"))
    d.p(f"Tổng quỹ tiền lương 9 tháng {P(quy_luong)} tỷ đồng, thu nhập bình quân {P(tn_bq)} triệu đồng/người/tháng (tính trên số lao "
        f"động có đến 30/9/2024), tăng {P(r_tn)}% so với cùng kỳ ({P(tn_23)} triệu đồng); năng suất lao động bình quân 389,5 triệu "
        "đồng/người.",
        avg(f"bình quân {P(tn_bq)} triệu", quy_luong * 1000, ld * 9, tn_bq, "consistent",
            "Quỹ lương (triệu đồng) / (1.126 người x 9 tháng)"),
        ratio(f"tăng {P(r_tn)}%", tn_bq, tn_23, r_tn, "consistent", "Thu nhập bình quân so với cùng kỳ", minus100=True),
        amb("389,5 triệu", "ratio",
            "Năng suất = GTSX / số lao động, nhưng số lao động dùng làm mẫu không rõ (412,38 tỷ / 1.126 = 366,2; / 1.042 = 395,8; "
            "lao động bình quân không nêu)"))
    d.p("6. Đầu tư")
    d.p(f"Dự án Nhà máy viên nén gỗ công suất 60.000 tấn/năm (Quyết định chủ trương đầu tư số 1875/QĐ-UBND ngày 12/6/2023): tổng "
        f"mức đầu tư {P(tmdt)} tỷ đồng; lũy kế giải ngân đến 30/9/2024 là {P(lk)} tỷ đồng, đạt {P(s_gn)}% (năm 2023 giải ngân "
        f"{P(lk_23)} tỷ đồng, 9 tháng năm 2024 giải ngân {P(gn_9t)} tỷ đồng), còn lại {P(tmdt - lk)} tỷ đồng chưa giải ngân. Hạng mục nhà "
        "xưởng, kho nguyên liệu đã hoàn thành; dây chuyền ép viên số 1 chạy thử từ tháng 8/2024, dự kiến nghiệm thu đưa vào sử "
        "dụng trong tháng 11/2024.",
        share(f"đạt {P(s_gn)}%", lk, tmdt, s_gn, "rounding", "Lũy kế giải ngân / tổng mức đầu tư"),
        total(f"là {P(lk)} tỷ đồng", [lk_23, gn_9t], lk, "consistent", "Lũy kế = năm 2023 + 9 tháng 2024"),
        remainder(f"còn lại {P(tmdt - lk)} tỷ", tmdt, [lk], tmdt - lk, "consistent", "Còn lại = tổng mức - lũy kế"))
    d.p("II. ĐÁNH GIÁ CHUNG")
    d.p(f"Nhìn chung, 9 tháng năm 2024 Công ty duy trì sản xuất ổn định: kim ngạch xuất khẩu {P(kn_summary)} triệu USD, bằng "
        f"{P(r_kn)}% kế hoạch; doanh thu thuần {P(dtt)} tỷ đồng; lợi nhuận trước thuế ước đạt 23,1 tỷ đồng; 4/5 chỉ tiêu chủ yếu "
        "(80%) đạt trên 70% kế hoạch năm. Hạn chế: cước vận tải biển tuyến châu Âu có thời điểm tăng gấp 2 - 3 lần; thiếu "
        "thợ tay nghề cao ở khâu hoàn thiện, phun sơn; hồ sơ truy xuất nguồn gốc theo EUDR mới hoàn thành khoảng một nửa "
        "diện tích vùng nguyên liệu liên kết; vốn lưu động phụ thuộc nhiều vào vay ngắn hạn.",
        repeat(f"xuất khẩu {P(kn_summary)} triệu", kn, kn_summary, "inconsistent", "Kim ngạch 9 tháng nhắc lại", "mục I.3"),
        repeat(f"bằng {P(r_kn)}% kế hoạch", r_kn, r_kn, "consistent", "Tỷ lệ kim ngạch / kế hoạch nhắc lại"),
        repeat(f"thuần {P(dtt)} tỷ", dtt, dtt, "consistent", "Doanh thu thuần nhắc lại"),
        amb("ước đạt 23,1 tỷ", "repeat",
            "Mục I.4 ghi LNTT 9 tháng 21,64 tỷ; 23,1 là số 'ước', không rõ tính đến thời điểm nào (có thể gồm ước tháng 10)"),
        fraction("4/5 chỉ tiêu chủ yếu (80%)", 4, 5, D("80"), "consistent",
                 "Chỉ tiêu đạt trên 70% / 5 chỉ tiêu ở chú thích (kim ngạch 74,30; doanh thu 71,34; LNTT 78,69; nộp NS "
                 "76,04 đạt; GTSX 412,38/600 = 68,73% chưa đạt)"))
    d.p("III. NHIỆM VỤ TRỌNG TÂM QUÝ IV NĂM 2024")
    d.p(f"- Phấn đấu kim ngạch xuất khẩu quý IV đạt {P(kn_q4)} triệu USD để cả năm đạt {P(kn + kn_q4)} triệu USD, vượt "
        f"{P(r_kn_nam)}% kế hoạch; doanh thu quý IV tối thiểu {P(dt_q4)} tỷ đồng để cả năm đạt {P(dtt_kh)} tỷ đồng như kế hoạch.",
        total(f"năm đạt {P(kn + kn_q4)} triệu USD", [kn, kn_q4], kn + kn_q4, "consistent", "Cả năm = 9 tháng + quý IV"),
        ratio(f"vượt {P(r_kn_nam)}%", kn + kn_q4, kn_kh, r_kn_nam, "consistent", "Kim ngạch ước cả năm vượt kế hoạch",
              minus100=True),
        total(f"năm đạt {P(dtt_kh)} tỷ đồng", [dtt, dt_q4], dtt_kh, "consistent", "Doanh thu cả năm = 9 tháng + quý IV"))
    d.p("+ Hoàn thành lắp đặt dây chuyền ép viên số 2 trước ngày 31/12/2024; + rà soát định mức tiêu hao gỗ theo Điều 7 Quy chế "
        "quản lý kỹ thuật ban hành kèm Quyết định số 45/QĐ-CBG; + kiểm kê, đánh giá lại vật tư tồn kho trên 12 tháng; + hoàn thiện "
        "phương án sắp xếp lao động khâu sơ chế khi đưa dây chuyền tự động vào vận hành; + làm việc với ngân hàng gia hạn hạn mức "
        "tín dụng năm ..., bảo đảm vốn thu mua gỗ mùa khô; + huấn luyện an toàn, phòng cháy chữa cháy cho 100% công nhân "
        "khâu sơn, sấy (9 tháng xảy ra 02 vụ tai nạn lao động nhẹ, không có thiệt hại về người).")
    d.p("Nơi nhận: - Như trên; - Sở Tài chính; - HĐTV, KSV Công ty; - Lưu: VT, KHKD.")
    d.p("GIÁM ĐỐC")
    d.p(FN + f"Kế hoạch năm 2024 giao tại Quyết định số 214/QĐ-UBND ngày 26/01/2024: doanh thu {P(dtt_kh)} tỷ đồng, kim ngạch xuất "
        f"khẩu {P(kn_kh)} triệu USD, lợi nhuận trước thuế {P(ln_kh)} tỷ đồng, nộp ngân sách {P(ns_kh)} tỷ đồng, giá trị sản xuất "
        "công nghiệp 600 tỷ đồng.",
        repeat(f"doanh thu {P(dtt_kh)} tỷ", dtt_kh, dtt_kh, "consistent", "Kế hoạch doanh thu nhắc lại"),
        repeat(f"khẩu {P(kn_kh)} triệu USD", kn_kh, kn_kh, "consistent", "Kế hoạch kim ngạch nhắc lại"),
        repeat(f"trước thuế {P(ln_kh)} tỷ", ln_kh, ln_kh, "consistent", "Kế hoạch LNTT nhắc lại"))
    d.p(FN + "Chứng chỉ FSC-FM/CoC cấp ngày 14/3/2022, hiệu lực 05 năm; diện tích rừng trồng liên kết có chứng chỉ 4.215,6 ha với "
        "1.384 hộ tham gia.")
    return d


# ============================================================================= draft 3
def draft3():
    d = Draft("d20-03-cong-ty-pha-song")
    ben_lt, ben_nt = 4, 7
    ben = ben_lt + ben_nt
    pha_t = [5, 6, 3]
    pha = sum(pha_t)
    tau = 9
    ptien = pha + tau
    ngay = 31 + 28 + 31 + 30 + 31 + 30  # 01/01 - 30/6/2025
    chuyen = 96480
    bq_chuyen = rnd(D(chuyen) / ngay, 0)
    bq_chuyen_viet = 353  # 533 with 5 and 3 swapped
    dem = 8640
    khach, khach_24 = 4628350, 4333150
    khach_summary = 4682350
    tet = 614520
    xe_mo, xe_oto, xe_tai, xe_tho = 2186420, 412760, 139040, 21315
    xe_true = xe_mo + xe_oto + xe_tho
    xe_viet = xe_mo + xe_oto  # xe thô sơ left out of the total
    ve_q1, ve_q2 = D("45.12"), D("41.81")
    ve = ve_q1 + ve_q2
    ve_kh = D("168")
    dv_khac = D("3.46")
    dt = ve + dv_khac
    cp = [D("27.85"), D("31.42"), D("14.6"), D("10.29")]
    cp_tong = sum(cp)
    ln = dt - cp_tong
    ln_24 = D("5.48")
    dau = 1236400
    ld = [42, 187, 89]
    ld_tong = sum(ld)
    tv_bang = 74
    kh_lt, kh_nt = 3012460, 1615890
    kh_t5, kh_t6 = 740430, 702310
    dtv_cuoi_24 = D("78.64")
    kh_kh = 8880000
    ch_q1, ch_q2 = 49530, 46950
    oto_24 = 377460
    ve_loai = [D("21.36"), D("30.92"), D("31.87"), D("2.78")]
    ve_24 = D("82.15")
    nsach = [D("6.12"), D("1.25"), D("0.49")]
    tn, tn_24 = D("9.46"), D("8.94")
    ld_dau, nghi_huu, cham_dut = 326, 5, 3
    ld_nu = 46
    assert kh_lt + kh_nt == khach and ch_q1 + ch_q2 == chuyen and sum(ve_loai) == ve

    r_khach = stated_ratio(khach, khach_24, minus100=True)
    s_tet = stated_share(tet, khach, 2, "rounding")
    s_dem = stated_share(dem, chuyen, 2, "rounding")
    s_tai = stated_share(xe_tai, xe_oto, 2, "rounding")
    r_ve_true = stated_ratio(ve, ve_kh)
    r_ve = D("51.47")  # 51,74 with 7 and 4 swapped
    s_nl, s_luong = stated_share(cp[0], cp_tong), stated_share(cp[1], cp_tong)
    bq_dau = rnd(D(dau) / chuyen, 1)
    s_tv_sai = stated_share(tv_bang, ld_tong)  # divided by all staff instead of crew
    s_sc = stated_share(9, pha)
    s_lt, s_nt = stated_share(kh_lt, khach), stated_share(kh_nt, khach)
    r_kh_kh = stated_ratio(khach, kh_kh, 1)
    r_oto = stated_ratio(xe_oto, oto_24, minus100=True)
    s_vmo, s_voto = stated_share(ve_loai[1], ve), stated_share(ve_loai[2], ve)
    r_ve24 = stated_ratio(ve, ve_24)
    s_nu = stated_share(ld_nu, ld_tong)
    s_ct = stated_share(6, 7)
    r_cuoi = stated_ratio(ve_kh - ve, dtv_cuoi_24)

    d.p("CÔNG TY CỔ PHẦN BẾN PHÀ VÀ VẬN TẢI THỦY ĐỒNG THÁP")
    d.p("Số: 58/BC-CTP")
    d.p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    d.p("Độc lập - Tự do - Hạnh phúc")
    d.p("Đồng Tháp, ngày 10 tháng 7 năm 2025")
    d.p("BÁO CÁO SƠ KẾT")
    d.p("Hoạt động sản xuất, kinh doanh 6 tháng đầu năm và phương hướng nhiệm vụ 6 tháng cuối năm 2025")
    d.p("Căn cứ kế hoạch sản xuất, kinh doanh năm 2025 được Hội đồng quản trị thông qua tại Nghị quyết số 03/NQ-HĐQT ngày "
        "16/01/2025, Công ty báo cáo kết quả thực hiện 6 tháng đầu năm 2025 như sau:")
    d.p("I. TÌNH HÌNH CHUNG")
    d.p(f"Công ty đang quản lý, khai thác mười một ({ben}) bến phà trên sông Tiền, sông Hậu và các nhánh sông, trong đó "
        f"{z(ben_lt)} bến liên tỉnh và {z(ben_nt)} bến nội tỉnh. Đoàn phương tiện gồm {ptien} chiếc: {pha} phà (loại 100 tấn "
        f"{z(pha_t[0])} chiếc, loại 60 tấn {z(pha_t[1])} chiếc, loại 30 tấn {z(pha_t[2])} chiếc) và {z(tau)} tàu khách, đò "
        "ngang; riêng bến phà Cao Lãnh đã dừng hoạt động từ năm 2018 khi cầu Cao Lãnh thông xe, phương tiện được điều chuyển "
        "về các bến còn lại. Mỗi bến bố trí một tổ trưởng bến và ca trực 24/24 giờ vào các ngày lễ, Tết.",
        total(f"mười một ({ben}) bến phà", [ben_lt, ben_nt], ben, "consistent", "Bến phà = liên tỉnh + nội tỉnh (viết cả chữ)"),
        total(f"gồm {ptien} chiếc", [pha, tau], ptien, "consistent", "Phương tiện = phà + tàu khách, đò"),
        total(f": {pha} phà", pha_t, pha, "consistent", "Phà theo tải trọng"))
    d.p("Sáu tháng đầu năm, lượng khách đi lại dịp Tết Nguyên đán Ất Tỵ tăng cao; ngược lại, mùa khô đến sớm, mực nước thấp "
        "làm một số bến phải dời cầu phao, kéo dài thời gian quay vòng; giá nhiên liệu biến động liên tục theo các kỳ điều hành. "
        "Một số tuyến chịu cạnh tranh từ các cầu mới đưa vào sử dụng trên địa bàn lân cận và từ đò dọc tư nhân hoạt động không "
        "đúng bến; Công ty đã chủ động điều chỉnh biểu đồ chạy phà, giãn chuyến vào giờ thấp điểm để tiết kiệm nhiên liệu.")
    d.p("II. KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2025")
    d.p("1. Sản lượng vận chuyển")
    d.p(f"Trong {ngay} ngày, các bến đã thực hiện {P(chuyen)} chuyến phà, bình quân {bq_chuyen_viet} chuyến/ngày; trong đó {P(dem)} chuyến tăng cường "
        f"ban đêm, chiếm {P(s_dem)}%; quý I chạy {P(ch_q1)} chuyến, quý II {P(ch_q2)} chuyến. Số chuyến bằng 102,4% so với cùng "
        "kỳ (cả năm 2024 thực hiện 189.350 chuyến).",
        avg(f"bình quân {bq_chuyen_viet} chuyến", chuyen, ngay, D(bq_chuyen_viet), "inconsistent",
            "Chuyến / 181 ngày (01/01 - 30/6/2025); 533 gõ đảo thành 353"),
        share(f"chiếm {P(s_dem)}%", dem, chuyen, s_dem, "rounding", "Chuyến ban đêm / tổng chuyến"),
        total(f"hiện {P(chuyen)} chuyến", [ch_q1, ch_q2], chuyen, "consistent", "Chuyến = quý I + quý II"),
        amb("bằng 102,4%", "ratio",
            "Số chuyến 6 tháng năm 2024 không nêu; chỉ có số cả năm 2024 (96.480 / 189.350 = 50,95%), không kiểm tra được"))
    d.p(f"Vận chuyển {P(khach)} lượt hành khách ({z(ben_lt)} bến liên tỉnh {P(kh_lt)} lượt, chiếm {P(s_lt)}%; {z(ben_nt)} bến nội "
        f"tỉnh {P(kh_nt)} lượt, chiếm {P(s_nt)}%), tăng {P(r_khach)}% so với cùng kỳ năm 2024 ({P(khach_24)} lượt). Riêng 10 ngày "
        f"cao điểm Tết (từ 25/01 đến 03/02/2025) phục vụ {P(tet)} lượt khách, chiếm {P(s_tet)}% lượt khách 6 tháng; không để "
        "hành khách phải chờ quá 30 phút.",
        total(f"Vận chuyển {P(khach)} lượt", [kh_lt, kh_nt], khach, "consistent", "Lượt khách = bến liên tỉnh + nội tỉnh"),
        share(f"chiếm {P(s_lt)}%", kh_lt, khach, s_lt, "consistent", "Bến liên tỉnh / lượt khách"),
        share(f"chiếm {P(s_nt)}%", kh_nt, khach, s_nt, "consistent", "Bến nội tỉnh / lượt khách"),
        ratio(f"tăng {P(r_khach)}%", khach, khach_24, r_khach, "consistent", "Lượt khách so với cùng kỳ", minus100=True),
        term("so với cùng kỳ năm 2024", "năm 2024", "năm 2024", "consistent", "Cùng kỳ năm trước"),
        share(f"chiếm {P(s_tet)}%", tet, khach, s_tet, "rounding", "Khách dịp Tết / khách 6 tháng"))
    d.p(f"Sau Tết lượng khách giảm dần theo mùa: tháng 6 đạt {P(kh_t6)} lượt, giảm {P(kh_t5 - kh_t6)} lượt so với tháng 5 "
        f"({P(kh_t5)} lượt). Sản lượng khách 6 tháng bằng {P(r_kh_kh)}% kế hoạch năm ({P(kh_kh)} lượt).",
        diff(f"giảm {P(kh_t5 - kh_t6)} lượt", kh_t6, kh_t5, "giảm", kh_t5 - kh_t6, "consistent", "Tháng 6 - tháng 5"),
        ratio(f"bằng {P(r_kh_kh)}% kế hoạch", khach, kh_kh, r_kh_kh, "consistent", "Lượt khách / kế hoạch năm"))
    d.p(f"Phương tiện qua phà {P(xe_viet)} lượt, cụ thể: xe mô tô, xe gắn máy {P(xe_mo)} lượt; ô tô các loại {P(xe_oto)} lượt "
        f"(trong đó xe tải, xe container {P(xe_tai)} lượt, chiếm {P(s_tai)}% lượt ô tô); xe thô sơ, xe máy kéo {P(xe_tho)} lượt. "
        f"Lượt ô tô tăng {P(r_oto)}% so với cùng kỳ ({P(oto_24)} lượt) do lưu lượng xe tải chở nông sản, vật liệu xây dựng tăng.",
        total(f"qua phà {P(xe_viet)} lượt", [xe_mo, xe_oto, xe_tho], xe_viet, "inconsistent", "Phương tiện qua phà (cụ thể)",
              extra=" (tổng bỏ sót xe thô sơ 21.315)"),
        subset(f"container {P(xe_tai)} lượt", xe_tai, xe_oto, "consistent", "Xe tải, container thuộc ô tô"),
        share(f"chiếm {P(s_tai)}%", xe_tai, xe_oto, s_tai, "rounding", "Xe tải, container / ô tô"),
        ratio(f"tăng {P(r_oto)}%", xe_oto, oto_24, r_oto, "consistent", "Lượt ô tô so với cùng kỳ", minus100=True))
    d.p("Thực hiện chính sách miễn, giảm giá vé cho 48.920 lượt người, trong đó 31.240 lượt học sinh, sinh viên và 22.615 lượt "
        "người cao tuổi, người khuyết tật, hộ nghèo. Bán 1.846.200 vé điện tử (quét mã QR, thẻ trả trước), chiếm 27,4% tổng "
        "số vé phát hành.",
        amb("cho 48.920 lượt người", "sum",
            "31.240 + 22.615 = 53.855 > 48.920: các nhóm có thể trùng (học sinh thuộc hộ nghèo, khuyết tật), không kết luận được"),
        amb("chiếm 27,4%", "share",
            "Tổng số vé phát hành không nêu (vé khách và vé xe tính khác nhau); 1.846.200 / 4.628.350 = 39,89%"))
    d.p("2. Doanh thu, chi phí, lợi nhuận")
    d.p(f"Doanh thu bán vé đạt {P(ve)} tỷ đồng, bằng {P(r_ve)}% kế hoạch năm ({P(ve_kh)} tỷ đồng); quý I đạt {P(ve_q1)} tỷ đồng, quý II "
        f"đạt {P(ve_q2)} tỷ đồng, tăng {P(ve_q1 - ve_q2)} tỷ đồng so với quý I do hết cao điểm Tết. Cộng doanh thu dịch vụ bãi giữ xe, "
        f"cho thuê ki-ốt {P(dv_khac)} tỷ đồng, tổng doanh thu {P(dt)} tỷ đồng.",
        total(f"vé đạt {P(ve)} tỷ đồng", [ve_q1, ve_q2], ve, "consistent", "Doanh thu vé = quý I + quý II"),
        ratio(f"bằng {P(r_ve)}% kế hoạch", ve, ve_kh, r_ve, "inconsistent", "Doanh thu vé / kế hoạch năm (51,74 gõ đảo 51,47)"),
        diff(f"tăng {P(ve_q1 - ve_q2)} tỷ", ve_q2, ve_q1, "tăng", ve_q1 - ve_q2, "inconsistent",
             "Quý II (41,81) thấp hơn quý I (45,12): phải là giảm 3,31, câu cũng nêu lý do hết cao điểm Tết"),
        total(f"tổng doanh thu {P(dt)} tỷ", [ve, dv_khac], dt, "consistent", "Tổng doanh thu = vé + dịch vụ"))
    d.p(f"Cơ cấu {P(ve)} tỷ đồng tiền vé: vé hành khách đi bộ {P(ve_loai[0])} tỷ đồng; vé xe mô tô, xe gắn máy {P(ve_loai[1])} tỷ đồng ({P(s_vmo)}%); "
        f"vé ô tô {P(ve_loai[2])} tỷ đồng ({P(s_voto)}%); xe thô sơ và hàng hóa {P(ve_loai[3])} tỷ đồng. Doanh thu bán vé bằng "
        f"{P(r_ve24)}% cùng kỳ năm 2024 ({P(ve_24)} tỷ đồng), mặc dù giá vé giữ nguyên.",
        total(f"Cơ cấu {P(ve)} tỷ đồng", ve_loai, ve, "consistent", "Cơ cấu tiền vé theo loại"),
        share(f"({P(s_vmo)}%)", ve_loai[1], ve, s_vmo, "consistent", "Vé mô tô, xe máy / doanh thu vé"),
        share(f"({P(s_voto)}%)", ve_loai[2], ve, s_voto, "consistent", "Vé ô tô / doanh thu vé"),
        ratio(f"bằng {P(r_ve24)}%", ve, ve_24, r_ve24, "consistent", "Doanh thu vé so với cùng kỳ"),
        term("% cùng kỳ năm 2024", "năm 2024", "năm 2024", "consistent", "Cùng kỳ năm trước"))
    d.p(f"Tổng chi phí {P(cp_tong)} tỷ đồng, bao gồm: nhiên liệu {P(cp[0])} tỷ đồng (chiếm {P(s_nl)}%), tiền lương và các khoản theo "
        f"lương {P(cp[1])} tỷ đồng (chiếm {P(s_luong)}%), khấu hao, sửa chữa phương tiện {P(cp[2])} tỷ đồng, chi phí khác {P(cp[3])} "
        f"tỷ đồng. Tiêu thụ {P(dau)} lít dầu DO, bình quân {P(bq_dau)} lít/chuyến; giá dầu DO bình quân 19.850 đồng/lít, giảm "
        "1.420 đồng/lít (giá kỳ điều hành đầu tháng 01/2025 là 20.960 đồng/lít).",
        total(f"chi phí {P(cp_tong)} tỷ", cp, cp_tong, "consistent", "Tổng chi phí (bao gồm)"),
        share(f"chiếm {P(s_nl)}%", cp[0], cp_tong, s_nl, "consistent", "Nhiên liệu / tổng chi phí"),
        share(f"chiếm {P(s_luong)}%", cp[1], cp_tong, s_luong, "consistent", "Tiền lương / tổng chi phí"),
        avg(f"bình quân {P(bq_dau)} lít", dau, chuyen, bq_dau, "consistent", "Lít dầu / chuyến"),
        amb("giảm 1.420 đồng", "difference",
            "Không nêu giảm so với kỳ nào; 20.960 - 19.850 = 1.110 nếu so với đầu tháng 01/2025; có thể so với bình quân cùng kỳ"))
    d.p(f"Lợi nhuận trước thuế {P(ln)} tỷ đồng (tổng doanh thu trừ tổng chi phí), tăng {P(ln - ln_24)} tỷ đồng so với 6 tháng "
        f"đầu năm 2023 (6 tháng năm 2024 đạt {P(ln_24)} tỷ đồng).",
        remainder(f"trước thuế {P(ln)} tỷ", dt, [cp_tong], ln, "consistent", "LNTT = tổng doanh thu - tổng chi phí"),
        diff(f"tăng {P(ln - ln_24)} tỷ", ln, ln_24, "tăng", ln - ln_24, "consistent", "LNTT 6 tháng 2025 - 2024"),
        term("so với 6 tháng đầu năm 2023", "6 tháng đầu năm 2023", "6 tháng đầu năm 2024", "inconsistent",
             "Mức tăng 0,75 = 6,23 - 5,48 (6 tháng năm 2024) nhưng câu ghi năm 2023"))
    d.p("3. Lao động, phương tiện")
    d.p(f"Tổng số lao động {ld_tong} người, chia ra: quản lý, nghiệp vụ {ld[0]} người; thuyền viên (thuyền trưởng, máy trưởng, thủy "
        f"thủ) {ld[1]} người; bán vé, soát vé, bảo vệ bến {ld[2]} người. Thuyền viên có bằng thuyền trưởng, máy trưởng hạng ba "
        f"trở lên {tv_bang} người, chiếm {P(s_tv_sai)}% số thuyền viên. Lao động nữ {ld_nu} người, chiếm {P(s_nu)}%. So với đầu "
        f"năm ({ld_dau} người) giảm {z(ld_dau - ld_tong)} người, do nghỉ hưu {z(nghi_huu)} người và chấm dứt hợp đồng "
        f"{z(cham_dut)} người.",
        total(f"lao động {ld_tong} người", ld, ld_tong, "consistent", "Lao động (chia ra)"),
        share(f"chiếm {P(s_tv_sai)}%", tv_bang, ld[1], s_tv_sai, "inconsistent",
              "Có bằng / số thuyền viên 187; 23,27% = 74 / 318 (chia nhầm cho tổng lao động)"),
        share(f"chiếm {P(s_nu)}%", ld_nu, ld_tong, s_nu, "consistent", "Lao động nữ / tổng lao động"),
        diff(f"giảm {z(ld_dau - ld_tong)} người", ld_tong, ld_dau, "giảm", ld_dau - ld_tong, "consistent", "Lao động so với đầu năm"),
        total(f"{z(ld_dau - ld_tong)} người, do", [nghi_huu, cham_dut], ld_dau - ld_tong, "consistent",
              "Giảm = nghỉ hưu + chấm dứt hợp đồng"))
    d.p(f"Nộp ngân sách 6 tháng {P(sum(nsach))} tỷ đồng (thuế giá trị gia tăng {P(nsach[0])} tỷ đồng, thuế thu nhập doanh nghiệp "
        f"tạm nộp {P(nsach[1])} tỷ đồng, phí, lệ phí {P(nsach[2])} tỷ đồng). Thu nhập bình quân người lao động {P(tn)} triệu "
        f"đồng/người/tháng, tăng {P(tn - tn_24)} triệu đồng so với cùng kỳ năm 2024 ({P(tn_24)} triệu đồng).",
        total(f"6 tháng {P(sum(nsach))} tỷ", nsach, sum(nsach), "consistent", "Nộp ngân sách theo khoản"),
        diff(f"tăng {P(tn - tn_24)} triệu", tn, tn_24, "tăng", tn - tn_24, "consistent", "Thu nhập bình quân so với cùng kỳ"),
        term("so với cùng kỳ năm 2024", "năm 2024", "năm 2024", "consistent", "Cùng kỳ năm trước"))
    d.p(f"Công tác an toàn: tổ chức diễn tập cứu nạn, chữa cháy tại {ben}/{ben} bến (100%); trang bị bổ sung 2.460 áo phao, 318 "
        "phao tròn; phối hợp lực lượng chức năng kiểm tra 06 đợt, nhắc nhở 17 trường hợp chủ phương tiện cho xe lên phà khi "
        "chưa có hiệu lệnh.",
        fraction(f"{ben}/{ben} bến (100%)", ben, ben, D("100"), "consistent", "Bến diễn tập / tổng bến", ref_whole=ben))

    d.p(f"Sửa chữa định kỳ {z(9)}/{pha} phà, đạt {P(s_sc)}% số phà; đăng kiểm định kỳ {ptien}/{ptien} phương tiện; thay mới "
        f"{z(2)} máy chính cho phà 100 tấn theo Quyết định số 27/QĐ-CTP ngày 03/3/2025.",
        fraction(f"{z(9)}/{pha} phà, đạt {P(s_sc)}%", 9, pha, s_sc, "consistent", "Phà sửa chữa / số phà", ref_whole=pha),
        fraction(f"{ptien}/{ptien} phương tiện", ptien, ptien, None, "consistent", "Đăng kiểm / tổng phương tiện",
                 ref_whole=ptien))
    d.p("III. ĐÁNH GIÁ CHUNG")
    d.p(f"Sáu tháng đầu năm, {ben} bến phà hoạt động an toàn, thông suốt; vận chuyển {P(khach_summary)} lượt khách, doanh thu "
        f"bán vé {P(ve)} tỷ đồng, lợi nhuận trước thuế {P(ln)} tỷ đồng. Từ đầu năm đến nay, tổng tiền vé thu được 92,4 tỷ đồng. "
        f"Có {z(6)}/{z(7)} chỉ tiêu kế hoạch 6 tháng đạt và vượt ({P(s_ct)}%), riêng chỉ tiêu sửa chữa phương tiện chưa đạt tiến độ. Hạn chế: cầu "
        "phao, nhà chờ ở một số bến xuống cấp; việc tuyển thuyền viên trẻ gặp khó khăn.",
        repeat(f", {ben} bến phà", ben, ben, "consistent", "Số bến nhắc lại"),
        fraction(f"{z(6)}/{z(7)} chỉ tiêu", 6, 7, s_ct, "consistent", "Chỉ tiêu 6 tháng đạt / tổng chỉ tiêu"),
        repeat(f"chuyển {P(khach_summary)} lượt", khach, khach_summary, "inconsistent", "Lượt khách nhắc lại", "mục II.1"),
        repeat(f"vé {P(ve)} tỷ", ve, ve, "consistent", "Doanh thu vé nhắc lại"),
        repeat(f"thuế {P(ln)} tỷ", ln, ln, "consistent", "LNTT nhắc lại"),
        amb("92,4 tỷ", "repeat",
            "Doanh thu vé 6 tháng là 86,93; 'từ đầu năm đến nay' (báo cáo ngày 10/7/2025) có thể gồm các ngày tháng 7, kỳ không rõ"))
    d.p("IV. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM 2025")
    d.p(f"Phấn đấu doanh thu bán vé 6 tháng cuối năm {P(ve_kh - ve)} tỷ đồng, bằng {P(r_cuoi)}% cùng kỳ năm 2024 "
        f"({P(dtv_cuoi_24)} tỷ đồng), để cả năm đạt {P(ve_kh)} tỷ đồng theo kế hoạch; "
        "hoàn thành sửa chữa 05 phà còn lại trước mùa lũ; lắp đặt hệ thống camera, cổng soát vé tự động tại ... bến; phối hợp "
        "với địa phương di dời hộ kinh doanh lấn chiếm khu vực đầu bến.",
        total(f"đạt {P(ve_kh)} tỷ", [ve, ve_kh - ve], ve_kh, "consistent", "Cả năm = 6 tháng đầu + 6 tháng cuối"),
        ratio(f"bằng {P(r_cuoi)}%", ve_kh - ve, dtv_cuoi_24, r_cuoi, "consistent", "6 tháng cuối 2025 (kế hoạch) / 6 tháng cuối 2024"),
        term("% cùng kỳ năm 2024", "năm 2024", "năm 2024", "consistent", "Cùng kỳ năm trước"),
        remainder("sửa chữa 05 phà còn lại", pha, [9], 5, "consistent", "Phà còn lại chưa sửa = 14 - 09"))
    d.p("V. KIẾN NGHỊ")
    d.p("Đề nghị UBND tỉnh xem xét, điều chỉnh khung giá vé qua phà theo Luật Giá số 16/2023/QH15 (giá vé hiện hành áp dụng từ "
        "năm 2023, trong khi chi phí nhiên liệu, tiền lương đều tăng); hỗ trợ kinh phí nạo vét luồng trước bến Tân Châu và bến "
        "An Hòa (khối lượng dự kiến khoảng 12.000 m³); chấp thuận chủ trương đóng mới 02 phà 100 tấn thay thế các phà đã khai "
        "thác trên 25 năm theo đề xuất tại Tờ trình số 09/TTr-CTP ngày 14/02/2025.")
    d.p("Nơi nhận: - HĐQT; - Ban Kiểm soát; - Các phòng, bến; - Lưu: VT.")
    d.p("GIÁM ĐỐC")
    d.p(FN + f"So với cùng kỳ năm 2024: doanh thu bán vé 6 tháng năm 2024 là {P(ve_24)} tỷ đồng; doanh thu bán vé năm nay tăng "
        f"{P(ve - D('82.15'))} tỷ đồng.",
        repeat(f"là {P(ve_24)} tỷ", ve_24, ve_24, "consistent", "Doanh thu vé cùng kỳ nhắc lại"),
        diff(f"tăng {P(ve - D('82.15'))} tỷ", ve, D("82.15"), "tăng", ve - D("82.15"), "consistent", "Doanh thu vé 6 tháng 2025 - 2024"),
        term("So với cùng kỳ năm 2024", "năm 2024", "năm 2024", "consistent", "Cùng kỳ năm trước"))
    d.p(FN + "Giá vé áp dụng theo Quyết định số 112/QĐ-UBND ngày 20/02/2023 của UBND tỉnh; xe mô tô 3.000 đồng/lượt, ô tô dưới "
        "09 chỗ 20.000 đồng/lượt.")
    return d


# ============================================================================= draft 4
def draft4():
    d = Draft("d20-04-cong-ty-co-khi")
    tv = [2, 1, 2]
    hop = [22, 24]
    von_cu, cp_moi, menh_gia = D("120"), D("4.8"), D("10000")
    von_tang = (cp_moi * menh_gia / 1000).quantize(D(1))  # triệu cổ phần x đồng -> tỷ đồng
    von = von_cu + von_tang
    cd = [D("49.9"), D("58.8"), D("59.3")]
    nam = [2020, 2021, 2022, 2023, 2024]
    dt_nam = [D("398.2"), D("352.6"), D("468.9"), D("541.3"), D("655.8")]
    dt_nk = sum(dt_nam)
    dt_nk_truoc = D("1589.4")
    dt_summary = D("2461.8")  # 2.416,8 with 1 and 6 swapped
    dt24 = dt_nam[4]
    dt24_kh = D("636.5")
    co_cau = [D("312.4"), D("186.7"), D("94.5"), D("62.2")]
    thep, thep_truoc = 68450, 32180
    nang_ha, cau_truc, cong_truc = 1126, 684, 318
    ndh, ndh_20 = D("78.5"), D("64.1")
    ndh_viet = D("12.4")  # 14,4 mistyped
    ln_nam = [D("18.45"), D("12.06"), D("21.37"), D("32.64"), D("34.12")]
    ln_nk = sum(ln_nam)
    ln_truoc = D("77.37")
    ln24_kh = D("30")
    lnst_nk = D("95.18")
    ns_nk, ns_truoc = D("96.42"), D("69.87")
    ct_tl = [D("8"), D("6"), D("10"), D("12"), D("12")]
    von_nam = [von_cu, von_cu, von, von, von]
    ct_tien = [v * t / 100 for v, t in zip(von_nam, ct_tl)]
    dtu = [D("52.8"), D("71.4"), D("8.6"), D("13.5")]
    dtu_viet = sum(dtu[:3])  # environment item left out
    ld_dau, ld = 936, 862
    ld_bac4, ld_ks = 318, 147
    tn24, tn20 = D("11.26"), D("7.97")
    hd, hd_xk, hd_epc = 1284, 57, 38
    thu_lao = D("4.67")
    dt_kh_moi = D("3800")
    dt25 = D("720")

    r_von = stated_ratio(von, von_cu, 0, minus100=True)
    s_cd = [stated_share(cd[0], von), stated_share(cd[1], von), stated_share(cd[2], von, 2, "rounding")]
    r_nk = rnd(dt_nk / dt_nk_truoc, 2)
    bq_nk, bq_truoc = dt_nk / 5, dt_nk_truoc / 5
    r24_true = stated_ratio(dt24, dt_nam[3], minus100=True)
    r24_viet = D("21.51")  # 21,15 with 1 and 5 swapped
    r24_20 = rnd(dt24 / dt_nam[0], 2)
    r24_kh = stated_ratio(dt24, dt24_kh)
    s_cc = [stated_share(co_cau[0], dt24), stated_share(co_cau[1], dt24, 2, "rounding"),
            stated_share(co_cau[2], dt24), stated_share(co_cau[3], dt24)]
    r_thep = rnd(D(thep) / thep_truoc, 1)
    r_ln = rnd(ln_nam[4] / ln_nam[0], 2)
    r_ln_kh = stated_ratio(ln_nam[4], ln24_kh, minus100=True)
    s_lnst = stated_share(lnst_nk, ln_nk)
    r_ns = rnd(ns_nk / ns_truoc, 2)
    bq_ct = sum(ct_tl) / 5
    s_bac4 = stated_share(ld_bac4, ld_dau)  # divided by the headcount at the start of the term
    s_ks = stated_share(ld_ks, ld)
    r_tn = stated_ratio(tn24, tn20, 1, minus100=True)
    nsld = rnd(dt24 * 1000 / ld, 1)
    s_tl = stated_share(thu_lao, ln_nk, 2, "rounding")
    r_moi = rnd(dt_kh_moi / dt_nk, 2)
    r25 = stated_ratio(dt25, dt24, minus100=True)

    d.p("CÔNG TY CỔ PHẦN CƠ KHÍ VÀ THIẾT BỊ CÔNG NGHIỆP THÁI NGUYÊN")
    d.p("HỘI ĐỒNG QUẢN TRỊ - Số: 12/BC-HĐQT")
    d.p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    d.p("Độc lập - Tự do - Hạnh phúc")
    d.p("Thái Nguyên, ngày 25 tháng 3 năm 2025")
    d.p("BÁO CÁO")
    d.p("Hoạt động của Hội đồng quản trị nhiệm kỳ 2020 - 2025 và định hướng nhiệm kỳ 2025 - 2030 (trình Đại hội đồng cổ đông "
        "thường niên năm 2025)")
    d.p("Căn cứ Luật Doanh nghiệp số 59/2020/QH14; Điều lệ Công ty sửa đổi, bổ sung lần thứ ba ngày 22/4/2022, Hội đồng quản trị "
        "(HĐQT) báo cáo Đại hội đồng cổ đông kết quả hoạt động nhiệm kỳ 2020 - 2025 như sau:")
    d.p("I. HOẠT ĐỘNG CỦA HỘI ĐỒNG QUẢN TRỊ")
    d.p(f"HĐQT nhiệm kỳ 2020 - 2025 có {z(sum(tv))} thành viên, gồm {z(tv[0])} thành viên độc lập, {z(tv[1])} thành viên không điều "
        f"hành và {z(tv[2])} thành viên kiêm nhiệm Ban Tổng Giám đốc. Trong nhiệm kỳ, HĐQT tổ chức {sum(hop)} phiên họp ({hop[0]} "
        f"phiên họp trực tiếp, {hop[1]} lần lấy ý kiến bằng văn bản), ban hành 118 nghị quyết và 64 quyết định thuộc thẩm quyền "
        "theo Điều 153 Luật Doanh nghiệp. Công ty tổ chức 06 kỳ họp Đại hội đồng cổ đông (05 kỳ thường niên, 01 kỳ bất thường "
        "năm 2022 để thông qua phương án tăng vốn).",
        total(f"có {z(sum(tv))} thành viên", tv, sum(tv), "consistent", "Thành viên HĐQT (gồm)"),
        total(f"tổ chức {sum(hop)} phiên họp", hop, sum(hop), "consistent", "Phiên họp = trực tiếp + lấy ý kiến"),
        total("06 kỳ họp", [5, 1], 6, "consistent", "Kỳ họp ĐHĐCĐ = thường niên + bất thường"))
    d.p("HĐQT giám sát Ban Tổng Giám đốc thông qua báo cáo định kỳ hằng quý, các cuộc kiểm tra chuyên đề về quản lý hợp đồng, "
        "công nợ và hàng tồn kho; lựa chọn đơn vị kiểm toán độc lập trong danh sách được Bộ Tài chính chấp thuận; thực hiện công "
        "bố thông tin đúng hạn theo Thông tư số 96/2020/TT-BTC. Tiểu ban kiểm toán nội bộ trực thuộc HĐQT được thành lập theo "
        "Quyết định số 05/QĐ-HĐQT ngày 10/3/2021.")
    d.p(f"Năm 2022, Công ty phát hành thêm {P(cp_moi)} triệu cổ phần (mệnh giá {P(menh_gia)} đồng/cổ phần), vốn điều lệ tăng từ "
        f"{P(von_cu)} tỷ đồng lên {P(von)} tỷ đồng, tăng {P(r_von)}%. Cơ cấu {P(von)} tỷ đồng vốn điều lệ theo cổ đông đến ngày 14/3/2025: Tổng công ty Đầu tư và "
        f"Kinh doanh vốn nhà nước (SCIC) {P(cd[0])} tỷ đồng, chiếm {P(s_cd[0])}%; cổ đông tổ chức khác {P(cd[1])} tỷ đồng, chiếm "
        f"{P(s_cd[1])}%; cổ đông cá nhân {P(cd[2])} tỷ đồng, chiếm {P(s_cd[2])}%.",
        total(f"lên {P(von)} tỷ đồng", [von_cu, von_tang], von, "consistent",
              "Vốn mới = 120 + 4,8 triệu cổ phần x 10.000 đồng (48 tỷ)"),
        ratio(f"tăng {P(r_von)}%", von, von_cu, r_von, "consistent", "Tăng vốn điều lệ", minus100=True),
        share(f"chiếm {P(s_cd[0])}%", cd[0], von, s_cd[0], "consistent", "SCIC / vốn điều lệ"),
        share(f"chiếm {P(s_cd[1])}%", cd[1], von, s_cd[1], "consistent", "Cổ đông tổ chức khác / vốn điều lệ"),
        share(f"chiếm {P(s_cd[2])}%", cd[2], von, s_cd[2], "rounding", "Cổ đông cá nhân / vốn điều lệ"),
        total(f"Cơ cấu {P(von)} tỷ đồng", cd, von, "consistent",
              "Cơ cấu cổ đông cộng lại phải bằng vốn điều lệ 168 (ba nhóm cổ đông)"))
    d.p("II. KẾT QUẢ SẢN XUẤT, KINH DOANH NHIỆM KỲ 2020 - 2025")
    d.p(f"Tổng doanh thu 5 năm đạt {P(dt_nk)} tỷ đồng, gấp {P(r_nk)} lần nhiệm kỳ 2015 - 2020 ({P(dt_nk_truoc)} tỷ đồng); bình quân "
        f"{P(bq_nk)} tỷ đồng/năm (nhiệm kỳ trước bình quân {P(bq_truoc)} tỷ đồng/năm). Cụ thể từng năm: năm 2020: {P(dt_nam[0])} tỷ "
        f"đồng; năm 2021: {P(dt_nam[1])} tỷ đồng, tăng {P(dt_nam[0] - dt_nam[1])} tỷ đồng so với năm 2020 do ảnh hưởng của dịch "
        f"Covid-19; năm 2022: {P(dt_nam[2])} tỷ đồng; năm 2023: {P(dt_nam[3])} tỷ đồng; năm 2024: {P(dt_nam[4])} tỷ đồng.",
        total(f"5 năm đạt {P(dt_nk)} tỷ đồng", dt_nam, dt_nk, "consistent", "Doanh thu nhiệm kỳ = tổng 5 năm"),
        ratio(f"gấp {P(r_nk)} lần", dt_nk, dt_nk_truoc, r_nk, "consistent", "Doanh thu nhiệm kỳ / nhiệm kỳ trước", times=True),
        term("lần nhiệm kỳ 2015 - 2020", "nhiệm kỳ 2015 - 2020", "nhiệm kỳ 2015 - 2020", "consistent", "Nhiệm kỳ trước"),
        avg(f"bình quân {P(bq_nk)} tỷ", dt_nk, 5, bq_nk, "consistent", "Doanh thu bình quân năm"),
        avg(f"bình quân {P(bq_truoc)} tỷ", dt_nk_truoc, 5, bq_truoc, "consistent", "Bình quân năm nhiệm kỳ trước"),
        term("so với năm 2020 do", "năm 2020", "năm 2020", "consistent", "Năm 2021 so với năm liền trước"),
        diff(f"tăng {P(dt_nam[0] - dt_nam[1])} tỷ", dt_nam[1], dt_nam[0], "tăng", dt_nam[0] - dt_nam[1], "inconsistent",
             "Doanh thu 2021 (352,6) thấp hơn 2020 (398,2): phải là giảm 45,6; câu nêu nguyên nhân dịch Covid-19"))
    d.p(f"Riêng năm 2024, doanh thu đạt {P(dt24)} tỷ đồng, bằng {P(r24_kh)}% kế hoạch ({P(dt24_kh)} tỷ đồng), tăng {P(r24_viet)}% so "
        f"với năm 2023 và gấp {P(r24_20)} lần năm đầu nhiệm kỳ; chia ra: kết cấu thép {P(co_cau[0])} tỷ đồng ({P(s_cc[0])}%), thiết "
        f"bị nâng hạ {P(co_cau[1])} tỷ đồng ({P(s_cc[1])}%), cơ khí nông nghiệp {P(co_cau[2])} tỷ đồng ({P(s_cc[2])}%), đúc, phụ tùng "
        f"và dịch vụ sửa chữa {P(co_cau[3])} tỷ đồng ({P(s_cc[3])}%).",
        ratio(f"bằng {P(r24_kh)}% kế hoạch", dt24, dt24_kh, r24_kh, "consistent", "Doanh thu 2024 / kế hoạch"),
        ratio(f"tăng {P(r24_viet)}%", dt24, dt_nam[3], r24_viet, "inconsistent", "Doanh thu 2024 so với 2023 (21,15 gõ đảo 21,51)",
              minus100=True),
        term("so với năm 2023", "năm 2023", "năm 2023", "consistent", "Năm trước"),
        ratio(f"gấp {P(r24_20)} lần", dt24, dt_nam[0], r24_20, "consistent", "Doanh thu 2024 / 2020", times=True),
        total(f"đạt {P(dt24)} tỷ đồng", co_cau, dt24, "consistent", "Doanh thu 2024 theo nhóm sản phẩm (chia ra)"),
        share(f"({P(s_cc[0])}%)", co_cau[0], dt24, s_cc[0], "consistent", "Kết cấu thép / doanh thu 2024"),
        share(f"({P(s_cc[1])}%)", co_cau[1], dt24, s_cc[1], "rounding", "Thiết bị nâng hạ / doanh thu 2024"),
        share(f"({P(s_cc[2])}%)", co_cau[2], dt24, s_cc[2], "consistent", "Cơ khí nông nghiệp / doanh thu 2024"),
        share(f"({P(s_cc[3])}%)", co_cau[3], dt24, s_cc[3], "consistent", "Đúc, phụ tùng, dịch vụ / doanh thu 2024"))
    d.p(f"Sản phẩm chủ yếu cả nhiệm kỳ: {P(thep)} tấn kết cấu thép, gấp {P(r_thep)} lần nhiệm kỳ 2015 - 2020 ({P(thep_truoc)} tấn); "
        f"{P(nang_ha)} bộ thiết bị nâng hạ, trong đó {cau_truc} cầu trục và {cong_truc} cổng trục; 3.890 máy sấy nông sản, máy bơm; "
        f"12.340 tấn phụ tùng đúc. Tỷ lệ nội địa hóa thiết bị nâng hạ đạt {P(ndh)}%, tăng {P(ndh_viet)}% so với đầu nhiệm kỳ "
        f"(năm 2020 là {P(ndh_20)}%).",
        ratio(f"gấp {P(r_thep)} lần", thep, thep_truoc, r_thep, "consistent", "Kết cấu thép / nhiệm kỳ trước", times=True),
        term("nhiệm kỳ 2015 - 2020", "nhiệm kỳ 2015 - 2020", "nhiệm kỳ 2015 - 2020", "consistent", "Nhiệm kỳ trước"),
        subset(f"{cau_truc} cầu trục", cau_truc + cong_truc, nang_ha, "consistent",
               "Cầu trục + cổng trục (cùng một cách phân loại) không vượt tổng thiết bị nâng hạ"),
        points(f"tăng {P(ndh_viet)}%", ndh, ndh_20, "tăng", ndh_viet, "inconsistent",
               "Nội địa hóa 78,5 - 64,1 = 14,4 điểm %, viết 12,4 (gõ sai một chữ số)"))
    d.p(f"Lợi nhuận trước thuế cả nhiệm kỳ {P(ln_nk)} tỷ đồng, tăng {P(ln_nk - ln_truoc)} tỷ đồng so với nhiệm kỳ 2015 - 2020 "
        f"({P(ln_truoc)} tỷ đồng), lần lượt qua các năm: {P(ln_nam[0])}; {P(ln_nam[1])}; {P(ln_nam[2])}; {P(ln_nam[3])} và "
        f"{P(ln_nam[4])} tỷ đồng. Năm 2024 lợi nhuận gấp {P(r_ln)} lần năm đầu nhiệm kỳ và vượt {P(r_ln_kh)}% kế hoạch ({P(ln24_kh)} tỷ "
        f"đồng). Lợi nhuận sau thuế cả nhiệm kỳ {P(lnst_nk)} tỷ đồng, bằng {P(s_lnst)}% lợi nhuận trước thuế.",
        total(f"nhiệm kỳ {P(ln_nk)} tỷ", ln_nam, ln_nk, "consistent", "LNTT nhiệm kỳ = 5 năm"),
        diff(f"tăng {P(ln_nk - ln_truoc)} tỷ", ln_nk, ln_truoc, "tăng", ln_nk - ln_truoc, "consistent", "LNTT nhiệm kỳ - nhiệm kỳ trước"),
        term("so với nhiệm kỳ 2015 - 2020", "nhiệm kỳ 2015 - 2020", "nhiệm kỳ 2015 - 2020", "consistent", "Nhiệm kỳ trước"),
        ratio(f"gấp {P(r_ln)} lần", ln_nam[4], ln_nam[0], r_ln, "consistent", "LNTT 2024 / 2020", times=True),
        ratio(f"vượt {P(r_ln_kh)}%", ln_nam[4], ln24_kh, r_ln_kh, "consistent", "LNTT 2024 vượt kế hoạch", minus100=True),
        share(f"bằng {P(s_lnst)}%", lnst_nk, ln_nk, s_lnst, "consistent", "LNST / LNTT nhiệm kỳ"))
    d.p(f"Nộp ngân sách nhà nước 5 năm {P(ns_nk)} tỷ đồng, gấp {P(r_ns)} lần nhiệm kỳ 2010 - 2015 (nhiệm kỳ trước nộp {P(ns_truoc)} "
        "tỷ đồng). Công ty không phát sinh nợ thuế quá hạn, được Cục Thuế tỉnh tặng Giấy khen năm 2023.",
        ratio(f"gấp {P(r_ns)} lần", ns_nk, ns_truoc, r_ns, "consistent", "Nộp ngân sách / nhiệm kỳ trước", times=True),
        term("nhiệm kỳ 2010 - 2015", "nhiệm kỳ 2010 - 2015", "nhiệm kỳ 2015 - 2020", "inconsistent",
             "So sánh nhiệm kỳ 2020 - 2025 với 'nhiệm kỳ trước' (69,87 tỷ) phải là nhiệm kỳ 2015 - 2020"))
    d.p(f"Cổ tức chi trả bằng tiền bình quân {P(bq_ct)}%/năm (năm 2020: {P(ct_tl[0])}%; năm 2021: {P(ct_tl[1])}%; năm 2022: "
        f"{P(ct_tl[2])}%; năm 2023 và năm 2024 mỗi năm {P(ct_tl[3])}%), tổng số tiền đã chi trả {P(sum(ct_tien))} tỷ đồng (tính trên "
        "vốn điều lệ từng năm).",
        avg(f"bình quân {P(bq_ct)}%", sum(ct_tl), 5, bq_ct, "consistent", "Tỷ lệ cổ tức bình quân 5 năm"),
        total(f"trả {P(sum(ct_tien))} tỷ", ct_tien, sum(ct_tien), "consistent",
              "Cổ tức = 120x8% + 120x6% + 168x10% + 168x12% x 2 (vốn tăng lên 168 từ năm 2022)"))
    d.p(f"Tổng vốn đầu tư đổi mới công nghệ trong nhiệm kỳ {P(dtu_viet)} tỷ đồng, chia ra: mở rộng nhà xưởng {P(dtu[0])} tỷ đồng; "
        f"máy gia công CNC, robot hàn {P(dtu[1])} tỷ đồng; phần mềm thiết kế, quản trị sản xuất {P(dtu[2])} tỷ đồng; hệ thống xử "
        f"lý khí thải, nước thải xưởng sơn và mạ kẽm {P(dtu[3])} tỷ đồng.",
        total(f"nhiệm kỳ {P(dtu_viet)} tỷ", dtu, dtu_viet, "inconsistent", "Vốn đầu tư đổi mới công nghệ (chia ra)",
              extra=" (bỏ sót hạng mục xử lý môi trường 13,5)"))
    d.p(f"Lao động đến 31/12/2024 là {ld} người, giảm {ld_dau - ld} người so với đầu nhiệm kỳ ({ld_dau} người) do tự động hóa khâu "
        f"hàn, cắt; công nhân bậc 4/7 trở lên {ld_bac4} người, chiếm {P(s_bac4)}%; kỹ sư, cử nhân {ld_ks} người, chiếm {P(s_ks)}%; "
        f"trong đó 512 công nhân cơ khí trực tiếp, 396 thợ hàn, thợ tiện có chứng chỉ bậc 3/7 trở lên. Lao động nữ 148 người, giảm "
        f"23 người.",
        diff(f"giảm {ld_dau - ld} người", ld, ld_dau, "giảm", ld_dau - ld, "consistent", "Lao động cuối nhiệm kỳ - đầu nhiệm kỳ"),
        share(f"chiếm {P(s_bac4)}%", ld_bac4, ld, s_bac4, "inconsistent",
              "Bậc 4/7 trở lên / lao động 31/12/2024 (862); 33,97% = 318 / 936 (chia nhầm cho số đầu nhiệm kỳ)"),
        share(f"chiếm {P(s_ks)}%", ld_ks, ld, s_ks, "consistent", "Kỹ sư, cử nhân / lao động"),
        amb("trong đó 512 công nhân", "sum",
            "512 + 396 = 908 > 862: thợ hàn, thợ tiện cũng là công nhân cơ khí trực tiếp (hai cách phân loại chồng lấn); "
            "'trong đó' thuộc 862 hay 147 không rõ"),
        amb("giảm 23 người", "difference",
            "Không nêu giảm so với kỳ nào (năm trước hay đầu nhiệm kỳ); số lao động nữ kỳ gốc không có; con số 165 lao động nữ "
            "khám chuyên khoa năm 2023 (đoạn an toàn) chỉ cho biết năm 2023 có ít nhất 165 nữ"))
    d.p(f"Thu nhập bình quân năm 2024 đạt {P(tn24)} triệu đồng/người/tháng, tăng {P(r_tn)}% so với đầu nhiệm kỳ (năm 2020: "
        f"{P(tn20)} triệu đồng). Năng suất lao động năm 2024 đạt {P(nsld)} triệu đồng/người, gấp 1,9 lần đầu nhiệm kỳ.",
        ratio(f"tăng {P(r_tn)}%", tn24, tn20, r_tn, "consistent", "Thu nhập 2024 so với 2020", minus100=True),
        avg(f"đạt {P(nsld)} triệu", dt24 * 1000, ld, nsld, "consistent", "Doanh thu 2024 (triệu đồng) / lao động 31/12/2024"),
        amb("gấp 1,9 lần", "ratio",
            "Năng suất đầu nhiệm kỳ không nêu; nếu lấy 398,2 tỷ / 936 người = 425,4 triệu thì 760,8 / 425,4 = 1,79; số lao "
            "bình quân năm 2020 không có, không quyết định được"))
    d.p(f"Thị trường: ký {P(hd)} hợp đồng, trong đó {hd_xk} hợp đồng xuất khẩu và {hd_epc} hợp đồng tổng thầu EPC; doanh thu xuất "
        "khẩu 5 năm 274,3 tỷ đồng, chiếm 11,8% doanh thu sản phẩm chế tạo; giá trị hợp đồng chuyển tiếp sang năm 2025 khoảng "
        "284,5 tỷ đồng.",
        subset(f"{hd_xk} hợp đồng xuất khẩu", hd_xk, hd, "consistent", "Hợp đồng xuất khẩu thuộc tổng hợp đồng"),
        subset(f"{hd_epc} hợp đồng tổng thầu", hd_epc, hd, "consistent", "Hợp đồng EPC thuộc tổng hợp đồng"),
        amb("chiếm 11,8%", "share",
            "Doanh thu sản phẩm chế tạo không nêu (không phải tổng doanh thu: 274,3 / 2.416,8 = 11,35%); mẫu số không có"))
    d.p(f"Thù lao HĐQT, Ban Kiểm soát cả nhiệm kỳ {P(thu_lao)} tỷ đồng, bằng {P(s_tl)}% lợi nhuận trước thuế nhiệm kỳ, thấp hơn "
        "mức Đại hội đồng cổ đông thông qua.",
        share(f"bằng {P(s_tl)}%", thu_lao, ln_nk, s_tl, "rounding", "Thù lao / LNTT nhiệm kỳ"))
    d.p("Công tác an toàn, môi trường: Công ty duy trì hệ thống quản lý ISO 9001:2015 và ISO 45001:2018; hằng năm quan trắc môi "
        "trường lao động 02 lần, năm 2023 tổ chức khám chuyên khoa cho 165 lao động nữ; chất thải nguy hại từ xưởng sơn, mạ được ký hợp đồng chuyển giao xử lý đúng quy định. Trong nhiệm "
        "kỳ xảy ra 03 vụ tai nạn lao động, đã giải quyết đầy đủ chế độ cho người lao động.")
    d.p("III. ĐÁNH GIÁ CHUNG")
    d.p(f"Nghị quyết Đại hội đồng cổ đông năm 2020 đề ra 10 chỉ tiêu nhiệm kỳ, Công ty hoàn thành {z(8)}/10 chỉ tiêu (80%). "
        f"Tổng doanh thu nhiệm kỳ {P(dt_summary)} tỷ đồng, lợi nhuận trước thuế {P(ln_nk)} tỷ đồng, vốn điều lệ {P(von)} tỷ đồng; "
        "với vốn chủ sở hữu 305,9 tỷ đồng, Công ty đủ năng lực tham gia các gói thầu kết cấu thép quy mô lớn. Hạn chế: thiết bị "
        "đúc lạc hậu, thị trường xuất khẩu còn nhỏ; chưa hoàn thành chỉ tiêu nội địa hóa 80% và chỉ tiêu xuất khẩu 15%.",
        fraction(f"{z(8)}/10 chỉ tiêu (80%)", 8, 10, D("80"), "consistent", "Chỉ tiêu hoàn thành / chỉ tiêu nhiệm kỳ"),
        repeat(f"nhiệm kỳ {P(dt_summary)} tỷ", dt_nk, dt_summary, "inconsistent", "Doanh thu nhiệm kỳ nhắc lại", "mục II"),
        repeat(f"thuế {P(ln_nk)} tỷ", ln_nk, ln_nk, "consistent", "LNTT nhiệm kỳ nhắc lại"),
        repeat(f"điều lệ {P(von)} tỷ", von, von, "consistent", "Vốn điều lệ nhắc lại"),
        amb("305,9 tỷ", "repeat",
            "Chú thích ghi vốn chủ sở hữu 312,6 tỷ tại 31/12/2024; 305,9 không ghi thời điểm (có thể là số đã trừ cổ tức "
            "hoặc số tại ngày khác)"))
    d.p("Nguyên nhân của hạn chế: giá thép, kẽm biến động mạnh trong các năm 2021 - 2022; nhiều dự án khu công nghiệp giãn tiến "
        "độ làm đơn hàng kết cấu thép giảm; nguồn nhân lực kỹ sư thiết kế chất lượng cao còn thiếu, thu nhập chưa đủ sức cạnh "
        "tranh với doanh nghiệp FDI trên địa bàn.")
    d.p("IV. ĐỊNH HƯỚNG NHIỆM KỲ 2025 - 2030")
    d.p(f"Tổng doanh thu 5 năm {P(dt_kh_moi)} tỷ đồng, gấp {P(r_moi)} lần nhiệm kỳ 2020 - 2025, bình quân {P(dt_kh_moi / 5)} tỷ "
        f"đồng/năm; năm 2030 đạt 1.000 tỷ đồng; cổ tức hằng năm không thấp hơn 10%. Năm 2025 phấn đấu doanh thu {P(dt25)} tỷ "
        f"đồng, tăng {P(r25)}% so với năm 2024; lợi nhuận trước thuế ... tỷ đồng.",
        ratio(f"gấp {P(r_moi)} lần", dt_kh_moi, dt_nk, r_moi, "consistent", "Kế hoạch nhiệm kỳ mới / thực hiện nhiệm kỳ này",
              times=True),
        term("nhiệm kỳ 2020 - 2025", "nhiệm kỳ 2020 - 2025", "nhiệm kỳ 2020 - 2025", "consistent",
             "Nhiệm kỳ 2025 - 2030 so với nhiệm kỳ liền trước"),
        avg(f"bình quân {P(dt_kh_moi / 5)} tỷ", dt_kh_moi, 5, dt_kh_moi / 5, "consistent", "Doanh thu bình quân kế hoạch"),
        ratio(f"tăng {P(r25)}%", dt25, dt24, r25, "consistent", "Kế hoạch 2025 / thực hiện 2024", minus100=True),
        term("so với năm 2024", "năm 2024", "năm 2024", "consistent", "Năm trước"))
    d.p("HĐQT nhiệm kỳ 2025 - 2030 dự kiến gồm 05 thành viên, trong đó có ít nhất 01 thành viên độc lập; tập trung: (1) đầu tư "
        "dây chuyền đúc mẫu chảy; (2) mở rộng thị trường ASEAN; (3) hoàn thiện quy chế quản trị theo Điều lệ mẫu; (4) ...")
    d.p("TM. HỘI ĐỒNG QUẢN TRỊ - CHỦ TỊCH")
    d.p(FN + f"Số liệu nhiệm kỳ 2015 - 2020 theo Báo cáo số 08/BC-HĐQT ngày 20/4/2020: doanh thu {P(dt_nk_truoc)} tỷ đồng, lợi "
        f"nhuận trước thuế {P(ln_truoc)} tỷ đồng, nộp ngân sách {P(ns_truoc)} tỷ đồng.",
        repeat(f"doanh thu {P(dt_nk_truoc)} tỷ", dt_nk_truoc, dt_nk_truoc, "consistent", "Doanh thu nhiệm kỳ trước nhắc lại"),
        repeat(f"thuế {P(ln_truoc)} tỷ", ln_truoc, ln_truoc, "consistent", "LNTT nhiệm kỳ trước nhắc lại"),
        repeat(f"sách {P(ns_truoc)} tỷ", ns_truoc, ns_truoc, "consistent", "Nộp ngân sách nhiệm kỳ trước nhắc lại"))
    d.p(FN + "Báo cáo tài chính năm 2024 đã kiểm toán: vốn chủ sở hữu đến 31/12/2024 là 312,6 tỷ đồng; tổng tài sản 684,2 tỷ đồng.")
    return d


# ============================================================================= output
def write(drafts):
    os.makedirs(OUT, exist_ok=True)
    rows = []
    kv = Counter()
    for d in drafts:
        text = "\n".join(d.lines) + "\n"
        with open(os.path.join(OUT, d.name + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
        claims = sorted(d.claims, key=lambda c: c["line"])
        with open(os.path.join(OUT, d.name + ".labels.json"), "w", encoding="utf-8") as f:
            json.dump({"file": d.name + ".txt", "claims": claims}, f, ensure_ascii=False, indent=2)
            f.write("\n")
        # re-read and verify anchors / line numbers / footnotes
        with open(os.path.join(OUT, d.name + ".txt"), encoding="utf-8") as f:
            lines = f.read().split("\n")[:-1]
        assert lines == d.lines
        for c in claims:
            assert lines[c["line"] - 1].count(c["anchor"]) == 1, (d.name, c)
        fn = [i for i, l in enumerate(lines) if l.startswith(FN)]
        assert fn and fn == list(range(len(lines) - len(fn), len(lines))), (d.name, "footnotes must be last")
        v = Counter(c["verdict"] for c in claims)
        for c in claims:
            kv[(c["kind"], c["verdict"])] += 1
        rows.append((d.name, len(text), len(lines), len(claims), v["consistent"], v["rounding"], v["inconsistent"],
                     v["ambiguous"]))
    return rows, kv


def summary(rows, kv):
    out = ["# dev20 – Vietnamese company report drafts with labelled numeric claims", "",
           "Generated by `make.py` (Python standard library, `decimal.Decimal`, ROUND_HALF_UP). "
           "Subjects: provincial fertilizer company, wood processing company, river ferry company, mechanical engineering company.",
           "", "## Per draft", "",
           "| draft | characters | lines | claims | consistent | rounding | inconsistent | ambiguous |",
           "|---|---:|---:|---:|---:|---:|---:|---:|"]
    tot = [0] * 7
    for r in rows:
        out.append("| %s | %d | %d | %d | %d | %d | %d | %d |" % r)
        tot = [a + b for a, b in zip(tot, r[1:])]
    out.append("| **total** | %d | %d | %d | %d | %d | %d | %d |" % tuple(tot))
    out += ["", "## Kind × verdict (all drafts)", "",
            "| kind | " + " | ".join(VERDICTS) + " | total |", "|---|" + "---:|" * (len(VERDICTS) + 1)]
    colt = Counter()
    for k in KINDS:
        cells = [kv[(k, v)] for v in VERDICTS]
        for v, n in zip(VERDICTS, cells):
            colt[v] += n
        out.append("| %s | %s | %d |" % (k, " | ".join(str(n) for n in cells), sum(cells)))
    out.append("| **total** | %s | %d |" % (" | ".join(str(colt[v]) for v in VERDICTS), sum(colt.values())))
    out += ["", "Characters are Unicode code points of the .txt file (newlines included); lines are paragraphs, "
            "footnotes (`[\\ufffd] …`) last.", ""]
    with open(os.path.join(HERE, "SUMMARY.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def main():
    drafts = [f() for f in DRAFTS]
    rows, kv = write(drafts)
    summary(rows, kv)
    for r in rows:
        print("%-34s chars=%5d lines=%2d claims=%2d  C=%2d R=%d I=%d A=%d" % r)


DRAFTS = [draft1, draft2, draft3, draft4]

if __name__ == "__main__":
    main()
