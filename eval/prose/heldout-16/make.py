#!/usr/bin/env python3
"""Generator of the heldout16 prose set: six Vietnamese report drafts with labelled numeric claims.

Every total, share, difference, ratio and expected value is computed here with decimal.Decimal and
ROUND_HALF_UP, so the labels do not depend on the tool under evaluation.  Run:  python3 make.py
It writes prose/<name>.txt, prose/<name>.labels.json and SUMMARY.md, then checks every anchor.
"""
import json
import os
import sys
from collections import Counter, OrderedDict
from decimal import Decimal as D, ROUND_HALF_UP, ROUND_DOWN

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "prose")
FN = "[\ufffd] "          # footnote line prefix, as the shared drafts are exported

VERDICT = {"c": "consistent", "r": "rounding", "i": "inconsistent", "a": "ambiguous"}
KINDS = ["sum", "subset", "share", "fraction", "difference", "points", "ratio", "repeat", "term"]


# ---------------------------------------------------------------- number helpers
def q(x, pl):
    """Round half up to pl decimals."""
    return D(x).quantize(D(1).scaleb(-pl), rounding=ROUND_HALF_UP)


def tr(x, pl):
    """Truncate to pl decimals."""
    return D(x).quantize(D(1).scaleb(-pl), rounding=ROUND_DOWN)


def grp(digits):
    out = ""
    while len(digits) > 3:
        out = "." + digits[-3:] + out
        digits = digits[:-3]
    return digits + out


def N(n):
    """Integer, vi-VN thousands dots: 9846 -> 9.846."""
    n = int(n)
    return ("-" if n < 0 else "") + grp(str(abs(n)))


def Z(n):
    """Count with the leading zero used for 1..9: 5 -> 05."""
    n = int(n)
    return "0" + str(n) if 0 <= n < 10 else N(n)


def F(x, pl=2):
    """Decimal, vi-VN: 1486.5 -> 1.486,5 (half up at pl decimals)."""
    x = q(x, pl)
    s = "{:f}".format(abs(x))
    ip, _, fp = s.partition(".")
    r = grp(ip) + ("," + fp if pl else "")
    return ("-" if x < 0 else "") + r


def F1(x):
    return F(x, 1)


def F2(x):
    return F(x, 2)


def X(x, pl=4):
    """Exact-ish value for notes."""
    return F(x, pl)


def pct(part, base):
    return D(part) * 100 / D(base)


# ---------------------------------------------------------------- draft builder
class Draft:
    def __init__(self, name):
        self.name = name
        self.lines = []
        self.pend = []
        self.claims = []
        self.keys = {}
        self.pkeys = []

    # a paragraph: claims created while its text was built get its line number
    def p(self, text):
        ln = len(self.lines) + 1
        self.lines.append(text)
        for c in self.pend:
            c["line"] = ln
            self.claims.append(c)
        for k in self.pkeys:
            self.keys[k] = ln
        self.pend, self.pkeys = [], []

    def fn(self, text):
        self.p(FN + text)

    def mark(self, key):
        """Mark the first mention of a quantity that a later claim repeats."""
        self.pkeys.append(key)
        return ""

    def _c(self, kind, anchor, v, note, right=None, ref=None):
        assert kind in KINDS, kind
        c = OrderedDict(line=None, anchor=anchor, kind=kind, verdict=VERDICT[v])
        if v in ("r", "i"):
            assert right is not None, anchor
            c["right"] = right
        c["note"] = note
        if ref:
            c["_ref"] = ref
        self.pend.append(c)
        return anchor

    # generic claim, text written by hand
    def cl(self, kind, text, v, note, right=None):
        return self._c(kind, text, v, note, right)

    # share: part / base x 100
    def sh(self, part, base, t="chiếm {}", pl=2, v="c", wb=None, st=None, note="", sp=""):
        true = q(pct(part, base), pl)
        if v == "c":
            stated = true
        elif v == "r":
            stated = tr(pct(part, base), pl)
            assert stated != true, (part, base)
        else:
            stated = q(pct(part, wb), pl) if wb is not None else D(st)
            if v == "i":
                assert stated != true, (part, base)
        txt = F(stated, pl) + sp + "%"
        n = "%s / %s = %s %% → %s%%" % (fmt(part), fmt(base), X(pct(part, base)), F(true, pl))
        if v == "r":
            n += "; stated %s%% is the truncation" % F(stated, pl)
        if wb is not None:
            n += "; stated %s%% = %s / %s (%s)" % (F(stated, pl), fmt(part), fmt(wb),
                                                 "wrong base" if v == "i" else "other base")
        if note:
            n += "; " + note
        self._c("share", t.format(txt), v, n, right=F(true, pl) + "%" if v in "ri" else None)
        self.pend[-1]["_parts"] = [part, base]
        return self.pend[-1]["anchor"]

    # sum: total of a breakdown (anchor holds the total)
    def sm(self, t, parts, v="c", st=None, f=None, note=""):
        f = f or fmt
        true = sum(D(x) for x in parts)
        stated = true if st is None else D(st)
        if v == "c":
            assert stated == true, (t, parts)
        if v == "i":
            assert stated != true, (t, parts)
        n = "%s = %s vs stated %s" % (" + ".join(f(x) for x in parts), f(true), f(stated))
        if note:
            n += "; " + note
        self._c("sum", t.format(f(stated)), v, n, right=f(true) if v == "i" else None)
        self.pend[-1]["_parts"] = [x for x in parts]
        return self.pend[-1]["anchor"]

    # subset: a "trong đó" part must not exceed its parent
    def sb(self, t, part, parent, v="c", f=None, note="", right=None):
        f = f or fmt
        if v == "c":
            assert D(part) <= D(parent)
        if v == "i":
            assert D(part) > D(parent)
        n = "%s ≤ %s" % (f(part), f(parent)) if D(part) <= D(parent) else "%s > %s" % (f(part), f(parent))
        if note:
            n += "; " + note
        return self._c("subset", t.format(f(part)), v, n, right=right)

    # difference: cur - prev, with the word tăng/giảm
    def df(self, t, cur, prev, v="c", st=None, flip=False, f=None, note="", up="tăng", down="giảm"):
        f = f or fmt
        d = D(cur) - D(prev)
        w = up if d > 0 else down
        mag = abs(d) if st is None else D(st)
        sw = (down if w == up else up) if flip else w
        if v == "i":
            assert flip or mag != abs(d)
        n = "%s − %s = %s → %s %s" % (f(cur), f(prev), f(d), w, f(abs(d)))
        if flip:
            n += "; stated '%s' has the wrong direction" % sw
        if note:
            n += "; " + note
        return self._c("difference", t.format(w=sw, d=f(mag)), v, n,
                       right=("%s %s" % (w, f(abs(d)))) if v == "i" else None)

    # percentage points between two stated shares
    def pt(self, t, cur, prev, pl=2, v="c", st=None, flip=False, note=""):
        d = D(cur) - D(prev)
        w = "tăng" if d > 0 else "giảm"
        mag = abs(d) if st is None else D(st)
        sw = ("giảm" if w == "tăng" else "tăng") if flip else w
        if v == "i":
            assert flip or mag != abs(d)
        rel = q((D(cur) / D(prev) - 1) * 100, 2)
        n = "%s%% − %s%% = %s points → %s %s (relative reading %s%%)" % (
            F(cur, pl), F(prev, pl), F(d, pl), w, F(abs(d), pl), F(rel, 2))
        if note:
            n += "; " + note
        return self._c("points", t.format(w=sw, d=F(mag, pl)), v, n,
                       right=("%s %s" % (w, F(abs(d), pl))) if v == "i" else None)

    # ratio: cur / prev x 100 (mode pct), relative change (inc), multiple (times), mean (avg)
    def rt(self, t, cur, prev, pl=1, v="c", st=None, mode="pct", note=""):
        if mode == "pct":
            x = D(cur) * 100 / D(prev)
            expr = "%s / %s × 100 = %s" % (fmt(cur), fmt(prev), X(x))
        elif mode == "inc":
            x = (D(cur) / D(prev) - 1) * 100
            expr = "(%s / %s − 1) × 100 = %s" % (fmt(cur), fmt(prev), X(x))
        else:
            x = D(cur) / D(prev)
            expr = "%s / %s = %s" % (fmt(cur), fmt(prev), X(x))
        true = q(abs(x), pl)
        stated = true if st is None else D(st)
        if v == "c":
            assert stated == true, (t, cur, prev, true)
        if v == "i":
            assert stated != true
        n = expr + " → " + F(true, pl)
        if note:
            n += "; " + note
        return self._c("ratio", t.format(F(stated, pl)), v, n, right=F(true, pl) if v == "i" else None)

    # fraction a/b, optionally with its percentage {p}
    def fr(self, t, a, b, pl=2, v="c", st=None, note="", z=True):
        true = q(pct(a, b), pl)
        stated = true if st is None else D(st)
        if v == "i":
            assert stated != true or note
        fa = Z(a) if z else N(a)
        fb = Z(b) if z else N(b)
        n = "%s/%s = %s %% → %s%%" % (N(a), N(b), X(pct(a, b)), F(true, pl))
        if note:
            n += "; " + note
        return self._c("fraction", t.format(a=fa, b=fb, p=F(stated, pl) + "%"), v, n,
                       right=(F(true, pl) + "%") if v == "i" else None)

    # repeat: second mention of a quantity first given at mark(key)
    def rp(self, t, key, val, v="c", st=None, f=None, note=""):
        f = f or fmt
        stated = D(val) if st is None else D(st)
        if v == "c":
            assert stated == D(val)
        n = "repeats %s first given on line {ref}" % f(val)
        if stated != D(val):
            n += "; stated %s" % f(stated)
        if note:
            n += "; " + note
        return self._c("repeat", t.format(f(stated)), v, n, right=f(val) if v == "i" else None, ref=key)

    # term: the period a comparison names
    def tm(self, text, v="c", right=None, note=""):
        return self._c("term", text, v, note or "names the period before the claim's own period", right)

    def finish(self):
        for c in self.claims:
            if "_ref" in c:
                c["note"] = c["note"].replace("{ref}", str(self.keys[c.pop("_ref")]))
        return self


def fmt(x):
    x = D(x)
    if x == x.to_integral_value():
        return N(x)
    return F(x, -x.as_tuple().exponent if -x.as_tuple().exponent <= 3 else 3)


