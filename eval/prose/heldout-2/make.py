#!/usr/bin/env python3
"""Generator of the prose held-out set "heldout-2" for Soát Số.

Written from /work/shared/domain.md, forms.md, the shared seed drafts and eval/README.md only
(no project code was read). Every draft is built from figures; every share, sum, difference,
ratio and change in points is computed here with decimal.Decimal and ROUND_HALF_UP; errors are
planted on purpose and each claim's verdict is RECOMPUTED from its check and compared with the
verdict the author intended. Run:  python3 make.py   (writes <name>.txt and <name>.labels.json
beside this file, then prints a summary).

Verdict rules used for the labels:
  share / fraction / ratio : stated == round-half-up at the stated precision -> consistent;
                             off by at most one unit in the last stated digit (truncated or
                             wrongly rounded) -> rounding; otherwise inconsistent.
  sum                      : parts must add up exactly to the total ("gồm", "chia ra", or a
                             one-dimension breakdown that is the full list).
  subset                   : every part <= the total (overlapping dimensions: nothing is summed);
                             one-dimension disjoint parts: their sum must not exceed the total.
  pctsum                   : shares of one whole add up to 100 within n x half a unit; when
                             "xuất sắc" is counted inside "tốt" it is left out of the sum.
  difference / points      : stated change (signed by tăng/giảm) == current - previous, exactly.
  repeat                   : the second mention equals the first one (same noun, same date).
  term                     : the term named in a comparison is the one just before the
                             sentence's own term.
"""
import json
import os
import sys
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, getcontext

getcontext().prec = 40
HERE = os.path.dirname(os.path.abspath(__file__))
FN = "[\ufffd] "  # footnote line prefix, as the shared drafts are exported


# ----------------------------------------------------------------------------- formatting
def n(v):
    """Integer in vi-VN style: thousands '.', counts under 10 with a leading zero."""
    v = int(v)
    if 0 <= v < 10:
        return "%02d" % v
    return "{:,}".format(v).replace(",", ".")


def nn(v):
    """Integer without leading zero (for years-like or plain numbers)."""
    return "{:,}".format(int(v)).replace(",", ".")


def dec(s):
    return Decimal(str(s).replace(".", "").replace(",", ".")) if isinstance(s, str) else Decimal(s)


def pdec(s):
    """Percentage text '12,34' -> Decimal('12.34')."""
    return Decimal(s.replace(",", "."))


def ps(d):
    """Decimal -> '12,34'."""
    return str(d).replace(".", ",")


def dp_of(s):
    return len(s.split(",")[1]) if "," in s else 0


def unit(dp):
    return Decimal(1).scaleb(-dp)


def hu(x, dp):
    return x.quantize(unit(dp), rounding=ROUND_HALF_UP)


def tr(x, dp):
    return x.quantize(unit(dp), rounding=ROUND_DOWN)


def num(v):
    """Format a Decimal/int change value the way drafts write it."""
    if isinstance(v, Decimal) and v != v.to_integral_value():
        return ps(v)
    return n(int(v))


def P(part, base, dp=2):
    """Correct share text, for figures re-used in later sentences."""
    return ps(hu(Decimal(part) * 100 / Decimal(base), dp))


def pct_text(exact, dp, mode):
    """Text of a percentage derived from the exact value according to the planting mode."""
    h = hu(exact, dp)
    if mode == "ok":
        v = h
    elif mode == "trunc":
        v = tr(exact, dp)
        assert v != h, ("truncation equals rounding", exact, dp)
    elif mode == "down1":
        v = h - unit(dp)
    elif mode == "up1":
        v = h + unit(dp)
    else:
        return mode  # explicit text
    return ps(v)


# ----------------------------------------------------------------------------- recompute
def recompute(check):
    """Return (verdict, right, note) from a check, independently of the intended verdict."""
    t = check[0]
    if t in ("share", "frac", "ratio", "relchg"):
        if t == "ratio":
            _, prev, cur, s = check
            exact = Decimal(cur) * 100 / Decimal(prev)
            how = "%s / %s x 100" % (nn(cur), nn(prev))
        elif t == "relchg":
            _, prev, cur, s = check
            exact = (Decimal(cur) / Decimal(prev) - 1) * 100
            how = "(%s / %s - 1) x 100" % (nn(cur), nn(prev))
        else:
            _, part, base, s = check
            exact = Decimal(part) * 100 / Decimal(base)
            how = "%s / %s x 100" % (nn(part), nn(base))
        dp = dp_of(s)
        want = hu(exact, dp)
        got = pdec(s)
        note = "%s = %s -> %s%%" % (how, ps(exact.quantize(Decimal("0.0001"), rounding=ROUND_DOWN)), ps(want))
        if got == want:
            return "consistent", None, note
        if abs(got - want) <= unit(dp):
            kind = "truncated" if got == tr(exact, dp) else "wrongly rounded"
            return "rounding", ps(want) + "%", note + "; stated %s%% is %s" % (s, kind)
        return "inconsistent", ps(want) + "%", note + "; stated %s%%" % s
    if t == "sum":
        _, parts, total = check
        s = sum(parts)
        note = "%s = %s vs %s" % (" + ".join(nn(p) for p in parts), nn(s), nn(total))
        if s == total:
            return "consistent", None, note
        return "inconsistent", n(s), note
    if t == "subset":
        _, parts, total, disjoint, right = check
        ok = all(p <= total for p in parts) and (not disjoint or sum(parts) <= total)
        note = "parts %s each <= %s%s" % (", ".join(nn(p) for p in parts), nn(total),
                                          (" and sum %s <= total" % nn(sum(parts))) if disjoint else
                                          " (overlapping dimensions, not summed)")
        if ok:
            return "consistent", None, note
        return "inconsistent", right, note.replace("each <=", "NOT all <=")
    if t == "pctsum":
        _, items, right = check
        vals = [pdec(x) for x in items]
        dp = max(dp_of(x) for x in items)
        tol = len(items) * unit(dp) / 2
        s = sum(vals)
        note = "%s = %s%% (tolerance %s)" % (" + ".join(items), ps(s), ps(tol))
        if abs(s - 100) <= tol:
            return "consistent", None, note
        return "inconsistent", right, note
    if t in ("diff", "points"):
        _, prev, cur, word, stated = check
        if t == "points":
            prev, cur, stated = pdec(prev), pdec(cur), pdec(stated)
        else:
            prev, cur, stated = Decimal(prev), Decimal(cur), Decimal(stated)
        signed = stated if word == "tăng" else -stated
        real = cur - prev
        note = "%s - %s = %s; stated %s %s" % (num(cur) if t == "diff" else ps(cur),
                                               num(prev) if t == "diff" else ps(prev),
                                               ps(real) if t == "points" else num(real) if real >= 0 else "-" + num(-real),
                                               word, ps(stated) if t == "points" else num(stated))
        if signed == real:
            return "consistent", None, note
        w = "tăng" if real >= 0 else "giảm"
        r = (ps(abs(real)) + "%") if t == "points" else num(abs(real))
        if w != word:
            r = w + " " + r
        return "inconsistent", r, note
    if t == "repeat":
        _, first, second = check
        note = "same quantity written %s earlier and %s here" % (first, second)
        if first == second:
            return "consistent", None, note
        return "inconsistent", first, note
    if t == "term":
        _, named, expected = check
        note = "compared term should be %s; named %s" % (expected, named)
        if named == expected:
            return "consistent", None, note
        return "inconsistent", expected, note
    if t == "fracwhole":
        _, whole, known, right = check
        note = "whole of the fraction %s vs the stated total %s" % (nn(whole), nn(known))
        if whole == known:
            return "consistent", None, note
        return "inconsistent", right, note
    if t == "amb":
        return "ambiguous", None, ""
    raise ValueError(t)


# ----------------------------------------------------------------------------- drafts
class Draft:
    def __init__(self, name):
        self.name = name
        self.lines = []
        self.claims = []
        self.pending = []

    def L(self, text=""):
        self.lines.append(text)
        ln = len(self.lines)
        for c in self.pending:
            c["line"] = ln
            self.claims.append(c)
        self.pending = []

    def c(self, anchor, kind, check, want, note=""):
        self.pending.append(dict(anchor=anchor, kind=kind, check=check, want=want, note=note))
        return anchor

    # shares: tmpl uses {p} (part) and {s} (percentage text); the whole text is the anchor
    def sh(self, tmpl, part, base, mode="ok", dp=2, kind="share", note="", want=None):
        s = pct_text(Decimal(part) * 100 / Decimal(base), dp, mode)
        text = tmpl.format(p=n(part), s=s, b=n(base), f="%s/%s" % (n(part), n(base)))
        chk = ("frac" if kind == "fraction" else "share", part, base, s)
        if want is None:
            want = {"ok": "consistent", "trunc": "rounding", "down1": "rounding", "up1": "rounding"}.get(mode, "inconsistent")
        return self.c(text, kind, chk, want, note)

    def fr(self, tmpl, part, whole, mode="ok", dp=2, note="", want=None):
        return self.sh(tmpl, part, whole, mode, dp, "fraction", note, want)

    def ratio(self, tmpl, prev, cur, mode="ok", dp=2, note="", want=None, rel=False):
        exact = Decimal(cur) * 100 / Decimal(prev)
        if rel:
            exact = exact - 100
        s = pct_text(exact, dp, mode)
        text = tmpl.format(s=s)
        if want is None:
            want = {"ok": "consistent", "trunc": "rounding", "down1": "rounding", "up1": "rounding"}.get(mode, "inconsistent")
        return self.c(text, "ratio", ("relchg" if rel else "ratio", prev, cur, s), want, note)

    def diff(self, text, prev, cur, word, stated, want="consistent", note=""):
        return self.c(text, "difference", ("diff", prev, cur, word, stated), want, note)

    def pts(self, text, prev_s, cur_s, word, stated_s, want="consistent", note=""):
        return self.c(text, "points", ("points", prev_s, cur_s, word, stated_s), want, note)

    def sm(self, text, parts, total, want="consistent", note=""):
        return self.c(text, "sum", ("sum", parts, total), want, note)

    def sub(self, text, parts, total, disjoint=False, right=None, want="consistent", note=""):
        return self.c(text, "subset", ("subset", parts, total, disjoint, right), want, note)

    def rep(self, text, first, second, want=None, note=""):
        if want is None:
            want = "consistent" if first == second else "inconsistent"
        return self.c(text, "repeat", ("repeat", first, second), want, note)

    def term(self, text, named, expected, note=""):
        return self.c(text, "term", ("term", named, expected),
                      "consistent" if named == expected else "inconsistent", note)

    def amb(self, text, kind, note):
        return self.c(text, kind, ("amb",), "ambiguous", note)


