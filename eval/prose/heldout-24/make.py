#!/usr/bin/env python3
"""Generator of the heldout24 evaluation set: 6 Vietnamese report drafts with labelled numeric claims.

Writes prose/<name>.txt and prose/<name>.labels.json, re-reads and verifies them, and writes SUMMARY.md.
Standard library only. All arithmetic is decimal.Decimal; rounding is ROUND_HALF_UP; vi-VN number formats
("." thousands, "," decimals). Every check asserts that the computed verdict equals the intended one.
"""
import json
import os
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, getcontext

HERE = os.path.dirname(os.path.abspath(__file__))

getcontext().prec = 60
D = Decimal
FN = "[\ufffd] "          # footnote line prefix, as the exported drafts have it
KINDS = ["sum", "subset", "share", "fraction", "difference", "points", "ratio", "repeat", "term"]
VERDICTS = ["consistent", "rounding", "inconsistent", "ambiguous"]


# ---------------------------------------------------------------- numbers
def parse(s):
    """vi-VN number text -> Decimal ('1.248,6' -> 1248.6, '05' -> 5)."""
    if isinstance(s, Decimal):
        return s
    if isinstance(s, int):
        return D(s)
    t = s.strip().rstrip("%").strip().replace(".", "").replace(",", ".")
    return D(t)


def places_of(s):
    if isinstance(s, str) and "," in s:
        return len(s.strip().rstrip("%").strip().split(",")[1])
    return 0


def q(places):
    return D(1).scaleb(-places)


def rnd(x, places):
    return D(x).quantize(q(places), rounding=ROUND_HALF_UP)


def trn(x, places):
    return D(x).quantize(q(places), rounding=ROUND_DOWN)


def fmt(x, places=0):
    """Decimal -> vi-VN text with '.' thousands and ',' decimals, half-up at `places`."""
    v = rnd(x, places)
    sign = "-" if v < 0 else ""
    v = abs(v)
    s = f"{v:f}"
    ip, _, fp = s.partition(".")
    ip = f"{int(ip):,}".replace(",", ".")
    return sign + ip + ("," + fp if fp else "")


def judge(stated, exact):
    """Compare a stated value (text) with the exact value at the stated precision."""
    p = places_of(stated)
    st = parse(stated)
    r, t = rnd(exact, p), trn(exact, p)
    if st == r:
        return "consistent", r, p
    if st == t:
        return "rounding", r, p
    assert abs(st - r) > q(p), ("off by one unit but not a truncation", stated, exact)
    return "inconsistent", r, p


# ---------------------------------------------------------------- checks
# Each check returns dict(v=verdict, right=text, note=text, stated=text that must be in the
# anchor, inputs=[texts that must occur in the draft]).
def _n(x):
    return x if isinstance(x, str) else fmt(x)


def c_sum(parts, total):
    s = sum(parse(p) for p in parts)
    t = parse(total)
    pl = max(places_of(x) for x in list(parts) + [total])
    ok = s == t
    note = " + ".join(_n(p) for p in parts) + f" = {fmt(s, pl)} " + ("=" if ok else "≠") + f" {total}"
    return dict(v="consistent" if ok else "inconsistent", right=fmt(s, pl), note=note,
                stated=total, inputs=[p for p in parts if isinstance(p, str)])


def c_count(names, total):
    """A stated count of an enumerated list of names."""
    ok = len(names) == parse(total)
    return dict(v="consistent" if ok else "inconsistent", right=fmt(len(names)),
                note=f"{len(names)} names listed " + ("=" if ok else "≠") + f" {total}",
                stated=total, inputs=list(names))


def c_subset(part, parent):
    ok = parse(part) <= parse(parent)
    return dict(v="consistent" if ok else "inconsistent", right=None,
                note=f"{part} ≤ {parent}" if ok else f"{part} > {parent}", stated=part, inputs=[parent])


def c_le(parts, parent):
    """'trong đó' parts of one dimension: their sum must not exceed the parent."""
    s = sum(parse(p) for p in parts)
    ok = s <= parse(parent)
    pl = max(places_of(x) for x in list(parts) + [parent])
    return dict(v="consistent" if ok else "inconsistent", right=None,
                note=" + ".join(parts) + f" = {fmt(s, pl)} " + ("≤" if ok else ">") + f" {parent}",
                stated=parent, inputs=list(parts))


def c_share(part, base, stated, what="share"):
    ex = parse(part) / parse(base) * 100
    v, r, p = judge(stated, ex)
    right = fmt(r, p) + "%"
    return dict(v=v, right=right, note=f"{part} / {base} × 100 = {fmt(ex, 4)}% → {right} (stated {stated}%)",
                stated=stated, inputs=[part, base])


def c_ratio(cur, prev, stated):
    ex = parse(cur) / parse(prev) * 100
    v, r, p = judge(stated, ex)
    right = fmt(r, p) + "%"
    return dict(v=v, right=right, note=f"{cur} / {prev} × 100 = {fmt(ex, 4)}% → {right} (stated {stated}%)",
                stated=stated, inputs=[cur, prev])


def c_growth(cur, prev, stated, word="tăng"):
    ex = (parse(cur) / parse(prev) - 1) * 100
    sgn = "tăng" if ex > 0 else "giảm"
    v, r, p = judge(stated, abs(ex))
    if sgn != word:
        v = "inconsistent"
    right = f"{sgn} {fmt(r, p)}%"
    return dict(v=v, right=right,
                note=f"({cur} / {prev} − 1) × 100 = {fmt(ex, 4)}% → {right} (stated {word} {stated}%)",
                stated=stated, inputs=[cur, prev])


def c_avg(num, den, stated, scale=1):
    ex = parse(num) / parse(den) * D(scale)
    v, r, p = judge(stated, ex)
    sc = "" if scale == 1 else f" × {fmt(D(scale))}"
    return dict(v=v, right=fmt(r, p), note=f"{num} / {den}{sc} = {fmt(ex, 4)} → {fmt(r, p)} (stated {stated})",
                stated=stated, inputs=[num, den])


def c_diff(cur, prev, stated, word):
    d = parse(cur) - parse(prev)
    pl = max(places_of(cur), places_of(prev), places_of(stated))
    sgn = "tăng" if d > 0 else "giảm"
    ok = (sgn == word) and abs(d) == parse(stated)
    right = f"{sgn} {fmt(abs(d), pl)}"
    return dict(v="consistent" if ok else "inconsistent", right=right,
                note=f"{cur} − {prev} = {fmt(d, pl)} → {right} (stated {word} {stated})",
                stated=stated, inputs=[cur, prev])


def c_minus(a, b, stated):
    """A stated remainder/difference a − b with no direction word (e.g. 'còn lại')."""
    d = parse(a) - parse(b)
    pl = max(places_of(a), places_of(b), places_of(stated))
    ok = d == parse(stated)
    return dict(v="consistent" if ok else "inconsistent", right=fmt(d, pl),
                note=f"{a} − {b} = {fmt(d, pl)} (stated {stated})", stated=stated, inputs=[a, b])


def c_points(cur, prev, stated, word):
    d = parse(cur) - parse(prev)
    rel = (parse(cur) / parse(prev) - 1) * 100
    pl = places_of(stated)
    sgn = "tăng" if d > 0 else "giảm"
    ok = sgn == word and rnd(abs(d), pl) == parse(stated)
    right = f"{sgn} {fmt(abs(d), max(pl, places_of(cur)))}"
    return dict(v="consistent" if ok else "inconsistent", right=right,
                note=(f"points: {cur} − {prev} = {fmt(d, 2)} điểm %; relative reading "
                      f"{fmt(rel, 2)}% (stated {word} {stated}%)"),
                stated=stated, inputs=[cur, prev])


def c_frac(a, b, pct=None, whole=None):
    notes = []
    v = "consistent"
    if parse(a) > parse(b):
        v = "inconsistent"
        notes.append(f"{a} > {b}")
    if whole is not None:
        if parse(b) != parse(whole):
            v = "inconsistent"
            notes.append(f"whole {b} ≠ stated total {whole}")
        else:
            notes.append(f"whole {b} = stated total {whole}")
    right = None
    if pct is not None:
        ex = parse(a) / parse(b) * 100
        pv, r, p = judge(pct, ex)
        right = fmt(r, p) + "%"
        notes.append(f"{a}/{b} = {fmt(ex, 4)}% → {right} (stated {pct}%)")
        if v == "consistent":
            v = pv
    else:
        notes.append(f"{a} ≤ {b}")
    inputs = [whole] if isinstance(whole, str) else []
    return dict(v=v, right=right, note="; ".join(notes), stated=f"{a}/{b}", inputs=inputs)


def c_rep(first, second):
    ok = parse(first) == parse(second)
    return dict(v="consistent" if ok else "inconsistent", right=first,
                note=f"restates {first}: " + ("same" if ok else f"{second} ≠ {first}"),
                stated=second, inputs=[first])


def c_term(named, expected, why):
    ok = named == expected
    return dict(v="consistent" if ok else "inconsistent", right=expected,
                note=f"{why}; names '{named}'" + ("" if ok else f", should be '{expected}'"),
                stated=named, inputs=[])


# ---------------------------------------------------------------- drafts
class Draft:
    def __init__(self, name, office, subject):
        self.name, self.office, self.subject = name, office, subject
        self.lines, self.claims = [], []

    def L(self, text):
        assert "\n" not in text and text == text.strip(), text[:60]
        self.lines.append(text)
        return len(self.lines)

    def F(self, text):
        return self.L(FN + text)

    def C(self, anchor, kind, verdict, chk=None, right=None, note=None, line=None):
        assert kind in KINDS and verdict in VERDICTS, (kind, verdict)
        ln = line or len(self.lines)
        text = self.lines[ln - 1]
        assert text.count(anchor) == 1, (self.name, ln, anchor, text.count(anchor))
        assert not any(c["line"] == ln and c["anchor"] == anchor for c in self.claims), anchor
        c = {"line": ln, "anchor": anchor, "kind": kind, "verdict": verdict}
        if chk is not None:
            assert chk["stated"] in anchor, (self.name, ln, anchor, chk["stated"])
            if verdict != "ambiguous":
                assert chk["v"] == verdict, (self.name, ln, anchor, chk["v"], verdict, chk["note"])
            self._inputs = getattr(self, "_inputs", []) + [(ln, x) for x in chk["inputs"]]
        if verdict in ("rounding", "inconsistent"):
            r = right if right is not None else (chk or {}).get("right")
            assert r, (self.name, anchor, "needs right")
            c["right"] = r
        n = (chk or {}).get("note", "")
        if note:
            n = (n + ". " + note) if n else note
        assert n, (self.name, anchor, "needs note")
        c["note"] = n
        self.claims.append(c)
        return c

    def text(self):
        return "\n".join(self.lines) + "\n"

    def finish(self):
        full = self.text()
        for ln, x in getattr(self, "_inputs", []):
            assert x in full, (self.name, ln, "input not in draft", x)
        return full


