#!/usr/bin/env python3
"""Generator of the dev15 prose evaluation set.

Writes prose/<name>.txt (one paragraph per line, footnotes last, each footnote line
starting with "[" U+FFFD "]") and prose/<name>.labels.json for four Vietnamese report
drafts, then SUMMARY.md with the per-draft and kind x verdict tables.

Every total, share, ratio, difference and expected value is computed here with
decimal.Decimal and ROUND_HALF_UP; the labels do not depend on the checking tool.
Standard library only.
"""
import json
import os
import re
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP, ROUND_DOWN, getcontext

getcontext().prec = 40
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "prose")
FN = "[\ufffd] "

KINDS = ["sum", "subset", "share", "fraction", "difference", "points", "ratio", "repeat", "term"]
VERDICTS = ["consistent", "rounding", "inconsistent", "ambiguous"]


# ---------------------------------------------------------------- numbers
def q(x, p):
    """Round half up to p decimals."""
    return D(x).quantize(D(1).scaleb(-p), rounding=ROUND_HALF_UP)


def qt(x, p):
    """Truncate to p decimals (what a careless draft writes)."""
    return D(x).quantize(D(1).scaleb(-p), rounding=ROUND_DOWN)


def fmt(x, p=0):
    """vi-VN: dot thousands, comma decimals."""
    x = q(D(x), p)
    neg = x < 0
    s = f"{abs(x):.{p}f}"
    ip, _, fp = s.partition(".")
    ip = f"{int(ip):,}".replace(",", ".")
    return ("-" if neg else "") + ip + ("," + fp if p else "")


def fa(x):
    """Format with the decimals the value carries."""
    x = D(x)
    p = max(0, -x.as_tuple().exponent)
    return fmt(x, p)


def z(x):
    """Counts under 10 with a leading zero."""
    x = D(x)
    return f"0{int(x)}" if 0 <= x < 10 and x == int(x) else fa(x)


# ---------------------------------------------------------------- drafts
class Draft:
    def __init__(self, name, kind):
        self.name = name
        self.kind = kind
        self.lines = []
        self.pend = []
        self.claims = []
        self.keys = {}

    # -- paragraphs
    def p(self, text, key=None):
        ln = len(self.lines) + 1
        if key:
            assert key not in self.keys, key
            self.keys[key] = ln
        for c in self.pend:
            c["line"] = ln
            self.claims.append(c)
        self.pend = []
        self.lines.append(text)

    def fn(self, text, key=None):
        self.p(FN + text, key)

    def resolve(self):
        """Replace @key in notes by the line number of that paragraph."""
        def sub(m):
            return f"line {self.keys[m.group(1)]}"
        for c in self.claims:
            c["note"] = re.sub(r"@(\w+)", sub, c["note"])

    # -- raw claim
    def c(self, kind, anchor, verdict="consistent", note="", right=None):
        assert kind in KINDS, kind
        assert verdict in VERDICTS, verdict
        if verdict in ("rounding", "inconsistent"):
            assert right, anchor
        else:
            assert right is None, anchor
        cl = {"line": None, "anchor": anchor, "kind": kind, "verdict": verdict}
        if right is not None:
            cl["right"] = right
        cl["note"] = note
        self.pend.append(cl)
        return anchor

    # -- a computed value written at p decimals
    def num(self, kind, exact, tpl, p=2, v="consistent", st=None, calc="", unit="%",
            note=None, extra="", runit=None):
        exact = D(exact)
        r = q(exact, p)
        if v == "consistent":
            sv = r
        elif v == "rounding":
            sv = qt(exact, p)
            assert sv != r and r - sv == D(1).scaleb(-p), (tpl, exact)
        elif v == "inconsistent":
            sv = D(st)
            assert q(sv, p) != r, (tpl, st, r)
        else:
            sv = D(st) if st is not None else r
        anchor = tpl.format(fmt(sv, p))
        if note is None:
            note = f"{calc} = {fmt(exact, 4)}{unit} → {fmt(r, p)}{unit}"
            if v == "rounding":
                note += f"; stated {fmt(sv, p)}{unit} is the truncation"
        note += extra
        runit = unit if runit is None else runit
        right = fmt(r, p) + runit if v in ("rounding", "inconsistent") else None
        return self.c(kind, anchor, v, note, right)

    def share(self, a, b, tpl="{}%", p=2, **kw):
        return self.num("share", D(a) * 100 / D(b), tpl, p,
                        calc=f"{fa(a)} / {fa(b)} × 100", **kw)

    def pct_of(self, a, b, tpl, p=2, **kw):
        """a / b × 100 (đạt, bằng … % kế hoạch / cùng kỳ)."""
        return self.num("ratio", D(a) * 100 / D(b), tpl, p,
                        calc=f"{fa(a)} / {fa(b)} × 100", **kw)

    def growth(self, a, b, tpl, p=2, **kw):
        """a / b × 100 − 100 (tăng, vượt … %)."""
        return self.num("ratio", D(a) * 100 / D(b) - 100, tpl, p,
                        calc=f"{fa(a)} / {fa(b)} × 100 − 100", **kw)

    def drop(self, a, b, tpl, p=2, **kw):
        """100 − a / b × 100 (giảm … %)."""
        return self.num("ratio", 100 - D(a) * 100 / D(b), tpl, p,
                        calc=f"100 − {fa(a)} / {fa(b)} × 100", **kw)

    def times(self, a, b, tpl, p=1, **kw):
        """a / b (gấp … lần)."""
        return self.num("ratio", D(a) / D(b), tpl, p, unit="",
                        calc=f"{fa(a)} / {fa(b)}", **kw)

    def avg(self, a, b, tpl, p=0, **kw):
        """bình quân a / b."""
        return self.num("ratio", D(a) / D(b), tpl, p, unit="",
                        calc=f"bình quân {fa(a)} / {fa(b)}", **kw)

    def points(self, s1, s0, tpl, p=2, **kw):
        s1, s0 = D(s1), D(s0)
        rel = s1 * 100 / s0 - 100
        extra = kw.pop("extra", "")
        extra = f" (points reading; relative reading would be {fmt(rel, 2)}%)" + extra
        runit = "%" if tpl.endswith("%") else ""
        return self.num("points", s1 - s0, tpl, p, unit="", runit=runit,
                        calc=f"{fa(s1)} − {fa(s0)}", extra=extra, **kw)

    def total(self, parts, tpl, v="consistent", st=None, f=fa, signs=None, extra="",
              kind="sum", note=None):
        signs = signs or [1] * len(parts)
        tot = sum(D(x) * s for x, s in zip(parts, signs))
        if v == "consistent":
            sv = tot
        elif v == "inconsistent":
            sv = D(st)
            assert sv != tot
        else:
            sv = D(st) if st is not None else tot
        calc = ""
        for i, (x, s) in enumerate(zip(parts, signs)):
            calc += (("" if i == 0 else " + ") if s > 0 else " − ") + fa(x)
        anchor = tpl.format(f(sv))
        if note is None:
            note = f"{calc} = {fa(tot)}"
            if v != "consistent":
                note += f"; stated {f(sv)}"
        note += extra
        right = f(tot) if v == "inconsistent" else None
        return self.c(kind, anchor, v, note, right)

    def diff(self, cur, prev, tpl, v="consistent", sw=None, sval=None, f=fa, extra="",
             note=None):
        dd = D(cur) - D(prev)
        w = "tăng" if dd > 0 else "giảm"
        word = sw or w
        val = D(sval) if sval is not None else abs(dd)
        if v == "consistent":
            assert word == w and val == abs(dd), tpl
        if v == "inconsistent":
            assert word != w or val != abs(dd), tpl
        anchor = tpl.format(w=word, v=f(val))
        if note is None:
            note = f"{fa(cur)} − {fa(prev)} = {fa(dd)} → {w} {f(abs(dd))}"
        note += extra
        right = f"{w} {f(abs(dd))}" if v == "inconsistent" else None
        return self.c("difference", anchor, v, note, right)


