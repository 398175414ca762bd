#!/usr/bin/env python3
"""Generator of the dev12 prose evaluation set (four Vietnamese report drafts).

Each draft is a list of lines. A line is either a plain string or a pair
(text, [claims]); a claim is (anchor, kind, verdict, check[, extra_note]).
The check is evaluated with exact Decimal arithmetic (ROUND_HALF_UP); the script
asserts that the arithmetic gives the declared verdict, that every anchor occurs
exactly once in its line and that the stated figure of the check is inside the
anchor. It then writes <draft>.txt, <draft>.labels.json and SUMMARY.md.

Run: python3 make.py   (from any directory; outputs go beside this file)
"""
import json
import os
import re
from collections import Counter, OrderedDict
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, getcontext

getcontext().prec = 50
D = Decimal
HERE = os.path.dirname(os.path.abspath(__file__))
FN = "[\uFFFD] "          # footnote line prefix, as the shared drafts are exported
KINDS = ["sum", "subset", "share", "fraction", "difference", "points", "ratio", "repeat", "term"]
VERDICTS = ["consistent", "rounding", "inconsistent", "ambiguous"]


# --------------------------------------------------------------------------- numbers
def P(s):
    """Parse a vi-VN number string: '.' thousands, ',' decimals; '01' -> 1."""
    t = s.strip().rstrip("%").strip()
    neg = t.startswith("-")
    t = t.lstrip("-")
    assert re.fullmatch(r"\d{1,3}(\.\d{3})*(,\d+)?|\d+(,\d+)?", t), "not a vi-VN number: %r" % s
    v = D(t.replace(".", "").replace(",", "."))
    return -v if neg else v


def dp_of(s):
    t = s.strip().rstrip("%").strip()
    return len(t.split(",")[1]) if "," in t else 0


def q(x, dp, mode=ROUND_HALF_UP):
    return x.quantize(D(1).scaleb(-dp), rounding=mode)


def F(x, dp=0, pad2=False):
    """Format a Decimal in vi-VN style with dp decimals."""
    x = q(D(x), dp)
    neg = x < 0
    x = abs(x)
    s = format(x, "f")
    ip, _, fp = s.partition(".")
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    ip = ".".join(groups)
    if pad2 and len(ip) == 1 and dp == 0:
        ip = "0" + ip
    out = ip + ("," + fp if fp else "")
    return ("-" if neg else "") + out


def unit(dp):
    return D(1).scaleb(-dp)


NAIVE = [False]


def judge_value(stated_s, exact, what):
    """consistent / rounding (truncated) / inconsistent for a stated rounded value."""
    dp = dp_of(stated_s)
    st = P(stated_s)
    h = q(exact, dp)
    t = q(exact, dp, ROUND_DOWN)
    if st == h:
        return "consistent", h, dp
    if st == t:
        return "rounding", h, dp
    # an error must be off by more than one unit of the last stated digit
    # (not required for the naive reading of an ambiguous claim)
    assert NAIVE[0] or abs(st - h) > unit(dp), "%s: %s is off by one unit only (%s) - pick clearer data" % (what, stated_s, h)
    return "inconsistent", h, dp


# --------------------------------------------------------------------------- checks
def evaluate(check):
    """Return (status, right, note, stated_strings_that_must_be_in_anchor)."""
    k = check[0]
    if k == "sum":
        _, total_s, parts = check[:3]
        t = P(total_s)
        s = sum(P(p) for p in parts)
        dp = max([dp_of(total_s)] + [dp_of(p) for p in parts])
        expr = " + ".join(parts).replace("+ -", "- ")
        if s == t:
            return "consistent", None, "%s = %s" % (expr, F(s, dp)), [total_s]
        return "inconsistent", F(s, dp), "%s = %s ≠ %s" % (expr, F(s, dp), total_s), [total_s]
    if k == "sum100":
        _, pcts, anchor_fig = check[:3]
        s = sum(P(p) for p in pcts)
        dp = max(dp_of(p) for p in pcts)
        tol = len(pcts) * unit(dp) / 2
        expr = " + ".join(pcts)
        if abs(s - 100) <= tol:
            return "consistent", None, "%s = %s%% (100%% ± %s)" % (expr, F(s, dp), F(tol, dp + 1)), [anchor_fig]
        return "inconsistent", None, "%s = %s%%, not 100%% (tolerance ± %s)" % (expr, F(s, dp), F(tol, dp + 1)), [anchor_fig]
    if k == "subset":
        _, parent_s, parts, mode = check[:4]
        par = P(parent_s)
        if mode == "each":
            bad = [p for p in parts if P(p) > par]
            if len(parts) == 1:
                note = "part ≤ whole: %s ≤ %s" % (parts[0], parent_s)
            else:
                note = "overlapping dimensions: each of %s ≤ %s" % (", ".join(parts), parent_s)
            if len(parts) > 1:
                note += " (their sum %s may exceed the whole)" % F(sum(P(p) for p in parts), max(dp_of(p) for p in parts))
            if not bad:
                return "consistent", None, note, [parts[0]]
            return "inconsistent", None, "%s > %s" % (bad[0], parent_s), [parts[0]]
        s = sum(P(p) for p in parts)
        dp = max([dp_of(parent_s)] + [dp_of(p) for p in parts])
        expr = " + ".join(parts)
        if s <= par:
            return "consistent", None, "one dimension, partial list: %s = %s ≤ %s" % (expr, F(s, dp), parent_s), [parts[0]]
        return "inconsistent", F(s, dp), "one dimension: %s = %s > %s" % (expr, F(s, dp), parent_s), [parts[0]]
    if k == "share":
        _, part_s, base_s, stated_s = check[:4]
        exact = P(part_s) / P(base_s) * 100
        st, h, dp = judge_value(stated_s, exact, "share")
        note = "%s / %s = %s%% → %s%%" % (part_s, base_s, F(exact, dp + 3), F(h, dp))
        if st == "rounding":
            note += " (stated %s is truncated)" % stated_s
        return st, (F(h, dp) + "%" if st != "consistent" else None), note, [stated_s]
    if k == "fraction":
        _, a_s, b_s, pct_s, whole_s = check[:5]
        a, b = P(a_s), P(b_s)
        figs = [a_s + "/" + b_s]
        notes = []
        status, right = "consistent", None
        if a > b:
            return "inconsistent", None, "%s > %s" % (a_s, b_s), figs
        if whole_s is not None:
            if P(whole_s) != b:
                status = "inconsistent"
                right = a_s + "/" + whole_s
                notes.append("whole %s ≠ the %s stated for the same set" % (b_s, whole_s))
            else:
                notes.append("whole %s = the total stated for the set" % b_s)
        if pct_s is not None:
            figs.append(pct_s)
            exact = a / b * 100
            st, h, dp = judge_value(pct_s, exact, "fraction")
            notes.insert(0, "%s / %s = %s%% → %s%%" % (a_s, b_s, F(exact, dp + 3), F(h, dp)))
            if st != "consistent" and status == "consistent":
                status, right = st, F(h, dp) + "%"
                if st == "rounding":
                    notes.append("stated %s is truncated" % pct_s)
        else:
            notes.insert(0, "%s ≤ %s" % (a_s, b_s))
        return status, right, "; ".join(notes), figs
    if k in ("difference", "points"):
        _, cur_s, prev_s, stated_s, word = check[:5]
        diff = P(cur_s) - P(prev_s)
        dp = max(dp_of(cur_s), dp_of(prev_s), dp_of(stated_s))
        # 'vượt' (exceeds) and 'còn lại' (remainder) are positive like 'tăng'
        assert word in ("tăng", "giảm", "vượt", "còn lại"), word
        if word in ("vượt", "còn lại"):
            good_word = word if diff > 0 else "giảm"
        else:
            good_word = "tăng" if diff > 0 else "giảm"
        u = " điểm %" if k == "points" else ""
        note = "%s - %s = %s%s" % (cur_s, prev_s, F(diff, dp), u)
        if k == "points":
            rel = (P(cur_s) / P(prev_s) - 1) * 100
            note += " (relative reading: %s%%)" % F(rel, 2)
        ok = (abs(diff) == P(stated_s)) and word == good_word
        if ok:
            return "consistent", None, note + " → %s %s" % (word, F(abs(diff), dp)), [stated_s]
        return "inconsistent", F(abs(diff), dp) if word == good_word else good_word + " " + F(abs(diff), dp), \
            note + " → %s %s, stated %s %s" % (good_word, F(abs(diff), dp), word, stated_s), [stated_s]
    if k == "ratio":
        _, cur_s, prev_s, stated_s, mode = check[:5]
        r = P(cur_s) / P(prev_s)
        exact = {"pct": r * 100, "up": (r - 1) * 100, "down": (1 - r) * 100, "times": r, "avg": r}[mode]
        st, h, dp = judge_value(stated_s, exact, "ratio")
        form = {"pct": "%s / %s × 100 = %s%%", "up": "(%s / %s - 1) × 100 = %s%%",
                "down": "(1 - %s / %s) × 100 = %s%%", "times": "%s / %s = %s lần",
                "avg": "average %s / %s = %s"}[mode]
        note = form % (cur_s, prev_s, F(exact, dp + 3)) + " → %s" % F(h, dp)
        if st == "rounding":
            note += " (stated %s is truncated)" % stated_s
        suffix = "" if mode in ("times", "avg") else "%"
        return st, (F(h, dp) + suffix if st != "consistent" else None), note, [stated_s]
    if k == "repeat":
        _, first_s, second_s = check[:3]
        factor = D(check[3]) if len(check) > 3 and check[3] is not None else D(1)
        a, b = P(first_s) * factor, P(second_s)
        if a == b:
            return "consistent", None, "same quantity: %s and %s" % (first_s, second_s), [second_s]
        return "inconsistent", first_s, "same quantity written %s elsewhere, %s here" % (first_s, second_s), [second_s]
    if k == "term":
        _, named, expected = check[:3]
        if named == expected:
            return "consistent", None, "the previous period of the claim is %s" % expected, [named]
        return "inconsistent", expected, "the period before the claim's own is %s, not %s" % (expected, named), [named]
    raise ValueError(k)


def evaluate_claim(kind, verdict, check):
    if check[0] == "fig":
        # ('fig', figure_as_written_in_anchor, inner_check, explanation): the figure is written in
        # another unit or form in the text (e.g. '3,2 tỷ đồng' checked as 3.200 triệu đồng)
        _, fig, inner, expl = check
        st, right, note, _ = evaluate_claim(kind, verdict, inner)
        return st, right, expl + ": " + note, [fig]
    if check[0] == "amb":
        # ('amb', figure_in_anchor, reason, naive_check or None)
        _, fig, reason, naive = check
        note = reason
        if naive is not None:
            NAIVE[0] = True
            try:
                st, _, nnote, _ = evaluate(naive)
            finally:
                NAIVE[0] = False
            assert st != "consistent", "ambiguous claim whose naive reading is plainly consistent: %s" % (check,)
            note = reason + " Naive reading: " + nnote + "."
        return "ambiguous", None, note, [fig]
    st, right, note, figs = evaluate(check)
    return st, right, note, figs


# --------------------------------------------------------------------------- drafts
DRAFTS = OrderedDict()

