#!/usr/bin/env python3
"""Generator of the dev23 learning evaluation set (Vietnamese report drafts with
labelled numeric claims).

Standard library only.  Every expected value is computed with decimal.Decimal and
ROUND_HALF_UP; every verdict written to a label is re-derived from the numbers that
are printed in the draft and asserted against the verdict the author intended.
Output:  prose/<name>.txt, prose/<name>.labels.json, SUMMARY.md
"""
import json
import re
import os
from collections import Counter, OrderedDict
from decimal import Decimal as D, ROUND_DOWN, ROUND_HALF_UP, getcontext

getcontext().prec = 60
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "prose")
FN = "[\uFFFD] "          # footnote line prefix, as the shared drafts are exported
KINDS = ["sum", "subset", "share", "fraction", "difference", "points", "ratio", "repeat", "term"]
VERDICTS = ["consistent", "rounding", "inconsistent", "ambiguous"]


# ----------------------------------------------------------------------------- numbers
def dec(x):
    return x if isinstance(x, D) else D(str(x))


def q(x, places):
    return dec(x).quantize(D(1).scaleb(-places), rounding=ROUND_HALF_UP)


def tr(x, places):
    return dec(x).quantize(D(1).scaleb(-places), rounding=ROUND_DOWN)


def places_of(x):
    e = dec(x).as_tuple().exponent
    return max(0, -e)


def vn(x, lead0=False):
    """vi-VN format: '.' thousands, ',' decimals; optional leading zero under 10."""
    x = dec(x)
    sign = "-" if x < 0 else ""
    s = format(abs(x), "f")
    ip, _, fp = s.partition(".")
    ipf = "{:,}".format(int(ip)).replace(",", ".")
    if lead0 and not fp and int(ip) < 10:
        ipf = "0" + ipf
    return sign + ipf + ("," + fp if fp else "")


def judge(stated, exact):
    """consistent / rounding (truncated) / inconsistent at the stated precision."""
    stated = dec(stated)
    p = places_of(stated)
    r, t = q(exact, p), tr(exact, p)
    if stated == r:
        return "consistent", r
    if stated == t:
        return "rounding", r
    return "inconsistent", r


# ----------------------------------------------------------------------------- drafts
class Doc:
    def __init__(self, name, office, subject, period):
        self.name, self.office, self.subject, self.period = name, office, subject, period
        self.lines, self.claims, self.pending = [], [], []

    # text
    def P(self, text):
        assert "\n" not in text
        self.lines.append(text)
        return len(self.lines)

    @property
    def text(self):
        return "\n".join(self.lines) + "\n"

    # core
    def _add(self, anchor, kind, verdict, note, right=None, expect=None, figs=(), line=None):
        ln = line if line is not None else len(self.lines)
        t = self.lines[ln - 1]
        n = t.count(anchor)
        assert n == 1, f"{self.name} L{ln}: anchor {anchor!r} occurs {n} times in line"
        for f in figs:
            assert f in anchor, f"{self.name} L{ln}: figure {f!r} not inside anchor {anchor!r}"
        assert kind in KINDS, kind
        if expect is not None and expect != verdict:
            raise AssertionError(
                f"{self.name} L{ln} {anchor!r}: computed {verdict}, intended {expect} ({note})")
        for c in self.claims:
            assert not (c["line"] == ln and c["anchor"] == anchor), f"duplicate anchor {anchor!r}"
        c = OrderedDict(line=ln, anchor=anchor, kind=kind, verdict=verdict)
        if verdict in ("rounding", "inconsistent"):
            assert right, f"{self.name} L{ln}: right value missing"
            c["right"] = right
        else:
            assert right is None
        c["note"] = note
        self.claims.append(c)

    def _in_line(self, *vals):
        t = self.lines[-1]
        for v in vals:
            assert v in t, f"{self.name} L{len(self.lines)}: {v!r} not in line"

    def _in_doc(self, *vals):
        # checked when the draft is complete (a base may be stated later in the text)
        self.pending.extend(vals)

    def finish(self):
        for v in self.pending:
            assert v in self.text, f"{self.name}: {v!r} not in document"
        # resolve line references written as {@unique fragment} in notes
        def ref(m):
            hits = [i for i, t in enumerate(self.lines, 1) if m.group(1) in t]
            assert len(hits) == 1, f"{self.name}: line reference {m.group(1)!r} matches {hits}"
            return str(hits[0])
        for c in self.claims:
            c["note"] = re.sub(r"\{@([^}]*)\}", ref, c["note"])
            assert "{" not in c["note"], c["note"]

    # ---- sum: total = sum of parts (parts may carry a sign for stock-flow identities)
    def sum(self, anchor, total, parts, expect, what="", amb=None, lead0=False, where="line", kind="sum"):
        total = dec(total)
        parts = [dec(p) for p in parts]
        comp = sum(parts)
        fs = vn(total, lead0)
        if where == "line":
            self._in_line(*[vn(abs(p), lead0 and abs(p) < 10) for p in parts])
        elif where == "doc":
            self._in_doc(*[vn(abs(p)) for p in parts])
        expr = " ".join(("+ " if p >= 0 else "- ") + vn(abs(p)) for p in parts)[2:]
        note = f"{what}: {expr} = {vn(comp)} vs stated {vn(total)}".strip(": ")
        verdict = "consistent" if comp == total else "inconsistent"
        right = None
        if amb:
            assert verdict != "consistent", f"{anchor}: ambiguous sum should look wrong on a plain reading"
            verdict, note = "ambiguous", note + ". " + amb
        elif verdict == "inconsistent":
            right = vn(comp, lead0 and comp < 10)
        self._add(anchor, kind, verdict, note, right, expect, figs=(fs,))

    # ---- subset: part <= parent
    def subset(self, anchor, part, parent, expect, what=""):
        part, parent = dec(part), dec(parent)
        self._in_doc(vn(parent))
        verdict = "consistent" if part <= parent else "inconsistent"
        note = f"{what}: {vn(part)} <= {vn(parent)}".strip(": ")
        self._add(anchor, "subset", verdict, note, None, expect)

    # ---- share / fraction / ratio: stated % (or value) against an exact quotient
    def _quot(self, kind, anchor, stated, exact, expr, expect, suffix="%", amb=None, alt=None):
        stated = dec(stated)
        verdict, r = judge(stated, exact)
        note = f"{expr} = {vn(q(exact, places_of(stated) + 3))}{suffix} -> {vn(r)}{suffix}; stated {vn(stated)}{suffix}"
        if verdict == "rounding":
            note += " (truncated, not rounded half up)"
        right = None
        if amb:
            assert verdict != "consistent", f"{anchor}: ambiguous claim should look wrong on a plain reading"
            if alt is not None:
                v2, _ = judge(stated, alt[0])
                assert v2 == "consistent", f"{anchor}: alternative reading should explain the value"
                note += f"; alternative {alt[1]} = {vn(q(alt[0], places_of(stated) + 3))}{suffix} matches"
            verdict, note = "ambiguous", note + ". " + amb
        elif verdict != "consistent":
            right = vn(r) + suffix
        self._add(anchor, kind, verdict, note, right, expect, figs=(vn(stated),))

    def share(self, anchor, stated, part, base, expect, what="share", amb=None, alt_base=None, alt_what="",
              base_in_doc=True):
        part, base = dec(part), dec(base)
        self._in_doc(vn(part))
        if base_in_doc:
            self._in_doc(vn(base))
        alt = None
        if alt_base is not None:
            alt = (part * 100 / dec(alt_base), f"{vn(part)} / {vn(alt_base)} ({alt_what})")
        self._quot("share", anchor, stated, part * 100 / base, f"{what}: {vn(part)} / {vn(base)} x 100",
                   expect, amb=amb, alt=alt)

    def fraction(self, anchor, stated, a, b, expect, what="fraction"):
        a, b = dec(a), dec(b)
        self._quot("fraction", anchor, stated, a * 100 / b, f"{what}: {vn(a)}/{vn(b)} x 100", expect)

    def ratio(self, anchor, stated, cur, prev, expect, mode="index", what="", suffix=None, amb=None, alt=None,
              expr_text=None):
        cur, prev = dec(cur), dec(prev)
        if mode == "index":      # current / previous x 100 ("bằng X%", "đạt X% kế hoạch")
            ex, expr, sf = cur * 100 / prev, f"{vn(cur)} / {vn(prev)} x 100", "%"
        elif mode == "inc":      # "tăng X%" = (current / previous - 1) x 100
            ex, expr, sf = (cur / prev - 1) * 100, f"({vn(cur)} / {vn(prev)} - 1) x 100", "%"
        elif mode == "dec":      # "giảm X%"
            ex, expr, sf = (1 - cur / prev) * 100, f"(1 - {vn(cur)} / {vn(prev)}) x 100", "%"
        elif mode == "per":      # average / rate per unit, or "gấp X lần"
            ex, expr, sf = cur / prev, f"{vn(cur)} / {vn(prev)}", ""
        elif mode == "mul":      # product (quantity x rate)
            ex, expr, sf = cur * prev, f"{vn(cur)} x {vn(prev)}", ""
        else:
            raise ValueError(mode)
        if suffix is not None:
            sf = suffix
        if expr_text is not None:
            expr = expr_text
        self._quot("ratio", anchor, stated, ex, f"{what}: {expr}".strip(": "), expect, suffix=sf, amb=amb, alt=alt)

    # ---- difference: "tăng/giảm N" = current - previous
    def diff(self, anchor, word, stated, cur, prev, expect, what="", unit="", lead0=False):
        stated, cur, prev = dec(stated), dec(cur), dec(prev)
        comp = cur - prev
        assert word in ("tăng", "giảm")
        ok = (comp == stated) if word == "tăng" else (comp == -stated)
        note = f"{what}: {vn(cur)} - {vn(prev)} = {vn(comp)}; stated '{word} {vn(stated)}'".strip(": ")
        right = None
        if not ok:
            w = "tăng" if comp > 0 else "giảm"
            right = f"{w} {vn(abs(comp), lead0)}{unit}"
        self._add(anchor, "difference", "consistent" if ok else "inconsistent", note, right, expect,
                  figs=(vn(stated, lead0),))

    # ---- points: change of a percentage, both readings checked
    def points(self, anchor, word, stated, cur, prev, expect, what=""):
        stated, cur, prev = dec(stated), dec(cur), dec(prev)
        p = places_of(stated)
        pts = cur - prev
        rel = (cur / prev - 1) * 100
        sgn = 1 if word == "tăng" else -1
        ok_pts = q(pts, p) == sgn * stated
        ok_rel = q(rel, p) == sgn * stated
        note = (f"{what}: points {vn(cur)} - {vn(prev)} = {vn(pts)}; relative "
                f"({vn(cur)}/{vn(prev)} - 1) x 100 = {vn(q(rel, p + 2))}%; stated '{word} {vn(stated)}'").strip(": ")
        if ok_pts:
            verdict, note = "consistent", note + " -> percentage-point reading holds"
        elif ok_rel:
            verdict, note = "consistent", note + " -> relative reading holds"
        else:
            verdict = "inconsistent"
        right = None if verdict == "consistent" else f"{'tăng' if pts > 0 else 'giảm'} {vn(abs(q(pts, p)))}"
        self._add(anchor, "points", verdict, note, right, expect, figs=(vn(stated),))

    # ---- repeat: the same quantity restated
    def repeat(self, anchor, stated, original, expect, what="", amb=None, lead0=False, pct=False):
        stated, original = dec(stated), dec(original)
        sfx = "%" if pct else ""
        self._in_doc(vn(original, lead0) + sfx)
        verdict = "consistent" if stated == original else "inconsistent"
        note = f"{what}: restated {vn(stated, lead0)}{sfx}, first stated {vn(original, lead0)}{sfx}".strip(": ")
        right = None
        if amb:
            verdict, note = "ambiguous", note + ". " + amb
        elif verdict == "inconsistent":
            right = vn(original, lead0) + sfx
        self._add(anchor, "repeat", verdict, note, right, expect, figs=(vn(stated, lead0) + sfx,))

    # ---- term: period named in a comparison
    def term(self, anchor, stated, correct, expect, what="", right_text=None, note=None):
        verdict = "consistent" if stated == correct else "inconsistent"
        if note is None:
            note = (f"{what}: compared period named '{stated}', period before the claim's own period is "
                    f"'{correct}'").strip(": ")
        right = None
        if verdict == "inconsistent":
            right = right_text or correct
        self._add(anchor, "term", verdict, note, right, expect, figs=(stated,))

    # ---- ambiguous claim decided by hand (note explains why)
    def amb(self, anchor, kind, note, figs=()):
        self._add(anchor, kind, "ambiguous", note, None, "ambiguous", figs=figs)