# ================================================================ draft h24-01
def h24_01():
    d = Draft("h24-01", "Công ty TNHH MTV Khai thác công trình thủy lợi tỉnh Quảng Ngãi",
              "khai thác công trình thủy lợi (báo cáo năm 2024)")
    d.L("UBND TỈNH QUẢNG NGÃI")
    d.L("CÔNG TY TNHH MTV KHAI THÁC CÔNG TRÌNH THỦY LỢI QUẢNG NGÃI")
    d.L("Số:      /BC-CTTL\tQuảng Ngãi, ngày      tháng 01 năm 2025")
    d.L("BÁO CÁO")
    d.L("Kết quả thực hiện nhiệm vụ sản xuất, kinh doanh năm 2024 và phương hướng, nhiệm vụ năm 2025")
    d.L("Thực hiện Quyết định số 1532/QĐ-UBND ngày 28/12/2023 của UBND tỉnh về việc giao kế hoạch sản xuất, "
        "kinh doanh và đặt hàng cung cấp sản phẩm, dịch vụ công ích thủy lợi năm 2024, Công ty TNHH MTV Khai thác "
        "công trình thủy lợi Quảng Ngãi báo cáo kết quả thực hiện như sau:")
    d.L("I. ĐẶC ĐIỂM, TÌNH HÌNH")
    d.L("Công ty được giao quản lý, khai thác 126 công trình thủy lợi, gồm 34 hồ chứa, 58 đập dâng, 27 trạm bơm điện "
        "và 07 cống ngăn mặn, kênh tiêu; tổng dung tích thiết kế các hồ chứa 318,65 triệu m³. Tổng chiều dài kênh mương "
        "do Công ty quản lý 1.248,6 km, trong đó kênh đã kiên cố hóa 892,4 km, chiếm 71,47%, tăng 1,85% so với năm trước (69,62%).")
    d.C("126 công trình thủy lợi", "sum", "consistent", c_sum(["34", "58", "27", "07"], "126"))
    d.C("chiếm 71,47%", "share", "consistent", c_share("892,4", "1.248,6", "71,47"))
    d.C("tăng 1,85%", "points", "consistent", c_points("71,47", "69,62", "1,85", "tăng"),
        note="percentage-point reading holds")
    d.L("Tổng số lao động đến 31/12/2024 là 412 người (47 người làm công tác quản lý, 365 công nhân trực tiếp vận hành), "
        "giảm 13 người so với thời điểm cuối năm trước (425 người); trong đó nữ 96 người, chiếm 23,30%, đảng viên 138 người, "
        "có trình độ đại học trở lên 158 người, chiếm 38,35%. Công ty có 06 phòng nghiệp vụ và 09 xí nghiệp, cụm thủy nông trực thuộc.")
    d.C("là 412 người", "sum", "consistent", c_sum(["47", "365"], "412"))
    d.C("giảm 13 người", "difference", "consistent", c_diff("412", "425", "13", "giảm"))
    d.C("chiếm 23,30%", "share", "consistent", c_share("96", "412", "23,30"))
    d.C("đảng viên 138 người", "subset", "consistent", c_subset("138", "412"))
    d.C("chiếm 38,35%", "share", "consistent", c_share("158", "412", "38,35"))
    d.L("Năm 2024 thời tiết diễn biến phức tạp: nắng nóng kéo dài từ tháng 4 đến tháng 8; tổng lượng mưa cả năm tại trạm "
        "Quảng Ngãi 2.936 mm, cao hơn trung bình nhiều năm (2.476 mm) 18,58%; đợt mưa lũ từ ngày 26/10 đến 02/11/2024 "
        "gây sạt lở, bồi lấp nhiều tuyến kênh.")
    d.C("18,58%", "ratio", "consistent", c_growth("2.936", "2.476", "18,58"))
    d.L("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024")
    d.L("1. Phục vụ tưới, tiêu và cấp nước")
    d.L("Tổng diện tích tưới, tiêu nghiệm thu cả năm 61.842,5 ha, đạt 101,38% kế hoạch (61.000 ha), tăng 1.215,3 ha so với "
        "năm trước (60.627,2 ha). Chia theo vụ: Đông Xuân 2023 - 2024 là 27.416,8 ha; Hè Thu 25.903,4 ha; vụ Mùa 8.522,3 ha. "
        "Theo biện pháp tưới, 61.842,5 ha gồm tự chảy 49.286,1 ha, chiếm 79,69%; động lực 12.556,4 ha, chiếm 20,30%.")
    d.C("đạt 101,38% kế hoạch", "ratio", "consistent", c_ratio("61.842,5", "61.000", "101,38"))
    d.C("tăng 1.215,3 ha", "difference", "consistent", c_diff("61.842,5", "60.627,2", "1.215,3", "tăng"))
    d.C("nghiệm thu cả năm 61.842,5 ha", "sum", "consistent", c_sum(["27.416,8", "25.903,4", "8.522,3"], "61.842,5"),
        note="by season")
    d.C("Theo biện pháp tưới, 61.842,5 ha", "sum", "consistent", c_sum(["49.286,1", "12.556,4"], "61.842,5"),
        note="by method")
    d.C("chiếm 79,69%", "share", "rounding", c_share("49.286,1", "61.842,5", "79,69"))
    d.C("chiếm 20,30%", "share", "consistent", c_share("12.556,4", "61.842,5", "20,30"))
    d.L("Phân theo đối tượng, 61.842,5 ha nói trên gồm 52.760,2 ha lúa, 7.963,3 ha rau màu, cây công nghiệp ngắn ngày và 1.146,0 ha nuôi "
        "trồng thủy sản. Diện tích lúa được tưới chủ động đạt 41.908,5 ha, chiếm 79,43% diện tích lúa; năng suất lúa "
        "bình quân ... tạ/ha (chờ số liệu của Cục Thống kê).")
    d.C("61.842,5 ha nói trên gồm 52.760,2 ha lúa, 7.963,3 ha rau màu", "sum", "inconsistent",
        c_sum(["52.760,2", "7.963,3", "1.146,0"], "61.842,5"), right="7.936,3",
        note="total is confirmed by the season and method splits; 7.963,3 is a transposition of 7.936,3")
    d.C("chiếm 79,43%", "share", "consistent", c_share("41.908,5", "52.760,2", "79,43"))
    d.L("Sản lượng nước thô cấp cho sinh hoạt và công nghiệp đạt 18,62 triệu m³, bằng 108,23% so với cùng kỳ (17,19 triệu m³), "
        "gồm cấp cho các nhà máy trong Khu kinh tế Dung Quất 11,47 triệu m³, chiếm 61,60%, và cấp cho 14 nhà máy nước "
        "sinh hoạt nông thôn 7,15 triệu m³.")
    d.C("đạt 18,62 triệu m³", "sum", "consistent", c_sum(["11,47", "7,15"], "18,62"))
    d.C("bằng 108,23%", "ratio", "inconsistent", c_ratio("18,62", "17,19", "108,23"), note="digits 3 and 2 transposed")
    d.C("chiếm 61,60%", "share", "consistent", c_share("11,47", "18,62", "61,60"))
    d.L("2. Quản lý, vận hành và bảo đảm an toàn công trình")
    d.L("Trước mùa mưa lũ, Công ty kiểm tra 126/126 công trình; phát hiện 19 công trình hư hỏng, xuống cấp, trong đó 08 hồ "
        "chứa, 06 đập dâng, 03 trạm bơm; đến ngày 15/12/2024 đã khắc phục xong 17/19 công trình, đạt 89,74%, 02 công trình "
        "còn lại chuyển sang năm 2025. Trong mùa lũ, Công ty vận hành điều tiết xả lũ 21 hồ chứa với 186 lượt, không để "
        "xảy ra sự cố; phối hợp với 13 huyện, thị xã, thành phố xây dựng phương án bảo vệ 34/34 hồ chứa.")
    d.C("126/126 công trình", "fraction", "consistent", c_frac("126", "126", whole="126"))
    d.C("phát hiện 19 công trình hư hỏng", "sum", "ambiguous", c_sum(["08", "06", "03"], "19"),
        note="'trong đó' by type sums to 17 < 19; the other 2 may be cống/kênh tiêu (a 4th type exists) or a slip: undecidable")
    d.C("17/19 công trình, đạt 89,74%", "fraction", "inconsistent", c_frac("17", "19", pct="89,74"),
        note="digits transposed (89,47%)")
    d.C("02 công trình còn lại", "difference", "consistent", c_minus("19", "17", "02"))
    d.C("34/34 hồ chứa", "fraction", "consistent", c_frac("34", "34", whole="34"))
    d.L("3. Sửa chữa, nâng cấp, nạo vét kênh mương")
    d.L("Tổng kinh phí sửa chữa, nâng cấp năm 2024 là 28,614 tỷ đồng, gồm sửa chữa thường xuyên 18,764 tỷ đồng (42 hạng mục, "
        "đã hoàn thành 40/42 hạng mục) và sửa chữa lớn 9,850 tỷ đồng (05 công trình theo Quyết định số 412/QĐ-UBND ngày "
        "05/4/2024); giá trị giải ngân đến 31/01/2025 đạt 26,937 tỷ đồng, bằng 94,14% tổng kinh phí. Công ty tổ chức nạo "
        "vét 86,4 km kênh với khối lượng 42,350 m³, bình quân 490 m³/km; huy động 11.260 ngày công lao động của nhân dân.")
    d.C("là 28,614 tỷ đồng", "sum", "consistent", c_sum(["18,764", "9,850"], "28,614"))
    d.C("40/42 hạng mục", "fraction", "consistent", c_frac("40", "42", whole="42"))
    d.C("bằng 94,14% tổng kinh phí", "share", "consistent", c_share("26,937", "28,614", "94,14"))
    d.C("bình quân 490 m³/km", "ratio", "ambiguous", dict(c_avg("42.350", "86,4", "490"), inputs=["42,350"]),
        note="'42,350 m³' may be 42.350 (then 490 m³/km holds) or 42,35 (then 0,49 m³/km); number format undecidable")
    d.L("4. Kết quả tài chính")
    d.L("Tổng doanh thu năm 2024 đạt 96,358 tỷ đồng, bằng 102,51% kế hoạch (94,0 tỷ đồng), gồm: kinh phí hỗ trợ sản phẩm, "
        "dịch vụ công ích thủy lợi 81,642 tỷ đồng, bằng 86,85%; doanh thu cấp nước thô 9,307 tỷ đồng, chiếm 9,65% tổng "
        "doanh thu; thu từ hoạt động khác (cho thuê mặt nước, dịch vụ tư vấn) 5,409 tỷ đồng.")
    d.C("bằng 102,51% kế hoạch", "ratio", "consistent", c_ratio("96,358", "94,0", "102,51"))
    d.C("đạt 96,358 tỷ đồng", "sum", "consistent", c_sum(["81,642", "9,307", "5,409"], "96,358"))
    d.C("bằng 86,85%", "share", "ambiguous", c_ratio("81,642", "94,0", "86,85"),
        note="base not named: fits 81,642 / 94,0 (plan) = 86,85%, but as a share of revenue 81,642 / 96,358 = 84,73%")
    d.C("chiếm 9,65% tổng", "share", "rounding", c_share("9,307", "96,358", "9,65"))
    d.L("Tổng chi phí 93,114 tỷ đồng, trong đó tiền lương và các khoản theo lương 52,318 tỷ đồng, chiếm 56,19%; tiền điện bơm "
        "nước 6,472 tỷ đồng, chiếm 6,72%; chi sửa chữa thường xuyên 18,764 tỷ đồng. Lợi nhuận trước thuế 3,244 tỷ đồng, "
        "tăng 0,412 tỷ đồng so với năm trước (3,656 tỷ đồng). Thu nhập bình quân của người lao động 9,86 triệu "
        "đồng/người/tháng, tăng 6,02% so với năm trước liền kề (9,30 triệu đồng/người/tháng). Nộp ngân sách nhà nước 1,127 tỷ đồng.")
    d.C("Tổng chi phí 93,114 tỷ đồng", "subset", "consistent", c_le(["52,318", "6,472", "18,764"], "93,114"),
        note="'trong đó' parts of cost, not exhaustive")
    d.C("chiếm 56,19%", "share", "consistent", c_share("52,318", "93,114", "56,19"))
    d.C("chiếm 6,72%", "share", "inconsistent", c_share("6,472", "93,114", "6,72"),
        note="computed on revenue 96,358 (6,72%) instead of total cost")
    d.C("chi sửa chữa thường xuyên 18,764 tỷ đồng", "repeat", "consistent", c_rep("18,764", "18,764"))
    d.C("Lợi nhuận trước thuế 3,244 tỷ đồng", "difference", "consistent", c_minus("96,358", "93,114", "3,244"),
        note="revenue − cost")
    d.C("tăng 0,412 tỷ đồng", "difference", "inconsistent", c_diff("3,244", "3,656", "0,412", "tăng"),
        note="difference taken the wrong way")
    d.C("tăng 6,02%", "ratio", "consistent", c_growth("9,86", "9,30", "6,02"))
    d.L("Tổng điện năng tiêu thụ của 27 trạm bơm là 3.862.450 kWh, bình quân 307,6 kWh/ha tưới động lực; đơn giá điện "
        "bình quân 1.676 đồng/kWh.")
    d.C("của 27 trạm bơm", "repeat", "consistent", c_rep("27", "27"))
    d.C("bình quân 307,6 kWh/ha", "ratio", "consistent", c_avg("3.862.450", "12.556,4", "307,6"))
    d.C("1.676 đồng/kWh", "ratio", "consistent", c_avg("6,472", "3.862.450", "1.676", scale=10**9),
        note="6,472 tỷ đồng / kWh")
    d.L("5. Chuyển đổi số và công tác khác")
    d.L("Công ty hoàn thành số hóa hồ sơ quản lý của toàn bộ công trình, lắp đặt 18 trạm đo mưa tự động và camera giám sát "
        "mực nước tại 12/34 hồ chứa; tổ chức huấn luyện an toàn, vệ sinh lao động cho toàn bộ công nhân vận hành, không để xảy ra "
        "tai nạn lao động; phối hợp chính quyền địa phương lập biên bản 27 trường hợp vi phạm hành lang bảo vệ công trình.")
    d.C("12/34 hồ chứa", "fraction", "consistent", c_frac("12", "34", whole="34"))
    d.L("III. ĐÁNH GIÁ CHUNG")
    d.L("Năm 2024, Công ty hoàn thành 7/8 chỉ tiêu kế hoạch được giao, đạt 87,5%; chỉ tiêu chưa đạt là tỷ lệ kênh kiên cố "
        "hóa (kế hoạch 73,0%, thực hiện 71,47%, thấp hơn 1,53%). Diện tích tưới, tiêu đạt 61.482,5 ha, tổng doanh thu "
        "96,358 tỷ đồng, đều vượt kế hoạch. Tuy vậy, nhiều hồ chứa xây dựng từ những năm 1980 đã xuống cấp; Công ty hiện có "
        "409 lao động, thiếu 36 người so với định biên 445 người; còn 356,2 km kênh đất chưa được kiên cố hóa.")
    d.C("7/8 chỉ tiêu kế hoạch được giao, đạt 87,5%", "fraction", "consistent", c_frac("7", "8", pct="87,5"))
    d.C("thực hiện 71,47%", "repeat", "consistent", c_rep("71,47", "71,47"))
    d.C("thấp hơn 1,53%", "points", "consistent", c_points("71,47", "73,0", "1,53", "giảm"),
        note="'thấp hơn' = below plan, in points")
    d.C("đạt 61.482,5 ha", "repeat", "inconsistent", c_rep("61.842,5", "61.482,5"), note="digits 4 and 8 transposed")
    d.C("doanh thu 96,358 tỷ đồng", "repeat", "consistent", c_rep("96,358", "96,358"))
    d.C("409 lao động", "repeat", "ambiguous", c_rep("412", "409"),
        note="'hiện có' is undated while 412 is at 31/12/2024: a later date or a slip, undecidable")
    d.C("thiếu 36 người", "difference", "consistent", c_minus("445", "409", "36"))
    d.C("còn 356,2 km", "difference", "consistent", c_minus("1.248,6", "892,4", "356,2"))
    d.L("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025")
    d.L("Phấn đấu diện tích tưới, tiêu 62.500 ha, tăng 657,5 ha so với thực hiện năm 2023; sản lượng nước thô 19,5 triệu m³, "
        "tăng 0,88 triệu m³; tổng doanh thu 98,5 tỷ đồng, bằng 102,22% so với năm 2024; kiên cố hóa thêm 25,0 km kênh, nâng "
        "tỷ lệ kênh kiên cố lên 73,47%; thu nhập bình quân người lao động từ 10,2 triệu đồng/người/tháng trở lên.")
    d.C("tăng 657,5 ha", "difference", "consistent", c_diff("62.500", "61.842,5", "657,5", "tăng"))
    d.C("so với thực hiện năm 2023", "term", "inconsistent",
        c_term("năm 2023", "năm 2024", "657,5 = 62.500 − 61.842,5 (the 2024 result); the plan year 2025 compares with 2024"))
    d.C("tăng 0,88 triệu m³", "difference", "consistent", c_diff("19,5", "18,62", "0,88", "tăng"))
    d.C("bằng 102,22%", "ratio", "consistent", c_ratio("98,5", "96,358", "102,22"))
    d.C("so với năm 2024", "term", "consistent", c_term("năm 2024", "năm 2024", "2025 plan against 2024 result"))
    d.C("lên 73,47%", "share", "consistent", dict(c_share("917,4", "1.248,6", "73,47"), inputs=["892,4", "25,0", "1.248,6"]),
        note="(892,4 + 25,0) / 1.248,6")
    d.L("Đề nghị UBND tỉnh bố trí 14,35 tỷ đồng cho 06 dự án sửa chữa lớn năm 2025, gồm 04 hồ chứa 10,27 tỷ đồng và 02 đập "
        "dâng ... tỷ đồng; đồng thời hoàn thành 02 công trình hư hỏng chuyển tiếp từ năm 2024.")
    d.C("06 dự án", "sum", "consistent", c_sum(["04", "02"], "06"))
    d.C("bố trí 14,35 tỷ đồng", "sum", "ambiguous",
        note="one part is a placeholder ('... tỷ đồng'): 10,27 ≤ 14,35 but the sum cannot be checked")
    d.C("hoàn thành 02 công trình", "repeat", "consistent", c_rep("02", "02"))
    d.L("V. KIẾN NGHỊ")
    d.L("Đề nghị UBND tỉnh sớm phê duyệt đơn giá sản phẩm, dịch vụ công ích thủy lợi giai đoạn 2025 - 2027; chỉ đạo các "
        "huyện, thị xã, thành phố xử lý dứt điểm các vi phạm hành lang bảo vệ công trình thủy lợi.")
    d.L("Nơi nhận: UBND tỉnh; Sở Nông nghiệp và PTNT; Sở Tài chính; Lưu: VT, KH.\tGIÁM ĐỐC")
    names = ["Thạch Nham", "Bắc Trà Khúc", "Nam Trà Khúc", "Sơn Tịnh", "Tư Nghĩa", "Mộ Đức", "Đức Phổ", "Ba Tơ", "Bình Sơn"]
    d.F("Gồm 09 đơn vị: Xí nghiệp Thủy lợi Thạch Nham, Xí nghiệp Thủy lợi Bắc Trà Khúc, Xí nghiệp Thủy lợi Nam Trà Khúc và "
        "các cụm thủy nông Sơn Tịnh, Tư Nghĩa, Mộ Đức, Đức Phổ, Ba Tơ, Bình Sơn.")
    d.C("Gồm 09 đơn vị", "sum", "consistent", c_count(names, "09"))
    d.F("Quyết định số 1532/QĐ-UBND giao: diện tích tưới, tiêu 61.000 ha; doanh thu 94,0 tỷ đồng; tỷ lệ kênh kiên cố hóa 73,0%.")
    d.C("61.000 ha", "repeat", "consistent", c_rep("61.000", "61.000"))
    d.C("doanh thu 94,0 tỷ đồng", "repeat", "consistent", c_rep("94,0", "94,0"))
    d.C("hóa 73,0%", "repeat", "consistent", c_rep("73,0", "73,0"))
    d.F("Đợt mưa lũ tháng 10 - 11/2024 làm hư hỏng 23 vị trí kênh, dài 3,86 km; kinh phí khắc phục 2,418 tỷ đồng, chiếm "
        "12,88% chi sửa chữa thường xuyên.")
    d.C("chiếm 12,88%", "share", "rounding", c_share("2,418", "18,764", "12,88"))
    return d