# ================================================================ draft 1
def draft1():
    d = Draft("d15-01-hoi-lam-vuon-tinh", "term congress report (nhiệm kỳ 2020 - 2025)")
    P = d.p
    P("HỘI LÀM VƯỜN TỈNH HÒA GIANG")
    P("BAN CHẤP HÀNH KHÓA IV")
    P("Số: 15-BC/HLV")
    P("Hòa Giang, ngày ... tháng 8 năm 2025")
    P("BÁO CÁO CHÍNH TRỊ")
    P("của Ban Chấp hành Hội Làm vườn tỉnh khóa IV trình Đại hội đại biểu Hội Làm vườn tỉnh lần thứ V, nhiệm kỳ 2025 - 2030")
    P("Phần thứ nhất. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI LẦN THỨ IV, NHIỆM KỲ 2020 - 2025")

    a = d.c("fraction", "10/12 chỉ tiêu",
            note="10 đạt và vượt + hai (2) đạt trên 90% = 12 chỉ tiêu chủ yếu stated in the same paragraph")
    P("Đại hội đại biểu Hội Làm vườn tỉnh lần thứ IV (ngày 18/9/2020) đề ra 03 khâu đột phá và 12 chỉ tiêu chủ yếu. "
      "Hai năm đầu nhiệm kỳ chịu tác động nặng nề của dịch Covid-19, giá phân bón, vật tư tăng cao, đầu ra nông sản "
      f"bấp bênh; Ban Chấp hành đã cụ thể hóa Nghị quyết bằng 05 chương trình công tác toàn khóa. Đến ngày 30/6/2025 có {a} "
      "đạt và vượt, hai chỉ tiêu còn lại đạt trên 90% kế hoạch.", key="intro")
    P("I. KẾT QUẢ ĐẠT ĐƯỢC")
    P("1. Xây dựng tổ chức Hội, phát triển hội viên")

    a = d.total([118, 13], "{} hội cơ sở")
    b = d.diff(131, 124, "{w} {v} hội cơ sở", f=z)
    c = d.diff(31, 27, "{w} {v} câu lạc bộ", v="inconsistent", sw="giảm", f=z,
               extra="; the count rose from 27 to 31 (sign slip)")
    P(f"Đến ngày 30/6/2025, Hội có 09 hội cấp huyện, {a} (gồm 118 hội cấp xã, phường, thị trấn và 13 hội trong cơ quan, "
      f"trường học, doanh nghiệp), {b} so với đầu nhiệm kỳ (124 hội); 452 chi hội và 31 câu lạc bộ làm vườn, trang trại, "
      f"{c} so với năm 2020 (27 câu lạc bộ).", key="org")

    a = d.share(8, 31, "({}%)")
    b = d.total([31, 5, 4], "còn {} ủy viên", signs=[1, -1, 1], extra=" (bổ sung 'bốn' written in words)")
    e = d.c("fraction", "09/09 hội cấp huyện", note="09 hội cấp huyện stated on @org; 9 = 9")
    f = d.c("fraction", "128/131 hội cơ sở", note="denominator 131 = 118 + 13 hội cơ sở (@org)")
    g = d.share(128, 131, "đạt {}%")
    P(f"Ban Chấp hành khóa IV được bầu 31 ủy viên, trong đó nữ 08 đồng chí {a}; Ban Thường vụ 09 ủy viên. Trong nhiệm kỳ "
      f"có 05 ủy viên nghỉ hưu, chuyển công tác, Ban Chấp hành bầu bổ sung bốn ủy viên, đến nay {b}. Chuẩn bị đại hội nhiệm "
      f"kỳ mới, {e} và {f} đã tổ chức xong đại hội, {g} số hội cơ sở.")

    a = d.diff(18642, 16325, "{w} {v} người")
    b = d.pct_of(18642, 18000, "đạt {}%", v="rounding")
    c = d.share(6915, 18642, "chiếm {}%")
    e = d.share(1208, 18642, "chiếm {}%", v="inconsistent", st=q(D(1208) * 100 / 16325, 2),
                extra="; stated value = 1.208 / 16.325 (đầu nhiệm kỳ) × 100 = 7,40: wrong base")
    f = d.c("subset", "7.934 người", note="trong đó: 7.934 ≤ 18.642 hội viên (age is another dimension)")
    P(f"Tổng số hội viên là 18.642 người, {a} so với đầu nhiệm kỳ (16.325 người), {b} chỉ tiêu Đại hội giao (18.000 hội "
      f"viên). Trong đó: nữ 6.915 người, {c}; người dân tộc thiểu số 1.208 người, {e}; hội viên từ 60 tuổi trở lên {f}.",
      key="mem")

    assert 16325 + 4126 - 1809 == 18642
    a = d.c("sum", "giảm 1.809 hội viên", note="16.325 + 4.126 − 1.809 = 18.642 = hội viên đến 30/6/2025 (@mem)")
    b = d.total([11476, 1052, 3865, 2249], "cộng {} người")
    P(f"Trong 5 năm, các cấp Hội kết nạp 4.126 hội viên mới; {a} do chuyển đi, già yếu, từ trần hoặc xin ra Hội. Phân theo "
      f"lĩnh vực hoạt động chính, hội viên gồm 11.476 hộ làm vườn gia đình, 1.052 chủ trang trại, 3.865 thành viên tổ hợp "
      f"tác, hợp tác xã và 2.249 người hoạt động khác, {b}.", key="flow")

    a = d.total([287, 141, 24], "trong {} chi hội")
    b = d.share(287, 452, "chiếm {}%", v="rounding")
    c = d.share(141, 452, "({}%)")
    e = d.share(24, 452, "({}%)")
    f = d.points(q(D(287) * 100 / 452, 2), D("58.80"), "tăng {}%", p=1)
    t = d.c("term", "so với năm 2020", note="a term review compares with 2020, the first year of the 2020 - 2025 term: "
            "right base year")
    g = d.c("share", "79,3%", "ambiguous",
            note="96 hội vững mạnh: base not stated; 96/131 = 73,28%, 96/118 = 81,36%; 79,3% fits a base of about 121 hội "
                 "được đánh giá, a figure the text never gives")
    P(f"Kết quả đánh giá năm 2024: {a} có 287 chi hội vững mạnh, {b}; 141 chi hội khá {c}; 24 chi hội trung bình {e}; "
      f"không có chi hội yếu kém. Tỷ lệ chi hội vững mạnh {f} {t} (58,80%). Ở cấp cơ sở, có 96 hội được đánh giá "
      f"vững mạnh, đạt tỷ lệ {g}.", key="cls")
    P("2. Tuyên truyền, tập huấn, chuyển giao tiến bộ kỹ thuật")

    a = d.total([142, 97, 118, 29], "{} lớp tập huấn")
    b = d.growth(386, 300, "vượt {}%")
    c = d.share(15038, 21470, "chiếm {}%")
    e = d.avg(21470, 386, "{} lượt người/lớp")
    P(f"Các cấp Hội phối hợp mở {a}, {b} chỉ tiêu nhiệm kỳ (300 lớp), với 21.470 lượt hội viên, nông dân tham dự (hội "
      f"viên 15.038 lượt, {c}); cụ thể: sản xuất theo tiêu chuẩn VietGAP 142 lớp, cải tạo vườn tạp 97 lớp, quản lý dịch hại "
      f"tổng hợp (IPM) 118 lớp, ứng dụng công nghệ cao, tưới tiết kiệm 29 lớp. Bình quân {e}.")
    P("Hội tổ chức 64 chuyến tham quan mô hình cho 2.135 lượt người; phát hành 24 số Bản tin Làm vườn (750 bản/số); phối "
      "hợp với Báo Hòa Giang duy trì chuyên mục “Nhà vườn” với 118 tin, bài; 05 hội thi “Nhà vườn giỏi” cấp huyện được tổ "
      "chức theo Kế hoạch số 21-KH/HLV ngày 12/3/2023.")
    P("3. Phát triển kinh tế vườn, trang trại")

    a = d.total([15230, 4905, 1175, 3550], "{} ha")
    b = d.diff(24860, 21445, "{w} {v} ha")
    t = d.c("term", "so với năm 2020", note="21.445 ha is the 2020 (đầu nhiệm kỳ) figure, as footnote @fn2020 confirms")
    c = d.share(15230, 24860, "chiếm {}%")
    P(f"Năm 2025, diện tích vườn của hội viên đạt {a}, {b} {t} (21.445 ha); chia ra: cây ăn quả 15.230 ha, "
      f"{c}; rau màu 4.905 ha; hoa, cây cảnh 1.175 ha; cây dược liệu 3.550 ha.", key="area")

    a = d.pct_of(2146, 2000, "đạt {}%", p=1)
    b = d.times(58, 20, "gấp {} lần")
    P(f"Diện tích được cấp chứng nhận VietGAP, GlobalGAP, hữu cơ là 2.146 ha, {a} chỉ tiêu (2.000 ha); 58 mã số vùng trồng "
      f"phục vụ xuất khẩu được cấp, {b} năm 2020 (20 mã số).", key="gap")

    a = d.times(1364, 842, "gấp {} lần")
    b = d.c("subset", "405 mô hình có", note="405 ≤ 1.364 mô hình (income threshold subset)")
    c = d.c("subset", "có 76 mô hình",
            note="nested thresholds: trên 01 tỷ (76) ⊂ từ 500 triệu (405) ⊂ 1.364; not additive")
    e = d.c("share", "chiếm 23,9%", "ambiguous",
            note="4.350 hộ: base not stated; 4.350 / 18.642 hội viên = 23,33%; the number of member households is not given")
    P(f"Toàn tỉnh có 1.364 mô hình vườn mẫu, trang trại đạt chuẩn, {a} đầu nhiệm kỳ (842 mô hình); trong đó {b} thu nhập "
      f"từ 500 triệu đồng/năm trở lên, riêng loại trên 01 tỷ đồng/năm {c}. Có 4.350 hộ được công nhận “Hộ làm vườn giỏi” "
      f"các cấp, {e}.", key="model")

    a = d.diff(148, 121, "{w} {v} triệu đồng", v="inconsistent", sval=36,
               extra="; stated 36 = 148 − 112 (the base year value written 121 here; transposed digits)")
    b = d.times(3742, 2581, "bằng {} lần", p=2)
    P(f"Thu nhập bình quân trên 01 ha vườn đạt 148 triệu đồng/năm, {a} so với năm 2020 (121 triệu đồng); giá trị sản phẩm "
      f"hàng hóa từ vườn năm 2024 ước đạt 3.742 tỷ đồng, {b} năm 2020 (2.581 tỷ đồng).")

    a = d.total([38, 9], "{} sản phẩm OCOP", v="inconsistent", st=74, extra=" (47 typed as 74, transposed)")
    b = d.c("sum", "12.380 người", "ambiguous",
            note="trong đó 6.870 + 3.420 + 1.960 + 1.215 = 13.465 > 12.380; a member may join several chains, "
                 "so the parts may overlap: cannot tell")
    P(f"Hội viên là chủ thể của {a} (38 sản phẩm 3 sao, 09 sản phẩm 4 sao). Số hội viên tham gia chuỗi liên kết sản xuất, "
      f"tiêu thụ là {b}, trong đó: cây ăn quả 6.870, rau an toàn 3.420, dược liệu 1.960, hoa - cây cảnh 1.215.")
    P("4. Quỹ Hỗ trợ hội viên; tham gia xây dựng nông thôn mới")

    a = d.diff(6850, 4720, "{w} {v} triệu đồng")
    b = d.c("term", "cuối nhiệm kỳ 2010 - 2015", "inconsistent", right="nhiệm kỳ 2015 - 2020",
            note="the 4.720 triệu đồng base is the fund at the start of the 2020 - 2025 term, i.e. the end of the "
                 "2015 - 2020 term; 2010 - 2015 is two terms back")
    c = d.share(5964, 6850, "bằng {}%", v="rounding")
    P(f"Quỹ Hỗ trợ hội viên đến 30/6/2025 có 6.850 triệu đồng, {a} so với {b} (4.720 triệu đồng). Quỹ đã cho 512 lượt "
      f"hội viên vay; dư nợ hiện nay 5.964 triệu đồng, {c} tổng nguồn quỹ.", key="fund")

    a = d.c("fraction", "37/118 xã", note="denominator 118 = hội cấp xã, phường, thị trấn (@org); 37 ≤ 118")
    P("Hội viên hiến 38.500 m² đất, đóng góp 4.210 ngày công và 2,6 tỷ đồng làm đường giao thông nội đồng; 1.126 vườn hộ "
      f"được công nhận đạt tiêu chí vườn mẫu theo Quyết định số 18/2022/QĐ-UBND; {a}, phường có hội cơ sở có mô hình khu "
      "dân cư kiểu mẫu gắn với vườn mẫu.")
    P("5. Thi đua, khen thưởng")

    a = d.total([20, 42, 67, 1157], "{} lượt", v="inconsistent", st=1266,
                extra=" (the 20 Bằng khen of the Ministry left out of the total)")
    b = d.c("subset", "214 lượt", note="trong đó 214 ≤ 1.286 (also ≤ stated 1.266)")
    P(f"Trong nhiệm kỳ, có {a} tập thể, cá nhân được khen thưởng, gồm: 20 Bằng khen của Bộ Nông nghiệp và Phát triển "
      "nông thôn, 42 Bằng khen của Trung ương Hội Làm vườn Việt Nam, 67 Bằng khen của UBND tỉnh và 1.157 Giấy khen của "
      f"Hội tỉnh; trong đó khen thưởng chuyên đề {b}.")
    P("II. ĐÁNH GIÁ CHUNG")

    a = d.c("repeat", "10/12 chỉ tiêu", note="same as @intro (10/12)")
    b = d.c("repeat", "18.462 người", "inconsistent", right="18.642",
            note="hội viên 30/6/2025 is 18.642 on @mem and @flow; 18.462 swaps two digits")
    c = d.c("repeat", "vườn 24.860 ha", note="same as @area")
    e = d.c("repeat", "2,146 ha", "ambiguous",
            note="@gap writes 2.146 ha; '2,146' read in vi-VN is 2,146 ha (a different value), read with an English "
                 "separator it is 2.146: cannot tell which was meant")
    f = d.c("repeat", "6.850 triệu đồng", note="same as @fund")
    g = d.c("repeat", "còn 24 chi hội", note="same as @cls (24 chi hội trung bình)")
    h = d.c("repeat", "mới đạt 11,8%", note="same as footnote @fn90 (thực hiện 11,8%)")
    P(f"Nhìn chung, nhiệm kỳ 2020 - 2025 Hội đạt và vượt {a} Nghị quyết; tổng số hội viên {b}, diện tích {c}, diện tích "
      f"được chứng nhận VietGAP, hữu cơ {e}, Quỹ Hỗ trợ hội viên {f}. Hạn chế: {g} xếp loại trung bình; tỷ lệ hội viên "
      f"dưới 40 tuổi {h}; liên kết tiêu thụ còn lỏng lẻo.")
    P("Nguyên nhân của kết quả là sự quan tâm lãnh đạo của Tỉnh ủy, UBND tỉnh và Trung ương Hội; sự phối hợp của ngành "
      "nông nghiệp, Hội Nông dân tỉnh và chính quyền các cấp; tinh thần tự nguyện của đội ngũ cán bộ Hội, phần lớn là cán "
      "bộ hưu trí có kinh nghiệm. Hạn chế chủ yếu do nguồn lực của Hội còn mỏng, kinh phí phụ thuộc hội phí và hỗ trợ của "
      "ngân sách; một số hội cơ sở chưa có nơi sinh hoạt ổn định. Bài học kinh nghiệm: một là, bám sát Nghị quyết Đại hội "
      "để cụ thể hóa thành kế hoạch hằng năm; hai là, lấy mô hình vườn mẫu làm hạt nhân vận động hội viên; ba là, chủ động "
      "phối hợp với doanh nghiệp trong liên kết tiêu thụ sản phẩm.")
    P("Phần thứ hai. PHƯƠNG HƯỚNG, MỤC TIÊU NHIỆM KỲ 2025 - 2030")

    a = d.diff(21000, 18642, "{w} {v} người")
    b = d.c("term", "so với nhiệm kỳ 2020 - 2025",
            note="target for 2025 - 2030 compared with the end of the previous term 2020 - 2025: right term")
    c = d.times(3000, 2146, "gấp {} lần")
    e = d.growth(10000, 6850, "tăng {}%", p=0)
    P(f"Phấn đấu đến năm 2030: tổng số hội viên đạt 21.000 người, {a} {b}; 100% hội cơ sở và 70% chi hội có mô hình "
      f"vườn mẫu; diện tích được chứng nhận VietGAP, hữu cơ đạt 3.000 ha, {c} hiện nay; Quỹ Hỗ trợ hội viên đạt 10.000 "
      f"triệu đồng, {e} so với ngày 30/6/2025.")
    P("Kết nạp mới bình quân mỗi năm từ 900 hội viên trở lên; mỗi hội cơ sở có ít nhất 01 câu lạc bộ hoặc tổ hợp tác; "
      "đào tạo, tập huấn ... lượt hội viên (chỉ tiêu cụ thể tại Phụ lục 02); phấn đấu 100% hội cấp huyện xếp loại vững mạnh.")

    a = d.total([5, 6, 2], "có {} hội")
    d.fn(f"Khối cơ quan, trường học, doanh nghiệp {a}, gồm 05 hội ở trường học, 06 hội ở cơ quan và 02 hội ở doanh nghiệp, "
         "với 612 hội viên.")
    a = d.pct_of(D("11.8"), 12, "đạt {}%", p=1)
    b = d.pct_of(138, 150, "đạt {}%", p=0)
    d.fn(f"Hai chỉ tiêu đạt trên 90%: tỷ lệ hội viên dưới 40 tuổi (kế hoạch 12%, thực hiện 11,8%, {a}) và số mô hình liên "
         f"kết chuỗi (kế hoạch 150, thực hiện 138, {b}).", key="fn90")
    a = d.c("repeat", "14.870 ha", "ambiguous",
            note="@area gives cây ăn quả 15.230 ha for 2025; this district review is undated, so it may be an earlier "
                 "period: cannot tell whether it contradicts")
    d.fn(f"Theo số liệu rà soát của các hội cấp huyện, diện tích cây ăn quả của hội viên là {a}.")
    a = d.c("repeat", "16.325 hội viên", note="same as @mem (đầu nhiệm kỳ)")
    b = d.c("repeat", "124 hội cơ sở", note="same as @org (đầu nhiệm kỳ 124 hội)")
    c = d.c("repeat", "842 mô hình", note="same as @model")
    e = d.c("repeat", "21.445 ha", note="same as @area (năm 2020)")
    d.fn(f"Số liệu đầu nhiệm kỳ (năm 2020): {a}, {b}, {c} vườn mẫu, trang trại đạt chuẩn, {e} vườn.", key="fn2020")
    return d


