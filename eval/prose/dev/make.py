#!/usr/bin/env python3
"""Dev part of the prose evaluation set for Soát Số.

Builds report drafts paragraph by paragraph from figures, computes every share, sum,
difference and ratio with exact decimal arithmetic (Decimal, ROUND_HALF_UP), plants the
errors, and writes <name>.txt (one paragraph per line, footnotes last, each starting with
"[\\ufffd] ") and <name>.labels.json with line numbers computed here.

Self-checks: every anchor is an exact substring of its line and occurs once in it; every
verdict is recomputed from the figures written in the anchor text; every planted verdict
must equal the computed one.  Run:  python3 make.py
"""
import json, os, re, sys
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, getcontext

getcontext().prec = 60
OUT = os.path.dirname(os.path.abspath(__file__))
FN = "[\ufffd] "

# ---------------------------------------------------------------- number formats
def N(n):
    """vi-VN integer: 33509 -> 33.509"""
    return f"{n:,}".replace(",", ".")

def Z(n):
    """count with the leading zero used for counts under 10: 5 -> 05"""
    return f"{n:02d}" if 0 <= n < 10 else N(n)

def P(d, dp):
    """Decimal -> '49,29' with dp decimals (the value must already have that precision)"""
    q = Decimal(1).scaleb(-dp)
    s = f"{Decimal(d).quantize(q):f}"
    ip, _, fp = s.partition(".")
    ip = N(int(ip))
    return ip + ("," + fp if dp > 0 else "")

def unit(dp):
    return Decimal(1).scaleb(-dp)

def rnd(x, dp):
    return Decimal(x).quantize(unit(dp), rounding=ROUND_HALF_UP)

def trunc(x, dp):
    return Decimal(x).quantize(unit(dp), rounding=ROUND_DOWN)

def pct(a, b):
    return Decimal(a) * 100 / Decimal(b)

def D(s):
    """'93,04' -> Decimal('93.04')"""
    return Decimal(str(s).replace(".", "").replace(",", "."))

def classify(stated, correct, dp):
    k = abs(Decimal(stated) - Decimal(correct)) / unit(dp)
    if k == 0:
        return "consistent"
    if k == 1:
        return "rounding"
    return "inconsistent"

# ---------------------------------------------------------------- claims
class C:
    def __init__(self, text, kind, verdict, right=None, note="", data=None):
        self.text, self.kind, self.verdict = text, kind, verdict
        self.right, self.note, self.data = right, note, data or {}

def _want(c, want):
    if c.verdict != want:
        raise SystemExit(f"planted verdict {want!r} but computed {c.verdict!r}: {c.text!r} ({c.note})")
    return c

def sh(part, base, dp=2, m=None, pre="chiếm ", post="%", kind="share", want="consistent", note=""):
    """share part/base*100 at dp decimals.  m: None = right value; 't' truncated;
    'u' rounded up one unit; 'd' double rounding (dp+1 then dp); a string = the value as
    typed ('78,63'); ('b', other_base) = computed on a wrong base."""
    exact = pct(part, base)
    correct = rnd(exact, dp)
    how = ""
    if m is None:
        stated = correct
    elif m == "t":
        stated = trunc(exact, dp)
        assert stated != correct, (part, base)
        how = "; truncated instead of rounded"
    elif m == "u":
        stated = correct + unit(dp)
        how = "; rounded one unit too high"
    elif m == "d":
        stated = rnd(rnd(exact, dp + 1), dp)
        assert stated != correct, (part, base)
        how = f"; double rounding ({P(rnd(exact, dp + 1), dp + 1)} first)"
    elif isinstance(m, tuple) and m[0] == "b":
        stated = rnd(pct(part, m[1]), dp)
        how = f"; the written value is {N(part)}/{N(m[1])} (wrong base {N(m[1])})"
    else:
        stated = D(m)
        how = "; as typed"
    v = classify(stated, correct, dp)
    text = f"{pre}{P(stated, dp)}{post}"
    exact_s = P(rnd(exact, 4), 4)
    n = f"{N(part)}/{N(base)} = {exact_s}% -> {P(correct, dp)}%{how}" + (f". {note}" if note else "")
    c = C(text, kind, v, None if v == "consistent" else f"{P(correct, dp)}%", n,
          dict(t="share", part=part, base=base, dp=dp, stated=str(stated)))
    return _want(c, want)

def fr(part, whole, dp=2, m=None, pre="đạt ", post="%", want="consistent", note=""):
    assert part <= whole
    return sh(part, whole, dp, m, pre, post, "fraction", want, note)

def sm(text, total, parts, excl=True, want="consistent", note="", kind="sum"):
    s = sum(parts)
    if s == total:
        v = "consistent"
    elif s > total or excl:
        v = "inconsistent"
    else:
        v = "consistent"
    expr = " + ".join(N(p) for p in parts)
    n = f"{expr} = {N(s)} vs {N(total)}" + ("" if excl else " (parts may not be exhaustive)") + (f". {note}" if note else "")
    c = C(text, kind, v, None if v == "consistent" else N(s), n,
          dict(t="sum", total=total, parts=parts, excl=excl))
    return _want(c, want)

def sub(text, parent, parts, want="consistent", note=""):
    bad = [p for p in parts if p > parent]
    v = "inconsistent" if bad else "consistent"
    n = "each part <= " + N(parent) + ": " + ", ".join(N(p) for p in parts) + \
        f" (overlapping dimensions, not summed; sum {N(sum(parts))})" + (f". {note}" if note else "")
    c = C(text, "subset", v, None, n, dict(t="subset", parent=parent, parts=parts))
    return _want(c, want)

def df(cur, prev, stated=None, word=None, pre="", post="", lead=False, want="consistent", note=""):
    d = cur - prev
    cw = "tăng" if d > 0 else "giảm"
    if stated is None:
        stated = abs(d)
    if word is None:
        word = cw
    f = Z if lead else N
    text = f"{pre}{word} {f(stated)}{post}"
    v = "consistent" if (stated == abs(d) and word == cw) else "inconsistent"
    n = f"{N(cur)} - {N(prev)} = {'+' if d > 0 else ''}{N(d) if d >= 0 else '-' + N(-d)}" + (f". {note}" if note else "")
    c = C(text, "difference", v, None if v == "consistent" else f"{cw} {f(abs(d))}", n,
          dict(t="diff", cur=cur, prev=prev, stated=stated, word=word))
    return _want(c, want)

def pt(cur, prev, stated=None, word=None, pre="", post="%", want="consistent", note=""):
    """change of a share in points, written with '%'"""
    c_, p_ = D(cur), D(prev)
    d = c_ - p_
    cw = "tăng" if d > 0 else "giảm"
    dp = max(-c_.as_tuple().exponent, -p_.as_tuple().exponent)
    st = abs(d) if stated is None else D(stated)
    if word is None:
        word = cw
    text = f"{pre}{word} {P(st, dp)}{post}"
    rel = rnd(abs(d) / p_ * 100, dp)
    if st == abs(d) and word == cw:
        v, how = "consistent", "points reading holds"
    elif st == rel and word == cw:
        v, how = "consistent", "relative reading holds"
    else:
        v, how = "inconsistent", f"neither points ({P(abs(d), dp)}) nor relative ({P(rel, dp)}%) reading"
    n = f"{cur} - {prev} = {P(d, dp)} points; {how}" + (f". {note}" if note else "")
    c = C(text, "points", v, None if v == "consistent" else f"{cw} {P(abs(d), dp)}%", n,
          dict(t="points", cur=cur, prev=prev, stated=str(st), word=word))
    return _want(c, want)

def rt(cur, prev, dp=1, m=None, pre="bằng ", post="%", want="consistent", note=""):
    exact = pct(cur, prev)
    correct = rnd(exact, dp)
    stated = correct if m is None else D(m)
    v = classify(stated, correct, dp)
    text = f"{pre}{P(stated, dp)}{post}"
    n = f"{N(cur)}/{N(prev)} x 100 = {P(rnd(exact, 4), 4)}% -> {P(correct, dp)}%" + (f". {note}" if note else "")
    c = C(text, "ratio", v, None if v == "consistent" else f"{P(correct, dp)}%", n,
          dict(t="share", part=cur, base=prev, dp=dp, stated=str(stated)))
    return _want(c, want)

def tm(text, named, correct, want="consistent", note=""):
    v = "consistent" if named == correct else "inconsistent"
    n = f"the sentence's own period is followed by {correct}; the text names {named}" + (f". {note}" if note else "")
    c = C(text, "term", v, None if v == "consistent" else correct, n, dict(t="term", named=named, correct=correct))
    assert named in text
    return _want(c, want)

def rp(text, first, second, want="consistent", note="", fmt=N):
    v = "consistent" if first == second else "inconsistent"
    n = f"same quantity written {fmt(first)} and {fmt(second)}" + (f". {note}" if note else "")
    c = C(text, "repeat", v, None if v == "consistent" else fmt(first), n, dict(t="repeat", first=first, second=second))
    return _want(c, want)

def frac_only(text, a, b, note=""):
    v = "consistent" if a <= b else "inconsistent"
    return _want(C(text, "fraction", v, None, f"{N(a)} <= {N(b)}" + (f". {note}" if note else ""),
                   dict(t="subset", parent=b, parts=[a])), "consistent")

def amb(text, kind, note):
    return C(text, kind, "ambiguous", None, note, dict(t="amb"))

# ---------------------------------------------------------------- drafts
class Draft:
    def __init__(self, name):
        self.name, self.body, self.foot = name, [], []
    def p(self, *parts):
        self.body.append(list(parts))
    def f(self, *parts):
        self.foot.append([FN] + list(parts))
    def build(self):
        lines, claims = [], []
        for i, parts in enumerate(self.body + self.foot, 1):
            line = "".join(x if isinstance(x, str) else x.text for x in parts)
            assert "\n" not in line
            lines.append(line)
            for x in parts:
                if isinstance(x, C):
                    claims.append((i, x))
        return lines, claims

NUM = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?")

def recheck(line, c):
    """independent re-derivation of the verdict from the figures in the anchor"""
    a, d = c.text, c.data
    assert line.count(a) == 1, f"anchor not unique / missing: {a!r}"
    t = d.get("t")
    nums = NUM.findall(a)
    pm = re.search(r"(\d[\d.]*(?:,\d+)?)%", a)
    wm = re.search(r"(tăng|giảm) (\d[\d.]*(?:,\d+)?)", a)
    if t == "share":
        stated = D(pm.group(1))
        assert stated == Decimal(d["stated"]), (a, d)
        exact = Decimal(d["part"]) * 100 / Decimal(d["base"])
        k = abs(stated - exact.quantize(unit(d["dp"]), ROUND_HALF_UP)) / unit(d["dp"])
        v = "consistent" if k == 0 else "rounding" if k == 1 else "inconsistent"
    elif t == "sum":
        assert N(d["total"]) in a or Z(d["total"]) in a, (a, d)
        s = sum(d["parts"])
        v = "consistent" if s == d["total"] or (s < d["total"] and not d["excl"]) else "inconsistent"
    elif t == "subset":
        v = "consistent" if all(p <= d["parent"] for p in d["parts"]) else "inconsistent"
    elif t == "diff":
        st = D(wm.group(2))
        assert st == d["stated"], (a, d)
        dd = d["cur"] - d["prev"]
        w = "tăng" if dd > 0 else "giảm"
        v = "consistent" if st == abs(dd) and wm.group(1) == w else "inconsistent"
    elif t == "points":
        st = D(wm.group(2))
        assert st == Decimal(d["stated"])
        dd = D(d["cur"]) - D(d["prev"])
        w = "tăng" if dd > 0 else "giảm"
        dp = -st.as_tuple().exponent
        rel = (abs(dd) / D(d["prev"]) * 100).quantize(unit(dp), ROUND_HALF_UP)
        v = "consistent" if wm.group(1) == w and st in (abs(dd), rel) else "inconsistent"
    elif t == "term":
        v = "consistent" if d["named"] == d["correct"] else "inconsistent"
    elif t == "repeat":
        assert N(d["second"]) in a or Z(d["second"]) in a, (a, d)
        v = "consistent" if d["first"] == d["second"] else "inconsistent"
    elif t == "amb":
        v = "ambiguous"
    else:
        raise AssertionError(t)
    assert v == c.verdict, (a, v, c.verdict)