# ================================================================ draft h24-02
def h24_02():
    d = Draft("h24-02", "Văn phòng Đăng ký đất đai tỉnh Bắc Giang",
              "đăng ký đất đai (báo cáo tổng kết năm 2024)")
    d.L("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH BẮC GIANG")
    d.L("VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI")
    d.L("Số: 185/BC-VPĐK\tBắc Giang, ngày 20 tháng 12 năm 2024")
    d.L("BÁO CÁO")
    d.L("Tổng kết công tác năm 2024, nhiệm vụ trọng tâm năm 2025")
    d.L("Căn cứ Quyết định số 96/QĐ-STNMT ngày 15/01/2024 của Sở Tài nguyên và Môi trường về giao chỉ tiêu kế hoạch năm 2024 "
        "và Kế hoạch số 12/KH-VPĐK ngày 22/01/2024 của Văn phòng Đăng ký đất đai; số liệu tính đến ngày 15/12/2024, ước "
        "thực hiện đến 31/12/2024. Văn phòng Đăng ký đất đai báo cáo như sau:")
    d.L("Phần I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024")
    d.L("1. Tổ chức bộ máy, nhân lực")
    d.L("Văn phòng có Ban Giám đốc (01 Giám đốc, 03 Phó Giám đốc), 05 phòng chuyên môn và 10 Chi nhánh tại các huyện, thị xã, "
        "thành phố. Tổng số người làm việc là 286 người, chia ra viên chức 214 người, hợp đồng lao động 72 người; so với đầu năm "
        "(295 người) giảm 09 người do nghỉ hưu, chuyển công tác. Về trình độ, trong 286 người có thạc sĩ 21 người, đại học 238 người, cao đẳng, "
        "trung cấp 27 người; tỷ lệ có trình độ đại học trở lên đạt 90,55%. Trong tổng số có 141 nữ, 163 đảng viên.")
    d.C("là 286 người", "sum", "consistent", c_sum(["214", "72"], "286"))
    d.C("giảm 09 người", "difference", "consistent", c_diff("286", "295", "09", "giảm"))
    d.C("trong 286 người", "sum", "consistent", c_sum(["21", "238", "27"], "286"),
        note="education levels partition the 286 staff")
    d.C("đạt 90,55%", "share", "rounding", dict(c_share("259", "286", "90,55"), inputs=["21", "238", "286"]),
        note="(21 + 238) / 286")
    d.C("141 nữ", "subset", "consistent", c_subset("141", "286"))
    d.C("163 đảng viên", "subset", "consistent", c_subset("163", "286"))
    d.L("2. Đăng ký, cấp Giấy chứng nhận quyền sử dụng đất")
    d.L("a) Đăng ký, cấp Giấy chứng nhận lần đầu. Năm 2024 toàn tỉnh cấp 6.482 Giấy chứng nhận lần đầu, diện tích 1.836,42 ha, "
        "đạt 108,03% kế hoạch năm 2023 (6.000 giấy), gồm hộ gia đình, cá nhân 6.395 giấy với 1.512,67 ha và tổ chức 87 giấy "
        "với 323,75 ha. Lũy kế đến 15/12/2024, toàn tỉnh đã cấp 1.126.548 giấy, diện tích 312.846,2 ha, đạt 97,86% diện tích "
        "cần cấp (319.685,0 ha).")
    d.C("đạt 108,03%", "ratio", "consistent", c_ratio("6.482", "6.000", "108,03"))
    d.C("kế hoạch năm 2023", "term", "inconsistent",
        c_term("năm 2023", "năm 2024", "the 6.000 target was set for 2024 by QĐ 96/QĐ-STNMT (line 6)"))
    d.C("cấp 6.482 Giấy chứng nhận", "sum", "consistent", c_sum(["6.395", "87"], "6.482"))
    d.C("diện tích 1.836,42 ha", "sum", "consistent", c_sum(["1.512,67", "323,75"], "1.836,42"))
    d.C("đạt 97,86%", "share", "consistent", c_share("312.846,2", "319.685,0", "97,86"))
    d.L("b) Đăng ký biến động. Tiếp nhận 68.915 hồ sơ, tăng 4.382 hồ sơ so với năm trước (64.533 hồ sơ); đã giải quyết 67.204 "
        "hồ sơ, đạt 97,52%, trong đó đúng hạn và trước hạn 65.873 hồ sơ, chiếm 95,59% số hồ sơ đã giải quyết, trễ hạn 1.331 "
        "hồ sơ (tỷ lệ 1.98%); đang giải quyết trong hạn 1.711 hồ sơ. Theo quý, quý I tiếp nhận 14.205 hồ sơ, quý II 17.361 "
        "hồ sơ, quý III 17.743 hồ sơ, quý IV 19.876 hồ sơ (bằng 28,84%), cộng cả năm 68.915 hồ sơ.")
    d.C("tăng 4.382 hồ sơ", "difference", "consistent", c_diff("68.915", "64.533", "4.382", "tăng"))
    d.C("đạt 97,52%", "share", "consistent", c_share("67.204", "68.915", "97,52"))
    d.C("đã giải quyết 67.204", "sum", "consistent", c_sum(["65.873", "1.331"], "67.204"),
        note="on time + late = resolved")
    d.C("chiếm 95,59%", "share", "inconsistent", c_share("65.873", "67.204", "95,59"),
        note="computed on the 68.915 received (95,59%), though the text names the resolved files as base")
    d.C("(tỷ lệ 1.98%)", "share", "ambiguous", dict(c_share("1.331", "67.204", "1,98"), stated="1.98"),
        note="'1.98%' is not in vi-VN form (dot, no thousands group): read as 1,98% it fits 1.331 / 67.204, but the value "
             "cannot be parsed with certainty")
    d.C("Tiếp nhận 68.915 hồ sơ", "sum", "consistent", c_sum(["67.204", "1.711"], "68.915"),
        note="resolved + pending = received")
    d.C("cộng cả năm 68.915 hồ sơ", "sum", "inconsistent", c_sum(["14.205", "17.361", "17.743", "19.876"], "68.915"),
        right="quý III 17.473", note="quarters sum to 69.185; 17.743 is a transposition of 17.473 (68.915 − 14.205 − 17.361 − 19.876)")
    d.C("bằng 28,84%", "share", "consistent", c_share("19.876", "68.915", "28,84"))
    d.L("Chia theo loại giao dịch, 68.915 hồ sơ gồm chuyển nhượng 31.264 hồ sơ, chiếm 45,36%; thừa kế, tặng cho 12.908 hồ sơ; thế chấp, xóa thế "
        "chấp 18.457 hồ sơ, chiếm 27,46%; loại khác 6.286 hồ sơ. Bình quân mỗi ngày làm việc tiếp nhận 276 hồ sơ (250 ngày "
        "làm việc).")
    d.C("68.915 hồ sơ gồm", "sum", "consistent", c_sum(["31.264", "12.908", "18.457", "6.286"], "68.915"),
        note="by transaction type; restates the 68.915 of the previous line")
    d.C("chiếm 45,36%", "share", "rounding", c_share("31.264", "68.915", "45,36"))
    d.C("chiếm 27,46%", "share", "ambiguous", c_share("18.457", "67.204", "27,46"),
        note="base not stated: 27,46% fits the 67.204 resolved files; of the 68.915 received (base of the sibling 45,36%) it is 26,78%")
    d.C("tiếp nhận 276 hồ sơ", "ratio", "consistent", c_avg("68.915", "250", "276"))
    d.L("c) Chỉnh lý hồ sơ địa chính, cơ sở dữ liệu. Chỉnh lý biến động 73.402 thửa đất trên bản đồ địa chính; vận hành cơ sở "
        "dữ liệu đất đai tại 9/10 huyện, thị xã, thành phố (đạt 90%), riêng huyện Sơn Động đang xây dựng theo Dự án VILG. Tổng số "
        "thửa đất trong cơ sở dữ liệu đến 30/11/2024 là 2.046.315 thửa, tăng 118.462 thửa so với thời điểm cuối năm trước (1.927.673 thửa). "
        "Việc chỉnh lý được thực hiện đồng thời trên hồ sơ giấy và cơ sở dữ liệu, bảo đảm thông tin thống nhất, cập nhật thường xuyên.")
    d.C("9/10 huyện, thị xã, thành phố (đạt 90%)", "fraction", "consistent", c_frac("9", "10", pct="90", whole="10"))
    d.C("tăng 118.462 thửa", "difference", "inconsistent", c_diff("2.046.315", "1.927.673", "118.462", "tăng"),
        note="digits 6 and 4 transposed")
    d.L("3. Cung cấp thông tin, dữ liệu đất đai")
    d.L("Cung cấp 24.618 lượt thông tin đất đai, trong đó cho cơ quan nhà nước 3.127 lượt, tổ chức tín dụng 15.940 lượt, cá nhân "
        "5.315 lượt; thời gian cung cấp bình quân 1,6 ngày/lượt, rút ngắn 0,9 ngày so với năm trước (2,5 ngày).")
    d.C("Cung cấp 24.618 lượt", "sum", "ambiguous", c_le(["3.127", "15.940", "5.315"], "24.618"),
        note="parts sum to 24.382 < 24.618: other requesters (doanh nghiệp, tòa án) may exist under 'trong đó', or a part is mistyped")
    d.C("rút ngắn 0,9 ngày", "difference", "consistent", c_diff("1,6", "2,5", "0,9", "giảm"),
        note="'rút ngắn' = decrease")
    d.L("4. Thu phí, lệ phí và tài chính")
    d.L("Tổng thu phí, lệ phí và dịch vụ năm 2024 là 38,256 tỷ đồng, bằng 112,52% so với năm 2023 (34,0 tỷ đồng), trong đó phí "
        "thẩm định hồ sơ 21,408 tỷ đồng (chiếm 55,95%), lệ phí cấp Giấy chứng nhận 7,563 tỷ đồng, dịch vụ đo đạc, trích lục "
        "7,438 tỷ đồng, phí cung cấp thông tin 1,847 tỷ đồng. Chi thường xuyên 35,912 tỷ đồng; chênh lệch thu lớn hơn chi "
        "2,344 tỷ đồng, trích 25% lập Quỹ phát triển hoạt động sự nghiệp là 0,586 tỷ đồng; thu nhập tăng thêm bình quân "
        "1,35 triệu đồng/người/tháng.")
    d.C("là 38,256 tỷ đồng", "sum", "consistent", c_sum(["21,408", "7,563", "7,438", "1,847"], "38,256"),
        note="the four sources make up the total")
    d.C("bằng 112,52%", "ratio", "consistent", c_ratio("38,256", "34,0", "112,52"))
    d.C("so với năm 2023 (34,0 tỷ đồng)", "term", "consistent",
        c_term("năm 2023", "năm 2023", "2024 revenue compared with the year before"))
    d.C("chiếm 55,95%", "share", "rounding", c_share("21,408", "38,256", "55,95"))
    d.C("2,344 tỷ đồng", "difference", "consistent", c_minus("38,256", "35,912", "2,344"))
    d.C("trích 25%", "share", "consistent", c_share("0,586", "2,344", "25"))
    d.L("Chuyển thông tin địa chính để xác định nghĩa vụ tài chính 41.236 hồ sơ; số thu tiền sử dụng đất, thuế thu nhập cá nhân, "
        "lệ phí trước bạ qua liên thông đạt 1.284,6 tỷ đồng, trong đó tiền sử dụng đất 1.046,9 tỷ đồng, chiếm 81,50%.")
    d.C("chiếm 81,50%", "share", "consistent", c_share("1.046,9", "1.284,6", "81,50"))
    d.C("tiền sử dụng đất 1.046,9 tỷ đồng", "subset", "consistent", c_subset("1.046,9", "1.284,6"))
    d.L("5. Cải cách hành chính, chuyển đổi số")
    d.L("Văn phòng tiếp nhận 28.434 hồ sơ trực tuyến toàn trình và một phần, chiếm 41,26% hồ sơ đăng ký biến động, tăng 12,5% so "
        "với cùng kỳ (28,76%); 100% hồ sơ được số hóa khi tiếp nhận. Tỷ lệ giải quyết đúng hạn 98,02%, giảm 0,65% so với "
        "năm trước (98,76%) do khối lượng hồ sơ thế chấp tăng vào quý IV. Thực hiện 06 đợt tự kiểm tra tại 10/10 Chi nhánh.")
    d.C("chiếm 41,26%", "share", "consistent", c_share("28.434", "68.915", "41,26"))
    d.C("tăng 12,5%", "points", "consistent", c_points("41,26", "28,76", "12,5", "tăng"), note="percentage-point reading holds")
    d.C("đúng hạn 98,02%", "share", "consistent", c_share("65.873", "67.204", "98,02"),
        note="the correct on-time share (contrast the 95,59% on line 15)")
    d.C("giảm 0,65%", "points", "inconsistent", c_points("98,02", "98,76", "0,65", "giảm"),
        note="neither reading gives 0,65 (points 0,74; relative 0,75%)")
    d.C("10/10 Chi nhánh", "fraction", "consistent", c_frac("10", "10", whole="10"))
    d.L("6. Đo đạc, trích đo địa chính")
    d.L("Thực hiện trích đo địa chính 12.684 thửa, diện tích 2.418,5 ha, gồm phục vụ cấp Giấy chứng nhận lần đầu 5.936 thửa và "
        "phục vụ đăng ký biến động 6.748 thửa; đo đạc chỉnh lý bản đồ địa chính tại 04 xã với 1.372,4 ha. Doanh thu dịch vụ đo "
        "đạc, trích lục 7,438 tỷ đồng, bình quân 586 nghìn đồng/thửa trích đo.")
    d.C("trích đo địa chính 12.684 thửa", "sum", "consistent", c_sum(["5.936", "6.748"], "12.684"))
    d.C("trích lục 7,438 tỷ đồng", "repeat", "consistent", c_rep("7,438", "7,438"))
    d.C("bình quân 586 nghìn đồng", "ratio", "consistent", c_avg("7,438", "12.684", "586", scale=10**6),
        note="7,438 tỷ đồng / 12.684 thửa, in nghìn đồng")
    d.L("7. Tiếp nhận, giải quyết đơn thư")
    d.L("Năm 2024 tiếp nhận 47 đơn kiến nghị, phản ánh, giảm 15 đơn so với cùng kỳ (62 đơn), trong đó đơn liên quan cấp Giấy "
        "chứng nhận 29 đơn, tranh chấp ranh giới, mốc giới 14 đơn, đơn của tổ chức 06 đơn; đã giải quyết 44/47 đơn, đạt 93,62%, "
        "03 đơn đang xác minh, không có đơn vượt cấp.")
    d.C("giảm 15 đơn", "difference", "consistent", c_diff("47", "62", "15", "giảm"))
    d.C("tiếp nhận 47 đơn", "sum", "ambiguous", c_le(["29", "14", "06"], "47") | {"v": "inconsistent"},
        note="parts sum to 49 > 47, but 'đơn của tổ chức' is another dimension (who filed) and may overlap the topics: undecidable")
    d.C("44/47 đơn, đạt 93,62%", "fraction", "consistent", c_frac("44", "47", pct="93,62"))
    d.C("03 đơn đang xác minh", "difference", "consistent", c_minus("47", "44", "03"))
    d.L("Phần II. ĐÁNH GIÁ CHUNG")
    d.L("Năm 2024, Văn phòng hoàn thành 9/11 chỉ tiêu kế hoạch, đạt 81,82%; cấp 6.428 Giấy chứng nhận lần đầu, giải quyết "
        "67.204 hồ sơ biến động; lũy kế đến 31/12/2024 ước cấp 1.128.020 giấy. 02 chỉ tiêu chưa đạt là tỷ lệ giải quyết đúng "
        "hạn (kế hoạch 99%) và cơ sở dữ liệu huyện Sơn Động. Hạn chế: còn 1.331 hồ sơ trễ hạn, chủ yếu tại 03 Chi nhánh có "
        "khối lượng lớn; hồ sơ tồn đọng từ các năm trước chưa được xử lý dứt điểm.")
    d.C("9/11 chỉ tiêu kế hoạch, đạt 81,82%", "fraction", "consistent", c_frac("9", "11", pct="81,82"))
    d.C("cấp 6.428 Giấy", "repeat", "inconsistent", c_rep("6.482", "6.428"), note="digits 8 and 2 transposed")
    d.C("giải quyết 67.204 hồ sơ", "repeat", "consistent", c_rep("67.204", "67.204"))
    d.C("1.128.020 giấy", "repeat", "ambiguous", c_rep("1.126.548", "1.128.020"),
        note="different cut-off (31/12 estimate vs 15/12 actual): the increase may be real, undecidable")
    d.C("02 chỉ tiêu chưa đạt", "difference", "consistent", c_minus("11", "9", "2"),
        note="11 − 9 = 2 targets missed")
    d.C("còn 1.331 hồ sơ", "repeat", "consistent", c_rep("1.331", "1.331"))
    d.L("Nguyên nhân chủ yếu: khối lượng hồ sơ tăng mạnh vào cuối năm trong khi biên chế giảm; hệ thống phần mềm một cửa "
        "điện tử và cơ sở dữ liệu đất đai chưa kết nối đồng bộ với cơ quan thuế; hồ sơ địa chính một số xã lập qua nhiều thời "
        "kỳ, sai lệch giữa bản đồ và hiện trạng sử dụng đất; một bộ phận viên chức chưa thành thạo nghiệp vụ số hóa.")
    d.L("Phần III. NHIỆM VỤ TRỌNG TÂM NĂM 2025")
    d.L("Phấn đấu cấp 6.500 Giấy chứng nhận lần đầu, bằng 104,6% so với ước thực hiện năm nay; giải quyết đúng hạn từ 99% hồ "
        "sơ trở lên; tiếp nhận trực tuyến trên 50% hồ sơ, cao hơn năm 2024 là 8,74%; hoàn thành cơ sở dữ liệu đất đai 10/10 "
        "huyện, thị xã, thành phố; tổng thu phí, lệ phí 40,0 tỷ đồng, tăng 1,744 tỷ đồng so với ước thực hiện năm nay.")
    d.C("bằng 104,6%", "ratio", "inconsistent", c_ratio("6.500", "6.482", "104,6"),
        note="6.500 / 6.482 = 100,3%; 104,6% matches no figure of the report")
    d.C("cao hơn năm 2024 là 8,74%", "points", "consistent", c_points("50", "41,26", "8,74", "tăng"))
    d.C("dữ liệu đất đai 10/10", "fraction", "consistent", c_frac("10", "10", whole="10"))
    d.C("tăng 1,744 tỷ đồng", "difference", "consistent", c_diff("40,0", "38,256", "1,744", "tăng"))
    d.L("Phần IV. KIẾN NGHỊ")
    d.L("Đề nghị Sở Tài nguyên và Môi trường bổ sung 12 người làm việc để đủ số lượng được giao 298 người; bố trí kinh phí "
        "hoàn thiện cơ sở dữ liệu đất đai huyện Sơn Động; chỉ đạo cơ quan thuế rút ngắn thời gian xác định nghĩa vụ tài chính.")
    d.C("đủ số lượng được giao 298 người", "sum", "consistent", c_sum(["286", "12"], "298"),
        note="286 at present + 12 requested")
    d.L("Nơi nhận: Sở Tài nguyên và Môi trường; Ban Giám đốc; các Chi nhánh; Lưu: VT, TH.\tGIÁM ĐỐC")
    d.F("Kế hoạch năm 2024: cấp 6.000 Giấy chứng nhận lần đầu; giải quyết đúng hạn 99% hồ sơ; trực tuyến 40% hồ sơ.")
    d.C("cấp 6.000 Giấy", "repeat", "consistent", c_rep("6.000", "6.000"))
    d.C("đúng hạn 99%", "repeat", "consistent", c_rep("99", "99"))
    d.F("Hồ sơ biến động tiếp nhận tại các Chi nhánh (68.915 hồ sơ): Thành phố Bắc Giang 14.362 hồ sơ (20,84%), Việt Yên 9.815 hồ sơ (14,24%), "
        "Lạng Giang 7.204 hồ sơ (10,45%), 07 Chi nhánh còn lại 37.534 hồ sơ (54,46%).")
    d.C("(20,84%)", "share", "consistent", c_share("14.362", "68.915", "20,84"))
    d.C("(14,24%)", "share", "consistent", c_share("9.815", "68.915", "14,24"))
    d.C("(10,45%)", "share", "consistent", c_share("7.204", "68.915", "10,45"))
    d.C("(68.915 hồ sơ)", "sum", "consistent", c_sum(["14.362", "9.815", "7.204", "37.534"], "68.915"),
        note="the four groups make up the 68.915 files received (same figure as the body)")
    d.C("(54,46%)", "share", "consistent", c_share("37.534", "68.915", "54,46"))
    d.C("07 Chi nhánh còn lại", "difference", "consistent", c_minus("10", "3", "07"), note="10 branches − 3 named")
    return d