# ---------------------------------------------------------------- drafts
def d1():
    """Chi cục An toàn vệ sinh thực phẩm tỉnh — báo cáo năm 2024."""
    d = Draft("p16-01-an-toan-thuc-pham")
    d.p("SỞ Y TẾ TỈNH BÌNH LÂM")
    d.p("CHI CỤC AN TOÀN VỆ SINH THỰC PHẨM")
    d.p("Số: 287/BC-CCATVSTP - Bình Lâm, ngày 16 tháng 12 năm 2024")
    d.p("BÁO CÁO Kết quả công tác bảo đảm an toàn thực phẩm năm 2024 và phương hướng, nhiệm vụ năm 2025")
    d.p("Thực hiện Kế hoạch số 45/KH-BCĐ ngày 12/01/2024 của Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh và "
        "Công văn số 2105/SYT-NVY ngày 28/11/2024 của Sở Y tế, Chi cục An toàn vệ sinh thực phẩm (sau đây gọi tắt là "
        "Chi cục) báo cáo kết quả thực hiện như sau:")
    d.p("I. ĐẶC ĐIỂM TÌNH HÌNH")
    d.p("Tỉnh có %s (01 thành phố, 02 thị xã, 08 huyện) với 167 xã, phường, thị trấn. Đến ngày 30/11/2024, toàn tỉnh "
        "có %s sản xuất, kinh doanh thực phẩm thuộc diện quản lý, gồm: ngành Y tế 4.217 cơ sở (%s), ngành Nông nghiệp "
        "và PTNT 3.508 cơ sở (%s), ngành Công Thương 2.121 cơ sở (%s). Số cơ sở do ngành Y tế quản lý %s "
        "%s (4.031 cơ sở), trong đó có %s, 1.025 cơ sở dịch vụ ăn uống."
        % (d.sm("{} đơn vị hành chính cấp huyện", [1, 2, 8]),
           d.sm("{} cơ sở", [4217, 3508, 2121]),
           d.sh(4217, 9846, "{}"), d.sh(3508, 9846, "{}"), d.sh(2121, 9846, "{}"),
           d.df("{w} {d} cơ sở", 4217, 4031),
           d.tm("so với cuối năm 2023", note="stock at 30/11/2024 compared with the end of the previous year"),
           d.sb("{} bếp ăn tập thể", 1964, 4217, note="subset of the 4.217 health-sector establishments")))
    d.p("Tổng số công chức, viên chức và người lao động của Chi cục là %s, gồm 19 công chức, 03 viên chức và 02 hợp đồng lao động theo Nghị định số "
        "111/2022/NĐ-CP; trình độ thạc sĩ 07 người, %s, đại học 15 người, %s."
        % (d.sm("{} người", [19, 3, 2]), d.sh(7, 24, "chiếm {}"), d.sh(15, 24, "chiếm tỷ lệ {}")))
    d.p("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024")
    d.p("1. Công tác tham mưu, chỉ đạo và thông tin, truyền thông")
    d.p("Chi cục đã tham mưu Ban Chỉ đạo liên ngành, Sở Y tế ban hành %s chỉ đạo, hướng dẫn (02 kế hoạch, 09 công "
        "văn, 03 quyết định). Phối hợp Đài Phát thanh - Truyền hình tỉnh, Báo Bình Lâm thực hiện 126 tin, bài, phóng "
        "sự (năm 2023 là 108 tin, bài), %s %s; in, cấp phát 45.300 tờ gấp, 1.250 áp phích, 320 băng rôn. Tổ chức %s "
        "tập huấn kiến thức an toàn thực phẩm (tuyến tỉnh 07 lớp, tuyến huyện 12 lớp, tuyến xã 18 lớp) cho 2.612 "
        "lượt người; kiểm tra xác nhận kiến thức 2.486 người, có 2.305 người đạt, %s."
        % (d.sm("{} văn bản", [2, 9, 3], f=Z),
           d.df("{w} {d} tin, bài", 126, 108),
           d.tm("so với năm 2023", note="2024 report; the previous year is 2023"),
           d.sm("{} lớp", [7, 12, 18], v="i", st=25, note="the 12 district-level classes were left out (25 = 7 + 18)"),
           d.sh(2305, 2486, "tỷ lệ {}")))
    d.p("2. Công tác thanh tra, kiểm tra và xử lý vi phạm")
    d.p("Năm 2024, toàn tỉnh thành lập %s thanh tra, kiểm tra liên ngành và chuyên ngành (tuyến tỉnh 18 đoàn, tuyến "
        "huyện 64 đoàn, tuyến xã 133 đoàn); kiểm tra %s7.120 lượt cơ sở, phát hiện %s, %s; trong đó xử phạt vi phạm "
        "hành chính 327 cơ sở, nhắc nhở, yêu cầu khắc phục 719 cơ sở. Tổng số tiền phạt %s (tuyến tỉnh 612,0 triệu "
        "đồng; tuyến huyện, xã 874,5 triệu đồng), đã nộp ngân sách nhà nước 100%%."
        % (d.sm("{} đoàn", [18, 64, 133]), d.mark("kt"),
           d.sm("{} lượt cơ sở vi phạm", [327, 719]) + d.mark("vp"),
           d.sh(1046, 7120, "chiếm {}"),
           d.sm("{} triệu đồng", [D("612.0"), D("874.5")], v="i", st=D("1468.5"), f=F1,
                note="digits 8 and 6 transposed")))
    d.p("Các đợt cao điểm: Tết Nguyên đán Giáp Thìn và mùa Lễ hội Xuân 2024 (từ ngày 15/12/2023 đến ngày 15/3/2024) "
        "kiểm tra 2.315 cơ sở, phát hiện 296 cơ sở vi phạm (%s); Tháng hành động vì an toàn thực phẩm (từ 15/4 đến "
        "15/5/2024) kiểm tra 1.874 cơ sở, 231 cơ sở vi phạm, %s; Tết Trung thu kiểm tra 684 cơ sở, không phát hiện vi "
        "phạm. Cộng ba đợt đã kiểm tra %s, %s trong năm."
        % (d.sh(296, 2315, "{}"), d.sh(231, 1874, "chiếm {}", v="r"),
           d.sm("{} cơ sở", [2315, 1874, 684]),
           d.cl("share", "bằng 68,44% tổng số lượt kiểm tra", "a",
                "4.873 / 7.120 = 68,4410 % → 68,44%, but the Tết campaign began 15/12/2023, so part of its 2.315 "
                "inspections may lie outside the year's 7.120 lượt; the base's period is unclear")))
    d.p("Riêng loại hình dịch vụ ăn uống, thức ăn đường phố có 395 lượt cơ sở vi phạm, %s. Chi cục tiếp nhận %s, kiến "
        "nghị của người dân về an toàn thực phẩm, trong đó 38 phản ánh về thực phẩm không rõ nguồn gốc, 31 phản ánh về "
        "hàng giả, hàng kém chất lượng; đã xác minh, xử lý xong 61 phản ánh, %s, số còn lại đang tiếp tục xác minh."
        % (d.cl("share", "chiếm 21,40%", "a",
                "base not stated: 395 / 1.046 violators = 37,76 %, 395 / 7.120 inspections = 5,55 %; 21,40 % fits "
                "neither, it may be the share of the food-service establishments inspected, a number not given"),
           d.cl("sum", "64 phản ánh", "a",
                "38 + 31 = 69 > 64; the two content groups may overlap (a counterfeit product of unknown origin), "
                "so the text does not say whether the parts are disjoint"),
           d.sh(61, 64, "đạt {}", pl=1)))
    d.p("3. Công tác giám sát, kiểm nghiệm mẫu và phòng chống ngộ độc thực phẩm")
    d.p("Tuyến tỉnh lấy %s thực phẩm để kiểm nghiệm, gồm xét nghiệm nhanh tại hiện trường 1.036 mẫu (%s) và xét nghiệm "
        "tại phòng thí nghiệm 248 mẫu. Kết quả có %s, tỷ lệ %s (xét nghiệm nhanh 46 mẫu, %s số mẫu test nhanh; labo 41 "
        "mẫu). Riêng nhóm xét nghiệm labo, tỷ lệ không đạt %s, chủ yếu nhiễm Coliforms, E.coli và hàn the."
        % (d.sm("{} mẫu", [1036, 248]) + d.mark("mau"),
           d.sh(1036, 1284, "{}", v="r"),
           d.sm("{} mẫu không đạt", [46, 41]),
           d.sh(87, 1284, "{}", v="r"),
           d.sh(46, 1036, "bằng {}"),
           d.sh(41, 248, "là {} số mẫu gửi labo", v="i", wb=1284)))
    d.p("Năm 2024, trên địa bàn tỉnh xảy ra %s với 193 người mắc, %s (%s), không có trường hợp tử vong; trong đó 03 "
        "vụ xảy ra tại bếp ăn tập thể, 02 vụ tại khu công nghiệp; bình quân %s người mắc/vụ. So với năm 2023 (06 vụ, "
        "166 người mắc), số vụ %s, số người mắc %s."
        % (d.cl("sum", "04 vụ ngộ độc thực phẩm", "a",
                "03 (bếp ăn tập thể) + 02 (khu công nghiệp) = 05 > 04; a collective kitchen can be inside an "
                "industrial zone, so the parts may overlap: not decidable"),
           d.sb("{} người phải nhập viện", 171, 193),
           d.sh(171, 193, "{}"),
           d.rt("{}", 193, 4, pl=2, mode="avg"),
           d.df("{w} {d} vụ", 4, 6, f=Z),
           d.df("{w} {d} người", 193, 166, v="i", flip=True)))
    d.p("4. Cấp giấy chứng nhận, tiếp nhận hồ sơ tự công bố sản phẩm")
    d.p("Trong năm đã cấp %s đủ điều kiện an toàn thực phẩm (tuyến tỉnh 97 giấy, tuyến huyện 315 giấy), %s (kế hoạch "
        "giao 400 giấy). Lũy kế đến 30/11/2024 có 3.872 cơ sở thuộc ngành Y tế đã được cấp giấy chứng nhận hoặc ký cam "
        "kết, %s, %s %s (89,47%%). Tiếp nhận 1.538 hồ sơ tự công bố sản phẩm (năm 2023: 1.381 hồ sơ), %s %s."
        % (d.sm("{} giấy chứng nhận cơ sở", [97, 315]),
           d.rt("đạt {}% kế hoạch", 412, 400, pl=0),
           d.sh(3872, 4217, "đạt tỷ lệ {}"),
           d.pt("{w} {d} điểm phần trăm", D("91.82"), D("89.47"), v="i", st=D("2.53"),
                note="2,35 typed 2,53 (adjacent digits swapped)"),
           d.tm("so với cùng thời điểm năm 2023"),
           d.rt("tăng {}%", 1538, 1381, mode="inc"),
           d.tm("so với năm 2022", "i", right="so với năm 2023",
                note="the base 1.381 is labelled năm 2023 in the same sentence; a 2024 report compares with 2023")))
    d.p("5. Kinh phí thực hiện")
    d.p("Tổng kinh phí bảo đảm an toàn thực phẩm năm 2024 được giao %s (ngân sách tỉnh 2.870 triệu đồng, ngân sách "
        "Trung ương hỗ trợ 580 triệu đồng); đến ngày 30/11/2024 đã giải ngân 3.118 triệu đồng, %s; dự kiến đến hết "
        "ngày 31/01/2025 giải ngân ... triệu đồng."
        % (d.sm("{} triệu đồng", [2870, 580]), d.sh(3118, 3450, "đạt {}")))
    d.p("6. Kết quả thực hiện các chỉ tiêu")
    d.p("Có %s duy trì mô hình chợ bảo đảm an toàn thực phẩm; %s; tỷ lệ bếp ăn tập thể được kiểm tra ít nhất 01 "
        "lần/năm đạt 100%%; tỷ lệ người trực tiếp chế biến được xác nhận kiến thức đạt 96,4%% (chỉ tiêu 95%%)."
        % (d.fr("{a}/{b} huyện, thị xã, thành phố", 9, 11, note="denominator = the 11 district-level units"),
           d.fr("{a}/{b} xã, phường, thị trấn đạt tiêu chí an toàn thực phẩm, đạt {p}", 142, 167, z=False,
                note="denominator = the 167 communes")))
    d.p("III. ĐÁNH GIÁ CHUNG")
    d.p("Năm 2024 công tác bảo đảm an toàn thực phẩm tiếp tục chuyển biến: các đoàn đã kiểm tra %s, xử lý %s với số "
        "tiền phạt gần 1,5 tỷ đồng; kiểm nghiệm %s; từ đầu năm đến nay ghi nhận %s, không có tử vong. Tuy nhiên tỷ lệ "
        "vi phạm ở nhóm thức ăn đường phố, chợ đầu mối còn cao; lực lượng làm công tác an toàn thực phẩm tuyến xã "
        "phần lớn kiêm nhiệm."
        % (d.rp("{} lượt cơ sở", "kt", 7120, v="i", st=7210, note="summary typed 7.210 for 7.120"),
           d.rp("{} lượt cơ sở vi phạm", "vp", 1046),
           d.rp("{} mẫu thực phẩm", "mau", 1284),
           d.cl("repeat", "05 vụ ngộ độc thực phẩm", "a",
                "body gives 04 vụ for năm 2024; 'từ đầu năm đến nay' in a report dated 16/12/2024 may use a later "
                "cut-off than the body's figure, so a typo cannot be told from a different period")))
    d.p("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025")
    d.p("Phấn đấu 100% cơ sở thuộc diện cấp giấy chứng nhận được cấp đúng hạn; cấp mới ít nhất 420 giấy chứng nhận; "
        "tổ chức không dưới 40 lớp tập huấn; tỷ lệ mẫu xét nghiệm đạt yêu cầu từ 92% trở lên; không để xảy ra ngộ độc "
        "thực phẩm đông người (từ 30 người mắc trở lên) tại bếp ăn tập thể; hoàn thành ... chỉ tiêu do Sở Y tế giao.")
    d.p("V. ĐỀ XUẤT, KIẾN NGHỊ")
    d.p("Đề nghị Sở Y tế tham mưu UBND tỉnh bổ sung 02 biên chế cho Chi cục, bố trí kinh phí mua sắm 01 xe xét "
        "nghiệm nhanh lưu động và hỗ trợ cán bộ làm công tác an toàn thực phẩm tuyến xã theo Nghị quyết số "
        "17/2023/NQ-HĐND; đề nghị Cục An toàn thực phẩm sớm ban hành hướng dẫn ... về phân cấp quản lý.")
    d.p("Nơi nhận: - Sở Y tế (b/c); - Ban Chỉ đạo liên ngành tỉnh; - Lưu: VT, NVY.")
    d.p("CHI CỤC TRƯỞNG")
    d.fn("Tổng số %s, gồm: tuyến tỉnh 862 lượt (%s), tuyến huyện 2.199 lượt (%s), tuyến xã 4.059 lượt (%s)."
         % (d.sm("{} lượt cơ sở được kiểm tra", [862, 2199, 4059]),
            d.sh(862, 7120, "{}"), d.sh(2199, 7120, "{}"), d.sh(4059, 7120, "{}")))
    d.fn("%s (09 đoàn liên ngành, 09 đoàn chuyên ngành); %s (liên ngành 22 đoàn, chuyên ngành 42 đoàn); tuyến xã "
         "chủ yếu là đoàn liên ngành do Ban Chỉ đạo cấp xã thành lập."
         % (d.sm("Tuyến tỉnh {} đoàn", [9, 9]), d.sm("tuyến huyện {} đoàn", [22, 42])))
    d.fn("%s gồm: 17 mẫu nhiễm Coliforms, 11 mẫu nhiễm E.coli, 08 mẫu có hàn the, 05 mẫu tồn dư thuốc bảo vệ thực "
         "vật vượt giới hạn cho phép (Quyết định số 46/2007/QĐ-BYT; QCVN 8-3:2012/BYT)."
         % d.sm("{} mẫu labo không đạt", [17, 11, 8, 5]))
    d.fn("%s: chi thanh tra, kiểm tra 1.245 triệu đồng; kiểm nghiệm mẫu 986 triệu đồng (%s); thông tin, truyền thông "
         "512 triệu đồng; tập huấn, xác nhận kiến thức 375 triệu đồng."
         % (d.sm("Giải ngân {} triệu đồng", [1245, 986, 512, 375]), d.sh(986, 3118, "chiếm {}")))
    return d