DRAFTS = []
def draft(name):
    d = Draft(name)
    DRAFTS.append(d)
    return d

def header(d, top, unit_name, num, place_date, title_lines, intro):
    for x in top:
        d.p(x)
    d.p(unit_name)
    d.p("*")
    d.p(num)
    d.p("ĐẢNG CỘNG SẢN VIỆT NAM")
    d.p(place_date)
    d.p("BÁO CÁO")
    for t in title_lines:
        d.p(t)
    d.p("-----")
    d.p(intro)

# =====================================================================================
# d01: district term review (Huyện ủy), nhiệm kỳ 2020 - 2025
# =====================================================================================
d = draft("d01-huyen-tong-ket-nhiem-ky")
header(d, ["ĐẢNG BỘ TỈNH TÂY GIANG"], "HUYỆN ỦY TÂN HÒA", "Số 412-BC/HU",
       "Tân Hòa, ngày 15 tháng 4 năm 2025",
       ["Tổng kết công tác xây dựng Đảng và thi hành Điều lệ Đảng", "nhiệm kỳ 2020 - 2025"],
       "Thực hiện Kế hoạch số 227-KH/TU ngày 18/12/2024 của Ban Thường vụ Tỉnh ủy về việc tổng kết công tác xây dựng Đảng và thi hành Điều lệ Đảng nhiệm kỳ 2020 - 2025, Ban Thường vụ Huyện ủy Tân Hòa báo cáo kết quả như sau:")
d.p("I. ĐẶC ĐIỂM, TÌNH HÌNH CHUNG")
dv25, dubi, nu, dtts = 3612, 41, 1187, 52
d.p("Huyện có diện tích tự nhiên 27.436 ha, dân số 98.512 người, với ",
    sm("09 đơn vị hành chính", 9, [8, 1]), " trực thuộc (08 xã, 01 thị trấn). Đảng bộ huyện có ",
    sm("36 tổ chức cơ sở đảng", 36, [5, 9, 22]), " trực thuộc, gồm 05 đảng bộ ngành huyện, 09 đảng bộ xã, thị trấn và 22 chi bộ cơ sở; có ",
    sm("214 chi bộ trực thuộc", 214, [96, 118]), " đảng bộ cơ sở, trong đó 96 chi bộ ấp, 118 chi bộ ngành; 58 tổ đảng; với tổng số ",
    sub("3.612 đảng viên", dv25, [dubi, nu]), f" ({N(dubi)} đảng viên dự bị, {N(nu)} đảng viên nữ). Ban Chấp hành Đảng bộ huyện có ",
    sub("35 đồng chí (07 nữ)", 35, [7]), ", Ban Thường vụ Huyện ủy ", sub("11 đồng chí (02 nữ)", 11, [2]), ".")
d.p("Trong nhiệm kỳ qua, tình hình kinh tế - xã hội của huyện chịu nhiều tác động của dịch bệnh Covid-19, giá cả vật tư nông nghiệp tăng cao, hạn mặn và sạt lở bờ sông diễn biến phức tạp. Được sự quan tâm lãnh đạo, chỉ đạo của Ban Thường vụ Tỉnh ủy, sự đồng thuận của Nhân dân, Đảng bộ huyện đã đoàn kết, nỗ lực vượt qua khó khăn, lãnh đạo thực hiện đạt và vượt phần lớn các chỉ tiêu Nghị quyết Đại hội đề ra; công tác xây dựng Đảng và hệ thống chính trị tiếp tục được tăng cường.")
d.p("II. KẾT QUẢ CÔNG TÁC XÂY DỰNG ĐẢNG NHIỆM KỲ 2020 - 2025")
d.p("1. Xây dựng Đảng về chính trị, tư tưởng")
d.p("Ban Thường vụ Huyện ủy tổ chức 46 hội nghị học tập, quán triệt nghị quyết, chỉ thị của Đảng cho cán bộ chủ chốt; các chi, đảng bộ cơ sở mở 1.248 lớp cho đảng viên. Năm 2021 có 3.498/3.556 đảng viên tham gia học tập, ",
    fr(3498, 3556, pre="đạt "), "; năm 2024 có 3.561/3.598 đảng viên tham gia, ",
    fr(3561, 3598, m="98,79", pre="đạt tỷ lệ ", want="inconsistent", note="digits 97 transposed"),
    ". Sau học tập, đảng viên viết 3.402 bài thu hoạch, ",
    sh(3402, 3498, m="t", pre="bằng ", post="% số đảng viên tham gia học tập năm 2021", want="rounding"), ".")
d.p("Công tác nắm bắt tình hình tư tưởng cán bộ, đảng viên và Nhân dân được duy trì thường xuyên; Ban Chỉ đạo 35 của huyện chỉ đạo lực lượng cộng tác viên chủ động đấu tranh, phản bác các quan điểm sai trái, thù địch trên không gian mạng. Việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh gắn với thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị được các chi, đảng bộ đưa vào sinh hoạt chuyên đề hằng quý.")
d.p("2. Xây dựng Đảng về tổ chức")
d.p("a) Củng cố, kiện toàn tổ chức cơ sở đảng")
d.p("Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương, Đảng bộ huyện sắp xếp tổ chức cơ sở đảng từ 41 xuống còn 36 tổ chức (",
    df(36, 41, lead=True, post=" tổ chức cơ sở đảng"), "); chi bộ trực thuộc đảng bộ cơ sở từ 231 xuống còn 214 (",
    df(214, 231, stated=27, post=" chi bộ", want="inconsistent"),
    "). Việc sáp nhập thực hiện theo Quyết định số 1062-QĐ/HU ngày 14/6/2022 của Ban Thường vụ Huyện ủy: 06 chi bộ ngành được hợp nhất thành 03 chi bộ.")
d.p("Kết quả đánh giá, xếp loại tổ chức cơ sở đảng năm 2024: ", sm("trong 36 tổ chức cơ sở đảng", 36, [32, 4, 0], note="xuất sắc counted inside tốt trở lên"), " có 32 tổ chức hoàn thành tốt nhiệm vụ trở lên, ",
    sh(32, 36), " (trong đó 06 tổ chức hoàn thành xuất sắc nhiệm vụ, ", sh(6, 36, m="t", want="rounding"),
    "); 04 tổ chức hoàn thành nhiệm vụ, ", sh(4, 36),
    "; không có tổ chức không hoàn thành nhiệm vụ. So với năm 2020 (33/41 tổ chức hoàn thành tốt nhiệm vụ trở lên, ",
    fr(33, 41, pre="đạt "), "), tỷ lệ này ", pt("88,89", "80,49"), ".")
rated = [502, 2741, 231, 24]
d.p("Năm 2024, có ", sm("3.498 đảng viên được đánh giá", 3498, rated),
    ", xếp loại (không tính đảng viên được miễn đánh giá); trong đó hoàn thành xuất sắc nhiệm vụ 502 đồng chí, ",
    sh(502, 3498), "; hoàn thành tốt nhiệm vụ 2.741 đồng chí, ",
    sh(2741, 3498, m="78,63", want="inconsistent", note="digits 36 transposed"),
    "; hoàn thành nhiệm vụ 231 đồng chí, ", sh(231, 3498), "; không hoàn thành nhiệm vụ 24 đồng chí, ", sh(24, 3498), ".")
d.p("Các cấp ủy thực hiện nghiêm việc kiểm điểm tự phê bình và phê bình theo Quy định số 124-QĐ/TW ngày 02/10/2023 của Bộ Chính trị; việc đánh giá, xếp loại chất lượng được tiến hành thực chất hơn, gắn với kết quả thực hiện nhiệm vụ chính trị của từng tổ chức đảng và từng đảng viên.")
d.p("b) Công tác phát triển đảng viên")
d.p("Nhiệm kỳ 2020 - 2025, toàn Đảng bộ kết nạp ", sub("612 đảng viên mới", 612, [254, 398, 9, 14]), ", ",
    rt(612, 600, dp=0, pre="đạt ", post="% chỉ tiêu Nghị quyết Đại hội"),
    " (600 đảng viên); trong đó nữ 254, đoàn viên thanh niên 398, người dân tộc thiểu số 09, người có đạo 14. Cụ thể: quý IV/2020 kết nạp 24 đảng viên; năm 2021 kết nạp 118; năm 2022 kết nạp 127 (",
    df(127, 118, lead=True, post=" đảng viên"), "); năm 2023 kết nạp 131 (", df(131, 127, lead=True, post=" đồng chí"),
    "); năm 2024 kết nạp 136 (", df(136, 131, lead=True, post=" đảng viên so với năm 2023"),
    "); 06 tháng đầu năm 2025 kết nạp 76 đảng viên, nâng tổng số đảng viên kết nạp trong nhiệm kỳ ",
    sm("lên 612 đồng chí", 612, [24, 118, 127, 131, 136, 76]), ". Số đảng viên mới kết nạp nhiệm kỳ 2020 - 2025 ",
    df(612, 525, post=" đảng viên"), " ", tm("so với nhiệm kỳ 2015 - 2020", "nhiệm kỳ 2015 - 2020", "nhiệm kỳ 2015 - 2020"),
    " (525 đảng viên).")
d.p("Đến 31/3/2025, ", rp("Đảng bộ huyện có 3.612 đảng viên", dv25, 3612, note="line of section I"), ", ",
    df(3612, 3422, post=" đảng viên so với đầu nhiệm kỳ"), " (3.422 đảng viên), ", rt(3612, 3422, dp=2),
    ". Trong đó đảng viên nữ 1.187 đồng chí, ", sh(1187, 3612), "; đảng viên dự bị 41 đồng chí, ",
    sh(41, 3612, m=("b", 3422), want="inconsistent", note="share computed on the start-of-term total"),
    "; đảng viên người dân tộc thiểu số 52 đồng chí, ", sh(52, 3612, m="t", want="rounding"), ".")
d.p("c) Công tác cán bộ")
d.p("Ban Chấp hành Đảng bộ huyện nhiệm kỳ 2020 - 2025 có 35 đồng chí, trong đó nữ 07 đồng chí, ", sh(7, 35, dp=0),
    "; cán bộ trẻ dưới 40 tuổi 05 đồng chí, ", sh(5, 35), "; người dân tộc thiểu số 01 đồng chí, ", sh(1, 35),
    ". Quy hoạch Ban Chấp hành Đảng bộ huyện nhiệm kỳ 2020 - 2025 được phê duyệt 52 đồng chí; quy hoạch nhiệm kỳ 2025 - 2030 là 58 đồng chí, ",
    df(58, 52, lead=True, post=" đồng chí"), " ",
    tm("so với quy hoạch nhiệm kỳ 2015 - 2020", "nhiệm kỳ 2015 - 2020", "nhiệm kỳ 2020 - 2025", want="inconsistent",
       note="the 58 of 2025 - 2030 is compared with the 52 of 2020 - 2025 stated just before"), ".")