# ============================================================== draft 1: KCN board
DRAFTS["d12-01-ban-quan-ly-khu-cong-nghiep"] = [
    "ỦY BAN NHÂN DÂN TỈNH TRÀ VINH",
    "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP",
    "Số:        /BC-BQLKCN",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Trà Vinh, ngày      tháng 12 năm 2024",
    "BÁO CÁO",
    "Kết quả thực hiện nhiệm vụ năm 2024 và phương hướng, nhiệm vụ năm 2025",
    "Thực hiện Công văn số 4512/UBND-KT ngày 15/11/2024 của Ủy ban nhân dân tỉnh và Quyết định số 125/QĐ-UBND ngày 12/3/2024 về giao chỉ tiêu kế hoạch năm 2024, Ban Quản lý các khu công nghiệp tỉnh (sau đây gọi tắt là Ban Quản lý) báo cáo kết quả thực hiện như sau:",
    "I. TÌNH HÌNH CHUNG",
    ("Theo Quy hoạch tỉnh thời kỳ 2021 - 2030 (Quyết định số 1116/QĐ-TTg ngày 29/9/2023 của Thủ tướng Chính phủ), trên địa bàn tỉnh có 05 khu công nghiệp với tổng diện tích 1.482,6 ha, gồm: Khu công nghiệp Long Đức 300,8 ha, Khu công nghiệp Cầu Quan 132,5 ha, Khu công nghiệp Cổ Chiên 285,1 ha, Khu công nghiệp Định An 546,2 ha và Khu công nghiệp Đông Hải 218 ha. Trong đó 03/05 khu công nghiệp đã đi vào hoạt động (Long Đức, Cầu Quan, Cổ Chiên) với diện tích đất công nghiệp có thể cho thuê 612,4 ha; Khu công nghiệp Định An và Khu công nghiệp Đông Hải đang hoàn thiện thủ tục giao đất, bồi thường, giải phóng mặt bằng.", [
        ("tổng diện tích 1.482,6 ha", "sum", "consistent", ("sum", "1.482,6", ["300,8", "132,5", "285,1", "546,2", "218"])),
        ("03/05 khu công nghiệp", "fraction", "consistent", ("fraction", "03", "05", None, "05")),
    ]),
    ("Năm 2024, đơn hàng ngành dệt may, da giày giảm mạnh trong 06 tháng đầu năm, chi phí vận chuyển tăng cao đã tác động không nhỏ đến sản xuất, kinh doanh của doanh nghiệp. Được sự quan tâm chỉ đạo của Tỉnh ủy, Ủy ban nhân dân tỉnh, Ban Quản lý đã tập trung tháo gỡ khó khăn cho doanh nghiệp, đẩy mạnh cải cách thủ tục hành chính và xúc tiến đầu tư, qua đó đạt và vượt 09/11 chỉ tiêu kế hoạch được giao.", [
        ("09/11 chỉ tiêu", "fraction", "consistent", ("fraction", "09", "11", None, "11"), "The 11 targets are counted again in part III (09 + 02)."),
    ]),
    "II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024",
    "1. Công tác xúc tiến, thu hút đầu tư",
    ("Trong năm, Ban Quản lý đã cấp mới Giấy chứng nhận đăng ký đầu tư cho 09 dự án (06 dự án trong nước, 03 dự án FDI) và điều chỉnh tăng vốn cho 05 lượt dự án. Tổng vốn đăng ký cấp mới và tăng thêm của các dự án trong nước là 3.215,4 tỷ đồng (cấp mới 2.640,5 tỷ đồng, tăng vốn 574,9 tỷ đồng), đạt 107,18% kế hoạch năm (kế hoạch 3.000 tỷ đồng), bằng 133,53% so với năm 2023 (2.408 tỷ đồng), tăng 870,4 tỷ đồng; vốn đăng ký của các dự án FDI đạt 182,6 triệu USD, gấp 2,7 lần cùng kỳ (67,5 triệu USD)[", [
        ("09 dự án (06 dự án trong nước", "sum", "consistent", ("sum", "09", ["06", "03"])),
        ("3.215,4 tỷ đồng (cấp mới", "sum", "consistent", ("sum", "3.215,4", ["2.640,5", "574,9"])),
        ("đạt 107,18% kế hoạch năm", "ratio", "consistent", ("ratio", "3.215,4", "3.000", "107,18", "pct")),
        ("bằng 133,53% so với năm 2023", "ratio", "consistent", ("ratio", "3.215,4", "2.408", "133,53", "pct")),
        ("tăng 870,4 tỷ đồng", "difference", "inconsistent", ("difference", "3.215,4", "2.408", "870,4", "tăng"), "Digits 0 and 7 swapped (807,4 → 870,4)."),
        ("gấp 2,7 lần cùng kỳ", "ratio", "consistent", ("ratio", "182,6", "67,5", "2,7", "times")),
    ]),
    "].",
    ("Lũy kế đến ngày 30/11/2024, các khu công nghiệp có 86 dự án còn hiệu lực, gồm 61 dự án trong nước với tổng vốn đăng ký 18.425,6 tỷ đồng và 25 dự án FDI với tổng vốn đăng ký 1.136,2 triệu USD; tăng 07 dự án so với cùng thời điểm năm 2023 (79 dự án), trong năm có 02 dự án chấm dứt hoạt động. Vốn thực hiện lũy kế của các dự án trong nước đạt 14.236,8 tỷ đồng, bằng 77,27% tổng vốn đăng ký; của các dự án FDI đạt 724,5 triệu USD.", [
        ("86 dự án còn hiệu lực", "sum", "consistent", ("sum", "86", ["61", "25"])),
        ("tăng 07 dự án", "difference", "consistent", ("difference", "86", "79", "07", "tăng"), "Also 79 + 09 new - 02 terminated = 86."),
        ("bằng 77,27%", "share", "consistent", ("share", "14.236,8", "18.425,6", "77,27")),
    ]),
    ("Về tình trạng triển khai, trong số 86 dự án còn hiệu lực có 64 dự án đã đi vào hoạt động sản xuất, kinh doanh (chiếm 74,41%), 11 dự án đang xây dựng nhà xưởng (chiếm 12,79%), 08 dự án chưa triển khai (9,30%) và 03 dự án tạm ngừng hoạt động (3,49%). Đối với các dự án chậm triển khai, Ban Quản lý đã làm việc trực tiếp với chủ đầu tư, ban hành 05 văn bản đôn đốc và đề nghị thu hồi đất đối với 02 dự án[", [
        ("trong số 86 dự án", "sum", "consistent", ("sum", "86", ["64", "11", "08", "03"])),
        ("chiếm 74,41%", "share", "rounding", ("share", "64", "86", "74,41")),
        ("chiếm 12,79%", "share", "consistent", ("share", "11", "86", "12,79")),
        ("(9,30%)", "share", "consistent", ("share", "08", "86", "9,30")),
        ("(3,49%)", "share", "consistent", ("share", "03", "86", "3,49")),
    ]),
    ("]. Ban Quản lý đã phối hợp tổ chức 04 đoàn xúc tiến đầu tư tại Hàn Quốc, Nhật Bản và Thành phố Hồ Chí Minh, tiếp và làm việc với 37 lượt nhà đầu tư, tăng 12 lượt so với năm 2023 là 25 lượt.", [
        ("tăng 12 lượt", "difference", "consistent", ("difference", "37", "25", "12", "tăng"), "'so với năm 2023 là 25 lượt' names the previous value."),
    ]),
    "2. Tình hình sản xuất, kinh doanh của doanh nghiệp",
    ("Doanh thu của các doanh nghiệp trong khu công nghiệp năm 2024 ước đạt 1.245,6 triệu USD, tăng 12,4% so với năm 2023 (1.108,2 triệu USD); trong đó kim ngạch xuất khẩu 865,3 triệu USD, chiếm 69,47% tổng doanh thu, tăng 11,45% so với năm trước; giá trị nhập khẩu nguyên liệu 402,8 triệu USD, chiếm 32.34% doanh thu. Các doanh nghiệp đã nộp ngân sách nhà nước 312,6 tỷ đồng, đạt 104,2% dự toán (300 tỷ đồng), bằng 96,8% so với năm 2023 do một số doanh nghiệp được gia hạn, giảm thuế[", [
        ("bằng 96,8% so với năm 2023", "ratio", "consistent", ("ratio", "312,6", "322,9", "96,8", "pct"), "2023 budget payments 322,9 tỷ đồng are given in a footnote."),
        ("tăng 12,4%", "ratio", "consistent", ("ratio", "1.245,6", "1.108,2", "12,4", "up")),
        ("chiếm 69,47%", "share", "consistent", ("share", "865,3", "1.245,6", "69,47")),
        ("tăng 11,45%", "ratio", "consistent", ("ratio", "865,3", "776,4", "11,45", "up"), "2023 exports 776,4 triệu USD are given in a footnote."),
        ("chiếm 32.34%", "share", "ambiguous", ("amb", "32.34", "'32.34%' reads as 3.234 % in vi-VN notation, or as 32,34 % typed with an English decimal point (402,8 / 1.245,6 = 32,34 %); the format itself is ambiguous.", None)),
        ("đạt 104,2% dự toán", "ratio", "consistent", ("ratio", "312,6", "300", "104,2", "pct")),
    ]),
    "].",
    "3. Tình hình lao động, việc làm",
    ("Đến ngày 30/11/2024, tổng số lao động đang làm việc tại các khu công nghiệp là 32.418 người, tăng 2.615 người so với cùng kỳ năm 2023 (29.803 người), trong đó: lao động nữ 21.356 người, chiếm 65,88%; lao động là người dân tộc Khmer 9.874 người, chiếm 30,45%; lao động ngoại tỉnh 4.206 người; người nước ngoài 112 người. Chia theo trình độ, 32.418 lao động gồm: lao động phổ thông 24.906 người, công nhân kỹ thuật và trung cấp 4.318 người, cao đẳng 1.412 người, đại học và trên đại học 2.052 người[", [
        ("tăng 2.615 người", "difference", "consistent", ("difference", "32.418", "29.803", "2.615", "tăng")),
        ("chiếm 65,88%", "share", "consistent", ("share", "21.356", "32.418", "65,88")),
        ("chiếm 30,45%", "share", "rounding", ("share", "9.874", "32.418", "30,45")),
        ("lao động ngoại tỉnh 4.206 người", "subset", "consistent", ("subset", "32.418", ["4.206", "21.356", "9.874", "112"], "each"), "nữ / Khmer / ngoại tỉnh / nước ngoài are different dimensions."),
        ("32.418 lao động gồm", "sum", "inconsistent", ("sum", "32.418", ["24.906", "4.318", "1.412", "2.052"]), "Part changed, total kept: 1.412 is likely 1.142 (digits swapped); with 1.142 the parts give 32.418."),
    ]),
    "].",
    ("Thu nhập bình quân của người lao động đạt 7,85 triệu đồng/người/tháng, tăng 0,42 triệu đồng so với năm 2023 (7,43 triệu đồng); riêng lao động trực tiếp sản xuất bình quân 7,2 triệu đồng/người/tháng. Số lao động tham gia bảo hiểm xã hội bắt buộc là 30.127/32.418 người, đạt 92,93%, cao hơn 1,85 điểm phần trăm so với năm 2023 (91,08%). Trong năm xảy ra 03 vụ ngừng việc tập thể với 412 lao động tham gia, đều được giải quyết dứt điểm trong ngày[", [
        ("tăng 0,42 triệu đồng", "difference", "consistent", ("difference", "7,85", "7,43", "0,42", "tăng")),
        ("30.127/32.418 người, đạt 92,93%", "fraction", "consistent", ("fraction", "30.127", "32.418", "92,93", "32.418")),
        ("cao hơn 1,85 điểm phần trăm", "points", "consistent", ("points", "92,93", "91,08", "1,85", "tăng")),
    ]),
    "].",
    ("Về nhà ở cho người lao động, hiện có 1.236 phòng lưu trú do doanh nghiệp và người dân đầu tư, đáp ứng chỗ ở cho 2.150/4.206 lao động ngoại tỉnh, đạt 51,12%; dự án nhà ở xã hội Long Đức (520 căn) khởi công ngày 19/5/2024, dự kiến hoàn thành ... căn trong quý IV/2025.", [
        ("2.150/4.206 lao động ngoại tỉnh, đạt 51,12%", "fraction", "consistent", ("fraction", "2.150", "4.206", "51,12", "4.206")),
    ]),
    "4. Công tác quản lý quy hoạch, đất đai, xây dựng",
    ("Đến nay, các khu công nghiệp đang hoạt động đã cho thuê 438,7 ha đất công nghiệp, tỷ lệ lấp đầy chung đạt 71,64%, tăng 4,27 điểm phần trăm so với năm 2023 (67,37%). Cụ thể: Khu công nghiệp Long Đức cho thuê 178,4/189,1 ha, tỷ lệ lấp đầy 94,34%; Khu công nghiệp Cầu Quan cho thuê 56,7/91,8 ha, đạt 61,76%; Khu công nghiệp Cổ Chiên cho thuê 203,6/331,5 ha, đạt 33,25%. Tính trên tổng diện tích đất công nghiệp theo quy hoạch của cả 05 khu, tỷ lệ lấp đầy mới đạt 48,9%.", [
        ("đã cho thuê 438,7 ha", "sum", "consistent", ("sum", "438,7", ["178,4", "56,7", "203,6"])),
        ("lấp đầy chung đạt 71,64%", "share", "consistent", ("share", "438,7", "612,4", "71,64"), "Base 612,4 ha of leasable land is stated in part I."),
        ("tăng 4,27 điểm phần trăm", "points", "consistent", ("points", "71,64", "67,37", "4,27", "tăng")),
        ("178,4/189,1 ha, tỷ lệ lấp đầy 94,34%", "fraction", "consistent", ("fraction", "178,4", "189,1", "94,34", None)),
        ("56,7/91,8 ha, đạt 61,76%", "fraction", "consistent", ("fraction", "56,7", "91,8", "61,76", None)),
        ("203,6/331,5 ha, đạt 33,25%", "fraction", "inconsistent", ("fraction", "203,6", "331,5", "33,25", None), "Wrong base: 33,25% = 203,6 / 612,4 (all leasable land of the three zones)."),
        ("mới đạt 48,9%", "share", "ambiguous", ("amb", "48,9", "The base 'đất công nghiệp theo quy hoạch của cả 05 khu' is stated nowhere; only the 1.482,6 ha total area is given.", ("share", "438,7", "1.482,6", "48,9"))),
    ]),
    "Trong năm, Ban Quản lý đã cấp 14 giấy phép xây dựng với tổng diện tích sàn 186.520 m²; trình phê duyệt điều chỉnh quy hoạch chi tiết tỷ lệ 1/2000 Khu công nghiệp Cổ Chiên (Quyết định số 2087/QĐ-UBND ngày 08/10/2024).",
    "5. Công tác thanh tra, kiểm tra và bảo vệ môi trường",
    ("Thực hiện Kế hoạch số 08/KH-BQLKCN ngày 22/01/2024, Ban Quản lý chủ trì và phối hợp tổ chức 27 cuộc thanh tra, kiểm tra tại 58 lượt doanh nghiệp, đạt 112,5% kế hoạch (kế hoạch 24 cuộc), gồm: 04 cuộc thanh tra chuyên ngành, 15 cuộc kiểm tra theo kế hoạch và 08 cuộc kiểm tra đột xuất theo phản ánh của người dân. Qua kiểm tra, 45/58 lượt doanh nghiệp chấp hành tốt quy định của pháp luật, chiếm 77,59%; đã ban hành 12 quyết định xử phạt vi phạm hành chính với tổng số tiền 386,5 triệu đồng, trong đó lĩnh vực môi trường 05 quyết định, 248 triệu đồng; lĩnh vực lao động 04 quyết định, 96,5 triệu đồng; lĩnh vực xây dựng 03 quyết định, 52 triệu đồng. Số tiền xử phạt giảm 18,4% so với năm 2023 (473,8 triệu đồng).", [
        ("27 cuộc thanh tra, kiểm tra", "sum", "consistent", ("sum", "27", ["04", "15", "08"])),
        ("đạt 112,5% kế hoạch", "ratio", "consistent", ("ratio", "27", "24", "112,5", "pct")),
        ("45/58 lượt doanh nghiệp chấp hành tốt quy định của pháp luật, chiếm 77,59%", "fraction", "consistent", ("fraction", "45", "58", "77,59", "58")),
        ("12 quyết định xử phạt", "sum", "consistent", ("sum", "12", ["05", "04", "03"])),
        ("tổng số tiền 386,5 triệu đồng", "sum", "inconsistent", ("sum", "386,5", ["248", "96,5", "52"]), "The three fields of one dimension exceed the total; 96,5 is probably 86,5."),
        ("giảm 18,4%", "ratio", "consistent", ("ratio", "386,5", "473,8", "18,4", "down")),
    ]),
    ("Các khu công nghiệp đang hoạt động đều đã có nhà máy xử lý nước thải tập trung với tổng công suất thiết kế 9.500 m³/ngày đêm (Long Đức 4.000 m³, Cầu Quan 2.000 m³, Cổ Chiên 3.500 m³); 61/64 doanh nghiệp đang hoạt động đã đấu nối nước thải về hệ thống xử lý tập trung (95,31%), các doanh nghiệp còn lại được miễn trừ đấu nối do tự xử lý đạt quy chuẩn.", [
        ("9.500 m³/ngày đêm", "sum", "consistent", ("sum", "9.500", ["4.000", "2.000", "3.500"])),
        ("61/64 doanh nghiệp đang hoạt động đã đấu nối nước thải về hệ thống xử lý tập trung (95,31%)", "fraction", "consistent", ("fraction", "61", "64", "95,31", "64"), "64 = the projects in operation (line on implementation status)."),
    ]),
    "6. Cải cách hành chính, tổ chức bộ máy",
    ("Năm 2024, Ban Quản lý tiếp nhận 1.254 hồ sơ thủ tục hành chính, gấp 1,6 lần năm 2023 (782 hồ sơ), trong đó tiếp nhận trực tuyến 1.187 hồ sơ, chiếm 94,66%; đã giải quyết 1.241 hồ sơ (trước hạn 1.108 hồ sơ, đúng hạn 133 hồ sơ), số còn lại đang trong hạn giải quyết, không có hồ sơ trễ hạn. Phản ánh, kiến nghị của doanh nghiệp xin liên hệ số điện thoại 0294.3855.678 hoặc đường dây nóng 0913.125.046.", [
        ("gấp 1,6 lần", "ratio", "consistent", ("ratio", "1.254", "782", "1,6", "times")),
        ("chiếm 94,66%", "share", "consistent", ("share", "1.187", "1.254", "94,66")),
        ("giải quyết 1.241 hồ sơ", "sum", "consistent", ("sum", "1.241", ["1.108", "133"])),
    ]),
    ("Tổng số biên chế được giao năm 2024 là 32 người (công chức 24 người, viên chức 08 người), hiện có 29 người; ngoài ra có 04 người hợp đồng lao động theo Nghị định số 111/2022/NĐ-CP ngày 30/12/2022 của Chính phủ.", [
        ("32 người (công chức", "sum", "consistent", ("sum", "32", ["24", "08"])),
        ("hiện có 29 người", "subset", "consistent", ("subset", "32", ["29"], "each"), "Staff in post ≤ positions assigned."),
    ]),
    "III. ĐÁNH GIÁ CHUNG",
    ("Nhìn chung, năm 2024 các khu công nghiệp tiếp tục là điểm sáng trong thu hút đầu tư của tỉnh: thu hút mới 09 dự án, vốn đăng ký trong nước cấp mới và tăng thêm 3.215,4 tỷ đồng, giải quyết việc làm cho 32.481 lao động. Trong 11 chỉ tiêu chủ yếu được giao tại Quyết định số 125/QĐ-UBND, có 09 chỉ tiêu đạt và vượt, 02 chỉ tiêu chưa đạt (vốn thực hiện của dự án FDI và tỷ lệ lấp đầy Khu công nghiệp Cầu Quan, chỉ tiêu 70%).", [
        ("thu hút mới 09 dự án", "repeat", "consistent", ("repeat", "09", "09")),
        ("tăng thêm 3.215,4 tỷ đồng", "repeat", "consistent", ("repeat", "3.215,4", "3.215,4")),
        ("32.481 lao động", "repeat", "inconsistent", ("repeat", "32.418", "32.481"), "Second mention with the last two digits swapped; 32.418 is confirmed by the footnote per zone."),
        ("Trong 11 chỉ tiêu", "sum", "consistent", ("sum", "11", ["09", "02"])),
    ]),
    ("Giai đoạn 2021 - 2025, tính đến hết năm 2024 các khu công nghiệp đã thu hút 31 dự án mới, gấp 1,55 lần giai đoạn 2011 - 2015 (20 dự án); số lao động tăng thêm 10.214 người so với cuối giai đoạn 2016 - 2020 (22.204 người).", [
        ("giai đoạn 2011 - 2015", "term", "inconsistent", ("term", "giai đoạn 2011 - 2015", "giai đoạn 2016 - 2020"), "Five-year periods: the one before 2021 - 2025 is 2016 - 2020."),
        ("gấp 1,55 lần", "ratio", "consistent", ("ratio", "31", "20", "1,55", "times")),
        ("tăng thêm 10.214 người", "difference", "consistent", ("difference", "32.418", "22.204", "10.214", "tăng")),
        ("cuối giai đoạn 2016 - 2020", "term", "consistent", ("term", "giai đoạn 2016 - 2020", "giai đoạn 2016 - 2020")),
    ]),
    ("Bên cạnh kết quả đạt được, vẫn còn một số hạn chế: tiến độ bồi thường, giải phóng mặt bằng Khu công nghiệp Định An còn chậm (mới đạt 212,4/546,2 ha, tương đương 38,88%); 05 dự án bị thu hồi chủ trương đầu tư trong giai đoạn 2021 - 2024, trong đó 03 dự án do chậm tiến độ, 04 dự án do không đáp ứng điều kiện về môi trường; hạ tầng xã hội ngoài hàng rào khu công nghiệp chưa đáp ứng nhu cầu.", [
        ("212,4/546,2 ha, tương đương 38,88%", "fraction", "rounding", ("fraction", "212,4", "546,2", "38,88", "546,2")),
        ("05 dự án bị thu hồi", "subset", "ambiguous", ("amb", "05", "03 + 04 = 07 > 05, but the two reasons (slow progress, environment) may both apply to one project; the text does not say whether they overlap.", ("subset", "05", ["03", "04"], "disjoint"))),
    ]),
    "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025",
    ("Phấn đấu thu hút 08 - 10 dự án mới, vốn đăng ký trong nước 3.500 tỷ đồng, tăng 16,67% so với kế hoạch năm 2024; tỷ lệ lấp đầy chung các khu công nghiệp đang hoạt động đạt từ 75% trở lên; tổ chức ... cuộc thanh tra, kiểm tra; đến cuối năm 2025 tổng số lao động đạt 35.000 người, tăng ...% so với năm 2024.", [
        ("tăng 16,67%", "ratio", "consistent", ("ratio", "3.500", "3.000", "16,67", "up")),
    ]),
    "Trên đây là báo cáo kết quả thực hiện nhiệm vụ năm 2024 và phương hướng, nhiệm vụ năm 2025 của Ban Quản lý các khu công nghiệp tỉnh./.",
    "Nơi nhận: - UBND tỉnh (b/c); - Sở Kế hoạch và Đầu tư; - Lưu: VT, VP.",
    "KT. TRƯỞNG BAN",
    "PHÓ TRƯỞNG BAN",
    "",
    (FN + "09 dự án cấp mới gồm 06 dự án trong nước (may mặc, chế biến nông sản, cơ khí, logistics) và 03 dự án FDI (Hàn Quốc, Đài Loan), với tổng vốn cấp mới của dự án trong nước 2.604,5 tỷ đồng.", [
        ("09 dự án cấp mới gồm", "sum", "consistent", ("sum", "09", ["06", "03"]), "Same split as in the body."),
        ("2.604,5 tỷ đồng", "repeat", "inconsistent", ("repeat", "2.640,5", "2.604,5"), "Body gives 2.640,5 (and 2.640,5 + 574,9 = 3.215,4); footnote swaps two digits."),
    ]),
    "",
    FN + "Dự án Nhà máy chế biến thủy sản xuất khẩu Đông Phương và Dự án Nhà máy sản xuất bao bì Trà Vinh.",
    "",
    (FN + "Năm 2023, các doanh nghiệp trong khu công nghiệp nộp ngân sách nhà nước 322,9 tỷ đồng; doanh thu đạt 1.108,2 triệu USD, trong đó kim ngạch xuất khẩu 776,4 triệu USD.", [
        ("doanh thu đạt 1.108,2 triệu USD", "repeat", "consistent", ("repeat", "1.108,2", "1.108,2")),
    ]),
    "",
    (FN + "Lao động phân theo khu công nghiệp: Long Đức 15.342 người, Cầu Quan 4.865 người, Cổ Chiên 12.211 người; tổng cộng 32.418 người.", [
        ("tổng cộng 32.418 người", "sum", "consistent", ("sum", "32.418", ["15.342", "4.865", "12.211"])),
    ]),
    "",
    (FN + "Theo số liệu của Bảo hiểm xã hội tỉnh, đến ngày 31/10/2024 có 30.514 lao động trong các khu công nghiệp tham gia bảo hiểm xã hội bắt buộc.", [
        ("30.514 lao động", "repeat", "ambiguous", ("amb", "30.514", "Body gives 30.127 insured workers at 30/11/2024 (Ban Quản lý data); the footnote gives 30.514 at 31/10/2024 from another source: different date and source, cannot tell whether they must agree.", ("repeat", "30.127", "30.514"))),
    ]),
]

