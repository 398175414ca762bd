#!/usr/bin/env python3
"""Generator of the dev22 evaluation set: four Vietnamese report drafts with labelled numeric claims.

Standard library only. Every expected value is computed with decimal.Decimal (ROUND_HALF_UP);
the verdict of every claim is recomputed here and asserted against the intended verdict.
Writes prose/<name>.txt, prose/<name>.labels.json and SUMMARY.md.
"""
import json
import os
import re
from collections import Counter, OrderedDict
from decimal import Decimal as D, ROUND_HALF_UP, ROUND_DOWN, getcontext

getcontext().prec = 50
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "prose")
FN = "[\ufffd] "  # footnote marker, as exported drafts carry it

KINDS = ["sum", "subset", "share", "fraction", "difference", "points", "ratio", "repeat", "term"]
VERDICTS = ["consistent", "rounding", "inconsistent", "ambiguous"]


# ----------------------------------------------------------------------------- numbers (vi-VN)
def num(s):
    """Parse a vi-VN number: '.' thousands, ',' decimals; optional leading '-'."""
    s = s.strip()
    neg = s.startswith("-")
    if neg:
        s = s[1:]
    v = D(s.replace(".", "").replace(",", "."))
    return -v if neg else v


def dp_of(s):
    return len(s.split(",", 1)[1]) if "," in s else 0


def vn(x, dp=0):
    """Format a Decimal in vi-VN style at dp decimals (half up)."""
    x = D(x).quantize(D(1).scaleb(-dp), rounding=ROUND_HALF_UP)
    neg = x < 0
    s = format(abs(x), "f")
    ip, _, fp = s.partition(".")
    out = "{:,}".format(int(ip)).replace(",", ".")
    if dp > 0:
        out += "," + fp
    return ("-" if neg else "") + out


def qh(v, dp):
    return v.quantize(D(1).scaleb(-dp), rounding=ROUND_HALF_UP)


def qt(v, dp):
    return v.quantize(D(1).scaleb(-dp), rounding=ROUND_DOWN)


def judge(v, stated):
    """consistent if stated == half-up(v); rounding if stated == truncated(v); else inconsistent."""
    dp = dp_of(stated)
    s = num(stated)
    h, t = qh(v, dp), qt(v, dp)
    if s == h:
        return "consistent", h, dp
    if s == t:
        return "rounding", h, dp
    return "inconsistent", h, dp


def show(v, places=4):
    return vn(v, places)


# ----------------------------------------------------------------------------- claims
def _claim(anchor, kind, auto, expect, fig, inputs, note, right=None, implicit=()):
    assert kind in KINDS, kind
    return dict(anchor=anchor, kind=kind, auto=auto, expect=expect, fig=fig,
                inputs=[i for i in inputs if i not in implicit], note=note, right=right)


def SM(anchor, total, parts, v="consistent", note="", right=None):
    """sum: total = sum(parts); parts may carry a leading '-' (balances)."""
    s = sum(num(p) for p in parts)
    dp = dp_of(total)
    auto = "consistent" if s == num(total) else "inconsistent"
    expr = " + ".join(parts).replace("+ -", "- ")
    n = f"{expr} = {vn(s, dp)}; stated {total}. " + note
    return _claim(anchor, "sum", auto, v, total, [total] + parts, n.strip(),
                  right or (vn(s, dp) if auto != "consistent" else None))


def SB(anchor, part, parent, v="consistent", note=""):
    auto = "consistent" if num(part) <= num(parent) else "inconsistent"
    n = f"{part} <= {parent}. " + note
    return _claim(anchor, "subset", auto, v, part, [part, parent], n.strip())


def _ratio_value(a, b, mode):
    a, b = num(a), num(b)
    if mode in ("pct",):
        return a / b * 100
    if mode == "growth":
        return (a / b - 1) * 100
    if mode == "decline":
        return (1 - a / b) * 100
    if mode == "plain":
        return a / b
    if mode == "mul":
        return a * b
    raise ValueError(mode)


_OPS = {"pct": "{a} / {b} x 100", "growth": "({a} / {b} - 1) x 100", "decline": "(1 - {a} / {b}) x 100",
        "plain": "{a} / {b}", "mul": "{a} x {b}"}


def RT(anchor, a, b, stated, mode="pct", v="consistent", note="", kind="ratio", implicit=()):
    val = _ratio_value(a, b, mode)
    auto, h, dp = judge(val, stated)
    unit = "%" if mode in ("pct", "growth", "decline") else ""
    n = _OPS[mode].format(a=a, b=b) + f" = {show(val)} -> {vn(h, dp)}{unit}; stated {stated}{unit}. " + note
    right = vn(h, dp) + unit if auto != "consistent" else None
    return _claim(anchor, kind, auto, v, stated, [a, b, stated], n.strip(), right, implicit)


def SH(anchor, part, base, stated, v="consistent", note=""):
    return RT(anchor, part, base, stated, "pct", v, note, kind="share")


def DF(anchor, cur, prev, stated, word, v="consistent", note=""):
    """difference: cur - prev; word 'tăng'/'giảm' gives the sign, None = plain difference."""
    act = num(cur) - num(prev)
    s = num(stated)
    dp = max(dp_of(cur), dp_of(prev), dp_of(stated))
    if word is None:
        ok = s == act
        right = vn(act, dp)
    else:
        ok = (s == act and act > 0) if word == "tăng" else (s == -act and act < 0)
        right = ("tăng " if act > 0 else "giảm ") + vn(abs(act), dp)
    auto = "consistent" if ok else "inconsistent"
    n = f"{cur} - {prev} = {vn(act, dp)}; stated {(word + ' ') if word else ''}{stated}. " + note
    return _claim(anchor, "difference", auto, v, stated, [cur, prev, stated], n.strip(),
                  right if not ok else None)


def PT(anchor, cur, prev, stated, word="tăng", v="consistent", note=""):
    """percentage points; the relative reading (cur/prev - 1) is also tried."""
    c, p, s = num(cur), num(prev), num(stated)
    dp = dp_of(stated)
    pts = c - p
    signed = s if word == "tăng" else -s
    rel = (c / p - 1) * 100
    if qh(pts, dp) == signed and pts == qh(pts, dp):
        auto, how = "consistent", "points reading holds"
    elif qh(rel, dp) == signed:
        auto, how = "consistent", f"relative reading holds ({show(rel)}%)"
    else:
        auto, how = "inconsistent", f"neither points ({vn(pts, 2)}) nor relative ({show(rel)}%) reading holds"
    n = f"{cur} - {prev} = {vn(pts, max(dp_of(cur), dp_of(prev)))} points; stated {word} {stated}: {how}. " + note
    right = (vn(abs(pts), max(dp, dp_of(cur), dp_of(prev))) + "%") if auto != "consistent" else None
    return _claim(anchor, "points", auto, v, stated, [cur, prev, stated], n.strip(), right)


def FR(anchor, a, b, v="consistent", whole=None, pct=None, numer=None, note=""):
    """fraction a/b: the whole must equal a total stated elsewhere, the % must equal a/b x 100."""
    fig = f"{a}/{b}"
    bad, rnd, right, parts = False, False, None, []
    if whole is not None:
        parts.append(f"whole {b} vs total {whole}")
        if num(b) != num(whole):
            bad, right = True, f"{a}/{whole}"
    if numer is not None:
        parts.append(f"part {a} vs expected {numer}")
        if num(a) != num(numer):
            bad, right = True, f"{numer}/{b}"
    if pct is not None:
        val = num(a) / num(b) * 100
        j, h, dp = judge(val, pct)
        parts.append(f"{a}/{b} x 100 = {show(val)} -> {vn(h, dp)}%; stated {pct}%")
        if j == "inconsistent":
            bad, right = True, vn(h, dp) + "%"
        elif j == "rounding":
            rnd, right = True, vn(h, dp) + "%"
    auto = "inconsistent" if bad else ("rounding" if rnd else "consistent")
    inputs = [a, b] + ([whole] if whole else []) + ([pct] if pct else []) + ([numer] if numer else [])
    c = _claim(anchor, "fraction", auto, v, fig, inputs, ("; ".join(parts) + ". " + note).strip(),
               right if auto != "consistent" else None)
    if pct is not None:
        assert pct in anchor, (anchor, pct)
    return c


def RP(anchor, first, second, v="consistent", note="", unit=""):
    auto = "consistent" if num(first) == num(second) else "inconsistent"
    n = f"first stated {first}{unit}, restated {second}{unit}. " + note
    return _claim(anchor, "repeat", auto, v, second, [first, second], n.strip(),
                  first + unit if auto != "consistent" else None)


def TM(anchor, stated, right, v="consistent", note=""):
    auto = "consistent" if stated == right else "inconsistent"
    n = f"named '{stated}', the period compared against is '{right}'. " + note
    return _claim(anchor, "term", auto, v, stated, [], n.strip(), right if auto != "consistent" else None)


def AM(anchor, kind, fig, note):
    return _claim(anchor, kind, "ambiguous", "ambiguous", fig, [], note)


# ----------------------------------------------------------------------------- drafts
class Draft:
    def __init__(self, name, office, subject):
        self.name, self.office, self.subject = name, office, subject
        self.lines, self.claims = [], []

    def L(self, text, *claims):
        assert "\n" not in text
        self.lines.append(text)
        n = len(self.lines)
        for c in claims:
            a = c["anchor"]
            assert text.count(a) == 1, (self.name, n, "anchor not unique/absent", a)
            assert c["fig"] in a, (self.name, n, "figure not in anchor", c["fig"], a)
            assert c["auto"] == c["expect"], (self.name, n, a, "auto", c["auto"], "expected", c["expect"], c["note"])
            c["line"] = n
            self.claims.append(c)
        return n

    def text(self):
        return "\n".join(self.lines) + "\n"

    def check_inputs(self):
        t = self.text()
        for c in self.claims:
            for f in c["inputs"]:
                f = f.lstrip("-")
                pat = r"(?<!\d)(?<!\d[.,])" + re.escape(f) + r"(?!\d|[.,]\d)"
                assert re.search(pat, t), (self.name, c["line"], c["anchor"], "input figure not in text", f)

    def labels(self):
        out = []
        for c in self.claims:
            d = OrderedDict(line=c["line"], anchor=c["anchor"], kind=c["kind"], verdict=c["auto"])
            if c["auto"] in ("rounding", "inconsistent"):
                assert c["right"], c
                d["right"] = c["right"]
            d["note"] = c["note"]
            out.append(d)
        return out