C, R, I, A = "consistent", "rounding", "inconsistent", "ambiguous"


# ============================================================================ d23-01
def draft1():
    d = Doc("d23-01", "Trung tâm Bảo trợ xã hội tỉnh Phú Yên (Sở Lao động - Thương binh và Xã hội)",
            "social protection center", "annual report 2024")
    P = d.P
    P("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH PHÚ YÊN")
    P("TRUNG TÂM BẢO TRỢ XÃ HỘI")
    P("Số:      /BC-TTBTXH")
    P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    P("Độc lập - Tự do - Hạnh phúc")
    P("Phú Yên, ngày      tháng 12 năm 2024")
    P("BÁO CÁO")
    P("Kết quả thực hiện nhiệm vụ năm 2024 và phương hướng, nhiệm vụ năm 2025")
    P("Thực hiện Quyết định số 2178/QĐ-SLĐTBXH ngày 28/12/2023 của Sở Lao động - Thương binh và Xã hội "
      "về giao chỉ tiêu kế hoạch năm 2024 và Công văn số 1542/SLĐTBXH-BTXH ngày 15/11/2024 về việc báo cáo "
      "tổng kết năm, Trung tâm Bảo trợ xã hội tỉnh báo cáo kết quả thực hiện nhiệm vụ năm 2024 như sau:")
    P("I. ĐẶC ĐIỂM, TÌNH HÌNH")
    P("Trung tâm là đơn vị sự nghiệp công lập trực thuộc Sở, có 04 phòng chuyên môn (Phòng Tổ chức - Hành chính, "
      "Phòng Công tác xã hội, Phòng Y tế - Phục hồi chức năng, Phòng Quản lý - Nuôi dưỡng). Đến 31/12/2024, tổng "
      "số viên chức, người lao động là 68 người (gồm 41 viên chức, 27 lao động hợp đồng), tăng 03 người so với "
      "năm 2023 (65 người); trong đó nữ 46 người, đảng viên 29 người; trình độ đại học trở lên 38 người, chiếm 92,68%.")
    d.sum("04 phòng chuyên môn", 4, [1, 1, 1, 1], C, "departments named in the parenthesis", lead0=True,
          where="named")
    d.sum("là 68 người", 68, [41, 27], C, "staff = civil servants + contract workers")
    d.diff("tăng 03 người", "tăng", 3, 68, 65, C, "staff 2024 vs 2023", lead0=True)
    d.term("so với năm 2023 (65 người)", "2023", "2023", C, "annual report 2024")
    d.subset("nữ 46 người", 46, 68, C, "women among staff")
    d.subset("đảng viên 29 người", 29, 68, C, "party members among staff")
    d.share("chiếm 92,68%", D("92.68"), 38, 68, A, "university-educated / all staff", alt_base=41,
            alt_what="civil servants only",
            amb="Base not named: the sentence's total is 68 staff, but the value is exactly 38 of the 41 civil servants; "
                "whether contract workers hold degrees cannot be told")
    P("Khuôn viên Trung tâm rộng 3,6 ha, có 12 dãy nhà ở với 180 giường, hiện sử dụng 163/180 giường, đạt 90,56% "
      "công suất. Dự toán kinh phí được giao năm 2024 là 14,382 tỷ đồng, gồm ngân sách nhà nước cấp 11,650 tỷ đồng, "
      "chiếm 81,0%, và nguồn thu sự nghiệp 2,732 tỷ đồng.")
    d.fraction("163/180 giường, đạt 90,56%", D("90.56"), 163, 180, C, "beds in use")
    d.sum("là 14,382 tỷ đồng", D("14.382"), [D("11.650"), D("2.732")], C, "budget estimate = state budget + own revenue")
    d.share("chiếm 81,0%", D("81.0"), D("11.650"), D("14.382"), C, "state budget / budget estimate")
    P("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024")
    P("1. Công tác tiếp nhận, quản lý, nuôi dưỡng đối tượng")
    P("Trong năm, Trung tâm tiếp nhận mới 37 đối tượng theo quyết định của Giám đốc Sở; phối hợp đưa 19 đối tượng "
      "trở về gia đình, cộng đồng (trong đó 11 trẻ em, 06 người cao tuổi, 05 người khuyết tật); một số đối tượng cao "
      "tuổi, bệnh nặng đã từ trần, Trung tâm tổ chức mai táng chu đáo theo quy định tại Nghị định số 20/2021/NĐ-CP "
      "ngày 15/3/2021 của Chính phủ.")
    d.sum("đưa 19 đối tượng", 19, [11, 6, 5], A, "persons returned home",
          amb="Parts exceed the total, but 'trẻ em' and 'người khuyết tật' are different dimensions "
              "(a disabled child counts in both), so overlap is possible and the text does not say")
    P("Đến 31/12/2024, Trung tâm đang nuôi dưỡng tập trung 163 đối tượng (trẻ em có hoàn cảnh đặc biệt 58 em, người cao "
      "tuổi cô đơn không nơi nương tựa 47 người, người khuyết tật nặng 41 người, người rối nhiễu tâm trí 17 người), "
      "tăng 12 đối tượng so với cuối năm 2023 (151 đối tượng), đạt 108,67% kế hoạch giao (150 đối tượng). Trong tổng "
      "số, nữ 88 người, chiếm 53,98%; người dân tộc thiểu số 21 người, chiếm 12,88%; trẻ em dưới 06 tuổi 14 em, "
      "chiếm 24,14% số trẻ em đang nuôi dưỡng.")
    d.sum("tập trung 163 đối tượng", 163, [58, 47, 41, 17], C, "residents by group")
    d.diff("tăng 12 đối tượng", "tăng", 12, 163, 151, C, "residents end 2024 vs end 2023")
    d.term("so với cuối năm 2023", "2023", "2023", C, "annual report 2024")
    d.ratio("đạt 108,67% kế hoạch", D("108.67"), 163, 150, C, "index", "residents / plan")
    d.share("chiếm 53,98%", D("53.98"), 88, 163, R, "women / residents")
    d.share("chiếm 12,88%", D("12.88"), 21, 163, C, "ethnic minority / residents")
    d.share("chiếm 24,14%", D("24.14"), 14, 58, C, "children under 6 / children (base named)")
    P("2. Công tác chăm sóc sức khỏe, phục hồi chức năng")
    P("Trung tâm phối hợp với Bệnh viện Đa khoa tỉnh tổ chức 02 đợt khám sức khỏe định kỳ cho 163/163 đối tượng, đạt "
      "100%; khám, điều trị tại chỗ 1.247 lượt (quý I 298 lượt, quý II 305 lượt, quý III 331 lượt, quý IV 313 lượt); "
      "chuyển tuyến điều trị 38 lượt, giảm 09 lượt so với năm 2023 (29 lượt). Thực hiện phục hồi chức năng cho 52 đối "
      "tượng là người khuyết tật, trong đó 17 đối tượng có tiến bộ rõ rệt về vận động, giao tiếp, chiếm 32,96%.")
    d.fraction("163/163 đối tượng, đạt 100%", D("100"), 163, 163, C, "health checks")
    d.sum("tại chỗ 1.247 lượt", 1247, [298, 305, 331, 313], C, "treatments by quarter (exhaustive)")
    d.diff("giảm 09 lượt", "giảm", 9, 38, 29, I, "referrals 2024 vs 2023 (sign reversed)", unit=" lượt", lead0=True)
    d.term("so với năm 2023 (29 lượt)", "2023", "2023", C, "annual report 2024")
    d.repeat("52 đối tượng là người khuyết tật", 52, 41, A, "disabled persons",
             amb="Line {@người khuyết tật nặng 41 người} counts 41 'người khuyết tật nặng' (severe only, as a resident group); 52 'người khuyết tật' "
                 "may include disabled children counted as trẻ em; same label, different qualifier")
    d.share("chiếm 32,96%", D("32.96"), 17, 52, I, "improved / rehabilitated (digits swapped)")
    P("Tỷ lệ trẻ em được đến trường (kể cả mầm non) đạt 96,55% (56/58 em), tăng 3,88% so với năm học trước (92,67%); "
      "100% trẻ em được tiêm chủng đầy đủ, 100% đối tượng có thẻ bảo hiểm y tế.")
    d.fraction("96,55% (56/58 em)", D("96.55"), 56, 58, C, "children at school")
    d.points("tăng 3,88%", "tăng", D("3.88"), D("96.55"), D("92.67"), C, "schooling rate")
    P("3. Công tác xã hội, tư vấn và trợ giúp đột xuất")
    P("Duy trì đường dây nóng 24/7, năm 2024 tiếp nhận 412 cuộc gọi (trong đó tư vấn tâm lý 156 cuộc, chiếm 37,86%; "
      "tư vấn pháp luật 97 cuộc; tư vấn chế độ, chính sách 121 cuộc), tăng 27,61% so với năm 2023 (324 cuộc). Phối hợp "
      "với các huyện, thị xã, thành phố hỗ trợ khẩn cấp 86 trường hợp (gồm 49 trẻ em bị bỏ rơi, xâm hại; 23 phụ nữ bị "
      "bạo lực gia đình; 14 người lang thang; 09 người gặp rủi ro do thiên tai), trong đó 31 trường hợp được tiếp nhận "
      "nuôi dưỡng tạm thời.")
    d.sum("tiếp nhận 412 cuộc gọi", 412, [156, 97, 121], A, "hotline calls by topic",
          amb="'Trong đó' parts of one dimension sum below the total (374 < 412): a subset unless the three topics "
              "are exhaustive, which the text does not say")
    d.share("chiếm 37,86%", D("37.86"), 156, 412, C, "psychological counselling / calls")
    d.ratio("tăng 27,61%", D("27.61"), 412, 324, I, "inc", "calls 2024 vs 2023 (digits swapped)")
    d.term("so với năm 2023 (324 cuộc)", "2023", "2023", C, "annual report 2024")
    d.sum("khẩn cấp 86 trường hợp", 86, [49, 23, 14, 9], I, "emergency cases, 'gồm' (a part left out of the total)")
    d.subset("31 trường hợp", 31, 86, C, "temporarily sheltered among emergency cases")
    P("Tổ chức 24 buổi sinh hoạt chuyên đề kỹ năng sống cho 1.080 lượt đối tượng, bình quân 45 lượt/buổi; dạy nghề may, "
      "làm hương, trồng nấm cho 26 đối tượng, 19 người đã có việc làm, đạt 73,08%. Đón tiếp 2.350 lượt tình nguyện viên, "
      "đoàn thiện nguyện, tăng 410 lượt so với năm trước (1.940 lượt). Vận động các tổ chức, cá nhân ủng hộ tiền và "
      "hiện vật trị giá 1.236 triệu đồng (tiền mặt 748 triệu đồng, hiện vật quy đổi 488 triệu đồng), bằng 113,91% so "
      "với năm 2023 (1.085 triệu đồng).")
    d.ratio("bình quân 45 lượt/buổi", D("45"), 1080, 24, C, "per", "participants per session", suffix="")
    d.share("đạt 73,08%", D("73.08"), 19, 26, C, "employed / trained")
    d.diff("tăng 410 lượt", "tăng", 410, 2350, 1940, C, "volunteers vs previous year")
    d.sum("trị giá 1.236 triệu đồng", 1236, [748, 488], C, "donations = cash + in kind")
    d.ratio("bằng 113,91%", D("113.91"), 1236, 1085, R, "index", "donations 2024 / 2023")
    d.term("với năm 2023 (1.085 triệu đồng)", "2023", "2023", C, "annual report 2024")
    P("4. Công tác quản lý tài chính, tài sản")
    P("Tổng kinh phí thực hiện năm 2024 là 13,926 tỷ đồng, đạt 96,83% dự toán được giao, trong đó chi chăm sóc, nuôi "
      "dưỡng đối tượng 5,214 tỷ đồng (riêng tiền ăn 3,168 tỷ đồng, chiếm 22,03% tổng kinh phí chăm sóc, nuôi dưỡng); chi "
      "thanh toán cho cá nhân 6,875 tỷ đồng, chiếm 49,37%; chi nghiệp vụ chuyên môn, sửa chữa nhỏ 1,837 tỷ đồng. Thu sự "
      "nghiệp từ dịch vụ chăm sóc theo yêu cầu 2,815 tỷ đồng, vượt 3,04% dự toán thu, chiếm 20,21% tổng kinh phí thực hiện.")
    d.sum("là 13,926 tỷ đồng", D("13.926"), [D("5.214"), D("6.875"), D("1.837")], C,
          "spending by item ('trong đó' parts equal the total: full breakdown)")
    d.ratio("đạt 96,83% dự toán", D("96.83"), D("13.926"), D("14.382"), C, "index", "spent / budget estimate (line {@Dự toán kinh phí được giao năm 2024})")
    d.share("chiếm 22,03%", D("22.03"), D("3.168"), D("5.214"), I,
            "food / care spending (base named in words); 22,03% is 3,168 / 14,382, the whole budget")
    d.share("chiếm 49,37%", D("49.37"), D("6.875"), D("13.926"), C, "personnel / total spent")
    d.ratio("vượt 3,04%", D("3.04"), D("2.815"), D("2.732"), C, "inc", "own revenue vs revenue estimate (line {@Dự toán kinh phí được giao năm 2024})")
    d.share("chiếm 20,21%", D("20.21"), D("2.815"), D("13.926"), C, "own revenue / total spent (base named)")
    P("Mức tiền ăn bình quân của đối tượng nuôi dưỡng 1,62 triệu đồng/người/tháng, tăng 0,18 triệu đồng so với mức cũ "
      "(1,44 triệu đồng) theo Quyết định số 25/2023/QĐ-UBND ngày 18/7/2023 của UBND tỉnh; tài sản, trang thiết bị được "
      "kiểm kê 02 lần/năm.")
    d.ratio("1,62 triệu đồng/người/tháng", D("1.62"), D("3168") / 163, 12, C, "per",
            "food per resident per month", suffix=" triệu đồng",
            expr_text="3.168 triệu đồng / 163 đối tượng / 12 tháng")
    d.diff("tăng 0,18 triệu đồng", "tăng", D("0.18"), D("1.62"), D("1.44"), C, "food allowance new vs old")
    P("5. Công tác tổ chức, cán bộ; thi đua, khen thưởng")
    P("Kết quả đánh giá, xếp loại 41 viên chức năm 2024: hoàn thành xuất sắc nhiệm vụ 07 người (17,07%), hoàn thành tốt "
      "nhiệm vụ 30 người (73,17%), hoàn thành nhiệm vụ 04 người (9,75%), không có viên chức không hoàn thành nhiệm vụ. "
      "Cử 09 lượt viên chức tham gia bồi dưỡng nghiệp vụ công tác xã hội; 03 viên chức đang học thạc sĩ. Trung tâm đề "
      "nghị cấp trên khen thưởng 21 lượt (06 tập thể, 15 cá nhân).")
    d.sum("xếp loại 41 viên chức", 41, [7, 30, 4], C, "civil-servant ratings (disjoint levels under Decree 90/2020)")
    d.share("07 người (17,07%)", D("17.07"), 7, 41, C, "excellent / civil servants")
    d.share("30 người (73,17%)", D("73.17"), 30, 41, C, "good / civil servants")
    d.share("04 người (9,75%)", D("9.75"), 4, 41, R, "completed / civil servants")
    d.sum("khen thưởng 21 lượt", 21, [6, 15], C, "awards proposed = collectives + individuals")
    P("III. ĐÁNH GIÁ CHUNG")
    P("Năm 2024, Trung tâm hoàn thành toàn diện các chỉ tiêu được giao: nuôi dưỡng tập trung 163 đối tượng, đạt 108,67% "
      "kế hoạch; 100% đối tượng được khám sức khỏe định kỳ; giải ngân 13,926 tỷ đồng trên tổng dự toán 14,832 tỷ đồng. "
      "Tuy nhiên, một số dãy nhà xây dựng từ năm 2006 đã xuống cấp; số đối tượng rối nhiễu tâm trí tăng, trong khi 27 "
      "lao động hợp đồng chưa được hưởng phụ cấp đặc thù nghề.")
    d.repeat("nuôi dưỡng tập trung 163 đối tượng", 163, 163, C, "residents")
    d.repeat("đạt 108,67%", D("108.67"), D("108.67"), C, "residents vs plan", pct=True)
    d.repeat("100% đối tượng được khám", 100, 100, C, "health-check rate (163/163)", pct=True)
    d.repeat("giải ngân 13,926 tỷ đồng", D("13.926"), D("13.926"), C, "spent")
    d.repeat("14,832 tỷ đồng", D("14.832"), D("14.382"), I, "budget estimate (digits swapped)")
    d.repeat("27 lao động hợp đồng", 27, 27, C, "contract workers")
    P("Kiến nghị Sở bố trí kinh phí sửa chữa, cải tạo các dãy nhà xuống cấp và sớm tham mưu UBND tỉnh ban hành chế độ "
      "phụ cấp đặc thù cho lao động hợp đồng trực tiếp chăm sóc đối tượng.")
    P("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025")
    P("Phấn đấu tiếp nhận mới 40 đối tượng, bằng 108,11% so với thực hiện năm 2023 (37 đối tượng); duy trì nuôi dưỡng "
      "bình quân 170 đối tượng/tháng, tăng 07 đối tượng so với cuối năm 2024; tỷ lệ trẻ em được đến trường đạt 100%, "
      "tăng 3,45 điểm phần trăm; 100% đối tượng được khám sức khỏe định kỳ 02 lần/năm; dự toán kinh phí đề nghị năm "
      "2025 là ... tỷ đồng, trong đó nguồn thu sự nghiệp ... tỷ đồng.")
    d.ratio("bằng 108,11%", D("108.11"), 40, 37, C, "index", "new admissions plan 2025 / 2024 actual")
    d.repeat("(37 đối tượng)", 37, 37, C, "new admissions 2024 (line {@tiếp nhận mới 37 đối tượng})")
    d.term("thực hiện năm 2023", "2023", "2024", I, "plan 2025 compared with the 37 admissions of 2024 (line {@tiếp nhận mới 37 đối tượng})",
           right_text="thực hiện năm 2024")
    d.diff("tăng 07 đối tượng", "tăng", 7, 170, 163, C, "residents plan 2025 vs end 2024", lead0=True)
    d.term("so với cuối năm 2024", "2024", "2024", C, "plan 2025")
    d.points("tăng 3,45 điểm phần trăm", "tăng", D("3.45"), D("100"), D("96.55"), C, "schooling rate target")
    P("Trên đây là báo cáo kết quả thực hiện nhiệm vụ năm 2024 và phương hướng, nhiệm vụ năm 2025 của Trung tâm Bảo trợ "
      "xã hội tỉnh./.")
    P("Nơi nhận: - Sở Lao động - Thương binh và Xã hội (báo cáo); - Lưu: VT, TCHC.")
    P("GIÁM ĐỐC")
    P(FN + "Số liệu đối tượng tính đến ngày 30/11/2024 là 163 đối tượng; số liệu từ ngày 01/12/2024 đến 31/12/2024 là số "
      "ước thực hiện.")
    d.repeat("là 163 đối tượng", 163, 163, A, "residents",
             amb="Same value, but dated 30/11/2024 here and 31/12/2024 in line {@Đến 31/12/2024, Trung tâm} (December estimated): "
                 "which date the figure holds for cannot be decided")
    P(FN + "Tiền mặt 748 triệu đồng gồm: các doanh nghiệp 512 triệu đồng, các cá nhân, nhà hảo tâm 236 triệu đồng; hiện vật "
      "(gạo, sữa, quần áo, thuốc) quy đổi 488 triệu đồng.")
    d.sum("Tiền mặt 748 triệu đồng", 748, [512, 236], C, "cash donations by donor (agrees with line {@tiền mặt 748 triệu đồng, hiện vật})")
    d.repeat("quy đổi 488 triệu đồng", 488, 488, C, "in-kind donations")
    return d