# ================================================================ draft h24-03
def h24_03():
    d = Draft("h24-03", "Hội Chữ thập đỏ tỉnh Phú Yên",
              "Hội Chữ thập đỏ tỉnh (báo cáo chính trị trình Đại hội, nhiệm kỳ 2017 - 2022)")
    d.L("HỘI CHỮ THẬP ĐỎ VIỆT NAM")
    d.L("BAN CHẤP HÀNH HỘI CHỮ THẬP ĐỎ TỈNH PHÚ YÊN")
    d.L("Số: 86/BC-CTĐ\tPhú Yên, ngày 15 tháng 7 năm 2022")
    d.L("BÁO CÁO CHÍNH TRỊ")
    d.L("của Ban Chấp hành Hội Chữ thập đỏ tỉnh khóa IX trình Đại hội đại biểu lần thứ X, nhiệm kỳ 2022 - 2027")
    d.L("Nhiệm kỳ 2017 - 2022, Hội Chữ thập đỏ tỉnh triển khai Nghị quyết Đại hội đại biểu lần thứ IX trong bối cảnh dịch "
        "Covid-19 kéo dài, thiên tai liên tiếp (bão số 9, số 12 năm 2020, mưa lũ tháng 11/2021), đời sống một bộ phận Nhân dân "
        "gặp nhiều khó khăn. Ban Chấp hành khóa IX báo cáo kết quả nhiệm kỳ như sau:")
    d.L("Phần thứ nhất. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI LẦN THỨ IX, NHIỆM KỲ 2017 - 2022")
    d.L("I. CÔNG TÁC TỔ CHỨC, XÂY DỰNG HỘI")
    d.L("Đầu nhiệm kỳ, tỉnh có 09 huyện, thị xã, thành phố với 110 xã, phường, thị trấn. Đến 30/6/2022, toàn tỉnh có 09 Hội cấp "
        "huyện, 176 tổ chức Hội cơ sở (gồm 112 Hội xã, phường, thị trấn và 64 Hội cơ sở trong trường học, cơ quan, doanh "
        "nghiệp), 1.036 chi hội, bình quân 5,9 chi hội/Hội cơ sở; 112/112 xã, phường, thị trấn có tổ chức Hội, đạt 100%.")
    d.C("176 tổ chức Hội cơ sở", "sum", "consistent", c_sum(["112", "64"], "176"))
    d.C("bình quân 5,9 chi hội", "ratio", "consistent", c_avg("1.036", "176", "5,9"))
    d.C("112/112 xã, phường, thị trấn có tổ chức Hội, đạt 100%", "fraction", "ambiguous", c_frac("112", "112", pct="100", whole="110") | {"v": "inconsistent"},
        note="whole 112 differs from the 110 communes named for the start of the term; units may have been reorganised "
             "since, undecidable")
    d.L("Tổng số hội viên đến 30/6/2022 là 48.326 người, tăng 5.214 hội viên so với đầu nhiệm kỳ (43.112 hội viên), chiếm "
        "5,26% dân số toàn tỉnh (918.640 người), tăng 0,72% so với đầu nhiệm kỳ (4,65%); trong đó hội viên nữ 27.905 người, "
        "chiếm 57,74%, hội viên người dân tộc thiểu số 4.136 người, hội viên thanh thiếu niên 16.275 người.")
    d.C("tăng 5.214 hội viên", "difference", "consistent", c_diff("48.326", "43.112", "5.214", "tăng"))
    d.C("5,26% dân số", "share", "consistent", c_share("48.326", "918.640", "5,26"))
    d.C("tăng 0,72%", "points", "inconsistent", c_points("5,26", "4,65", "0,72", "tăng"),
        note="neither reading gives 0,72 (points 0,61; relative 13,12%)")
    d.C("chiếm 57,74%", "share", "consistent", c_share("27.905", "48.326", "57,74"))
    d.C("hội viên nữ 27.905", "subset", "consistent", c_subset("27.905", "48.326"))
    d.C("4.136 người", "subset", "consistent", c_subset("4.136", "48.326"))
    d.C("16.275 người", "subset", "consistent", c_subset("16.275", "48.326"))
    d.L("Toàn tỉnh có 6.418 tình nguyện viên, gồm đội sơ cấp cứu 2.350 người, đội ứng phó thảm họa 1.864 người và đội tình nguyện "
        "viên hiến máu 1.539 người; trong đó nữ 3.512 người. Các đội duy trì sinh hoạt định kỳ, sẵn sàng tham gia khi có yêu cầu.")
    d.C("6.418 tình nguyện viên", "sum", "inconsistent", c_sum(["2.350", "1.864", "1.539"], "6.418"),
        note="'gồm' is exhaustive; the three teams make 5.753, a part of 665 is missing or the total is wrong")
    d.C("nữ 3.512 người", "subset", "consistent", c_subset("3.512", "6.418"))
    d.L("Ban Chấp hành Hội tỉnh khóa IX có 27 ủy viên, trong đó nữ 11 người, chiếm 40,74%, dưới 40 tuổi 06 người, chiếm 22,22%; "
        "Ban Thường vụ 07 người. Cán bộ chuyên trách cấp tỉnh, huyện 41 người, 100% có trình độ đại học trở lên, 26/41 người có "
        "trình độ lý luận chính trị trung cấp trở lên, chiếm 63,41%.")
    d.C("chiếm 40,74%", "share", "consistent", c_share("11", "27", "40,74"))
    d.C("chiếm 22,22%", "share", "consistent", c_share("06", "27", "22,22"))
    d.C("Ban Thường vụ 07 người", "subset", "consistent", c_subset("07", "27"))
    d.C("26/41 người có trình độ lý luận chính trị trung cấp trở lên, chiếm 63,41%", "fraction", "consistent", c_frac("26", "41", pct="63,41", whole="41"))
    d.L("Năm 2021, trong 176 tổ chức Hội cơ sở có 35 cơ sở hoạt động xuất sắc, 128 cơ sở vững mạnh (tỷ lệ 72,72%), 39 cơ sở "
        "khá, 09 cơ sở trung bình; không có cơ sở yếu kém.")
    d.C("trong 176 tổ chức Hội cơ sở", "sum", "ambiguous", c_sum(["128", "39", "09"], "176"),
        note="128 + 39 + 09 = 176 only if the 35 'xuất sắc' are counted inside 'vững mạnh'; disjoint reading gives 211: "
             "the text does not say which")
    d.C("tỷ lệ 72,72%", "share", "rounding", c_share("128", "176", "72,72"))
    d.L("II. CÔNG TÁC CHĂM LO, TRỢ GIÚP NHÂN ĐẠO")
    d.L("Trong nhiệm kỳ, các cấp Hội vận động tổng giá trị tiền, hàng 186,472 tỷ đồng (gồm tiền mặt 98,635 tỷ đồng, hàng hóa quy "
        "đổi 87,837 tỷ đồng), bình quân 37,29 tỷ đồng/năm, bằng 142,60% so với nhiệm kỳ 2007 - 2012 (130,765 tỷ đồng). Theo năm, "
        "186,472 tỷ đồng chia ra: 6 tháng cuối năm 2017: 14,208 tỷ đồng; năm 2018: 29,416 tỷ đồng; năm 2019: 31,957 tỷ đồng; năm 2020: 52,684 tỷ đồng, "
        "chiếm 28,25%; năm 2021: 41,325 tỷ đồng; 6 tháng đầu năm 2022: 16,882 tỷ đồng.")
    d.C("tiền, hàng 186,472 tỷ đồng", "sum", "consistent", c_sum(["98,635", "87,837"], "186,472"))
    d.C("bình quân 37,29 tỷ đồng/năm", "ratio", "consistent", c_avg("186,472", "5", "37,29"), note="5-year term")
    d.C("bằng 142,60%", "ratio", "consistent", c_ratio("186,472", "130,765", "142,60"))
    d.C("so với nhiệm kỳ 2007 - 2012", "term", "inconsistent",
        c_term("nhiệm kỳ 2007 - 2012", "nhiệm kỳ 2012 - 2017", "the 2017 - 2022 term compares with the term before it"))
    d.C("Theo năm, 186,472 tỷ đồng chia ra", "sum", "consistent",
        c_sum(["14,208", "29,416", "31,957", "52,684", "41,325", "16,882"], "186,472"), note="by year")
    d.C("chiếm 28,25%", "share", "consistent", c_share("52,684", "186,472", "28,25"))
    d.L("Chương trình “Tết Nhân ái” 5 năm trao 214.560 suất quà trị giá 96,54 tỷ đồng, chiếm 51,77% tổng giá trị vận động, bình "
        "quân 450 nghìn đồng/suất; “Tháng Nhân đạo” hằng năm trợ giúp 38.215 lượt người với 21,63 tỷ đồng, chiếm 21,93%, bình quân "
        "566 nghìn đồng/lượt. Xây mới 326 nhà nhân đạo, sửa chữa 118 nhà, tổng cộng 444 nhà trị giá 17,82 tỷ đồng, bình quân 40,1 "
        "triệu đồng/nhà, tăng 48 nhà so với nhiệm kỳ trước (406 nhà).")
    d.C("chiếm 51,77%", "share", "consistent", c_share("96,54", "186,472", "51,77"))
    d.C("quân 450 nghìn đồng/suất", "ratio", "consistent", c_avg("96,54", "214.560", "450", scale=10**6))
    d.C("chiếm 21,93%", "share", "ambiguous", c_share("21,63", "98,635", "21,93"),
        note="base not named: fits the cash total 98,635 (21,93%), while the sibling share uses the 186,472 total (11,60%)")
    d.C("566 nghìn đồng/lượt", "ratio", "consistent", c_avg("21,63", "38.215", "566", scale=10**6))
    d.C("tổng cộng 444 nhà", "sum", "consistent", c_sum(["326", "118"], "444"))
    d.C("bình quân 40,1", "ratio", "consistent", c_avg("17,82", "444", "40,1", scale=1000), note="tỷ đồng → triệu đồng")
    d.C("tăng 48 nhà", "difference", "inconsistent", c_diff("444", "406", "48", "tăng"), note="one-digit slip")
    d.L("Hưởng ứng phong trào “Mỗi tổ chức, mỗi cá nhân gắn với một địa chỉ nhân đạo”, toàn tỉnh kết nối 3.482 địa chỉ nhân "
        "đạo, trợ giúp 6.924 đối tượng (bình quân 1,99 đối tượng/địa chỉ), tổng giá trị 24,16 tỷ đồng; trong đó trẻ em có hoàn "
        "cảnh đặc biệt 2.117 em, người khuyết tật 1.958 người, người cao tuổi cô đơn 2.203 người. Trao 1.640 suất học bổng, trị "
        "giá 2,46 tỷ đồng, bình quân 1,5 triệu đồng/suất.")
    d.C("1,99 đối tượng", "ratio", "consistent", c_avg("6.924", "3.482", "1,99"))
    d.C("trợ giúp 6.924 đối tượng", "subset", "consistent", c_le(["2.117", "1.958", "2.203"], "6.924"),
        note="'trong đó' by type of beneficiary, not exhaustive")
    d.C("bình quân 1,5 triệu", "ratio", "consistent", c_avg("2,46", "1.640", "1,5", scale=1000))
    d.L("Công tác tìm kiếm tin tức thân nhân: tiếp nhận 27 hồ sơ, đã có kết quả 9/27 hồ sơ, đạt 33,33%.")
    d.C("9/27 hồ sơ, đạt 33,33%", "fraction", "consistent", c_frac("9", "27", pct="33,33", whole="27"))
    d.L("III. CÔNG TÁC VẬN ĐỘNG HIẾN MÁU TÌNH NGUYỆN")
    d.L("Nhiệm kỳ 2017 - 2022 vận động 128.415 lượt người đăng ký hiến máu, tiếp nhận 126.872 đơn vị máu, đạt 107,01% chỉ tiêu "
        "nhiệm kỳ (120.000 đơn vị), tăng 31.840 đơn vị so với nhiệm kỳ 2012 - 2017 (95.032 đơn vị); số lượt hiến máu nhắc lại "
        "49.574 lượt, chiếm 39,07% số lượt người hiến máu. Tổ chức 482 đợt lấy máu, bình quân 96 đợt và 25.374 đơn vị máu mỗi năm.")
    d.C("đạt 107,01%", "ratio", "inconsistent", c_ratio("126.872", "120.000", "107,01"),
        note="computed from the 128.415 donors instead of the 126.872 units")
    d.C("tăng 31.840 đơn vị", "difference", "consistent", c_diff("126.872", "95.032", "31.840", "tăng"))
    d.C("so với nhiệm kỳ 2012 - 2017", "term", "consistent",
        c_term("nhiệm kỳ 2012 - 2017", "nhiệm kỳ 2012 - 2017", "previous term of 2017 - 2022"))
    d.C("chiếm 39,07%", "share", "inconsistent", c_share("49.574", "128.415", "39,07"),
        note="computed on the 126.872 units, while the text names the donors (128.415) as base")
    d.C("bình quân 96 đợt", "ratio", "consistent", c_avg("482", "5", "96"))
    d.C("25.374 đơn vị máu mỗi năm", "ratio", "consistent", c_avg("126.872", "5", "25.374"))
    d.L("IV. SƠ CẤP CỨU, PHÒNG NGỪA VÀ ỨNG PHÓ THẢM HỌA")
    d.L("Tổ chức 1.285 lớp tập huấn sơ cấp cứu cho 52.418 lượt người, bình quân 41 người/lớp; sơ cứu ban đầu tại cộng đồng "
        "9.376 trường hợp. Thành lập mới 38 đội sơ cấp cứu, nâng tổng số lên 124 đội, tăng 44,18% so với đầu nhiệm kỳ (86 đội).")
    d.C("bình quân 41 người/lớp", "ratio", "consistent", c_avg("52.418", "1.285", "41"))
    d.C("lên 124 đội", "sum", "consistent", c_sum(["86", "38"], "124"), note="86 at the start + 38 new")
    d.C("tăng 44,18%", "ratio", "rounding", c_growth("124", "86", "44,18"))
    d.L("Trong các đợt bão, lũ năm 2020 và 2021, Hội cứu trợ khẩn cấp 18.640 hộ với tổng giá trị 12,45 tỷ đồng, gồm tiền mặt "
        "5,86 tỷ đồng và hàng hóa 6,59 tỷ đồng, bình quân 668 nghìn đồng/hộ. Phòng, chống dịch Covid-19: vận động 9,318 tỷ đồng, "
        "trong đó tiền mặt 6,204 tỷ đồng, chiếm 66,58%; hỗ trợ 41.205 lượt người cách ly, khó khăn.")
    d.C("tổng giá trị 12,45 tỷ đồng", "sum", "consistent", c_sum(["5,86", "6,59"], "12,45"))
    d.C("668 nghìn đồng/hộ", "ratio", "consistent", c_avg("12,45", "18.640", "668", scale=10**6))
    d.C("chiếm 66,58%", "share", "consistent", c_share("6,204", "9,318", "66,58"))
    d.L("Nhiệm kỳ qua, Trung ương Hội tặng Bằng khen cho 14 tập thể và 23 cá nhân; UBND tỉnh tặng Bằng khen 31 tập thể và 46 cá "
        "nhân; tổng cộng 114 lượt khen thưởng cấp trên.")
    d.C("tổng cộng 114 lượt", "sum", "consistent", c_sum(["14", "23", "31", "46"], "114"))
    d.L("Công tác truyền thông, vận động được đổi mới, ứng dụng mạng xã hội; các cấp Hội phối hợp chặt chẽ với Mặt trận Tổ quốc, "
        "các đoàn thể tổ chức nhiều hoạt động nhân đạo gắn với cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị "
        "văn minh”, tạo sức lan tỏa rộng rãi trong cộng đồng.")
    d.L("V. ĐÁNH GIÁ CHUNG")
    d.L("Nhiệm kỳ 2017 - 2022, Hội hoàn thành và vượt 10/12 chỉ tiêu Nghị quyết Đại hội IX, đạt 83,33%. Tổng giá trị vận động "
        "đạt 186,742 tỷ đồng; tiếp nhận 126.872 đơn vị máu; số hội viên đến cuối nhiệm kỳ là 48.750 người. Hạn chế: hoạt động "
        "của một số chi hội còn hình thức, nguồn lực vận động tập trung ở đô thị; đội ngũ cán bộ Hội cơ sở thường xuyên biến động.")
    d.C("10/12 chỉ tiêu Nghị quyết Đại hội IX, đạt 83,33%", "fraction", "consistent", c_frac("10", "12", pct="83,33"))
    d.C("đạt 186,742 tỷ đồng", "repeat", "inconsistent", c_rep("186,472", "186,742"), note="digits 4 and 7 transposed")
    d.C("tiếp nhận 126.872 đơn vị", "repeat", "consistent", c_rep("126.872", "126.872"))
    d.C("48.750 người", "repeat", "ambiguous", c_rep("48.326", "48.750"),
        note="'cuối nhiệm kỳ' may be a later date than 30/6/2022 (48.326): undecidable")
    d.L("Bài học kinh nghiệm: một là, phải tranh thủ sự lãnh đạo của cấp ủy, sự phối hợp của chính quyền và các ngành; hai là, "
        "lấy Hội cơ sở và chi hội làm nền tảng; ba là, công khai, minh bạch trong tiếp nhận, phân phối nguồn lực nhân đạo; bốn "
        "là, phát huy vai trò nòng cốt của tình nguyện viên, hội viên thanh thiếu niên.")
    d.L("Phần thứ hai. PHƯƠNG HƯỚNG, MỤC TIÊU NHIỆM KỲ 2022 - 2027")
    d.L("Phấn đấu đến năm 2027: số hội viên đạt 55.000 người, tăng 6.674 người so với hiện nay; tỷ lệ hội viên trên dân số đạt "
        "6%, tăng 0,74 điểm phần trăm; vận động tổng giá trị 200 tỷ đồng trở lên, tăng 7,25% so với nhiệm kỳ 2017 - 2022; tiếp "
        "nhận 135.000 đơn vị máu, bằng 106,40% nhiệm kỳ trước; có 150 đội sơ cấp cứu, tăng 26 đội.")
    d.C("tăng 6.674 người", "difference", "ambiguous", c_diff("55.000", "48.326", "6.674", "tăng"),
        note="'hiện nay' may be 48.326 (30/6/2022; then 6.674 holds) or the 48.750 'cuối nhiệm kỳ' (then 6.250)")
    d.C("tăng 0,74 điểm", "points", "consistent", c_points("6", "5,26", "0,74", "tăng"))
    d.C("tăng 7,25%", "ratio", "consistent", c_growth("200", "186,472", "7,25"))
    d.C("so với nhiệm kỳ 2017 - 2022", "term", "consistent",
        c_term("nhiệm kỳ 2017 - 2022", "nhiệm kỳ 2017 - 2022", "2022 - 2027 target against the term just ended"))
    d.C("bằng 106,40%", "ratio", "rounding", c_ratio("135.000", "126.872", "106,40"))
    d.C("tăng 26 đội", "difference", "consistent", c_diff("150", "124", "26", "tăng"))
    d.L("Nhiệm vụ, giải pháp: đổi mới nội dung, phương thức hoạt động; củng cố tổ chức Hội cơ sở; đẩy mạnh vận động nguồn lực, "
        "chuyển đổi số trong quản lý hội viên, tình nguyện viên; nâng cao chất lượng phong trào hiến máu tình nguyện.")
    d.F("64 Hội cơ sở trong trường học, cơ quan, doanh nghiệp gồm: trường học 41, cơ quan 15, doanh nghiệp 08.")
    d.C("64 Hội cơ sở", "sum", "consistent", c_sum(["41", "15", "08"], "64"))
    d.F("Chỉ tiêu Nghị quyết Đại hội IX: 46.000 hội viên (thực hiện 48.326, đạt 105,06%); 120.000 đơn vị máu; 100 đội sơ cấp "
        "cứu (thực hiện 124 đội).")
    d.C("thực hiện 48.326", "repeat", "consistent", c_rep("48.326", "48.326"))
    d.C("đạt 105,06%", "ratio", "consistent", c_ratio("48.326", "46.000", "105,06"))
    d.C("120.000 đơn vị máu", "repeat", "consistent", c_rep("120.000", "120.000"))
    d.C("thực hiện 124 đội", "repeat", "consistent", c_rep("124", "124"))
    d.F("Bão số 9 (tháng 11/2020) cứu trợ 9.865 hộ, bão số 12 (tháng 12/2020) 4.312 hộ, mưa lũ tháng 11/2021 4.463 hộ; cộng "
        "18.640 hộ.")
    d.C("cộng 18.640 hộ", "sum", "consistent", c_sum(["9.865", "4.312", "4.463"], "18.640"))
    return d


