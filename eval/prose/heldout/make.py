#!/usr/bin/env python3
"""Held-out prose drafts for Soat So (report drafts with every checkable claim labelled).

Standard library only.  Every figure is computed here with decimal.Decimal (ROUND_HALF_UP);
the verdict of every claim is recomputed from the figures and compared with the verdict the
author intended, so a label cannot silently disagree with its text.

Run:  python3 make.py      (writes <name>.txt and <name>.labels.json beside this file)
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP, ROUND_DOWN

HERE = os.path.dirname(os.path.abspath(__file__))
FN = "[\ufffd] "  # footnote line prefix, as Word exports it


# ----------------------------------------------------------------------------- numbers
def n(x):
    """Integer in vi-VN format: 6410 -> '6.410'."""
    s = str(int(x))
    neg = s.startswith("-")
    s = s.lstrip("-")
    parts = []
    while len(s) > 3:
        parts.insert(0, s[-3:])
        s = s[:-3]
    parts.insert(0, s)
    return ("-" if neg else "") + ".".join(parts)


def z(x):
    """Counts under 10 with a leading zero: 5 -> '05'."""
    return "%02d" % x if 0 <= x < 10 else n(x)


def dec(s):
    """'97,89' / '1.204' -> Decimal."""
    return D(s.replace(".", "").replace(",", "."))


def places(s):
    return len(s.split(",")[1]) if "," in s else 0


def fd(x, dp):
    """Decimal -> '97,89' (dp decimals, vi-VN)."""
    q = D(1).scaleb(-dp)
    x = x.quantize(q, rounding=ROUND_HALF_UP)
    sign = "-" if x < 0 else ""
    x = abs(x)
    ip, _, fp = str(x).partition(".")
    return sign + n(int(ip)) + ("," + fp if dp else "")


def exact_pct(a, b):
    return D(a) * 100 / D(b)


def pc(a, b, dp=2):
    """Correct share a/b*100, round half up."""
    return fd(exact_pct(a, b), dp)


def tr(a, b, dp=2):
    """Truncated share (the slip drafts make)."""
    q = D(1).scaleb(-dp)
    return fd(exact_pct(a, b).quantize(q, rounding=ROUND_DOWN), dp)


def show(x, dp=4):
    return fd(x, dp)


# ----------------------------------------------------------------------------- drafts
PCT_RE = re.compile(r"\d[\d.]*(?:,\d+)?\s*%")
CHANGE_RE = re.compile(r"(?:tăng|giảm)\s+\d")


class Draft:
    def __init__(self, name, about):
        self.name = name
        self.about = about
        self.lines = []
        self.claims = []
        self.expect = []  # intended verdicts, checked in finish()

    def add(self, text):
        assert "\n" not in text
        self.lines.append(text)
        return len(self.lines)  # 1-based line number

    def fn(self, text):
        return self.add(FN + text)

    # -- claim registration ------------------------------------------------------------
    def _claim(self, line, anchor, kind, verdict, want, note, right=None, stated=None):
        text = self.lines[line - 1]
        cnt = text.count(anchor)
        if cnt != 1:
            raise SystemExit("%s line %d: anchor %r occurs %d times" % (self.name, line, anchor, cnt))
        if stated is not None and stated not in anchor:
            raise SystemExit("%s line %d: stated %r not in anchor %r" % (self.name, line, stated, anchor))
        if verdict != want:
            raise SystemExit("%s line %d %r: computed %s, intended %s (%s)" % (self.name, line, anchor, verdict, want, note))
        c = {"line": line, "anchor": anchor, "kind": kind, "verdict": verdict}
        if verdict in ("inconsistent", "rounding"):
            if not right:
                raise SystemExit("%s line %d %r: no right value" % (self.name, line, anchor))
            c["right"] = right
        c["note"] = note
        self.claims.append(c)

    @staticmethod
    def _pct_in(anchor, first=False):
        m = PCT_RE.findall(anchor)
        assert m, anchor
        return m[0 if first else -1].replace("%", "").strip()

    @staticmethod
    def _grade(stated_s, exact):
        dp = places(stated_s)
        correct = exact.quantize(D(1).scaleb(-dp), rounding=ROUND_HALF_UP)
        units = abs(dec(stated_s) - correct) / D(1).scaleb(-dp)
        if units == 0:
            v = "consistent"
        elif units == 1:
            v = "rounding"
        else:
            v = "inconsistent"
        return v, fd(correct, dp)

    def share(self, line, anchor, part, base, want="consistent", kind="share", extra=""):
        st = self._pct_in(anchor)
        ex = exact_pct(part, base)
        v, right = self._grade(st, ex)
        note = "%s / %s = %s %% -> %s%%" % (n(part), n(base), show(ex), right)
        if v == "rounding":
            trunc = fd(ex.quantize(D(1).scaleb(-places(st)), rounding=ROUND_DOWN), places(st))
            note += "; %s%% is %s" % (st, "truncated" if trunc == st else "rounded the wrong way")
        if extra:
            note += "; " + extra
        self._claim(line, anchor, kind, v, want, note, right + "%", st)

    def frac(self, line, anchor, part, whole, want="consistent", extra=""):
        assert ("%s/%s" % (z(part), z(whole)) in anchor) or ("%s/%s" % (n(part), n(whole)) in anchor), anchor
        self.share(line, anchor, part, whole, want, kind="fraction", extra=extra)

    def sum_(self, line, anchor, total, parts, want="consistent", extra=""):
        s = sum(parts)
        v = "consistent" if s == total else "inconsistent"
        expr = n(parts[0]) + "".join((" - " if p < 0 else " + ") + n(abs(p)) for p in parts[1:])
        note = "%s = %s vs %s" % (expr, n(s), n(total))
        if extra:
            note += "; " + extra
        assert n(total) in anchor or z(total) in anchor, anchor
        self._claim(line, anchor, "sum", v, want, note, n(s))

    def subset(self, line, anchor, parent, parts, want="consistent", right=None, extra=""):
        bad = [p for p in parts if p > parent]
        v = "inconsistent" if bad else "consistent"
        note = "each of %s <= %s (overlapping parts, not summed)" % (", ".join(n(p) for p in parts), n(parent)) \
            if not bad else "%s > %s" % (", ".join(n(p) for p in bad), n(parent))
        if extra:
            note += "; " + extra
        self._claim(line, anchor, "subset", v, want, note, right)

    def diff(self, line, anchor, cur, prev, word, stated, want="consistent", extra=""):
        d = cur - prev
        good_word = "tăng" if d > 0 else "giảm"
        v = "consistent" if (word == good_word and stated == abs(d)) else "inconsistent"
        note = "%s - %s = %s -> %s %s" % (n(cur), n(prev), n(d), good_word, n(abs(d)))
        if extra:
            note += "; " + extra
        assert n(stated) in anchor or z(stated) in anchor, anchor
        zero = z(stated) in anchor and z(stated) != n(stated)  # the draft writes "03", so the fix keeps the style
        self._claim(line, anchor, "difference", v, want, note, "%s %s" % (good_word, z(abs(d)) if zero else n(abs(d))))

    def points(self, line, anchor, cur, prev, word, want="consistent", extra=""):
        st = self._pct_in(anchor, first=True)  # the stated change comes first: "tăng 0,38% so với năm 2018 (99,23%)"
        d = dec(cur) - dec(prev)
        good_word = "tăng" if d > 0 else "giảm"
        pts_ok = (word == good_word and dec(st) == abs(d))
        rel = (dec(cur) / dec(prev) - 1) * 100
        rel_ok = (word == good_word and fd(abs(rel), places(st)) == st)
        v = "consistent" if pts_ok or rel_ok else "inconsistent"
        note = "%s - %s = %s points (relative %s %%)" % (cur, prev, fd(d, 2), show(rel))
        note += "; points reading holds" if pts_ok else ("; relative reading holds" if rel_ok else "; neither reading holds")
        if extra:
            note += "; " + extra
        self._claim(line, anchor, "points", v, want, note, "%s %s%%" % (good_word, fd(abs(d), 2)), st)

    def ratio(self, line, anchor, cur, prev, want="consistent", unit="%", extra=""):
        if unit == "%":
            st = self._pct_in(anchor)
            ex = D(cur) * 100 / D(prev)
        else:
            st = re.findall(r"\d+(?:,\d+)?(?=\s*lần)", anchor)[-1]
            ex = D(cur) / D(prev)
        v, right = self._grade(st, ex)
        note = "%s / %s%s = %s -> %s%s" % (n(cur), n(prev), " x 100" if unit == "%" else "", show(ex), right,
                                           "%" if unit == "%" else " lần")
        if v == "rounding":
            trunc = fd(ex.quantize(D(1).scaleb(-places(st)), rounding=ROUND_DOWN), places(st))
            note += "; %s is %s" % (st, "truncated" if trunc == st else "rounded the wrong way")
        if extra:
            note += "; " + extra
        self._claim(line, anchor, "ratio", v, want, note, right + ("%" if unit == "%" else " lần"), st)

    def repeat(self, line, anchor, first_line, first, second, want="consistent", extra=""):
        v = "consistent" if first == second else "inconsistent"
        f = (lambda x: x if isinstance(x, str) else n(x))
        first_s, second_s = f(first), f(second)
        note = "same quantity stated as %s on line %d and %s here" % (first_s, first_line, second_s)
        if extra:
            note += "; " + extra
        assert second_s in anchor, anchor
        self._claim(line, anchor, "repeat", v, want, note, first_s)

    def term(self, line, anchor, own, named, want="consistent", extra=""):
        a, b = [int(x) for x in own.split(" - ")]
        prev = "%d - %d" % (a - 5, b - 5)
        v = "consistent" if named == prev else "inconsistent"
        note = "claim's own term %s, the term before it is %s; named %s" % (own, prev, named)
        if extra:
            note += "; " + extra
        assert named in anchor, anchor
        self._claim(line, anchor, "term", v, want, note, "nhiệm kỳ " + prev)

    def ambiguous(self, line, anchor, kind, note):
        self._claim(line, anchor, kind, "ambiguous", "ambiguous", note)

    # -- output --------------------------------------------------------------------------
    def finish(self):
        # every percentage and every "tăng/giảm <number>" must sit inside some labelled anchor
        spans = {}
        for c in self.claims:
            t = self.lines[c["line"] - 1]
            i = t.index(c["anchor"])
            spans.setdefault(c["line"], []).append((i, i + len(c["anchor"])))
        for ln, sp in spans.items():  # anchors of one line must not overlap, so each figure has one label
            sp = sorted(sp)
            for (a1, b1), (a2, b2) in zip(sp, sp[1:]):
                if a2 < b1:
                    t = self.lines[ln - 1]
                    raise SystemExit("%s line %d: anchors overlap: %r / %r" % (self.name, ln, t[a1:b1], t[a2:b2]))
        for ln, t in enumerate(self.lines, 1):
            for rx in (PCT_RE, CHANGE_RE):
                for m in rx.finditer(t):
                    if not any(a <= m.start() and m.end() <= b for a, b in spans.get(ln, [])):
                        raise SystemExit("%s line %d: unlabelled figure %r" % (self.name, ln, m.group(0)))
        txt = os.path.join(HERE, self.name + ".txt")
        with open(txt, "w", encoding="utf-8") as f:
            f.write("\n".join(self.lines) + "\n")
        self.claims.sort(key=lambda c: (c["line"], self.lines[c["line"] - 1].index(c["anchor"])))
        with open(os.path.join(HERE, self.name + ".labels.json"), "w", encoding="utf-8") as f:
            json.dump({"file": self.name + ".txt", "about": self.about, "claims": self.claims},
                      f, ensure_ascii=False, indent=2)
            f.write("\n")
        return len("\n".join(self.lines)), self.claims


DRAFTS = []


def draft(fn):
    DRAFTS.append(fn)
    return fn


# ============================================================================= h01
@draft
def h01():
    d = Draft("h01-tong-ket-xay-dung-dang-huyen",
              "District term review of party building 2020 - 2025 (Huyện ủy), organisations, ratings, cadres, discipline")
    A = d.add
    for s in ["ĐẢNG BỘ TỈNH ...", "HUYỆN ỦY THẠNH AN", "*", "Số      -BC/HU", "ĐẢNG CỘNG SẢN VIỆT NAM",
              "Thạnh An, ngày ... tháng 6 năm 2025", "BÁO CÁO",
              "Tổng kết công tác xây dựng Đảng và thi hành Điều lệ Đảng nhiệm kỳ 2020 - 2025", "-----"]:
        A(s)
    A("Thực hiện Kế hoạch số 214-KH/TU ngày 12/3/2025 của Ban Thường vụ Tỉnh ủy về tổng kết công tác xây dựng Đảng "
      "và thi hành Điều lệ Đảng nhiệm kỳ 2020 - 2025, Ban Thường vụ Huyện ủy Thạnh An báo cáo kết quả như sau:")
    A("I. ĐẶC ĐIỂM, TÌNH HÌNH")
    members = 6410
    L = A("Huyện Thạnh An có diện tích tự nhiên 26.451,7 ha, dân số 112.864 người, với 11 đơn vị hành chính cấp xã "
          "(09 xã, 02 thị trấn). Tính đến ngày 31/5/2025, Đảng bộ huyện có 41 tổ chức cơ sở đảng trực thuộc (gồm 11 đảng bộ xã, "
          "thị trấn; 06 đảng bộ cơ quan, đơn vị sự nghiệp và 24 chi bộ cơ sở); có 214 chi bộ trực thuộc đảng ủy cơ sở, "
          "trong đó 96 chi bộ ấp, khu phố, 118 chi bộ cơ quan, trường học; 58 tổ đảng với %s đảng viên (dự bị 312, nữ 2.105). "
          "Ban Chấp hành Đảng bộ huyện có 43 đồng chí (nữ 09 đồng chí), Ban Thường vụ Huyện ủy có 13 đồng chí." % n(members))
    L_members = L
    d.sum_(L, "11 đơn vị hành chính cấp xã", 11, [9, 2])
    d.sum_(L, "41 tổ chức cơ sở đảng trực thuộc", 41, [11, 6, 24])
    d.sum_(L, "214 chi bộ trực thuộc đảng ủy cơ sở", 214, [96, 118],
           extra="'trong đó' over one dimension (type of branch) equal to the total: full breakdown; 58 tổ đảng and 6.410 đảng viên are later nouns, not parts")
    d.subset(L, "6.410 đảng viên", members, [312, 2105])
    d.subset(L, "43 đồng chí (nữ 09 đồng chí)", 43, [9])
    A("Trong nhiệm kỳ, tình hình kinh tế - xã hội của huyện tiếp tục phát triển; quốc phòng, an ninh được giữ vững; "
      "đời sống vật chất, tinh thần của Nhân dân từng bước được nâng lên. Tuy nhiên, ảnh hưởng của dịch bệnh Covid-19 "
      "trong hai năm đầu nhiệm kỳ, tình trạng thời tiết bất thường, giá cả nông sản không ổn định đã tác động đến "
      "việc tổ chức sinh hoạt đảng và công tác phát triển đảng viên ở một số đảng bộ xã; một bộ phận đảng viên đi "
      "làm ăn xa nơi cư trú, khó khăn trong quản lý, giáo dục đảng viên.")
    A("II. KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG")
    A("1. Xây dựng Đảng về chính trị, tư tưởng")
    L = A("Ban Thường vụ Huyện ủy chỉ đạo tổ chức học tập, quán triệt các nghị quyết, chỉ thị, kết luận của Trung ương, "
          "của Tỉnh ủy bằng hình thức trực tiếp kết hợp trực tuyến. Thực hiện Kế hoạch số 198-KH/TU ngày 04/8/2023 "
          "của Ban Thường vụ Tỉnh ủy, toàn Đảng bộ tổ chức 47 hội nghị học tập, quán triệt, có 6.217/6.410 đảng viên "
          "tham gia, đạt %s%%; riêng khối cơ quan huyện có 1.204/1.230 đảng viên tham gia, đạt %s%%. Số đảng viên chưa "
          "tham gia được các chi bộ tổ chức học bù, trong đó đảng viên khối doanh nghiệp 41 đồng chí do đi ca, đảng viên "
          "khối cơ quan 63 đồng chí do đi công tác, học tập." % (pc(6217, 6410), "96,89"))
    d.frac(L, "6.217/6.410 đảng viên tham gia, đạt 96,99%", 6217, 6410)
    d.frac(L, "1.204/1.230 đảng viên tham gia, đạt 96,89%", 1204, 1230, want="inconsistent", extra="one digit mistyped (97,89 -> 96,89)")
    L = A("Công tác nắm bắt, định hướng dư luận xã hội được quan tâm; đội ngũ báo cáo viên cấp huyện được kiện toàn "
          "với 27 đồng chí, tuyên truyền viên cơ sở 312 đồng chí. Tỷ lệ cán bộ, đảng viên viết bài thu hoạch sau học tập "
          "nghị quyết đạt 97,6%, bài đạt yêu cầu trở lên được các chi bộ đánh giá, nhận xét công khai.")
    d.ambiguous(L, "đạt 97,6%", "share",
                "no count of members who wrote reports nor of the base is given; 6.410 and 6.217 give 96,99% / 100%, neither 97,6%: base not recoverable")
    A("2. Xây dựng Đảng về tổ chức")
    A("a) Củng cố, kiện toàn tổ chức cơ sở đảng")
    L = A("Thực hiện Quyết định số 125/QĐ-UBND ngày 12/3/2019 của Ủy ban nhân dân tỉnh về việc sáp nhập, đổi tên ấp, "
          "khu phố, số ấp, khu phố trên địa bàn huyện giảm từ 112 xuống còn 96 (giảm 16 ấp, khu phố); số chi bộ trực "
          "thuộc đảng ủy cơ sở giảm từ 239 xuống còn 214, giảm 35 chi bộ. Đến nay, Đảng bộ huyện có 41 tổ chức cơ sở "
          "đảng, giảm 03 đơn vị so với đầu nhiệm kỳ là 44 tổ chức cơ sở đảng.")
    d.diff(L, "giảm 16 ấp, khu phố", 96, 112, "giảm", 16)
    d.diff(L, "giảm 35 chi bộ", 214, 239, "giảm", 35, want="inconsistent", extra="35 typed for 25")
    d.diff(L, "giảm 03 đơn vị", 41, 44, "giảm", 3)
    d.repeat(L, "Đảng bộ huyện có 41 tổ chức cơ sở đảng", L_members, 41, 41)
    d.repeat(L, "xuống còn 214", L_members, 214, 214)
    L = A("Việc đánh giá, xếp loại chất lượng tổ chức cơ sở đảng được thực hiện hằng năm theo Quy định số 124-QĐ/TW "
          "ngày 04/10/2023 của Bộ Chính trị. Năm 2021, có 42 TCCSĐ được đánh giá, xếp loại: hoàn thành tốt nhiệm vụ trở "
          "lên 36 TCCSĐ, chiếm %s%% (trong đó hoàn thành xuất sắc nhiệm vụ 07, chiếm %s%%); hoàn thành nhiệm vụ 05, "
          "chiếm %s%%; không hoàn thành nhiệm vụ 01, chiếm %s%%. Năm 2024, có 41 TCCSĐ được đánh giá, xếp loại: hoàn "
          "thành tốt nhiệm vụ trở lên 39 TCCSĐ, chiếm %s%% (trong đó hoàn thành xuất sắc nhiệm vụ 08, chiếm 19,15%%); "
          "hoàn thành nhiệm vụ 02, chiếm %s%%; không có TCCSĐ không hoàn thành nhiệm vụ."
          % (pc(36, 42), pc(7, 42), pc(5, 42), pc(1, 42), pc(39, 41), pc(2, 41)))
    d.sum_(L, "có 42 TCCSĐ được đánh giá", 42, [36, 5, 1],
           extra="'hoàn thành xuất sắc' (07) is inside 'hoàn thành tốt nhiệm vụ trở lên' and is not added")
    d.share(L, "36 TCCSĐ, chiếm 85,71%", 36, 42)
    d.share(L, "07, chiếm 16,67%", 7, 42)
    d.share(L, "05, chiếm 11,90%", 5, 42)
    d.share(L, "01, chiếm 2,38%", 1, 42)
    d.sum_(L, "có 41 TCCSĐ được đánh giá", 41, [39, 2], extra="xuất sắc (08) nested in tốt trở lên")
    d.share(L, "39 TCCSĐ, chiếm 95,12%", 39, 41)
    d.share(L, "08, chiếm 19,15%", 8, 41, want="inconsistent", extra="digits transposed: 19,51 written 19,15")
    d.share(L, "02, chiếm 4,88%", 2, 41)
    L = A("Về chất lượng đảng viên, năm 2024 có 6.018 đảng viên được đánh giá, xếp loại (không tính đảng viên được miễn "
          "đánh giá): hoàn thành xuất sắc nhiệm vụ 902 đồng chí, chiếm %s%%; hoàn thành tốt nhiệm vụ 4.771 đồng chí, "
          "chiếm %s%%; hoàn thành nhiệm vụ 318 đồng chí, chiếm %s%%; không hoàn thành nhiệm vụ 27 đồng chí, chiếm %s%%. "
          "Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên năm 2024 đạt %s%%, tăng 1,85%% so với năm 2021 (92,42%%)."
          % (pc(902, 6018), tr(4771, 6018), "5,29", pc(27, 6018), pc(902 + 4771, 6018)))
    d.sum_(L, "6.018 đảng viên được đánh giá", 6018, [902, 4771, 318, 27],
           extra="here the four grades are disjoint (xuất sắc listed beside tốt)")
    d.share(L, "902 đồng chí, chiếm 14,99%", 902, 6018)
    d.share(L, "4.771 đồng chí, chiếm 79,27%", 4771, 6018, want="rounding")
    d.share(L, "318 đồng chí, chiếm 5,29%", 318, 6018, want="rounding")
    d.share(L, "27 đồng chí, chiếm 0,45%", 27, 6018)
    d.share(L, "năm 2024 đạt 94,27%", 902 + 4771, 6018,
            extra="'tốt trở lên' = xuất sắc + tốt = 5.673, base 6.018 from the earlier sentence")
    d.points(L, "tăng 1,85% so với năm 2021 (92,42%)", "94,27", "92,42", "tăng")
    L = A("Công tác phát triển đảng viên được các cấp ủy quan tâm. Trong nhiệm kỳ, toàn Đảng bộ kết nạp 1.096 đảng viên "
          "mới (năm 2020: 198, năm 2021: 231, năm 2022: 224, năm 2023: 219, năm 2024: 224), đạt %s%% chỉ tiêu Nghị quyết "
          "Đại hội đề ra (1.000 đảng viên); trong đó nữ 562 đồng chí, đoàn viên 743 đồng chí, người dân tộc thiểu số 18 "
          "đồng chí. Tuổi bình quân của đảng viên mới kết nạp là 27,4 tuổi." % fd(D(1096) * 100 / 1000, 1))
    d.sum_(L, "kết nạp 1.096 đảng viên", 1096, [198, 231, 224, 219, 224])
    d.ratio(L, "đạt 109,6% chỉ tiêu", 1096, 1000)
    d.subset(L, "trong đó nữ 562 đồng chí", 1096, [562, 743, 18],
             extra="parent 1.096 stated earlier in the sentence; nữ and đoàn viên overlap (sum 1.323 > 1.096 is no error)")
    A("b) Công tác cán bộ")
    L = A("Ban Chấp hành Đảng bộ huyện nhiệm kỳ 2020 - 2025 có 43 đồng chí, tăng 02 đồng chí so với nhiệm kỳ 2015 - 2020 "
          "(41 đồng chí); nữ 09 đồng chí, chiếm %s%%. Ban Thường vụ Huyện ủy có 13 đồng chí, trong đó nữ 02 đồng chí, "
          "chiếm 4,65%%. Quy hoạch Ban Chấp hành Đảng bộ huyện nhiệm kỳ 2025 - 2030 có 68 đồng chí (gấp %s lần số ủy "
          "viên Ban Chấp hành đương nhiệm)." % (pc(9, 43), fd(D(68) / 43, 2)))
    d.diff(L, "tăng 02 đồng chí", 43, 41, "tăng", 2)
    d.repeat(L, "nhiệm kỳ 2020 - 2025 có 43 đồng chí", L_members, 43, 43)
    d.repeat(L, "Ban Thường vụ Huyện ủy có 13 đồng chí", L_members, 13, 13)
    d.term(L, "so với nhiệm kỳ 2015 - 2020", "2020 - 2025", "2015 - 2020")
    d.share(L, "nữ 09 đồng chí, chiếm 20,93%", 9, 43)
    d.share(L, "chiếm 4,65%", 2, 13, want="inconsistent", extra="wrong base: 2/43 (Ban Chấp hành) = 4,65%")
    d.ratio(L, "gấp 1,58 lần", 68, 43, unit="lần")
    A("Công tác đánh giá, quy hoạch, đào tạo, bồi dưỡng, luân chuyển cán bộ được thực hiện đúng quy trình, bảo đảm "
      "dân chủ, công khai, khách quan. Ban Thường vụ Huyện ủy ban hành Quy chế số 05-QC/HU ngày 18/01/2021 về phân cấp "
      "quản lý cán bộ và bổ nhiệm, giới thiệu cán bộ ứng cử; việc lấy phiếu tín nhiệm được thực hiện theo Quy định số "
      "96-QĐ/TW ngày 02/02/2023 của Bộ Chính trị.")
    A("3. Công tác kiểm tra, giám sát và thi hành kỷ luật đảng")
    L = A("Cấp ủy, ủy ban kiểm tra các cấp đã kiểm tra 187 tổ chức đảng và 642 đảng viên; giám sát chuyên đề 96 tổ chức "
          "đảng và 318 đảng viên. Thi hành kỷ luật 46 đảng viên (khiển trách 28, cảnh cáo 11, cách chức 02, khai trừ 05), "
          "giảm 17 trường hợp so với nhiệm kỳ 2010 - 2015 (63 trường hợp).")
    d.sum_(L, "46 đảng viên (khiển trách 28", 46, [28, 11, 2, 5])
    d.diff(L, "giảm 17 trường hợp", 46, 63, "giảm", 17)
    d.term(L, "nhiệm kỳ 2010 - 2015", "2020 - 2025", "2010 - 2015", want="inconsistent",
           extra="the review's own term is 2020 - 2025")
    A("III. ĐÁNH GIÁ CHUNG")
    A("Nhìn chung, công tác xây dựng Đảng trong nhiệm kỳ đạt nhiều kết quả quan trọng; năng lực lãnh đạo, sức chiến "
      "đấu của tổ chức cơ sở đảng được nâng lên; đội ngũ cán bộ, đảng viên cơ bản đáp ứng yêu cầu nhiệm vụ. Tuy nhiên, "
      "chất lượng sinh hoạt của một số chi bộ ấp chưa cao; việc quản lý đảng viên đi làm ăn xa còn lúng túng; công "
      "tác tạo nguồn phát triển đảng viên ở khu vực doanh nghiệp ngoài nhà nước còn khó khăn.")
    A("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NHIỆM KỲ 2025 - 2030")
    A("Tiếp tục nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng; đổi mới nội dung sinh hoạt chi bộ; "
      "phấn đấu hằng năm có trên 90 phần trăm tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên, kết nạp từ 200 đảng "
      "viên trở lên; thực hiện nghiêm công tác kiểm tra, giám sát, kỷ luật đảng.")
    A("Nơi nhận:")
    A("- Ban Thường vụ Tỉnh ủy (báo cáo),")
    A("- Ban Tổ chức Tỉnh ủy,")
    A("- Lưu Văn phòng Huyện ủy.")
    A("T/M BAN THƯỜNG VỤ")
    A("BÍ THƯ")
    L = d.fn("Năm 2022 có 42 TCCSĐ được đánh giá, xếp loại: hoàn thành tốt nhiệm vụ trở lên 37/42, đạt %s%% (trong đó "
             "hoàn thành xuất sắc nhiệm vụ 06/42, đạt %s%%); hoàn thành nhiệm vụ 05/42, đạt %s%%."
             % (pc(37, 42, 1), tr(6, 42), pc(5, 42, 1)))
    d.sum_(L, "42 TCCSĐ được đánh giá", 42, [37, 5], extra="xuất sắc nested in tốt trở lên")
    d.frac(L, "37/42, đạt 88,1%", 37, 42)
    d.frac(L, "06/42, đạt 14,28%", 6, 42, want="rounding")
    d.frac(L, "05/42, đạt 11,9%", 5, 42)
    L = d.fn("Tổng số đảng viên toàn Đảng bộ huyện đến ngày 31/5/2025 là 6.401 đồng chí, sinh hoạt tại 214 chi bộ trực "
             "thuộc và 24 chi bộ cơ sở.")
    d.repeat(L, "là 6.401 đồng chí", L_members, members, 6401, want="inconsistent",
             extra="two adjacent digits swapped (6.410 -> 6.401)")
    d.repeat(L, "tại 214 chi bộ", L_members, 214, 214)
    return d


# ============================================================================= h02
@draft
def h02():
    d = Draft("h02-quy-hoach-dao-tao-can-bo",
              "Provincial organisation board: cadre planning, training, rotation 2021 - 2025")
    A = d.add
    for s in ["TỈNH ỦY ...", "BAN TỔ CHỨC", "*", "Số 145-BC/BTCTU", "ĐẢNG CỘNG SẢN VIỆT NAM",
              "..., ngày 20 tháng 5 năm 2025", "BÁO CÁO",
              "Kết quả công tác quy hoạch, đào tạo, bồi dưỡng, luân chuyển cán bộ giai đoạn 2021 - 2025", "-----"]:
        A(s)
    A("Căn cứ Quy định số 50-QĐ/TW ngày 27/12/2021 của Bộ Chính trị về công tác quy hoạch cán bộ và Hướng dẫn số "
      "16-HD/BTCTW ngày 15/02/2022 của Ban Tổ chức Trung ương; thực hiện Công văn số 1.235-CV/BTCTW ngày 08/4/2025, "
      "Ban Tổ chức Tỉnh ủy báo cáo kết quả công tác quy hoạch, đào tạo, bồi dưỡng, luân chuyển cán bộ như sau:")
    A("I. CÔNG TÁC QUY HOẠCH CÁN BỘ")
    A("1. Quy hoạch cấp tỉnh")
    L = A("Ban Thường vụ Tỉnh ủy đã phê duyệt quy hoạch Ban Chấp hành Đảng bộ tỉnh nhiệm kỳ 2025 - 2030 gồm 98 đồng chí "
          "(gấp %s lần số ủy viên Ban Chấp hành đương nhiệm là 54 đồng chí), trong đó nữ 27 đồng chí, chiếm %s%%; trẻ "
          "dưới 45 tuổi 31 đồng chí, chiếm %s%%; người dân tộc thiểu số 04 đồng chí, chiếm %s%%. Quy hoạch Ban Thường vụ "
          "Tỉnh ủy 29 đồng chí, nữ 06 đồng chí, chiếm %s%%; giảm 02 đồng chí so với quy hoạch nhiệm kỳ 2020 - 2025 (27 đồng chí)."
          % (fd(D(98) / 54, 2), pc(27, 98), pc(31, 98), "4,09", pc(6, 29)))
    d.ratio(L, "gấp 1,81 lần", 98, 54, unit="lần")
    d.subset(L, "98 đồng chí", 98, [27, 31, 4])
    d.share(L, "nữ 27 đồng chí, chiếm 27,55%", 27, 98)
    d.share(L, "31 đồng chí, chiếm 31,63%", 31, 98)
    d.share(L, "04 đồng chí, chiếm 4,09%", 4, 98, want="rounding")
    d.share(L, "nữ 06 đồng chí, chiếm 20,69%", 6, 29)
    d.diff(L, "giảm 02 đồng chí", 29, 27, "giảm", 2, want="inconsistent", extra="29 > 27 is an increase: word contradicts the sign")
    d.term(L, "quy hoạch nhiệm kỳ 2020 - 2025", "2025 - 2030", "2020 - 2025")
    L = A("Nhiệm kỳ 2026 - 2031 quy hoạch các chức danh lãnh đạo Hội đồng nhân dân, Ủy ban nhân dân tỉnh 41 đồng chí "
          "(tăng 3 đồng chí so với nhiệm kỳ 2021 - 2026 là 38 đồng chí), trong đó nữ 08 đồng chí, chiếm %s%%." % pc(8, 41))
    d.diff(L, "tăng 3 đồng chí", 41, 38, "tăng", 3)
    d.term(L, "nhiệm kỳ 2021 - 2026 là 38", "2026 - 2031", "2021 - 2026",
           extra="the sentence's own term (2026 - 2031), not the report's period")
    d.share(L, "nữ 08 đồng chí, chiếm 19,51%", 8, 41)
    A("Công tác quy hoạch cấp tỉnh được thực hiện theo quy trình chặt chẽ, từ giới thiệu nguồn ở cơ quan, đơn vị đến "
      "thảo luận, biểu quyết tại hội nghị Ban Thường vụ; việc lấy ý kiến nhận xét nơi cư trú và thẩm định tiêu chuẩn "
      "chính trị được thực hiện đầy đủ trước khi trình phê duyệt. Cơ cấu nguồn quy hoạch bảo đảm hài hòa giữa các "
      "lĩnh vực, địa bàn; chú ý cán bộ trưởng thành từ cơ sở, cán bộ được đào tạo bài bản, có kinh nghiệm thực tiễn.")
    A("2. Quy hoạch cấp huyện, cấp xã")
    L = A("Quy hoạch ban chấp hành đảng bộ huyện, thị, thành và đảng ủy trực thuộc nhiệm kỳ 2025 - 2030 có 1.046 lượt "
          "đồng chí, trong đó nữ 312 lượt, chiếm %s%%; trẻ 298 lượt, chiếm %s%%; tăng 5,4%% so với nhiệm kỳ 2015 - 2020. "
          "Quy hoạch cấp ủy cấp xã có 2.875 lượt đồng chí, trong đó nữ 863 lượt, chiếm %s%%; trẻ 738 lượt, chiếm %s%%; "
          "người dân tộc thiểu số 142 lượt, chiếm 4,49%%." % (pc(312, 1046), pc(298, 1046), pc(863, 2875), tr(738, 2875)))
    d.share(L, "nữ 312 lượt, chiếm 29,83%", 312, 1046)
    d.share(L, "trẻ 298 lượt, chiếm 28,49%", 298, 1046)
    d.term(L, "tăng 5,4% so với nhiệm kỳ 2015 - 2020", "2025 - 2030", "2015 - 2020", want="inconsistent",
           extra="the plan is for 2025 - 2030; the comparison should name 2020 - 2025 (the 5,4% itself has no stated base)")
    d.share(L, "nữ 863 lượt, chiếm 30,02%", 863, 2875)
    d.share(L, "trẻ 738 lượt, chiếm 25,66%", 738, 2875, want="rounding")
    d.share(L, "142 lượt, chiếm 4,49%", 142, 2875, want="inconsistent", extra="digits transposed (4,94 -> 4,49)")
    A("Việc rà soát, bổ sung quy hoạch được thực hiện hằng năm theo phương châm “động” và “mở”; đưa ra khỏi quy hoạch "
      "những trường hợp không còn đủ tiêu chuẩn, điều kiện, bổ sung những nhân tố mới có triển vọng. Quy trình giới "
      "thiệu nguồn quy hoạch bảo đảm dân chủ, công khai, đúng Hướng dẫn số 16-HD/BTCTW.")
    A("II. CÔNG TÁC ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ")
    A("1. Đào tạo lý luận chính trị")
    L = A("Giai đoạn 2021 - 2025, Ban Thường vụ Tỉnh ủy cử 412 đồng chí đi đào tạo cao cấp lý luận chính trị (năm 2021: "
          "78, năm 2022: 86, năm 2023: 91, năm 2024: 79, năm 2025: 87). Trường Chính trị tỉnh mở 57 lớp trung cấp lý luận "
          "chính trị - hành chính với 3.482 học viên; tỷ lệ học viên tốt nghiệp loại khá, giỏi đạt 86,3%.")
    d.sum_(L, "cử 412 đồng chí", 412, [78, 86, 91, 79, 87], want="inconsistent",
           extra="years add to 421: total likely 421 with two digits swapped")
    d.ambiguous(L, "đạt 86,3%", "share",
                "number of graduates with khá, giỏi not given; 86,3% of 3.482 is not stated anywhere: base/part not recoverable")
    L = A("Lớp bồi dưỡng cán bộ nguồn Ban Chấp hành Đảng bộ tỉnh khóa 2023 có 45 học viên (trong đó nữ 20, trẻ 17, "
          "dân tộc 3). Lớp bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 3 năm 2024 có 52 học viên (nữ 29, trẻ dưới "
          "40 tuổi 24, người dân tộc thiểu số 03).")
    d.subset(L, "45 học viên", 45, [20, 17, 3])
    d.subset(L, "52 học viên", 52, [29, 24, 3],
             extra="nữ + trẻ = 53 > 52 shows the dimensions overlap; nothing is summed")
    L = A("Đào tạo sau đại học 126 đồng chí (tiến sĩ 09, thạc sĩ 117), trong đó cán bộ nữ 48 đồng chí, chiếm %s%%. "
          "Bồi dưỡng theo tiêu chuẩn chức danh và cập nhật kiến thức 2.410 lượt cán bộ, chia ra: cấp tỉnh 415 lượt, cấp "
          "huyện 984 lượt, cấp xã 911 lượt. Riêng năm 2024 bồi dưỡng 537 lượt, tăng 12,58%% so với năm 2023 (477 lượt)."
          % tr(48, 126))
    d.sum_(L, "126 đồng chí (tiến sĩ 09, thạc sĩ 117)", 126, [9, 117])
    d.share(L, "cán bộ nữ 48 đồng chí, chiếm 38,09%", 48, 126, want="rounding")
    d.sum_(L, "2.410 lượt cán bộ", 2410, [415, 984, 911], want="inconsistent", extra="'chia ra' is exhaustive; one digit mistyped")
    d.ratio(L, "tăng 12,58% so với năm 2023", 537 - 477, 477,
            extra="a relative change: (537 - 477) / 477 x 100; both years are counts, so 'tăng x%' is relative here, not points")
    A("2. Đánh giá chung về đào tạo, bồi dưỡng")
    A("Công tác đào tạo, bồi dưỡng đã gắn với quy hoạch và sử dụng cán bộ; chương trình, nội dung từng bước đổi mới, "
      "tăng thời lượng thực hành, xử lý tình huống. Tuy nhiên, việc cử cán bộ nữ, cán bộ người dân tộc thiểu số đi đào "
      "tạo ở một số đơn vị chưa bảo đảm cơ cấu; kinh phí bồi dưỡng cán bộ cấp xã còn hạn chế.")
    A("Các lớp bồi dưỡng được tổ chức theo hướng tăng cường trao đổi, thảo luận, nghiên cứu thực tế; nhiều chuyên đề "
      "gắn với yêu cầu chuyển đổi số, cải cách hành chính và sắp xếp tổ chức bộ máy. Học viên sau đào tạo được các cơ "
      "quan, đơn vị bố trí, sử dụng phù hợp; việc theo dõi, đánh giá cán bộ sau đào tạo từng bước được thực hiện thường "
      "xuyên hơn.")
    A("III. CÔNG TÁC LUÂN CHUYỂN, BỔ NHIỆM CÁN BỘ")
    L = A("Thực hiện Kế hoạch số 33-KH/TU ngày 19/4/2021 của Ban Thường vụ Tỉnh ủy, đã luân chuyển 66 lượt cán bộ, chia ra: "
          "tỉnh về huyện 11, huyện về tỉnh 05, huyện này sang huyện khác 09, ngành này sang ngành khác 17, huyện về xã 22. "
          "Bổ nhiệm, giới thiệu cán bộ ứng cử 318 lượt, gồm bổ nhiệm 241 lượt (trong đó bổ nhiệm lại 96 lượt) và giới "
          "thiệu ứng cử 77 lượt.")
    d.sum_(L, "luân chuyển 66 lượt cán bộ", 66, [11, 5, 9, 17, 22], want="inconsistent", extra="'chia ra' is exhaustive; the five directions add to 64")
    d.sum_(L, "ứng cử 318 lượt", 318, [241, 77], extra="bổ nhiệm lại (96) is inside bổ nhiệm, not an addend")
    d.subset(L, "bổ nhiệm 241 lượt", 241, [96])
    L = A("Tỷ lệ nữ tham gia Ban Chấp hành Đảng bộ tỉnh nhiệm kỳ 2020 - 2025 là 08/54 đồng chí, chiếm %s%%, tăng 3,7%% "
          "so với nhiệm kỳ 2015 - 2020 (11,11%%). Tỷ lệ cán bộ trẻ trong Ban Chấp hành đạt 1.677%%." % pc(8, 54))
    d.frac(L, "08/54 đồng chí, chiếm 14,81%", 8, 54)
    d.points(L, "tăng 3,7%", "14,81", "11,11", "tăng", extra="previous share 11,11% named right after the term")
    d.term(L, "nhiệm kỳ 2015 - 2020 (11,11%)", "2020 - 2025", "2015 - 2020")
    d.ambiguous(L, "1.677%", "share",
                "1.677% is 1677 % or a mistyped 16,77 %; the number of young members is not given, so neither reading can be checked")
    A("IV. KIẾN NGHỊ")
    A("Đề nghị Ban Tổ chức Trung ương sớm hướng dẫn việc quy hoạch cán bộ sau khi sắp xếp đơn vị hành chính các cấp; "
      "bổ sung kinh phí bồi dưỡng cán bộ cấp xã. Đầu mối liên hệ: Phòng Tổ chức cán bộ, Ban Tổ chức Tỉnh ủy, điện thoại "
      "0293.3870.215.")
    A("Nơi nhận:")
    A("- Ban Tổ chức Trung ương (báo cáo),")
    A("- Thường trực Tỉnh ủy (báo cáo),")
    A("- Lưu VT, Phòng TCCB.")
    A("TRƯỞNG BAN")
    L = d.fn("Quy hoạch Ban Chấp hành Đảng bộ tỉnh nhiệm kỳ 2025 - 2030 (98 đồng chí) theo lĩnh vực công tác: khối đảng, "
             "đoàn thể 36 đồng chí, khối nhà nước 41 đồng chí, lực lượng vũ trang 07 đồng chí, cấp huyện 14 đồng chí; tổng "
             "cộng 98 đồng chí.")
    d.repeat(L, "(98 đồng chí)", _line_of(d, "gồm 98 đồng chí"), 98, 98)
    d.sum_(L, "tổng cộng 98 đồng chí", 98, [36, 41, 7, 14])
    d.fn("Kế hoạch số 33-KH/TU ngày 19/4/2021 về luân chuyển cán bộ giai đoạn 2021 - 2025; Quyết định số 1.125-QĐ/TU "
         "ngày 05/01/2022 về phê duyệt quy hoạch; Công văn số 512-CV/BTCTU ngày 18/3/2024 về rà soát, bổ sung quy hoạch "
         "nhiệm kỳ 2025 - 2030 và 2026 - 2031.")
    return d


def _line_of(d, s):
    hits = [i for i, t in enumerate(d.lines, 1) if s in t]
    assert len(hits) == 1, (s, hits)
    return hits[0]


# ============================================================================= h03
@draft
def h03():
    d = Draft("h03-kiem-tra-giam-sat-ky-luat",
              "District inspection committee: inspection, supervision and discipline 2020 - 2025")
    A = d.add
    for s in ["ĐẢNG BỘ TỈNH ...", "ỦY BAN KIỂM TRA HUYỆN ỦY PHƯỚC LONG", "*", "Số 38-BC/UBKTHU",
              "ĐẢNG CỘNG SẢN VIỆT NAM", "Phước Long, ngày 06 tháng 6 năm 2025", "BÁO CÁO",
              "Tổng kết công tác kiểm tra, giám sát và thi hành kỷ luật đảng nhiệm kỳ 2020 - 2025", "-----"]:
        A(s)
    A("Thực hiện Hướng dẫn số 09-HD/UBKTTU ngày 14/02/2025 của Ủy ban Kiểm tra Tỉnh ủy và Quyết định số 885-QĐ/UBKTTW "
      "ngày 29/12/2022 của Ủy ban Kiểm tra Trung ương về biểu mẫu thống kê, Ủy ban Kiểm tra Huyện ủy báo cáo như sau:")
    A("I. TÌNH HÌNH TỔ CHỨC, BỘ MÁY")
    L = A("Ủy ban Kiểm tra Huyện ủy có 07 ủy viên (01 Chủ nhiệm, 02 Phó Chủ nhiệm, 02 ủy viên chuyên trách, 02 ủy viên "
          "kiêm chức); ủy ban kiểm tra đảng ủy cơ sở có 19 tập thể với 89 ủy viên, trong đó ... ủy viên chuyên trách. "
          "Cơ quan Ủy ban Kiểm tra có 06 cán bộ, công chức; 100 phần trăm có trình độ đại học trở lên.")
    d.sum_(L, "07 ủy viên", 7, [1, 2, 2, 2])
    A("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ")
    A("1. Kiểm tra, giám sát của cấp ủy (theo Điều 30 Điều lệ Đảng)")
    L = A("Cấp ủy các cấp đã kiểm tra 126 tổ chức đảng và 348 đảng viên (trong đó 211 cấp ủy viên); giám sát chuyên đề "
          "214 tổ chức đảng, 597 đảng viên. Qua giám sát phát hiện 17 tổ chức đảng và 32 đảng viên có vi phạm, khuyết "
          "điểm; chuyển kiểm tra khi có dấu hiệu vi phạm 02 tổ chức đảng và 05 đảng viên.")
    d.subset(L, "348 đảng viên (trong đó 211 cấp ủy viên)", 348, [211])
    A("Nội dung kiểm tra, giám sát tập trung vào việc chấp hành nguyên tắc tập trung dân chủ, quy chế làm việc, công "
      "tác cán bộ, quản lý đất đai, tài chính, đầu tư công và việc thực hiện những điều đảng viên không được làm. Các "
      "cuộc kiểm tra, giám sát được chuẩn bị kỹ, có kế hoạch, đề cương, thông báo kết luận rõ ưu điểm, hạn chế và yêu "
      "cầu khắc phục; việc theo dõi, đôn đốc thực hiện kết luận sau kiểm tra được quan tâm hơn so với trước.")
    A("2. Thực hiện nhiệm vụ của ủy ban kiểm tra (theo Điều 32 Điều lệ Đảng)")
    L = A("Ủy ban kiểm tra các cấp kiểm tra khi có dấu hiệu vi phạm 38 đảng viên (27 cấp ủy viên); kết luận 33 đảng "
          "viên có vi phạm, chiếm %s%%; trong số đảng viên có vi phạm, 21 đồng chí phải thi hành kỷ luật, chiếm %s%% số "
          "đảng viên có vi phạm. Kiểm tra việc thực hiện nhiệm vụ kiểm tra, giám sát đối với 64 tổ chức đảng; kiểm tra "
          "tài chính đảng 41 tổ chức đảng, kiến nghị thu hồi 2.364,8 triệu đồng, đã thu hồi 1.917,2 triệu đồng, đạt %s%%."
          % (pc(33, 38), pc(21, 33), fd(D("1917.2") * 100 / D("2364.8"), 2)))
    d.subset(L, "38 đảng viên (27 cấp ủy viên)", 38, [27])
    d.share(L, "chiếm 86,84%", 33, 38)
    d.share(L, "chiếm 63,64% số", 21, 33, extra="base is the 33 members found in violation, as the sentence says, not the 38 inspected")
    ex = D("1917.2") * 100 / D("2364.8")
    c_right = fd(ex, 2)
    d._claim(L, "đạt 81,07%", "share", "consistent" if c_right == "81,07" else "inconsistent", "consistent",
             "1.917,2 / 2.364,8 = %s %% -> %s%%" % (show(ex), c_right), stated="81,07")
    A("3. Thi hành kỷ luật đảng")
    L = A("Trong nhiệm kỳ, cấp ủy và ủy ban kiểm tra các cấp thi hành kỷ luật 71 đảng viên, gồm khiển trách 38 đồng chí, "
          "chiếm %s%%; cảnh cáo 19 đồng chí, chiếm %s%%; cách chức 04 đồng chí, chiếm 5,36%%; khai trừ 10 đồng chí, chiếm "
          "%s%%. So với nhiệm kỳ 2015 - 2020 (94 đảng viên), số đảng viên bị thi hành kỷ luật giảm 23 trường hợp."
          % (pc(38, 71), pc(19, 71), tr(10, 71)))
    d.sum_(L, "71 đảng viên, gồm", 71, [38, 19, 4, 10])
    d.share(L, "38 đồng chí, chiếm 53,52%", 38, 71)
    d.share(L, "19 đồng chí, chiếm 26,76%", 19, 71)
    d.share(L, "04 đồng chí, chiếm 5,36%", 4, 71, want="inconsistent", extra="digits transposed (5,63 -> 5,36)")
    d.share(L, "10 đồng chí, chiếm 14,08%", 10, 71)
    d.diff(L, "giảm 23 trường hợp", 71, 94, "giảm", 23)
    d.term(L, "So với nhiệm kỳ 2015 - 2020", "2020 - 2025", "2015 - 2020")
    L = A("Chia theo năm, tổng số đảng viên bị thi hành kỷ luật là 17 đảng viên: năm 2021: 18, năm 2022: 14, năm 2023: "
          "15, năm 2024: 13, năm 2025 (đến 31/5): 11. Nội dung vi phạm chủ yếu: vi phạm nguyên tắc tập trung dân chủ 12 "
          "trường hợp, quản lý đất đai 21 trường hợp, quản lý tài chính, tài sản 17 trường hợp, phẩm chất đạo đức, lối "
          "sống 29 trường hợp.")
    d.sum_(L, "là 17 đảng viên", 17, [18, 14, 15, 13, 11], want="inconsistent",
           extra="years add to 71, the total stated in the previous paragraph: 17 is 71 with digits swapped")
    d.ambiguous(L, "sống 29 trường hợp", "sum",
                "violation contents add to 79 against 71 disciplined members; one member may have several violations "
                "(counts of cases), and no total of cases is stated: cannot tell")
    L = A("Thi hành kỷ luật 03 tổ chức đảng (khiển trách 02, cảnh cáo 01). Đối với đảng viên là cán bộ thuộc diện Ban "
          "Thường vụ Huyện ủy quản lý, đã thi hành kỷ luật 09 đồng chí, trong đó khiển trách 05, cảnh cáo 02, cách chức "
          "01; việc xử lý được thực hiện theo Điều 12 Quy định số 69-QĐ/TW ngày 06/7/2022 của Bộ Chính trị.")
    d.sum_(L, "03 tổ chức đảng", 3, [2, 1])
    d.ambiguous(L, "09 đồng chí", "subset",
                "'trong đó' lists 3 of the 4 forms (5 + 2 + 1 = 8 < 9); the ninth may be khai trừ or an omission: a subset "
                "reading is consistent, an exhaustive one is not")
    A("Việc xem xét, thi hành kỷ luật được tiến hành đúng nguyên tắc, thủ tục, thẩm quyền; kết hợp chặt chẽ giữa kỷ "
      "luật đảng với kỷ luật hành chính, đoàn thể. Quyết định kỷ luật được thông báo kịp thời đến tổ chức đảng, đảng "
      "viên có liên quan và công khai theo quy định; không có trường hợp khiếu nại kỷ luật phải thay đổi hình thức kỷ "
      "luật do sai sót về thủ tục.")
    A("4. Giải quyết tố cáo, khiếu nại kỷ luật đảng")
    L = A("Ủy ban kiểm tra các cấp tiếp nhận 47 đơn (tố cáo 19, khiếu nại kỷ luật đảng 03, phản ánh 25), tăng 6 đơn so "
          "với nhiệm kỳ trước (39 đơn). Đơn thuộc thẩm quyền 22 đơn, đã giải quyết 21/22 đơn, đạt %s%%; còn 01 đơn đang "
          "xem xét. Đường dây nóng của Ủy ban Kiểm tra Huyện ủy: 0297.3842.115." % "96,45")
    d.sum_(L, "47 đơn", 47, [19, 3, 25])
    d.diff(L, "tăng 6 đơn", 47, 39, "tăng", 6, want="inconsistent")
    d.frac(L, "21/22 đơn, đạt 96,45%", 21, 22, want="inconsistent", extra="one digit mistyped (95,45 -> 96,45)")
    A("III. ĐÁNH GIÁ CHUNG")
    A("Công tác kiểm tra, giám sát có trọng tâm, trọng điểm, tập trung vào lĩnh vực nhạy cảm, dễ phát sinh sai phạm như "
      "quản lý đất đai, tài chính, đầu tư xây dựng. Việc thi hành kỷ luật bảo đảm nguyên tắc, công minh, chính xác, kịp "
      "thời. Hạn chế: một số ủy ban kiểm tra đảng ủy cơ sở còn lúng túng trong xác định nội dung, đối tượng kiểm tra khi "
      "có dấu hiệu vi phạm; chất lượng tự kiểm tra của chi bộ chưa cao.")
    A("IV. PHƯƠNG HƯỚNG NHIỆM KỲ 2025 - 2030")
    A("1. Tăng cường giám sát thường xuyên, phát hiện sớm dấu hiệu vi phạm.")
    A("2. Kiểm tra tài chính đảng đối với 100 phần trăm tổ chức cơ sở đảng ít nhất một lần trong nhiệm kỳ.")
    A("3. Nâng cao chất lượng đội ngũ cán bộ kiểm tra; bố trí đủ 01 ủy viên chuyên trách tại các đảng ủy xã, thị trấn.")
    A("Nơi nhận:")
    A("- Ủy ban Kiểm tra Tỉnh ủy,")
    A("- Ban Thường vụ Huyện ủy,")
    A("- Lưu UBKT.")
    A("T/M ỦY BAN KIỂM TRA")
    A("CHỦ NHIỆM")
    L = d.fn("Số đảng viên bị thi hành kỷ luật là cấp ủy viên 27 đồng chí, chiếm %s%% tổng số đảng viên bị kỷ luật; đảng "
             "viên nữ 09 đồng chí, chiếm %s%%." % (pc(27, 38), tr(9, 71)))
    d.share(L, "27 đồng chí, chiếm 71,05%", 27, 71, want="inconsistent", extra="the sentence names its base (tổng số đảng viên bị kỷ luật = 71); 71,05% is 27/38, the members inspected on signs of violation: wrong base")
    d.share(L, "09 đồng chí, chiếm 12,67%", 9, 71, want="rounding", extra="base 71 from the body")
    return d


# ============================================================================= h04
@draft
def h04():
    d = Draft("h04-xep-loai-chat-luong-nhieu-nam",
              "Party committee of provincial agencies: quality ratings of organisations and members 2020 - 2024")
    A = d.add
    for s in ["ĐẢNG BỘ TỈNH ...", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "*", "Số 212-BC/ĐUK", "ĐẢNG CỘNG SẢN VIỆT NAM",
              "..., ngày 15 tháng 01 năm 2025", "BÁO CÁO",
              "Kết quả kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2024", "-----"]:
        A(s)
    A("Thực hiện Quy định số 124-QĐ/TW ngày 04/10/2023 của Bộ Chính trị, Hướng dẫn số 25-HD/BTCTW ngày 25/10/2023 của Ban "
      "Tổ chức Trung ương và Kế hoạch số 247-KH/TU ngày 20/11/2024 của Ban Thường vụ Tỉnh ủy, Đảng ủy Khối báo cáo kết "
      "quả kiểm điểm, đánh giá, xếp loại chất lượng năm 2024 như sau:")
    A("I. TÌNH HÌNH CHUNG")
    members = 4873
    L = A("Đảng bộ Khối có 46 tổ chức cơ sở đảng (27 đảng bộ cơ sở, 37 chi bộ cơ sở), 312 chi bộ trực thuộc đảng ủy cơ sở "
          "với %s đảng viên." % n(members))
    L_members = L
    d.sum_(L, "46 tổ chức cơ sở đảng", 46, [27, 37], want="inconsistent",
           extra="parts add to 64, the count used for the ratings below (64/64): digits of the total swapped")
    A("Công tác kiểm điểm được chuẩn bị chu đáo; các cấp ủy ban hành kế hoạch, gợi ý kiểm điểm đối với tập thể, cá nhân "
      "có hạn chế, khuyết điểm. Hội nghị kiểm điểm được tổ chức nghiêm túc, đúng quy trình, thời gian; tinh thần tự phê "
      "bình và phê bình được nâng lên.")
    A("II. KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI")
    A("1. Đối với tổ chức cơ sở đảng")
    L = A("Có 64/64 tổ chức cơ sở đảng tiến hành kiểm điểm, đạt 100%%. Kết quả xếp loại 64 TCCSĐ: hoàn thành xuất sắc nhiệm vụ 13 TCCSĐ, "
          "chiếm %s%%; hoàn thành tốt nhiệm vụ 46 TCCSĐ, chiếm %s%%; hoàn thành nhiệm vụ 04 TCCSĐ, chiếm %s%%; không hoàn "
          "thành nhiệm vụ 01 TCCSĐ, chiếm %s%%." % (pc(13, 64), pc(46, 64), pc(4, 64), pc(1, 64)))
    d.frac(L, "64/64 tổ chức cơ sở đảng tiến hành kiểm điểm, đạt 100%", 64, 64)
    d.sum_(L, "Kết quả xếp loại 64 TCCSĐ", 64, [13, 46, 4, 1], extra="four disjoint grades")
    d.share(L, "13 TCCSĐ, chiếm 20,31%", 13, 64)
    d.share(L, "46 TCCSĐ, chiếm 71,88%", 46, 64, extra="71,875 exactly: half up gives 71,88")
    d.share(L, "04 TCCSĐ, chiếm 6,25%", 4, 64)
    d.share(L, "01 TCCSĐ, chiếm 1,56%", 1, 64)
    L = A("Có 310/312 chi bộ trực thuộc tiến hành kiểm điểm, đạt %s%% (02 chi bộ mới thành lập chưa đủ 6 tháng). Kết quả xếp loại 310 chi bộ: "
          "hoàn thành xuất sắc nhiệm vụ 58 chi bộ, chiếm %s%%; hoàn thành tốt nhiệm vụ 217 chi bộ, chiếm %s%%; hoàn thành "
          "nhiệm vụ 31 chi bộ, chiếm %s%%; không hoàn thành nhiệm vụ 04 chi bộ, chiếm %s%%."
          % (pc(310, 312), pc(58, 310), pc(217, 310), pc(31, 310), pc(4, 310)))
    d.frac(L, "310/312 chi bộ trực thuộc tiến hành kiểm điểm, đạt 99,36%", 310, 312)
    d.share(L, "58 chi bộ, chiếm 18,71%", 58, 310, extra="base is the 310 branches rated, not the 312 existing")
    d.share(L, "217 chi bộ, chiếm 70,00%", 217, 310)
    d.share(L, "31 chi bộ, chiếm 10,00%", 31, 310)
    d.share(L, "04 chi bộ, chiếm 1,29%", 4, 310)
    d.sum_(L, "Kết quả xếp loại 310 chi bộ", 310, [58, 217, 31, 4], extra="four disjoint grades of the 310 rated branches")
    A("Các tổ chức cơ sở đảng xếp loại không hoàn thành nhiệm vụ đều do có tập thể lãnh đạo hoặc cán bộ chủ chốt bị xử "
      "lý kỷ luật trong năm; Ban Thường vụ Đảng ủy Khối đã chỉ đạo xây dựng kế hoạch khắc phục, phân công cấp ủy viên "
      "theo dõi, giúp đỡ và định kỳ báo cáo kết quả.")
    A("2. Đối với đảng viên")
    L = A("Tổng số đảng viên được kiểm điểm là 4.702/4.873 đồng chí, đạt 96,94%%; số còn lại được miễn kiểm điểm hoặc "
          "chưa kiểm điểm (ốm đau, thai sản, đi học dài hạn). Kết quả xếp loại %s đồng chí: hoàn thành xuất sắc nhiệm vụ 687 đồng chí, "
          "chiếm %s%%; hoàn thành tốt nhiệm vụ 4.215 đồng chí, chiếm %s%%; hoàn thành nhiệm vụ 461 đồng chí, chiếm %s%%; "
          "không hoàn thành nhiệm vụ 26 đồng chí, chiếm %s%%."
          % (n(4702), pc(687, 4702), pc(4215, 4702), pc(461, 4702, 1), pc(26, 4702)))
    d.frac(L, "4.702/4.873 đồng chí, đạt 96,94%", 4702, 4873, want="inconsistent", extra="digits transposed (96,49 -> 96,94)")
    d.sum_(L, "Kết quả xếp loại 4.702 đồng chí", 4702, [4215, 461, 26],
           extra="hoàn thành xuất sắc (687) is counted inside hoàn thành tốt and is not added")
    d.share(L, "687 đồng chí, chiếm 14,61%", 687, 4702)
    d.share(L, "4.215 đồng chí, chiếm 89,64%", 4215, 4702,
            extra="this draft counts 'hoàn thành xuất sắc' inside 'hoàn thành tốt': 4.215 + 461 + 26 = 4.702 and "
                  "89,64 + 9,8 + 0,55 = 99,99; adding 14,61 would pass 100")
    d.share(L, "461 đồng chí, chiếm 9,8%", 461, 4702)
    d.share(L, "26 đồng chí, chiếm 0,55%", 26, 4702)
    L = A("Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên qua các năm: năm 2020 đạt 87,12%, năm 2021 đạt 88,03%, năm "
          "2022 đạt 88,67%, năm 2023 đạt 89,26%, năm 2024 đạt 89,64%. Như vậy, năm 2022 tăng 0,46% so với năm 2021; năm "
          "2024 tăng 0,38% so với năm 2023 và tăng 2,52% so với năm 2020.")
    d.share(L, "năm 2020 đạt 87,12%", 3930, 4511, extra="counts given in the footnote (3.930/4.511)")
    d.share(L, "năm 2023 đạt 89,26%", 4155, 4655, extra="counts given in the footnote (4.155/4.655)")
    d.repeat(L, "năm 2024 đạt 89,64%", _line_of(d, "4.215 đồng chí, chiếm"), "89,64%", "89,64%",
             extra="89,64% restates the 2024 share of hoàn thành tốt (xuất sắc included) from the line above")
    d.points(L, "tăng 0,46% so với năm 2021", "88,67", "88,03", "tăng", want="inconsistent",
             extra="0,64 points with digits swapped")
    d.points(L, "tăng 0,38% so với năm 2023", "89,64", "89,26", "tăng")
    d.points(L, "tăng 2,52% so với năm 2020", "89,64", "87,12", "tăng")
    d.ambiguous(L, "năm 2021 đạt 88,03%", "share", "no count or base for 2021 anywhere in the draft")
    d.ambiguous(L, "2022 đạt 88,67%", "share", "no count or base for 2022 anywhere in the draft")
    L = A("Số đảng viên không hoàn thành nhiệm vụ năm 2024 là 26 đồng chí, bằng %s%% so với năm 2023 (38 đồng chí). "
          "Có 87 đảng viên hoàn thành xuất sắc nhiệm vụ 5 năm liền (2020 - 2024), được Đảng ủy Khối tặng Giấy khen, "
          "chiếm %s%% tổng số đảng viên." % (pc(38, 26), tr(87, members)))
    d.repeat(L, "năm 2024 là 26 đồng chí", _line_of(d, "26 đồng chí, chiếm 0,55%"), 26, 26)
    d.ratio(L, "bằng 146,15% so với năm 2023", 26, 38, want="inconsistent", extra="inverted: 38 / 26 x 100 = 146,15")
    d.share(L, "chiếm 1,78% tổng số", 87, members, want="rounding")
    A("3. Đối với tập thể, cá nhân cán bộ lãnh đạo, quản lý")
    L = A("Có 137 tập thể lãnh đạo, quản lý được đánh giá: hoàn thành xuất sắc nhiệm vụ 29 tập thể, chiếm %s%%; hoàn "
          "thành tốt nhiệm vụ 97 tập thể, chiếm 70,08%%; hoàn thành nhiệm vụ 11 tập thể, chiếm %s%%. Có 512 cá nhân cán bộ "
          "lãnh đạo, quản lý thuộc diện Ban Thường vụ Đảng ủy Khối quản lý được đánh giá, trong đó hoàn thành xuất sắc "
          "nhiệm vụ 103 đồng chí, chiếm %s%%; hoàn thành tốt nhiệm vụ 394 đồng chí, chiếm %s%%; hoàn thành nhiệm vụ 15 "
          "đồng chí, chiếm %s%%." % (pc(29, 137), pc(11, 137), tr(103, 512), pc(394, 512), pc(15, 512)))
    d.sum_(L, "137 tập thể", 137, [29, 97, 11])
    d.share(L, "29 tập thể, chiếm 21,17%", 29, 137)
    d.share(L, "97 tập thể, chiếm 70,08%", 97, 137, want="inconsistent", extra="70,80 with a digit misplaced")
    d.share(L, "11 tập thể, chiếm 8,03%", 11, 137)
    d.sum_(L, "512 cá nhân", 512, [103, 394, 15], extra="'trong đó' over one dimension (grade) equal to the total")
    d.share(L, "103 đồng chí, chiếm 20,11%", 103, 512, want="rounding")
    d.share(L, "394 đồng chí, chiếm 76,95%", 394, 512)
    d.share(L, "15 đồng chí, chiếm 2,93%", 15, 512)
    A("Việc đánh giá cán bộ lãnh đạo, quản lý được gắn với kết quả thực hiện nhiệm vụ của cơ quan, đơn vị, địa phương "
      "do mình phụ trách; người đứng đầu có đơn vị không hoàn thành chỉ tiêu chủ yếu không được xếp loại hoàn thành tốt "
      "nhiệm vụ trở lên. Kết quả đánh giá được công khai tại hội nghị cơ quan và là căn cứ để quy hoạch, bổ nhiệm, khen "
      "thưởng, xếp lương theo quy định.")
    A("III. ĐÁNH GIÁ CHUNG VÀ KIẾN NGHỊ")
    A("Việc đánh giá, xếp loại cơ bản bảo đảm thực chất, gắn với kết quả thực hiện nhiệm vụ chính trị của cơ quan, đơn vị "
      "và được lượng hóa bằng sản phẩm cụ thể. Tuy nhiên, ở một số chi bộ, việc đánh giá còn nể nang, tỷ lệ xếp loại "
      "hoàn thành xuất sắc nhiệm vụ vượt quy định; việc đối chiếu kết quả đánh giá đảng viên với kết quả đánh giá công "
      "chức, viên chức chưa chặt chẽ.")
    A("Nơi nhận:")
    A("- Ban Tổ chức Tỉnh ủy,")
    A("- Các đảng bộ, chi bộ cơ sở,")
    A("- Lưu VP, Ban Tổ chức Đảng ủy Khối.")
    A("T/M BAN THƯỜNG VỤ")
    A("PHÓ BÍ THƯ")
    L = d.fn("Năm 2020: 3.930/4.511 đảng viên được đánh giá hoàn thành tốt nhiệm vụ trở lên; năm 2023: 4.155/4.655 đảng "
             "viên. Tổng số đảng viên của Đảng bộ Khối thời điểm 31/12/2024 là 4.837 đồng chí.")
    d.repeat(L, "là 4.837 đồng chí", L_members, members, 4837, want="inconsistent",
             extra="4.873 with two digits swapped")
    return d


# ============================================================================= h05
@draft
def h05():
    d = Draft("h05-to-chuc-co-so-dang-phat-trien-dang-vien",
              "Province: five-year review of grassroots organisations and member recruitment 2019 - 2024")
    A = d.add
    for s in ["TỈNH ỦY ...", "*", "Số     -BC/TU", "ĐẢNG CỘNG SẢN VIỆT NAM", "..., ngày    tháng 7 năm 2024", "BÁO CÁO",
              "Sơ kết 05 năm thực hiện Chỉ thị số 28-CT/TU về củng cố tổ chức cơ sở đảng và nâng cao chất lượng công tác "
              "phát triển đảng viên", "-----"]:
        A(s)
    A("Thực hiện Công văn số 2.017-CV/BTCTU ngày 03/6/2024 của Ban Tổ chức Tỉnh ủy, Ban Thường vụ Tỉnh ủy báo cáo sơ kết "
      "05 năm thực hiện Chỉ thị số 28-CT/TU ngày 15/5/2019 của Ban Thường vụ Tỉnh ủy (viết tắt là Chỉ thị số 28) như sau:")
    A("I. CÔNG TÁC CỦNG CỐ, KIỆN TOÀN TỔ CHỨC CƠ SỞ ĐẢNG")
    L = A("Năm 2019, toàn tỉnh có 534 tổ chức cơ sở đảng (gồm 172 đảng bộ cơ sở, 362 chi bộ cơ sở). Đến ngày 30/6/2024, "
          "toàn tỉnh còn 492 tổ chức cơ sở đảng (gồm 168 đảng bộ cơ sở, 324 chi bộ cơ sở), giảm 42 đơn vị so với năm 2019 "
          "là 534; trong 492 TCCSĐ hiện nay, đảng bộ cơ sở chiếm 31,46%. Số chi bộ trực thuộc đảng ủy cơ sở giảm từ 1.703 "
          "xuống còn 1.523, giảm 180 chi bộ.")
    L_orgs = L
    d.sum_(L, "534 tổ chức cơ sở đảng", 534, [172, 362])
    d.sum_(L, "492 tổ chức cơ sở đảng", 492, [168, 324])
    d.diff(L, "giảm 42 đơn vị", 492, 534, "giảm", 42)
    d.repeat(L, "năm 2019 là 534", L, 534, 534, extra="the previous value of the difference restates the 2019 count")
    d.share(L, "đảng bộ cơ sở chiếm 31,46%", 168, 492, want="inconsistent",
            extra="wrong base: 168/534 (the 2019 total) = 31,46%")
    d.diff(L, "giảm 180 chi bộ", 1523, 1703, "giảm", 180)
    L = A("Hiện nay, 1.523 chi bộ trực thuộc gồm 525 chi bộ ấp, khu vực; 517 chi bộ ngành xã; 175 chi bộ ngành huyện; "
          "306 chi bộ ngành tỉnh. Toàn tỉnh có 525 ấp, khu vực, 100%% ấp, khu vực có chi bộ; có 349/525 chi bộ ấp, khu vực "
          "có từ 15 đảng viên trở lên, đạt %s%%." % pc(349, 525))
    d.sum_(L, "1.523 chi bộ trực thuộc", 1523, [525, 517, 175, 306])
    d.share(L, "100% ấp, khu vực có chi bộ", 525, 525, extra="525 chi bộ ấp for 525 ấp")
    d.frac(L, "349/525 chi bộ ấp, khu vực có từ 15 đảng viên trở lên, đạt 66,48%", 349, 525)
    L = A("Toàn tỉnh có 1.126 doanh nghiệp ngoài khu vực nhà nước có từ 10 lao động trở lên, trong đó 41 doanh nghiệp có "
          "tổ chức đảng, chiếm %s%%; 218 doanh nghiệp có công đoàn, chiếm %s%%. Thực hiện Kế hoạch số 138-KH/TU ngày "
          "05/6/2019, đã thành lập mới 12 tổ chức đảng trong doanh nghiệp."
          % (pc(41, 1126), "19,38"))
    d.share(L, "41 doanh nghiệp có tổ chức đảng, chiếm 3,64%", 41, 1126)
    d.share(L, "218 doanh nghiệp có công đoàn, chiếm 19,38%", 218, 1126, want="inconsistent")
    A("Việc sắp xếp, kiện toàn tổ chức cơ sở đảng gắn với sắp xếp đơn vị hành chính cấp xã và tinh gọn bộ máy được thực "
      "hiện đồng bộ; các cấp ủy đã rà soát, ban hành quy chế làm việc, chức năng, nhiệm vụ của từng loại hình tổ chức cơ "
      "sở đảng. Sinh hoạt chi bộ định kỳ và chuyên đề được duy trì nền nếp, nội dung thiết thực hơn.")
    A("Ở khu vực doanh nghiệp, cấp ủy các cấp đã phối hợp với chủ doanh nghiệp tạo điều kiện cho tổ chức đảng, công "
      "đoàn hoạt động; tuy nhiên, nhiều doanh nghiệp quy mô nhỏ, lao động không ổn định, chủ doanh nghiệp chưa quan tâm "
      "nên việc thành lập tổ chức đảng còn chậm.")
    A("II. CÔNG TÁC PHÁT TRIỂN ĐẢNG VIÊN")
    L = A("Từ năm 2019 đến ngày 30/6/2024, toàn tỉnh kết nạp 5.181 đảng viên mới (năm 2019: 1.012; năm 2020: 987; năm "
          "2021: 903; năm 2022: 1.024; năm 2023: 918; 6 tháng đầu năm 2024: 337). Năm 2023 kết nạp 918 đảng viên, bằng "
          "%s%% tổng số đảng viên đầu năm (33.452 đảng viên). Trong 5.181 đảng viên mới có nữ 2.487 đồng chí, chiếm %s%%; "
          "đoàn viên 3.856 đồng chí, chiếm %s%%; người dân tộc thiểu số 112 đồng chí, chiếm %s%%; người có đạo 64 đồng chí, "
          "chiếm %s%%." % (pc(918, 31876), pc(2487, 5181, 0), tr(3856, 5181), pc(112, 5181), tr(64, 5181)))
    L_new = L
    d.sum_(L, "kết nạp 5.181 đảng viên mới", 5181, [1012, 987, 903, 1024, 918, 337])
    d.share(L, "bằng 2,88%", 918, 33452, want="inconsistent", extra="the base is named in the sentence (33.452 at the start of 2023); 2,88% is 918/31.876, the 2019 total")
    d.subset(L, "Trong 5.181 đảng viên mới", 5181, [2487, 3856, 112, 64])
    d.share(L, "nữ 2.487 đồng chí, chiếm 48%", 2487, 5181)
    d.share(L, "đoàn viên 3.856 đồng chí, chiếm 74,42%", 3856, 5181, want="rounding")
    d.share(L, "112 đồng chí, chiếm 2,16%", 112, 5181)
    d.share(L, "64 đồng chí, chiếm 1,23%", 64, 5181, want="rounding")
    L = A("Về trình độ chuyên môn của 5.181 đảng viên mới: đại học trở lên 2.904 đồng chí, chiếm %s%%; cao đẳng 512 đồng chí; "
          "trung cấp 761 đồng chí; sơ cấp và chưa qua đào tạo 1.004 đồng chí. Tuổi bình quân của đảng viên mới là 26,8 "
          "tuổi; đảng viên mới dưới 30 tuổi 3.702 đồng chí." % pc(2904, 5181))
    d.share(L, "2.904 đồng chí, chiếm 56,05%", 2904, 5181, extra="base 5.181 from the previous paragraph")
    d.sum_(L, "của 5.181 đảng viên mới", 5181, [2904, 512, 761, 1004])
    d.subset(L, "3.702 đồng chí", 5181, [3702], extra="parent 5.181 from the start of the paragraph")
    L = A("Số đảng viên kết nạp từ đầu nhiệm kỳ 2020 - 2025 đến 30/6/2024 là 4.169 đồng chí, bằng %s%% so với nhiệm kỳ "
          "2015 - 2020 (4.818 đồng chí). Tổng số đảng viên toàn tỉnh tăng từ 31.876 (năm 2019) lên 33.509 (30/6/2024), "
          "tăng 1.733 đảng viên." % tr(4169, 4818))
    d.sum_(L, "là 4.169 đồng chí", 4169, [987, 903, 1024, 918, 337],
           extra="the years 2020 to 6/2024 of the previous paragraph's breakdown")
    d.ratio(L, "bằng 86,52% so với", 4169, 4818, want="rounding")
    d.term(L, "nhiệm kỳ 2015 - 2020 (4.818", "2020 - 2025", "2015 - 2020")
    d.diff(L, "tăng 1.733 đảng viên", 33509, 31876, "tăng", 1733, want="inconsistent", extra="33.509 - 31.876 = 1.633")
    L = A("Trong 5 năm, các cấp ủy đã đưa ra khỏi Đảng 1.362 đảng viên, gồm xóa tên 1.187 đồng chí, khai trừ 148 đồng "
          "chí, cho ra khỏi Đảng 27 đồng chí. Năm 2023, Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh kết nạp 104 đảng "
          "viên (khối cơ quan 63, khối doanh nghiệp 41); số đảng viên khối doanh nghiệp hiện có 1.429 đồng chí.")
    d.sum_(L, "1.362 đảng viên", 1362, [1187, 148, 27])
    d.sum_(L, "kết nạp 104 đảng viên", 104, [63, 41],
           extra="'khối doanh nghiệp 41' is recruits; 1.429 is the stock of members in the same bloc, a different quantity")
    L = A("Tỷ lệ đảng viên nữ toàn tỉnh đến 30/6/2024 đạt %s%% (11.262/33.509), tăng 0,41%% so với năm 2019 (33,19%%); "
          "tỷ lệ đảng viên dưới 30 tuổi chiếm 16,46%%, tăng 1,2%% so với nhiệm kỳ 2020 - 2025."
          % pc(11262, 33509))
    d.frac(L, "đạt 33,61% (11.262/33.509)", 11262, 33509)
    d.points(L, "tăng 0,41% so với năm 2019 (33,19%)", "33,61", "33,19", "tăng", want="inconsistent",
             extra="33,61 - 33,19 = 0,42 points; relative change 1,27 %: neither reading gives 0,41")
    d.ambiguous(L, "chiếm 16,46%", "share", "number of members under 30 at 30/6/2024 not stated")
    d.term(L, "tăng 1,2% so với nhiệm kỳ 2020 - 2025", "2020 - 2025", "2020 - 2025", want="inconsistent",
           extra="the figure is at 30/6/2024, inside 2020 - 2025: it compares the term with itself; the earlier term "
                 "is 2015 - 2020 (the 1,2% has no stated previous value)")
    A("Công tác tạo nguồn kết nạp đảng viên gắn với phong trào thi đua ở cơ sở; các chi bộ ấp phân công đảng viên giúp "
      "đỡ quần chúng ưu tú, phối hợp với Đoàn Thanh niên giới thiệu đoàn viên xuất sắc. Việc thẩm tra lý lịch người vào "
      "Đảng được rút ngắn thời gian nhờ ứng dụng phần mềm quản lý hồ sơ; chất lượng đảng viên mới được nâng lên.")
    A("III. ĐÁNH GIÁ CHUNG")
    A("Sau 05 năm thực hiện Chỉ thị số 28, nhận thức của cấp ủy, tổ chức đảng về vị trí, vai trò của tổ chức cơ sở đảng "
      "và công tác phát triển đảng viên được nâng lên; mô hình tổ chức cơ sở đảng phù hợp hơn với đặc điểm từng loại "
      "hình. Hạn chế: số đảng viên bị xóa tên còn nhiều; tỷ lệ doanh nghiệp ngoài nhà nước có tổ chức đảng còn thấp; "
      "nguồn kết nạp ở một số xã vùng sâu còn khó khăn.")
    A("IV. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI")
    A("a) Tiếp tục rà soát, sắp xếp tổ chức cơ sở đảng khi sắp xếp đơn vị hành chính cấp xã.")
    A("b) Mỗi chi bộ ấp, khu vực phấn đấu kết nạp ít nhất 01 đảng viên mỗi năm; chú trọng kết nạp công nhân, chủ doanh "
      "nghiệp tư nhân.")
    A("c) Kịp thời xóa tên, cho ra khỏi Đảng đảng viên không còn đủ tư cách theo Điều 8 Điều lệ Đảng.")
    A("Nơi nhận:")
    A("- Ban Tổ chức Trung ương,")
    A("- Các huyện, thị, thành ủy, đảng ủy trực thuộc,")
    A("- Lưu VPTU.")
    A("T/M BAN THƯỜNG VỤ")
    A("PHÓ BÍ THƯ THƯỜNG TRỰC")
    L = d.fn("Toàn tỉnh hiện có 33.059 đảng viên sinh hoạt tại 492 tổ chức cơ sở đảng; trong năm 2023 có 01 huyện, 02 "
             "đảng ủy trực thuộc kết nạp vượt chỉ tiêu.")
    d.repeat(L, "33.059 đảng viên", _line_of(d, "lên 33.509 (30/6/2024)"), 33509, 33059, want="inconsistent",
             extra="digits swapped; 11.262/33.509 and the body give 33.509")
    d.repeat(L, "tại 492 tổ chức cơ sở đảng", L_orgs, 492, 492)
    L = d.fn("Ban Thường vụ Tỉnh ủy đã tặng Huy hiệu Đảng cho 4.072 đảng viên, trong đó: 2.067 Huy hiệu 30 năm tuổi "
             "Đảng, 670 Huy hiệu 40 năm, 535 Huy hiệu 45 năm, 489 Huy hiệu 50 năm, 212 Huy hiệu 55 năm, 58 Huy hiệu 60 "
             "năm, 28 Huy hiệu 65 năm, 13 Huy hiệu 70 năm tuổi Đảng.")
    d.sum_(L, "4.072 đảng viên", 4072, [2067, 670, 535, 489, 212, 58, 28, 13],
           extra="badges awarded in the period are disjoint classes (one badge each)")
    return d


# ============================================================================= h06
@draft
def h06():
    d = Draft("h06-dang-uy-xa-nam-2024",
              "Commune party committee: annual party-building report 2024 (stock-flow of members, ratings, mass organisations)")
    A = d.add
    for s in ["ĐẢNG BỘ HUYỆN ...", "ĐẢNG ỦY XÃ TÂN LONG", "*", "Số 27-BC/ĐU", "ĐẢNG CỘNG SẢN VIỆT NAM",
              "Tân Long, ngày 10 tháng 12 năm 2024", "BÁO CÁO",
              "Kết quả công tác xây dựng Đảng năm 2024, phương hướng, nhiệm vụ năm 2025", "-----"]:
        A(s)
    A("Thực hiện Hướng dẫn số 41-HD/BTCHU ngày 25/10/2024 của Ban Tổ chức Huyện ủy về báo cáo công tác xây dựng Đảng "
      "cuối năm, Đảng ủy xã Tân Long báo cáo như sau:")
    A("I. TÌNH HÌNH CHUNG")
    L = A("Xã có 09 ấp với 3.912 hộ, 14.286 nhân khẩu. Đảng bộ xã có 21 chi bộ trực thuộc (09 chi bộ ấp, 12 chi bộ cơ "
          "quan, trường học, quân sự, công an); 18 tổ đảng. Điện thoại Văn phòng Đảng ủy: 0296.3861.402.")
    d.sum_(L, "21 chi bộ trực thuộc", 21, [9, 12])
    A("Năm 2024, tình hình chính trị, trật tự an toàn xã hội trên địa bàn ổn định; sản xuất nông nghiệp đạt khá, giá lúa "
      "tăng so với cùng kỳ; các chương trình mục tiêu quốc gia về xây dựng nông thôn mới nâng cao được triển khai đồng bộ. "
      "Tuy nhiên, tình trạng lao động trẻ đi làm ăn xa ngày càng nhiều, ảnh hưởng đến nguồn phát triển đảng viên ở các ấp.")
    A("II. KẾT QUẢ CÔNG TÁC XÂY DỰNG ĐẢNG")
    A("1. Công tác đảng viên")
    L = A("Đầu năm 2024, Đảng bộ có 412 đảng viên. Trong năm tăng 21 đảng viên (kết nạp 14, chuyển đến 06, phục hồi đảng "
          "tịch 01), giảm 16 đảng viên (từ trần 05, chuyển đi 09, xóa tên 02). Đến ngày 30/11/2024, Đảng bộ có 417 đảng "
          "viên, tăng 05 đảng viên so với đầu năm.")
    L_stock = L
    d.sum_(L, "tăng 21 đảng viên", 21, [14, 6, 1])
    d.sum_(L, "giảm 16 đảng viên", 16, [5, 9, 2])
    d.sum_(L, "có 417 đảng viên", 417, [412, 21, -16], extra="stock-flow identity: 412 + 21 - 16 = 417")
    d.diff(L, "tăng 05 đảng viên so với đầu năm", 417, 412, "tăng", 5)
    L = A("Trong tổng số 417 đảng viên có %s đảng viên chính thức, 21 đảng viên dự bị; đảng viên nữ 138 đồng chí, chiếm "
          "%s%%; đảng viên được miễn công tác và sinh hoạt đảng 37 đồng chí. Đảng viên có từ 30 năm tuổi Đảng trở lên 96 "
          "đồng chí, từ 40 năm tuổi Đảng trở lên 51 đồng chí, từ 50 năm tuổi Đảng trở lên 18 đồng chí. Tuổi bình quân của "
          "đảng viên là 47,3 tuổi." % (n(396), pc(138, 417)))
    d.sum_(L, "Trong tổng số 417 đảng viên", 417, [396, 21])
    d.share(L, "nữ 138 đồng chí, chiếm 33,09%", 138, 417)
    d.subset(L, "96 đồng chí", 417, [96, 51, 18],
             extra="cumulative thresholds (30/40/50 năm tuổi Đảng) are nested, not added; 51 <= 96 and 18 <= 51")
    L = A("Về trình độ lý luận chính trị, trong 417 đảng viên có cao cấp 09 đồng chí, chiếm %s%%; trung cấp 84 đồng chí, "
          "chiếm %s%%; sơ cấp 198 đồng chí, chiếm %s%%; số còn lại chưa qua đào tạo lý luận chính trị."
          % (tr(9, 417), pc(84, 417), pc(198, 417)))
    d.subset(L, "trong 417 đảng viên", 417, [9, 84, 198],
             extra="one dimension, sum 291 < 417 and the sentence says the rest have no training: a subset, not an error")
    d.share(L, "09 đồng chí, chiếm 2,15%", 9, 417, want="rounding")
    d.share(L, "84 đồng chí, chiếm 20,14%", 84, 417)
    d.share(L, "198 đồng chí, chiếm 47,48%", 198, 417)
    L = A("Công tác phát triển đảng viên: năm 2024 kết nạp 14 đảng viên, đạt %s%% chỉ tiêu Nghị quyết Đảng ủy giao (12 "
          "đảng viên), trong đó nữ 06, đoàn viên 11. Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2020 - 2025 đề ra chỉ tiêu "
          "kết nạp 60 đảng viên; sau 4 năm (2021 - 2024) đã kết nạp 57 đảng viên, đạt %s%% chỉ tiêu, bằng %s%% so với "
          "nhiệm kỳ 2015 - 2020 (61 đảng viên)." % (pc(14, 12), pc(57, 60, 0), pc(57, 61)))
    d.ratio(L, "đạt 116,67% chỉ tiêu", 14, 12)
    d.subset(L, "kết nạp 14 đảng viên", 14, [6, 11])
    d.ratio(L, "đạt 95% chỉ tiêu", 57, 60)
    d.ratio(L, "bằng 93,44% so với", 57, 61)
    d.term(L, "nhiệm kỳ 2015 - 2020 (61 đảng viên)", "2020 - 2025", "2015 - 2020")
    A("Đảng ủy duy trì sinh hoạt định kỳ và chuyên đề ở các chi bộ; phân công đảng ủy viên dự sinh hoạt chi bộ ấp hằng "
      "tháng, kịp thời nắm tình hình, giải quyết kiến nghị của đảng viên và Nhân dân. Công tác quản lý hồ sơ đảng viên, "
      "cập nhật cơ sở dữ liệu đảng viên được thực hiện đúng quy định; việc chuyển sinh hoạt đảng kịp thời, không để "
      "đảng viên mất liên lạc với tổ chức đảng.")
    A("2. Đánh giá, xếp loại chất lượng")
    L = A("Kết quả đánh giá, xếp loại 21 chi bộ trực thuộc: hoàn thành xuất sắc nhiệm vụ 04 chi bộ, chiếm %s%%; hoàn "
          "thành tốt nhiệm vụ 14 chi bộ, chiếm %s%%; hoàn thành nhiệm vụ 03 chi bộ, chiếm %s%%."
          % (pc(4, 21), tr(14, 21), pc(3, 21)))
    d.sum_(L, "xếp loại 21 chi bộ", 21, [4, 14, 3])
    d.share(L, "04 chi bộ, chiếm 19,05%", 4, 21)
    d.share(L, "14 chi bộ, chiếm 66,66%", 14, 21, want="rounding")
    d.share(L, "03 chi bộ, chiếm 14,29%", 3, 21)
    L = A("Trong 417 đảng viên, có 380 đảng viên được đánh giá, xếp loại và 37 đảng viên được miễn đánh giá. Kết quả: "
          "hoàn thành xuất sắc nhiệm vụ 61 đồng chí, chiếm %s%%; hoàn thành tốt nhiệm vụ 285 đồng chí, chiếm %s%%; hoàn "
          "thành nhiệm vụ 29 đồng chí, chiếm %s%%; không hoàn thành nhiệm vụ 05 đồng chí, chiếm %s%%. Tỷ lệ đảng viên "
          "hoàn thành tốt nhiệm vụ trở lên đạt %s%%, tăng 0,7%% so với năm 2023 (91,75%%)."
          % (pc(61, 380), pc(285, 380, 0), pc(29, 380), pc(5, 417), pc(346, 380)))
    d.sum_(L, "Trong 417 đảng viên", 417, [380, 37])
    d.sum_(L, "có 380 đảng viên", 380, [61, 285, 29, 5], extra="four disjoint grades")
    d.share(L, "61 đồng chí, chiếm 16,05%", 61, 380)
    d.share(L, "285 đồng chí, chiếm 75%", 285, 380)
    d.share(L, "29 đồng chí, chiếm 7,63%", 29, 380)
    d.share(L, "05 đồng chí, chiếm 1,20%", 5, 380, want="inconsistent",
            extra="wrong base: 5/417 (all members, miễn đánh giá included) = 1,20%; the other grades use the 380 rated")
    d.share(L, "đạt 91,05%", 346, 380, extra="tốt trở lên = 61 + 285 = 346 of the 380 rated")
    d.points(L, "tăng 0,7% so với năm 2023 (91,75%)", "91,05", "91,75", "tăng", want="inconsistent",
             extra="91,05 < 91,75: a decrease of 0,70 points written as 'tăng'")
    A("3. Công tác kiểm tra, giám sát")
    L = A("Đảng ủy kiểm tra 06 chi bộ và 12 đảng viên; Ủy ban Kiểm tra Đảng ủy kiểm tra thu, nộp đảng phí 21/21 chi bộ, "
          "đạt 100%. Thi hành kỷ luật 03 đảng viên (khiển trách 02, cảnh cáo 02) do vi phạm Điều 7 Quy định số 69-QĐ/TW. "
          "Thu đảng phí năm 2024 được 86.540.000 đồng, đạt 102,3% so với năm 2023 (83.860.000 đồng).")
    d.frac(L, "21/21 chi bộ, đạt 100%", 21, 21)
    d.sum_(L, "03 đảng viên (khiển trách 02, cảnh cáo 02)", 3, [2, 2], want="inconsistent", extra="forms of discipline are disjoint: 02 + 02 = 04 > 03")
    d.ratio(L, "đạt 102,3% so với năm 2023", 86540000, 83860000, want="inconsistent", extra="103,2 with digits swapped")
    A("Hằng quý, Ủy ban Kiểm tra Đảng ủy giám sát việc chấp hành chế độ sinh hoạt đảng và việc thực hiện nhiệm vụ của "
      "đảng viên được phân công; qua giám sát đã nhắc nhở, chấn chỉnh kịp thời những chi bộ sinh hoạt chưa đúng thời "
      "gian, nội dung còn chung chung.")
    A("4. Công tác dân vận, Mặt trận và các đoàn thể")
    L = A("Tổng số đoàn viên, hội viên các đoàn thể là 4.244 người, gồm Hội Nông dân 1.842 hội viên, Hội Liên hiệp Phụ "
          "nữ 1.506 hội viên, Đoàn Thanh niên 612 đoàn viên, Hội Cựu chiến binh 284 hội viên; chiếm %s%% dân số. Tỷ lệ hộ "
          "đảng viên đạt danh hiệu gia đình văn hóa 98,2%%." % pc(4244, 14286))
    d.sum_(L, "4.244 người", 4244, [1842, 1506, 612, 284])
    d.share(L, "chiếm 29,71% dân số", 4244, 14286, extra="base: 14.286 nhân khẩu in the first section")
    d.ambiguous(L, "98,2%", "share", "number of đảng viên households and of those rated gia đình văn hóa not given")
    A("III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025")
    L = A("Năm 2024, Đảng bộ đã kết nạp 16 đảng viên, vượt chỉ tiêu; năm 2025 phấn đấu kết nạp 15 đảng viên. Nhiệm kỳ "
          "2025 - 2030 phấn đấu kết nạp 70 đảng viên, tăng 10 đảng viên so với chỉ tiêu nhiệm kỳ 2015 - 2020 (60 đảng "
          "viên); 100 phần trăm chi bộ hoàn thành tốt nhiệm vụ trở lên.")
    d.repeat(L, "kết nạp 16 đảng viên", _line_of(d, "năm 2024 kết nạp 14 đảng viên"), 14, 16, want="inconsistent",
             extra="also 14 in the stock-flow paragraph")
    d.diff(L, "tăng 10 đảng viên", 70, 60, "tăng", 10)
    d.term(L, "nhiệm kỳ 2015 - 2020 (60", "2025 - 2030", "2015 - 2020", want="inconsistent",
           extra="the target of 60 belongs to 2020 - 2025, the term before 2025 - 2030")
    A("Nơi nhận:")
    A("- Ban Thường vụ Huyện ủy,")
    A("- Các chi bộ trực thuộc,")
    A("- Lưu VP Đảng ủy.")
    A("T/M ĐẢNG ỦY")
    A("BÍ THƯ")
    return d


def main():
    total = {"chars": 0, "claims": 0}
    by = {}
    out = []
    for f in DRAFTS:
        d = f()
        size, claims = d.finish()
        total["chars"] += size
        total["claims"] += len(claims)
        for c in claims:
            by.setdefault(c["kind"], {}).setdefault(c["verdict"], 0)
            by[c["kind"]][c["verdict"]] += 1
        vc = {}
        for c in claims:
            vc[c["verdict"]] = vc.get(c["verdict"], 0) + 1
        out.append("%-46s %6d chars %3d lines %3d claims %s" % (d.name, size, len(d.lines), len(claims),
                                                             json.dumps(vc, sort_keys=True)))
    print("\n".join(out))
    print("total: %(chars)d chars, %(claims)d claims" % total)
    verd = {}
    for k, v in sorted(by.items()):
        print("  %-10s %s" % (k, json.dumps(v, sort_keys=True)))
        for vv, c in v.items():
            verd[vv] = verd.get(vv, 0) + c
    print("  verdicts   %s" % json.dumps(verd, sort_keys=True))


if __name__ == "__main__":
    main()