# ================================================================ draft 2
def draft2():
    d = Draft("d15-02-hoi-dong-y-tinh", "annual report (năm 2024)")
    P = d.p
    P("HỘI ĐÔNG Y TỈNH ĐÔNG LÂM")
    P("Số: 32/BC-HĐY")
    P("Đông Lâm, ngày 16 tháng 12 năm 2024")
    P("BÁO CÁO")
    P("Tổng kết công tác Hội năm 2024, phương hướng nhiệm vụ năm 2025")
    P("Căn cứ Điều lệ Hội Đông y Việt Nam; thực hiện Chương trình công tác số 05/CTr-HĐY ngày 15/01/2024 và Công văn số "
      "118/HĐYVN ngày ... của Trung ương Hội, Ban Thường vụ Hội Đông y tỉnh báo cáo kết quả công tác năm 2024 (số liệu "
      "đến ngày 30/11/2024, ước thực hiện đến 31/12/2024) như sau:")
    P("I. CÔNG TÁC TỔ CHỨC, PHÁT TRIỂN HỘI VIÊN")

    a = d.total([130, 6, 2], "{} chi hội cơ sở", signs=[1, 1, -1],
                note="130 (năm 2023) + 06 thành lập − 02 sáp nhập, giải thể = 134")
    b = d.diff(134, 130, "{w} {v} chi hội", f=z)
    t = d.c("term", "so với năm 2023", note="annual report for 2024 compares with 2023 (130 chi hội at end of 2023): right year")
    c = d.c("share", "bằng 45%", "ambiguous",
            note="58 chi hội vững mạnh: 58/134 = 43,28% → 43%; 58/130 = 44,62% → 45%; 58/128 (without the 06 chi hội "
                 "set up in the year, possibly not yet rated) = 45,31% → 45%: the base is not stated")
    e = d.c("fraction", "128/130 chi hội", "ambiguous",
            note="denominator 130 is the 2023 count; the report gives 134 chi hội now and no period for this figure")
    P(f"Hội hiện có 11 hội Đông y cấp huyện và {a}; trong năm thành lập mới 06 chi hội, sáp nhập, giải thể 02 chi hội do "
      f"sắp xếp đơn vị hành chính cấp xã, nên số chi hội {b} {t} (130 chi hội). Có 58 chi hội đạt tiêu chuẩn "
      f"vững mạnh, {c}; {e} duy trì sinh hoạt định kỳ hằng quý.", key="org")

    a = d.total([1128, 694, 342, 1322], "{} người")
    b = d.diff(3486, 3312, "{w} {v} người")
    c = d.growth(3486, 3312, "tăng {}%")
    e = d.share(1128, 3486, "({}%)", v="rounding")
    f = d.share(694, 3486, "({}%)")
    g = d.share(342, 3486, "({}%)", v="inconsistent", st=D("9.18"), extra=" (9,81 typed as 9,18)")
    h = d.share(1322, 3486, "({}%)")
    P(f"Tổng số hội viên đến 30/11/2024 là {a} (năm 2023: 3.312 người), {b}, tương ứng {c}. Chia theo chuyên môn: lương y "
      f"1.128 người {e}; y sĩ, bác sĩ y học cổ truyền 694 người {f}; dược sĩ, lương dược 342 người {g}; hội viên tán "
      f"thành 1.322 người {h}.", key="mem")

    a = d.share(1904, 3486, "chiếm {}%")
    b = d.points(q(D(1904) * 100 / 3486, 2), D("52.43"), "tăng {}%", v="inconsistent", st=D("2.91"),
                 extra="; stated 2,91 swaps the digits of 2,19")
    c = d.c("subset", "412 người", note="trong đó 412 ≤ 3.486")
    e = d.c("subset", "1.215 người", note="trong đó 1.215 ≤ 3.486")
    assert 3312 + 231 - 57 == 3486
    f = d.c("sum", "giảm 57 người", note="3.312 + 231 kết nạp − 57 giảm = 3.486 (@mem)")
    g = d.pct_of(596, 800, "đạt {}%", p=1)
    P(f"Hội viên nữ 1.904 người, {a}, {b} so với năm 2023 (52,43%); hội viên người dân tộc thiểu số {c}; từ 70 tuổi trở "
      f"lên {e}. Năm 2024 kết nạp 231 hội viên, {f} (chuyển đi, từ trần). Thực hiện Nghị quyết Đại hội nhiệm kỳ 2022 - 2027 "
      f"(chỉ tiêu kết nạp 800 hội viên trong 5 năm), sau 03 năm đã kết nạp 596 người, {g}.")
    P("II. HOẠT ĐỘNG CHUYÊN MÔN")
    P("1. Khám bệnh, chữa bệnh bằng y học cổ truyền")

    a = d.total([86, 7, 19, 121], "cộng {} cơ sở")
    b = d.growth(148326, 136570, "tăng {}%", v="rounding")
    c = d.c("term", "so với năm 2022", "inconsistent", right="so với năm 2023",
            note="136.570 lượt is the 2023 figure (footnote, @fn2023); a 2024 report compares with 2023")
    P(f"Mạng lưới cơ sở khám, chữa bệnh YHCT của hội viên gồm 86 phòng chẩn trị, 07 phòng khám chuyên khoa YHCT, 19 cơ sở "
      f"kinh doanh thuốc thành phẩm YHCT và 121 tủ thuốc chi hội, {a}. Năm 2024 các cơ sở đã khám cho 148.326 lượt người, "
      f"{b} {c} (136.570 lượt).", key="net")

    a = d.total([96418, 42716, 9192], "{} lượt khám")
    b = d.share(96418, 148326, "({}%)")
    c = d.share(42716, 148326, "({}%)")
    e = d.share(9192, 148326, "({}%)")
    f = d.c("subset", "12.640 lượt", note="12.640 ≤ 148.326 (beneficiary group, another dimension)")
    g = d.share(12640, 148326, "chiếm {}%", v="inconsistent", st=q(D(12640) * 100 / 136570, 2),
                extra="; stated = 12.640 / 136.570 (2023 visits) × 100: wrong base")
    h = d.diff(1896, 1682, "{w} {v} triệu đồng", v="inconsistent", sw="giảm",
               extra="; value rose from 1.682 to 1.896 (subtracted the wrong way)")
    P(f"Trong tổng số {a}: điều trị bằng thuốc 96.418 lượt {b}, châm cứu, xoa bóp, bấm huyệt 42.716 lượt {c}, phối hợp "
      f"các phương pháp khác 9.192 lượt {e}. Khám, chữa bệnh miễn phí cho người nghèo, gia đình chính sách {f}, {g} tổng "
      f"số lượt khám; trị giá 1.896 triệu đồng, {h} so với năm 2023 (1.682 triệu đồng).", key="visits")

    a = d.share(135974, 148326, "chiếm {}%")
    P(f"Số người bệnh khỏi và đỡ sau điều trị 135.974 lượt, {a} số lượt khám; các phòng chẩn trị có giường lưu điều trị "
      "ban ngày cho 2.134 lượt người, thời gian điều trị bình quân ... ngày/lượt. Trên địa bàn tỉnh có 92 phòng chẩn trị "
      "YHCT tư nhân được cấp phép (kể cả phòng chẩn trị không phải của hội viên).")
    P("2. Nuôi trồng, khai thác, chế biến dược liệu")

    a = d.total([D("208.4"), D("236.7"), D("41.4")], "{} ha,")
    b = d.diff(D("486.5"), D("434.2"), "{w} {v} ha")
    t = d.c("term", "so với năm 2023", note="434,2 ha is the 2023 area (footnote @fn2023): right year")
    c = d.share(D("41.4"), D("486.5"), "({}%)")
    e = d.c("fraction", "112/134 chi hội", note="denominator 134 = chi hội cơ sở (@org)")
    f = d.share(112, 134, "đạt {}%")
    g = d.total([134, 112], "{} chi hội còn lại", signs=[1, -1])
    P(f"Diện tích trồng dược liệu của hội viên là {a} {b} {t} (434,2 ha), trong đó: cây lâu năm 208,4 ha, cây "
      f"ngắn ngày 236,7 ha, vườn thuốc nam mẫu của chi hội 41,4 ha {c}. Có {e} xây dựng được vườn thuốc nam mẫu (186 loài "
      f"cây), {f}; {g} chưa có vườn do thiếu quỹ đất.", key="area")

    a = d.pct_of(1735, 1660, "bằng {}%", p=1)
    b = d.total([11, 3], "{} sản phẩm được công nhận OCOP")
    P(f"Sản lượng dược liệu thu hái năm 2024 đạt 1.735 tấn (tươi), {a} kế hoạch (1.660 tấn). Các cơ sở chế biến của hội "
      f"viên sản xuất 28 loại thuốc thành phẩm; {b}, gồm 11 sản phẩm 3 sao và 03 sản phẩm 4 sao.", key="yield")
    P("3. Đào tạo, bồi dưỡng, kế thừa")

    a = d.total([5, 4, 5], "{} lớp", v="inconsistent", st=9, f=z, extra=" (the 05 lớp dược liệu left out)")
    b = d.total([316, 248, 328], "{} học viên")
    c = d.times(67, 45, "gấp {} lần")
    e = d.c("fraction", "09/12 bài thuốc", note="9 ≤ 12 hồ sơ bài thuốc đề nghị")
    P(f"Năm 2024, Hội mở {a} bồi dưỡng kiến thức y học cổ truyền với {b}, gồm: 05 lớp lương y đa khoa (316 học viên), 04 "
      f"lớp châm cứu - dưỡng sinh (248 học viên) và 05 lớp dược liệu (328 học viên). Có 67 hội viên được cấp Giấy chứng "
      f"nhận lương y, {c} năm 2023 (45 người); {e} gia truyền đề nghị đã được thẩm định, công nhận.")
    P("4. Tài chính")

    a = d.total([349, 620, 298, 119], "{} triệu đồng,")
    b = d.growth(349, 328, "tăng {}%", p=1)
    c = d.share(620, 1386, "chiếm {}%")
    e = d.diff(1386, 1254, "chênh lệch thu - chi {v} triệu đồng", note="1.386 − 1.254 = 132")
    P(f"Tổng thu năm 2024 ước đạt {a} gồm: hội phí 349 triệu đồng ({b} so với năm 2023 là 328 triệu đồng), ngân sách tỉnh "
      f"hỗ trợ 620 triệu đồng ({c}), thu dịch vụ, đào tạo 298 triệu đồng, tài trợ và thu khác 119 triệu đồng. Tổng chi "
      f"1.254 triệu đồng; {e} chuyển sang năm 2025.")
    P("5. Phối hợp, tuyên truyền")
    P("Hội phối hợp với Sở Y tế, Bệnh viện Y dược cổ truyền tỉnh tổ chức 03 đợt khám bệnh, cấp thuốc miễn phí tại các xã "
      "vùng sâu, vùng xa; phối hợp Đài Phát thanh - Truyền hình tỉnh thực hiện 12 chuyên mục “Thuốc nam quanh ta”; đăng 46 "
      "tin, bài trên Trang thông tin điện tử của Hội. Triển khai Quyết định số 1893/QĐ-TTg ngày 25/12/2019 của Thủ tướng "
      "Chính phủ về Chương trình phát triển y dược cổ truyền, kết hợp y dược cổ truyền với y dược hiện đại đến năm 2030, Hội "
      "tham gia góp ý 04 dự thảo văn bản của tỉnh và cử 06 lương y tham gia Hội đồng chuyên môn thẩm định bài thuốc.")
    P("6. Thi đua, khen thưởng")

    a = d.total([2, 9, 36], "có {} tập thể, cá nhân")
    b = d.c("fraction", "10/11 hội cấp huyện", note="denominator 11 = hội Đông y cấp huyện (@org); 10 + một (1) = 11")
    P(f"Năm 2024 {a} được khen thưởng, gồm 02 Bằng khen của Trung ương Hội Đông y Việt Nam, 09 Bằng khen của UBND tỉnh và "
      f"36 Giấy khen của Hội tỉnh; {b} được xếp loại hoàn thành xuất sắc nhiệm vụ, một hội hoàn thành nhiệm vụ.")
    P("III. ĐÁNH GIÁ CHUNG")

    a = d.c("fraction", "9/10 chỉ tiêu", note="9 + 01 chưa đạt = 10 chỉ tiêu (footnote, @fnplan)")
    b = d.c("repeat", "(3.486 người)", note="same as @mem")
    c = d.c("repeat", "(486,5 ha)", note="same as @area")
    e = d.c("repeat", "148.236 lượt", "inconsistent", right="148.326",
            note="lượt khám 2024 is 148.326 on @net and @visits; 148.236 swaps two digits")
    f = d.c("ratio", "1.045%", "ambiguous",
            note="'1.045%' reads as 1.045 % in vi-VN; @yield gives 104,5% of plan: a mistyped 104,5 or a real 1.045 — "
                 "the figure cannot be parsed safely")
    P(f"Năm 2024 Hội hoàn thành {a} công tác; các chỉ tiêu về hội viên {b}, diện tích dược liệu {c} đều vượt kế hoạch; số "
      f"lượt khám, chữa bệnh đạt {e}, sản lượng dược liệu đạt {f} kế hoạch. Chỉ tiêu chưa đạt là thành lập chi hội ở các xã "
      "còn trắng. Một số chi hội sinh hoạt còn hình thức; 17 chi hội chưa thu được hội phí; việc kế thừa bài thuốc gia "
      "truyền còn chậm.")
    P("Những kết quả nổi bật: mạng lưới chi hội tiếp tục được củng cố; hoạt động khám, chữa bệnh nhân đạo được duy trì "
      "đều đặn ở cả 11 huyện, thị xã, thành phố; phong trào trồng và sử dụng thuốc nam tại gia đình lan rộng; nhiều bài "
      "thuốc, kinh nghiệm chữa bệnh của các lương y cao tuổi được sưu tầm, ghi chép lại.")
    P("Nguyên nhân của hạn chế: đa số hội viên cao tuổi, hoạt động kiêm nhiệm; kinh phí của Hội hạn hẹp; một số địa "
      "phương chưa quan tâm bố trí quỹ đất trồng cây thuốc; việc cấp giấy phép hành nghề theo Luật Khám bệnh, chữa bệnh "
      "năm 2023 còn vướng về điều kiện văn bằng, nhiều lương y lâu năm chưa đủ hồ sơ.")
    P("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025")

    a = d.total([3486, 220], "{} hội viên")
    b = d.share(220, 3486, "tăng {}%")
    c = d.growth(155000, 148326, "tăng {}%", p=1, v="rounding")
    e = d.total([D("486.5"), 30], "{} ha")
    P(f"Kết nạp 220 hội viên mới, phấn đấu đến cuối năm 2025 có {a}, {b} so với năm 2024; khám, chữa bệnh cho 155.000 "
      f"lượt người ({c}); trồng mới 30 ha dược liệu, nâng tổng diện tích lên {e}; 100% chi hội có tủ thuốc nam. Tổ chức "
      "Hội thảo khoa học “Bảo tồn và phát triển cây thuốc bản địa” (dự kiến quý III/2025) và Hội thi lương y giỏi cấp tỉnh.")
    P("V. KIẾN NGHỊ, ĐỀ XUẤT")
    a = d.c("repeat", "22 chi hội", note="same as @area (22 chi hội chưa có vườn)")
    P("Đề nghị UBND tỉnh tiếp tục hỗ trợ kinh phí hoạt động năm 2025 (dự kiến ... triệu đồng); Sở Y tế hướng dẫn thủ tục "
      f"cấp giấy phép hành nghề cho lương y theo quy định mới; UBND các huyện bố trí quỹ đất cho {a} chưa có vườn thuốc nam "
      "mẫu; Trung ương Hội mở lớp đào tạo lương y đa khoa tại tỉnh.")

    a = d.c("repeat", "3.312 hội viên", note="same as @mem (năm 2023)")
    b = d.c("repeat", "136.570 lượt khám", note="same as @net (establishes 136.570 as the 2023 figure)")
    c = d.c("repeat", "434,2 ha", note="same as @area")
    e = d.c("repeat", "1.682 triệu đồng", note="same as @visits")
    d.fn(f"Số liệu năm 2023 (Báo cáo số 41/BC-HĐY ngày 18/12/2023): {a}; {b}; {c} dược liệu; giá trị khám miễn phí {e}.",
         key="fn2023")
    a = d.c("sum", "3.486 hội viên", "ambiguous",
            note="1.420 + 1.180 + 612 + 875 = 4.087 > 3.486; activities may overlap (one member can both treat and grow): "
                 "cannot tell")
    d.fn(f"Trong tổng số {a}: tham gia khám, chữa bệnh 1.420 người, nuôi trồng dược liệu 1.180 người, đào tạo, truyền nghề "
         "612 người, kinh doanh thuốc 875 người.")
    a = d.c("repeat", "3.417 người", "ambiguous",
            note="@mem gives 3.486 at 30/11/2024; this district quick report is undated: may be an earlier cut-off")
    d.fn(f"Theo báo cáo nhanh của các hội cấp huyện, tổng số hội viên là {a}.")
    a = d.total([18, 14, 102], "{} chi hội")
    d.fn(f"Phân bổ {a}: thành phố Đông Lâm 18, thị xã Bình An 14, 09 huyện còn lại 102.")
    a = d.total([6, 4], "{} chỉ tiêu", f=fa)
    d.fn(f"Kế hoạch năm 2024 có {a}, gồm 06 chỉ tiêu về tổ chức, hội viên và 04 chỉ tiêu chuyên môn.", key="fnplan")
    return d


