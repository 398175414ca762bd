#!/usr/bin/env python3
"""Generator of the d13 evaluation drafts (Vietnamese report prose with labelled numeric claims).

Every total, share, difference, ratio and expected value is recomputed here with exact decimal
arithmetic (decimal.Decimal, ROUND_HALF_UP) and every label is asserted:
  * consistent   -> the stated figure equals the recomputed one (at the stated precision);
  * rounding     -> the stated figure is the truncation of the exact value, which rounds differently;
  * inconsistent -> the stated figure is neither the rounded nor the truncated value ("right" holds the fix);
  * ambiguous    -> no arithmetic verdict is asserted, a note says why a careful reader cannot decide.
Each anchor must occur exactly once in its line, and contain the stated figure; every input number
given as text must occur in the draft. Run: python3 make.py  (rewrites the .txt, .labels.json, SUMMARY.md)
"""
import json
import os
import re
from collections import Counter, OrderedDict
from decimal import Decimal as D, ROUND_HALF_UP, ROUND_DOWN, getcontext

getcontext().prec = 50
HERE = os.path.dirname(os.path.abspath(__file__))
FN = "[\ufffd] "  # footnote line prefix, as the shared drafts are exported
KINDS = ["sum", "subset", "share", "fraction", "difference", "points", "ratio", "repeat", "term"]
VERDICTS = ["consistent", "rounding", "inconsistent", "ambiguous"]


# ----------------------------------------------------------------------------- numbers
def q(x, k, mode=ROUND_HALF_UP):
    return D(x).quantize(D(1).scaleb(-k), rounding=mode)


def vn(x, k=0):
    """Format a number the vi-VN way: '.' thousands, ',' decimals."""
    s = f"{q(x, k):f}"
    neg = s.startswith("-")
    s = s.lstrip("-")
    ip, _, fp = s.partition(".")
    ip = f"{int(ip):,}".replace(",", ".")
    return ("-" if neg else "") + ip + ("," + fp if k > 0 else "")


def parse(s):
    return D(s.strip().replace(".", "").replace(",", "."))


def places(s):
    return len(s.split(",")[1]) if "," in s else 0


def exact_str(x):
    return vn(x, 4)


# ----------------------------------------------------------------------------- document
class Doc:
    def __init__(self, name):
        self.name = name
        self.lines = []
        self.claims = []
        self.inputs = []  # (text, claim index) that must occur in the draft

    # text ------------------------------------------------------------------
    def p(self, text):
        assert "\n" not in text and text == text.strip(), text[:60]
        self.lines.append(text)
        return len(self.lines)

    def fn(self, text):
        return self.p(FN + text)

    # inputs ----------------------------------------------------------------
    def v(self, x):
        """Numeric input: a vi-VN string (checked to occur in the draft) or an exact number."""
        if isinstance(x, str):
            self.inputs.append((x, len(self.claims)))
            return parse(x)
        return D(x)

    # claim registration ----------------------------------------------------
    def add(self, kind, anchor, verdict, note, right=None, fig=None, line=None):
        assert kind in KINDS and verdict in VERDICTS, (kind, verdict)
        ln = line or len(self.lines)
        text = self.lines[ln - 1]
        n = text.count(anchor)
        assert n == 1, f"{self.name}:{ln}: anchor {anchor!r} occurs {n} times"
        if fig is not None:
            assert fig in anchor, f"{self.name}:{ln}: figure {fig!r} not in anchor {anchor!r}"
        if verdict in ("rounding", "inconsistent"):
            assert right, (anchor, "right needed")
        else:
            right = None
        if verdict == "ambiguous":
            assert note, (anchor, "ambiguous needs a note")
        c = OrderedDict(line=ln, anchor=anchor, kind=kind, verdict=verdict)
        if right is not None:
            c["right"] = right
        c["note"] = note
        self.claims.append(c)

    def _judge(self, stated, exact, verdict, word_ok=True):
        """Return (rounded, truncated) of |exact| at the stated precision and assert the verdict."""
        k = places(stated)
        sv = parse(stated)
        r = q(abs(exact), k)
        t = q(abs(exact), k, ROUND_DOWN)
        if verdict == "consistent":
            assert word_ok and sv == r, (stated, exact, r)
        elif verdict == "rounding":
            assert word_ok and sv == t and t != r, (stated, exact, r, t)
        elif verdict == "inconsistent":
            assert not (word_ok and sv in (r, t)), (stated, exact, r, t)
        return r, t, k

    # kinds -----------------------------------------------------------------
    def sum(self, anchor, total, parts, verdict="consistent", note="", k=None, unit="", fig=None):
        """total = sum of parts (parts may be negative for stock-flow: start + in - out)."""
        tk = places(total) if isinstance(total, str) else 0
        k = tk if k is None else k
        tv = self.v(total)
        pv = [self.v(x) for x in parts]
        comp = sum(pv)
        expr = " + ".join(vn(x, k) for x in pv).replace("+ -", "- ")
        auto = f"{expr} = {vn(comp, k)}{unit}; stated {vn(tv, k)}{unit}"
        if verdict == "consistent":
            assert comp == tv, (anchor, comp, tv)
        elif verdict == "inconsistent":
            assert comp != tv, (anchor, comp, tv)
        elif verdict == "ambiguous":
            pass
        else:
            raise AssertionError("sum cannot be a rounding slip")
        fig = fig if fig is not None else (total if isinstance(total, str) else vn(tv))
        self.add("sum", anchor, verdict, (auto + (". " + note if note else "")), vn(comp, k) + unit, fig)

    def subset(self, anchor, part, parent, verdict="consistent", note=""):
        pv, tv = self.v(part), self.v(parent)
        auto = f"{vn(pv, places(part) if isinstance(part, str) else 0)} ≤ {vn(tv, places(parent) if isinstance(parent, str) else 0)}"
        if verdict == "consistent":
            assert pv <= tv
        elif verdict == "inconsistent":
            assert pv > tv
        self.add("subset", anchor, verdict, auto + (". " + note if note else ""), None,
                 part if isinstance(part, str) else None)

    def pct(self, kind, anchor, stated, num, den, verdict="consistent", note="", scale=100,
            change=False, word=None, unit="%", expr=None):
        """stated = num/den*scale (share, ratio against plan / same period), or, with change=True,
        stated = |num/den*scale - scale| with word 'tăng'/'giảm'/'vượt' giving the sign."""
        nv, dv = self.v(num), self.v(den)
        ex = nv * D(scale) / dv
        word_ok = True
        if change:
            ex = ex - D(scale)
            exp_word = "giảm" if ex < 0 else word if word in ("tăng", "vượt") else "tăng"
            word_ok = (word == exp_word)
        if verdict == "ambiguous":
            r = None
            rt = ""
        else:
            r, t, k = self._judge(stated, ex, verdict, word_ok)
            rt = f" → {vn(r, k)}{unit}"
        e = expr or f"{vn(nv, places(num) if isinstance(num, str) else 0)} / {vn(dv, places(den) if isinstance(den, str) else 0)}"
        if change:
            auto = f"{e} × {scale} − {scale} = {exact_str(ex)}{rt}; stated {word} {stated}{unit}"
        else:
            auto = f"{e} × {scale} = {exact_str(ex)}{rt}; stated {stated}{unit}"
        right = None
        if r is not None:
            k = places(stated)
            right = f"{vn(r, k)}{unit}"
            if change and not word_ok:  # the word itself is wrong: give the word too
                right = f"{'giảm' if ex < 0 else (word if word in ('tăng', 'vượt') else 'tăng')} {right}"
        self.add(kind, anchor, verdict, auto + (". " + note if note else ""), right,
                 stated if verdict != "ambiguous" or stated in anchor else None)

    def share(self, anchor, stated, num, den, verdict="consistent", note="", **kw):
        self.pct("share", anchor, stated, num, den, verdict, note, **kw)

    def ratio(self, anchor, stated, num, den, verdict="consistent", note="", **kw):
        self.pct("ratio", anchor, stated, num, den, verdict, note, **kw)

    def value(self, kind, anchor, stated, exact, verdict="consistent", note="", unit=""):
        """A stated value against an exact expected value (given as Decimal)."""
        r, t, k = self._judge(stated, exact, verdict)
        auto = f"expected {exact_str(exact)} → {vn(r, k)}{unit}; stated {stated}{unit}"
        self.add(kind, anchor, verdict, auto + (". " + note if note else ""), f"{vn(r, k)}{unit}", stated)

    def fraction(self, anchor, a, b, verdict="consistent", pct=None, whole=None, note=""):
        """'a/b' (part/whole), optionally followed by a percentage; b must equal the whole stated elsewhere."""
        av, bv = self.v(a), self.v(b)
        wv = self.v(whole) if whole is not None else None
        ok_b = wv is None or bv == wv
        parts = [f"{a}/{b}: {a} ≤ {b}"]
        right = None
        if wv is not None:
            parts.append(f"whole stated elsewhere = {whole}")
        if pct is not None:
            ex = av * 100 / bv
            k = places(pct)
            r = q(ex, k)
            t = q(ex, k, ROUND_DOWN)
            parts.append(f"{a}/{b} × 100 = {exact_str(ex)} → {vn(r, k)}%; stated {pct}%")
            sv = parse(pct)
            if verdict == "consistent":
                assert ok_b and av <= bv and sv == r, (anchor, r)
            elif verdict == "rounding":
                assert ok_b and sv == t != r
                right = f"{vn(r, k)}%"
            elif verdict == "inconsistent":
                assert not (ok_b and av <= bv and sv in (r, t))
                right = f"{vn(r, k)}%" if ok_b else f"{a}/{whole}"
        else:
            if verdict == "consistent":
                assert ok_b and av <= bv
            elif verdict == "inconsistent":
                assert not (ok_b and av <= bv)
                right = f"{a}/{whole}"
        self.add("fraction", anchor, verdict, "; ".join(parts) + (". " + note if note else ""), right, f"{a}/{b}")

    def difference(self, anchor, stated, cur, prev, word, verdict="consistent", note="", unit=""):
        cv, pv = self.v(cur), self.v(prev)
        k = places(stated)
        comp = cv - pv
        exp_word = "tăng" if comp > 0 else "giảm"
        if word in ("còn lại", "chênh lệch", "tiết kiệm", "tồn"):
            exp_word = word
            comp = abs(comp)
        ok = word == exp_word and parse(stated) == abs(comp)
        auto = f"{vn(cv, k)} − {vn(pv, k)} = {vn(cv - pv, k)}{unit}; stated {word} {stated}{unit}"
        if verdict == "consistent":
            assert ok, (anchor, comp)
        elif verdict == "inconsistent":
            assert not ok, (anchor, comp)
        right = f"{vn(abs(comp), k)}{unit}"
        if stated.startswith("0") and k == 0 and abs(comp) < 10:  # keep the draft's leading-zero style
            right = f"{int(abs(comp)):02d}{unit}"
        if word != exp_word:  # the word itself is wrong: give the word too
            right = f"{exp_word} {right}"
        self.add("difference", anchor, verdict, auto + (". " + note if note else ""), right, stated)

    def points(self, anchor, stated, cur, prev, word, verdict="consistent", note="", rel=None):
        """Change of a rate in percentage points (drafts often write it as '%')."""
        cv, pv = self.v(cur), self.v(prev)
        ex = cv - pv
        word_ok = word == ("tăng" if ex > 0 else "giảm")
        extra = ""
        if rel is not None:  # the relative reading, shown for the record
            extra = f"; relative reading {exact_str((cv / pv - 1) * 100)} %"
        if verdict == "ambiguous":
            auto = f"points {exact_str(ex)}{extra}"
            self.add("points", anchor, verdict, auto + (". " + note if note else ""), None, stated)
            return
        r, t, k = self._judge(stated, ex, verdict, word_ok)
        auto = f"{exact_str(cv)} − {exact_str(pv)} = {exact_str(ex)} points → {vn(r, k)}; stated {word} {stated}{extra}"
        right = vn(r, k) if word_ok else f"{'tăng' if ex > 0 else 'giảm'} {vn(r, k)}"
        self.add("points", anchor, verdict, auto + (". " + note if note else ""), right, stated)

    def repeat(self, anchor, stated, first, verdict="consistent", note=""):
        self.v(first)
        if verdict == "consistent":
            assert parse(stated) == parse(first)
        elif verdict == "inconsistent":
            assert parse(stated) != parse(first)
        auto = f"stated {stated}; same quantity given earlier as {first}"
        self.add("repeat", anchor, verdict, auto + (". " + note if note else ""), first, stated)

    def term(self, anchor, stated, right, verdict="consistent", note=""):
        if verdict == "consistent":
            assert stated == right
        elif verdict == "inconsistent":
            assert stated != right
        auto = f"period named {stated}; the period compared against is {right}"
        self.add("term", anchor, verdict, auto + (". " + note if note else ""), right, stated)

    def amb(self, kind, anchor, fig, note):
        """An ambiguous claim whose figure cannot be recomputed at all (base or previous value not given)."""
        self.add(kind, anchor, "ambiguous", note, None, fig)

    # output ----------------------------------------------------------------
    def text(self):
        return "\n".join(self.lines) + "\n"

    def finish(self):
        full = self.text()
        for s, ci in self.inputs:
            pat = r"(?<![\d])(?<![\d][.,])" + re.escape(s) + r"(?![\d])(?![.,]\d)"
            assert re.search(pat, full), f"{self.name}: input {s!r} (claim #{ci}) not found in the draft"
        n = len(full)
        assert 7000 <= n <= 8500, f"{self.name}: {n} characters"
        # footnotes last
        seen_fn = False
        for l in self.lines:
            if l.startswith(FN):
                seen_fn = True
            else:
                assert not seen_fn, "footnotes must come last"
        return full