# ============================================================== draft 2: statistics office
DRAFTS["d12-02-cuc-thong-ke"] = [
    "TỔNG CỤC THỐNG KÊ",
    "CỤC THỐNG KÊ TỈNH BẾN TRE",
    "Số: 412/BC-CTK",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Bến Tre, ngày 20 tháng 12 năm 2024",
    "BÁO CÁO",
    "Tổng kết công tác thống kê năm 2024 và phương hướng, nhiệm vụ năm 2025",
    "Căn cứ Quyết định số 1562/QĐ-TCTK ngày 28/12/2023 của Tổng cục trưởng Tổng cục Thống kê về việc giao kế hoạch công tác năm 2024 và Kế hoạch số 05/KH-CTK ngày 10/01/2024 của Cục Thống kê tỉnh, Cục Thống kê tỉnh Bến Tre báo cáo tổng kết công tác năm 2024 như sau:",
    "Phần thứ nhất",
    "KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024",
    "I. ĐẶC ĐIỂM TÌNH HÌNH",
    ("Cục Thống kê tỉnh có Văn phòng, 03 phòng nghiệp vụ và 07 Chi cục Thống kê khu vực, huyện trực thuộc. Tính đến ngày 30/11/2024, tổng số công chức, người lao động là 118 người (Văn phòng và các phòng thuộc Cục 46 người, các Chi cục 72 người), trong đó công chức 109 người, hợp đồng lao động 09 người[", [
        ("118 người (Văn phòng", "sum", "consistent", ("sum", "118", ["46", "72"])),
        ("công chức 109 người, hợp đồng lao động 09 người", "sum", "consistent", ("fig", "09", ("sum", "118", ["109", "09"]), "split of the 118 staff by employment type"), "Anchor holds the split; the total 118 is earlier in the sentence."),
    ]),
    ("], giảm 05 người so với thời điểm 31/12/2023 (123 người) do 03 người nghỉ hưu, 02 người chuyển công tác. Về trình độ chuyên môn: thạc sĩ 14 người, chiếm 11,86%; đại học 97 người, chiếm 82,20%; cao đẳng, trung cấp 07 người, chiếm 5,93%. Về lý luận chính trị: cao cấp 16 người, trung cấp 38 người. Nữ 61 người, chiếm 51,69%; đảng viên 84 người, chiếm 77,06%.", [
        ("giảm 05 người", "difference", "consistent", ("difference", "118", "123", "05", "giảm"), "03 nghỉ hưu + 02 chuyển công tác = 05."),
        ("chiếm 11,86%", "share", "consistent", ("share", "14", "118", "11,86")),
        ("chiếm 82,20%", "share", "consistent", ("share", "97", "118", "82,20")),
        ("chiếm 5,93%", "share", "consistent", ("share", "07", "118", "5,93"), "14 + 97 + 07 = 118: the three levels cover all staff."),
        ("trung cấp 38 người", "subset", "consistent", ("subset", "118", ["38", "16"], "disjoint"), "Political-theory levels are a partial classification."),
        ("chiếm 51,69%", "share", "consistent", ("share", "61", "118", "51,69")),
        ("chiếm 77,06%", "share", "inconsistent", ("share", "84", "118", "77,06"), "Wrong base: 77,06% = 84 / 109 (công chức only) while the other shares of the sentence are of all 118 staff."),
    ]),
    "Năm 2024, ngành Thống kê tiếp tục thực hiện Chiến lược phát triển thống kê Việt Nam giai đoạn 2021 - 2030, tầm nhìn đến năm 2045; khối lượng công việc lớn, nhiều cuộc điều tra được tổ chức cùng thời điểm trong khi biên chế tiếp tục giảm theo lộ trình tinh giản, đòi hỏi sự nỗ lực rất lớn của tập thể công chức, người lao động toàn ngành.",
    "II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CHỦ YẾU",
    "1. Công tác điều tra thống kê",
    ("Năm 2024, Cục Thống kê tỉnh đã triển khai 28 cuộc điều tra thống kê, chia ra: 06 cuộc điều tra thực hiện theo tháng, quý; 19 cuộc điều tra thường xuyên hằng năm; 03 cuộc điều tra đột xuất theo phương án của Tổng cục Thống kê. So với năm 2023 (24 cuộc), số cuộc điều tra tăng 04 cuộc, bằng 116,67%; trong đó 25/28 cuộc điều tra được thu thập thông tin hoàn toàn bằng phiếu điện tử (89,28%), 03 cuộc còn lại kết hợp phiếu giấy.", [
        ("28 cuộc điều tra thống kê, chia ra", "sum", "consistent", ("sum", "28", ["06", "19", "03"])),
        ("tăng 04 cuộc", "difference", "consistent", ("difference", "28", "24", "04", "tăng")),
        ("bằng 116,67%", "ratio", "consistent", ("ratio", "28", "24", "116,67", "pct")),
        ("25/28 cuộc điều tra được thu thập thông tin hoàn toàn bằng phiếu điện tử (89,28%)", "fraction", "rounding", ("fraction", "25", "28", "89,28", "28")),
        ("03 cuộc còn lại", "difference", "consistent", ("difference", "28", "25", "03", "còn lại"), "Remainder 28 - 25."),
    ]),
    "Kết quả thu thập thông tin một số cuộc điều tra lớn:",
    ("- Điều tra dân số và nhà ở giữa kỳ năm 2024 (thời điểm 01/4/2024): điều tra 312 địa bàn mẫu với 17.856 hộ; đã thu thập 17.712 phiếu hộ, tỷ lệ hoàn thành 99,19%, số hộ không tiếp xúc được 144 hộ, chiếm 0,80%. Công tác nghiệm thu phiếu được thực hiện theo 02 vòng, phát hiện và yêu cầu xác minh lại 1.036 phiếu.", [
        ("tỷ lệ hoàn thành 99,19%", "share", "consistent", ("share", "17.712", "17.856", "99,19")),
        ("không tiếp xúc được 144 hộ", "difference", "consistent", ("difference", "17.856", "17.712", "144", "còn lại"), "Households not reached = sample - collected."),
        ("chiếm 0,80%", "share", "rounding", ("share", "144", "17.856", "0,80")),
    ]),
    ("- Điều tra doanh nghiệp năm 2024 (thu thập số liệu năm 2023): danh sách điều tra gồm 4.682 doanh nghiệp, trong đó 3.215 doanh nghiệp đang hoạt động và 1.467 doanh nghiệp tạm ngừng, chờ giải thể hoặc không tìm thấy; đã có 3.176 doanh nghiệp đang hoạt động cung cấp thông tin, tỷ lệ phản hồi 98,79%, cao hơn 1,5 điểm phần trăm so với cuộc điều tra năm 2023 (97,29%). Số doanh nghiệp đang hoạt động có kết quả sản xuất kinh doanh tăng 4,2% so với năm 2022.", [
        ("4.682 doanh nghiệp", "sum", "consistent", ("sum", "4.682", ["3.215", "1.467"])),
        ("tỷ lệ phản hồi 98,79%", "share", "consistent", ("share", "3.176", "3.215", "98,79"), "Base is the 3.215 operating enterprises, not the 4.682 listed (3.176 / 4.682 = 67,83%)."),
        ("cao hơn 1,5 điểm phần trăm", "points", "consistent", ("points", "98,79", "97,29", "1,5", "tăng")),
        ("so với năm 2022", "term", "ambiguous", ("amb", "năm 2022", "The 2024 survey collects 2023 data: 'so với năm 2022' is right for the data year but not for the survey year; the sentence does not say which.", ("term", "năm 2022", "năm 2023"))),
    ]),
    ("- Điều tra cơ sở sản xuất kinh doanh cá thể: thực hiện 02 kỳ (tháng 4 và tháng 10), mỗi kỳ 3.840 cơ sở mẫu; thu thập 7.561/7.680 phiếu, đạt 98,45%.", [
        ("7.561/7.680 phiếu, đạt 98,45%", "fraction", "consistent", ("fraction", "7.561", "7.680", "98,45", None), "Whole 7.680 = 02 kỳ × 3.840 cơ sở."),
    ]),
    ("- Điều tra giá tiêu dùng (CPI): thu thập 20.790 phiếu giá trong 11 tháng tại 03 khu vực điều tra, bằng 98,6% cùng kỳ; điều tra giá sản xuất và giá xuất, nhập khẩu thu thập 2.448 phiếu, đạt 100% kế hoạch[", [
        ("bằng 98,6% cùng kỳ", "ratio", "ambiguous", ("amb", "98,6", "The 11-month 2023 count (cùng kỳ) is not stated; the footnote gives only the full year 2023 (22.680 phiếu).", ("ratio", "20.790", "22.680", "98,6", "pct"))),
    ]),
    "].",
    ("- Các cuộc điều tra thường xuyên khác (lao động việc làm, mức sống dân cư, năng suất sản lượng cây trồng, chăn nuôi, thủy sản, vốn đầu tư...) đều hoàn thành đúng tiến độ, bảo đảm 100% khối lượng theo phương án; tỷ lệ phản hồi chung của các cuộc điều tra doanh nghiệp và cơ sở đạt 96,2%.", [
        ("đạt 96,2%", "share", "ambiguous", ("amb", "96,2", "Base not stated: which enterprise and establishment surveys are pooled is not said; the two surveys reported above give (3.176 + 7.561) / (3.215 + 7.680).", ("share", "10.737", "10.895", "96,2"))),
    ]),
    "2. Công tác tổng hợp, phổ biến thông tin thống kê",
    ("Cục Thống kê tỉnh đã biên soạn, phát hành đúng hạn 24 sản phẩm thông tin thống kê, vượt 02 sản phẩm so với kế hoạch (22 sản phẩm), gồm: 12 báo cáo tình hình kinh tế - xã hội hằng tháng, 04 báo cáo quý, 01 báo cáo năm, 01 Niên giám Thống kê tỉnh năm 2023 và 06 ấn phẩm phân tích chuyên đề. Niên giám Thống kê được in 350 cuốn (bản tiếng Việt 250 cuốn, bản song ngữ Việt - Anh 100 cuốn), tăng 30 cuốn so với Niên giám năm 2022, phát hành đến các cơ quan Đảng, chính quyền, đoàn thể từ cấp tỉnh đến cấp xã trước ngày 30/6/2024.", [
        ("24 sản phẩm thông tin thống kê", "sum", "consistent", ("sum", "24", ["12", "04", "01", "01", "06"])),
        ("vượt 02 sản phẩm", "difference", "consistent", ("difference", "24", "22", "02", "vượt")),
        ("350 cuốn (bản tiếng Việt", "sum", "consistent", ("sum", "350", ["250", "100"])),
        ("tăng 30 cuốn", "difference", "consistent", ("difference", "350", "320", "30", "tăng"), "The 2022 yearbook print run (320) is in a footnote."),
    ]),
    ("Trang thông tin điện tử của Cục có 186.420 lượt truy cập, tăng 23,6% so với năm 2023 (150.830 lượt); Cục đã cung cấp thông tin theo yêu cầu cho 142 lượt tổ chức, cá nhân, trong đó cơ quan Đảng, Nhà nước 96 lượt, doanh nghiệp 31 lượt, học viên, sinh viên 15 lượt. Mọi yêu cầu cung cấp thông tin xin liên hệ Phòng Thống kê Tổng hợp, điện thoại 0275.3822.415.", [
        ("tăng 23,6%", "ratio", "consistent", ("ratio", "186.420", "150.830", "23,6", "up")),
        ("142 lượt tổ chức, cá nhân", "sum", "consistent", ("sum", "142", ["96", "31", "15"])),
    ]),
    "3. Ứng dụng công nghệ thông tin và phương pháp chế độ",
    ("Tỷ lệ phiếu điều tra được thu thập bằng thiết bị điện tử (CAPI, webform) đạt 93,4% tổng số phiếu, tăng 4,1 điểm phần trăm so với năm 2023 (88,3%). Cục đã hướng dẫn 1.256 đơn vị (cơ quan nhà nước 418, đơn vị sự nghiệp công lập 562, doanh nghiệp nhà nước và doanh nghiệp có vốn nhà nước 276) thực hiện chế độ báo cáo thống kê cơ sở theo Thông tư số 08/2024/TT-BKHĐT ngày 28/6/2024; số đơn vị gửi báo cáo đúng hạn là 1.108 đơn vị, đạt 88,22%, số còn lại gửi chậm 148 đơn vị.", [
        ("tăng 4,1 điểm phần trăm", "points", "inconsistent", ("points", "93,4", "88,3", "4,1", "tăng"), "Difference subtracted wrongly."),
        ("hướng dẫn 1.256 đơn vị", "sum", "consistent", ("sum", "1.256", ["418", "562", "276"])),
        ("đạt 88,22%", "share", "consistent", ("share", "1.108", "1.256", "88,22")),
        ("gửi chậm 148 đơn vị", "difference", "consistent", ("difference", "1.256", "1.108", "148", "còn lại"), "Remainder 1.256 - 1.108."),
    ]),
    "4. Công tác thanh tra, kiểm tra",
    ("Thực hiện Quyết định số 85/QĐ-CTK ngày 15/02/2024, Cục đã tổ chức 14 cuộc kiểm tra nghiệp vụ điều tra tại 36 lượt địa bàn, đạt 100% kế hoạch, và thanh tra chuyên ngành việc chấp hành chế độ báo cáo thống kê tại 42 doanh nghiệp. Qua thanh tra phát hiện 17 doanh nghiệp vi phạm, chiếm 40,48% số doanh nghiệp được thanh tra, giảm 06 doanh nghiệp so với năm 2023 (23 doanh nghiệp); trong 17 doanh nghiệp vi phạm có 12 doanh nghiệp gửi báo cáo quá thời hạn, 09 doanh nghiệp báo cáo không đầy đủ nội dung. Đã ban hành 17 quyết định xử phạt với tổng số tiền 153 triệu đồng, bình quân 9 triệu đồng/quyết định.", [
        ("chiếm 40,48%", "share", "consistent", ("share", "17", "42", "40,48")),
        ("giảm 06 doanh nghiệp", "difference", "consistent", ("difference", "17", "23", "06", "giảm")),
        ("trong 17 doanh nghiệp vi phạm", "subset", "ambiguous", ("amb", "17", "12 + 09 = 21 > 17: one enterprise may be both late and incomplete; the text does not say whether the two kinds of violation overlap.", ("subset", "17", ["12", "09"], "disjoint"))),
        ("bình quân 9 triệu đồng/quyết định", "ratio", "consistent", ("ratio", "153", "17", "9", "avg"), "Average = 153 / 17."),
    ]),
    "5. Công tác tổ chức cán bộ, đào tạo, thi đua",
    ("Trong năm, Cục đã cử 37 lượt công chức tham gia đào tạo, bồi dưỡng, gồm: 02 lượt đào tạo thạc sĩ, 05 lượt trung cấp lý luận chính trị, 18 lượt bồi dưỡng nghiệp vụ thống kê, 12 lượt bồi dưỡng kiến thức quản lý nhà nước; trong số đó có 21 lượt công chức nữ, 24 lượt công chức các Chi cục. Kết quả đánh giá, xếp loại chất lượng năm 2024 đối với 109 công chức: hoàn thành tốt nhiệm vụ trở lên 102 người, chiếm 93,58% (trong đó hoàn thành xuất sắc nhiệm vụ 21 người, chiếm 19,27%); hoàn thành nhiệm vụ 07 người, chiếm 6,42%; không có công chức không hoàn thành nhiệm vụ.", [
        ("37 lượt công chức", "sum", "consistent", ("sum", "37", ["02", "05", "18", "12"])),
        ("21 lượt công chức nữ", "subset", "consistent", ("subset", "37", ["21", "24"], "each"), "nữ / Chi cục are different dimensions (21 + 24 = 45 > 37 is fine)."),
        ("đối với 109 công chức", "sum", "consistent", ("sum", "109", ["102", "07"]), "xuất sắc is counted inside 'tốt trở lên', so it is not added."),
        ("chiếm 93,58%", "share", "consistent", ("share", "102", "109", "93,58")),
        ("hoàn thành xuất sắc nhiệm vụ 21 người", "subset", "consistent", ("subset", "102", ["21"], "each"), "Nested rating: xuất sắc ⊂ tốt trở lên."),
        ("chiếm 19,27%", "share", "consistent", ("share", "21", "109", "19,27")),
        ("chiếm 6,42%", "share", "consistent", ("share", "07", "109", "6,42")),
    ]),
    "6. Công tác tài chính",
    ("Dự toán ngân sách năm 2024 được giao 18.562 triệu đồng (kinh phí thường xuyên 12.430 triệu đồng, kinh phí thực hiện các cuộc điều tra 6.132 triệu đồng); đến ngày 30/11/2024 đã giải ngân 15.220 triệu đồng, đạt 81,99% dự toán. Riêng kinh phí Điều tra dân số và nhà ở giữa kỳ được phân bổ 3,2 tỷ đồng, đã giải ngân 2.944 triệu đồng, đạt 92%.", [
        ("18.562 triệu đồng (kinh phí", "sum", "consistent", ("sum", "18.562", ["12.430", "6.132"])),
        ("đạt 81,99% dự toán", "share", "rounding", ("share", "15.220", "18.562", "81,99")),
        ("được phân bổ 3,2 tỷ đồng", "subset", "consistent", ("fig", "3,2", ("subset", "6.132", ["3.200"], "each"), "3,2 tỷ đồng = 3.200 triệu đồng, part of the survey budget")),
        ("2.944 triệu đồng, đạt 92%", "share", "consistent", ("share", "2.944", "3.200", "92"), "Base 3,2 tỷ đồng = 3.200 triệu đồng."),
    ]),
    "III. ĐÁNH GIÁ CHUNG",
    ("Năm 2024, Cục Thống kê tỉnh đã hoàn thành 28/28 cuộc điều tra theo kế hoạch, phát hành Niên giám Thống kê tỉnh với 530 cuốn, kiểm tra nghiệp vụ 14 cuộc, tỷ lệ phiếu điện tử đạt 93,4%, cao nhất từ trước đến nay; lượt truy cập trang thông tin điện tử tăng 23,6% so với năm 2022. Tính chung 04 năm 2021 - 2024, Cục đã triển khai 97 cuộc điều tra, tăng 13 cuộc so với 04 năm đầu của giai đoạn 2016 - 2020 (82 cuộc); số sản phẩm thông tin phát hành bình quân 23 sản phẩm/năm.", [
        ("28/28 cuộc điều tra", "fraction", "consistent", ("fraction", "28", "28", None, "28")),
        ("530 cuốn", "repeat", "inconsistent", ("repeat", "350", "530"), "Print run given as 350 (= 250 + 100) in part II; digits swapped here."),
        ("kiểm tra nghiệp vụ 14 cuộc", "repeat", "consistent", ("repeat", "14", "14")),
        ("93,4%, cao nhất", "repeat", "consistent", ("repeat", "93,4", "93,4")),
        ("so với năm 2022", "term", "inconsistent", ("term", "năm 2022", "năm 2023"), "The 23,6% growth of website visits is against 2023 (150.830 lượt)."),
        ("tăng 13 cuộc", "difference", "inconsistent", ("difference", "97", "82", "13", "tăng")),
        ("giai đoạn 2016 - 2020 (82 cuộc)", "term", "consistent", ("term", "giai đoạn 2016 - 2020", "giai đoạn 2016 - 2020")),
    ]),
    ("Bên cạnh đó vẫn còn hạn chế: một số doanh nghiệp, nhất là doanh nghiệp siêu nhỏ, chưa chấp hành nghiêm chế độ báo cáo; đội ngũ công chức các Chi cục còn mỏng, bình quân mỗi Chi cục chỉ có hơn 10 người (72 người/07 Chi cục) trong khi khối lượng điều tra ngày càng lớn.", [
        ("(72 người/07 Chi cục)", "repeat", "consistent", ("repeat", "72", "72"), "Same staff count of the Chi cục as in part I; 72/07 is a division, not a part of a whole."),
    ]),
    "Phần thứ hai",
    "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025",
    ("1. Triển khai 31 cuộc điều tra thống kê theo Chương trình điều tra thống kê quốc gia, tăng 03 cuộc và bằng 110,17% so với năm 2024; trọng tâm là Tổng điều tra nông thôn, nông nghiệp năm 2025 (thời điểm 01/7/2025) với khoảng ... hộ, ... trang trại.", [
        ("tăng 03 cuộc", "difference", "consistent", ("difference", "31", "28", "03", "tăng")),
        ("bằng 110,17%", "ratio", "inconsistent", ("ratio", "31", "28", "110,17", "pct"), "Digits swapped (110,71 → 110,17)."),
    ]),
    "2. Nâng tỷ lệ phiếu điện tử lên trên 95%; phát hành Niên giám Thống kê tỉnh năm 2024 trước ngày 30/6/2025; tổ chức ... cuộc thanh tra chuyên ngành.",
    "3. Tiếp tục sắp xếp tổ chức bộ máy theo Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương; phấn đấu 100% công chức hoàn thành tốt nhiệm vụ trở lên.",
    "Trên đây là báo cáo tổng kết công tác thống kê năm 2024 và phương hướng, nhiệm vụ năm 2025 của Cục Thống kê tỉnh Bến Tre./.",
    "Nơi nhận:",
    "- Tổng cục Thống kê (b/c);",
    "- Thường trực Tỉnh ủy, UBND tỉnh (b/c);",
    "- Lưu: VT, TH.",
    "CỤC TRƯỞNG",
    "",
    (FN + "Cụ thể: Văn phòng Cục 14 người, Phòng Thống kê Tổng hợp - Nông nghiệp 12 người, Phòng Thống kê Kinh tế 11 người, Phòng Thống kê Xã hội 09 người (cộng 46 người); Chi cục Thống kê khu vực Châu Thành - Giồng Trôm 13 người, Ba Tri 10 người, Bình Đại 09 người, Chợ Lách 09 người, Mỏ Cày 12 người, Thạnh Phú 09 người, Chi cục Thống kê thành phố Bến Tre 12 người, cộng 72 người. Tại thời điểm 01/7/2024, tổng số công chức, người lao động của Cục là 121 người.", [
        ("cộng 46 người", "sum", "consistent", ("sum", "46", ["14", "12", "11", "09"])),
        ("cộng 72 người", "sum", "inconsistent", ("sum", "72", ["13", "10", "09", "09", "12", "09", "12"]), "A Chi cục figure was updated without updating the total (72 is confirmed by 118 = 46 + 72 in the body); e.g. Mỏ Cày 12 should be 10."),
        ("121 người", "repeat", "ambiguous", ("amb", "121", "Staff at 01/7/2024 (121) is a different date from 30/11/2024 (118) and 31/12/2023 (123); a mid-year value need not match either.", ("repeat", "118", "121"))),
    ]),
    "",
    FN + "Năm 2023, tổng số phiếu giá tiêu dùng thu thập cả năm là 22.680 phiếu; Niên giám Thống kê tỉnh năm 2022 in 320 cuốn.",
]

