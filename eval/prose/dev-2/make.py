#!/usr/bin/env python3
"""Second dev part (dev-2) of the prose evaluation set for Soát Số.

Drafts on topics and in wordings the first parts do not use (a commune's new-countryside
resolution, an inspection committee's petitions and discipline, a district political
school, the management of members' files and badges, party organisations in private
firms, a ward congress's political report, party dues and office work).  Every total,
share, difference, ratio and points change is computed here with Decimal (ROUND_HALF_UP);
money figures are Decimals with their written scale.  Writes <name>.txt (one paragraph per
line, footnotes last, each starting with "[\\ufffd] ") and <name>.labels.json.

Self-checks: every anchor occurs exactly once in its line; every verdict is re-derived
from the figures in the anchor and the stored data; every planted verdict must equal the
computed one.  Run:  python3 make.py
"""
import json, os, re
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, getcontext

getcontext().prec = 60
OUT = os.path.dirname(os.path.abspath(__file__))
FN = "[\ufffd] "
M = Decimal  # money / area figures keep their written scale: M("186.42")

# ---------------------------------------------------------------- number formats
def N(n):
    """vi-VN integer: 33509 -> 33.509"""
    return f"{n:,}".replace(",", ".")

def Z(n):
    """counts under 10 with the leading zero: 5 -> 05"""
    return f"{n:02d}" if 0 <= n < 10 else N(n)

def P(d, dp):
    """Decimal -> '1.010,55' with dp decimals"""
    q = Decimal(1).scaleb(-dp)
    s = f"{Decimal(d).quantize(q):f}"
    neg = s.startswith("-")
    s = s.lstrip("-")
    ip, _, fp = s.partition(".")
    return ("-" if neg else "") + N(int(ip)) + ("," + fp if dp > 0 else "")

def F(x):
    """an int or a Decimal at its own scale"""
    if isinstance(x, int):
        return N(x)
    x = Decimal(x)
    return P(x, max(0, -x.as_tuple().exponent))

def unit(dp):
    return Decimal(1).scaleb(-dp)

def rnd(x, dp):
    return Decimal(x).quantize(unit(dp), rounding=ROUND_HALF_UP)

def trunc(x, dp):
    return Decimal(x).quantize(unit(dp), rounding=ROUND_DOWN)

def pct(a, b):
    return Decimal(a) * 100 / Decimal(b)

def D(s):
    """'1.010,55' -> Decimal('1010.55')"""
    return Decimal(str(s).replace(".", "").replace(",", "."))

def classify(stated, correct, dp):
    k = abs(Decimal(stated) - Decimal(correct)) / unit(dp)
    return "consistent" if k == 0 else "rounding" if k == 1 else "inconsistent"

# ---------------------------------------------------------------- claims
class C:
    def __init__(self, text, kind, verdict, right=None, note="", data=None):
        self.text, self.kind, self.verdict = text, kind, verdict
        self.right, self.note, self.data = right, note, data or {}

def _want(c, want):
    if c.verdict != want:
        raise SystemExit(f"planted verdict {want!r} but computed {c.verdict!r}: {c.text!r} ({c.note})")
    return c

def _n(note):
    return f". {note}" if note else ""

def sh(part, base, dp=2, m=None, pre="chiếm ", post="%", kind="share", want="consistent", note=""):
    """share part/base*100.  m: None right; 't' truncated; 'u' one unit high;
    ('b', other) computed on a wrong base; a string = typed value ('78,63')."""
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
        how = "; one unit too high"
    elif isinstance(m, tuple) and m[0] == "b":
        stated = rnd(pct(part, m[1]), dp)
        how = f"; the written value is {F(part)}/{F(m[1])} (wrong base {F(m[1])})"
    else:
        stated = D(m)
        how = "; as typed"
    v = classify(stated, correct, dp)
    text = f"{pre}{P(stated, dp)}{post}"
    n = f"{F(part)}/{F(base)} = {P(rnd(exact, 4), 4)}% -> {P(correct, dp)}%{how}" + _n(note)
    c = C(text, kind, v, None if v == "consistent" else f"{P(correct, dp)}%", n,
          dict(t="share", part=str(part), base=str(base), dp=dp, stated=str(stated)))
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
    n = f"{' + '.join(F(p) for p in parts)} = {F(s)} vs {F(total)}" + \
        ("" if excl else " (one dimension, not known to be exhaustive: sum <= total)") + _n(note)
    c = C(text, kind, v, None if v == "consistent" else F(s), n,
          dict(t="sum", total=str(total), parts=[str(p) for p in parts], excl=excl))
    return _want(c, want)

def sub(text, parent, parts, want="consistent", note="", right=None):
    v = "inconsistent" if any(p > parent for p in parts) else "consistent"
    n = "each part <= " + F(parent) + ": " + ", ".join(F(p) for p in parts) + \
        " (parts of a 'trong đó' that may overlap or leave some out: each checked against the whole, never summed)" + _n(note)
    c = C(text, "subset", v, right if v != "consistent" else None, n, dict(t="subset", parent=str(parent), parts=[str(p) for p in parts]))
    return _want(c, want)

def df(cur, prev, stated=None, word=None, pre="", post="", lead=False, want="consistent", note=""):
    d = cur - prev
    cw = "tăng" if d > 0 else "giảm"
    stated = abs(d) if stated is None else stated
    word = cw if word is None else word
    f = Z if lead else F
    text = f"{pre}{word} {f(stated)}{post}"
    v = "consistent" if (stated == abs(d) and word == cw) else "inconsistent"
    n = f"{F(cur)} - {F(prev)} = {'+' if d > 0 else '-'}{F(abs(d))}" + _n(note)
    c = C(text, "difference", v, None if v == "consistent" else f"{cw} {f(abs(d))}", n,
          dict(t="diff", cur=str(cur), prev=str(prev), stated=str(stated), word=word))
    return _want(c, want)

def pt(cur, prev, stated=None, word=None, pre="", post="%", want="consistent", note=""):
    """change of a share, in points (drafts often write '%')"""
    c_, p_ = D(cur), D(prev)
    d = c_ - p_
    cw = "tăng" if d > 0 else "giảm"
    dp = max(-c_.as_tuple().exponent, -p_.as_tuple().exponent)
    st = abs(d) if stated is None else D(stated)
    word = cw if word is None else word
    text = f"{pre}{word} {P(st, dp)}{post}"
    rel = rnd(abs(d) / p_ * 100, dp)
    if st == abs(d) and word == cw:
        v, how = "consistent", "points reading holds"
    elif st == rel and word == cw:
        v, how = "consistent", "relative reading holds"
    else:
        v, how = "inconsistent", f"neither points ({P(abs(d), dp)}) nor relative ({P(rel, dp)}%) reading"
    n = f"{cur} - {prev} = {P(d, dp)} points (relative {P(rnd(d / p_ * 100, 4), 4)}%); {how}" + _n(note)
    c = C(text, "points", v, None if v == "consistent" else f"{cw} {P(abs(d), dp)}{post}", n,
          dict(t="points", cur=cur, prev=prev, stated=str(st), word=word))
    return _want(c, want)

def rt(cur, prev, dp=1, m=None, pre="bằng ", post="%", want="consistent", note=""):
    """So sánh: cur/prev*100 (also 'đạt x% kế hoạch')"""
    exact = pct(cur, prev)
    correct = rnd(exact, dp)
    stated = correct if m is None else D(m)
    v = classify(stated, correct, dp)
    text = f"{pre}{P(stated, dp)}{post}"
    n = f"{F(cur)}/{F(prev)} x 100 = {P(rnd(exact, 4), 4)}% -> {P(correct, dp)}%" + _n(note)
    c = C(text, "ratio", v, None if v == "consistent" else f"{P(correct, dp)}%", n,
          dict(t="share", part=str(cur), base=str(prev), dp=dp, stated=str(stated)))
    return _want(c, want)

def rel(cur, prev, dp=2, m=None, pre="", post="", want="consistent", note=""):
    """relative change 'tăng 12,5%' = (cur - prev)/prev*100 between two counts or amounts"""
    d = Decimal(cur) - Decimal(prev)
    cw = "tăng" if d > 0 else "giảm"
    exact = abs(d) * 100 / Decimal(prev)
    correct = rnd(exact, dp)
    stated = correct if m is None else D(m)
    v = classify(stated, correct, dp)
    text = f"{pre}{cw} {P(stated, dp)}%{post}"
    n = f"({F(cur)} - {F(prev)}) / {F(prev)} x 100 = {P(rnd(d * 100 / Decimal(prev), 4), 4)}% -> {P(correct, dp)}%; relative change of two amounts" + _n(note)
    c = C(text, "ratio", v, None if v == "consistent" else f"{cw} {P(correct, dp)}%", n,
          dict(t="rel", cur=str(cur), prev=str(prev), dp=dp, stated=str(stated)))
    return _want(c, want)

def gap(cur, prev, dp=2, m=None, pre="gấp ", post=" lần", want="consistent", note=""):
    exact = Decimal(cur) / Decimal(prev)
    correct = rnd(exact, dp)
    stated = correct if m is None else D(m)
    v = classify(stated, correct, dp)
    text = f"{pre}{P(stated, dp)}{post}"
    n = f"{F(cur)} / {F(prev)} = {P(rnd(exact, 4), 4)} -> {P(correct, dp)} lần" + _n(note)
    c = C(text, "ratio", v, None if v == "consistent" else f"{P(correct, dp)} lần", n,
          dict(t="gap", cur=str(cur), prev=str(prev), dp=dp, stated=str(stated)))
    return _want(c, want)

def tm(text, named, correct, want="consistent", note=""):
    v = "consistent" if named == correct else "inconsistent"
    n = f"the period the sentence compares against is {correct}; the text names {named}" + _n(note)
    assert named in text
    return _want(C(text, "term", v, None if v == "consistent" else correct, n,
                   dict(t="term", named=named, correct=correct)), want)

def rp(text, first, second, want="consistent", note="", fmt=F):
    v = "consistent" if first == second else "inconsistent"
    n = f"same quantity written {fmt(first)} and {fmt(second)}" + _n(note)
    return _want(C(text, "repeat", v, None if v == "consistent" else fmt(first), n,
                   dict(t="repeat", first=str(first), second=str(second))), want)

def rem(text, whole, done, stated, want="consistent", note=""):
    """an amount left: whole - done written as 'còn ...'"""
    v = "consistent" if whole - done == stated else "inconsistent"
    return _want(C(text, "difference", v, None if v == "consistent" else F(whole - done),
                   f"{F(whole)} - {F(done)} = {F(whole - done)}" + _n(note),
                   dict(t="rem", whole=str(whole), done=str(done), stated=str(stated))), want)

def frac_only(text, a, b, note=""):
    return _want(C(text, "fraction", "consistent" if a <= b else "inconsistent", None,
                   f"{F(a)} <= {F(b)}" + _n(note), dict(t="subset", parent=str(b), parts=[str(a)])), "consistent")

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
            claims += [(i, x) for x in parts if isinstance(x, C)]
        return lines, claims