# ================================================================ draft h24-04
def h24_04():
    d = Draft("h24-04", "Chi cục Chăn nuôi và Thú y tỉnh Hà Tĩnh",
              "chăn nuôi và thú y (báo cáo năm 2023)")
    d.L("SỞ NÔNG NGHIỆP VÀ PTNT HÀ TĨNH")
    d.L("CHI CỤC CHĂN NUÔI VÀ THÚ Y")
    d.L("Số: 512/BC-CCCNTY\tHà Tĩnh, ngày 18 tháng 12 năm 2023")
    d.L("BÁO CÁO")
    d.L("Kết quả công tác chăn nuôi, thú y năm 2023; phương hướng, nhiệm vụ năm 2024")
    d.L("Năm 2023, chăn nuôi trên địa bàn tỉnh chịu ảnh hưởng của chi phí đầu vào ở mức cao, giá bán sản phẩm thấp; bệnh Dịch tả "
        "lợn châu Phi, Viêm da nổi cục trên trâu, bò vẫn xảy ra rải rác. Thực hiện Kế hoạch số 45/KH-SNN ngày 20/02/2023 của Sở "
        "Nông nghiệp và PTNT, Chi cục Chăn nuôi và Thú y báo cáo kết quả như sau:")
    d.L("I. KHÁI QUÁT TÌNH HÌNH")
    d.L("Chi cục có 04 phòng chuyên môn, 02 trạm trực thuộc và 12 Trạm Chăn nuôi và Thú y cấp huyện; tổng số 142 công chức, viên "
        "chức, người lao động, gồm 38 công chức, 96 viên chức, 08 hợp đồng lao động; trong đó nữ 51 người, thạc sĩ 17 người, "
        "chiếm 11,97%. Mạng lưới thú y cơ sở có 207 nhân viên tại 207/216 xã, phường, thị trấn, đạt 95,83%.")
    d.C("tổng số 142 công chức", "sum", "consistent", c_sum(["38", "96", "08"], "142"))
    d.C("nữ 51 người", "subset", "consistent", c_subset("51", "142"))
    d.C("chiếm 11,97%", "share", "consistent", c_share("17", "142", "11,97"))
    d.C("207/216 xã, phường, thị trấn, đạt 95,83%", "fraction", "consistent", c_frac("207", "216", pct="95,83"))
    d.L("II. KẾT QUẢ PHÁT TRIỂN CHĂN NUÔI")
    d.L("Theo kết quả điều tra thời điểm 01/10/2023, tổng đàn gia súc (trâu, bò, lợn) 663.277 con. Đàn trâu 82.415 con, giảm 3.162 "
        "con so với cùng kỳ năm 2022 (85.577 con), riêng huyện Hương Khê giảm 3.480 con; đàn bò 168.302 con, tăng 2,14% so với "
        "cùng kỳ (171.908 con); đàn lợn 412.560 con, tăng 16.640 con, bằng 95,97% so với cùng kỳ (395.920 con); đàn gia cầm "
        "10,245 triệu con, tăng 4,86% (9,770 triệu con).")
    d.C("tổng đàn gia súc (trâu, bò, lợn) 663.277 con", "sum", "consistent", c_sum(["82.415", "168.302", "412.560"], "663.277"))
    d.C("giảm 3.162 con", "difference", "consistent", c_diff("82.415", "85.577", "3.162", "giảm"))
    d.C("so với cùng kỳ năm 2022", "term", "consistent",
        c_term("năm 2022", "năm 2022", "01/10/2023 herd compared with the same point a year before"))
    d.C("giảm 3.480 con", "subset", "ambiguous",
        note="one district's decrease (3.480) exceeds the province's (3.162): possible when other districts grew; no "
             "inequality holds on changes, so this is not an error, but it cannot be confirmed either")
    d.C("tăng 2,14%", "ratio", "inconsistent", c_growth("168.302", "171.908", "2,14", "tăng"),
        note="168.302 < 171.908: the herd fell")
    d.C("tăng 16.640 con", "difference", "consistent", c_diff("412.560", "395.920", "16.640", "tăng"))
    d.C("bằng 95,97%", "ratio", "inconsistent", c_ratio("412.560", "395.920", "95,97"),
        note="inverse ratio (395.920 / 412.560 = 95,97%)")
    d.C("tăng 4,86%", "ratio", "consistent", c_growth("10,245", "9,770", "4,86"))
    d.L("Toàn tỉnh có 612 trang trại chăn nuôi đạt tiêu chí theo Thông tư số 23/2019/TT-BNNPTNT, gồm 84 trang trại quy mô lớn, "
        "211 quy mô vừa và 317 quy mô nhỏ, tăng 37 trang trại so với năm trước (575 trang trại); 146 trang trại được chứng nhận "
        "VietGAHP hoặc cơ sở an toàn dịch bệnh, chiếm 23,86%.")
    d.C("612 trang trại", "sum", "consistent", c_sum(["84", "211", "317"], "612"))
    d.C("tăng 37 trang trại", "difference", "consistent", c_diff("612", "575", "37", "tăng"))
    d.C("146 trang trại", "subset", "consistent", c_subset("146", "612"))
    d.C("chiếm 23,86%", "share", "consistent", c_share("146", "612", "23,86"))
    d.L("Tổng sản lượng thịt hơi xuất chuồng cả năm ước đạt 142.685 tấn, tăng 5,62% so với năm 2022 (135.097 tấn), gồm thịt lợn "
        "86.410 tấn (chiếm 60,56%), thịt trâu, bò 21.906 tấn (chiếm 15,35%), thịt gia cầm 34.396 tấn. Sản lượng trứng 312,6 triệu "
        "quả, tăng 18,4 triệu quả (năm 2022: 294,2 triệu quả); sữa tươi 8.426 tấn, bằng 112,60% năm 2022 (7.483 tấn).")
    d.C("tăng 5,62%", "ratio", "consistent", c_growth("142.685", "135.097", "5,62"))
    d.C("ước đạt 142.685 tấn", "sum", "inconsistent", c_sum(["86.410", "21.906", "34.396"], "142.685"),
        right="34.369", note="total fits the 5,62% growth; the poultry figure 34.396 is a transposition of 34.369")
    d.C("so với năm 2022 (135.097 tấn)", "term", "consistent",
        c_term("năm 2022", "năm 2022", "2023 output against the year before"))
    d.C("(chiếm 60,56%)", "share", "consistent", c_share("86.410", "142.685", "60,56"))
    d.C("(chiếm 15,35%)", "share", "consistent", c_share("21.906", "142.685", "15,35"))
    d.C("tăng 18,4 triệu quả", "difference", "consistent", c_diff("312,6", "294,2", "18,4", "tăng"))
    d.C("bằng 112,60%", "ratio", "consistent", c_ratio("8.426", "7.483", "112,60"))
    d.L("Công tác giống được chú trọng: thụ tinh nhân tạo cho 24.816 con bò cái, tăng 1.935 con so với năm trước (22.881 con); "
        "bình tuyển, công nhận 126 con đực giống lợn, bò; hướng dẫn các hộ áp dụng quy trình chăn nuôi an toàn sinh học, sử dụng "
        "đệm lót sinh học, xử lý chất thải bằng hầm biogas để giảm ô nhiễm môi trường.")
    d.C("tăng 1.935 con", "difference", "consistent", c_diff("24.816", "22.881", "1.935", "tăng"))
    d.L("Giá trị sản xuất nông, lâm nghiệp và thủy sản năm 2023 ước 31.254,8 tỷ đồng, trong đó nông nghiệp 23.800,5 tỷ đồng; giá "
        "trị sản xuất chăn nuôi 9.846,2 tỷ đồng, chiếm 31,50% giá trị sản xuất nông nghiệp.")
    d.C("nông nghiệp 23.800,5 tỷ đồng", "subset", "consistent", c_subset("23.800,5", "31.254,8"))
    d.C("chiếm 31,50%", "share", "inconsistent", c_share("9.846,2", "23.800,5", "31,50"),
        note="computed on the 31.254,8 of agriculture, forestry and fisheries, not on agriculture as written")
    d.L("III. CÔNG TÁC THÚ Y")
    d.L("1. Tiêm phòng")
    d.L("Trong hai đợt tiêm phòng vụ Xuân và vụ Thu đã tiêm 1.273.514 liều vắc xin cho gia súc, gồm Lở mồm long "
        "móng 412.650 liều, đạt 89,71% kế hoạch; Tụ huyết trùng trâu, bò 386.204 liều; Viêm da nổi cục 118.460 liều; Dịch tả lợn "
        "356.200 liều, đạt 86,34% tổng đàn lợn. Tiêm phòng Dại 186.420 con chó, mèo, đạt 78,30% tổng đàn (238.085 con), tăng "
        "4,5% so với cùng kỳ (73,8%); Cúm gia cầm 2,846 triệu liều, bằng 27,77% tổng đàn gia cầm.")
    d.C("1.273.514 liều", "sum", "consistent", c_sum(["412.650", "386.204", "118.460", "356.200"], "1.273.514"))
    d.C("đạt 89,71% kế hoạch", "ratio", "ambiguous", c_ratio("412.650", "460.000", "89,71"),
        note="two plans exist (footnote): 89,71% fits the adjusted 460.000 doses, the original 480.000 gives 85,97%")
    d.C("đạt 86,34% tổng đàn lợn", "share", "ambiguous", c_share("356.200", "412.560", "86,34"),
        note="'tổng đàn' undated: fits the 01/10/2023 herd (412.560); the 31/12/2023 herd of 398.120 gives 89,47%")
    d.C("đạt 78,30%", "share", "consistent", c_share("186.420", "238.085", "78,30"))
    d.C("tăng 4,5%", "points", "consistent", c_points("78,30", "73,8", "4,5", "tăng"), note="points reading holds")
    d.C("bằng 27,77%", "share", "rounding", c_share("2,846", "10,245", "27,77"))
    d.L("2. Tình hình dịch bệnh")
    d.L("Dịch tả lợn châu Phi xảy ra tại 68 hộ thuộc 24 xã của 07 huyện, thị xã, buộc tiêu hủy 1.846 con "
        "lợn với trọng lượng 95.416 kg, bình quân 51,7 kg/con; so với năm 2021 (132 hộ), số hộ có dịch giảm 64 hộ, tương ứng "
        "giảm 48,48%. Bệnh Viêm da nổi cục xảy ra tại 11 hộ với 19 con mắc, trong đó 15 con khỏi bệnh, 04 con chết (tỷ lệ chết "
        "21,05%).")
    d.C("bình quân 51,7 kg/con", "ratio", "consistent", c_avg("95.416", "1.846", "51,7"))
    d.C("so với năm 2021 (132 hộ)", "term", "inconsistent",
        c_term("năm 2021", "năm 2022", "132 households is the 2022 figure (footnote); 2023 compares with 2022"))
    d.C("giảm 64 hộ", "difference", "consistent", c_diff("68", "132", "64", "giảm"))
    d.C("giảm 48,48%", "ratio", "consistent", c_growth("68", "132", "48,48", "giảm"))
    d.C("19 con mắc", "sum", "consistent", c_sum(["15", "04"], "19"), note="recovered + dead")
    d.C("21,05%", "share", "consistent", c_share("04", "19", "21,05"))
    d.L("Trạm Chẩn đoán xét nghiệm lấy 1.250 mẫu giám sát, có 38/1.250 mẫu dương tính, tỷ lệ 3,4%, gồm 31 mẫu Dịch tả lợn châu "
        "Phi (chiếm 81,57% số mẫu dương tính) và 07 mẫu cúm A/H5N1.")
    d.C("38/1.250 mẫu dương tính, tỷ lệ 3,4%", "fraction", "inconsistent", c_frac("38", "1.250", pct="3,4"),
        note="38/1.250 = 3,04%; the zero was dropped")
    d.C("gồm 31 mẫu Dịch tả lợn châu Phi (chiếm 81,57% số mẫu dương tính) và 07 mẫu", "sum", "consistent",
        dict(c_sum(["31", "07"], "38"), stated="31"),
        note="the two agents make up the 38 positive samples")
    d.C("chiếm 81,57%", "share", "rounding", c_share("31", "38", "81,57"))
    d.L("3. Kiểm dịch, kiểm soát giết mổ")
    d.L("Kiểm dịch vận chuyển 1.248.560 con gia súc, gia cầm và 3.862,4 tấn sản phẩm động vật, "
        "trong đó xuất tỉnh 842.300 con, chiếm 67,46%, nhập tỉnh 312.460 con. Toàn tỉnh có 47 cơ sở giết mổ tập trung, kiểm soát "
        "giết mổ 586.240 con, chiếm 71,3% số gia súc, gia cầm giết mổ (822.210 con).")
    d.C("Kiểm dịch vận chuyển 1.248.560 con", "subset", "consistent", c_le(["842.300", "312.460"], "1.248.560"),
        note="out + in ≤ total (transit and intra-provincial moves are not listed)")
    d.C("chiếm 67,46%", "share", "consistent", c_share("842.300", "1.248.560", "67,46"))
    d.C("chiếm 71,3%", "share", "consistent", c_share("586.240", "822.210", "71,3"))
    d.L("Kiểm tra 214 cơ sở kinh doanh thuốc thú y, phát hiện và xử phạt 86 vụ vi phạm hành chính (52 vụ kinh doanh không bảo "
        "đảm điều kiện, 34 vụ vận chuyển động vật không kiểm dịch), tổng tiền phạt 412,5 triệu đồng, bình quân 4,8 triệu đồng/vụ.")
    d.C("86 vụ", "sum", "consistent", c_sum(["52", "34"], "86"))
    d.C("bình quân 4,8 triệu", "ratio", "consistent", c_avg("412,5", "86", "4,8"))
    d.L("4. Kinh phí phòng, chống dịch")
    d.L("Tổng kinh phí phòng, chống dịch năm 2023 là 19,192 tỷ đồng, gồm mua vắc xin 12,35 tỷ đồng (chiếm 64,34%), "
        "hỗ trợ tiêu hủy lợn mắc bệnh 6,842 tỷ đồng và hóa chất tiêu độc khử trùng ... tỷ đồng. Mức hỗ trợ tiêu hủy bình quân 100,6 "
        "triệu đồng/hộ, tương đương 71,7 nghìn đồng/kg.")
    d.C("là 19,192 tỷ đồng", "sum", "ambiguous",
        note="vaccines 12,35 + culling 6,842 already make 19,192, yet a third part ('hóa chất ... tỷ đồng') is left blank: "
             "either it is zero, included elsewhere, or the total is not final; undecidable")
    d.C("(chiếm 64,34%)", "share", "rounding", c_share("12,35", "19,192", "64,34"))
    d.C("bình quân 100,6", "ratio", "consistent", c_avg("6,842", "68", "100,6", scale=1000), note="per household (68 hộ)")
    d.C("71,7 nghìn đồng/kg", "ratio", "consistent", c_avg("6,842", "95.416", "71,7", scale=10**6))
    d.L("Chi cục duy trì phần mềm quản lý, báo cáo dịch bệnh động vật trực tuyến đến cấp xã; phối hợp các địa phương xây dựng "
        "vùng, cơ sở chăn nuôi an toàn dịch bệnh; tổ chức tháng vệ sinh, tiêu độc, khử trùng môi trường chăn nuôi hai đợt trong năm.")
    d.L("IV. ĐÁNH GIÁ CHUNG")
    d.L("Năm 2023, Chi cục hoàn thành 8/9 chỉ tiêu được giao, đạt 88,89%; chỉ tiêu chưa đạt là tỷ lệ tiêm phòng Dại (kế hoạch "
        "80%, thực hiện 78,30%, thấp hơn 1,70 điểm phần trăm). Tổng sản lượng thịt hơi 142.685 tấn; đàn lợn thời điểm 31/12/2023 "
        "ước 398.120 con; đã tiêu hủy 1.864 con lợn mắc bệnh Dịch tả lợn châu Phi.")
    d.C("8/9 chỉ tiêu được giao, đạt 88,89%", "fraction", "consistent", c_frac("8", "9", pct="88,89"))
    d.C("thực hiện 78,30%", "repeat", "consistent", c_rep("78,30", "78,30"))
    d.C("thấp hơn 1,70 điểm", "points", "consistent", c_points("78,30", "80", "1,70", "giảm"))
    d.C("thịt hơi 142.685 tấn", "repeat", "consistent", c_rep("142.685", "142.685"))
    d.C("ước 398.120 con", "repeat", "ambiguous", c_rep("412.560", "398.120"),
        note="same herd at another date (31/12 estimate vs 01/10 survey): a real change or a slip, undecidable")
    d.C("tiêu hủy 1.864 con", "repeat", "inconsistent", c_rep("1.846", "1.864"), note="digits 4 and 6 transposed")
    d.L("Hạn chế: chăn nuôi nông hộ nhỏ lẻ còn chiếm tỷ trọng lớn, an toàn sinh học thấp; việc khai báo dịch bệnh ở một số địa "
        "phương chưa kịp thời; kiểm soát giết mổ tại các điểm nhỏ lẻ còn khó khăn; lực lượng thú y cơ sở kiêm nhiệm nhiều việc, "
        "chế độ phụ cấp thấp. Nguyên nhân chủ yếu là nguồn lực đầu tư hạn chế, ý thức của một bộ phận người chăn nuôi chưa cao, "
        "công tác phối hợp giữa các ngành, các cấp có lúc thiếu chặt chẽ.")
    d.L("V. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024")
    d.L("Phấn đấu tổng sản lượng thịt hơi 150.000 tấn, tăng 5,13% so với năm 2023; đàn lợn 430.000 con, tăng 4,23% so với thời "
        "điểm 01/10/2023; tỷ lệ tiêm phòng Dại đạt 85%, tăng 6,70 điểm phần trăm; phát triển thêm 40 trang trại, nâng tổng số "
        "lên 652 trang trại; 100% cơ sở giết mổ tập trung được kiểm soát.")
    d.C("tăng 5,13%", "ratio", "consistent", c_growth("150.000", "142.685", "5,13"))
    d.C("so với năm 2023", "term", "consistent", c_term("năm 2023", "năm 2023", "2024 target against 2023"))
    d.C("tăng 4,23%", "ratio", "consistent", c_growth("430.000", "412.560", "4,23"))
    d.C("tăng 6,70 điểm", "points", "consistent", c_points("85", "78,30", "6,70", "tăng"))
    d.C("lên 652 trang trại", "sum", "consistent", c_sum(["612", "40"], "652"))
    d.L("Kiến nghị: đề nghị UBND tỉnh bố trí kinh phí mua vắc xin năm 2024 từ đầu năm; có cơ chế hỗ trợ di dời cơ sở chăn nuôi "
        "ra khỏi khu dân cư theo Luật Chăn nuôi; bổ sung biên chế cho các Trạm Chăn nuôi và Thú y cấp huyện.")
    d.L("Nơi nhận: Sở Nông nghiệp và PTNT; Cục Thú y; Cục Chăn nuôi; Lưu: VT, TH.\tCHI CỤC TRƯỞNG")
    d.F("Kế hoạch năm 2023 giao tại Quyết định số 45/QĐ-SNN ngày 10/01/2023: vắc xin Lở mồm long móng 480.000 liều, tỷ lệ tiêm "
        "phòng Dại 80%; điều chỉnh tại Quyết định số 312/QĐ-SNN ngày 25/7/2023 còn 460.000 liều, giảm 20.000 liều.")
    d.C("phòng Dại 80%", "repeat", "consistent", c_rep("80", "80"))
    d.C("giảm 20.000 liều", "difference", "consistent", c_diff("460.000", "480.000", "20.000", "giảm"))
    d.F("Năm 2022, bệnh Dịch tả lợn châu Phi xảy ra tại 132 hộ thuộc 41 xã của 10 huyện, thị xã, tiêu hủy 4.215 con; năm 2023 số "
        "lợn tiêu hủy giảm 2.369 con.")
    d.C("giảm 2.369 con", "difference", "consistent", c_diff("1.846", "4.215", "2.369", "giảm"))
    d.F("47 cơ sở giết mổ tập trung gồm 12 cơ sở quy mô công nghiệp và 35 cơ sở bán công nghiệp.")
    d.C("47 cơ sở giết mổ", "sum", "consistent", c_sum(["12", "35"], "47"))
    return d


