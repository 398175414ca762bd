#!/usr/bin/env python3
"""Generator for the dev4 prose evaluation drafts (v4-NN-*.txt + *.labels.json).

Every figure of the drafts is held here; every total, share, percentage,
difference, ratio and expected right value is computed with exact rational
arithmetic (fractions.Fraction) and round half up.  Each claim helper
re-derives the verdict from the arithmetic and asserts that it equals the
intended verdict, so a consistent label is always backed by a computation.

Usage:  python3 make.py            write the drafts and their labels
        python3 make.py --summary  also write SUMMARY.md
Standard library only.
"""
import json
import math
import os
import sys
from collections import Counter, OrderedDict
from fractions import Fraction as F

OUT = os.path.dirname(os.path.abspath(__file__))
FN = "\ufffd"  # footnote marker as exported: "[\ufffd]"
KINDS = ("sum", "subset", "share", "fraction", "difference", "points", "ratio", "repeat", "term")
VERDICTS = ("consistent", "rounding", "inconsistent", "ambiguous")


# ---------------------------------------------------------------- numbers
def rhu(x, nd):
    """round half up (away from zero on .5) to nd decimals -> scaled int"""
    s = F(x) * 10 ** nd
    if s >= 0:
        return math.floor(s + F(1, 2))
    return -math.floor(-s + F(1, 2))


def rtr(x, nd):
    """truncate toward zero to nd decimals -> scaled int"""
    s = F(x) * 10 ** nd
    return math.floor(s) if s >= 0 else -math.floor(-s)


def gi(n):
    """integer with vi-VN thousands separator"""
    n = int(n)
    s = f"{abs(n):,}".replace(",", ".")
    return "-" + s if n < 0 else s


def fs(q, nd):
    """scaled int -> vi-VN string"""
    neg = q < 0
    q = abs(q)
    ip, fp = divmod(q, 10 ** nd)
    s = gi(ip)
    if nd:
        s += "," + str(fp).zfill(nd)
    return "-" + s if neg else s


def V(x, nd=0):
    return fs(rhu(x, nd), nd)


def show(x):
    """exact display of a value (up to 6 decimals)"""
    x = F(x)
    for nd in range(0, 7):
        if (x * 10 ** nd).denominator == 1:
            return fs(int(x * 10 ** nd), nd)
    return "≈" + fs(rhu(x, 6), 6)


def parse(s):
    """vi-VN number string -> (Fraction, decimals)"""
    s = str(s).strip().rstrip("%").strip()
    ip, _, fp = s.partition(",")
    ip = ip.replace(".", "")
    neg = ip.startswith("-")
    ip = ip.lstrip("-")
    v = F(int(ip + fp), 10 ** len(fp))
    return (-v if neg else v), len(fp)


def fmtv(x, nd, lead0):
    s = V(x, nd)
    if lead0 and nd == 0 and 0 <= x < 10:
        s = f"{int(x):02d}"
    return s


def judge(stated, exact):
    val, nd = parse(stated)
    q = val * 10 ** nd
    assert q.denominator == 1
    q = int(q)
    hu, tr = rhu(exact, nd), rtr(exact, nd)
    if q == hu:
        v = "consistent"
    elif q == tr:
        v = "rounding"
    else:
        v = "inconsistent"
    return v, fs(hu, nd), nd


# ---------------------------------------------------------------- document
class Doc:
    def __init__(self, fname):
        self.fname = fname
        self.lines = []
        self.claims = []
        self.pending = []

    # -- lines
    def add(self, text=""):
        self.lines.append(text)
        ln = len(self.lines)
        for c in self.pending:
            n = text.count(c["anchor"])
            assert n == 1, f"{self.fname}:{ln}: anchor {c['anchor']!r} occurs {n} times in: {text}"
            assert c["_fig"] in c["anchor"], (self.fname, ln, c)
            c["line"] = ln
            self.claims.append(c)
        self.pending = []

    def _mk(self, kind, verdict, anchor, fig, note, right=None):
        assert kind in KINDS and verdict in VERDICTS
        c = OrderedDict(anchor=anchor, kind=kind, verdict=verdict)
        if verdict in ("rounding", "inconsistent"):
            assert right is not None
            c["right"] = right
        c["note"] = note
        c["_fig"] = fig
        self.pending.append(c)

    @staticmethod
    def _check(auto, verdict, what):
        assert auto == verdict, f"verdict mismatch for {what}: arithmetic says {auto}, label says {verdict}"

    # -- share of a base: "chiếm X%"
    def pct(self, part, base, nd=2, tpl="{}%", stated=None, verdict="consistent", kind="share", anchor=None, why=""):
        exact = F(part) / F(base) * 100
        s = stated if stated is not None else V(exact, nd)
        auto, right, _ = judge(s, exact)
        self._check(auto, verdict, tpl.format(s))
        frag = tpl.format(s)
        note = f"{show(part)} / {show(base)} × 100 = {V(exact, 4)}% → {right}%"
        if auto == "rounding":
            note += f" (round half up); {s}% is truncated"
        elif auto == "inconsistent":
            note += f"; stated {s}% is off by more than one unit in the last digit"
        if why:
            note += "; " + why
        self._mk(kind, verdict, anchor.format(s) if anchor else frag, s, note, right + "%")
        return frag

    # -- amount computed as a share of a total: "30%: 17.622.600 đồng"
    def amt(self, total, rate, tpl="{}", nd=0, stated=None, verdict="consistent", kind="share", why=""):
        exact = F(total) * F(rate) / 100
        s = stated if stated is not None else V(exact, nd)
        auto, right, _ = judge(s, exact)
        self._check(auto, verdict, tpl.format(s))
        frag = tpl.format(s)
        note = f"{show(total)} × {show(rate)}% = {show(exact)} → {right}"
        if why:
            note += "; " + why
        self._mk(kind, verdict, frag, s, note, right)
        return frag

    # -- ratio / index / relative change / average
    def rat(self, num, den, nd, mult=100, sub=0, tpl="{}%", unit="%", stated=None, verdict="consistent",
            kind="ratio", anchor=None, why=""):
        exact = F(num) / F(den) * mult - sub
        s = stated if stated is not None else V(exact, nd)
        auto, right, _ = judge(s, exact)
        self._check(auto, verdict, tpl.format(s))
        frag = tpl.format(s)
        expr = f"{show(num)} / {show(den)}"
        if mult != 1:
            expr += f" × {mult}"
        if sub:
            expr += f" − {sub}"
        note = f"{expr} = {V(exact, 4)} → {right}{unit}"
        if auto == "rounding":
            note += f" (round half up); {s} is truncated"
        if why:
            note += "; " + why
        self._mk(kind, verdict, anchor.format(s) if anchor else frag, s, note, right + unit)
        return frag

    # -- difference "tăng/giảm N"
    def dif(self, cur, prev, tpl="{w} {v}", nd=0, lead0=False, stated=None, word=None, verdict="consistent",
            kind="difference", why=""):
        exact = F(cur) - F(prev)
        w_true = "tăng" if exact > 0 else "giảm"
        mag = abs(exact)
        sv = stated if stated is not None else fmtv(mag, nd, lead0)
        w = word or w_true
        val, _ = parse(sv)
        auto = "consistent" if (w == w_true and val == mag) else "inconsistent"
        self._check(auto, verdict, tpl.format(w=w, v=sv))
        right = fmtv(mag, nd, lead0) if w == w_true else f"{w_true} {fmtv(mag, nd, lead0)}"
        frag = tpl.format(w=w, v=sv)
        note = f"{show(cur)} − {show(prev)} = {show(exact)} → {w_true} {fmtv(mag, nd, lead0)}"
        if why:
            note += "; " + why
        self._mk(kind, verdict, frag, sv, note, right)
        return frag

    # -- change of a rate in percentage points
    def pts(self, cur, prev, tpl="{w} {v}%", stated=None, word=None, verdict="consistent", why=""):
        c, _ = parse(cur)
        p, _ = parse(prev)
        exact = c - p
        w_true = "tăng" if exact > 0 else "giảm"
        nd = max(parse(cur)[1], parse(prev)[1])
        sv = stated if stated is not None else V(abs(exact), nd)
        w = word or w_true
        auto, right, _ = judge(sv, abs(exact))
        if w != w_true:
            auto = "inconsistent"
        self._check(auto, verdict, tpl.format(w=w, v=sv))
        rel = c / p * 100 - 100
        note = (f"points: {cur} − {prev} = {show(exact)} → {w_true} {right}%; "
                f"relative reading {cur}/{prev} = {V(rel, 4)}%")
        if auto == "consistent":
            note += "; the points reading holds"
        else:
            note += "; neither reading gives the stated value"
        if why:
            note += "; " + why
        frag = tpl.format(w=w, v=sv)
        self._mk("points", verdict, frag, sv, note, right + "%")
        return frag

    # -- total of a breakdown
    def tot(self, parts, tpl="{}", nd=0, lead0=False, stated=None, verdict="consistent", anchor=None, why="",
            kind="sum"):
        exact = sum(F(p) for p in parts)
        sv = stated if stated is not None else fmtv(exact, nd, lead0)
        val, _ = parse(sv)
        auto = "consistent" if val == exact else "inconsistent"
        self._check(auto, verdict, tpl.format(sv))
        expr = ""
        for i, p in enumerate(parts):
            p = F(p)
            if i == 0:
                expr = show(p)
            else:
                expr += (" + " if p >= 0 else " − ") + show(abs(p))
        note = f"{expr} = {show(exact)} vs stated {sv}"
        if why:
            note += "; " + why
        frag = tpl.format(sv)
        self._mk(kind, verdict, anchor.format(sv) if anchor else frag, sv, note, fmtv(exact, nd, lead0))
        return frag

    # -- "trong đó" part <= parent
    def sub(self, part, parent, tpl="{}", lead0=False, why=""):
        sv = fmtv(F(part), 0, lead0)
        assert F(part) <= F(parent)
        note = f"{show(part)} ≤ {show(parent)}"
        if why:
            note += "; " + why
        frag = tpl.format(sv)
        self._mk("subset", "consistent", frag, sv, note)
        return frag

    # -- second mention of a quantity
    def rep(self, first, tpl="{}", nd=None, stated=None, verdict="consistent", where=""):
        if isinstance(first, str):
            fv, fnd = parse(first)
            first_s = first
        else:
            fv, fnd = F(first), 0
            first_s = V(fv, 0)
        if nd is None:
            nd = fnd
        sv = stated if stated is not None else first_s
        val, _ = parse(sv)
        auto = "consistent" if val == fv else "inconsistent"
        self._check(auto, verdict, tpl.format(sv))
        note = f"same quantity stated earlier as {first_s}"
        if where:
            note += f" ({where})"
        if auto == "inconsistent":
            note += f"; {sv} ≠ {first_s}"
        frag = tpl.format(sv)
        self._mk("repeat", verdict, frag, sv, note, first_s)
        return frag

    # -- period named in a comparison
    def term(self, stated, right, tpl="{}", verdict="consistent", why=""):
        auto = "consistent" if stated == right else "inconsistent"
        self._check(auto, verdict, tpl.format(stated))
        note = f"comparison must name {right}"
        if why:
            note += "; " + why
        frag = tpl.format(stated)
        self._mk("term", verdict, frag, stated, note, right)
        return frag

    # -- claim a careful reader cannot decide
    def amb(self, anchor, fig, kind, note):
        self._mk(kind, "ambiguous", anchor, fig, note)

    # -- output
    def text(self):
        assert not self.pending, self.pending
        return "\n".join(self.lines) + "\n"

    def labels(self):
        out = []
        for c in sorted(self.claims, key=lambda c: c["line"]):
            d = OrderedDict(line=c["line"], anchor=c["anchor"], kind=c["kind"], verdict=c["verdict"])
            if "right" in c:
                d["right"] = c["right"]
            d["note"] = c["note"]
            out.append(d)
        return OrderedDict(file=self.fname, claims=out)