def recheck(line, c):
    """re-derive each verdict from the figures written in the anchor and the stored data"""
    a, d = c.text, c.data
    assert line.count(a) == 1, f"anchor not unique / missing: {a!r}"
    t = d.get("t")
    pm = re.search(r"(\d[\d.]*(?:,\d+)?)%", a)
    wm = re.search(r"(tăng|giảm) (\d[\d.]*(?:,\d+)?)", a)
    if t == "share":
        stated = D(pm.group(1))
        assert stated == Decimal(d["stated"]), (a, d)
        exact = Decimal(d["part"]) * 100 / Decimal(d["base"])
        v = classify(stated, rnd(exact, d["dp"]), d["dp"])
    elif t == "rel":
        stated = D(pm.group(1))
        assert stated == Decimal(d["stated"]), (a, d)
        dd = Decimal(d["cur"]) - Decimal(d["prev"])
        assert wm.group(1) == ("tăng" if dd > 0 else "giảm")
        v = classify(stated, rnd(abs(dd) * 100 / Decimal(d["prev"]), d["dp"]), d["dp"])
    elif t == "gap":
        gm = re.search(r"(\d+(?:,\d+)?) lần", a)
        stated = D(gm.group(1))
        assert stated == Decimal(d["stated"]), (a, d)
        v = classify(stated, rnd(Decimal(d["cur"]) / Decimal(d["prev"]), d["dp"]), d["dp"])
    elif t == "sum":
        tot = Decimal(d["total"])
        assert F(tot if tot != tot.to_integral() or "." in d["total"] else int(tot)) in a or Z(int(tot)) in a, (a, d)
        s = sum(Decimal(p) for p in d["parts"])
        v = "consistent" if s == tot or (s < tot and not d["excl"]) else "inconsistent"
    elif t == "subset":
        v = "consistent" if all(Decimal(p) <= Decimal(d["parent"]) for p in d["parts"]) else "inconsistent"
    elif t == "diff":
        st = D(wm.group(2))
        assert st == Decimal(d["stated"]), (a, d)
        dd = Decimal(d["cur"]) - Decimal(d["prev"])
        v = "consistent" if st == abs(dd) and wm.group(1) == ("tăng" if dd > 0 else "giảm") else "inconsistent"
    elif t == "points":
        st = D(wm.group(2))
        assert st == Decimal(d["stated"])
        dd = D(d["cur"]) - D(d["prev"])
        dp = -st.as_tuple().exponent
        r = (abs(dd) / D(d["prev"]) * 100).quantize(unit(dp), ROUND_HALF_UP)
        v = "consistent" if wm.group(1) == ("tăng" if dd > 0 else "giảm") and st in (abs(dd), r) else "inconsistent"
    elif t == "term":
        assert d["named"] in a
        v = "consistent" if d["named"] == d["correct"] else "inconsistent"
    elif t == "repeat":
        sec = Decimal(d["second"])
        assert F(int(sec) if "." not in d["second"] else sec) in a or Z(int(sec)) in a, (a, d)
        v = "consistent" if Decimal(d["first"]) == sec else "inconsistent"
    elif t == "rem":
        assert F(Decimal(d["stated"])) in a
        v = "consistent" if Decimal(d["whole"]) - Decimal(d["done"]) == Decimal(d["stated"]) else "inconsistent"
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

# =====================================================================================
# e01: a commune party committee reviews five years of its own resolution on the
# new-countryside programme and poverty reduction (ha, hộ, tỷ đồng, triệu đồng, km)
# =====================================================================================
def e01():
    d = draft("e01-dang-uy-xa-nong-thon-moi-nang-cao")
    for x in ["ĐẢNG BỘ HUYỆN PHÚ TÂN", "ĐẢNG ỦY XÃ PHÚ AN", "*", "Số 96-BC/ĐU", "ĐẢNG CỘNG SẢN VIỆT NAM",
              "Phú An, ngày 08 tháng 12 năm 2025", "BÁO CÁO",
              "sơ kết 05 năm thực hiện Nghị quyết số 05-NQ/ĐU ngày 20/10/2020 của Ban Chấp hành Đảng bộ xã",
              "về xây dựng xã nông thôn mới nâng cao gắn với giảm nghèo bền vững, giai đoạn 2021 - 2025", "-----"]:
        d.p(x)
    d.p("Căn cứ Công văn số 1184-CV/HU ngày 03/11/2025 của Ban Thường vụ Huyện ủy về việc sơ kết các nghị quyết chuyên đề của cấp ủy cơ sở; Ban Thường vụ Đảng ủy xã Phú An báo cáo kết quả 05 năm thực hiện Nghị quyết như sau:")
    d.p("Phần thứ nhất")
    d.p("TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT")
    d.p("1. Đặc điểm tình hình")
    d.p("Xã Phú An nằm ở phía Nam huyện, có diện tích tự nhiên ",
        sm("3.412,6 ha", M("3412.6"), [M("2874.3"), M("538.3")]),
        ", chia ra đất sản xuất nông nghiệp 2.874,3 ha và đất phi nông nghiệp 538,3 ha; toàn xã có 07 ấp, 4.215 hộ với 16.870 nhân khẩu, trong đó đồng bào Khmer chiếm gần một phần tư dân số.")
    d.p("Đảng bộ xã hiện có ", sm("19 chi bộ trực thuộc", 19, [7, 12]),
        " (07 chi bộ ấp, 12 chi bộ cơ quan, trường học, trạm y tế) với ",
        sub("486 đảng viên", 486, [143, 21, 9]),
        "; trong đó nữ 143, dự bị 21, người dân tộc Khmer 09 đồng chí. Ban Chấp hành Đảng bộ xã nhiệm kỳ 2020 - 2025 có ",
        sm("15 đồng chí", 15, [12, 4], want="inconsistent", note="12 nam + 04 nữ = 16: nam and nữ are exhaustive"),
        " (12 nam, 04 nữ), Ban Thường vụ 05 đồng chí.")
    d.p("Thời gian qua, thời tiết diễn biến bất thường, hạn mặn kéo dài vào mùa khô các năm 2021 và 2024, giá lúa và giá heo hơi nhiều thời điểm xuống thấp đã ảnh hưởng trực tiếp đến thu nhập của Nhân dân. Bên cạnh đó, nguồn lực đầu tư cho xã còn hạn chế, một bộ phận người dân vẫn còn tư tưởng trông chờ, ỷ lại vào sự hỗ trợ của Nhà nước. Được sự quan tâm của Ban Thường vụ Huyện ủy và sự vào cuộc đồng bộ của cả hệ thống chính trị, Đảng bộ xã đã lãnh đạo triển khai Nghị quyết một cách bài bản, có trọng tâm, trọng điểm.")
    d.p("2. Kết quả lãnh đạo thực hiện các chỉ tiêu")
    d.p("a) Huy động nguồn lực")
    d.p("Giai đoạn 2021 - 2025, tổng nguồn lực đầu tư xây dựng nông thôn mới nâng cao trên địa bàn xã là ",
        sm("186,42 tỷ đồng", M("186.42"), [M("42.15"), M("68.1"), M("19.37"), M("38.6"), M("24.5")], want="inconsistent",
           note="ngân sách tỉnh written 68,1; with 61,8 (digits swapped) the parts would make 186,42"),
        ". Cụ thể: ngân sách Trung ương 42,15 tỷ đồng; ngân sách tỉnh 68,1 tỷ đồng; ngân sách huyện, xã 19,37 tỷ đồng; vốn tín dụng chính sách 38,6 tỷ đồng; doanh nghiệp, con em xa quê và Nhân dân đóng góp 24,5 tỷ đồng, ",
        sh(M("24.5"), M("186.42")), " tổng nguồn lực.")
    d.p("Nhân dân tự nguyện hiến đất, tháo dỡ vật kiến trúc để mở rộng đường, đóng góp hàng chục nghìn ngày công lao động; nhiều con em xa quê hỗ trợ xây dựng cầu, lắp đặt đèn chiếu sáng (xem chú thích về hạ tầng giao thông). Phong trào “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” được duy trì, lồng ghép trong sinh hoạt của các chi bộ ấp và các đoàn thể.")
    d.p("b) Hạ tầng và điều kiện sống của người dân")
    d.p("Đến cuối năm 2025, 3.986/4.215 hộ sử dụng nước sạch theo quy chuẩn, ", fr(3986, 4215, pre="đạt tỷ lệ "),
        "; 3.874 hộ có nhà ở kiên cố, bán kiên cố, ", sh(3874, 4215, m="t", want="rounding"),
        "; 15.932/16.870 người tham gia bảo hiểm y tế, ", fr(15932, 16870, m="t", want="rounding"),
        " (chỉ tiêu Nghị quyết là 95%).")
    d.p("c) Giảm nghèo bền vững")
    d.p("Cuối năm 2020, toàn xã có 205/4.209 hộ nghèo, ", fr(205, 4209, pre="tỷ lệ "),
        "; đến cuối năm 2025 còn 47 hộ nghèo, ", sh(47, 4215, post="% số hộ toàn xã"), " (",
        df(47, 205, post=" hộ"), "; tỷ lệ hộ nghèo ", pt("1,12", "4,87", post=" điểm phần trăm"),
        "). Hộ cận nghèo giảm từ 296 hộ xuống còn 118 hộ (",
        df(118, 296, stated=187, post=" hộ", want="inconsistent", note="178 with digits 78 swapped"), ").")
    d.p("Thu nhập bình quân đầu người năm 2025 đạt 72,5 triệu đồng, ",
        gap(M("72.5"), M("48.3"), dp=1),
        " so với năm 2020 (48,3 triệu đồng); giá trị thu hoạch bình quân trên 01 ha đất canh tác đạt 225 triệu đồng, ",
        rel(225, 200, dp=1, m="11,1", post=" so với năm 2021", want="inconsistent", note="11,1% is 25/225: the increase divided by the new value instead of the 2021 value"), " (200 triệu đồng/ha). Trên địa bàn có 38 tổ hợp tác và 04 hợp tác xã đang hoạt động; đảng viên làm chủ nhiệm, thành viên ban quản lý ở 17 hợp tác xã, tổ hợp tác, ",
        amb("chiếm 44,7%", "share", "17/38 = 44,74% (base: the tổ hợp tác only) but the sentence names hợp tác xã and tổ hợp tác together (17/42 = 40,48%); the base cannot be decided"),
        ".")
    d.p("d) Công tác xây dựng Đảng gắn với thực hiện Nghị quyết")
    d.p("Nhiệm kỳ 2020 - 2025, Đảng bộ kết nạp ", sm("61 đảng viên", 61, [11, 13, 12, 14, 11]),
        " (năm 2021: 11; năm 2022: 13; năm 2023: 12; năm 2024: 14; năm 2025: 11), ",
        df(61, 52, lead=True, post=" đồng chí"), " ",
        tm("so với nhiệm kỳ 2010 - 2015", "nhiệm kỳ 2010 - 2015", "nhiệm kỳ 2015 - 2020", want="inconsistent",
           note="the admissions of 2020 - 2025 are compared with the term before it"),
        " (52 đồng chí). Đến 30/11/2025, ", rp("tổng số đảng viên là 486", 486, 486, note="section 1 gives 486"), ", ",
        df(486, 452, post=" đồng chí so với đầu nhiệm kỳ"), " (452 đồng chí); số đảng viên nữ ",
        sh(143, 486, m=("b", 452), pre="bằng ", post="% tổng số đảng viên", want="inconsistent", note="143/452 = 31,64%: the start-of-term count of the same sentence used as the base"), ".")
    d.p("Toàn Đảng bộ có ", sub("187 đảng viên", 187, [64]), " đạt danh hiệu sản xuất, kinh doanh giỏi các cấp, ",
        sh(187, 486, pre="chiếm ", post="% tổng số đảng viên"), "; trong đó 64 đồng chí có thu nhập từ 500 triệu đồng/năm trở lên. Các chi bộ, đoàn thể xây dựng ",
        sm("26 mô hình “Dân vận khéo”", 26, [8, 18]), " (cấp huyện công nhận 08, cấp xã công nhận 18), tiêu biểu là mô hình “Tổ tự quản giữ gìn tuyến đường xanh - sạch - đẹp” ở ấp Phú Lợi.")
    d.p("Đến nay, xã đạt ", frac_only("19/19 tiêu chí", 19, 19), " xã nông thôn mới nâng cao theo Quyết định số 318/QĐ-TTg ngày 08/3/2022 của Thủ tướng Chính phủ; ",
        fr(5, 7, m="71,34", pre="", post="% số ấp", want="inconsistent", note="05/07 = 71,43%; digits 43 swapped"),
        " (05/07 ấp) được công nhận ấp nông thôn mới kiểu mẫu.")
    d.p("Phần thứ hai")
    d.p("ĐÁNH GIÁ CHUNG VÀ PHƯƠNG HƯỚNG, NHIỆM VỤ GIAI ĐOẠN 2026 - 2030")
    d.p("Kết quả thực hiện Nghị quyết khẳng định chủ trương đúng đắn của Đảng ủy xã; hạ tầng nông thôn được đầu tư khá đồng bộ, bộ mặt nông thôn thay đổi rõ nét. Tuy nhiên, kết quả giảm nghèo chưa thật sự bền vững, số hộ tái nghèo vẫn còn phát sinh; việc chuyển đổi cơ cấu cây trồng, vật nuôi ở một số ấp còn chậm; sinh hoạt của một số chi bộ ấp chưa gắn chặt với nhiệm vụ phát triển kinh tế.")
    d.p("- Phấn đấu đến năm 2030, thu nhập bình quân đầu người đạt ... triệu đồng/năm; tỷ lệ hộ nghèo dưới ...%; 100% ấp đạt chuẩn ấp nông thôn mới kiểu mẫu.")
    d.p("- Mỗi năm kết nạp từ 12 đảng viên trở lên; giữ vững danh hiệu Đảng bộ hoàn thành tốt nhiệm vụ.")
    d.p("Nơi nhận:")
    d.p("- Ban Thường vụ Huyện ủy (b/c),")
    d.p("- Lưu Văn phòng Đảng ủy.")
    d.p("T/M ĐẢNG ỦY")
    d.p("BÍ THƯ")
    d.p("Trần Văn Lộc")
    d.f("Đường giao thông nông thôn được nâng cấp, mở rộng ", sm("tổng cộng 27,4 km", M("27.4"), [M("12.8"), M("14.6")]),
        ", gồm nhựa hóa 12,8 km và bê tông hóa 14,6 km; xây mới 09 cầu bê tông với kinh phí 31,25 tỷ đồng; Nhân dân hiến 3,85 ha đất và đóng góp 12.640 ngày công.")
    d.f("Vốn tín dụng chính sách giải ngân cho ", sm("1.046 lượt hộ vay", 1046, [286, 314, 419], want="inconsistent", note="286 + 314 + 419 = 1.019; 341 (digits swapped) would make 1.046"),
        " (hộ nghèo 286 lượt, hộ cận nghèo 314 lượt, hộ mới thoát nghèo 419 lượt), dư nợ bình quân 36,9 triệu đồng/hộ.")
    d.f("Số liệu đảng viên tính đến 30/11/2025: ", rp("468 đồng chí", 486, 468, want="inconsistent", note="the body gives 486 twice with a difference that agrees with 486; digits 86 swapped"),
        ", sinh hoạt tại 19 chi bộ trực thuộc; liên hệ: Văn phòng Đảng ủy xã, điện thoại 0277.3841.509.")