d.p("3. Công tác kiểm tra, giám sát và thi hành kỷ luật đảng")
d.p("Cấp ủy, ủy ban kiểm tra các cấp kiểm tra 312 lượt tổ chức đảng và 689 lượt đảng viên; giám sát chuyên đề 204 lượt tổ chức đảng và 415 lượt đảng viên. Thi hành kỷ luật ",
    sm("61 đảng viên", 61, [38, 14, 3, 6]), " (khiển trách 38, cảnh cáo 14, cách chức 03, khai trừ 06), đúng nguyên tắc, thủ tục theo Điều 35 Điều lệ Đảng.")
d.p("III. ĐÁNH GIÁ CHUNG")
d.p("Công tác xây dựng Đảng trong nhiệm kỳ đạt nhiều kết quả quan trọng, tổ chức bộ máy được sắp xếp tinh gọn, chất lượng sinh hoạt chi bộ từng bước được nâng lên. Tuy nhiên, việc quản lý đảng viên đi làm ăn xa nơi cư trú còn khó khăn; một số chi bộ ấp sinh hoạt còn hình thức, nội dung chưa phong phú; tỷ lệ kết nạp đảng viên trong doanh nghiệp ngoài nhà nước còn thấp.")
d.p("IV. PHƯƠNG HƯỚNG NHIỆM KỲ 2025 - 2030")
d.p("- Phấn đấu hằng năm kết nạp đảng viên mới đạt từ 3% - 4% tổng số đảng viên; 100% tổ chức cơ sở đảng hoàn thành nhiệm vụ trở lên, trong đó trên ...% hoàn thành tốt nhiệm vụ.")
d.p("- Tiếp tục thực hiện Kế hoạch số 99-KH/HU ngày 29/11/2022 về thực hiện Chương trình số 141-CTr/TU ngày 09/11/2022 của Ban Chấp hành Đảng bộ tỉnh; chú trọng kiện toàn chi bộ ấp, tổ đảng.")
d.p("Nơi nhận:")
d.p("- Ban Thường vụ Tỉnh ủy (b/c),")
d.p("- Lưu Văn phòng Huyện ủy.")
d.p("T/M BAN THƯỜNG VỤ")
d.p("BÍ THƯ")
d.p("Nguyễn Thanh Hải")
d.p("Cán bộ theo dõi: đồng chí Lê Thị Mai, Ban Tổ chức Huyện ủy, điện thoại 0293.3852.117.")
d.f("Đến 31/3/2025, tổng số đảng viên toàn Đảng bộ huyện là ", rp("3.621 đồng chí", dv25, 3621, want="inconsistent",
    note="body gives 3.612 twice, with a difference and a ratio that agree with 3.612; 21 transposed"),
    ", sinh hoạt tại 214 chi bộ trực thuộc và 22 chi bộ cơ sở.")
d.f("Thời điểm đầu nhiệm kỳ (tháng 10/2020), Đảng bộ huyện có ",
    amb("40 tổ chức cơ sở đảng", "repeat", "body: 41 in 2020 (sắp xếp từ 41, and 33/41 rated in 2020); the dates differ (October vs the year's rating), so 40 and 41 may both be right"), ".")
d.f("Ủy ban Kiểm tra Huyện ủy thi hành kỷ luật 22 đồng chí, ủy ban kiểm tra đảng ủy cơ sở 07 đồng chí (",
    sm("cộng 29 đồng chí", 29, [22, 7]), "); cấp ủy và chi bộ thi hành kỷ luật 32 đồng chí.")

# =====================================================================================
# d02: provincial term review (Tỉnh ủy), nhiệm kỳ 2020 - 2025
# =====================================================================================
d = draft("d02-tinh-tong-ket-nhiem-ky")
header(d, [], "TỈNH ỦY TÂY GIANG", "Số 286-BC/TU", "Vị Tân, ngày 20 tháng 5 năm 2025",
       ["tổng kết công tác xây dựng Đảng nhiệm kỳ 2020 - 2025", "và phương hướng, nhiệm vụ nhiệm kỳ 2025 - 2030"],
       "Thực hiện Hướng dẫn số 26-HD/BTCTW ngày 15/11/2024 của Ban Tổ chức Trung ương và Kế hoạch số 198-KH/TU ngày 04/8/2023 của Ban Thường vụ Tỉnh ủy, Tỉnh ủy Tây Giang báo cáo tổng kết công tác xây dựng Đảng nhiệm kỳ 2020 - 2025 như sau:")
d.p("I. TÌNH HÌNH CHUNG")
dv = 38207
d.p("Đảng bộ tỉnh có ", sm("13 đảng bộ trực thuộc", 13, [7, 1, 2, 3], note="three named sector committees"),
    " (07 huyện, 01 thị xã, 02 thành phố, Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh, Đảng bộ Công an tỉnh, Đảng bộ Quân sự tỉnh) với ",
    sm("512 tổ chức cơ sở đảng", 512, [186, 326]), " (gồm 186 đảng bộ cơ sở, 326 chi bộ cơ sở); ",
    sm("1.648 chi bộ trực thuộc đảng ủy cơ sở", 1648, [602, 538, 211, 333], want="inconsistent",
       note="total typed 1.648 for 1.684 (digits 84 transposed)"),
    " (gồm 602 chi bộ ấp, khu phố; 538 chi bộ ngành xã; 211 chi bộ ngành huyện; 333 chi bộ ngành tỉnh). ",
    sub("Tổng số đảng viên toàn tỉnh đến 31/12/2024 là 38.207", dv, [12904, 731, 602]),
    ", trong đó: nữ 12.904 đồng chí; đảng viên người dân tộc thiểu số ",
    sm("731 (Khmer 462", 731, [462, 251, 18]),
    ", Hoa 251, dân tộc khác 18); đảng viên là người có đạo ", sm("602 (Thiên chúa 471", 602, [471, 96, 35]),
    ", Phật giáo Hòa Hảo 96, tôn giáo khác 35).")
d.p("Nhiệm kỳ qua, Đảng bộ tỉnh lãnh đạo thực hiện đạt và vượt ", frac_only("17/21 chỉ tiêu", 17, 21), " chủ yếu của Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIV; tăng trưởng kinh tế bình quân đạt khá; quốc phòng, an ninh được giữ vững. Công tác xây dựng Đảng và hệ thống chính trị được chú trọng toàn diện trên các mặt chính trị, tư tưởng, đạo đức, tổ chức và cán bộ.")
d.p("II. KẾT QUẢ THỰC HIỆN")
d.p("1. Về tổ chức bộ máy và đội ngũ đảng viên")
d.p("Trong nhiệm kỳ, tổ chức cơ sở đảng giảm từ 547 xuống còn 512 (", df(512, 547, post=" tổ chức cơ sở đảng"),
    "), chủ yếu do sáp nhập ấp, khu phố và sắp xếp đơn vị sự nghiệp công lập; đảng viên tăng từ 36.318 lên 38.207 (",
    df(38207, 36318, post=" đảng viên"), "), ", rt(38207, 36318, pre="bằng ", post="% so với đầu nhiệm kỳ"),
    ". Toàn tỉnh có 412/602 ấp, khu phố có tổ đảng, ", fr(412, 602, m="64,48", want="inconsistent", note="one-digit typo 8 -> 4"), ".")
d.p("Nhiệm kỳ 2020 - 2025 kết nạp ", sub("6.214 đảng viên", 6214, [1186, 1305, 1262, 1298], note="four full years; the rest in Q4/2020 and Q1/2025"),
    ", ", rt(6214, 5568, pre="bằng ", post="% "), tm("so với nhiệm kỳ 2015 - 2020", "nhiệm kỳ 2015 - 2020", "nhiệm kỳ 2015 - 2020"),
    " (5.568 đảng viên); trong đó đoàn viên thanh niên 4.377, ", sh(4377, 6214), "; nữ 2.718, ",
    sh(2718, 6214, m="43,47", want="inconsistent", note="digits 74 transposed"),
    ". Năm 2021 kết nạp 1.186, năm 2022 kết nạp 1.305, năm 2023 kết nạp 1.262 (",
    df(1262, 1305, stated=34, post=" đảng viên so với năm 2022", want="inconsistent", note="43 transposed"),
    "), năm 2024 kết nạp 1.298 đảng viên; số còn lại kết nạp trong quý IV/2020 và quý I/2025.")
d.p("2. Về chất lượng tổ chức cơ sở đảng và đảng viên")
d.p("Năm 2024, trong ", sm("512 tổ chức cơ sở đảng được đánh giá", 512, [98, 371, 39, 4]), ", có 98 tổ chức hoàn thành xuất sắc nhiệm vụ ",
    sh(98, 512, pre="(", post="%)"), ", 371 tổ chức hoàn thành tốt nhiệm vụ ", sh(371, 512, pre="(", post="%)"),
    ", 39 tổ chức hoàn thành nhiệm vụ ", sh(39, 512, m="t", pre="(", post="%)", want="rounding"),
    ", 04 tổ chức không hoàn thành nhiệm vụ ", sh(4, 512, pre="(", post="%)"),
    ". Tỷ lệ hoàn thành tốt nhiệm vụ trở lên ", sh(469, 512, pre="đạt ", note="469 = 98 + 371 (disjoint categories)"),
    ", ", pt("91,60", "89,45"), " so với năm 2020 (89,45%).")
d.p("Cũng trong năm 2024, có ", sm("36.885 đảng viên được đánh giá", 36885, [33874, 2741, 270], note="xuất sắc counted inside tốt trở lên"),
    ", xếp loại; kết quả: hoàn thành tốt nhiệm vụ trở lên 33.874 đồng chí, ", sh(33874, 36885, m="t", want="rounding"),
    " (trong đó hoàn thành xuất sắc nhiệm vụ 5.627 đồng chí, ", sh(5627, 36885), "); hoàn thành nhiệm vụ 2.741 đồng chí, ",
    sh(2741, 36885), "; không hoàn thành nhiệm vụ 270 đồng chí, ", sh(270, 36885), ".")
d.p("3. Về đội ngũ cấp ủy")
d.p("Ban Chấp hành Đảng bộ tỉnh khóa XIV có ", sub("53 đồng chí", 53, [9, 6, 2]), ", trong đó nữ 09 ",
    sh(9, 53, m="19,98", pre="(", post="%)", want="inconsistent", note="one-digit typo 6 -> 9"),
    ", trẻ 06 ", sh(6, 53, pre="(", post="%)"), ", dân tộc thiểu số 02 ", sh(2, 53, pre="(", post="%)"),
    "; Ban Thường vụ Tỉnh ủy ", sub("15 đồng chí (02 nữ)", 15, [2]), ".")
d.p("Tổng số cấp ủy viên cơ sở nhiệm kỳ 2020 - 2025 là ",
    amb("3.184 cấp ủy viên", "sum", "1.126 + 1.912 + 139 = 3.177, 7 short of 3.184: some members may have no political-theory degree (no total for the block is given) or a part is mistyped; cannot tell"),
    ", trong đó trình độ lý luận chính trị cao cấp, cử nhân 1.126 ", sh(1126, 3184, pre="(", post="%)"),
    ", trung cấp 1.912 ", sh(1912, 3184, pre="(", post="%)"), ", sơ cấp 139 ",
    sh(139, 3184, m="t", pre="(", post="%)", want="rounding"), ".")
