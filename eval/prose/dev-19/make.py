#!/usr/bin/env python3
"""Generator for the dev19 evaluation part: four Vietnamese report drafts with labelled numeric claims.

Every total, share, ratio, difference and expected value is computed here with decimal.Decimal and
ROUND_HALF_UP, so the labels do not depend on the checker. Run:  python3 make.py
Writes prose/<name>.txt, prose/<name>.labels.json and SUMMARY.md, then validates anchors and line numbers.
"""
import json
import os
import sys
from collections import Counter, OrderedDict
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN

D = Decimal
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "prose")
FN = "[\ufffd] "  # footnote line prefix as exported from Word

KINDS = ["sum", "subset", "share", "fraction", "difference", "points", "ratio", "repeat", "term"]
VERDICTS = ["consistent", "rounding", "inconsistent", "ambiguous"]


# ---------------------------------------------------------------- numbers
def dec(x):
    return x if isinstance(x, Decimal) else D(str(x))


def places_of(x):
    return max(0, -dec(x).as_tuple().exponent)


def qz(x, places):
    return dec(x).quantize(D(1).scaleb(-places), rounding=ROUND_HALF_UP)


def tz(x, places):
    return dec(x).quantize(D(1).scaleb(-places), rounding=ROUND_DOWN)


def unit(places):
    return D(1).scaleb(-places)


def fmt(x, places=None, lead=False, group=True):
    """vi-VN: dot thousands, comma decimals; lead=True writes counts under 10 as 05."""
    x = dec(x)
    if places is None:
        places = places_of(x)
    x = qz(x, places)
    neg = x < 0
    s = "%.*f" % (places, abs(x)) if places else "%d" % abs(x)
    ip, _, fp = s.partition(".")
    if group and len(ip) > 3:
        g = []
        while len(ip) > 3:
            g.insert(0, ip[-3:])
            ip = ip[:-3]
        g.insert(0, ip)
        ip = ".".join(g)
    if lead and places == 0 and len(ip) == 1:
        ip = "0" + ip
    out = ip + ("," + fp if fp else "")
    return ("-" if neg else "") + out


def ex(x, n=4):
    """exact value shown in notes (n decimals, half up)"""
    return fmt(qz(x, n), n)


# ---------------------------------------------------------------- drafts
class Draft:
    def __init__(self, name):
        self.name = name
        self.lines = []
        self.pend = []
        self.claims = []

    # -- paragraphs
    def p(self, text):
        assert "\n" not in text
        self.lines.append(text)
        n = len(self.lines)
        for c in self.pend:
            c["line"] = n
            self.claims.append(c)
        self.pend = []
        return n

    def fn(self, text):
        return self.p(FN + text)

    # -- generic claim
    def claim(self, anchor, kind, verdict, note, right=None):
        assert kind in KINDS and verdict in VERDICTS, (kind, verdict)
        if verdict in ("rounding", "inconsistent"):
            assert right is not None, anchor
        else:
            assert right is None, anchor
        c = OrderedDict(line=None, anchor=anchor, kind=kind, verdict=verdict)
        if right is not None:
            c["right"] = right
        c["note"] = note
        self.pend.append(c)

    # -- share: part / base x 100 at the stated precision
    def share(self, part, base, places=2, verdict="consistent", stated=None, anchor="chiếm {v}%",
              note="", sign="%", kind="share"):
        part, base = dec(part), dec(base)
        exact = part * 100 / base
        r = qz(exact, places)
        if verdict == "consistent":
            val = r if stated is None else dec(stated)
            assert qz(val, places) == r, (self.name, anchor, val, r)
        elif verdict == "rounding":
            val = tz(exact, places)
            assert val != r and r - val == unit(places), (self.name, anchor, exact)
        elif verdict == "inconsistent":
            val = dec(stated)
            assert abs(val - r) > unit(places), (self.name, anchor, val, r)
        else:
            val = dec(stated)
        v = fmt(val, places)
        base_note = "%s / %s = %s %% → %s%s" % (fmt(part), fmt(base), ex(exact), fmt(r, places), sign)
        if verdict == "rounding":
            base_note += "; written %s%s = truncation, one unit below the half-up value" % (v, sign)
        full = (base_note + ("; " + note if note else "")) if verdict != "ambiguous" else note
        right = fmt(r, places) + sign if verdict in ("rounding", "inconsistent") else None
        self.claim(anchor.format(v=v), kind, verdict, full, right)
        return v

    # -- ratio: current / base x 100 (index) or the relative change in %
    def ratio(self, cur, base, places=2, verdict="consistent", stated=None, anchor="{v}%",
              mode="index", note="", times=False, unit_word="lần"):
        cur, base = dec(cur), dec(base)
        if times:
            exact = cur / base
            what = "%s / %s = %s %s" % (fmt(cur), fmt(base), ex(exact), unit_word)
        elif mode == "index":
            exact = cur * 100 / base
            what = "%s / %s × 100 = %s %%" % (fmt(cur), fmt(base), ex(exact))
        else:  # change
            exact = abs(cur * 100 / base - 100)
            what = "%s / %s × 100 − 100 = %s %%" % (fmt(cur), fmt(base), ex(cur * 100 / base - 100))
        r = qz(exact, places)
        if verdict == "consistent":
            val = r
        elif verdict == "rounding":
            val = tz(exact, places)
            assert val != r and r - val == unit(places), (self.name, anchor, exact)
        elif verdict == "inconsistent":
            val = dec(stated)
            assert abs(val - r) > unit(places), (self.name, anchor, val, r)
        else:
            val = dec(stated)
        v = fmt(val, places)
        full = what + " → " + fmt(r, places) + ("; " + note if note else "")
        if verdict == "ambiguous":
            full = note
        right = None
        if verdict in ("rounding", "inconsistent"):
            right = fmt(r, places) + ("" if times else "%")
        self.claim(anchor.format(v=v), "ratio", verdict, full, right)
        return v

    # -- sum: total of a breakdown
    def sum(self, parts, verdict="consistent", stated=None, anchor="{v}", note="", places=None, lead=False):
        parts = [dec(x) for x in parts]
        total = sum(parts, D(0))
        if places is None:
            places = max(places_of(x) for x in parts)
        if verdict == "consistent":
            val = total
        elif verdict == "inconsistent":
            val = dec(stated)
            assert val != total
        else:
            val = dec(stated) if stated is not None else total
        v = fmt(val, places, lead=lead)
        what = fmt(parts[0], lead=lead)
        for x in parts[1:]:
            what += (" − " + fmt(-x, lead=lead)) if x < 0 else (" + " + fmt(x, lead=lead))
        what += " = " + fmt(total, places, lead=lead)
        full = what + ("; " + note if note else "")
        if verdict == "ambiguous":
            full = what + "; " + note
        right = fmt(total, places, lead=lead) if verdict == "inconsistent" else None
        self.claim(anchor.format(v=v), "sum", verdict, full, right)
        return v

    # -- difference: current - previous, word must agree with the sign
    def diff(self, cur, prev, verdict="consistent", word=None, stated=None, anchor="{w} {v}", note="",
             places=None, lead=False, up="tăng", down="giảm"):
        cur, prev = dec(cur), dec(prev)
        d = cur - prev
        if places is None:
            places = max(places_of(cur), places_of(prev))
        w_ok = up if d > 0 else down
        if verdict == "consistent":
            w, val = w_ok, abs(d)
        else:
            w = word if word is not None else w_ok
            val = dec(stated) if stated is not None else abs(d)
            if verdict == "inconsistent":
                assert (w, val) != (w_ok, abs(d))
        v = fmt(val, places, lead=lead)
        what = "%s − %s = %s" % (fmt(cur, places), fmt(prev, places), fmt(d, places))
        full = what + " → " + w_ok + " " + fmt(abs(d), places, lead=lead) + ("; " + note if note else "")
        if verdict == "ambiguous":
            full = note
        right = (w_ok + " " + fmt(abs(d), places, lead=lead)) if verdict == "inconsistent" else None
        self.claim(anchor.format(w=w, v=v), "difference", verdict, full, right)
        return w, v

    # -- points: change of a rate between periods
    def points(self, cur, prev, places=None, verdict="consistent", word=None, stated=None, anchor="{w} {v}%",
               note=""):
        cur, prev = dec(cur), dec(prev)
        if places is None:
            places = max(places_of(cur), places_of(prev))
        d = cur - prev
        w_ok = "tăng" if d > 0 else "giảm"
        rel = (cur * 100 / prev - 100)
        if verdict == "consistent":
            w, val = w_ok, abs(d)
        else:
            w = word if word is not None else w_ok
            val = dec(stated)
            if verdict == "inconsistent":
                assert (w, val) != (w_ok, abs(d)) and not (w == w_ok and qz(abs(rel), places) == val)
        v = fmt(val, places)
        what = "%s − %s = %s points → %s (relative reading %s %%)" % (fmt(cur), fmt(prev), fmt(d), fmt(d, places),
                                                                        ex(rel, 2))
        full = what + ("; " + note if note else "")
        if verdict == "ambiguous":
            full = note
        right = (w_ok + " " + fmt(abs(d), places) + "%") if verdict == "inconsistent" else None
        self.claim(anchor.format(w=w, v=v), "points", verdict, full, right)
        return w, v

    # -- fraction part/whole, the whole must be the stated total
    def frac(self, part, whole, true_whole, verdict="consistent", anchor="{v}", note="", lead=True):
        v = "%s/%s" % (fmt(part, lead=lead), fmt(whole, lead=lead))
        if verdict == "consistent":
            assert dec(whole) == dec(true_whole) and dec(part) <= dec(whole)
        if verdict == "inconsistent":
            assert dec(whole) != dec(true_whole)
        right = "%s/%s" % (fmt(part, lead=lead), fmt(true_whole, lead=lead)) if verdict == "inconsistent" else None
        self.claim(anchor.format(v=v), "fraction", verdict, note, right)
        return v

    def subset(self, part, parent, verdict="consistent", anchor="{v}", note="", lead=False):
        part, parent = dec(part), dec(parent)
        if verdict == "consistent":
            assert part <= parent
        v = fmt(part, lead=lead)
        full = "%s ≤ %s" % (fmt(part), fmt(parent)) + ("; " + note if note else "")
        self.claim(anchor.format(v=v), "subset", verdict, full if verdict != "ambiguous" else note,
                   None)
        return v

    def repeat(self, first, second, verdict="consistent", anchor="{v}", note="", right=None):
        first, second = dec(first), dec(second)
        v = fmt(second)
        if verdict == "consistent":
            assert first == second
        if verdict == "inconsistent":
            assert first != second
            right = right or fmt(first)
        self.claim(anchor.format(v=v), "repeat", verdict, note, right)
        return v

    def term(self, anchor, verdict="consistent", note="", right=None):
        self.claim(anchor, "term", verdict, note, right)

    # -- output
    def text(self):
        return "\n".join(self.lines) + "\n"

    def check(self):
        errs = []
        assert not self.pend, (self.name, self.pend)
        for c in self.claims:
            line = self.lines[c["line"] - 1]
            k = line.count(c["anchor"])
            if k != 1:
                errs.append("%s line %d: anchor %r occurs %d times" % (self.name, c["line"], c["anchor"], k))
        # footnotes last
        seen_fn = False
        for i, l in enumerate(self.lines):
            if l.startswith(FN):
                seen_fn = True
            elif seen_fn:
                errs.append("%s line %d: body line after footnotes" % (self.name, i + 1))
            if not l.strip():
                errs.append("%s line %d: empty line" % (self.name, i + 1))
        return errs


DRAFTS = []


def draft(fn):
    DRAFTS.append(fn)
    return fn