e01()

# =====================================================================================
# e02: a district inspection committee's year: petitions (đơn, vụ), inspections on signs
# of violation, discipline by form and by authority, money recovered (triệu đồng)
# =====================================================================================
def e02():
    d = draft("e02-ukt-huyen-don-thu-ky-luat-nam-2025")
    for x in ["HUYỆN ỦY CHÂU THÀNH", "ỦY BAN KIỂM TRA", "*", "Số 57-BC/UBKTHU", "ĐẢNG CỘNG SẢN VIỆT NAM",
              "Châu Thành, ngày 12 tháng 12 năm 2025", "BÁO CÁO",
              "kết quả công tác kiểm tra, giám sát, thi hành kỷ luật đảng",
              "và giải quyết tố cáo, khiếu nại năm 2025", "-----"]:
        d.p(x)
    d.p("Thực hiện Chương trình số 14-CTr/UBKTHU ngày 10/01/2025 của Ủy ban Kiểm tra Huyện ủy và Quy định số 22-QĐ/TW ngày 28/7/2021 của Ban Chấp hành Trung ương về công tác kiểm tra, giám sát và kỷ luật của Đảng, Ủy ban Kiểm tra Huyện ủy báo cáo kết quả năm 2025 như sau:")
    d.p("I. TIẾP NHẬN, XỬ LÝ ĐƠN THƯ VÀ GIẢI QUYẾT TỐ CÁO, KHIẾU NẠI")
    d.p("Trong năm, Ủy ban Kiểm tra Huyện ủy ", sm("tiếp nhận 47 đơn", 47, [19, 3, 25]),
        " (tố cáo 19 đơn; khiếu nại kỷ luật đảng 03 đơn; phản ánh, kiến nghị 25 đơn), trong đó có ", sub("08 đơn nặc danh", 47, [8, 11]), ", 11 đơn gửi nhiều nơi. Qua phân loại, ",
        sm("trong 47 đơn", 47, [29, 18]), " có 29 đơn đủ điều kiện xem xét, giải quyết, ",
        sh(29, 47), "; 18 đơn không đủ điều kiện, đã lưu theo dõi hoặc chuyển cơ quan có thẩm quyền giải quyết.")
    d.p("Ủy ban Kiểm tra các cấp giải quyết 06 đơn tố cáo đối với ", sub("07 đảng viên", 7, [5]),
        " (trong đó 05 đ/c là cấp ủy viên). ", sm("Kết luận: 06 đơn", 6, [2, 3, 1]),
        " gồm tố cáo đúng 02 đơn, đúng một phần 03 đơn, tố cáo sai 01 đơn; qua giải quyết tố cáo đã thi hành kỷ luật 02 đảng viên. ", sm("Giải quyết 03 đơn khiếu nại", 3, [2, 1]), " kỷ luật đảng theo Điều 36 Điều lệ Đảng: giữ nguyên hình thức kỷ luật 02 trường hợp, giảm hình thức kỷ luật 01 trường hợp.")
    d.p("So với năm 2024, số đơn thư tiếp nhận ",
        amb("giảm 31,88%", "ratio", "the 2024 count of petitions is not stated anywhere in the draft; 47 is a decrease of 31,88% from 69, but nothing confirms 69"),
        "; số đơn tố cáo đảng viên giảm từ 27 xuống 19 đơn (", df(19, 27, lead=True, post=" đơn"), ").")
    d.p("Công tác tiếp công dân được duy trì vào thứ Năm hằng tuần tại trụ sở Ủy ban Kiểm tra; đường dây nóng tiếp nhận phản ánh về đảng viên vi phạm: 0275.3612.047. Việc xử lý đơn thư bảo đảm đúng quy trình, bảo vệ người tố cáo, không để đơn tồn đọng, kéo dài.")
    d.p("II. KIỂM TRA KHI CÓ DẤU HIỆU VI PHẠM")
    d.p("Ủy ban Kiểm tra các cấp kiểm tra khi có dấu hiệu vi phạm 14 tổ chức đảng và 23 đảng viên. Kết luận ", sub("09 tổ chức đảng", 14, [9]), " và 17 đảng viên có vi phạm, ",
        sh(17, 23, post="% số đảng viên được kiểm tra"), "; trong số đảng viên có vi phạm, 11 đồng chí vi phạm đến mức phải thi hành kỷ luật, ",
        sh(11, 17, m=("b", 23), want="inconsistent", note="11/23 = 47,83%: the base used is the 23 members inspected, not the 17 found in violation the sentence names"),
        "; đã thi hành kỷ luật 10 đồng chí, ", rem("còn 01 trường hợp", 11, 10, 1), " đang xem xét.")
    d.p("Qua kiểm tra, kiến nghị thu hồi 1.286,5 triệu đồng; đã thu hồi 1.012,4 triệu đồng, ",
        sh(M("1012.4"), M("1286.5"), pre="đạt "), " (",
        rem("còn phải thu hồi 274,1 triệu đồng", M("1286.5"), M("1012.4"), M("274.1")), ").")
    d.p("III. THI HÀNH KỶ LUẬT ĐẢNG")
    d.p("1. Kết quả chung")
    d.p("Năm 2025, các cấp ủy, tổ chức đảng trong Đảng bộ huyện ", sm("thi hành kỷ luật 34 đảng viên", 34, [21, 9, 1, 3]), ", ",
        df(34, 26, lead=True, post=" đảng viên so với năm 2024"), " (26 đảng viên); chia ra: khiển trách 21, cảnh cáo 09, cách chức 01, khai trừ 03. ",
        "Số đảng viên bị kỷ luật ", sh(34, 6538, post="% tổng số đảng viên toàn Đảng bộ"), " (6.538 đảng viên); năm 2024, tỷ lệ này là ",
        sh(26, 6412, m="t", pre="", post="% (26/6.412)", want="rounding", note="0,4055 cut to 0,40"), ".")
    d.p("Phân theo thẩm quyền, ", sm("trong 34 trường hợp bị kỷ luật", 34, [15, 11, 6], want="inconsistent",
           note="the three authorities are exhaustive; 15 + 11 + 06 = 32, two short of 34"),
        ", chi bộ thi hành kỷ luật 15 trường hợp, ủy ban kiểm tra đảng ủy cơ sở 11 trường hợp, Ủy ban Kiểm tra Huyện ủy 06 trường hợp.")
    d.p("Về nội dung, ", sm("trong 34 đảng viên bị kỷ luật", 34, [6, 5, 4, 7, 6], excl=False,
           note="the list is 'chủ yếu' (mainly): some members fall under none of the five headings"),
        ", vi phạm chủ yếu: vi phạm chính sách dân số 06 trường hợp; quản lý, sử dụng đất đai 05; thiếu trách nhiệm trong quản lý tài chính, tài sản 04; vi phạm những điều đảng viên không được làm 07; vi phạm pháp luật bị xử lý hình sự 06 trường hợp.")
    d.p("Qua kiểm tra, giám sát, Ủy ban Kiểm tra Huyện ủy đã chuyển cơ quan điều tra ", sm("04 vụ việc", 4, [2, 1, 1]),
        " có dấu hiệu tội phạm (02 vụ tham ô tài sản, 01 vụ lợi dụng chức vụ, quyền hạn trong khi thi hành công vụ, 01 vụ vi phạm quy định về quản lý đất đai) liên quan đến 06 đảng viên; đến nay cơ quan điều tra đã khởi tố 03 vụ.")
    d.p("Trong số đảng viên bị kỷ luật, có ", sub("12 cấp ủy viên", 34, [12, 9]), " các cấp và 09 đồng chí giữ chức vụ lãnh đạo, quản lý do cấp huyện quản lý; việc thi hành kỷ luật bảo đảm đúng nguyên tắc, thẩm quyền theo Điều 30 Quy định số 22-QĐ/TW.",)
    d.p("2. So sánh trong nhiệm kỳ")
    d.p("Tính chung nhiệm kỳ 2020 - 2025, toàn Đảng bộ thi hành kỷ luật 152 đảng viên, ",
        df(152, 171, post=" đảng viên"), " ", tm("so với nhiệm kỳ 2015 - 2020", "nhiệm kỳ 2015 - 2020", "nhiệm kỳ 2015 - 2020"),
        " (171 đảng viên); trong đó khai trừ 14 trường hợp, ",
        sh(14, 152, m=("b", 171), pre="bằng ", post="% số đảng viên bị kỷ luật", want="inconsistent",
           note="14/171 = 8,19%: the previous term's total was used as the base"), ". Số tổ chức đảng bị kỷ luật trong nhiệm kỳ là 05, ",
        df(5, 8, lead=True, stated=2, post=" tổ chức", want="inconsistent", note="8 in 2015 - 2020 is stated right after"), " so với nhiệm kỳ trước (08 tổ chức).")
    d.p("IV. GIÁM SÁT CHUYÊN ĐỀ")
    d.p("Ủy ban Kiểm tra các cấp giám sát chuyên đề 38 tổ chức đảng và 72 đảng viên, ",
        df(38, 31, lead=True, post=" tổ chức đảng"), " và ", df(72, 64, stated=18, lead=True, post=" đảng viên", want="inconsistent", note="72 - 64 = 8"),
        " so với năm 2024 (31 tổ chức đảng, 64 đảng viên). Qua giám sát, phát hiện ",
        sub("06 tổ chức đảng", 38, [6]), " và 09 đảng viên có dấu hiệu vi phạm, đã chuyển sang kiểm tra 03 tổ chức, 05 đảng viên.")
    d.p("Trong năm thực hiện ", sm("19 cuộc giám sát chuyên đề", 19, [7, 12]), " (Ban Thường vụ Huyện ủy 07 cuộc, Ủy ban Kiểm tra Huyện ủy 12 cuộc); cấp ủy cơ sở giám sát 86 lượt tổ chức đảng và 214 lượt đảng viên; nội dung tập trung vào thực hiện nguyên tắc tập trung dân chủ, sinh hoạt chi bộ, công tác phát triển đảng viên, quản lý đảng viên đi làm ăn xa và việc thực hiện quy định về nêu gương.")
    d.p("V. ĐÁNH GIÁ VÀ PHƯƠNG HƯỚNG NĂM 2026")
    d.p("Công tác kiểm tra, giám sát năm 2025 cơ bản hoàn thành chương trình đề ra; việc thi hành kỷ luật ", rp("34 đảng viên", 34, 34),
        " và giải quyết đơn thư được thực hiện kịp thời, đúng quy định, góp phần giữ nghiêm kỷ cương, kỷ luật trong Đảng. Tuy vậy, chất lượng giám sát thường xuyên ở một số chi bộ còn thấp; việc phát hiện vi phạm chủ yếu qua đơn thư, chưa chủ động từ giám sát.")
    d.p("Năm 2026, Ủy ban Kiểm tra Huyện ủy phấn đấu kiểm tra ... tổ chức đảng, giám sát ... đảng viên; giải quyết 100% đơn thư thuộc thẩm quyền; thực hiện Kết luận số 21-KL/TW ngày 25/10/2021 gắn với chỉnh đốn Đảng.")
    d.p("Nơi nhận:")
    d.p("- Ủy ban Kiểm tra Tỉnh ủy,")
    d.p("- Thường trực Huyện ủy,")
    d.p("- Lưu UBKT.")
    d.p("T/M ỦY BAN KIỂM TRA")
    d.p("CHỦ NHIỆM")
    d.p("Phạm Thị Hồng Nhung")
    d.f("Kỷ luật theo hình thức: khiển trách 21, cảnh cáo 09, cách chức 01, khai trừ 03; ",
        rp("tổng cộng 43 đảng viên", 34, 43, want="inconsistent", note="the body gives 34 three times and its four forms add to 34; 43 is a transposition"), ".")
    d.f(sm("Trong 10 đảng viên", 10, [7, 3]), " bị thi hành kỷ luật qua kiểm tra khi có dấu hiệu vi phạm, có 07 đảng viên thuộc đảng ủy cơ sở xã, 03 đảng viên thuộc khối cơ quan huyện.")