# ================================================================ draft 3
def draft3():
    d = Draft("d15-03-bao-phu-ha", "9-month report (9 tháng năm 2024)")
    P = d.p
    P("BÁO PHÚ HÀ")
    P("Số: 86-BC/BPH")
    P("Phú Hà, ngày 04 tháng 10 năm 2024")
    P("BÁO CÁO")
    P("Kết quả thực hiện nhiệm vụ 9 tháng đầu năm và phương hướng nhiệm vụ quý IV năm 2024")
    P("Năm 2024 là năm thứ ba thực hiện Đề án chuyển đổi số của Báo giai đoạn 2022 - 2025 (Đề án số 03-ĐA/BPH). Trong "
      "bối cảnh báo in tiếp tục giảm phát hành, giá giấy và chi phí vận chuyển tăng, các nền tảng mạng xã hội cạnh tranh "
      "gay gắt về quảng cáo, Ban Biên tập bám sát định hướng tuyên truyền của Ban Tuyên giáo Tỉnh ủy (Hướng dẫn số "
      "...-HD/BTGTU), tập trung thông tin về đại hội chi bộ, đảng bộ cơ sở nhiệm kỳ 2025 - 2027 và các công trình trọng "
      "điểm của tỉnh.")
    P("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ")
    P("1. Báo in")

    a = d.total([157, 39], "{} kỳ,")
    b = d.total([196, 130], "{} kỳ (6 tháng", signs=[1, -1], note="196 (9 tháng) − 130 (6 tháng) = 66 (quý III)")
    c = d.diff(196, 201, "{w} {v} kỳ", f=z)
    e = d.avg(1248600, 196, "{} bản/kỳ")
    f = d.drop(6370, 6894, "giảm {}%", p=1)
    g = d.share(1412, 2356, "chiếm {}%")
    P(f"Từ ngày 01/01 đến 30/9/2024, Báo xuất bản {a} {c} so với cùng kỳ (201 kỳ), gồm 157 số thường kỳ và 39 số Phú Hà "
      f"cuối tuần; riêng quý III phát hành {b} đầu năm: 130 kỳ). Tổng số bản in là 1.248.600 bản, bình quân {e}, {f} so "
      f"với cùng kỳ (6.894 bản/kỳ); 2.356 trang báo, trong đó 1.412 trang in màu, {g}.", key="print")

    a = d.share(312000, 1248600, "chiếm {}%")
    b = d.total([614200, 322400], "còn lại {} bản",
                note="614.200 + 322.400 = 936.600 = 1.248.600 − 312.000")
    P(f"Trong đó, 312.000 bản cấp không thu tiền cho thôn, bản đặc biệt khó khăn và trường học, {a}; {b} phát hành có thu "
      "(đặt mua qua bưu điện 614.200 bản, bán lẻ 322.400 bản).")
    P("Báo in duy trì 14 chuyên trang, chuyên mục cố định; mở mới chuyên mục “Chuyện làng, chuyện bản” và “Doanh nghiệp - "
      "Doanh nhân”; phát hành 02 số đặc biệt kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (07/5/1954 - 07/5/2024) và 79 năm "
      "Cách mạng Tháng Tám, Quốc khánh 02/9; phụ trương ảnh màu 08 trang về lễ hội truyền thống của tỉnh.")
    P("2. Báo điện tử và sản phẩm số")

    a = d.growth(D("38.6"), D("31.5"), "tăng {}%", p=1)
    b = d.c("term", "cùng kỳ năm 2022", "inconsistent", right="cùng kỳ năm 2023",
            note="31,5 triệu lượt is the 9-month 2023 figure (footnote, @fn2023); a 9-month 2024 report compares with 2023")
    c = d.share(D("14.2"), D("38.6"), "chiếm {}%", v="rounding")
    e = d.avg(D("38.6"), 9, "{} triệu lượt/tháng", p=2)
    f = d.total([212, 96, 41, 137], "{} sản phẩm", v="inconsistent", st=445,
                extra=" (the 41 e-magazine left out)")
    P(f"Báo Phú Hà điện tử đăng tải 8.874 tin, bài, ảnh; lượt truy cập đạt 38,6 triệu lượt, {a} so với {b} (31,5 triệu "
      f"lượt); riêng quý III 14,2 triệu lượt, {c}; bình quân {e}. Sản phẩm đa phương tiện: {f}, gồm 212 video clip, 96 "
      "podcast, 41 e-magazine và 137 infographic.", key="web")

    a = d.diff(245000, 206400, "{w} {v} người")
    t = d.c("term", "so với ngày 31/12/2023", note="followers are a stock: compared with the end of the previous year, "
            "31/12/2023; right date")
    b = d.growth(245000, 206400, "tương ứng {}%")
    c = d.times(86500, 37200, "gấp {} lần")
    e = d.c("ratio", "tăng 1.225%", "ambiguous",
            note="'1.225%' is 1.225 % in vi-VN or a mistyped 12,25 %; no base figures are given: cannot be parsed safely")
    P(f"Trên mạng xã hội, trang Facebook của Báo có 245.000 người theo dõi, {a} {t} (206.400 người), "
      f"{b}; kênh TikTok 86.500 người theo dõi, {c} cuối năm 2023 (37.200); Zalo OA 32.100 người. Lượt xem video trên các "
      f"nền tảng {e} so với cùng kỳ.")
    P("3. Nội dung thông tin")

    a = d.total([5412, 8874], "{} tin, bài, ảnh", v="inconsistent", st=14268,
                extra="; the five subject areas also sum to 14.286 (14.268 swaps two digits)")
    b = d.c("repeat", "báo điện tử 8.874", note="same as @web")
    c = d.share(2964, 14286, "({}%)", extra=" (base = 14.286, the sum of the parts)")
    e = d.share(4107, 14286, "({}%)", extra=" (base 14.286)")
    f = d.share(4386, 14286, "({}%)", extra=" (base 14.286)")
    P(f"Tổng số {a} đăng trên các ấn phẩm (báo in 5.412, {b}); chia theo lĩnh vực: chính trị, xây dựng Đảng 2.964 {c}, "
      f"kinh tế 4.107 {e}, văn hóa - xã hội 4.386 {f}, quốc phòng - an ninh 1.215, các lĩnh vực khác 1.614.")

    a = d.share(8874, 14286, "chiếm {}%", extra=" (base 14.286, the sum of the parts)")
    b = d.points(D("62.12"), D("58.82"), "tăng {}%", p=1, v="inconsistent", st=D("4.3"),
                 extra="; 4,3 is a one-digit slip for 3,3")
    c = d.diff(5412, 5730, "{w} {v} tin, bài", extra=" (5.730 = báo in cùng kỳ, footnote @fn2023)")
    e = d.c("share", "chiếm 41,6%", "ambiguous",
            note="1.962 tin, bài từ cơ sở: base not stated; 1.962/14.286 = 13,73%, 1.962/5.412 = 36,25%, "
                 "1.962/8.874 = 22,11%; none gives 41,6%")
    P(f"Tin, bài đăng trên báo điện tử {a} tổng số, {b} so với cùng kỳ (58,82%); báo in {c} so với cùng kỳ. Có 1.962 tin, "
      f"bài phản ánh trực tiếp từ cơ sở, {e}; 327 tác phẩm thuộc chuyên mục bảo vệ nền tảng tư tưởng của Đảng. Báo thực "
      "hiện 06 tuyến bài điều tra, 12 loạt phóng sự dài kỳ về giải phóng mặt bằng đường cao tốc, chuyển đổi cây trồng và "
      "an toàn thực phẩm; nhiều bài viết được các cơ quan chức năng tiếp thu, chỉ đạo xử lý.")

    a = d.growth(1186, 1036, "tăng {}%", p=1)
    b = d.c("subset", "742 đơn, thư", note="742 ≤ 1.186 received")
    c = d.share(518, 742, "đạt {}%")
    e = d.total([17, 9], "{} đơn vị")
    P(f"Ban Bạn đọc tiếp nhận 1.186 đơn, thư, phản ánh của bạn đọc, {a} so với cùng kỳ (1.036); đã chuyển {b} đến cơ quan "
      f"chức năng, nhận 518 văn bản trả lời, {c}. Báo thực hiện 24 chuyên trang, chuyên mục theo hợp đồng với {e} (17 sở, "
      "ngành; 09 huyện, thị xã, thành phố).")
    P("4. Phát hành, quảng cáo và tài chính")

    a = d.total([D("7.25"), D("3.86"), D("0.73")], "{} tỷ đồng,")
    b = d.pct_of(D("11.84"), 16, "đạt {}%", p=1)
    c = d.share(D("7.25"), D("11.84"), "chiếm {}%")
    e = d.diff(D("3.86"), D("4.28"), "{w} {v} tỷ đồng", v="inconsistent", sw="tăng",
               extra="; revenue fell from 4,28 to 3,86 (wrong direction)")
    f = d.drop(D("0.73"), D("0.81"), "giảm {}%", p=1)
    P(f"Tổng thu 9 tháng ước đạt {a} {b} kế hoạch năm (16 tỷ đồng), gồm: kinh phí đặt hàng từ ngân sách 7,25 tỷ đồng "
      f"({c}), quảng cáo, thông tin tuyên truyền theo hợp đồng 3,86 tỷ đồng, {e} so với cùng kỳ (4,28 tỷ đồng), phát hành "
      f"0,73 tỷ đồng, {f} so với cùng kỳ (0,81 tỷ đồng).", key="rev")

    a = d.share(2416, 11840, "bằng {}%", v="rounding")
    b = d.share(684, 2416, "chiếm {}%")
    P(f"Chi nhuận bút, thù lao 2.416 triệu đồng, {a} tổng thu; trong đó chi cho cộng tác viên 684 triệu đồng, {b}. Chi "
      "lương và các khoản theo lương 5.930 triệu đồng; trích lập quỹ ... triệu đồng.")
    P("5. Đội ngũ và cộng tác viên")

    a = d.total([71, 25], "{} người")
    b = d.share(41, 96, "({}%)", v="rounding")
    c = d.share(52, 96, "chiếm {}%", v="inconsistent", st=q(D(52) * 100 / 71, 2),
                extra="; stated = 52 / 71 biên chế × 100: wrong base (the sentence says tổng số)")
    e = d.diff(52, 49, "{w} {v} người", f=z)
    f = d.share(14, 96, "({}%)")
    g = d.c("subset", "đại học 76 người", note="trong đó 14 + 76 = 90 ≤ 96")
    P(f"Tổng số cán bộ, phóng viên, biên tập viên, nhân viên là {a} (biên chế 71, hợp đồng 25), nữ 41 người {b}; 52 người "
      f"có thẻ nhà báo, {c} tổng số, {e} so với cùng kỳ (49 người); trình độ thạc sĩ 14 người {f}, {g}.")

    a = d.c("sum", "312 người", "ambiguous",
            note="146 + 98 + 87 = 331 > 312; 'thường xuyên' may overlap with the place-of-work groups: cannot tell")
    b = d.c("sum", "09 tác phẩm", "ambiguous",
            note="04 + 05 + 02 = 11 prizes > 09 works; one work may win several prizes: cannot tell")
    c = d.total([9, 5, 7], "{} lượt")
    P(f"Mạng lưới cộng tác viên có {a}, trong đó ở cơ sở 146 người, ở các sở, ngành 98 người, cộng tác viên thường xuyên "
      f"87 người. Trong 9 tháng, {b} đạt giải báo chí, trong đó 04 giải Búa liềm vàng tỉnh, 05 giải Báo chí tỉnh, 02 giải "
      f"của Hội Nhà báo Việt Nam. Cử {c} cán bộ đi bồi dưỡng (09 lượt báo chí đa phương tiện, 05 lượt lý luận chính trị, "
      "07 lượt quản lý).")
    P("6. Công tác quản lý, hành chính")
    P("Ban Biên tập ban hành 05 quy chế, quy định nội bộ, trong đó sửa đổi Quy chế chi trả nhuận bút theo Nghị định số "
      "18/2014/NĐ-CP; đưa vào vận hành hệ thống quản trị nội dung (CMS) mới từ ngày 01/7/2024; rà soát, ký lại hợp đồng lao "
      "động; bảo đảm chế độ, chính sách cho người lao động; trong kỳ không có đơn thư khiếu nại nội bộ.")
    P("II. ĐÁNH GIÁ CHUNG")
    P("Ưu điểm: thông tin kịp thời, đúng định hướng, phản ánh sát đời sống ở cơ sở; báo điện tử và các kênh mạng xã hội "
      "tăng mạnh về lượng người đọc, góp phần định hướng dư luận; công tác quản lý tài chính, nhuận bút thực hiện công "
      "khai, đúng quy chế.")

    a = d.c("fraction", "196/259 kỳ", note="196 = kỳ báo 9 tháng (@print); 259 = kế hoạch năm (@q4)")
    b = d.share(196, 259, "đạt {}%")
    c = d.c("repeat", "1.284.600 bản", "inconsistent", right="1.248.600",
            note="@print gives 1.248.600 bản; 1.284.600 swaps two digits")
    e = d.c("repeat", "11,84 tỷ đồng", note="same as @rev")
    f = d.total([7, 4, 1], "{} chỉ tiêu", f=z, extra=" ('một' chưa triển khai written in words)")
    g = d.c("fraction", "07/12", note="07 hoàn thành of 12 chỉ tiêu; 7 + 4 + một (1) = 12")
    P(f"Chín tháng qua, Báo đã phát hành {a} theo kế hoạch năm, {b}; in {c} báo; tổng thu {e}. Đề án chuyển đổi số có "
      f"{f}, đã hoàn thành {g}, đang triển khai 04, còn một chỉ tiêu chưa triển khai. Hạn chế: số lượng phát hành báo in tiếp tục giảm; "
      "doanh thu quảng cáo chưa đạt kế hoạch; tỷ lệ tin, bài có sản phẩm đa phương tiện đi kèm còn thấp.", key="eval")
    P("Nguyên nhân: thói quen đọc báo in giảm mạnh, chi phí giấy in, vận chuyển tăng; các nền tảng xuyên biên giới chiếm "
      "phần lớn thị phần quảng cáo trực tuyến; nhân lực làm báo số còn thiếu, nhất là kỹ thuật viên đồ họa, dựng video; "
      "trang thiết bị tác nghiệp chưa đồng bộ, một số máy quay, máy ảnh đã hết khấu hao.")
    P("III. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV NĂM 2024")

    a = d.total([196, 63], "{} kỳ")
    b = d.diff(16, D("11.84"), "cần thu {v} tỷ đồng", note="16 − 11,84 = 4,16")
    c = d.share(D("4.16"), 16, "bằng {}%", p=1)
    e = d.diff(52, D("38.6"), "cần đạt {v} triệu lượt", note="52 − 38,6 = 13,4")
    P(f"Xuất bản 63 kỳ báo in còn lại, bảo đảm cả năm {a}; phấn đấu tổng thu cả năm 16 tỷ đồng (quý IV {b}, {c} kế hoạch); "
      f"lượt truy cập báo điện tử cả năm trên 52 triệu lượt (quý IV {e}); chuẩn bị số báo Tết Ất Tỵ 2025 (48 trang, ... bản).",
      key="q4")
    a = d.c("repeat", "04 chỉ tiêu", note="same as @eval (04 đang triển khai)")
    P(f"Tiếp tục thực hiện Đề án chuyển đổi số, hoàn thành {a} đang triển khai; thử nghiệm thu phí nội dung đối với một số "
      "chuyên mục chuyên sâu; tăng video ngắn, podcast; tổng kết công tác năm 2024 trước ngày 25/12/2024.")
    P("IV. ĐỀ XUẤT, KIẾN NGHỊ")
    a = d.diff(D("10.5"), D("9.3"), "{w} {v} tỷ đồng")
    t = d.c("term", "dự toán năm 2024", note="the 2025 budget request is compared with the 2024 estimate, the previous "
            "year: right year")
    P(f"Đề nghị UBND tỉnh bố trí kinh phí đặt hàng năm 2025 là 10,5 tỷ đồng, {a} so với {t} (9,3 tỷ đồng) để "
      "tăng sản phẩm báo điện tử đa phương tiện; Sở Thông tin và Truyền thông hỗ trợ hạ tầng máy chủ, an toàn thông tin; "
      "các sở, ngành cung cấp thông tin kịp thời cho phóng viên.")

    a = d.c("repeat", "31,5 triệu lượt", note="same as @web")
    b = d.c("repeat", "4,28 tỷ đồng", note="same as @rev")
    c = d.c("repeat", "6.894 bản/kỳ", note="same as @print")
    e = "5.730 tin, bài"
    d.fn(f"Số liệu 9 tháng năm 2023 (Báo cáo số 71-BC/BPH ngày 05/10/2023): {a} truy cập; thu quảng cáo, hợp đồng {b}; bình "
         f"quân {c}; {e} báo in.", key="fn2023")
    a = d.c("repeat", "10,96 tỷ đồng", "ambiguous",
            note="@rev gives 11,84 tỷ for 9 months; this accounting figure has no date (may be to 31/8): cannot tell")
    d.fn(f"Theo số liệu của Phòng Trị sự, tổng thu là {a}.")
    a = d.total([17, 48, 31], "{} cán bộ, phóng viên")
    d.fn(f"{a} chia theo độ tuổi: dưới 30 tuổi 17, từ 30 đến 45 tuổi 48, trên 45 tuổi 31.")
    return d