# ============================================================== draft 3: former youth volunteers
DRAFTS["d12-03-hoi-cuu-thanh-nien-xung-phong"] = [
    "HỘI CỰU THANH NIÊN XUNG PHONG VIỆT NAM",
    "BCH HỘI CỰU TNXP TỈNH ĐỒNG THÁP",
    "*",
    "Số: 46-BC/HCTNXP",
    "Cao Lãnh, ngày 15 tháng 8 năm 2024",
    "BÁO CÁO CHÍNH TRỊ",
    "của Ban Chấp hành Hội Cựu Thanh niên xung phong tỉnh khóa IV trình Đại hội đại biểu lần thứ V, nhiệm kỳ 2024 - 2029",
    "Phần thứ nhất",
    "KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI LẦN THỨ IV, NHIỆM KỲ 2019 - 2024",
    "Nhiệm kỳ 2019 - 2024 diễn ra trong bối cảnh có nhiều khó khăn: dịch Covid-19 bùng phát trong các năm 2020 - 2021, phần lớn hội viên tuổi cao, sức yếu, đời sống một bộ phận còn nhiều khó khăn. Được sự quan tâm lãnh đạo của Tỉnh ủy, sự hỗ trợ của Ủy ban nhân dân tỉnh, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và Trung ương Hội Cựu TNXP Việt Nam, Ban Chấp hành Hội tỉnh đã đoàn kết, nỗ lực lãnh đạo thực hiện đạt và vượt phần lớn các chỉ tiêu Nghị quyết Đại hội đề ra. Thực hiện Kế hoạch số 27-KH/HCTNXP ngày 05/3/2024 của Ban Thường vụ Hội tỉnh, Ban Chấp hành báo cáo kết quả nhiệm kỳ như sau:",
    "I. TÌNH HÌNH TỔ CHỨC HỘI VÀ HỘI VIÊN",
    ("Đến ngày 30/6/2024, toàn tỉnh có 12 hội cấp huyện (09 hội huyện, 03 hội thành phố) với 118 chi hội cơ sở và 11.326 hội viên, tăng 1.214 hội viên so với đầu nhiệm kỳ (10.112 hội viên)[", [
        ("12 hội cấp huyện", "sum", "consistent", ("sum", "12", ["09", "03"])),
        ("tăng 1.214 hội viên", "difference", "consistent", ("difference", "11.326", "10.112", "1.214", "tăng")),
    ]),
    ("]. Trong nhiệm kỳ đã kết nạp mới 1.843 hội viên; giảm 629 hội viên (từ trần 571 đ/c, chuyển đi nơi khác 58 đ/c). Hội viên nữ 5.873 người (58,08%); hội viên là đảng viên 3.042 người (26,85%); hội viên là người dân tộc thiểu số 126 người; thương binh, bệnh binh và người hưởng chính sách như thương binh 1.468 người. Xét về độ tuổi, trong tổng số 11.326 hội viên có 1.217 người dưới 60 tuổi, 5.204 người từ 60 đến 70 tuổi và 4.905 người trên 70 tuổi (chiếm 43,31%), phần lớn sức khỏe yếu, nhiều bệnh tật do di chứng chiến tranh.", [
        ("giảm 629 hội viên", "sum", "consistent", ("sum", "629", ["571", "58"]), "Also 10.112 + 1.843 - 629 = 11.326."),
        ("(58,08%)", "share", "inconsistent", ("share", "5.873", "11.326", "58,08"), "Wrong base: 58,08% = 5.873 / 10.112 (members at the start of the term)."),
        ("(26,85%)", "share", "rounding", ("share", "3.042", "11.326", "26,85")),
        ("1.468 người", "subset", "consistent", ("subset", "11.326", ["1.468", "5.873", "3.042", "126"], "each"), "nữ / đảng viên / dân tộc / thương binh overlap."),
        ("trong tổng số 11.326 hội viên", "sum", "consistent", ("sum", "11.326", ["1.217", "5.204", "4.905"])),
        ("(chiếm 43,31%)", "share", "consistent", ("share", "4.905", "11.326", "43,31")),
    ]),
    ("Về tổ chức cơ sở, nhiệm kỳ qua thành lập mới 17 chi hội, sáp nhập giảm 06 chi hội do sắp xếp đơn vị hành chính cấp xã theo Nghị quyết số 653/2019/UBTVQH14 ngày 12/3/2019 của Ủy ban Thường vụ Quốc hội, nâng tổng số từ 107 chi hội đầu nhiệm kỳ lên 118 chi hội. Kết quả xếp loại năm 2023: 96 chi hội vững mạnh, chiếm 81,36%; 17 chi hội khá; 05 chi hội trung bình; không có chi hội yếu.", [
        ("lên 118 chi hội", "sum", "consistent", ("sum", "118", ["107", "17", "-06"]), "Stock-flow: start + new - merged."),
        ("chiếm 81,36%", "share", "consistent", ("share", "96", "118", "81,36"), "96 + 17 + 05 = 118: every chi hội was rated."),
    ]),
    "II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT ĐẠI HỘI",
    ("Nghị quyết Đại hội lần thứ IV đề ra 09 chỉ tiêu chủ yếu; đến nay có 07 chỉ tiêu đạt và vượt, 02 chỉ tiêu chưa đạt, cụ thể:", [
        ("09 chỉ tiêu chủ yếu", "sum", "consistent", ("sum", "09", ["07", "02"])),
    ]),
    ("a) Phát triển mới ít nhất 1.500 hội viên: đã kết nạp 1.843 hội viên, đạt 122,86% chỉ tiêu, gấp 1,34 lần số kết nạp của nhiệm kỳ 2014 - 2019 (1.375 hội viên).", [
        ("đã kết nạp 1.843 hội viên", "repeat", "consistent", ("repeat", "1.843", "1.843"), "Same admissions as in part I (10.112 + 1.843 - 629 = 11.326)."),
        ("đạt 122,86% chỉ tiêu", "ratio", "rounding", ("ratio", "1.843", "1.500", "122,86", "pct")),
        ("gấp 1,34 lần", "ratio", "consistent", ("ratio", "1.843", "1.375", "1,34", "times")),
    ]),
    ("b) Xây dựng, sửa chữa 250 căn nhà nghĩa tình cho hội viên khó khăn về nhà ở: xây mới 186 căn, sửa chữa 79 căn, tổng cộng 265 căn, đạt 106% chỉ tiêu.", [
        ("tổng cộng 265 căn", "sum", "consistent", ("sum", "265", ["186", "79"])),
        ("đạt 106% chỉ tiêu", "ratio", "consistent", ("ratio", "265", "250", "106", "pct")),
    ]),
    ("c) 100% chi hội có quỹ hỗ trợ hội viên: đạt 118/118 chi hội.", [
        ("118/118 chi hội", "fraction", "consistent", ("fraction", "118", "118", None, "118")),
    ]),
    ("d) Vận động quỹ “Nghĩa tình đồng đội” 5 tỷ đồng: vận động được 6,35 tỷ đồng, đạt 172% chỉ tiêu.", [
        ("đạt 172% chỉ tiêu", "ratio", "inconsistent", ("ratio", "6,35", "5", "172", "pct"), "Digits swapped: 6,35 / 5 = 127%."),
    ]),
    ("đ) Giảm tỷ lệ hội viên thuộc hộ nghèo xuống dưới 3%: đến nay còn 287 hội viên thuộc hộ nghèo, chiếm 2,53% tổng số hội viên, giảm 4,51 điểm phần trăm so với đầu nhiệm kỳ (7,04%).", [
        ("chiếm 2,53%", "share", "consistent", ("share", "287", "11.326", "2,53")),
        ("giảm 4,51 điểm phần trăm", "points", "consistent", ("points", "2,53", "7,04", "4,51", "giảm")),
    ]),
    "e) Các chỉ tiêu về tập huấn cán bộ Hội, xây dựng chi hội vững mạnh (80% trở lên hằng năm) và ... chưa đạt do ảnh hưởng của dịch Covid-19 trong các năm 2020 - 2021.",
    "III. CÔNG TÁC CHĂM LO, HỖ TRỢ HỘI VIÊN",
    "1. Hỗ trợ hội viên có hoàn cảnh khó khăn",
    ("Trong nhiệm kỳ, các cấp Hội đã vận động tổng nguồn lực 38.562 triệu đồng để chăm lo cho hội viên, gấp 1,8 lần nhiệm kỳ 2014 - 2019 (21.424 triệu đồng), bình quân mỗi năm 7.712,4 triệu đồng; trong đó quỹ “Nghĩa tình đồng đội” 6,35 tỷ đồng, hỗ trợ xây dựng, sửa chữa nhà 15.870 triệu đồng, thăm hỏi, tặng quà dịp lễ, Tết 12.645 triệu đồng, hỗ trợ khám chữa bệnh, mai táng phí 3.697 triệu đồng.", [
        ("38.562 triệu đồng để chăm lo", "sum", "consistent", ("sum", "38.562", ["6.350", "15.870", "12.645", "3.697"]), "6,35 tỷ đồng = 6.350 triệu đồng."),
        ("gấp 1,8 lần", "ratio", "consistent", ("ratio", "38.562", "21.424", "1,8", "times")),
        ("nhiệm kỳ 2014 - 2019 (21.424", "term", "consistent", ("term", "nhiệm kỳ 2014 - 2019", "nhiệm kỳ 2014 - 2019")),
        ("bình quân mỗi năm 7.712,4 triệu đồng", "ratio", "consistent", ("ratio", "38.562", "5", "7.712,4", "avg"), "Average over the 5 years of the term."),
        ("Nghĩa tình đồng đội” 6,35 tỷ đồng", "repeat", "consistent", ("repeat", "6,35", "6,35")),
    ]),
    ("Toàn tỉnh hiện có 2.164 hội viên có hoàn cảnh khó khăn, trong đó 1.318 hội viên già yếu, neo đơn, 947 hội viên bệnh tật thường xuyên; các cấp Hội đã thăm hỏi, tặng 24.816 suất quà nhân dịp Tết Nguyên đán, ngày Thương binh - Liệt sĩ 27/7 và ngày truyền thống lực lượng TNXP 15/7, bình quân 4.963 suất/năm; tổ chức khám bệnh, cấp thuốc miễn phí cho 6.215 lượt hội viên; hỗ trợ mai táng phí cho 571 hội viên từ trần.", [
        ("2.164 hội viên có hoàn cảnh khó khăn", "subset", "ambiguous", ("amb", "2.164", "1.318 + 947 = 2.265 > 2.164: an old, lonely member may also be chronically ill; the text does not say whether the two groups overlap.", ("subset", "2.164", ["1.318", "947"], "disjoint"))),
        ("bình quân 4.963 suất/năm", "ratio", "consistent", ("ratio", "24.816", "5", "4.963", "avg"), "24.816 / 5 = 4.963,2."),
        ("cho 571 hội viên từ trần", "repeat", "consistent", ("repeat", "571", "571")),
    ]),
    ("Nhân dịp kỷ niệm các ngày lễ lớn, các cấp Hội trao tặng 342 sổ tiết kiệm tình nghĩa với tổng trị giá 1.026 triệu đồng, bình quân 3 triệu đồng/sổ; vận động cấp thẻ bảo hiểm y tế cho hội viên, đến nay 8.936/11.326 hội viên đã có thẻ bảo hiểm y tế (78,9%), 100% hội viên thuộc hộ nghèo được cấp thẻ miễn phí.", [
        ("bình quân 3 triệu đồng/sổ", "ratio", "consistent", ("ratio", "1.026", "342", "3", "avg")),
        ("8.936/11.326 hội viên đã có thẻ bảo hiểm y tế (78,9%)", "fraction", "consistent", ("fraction", "8.936", "11.326", "78,9", "11.326")),
    ]),
    "2. Xây dựng nhà nghĩa tình đồng đội",
    ("Nhiệm kỳ qua, toàn Hội đã vận động xây mới 186 căn nhà nghĩa tình TNXP (năm 2019 - 06 tháng cuối năm 17 căn, năm 2020 38 căn, năm 2021 13 căn, năm 2022 36 căn, năm 2023 41 căn, năm 2024 - 06 tháng đầu năm 23 căn), mỗi căn trị giá từ 60 đến 80 triệu đồng; số nhà xây mới tăng 68 căn so với nhiệm kỳ trước (128 căn); trong đó 74 căn trao cho hội viên nữ đơn thân, 09 căn cho hội viên người dân tộc thiểu số. Tổng kinh phí xây mới, sửa chữa 265 căn nhà là 15.870 triệu đồng, gồm quỹ Hội các cấp 4.120 triệu đồng, vận động doanh nghiệp, nhà hảo tâm 9.685 triệu đồng, hội viên và gia đình đối ứng 2.065 triệu đồng. Đến nay, tỷ lệ hội viên có nhà ở kiên cố, bán kiên cố đạt 96,8%, tăng 3,2% so với đầu nhiệm kỳ (93,6%).", [
        ("xây mới 186 căn", "sum", "inconsistent", ("sum", "186", ["17", "38", "13", "36", "41", "23"]), "The 2021 figure 13 is likely 31 (digits swapped); 186 is confirmed by 186 + 79 = 265."),
        ("tăng 68 căn", "difference", "inconsistent", ("difference", "186", "128", "68", "tăng")),
        ("74 căn trao cho hội viên nữ đơn thân", "subset", "consistent", ("subset", "186", ["74", "09"], "each"), "Subsets of the 186 new houses."),
        ("là 15.870 triệu đồng", "sum", "consistent", ("sum", "15.870", ["4.120", "9.685", "2.065"])),
        ("tăng 3,2%", "points", "consistent", ("points", "96,8", "93,6", "3,2", "tăng"), "Written '%' but the points reading holds (relative reading 3,42%)."),
    ]),
    "3. Thực hiện chế độ, chính sách đối với TNXP",
    ("Các cấp Hội phối hợp với ngành Lao động - Thương binh và Xã hội rà soát, hướng dẫn lập hồ sơ đề nghị hưởng chế độ theo Quyết định số 40/2011/QĐ-TTg ngày 27/7/2011 của Thủ tướng Chính phủ cho 1.254 trường hợp; đã có 1.197 trường hợp được giải quyết (trợ cấp một lần 1.012 trường hợp, trợ cấp hằng tháng 185 trường hợp), đạt 95,45%; 57 hồ sơ còn lại đang được xem xét do thiếu giấy tờ chứng minh.", [
        ("1.197 trường hợp được giải quyết", "sum", "consistent", ("sum", "1.197", ["1.012", "185"])),
        ("đạt 95,45%", "share", "consistent", ("share", "1.197", "1.254", "95,45")),
        ("57 hồ sơ còn lại", "difference", "consistent", ("difference", "1.254", "1.197", "57", "còn lại"), "Remainder 1.254 - 1.197."),
    ]),
    "4. Phong trào thi đua, phát triển kinh tế",
    ("Toàn tỉnh có 1.136 hội viên đạt danh hiệu sản xuất, kinh doanh giỏi các cấp (cấp tỉnh 148, cấp huyện 412, cấp xã 576); thành lập 14 tổ hợp tác, 03 hợp tác xã do hội viên làm chủ, giải quyết việc làm cho 1.870 lao động. Quỹ hỗ trợ hội viên phát triển kinh tế đến nay có 4.215 triệu đồng, tăng 2,3 lần so với đầu nhiệm kỳ (1.830 triệu đồng), đã cho 762 lượt hội viên vay, bình quân 5,5 triệu đồng/lượt.", [
        ("1.136 hội viên", "sum", "consistent", ("sum", "1.136", ["148", "412", "576"])),
        ("tăng 2,3 lần", "ratio", "ambiguous", ("amb", "2,3", "'tăng 2,3 lần' reads either as 'gấp 2,3 lần' (4.215 / 1.830 = 2,30) or literally as an increase of 2,3 times (×3,3); the wording does not decide.", ("ratio", "4.215", "1.830", "3,3", "times"))),
        ("bình quân 5,5 triệu đồng/lượt", "ratio", "consistent", ("ratio", "4.215", "762", "5,5", "avg")),
    ]),
    "5. Công tác tuyên truyền, giáo dục truyền thống",
    ("Các cấp Hội đã tổ chức 1.426 buổi sinh hoạt, nói chuyện truyền thống cho 58.730 lượt hội viên, đoàn viên, học sinh tham dự, bình quân 41 lượt người/buổi; tổ chức 06 đoàn về nguồn thăm chiến trường xưa với 412 lượt hội viên tham gia; ký kết Chương trình phối hợp số 03/CTPH-HCTNXP-TĐ ngày 26/3/2020 với Tỉnh Đoàn về giáo dục truyền thống cho thanh niên giai đoạn 2020 - 2025.", [
        ("bình quân 41 lượt người/buổi", "ratio", "consistent", ("ratio", "58.730", "1.426", "41", "avg")),
    ]),
    "IV. CÔNG TÁC XÂY DỰNG TỔ CHỨC HỘI",
    ("Đại hội lần thứ IV bầu Ban Chấp hành 25 ủy viên; trong nhiệm kỳ bổ sung 05 ủy viên, miễn nhiệm 03 ủy viên do nghỉ hưu, chuyển công tác, hiện Ban Chấp hành Hội tỉnh có 27 ủy viên (nữ 09 đ/c, chiếm 33,33%), Ban Thường vụ 09 ủy viên. Ban Chấp hành 12 hội cấp huyện có 241 ủy viên, trong đó nữ 97 người, chiếm 40,24%; cán bộ Hội cấp huyện được tập huấn nghiệp vụ 486 lượt người. Văn phòng Hội tỉnh có 04 cán bộ chuyên trách, điện thoại liên hệ 0277.3851.239. Trong nhiệm kỳ, quỹ hoạt động của Hội tỉnh thu 1.284 triệu đồng, chi 1.137 triệu đồng, tồn quỹ đến ngày 30/6/2024 là 147 triệu đồng.", [
        ("có 27 ủy viên", "sum", "consistent", ("sum", "27", ["25", "05", "-03"])),
        ("chiếm 33,33%", "share", "consistent", ("share", "09", "27", "33,33")),
        ("Ban Thường vụ 09 ủy viên", "subset", "consistent", ("subset", "27", ["09"], "each"), "BTV ⊂ BCH; the 09 women are a different subset, not the same people."),
        ("chiếm 40,24%", "share", "rounding", ("share", "97", "241", "40,24")),
        ("là 147 triệu đồng", "difference", "consistent", ("difference", "1.284", "1.137", "147", "còn lại"), "Balance = receipts - spending."),
    ]),
    "V. ĐÁNH GIÁ CHUNG",
    ("So với nhiệm kỳ 2014 - 2019, số hội viên tăng 12,01%, số chi hội tăng 11 chi hội; tổng nguồn lực chăm lo cho hội viên đạt 38.652 triệu đồng; số nhà nghĩa tình xây mới đạt 186 căn, gấp 1,45 lần nhiệm kỳ 2009 - 2014. Tỷ lệ chi hội vững mạnh năm 2023 đạt 81,36%, cao hơn 6,2 điểm phần trăm so với năm 2019 (75,16%).", [
        ("So với nhiệm kỳ 2014 - 2019", "term", "consistent", ("term", "nhiệm kỳ 2014 - 2019", "nhiệm kỳ 2014 - 2019")),
        ("tăng 12,01%", "ratio", "consistent", ("ratio", "11.326", "10.112", "12,01", "up"), "Previous-term value = members at the start of this term."),
        ("tăng 11 chi hội", "difference", "consistent", ("difference", "118", "107", "11", "tăng")),
        ("38.652 triệu đồng", "repeat", "inconsistent", ("repeat", "38.562", "38.652"), "Part III gives 38.562 (= sum of its four parts)."),
        ("đạt 186 căn", "repeat", "consistent", ("repeat", "186", "186")),
        ("gấp 1,45 lần", "ratio", "consistent", ("ratio", "186", "128", "1,45", "times")),
        ("nhiệm kỳ 2009 - 2014", "term", "inconsistent", ("term", "nhiệm kỳ 2009 - 2014", "nhiệm kỳ 2014 - 2019"), "The 128 houses are the previous term's (2014 - 2019)."),
        ("năm 2023 đạt 81,36%", "repeat", "consistent", ("repeat", "81,36", "81,36"), "Same rate as in part I (96 / 118)."),
        ("cao hơn 6,2 điểm phần trăm", "points", "consistent", ("points", "81,36", "75,16", "6,2", "tăng")),
    ]),
    ("Bên cạnh kết quả đạt được, hoạt động của một số chi hội còn hình thức, 23/118 chi hội sinh hoạt chưa đều (chiếm 21,5%); nguồn lực chăm lo chủ yếu dựa vào vận động xã hội hóa, chưa ổn định; công tác nắm tình hình hội viên ở một số nơi chưa kịp thời, toàn Hội còn 2.146 hội viên thuộc hộ nghèo, cận nghèo cần tiếp tục hỗ trợ.", [
        ("23/118 chi hội sinh hoạt chưa đều (chiếm 21,5%)", "fraction", "inconsistent", ("fraction", "23", "118", "21,5", "118"), "Wrong base: 21,5% = 23 / 107 (chi hội at the start of the term)."),
        ("2.146 hội viên", "repeat", "ambiguous", ("amb", "2.146", "Part III counts 2.164 members 'có hoàn cảnh khó khăn'; here 2.146 'thuộc hộ nghèo, cận nghèo': close values (possible digit swap) but the labels differ, so they need not be the same set.", ("repeat", "2.164", "2.146"))),
    ]),
    "Phần thứ hai",
    "PHƯƠNG HƯỚNG, MỤC TIÊU NHIỆM KỲ 2024 - 2029",
    ("Phấn đấu đến năm 2029: phát triển mới 1.500 hội viên trở lên; xây dựng, sửa chữa 300 căn nhà nghĩa tình, tăng 20% so với chỉ tiêu nhiệm kỳ 2019 - 2024 (250 căn); vận động quỹ “Nghĩa tình đồng đội” ... tỷ đồng; 85% chi hội đạt vững mạnh hằng năm, cao hơn 5 điểm phần trăm so với chỉ tiêu nhiệm kỳ trước; 100% hội viên khó khăn được thăm hỏi, hỗ trợ kịp thời.", [
        ("tăng 20%", "ratio", "consistent", ("ratio", "300", "250", "20", "up")),
        ("nhiệm kỳ 2019 - 2024 (250 căn)", "term", "consistent", ("term", "nhiệm kỳ 2019 - 2024", "nhiệm kỳ 2019 - 2024")),
        ("cao hơn 5 điểm phần trăm", "points", "consistent", ("points", "85", "80", "5", "tăng"), "Previous target 80% is in chỉ tiêu e)."),
    ]),
    "Nơi nhận: - TW Hội Cựu TNXP Việt Nam; - Thường trực Tỉnh ủy; - Ban Dân vận Tỉnh ủy; - Lưu VP.",
    "TM. BAN CHẤP HÀNH",
    "CHỦ TỊCH",
    "",
    (FN + "Tổng số 11.326 hội viên, phân theo thời kỳ tham gia lực lượng TNXP: kháng chiến chống Pháp 312 người, kháng chiến chống Mỹ 7.645 người, sau năm 1975 3.369 người. Theo số liệu tổng hợp gửi Trung ương Hội, đến ngày 31/12/2023 Hội tỉnh có 11.052 hội viên.", [
        ("Tổng số 11.326 hội viên", "sum", "consistent", ("sum", "11.326", ["312", "7.645", "3.369"])),
        ("có 11.052 hội viên", "repeat", "ambiguous", ("amb", "11.052", "11.052 at 31/12/2023 against 11.326 at 30/6/2024: different dates, and the half-year change is not stated.", ("repeat", "11.326", "11.052"))),
    ]),
]