DRAFTS = []


def draft(fn):
    DRAFTS.append(fn)
    return fn


HEADER_BLANKS = ""


# ============================================================================ D1
@draft
def d1():
    d = Draft("h2-01-so-ket-chi-thi-28-tinh")
    TOT = 41862          # đảng viên 30/6/2023
    K = [1096, 1187, 1142, 1035, 1168, 520]   # kết nạp 2018..2022, 6 tháng 2023
    KN = sum(K)          # 6148
    d.L("TỈNH ỦY ĐỒNG XUYÊN")
    d.L("*")
    d.L("Số        -BC/TU")
    d.L("ĐẢNG CỘNG SẢN VIỆT NAM")
    d.L("Đồng Xuyên, ngày ... tháng ... năm 2023")
    d.L("")
    d.L("BÁO CÁO")
    d.L("sơ kết 05 năm thực hiện Chỉ thị số 28-CT/TW ngày 21/9/2018 của Ban Bí thư về nâng cao chất lượng kết nạp đảng viên và rà soát, sàng lọc, đưa những đảng viên không đủ tư cách ra khỏi Đảng")
    d.L("-----")
    d.L("Thực hiện Công văn số 1245-CV/BTCTW ngày 15/6/2023 của Ban Tổ chức Trung ương và Kế hoạch số 187-KH/TU ngày 03/7/2023 của Ban Thường vụ Tỉnh ủy về sơ kết 05 năm thực hiện Chỉ thị số 28-CT/TW, Ban Thường vụ Tỉnh ủy báo cáo kết quả như sau:")
    d.L("I. ĐẶC ĐIỂM TÌNH HÌNH")
    d.L("Đảng bộ tỉnh hiện có %s (%s, %s, %s và %s) với %s; %s chi bộ trực thuộc đảng ủy cơ sở. Tính đến ngày 30/6/2023, toàn Đảng bộ có %s."
        % (d.sm("14 đảng bộ trực thuộc", [8, 1, 1, 4], 14, note="08 huyện + 01 thị xã + 01 thành phố + 04 đảng bộ khối, lực lượng vũ trang"),
           "08 huyện", "01 thị xã", "01 thành phố", "04 đảng bộ khối, lực lượng vũ trang",
           d.sm("536 tổ chức cơ sở đảng (gồm 214 đảng bộ cơ sở, 322 chi bộ cơ sở)", [214, 322], 536,
                note="the 2.184 branches that follow are a later noun, not a part"),
           n(2184),
           d.sub("41.862 đảng viên, trong đó nữ 14.075, dân tộc thiểu số 2.316, người có đạo 987, đảng viên dự bị 1.204",
                 [14075, 2316, 987, 1204], TOT, note="different dimensions: never summed")))
    d.L("Những năm qua, tình hình chính trị, kinh tế - xã hội của tỉnh cơ bản ổn định; đời sống vật chất, tinh thần của Nhân dân từng bước được nâng lên. Tuy nhiên, một bộ phận thanh niên đi làm ăn xa, lao động ở các khu công nghiệp ngoài tỉnh, nên việc tạo nguồn kết nạp đảng viên ở nông thôn gặp nhiều khó khăn; số đảng viên đi làm ăn xa không thường xuyên sinh hoạt chi bộ có chiều hướng tăng, ảnh hưởng đến công tác quản lý đảng viên.")
    d.L("II. KẾT QUẢ THỰC HIỆN CHỈ THỊ")
    d.L("1. Công tác lãnh đạo, chỉ đạo, quán triệt")
    d.L("Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 112-KH/TU ngày 09/11/2018 thực hiện Chỉ thị số 28-CT/TW; tổ chức hội nghị quán triệt cho 312 đồng chí là cán bộ chủ chốt của tỉnh. %s, %s. Đường dây nóng tiếp nhận phản ánh: 0276.3822.456."
        % (d.c("Có 14/14 đảng bộ trực thuộc ban hành kế hoạch thực hiện", "fraction", ("fracwhole", 14, 14, None), "consistent", "whole 14 = the 14 đảng bộ trực thuộc of section I"),
           d.c("13/15 đảng bộ trực thuộc tổ chức sơ kết chuyên đề", "fraction", ("fracwhole", 15, 14, "13/14"), "inconsistent",
               "the province has 14 đảng bộ trực thuộc (section I), not 15")))
    d.L("2. Kết quả kết nạp đảng viên")
    d.L("Từ ngày 01/01/2018 đến ngày 30/6/2023, toàn tỉnh %s, %s (chỉ tiêu 6.000 đảng viên); trong đó năm 2018 kết nạp %s, năm 2019 là %s, năm 2020 là %s, năm 2021 là %s, năm 2022 là %s và 06 tháng đầu năm 2023 là %s. Năm 2022 kết nạp %s so với năm 2021; %s so với năm 2018."
        % (d.sm("kết nạp 6.148 đảng viên mới", K, KN, note="the six periods of the same sentence add up"),
           d.ratio("đạt {s}% chỉ tiêu Nghị quyết", 6000, KN),
           n(K[0]), n(K[1]), n(K[2]), n(K[3]), n(K[4]), n(K[5]),
           d.diff("tăng 133 đảng viên", K[3], K[4], "tăng", 133),
           d.diff("năm 2019 tăng 81 đảng viên", K[0], K[1], "tăng", 81, "inconsistent", "1.187 - 1.096 = 91")))
    d.L("Chất lượng đảng viên mới từng bước được nâng lên. Trong số đảng viên mới kết nạp, %s; %s; %s; %s; %s. Đảng viên mới là công nhân, người lao động trong doanh nghiệp %s."
        % (d.sh("nữ {p} đồng chí, chiếm {s}%", 3012, KN, note="base 6.148 stated in the previous paragraph"),
           d.sh("đoàn viên thanh niên {p} đồng chí, chiếm {s}%", 4587, KN, "trunc"),
           d.sh("người dân tộc thiểu số {p} đồng chí, chiếm {s}%", 412, KN),
           d.sh("người có đạo {p} đồng chí, chiếm {s}%", 97, KN, "trunc"),
           d.sh("trình độ đại học trở lên {p} đồng chí, chiếm {s}%", 2874, KN, "47,65", note="one-digit slip 46,75 -> 47,65"),
           d.amb("1.031 đồng chí, chiếm 1.677%", "share",
                 "'1.677%' reads as 1677 % or a mistyped 16,77 % (1.031/6.148 = 16,77 %); must be reported as ambiguous")))
    d.L("Công tác bồi dưỡng, xét công nhận đảng viên chính thức được thực hiện đúng quy định. %s; số còn lại không đủ điều kiện công nhận hoặc đang xem xét. %s."
        % (d.fr("Số đảng viên dự bị được công nhận chính thức {f} đồng chí, đạt {s}%", 5412, 5486),
           d.fr("Các chi bộ có {f} quần chúng ưu tú được đưa vào nguồn đã hoàn thành lớp bồi dưỡng, đạt {s}%", 7203, 7388, "97,48",
                note="7.203/7.388 = 97,496 -> 97,50")))
    d.L("3. Kết quả rà soát, sàng lọc, đưa đảng viên không đủ tư cách ra khỏi Đảng")
    d.L("Qua rà soát, các cấp ủy %s, gồm: khai trừ 186, xóa tên 694, chấp nhận cho ra khỏi Đảng 174; %s. So với giai đoạn 2013 - 2018 (1.238 đảng viên), %s. %s."
        % (d.sm("đưa ra khỏi Đảng 1.054 đảng viên", [186, 694, 174], 1054),
           d.sh("chiếm {s}% tổng số đảng viên toàn tỉnh", 1054, TOT, note="base 41.862 stated in section I"),
           d.diff("giảm 184 đảng viên", 1238, 1054, "giảm", 184),
           d.sub("Trong 694 đảng viên bị xóa tên có 512 đồng chí bỏ sinh hoạt, không đóng đảng phí", [512], 694)))
    d.L("%s. Số chi bộ có đảng viên bị xóa tên tập trung ở các xã vùng sâu; %s."
        % (d.fr("Rà soát 536 tổ chức cơ sở đảng, có {f} tổ chức xây dựng kế hoạch rà soát hằng năm, đạt {s}%", 529, 536),
           d.fr("{f} chi bộ ấp, khu vực đã tổ chức kiểm điểm đảng viên đi làm ăn xa, chiếm {s}%", 1018, 1127, "trunc")))
    d.L("4. Kết quả đánh giá, xếp loại chất lượng đảng viên")
    R = dict(base=40518, tot=36102, xs=6215, ht=4021, kht=395)
    d.L("Năm 2022, %s; trong đó hoàn thành tốt nhiệm vụ trở lên %s (%s); %s; %s."
        % (d.sm("toàn tỉnh có 40.518 đảng viên được đánh giá, xếp loại", [R["tot"], R["ht"], R["kht"]], R["base"],
                note="xuất sắc is counted inside 'tốt trở lên' and is not added"),
           d.sh("{p} đồng chí, chiếm {s}%", R["tot"], R["base"]),
           d.sh("hoàn thành xuất sắc nhiệm vụ {p} đồng chí, chiếm {s}%", R["xs"], R["base"]),
           d.sh("hoàn thành nhiệm vụ {p} đồng chí, chiếm {s}%", R["ht"], R["base"]),
           d.sh("không hoàn thành nhiệm vụ {p} đồng chí, chiếm {s}%", R["kht"], R["base"])))
    d.L("So với năm 2018 (87,46%%), tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên %s; tỷ lệ đảng viên không hoàn thành nhiệm vụ %s (năm 2018 là 1,45%%)."
        % (d.pts("tăng 1,64%", "87,46", "89,10", "tăng", "1,64"),
           d.pts("giảm 0,38%", "1,45", "0,97", "giảm", "0,38", "inconsistent", "0,97 from line above")))
    d.L("III. ĐÁNH GIÁ CHUNG")
    d.L("Các cấp ủy đã nhận thức rõ hơn ý nghĩa, tầm quan trọng của công tác kết nạp đảng viên và rà soát, sàng lọc đảng viên; việc kết nạp bảo đảm nguyên tắc, thủ tục, không chạy theo số lượng. Tuy nhiên, ở một số nơi việc tạo nguồn còn lúng túng, chưa đề ra được giải pháp thu hút đoàn viên, thanh niên; việc xem xét xóa tên đảng viên còn chậm, có trường hợp kéo dài nhiều tháng chưa xử lý.")
    d.L("IV. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI")
    d.L("- Phấn đấu hằng năm kết nạp đảng viên mới đạt từ 3% đến 4% tổng số đảng viên; tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên đạt trên ...%.")
    d.L("- Tiếp tục rà soát, kiên quyết đưa ra khỏi Đảng những đảng viên không còn đủ tư cách; thực hiện nghiêm Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương.")
    d.L("Nơi nhận: - Ban Tổ chức Trung ương, - Các đồng chí Tỉnh ủy viên, - Lưu Văn phòng Tỉnh ủy.")
    d.L(FN + "Năm 2018 kết nạp 1.096 đảng viên; %s; năm 2020 kết nạp 1.142 đảng viên, do ảnh hưởng dịch Covid-19 nên nhiều chi bộ lùi thời gian kết nạp."
        % d.rep("năm 2019 kết nạp 1.178 đảng viên", "1.187", "1.178", note="two adjacent digits swapped (1.187 in the body)"))
    d.L(FN + "Kế hoạch số 112-KH/TU ngày 09/11/2018; Hướng dẫn số 09-HD/BTCTW ngày 05/6/2017; Quy định số 24-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương. Tổng số đảng viên %s."
        % d.rep("41.862 đồng chí tính đến 30/6/2023", "41.862", "41.862"))
    return d