e02()

# =====================================================================================
# e03: a district political school's year (lớp, học viên, lượt học viên, tiết), results of
# the intermediate course summing to 100 %, female students of two courses (look-alikes)
# =====================================================================================
def e03():
    d = draft("e03-trung-tam-chinh-tri-boi-duong-nam-2025")
    for x in ["HUYỆN ỦY HÒA LỘC", "TRUNG TÂM CHÍNH TRỊ", "*", "Số 21-BC/TTCT", "ĐẢNG CỘNG SẢN VIỆT NAM",
              "Hòa Lộc, ngày 26 tháng 11 năm 2025", "BÁO CÁO",
              "Kết quả công tác đào tạo, bồi dưỡng lý luận chính trị năm 2025,", "phương hướng, nhiệm vụ năm 2026", "-----"]:
        d.p(x)
    d.p("Căn cứ Quy định số 208-QĐ/TW ngày 03/11/2019 của Ban Bí thư về chức năng, nhiệm vụ, tổ chức bộ máy của trung tâm chính trị cấp huyện và Kế hoạch số 52-KH/HU ngày 15/01/2025 của Ban Thường vụ Huyện ủy, Trung tâm Chính trị huyện báo cáo kết quả năm 2025 như sau:")
    d.p("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ")
    d.p("1. Quy mô, số lượng lớp")
    d.p("Năm 2025, Trung tâm chủ trì, phối hợp mở ", sm("27 lớp", 27, [1, 4, 3, 19]), " với ",
        sm("2.846 lượt học viên", 2846, [72, 412, 176, 2186]), ", ",
        df(27, 25, lead=True, post=" lớp so với kế hoạch"), " (25 lớp). Bao gồm: 01 lớp trung cấp lý luận chính trị - hành chính (72 học viên); 04 lớp bồi dưỡng lý luận chính trị dành cho đối tượng kết nạp Đảng (412 học viên); 03 lớp bồi dưỡng lý luận chính trị cho đảng viên mới (176 học viên); 19 lớp cập nhật kiến thức, học tập, quán triệt nghị quyết của Đảng (2.186 lượt học viên).")
    d.p("So với năm 2024 (23 lớp, 2.517 lượt học viên), số lớp ", df(27, 23, lead=True), ", số học viên ",
        df(2846, 2517, post=" lượt"), ", ", rel(2846, 2517, m="13,70", want="inconsistent", note="13,07% with two digits swapped"),
        ". Tính chung giai đoạn 2021 - 2025, Trung tâm mở 118 lớp, ", gap(118, 97, m="1,12", want="inconsistent", note="118/97 = 1,22; a slipped digit"), " so với giai đoạn 2016 - 2020 (97 lớp).")
    d.p("2. Chất lượng các lớp")
    d.p("a) Lớp trung cấp lý luận chính trị - hành chính")
    d.p("Lớp có 72 học viên, trong đó ", sub("học viên nữ 31", 72, [31, 44]),
        ", học viên là cán bộ, công chức cấp xã 44. Kết quả tốt nghiệp: ", sm("72/72 học viên", 72, [18, 47, 7]),
        " đạt yêu cầu, trong đó loại giỏi 18 học viên (", sh(18, 72, pre=""), "), loại khá 47 học viên (",
        sh(47, 72, pre="", m="t", want="rounding"), "), loại trung bình 07 học viên (", sh(7, 72, pre=""), ").")
    d.p("b) Các lớp bồi dưỡng đối tượng kết nạp Đảng và đảng viên mới")
    d.p("Bốn lớp bồi dưỡng đối tượng kết nạp Đảng có 412 học viên, ", sub("nữ 236", 412, [236]), " (",
        sh(236, 412, pre="", post="%"), "); ", fr(409, 412, m="99,72", pre="409/412 học viên được cấp giấy chứng nhận, đạt ", want="inconsistent",
        note="409/412 = 99,27%; digits 27 swapped"),
        ". Ba lớp đảng viên mới có 176 học viên, trong đó nữ 94; số học viên đạt yêu cầu là 171, ",
        sh(171, 176, m="t", pre="chiếm ", want="rounding"), "; ", rem("05 học viên phải học lại", 176, 171, 5), " do vắng quá thời gian quy định.")
    d.p("Học viên nữ của lớp đối tượng kết nạp Đảng đông hơn rõ rệt so với lớp đảng viên mới, phản ánh kết quả công tác tạo nguồn trong Hội Liên hiệp Phụ nữ và Đoàn Thanh niên các xã; nhiều học viên là giáo viên, nhân viên y tế và người lao động trong doanh nghiệp.")
    d.p("c) Các lớp cập nhật kiến thức, quán triệt nghị quyết")
    d.p("Mười chín lớp cập nhật kiến thức thu hút 2.186 lượt học viên; trong đó, lớp quán triệt Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số có 1.024 lượt cán bộ, đảng viên tham dự, ",
        sh(1024, 2186, pre="chiếm ", post="% số lượt học viên các lớp cập nhật"), ". Tỷ lệ học viên là cán bộ cơ sở ",
        amb("chiếm 41,2%", "share", "no base named: 41,2% of the 2.846 learners of the year, of the 2.186 of these 19 courses, or of some other group; no count of cán bộ cơ sở is given"),
        ".")
    d.p("3. Đội ngũ giảng viên")
    d.p("Trung tâm có ", sm("43 giảng viên", 43, [5, 38]), ", gồm 05 giảng viên cơ hữu (", sub("04 thạc sĩ, 03 nữ", 5, [4, 3]),
        ") và ", sm("38 giảng viên kiêm chức", 38, [9, 12, 8], want="inconsistent", note="09 + 12 + 08 = 29; with 21 for 12 (digits swapped) the parts make 38"),
        " (lãnh đạo Huyện ủy, Ủy ban nhân dân huyện 09; trưởng, phó các ban, ngành, đoàn thể 12; bí thư đảng ủy xã, thị trấn 08). Trong năm, giảng viên kiêm chức đảm nhận 376/1.090 tiết, ",
        fr(376, 1090, m="t", pre="bằng ", want="rounding"), " (quy định tối thiểu 30%).")
    d.p("4. Kinh phí")
    d.p("Tổng kinh phí thực hiện năm 2025 là ", sm("1.426,8 triệu đồng", M("1426.8"), [M("1180"), M("246.8")]),
        ", trong đó ngân sách huyện cấp 1.180 triệu đồng, ",
        sh(M("1180"), M("1426.8"), pre="chiếm "), "; kinh phí do cơ quan cử học viên chi trả 246,8 triệu đồng.")
    d.p("II. ĐÁNH GIÁ")
    d.p("Nhìn chung, năm 2025 Trung tâm đã hoàn thành vượt kế hoạch với ", rp("27 lớp", 27, 27), ", ",
        rp("2.486 lượt học viên", 2846, 2486, want="inconsistent", note="2.846 in section I with a breakdown that adds to it; digits swapped"),
        "; nội dung bồi dưỡng bám sát nhiệm vụ chính trị của huyện. Hạn chế: cơ sở vật chất còn thiếu, chưa có ký túc xá cho học viên ở xa; việc ứng dụng công nghệ thông tin trong giảng dạy, quản lý học viên còn chậm; một số giảng viên kiêm chức chưa dành thời gian soạn giảng.")
    d.p("III. PHƯƠNG HƯỚNG NĂM 2026")
    d.p("1. Phấn đấu mở ... lớp với khoảng ... lượt học viên; trong đó 01 lớp trung cấp lý luận chính trị - hành chính.")
    d.p("2. Đề nghị Ban Thường vụ Huyện ủy bổ sung 02 biên chế giảng viên cơ hữu theo Quy định số 208-QĐ/TW; liên hệ: phòng Đào tạo, điện thoại 0290.3856.214.")
    d.p("Nơi nhận:")
    d.p("- Ban Tuyên giáo Huyện ủy,")
    d.p("- Trường Chính trị tỉnh,")
    d.p("- Lưu TTCT.")
    d.p("GIÁM ĐỐC")
    d.p("Lâm Quốc Việt")
    d.f("Lớp Trung cấp lý luận chính trị - hành chính khóa 2024 - 2025 khai giảng ngày 14/10/2024, bế giảng ngày 20/6/2025, ",
        amb("quản lý 74 học viên", "repeat", "the body gives 72 for the course of 2025; 74 may be the enrolment at the opening (two may have left) or a slip; nothing says which"),
        " đến từ 12 xã, thị trấn và các cơ quan huyện.")
    d.f("Lớp đảng viên mới: ", sm("tổng số 176 học viên", 176, [61, 57, 58]), ", gồm lớp 1 có 61 học viên, lớp 2 có 57 học viên, lớp 3 có 58 học viên; ", rp("học viên nữ của lớp đảng viên mới là 94", 94, 94, note="section b: 'Ba lớp đảng viên mới có 176 học viên, trong đó nữ 94'; the 31 and 236 women of the other courses are different quantities"), ".")

e03()