def d22_01():
    d = Draft("d22-01-bao-cao-buu-dien-tinh", "Bưu điện tỉnh Tuyên Quang",
              "provincial postal services company, annual report 2024")
    L = d.L
    L("TỔNG CÔNG TY BƯU ĐIỆN VIỆT NAM")
    L("BƯU ĐIỆN TỈNH TUYÊN QUANG")
    L("Số: 118/BC-BĐTQ")
    L("Tuyên Quang, ngày 10 tháng 01 năm 2025")
    L("BÁO CÁO")
    L("Kết quả thực hiện kế hoạch sản xuất kinh doanh năm 2024, phương hướng, nhiệm vụ năm 2025")
    L("Thực hiện Công văn số 5120/BĐVN-KHĐT ngày 02/12/2024 của Tổng công ty Bưu điện Việt Nam về đánh giá "
      "kết quả thực hiện kế hoạch năm 2024, Bưu điện tỉnh Tuyên Quang báo cáo như sau:")
    L("I. ĐẶC ĐIỂM TÌNH HÌNH")
    L("Bưu điện tỉnh phục vụ trên địa bàn 07 huyện, thành phố với 138 xã, phường, thị trấn, diện tích tự nhiên "
      "5.867,9 km². Đến 31/12/2024, mạng lưới có 148 điểm phục vụ, gồm 01 bưu cục cấp I, 12 bưu cục cấp II, "
      "29 bưu cục cấp III và 106 điểm Bưu điện - Văn hóa xã (BĐVHX), diện tích phục vụ bình quân 39,65 km²/điểm; "
      "138/138 xã, phường, thị trấn có điểm phục vụ. Mạng đường thư nội tỉnh gồm 55 tuyến dài 2.146 km "
      "(09 tuyến cấp 2 dài 412 km, 46 tuyến cấp 3 dài 1.734 km), tần suất 01 chuyến/ngày.",
      SM("148 điểm phục vụ", "148", ["01", "12", "29", "106"], note="Network by type at 31/12/2024."),
      RT("39,65 km²/điểm", "5.867,9", "148", "39,65", "plain", note="Area served per point."),
      FR("138/138 xã", "138", "138", whole="138", note="Whole = the 138 communes named in the same line."),
      SM("gồm 55 tuyến", "55", ["09", "46"], note="Mail routes by level."),
      SM("dài 2.146 km", "2.146", ["412", "1.734"], note="Route length by level."))
    L("* Thuận lợi: kinh tế - xã hội của tỉnh tiếp tục phục hồi, nhu cầu chuyển phát hàng thương mại điện tử tăng mạnh.")
    L("* Khó khăn: cạnh tranh với doanh nghiệp chuyển phát tư nhân gay gắt; địa bàn miền núi rộng; bão số 3 (Yagi) "
      "tháng 9/2024 làm gián đoạn nhiều tuyến đường thư.")
    L("Tổng số lao động đến 31/12/2024 là 412 người, giảm 09 người so với cùng thời điểm năm 2023 (421 người); "
      "chia ra: lao động hợp đồng trực tiếp với Bưu điện tỉnh 263 người, nhân viên điểm BĐVHX 106 người "
      "(chiếm 25,73%), lao động thuê khoán dịch vụ 43 người. Trong tổng số có 251 nữ (chiếm 60,92%), "
      "97 đảng viên, 78 người dân tộc thiểu số; lao động trực tiếp sản xuất 318 người, lao động quản lý, "
      "gián tiếp 87 người.",
      DF("giảm 09 người", "412", "421", "09", "giảm"),
      SM("là 412 người", "412", ["263", "106", "43"], note="'chia ra' = exhaustive breakdown."),
      SH("(chiếm 25,73%)", "106", "412", "25,73"),
      SH("(chiếm 60,92%)", "251", "412", "60,92"),
      SB("78 người dân tộc thiểu số", "78", "412",
         note="nữ, đảng viên, dân tộc thiểu số are overlapping dimensions: 251 + 97 + 78 = 426 > 412 is not an error."),
      AM("lao động trực tiếp sản xuất 318 người", "sum", "318",
         "318 + 87 = 405, 7 short of 412. Direct/indirect is normally exhaustive, but the text does not say whether "
         "outsourced workers or staff on leave are counted; cannot decide."))
    L("II. KẾT QUẢ THỰC HIỆN KẾ HOẠCH NĂM 2024")
    L("1. Doanh thu và sản lượng")
    L("Tổng doanh thu năm 2024 đạt 186,42 tỷ đồng, bằng 103,57% kế hoạch Tổng công ty giao (180 tỷ đồng), "
      "tăng 14,86 tỷ đồng so với năm 2023 (171,56 tỷ đồng), tốc độ tăng trưởng 8,66%. Cơ cấu doanh thu gồm: "
      "dịch vụ bưu chính chuyển phát 58,37 tỷ đồng, chiếm 31,31%; dịch vụ tài chính bưu chính 49,85 tỷ đồng, "
      "chiếm 26,74%; dịch vụ hành chính công 21,16 tỷ đồng, chiếm 11,35%; phân phối truyền thông và thương mại "
      "điện tử 48,92 tỷ đồng, chiếm 26,24%; doanh thu hoạt động khác 8,12 tỷ đồng, chiếm 4,35%.",
      RT("bằng 103,57% kế hoạch", "186,42", "180", "103,57"),
      DF("tăng 14,86 tỷ đồng", "186,42", "171,56", "14,86", "tăng"),
      RT("tốc độ tăng trưởng 8,66%", "186,42", "171,56", "8,66", "growth"),
      SM("đạt 186,42 tỷ đồng", "186,42", ["58,37", "49,85", "21,16", "48,92", "8,12"]),
      SH("chiếm 31,31%", "58,37", "186,42", "31,31"),
      SH("chiếm 26,74%", "49,85", "186,42", "26,74"),
      SH("chiếm 11,35%", "21,16", "186,42", "11,35"),
      SH("chiếm 26,24%", "48,92", "186,42", "26,24"),
      SH("chiếm 4,35%", "8,12", "186,42", "4,35", v="rounding", note="Truncated."))
    L("Trong 58,37 tỷ đồng doanh thu bưu chính chuyển phát, bưu gửi trong nước đạt 51,24 tỷ đồng (87,78%), "
      "bưu gửi quốc tế 2,91 tỷ đồng (4,99%), bưu chính phục vụ cơ quan Đảng, Nhà nước (KT1) 4,22 tỷ đồng. "
      "Sản lượng bưu gửi đạt 2.846.310 bưu gửi, bằng 103,31% kế hoạch năm (2.760.000 bưu gửi) và tăng 11,4% "
      "so với năm 2023 (2.555.050 bưu gửi); bình quân mỗi ngày khai thác 7.798 bưu gửi.",
      SM("Trong 58,37 tỷ đồng", "58,37", ["51,24", "2,91", "4,22"]),
      SH("(87,78%)", "51,24", "58,37", "87,78", note="Base = revenue of the postal/courier line, named in the sentence."),
      SH("(4,99%)", "2,91", "58,37", "4,99"),
      RT("bằng 103,31% kế hoạch", "2.846.310", "2.760.000", "103,31", v="inconsistent",
         note="Transposed digits (103,13 -> 103,31)."),
      RT("tăng 11,4%", "2.846.310", "2.555.050", "11,4", "growth"),
      AM("7.798 bưu gửi", "ratio", "7.798",
         "2.846.310 / 365 = 7.798,1 but 2024 has 366 days (7.776,8), and 'mỗi ngày' may mean working days; "
         "the day count is not stated."))
    L("Số dư tiền gửi tiết kiệm bưu điện đến 31/12/2024 đạt 612,35 tỷ đồng, tăng 47,80 tỷ đồng (8,46%) so với "
      "đầu năm (564,55 tỷ đồng); chi trả lương hưu, trợ cấp hằng tháng cho bình quân 21.436 người/tháng, trong đó "
      "chi trả qua tài khoản 4.012 người, chiếm 18,72%. Dịch vụ hành chính công tiếp nhận 38.614 hồ sơ thủ tục "
      "hành chính, trả 41.208 kết quả; hồ sơ tiếp nhận trực tuyến 12.905 hồ sơ, chiếm 31,32% số hồ sơ tiếp nhận.",
      DF("tăng 47,80 tỷ đồng", "612,35", "564,55", "47,80", "tăng"),
      RT("(8,46%)", "612,35", "564,55", "8,46", "growth", v="rounding", note="Truncated."),
      SH("chiếm 18,72%", "4.012", "21.436", "18,72"),
      SH("chiếm 31,32%", "12.905", "38.614", "31,32", v="inconsistent",
         note="Computed on the 41.208 results returned (12.905 / 41.208 = 31,32%), not on the 38.614 files "
              "received that the sentence names."))
    L("2. Chi phí, lợi nhuận, nộp ngân sách và thu nhập")
    L("Tổng chi phí năm 2024 là 171,95 tỷ đồng, bằng 92,24% tổng doanh thu; chênh lệch thu chi (lợi nhuận trước "
      "thuế) đạt 14,47 tỷ đồng, bằng 106,4% kế hoạch (13,6 tỷ đồng). Nộp ngân sách nhà nước 9,84 tỷ đồng, gồm "
      "thuế giá trị gia tăng 6,12 tỷ đồng, thuế thu nhập doanh nghiệp 2,89 tỷ đồng, các khoản phí, lệ phí khác "
      "0,73 tỷ đồng. Thu nhập bình quân người lao động 11,86 triệu đồng/người/tháng, tăng 6,3% so với năm 2023 "
      "(11,16 triệu đồng).",
      SH("bằng 92,24% tổng doanh thu", "171,95", "186,42", "92,24", note="Base 186,42 stated earlier."),
      DF("đạt 14,47 tỷ đồng", "186,42", "171,95", "14,47", None, note="Revenue minus cost."),
      RT("bằng 106,4% kế hoạch", "14,47", "13,6", "106,4"),
      SM("ngân sách nhà nước 9,84 tỷ đồng", "9,84", ["6,12", "2,89", "0,73"], v="inconsistent",
         note="One-digit slip in the total (or in a part)."),
      RT("tăng 6,3%", "11,86", "11,16", "6,3", "growth"))
    L("3. Phát triển mạng lưới, chuyển đổi số và thương mại điện tử")
    L("Trong năm, đưa vào hoạt động 06 điểm giao dịch mới, sắp xếp, thu gọn 04 điểm BĐVHX hoạt động kém hiệu quả, "
      "nâng tổng số điểm phục vụ từ 146 điểm lên 148 điểm; 27/28 bưu cục cấp III trên địa bàn đạt chuẩn nhận diện "
      "thương hiệu mới. Ứng dụng Vietnam Post phát triển mới 18.450 tài khoản, lũy kế đạt 52.318 tài khoản, tăng "
      "54,48% so với năm 2023 (33.868 tài khoản). Sàn thương mại điện tử Postmart có 1.236 sản phẩm của tỉnh, "
      "trong đó 418 sản phẩm OCOP từ 3 sao trở lên, chiếm 33,82%.",
      SM("lên 148 điểm", "148", ["146", "06", "-04"], note="Balance: start + opened - closed."),
      FR("27/28 bưu cục cấp III", "27", "28", v="inconsistent", whole="29",
         note="The network paragraph and footnote 2 give 29 third-level post offices."),
      DF("phát triển mới 18.450 tài khoản", "52.318", "33.868", "18.450", None),
      RT("tăng 54,48%", "52.318", "33.868", "54,48", "growth"),
      SH("chiếm 33,82%", "418", "1.236", "33,82"))
    L("Phối hợp với các hợp tác xã, chủ thể OCOP tiêu thụ 1.284,5 tấn nông sản, gồm cam sành 812,4 tấn "
      "(chiếm 63,24%), bưởi 305,6 tấn, mật ong 46,2 tấn và sản phẩm khác 120,3 tấn; doanh thu thương mại điện tử "
      "đạt 9,76 tỷ đồng, bằng 19,95% doanh thu phân phối truyền thông và thương mại điện tử.",
      SM("tiêu thụ 1.284,5 tấn", "1.284,5", ["812,4", "305,6", "46,2", "120,3"]),
      SH("(chiếm 63,24%)", "812,4", "1.284,5", "63,24", v="rounding", note="Truncated."),
      SH("bằng 19,95%", "9,76", "48,92", "19,95", note="Base named in words: the 48,92 tỷ đồng line of revenue."))
    L("4. Chất lượng dịch vụ và an toàn vận chuyển")
    L("Tỷ lệ bưu gửi phát đúng chỉ tiêu thời gian toàn trình đạt 97,86%, tăng 1,12% so với năm 2023 (96,74%). "
      "Trong năm tiếp nhận 1.126 vụ khiếu nại, giảm 87 vụ so với năm 2023 (1.039 vụ); đã giải quyết 1.119/1.126 "
      "vụ, đạt 99,38%; bồi thường 34 vụ với số tiền 86,5 triệu đồng, bình quân 2,54 triệu đồng/vụ. Đội xe 19 ô tô "
      "tải chạy 1.124.600 km, tiêu thụ 132.703 lít nhiên liệu, bình quân 11,80 lít/100 km.",
      PT("tăng 1,12%", "97,86", "96,74", "1,12"),
      DF("giảm 87 vụ", "1.126", "1.039", "87", "giảm", v="inconsistent",
         note="1.126 complaints against 1.039 the year before is an increase: the word is wrong."),
      FR("1.119/1.126 vụ, đạt 99,38%", "1.119", "1.126", pct="99,38"),
      RT("2,54 triệu đồng/vụ", "86,5", "34", "2,54", "plain"),
      RT("11,80 lít/100 km", "132.703", "1.124.600", "11,80", "pct", note="Litres per 100 km."))
    L("III. ĐÁNH GIÁ CHUNG")
    L("Năm 2024, Bưu điện tỉnh hoàn thành vượt mức các chỉ tiêu chủ yếu: tổng doanh thu 186,24 tỷ đồng, tăng 8,66% "
      "so với năm 2022; sản lượng 2.846.310 bưu gửi; chênh lệch thu chi 14,47 tỷ đồng; thu nhập bình quân của lao "
      "động hợp đồng 12,04 triệu đồng/người/tháng.",
      RP("doanh thu 186,24 tỷ đồng", "186,42", "186,24", v="inconsistent", note="Transposed digits."),
      TM("so với năm 2022", "năm 2022", "năm 2023", v="inconsistent",
         note="8,66% is the growth over 2023 (171,56 tỷ đồng)."),
      RP("sản lượng 2.846.310", "2.846.310", "2.846.310"),
      RP("chênh lệch thu chi 14,47", "14,47", "14,47"),
      AM("12,04 triệu đồng/người/tháng", "repeat", "12,04",
         "Section II gives 11,86 for all workers; here the scope is 'lao động hợp đồng'. "
         "Same label, different qualifier: cannot tell whether it is another quantity or a typo."))
    L("Tuy nhiên, doanh thu dịch vụ hành chính công mới đạt 92,4% kế hoạch (22,9 tỷ đồng); thị phần chuyển phát "
      "của đơn vị chỉ chiếm khoảng 23,5% thị trường trên địa bàn; còn 01/12 bưu cục cấp II chưa đạt chuẩn chất lượng "
      "dịch vụ. Nguyên nhân chủ yếu do cạnh tranh gay gắt, một bộ phận lao động chưa đáp ứng yêu cầu chuyển đổi số.",
      RT("đạt 92,4% kế hoạch", "21,16", "22,9", "92,4"),
      AM("khoảng 23,5%", "share", "23,5", "Base (the provincial courier market) is not stated anywhere."),
      FR("01/12 bưu cục cấp II", "01", "12", whole="12"))
    L("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025")
    L("Phấn đấu tổng doanh thu năm 2025 đạt 201,5 tỷ đồng, tăng 8,09% so với thực hiện năm 2024, gồm: bưu chính "
      "chuyển phát 64,5 tỷ đồng, tài chính bưu chính 54 tỷ đồng, hành chính công ... tỷ đồng, phân phối truyền "
      "thông và thương mại điện tử 53,2 tỷ đồng, doanh thu khác 8,6 tỷ đồng; chênh lệch thu chi 15,2 tỷ đồng, "
      "tăng 0,73 tỷ đồng so với năm 2024.",
      RT("tăng 8,09%", "201,5", "186,42", "8,09", "growth"),
      AM("đạt 201,5 tỷ đồng", "sum", "201,5",
         "One part is a placeholder ('...'); the known parts sum to 180,3, leaving 21,2 for it: not decidable."),
      DF("tăng 0,73 tỷ đồng", "15,2", "14,47", "0,73", "tăng"))
    L("Tập trung phát triển dịch vụ hành chính công, chi trả không dùng tiền mặt, nâng tỷ lệ chi trả qua tài khoản "
      "lên 25%, tăng 6,28% so với năm 2024; tiếp tục sắp xếp mạng lưới theo Đề án số 07/ĐA-BĐTQ ngày 26/8/2024; "
      "đào tạo lại 100% nhân viên điểm BĐVHX về kỹ năng bán hàng trực tuyến.",
      PT("tăng 6,28%", "25", "18,72", "6,28", note="Points over the 18,72% paid through accounts in 2024."))
    L("V. KIẾN NGHỊ")
    L("Đề nghị Tổng công ty bổ sung 04 xe tải chuyên dùng cho các tuyến đường thư cấp 2 miền núi.")
    L("Trên đây là báo cáo kết quả thực hiện kế hoạch năm 2024 của Bưu điện tỉnh Tuyên Quang./.")
    L(FN + "Kế hoạch năm 2024 giao tại Quyết định số 1452/QĐ-BĐVN ngày 15/3/2024 của Tổng công ty: tổng doanh thu "
      "180 tỷ đồng; chênh lệch thu chi 13,6 tỷ đồng; sản lượng bưu gửi 2.760.000 bưu gửi.",
      RP("tổng doanh thu 180 tỷ đồng", "180", "180"),
      RP("chênh lệch thu chi 13,6 tỷ đồng", "13,6", "13,6"),
      RP("2.760.000 bưu gửi", "2.760.000", "2.760.000"))
    L(FN + "Bưu cục cấp III gồm 29 bưu cục, trong đó 11 bưu cục tại trung tâm huyện, 18 bưu cục tại khu công nghiệp, "
      "khu du lịch; trong 106 nhân viên điểm BĐVHX có 71 người là nữ.",
      SM("gồm 29 bưu cục", "29", ["11", "18"]),
      SB("71 người là nữ", "71", "106"))
    return d