d.p("4. Đánh giá chung")
d.p("Công tác xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đảng viên có chuyển biến rõ nét; việc sắp xếp tổ chức bộ máy được thực hiện đồng bộ, bảo đảm đúng quy định. Tuy nhiên, chất lượng sinh hoạt của một số chi bộ chưa cao; công tác phát triển đảng viên ở một số địa bàn còn khó khăn do nguồn quần chúng ưu tú hạn chế, nhiều đoàn viên đi làm ăn xa.")
d.p("III. PHƯƠNG HƯỚNG, NHIỆM VỤ NHIỆM KỲ 2025 - 2030")
d.p("1. Phấn đấu kết nạp từ 1.300 đảng viên trở lên mỗi năm; 100% ấp, khu phố có chi bộ, trên 70% ấp, khu phố có tổ đảng.")
d.p("2. Tiếp tục thực hiện Chương trình số 141-CTr/TU ngày 09/11/2022 của Ban Chấp hành Đảng bộ tỉnh và Quy định số 1968-QĐ/TU ngày 03/10/2019 của Ban Thường vụ Tỉnh ủy về tiêu chí đánh giá chất lượng sinh hoạt chi bộ.")
d.p("T/M TỈNH ỦY")
d.p("BÍ THƯ")
d.f("Đến 31/12/2024, toàn Đảng bộ tỉnh có ", rp("38.207 đảng viên", dv, 38207), ", sinh hoạt tại 512 tổ chức cơ sở đảng.")
d.f("Kết quả học tập, quán triệt Nghị quyết Đại hội XIII của Đảng: 37.102/37.614 đảng viên tham gia, ", fr(37102, 37614), ".")
d.f("Năm 2024, toàn tỉnh có ", rp("521 tổ chức cơ sở đảng được đánh giá", 512, 521, want="inconsistent", note="body: 512 tổ chức cơ sở đảng được đánh giá; 12 and 21 swapped"),
    ", xếp loại chất lượng theo Quy định số 124-QĐ/TW.")

# =====================================================================================
# d03: annual party-building report of a bloc committee, năm 2024
# =====================================================================================
d = draft("d03-khoi-xay-dung-dang-nam-2024")
header(d, ["ĐẢNG BỘ TỈNH TÂY GIANG"], "ĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH", "Số 154-BC/ĐUK",
       "Vị Tân, ngày 10 tháng 12 năm 2024", ["kết quả công tác xây dựng Đảng năm 2024,", "phương hướng, nhiệm vụ năm 2025"],
       "Căn cứ Chương trình công tác năm 2024 của Ban Chấp hành Đảng bộ Khối, Ban Thường vụ Đảng ủy Khối báo cáo kết quả công tác xây dựng Đảng năm 2024 như sau:")
d.p("I. ĐẶC ĐIỂM TÌNH HÌNH")
d.p("Đảng bộ Khối có ", sm("86 tổ chức cơ sở đảng", 86, [31, 55]), " (31 đảng bộ cơ sở, 55 chi bộ cơ sở), ",
    sm("247 chi bộ trực thuộc", 247, [163, 84]), " đảng ủy cơ sở với ", sm("5.236 đảng viên", 5236, [3954, 1282]),
    ". Đảng viên khối cơ quan ", sub("3.954 (trong đó nữ 1.702)", 3954, [1702]), ", đảng viên khối doanh nghiệp ",
    sub("1.282 (trong đó nữ 341)", 1282, [341]), "; ",
    sm("đảng viên nữ toàn Đảng bộ Khối 2.043", 2043, [1702, 341]), " đồng chí, ",
    sh(2043, 5236, m="38,02", want="inconsistent", note="one-digit typo 9 -> 8"), ". Chi bộ trực thuộc đảng ủy cơ sở khối cơ quan 163, khối doanh nghiệp 84.")
d.p("Năm 2024, các cơ quan, doanh nghiệp trong Khối tiếp tục thực hiện sắp xếp tổ chức bộ máy theo Nghị quyết số 18-NQ/TW; một số doanh nghiệp gặp khó khăn về thị trường, việc làm của người lao động chưa ổn định, ảnh hưởng đến tư tưởng của một bộ phận đảng viên và công tác tạo nguồn phát triển đảng viên.")
d.p("II. KẾT QUẢ CÔNG TÁC XÂY DỰNG ĐẢNG NĂM 2024")
d.p("1. Công tác chính trị, tư tưởng")
d.p("Tổ chức học tập, quán triệt Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII: 5.094/5.187 đảng viên tham gia, ",
    fr(5094, 5187), "; học tập Chuyên đề năm 2024: 5.120/5.187 đảng viên tham gia, ",
    fr(5120, 5187, m="t", pre="đạt tỷ lệ ", want="rounding"),
    ". Ban Thường vụ Đảng ủy Khối ban hành Kế hoạch số 72-KH/ĐUK ngày 14/3/2024 về tuyên truyền kỷ niệm các ngày lễ lớn; duy trì chế độ giao ban dư luận xã hội hằng tháng.")
d.p("2. Công tác tổ chức, xây dựng Đảng")
d.p("a) Đánh giá, xếp loại chất lượng")
d.p("Trong ", sm("86 tổ chức cơ sở đảng được đánh giá", 86, [79, 6, 1], note="xuất sắc counted inside tốt trở lên"), ", hoàn thành tốt nhiệm vụ trở lên 79 tổ chức, ", sh(79, 86),
    " (trong đó hoàn thành xuất sắc nhiệm vụ 14 tổ chức, ", sh(14, 86), "); hoàn thành nhiệm vụ 06 tổ chức, ",
    sh(6, 86, m="6,89", want="inconsistent", note="digits 98 transposed"), "; không hoàn thành nhiệm vụ 01 tổ chức, ", sh(1, 86), ".")
d.p("Có ", sm("5.012 đảng viên được đánh giá", 5012, [851, 3812, 318, 31]),
    ": hoàn thành xuất sắc nhiệm vụ 851 đồng chí ", sh(851, 5012, pre="(", post="%)"),
    ", hoàn thành tốt nhiệm vụ 3.812 đồng chí ", sh(3812, 5012, m="t", pre="(", post="%)", want="rounding"),
    ", hoàn thành nhiệm vụ 318 đồng chí ", sh(318, 5012, pre="(", post="%)"),
    ", không hoàn thành nhiệm vụ 31 đồng chí ", sh(31, 5012, pre="(", post="%)"),
    ". Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên năm 2024 ", sh(4663, 5012, pre="đạt ", note="4.663 = 851 + 3.812"),
    ", ", pt("93,04", "92,66"), " so với năm 2023 (92,66%).")
d.p("b) Công tác phát triển đảng viên")
d.p("Năm 2024 kết nạp ", sm("187 đảng viên", 187, [41, 146]), ", ", rt(187, 180, dp=2, pre="đạt ", post="% chỉ tiêu"),
    " (180 đảng viên) và ", rt(187, 173, pre="bằng ", post="% so với năm 2023"),
    " (173 đảng viên); trong đó khối doanh nghiệp 41 đảng viên, ",
    sh(41, 187, m=("b", 173), want="inconsistent", note="share of the 2023 figure 173"),
    ", khối cơ quan 146 đảng viên. Đảng viên mới là đoàn viên thanh niên 132 đồng chí, ", sh(132, 187), ".")
d.p("Số tổ chức đảng trong doanh nghiệp ngoài nhà nước tăng từ 17 lên 21 (", df(21, 17, lead=True, post=" tổ chức"),
    "); số đảng viên trong khu vực này là 263 đồng chí, ",
    df(263, 243, stated=29, post=" đảng viên so với năm 2023 là 243", want="inconsistent"), ".")
d.p("3. Công tác kiểm tra, giám sát")
d.p("Ủy ban Kiểm tra Đảng ủy Khối kiểm tra 12 tổ chức đảng theo Điều 30 Điều lệ Đảng; qua kiểm tra, ",
    fr(8, 8, pre="08/08 tổ chức đảng hoàn thành khắc phục sau kiểm tra, đạt ", dp=0),
    ". Thi hành kỷ luật ", sm("07 đảng viên", 7, [5, 2]), " (khiển trách 05, cảnh cáo 02).")
d.p("III. ĐÁNH GIÁ CHUNG")
d.p("Công tác xây dựng Đảng năm 2024 của Đảng bộ Khối đạt nhiều kết quả tích cực. Tuy nhiên, việc phát triển tổ chức đảng trong doanh nghiệp ngoài nhà nước còn chậm; một số chi bộ doanh nghiệp sinh hoạt chưa đều, nội dung chưa gắn với nhiệm vụ sản xuất, kinh doanh.")
d.p("IV. PHƯƠNG HƯỚNG NĂM 2025")
d.p("- Phấn đấu kết nạp 190 đảng viên; trên 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên; ... tổ chức đảng được thành lập mới trong doanh nghiệp ngoài nhà nước.")
d.p("- Tổ chức hội nghị sơ kết việc thực hiện Quy định số 69-QĐ/TW; đường dây nóng tiếp nhận phản ánh: 0293.3870.456.")
d.p("T/M BAN THƯỜNG VỤ")
d.p("PHÓ BÍ THƯ THƯỜNG TRỰC")
d.f("Đến 30/11/2024: đảng viên khối doanh nghiệp 1.282, ", rp("khối cơ quan 3.945", 3954, 3945, want="inconsistent",
    note="body gives 3.954, which with 1.282 makes the 5.236 total; 54 transposed"), ".")

# =====================================================================================
# d04: training of cadres in political theory, giai đoạn 2021 - 2025
# =====================================================================================
d = draft("d04-dao-tao-ly-luan-chinh-tri")
header(d, ["ĐẢNG BỘ TỈNH TÂY GIANG"], "BAN TỔ CHỨC TỈNH ỦY", "Số 318-BC/BTCTU", "Vị Tân, ngày 25 tháng 6 năm 2025",
       ["kết quả đào tạo, bồi dưỡng lý luận chính trị", "cho cán bộ, đảng viên giai đoạn 2021 - 2025"],
       "Thực hiện Quy định số 57-QĐ/TW ngày 08/02/2022 của Bộ Chính trị về tiêu chuẩn và phân cấp đào tạo lý luận chính trị và Kế hoạch số 198-KH/TU ngày 04/8/2023 của Ban Thường vụ Tỉnh ủy, Ban Tổ chức Tỉnh ủy báo cáo kết quả như sau:")
d.p("I. KẾT QUẢ ĐÀO TẠO")
d.p("1. Quy mô đào tạo")
d.p("Giai đoạn 2021 - 2025, toàn tỉnh mở ", sm("38 lớp đào tạo", 38, [4, 22, 12]), " lý luận chính trị với ",
    sm("2.846 học viên", 2846, [182, 1474, 1190]),
    ", gồm: 04 lớp cao cấp lý luận chính trị (182 học viên), 22 lớp trung cấp lý luận chính trị - hành chính (1.474 học viên), 12 lớp sơ cấp lý luận chính trị (1.190 học viên); ",
    rt(2846, 2800, m="106,1", pre="đạt ", post="% kế hoạch giai đoạn", want="inconsistent", note="digits 1,6 and 6,1 swapped"),
    " (2.800 học viên).")
d.p("2. Cao cấp lý luận chính trị")
d.p("Lớp cao cấp lý luận chính trị hệ không tập trung khóa 2022 - 2024 có ", sub("45 học viên (trong đó nữ 20", 45, [20, 17, 3]),
    ", trẻ 17, dân tộc 03); lớp khóa 2023 - 2025 có ", sub("45 học viên (trong đó nữ 16", 45, [16, 21]),
    ", cán bộ chủ chốt cấp huyện 21). Kết quả tốt nghiệp khóa 2022 - 2024: loại giỏi 38/45 học viên, ", fr(38, 45),
    "; loại khá 07/45 học viên, ", fr(7, 45, m="t", pre="đạt tỷ lệ ", want="rounding"), ".")