# ============================================================================ d23-02
def draft2():
    d = Doc("d23-02", "Trung tâm Xúc tiến Thương mại tỉnh Bắc Giang (Sở Công Thương)",
            "trade promotion center", "annual report 2024")
    P = d.P
    P("UBND TỈNH BẮC GIANG")
    P("SỞ CÔNG THƯƠNG")
    P("TRUNG TÂM XÚC TIẾN THƯƠNG MẠI")
    P("Số: 187/BC-TTXTTM")
    P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    P("Độc lập - Tự do - Hạnh phúc")
    P("Bắc Giang, ngày 20 tháng 12 năm 2024")
    P("BÁO CÁO")
    P("Kết quả thực hiện Chương trình xúc tiến thương mại năm 2024 và nhiệm vụ trọng tâm năm 2025")
    P("Thực hiện Quyết định số 125/QĐ-UBND ngày 12/3/2024 của UBND tỉnh phê duyệt Chương trình xúc tiến thương mại tỉnh "
      "Bắc Giang năm 2024 gồm 11 đề án (08 đề án trong nước, 03 đề án ngoài nước) với tổng kinh phí 6.850 triệu đồng, "
      "Trung tâm Xúc tiến Thương mại báo cáo kết quả thực hiện như sau:")
    d.sum("gồm 11 đề án", 11, [8, 3], C, "projects = domestic + foreign")
    P("I. KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH NĂM 2024")
    P("1. Kết quả chung")
    P("Trung tâm hiện có 16 viên chức, người lao động (12 viên chức, 04 lao động hợp đồng), trong đó 09 nữ. Năm 2024 đã "
      "thực hiện 10/11 đề án, đạt 90,90%; 01 đề án tổ chức đoàn giao dịch thương mại tại Nhật Bản không thực hiện do đối "
      "tác lùi thời gian. Tổng kinh phí giải ngân 6.127 triệu đồng, đạt 89,45% kế hoạch, trong đó ngân sách tỉnh 4.930 "
      "triệu đồng, chiếm 80,46%, doanh nghiệp đối ứng 1.197 triệu đồng; kinh phí Chương trình cấp quốc gia hỗ trợ ... "
      "triệu đồng.")
    d.sum("có 16 viên chức", 16, [12, 4], C, "staff = civil servants + contract")
    d.subset("09 nữ", 9, 16, C, "women among staff")
    d.fraction("10/11 đề án, đạt 90,90%", D("90.90"), 10, 11, R, "projects carried out")
    d.ratio("đạt 89,45% kế hoạch", D("89.45"), 6127, 6850, C, "index", "disbursed / planned (line {@với tổng kinh phí 6.850 triệu đồng})")
    d.sum("01 đề án", 1, [11, -10], C, "projects not carried out = planned - done", where="doc", lead0=True,
          kind="difference")
    d.sum("giải ngân 6.127 triệu đồng", 6127, [4930, 1197], C, "disbursed by source")
    d.share("chiếm 80,46%", D("80.46"), 4930, 6127, C, "provincial budget / disbursed")
    P("2. Tổ chức, tham gia hội chợ, triển lãm")
    P("a) Trong tỉnh: Tổ chức Hội chợ Thương mại - Công nghiệp tỉnh Bắc Giang năm 2024 từ ngày 19/4 đến 25/4/2024 tại "
      "Quảng trường 3/2 với quy mô 320 gian hàng (gồm 186 gian hàng doanh nghiệp trong tỉnh, chiếm 58,13%; 112 gian hàng "
      "doanh nghiệp ngoài tỉnh; 22 gian hàng quốc tế) của 214 doanh nghiệp, trong đó 87 doanh nghiệp nhỏ và vừa của tỉnh, "
      "chiếm 46,77% số doanh nghiệp trong tỉnh tham gia. Hội chợ đón khoảng 85.000 lượt khách, tăng 6.500 lượt so với "
      "năm 2023 (91.500 lượt); doanh thu bán hàng ước đạt 14,6 tỷ đồng, tăng 2,3 tỷ đồng so với hội chợ năm trước "
      "(12,3 tỷ đồng).")
    d.sum("quy mô 320 gian hàng", 320, [186, 112, 22], C, "booths by origin ('gồm')")
    d.share("chiếm 58,13%", D("58.13"), 186, 320, C, "in-province booths / booths (58,125 rounds half up)")
    d.share("chiếm 46,77%", D("46.77"), 87, 214, A, "SMEs / enterprises", alt_base=186,
            alt_what="in-province booths",
            amb="Base is 'số doanh nghiệp trong tỉnh tham gia', a number the draft never gives; the value only fits "
                "the 186 in-province booths, not the 214 enterprises")
    d.diff("tăng 6.500 lượt", "tăng", 6500, 85000, 91500, I, "visitors 2024 vs 2023 (word says increase)",
           unit=" lượt")
    d.term("so với năm 2023 (91.500 lượt)", "2023", "2023", C, "annual report 2024")
    d.diff("tăng 2,3 tỷ đồng", "tăng", D("2.3"), D("14.6"), D("12.3"), C, "fair sales vs previous fair")
    P("b) Ngoài tỉnh: Hỗ trợ 47 lượt doanh nghiệp tham gia 09 hội chợ, triển lãm (Hà Nội 04 hội chợ, Thành phố Hồ Chí "
      "Minh 02, Lạng Sơn 01, Quảng Ninh 01, Thái Nguyên 01, Hải Dương 01), tăng 09 lượt doanh nghiệp so với năm 2023 "
      "(38 lượt), bố trí 62 gian hàng, bình quân 6,9 gian hàng/hội chợ. Giá trị hợp đồng, biên bản ghi nhớ ký kết đạt "
      "38,75 tỷ đồng, bằng 131,2% so với năm trước (29,53 tỷ đồng).")
    d.sum("tham gia 09 hội chợ", 9, [4, 2, 1, 1, 1, 1], I, "fairs by city (one fair left out of the total)", lead0=True)
    d.diff("tăng 09 lượt doanh nghiệp", "tăng", 9, 47, 38, C, "firms supported vs 2023", lead0=True)
    d.term("so với năm 2023 (38 lượt)", "2023", "2023", C, "annual report 2024")
    d.ratio("bình quân 6,9 gian hàng/hội chợ", D("6.9"), 62, 9, C, "per", "booths per fair (stated 09 fairs)", suffix="")
    d.ratio("bằng 131,2%", D("131.2"), D("38.75"), D("29.53"), C, "index", "contracts 2024 / previous year")
    P("c) Ngoài nước: Tổ chức 02 đoàn doanh nghiệp khảo sát, xúc tiến thương mại tại Trung Quốc (tháng 5/2024) và Hàn "
      "Quốc (tháng 10/2024) với 23 doanh nghiệp tham gia (đoàn Trung Quốc 14 doanh nghiệp, đoàn Hàn Quốc 11 doanh "
      "nghiệp), chi phí 1.312 triệu đồng, bình quân 57,04 triệu đồng/doanh nghiệp; ký kết 07 hợp đồng, thỏa thuận hợp "
      "tác trị giá 4,85 triệu USD, trong đó 05 hợp đồng xuất khẩu vải thiều, gà đồi trị giá 3,62 triệu USD, chiếm 74,64%.")
    d.sum("với 23 doanh nghiệp", 23, [14, 11], A, "firms by mission",
          amb="14 + 11 = 25 > 23, but a firm may have joined both missions (firms vs participations): cannot tell")
    d.ratio("bình quân 57,04 triệu đồng/doanh nghiệp", D("57.04"), 1312, 23, C, "per", "cost per firm", suffix=" triệu")
    d.subset("05 hợp đồng", 5, 7, C, "export contracts among contracts")
    d.share("chiếm 74,64%", D("74.64"), D("3.62"), D("4.85"), C, "export contracts value / contracts value")
    P("3. Xúc tiến tiêu thụ vải thiều và nông sản chủ lực")
    P("Vụ vải thiều năm 2024, tổng sản lượng toàn tỉnh đạt 165.000 tấn, trong đó tiêu thụ nội địa 86.500 tấn, chiếm "
      "52,42%; xuất khẩu 78.500 tấn, chiếm 47,58% (sang Trung Quốc 69.800 tấn, chiếm 42,30% tổng sản lượng xuất khẩu; "
      "các thị trường Nhật Bản, Hoa Kỳ, EU, Úc, Trung Đông 8.700 tấn). Tổng doanh thu từ vải thiều và dịch vụ phụ trợ "
      "ước đạt 7.850 tỷ đồng, tăng 12,1% so với năm 2023.")
    d.sum("đạt 165.000 tấn", 165000, [86500, 78500], C, "lychee output = domestic + export")
    d.share("chiếm 52,42%", D("52.42"), 86500, 165000, C, "domestic / output")
    d.share("chiếm 47,58%", D("47.58"), 78500, 165000, C, "export / output")
    d.sum("xuất khẩu 78.500 tấn", 78500, [69800, 8700], C, "export by market")
    d.share("chiếm 42,30%", D("42.30"), 69800, 78500, I,
            "China / export output (base named in words); 42,30% is 69.800 / 165.000, the whole output")
    d.ratio("tăng 12,1%", D("12.1"), 7850, 6990, A, "inc", "lychee revenue 2024 vs 2023",
            amb="The only 2023 figure (footnote) is 'doanh thu từ vải thiều' 6.990 tỷ, without 'dịch vụ phụ trợ'; "
                "the bases differ in scope, so the 12,1% cannot be checked")
    d.term("so với năm 2023", "2023", "2023", C, "annual report 2024")
    P("Phối hợp tổ chức 08 sự kiện kết nối cung cầu (03 tuần hàng nông sản, 05 hội nghị kết nối tại Hà Nội, Hải Phòng, "
      "Thành phố Hồ Chí Minh), thu hút 436 lượt doanh nghiệp, hợp tác xã, trong đó 128 lượt doanh nghiệp ngoài tỉnh; giá "
      "trị tiêu thụ qua kết nối đạt 126,5 tỷ đồng, bằng 118,4% so với năm trước (106,8 tỷ đồng); giới thiệu 35 sản phẩm "
      "OCOP từ 3 sao trở lên, chiếm 18,22% tổng số 192 sản phẩm OCOP của tỉnh.")
    d.sum("08 sự kiện", 8, [3, 5], C, "events = weeks + conferences", lead0=True)
    d.subset("128 lượt", 128, 436, C, "out-of-province participations")
    d.ratio("bằng 118,4%", D("118.4"), D("126.5"), D("106.8"), C, "index", "sales via linkage vs previous year")
    d.share("chiếm 18,22%", D("18.22"), 35, 192, R, "OCOP shown / OCOP products")
    P("4. Thông tin thương mại, thương mại điện tử")
    P("Cổng thông tin xúc tiến thương mại của tỉnh đăng tải 1.254 tin, bài (quý I 276, quý II 341, quý III 352, quý IV "
      "285), thu hút 1.482.600 lượt truy cập, tăng 21,43% so với năm 2023 (1.220.900 lượt). Hỗ trợ 118 doanh nghiệp, "
      "hợp tác xã đưa 647 sản phẩm lên các sàn thương mại điện tử (trong đó nông sản tươi 215 sản phẩm, sản phẩm chế "
      "biến 298 sản phẩm, thủ công mỹ nghệ 76 sản phẩm), bình quân 5,48 sản phẩm/đơn vị; doanh thu qua sàn đạt 18,36 "
      "tỷ đồng, bình quân 155,6 triệu đồng/đơn vị.")
    d.sum("1.254 tin, bài", 1254, [276, 341, 352, 285], C, "articles by quarter")
    d.ratio("tăng 21,43%", D("21.43"), 1482600, 1220900, R, "inc", "visits 2024 vs 2023")
    d.term("so với năm 2023 (1.220.900 lượt)", "2023", "2023", C, "annual report 2024")
    d.sum("đưa 647 sản phẩm", 647, [215, 298, 76], A, "products by type",
          amb="'Trong đó' parts of one dimension sum below the total (589 < 647): the list may be partial; "
              "not exhaustive by the text")
    d.ratio("bình quân 5,48 sản phẩm/đơn vị", D("5.48"), 647, 118, C, "per", "products per firm", suffix="")
    d.ratio("bình quân 155,6 triệu đồng/đơn vị", D("155.6"), 18360, 118, C, "per", "online sales per firm (million)",
            suffix=" triệu")
    P("5. Đào tạo, tập huấn")
    P("Tổ chức 06 lớp tập huấn kỹ năng xúc tiến thương mại, bán hàng trên nền tảng số cho 412 học viên, trong đó nữ 159 "
      "học viên, chủ hợp tác xã, hộ kinh doanh 97 học viên; 97,33% học viên (410/412) đánh giá khóa học đạt yêu cầu trở "
      "lên; kinh phí 154 triệu đồng, bình quân 25,67 triệu đồng/lớp.")
    d.subset("nữ 159 học viên", 159, 412, C, "women trainees")
    d.subset("hộ kinh doanh 97 học viên", 97, 412, C, "co-op / household business trainees")
    d.fraction("97,33% học viên (410/412)", D("97.33"), 410, 412, I,
               "satisfied trainees (97,33% fits 401/412: numerator typed with digits swapped)")
    d.ratio("bình quân 25,67 triệu đồng/lớp", D("25.67"), 154, 6, C, "per", "cost per class (million)", suffix=" triệu")
    P("6. Kinh phí thực hiện theo nội dung")
    P("Kinh phí giải ngân năm 2024 chia theo nội dung: hội chợ trong tỉnh 2.185 triệu đồng, chiếm 35,66%; hội chợ ngoài "
      "tỉnh 1.476 triệu đồng, chiếm 24,09%; xúc tiến ngoài nước 1.312 triệu đồng; kết nối tiêu thụ nông sản 764 triệu "
      "đồng; thông tin, thương mại điện tử 236 triệu đồng; đào tạo, tập huấn 154 triệu đồng. Cộng: 6.172 triệu đồng.")
    d.share("chiếm 35,66%", D("35.66"), 2185, 6127, C, "in-province fair / disbursed (6.127, line {@Tổng kinh phí giải ngân 6.127})")
    d.repeat("ngoài nước 1.312 triệu đồng", 1312, 1312, C, "cost of foreign missions (line {@chi phí 1.312 triệu đồng})")
    d.repeat("tập huấn 154 triệu đồng", 154, 154, C, "training cost (line {@kinh phí 154 triệu đồng})")
    d.share("chiếm 24,09%", D("24.09"), 1476, 6127, C, "out-of-province fairs / disbursed")
    d.sum("Cộng: 6.172 triệu đồng", 6172, [2185, 1476, 1312, 764, 236, 154], I,
          "'chia ra' total (digits swapped; the parts and line {@Tổng kinh phí giải ngân 6.127} give 6.127)")
    P("II. ĐÁNH GIÁ CHUNG")
    P("Năm 2024, Trung tâm đã hoàn thành 10/11 đề án; Hội chợ Thương mại - Công nghiệp tỉnh với 320 gian hàng của 214 "
      "doanh nghiệp để lại dấu ấn tốt; trong 11 tháng năm 2024 đã hỗ trợ 47 lượt doanh nghiệp tham gia hội chợ ngoài "
      "tỉnh, giá trị hợp đồng ký kết tại các hội chợ ngoài tỉnh đạt 38,57 tỷ đồng; sản lượng vải thiều 165.000 tấn được "
      "tiêu thụ hết. Tuy nhiên, tỷ lệ giải ngân chỉ đạt 89,45%, thấp hơn năm 2023 (92,18%) là 2,96%; nhiều doanh nghiệp "
      "còn thụ động, chưa chủ động đối ứng kinh phí.")
    d.repeat("hoàn thành 10/11 đề án", 10, 10, C, "projects carried out")
    d.repeat("320 gian hàng", 320, 320, C, "booths at the provincial fair")
    d.repeat("214 doanh nghiệp", 214, 214, C, "firms at the provincial fair")
    d.repeat("47 lượt doanh nghiệp", 47, 47, A, "firms supported at out-of-province fairs",
             amb="Same value, but '11 tháng năm 2024' here and the whole year in line {@b) Ngoài tỉnh}: whether December is "
                 "included cannot be told")
    d.repeat("38,57 tỷ đồng", D("38.57"), D("38.75"), I, "contracts at out-of-province fairs (digits swapped)")
    d.repeat("165.000 tấn", 165000, 165000, C, "lychee output")
    d.repeat("chỉ đạt 89,45%", D("89.45"), D("89.45"), C, "disbursement rate", pct=True)
    d.points("là 2,96%", "giảm", D("2.96"), D("89.45"), D("92.18"), C, "disbursement rate 2024 vs 2023")
    d.term("thấp hơn năm 2023", "2023", "2023", C, "annual report 2024")
    P("Nguyên nhân của hạn chế: một số đề án phụ thuộc vào lịch của đối tác nước ngoài; thủ tục thanh, quyết toán kinh "
      "phí hỗ trợ theo Nghị định số 28/2018/NĐ-CP ngày 01/3/2018 của Chính phủ còn phức tạp; đội ngũ làm công tác xúc tiến "
      "thương mại còn mỏng, chưa được đào tạo chuyên sâu về thương mại điện tử xuyên biên giới.")
    P("III. NHIỆM VỤ TRỌNG TÂM NĂM 2025")
    P("Tham mưu UBND tỉnh ban hành Chương trình xúc tiến thương mại năm 2025 gồm 12 đề án (09 đề án trong nước, 03 đề án "
      "ngoài nước), tổng kinh phí dự kiến 7.200 triệu đồng, tăng 350 triệu đồng so với năm 2023 (6.850 triệu đồng); "
      "phấn đấu sản lượng vải thiều xuất khẩu đạt 85.000 tấn, tăng 8,28% so với năm 2024; số doanh nghiệp, hợp tác xã "
      "tham gia sàn thương mại điện tử đạt 150 đơn vị, tăng 32 đơn vị; tổ chức ... hội chợ, triển lãm trong và ngoài tỉnh.")
    d.sum("gồm 12 đề án", 12, [9, 3], C, "2025 projects")
    d.diff("tăng 350 triệu đồng", "tăng", 350, 7200, 6850, C, "2025 budget vs 2024 programme")
    d.term("so với năm 2023 (6.850 triệu đồng)", "2023", "2024", I,
           "plan 2025 compared with the 6.850 million of the 2024 programme (line {@với tổng kinh phí 6.850 triệu đồng})", right_text="so với năm 2024")
    d.ratio("tăng 8,28%", D("8.28"), 85000, 78500, C, "inc", "export target 2025 vs 2024")
    d.term("so với năm 2024", "2024", "2024", C, "plan 2025")
    d.diff("tăng 32 đơn vị", "tăng", 32, 150, 118, C, "firms on e-commerce target vs 2024")
    P("Trên đây là báo cáo kết quả thực hiện Chương trình xúc tiến thương mại năm 2024 của Trung tâm Xúc tiến Thương mại./.")
    P("Nơi nhận: - Sở Công Thương (b/c); - UBND tỉnh (b/c); - Lưu: VT, HCTH.")
    P("GIÁM ĐỐC")
    P(FN + "Sản lượng vải thiều 165.000 tấn gồm vải sớm 52.000 tấn và vải chính vụ 113.000 tấn; diện tích vải thiều toàn "
      "tỉnh 28.600 ha, trong đó diện tích đạt tiêu chuẩn VietGAP 16.200 ha, chiếm 56,64%; năm 2023, doanh thu từ vải "
      "thiều đạt 6.990 tỷ đồng.")
    d.sum("165.000 tấn gồm", 165000, [52000, 113000], C, "output by season")
    d.share("chiếm 56,64%", D("56.64"), 16200, 28600, C, "VietGAP area / lychee area")
    P(FN + "Quyết định số 318/QĐ-UBND ngày 05/6/2024 của UBND tỉnh về điều chỉnh nội dung, kinh phí 02 đề án thuộc "
      "Chương trình xúc tiến thương mại năm 2024.")
    return d