# =====================================================================================
# e04: a provincial organisation board on managing members: files (hồ sơ), transfers
# (lượt), cards, exemptions, members working far away, badges by years of membership
# (disjoint tiers summed) next to "có đủ ... năm trở lên" (nested, never summed)
# =====================================================================================
def e04():
    d = draft("e04-ban-to-chuc-quan-ly-dang-vien-ho-so")
    for x in ["TỈNH ỦY BÌNH GIANG", "BAN TỔ CHỨC", "*", "Số 318-BC/BTCTU", "ĐẢNG CỘNG SẢN VIỆT NAM",
              "Bình Giang, ngày 05 tháng 12 năm 2025", "BÁO CÁO",
              "công tác quản lý đảng viên, quản lý hồ sơ đảng viên năm 2025", "-----"]:
        d.p(x)
    d.p("Thực hiện Hướng dẫn số 01-HD/TW ngày 28/9/2021 của Ban Bí thư về một số vấn đề cụ thể thi hành Điều lệ Đảng và Công văn số 2784-CV/BTCTW ngày 06/11/2025 của Ban Tổ chức Trung ương, Ban Tổ chức Tỉnh ủy báo cáo tình hình quản lý đảng viên năm 2025 như sau:")
    d.p("I. SỐ LƯỢNG, CƠ CẤU ĐẢNG VIÊN")
    d.p("Đến ngày 30/11/2025, Đảng bộ tỉnh có ", sm("468 tổ chức cơ sở đảng", 468, [173, 295]),
        " (173 đảng bộ cơ sở, 295 chi bộ cơ sở) với ", sm("41.836 đảng viên", 41836, [40912, 924]),
        "; chia ra đảng viên chính thức 40.912 đồng chí, đảng viên dự bị 924 đồng chí, ",
        sh(924, 41836, m="t", want="rounding"), ". Đảng viên nữ 14.227 đồng chí, ", sh(14227, 41836, m=("b", 40912), pre="bằng ", want="inconsistent", note="14.227/40.912 = 34,77%: official members only used as the base"), ".")
    d.p("Phân theo khối, ", sm("trong tổng số 41.836 đảng viên", 41836, [24517, 9863, 2406, 5050]),
        " có khối xã, phường, thị trấn 24.517 đảng viên (", sh(24517, 41836, m=("b", 40977), pre="", want="inconsistent", note="24.517/40.977 = 59,83%: last year's total used as the base"), "); khối cơ quan 9.863; khối doanh nghiệp 2.406; lực lượng vũ trang 5.050 đảng viên. Riêng đảng viên làm việc trong doanh nghiệp ngoài nhà nước là 1.318 đồng chí, sinh hoạt tại 61 chi bộ.")
    d.p("Trong năm, toàn Đảng bộ kết nạp ", sm("1.311 đảng viên", 1311, [742, 569]), " (742 nam, 569 nữ). Số tổ chức cơ sở đảng ",
        df(468, 507, post=" tổ chức so với năm 2020 là 507"), " do sắp xếp, sáp nhập đơn vị hành chính cấp xã và đơn vị sự nghiệp.")
    d.p("So với ngày 31/12/2024 (40.977 đảng viên), tổng số đảng viên ", df(41836, 40977, post=" đồng chí"), ", ",
        rt(41836, 40977, pre="bằng "), ". Nhiệm kỳ 2020 - 2025, toàn tỉnh kết nạp 6.418 đảng viên, ",
        df(6418, 5906, word="giảm", post=" đảng viên", want="inconsistent", note="6.418 > 5.906: an increase written as 'giảm'"), " ", tm("so với nhiệm kỳ 2015 - 2020", "nhiệm kỳ 2015 - 2020", "nhiệm kỳ 2015 - 2020"), " (5.906 đảng viên).")
    d.p("II. QUẢN LÝ HỒ SƠ, THẺ ĐẢNG VIÊN")
    d.p("Năm 2025, Ban Tổ chức Tỉnh ủy tiếp nhận, thẩm định ", sm("2.317 hồ sơ", 2317, [1128, 1046, 143]),
        ", bao gồm: hồ sơ kết nạp đảng viên 1.128; hồ sơ đề nghị công nhận đảng viên chính thức 1.046; hồ sơ chuyển sinh hoạt đảng chính thức ra ngoài tỉnh 143. 100% hồ sơ được cập nhật vào Cơ sở dữ liệu đảng viên trong thời hạn 10 ngày làm việc.")
    d.p("Phát thẻ đảng viên cho 1.039/1.046 đồng chí được công nhận chính thức trong năm, ", fr(1039, 1046),
        "; ", rem("07 trường hợp còn lại", 1046, 1039, 7), " đang hoàn thiện ảnh, lý lịch. Cấp lại thẻ bị hư hỏng, thất lạc cho 37 đồng chí, ",
        amb("bằng 2,6%", "share", "no base: 37 against the cards issued this year (1.039 -> 3,56%), the 1.046 members confirmed, or all cards in use; none gives 2,6 exactly"),
        ".")
    d.p("Giới thiệu chuyển sinh hoạt đảng chính thức ", sm("1.372 lượt", 1372, [486, 868], want="inconsistent", note="486 + 868 = 1.354; with 886 (digits swapped) the parts make 1.372"),
        ", trong đó ", amb("ra ngoài tỉnh 486 lượt", "repeat", "looks like the 143 hồ sơ chuyển sinh hoạt đảng chính thức ra ngoài tỉnh of the paragraph above, but 486 lượt giới thiệu (by all committees) and 143 hồ sơ (checked by the Ban Tổ chức) may count different things"), ", trong tỉnh 868 lượt; tiếp nhận 1.195 lượt đảng viên chuyển đến. Chuyển sinh hoạt đảng tạm thời 312 lượt, chủ yếu là đảng viên đi học, đi làm việc có thời hạn tại các khu công nghiệp ngoài tỉnh.")
    d.p("Ban Tổ chức Tỉnh ủy đã hướng dẫn các cấp ủy thực hiện quản lý hồ sơ điện tử theo Quy định số 85-QĐ/TW; tổ chức 06 lớp tập huấn phần mềm quản lý đảng viên cho cán bộ làm công tác tổ chức cơ sở. Việc kiểm tra, đối chiếu số liệu giữa hồ sơ giấy và dữ liệu điện tử được tiến hành ở tất cả các đảng bộ trực thuộc.")
    d.p("III. QUẢN LÝ ĐẢNG VIÊN ĐI LÀM ĂN XA, MIỄN SINH HOẠT")
    d.p("Toàn tỉnh có ", sm("627 đảng viên đi làm ăn xa", 627, [402, 225]), ", ", sh(627, 41836, m=("b", 40977), post="% tổng số đảng viên", want="inconsistent", note="627/40.977 = 1,53%: the total of 31/12/2024 was used instead of the 41.836 at the report date"),
        "; trong đó 402 đồng chí đã liên hệ, sinh hoạt tạm thời nơi làm việc (", sh(402, 627, pre="tỷ lệ "),
        "), 225 đồng chí chưa liên hệ được với chi bộ. Tỷ lệ liên hệ ",
        pt("64,11", "58,47", stated="5,46", post=" điểm phần trăm", want="inconsistent", note="64,11 - 58,47 = 5,64; digits 64 swapped"),
        " so với năm 2024 (58,47%).")
    d.p("Số đảng viên được miễn công tác và sinh hoạt đảng là 1.386 đồng chí, ", sh(1386, 41836),
        ", ", pt("3,31", "3,13"), " so với năm 2024 (3,13%); phần lớn là đảng viên tuổi cao, sức khỏe yếu.")
    d.p("IV. TẶNG HUY HIỆU ĐẢNG, ĐƯA RA KHỎI ĐẢNG")
    d.p("1. Trao tặng Huy hiệu Đảng")
    d.p("Nhân các ngày lễ lớn, các cấp ủy trao tặng Huy hiệu Đảng cho ",
        sm("2.158 đảng viên", 2158, [1102, 538, 274, 163, 61, 31, 12, 3, 1], want="inconsistent",
           note="the badge tiers are disjoint; they add to 2.185 (45 năm written 274; 247 would make 2.158)"),
        ", gồm: Huy hiệu 30 năm tuổi Đảng 1.102; 40 năm 538; 45 năm 274; 50 năm 163; 55 năm 61; 60 năm 31; 65 năm 12; 70 năm 03; 75 năm 01 đồng chí.")
    d.p("Toàn tỉnh hiện có ", sub("9.214 đảng viên có đủ 30 năm tuổi Đảng trở lên", 9214, [3861, 1127],
                                   note="thresholds are nested (từ 40 năm, từ 50 năm are inside 30 năm trở lên) and are never added"),
        ", trong đó từ 40 năm tuổi Đảng trở lên 3.861, từ 50 năm tuổi Đảng trở lên 1.127 đồng chí.")
    d.p("2. Đưa đảng viên ra khỏi Đảng")
    d.p("Năm 2025, đưa ra khỏi Đảng ", sm("138 đảng viên", 138, [97, 29, 12]), " (xóa tên 97, cho ra khỏi Đảng 29, khai trừ 12), ",
        df(138, 122, lead=False, post=" trường hợp"), " so với năm 2024 (122 trường hợp), ", rel(138, 122, dp=1),
        ". Số bị xóa tên ", sh(97, 138, m="t", post="% số đảng viên ra khỏi Đảng", want="rounding"),
        "; số đảng viên ra khỏi Đảng bằng ", sh(138, 1311, pre="", post="% số đảng viên mới kết nạp trong năm"), " (", rp("1.311 đồng chí", 1311, 1311), ").")
    d.p("Nguyên nhân chủ yếu là đảng viên bỏ sinh hoạt đảng, không đóng đảng phí quá 03 tháng không có lý do chính đáng; một số đảng viên vi phạm pháp luật. Các cấp ủy đã xem xét, xử lý đúng quy trình theo Điều 8 Điều lệ Đảng và Hướng dẫn số 01-HD/TW.")
    d.p("V. ĐỀ XUẤT, KIẾN NGHỊ")
    d.p("- Đề nghị Ban Tổ chức Trung ương sớm hướng dẫn quản lý đảng viên làm việc tự do, không có nơi làm việc ổn định.")
    d.p("- Đề nghị nâng cấp phần mềm quản lý đảng viên, bảo đảm đồng bộ dữ liệu với ", rp("41.836 hồ sơ đảng viên", 41836, 41836), " đang quản lý.")
    d.p("- Đảng viên từ trần trong năm 512 đồng chí, ", amb("tỷ lệ 1.224%", "share",
        "'1.224%' reads as 1224 % or as a mistyped 1,224 % (512/41.836 = 1,2238 %); a checker must call it ambiguous, not parse it"),
        "; đề nghị hướng dẫn thống nhất cách tính tỷ lệ đảng viên giảm trong năm.")
    d.p("Nơi nhận:")
    d.p("- Ban Tổ chức Trung ương (b/c),")
    d.p("- Thường trực Tỉnh ủy (b/c),")
    d.p("- Lưu BTCTU.")
    d.p("K/T TRƯỞNG BAN")
    d.p("PHÓ TRƯỞNG BAN")
    d.p("Đoàn Minh Khoa")
    d.f("Số liệu theo khối đến 30/11/2025: khối xã, phường, thị trấn 24.517; ",
        rp("khối cơ quan 9.836", 9863, 9836, want="inconsistent", note="section I writes khối cơ quan 9.863, and the four khối add to 41.836 only with 9.863"),
        "; khối doanh nghiệp 2.406; lực lượng vũ trang 5.050 đảng viên. Đảng viên trong doanh nghiệp ngoài nhà nước (1.318 đồng chí) được tính trong khối doanh nghiệp.")
    d.f("Đảng viên chuyển sinh hoạt ra ngoài tỉnh: ", rp("486 lượt", 486, 486), ", đi nhiều nhất là Thành phố Hồ Chí Minh, Bình Dương và Đồng Nai.")

e04()