def d22_02():
    d = Draft("d22-02-bao-cao-ban-quan-ly-kcn", "Ban Quản lý các khu công nghiệp tỉnh Hà Nam",
              "provincial industrial zones management board, annual report 2024")
    L = d.L
    L("UBND TỈNH HÀ NAM")
    L("BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP")
    L("Số: 2145/BC-BQLKCN")
    L("Hà Nam, ngày 18 tháng 12 năm 2024")
    L("BÁO CÁO")
    L("Tình hình xây dựng, phát triển các khu công nghiệp năm 2024; nhiệm vụ, giải pháp năm 2025")
    L("Thực hiện Quyết định số 125/QĐ-UBND ngày 12/3/2024 của UBND tỉnh về giao chỉ tiêu kế hoạch năm 2024 và "
      "Công văn số 3318/UBND-KTTH ngày 25/11/2024 về xây dựng báo cáo tổng kết năm, Ban Quản lý các khu công "
      "nghiệp tỉnh (Ban Quản lý) báo cáo như sau:")
    L("Phần thứ nhất")
    L("KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024")
    L("I. QUY HOẠCH, XÂY DỰNG HẠ TẦNG CÁC KHU CÔNG NGHIỆP")
    L("Theo Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 (Quyết định số 1735/QĐ-TTg ngày 29/12/2023 "
      "của Thủ tướng Chính phủ), Hà Nam có 14 khu công nghiệp (KCN) với tổng diện tích 4.850,5 ha. Đến nay đã thành "
      "lập 09 KCN với tổng diện tích 2.968,4 ha, bằng 61,2% diện tích quy hoạch, gồm: Đồng Văn I 321,4 ha, Đồng Văn II "
      "466,6 ha, Đồng Văn III 611,4 ha, Đồng Văn IV 562,4 ha, Châu Sơn 170 ha, Hòa Mạc 131,5 ha, Thanh Liêm 200 ha, "
      "Thái Hà 300,8 ha, Liêm Phong 204,3 ha; 08/09 KCN đã đi vào hoạt động, riêng KCN Liêm Phong đang bồi thường, "
      "giải phóng mặt bằng.",
      SM("tổng diện tích 2.968,4 ha", "2.968,4",
         ["321,4", "466,6", "611,4", "562,4", "170", "131,5", "200", "300,8", "204,3"], note="Nine zones, 'gồm'."),
      SH("bằng 61,2%", "2.968,4", "4.850,5", "61,2", note="Base = planned area 4.850,5 ha."),
      FR("08/09 KCN", "08", "09", whole="09", note="Whole = the 09 zones established."))
    L("Diện tích đất công nghiệp có thể cho thuê của 08 KCN đang hoạt động là 1.906,5 ha, đã cho thuê 1.446,1 ha, "
      "còn lại 460,4 ha; tỷ lệ lấp đầy đạt 75,85%, tăng 3,62% so với cuối năm 2023 (72,23%). Trong năm, các chủ "
      "đầu tư hạ tầng giải ngân 1.015,6 tỷ đồng, trong đó hạ tầng kỹ thuật 612,4 tỷ đồng, công trình xử lý nước "
      "thải 148,5 tỷ đồng, bồi thường, giải phóng mặt bằng 252,7 tỷ đồng.",
      DF("còn lại 460,4 ha", "1.906,5", "1.446,1", "460,4", None),
      SH("đạt 75,85%", "1.446,1", "1.906,5", "75,85"),
      PT("tăng 3,62%", "75,85", "72,23", "3,62"),
      AM("giải ngân 1.015,6 tỷ đồng", "sum", "1.015,6",
         "612,4 + 148,5 + 252,7 = 1.013,6, 2 short of 1.015,6. 'trong đó' may leave out a small other item, "
         "or a part is mistyped; the text does not say the three items are exhaustive."))
    L("II. THU HÚT ĐẦU TƯ")
    L("Năm 2024, Ban Quản lý cấp mới Giấy chứng nhận đăng ký đầu tư cho 47 dự án (34 dự án FDI, 13 dự án DDI), "
      "tăng 06 dự án so với năm 2023, và điều chỉnh tăng vốn 58 lượt dự án (FDI 41 lượt, DDI 17 lượt). Vốn FDI đăng "
      "ký mới và tăng thêm đạt 1.128,6 triệu USD (cấp mới 742,3 triệu USD, bình quân 21,83 triệu USD/dự án; tăng "
      "thêm 386,3 triệu USD), bằng 118,8% so với năm 2023; vốn DDI đạt 6.845,2 tỷ đồng, bằng 96,4% năm 2023.",
      SM("cho 47 dự án", "47", ["34", "13"]),
      DF("tăng 06 dự án", "47", "41", "06", "tăng", note="2023: 41 new projects (footnote 1)."),
      SM("58 lượt dự án", "58", ["41", "17"]),
      SM("đạt 1.128,6 triệu USD", "1.128,6", ["742,3", "386,3"]),
      RT("21,83 triệu USD/dự án", "742,3", "34", "21,83", "plain", note="New FDI capital per new FDI project."),
      RT("bằng 118,8%", "1.128,6", "950,2", "118,8", note="2023 value in footnote 1."),
      RT("bằng 96,4%", "6.845,2", "7.101", "96,4", note="2023 value in footnote 1."))
    L("Theo đối tác, nhà đầu tư Hàn Quốc dẫn đầu với 22 dự án, chiếm 46,81% số dự án FDI cấp mới; tiếp theo là "
      "Trung Quốc 07 dự án, Nhật Bản 03 dự án, các nước và vùng lãnh thổ khác 02 dự án (cộng 34 dự án).",
      SH("chiếm 46,81%", "22", "34", "46,81", v="inconsistent",
         note="46,81% = 22 / 47 (all new projects, FDI and DDI); the sentence names the 34 new FDI projects."),
      SM("(cộng 34 dự án)", "34", ["22", "07", "03", "02"]))
    L("Lũy kế đến ngày 15/12/2024, các KCN thu hút 512 dự án còn hiệu lực, gồm 318 dự án FDI với tổng vốn 5.842,7 "
      "triệu USD và 194 dự án DDI với tổng vốn 48.215,6 tỷ đồng. Trong 512 dự án có 421 dự án đã đi vào sản xuất "
      "kinh doanh (chiếm 82,22%), 57 dự án đang xây dựng nhà xưởng, 34 dự án chưa triển khai. Giai đoạn 2021 - 2024, "
      "các KCN thu hút 186 dự án mới, gấp 1,4 lần giai đoạn 2016 - 2020 (133 dự án).",
      SM("thu hút 512 dự án", "512", ["318", "194"]),
      SM("Trong 512 dự án", "512", ["421", "57", "34"]),
      SH("(chiếm 82,22%)", "421", "512", "82,22", v="rounding", note="Truncated."),
      RT("gấp 1,4 lần", "186", "133", "1,4", "plain"),
      TM("giai đoạn 2016 - 2020", "giai đoạn 2016 - 2020", "giai đoạn 2016 - 2020",
         note="The period before 2021 - 2024."))
    L("III. SẢN XUẤT KINH DOANH CỦA CÁC DOANH NGHIỆP")
    L("- Doanh thu của các doanh nghiệp trong KCN ước đạt 9.846,3 triệu USD, tăng 12,6% so với năm 2023 (8.744,5 "
      "triệu USD). Giá trị xuất khẩu 7.215,8 triệu USD, chiếm 73,28% doanh thu, tăng 14,9% so với năm 2023 (6.321,4 "
      "triệu USD); giá trị nhập khẩu 5.982,4 triệu USD, tăng 4,2% (năm 2023 là 5.741,3 triệu USD); xuất siêu "
      "1.233,4 triệu USD.",
      RT("tăng 12,6%", "9.846,3", "8.744,5", "12,6", "growth"),
      SH("chiếm 73,28%", "7.215,8", "9.846,3", "73,28"),
      RT("tăng 14,9%", "7.215,8", "6.321,4", "14,9", "growth", v="inconsistent", note="One-digit slip (14,1 -> 14,9)."),
      RT("tăng 4,2%", "5.982,4", "5.741,3", "4,2", "growth"),
      DF("xuất siêu 1.233,4", "7.215,8", "5.982,4", "1.233,4", None, note="Exports minus imports."))
    L("- Nộp ngân sách nhà nước 4.126,7 tỷ đồng, đạt 103,17% dự toán giao (4.000 tỷ đồng), chiếm khoảng 27,4% tổng "
      "thu ngân sách nội địa của tỉnh. Vốn đầu tư thực hiện của doanh nghiệp đạt 14.380 tỷ đồng (quý I 2.946 tỷ đồng, "
      "quý II 3.508 tỷ đồng, quý III 3.841 tỷ đồng, quý IV ước 4.112 tỷ đồng).",
      RT("đạt 103,17%", "4.126,7", "4.000", "103,17"),
      AM("khoảng 27,4%", "share", "27,4", "Base (provincial domestic budget revenue) is not stated in the draft."),
      SM("đạt 14.380 tỷ đồng", "14.380", ["2.946", "3.508", "3.841", "4.112"], v="inconsistent",
         note="Quarters sum to 14.407, 27 over; 3.841 looks like a transposition of 3.814."))
    L("IV. LAO ĐỘNG, NHÀ Ở CHO CÔNG NHÂN")
    L("Đến ngày 30/11/2024, các KCN sử dụng 84.612 lao động, tăng 6.238 người so với cùng kỳ năm 2022 (78.374 "
      "người); trong đó lao động nữ 52.419 người, chiếm 61,95%; lao động ngoại tỉnh 21.874 người, giảm 1.126 người "
      "so với năm 2023 (20.748 người); lao động là người nước ngoài 1.206 người.",
      DF("tăng 6.238 người", "84.612", "78.374", "6.238", "tăng"),
      TM("cùng kỳ năm 2022", "cùng kỳ năm 2022", "cùng kỳ năm 2023", v="inconsistent",
         note="A 2024 report's 'cùng kỳ' is 30/11/2023; the year was not rolled forward."),
      SH("chiếm 61,95%", "52.419", "84.612", "61,95"),
      DF("giảm 1.126 người", "21.874", "20.748", "1.126", "giảm", v="inconsistent",
         note="21.874 against 20.748 is an increase."),
      SB("người nước ngoài 1.206 người", "1.206", "84.612",
         note="nữ / ngoại tỉnh / nước ngoài are overlapping dimensions, not a breakdown."))
    L("Phân theo trình độ: đại học trở lên 9.845 người (11,64%); cao đẳng, trung cấp 12.376 người (14,63%); công "
      "nhân kỹ thuật và lao động phổ thông 62.391 người (73,73%); cộng 84.612 người. Thu nhập bình quân của người "
      "lao động 9,42 triệu đồng/người/tháng, tăng 7,2% so với năm 2023 (8,79 triệu đồng).",
      SM("cộng 84.612 người", "84.612", ["9.845", "12.376", "62.391"]),
      SH("(11,64%)", "9.845", "84.612", "11,64"),
      SH("(14,63%)", "12.376", "84.612", "14,63"),
      SH("(73,73%)", "62.391", "84.612", "73,73", v="rounding", note="Truncated."),
      RT("tăng 7,2%", "9,42", "8,79", "7,2", "growth"))
    L("Về nhà ở công nhân: đã đưa vào sử dụng 3.120 căn nhà ở xã hội, nhà lưu trú (khu Đồng Văn 1.856 căn, khu "
      "Thanh Liêm 1.264 căn), bố trí cho 9.480 công nhân, bình quân 3,04 người/căn; đang triển khai 02 dự án với "
      "2.450 căn, khi hoàn thành nâng tổng số lên 5.570 căn.",
      SM("sử dụng 3.120 căn", "3.120", ["1.856", "1.264"]),
      RT("3,04 người/căn", "9.480", "3.120", "3,04", "plain"),
      SM("lên 5.570 căn", "5.570", ["3.120", "2.450"]))
    L("V. BẢO VỆ MÔI TRƯỜNG")
    L("08/08 KCN đang hoạt động đã vận hành nhà máy xử lý nước thải tập trung, tổng công suất thiết kế 52.500 "
      "m³/ngày đêm; lượng nước thải xử lý thực tế bình quân 38.940 m³/ngày đêm, đạt 74,17% công suất. Có 07/08 KCN "
      "có trạm quan trắc nước thải tự động, đạt 77,5%, truyền dữ liệu liên tục về Sở Tài nguyên và Môi trường. "
      "Chất thải rắn công nghiệp phát sinh 286.450 tấn, trong đó chất thải nguy hại 18.372 tấn, chiếm 6,41%.",
      FR("08/08 KCN đang hoạt động", "08", "08", whole="08", note="Whole = the 08 zones in operation."),
      SH("đạt 74,17%", "38.940", "52.500", "74,17"),
      FR("07/08 KCN có trạm quan trắc nước thải tự động, đạt 77,5%", "07", "08", v="inconsistent", pct="77,5",
         note="7/8 = 87,5%: one-digit slip."),
      SH("chiếm 6,41%", "18.372", "286.450", "6,41"))
    L("VI. CẢI CÁCH HÀNH CHÍNH, QUẢN LÝ LAO ĐỘNG")
    L("Năm 2024, Ban Quản lý tiếp nhận, giải quyết 2.846 hồ sơ thủ tục hành chính, 100% đúng và trước hạn, trong "
      "đó 2.713 hồ sơ trực tuyến toàn trình, chiếm 95,32%; cấp 1.184 giấy phép lao động cho người nước ngoài (cấp "
      "mới 702, chiếm 59,29%; cấp lại 119; gia hạn 363). Phối hợp kiểm tra 64 doanh nghiệp, xử phạt vi phạm hành "
      "chính 11 doanh nghiệp với số tiền 842 triệu đồng.",
      SH("chiếm 95,32%", "2.713", "2.846", "95,32", v="rounding", note="Truncated."),
      SM("cấp 1.184 giấy phép", "1.184", ["702", "119", "363"]),
      SH("chiếm 59,29%", "702", "1.184", "59,29"))
    L("VII. ĐÁNH GIÁ CHUNG")
    L("Năm 2024, các chỉ tiêu chủ yếu đều đạt và vượt kế hoạch: thu hút 47 dự án mới; tỷ lệ lấp đầy các KCN đạt "
      "75,58%; giá trị xuất khẩu 7.215,8 triệu USD; nộp ngân sách 4.126,7 tỷ đồng. Hạn chế: tiến độ giải phóng mặt "
      "bằng KCN Liêm Phong chậm; tỷ lệ lao động qua đào tạo nghề mới đạt 26,26%, thấp hơn mục tiêu 35% của Nghị "
      "quyết số 12-NQ/TU ngày 16/8/2021 của Tỉnh ủy.",
      RP("thu hút 47 dự án mới", "47", "47"),
      RP("đạt 75,58%", "75,85", "75,58", v="inconsistent", note="Transposed digits.", unit="%"),
      RP("giá trị xuất khẩu 7.215,8", "7.215,8", "7.215,8"),
      RP("nộp ngân sách 4.126,7", "4.126,7", "4.126,7"),
      AM("đạt 26,26%", "share", "26,26",
         "(9.845 + 12.376) / 84.612 = 26,26% if 'qua đào tạo nghề' means university + college/vocational, but skilled "
         "workers (công nhân kỹ thuật) are trained too and are lumped with unskilled labour; the base/part is not stated."))
    L("Nguyên nhân: nguồn cung lao động tại chỗ không đáp ứng nhu cầu tuyển dụng của các dự án lớn; một số nhà đầu tư "
      "hạ tầng năng lực tài chính hạn chế; cơ chế bồi thường, hỗ trợ tái định cư còn vướng mắc, người dân chưa đồng thuận.")
    L("Phần thứ hai")
    L("NHIỆM VỤ, GIẢI PHÁP NĂM 2025")
    L("Phấn đấu năm 2025 thu hút 50 - 55 dự án mới; vốn FDI đăng ký 1.200 triệu USD (cấp mới 800 triệu USD, tăng "
      "thêm ... triệu USD); tỷ lệ lấp đầy các KCN đang hoạt động đạt 80%, tăng 4,15% so với năm 2024; giá trị xuất "
      "khẩu tăng 10%, đạt khoảng 7.937 triệu USD; thành lập thêm 02 KCN (Đồng Văn V, Kim Bảng I), nâng số KCN đã "
      "thành lập lên 11/14 KCN theo quy hoạch.",
      AM("vốn FDI đăng ký 1.200 triệu USD", "sum", "1.200", "One part is a placeholder ('...'); not decidable."),
      PT("tăng 4,15%", "80", "75,85", "4,15"),
      RT("khoảng 7.937 triệu USD", "7.215,8", "1,1", "7.937", "mul", implicit=("1,1",),
         note="2024 exports x 1,10 (tăng 10%)."),
      FR("11/14 KCN", "11", "14", whole="14", numer="11", note="09 established + 02 new = 11; 14 in the plan."))
    L("Giải pháp trọng tâm: đẩy nhanh bồi thường, giải phóng mặt bằng KCN Liêm Phong; xúc tiến đầu tư có chọn lọc, "
      "ưu tiên dự án công nghệ cao, công nghiệp hỗ trợ; hoàn thành 02 dự án nhà ở công nhân với 2.450 căn; rà soát, "
      "xử lý dứt điểm 34 dự án chậm triển khai.",
      RP("với 2.450 căn", "2.450", "2.450"),
      RP("34 dự án chậm triển khai", "34", "34", note="Same as the 34 projects 'chưa triển khai' in section II."))
    L(FN + "Năm 2023: cấp mới 41 dự án (FDI 29 dự án, DDI 12 dự án); vốn FDI đăng ký mới và tăng thêm 950,2 triệu "
      "USD; vốn DDI 7.101 tỷ đồng.",
      SM("cấp mới 41 dự án", "41", ["29", "12"]))
    L(FN + "Lao động nữ tại các KCN 52.419 người, trong đó 38.127 người làm việc trong các doanh nghiệp điện tử, may "
      "mặc; tổng số lao động trong các KCN là 85.120 người.",
      RP("nữ tại các KCN 52.419", "52.419", "52.419"),
      SB("38.127", "38.127", "52.419"),
      AM("85.120 người", "repeat", "85.120",
         "Section IV gives 84.612 workers at 30/11/2024; this footnote has no date (could be a later estimate "
         "or a typo)."))
    return d