def d2():
    """Công ty TNHH MTV Xổ số kiến thiết tỉnh — báo cáo 9 tháng năm 2025."""
    d = Draft("p16-02-xo-so-kien-thiet")
    T = F2
    d.p("UBND TỈNH HẢI MINH")
    d.p("CÔNG TY TNHH MỘT THÀNH VIÊN XỔ SỐ KIẾN THIẾT HẢI MINH")
    d.p("Số: 214/BC-XSKT. Hải Minh, ngày 08 tháng 10 năm 2025")
    d.p("BÁO CÁO")
    d.p("Tình hình sản xuất kinh doanh 9 tháng đầu năm 2025 và nhiệm vụ trọng tâm quý IV năm 2025")
    d.p("Căn cứ Quyết định số 318/QĐ-UBND ngày 20/02/2025 của UBND tỉnh giao chỉ tiêu kế hoạch sản xuất kinh doanh "
        "năm 2025 và Quyết định số 1025/QĐ-UBND ngày 15/7/2025 điều chỉnh chỉ tiêu lợi nhuận, Công ty báo cáo kết "
        "quả 9 tháng như sau:")
    d.p("I. TÌNH HÌNH CHUNG")
    d.p("Chín tháng đầu năm 2025, thị trường xổ số truyền thống khu vực tiếp tục chịu sự cạnh tranh của xổ số điện "
        "toán và các hình thức cá cược trái phép qua mạng; giá vật tư in ấn, chi phí vận chuyển tăng; tình trạng làm "
        "giả, sửa số vé trúng thưởng, bán vé vượt mệnh giá diễn ra ở một số địa bàn giáp ranh. Công ty tiếp tục tham "
        "gia thị trường chung của Hội đồng xổ số kiến thiết khu vực cùng 14 công ty thành viên, thực hiện mở thưởng "
        "vào thứ Bảy hằng tuần tại trụ sở Công ty, có sự giám sát của Hội đồng giám sát xổ số tỉnh.")
    d.p("II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU")
    d.p("1. Doanh thu")
    d.p("Tổng doanh thu 9 tháng đầu năm 2025 đạt %s962,48 tỷ đồng, %s, %s; %s %s (9 tháng năm 2024: 905,36 tỷ "
        "đồng). Doanh thu bình quân tháng %s tỷ đồng."
        % (d.mark("rev"),
           d.rt("đạt {}% kế hoạch năm (1.250 tỷ đồng)", D("962.48"), 1250, pl=2),
           d.rt("bằng {}% so với cùng kỳ", D("962.48"), D("905.36"), pl=2),
           d.df("{w} {d} tỷ đồng", D("962.48"), D("905.36"), f=T),
           d.tm("so với cùng kỳ năm 2023", "i", right="so với cùng kỳ năm 2024",
                note="the base in the same sentence is 9 tháng năm 2024; a 2025 report compares with 2024"),
           d.rt("{}", D("962.48"), 9, pl=2, mode="avg")))
    d.p("Chia theo loại hình: xổ số truyền thống 921,35 tỷ đồng, %s; xổ số lô tô 3 chữ số 28,64 tỷ đồng, %s, %s so "
        "với cùng kỳ (24,86 tỷ đồng); xổ số cào (bóc) 12,49 tỷ đồng (%s), %s so với cùng kỳ (14,80 tỷ đồng); cộng "
        "%s."
        % (d.sh(D("921.35"), D("962.48"), "chiếm {}"),
           d.sh(D("28.64"), D("962.48"), "chiếm {} tổng doanh thu", v="i", wb=D("921.35")),
           d.rt("tăng {}%", D("28.64"), D("24.86"), mode="inc"),
           d.sh(D("12.49"), D("962.48"), "{}"),
           d.df("{w} {d} tỷ đồng", D("12.49"), D("14.80"), f=T),
           d.sm("{} tỷ đồng", [D("921.35"), D("28.64"), D("12.49")], f=T)))
    d.p("Xổ số truyền thống mở thưởng 39 kỳ, phát hành %s, tiêu thụ 92,14 triệu vé (%s so với cùng kỳ là 88,07 "
        "triệu vé), %s, %s (cùng kỳ 85,35%%); vé không tiêu thụ hết 13,46 triệu vé, %s. Bình quân mỗi kỳ doanh thu "
        "%s."
        % (d.sm("{} triệu vé", [D("92.14"), D("13.46")], f=T),
           d.df("{w} {d} triệu vé", D("92.14"), D("88.07"), f=T),
           d.sh(D("92.14"), D("105.60"), "tỷ lệ tiêu thụ {}"),
           d.pt("{w} {d} điểm phần trăm", D("87.25"), D("85.35"), v="i", st=D("1.72"),
                note="1,72 = 87,25 − 85,53: the previous rate was read with two digits swapped"),
           d.sh(D("13.46"), D("105.60"), "chiếm {}"),
           d.rt("{} tỷ đồng/kỳ", D("921.35"), 39, pl=2, mode="avg")))
    d.p("Theo quý: quý I 338,20 tỷ đồng, quý II 309,75 tỷ đồng, quý III 314,53 tỷ đồng (%s); doanh thu quý III %s và "
        "%s."
        % (d.sm("cộng {} tỷ đồng", [D("338.20"), D("309.75"), D("314.53")], f=T),
           d.rt("bằng {}% quý II", D("314.53"), D("309.75"), pl=2),
           d.rt("đạt {}% kế hoạch quý (312,50 tỷ đồng)", D("314.53"), D("312.50"), pl=2)))
    d.p("2. Chi phí và lợi nhuận")
    d.p("Tổng chi phí 9 tháng %s (chi trả thưởng 505,82 tỷ đồng; hoa hồng đại lý 101,06 tỷ đồng, %s; in ấn, vận "
        "chuyển vé 11,04 tỷ đồng; chi phí quản lý doanh nghiệp 19,59 tỷ đồng). Chi phí quản lý doanh nghiệp %s so với "
        "cùng kỳ (20,85 tỷ đồng). Về cơ cấu giải thưởng, %s, nằm trong giới hạn quy định tại Thông tư số "
        "75/2013/TT-BTC."
        % (d.sm("{} tỷ đồng", [D("505.82"), D("101.06"), D("11.04"), D("19.59")], v="i", st=D("673.51"), f=T,
                note="total typed 673,51 for 637,51 (digits 3 and 7 swapped)"),
           d.sh(D("101.06"), D("962.48"), "tương ứng {} doanh thu"),
           d.df("{w} {d} tỷ đồng", D("19.59"), D("20.85"), v="i", flip=True, f=T),
           d.cl("share", "tỷ lệ trả thưởng 54,90%", "a",
                "505,82 / 921,35 (traditional lottery revenue) = 54,90 %; 505,82 / 962,48 (total revenue) = 52,55 %; "
                "the text does not say whether the prize value covers lô tô and scratch tickets")))
    d.p("Lợi nhuận trước thuế %s82,15 tỷ đồng, %s %s, %s (kế hoạch giao đầu năm 110 tỷ đồng, kế hoạch điều chỉnh "
        "115 tỷ đồng); tỷ suất lợi nhuận trước thuế trên doanh thu %s."
        % (d.mark("ln"),
           d.df("{w} {d} tỷ đồng", D("82.15"), D("75.78"), f=T, note="cùng kỳ 75,78 tỷ đồng (footnote)"),
           d.tm("so với cùng kỳ năm 2024"),
           d.cl("ratio", "đạt 74,68% kế hoạch", "a",
                "82,15 / 110 = 74,68 % (plan given at the start of the year); 82,15 / 115 = 71,43 % (adjusted plan, "
                "QĐ 1025 of 15/7/2025); the text does not say which plan is meant"),
           d.sh(D("82.15"), D("962.48"), "đạt {}")))
    d.p("3. Nộp ngân sách nhà nước")
    d.p("Chín tháng nộp ngân sách %s, %s, %s so với cùng kỳ (230,45 tỷ đồng), gồm: thuế tiêu thụ đặc biệt 146,30 tỷ "
        "đồng (%s), thuế giá trị gia tăng 79,85 tỷ đồng (%s), thuế thu nhập doanh nghiệp 16,42 tỷ đồng, thuế thu nhập "
        "cá nhân khấu trừ của người trúng thưởng 6,08 tỷ đồng. Riêng quý III nộp 86,17 tỷ đồng, %s."
        % (d.sm("{} tỷ đồng", [D("146.30"), D("79.85"), D("16.42"), D("6.08")], f=T) + d.mark("ns"),
           d.rt("đạt {}% kế hoạch năm", D("248.65"), D("315.10"), pl=2),
           d.rt("tăng {}%", D("248.65"), D("230.45"), mode="inc"),
           d.sh(D("146.30"), D("248.65"), "{}", v="r"),
           d.sh(D("79.85"), D("248.65"), "{}"),
           d.sh(D("86.17"), D("248.65"), "chiếm {} số nộp 9 tháng")))
    d.p("4. Hệ thống đại lý và công tác trả thưởng")
    d.p("Đến ngày 30/9/2025, Công ty có %s (trong tỉnh 41 đại lý, %s; ngoài tỉnh 17 đại lý, %s), %s %s. Trong 9 "
        "tháng đã chi trả %s, trong đó 742 vé lĩnh bằng tiền mặt, 611 vé lĩnh tại các đại lý cấp I; vé trúng thưởng "
        "hết hạn lĩnh chuyển nộp ngân sách 3,42 tỷ đồng, %s."
        % (d.sm("{} đại lý cấp I", [41, 17]) + d.mark("dl"),
           d.sh(41, 58, "{}", v="r"), d.sh(17, 58, "{}"),
           d.df("{w} {d} đại lý", 58, 55, f=Z, note="55 đại lý at 31/12/2024"),
           d.tm("so với thời điểm 31/12/2024 (55 đại lý)"),
           d.cl("sum", "1.286 vé trúng giải từ giải Ba trở lên", "a",
                "742 + 611 = 1.353 > 1.286; cash payment and payment at agents are different criteria that may "
                "overlap (a prize paid in cash at an agent), so the parts may or may not be disjoint"),
           d.cl("share", "bằng 0,37% doanh thu", "a",
                "3,42 / 921,35 (traditional lottery) = 0,37 %; 3,42 / 962,48 (total revenue) = 0,36 %; which "
                "revenue is meant is not stated")))
    d.p("5. Lao động, tiền lương và an sinh xã hội")
    d.p("Tổng số lao động đến 30/9/2025 là %s (quản lý 09, gián tiếp 38, trực tiếp 79 người, %s); trong đó nữ %s, %s. "
        "Thu nhập bình quân 16,85 triệu đồng/người/tháng, %s %s (15,73 triệu đồng), %s."
        % (d.sm("{} người", [9, 38, 79]),
           d.sh(79, 126, "chiếm {}", v="r"),
           d.sb("{} người", 67, 126), d.sh(67, 126, "chiếm {}"),
           d.df("{w} {d} triệu đồng", D("16.85"), D("15.73"), f=T),
           d.tm("so với 9 tháng năm 2024"),
           d.rt("bằng {}%", D("16.85"), D("15.73"), pl=2)))
    d.p("Chi hoạt động an sinh xã hội %s (xây dựng 04 nhà đại đoàn kết 240 triệu đồng, bình quân %s triệu đồng/căn; "
        "quà Tết cho hộ nghèo 1.020 triệu đồng; học bổng cho học sinh nghèo vượt khó 590 triệu đồng)."
        % (d.sm("{} triệu đồng", [240, 1020, 590], v="i", st=1610,
                note="the 240 triệu đồng for the houses was left out (1.610 = 1.020 + 590)"),
           d.rt("{}", 240, 4, pl=0, mode="avg")))
    d.p("6. Công tác quản lý phát hành, kiểm tra và phòng, chống gian lận")
    d.p("Công ty duy trì quy trình in, giao nhận, thu hồi vé theo Quy chế quản lý phát hành vé số ban hành kèm theo "
        "Quyết định số 12/QĐ-HĐTV ngày 05/01/2024; áp dụng mã vạch, tem chống giả trên vé mệnh giá 10.000 đồng; "
        "phối hợp Công an tỉnh và Đội Quản lý thị trường số ... kiểm tra các điểm bán tại khu vực chợ, bến xe. Qua "
        "kiểm tra đã nhắc nhở các đại lý chấm dứt việc bán vé vượt mệnh giá, thu hồi hợp đồng đối với 01 đại lý vi "
        "phạm nhiều lần; phát hiện và chuyển cơ quan công an một số trường hợp sửa số, làm giả vé trúng thưởng.")
    d.p("III. ĐÁNH GIÁ CHUNG")
    d.p("Chín tháng năm 2025, doanh thu đạt %s, nộp ngân sách %s, lợi nhuận trước thuế %s; hiện nay hệ thống có %s. "
        "Tuy nhiên tỷ lệ vé không tiêu thụ hết ở thị trường ngoài tỉnh còn cao, tình trạng vé số giả, sửa số "
        "vẫn xảy ra tại một số điểm bán."
        % (d.rp("{} tỷ đồng", "rev", D("962.48"), v="i", st=D("926.48"), f=T,
                note="summary typed 926,48 (digits 6 and 2 swapped)"),
           d.rp("{} tỷ đồng", "ns", D("248.65"), f=T),
           d.rp("{} tỷ đồng", "ln", D("82.15"), f=T),
           d.cl("repeat", "60 đại lý cấp I", "a",
                "body gives 58 đại lý cấp I at 30/9/2025; 'hiện nay' (report dated 08/10/2025) may be a later date, "
                "so a typo cannot be told from a change after 30/9")))
    d.p("Nguyên nhân chủ yếu: sức mua ở khu vực nông thôn giảm; một số đại lý ngoài tỉnh chậm thanh toán, nợ tiền "
        "vé kéo dài; công tác dự báo nhu cầu để điều chỉnh cơ cấu phát hành theo từng kỳ chưa sát; lực lượng kiểm tra "
        "của Công ty còn mỏng, chủ yếu kiêm nhiệm; phần mềm quản lý đại lý, công nợ mới triển khai, chưa kết nối "
        "với hệ thống thanh toán điện tử của các ngân hàng.")
    d.p("IV. NHIỆM VỤ TRỌNG TÂM QUÝ IV NĂM 2025")
    d.p("Để hoàn thành kế hoạch năm, quý IV cần đạt doanh thu tối thiểu %s, bình quân %s tỷ đồng/tháng; nộp ngân sách "
        "%s. Tăng cường kiểm tra đại lý, xử lý nghiêm hành vi bán vé vượt mệnh giá; phối hợp Công an tỉnh phòng, "
        "chống số đề và vé số giả."
        % (d.cl("difference", "287,52 tỷ đồng", "c", "1.250 − 962,48 = 287,52 (remaining annual plan)"),
           d.rt("{}", D("287.52"), 3, pl=2, mode="avg"),
           d.cl("difference", "còn lại 66,45 tỷ đồng", "c", "315,10 − 248,65 = 66,45 (remaining budget plan)")))
    d.p("Kiến nghị UBND tỉnh chỉ đạo Sở Tài chính sớm thẩm định phương án điều chỉnh cơ cấu giải thưởng năm 2026; đề "
        "nghị Hội đồng xổ số kiến thiết khu vực thống nhất mức hoa hồng đại lý và biện pháp xử lý đại lý nợ đọng; "
        "đề nghị Công an tỉnh tăng cường đấu tranh với hoạt động số đề, cá cược trái phép qua mạng.")
    d.p("Nơi nhận: - UBND tỉnh; - Sở Tài chính; - Hội đồng thành viên; - Lưu: VT, KHKD.")
    d.p("GIÁM ĐỐC")
    d.fn("Doanh thu xổ số truyền thống %s, gồm thị trường trong tỉnh 596,84 tỷ đồng, thị trường ngoài tỉnh 324,51 tỷ "
         "đồng (%s); cùng kỳ năm 2024 lợi nhuận trước thuế đạt 75,78 tỷ đồng."
         % (d.sm("{} tỷ đồng", [D("596.84"), D("324.51")], f=T), d.sh(D("324.51"), D("921.35"), "chiếm {}")))
    d.fn("Hoa hồng đại lý %s, gồm xổ số truyền thống 96,74 tỷ đồng (%s doanh thu loại hình này), lô tô 3,16 tỷ đồng, "
         "xổ số cào 1,16 tỷ đồng."
         % (d.sm("{} tỷ đồng", [D("96.74"), D("3.16"), D("1.16")], f=T),
            d.sh(D("96.74"), D("921.35"), "bằng {}")))
    d.fn("Vé không tiêu thụ hết được tiêu hủy theo Quyết định số 55/QĐ-XSKT ngày 10/01/2025: %s (quý I 4,85; quý II "
         "4,52; quý III 4,09 triệu vé). Đại lý thanh toán đúng hạn %s."
         % (d.sm("{} triệu vé", [D("4.85"), D("4.52"), D("4.09")], f=T),
            d.fr("{a}/{b} đại lý, đạt {p}", 56, 58, note="denominator = the 58 đại lý cấp I")))
    return d