# ============================================================== draft 4: lawyers' association
DRAFTS["d12-04-hoi-luat-gia"] = [
    "HỘI LUẬT GIA VIỆT NAM",
    "HỘI LUẬT GIA TỈNH SÓC TRĂNG",
    "Số: 38/BC-HLG",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Sóc Trăng, ngày 10 tháng 12 năm 2024",
    "BÁO CÁO",
    "Kết quả công tác Hội năm 2024, sơ kết giữa nhiệm kỳ 2021 - 2026 và phương hướng, nhiệm vụ năm 2025",
    "Thực hiện Công văn số 1285/HLGVN-TCCB ngày 04/11/2024 của Trung ương Hội Luật gia Việt Nam về việc hướng dẫn báo cáo tổng kết năm 2024, Ban Thường vụ Hội Luật gia tỉnh Sóc Trăng báo cáo như sau:",
    "A. KẾT QUẢ CÔNG TÁC NĂM 2024",
    "I. CÔNG TÁC XÂY DỰNG TỔ CHỨC HỘI",
    ("Tính đến ngày 30/11/2024, Hội Luật gia tỉnh có 31 tổ chức cơ sở trực thuộc, gồm 11 Hội Luật gia huyện, thị xã, thành phố và 20 chi hội Luật gia cơ quan cấp tỉnh (thành lập mới Chi hội Luật gia Sở Tư pháp và Chi hội Luật gia Công an tỉnh); tổng số hội viên là 1.742 người, tăng 86 hội viên so với năm 2023 (1.656 người), đạt 107,5% chỉ tiêu phát triển hội viên theo Nghị quyết (1.620 hội viên).", [
        ("31 tổ chức cơ sở", "sum", "consistent", ("sum", "31", ["11", "20"])),
        ("tăng 86 hội viên", "difference", "consistent", ("difference", "1.742", "1.656", "86", "tăng")),
        ("đạt 107,5%", "ratio", "consistent", ("ratio", "1.742", "1.620", "107,5", "pct")),
    ]),
    ("Về cơ cấu, hội viên nữ 498 người, chiếm 28,58%; hội viên là người dân tộc Khmer 231 người, chiếm 13,26%; hội viên là đảng viên 1.596 người, chiếm 91,61%; hội viên dưới 35 tuổi 187 người. Xét theo trình độ đào tạo của 1.742 hội viên: 06 tiến sĩ, 214 thạc sĩ, 1.287 cử nhân luật và 235 người có trình độ khác. Về lĩnh vực công tác: ngành Tòa án, Viện kiểm sát, Công an, Tư pháp, Thi hành án 934 người (53,62%), cơ quan Đảng, chính quyền, đoàn thể 512 người (29,39%), luật sư, công chứng viên, doanh nghiệp 118 người (6,77%), hội viên đã nghỉ hưu 178 người (10,22%).", [
        ("chiếm 28,58%", "share", "rounding", ("share", "498", "1.742", "28,58")),
        ("chiếm 13,26%", "share", "consistent", ("share", "231", "1.742", "13,26")),
        ("chiếm 91,61%", "share", "rounding", ("share", "1.596", "1.742", "91,61")),
        ("dưới 35 tuổi 187 người", "subset", "consistent", ("subset", "1.742", ["187", "498", "231", "1.596"], "each"), "nữ / Khmer / đảng viên / dưới 35 tuổi overlap."),
        ("trình độ đào tạo của 1.742 hội viên", "sum", "consistent", ("sum", "1.742", ["06", "214", "1.287", "235"]), "The levels are exhaustive ('trình độ khác')."),
        ("(53,62%)", "share", "consistent", ("share", "934", "1.742", "53,62")),
        ("(29,39%)", "share", "consistent", ("share", "512", "1.742", "29,39")),
        ("(6,77%)", "share", "consistent", ("share", "118", "1.742", "6,77")),
        ("(10,22%)", "share", "consistent", ("share", "178", "1.742", "10,22"), "The four fields: 934 + 512 + 118 + 178 = 1.742 and the shares make 100,00%."),
    ]),
    ("Ban Chấp hành Hội khóa VII có 35 ủy viên, Ban Thường vụ 11 ủy viên, Thường trực 03 đồng chí (Chủ tịch, 02 Phó Chủ tịch); Ủy ban Kiểm tra 05 ủy viên. Trong năm, Ban Chấp hành họp 02 kỳ, Ban Thường vụ họp 04 kỳ theo Quy chế làm việc ban hành kèm theo Quyết định số 12/QĐ-HLG ngày 15/02/2022.", [
        ("Ban Thường vụ 11 ủy viên", "subset", "consistent", ("subset", "35", ["11"], "each"), "Nested bodies: Thường trực 03 ⊂ Ban Thường vụ 11 ⊂ Ban Chấp hành 35; not to be added."),
    ]),
    ("Công tác giáo dục chính trị, tư tưởng được chú trọng: Hội đã tổ chức quán triệt Nghị quyết Đại hội đại biểu toàn quốc Hội Luật gia Việt Nam lần thứ XIV và các chỉ thị, nghị quyết của Đảng cho 1.615 lượt hội viên, đạt 92,71% tổng số hội viên. Trong năm, Trung ương Hội tặng Kỷ niệm chương “Vì sự nghiệp pháp luật” cho 24 hội viên, Ban Thường vụ Hội tỉnh tặng giấy khen cho 08 tập thể và 35 cá nhân, tổng cộng 67 lượt khen thưởng. Ủy ban Kiểm tra Hội đã kiểm tra việc chấp hành Điều lệ tại 06/11 Hội Luật gia huyện, thị xã, thành phố (54,55%), không phát hiện vi phạm.", [
        ("đạt 92,71%", "share", "consistent", ("share", "1.615", "1.742", "92,71")),
        ("tổng cộng 67 lượt", "sum", "consistent", ("sum", "67", ["24", "08", "35"])),
        ("06/11 Hội Luật gia huyện, thị xã, thành phố (54,55%)", "fraction", "consistent", ("fraction", "06", "11", "54,55", "11"), "Whole 11 = the district associations counted in part I."),
    ]),
    ("Tỷ lệ hội viên tham gia sinh hoạt thường xuyên đạt 82,6% số hội viên thuộc diện phải sinh hoạt (1.403 hội viên), các Hội huyện, chi hội duy trì sinh hoạt định kỳ hằng quý.", [
        ("đạt 82,6%", "share", "ambiguous", ("amb", "82,6", "Base 'hội viên thuộc diện phải sinh hoạt' is not stated (1.403 / 1.742 = 80,54%; excluding the 178 retired members 1.403 / 1.564 = 89,71%); no stated base gives 82,6%.", ("share", "1.403", "1.742", "82,6"))),
    ]),
    "II. CÔNG TÁC TƯ VẤN PHÁP LUẬT, TRỢ GIÚP PHÁP LÝ",
    ("Hiện toàn tỉnh có 01 Trung tâm Tư vấn pháp luật trực thuộc Hội tỉnh và 14 điểm tư vấn pháp luật đặt tại các Hội huyện và trụ sở Ủy ban nhân dân cấp xã, tăng 03 điểm so với năm 2023 (11 điểm); tổng số 15 cơ sở tư vấn với 46 tư vấn viên pháp luật, trong đó 29 người là hội viên luật gia đang công tác, 21 người là luật sư cộng tác. Trung tâm tiếp nhận yêu cầu tư vấn qua số điện thoại 0299.3612.468 vào giờ hành chính[", [
        ("tăng 03 điểm", "difference", "consistent", ("difference", "14", "11", "03", "tăng")),
        ("tổng số 15 cơ sở tư vấn", "sum", "consistent", ("sum", "15", ["01", "14"])),
        ("46 tư vấn viên pháp luật", "subset", "ambiguous", ("amb", "46", "29 + 21 = 50 > 46: a practising lawyer may also be a member of the association; the text does not say whether the two groups overlap.", ("subset", "46", ["29", "21"], "disjoint"))),
    ]),
    "].",
    ("Năm 2024, các tổ chức tư vấn pháp luật của Hội đã tư vấn 2.318 vụ việc cho 2.476 lượt người, tăng 14,6% so với năm 2023 (2.023 vụ việc); trong đó tư vấn trực tiếp 1.902 vụ việc, qua điện thoại, mạng xã hội 416 vụ việc. Phân theo lĩnh vực: đất đai 1.046 vụ việc (45,12%), hôn nhân và gia đình 587 vụ việc (25,32%), dân sự, thừa kế 398 vụ việc (17,17%), hành chính, khiếu nại 176 vụ việc (7,59%), lĩnh vực khác 111 vụ việc (4,79%).", [
        ("tăng 14,6%", "ratio", "consistent", ("ratio", "2.318", "2.023", "14,6", "up")),
        ("tư vấn 2.318 vụ việc", "sum", "consistent", ("sum", "2.318", ["1.902", "416"])),
        ("(45,12%)", "share", "rounding", ("share", "1.046", "2.318", "45,12")),
        ("(25,32%)", "share", "consistent", ("share", "587", "2.318", "25,32")),
        ("(17,17%)", "share", "consistent", ("share", "398", "2.318", "17,17")),
        ("(7,59%)", "share", "consistent", ("share", "176", "2.318", "7,59")),
        ("(4,79%)", "share", "consistent", ("share", "111", "2.318", "4,79")),
    ]),
    ("Đối tượng được tư vấn miễn phí (người thuộc hộ nghèo, cận nghèo, người dân tộc thiểu số, người có công với cách mạng, trẻ em, người khuyết tật) là 1.385 lượt người, chiếm 59,75% số lượt người được tư vấn; trong đó người dân tộc Khmer 612 lượt, phụ nữ 703 lượt, người có công 96 lượt.", [
        ("chiếm 59,75%", "share", "inconsistent", ("share", "1.385", "2.476", "59,75"), "Wrong base: 59,75% = 1.385 / 2.318 (cases) while the sentence speaks of lượt người (2.476)."),
        ("phụ nữ 703 lượt", "subset", "consistent", ("subset", "1.385", ["703", "612", "96"], "each"), "Khmer / phụ nữ / người có công overlap: 612 + 703 + 96 = 1.411 > 1.385 is not an error."),
    ]),
    ("Hội viên Luật gia tham gia trợ giúp pháp lý theo Luật Trợ giúp pháp lý năm 2017 tại 129 vụ việc, trong đó tham gia tố tụng 38 vụ việc; tham gia hòa giải ở cơ sở 214 vụ việc, hòa giải thành 173 vụ việc, đạt 80,84%, cao hơn 2,3 điểm phần trăm so với năm 2023 (78,54%).", [
        ("tham gia tố tụng 38 vụ việc", "subset", "consistent", ("subset", "129", ["38"], "each")),
        ("đạt 80,84%", "share", "consistent", ("share", "173", "214", "80,84")),
        ("cao hơn 2,3 điểm phần trăm", "points", "consistent", ("points", "80,84", "78,54", "2,3", "tăng")),
    ]),
    "III. CÔNG TÁC PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT",
    ("Phối hợp với Sở Tư pháp, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các ngành tổ chức 436 buổi tuyên truyền, phổ biến pháp luật cho 31.572 lượt người dự, bình quân 72 người/buổi; so với năm 2023, số buổi tăng 48 buổi, số lượt người dự tăng 12,45%, nhiều gần gấp 1,5 lần năm 2021 (305 buổi)[", [
        ("bình quân 72 người/buổi", "ratio", "consistent", ("ratio", "31.572", "436", "72", "avg")),
        ("số buổi tăng 48 buổi", "difference", "inconsistent", ("difference", "436", "378", "48", "tăng"), "2023 had 378 sessions (footnote and mid-term list): 436 - 378 = 58."),
        ("tăng 12,45%", "ratio", "consistent", ("ratio", "31.572", "28.076", "12,45", "up"), "2023 attendance 28.076 is in a footnote."),
        ("gần gấp 1,5 lần", "ratio", "ambiguous", ("amb", "1,5", "436 / 305 = 1,43: 'gần gấp 1,5 lần' (nearly 1,5 times) is a hedged approximation; whether 1,43 is 'near' 1,5 cannot be decided.", ("ratio", "436", "305", "1,5", "times"))),
    ]),
    ("]. Nội dung tập trung vào Luật Đất đai năm 2024, Luật Nhà ở năm 2023, Luật Kinh doanh bất động sản năm 2023, Bộ luật Hình sự năm 2015 (sửa đổi, bổ sung năm 2017). Trong 436 buổi có 298 buổi tuyên truyền trực tiếp tại ấp, khóm, 126 buổi lồng ghép trong sinh hoạt chi hội, đoàn thể và 12 buổi tọa đàm, đối thoại chính sách. Hội đã cấp phát 18.650 tờ gấp, 2.400 cuốn sổ tay pháp luật song ngữ Việt - Khmer; phối hợp Đài Phát thanh và Truyền hình tỉnh thực hiện 24 chuyên mục “Luật gia với cuộc sống” trong năm, phát sóng định kỳ 02 kỳ/tháng.", [
        ("Trong 436 buổi", "sum", "consistent", ("sum", "436", ["298", "126", "12"])),
        ("02 kỳ/tháng", "ratio", "consistent", ("ratio", "24", "12", "02", "avg"), "24 programmes over 12 months."),
    ]),
    "IV. THAM GIA XÂY DỰNG PHÁP LUẬT, PHẢN BIỆN XÃ HỘI",
    ("Hội đã tham gia góp ý 27 dự thảo văn bản quy phạm pháp luật (06 dự án luật, 03 dự thảo nghị định, 16 dự thảo nghị quyết, quyết định của Hội đồng nhân dân, Ủy ban nhân dân tỉnh), đạt 135% kế hoạch (kế hoạch 20 dự thảo); tổ chức 04 hội thảo, tọa đàm phản biện với 215 lượt đại biểu; 100% ý kiến góp ý được cơ quan chủ trì soạn thảo tiếp thu, giải trình[", [
        ("27 dự thảo văn bản", "sum", "inconsistent", ("sum", "27", ["06", "03", "16"]), "A part changed without the total: 27 is confirmed by 27 / 20 = 135%; the provincial drafts should be 18."),
        ("đạt 135% kế hoạch", "ratio", "consistent", ("ratio", "27", "20", "135", "pct")),
    ]),
    "].",
    "B. SƠ KẾT GIỮA NHIỆM KỲ 2021 - 2026",
    ("Sau gần 04 năm thực hiện Nghị quyết Đại hội lần thứ VII, Hội đã phát triển mới 312 hội viên, đạt 62,4% chỉ tiêu cả nhiệm kỳ (500 hội viên), trong đó nữ 117 người (37,5%), dưới 35 tuổi 96 người; số hội viên đến nay tăng 214 người so với cuối nhiệm kỳ 2011 - 2016 (1.528 hội viên). Các tổ chức tư vấn của Hội đã tư vấn 8.330 vụ việc (năm 2021: 1.812; năm 2022: 2.177; năm 2023: 2.023; năm 2024: 2.318), bằng 114,9% so với cùng kỳ nhiệm kỳ 2016 - 2021 (7.250 vụ việc); tổ chức 1.507 buổi tuyên truyền (năm 2021: 305; năm 2022: 388; năm 2023: 378; năm 2024: 436), gấp 1,37 lần cùng kỳ nhiệm kỳ trước (1.210 buổi).", [
        ("đạt 62,4%", "ratio", "consistent", ("ratio", "312", "500", "62,4", "pct")),
        ("nữ 117 người (37,5%)", "share", "consistent", ("share", "117", "312", "37,5"), "Base is the 312 new members, not all 1.742."),
        ("tăng 214 người", "difference", "consistent", ("difference", "1.742", "1.528", "214", "tăng")),
        ("nhiệm kỳ 2011 - 2016", "term", "inconsistent", ("term", "nhiệm kỳ 2011 - 2016", "nhiệm kỳ 2016 - 2021"), "The term before 2021 - 2026 is 2016 - 2021."),
        ("tư vấn 8.330 vụ việc", "sum", "consistent", ("sum", "8.330", ["1.812", "2.177", "2.023", "2.318"])),
        ("năm 2023: 2.023", "repeat", "consistent", ("repeat", "2.023", "2.023")),
        ("bằng 114,9%", "ratio", "consistent", ("ratio", "8.330", "7.250", "114,9", "pct")),
        ("cùng kỳ nhiệm kỳ 2016 - 2021", "term", "consistent", ("term", "nhiệm kỳ 2016 - 2021", "nhiệm kỳ 2016 - 2021")),
        ("tổ chức 1.507 buổi", "sum", "consistent", ("sum", "1.507", ["305", "388", "378", "436"])),
        ("gấp 1,37 lần", "ratio", "inconsistent", ("ratio", "1.507", "1.210", "1,37", "times")),
    ]),
    ("Năm 2024, có 27/31 tổ chức cơ sở Hội được đánh giá hoạt động tốt, đạt 87,1%, tăng 9,7 điểm phần trăm so với cuối nhiệm kỳ trước (78,4%); 04 tổ chức cơ sở còn lại hoạt động trung bình do thiếu cán bộ chuyên trách.", [
        ("27/31 tổ chức cơ sở Hội được đánh giá hoạt động tốt, đạt 87,1%", "fraction", "consistent", ("fraction", "27", "31", "87,1", "31")),
        ("tăng 9,7 điểm phần trăm", "points", "inconsistent", ("points", "87,1", "78,4", "9,7", "tăng")),
        ("04 tổ chức cơ sở còn lại", "difference", "consistent", ("difference", "31", "27", "04", "còn lại"), "Remainder 31 - 27."),
    ]),
    ("Nhìn chung, năm 2024 Hội Luật gia tỉnh đã hoàn thành toàn diện các nhiệm vụ: 1.742 hội viên sinh hoạt tại 31 tổ chức cơ sở; tư vấn 2.381 vụ việc; tổ chức 436 buổi tuyên truyền; góp ý 27 dự thảo văn bản. Tuy nhiên, hoạt động của một số chi hội cơ quan còn hình thức, kinh phí hoạt động hạn hẹp (năm 2024 được cấp 385 triệu đồng, bằng 96,25% năm 2023), đội ngũ tư vấn viên ở cấp huyện còn thiếu. Tổng nguồn kinh phí hoạt động năm 2024 là 512 triệu đồng, gồm ngân sách cấp 385 triệu đồng, hội phí 62 triệu đồng và các nguồn hợp pháp khác 65 triệu đồng.", [
        ("1.742 hội viên sinh hoạt", "repeat", "consistent", ("repeat", "1.742", "1.742")),
        ("tại 31 tổ chức cơ sở", "repeat", "consistent", ("repeat", "31", "31")),
        ("tư vấn 2.381 vụ việc", "repeat", "inconsistent", ("repeat", "2.318", "2.381"), "Part A and the mid-term list give 2.318 cases for 2024."),
        ("tổ chức 436 buổi tuyên truyền", "repeat", "consistent", ("repeat", "436", "436")),
        ("góp ý 27 dự thảo", "repeat", "consistent", ("repeat", "27", "27")),
        ("bằng 96,25% năm 2023", "ratio", "consistent", ("ratio", "385", "400", "96,25", "pct"), "2023 funding 400 triệu đồng is in a footnote."),
        ("là 512 triệu đồng", "sum", "consistent", ("sum", "512", ["385", "62", "65"])),
    ]),
    "C. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025",
    ("Phát triển mới ít nhất 100 hội viên, nâng tổng số hội viên lên 1.842 người; thành lập thêm ... chi hội tại các cơ quan, doanh nghiệp; tư vấn pháp luật 2.500 vụ việc trở lên, tăng 7,85% so với năm 2024; tổ chức 450 buổi tuyên truyền, phổ biến pháp luật; phấn đấu 100% tổ chức cơ sở Hội hoạt động từ khá trở lên.", [
        ("lên 1.842 người", "sum", "consistent", ("sum", "1.842", ["1.742", "100"])),
        ("tăng 7,85%", "ratio", "consistent", ("ratio", "2.500", "2.318", "7,85", "up")),
    ]),
    "Nơi nhận:",
    "- Trung ương Hội Luật gia Việt Nam (b/c);",
    "- Thường trực Tỉnh ủy, Ban Nội chính Tỉnh ủy (b/c);",
    "- Các Hội Luật gia huyện, thị xã, thành phố;",
    "- Lưu: VP.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "",
    (FN + "Danh sách 49 tư vấn viên pháp luật được Sở Tư pháp cấp thẻ đến ngày 31/10/2024 (Quyết định số 745/QĐ-STP ngày 31/10/2024).", [
        ("49 tư vấn viên", "repeat", "ambiguous", ("amb", "49", "49 advisers holding a card (31/10/2024) against 46 advisers working at the 15 centres in the body: a card may be held by someone not currently assigned; not necessarily the same set.", ("repeat", "46", "49"))),
    ]),
    "",
    (FN + "Năm 2023: tổ chức 378 buổi tuyên truyền với 28.076 lượt người dự; kinh phí hoạt động được cấp 400 triệu đồng.", [
        ("378 buổi tuyên truyền", "repeat", "consistent", ("repeat", "378", "378")),
    ]),
    "",
    FN + "Gồm: Luật Đất đai (sửa đổi), Luật Công chứng (sửa đổi), Luật Tư pháp người chưa thành niên, Luật Phòng, chống mua bán người (sửa đổi), Luật Trật tự, an toàn giao thông đường bộ, Luật Lưu trữ (sửa đổi).",
]