# ================================================================ draft 4
def draft4():
    d = Draft("d15-04-trung-tam-phuc-vu-hanh-chinh-cong", "five-year review (2020 - 2024)")
    P = d.p
    Y = {2020: 98450, 2021: 112306, 2022: 135872, 2023: 158640, 2024: 176215}
    P("ỦY BAN NHÂN DÂN TỈNH LÂM HẢI")
    P("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG")
    P("Số: 27/BC-TTPVHCC")
    P("Lâm Hải, ngày 15 tháng 01 năm 2025")
    P("BÁO CÁO")
    P("Sơ kết 05 năm hoạt động của Trung tâm Phục vụ hành chính công tỉnh, giai đoạn 2020 - 2024")
    P("Trung tâm được thành lập theo Quyết định số 1820/QĐ-UBND ngày 29/8/2019 của UBND tỉnh, hoạt động từ ngày "
      "01/10/2019, trực thuộc Văn phòng UBND tỉnh. Thực hiện Nghị định số 61/2018/NĐ-CP và Nghị định số 107/2021/NĐ-CP "
      "của Chính phủ, Trung tâm báo cáo kết quả 05 năm (từ ngày 01/01/2020 đến ngày 31/12/2024) như sau:")
    P("I. TỔ CHỨC, NHÂN SỰ VÀ THỦ TỤC HÀNH CHÍNH")

    a = d.total([5, 48, 9], "{} người", v="inconsistent", st=57,
                extra=" (the Centre's own 05 staff left out)")
    b = d.total([1, 1, 3], "{} công chức", f=z)
    c = d.total([16, 3], "{} cơ quan")
    e = d.share(35, 62, "chiếm {}%", extra=" (base 62 = 05 + 48 + 09)")
    P(f"Tổng số người làm việc tại Trung tâm là {a}, gồm: {b} của Trung tâm (01 Giám đốc, 01 Phó Giám đốc, 03 chuyên viên), "
      f"48 người của 16 sở, ngành và 09 người của 03 cơ quan Trung ương đóng trên địa bàn (cộng {c}); nữ 35 người, {e}.",
      key="staff")

    a = d.c("fraction", "1.684/1.862 thủ tục", note="denominator 1.862 = TTHC cấp tỉnh stated in the same sentence")
    b = d.share(1684, 1862, "đạt {}%")
    c = d.total([1862, 1684], "còn lại {} thủ tục", signs=[1, -1])
    e = d.total([1042, 596], "{} dịch vụ công trực tuyến")
    f = d.share(1042, 1638, "({}%)")
    g = d.diff(1638, 1356, "{w} {v} dịch vụ")
    P(f"Đến ngày 31/12/2024, tổng số TTHC thuộc thẩm quyền giải quyết của cấp tỉnh là 1.862 thủ tục; trong đó {a} được "
      f"tiếp nhận tại Trung tâm, {b}, {c} đặc thù thực hiện tại cơ quan chuyên môn. Có {e}, gồm 1.042 dịch vụ toàn trình "
      f"{f} và 596 dịch vụ một phần, {g} so với năm 2020 (1.356 dịch vụ).", key="tthc")
    P("Thực hiện Đề án 06/CP, Trung tâm phối hợp triển khai 25 dịch vụ công thiết yếu và 02 nhóm thủ tục liên thông (khai "
      "sinh - đăng ký thường trú - cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi; khai tử - xóa đăng ký thường trú - hỗ "
      "trợ chi phí mai táng); kết nối, chia sẻ dữ liệu với Cơ sở dữ liệu quốc gia về dân cư; trạng thái hồ sơ được đồng "
      "bộ lên Cổng Dịch vụ công quốc gia. Khu vực hỗ trợ trực tuyến được bố trí 04 máy tính, 02 máy tra cứu, 01 hệ "
      "thống xếp hàng tự động; mỗi ngày có 06 đoàn viên thanh niên tình nguyện hướng dẫn người dân nộp hồ sơ qua mạng.")
    P("II. KẾT QUẢ TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ")

    a = d.total(list(Y.values()), "{} hồ sơ", v="inconsistent", st=681843, extra=" (681.483 typed 681.843)")
    b = d.avg(681483, 5, "{} hồ sơ/năm", extra=" (true five-year total 681.483)")
    c = d.growth(Y[2021], Y[2020], "{}%")
    e = d.growth(Y[2022], Y[2021], "{}%")
    f = d.growth(Y[2023], Y[2022], "{}%", v="rounding")
    P(f"Số hồ sơ tiếp nhận qua các năm: năm 2020 là 98.450 hồ sơ; năm 2021 là 112.306; năm 2022 là 135.872; năm 2023 là "
      f"158.640 và năm 2024 là 176.215 hồ sơ; cộng 05 năm {a}, bình quân {b}. Tốc độ tăng so với năm trước của các năm "
      f"2021, 2022, 2023 lần lượt là {c}; {e}; {f} và năm 2024 tiếp tục tăng.", key="years")

    a = d.growth(Y[2024], Y[2023], "tăng {}%")
    b = d.c("term", "so với năm 2022", "inconsistent", right="so với năm 2023",
            note="11,08% = 176.215 / 158.640 (2023, @years); against 2022 it would be 29,69%")
    c = d.times(Y[2024], Y[2020], "gấp {} lần", p=2, v="inconsistent", st=D("1.97"), extra=" (1,79 typed 1,97)")
    e = d.share(127486, Y[2024], "chiếm {}%")
    f = d.points(q(D(127486) * 100 / Y[2024], 2), D("18.60"), "tăng {} điểm phần trăm")
    g = d.share(18312, Y[2020], "{}%)", extra=" (online share 2020)")
    h = d.times(127486, 18312, "gấp {} lần")
    P(f"Năm 2024, số hồ sơ tiếp nhận {a} {b} và {c} năm 2020. Hồ sơ trực tuyến năm 2024 là 127.486 hồ sơ, {e}, {f} so với "
      f"năm 2020 (18.312 hồ sơ, {g}; số hồ sơ trực tuyến {h} năm 2020.", key="online")

    a = d.total([171376, 1528], "{} hồ sơ,")
    b = d.share(171376, 172904, "đạt {}%")
    c = d.diff(1528, 1764, "{w} {v} hồ sơ", v="inconsistent", sw="tăng",
               extra="; late files fell from 1.764 to 1.528 (wrong direction)")
    e = d.total([Y[2024], 172904], "{} hồ sơ.", signs=[1, -1])
    P(f"Năm 2024, Trung tâm đã giải quyết {a} trong đó đúng hạn và trước hạn 171.376 hồ sơ, {b} số hồ sơ đã giải quyết; "
      f"trễ hạn 1.528 hồ sơ, {c} so với năm 2023 (1.764 hồ sơ); đang giải quyết trong hạn {e}", key="solved")

    a = d.c("subset", "1.497 thư xin lỗi", note="1.497 ≤ 1.528 late files")
    b = d.share(1497, 1528, "(đạt {}%)")
    c = d.share(1102, 1528, "chiếm {}%")
    e = d.share(214, 1528, "({}%)")
    P(f"Các cơ quan đã gửi {a} đối với hồ sơ trễ hạn {b}; hồ sơ trễ hạn tập trung ở lĩnh vực đất đai (1.102 hồ sơ, {c}), "
      f"xây dựng 214 hồ sơ {e}, tài nguyên nước, khoáng sản ... hồ sơ.")

    a = d.c("sum", "tiếp nhận 176.215 hồ sơ", "ambiguous",
            note="127.486 + 31.720 + 24.360 = 183.566 > 176.215; bưu chính công ích may also be counted under the other "
                 "channels: cannot tell whether the channels are disjoint")
    P(f"Năm 2024 Trung tâm {a} qua các hình thức: trực tuyến 127.486 hồ sơ, trực tiếp tại quầy 31.720 hồ sơ, qua dịch vụ "
      "bưu chính công ích 24.360 hồ sơ.")

    a = d.total([71920, 12105, 587], "{} lượt")
    b = d.share(71920, 84612, "({}%)", v="rounding")
    c = d.share(12105, 84612, "({}%)")
    e = d.share(587, 84612, "({}%)")
    f = d.points(q(D(71920) * 100 / 84612, 2), D("81.40"), "tăng {} điểm phần trăm", p=1)
    t = d.c("term", "so với năm 2023", note="2024 satisfaction compared with the previous year 2023: right year")
    P(f"Qua hệ thống đánh giá điện tử, năm 2024 có {a} đánh giá, gồm: rất hài lòng 71.920 lượt {b}, hài lòng 12.105 lượt "
      f"{c}, không hài lòng 587 lượt {e}; tỷ lệ rất hài lòng {f} {t} (81,40%).")

    a = d.share(148300, Y[2024], "bằng {}%", v="inconsistent", st=q(D(148300) * 100 / 172904, 2),
                extra="; stated = 148.300 / 172.904 (hồ sơ đã giải quyết) × 100: wrong base")
    b = d.c("share", "91,3%", "ambiguous",
            note="132.580 kết quả số hóa: base not stated; / 172.904 = 76,68%, / 176.215 = 75,24%; 91,3% needs a base of "
                 "about 145.200 (hồ sơ thuộc diện số hóa?) never given")
    c = d.c("ratio", "tăng 1.096%", "ambiguous",
            note="'1.096%' reads as 1.096 % or a mistyped 10,96 %; no counts given: cannot be parsed safely")
    e = d.c("subset", "71.205 hồ sơ", note="71.205 ≤ 98.640 hồ sơ phải nộp phí")
    f = d.share(71205, 98640, "chiếm {}%")
    P(f"Năm 2024 số hóa 148.300 hồ sơ, {a} số hồ sơ tiếp nhận; số hóa kết quả giải quyết 132.580 hồ sơ, đạt tỷ lệ {b}. "
      f"Có 98.640 hồ sơ phải nộp phí, lệ phí, trong đó {e} thanh toán trực tuyến, {f}; số giao dịch thanh toán trực tuyến "
      f"{c} so với năm 2020.")
    P("III. THU PHÍ, LỆ PHÍ VÀ CÁC HOẠT ĐỘNG HỖ TRỢ")

    fees = [D("61.2"), D("68.9"), D("84.5"), D("97.3"), D("106.7")]
    a = d.total(fees, "{} tỷ đồng,")
    b = d.avg(D("418.6"), 5, "{} tỷ đồng/năm", p=2)
    c = d.growth(D("106.7"), D("97.3"), "tăng {}%")
    e = d.times(D("106.7"), D("61.2"), "gấp {} lần", p=2)
    P(f"Phí, lệ phí thu qua Trung tâm giai đoạn 2020 - 2024 là {a} bình quân {b}; trong đó năm 2020: 61,2 tỷ đồng; năm "
      f"2021: 68,9 tỷ đồng; năm 2022: 84,5 tỷ đồng; năm 2023: 97,3 tỷ đồng; năm 2024: 106,7 tỷ đồng ({c} so với năm 2023, "
      f"{e} năm 2020).")

    a = d.total([305, 7], "{} phản ánh")
    b = d.share(305, 312, "({}%)", v="rounding")
    c = d.share(196, 312, "chiếm {}%")
    P(f"Trung tâm tiếp nhận {a}, kiến nghị của tổ chức, cá nhân về giải quyết TTHC, đã xử lý 305 phản ánh {b}, 07 phản ánh "
      f"đang xử lý; trong đó 196 phản ánh qua Tổng đài 1022, {c}. Bưu điện tỉnh cử nhân viên thường trực tại Trung tâm "
      "để chuyển phát hồ sơ, kết quả.")

    a = d.c("fraction", "16/20 cơ quan", "ambiguous",
            note="@staff names 16 sở, ngành + 03 cơ quan Trung ương = 19; the denominator 20 may be the 2020 count "
                 "before a merger (not stated): cannot tell")
    b = d.c("fraction", "84/84 quầy", note="denominator 84 = quầy giao dịch (footnote, @fnq)")
    P(f"Đến nay {a} đã bố trí công chức làm việc toàn thời gian tại Trung tâm; {b} được trang bị máy quét, thiết bị ký số; "
      "Chỉ số SIPAS năm 2024 đạt 86,42%, Chỉ số phục vụ người dân, doanh nghiệp xếp thứ 12/63 tỉnh, thành phố.")
    P("IV. ĐÁNH GIÁ CHUNG")

    a = d.c("repeat", "681.483 hồ sơ",
            note="equals the sum of the five yearly figures (@years); the 681.843 written there is the typo")
    b = d.c("repeat", "99,21%", "inconsistent", right="99,12%",
            note="@solved gives 99,12% on time in 2024; 99,21 swaps two digits")
    c = d.c("repeat", "1.684 TTHC", note="same as @tthc")
    e = d.c("repeat", "127.486 hồ sơ", note="same as @online")
    f = d.c("repeat", "1.528 hồ sơ", note="same as @solved")
    g = d.share(1528, 172904, "bằng {}%")
    P(f"Sau năm năm hoạt động, Trung tâm đã tiếp nhận {a}; tỷ lệ giải quyết đúng hạn năm 2024 đạt {b}; {c} được tiếp nhận tại Trung "
      f"tâm; {e} trực tuyến năm 2024. Hạn chế: còn {f} trễ hạn, {g} số hồ sơ đã giải quyết; tỷ lệ dịch vụ toàn trình phát "
      "sinh hồ sơ mới đạt ...%.")
    P("Nguyên nhân của hạn chế: hệ thống thông tin giải quyết TTHC của tỉnh chưa kết nối đồng bộ với một số phần mềm "
      "chuyên ngành của bộ, ngành Trung ương, công chức phải nhập liệu hai lần; thủ tục đất đai có quy trình phức tạp, phụ "
      "thuộc kết quả đo đạc, xác minh; công chức được cử đến Trung tâm thường xuyên thay đổi; kỹ năng sử dụng dịch vụ công "
      "trực tuyến của một bộ phận người dân còn hạn chế.")
    P("Bài học kinh nghiệm: (1) người đứng đầu các sở, ngành phải trực tiếp chỉ đạo, chịu trách nhiệm về tiến độ giải "
      "quyết hồ sơ; (2) công khai, minh bạch kết quả giải quyết, lấy sự hài lòng của người dân, doanh nghiệp làm thước đo; "
      "(3) tái cấu trúc quy trình trước khi đưa dịch vụ lên môi trường điện tử.")
    P("V. PHƯƠNG HƯỚNG GIAI ĐOẠN 2025 - 2030")

    a = d.points(85, q(D(127486) * 100 / Y[2024], 2), "tăng ít nhất {} điểm phần trăm")
    b = d.growth(200000, Y[2024], "tăng {}%")
    P(f"Phấn đấu đến năm 2030: 100% TTHC đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình; tỷ lệ hồ sơ trực "
      f"tuyến đạt từ 85% trở lên, {a} so với năm 2024; tiếp nhận khoảng 200.000 hồ sơ/năm, {b} so với năm 2024.")
    P("Nhiệm vụ, giải pháp chủ yếu: rà soát, cắt giảm thành phần hồ sơ và thời gian giải quyết; số hóa 100% hồ sơ, kết "
      "quả giải quyết TTHC còn hiệu lực; mở rộng tiếp nhận hồ sơ không phụ thuộc địa giới hành chính; bồi dưỡng kỹ năng "
      "giao tiếp cho công chức; xử lý nghiêm tổ chức, cá nhân để hồ sơ trễ hạn không có lý do chính đáng.")
    P("VI. KIẾN NGHỊ")
    P("Đề nghị Văn phòng Chính phủ sớm hoàn thiện kết nối Cổng Dịch vụ công quốc gia với các hệ thống chuyên ngành đất "
      "đai, tư pháp; đề nghị UBND tỉnh bố trí kinh phí thay thế 36 máy tính đã hết khấu hao và ban hành cơ chế hỗ trợ cho "
      "công chức làm việc tại Trung tâm (mức hỗ trợ ... đồng/người/tháng).")

    a = d.c("repeat", "năm 2024 72,35%", note="same as @online")
    b = d.points(D("72.35"), D("58.12"), "tăng {} điểm phần trăm")
    d.fn(f"Tỷ lệ hồ sơ trực tuyến: năm 2020 18,60%; năm 2021 29,45%; năm 2022 41,80%; năm 2023 58,12%; {a} (riêng năm "
         f"2024 {b}).")
    a = d.c("repeat", "165.430 hồ sơ", "ambiguous",
            note="2024 intake is 176.215 (@years); this report is undated (maybe to 30/11/2024): cannot tell")
    d.fn(f"Theo Báo cáo số 212/BC-TTPVHCC, Trung tâm đã tiếp nhận {a}.")
    a = d.total([62, 12, 4, 6], "{} quầy")
    b = d.c("repeat", "16 sở, ngành", note="same as @staff (16 sở, ngành)")
    d.fn(f"Bố trí {a}: {b} 62 quầy; 03 cơ quan Trung ương 12 quầy; bưu điện 04 quầy; Trung tâm 06 quầy.", key="fnq")
    a = d.c("repeat", "158.640", note="same as @years (năm 2023)")
    b = d.c("repeat", "135.872", note="same as @years (năm 2022)")
    d.fn(f"Hồ sơ tiếp nhận năm 2023 là {a}, năm 2022 là {b} (Báo cáo số 09/BC-TTPVHCC ngày 12/01/2024).")
    return d