# ====================================================================== draft 1
@draft
def d1():
    d = Draft("d19-01-cong-ty-gach-ngoi-song-tra")
    p, fn = d.p, d.fn
    p("CÔNG TY CỔ PHẦN GẠCH NGÓI SÔNG TRÀ")
    p("Số: ......./BC-GNST")
    p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM - Độc lập - Tự do - Hạnh phúc")
    p("Quảng Ngãi, ngày ... tháng 01 năm 2025")
    p("BÁO CÁO Kết quả sản xuất, kinh doanh năm 2024 và kế hoạch năm 2025 (trình Đại hội đồng cổ đông thường niên năm 2025)")
    p("Căn cứ Nghị quyết số 02/NQ-ĐHĐCĐ ngày 26/4/2024 của Đại hội đồng cổ đông thường niên năm 2024 và Quyết định "
      "số 118/QĐ-HĐQT ngày 15/5/2024 của Hội đồng quản trị về giao chỉ tiêu kế hoạch năm 2024, Ban Tổng Giám đốc "
      "báo cáo kết quả thực hiện như sau:")
    p("I. ĐẶC ĐIỂM TÌNH HÌNH")
    vnn = d.share("18.77", "36.8", 2, anchor="chiếm {v}% vốn điều lệ")
    n4 = d.sum([3, 1], anchor="{v} đơn vị trực thuộc", lead=True,
               note="03 factories + 01 clay-mining unit")
    cs = d.sum([30, 26, 16], anchor="{v} triệu viên quy tiêu chuẩn (QTC)/năm",
               note="design capacity by factory (lần lượt)")
    p(f"Công ty có vốn điều lệ 36,8 tỷ đồng, trong đó phần vốn Nhà nước do UBND tỉnh đại diện chủ sở hữu "
      f"18,77 tỷ đồng, chiếm {vnn}% vốn điều lệ. Công ty có {n4} đơn vị trực thuộc gồm 03 nhà máy gạch tuynel "
      f"(Nghĩa Kỳ, Tịnh Ấn, Đức Phổ) và 01 xí nghiệp khai thác sét Nghĩa Lâm; tổng công suất thiết kế {cs} "
      f"triệu viên quy tiêu chuẩn (QTC)/năm, lần lượt 30, 26 và 16 triệu viên.")
    p("Năm 2024 thị trường vật liệu xây dựng tiếp tục trầm lắng; giá than cám 5 bình quân ở mức 4,1 triệu đồng/tấn; "
      "lộ trình giảm dần gạch đất sét nung theo Quyết định số 1266/QĐ-TTg ngày 18/8/2020 của Thủ tướng Chính phủ "
      "tiếp tục được siết chặt, nhiều công trình chuyển sang dùng gạch không nung.")
    p("II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2024")
    p("1. Sản xuất")
    sx = d.sum(["27.18", "22.46", "9.10"], anchor="đạt {v} triệu viên",
               note="output by factory (chia theo đơn vị)")
    r1 = d.ratio("58.74", "62", 2, anchor="bằng {v}% kế hoạch")
    r2 = d.ratio("58.74", "61.35", 2, anchor="bằng {v}% so với")
    d.term("so với năm 2023", note="2024 report; previous year is 2023 → right year named")
    w, dv = d.diff("58.74", "61.35", anchor="{w} {v} triệu viên")
    cap = d.ratio("58.74", "72", 2, anchor="{v}% công suất thiết kế")
    p(f"Sản lượng gạch xây QTC sản xuất cả năm đạt {sx} triệu viên, bằng {r1}% kế hoạch (62 triệu viên) và "
      f"bằng {r2}% so với năm 2023 (61,35 triệu viên), {w} {dv} triệu viên; huy động {cap}% công suất thiết kế. "
      f"Chia theo đơn vị: Nhà máy Nghĩa Kỳ 27,18 triệu viên; Nhà máy Tịnh Ấn 22,46 triệu viên; Nhà máy Đức Phổ "
      f"9,10 triệu viên.")
    w1, v1 = d.diff("3.42", "4.06", verdict="inconsistent", word="tăng", anchor="{w} {v} triệu viên",
                    note="written 'tăng' but 2024 (3,42) is below the previous year (4,06): subtracted the wrong way")
    w2, v2 = d.points("91.6", "89.8", anchor="{w} {v}% so với năm trước")
    w3, v3 = d.points("4.7", "5.2", verdict="inconsistent", word="giảm", stated="0.9", anchor="{w} {v}% (năm trước",
                      note="one-digit slip; neither points (0,5) nor relative (9,62 %) gives 0,9")
    p(f"Ngói lợp 22 viên/m² do Nhà máy Đức Phổ sản xuất đạt 3,42 triệu viên, {w1} {v1} triệu viên so với năm trước "
      f"(4,06 triệu viên). Tỷ lệ sản phẩm đạt loại A1 bình quân toàn Công ty 91,6%, {w2} {v2}% so với năm trước "
      f"(89,8%); tỷ lệ hao hụt, phế phẩm 4,7%, {w3} {v3}% (năm trước 5,2%).")
    r3 = d.ratio("74600", "80000", 2, anchor="đạt {v}% công suất cấp phép")
    r4 = d.ratio(6842000, 58740, 1, anchor="{v} kg than/1.000 viên", times=True, unit_word="kg/1.000 viên",
                 note="6.842 t = 6.842.000 kg over 58,74 million = 58.740 thousand bricks")
    p(f"Xí nghiệp khai thác sét Nghĩa Lâm khai thác 74.600 m³ sét nguyên khai, đạt {r3}% công suất cấp phép "
      f"(80.000 m³/năm theo Giấy phép số 27/GP-UBND ngày 09/3/2019); trữ lượng còn lại đến ngày 31/12/2024 khoảng "
      f"1.126.400 m³. Than cám tiêu thụ cả năm 6.842 tấn, định mức bình quân {r4} kg than/1.000 viên QTC.")
    p("2. Tiêu thụ sản phẩm")
    tt = d.sum(["28.47", "21.30", "6.19"], anchor="tiêu thụ {v} triệu viên",
               note="sales by channel: agents + public works + walk-in")
    s1 = d.share("55.96", "58.74", 2, anchor="bằng {v}% sản lượng sản xuất")
    w4, v4 = d.diff("9.84", "7.06", anchor="{w} {v} triệu viên so với đầu năm")
    s2 = d.share("21.30", "55.96", 2, anchor="({v}%)")
    s3 = d.share("28.47", "55.96", 1, anchor="chiếm {v}% sản lượng tiêu thụ")
    p(f"Cả năm tiêu thụ {tt} triệu viên QTC, bằng {s1}% sản lượng sản xuất; tồn kho thành phẩm đến 31/12/2024 là "
      f"9,84 triệu viên, {w4} {v4} triệu viên so với đầu năm (7,06 triệu viên). Theo kênh: bán qua 46 đại lý cấp 1 "
      f"là 28,47 triệu viên, chiếm {s3}% sản lượng tiêu thụ; cấp cho các công trình đầu tư công 21,30 triệu viên "
      f"({s2}%); bán lẻ tại nhà máy 6,19 triệu viên.")
    p("3. Kết quả kinh doanh")
    dt = d.sum(["71.42", "19.86", "7.37"], anchor="đạt {v} tỷ đồng", note="revenue by product")
    r5 = d.ratio("98.65", "105", 2, anchor="{v}% kế hoạch")
    w5, v5 = d.diff("98.65", "102.37", anchor="{w} {v} tỷ đồng")
    d.term("so với năm 2022", verdict="inconsistent", right="so với năm 2023",
           note="102,37 tỷ đồng is the 2023 revenue (footnote); a 2024 report compares with 2023, not 2022")
    s4 = d.share("71.42", "98.65", 2, verdict="rounding", anchor="gạch xây 71,42 tỷ đồng (chiếm {v}%)")
    s5 = d.share("19.86", "98.65", 2, anchor="({v}%)")
    s6 = d.share("7.37", "98.65", 2, anchor="{v}%);")
    s7 = d.share("41.2", "71.42", 1, verdict="ambiguous", stated="57.7", anchor="chiếm {v}%.",
                 note="base not stated: 41,2 / 71,42 (brick revenue) = 57,69 % → 57,7 but agents also sell tiles, "
                      "so the base may be total revenue 98,65 (41,76 %)")
    p(f"Tổng doanh thu năm 2024 đạt {dt} tỷ đồng, bằng {r5}% kế hoạch Đại hội đồng cổ đông giao (105 tỷ đồng), "
      f"{w5} {v5} tỷ đồng so với năm 2022 (102,37 tỷ đồng). Cơ cấu: gạch xây 71,42 tỷ đồng (chiếm {s4}%), ngói lợp "
      f"19,86 tỷ đồng ({s5}%), vận chuyển và dịch vụ khác 7,37 tỷ đồng ({s6}%); riêng doanh thu qua hệ thống đại "
      f"lý 41,2 tỷ đồng, chiếm {s7}%.")
    cp = d.sum(["31.26", "24.85", "27.40", "6.93", "4.09"], verdict="inconsistent", stated="87.60",
               anchor="{v} tỷ đồng, gồm",
               note="the 6,93 depreciation item was left out (87,60 = total without it); "
                    "98,65 revenue − 94,53 cost = 4,12 pre-tax profit confirms 94,53")
    p(f"Tổng chi phí sản xuất kinh doanh {cp} tỷ đồng, gồm: nguyên vật liệu (sét, cát, phụ gia) 31,26 tỷ đồng; "
      f"than cám 24,85 tỷ đồng; tiền lương và các khoản theo lương 27,40 tỷ đồng; khấu hao tài sản cố định 6,93 tỷ "
      f"đồng; chi phí tài chính và chi phí khác 4,09 tỷ đồng.")
    r6 = d.ratio("4.12", "6.0", 2, anchor="bằng {v}% kế hoạch (6,0")
    r7 = d.ratio("4.12", "5.36", 2, anchor="bằng {v}% năm trước")
    w6, v6 = d.diff("4.12", "5.36", anchor="{w} {v} tỷ đồng)")
    s8 = d.share("4.12", "98.65", 2, verdict="rounding", anchor="trên doanh thu {v}%")
    s9 = d.share("4.12", "36.8", 1, anchor="trên vốn điều lệ {v}%")
    s10 = d.share("2.21", "36.8", 0, anchor="{v}% vốn điều lệ",
                  note="dividend amount 2,21 tỷ against charter capital 36,8 tỷ")
    p(f"Lợi nhuận trước thuế 4,12 tỷ đồng, bằng {r6}% kế hoạch (6,0 tỷ đồng) và bằng {r7}% năm trước ({w6} {v6} "
      f"tỷ đồng); lợi nhuận sau thuế 3,30 tỷ đồng. Tỷ suất lợi nhuận trước thuế trên doanh thu {s8}%, trên vốn điều "
      f"lệ {s9}%. Dự kiến chia cổ tức bằng tiền {s10}% vốn điều lệ, tương đương 2,21 tỷ đồng.")
    ns = d.sum(["3.94", "1.27", "1.58", "0.82", "0.25"], anchor="{v} tỷ đồng (thuế")
    r8 = d.ratio("7.86", "7.38", 1, mode="change", anchor="tăng {v}% so với")
    r9 = d.ratio("7.86", "7.5", 2, anchor="bằng {v}% kế hoạch năm")
    s11 = d.share("2.35", "14.62", 1, anchor="chiếm {v}%;")
    s12 = d.share("1.18", "98.65", 1, verdict="ambiguous", stated="1.2", anchor="chiếm {v}%.",
                  note="base not stated: 1,18 / 98,65 revenue = 1,20 % fits, but the sentence is about receivables "
                       "(1,18 / 14,62 = 8,07 %)")
    p(f"Nộp ngân sách nhà nước {ns} tỷ đồng (thuế GTGT 3,94; thuế tài nguyên và phí bảo vệ môi trường 1,27; "
      f"tiền thuê đất 1,58; thuế TNDN 0,82; các khoản khác 0,25 tỷ đồng), tăng {r8}% so với cùng kỳ (7,38 tỷ đồng), "
      f"bằng {r9}% kế hoạch năm. Công nợ phải thu khách hàng đến 31/12/2024 là 14,62 tỷ đồng, trong đó nợ quá hạn "
      f"trên 06 tháng 2,35 tỷ đồng, chiếm {s11}%; nợ khó đòi đã trích lập dự phòng 1,18 tỷ đồng, chiếm {s12}%.")
    p("4. Lao động, tiền lương")
    ld = d.sum([52, 71, 363], anchor="là {v} người")
    w7, v7 = d.diff(486, 512, anchor="{w} {v} người")
    nu = d.subset(138, 486, anchor="Lao động nữ {v} người", note="women among all staff")
    s13 = d.share(138, 486, 2, verdict="rounding", anchor="chiếm {v}%;")
    s14 = d.share(363, 486, 2, anchor="trực tiếp chiếm {v}%")
    s15 = d.share(52, 486, 2, verdict="inconsistent", stated=D(52 * 100) / D(363), anchor="quản lý chiếm {v}%",
                  note="14,33 % = 52 / 363, share computed on the production workers instead of all 486 staff")
    p(f"Đến ngày 31/12/2024 tổng số lao động là {ld} người (năm trước 512 người), {w7} {v7} người; chia ra: quản "
      f"lý 52 người, gián tiếp phục vụ 71 người, trực tiếp sản xuất 363 người. Lao động nữ {nu} người, chiếm "
      f"{s13}%; lao động trực tiếp chiếm {s14}%, lao động quản lý chiếm {s15}%.")
    r10 = d.ratio("8.45", "8.10", 2, mode="change", anchor="tăng {v}% so với năm trước")
    hl = d.sum([318, 67, 41], verdict="ambiguous", stated=412, anchor="cho {v} người lao động",
               note="total is in persons, parts in lượt (attendances); one worker may attend several courses, so "
                    "426 lượt over 412 people cannot be judged")
    p(f"Thu nhập bình quân 8,45 triệu đồng/người/tháng, tăng {r10}% so với năm trước (8,10 triệu đồng). Công ty tổ "
      f"chức huấn luyện cho {hl} người lao động, trong đó an toàn, vệ sinh lao động 318 lượt, nâng bậc thợ 67 lượt, "
      f"vận hành lò nung và thiết bị áp lực 41 lượt; xảy ra 02 vụ tai nạn lao động nhẹ, không có vụ nghiêm trọng.")
    p("5. Đầu tư, môi trường")
    r11 = d.ratio("9.36", "12.5", 2, anchor="đạt {v}%;")
    f1 = d.frac(3, 6, 5, verdict="inconsistent", anchor="hoàn thành {v} hạng mục",
                note="the 2024 plan has 05 items (same sentence; 03 done + 02 carried over = 05)")
    f2 = d.frac(12, 12, 12, anchor="{v} mẫu khí thải",
                note="04 rounds × 03 factories = 12 samples")
    p(f"Kế hoạch đầu tư năm 2024 gồm 05 hạng mục, tổng mức 12,5 tỷ đồng; giá trị giải ngân 9,36 tỷ đồng, đạt {r11}%; "
      f"đã hoàn thành {f1} hạng mục (cải tạo lò sấy Nhà máy Tịnh Ấn; hệ thống xử lý khí thải lò nung số 2; nhà "
      f"kho thành phẩm...), 02 hạng mục chuyển tiếp sang năm 2025. Quan trắc môi trường định kỳ 04 đợt tại 03 nhà "
      f"máy, {f2} mẫu khí thải đạt QCVN 19:2009/BTNMT.")
    s16 = d.share("0.66", "3.30", 0, anchor="bằng {v}% lợi nhuận sau thuế")
    p(f"Công tác xã hội: trích quỹ khen thưởng, phúc lợi 0,66 tỷ đồng, bằng {s16}% lợi nhuận sau thuế; ủng hộ Quỹ "
      f"Vì người nghèo tỉnh và đồng bào bị ảnh hưởng bão số 3 (Yagi) 45 triệu đồng; tặng 120 suất quà Tết cho công "
      f"nhân có hoàn cảnh khó khăn, mỗi suất 500.000 đồng; duy trì bữa ăn giữa ca 30.000 đồng/suất.")
    p("III. ĐÁNH GIÁ CHUNG")
    f3 = d.frac(2, 5, 5, anchor="{v} chỉ tiêu chủ yếu",
                note="5 main targets listed; only state budget (104,80 % of plan) and income (8,45 ≥ plan 8,3) met: "
                     "output 94,74 %, revenue 93,95 %, profit 68,67 %")
    rp1 = d.repeat("58.74", "58.47", verdict="inconsistent", anchor="gạch xây đạt {v} triệu viên",
                   note="summary repeats 2024 brick output as 58,47; section II (and the factory breakdown) gives 58,74 "
                        "— adjacent digits transposed")
    rp2 = d.repeat("98.65", "98.65", anchor="doanh thu {v} tỷ đồng", note="same as section II.3")
    rr = d.ratio("98.65", "105", 1, verdict="ambiguous", stated="98.6", anchor="đạt {v}% kế hoạch điều chỉnh",
                 note="the adjusted plan is never stated (original plan 105 gives 93,95 %); cannot be checked")
    rp3 = d.repeat("9.84", "11.2", verdict="ambiguous", anchor="tồn kho đến nay khoảng {v} triệu viên",
                   note="9,84 is the stock at 31/12/2024; 'đến nay' in a January 2025 report may be a later date")
    p(f"Năm 2024 Công ty hoàn thành {f3} chỉ tiêu chủ yếu (sản lượng, doanh thu, lợi nhuận, nộp ngân sách, thu nhập "
      f"bình quân), cụ thể là nộp ngân sách và thu nhập người lao động (kế hoạch 8,3 triệu đồng). Sản lượng gạch xây đạt {rp1} triệu viên, doanh thu {rp2} tỷ đồng, đạt {rr}% kế hoạch điều "
      f"chỉnh (Nghị quyết số 05/NQ-HĐQT ngày 14/10/2024); tồn kho đến nay khoảng {rp3} triệu viên, áp lực vốn lưu động lớn.")
    p("IV. KẾ HOẠCH NĂM 2025")
    r12 = d.ratio("60", "58.74", 1, mode="change", anchor="tăng {v}% so với thực hiện")
    r13 = d.ratio("104", "98.65", 2, mode="change", anchor="tăng {v}%;")
    r14 = d.ratio("5.2", "4.12", 2, times=True, anchor="gấp {v} lần")
    dt2 = d.sum(["3.14", "11.06"], anchor="{v} tỷ đồng, trong đó", places=1)
    d.term("so với thực hiện năm 2024", note="2025 plan compared with 2024 actual: right year")
    w8, v8 = d.diff("12.5", "9.36", anchor="chuyển tiếp {v} tỷ đồng", up="còn lại", down="còn lại",
                    note="carried-over capital = 2024 investment plan 12,5 − disbursed 9,36")
    p(f"Các chỉ tiêu chủ yếu: sản lượng sản xuất 60 triệu viên QTC, tăng {r12}% so với thực hiện năm 2024; doanh thu "
      f"104 tỷ đồng, tăng {r13}%; lợi nhuận trước thuế 5,2 tỷ đồng, gấp {r14} lần năm 2024; thu nhập bình quân 8,8 "
      f"triệu đồng/người/tháng. Vốn đầu tư {dt2} tỷ đồng, trong đó vốn chuyển tiếp {v8} tỷ đồng (02 hạng mục), đầu "
      f"tư mới 11,06 tỷ đồng.")
    p("Giải pháp: tiếp tục lộ trình chuyển đổi ...% công suất sang gạch không nung trước năm 20...; rà soát, thanh lý "
      "tài sản không cần dùng tại Nhà máy Đức Phổ; thu hồi công nợ quá hạn, phấn đấu giảm tối thiểu 30% so với "
      "cuối năm 2024.")
    p("V. KIẾN NGHỊ: Đề nghị UBND tỉnh xem xét gia hạn Giấy phép số 27/GP-UBND thêm 05 năm theo Điều 59 Luật Khoáng "
      "sản; sớm phê duyệt phương án sắp xếp lại nhà, đất của Công ty.")
    p("Nơi nhận: - HĐQT, BKS; - Cổ đông (website); - Lưu: VT, TCKT. TỔNG GIÁM ĐỐC")
    rp4 = d.repeat("102.37", "102.37", anchor="doanh thu {v} tỷ đồng",
                   note="the previous-period revenue in the body (102,37) is the 2023 figure")
    rp5 = d.repeat("61.35", "61.35", anchor="sản lượng {v} triệu viên", note="same as section II.1 (năm 2023)")
    rp6 = d.repeat("7.38", "7.38", anchor="nộp ngân sách {v} tỷ đồng", note="same as 'cùng kỳ (7,38 tỷ đồng)' in II.3")
    fn(f"Số liệu năm 2023: sản lượng {rp5} triệu viên QTC; doanh thu {rp4} tỷ đồng; lợi nhuận trước thuế 5,36 tỷ "
       f"đồng; nộp ngân sách {rp6} tỷ đồng (theo Báo cáo tài chính đã kiểm toán số 35/2024/BCKT ngày 20/3/2024).")
    w9, v9 = d.diff(1270, 1330, anchor="{w} {v} đồng/viên")
    fn(f"Giá bán bình quân gạch 2 lỗ tại nhà máy 1.270 đồng/viên (chưa VAT), {w9} {v9} đồng/viên so với năm trước "
       f"(1.330 đồng/viên).")
    return d