# ============================================================================= d13-01 museum
def draft1():
    d = Doc("d13-01-bao-tang-tinh.txt")
    for h in ["SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH ...", "BẢO TÀNG TỈNH", "Số: .../BC-BTT",
              "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
              "..., ngày ... tháng 12 năm 2024", "BÁO CÁO",
              "Tổng kết công tác năm 2024, phương hướng, nhiệm vụ năm 2025"]:
        d.p(h)
    d.p("Thực hiện Công văn số 2187/SVHTTDL-VP ngày 18/11/2024 của Sở Văn hóa, Thể thao và Du lịch về việc "
        "xây dựng báo cáo tổng kết năm 2024, Bảo tàng tỉnh báo cáo kết quả thực hiện nhiệm vụ năm 2024 như sau:")
    d.p("I. ĐẶC ĐIỂM TÌNH HÌNH")
    d.p("Bảo tàng tỉnh là đơn vị sự nghiệp công lập trực thuộc Sở, được tổ chức theo Quyết định số "
        "25/2021/QĐ-UBND ngày 09/8/2021 của UBND tỉnh, gồm Ban Giám đốc và 04 phòng chuyên môn, phục vụ nhân dân "
        "trên địa bàn 10 huyện, thị xã, thành phố (08 huyện, 01 thị xã, 01 thành phố). Đến ngày 31/12/2024, "
        "tổng số viên chức và người lao động là 38 người, gồm 31 viên chức và 07 lao động hợp đồng theo Nghị định "
        "số 111/2022/NĐ-CP; trong đó nữ 21 người, đảng viên 19 đồng chí. Về trình độ chuyên môn: thạc sĩ 06 người, "
        "chiếm 19,35%; đại học 25 người, chiếm 65,79%; cao đẳng, trung cấp 04 người; chưa qua đào tạo 03 người.")
    d.sum("10 huyện, thị xã, thành phố (08 huyện", "10", ["08", "01", "01"])
    d.sum("là 38 người, gồm 31 viên chức", "38", ["31", "07"])
    d.subset("nữ 21 người", "21", "38", note="women, another dimension than the contract split")
    d.subset("đảng viên 19 đồng chí", "19", "38", note="party members, overlapping dimension")
    d.share("thạc sĩ 06 người, chiếm 19,35%", "19,35", "06", "38", "inconsistent",
            note="19,35% is 6/31 (viên chức only); the other levels (6+25+4+3 = 38) and 65,79% = 25/38 use the 38 staff")
    d.share("chiếm 65,79%", "65,79", "25", "38")
    d.p("Bên cạnh những thuận lợi, Bảo tàng còn gặp nhiều khó khăn: hệ thống kho được xây dựng từ năm 2006, "
        "diện tích 420 m², đã xuống cấp; trang thiết bị bảo quản còn thiếu; biên chế được giao chưa đáp ứng yêu "
        "cầu nhiệm vụ; nguồn kinh phí dành cho sưu tầm còn hạn chế so với nhu cầu.")
    d.p("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024")
    d.p("1. Công tác sưu tầm, kiểm kê, bảo quản")
    d.p("Năm 2024, Bảo tàng sưu tầm được 412 hiện vật, tài liệu, gồm 265 hiện vật gốc (chiếm 64,32%) và 147 tài "
        "liệu, hình ảnh (chiếm 35,67%), đạt 103% kế hoạch năm (400 hiện vật) và tăng 57 hiện vật so với năm 2023 "
        "(355 hiện vật); trong đó 96 hiện vật do tổ chức, cá nhân hiến tặng. Hội đồng xác định hiện vật họp 05 phiên, "
        "xem xét 285 hiện vật đề nghị nhập kho, chấp thuận 268/285 hiện vật, đạt 94,04%; còn lại 17 hiện vật trả "
        "lại do chưa đủ cơ sở khoa học. Kinh phí sưu tầm gồm 1,25 tỷ đồng từ ngân sách tỉnh và 380 triệu đồng vận "
        "động xã hội hóa, tổng cộng 1,63 tỷ đồng.")
    d.sum("412 hiện vật, tài liệu, gồm", "412", ["265", "147"])
    d.share("(chiếm 64,32%)", "64,32", "265", "412")
    d.share("(chiếm 35,67%)", "35,67", "147", "412", "rounding")
    d.ratio("đạt 103% kế hoạch năm", "103", "412", "400")
    d.difference("tăng 57 hiện vật", "57", "412", "355", "tăng")
    d.subset("trong đó 96 hiện vật", "96", "412")
    d.fraction("268/285 hiện vật, đạt 94,04%", "268", "285", pct="94,04",
               note="94,0351 rounds up to 94,04 (a truncating reader gets 94,03)")
    d.difference("còn lại 17 hiện vật", "17", "285", "268", "còn lại")
    d.sum("tổng cộng 1,63 tỷ đồng", "1,63", ["1,25", D("0.38")], unit=" tỷ đồng",
          note="380 triệu đồng = 0,38 tỷ đồng")
    d.p("Tính đến ngày 31/12/2024, tổng số hiện vật, tài liệu trong kho là 18.642 đơn vị, tăng 412 đơn vị so với "
        "thời điểm 31/12/2023 (18.230 đơn vị). Trong năm đã kiểm kê khoa học, số hóa 2.150/18.642 hiện vật, đạt "
        "11,53% (năm 2023 đạt 9,26%), tăng 2,27 điểm phần trăm. Bảo quản định kỳ 3.550 hiện vật, trong đó chất "
        "liệu giấy 1.215 hiện vật, kim loại 980, gốm sứ 860, chất liệu khác 450; xử lý khẩn cấp 46 hiện vật bị "
        "nấm mốc, ô xy hóa theo quy trình tại Thông tư số 18/2010/TT-BVHTTDL.")
    d.difference("tăng 412 đơn vị", "412", "18.642", "18.230", "tăng")
    d.fraction("2.150/18.642 hiện vật, đạt 11,53%", "2.150", "18.642", pct="11,53")
    d.points("tăng 2,27 điểm phần trăm", "2,27", D(2150) * 100 / D(18642), "9,26", "tăng")
    d.sum("Bảo quản định kỳ 3.550 hiện vật", "3.550", ["1.215", "980", "860", "450"], "inconsistent",
          note="materials are one dimension (disjoint, exhaustive with 'khác'); 3.550 is 3.505 with two digits swapped")
    d.p("2. Công tác trưng bày, triển lãm, giáo dục và phục vụ khách tham quan")
    d.p("Chỉnh lý, nâng cấp 02 chuyên đề trong hệ thống trưng bày thường xuyên (diện tích 1.850 m²). Tổ chức 14 "
        "cuộc trưng bày, triển lãm, gồm 03 trưng bày chuyên đề tại trụ sở, 09 triển lãm lưu động và 02 triển lãm "
        "trực tuyến; các triển lãm lưu động được tổ chức tại 09/10 huyện, thị xã, thành phố, phục vụ các ngày lễ "
        "lớn và kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (07/5/1954 - 07/5/2024).")
    d.sum("Tổ chức 14 cuộc trưng bày", "14", ["03", "09", "02"])
    d.fraction("09/10 huyện, thị xã, thành phố", "09", "10", whole="10",
               note="10 district-level units stated in part I")
    d.p("Tổng lượt khách đến tham quan năm 2024 đạt 86.425 lượt, bằng 112,08% so với năm 2023 (77.107 lượt) và "
        "đạt 108,03% kế hoạch năm (80.000 lượt); chia theo kỳ: 6 tháng đầu năm 35.221 lượt, 6 tháng cuối năm "
        "51.204 lượt, tăng 45,38% so với 6 tháng đầu năm. Trong tổng số khách, khách quốc tế 4.236 lượt, chiếm "
        "4,90%, giảm 0,8% so với năm 2023 (năm 2023 đón 4.392 lượt khách quốc tế); học sinh, sinh viên 38.950 "
        "lượt, chiếm 45,06%; khách thuộc đối tượng miễn, giảm phí theo Nghị quyết số 12/2020/NQ-HĐND 27.318 lượt.")
    d.sum("đạt 86.425 lượt", "86.425", ["35.221", "51.204"])
    d.ratio("bằng 112,08%", "112,08", "86.425", "77.107")
    d.ratio("đạt 108,03% kế hoạch", "108,03", "86.425", "80.000")
    d.ratio("tăng 45,38%", "45,38", "51.204", "35.221", change=True, word="tăng")
    d.share("chiếm 4,90%", "4,90", "4.236", "86.425")
    d.points("giảm 0,8%", "0,8", D(4236) * 100 / D(86425), D(4392) * 100 / D(77107), "giảm", rel=True,
             note="2023 share 4.392/77.107 = 5,6960 %; holds in percentage points, not as a relative change "
                  "(4.236/4.392 − 1 = −3,55 %)")
    d.share("chiếm 45,06%", "45,06", "38.950", "86.425", "rounding")
    d.subset("27.318 lượt", "27.318", "86.425")
    d.p("Phối hợp với Sở Giáo dục và Đào tạo tổ chức 126 buổi hoạt động giáo dục trải nghiệm cho 9.870 học sinh "
        "của 42 trường (năm 2023: 98 buổi, 7.415 học sinh), tăng 28 buổi và 2.545 em; trong đó học sinh tiểu học "
        "4.120 em, trung học cơ sở 3.985 em, học sinh các trường phổ thông dân tộc nội trú 2.140 em. Chương trình "
        "“Em yêu lịch sử quê hương” được duy trì vào sáng thứ Bảy hằng tuần, đăng ký qua số điện thoại 0239.3855.417.")
    d.difference("tăng 28 buổi", "28", "126", "98", "tăng")
    d.difference("và 2.545 em", "2.545", "9.870", "7.415", "tăng", "inconsistent",
                 note="two digits swapped: 9.870 − 7.415 = 2.455")
    d.sum("cho 9.870 học sinh", "9.870", ["4.120", "3.985", "2.140"], "ambiguous",
          note="parts exceed the total by 375, but boarding-school (dân tộc nội trú) pupils are also THCS/THPT "
               "pupils: levels and school type may overlap, the text does not say")
    d.p("Trang thông tin điện tử của Bảo tàng có 214.560 lượt truy cập, tăng 31,4% so với năm 2023 (163.290 lượt); "
        "số hóa 3D 120 hiện vật tiêu biểu, đăng tải 86 tin, bài giới thiệu hiện vật, chuyên đề.")
    d.ratio("tăng 31,4%", "31,4", "214.560", "163.290", change=True, word="tăng")
    d.p("3. Công tác nghiên cứu khoa học và phối hợp")
    d.p("Hoàn thành 02 đề tài nghiên cứu cấp cơ sở, xuất bản 01 ấn phẩm giới thiệu hiện vật tiêu biểu; phối hợp "
        "lập hồ sơ khoa học đề nghị xếp hạng 03 di tích (01 di tích cấp quốc gia, 02 di tích cấp tỉnh) theo quy "
        "định tại Điều 29 Luật Di sản văn hóa; cung cấp tư liệu cho 15 lượt tổ chức, cá nhân nghiên cứu.")
    d.sum("03 di tích", "03", ["01", "02"])
    d.p("4. Công tác tài chính, cơ sở vật chất")
    d.p("Tổng dự toán được giao năm 2024 là 7,865 tỷ đồng, gồm kinh phí giao tự chủ 5,120 tỷ đồng và kinh phí "
        "không giao tự chủ 2,745 tỷ đồng. Đến ngày 31/12/2024 đã giải ngân 7,418 tỷ đồng, đạt 94,31% dự toán; số "
        "còn lại chủ yếu là kinh phí tu bổ kho chưa đủ thủ tục thanh toán. Thu phí tham quan và dịch vụ đạt 612,4 "
        "triệu đồng, tăng 18,6% so với năm 2023 (516,3 triệu đồng).")
    d.sum("7,865 tỷ đồng, gồm", "7,865", ["5,120", "2,745"], unit=" tỷ đồng")
    d.ratio("đạt 94,31% dự toán", "94,31", "7,418", "7,865", "rounding")
    d.ratio("tăng 18,6%", "18,6", "612,4", "516,3", change=True, word="tăng")
    d.p("5. Công tác tổ chức cán bộ, thi đua, khen thưởng")
    d.p("Kết quả đánh giá, xếp loại năm 2024 đối với 36 viên chức và người lao động: hoàn thành xuất sắc nhiệm vụ "
        "07 người, chiếm 19,44%; hoàn thành tốt nhiệm vụ 25 người, chiếm 69,44%; hoàn thành nhiệm vụ 04 người, "
        "chiếm 11,11%; không có trường hợp không hoàn thành nhiệm vụ. Đề nghị UBND tỉnh tặng Bằng khen cho 01 "
        "tập thể, 03 cá nhân; Giám đốc Sở công nhận 05 Chiến sĩ thi đua cơ sở.")
    d.repeat("36 viên chức và người lao động", "36", "38", "ambiguous",
             note="38 staff at 31/12/2024 in part I; 36 rated: staff recruited during the year may not be rated, "
                  "the text does not say")
    d.sum("đối với 36 viên chức", "36", ["07", "25", "04"],
          note="four disjoint rating levels for viên chức (none 'không hoàn thành')")
    d.share("chiếm 19,44%", "19,44", "07", "36")
    d.share("chiếm 69,44%", "69,44", "25", "36")
    d.share("chiếm 11,11%", "11,11", "04", "36")
    d.p("III. ĐÁNH GIÁ CHUNG")
    d.p("Năm 2024, Bảo tàng hoàn thành 11/12 chỉ tiêu kế hoạch, đạt 91,76%; chỉ tiêu chưa đạt là số hóa hiện vật "
        "(thực hiện 2.150/2.500 hiện vật theo kế hoạch, đạt 86%). Lượt khách tham quan đạt 86.425 lượt, tăng "
        "9.318 lượt so với năm trước, cao nhất từ trước đến nay; công tác sưu tầm vượt kế hoạch với 421 hiện vật, "
        "tài liệu, nhiều hơn năm 2023 (353 hiện vật). Giai đoạn 2021 - 2025, tính đến hết năm 2024 Bảo tàng sưu "
        "tầm được 1.584 hiện vật, tăng 326 hiện vật so với cả giai đoạn 2011 - 2015 (1.258 hiện vật).")
    d.fraction("11/12 chỉ tiêu kế hoạch, đạt 91,76%", "11", "12", "inconsistent", pct="91,76",
               note="digits swapped: 11/12 = 91,67 %")
    d.repeat("(thực hiện 2.150", "2.150", "2.150", note="same as the 2.150 digitised objects in part II.1")
    d.fraction("2.150/2.500 hiện vật theo kế hoạch, đạt 86%", "2.150", "2.500", pct="86")
    d.repeat("đạt 86.425 lượt, tăng", "86.425", "86.425")
    d.difference("tăng 9.318 lượt", "9.318", "86.425", "77.107", "tăng")
    d.repeat("với 421 hiện vật", "421", "412", "inconsistent", note="412 in part II.1 (265 + 147); 421 swaps two digits")
    d.repeat("(353 hiện vật)", "353", "355", "inconsistent",
             note="the 2023 figure is 355 in part II.1 (and 412 − 57 = 355)")
    d.difference("tăng 326 hiện vật", "326", "1.584", "1.258", "tăng")
    d.term("giai đoạn 2011 - 2015", "2011 - 2015", "2016 - 2020", "inconsistent",
           note="a 2021 - 2025 figure is compared with the previous period, 2016 - 2020")
    d.p("Tuy nhiên, vẫn còn một số hạn chế: kho chưa được cải tạo; tiến độ số hóa chậm; hoạt động trưng bày chưa "
        "ứng dụng nhiều công nghệ; một số hiện vật mới sưu tầm chưa được nghiên cứu, giám định kịp thời. Hiện Bảo "
        "tàng đang quản lý 18.587 hiện vật, tài liệu, trong khi kho chỉ đáp ứng khoảng 70% nhu cầu lưu giữ.")
    d.repeat("18.587 hiện vật", "18.587", "18.642", "ambiguous",
             note="18.642 at 31/12/2024; 'hiện' has no date (could be an earlier count, or after objects were "
                  "returned or written off): cannot tell whether it is a slip")
    d.p("Nguyên nhân của hạn chế chủ yếu do nguồn lực đầu tư cho bảo quản, số hóa còn thấp; đội ngũ làm công tác "
        "kiểm kê, giám định hiện vật còn mỏng, phần lớn kiêm nhiệm; cơ chế phối hợp với các đơn vị du lịch, lữ hành "
        "chưa chặt chẽ. Từ thực tiễn năm 2024, Bảo tàng rút ra bài học: phải chủ động xây dựng kế hoạch sưu tầm gắn "
        "với đề tài nghiên cứu; đa dạng hóa hình thức trưng bày, kết hợp trưng bày lưu động với hoạt động giáo dục "
        "tại trường học; tranh thủ sự ủng hộ của các tổ chức, cá nhân trong vận động hiến tặng hiện vật.")
    d.p("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025")
    d.p("Phấn đấu đón 92.000 lượt khách, tăng 6,45% so với thực hiện năm 2024; sưu tầm 420 hiện vật, tài liệu; số "
        "hóa thêm 2.500 hiện vật, nâng tổng số hiện vật được số hóa lên 4.650 hiện vật. Đề nghị Sở tham mưu UBND "
        "tỉnh bổ sung 04 biên chế viên chức, nâng tổng số viên chức lên 35 người; bố trí ... tỷ đồng cải tạo kho "
        "hiện vật theo Đề án đã được phê duyệt.")
    d.ratio("tăng 6,45%", "6,45", "92.000", "86.425", change=True, word="tăng")
    d.sum("lên 4.650 hiện vật", "4.650", ["2.150", "2.500"])
    d.sum("lên 35 người", "35", ["31", "04"])
    d.p("Trên đây là báo cáo tổng kết công tác năm 2024, phương hướng, nhiệm vụ năm 2025 của Bảo tàng tỉnh./.")
    d.p("Nơi nhận: - Sở VHTTDL (b/c); - Lưu: VT, HCTH.")
    d.p("GIÁM ĐỐC")
    d.fn("Ban Giám đốc 03 người; Phòng Hành chính - Tổng hợp 07 người; Phòng Nghiên cứu - Sưu tầm 08 người; "
         "Phòng Kiểm kê - Bảo quản 09 người; Phòng Trưng bày - Giáo dục 11 người; tổng cộng 38 người.")
    d.sum("tổng cộng 38 người", "38", ["03", "07", "08", "09", "11"])
    d.fn("Năm 2024 đón 86.425 lượt khách, chia ra: khách trong tỉnh 58.720 lượt, khách ngoài tỉnh 23.469 lượt, "
         "khách quốc tế 4.236 lượt (Lào 1.512 lượt, Hàn Quốc 986 lượt, Thái Lan 624 lượt, các nước khác 1.114 lượt).")
    d.repeat("đón 86.425 lượt khách", "86.425", "86.425")
    d.sum("86.425 lượt khách, chia ra", "86.425", ["58.720", "23.469", "4.236"])
    d.repeat("khách quốc tế 4.236 lượt", "4.236", "4.236")
    d.sum("4.236 lượt (Lào", "4.236", ["1.512", "986", "624", "1.114"])
    return d