# --------------------------------------------------------------------------- build
def build(name, items):
    lines, labels = [], []
    for idx, item in enumerate(items):
        if isinstance(item, str):
            text, claims = item, []
        else:
            text, claims = item
        assert "\n" not in text
        lines.append(text)
        ln = idx + 1
        for c in claims:
            anchor, kind, verdict, check = c[:4]
            extra = c[4] if len(c) > 4 else None
            assert kind in KINDS, kind
            assert verdict in VERDICTS, verdict
            n = text.count(anchor)
            assert n == 1, "%s line %d: anchor %r occurs %d times" % (name, ln, anchor, n)
            st, right, note, figs = evaluate_claim(kind, verdict, check)
            for fg in figs:
                assert fg in anchor, "%s line %d: figure %r not in anchor %r" % (name, ln, fg, anchor)
            assert st == verdict, "%s line %d %r: arithmetic says %s, label says %s (%s)" % (name, ln, anchor, st, verdict, note)
            if extra:
                note = note + ". " + extra
            lab = OrderedDict([("line", ln), ("anchor", anchor), ("kind", kind), ("verdict", verdict)])
            if verdict in ("rounding", "inconsistent"):
                assert right, "%s line %d: no right value" % (name, ln)
                lab["right"] = right
            lab["note"] = note
            labels.append(lab)
    # the same line may not carry two labels with the same anchor
    seen = Counter((l["line"], l["anchor"]) for l in labels)
    assert max(seen.values()) == 1
    # anchors of one line must not overlap each other (a scanner claim maps to one label)
    by_line = {}
    for l in labels:
        by_line.setdefault(l["line"], []).append(l["anchor"])
    for ln, anchors in by_line.items():
        text = lines[ln - 1]
        spans = sorted((text.index(a), text.index(a) + len(a), a) for a in anchors)
        for (s1, e1, a1), (s2, e2, a2) in zip(spans, spans[1:]):
            assert e1 <= s2, "%s line %d: anchors overlap: %r / %r" % (name, ln, a1, a2)
    txt = "\n".join(lines) + "\n"
    return txt, labels