# ============================================================================ d23-03
def draft3():
    d = Doc("d23-03", "Công ty Cổ phần Bò sữa Tuyên Quang (vốn nhà nước 65%, UBND tỉnh đại diện)",
            "dairy cattle farm company", "annual report 2023 to the shareholders' meeting")
    P = d.P
    P("CÔNG TY CỔ PHẦN BÒ SỮA TUYÊN QUANG")
    P("Số: 46/BC-BSTQ")
    P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    P("Độc lập - Tự do - Hạnh phúc")
    P("Tuyên Quang, ngày 28 tháng 3 năm 2024")
    P("BÁO CÁO")
    P("Kết quả sản xuất, kinh doanh năm 2023 và kế hoạch sản xuất, kinh doanh năm 2024")
    P("(Trình Đại hội đồng cổ đông thường niên năm 2024)")
    P("Kính gửi: Đại hội đồng cổ đông Công ty Cổ phần Bò sữa Tuyên Quang")
    P("Công ty được cổ phần hóa theo Quyết định số 712/QĐ-UBND ngày 09/8/2016 của UBND tỉnh, vốn điều lệ 185 tỷ đồng "
      "(18,5 triệu cổ phần), trong đó Nhà nước (UBND tỉnh làm đại diện chủ sở hữu) nắm giữ 120,25 tỷ đồng, chiếm 65%; "
      "cổ đông là người lao động 9,25 tỷ đồng, chiếm 5%; cổ đông khác 55,5 tỷ đồng, chiếm 30%. Ban Tổng giám đốc báo "
      "cáo kết quả sản xuất, kinh doanh năm 2023 như sau:")
    d.sum("vốn điều lệ 185 tỷ đồng", 185, [D("120.25"), D("9.25"), D("55.5")], C, "charter capital by holder")
    d.share("chiếm 65%", D("65"), D("120.25"), 185, C, "state / charter capital")
    d.share("chiếm 5%", D("5"), D("9.25"), 185, C, "employees / charter capital")
    d.share("chiếm 30%", D("30"), D("55.5"), 185, C, "other holders / charter capital")
    P("I. KẾT QUẢ SẢN XUẤT, KINH DOANH NĂM 2023")
    P("Năm 2023, ngành chăn nuôi bò sữa tiếp tục gặp nhiều khó khăn: giá thức ăn chăn nuôi duy trì ở mức cao, nắng nóng "
      "kéo dài trong tháng 5 và tháng 6 làm giảm năng suất, giá thu mua sữa của các nhà máy chế biến chỉ điều chỉnh tăng "
      "nhẹ. Được sự quan tâm chỉ đạo của Tỉnh ủy, UBND tỉnh, sự phối hợp của Sở Nông nghiệp và Phát triển nông thôn, Công "
      "ty đã chủ động điều chỉnh khẩu phần ăn, lắp bổ sung hệ thống quạt mát, phun sương tại các chuồng nuôi, thực hiện "
      "nghiêm quy trình an toàn sinh học nên không để xảy ra dịch bệnh viêm da nổi cục, lở mồm long móng trên đàn bò.")
    P("1. Đàn bò và công tác giống")
    P("Đến 31/12/2023, tổng đàn bò của Công ty là 2.486 con, tăng 138 con so với 31/12/2022 (2.348 con), chia ra: bò vắt "
      "sữa 1.312 con, bò cạn sữa 246 con, bò hậu bị (bò tơ, bò mang thai lứa đầu) 400 con, bê dưới 12 tháng tuổi 528 con. "
      "Đàn cái sinh sản (bò vắt sữa và bò cạn sữa) 1.558 con, chiếm 62,67% tổng đàn; riêng bò vắt sữa chiếm 84,21% "
      "tổng đàn.")
    d.sum("là 2.486 con", 2486, [1312, 246, 400, 528], C, "herd by class ('chia ra')")
    d.diff("tăng 138 con", "tăng", 138, 2486, 2348, C, "herd end 2023 vs end 2022")
    d.term("so với 31/12/2022", "2022", "2022", C, "annual report 2023")
    d.sum("1.558 con", 1558, [1312, 246], C, "breeding cows = milking + dry")
    d.share("chiếm 62,67%", D("62.67"), 1558, 2486, C, "breeding cows / herd")
    d.share("chiếm 84,21% tổng đàn", D("84.21"), 1312, 2486, I,
            "milking cows / herd (base named 'tổng đàn'); 84,21% is 1.312 / 1.558, the breeding cows")
    P("Trong năm, đàn bò sinh 1.046 bê (bê cái 532 con, bê đực 514 con); phối giống nhân tạo 1.192 lượt, số bò đậu thai "
      "744 con, tỷ lệ đậu thai 62.42%; bán, loại thải 880 con (bê đực 496 con, bò sữa loại thải do năng suất thấp, vô sinh "
      "384 con); chết 28 con, tỷ lệ chết 1,13% so với tổng đàn bình quân. Như vậy, từ 2.348 con đầu năm, tổng đàn cuối "
      "năm còn 2.486 con.")
    d.sum("sinh 1.046 bê", 1046, [532, 514], C, "calves born by sex")
    d.amb("tỷ lệ đậu thai 62.42%", "share",
          "Percentage written with a dot: '62.42%' reads as 6.242% in vi-VN format, or a mistyped 62,42% "
          "(744 / 1.192 = 62,416% -> 62,42%); must be reported as ambiguous, not parsed", figs=("62.42",))
    d.sum("bán, loại thải 880 con", 880, [496, 384], C, "animals sold or culled")
    d.share("tỷ lệ chết 1,13%", D("1.13"), 28, 2417, A, "deaths / average herd (2.348 + 2.486) / 2",
            alt_base=2486, alt_what="end-of-year herd", base_in_doc=False,
            amb="The average herd is never stated; the simple average of opening and closing herd gives 1,16%, "
                "the closing herd gives 1,13%, a monthly average could give either")
    d.repeat("từ 2.348 con đầu năm", 2348, 2348, C, "opening herd")
    d.sum("còn 2.486 con", 2486, [2348, 1046, -880, -28], C, "stock-flow: opening + born - sold - dead")
    P("2. Sản lượng, chất lượng sữa")
    P("Sản lượng sữa tươi nguyên liệu năm 2023 đạt 10.268 tấn, bằng 102,68% kế hoạch (10.000 tấn), tăng 7,42% so với năm "
      "2022 (9.559 tấn); trong đó quý I 2.395 tấn, quý II 2.162 tấn, quý III 2.683 tấn, quý IV 2.578 tấn. Năng suất sữa "
      "bình quân 21,44 kg/con/ngày (tính trên đàn vắt sữa bình quân 1.312 con), tăng 0,86 kg/con/ngày so với năm trước "
      "(22,30 kg). Sản lượng sữa đạt chất lượng loại A 9.888 tấn, chiếm 96,29%.")
    d.ratio("bằng 102,68% kế hoạch", D("102.68"), 10268, 10000, C, "index", "milk / plan")
    d.ratio("tăng 7,42%", D("7.42"), 10268, 9559, C, "inc", "milk 2023 vs 2022")
    d.term("so với năm 2022 (9.559 tấn)", "2022", "2022", C, "annual report 2023")
    d.sum("đạt 10.268 tấn", 10268, [2395, 2162, 2683, 2578], I,
          "milk by quarter, exhaustive (quý II 2.162 is probably 2.612: swapped digits)")
    d.ratio("21,44 kg/con/ngày", D("21.44"), D("10268000") / 1312, 365, C, "per",
            "milk yield", suffix=" kg", expr_text="10.268.000 kg / 1.312 con / 365 ngày")
    d.repeat("bình quân 1.312 con", 1312, 1312, C,
             "milking cows (line {@tổng đàn bò của Công ty là 2.486 con} gives 1.312 at 31/12; here the average, same value)")
    d.diff("tăng 0,86 kg/con/ngày", "tăng", D("0.86"), D("21.44"), D("22.30"), I,
           "yield 2023 vs 2022 (word says increase)", unit=" kg/con/ngày")
    d.share("chiếm 96,29%", D("96.29"), 9888, 10268, R, "grade-A milk / milk")
    P("3. Liên kết chăn nuôi, thu mua sữa")
    P("Công ty duy trì liên kết với 137 hộ chăn nuôi bò sữa tại 04 huyện (Yên Sơn 52 hộ, Sơn Dương 41 hộ, Hàm Yên 26 hộ, "
      "Chiêm Hóa 18 hộ) với tổng đàn 1.954 con, bình quân 14,26 con/hộ; thu mua 3.412 tấn sữa của các hộ liên kết, bình "
      "quân 24,9 tấn/hộ, giá thu mua bình quân 13.650 đồng/kg, tổng giá trị thanh toán cho các hộ 46,57 tỷ đồng.")
    d.sum("04 huyện", 4, [1, 1, 1, 1], C, "districts named", lead0=True, where="named")
    d.sum("137 hộ chăn nuôi", 137, [52, 41, 26, 18], C, "households by district")
    d.ratio("bình quân 14,26 con/hộ", D("14.26"), 1954, 137, C, "per", "cows per household", suffix="")
    d.ratio("bình quân 24,9 tấn/hộ", D("24.9"), 3412, 137, C, "per", "milk bought per household", suffix=" tấn")
    d.ratio("các hộ 46,57 tỷ đồng", D("46.57"), D("3412000"), D("13650") / D("1000000000"), C, "mul",
            "payment to households", suffix=" tỷ", expr_text="3.412.000 kg x 13.650 đồng/kg")
    P("4. Thức ăn, đồng cỏ")
    P("Tổng diện tích trồng cỏ và ngô sinh khối 486,5 ha (cỏ Mombasa, VA06 312,8 ha; ngô sinh khối 173,7 ha), sản lượng "
      "thức ăn thô xanh thu hoạch 31.620 tấn, năng suất bình quân 65 tấn/ha; sử dụng 7.845 tấn thức ăn tinh hỗn hợp với "
      "chi phí 72,36 tỷ đồng, chiếm 36,4%.")
    d.sum("486,5 ha", D("486.5"), [D("312.8"), D("173.7")], C, "forage area")
    d.ratio("65 tấn/ha", D("65"), 31620, D("486.5"), C, "per", "forage yield", suffix=" tấn/ha")
    d.share("chiếm 36,4%", D("36.4"), D("72.36"), D("175.50"), A, "concentrate feed / total cost",
            alt_base=D("198.64"), alt_what="revenue",
            amb="No base is named; in a cost paragraph the reader expects the total cost 175,50 tỷ (41,2%), "
                "the value only fits revenue 198,64 tỷ")
    P("5. Kết quả tài chính")
    P("Tổng doanh thu năm 2023 đạt 198,64 tỷ đồng, bằng 104,27% kế hoạch (190,5 tỷ đồng), tăng 9,75% so với năm 2022 "
      "(181,0 tỷ đồng); gồm doanh thu bán sữa tươi 162,15 tỷ đồng, bán bò giống, bê đực và bò loại thải 28,47 tỷ đồng, "
      "doanh thu khác (phân bón hữu cơ, dịch vụ thú y) 8,02 tỷ đồng.")
    d.sum("đạt 198,64 tỷ đồng", D("198.64"), [D("162.15"), D("28.47"), D("8.02")], C, "revenue by source")
    d.ratio("104,27%", D("104.27"), D("198.64"), D("190.5"), C, "index", "revenue / plan")
    d.ratio("tăng 9,75%", D("9.75"), D("198.64"), D("181.0"), C, "inc", "revenue 2023 vs 2022")
    d.term("so với năm 2022 (181,0 tỷ đồng)", "2022", "2022", C, "annual report 2023")
    P("Tổng chi phí 175,50 tỷ đồng; lợi nhuận trước thuế 23,14 tỷ đồng, bằng 121,3% kế hoạch (20,6 tỷ đồng); lợi nhuận sau "
      "thuế 18,51 tỷ đồng (sau khi trích nộp thuế TNDN 4,63 tỷ đồng); tỷ suất lợi nhuận sau thuế trên doanh thu 9,32%, "
      "tăng 0,61 điểm phần trăm so với năm 2022 (8,71%); trên vốn điều lệ đạt 10,01%. Nộp ngân sách nhà nước 6,74 tỷ "
      "đồng (thuế giá trị gia tăng 3,12 tỷ đồng, thuế thu nhập doanh nghiệp 4,63 tỷ đồng, các khoản thuế, phí khác 2,11 "
      "tỷ đồng).")
    d.sum("lợi nhuận trước thuế 23,14 tỷ đồng", D("23.14"), [D("198.64"), D("-175.50")], C,
          "profit before tax = revenue - cost", where="doc", kind="difference")
    d.ratio("bằng 121,3% kế hoạch", D("121.3"), D("23.14"), D("20.6"), I, "index",
            "profit / plan (112,3 with digits swapped)")
    d.sum("thuế 18,51 tỷ đồng", D("18.51"), [D("23.14"), D("-4.63")], C, "profit after tax = before tax - CIT",
          kind="difference")
    d.share("doanh thu 9,32%", D("9.32"), D("18.51"), D("198.64"), C, "after-tax profit / revenue")
    d.points("tăng 0,61 điểm phần trăm", "tăng", D("0.61"), D("9.32"), D("8.71"), C, "net margin 2023 vs 2022")
    d.share("đạt 10,01%", D("10.01"), D("18.51"), 185, C, "after-tax profit / charter capital")
    d.sum("Nộp ngân sách nhà nước 6,74 tỷ", D("6.74"), [D("3.12"), D("4.63"), D("2.11")], I,
          "taxes paid by type (VAT left out of the total)")
    d.repeat("thuế thu nhập doanh nghiệp 4,63", D("4.63"), D("4.63"), C, "corporate income tax")
    P("Hội đồng quản trị trình Đại hội phương án chia cổ tức năm 2023 bằng tiền mặt tỷ lệ 8% vốn điều lệ, tương ứng 14,8 tỷ "
      "đồng, bằng 79,95% lợi nhuận sau thuế; phần còn lại trích lập các quỹ theo Điều lệ Công ty.")
    d.ratio("tương ứng 14,8 tỷ đồng", D("14.8"), 185, D("0.08"), C, "mul", "185 tỷ x 8%", suffix=" tỷ")
    d.share("bằng 79,95%", D("79.95"), D("14.8"), D("18.51"), R, "dividend / after-tax profit")
    P("6. Lao động, tiền lương")
    P("Số lao động bình quân năm 2023 là 214 người (lao động gián tiếp 38 người, lao động trực tiếp 176 người), trong đó nữ "
      "97 người; tổng quỹ tiền lương thực hiện 29,87 tỷ đồng, thu nhập bình quân 11,63 triệu đồng/người/tháng, tăng 0,74 "
      "triệu đồng so với năm 2022 (10,89 triệu đồng).")
    d.sum("là 214 người", 214, [38, 176], C, "average workforce")
    d.subset("nữ 97 người", 97, 214, C, "women")
    d.ratio("bình quân 11,63 triệu", D("11.63"), D("29870") / 214, 12, C, "per",
            "average income", suffix=" triệu", expr_text="29.870 triệu đồng / 214 người / 12 tháng")
    d.diff("tăng 0,74 triệu đồng", "tăng", D("0.74"), D("11.63"), D("10.89"), C, "income 2023 vs 2022")
    d.term("so với năm 2022 (10,89 triệu đồng)", "2022", "2022", C, "annual report 2023")
    P("7. Đầu tư, môi trường")
    P("Đưa vào vận hành hệ thống điện mặt trời mái nhà công suất 0,85 MWp, sản lượng điện năm 2023 đạt 1.046.500 kWh, đáp "
      "ứng 38,6% nhu cầu điện của các trại (2.711.000 kWh); hệ thống biogas xử lý 86.400 m³ chất thải lỏng, chế biến "
      "5.320 tấn phân hữu cơ. Giá trị đầu tư thực hiện 21,35 tỷ đồng, đạt 85,4% kế hoạch (25 tỷ đồng), trong đó hệ thống "
      "điện mặt trời 9,8 tỷ đồng, cải tạo chuồng trại 7,65 tỷ đồng.")
    d.share("ứng 38,6%", D("38.6"), 1046500, 2711000, C, "solar output / electricity demand")
    d.ratio("đạt 85,4% kế hoạch", D("85.4"), D("21.35"), 25, C, "index", "investment / plan")
    d.sum("thực hiện 21,35 tỷ đồng", D("21.35"), [D("9.8"), D("7.65")], A, "investment by item",
          amb="'Trong đó' parts sum below the total (17,45 < 21,35): partial list or missing item, "
              "the text does not say the two items are all")
    P("II. ĐÁNH GIÁ CHUNG")
    P("Năm 2023, Công ty hoàn thành vượt mức các chỉ tiêu chủ yếu: sản lượng sữa 10.286 tấn, doanh thu 198,64 tỷ đồng, lợi "
      "nhuận sau thuế 18,51 tỷ đồng; giải quyết việc làm ổn định cho 221 lao động với thu nhập bình quân 11,63 triệu "
      "đồng/người/tháng. Tuy nhiên, năng suất sữa chưa đạt mục tiêu 23 kg/con/ngày; giá thức ăn tinh tăng cao; 01 trại "
      "đã sử dụng trên 15 năm, chuồng trại xuống cấp.")
    d.repeat("sữa 10.286 tấn", 10286, 10268, I, "milk output (digits swapped)")
    d.repeat("doanh thu 198,64 tỷ đồng", D("198.64"), D("198.64"), C, "revenue")
    d.repeat("nhuận sau thuế 18,51 tỷ đồng", D("18.51"), D("18.51"), C, "after-tax profit")
    d.repeat("221 lao động", 221, 214, A, "workforce",
             amb="Line {@Số lao động bình quân năm 2023} gives the yearly average (214 'bình quân'); 221 may be the head count at a date: "
                 "same label, different qualifier")
    d.repeat("thu nhập bình quân 11,63 triệu", D("11.63"), D("11.63"), C, "average income")
    P("Nguyên nhân chủ yếu là giống bò nhập khẩu chưa thích nghi hoàn toàn với điều kiện khí hậu nóng ẩm; công tác phối "
      "giống, theo dõi động dục ở một số trại chưa chặt chẽ; nguồn thức ăn thô xanh vào mùa khô còn thiếu, phải mua bổ "
      "sung với giá cao; việc ứng dụng phần mềm quản lý đàn và hệ thống đo sữa tự động mới triển khai thí điểm.")
    P("III. KẾ HOẠCH SẢN XUẤT, KINH DOANH NĂM 2024")
    P("Tổng đàn đến 31/12/2024 đạt 2.650 con, tăng 164 con so với cuối năm 2023; sản lượng sữa 10.900 tấn, bằng 106,15% "
      "so với thực hiện năm trước; doanh thu 210 tỷ đồng, tăng 11,36 tỷ đồng; lợi nhuận trước thuế 24,5 tỷ đồng, tăng "
      "5,88% so với năm 2022; cổ tức dự kiến 8 - 9%; giá trị đầu tư ... tỷ đồng (trong đó xây mới 01 chuồng nuôi ... con).")
    d.diff("tăng 164 con", "tăng", 164, 2650, 2486, C, "herd target vs end 2023")
    d.term("so với cuối năm 2023", "2023", "2023", C, "plan 2024")
    d.ratio("bằng 106,15%", D("106.15"), 10900, 10268, R, "index", "milk target / 2023 actual")
    d.diff("tăng 11,36 tỷ đồng", "tăng", D("11.36"), 210, D("198.64"), C, "revenue target vs 2023")
    d.ratio("tăng 5,88%", D("5.88"), D("24.5"), D("23.14"), C, "inc", "profit target vs 2023 actual 23,14")
    d.term("so với năm 2022", "2022", "2023", I, "plan 2024; 5,88% is computed on the 2023 profit",
           right_text="so với năm 2023")
    P("Để hoàn thành kế hoạch, Công ty tập trung các giải pháp: cải tạo đàn theo hướng nâng cao tỷ lệ bò cao sản; mở rộng "
      "vùng trồng cỏ thông qua liên kết với hợp tác xã; hoàn thiện hệ thống xử lý chất thải theo Giấy phép môi trường số "
      "2315/GPMT-UBND ngày 21/11/2023; đề nghị UBND tỉnh sớm phê duyệt phương án sử dụng đất theo Quyết định số "
      "1089/QĐ-UBND ngày 14/9/2023 để Công ty ổn định sản xuất lâu dài.")
    P("Kính trình Đại hội đồng cổ đông xem xét, thông qua./.")
    P("TM. BAN TỔNG GIÁM ĐỐC - TỔNG GIÁM ĐỐC")
    P(FN + "Trong tổng đàn của các hộ liên kết, bò vắt sữa 1.086 con, chiếm 55,58%; giá thu mua sữa được điều chỉnh 02 lần "
      "trong năm (tháng 4 và tháng 9/2023).")
    d.share("chiếm 55,58%", D("55.58"), 1086, 1954, C, "milking cows / households' herd (1.954, line {@với tổng đàn 1.954 con})")
    return d