# =================================================================== draft 1
def draft1():
    d = Doc("v4-01-tong-ket-nam-hoc-giao-duc.txt")
    d.add("UBND HUYỆN THẠNH HÒA\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    d.add("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\tĐộc lập - Tự do - Hạnh phúc")
    d.add("Số: 412/BC-PGDĐT\tThạnh Hòa, ngày 18 tháng 7 năm 2025")
    d.add("")
    d.add("BÁO CÁO")
    d.add("Tổng kết năm học 2024 - 2025 và phương hướng, nhiệm vụ năm học 2025 - 2026")
    d.add("")
    d.add("Căn cứ Quyết định số 2150/QĐ-UBND ngày 08/8/2024 của Ủy ban nhân dân tỉnh ban hành Kế hoạch thời gian năm "
          "học 2024 - 2025 đối với giáo dục mầm non, giáo dục phổ thông và giáo dục thường xuyên; Công văn số "
          "1875/SGDĐT-VP ngày 20/6/2025 của Sở Giáo dục và Đào tạo về việc báo cáo tổng kết năm học, Phòng Giáo dục "
          "và Đào tạo huyện Thạnh Hòa báo cáo kết quả thực hiện nhiệm vụ năm học 2024 - 2025 như sau:")
    d.add("I. ĐẶC ĐIỂM TÌNH HÌNH")
    d.add(f"Huyện có {d.tot([16, 1], tpl='{} đơn vị hành chính cấp xã')} (16 xã và 01 thị trấn), dân số trung bình "
          f"năm 2024 là 164.385 người. Năm học 2023 - 2024, toàn ngành có 47 trường đạt chuẩn quốc gia, học sinh của "
          f"huyện đạt 49 giải học sinh giỏi cấp tỉnh; đây là tiền đề để ngành bước vào năm học mới với quyết tâm cao.")
    d.add("Thuận lợi: ngành giáo dục huyện luôn nhận được sự quan tâm lãnh đạo, chỉ đạo sát sao của Huyện ủy, HĐND, "
          "UBND huyện và sự hướng dẫn chuyên môn kịp thời của Sở Giáo dục và Đào tạo; cơ sở vật chất trường lớp tiếp "
          "tục được đầu tư theo hướng chuẩn hóa; đội ngũ nhà giáo nhiệt tình, tâm huyết với nghề; công tác xã hội hóa "
          "giáo dục được các tầng lớp nhân dân tích cực hưởng ứng.")
    d.add("Khó khăn: địa bàn rộng, dân cư phân tán, một số điểm trường lẻ ở các xã ... còn thiếu phòng học bộ môn, "
          "phòng chức năng; giáo viên còn thiếu so với định mức, nhất là giáo viên mầm non và giáo viên tiểu học dạy "
          "các môn Tiếng Anh, Tin học; đời sống của một bộ phận phụ huynh còn khó khăn, ảnh hưởng đến việc duy trì sĩ số.")
    d.add("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM HỌC 2024 - 2025")
    d.add("1. Quy mô trường, lớp, học sinh")
    d.add(f"Toàn huyện có {d.tot([22, 24, 3, 19], tpl='{} trường công lập')} (gồm 22 trường mầm non, 24 trường tiểu "
          f"học, 03 trường tiểu học và trung học cơ sở, 19 trường trung học cơ sở), "
          f"{d.dif(68, 71, tpl='{w} {v} trường', lead0=True)} "
          f"{d.term('năm học 2023 - 2024', 'năm học 2023 - 2024', tpl='so với {}', why='71 schools is the count of the previous school year')} "
          f"(71 trường) do sáp nhập 03 trường tiểu học theo Kế hoạch số 86/KH-UBND ngày 15/3/2024 của UBND huyện; "
          f"ngoài ra trên địa bàn còn 01 trường mầm non tư thục và 05 nhóm trẻ độc lập tư thục.")
    d.add(f"Tổng số trẻ, học sinh đầu năm học là "
          f"{d.tot([7915, 13264, 10303], tpl='{} em', why='levels listed in the three following lines')}; cụ thể:")
    d.add(f"- Mầm non: 286 nhóm, lớp với {d.tot([1128, 6787], tpl='{} trẻ')} (nhà trẻ 1.128 cháu, mẫu giáo 6.787 "
          f"cháu), bình quân "
          f"{d.rat(7915, 286, 1, mult=1, unit='', tpl='{} trẻ/nhóm, lớp', stated='27,6', verdict='rounding')};")
    d.add(f"- Tiểu học: 452 lớp với 13.264 học sinh, bình quân "
          f"{d.rat(13264, 452, 1, mult=1, unit='', tpl='{} học sinh/lớp')};")
    d.add(f"- Trung học cơ sở: 276 lớp với 10.303 học sinh, bình quân "
          f"{d.rat(10303, 276, 1, mult=1, unit='', tpl='{} học sinh/lớp')}.")
    t = (f"Tỷ lệ huy động trẻ nhà trẻ ra lớp đạt {d.pct(1128, 3580, kind='fraction', tpl='{}% (1.128/3.580 trẻ')} "
         f"trong độ tuổi), số trẻ nhà trẻ tăng 96 cháu so với năm học trước; trẻ mẫu giáo đạt "
         f"{d.pct(6787, 6912, kind='fraction', tpl='{}% (6.787/6.912 trẻ)')}, riêng trẻ mẫu giáo 5 tuổi đạt 100%. "
         f"Huy động trẻ 6 tuổi vào lớp 1 đạt "
         f"{d.pct(2641, 2645, kind='fraction', tpl='{}% (2.641/2.645 trẻ)', stated='99,84', verdict='rounding')}; "
         f"100% học sinh hoàn thành chương trình tiểu học được tuyển vào lớp 6.")
    d.amb("tăng 96 cháu", "96", "difference",
          "the previous school year's nhà trẻ enrolment is not stated anywhere; the increase cannot be checked")
    d.add(t)
    d.add("2. Đội ngũ cán bộ quản lý, giáo viên, nhân viên")
    d.add(f"Tổng số cán bộ quản lý, giáo viên, nhân viên toàn ngành là "
          f"{d.tot([152, 1786, 276], tpl='{} người', stated='2.241', verdict='inconsistent', why='two adjacent digits swapped (2.214 written 2.241)')}, "
          f"trong đó: cán bộ quản lý 152 người, "
          f"{d.tot([512, 742, 532], tpl='giáo viên {} người', why='parts by level given in the next line')}, nhân viên 276 người. "
          f"So với định mức theo Thông tư số 20/2023/TT-BGDĐT, toàn huyện còn thiếu "
          f"{d.tot([51, 37, 6], tpl='{} giáo viên')} (mầm non 51, tiểu học 37, trung học cơ sở 06).")
    d.add(f"Chia theo cấp học: giáo viên mầm non 512 người, tiểu học 742 người, trung học cơ sở 532 người. Giáo viên "
          f"nữ 1.402 người, {d.pct(1402, 1786, tpl='chiếm {}%', why='78,4994 rounds half up to 78,50')}; phần lớn "
          f"giáo viên trẻ đã được bồi dưỡng thực hiện Chương trình giáo dục phổ thông 2018.")
    d.add(f"Về trình độ đào tạo, trong {d.tot([47, 1385, 241, 113], tpl='tổng số {} giáo viên')} có: thạc sĩ 47 người "
          f"({d.pct(47, 1786)}), đại học 1.385 người ({d.pct(1385, 1786, stated='77,54', verdict='rounding')}), "
          f"cao đẳng 241 người ({d.pct(241, 1786)}), trung cấp 113 người ({d.pct(113, 1786)}). Số giáo viên đạt "
          f"chuẩn trình độ đào tạo theo Luật Giáo dục năm 2019 là "
          f"{d.tot([448, 691, 495], tpl='{}/1.786 người', why='parts by level follow after chia ra')}, "
          f"{d.pct(1634, 1786, kind='fraction', tpl='đạt {}%')}, {d.pts('91,49', '88,22')} so với năm học trước "
          f"(88,22%); chia ra: mầm non 448/512 người ({d.pct(448, 512, kind='fraction')}), tiểu học 691/742 người "
          f"({d.pct(691, 742, kind='fraction')}), trung học cơ sở 495/532 người "
          f"({d.pct(495, 532, kind='fraction', stated='93,50', verdict='inconsistent', why='digits of 93,05 swapped')}).")
    t = (f"Tỷ lệ giáo viên/lớp bình quân: tiểu học {d.rat(742, 452, 2, mult=1, unit='', tpl='{} giáo viên/lớp')}, "
         f"trung học cơ sở {d.rat(532, 276, 2, mult=1, unit='', tpl='{} giáo viên/lớp')}. Trong số 1.742 giáo viên "
         f"trực tiếp đứng lớp, có 1.216 giáo viên được đánh giá chuẩn nghề nghiệp đạt mức khá trở lên, "
         f"{d.pct(1216, 1742, tpl='chiếm {}%')}.")
    d.amb("1.742 giáo viên trực tiếp đứng lớp", "1.742", "repeat",
          "teachers are 1.786 elsewhere; 1.742 carries another qualifier (trực tiếp đứng lớp) and may be a different "
          "population or a mistyped repeat")
    d.add(t)
    d.add("3. Chất lượng giáo dục")
    t = (f"a) Giáo dục mầm non: 100% nhóm, lớp thực hiện Chương trình giáo dục mầm non; trẻ suy dinh dưỡng thể nhẹ "
         f"cân 187 cháu, chiếm 2.363%; thể thấp còi 214 cháu, {d.pct(214, 7915, tpl='chiếm {}%')}; 100% trẻ mẫu "
         f"giáo 5 tuổi hoàn thành chương trình giáo dục mầm non.")
    d.amb("chiếm 2.363%", "2.363%", "share",
          "'2.363%' is ambiguous (2363 % or a mistyped 2,363 %); 187/7.915 = 2,3626 % would fit 2,363 % but the "
          "format must not be silently parsed")
    d.add(t)
    d.add(f"b) Giáo dục tiểu học: 13.051/13.264 học sinh hoàn thành chương trình lớp học, "
          f"{d.pct(13051, 13264, kind='fraction', tpl='đạt {}%')}; học sinh chưa hoàn thành được giáo viên phụ đạo, "
          f"rèn luyện trong hè. Học sinh lớp 5 hoàn thành chương trình tiểu học 2.598/2.603 em, "
          f"{d.pct(2598, 2603, kind='fraction', tpl='đạt {}%')}.")
    d.add(f"c) Giáo dục trung học cơ sở: kết quả học tập của "
          f"{d.tot([2984, 4217, 2903, 199], tpl='{} học sinh')} như sau: mức Tốt 2.984 em ({d.pct(2984, 10303)}), "
          f"mức Khá 4.217 em ({d.pct(4217, 10303)}), mức Đạt 2.903 em ({d.pct(2903, 10303)}), mức Chưa đạt 199 em "
          f"({d.pct(199, 10303)}).")
    d.add(f"Xét công nhận tốt nghiệp trung học cơ sở: 2.412/2.418 học sinh lớp 9 được công nhận, "
          f"{d.pct(2412, 2418, kind='fraction', tpl='đạt {}%')}, {d.pts('99,75', '99,33')} so với năm học trước "
          f"(99,33%). Kỳ thi tuyển sinh vào lớp 10 năm học 2025 - 2026 có 1.987 học sinh của huyện dự thi, trúng "
          f"tuyển 1.604 em, {d.pct(1604, 1987, tpl='tỷ lệ {}%')}; số còn lại được tư vấn, định hướng vào học nghề, "
          f"giáo dục thường xuyên.")
    d.add(f"d) Học sinh giỏi: năm học 2024 - 2025, học sinh của huyện đạt "
          f"{d.tot([2, 11, 19, 26], tpl='{} giải cấp tỉnh')} (02 giải Nhất, 11 giải Nhì, 19 giải Ba, 26 giải "
          f"Khuyến khích), {d.dif(58, 49, tpl='{w} {v} giải', lead0=True, why='49 giải stated for năm học 2023 - 2024')} "
          f"{d.term('năm học 2022 - 2023', 'năm học 2023 - 2024', tpl='so với {}', verdict='inconsistent', why='49 giải was stated for năm học 2023 - 2024, the year before the report year')}; "
          f"cấp huyện công nhận 1.246 học sinh giỏi các môn văn hóa lớp 9 và ... lượt học sinh đạt giải Hội khỏe Phù Đổng.")
    d.add(f"đ) Duy trì sĩ số: toàn huyện có {d.tot([3, 24], tpl='{} học sinh bỏ học')} (tiểu học 03 em, trung học "
          f"cơ sở 24 em), "
          f"{d.pct(27, 13264 + 10303, tpl='tỷ lệ {}%', why='base = tiểu học + THCS pupils 13.264 + 10.303 = 23.567; with all 31.482 pupils incl. preschool it would be 0,09%')}; "
          f"riêng cấp trung học cơ sở tỷ lệ bỏ học là {d.pct(24, 10303)}. Học sinh khuyết tật học hòa nhập "
          f"{d.tot([87, 61], tpl='{} em', stated='142', verdict='inconsistent', why='trong đó parts are one dimension (cấp học), disjoint, and exceed the total')}, "
          f"trong đó tiểu học 87 em, trung học cơ sở 61 em.")
    d.add("4. Xây dựng trường chuẩn quốc gia, kiểm định chất lượng giáo dục")
    d.add(f"Đến nay toàn huyện có {d.tot([14, 19, 16], tpl='{}/68 trường', why='parts by level follow after trong đó')} "
          f"đạt chuẩn quốc gia, {d.pct(49, 68, kind='fraction', tpl='đạt {}%')}, "
          f"{d.dif(49, 47, tpl='{w} {v} trường', lead0=True, why='47 trường stated for năm học 2023 - 2024')} so với "
          f"năm học trước, trong đó: mầm non 14/22 trường, tiểu học 19/24 trường, trung học cơ sở 16/19 trường. So "
          f"với chỉ tiêu Nghị quyết Đại hội Đảng bộ huyện lần thứ XII, nhiệm kỳ 2020 - 2025 (75% trường đạt chuẩn "
          f"quốc gia), kết quả đạt {d.rat(F(49, 68) * 100, 75, 2, tpl='{}% chỉ tiêu', why='(49/68 × 100) / 75 × 100')}.")
    t = ("Trong năm học, tổ chức đánh giá ngoài đối với 18 trường, trong đó 11 trường đạt kiểm định chất lượng giáo "
         "dục cấp độ 3 và 09 trường được đánh giá ngoài lần 2; đến nay 58/68 trường đạt kiểm định chất lượng giáo dục "
         "từ cấp độ 1 trở lên.")
    d.amb("đối với 18 trường", "18", "sum",
          "11 (cấp độ 3) + 09 (đánh giá ngoài lần 2) = 20 > 18, but a school assessed a second time can also reach "
          "cấp độ 3: the two groups may overlap")
    d.add(t)
    d.add("5. Phổ cập giáo dục, xóa mù chữ")
    d.add(f"Duy trì 17/17 xã, thị trấn đạt chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi, phổ cập giáo dục tiểu "
          f"học mức độ 3, phổ cập giáo dục trung học cơ sở mức độ 2; 15/17 xã, thị trấn đạt chuẩn xóa mù chữ mức độ 2 "
          f"({d.pct(15, 17, kind='fraction')}).")
    d.add("6. Tài chính, xã hội hóa giáo dục")
    d.add(f"Tổng kinh phí chi sự nghiệp giáo dục năm 2024 là "
          f"{d.tot([378942, 33414], tpl='{} triệu đồng', why='chi thường xuyên + chi đầu tư')}, "
          f"{d.rat(412356, 407310, 2, tpl='đạt {}% dự toán')} giao (407.310 triệu đồng), trong đó chi thường xuyên "
          f"378.942 triệu đồng, chi đầu tư xây dựng, sửa chữa trường lớp 33.414 triệu đồng. Công tác xã hội hóa huy "
          f"động được 8.745 triệu đồng, "
          f"{d.dif(8745, 7532, tpl='{w} {v} triệu đồng', stated='1.312', verdict='inconsistent', why='digits of 1.213 transposed')} "
          f"so với năm học 2023 - 2024 (7.532 triệu đồng), chủ yếu dùng để mua sắm trang thiết bị, làm sân chơi cho "
          f"trẻ mầm non.")
    d.add("III. ĐÁNH GIÁ CHUNG")
    d.add(f"1. Kết quả nổi bật: năm học 2024 - 2025, toàn ngành duy trì ổn định quy mô "
          f"{d.rep(31482, tpl='{} trẻ, học sinh', stated='31.428', verdict='inconsistent', where='section II.1')}; "
          f"tỷ lệ học sinh lớp 9 được công nhận tốt nghiệp {d.rep('99,75', tpl='{}%', where='section II.3')}; tỷ lệ "
          f"trường đạt chuẩn quốc gia {d.rep('72,06', tpl='{}%', where='section II.4')}; tỷ lệ giáo viên đạt chuẩn "
          f"trình độ đào tạo {d.rep('91,49', tpl='{}%', where='section II.2')}; không có trường hợp vi phạm đạo đức "
          f"nhà giáo bị xử lý kỷ luật.")
    d.add("2. Hạn chế: tỷ lệ huy động trẻ nhà trẻ còn thấp; cơ sở vật chất một số trường chưa đáp ứng yêu cầu thực "
          "hiện Chương trình giáo dục phổ thông 2018, nhất là phòng học bộ môn Tin học, Ngoại ngữ; việc tuyển dụng "
          "giáo viên còn chậm so với nhu cầu; chất lượng giáo dục giữa các trường vùng thuận lợi và vùng khó khăn "
          "còn chênh lệch.")
    d.add("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM HỌC 2025 - 2026")
    d.add(f"1. Chỉ tiêu chủ yếu: huy động trẻ mẫu giáo ra lớp đạt từ 98,5% trở lên, trẻ 5 tuổi đạt 100%; tỷ lệ học "
          f"sinh hoàn thành chương trình tiểu học đạt từ 99,5% trở lên; tỷ lệ tốt nghiệp trung học cơ sở đạt từ 99% "
          f"trở lên; xây dựng thêm 05 trường đạt chuẩn quốc gia, nâng tổng số lên "
          f"{d.tot([49, 5], tpl='{}/68 trường', why='49 existing + 05 new')} ({d.pct(54, 68, kind='fraction')}); "
          f"100% xã, thị trấn duy trì đạt chuẩn phổ cập giáo dục các cấp học.")
    d.add("2. Nhiệm vụ, giải pháp: tiếp tục thực hiện Nghị quyết số 29-NQ/TW về đổi mới căn bản, toàn diện giáo dục "
          "và đào tạo; rà soát, sắp xếp mạng lưới trường lớp phù hợp với quy hoạch; tham mưu tuyển dụng đủ giáo viên "
          "theo định mức; đẩy mạnh chuyển đổi số trong quản lý và dạy học; nâng cao chất lượng mũi nhọn, bồi dưỡng "
          "học sinh giỏi; tăng cường kiểm tra nội bộ, thực hiện tốt quy chế dân chủ ở cơ sở.")
    d.add("3. Đối với giáo dục mầm non: tiếp tục thực hiện chuyên đề “Xây dựng trường mầm non lấy trẻ làm trung tâm”; "
          "bảo đảm an toàn tuyệt đối cho trẻ; đối với giáo dục phổ thông: thực hiện hiệu quả Chương trình giáo dục phổ "
          "thông 2018 ở tất cả các khối lớp, đổi mới kiểm tra, đánh giá theo Thông tư số 27/2020/TT-BGDĐT và Thông tư "
          "số 22/2021/TT-BGDĐT.")
    d.add("V. ĐỀ XUẤT, KIẾN NGHỊ")
    d.add("Đề nghị UBND huyện bổ sung chỉ tiêu biên chế giáo viên còn thiếu; ưu tiên bố trí vốn xây dựng phòng học bộ "
          "môn cho các trường trung học cơ sở; hỗ trợ kinh phí duy trì các điểm trường lẻ ở vùng khó khăn.")
    d.add("")
    d.add("Nơi nhận:\tTRƯỞNG PHÒNG")
    d.add("- Sở GD&ĐT (b/c);")
    d.add("- UBND huyện (b/c);")
    d.add("- Các trường trực thuộc;")
    d.add("- Lưu: VT.")
    return d


# =================================================================== draft 2
def draft2():
    d = Doc("v4-02-bao-cao-chinh-tri-dai-hoi-doan.txt")
    d.add("BCH ĐOÀN TỈNH BÌNH TRUNG\tĐOÀN TNCS HỒ CHÍ MINH")
    d.add("BCH ĐOÀN HUYỆN VĨNH THẠNH")
    d.add("***\tVĩnh Thạnh, ngày 28 tháng 7 năm 2022")
    d.add("DỰ THẢO")
    d.add("BÁO CÁO CHÍNH TRỊ")
    d.add("của Ban Chấp hành Đoàn huyện khóa XI trình Đại hội đại biểu Đoàn TNCS Hồ Chí Minh huyện Vĩnh Thạnh lần thứ "
          "XII, nhiệm kỳ 2022 - 2027")
    d.add("-----")
    d.add("Đại hội đại biểu Đoàn TNCS Hồ Chí Minh huyện Vĩnh Thạnh lần thứ XII, nhiệm kỳ 2022 - 2027 diễn ra trong "
          "không khí cả nước tích cực thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng. Thực "
          "hiện Hướng dẫn số 05-HD/TWĐTN-BTC ngày 12/01/2022 của Ban Bí thư Trung ương Đoàn và Kế hoạch số "
          "47-KH/TĐTN-TCKT ngày 18/02/2022 của Ban Thường vụ Tỉnh đoàn, Ban Chấp hành Đoàn huyện khóa XI báo cáo "
          "kết quả thực hiện Nghị quyết Đại hội Đoàn huyện lần thứ XI, nhiệm kỳ 2017 - 2022 và phương hướng, nhiệm "
          "vụ nhiệm kỳ 2022 - 2027 như sau:")
    d.add("PHẦN THỨ NHẤT")
    d.add("KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐOÀN HUYỆN LẦN THỨ XI, NHIỆM KỲ 2017 - 2022")
    d.add("I. ĐẶC ĐIỂM TÌNH HÌNH")
    d.add(f"Huyện Vĩnh Thạnh có 14 xã và 01 thị trấn, dân số 148.620 người; thanh niên trong độ tuổi từ 16 đến 30 là "
          f"36.412 người, {d.pct(36412, 148620, tpl='chiếm {}% dân số')}. Đoàn huyện hiện có "
          f"{d.tot([24, 8], tpl='{} tổ chức cơ sở đoàn')}, gồm 24 đoàn cơ sở và 08 chi đoàn cơ sở, với "
          f"{d.tot([176, 58, 47, 29], tpl='{} chi đoàn', stated='318', verdict='inconsistent', why='gồm = exhaustive; one-digit typo likely (310 written 318)')} "
          f"(gồm 176 chi đoàn ấp, khu phố; 58 chi đoàn trường học; 47 chi đoàn cơ quan, doanh nghiệp; 29 chi đoàn "
          f"lực lượng vũ trang) và 9.846 đoàn viên, {d.pct(9846, 36412, tpl='chiếm {}% số thanh niên')}, "
          f"{d.pts('27,04', '24,98', stated='2,15', verdict='inconsistent')} so với đầu nhiệm kỳ (24,98%).")
    d.add("Thuận lợi: công tác Đoàn và phong trào thanh thiếu nhi luôn nhận được sự quan tâm lãnh đạo của Ban Thường "
          "vụ Huyện ủy, sự phối hợp của chính quyền, Mặt trận và các đoàn thể. Khó khăn: một bộ phận thanh niên (khoảng "
          "7.800 người) đi làm ăn xa, khó tập hợp; tác động của dịch bệnh Covid-19 trong các năm 2020 - 2021 làm gián "
          "đoạn nhiều hoạt động tập trung đông người.")
    d.add("II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ, CHỈ TIÊU")
    d.add("1. Công tác giáo dục chính trị, tư tưởng, đạo đức, lối sống, văn hóa cho thanh thiếu nhi")
    d.add("Ban Thường vụ Huyện đoàn đã tổ chức 214 buổi tuyên truyền, sinh hoạt chuyên đề với trên 18.500 lượt đoàn "
          "viên, thanh niên tham dự; 100% cơ sở đoàn tổ chức học tập, quán triệt nghị quyết Đại hội Đoàn các cấp và "
          "triển khai thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị gắn với cuộc vận động “Tuổi trẻ Việt Nam học tập "
          "và làm theo lời Bác”. Công tác nắm bắt, định hướng dư luận xã hội trong thanh niên, đấu tranh phản bác "
          "các quan điểm sai trái trên không gian mạng được quan tâm thực hiện.")
    d.add("2. Tổ chức các phong trào hành động cách mạng, các chương trình đồng hành với thanh niên")
    t = (f"Phong trào “Thanh niên tình nguyện” tiếp tục là phong trào trọng tâm, đột phá: toàn huyện thực hiện "
         f"{d.tot([12, 173], tpl='{} công trình, phần việc thanh niên')} với tổng trị giá 9.465 triệu đồng, trong đó "
         f"cấp huyện 12 công trình, cấp cơ sở 173 công trình; làm mới, sửa chữa 47 km đường giao thông nông thôn, lắp "
         f"đặt 2.350 bóng đèn chiếu sáng; xây dựng và bàn giao 126 căn nhà nhân ái với tổng trị giá 5.292 triệu đồng, "
         f"bình quân {d.rat(5292, 126, 0, mult=1, unit='', tpl='{} triệu đồng/căn')}, đáp ứng 15,4% nhu cầu nhà ở "
         f"của hộ thanh niên nghèo trên địa bàn.")
    d.amb("đáp ứng 15,4%", "15,4%", "share",
          "the base (housing needs of poor young households) is not stated anywhere in the draft")
    d.add(t)
    d.add(f"Phong trào “Tuổi trẻ xung kích bảo vệ Tổ quốc”: trong nhiệm kỳ có 743 thanh niên lên đường thực hiện nghĩa "
          f"vụ quân sự, nghĩa vụ công an nhân dân, trong đó 652 đoàn viên, {d.pct(652, 743, tpl='chiếm {}%')}; phối "
          f"hợp Công an huyện duy trì 15 đội thanh niên xung kích an ninh trật tự ở các xã, thị trấn.")
    d.add("3. Hỗ trợ thanh niên lập thân, lập nghiệp")
    t = (f"Đoàn huyện phối hợp Ngân hàng Chính sách xã hội huyện quản lý 37 tổ tiết kiệm và vay vốn với tổng dư nợ "
         f"38.650 triệu đồng, {d.dif(38650, 23780, tpl='{w} {v} triệu đồng')} so với đầu nhiệm kỳ (23.780 triệu "
         f"đồng), {d.rat(38650, 23780, 2, mult=1, unit='', tpl='gấp {} lần')}; 962 hộ vay, bình quân "
         f"{d.rat(38650, 962, 1, mult=1, unit='', tpl='{} triệu đồng/hộ', stated='40,1', verdict='rounding')}. "
         f"Giới thiệu việc làm cho 3.184 thanh niên, trong đó 426 thanh niên đi làm việc ở nước ngoài theo hợp đồng, "
         f"2.815 thanh niên đã qua đào tạo nghề.")
    d.amb("3.184 thanh niên", "3.184", "sum",
          "426 (đi làm việc ở nước ngoài) + 2.815 (đã qua đào tạo nghề) = 3.241 > 3.184, but a trained worker may also "
          "go abroad: the groups can overlap")
    d.add(t)
    d.add("4. Xây dựng tổ chức Đoàn vững mạnh, tham gia xây dựng Đảng")
    d.add(f"Công tác phát triển đoàn viên được quan tâm: trong nhiệm kỳ kết nạp 4.625 đoàn viên mới, "
          f"{d.rat(4625, 4000, 2, tpl='đạt {}% chỉ tiêu', why='115,625 rounds half up to 115,63')} Đại hội đề ra "
          f"(4.000 đoàn viên), {d.dif(4625, 4013, tpl='{w} {v} đoàn viên')} "
          f"{d.term('nhiệm kỳ 2012 - 2017', 'nhiệm kỳ 2012 - 2017', tpl='so với {}', why='the term before 2017 - 2022')} "
          f"(4.013 đoàn viên); trong đó có 2.870 đội viên trưởng thành được kết nạp, "
          f"{d.pct(2870, 4625, tpl='chiếm {}%')}.")
    d.add(f"Công tác đánh giá, xếp loại tổ chức cơ sở đoàn và đoàn viên được thực hiện nghiêm túc, thực chất. Năm 2021, "
          f"{d.tot([23, 7, 2], tpl='trong {} cơ sở đoàn')} có 23 cơ sở xếp loại vững mạnh "
          f"({d.pct(23, 32, stated='71,87', verdict='rounding')}), 07 cơ sở khá ({d.pct(7, 32)}), 02 cơ sở trung bình "
          f"({d.pct(2, 32)}), không có cơ sở yếu; tỷ lệ cơ sở đoàn vững mạnh bình quân cả nhiệm kỳ đạt "
          f"{d.rat(F(22 + 23 + 24 + 24 + 23, 5), 32, 1, tpl='{}%', anchor='bình quân cả nhiệm kỳ đạt {}%', why='mean of the yearly counts 22, 23, 24, 24, 23 (footnote) over 32 bases')}, "
          f"vượt chỉ tiêu Đại hội (70%). Năm 2021 có "
          f"{d.tot([1845, 5626, 1583, 160], tpl='{} đoàn viên được đánh giá')}, trong đó xuất sắc 1.845 đoàn viên "
          f"({d.pct(1845, 9214)}), khá 5.626 đoàn viên ({d.pct(5626, 9214)}), trung bình 1.583 đoàn viên "
          f"({d.pct(1583, 9214)}), yếu 160 đoàn viên ({d.pct(160, 9214)}).")
    d.add(f"Công tác giới thiệu đoàn viên ưu tú cho Đảng xem xét kết nạp đạt kết quả cao: nhiệm kỳ qua đã giới thiệu "
          f"1.215 đoàn viên ưu tú, {d.rat(1215, 1000, 1, tpl='đạt {}% chỉ tiêu')} (1.000 đoàn viên); trong đó 1.032 "
          f"đoàn viên đã được kết nạp vào Đảng, "
          f"{d.pct(1032, 1215, tpl='chiếm {}%', stated='85,94', verdict='inconsistent', why='one-digit typo (84,94)')}.")
    d.add(f"Về công tác cán bộ: Ban Chấp hành Đoàn huyện khóa XI có 27 đồng chí, trong đó nữ 09 đồng chí "
          f"({d.pct(9, 27)}), trình độ đại học trở lên 25/27 đồng chí ({d.pct(25, 27, kind='fraction')}); trong "
          f"nhiệm kỳ đã kiện toàn, bổ sung 11 ủy viên Ban Chấp hành, 03 ủy viên Ban Thường vụ. Đến tháng 6/2022, "
          f"32/32 cơ sở đoàn đã tổ chức thành công đại hội nhiệm kỳ 2022 - 2027, "
          f"{d.pct(32, 32, nd=0, kind='fraction', tpl='đạt {}%')}.")
    d.add("5. Công tác phụ trách Đội Thiếu niên Tiền phong Hồ Chí Minh và công tác Hội")
    d.add(f"Hội đồng Đội huyện hiện có 28 liên đội với 18.216 đội viên. Công tác bồi dưỡng, giới thiệu đội viên ưu tú "
          f"cho Đoàn được chú trọng, trong nhiệm kỳ có "
          f"{d.rep(2870, tpl='{} đội viên trưởng thành', where='section 4, đội viên trưởng thành được kết nạp')} được "
          f"kết nạp vào Đoàn. Hội Liên hiệp Thanh niên Việt Nam huyện có 18 cơ sở hội với ... hội viên.")
    d.add("III. ĐÁNH GIÁ CHUNG")
    t = (f"Nhìn chung, nhiệm kỳ 2017 - 2022, các chỉ tiêu Nghị quyết Đại hội Đoàn huyện lần thứ XI đều đạt và vượt; "
         f"nổi bật là kết nạp "
         f"{d.rep(4625, tpl='{} đoàn viên mới', stated='4.652', verdict='inconsistent', where='section 4 and footnote: 4.625')}, "
         f"giới thiệu {d.rep(1215, tpl='{} đoàn viên ưu tú', where='section 4')} cho Đảng; tỷ lệ tập hợp thanh niên "
         f"đạt {d.pct(28620, 36412, nd=1, kind='fraction', tpl='{}% (28.620/36.412 thanh niên)')}, "
         f"{d.pts('78,6', '72,2')} "
         f"{d.term('nhiệm kỳ 2012 - 2017', 'nhiệm kỳ 2012 - 2017', tpl='so với cuối {}', why='end of the previous term')} "
         f"(72,2%). Tổng số đoàn viên toàn huyện đến 30/6/2022 là 9.684 đồng chí; so với đầu nhiệm kỳ, số đoàn viên "
         f"tăng 1.124 đồng chí.")
    d.amb("9.684 đồng chí", "9.684", "repeat",
          "membership is 9.846 (undated, 'hiện có') in part I and 9.684 at 30/6/2022 here: a different date or a "
          "transposition, the text does not tell")
    d.amb("tăng 1.124 đồng chí", "1.124", "difference", "start-of-term membership is not stated anywhere")
    d.add(t)
    d.add("Hạn chế: chất lượng sinh hoạt của một số chi đoàn ấp chưa cao, chưa thu hút thanh niên; việc nắm bắt tình "
          "hình thanh niên đi làm ăn xa còn khó khăn; nguồn lực cho hoạt động Đoàn ở cơ sở còn hạn chế; một số cán bộ "
          "Đoàn cơ sở thay đổi thường xuyên, thiếu kinh nghiệm.")
    d.add("Nguyên nhân của kết quả: có sự quan tâm lãnh đạo, chỉ đạo của cấp ủy, sự phối hợp chặt chẽ của các ban, "
          "ngành, đoàn thể; đội ngũ cán bộ Đoàn nhiệt tình, trách nhiệm; đoàn viên, thanh niên tích cực hưởng ứng các "
          "phong trào. Nguyên nhân của hạn chế: công tác tham mưu của một số cơ sở đoàn chưa chủ động; kinh phí hoạt "
          "động còn phụ thuộc nhiều vào ngân sách.")
    d.add("Bài học kinh nghiệm: phải bám sát sự lãnh đạo của cấp ủy, chủ động tham mưu; lấy đoàn viên, thanh niên làm "
          "trung tâm; phát huy vai trò gương mẫu của cán bộ Đoàn; đẩy mạnh ứng dụng công nghệ thông tin trong tập hợp "
          "thanh niên.")
    d.add("PHẦN THỨ HAI")
    d.add("PHƯƠNG HƯỚNG, NHIỆM VỤ NHIỆM KỲ 2022 - 2027")
    d.add("I. MỤC TIÊU CHUNG: tiếp tục đổi mới nội dung, phương thức hoạt động, xây dựng tổ chức Đoàn vững mạnh; phát "
          "huy vai trò xung kích, tình nguyện của tuổi trẻ trong phát triển kinh tế - xã hội, xây dựng nông thôn mới.")
    d.add("II. CÁC CHỈ TIÊU CHỦ YẾU")
    d.add(f"1. 100% cơ sở đoàn tổ chức học tập, quán triệt nghị quyết Đại hội Đoàn các cấp; 2. Cả nhiệm kỳ kết nạp "
          f"5.000 đoàn viên mới, {d.rat(5000, 4625, 2, sub=100, tpl='tăng {}%')} "
          f"{d.term('nhiệm kỳ 2017 - 2022', 'nhiệm kỳ 2017 - 2022', tpl='so với kết quả {}', why='target 2022 - 2027 against the term just ended')}; "
          f"3. Giới thiệu 1.300 đoàn viên ưu tú cho Đảng xem xét kết nạp, "
          f"{d.dif(1300, 1215, tpl='{w} {v} đoàn viên', why='against 1.215 of nhiệm kỳ 2017 - 2022')} "
          f"{d.term('nhiệm kỳ 2012 - 2017', 'nhiệm kỳ 2017 - 2022', tpl='so với {}', verdict='inconsistent', why='1.300 − 1.215 = 85, and 1.215 is the result of nhiệm kỳ 2017 - 2022, the term before 2022 - 2027')}; "
          f"4. Hằng năm có từ 75% cơ sở đoàn xếp loại vững mạnh trở lên; 5. Mỗi năm thực hiện ít nhất 01 công trình "
          f"thanh niên cấp huyện và 35 công trình, phần việc thanh niên cấp cơ sở.")
    d.add("III. NHIỆM VỤ, GIẢI PHÁP: đổi mới công tác giáo dục chính trị, tư tưởng; tổ chức hiệu quả ba phong trào hành "
          "động cách mạng; đồng hành với thanh niên trong học tập, khởi nghiệp; nâng cao chất lượng đoàn viên, xây dựng "
          "đội ngũ cán bộ Đoàn; tích cực tham gia xây dựng Đảng, chính quyền.")
    d.add("IV. DỰ KIẾN NHÂN SỰ BAN CHẤP HÀNH ĐOÀN HUYỆN KHÓA XII")
    d.add(f"Ban Chấp hành Đoàn huyện khóa XII dự kiến gồm {d.tot([17, 12], tpl='{} đồng chí', why='tái cử + tham gia mới')}, "
          f"{d.dif(29, 27, tpl='{w} {v} đồng chí', lead0=True, stated='03', verdict='inconsistent')} so với khóa XI; "
          f"trong đó nữ 10 đồng chí ({d.pct(10, 29)}), tái cử 17 đồng chí, tham gia mới 12 đồng chí "
          f"({d.pct(12, 29, stated='41,37', verdict='rounding')}); dưới 30 tuổi 16 đồng chí, "
          f"{d.pct(16, 29, tpl='chiếm {}%')}. Ban Thường vụ dự kiến 09 đồng chí.")
    d.add("Với tinh thần “Tuổi trẻ Vĩnh Thạnh đoàn kết - bản lĩnh - xung kích - sáng tạo”, Ban Chấp hành Đoàn huyện "
          "khóa XI kính trình Đại hội xem xét, thông qua.")
    d.add("\tT/M BAN CHẤP HÀNH ĐOÀN HUYỆN")
    d.add("\tBÍ THƯ")
    d.add("")
    d.add(f"[{FN}] Số đoàn viên mới kết nạp qua các năm: quý IV/2017: 215; năm 2018: 968; năm 2019: 1.012; năm 2020: "
          f"987; năm 2021: 1.036, {d.dif(1036, 987, tpl='{w} {v} đoàn viên')} so với năm 2020; 6 tháng đầu năm 2022: "
          f"407; {d.tot([215, 968, 1012, 987, 1036, 407], tpl='cộng {} đoàn viên')}.")
    d.add(f"[{FN}] Số cơ sở đoàn xếp loại vững mạnh qua các năm: năm 2017: 22/32; năm 2018: 23/32; năm 2019: 24/32; "
          f"năm 2020: 24/32; {d.rep(23, tpl='năm 2021: {}/32', where='body, năm 2021: 23 cơ sở vững mạnh')}.")
    d.add(f"[{FN}] Tổng số {d.rep(185, tpl='{} công trình, phần việc thanh niên', where='body, section 2')} có tổng "
          f"trị giá {d.tot([3840, 5625], tpl='{} triệu đồng')}, gồm: cấp huyện 12 công trình, trị giá 3.840 triệu "
          f"đồng; cấp cơ sở 173 công trình, trị giá 5.625 triệu đồng.")
    d.add(f"[{FN}] Dư nợ ủy thác qua tổ chức Đoàn: đầu nhiệm kỳ (31/12/2017) 23.780 triệu đồng với 748 hộ vay, bình "
          f"quân {d.rat(23780, 748, 1, mult=1, unit='', tpl='{} triệu đồng/hộ')}; đến 30/6/2022 là "
          f"{d.rep(38650, tpl='{} triệu đồng', where='body, section 3')} với 962 hộ vay, "
          f"{d.dif(962, 748, tpl='{w} {v} hộ')}.")
    return d


# =================================================================== draft 3
def draft3():
    d = Doc("v4-03-bao-cao-dang-uy-xa-6-thang.txt")
    d.add("ĐẢNG BỘ HUYỆN TÂN LẬP\tĐẢNG CỘNG SẢN VIỆT NAM")
    d.add("ĐẢNG ỦY XÃ TÂN HƯNG")
    d.add("*")
    d.add("Số 38-BC/ĐU\tTân Hưng, ngày 20 tháng 6 năm 2025")
    d.add("BÁO CÁO")
    d.add("sơ kết công tác xây dựng Đảng 6 tháng đầu năm và phương hướng, nhiệm vụ 6 tháng cuối năm 2025")
    d.add("-----")
    d.add("Thực hiện Công văn số 415-CV/HU ngày 02/6/2025 của Ban Thường vụ Huyện ủy về báo cáo sơ kết 6 tháng đầu "
          "năm 2025, Ban Thường vụ Đảng ủy xã báo cáo kết quả như sau:")
    d.add("I. TÌNH HÌNH CHUNG")
    d.add(f"- Đảng bộ xã có {d.tot([12, 5, 1, 1, 1, 1], tpl='{} chi bộ trực thuộc')}, gồm: 12 chi bộ ấp; 05 chi bộ "
          f"trường học; 01 chi bộ Trạm Y tế; 01 chi bộ Công an xã; 01 chi bộ Quân sự; 01 chi bộ doanh nghiệp.")
    d.add(f"- Tổng số đảng viên đến ngày 15/6/2025 là {d.tot([451, 35], tpl='{} đồng chí')} (chính thức 451, dự bị "
          f"35); trong đó:")
    d.add(f"+ Đảng viên nữ: 142 đồng chí, {d.pct(142, 486, tpl='chiếm {}%')};")
    d.add(f"+ Đảng viên được miễn công tác và sinh hoạt đảng: {d.sub(38, 486, tpl='{} đồng chí')};")
    d.add(f"+ Đảng viên có từ 30 năm tuổi Đảng trở lên: 96 đồng chí, trong đó từ 40 năm tuổi Đảng trở lên "
          f"{d.sub(41, 96, tpl='{} đồng chí', why='cumulative thresholds are nested, not additive')}, từ 50 năm tuổi "
          f"Đảng trở lên {d.sub(12, 41, tpl='{} đồng chí', why='nested inside the 40-year group')}.")
    d.add("- Toàn xã có 12 ấp với 3.924 hộ, 15.236 nhân khẩu; tình hình an ninh chính trị, trật tự an toàn xã hội cơ "
          "bản ổn định; đời sống vật chất, tinh thần của nhân dân từng bước được cải thiện.")
    d.add("II. KẾT QUẢ LÃNH ĐẠO, CHỈ ĐẠO 6 THÁNG ĐẦU NĂM 2025")
    d.add("1. Công tác chính trị, tư tưởng")
    d.add(f"- Tổ chức học tập, quán triệt Kết luận số 126-KL/TW, Kết luận số 127-KL/TW của Bộ Chính trị, Ban Bí thư và "
          f"Nghị quyết Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII cho 421/448 đảng viên thuộc diện "
          f"phải học tập, {d.pct(421, 448, kind='fraction', tpl='đạt {}%')}; số còn lại học bù trong tháng 7/2025.")
    d.add("- Tình hình tư tưởng của cán bộ, đảng viên và nhân dân ổn định, tin tưởng vào sự lãnh đạo của Đảng; các chi "
          "bộ nắm bắt, phản ánh kịp thời ý kiến, kiến nghị của nhân dân liên quan đến chủ trương sắp xếp đơn vị hành "
          "chính cấp xã.")
    d.add("- Tổ chức tuyên truyền kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2025), 50 năm "
          "Ngày giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2025) và 135 năm Ngày sinh Chủ tịch Hồ Chí "
          "Minh (19/5/1890 - 19/5/2025) bằng nhiều hình thức: treo pa-nô, băng rôn, khẩu hiệu; phát thanh trên hệ thống "
          "loa truyền thanh các ấp; tổ chức họp mặt cán bộ lão thành cách mạng.")
    d.add("- Việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh gắn với thực hiện Chỉ thị số 05-CT/TW "
          "của Bộ Chính trị được duy trì nền nếp; các chi bộ đăng ký xây dựng mô hình “Dân vận khéo”, “Ấp văn hóa, "
          "nông thôn mới kiểu mẫu”; cán bộ, đảng viên nêu gương trong thực hiện nhiệm vụ được giao.")
    d.add("2. Công tác tổ chức, xây dựng Đảng")
    d.add("a) Phát triển đảng viên")
    d.add(f"- Kết nạp 14 đảng viên mới, "
          f"{d.rat(14, 30, 2, tpl='đạt {}% chỉ tiêu năm', stated='46,66', verdict='rounding')} (30 đảng viên), "
          f"{d.dif(14, 11, tpl='{w} {v} đảng viên', lead0=True)} so với cùng kỳ năm 2024 (11 đảng viên); trong đó: "
          f"{d.sub(6, 14, tpl='nữ {}', lead0=True)}, {d.sub(11, 14, tpl='đoàn viên {}')}, người có đạo 02.")
    t = ("- Xét công nhận đảng viên chính thức cho 17 đảng viên dự bị, tăng 05 đồng chí so với cùng kỳ; hiện có 23 "
         "quần chúng ưu tú đang được bồi dưỡng, tạo nguồn.")
    d.amb("tăng 05 đồng chí", "05", "difference", "the same period of 2024 is not given for this item")
    d.add(t)
    d.add("b) Biến động đảng viên trong kỳ")
    d.add("- Đầu kỳ (01/01/2025): 479 đồng chí.")
    d.add(f"- Tăng: {d.tot([14, 4], tpl='{} đồng chí')} (kết nạp 14, chuyển đến 04).")
    d.add(f"- Giảm: {d.tot([5, 4, 2], tpl='{} đồng chí')} (từ trần 05, chuyển sinh hoạt đi 04, xóa tên 02).")
    d.add(f"- Cuối kỳ (15/6/2025): "
          f"{d.tot([479, 18, -11], tpl='{} đồng chí', why='stock-flow identity: đầu kỳ + tăng − giảm')}.")
    d.add("c) Kết quả đánh giá, xếp loại chất lượng năm 2024")
    d.add(f"- Tổ chức đảng: Đảng bộ xã được Ban Thường vụ Huyện ủy xếp loại hoàn thành tốt nhiệm vụ. "
          f"{d.tot([4, 15, 2], tpl='{}/21 chi bộ')} được đánh giá, xếp loại, trong đó: hoàn thành xuất sắc nhiệm vụ "
          f"04 chi bộ ({d.pct(4, 21)}); hoàn thành tốt nhiệm vụ 15 chi bộ ({d.pct(15, 21)}); hoàn thành nhiệm vụ 02 "
          f"chi bộ ({d.pct(2, 21)}); không có chi bộ không hoàn thành nhiệm vụ.")
    d.add(f"- Đảng viên: {d.tot([36, 443], tpl='tổng số {} đảng viên', why='miễn đánh giá + được đánh giá')} có đến "
          f"thời điểm đánh giá, miễn đánh giá 36 đồng chí, số được đánh giá "
          f"{d.tot([59, 338, 42, 4], tpl='{} đồng chí', why='four disjoint levels')}; kết quả: hoàn thành xuất sắc "
          f"nhiệm vụ 59 đồng chí ({d.pct(59, 443)}); hoàn thành tốt nhiệm vụ 338 đồng chí "
          f"({d.pct(338, 443, stated='76,29', verdict='rounding')}); hoàn thành nhiệm vụ 42 đồng chí "
          f"({d.pct(42, 443)}); không hoàn thành nhiệm vụ 04 đồng chí ({d.pct(4, 443)}). Tỷ lệ đảng viên hoàn thành "
          f"tốt nhiệm vụ trở lên "
          f"{d.pct(59 + 338, 443, nd=1, tpl='đạt {}%', why='xuất sắc + tốt = 59 + 338 = 397 (levels are disjoint here)')}.")
    t = (f"d) Sinh hoạt chi bộ: qua theo dõi, 18/21 chi bộ sinh hoạt định kỳ đạt chất lượng khá trở lên "
         f"({d.pct(18, 21, kind='fraction')}); bình quân mỗi kỳ sinh hoạt có 409 đảng viên dự, đạt 91,29% so với số "
         f"đảng viên phải dự sinh hoạt. Đảng ủy phân công 100% đảng ủy viên dự sinh hoạt với chi bộ theo Quy định số "
         f"2221-QĐ/TU ngày 03/10/2019.")
    d.amb("đạt 91,29%", "91,29%", "share",
          "base 'số đảng viên phải dự sinh hoạt' is not stated; 409/448 (486 − 38 miễn sinh hoạt) = 91,29% fits, "
          "409/486 = 84,16% does not")
    d.add(t)
    d.add("3. Công tác kiểm tra, giám sát và thi hành kỷ luật đảng")
    t = (f"- Ban Thường vụ Đảng ủy kiểm tra 04 tổ chức đảng và 09 đảng viên, {d.rat(4, 8, 0, tpl='đạt {}%')} và "
         f"{d.rat(9, 16, 2, tpl='{}% kế hoạch năm')} (08 tổ chức đảng, 16 đảng viên); giám sát chuyên đề 03 chi bộ và "
         f"12 đảng viên, trong đó 05 đảng viên là bí thư chi bộ, 08 đảng viên là cán bộ, công chức xã.")
    d.amb("12 đảng viên", "12", "sum",
          "05 bí thư chi bộ + 08 cán bộ, công chức xã = 13 > 12, but a branch secretary can also be a commune official: "
          "the groups may overlap")
    d.add(t)
    d.add("- Ủy ban Kiểm tra Đảng ủy kiểm tra đảng viên khi có dấu hiệu vi phạm 02 trường hợp, kết luận 01 đảng viên có "
          "vi phạm đến mức phải xử lý kỷ luật; giải quyết 01 đơn tố cáo đảng viên đúng thời hạn.")
    d.add(f"- Thi hành kỷ luật "
          f"{d.tot([2, 1, 1], tpl='{} đảng viên', lead0=True, stated='03', verdict='inconsistent', why='the forms of discipline are disjoint')} "
          f"(khiển trách 02, cảnh cáo 01, cách chức 01), đều đúng nguyên tắc, thủ tục, thẩm quyền.")
    d.add("4. Thu, nộp và quản lý đảng phí")
    d.add(f"- Tổng thu đảng phí 6 tháng đầu năm: 58.742.000 đồng, "
          f"{d.rat(58742000, 112660000, 2, tpl='đạt {}% kế hoạch năm')} (112.660.000 đồng), "
          f"{d.dif(58742000, 54360000, tpl='{w} {v} đồng')} so với cùng kỳ năm 2024 (54.360.000 đồng); bình quân mỗi "
          f"đảng viên đóng "
          f"{d.rat(58742000, 486, 0, mult=1, unit='', tpl='{} đồng', why='base = 486 members at 15/6/2025')}/6 tháng.")
    d.add(f"- Trích nộp Đảng ủy cấp trên {d.amt(58742000, 30, tpl='30%: {} đồng')}; để lại chi bộ và Đảng ủy sử dụng "
          f"{d.amt(58742000, 70, tpl='70%: {} đồng', stated='41.191.400', verdict='inconsistent', why='also 58.742.000 − 17.622.600 = 41.119.400')}.")
    d.add("5. Lãnh đạo thực hiện nhiệm vụ chính trị ở địa phương")
    d.add(f"- Vụ Đông Xuân 2024 - 2025 gieo trồng 2.846 ha lúa, {d.rat(2846, 2800, 2, tpl='đạt {}% kế hoạch')} "
          f"(2.800 ha); năng suất bình quân {d.rat(20634, 2846, 2, mult=1, unit='', tpl='{} tấn/ha')}, sản lượng "
          f"20.634 tấn.")
    d.add(f"- Thu ngân sách nhà nước trên địa bàn 2.415 triệu đồng, "
          f"{d.rat(2415, 4500, 2, tpl='đạt {}% dự toán', stated='53,76', verdict='inconsistent', why='adjacent digits swapped (53,67)')} "
          f"huyện giao (4.500 triệu đồng).")
    d.add(f"- Hộ nghèo còn 62 hộ, {d.pct(62, 3924, tpl='chiếm {}%', why='base 3.924 hộ stated in part I')}, "
          f"{d.pts('1,58', '1,99')} so với cuối năm 2024 (1,99%); hộ cận nghèo 95 hộ, "
          f"{d.pct(95, 3924, tpl='chiếm {}%')}.")
    d.add(f"- Tỷ lệ người dân tham gia bảo hiểm y tế đạt "
          f"{d.pct(14105, 15236, kind='fraction', tpl='{}% (14.105/15.236 người)')}, "
          f"{d.pts('92,58', '91,32', stated='1,35', verdict='inconsistent')} so với cùng kỳ (91,32%).")
    d.add(f"- Mặt trận và các đoàn thể vận động Quỹ “Vì người nghèo” 86.500.000 đồng, "
          f"{d.rat(86500000, 80000000, 2, tpl='đạt {}% chỉ tiêu', why='108,125 rounds half up to 108,13')} "
          f"(80.000.000 đồng); xây dựng, bàn giao 04 căn nhà Đại đoàn kết với tổng trị giá 240 triệu đồng, bình quân "
          f"{d.rat(240, 4, 0, mult=1, unit='', tpl='{} triệu đồng/căn')}.")
    d.add("- Quốc phòng, an ninh: hoàn thành 100% chỉ tiêu giao quân năm 2025; duy trì nghiêm chế độ trực sẵn sàng chiến "
          "đấu; phối hợp giải quyết dứt điểm ... vụ tranh chấp đất đai ở ấp Tân Phú; tình hình an ninh chính trị, trật tự "
          "an toàn xã hội được giữ vững, không để xảy ra tình huống bất ngờ.")
    d.add("6. Công tác dân vận, Mặt trận và các đoàn thể chính trị - xã hội")
    d.add("- Mặt trận Tổ quốc và các đoàn thể tiếp tục đổi mới nội dung, phương thức hoạt động, hướng về cơ sở; vận động "
          "đoàn viên, hội viên tham gia hiến đất, đóng góp ngày công làm đường giao thông nông thôn; phối hợp tổ chức "
          "Ngày hội Đại đoàn kết toàn dân tộc ở các ấp.")
    d.add("- Thực hiện Quy chế dân chủ ở cơ sở theo Luật Thực hiện dân chủ ở cơ sở năm 2022; tiếp công dân định kỳ "
          "theo Quy định số 11-QĐi/TW của Bộ Chính trị; các kiến nghị của cử tri được tổng hợp, chuyển cấp có thẩm "
          "quyền giải quyết.")
    d.add("7. Công tác văn phòng cấp ủy")
    d.add(f"- Ban Thường vụ Đảng ủy ban hành "
          f"{d.tot([5, 11, 9, 21], tpl='{} văn bản các loại')}, gồm: 05 nghị quyết, 11 kế hoạch, 09 báo cáo, 21 công văn "
          f"và văn bản khác; duy trì chế độ giao ban hằng tháng, quản lý con dấu, tài liệu mật theo quy định.")
    d.add("III. ĐÁNH GIÁ CHUNG")
    d.add(f"- Ưu điểm: Ban Chấp hành, Ban Thường vụ Đảng ủy lãnh đạo, chỉ đạo toàn diện các mặt công tác; 6 tháng đầu "
          f"năm kết nạp {d.rep(14, tpl='{} đảng viên mới', where='II.2.a')}, nâng tổng số đảng viên của Đảng bộ lên "
          f"{d.rep(486, tpl='{} đồng chí', stated='468', verdict='inconsistent', where='part I and II.2.b: 486')}; "
          f"thu đảng phí {d.rep('52,14', tpl='đạt {}% kế hoạch', where='II.4')}; công tác kiểm tra, giám sát được "
          f"thực hiện đúng chương trình.")
    d.add("- Hạn chế: một số chi bộ ấp sinh hoạt còn đơn điệu, chưa thu hút đảng viên tham dự; việc thu nộp đảng phí ở "
          "một số chi bộ còn chậm; tiến độ kết nạp đảng viên chưa đạt yêu cầu đề ra; công tác nắm bắt tình hình đảng "
          "viên đi làm ăn xa có lúc chưa kịp thời.")
    d.add("- Nguyên nhân: một bộ phận cấp ủy viên, bí thư chi bộ chưa thật sự sâu sát; nguồn quần chúng ưu tú ở các ấp "
          "còn ít do thanh niên đi làm việc ở các khu công nghiệp ngoài tỉnh; một số đảng viên lớn tuổi, sức khỏe hạn "
          "chế nên việc tham gia sinh hoạt chưa đều.")
    d.add("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025")
    d.add(f"- Phấn đấu kết nạp thêm {d.dif(30, 14, tpl='{v} đảng viên', why='chỉ tiêu 30 − đã kết nạp 14')} để "
          f"hoàn thành chỉ tiêu 30 đảng viên năm 2025;")
    d.add(f"- Thu đảng phí 6 tháng cuối năm tối thiểu "
          f"{d.dif(112660000, 58742000, tpl='{v} đồng', why='kế hoạch năm − đã thu 6 tháng')} để đạt 100% kế hoạch năm;")
    d.add(f"- Hoàn thành kiểm tra {d.dif(8, 4, tpl='{v} tổ chức đảng', lead0=True, why='kế hoạch 08 − đã kiểm tra 04')} "
          f"và {d.dif(16, 9, tpl='{v} đảng viên', lead0=True, why='kế hoạch 16 − đã kiểm tra 09')} còn lại theo "
          f"Chương trình kiểm tra, giám sát năm 2025;")
    d.add("- Chuẩn bị tốt các điều kiện tổ chức Đại hội Đảng bộ xã nhiệm kỳ 2025 - 2030 theo Chỉ thị số 45-CT/TW "
          "ngày 14/4/2025 của Bộ Chính trị; thực hiện sắp xếp tổ chức đảng theo chủ trương sắp xếp đơn vị hành chính "
          "cấp xã;")
    d.add("- Tiếp tục lãnh đạo thực hiện hoàn thành các chỉ tiêu kinh tế - xã hội, quốc phòng - an ninh năm 2025; "
          "chỉ đạo thu hoạch lúa Hè Thu, phòng chống dịch bệnh trên cây trồng, vật nuôi.")
    d.add("- Chỉ đạo các chi bộ nâng cao chất lượng sinh hoạt định kỳ, sinh hoạt chuyên đề theo Hướng dẫn số "
          "12-HD/BTCTW; rà soát, sàng lọc, đưa những đảng viên không còn đủ tư cách ra khỏi Đảng; chuẩn bị đánh giá, "
          "xếp loại chất lượng tổ chức đảng, đảng viên năm 2025 theo Quy định số 124-QĐ/TW.")
    d.add("Trên đây là báo cáo sơ kết công tác xây dựng Đảng 6 tháng đầu năm và phương hướng, nhiệm vụ 6 tháng cuối "
          "năm 2025 của Đảng ủy xã Tân Hưng./.")
    d.add("Nơi nhận:\tT/M ĐẢNG ỦY")
    d.add("- Ban Thường vụ Huyện ủy (b/c),\tBÍ THƯ")
    d.add("- Các chi bộ trực thuộc,")
    d.add("- Lưu Văn phòng Đảng ủy.")
    return d


# =================================================================== draft 4
def draft4():
    d = Doc("v4-04-cong-thuong-tinh-nam-2024.txt")
    d.add("UBND TỈNH BÌNH TRUNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    d.add("SỞ CÔNG THƯƠNG\tĐộc lập - Tự do - Hạnh phúc")
    d.add("Số: 2318/BC-SCT\tBình Trung, ngày 25 tháng 12 năm 2024")
    d.add("")
    d.add("BÁO CÁO")
    d.add("Tình hình thực hiện nhiệm vụ phát triển công nghiệp, thương mại, dịch vụ năm 2024 và kế hoạch năm 2025")
    d.add("")
    d.add("Thực hiện Nghị quyết số 45/NQ-HĐND ngày 08/12/2023 của Hội đồng nhân dân tỉnh về kế hoạch phát triển kinh "
          "tế - xã hội năm 2024 và Quyết định số 3102/QĐ-UBND ngày 15/12/2023 của UBND tỉnh về giao chỉ tiêu kế hoạch "
          "năm 2024; Sở Công Thương báo cáo kết quả thực hiện nhiệm vụ năm 2024 (số liệu ước thực hiện cả năm) và kế "
          "hoạch năm 2025 như sau:")
    d.add("A. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024")
    d.add("I. LĨNH VỰC CÔNG NGHIỆP")
    d.add("1. Sản xuất công nghiệp")
    d.add("Sản xuất công nghiệp năm 2024 duy trì đà tăng trưởng khá. Chỉ số sản xuất toàn ngành công nghiệp (IIP) ước "
          "tăng 8,62% so với năm 2023; trong đó ngành khai khoáng giảm 3,15%, công nghiệp chế biến, chế tạo tăng 9,24%, "
          "sản xuất và phân phối điện tăng 6,8%, cung cấp nước, hoạt động quản lý và xử lý rác thải tăng 5,1%. Riêng "
          "quý IV/2024, IIP tăng 10,3% so với quý III/2024 và tăng 11,6% so với cùng kỳ năm 2023.")
    d.add(f"Giá trị sản xuất công nghiệp (giá so sánh năm 2010) ước đạt "
          f"{d.tot([4126, 29874, 34452], tpl='{} tỷ đồng', why='breakdown by ownership follows')}, "
          f"{d.rat(68452, 67540, 2, tpl='đạt {}% kế hoạch')} (67.540 tỷ đồng), "
          f"{d.rat(68452, 62730, 2, sub=100, tpl='tăng {}%')} so với năm 2023 (62.730 tỷ đồng). Chia theo thành phần "
          f"kinh tế: khu vực kinh tế nhà nước 4.126 tỷ đồng; khu vực ngoài nhà nước 29.874 tỷ đồng; khu vực có vốn "
          f"đầu tư nước ngoài 34.452 tỷ đồng, {d.pct(34452, 68452, tpl='chiếm {}%')}. Theo giá hiện hành, giá trị sản "
          f"xuất công nghiệp ước đạt 112.960 tỷ đồng.")
    d.add("Một số sản phẩm chủ yếu tăng khá: giày, dép các loại 48,6 triệu đôi, tăng 12,4%; quần áo may sẵn 62,3 triệu "
          "cái, tăng 7,9%; thức ăn chăn nuôi 1,24 triệu tấn, tăng 5,6%; điện sản xuất 2.845 triệu kWh, tăng 4,2%. Một "
          "số sản phẩm giảm: đá xây dựng 3,12 triệu m3, giảm 6,4%; gạch nung 412 triệu viên, giảm 2,8%.")
    d.add("2. Phát triển cụm công nghiệp, khuyến công")
    d.add(f"Toàn tỉnh có 15 cụm công nghiệp được thành lập với tổng diện tích 798,6 ha, trong đó 09 cụm công nghiệp "
          f"đã đi vào hoạt động (486,2 ha), tỷ lệ lấp đầy bình quân 67,4%. Năm 2024 triển khai "
          f"{d.tot([3, 21], tpl='{} đề án khuyến công')} với "
          f"{d.tot([1750, 4110], tpl='kinh phí {} triệu đồng')}, {d.rat(5860, 6000, 2, tpl='đạt {}% dự toán')} "
          f"(6.000 triệu đồng), gồm: khuyến công quốc gia 03 đề án, 1.750 triệu đồng; khuyến công địa phương 21 đề án, "
          f"4.110 triệu đồng.")
    d.add("3. Điện năng")
    d.add(f"Sản lượng điện thương phẩm ước đạt "
          f"{d.tot([F('2580.2'), F('1312.4'), F('323.0')], nd=1, tpl='{} triệu kWh')}, "
          f"{d.rat(F('4215.6'), F('3818.4'), 1, sub=100, tpl='tăng {}%')} so với năm 2023 (3.818,4 triệu kWh); trong "
          f"đó điện cho công nghiệp - xây dựng 2.580,2 triệu kWh ({d.pct(F('2580.2'), F('4215.6'), nd=1)}), quản lý "
          f"và tiêu dùng dân cư 1.312,4 triệu kWh ({d.pct(F('1312.4'), F('4215.6'), nd=1)}), các thành phần khác "
          f"323,0 triệu kWh ({d.pct(323, F('4215.6'), nd=1)}). Tỷ lệ hộ dân sử dụng điện lưới quốc gia đạt "
          f"{d.pct(478215, 478836, kind='fraction', tpl='{}% (478.215/478.836 hộ)')}.")
    d.add("4. Phát triển doanh nghiệp")
    t = (f"Trong năm có 1.046 doanh nghiệp thành lập mới với tổng vốn đăng ký 12.418 tỷ đồng, bình quân "
         f"{d.rat(12418, 1046, 2, mult=1, unit='', tpl='{} tỷ đồng/doanh nghiệp')}; số doanh nghiệp thành lập mới "
         f"{d.rat(1046, 973, 1, sub=100, tpl='tăng {}%')} so với năm 2023 (973 doanh nghiệp). Trong số doanh nghiệp "
         f"mới có 658 doanh nghiệp hoạt động trong lĩnh vực thương mại, dịch vụ và 421 doanh nghiệp khởi nghiệp đổi "
         f"mới sáng tạo. Có 287 doanh nghiệp quay trở lại hoạt động; 512 doanh nghiệp đăng ký tạm ngừng kinh doanh có "
         f"thời hạn; 164 doanh nghiệp hoàn tất thủ tục giải thể, {d.dif(164, 145, tpl='{w} {v} doanh nghiệp')} so với "
         f"năm 2023 (145 doanh nghiệp). Số doanh nghiệp thành lập mới "
         f"{d.rat(1046, 164, 2, mult=1, unit='', tpl='gấp {} lần')} số doanh nghiệp giải thể.")
    d.amb("1.046 doanh nghiệp thành lập mới", "1.046", "sum",
          "658 (thương mại, dịch vụ) + 421 (khởi nghiệp đổi mới sáng tạo) = 1.079 > 1.046, but a start-up can also be "
          "a trade/service firm: the two groups can overlap")
    d.add(t)
    d.add(f"Lũy kế đến 31/12/2024, toàn tỉnh có 8.915 doanh nghiệp đang hoạt động với tổng vốn đăng ký 142.306 tỷ "
          f"đồng; bình quân "
          f"{d.rat(8915, F('1642.8'), 2, mult=1, unit='', tpl='{} doanh nghiệp/1.000 dân', stated='5,42', verdict='rounding', why='8.915 / (1.642.800 / 1.000)')} "
          f"(dân số trung bình năm 2024 là 1.642.800 người).")
    d.add("II. LĨNH VỰC THƯƠNG MẠI, DỊCH VỤ")
    d.add("1. Thương mại nội địa")
    d.add(f"Thị trường hàng hóa ổn định, nguồn cung dồi dào, không xảy ra tình trạng khan hiếm, sốt giá. Tổng mức bán "
          f"lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt "
          f"{d.tot([72418, 14236, 512, 11580], tpl='{} tỷ đồng', why='four lines of the chia ra list below')}, "
          f"{d.rat(98746, 96000, 2, tpl='đạt {}% kế hoạch')} (96.000 tỷ đồng), "
          f"{d.rat(98746, 88762, 2, sub=100, tpl='tăng {}%')} so với năm 2023 (88.762 tỷ đồng); bình quân "
          f"{d.rat(98746 * 1000, 1642800, 2, mult=1, unit='', tpl='{} triệu đồng/người/năm', stated='60,10', verdict='rounding', why='98.746 tỷ = 98.746.000 triệu đồng over 1.642.800 inhabitants')}. "
          f"Chia theo ngành hoạt động:")
    d.add(f"- Doanh thu bán lẻ hàng hóa 72.418 tỷ đồng, "
          f"{d.pct(72418, 98746, tpl='chiếm {}%', stated='73,33', verdict='rounding')};")
    d.add(f"- Dịch vụ lưu trú, ăn uống 14.236 tỷ đồng, "
          f"{d.pct(14236, 98746, tpl='chiếm {}%', stated='14,24', verdict='inconsistent', why='digits of 14,42 swapped')};")
    d.add(f"- Du lịch lữ hành 512 tỷ đồng, {d.pct(512, 98746, tpl='chiếm {}%')};")
    d.add(f"- Doanh thu dịch vụ khác 11.580 tỷ đồng, {d.pct(11580, 98746, tpl='chiếm {}%')}.")
    d.add(f"Doanh thu du lịch (lưu trú, ăn uống và lữ hành) đạt "
          f"{d.tot([14236, 512], tpl='{} tỷ đồng', why='lưu trú, ăn uống + lữ hành from the list above')}, tăng 13,6% "
          f"so với năm 2023; toàn tỉnh đón khoảng 3,2 triệu lượt khách.")
    d.add(f"Hạ tầng thương mại tiếp tục được đầu tư: toàn tỉnh hiện có "
          f"{d.tot([4, 17, 121], tpl='{} chợ', stated='124', verdict='inconsistent', why='gồm = exhaustive; 142 written with digits swapped')} "
          f"(gồm 04 chợ hạng I, 17 chợ hạng II, 121 chợ hạng III), 11 siêu thị, 03 trung tâm thương mại và 286 cửa "
          f"hàng tiện lợi. Năm 2024 đầu tư xây mới 03 chợ, nâng cấp, cải tạo 08 chợ với "
          f"{d.tot([18200, 28650], tpl='tổng vốn {} triệu đồng')}, trong đó vốn ngân sách nhà nước 18.200 triệu đồng "
          f"({d.pct(18200, 46850)}), vốn xã hội hóa 28.650 triệu đồng ({d.pct(28650, 46850)}).")
    d.add(f"Thương mại điện tử phát triển nhanh: có 3.412 doanh nghiệp có website bán hàng hoặc gian hàng trên sàn "
          f"thương mại điện tử, "
          f"{d.pct(3412, 8915, tpl='chiếm {}%', why='base = 8.915 active enterprises stated in section I.4')} số doanh "
          f"nghiệp đang hoạt động; giá trị giao dịch ước đạt 4.850 tỷ đồng.")
    d.add(f"Công tác quản lý thị trường: lực lượng quản lý thị trường kiểm tra 1.284 vụ, phát hiện, xử lý "
          f"{d.tot([86, 215, 147, 514], tpl='{} vụ vi phạm')} ({d.pct(962, 1284)}), gồm: buôn lậu 86 vụ; gian lận "
          f"thương mại 215 vụ; hàng giả, hàng xâm phạm quyền sở hữu trí tuệ 147 vụ; vi phạm khác 514 vụ; thu nộp ngân "
          f"sách nhà nước 6.318 triệu đồng, {d.rat(6318, 5625, 1, sub=100, tpl='tăng {}%')} so với năm 2023 (5.625 "
          f"triệu đồng).")
    d.add(f"Chỉ số giá tiêu dùng (CPI) tháng 12/2024 tăng 0,24% so với tháng trước, tăng 2,97% so với tháng 12/2023; "
          f"CPI bình quân năm 2024 tăng 3,71% so với năm 2023. So với tháng trước, trong "
          f"{d.tot([9, 2], tpl='{} nhóm hàng hóa và dịch vụ chính')} có 09 nhóm tăng giá, 02 nhóm giảm giá.")
    d.add("2. Xuất khẩu, nhập khẩu")
    t = (f"Kim ngạch xuất khẩu hàng hóa ước đạt "
         f"{d.tot([F('2412.6'), F('872.8')], nd=1, tpl='{} triệu USD', why='chia ra = exhaustive')}, "
         f"{d.rat(F('3285.4'), 3150, 1, tpl='đạt {}% kế hoạch')} (3.150 triệu USD), "
         f"{d.rat(F('3285.4'), F('2866.9'), 1, sub=100, tpl='tăng {}%')} so với năm 2023 (2.866,9 triệu USD); chia ra: "
         f"khu vực có vốn đầu tư nước ngoài 2.412,6 triệu USD, {d.pct(F('2412.6'), F('3285.4'), tpl='chiếm {}%')}; "
         f"khu vực kinh tế trong nước 872,8 triệu USD. Tỷ trọng xuất khẩu của khu vực có vốn đầu tư nước ngoài tăng "
         f"1,2% so với năm 2023.")
    d.amb("tăng 1,2%", "1,2%", "points",
          "the 2023 FDI share of exports is not given; neither the points nor the relative reading can be checked")
    d.add(t)
    t = ("Các mặt hàng xuất khẩu chủ lực: giày dép 1.124,5 triệu USD; hàng dệt may 846,2 triệu USD; thủy sản 395,7 "
         "triệu USD; gỗ và sản phẩm gỗ 287,3 triệu USD; riêng nhóm hóa chất và sản phẩm hóa chất tăng 1.265% so với "
         "năm trước do có thêm dự án mới đi vào hoạt động.")
    d.amb("tăng 1.265%", "1.265%", "ratio",
          "'1.265%' is ambiguous: 1265 % (plausible for a new product line) or a mistyped 1,265 %; no base value given")
    d.add(t)
    d.add(f"Kim ngạch nhập khẩu ước đạt 2.148,7 triệu USD, "
          f"{d.rat(F('2148.7'), F('1956.9'), 1, sub=100, tpl='tăng {}%', stated='8,9', verdict='inconsistent', why='digits of 9,8 swapped')} "
          f"so với năm 2023 (1.956,9 triệu USD), chủ yếu là nguyên liệu, phụ liệu phục vụ sản xuất hàng xuất khẩu. Cán "
          f"cân thương mại xuất siêu "
          f"{d.dif(F('3285.4'), F('2148.7'), nd=1, tpl='{v} triệu USD', stated='1.163,7', verdict='inconsistent', why='xuất khẩu − nhập khẩu; digits swapped')}; "
          f"kim ngạch xuất khẩu {d.rat(F('3285.4'), F('2148.7'), 2, mult=1, unit='', tpl='gấp {} lần')} kim ngạch "
          f"nhập khẩu.")
    d.add("III. ĐÁNH GIÁ CHUNG")
    t = (f"Năm 2024, các chỉ tiêu chủ yếu của ngành đều đạt và vượt kế hoạch: giá trị sản xuất công nghiệp "
         f"{d.rep('101,35', tpl='đạt {}%', where='section I.1')}, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu "
         f"dùng {d.rep('102,86', tpl='đạt {}%', where='section II.1')}, kim ngạch xuất khẩu "
         f"{d.rep('104,3', tpl='đạt {}%', where='section II.2')} kế hoạch năm; thành lập mới "
         f"{d.rep(1046, tpl='{} doanh nghiệp', stated='1.016', verdict='inconsistent', where='section I.4')}; theo số "
         f"liệu của cơ quan thuế, hiện có khoảng 8.960 doanh nghiệp đang hoạt động. Tuy nhiên, ngành khai khoáng tiếp "
         f"tục giảm; một số dự án hạ tầng cụm công nghiệp chậm tiến độ; hoạt động thương mại điện tử còn tiềm ẩn nguy "
         f"cơ gian lận, khó kiểm soát.")
    d.amb("8.960 doanh nghiệp", "8.960", "repeat",
          "active enterprises are 8.915 'lũy kế đến 31/12/2024' in section I.4; 8.960 comes from another source "
          "(cơ quan thuế), is approximate and undated: same quantity or not cannot be decided")
    d.add(t)
    d.add("B. KẾ HOẠCH NĂM 2025")
    d.add("I. CÁC CHỈ TIÊU CHỦ YẾU")
    assert V(F(75300, 68452) * 100 - 100, 1) == "10,0" and V(F(75300, 62730) * 100 - 100, 1) != "10,0"
    d.add(f"- Giá trị sản xuất công nghiệp (giá so sánh năm 2010) đạt 75.300 tỷ đồng, "
          f"{d.term('năm 2023', 'năm 2024', tpl='tăng 10,0% so với ước thực hiện {}', verdict='inconsistent', why='75.300 / 68.452 (ước thực hiện năm 2024) × 100 − 100 = 10,0040 → tăng 10,0%; against 2023 (62.730) it would be 20,04%')};")
    d.add(f"- Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng đạt 109.600 tỷ đồng, "
          f"{d.rat(109600, 98746, 1, sub=100, tpl='tăng {}%', why='against ước thực hiện 2024')};")
    d.add(f"- Kim ngạch xuất khẩu đạt 3.650 triệu USD, "
          f"{d.rat(3650, F('3285.4'), 1, sub=100, tpl='tăng {}%', why='against ước thực hiện 2024')}; kim ngạch nhập "
          f"khẩu khoảng 2.350 triệu USD;")
    d.add("- Thành lập mới từ 1.100 doanh nghiệp trở lên; 100% chợ hạng I, hạng II có phương án phòng cháy, chữa cháy "
          "được phê duyệt.")
    d.add("II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU")
    d.add("1. Triển khai Luật Điện lực số 61/2024/QH15 và các văn bản hướng dẫn; thực hiện Điều 12 Nghị định số "
          "80/2024/NĐ-CP về cơ chế mua bán điện trực tiếp; đẩy nhanh tiến độ đầu tư hạ tầng các cụm công nghiệp ...")
    d.add("2. Tăng cường xúc tiến thương mại, hỗ trợ doanh nghiệp tham gia hội chợ trong và ngoài nước; phát triển "
          "thương mại điện tử, thanh toán không dùng tiền mặt; bảo đảm cân đối cung cầu hàng hóa dịp Tết Nguyên đán Ất "
          "Tỵ 2025.")
    d.add("3. Phối hợp các lực lượng chức năng đấu tranh chống buôn lậu, gian lận thương mại và hàng giả; kiểm tra an "
          "toàn thực phẩm thuộc lĩnh vực ngành công thương.")
    d.add("4. Tiếp tục thực hiện Chương trình khuyến công, Chương trình xúc tiến thương mại giai đoạn 2021 - 2025; hỗ "
          "trợ các cơ sở công nghiệp nông thôn đổi mới máy móc, thiết bị; phát triển sản phẩm công nghiệp nông thôn "
          "tiêu biểu, sản phẩm OCOP gắn với vùng nguyên liệu của địa phương.")
    d.add("5. Đẩy mạnh cải cách hành chính, chuyển đổi số trong giải quyết thủ tục hành chính thuộc thẩm quyền của "
          "Sở; nâng tỷ lệ hồ sơ tiếp nhận, giải quyết trực tuyến toàn trình; công khai, minh bạch thông tin về quy "
          "hoạch, kế hoạch phát triển ngành.")
    d.add("III. KIẾN NGHỊ: đề nghị UBND tỉnh bố trí vốn đầu tư hạ tầng kỹ thuật cho 06 cụm công nghiệp chưa có nhà đầu "
          "tư; chỉ đạo các huyện, thị xã, thành phố hoàn thiện phương án chuyển đổi mô hình quản lý chợ.")
    d.add("")
    d.add("Nơi nhận:\tGIÁM ĐỐC")
    d.add("- Bộ Công Thương (b/c);")
    d.add("- UBND tỉnh (b/c);")
    d.add("- Cục Thống kê tỉnh;")
    d.add("- Lưu: VT, KHTC.")
    return d


# =================================================================== main
def main():
    docs = [draft1(), draft2(), draft3(), draft4()]
    rows = []
    kv = Counter()
    for d in docs:
        text = d.text()
        n = len(text)
        assert 8000 <= n <= 12000, f"{d.fname}: {n} characters"
        lab = d.labels()
        # anchors: exact text of the line, exactly once, containing the figure
        lines = text.split("\n")
        for c in lab["claims"]:
            assert lines[c["line"] - 1].count(c["anchor"]) == 1
        # no two claims with the same anchor on the same line
        keys = Counter((c["line"], c["anchor"]) for c in lab["claims"])
        assert max(keys.values()) == 1, [k for k, v in keys.items() if v > 1]
        with open(os.path.join(OUT, d.fname), "w", encoding="utf-8") as fh:
            fh.write(text)
        with open(os.path.join(OUT, d.fname.replace(".txt", ".labels.json")), "w", encoding="utf-8") as fh:
            json.dump(lab, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        vc = Counter(c["verdict"] for c in lab["claims"])
        rows.append((d.fname, n, len(lab["claims"]), vc))
        for c in lab["claims"]:
            kv[(c["kind"], c["verdict"])] += 1
    if "--summary" in sys.argv:
        out = ["# dev4 prose drafts — label summary", "",
               "| draft | chars | claims | consistent | rounding | inconsistent | ambiguous |",
               "|---|---:|---:|---:|---:|---:|---:|"]
        tot = Counter()
        for f, n, k, vc in rows:
            out.append(f"| {f} | {n} | {k} | " + " | ".join(str(vc[v]) for v in VERDICTS) + " |")
            tot["chars"] += n
            tot["claims"] += k
            for v in VERDICTS:
                tot[v] += vc[v]
        out.append(f"| **total** | {tot['chars']} | {tot['claims']} | " +
                   " | ".join(str(tot[v]) for v in VERDICTS) + " |")
        out.append("| share | | | " + " | ".join(f"{V(F(tot[v], tot['claims']) * 100, 1)} %" for v in VERDICTS) + " |")
        out += ["", "| kind | consistent | rounding | inconsistent | ambiguous | total |",
                "|---|---:|---:|---:|---:|---:|"]
        for k in KINDS:
            r = [kv[(k, v)] for v in VERDICTS]
            out.append(f"| {k} | " + " | ".join(map(str, r)) + f" | {sum(r)} |")
        r = [sum(kv[(k, v)] for k in KINDS) for v in VERDICTS]
        out.append("| **total** | " + " | ".join(map(str, r)) + f" | {sum(r)} |")
        with open(os.path.join(OUT, "SUMMARY.md"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(out) + "\n")
    for f, n, k, vc in rows:
        print(f, n, k, dict(vc))


if __name__ == "__main__":
    main()