# ============================================================================ D2
@draft
def d2():
    d = Draft("h2-02-bao-cao-huyen-nam-2024")
    DV, DV23 = 5274, 5188
    d.L("ĐẢNG BỘ TỈNH ĐỒNG XUYÊN")
    d.L("HUYỆN ỦY PHƯỚC LONG TÂY")
    d.L("*")
    d.L("Số    -BC/HU")
    d.L("ĐẢNG CỘNG SẢN VIỆT NAM")
    d.L("Phước Long Tây, ngày ... tháng 01 năm 2025")
    d.L("BÁO CÁO")
    d.L("Kết quả công tác xây dựng Đảng năm 2024, phương hướng, nhiệm vụ năm 2025")
    d.L("-----")
    d.L("Thực hiện Hướng dẫn số 25-HD/BTCTU ngày 18/11/2024 của Ban Tổ chức Tỉnh ủy về báo cáo tổng kết công tác tổ chức xây dựng Đảng năm 2024, Ban Thường vụ Huyện ủy báo cáo như sau:")
    d.L("I. TÌNH HÌNH CHUNG")
    d.L("Huyện có %s. Đảng bộ huyện có %s, %s chi bộ trực thuộc đảng ủy cơ sở, với %s. %s; %s."
        % (d.sm("13 đơn vị hành chính (12 xã, 01 thị trấn)", [12, 1], 13),
           d.sm("41 tổ chức cơ sở đảng (gồm 15 đảng bộ cơ sở, 26 chi bộ cơ sở)", [15, 26], 41),
           n(283),
           d.sub("tổng số 5.274 đảng viên (218 đảng viên dự bị, 1.862 đảng viên nữ)", [218, 1862], DV,
                 note="dự bị and nữ are different dimensions"),
           d.sub("Ban Chấp hành Đảng bộ huyện có 45 đồng chí (08 nữ)", [8], 45),
           d.sub("Ban Thường vụ Huyện ủy 13 đồng chí (02 nữ, 01 dân tộc thiểu số)", [2, 1], 13)))
    d.L("Năm 2024, tình hình kinh tế - xã hội của huyện tiếp tục phát triển; quốc phòng, an ninh được giữ vững. Ban Thường vụ Huyện ủy tập trung lãnh đạo sắp xếp đơn vị hành chính cấp xã, kiện toàn tổ chức bộ máy và chuẩn bị đại hội đảng bộ cơ sở nhiệm kỳ 2025 - 2030 theo Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị.")
    d.L("II. KẾT QUẢ THỰC HIỆN")
    d.L("1. Công tác tổ chức, bộ máy")
    d.L("Thực hiện sắp xếp các chi bộ ấp, khu phố, số chi bộ trực thuộc đảng ủy cơ sở %s; số tổ chức cơ sở đảng %s do sáp nhập các đảng bộ xã và giải thể chi bộ doanh nghiệp. %s."
        % (d.diff("từ 297 xuống còn 283, giảm 14 chi bộ", 297, 283, "giảm", 14),
           d.diff("từ 44 xuống còn 41, giảm 04 tổ chức", 44, 41, "giảm", 4, "inconsistent", "44 - 41 = 03"),
           d.sh("Trong 283 chi bộ trực thuộc có {p} chi bộ ấp, khu phố, chiếm {s}%", 96, 283, dp=0)))
    d.L("2. Công tác đảng viên")
    d.L("Năm 2024, toàn Đảng bộ %s (năm 2023 kết nạp 187), %s, %s. Đến ngày 31/12/2024, toàn Đảng bộ có %s, %s so với năm 2023 (5.188 đảng viên)."
        % (d.ratio("kết nạp 197 đảng viên, đạt {s}% chỉ tiêu được giao (180 đảng viên)", 180, 197),
           d.ratio("bằng {s}% so với cùng kỳ", 187, 197, dp=1),
           d.diff("tăng 10 đảng viên", 187, 197, "tăng", 10),
           d.rep("5.274 đảng viên", "5.274", "5.274", note="same total as section I"),
           d.diff("tăng 86 đảng viên", DV23, DV, "tăng", 86)))
    d.L("%s. Tính chung 04 năm của nhiệm kỳ 2020 - 2025, toàn Đảng bộ %s (năm 2021 là 165, năm 2022 là 193, năm 2023 là 187, năm 2024 là 197), %s, %s so với cùng kỳ %s."
        % (d.sm("Trong năm, đảng viên giảm 111 đồng chí, gồm: từ trần 58, xóa tên 19, khai trừ 04, xin ra khỏi Đảng 03, chuyển sinh hoạt đi nơi khác 27",
                [58, 19, 4, 3, 27], 111, note="5.188 + 197 - 111 = 5.274 also holds"),
           d.sm("kết nạp 742 đảng viên", [165, 193, 187, 197], 742),
           d.ratio("đạt {s}% chỉ tiêu cả nhiệm kỳ (900 đảng viên)", 900, 742, "82,22", note="742/900 = 82,444 -> 82,44"),
           d.diff("tăng 57 đảng viên", 685, 742, "tăng", 57),
           d.term("nhiệm kỳ 2010 - 2015 (685 đảng viên)", "2010 - 2015", "2015 - 2020",
                  note="the sentence is about 2020 - 2025; the term before it is 2015 - 2020")))
    d.L("Trong số đảng viên mới kết nạp năm 2024, %s; %s; %s."
        % (d.sh("nữ {p} đồng chí, chiếm {s}%", 92, 197),
           d.sh("đoàn viên {p} đồng chí, chiếm {s}%", 151, 197, "trunc"),
           d.sh("trình độ đại học trở lên {p} đồng chí, chiếm {s}%", 88, 197)))
    d.L("3. Đánh giá, xếp loại chất lượng năm 2024")
    d.L("Về tổ chức cơ sở đảng: %s; %s; %s; %s."
        % (d.sh("hoàn thành xuất sắc nhiệm vụ {p} tổ chức, chiếm {s}%", 8, 41),
           d.sh("hoàn thành tốt nhiệm vụ {p} tổ chức, chiếm {s}%", 29, 41),
           d.sh("hoàn thành nhiệm vụ {p} tổ chức, chiếm {s}%", 3, 41, "trunc"),
           d.sh("không hoàn thành nhiệm vụ {p} tổ chức, chiếm {s}%", 1, 41)))
    d.L("%s (258 đồng chí được miễn đánh giá theo quy định); trong đó: %s; %s; %s; %s. %s (năm 2023 là 15,63%%)."
        % (d.c("Về đảng viên: tổng số đảng viên được đánh giá, xếp loại là 5.016/5.274 đồng chí", "fraction",
               ("fracwhole", 5274, DV, None), "consistent", "whole = the 5.274 members at 31/12/2024; 5.016 + 258 = 5.274"),
           d.sh("hoàn thành xuất sắc nhiệm vụ {p} đồng chí, chiếm {s}%", 812, 5016),
           d.sh("hoàn thành tốt nhiệm vụ {p} đồng chí, chiếm {s}%", 3806, 5016, "72,17",
                note="72,17 is 3.806/5.274 (wrong base: all members instead of the 5.016 rated)"),
           d.sh("hoàn thành nhiệm vụ {p} đồng chí, chiếm {s}%", 361, 5016, "down1"),
           d.sh("không hoàn thành nhiệm vụ {p} đồng chí, chiếm {s}%", 37, 5016),
           d.pts("Tỷ lệ đảng viên hoàn thành xuất sắc nhiệm vụ tăng 0,56%", "15,63", P(812, 5016), "tăng", "0,56")))
    d.L("4. Công tác kiểm tra, giám sát và thi hành kỷ luật")
    d.L("Ủy ban Kiểm tra Huyện ủy %s. %s; số đảng viên bị %s."
        % (d.sub("kiểm tra khi có dấu hiệu vi phạm đối với 07 đảng viên, trong đó 02 cấp ủy viên cơ sở", [2], 7),
           d.sm("Các cấp ủy, ủy ban kiểm tra đã thi hành kỷ luật 19 đảng viên (khiển trách 11, cảnh cáo 05, cách chức 01, khai trừ 04)",
                [11, 5, 1, 4], 19, "inconsistent", "forms of discipline are one dimension; 21 > 19"),
           d.amb("khai trừ chiếm 19,05% tổng số đảng viên bị kỷ luật", "share",
                 "4/21 (sum of the forms) = 19,05% but 4/19 (stated total) = 21,05%; which base is right depends on which figure of the broken sum is wrong")))
    d.L("Qua giám sát thường xuyên, các chi bộ đã nhắc nhở, chấn chỉnh kịp thời những đảng viên có biểu hiện vi phạm; không có tổ chức đảng bị thi hành kỷ luật. Văn phòng Huyện ủy tiếp nhận phản ánh qua số điện thoại 0270.3851.207 và hộp thư điện tử của Ban Thường vụ Huyện ủy.")
    d.L("III. ĐÁNH GIÁ CHUNG")
    d.L("Công tác xây dựng Đảng năm 2024 đạt nhiều kết quả; chất lượng sinh hoạt chi bộ được nâng lên; công tác kết nạp đảng viên vượt chỉ tiêu. Tuy nhiên, số đảng viên bị xóa tên do bỏ sinh hoạt còn xảy ra ở một số xã; việc đánh giá, xếp loại chất lượng ở một số chi bộ còn nể nang, chưa sát thực chất.")
    d.L("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025")
    d.L("- Phấn đấu kết nạp ... đảng viên; 100% tổ chức cơ sở đảng tổ chức đại hội nhiệm kỳ 2025 - 2030 đúng thời gian quy định.")
    d.L("- Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên đạt ...%; không có tổ chức cơ sở đảng không hoàn thành nhiệm vụ.")
    d.L("Nơi nhận: - Ban Tổ chức Tỉnh ủy, - Các đồng chí Huyện ủy viên, - Lưu Văn phòng Huyện ủy.")
    d.L(FN + "Số liệu báo cáo nhanh ngày 30/11/2024: toàn Đảng bộ có %s, 281 chi bộ trực thuộc đảng ủy cơ sở."
        % d.amb("5.247 đảng viên", "repeat",
                "5.274 at 31/12/2024 in the body, 5.247 at 30/11/2024 here: a real change in a month or a digit swap; cannot tell"))
    d.L(FN + "Kế hoạch số 89-KH/HU ngày 05/01/2024 của Ban Thường vụ Huyện ủy; Quy định số 124-QĐ/TW ngày 04/10/2023 của Bộ Chính trị về kiểm điểm và đánh giá, xếp loại chất lượng hằng năm. Năm 2023, Đảng bộ huyện có %s."
        % d.rep("5.188 đảng viên", "5.188", "5.188"))
    return d