# ============================================================================= d13-02 planning & investment
def draft2():
    d = Doc("d13-02-so-ke-hoach-dau-tu.txt")
    for h in ["UBND TỈNH ...", "SỞ KẾ HOẠCH VÀ ĐẦU TƯ", "Số: .../BC-SKHĐT",
              "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
              "..., ngày ... tháng 6 năm 2024", "BÁO CÁO",
              "Kết quả thực hiện nhiệm vụ 6 tháng đầu năm, phương hướng, nhiệm vụ 6 tháng cuối năm 2024"]:
        d.p(h)
    d.p("Căn cứ Quyết định số 3125/QĐ-UBND ngày 22/12/2023 của UBND tỉnh về giao chỉ tiêu kế hoạch phát triển "
        "kinh tế - xã hội năm 2024; thực hiện Công văn số 1356/UBND-TH ngày 28/5/2024 của UBND tỉnh, Sở Kế hoạch "
        "và Đầu tư báo cáo như sau:")
    d.p("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2024")
    d.p("1. Công tác tham mưu tổng hợp, theo dõi tình hình kinh tế - xã hội")
    d.p("Sở đã tham mưu UBND tỉnh ban hành Kế hoạch hành động thực hiện Nghị quyết số 01/NQ-CP ngày 05/01/2024 "
        "của Chính phủ. Ước tính tốc độ tăng trưởng GRDP 6 tháng đầu năm đạt 6,82%. Thu ngân sách nhà nước trên "
        "địa bàn ước 5.428,6 tỷ đồng, đạt 52,37% dự toán (10.365 tỷ đồng), bằng 108,4% so với cùng kỳ (5.008,2 tỷ "
        "đồng), gồm thu nội địa 4.712,3 tỷ đồng và thu từ hoạt động xuất nhập khẩu 716,3 tỷ đồng. Kim ngạch xuất "
        "khẩu đạt 1.245,8 triệu USD, tăng 11,2% so với cùng kỳ năm 2023 (1.120,3 triệu USD); kim ngạch nhập khẩu "
        "812,4 triệu USD, bằng 1.064% cùng kỳ (763,5 triệu USD).")
    d.sum("ước 5.428,6 tỷ đồng", "5.428,6", ["4.712,3", "716,3"], unit=" tỷ đồng")
    d.ratio("đạt 52,37% dự toán", "52,37", "5.428,6", "10.365")
    d.ratio("bằng 108,4% so với cùng kỳ", "108,4", "5.428,6", "5.008,2")
    d.ratio("tăng 11,2%", "11,2", "1.245,8", "1.120,3", change=True, word="tăng")
    d.ratio("bằng 1.064% cùng kỳ", "1.064", "812,4", "763,5", "ambiguous",
            note="'1.064%' read vi-VN is 1064 %, impossible here; 812,4/763,5 = 106,40 %, so it may be a mistyped "
                 "106,4% — the number itself is ambiguous and must not be parsed silently")
    d.p("Tổng vốn đầu tư toàn xã hội 6 tháng đầu năm ước 14.862 tỷ đồng, tăng 9,6% so với cùng kỳ (13.560 tỷ "
        "đồng), chia ra: vốn khu vực nhà nước 3.915 tỷ đồng, chiếm 26,34%; vốn khu vực ngoài nhà nước 9.624 tỷ "
        "đồng, chiếm 64,75%; vốn đầu tư trực tiếp nước ngoài 1.323 tỷ đồng. Chỉ số năng lực cạnh tranh cấp tỉnh "
        "(PCI) năm 2023 đạt 66,42 điểm, tăng 1,18 điểm so với năm 2022 (65,24 điểm), xếp thứ 25/63 tỉnh, thành phố.")
    d.sum("ước 14.862 tỷ đồng", "14.862", ["3.915", "9.624", "1.323"], unit=" tỷ đồng")
    d.ratio("tăng 9,6%", "9,6", "14.862", "13.560", change=True, word="tăng")
    d.share("chiếm 26,34%", "26,34", "3.915", "14.862")
    d.share("chiếm 64,75%", "64,75", "9.624", "14.862", "rounding")
    d.difference("tăng 1,18 điểm", "1,18", "66,42", "65,24", "tăng", note="PCI index points; 25/63 is a rank, not a fraction")
    d.p("2. Công tác quản lý đầu tư công")
    d.p("Kế hoạch vốn đầu tư công năm 2024 được HĐND tỉnh giao tại Nghị quyết số 87/NQ-HĐND ngày 08/12/2023 là "
        "4.856,3 tỷ đồng, gồm: vốn ngân sách địa phương 2.974,5 tỷ đồng; vốn ngân sách trung ương 1.881,8 tỷ đồng "
        "(vốn trong nước 1.512,6 tỷ đồng, vốn nước ngoài 369,2 tỷ đồng). Đến nay đã phân bổ chi tiết 4.612,8 tỷ "
        "đồng, số chưa phân bổ là 243,5 tỷ đồng, chủ yếu thuộc các dự án chưa hoàn thiện thủ tục đầu tư. Năm 2024 "
        "bố trí vốn cho 246 dự án, gồm 58 dự án hoàn thành, 112 dự án chuyển tiếp và 76 dự án khởi công mới; đến "
        "ngày 30/6/2024 đã khởi công 49/76 dự án, đạt 64,47%.")
    d.sum("là 4.856,3 tỷ đồng", "4.856,3", ["2.974,5", "1.881,8"], unit=" tỷ đồng")
    d.sum("1.881,8 tỷ đồng (vốn trong nước", "1.881,8", ["1.512,6", "369,2"], unit=" tỷ đồng")
    d.difference("là 243,5 tỷ đồng", "243,5", "4.856,3", "4.612,8", "còn lại", unit=" tỷ đồng")
    d.sum("cho 246 dự án", "246", ["58", "112", "76"])
    d.fraction("49/76 dự án, đạt 64,47%", "49", "76", pct="64,47", whole="76")
    d.p("Giá trị giải ngân đến ngày 30/6/2024 là 1.638,7 tỷ đồng, đạt 33,74% kế hoạch HĐND tỉnh giao và đạt 35,53% "
        "kế hoạch đã phân bổ chi tiết; cao hơn cùng kỳ năm 2023 (30,12%) là 3,26 điểm phần trăm. Riêng vốn nước "
        "ngoài giải ngân 52,8 tỷ đồng, mới đạt 2,81% kế hoạch. Trong 41 chủ đầu tư được giao vốn, có 18 chủ đầu tư "
        "giải ngân trên 40% kế hoạch vốn, 27 chủ đầu tư chưa đạt tiến độ giải ngân theo kế hoạch 6 tháng.")
    d.ratio("đạt 33,74% kế hoạch", "33,74", "1.638,7", "4.856,3")
    d.ratio("đạt 35,53%", "35,53", "1.638,7", "4.612,8",
            note="second base: the part of the plan already allocated in detail (4.612,8)")
    d.points("3,26 điểm phần trăm", "3,26", D("1638.7") * 100 / D("4856.3"), "30,12", "tăng", "inconsistent",
             note="digits swapped (33,74 − 30,12 = 3,62)")
    d.ratio("mới đạt 2,81% kế hoạch", "2,81", "52,8", "369,2", "inconsistent",
            note="2,81% is 52,8 / 1.881,8 (all central-budget capital); the foreign-capital plan is 369,2")
    d.sum("Trong 41 chủ đầu tư", "41", ["18", "27"], "ambiguous",
          note="18 + 27 = 45 > 41, but 'above 40 %' and 'behind the 6-month schedule' can overlap when the "
               "6-month target exceeds 40 %: the text does not give the target")
    d.p("Kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025 của tỉnh là 21.480 tỷ đồng, tăng 38,2% so với giai "
        "đoạn 2016 - 2020 (15.543 tỷ đồng); lũy kế giải ngân từ đầu giai đoạn đến ngày 30/6/2024 đạt 13.862,4 tỷ "
        "đồng, bằng 64,54% kế hoạch trung hạn.")
    d.ratio("tăng 38,2%", "38,2", "21.480", "15.543", change=True, word="tăng")
    d.term("giai đoạn 2016 - 2020", "2016 - 2020", "2016 - 2020")
    d.ratio("bằng 64,54%", "64,54", "13.862,4", "21.480")
    d.p("3. Công tác đăng ký doanh nghiệp, phát triển kinh tế tập thể")
    d.p("6 tháng đầu năm, Sở cấp đăng ký thành lập mới cho 612 doanh nghiệp, tăng 8,7% so với cùng kỳ (563 doanh "
        "nghiệp), với tổng vốn đăng ký 5.236,4 tỷ đồng, giảm 13,2% so với cùng kỳ (4.625,1 tỷ đồng); vốn đăng ký "
        "bình quân 8,56 tỷ đồng/doanh nghiệp. Chia theo lĩnh vực: thương mại, dịch vụ 398 doanh nghiệp, chiếm "
        "65,03%; xây dựng 121; công nghiệp 64; nông, lâm nghiệp và thủy sản 29. Số doanh nghiệp do nữ làm chủ là "
        "178, chiếm 29,08% số doanh nghiệp thành lập mới. Cùng với 1.882,5 tỷ đồng vốn tăng thêm của 74 doanh "
        "nghiệp đang hoạt động, tổng vốn đăng ký mới và tăng thêm đạt 7.118,9 tỷ đồng.")
    d.sum("cho 612 doanh nghiệp", "612", ["398", "121", "64", "29"])
    d.ratio("tăng 8,7%", "8,7", "612", "563", change=True, word="tăng")
    d.ratio("giảm 13,2%", "13,2", "5.236,4", "4.625,1", "inconsistent", change=True, word="giảm",
            note="5.236,4 > 4.625,1: an increase of 13,2 %, the word is wrong")
    d.ratio("8,56 tỷ đồng/doanh nghiệp", "8,56", "5.236,4", "612", scale=1, unit=" tỷ đồng",
            note="average capital per new enterprise")
    d.share("chiếm 65,03%", "65,03", "398", "612")
    d.share("chiếm 29,08%", "29,08", "178", "612")
    d.sum("đạt 7.118,9 tỷ đồng", "7.118,9", ["5.236,4", "1.882,5"], unit=" tỷ đồng")
    d.p("Có 218 doanh nghiệp quay trở lại hoạt động, tăng 35 doanh nghiệp so với cùng kỳ (193 doanh nghiệp); 395 "
        "doanh nghiệp đăng ký tạm ngừng kinh doanh có thời hạn; 87 doanh nghiệp hoàn tất thủ tục giải thể, giảm 12 "
        "doanh nghiệp so với cùng kỳ (99 doanh nghiệp) nhưng tăng 15 doanh nghiệp so với 6 tháng cuối năm 2023 (72 "
        "doanh nghiệp). Lũy kế đến ngày 30/6/2024, toàn tỉnh có 7.845 doanh nghiệp đang hoạt động, trong đó doanh "
        "nghiệp nhỏ và vừa 7.512 doanh nghiệp, chiếm 95,76%; doanh nghiệp có vốn đầu tư nước ngoài 112 doanh nghiệp.")
    d.difference("tăng 35 doanh nghiệp", "35", "218", "193", "tăng", "inconsistent", note="one digit: 218 − 193 = 25")
    d.difference("giảm 12 doanh nghiệp", "12", "87", "99", "giảm")
    d.difference("tăng 15 doanh nghiệp", "15", "87", "72", "tăng",
                 note="second period in the same sentence: 6 tháng cuối năm 2023")
    d.share("chiếm 95,76%", "95,76", "7.512", "7.845")
    d.subset("112 doanh nghiệp", "112", "7.845")
    d.p("Về kinh tế tập thể, thành lập mới 14 hợp tác xã, giải thể 03 hợp tác xã ngừng hoạt động lâu năm, nâng "
        "tổng số hợp tác xã trên địa bàn lên 386 hợp tác xã (thời điểm 31/12/2023 là 372 hợp tác xã).")
    d.sum("lên 386 hợp tác xã", "386", ["372", "14", D(-3)], "inconsistent",
          note="stock-flow: 372 + 14 − 03 = 383; 386 forgets the 03 dissolved")
    d.p("4. Công tác xúc tiến, thu hút đầu tư và quản lý dự án ngoài ngân sách")
    d.p("Trong 6 tháng, tỉnh chấp thuận chủ trương đầu tư, cấp Giấy chứng nhận đăng ký đầu tư cho 23 dự án, bằng "
        "76,67% so với cùng kỳ (30 dự án), tổng vốn đăng ký 8.742,5 tỷ đồng; gồm 19 dự án trong nước với vốn đăng "
        "ký 6.315,0 tỷ đồng và 04 dự án FDI với vốn đăng ký 160,2 triệu USD (tương đương 2.427,5 tỷ đồng). Điều "
        "chỉnh 31 lượt dự án, trong đó 09 lượt điều chỉnh tăng vốn; chấm dứt hoạt động 06 dự án chậm tiến độ theo "
        "Điều 48 Luật Đầu tư năm 2020. Lũy kế đến nay, trên địa bàn có 1.126 dự án còn hiệu lực, gồm 1.029 dự án "
        "trong nước và 97 dự án FDI.")
    d.sum("cho 23 dự án", "23", ["19", "04"])
    d.ratio("bằng 76,67%", "76,67", "23", "30")
    d.sum("tổng vốn đăng ký 8.742,5 tỷ đồng", "8.742,5", ["6.315,0", "2.427,5"], unit=" tỷ đồng",
          note="FDI capital converted: 160,2 triệu USD ≈ 2.427,5 tỷ đồng")
    d.subset("09 lượt", "09", "31")
    d.sum("1.126 dự án", "1.126", ["1.029", "97"])
    d.p("Tiếp nhận 15 khoản viện trợ phi chính phủ nước ngoài, giá trị giải ngân 1,82 triệu USD, đạt 60,66% kế "
        "hoạch năm (3,0 triệu USD).")
    d.ratio("đạt 60,66%", "60,66", "1,82", "3,0", "rounding")
    d.p("5. Công tác thẩm định, đấu thầu")
    d.p("Thẩm định 124 hồ sơ, gồm 78 kế hoạch lựa chọn nhà thầu, 41 báo cáo nghiên cứu khả thi và 15 hồ sơ đề xuất "
        "chủ trương đầu tư. Các kế hoạch lựa chọn nhà thầu được phê duyệt gồm 325 gói thầu (186 gói xây lắp, chiếm "
        "57,23%; 97 gói tư vấn; 42 gói mua sắm hàng hóa), trong đó 312/325 gói thầu thực hiện đấu thầu qua mạng, "
        "đạt 96%. Tổng giá các gói thầu 2.614,9 tỷ đồng, giá trúng thầu 2.498,1 tỷ đồng, tiết kiệm 116,8 tỷ đồng, "
        "tỷ lệ tiết kiệm 4,47%.")
    d.sum("Thẩm định 124 hồ sơ", "124", ["78", "41", "15"], "inconsistent", note="one digit: 78 + 41 + 15 = 134")
    d.sum("325 gói thầu (186", "325", ["186", "97", "42"])
    d.share("chiếm 57,23%", "57,23", "186", "325")
    d.fraction("312/325 gói thầu", "312", "325", pct="96", whole="325")
    d.difference("tiết kiệm 116,8 tỷ đồng", "116,8", "2.614,9", "2.498,1", "tiết kiệm", unit=" tỷ đồng")
    d.share("tỷ lệ tiết kiệm 4,47%", "4,47", "116,8", "2.614,9")
    d.p("6. Công tác thanh tra, cải cách hành chính")
    d.p("Thực hiện 05 cuộc thanh tra, kiểm tra 42 doanh nghiệp sau đăng ký thành lập; ban hành 11 quyết định xử "
        "phạt vi phạm hành chính theo Nghị định số 122/2021/NĐ-CP với tổng số tiền 186,5 triệu đồng. Bộ phận một "
        "cửa tiếp nhận 2.874 hồ sơ thủ tục hành chính, tăng 14,3% so với cùng kỳ (2.514 hồ sơ); đã giải quyết 2.731 "
        "hồ sơ, đang giải quyết 143 hồ sơ; số hồ sơ giải quyết đúng hạn và trước hạn 2.719 hồ sơ, đạt 99,56% số hồ "
        "sơ đã giải quyết. Hồ sơ nộp trực tuyến toàn trình 2.385/2.874, đạt 82,98%, cao hơn cùng kỳ (76,8%) 6,2 "
        "điểm phần trăm. Mọi phản ánh, kiến nghị xin gửi về đường dây nóng 0236.3822.217.")
    d.sum("tiếp nhận 2.874 hồ sơ", "2.874", ["2.731", "143"])
    d.ratio("tăng 14,3%", "14,3", "2.874", "2.514", change=True, word="tăng")
    d.share("đạt 99,56%", "99,56", "2.719", "2.731", note="base named: hồ sơ đã giải quyết")
    d.fraction("2.385/2.874, đạt 82,98%", "2.385", "2.874", "rounding", pct="82,98", whole="2.874")
    d.points("6,2 điểm phần trăm", "6,2", D(2385) * 100 / D(2874), "76,8", "tăng")
    d.p("II. ĐÁNH GIÁ CHUNG")
    d.p("Nhìn chung, 6 tháng đầu năm 2024 Sở đã hoàn thành khối lượng lớn công việc; số doanh nghiệp thành lập "
        "mới đạt 621 doanh nghiệp, tăng so với cùng kỳ; giải ngân vốn đầu tư công đạt 1.638,7 tỷ đồng, cao hơn "
        "bình quân chung cả nước. Hiện nay toàn tỉnh có 7.792 doanh nghiệp đang hoạt động. Tuy nhiên, tiến độ giải "
        "ngân vốn nước ngoài còn chậm; một số dự án ngoài ngân sách chậm triển khai, phải chấm dứt hoạt động.")
    d.repeat("621 doanh nghiệp", "621", "612", "inconsistent", note="612 new enterprises in part I.3; 621 swaps two digits")
    d.repeat("đạt 1.638,7 tỷ đồng", "1.638,7", "1.638,7")
    d.repeat("7.792 doanh nghiệp", "7.792", "7.845", "ambiguous",
             note="7.845 at 30/6/2024 in part I.3; 'hiện nay' is undated and the stock moves daily: cannot tell")
    d.p("III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024")
    d.p("Tập trung tháo gỡ vướng mắc, phấn đấu đến ngày 31/01/2025 giải ngân đạt 95% kế hoạch vốn đầu tư công năm "
        "2024 (4.856,3 tỷ đồng), tương ứng 4.613,5 tỷ đồng; như vậy 6 tháng cuối năm và tháng 01/2025 cần giải ngân "
        "thêm 2.974,8 tỷ đồng. Tham mưu tổ chức Hội nghị xúc tiến đầu tư trong Quý III/2024; hoàn thiện hồ sơ điều "
        "chỉnh Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 theo Luật Quy hoạch số 21/2017/QH14; xây "
        "dựng kế hoạch phát triển kinh tế - xã hội năm 2025 theo hướng dẫn tại Công văn số .../BKHĐT-TH.")
    d.repeat("(4.856,3 tỷ đồng)", "4.856,3", "4.856,3")
    d.value("share", "tương ứng 4.613,5 tỷ đồng", "4.613,5", D("4856.3") * D("0.95"), unit=" tỷ đồng",
            note="95 % × 4.856,3")
    d.difference("thêm 2.974,8 tỷ đồng", "2.974,8", "4.613,5", "1.638,7", "còn lại", unit=" tỷ đồng",
                 note="not the 2.974,5 of local-budget capital: a different quantity")
    d.p("Trên đây là báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2024 của Sở Kế hoạch và Đầu tư./.")
    d.p("GIÁM ĐỐC")
    d.fn("Trong 23 dự án được cấp mới: công nghiệp chế biến, chế tạo 07 dự án; thương mại, dịch vụ 08 dự án; "
         "nông nghiệp công nghệ cao 05 dự án; hạ tầng khu, cụm công nghiệp 03 dự án.")
    d.repeat("23 dự án được cấp mới", "23", "23")
    d.sum("Trong 23 dự án", "23", ["07", "08", "05", "03"])
    d.fn("Số liệu giải ngân theo Hệ thống thông tin quốc gia về đầu tư công: giải ngân 1.638,7 tỷ đồng, gồm vốn "
         "ngân sách địa phương 1.187,4 tỷ đồng, đạt 39,92% kế hoạch, và vốn ngân sách trung ương 451,3 tỷ đồng "
         "(trong đó vốn nước ngoài 52,8 tỷ đồng).")
    d.repeat("giải ngân 1.638,7 tỷ đồng", "1.638,7", "1.638,7")
    d.sum("1.638,7 tỷ đồng, gồm", "1.638,7", ["1.187,4", "451,3"], unit=" tỷ đồng")
    d.ratio("đạt 39,92% kế hoạch", "39,92", "1.187,4", "2.974,5", note="base: local-budget plan 2.974,5 (part I.2)")
    d.subset("vốn nước ngoài 52,8 tỷ đồng", "52,8", "451,3")
    d.repeat("(trong đó vốn nước ngoài 52,8", "52,8", "52,8")
    return d