# =====================================================================================
# e05: a provincial business-sector party committee reviews five years of a directive on
# party organisations in private firms (doanh nghiệp, lao động, tỷ đồng); members of the
# state-owned and private blocks are look-alikes, never one quantity
# =====================================================================================
def e05():
    d = draft("e05-dang-uy-khoi-doanh-nghiep-chi-thi-33")
    for x in ["ĐẢNG BỘ TỈNH BÌNH GIANG", "ĐẢNG ỦY KHỐI DOANH NGHIỆP", "*", "Số 143-BC/ĐUK", "ĐẢNG CỘNG SẢN VIỆT NAM",
              "Bình Giang, ngày 18 tháng 3 năm 2024", "BÁO CÁO",
              "sơ kết 05 năm thực hiện Chỉ thị số 33-CT/TW ngày 18/3/2019 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng",
              "đối với việc xây dựng tổ chức đảng, đoàn thể trong các doanh nghiệp khu vực kinh tế tư nhân", "-----"]:
        d.p(x)
    d.p("Theo Công văn số 412-CV/BTCTU ngày 20/02/2024 của Ban Tổ chức Tỉnh ủy, Ban Thường vụ Đảng ủy Khối báo cáo sơ kết 05 năm thực hiện Chỉ thị số 33-CT/TW (gọi tắt là Chỉ thị 33) như sau:")
    d.p("I. TÌNH HÌNH DOANH NGHIỆP VÀ TỔ CHỨC ĐẢNG TRONG DOANH NGHIỆP TƯ NHÂN")
    d.p("Đến 31/12/2023, trên địa bàn tỉnh có ", sub("3.742 doanh nghiệp tư nhân", 3742, [58]),
        " đang hoạt động (trong đó 58 doanh nghiệp có vốn đầu tư nước ngoài), sử dụng 86.415 lao động. Số doanh nghiệp có tổ chức đảng là 97, ",
        sh(97, 3742), " (năm 2018 là 66/3.158 doanh nghiệp, ", fr(66, 3158, pre="tỷ lệ "), "); ",
        df(97, 66, post=" doanh nghiệp"), ", ", gap(97, 66), "; tỷ lệ doanh nghiệp có tổ chức đảng ",
        pt("2,59", "2,09", post=" điểm phần trăm"), ".")
    d.p("Trong ", sm("104 tổ chức đảng", 104, [9, 87, 8]), " ở các doanh nghiệp này, chia ra: 09 đảng bộ cơ sở, 87 chi bộ cơ sở và 08 chi bộ trực thuộc đảng ủy cơ sở; 29 doanh nghiệp thành lập mới tổ chức đảng trong 05 năm. Tổng số ",
        sh(1264, 86415, pre="đảng viên đang làm việc là 1.264, chiếm ", post="% tổng số lao động"), ".")
    d.p("Đảng bộ Khối hiện có 142 tổ chức cơ sở đảng với ", sm("4.905 đảng viên", 4905, [3614, 1264], want="inconsistent", note="3.614 + 1.264 = 4.878; 3.641 (digits swapped) would make 4.905"),
        "; trong đó đảng viên khối doanh nghiệp nhà nước và doanh nghiệp có vốn nhà nước 3.614, đảng viên khối doanh nghiệp tư nhân 1.264 đồng chí.")
    d.p("II. KẾT QUẢ THỰC HIỆN CHỈ THỊ 33")
    d.p("1. Công tác lãnh đạo, chỉ đạo")
    d.p("Ban Thường vụ Đảng ủy Khối ban hành Kế hoạch số 27-KH/ĐUK ngày 15/5/2019 thực hiện Chỉ thị 33; thành lập Tổ công tác phát triển tổ chức đảng trong doanh nghiệp tư nhân do đồng chí Phó Bí thư Thường trực làm tổ trưởng. Các đảng bộ cơ sở chủ động tiếp xúc, vận động chủ doanh nghiệp, từng bước tạo sự đồng thuận của chủ doanh nghiệp đối với việc thành lập tổ chức đảng, đoàn thể.")
    d.p("2. Công tác phát triển đảng viên")
    d.p("Từ năm 2019 đến năm 2023, các chi, đảng bộ trong doanh nghiệp tư nhân kết nạp ",
        sub("352 đảng viên", 352, [141, 203, 387], want="inconsistent", right="≤ 352",
            note="công nhân trực tiếp sản xuất 387 exceeds the 352 admitted: a part cannot exceed its whole (a slipped digit, e.g. 187)"),
        ", trong đó nữ 141, đoàn viên thanh niên 203, công nhân trực tiếp sản xuất 387; cùng thời gian, khối doanh nghiệp nhà nước kết nạp 325 đảng viên. Số đảng viên trong doanh nghiệp tư nhân tăng từ 946 (năm 2018) lên 1.264 (",
        df(1264, 946, post=" đồng chí"), ", ", rel(1264, 946), ").")
    d.p("Số chủ doanh nghiệp là đảng viên tăng từ 25 người (năm 2018) lên 41 người (",
        df(41, 25, post=" người"), ", ", rel(41, 25, dp=0, m="164", want="inconsistent", note="164% is 41/25 x 100, the ratio, written as the increase"), "). Tỷ lệ đảng viên trên tổng số lao động trong doanh nghiệp tư nhân ",
        amb("tăng 0,8%", "points", "the 2018 number of workers is not given, so the 2018 share is unknown; neither the points nor the relative reading can be checked"),
        " so với năm 2018.")
    d.p("3. Xây dựng tổ chức đoàn thể")
    d.p("Đến nay có ", sm("796 tổ chức đoàn thể", 796, [642, 87, 23, 44]),
        " trong doanh nghiệp tư nhân (công đoàn cơ sở 642; đoàn thanh niên 87; hội cựu chiến binh 23; hội liên hiệp phụ nữ 44); công đoàn cơ sở có 51.208 đoàn viên, ",
        sh(51208, 86415, m="59,62", pre="bằng ", post="% tổng số lao động", want="inconsistent", note="51.208/86.415 = 59,26%; digits 26 swapped"), ".")
    d.p("4. Vai trò của tổ chức đảng đối với hoạt động của doanh nghiệp")
    d.p("Năm 2023, các doanh nghiệp có tổ chức đảng nộp ngân sách 2.418,6 tỷ đồng, ",
        sh(M("2418.6"), M("6246.4"), m="t", want="rounding", post="% tổng thu ngân sách từ khu vực kinh tế tư nhân"), " (6.246,4 tỷ đồng). Thu nhập bình quân của người lao động đạt 9,8 triệu đồng/tháng, ",
        df(M("9.8"), M("7.4"), stated=M("2.3"), post=" triệu đồng", want="inconsistent", note="9,8 - 7,4 = 2,4"),
        " so với năm 2018 (7,4 triệu đồng/tháng).")
    d.p("Kết quả đánh giá, xếp loại chất lượng năm 2023: trong ", sm("104 tổ chức đảng", 104, [15, 71, 16, 2], note="the four grades are separate here: 15 + 71 + 16 + 2 = 104, so xuất sắc is not inside tốt"),
        " có 15 tổ chức hoàn thành xuất sắc nhiệm vụ (", sh(15, 104, pre=""), "), 71 tổ chức hoàn thành tốt nhiệm vụ (",
        sh(71, 104, pre="", m="t", want="rounding"), "), 16 tổ chức hoàn thành nhiệm vụ (", sh(16, 104, pre=""),
        ") và 02 tổ chức không hoàn thành nhiệm vụ (", sh(2, 104, pre="", m="1,29", want="inconsistent", note="2/104 = 1,92%; digits 92 swapped"), ").")
    d.p("5. Thành lập mới tổ chức đảng qua các nhiệm kỳ")
    d.p("Nhiệm kỳ 2015 - 2020, Đảng bộ Khối thành lập mới 27 tổ chức đảng trong doanh nghiệp tư nhân, ",
        df(27, 18, lead=True, post=" tổ chức"), " ", tm("so với nhiệm kỳ 2010 - 2015 (18 tổ chức)", "nhiệm kỳ 2010 - 2015", "nhiệm kỳ 2010 - 2015",
                                                        note="the sentence's own period is 2015 - 2020, not the report's 2020 - 2025"),
        "; từ đầu nhiệm kỳ 2020 - 2025 đến nay thành lập mới 23 tổ chức, ",
        df(23, 27, lead=True, post=" tổ chức"), " ",
        tm("so với nhiệm kỳ 2010 - 2015 (27 tổ chức)", "nhiệm kỳ 2010 - 2015", "nhiệm kỳ 2015 - 2020", want="inconsistent",
           note="the 27 just stated belong to 2015 - 2020"), ".")
    d.p("III. ĐÁNH GIÁ CHUNG")
    d.p("Sau 05 năm thực hiện Chỉ thị 33, ", rp("số doanh nghiệp có tổ chức đảng là 97", 97, 97),
        ", ", rp("1.246 đảng viên", 1264, 1246, want="inconsistent", note="section I and II give 1.264, which the 1.264/86.415 share and the increase over 946 confirm"),
        " đang làm việc trong doanh nghiệp tư nhân. Tuy nhiên, nhiều doanh nghiệp quy mô nhỏ, lao động biến động thường xuyên; một số chủ doanh nghiệp chưa tạo điều kiện cho đảng viên sinh hoạt; tỷ lệ doanh nghiệp có tổ chức đảng còn rất thấp so với mục tiêu ...% mà Kế hoạch số 27-KH/ĐUK đề ra.")
    d.p("IV. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI")
    d.p("a) Tiếp tục quán triệt Chỉ thị 33 và Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị; phấn đấu mỗi năm thành lập mới từ 05 tổ chức đảng trở lên trong doanh nghiệp tư nhân.")
    d.p("b) Phối hợp với Liên đoàn Lao động tỉnh và Tỉnh đoàn tạo nguồn phát triển đảng viên từ công nhân, người lao động.")
    d.p("Nơi nhận:")
    d.p("- Ban Thường vụ Tỉnh ủy (b/c),")
    d.p("- Ban Tổ chức Tỉnh ủy,")
    d.p("- Lưu VP ĐUK.")
    d.p("T/M BAN THƯỜNG VỤ")
    d.p("BÍ THƯ")
    d.p("Huỳnh Công Danh")
    d.f("Phân theo loại hình: ", sm("97 doanh nghiệp có tổ chức đảng", 97, [61, 28, 8]), " gồm 61 công ty trách nhiệm hữu hạn, 28 công ty cổ phần và 08 doanh nghiệp có vốn đầu tư nước ngoài; 12 doanh nghiệp có từ 1.000 lao động trở lên; ",
        sm("41 chủ doanh nghiệp là đảng viên", 41, [33, 8]), " (33 nam, 08 nữ).")
    d.f("Khối doanh nghiệp nhà nước kết nạp 325 đảng viên trong giai đoạn 2019 - 2023 (nữ 132); khối doanh nghiệp tư nhân kết nạp ",
        rp("352 đảng viên", 352, 352), " (nữ 141).")

e05()