# ============================================================================ D3
@draft
def d3():
    d = Draft("h2-03-xep-loai-chat-luong-2021-2024")
    TC = {2021: 612, 2022: 608, 2023: 597, 2024: 589}
    DV = {2021: 38214, 2022: 38905, 2023: 39377, 2024: 39862}
    # members, "hoàn thành tốt nhiệm vụ" COUNTS "xuất sắc" INSIDE it (nested)
    G = {2023: dict(tot=34710, xs=5903, ht=4199, kht=468), 2024: dict(tot=35406, xs=6112, ht=4031, kht=425)}
    d.L("TỈNH ỦY ĐỒNG XUYÊN")
    d.L("BAN TỔ CHỨC")
    d.L("*")
    d.L("Số    -BC/BTCTU")
    d.L("ĐẢNG CỘNG SẢN VIỆT NAM")
    d.L("Đồng Xuyên, ngày ... tháng 3 năm 2025")
    d.L("BÁO CÁO")
    d.L("Kết quả kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên giai đoạn 2021 - 2024")
    d.L("-----")
    d.L("Căn cứ Quy định số 124-QĐ/TW ngày 04/10/2023 của Bộ Chính trị và Hướng dẫn số 25-HD/BTCTW ngày 24/11/2023 của Ban Tổ chức Trung ương, Ban Tổ chức Tỉnh ủy tổng hợp kết quả kiểm điểm, đánh giá, xếp loại chất lượng giai đoạn 2021 - 2024 như sau. Trong báo cáo này, số hoàn thành tốt nhiệm vụ đã bao gồm số hoàn thành xuất sắc nhiệm vụ.")
    d.L("I. VỀ TỔ CHỨC CƠ SỞ ĐẢNG")
    d.L("Số tổ chức cơ sở đảng được đánh giá năm 2021 là 612, năm 2022 là 608, năm 2023 là 597 và năm 2024 là 589, %s so với năm 2021; riêng năm 2023 %s so với năm 2022, %s so với năm 2021."
        % (d.diff("giảm 23 tổ chức", TC[2021], TC[2024], "giảm", 23),
           d.diff("giảm 11 tổ chức", TC[2022], TC[2023], "giảm", 11),
           d.diff("giảm 06 tổ chức", TC[2021], TC[2023], "giảm", 6, "inconsistent", "612 - 597 = 15 (06 is not 612 - 608 either, which is 04)")))
    d.L("Năm 2024, trong %s: %s (%s); %s; %s."
        % (d.sm("589 tổ chức cơ sở đảng được đánh giá", [521, 62, 6], 589, note="tốt (incl. xuất sắc) + hoàn thành + không hoàn thành"),
           d.sh("hoàn thành tốt nhiệm vụ {p} tổ chức, chiếm {s}%", 521, 589),
           d.sh("trong đó hoàn thành xuất sắc nhiệm vụ {p} tổ chức, chiếm {s}%", 98, 589),
           d.sh("hoàn thành nhiệm vụ {p} tổ chức, chiếm {s}%", 62, 589, "trunc"),
           d.sh("không hoàn thành nhiệm vụ {p} tổ chức, chiếm {s}%", 6, 589)))
    d.L("Năm 2023, %s (%s); %s; %s. %s so với năm 2023. %s so với năm 2023."
        % (d.sh("tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ {p}, chiếm {s}%", 519, 597),
           d.sh("xuất sắc {p}, chiếm {s}%", 91, 597),
           d.sh("hoàn thành nhiệm vụ {p}, chiếm {s}%", 70, 597, "trunc"),
           d.sh("không hoàn thành nhiệm vụ {p}, chiếm {s}%", 8, 597, "1,43", note="8/597 = 1,340 -> 1,34"),
           d.pts("Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ năm 2024 tăng 1,52%", P(519, 597), P(521, 589), "tăng", "1,35",
                 "inconsistent", "86,93 -> 88,46 (exact 1,520); 1,35 has its digits swapped"),
           d.amb("Tỷ lệ tổ chức cơ sở đảng không hoàn thành nhiệm vụ giảm 24%", "points",
                 "1,34% -> 1,02%: 0,32 points; relative change of the shares -23,9%, of the counts 08 -> 06 -25%: cannot tell which was meant")))
    d.L("Việc đánh giá tổ chức cơ sở đảng gắn với kết quả thực hiện nhiệm vụ chính trị, kết quả khắc phục hạn chế sau kiểm điểm; những tổ chức có vi phạm bị thi hành kỷ luật đều được xếp loại không hoàn thành nhiệm vụ. Đối với các chi bộ trực thuộc đảng ủy cơ sở, việc đánh giá do đảng ủy cơ sở thực hiện và không tổng hợp trong báo cáo này.")
    d.L("II. VỀ ĐẢNG VIÊN")
    d.L("Số đảng viên được đánh giá, xếp loại năm 2021 là 38.214, năm 2022 là 38.905, năm 2023 là 39.377, năm 2024 là 39.862; %s, %s."
        % (d.diff("năm 2024 tăng 485 đồng chí so với năm 2023", DV[2023], DV[2024], "tăng", 485),
           d.diff("năm 2022 tăng 619 đồng chí so với năm 2021", DV[2021], DV[2022], "tăng", 619, "inconsistent", "38.905 - 38.214 = 691, digits swapped")))
    g = G[2024]
    d.L("Năm 2024, %s: %s (%s); %s; %s."
        % (d.sm("trong 39.862 đảng viên được đánh giá", [g["tot"], g["ht"], g["kht"]], DV[2024]),
           d.sh("hoàn thành tốt nhiệm vụ {p} đồng chí, chiếm {s}%", g["tot"], DV[2024]),
           d.sh("trong đó hoàn thành xuất sắc nhiệm vụ {p} đồng chí, chiếm {s}%", g["xs"], DV[2024]),
           d.sh("hoàn thành nhiệm vụ {p} đồng chí, chiếm {s}%", g["ht"], DV[2024]),
           d.sh("không hoàn thành nhiệm vụ {p} đồng chí, chiếm {s}%", g["kht"], DV[2024])))
    h = G[2023]
    d.L("Năm 2023, %s, %s; %s; %s; %s."
        % (d.sm("có 39.377 đảng viên được đánh giá", [h["tot"], h["ht"], h["kht"]], DV[2023],
                note="xuất sắc (5.903) is inside tốt and is not added"),
           d.sh("hoàn thành tốt nhiệm vụ {p} đồng chí, chiếm {s}%", h["tot"], DV[2023]),
           d.sh("trong đó xuất sắc {p} đồng chí, chiếm {s}%", h["xs"], DV[2023], "14,49", note="5.903/39.377 = 14,991 -> 14,99"),
           d.sh("hoàn thành nhiệm vụ {p} đồng chí, chiếm {s}%", h["ht"], DV[2023]),
           d.sh("không hoàn thành nhiệm vụ {p} đồng chí, chiếm {s}%", h["kht"], DV[2023])))
    d.L("So với năm 2023, tỷ lệ đảng viên hoàn thành tốt nhiệm vụ năm 2024 %s; tỷ lệ đảng viên không hoàn thành nhiệm vụ %s; %s."
        % (d.pts("tăng 0,67%", P(h["tot"], DV[2023]), P(g["tot"], DV[2024]), "tăng", "0,67"),
           d.pts("giảm 0,12%", P(h["kht"], DV[2023]), P(g["kht"], DV[2024]), "giảm", "0,12"),
           d.ratio("số đảng viên không hoàn thành nhiệm vụ năm 2024 bằng {s}% so với năm 2023", h["kht"], g["kht"])))
    d.L("Năm 2022, tỷ lệ đảng viên %s. Năm 2021, %s."
        % (d.c("hoàn thành tốt nhiệm vụ 87,90% (trong đó hoàn thành xuất sắc 13,60%), hoàn thành nhiệm vụ 10,40%, không hoàn thành nhiệm vụ 0,90%",
               "sum", ("pctsum", ["87,90", "10,40", "0,90"], "11,20%"), "inconsistent",
               "xuất sắc is inside tốt: 87,90 + 10,40 + 0,90 = 99,20, not 100; probably hoàn thành nhiệm vụ 11,20%"),
           d.c("hoàn thành tốt nhiệm vụ 87,35% (trong đó hoàn thành xuất sắc 12,85%), hoàn thành nhiệm vụ 11,48%, không hoàn thành nhiệm vụ 1,17%",
               "sum", ("pctsum", ["87,35", "11,48", "1,17"], None), "consistent",
               "xuất sắc is inside tốt and is not added (adding it gives 112,85)")))
    d.L("III. VỀ TẬP THỂ, CÁ NHÂN CÁN BỘ LÃNH ĐẠO, QUẢN LÝ")
    d.L("Năm 2024, có %s. Đối với cá nhân, %s; %s."
        % (d.sm("214 tập thể lãnh đạo, quản lý được đánh giá (gồm 86 ban thường vụ, thường trực cấp ủy và 128 tập thể lãnh đạo cơ quan, đơn vị)", [86, 128], 214),
           d.fr("có {f} cán bộ diện Ban Thường vụ Tỉnh ủy quản lý được xếp loại hoàn thành tốt nhiệm vụ trở lên, đạt {s}%", 287, 296),
           d.c("tập thể lãnh đạo, quản lý hoàn thành tốt nhiệm vụ 86,40% (trong đó hoàn thành xuất sắc 14,20%), hoàn thành nhiệm vụ 12,80%, không hoàn thành nhiệm vụ 0,80%",
               "sum", ("pctsum", ["86,40", "12,80", "0,80"], None), "consistent", "nested xuất sắc not added")))
    d.L("IV. NHẬN XÉT")
    d.L("Chất lượng tổ chức cơ sở đảng và đảng viên qua các năm có chuyển biến; tỷ lệ hoàn thành tốt nhiệm vụ tăng, tỷ lệ không hoàn thành nhiệm vụ giảm. Tuy nhiên, việc đánh giá ở một số nơi còn hình thức, tỷ lệ xuất sắc vượt quá 20% số được xếp loại hoàn thành tốt nhiệm vụ ở một số đảng bộ; việc lấy kết quả thực hiện nhiệm vụ làm thước đo còn chưa rõ nét. Liên hệ: đồng chí Trưởng phòng Tổ chức đảng, đảng viên, điện thoại 0276.3825.019.")
    d.L("Nơi nhận: - Ban Tổ chức Trung ương, - Thường trực Tỉnh ủy, - Lưu Ban Tổ chức Tỉnh ủy.")
    d.L(FN + "Năm 2024 có %s (Đảng bộ Quân sự tỉnh, Đảng bộ Công an tỉnh tổng hợp riêng theo hướng dẫn của cấp trên)."
        % d.rep("39.826 đảng viên được đánh giá, xếp loại", "39.862", "39.826", note="last two digits swapped"))
    d.L(FN + "Số tổ chức cơ sở đảng không hoàn thành nhiệm vụ năm 2024: %s; năm 2023: 08 tổ chức."
        % d.rep("06 tổ chức", "06", "06"))
    return d