def d3():
    """Ban Tôn giáo tỉnh — tổng kết giai đoạn 2021 - 2025."""
    d = Draft("p16-03-ban-ton-giao")
    d.p("SỞ NỘI VỤ TỈNH BẮC LÂM")
    d.p("BAN TÔN GIÁO")
    d.p("Số: 96/BC-BTG. Bắc Lâm, ngày 22 tháng 7 năm 2025")
    d.p("BÁO CÁO Tổng kết công tác quản lý nhà nước về tín ngưỡng, tôn giáo giai đoạn 2021 - 2025; phương hướng, "
        "nhiệm vụ giai đoạn 2026 - 2030")
    d.p("Thực hiện Công văn số 1187/BTGCP-VP ngày 03/6/2025 của Ban Tôn giáo Chính phủ và Kế hoạch số 142/KH-UBND "
        "ngày 10/6/2025 của UBND tỉnh, Ban Tôn giáo tỉnh tổng hợp báo cáo (số liệu tính đến ngày 30/6/2025) như sau:")
    d.p("I. TÌNH HÌNH TÔN GIÁO TRÊN ĐỊA BÀN TỈNH")
    d.p("Trên địa bàn tỉnh có %s được Nhà nước công nhận tư cách pháp nhân (Phật giáo, Công giáo, Tin lành, Cao Đài, "
        "Phật giáo Hòa Hảo, Tịnh độ Cư sĩ Phật hội Việt Nam) với %s, %s dân số toàn tỉnh (1.502.115 người); trong "
        "đó Phật giáo 238.415 tín đồ (%s), Công giáo 121.380 (%s), Tin lành 18.642 tín đồ, %s, Cao Đài 24.917 (%s), "
        "Phật giáo Hòa Hảo 8.326 (%s), Tịnh độ Cư sĩ 1.080 tín đồ. %s (396.185 tín đồ), "
        "số tín đồ %s, %s; riêng tín đồ Phật giáo %s, Tin lành %s %s."
        % (d.sm("06 (sáu) tôn giáo", [1, 1, 1, 1, 1, 1], note="six religions named in the parenthesis"),
           d.sm("{} tín đồ", [238415, 121380, 18642, 24917, 8326, 1080]) + d.mark("td"),
           d.sh(412760, 1502115, "chiếm {}"),
           d.sh(238415, 412760, "{}"), d.sh(121380, 412760, "{}"),
           d.sh(18642, 412760, "bằng {} tổng số tín đồ", v="i", wb=1502115),
           d.sh(24917, 412760, "{}", v="r"),
           d.sh(8326, 412760, "{}"),
           d.tm("So với thời điểm 31/12/2020", note="stock at 30/6/2025 compared with the end of the previous "
                "period 2016 - 2020"),
           d.df("{w} {d} người", 412760, 396185),
           d.rt("tăng {}%", 412760, 396185, pl=2, mode="inc", v="i", st=D("4.81"),
                note="4,18 typed 4,81 (digits swapped)"),
           d.df("{w} {d} người (năm 2020: 229.200)", 238415, 229200),
           d.df("{w} {d} người", 18642, 16496),
           d.tm("so với cuối năm 2020 (16.496 tín đồ)", note="stock at 30/6/2025 compared with the end of the "
                "previous period 2016 - 2020")))
    d.p("Tín đồ là người dân tộc thiểu số có 31.426 người, %s. Toàn tỉnh có %s (chức sắc 1.126, chức việc 1.423 "
        "người, %s; nhà tu hành 296), %s %s (2.658 người); nữ 372 người, %s."
        % (d.cl("share", "chiếm 17,35%", "a",
                "base not stated: 31.426 / 412.760 tín đồ = 7,61 %, 31.426 / 1.502.115 dân số = 2,09 %; 17,35 % may "
                "be a share of the ethnic-minority population, which the text does not give"),
           d.sm("{} chức sắc, chức việc, nhà tu hành", [1126, 1423, 296]) + d.mark("cs"),
           d.sh(1423, 2845, "chiếm {}", v="r"),
           d.df("{w} {d} người", 2845, 2658),
           d.tm("so với năm 2020", note="2021 - 2025 review compares with 2020, the end of the previous period"),
           d.cl("share", "chiếm 13,08%", "a",
                "372 / 2.845 (all dignitaries, officers and monks) = 13,08 %; 372 / 1.126 (chức sắc only) = 33,04 %; "
                "the sentence does not say which group the 372 women belong to")))
    d.p("Cơ sở thờ tự: toàn tỉnh có %s (Phật giáo 318 chùa, tịnh xá, tịnh thất, %s; Công giáo 127 nhà thờ, nhà "
        "nguyện; Tin lành 46 nhà thờ; Cao Đài 89 thánh thất, điện thờ; Phật giáo Hòa Hảo 29 hội quán, chùa; Tịnh độ "
        "Cư sĩ 03 niệm Phật đường), %s %s (598 cơ sở); bình quân mỗi cơ sở thờ tự %s tín đồ."
        % (d.sm("{} cơ sở thờ tự", [318, 127, 46, 89, 29, 3]) + d.mark("ctt"),
           d.sh(318, 612, "chiếm {}"),
           d.df("{w} {d} cơ sở", 612, 598),
           d.tm("so với năm 2020", note="2021 - 2025 review compares with 2020, the end of the previous period"),
           d.rt("{}", 412760, 612, pl=0, mode="avg")))
    d.p("Nhìn chung, các tổ chức tôn giáo hoạt động ổn định, tuân thủ pháp luật, gắn bó đồng hành cùng dân tộc; "
        "các lễ trọng như Phật đản, Vu lan, Giáng sinh, Phục sinh được tổ chức trang trọng, an toàn. Tuy nhiên, "
        "vẫn còn hiện tượng tôn giáo mới, tà đạo lôi kéo người dân tham gia ở một số xã vùng sâu; một số cơ sở tự ý "
        "xây dựng, cơi nới công trình phụ trợ khi chưa được chấp thuận.")
    d.p("II. KẾT QUẢ CÔNG TÁC QUẢN LÝ NHÀ NƯỚC VỀ TÔN GIÁO GIAI ĐOẠN 2021 - 2025")
    d.p("Ban Tôn giáo đã chủ động tham mưu Sở Nội vụ, UBND tỉnh cụ thể hóa kịp thời các chủ trương của Đảng, chính "
        "sách, pháp luật của Nhà nước về tín ngưỡng, tôn giáo; phối hợp chặt chẽ với Ban Dân vận Tỉnh ủy, Ủy ban "
        "MTTQ Việt Nam tỉnh và Công an tỉnh trong nắm tình hình, vận động chức sắc, tín đồ sống \u201ctốt đời, đẹp "
        "đạo\u201d; duy trì giao ban định kỳ 6 tháng với Phòng Nội vụ các huyện, thị xã, thành phố.")
    d.p("1. Tuyên truyền, phổ biến pháp luật, bồi dưỡng nghiệp vụ")
    d.p("Ban đã tham mưu UBND tỉnh ban hành 28 văn bản chỉ đạo; phối hợp tổ chức %s bồi dưỡng kiến thức pháp luật về "
        "tín ngưỡng, tôn giáo (tuyến tỉnh 09 lớp, tuyến huyện 16 lớp) cho %s, trong đó cán bộ, công chức 1.815 lượt "
        "(%s), chức sắc, chức việc 1.645 lượt (%s)."
        % (d.sm("{} lớp", [9, 16]),
           d.sm("{} lượt người", [1815, 1645]),
           d.sh(1815, 3460, "{}", v="r"), d.sh(1645, 3460, "{}")))
    d.p("2. Giải quyết thủ tục hành chính và nhu cầu sinh hoạt tôn giáo")
    d.p("Giai đoạn 2021 - 2025, Ban tiếp nhận %s thủ tục hành chính, gồm: đăng ký người được phong phẩm, bổ nhiệm, "
        "bầu cử 426 hồ sơ; thông báo thuyên chuyển 183 hồ sơ; đăng ký hoạt động tôn giáo hằng năm 512 hồ sơ; "
        "chấp thuận cải tạo, xây dựng cơ sở thờ tự %s163 hồ sơ. Đã giải quyết đúng và trước hạn %s (%s), số còn lại "
        "trả lại do không đủ điều kiện; bình quân mỗi năm giải quyết %s."
        % (d.sm("{} hồ sơ", [426, 183, 512, 163]) + d.mark("hs"), d.mark("ct"),
           d.sb("{} hồ sơ", 1279, 1284),
           d.sh(1279, 1284, "{}"),
           d.cl("ratio", "257 hồ sơ", "a",
                "1.284 / 5 = 256,8 → 257 if the period counts as five years, but the data stop at 30/6/2025 "
                "(4,5 years: 285,3); the period of the average is unclear")))
    d.p("Trong giai đoạn có %s được phong phẩm, bổ nhiệm, bầu cử, suy cử, trong đó 268 người được phong phẩm, suy cử "
        "và 151 người được bổ nhiệm, bầu cử; hướng dẫn các tổ chức tôn giáo tổ chức %s (Phật giáo 17, Công giáo 09, Tin lành 08, "
        "Cao Đài 07, Phật giáo Hòa Hảo 05). Cấp đăng ký sinh hoạt tôn giáo tập trung cho 37 điểm nhóm Tin lành, nâng "
        "tổng số lên %s (trước năm 2021 có 21 điểm nhóm)."
        % (d.cl("sum", "392 người", "a",
                "268 + 151 = 419 > 392; one person may be ordained and also appointed in the period (426 files for "
                "392 persons), so the two groups may overlap: not decidable"),
           d.sm("{} đại hội, hội nghị thường niên", [17, 9, 8, 7, 5], v="i", st=39,
                note="Cao Đài's 07 left out (39 = 46 − 7)"),
           d.sm("{} điểm nhóm", [21, 37], v="i", st=85, note="58 typed 85 (digits swapped)")))
    d.p("3. Quản lý đất đai, xây dựng cơ sở thờ tự")
    d.p("Đến ngày 30/6/2025 có %s đã được cấp giấy chứng nhận quyền sử dụng đất, %s (năm 2020 đạt 82,19%%); %s đạt "
        "danh hiệu \u201cCơ sở thờ tự văn hóa\u201d. Trong giai đoạn, chấp thuận xây mới, cải tạo %s với "
        "tổng kinh phí khoảng 415 tỷ đồng do tổ chức tôn giáo tự huy động, bình quân %s tỷ đồng/công trình."
        % (d.fr("{a}/{b} cơ sở thờ tự", 548, 612, z=False) + d.mark("gcn"),
           d.pt("tăng {d}%", D("89.54"), D("82.19"), note="points reading (89,54 from 548/612)") + " " +
           d.tm("so với năm 2020", note="2021 - 2025 review compares with the end of the previous period (2020)"),
           d.fr("{a}/{b} cơ sở", 387, 612, z=False, note="share not stated; denominator = the 612 places of worship"),
           d.rp("{} công trình", "ct", 163, note="the 163 construction files approved"),
           d.rt("{}", 415, 163, pl=2, mode="avg")))
    d.p("4. Hoạt động từ thiện xã hội, đồng hành cùng dân tộc")
    d.p("Các tổ chức tôn giáo đã đóng góp công tác an sinh xã hội, phòng chống dịch Covid-19 và khắc phục hậu quả "
        "thiên tai với tổng trị giá %s (Phật giáo 112,4 tỷ đồng, %s; Công giáo 48,9 tỷ đồng, %s; Tin lành 7,6 tỷ "
        "đồng; Cao Đài 12,3 tỷ đồng; Phật giáo Hòa Hảo 5,5 tỷ đồng), %s %s (116,5 tỷ đồng)."
        % (d.sm("{} tỷ đồng", [D("112.4"), D("48.9"), D("7.6"), D("12.3"), D("5.5")], f=F1) + d.mark("tt"),
           d.sh(D("112.4"), D("186.7"), "chiếm {}"), d.sh(D("48.9"), D("186.7"), "{}"),
           d.rt("gấp {} lần", D("186.7"), D("116.5"), pl=1, mode="times"),
           d.tm("so với giai đoạn 2011 - 2015", "i", right="so với giai đoạn 2016 - 2020",
                note="the claim's own period is 2021 - 2025; the period before it is 2016 - 2020")))
    d.p("5. Công tác đối ngoại tôn giáo; giải quyết đơn thư")
    d.p("Tiếp đón %s đến làm việc với các tổ chức tôn giáo (14 đoàn tôn giáo nước ngoài, 15 đoàn tổ chức phi chính "
        "phủ). Tiếp nhận %s liên quan đến tôn giáo, trong đó 41 đơn liên quan đến đất đai cơ sở thờ tự, 38 đơn khiếu "
        "nại, tố cáo nội bộ tổ chức tôn giáo; đã giải quyết 69 đơn, %s; số đơn thư %s %s (114 đơn)."
        % (d.sm("{} đoàn khách quốc tế", [14, 15]),
           d.cl("sum", "73 đơn thư", "a",
                "41 + 38 = 79 > 73; a petition about land of a place of worship can also be an internal "
                "complaint, so the two groups may overlap"),
           d.sh(69, 73, "đạt {}"),
           d.df("{w} {d} đơn", 73, 114, v="i", flip=True),
           d.tm("so với giai đoạn 2016 - 2020")))
    d.p("6. Thi đua, khen thưởng; kiện toàn tổ chức bộ máy")
    d.p("UBND tỉnh tặng Bằng khen cho %s có thành tích trong công tác tôn giáo (38 tập thể, 64 cá nhân), trong đó cá "
        "nhân là chức sắc, chức việc 41 người, %s. Ban Tôn giáo hiện có %s được giao; trình độ thạc sĩ 04 người, %s."
        % (d.sm("{} tập thể, cá nhân", [38, 64]),
           d.sh(41, 64, "chiếm {} số cá nhân được khen"),
           d.fr("{a}/{b} biên chế", 13, 14),
           d.sh(4, 13, "chiếm {}")))
    d.p("III. ĐÁNH GIÁ CHUNG")
    d.p("Giai đoạn 2021 - 2025, công tác quản lý nhà nước về tôn giáo đạt nhiều kết quả: số tín đồ đến nay là %s; "
        "%s được quản lý chặt chẽ, %s đã có giấy chứng nhận quyền sử dụng đất; giải quyết %s thủ tục hành chính đúng "
        "quy định; các tổ chức tôn giáo đóng góp %s cho an sinh xã hội."
        % (d.rp("{} người", "td", 412760, v="i", st=412670, note="summary typed 412.670 (digits 7 and 6 swapped)"),
           d.rp("{} cơ sở thờ tự", "ctt", 612),
           d.rp("{} cơ sở", "gcn", 548),
           d.rp("{} hồ sơ", "hs", 1284),
           d.rp("{} tỷ đồng", "tt", D("186.7"), f=F1)))
    d.p("Hạn chế: việc nắm tình hình ở cơ sở có lúc chưa kịp thời; một số địa phương còn lúng túng khi xử lý vi phạm "
        "trong xây dựng công trình tôn giáo; đội ngũ làm công tác tôn giáo cấp xã chủ yếu kiêm nhiệm, thường xuyên "
        "thay đổi; cơ sở dữ liệu về tôn giáo chưa được số hóa đồng bộ.")
    d.p("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ GIAI ĐOẠN 2026 - 2030")
    d.p("Tiếp tục thực hiện Luật Tín ngưỡng, tôn giáo năm 2016 và Nghị định số 95/2023/NĐ-CP; phấn đấu 100% thủ tục "
        "hành chính được giải quyết đúng hạn, trên 95% cơ sở thờ tự được cấp giấy chứng nhận quyền sử dụng đất vào "
        "năm 2030; mỗi năm tổ chức ít nhất 05 lớp bồi dưỡng cho cán bộ cấp xã; xây dựng cơ sở dữ liệu tôn giáo ... ")
    d.p("Kiến nghị: đề nghị Ban Tôn giáo Chính phủ sớm hướng dẫn thống nhất biểu mẫu thống kê số liệu tôn giáo "
        "hằng năm; đề nghị UBND tỉnh bố trí kinh phí số hóa hồ sơ cơ sở thờ tự và bổ sung 01 biên chế cho Ban.")
    d.p("Nơi nhận: - Ban Tôn giáo Chính phủ; - UBND tỉnh; - Sở Nội vụ; - Lưu: VT.")
    d.p("TRƯỞNG BAN")
    d.fn("Số hồ sơ theo năm: năm 2021: 218 hồ sơ (%s); năm 2022: 251; năm 2023: 276; năm 2024: 289 hồ sơ (%s); 6 "
         "tháng đầu năm 2025: 250 hồ sơ; cộng %s."
         % (d.sh(218, 1284, "{}"), d.sh(289, 1284, "{}"),
            d.sm("{} hồ sơ", [218, 251, 276, 289, 250])))
    d.fn("Có %s là di tích lịch sử - văn hóa đã được xếp hạng (12 di tích cấp quốc gia, 37 di tích cấp tỉnh)."
         % d.sm("{} cơ sở thờ tự", [12, 37]))
    return d