# ============================================================================= d13-03 youth union
def draft3():
    d = Doc("d13-03-hoi-lien-hiep-thanh-nien.txt")
    for h in ["HỘI LIÊN HIỆP THANH NIÊN VIỆT NAM TỈNH ...", "ỦY BAN HỘI", "Số: ...-BC/HLHTN",
              "..., ngày ... tháng 8 năm 2024", "BÁO CÁO",
              "của Ủy ban Hội Liên hiệp Thanh niên Việt Nam tỉnh khóa VI trình Đại hội đại biểu Hội Liên hiệp "
              "Thanh niên Việt Nam tỉnh lần thứ VII, nhiệm kỳ 2024 - 2029",
              "Phần thứ nhất", "KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI LẦN THỨ VI, NHIỆM KỲ 2019 - 2024",
              "I. ĐẶC ĐIỂM TÌNH HÌNH"]:
        d.p(h)
    d.p("Tỉnh có 11 đơn vị hành chính cấp huyện (09 huyện, 01 thị xã, 01 thành phố) với 171 xã, phường, thị trấn; "
        "dân số trung bình năm 2023 là 993.870 người, trong đó thanh niên từ 16 đến 30 tuổi 236.540 người, chiếm "
        "23,8% dân số. Đại dịch Covid-19 trong các năm 2020 - 2021 và xu hướng thanh niên đi làm ăn xa làm cho công "
        "tác tập hợp, đoàn kết thanh niên gặp nhiều khó khăn.")
    d.sum("11 đơn vị hành chính cấp huyện", "11", ["09", "01", "01"])
    d.share("chiếm 23,8% dân số", "23,8", "236.540", "993.870")
    d.p("Ủy ban Hội khóa VI được hiệp thương tại Đại hội lần thứ VI (tháng 11/2019) gồm 65 ủy viên, trong đó 41 ủy "
        "viên là cán bộ Đoàn, Hội chuyên trách và 24 ủy viên là đại diện tổ chức thành viên, thanh niên tiêu biểu; "
        "nữ 23 đồng chí, chiếm 35,38%; dân tộc thiểu số 09 đồng chí. Ban Thư ký gồm 11 đồng chí. Hiện nay Ủy ban "
        "Hội có 61 ủy viên. Toàn tỉnh có 14 tổ chức thành viên tập thể cấp tỉnh, 11/11 huyện, thị xã, thành phố có "
        "Ủy ban Hội cấp huyện và 168/171 xã, phường, thị trấn có Hội cơ sở, đạt 98,25%.")
    d.sum("gồm 65 ủy viên", "65", ["41", "24"], note="one dimension (cadre vs representative), exhaustive")
    d.share("chiếm 35,38%", "35,38", "23", "65")
    d.subset("dân tộc thiểu số 09 đồng chí", "09", "65")
    d.repeat("61 ủy viên", "61", "65", "ambiguous",
             note="65 at the 2019 consultation, 61 'hiện nay': members leave and are added during a term, "
                  "the text gives no movement")
    d.fraction("11/11 huyện", "11", "11", whole="11")
    d.fraction("168/171 xã, phường, thị trấn có Hội cơ sở, đạt 98,25%", "168", "171", pct="98,25", whole="171")
    d.p("II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ")
    d.p("1. Công tác tập hợp, phát triển hội viên và xây dựng tổ chức Hội")
    d.p("Đến ngày 30/6/2024, toàn tỉnh có 128.456 hội viên, tăng 14.318 hội viên so với đầu nhiệm kỳ (114.138 hội "
        "viên); trong đó hội viên nữ 61.327, chiếm 47,74%; thanh niên dân tộc thiểu số 18.904 hội viên, chiếm "
        "16,56%; thanh niên tôn giáo 9.612 hội viên, chiếm 7,48%; hội viên là đoàn viên 42.318, chiếm 32,94%. Tỷ "
        "lệ hội viên nữ tăng 1,2% so với đầu nhiệm kỳ. Tỷ lệ tập hợp thanh niên vào tổ chức Đoàn, Hội đạt 78,6% "
        "(đầu nhiệm kỳ đạt 72,3%), tăng 6,3%.")
    d.difference("tăng 14.318 hội viên", "14.318", "128.456", "114.138", "tăng")
    d.share("chiếm 47,74%", "47,74", "61.327", "128.456")
    d.share("chiếm 16,56%", "16,56", "18.904", "128.456", "inconsistent",
            note="16,56% is 18.904 / 114.138 (start-of-term members); the base of this sentence is 128.456")
    d.share("chiếm 7,48%", "7,48", "9.612", "128.456")
    d.share("chiếm 32,94%", "32,94", "42.318", "128.456")
    d.amb("points", "tăng 1,2%", "1,2",
          note="the start-of-term number or share of women members is not given: points or relative, "
                  "nothing can be checked")
    d.points("tăng 6,3%", "6,3", "78,6", "72,3", "tăng", rel=True,
             note="holds as percentage points (written '%'); relative change would be 8,71 %")
    d.p("Tổng số 128.456 hội viên chia theo khu vực gồm: nông thôn 71.204 hội viên (55,43%), đô thị 32.587 hội "
        "viên (25,36%), công nhân, lao động trong các doanh nghiệp 16.215 hội viên (12,62%), học sinh, sinh viên "
        "8.450 hội viên (6,57%). Riêng khu vực công nhân, số hội viên nêu trên chiếm 38,2% thanh niên công nhân "
        "đang làm việc tại các khu, cụm công nghiệp.")
    d.repeat("Tổng số 128.456", "128.456", "128.456")
    d.sum("128.456 hội viên chia theo khu vực", "128.456", ["71.204", "32.587", "16.215", "8.450"])
    d.share("(55,43%)", "55,43", "71.204", "128.456")
    d.share("(25,36%)", "25,36", "32.587", "128.456", "rounding")
    d.share("(12,62%)", "12,62", "16.215", "128.456")
    d.share("(6,57%)", "6,57", "8.450", "128.456", "rounding")
    d.amb("share", "chiếm 38,2%", "38,2",
          note="base (young workers in industrial zones) is never stated: cannot be checked")
    d.p("Trong nhiệm kỳ, toàn tỉnh kết nạp mới 46.285 hội viên (năm 2020: 9.215; năm 2021: 8.126; năm 2022: 9.687; "
        "năm 2023: 10.353; 6 tháng đầu năm 2024: 8.904), vượt 15,71% chỉ tiêu Đại hội (40.000 hội viên); số hội "
        "viên kết nạp năm 2023 tăng 666 so với năm 2022. Giới thiệu 12.437 hội viên ưu tú cho Đoàn xem xét, đã kết "
        "nạp 10.862 đoàn viên, đạt 87,34%; giới thiệu 1.856 hội viên ưu tú cho các chi bộ, tăng 412 trường hợp so "
        "với nhiệm kỳ 2014 - 2019 (1.434 trường hợp), trong đó 1.403 quần chúng đã được kết nạp vào Đảng, chiếm 75,59%.")
    d.sum("46.285 hội viên (năm 2020", "46.285", ["9.215", "8.126", "9.687", "10.353", "8.904"])
    d.ratio("vượt 15,71%", "15,71", "46.285", "40.000", change=True, word="vượt")
    d.difference("tăng 666", "666", "10.353", "9.687", "tăng")
    d.share("đạt 87,34%", "87,34", "10.862", "12.437")
    d.difference("tăng 412 trường hợp", "412", "1.856", "1.434", "tăng", "inconsistent", note="one digit: 1.856 − 1.434 = 422")
    d.term("nhiệm kỳ 2014 - 2019 (1.434", "2014 - 2019", "2014 - 2019")
    d.share("chiếm 75,59%", "75,59", "1.403", "1.856")
    d.p("Năm 2023, qua đánh giá, xếp loại 168 cơ sở Hội: vững mạnh 102 cơ sở, chiếm 60,71%; khá 55 cơ sở, chiếm "
        "32,74%; trung bình 11 cơ sở, chiếm 6,55%; không có cơ sở yếu. Tỷ lệ cơ sở Hội vững mạnh tăng 4,15% so với "
        "năm 2019 (57,56%).")
    d.sum("xếp loại 168 cơ sở Hội", "168", ["102", "55", "11"])
    d.share("chiếm 60,71%", "60,71", "102", "168")
    d.share("chiếm 32,74%", "32,74", "55", "168")
    d.share("chiếm 6,55%", "6,55", "11", "168")
    d.points("tăng 4,15%", "4,15", "60,71", "57,56", "tăng", "inconsistent", rel=True,
             note="neither reading fits: 3,15 points (one digit off), relative 5,47 %")
    d.p("Cán bộ Hội chuyên trách cấp tỉnh, cấp huyện có 47 đồng chí, gồm 39 đồng chí trình độ đại học (82,98%) và "
        "08 đồng chí trình độ thạc sĩ (17,02%); 100% được bồi dưỡng nghiệp vụ công tác Hội theo quy định tại Điều "
        "17 Điều lệ Hội.")
    d.sum("có 47 đồng chí", "47", ["39", "08"])
    d.share("(82,98%)", "82,98", "39", "47")
    d.share("(17,02%)", "17,02", "08", "47")
    d.p("Công tác giáo dục chính trị, tư tưởng được các cấp Hội chú trọng, gắn với việc học tập và làm theo tư "
        "tưởng, đạo đức, phong cách Hồ Chí Minh. Trong nhiệm kỳ, các cấp Hội tổ chức 1.245 buổi sinh hoạt chuyên đề "
        "với 86.320 lượt hội viên tham gia; tuyên dương 55 gương “Thanh niên tiên tiến làm theo lời Bác” cấp tỉnh, "
        "trong đó 12 gương được Trung ương Hội tuyên dương. Phong trào “Sinh viên 5 tốt” có 1.042 sinh viên được "
        "tuyên dương các cấp (cấp trường 865, cấp tỉnh 154, cấp Trung ương 23).")
    d.subset("12 gương", "12", "55")
    d.sum("1.042 sinh viên", "1.042", ["865", "154", "23"], note="three disjoint award levels")
    d.p("2. Phong trào thanh niên tình nguyện, thanh niên lập nghiệp")
    d.p("Các cấp Hội đã huy động 18.640 lượt hội viên tham gia các chiến dịch tình nguyện, thực hiện 187 công trình "
        "thanh niên, đạt 124,66% chỉ tiêu (150 công trình); tổng giá trị các công trình, phần việc và hoạt động an "
        "sinh là 42,68 tỷ đồng, gồm công trình, phần việc thanh niên 28,54 tỷ đồng và hoạt động an sinh xã hội 14,32 "
        "tỷ đồng. Xây dựng, sửa chữa 126 “Nhà nhân ái” trị giá 6,3 tỷ đồng, bình quân 50 triệu đồng/căn, tăng 48 căn "
        "so với nhiệm kỳ 2009 - 2014 (78 căn); trong đó 58 căn do Ủy ban Hội tỉnh vận động, 81 căn do Hội cơ sở vận "
        "động xây dựng. Tổ chức 96 đợt hiến máu tình nguyện với 15.628 lượt đoàn viên, hội viên tham gia, vượt "
        "30,23% chỉ tiêu (12.000 lượt).")
    d.ratio("đạt 124,66% chỉ tiêu", "124,66", "187", "150", "rounding")
    d.sum("là 42,68 tỷ đồng", "42,68", ["28,54", "14,32"], "inconsistent", unit=" tỷ đồng",
          note="two digits swapped: 28,54 + 14,32 = 42,86")
    d.ratio("bình quân 50 triệu đồng/căn", "50", D("6300"), "126", scale=1, unit=" triệu đồng",
            expr="6.300 triệu / 126", note="6,3 tỷ đồng = 6.300 triệu đồng")
    d.difference("tăng 48 căn", "48", "126", "78", "tăng")
    d.term("nhiệm kỳ 2009 - 2014", "2009 - 2014", "2014 - 2019", "inconsistent",
           note="the 2019 - 2024 result is compared with the previous term, 2014 - 2019 (as elsewhere in the report)")
    d.sum("126 “Nhà nhân ái”", "126", ["58", "81"], "ambiguous",
          note="58 + 81 = 139 > 126; houses mobilised by the province and by grassroots units may be co-funded "
               "and counted on both sides: the text does not say")
    d.ratio("vượt 30,23%", "30,23", "15.628", "12.000", change=True, word="vượt")
    d.p("Hỗ trợ 312 dự án khởi nghiệp của thanh niên vay vốn với tổng số tiền 24,65 tỷ đồng (nguồn Ngân hàng Chính "
        "sách xã hội 18,4 tỷ đồng, Quỹ Hỗ trợ thanh niên khởi nghiệp tỉnh 4,75 tỷ đồng, nguồn khác 1,5 tỷ đồng); số "
        "dự án được hỗ trợ gấp 1,8 lần nhiệm kỳ 2014 - 2019 (173 dự án). Phối hợp đào tạo nghề cho 6.215 thanh niên, "
        "trong đó 4.872 thanh niên có việc làm sau đào tạo, đạt 78,39%; giới thiệu việc làm cho 21.480 lượt thanh "
        "niên, trong đó 1.236 thanh niên đi làm việc ở nước ngoài theo hợp đồng.")
    d.sum("tổng số tiền 24,65 tỷ đồng", "24,65", ["18,4", "4,75", "1,5"], unit=" tỷ đồng")
    d.ratio("gấp 1,8 lần", "1,8", "312", "173", scale=1, unit=" lần")
    d.term("nhiệm kỳ 2014 - 2019 (173", "2014 - 2019", "2014 - 2019")
    d.share("đạt 78,39%", "78,39", "4.872", "6.215")
    d.subset("1.236 thanh niên", "1.236", "21.480")
    d.p("3. Công tác truyền thông, nguồn lực")
    d.p("Trang fanpage của Hội LHTN tỉnh có 48.650 lượt theo dõi, gấp 3,2 lần so với đầu nhiệm kỳ (15.203 lượt). "
        "Tổng nguồn lực vận động trong nhiệm kỳ đạt 186,4 tỷ đồng, gấp 1,6 lần nhiệm kỳ trước (116,5 tỷ đồng). Quỹ "
        "Hội cấp tỉnh trong nhiệm kỳ thu 2,485 tỷ đồng, chi 2,136 tỷ đồng, tồn quỹ đến ngày 30/6/2024 là 349 triệu "
        "đồng. Liên hệ: Văn phòng Hội LHTN tỉnh, điện thoại 0210.3846.552.")
    d.ratio("gấp 3,2 lần", "3,2", "48.650", "15.203", scale=1, unit=" lần")
    d.ratio("gấp 1,6 lần", "1,6", "186,4", "116,5", scale=1, unit=" lần")
    d.difference("là 349 triệu", "349", D(2485), D(2136), "tồn", unit=" triệu đồng",
                 note="2,485 tỷ − 2,136 tỷ = 0,349 tỷ = 349 triệu đồng")
    d.p("III. ĐÁNH GIÁ CHUNG")
    d.p("Đại hội lần thứ VI đề ra 12 chỉ tiêu, đến nay có 10 chỉ tiêu đạt và vượt, 02 chỉ tiêu chưa đạt; tỷ lệ chỉ "
        "tiêu đạt và vượt là 10/12, chiếm 83,33%. Chỉ tiêu phát triển hội viên đạt 46.285/40.000 hội viên; chỉ tiêu "
        "100% xã, phường, thị trấn có Hội cơ sở mới đạt 168/171. Tổng số hội viên cuối nhiệm kỳ đạt 128.465 hội "
        "viên. Ủy ban Hội khóa VI (65 ủy viên) đã tổ chức 10 kỳ họp. Đến nay, 09/10 Ủy ban Hội cấp huyện đã tổ chức "
        "xong Đại hội nhiệm kỳ 2024 - 2029.")
    d.sum("đề ra 12 chỉ tiêu", "12", ["10", "02"])
    d.fraction("10/12, chiếm 83,33%", "10", "12", pct="83,33", whole="12")
    d.repeat("đạt 46.285/40.000", "46.285", "46.285", note="achieved vs target, not a part/whole fraction")
    d.repeat("40.000 hội viên", "40.000", "40.000", note="the congress target, as in part II.1")
    d.repeat("mới đạt 168/171", "168", "168")
    d.repeat("128.465 hội viên", "128.465", "128.456", "inconsistent", note="128.456 in part II.1; last two digits swapped")
    d.repeat("(65 ủy viên)", "65", "65")
    d.fraction("09/10 Ủy ban Hội cấp huyện", "09", "10", "inconsistent", whole="11",
               note="the province has 11 district-level committees (11/11 above)")
    d.p("Bên cạnh kết quả đạt được, công tác Hội và phong trào thanh niên còn một số hạn chế: việc tập hợp thanh "
        "niên công nhân, thanh niên ở các khu vực ngoài nhà nước còn khó khăn; một số cơ sở Hội hoạt động cầm chừng, "
        "nội dung sinh hoạt chưa hấp dẫn; công tác nắm bắt tình hình tư tưởng, dư luận xã hội trên không gian mạng "
        "có lúc chưa kịp thời; nguồn lực hỗ trợ thanh niên khởi nghiệp chưa đáp ứng nhu cầu. Nguyên nhân chủ yếu là "
        "đội ngũ cán bộ Hội cơ sở thường xuyên biến động, kiêm nhiệm nhiều việc; kinh phí hoạt động còn hạn hẹp; sự "
        "phối hợp giữa Hội với các tổ chức thành viên có lúc chưa đồng bộ.")
    d.p("Phần thứ hai")
    d.p("PHƯƠNG HƯỚNG, NHIỆM VỤ NHIỆM KỲ 2024 - 2029")
    d.p("Phấn đấu đến năm 2029 toàn tỉnh có 150.000 hội viên, tăng 16,77% so với hiện nay; 171/171 xã, phường, thị "
        "trấn có Hội cơ sở; mỗi năm hỗ trợ ít nhất ... dự án khởi nghiệp; tỷ lệ tập hợp thanh niên đạt trên 80%.")
    d.ratio("tăng 16,77%", "16,77", "150.000", "128.456", change=True, word="tăng")
    d.fraction("171/171 xã", "171", "171", whole="171")
    d.p("Để thực hiện các mục tiêu trên, nhiệm kỳ 2024 - 2029 tập trung các chương trình trọng tâm: - Chương trình "
        "đồng hành cùng thanh niên khởi nghiệp, lập nghiệp; - Chương trình nâng cao kỹ năng số cho hội viên; - Chương "
        "trình tình nguyện vì cộng đồng; + Mỗi cơ sở Hội có ít nhất 01 công trình, phần việc thanh niên mỗi năm; + Mỗi "
        "Ủy ban Hội cấp huyện xây dựng ít nhất 01 mô hình tập hợp thanh niên công nhân, thanh niên tôn giáo.")
    d.fn("Số liệu hội viên tính đến ngày 30/6/2024 theo báo cáo của 11 Ủy ban Hội cấp huyện và 14 tổ chức thành "
         "viên; thanh niên tôn giáo 9.612 hội viên, gồm Công giáo 5.208, Phật giáo 3.117, tôn giáo khác 1.287.")
    d.repeat("11 Ủy ban Hội cấp huyện", "11", "11", note="11/11 district committees in part I")
    d.repeat("14 tổ chức thành viên", "14", "14")
    d.repeat("tôn giáo 9.612 hội viên", "9.612", "9.612")
    d.sum("9.612 hội viên, gồm", "9.612", ["5.208", "3.117", "1.287"])
    return d