# ============================================================================ D4
@draft
def d4():
    d = Draft("h2-04-luan-chuyen-bo-nhiem-can-bo")
    TINH = [2, 31, 18, 9, 22, 4]       # cấp tỉnh: TW về tỉnh, tỉnh về huyện, huyện về tỉnh, huyện-huyện, ngành-ngành, tỉnh về xã
    HUYEN = [57, 34, 21, 16]          # cấp huyện: huyện về xã, xã về huyện, xã-xã, phòng-phòng
    LC = sum(TINH) + sum(HUYEN)       # 214
    d.L("TỈNH ỦY ĐỒNG XUYÊN")
    d.L("BAN TỔ CHỨC")
    d.L("*")
    d.L("Số    -BC/BTCTU")
    d.L("ĐẢNG CỘNG SẢN VIỆT NAM")
    d.L("Đồng Xuyên, ngày ... tháng 10 năm 2025")
    d.L("BÁO CÁO")
    d.L("Kết quả công tác luân chuyển, bổ nhiệm, giới thiệu cán bộ ứng cử và quy hoạch cán bộ nhiệm kỳ 2020 - 2025")
    d.L("-----")
    d.L("Thực hiện Quy định số 65-QĐ/TW ngày 28/4/2022 của Bộ Chính trị về luân chuyển cán bộ, Quy định số 80-QĐ/TW ngày 18/8/2022 về phân cấp quản lý cán bộ và bổ nhiệm, giới thiệu cán bộ ứng cử, Ban Tổ chức Tỉnh ủy báo cáo kết quả nhiệm kỳ 2020 - 2025 (số liệu tính đến ngày 30/9/2025) như sau:")
    d.L("I. CÔNG TÁC LUÂN CHUYỂN CÁN BỘ")
    d.L("Từ đầu nhiệm kỳ đến nay, toàn tỉnh %s, trong đó: %s (Trung ương về tỉnh 02, tỉnh về huyện 31, huyện về tỉnh 18, huyện này sang huyện khác 09, ngành này sang ngành khác 22, tỉnh về xã 04), %s (huyện về xã 57, xã về huyện 34, xã này sang xã khác 21, phòng, ban này sang phòng, ban khác 16)."
        % (d.sm("thực hiện luân chuyển 214 lượt cán bộ", [sum(TINH), sum(HUYEN)], LC, note="cấp tỉnh 86 + cấp huyện 128"),
           d.sm("cấp tỉnh luân chuyển 86 lượt", TINH, 86),
           d.sm("cấp huyện luân chuyển 128 lượt", HUYEN, 128)))
    d.L("Trong tổng số %s; %s; %s; %s. Về độ tuổi: %s. Về trình độ chuyên môn: %s."
        % (d.sub("214 lượt cán bộ được luân chuyển có 61 lượt nữ, 47 lượt người dân tộc thiểu số, 38 lượt cán bộ trẻ", [61, 47, 38], LC),
           d.sh("cán bộ nữ chiếm {s}%", 61, LC),
           d.sh("người dân tộc thiểu số chiếm {s}%", 47, LC),
           d.sh("cán bộ trẻ chiếm {s}%", 38, LC, "trunc"),
           d.sm("dưới 40 tuổi 72 lượt, từ 40 đến 50 tuổi 104 lượt, trên 50 tuổi 38 lượt", [72, 104, 38], LC,
                note="age bands are exhaustive: 72 + 104 + 38 = 214"),
           d.amb("thạc sĩ trở lên 68 lượt, đại học 141 lượt, cao đẳng 03 lượt", "sum",
                 "68 + 141 + 03 = 212 < 214: one-dimension levels; 02 trung cấp may be unlisted or a part mistyped")))
    d.L("%s. Tỷ lệ cán bộ luân chuyển là nữ %s so với nhiệm kỳ trước (24,60%%)."
        % ("So với %s, %s" % (d.term("nhiệm kỳ 2015 - 2020 (187 lượt)", "2015 - 2020", "2015 - 2020", note="own term 2020 - 2025"),
                              d.diff("tăng 27 lượt", 187, LC, "tăng", 27)),
           d.pts("tăng 3,90%", "24,60", P(61, LC), "tăng", "3,90")))
    d.L("Qua luân chuyển, nhiều cán bộ trẻ được rèn luyện, thử thách ở địa bàn khó khăn, phát huy tốt năng lực; việc luân chuyển gắn với quy hoạch, bảo đảm đúng quy trình. Tuy nhiên, một số cán bộ luân chuyển về cơ sở chưa được bố trí nhà công vụ; chế độ hỗ trợ đi lại chưa thống nhất giữa các huyện.")
    d.L("II. CÔNG TÁC BỔ NHIỆM, GIỚI THIỆU CÁN BỘ ỨNG CỬ")
    d.L("Ban Thường vụ Tỉnh ủy đã %s, gồm: bổ nhiệm 231 lượt (trong đó bổ nhiệm lại 87 lượt), giới thiệu ứng cử 115 lượt. %s; %s."
        % (d.sm("bổ nhiệm, giới thiệu ứng cử 346 lượt cán bộ diện Ban Thường vụ Tỉnh ủy quản lý", [231, 115], 346,
                note="bổ nhiệm lại 87 is inside bổ nhiệm and is not added"),
           d.sub("Trong 231 lượt bổ nhiệm có 87 lượt bổ nhiệm lại và 64 lượt cán bộ nữ", [87, 64], 231),
           d.sh("cán bộ nữ được bổ nhiệm chiếm {s}%", 64, 231)))
    d.L("Tỷ lệ cán bộ nữ được bổ nhiệm %s so với nhiệm kỳ trước (25,36%%). %s. %s."
        % (d.pts("tăng 2,35%", "25,36", P(64, 231), "tăng", "2,35"),
           d.sh("Cán bộ trẻ dưới 40 tuổi được bổ nhiệm {p} lượt, chiếm {s}%", 41, 231, "17,47", note="17,75 with two digits swapped"),
           d.sh("cán bộ người dân tộc thiểu số được bổ nhiệm {p} lượt, chiếm {s}%", 30, 231, "trunc")))
    d.L("Số lượt giới thiệu ứng cử tập trung vào các chức danh chủ tịch, phó chủ tịch Hội đồng nhân dân, Ủy ban nhân dân cấp huyện trong kiện toàn giữa nhiệm kỳ. %s; %s."
        % (d.fr("Có {f} cán bộ được giới thiệu đã trúng cử, đạt {s}%", 112, 115),
           d.c("113/116 lượt bổ nhiệm có thời hạn 05 năm", "fraction", ("fracwhole", 116, 231, "113/231"), "inconsistent",
               "the whole must be the 231 appointments of the previous paragraph, not 116")))
    d.L("III. CÔNG TÁC ĐÀO TẠO, BỒI DƯỠNG VÀ QUY HOẠCH")
    d.L("Trong nhiệm kỳ, %s. %s."
        % (d.sm("cử 312 lượt cán bộ đi đào tạo lý luận chính trị, gồm cao cấp 96, trung cấp 208", [96, 208], 312, "inconsistent",
                "'gồm' is exhaustive; likely trung cấp 216 or total 304"),
           d.ratio("Số lượt cán bộ được đào tạo cao cấp lý luận chính trị bằng {s}%", 84, 96, dp=1) + " so với " +
           d.term("nhiệm kỳ 2015 - 2020 (84 lượt)", "2015 - 2020", "2015 - 2020", note="own term 2020 - 2025")))
    d.L("Công tác đào tạo, bồi dưỡng được gắn với quy hoạch và sử dụng cán bộ; chú trọng bồi dưỡng kiến thức quản lý nhà nước, kỹ năng lãnh đạo, quản lý cho cán bộ trẻ, cán bộ nữ, cán bộ người dân tộc thiểu số. Việc rà soát, bổ sung quy hoạch được thực hiện hằng năm theo phương châm động và mở; đưa ra khỏi quy hoạch những cán bộ không còn đủ tiêu chuẩn, điều kiện, uy tín thấp, bổ sung những nhân tố mới có triển vọng. Hồ sơ quy hoạch được lưu trữ, quản lý theo đúng quy định của Ban Tổ chức Trung ương.")
    d.L("Quy hoạch Ban Chấp hành Đảng bộ tỉnh nhiệm kỳ 2025 - 2030 có %s (%s), %s (%s), %s (%s). %s so với quy hoạch %s (165 đồng chí)."
        % (d.sub("178 đồng chí, trong đó nữ 42 đồng chí", [42, 71, 19], 178, note="nữ, dưới 45 tuổi, dân tộc thiểu số overlap"),
           d.sh("chiếm {s}%", 42, 178, "trunc"),
           "dưới 45 tuổi 71 đồng chí",
           d.sh("tỷ lệ {s}%", 71, 178),
           "dân tộc thiểu số 19 đồng chí",
           d.sh("đạt {s}%", 19, 178, "10,76", note="19/178 = 10,674 -> 10,67"),
           d.diff("Tăng 13 đồng chí", 165, 178, "tăng", 13),
           d.term("nhiệm kỳ 2020 - 2025", "2020 - 2025", "2020 - 2025", note="own term 2025 - 2030, previous 2020 - 2025")))
    d.L("Quy hoạch Ban Thường vụ Tỉnh ủy nhiệm kỳ 2025 - 2030 có 41 đồng chí, %s so với %s (44 đồng chí); quy hoạch các chức danh chủ chốt có 23 đồng chí."
        % (d.diff("giảm 03 đồng chí", 44, 41, "giảm", 3),
           d.term("nhiệm kỳ 2015 - 2020", "2015 - 2020", "2020 - 2025",
                  note="a 2025 - 2030 plan is compared with the 2020 - 2025 plan")))
    d.L("IV. ĐÁNH GIÁ VÀ KIẾN NGHỊ")
    d.L("Công tác cán bộ được thực hiện chặt chẽ, dân chủ, công khai; đội ngũ cán bộ được bổ nhiệm cơ bản đáp ứng yêu cầu nhiệm vụ. Kiến nghị Ban Tổ chức Trung ương sớm hướng dẫn chế độ, chính sách đối với cán bộ luân chuyển sau sắp xếp đơn vị hành chính. Đầu mối liên hệ: Phòng Cán bộ, điện thoại 0276.3822.310.")
    d.L("Nơi nhận: - Ban Tổ chức Trung ương, - Thường trực Tỉnh ủy, - Lưu Ban Tổ chức Tỉnh ủy.")
    d.L(FN + "Quyết định số 1528-QĐ/TU ngày 14/02/2023 của Ban Thường vụ Tỉnh ủy ban hành Đề án luân chuyển cán bộ giai đoạn 2023 - 2025; %s."
        % d.rep("tổng số lượt cán bộ luân chuyển cả nhiệm kỳ là 241 lượt", "214", "241", note="digits swapped (214 in section I)"))
    d.L(FN + "Số lượt bổ nhiệm: năm 2021 là 52, năm 2022 là 61, năm 2023 là 44, năm 2024 là 47, 09 tháng năm 2025 là 27; %s."
        % d.sm("cộng 231 lượt", [52, 61, 44, 47, 27], 231))
    return d