def d4():
    """Hội Nhà báo tỉnh — báo cáo chính trị trình Đại hội nhiệm kỳ 2025 - 2030 (tổng kết nhiệm kỳ 2020 - 2025)."""
    d = Draft("p16-04-hoi-nha-bao")
    d.p("HỘI NHÀ BÁO VIỆT NAM - HỘI NHÀ BÁO TỈNH SƠN HÀ")
    d.p("BAN CHẤP HÀNH KHÓA IX")
    d.p("Số: 45-BC/HNB")
    d.p("Sơn Hà, ngày 12 tháng 6 năm 2025")
    d.p("BÁO CÁO CHÍNH TRỊ của Ban Chấp hành Hội Nhà báo tỉnh khóa IX trình Đại hội đại biểu Hội Nhà báo tỉnh lần "
        "thứ X, nhiệm kỳ 2025 - 2030")
    d.p("Phần thứ nhất: KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI IX, NHIỆM KỲ 2020 - 2025")
    d.p("I. CÔNG TÁC XÂY DỰNG TỔ CHỨC HỘI VÀ PHÁT TRIỂN HỘI VIÊN")
    d.p("Đến ngày 31/5/2025, Hội có %s (chi hội cơ quan báo chí địa phương 07, chi hội các cơ quan thường "
        "trú 05, chi hội cấp huyện 04, chi hội nhà báo hưu trí 02), %s so với đầu nhiệm kỳ (16 chi hội). Trong nhiệm "
        "kỳ thành lập mới Chi hội Nhà báo huyện Tân Lộc (tháng 8/2022) và Chi hội Nhà báo thị xã Bình Phong (tháng "
        "3/2025); năm 2024 có %s được xếp loại vững mạnh; %s tổ chức đại hội nhiệm kỳ 2025 - 2030. Ban Chấp hành "
        "khóa IX gồm %s21 ủy viên, trong đó %s."
        % (d.sm("{} chi hội trực thuộc", [7, 5, 4, 2]) + d.mark("ch"),
           d.df("{w} {d} chi hội", 18, 16, v="i", flip=True, f=Z),
           d.cl("fraction", "15/18 chi hội", "a",
                "in 2024 the Hội had 17 chi hội (the 18th was set up in 3/2025), so the denominator 18 does not fit "
                "the year named; whether the rating covers 17 or 18 branches is unclear"),
           d.fr("{a}/{b} chi hội", 18, 18, note="all 18 branches; share 100% implied"),
           d.mark("bch"), d.sb("Ban Thường vụ {} ủy viên", 7, 21, f=Z)))
    d.p("Toàn Hội có %s, trong đó hội viên sinh hoạt tại các chi hội cơ quan báo chí địa phương 208 người, chi hội "
        "thường trú 92 người, chi hội nhà báo hưu trí 102 người, chi hội cấp huyện 68 người; nữ 157 hội viên (%s), "
        "%s so với đầu nhiệm kỳ (32,89%%); người dân tộc thiểu số %s. Nhiệm kỳ qua kết nạp 96 hội viên mới (nữ 41 "
        "người, %s), bình quân %s hội viên/năm; 38 hội viên chuyển công tác, thôi sinh hoạt hoặc từ trần; số hội "
        "viên %s so với đầu nhiệm kỳ (378 hội viên), %s."
        % (d.cl("sum", "436 hội viên", "a",
                "208 + 92 + 102 + 68 = 470 > 436; retired journalists may also be counted in the district "
                "branches, so the groups may overlap") + d.mark("hv"),
           d.sh(157, 436, "{}"),
           d.pt("{w} {d} điểm phần trăm", D("36.01"), D("32.89")),
           d.sb("{} người", 23, 436),
           d.sh(41, 96, "chiếm {}"),
           d.rt("{}", 96, 5, pl=1, mode="avg"),
           d.df("{w} {d} người", 436, 378, note="also 96 − 38 = 58"),
           d.rt("tăng {}%", 436, 378, pl=1, mode="inc")))
    d.p("Về trình độ, %s, %s, trong đó thạc sĩ 38 người (%s); lý luận chính trị "
        "cao cấp, cử nhân 96 người, %s. Có 298 hội viên được cấp thẻ nhà báo, %s, %s so với đầu nhiệm kỳ (271 thẻ); "
        "trong đó hội viên nữ được cấp thẻ 104 người, %s."
        % (d.sb("{} hội viên có trình độ đại học trở lên", 412, 436), d.sh(412, 436, "chiếm {}", v="r"), d.sh(38, 436, "{}"), d.sh(96, 436, "chiếm {}"),
           d.sh(298, 436, "chiếm tỷ lệ {}", v="r"),
           d.df("{w} {d} thẻ", 298, 271),
           d.sh(104, 157, "bằng {} số hội viên nữ", v="i", wb=436)))
    d.p("Hội viên tham gia sinh hoạt thường xuyên %s; Hội Nhà báo Việt Nam tặng Kỷ niệm chương \u201cVì sự nghiệp "
        "Báo chí Việt Nam\u201d cho 64 hội viên, trong đó 22 hội viên nữ (%s)."
        % (d.sh(403, 436, "403 người, đạt {}"), d.sh(22, 64, "{}")))
    d.p("II. CÔNG TÁC CHÍNH TRỊ, TƯ TƯỞNG VÀ HOẠT ĐỘNG NGHIỆP VỤ")
    d.p("1. Công tác chính trị, tư tưởng")
    d.p("Ban Chấp hành đã quán triệt kịp thời các nghị quyết, chỉ thị của Đảng, Quy định số 100-QĐ/TW về công tác "
        "quản lý báo chí và Quy định 10 điều về đạo đức nghề nghiệp người làm báo Việt Nam; định hướng hội viên tập "
        "trung tuyên truyền các sự kiện chính trị lớn, phòng chống dịch Covid-19, đấu tranh phản bác các quan điểm "
        "sai trái, thù địch. Đội ngũ hội viên giữ vững bản lĩnh chính trị, không có hội viên vi phạm pháp luật phải "
        "truy cứu trách nhiệm hình sự; hoạt động của Hội luôn đặt dưới sự lãnh đạo của Ban Thường vụ Tỉnh ủy.")
    d.p("2. Giải báo chí, bồi dưỡng nghiệp vụ và hoạt động sáng tác")
    d.p("Nhiệm kỳ qua, Hội tổ chức thành công 05 kỳ Giải Báo chí tỉnh (2020 - 2024) với %s1.126 tác phẩm dự thi, "
        "%s %s (842 tác phẩm); Hội đồng chấm giải trao %s (A: 25, B: 42, C: 60, khuyến khích: 60), %s số tác phẩm dự "
        "thi. Giải báo chí về xây dựng Đảng của tỉnh sau 05 lần tổ chức nhận 476 tác phẩm, %s (382 tác phẩm); trao "
        "62 giải, %s."
        % (d.mark("tp"),
           d.rt("tăng {}%", 1126, 842, pl=1, mode="inc"),
           d.tm("so với nhiệm kỳ 2020 - 2025", "i", right="so với nhiệm kỳ 2015 - 2020",
                note="the figures are for 2020 - 2025 itself; the previous term is 2015 - 2020"),
           d.sm("{} giải", [25, 42, 60, 60]) + d.mark("giai"),
           d.sh(187, 1126, "bằng {}"),
           d.df("{w} {d} tác phẩm", 476, 382) + " " + d.tm("so với nhiệm kỳ 2015 - 2020"),
           d.sh(62, 476, "tỷ lệ đoạt giải {}", v="r")))
    d.p("Hội viên của tỉnh đoạt %s (01 giải A, 03 giải B, 05 giải C, 09 giải khuyến khích), %s %s (08 giải); nhiều "
        "tác phẩm về chống tham nhũng, tiêu cực, về người tốt việc tốt tạo được hiệu ứng xã hội tích cực."
        % (d.sm("{} giải Báo chí quốc gia", [1, 3, 5, 9]) + d.mark("qg"),
           d.rt("gấp {} lần", 18, 8, pl=2, mode="times"),
           d.tm("nhiệm kỳ 2015 - 2020")))
    d.p("Phối hợp Trung tâm Bồi dưỡng nghiệp vụ của Hội Nhà báo Việt Nam tổ chức %s (Hội tỉnh 12 lớp, phối hợp Trung "
        "ương 04 lớp, các chi hội 16 lớp) với %s, bình quân %s lượt/lớp; trong đó 1.236 lượt "
        "hội viên, 702 lượt phóng viên, biên tập viên trẻ. Tổ chức %s đi thực tế sáng tác (trong tỉnh 29 đoàn, ngoài "
        "tỉnh 14 đoàn, nước ngoài 03 đoàn)."
        % (d.sm("{} lớp bồi dưỡng", [12, 4, 16]),
           d.cl("sum", "1.874 lượt người tham dự", "a",
                "1.236 + 702 = 1.938 > 1.874; young reporters and editors may themselves be members, so the parts "
                "may overlap: not decidable") + d.mark("bd"),
           d.rt("{}", 1874, 32, pl=1, mode="avg"),
           d.sm("{} đoàn", [29, 14, 3], v="i", st=43, note="the 03 foreign trips were left out (43 = 29 + 14)")))
    d.p("Công tác đối ngoại được mở rộng: Hội duy trì quan hệ giao lưu với Hội Nhà báo các tỉnh bạn, tổ chức các "
        "đoàn hội viên tác nghiệp tại vùng biên giới, hải đảo; phối hợp tổ chức Hội Báo Xuân hằng năm thu hút đông "
        "đảo người dân tham quan.")
    d.p("III. CÔNG TÁC TÀI CHÍNH, BẢO VỆ QUYỀN LỢI HỘI VIÊN, KIỂM TRA, GIÁM SÁT")
    d.p("Tổng thu nhiệm kỳ %s (ngân sách tỉnh hỗ trợ 7.856 triệu đồng, %s; xã hội hóa 1.523 triệu đồng, %s; hội "
        "phí 363 triệu đồng, %s), %s. Quỹ Hỗ trợ hội viên đã thăm hỏi 246 lượt hội viên ốm đau, hoàn cảnh khó khăn "
        "với số tiền 738 triệu đồng, %s, %s (143 lượt)."
        % (d.sm("{} triệu đồng", [7856, 1523, 363]),
           d.sh(7856, 9742, "{}"), d.sh(1523, 9742, "{}"), d.sh(363, 9742, "{}"),
           d.rt("bằng {}% so với nhiệm kỳ trước (7.352 triệu đồng)", 9742, 7352, pl=1, v="i", st=D("75.5"),
                note="75,5 = 7.352 / 9.742: the ratio was taken the wrong way round"),
           d.rt("bình quân {} triệu đồng/lượt", 738, 246, pl=0, mode="avg"),
           d.df("{w} {d} lượt so với nhiệm kỳ trước", 246, 143)))
    d.p("Ủy ban Kiểm tra Hội kiểm tra 12 chi hội, giám sát 24 lượt; thi hành kỷ luật %s (khiển trách 02, cảnh cáo 01) "
        "do vi phạm Quy định 10 điều về đạo đức nghề nghiệp người làm báo; nữ làm lãnh đạo các chi hội 19 người, %s."
        % (d.sm("{} hội viên", [2, 1], f=Z),
           d.cl("share", "chiếm 34,55%", "a",
                "base not stated: 19 / 157 women = 12,10 %, 19 / 436 members = 4,36 %; 34,55 % may be a share of the "
                "branch executive posts, whose number is not given")))
    d.p("IV. ĐÁNH GIÁ CHUNG")
    d.p("Nhiệm kỳ 2020 - 2025, Hội đã phát triển lên %s sinh hoạt tại %s; tổ chức Giải Báo chí tỉnh trao %s, "
        "hội viên đoạt %s; bồi dưỡng %s; hiện có %s kỳ hạn 2021 - 2025. Hạn chế: hoạt động của một số chi hội cấp "
        "huyện còn hình thức; nguồn thu xã hội hóa chưa ổn định; việc nắm bắt tư tưởng hội viên trên không gian mạng "
        "có lúc chưa kịp thời."
        % (d.rp("{} hội viên", "hv", 436, v="i", st=463, note="summary typed 463 (digits 3 and 6 swapped)"),
           d.rp("{} chi hội", "ch", 18),
           d.rp("{} giải", "giai", 187),
           d.rp("{} giải quốc gia", "qg", 18),
           d.rp("{} lượt người", "bd", 1874),
           d.cl("repeat", "305 hội viên được cấp thẻ nhà báo", "a",
                "body gives 298 card holders at 31/5/2025; 305 is counted over the card term 2021 - 2025 (cards "
                "issued then returned included?), a different qualifier: typo or different count is not decidable")))
    d.p("V. BÀI HỌC KINH NGHIỆM")
    d.p("Một là, phải bám sát sự lãnh đạo của Ban Thường vụ Tỉnh ủy và Hội Nhà báo Việt Nam; hai là, phát huy vai "
        "trò của chi hội, lấy chi hội làm nền tảng; ba là, chăm lo lợi ích chính đáng của hội viên đi đôi với nâng "
        "cao đạo đức nghề nghiệp; bốn là, chủ động phối hợp, huy động nguồn lực xã hội hóa cho hoạt động Hội.")
    d.p("Phần thứ hai: PHƯƠNG HƯỚNG, NHIỆM VỤ NHIỆM KỲ 2025 - 2030")
    d.p("Phấn đấu đến năm 2030 có trên 500 hội viên, 100% chi hội hoạt động nền nếp; mỗi năm tổ chức ít nhất 06 lớp "
        "bồi dưỡng nghiệp vụ; có từ 05 tác phẩm trở lên đoạt Giải Báo chí quốc gia; xây dựng Quỹ Hỗ trợ hội viên đạt "
        "... triệu đồng. Tiếp tục thực hiện Quy định 10 điều về đạo đức nghề nghiệp người làm báo Việt Nam.")
    d.p("Nhiệm vụ, giải pháp chủ yếu: đổi mới nội dung, phương thức hoạt động của Hội theo hướng hướng về cơ sở; "
        "nâng cao chất lượng Giải Báo chí tỉnh, gắn với phát hiện, bồi dưỡng cây bút trẻ; chuẩn hóa quy trình kết "
        "nạp, quản lý hội viên trên phần mềm của Hội Nhà báo Việt Nam; tăng cường kiểm tra, giám sát việc thực hiện "
        "đạo đức nghề nghiệp, xử lý nghiêm hội viên vi phạm.")
    d.p("Đề án nhân sự: Ban Chấp hành khóa IX đề nghị Đại hội bầu Ban Chấp hành khóa X gồm %s (tái cử 15, %s; mới "
        "08), nữ 07 người, %s; %s %s. Đại hội có %s (đương nhiên 21, bầu tại các chi hội 129)."
        % (d.sm("{} ủy viên", [15, 8]), d.sh(15, 23, "chiếm {}"), d.sh(7, 23, "chiếm {}"),
           d.df("{w} {d} ủy viên", 23, 21, f=Z, note="khóa IX had 21 members"),
           d.tm("so với khóa IX", note="the outgoing committee (khóa IX) is the one before khóa X"),
           d.sm("{} đại biểu chính thức", [21, 129], v="i", st=129,
                note="the 21 ex officio delegates were left out: 129 is the elected delegates only")))
    d.p("TM. BAN CHẤP HÀNH - CHỦ TỊCH")
    d.fn("Cơ cấu độ tuổi của %s: dưới 35 tuổi 89 người (%s), từ 35 đến 50 tuổi 214 người (%s), trên 50 tuổi 133 "
         "người (%s)."
         % (d.sm("{} hội viên", [89, 214, 133]),
            d.sh(89, 436, "{}"), d.sh(214, 436, "{}"), d.sh(133, 436, "{}")))
    d.fn("%s dự Giải Báo chí tỉnh chia theo loại hình: báo in 312, phát thanh 204, truyền hình 281, báo điện tử 329 "
         "(%s)." % (d.sm("{} tác phẩm", [312, 204, 281, 329]), d.sh(329, 1126, "{}")))
    d.fn("Số tác phẩm dự thi từng năm: năm 2020: 198; năm 2021: 209; năm 2022: 233; năm 2023: 239; năm 2024: 247 (%s); "
         "số tác phẩm năm 2024 %s %s."
         % (d.sm("cộng {} tác phẩm", [198, 209, 233, 239, 247]), d.rt("tăng {}%", 247, 198, pl=1, mode="inc"),
            d.tm("so với năm 2020", note="deliberate first-year/last-year comparison inside the term; 24,7 % "
                 "matches the 2020 value 198 named in the same footnote")))
    return d