d.p("Số học viên cao cấp giai đoạn 2021 - 2025 là 182 đồng chí, ", df(182, 155, post=" đồng chí"), " ",
    tm("so với giai đoạn 2016 - 2020", "giai đoạn 2016 - 2020", "giai đoạn 2016 - 2020"), " (155 học viên).")
d.p("3. Trung cấp lý luận chính trị - hành chính")
d.p("Năm 2021 mở 04 lớp (296 học viên), năm 2022 mở 05 lớp (361 học viên, ",
    df(361, 296, stated=56, post=" học viên so với năm 2021", want="inconsistent", note="65 transposed"),
    "), năm 2023 mở 05 lớp (352 học viên), năm 2024 mở 04 lớp (287 học viên), năm 2025 mở 04 lớp (178 học viên); ",
    sm("cộng 22 lớp", 22, [4, 5, 5, 4, 4]), ", ",
    sm("1.447 học viên", 1447, [296, 361, 352, 287, 178], want="inconsistent",
       note="also disagrees with the 1.474 of section 1; 74 transposed"),
    ". Tỷ lệ học viên nữ của các lớp trung cấp ", fr(608, 1474, pre="đạt ", post="% (608/1.474)"),
    "; có 1.289/1.474 học viên đạt loại khá, giỏi, ",
    amb("chiếm 87.45%", "fraction", "1.289/1.474 = 87,449% -> 87,45%, but written with a dot: 8.745% in vi-VN notation or a mistyped 87,45%; cannot be parsed safely"),
    ".")
d.p("4. Sơ cấp lý luận chính trị")
d.p("Sơ cấp lý luận chính trị mở ", sm("12 lớp", 12, [3, 2, 4, 3]), ", ", sm("1.190 học viên", 1190, [312, 204, 386, 288]),
    ", trong đó huyện Tân Hòa 03 lớp (312 học viên), huyện Long Phú 02 lớp (204 học viên), thành phố Vị Tân 04 lớp (386 học viên), các đơn vị còn lại 03 lớp (288 học viên).")
d.p("II. CHUẨN HÓA TRÌNH ĐỘ LÝ LUẬN CHÍNH TRỊ")
d.p("Tỷ lệ cán bộ lãnh đạo, quản lý diện Ban Thường vụ Tỉnh ủy quản lý có trình độ cao cấp lý luận chính trị ",
    fr(250, 260, pre="đạt ", post="% (250/260 đồng chí)"), "; cán bộ lãnh đạo, quản lý cấp huyện 1.112/1.184 đồng chí có trình độ trung cấp trở lên, ",
    fr(1112, 1184, m="t", pre="đạt tỷ lệ ", want="rounding"), "; cấp xã có 1.436 cán bộ chủ chốt, trong đó có trình độ trung cấp trở lên 1.327 đồng chí, ",
    sh(1327, 1436), ".")
d.p("Thực hiện Quyết định số 125/QĐ-UBND ngày 12/3/2019: 46 người được cử đi đào tạo cao cấp lý luận chính trị; Quyết định số 310/QĐ-UBND ngày 05/7/2021: 52 người. ",
    sm("Tổng số được cử đi học theo hai quyết định là 98 người", 98, [46, 52]), ".")
d.p("III. BỒI DƯỠNG, CẬP NHẬT KIẾN THỨC")
d.p("Bồi dưỡng, cập nhật kiến thức mới cho cán bộ lãnh đạo, quản lý; bồi dưỡng nghiệp vụ công tác đảng, công tác kiểm tra, dân vận cho cấp ủy viên cơ sở. Số lượt bồi dưỡng năm 2024 là 2.130, ",
    rt(2130, 1897, m="121,3", want="inconsistent", note="12 and 21 swapped", pre="bằng ", post="% so với năm 2023"), " (1.897 lượt).")
d.p("IV. ĐÁNH GIÁ, KIẾN NGHỊ")
d.p("Công tác đào tạo lý luận chính trị bảo đảm đúng đối tượng, tiêu chuẩn; chất lượng học tập từng bước được nâng lên. Tuy nhiên, một số đơn vị cử học viên chưa đúng quy hoạch; cơ sở vật chất của Trường Chính trị tỉnh và trung tâm chính trị cấp huyện còn hạn chế. Kiến nghị Học viện Chính trị khu vực IV tiếp tục mở lớp cao cấp hệ không tập trung tại tỉnh; dự kiến năm 2026 mở ... lớp.")
d.p("Nơi nhận: - Ban Thường vụ Tỉnh ủy (b/c); - Trường Chính trị tỉnh; - Lưu BTCTU. Điện thoại liên hệ: 0293.3876.502.")
d.f("Lớp cao cấp lý luận chính trị khóa 2022 - 2024: 45 học viên, tốt nghiệp 45/45, ", fr(45, 45, dp=0), ".")
d.f("Cán bộ chủ chốt cấp xã có trình độ trung cấp lý luận chính trị trở lên: ",
    rp("1.372 đồng chí", 1327, 1372, want="inconsistent", note="body: 1.327 (with its share 92,41% of 1.436); 27/72 swapped"), ".")

# =====================================================================================
# d05: member recruitment and quality ratings, năm 2024 (district)
# =====================================================================================
d = draft("d05-ket-nap-danh-gia-dang-vien")
header(d, ["ĐẢNG BỘ TỈNH TÂY GIANG"], "HUYỆN ỦY LONG PHÚ", "Số 97-BC/HU", "Long Phú, ngày 08 tháng 01 năm 2025",
       ["kết quả công tác phát triển đảng viên và đánh giá,", "xếp loại chất lượng tổ chức đảng, đảng viên năm 2024"],
       "Thực hiện Quy định số 124-QĐ/TW ngày 02/10/2023 của Bộ Chính trị và Hướng dẫn số 25-HD/BTCTW ngày 25/10/2023 của Ban Tổ chức Trung ương, Ban Thường vụ Huyện ủy Long Phú báo cáo như sau:")
d.p("I. TÌNH HÌNH ĐỘI NGŨ ĐẢNG VIÊN")
d.p("Đầu năm 2024, Đảng bộ huyện có 4.572 đảng viên. Trong năm ", sm("tăng 214 đảng viên", 214, [168, 41, 5]),
    " (kết nạp 168, chuyển đến 41, phục hồi đảng tịch 05); ", sm("giảm 149 đảng viên", 149, [52, 63, 21, 4, 9]),
    " (từ trần 52, chuyển đi 63, xóa tên 21, khai trừ 04, xin ra khỏi Đảng 09). Đến 31/12/2024, ",
    sm("tổng số đảng viên là 4.637", 4637, [4572, 214, -149], note="stock-flow: 4.572 + 214 - 149"),
    "; trong đó đảng viên nữ 1.534 đồng chí, ", sh(1534, 4637), "; đảng viên dự bị 287 đồng chí, ",
    sh(287, 4637, m="6,91", pre="chiếm tỷ lệ ", want="inconsistent", note="6,19 typed 6,91"), ".")
d.p("II. CÔNG TÁC PHÁT TRIỂN ĐẢNG VIÊN")
d.p("Năm 2024, toàn Đảng bộ kết nạp ", sub("168 đảng viên mới", 168, [71, 119, 4, 6], note="sum 200 > 168: different dimensions"),
    ", ", rt(168, 160, dp=0, pre="đạt ", post="% chỉ tiêu"), " (160 đảng viên), trong đó nữ 71 ",
    sh(71, 168, m="42,62", pre="(", post="%)", want="inconsistent", note="digits 26 transposed"),
    ", đoàn viên thanh niên 119 ", sh(119, 168, pre="(", post="%)"), ", người dân tộc thiểu số 04 ",
    sh(4, 168, pre="(", post="%)"), ", người có đạo 06 ", sh(6, 168, pre="(", post="%)"), ".")
d.p("- Phân theo nghề nghiệp, ", sm("168 đảng viên mới gồm", 168, [58, 27, 44, 9, 21, 9]),
    ": cán bộ, công chức, viên chức 58; công nhân, người lao động 27; nông dân 44; học sinh, sinh viên 09; lực lượng vũ trang 21; nghề khác 09.")
d.p("- Phân theo trình độ học vấn, ", sm("186 đồng chí", 186, [21, 147], want="inconsistent",
    note="21 + 147 = 168, the number admitted; 168 typed 186"), " gồm: trung học cơ sở 21, trung học phổ thông 147.")
d.p("- Phân theo độ tuổi: từ 18 - 30 tuổi 112 đồng chí ", sh(112, 168, pre="(", post="%)"), ", từ 31 - 40 tuổi 43 đồng chí ",
    sh(43, 168, m="t", pre="(", post="%)", want="rounding"), ", trên 40 tuổi 13 đồng chí ",
    sh(13, 168, m="t", pre="(", post="%)", want="rounding"), "; ", sm("cộng 168 đồng chí", 168, [112, 43, 13]), ".")
d.p("So với năm 2023 (153 đảng viên), số kết nạp năm 2024 ", df(168, 153, post=" đảng viên"), ", ",
    rt(168, 153, m="110,8", want="inconsistent", note="one-digit slip"),
    ". Năm 2022 kết nạp 147 đảng viên; ", sm("ba năm 2022 - 2024 kết nạp 468 đảng viên", 468, [147, 153, 168]), ".")
d.p("Đảng viên dự bị đủ điều kiện được chuyển chính thức 158 đồng chí, ",
    amb("đạt 98,14%", "share", "no base is given (number of probationary members due in the year not stated); 158/160 = 98,75, 158/161 = 98,14: undecidable from the text"), ".")
d.p("III. KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG")
d.p("1. Đối với đảng viên")
d.p(sm("Tổng số đảng viên 4.637", 4637, [312, 4325], note="miễn đánh giá + được đánh giá"), "; miễn đánh giá 312 đồng chí ", sh(312, 4637, pre="(chiếm ", post="%)"), "; ",
    sm("số đảng viên được đánh giá 4.325", 4325, [657, 3406, 231, 31]),
    ". Kết quả: hoàn thành xuất sắc nhiệm vụ 657 đồng chí, ",
    sh(657, 4325, m=("b", 4637), want="inconsistent", note="share of all 4.637 members instead of the 4.325 rated"),
    "; hoàn thành tốt nhiệm vụ 3.406 đồng chí, ", sh(3406, 4325), "; hoàn thành nhiệm vụ 231 đồng chí, ", sh(231, 4325),
    "; không hoàn thành nhiệm vụ 31 đồng chí, ", sh(31, 4325, m="t", want="rounding"), ".")
d.p("Tỷ lệ đảng viên hoàn thành xuất sắc nhiệm vụ so với số hoàn thành tốt nhiệm vụ là ",
    sh(657, 3406, pre="", post="% (657/3.406)"), ", bảo đảm không vượt quá 20% theo quy định. Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên năm 2022 là 92,87%, năm 2023 là 93,40% (",
    pt("93,40", "92,87"), "), ", sh(4063, 4325, pre="năm 2024 là ", note="4.063 = 657 + 3.406"), " (",
    pt("93,94", "93,40", stated="0,45", post="% so với năm 2023", want="inconsistent", note="54 transposed"),
    "). Số đảng viên không hoàn thành nhiệm vụ giảm từ 38 đồng chí năm 2023 xuống 31 đồng chí (", df(31, 38, lead=True), ").")