# ====================================================================== draft 2
@draft
def d2():
    d = Draft("d19-02-cong-ty-luong-thuc-tay-song-hau")
    p, fn = d.p, d.fn
    p("CÔNG TY TNHH MỘT THÀNH VIÊN LƯƠNG THỰC TÂY SÔNG HẬU")
    p("Số: 127/BC-LTTSH")
    p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    p("Sóc Trăng, ngày 08 tháng 7 năm 2025")
    p("BÁO CÁO Sơ kết sản xuất, kinh doanh 6 tháng đầu năm 2025 và nhiệm vụ trọng tâm 6 tháng cuối năm 2025")
    p("Thực hiện Kế hoạch số 14/KH-LTTSH ngày 10/01/2025 về sản xuất, kinh doanh năm 2025 và Công văn số 2318/UBND-KT "
      "ngày 24/6/2025 của UBND tỉnh về việc báo cáo tình hình sản xuất, kinh doanh 6 tháng đầu năm 2025 của các doanh "
      "nghiệp do Nhà nước nắm giữ 100% vốn điều lệ, Công ty báo cáo như sau (số liệu ước đến ngày 30/6/2025):")
    p("A. ĐẶC ĐIỂM, TÌNH HÌNH")
    dv = d.sum([5, 2], anchor="có {v} (bảy) đơn vị trực thuộc", lead=True, note="05 processing plants + 02 branches")
    k14 = d.subset(14, 23, anchor="{v} kho đạt chuẩn", note="long-term-storage warehouses among the 23")
    s1 = d.share(52000, 86500, 2, anchor="bằng {v}% tổng sức chứa")
    s2 = d.share(173, 412, 2, anchor="nữ 173 người ({v}%)")
    p(f"Công ty có {dv} (bảy) đơn vị trực thuộc, gồm 05 xí nghiệp chế biến lương thực (Mỹ Xuyên, Thạnh Trị, Ngã Năm, "
      f"Kế Sách, Long Phú) và 02 chi nhánh kinh doanh (TP. Hồ Chí Minh, Cần Thơ); hệ thống 23 kho với tổng sức chứa "
      f"86.500 tấn, trong đó {k14} kho đạt chuẩn bảo quản dài hạn, sức chứa 52.000 tấn, bằng {s1}% tổng sức chứa. "
      f"Lao động có đến 30/6/2025 là 412 người, nữ 173 người ({s2}%), chưa kể lao động thời vụ bốc xếp.")
    cs = d.sum([320, 300, 280, 220, 160], anchor="{v} tấn lúa/ngày", note="milling capacity by plant")
    ld = d.sum([38, 64, 310], anchor="412 người gồm", note="staff by function", stated=412)
    s10 = d.share(96, 412, 2, anchor="đại học trở lên 96 người, chiếm {v}%")
    p(f"Tổng công suất xay xát, lau bóng của 05 xí nghiệp {cs} tấn lúa/ngày (Mỹ Xuyên 320, Thạnh Trị 300, Ngã Năm "
      f"280, Kế Sách 220, Long Phú 160). Cơ cấu 412 người gồm quản lý 38, chuyên môn nghiệp vụ 64, công nhân trực "
      f"tiếp 310; trình độ đại học trở lên 96 người, chiếm {s10}%.")
    p("Sáu tháng đầu năm, giá lúa gạo trong nước và xuất khẩu giảm sâu: giá lúa tươi IR 50404 tại ruộng bình quân chỉ "
      "5.900 - 6.200 đồng/kg, thấp hơn cùng kỳ khoảng 1.500 đồng/kg, nhiều hộ dân treo lúa chờ giá, ảnh hưởng đến "
      "tiến độ thực hiện hợp đồng bao tiêu; Philippines siết chặt kiểm soát nhập khẩu gạo "
      "(dự kiến kéo dài ... tháng); mưa trái mùa cuối vụ Đông Xuân ảnh hưởng chất lượng lúa thu hoạch.")
    p("B. KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2025")
    p("1. Thu mua, chế biến")
    tm = d.sum([41850, 26570], anchor="quy gạo {v} tấn", note="fresh paddy (rice equivalent) + raw rice")
    r1 = d.ratio(68420, 120000, 2, anchor="đạt {v}% kế hoạch năm")
    r2 = d.ratio(68420, 63260, 2, mode="change", anchor="tăng {v}% so với cùng kỳ")
    tm2 = d.sum([17320, 15460, 14180, 11930, 9530], anchor="(cộng {v} tấn)",
                note="purchases by plant, lần lượt")
    p(f"- Thu mua lúa, gạo quy gạo {tm} tấn, đạt {r1}% kế hoạch năm (120.000 tấn), tăng {r2}% so với cùng kỳ "
      f"(63.260 tấn); chia ra lúa tươi quy gạo 41.850 tấn, gạo nguyên liệu 26.570 tấn. Các xí nghiệp Mỹ Xuyên, Thạnh "
      f"Trị, Ngã Năm, Kế Sách, Long Phú thu mua lần lượt 17.320 tấn, 15.460 tấn, 14.180 tấn, 11.930 tấn và "
      f"9.530 tấn (cộng {tm2} tấn).")
    w1, v1 = d.diff(3460, 2940, anchor="{w} {v} ha so với vụ")
    d.term("vụ Đông Xuân 2022 - 2023", verdict="inconsistent", right="vụ Đông Xuân 2023 - 2024",
           note="the sentence is about vụ Đông Xuân 2024 - 2025; the previous season is 2023 - 2024")
    f1 = d.frac(9, 13, 12, verdict="inconsistent", anchor="{v} hợp tác xã",
                note="the company signed with 12 cooperatives (same paragraph), not 13")
    s3 = d.share(24630, 41850, 1, verdict="ambiguous", stated="58.9", anchor="chiếm {v}% lượng lúa",
                 note="24.630 is tonnes of paddy, 41.850 is paddy converted to rice: 24.630 / 41.850 = 58,85 % → 58,9 "
                      "but units differ; the paddy-tonnage base is not given")
    p(f"- Liên kết vùng nguyên liệu vụ Đông Xuân 2024 - 2025: ký hợp đồng bao tiêu với 12 hợp tác xã, diện tích 3.460 "
      f"ha, {w1} {v1} ha so với vụ Đông Xuân 2022 - 2023 (2.940 ha); {f1} hợp tác xã thực hiện đúng hợp đồng; "
      f"sản lượng thu mua qua liên kết 24.630 tấn lúa tươi, chiếm {s3}% lượng lúa thu mua.")
    s4 = d.share(27940, 61280, 2, anchor="chiếm {v}%;")
    s5 = d.share(9870, 61280, 1, verdict="ambiguous", stated="16.1", anchor="tương đương {v}%",
                 note="base not stated: 9.870 / 61.280 finished rice = 16,11 %, but by-product rates are usually of "
                      "paddy milled, which is not given")
    p(f"- Gạo thành phẩm chế biến 61.280 tấn, trong đó gạo thơm, gạo đặc sản (ST24, ST25, OM 5451...) 27.940 tấn, "
      f"chiếm {s4}%; phụ phẩm tấm, cám 9.870 tấn, tương đương {s5}%; tỷ lệ thu hồi gạo nguyên bình quân 52,6%.")
    p("2. Tiêu thụ")
    tt = d.sum([41350, 19870], anchor="tiêu thụ {v} tấn gạo")
    s6 = d.share(19870, 61220, 2, verdict="rounding", anchor="nội tiêu 19.870 tấn (chiếm {v}%)")
    r3 = d.ratio(41350, 36790, 1, mode="change", verdict="inconsistent", stated="112.4",
                 anchor="tăng {v}% về lượng",
                 note="112,4 is the index (current / same period × 100); the increase is 12,4 %")
    r4 = d.ratio(24860000, 41350, 0, times=True, anchor="{v} USD/tấn (FOB)", unit_word="USD/tấn")
    p(f"- Tổng lượng tiêu thụ {tt} tấn gạo, gồm xuất khẩu 41.350 tấn và nội tiêu 19.870 tấn (chiếm {s6}%). Xuất "
      f"khẩu tăng {r3}% về lượng so với cùng kỳ (36.790 tấn); kim ngạch 24,86 triệu USD, giá bình quân {r4} USD/tấn "
      f"(FOB).")
    xk = d.sum([18240, 9560, 6130, 4870, 2550], anchor="({v} tấn)", note="export markets")
    m1 = d.share(18240, 41350, 2, anchor="Philippines 18.240 tấn, {v}%")
    m2 = d.share(9560, 41350, 2, anchor="Indonesia 9.560 tấn, {v}%")
    m3 = d.share(6130, 41350, 2, anchor="Malaysia 6.130 tấn, {v}%")
    m4 = d.share(4870, 41350, 2, verdict="rounding", anchor="4.870 tấn, {v}%")
    m5 = d.share(2550, 41350, 2, verdict="rounding", anchor="2.550 tấn, {v}%")
    p(f"+ Theo thị trường ({xk} tấn): Philippines 18.240 tấn, {m1}%; Indonesia 9.560 tấn, {m2}%; Malaysia 6.130 tấn, "
      f"{m3}%; châu Phi (Ghana, Bờ Biển Ngà) 4.870 tấn, {m4}%; các thị trường khác 2.550 tấn, {m5}%.")
    s7 = d.share(19320, 41350, 2, verdict="inconsistent", stated=qz(D(19320) * 100 / D(61220), 2),
                 anchor="chiếm {v}% lượng xuất khẩu",
                 note="31,56 % = 19.320 / 61.220 (all sales), wrong base; the sentence says share of exports")
    amb = d.sum([19320, 8750, 15460], verdict="ambiguous", stated=41350, anchor="cơ cấu {v} tấn gạo xuất khẩu",
                note="ST24/ST25 'đặc sản' rice is also fragrant rice and may be counted inside 'gạo thơm' "
                     "(19.320 + 15.460 = 34.780 ≤ 41.350); cannot tell whether the parts overlap")
    w2, v2 = d.diff(601, 683, anchor="{w} {v} USD/tấn")
    r5 = d.ratio(25120000, 36790, 0, times=True, anchor="({v} USD/tấn)", unit_word="USD/tấn",
                 note="same-period export price = 25,12 million USD / 36.790 t")
    w3, v3 = d.diff("24.86", "25.12", anchor="kim ngạch {w} {v} triệu USD")
    p(f"+ Theo chủng loại, cơ cấu {amb} tấn gạo xuất khẩu: gạo thơm 19.320 tấn, chiếm {s7}% lượng xuất khẩu; gạo "
      f"đặc sản ST24, ST25 là 8.750 tấn; gạo trắng 5% tấm 15.460 tấn. Giá xuất khẩu bình quân {w2} {v2} USD/tấn so "
      f"với cùng kỳ ({r5} USD/tấn) nên kim ngạch {w3} {v3} triệu USD (cùng kỳ 25,12 triệu USD).")
    nt = d.sum([11260, 7370, 1240], anchor="Nội tiêu {v} tấn", note="domestic sales by channel")
    r11 = d.ratio(19870, 23570, 2, anchor="bằng {v}% cùng kỳ")
    d.term("cùng kỳ năm 2024", note="first half 2025 compared with first half 2024")
    p(f"- Nội tiêu {nt} tấn, bằng {r11}% cùng kỳ năm 2024 (23.570 tấn), gồm: cung ứng cho doanh nghiệp chế biến, bếp "
      f"ăn tập thể 11.260 tấn; hệ thống siêu thị, đại lý 7.370 tấn; bán bình ổn thị trường theo Quyết định số "
      f"412/QĐ-UBND ngày 21/02/2025 là 1.240 tấn tại 36 điểm bán, giá thấp hơn thị trường 8 - 10%.")
    f3 = d.frac(186, 186, 186, anchor="{v} lô đạt", lead=False, note="186 export lots tested, all passed")
    p(f"- Kiểm nghiệm chất lượng 186 lô hàng xuất khẩu, {f3} lô đạt chỉ tiêu hợp đồng; 02 lô bị khách hàng phản ánh "
      f"về độ ẩm, đã thương lượng giảm giá 1,5 USD/tấn.")
    f2 = d.frac(4620, 5000, 5000, anchor="nhập {v} tấn", lead=False,
                note="contract for 5.000 t of national-reserve rice")
    s8 = d.share(4620, 5000, 2, anchor="đạt {v}%")
    w4, v4 = d.diff(5000, 4620, anchor="còn lại {v} tấn", up="còn lại", down="còn lại")
    p(f"3. Nhập kho dự trữ quốc gia: thực hiện Hợp đồng số 09/HĐ-DTQG ngày 18/3/2025, đến ngày 30/6/2025 đã nhập "
      f"{f2} tấn gạo, đạt {s8}%, {w4} {v4} tấn hoàn thành trước 31/7/2025.")
    p("4. Tài chính")
    r6 = d.ratio("1186.42", 2250, 2, anchor="bằng {v}% kế hoạch năm")
    w5, v5 = d.diff("1186.42", "1034.75", anchor="{w} {v} tỷ đồng so với")
    d.term("so với 6 tháng đầu năm 2024", note="first half 2025 vs first half 2024: right period")
    r7 = d.ratio("1186.42", "1034.75", 2, mode="change", anchor="tương ứng tăng {v}%")
    r8 = d.ratio(602160000000, 24860000, 0, times=True, anchor="{v} đồng/USD", unit_word="đồng/USD",
                 note="602,16 tỷ đồng / 24,86 triệu USD")
    p(f"Doanh thu 1.186,42 tỷ đồng, bằng {r6}% kế hoạch năm (2.250 tỷ đồng), {w5} {v5} tỷ đồng so với 6 tháng đầu "
      f"năm 2024 (1.034,75 tỷ đồng), tương ứng tăng {r7}%; trong đó doanh thu xuất khẩu 602,16 tỷ đồng, tỷ giá quy "
      f"đổi bình quân 24.222 đồng/USD.")
    r9 = d.ratio("18.64", 40, 1, anchor="bằng {v}% kế hoạch")
    ns = d.sum(["6.84", "3.73", "2.95", "0.91", "0.48"], verdict="inconsistent", stated="11.96",
               anchor="{v} tỷ đồng, gồm",
               note="land rent 2,95 was left out of the total (11,96 = sum without it)")
    p(f"Lợi nhuận trước thuế 18,64 tỷ đồng, bằng {r9}% kế hoạch (40 tỷ đồng). Nộp ngân sách {ns} tỷ đồng, gồm: thuế "
      f"GTGT 6,84 tỷ đồng; thuế TNDN tạm nộp 3,73 tỷ đồng; tiền thuê đất 2,95 tỷ đồng; thuế TNCN 0,91 tỷ đồng; phí, "
      f"lệ phí và các khoản khác 0,48 tỷ đồng.")
    r12 = d.ratio("18.64", "15.70", 1, anchor="bằng {v}% cùng kỳ (15,70")
    s11 = d.share("18.64", "612.5", 2, anchor="vốn chủ sở hữu {v}%")
    r13 = d.ratio("21.75", "38.6", 2, anchor="({v}%)")
    p(f"Lợi nhuận trước thuế bằng {r12}% cùng kỳ (15,70 tỷ đồng); vốn chủ sở hữu đến 30/6/2025 là 612,5 tỷ đồng, tỷ "
      f"suất lợi nhuận trước thuế trên vốn chủ sở hữu {s11}%. Dự án nâng cấp dây chuyền sấy lúa Xí nghiệp Ngã Năm "
      f"(tổng mức đầu tư 38,6 tỷ đồng) lũy kế giải ngân đến 30/6/2025 là 21,75 tỷ đồng ({r13}%).")
    w6, v6 = d.diff("486.3", "579.0", verdict="inconsistent", word="tăng", anchor="{w} {v} tỷ đồng so với đầu năm",
                    note="written 'tăng' but 486,3 is below the opening 579,0: the difference was taken the wrong way")
    w7, v7 = d.diff("9.2", "8.6", anchor="{w} {v} triệu đồng")
    p(f"Dư nợ vay ngắn hạn ngân hàng đến 30/6/2025 là 486,3 tỷ đồng, {w6} {v6} tỷ đồng so với đầu năm (579,0 tỷ "
      f"đồng); chi phí lãi vay 14,82 tỷ đồng. Thu nhập bình quân 9,2 triệu đồng/người/tháng, {w7} {v7} triệu đồng "
      f"so với cùng kỳ.")
    tk = d.sum([22760, 9410], anchor="tổng cộng {v} tấn")
    s9 = d.share(32170, 86500, 2, anchor="sử dụng {v}% sức chứa")
    p(f"5. Tồn kho đến ngày 30/6/2025: gạo các loại 22.760 tấn, thóc 9.410 tấn, tổng cộng {tk} tấn, sử dụng {s9}% "
      f"sức chứa kho.")
    p("C. ĐÁNH GIÁ CHUNG")
    rp1 = d.repeat("24.86", "24.68", verdict="inconsistent", anchor="kim ngạch xuất khẩu {v} triệu USD",
                   note="section B.2 gives 24,86 million USD (and 601 USD/t × 41.350 t supports it): digits transposed")
    rp2 = d.repeat(68420, 72900, verdict="ambiguous", anchor="lũy kế thu mua đến nay {v} tấn",
                   note="68.420 t is the 6-month figure; 'đến nay' in a report of 08/7/2025 may include early July")
    r10 = d.ratio(601, 683, 1, mode="change", verdict="ambiguous", stated="14.5", anchor="giảm {v}%",
                  note="comparison period not stated: against the same period (683 USD/t) the fall is 12,0 %; against "
                       "the start of the year (price not given) it cannot be checked")
    rp3 = d.repeat("18.64", "18.64", anchor="lợi nhuận {v} tỷ đồng", note="same as B.4")
    rp4 = d.repeat(41350, 41350, anchor="xuất khẩu {v} tấn", note="same as B.2")
    p(f"Sáu tháng đầu năm, Công ty thu mua đạt tiến độ, xuất khẩu {rp4} tấn, kim ngạch xuất khẩu {rp1} triệu USD, lợi nhuận {rp3} tỷ đồng; "
      f"lũy kế thu mua đến nay {rp2} tấn. Tuy nhiên giá gạo xuất khẩu giảm {r10}%, thị trường phụ thuộc lớn vào "
      f"Philippines; công tác thu hồi công nợ nội tiêu còn chậm.")
    p("D. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025")
    w8, v8 = d.diff(120000, 68420, anchor="thu mua {v} tấn quy gạo", up="còn", down="còn",
                    note="remaining purchases = annual plan 120.000 − 68.420 done")
    w9, v9 = d.diff(2250, "1186.42", anchor="doanh thu {v} tỷ đồng", up="còn", down="còn",
                    note="remaining revenue = annual plan 2.250 − 1.186,42")
    p(f"- Phấn đấu thu mua {v8} tấn quy gạo và doanh thu {v9} tỷ đồng để hoàn thành kế hoạch năm; hoàn thành nhập kho "
      f"dự trữ quốc gia trước 31/7/2025.")
    p("- Mở rộng liên kết vụ Hè Thu 2025 lên ... ha; tìm kiếm thị trường Trung Đông, châu Phi; kiện toàn Xí nghiệp "
      "Long Phú theo Đề án sắp xếp đã được phê duyệt.")
    f4 = d.frac(23, 23, 23, anchor="kiểm kê {v} kho", lead=False, note="the company has 23 warehouses (section A)")
    p(f"- Quản lý kho: đã kiểm kê {f4} kho tại thời điểm 30/6/2025, hao hụt vượt định mức tại 02 kho (Kế Sách, Long "
      f"Phú) tổng cộng 46,8 tấn, đang làm rõ trách nhiệm; thực hiện phun khử trùng định kỳ theo Thông tư số "
      f"... /2025/TT-BTC.")
    p("E. KIẾN NGHỊ: Đề nghị UBND tỉnh chỉ đạo các ngân hàng thương mại trên địa bàn giãn, hoãn nợ gốc cho khoản vay "
      "mua tạm trữ; sớm có ý kiến về phương án xử lý nhà, đất tại Xí nghiệp Long Phú theo Nghị định số "
      "167/2017/NĐ-CP; hỗ trợ kinh phí xúc tiến thương mại tại thị trường châu Phi năm 2026.")
    p("Nơi nhận: - UBND tỉnh; - Sở Tài chính; - Chủ tịch Công ty; - Lưu: VT, KH. GIÁM ĐỐC")
    ss = d.sum([2060, 2810], anchor="châu Phi {v} tấn gồm", note="Ghana + Côte d'Ivoire")
    ls = d.share(2060, 4870, 1, anchor="(bằng {v}%)")
    fn(f"Xuất sang châu Phi {ss} tấn gồm Ghana 2.060 tấn (bằng {ls}%) và Bờ Biển Ngà 2.810 tấn, chủ yếu gạo trắng "
       f"5% tấm và gạo đồ.")
    rp5 = d.repeat("25.12", "25.12", anchor="đạt {v} triệu USD", note="same as B.2 (cùng kỳ 25,12)")
    rp6 = d.repeat("1034.75", "1034.75", anchor="doanh thu {v} tỷ đồng", note="same as B.4")
    fn(f"Số liệu cùng kỳ theo Báo cáo số 118/BC-LTTSH ngày 09/7/2024: kim ngạch xuất khẩu 6 tháng đầu năm 2024 đạt "
       f"{rp5} triệu USD; doanh thu {rp6} tỷ đồng.")
    return d