# ============================================================================ d23-04
def draft4():
    d = Doc("d23-04", "Trung tâm Trợ giúp pháp lý nhà nước tỉnh Kon Tum (Sở Tư pháp)",
            "legal aid center", "five-year review 2018 - 2022")
    P = d.P
    P("SỞ TƯ PHÁP TỈNH KON TUM")
    P("TRUNG TÂM TRỢ GIÚP PHÁP LÝ NHÀ NƯỚC")
    P("Số: 58/BC-TTTGPL")
    P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    P("Độc lập - Tự do - Hạnh phúc")
    P("Kon Tum, ngày 15 tháng 5 năm 2023")
    P("BÁO CÁO")
    P("Sơ kết 05 năm thi hành Luật Trợ giúp pháp lý năm 2017 trên địa bàn tỉnh Kon Tum (giai đoạn 2018 - 2022)")
    P("Thực hiện Công văn số 1125/BTP-TGPL ngày 31/3/2023 của Bộ Tư pháp và Kế hoạch số 96/KH-STP ngày 12/4/2023 của Sở "
      "Tư pháp, Trung tâm Trợ giúp pháp lý nhà nước tỉnh báo cáo kết quả 05 năm thi hành Luật Trợ giúp pháp lý như sau:")
    P("I. TỔ CHỨC BỘ MÁY, ĐỘI NGŨ NGƯỜI THỰC HIỆN TRỢ GIÚP PHÁP LÝ")
    P("Trung tâm có 03 phòng nghiệp vụ và 02 Chi nhánh (Chi nhánh số 1 tại huyện Ngọc Hồi, Chi nhánh số 2 tại huyện Kon "
      "Plông). Biên chế được giao năm 2022 là 19 người, có mặt 17 người (09 trợ giúp viên pháp lý, 05 chuyên viên, 03 "
      "người làm công tác hành chính, kế toán), giảm 04 người so với năm 2018 (21 người) do thực hiện tinh giản biên chế; "
      "trong đó nữ 08 người, người dân tộc thiểu số 04 người; tất cả trợ giúp viên pháp lý có trình độ cử nhân luật trở "
      "lên, trong đó 02 thạc sĩ luật.")
    d.sum("02 Chi nhánh", 2, [1, 1], C, "branches named", lead0=True, where="named")
    d.sum("có mặt 17 người", 17, [9, 5, 3], C, "staff by post")
    d.diff("giảm 04 người", "giảm", 4, 17, 21, C, "staff 2022 vs 2018", lead0=True)
    d.term("so với năm 2018 (21 người)", "2018", "2018", C,
           note="five-year review 2018 - 2022: the last year is compared on purpose with the first year of the "
                "period (2018), named as such; not a wrong term")
    d.subset("nữ 08 người", 8, 17, C, "women among staff")
    d.subset("người dân tộc thiểu số 04 người", 4, 17, C, "ethnic minority among staff")
    d.subset("02 thạc sĩ", 2, 9, C, "masters among legal aid officers")
    P("Trung tâm ký hợp đồng với 06 luật sư và 13 cộng tác viên trợ giúp pháp lý (năm 2018 có 26 cộng tác viên, giảm 50%); "
      "tỷ lệ trợ giúp viên pháp lý trên tổng số viên chức chuyên môn đạt 64,29% (09/14).")
    d.ratio("giảm 50%", D("50"), 13, 26, C, "dec", "collaborators 2022 vs 2018")
    d.fraction("64,29% (09/14)", D("64.29"), 9, 14, C, "officers / professional staff (09 + 05)")
    P("II. KẾT QUẢ THỰC HIỆN")
    P("1. Kết quả thực hiện vụ việc trợ giúp pháp lý")
    P("Giai đoạn 2018 - 2022, Trung tâm đã thụ lý 2.364 vụ việc (năm 2018: 312 vụ việc; năm 2019: 405; năm 2020: 468; năm "
      "2021: 521; năm 2022: 658), tăng 1.082 vụ việc so với giai đoạn 2013 - 2017 (1.282 vụ việc), bình quân 473 vụ "
      "việc/năm. Số vụ việc tăng đều qua các năm, năm 2019 tăng 93 vụ việc so với năm trước; riêng năm 2022 tăng 40,60% "
      "so với năm liền kề.")
    d.sum("thụ lý 2.364 vụ việc", 2364, [312, 405, 468, 521, 658], C, "cases by year")
    d.diff("tăng 1.082 vụ việc", "tăng", 1082, 2364, 1282, C, "cases 2018-2022 vs 2013-2017")
    d.term("so với giai đoạn 2013 - 2017", "2013 - 2017", "2013 - 2017", C, "review period 2018 - 2022")
    d.ratio("bình quân 473 vụ", D("473"), 2364, 5, C, "per", "cases per year", suffix="")
    d.diff("tăng 93 vụ việc", "tăng", 93, 405, 312, C, "2019 vs 2018")
    d.ratio("tăng 40,60%", D("40.60"), 658, 521, I, "inc",
            "2022 vs 2021 (40,60% is 658 / 468, computed against 2020)")
    P("Trong 2.364 vụ việc nêu trên, tham gia tố tụng 1.587 vụ việc, chiếm 67,13%; tư vấn pháp luật 702 vụ việc, chiếm "
      "29,69% (tư vấn tại trụ sở 268 vụ việc, tư vấn lưu động 434 vụ việc); đại diện ngoài tố tụng 75 vụ việc, chiếm "
      "3,17%. Số vụ việc tham gia tố tụng tăng từ 176 vụ việc năm 2018 lên 451 vụ việc năm 2022, gấp 2,56 lần.")
    d.sum("Trong 2.364 vụ việc", 2364, [1587, 702, 75], C, "cases by form of aid")
    d.share("chiếm 67,13%", D("67.13"), 1587, 2364, C, "litigation / cases")
    d.share("chiếm 29,69%", D("29.69"), 702, 2364, R, "advice / cases")
    d.sum("tư vấn pháp luật 702 vụ việc", 702, [268, 434], C, "advice by place")
    d.share("chiếm 3,17%", D("3.17"), 75, 2364, C, "out-of-court representation / cases")
    d.ratio("gấp 2,56 lần", D("2.56"), 451, 176, C, "per", "litigation 2022 / 2018", suffix=" lần")
    P("Về lĩnh vực, 2.364 vụ việc gồm: hình sự 1.412 vụ việc, chiếm 59,73%; dân sự 486 vụ việc; hôn nhân và gia đình 228 vụ "
      "việc; đất đai 142 vụ việc; hành chính 58 vụ việc; lĩnh vực khác 38 vụ việc.")
    d.sum("Về lĩnh vực, 2.364 vụ việc", 2364, [1412, 486, 228, 142, 58, 38], C, "cases by field")
    d.share("chiếm 59,73%", D("59.73"), 1412, 2364, C, "criminal / cases")
    P("Phân theo diện người được trợ giúp pháp lý (2.364 vụ việc): người dân tộc thiểu số cư trú ở vùng có điều kiện kinh "
      "tế - xã hội đặc biệt khó khăn 1.498 vụ việc, chiếm 63,37%; người thuộc hộ nghèo 812 vụ việc, chiếm 34,35%; trẻ em "
      "287 vụ việc, chiếm 12,14%; người bị buộc tội từ đủ 16 tuổi đến dưới 18 tuổi 142 vụ việc; người có công với cách "
      "mạng 63 vụ việc.")
    d.sum("(2.364 vụ việc)", 2364, [1498, 812, 287, 142, 63], A, "cases by beneficiary group",
          amb="Parts exceed the total (2.802), but the groups overlap in fact (a poor ethnic-minority child of 17 "
              "fits three of them); whether each case was classed once cannot be told")
    d.share("chiếm 63,37%", D("63.37"), 1498, 2364, C, "ethnic minority / cases")
    d.share("chiếm 34,35%", D("34.35"), 812, 2364, C, "poor households / cases")
    d.share("chiếm 12,14%", D("12.14"), 287, 2364, C, "children / cases")
    P("2. Chất lượng vụ việc trợ giúp pháp lý")
    P("Trung tâm tự kiểm tra, đánh giá chất lượng 326 vụ việc tham gia tố tụng, kết quả 318 vụ việc đạt chất lượng, chiếm "
      "97,54%, 08 vụ việc chưa đạt do hồ sơ chưa đầy đủ; Sở Tư pháp thẩm định 124 vụ việc theo Thông tư số 12/2018/TT-BTP "
      "ngày 28/8/2018 (121 vụ việc đạt, 03 vụ việc chưa đạt). Có 47 vụ việc tham gia tố tụng thành công (người được trợ "
      "giúp pháp lý được tuyên vô tội, hưởng án treo hoặc được giảm nhẹ hình phạt), chiếm 14,42%.")
    d.sum("chất lượng 326 vụ việc", 326, [318, 8], C, "evaluated = passed + failed")
    d.share("chiếm 97,54%", D("97.54"), 318, 326, R, "passed / evaluated")
    d.sum("thẩm định 124 vụ việc", 124, [121, 3], C, "appraised by the Department")
    d.share("chiếm 14,42%", D("14.42"), 47, 1587, A, "successful / litigation cases", alt_base=326,
            alt_what="cases evaluated",
            amb="No base named: against all 1.587 litigation cases it would be 2,96%; it fits the 326 evaluated "
                "cases, but the text does not say the 47 were among them")
    P("3. Truyền thông về trợ giúp pháp lý")
    P("Tổ chức 418 buổi truyền thông tại 98/102 xã, phường, thị trấn, đạt 96,08%, cho 23.650 lượt người nghe, bình quân 57 "
      "lượt người/buổi, trong đó người dân tộc thiểu số 15.320 lượt, chiếm 64,78%; cấp phát 41.200 tờ gấp pháp luật "
      "(tiếng Việt 28.700 tờ, tiếng Xơ Đăng, Ba Na, Gia Rai 12.500 tờ), lắp đặt 135 bảng thông tin. Thông qua truyền "
      "thông, Trung tâm thụ lý 317 vụ việc, chiếm 13,40% tổng số vụ việc thụ lý cả giai đoạn.")
    d.fraction("98/102 xã, phường, thị trấn, đạt 96,08%", D("96.08"), 98, 102, C, "communes reached")
    d.ratio("bình quân 57 lượt", D("57"), 23650, 418, C, "per", "listeners per session", suffix="")
    d.share("chiếm 64,78%", D("64.78"), 15320, 23650, C, "ethnic-minority listeners / listeners")
    d.sum("41.200 tờ", 41200, [28700, 12500], C, "leaflets by language")
    d.share("chiếm 13,40%", D("13.40"), 317, 2364, R, "cases from communication / cases (base named)")
    P("4. Kinh phí bảo đảm")
    P("Tổng kinh phí được cấp giai đoạn 2018 - 2022 là 24,618 tỷ đồng (năm 2018: 4,215 tỷ đồng; năm 2019: 4,586 tỷ đồng; năm "
      "2020: 4,092 tỷ đồng; năm 2021: 5,137 tỷ đồng; năm 2022: 5,778 tỷ đồng), trong đó kinh phí từ các chương trình mục "
      "tiêu quốc gia 3,46 tỷ đồng, chiếm 14,05%; kinh phí năm 2022 tăng 37,08% so với năm 2018. Chi phí bình quân cho một "
      "vụ việc khoảng 10,41 triệu đồng.")
    d.sum("là 24,618 tỷ đồng", D("24.618"), [D("4.215"), D("4.586"), D("4.092"), D("5.137"), D("5.778")], I,
          "funding by year (2020 '4,092' is probably 4,902: swapped digits)")
    d.share("chiếm 14,05%", D("14.05"), D("3.46"), D("24.618"), C, "national programmes / funding")
    d.ratio("tăng 37,08%", D("37.08"), D("5.778"), D("4.215"), C, "inc", "funding 2022 vs 2018")
    d.term("so với năm 2018", "2018", "2018", C,
           note="five-year review 2018 - 2022: funding of the last year compared on purpose with the first year "
                "of the period; not a wrong term")
    d.ratio("khoảng 10,41 triệu đồng", D("10.41"), D("24618"), 2364, C, "per", "24.618 million / 2.364 cases",
            suffix=" triệu")
    P("5. Phối hợp trong thực hiện trợ giúp pháp lý")
    P("Trung tâm ký kết 09 quy chế phối hợp với cơ quan tiến hành tố tụng (cấp tỉnh 03, cấp huyện 06); các cơ quan tiến "
      "hành tố tụng đã giải thích, thông báo và chuyển 1.094 yêu cầu trợ giúp pháp lý (Công an 612, Viện kiểm sát 286, "
      "Tòa án 196), chiếm 46,28% số vụ việc tham gia tố tụng. Bình quân mỗi trợ giúp viên pháp lý thực hiện 52 vụ việc/năm.")
    d.sum("09 quy chế", 9, [3, 6], C, "agreements by level", lead0=True)
    d.sum("chuyển 1.094 yêu cầu", 1094, [612, 286, 196], C, "referrals by agency")
    d.share("chiếm 46,28%", D("46.28"), 1094, 1587, I,
            "referrals / litigation cases (base named); 46,28% is 1.094 / 2.364, all cases")
    d.amb("thực hiện 52 vụ việc/năm", "ratio",
          "cases per officer per year: 2.364 / 5 / 9 = 52,53 -> 53 with the 2022 head count of 09 officers "
          "(52 would look truncated), but the number of officers over 2018 - 2022 is not given, and a larger "
          "mean staffing gives 52: cannot be decided", figs=("52",))
    P("III. ĐÁNH GIÁ CHUNG")
    P("1. Kết quả nổi bật: Số vụ việc thụ lý giai đoạn 2018 - 2022 đạt 2.364 vụ việc, gấp 1,84 lần giai đoạn 2013 - 2017; "
      "tỷ lệ vụ việc tham gia tố tụng tăng từ 56,41% năm 2018 lên 68,54% năm 2022, tăng 12,13 điểm phần trăm; hoạt động "
      "truyền thông được triển khai tại 96,08% số xã, phường, thị trấn; 06 luật sư tham gia thực hiện trợ giúp pháp lý.")
    d.repeat("đạt 2.364 vụ việc", 2364, 2364, C, "cases 2018 - 2022")
    d.ratio("gấp 1,84 lần", D("1.84"), 2364, 1282, C, "per", "cases 2018-2022 / 2013-2017", suffix=" lần")
    d.term("lần giai đoạn 2013 - 2017", "2013 - 2017", "2013 - 2017", C, "review period 2018 - 2022")
    d.share("từ 56,41%", D("56.41"), 176, 312, C, "litigation / cases 2018 (footnote)")
    d.share("lên 68,54%", D("68.54"), 451, 658, C, "litigation / cases 2022")
    d.points("tăng 12,13 điểm phần trăm", "tăng", D("12.13"), D("68.54"), D("56.41"), C, "litigation share 2022 vs 2018")
    d.repeat("tại 96,08% số xã", D("96.08"), D("96.08"), C, "communes reached (line {@98/102 xã}: 98/102)",
             pct=True)
    d.repeat("06 luật sư", 6, 6, C, "contracted lawyers", lead0=True)
    P("2. Hạn chế: Số cộng tác viên giảm 31 người so với đầu giai đoạn; trong giai đoạn 2018 - 2022, 03 Chi nhánh chưa có trụ "
      "sở làm việc riêng, phải làm việc nhờ tại Phòng Tư pháp cấp huyện; đến nay Trung tâm hiện có 18 viên chức, người lao "
      "động, chưa đủ biên chế được giao; nhiều vụ việc ở vùng sâu, vùng xa phải đi lại hàng trăm km.")
    d.diff("giảm 31 người", "giảm", 31, 13, 26, I, "collaborators 2022 vs 2018 (13 with digits swapped)",
           unit=" người")
    d.repeat("03 Chi nhánh", 3, 2, A, "branches",
             amb="Line {@có mặt 17 người} gives 02 branches in 2022; '03' refers to the whole period 2018 - 2022, when a branch may "
                 "have been merged: cannot be decided", lead0=True)
    d.repeat("18 viên chức", 18, 17, A, "staff",
             amb="Line {@có mặt 17 người} gives 17 staff present in 2022; 18 is 'đến nay' (May 2023): a different date, so the "
                 "figures need not agree")
    P("3. Nguyên nhân: Địa bàn rộng, giao thông đi lại khó khăn, nhiều người được trợ giúp pháp lý không biết tiếng phổ "
      "thông; chế độ bồi dưỡng cho cộng tác viên còn thấp, chưa thu hút được luật sư tham gia; một số cơ quan tiến hành tố "
      "tụng cấp huyện chưa thực hiện đầy đủ trách nhiệm giải thích, thông báo về quyền được trợ giúp pháp lý theo Thông tư "
      "liên tịch số 10/2018/TTLT-BTP-BCA-BQP-BTC-TANDTC-VKSNDTC ngày 26/6/2018.")
    P("IV. PHƯƠNG HƯỚNG GIAI ĐOẠN 2023 - 2027")
    P("Phấn đấu thụ lý bình quân 700 vụ việc/năm, tăng 47,99% so với bình quân giai đoạn 2013 - 2017, trong đó tham gia tố tụng 500 vụ việc/năm, chiếm 71,43%; 100% xã, phường, thị trấn được truyền thông về trợ giúp "
      "pháp lý (tăng 3,29 điểm phần trăm); bổ sung 05 trợ giúp viên pháp lý, nâng tổng số trợ giúp viên pháp lý lên 14 "
      "người; kinh phí đề nghị bố trí ... tỷ đồng/năm.")
    d.ratio("tăng 47,99%", D("47.99"), 700, 473, C, "inc", "target vs the 2018-2022 average of 473 (line {@bình quân 473 vụ việc/năm})")
    d.term("bình quân giai đoạn 2013 - 2017", "2013 - 2017", "2018 - 2022", I,
           "plan 2023 - 2027: 47,99% is computed on the 473/year average of 2018 - 2022 (line {@bình quân 473 vụ việc/năm}); the "
           "2013 - 2017 average is 1.282 / 5 = 256,4",
           right_text="giai đoạn 2018 - 2022")
    d.share("chiếm 71,43%", D("71.43"), 500, 700, C, "litigation target / case target")
    d.points("tăng 3,29 điểm phần trăm", "tăng", D("3.29"), D("100"), D("96.08"), I,
             "communes reached target (3,92 with digits swapped)")
    d.sum("lên 14 người", 14, [9, 5], C, "officers after adding 05")
    P("Kiến nghị Bộ Tư pháp sớm sửa đổi mức thù lao, bồi dưỡng cho người thực hiện trợ giúp pháp lý; kiến nghị UBND tỉnh "
      "quan tâm bố trí trụ sở làm việc cho các Chi nhánh và xem xét giao bổ sung biên chế trợ giúp viên pháp lý.")
    P("Trên đây là báo cáo sơ kết 05 năm thi hành Luật Trợ giúp pháp lý trên địa bàn tỉnh của Trung tâm./.")
    P("Nơi nhận: - Cục Trợ giúp pháp lý - Bộ Tư pháp; - Sở Tư pháp; - Lưu: VT.")
    P("GIÁM ĐỐC")
    P(FN + "Năm 2018 thụ lý 312 vụ việc, trong đó tham gia tố tụng 176 vụ việc; năm 2022 thụ lý 685 vụ việc, trong đó tham "
      "gia tố tụng 451 vụ việc.")
    d.repeat("thụ lý 312 vụ việc", 312, 312, C, "cases 2018")
    d.subset("tố tụng 176 vụ việc", 176, 312, C, "litigation 2018")
    d.repeat("thụ lý 685 vụ việc", 685, 658, I, "cases 2022 (digits swapped)")
    d.subset("tố tụng 451 vụ việc", 451, 658, C, "litigation 2022")
    P(FN + "Kinh phí 3,46 tỷ đồng gồm: Chương trình mục tiêu quốc gia giảm nghèo bền vững 2,18 tỷ đồng; Chương trình mục tiêu "
      "quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi 1,28 tỷ đồng.")
    d.sum("Kinh phí 3,46 tỷ đồng", D("3.46"), [D("2.18"), D("1.28")], C, "national programme funding")
    return d