def d5():
    """Công ty cổ phần Môi trường và Công trình đô thị — báo cáo 6 tháng đầu năm 2025."""
    d = Draft("p16-05-moi-truong-do-thi")
    d.p("UBND THÀNH PHỐ HÒA LÂM")
    d.p("CÔNG TY CỔ PHẦN MÔI TRƯỜNG VÀ CÔNG TRÌNH ĐÔ THỊ HÒA LÂM")
    d.p("Số: 157/BC-MTĐT")
    d.p("Hòa Lâm, ngày 05 tháng 7 năm 2025")
    d.p("BÁO CÁO Kết quả thực hiện nhiệm vụ công ích 6 tháng đầu năm 2025, kế hoạch 6 tháng cuối năm 2025")
    d.p("Kính gửi: UBND thành phố Hòa Lâm; Phòng Quản lý đô thị thành phố.")
    d.p("Thực hiện Hợp đồng đặt hàng số 02/2025/HĐ-ĐH ngày 06/01/2025 về cung ứng dịch vụ công ích đô thị, Công ty "
        "báo cáo kết quả thực hiện trên địa bàn %s (12 phường, 05 xã) như sau:" % d.sm("{} phường, xã", [12, 5]))
    d.p("I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CÔNG ÍCH")
    d.p("1. Thu gom, vận chuyển và xử lý chất thải rắn sinh hoạt")
    d.p("Sáu tháng đầu năm 2025, Công ty thu gom, vận chuyển %s rác thải sinh hoạt, bình quân %s tấn/ngày, %s tấn/tháng; "
        "%s, %s; %s %s. Chia ra: khu vực nội thành 41.286 tấn (%s), các xã ngoại thành 15.742 tấn (%s), "
        "chợ và khu công cộng 6.118 tấn (%s), khu công nghiệp 5.266 tấn (%s)."
        % (d.sm("{} tấn", [41286, 15742, 6118, 5266]) + d.mark("rac"),
           d.rt("{}", 68412, 181, pl=1, mode="avg", v="i", st=D("380.1"),
                note="380,1 = 68.412 / 180: six months taken as 180 days; 01/01-30/6/2025 has 181 days"),
           d.rt("{}", 68412, 6, pl=0, mode="avg"),
           d.rt("đạt {}% kế hoạch năm (131.970 tấn)", 68412, 131970, pl=2),
           d.cl("ratio", "bằng 103,7% kế hoạch 6 tháng", "a",
                "no 6-month plan is stated; 68.412 / (131.970 / 2) = 103,68 % → 103,7 only if the half-year plan is "
                "exactly half of the annual plan, which the text does not say"),
           d.df("{w} {d} tấn", 68412, 65402, note="65.402 tấn in the footnote") + ", " +
           d.rt("tăng {}%", 68412, 65402, pl=1, mode="inc"),
           d.tm("so với 6 tháng đầu năm 2023", "i", right="so với 6 tháng đầu năm 2024",
                note="65.402 tấn is the 6-month 2024 figure (footnote); a 6-month 2025 report compares with 2024"),
           d.sh(41286, 68412, "{}"), d.sh(15742, 68412, "{}"), d.sh(6118, 68412, "{}"),
           d.sh(5266, 68412, "{}", v="r")))
    d.p("Toàn bộ %s đã được xử lý tại Khu liên hợp xử lý chất thải rắn Tân Lộc: chôn lấp hợp vệ sinh 38.520 tấn "
        "(%s, %s so với cùng kỳ), đốt phát điện 21.306 tấn (%s, %s cùng kỳ là 8.142 tấn), sản xuất phân "
        "compost 8.586 tấn (%s). Khối lượng rác được phân loại tại nguồn 7.720 tấn, %s; có %s triển khai phân loại "
        "rác tại nguồn."
        % (d.sm("{} tấn rác", [38520, 21306, 8586]),
           d.sh(38520, 68412, "{}"),
           d.pt("{w} {d} điểm phần trăm", D("56.31"), D("62.18"), note="cùng kỳ 62,18% given in the footnote"),
           d.sh(21306, 68412, "{}"),
           d.rt("gấp {} lần", 21306, 8142, pl=1, mode="times"),
           d.sh(8586, 68412, "{}"),
           d.cl("share", "chiếm 18,70%", "a",
                "base not stated: 7.720 / 68.412 (all waste) = 11,28 %; 7.720 / 41.286 (inner-city waste) = 18,70 %; "
                "whether sorting is counted against the inner city only is not said"),
           d.fr("{a}/{b} phường, xã", 15, 17, note="denominator = the 17 wards and communes")))
    d.p("Duy trì vệ sinh %s (nội thành 214 tuyến, ngoại thành 86 tuyến, tuyến giáp ranh 19 tuyến); tháng 6/2025 thu "
        "gom 11.842 tấn, bình quân %s tấn/ngày. Phối hợp lực lượng trật tự đô thị xử lý %s xả rác, đổ thải không đúng "
        "nơi quy định, trong đó 94 trường hợp xả rác ra lòng, lề đường và 61 trường hợp đổ trộm phế thải xây dựng."
        % (d.cl("sum", "312 tuyến đường", "a",
                "214 + 86 + 19 = 319 > 312; the border streets may already be counted in the inner-city or suburban "
                "groups, so the parts may overlap"),
           d.rt("{}", 11842, 30, pl=1, mode="avg"),
           d.cl("sum", "146 trường hợp", "a",
                "94 + 61 = 155 > 146; construction waste dumped on the street fits both groups, so the parts "
                "may overlap: not decidable")))
    d.p("Thực hiện Kế hoạch số 85/KH-UBND ngày 14/02/2025 của UBND thành phố về phân loại chất thải rắn sinh hoạt tại "
        "nguồn, Công ty phối hợp các phường tuyên truyền đến từng tổ dân phố, cấp phát thùng chứa, túi đựng rác hữu "
        "cơ cho các hộ tham gia thí điểm; điều chỉnh lịch thu gom rác hữu cơ vào các ngày chẵn, rác còn lại vào các "
        "ngày lẻ; nhân rộng mô hình \u201cTuyến phố không rác\u201d tại các phường trung tâm.")
    d.p("2. Quản lý, duy trì cây xanh, công viên và chiếu sáng công cộng")
    d.p("Công ty quản lý %s đường phố (cây bóng mát 15.420 cây, cây cảnh quan 2.515 cây), trong đó %s cổ thụ; cắt tỉa "
        "4.216 lượt cây, %s (8.000 lượt); trồng mới %s385 cây, %s (600 cây). Duy trì %s thảm cỏ, vườn hoa (công viên "
        "52,7 ha, dải phân cách 33,7 ha)."
        % (d.sm("{} cây xanh", [15420, 2515]),
           d.sb("{} cây", 2146, 17935),
           d.rt("đạt {}% kế hoạch năm", 4216, 8000, pl=2),
           d.mark("cay"),
           d.sh(385, 600, "đạt {} kế hoạch năm"),
           d.sm("{} ha", [D("52.7"), D("33.7")], f=F1)))
    d.p("Hệ thống chiếu sáng công cộng có %s (đèn LED 9.862 bóng, %s; đèn cao áp sodium 2.618 bóng, %s). Trong kỳ thay "
        "thế 326 bóng sodium bằng đèn LED, số bóng LED %s %s (9.536 bóng)."
        % (d.sm("{} bóng đèn", [9862, 2618]) + d.mark("den"),
           d.sh(9862, 12480, "chiếm {}"), d.sh(2618, 12480, "{}"),
           d.df("{w} {d} bóng", 9862, 9536),
           d.tm("so với thời điểm 31/12/2024")))
    d.p("3. Thoát nước đô thị")
    d.p("Nạo vét, khơi thông %s cống, mương thoát nước (cống ngầm 31,2 km, mương hở 17,4 km), khối lượng bùn vận "
        "chuyển 6.830 m³; sửa chữa, thay thế 138 nắp hố ga hư hỏng; không để xảy ra ngập úng kéo dài trong các trận "
        "mưa lớn ngày 17/5 và 02/6/2025."
        % d.sm("{} km", [D("31.2"), D("17.4")], v="i", st=D("46.8"), f=F1, note="48,6 typed 46,8 (digits swapped)"))
    d.p("4. Quản lý nghĩa trang và dịch vụ tang lễ")
    d.p("Quản lý, chăm sóc Nghĩa trang nhân dân thành phố (diện tích 24,5 ha) và Nghĩa trang liệt sĩ thành phố; thực "
        "hiện %s (an táng 208 ca, cải táng 86 ca), %s; trồng, chăm sóc cây xanh, thảm cỏ trong khuôn viên nghĩa trang "
        "theo đúng quy trình; phục vụ chu đáo các đoàn viếng nhân dịp Tết Nguyên đán Ất Tỵ và kỷ niệm 50 năm Ngày giải "
        "phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2025)."
        % (d.sm("{} ca", [208, 86]), d.sh(208, 294, "an táng chiếm {}")))
    d.p("5. Công tác an toàn lao động, phòng chống cháy nổ")
    d.p("Công ty trang bị đầy đủ bảo hộ lao động cho công nhân làm việc ban đêm trên đường phố, bố trí biển báo, đèn "
        "cảnh báo tại các điểm tập kết rác; phối hợp Công an thành phố kiểm tra phòng cháy, chữa cháy tại Khu liên hợp "
        "xử lý chất thải rắn. Trong kỳ xảy ra 02 vụ tai nạn lao động nhẹ, không có thiệt hại về người; đã chi trả chế "
        "độ theo quy định và rút kinh nghiệm toàn Công ty.")
    d.p("II. KẾT QUẢ SẢN XUẤT KINH DOANH, LAO ĐỘNG")
    d.p("Tổng doanh thu 6 tháng %s (dịch vụ công ích 78,52 tỷ đồng, %s; dịch vụ khác 18,32 tỷ đồng, %s), %s, %s %s; "
        "riêng quý II đạt 49,26 tỷ đồng, %s. Lợi nhuận trước thuế 4,12 tỷ đồng, %s so với cùng kỳ do "
        "chi phí nhiên liệu tăng; chi phí nhiên liệu 9,64 tỷ đồng, %s."
        % (d.sm("{} tỷ đồng", [D("78.52"), D("18.32")], f=F2) + d.mark("dt"),
           d.sh(D("78.52"), D("96.84"), "{}"),
           d.sh(D("18.32"), D("96.84"), "chiếm {} tổng doanh thu", v="i", wb=D("78.52")),
           d.rt("đạt {}% kế hoạch năm (200 tỷ đồng)", D("96.84"), 200, pl=2),
           d.rt("tăng {}%", D("96.84"), D("90.15"), pl=2, mode="inc", note="cùng kỳ 90,15 in the footnote"),
           d.tm("so với 6 tháng đầu năm 2024"),
           d.sh(D("49.26"), D("96.84"), "chiếm {}"),
           d.df("{w} {d} tỷ đồng", D("4.12"), D("4.48"), v="i", flip=True, f=F2, note="cùng kỳ 4,48 in the footnote"),
           d.cl("share", "chiếm 10,31%", "a",
                "base not stated: 9,64 / 96,84 (revenue) = 9,95 %; 9,64 / 92,72 (revenue − profit) = 10,40 %; "
                "10,31 % may be a share of direct production cost, not given")))
    d.p("Tổng số lao động đến 30/6/2025 là %s (công nhân trực tiếp 736 người, %s; lao động gián tiếp 106 người, %s), "
        "%s %s (824 người); lao động nữ 418 người, %s. Thu nhập bình quân 9,85 triệu đồng/người/tháng, %s so với cùng "
        "kỳ. Tổ chức huấn luyện an toàn, vệ sinh lao động cho %s."
        % (d.sm("{} người", [736, 106]) + d.mark("ld"),
           d.sh(736, 842, "{}"), d.sh(106, 842, "{}", v="r"),
           d.df("{w} {d} người", 842, 824),
           d.tm("so với cuối năm 2024"),
           d.sh(418, 842, "chiếm {}"),
           d.rt("tăng {}%", D("9.85"), D("9.26"), pl=1, mode="inc", note="cùng kỳ 9,26 in the footnote"),
           d.fr("{a}/{b} lao động", 842, 842, z=False, note="all 842 workers; also repeats 842")))
    d.p("Phương tiện: Công ty hiện có %s (xe ép rác 34 xe, xe quét hút 06, xe tưới nước rửa đường 08, xe hút bùn 05, "
        "xe nâng, xe cẩu 05), trong đó 11 xe đã hết khấu hao, thường xuyên hư hỏng."
        % d.sm("{} xe chuyên dùng", [34, 6, 8, 5, 5], v="i", st=53, note="the 05 lifting/crane trucks were left out"))
    d.p("Thu phí dịch vụ thu gom rác 6 tháng %s (hộ gia đình 9,87 tỷ đồng, %s; cơ sở kinh doanh 4,39 tỷ đồng); số hộ "
        "nộp phí 52.318 hộ trên tổng số 57.260 hộ phải nộp, %s; bình quân %s nghìn đồng/hộ."
        % (d.sm("{} tỷ đồng", [D("9.87"), D("4.39")], f=F2),
           d.sh(D("9.87"), D("14.26"), "chiếm {}"),
           d.sh(52318, 57260, "đạt {}", v="r"),
           d.rt("{}", D("9870000"), 52318, pl=1, mode="avg", note="9,87 tỷ đồng / 52.318 hộ, in nghìn đồng")))
    d.p("III. ĐÁNH GIÁ CHUNG")
    d.p("Sáu tháng đầu năm 2025, Công ty đã thu gom, xử lý %s, trồng mới %s, duy trì %s chiếu sáng; doanh thu %s; đội "
        "ngũ %s được bảo đảm việc làm, thu nhập. Tồn tại: phương tiện cũ, xuống cấp; ý thức phân loại rác của một bộ "
        "phận người dân chưa cao; tình trạng đổ trộm phế thải xây dựng còn diễn biến phức tạp."
        % (d.rp("{} tấn rác", "rac", 68412, v="i", st=68142, note="summary typed 68.142 (digits 4 and 1 swapped)"),
           d.rp("{} cây", "cay", 385),
           d.rp("{} bóng đèn", "den", 12480),
           d.rp("{} tỷ đồng", "dt", D("96.84"), f=F2),
           d.rp("{} lao động", "ld", 842)))
    d.p("Nguyên nhân: đơn giá dịch vụ công ích năm 2025 chưa được phê duyệt, Công ty phải tạm ứng theo đơn giá năm "
        "2024; giá nhiên liệu biến động; ô chôn lấp số 2 sắp đầy, cự ly vận chuyển tăng; lực lượng công nhân thu gom "
        "thường xuyên biến động, một số lao động nghỉ việc chuyển sang làm tại các khu công nghiệp.")
    d.p("IV. KẾ HOẠCH 6 THÁNG CUỐI NĂM 2025")
    d.p("Phấn đấu thu gom, xử lý 100% rác thải phát sinh trên địa bàn nội thành và trên 95% ở các xã; trồng bổ sung "
        "cây xanh trên các tuyến đường mới; thay thế toàn bộ đèn sodium còn lại bằng đèn LED trước ngày ... /12/2025; "
        "đầu tư mới 04 xe ép rác; chuẩn bị phương án ứng phó mưa bão, ngập úng mùa mưa năm 2025.")
    d.p("Kiến nghị UBND thành phố sớm phê duyệt đơn giá dịch vụ công ích năm 2025 theo Thông tư số 07/2025/TT-BXD và "
        "bố trí vốn đầu tư mở rộng ô chôn lấp số 3 tại Khu liên hợp xử lý chất thải rắn Tân Lộc.")
    d.p("Nơi nhận: - Như trên; - Hội đồng quản trị; - Lưu: VT, KHKT.")
    d.p("TỔNG GIÁM ĐỐC")
    d.fn("Số liệu 6 tháng đầu năm 2024: thu gom 65.402 tấn, tỷ lệ chôn lấp 62,18%, doanh thu 90,15 tỷ đồng, lợi nhuận "
         "trước thuế 4,48 tỷ đồng, thu nhập bình quân 9,26 triệu đồng/người/tháng.")
    return d