def d22_03():
    d = Draft("d22-03-bao-cao-moi-truong-do-thi", "Công ty TNHH MTV Môi trường và Công trình đô thị Hà Tĩnh",
              "provincial urban environment and sanitation company, annual report 2024")
    L = d.L
    L("UBND TỈNH HÀ TĨNH")
    L("CÔNG TY TNHH MỘT THÀNH VIÊN MÔI TRƯỜNG VÀ CÔNG TRÌNH ĐÔ THỊ HÀ TĨNH")
    L("Số: 27/BC-MTĐT")
    L("Hà Tĩnh, ngày 24 tháng 01 năm 2025")
    L("BÁO CÁO")
    L("Kết quả hoạt động sản xuất kinh doanh năm 2024, kế hoạch năm 2025 (trình Hội nghị người lao động năm 2025)")
    L("Năm 2024, Công ty thực hiện nhiệm vụ cung ứng dịch vụ công ích đô thị theo Quyết định số 2318/QĐ-UBND ngày "
      "28/12/2023 của UBND tỉnh về đặt hàng dịch vụ vệ sinh môi trường, duy trì cây xanh, thoát nước đô thị năm 2024 "
      "trên địa bàn thành phố Hà Tĩnh, thị xã Hồng Lĩnh và các huyện Thạch Hà, Cẩm Xuyên. Kết quả cụ thể như sau:")
    L("Bên cạnh thuận lợi là được UBND tỉnh đặt hàng ổn định, Công ty gặp không ít khó khăn: đơn giá dịch vụ công "
      "ích chưa được điều chỉnh kịp theo biến động giá nhiên liệu và lương tối thiểu vùng; phương tiện cũ, hư hỏng "
      "nhiều; ý thức bỏ rác đúng giờ, đúng nơi của một bộ phận người dân chưa cao; cơn bão số 4 làm gãy, đổ nhiều "
      "cây xanh trên các tuyến phố chính.")
    L("A. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024")
    L("1. Thu gom, vận chuyển và xử lý chất thải rắn sinh hoạt")
    L("Khối lượng chất thải rắn sinh hoạt (CTRSH) thu gom, vận chuyển cả năm đạt 68.742 tấn, tăng 3.829 tấn, tương "
      "ứng 5,9% so với năm 2023 (64.913 tấn), bình quân 187,8 tấn/ngày; chia theo quý: quý I 16.412 tấn, quý II "
      "17.025 tấn, quý III 17.398 tấn, quý IV 17.907 tấn. Lượng rác do Công ty thu gom chiếm khoảng 71% tổng lượng "
      "CTRSH phát sinh tại các đô thị trong tỉnh.",
      DF("tăng 3.829 tấn", "68.742", "64.913", "3.829", "tăng"),
      RT("tương ứng 5,9%", "68.742", "64.913", "5,9", "growth"),
      RT("187,8 tấn/ngày", "68.742", "366", "187,8", "plain", implicit=("366",), note="2024 has 366 days."),
      SM("đạt 68.742 tấn", "68.742", ["16.412", "17.025", "17.398", "17.907"], note="By quarter."),
      AM("khoảng 71%", "share", "71", "Base (waste generated in all towns of the province) is not stated."))
    L("Phân theo địa bàn, trong tổng số 68.742 tấn:",
      SM("tổng số 68.742 tấn", "68.742", ["41.286", "12.604", "8.517", "6.335"], note="The four bullets below."))
    L("+ Thành phố Hà Tĩnh 41.286 tấn, chiếm 63,6%;",
      SH("chiếm 63,6%", "41.286", "68.742", "63,6", v="inconsistent",
         note="63,6% = 41.286 / 64.913 (the 2023 total); on the 2024 total it is 60,1%."))
    L("+ Thị xã Hồng Lĩnh 12.604 tấn, chiếm 18,3%;",
      SH("chiếm 18,3%", "12.604", "68.742", "18,3"))
    L("+ Huyện Thạch Hà 8.517 tấn, chiếm 12,4%;",
      SH("chiếm 12,4%", "8.517", "68.742", "12,4"))
    L("+ Huyện Cẩm Xuyên 6.335 tấn, chiếm 9,2%.",
      SH("chiếm 9,2%", "6.335", "68.742", "9,2"))
    L("Toàn bộ 68.742 tấn CTRSH được vận chuyển về Khu xử lý chất thải rắn tập trung Thạch Hà: chôn lấp hợp vệ sinh "
      "52.380 tấn, chiếm 76,2%, giảm 4,8% so với năm 2023 (80,7%); đốt có thu hồi nhiệt 12.948 tấn (18,83%); sản "
      "xuất phân vi sinh 3.414 tấn. Tỷ lệ thu gom CTRSH khu vực nội thành, nội thị đạt 98,6%; khu vực ngoại thành "
      "đạt 84,3%, tăng 2,5% so với năm 2023 (82,25%).",
      SM("Toàn bộ 68.742 tấn", "68.742", ["52.380", "12.948", "3.414"]),
      SH("chiếm 76,2%", "52.380", "68.742", "76,2"),
      PT("giảm 4,8%", "76,2", "80,7", "4,8", "giảm", v="inconsistent", note="80,7 - 76,2 = 4,5 points."),
      SH("(18,83%)", "12.948", "68.742", "18,83", v="rounding", note="Truncated."),
      PT("tăng 2,5%", "84,3", "82,25", "2,5",
         note="Points would be 2,05; the relative change 84,3 / 82,25 = +2,49% -> 2,5% holds."))
    L("2. Vệ sinh đường phố, duy trì cây xanh và thoát nước đô thị")
    L("Duy trì quét, thu gom rác đường phố bình quân 1.284 km/ngày (quét thủ công 1.036 km, quét, hút bằng xe cơ "
      "giới 262 km); tưới nước rửa đường 186.400 m²/ngày trong các tháng 5, 6, 7 và 8. Duy trì 126,8 ha công viên, "
      "vườn hoa, thảm cỏ (thành phố Hà Tĩnh 98,5 ha, thị xã Hồng Lĩnh 28,3 ha); tổng số cây xanh đường phố 18.645 "
      "cây (đầu năm 17.551 cây, trồng mới 1.240 cây, loại bỏ 146 cây gãy, đổ sau cơn bão số 4 tháng 9/2024).",
      AM("bình quân 1.284 km/ngày", "sum", "1.284",
         "1.036 + 262 = 1.298 > 1.284: some streets may be swept both by hand and by machine (overlap), or a part "
         "is mistyped; cannot decide."),
      SM("126,8 ha", "126,8", ["98,5", "28,3"]),
      SM("18.645 cây", "18.645", ["17.551", "1.240", "-146"], note="Balance: start + planted - removed."))
    L("Nạo vét 42,6 km mương, cống thoát nước, khối lượng bùn đất 8.915 m³, bình quân 209,3 m³/km; thay thế 46/52 "
      "nắp hố ga hư hỏng, đạt 86,46%; khơi thông 37 điểm ngập úng cục bộ, giảm 11 điểm so với năm 2023 (48 điểm).",
      RT("209,3 m³/km", "8.915", "42,6", "209,3", "plain"),
      FR("46/52 nắp hố ga hư hỏng, đạt 86,46%", "46", "52", v="inconsistent", pct="86,46",
         note="One-digit slip (88,46 -> 86,46)."),
      DF("giảm 11 điểm", "37", "48", "11", "giảm"))
    L("3. Kết quả sản xuất kinh doanh")
    L("Tổng doanh thu năm 2024 đạt 142.386 triệu đồng, bằng 104,2% kế hoạch (136.650 triệu đồng) và tăng 8,5% so với "
      "năm 2022; trong đó: doanh thu dịch vụ công ích theo đặt hàng 118.524 triệu đồng, chiếm 83,24%; thu phí dịch vụ "
      "thu gom rác của hộ gia đình, cơ sở kinh doanh 17.960 triệu đồng, chiếm 12,61%; doanh thu hoạt động khác (vận "
      "chuyển thuê, thông hút bể phốt, bán phân vi sinh) 5.902 triệu đồng, chiếm 4,15%.",
      RT("bằng 104,2% kế hoạch", "142.386", "136.650", "104,2"),
      RT("tăng 8,5%", "142.386", "131.230", "8,5", "growth", note="Against the 2023 revenue given in footnote 1."),
      TM("so với năm 2022", "năm 2022", "năm 2023", v="inconsistent",
         note="8,5% is the growth over 2023 (131.230 triệu đồng, footnote 1)."),
      SM("đạt 142.386 triệu đồng", "142.386", ["118.524", "17.960", "5.902"],
         note="'trong đó' used as a full breakdown."),
      SH("chiếm 83,24%", "118.524", "142.386", "83,24"),
      SH("chiếm 12,61%", "17.960", "142.386", "12,61"),
      SH("chiếm 4,15%", "5.902", "142.386", "4,15"))
    L("Tổng chi phí 138.968 triệu đồng; lợi nhuận trước thuế 3.418 triệu đồng, giảm 286 triệu đồng so với năm 2023 "
      "(3.132 triệu đồng), đạt 113,93% kế hoạch (3.000 triệu đồng); tỷ suất lợi nhuận trên doanh thu 2,4%. Nộp ngân "
      "sách nhà nước 6.275 triệu đồng, trong đó thuế giá trị gia tăng 4.126 triệu đồng, thuế thu nhập doanh nghiệp "
      "684 triệu đồng, tiền thuê đất 1.465 triệu đồng.",
      DF("lợi nhuận trước thuế 3.418 triệu đồng", "142.386", "138.968", "3.418", None, note="Revenue minus cost."),
      DF("giảm 286 triệu đồng", "3.418", "3.132", "286", "giảm", v="inconsistent",
         note="3.418 against 3.132 is an increase."),
      RT("đạt 113,93% kế hoạch", "3.418", "3.000", "113,93"),
      RT("trên doanh thu 2,4%", "3.418", "142.386", "2,4", kind="share"),
      SM("sách nhà nước 6.275 triệu đồng", "6.275", ["4.126", "684", "1.465"]))
    L("4. Lao động, tiền lương và an toàn lao động")
    L("Tổng số lao động đến 31/12/2024 là 586 người, tăng 14 người so với đầu năm (572 người); trong đó công nhân "
      "trực tiếp 512 người, lao động nữ 368 người (chiếm 62,7%), lao động trên 50 tuổi 143 người. Quỹ lương thực hiện "
      "61.482 triệu đồng, tiền lương bình quân 8,74 triệu đồng/người/tháng, tăng 0,52 triệu đồng so với năm 2023 "
      "(8,22 triệu đồng). 100% công nhân trực tiếp được cấp phát bảo hộ lao động 02 đợt/năm với kinh phí 1.536 triệu "
      "đồng, bình quân 3 triệu đồng/người.",
      DF("tăng 14 người", "586", "572", "14", "tăng"),
      SH("(chiếm 62,7%)", "368", "586", "62,7", v="rounding", note="Truncated."),
      SB("lao động trên 50 tuổi 143 người", "143", "586", note="Overlapping dimensions (công nhân, nữ, tuổi)."),
      AM("8,74 triệu đồng/người/tháng", "ratio", "8,74",
         "61.482 / (586 x 12) = 8,743 matches only with year-end headcount; with the average of 572 and 586 "
         "(579) it is 8,849. Which headcount is meant is not stated."),
      DF("tăng 0,52 triệu đồng", "8,74", "8,22", "0,52", "tăng"),
      RT("3 triệu đồng/người", "1.536", "512", "3", "plain", note="Base = 512 direct workers ('100% công nhân trực tiếp')."))
    L("5. Đầu tư phương tiện, thiết bị")
    L("Công ty hiện quản lý, sử dụng 32 xe chuyên dùng, gồm 18 xe ép rác, 06 xe quét hút, 05 xe tưới rửa đường; năm "
      "2024 đầu tư mới 05 xe ép rác 9 m³ với tổng giá trị 8.650 triệu đồng (quỹ đầu tư phát triển 5.190 triệu đồng, "
      "chiếm 60%; vay thương mại 3.460 triệu đồng), bình quân 1.730 triệu đồng/xe. Lắp đặt mới 1.150 thùng rác 240 "
      "lít tại 23 tuyến phố, nâng tổng số thùng rác công cộng từ 3.712 thùng lên 4.862 thùng.",
      SM("sử dụng 32 xe chuyên dùng", "32", ["18", "06", "05"], v="inconsistent",
         note="'gồm' lists 29 vehicles: a type (3 vehicles) was left out, or the total is wrong."),
      SM("tổng giá trị 8.650 triệu đồng", "8.650", ["5.190", "3.460"]),
      SH("chiếm 60%", "5.190", "8.650", "60"),
      RT("1.730 triệu đồng/xe", "8.650", "05", "1.730", "plain"),
      SM("lên 4.862 thùng", "4.862", ["3.712", "1.150"]))
    L("6. Tiếp nhận, xử lý phản ánh của người dân")
    L("Đường dây nóng và ứng dụng Hà Tĩnh S tiếp nhận 214 phản ánh về vệ sinh môi trường, cây xanh, giảm 17,7% so "
      "với năm 2023 (260 phản ánh); đã xử lý dứt điểm 209/214 phản ánh, đạt 97,66%, còn 05 phản ánh đang phối hợp "
      "xử lý.",
      RT("giảm 17,7%", "214", "260", "17,7", "decline"),
      FR("209/214 phản ánh, đạt 97,66%", "209", "214", pct="97,66"),
      SM("tiếp nhận 214 phản ánh", "214", ["209", "05"]))
    L("B. ĐÁNH GIÁ CHUNG")
    L("Năm 2024, Công ty hoàn thành toàn diện kế hoạch đặt hàng: thu gom, vận chuyển 68.472 tấn CTRSH; duy trì 126,8 "
      "ha cây xanh, thảm cỏ; doanh thu 142.386 triệu đồng, lợi nhuận 3.418 triệu đồng; giá trị nghiệm thu dịch vụ "
      "công ích 118.254 triệu đồng. Hạn chế: tỷ lệ chôn lấp còn cao (76,2%); phương tiện sử dụng trên 10 năm còn "
      "11/32 xe, chiếm 34,37%.",
      RP("68.472 tấn", "68.742", "68.472", v="inconsistent", note="Transposed digits."),
      RP("duy trì 126,8", "126,8", "126,8"),
      RP("doanh thu 142.386", "142.386", "142.386"),
      RP("lợi nhuận 3.418", "3.418", "3.418"),
      AM("118.254 triệu đồng", "repeat", "118.254",
         "Revenue from public-service orders is 118.524; 'giá trị nghiệm thu' (accepted value) may legitimately "
         "differ from revenue, or the digits are transposed."),
      RP("(76,2%)", "76,2", "76,2", unit="%"),
      FR("11/32 xe, chiếm 34,37%", "11", "32", v="rounding", whole="32", pct="34,37",
         note="11/32 = 34,375 exactly: half up gives 34,38."))
    L("Nguyên nhân của hạn chế: Khu xử lý Thạch Hà chưa có dây chuyền đốt công suất lớn; nguồn vốn đầu tư thay thế "
      "phương tiện còn hạn chế; công tác tuyên truyền phân loại rác tại nguồn chưa thường xuyên, chưa sâu rộng.")
    L("C. KẾ HOẠCH NĂM 2025")
    L("Phấn đấu thu gom, vận chuyển 72.500 tấn CTRSH, tăng 5,47% so với năm 2024; giảm tỷ lệ chôn lấp xuống còn 70%, "
      "giảm 6,2% so với năm 2024; tổng doanh thu 150.000 triệu đồng, gồm dịch vụ công ích 124.800 triệu đồng, thu phí "
      "dịch vụ 19.000 triệu đồng, hoạt động khác ... triệu đồng; lợi nhuận trước thuế 3.600 triệu đồng; tiền lương "
      "bình quân 9,2 triệu đồng/người/tháng, tăng 5,26% so với năm 2024.",
      RT("tăng 5,47%", "72.500", "68.742", "5,47", "growth"),
      PT("giảm 6,2%", "70", "76,2", "6,2", "giảm"),
      AM("tổng doanh thu 150.000 triệu đồng", "sum", "150.000", "One part is a placeholder ('...'); not decidable."),
      RT("tăng 5,26%", "9,2", "8,74", "5,26", "growth"))
    L("Đầu tư thay thế 06 xe ép rác đã hết khấu hao, thanh lý 03 xe, nâng tổng số xe chuyên dùng lên 35 xe; triển "
      "khai phân loại chất thải rắn sinh hoạt tại nguồn ở 06 phường của thành phố Hà Tĩnh theo Kế hoạch số "
      "415/KH-UBND ngày 05/11/2024 của UBND tỉnh.",
      SM("lên 35 xe", "35", ["32", "06", "-03"], note="Balance: 32 + 6 bought - 3 scrapped."))
    L("D. KIẾN NGHỊ")
    L("Đề nghị UBND tỉnh sớm điều chỉnh đơn giá dịch vụ công ích đô thị; bố trí vốn đầu tư lò đốt chất thải rắn tại "
      "Khu xử lý Thạch Hà; chỉ đạo UBND các phường, xã phối hợp quản lý các điểm tập kết rác và xử lý nghiêm hành vi "
      "đổ rác không đúng nơi quy định.")
    L(FN + "Số liệu năm 2023: khối lượng CTRSH thu gom 64.913 tấn; doanh thu 131.230 triệu đồng; lợi nhuận trước thuế "
      "3.132 triệu đồng; tỷ lệ chôn lấp 80,7%.",
      RP("thu gom 64.913 tấn", "64.913", "64.913"),
      RP("3.132 triệu đồng", "3.132", "3.132"),
      RP("chôn lấp 80,7%", "80,7", "80,7"))
    L(FN + "Trong 368 lao động nữ có 297 người là công nhân trực tiếp quét, thu gom rác; 21 người là đảng viên.",
      SB("297 người", "297", "368"),
      RP("Trong 368 lao động nữ", "368", "368"))
    return d