# ============================================================================ D5
@draft
def d5():
    d = Draft("h2-05-kiem-tra-ky-luat-nhiem-ky")
    KL = [798, 326, 47, 113]                 # khiển trách, cảnh cáo, cách chức, khai trừ (2020 - 2025)
    KLT = sum(KL)                            # 1.284
    Y = [276, 259, 248, 262, 239]            # 2021..2024, 09 tháng 2025
    DV = 44716
    d.L("ĐẢNG BỘ TỈNH ĐỒNG XUYÊN")
    d.L("ỦY BAN KIỂM TRA TỈNH ỦY")
    d.L("*")
    d.L("Số    -BC/UBKTTU")
    d.L("ĐẢNG CỘNG SẢN VIỆT NAM")
    d.L("Đồng Xuyên, ngày ... tháng 9 năm 2025")
    d.L("BÁO CÁO")
    d.L("Tổng kết công tác kiểm tra, giám sát và thi hành kỷ luật đảng nhiệm kỳ 2020 - 2025")
    d.L("-----")
    d.L("Thực hiện Quyết định số 885-QĐ/UBKTTW ngày 29/12/2022 của Ủy ban Kiểm tra Trung ương về hệ thống mẫu báo cáo thống kê và Công văn số 2176-CV/UBKTTW ngày 12/5/2025, Ủy ban Kiểm tra Tỉnh ủy báo cáo kết quả nhiệm kỳ 2020 - 2025 (số liệu đến ngày 30/9/2025) như sau:")
    d.L("I. CÔNG TÁC KIỂM TRA, GIÁM SÁT CỦA CẤP ỦY")
    d.L("Cấp ủy các cấp đã kiểm tra 2.846 tổ chức đảng và 6.913 đảng viên. So với %s, số tổ chức đảng được kiểm tra %s (nhiệm kỳ trước là 2.528), %s; số đảng viên được kiểm tra %s (7.204 đảng viên), %s."
        % (d.term("nhiệm kỳ 2010 - 2015", "2010 - 2015", "2015 - 2020", note="a 2020 - 2025 review compares with 2015 - 2020"),
           d.diff("tăng 318 tổ chức", 2528, 2846, "tăng", 318),
           d.ratio("bằng {s}%", 2528, 2846),
           d.diff("giảm 291 đồng chí", 7204, 6913, "giảm", 291),
           d.ratio("bằng {s}% so với nhiệm kỳ trước", 7204, 6913, "95,69", note="6.913/7.204 = 95,960 -> 95,96")))
    d.L("Cấp ủy giám sát chuyên đề 1.936 tổ chức đảng, %s so với nhiệm kỳ trước (1.719 tổ chức); giám sát thường xuyên được thực hiện thông qua sinh hoạt cấp ủy, dự họp và nắm tình hình cơ sở."
        % d.ratio("tăng {s}%", 1719, 1936, dp=1, rel=True))
    d.L("Giám sát chuyên đề %s, %s; qua giám sát, %s. Nội dung giám sát tập trung vào việc lãnh đạo, chỉ đạo thực hiện nghị quyết đại hội, công tác cán bộ, quản lý đất đai, tài chính, đầu tư công và việc kê khai tài sản, thu nhập; nhiều cuộc giám sát đã kịp thời cảnh báo, nhắc nhở, không để vi phạm kéo dài."
        % (d.sub("3.874 đảng viên, trong đó 1.207 cấp ủy viên", [1207], 3874),
           d.sh("chiếm {s}%", 1207, 3874, "trunc"),
           d.sh("kết luận có khuyết điểm, vi phạm {p} đảng viên, chiếm {s}%", 176, 3874, "up1", note="4,543 rounds to 4,54, not 4,55")))
    d.L("II. CÔNG TÁC KIỂM TRA CỦA ỦY BAN KIỂM TRA CÁC CẤP")
    d.L("Ủy ban kiểm tra các cấp kiểm tra khi có dấu hiệu vi phạm đối với 87 tổ chức đảng và %s. Qua kiểm tra, kết luận %s; %s; %s."
        % (d.sub("412 đảng viên (trong đó 136 cấp ủy viên các cấp)", [136], 412),
           d.fr("{f} tổ chức đảng có vi phạm, chiếm {s}%", 63, 87),
           d.fr("{f} đảng viên có vi phạm, chiếm {s}%", 358, 412),
           d.sh("phải thi hành kỷ luật {p} đảng viên, chiếm {s}% số đảng viên có vi phạm", 167, 358, "46,56",
                note="46,65 with two digits swapped; base 358 from the fraction before")))
    d.L("Kiểm tra tổ chức đảng cấp dưới thực hiện nhiệm vụ kiểm tra, giám sát và thi hành kỷ luật trong Đảng 1.142 tổ chức; %s; kiểm tra việc thu, chi, quản lý đảng phí 905 tổ chức đảng."
        % d.fr("{f} tổ chức thực hiện tốt, đạt {s}%", 1081, 1142, "trunc"))
    d.L("III. THI HÀNH KỶ LUẬT ĐẢNG")
    d.L("Trong nhiệm kỳ, cấp ủy và ủy ban kiểm tra các cấp %s, gồm: %s; %s; %s; %s. %s."
        % (d.sm("thi hành kỷ luật 1.284 đảng viên", KL, KLT),
           d.sh("khiển trách {p} đồng chí, chiếm {s}%", KL[0], KLT),
           d.sh("cảnh cáo {p} đồng chí, chiếm {s}%", KL[1], KLT),
           d.sh("cách chức {p} đồng chí, chiếm {s}%", KL[2], KLT, "3,61", note="47/1.284 = 3,660 -> 3,66"),
           d.sh("khai trừ {p} đồng chí, chiếm {s}%", KL[3], KLT),
           d.sub("Trong số đảng viên bị kỷ luật có 241 cấp ủy viên các cấp, 17 cán bộ diện Ban Thường vụ Tỉnh ủy quản lý, 56 đảng viên bị xử lý hình sự", [241, 17, 56], KLT)))
    d.L("Theo từng năm: %s, năm 2022 là %s, năm 2023 là %s, năm 2024 là %s và 09 tháng năm 2025 là %s; %s so với năm 2023, %s so với năm 2021."
        % (d.sm("năm 2021 kỷ luật 276 đảng viên", Y, KLT, note="the five periods add up to the 1.284 of the term (line above)"),
           n(Y[1]), n(Y[2]), n(Y[3]), n(Y[4]),
           d.diff("năm 2024 tăng 14 trường hợp", Y[2], Y[3], "tăng", 14),
           d.diff("năm 2022 giảm 27 trường hợp", Y[0], Y[1], "giảm", 27, "inconsistent", "276 - 259 = 17")))
    d.L("%s (1.457 đảng viên), số đảng viên bị kỷ luật %s, %s. Số đảng viên bị kỷ luật %s."
        % (d.term("So với nhiệm kỳ 2015 - 2020", "2015 - 2020", "2015 - 2020", note="own term 2020 - 2025"),
           d.diff("giảm 173 trường hợp", 1457, KLT, "giảm", 173),
           d.ratio("bằng {s}% so với nhiệm kỳ trước", 1457, KLT),
           d.sh("chiếm {s}% tổng số đảng viên toàn Đảng bộ (44.716 đảng viên)", KLT, DV, "2,78", note="1.284/44.716 = 2,871 -> 2,87")))
    d.L("Đối với tổ chức đảng, %s. %s."
        % (d.sm("thi hành kỷ luật 21 tổ chức đảng (khiển trách 17, cảnh cáo 05)", [17, 5], 21, "inconsistent",
                "the forms add to 22 > 21"),
           d.sm("Tổ chức đảng bị kỷ luật chia ra: chi bộ 15, đảng ủy cơ sở 04, ban thường vụ, ban cán sự đảng 02", [15, 4, 2], 21,
                note="this 'chia ra' of the same 21 adds up; the form breakdown before does not")))
    d.L("IV. GIẢI QUYẾT TỐ CÁO, KHIẾU NẠI VÀ THU, CHI ĐẢNG PHÍ")
    d.L("Ủy ban kiểm tra các cấp tiếp nhận 214 đơn tố cáo, %s; giải quyết 36 đơn khiếu nại kỷ luật đảng. Tổng thu đảng phí trong nhiệm kỳ 48.627 triệu đồng, %s (37.008 triệu đồng); số trích nộp cấp trên 19.451 triệu đồng."
        % (d.fr("giải quyết {f} đơn thuộc thẩm quyền, đạt {s}%", 198, 207),
           d.ratio("bằng {s}% so với nhiệm kỳ 2015 - 2020", 37008, 48627, dp=1)))
    d.L("V. ĐÁNH GIÁ CHUNG")
    d.L("Công tác kiểm tra, giám sát có nhiều đổi mới, tập trung vào lĩnh vực nhạy cảm, dễ xảy ra sai phạm như quản lý đất đai, tài chính, đầu tư công, tuyển dụng cán bộ; việc thi hành kỷ luật bảo đảm nguyên tắc, đúng quy trình. Hạn chế: việc phát hiện vi phạm qua tự kiểm tra của chi bộ còn ít; một số vụ việc kéo dài. Liên hệ: Văn phòng Ủy ban Kiểm tra Tỉnh ủy, điện thoại 0276.3826.114.")
    d.L("Nơi nhận: - Ủy ban Kiểm tra Trung ương, - Thường trực Tỉnh ủy, - Lưu Văn phòng Ủy ban Kiểm tra.")
    d.L(FN + "Số liệu tổng hợp theo Biểu số 04 và Biểu số 11 ban hành kèm Quyết định số 885-QĐ/UBKTTW: %s; kiểm tra 2.846 tổ chức đảng."
        % d.rep("thi hành kỷ luật 1.248 đảng viên", "1.284", "1.248", note="digits swapped (1.284 in section III)"))
    d.L(FN + "%s, chủ yếu vi phạm quy định về quản lý, sử dụng đất đai và thực hiện chính sách đối với người có công."
        % d.rep("Đảng viên bị xử lý hình sự: 56 đồng chí", "56", "56"))
    return d