# =====================================================================================
# e06: a ward party committee's political report to its congress for 2025 - 2030:
# structure by age (shares summing to 100 %), ratings with xuất sắc inside tốt, several
# periods in one sentence, the new committee compared with the one before
# =====================================================================================
def e06():
    d = draft("e06-bao-cao-chinh-tri-dai-hoi-dang-bo-phuong")
    for x in ["ĐẢNG BỘ THÀNH PHỐ LONG KHÁNH", "ĐẢNG BỘ PHƯỜNG XUÂN HÒA", "*", "ĐẢNG CỘNG SẢN VIỆT NAM",
              "Xuân Hòa, ngày 16 tháng 6 năm 2025", "BÁO CÁO CHÍNH TRỊ",
              "của Ban Chấp hành Đảng bộ phường khóa XIV trình Đại hội đại biểu Đảng bộ phường lần thứ XV, nhiệm kỳ 2025 - 2030",
              "(Dự thảo lần 3)", "-----"]:
        d.p(x)
    d.p("Đại hội đại biểu Đảng bộ phường lần thứ XV, nhiệm kỳ 2025 - 2030 được tổ chức trong bối cảnh cả nước thực hiện cuộc cách mạng về sắp xếp tổ chức bộ máy của hệ thống chính trị theo Nghị quyết số 18-NQ/TW ngày 25/10/2017 và Kết luận số 121-KL/TW ngày 24/01/2025. Ban Chấp hành Đảng bộ phường khóa XIV báo cáo Đại hội kết quả thực hiện Nghị quyết nhiệm kỳ 2020 - 2025 và phương hướng nhiệm kỳ 2025 - 2030 như sau:")
    d.p("Phần thứ nhất")
    d.p("KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XIV, NHIỆM KỲ 2020 - 2025")
    d.p("I. VỀ PHÁT TRIỂN KINH TẾ - XÃ HỘI")
    d.p("Tổng thu ngân sách nhà nước trên địa bàn 05 năm đạt 412,8 tỷ đồng, ",
        rt(M("412.8"), 400, pre="đạt ", post="% chỉ tiêu Nghị quyết"), " (400 tỷ đồng). Hạ tầng đô thị được chỉnh trang; 100% tuyến hẻm được bê tông hóa, có đèn chiếu sáng.")
    d.p("Công tác giảm nghèo đạt kết quả tích cực: số hộ nghèo từ 62 hộ năm 2020 giảm còn 35 hộ năm 2022 và còn 11 hộ vào cuối năm 2024, tức là ",
        df(11, 62, post=" hộ so với đầu nhiệm kỳ"), ", ", df(11, 35, stated=27, post=" hộ so với năm 2022", want="inconsistent", note="27 is the 2020 - 2022 decrease (62 - 35) of the same sentence; 35 - 11 = 24"),
        "; riêng giai đoạn 2020 - 2022 ", df(35, 62, post=" hộ nghèo"), ". Không còn hộ ở nhà tạm, nhà dột nát.")
    d.p("II. VỀ CÔNG TÁC XÂY DỰNG ĐẢNG")
    d.p("1. Tổ chức cơ sở đảng và đội ngũ đảng viên")
    d.p("Đảng bộ phường hiện có ", sm("31 chi bộ trực thuộc", 31, [14, 12, 2, 3]),
        ", chia ra: 14 chi bộ khu phố; 12 chi bộ cơ quan, trường học; 02 chi bộ doanh nghiệp; 03 chi bộ quân sự, công an; sinh hoạt 1.127 đảng viên, ",
        df(1127, 1102, stated=52, post=" đảng viên so với đầu nhiệm kỳ", want="inconsistent", note="25 with digits swapped"),
        " (1.102 đảng viên). Đảng viên nữ 418 đồng chí, ", sh(418, 1127, m="t", want="rounding"), ".")
    d.p("Về độ tuổi, ", sm("trong 1.127 đảng viên", 1127, [96, 402, 231, 398]), " có: dưới 30 tuổi 96 đồng chí (",
        sh(96, 1127, pre=""), "); từ 30 đến 50 tuổi 402 đồng chí (", sh(402, 1127, pre="", m="t", want="rounding", note="with the cut the four age shares add to 99,99"), "); từ 51 đến 60 tuổi 231 đồng chí (",
        sh(231, 1127, pre=""), "); trên 60 tuổi 398 đồng chí (", sh(398, 1127, pre="", note="rounded right, the four age shares add to 100,00"), ").")
    d.p("Về trình độ lý luận chính trị, ", sm("có 889 đảng viên", 889, [48, 317, 524]), " đã qua đào tạo: cao cấp, cử nhân 48 đồng chí (",
        sh(48, 1127, pre="", post="% tổng số đảng viên"), "); trung cấp 317 đồng chí (",
        sh(317, 1127, pre="", m="28,31", want="inconsistent", note="317/1.127 = 28,13%; digits 13 swapped"), "); sơ cấp 524 đồng chí (",
        sh(524, 1127, pre="", m="t", want="rounding"), ").")
    d.p("Nhiệm kỳ 2020 - 2025, Đảng bộ kết nạp 142 đảng viên, ", rt(142, 120, dp=2, pre="đạt ", post="% chỉ tiêu"),
        " (120 đảng viên), ", df(142, 115, post=" đảng viên"), " ",
        tm("so với nhiệm kỳ 2015 - 2020", "nhiệm kỳ 2015 - 2020", "nhiệm kỳ 2015 - 2020"), " (115 đảng viên); số đảng viên mới ",
        sh(142, 1127, dp=1, pre="chiếm ", post="% tổng số đảng viên hiện nay"), ".")
    d.p("2. Đánh giá, xếp loại chất lượng")
    d.p("Năm 2024, ", sm("trong 31 chi bộ", 31, [28, 3], note="xuất sắc (06) is counted inside tốt trở lên (28)"),
        ", 28 chi bộ hoàn thành tốt nhiệm vụ trở lên (", sh(28, 31, pre=""), "), trong đó 06 chi bộ hoàn thành xuất sắc nhiệm vụ (",
        sh(6, 31, pre=""), "); 03 chi bộ hoàn thành nhiệm vụ (", sh(3, 31, pre=""), "). So với năm 2020 (26/31 chi bộ, ",
        fr(26, 31, pre=""), "), tỷ lệ chi bộ hoàn thành tốt nhiệm vụ trở lên ",
        pt("90,32", "83,87", stated="6,54", want="inconsistent", note="90,32 - 83,87 = 6,45; digits 45 swapped; relative reading 7,69"), ".")
    d.p("Số đảng viên được đánh giá, xếp loại năm 2024 là ", sm("1.052 đồng chí", 1052, [958, 87, 7], note="xuất sắc (139) is inside tốt trở lên; 958 + 87 + 07 = 1.052"),
        ", không tính 75 đồng chí được miễn đánh giá. Kết quả: hoàn thành tốt nhiệm vụ trở lên 958 đồng chí (", sh(958, 1052, pre=""), "), trong đó hoàn thành xuất sắc nhiệm vụ 139 đồng chí (",
        sh(139, 1052, m=("b", 1127), pre="", want="inconsistent", note="139/1.127 = 12,33%: the base is all members, not the 1.052 rated as for the other grades"),
        "); hoàn thành nhiệm vụ 87 đồng chí (", sh(87, 1052, pre=""), "); không hoàn thành nhiệm vụ 07 đồng chí (", sh(7, 1052, pre="", m="t", want="rounding"), ").")
    d.p("Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên năm 2024 ", pt("91,06", "88,65", post=" điểm phần trăm"), " so với năm 2020 (88,65%).")
    d.p("3. Công tác cán bộ")
    d.p("Ban Chấp hành Đảng bộ phường khóa XIV, nhiệm kỳ 2020 - 2025 có ", sub("15 đồng chí (nữ 04, trẻ 02)", 15, [4, 2]),
        ", Ban Thường vụ 05 đồng chí. Nhân sự Ban Chấp hành nhiệm kỳ 2025 - 2030 dự kiến ",
        sub("17 đồng chí", 17, [5, 3, 1]), ", ", df(17, 15, lead=True, post=" đồng chí"), " ",
        tm("so với nhiệm kỳ 2020 - 2025", "nhiệm kỳ 2020 - 2025", "nhiệm kỳ 2020 - 2025"),
        "; trong đó nữ 05 đ/c, trẻ dưới 42 tuổi 03 đ/c, người dân tộc Hoa 01 đ/c. Cán bộ nữ ", sh(5, 17, pre="chiếm "),
        ", cán bộ trẻ ", sh(3, 17, m="t", pre="chiếm ", want="rounding"), ", ", df(3, 2, lead=True, post=" đồng chí"), " ",
        tm("so với nhiệm kỳ 2015 - 2020", "nhiệm kỳ 2015 - 2020", "nhiệm kỳ 2020 - 2025", want="inconsistent",
           note="the young members of the 2025 - 2030 committee (03) are compared with the 02 of 2020 - 2025"), ".")
    d.p("III. ĐÁNH GIÁ CHUNG")
    d.p("Nhiệm kỳ qua, Đảng bộ phường đã lãnh đạo hoàn thành và hoàn thành vượt ", frac_only("16/18 chỉ tiêu", 16, 18),
        " Nghị quyết Đại hội; ", rem("02 chỉ tiêu không đạt", 18, 16, 2), " là tỷ lệ lao động qua đào tạo có chứng chỉ và số doanh nghiệp thành lập mới. Nguyên nhân chủ yếu do tác động của dịch Covid-19 trong các năm 2020 - 2021, quỹ đất cho phát triển dịch vụ hạn chế, một số cấp ủy chi bộ khu phố chưa sâu sát.")
    d.p("Phần thứ hai")
    d.p("PHƯƠNG HƯỚNG, NHIỆM VỤ NHIỆM KỲ 2025 - 2030")
    d.p("Mục tiêu tổng quát: xây dựng Đảng bộ phường trong sạch, vững mạnh; phát triển đô thị văn minh, hiện đại. Một số chỉ tiêu chủ yếu: tổng thu ngân sách 05 năm đạt ... tỷ đồng; kết nạp từ 150 đảng viên trở lên; hằng năm có từ 90% chi bộ hoàn thành tốt nhiệm vụ trở lên; không còn hộ nghèo theo chuẩn của tỉnh.")
    d.p("Đại hội triệu tập ", sm("150 đại biểu", 150, [15, 125], want="inconsistent", note="15 + 125 = 140; with 135 elected the parts make 150"),
        ", gồm ", rp("15 đại biểu đương nhiên", 15, 15, note="section 3: the committee of khóa XIV has 15 members, all of them delegates by right"), " là ủy viên Ban Chấp hành khóa XIV và 125 đại biểu được bầu từ các chi bộ.")
    d.p("ĐẢNG BỘ PHƯỜNG XUÂN HÒA")
    d.f("Ban Chấp hành Đảng bộ phường khóa XIV tại thời điểm Đại hội nhiệm kỳ 2020 - 2025 ",
        amb("có 14 đồng chí", "repeat", "the body gives 15 for the same committee; 14 may be the number elected in 2020 (one added later) or a slip; the footnote does not say"), ".")
    d.f("Kết nạp đảng viên từng năm: 2020: 21; 2021: 26; 2022: 31; 2023: 32; 2024: 32; ",
        sm("cộng 05 năm là 142", 142, [21, 26, 31, 32, 32]), " đảng viên.")
    d.f(sub("Trong 142 đảng viên kết nạp", 142, [124, 63]), " nhiệm kỳ 2020 - 2025 có 124 đồng chí là đoàn viên thanh niên, 63 đồng chí nữ.")

e06()