def d22_04():
    d = Draft("d22-04-bao-cao-thu-vien-tinh", "Thư viện tỉnh Sóc Trăng",
              "provincial library, five-year review 2021 - 2025")
    L = d.L
    L("UBND TỈNH SÓC TRĂNG")
    L("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH")
    L("THƯ VIỆN TỈNH")
    L("Số: 96/BC-TV")
    L("Sóc Trăng, ngày 15 tháng 10 năm 2025")
    L("BÁO CÁO")
    L("Tổng kết 05 năm thực hiện Kế hoạch phát triển sự nghiệp thư viện và văn hóa đọc giai đoạn 2021 - 2025")
    L("Thực hiện Kế hoạch số 86/KH-UBND ngày 14/5/2021 của UBND tỉnh về phát triển sự nghiệp thư viện và văn hóa đọc "
      "giai đoạn 2021 - 2025 và Công văn số 1842/SVHTTDL-QLVH ngày 08/9/2025 của Sở Văn hóa, Thể thao và Du lịch, Thư "
      "viện tỉnh báo cáo kết quả thực hiện 05 năm (số liệu tính đến 30/9/2025) như sau:")
    L("I. KHÁI QUÁT TÌNH HÌNH")
    L("Thư viện tỉnh là đơn vị sự nghiệp công lập trực thuộc Sở Văn hóa, Thể thao và Du lịch, có 05 phòng chuyên môn, "
      "nghiệp vụ. Tổng số viên chức, người lao động là 38 người (viên chức 31 người, hợp đồng lao động 07 người); "
      "trình độ thạc sĩ 04 người, đại học 26 người, cao đẳng, trung cấp 06 người, trình độ khác 02 người (cộng 38 "
      "người); trong đó có 27 nữ (71,05%), 19 đảng viên và 05 người dân tộc Khmer. So với năm 2020 (42 người), giảm "
      "04 người do thực hiện tinh giản biên chế theo Nghị định số 29/2023/NĐ-CP.",
      SM("là 38 người", "38", ["31", "07"]),
      SM("(cộng 38 người)", "38", ["04", "26", "06", "02"]),
      SH("(71,05%)", "27", "38", "71,05"),
      SB("19 đảng viên", "19", "38", note="nữ, đảng viên, Khmer overlap: 27 + 19 + 5 = 51 > 38 is not an error."),
      DF("giảm 04 người", "38", "42", "04", "giảm"))
    L("Hệ thống thư viện công cộng trên địa bàn tỉnh gồm 01 thư viện tỉnh, 11 thư viện cấp huyện và 86 thư viện, phòng "
      "đọc sách cấp xã (tổng cộng 98 thư viện); 86/109 xã, phường, thị trấn có thư viện hoặc phòng đọc, đạt 78,9%, "
      "tăng 17 đơn vị so với cuối năm 2020 (69 đơn vị). Ngoài ra, toàn tỉnh có 1.245 tủ sách, điểm đọc cộng đồng tại "
      "ấp, khóm, chùa Khmer và đồn Biên phòng; khoảng 3,8% dân số toàn tỉnh có thẻ thư viện.",
      SM("(tổng cộng 98 thư viện)", "98", ["01", "11", "86"]),
      FR("86/109 xã, phường, thị trấn có thư viện hoặc phòng đọc, đạt 78,9%", "86", "109", pct="78,9"),
      DF("tăng 17 đơn vị", "86", "69", "17", "tăng"),
      AM("khoảng 3,8%", "share", "3,8", "Population of the province is not stated; the card count has no date."))
    L("II. KẾT QUẢ THỰC HIỆN GIAI ĐOẠN 2021 - 2025")
    L("1. Phát triển vốn tài liệu")
    L("Đến 30/9/2025, tổng vốn tài liệu in của Thư viện tỉnh là 399.909 bản, tăng 86.412 bản so với cuối năm 2020 "
      "(313.497 bản); trong 05 năm bổ sung 98.645 bản, thanh lý 12.233 bản tài liệu rách nát, lạc hậu nội dung. Số bản "
      "bổ sung từng năm: năm 2021 là 17.420 bản, năm 2022 là 18.936 bản, năm 2023 là 20.115 bản, năm 2024 là 21.508 "
      "bản (tăng 6,93% so với năm 2023), 9 tháng năm 2025 là 20.666 bản.",
      SM("là 399.909 bản", "399.909", ["313.497", "98.645", "-12.233"], note="Balance: 2020 stock + added - discarded."),
      DF("tăng 86.412 bản", "399.909", "313.497", "86.412", "tăng"),
      SM("bổ sung 98.645 bản", "98.645", ["17.420", "18.936", "20.115", "21.508", "20.666"]),
      RT("tăng 6,93%", "21.508", "20.115", "6,93", "growth"))
    L("Cơ cấu 399.909 bản vốn tài liệu gồm: sách 368.420 bản, chiếm 92,13%; báo, tạp chí đóng tập 21.874 bản, chiếm "
      "5,47%; tài liệu địa chí 9.615 bản, chiếm 2,04%. Kinh phí bổ sung vốn tài liệu giai đoạn 2021 - 2025 là 9,86 tỷ "
      "đồng, gồm ngân sách tỉnh 7,42 tỷ đồng và nguồn xã hội hóa 2,24 tỷ đồng, gấp 1,52 lần giai đoạn 2016 - 2020 "
      "(6,48 tỷ đồng).",
      SM("Cơ cấu 399.909 bản", "399.909", ["368.420", "21.874", "9.615"]),
      SH("chiếm 92,13%", "368.420", "399.909", "92,13"),
      SH("chiếm 5,47%", "21.874", "399.909", "5,47"),
      SH("chiếm 2,04%", "9.615", "399.909", "2,04", v="inconsistent", note="Swapped digits (2,40 -> 2,04)."),
      SM("là 9,86 tỷ đồng", "9,86", ["7,42", "2,24"], v="inconsistent",
         note="Parts give 9,66; 2,24 looks like a slip for 2,44 (the 1,52 ratio is computed on 9,86)."),
      RT("gấp 1,52 lần", "9,86", "6,48", "1,52", "plain"),
      TM("giai đoạn 2016 - 2020", "giai đoạn 2016 - 2020", "giai đoạn 2016 - 2020"))
    L("2. Phục vụ bạn đọc")
    L("Trong 05 năm, Thư viện tỉnh cấp mới 24.860 thẻ bạn đọc, trong đó thẻ thiếu nhi 15.112 thẻ, chiếm 60,78%; số "
      "thẻ cấp mới tăng 3.612 thẻ so với giai đoạn 2016 - 2020 (22.148 thẻ). Tổng số lượt bạn đọc được phục vụ đạt "
      "1.684.520 lượt, gồm phục vụ tại chỗ 612.480 lượt, phục vụ lưu động và luân chuyển cơ sở 746.315 lượt, truy cập "
      "thư viện số 325.725 lượt (chiếm 19,34%); bằng 138,6% so với giai đoạn 2011 - 2015 (1.215.300 lượt).",
      SH("chiếm 60,78%", "15.112", "24.860", "60,78", v="rounding", note="Truncated."),
      DF("tăng 3.612 thẻ", "24.860", "22.148", "3.612", "tăng", v="inconsistent", note="One-digit slip (2.712)."),
      TM("giai đoạn 2016 - 2020 (22.148", "giai đoạn 2016 - 2020", "giai đoạn 2016 - 2020"),
      SM("đạt 1.684.520 lượt", "1.684.520", ["612.480", "746.315", "325.725"]),
      SH("(chiếm 19,34%)", "325.725", "1.684.520", "19,34"),
      RT("bằng 138,6%", "1.684.520", "1.215.300", "138,6"),
      TM("giai đoạn 2011 - 2015", "giai đoạn 2011 - 2015", "giai đoạn 2016 - 2020", v="inconsistent",
         note="1.215.300 is the 2016 - 2020 figure (footnote 1); the previous period of 2021 - 2025 is 2016 - 2020."))
    L("Số lượt bạn đọc theo năm: năm 2021 chỉ đạt 215.640 lượt do ảnh hưởng của dịch Covid-19; năm 2022 đạt 312.870 "
      "lượt; năm 2023 đạt 368.215 lượt, tăng 17,69% so với năm 2022; năm 2024 đạt 412.506 lượt, tăng 12,03% so với năm "
      "2023; 9 tháng năm 2025 đạt 375.289 lượt, bằng 90,97% cả năm 2024 (cộng 05 năm: 1.684.520 lượt). Luân chuyển "
      "3.126.840 lượt tài liệu, tăng 42,7% so với giai đoạn trước (2.191.450 lượt), bình quân 1,68 lượt tài liệu/lượt "
      "bạn đọc.",
      RT("tăng 17,69%", "368.215", "312.870", "17,69", "growth"),
      RT("tăng 12,03%", "412.506", "368.215", "12,03", "growth"),
      RT("bằng 90,97%", "375.289", "412.506", "90,97", v="rounding", note="Truncated."),
      SM("(cộng 05 năm: 1.684.520 lượt)", "1.684.520", ["215.640", "312.870", "368.215", "412.506", "375.289"]),
      RT("tăng 42,7%", "3.126.840", "2.191.450", "42,7", "growth"),
      RT("bình quân 1,68 lượt", "3.126.840", "1.684.520", "1,68", "plain", v="inconsistent",
         note="Transposed digits (1,86 -> 1,68)."))
    L("3. Xây dựng thư viện số, ứng dụng công nghệ thông tin")
    L("Thư viện số của tỉnh hiện có 52.316 biểu ghi thư mục và 6.842 tài liệu toàn văn (sách điện tử 3.996 tài liệu, "
      "chiếm 58,4%; tài liệu địa chí số hóa 2.846 tài liệu); đã số hóa 412.560 trang tài liệu địa chí, bình quân "
      "144,96 trang/tài liệu. Từ năm 2023, 11/11 thư viện cấp huyện kết nối liên thông phần mềm quản lý thư viện với "
      "Thư viện tỉnh; lượt truy cập thư viện số năm 2024 đạt 98.412 lượt, gấp 3,2 lần năm 2021 (30.654 lượt).",
      SM("6.842 tài liệu toàn văn", "6.842", ["3.996", "2.846"]),
      SH("chiếm 58,4%", "3.996", "6.842", "58,4"),
      RT("144,96 trang/tài liệu", "412.560", "2.846", "144,96", "plain"),
      FR("11/11 thư viện cấp huyện", "11", "11", whole="11"),
      RT("gấp 3,2 lần", "98.412", "30.654", "3,2", "plain"))
    L("4. Luân chuyển sách, tuyên truyền, phát triển văn hóa đọc")
    L("Tổ chức 1.126 lượt luân chuyển với 284.650 bản sách đến 312 điểm, gồm thư viện cấp huyện 11 điểm, thư viện, "
      "phòng đọc cấp xã 86 điểm, thư viện trường học 142 điểm (chiếm 45,51%) và đồn Biên phòng, trại giam, điểm đọc "
      "cộng đồng 73 điểm; bình quân 252,8 bản/lượt luân chuyển. Xe thư viện lưu động đa phương tiện thực hiện 236 "
      "chuyến phục vụ tại 168 điểm trường vùng sâu, vùng đồng bào Khmer.",
      SM("đến 312 điểm", "312", ["11", "86", "142", "73"]),
      SH("(chiếm 45,51%)", "142", "312", "45,51"),
      RT("252,8 bản/lượt", "284.650", "1.126", "252,8", "plain"))
    L("Tổ chức 58 cuộc triển lãm, trưng bày sách (trong đó 21 cuộc trực tuyến, 42 cuộc trưng bày tại cơ sở); 14 cuộc "
      "thi tìm hiểu, kể chuyện theo sách, thi Đại sứ Văn hóa đọc với 186.412 lượt học sinh tham gia, bình quân 13.315 "
      "lượt/cuộc thi; hằng năm tổ chức Ngày Sách và Văn hóa đọc Việt Nam (21/4), thu hút tổng cộng 28.640 lượt người "
      "qua 05 năm, bình quân 5.728 lượt/năm.",
      AM("Tổ chức 58 cuộc", "sum", "58",
         "21 + 42 = 63 > 58: some exhibitions may have been both online and on site (overlap) or a figure is wrong."),
      RT("13.315 lượt/cuộc thi", "186.412", "14", "13.315", "plain"),
      RT("5.728 lượt/năm", "28.640", "5", "5.728", "plain", implicit=("5",), note="Five years."))
    L("5. Bồi dưỡng nghiệp vụ, hướng dẫn thư viện cơ sở")
    L("Mở 24 lớp tập huấn nghiệp vụ cho 1.386 lượt cán bộ thư viện cấp huyện, cấp xã, trường học, bình quân 57,75 "
      "lượt/lớp; kiểm tra, hướng dẫn nghiệp vụ tại 11/11 thư viện huyện và 64/86 thư viện, phòng đọc cấp xã, đạt 74,41%.",
      RT("57,75 lượt/lớp", "1.386", "24", "57,75", "plain"),
      FR("11/11 thư viện huyện", "11", "11", whole="11"),
      FR("64/86 thư viện, phòng đọc cấp xã, đạt 74,41%", "64", "86", v="rounding", whole="86", pct="74,41",
         note="Truncated."))
    L("6. Kinh phí hoạt động")
    L("Tổng kinh phí hoạt động giai đoạn 2021 - 2025 là 48,65 tỷ đồng, trong đó chi thường xuyên 39,82 tỷ đồng (chiếm "
      "81,85%), chi sự nghiệp có mục tiêu cho bổ sung sách và thư viện số 6,18 tỷ đồng, nguồn xã hội hóa 2,65 tỷ đồng; "
      "riêng năm 2025 ước 10,74 tỷ đồng, chiếm 22,08% kinh phí cả giai đoạn.",
      SM("là 48,65 tỷ đồng", "48,65", ["39,82", "6,18", "2,65"]),
      SH("81,85%", "39,82", "48,65", "81,85", note="81,8499...% -> 81,85."),
      SH("chiếm 22,08%", "10,74", "48,65", "22,08"))
    L("III. ĐÁNH GIÁ CHUNG")
    L("Sau 05 năm, Thư viện tỉnh hoàn thành 23/26 chỉ tiêu của Kế hoạch số 86/KH-UBND, đạt 88,64%; phục vụ 1.684.250 "
      "lượt bạn đọc; vốn tài liệu ước đến 31/12/2025 đạt 402.315 bản; tỷ lệ xã, phường, thị trấn có thư viện, phòng đọc đạt 78,9%, "
      "tăng 15,6% so với năm 2020 (63,3%). Các chỉ tiêu chưa đạt gồm: tỷ lệ xã có thư viện (mục tiêu 85%), số thẻ bạn "
      "đọc và số hóa tài liệu địa chí (mới đạt 2.846/3.500 tài liệu, bằng 81,31%).",
      FR("23/26 chỉ tiêu của Kế hoạch số 86/KH-UBND, đạt 88,64%", "23", "26", v="inconsistent", pct="88,64",
         note="Swapped digits (88,46 -> 88,64)."),
      RP("1.684.250", "1.684.520", "1.684.250", v="inconsistent", note="Transposed digits."),
      AM("402.315 bản", "repeat", "402.315",
         "Section II gives 399.909 copies at 30/9/2025; this is a year-end estimate (9 months added 20.666 copies, "
         "so +2.406 in Q4 is plausible) or a mistyped restatement: cannot decide."),
      RP("đạt 78,9%", "78,9", "78,9"),
      PT("tăng 15,6%", "78,9", "63,3", "15,6"),
      SH("(63,3%)", "69", "109", "63,3", note="2020: 69 of 109 communes (section I)."),
      FR("2.846/3.500 tài liệu, bằng 81,31%", "2.846", "3.500", pct="81,31"))
    L("Nguyên nhân hạn chế: kinh phí bổ sung tài liệu, số hóa còn thấp; cán bộ thư viện cấp xã chủ yếu kiêm nhiệm, "
      "thường xuyên thay đổi.")
    L("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ GIAI ĐOẠN 2026 - 2030")
    L("Phấn đấu đến năm 2030: 100% xã, phường có thư viện hoặc phòng đọc; vốn tài liệu của Thư viện tỉnh đạt 500.000 "
      "bản, tăng 25,03% so với hiện nay; số hóa toàn bộ 3.500 tài liệu địa chí; phục vụ bình quân 420.000 lượt bạn "
      "đọc/năm, gồm tại chỗ 140.000 lượt, lưu động ... lượt và trực tuyến 120.000 lượt; 100% viên chức chuyên môn "
      "được bồi dưỡng nghiệp vụ thư viện số.",
      RT("tăng 25,03%", "500.000", "399.909", "25,03", "growth", note="'hiện nay' = 399.909 copies at 30/9/2025."),
      RP("toàn bộ 3.500", "3.500", "3.500"),
      AM("420.000 lượt", "sum", "420.000", "One part is a placeholder ('...'); not decidable."))
    L("V. KIẾN NGHỊ")
    L("Đề nghị UBND tỉnh bố trí kinh phí số hóa tài liệu địa chí và đầu tư thêm 01 xe thư viện lưu động.")
    L(FN + "Số liệu giai đoạn 2016 - 2020: cấp 22.148 thẻ bạn đọc; phục vụ 1.215.300 lượt bạn đọc; luân chuyển "
      "2.191.450 lượt tài liệu; kinh phí bổ sung vốn tài liệu 6,48 tỷ đồng.",
      RP("cấp 22.148 thẻ", "22.148", "22.148"),
      RP("phục vụ 1.215.300", "1.215.300", "1.215.300"),
      RP("2.191.450 lượt", "2.191.450", "2.191.450"),
      RP("6,48 tỷ đồng", "6,48", "6,48"))
    L(FN + "Tỷ lệ tài liệu thanh lý trên tổng vốn tài liệu giai đoạn 2021 - 2025 là 3.059%; trong 64 thư viện, phòng "
      "đọc cấp xã được kiểm tra có 38 đơn vị đạt chuẩn theo Thông tư số 01/2020/TT-BVHTTDL.",
      AM("3.059%", "share", "3.059%",
         "'3.059%' is either 3059% or a mistyped 3,059% (12.233 / 399.909 = 3,059%); the format itself is ambiguous."),
      SB("38 đơn vị", "38", "64"))
    return d