# ============================================================================ output
def write(docs):
    os.makedirs(OUT, exist_ok=True)
    rows = []
    kv_all = Counter()
    for d in docs:
        d.finish()
        txt = d.text
        with open(os.path.join(OUT, d.name + ".txt"), "w", encoding="utf-8") as f:
            f.write(txt)
        lab = OrderedDict(file=d.name + ".txt", claims=d.claims)
        with open(os.path.join(OUT, d.name + ".labels.json"), "w", encoding="utf-8") as f:
            json.dump(lab, f, ensure_ascii=False, indent=1)
            f.write("\n")
        v = Counter(c["verdict"] for c in d.claims)
        kv = Counter((c["kind"], c["verdict"]) for c in d.claims)
        kv_all.update(kv)
        rows.append((d, len(txt), len(d.lines), len(d.claims), v, kv))
    return rows


def verify_files(docs):
    """Re-read what was written: anchors unique in their (1-based) line, line numbers right."""
    for d in docs:
        with open(os.path.join(OUT, d.name + ".txt"), encoding="utf-8") as f:
            lines = f.read().split("\n")
        assert lines[-1] == "" and "" not in lines[:-1], f"{d.name}: blank line or missing final newline"
        lines = lines[:-1]
        with open(os.path.join(OUT, d.name + ".labels.json"), encoding="utf-8") as f:
            lab = json.load(f)
        assert lab["file"] == d.name + ".txt"
        for c in lab["claims"]:
            assert 1 <= c["line"] <= len(lines)
            assert lines[c["line"] - 1].count(c["anchor"]) == 1, (d.name, c)
            assert any(ch.isdigit() for ch in c["anchor"]), (d.name, c)
            assert c["kind"] in KINDS and c["verdict"] in VERDICTS
            assert ("right" in c) == (c["verdict"] in ("rounding", "inconsistent"))
        for ln, t in enumerate(lines, 1):
            if t.startswith("[\uFFFD]"):
                assert all(x.startswith("[\uFFFD]") for x in lines[ln - 1:]), f"{d.name}: footnotes must come last"