def main():
    summary_rows, kv_total = [], Counter()
    kind_totals = Counter()
    per_draft_kv = OrderedDict()
    for name, items in DRAFTS.items():
        txt, labels = build(name, items)
        with open(os.path.join(HERE, name + ".txt"), "w", encoding="utf-8") as f:
            f.write(txt)
        with open(os.path.join(HERE, name + ".labels.json"), "w", encoding="utf-8") as f:
            json.dump(OrderedDict([("file", name + ".txt"), ("claims", labels)]), f, ensure_ascii=False, indent=2)
            f.write("\n")
        vc = Counter(l["verdict"] for l in labels)
        kc = Counter(l["kind"] for l in labels)
        missing = [k for k in KINDS if kc[k] == 0]
        assert not missing, "%s lacks kinds %s" % (name, missing)
        summary_rows.append((name, len(txt), len(labels), vc, kc))
        per_draft_kv[name] = Counter((l["kind"], l["verdict"]) for l in labels)
        kv_total.update(per_draft_kv[name])
        kind_totals.update(kc)
    write_summary(summary_rows, kv_total, per_draft_kv)
    for name, chars, n, vc, kc in summary_rows:
        print("%-45s %6d chars %3d claims  %s" % (name, chars, n, dict(vc)))
    print("total claims:", sum(r[2] for r in summary_rows))