def main():
    drafts = [d22_01(), d22_02(), d22_03(), d22_04()]
    os.makedirs(OUT, exist_ok=True)
    rows, total_kv = [], Counter()
    per_draft_kv = {}
    for d in drafts:
        d.check_inputs()
        txt = d.text()
        fn = d.name + ".txt"
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
            f.write(txt)
        labels = d.labels()
        with open(os.path.join(OUT, d.name + ".labels.json"), "w", encoding="utf-8") as f:
            json.dump(OrderedDict(file=fn, claims=labels), f, ensure_ascii=False, indent=1)
            f.write("\n")
        # re-read what was written and verify every anchor against its line
        with open(os.path.join(OUT, fn), encoding="utf-8") as f:
            lines = f.read().split("\n")[:-1]
        with open(os.path.join(OUT, d.name + ".labels.json"), encoding="utf-8") as f:
            back = json.load(f)
        for c in back["claims"]:
            assert lines[c["line"] - 1].count(c["anchor"]) == 1, (fn, c)
        vc = Counter(c["verdict"] for c in labels)
        kv = Counter((c["kind"], c["verdict"]) for c in labels)
        per_draft_kv[d.name] = kv
        total_kv.update(kv)
        rows.append((d.name, d.office, d.subject, len(txt), len(lines), len(labels), vc))
    write_summary(rows, total_kv, per_draft_kv)
    for r in rows:
        print(r[0], "chars", r[3], "lines", r[4], "claims", r[5], dict(r[6]))
    tv = Counter()
    for r in rows:
        tv.update(r[6])
    print("TOTAL drafts", len(rows), "claims", sum(r[5] for r in rows), dict(tv))