d.p("2. Đối với tổ chức đảng")
d.p("Trong ", sm("45 tổ chức cơ sở đảng", 45, [7, 33, 5]), ": hoàn thành xuất sắc nhiệm vụ 07 ",
    sh(7, 45, pre="(", post="%)"), ", hoàn thành tốt nhiệm vụ 33 ", sh(33, 45, pre="(", post="%)"),
    ", hoàn thành nhiệm vụ 05 ", sh(5, 45, pre="(", post="%)"), ". Có ", sub("238 chi bộ trực thuộc", 238, [214, 43], note="xuất sắc nested inside tốt trở lên"), " đảng ủy cơ sở được đánh giá, trong đó hoàn thành tốt nhiệm vụ trở lên 214 chi bộ ",
    sh(214, 238, dp=1, pre="(", post="%)"), ", hoàn thành xuất sắc nhiệm vụ 43 chi bộ, ", sh(43, 238), ".")
d.p("IV. NHẬN XÉT")
d.p("Công tác kết nạp đảng viên vượt chỉ tiêu; việc đánh giá, xếp loại được thực hiện đúng quy trình, có so sánh giữa các năm. Tuy nhiên, tỷ lệ kết nạp trong nông dân, công nhân còn thấp; một số chi bộ ấp còn nể nang trong đánh giá, xếp loại đảng viên.")
d.p("T/M BAN THƯỜNG VỤ")
d.p("PHÓ BÍ THƯ THƯỜNG TRỰC")
d.f("Đến 31/12/2024, ", sub("đảng viên có từ 30 năm tuổi Đảng trở lên 1.046 đồng chí", 1046, [412, 137], note="cumulative thresholds, nested"),
    ", trong đó từ 40 năm trở lên 412, từ 50 năm trở lên 137.")
d.f("Năm 2024 trao tặng ", sm("129 Huy hiệu Đảng", 129, [71, 26, 15, 11, 4], want="inconsistent",
    note="badges awarded in the year are disjoint classes"),
    " (30 năm 71, 40 năm 26, 45 năm 15, 50 năm 11, 55 năm 04) theo Quyết định số 1205-QĐ/HU ngày 26/8/2024.")

# =====================================================================================
# d06: inspection and discipline, nhiệm kỳ 2020 - 2025 (provincial inspection committee)
# =====================================================================================
d = draft("d06-kiem-tra-giam-sat-ky-luat")
header(d, ["ĐẢNG BỘ TỈNH TÂY GIANG"], "ỦY BAN KIỂM TRA TỈNH ỦY", "Số 63-BC/UBKTTU", "Vị Tân, ngày 02 tháng 4 năm 2025",
       ["tổng kết công tác kiểm tra, giám sát và thi hành kỷ luật đảng", "nhiệm kỳ 2020 - 2025"],
       "Thực hiện Điều 30, Điều 32 Điều lệ Đảng, Quy định số 22-QĐ/TW ngày 28/7/2021 của Ban Chấp hành Trung ương và Hướng dẫn số 02-HD/UBKTTW ngày 09/12/2021, Ủy ban Kiểm tra Tỉnh ủy báo cáo như sau:")
d.p("I. CÔNG TÁC KIỂM TRA, GIÁM SÁT CỦA CẤP ỦY")
d.p("Cấp ủy các cấp kiểm tra 2.184 tổ chức đảng và ", sub("4.962 đảng viên (trong đó 1.538 cấp ủy viên các cấp)", 4962, [1538]),
    "; giám sát chuyên đề 1.905 tổ chức đảng và 3.417 đảng viên. Ủy ban kiểm tra các cấp kiểm tra ",
    amb("412 đảng viên, trong đó 173 cấp ủy viên", "sum", "173 + 96 + 151 = 420 > 412: an error if the groups are disjoint, but người đứng đầu are usually also cấp ủy viên, so they may overlap; undecidable"),
    ", 96 người đứng đầu, 151 đảng viên khác. Nội dung tập trung vào việc thực hiện nguyên tắc tập trung dân chủ, quy chế làm việc, công tác cán bộ, quản lý đất đai, tài chính, đầu tư công.")
d.p("II. CÔNG TÁC CỦA ỦY BAN KIỂM TRA CÁC CẤP")
d.p("1. Kiểm tra khi có dấu hiệu vi phạm")
d.p("Ủy ban kiểm tra các cấp kiểm tra khi có dấu hiệu vi phạm 96 tổ chức đảng và 412 đảng viên; kết luận 71 tổ chức đảng có vi phạm, ",
    sh(71, 96, m="t", want="rounding"), ", phải thi hành kỷ luật 09 tổ chức; 338 đảng viên có vi phạm, ",
    sh(338, 412, m="80,24", pre="chiếm tỷ lệ ", want="inconsistent", note="digits 2 and 0 swapped"),
    ", phải thi hành kỷ luật 117 đảng viên, ", sh(117, 338, post="% số đảng viên có vi phạm"), ".")
d.p("Năm 2024, ủy ban kiểm tra các cấp kiểm tra dấu hiệu vi phạm 24 tổ chức đảng, ", df(24, 19, lead=True, post=" tổ chức so với năm 2023"),
    " (19 tổ chức) và 87 đảng viên, ", df(87, 99, stated=21, post=" đảng viên so với năm 2023", want="inconsistent", note="12 reversed"),
    " (99 đảng viên).")
d.p("2. Thi hành kỷ luật")
kl = [652, 231, 47, 96]
d.p("Nhiệm kỳ 2020 - 2025, các cấp ủy, tổ chức đảng và ủy ban kiểm tra thi hành kỷ luật ", sm("1.026 đảng viên", 1026, kl),
    ", gồm: khiển trách 652 đảng viên, ", sh(652, 1026, m="t", want="rounding"), "; cảnh cáo 231 đảng viên, ", sh(231, 1026),
    "; cách chức 47 đảng viên, ", sh(47, 1026, m="u", want="rounding"), "; khai trừ 96 đảng viên, ", sh(96, 1026),
    ". Thi hành kỷ luật ", sm("23 tổ chức đảng", 23, [17, 6]), " (khiển trách 17, cảnh cáo 06). Số đảng viên bị kỷ luật ",
    df(1026, 1144, post=" đảng viên"), " ", tm("so với nhiệm kỳ 2015 - 2020", "nhiệm kỳ 2015 - 2020", "nhiệm kỳ 2015 - 2020"),
    " (1.144 đảng viên). Trong số đảng viên bị kỷ luật có 214 cấp ủy viên các cấp, ",
    sh(214, 1026, m="20,68", want="inconsistent", note="digits 86 transposed"), ".")
d.p("Riêng ủy ban kiểm tra các cấp đã thi hành kỷ luật ",
    amb("109 đảng viên", "repeat", "section 1 says 117 members had to be disciplined after checks on signs of violation; 109 may be the part disciplined by the committees themselves (the rest by party committees), or a typo: scope differs, undecidable"),
    " theo thẩm quyền quy định tại Điều 12 Quy định số 69-QĐ/TW ngày 06/7/2022 của Bộ Chính trị.")
d.p("3. Giải quyết tố cáo, khiếu nại kỷ luật")
d.p("Ủy ban kiểm tra các cấp tiếp nhận ", sm("124 đơn tố cáo", 124, [87, 55], want="inconsistent", note="87 + 55 = 142; 42 typed 24"),
    ", trong đó thuộc thẩm quyền 87 đơn, không thuộc thẩm quyền 55 đơn. Đã giải quyết 84/87 đơn thuộc thẩm quyền, ", fr(84, 87),
    ". Trong ", sm("84 đơn đã giải quyết", 84, [19, 31, 34]), ": tố cáo đúng 19 đơn, đúng một phần 31 đơn, tố cáo sai 34 đơn; tố cáo đúng và đúng một phần ",
    sh(50, 84, m=("b", 87), want="inconsistent", note="50/87: share of the 87 under jurisdiction instead of the 84 settled"), ".")
d.p("4. Thu hồi tiền, tài sản")
d.p("Qua kiểm tra tài chính đảng và kiểm tra việc thực hiện nhiệm vụ kiểm tra tài chính, kiến nghị thu hồi 18,6 tỷ đồng; đã thu hồi 15,2 tỷ đồng, ",
    sh(Decimal("15.2"), Decimal("18.6"), pre="đạt ", post="% số kiến nghị"), ".")
d.p("III. XÂY DỰNG NGÀNH KIỂM TRA")
d.p("Ủy ban Kiểm tra Tỉnh ủy nhiệm kỳ 2020 - 2025 có ", sm("11 ủy viên", 11, [7, 4]),
    ", trong đó 07 chuyên trách, 04 kiêm nhiệm. Số cán bộ làm công tác kiểm tra toàn tỉnh nhiệm kỳ 2020 - 2025 là 386 đồng chí, ",
    df(386, 372, post=" đồng chí"), " ",
    tm("so với nhiệm kỳ 2010 - 2015", "nhiệm kỳ 2010 - 2015", "nhiệm kỳ 2015 - 2020", want="inconsistent"),
    " (372 đồng chí); trong đó nữ 118 đồng chí, ", sh(118, 386, dp=1), ".")
d.p("IV. ĐÁNH GIÁ CHUNG VÀ PHƯƠNG HƯỚNG")
d.p("Công tác kiểm tra, giám sát được tiến hành chủ động, có trọng tâm, trọng điểm; việc thi hành kỷ luật bảo đảm nghiêm minh, kịp thời. Tuy nhiên, chất lượng tự kiểm tra của một số tổ chức cơ sở đảng còn hạn chế; việc phát hiện vi phạm qua giám sát thường xuyên chưa nhiều. Nhiệm kỳ 2025 - 2030 phấn đấu 100% tổ chức đảng có vi phạm được xử lý kịp thời; số cuộc giám sát chuyên đề đạt ... cuộc/năm.")
d.p("Nơi nhận: - Ban Thường vụ Tỉnh ủy; - Ủy ban Kiểm tra Trung ương (b/c); - Lưu UBKT. Điện thoại: 0293.3878.210.")
d.f("Tổng số đảng viên bị thi hành kỷ luật nhiệm kỳ 2020 - 2025: ", rp("1.062 đảng viên", 1026, 1062, want="inconsistent",
    note="body: 1.026, with forms summing to 1.026; 26/62 swapped"), ", trong đó khai trừ 96 đảng viên.")

# =====================================================================================
# d07: cadre planning by term (Huyện ủy), nhiệm kỳ 2025 - 2030 and 2026 - 2031
# =====================================================================================
d = draft("d07-quy-hoach-can-bo")
header(d, ["ĐẢNG BỘ TỈNH TÂY GIANG"], "HUYỆN ỦY TÂN HÒA", "Số 388-BC/HU", "Tân Hòa, ngày 30 tháng 9 năm 2024",
       ["kết quả rà soát, bổ sung quy hoạch cán bộ", "nhiệm kỳ 2025 - 2030 và nhiệm kỳ 2026 - 2031"],
       "Thực hiện Quy định số 50-QĐ/TW ngày 27/12/2021 của Bộ Chính trị về công tác quy hoạch cán bộ, Hướng dẫn số 16-HD/BTCTW ngày 15/02/2022 của Ban Tổ chức Trung ương và Kế hoạch số 131-KH/TU ngày 12/7/2024 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy báo cáo kết quả như sau:")
d.p("I. KẾT QUẢ QUY HOẠCH")
d.p("1. Quy hoạch Ban Chấp hành, Ban Thường vụ Huyện ủy và các chức danh chủ chốt")
d.p("Quy hoạch Ban Chấp hành Đảng bộ huyện nhiệm kỳ 2025 - 2030: ", sub("68 đồng chí", 68, [17, 19, 3]), ", trong đó nữ 17 đồng chí ",
    sh(17, 68, dp=0, pre="(", post="%)"), ", trẻ dưới 40 tuổi 19 đồng chí ",
    sh(19, 68, m="27,49", pre="(", post="%)", want="inconsistent", note="digits 94 transposed"),
    ", người dân tộc thiểu số 03 đồng chí ", sh(3, 68, pre="(", post="%)"),
    ". So với nhiệm kỳ 2020 - 2025 (62 đồng chí), ", df(68, 62, lead=True, post=" đồng chí"), "; phân theo trình độ lý luận chính trị: cao cấp 21, trung cấp 44 (",
    amb("cộng 65/68", "sum", "21 + 44 = 65 of 68: the other 3 may hold sơ cấp or no degree (the block may be partial); undecidable"), ").")