def d6():
    """Ban Quản lý chợ và bến xe khách huyện — báo cáo tổng kết năm 2024."""
    d = Draft("p16-06-quan-ly-cho-ben-xe")
    d.p("UBND HUYỆN TÂN LỘC")
    d.p("BAN QUẢN LÝ CHỢ VÀ BẾN XE KHÁCH")
    d.p("Số: 03/BC-BQL - Tân Lộc, ngày 08 tháng 01 năm 2025")
    d.p("BÁO CÁO Tổng kết công tác năm 2024 và nhiệm vụ trọng tâm năm 2025")
    d.p("Căn cứ Quyết định số 1582/QĐ-UBND ngày 26/12/2023 của UBND huyện về giao dự toán thu, chi năm 2024 cho đơn vị "
        "sự nghiệp công lập tự bảo đảm một phần chi thường xuyên; Ban Quản lý chợ và bến xe khách (sau đây gọi tắt là "
        "Ban) báo cáo kết quả năm 2024 như sau:")
    d.p("I. ĐẶC ĐIỂM, TÌNH HÌNH")
    d.p("Ban được giao quản lý %s (01 chợ hạng I, 02 chợ hạng II, 03 chợ hạng III) và Bến xe khách Tân Lộc (bến xe loại "
        "4). Tổng số nhân sự %s (viên chức 11, hợp đồng lao động 27), trong đó nữ 15 người (%s), %s; tổng diện tích "
        "kinh doanh tại các chợ 18.640 m², bình quân %s cho mỗi hộ, điểm kinh doanh."
        % (d.sm("{} chợ", [1, 2, 3], f=Z),
           d.sm("{} người", [11, 27]),
           d.sh(15, 38, "{}"),
           d.sb("đảng viên {} người", 17, 38),
           d.cl("ratio", "14,1 m²", "a",
                "18.640 / 1.318 điểm kinh doanh = 14,14 → 14,1, but per hộ (1.246) it is 14,96 → 15,0; "
                "'mỗi hộ, điểm kinh doanh' names both bases: not decidable which was meant")))
    d.p("Năm 2024, sức mua tại các chợ truyền thống tiếp tục chịu cạnh tranh của cửa hàng tiện lợi và bán hàng trực "
        "tuyến; nhiều tiểu thương thu hẹp quy mô, trả lại điểm kinh doanh. Hoạt động vận tải hành khách tuyến cố định "
        "gặp khó khăn do xe hợp đồng trá hình, xe tiện chuyến đón trả khách dọc Quốc lộ; hạ tầng bến xe đã xuống cấp "
        "sau hơn 15 năm sử dụng. Ban là đơn vị sự nghiệp công lập trực thuộc UBND huyện, tự bảo đảm một phần chi "
        "thường xuyên, chịu sự hướng dẫn về chuyên môn của Phòng Kinh tế và Hạ tầng; trụ sở làm việc đặt tại khu "
        "vực Bến xe khách Tân Lộc, thị trấn Tân Lộc.")
    d.p("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024")
    d.p("1. Công tác quản lý chợ")
    d.p("Đến ngày 31/12/2024, các chợ có %s kinh doanh cố định, cụ thể: Chợ trung tâm Tân Lộc (hạng I) 612 hộ (%s), "
        "chợ hạng II 418 hộ (%s), chợ hạng III 216 hộ (%s). Tỷ lệ lấp đầy %s, %s %s (92,4%%); số điểm kinh doanh còn "
        "trống %s; %s đạt chuẩn chợ văn minh thương mại."
        % (d.sm("{} hộ", [612, 418, 216]),
           d.sh(612, 1246, "{}"),
           d.sh(418, 1246, "{}", v="i", st=D("33.35"), note="one-digit typo: 33,55 written 33,35"),
           d.sh(216, 1246, "{}", v="r"),
           d.fr("{a}/{b} điểm kinh doanh, đạt {p}", 1246, 1318, z=False),
           d.cl("points", "tăng 2,1%", "c", "94,54% − 92,4% = 2,14 points → 2,1 at the stated precision (points "
                "reading; the relative reading 2,32 % does not fit)"),
           d.tm("so với năm 2023"),
           d.cl("difference", "72 điểm", "c", "1.318 − 1.246 = 72"),
           d.fr("{a}/{b} chợ", 4, 6, note="denominator = the 06 markets")))
    d.p("Trong năm, Ban ký %s thuê điểm kinh doanh (ký mới 58, gia hạn 156, chuyển nhượng 23); phối hợp lực lượng chức năng lấy 186 mẫu "
        "thực phẩm kiểm tra nhanh, có 181 mẫu đạt (%s); thu gom, vận chuyển 2.186 tấn rác tại các chợ, bình quân %s "
        "tấn/ngày. Đến 31/12/2024 còn 57 hộ nợ tiền thuê với số tiền 412 triệu đồng, %s %s (76 hộ)."
        % (d.sm("{} hợp đồng", [58, 156, 23], v="i", st=214, note="the 23 transferred contracts were left out (214 = 58 + 156)"),
           d.sh(181, 186, "{}"),
           d.rt("{}", 2186, 366, pl=2, mode="avg", note="2024 has 366 days"),
           d.df("{w} {d} hộ", 57, 76),
           d.tm("so với cuối năm 2023")))
    d.p("2. Công tác quản lý bến xe khách")
    d.p("Năm 2024, bến xe có %s xuất bến (tuyến nội tỉnh 9.412 lượt, %s; tuyến liên tỉnh 5.414 lượt, %s), bình quân %s "
        "lượt xe/ngày; vận chuyển %s286.540 lượt hành khách, bình quân %s khách/lượt xe, %s lượt khách/ngày, trong đó "
        "khách đi liên tỉnh %s (%s). %s (15.476 lượt), số lượt xe xuất bến %s, %s; nguyên nhân chủ yếu "
        "do xe hợp đồng, xe tiện chuyến đón trả khách ngoài bến."
        % (d.sm("{} lượt xe", [9412, 5414]) + d.mark("xe"),
           d.sh(9412, 14826, "{}"), d.sh(5414, 14826, "{}", v="r"),
           d.rt("{}", 14826, 366, pl=1, mode="avg"),
           d.mark("khach"),
           d.rt("{}", 286540, 14826, pl=1, mode="avg"),
           d.rt("{}", 286540, 366, pl=0, mode="avg"),
           d.sb("{} lượt", 118260, 286540),
           d.sh(118260, 286540, "chiếm {}"),
           d.tm("So với năm 2023"),
           d.df("{w} {d} lượt", 14826, 15476, v="i", flip=True),
           d.rt("giảm {}%", 14826, 15476, pl=1, mode="inc")))
    d.p("Hiện có %s (nội tỉnh 09, liên tỉnh 14) do %s khai thác (doanh nghiệp 12, hợp tác xã 05, hộ kinh doanh vận tải "
        "14). Quý IV/2024 có 4.218 lượt xe xuất bến, %s, %s so với cùng kỳ (3.752 lượt). Dịp Tết Dương lịch 2025 và Tết "
        "Nguyên đán Giáp Thìn, bến xe tăng cường %s (nội tỉnh 742, liên tỉnh 544), %s."
        % (d.sm("{} tuyến vận tải hành khách cố định", [9, 14]),
           d.sm("{} đơn vị vận tải", [12, 5, 14], v="i", st=13, note="31 typed 13 (digits swapped)"),
           d.sh(4218, 14826, "chiếm {} cả năm"),
           d.rt("tăng {}%", 4218, 3752, pl=1, mode="inc"),
           d.sm("{} lượt xe", [742, 544]),
           d.cl("share", "bằng 8,67% tổng lượt xe xuất bến năm 2024", "a",
                "1.286 / 14.826 = 8,67 %, but the extra trips for Tết Dương lịch 2025 (around 01/01/2025) may lie "
                "outside 2024 and outside the 14.826 departures: the period of the part is unclear")))
    d.p("Kiểm tra, xử lý %s vi phạm trong khu vực bến, trong đó 58 lượt xe dừng đón, trả khách sai quy định, 47 lượt "
        "xe chở quá số người cho phép; tiếp nhận %s của tiểu thương và hành khách, trong đó 29 phản ánh của tiểu "
        "thương, 21 phản ánh về giá vé, chất lượng phục vụ tại bến xe; 100%% phản ánh được trả lời đúng hạn."
        % (d.cl("sum", "96 lượt xe", "a",
                "58 + 47 = 105 > 96; one vehicle may be recorded for both violations in the same check, so the "
                "groups may overlap: not decidable"),
           d.cl("sum", "46 phản ánh", "a",
                "29 + 21 = 50 > 46; a trader may also complain about fares or service at the station, so the two "
                "groups (by who complains / by subject) may overlap")))
    d.p("3. Phòng cháy, chữa cháy, bảo đảm an ninh trật tự")
    d.p("Ban phối hợp Công an huyện kiểm tra định kỳ công tác phòng cháy, chữa cháy tại các chợ và bến xe; kiện toàn "
        "đội phòng cháy, chữa cháy cơ sở; tổ chức thực tập phương án chữa cháy tại Chợ trung tâm Tân Lộc có sự tham "
        "gia của tiểu thương; bố trí lực lượng bảo vệ trực 24/24 giờ trong dịp Tết. Trong năm không để xảy ra cháy, "
        "nổ, mất an ninh trật tự tại các chợ và bến xe.")
    d.p("4. Đầu tư, sửa chữa cơ sở vật chất")
    d.p("Từ nguồn kinh phí tự chủ và vốn ngân sách huyện hỗ trợ, Ban đã lát lại nền nhà lồng chợ hạng II, thay mới "
        "hệ thống điện chiếu sáng, lắp đặt 12 camera giám sát tại bến xe, xây dựng nhà vệ sinh công cộng đạt chuẩn "
        "tại 02 chợ; hoàn thiện hồ sơ đề xuất chủ trương đầu tư cải tạo bến xe trình UBND huyện xem xét.")
    d.p("5. Công tác tài chính")
    d.p("Tổng thu năm 2024 đạt %s, %s (8.000 triệu đồng), %s %s; %s so với năm trước. Chia ra: thu tiền thuê điểm kinh "
        "doanh tại chợ 5.318 triệu đồng (%s); thu dịch vụ bến xe 2.784 triệu đồng, %s; thu khác (trông giữ xe, vệ "
        "sinh) 540 triệu đồng (%s). Thu dịch vụ bến xe bình quân %s nghìn đồng/lượt xe xuất bến."
        % (d.sm("{} triệu đồng", [5318, 2784, 540]) + d.mark("thu"),
           d.rt("bằng {}% dự toán", 8642, 8000, pl=2),
           d.rt("tăng {}%", 8642, 7885, pl=1, mode="inc"),
           d.tm("so với năm 2022", "i", right="so với năm 2023",
                note="9,6 % = 8.642 / 7.885, and 7.885 is the 2023 revenue (footnote); 2022 was 7.149 (20,9 %)"),
           d.df("{w} {d} triệu đồng", 8642, 7885),
           d.sh(5318, 8642, "{}"),
           d.sh(2784, 8642, "chiếm {} tổng thu", v="i", wb=5318),
           d.sh(540, 8642, "{}"),
           d.rt("{}", 2784000, 14826, pl=1, mode="avg", note="2.784 triệu đồng / 14.826 lượt xe, in nghìn đồng")))
    d.p("Tổng chi %s, gồm: chi lương và các khoản theo lương 3.856 triệu đồng (%s), chi sửa chữa, duy tu chợ, bến 1.642 "
        "triệu đồng, chi điện, nước, vệ sinh 1.108 triệu đồng (%s), chi khác 608 triệu đồng. Chênh lệch thu lớn hơn "
        "chi %s, trích lập các quỹ theo Nghị định số 60/2021/NĐ-CP; nộp ngân sách nhà nước %s1.296 triệu đồng, %s "
        "tổng thu."
        % (d.sm("{} triệu đồng", [3856, 1642, 1108, 608]),
           d.sh(3856, 7214, "{}"),
           d.sh(1108, 7214, "{}", v="r"),
           d.cl("difference", "1.428 triệu đồng", "c", "8.642 − 7.214 = 1.428") + d.mark("cl"),
           d.mark("ns"),
           d.sh(1296, 8642, "bằng {}")))
    d.p("III. ĐÁNH GIÁ CHUNG")
    d.p("Năm 2024, Ban đã quản lý hiệu quả các chợ với %s đang kinh doanh; bến xe đón, tiễn %s xuất bến, %s; tổng "
        "thu %s, chênh lệch thu chi %s, nộp ngân sách %s. Hạn chế: hạ tầng chợ hạng III xuống cấp; tình trạng xe "
        "dù, bến cóc chưa được xử lý dứt điểm; việc thu hồi nợ tiền thuê điểm kinh doanh còn chậm."
        % (d.cl("repeat", "1.312 hộ", "a",
                "body gives 1.246 fixed households at 31/12/2024; 1.312 'đang kinh doanh' may include non-fixed "
                "(daily) traders, a different qualifier: typo or different count is not decidable"),
           d.rp("{} lượt xe", "xe", 14826),
           d.rp("{} lượt hành khách", "khach", 286540),
           d.rp("{} triệu đồng", "thu", 8642, v="i", st=8462, note="summary typed 8.462 (digits 6 and 4 swapped)"),
           d.rp("{} triệu đồng", "cl", 1428),
           d.rp("{} triệu đồng", "ns", 1296)))
    d.p("Nguyên nhân: nguồn thu chủ yếu phụ thuộc vào tiền thuê điểm kinh doanh trong khi nhiều hộ gặp khó khăn; "
        "chưa có chế tài đủ mạnh đối với xe đón trả khách ngoài bến; kinh phí sửa chữa lớn phải chờ bố trí từ ngân "
        "sách huyện.")
    d.p("IV. NHIỆM VỤ TRỌNG TÂM NĂM 2025")
    d.p("Phấn đấu tổng thu năm 2025 đạt từ 9.000 triệu đồng trở lên; tỷ lệ lấp đầy điểm kinh doanh trên 96%; hoàn thành "
        "cải tạo mái che chợ hạng III xã ... ; phối hợp Công an huyện, Đội Thanh tra giao thông xử lý dứt điểm tình "
        "trạng xe đón, trả khách ngoài bến; số hóa 100% hợp đồng thuê điểm kinh doanh, triển khai thu phí không dùng "
        "tiền mặt.")
    d.p("V. KIẾN NGHỊ")
    d.p("Đề nghị UBND huyện bố trí vốn cải tạo Bến xe khách Tân Lộc theo Quyết định số ... /QĐ-UBND; chỉ đạo các lực "
        "lượng chức năng tăng cường xử lý xe dù, bến cóc; cho phép Ban điều chỉnh giá thuê điểm kinh doanh tại chợ "
        "hạng III phù hợp với tình hình thực tế.")
    d.p("Nơi nhận: - UBND huyện; - Phòng Tài chính - Kế hoạch; - Phòng Kinh tế và Hạ tầng; - Lưu: VT.")
    d.p("TRƯỞNG BAN")
    d.fn("Tổng thu giai đoạn 2021 - 2024 là %s (năm 2021: 6.538; năm 2022: 7.149; năm 2023: 7.885; %s triệu "
         "đồng); năm 2024 %s tổng thu 4 năm, %s %s."
         % (d.sm("{} triệu đồng", [6538, 7149, 7885, 8642]), d.rp("năm 2024: {}", "thu", 8642),
            d.sh(8642, 30214, "chiếm {}"),
            d.rt("gấp {} lần", 8642, 6538, pl=2, mode="times"),
            d.tm("so với năm 2021", note="deliberate comparison with the first year of the period 2021 - 2024; 1,32 "
                 "matches the 2021 value 6.538 named in the same footnote")))
    d.fn("Thu dịch vụ bến xe %s, gồm phí dịch vụ xe ra, vào bến 2.196 triệu đồng và dịch vụ hỗ trợ khác 588 triệu "
         "đồng." % d.sm("{} triệu đồng", [2196, 588]))
    return d