def kv_table(kv):
    out = ["| kind | " + " | ".join(VERDICTS) + " | total |", "|---|" + "---:|" * (len(VERDICTS) + 1)]
    for k in KINDS:
        vals = [kv.get((k, v), 0) for v in VERDICTS]
        if sum(vals):
            out.append(f"| {k} | " + " | ".join(str(x) for x in vals) + f" | {sum(vals)} |")
    tot = [sum(kv.get((k, v), 0) for k in KINDS) for v in VERDICTS]
    out.append("| **total** | " + " | ".join(str(x) for x in tot) + f" | {sum(tot)} |")
    return out


def write_summary(rows, total_kv, per_draft_kv):
    o = ["# dev22 — Vietnamese report drafts with labelled numeric claims", "",
         "Generated by `make.py` (do not edit by hand). Characters = Unicode characters of the .txt file",
         "including newlines; lines = paragraphs (one per line, footnotes last, starting with `[\\uFFFD]`).", "",
         "| draft | office | subject | characters | lines | claims | consistent | rounding | inconsistent | ambiguous |",
         "|---|---|---|---:|---:|---:|---:|---:|---:|---:|"]
    tot = Counter()
    for name, office, subject, ch, ln, ncl, vc in rows:
        o.append(f"| {name} | {office} | {subject} | {ch} | {ln} | {ncl} | " +
                 " | ".join(str(vc.get(v, 0)) for v in VERDICTS) + " |")
        tot.update(vc)
        tot["_ch"] += ch
        tot["_ln"] += ln
        tot["_cl"] += ncl
    o.append(f"| **total** | | | {tot['_ch']} | {tot['_ln']} | {tot['_cl']} | " +
             " | ".join(str(tot.get(v, 0)) for v in VERDICTS) + " |")
    o += ["", "## Kind × verdict (all drafts)", ""] + kv_table(total_kv)
    for name, *_ in rows:
        o += ["", f"### {name}", ""] + kv_table(per_draft_kv[name])
    o.append("")
    with open(os.path.join(HERE, "SUMMARY.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(o))


if __name__ == "__main__":
    main()