# ================================================================ output
def check(d):
    assert not d.pend, d.name
    problems = []
    for c in d.claims:
        ln = c["line"]
        text = d.lines[ln - 1]
        n = text.count(c["anchor"])
        if n != 1:
            problems.append(f"{d.name}:{ln} anchor {c['anchor']!r} occurs {n}×")
    # body lines before footnotes
    fn_started = False
    for i, t in enumerate(d.lines, 1):
        if t.startswith(FN):
            fn_started = True
        elif fn_started:
            problems.append(f"{d.name}:{i} body line after footnotes")
        if "\n" in t or not t.strip():
            problems.append(f"{d.name}:{i} empty or multi-line paragraph")
    return problems


def main():
    os.makedirs(OUT, exist_ok=True)
    drafts = [draft1(), draft2(), draft3(), draft4()]
    problems = []
    rows = []
    kv = Counter()
    for d in drafts:
        d.resolve()
        problems += check(d)
        text = "\n".join(d.lines) + "\n"
        with open(os.path.join(OUT, d.name + ".txt"), "w", encoding="utf-8") as fh:
            fh.write(text)
        claims = sorted(d.claims, key=lambda c: c["line"])
        with open(os.path.join(OUT, d.name + ".labels.json"), "w", encoding="utf-8") as fh:
            json.dump({"file": d.name + ".txt", "claims": claims}, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        v = Counter(c["verdict"] for c in claims)
        for c in claims:
            kv[(c["kind"], c["verdict"])] += 1
        rows.append((d, len(text) - 1, len(d.lines), len(claims), v))

    # re-read the written files: every line number points at the anchored paragraph
    for d, *_ in rows:
        with open(os.path.join(OUT, d.name + ".txt"), encoding="utf-8") as fh:
            lines = fh.read().split("\n")[:-1]
        with open(os.path.join(OUT, d.name + ".labels.json"), encoding="utf-8") as fh:
            lab = json.load(fh)
        assert lines == d.lines
        for c in lab["claims"]:
            if lines[c["line"] - 1].count(c["anchor"]) != 1:
                problems.append(f"re-read {d.name}:{c['line']} {c['anchor']!r}")

    out = ["# dev15 — Vietnamese report drafts with labelled numeric claims", "",
           "Generated by `make.py` (Python standard library, `decimal.Decimal`, ROUND_HALF_UP). "
           "Do not edit by hand: run `python3 make.py`.", "",
           "## Per draft", "",
           "| draft | report kind | chars | lines | claims | consistent | rounding | inconsistent | ambiguous |",
           "|---|---|---:|---:|---:|---:|---:|---:|---:|"]
    tot = Counter()
    for d, nch, nl, nc, v in rows:
        out.append(f"| {d.name} | {d.kind} | {nch} | {nl} | {nc} | {v['consistent']} | {v['rounding']} | "
                   f"{v['inconsistent']} | {v['ambiguous']} |")
        tot["chars"] += nch
        tot["lines"] += nl
        tot["claims"] += nc
        tot.update(v)
    out.append(f"| **total** | | {tot['chars']} | {tot['lines']} | {tot['claims']} | {tot['consistent']} | "
               f"{tot['rounding']} | {tot['inconsistent']} | {tot['ambiguous']} |")
    out += ["", "## Kind × verdict (all drafts)", "",
            "| kind | " + " | ".join(VERDICTS) + " | total |",
            "|---|" + "---:|" * (len(VERDICTS) + 1)]
    for k in KINDS:
        cells = [kv[(k, v)] for v in VERDICTS]
        if sum(cells):
            out.append(f"| {k} | " + " | ".join(str(x) for x in cells) + f" | {sum(cells)} |")
    cells = [sum(kv[(k, v)] for k in KINDS) for v in VERDICTS]
    out.append("| **total** | " + " | ".join(str(x) for x in cells) + f" | {sum(cells)} |")
    out += ["", "## Conventions", "",
            "- Shares and ratios are recomputed from the counts written in the draft and rounded half up at the "
            "stated precision; `rounding` = the stated value is the truncation, one unit below.",
            "- `points` claims are checked as percentage points (the relative reading is given in the note).",
            "- `repeat` anchors the second mention; `term` anchors the period a comparison names.",
            "- When one typo (a transposed total) explains several failed relations, only the typo is labelled "
            "inconsistent; the figures that agree with the true value are labelled consistent (notes say so).",
            "- Footnote lines start with `[` U+FFFD `]` and come last.", ""]
    with open(os.path.join(HERE, "SUMMARY.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))

    for d, nch, nl, nc, v in rows:
        print(f"{d.name}: {nch} chars, {nl} lines, {nc} claims, {dict(v)}")
    print("total", dict(tot))
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  ", p)
        raise SystemExit(1)
    print("all anchors unique in their lines")


if __name__ == "__main__":
    main()