# ============================================================================ D6
@draft
def d6():
    d = Draft("h2-06-dang-uy-xa-tong-ket-nhiem-ky")
    K = [11, 12, 10, 13, 7, 5]        # kết nạp 2020 (từ đại hội), 2021, 2022, 2023, 2024, 6 tháng 2025
    KN = sum(K)                        # 58
    R24 = dict(xs=52, tot=291, ht=37, kht=4)   # DISJOINT here: xuất sắc is NOT inside tốt
    RB = sum(R24.values())             # 384
    d.L("ĐẢNG BỘ HUYỆN PHƯỚC LONG TÂY")
    d.L("ĐẢNG ỦY XÃ TÂN HIỆP")
    d.L("*")
    d.L("Số    -BC/ĐU")
    d.L("ĐẢNG CỘNG SẢN VIỆT NAM")
    d.L("Tân Hiệp, ngày ... tháng 6 năm 2025")
    d.L("BÁO CÁO CHÍNH TRỊ")
    d.L("của Ban Chấp hành Đảng bộ xã khóa XIV trình Đại hội đại biểu Đảng bộ xã lần thứ XV, nhiệm kỳ 2025 - 2030")
    d.L("-----")
    d.L("Phần thứ nhất")
    d.L("KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ XÃ NHIỆM KỲ 2020 - 2025")
    d.L("Xã có diện tích tự nhiên 3.218 ha, %s%s. Đảng bộ xã có %s."
        % (d.sm("3.394 hộ với 12.806 nhân khẩu, sinh sống tại 09 ấp (gồm 05 ấp người Kinh với 2.161 hộ và 04 ấp đồng bào Khmer với 1.233 hộ)", [2161, 1233], 3394,
                note="hộ of the two groups of ấp; the 12.806 nhân khẩu is another noun"),
           d.sm("tại 09 ấp", [5, 4], 9, note="05 ấp người Kinh + 04 ấp Khmer") and "",
           d.sm("17 chi bộ trực thuộc (gồm 09 chi bộ ấp, 08 chi bộ cơ quan, trường học, trạm y tế, công an và quân sự)", [9, 8], 17)))
    d.L("I. VỀ PHÁT TRIỂN KINH TẾ - XÃ HỘI")
    d.L("Tổng giá trị sản xuất năm 2024 đạt 1.286 tỷ đồng, %s (1.094 tỷ đồng). Thu nhập bình quân đầu người %s. %s (7.518 triệu đồng)."
        % (d.ratio("bằng {s}% so với năm 2020", 1094, 1286, dp=1),
           d.diff("từ 42,5 triệu đồng năm 2020 lên 61,8 triệu đồng năm 2024, tăng 19,8 triệu đồng", Decimal("42.5"), Decimal("61.8"), "tăng", Decimal("19.8"),
                  "inconsistent", "61,8 - 42,5 = 19,3"),
           d.ratio("Thu ngân sách trên địa bàn năm 2024 đạt 8.462 triệu đồng, bằng {s}% so với cùng kỳ", 7518, 8462, dp=1)))
    d.L("Số hộ nghèo %s; %s, %s (đầu nhiệm kỳ là 3,71%%). Toàn xã có %s."
        % (d.diff("từ 126 hộ xuống còn 38 hộ, giảm 88 hộ", 126, 38, "giảm", 88),
           d.sh("tỷ lệ hộ nghèo còn {s}%", 38, 3394, note="base 3.394 hộ stated in the opening paragraph"),
           d.pts("giảm 2,95%", "3,71", P(38, 3394), "giảm", "2,95", "inconsistent", "3,71 - 1,12 = 2,59 (digits swapped)"),
           d.fr("{f} ấp đạt chuẩn ấp văn hóa, chiếm {s}%", 8, 9, dp=1, mode="88,8", want="rounding", note="8/9 = 88,888 -> 88,9 (truncated)")))
    d.L("Trường học, trạm y tế được đầu tư nâng cấp; tỷ lệ người dân tham gia bảo hiểm y tế đạt trên 95%; an ninh chính trị, trật tự an toàn xã hội được giữ vững, không để xảy ra điểm nóng. Số điện thoại đường dây nóng của Ủy ban nhân dân xã: 0299.3861.214.")
    d.L("Công tác cải cách hành chính được đẩy mạnh; bộ phận tiếp nhận và trả kết quả của xã giải quyết hồ sơ đúng hạn. Phong trào toàn dân đoàn kết xây dựng đời sống văn hóa, xây dựng nông thôn mới được Nhân dân hưởng ứng; nhiều tuyến đường giao thông nông thôn được bê tông hóa bằng nguồn vốn Nhà nước và Nhân dân cùng làm.")
    d.L("II. VỀ CÔNG TÁC XÂY DỰNG ĐẢNG")
    d.L("1. Công tác đảng viên. Đầu nhiệm kỳ Đảng bộ có 386 đảng viên, %s; %s so với đầu nhiệm kỳ. %s. %s."
        % (d.sm("đến nay có 412 đảng viên (chính thức 391, dự bị 21)", [391, 21], 412),
           d.diff("tăng 26 đảng viên", 386, 412, "tăng", 26),
           d.sub("Trong 21 đảng viên dự bị có nữ 31 đồng chí, đoàn viên thanh niên 17 đồng chí", [31, 17], 21, right="13",
                 want="inconsistent", note="31 women among 21 probationary members is impossible; likely 13 (digits swapped)"),
           d.amb("Đảng viên là người dân tộc Khmer 97 đồng chí, chiếm 25,1%", "share",
                 "97/386 (start of term) = 25,1% but 97/412 (now) = 23,5%; the date of the 97 is not stated")))
    d.L("Trong nhiệm kỳ %s (năm 2020 kết nạp 11, năm 2021 là 12, năm 2022 là 10, năm 2023 là 13, năm 2024 là 07, 06 tháng đầu năm 2025 là 05), %s. %s; %s."
        % (d.sm("kết nạp 58 đảng viên", K, KN),
           d.ratio("đạt {s}% chỉ tiêu Nghị quyết (50 đảng viên)", 50, KN, dp=0),
           d.sh("Trong số đảng viên mới có {p} nữ, chiếm {s}%", 27, KN),
           d.sh("đoàn viên thanh niên {p} đồng chí, chiếm {s}%", 41, KN, "trunc")))
    d.L("%s %s so với %s (49 đảng viên). Đảng bộ xã đã đề nghị cấp trên tặng Huy hiệu Đảng cho 46 đảng viên."
        % ("Số đảng viên kết nạp nhiệm kỳ 2020 - 2025",
           d.diff("tăng 09", 49, KN, "tăng", 9),
           d.term("nhiệm kỳ 2015 - 2020", "2015 - 2020", "2015 - 2020", note="own term 2020 - 2025")))
    d.L("2. Đánh giá, xếp loại chất lượng. Năm 2024, %s; %s; %s; %s; %s."
        % (d.sm("có 384 đảng viên được đánh giá, xếp loại (28 đồng chí được miễn)", [R24["xs"], R24["tot"], R24["ht"], R24["kht"]], RB,
                note="here xuất sắc and tốt are disjoint: 52 + 291 + 37 + 04 = 384; 384 + 28 miễn = 412"),
           d.sh("hoàn thành xuất sắc nhiệm vụ {p} đồng chí, chiếm {s}%", R24["xs"], RB),
           d.sh("hoàn thành tốt nhiệm vụ {p} đồng chí, chiếm {s}%", R24["tot"], RB),
           d.sh("hoàn thành nhiệm vụ {p} đồng chí, chiếm {s}%", R24["ht"], RB, "trunc"),
           d.sh("không hoàn thành nhiệm vụ {p} đồng chí, chiếm {s}%", R24["kht"], RB)))
    d.L("Năm 2023, %s. Tỷ lệ đảng viên hoàn thành xuất sắc nhiệm vụ năm 2024 %s so với năm 2023; %s."
        % (d.c("đảng viên hoàn thành xuất sắc nhiệm vụ 12,40%, hoàn thành tốt nhiệm vụ 76,10%, hoàn thành nhiệm vụ 10,20%, không hoàn thành nhiệm vụ 1,30%",
               "sum", ("pctsum", ["12,40", "76,10", "10,20", "1,30"], None), "consistent", "disjoint levels in this draft: all four add to 100"),
           d.pts("tăng 1,14%", "12,40", P(R24["xs"], RB), "tăng", "1,14"),
           d.pts("tỷ lệ không hoàn thành nhiệm vụ giảm 0,36%", "1,30", P(R24["kht"], RB), "giảm", "0,36", "inconsistent", "1,30 - 1,04 = 0,26")))
    d.L("Về chi bộ, năm 2024 có %s; %s; %s. %s."
        % (d.sh("{p} chi bộ hoàn thành xuất sắc nhiệm vụ, chiếm {s}%", 3, 17),
           d.sh("{p} chi bộ hoàn thành tốt nhiệm vụ, chiếm {s}%", 12, 17),
           d.sh("{p} chi bộ hoàn thành nhiệm vụ, chiếm {s}%", 2, 17, "11,67", note="2/17 = 11,764 -> 11,76"),
           d.c("Có 15/16 chi bộ tổ chức sinh hoạt chuyên đề hằng quý", "fraction", ("fracwhole", 16, 17, "15/17"), "inconsistent",
               "the Đảng bộ has 17 chi bộ trực thuộc")))
    d.L("3. Công tác kiểm tra, giám sát. Trong nhiệm kỳ, Đảng ủy và Ủy ban Kiểm tra Đảng ủy %s; %s."
        % (d.sub("kiểm tra 23 đảng viên, trong đó 06 đảng ủy viên, 09 bí thư, phó bí thư chi bộ", [6, 9], 23,
                 note="đảng ủy viên and bí thư chi bộ may overlap"),
           d.sm("thi hành kỷ luật 05 đảng viên (khiển trách 03, cảnh cáo 01, khai trừ 02)", [3, 1, 2], 5, "inconsistent", "03 + 01 + 02 = 06")))
    d.L("4. Về Ban Chấp hành Đảng bộ. %s; %s. Ban Thường vụ Đảng ủy có 05 đồng chí."
        % (d.sub("Ban Chấp hành Đảng bộ nhiệm kỳ 2020 - 2025 có 15 đồng chí, trong đó nữ 03, trẻ dưới 35 tuổi 02, dân tộc thiểu số 04", [3, 2, 4], 15,
                 note="overlapping: never summed"),
           d.sh("tỷ lệ cấp ủy viên nữ đạt {s}%", 3, 15, dp=0)))
    d.L("Phần thứ hai")
    d.L("PHƯƠNG HƯỚNG, NHIỆM VỤ NHIỆM KỲ 2025 - 2030")
    d.L("- Kết nạp từ ... đảng viên trở lên; hằng năm có trên ...% tổ chức đảng và đảng viên hoàn thành tốt nhiệm vụ trở lên; 100% ấp có tổ đảng hoặc chi bộ có từ 30 đảng viên trở lên được chia tổ.")
    d.L("- Thu nhập bình quân đầu người đến năm 2030 đạt 90 triệu đồng; giảm tỷ lệ hộ nghèo mỗi năm từ 0,3% trở lên; dự kiến Ban Chấp hành Đảng bộ xã nhiệm kỳ 2025 - 2030 gồm ... đồng chí.")
    d.L(FN + "Năm 2024 kết nạp 07 đảng viên; %s, trong đó 03 đồng chí là người dân tộc Khmer."
        % d.rep("06 tháng đầu năm 2025 kết nạp 06 đảng viên", "05", "06", note="05 in the body"))
    d.L(FN + "Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ XIV, nhiệm kỳ 2020 - 2025; Kế hoạch số 215-KH/HU ngày 20/8/2024 của Ban Thường vụ Huyện ủy. %s."
        % d.rep("Tổng số đảng viên đến ngày 31/5/2025 là 412 đồng chí", "412", "412"))
    return d