# ============================================================================= d13-04 agro-forestry-fishery quality
def draft4():
    d = Doc("d13-04-chi-cuc-quan-ly-chat-luong-nlts.txt")
    for h in ["SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH ...",
              "CHI CỤC QUẢN LÝ CHẤT LƯỢNG NÔNG LÂM THỦY SẢN", "Số: .../BC-CCQLCL",
              "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
              "..., ngày ... tháng 12 năm 2023", "BÁO CÁO", "Kết quả công tác năm 2023 và kế hoạch năm 2024"]:
        d.p(h)
    d.p("Thực hiện Kế hoạch số 45/KH-SNN ngày 20/02/2023 của Sở Nông nghiệp và Phát triển nông thôn về quản lý chất "
        "lượng vật tư nông nghiệp và an toàn thực phẩm nông lâm thủy sản năm 2023, Chi cục báo cáo kết quả như sau:")
    d.p("I. TÌNH HÌNH CHUNG")
    d.p("Chi cục có 03 phòng chuyên môn và 01 Trạm Kiểm nghiệm. Tổng số công chức, viên chức và người lao động đến "
        "31/12/2023 là 26 người, gồm 19 công chức, 04 viên chức và 03 lao động hợp đồng; trong đó nữ 12 người, đảng "
        "viên 17 người. Trình độ chuyên môn: thạc sĩ 07 người, chiếm 26,92%; đại học 17 người, chiếm 65,38%; trung "
        "cấp 02 người. Toàn tỉnh hiện có 2.146 cơ sở sản xuất, kinh doanh nông lâm thủy sản thuộc diện kiểm tra, "
        "phân loại theo Thông tư số 38/2018/TT-BNNPTNT và 10.126 cơ sở nhỏ lẻ thuộc diện ký cam kết theo Thông tư "
        "số 17/2018/TT-BNNPTNT.")
    d.sum("là 26 người", "26", ["19", "04", "03"])
    d.subset("nữ 12 người", "12", "26")
    d.subset("viên 17 người", "17", "26")
    d.share("chiếm 26,92%", "26,92", "07", "26")
    d.share("chiếm 65,38%", "65,38", "17", "26")
    d.p("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2023")
    d.p("1. Kiểm tra, đánh giá phân loại cơ sở")
    d.p("Năm 2023, Chi cục kiểm tra, đánh giá phân loại 612 lượt cơ sở, đạt 102% kế hoạch (600 lượt cơ sở) và đạt "
        "28,52% số cơ sở thuộc diện quản lý, gồm 548 lượt kiểm tra định kỳ và 64 lượt tái kiểm tra. Kết quả phân loại "
        "612 lượt: loại A 148 cơ sở, chiếm 24,18%; loại B 431 cơ sở, chiếm 70,24%; loại C 33 cơ sở, chiếm 5,39%, "
        "giảm 09 cơ sở so với năm 2022 (42 cơ sở). Tỷ lệ cơ sở xếp loại A, B đạt 94,61%, tăng 2,36 điểm phần trăm so "
        "với năm 2022 (92,25%); tương ứng tỷ lệ loại C giảm từ 7,75% xuống 5,39%.")
    d.sum("phân loại 612 lượt cơ sở, đạt", "612", ["548", "64"])
    d.ratio("đạt 102% kế hoạch", "102", "612", "600")
    d.share("đạt 28,52% số cơ sở", "28,52", "612", "2.146", "ambiguous",
            note="612/2.146 = 28,52 %, but 612 counts inspections (lượt, re-inspections included) and 2.146 counts "
                 "establishments: whether the share is meaningful cannot be decided from the text")
    d.sum("Kết quả phân loại 612 lượt", "612", ["148", "431", "33"])
    d.share("chiếm 24,18%", "24,18", "148", "612")
    d.share("chiếm 70,24%", "70,24", "431", "612", "inconsistent", note="digits swapped: 431/612 = 70,42 %")
    d.share("chiếm 5,39%, giảm", "5,39", "33", "612")
    d.difference("giảm 09 cơ sở", "09", "33", "42", "giảm")
    d.share("đạt 94,61%", "94,61", D(148 + 431), "612", expr="(148 + 431) / 612")
    d.points("tăng 2,36 điểm phần trăm", "2,36", D(579) * 100 / D(612), "92,25", "tăng")
    d.value("share", "giảm từ 7,75%", "7,75", D(100) - D("92.25"), unit="%", note="complement of 92,25 % (A + B in 2022)")
    d.p("Chia theo lĩnh vực, 612 lượt cơ sở được kiểm tra gồm: trồng trọt, vật tư nông nghiệp 156 lượt (25,49%); "
        "chăn nuôi, giết mổ 198 lượt (32,35%); thủy sản 187 lượt (30,55%); sơ chế, chế biến nông sản 71 lượt "
        "(11,60%). Đối với 64 lượt tái kiểm tra (gồm 33 cơ sở loại C trong năm và 31 cơ sở loại C năm 2022 chuyển "
        "sang), có 52/64 lượt cơ sở được nâng lên loại B, đạt 81,25%; số còn lại được xử lý theo quy định tại Điều "
        "15 Thông tư số 38/2018/TT-BNNPTNT.")
    d.sum("612 lượt cơ sở được kiểm tra", "612", ["156", "198", "187", "71"])
    d.share("(25,49%)", "25,49", "156", "612")
    d.share("(32,35%)", "32,35", "198", "612")
    d.share("(30,55%)", "30,55", "187", "612", "rounding")
    d.share("(11,60%)", "11,60", "71", "612")
    d.sum("64 lượt tái kiểm tra", "64", ["33", "31"])
    d.fraction("52/64 lượt cơ sở", "52", "64", pct="81,25", whole="64")
    d.p("Cấp 68 Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm (cấp mới 52, cấp lại 34); lũy kế đến 31/12/2023 "
        "có 437 giấy chứng nhận còn hiệu lực. Tổ chức ký cam kết sản xuất, kinh doanh thực phẩm an toàn cho "
        "9.845/10.126 cơ sở thuộc diện, đạt 97,22%; trong tổng số cơ sở đã ký cam kết, Chi cục phối hợp với UBND cấp "
        "xã kiểm tra 1.215 cơ sở, phát hiện 47 cơ sở chưa thực hiện đúng cam kết, chiếm 0,48%.")
    d.sum("Cấp 68 Giấy", "68", ["52", "34"], "inconsistent", note="digits swapped: 52 + 34 = 86")
    d.fraction("9.845/10.126 cơ sở", "9.845", "10.126", pct="97,22", whole="10.126")
    d.share("chiếm 0,48%", "0,48", "47", "9.845", "ambiguous",
            note="0,48 % = 47/9.845 (all signatories); of the 1.215 inspected it would be 3,87 %: both bases are "
                 "in the sentence and the text does not say which is meant")
    d.p("Đối với vật tư nông nghiệp, Chi cục phối hợp kiểm tra 186 cơ sở kinh doanh phân bón, thuốc bảo vệ thực vật, "
        "thức ăn chăn nuôi; lấy 107 mẫu kiểm tra chất lượng, gồm 72 mẫu phân bón và 35 mẫu thức ăn chăn nuôi, phát "
        "hiện 05 mẫu không đạt chỉ tiêu hàm lượng đăng ký, chiếm 4,67%; đã chuyển hồ sơ xử lý theo Nghị định số "
        "55/2018/NĐ-CP và Nghị định số 14/2021/NĐ-CP.")
    d.sum("lấy 107 mẫu", "107", ["72", "35"])
    d.share("chiếm 4,67%", "4,67", "05", "107")
    d.p("2. Giám sát an toàn thực phẩm")
    d.p("Lấy 1.250 mẫu giám sát (6 tháng đầu năm 561 mẫu, 6 tháng cuối năm 689 mẫu), tăng 8,7% so với năm 2022 "
        "(1.160 mẫu), gồm 412 mẫu rau, củ, quả; 386 mẫu thịt và sản phẩm thịt; 298 mẫu thủy sản; 154 mẫu sản phẩm "
        "chế biến. Kết quả phân tích phát hiện 27 mẫu vi phạm, chiếm 2,16%, giảm 0,92 điểm % so với năm 2022 (3,08%), "
        "gồm: rau 14/412 mẫu (3,40%) vượt mức giới hạn tối đa dư lượng thuốc bảo vệ thực vật; thịt 09/386 mẫu "
        "(2,33%) nhiễm Salmonella; thủy sản 04/298 mẫu (1,43%) tồn dư kháng sinh Enrofloxacin. Tỷ lệ mẫu đạt yêu "
        "cầu 97.84%.")
    d.sum("Lấy 1.250 mẫu giám sát (6 tháng", "1.250", ["561", "689"])
    d.sum("1.250 mẫu giám sát", "1.250", ["412", "386", "298", "154"])
    d.ratio("tăng 8,7%", "8,7", "1.250", "1.160", "inconsistent", change=True, word="tăng",
            note="digits swapped: 1.250/1.160 − 1 = 7,76 % → 7,8 %")
    d.sum("27 mẫu vi phạm", "27", ["14", "09", "04"])
    d.share("chiếm 2,16%", "2,16", "27", "1.250")
    d.points("giảm 0,92 điểm %", "0,92", D(27) * 100 / D(1250), "3,08", "giảm")
    d.fraction("14/412 mẫu (3,40%)", "14", "412", pct="3,40", whole="412")
    d.fraction("09/386 mẫu (2,33%)", "09", "386", pct="2,33", whole="386")
    d.fraction("04/298 mẫu (1,43%)", "04", "298", "inconsistent", pct="1,43", whole="298",
               note="digits swapped: 4/298 = 1,34 %")
    d.share("97.84%", "97,84", D(1250 - 27), "1.250", "ambiguous",
            note="'97.84%' uses a point: vi-VN reads 9784 %; (1.250 − 27)/1.250 = 97,84 % fits if the point is a "
                 "decimal separator — an ambiguous number, not to be parsed silently")
    d.p("Thực hiện Chương trình giám sát vệ sinh an toàn thực phẩm nhuyễn thể hai mảnh vỏ tại 04 vùng thu hoạch, lấy "
        "96 mẫu, kết quả 96/96 mẫu đạt yêu cầu (100%). Trong 03 năm 2021 - 2023, Chi cục đã lấy 3.586 mẫu giám sát "
        "(năm 2021: 1.176 mẫu; năm 2022: 1.160 mẫu; năm 2023: 1.250 mẫu).")
    d.fraction("96/96 mẫu", "96", "96", pct="100", whole="96")
    d.sum("3.586 mẫu", "3.586", ["1.176", "1.160", "1.250"])
    d.repeat("năm 2022: 1.160 mẫu", "1.160", "1.160")
    d.repeat("năm 2023: 1.250 mẫu", "1.250", "1.250")
    d.p("3. Thanh tra, kiểm tra và xử lý vi phạm")
    d.p("Chi cục chủ trì, phối hợp thanh tra, kiểm tra 214 cơ sở, phát hiện 19 cơ sở vi phạm, trong đó 11 cơ sở vi "
        "phạm điều kiện bảo đảm an toàn thực phẩm, 12 cơ sở vi phạm quy định về ghi nhãn hàng hóa. Đã ban hành 19 "
        "quyết định xử phạt vi phạm hành chính theo Nghị định số 115/2018/NĐ-CP (được sửa đổi, bổ sung tại Nghị định "
        "số 124/2021/NĐ-CP) với tổng số tiền 238,5 triệu đồng, tăng 52,3 triệu đồng so với năm 2023 (186,2 triệu "
        "đồng); buộc tiêu hủy 1.240 kg sản phẩm không bảo đảm an toàn.")
    d.sum("19 cơ sở vi phạm, trong đó", "19", ["11", "12"], "ambiguous",
          note="11 + 12 = 23 > 19: one establishment can breach both hygiene and labelling rules; overlap is "
               "possible but not stated")
    d.difference("tăng 52,3 triệu đồng", "52,3", "238,5", "186,2", "tăng", unit=" triệu đồng")
    d.term("so với năm 2023", "năm 2023", "năm 2022", "inconsistent",
           note="a 2023 result compared with itself: the previous year is 2022")
    d.p("4. Xây dựng, phát triển chuỗi cung ứng thực phẩm an toàn")
    d.p("Xác nhận 38 chuỗi cung ứng thực phẩm nông lâm thủy sản an toàn với 356 sản phẩm, tăng 26,66% so với năm "
        "2022 (30 chuỗi); trong đó 163 sản phẩm thủy sản, chiếm 45,79%. Hỗ trợ 26 sản phẩm tham gia Chương trình "
        "OCOP xây dựng hồ sơ truy xuất nguồn gốc.")
    d.ratio("tăng 26,66%", "26,66", "38", "30", "rounding", change=True, word="tăng")
    d.share("chiếm 45,79%", "45,79", "163", "356")
    d.p("5. Thông tin, tuyên truyền và cải cách hành chính")
    d.p("Tổ chức 42 lớp tập huấn kiến thức an toàn thực phẩm cho 2.316 lượt người, bình quân 55 người/lớp, tăng 06 "
        "lớp so với năm 2022 (38 lớp); phối hợp Đài Phát thanh và Truyền hình tỉnh thực hiện 24 phóng sự. Tiếp nhận "
        "và giải quyết 128 hồ sơ thủ tục hành chính, trong đó giải quyết đúng hạn 128/128 hồ sơ, đạt 100%. Số điện "
        "thoại đường dây nóng tiếp nhận phản ánh về an toàn thực phẩm: 0258.3560.114.")
    d.ratio("bình quân 55 người/lớp", "55", "2.316", "42", scale=1, unit=" người/lớp")
    d.difference("tăng 06 lớp", "06", "42", "38", "tăng", "inconsistent", note="42 − 38 = 04")
    d.fraction("128/128 hồ sơ, đạt 100%", "128", "128", pct="100", whole="128")
    d.p("6. Công tác tài chính")
    d.p("Tổng kinh phí thực hiện năm 2023 là 4,126 tỷ đồng, đạt 98,24% dự toán được giao (4,2 tỷ đồng), gồm kinh phí "
        "thường xuyên 2,846 tỷ đồng và kinh phí không thường xuyên 1,28 tỷ đồng; trong kinh phí không thường xuyên, "
        "chi lấy mẫu, phân tích 865 triệu đồng, chiếm 67,57%, chi tuyên truyền, tập huấn 415 triệu đồng.")
    d.ratio("đạt 98,24% dự toán", "98,24", "4,126", "4,2")
    d.sum("là 4,126 tỷ đồng", "4,126", ["2,846", "1,28"], unit=" tỷ đồng")
    d.sum("không thường xuyên 1,28 tỷ đồng", "1,28", [D("0.865"), D("0.415")], unit=" tỷ đồng", k=3,
          note="865 triệu + 415 triệu = 1.280 triệu = 1,28 tỷ đồng")
    d.share("chiếm 67,57%", "67,57", D(865), D(1280), "rounding", expr="865 / 1.280")
    d.p("III. ĐÁNH GIÁ CHUNG")
    d.p("Năm 2023, Chi cục hoàn thành các chỉ tiêu được giao: kiểm tra, phân loại 612 lượt cơ sở, vượt kế hoạch; lấy "
        "125 mẫu giám sát, tỷ lệ mẫu vi phạm giảm so với năm trước. Tuy nhiên, việc tái kiểm tra cơ sở loại C có "
        "lúc chưa kịp thời; một số cơ sở nhỏ lẻ chưa thực hiện đúng cam kết; kinh phí lấy mẫu còn hạn chế.")
    d.repeat("612 lượt cơ sở, vượt", "612", "612")
    d.repeat("lấy 125 mẫu", "125", "1.250", "inconsistent",
             note="1.250 samples in part II.2 (and in the 2021 - 2023 list); a zero dropped")
    d.p("Nguyên nhân của hạn chế: địa bàn rộng, số cơ sở sản xuất nhỏ lẻ nhiều, thường xuyên thay đổi ngành nghề; "
        "lực lượng làm công tác quản lý chất lượng cấp huyện, cấp xã chủ yếu kiêm nhiệm; Trạm Kiểm nghiệm chưa được "
        "công nhận đủ chỉ tiêu phân tích theo ISO/IEC 17025, nhiều mẫu phải gửi phân tích tại đơn vị ngoài tỉnh làm "
        "kéo dài thời gian trả kết quả; ý thức chấp hành quy định về an toàn thực phẩm của một bộ phận người sản xuất "
        "chưa cao.")
    d.p("IV. KẾ HOẠCH NĂM 2024")
    d.p("Kiểm tra, đánh giá phân loại 620 lượt cơ sở, tăng 1,31% so với năm 2023; lấy 1.300 mẫu giám sát, tăng 4% so "
        "với năm 2023; phấn đấu tỷ lệ cơ sở xếp loại A, B đạt trên 95%. Dự kiến kinh phí năm 2024 là 4,52 tỷ đồng, "
        "tăng 394 triệu đồng so với thực hiện năm 2023. Đề nghị Sở bổ sung ... biên chế cho Trạm Kiểm nghiệm.")
    d.ratio("tăng 1,31%", "1,31", "620", "612", change=True, word="tăng")
    d.ratio("tăng 4%", "4", "1.300", "1.250", change=True, word="tăng")
    d.difference("tăng 394 triệu đồng", "394", D(4520), D(4126), "tăng", unit=" triệu đồng",
                 note="4,52 tỷ − 4,126 tỷ = 0,394 tỷ")
    d.p("Các nhiệm vụ trọng tâm năm 2024 gồm: a) Tiếp tục kiểm tra, tái kiểm tra cơ sở loại C, không để cơ sở loại C "
        "kéo dài quá thời hạn quy định; b) Mở rộng giám sát đối với sản phẩm OCOP, sản phẩm tiêu thụ qua thương mại "
        "điện tử; c) Phối hợp với cơ quan công an, quản lý thị trường kiểm tra liên ngành dịp Tết Nguyên đán Giáp Thìn "
        "và Tháng hành động vì an toàn thực phẩm; d) Đẩy mạnh xây dựng chuỗi cung ứng thực phẩm an toàn gắn với truy "
        "xuất nguồn gốc bằng mã QR.")
    d.p("Trên đây là báo cáo kết quả công tác năm 2023 và kế hoạch năm 2024 của Chi cục./.")
    d.p("CHI CỤC TRƯỞNG")
    d.fn("Kết quả xếp loại năm 2023: loại A 148 cơ sở, loại B 431 cơ sở, loại C 33 cơ sở; 27 mẫu vi phạm đã được "
         "thông báo cho UBND cấp huyện và cơ sở để truy xuất nguồn gốc, xử lý theo quy định.")
    d.repeat("loại A 148 cơ sở", "148", "148")
    d.repeat("loại B 431 cơ sở", "431", "431")
    d.repeat("loại C 33 cơ sở", "33", "33")
    d.repeat("27 mẫu vi phạm đã", "27", "27")
    return d