d.p("Quy hoạch Ban Thường vụ Huyện ủy nhiệm kỳ 2025 - 2030: 24 đồng chí (nữ 05, ", sh(5, 24, dp=1),
    "); quy hoạch Bí thư Huyện ủy 03, Phó Bí thư 06, Chủ tịch UBND huyện 03, Chủ tịch HĐND huyện 03, ",
    sm("tổng cộng 15 lượt chức danh chủ chốt", 15, [3, 6, 3, 3], note="lượt người: one person may be planned for several posts"), ".")
d.p("2. Quy hoạch lãnh đạo HĐND, UBND")
d.p("Nhiệm kỳ 2021 - 2026 quy hoạch 38 đồng chí lãnh đạo HĐND, UBND huyện và xã. Nhiệm kỳ 2026 - 2031 quy hoạch 41 đồng chí (",
    df(41, 38, lead=True, post=" đồng chí"), " ", tm("so với nhiệm kỳ 2021 - 2026", "nhiệm kỳ 2021 - 2026", "nhiệm kỳ 2021 - 2026"),
    "), trong đó nữ 11 đồng chí, ", sh(11, 41, m=("b", 38), want="inconsistent", note="share of the 38 of the previous term"),
    "; dưới 35 tuổi 08 đồng chí, ", sh(8, 41), ".")
d.p("3. Quy hoạch cấp ủy cơ sở và trưởng, phó phòng")
d.p("Quy hoạch cấp ủy cơ sở nhiệm kỳ 2025 - 2030: 1.184 lượt đồng chí; trong đó nữ 356 lượt, ", sh(356, 1184),
    "; trẻ 402 lượt, ", sh(402, 1184, m="u", want="rounding"), "; trình độ đại học trở lên 1.093/1.184, ", fr(1093, 1184, pre="chiếm "),
    ". Số lượng quy hoạch cấp ủy cơ sở tăng từ 1.102 lên 1.184 (", df(1184, 1102, stated=28, post=" lượt", want="inconsistent", note="82 reversed"),
    "), ", rt(1184, 1102, pre="bằng ", post="% so với nhiệm kỳ 2020 - 2025"), "; tỷ lệ nữ trong quy hoạch ", pt("30,07", "27,72"), " ",
    tm("so với nhiệm kỳ 2015 - 2020 (27,72%)", "nhiệm kỳ 2015 - 2020", "nhiệm kỳ 2020 - 2025", want="inconsistent",
       note="the sentence compares 2025 - 2030 with the term before it"), ".")
d.p("Quy hoạch trưởng, phó các phòng, ban, ngành huyện: 146 lượt (nữ 51, ", sh(51, 146), "). Rà soát, đưa ra khỏi quy hoạch ",
    sm("37 đồng chí", 37, [14, 11, 9, 2], want="inconsistent", note="reasons are exhaustive; 14 + 11 + 9 + 2 = 36"),
    " (do quá tuổi 14, chuyển công tác 11, không đủ tiêu chuẩn 09, bị kỷ luật 02); bổ sung mới 52 đồng chí.")
d.p("II. ĐÁNH GIÁ")
d.p("Công tác quy hoạch được thực hiện đúng quy trình, dân chủ, công khai; cơ cấu ba độ tuổi, tỷ lệ nữ, cán bộ trẻ cơ bản bảo đảm. Tuy nhiên, nguồn cán bộ dân tộc thiểu số còn ít; một số chức danh chưa có nguồn quy hoạch từ nơi khác; nhiệm kỳ 2030 - 2035 cần chuẩn bị từ sớm, dự kiến quy hoạch ... đồng chí.")
d.p("III. KIẾN NGHỊ")
d.p("Đề nghị Ban Thường vụ Tỉnh ủy xem xét, phê duyệt quy hoạch Ban Chấp hành, Ban Thường vụ Huyện ủy nhiệm kỳ 2025 - 2030 theo Tờ trình số 215-TTr/HU ngày 23/9/2024.")
d.p("T/M BAN THƯỜNG VỤ")
d.p("BÍ THƯ")
d.f("Quyết định số 1124-QĐ/HU ngày 20/9/2024 phê duyệt quy hoạch Ban Chấp hành Đảng bộ huyện nhiệm kỳ 2025 - 2030: ", rp("68 đồng chí", 68, 68), ".")
d.f("Quyết định số 1125-QĐ/HU ngày 20/9/2024 phê duyệt quy hoạch Ban Thường vụ Huyện ủy nhiệm kỳ 2025 - 2030: ",
    rp("42 đồng chí", 24, 42, want="inconsistent", note="body: 24 (with 05 nữ = 20,8%); digits swapped"), ".")

# =====================================================================================
# d08: implementing Resolution 21-NQ/TW, with a figures annex in prose
# =====================================================================================
d = draft("d08-thuc-hien-nghi-quyet-21-phu-luc")
header(d, [], "TỈNH ỦY TÂY GIANG", "Số 215-BC/TU", "Vị Tân, ngày 12 tháng 7 năm 2024",
       ["sơ kết 02 năm thực hiện Nghị quyết số 21-NQ/TW ngày 16/6/2022", "của Ban Chấp hành Trung ương Đảng khóa XIII"],
       "Thực hiện Chương trình số 141-CTr/TU ngày 09/11/2022 của Ban Chấp hành Đảng bộ tỉnh về thực hiện Nghị quyết số 21-NQ/TW về tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng viên trong giai đoạn mới, Ban Thường vụ Tỉnh ủy báo cáo sơ kết 02 năm như sau:")
d.p("I. KẾT QUẢ LÃNH ĐẠO, CHỈ ĐẠO")
d.p("Ban Thường vụ Tỉnh ủy ban hành 14 văn bản lãnh đạo, chỉ đạo; các huyện, thị, thành ủy, đảng ủy trực thuộc ban hành kế hoạch thực hiện sát với thực tiễn; 100% chi, đảng bộ cơ sở tổ chức học tập, quán triệt Nghị quyết. Việc sơ kết được tiến hành từ cơ sở, bảo đảm thực chất.")
d.p("II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ, GIẢI PHÁP")
d.p("1. Đến 30/6/2024, toàn tỉnh có ", sm("505 tổ chức cơ sở đảng", 505, [179, 326]), " (gồm 179 đảng bộ cơ sở, 326 chi bộ cơ sở), ",
    df(505, 512, lead=True, post=" tổ chức so với thời điểm ban hành Nghị quyết"), " (512). 100% ấp, khu vực có chi bộ; 349/525 ấp, khu vực có tổ đảng, ",
    fr(349, 525, m="t", want="rounding"), "; tỷ lệ chi bộ ấp có bí thư chi bộ đồng thời là trưởng ấp ",
    fr(322, 525, m="63,31", pre="đạt ", post="% (322/525)", want="inconsistent", note="digits 1 and 3 swapped"),
    ". Số tổ chức cơ sở đảng trong doanh nghiệp ngoài nhà nước là 42, ", df(42, 36, lead=True, stated=8, want="inconsistent"), " so với năm 2022 (36).")
d.p("2. Năm 2023 toàn tỉnh ", rp("kết nạp 1.247 đảng viên", 1274, 1247, want="inconsistent",
    note="the annex gives 1.274, which matches its sum 1.857 and its share 3,33%; the body figure is the mistyped one"),
    ", bảo đảm tiêu chuẩn, điều kiện; chất lượng đảng viên mới được nâng lên, phần lớn là đoàn viên thanh niên ưu tú.")
d.p("3. Công tác đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên được đổi mới theo Quy định số 124-QĐ/TW; việc khắc phục hạn chế sau kiểm điểm được cấp ủy cấp trên theo dõi, đôn đốc.")
d.p("III. HẠN CHẾ VÀ NHIỆM VỤ THỜI GIAN TỚI")
d.p("Việc thành lập tổ chức đảng trong doanh nghiệp ngoài nhà nước còn chậm; một số chi bộ ấp chưa thành lập được tổ đảng do số đảng viên ít. Thời gian tới, tiếp tục kiện toàn tổ đảng, phấn đấu đến năm 2025 có trên 70% ấp, khu vực có tổ đảng.")
d.p("T/M BAN THƯỜNG VỤ")
d.p("PHÓ BÍ THƯ THƯỜNG TRỰC")
d.p("PHỤ LỤC")
d.p("SỐ LIỆU KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT SỐ 21-NQ/TW (kèm theo Báo cáo số 215-BC/TU ngày 12/7/2024 của Ban Thường vụ Tỉnh ủy)")
d.p("1. Tổ chức cơ sở đảng")
d.p("- Tổng số tổ chức cơ sở đảng đến 30/6/2024: ",
    sm("550 (đảng bộ cơ sở 179", 550, [179, 326], want="inconsistent", note="also the body says 505; 05 and 50 swapped"), ", chi bộ cơ sở 326).")
d.p("- ", sm("Chi bộ trực thuộc đảng ủy cơ sở: 1.671", 1671, [525, 517, 297, 332]),
    " (chi bộ ấp, khu vực 525; chi bộ ngành xã 517; chi bộ ngành huyện 297; chi bộ ngành tỉnh 332).")
d.p("- Ấp, khu vực có tổ đảng: 349/525, ", fr(349, 525), ".")
d.p("2. Đảng viên")
d.p("- Tổng số đảng viên đến 31/12/2022: 38.207. Kết nạp năm 2023: 1.274 đảng viên, ",
    sh(1274, 38207, pre="bằng ", post="% tổng số đảng viên đầu năm"), ".")
d.p("- Kết nạp 06 tháng đầu năm 2024: 583 đảng viên; ", sm("cộng 1.857 đảng viên", 1857, [1274, 583]), " sau 18 tháng.")
d.p("- Tổng số đảng viên đến 30/6/2024: 38.916; ", df(38916, 38207, post=" so với 31/12/2022"), " (38.207), ",
    rt(38916, 38207, dp=2, m="101,85", want="rounding", note="101,8557 truncated"), ".")
d.p("- Đảng viên là chủ doanh nghiệp tư nhân: 64 (năm 2022: 52), ", df(64, 52), ", ", rt(64, 52), ".")
d.p("- Đảng viên được miễn sinh hoạt, miễn đánh giá: 2.145 đồng chí, ",
    amb("chiếm 5.51%", "share", "2.145/38.916 = 5,512% -> 5,51%, but written with a dot: 551% in vi-VN notation or a mistyped 5,51%; cannot be parsed safely"), ".")
d.p("3. Chất lượng tổ chức đảng và đảng viên năm 2023")
d.p("- Tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên: 466/507, ", fr(466, 507), " (năm 2022: 91,60%, ", pt("91,91", "91,60"), ").")
d.p("- Đảng viên hoàn thành tốt nhiệm vụ trở lên: 34.452/37.218, ", fr(34452, 37218, m="t", want="rounding"),
    "; không hoàn thành nhiệm vụ 281 đồng chí, ", sh(281, 37218, m="0,67", want="inconsistent", note="digits 76 transposed"), ".")