# ====================================================================== draft 3
@draft
def d3():
    d = Draft("d19-03-doan-dieu-tra-dia-chat-khoang-san")
    p, fn = d.p, d.fn
    p("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH NGHỆ AN")
    p("ĐOÀN ĐIỀU TRA ĐỊA CHẤT VÀ KHOÁNG SẢN")
    p("Số: 86/BC-ĐĐC - Nghệ An, ngày 15 tháng 11 năm 2025")
    p("BÁO CÁO Tổng kết hoạt động giai đoạn 2021 - 2025, phương hướng nhiệm vụ giai đoạn 2026 - 2030")
    p("Căn cứ Quyết định số 1745/QĐ-UBND ngày 28/6/2021 của UBND tỉnh phê duyệt Đề án điều tra, đánh giá khoáng sản "
      "làm vật liệu xây dựng giai đoạn 2021 - 2025 và Công văn số 5120/SNNMT-KS ngày 20/10/2025 của Sở Nông nghiệp "
      "và Môi trường, Đoàn báo cáo như sau (số liệu tính đến ngày 31/10/2025):")
    p("Phần thứ nhất. KẾT QUẢ THỰC HIỆN GIAI ĐOẠN 2021 - 2025")
    p("Địa bàn điều tra chủ yếu là vùng núi cao phía Tây của tỉnh, địa hình chia cắt mạnh, giao thông khó khăn; mùa "
      "mưa kéo dài từ tháng 8 đến tháng 11 nên thời gian thi công thực địa mỗi năm chỉ khoảng 6 - 7 tháng; năm 2024 "
      "hoàn lưu bão số 3 làm hư hỏng tuyến đường vào khu vực khảo sát Châu Hạnh - Châu Tiến. Từ ngày 01/3/2025, Đoàn "
      "chuyển về trực thuộc Sở Nông nghiệp và Môi trường theo Quyết định số 612/QĐ-UBND, giữ nguyên chức năng, "
      "nhiệm vụ và biên chế được giao.")
    p("I. TỔ CHỨC BỘ MÁY, NHÂN LỰC")
    dm = d.sum([4, 3], anchor="{v} đầu mối", lead=True, note="04 departments + 03 field teams")
    ns = d.sum([118, 28], anchor="{v} người, gồm", note="civil servants + contract staff")
    w1, v1 = d.diff(146, 158, verdict="inconsistent", word="tăng", anchor="{w} {v} người so với",
                    note="146 now against 158 at 31/12/2020 is a decrease: difference taken the wrong way")
    nu = d.share(37, 146, 2, verdict="inconsistent", stated=qz(D(37 * 100) / D(118), 2), anchor="nữ 37 người, chiếm {v}%",
                 note="31,36 % = 37 / 118, computed on the civil servants only instead of all 146 staff")
    p(f"Đoàn có {dm} đầu mối (04 phòng chuyên môn; 03 tổ đội thi công: khoan - khai đào, đo vẽ bản đồ, gia công "
      f"phân tích mẫu). Tổng số {ns} người, gồm 118 viên chức và 28 hợp đồng lao động, {w1} {v1} người so với "
      f"thời điểm 31/12/2020 (158 người); nữ 37 người, chiếm {nu}%.")
    td = d.sum([14, 83, 31, 18], anchor="146 người chia theo trình độ", stated=146, note="staff by qualification")
    t1 = d.share(14, 146, 2, verdict="rounding", anchor="thạc sỹ 14 người ({v}%)")
    t2 = d.share(83, 146, 2, anchor="đại học 83 người ({v}%)")
    t3 = d.share(31, 146, 2, anchor="trung cấp 31 người ({v}%)")
    t4 = d.share(18, 146, 2, anchor="công nhân kỹ thuật 18 người ({v}%)")
    t5 = d.share(97, 146, 2, anchor="đại học trở lên đạt {v}%", note="14 thạc sỹ + 83 đại học = 97")
    w2, v2 = d.points("66.44", "58.1", places=1, anchor="{w} {v}% so với năm 2020")
    d.term("so với năm 2020", note="the share is compared with the start of the period (31/12/2020), as stated")
    p(f"Cơ cấu 146 người chia theo trình độ: thạc sỹ 14 người ({t1}%), đại học 83 người ({t2}%), cao đẳng, "
      f"trung cấp 31 người ({t3}%), công nhân kỹ thuật 18 người ({t4}%). Tỷ lệ có trình độ đại học trở lên đạt "
      f"{t5}%, {w2} {v2}% so với năm 2020 (58,1%).")
    dt = d.sum([4, 26, 12], anchor="cử {v} lượt viên chức", note="training attendances by type")
    f6 = d.frac(3, 4, 4, anchor="đã tốt nghiệp {v}", note="04 master's trainees")
    p(f"Giai đoạn 2021 - 2025 cử {dt} lượt viên chức đi đào tạo, bồi dưỡng, trong đó đào tạo thạc sỹ 04 người (đã tốt "
      f"nghiệp {f6}), bồi dưỡng chuyên môn, nghiệp vụ 26 lượt, huấn luyện an toàn vật liệu nổ công nghiệp 12 lượt; "
      f"tiếp nhận 05 kỹ sư trẻ theo chính sách thu hút của tỉnh.")
    p("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ CHUYÊN MÔN")
    nv = d.sum([11, 5, 2], anchor="thực hiện {v} đề án, nhiệm vụ", note="by source of funds")
    f1 = d.frac(15, 18, 18, anchor="nghiệm thu {v} nhiệm vụ", note="18 tasks in the period")
    s1 = d.share(15, 18, 2, anchor="đạt {v}%;")
    w3, v3 = d.diff(18, 13, anchor="{w} {v} nhiệm vụ", lead=True)
    d.term("so với giai đoạn 2016 - 2020", note="2021 - 2025 review compared with the previous period 2016 - 2020")
    amb1 = d.sum([7, 6, 7], verdict="ambiguous", stated=18, anchor="Theo lĩnh vực, {v} nhiệm vụ",
                 note="one task may cover two fields (survey and geohazard), so 20 > 18 may be overlap")
    p(f"1. Giai đoạn 2021 - 2025 Đoàn thực hiện {nv} đề án, nhiệm vụ (gồm 11 nhiệm vụ ngân sách tỉnh, 05 hợp đồng dịch "
      f"vụ, 02 nhiệm vụ Trung ương ủy quyền); đã nghiệm thu {f1} nhiệm vụ, đạt {s1}%; {w3} {v3} nhiệm vụ so với giai "
      f"đoạn 2016 - 2020 (13 nhiệm vụ). Theo lĩnh vực, 18 nhiệm vụ gồm: điều tra khoáng sản 07, địa chất môi "
      f"trường - tai biến 06, quan trắc 07.")
    p("2. Khối lượng chủ yếu (tóm tắt Bảng 1 kèm theo):")
    bd = d.sum([612, 438, 370], anchor="1:25.000 là {v} km²", note="mapped area by zone")
    r1 = d.ratio(1420, 1500, 2, anchor="đạt {v}% kế hoạch")
    r2 = d.ratio(1420, 5, 0, times=True, anchor="bình quân {v} km²/năm", unit_word="km²/năm")
    p(f"a) Đo vẽ lập bản đồ địa chất - khoáng sản tỷ lệ 1:25.000 là {bd} km², đạt {r1}% kế hoạch (1.500 km²), bình "
      f"quân {r2} km²/năm; trong đó vùng Quỳ Hợp - Quỳ Châu 612 km², Tương Dương 438 km², Anh Sơn - Con Cuông "
      f"370 km².")
    r3 = d.ratio(12846, 12000, 2, mode="change", anchor="vượt {v}% kế hoạch")
    r4 = d.ratio(12846, 9735, 2, times=True, anchor="gấp {v} lần")
    d.term("giai đoạn 2011 - 2015", verdict="inconsistent", right="giai đoạn 2016 - 2020",
           note="9.735 m is the 2016 - 2020 drilling (footnote); the previous period of 2021 - 2025 is 2016 - 2020")
    hg = d.sum([3610, 770, 415], verdict="inconsistent", stated=4380, anchor="{v} m³ (hào",
               note="4.380 = 3.610 + 770: the 415 m³ of outcrop clearing listed in the same bracket was left out")
    p(f"b) Khoan máy 12.846 m, vượt {r3}% kế hoạch (12.000 m), gấp {r4} lần giai đoạn 2011 - 2015 (9.735 m). Thi "
      f"công công trình khai đào {hg} m³ (hào 3.610 m³, giếng 770 m³, dọn sạch vết lộ 415 m³).")
    mau = d.sum([3942, 1126, 875, 375], anchor="{v} mẫu các loại")
    m1 = d.share(3942, 6318, 2, anchor="chiếm {v}% tổng số mẫu")
    m2 = d.share(197, 3942, 0, anchor="({v}% số mẫu hóa)")
    p(f"c) Lấy, gia công và phân tích {mau} mẫu các loại, gồm: mẫu hóa cơ bản 3.942 (chiếm {m1}% tổng số mẫu); lát "
      f"mỏng, khoáng tướng 1.126; giã đãi 875; cơ lý đất đá 375. Đã gửi 197 mẫu phân tích kiểm tra ngoài tại "
      f"Trung tâm Phân tích thí nghiệm địa chất ({m2}% số mẫu hóa), sai số đạt yêu cầu.")
    w5, v5 = d.diff(2214, 2640, anchor="{w} {v} m so với năm 2024")
    r9 = d.ratio(2214, 2640, 2, anchor="(bằng {v}%)")
    d.term("so với năm 2024", note="2025 (to 31/10) compared with the previous year 2024")
    p(f"d) Riêng năm 2025 (đến 31/10/2025): đo vẽ 268 km², khoan 2.214 m, phân tích 1.186 mẫu; khối lượng khoan "
      f"{w5} {v5} m so với năm 2024 (2.640 m) (bằng {r9}%) do 01 máy khoan phải đại tu từ tháng 3 đến tháng 6.")
    p("3. Kết quả điều tra, đánh giá khoáng sản")
    dm2 = d.sum([8, 7, 6, 4, 2], anchor="{v} điểm mỏ, điểm quặng mới", note="new occurrences by mineral")
    f2 = d.frac(19, 28, 27, verdict="inconsistent", anchor="đưa {v} điểm",
                note="27 new occurrences were delineated (same paragraph)")
    amb2 = d.share("186.4", 1, 1, verdict="ambiguous", stated="62.8", anchor="chiếm {v}% tổng tài nguyên dự báo",
                   note="total forecast resources are never stated and the other resources are in m³ (clay 42,7, "
                        "sand-gravel 8,6 million m³), so no base can be formed")
    p(f"Phát hiện, khoanh định {dm2} điểm mỏ, điểm quặng mới, cụ thể: đá vôi xi măng 08, sét gạch ngói 07, cát sỏi "
      f"lòng sông 06, đá xây dựng 04, kaolin 02; đề xuất đưa {f2} điểm vào quy hoạch thăm dò, khai thác. Tài nguyên "
      f"cấp 333 + 334a: đá vôi 186,4 triệu tấn (chiếm {amb2}% tổng tài nguyên dự báo), sét gạch ngói 42,7 triệu m³, "
      f"cát sỏi 8,6 triệu m³.")
    amb3 = d.sum([61, 38], verdict="ambiguous", stated=94, anchor="{v} khu vực cấm",
                 note="99 > 94: a delineated zone may contain both a banned and a temporarily banned part; "
                      "cannot tell whether the parts overlap")
    p(f"4. Tham gia khoanh định {amb3} khu vực cấm, tạm cấm hoạt động khoáng sản (Quyết định số 3127/QĐ-UBND ngày "
      f"16/11/2023), tổng diện tích 12.386 ha, trong đó khu vực cấm 61, khu vực tạm cấm 38.")
    s2 = d.share(37, 142, 2, verdict="rounding", anchor="nguy cơ cao, chiếm {v}%")
    p(f"5. Điều tra, cảnh báo nguy cơ trượt lở, sụt lún đất tại 142 điểm thuộc 11 huyện miền núi, xác định 37 điểm "
      f"nguy cơ cao, chiếm {s2}%; duy trì quan trắc 36 điểm nước dưới đất, 04 đợt/năm.")
    s3 = d.share(13, 52, 0, anchor="chiếm {v}%;")
    s4 = d.share(9, 52, 2, anchor="bằng {v}% số mỏ được kiểm tra")
    p(f"6. Phối hợp kiểm tra 52 mỏ đang khai thác; phát hiện 13 mỏ khai thác vượt ranh giới, vượt công suất, chiếm "
      f"{s3}%; kiến nghị xử phạt 09 tổ chức, bằng {s4}% số mỏ được kiểm tra, tổng số tiền 1,86 tỷ đồng.")
    hd = d.sum([96, 73, 45], anchor="di dời {v} hộ dân", note="households moved, by district")
    p(f"Trên cơ sở kết quả cảnh báo, UBND các huyện đã di dời {hd} hộ dân ra khỏi vùng nguy cơ cao (Kỳ Sơn 96 hộ, "
      f"Tương Dương 73 hộ, Quế Phong 45 hộ); ... hộ còn lại đang chờ bố trí quỹ đất tái định cư.")
    sh = d.sum([438, 808], anchor="số hóa {v} tài liệu", note="reports + maps")
    s5 = d.ratio(1246, 1750, 2, anchor="đạt {v}% tổng số tài liệu lưu trữ")
    p(f"7. Lưu trữ, số hóa: đã số hóa {sh} tài liệu địa chất lưu trữ (438 báo cáo, 808 bản đồ, bản vẽ), đạt {s5}% "
      f"tổng số tài liệu lưu trữ (1.750 tài liệu); xây dựng cơ sở dữ liệu 27 điểm mỏ mới trên nền GIS.")
    p("III. TÀI CHÍNH")
    kp = d.sum(["58.17", "3.18", "23.27"], anchor="kinh phí giai đoạn {v} tỷ đồng", note="by source")
    k1 = d.share("58.17", "84.62", 2, anchor="ngân sách tỉnh 58,17 tỷ đồng ({v}%)")
    k2 = d.share("23.27", "84.62", 2, verdict="rounding", anchor="dịch vụ 23,27 tỷ đồng ({v}%)")
    w4, v4 = d.diff("84.62", "61.45", anchor="{w} {v} tỷ đồng")
    r5 = d.ratio("84.62", "61.45", 2, mode="change", anchor="tương ứng {v}%")
    r6 = d.ratio("23.27", 5, 2, times=True, verdict="inconsistent", stated=qz(D("23.27") / 4, 2),
                 anchor="bình quân {v} tỷ đồng/năm", unit_word="tỷ đồng/năm",
                 note="5,82 = 23,27 / 4: divided by four years instead of the five of 2021 - 2025")
    amb4 = d.ratio("6.84", "4.65", 1, mode="change", verdict="ambiguous", stated="21.3",
                   anchor="tăng {v}% so với bình quân",
                   note="'bình quân hằng năm giai đoạn trước' (2016 - 2020) is not given; against the 2021 - 2025 "
                        "average (4,65) the increase would be 47,1 %")
    p(f"Tổng kinh phí giai đoạn {kp} tỷ đồng, gồm ngân sách tỉnh 58,17 tỷ đồng ({k1}%), ngân sách Trung ương ủy quyền "
      f"3,18 tỷ đồng, nguồn thu dịch vụ 23,27 tỷ đồng ({k2}%); {w4} {v4} tỷ đồng, tương ứng {r5}% so với giai đoạn "
      f"trước (61,45 tỷ đồng). Thu dịch vụ bình quân {r6} tỷ đồng/năm; riêng năm 2025 ký mới 6,84 tỷ đồng, tăng "
      f"{amb4}% so với bình quân hằng năm giai đoạn trước.")
    s6 = d.share("12.3", "46.8", 2, anchor="giá trị còn lại 12,3 tỷ đồng ({v}%)")
    p(f"Tài sản cố định đến 31/10/2025 có nguyên giá 46,8 tỷ đồng, giá trị còn lại 12,3 tỷ đồng ({s6}%); trong giai "
      f"đoạn thanh lý 03 xe ô tô chuyên dùng, 01 máy khoan XY-1 theo Quyết định số 2410/QĐ-SNNMT.")
    p("IV. ĐÁNH GIÁ CHUNG")
    rp1 = d.repeat(6318, 6138, verdict="inconsistent", anchor="phân tích {v} mẫu",
                   note="II.2.c gives 6.318 samples (parts add to 6.318): digits transposed")
    rp2 = d.repeat(12846, 12846, anchor="khoan {v} m", note="same as II.2.b")
    rp3 = d.repeat(146, 149, verdict="ambiguous", anchor="hiện có {v} người",
                   note="146 is the count at 31/10/2025; 'hiện có' in a report dated 15/11/2025 may be later")
    f5 = d.frac(3, 18, 18, anchor="{v} nhiệm vụ chậm tiến độ", note="18 tasks; 15 accepted + 03 carried over")
    p(f"Giai đoạn 2021 - 2025 Đoàn hoàn thành cơ bản các nhiệm vụ: đo vẽ 1.420 km², khoan {rp2} m, phân tích {rp1} "
      f"mẫu, cung cấp luận cứ cho điều chỉnh quy hoạch khoáng sản của tỉnh. "
      f"Hạn chế: thiết bị khoan lạc hậu (02/05 máy khoan đã sử dụng trên 15 năm); còn {f5} nhiệm vụ chậm tiến độ; đội ngũ hiện có {rp3} người, "
      f"thiếu kỹ sư địa chất thủy văn.")
    p("Phần thứ hai. PHƯƠNG HƯỚNG GIAI ĐOẠN 2026 - 2030")
    r7 = d.ratio(1800, 1420, 2, mode="change", anchor="tăng {v}% so với")
    d.term("so với giai đoạn 2021 - 2025", note="2026 - 2030 targets compared with 2021 - 2025: right period")
    r8 = d.ratio(15000, 12846, 2, times=True, anchor="gấp {v} lần thực hiện")
    kp2 = d.sum(["76.4", "36.1"], anchor="{v} tỷ đồng (ngân sách")
    p(f"Đo vẽ bản đồ tỷ lệ 1:25.000 khoảng 1.800 km², tăng {r7}% so với giai đoạn 2021 - 2025; khoan 15.000 m, gấp "
      f"{r8} lần thực hiện; kinh phí dự kiến {kp2} tỷ đồng (ngân sách 76,4 tỷ đồng, dịch vụ 36,1 tỷ đồng); đầu tư "
      f"02 máy khoan thủy lực và ... thiết bị đo địa vật lý.")
    w6, v6 = d.points(75, "66.44", anchor="{w} {v}% so với hiện nay")
    p(f"Phấn đấu đến năm 2030 tỷ lệ viên chức có trình độ đại học trở lên đạt 75%, {w6} {v6}% so với hiện nay; 100% "
      f"công trình khoan, khai đào được hoàn nguyên môi trường sau thi công; hoàn thành số hóa toàn bộ tài liệu lưu "
      f"trữ trước năm 2028.")
    p("Phần thứ ba. KIẾN NGHỊ: Đề nghị Sở Nông nghiệp và Môi trường trình UBND tỉnh giao nhiệm vụ thường xuyên theo "
      "khoản 2 Điều 10 Nghị định số 60/2021/NĐ-CP; bổ sung 06 chỉ tiêu viên chức chuyên ngành địa chất.")
    p("Nơi nhận: - Sở NN&MT; - Lưu: VT, KT. TRƯỞNG ĐOÀN")
    rp4 = d.repeat(9735, 9735, anchor="khoan {v} m", note="same drilling figure as II.2.b (previous period)")
    rp5 = d.repeat("61.45", "61.45", anchor="kinh phí {v} tỷ đồng", note="same as III (giai đoạn trước)")
    fn(f"Giai đoạn 2016 - 2020 (Báo cáo số 112/BC-ĐĐC ngày 18/12/2020): khoan {rp4} m; kinh phí {rp5} tỷ đồng.")
    rp6 = d.repeat(1420, 1420, anchor="đo vẽ {v} km²", note="same as II.2.a")
    rp7 = d.repeat(6318, 6318, anchor="phân tích {v} mẫu", note="same as II.2.c")
    rp8 = d.repeat(12846, 12846, anchor="khoan {v} m", note="same as II.2.b")
    fn(f"Bảng 1 - Khối lượng chủ yếu giai đoạn 2021 - 2025 (kèm theo báo cáo): đo vẽ {rp6} km²; khoan {rp8} m; "
       f"phân tích {rp7} mẫu; bản đồ chuyên đề lưu tại Phòng Kỹ thuật.")
    return d