# =====================================================================================
# e07: a district party office on party finance (đảng phí, dự toán, triệu/tỷ đồng with
# decimals) and office work (văn bản, hồ sơ); a ratio written inverted
# =====================================================================================
def e07():
    d = draft("e07-van-phong-huyen-uy-tai-chinh-dang-phi")
    for x in ["ĐẢNG BỘ TỈNH TIỀN HẢI", "HUYỆN ỦY MỎ CÀY", "VĂN PHÒNG", "*", "Số 74-BC/VPHU", "ĐẢNG CỘNG SẢN VIỆT NAM",
              "Mỏ Cày, ngày 22 tháng 12 năm 2025", "BÁO CÁO",
              "tình hình thu, nộp, quản lý, sử dụng đảng phí, thực hiện dự toán ngân sách", "và công tác văn thư, lưu trữ năm 2025", "-----"]:
        d.p(x)
    d.p("Thực hiện Quyết định số 342-QĐ/TW ngày 28/12/2010 của Bộ Chính trị về chế độ đảng phí và Hướng dẫn số 21-HD/VPTW ngày 31/3/2017 của Văn phòng Trung ương Đảng, Văn phòng Huyện ủy báo cáo như sau:")
    d.p("I. THU, NỘP VÀ SỬ DỤNG ĐẢNG PHÍ")
    d.p("1. Kết quả thu đảng phí")
    d.p("Tổng số đảng phí thu được năm 2025 là 1.684,25 triệu đồng, ",
        df(M("1684.25"), M("1557.85"), stated=M("126.4"), post=" triệu đồng"), " so với năm 2024 (1.557,85 triệu đồng), ",
        rel(M("1684.25"), M("1557.85")), ". Có 43/46 tổ chức cơ sở đảng nộp đảng phí đúng kỳ hạn, ",
        fr(43, 46, m="t", want="rounding"), "; ", rem("03 đảng bộ nộp chậm", 46, 43, 3), " từ 01 đến 02 tháng.")
    d.p("Phân theo khối: ", sm("tổng cộng 1.684,25 triệu đồng", M("1684.25"), [M("694.32"), M("582.16"), M("318.4"), M("143.37")], want="inconsistent",
                               note="khối cơ quan written 582,16; 528,16 (digits swapped) makes the four add to 1.684,25"),
        ", trong đó khối xã, thị trấn 694,32 triệu đồng; khối cơ quan huyện 582,16 triệu đồng; khối doanh nghiệp 318,4 triệu đồng; lực lượng vũ trang 143,37 triệu đồng. Mức đảng phí bình quân một đảng viên ",
        amb("tăng 5,6%", "ratio", "the average per member is not given for either year and the number of members is not in the draft; 5,6% cannot be checked (the total grew 8,11%)"),
        " so với năm trước.")
    d.p("2. Trích giữ lại và nộp cấp trên")
    d.p("Theo quy định, ", sm("số đảng phí 1.684,25 triệu đồng", M("1684.25"), [M("1010.55"), M("673.7")]),
        " được trích để lại ở chi bộ, đảng bộ cơ sở 1.010,55 triệu đồng (", sh(M("1010.55"), M("1684.25"), dp=0, pre=""),
        "), nộp lên cấp trên 673,7 triệu đồng (", sh(M("673.7"), M("1684.25"), dp=0, pre=""), "). Văn phòng Huyện ủy nộp về Văn phòng Tỉnh ủy 336,85 triệu đồng, ",
        sh(M("336.85"), M("673.7"), dp=0, pre="bằng ", post="% số đảng phí cấp huyện nhận được"), ".")
    d.p("Giai đoạn 2021 - 2025, toàn Đảng bộ huyện thu đảng phí 7.912,6 triệu đồng, ",
        df(M("7912.6"), M("6708.3"), post=" triệu đồng"), " ",
        tm("so với giai đoạn 2016 - 2020", "giai đoạn 2016 - 2020", "giai đoạn 2016 - 2020"), " (6.708,3 triệu đồng), ",
        rt(M("7912.6"), M("6708.3"), dp=2, m="84,78", want="inconsistent", note="84,78 is 6.708,3/7.912,6: the ratio written the wrong way round"), ".")
    d.p("II. THỰC HIỆN DỰ TOÁN NGÂN SÁCH")
    d.p("Dự toán ngân sách chi cho hoạt động của các cơ quan Huyện ủy năm 2025 được giao 18,46 tỷ đồng; ước thực hiện cả năm 17,92 tỷ đồng, ",
        sh(M("17.92"), M("18.46"), pre="đạt ", post="% dự toán"), ".")
    d.p("Cơ cấu chi: ", sm("tổng chi 17,92 tỷ đồng", M("17.92"), [M("12.38"), M("4.16"), M("1.38")]),
        " gồm chi thường xuyên 12,38 tỷ đồng (", sh(M("12.38"), M("17.92"), pre=""), "); chi nghiệp vụ đặc thù 4,16 tỷ đồng (",
        sh(M("4.16"), M("17.92"), pre="", m="23,12", want="inconsistent", note="4,16/17,92 = 23,21%; digits 21 swapped"),
        "); chi khác 1,38 tỷ đồng (", sh(M("1.38"), M("17.92"), pre=""), ").")
    d.p("Ủy ban Kiểm tra Huyện ủy kiểm tra tài chính 12 tổ chức đảng; phát hiện 03 đơn vị thu, nộp đảng phí chưa đúng quy định với số tiền 18,6 triệu đồng, đã truy thu 15,3 triệu đồng, ",
        sh(M("15.3"), M("18.6"), m="t", pre="đạt ", want="rounding"), ", ",
        rem("còn 3,3 triệu đồng", M("18.6"), M("15.3"), M("3.3")), " sẽ thu dứt điểm trong quý I/2026.")
    d.p("Việc quản lý tài sản, xe ô tô công được thực hiện đúng Quy định số 07-QĐ/VPTW; Văn phòng Huyện ủy đã thanh lý 02 xe ô tô hết niên hạn sử dụng, bàn giao trụ sở cũ của Ban Dân vận cho Ủy ban nhân dân huyện quản lý theo Kế hoạch sắp xếp trụ sở.")
    d.p("III. CÔNG TÁC VĂN THƯ, LƯU TRỮ")
    d.p("Năm 2025, Văn phòng Huyện ủy tiếp nhận ", sm("6.318 văn bản đến", 6318, [2146, 4172]),
        " (văn bản của Trung ương, Tỉnh ủy 2.146; của các cơ quan, đơn vị trong huyện 4.172); phát hành ",
        sm("2.954 văn bản đi", 2954, [14, 1283, 206, 118, 472, 906], want="inconsistent",
           note="14 + 1.283 + 206 + 118 + 472 + 906 = 2.999; 1.238 quyết định would make 2.954"),
        ", gồm: nghị quyết 14, quyết định 1.283, báo cáo 206, kế hoạch 118, thông báo 472, công văn 906.")
    d.p("Số văn bản đi được ký số, phát hành trên mạng thông tin diện rộng của Đảng là 2.803/2.954, ",
        fr(2803, 2954, pre="đạt "), ", ", pt("94,89", "91,62"), " so với năm 2024 (91,62%). Tiếp nhận, thu nộp vào lưu trữ ",
        sub("1.186 hồ sơ", 1186, [412]), ", trong đó 412 hồ sơ của nhiệm kỳ 2015 - 2020 còn tồn đọng; chỉnh lý 38 mét giá tài liệu.")
    d.p("IV. NHẬN XÉT VÀ PHƯƠNG HƯỚNG")
    d.p("Năm 2025, công tác thu, nộp đảng phí được thực hiện nghiêm túc, tổng thu ",
        rp("1.648,25 triệu đồng", M("1684.25"), M("1648.25"), want="inconsistent", note="section I gives 1.684,25 with a difference and a ratio that agree with it; 84 and 48 swapped"),
        "; dự toán được quản lý chặt chẽ, tiết kiệm. Năm 2026 phấn đấu thu đảng phí đạt ... triệu đồng, 100% tổ chức cơ sở đảng nộp đúng kỳ hạn.")
    d.p("Mọi chi tiết xin liên hệ: đồng chí Nguyễn Thị Thu Vân, Phó Chánh Văn phòng Huyện ủy, điện thoại 0275.3862.419.")
    d.p("Nơi nhận:")
    d.p("- Văn phòng Tỉnh ủy,")
    d.p("- Thường trực Huyện ủy,")
    d.p("- Lưu VP.")
    d.p("CHÁNH VĂN PHÒNG")
    d.p("Võ Thành Trung")
    d.f("Đảng phí thu qua từng năm: 2021: 1.402,7; 2022: 1.496,3; 2023: 1.771,5; 2024: 1.557,85; 2025: 1.684,25 triệu đồng; ",
        sm("cộng 7.912,6 triệu đồng", M("7912.6"), [M("1402.7"), M("1496.3"), M("1771.5"), M("1557.85"), M("1684.25")]),
        " (năm 2023 có khoản truy thu đảng phí năm 2022 của 02 đảng bộ doanh nghiệp).")
    d.f("Số đảng phí năm 2025 đã được đối chiếu với Văn phòng Tỉnh ủy: ", rp("1.684,25 triệu đồng", M("1684.25"), M("1684.25")), ".")

e07()

# ---------------------------------------------------------------- narrative without claims
NARR = {
 "e01-dang-uy-xa-nong-thon-moi-nang-cao": [
  ("b) Hạ tầng và điều kiện sống", "Hệ thống thủy lợi nội đồng được nạo vét thường xuyên; các tuyến đê bao khép kín bảo vệ sản xuất vụ Đông Xuân và Hè Thu. Trạm y tế xã đạt chuẩn quốc gia, trường mầm non và trường tiểu học được công nhận đạt chuẩn mức độ 1; thiết chế văn hóa ở các ấp được đầu tư, sửa chữa, là nơi sinh hoạt chi bộ, họp dân và tổ chức các hoạt động văn nghệ, thể thao."),
  ("d) Công tác xây dựng Đảng", "Ban Thường vụ Đảng ủy phân công mỗi ủy viên Ban Chấp hành phụ trách một ấp, trực tiếp dự sinh hoạt chi bộ, nắm tình hình và tháo gỡ khó khăn cho cơ sở. Nội dung sinh hoạt chi bộ ấp gắn với các phần việc cụ thể: vận động hiến đất làm đường, chăm lo hộ nghèo, giữ gìn vệ sinh môi trường, phòng, chống tệ nạn xã hội.")],
 "e02-ukt-huyen-don-thu-ky-luat-nam-2025": [
  ("II. KIỂM TRA KHI CÓ DẤU HIỆU", "Việc lựa chọn đối tượng kiểm tra căn cứ vào kết quả giám sát, đơn thư tố cáo và thông tin phản ánh của báo chí, của Mặt trận Tổ quốc và các đoàn thể. Trong quá trình kiểm tra, đoàn kiểm tra làm việc trực tiếp với tổ chức đảng và đảng viên được kiểm tra, bảo đảm dân chủ, khách quan, đúng quy trình; kết luận kiểm tra được thông báo đến chi bộ nơi đảng viên sinh hoạt.")],
 "e03-trung-tam-chinh-tri-boi-duong-nam-2025": [
  ("II. ĐÁNH GIÁ", "Công tác quản lý học viên được thực hiện chặt chẽ; học viên chấp hành tốt nội quy, quy chế học tập. Trung tâm phối hợp với các cấp ủy cơ sở theo dõi việc vận dụng kiến thức của học viên sau các lớp bồi dưỡng, nhất là các lớp đảng viên mới; nhiều ý kiến phản hồi đánh giá nội dung bài giảng sát thực tiễn, dễ hiểu.")],
 "e04-ban-to-chuc-quan-ly-dang-vien-ho-so": [
  ("III. QUẢN LÝ ĐẢNG VIÊN ĐI LÀM ĂN XA", "Các cấp ủy cơ sở phân công đảng viên trong chi bộ giữ liên lạc với đảng viên đi làm ăn xa qua điện thoại, mạng xã hội; định kỳ 06 tháng, chi bộ nơi cư trú gửi phiếu nhận xét đến nơi đảng viên sinh hoạt tạm thời. Tuy vậy, việc phối hợp giữa hai nơi còn lỏng lẻo; nhiều đảng viên làm việc tự do, thay đổi chỗ ở liên tục nên khó quản lý.")],
 "e05-dang-uy-khoi-doanh-nghiep-chi-thi-33": [
  ("3. Xây dựng tổ chức đoàn thể", "Hoạt động của công đoàn cơ sở tập trung vào đối thoại, thương lượng tập thể, bảo vệ quyền lợi hợp pháp của người lao động; đoàn thanh niên trong doanh nghiệp tổ chức nhiều phong trào thi đua sáng tạo, cải tiến kỹ thuật. Một số doanh nghiệp đã bố trí phòng sinh hoạt chung, hỗ trợ kinh phí cho tổ chức đảng, đoàn thể hoạt động.")],
 "e06-bao-cao-chinh-tri-dai-hoi-dang-bo-phuong": [
  ("I. VỀ PHÁT TRIỂN KINH TẾ", "Kinh tế của phường tiếp tục phát triển theo hướng thương mại - dịch vụ; nhiều hộ kinh doanh mở rộng quy mô, chuyển đổi sang mô hình doanh nghiệp. Công tác quản lý trật tự đô thị, lòng lề đường có chuyển biến; phong trào xây dựng khu phố văn hóa, gia đình văn hóa được Nhân dân hưởng ứng tích cực."),
  ("1. Tổ chức cơ sở đảng và đội ngũ", "Ban Chấp hành Đảng bộ phường thường xuyên rà soát, kiện toàn cấp ủy chi bộ; thực hiện sáp nhập chi bộ khu phố khi sắp xếp khu phố theo Nghị quyết của Hội đồng nhân dân tỉnh. Chất lượng sinh hoạt chi bộ có chuyển biến, nhất là sinh hoạt chuyên đề; đảng viên là cán bộ, công chức thực hiện tốt việc giữ mối liên hệ với chi ủy và Nhân dân nơi cư trú.")],
 "e07-van-phong-huyen-uy-tai-chinh-dang-phi": [
  ("III. CÔNG TÁC VĂN THƯ", "Văn phòng Huyện ủy thực hiện nghiêm quy trình tiếp nhận, đăng ký, trình xử lý văn bản đến; văn bản đi được kiểm tra thể thức, kỹ thuật trình bày theo Hướng dẫn số 36-HD/VPTW trước khi trình ký. Phần mềm quản lý văn bản và hồ sơ công việc được vận hành thông suốt, kết nối với Văn phòng Tỉnh ủy.")],
}

def add_narrative():
    for d in DRAFTS:
        for head, text in NARR.get(d.name, []):
            idx = [i for i, parts in enumerate(d.body) if len(parts) == 1 and isinstance(parts[0], str) and parts[0].startswith(head)]
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