d.p("4. Cấp ủy viên cơ sở nhiệm kỳ 2020 - 2025")
d.p("- ", sm("Tổng số: 2.912", 2912, [201, 63, 2648]), "; trình độ chuyên môn trung cấp 201 ", sh(201, 2912, pre="(", post="%)"),
    ", cao đẳng 63 ", sh(63, 2912, pre="(", post="%)"), ", đại học và sau đại học 2.648 ", sh(2648, 2912, pre="(", post="%)"), ".")
d.p("- Bí thư cấp ủy cơ sở đồng thời là chủ tịch UBND cấp xã: 23/104 xã, phường, thị trấn, ",
    fr(23, 104, m="21,12", want="inconsistent", note="one-digit typo 2 -> 1"), ".")
d.p("Nguồn: Ban Tổ chức Tỉnh ủy tổng hợp từ báo cáo của 13 đảng bộ trực thuộc; người lập biểu: Trần Minh Khoa, điện thoại 0939.456.128.")

# =====================================================================================
# narrative paragraphs without checkable claims (inserted after the named headings)
# =====================================================================================
NARR = {
 "d02-tinh-tong-ket-nhiem-ky": [("1. Về tổ chức bộ máy", "Ban Thường vụ Tỉnh ủy chỉ đạo rà soát chức năng, nhiệm vụ của từng loại hình tổ chức cơ sở đảng; thực hiện thí điểm mô hình bí thư chi bộ đồng thời là trưởng ấp, khu phố; kiện toàn kịp thời cấp ủy, bí thư, phó bí thư khi có biến động. Việc sáp nhập ấp, khu phố được tiến hành đồng bộ với sắp xếp chi bộ, bảo đảm không để đảng viên gián đoạn sinh hoạt đảng; hồ sơ đảng viên được bàn giao đầy đủ, đúng quy định."),
                                ("3. Về đội ngũ cấp ủy", "Công tác chuẩn bị nhân sự đại hội đảng bộ các cấp được thực hiện chặt chẽ theo Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị; quy trình giới thiệu nhân sự bảo đảm dân chủ, khách quan, công khai; cơ cấu ba độ tuổi, tỷ lệ cán bộ nữ, cán bộ trẻ cơ bản đạt yêu cầu. Số dư trong danh sách bầu cử bảo đảm theo quy định, không có trường hợp đơn thư phức tạp kéo dài.")],
 "d03-khoi-xay-dung-dang-nam-2024": [("1. Công tác chính trị, tư tưởng", "Các chi, đảng bộ cơ sở thực hiện nghiêm chế độ sinh hoạt chi bộ định kỳ hằng tháng; nội dung sinh hoạt gắn với nhiệm vụ chính trị của cơ quan, đơn vị, doanh nghiệp; sinh hoạt chuyên đề được tổ chức ít nhất mỗi quý một lần. Đội ngũ báo cáo viên của Đảng ủy Khối thường xuyên cập nhật thông tin thời sự, định hướng tư tưởng cho cán bộ, đảng viên, người lao động, nhất là trong các doanh nghiệp đang tái cơ cấu."),
                                     ("3. Công tác kiểm tra, giám sát", "Công tác kiểm tra, giám sát được thực hiện theo chương trình đã đề ra; nội dung tập trung vào việc chấp hành nguyên tắc tập trung dân chủ, quy chế làm việc, quản lý tài chính, tài sản, thực hiện các quy định về nêu gương và những điều đảng viên không được làm. Qua giám sát, kịp thời nhắc nhở, chấn chỉnh những hạn chế, không để vi phạm kéo dài.")],
 "d04-dao-tao-ly-luan-chinh-tri": [("1. Quy mô đào tạo", "Việc cử cán bộ đi đào tạo được thực hiện trên cơ sở quy hoạch và nhu cầu sử dụng; Ban Thường vụ Tỉnh ủy giao chỉ tiêu cho từng đơn vị ngay từ đầu năm, gắn trách nhiệm người đứng đầu trong việc bố trí thời gian cho cán bộ đi học. Trường Chính trị tỉnh phối hợp với các trung tâm chính trị cấp huyện đổi mới phương pháp giảng dạy theo hướng tăng cường trao đổi, thảo luận, nghiên cứu thực tế tại cơ sở."),
                                   ("III. BỒI DƯỠNG, CẬP NHẬT KIẾN THỨC", "Nội dung bồi dưỡng tập trung vào các chuyên đề về công tác xây dựng Đảng, chuyển đổi số, quản lý kinh tế - xã hội ở địa phương; kết hợp giữa học tập tập trung với học tập trực tuyến. Việc đánh giá kết quả bồi dưỡng được thực hiện qua bài thu hoạch và kết quả vận dụng vào thực tiễn công tác của từng học viên.")],
 "d05-ket-nap-danh-gia-dang-vien": [("II. CÔNG TÁC PHÁT TRIỂN ĐẢNG VIÊN", "Các cấp ủy quan tâm lãnh đạo công tác tạo nguồn, giao chỉ tiêu kết nạp đảng viên cho từng chi bộ; chú trọng bồi dưỡng quần chúng ưu tú là đoàn viên thanh niên, hội viên các đoàn thể, người lao động trong doanh nghiệp. Quy trình, thủ tục xem xét kết nạp bảo đảm chặt chẽ; việc thẩm tra lý lịch người vào Đảng được thực hiện đúng Hướng dẫn số 12-HD/BTCTW ngày 18/01/2022 của Ban Tổ chức Trung ương."),
                                    ("III. KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG", "Việc kiểm điểm, đánh giá, xếp loại chất lượng năm 2024 được tiến hành từ dưới lên, bảo đảm đúng quy trình: cá nhân tự kiểm điểm, tập thể góp ý, cấp có thẩm quyền quyết định xếp loại. Tiêu chí đánh giá được cụ thể hóa bằng sản phẩm, kết quả công việc; không có trường hợp khiếu nại về kết quả xếp loại.")],
 "d06-kiem-tra-giam-sat-ky-luat": [("I. CÔNG TÁC KIỂM TRA, GIÁM SÁT CỦA CẤP ỦY", "Ngay từ đầu nhiệm kỳ, Ban Chấp hành Đảng bộ tỉnh ban hành chương trình kiểm tra, giám sát toàn khóa; hằng năm, Ban Thường vụ Tỉnh ủy ban hành chương trình kiểm tra, giám sát với trọng tâm là những lĩnh vực nhạy cảm, dễ phát sinh tiêu cực như quản lý đất đai, tài nguyên, đầu tư công, công tác cán bộ. Cấp ủy các cấp chú trọng kiểm tra người đứng đầu và việc thực hiện trách nhiệm nêu gương."),
                                   ("III. XÂY DỰNG NGÀNH KIỂM TRA", "Đội ngũ cán bộ kiểm tra được kiện toàn đủ số lượng, từng bước chuẩn hóa về trình độ chuyên môn, lý luận chính trị; Ủy ban Kiểm tra Tỉnh ủy tổ chức tập huấn nghiệp vụ hằng năm cho ủy viên ủy ban kiểm tra cấp huyện và cơ sở, chú trọng kỹ năng thẩm tra, xác minh và xây dựng báo cáo kết quả kiểm tra.")],
 "d07-quy-hoach-can-bo": [("I. KẾT QUẢ QUY HOẠCH", "Quy trình rà soát, bổ sung quy hoạch được thực hiện qua các bước: hội nghị cán bộ chủ chốt giới thiệu nguồn, Ban Chấp hành Đảng bộ huyện bỏ phiếu giới thiệu, Ban Thường vụ Huyện ủy xem xét, quyết định hoặc trình cấp có thẩm quyền phê duyệt. Việc lấy phiếu tín nhiệm bảo đảm dân chủ, khách quan; những trường hợp đạt tỷ lệ phiếu giới thiệu thấp không được đưa vào danh sách."),
                          ("3. Quy hoạch cấp ủy cơ sở", "Các đảng ủy xã, thị trấn và đảng ủy ngành huyện chủ động rà soát đội ngũ cán bộ hiện có, đánh giá triển vọng phát triển, đưa vào quy hoạch những đồng chí có phẩm chất chính trị vững vàng, có năng lực thực tiễn, được quần chúng tín nhiệm. Việc quy hoạch gắn với kế hoạch đào tạo, bồi dưỡng, luân chuyển để tạo nguồn cán bộ chủ chốt cho các nhiệm kỳ tiếp theo."),
                          ("II. ĐÁNH GIÁ", "Nguyên nhân của hạn chế chủ yếu là nguồn cán bộ tại chỗ ở một số xã còn mỏng, cán bộ trẻ có trình độ nhưng thiếu kinh nghiệm thực tiễn; việc luân chuyển cán bộ từ huyện về xã và ngược lại còn ít. Thời gian tới, Ban Thường vụ Huyện ủy sẽ chỉ đạo rà soát định kỳ hằng năm, đưa ra khỏi quy hoạch những trường hợp không còn đủ tiêu chuẩn và bổ sung kịp thời nhân tố mới.")],
 "d08-thuc-hien-nghi-quyet-21-phu-luc": [("I. KẾT QUẢ LÃNH ĐẠO, CHỈ ĐẠO", "Công tác tuyên truyền về Nghị quyết được thực hiện đa dạng trên Báo Tây Giang, Đài Phát thanh và Truyền hình tỉnh, trang thông tin điện tử của các cấp ủy; nhiều mô hình hay trong sinh hoạt chi bộ, phát triển đảng viên được giới thiệu, nhân rộng. Các cấp ủy gắn việc thực hiện Nghị quyết với việc thực hiện Kết luận số 21-KL/TW về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị."),
                                         ("III. HẠN CHẾ VÀ NHIỆM VỤ THỜI GIAN TỚI", "Các cấp ủy tiếp tục đổi mới nội dung, phương thức lãnh đạo của tổ chức cơ sở đảng; nâng cao chất lượng sinh hoạt chi bộ; chú trọng công tác kiểm tra, giám sát của cấp ủy cấp trên đối với tổ chức cơ sở đảng; thực hiện nghiêm việc rà soát, sàng lọc, đưa những đảng viên không còn đủ tư cách ra khỏi Đảng bằng hình thức phù hợp.")],
}

def add_narrative():
    for d in DRAFTS:
        for head, text in NARR.get(d.name, []):
            idx = [i for i, parts in enumerate(d.body) if isinstance(parts[0], str) and len(parts) == 1 and parts[0].startswith(head)]
            assert len(idx) == 1, (d.name, head, idx)
            d.body.insert(idx[0] + 1, [text])

# =====================================================================================
def main():
    add_narrative()
    from collections import Counter
    kinds, verds, total = Counter(), Counter(), 0
    for d in DRAFTS:
        lines, claims = d.build()
        for i, c in claims:
            recheck(lines[i - 1], c)
            if c.verdict in ("rounding", "inconsistent"):
                assert c.right, c.text
        with open(os.path.join(OUT, d.name + ".txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        out = {"file": d.name + ".txt", "claims": []}
        for i, c in claims:
            e = {"line": i, "anchor": c.text, "kind": c.kind, "verdict": c.verdict}
            if c.right is not None:
                e["right"] = c.right
            e["note"] = c.note
            out["claims"].append(e)
        with open(os.path.join(OUT, d.name + ".labels.json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
            f.write("\n")
        v = Counter(c.verdict for _, c in claims)
        chars = sum(len(x) for x in lines) + len(lines)
        print(f"{d.name}: {len(lines)} lines, {chars} chars, {len(claims)} claims {dict(v)}")
        kinds.update((c.kind, c.verdict) for _, c in claims)
        verds.update(v)
        total += len(claims)
    print("total claims", total, dict(verds))
    for k in sorted({k for k, _ in kinds}):
        print(f"  {k:11s}", {v: n for (kk, v), n in sorted(kinds.items()) if kk == k})

if __name__ == "__main__":
    main()