# ====================================================================== draft 4
@draft
def d4():
    d = Draft("d19-04-cong-ty-quan-ly-nha-o-khanh-hoa")
    p, fn = d.p, d.fn
    p("UBND TỈNH KHÁNH HÒA - CÔNG TY TNHH MỘT THÀNH VIÊN QUẢN LÝ NHÀ Ở KHÁNH HÒA")
    p("Số: 214/BC-QLN")
    p("Khánh Hòa, ngày 10 tháng 10 năm 2025")
    p("BÁO CÁO Tình hình thực hiện nhiệm vụ 9 tháng đầu năm 2025, nhiệm vụ trọng tâm quý IV năm 2025")
    p("Kính gửi: Sở Xây dựng tỉnh Khánh Hòa.")
    p("Thực hiện Công văn số 3895/SXD-QLN ngày 22/9/2025 của Sở Xây dựng về việc báo cáo công tác quản lý, sử dụng, "
      "bán nhà ở thuộc tài sản công, Công ty báo cáo như sau:")
    p("1. QUỸ NHÀ ĐƯỢC GIAO QUẢN LÝ")
    qn = d.sum([2318, 412, 116], anchor="tổng cộng {v} căn", note="dwellings by type")
    q1 = d.share(2318, 2846, 2, verdict="rounding", anchor="căn hộ chung cư 2.318 căn ({v} %)")
    q2 = d.share(412, 2846, 2, anchor="nhà ở xã hội cho thuê 412 căn ({v} %)")
    q3 = d.share(116, 2846, 2, verdict="inconsistent", stated=qz(D(11600) / D(2318), 2), anchor="116 căn ({v} %)",
                 note="5,00 % = 116 / 2.318, computed on the apartments instead of the 2.846 units managed")
    d.claim("chiếm 1.761%", "share", "ambiguous",
            "'1.761%' reads as 1761 % (dot = thousands) or a mistyped 1,761 %; 2.754 / 156.420 = 1,7607 %, but the "
            "written form cannot be parsed without guessing")
    p(f"Đến ngày 30/9/2025, Công ty quản lý tổng cộng {qn} căn, diện tích sàn 156.420 m², gồm: căn hộ chung cư 2.318 "
      f"căn ({q1} %) thuộc 41 khối nhà; nhà ở xã hội cho thuê 412 căn ({q2} %); ki-ốt, mặt bằng kinh doanh 116 căn "
      f"({q3} %), diện tích 2.754 m², chiếm 1.761%.")
    k14 = d.subset(14, 41, anchor="có {v} khối xây dựng trước năm 1994", note="old blocks among the 41")
    dm = d.sum([5, 4], anchor="{v} đầu mối", lead=True, note="05 departments + 04 housing enterprises")
    f1 = d.frac(14, 14, 14, anchor="kiểm định {v} khối", note="all 14 old blocks inspected")
    cd = d.sum([3, 6], anchor="xếp {v} khối vào diện nguy hiểm", lead=True,
               note="danger level D + level C; disjoint levels, 09 ≤ 14 inspected")
    s1 = d.share(3, 14, 2, anchor="cấp D chiếm {v} %")
    p(f"Trong 41 khối nhà chung cư có {k14} khối xây dựng trước năm 1994; năm 2025 đã kiểm định {f1} khối (Hợp đồng số 17/2025/HĐ-KĐ), xếp {cd} "
      f"khối vào diện nguy hiểm (cấp D 03 khối, cấp C 06 khối); số khối cấp D chiếm {s1} % số khối đã kiểm định. "
      f"Bộ máy gồm {dm} đầu mối: 05 phòng chức năng và 04 xí nghiệp quản lý nhà (Bắc Nha Trang, Nam Nha Trang, "
      f"Diên Khánh, Cam Ranh).")
    f0 = d.frac(2846, 2846, 2846, anchor="cập nhật {v} căn", lead=False, note="2.846 units managed")
    p(f"Đã cập nhật {f0} căn vào phần mềm quản lý nhà ở thuộc tài sản công, kết nối với cơ sở dữ liệu của Sở Xây "
      f"dựng; ... căn chưa có bản vẽ hiện trạng đang được đo vẽ bổ sung.")
    p("2. CÔNG TÁC CHO THUÊ, THU TIỀN THUÊ")
    hd2 = d.sum([2560, 86, -42], anchor="còn hiệu lực {v} hợp đồng",
                note="opening 2.560 + 86 signed − 42 terminated")
    hd = d.diff(2604, 2560, anchor="{w} {v} hợp đồng so với ngày 31/12/2024")
    amb2 = d.sum([2192, 402, 108], verdict="ambiguous", stated=2604, anchor="phân theo loại: {v} hợp đồng",
                 note="2.702 > 2.604: social-housing leases may also be counted among the 2.192 housing leases "
                      "(2.192 + 108 = 2.300 ≤ 2.604); cannot tell whether the categories overlap")
    p(f"2.1. Đến 30/9/2025 còn hiệu lực {hd2} hợp đồng thuê (9 tháng ký mới 86, thanh lý 42), {hd[0]} {hd[1]} hợp đồng "
      f"so với ngày 31/12/2024 (2.560 hợp đồng); phân theo loại: {amb2} hợp đồng gồm nhà ở 2.192, nhà ở xã hội 402, "
      f"ki-ốt 108.")
    f2 = d.frac(402, 412, 412, anchor="có {v} căn", lead=False, note="412 social-housing units (section 1)")
    lp = d.share(402, 412, 2, anchor="tỷ lệ lấp đầy {v} %")
    w1, v1 = d.points("97.57", "96.36", verdict="inconsistent", word="tăng", stated="1.12",
                      anchor="{w} {v} % so với cuối năm 2024",
                      note="written 1,12: digits of 1,21 transposed; the relative reading 1,26 % does not fit either")
    amb3 = d.share(126, 2604, 1, verdict="ambiguous", stated="5.4", anchor="bằng {v} % số hộ đang thuê",
                   note="the number of households renting dwellings is not stated (2.604 leases include 108 kiosks; "
                        "126 / 2.604 = 4,8 %); base cannot be fixed")
    p(f"2.2. Nhà ở xã hội có {f2} căn đang cho thuê, tỷ lệ lấp đầy {lp} %, {w1} {v1} % so với cuối năm 2024 "
      f"(96,36 %); 126 hộ thuộc diện hộ nghèo, cận nghèo, người có công được miễn, giảm tiền thuê theo Quyết định số "
      f"28/2023/QĐ-UBND, bằng {amb3} % số hộ đang thuê.")
    q = d.sum(["5.62", "5.93", "6.31"], anchor="9 tháng thu {v} tỷ đồng", note="by quarter")
    r1 = d.ratio("17.86", "24.5", 2, anchor="đạt {v} % kế hoạch năm")
    r2 = d.ratio("17.86", "16.42", 2, mode="change", anchor="tăng {v} % so với")
    d.term("so với 9 tháng năm 2023", verdict="inconsistent", right="so với 9 tháng năm 2024",
           note="16,42 tỷ đồng is the 9-month 2024 collection (footnote); the same period of the previous year is 2024")
    r3 = d.ratio("6.31", "5.93", 2, mode="change", verdict="inconsistent",
                 stated=qz((D("6.31") / D("5.62") - 1) * 100, 2), anchor="tăng {v} % so với quý II",
                 note="12,28 % = 6,31 / 5,62: computed against quý I instead of quý II")
    p(f"2.3. Tiền thuê nhà: 9 tháng thu {q} tỷ đồng (quý I 5,62; quý II 5,93; quý III 6,31 tỷ đồng), đạt {r1} % kế "
      f"hoạch năm (24,5 tỷ đồng), tăng {r2} % so với 9 tháng năm 2023; riêng quý III tăng {r3} % so với quý II.")
    w2, v2 = d.diff("3.42", "4.00", verdict="inconsistent", word="tăng", anchor="{w} {v} tỷ đồng so với đầu năm",
                    note="debt fell from 4,00 to 3,42: written 'tăng', the difference was taken the wrong way")
    amb4 = d.share("3.42", "24.5", 1, verdict="ambiguous", stated="14.0", anchor="bằng {v} % tiền thuê",
                   note="base not stated: 3,42 / 24,5 (annual plan) = 13,96 % → 14,0, but against the 17,86 collected "
                        "it is 19,1 %")
    s2 = d.share("1.27", "3.42", 2, anchor="({v} %)")
    sb = d.subset(204, 318, anchor="{v} hộ nợ trên 06 tháng", note="households in arrears over 6 months")
    p(f"Nợ tiền thuê tồn đọng đến 30/9/2025 là 3,42 tỷ đồng của 318 hộ, {w2} {v2} tỷ đồng so với đầu năm (4,00 tỷ "
      f"đồng), bằng {amb4} % tiền thuê; trong đó nợ trên 12 tháng 1,27 tỷ đồng ({s2} %); {sb} hộ nợ trên 06 tháng "
      f"đã được gửi thông báo lần 2.")
    dv = d.ratio("5.47", "7.12", 2, anchor="đạt {v} % kế hoạch")
    k23 = d.subset(23, 41, anchor="vận hành {v} khối chung cư", note="blocks operated directly, among the 41")
    p(f"2.4. Quản lý vận hành: Công ty trực tiếp vận hành {k23} khối chung cư, thu phí dịch vụ 5,47 tỷ đồng, đạt {dv} % "
      f"kế hoạch (7,12 tỷ đồng); mức phí bình quân 4.500 đồng/m²/tháng theo Quyết định số 06/2024/QĐ-UBND.")
    p("3. BÁN NHÀ Ở CŨ THUỘC TÀI SẢN CÔNG (Nghị định số 95/2024/NĐ-CP)")
    hs = d.sum([38, 108], anchor="tổng số {v} hồ sơ", note="carried over + new")
    kq = d.sum([118, 21, 7], anchor="Với 146 hồ sơ", note="appraised + returned + still in appraisal = all files")
    sb2 = d.subset(97, 118, anchor="trình phê duyệt giá bán {v} hồ sơ", note="submitted ⊂ appraised")
    sb3 = d.subset(74, 97, anchor="ký hợp đồng mua bán {v} căn", note="contracts ⊂ approved")
    s3 = d.share(110, 118, 2, anchor="đạt {v} % số hồ sơ đã thẩm định")
    p(f"Tiếp nhận tổng số {hs} hồ sơ đề nghị mua nhà (kỳ trước chuyển sang 38, tiếp nhận mới 108). Với 146 hồ sơ, kết "
      f"quả: đã thẩm định 118, trả lại, yêu cầu bổ sung 21, đang thẩm định 07; trình phê duyệt giá bán {sb2} hồ sơ, "
      f"ký hợp đồng mua bán {sb3} căn. Giải quyết đúng hạn 110 hồ sơ, đạt {s3} % số hồ sơ đã thẩm định.")
    q3w = d.diff(29, 18, anchor="{w} {v} hợp đồng so với quý II")
    d.term("quý II/2025", note="quý III/2025 compared with the preceding quarter quý II/2025")
    p(f"Riêng quý III/2025 ký 29 hợp đồng mua bán, {q3w[0]} {q3w[1]} hợp đồng so với quý II/2025 (18 hợp đồng) do "
      f"UBND tỉnh ban hành Quyết định số 2150/QĐ-UBND ngày 04/7/2025 ủy quyền phê duyệt giá bán; hệ số điều chỉnh "
      f"giá trị sử dụng áp dụng theo khoản 3 Điều 71 Nghị định số 95/2024/NĐ-CP.")
    nb = d.sum(["28.64", "2.63"], anchor="Nộp ngân sách 9 tháng {v} tỷ đồng")
    s4 = d.share("28.64", "31.27", 2, verdict="rounding", anchor="tiền bán nhà 28,64 tỷ đồng, chiếm {v} %")
    r4 = d.ratio(28640, 74, 0, times=True, anchor="bình quân {v} triệu đồng/căn", unit_word="triệu đồng/căn")
    p(f"Nộp ngân sách 9 tháng {nb} tỷ đồng, gồm tiền bán nhà 28,64 tỷ đồng, chiếm {s4} %, và thuế, phí 2,63 tỷ đồng; "
      f"giá bán bình quân {r4} triệu đồng/căn.")
    p("4. BẢO TRÌ, SỬA CHỮA, PHÒNG CHÁY VÀ XỬ LÝ VI PHẠM")
    ct = d.sum([9, 29], anchor="thực hiện {v} công trình", note="major + routine repairs")
    kp = d.sum(["6.84", "4.42"], anchor="kinh phí {v} tỷ đồng", note="by repair type")
    f3 = d.frac(31, 38, 38, anchor="hoàn thành {v} công trình", note="38 works in 2025")
    s5 = d.share(31, 38, 2, verdict="rounding", anchor="đạt {v} %;")
    p(f"4.1. Năm 2025 thực hiện {ct} công trình, kinh phí {kp} tỷ đồng, chia ra: sửa chữa lớn 09 công trình (6,84 tỷ "
      f"đồng), sửa chữa thường xuyên 29 công trình (4,42 tỷ đồng). Đến 30/9/2025 hoàn thành {f3} công trình, đạt "
      f"{s5} %; các công trình còn lại hoàn thành trong quý IV.")
    qb = d.diff("8.73", "2.16", anchor="còn {v} tỷ đồng", up="còn", down="còn",
                note="maintenance fund 8,73 − 2,16 spent")
    p(f"4.2. Kinh phí bảo trì phần sở hữu chung (2%) Công ty đang quản lý 8,73 tỷ đồng; 9 tháng chi 2,16 tỷ đồng, "
      f"{qb[0]} {qb[1]} tỷ đồng; việc bàn giao kinh phí bảo trì của 06 khối cho ban quản trị nhà chung cư thực hiện "
      f"theo Điều 152 Luật Nhà ở năm 2023.")
    pc = d.share(17, 41, 2, anchor="(chiếm {v} %)")
    f4 = d.frac(9, 17, 17, anchor="khắc phục {v} khối", lead=True, note="17 blocks found deficient")
    vp = d.sum([38, 17, 8], anchor="Phát hiện {v} trường hợp", note="violations by type")
    f41 = d.frac(41, 41, 41, anchor="{v} khối chung cư", lead=False, note="41 apartment blocks (section 1)")
    f5 = d.frac(41, 63, 63, anchor="xử lý {v} trường hợp", lead=False, note="63 violations found")
    s6 = d.share(41, 63, 2, anchor="({v} %).")
    p(f"4.3. Phối hợp kiểm tra phòng cháy, chữa cháy {f41} khối chung cư, 17 khối chưa bảo đảm điều kiện (chiếm {pc} "
      f"%), đã khắc phục {f4} khối. Phát hiện {vp} trường hợp vi phạm (cơi nới 38, lấn chiếm không gian chung 17, "
      f"cho thuê lại trái phép 08), đã xử lý {f5} trường hợp ({s6} %).")
    dd = d.sum([28, 18], anchor="di dời {v} hộ", note="households moved from block A2 and block B")
    p(f"Đã di dời {dd} hộ khỏi 02 khối cấp D (khối A2 Vĩnh Phước 28 hộ, khối B Hòn Xện 18 hộ) đến quỹ nhà tạm cư; "
      f"khối còn lại đang lập phương án, dự kiến hoàn thành di dời trước ngày .../12/2025.")
    pa = d.sum([57, 41, 30], anchor="tiếp nhận {v} phản ánh", note="resident complaints by topic")
    s7 = d.share(119, 128, 2, anchor="đã giải quyết 119 phản ánh ({v} %)")
    p(f"4.4. Qua đường dây nóng và trang Zalo OA của Công ty, 9 tháng tiếp nhận {pa} phản ánh của cư dân (thấm dột, "
      f"hư hỏng kết cấu 57; điện, nước sinh hoạt 41; vệ sinh môi trường, an ninh trật tự 30), đã giải quyết 119 phản "
      f"ánh ({s7} %), số còn lại liên quan đến phần sở hữu riêng của hộ dân.")
    p("Khó khăn: nhiều căn hộ đã qua nhiều lần chuyển nhượng giấy tay, người đang sử dụng không phải người thuê "
      "ban đầu nên không đủ điều kiện ký hợp đồng thuê theo Điều 125 Luật Nhà ở năm 2023; hồ sơ pháp lý gốc của các "
      "khối xây dựng trước năm 1994 bị thất lạc; giá thuê nhà ở cũ còn thấp, không đủ bù đắp chi phí bảo trì; một "
      "số hộ thuê ki-ốt tự ý cải tạo, chuyển đổi công năng nhưng chưa có cơ chế xử lý dứt điểm.")
    p("5. TÀI CHÍNH, LAO ĐỘNG")
    dt = d.sum(["17.86", "5.47", "3.05"], verdict="inconsistent", stated="23.33", anchor="Doanh thu 9 tháng {v} tỷ đồng",
               note="23,33 = 17,86 + 5,47: parking and other revenue (3,05) left out of the total")
    ln = d.ratio("1.94", "2.6", 2, anchor="bằng {v} % kế hoạch năm")
    ld = d.sum([21, 34, 113], anchor="{v} người (quản lý", note="staff by function")
    r5 = d.ratio("9.6", "9.0", 1, mode="change", anchor="tăng {v} % so với năm 2024")
    d.term("so với năm 2024", note="income in 2025 compared with the 2024 average: right year")
    p(f"Doanh thu 9 tháng {dt} tỷ đồng (tiền thuê nhà 17,86; dịch vụ quản lý vận hành chung cư 5,47; trông giữ xe và "
      f"thu khác 3,05 tỷ đồng); lợi nhuận trước thuế 1,94 tỷ đồng, bằng {ln} % kế hoạch năm (2,6 tỷ đồng). Lao động {ld} người "
      f"(quản lý 21, nghiệp vụ 34, công nhân kỹ thuật, bảo vệ, vệ sinh 113); thu nhập bình quân 9,6 triệu "
      f"đồng/người/tháng, tăng {r5} % so với năm 2024 (9,0 triệu đồng).")
    p("6. ĐÁNH GIÁ CHUNG")
    rp1 = d.repeat(74, 47, verdict="inconsistent", anchor="ký {v} hợp đồng mua bán",
                   note="section 3 gives 74 contracts (and 28.640 / 74 = 387 triệu/căn): digits transposed")
    rp2 = d.repeat("17.86", "17.86", anchor="thu tiền thuê {v} tỷ đồng", note="same as 2.3")
    f817 = d.frac(8, 17, 17, anchor="{v} khối chưa khắc phục", note="17 deficient blocks − 09 fixed = 08 remain")
    rp3 = d.repeat(74, 81, verdict="ambiguous", anchor="đã bán {v} căn",
                   note="74 is the 9-month count; 'tính chung đã bán' without a period may count sales since Decree "
                        "95/2024 took effect")
    p(f"Chín tháng đầu năm, Công ty thu tiền thuê {rp2} tỷ đồng, ký {rp1} hợp đồng mua bán nhà ở cũ; tính chung đã "
      f"bán {rp3} căn, góp phần ổn định chỗ ở cho người dân. Hạn chế: nợ tiền thuê còn lớn; tiến độ di dời khối "
      f"nguy hiểm chậm; {f817} khối chưa khắc phục xong tồn tại về phòng cháy.")
    p("7. NHIỆM VỤ QUÝ IV NĂM 2025")
    w3, v3 = d.diff("24.5", "17.86", anchor="thu {v} tỷ đồng tiền thuê", up="còn", down="còn",
                    note="remaining collection to reach the annual plan 24,5")
    fr = d.diff(38, 31, anchor="hoàn thành {v} công trình sửa chữa còn lại", up="còn", down="còn", lead=True,
                note="38 works − 31 finished")
    p(f"- Phấn đấu thu {v3} tỷ đồng tiền thuê để đạt kế hoạch năm; hoàn thành {fr[1]} công trình sửa chữa còn lại; "
      f"giải quyết dứt điểm các hồ sơ đang thẩm định.")
    p("- Phối hợp UBND các phường rà soát 41 khối chung cư theo Nghị định số 98/2024/NĐ-CP về cải tạo, xây dựng lại "
      "nhà chung cư; tham mưu phương án bố trí tạm cư cho ... hộ.")
    p("8. KIẾN NGHỊ: Đề nghị Sở Xây dựng tham mưu UBND tỉnh bố trí vốn cải tạo 03 khối cấp D; ban hành khung giá "
      "dịch vụ quản lý vận hành nhà chung cư mới thay thế Quyết định số 06/2024/QĐ-UBND; cho phép Công ty trích "
      "lại ...% tiền bán nhà để chi phí đo vẽ, thẩm định hồ sơ.")
    p("Nơi nhận: - Sở Xây dựng; - Sở Tài chính; - Lưu: VT, KHTC. GIÁM ĐỐC")
    rp4 = d.repeat("16.42", "16.42", anchor="thu tiền thuê {v} tỷ đồng", note="same-period base of 2.3")
    fn(f"Chín tháng năm 2024: thu tiền thuê {rp4} tỷ đồng; ký 52 hợp đồng mua bán nhà ở cũ.")
    rp5 = d.repeat(2846, 2846, anchor="{v} căn", note="same total as section 1")
    fn(f"Theo Quyết định số 1208/QĐ-UBND ngày 15/5/2024 về giao quỹ nhà cho Công ty quản lý: {rp5} căn, diện tích sàn "
       f"156.420 m².")
    return d