# ============================================================================= main
def main():
    out = os.path.join(HERE)
    docs = [draft1(), draft2(), draft3(), draft4()]
    rows = []
    kv = Counter()
    for d in docs:
        full = d.finish()
        with open(os.path.join(out, d.name), "w", encoding="utf-8") as f:
            f.write(full)
        # re-read and re-check every anchor against the written file
        written = open(os.path.join(out, d.name), encoding="utf-8").read().split("\n")
        for c in d.claims:
            assert written[c["line"] - 1].count(c["anchor"]) == 1
        lab = OrderedDict(file=d.name, claims=d.claims)
        with open(os.path.join(out, d.name[:-4] + ".labels.json"), "w", encoding="utf-8") as f:
            json.dump(lab, f, ensure_ascii=False, indent=1)
            f.write("\n")
        vc = Counter(c["verdict"] for c in d.claims)
        rows.append((d.name, len(full), len(d.lines), len(d.claims), vc))
        for c in d.claims:
            kv[(c["kind"], c["verdict"])] += 1
    # summary
    L = ["# d13 prose drafts — summary", "",
         "Generated by `make.py` (exact `Decimal` arithmetic, ROUND_HALF_UP; every label asserted).", "",
         "## Per draft", "",
         "| file | characters | lines | claims | consistent | rounding | inconsistent | ambiguous |",
         "|---|---:|---:|---:|---:|---:|---:|---:|"]
    tot = Counter()
    for name, n, nl, nc, vc in rows:
        L.append(f"| {name} | {n} | {nl} | {nc} | " + " | ".join(str(vc[v]) for v in VERDICTS) + " |")
        tot["n"] += n
        tot["c"] += nc
        for v in VERDICTS:
            tot[v] += vc[v]
    L.append(f"| **total** | {tot['n']} | | {tot['c']} | " + " | ".join(str(tot[v]) for v in VERDICTS) + " |")
    L += ["", "## Kind × verdict", "",
          "| kind | " + " | ".join(VERDICTS) + " | total |", "|---|" + "---:|" * (len(VERDICTS) + 1)]
    for k in KINDS:
        L.append(f"| {k} | " + " | ".join(str(kv[(k, v)]) for v in VERDICTS) + f" | {sum(kv[(k, v)] for v in VERDICTS)} |")
    L.append("| **total** | " + " | ".join(str(sum(kv[(k, v)] for k in KINDS)) for v in VERDICTS) + f" | {sum(kv.values())} |")
    L += ["", "## Subjects", "",
          "- d13-01: Bảo tàng tỉnh — year-end report 2024 (collections, visitors, budget, staff ratings).",
          "- d13-02: Sở Kế hoạch và Đầu tư — six-month report 2024 (public investment, enterprises, investment, bidding).",
          "- d13-03: Hội Liên hiệp Thanh niên tỉnh — term report 2019 - 2024 to the congress for 2024 - 2029.",
          "- d13-04: Chi cục Quản lý chất lượng nông lâm thủy sản — year-end report 2023 (A/B/C ratings, sampling, fines).",
          "", "## Notes on labelling", "",
          "- Anchors are exact, unique substrings of their line holding the judged figure; `right` is given for "
          "rounding/inconsistent labels only.",
          "- `rounding` = the stated value is the truncation of the exact value, which rounds half up differently.",
          "- `ambiguous` = a careful reader cannot decide (overlapping parts, undated repeat, unstated base, "
          "'1.064%'-style numbers); flagging one is a false alarm.",
          "- Distractors that are not claims: decree/circular numbers (111/2022/NĐ-CP), dates (30/6/2024), "
          "article numbers, phone numbers, a rank (25/63), placeholders (...).", ""]
    with open(os.path.join(out, "SUMMARY.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))
    for name, n, nl, nc, vc in rows:
        print(f"{name}: {n} chars, {nc} claims, " + ", ".join(f"{v} {vc[v]}" for v in VERDICTS))
    print("kind × verdict:", dict(sorted(kv.items())))
    print("OK: all labels asserted")


if __name__ == "__main__":
    main()