# ================================================================ draft h24-05
def h24_05():
    d = Draft("h24-05", "Cục Quản lý thị trường tỉnh Long An",
              "quản lý thị trường (báo cáo sơ kết 6 tháng đầu năm 2024)")
    d.L("TỔNG CỤC QUẢN LÝ THỊ TRƯỜNG")
    d.L("CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH LONG AN")
    d.L("Số: 1047/BC-QLTTLA\tLong An, ngày 20 tháng 6 năm 2024")
    d.L("BÁO CÁO")
    d.L("Kết quả công tác 6 tháng đầu năm 2024 và phương hướng, nhiệm vụ 6 tháng cuối năm 2024")
    d.L("(Số liệu từ ngày 16/12/2023 đến ngày 15/6/2024)")
    d.L("Thực hiện Kế hoạch số 86/KH-QLTTLA ngày 05/01/2024 về công tác kiểm tra, kiểm soát thị trường năm 2024 và chỉ đạo của "
        "Tổng cục Quản lý thị trường, Ban Chỉ đạo 389 tỉnh, Cục Quản lý thị trường tỉnh Long An báo cáo kết quả công tác 6 tháng "
        "đầu năm 2024 như sau:")
    d.L("I. TÌNH HÌNH THỊ TRƯỜNG VÀ LỰC LƯỢNG")
    d.L("Sáu tháng đầu năm, giá cả các mặt hàng thiết yếu cơ bản ổn định, hàng hóa phục vụ Tết Nguyên đán dồi dào; tuy nhiên tình "
        "trạng vận chuyển thuốc lá điếu, đường cát nhập lậu qua tuyến biên giới Campuchia và kinh doanh hàng giả, hàng không rõ "
        "nguồn gốc trên mạng xã hội vẫn diễn biến phức tạp, thủ đoạn ngày càng tinh vi.")
    d.L("Cục có Ban Lãnh đạo 03 người (01 Cục trưởng, 02 Phó Cục trưởng), 03 phòng tham mưu và 10 Đội Quản lý thị trường (08 Đội "
        "địa bàn, 02 Đội cơ động). Biên chế được giao 158, hiện có 149 công chức, còn thiếu 09 biên chế; trong đó nữ 32 người, "
        "công chức trực tiếp làm nhiệm vụ kiểm tra tại các Đội 121 người, chiếm 81,21%. Trình độ: thạc sĩ 21 người, đại học 128 "
        "người, tổng cộng 149 người.")
    d.C("Ban Lãnh đạo 03 người", "sum", "consistent", c_sum(["01", "02"], "03"))
    d.C("10 Đội Quản lý thị trường", "sum", "consistent", c_sum(["08", "02"], "10"))
    d.C("còn thiếu 09 biên chế", "difference", "consistent", c_minus("158", "149", "09"))
    d.C("nữ 32 người", "subset", "consistent", c_subset("32", "149"))
    d.C("chiếm 81,21%", "share", "consistent", c_share("121", "149", "81,21"))
    d.C("tổng cộng 149 người", "sum", "consistent", c_sum(["21", "128"], "149"))
    d.L("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ")
    d.L("1. Kết quả kiểm tra, xử lý vi phạm")
    d.L("Toàn Cục kiểm tra 1.286 vụ, tăng 7,70% so với cùng kỳ năm 2023 (1.187 vụ), gồm kiểm tra theo kế hoạch 118 vụ, kiểm tra "
        "đột xuất 1.168 vụ; bình quân 8,6 vụ/công chức. Phát hiện 1.057 vụ vi phạm, đã xử lý 1.042 vụ, chiếm 81,02% số vụ kiểm "
        "tra, còn 15 vụ đang xác minh; số vụ xử lý tăng 74 vụ so với cùng kỳ (968 vụ), tương ứng tăng 7,64%.")
    d.C("tăng 7,70%", "ratio", "inconsistent", c_growth("1.286", "1.187", "7,70"),
        note="the increase 99 was divided by this period's 1.286 instead of the previous 1.187")
    d.C("so với cùng kỳ năm 2023", "term", "consistent",
        c_term("năm 2023", "năm 2023", "first half of 2024 against the same period of 2023"))
    d.C("kiểm tra 1.286 vụ", "sum", "consistent", c_sum(["118", "1.168"], "1.286"))
    d.C("bình quân 8,6 vụ", "ratio", "consistent", c_avg("1.286", "149", "8,6"), note="per official in post")
    d.C("chiếm 81,02%", "share", "rounding", c_share("1.042", "1.286", "81,02"))
    d.C("còn 15 vụ", "difference", "consistent", c_minus("1.057", "1.042", "15"))
    d.C("tăng 74 vụ", "difference", "consistent", c_diff("1.042", "968", "74", "tăng"))
    d.C("tăng 7,64%", "ratio", "consistent", c_growth("1.042", "968", "7,64"))
    d.L("Phân theo hành vi, 1.042 vụ gồm: buôn lậu, vận chuyển hàng cấm 46 vụ (trong đó thuốc lá điếu 29 vụ, đường cát 06 vụ, "
        "pháo 04 vụ); hàng giả, xâm phạm quyền sở hữu trí tuệ 118 vụ (hàng giả 74 vụ, xâm phạm quyền sở hữu trí tuệ 44 vụ), "
        "chiếm 11,32%; gian lận thương mại 237 vụ; vi phạm an toàn thực phẩm 284 vụ, chiếm 27,25%; vi phạm khác (niêm yết giá, "
        "hóa đơn, chứng từ, kinh doanh không phép) 357 vụ.")
    d.C("1.042 vụ gồm", "sum", "consistent", c_sum(["46", "118", "237", "284", "357"], "1.042"))
    d.C("hàng cấm 46 vụ", "subset", "consistent", c_le(["29", "06", "04"], "46"),
        note="'trong đó' by kind of goods, not exhaustive")
    d.C("quyền sở hữu trí tuệ 118 vụ", "sum", "consistent", dict(c_sum(["74", "44"], "118")))
    d.C("chiếm 11,32%", "share", "consistent", c_share("118", "1.042", "11,32"))
    d.C("chiếm 27,25%", "share", "rounding", c_share("284", "1.042", "27,25"))
    d.L("Theo thời gian, tháng 1 và tháng 2 (dịp Tết Giáp Thìn) xử lý 326 vụ, chiếm 31,29% số vụ xử lý; tính theo quý, quý I xử lý "
        "468 vụ, quý II (đến ngày 15/6) 547 vụ, cộng 1.042 vụ. Phối hợp liên ngành kiểm tra 142 vụ, chiếm 11,04% tổng số vụ kiểm tra.")
    d.C("chiếm 31,29%", "share", "consistent", c_share("326", "1.042", "31,29"))
    d.C("cộng 1.042 vụ", "sum", "inconsistent", c_sum(["468", "547"], "1.042"), right="quý II 574",
        note="quarters sum to 1.015; 547 is a transposition of 574 (1.042 − 468)")
    d.C("chiếm 11,04%", "share", "consistent", c_share("142", "1.286", "11,04"))
    d.L("2. Kết quả thu nộp ngân sách, xử lý tang vật")
    d.L("Tổng số thu nộp ngân sách nhà nước 18,436 tỷ đồng, gồm tiền phạt vi phạm hành chính 12,875 tỷ đồng (chiếm 69,84%), tiền "
        "bán hàng tịch thu 4,238 tỷ đồng, truy thu thuế 1,323 tỷ đồng; bằng 112,61% so với 6 tháng đầu năm 2022 (16,372 tỷ đồng) "
        "và đạt 61,45% chỉ tiêu năm (30,0 tỷ đồng).")
    d.C("ngân sách nhà nước 18,436 tỷ đồng", "sum", "consistent", c_sum(["12,875", "4,238", "1,323"], "18,436"))
    d.C("(chiếm 69,84%)", "share", "consistent", c_share("12,875", "18,436", "69,84"))
    d.C("bằng 112,61%", "ratio", "consistent", c_ratio("18,436", "16,372", "112,61"))
    d.C("6 tháng đầu năm 2022", "term", "inconsistent",
        c_term("6 tháng đầu năm 2022", "6 tháng đầu năm 2023",
               "16,372 tỷ đồng is the same period of 2023 (footnote); the comparison is with the year before"))
    d.C("đạt 61,45%", "ratio", "consistent", c_ratio("18,436", "30,0", "61,45"))
    d.L("Trị giá hàng hóa vi phạm 26,84 tỷ đồng, trong đó hàng tịch thu 11,37 tỷ đồng, bằng 42,36%; hàng phải tiêu hủy 7,92 tỷ đồng, "
        "chiếm 42,96% tổng trị giá hàng vi phạm. Tang vật chủ yếu: 48.620 bao thuốc lá điếu nhập lậu (tăng 1,5 lần so với cùng kỳ, "
        "19.450 bao), 12.450 sản phẩm mỹ phẩm, 8.236 sản phẩm quần áo, giày dép giả mạo nhãn hiệu, 126,5 kg pháo nổ, 3.280 kg "
        "đường cát nhập lậu và 1.648 kg thực phẩm không rõ nguồn gốc.")
    d.C("hàng tịch thu 11,37 tỷ đồng", "subset", "consistent", c_subset("11,37", "26,84"))
    d.C("bằng 42,36%", "share", "consistent", c_share("11,37", "26,84", "42,36"))
    d.C("chiếm 42,96%", "share", "inconsistent", c_share("7,92", "26,84", "42,96"),
        note="computed on the 18,436 collected (42,96%) instead of the goods value named in the text")
    d.C("tăng 1,5 lần", "ratio", "ambiguous", c_avg("48.620", "19.450", "2,5") | {"stated": "1,5"},
        note="48.620 / 19.450 = 2,50: right if 'tăng 1,5 lần' means 'increased by 1,5 times' (×2,5), wrong if read as ×1,5")
    d.L("Về an toàn thực phẩm, kiểm tra 412 cơ sở trong dịp Tết và Tháng hành động vì an toàn thực phẩm, xử lý 284 vụ, phạt 2,946 "
        "tỷ đồng, chiếm 22,88% tổng tiền phạt. Về gian lận thương mại, 237 vụ gồm vi phạm về giá, niêm yết giá 128 vụ, đo lường "
        "54 vụ, chất lượng hàng hóa 55 vụ.")
    d.C("xử lý 284 vụ", "repeat", "consistent", c_rep("284", "284"))
    d.C("chiếm 22,88%", "share", "consistent", c_share("2,946", "12,875", "22,88"))
    d.C("237 vụ gồm", "sum", "consistent", c_sum(["128", "54", "55"], "237"))
    d.L("Kiểm tra 64 vụ kinh doanh trên môi trường thương mại điện tử, tăng 22 vụ so với cùng kỳ (42 vụ); phát hiện 58 vụ vi phạm, "
        "chiếm 5,57%, phạt 1,146 tỷ đồng, bình quân 19,75 triệu đồng/vụ. Chuyển 07 vụ có dấu hiệu tội phạm sang cơ quan Công an "
        "(chiếm 0,67% số vụ xử lý), tăng 03 vụ so với cùng kỳ (04 vụ).")
    d.C("tăng 22 vụ", "difference", "consistent", c_diff("64", "42", "22", "tăng"))
    d.C("phát hiện 58 vụ", "subset", "consistent", c_subset("58", "64"))
    d.C("chiếm 5,57%", "share", "ambiguous", c_share("58", "1.042", "5,57"),
        note="base not named: fits the 1.042 cases handled (5,57%), but these are 'phát hiện' cases, and of the 1.057 detected "
             "the share is 5,49%")
    d.C("bình quân 19,75 triệu", "ratio", "rounding", c_avg("1,146", "58", "19,75", scale=1000))
    d.C("(chiếm 0,67% số vụ xử lý)", "share", "consistent", c_share("07", "1.042", "0,67"))
    d.C("tăng 03 vụ", "difference", "consistent", c_diff("07", "04", "03", "tăng"))
    d.L("Thực hiện Quyết định số 125/QĐ-CQLTT ngày 12/01/2024 phê duyệt kế hoạch kiểm tra định kỳ năm 2024, đến ngày 15/6/2024 đã "
        "kiểm tra 118/214 cơ sở, đạt 55,14% kế hoạch năm; 118 cuộc kiểm tra theo kế hoạch đều bảo đảm đúng đối tượng, thời hạn.")
    d.C("118/214 cơ sở, đạt 55,14%", "fraction", "ambiguous", c_frac("118", "214", pct="55,14", whole="216") | {"v": "inconsistent"},
        note="55,14% fits 118/214, but the footnote gives 216 in the approved plan with a blank adjusted figure; which plan applies "
             "cannot be decided")
    d.C("118 cuộc kiểm tra", "repeat", "consistent", c_rep("118", "118"))
    d.L("3. Tiếp nhận, giải quyết đơn thư")
    d.L("Tiếp nhận 23 đơn tố giác, phản ánh, giảm 05 đơn so với cùng kỳ (18 đơn); đã giải quyết 21/23 đơn, đạt 91,30%, còn 02 đơn "
        "đang xác minh, không có khiếu nại về quyết định xử phạt.")
    d.C("giảm 05 đơn", "difference", "inconsistent", c_diff("23", "18", "05", "giảm"), note="23 > 18: the word should be 'tăng'")
    d.C("21/23 đơn, đạt 91,30%", "fraction", "consistent", c_frac("21", "23", pct="91,30", whole="23"))
    d.C("còn 02 đơn", "difference", "consistent", c_minus("23", "21", "02"))
    d.L("4. Tuyên truyền, phối hợp và xây dựng lực lượng")
    d.L("Tổ chức 46 buổi tuyên truyền, ký cam kết với 2.318 tổ chức, cá nhân kinh doanh, trong đó 1.126 cơ sở kinh doanh thực "
        "phẩm, chiếm 48,58%. Cử 38 lượt công chức tham gia bồi dưỡng nghiệp vụ, bằng 25,50% số công chức hiện có; các Đội sử "
        "dụng phần mềm quản lý hồ sơ vụ việc, kết nối dữ liệu với Tổng cục.")
    d.C("1.126 cơ sở", "subset", "consistent", c_subset("1.126", "2.318"))
    d.C("chiếm 48,58%", "share", "consistent", c_share("1.126", "2.318", "48,58"))
    d.C("bằng 25,50%", "share", "consistent", c_share("38", "149", "25,50"))
    d.L("III. ĐÁNH GIÁ CHUNG")
    d.L("Nhìn chung, 6 tháng đầu năm 2024 lực lượng Quản lý thị trường đã kiểm tra 1.286 vụ, thu nộp ngân sách 18,436 tỷ đồng, "
        "chuyển 06 vụ sang cơ quan Công an; 10/11 Đội hoàn thành kế hoạch 6 tháng. Tính đến ngày 30/6/2024, toàn Cục đã xử lý "
        "1.105 vụ vi phạm, trong đó xử phạt vi phạm hành chính 986 vụ.")
    d.C("kiểm tra 1.286 vụ, thu", "repeat", "consistent", c_rep("1.286", "1.286"))
    d.C("ngân sách 18,436 tỷ đồng, chuyển", "repeat", "consistent", c_rep("18,436", "18,436"))
    d.C("chuyển 06 vụ", "repeat", "inconsistent", c_rep("07", "06"))
    d.C("10/11 Đội", "fraction", "inconsistent", c_frac("10", "11", whole="10"), right="…/10",
        note="the Department has 10 teams (08 + 02), so the whole should be 10")
    d.C("1.105 vụ vi phạm", "repeat", "ambiguous", c_rep("1.042", "1.105"),
        note="cut-off 30/6 instead of 15/6: the 63 more cases may be real, undecidable")
    d.C("xử phạt vi phạm hành chính 986 vụ", "subset", "consistent", c_subset("986", "1.105"))
    d.L("Hạn chế: tình trạng kinh doanh hàng giả, hàng không rõ nguồn gốc trên mạng xã hội diễn biến phức tạp, khó xác định chủ "
        "thể; lực lượng còn thiếu biên chế, phương tiện, trang thiết bị kiểm nghiệm nhanh; phối hợp với một số địa phương chưa "
        "thường xuyên. Nguyên nhân: đối tượng vi phạm lợi dụng nền tảng số, giao hàng qua dịch vụ chuyển phát, không có địa điểm "
        "kinh doanh cố định; quy định pháp luật về xử lý vi phạm trên môi trường mạng chưa đầy đủ; địa bàn rộng, nhiều đường mòn, "
        "lối mở qua biên giới, trong khi lực lượng mỏng, phải kiêm nhiệm nhiều nhiệm vụ.")
    d.L("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024")
    d.L("Phấn đấu cả năm kiểm tra 2.600 vụ, tăng 6,08% so với năm 2023 (2.451 vụ); 6 tháng cuối năm cần kiểm tra 1.314 vụ, tăng "
        "8,51% so với cùng kỳ năm trước (1.211 vụ); thu nộp ngân sách còn phải thực hiện 11,564 tỷ đồng để đạt chỉ tiêu năm; "
        "hoàn thành kế hoạch kiểm tra định kỳ với 96 cơ sở còn lại.")
    d.C("tăng 6,08%", "ratio", "consistent", c_growth("2.600", "2.451", "6,08"))
    d.C("so với năm 2023 (2.451 vụ)", "term", "consistent", c_term("năm 2023", "năm 2023", "2024 target against 2023"))
    d.C("kiểm tra 1.314 vụ", "difference", "consistent", c_minus("2.600", "1.286", "1.314"))
    d.C("8,51%", "ratio", "consistent", c_growth("1.314", "1.211", "8,51"))
    d.C("11,564 tỷ đồng", "difference", "consistent", c_minus("30,0", "18,436", "11,564"))
    d.C("96 cơ sở còn lại", "difference", "consistent", c_minus("214", "118", "96"))
    d.L("V. KIẾN NGHỊ")
    d.L("Đề nghị Tổng cục Quản lý thị trường bổ sung 12 biên chế còn thiếu đến cuối năm 2024, trang bị thiết bị kiểm nghiệm nhanh cho các Đội địa bàn biên giới; "
        "đề nghị UBND tỉnh chỉ đạo các sở, ngành, địa phương phối hợp chặt chẽ trong đấu tranh chống buôn lậu, gian lận thương "
        "mại và hàng giả trên môi trường thương mại điện tử.")
    d.C("bổ sung 12 biên chế còn thiếu", "repeat", "ambiguous", c_rep("09", "12"),
        note="the shortage is 09 now (158 − 149); 12 is dated end of 2024 and may include expected retirements: undecidable")
    d.L("Nơi nhận: Tổng cục Quản lý thị trường; UBND tỉnh; Ban Chỉ đạo 389 tỉnh; Lưu: VT, TH.\tCỤC TRƯỞNG")
    d.F("Quyết định số 125/QĐ-CQLTT phê duyệt kiểm tra định kỳ 216 cơ sở (sau rà soát, điều chỉnh còn ... cơ sở); chỉ tiêu thu nộp "
        "ngân sách năm 2024 là 30,0 tỷ đồng.")
    d.C("năm 2024 là 30,0 tỷ đồng", "repeat", "consistent", c_rep("30,0", "30,0"))
    d.F("Cùng kỳ 6 tháng đầu năm 2023: kiểm tra 1.187 vụ, xử lý 968 vụ, thu nộp ngân sách 16,372 tỷ đồng.")
    d.C("kiểm tra 1.187 vụ", "repeat", "consistent", c_rep("1.187", "1.187"))
    d.C("xử lý 968 vụ", "repeat", "consistent", c_rep("968", "968"))
    d.C("16,372 tỷ đồng", "repeat", "consistent", c_rep("16,372", "16,372"))
    return d