def write_summary(rows, kv, per_draft_kv):
    out = ["# dev12 prose set - summary", "",
           "Generated by `make.py` (exact `Decimal` arithmetic, ROUND_HALF_UP); every verdict below is asserted by the script.", "",
           "## Per draft", "",
           "| draft | chars | claims | claims / 10k chars | consistent | rounding | inconsistent | ambiguous |",
           "|---|---:|---:|---:|---:|---:|---:|---:|"]
    tot = Counter()
    tchars = tclaims = 0
    for name, chars, n, vc, kc in rows:
        out.append("| %s.txt | %d | %d | %.1f | %d | %d | %d | %d |" % (
            name, chars, n, n * 10000.0 / chars, vc["consistent"], vc["rounding"], vc["inconsistent"], vc["ambiguous"]))
        tot.update(vc)
        tchars += chars
        tclaims += n
    out.append("| **total** | %d | %d | %.1f | %d | %d | %d | %d |" % (
        tchars, tclaims, tclaims * 10000.0 / tchars, tot["consistent"], tot["rounding"], tot["inconsistent"], tot["ambiguous"]))
    out += ["", "## Kind × verdict (all drafts)", "",
            "| kind | consistent | rounding | inconsistent | ambiguous | total |",
            "|---|---:|---:|---:|---:|---:|"]
    for k in KINDS:
        row = [kv[(k, v)] for v in VERDICTS]
        out.append("| %s | %s | %d |" % (k, " | ".join(str(x) for x in row), sum(row)))
    col = [sum(kv[(k, v)] for k in KINDS) for v in VERDICTS]
    out.append("| **total** | %s | %d |" % (" | ".join(str(x) for x in col), sum(col)))
    out += ["", "## Kind counts per draft", "",
            "| draft | " + " | ".join(KINDS) + " |",
            "|---|" + "---:|" * len(KINDS)]
    for name, chars, n, vc, kc in rows:
        out.append("| %s | %s |" % (name, " | ".join(str(kc[k]) for k in KINDS)))
    out += ["", "## Kind × verdict per draft"]
    for name, c in per_draft_kv.items():
        out += ["", "### %s" % name, "",
                "| kind | consistent | rounding | inconsistent | ambiguous | total |",
                "|---|---:|---:|---:|---:|---:|"]
        for k in KINDS:
            row = [c[(k, v)] for v in VERDICTS]
            out.append("| %s | %s | %d |" % (k, " | ".join(str(x) for x in row), sum(row)))
        col = [sum(c[(k, v)] for k in KINDS) for v in VERDICTS]
        out.append("| **total** | %s | %d |" % (" | ".join(str(x) for x in col), sum(col)))
    out += ["", "## Conventions", "",
            "- `share`: stated % = part / base × 100 at the stated precision, half up; a truncated value is `rounding`; more than one unit off is `inconsistent`.",
            "- `sum`: the anchor holds the total; for an inconsistent sum `right` is the sum of the stated parts, the note names the likely wrong cell.",
            "- `fraction`: part ≤ whole, the whole equals the total stated for the same set (when stated), the following % = part / whole.",
            "- `difference` / `points`: current - previous, the word (tăng / giảm, cao hơn / thấp hơn) must agree with the sign; points are checked against the stated shares.",
            "- `ratio`: `bằng / đạt x%` = cur / prev × 100; `tăng x%` = (cur / prev - 1) × 100; `giảm x%` = (1 - cur / prev) × 100; `gấp x lần` = cur / prev.",
            "- `repeat`: the same quantity (same label, same date) written again elsewhere; `right` is the value supported by the other arithmetic.",
            "- `term`: the period compared against must be the one before the claim's own period.",
            "- `ambiguous`: the script asserts that the naive reading does not simply check out; the note says why a careful reader cannot decide.",
            ""]
    with open(os.path.join(HERE, "SUMMARY.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    main()
