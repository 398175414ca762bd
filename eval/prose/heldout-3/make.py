#!/usr/bin/env python3
"""Generator for the heldout3 prose part of the Soát Số evaluation set.

Builds six report drafts (h3-01 ... h3-06) and their labels. Every figure that a
label judges is computed here with exact decimal arithmetic (Decimal, round half
up); the text is then built from those figures, so the labels are right by
construction. Planted errors are produced by explicit "written" values, and the
verdict of every label is recomputed from the numbers, then checked against the
verdict the author intended (``expect``).

Standard library only. Run:  python3 make.py
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP, ROUND_DOWN, getcontext

getcontext().prec = 60
OUT = os.path.dirname(os.path.abspath(__file__))
FOOT = "[\ufffd]"   # footnote line marker, as the shared drafts are exported


# ----------------------------------------------------------------------------
# number formatting (vi-VN)
# ----------------------------------------------------------------------------
def N(n, lz=False):
    """Integer in vi-VN form: 1.234; with lz, counts under 10 get a leading zero."""
    n = int(n)
    s = f"{abs(n):,}".replace(",", ".")
    if lz and abs(n) < 10:
        s = "0" + s
    return ("-" if n < 0 else "") + s


def Q(x, dp):
    return D(x).quantize(D(1).scaleb(-dp), rounding=ROUND_HALF_UP)


def T(x, dp):
    return D(x).quantize(D(1).scaleb(-dp), rounding=ROUND_DOWN)


def fd(x, dp=None):
    """Decimal in vi-VN form: 1.234,5 (dp: round half up first)."""
    x = D(x)
    if dp is not None:
        x = Q(x, dp)
    s = f"{x:f}"
    neg = s.startswith("-")
    s = s.lstrip("-")
    ip, _, fp = s.partition(".")
    ip = f"{int(ip):,}".replace(",", ".")
    return ("-" if neg else "") + ip + ("," + fp if fp else "")


def num(x, lz=False):
    if isinstance(x, D):
        return fd(x)
    return N(x, lz)


def dplaces(x):
    e = D(x).as_tuple().exponent
    return -e if e < 0 else 0


def approx(x):
    """Exact value shown with 6 decimals for notes (enough to show which way it rounds)."""
    return fd(Q(x, 6))


# ----------------------------------------------------------------------------
# a draft and its labels
# ----------------------------------------------------------------------------
class Draft:
    def __init__(self, code, slug):
        self.name = f"{code}-{slug}"
        self.lines = []
        self.claims = []
        self.pending = []

    # -- lines -------------------------------------------------------------
    def add(self, text):
        assert "\n" not in text
        self.lines.append(text)
        ln = len(self.lines)
        for c in self.pending:
            c["line"] = ln
            self.claims.append(c)
        self.pending = []

    def plain(self, *texts):
        for t in texts:
            assert not self.pending, "claims pending before a plain line"
            self.add(t)

    def foot_split(self, before, after):
        """A paragraph cut by a footnote reference, as Word exports it: '…[' / ']…'."""
        self.add(before + "[")
        self.plain("]" + after)

    # -- claims ------------------------------------------------------------
    def _claim(self, anchor, fig, kind, verdict, right, note, expect, parts=()):
        assert fig in anchor, (anchor, fig)
        if expect is not None:
            assert verdict == expect, f"{self.name}: {anchor!r} is {verdict}, expected {expect}: {note}"
        c = {"anchor": anchor, "kind": kind, "verdict": verdict}
        if verdict in ("rounding", "inconsistent"):
            assert right is not None
            c["right"] = right
        c["note"] = note
        c["_fig"] = fig
        c["_parts"] = list(parts)
        self.pending.append(c)
        return anchor

    @staticmethod
    def _pct_verdict(w, r, dp):
        ulp = D(1).scaleb(-dp)
        if w == r:
            return "consistent"
        if abs(w - r) <= ulp:
            return "rounding"
        return "inconsistent"

    def share(self, part, base, tpl="chiếm {}%", dp=2, mode="ok", written=None,
              expect="consistent", why="", base_note=""):
        """part / base × 100 at dp decimals. mode: ok | trunc | up | down; or written='27.03'."""
        exact = D(part) * 100 / D(base)
        r = Q(exact, dp)
        ulp = D(1).scaleb(-dp)
        if written is not None:
            w = D(written)
            assert dplaces(w) == dp, (written, dp)
        elif mode == "ok":
            w = r
        elif mode == "trunc":
            w = T(exact, dp)
            assert w != r, f"truncation of {exact} equals rounding"
        elif mode == "up":
            w = r + ulp
        elif mode == "down":
            w = r - ulp
        else:
            raise ValueError(mode)
        verdict = self._pct_verdict(w, r, dp)
        fig = fd(w) + "%"
        anchor = tpl.format(fd(w))
        note = f"{num(part)} / {num(base)} × 100 = {approx(exact)} % → {fd(r)}%"
        if base_note:
            note += f" (base: {base_note})"
        if verdict == "consistent":
            note += "; as written"
        elif mode == "trunc":
            note += f"; written {fd(w)}% is truncated, not rounded half up"
        elif mode in ("up", "down"):
            note += f"; written {fd(w)}% is off by one in the last digit"
        else:
            note += f"; written {fd(w)}%" + (f" ({why})" if why else "")
        return self._claim(anchor, fig, "share", verdict, fd(r) + "%", note, expect)

    def ratio(self, tpl, cur, prev, dp=2, mode="index", written=None, expect="consistent", why=""):
        """index: cur/prev×100 ('bằng 107,98%'); times: cur/prev ('gấp 1,95 lần');
        rel: (cur−prev)/prev×100 ('tăng 21,1%')."""
        cur, prev = D(cur), D(prev)
        if mode == "index":
            exact = cur * 100 / prev
            form = f"{num(cur)} / {num(prev)} × 100 = {approx(exact)}"
            unit = "%"
        elif mode == "times":
            exact = cur / prev
            form = f"{num(cur)} / {num(prev)} = {approx(exact)}"
            unit = " lần"
        elif mode == "rel":
            exact = (cur - prev) * 100 / prev
            form = f"({num(cur)} − {num(prev)}) / {num(prev)} × 100 = {approx(exact)}"
            unit = "%"
        else:
            raise ValueError(mode)
        r = Q(exact, dp)
        w = r if written is None else D(written)
        verdict = self._pct_verdict(w, r, dp)
        anchor = tpl.format(fd(w))
        note = f"{form} → {fd(r)}{unit}"
        note += "; as written" if verdict == "consistent" else f"; written {fd(w)}{unit}" + (f" ({why})" if why else "")
        return self._claim(anchor, fd(w), "ratio", verdict, fd(r) + unit, note, expect)

    def sum_(self, tpl, total, parts, lz=False, expect="consistent", what="", part_lz=None):
        s = sum(parts)
        fig = num(total, lz)
        anchor = tpl.format(fig)
        verdict = "consistent" if s == total else "inconsistent"
        note = " + ".join(num(p) for p in parts) + f" = {num(s)}"
        note += f" = {fig} written" if verdict == "consistent" else f" ≠ {fig} written"
        if what:
            note += f"; {what}"
        pl = lz if part_lz is None else part_lz
        return self._claim(anchor, fig, "sum", verdict, num(s, lz), note, expect,
                           parts=[num(p, pl) for p in parts])

    def subset(self, tpl, total, parts, lz=False, expect="consistent", what="overlapping dimensions, parts are not summed"):
        """parts: list of (label, value); each must be ≤ total."""
        fig = num(total, lz)
        anchor = tpl.format(fig)
        ok = all(v <= total for _, v in parts)
        verdict = "consistent" if ok else "inconsistent"
        note = ", ".join(f"{k} {num(v)}" for k, v in parts) + f": each ≤ {fig}"
        note += f" (sum {num(sum(v for _, v in parts))} means nothing: {what})"
        return self._claim(anchor, fig, "subset", verdict, None, note, expect)

    def diff(self, tpl, cur, prev, written=None, word=None, lz=True, expect="consistent", what=""):
        """tpl uses {w} (tăng/giảm) and {n}; stated difference vs cur − prev."""
        dl = cur - prev
        assert dl != 0
        tw = "tăng" if dl > 0 else "giảm"
        w = abs(dl) if written is None else written
        ww = tw if word is None else word
        fig = num(w, lz)
        anchor = tpl.format(w=ww, n=fig)
        verdict = "consistent" if (ww == tw and w == abs(dl)) else "inconsistent"
        note = f"{num(cur)} − {num(prev)} = {num(dl)} → {tw} {num(abs(dl), lz)}"
        note += "; as written" if verdict == "consistent" else f"; written {ww} {fig}"
        if what:
            note += f"; {what}"
        return self._claim(anchor, fig, "difference", verdict, f"{tw} {num(abs(dl), lz)}", note, expect)

    def points(self, tpl, cur, prev, written=None, word=None, expect="consistent", what=""):
        """Change of a share between periods in percentage points. tpl uses {w}, {n}."""
        cur, prev = D(cur), D(prev)
        dl = cur - prev
        tw = "tăng" if dl > 0 else "giảm"
        w = abs(dl) if written is None else D(written)
        ww = tw if word is None else word
        anchor = tpl.format(w=ww, n=fd(w))
        verdict = "consistent" if (ww == tw and w == abs(dl)) else "inconsistent"
        rel = (cur - prev) * 100 / prev
        note = f"{fd(cur)} − {fd(prev)} = {fd(dl)} points → {tw} {fd(abs(dl))} (relative reading {approx(rel)} %)"
        note += "; points reading as written" if verdict == "consistent" else f"; written {ww} {fd(w)}"
        if what:
            note += f"; {what}"
        return self._claim(anchor, fd(w), "points", verdict, f"{tw} {fd(abs(dl))}", note, expect)

    def frac(self, tpl, part, whole, known, lz=False, expect="consistent", what=""):
        fig = f"{num(part, lz)}/{num(whole, lz)}"
        anchor = tpl.format(fig)
        verdict = "consistent" if (whole == known and part <= whole) else "inconsistent"
        note = f"whole {num(whole, lz)} vs stated total {num(known, lz)}"
        if what:
            note += f" ({what})"
        note += "; consistent" if verdict == "consistent" else f"; should be {num(part, lz)}/{num(known, lz)}"
        return self._claim(anchor, fig, "fraction", verdict, f"{num(part, lz)}/{num(known, lz)}", note, expect)

    def repeat(self, tpl, first, written, where, lz=False, expect="consistent"):
        fig = num(written, lz)
        anchor = tpl.format(fig)
        verdict = "consistent" if first == written else "inconsistent"
        note = f"first mention {num(first, lz)} ({where}); here {fig}"
        note += "; same" if verdict == "consistent" else "; disagrees with the first mention"
        return self._claim(anchor, fig, "repeat", verdict, num(first, lz), note, expect)

    def term(self, tpl, own_start, named_start, sep=" - ", expect="consistent", what=""):
        named = f"{named_start}{sep}{named_start + 5}"
        prev = f"{own_start - 5}{sep}{own_start}"
        own = f"{own_start}{sep}{own_start + 5}"
        anchor = tpl.format(named)
        verdict = "consistent" if named_start == own_start - 5 else "inconsistent"
        note = f"claim's own term {own}; the previous term is {prev}; named {named}"
        if what:
            note += f"; {what}"
        return self._claim(anchor, named, "term", verdict, f"nhiệm kỳ {prev}", note, expect)

    def amb(self, anchor, fig, kind, note):
        return self._claim(anchor, fig, kind, "ambiguous", None, note, "ambiguous")

    # -- checks and output -------------------------------------------------
    def check(self):
        assert not self.pending, "claims left pending"
        n = len(self.lines)
        assert 60 <= n <= 150, f"{self.name}: {n} lines"
        spans = {}
        for c in self.claims:
            line = self.lines[c["line"] - 1]
            a = c["anchor"]
            cnt = line.count(a)
            assert cnt == 1, f"{self.name} line {c['line']}: anchor {a!r} occurs {cnt} times"
            i = line.index(a)
            # the anchor must not cut a number in two
            before = line[i - 1] if i > 0 else " "
            after = line[i + len(a)] if i + len(a) < len(line) else " "
            if a[0].isdigit():
                assert not (before.isdigit() or before in ".,/"), (self.name, c["line"], a, "cut before")
            if a[-1].isdigit():
                assert not (after.isdigit() or (after in ".,/" and line[i + len(a) + 1: i + len(a) + 2].isdigit())), \
                    (self.name, c["line"], a, "cut after")
            # anchors of one line do not overlap
            for (j, k, other) in spans.get(c["line"], []):
                assert k <= i or i + len(a) <= j, f"{self.name} line {c['line']}: {a!r} overlaps {other!r}"
            spans.setdefault(c["line"], []).append((i, i + len(a), a))
            # the figure judged is in the anchor
            assert c["_fig"] in a
            # parts of a sum are written in the line
            for p in c["_parts"]:
                assert any(re.search(r"(?<![\d.,])" + re.escape(q) + r"(?![\d]|[.,]\d)", line)
                           for q in (p, p.replace(".", ""))), \
                    f"{self.name} line {c['line']}: part {p} of {a!r} not in the line"
            if c["verdict"] in ("rounding", "inconsistent"):
                r = c["right"]
                assert r != c["_fig"] and not re.search(r"(?<![\d.,])" + re.escape(r) + r"(?![\d]|[.,]\d)", a), \
                    f"{self.name}: right {r!r} equals what is written in {a!r}"
            else:
                assert "right" not in c
        for ln, t in enumerate(self.lines, 1):
            if t.startswith("[\ufffd"):
                assert t.startswith(FOOT), ln

    def write(self):
        self.check()
        with open(os.path.join(OUT, self.name + ".txt"), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(self.lines) + "\n")
        claims = []
        for c in sorted(self.claims, key=lambda c: (c["line"], self.lines[c["line"] - 1].index(c["anchor"]))):
            claims.append({k: c[k] for k in ("line", "anchor", "kind", "verdict", "right", "note") if k in c})
        with open(os.path.join(OUT, self.name + ".labels.json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump({"file": self.name + ".txt", "claims": claims}, f, ensure_ascii=False, indent=2)
            f.write("\n")
        return claims


# ============================================================================
# h3-01: commune party committee, term report 2020 - 2025
# ============================================================================
def draft1():
    d = Draft("h3-01", "bao-cao-nhiem-ky-dang-uy-xa")
    A, P = d.add, d.plain
    P("\tĐẢNG BỘ HUYỆN HÒA THẠNH",
      "ĐẢNG ỦY XÃ PHƯỚC LẬP",
      "*",
      "Số       -BC/ĐU",
      "\tĐẢNG CỘNG SẢN VIỆT NAM",
      "",
      "Phước Lập, ngày      tháng 7 năm 2025",
      "",
      "BÁO CÁO",
      "tổng kết nhiệm kỳ 2020 - 2025 của Ban Chấp hành Đảng bộ xã khóa XIV",
      "(Dự thảo trình Đại hội đại biểu Đảng bộ xã lần thứ XV, nhiệm kỳ 2025 - 2030)",
      "-----",
      "Thực hiện Kế hoạch số 46-KH/HU ngày 12/11/2024 của Ban Thường vụ Huyện ủy về tổ chức đại hội đảng bộ cơ sở tiến tới Đại hội đại biểu Đảng bộ huyện lần thứ XIII, nhiệm kỳ 2025 - 2030 và Hướng dẫn số 08-HD/BTCHU ngày 20/11/2024 của Ban Tổ chức Huyện ủy, Ban Chấp hành Đảng bộ xã khóa XIV báo cáo tổng kết việc thực hiện Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ XIV, nhiệm kỳ 2020 - 2025 như sau:",
      "Phần thứ nhất",
      "KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ XÃ LẦN THỨ XIV, NHIỆM KỲ 2020 - 2025",
      "I. ĐẶC ĐIỂM TÌNH HÌNH")
    A(f"Xã Phước Lập có diện tích tự nhiên 3.215,6 ha, gồm 09 ấp với 4.318 hộ, 16.742 nhân khẩu; đồng bào dân tộc Khmer 1.127 người, {d.share(1127, 16742)} dân số. Kinh tế của xã chủ yếu là sản xuất nông nghiệp, trong đó cây lúa và cây ăn trái là thế mạnh; hệ thống giao thông nông thôn, thủy lợi nội đồng từng bước được đầu tư đồng bộ.")
    A(f"Đầu nhiệm kỳ, Đảng bộ có {d.sum_('{} chi bộ trực thuộc', 14, [9, 5], part_lz=True)} (gồm 09 chi bộ ấp, 05 chi bộ cơ quan, trường học và lực lượng vũ trang) với 412 đảng viên. Đến ngày 30/6/2025, Đảng bộ có {d.sum_('{} chi bộ trực thuộc', 15, [9, 3, 1, 1, 1], part_lz=True)} (gồm 09 chi bộ ấp, 03 chi bộ trường học, 01 chi bộ Trạm Y tế, 01 chi bộ Công an xã, 01 chi bộ Quân sự xã) với {d.subset('{} đảng viên', 468, [('nữ', 163), ('dân tộc thiểu số', 31), ('dự bị', 22)])}, trong đó nữ 163, dân tộc thiểu số 31, đảng viên dự bị 22; so với đầu nhiệm kỳ, {d.diff('{w} {n} đồng chí', 468, 412)}.")
    P("Thuận lợi: Đảng bộ luôn nhận được sự quan tâm lãnh đạo, chỉ đạo sâu sát của Ban Thường vụ Huyện ủy, sự phối hợp, giúp đỡ của các ban, ngành huyện; nội bộ Đảng bộ đoàn kết, thống nhất; Nhân dân tin tưởng vào sự lãnh đạo của Đảng, tích cực hưởng ứng các phong trào thi đua yêu nước.",
      "Khó khăn: Dịch bệnh Covid-19 trong hai năm đầu nhiệm kỳ, tình hình hạn hán, xâm nhập mặn, giá cả vật tư nông nghiệp tăng cao đã ảnh hưởng đến sản xuất và đời sống Nhân dân; một bộ phận lao động trẻ đi làm ăn xa, nguồn tạo phát triển đảng viên ở các ấp gặp khó khăn.",
      "II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CHÍNH TRỊ",
      "1. Về phát triển kinh tế")
    A(f"Nghị quyết Đại hội đề ra {d.sum_('{} chỉ tiêu chủ yếu', 18, [15, 3], part_lz=True)}; đến nay có 15 chỉ tiêu đạt và vượt, {d.share(15, 18)}, 03 chỉ tiêu chưa đạt (tổng thu ngân sách trên địa bàn, tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ và tỷ lệ hộ sử dụng nước sạch theo quy chuẩn).")
    A(f"Tổng giá trị sản xuất năm 2025 ước đạt 1.186 tỷ đồng, {d.ratio('bằng {}%', 1186, 777)} so với năm 2020 (777 tỷ đồng); thu nhập bình quân đầu người năm 2024 đạt 68,5 triệu đồng/người/năm, {d.diff('{w} {n} triệu đồng', D('68.5'), D('47.2'))} so với năm 2020 (47,2 triệu đồng). Sản xuất nông nghiệp chuyển dịch theo hướng ứng dụng công nghệ cao, hình thành 03 vùng chuyên canh cây ăn trái với gần 620 ha; toàn xã có 04 hợp tác xã và 11 tổ hợp tác hoạt động có hiệu quả.")
    P("2. Về xây dựng nông thôn mới")
    A(f"Xã được công nhận đạt chuẩn nông thôn mới nâng cao vào năm 2023, đạt 19/19 tiêu chí; {d.frac('{} ấp', 9, 9, 9, lz=True, what='the commune has 09 ấp')} được công nhận ấp văn hóa. Tổng vốn huy động xây dựng nông thôn mới trong nhiệm kỳ là {d.sum_('{} triệu đồng', 86435, [52180, 27955, 6500], expect='inconsistent', what='digit: 86.435 typed for 86.635')} (ngân sách nhà nước 52.180 triệu đồng, Nhân dân đóng góp 27.955 triệu đồng, doanh nghiệp, nhà hảo tâm hỗ trợ 6.500 triệu đồng); Nhân dân hiến trên 14.000 m² đất để mở rộng đường giao thông nông thôn.")
    A(f"Tỷ lệ hộ nghèo giảm từ 3,12% (năm 2020) xuống còn 0,85% (cuối năm 2024), {d.points('{w} {n} điểm %', '0.85', '3.12')}; tỷ lệ hộ cận nghèo từ 4,06% xuống còn 1,93%, {d.points('{w} {n} điểm %', '1.93', '4.06', written='2.31', expect='inconsistent', what='digits transposed')}. Tỷ lệ người dân tham gia bảo hiểm y tế đạt trên 95%.")
    P("3. Về văn hóa - xã hội")
    A(f"Công tác giáo dục có nhiều chuyển biến; trên địa bàn có 05 trường học, trong đó {d.frac('{} trường', 4, 5, 5, lz=True, what='05 trường stated in the same sentence')} đạt chuẩn quốc gia, {d.share(4, 5, dp=0)}. Phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” được duy trì; công tác chăm sóc sức khỏe Nhân dân, đền ơn đáp nghĩa, an sinh xã hội được thực hiện kịp thời, đúng đối tượng.")
    P("4. Về quốc phòng - an ninh")
    A(f"Công tác tuyển chọn và gọi công dân nhập ngũ đạt 100% chỉ tiêu hằng năm, {d.sum_('tổng cộng {} thanh niên', 76, [14, 15, 15, 16, 16])} lên đường nhập ngũ (năm 2021: 14, năm 2022: 15, năm 2023: 15, năm 2024: 16, năm 2025: 16). Tình hình an ninh chính trị, trật tự an toàn xã hội được giữ vững; không để xảy ra điểm nóng, khiếu kiện đông người.")
    P("III. CÔNG TÁC XÂY DỰNG ĐẢNG VÀ HỆ THỐNG CHÍNH TRỊ",
      "1. Công tác chính trị, tư tưởng")
    d.add(f"Đảng ủy đã tổ chức 46 hội nghị học tập, quán triệt, triển khai các chỉ thị, nghị quyết của Đảng với hơn 5.100 lượt cán bộ, đảng viên tham dự; đợt học tập các nghị quyết năm 2025 có {d.frac('{} đảng viên', 455, 468, 468, what='468 members at 30/6/2025')} tham gia, {d.share(455, 468, tpl='đạt {}%', dp=1)}[")
    P("]. Nội dung học tập được gắn với việc xây dựng chương trình hành động, kế hoạch thực hiện sát với tình hình địa phương; việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh được đưa vào nội dung sinh hoạt chi bộ hằng tháng.",
      "Công tác nắm bắt tư tưởng cán bộ, đảng viên và Nhân dân được duy trì thường xuyên; đội ngũ báo cáo viên, tuyên truyền viên cơ sở được kiện toàn, kịp thời định hướng dư luận trước những vấn đề phức tạp phát sinh.",
      "2. Công tác xây dựng tổ chức cơ sở đảng và đội ngũ đảng viên")
    A(f"Đảng ủy thường xuyên kiện toàn tổ chức, nâng cao chất lượng sinh hoạt chi bộ; Đảng bộ xã 05 năm liền hoàn thành tốt nhiệm vụ (trong đó năm 2022, năm 2023 hoàn thành xuất sắc nhiệm vụ). Năm 2024, {d.sum_('có {} chi bộ được đánh giá', 15, [4, 10, 1], part_lz=True, what='exhaustive rating levels')}, xếp loại, trong đó 04 chi bộ hoàn thành xuất sắc nhiệm vụ, {d.share(4, 15)}; 10 chi bộ hoàn thành tốt nhiệm vụ, {d.share(10, 15, mode='trunc', expect='rounding')}; 01 chi bộ hoàn thành nhiệm vụ, {d.share(1, 15)}; không có chi bộ không hoàn thành nhiệm vụ.")
    A(f"- Công tác phát triển đảng viên: tính đến ngày 31/12/2024, nhiệm kỳ 2020 - 2025 Đảng bộ {d.sum_('kết nạp {} đảng viên', 71, [11, 13, 16, 17, 14])} (năm 2020: 11, năm 2021: 13, năm 2022: 16, năm 2023: 17, năm 2024: 14), {d.share(71, 60, tpl='đạt {}%')} chỉ tiêu Nghị quyết (60 đảng viên), {d.diff('{w} {n} đảng viên', 71, 53)} {d.term('so với nhiệm kỳ {}', 2020, 2015)} (53 đảng viên). {d.subset('Trong số {} đảng viên mới kết nạp', 71, [('nữ', 29), ('đoàn viên thanh niên', 48), ('dân tộc thiểu số', 6)])} có nữ 29, đoàn viên thanh niên 48, người dân tộc thiểu số 06. Riêng năm 2024 {d.repeat('kết nạp {} đảng viên', 14, 14, 'series năm 2024: 14, same sentence group')}, {d.diff('{w} {n} đảng viên', 14, 17)} so với năm 2023 do nguồn quần chúng ưu tú ở các ấp giảm.")
    d.add(f"- Công tác đánh giá, xếp loại đảng viên được thực hiện nghiêm túc theo Quy định số 124-QĐ/TW ngày 10/10/2023 của Bộ Chính trị; năm 2024 có 438 đảng viên được đánh giá, xếp loại[")
    P("]. Qua đánh giá, các chi bộ đã chỉ ra những hạn chế, khuyết điểm của từng đảng viên và đề ra biện pháp khắc phục; không có trường hợp đảng viên vi phạm tư cách phải đưa ra khỏi Đảng.")
    A(f"- Trong nhiệm kỳ, Đảng ủy đề nghị cấp trên trao tặng {d.sum_('{} Huy hiệu Đảng', 58, [31, 15, 7, 3, 1, 1])} cho đảng viên đủ tiêu chuẩn (Huy hiệu 30 năm: 31, 40 năm: 15, 45 năm: 7, 50 năm: 3, 55 năm: 1, 60 năm: 1); công tác quản lý hồ sơ đảng viên, chuyển sinh hoạt đảng thực hiện đúng quy định.")
    P("3. Công tác cán bộ")
    A(f"Ban Chấp hành Đảng bộ xã khóa XIV (nhiệm kỳ 2020 - 2025) có 15 đồng chí, trong đó nữ 03 đồng chí, {d.share(3, 15, dp=0)}; trẻ dưới 40 tuổi 04 đồng chí, {d.share(4, 15)}; Ban Thường vụ có 05 đồng chí. Khi có biến động về nhân sự, Ban Thường vụ Huyện ủy đã kịp thời chỉ định bổ sung, bảo đảm đủ số lượng theo đề án.")
    A(f"Công tác quy hoạch cán bộ được thực hiện theo phương châm “động” và “mở”; quy hoạch Ban Chấp hành nhiệm kỳ 2025 - 2030 là 28 đồng chí, {d.ratio('gấp {} lần', 28, 15, mode='times')} số lượng Ban Chấp hành đương nhiệm; quy hoạch Ban Thường vụ ... đồng chí, các chức danh chủ chốt ... đồng chí (Ban Tổ chức Huyện ủy đang thẩm định).")
    P("4. Công tác kiểm tra, giám sát và thi hành kỷ luật đảng")
    A(f"Trong nhiệm kỳ, Đảng ủy và Ủy ban Kiểm tra Đảng ủy đã kiểm tra 38 lượt tổ chức đảng và 64 lượt đảng viên; giám sát 29 lượt tổ chức đảng và 57 lượt đảng viên. Thi hành kỷ luật {d.sum_('{} đảng viên', 7, [4, 2, 1], lz=True)} (khiển trách 04, cảnh cáo 02, khai trừ 01); xóa tên 05 đảng viên bỏ sinh hoạt đảng đi làm ăn xa; cho ra khỏi Đảng 02 đảng viên.")
    P("5. Công tác dân vận, hoạt động của Mặt trận Tổ quốc và các đoàn thể")
    A(f"Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội thường xuyên đổi mới nội dung, phương thức hoạt động, hướng mạnh về cơ sở; tổng số đoàn viên, hội viên là 3.956 người, {d.amb('chiếm 78,6%', '78,6%', 'share', 'base (số người trong độ tuổi tập hợp) is named but never given: 3.956 / ? cannot be checked')} so với số người trong độ tuổi tập hợp. Phong trào thi đua “Dân vận khéo” được triển khai rộng khắp với 23 mô hình được công nhận.")
    P("IV. ĐÁNH GIÁ CHUNG",
      "1. Ưu điểm")
    A(f"Ban Chấp hành Đảng bộ đã lãnh đạo thực hiện đạt và vượt {d.frac('{} chỉ tiêu', 15, 18, 18, what='18 chỉ tiêu of the resolution')} chủ yếu của Nghị quyết Đại hội; kinh tế tăng trưởng khá, đời sống vật chất, tinh thần của Nhân dân được nâng lên; quốc phòng - an ninh được giữ vững; công tác xây dựng Đảng và hệ thống chính trị có nhiều chuyển biến tích cực.")
    P("Nguyên nhân của ưu điểm: Sự đoàn kết, thống nhất của Ban Chấp hành Đảng bộ; sự chủ động, sáng tạo của các chi bộ trong tổ chức thực hiện; sự đồng thuận, ủng hộ của Nhân dân và sự quan tâm lãnh đạo, chỉ đạo của Huyện ủy.",
      "2. Hạn chế, khuyết điểm")
    A(f"Một số chỉ tiêu chưa đạt; chuyển dịch cơ cấu lao động còn chậm. Chất lượng sinh hoạt ở một số chi bộ ấp chưa cao, nội dung còn dàn trải; công tác quản lý đảng viên đi làm ăn xa còn khó khăn; trong nhiệm kỳ vẫn còn {d.repeat('{} đảng viên', 7, 8, 'thi hành kỷ luật 07 đảng viên, section III.4', lz=True, expect='inconsistent')} bị xử lý kỷ luật, trong đó có cấp ủy viên chi bộ.")
    P("Nguyên nhân của hạn chế: Năng lực tham mưu của một số cán bộ chưa đáp ứng yêu cầu; một số cấp ủy chi bộ chưa sâu sát, thiếu kiểm tra, đôn đốc; điều kiện kinh tế của một bộ phận Nhân dân còn khó khăn.",
      "3. Bài học kinh nghiệm",
      "- Phải thường xuyên giữ vững đoàn kết nội bộ, phát huy dân chủ, thực hiện nghiêm nguyên tắc tập trung dân chủ trong lãnh đạo, chỉ đạo.",
      "- Cấp ủy, người đứng đầu phải gương mẫu, sâu sát cơ sở, lắng nghe ý kiến Nhân dân, kịp thời tháo gỡ khó khăn, vướng mắc.",
      "- Coi trọng công tác kiểm tra, giám sát; kịp thời biểu dương nhân tố mới, chấn chỉnh những biểu hiện sai phạm.",
      "Phần thứ hai",
      "PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ NHIỆM KỲ 2025 - 2030",
      "I. MỤC TIÊU TỔNG QUÁT",
      "Xây dựng Đảng bộ và hệ thống chính trị trong sạch, vững mạnh; phát huy sức mạnh đại đoàn kết toàn dân; khai thác hiệu quả tiềm năng, lợi thế; phát triển kinh tế nhanh và bền vững; giữ vững quốc phòng - an ninh; xây dựng xã Phước Lập đạt chuẩn nông thôn mới kiểu mẫu.",
      "II. CÁC CHỈ TIÊU CHỦ YẾU",
      "- Thu nhập bình quân đầu người đến năm 2030 đạt từ 95 triệu đồng/người/năm trở lên; tỷ lệ hộ nghèo theo chuẩn mới dưới 0,5%.",
      "- Hằng năm có từ 90% chi bộ trở lên hoàn thành tốt nhiệm vụ; kết nạp từ 75 đảng viên trở lên trong nhiệm kỳ; Đảng bộ hằng năm hoàn thành tốt nhiệm vụ trở lên.",
      "- Tỷ lệ đoàn viên, hội viên so với số người trong độ tuổi tập hợp đạt trên 80%.",
      "III. NHÂN SỰ BAN CHẤP HÀNH NHIỆM KỲ 2025 - 2030")
    A(f"Nhân sự Ban Chấp hành Đảng bộ xã khóa XV dự kiến 17 đồng chí, {d.diff('{w} {n} đồng chí', 17, 15, what='against the 15 members of 2020 - 2025')} {d.term('so với nhiệm kỳ {}', 2025, 2015, expect='inconsistent', what='the 15 members are those of 2020 - 2025')}; trong đó tái cử 10 đồng chí, {d.share(10, 17)}; tham gia lần đầu 07 đồng chí, {d.share(7, 17)}.")
    A(f"Về trình độ, 100% đồng chí có trình độ chuyên môn đại học trở lên; cao cấp, cử nhân lý luận chính trị 05 đồng chí, {d.share(5, 17)}; trung cấp lý luận chính trị 12 đồng chí, {d.share(12, 17)}. Đồng chí Bí thư Đảng ủy tiếp tục tái cử, bảo đảm tính kế thừa, ổn định và phát triển.")
    P("IV. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU",
      "1. Tập trung xây dựng Đảng bộ trong sạch, vững mạnh về chính trị, tư tưởng, đạo đức, tổ chức và cán bộ; nâng cao chất lượng sinh hoạt chi bộ, chú trọng sinh hoạt chuyên đề.",
      "2. Đẩy mạnh chuyển đổi cơ cấu cây trồng, vật nuôi; phát triển kinh tế tập thể, hợp tác xã; thu hút đầu tư vào thương mại - dịch vụ.",
      "3. Nâng cao chất lượng giáo dục, y tế; thực hiện tốt các chính sách an sinh xã hội; giữ gìn bản sắc văn hóa của đồng bào Khmer.",
      "4. Củng cố quốc phòng, giữ vững an ninh chính trị, trật tự an toàn xã hội; xây dựng lực lượng dân quân vững mạnh, rộng khắp.",
      "Trên đây là báo cáo tổng kết nhiệm kỳ 2020 - 2025 của Ban Chấp hành Đảng bộ xã khóa XIV./.",
      "\tNơi nhận:",
      "- Ban Thường vụ Huyện ủy,",
      "- Ban Tổ chức Huyện ủy,",
      "- Các đồng chí Đảng ủy viên,",
      "- Các chi bộ trực thuộc,",
      "- Lưu VP.",
      "\tT/M ĐẢNG ỦY",
      "BÍ THƯ",
      "",
      "",
      "")
    A(f"{FOOT} Học tập, quán triệt Nghị quyết Hội nghị lần thứ mười một Ban Chấp hành Trung ương Đảng khóa XIII và các văn bản của Huyện ủy; {d.frac('{} đảng viên', 13, 468, 468, lz=True, what='468 members')} vắng do đi làm ăn xa, ốm đau đã được tổ chức học bù.")
    P("", "")
    A(f"{FOOT} Kết quả năm 2024: {d.sum_('{} đảng viên', 438, [69, 334, 33, 2], part_lz=True, what='disjoint levels')} được đánh giá, xếp loại (miễn đánh giá 19 đồng chí), trong đó hoàn thành xuất sắc nhiệm vụ 69 đồng chí, {d.share(69, 438)}; hoàn thành tốt nhiệm vụ 334 đồng chí, {d.share(334, 438, mode='trunc', expect='rounding')}; hoàn thành nhiệm vụ 33 đồng chí, {d.share(33, 438)}; không hoàn thành nhiệm vụ 02 đồng chí, {d.share(2, 438)}.")
    P("")
    return d


# ============================================================================
# h3-02: district annual report on party building, 2024
# ============================================================================
def draft2():
    d = Draft("h3-02", "bao-cao-xay-dung-dang-huyen-2024")
    A, P = d.add, d.plain
    P("\tHUYỆN ỦY THẠNH AN",
      "*",
      "Số      -BC/HU",
      "\tĐẢNG CỘNG SẢN VIỆT NAM",
      "",
      "Thạnh An, ngày     tháng 12 năm 2024",
      "",
      "BÁO CÁO",
      "kết quả công tác xây dựng Đảng năm 2024,",
      "phương hướng, nhiệm vụ năm 2025",
      "-----",
      "Thực hiện Công văn số 1284-CV/BTCTU ngày 25/11/2024 của Ban Tổ chức Tỉnh ủy về việc báo cáo kết quả công tác xây dựng Đảng năm 2024, Ban Thường vụ Huyện ủy báo cáo như sau:",
      "I. KẾT QUẢ CÔNG TÁC XÂY DỰNG ĐẢNG NĂM 2024",
      "1. Công tác chính trị, tư tưởng",
      "Ban Thường vụ Huyện ủy đã lãnh đạo, chỉ đạo tổ chức 03 hội nghị cấp huyện học tập, quán triệt các nghị quyết, chỉ thị của Trung ương, của Tỉnh ủy cho cán bộ chủ chốt với 1.187 lượt đại biểu tham dự; các tổ chức cơ sở đảng tổ chức học tập cho đảng viên bảo đảm thời gian, chất lượng, tỷ lệ đảng viên tham gia đạt gần 96%.",
      "Việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh gắn với Chuyên đề năm 2024 được triển khai sâu rộng; công tác nắm bắt tình hình tư tưởng, dư luận xã hội được duy trì hằng tháng; công tác đấu tranh phản bác các quan điểm sai trái, thù địch trên không gian mạng được tăng cường.",
      "Ban Tuyên giáo Huyện ủy duy trì giao ban báo cáo viên hằng tháng; đội ngũ cộng tác viên dư luận xã hội ở cơ sở được kiện toàn, phản ánh kịp thời tâm trạng, tư tưởng của cán bộ, đảng viên và Nhân dân trước các vấn đề được quan tâm như sắp xếp đơn vị hành chính, điều chỉnh giá đất, thu hồi đất thực hiện dự án.",
      "2. Công tác tổ chức xây dựng Đảng",
      "a) Về tổ chức cơ sở đảng")
    A(f"Đầu năm 2024, Đảng bộ huyện có {d.sum_('{} tổ chức cơ sở đảng', 48, [19, 29])} (gồm 19 đảng bộ cơ sở, 29 chi bộ cơ sở). Thực hiện Quyết định số 1125-QĐ/HU ngày 12/3/2024 của Ban Thường vụ Huyện ủy, hợp nhất 06 chi bộ cơ sở trường học thành 03 chi bộ cơ sở; đến ngày 31/12/2024, Đảng bộ huyện có {d.sum_('{} tổ chức cơ sở đảng (gồm', 45, [19, 26])} 19 đảng bộ cơ sở, 26 chi bộ cơ sở), {d.diff('{w} {n} tổ chức', 45, 48)} so với đầu năm, với 296 chi bộ trực thuộc đảng ủy cơ sở.")
    P("Các cấp ủy tiếp tục thực hiện Nghị quyết số 21-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương về tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng viên trong giai đoạn mới; chất lượng sinh hoạt chi bộ được nâng lên, nội dung sinh hoạt chuyên đề gắn với nhiệm vụ chính trị của từng loại hình chi bộ.",
      "b) Về đội ngũ đảng viên")
    A(f"Tổng số đảng viên toàn Đảng bộ đến ngày 31/12/2024 là {d.sum_('{} đồng chí', 6127, [3977, 1538, 612], what='khối breakdown in the next sentence')}, {d.diff('{w} {n} đồng chí', 6127, 5984)} (năm 2023: 5.984). Phân theo khối: đảng viên khối xã, thị trấn 3.977 đồng chí, {d.share(3977, 6127)}; đảng viên khối cơ quan 1.538 đồng chí, {d.share(1538, 6127)}; đảng viên khối doanh nghiệp 612 người, {d.share(612, 6127)}, {d.diff('{w} {n} người', 612, 575, written=47, expect='inconsistent')} so với năm 2023 (575).")
    A(f"Trong năm, toàn Đảng bộ {d.subset('kết nạp {} đảng viên', 203, [('nữ', 96), ('đoàn viên', 151), ('dân tộc thiểu số', 9), ('có đạo', 7)])}, {d.share(203, 200, tpl='đạt {}%', dp=1)} chỉ tiêu Nghị quyết (200 đảng viên), {d.diff('{w} {n} đảng viên', 203, 188)} so với năm 2023 (188); trong đó nữ 96, đoàn viên 151, người dân tộc thiểu số 09, người có đạo 07; khối doanh nghiệp kết nạp 21 đảng viên, khối cơ quan kết nạp 34 đảng viên. Số đảng viên mới kết nạp năm 2024 {d.ratio('bằng {}%', 203, 188)} so với năm 2023.")
    A(f"Ba năm gần đây, Đảng bộ {d.sum_('kết nạp tổng cộng {} đảng viên', 567, [176, 188, 203])} (năm 2022: 176, {d.repeat('năm 2023: {}', 188, 188, 'so với năm 2023 (188), previous paragraph')}, {d.repeat('năm 2024: {}', 203, 203, 'kết nạp 203 đảng viên, previous paragraph')}); tính chung 4 năm của nhiệm kỳ 2020 - 2025 kết nạp 912 đảng viên, {d.diff('{w} {n} đảng viên', 912, 874)} {d.term('so với cùng kỳ nhiệm kỳ {}', 2020, 2015)} (874 đảng viên).")
    A(f"Xét công nhận đảng viên chính thức cho 179 đồng chí, {d.share(179, 181, tpl='đạt {}%')} số đảng viên dự bị đến hạn (181 đồng chí); 02 đồng chí chưa đủ điều kiện đã được chi bộ đề nghị kéo dài thời gian xem xét theo quy định.")
    A(f"Số đảng viên giảm trong năm là {d.sum_('{} đồng chí (gồm', 60, [38, 11, 4, 3, 4], part_lz=True)} từ trần 38, xóa tên 11, cho ra khỏi Đảng 04, khai trừ 03, chuyển sinh hoạt đảng chính thức ra ngoài huyện 04). Phát thẻ đảng viên cho 186 đồng chí; {d.repeat('khối doanh nghiệp kết nạp {} đảng viên', 21, 21, 'khối doanh nghiệp kết nạp 21 đảng viên, previous paragraph')} là khá so với các năm trước.")
    A(f"Trao tặng Huy hiệu Đảng các đợt 03/02, 19/5, 02/9 và 07/11/2024 cho {d.sum_('{} đảng viên', 347, [168, 97, 41, 26, 9, 5, 3], part_lz=True, expect='inconsistent', what='the badge classes add to 349')} (Huy hiệu 30 năm: 168, 40 năm: 97, 45 năm: 41, 50 năm: 26, 55 năm: 09, 60 năm: 05, 65 năm: 03).")
    P("c) Về đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên")
    A(f"Thực hiện Hướng dẫn số 25-HD/BTCTW ngày 15/11/2023 của Ban Tổ chức Trung ương, đến thời điểm đánh giá (30/11/2024) toàn Đảng bộ có {d.sum_('{} đảng viên', 6098, [286, 5812], what='miễn + được đánh giá')}, trong đó miễn đánh giá 286 đồng chí, được đánh giá, xếp loại 5.812 đồng chí.")
    A(f"Kết quả xếp loại {d.sum_('{} đảng viên:', 5812, [5326, 452, 34], what='xuất sắc is counted inside tốt trở lên')} hoàn thành tốt nhiệm vụ trở lên 5.326 đồng chí, {d.share(5326, 5812)}, trong đó hoàn thành xuất sắc nhiệm vụ 871 đồng chí, {d.share(871, 5812, mode='trunc', expect='rounding')}; hoàn thành nhiệm vụ 452 đồng chí, {d.share(452, 5812)}; không hoàn thành nhiệm vụ 34 đồng chí, {d.share(34, 5812)}. Tỷ lệ hoàn thành tốt nhiệm vụ trở lên {d.points('{w} {n} điểm %', '91.64', '90.37')} so với năm 2023 (90,37%); số đảng viên hoàn thành xuất sắc nhiệm vụ {d.share(871, 5326, tpl='bằng {}%', base_note='5.326 hoàn thành tốt nhiệm vụ trở lên, as the sentence says')} số đảng viên hoàn thành tốt nhiệm vụ trở lên, bảo đảm tỷ lệ theo quy định.")
    A(f"Đối với tổ chức cơ sở đảng: có {d.frac('{} tổ chức cơ sở đảng', 45, 45, 45, what='45 at 31/12/2024')} tiến hành kiểm điểm, đánh giá, {d.share(45, 45, tpl='đạt {}%', dp=0)}. {d.sum_('Kết quả xếp loại {} tổ chức cơ sở đảng', 45, [9, 31, 4, 1], part_lz=True)}: hoàn thành xuất sắc nhiệm vụ 09, {d.share(9, 45, dp=0)}; hoàn thành tốt nhiệm vụ 31, {d.share(31, 45)}; hoàn thành nhiệm vụ 04, {d.share(4, 45, mode='trunc', expect='rounding')}; không hoàn thành nhiệm vụ 01, {d.share(1, 45)}.")
    P("d) Về công tác cán bộ, đào tạo, bồi dưỡng")
    A(f"Theo Quyết định số 125-QĐ/HU ngày 12/3/2024 của Ban Thường vụ Huyện ủy, {d.subset('{} đồng chí', 46, [('nữ', 19), ('cán bộ cấp xã', 31)])} được cử đi học lớp trung cấp lý luận chính trị - hành chính hệ không tập trung, trong đó nữ 19, cán bộ cấp xã 31; cử 14 đồng chí học cao cấp lý luận chính trị, {d.diff('{w} {n} đồng chí', 14, 8)} so với năm 2023 (08 đồng chí). Phối hợp với Trường Chính trị tỉnh mở 02 lớp trung cấp lý luận chính trị - hành chính với {d.sum_('{} học viên', 118, [61, 57])} (lớp thứ nhất 61, lớp thứ hai 57).")
    P("Công tác quy hoạch cán bộ nhiệm kỳ 2025 - 2030 được triển khai đúng quy trình; việc điều động, bổ nhiệm, giới thiệu cán bộ ứng cử bảo đảm dân chủ, khách quan. Đã điều động, bổ nhiệm ... đồng chí, bổ nhiệm lại ... đồng chí (số liệu Ban Tổ chức Huyện ủy đang tổng hợp).",
      "Công tác bảo vệ chính trị nội bộ được thực hiện đúng quy định; thẩm tra, xác minh lý lịch phục vụ công tác cán bộ và phát triển đảng viên kịp thời; không phát hiện trường hợp có vấn đề chính trị hiện nay.",
      "đ) Công tác kiểm tra, giám sát, kỷ luật đảng")
    A(f"Cấp ủy, ủy ban kiểm tra các cấp kiểm tra 96 tổ chức đảng và 342 đảng viên; giám sát chuyên đề 73 tổ chức đảng và 218 đảng viên. Thi hành kỷ luật {d.sum_('{} đảng viên', 27, [16, 8, 1, 3], part_lz=True, expect='inconsistent', what='the four forms add to 28')} (khiển trách 16, cảnh cáo 08, cách chức 01, {d.repeat('khai trừ {}', 3, 3, 'khai trừ 03 among the members lost in the year', lz=True)}), {d.diff('{w} {n} đảng viên', 27, 32)} so với năm 2023 (32 đảng viên).")
    P("Ủy ban Kiểm tra Huyện ủy đã giải quyết dứt điểm các đơn tố cáo thuộc thẩm quyền; công tác kiểm tra tài chính đảng và kê khai tài sản, thu nhập được thực hiện theo kế hoạch; kết luận kiểm tra được thông báo công khai đến chi bộ nơi đảng viên sinh hoạt.",
      "3. Công tác dân vận")
    A(f"Các cấp ủy tiếp tục thực hiện tốt Quy chế dân chủ ở cơ sở; phong trào thi đua “Dân vận khéo” có 142 mô hình được công nhận. Có 37 chi bộ ấp thực hiện mô hình bí thư chi bộ đồng thời là trưởng ấp, {d.amb('chiếm 62,71%', '62,71%', 'share', 'the number of ấp is never stated: 37 / ? cannot be checked')} tổng số ấp, khu phố trên địa bàn huyện.")
    P("II. ĐÁNH GIÁ CHUNG",
      "1. Ưu điểm")
    A(f"Công tác xây dựng Đảng năm 2024 đạt nhiều kết quả quan trọng: tổ chức bộ máy được sắp xếp tinh gọn; toàn Đảng bộ {d.repeat('kết nạp {} đảng viên mới', 203, 230, 'kết nạp 203 đảng viên, section I.2.b', expect='inconsistent')}, vượt chỉ tiêu Nghị quyết; chất lượng sinh hoạt chi bộ được nâng lên; công tác kiểm tra, giám sát được tăng cường, góp phần giữ nghiêm kỷ luật, kỷ cương trong Đảng.")
    P("2. Hạn chế")
    A(f"Chất lượng sinh hoạt chi bộ ở một số nơi chưa cao; công tác quản lý đảng viên đi làm ăn xa còn lúng túng; vẫn còn {d.repeat('{} đảng viên không hoàn thành nhiệm vụ', 34, 34, 'không hoàn thành nhiệm vụ 34 đồng chí, section I.2.c')}, tập trung ở khối xã, thị trấn; việc phát triển tổ chức đảng trong doanh nghiệp ngoài khu vực nhà nước còn chậm.")
    P("Việc sắp xếp, hợp nhất chi bộ cơ sở trường học tuy bảo đảm đúng chủ trương nhưng ở một số nơi còn lúng túng trong phân công cấp ủy viên phụ trách điểm trường; sinh hoạt chuyên đề ở các chi bộ doanh nghiệp chưa đều.",
      "Nguyên nhân: Một số cấp ủy chưa quan tâm đúng mức đến công tác xây dựng Đảng; năng lực tham mưu của một bộ phận cán bộ làm công tác đảng ở cơ sở còn hạn chế; việc kiểm tra, đôn đốc có lúc chưa thường xuyên.",
      "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025",
      "1. Lãnh đạo tổ chức thành công đại hội đảng bộ các cấp tiến tới Đại hội đại biểu Đảng bộ huyện lần thứ XIII, nhiệm kỳ 2025 - 2030; hoàn thành đại hội cấp cơ sở trước ngày .../.../2025.",
      "2. Phấn đấu kết nạp từ 210 đảng viên trở lên; tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên đạt trên 90%; không có tổ chức cơ sở đảng không hoàn thành nhiệm vụ.",
      "3. Tiếp tục sắp xếp tổ chức bộ máy theo Kết luận của Trung ương; thực hiện tốt công tác quy hoạch, đào tạo, bồi dưỡng cán bộ gắn với chuẩn bị nhân sự đại hội.",
      "4. Thực hiện có hiệu quả Chương trình kiểm tra, giám sát năm 2025 (Kế hoạch số ...-KH/HU ngày .../01/2025); xử lý kịp thời, nghiêm minh tổ chức đảng, đảng viên vi phạm.",
      "IV. ĐỀ XUẤT, KIẾN NGHỊ",
      "Đề nghị Ban Tổ chức Tỉnh ủy sớm hướng dẫn việc kiện toàn tổ chức đảng trong các đơn vị sự nghiệp sau sắp xếp; mở thêm lớp bồi dưỡng nghiệp vụ công tác đảng cho bí thư chi bộ mới được bầu.",
      "Trên đây là báo cáo kết quả công tác xây dựng Đảng năm 2024, phương hướng, nhiệm vụ năm 2025 của Ban Thường vụ Huyện ủy./.",
      "\tNơi nhận:",
      "- Ban Tổ chức Tỉnh ủy,",
      "- Các đồng chí Ủy viên Ban Thường vụ Huyện ủy,",
      "- Các tổ chức cơ sở đảng,",
      "- Lưu VPHU.",
      "\tT/M BAN THƯỜNG VỤ",
      "PHÓ BÍ THƯ THƯỜNG TRỰC",
      "",
      "",
      "Nguyễn Văn ...",
      "")
    return d


# ============================================================================
# h3-03: quality ratings of party organisations and members, 2020 - 2024
# ============================================================================
def draft3():
    d = Draft("h3-03", "bao-cao-xep-loai-dang-vien-2020-2024")
    A, P = d.add, d.plain
    P("\tTHỊ ỦY AN HÒA",
      "*",
      "Số      -BC/TU",
      "\tĐẢNG CỘNG SẢN VIỆT NAM",
      "",
      "An Hòa, ngày     tháng 3 năm 2025",
      "",
      "BÁO CÁO",
      "kết quả kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên",
      "giai đoạn 2020 - 2024",
      "-----",
      "Thực hiện Công văn số 412-CV/BTCTU ngày 17/02/2025 của Ban Tổ chức Tỉnh ủy, Ban Thường vụ Thị ủy báo cáo kết quả kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên từ năm 2020 đến năm 2024 như sau:",
      "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO",
      "Hằng năm, Ban Thường vụ Thị ủy ban hành kế hoạch, hướng dẫn kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên và tập thể, cá nhân cán bộ lãnh đạo, quản lý theo Quy định số 132-QĐ/TW ngày 08/3/2018 và từ năm 2023 theo Quy định số 124-QĐ/TW ngày 10/10/2023 của Bộ Chính trị, Hướng dẫn số 25-HD/BTCTW ngày 15/11/2023 của Ban Tổ chức Trung ương.",
      "Việc kiểm điểm được gắn với kết quả thực hiện nhiệm vụ chính trị, kết quả khắc phục hạn chế, khuyết điểm đã được chỉ ra; tiêu chí đánh giá được lượng hóa bằng sản phẩm cụ thể; Ban Thường vụ Thị ủy phân công các đồng chí Thị ủy viên dự, chỉ đạo kiểm điểm ở các tổ chức cơ sở đảng.",
      "Ban Thường vụ Thị ủy thành lập các tổ công tác do Ủy viên Ban Thường vụ làm tổ trưởng để theo dõi, hướng dẫn kiểm điểm ở các đảng bộ cơ sở trọng điểm; Ban Tổ chức Thị ủy tổ chức tập huấn nghiệp vụ cho bí thư, phó bí thư các chi, đảng bộ cơ sở trước mỗi đợt kiểm điểm.",
      "Số tổ chức cơ sở đảng năm 2020, 2021 là 41; từ năm 2022 là 39 do hợp nhất 02 đảng bộ cơ sở; năm 2024 là 38 sau khi giải thể Chi bộ Công ty Cổ phần Cấp nước An Hòa.",
      "II. KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI",
      "1. Đối với tổ chức cơ sở đảng")
    A(f"Năm 2020, {d.sum_('có {} tổ chức cơ sở đảng được đánh giá', 41, [6, 30, 4, 1], part_lz=True)}: hoàn thành xuất sắc nhiệm vụ 06, {d.share(6, 41)}; hoàn thành tốt nhiệm vụ 30, {d.share(30, 41)}; hoàn thành nhiệm vụ 04, {d.share(4, 41)}; không hoàn thành nhiệm vụ 01, {d.share(1, 41)}.")
    A(f"Số tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên qua các năm: năm 2021: {d.frac('{}', 37, 41, 41, what='41 TCCSĐ in 2021')}, năm 2022: {d.frac('{}', 35, 39, 39, what='39 TCCSĐ from 2022')}, năm 2023: {d.frac('{}', 35, 38, 39, expect='inconsistent', what='2023 still had 39 TCCSĐ; 38 only from 2024')}.")
    A(f"Năm 2024, {d.frac('{} tổ chức cơ sở đảng', 38, 38, 38, what='38 TCCSĐ in 2024')} được đánh giá. {d.sum_('Kết quả xếp loại {} tổ chức cơ sở đảng', 38, [7, 27, 3, 1], part_lz=True)}: hoàn thành xuất sắc nhiệm vụ 07, {d.share(7, 38)}; hoàn thành tốt nhiệm vụ 27, {d.share(27, 38)}; hoàn thành nhiệm vụ 03, {d.share(3, 38)}; không hoàn thành nhiệm vụ 01, {d.share(1, 38)}.")
    A(f"Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên năm 2024 {d.share(34, 38, tpl='đạt {}%', base_note='07 + 27 of 38')}, {d.points('{w} {n} điểm %', '89.47', '87.80')} so với năm 2020 ({d.share(36, 41, tpl='{}%', base_note='06 + 30 of 41 in 2020')}).")
    A(f"Đối với {d.sum_('{} chi bộ trực thuộc', 214, [38, 151, 22, 3], part_lz=True)} đảng ủy cơ sở năm 2024: hoàn thành xuất sắc nhiệm vụ 38, {d.share(38, 214)}; hoàn thành tốt nhiệm vụ 151, {d.share(151, 214)}; hoàn thành nhiệm vụ 22, {d.share(22, 214)}; không hoàn thành nhiệm vụ 03, {d.share(3, 214)}[")
    P("]. Các tổ chức cơ sở đảng không hoàn thành nhiệm vụ đều do có tổ chức đảng trực thuộc hoặc cấp ủy viên bị xử lý kỷ luật, hoặc không hoàn thành các chỉ tiêu nhiệm vụ chính trị trọng tâm; Ban Thường vụ Thị ủy đã chỉ đạo xây dựng kế hoạch củng cố, phân công Thị ủy viên trực tiếp theo dõi.",
      "2. Đối với đảng viên",
      "Kết quả kiểm điểm, đánh giá, xếp loại chất lượng đảng viên từng năm như sau:")
    # 2020
    A(f"- Năm 2020: {d.sum_('tổng số đảng viên {} đồng chí', 3912, [214, 3698])}; miễn đánh giá 214 đồng chí; {d.sum_('được đánh giá {} đồng chí', 3698, [512, 2861, 301, 24])}. Kết quả: hoàn thành xuất sắc nhiệm vụ 512 đồng chí, {d.share(512, 3698)}; hoàn thành tốt nhiệm vụ 2.861 đồng chí, {d.share(2861, 3698, mode='trunc', expect='rounding')}; hoàn thành nhiệm vụ 301 đồng chí, {d.share(301, 3698)}; không hoàn thành nhiệm vụ 24 đồng chí, {d.share(24, 3698)}; tỷ lệ hoàn thành tốt nhiệm vụ trở lên {d.share(3373, 3698, tpl='đạt {}%', base_note='512 + 2.861 of 3.698')}.")
    # 2021 nested
    A(f"- Năm 2021: {d.sum_('tổng số {} đảng viên', 4015, [231, 3784])}, miễn đánh giá 231 đồng chí. {d.sum_('Kết quả xếp loại {} đảng viên', 3784, [3493, 270, 21], what='xuất sắc counted inside tốt trở lên')} được đánh giá: hoàn thành tốt nhiệm vụ trở lên 3.493 đồng chí ({d.share(3493, 3784, tpl='{}%')}), trong đó hoàn thành xuất sắc nhiệm vụ 559 đồng chí ({d.share(559, 3784, tpl='{}%')}); hoàn thành nhiệm vụ 270 đồng chí ({d.share(270, 3784, tpl='{}%', mode='trunc', expect='rounding')}); không hoàn thành nhiệm vụ 21 đồng chí ({d.share(21, 3784, tpl='{}%')}). Tỷ lệ hoàn thành tốt nhiệm vụ trở lên {d.points('{w} {n} điểm %', '92.31', '91.21')} so với năm 2020.")
    # 2022 wrong base on xuất sắc
    A(f"- Năm 2022: {d.sum_('{} đảng viên, trong đó', 4106, [240, 3866])} miễn đánh giá 240 đồng chí; {d.sum_('đánh giá, xếp loại {} đồng chí', 3866, [601, 3027, 221, 17])}, gồm: hoàn thành xuất sắc nhiệm vụ 601 đồng chí, {d.share(601, 3866, written='14.64', expect='inconsistent', why='computed on the 4.106 members instead of the 3.866 rated: 601/4.106 = 14,64')}; hoàn thành tốt nhiệm vụ 3.027 đồng chí, {d.share(3027, 3866)}; hoàn thành nhiệm vụ 221 đồng chí, {d.share(221, 3866)}; không hoàn thành nhiệm vụ 17 đồng chí, {d.share(17, 3866)}. Tỷ lệ hoàn thành tốt nhiệm vụ trở lên {d.share(3628, 3866, tpl='đạt {}%', base_note='601 + 3.027 of 3.866')}, {d.points('{w} {n} điểm %', '93.84', '92.31')} so với năm 2021.")
    # 2023 total typo
    A(f"- Năm 2023: {d.sum_('đánh giá, xếp loại {} đảng viên', 3963, [622, 3105, 193, 16], expect='inconsistent', what='3.963 typed for 3.936 (adjacent digits swapped); every share below is on 3.936')} (miễn đánh giá 252 đồng chí): hoàn thành xuất sắc nhiệm vụ 622 đồng chí, {d.share(622, 3936, base_note='3.936 = sum of the levels')}; hoàn thành tốt nhiệm vụ 3.105 đồng chí, {d.share(3105, 3936, mode='trunc', expect='rounding', base_note='3.936')}; hoàn thành nhiệm vụ 193 đồng chí, {d.share(193, 3936, base_note='3.936')}; không hoàn thành nhiệm vụ 16 đồng chí, {d.share(16, 3936, base_note='3.936')}; tỷ lệ hoàn thành tốt nhiệm vụ trở lên {d.share(3727, 3936, tpl='đạt {}%', base_note='622 + 3.105 of 3.936')}, {d.points('{w} {n} điểm %', '94.69', '93.84')} so với năm 2022.")
    # 2024 nested in parentheses
    A(f"- Năm 2024: {d.sum_('tổng số {} đảng viên', 4251, [259, 3992])}; miễn đánh giá 259 đồng chí; {d.sum_('đánh giá, xếp loại {} đồng chí', 3992, [3808, 170, 14], what='xuất sắc counted inside tốt trở lên')}. Hoàn thành tốt nhiệm vụ trở lên 3.808 đồng chí, {d.share(3808, 3992)} (trong đó hoàn thành xuất sắc nhiệm vụ 648 đồng chí, {d.share(648, 3992)}); hoàn thành nhiệm vụ 170 đồng chí, {d.share(170, 3992, mode='trunc', expect='rounding')}; không hoàn thành nhiệm vụ 14 đồng chí, {d.share(14, 3992)}. So với năm 2023, tỷ lệ hoàn thành tốt nhiệm vụ trở lên {d.points('{w} {n}%', '95.39', '94.69', what='written with % but it is a points change')}.")
    A(f"Số đảng viên không hoàn thành nhiệm vụ giảm dần qua các năm ({d.repeat('năm 2020: {}', 24, 24, 'năm 2020 paragraph')}, {d.repeat('năm 2021: {}', 21, 12, 'năm 2021 paragraph: 21 đồng chí', expect='inconsistent')}, {d.repeat('năm 2022: {}', 17, 17, 'năm 2022 paragraph')}, {d.repeat('năm 2023: {}', 16, 16, 'năm 2023 paragraph')}, {d.repeat('năm 2024: {}', 14, 14, 'năm 2024 paragraph')}); năm 2024 {d.diff('{w} {n} đồng chí', 14, 24)} so với năm 2020.")
    A(f"Số đảng viên hoàn thành xuất sắc nhiệm vụ tăng {d.repeat('từ {} đồng chí (năm 2020)', 512, 512, 'năm 2020 paragraph: 512 đồng chí')} {d.repeat('lên {} đồng chí (năm 2024)', 648, 648, 'năm 2024 paragraph: 648 đồng chí')}, {d.diff('{w} {n} đồng chí', 648, 512)}, {d.ratio('bằng {}%', 648, 512)} so với năm 2020. Có 126 đảng viên 5 năm liền hoàn thành xuất sắc nhiệm vụ, {d.amb('chiếm 3,2%', '3,2%', 'share', 'base not stated: 126/3.992 = 3,16 → 3,2 but 126/4.251 = 2,96 and 126/3.698 = 3,41; which total is meant cannot be told')}.")
    A(f"Trong số {d.amb('14 đảng viên không hoàn thành nhiệm vụ năm 2024', '14', 'sum', '09 + 08 = 17 > 14, but a member may have breached discipline and the population policy at once: the two groups may overlap, nothing says so')} có 09 đảng viên bị xử lý kỷ luật, 08 đảng viên vi phạm chính sách dân số - kế hoạch hóa gia đình; các chi bộ đã xây dựng kế hoạch giúp đỡ từng trường hợp.")
    P("Đảng viên được xếp loại hoàn thành xuất sắc nhiệm vụ chủ yếu là cán bộ, công chức, viên chức có thành tích nổi bật, được cấp có thẩm quyền khen thưởng; các chi bộ ấp, khu phố đã chú trọng đánh giá đảng viên là người nghỉ hưu theo mức độ tham gia sinh hoạt và thực hiện nhiệm vụ được phân công.",
      "3. Đối với tập thể, cá nhân cán bộ lãnh đạo, quản lý")
    A(f"Năm 2024, {d.sum_('{} đồng chí', 112, [21, 84, 7], part_lz=True)} cán bộ lãnh đạo, quản lý thuộc diện Ban Thường vụ Thị ủy quản lý được đánh giá: hoàn thành xuất sắc nhiệm vụ 21 đồng chí ({d.share(21, 112, tpl='{}%')}), hoàn thành tốt nhiệm vụ 84 đồng chí {d.share(84, 112, tpl='({}%)', dp=0)}, hoàn thành nhiệm vụ 07 đồng chí ({d.share(7, 112, tpl='{}%')}); không có cán bộ không hoàn thành nhiệm vụ.")
    P("Tập thể lãnh đạo, quản lý các cơ quan, đơn vị được đánh giá sát với kết quả thực hiện nhiệm vụ của cơ quan, đơn vị; không có tập thể xếp loại không hoàn thành nhiệm vụ.",
      "III. NHẬN XÉT, ĐÁNH GIÁ",
      "1. Ưu điểm",
      "Việc kiểm điểm, đánh giá, xếp loại được thực hiện nghiêm túc, đúng quy trình, thời gian; chất lượng kiểm điểm từng bước được nâng lên, tinh thần tự phê bình và phê bình được phát huy; kết quả xếp loại cơ bản phản ánh đúng thực chất, khắc phục một bước tình trạng nể nang, né tránh.",
      "Kết quả xếp loại được sử dụng làm căn cứ để thực hiện công tác cán bộ, thi đua, khen thưởng; các tổ chức đảng, đảng viên xếp loại thấp đều có kế hoạch khắc phục và được cấp ủy cấp trên theo dõi, giúp đỡ.",
      "2. Hạn chế",
      "Một số chi bộ còn đánh giá theo cảm tính, chưa gắn với sản phẩm cụ thể; việc lượng hóa tiêu chí đánh giá đảng viên là người nghỉ hưu, đảng viên sinh hoạt ở chi bộ ấp, khu phố còn khó khăn; tỷ lệ hoàn thành xuất sắc nhiệm vụ ở một số nơi còn cao so với thực tế.",
      "Nguyên nhân: Một số cấp ủy chưa quan tâm đúng mức việc xây dựng tiêu chí cụ thể; bí thư chi bộ ở một số nơi còn hạn chế về kỹ năng điều hành kiểm điểm; tâm lý nể nang, ngại va chạm vẫn còn.",
      "IV. PHƯƠNG HƯỚNG, GIẢI PHÁP",
      "1. Tiếp tục quán triệt, thực hiện nghiêm Quy định số 124-QĐ/TW; cụ thể hóa tiêu chí đánh giá sát với từng loại hình tổ chức đảng và đối tượng đảng viên.",
      "2. Gắn đánh giá, xếp loại với theo dõi, đánh giá thường xuyên hằng tháng, hằng quý; công khai kết quả xếp loại trong chi bộ và nơi cư trú.",
      "3. Cấp ủy cấp trên tăng cường kiểm tra, giám sát; kiên quyết không công nhận kết quả xếp loại không đúng thực chất.",
      "4. Phấn đấu hằng năm có từ 90% tổ chức cơ sở đảng, 92% đảng viên trở lên hoàn thành tốt nhiệm vụ; không có tổ chức cơ sở đảng không hoàn thành nhiệm vụ.",
      "V. ĐỀ XUẤT",
      "Đề nghị Ban Tổ chức Tỉnh ủy hướng dẫn cụ thể khung tiêu chí đánh giá đối với đảng viên là người cao tuổi, đảng viên ở chi bộ doanh nghiệp tư nhân; tổ chức tập huấn cho bí thư chi bộ về kỹ năng chủ trì kiểm điểm.",
      "Trên đây là báo cáo kết quả kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên giai đoạn 2020 - 2024 của Ban Thường vụ Thị ủy./.",
      "\tNơi nhận:",
      "- Ban Tổ chức Tỉnh ủy,",
      "- Thường trực Thị ủy,",
      "- Các tổ chức cơ sở đảng,",
      "- Lưu VPTU.",
      "\tT/M BAN THƯỜNG VỤ",
      "PHÓ BÍ THƯ",
      "",
      "",
      "Trần Minh ...",
      "",
      "")
    A(f"{FOOT} Năm 2024 không có tổ chức cơ sở đảng, đảng viên nào khiếu nại về kết quả xếp loại; {d.repeat('{} chi bộ trực thuộc không hoàn thành nhiệm vụ', 3, 3, 'chi bộ trực thuộc năm 2024: không hoàn thành nhiệm vụ 03', lz=True)} đã được củng cố, kiện toàn chi ủy trong quý I/2025.")
    P("")
    return d


# ============================================================================
# h3-04: cadre planning and rotation, term 2020-2025 and planning 2025-2030
# ============================================================================
def draft4():
    d = Draft("h3-04", "bao-cao-quy-hoach-luan-chuyen-can-bo")
    A, P = d.add, d.plain
    S = "-"   # this draft writes terms without spaces around the dash
    P("\tHUYỆN ỦY CÁI SƠN",
      "*",
      "Số      -BC/HU",
      "\tĐẢNG CỘNG SẢN VIỆT NAM",
      "",
      "Cái Sơn, ngày     tháng 4 năm 2025",
      "",
      "BÁO CÁO",
      "kết quả công tác quy hoạch, luân chuyển, bổ nhiệm cán bộ nhiệm kỳ 2020-2025",
      "và xây dựng quy hoạch cán bộ nhiệm kỳ 2025-2030",
      "-----",
      "Thực hiện Quy định số 50-QĐ/TW ngày 27/12/2021 của Bộ Chính trị về công tác quy hoạch cán bộ; Hướng dẫn số 16-HD/BTCTW ngày 15/11/2022 của Ban Tổ chức Trung ương và Công văn số 388-CV/BTCTU ngày 02/4/2025 của Ban Tổ chức Tỉnh ủy, Ban Thường vụ Huyện ủy báo cáo như sau:",
      "I. TÌNH HÌNH ĐỘI NGŨ CÁN BỘ")
    A(f"Huyện có {d.sum_('{} xã, thị trấn', 14, [13, 1], part_lz=True)} (13 xã, 01 thị trấn). Ban Chấp hành Đảng bộ huyện nhiệm kỳ 2020-2025 có 40 đồng chí, Ban Thường vụ 13 đồng chí. Cán bộ lãnh đạo, quản lý thuộc diện Ban Thường vụ Huyện ủy quản lý {d.subset('{} đồng chí', 186, [('nữ', 48), ('dân tộc thiểu số', 11)])}, trong đó nữ 48, {d.share(48, 186)}; dân tộc thiểu số 11, {d.share(11, 186)}.")
    A(f"Trong 74 đồng chí giữ chức vụ cấp trưởng các cơ quan, đơn vị cấp huyện và xã, thị trấn, nữ 19 đồng chí, {d.share(19, 74, written='27.03', expect='inconsistent', why='27,03 is 20/74; 19/74 = 25,68')}; đội ngũ cán bộ cơ bản đáp ứng yêu cầu về trình độ, song còn thiếu cán bộ có chuyên môn sâu về kinh tế, chuyển đổi số.")
    P("II. KẾT QUẢ CÔNG TÁC QUY HOẠCH CÁN BỘ",
      "1. Quy hoạch nhiệm kỳ 2020-2025",
      "Hằng năm, Ban Thường vụ Huyện ủy chỉ đạo rà soát, bổ sung quy hoạch theo phương châm “động” và “mở”; đưa ra khỏi quy hoạch những trường hợp không còn đủ tiêu chuẩn, điều kiện, bổ sung nhân tố mới có triển vọng. Quy hoạch Ban Chấp hành Đảng bộ huyện nhiệm kỳ 2020-2025 sau rà soát năm 2023 là 71 đồng chí; quy hoạch Ban Thường vụ 24 đồng chí.",
      "2. Xây dựng quy hoạch nhiệm kỳ 2025-2030")
    A(f"Ban Thường vụ Huyện ủy phê duyệt quy hoạch Ban Chấp hành Đảng bộ huyện nhiệm kỳ 2025-2030 là {d.sum_('{} đồng chí', 78, [32, 46])} (Quyết định số 87-QĐ/HU ngày 05/6/2023 phê duyệt 32 đồng chí; theo Quyết định số 125-QĐ/HU ngày 12/3/2024, 46 đồng chí được phê duyệt bổ sung), {d.ratio('gấp {} lần', 78, 40, mode='times')} số lượng Ban Chấp hành đương nhiệm (40 đồng chí), {d.diff('{w} {n} đồng chí', 78, 71)} {d.term('so với quy hoạch nhiệm kỳ {}', 2025, 2020, sep=S)}.")
    A(f"{d.subset('Trong {} đồng chí được quy hoạch', 78, [('nữ', 26), ('trẻ dưới 40 tuổi', 21), ('dân tộc thiểu số', 5)])}: nữ 26 đồng chí, {d.share(26, 78)}; trẻ dưới 40 tuổi 21 đồng chí, {d.share(21, 78)}; dân tộc thiểu số 05 đồng chí, {d.share(5, 78)}.")
    A(f"- Về độ tuổi: {d.sum_('tổng số {} đồng chí', 78, [21, 39, 18])}, gồm {d.repeat('dưới 40 tuổi {} đồng chí', 21, 21, 'trẻ dưới 40 tuổi 21 đồng chí, previous paragraph')}, từ 40 đến 50 tuổi 39 đồng chí, trên 50 tuổi 18 đồng chí; tuổi bình quân 44,6 tuổi.")
    A(f"- Về trình độ: thạc sĩ 17 đồng chí, {d.share(17, 78)}; đại học 61 đồng chí, {d.share(61, 78, mode='trunc', expect='rounding')}; cao cấp, cử nhân lý luận chính trị 33 đồng chí, {d.share(33, 78, mode='trunc', expect='rounding')}; trung cấp lý luận chính trị 45 đồng chí, {d.share(45, 78)}.")
    A(f"Quy hoạch Ban Thường vụ Huyện ủy nhiệm kỳ 2025-2030 là 28 đồng chí, {d.ratio('gấp {} lần', 28, 13, mode='times', written='2.51', expect='inconsistent', why='digits swapped: 28/13 = 2,15')} số lượng Ban Thường vụ đương nhiệm (13 đồng chí). Quy hoạch các chức danh chủ chốt của huyện {d.amb('24 đồng chí', '24', 'sum', '07 + 11 + 05 + 06 = 29 lượt > 24 đồng chí; one person may be planned for several posts, so the parts may overlap and nothing says how')}, trong đó quy hoạch bí thư 07, phó bí thư 11, chủ tịch Hội đồng nhân dân 05, chủ tịch Ủy ban nhân dân 06 lượt.")
    A(f"So sánh qua các nhiệm kỳ: quy hoạch Ban Thường vụ nhiệm kỳ 2020-2025 {d.repeat('là {} đồng chí', 24, 24, 'quy hoạch Ban Thường vụ 24 đồng chí, section II.1')}, {d.diff('{w} {n} đồng chí', 24, 21)} {d.term('so với nhiệm kỳ {}', 2020, 2015, sep=S)} (21 đồng chí); nhiệm kỳ 2025-2030 {d.repeat('là {} đồng chí', 28, 28, 'Ban Thường vụ 2025-2030: 28 đồng chí, previous paragraph')}, {d.diff('{w} {n} đồng chí', 28, 24)} {d.term('so với nhiệm kỳ {}', 2025, 2020, sep=S)}.")
    A(f"Quy hoạch Ban Chấp hành {d.repeat('đảng bộ {} xã, thị trấn', 14, 14, 'Huyện có 14 xã, thị trấn, section I')} nhiệm kỳ 2025-2030 là 412 lượt đồng chí, trong đó nữ 131 lượt, {d.share(131, 412)}; số lượng quy hoạch tăng 35 lượt {d.term('so với nhiệm kỳ {}', 2025, 2015, sep=S, expect='inconsistent', what='a 2025-2030 figure compared with two terms back')}, bảo đảm mỗi chức danh quy hoạch từ 02 đến 03 người.")
    P("III. CÔNG TÁC LUÂN CHUYỂN, ĐIỀU ĐỘNG, BỔ NHIỆM CÁN BỘ",
      "1. Luân chuyển cán bộ")
    d.add(f"Nhiệm kỳ 2020-2025, Ban Thường vụ Huyện ủy luân chuyển {d.sum_('{} lượt cán bộ', 37, [14, 9, 8, 6], part_lz=True)} (huyện về xã 14 lượt, xã về huyện 09 lượt, xã này sang xã khác 08 lượt, phòng, ban này sang phòng, ban khác 06 lượt), trong đó nữ 11 lượt, {d.share(11, 37, mode='trunc', expect='rounding')}; {d.diff('{w} {n} lượt', 37, 29)} {d.term('so với nhiệm kỳ {}', 2020, 2015, sep=S)} (29 lượt)[")
    P("]. Cán bộ luân chuyển phần lớn phát huy tốt năng lực, sở trường, góp phần khắc phục tình trạng khép kín, cục bộ; một số cán bộ trẻ được luân chuyển về cơ sở đã trưởng thành nhanh.")
    A(f"Có 09 đồng chí sau luân chuyển được bố trí giữ chức vụ cao hơn, {d.amb('đạt 60%', '60%', 'share', 'base is the rotation plan, whose size is never stated: 09 / ? cannot be checked')} kế hoạch đề ra; 02 đồng chí chưa đáp ứng yêu cầu đã được điều động về cơ quan cũ.")
    P("2. Điều động, bổ nhiệm, giới thiệu cán bộ ứng cử")
    A(f"Tổng số {d.sum_('{} lượt bổ nhiệm', 105, [82, 23], what='bổ nhiệm lại is inside bổ nhiệm, not added')}, giới thiệu ứng cử (bổ nhiệm 82 lượt, trong đó bổ nhiệm lại 41 lượt; giới thiệu ứng cử 23 lượt). Quy trình bổ nhiệm được thực hiện chặt chẽ, công khai, dân chủ; không có trường hợp khiếu nại, tố cáo về công tác cán bộ.")
    A(f"{d.sum_('Trong {} lượt bổ nhiệm', 82, [18, 21, 24, 19])}, năm 2021: 18, năm 2022: 21, năm 2023: 24, năm 2024: 19; năm 2024 {d.diff('{w} {n} lượt', 19, 24)} so với năm 2023 do thực hiện chủ trương sắp xếp tổ chức bộ máy, hạn chế bổ nhiệm mới.")
    A(f"Phối hợp thẩm định tiêu chuẩn chính trị {d.sum_('{} trường hợp', 1246, [1018, 219], expect='inconsistent', what='1.018 + 219 = 1.237')} (phát triển đảng viên 1.018 trường hợp, công tác cán bộ 219 trường hợp), bảo đảm đúng quy định về bảo vệ chính trị nội bộ.")
    P("3. Thực hiện chủ trương bố trí cán bộ")
    A(f"Thực hiện bí thư đảng ủy đồng thời là chủ tịch Hội đồng nhân dân ở {d.frac('{} xã, thị trấn', 13, 15, 14, expect='inconsistent', what='the district has 14 xã, thị trấn')}; bí thư chi bộ đồng thời là trưởng ấp, khóm ở 71/96 ấp, khóm, {d.share(71, 96, tpl='đạt {}%')}. Bố trí {d.frac('{} bí thư', 9, 14, 14, lz=True, what='one secretary per xã, thị trấn')} đảng ủy xã, thị trấn không là người địa phương, {d.share(9, 14, tpl='đạt {}%')}.")
    P("IV. ĐÁNH GIÁ CHUNG",
      "1. Ưu điểm")
    A(f"Công tác quy hoạch được thực hiện bài bản, đúng quy trình, bảo đảm cơ cấu ba độ tuổi; chất lượng nguồn quy hoạch được nâng lên; tỷ lệ cán bộ nữ trong quy hoạch Ban Chấp hành nhiệm kỳ 2025-2030 {d.repeat('đạt {}%', Q(D(26) * 100 / 78, 2), Q(D(26) * 100 / 78, 2), 'nữ 26 đồng chí, chiếm 33,33%, section II.2')}, cán bộ trẻ và cán bộ người dân tộc thiểu số được quan tâm.")
    P("Công tác luân chuyển gắn với quy hoạch, đào tạo; cán bộ được luân chuyển được thử thách, rèn luyện qua thực tiễn; việc bổ nhiệm cán bộ cơ bản đúng người, đúng việc.",
      "2. Hạn chế",
      "Nguồn cán bộ quy hoạch ở một số chức danh còn ít, chưa bảo đảm 02 - 03 người cho một chức danh; một số cán bộ quy hoạch chưa được đào tạo lý luận chính trị đáp ứng tiêu chuẩn; việc luân chuyển cán bộ từ xã về huyện còn ít.",
      "Nguyên nhân: Việc sắp xếp tổ chức bộ máy làm giảm số lượng chức danh lãnh đạo; chế độ, chính sách đối với cán bộ luân chuyển chưa đủ hấp dẫn; một số cơ quan còn tâm lý ngại luân chuyển.",
      "V. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI",
      "1. Tiếp tục rà soát, bổ sung quy hoạch nhiệm kỳ 2025-2030 và xây dựng quy hoạch nhiệm kỳ 2030-2035 theo đúng quy định; chú trọng nguồn cán bộ trẻ, cán bộ nữ, cán bộ có năng lực nổi trội.",
      "2. Gắn quy hoạch với đào tạo, bồi dưỡng; phấn đấu 100% cán bộ quy hoạch Ban Chấp hành có trình độ cao cấp lý luận chính trị trước khi bố trí.",
      "3. Đẩy mạnh luân chuyển cán bộ trẻ về cơ sở; thực hiện chủ trương bố trí bí thư cấp ủy không là người địa phương ở các xã còn lại.",
      "VI. KIẾN NGHỊ",
      "Đề nghị Ban Thường vụ Tỉnh ủy ban hành chính sách hỗ trợ đối với cán bộ luân chuyển về xã vùng sâu; Ban Tổ chức Tỉnh ủy mở thêm lớp bồi dưỡng cán bộ nguồn cấp huyện.",
      "Trên đây là báo cáo kết quả công tác quy hoạch, luân chuyển, bổ nhiệm cán bộ nhiệm kỳ 2020-2025 và xây dựng quy hoạch nhiệm kỳ 2025-2030 của Ban Thường vụ Huyện ủy./.",
      "\tNơi nhận:",
      "- Ban Tổ chức Tỉnh ủy,",
      "- Các đồng chí Ủy viên Ban Thường vụ Huyện ủy,",
      "- Lưu VPHU, BTCHU.",
      "\tT/M BAN THƯỜNG VỤ",
      "BÍ THƯ",
      "",
      "",
      "")
    A(f"{FOOT} Luân chuyển theo năm, {d.sum_('{} lượt luân chuyển', 37, [6, 11, 12, 8], part_lz=True)} gồm: năm 2021: 06 lượt, năm 2022: 11 lượt, năm 2023: 12 lượt, năm 2024: 08 lượt; Kế hoạch số 20-KH/HU ngày 09/4/2021 và Kế hoạch số 77-KH/HU ngày 07/7/2022 của Ban Thường vụ Huyện ủy về luân chuyển cán bộ nhiệm kỳ 2020-2025.")
    P("")
    return d


# ============================================================================
# h3-05: inspection, supervision and discipline report, 2024
# ============================================================================
def draft5():
    d = Draft("h3-05", "bao-cao-kiem-tra-giam-sat-ky-luat-2024")
    A, P = d.add, d.plain
    P("\tĐẢNG BỘ HUYỆN VĨNH TƯỜNG",
      "ỦY BAN KIỂM TRA HUYỆN ỦY",
      "*",
      "Số      -BC/UBKTHU",
      "\tĐẢNG CỘNG SẢN VIỆT NAM",
      "",
      "Vĩnh Tường, ngày     tháng 01 năm 2025",
      "",
      "BÁO CÁO",
      "kết quả công tác kiểm tra, giám sát và thi hành kỷ luật đảng năm 2024,",
      "phương hướng, nhiệm vụ năm 2025",
      "-----",
      "Thực hiện Quy định số 22-QĐ/TW ngày 28/7/2021 của Ban Chấp hành Trung ương về công tác kiểm tra, giám sát và kỷ luật của Đảng và Hướng dẫn số 02-HD/TW ngày 09/12/2021 của Ban Bí thư, Ủy ban Kiểm tra Huyện ủy báo cáo kết quả công tác kiểm tra, giám sát và thi hành kỷ luật đảng năm 2024 như sau:",
      "I. ĐẶC ĐIỂM TÌNH HÌNH")
    A(f"Đảng bộ huyện có {d.sum_('{} tổ chức đảng', 418, [42, 376])} (42 tổ chức cơ sở đảng, 376 chi bộ trực thuộc đảng ủy cơ sở) với 5.674 đảng viên. Ủy ban Kiểm tra Huyện ủy có {d.sum_('{} ủy viên', 7, [1, 2, 2, 2], lz=True, part_lz=True)} (01 Chủ nhiệm, 02 Phó Chủ nhiệm, 02 ủy viên chuyên trách, 02 ủy viên kiêm chức); ủy ban kiểm tra đảng ủy cơ sở có 19 tập thể với {d.sum_('{} ủy viên', 89, [21, 63], expect='inconsistent', what='21 + 63 = 84')} (chuyên trách 21, kiêm nhiệm 63).")
    P("Năm 2024, Ban Chấp hành, Ban Thường vụ Huyện ủy và Ủy ban Kiểm tra Huyện ủy ban hành và tổ chức thực hiện chương trình kiểm tra, giám sát năm bảo đảm trọng tâm, trọng điểm; tập trung vào những lĩnh vực nhạy cảm, dễ phát sinh sai phạm như quản lý đất đai, đầu tư công, tài chính, ngân sách.",
      "Ngay từ đầu năm, Ủy ban Kiểm tra Huyện ủy phân công các đồng chí ủy viên phụ trách địa bàn, lĩnh vực; duy trì chế độ giao ban hằng quý với ủy ban kiểm tra đảng ủy cơ sở để nắm tình hình, hướng dẫn nghiệp vụ và đôn đốc thực hiện chương trình.",
      "II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ KIỂM TRA, GIÁM SÁT",
      "1. Kiểm tra, giám sát của cấp ủy, tổ chức đảng")
    d.add(f"Cấp ủy các cấp kiểm tra {d.sum_('{} tổ chức đảng', 143, [12, 47, 84])} (Ban Thường vụ Huyện ủy 12, đảng ủy cơ sở 47, chi bộ 84) và {d.subset('{} đảng viên', 612, [('cấp ủy viên', 198), ('cán bộ diện Ban Thường vụ Huyện ủy quản lý', 41)])}, trong đó cấp ủy viên 198 đồng chí, cán bộ thuộc diện Ban Thường vụ Huyện ủy quản lý 41 đồng chí[")
    A(f"]. So với năm 2023 (127 tổ chức đảng, 589 đảng viên), {d.diff('{w} {n} tổ chức đảng', 143, 127)} và {d.diff('{w} {n} đảng viên', 612, 589)}. Số tổ chức đảng được kiểm tra {d.share(143, 418, dp=1, base_note='418 tổ chức đảng, section I')} tổng số tổ chức đảng, {d.points('{w} {n} điểm %', '34.2', '31.1')} so với năm 2023 (31,1%).")
    A(f"Giám sát chuyên đề 58 tổ chức đảng và 176 đảng viên, {d.diff('{w} {n} đảng viên', 176, 163, written=21, expect='inconsistent')} so với năm 2023 (163 đảng viên); qua giám sát phát hiện 06 tổ chức đảng, 13 đảng viên có dấu hiệu vi phạm, đã chuyển kiểm tra khi có dấu hiệu vi phạm 04 đảng viên[")
    P("]. Nội dung kiểm tra, giám sát tập trung vào việc lãnh đạo thực hiện nghị quyết đại hội, thực hiện nguyên tắc tập trung dân chủ, quy chế làm việc, công tác cán bộ, quản lý đất đai, đầu tư xây dựng cơ bản; việc thực hiện trách nhiệm nêu gương của cán bộ, đảng viên.",
      "2. Kiểm tra, giám sát của ủy ban kiểm tra các cấp")
    A(f"Ủy ban kiểm tra các cấp kiểm tra khi có dấu hiệu vi phạm 09 tổ chức đảng và 34 đảng viên. Kết luận 07 tổ chức đảng có vi phạm, {d.share(7, 9)} số tổ chức đảng được kiểm tra; 28 đảng viên có vi phạm, {d.share(28, 34)} số đảng viên được kiểm tra; phải thi hành kỷ luật 11 đảng viên, {d.share(11, 28, base_note='28 đảng viên có vi phạm, as the sentence says')} số đảng viên có vi phạm.")
    A(f"Kiểm tra việc thu, chi, nộp đảng phí và quản lý tài chính đảng ở 47 tổ chức đảng; phát hiện sai phạm 186,5 triệu đồng, đã thu hồi, nộp ngân sách 152,3 triệu đồng, {d.share(D('152.3'), D('186.5'), tpl='đạt {}%', mode='up', expect='rounding')}; số còn lại đang tiếp tục đôn đốc thu hồi.")
    P("Qua kiểm tra, giám sát đã giúp tổ chức đảng, đảng viên nhận rõ hạn chế, khuyết điểm để kịp thời khắc phục; kiến nghị cơ quan có thẩm quyền chấn chỉnh công tác quản lý đất đai ở 02 xã, thu hồi về ngân sách các khoản chi sai quy định.",
      "3. Thi hành kỷ luật đảng")
    A(f"Các cấp ủy, tổ chức đảng và ủy ban kiểm tra các cấp thi hành kỷ luật 01 tổ chức đảng (hình thức khiển trách) và {d.sum_('{} đảng viên', 39, [23, 11, 2, 3], part_lz=True)} (khiển trách 23, cảnh cáo 11, cách chức 02, khai trừ 03), {d.diff('{w} {n} đảng viên', 39, 47)} so với năm 2023 (47 đảng viên); trong đó cấp ủy viên các cấp 12 đồng chí, {d.share(12, 39, mode='trunc', expect='rounding')}.")
    A(f"Phân theo thẩm quyền, {d.sum_('{} trường hợp', 39, [21, 9, 7, 2], part_lz=True)} gồm: chi bộ thi hành kỷ luật 21 đảng viên, đảng ủy cơ sở 09 đảng viên, Ủy ban Kiểm tra Huyện ủy 07 đảng viên, Ban Thường vụ Huyện ủy 02 đảng viên. Hình thức khai trừ 03 đồng chí, {d.share(3, 39, written='7.96', expect='inconsistent', why='digits swapped: 3/39 = 7,69')} số đảng viên bị kỷ luật.")
    A(f"Nội dung vi phạm {d.amb('của 39 đảng viên bị kỷ luật', '39', 'sum', '14 + 11 + 08 + 04 + 05 = 42 > 39; one member may breach several rules, so the contents may overlap and the text does not say')}: vi phạm những điều đảng viên không được làm 14 trường hợp, chính sách dân số 11, quản lý đất đai 08, tham nhũng, lãng phí 04, vi phạm khác 05. Ngoài ra, các chi bộ đã xóa tên 17 đảng viên, cho ra khỏi Đảng 05 đảng viên.")
    A(f"Số đảng viên bị thi hành kỷ luật qua các năm: năm 2021: 52, năm 2022: 44, {d.repeat('năm 2023: {}', 47, 47, 'so với năm 2023 (47 đảng viên), section II.3')}, {d.repeat('năm 2024: {}', 39, 39, 'thi hành kỷ luật 39 đảng viên, section II.3')}; năm 2024 {d.diff('{w} {n} đảng viên', 39, 52)} so với năm 2021 và {d.ratio('bằng {}%', 39, 47)} so với năm 2023.")
    A(f"Từ đầu nhiệm kỳ 2020 - 2025 đến ngày 31/12/2024, các cấp ủy, ủy ban kiểm tra đã thi hành kỷ luật 191 đảng viên, giảm 37 đảng viên {d.term('so với cùng kỳ nhiệm kỳ {}', 2020, 2010, expect='inconsistent', what='the comparison skips the 2015 - 2020 term')}.")
    P("4. Giải quyết tố cáo, khiếu nại kỷ luật đảng")
    A(f"Tiếp nhận {d.sum_('{} đơn (tố cáo', 52, [14, 2, 36], part_lz=True)} 14 đơn, khiếu nại kỷ luật đảng 02 đơn, phản ánh 36 đơn); đã giải quyết {d.frac('{} đơn', 48, 52, 52, what='52 đơn received')}, {d.share(48, 52, tpl='đạt {}%')}; 04 đơn đang xem xét. Qua giải quyết {d.sum_('{} đơn tố cáo:', 14, [3, 5, 6], part_lz=True)} tố đúng 03, đúng một phần 05, tố sai 06.")
    P("III. ĐÁNH GIÁ CHUNG",
      "1. Ưu điểm")
    A(f"Công tác kiểm tra, giám sát được thực hiện đồng bộ, có trọng tâm, trọng điểm; chất lượng kết luận kiểm tra được nâng lên; Ủy ban Kiểm tra Huyện ủy đã trực tiếp {d.repeat('thi hành kỷ luật {} đảng viên', 7, 9, 'Ủy ban Kiểm tra Huyện ủy 07 đảng viên, section II.3', lz=True, expect='inconsistent')} theo thẩm quyền, bảo đảm đúng nguyên tắc, phương hướng, phương châm thi hành kỷ luật đảng.")
    P("Công tác phối hợp giữa ủy ban kiểm tra với các cơ quan nội chính, thanh tra được thực hiện chặt chẽ; việc cung cấp thông tin, tài liệu phục vụ kiểm tra kịp thời.",
      "Việc tự kiểm tra của chi bộ được quan tâm hơn; nhiều vi phạm được phát hiện, xử lý ngay từ cơ sở, góp phần giữ nghiêm kỷ luật, kỷ cương trong Đảng.",
      "2. Hạn chế",
      "Chất lượng kiểm tra, giám sát ở một số chi bộ còn hình thức; việc phát hiện dấu hiệu vi phạm qua giám sát còn ít; một số vụ việc giải quyết còn chậm so với thời hạn quy định; công tác thu hồi tiền sai phạm chưa triệt để.",
      "Nguyên nhân: Cán bộ kiểm tra cơ sở phần lớn kiêm nhiệm, thường xuyên thay đổi; một số cấp ủy chưa quan tâm đúng mức đến công tác kiểm tra, giám sát.",
      "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025",
      "1. Tập trung kiểm tra, giám sát việc chuẩn bị và tổ chức đại hội đảng bộ các cấp, nhiệm kỳ 2025 - 2030; kịp thời giải quyết tố cáo, khiếu nại liên quan đến nhân sự đại hội.",
      "2. Phấn đấu kiểm tra từ 35% tổ chức đảng trở lên; giám sát chuyên đề ... tổ chức đảng và ... đảng viên theo Kế hoạch số ...-KH/UBKTHU ngày .../01/2025.",
      "3. Tăng cường kiểm tra tài chính đảng, kiểm tra việc kê khai tài sản, thu nhập; xử lý nghiêm, kịp thời tổ chức đảng, đảng viên vi phạm.",
      "4. Kiện toàn ủy ban kiểm tra cơ sở sau đại hội; bồi dưỡng nghiệp vụ cho cán bộ kiểm tra mới.",
      "Trên đây là báo cáo kết quả công tác kiểm tra, giám sát và thi hành kỷ luật đảng năm 2024, phương hướng, nhiệm vụ năm 2025 của Ủy ban Kiểm tra Huyện ủy./.",
      "\tNơi nhận:",
      "- Ủy ban Kiểm tra Tỉnh ủy,",
      "- Thường trực Huyện ủy,",
      "- Các đồng chí Ủy viên UBKT Huyện ủy,",
      "- Lưu UBKT.",
      "\tT/M ỦY BAN KIỂM TRA",
      "CHỦ NHIỆM",
      "",
      "",
      "")
    A(f"{FOOT} Ban Thường vụ Huyện ủy kiểm tra {d.sum_('{} tổ chức đảng', 12, [5, 3, 4], part_lz=True)}, gồm 05 đảng ủy xã, 03 đảng ủy thị trấn và cơ quan, 04 chi bộ cơ sở; nội dung kiểm tra tập trung vào việc lãnh đạo thực hiện Nghị quyết Đại hội và công tác chuẩn bị đại hội đảng bộ cơ sở.")
    P("", "")
    A(f"{FOOT} Giám sát chuyên đề {d.sum_('{} tổ chức đảng', 58, [14, 44])}, gồm 14 đảng ủy cơ sở và 44 chi bộ trực thuộc; nội dung giám sát việc thực hiện Quy định số 69-QĐ/TW của Bộ Chính trị về kỷ luật tổ chức đảng, đảng viên vi phạm.")
    P("")
    return d


# ============================================================================
# h3-06: studying resolutions and political-theory training, 2024
# ============================================================================
def draft6():
    d = Draft("h3-06", "bao-cao-hoc-tap-nghi-quyet-dao-tao-llct-2024")
    A, P = d.add, d.plain
    P("\tHUYỆN ỦY LONG ĐIỀN",
      "BAN TUYÊN GIÁO",
      "*",
      "Số      -BC/BTGHU",
      "\tĐẢNG CỘNG SẢN VIỆT NAM",
      "",
      "Long Điền, ngày     tháng 12 năm 2024",
      "",
      "BÁO CÁO",
      "kết quả học tập, quán triệt, triển khai thực hiện nghị quyết của Đảng",
      "và công tác đào tạo, bồi dưỡng lý luận chính trị năm 2024",
      "-----",
      "Thực hiện Quy định số 98-QĐ/TW ngày 07/10/2022 của Ban Bí thư về học tập lý luận chính trị trong Đảng và Kế hoạch số 126-KH/HU ngày 05/01/2024 của Ban Thường vụ Huyện ủy, Ban Tuyên giáo Huyện ủy báo cáo kết quả năm 2024 như sau:",
      "I. ĐẶC ĐIỂM TÌNH HÌNH",
      "Đảng bộ huyện có 47 tổ chức cơ sở đảng với 5.529 đảng viên; Trung tâm Chính trị huyện có 06 biên chế, đội ngũ giảng viên kiêm chức 21 đồng chí là lãnh đạo các ban, ngành huyện; cơ sở vật chất phục vụ học tập cơ bản đáp ứng yêu cầu, 14/14 xã, thị trấn có điểm cầu trực tuyến.",
      "Đội ngũ báo cáo viên cấp huyện gồm 32 đồng chí, báo cáo viên cơ sở 118 đồng chí được bồi dưỡng, cung cấp thông tin định kỳ hằng tháng; tài liệu học tập được cấp phát kịp thời đến chi bộ.",
      "II. KẾT QUẢ HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT",
      "1. Công tác lãnh đạo, chỉ đạo")
    d.foot_split("Ban Thường vụ Huyện ủy ban hành kế hoạch, Ban Tuyên giáo Huyện ủy ban hành Hướng dẫn số 12-HD/BTGHU ngày 08/01/2024 về tổ chức học tập, quán triệt các nghị quyết, chỉ thị của Trung ương, của Tỉnh ủy", "; phân công báo cáo viên cấp huyện phụ trách từng cụm cơ sở; yêu cầu 100% tổ chức cơ sở đảng xây dựng kế hoạch học tập và chương trình hành động thực hiện.")
    P("2. Kết quả tổ chức học tập")
    A(f"Hội nghị trực tuyến toàn quốc quán triệt Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII được tổ chức ngày 16/01/2024 tại 01 điểm cầu huyện và 14 điểm cầu xã, thị trấn với {d.sum_('{} đồng chí', 1236, [215, 1021])} tham dự (điểm cầu huyện 215 đồng chí, các điểm cầu cơ sở 1021 đồng chí).")
    A(f"Toàn Đảng bộ có {d.sum_('{} đảng viên tham gia học tập', 5316, [1204, 3688, 424], what='sum of the three khối numerators')} trên {d.sum_('tổng số {} đảng viên', 5529, [1230, 3862, 437], what='sum of the three khối denominators')}, {d.share(5316, 5529, tpl='đạt {}%')}; trong đó: khối cơ quan 1.204/1.230 đảng viên, {d.share(1204, 1230, tpl='đạt {}%')}; khối xã, thị trấn 3.688/3.862 đảng viên, {d.share(3688, 3862, tpl='đạt {}%')}; khối doanh nghiệp 424/437 đảng viên, {d.share(424, 437, tpl='đạt {}%')}. So với năm 2023 (95,33%), tỷ lệ đảng viên tham gia học tập {d.points('{w} {n} điểm %', '96.15', '95.33')}.")
    A(f"Có {d.sum_('{} bài thu hoạch', 5287, [1862, 2941, 484])} được chấm, trong đó loại giỏi 1.862 bài, {d.share(1862, 5287)}; khá 2.941 bài, {d.share(2941, 5287, mode='trunc', expect='rounding')}; trung bình 484 bài, {d.share(484, 5287)}; không có bài không đạt yêu cầu.")
    A(f"Đảng viên trẻ dưới 35 tuổi học tập qua ứng dụng trực tuyến 1.182 đồng chí, {d.amb('chiếm 87,3%', '87,3%', 'share', 'base (đảng viên dưới 35 tuổi) is named but its number is never given: 1.182 / ? cannot be checked')} số đảng viên trẻ; hình thức học tập trực tuyến giúp đảng viên đi làm ăn xa chủ động thời gian.")
    P("Sau học tập, 100% tổ chức cơ sở đảng xây dựng chương trình hành động, kế hoạch thực hiện; nhiều nơi cụ thể hóa thành chỉ tiêu, nhiệm vụ gắn với trách nhiệm người đứng đầu. Công tác kiểm tra, giám sát việc học tập được duy trì, qua đó kịp thời chấn chỉnh một số chi bộ tổ chức học tập chưa nghiêm.",
      "III. CÔNG TÁC ĐÀO TẠO, BỒI DƯỠNG LÝ LUẬN CHÍNH TRỊ",
      "1. Đào tạo trung cấp lý luận chính trị - hành chính")
    A(f"Phối hợp Trường Chính trị tỉnh mở 03 lớp trung cấp lý luận chính trị - hành chính hệ không tập trung với {d.sum_('{} học viên', 142, [48, 49, 45])} (lớp K42A: 48, lớp K42B: 49, lớp K42C: 45); trong đó nữ 61 học viên, {d.share(61, 142)}; trẻ dưới 35 tuổi 38 học viên, {d.share(38, 142, written='26.67', expect='inconsistent', why='digits swapped: 38/142 = 26,76')}; dân tộc thiểu số 09 học viên, {d.share(9, 142)}.")
    P("Ban Tổ chức Huyện ủy phối hợp Trung tâm Chính trị huyện rà soát đối tượng, bảo đảm cử đúng cán bộ trong quy hoạch, cán bộ chủ chốt cấp xã chưa đạt chuẩn lý luận chính trị đi học[")
    P("]. Việc quản lý học viên được thực hiện chặt chẽ, có phiếu nhận xét gửi về cơ quan, đơn vị cử đi học sau mỗi học phần.")
    A(f"Lớp K42C đặt tại xã Tân Long với {d.subset('{} học viên', 45, [('nữ', 20), ('trẻ', 17), ('dân tộc thiểu số', 3)])}, trong đó nữ 20, trẻ 17, dân tộc thiểu số 03; lớp học được tổ chức vào thứ Bảy, Chủ nhật hằng tuần để học viên bảo đảm công tác chuyên môn.")
    A(f"Kết quả: {d.frac('{} học viên', 140, 142, 142, what='142 enrolled')} tốt nghiệp, {d.share(140, 142, tpl='đạt {}%')}; {d.sum_('trong số {} học viên tốt nghiệp', 140, [37, 89, 14])}, loại giỏi 37 học viên, {d.share(37, 140, base_note='140 graduates')}, loại khá 89 học viên, {d.share(89, 140, mode='up', expect='rounding', base_note='140 graduates')}, trung bình 14 học viên, {d.share(14, 140, dp=0, base_note='140 graduates')}; 02 học viên chưa tốt nghiệp do chưa hoàn thành tiểu luận.")
    A(f"Trong nhiệm kỳ 2020 - 2025 (tính đến ngày 31/12/2024), mở 14 lớp trung cấp lý luận chính trị - hành chính với 683 học viên, {d.ratio('tăng {}%', 683, 564, dp=1, mode='rel')} {d.term('so với nhiệm kỳ {}', 2020, 2015)} (564 học viên); cử 64 đồng chí học cao cấp lý luận chính trị, {d.diff('{w} {n} đồng chí', 64, 49)} so với nhiệm kỳ trước (49 đồng chí).")
    P("2. Đào tạo sơ cấp lý luận chính trị")
    A(f"Trung tâm Chính trị huyện mở 05 lớp sơ cấp lý luận chính trị cho 312 học viên, {d.diff('{w} {n} học viên', 312, 287)} so với năm 2023 (287 học viên); học viên chủ yếu là cán bộ không chuyên trách cấp xã, bí thư chi đoàn, chi hội trưởng các đoàn thể ở ấp.")
    P("3. Bồi dưỡng lý luận chính trị cho đối tượng kết nạp đảng và đảng viên mới")
    A(f"Mở 08 lớp bồi dưỡng nhận thức về Đảng cho 486 quần chúng ưu tú, {d.diff('{w} {n} người', 486, 447)} so với năm 2023 (447 người); mở 06 lớp bồi dưỡng lý luận chính trị cho đảng viên mới với 197 đồng chí, {d.diff('{w} {n} đồng chí', 197, 188, written=12, expect='inconsistent')} so với năm 2023 (188 đồng chí).")
    P("4. Bồi dưỡng, cập nhật kiến thức")
    A(f"Tổng số cấp ủy viên cơ sở nhiệm kỳ 2020 - 2025 là 478 đồng chí. Năm 2024, Trung tâm Chính trị huyện phối hợp Ban Tổ chức Huyện ủy bồi dưỡng nghiệp vụ công tác đảng cho 428 cấp ủy viên cơ sở, {d.share(428, 478, tpl='đạt {}%', base_note='478, given in the previous sentence')}; số còn lại sẽ được bồi dưỡng trong quý I/2025.")
    A(f"Ban Thường vụ Huyện ủy có 86 cán bộ thuộc diện đối tượng 3; năm 2024 đã cử {d.frac('{} đồng chí', 86, 86, 86, what='86 đối tượng 3, same sentence')} đi bồi dưỡng cập nhật kiến thức, {d.share(86, 86, tpl='đạt {}%', dp=0)}. Phối hợp Bộ Chỉ huy Quân sự tỉnh bồi dưỡng kiến thức quốc phòng và an ninh cho {d.sum_('{} đồng chí', 215, [38, 167], expect='inconsistent', what='38 + 167 = 205')} (đối tượng 3: 38 đồng chí, đối tượng 4: 167 đồng chí).")
    P("IV. ĐÁNH GIÁ CHUNG",
      "1. Ưu điểm")
    A(f"Việc học tập, quán triệt nghị quyết được các cấp ủy quan tâm chỉ đạo, tổ chức nghiêm túc; {d.repeat('{} đảng viên', 5316, 5361, 'có 5.316 đảng viên tham gia học tập, section II.2', expect='inconsistent')} đã tham gia học tập các nghị quyết của Trung ương, của Tỉnh ủy; chất lượng bài thu hoạch được nâng lên, nhiều bài có đề xuất thiết thực.")
    P("Công tác đào tạo, bồi dưỡng lý luận chính trị gắn với quy hoạch cán bộ; đội ngũ giảng viên kiêm chức được tăng cường; phương pháp giảng dạy từng bước đổi mới theo hướng phát huy tính chủ động của học viên.",
      "2. Hạn chế",
      "Một số chi bộ tổ chức học tập còn hình thức, chưa bảo đảm thời gian thảo luận; tỷ lệ đảng viên tham gia học tập ở khối xã, thị trấn còn thấp hơn các khối khác; một số học viên vừa học vừa làm nên thời gian tự nghiên cứu còn ít.",
      "Nguyên nhân: Đảng viên đi làm ăn xa nhiều; một số báo cáo viên cơ sở còn hạn chế về kỹ năng truyền đạt; kinh phí hỗ trợ học viên còn thấp.",
      "V. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025",
      "1. Tổ chức học tập, quán triệt kịp thời các nghị quyết, chỉ thị mới của Trung ương; phấn đấu tỷ lệ đảng viên tham gia học tập đạt trên 96%.",
      "2. Mở 03 lớp trung cấp lý luận chính trị - hành chính, 05 lớp sơ cấp lý luận chính trị, ... lớp bồi dưỡng cập nhật kiến thức cho đối tượng 4; bồi dưỡng lý luận chính trị cho 100% đảng viên mới và quần chúng ưu tú được giới thiệu kết nạp.",
      "3. Tiếp tục đổi mới nội dung, phương pháp giảng dạy; ứng dụng công nghệ thông tin trong quản lý học viên; kiện toàn đội ngũ giảng viên kiêm chức.",
      "Trên đây là báo cáo kết quả học tập, quán triệt, triển khai thực hiện nghị quyết của Đảng và công tác đào tạo, bồi dưỡng lý luận chính trị năm 2024./.",
      "\tNơi nhận:",
      "- Ban Tuyên giáo Tỉnh ủy,",
      "- Thường trực Huyện ủy,",
      "- Trung tâm Chính trị huyện,",
      "- Lưu BTGHU.",
      "\tK/T TRƯỞNG BAN",
      "PHÓ TRƯỞNG BAN",
      "",
      "",
      "")
    P(f"{FOOT} Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII; Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương; Chỉ thị số 23-CT/TW ngày 09/02/2023 của Ban Bí thư và các nghị quyết chuyên đề của Tỉnh ủy.", "", "")
    A(f"{FOOT} Lớp K42A đặt tại Trung tâm Chính trị huyện, {d.subset('{} học viên', 48, [('nữ', 22), ('dân tộc thiểu số', 4)])}, trong đó nữ 22, dân tộc thiểu số 04; lớp K42B đặt tại thị trấn Long Điền, {d.subset('{} học viên', 49, [('nữ', 19), ('dân tộc thiểu số', 2)])}, trong đó nữ 19, dân tộc thiểu số 02.")
    P("")
    return d


# ----------------------------------------------------------------------------
def main():
    drafts = [draft1(), draft2(), draft3(), draft4(), draft5(), draft6()]
    total = {}
    kinds = {}
    verdicts = {}
    rows = []
    for d in drafts:
        claims = d.write()
        cnt = {}
        for c in claims:
            cnt[c["verdict"]] = cnt.get(c["verdict"], 0) + 1
            kinds.setdefault(c["kind"], {}).setdefault(c["verdict"], 0)
            kinds[c["kind"]][c["verdict"]] += 1
            verdicts[c["verdict"]] = verdicts.get(c["verdict"], 0) + 1
        rows.append((d.name, len(d.lines), len(claims), cnt))
    for name, nl, nc, cnt in rows:
        print(f"{name}: {nl} lines, {nc} claims  " + ", ".join(f"{k} {v}" for k, v in sorted(cnt.items())))
    print("by kind:")
    for k in sorted(kinds):
        print(f"  {k:10s} " + ", ".join(f"{v} {n}" for v, n in sorted(kinds[k].items())) + f"  (total {sum(kinds[k].values())})")
    print("by verdict: " + ", ".join(f"{k} {v}" for k, v in sorted(verdicts.items())) + f"  (total {sum(verdicts.values())})")


if __name__ == "__main__":
    main()