# ================================================================ draft h24-06
def h24_06():
    d = Draft("h24-06", "Trung tâm Kiểm định chất lượng xây dựng tỉnh Ninh Bình",
              "thí nghiệm, kiểm định vật liệu xây dựng (tổng kết 05 năm 2019 - 2023)")
    d.L("SỞ XÂY DỰNG TỈNH NINH BÌNH")
    d.L("TRUNG TÂM KIỂM ĐỊNH CHẤT LƯỢNG XÂY DỰNG")
    d.L("Số: 36/BC-TTKĐ\tNinh Bình, ngày 08 tháng 3 năm 2024")
    d.L("BÁO CÁO")
    d.L("Tổng kết 05 năm hoạt động giai đoạn 2019 - 2023 và phương hướng, nhiệm vụ giai đoạn 2024 - 2028")
    d.L("Thực hiện Văn bản số 412/SXD-VP ngày 15/01/2024 của Sở Xây dựng về việc tổng kết hoạt động của các đơn vị sự nghiệp giai "
        "đoạn 2019 - 2023, Trung tâm Kiểm định chất lượng xây dựng báo cáo như sau:")
    d.L("Phần I. KHÁI QUÁT ĐẶC ĐIỂM, TÌNH HÌNH")
    d.L("Trung tâm là đơn vị sự nghiệp công lập trực thuộc Sở Xây dựng, tự bảo đảm chi thường xuyên từ năm 2020 theo Quyết định số "
        "1128/QĐ-UBND ngày 14/8/2020; có Ban Giám đốc, 04 phòng chuyên môn và Phòng thí nghiệm chuyên ngành xây dựng LAS-XD 418. "
        "Đến 31/12/2023, tổng số viên chức, người lao động là 64 người (41 viên chức, 23 hợp đồng lao động), tăng 11 người so với "
        "năm 2019 (đầu năm 2019 có 53 người, cuối năm 2019 có 55 người); trong đó nữ 19 người, đảng viên 28 người, dưới 35 tuổi "
        "31 người, chiếm 48,44%, kỹ sư, thạc sĩ 46 người, chiếm 71,87%.")
    d.C("là 64 người", "sum", "consistent", c_sum(["41", "23"], "64"))
    d.C("tăng 11 người so với năm 2019", "difference", "ambiguous", c_diff("64", "53", "11", "tăng"),
        note="'năm 2019' has two values: 11 holds against the 53 at the start of 2019, not against the 55 at its end (9)")
    d.C("nữ 19 người", "subset", "consistent", c_subset("19", "64"))
    d.C("đảng viên 28 người", "subset", "consistent", c_subset("28", "64"))
    d.C("chiếm 48,44%", "share", "consistent", c_share("31", "64", "48,44"))
    d.C("chiếm 71,87%", "share", "rounding", c_share("46", "64", "71,87"))
    d.L("Thí nghiệm viên có chứng chỉ 38 người, chiếm 59,38% tổng số, trong đó chứng chỉ thí nghiệm bê tông, vữa 24 người, thép "
        "17 người, cơ lý đất 13 người. Phòng thí nghiệm hiện được công nhận 214 phép thử, tăng 68 phép thử so với đầu giai đoạn (128 "
        "phép thử); trong giai đoạn đầu tư 36 thiết bị mới, trị giá 8,642 tỷ đồng, bình quân 240 triệu đồng/thiết bị.")
    d.C("chiếm 59,38%", "share", "consistent", c_share("38", "64", "59,38"))
    d.C("Thí nghiệm viên có chứng chỉ 38 người", "sum", "ambiguous", c_le(["24", "17", "13"], "38") | {"v": "inconsistent"},
        note="24 + 17 + 13 = 54 > 38, but one person may hold several certificates: overlap or error, undecidable")
    d.C("tăng 68 phép thử", "difference", "inconsistent", c_diff("214", "128", "68", "tăng"), note="digits transposed (86)")
    d.C("bình quân 240 triệu", "ratio", "consistent", c_avg("8,642", "36", "240", scale=1000))
    d.L("Phần II. KẾT QUẢ HOẠT ĐỘNG GIAI ĐOẠN 2019 - 2023")
    d.L("1. Kết quả thực hiện nhiệm vụ chuyên môn")
    d.L("Trong 05 năm, Trung tâm thực hiện 3.846 hợp đồng, gồm thí nghiệm vật liệu 2.415 hợp đồng, kiểm định chất lượng công trình "
        "634 hợp đồng (chiếm 26,25% tổng số hợp đồng), quan trắc, khảo sát 797 hợp đồng; hợp đồng với chủ đầu tư sử dụng vốn ngân "
        "sách 2.184 hợp đồng, chiếm 56,79%. Đã kiểm định 627 công trình, gồm 148 trường học, 57 công trình y tế, 96 trụ sở cơ quan, "
        "183 công trình giao thông và 143 công trình khác.")
    d.C("thực hiện 3.846 hợp đồng", "sum", "consistent", c_sum(["2.415", "634", "797"], "3.846"))
    d.C("chiếm 26,25%", "share", "inconsistent", c_share("634", "3.846", "26,25"),
        note="computed on the 2.415 testing contracts instead of all 3.846 contracts")
    d.C("chiếm 56,79%", "share", "consistent", c_share("2.184", "3.846", "56,79"))
    d.C("kiểm định 627 công trình", "repeat", "ambiguous", c_rep("634", "627"),
        note="627 works vs 634 inspection contracts: a contract may cover several works or a work several contracts; "
             "different units, undecidable")
    d.C("gồm 148 trường học, 57 công trình y tế, 96 trụ sở cơ quan, 183 công trình giao thông và 143 công trình khác", "sum",
        "consistent", dict(c_sum(["148", "57", "96", "183", "143"], "627"), stated="148"),
        note="the five kinds make up the 627 works")
    d.L("Tổng số mẫu thí nghiệm 186.432 mẫu, bình quân 37.286 mẫu/năm, chia ra: bê tông, vữa 78.916 mẫu (chiếm 42,33%); thép xây "
        "dựng 31.208 mẫu (16,74%); cốt liệu (cát, đá) 29.874 mẫu; đất, nền móng 24.657 mẫu; bitum, bê tông nhựa 12.413 mẫu.")
    d.C("Tổng số mẫu thí nghiệm 186.432 mẫu", "sum", "inconsistent",
        c_sum(["78.916", "31.208", "29.874", "24.657", "12.413"], "186.432"), right="177.068 (or add the missing 9.364 mẫu)",
        note="'chia ra' is exhaustive; the listed groups make 177.068, 9.364 short: a group ('vật liệu khác') was left out")
    d.C("bình quân 37.286 mẫu", "ratio", "consistent", c_avg("186.432", "5", "37.286"))
    d.C("(chiếm 42,33%)", "share", "consistent", c_share("78.916", "186.432", "42,33"))
    d.C("(16,74%)", "share", "consistent", c_share("31.208", "186.432", "16,74"))
    d.L("Qua thí nghiệm phát hiện 1.248 mẫu không đạt yêu cầu, chiếm 0,67% tổng số mẫu, giảm 0,25 điểm phần trăm so với giai đoạn "
        "2014 - 2018 (0,86%); trong đó bê tông 604 mẫu (chiếm 48,39% số mẫu không đạt), thép 218 mẫu, cốt liệu 315 mẫu, vật liệu "
        "khác 111 mẫu. Trung tâm đã thông báo kịp thời cho chủ đầu tư 100% trường hợp không đạt để xử lý.")
    d.C("chiếm 0,67% tổng số mẫu", "share", "consistent", c_share("1.248", "186.432", "0,67"))
    d.C("giảm 0,25 điểm", "points", "inconsistent", c_points("0,67", "0,86", "0,25", "giảm"),
        note="explicitly points; 0,86 − 0,67 = 0,19")
    d.C("so với giai đoạn 2014 - 2018 (0,86%)", "term", "consistent",
        c_term("giai đoạn 2014 - 2018", "giai đoạn 2014 - 2018", "previous five-year period of 2019 - 2023"))
    d.C("phát hiện 1.248 mẫu", "sum", "consistent", c_sum(["604", "218", "315", "111"], "1.248"),
        note="'trong đó' parts by material make up the whole")
    d.C("(chiếm 48,39%", "share", "rounding", c_share("604", "1.248", "48,39"))
    d.L("Tham gia 18 chương trình thử nghiệm thành thạo, 17/18 chương trình đạt, tỷ lệ 94,44%; thời gian trả kết quả bình quân 3,2 "
        "ngày, rút ngắn 1,6 ngày so với năm đầu giai đoạn (4,8 ngày); duy trì hệ thống quản lý theo TCVN ISO/IEC 17025:2017.")
    d.C("17/18 chương trình đạt, tỷ lệ 94,44%", "fraction", "consistent", c_frac("17", "18", pct="94,44", whole="18"))
    d.C("rút ngắn 1,6 ngày", "difference", "consistent", c_diff("3,2", "4,8", "1,6", "giảm"))
    d.L("2. Kết quả theo từng năm")
    d.L("- Năm 2019: 612 hợp đồng, 29.846 mẫu, doanh thu 21,46 tỷ đồng, chiếm 15,02% doanh thu cả giai đoạn.")
    d.C("chiếm 15,02%", "share", "consistent", c_share("21,46", "142,86", "15,02"))
    d.L("- Năm 2020: 684 hợp đồng (tăng 72 hợp đồng), 33.125 mẫu (tăng 3.279 mẫu), doanh thu 24,18 tỷ đồng, tăng 12,67%.")
    d.C("tăng 72 hợp đồng", "difference", "consistent", c_diff("684", "612", "72", "tăng"))
    d.C("tăng 3.279 mẫu", "difference", "consistent", c_diff("33.125", "29.846", "3.279", "tăng"))
    d.C("tăng 12,67%", "ratio", "consistent", c_growth("24,18", "21,46", "12,67"))
    d.L("- Năm 2021: 705 hợp đồng (tăng 21 hợp đồng), 34.918 mẫu, doanh thu 26,35 tỷ đồng, tăng 8,97%.")
    d.C("tăng 21 hợp đồng", "difference", "consistent", c_diff("705", "684", "21", "tăng"))
    d.C("tăng 8,97%", "ratio", "consistent", c_growth("26,35", "24,18", "8,97"))
    d.L("- Năm 2022: 842 hợp đồng, 41.207 mẫu, doanh thu 33,07 tỷ đồng, tăng 25,50%, chiếm 23,15% doanh thu cả giai đoạn.")
    d.C("tăng 25,50%", "ratio", "consistent", c_growth("33,07", "26,35", "25,50"))
    d.C("chiếm 23,15%", "share", "consistent", c_share("33,07", "142,86", "23,15"))
    d.L("- Năm 2023: 1.003 hợp đồng (tăng 161 hợp đồng), 47.336 mẫu, doanh thu 37,80 tỷ đồng, tăng 14,30%, chiếm 26,46% doanh "
        "thu cả giai đoạn.")
    d.C("tăng 161 hợp đồng", "difference", "consistent", c_diff("1.003", "842", "161", "tăng"))
    d.C("tăng 14,30%", "ratio", "consistent", c_growth("37,80", "33,07", "14,30"))
    d.C("chiếm 26,46%", "share", "consistent", c_share("37,80", "142,86", "26,46"))
    d.L("Cộng 05 năm: 3.846 hợp đồng, bình quân 769 hợp đồng/năm; 186.432 mẫu; doanh thu 142,86 tỷ đồng, bằng 168,40% giai đoạn "
        "2014 - 2018 (84,83 tỷ đồng); doanh thu tăng bình quân 15,2%/năm.")
    d.C("Cộng 05 năm: 3.846 hợp đồng", "sum", "consistent", c_sum(["612", "684", "705", "842", "1.003"], "3.846"),
        note="yearly lines above")
    d.C("bình quân 769 hợp đồng", "ratio", "consistent", c_avg("3.846", "5", "769"))
    d.C("186.432 mẫu; doanh", "sum", "consistent", c_sum(["29.846", "33.125", "34.918", "41.207", "47.336"], "186.432"),
        note="yearly lines above; confirms the total of line 13")
    d.C("doanh thu 142,86 tỷ đồng", "sum", "consistent", c_sum(["21,46", "24,18", "26,35", "33,07", "37,80"], "142,86"),
        note="yearly lines above")
    d.C("bằng 168,40%", "ratio", "rounding", c_ratio("142,86", "84,83", "168,40"))
    d.C("giai đoạn 2014 - 2018 (84,83", "term", "consistent",
        c_term("giai đoạn 2014 - 2018", "giai đoạn 2014 - 2018", "previous five-year period"))
    r = D("37.80") / D("21.46")
    cagr = (r ** (D(1) / D(4)) - 1) * 100
    g = [D("24.18") / D("21.46"), D("26.35") / D("24.18"), D("33.07") / D("26.35"), D("37.80") / D("33.07")]
    mean = (sum(g) / 4 - 1) * 100
    assert fmt(cagr, 1) == "15,2" and fmt(mean, 1) == "15,4"
    d.C("tăng bình quân 15,2%/năm", "ratio", "ambiguous",
        note=f"method not stated: compound rate (37,80 / 21,46)^(1/4) − 1 = {fmt(cagr, 2)}% fits 15,2; the mean of the four "
             f"yearly rates is {fmt(mean, 2)}% (15,4)")
    d.L("3. Công tác tài chính")
    d.L("Giai đoạn 2019 - 2023, Trung tâm nộp ngân sách nhà nước 9,614 tỷ đồng, bằng 6,73% tổng doanh thu; chênh lệch thu chi 05 "
        "năm 21,83 tỷ đồng, trích lập các quỹ 12,37 tỷ đồng (chiếm 56,67% chênh lệch thu chi), gồm Quỹ phát triển hoạt động sự "
        "nghiệp 7,42 tỷ đồng, Quỹ bổ sung thu nhập 2,96 tỷ đồng, Quỹ khen thưởng, phúc lợi 1.990 triệu đồng. Thu nhập bình quân "
        "năm 2023 đạt 12,46 triệu đồng/người/tháng, tăng 41,59% so với đầu giai đoạn (năm 2019: 8,80 triệu đồng), tương đương 149,5 triệu "
        "đồng/người/năm.")
    d.C("bằng 6,73%", "share", "consistent", c_share("9,614", "142,86", "6,73"))
    d.C("các quỹ 12,37 tỷ đồng", "sum", "consistent",
        dict(c_sum(["7,42", "2,96", "1,99"], "12,37"), inputs=["7,42", "2,96", "1.990 triệu"]),
        note="1.990 triệu đồng = 1,99 tỷ đồng (mixed units)")
    d.C("chiếm 56,67%", "share", "consistent", c_share("12,37", "21,83", "56,67"))
    d.C("tăng 41,59%", "ratio", "consistent", c_growth("12,46", "8,80", "41,59"))
    d.C("149,5 triệu", "ratio", "consistent", c_avg("12,46", "1", "149,5", scale=12), note="× 12 months")
    d.L("4. Công tác bồi dưỡng nghiệp vụ")
    d.L("Trung tâm tổ chức 24 lớp bồi dưỡng nghiệp vụ thí nghiệm cho 586 lượt học viên, bình quân 24 học viên/lớp; cấp 512 chứng "
        "chỉ, đạt 87,37% số học viên.")
    d.C("bình quân 24 học viên", "ratio", "consistent", c_avg("586", "24", "24"))
    d.C("đạt 87,37%", "share", "consistent", c_share("512", "586", "87,37"))
    d.L("5. Cải cách hành chính, chuyển đổi số")
    d.L("Từ năm 2022, toàn bộ phiếu kết quả thí nghiệm được ký số, khách hàng tra cứu trực tuyến bằng mã QR; quy trình tiếp nhận "
        "mẫu, trả kết quả được công khai tại trụ sở và trên trang thông tin điện tử. Trong giai đoạn, Trung tâm tiếp nhận 27 ý "
        "kiến phản hồi của khách hàng, đã giải quyết 27/27 ý kiến, không có khiếu nại về kết quả thí nghiệm.")
    d.C("27/27 ý kiến", "fraction", "consistent", c_frac("27", "27", whole="27"))
    d.L("Phần III. ĐÁNH GIÁ CHUNG")
    d.L("Giai đoạn 2019 - 2023, Trung tâm hoàn thành toàn diện nhiệm vụ: doanh thu đạt 142,68 tỷ đồng, bằng 186,14% so với giai "
        "đoạn 2014 - 2018; số hợp đồng năm 2023 gấp 1,64 lần năm 2019; số phép thử được công nhận đến nay là 216 phép thử "
        "(Quyết định số .../QĐ-BXD ngày .../.../2023). Hạn chế: thiết bị kiểm định kết cấu, thí nghiệm hiện trường còn thiếu; "
        "cạnh tranh với các phòng thí nghiệm ngoài công lập ngày càng lớn; nhân lực có trình độ chuyên sâu còn mỏng.")
    d.C("đạt 142,68 tỷ đồng", "repeat", "inconsistent", c_rep("142,86", "142,68"), note="digits 8 and 6 transposed")
    d.C("bằng 186,14%", "ratio", "inconsistent", c_ratio("142,86", "84,83", "186,14"),
        note="168,41% transposed (also inconsistent with 142,68: 168,19%)")
    d.C("so với giai "
        "đoạn 2014 - 2018; số", "term", "consistent",
        c_term("giai đoạn 2014 - 2018", "giai đoạn 2014 - 2018", "previous five-year period"))
    d.C("gấp 1,64 lần", "ratio", "consistent", c_avg("1.003", "612", "1,64"))
    d.C("216 phép thử", "repeat", "ambiguous", c_rep("214", "216"),
        note="a later decision (number and date left blank) may have added 2 tests to the 214: undecidable")
    d.L("Bài học kinh nghiệm: bám sát quy chuẩn, tiêu chuẩn và yêu cầu của chủ đầu tư; lấy chất lượng, tính độc lập, khách quan "
        "của kết quả thí nghiệm làm uy tín; chủ động đầu tư thiết bị, đào tạo nhân lực đi trước một bước; phát huy vai trò của "
        "tổ chức đảng, công đoàn trong đơn vị.")
    d.L("Phần IV. PHƯƠNG HƯỚNG, NHIỆM VỤ GIAI ĐOẠN 2024 - 2028")
    d.L("Phấn đấu doanh thu 05 năm đạt 200 tỷ đồng, tăng 40,0% so với giai đoạn 2014 - 2018; mở rộng lên 260 phép thử, tăng 46 phép "
        "thử so với hiện nay; thu nhập bình quân đạt 15 triệu đồng/người/tháng vào năm 2028, tăng 2,54 triệu đồng so với hiện nay; "
        "đầu tư thiết bị kiểm định không phá hủy, phòng thí nghiệm hiện trường di động.")
    d.C("tăng 40,0%", "ratio", "consistent", c_growth("200", "142,86", "40,0"))
    d.C("so với giai đoạn 2014 - 2018; mở", "term", "inconsistent",
        c_term("giai đoạn 2014 - 2018", "giai đoạn 2019 - 2023",
               "40,0% = 200 / 142,86 − 1, i.e. against 2019 - 2023, the period just ended"))
    d.C("tăng 46 phép", "difference", "consistent", c_diff("260", "214", "46", "tăng"))
    d.C("tăng 2,54 triệu", "difference", "consistent", c_diff("15", "12,46", "2,54", "tăng"))
    d.L("Kiến nghị: đề nghị Sở Xây dựng, UBND tỉnh hỗ trợ cơ chế đầu tư thiết bị từ nguồn Quỹ phát triển hoạt động sự nghiệp và "
        "vốn vay; ưu tiên giao nhiệm vụ kiểm định các công trình sử dụng vốn ngân sách cho Trung tâm; bố trí quỹ đất để xây dựng "
        "khu thí nghiệm mới đáp ứng yêu cầu mở rộng phép thử; tạo điều kiện cho viên chức tham gia các khóa đào tạo chuyên sâu "
        "về kiểm định kết cấu, địa kỹ thuật.")
    d.L("Nơi nhận: Sở Xây dựng; Ban Giám đốc; các phòng; Lưu: VT, HC.\tGIÁM ĐỐC")
    d.F("Giai đoạn 2014 - 2018: doanh thu 84,83 tỷ đồng, tỷ lệ mẫu không đạt 0,86%; kế hoạch doanh thu giai đoạn 2019 - 2023 là "
        "125 tỷ đồng (thực hiện đạt 114,29%).")
    d.C("doanh thu 84,83 tỷ đồng", "repeat", "consistent", c_rep("84,83", "84,83"))
    d.C("không đạt 0,86%", "repeat", "consistent", c_rep("0,86", "0,86"))
    d.C("đạt 114,29%", "ratio", "consistent", c_ratio("142,86", "125", "114,29"))
    d.F("36 thiết bị đầu tư gồm 22 thiết bị từ Quỹ phát triển hoạt động sự nghiệp và 14 thiết bị thuê mua tài chính.")
    d.C("36 thiết bị", "sum", "consistent", c_sum(["22", "14"], "36"))
    return d