# ============================================================================ main
def main():
    allc = []
    for fn in DRAFTS:
        d = fn()
        assert not d.pending, d.name
        text = "\n".join(d.lines) + "\n"
        claims = []
        for c in d.claims:
            line = d.lines[c["line"] - 1]
            cnt = line.count(c["anchor"])
            assert cnt == 1, ("anchor not unique/exact", d.name, c["line"], c["anchor"], cnt)
            verdict, right, note = recompute(c["check"])
            assert verdict == c["want"], ("verdict mismatch", d.name, c["line"], c["anchor"], verdict, c["want"], note)
            out = dict(line=c["line"], anchor=c["anchor"], kind=c["kind"], verdict=verdict)
            if verdict in ("rounding", "inconsistent"):
                assert right, (d.name, c["anchor"])
                out["right"] = right
            out["note"] = "; ".join(x for x in (note, c["note"]) if x)
            claims.append(out)
        # independent re-read of the written file: line numbers come from the text itself
        written = text.split("\n")
        for o in claims:
            assert written[o["line"] - 1].count(o["anchor"]) == 1
        with open(os.path.join(HERE, d.name + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
        with open(os.path.join(HERE, d.name + ".labels.json"), "w", encoding="utf-8") as f:
            json.dump({"file": d.name + ".txt", "claims": claims}, f, ensure_ascii=False, indent=1)
            f.write("\n")
        size = len(text)
        by = {}
        for o in claims:
            by[o["verdict"]] = by.get(o["verdict"], 0) + 1
        print("%-40s %5d chars %3d lines %3d claims %s" % (d.name, size, len(d.lines), len(claims), by))
        if not (4000 <= size <= 8000):
            print("   WARNING: size outside 4000-8000")
        allc += claims
    tot = len(allc)
    by, kinds = {}, {}
    for o in allc:
        by[o["verdict"]] = by.get(o["verdict"], 0) + 1
        kinds.setdefault(o["kind"], {}).setdefault(o["verdict"], 0)
        kinds[o["kind"]][o["verdict"]] += 1
    print("TOTAL", tot, {k: "%d (%.1f%%)" % (v, 100.0 * v / tot) for k, v in sorted(by.items())})
    for k, v in sorted(kinds.items()):
        print("  %-11s %s" % (k, v))


if __name__ == "__main__":
    main()