# ====================================================================== main
def main():
    os.makedirs(OUT, exist_ok=True)
    allerr = []
    stats = []
    kv = Counter()
    for f in DRAFTS:
        d = f()
        allerr += d.check()
        txt = d.text()
        claims = sorted(d.claims, key=lambda c: c["line"])
        with open(os.path.join(OUT, d.name + ".txt"), "w", encoding="utf-8") as fh:
            fh.write(txt)
        with open(os.path.join(OUT, d.name + ".labels.json"), "w", encoding="utf-8") as fh:
            json.dump({"file": d.name + ".txt", "claims": claims}, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        # re-read and validate line numbers against the written file
        lines = open(os.path.join(OUT, d.name + ".txt"), encoding="utf-8").read().split("\n")[:-1]
        for c in claims:
            if lines[c["line"] - 1].count(c["anchor"]) != 1:
                allerr.append("%s: written line %d lacks unique anchor %r" % (d.name, c["line"], c["anchor"]))
        vc = Counter(c["verdict"] for c in claims)
        for c in claims:
            kv[(c["kind"], c["verdict"])] += 1
        stats.append((d.name, len(txt), len(lines), len(claims), vc))
    for s in stats:
        print("%-42s chars=%5d lines=%2d claims=%2d  %s" % (s[0], s[1], s[2], s[3],
              " ".join("%s=%d" % (v, s[4][v]) for v in VERDICTS)))
    write_summary(stats, kv)
    if allerr:
        print("\n".join(allerr))
        sys.exit(1)


def write_summary(stats, kv):
    L = ["# dev19: Vietnamese report drafts with labelled numeric claims", "",
         "Generated by `make.py` (Python standard library, `Decimal` with ROUND_HALF_UP). "
         "Counts below are computed by `make.py` from the labels it writes.", "",
         "## Per draft", "",
         "| draft | characters | lines | claims | consistent | rounding | inconsistent | ambiguous |",
         "|---|---:|---:|---:|---:|---:|---:|---:|"]
    tot = Counter()
    for name, nch, nl, nc, vc in stats:
        L.append("| %s | %d | %d | %d | %d | %d | %d | %d |" % (name, nch, nl, nc, vc["consistent"], vc["rounding"],
                                                               vc["inconsistent"], vc["ambiguous"]))
        tot.update(vc)
        tot["claims"] += nc
        tot["chars"] += nch
        tot["lines"] += nl
    L.append("| **total** | %d | %d | %d | %d | %d | %d | %d |" % (tot["chars"], tot["lines"], tot["claims"],
             tot["consistent"], tot["rounding"], tot["inconsistent"], tot["ambiguous"]))
    L += ["", "## Kind × verdict (all drafts)", "",
          "| kind | " + " | ".join(VERDICTS) + " | total |", "|---|" + "---:|" * (len(VERDICTS) + 1)]
    for k in KINDS:
        row = [kv[(k, v)] for v in VERDICTS]
        L.append("| %s | %s | %d |" % (k, " | ".join(str(x) for x in row), sum(row)))
    col = [sum(kv[(k, v)] for k in KINDS) for v in VERDICTS]
    L.append("| **total** | %s | %d |" % (" | ".join(str(x) for x in col), sum(col)))
    L.append("")
    with open(os.path.join(HERE, "SUMMARY.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L))


if __name__ == "__main__":
    main()