# ---------------------------------------------------------------- output
DRAFTS = [
    (h24_01, "h24-01-thuy-loi"),
    (h24_02, "h24-02-dang-ky-dat-dai"),
    (h24_03, "h24-03-chu-thap-do"),
    (h24_04, "h24-04-chan-nuoi-thu-y"),
    (h24_05, "h24-05-quan-ly-thi-truong"),
    (h24_06, "h24-06-kiem-dinh-xay-dung"),
]
TARGET = {"lines": (34, 40), "claims": (63, 66), "chars": (6200, 6800),
          "consistent": (48, 51), "rounding": (3, 3), "inconsistent": (7, 7), "ambiguous": (5, 5)}


def verify_files(path_txt, path_json):
    """Re-read a written draft and its labels; check line numbers and anchor uniqueness."""
    with open(path_txt, encoding="utf-8") as f:
        text = f.read()
    lines = text.split("\n")
    assert lines[-1] == "", "file must end with a newline"
    lines = lines[:-1]
    with open(path_json, encoding="utf-8") as f:
        lab = json.load(f)
    assert lab["file"] == os.path.basename(path_txt)
    seen = set()
    for c in lab["claims"]:
        assert 1 <= c["line"] <= len(lines), c
        line = lines[c["line"] - 1]
        assert line.count(c["anchor"]) == 1, ("anchor not unique/absent", c)
        assert (c["line"], c["anchor"]) not in seen, c
        seen.add((c["line"], c["anchor"]))
        assert c["kind"] in KINDS and c["verdict"] in VERDICTS
        assert ("right" in c) == (c["verdict"] in ("rounding", "inconsistent")), c
    for ln in lines:
        assert ln.strip(), "no empty lines"
        if ln.startswith("["):
            assert ln.startswith(FN), ln[:10]
    return text, lines, lab


def main():
    out = os.path.join(HERE, "prose")
    os.makedirs(out, exist_ok=True)
    rows, kv = [], {}
    tot = {v: 0 for v in VERDICTS}
    for fn, name in DRAFTS:
        d = fn()
        text = d.finish()
        claims = sorted(d.claims, key=lambda c: (c["line"], d.lines[c["line"] - 1].index(c["anchor"])))
        p_txt = os.path.join(out, name + ".txt")
        p_json = os.path.join(out, name + ".labels.json")
        with open(p_txt, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        with open(p_json, "w", encoding="utf-8", newline="\n") as f:
            json.dump({"file": name + ".txt", "claims": claims}, f, ensure_ascii=False, indent=2)
            f.write("\n")
        text2, lines2, lab = verify_files(p_txt, p_json)
        assert text2 == text and len(lines2) == len(d.lines)
        cnt = {v: sum(1 for c in lab["claims"] if c["verdict"] == v) for v in VERDICTS}
        n = len(lab["claims"])
        for key, (lo, hi) in TARGET.items():
            val = {"lines": len(lines2), "claims": n, "chars": len(text2)}.get(key, cnt.get(key))
            assert lo <= val <= hi, (name, key, val)
        for c in lab["claims"]:
            kv[(c["kind"], c["verdict"])] = kv.get((c["kind"], c["verdict"]), 0) + 1
        for v in VERDICTS:
            tot[v] += cnt[v]
        rows.append((name, d.office, d.subject, len(text2), len(lines2), n, cnt))
    write_summary(rows, kv, tot)
    print(f"{len(rows)} drafts, {sum(r[5] for r in rows)} claims, " +
          ", ".join(f"{v} {tot[v]}" for v in VERDICTS))


def write_summary(rows, kv, tot):
    L = ["# heldout24: sealed evaluation set of Vietnamese report drafts", "",
         "Generated by `make.py` (standard library only, exact `decimal.Decimal` arithmetic, ROUND_HALF_UP). "
         "Drafts are in `prose/<name>.txt` (one paragraph per line, footnotes last, prefixed `[\\uFFFD]`), "
         "labels in `prose/<name>.labels.json` (format of FORMAT.md). Characters are Unicode code points of the "
         "file, newlines included. Every anchor was re-read from the written file and checked to occur exactly "
         "once in its line.", "",
         "## Drafts", "",
         "| draft | office | subject | characters | lines | claims | consistent | rounding | inconsistent | ambiguous |",
         "|---|---|---|---:|---:|---:|---:|---:|---:|---:|"]
    for name, office, subject, ch, ln, n, cnt in rows:
        L.append(f"| {name} | {office} | {subject} | {ch} | {ln} | {n} | " +
                 " | ".join(str(cnt[v]) for v in VERDICTS) + " |")
    L.append(f"| **total** | | | {sum(r[3] for r in rows)} | {sum(r[4] for r in rows)} | {sum(r[5] for r in rows)} | " +
             " | ".join(str(tot[v]) for v in VERDICTS) + " |")
    L += ["", "## Claims by kind and verdict (all drafts)", "",
          "| kind | " + " | ".join(VERDICTS) + " | total |", "|---|" + "---:|" * (len(VERDICTS) + 1)]
    for k in KINDS:
        vals = [kv.get((k, v), 0) for v in VERDICTS]
        L.append(f"| {k} | " + " | ".join(map(str, vals)) + f" | {sum(vals)} |")
    colt = [sum(kv.get((k, v), 0) for k in KINDS) for v in VERDICTS]
    L.append("| **total** | " + " | ".join(map(str, colt)) + f" | {sum(colt)} |")
    L.append("")
    with open(os.path.join(HERE, "SUMMARY.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L))


if __name__ == "__main__":
    main()