def check_targets(rows):
    for d, chars, nlines, nclaims, v, _ in rows:
        assert 6000 <= chars <= 7000, (d.name, chars)
        assert 34 <= nlines <= 40, (d.name, nlines)
        assert 63 <= nclaims <= 66, (d.name, nclaims)
        assert 48 <= v["consistent"] <= 51, (d.name, v)
        assert v["rounding"] == 3 and v["inconsistent"] == 7 and v["ambiguous"] == 5, (d.name, v)


def summary(rows):
    out = ["# dev23 — learning evaluation set (Vietnamese report drafts, labelled numeric claims)", "",
           "Generated by `make.py` (Python standard library, `decimal.Decimal`, ROUND_HALF_UP). Drafts in "
           "`prose/<name>.txt`, labels in `prose/<name>.labels.json` (format: FORMAT.md). Characters are Unicode "
           "code points of the file, newlines included; lines are paragraphs (footnote lines start with `[\\uFFFD]`).", "",
           "## Drafts", "",
           "| Draft | Office | Subject / period | Characters | Lines | Claims | consistent | rounding | inconsistent | ambiguous |",
           "|---|---|---|---:|---:|---:|---:|---:|---:|---:|"]
    tot = Counter()
    for d, chars, nlines, nclaims, v, _ in rows:
        out.append(f"| {d.name} | {d.office} | {d.subject}, {d.period} | {chars} | {nlines} | {nclaims} | "
                   f"{v['consistent']} | {v['rounding']} | {v['inconsistent']} | {v['ambiguous']} |")
        tot.update(v)
        tot["chars"] += chars
        tot["lines"] += nlines
        tot["claims"] += nclaims
    out.append(f"| **Total** | | | {tot['chars']} | {tot['lines']} | {tot['claims']} | {tot['consistent']} | "
               f"{tot['rounding']} | {tot['inconsistent']} | {tot['ambiguous']} |")
    out += ["", "## Kind × verdict (all drafts)", "",
            "| Kind | consistent | rounding | inconsistent | ambiguous | Total |", "|---|---:|---:|---:|---:|---:|"]
    kv = Counter()
    for r in rows:
        kv.update(r[5])
    for k in KINDS:
        cells = [kv[(k, v)] for v in VERDICTS]
        out.append(f"| {k} | " + " | ".join(str(c) for c in cells) + f" | {sum(cells)} |")
    cells = [sum(kv[(k, v)] for k in KINDS) for v in VERDICTS]
    out.append("| **Total** | " + " | ".join(str(c) for c in cells) + f" | {sum(cells)} |")
    out += ["", "## Kind × verdict per draft", ""]
    for d, *_rest, kvd in rows:
        out += [f"### {d.name}", "", "| Kind | consistent | rounding | inconsistent | ambiguous | Total |",
                "|---|---:|---:|---:|---:|---:|"]
        for k in KINDS:
            cells = [kvd[(k, v)] for v in VERDICTS]
            if sum(cells):
                out.append(f"| {k} | " + " | ".join(str(c) for c in cells) + f" | {sum(cells)} |")
        out.append("")
    out += ["## Checks run by make.py", "",
            "- every anchor occurs exactly once in its line and contains the judged figure; line numbers re-checked "
            "on the written files;",
            "- every verdict is recomputed from the printed numbers (exact decimals, round half up; `rounding` = the "
            "truncated value; `points` checked in both readings) and must equal the intended verdict;",
            "- every ambiguous sum/share must look wrong on the plain reading (the trap is real) and, where one is "
            "named, an alternative reading must explain it;",
            "- targets: 34-40 lines, 6.000-7.000 characters, 63-66 claims, 48-51 consistent, 3 rounding, "
            "7 inconsistent, 5 ambiguous per draft.", ""]
    with open(os.path.join(HERE, "SUMMARY.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def main():
    docs = [draft1(), draft2(), draft3(), draft4()]
    rows = write(docs)
    verify_files(docs)
    summary(rows)
    for d, chars, nlines, nclaims, v, _ in rows:
        print(f"{d.name}: {chars} chars, {nlines} lines, {nclaims} claims, "
              + ", ".join(f"{k} {v[k]}" for k in VERDICTS))
    check_targets(rows)


if __name__ == "__main__":
    main()