# ---------------------------------------------------------------- output and checks
DRAFTS = [d1, d2, d3, d4, d5, d6]


def spellings(x):
    """The ways a value may be written in the drafts."""
    x = D(x)
    out = {fmt(x)}
    if x == x.to_integral_value():
        out.add(Z(x))
    else:
        out.update({F(x, 1), F(x, 2)})
    return out


def check(d):
    """Every anchor once in its line; the parts of a sum in the same paragraph; part and base of a share in the
    draft (the base may be stated in another paragraph)."""
    errs = []
    text = "\n".join(d.lines)
    for c in d.claims:
        parts = c.pop("_parts", None)
        line = d.lines[c["line"] - 1]
        if parts and c["kind"] == "sum" and not c["anchor"].startswith("06 (sáu)"):
            for x in parts:
                if not any(sp in line for sp in spellings(x)):
                    errs.append("%s line %d: part %s of %r not in the paragraph" % (d.name, c["line"], x, c["anchor"]))
        if parts and c["kind"] == "share":
            for x in parts:
                if not any(sp in text for sp in spellings(x)):
                    errs.append("%s line %d: %s of %r not in the draft" % (d.name, c["line"], x, c["anchor"]))
        line = d.lines[c["line"] - 1]
        k = line.count(c["anchor"])
        if k != 1:
            errs.append("%s line %d: anchor %r occurs %d times" % (d.name, c["line"], c["anchor"], k))
    return errs


def main():
    os.makedirs(OUT, exist_ok=True)
    drafts = [f().finish() for f in DRAFTS]
    errs = []
    for d in drafts:
        errs += check(d)
        text = "\n".join(d.lines) + "\n"
        with open(os.path.join(OUT, d.name + ".txt"), "w", encoding="utf-8") as fh:
            fh.write(text)
        lab = OrderedDict(file=d.name + ".txt", claims=d.claims)
        with open(os.path.join(OUT, d.name + ".labels.json"), "w", encoding="utf-8") as fh:
            json.dump(lab, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    # re-read what was written and check anchors against the files themselves
    for d in drafts:
        with open(os.path.join(OUT, d.name + ".txt"), encoding="utf-8") as fh:
            lines = fh.read().split("\n")[:-1]
        assert lines == d.lines, d.name
        with open(os.path.join(OUT, d.name + ".labels.json"), encoding="utf-8") as fh:
            lab = json.load(fh)
        for c in lab["claims"]:
            if lines[c["line"] - 1].count(c["anchor"]) != 1:
                errs.append("file check %s line %d %r" % (d.name, c["line"], c["anchor"]))
    write_summary(drafts)
    for d in drafts:
        n = len("\n".join(d.lines))
        v = Counter(c["verdict"] for c in d.claims)
        print("%-34s chars %5d lines %2d claims %2d  c %2d r %d i %d a %d" % (
            d.name, n, len(d.lines), len(d.claims), v["consistent"], v["rounding"], v["inconsistent"],
            v["ambiguous"]))
    if errs:
        print("\n".join(errs))
        sys.exit(1)


def write_summary(drafts):
    vs = ["consistent", "rounding", "inconsistent", "ambiguous"]
    out = ["# heldout16 — Vietnamese report drafts with labelled numeric claims", "",
           "Generated by `make.py` (Python standard library, `decimal.Decimal`, ROUND_HALF_UP); "
           "all counts below are computed by the generator.", "",
           "## Per draft", "",
           "| draft | subject / period | chars | lines | claims | consistent | rounding | inconsistent | ambiguous |",
           "|---|---|---:|---:|---:|---:|---:|---:|---:|"]
    tot = Counter()
    for d in drafts:
        v = Counter(c["verdict"] for c in d.claims)
        n = len("\n".join(d.lines))
        out.append("| %s | %s | %d | %d | %d | %s |" % (
            d.name, SUBJECT.get(d.name, ""), n, len(d.lines), len(d.claims), " | ".join(str(v[x]) for x in vs)))
        tot.update(v)
        tot["claims"] += len(d.claims)
        tot["chars"] += n
        tot["lines"] += len(d.lines)
    out.append("| **total** | | %d | %d | %d | %s |" % (
        tot["chars"], tot["lines"], tot["claims"], " | ".join(str(tot[x]) for x in vs)))
    out += ["", "## Kind × verdict", "", "| kind | " + " | ".join(vs) + " | total |",
            "|---|" + "---:|" * (len(vs) + 1)]
    kv = Counter((c["kind"], c["verdict"]) for d in drafts for c in d.claims)
    for k in KINDS:
        row = [kv[(k, x)] for x in vs]
        out.append("| %s | %s | %d |" % (k, " | ".join(map(str, row)), sum(row)))
    out.append("| **total** | %s | %d |" % (" | ".join(str(tot[x]) for x in vs), tot["claims"]))
    out += ["", "## Notes", "",
            "- One paragraph per line; footnote texts come last, each line starting with `[` U+FFFD `]`.",
            "- `rounding`: the stated share is the truncation, one unit below the half-up value.",
            "- `inconsistent` slips: transposed digits, a part left out of a total, a share on the wrong base, a "
            "difference subtracted the wrong way, the wrong previous year or term named, a repeated figure typed "
            "differently in the summary part, a mis-stated point change or ratio.",
            "- `ambiguous`: base not stated, parts that may overlap, a figure whose period is unclear; "
            "calling these wrong is a false alarm.",
            "- `make.py` checks that every anchor occurs exactly once in its line, re-reading the written files.", ""]
    with open(os.path.join(HERE, "SUMMARY.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))


SUBJECT = {
    "p16-01-an-toan-thuc-pham": "Chi cục An toàn vệ sinh thực phẩm tỉnh, báo cáo năm 2024",
    "p16-02-xo-so-kien-thiet": "Công ty TNHH MTV Xổ số kiến thiết tỉnh, báo cáo 9 tháng năm 2025",
    "p16-03-ban-ton-giao": "Ban Tôn giáo tỉnh, tổng kết giai đoạn 2021 - 2025",
    "p16-04-hoi-nha-bao": "Hội Nhà báo tỉnh, báo cáo chính trị Đại hội nhiệm kỳ 2025 - 2030",
    "p16-05-moi-truong-do-thi": "Công ty CP Môi trường và Công trình đô thị, báo cáo 6 tháng năm 2025",
    "p16-06-quan-ly-cho-ben-xe": "Ban Quản lý chợ và bến xe khách huyện, báo cáo năm 2024",
}

if __name__ == "__main__":
    main()
