#!/usr/bin/env python3
"""Generator for part dev14: four Vietnamese report drafts with labelled numeric claims.

Writes prose/d14-0N-<slug>.txt and prose/d14-0N-<slug>.labels.json, plus SUMMARY.md.
Every expected value is computed here with exact decimal arithmetic (Decimal, ROUND_HALF_UP);
each claim's intended verdict is asserted against that computation, so a typo in the text
or in the data makes the run fail instead of producing a wrong label.

Standard library only.  Run:  python3 make.py
"""
import json
import re
import sys
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP, ROUND_DOWN, getcontext
from pathlib import Path

getcontext().prec = 40
HERE = Path(__file__).resolve().parent
OUT = HERE / "prose"
FN = "[\ufffd] "  # footnote line prefix, as the shared drafts are exported

KINDS = ["sum", "subset", "share", "fraction", "difference", "points", "ratio", "repeat", "term"]
VERDICTS = ["consistent", "rounding", "inconsistent", "ambiguous"]
VCODE = {"c": "consistent", "r": "rounding", "i": "inconsistent", "a": "ambiguous"}

NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
NUM_RE = re.compile(r"(?<![\w.,/])(" + NUM + r")(?![\w]|[.,/]\d)")
PCT_RE = re.compile(r"(?<![\w.,])(" + NUM + r")\s?%")
TIMES_RE = re.compile(r"(?<![\w.,])(" + NUM + r")\s?lần")
FRAC_RE = re.compile(r"(?<![\w.,])(\d{1,3}(?:\.\d{3})*|\d+)/(\d{1,3}(?:\.\d{3})*|\d+)(?![\w/])")

POS_WORDS = ["tăng", "vượt", "cao hơn", "nhiều hơn"]
NEG_WORDS = ["giảm", "hụt", "thấp hơn", "ít hơn", "thiếu"]


# ----------------------------------------------------------------------------- numbers
class Num:
    """A number as written in vi-VN ('1.234,56', '05')."""

    def __init__(self, s):
        s = s.strip()
        self.s = s
        neg = s.startswith("-")
        body = s[1:] if neg else s
        ip, _, fp = body.partition(",")
        ip = ip.replace(".", "")
        self.prec = len(fp)
        self.lead0 = len(ip) > 1 and ip.startswith("0")
        v = D(ip + ("." + fp if fp else ""))
        self.v = -v if neg else v
        self.text = body  # as it must appear in the draft


def val(x):
    """Value of an input: vi-VN string (checked for presence in the text) or a hidden Decimal/int."""
    if isinstance(x, str):
        return Num(x).v
    return D(x)


def fmt(x, prec=0, lead0=False):
    x = D(x)
    q = D(1).scaleb(-prec)
    x = x.quantize(q, ROUND_HALF_UP)
    neg = x < 0
    s = f"{abs(x):.{prec}f}"
    ip, _, fp = s.partition(".")
    ip = f"{int(ip):,}".replace(",", ".")
    if lead0 and prec == 0 and len(ip) == 1:
        ip = "0" + ip
    return ("-" if neg else "") + ip + ("," + fp if fp else "")


def rhu(x, prec):
    return D(x).quantize(D(1).scaleb(-prec), ROUND_HALF_UP)


def rdown(x, prec):
    return D(x).quantize(D(1).scaleb(-prec), ROUND_DOWN)


def round_verdict(stated, exact, prec):
    """consistent if stated == half-up; rounding if stated is the truncation one unit below; else inconsistent."""
    h = rhu(exact, prec)
    t = rdown(exact, prec)
    if stated == h:
        return "c", h
    if stated == t and t != h and h - t == D(1).scaleb(-prec):
        return "r", h
    return "i", h


def fx(x, p=4):
    """Exact intermediate for notes."""
    return fmt(x, p)


# ----------------------------------------------------------------------------- draft builder
class Draft:
    def __init__(self, code, slug, title):
        self.code, self.slug, self.title = code, slug, title
        self.lines = []
        self.claims = []
        self.pending = []
        self.inputs = []  # (claim, text) that must appear somewhere in the draft
        self.errors = []

    # --- lines
    def L(self, text):
        self.lines.append(text)
        n = len(self.lines)
        for c in self.pending:
            c["line"] = n
            cnt = text.count(c["anchor"])
            if cnt != 1:
                self.errors.append(f"line {n}: anchor {c['anchor']!r} occurs {cnt} times")
            self.claims.append(c)
        self.pending = []

    def F(self, text):
        self.L(FN + text)

    # --- registration
    def _reg(self, anchor, kind, expect, verdict, right, note, inputs=()):
        assert kind in KINDS, kind
        if verdict != expect:
            self.errors.append(
                f"{self.code}: {anchor!r} ({kind}) expected {VCODE[expect]} but computed {VCODE[verdict]}: {note}")
        c = {"line": None, "anchor": anchor, "kind": kind, "verdict": VCODE[verdict]}
        if verdict in ("r", "i"):
            c["right"] = right
        c["note"] = note
        self.pending.append(c)
        for x in inputs:
            if isinstance(x, str):
                self.inputs.append((anchor, Num(x).text))
        return anchor

    def _fig(self, anchor, how, fig):
        if fig is not None:
            if fig not in anchor:
                self.errors.append(f"fig {fig!r} not in anchor {anchor!r}")
            return Num(fig)
        if how == "pct":
            m = PCT_RE.findall(anchor)
        elif how == "times":
            m = TIMES_RE.findall(anchor)
        else:
            m = NUM_RE.findall(anchor)
        if not m:
            self.errors.append(f"no figure in anchor {anchor!r}")
            return Num("0")
        return Num(m[-1] if how in ("pct", "times") else m[0])

    @staticmethod
    def _sign(anchor):
        a = anchor.lower()
        pos = min([a.find(w) for w in POS_WORDS if w in a] or [10 ** 6])
        neg = min([a.find(w) for w in NEG_WORDS if w in a] or [10 ** 6])
        if pos == neg == 10 ** 6:
            return 0
        return 1 if pos < neg else -1

    # --- kinds
    def sum(self, anchor, parts, v="c", fig=None, why=""):
        st = self._fig(anchor, "first", fig)
        vals = [val(p) for p in parts]
        tot = sum(vals, D(0))
        verdict = "c" if tot == st.v else "i"
        terms = " ".join((("- " if x < 0 else "+ ") if k else ("-" if x < 0 else "")) + fmt(abs(x), max(0, -x.as_tuple().exponent))
                         for k, x in enumerate(vals))
        note = f"{terms} = {fmt(tot, st.prec)} (stated {st.s})"
        if why:
            note += ". " + why
        return self._reg(anchor, "sum", v, verdict, fmt(tot, st.prec, st.lead0), note,
                         [p.lstrip("-") if isinstance(p, str) else p for p in parts])

    def sub(self, anchor, parts, parent, v="c", fig=None, overlap=False, why=""):
        """'trong đó' parts: one dimension (disjoint) -> their sum must not exceed the parent;
        overlap=True (different dimensions) -> each part must not exceed the parent."""
        st = self._fig(anchor, "first", fig)
        vals = [val(p) for p in parts]
        pv = val(parent)
        if overlap:
            verdict = "c" if all(x <= pv for x in vals) else "i"
            note = f"each of {', '.join(fmt(x) for x in vals)} ≤ {fmt(pv)} (parts may overlap, no sum)"
            if why:
                note += ". " + why
            return self._reg(anchor, "subset", v, verdict, fmt(pv), note, list(parts) + [parent])
        tot = sum(vals, D(0))
        verdict = "c" if tot <= pv else "i"
        note = f"{' + '.join(fmt(x, max(0, -x.as_tuple().exponent)) for x in vals)} = {fmt(tot)} ≤ {fmt(pv)}" if verdict == "c" \
            else f"{' + '.join(fmt(x) for x in vals)} = {fmt(tot)} > parent {fmt(pv)}"
        if why:
            note += ". " + why
        return self._reg(anchor, "subset", v, verdict, fmt(pv - (tot - st.v)), note, list(parts) + [parent])

    def share(self, anchor, part, base, v="c", fig=None, why=""):
        st = self._fig(anchor, "pct", fig)
        p, b = val(part), val(base)
        exact = p / b * 100
        verdict, h = round_verdict(st.v, exact, st.prec)
        note = f"{fmt(p, max(0, -p.as_tuple().exponent))} / {fmt(b, max(0, -b.as_tuple().exponent))} × 100 = {fx(exact)} % → {fmt(h, st.prec)}% (stated {st.s}%)"
        if verdict == "r":
            note += "; stated value is the truncation"
        if why:
            note += ". " + why
        return self._reg(anchor, "share", v, verdict, fmt(h, st.prec) + "%", note, [part, base])

    def ratio(self, anchor, cur, prev, v="c", mode="idx", fig=None, why=""):
        """idx: cur/prev×100 (bằng/đạt/so sánh X%); chg: (cur/prev-1)×100 with tăng/giảm/vượt;
        times: cur/prev (gấp X lần); per: cur/prev as a plain number (bình quân)."""
        c_, p_ = val(cur), val(prev)
        if mode == "idx":
            st = self._fig(anchor, "pct", fig)
            exact = c_ / p_ * 100
            unit = "%"
            desc = f"{fmt(c_, max(0, -c_.as_tuple().exponent))} / {fmt(p_, max(0, -p_.as_tuple().exponent))} × 100 = {fx(exact)} %"
        elif mode == "chg":
            st = self._fig(anchor, "pct", fig)
            sgn = self._sign(anchor)
            exact = (c_ / p_ - 1) * 100
            unit = "%"
            desc = f"{fmt(c_, max(0, -c_.as_tuple().exponent))} / {fmt(p_, max(0, -p_.as_tuple().exponent))} - 1 = {fx(exact)} %"
            if sgn and (exact > 0) != (sgn > 0):
                verdict = "i"
                h = rhu(abs(exact), st.prec)
                note = desc + f": direction word contradicts the sign (stated {st.s}%)"
                if why:
                    note += ". " + why
                word = "tăng" if exact > 0 else "giảm"
                return self._reg(anchor, "ratio", v, verdict, f"{word} {fmt(h, st.prec)}%", note, [cur, prev])
            exact = abs(exact)
        elif mode == "times":
            st = self._fig(anchor, "times", fig)
            exact = c_ / p_
            unit = " lần"
            desc = f"{fmt(c_, max(0, -c_.as_tuple().exponent))} / {fmt(p_, max(0, -p_.as_tuple().exponent))} = {fx(exact)}"
        elif mode == "per":
            st = self._fig(anchor, "first", fig)
            exact = c_ / p_
            unit = ""
            desc = f"{fmt(c_, max(0, -c_.as_tuple().exponent))} / {fmt(p_, max(0, -p_.as_tuple().exponent))} = {fx(exact)}"
        else:
            raise ValueError(mode)
        verdict, h = round_verdict(st.v, exact, st.prec)
        note = desc + f" → {fmt(h, st.prec)}{unit} (stated {st.s}{unit})"
        if verdict == "r":
            note += "; stated value is the truncation"
        if why:
            note += ". " + why
        return self._reg(anchor, "ratio", v, verdict, fmt(h, st.prec) + unit, note, [cur, prev])

    def _signed(self, kind, anchor, cur, prev, v, sign, fig, why, unit=""):
        st = self._fig(anchor, "first", fig)
        c_, p_ = val(cur), val(prev)
        diff = c_ - p_
        sgn = self._sign(anchor) if sign is None else sign
        ok_dir = (sgn == 0) or (diff > 0 and sgn > 0) or (diff < 0 and sgn < 0) or diff == 0
        rv, h = round_verdict(st.v, abs(diff), st.prec)
        desc = f"{fmt(c_, max(0, -c_.as_tuple().exponent))} - {fmt(p_, max(0, -p_.as_tuple().exponent))} = {fmt(diff, max(st.prec, max(0, -diff.as_tuple().exponent)))}{unit}"
        right = fmt(h, st.prec, st.lead0)
        if not ok_dir:
            verdict = "i"
            word = "tăng" if diff > 0 else "giảm"
            right = f"{word} {right}"
            note = desc + f": the word says the opposite direction (stated {st.s})"
        else:
            verdict = rv
            note = desc + f" (stated {st.s})"
        return st, c_, p_, diff, verdict, right, note

    def diff(self, anchor, cur, prev, v="c", sign=None, fig=None, why=""):
        st, c_, p_, d_, verdict, right, note = self._signed("difference", anchor, cur, prev, v, sign, fig, why)
        if why:
            note += ". " + why
        return self._reg(anchor, "difference", v, verdict, right, note, [cur, prev])

    def pts(self, anchor, cur, prev, v="c", sign=None, fig=None, why=""):
        """Change of a rate: checked as percentage points and, failing that, as a relative change."""
        st, c_, p_, d_, verdict, right, note = self._signed("points", anchor, cur, prev, v, sign, fig, why, unit=" điểm %")
        if re.search(re.escape(st.s) + r"\s?%", anchor):
            right += "%"
        rel = (c_ / p_ - 1) * 100
        note += f"; relative reading {fx(rel, 2)} %"
        if verdict != "c":
            sgn = self._sign(anchor) if sign is None else sign
            rv, _ = round_verdict(st.v, abs(rel), st.prec)
            if rv == "c" and (sgn == 0 or (rel > 0) == (sgn > 0)):
                verdict = "c"
                note += " (holds as relative change)"
        if why:
            note += ". " + why
        return self._reg(anchor, "points", v, verdict, right, note, [cur, prev])

    def frac(self, anchor, num, den, v="c", why=""):
        m = FRAC_RE.search(anchor)
        if not m:
            self.errors.append(f"no fraction in {anchor!r}")
            return anchor
        a, b = Num(m.group(1)), Num(m.group(2))
        en, ed = val(num), val(den)
        verdict = "c" if (a.v == en and b.v == ed and a.v <= b.v) else "i"
        right = f"{fmt(en, 0, a.lead0)}/{fmt(ed, 0, b.lead0)}"
        note = f"stated {a.s}/{b.s}; the text gives {fmt(en)} of {fmt(ed)}"
        if why:
            note += ". " + why
        return self._reg(anchor, "fraction", v, verdict, right, note, [num, den])

    def rep(self, anchor, first, v="c", fig=None, why=""):
        st = self._fig(anchor, "first", fig)
        fv = val(first)
        verdict = "c" if st.v == fv else "i"
        note = f"same quantity stated earlier as {fmt(fv, st.prec)}; here {st.s}"
        if why:
            note += ". " + why
        return self._reg(anchor, "repeat", v, verdict, fmt(fv, st.prec, st.lead0), note, [first])

    def term(self, anchor, stated, right, v="c", why=""):
        if stated not in anchor:
            self.errors.append(f"term {stated!r} not in anchor {anchor!r}")
        verdict = "c" if stated == right else "i"
        note = f"comparison names '{stated}'; the compared period is '{right}'"
        if why:
            note += ". " + why
        return self._reg(anchor, "term", v, verdict, right, note)

    def amb(self, anchor, kind, why):
        return self._reg(anchor, kind, "a", "a", None, why)

    # --- output
    def check(self):
        errs = list(self.errors)
        if self.pending:
            errs.append(f"{len(self.pending)} claims never placed on a line")
        full = "\n".join(self.lines)
        for anchor, t in self.inputs:
            if not re.search(r"(?<![\d.,])" + re.escape(t) + r"(?![\d]|[.,]\d)", full):
                errs.append(f"{self.code}: input {t!r} of claim {anchor!r} not found in the text")
        for c in self.claims:
            ln = c["line"]
            if not (1 <= ln <= len(self.lines)) or c["anchor"] not in self.lines[ln - 1]:
                errs.append(f"bad line for {c['anchor']!r}")
            if self.lines[ln - 1].count(c["anchor"]) != 1:
                errs.append(f"anchor not unique: {c['anchor']!r}")
            if not re.search(r"\d", c["anchor"]) and c["kind"] != "term":
                errs.append(f"anchor without a figure: {c['anchor']!r}")
            if c["verdict"] in ("rounding", "inconsistent") and not c.get("right"):
                errs.append(f"no right for {c['anchor']!r}")
        # no two labels on the same figure occurrence (overlapping anchors on one line)
        by_line = {}
        for c in self.claims:
            ln = c["line"]
            s = self.lines[ln - 1].find(c["anchor"])
            by_line.setdefault(ln, []).append((s, s + len(c["anchor"]), c["anchor"]))
        for ln, spans in by_line.items():
            spans.sort()
            for (a0, a1, x), (b0, b1, y) in zip(spans, spans[1:]):
                if b0 < a1:
                    errs.append(f"line {ln}: overlapping anchors {x!r} / {y!r}")
        return errs

    @property
    def name(self):
        return f"{self.code}-{self.slug}"

    def write(self):
        OUT.mkdir(exist_ok=True)
        txt = "\n".join(self.lines) + "\n"
        (OUT / f"{self.name}.txt").write_text(txt, encoding="utf-8")
        claims = sorted(self.claims, key=lambda c: (c["line"], self.lines[c["line"] - 1].find(c["anchor"])))
        doc = {"file": f"{self.name}.txt", "claims": claims}
        (OUT / f"{self.name}.labels.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return txt


# ============================================================================ draft 1
def draft1():
    d = Draft("d14-01", "cap-thoat-nuoc-2024", "Công ty TNHH MTV Cấp thoát nước — báo cáo SXKD năm 2024")
    d.L("UBND TỈNH NINH THUẬN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    d.L("CÔNG TY TNHH MTV CẤP THOÁT NƯỚC\tĐộc lập - Tự do - Hạnh phúc")
    d.L("Số:        /BC-CTN\tNinh Thuận, ngày      tháng 01 năm 2025")
    d.L("BÁO CÁO")
    d.L("Kết quả thực hiện nhiệm vụ sản xuất kinh doanh năm 2024 và phương hướng, nhiệm vụ năm 2025")
    d.L("Căn cứ Quyết định số 2150/QĐ-UBND ngày 28/12/2023 của Ủy ban nhân dân tỉnh về việc giao 12 chỉ tiêu kế hoạch "
        "sản xuất kinh doanh và đầu tư phát triển năm 2024 cho Công ty TNHH MTV Cấp thoát nước Ninh Thuận; thực hiện "
        "Công văn số 45/SXD-HTKT ngày 06/01/2025 của Sở Xây dựng về việc báo cáo tình hình cấp nước năm 2024, Công ty "
        "báo cáo kết quả thực hiện như sau:")
    d.L("I. ĐẶC ĐIỂM TÌNH HÌNH")
    d.L("Năm 2024, thời tiết trên địa bàn tỉnh diễn biến phức tạp, nắng nóng kéo dài từ tháng 3 đến tháng 8, lượng mưa "
        "thấp hơn trung bình nhiều năm làm mực nước các hồ Sông Trâu, Tân Giang, Cho Mo xuống thấp, ảnh hưởng trực tiếp "
        "đến nguồn nước thô. Giá vật tư, hóa chất, điện năng tiếp tục tăng, trong khi giá nước sạch vẫn áp dụng theo "
        "Quyết định số 66/2019/QĐ-UBND, chưa được điều chỉnh. Tập thể lãnh đạo và người lao động Công ty đã nỗ lực khắc "
        "phục khó khăn, bảo đảm cấp nước an toàn, liên tục cho Nhân dân.")
    d.L(f"Công ty hiện quản lý, vận hành {d.sum('09 nhà máy nước', [1, 1, '07'], why='Tân Sơn + Phước Hà + 07 nhà máy còn lại (footnote)')} "
        f"và {d.sum('14 trạm cấp nước', ['06', '08'])} (gồm 06 trạm cấp nước thị trấn, 08 trạm cấp nước nông thôn), "
        f"{d.sum('tổng công suất thiết kế 78.500 m3/ngày đêm', ['40.000', '9.000', '16.000', '13.500'], why='parts in the footnote')}; "
        f"riêng Nhà máy nước Tân Sơn có công suất 40.000 m3/ngày đêm, {d.share('chiếm 50,96%', '40.000', '78.500')} công suất "
        f"toàn hệ thống. Mạng lưới đường ống truyền tải và phân phối dài 1.286,4 km, "
        f"{d.diff('tăng 42,7 km', '1.286,4', '1.243,7')} so với cuối năm 2023 (1.243,7 km).")
    d.L(f"Tổng số lao động của Công ty có đến ngày 31/12/2024 là {d.sum('412 người', ['87', '325'])} (lao động quản lý, "
        f"phục vụ 87 người; công nhân trực tiếp sản xuất 325 người), {d.sub('trong đó nữ 96 người', ['96'], '412')}, "
        f"{d.share('chiếm 23,30%', '96', '412')}; đảng viên 138 người, {d.share('chiếm 33,49%', '138', '412', v='r')}.")
    d.L("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024")
    d.L("1. Sản xuất và tiêu thụ nước sạch")
    d.L(f"Tổng sản lượng nước sản xuất năm 2024 đạt 21.346.800 m3, "
        f"{d.ratio('bằng 104,6% kế hoạch', '21.346.800', '20.400.000')} (kế hoạch 20.400.000 m3) và "
        f"{d.ratio('tăng 5,8%', '21.346.800', '20.176.000', mode='chg')} "
        f"{d.term('so với năm 2022', 'năm 2022', 'năm 2023', v='i', why='20.176.000 m3 is the 2023 output (table paragraph); the comparison is 2024 vs 2023')} "
        f"(20.176.000 m3). Sản lượng nước thương phẩm đạt 17.290.900 m3, "
        f"{d.share('bằng 81% sản lượng nước sản xuất', '17.290.900', '21.346.800')}; tỷ lệ thất thoát, thất thu nước "
        f"{d.share('là 19,00%', D(21346800 - 17290900), '21.346.800', why='part = 21.346.800 - 17.290.900 = 4.055.900 m3')}, "
        f"{d.pts('giảm 1,35%', '19,00', '20,35', why='percentage points')} so với năm 2023 (20,35%).")
    d.L(f"Đến ngày 31/12/2024, Công ty cung cấp nước sạch cho "
        f"{d.sum('68.452 khách hàng', ['63.870', '1.284', '1.126', '2.172'])}, gồm: 63.870 hộ gia đình sử dụng nước cho "
        f"mục đích sinh hoạt; 1.284 cơ quan hành chính, đơn vị sự nghiệp; 1.126 cơ sở sản xuất vật chất và 2.172 cơ sở "
        f"kinh doanh, dịch vụ. Trong năm đã lắp đặt mới 3.281 đồng hồ nước, cắt hủy 163 hợp đồng do khách hàng không còn "
        f"nhu cầu; số khách hàng {d.diff('tăng 3.118 khách hàng', '68.452', '65.334', why='also 3.281 - 163 = 3.118')} "
        f"so với cuối năm 2023 (65.334 khách hàng). Nhóm khách hàng sinh hoạt "
        f"{d.amb('chiếm 87,6% sản lượng nước tiêu thụ', 'share', 'share of consumed VOLUME; household volume is given nowhere. 63.870 / 68.452 = 93,31 % is the share of customers, a different base; cannot be decided')}.")
    d.L("2. Doanh thu, chi phí và lợi nhuận")
    d.L(f"Tổng doanh thu năm 2024 đạt {d.sum('186,42 tỷ đồng', ['171,35', '11,26', '3,81'])}, "
        f"{d.ratio('bằng 103,9% kế hoạch năm', '186,42', '179,4')} (179,4 tỷ đồng), "
        f"{d.diff('tăng 14,87 tỷ đồng', '186,42', '171,55')} "
        f"so với năm 2023 (171,55 tỷ đồng); trong đó doanh thu tiền nước 171,35 tỷ đồng ({d.share('chiếm 91,92%', '171,35', '186,42')}), "
        f"doanh thu xây lắp, lắp đặt đồng hồ 11,26 tỷ đồng "
        f"({d.amb('tăng 1,5 lần', 'ratio', '11,26 / 7,48 = 1,505: right if read as gấp 1,5 lần, wrong if tăng 1,5 lần means +150 % (×2,5); the wording does not decide')} "
        f"so với năm 2023 là 7,48 tỷ đồng), doanh thu hoạt động tài chính và thu nhập khác 3,81 tỷ đồng.")
    d.L(f"Tổng chi phí sản xuất kinh doanh 172,96 tỷ đồng; "
        f"{d.diff('lợi nhuận trước thuế đạt 13,46 tỷ đồng', '186,42', '172,96', sign=0, why='profit = revenue - cost')}, "
        f"{d.ratio('vượt 20,1% kế hoạch', '13,46', '11,2', mode='chg', v='r')} (kế hoạch 11,2 tỷ đồng). Nộp ngân sách nhà "
        f"nước 9,74 tỷ đồng, {d.diff('tăng 1,84 tỷ đồng', '9,74', '8,26', v='i', why='digits of 1,48 swapped')} "
        f"{d.term('so với năm 2023 (8,26 tỷ đồng)', 'năm 2023', 'năm 2023')}.")
    d.L(f"Kết quả một số chỉ tiêu chủ yếu năm 2024 so với năm 2023 (chi tiết tại Biểu số 01 kèm theo): sản lượng nước sản "
        f"xuất năm 2023 là {d.rep('20.176.000 m3', '20.176.000')}, năm 2024 là {d.rep('21.346.800 m3', '21.346.800')}, "
        f"{d.ratio('so sánh 105,8%', '21.346.800', '20.176.000')}; thu nhập bình quân của người "
        f"lao động 10,85 triệu đồng và 11,62 triệu đồng/người/tháng, "
        f"{d.ratio('so sánh 107,01%', '11,62', '10,85', v='i', why='digits of 107,10 transposed')}.")
    d.L("3. Đầu tư xây dựng, phát triển mạng lưới")
    d.L(f"Năm 2024, Công ty được giao kế hoạch vốn đầu tư 48,6 tỷ đồng cho 07 dự án, công trình; giá trị giải ngân đến ngày "
        f"31/01/2025 là 41,37 tỷ đồng, {d.share('đạt 85,12% kế hoạch vốn', '41,37', '48,6')}. Đã hoàn thành, đưa vào sử "
        f"dụng {d.frac('05/08 công trình', '05', '07', v='i', why='07 dự án, công trình were assigned (same paragraph); 05 done + 02 remaining = 07')}, "
        f"nổi bật là: nâng công suất Nhà máy nước Phước Hà từ 6.000 m3/ngày đêm lên 9.000 m3/ngày đêm "
        f"({d.ratio('tăng 50%', '9.000', '6.000', mode='chg')}); phát triển mới "
        f"{d.sum('42,7 km đường ống', ['9,6', '33,1'], why='also equals the network growth 1.286,4 - 1.243,7')} (tuyến truyền "
        f"tải 9,6 km, tuyến phân phối 33,1 km); {d.diff('02 công trình còn lại', '07', '05', sign=0)} đang thi công, dự kiến "
        f"hoàn thành trong quý II/2025.")
    d.L(f"Công tác quản lý chất lượng nước được duy trì chặt chẽ. Trong năm đã lấy, phân tích "
        f"{d.sum('1.248 mẫu nước', ['1.152', '96'])} (nội kiểm 1.152 mẫu; ngoại kiểm do Trung tâm Kiểm soát bệnh tật tỉnh "
        f"thực hiện 96 mẫu), kết quả {d.frac('1.246/1.248 mẫu', '1.246', '1.248')} đạt QCVN 01-1:2018/BYT, "
        f"{d.share('tỷ lệ 99,84%', '1.246', '1.248')}; {d.diff('02 mẫu', '1.248', '1.246', sign=0)} ngoại kiểm không đạt "
        f"chỉ tiêu clo dư tự do đã được xử lý và lấy mẫu lại đạt yêu cầu.")
    d.L(f"Công tác chống thất thoát, thất thu được tập trung chỉ đạo: đã phát hiện, sửa chữa kịp thời "
        f"{d.sum('2.164 điểm rò rỉ', ['1.893', '217', '64'], v='i', why='the listed parts add to 2.174 (one-digit slip in the total)')}, "
        f"bể vỡ (trên tuyến ống phân phối 1.893 điểm, tuyến ống truyền tải 217 điểm, tại cụm đồng hồ khách hàng 64 điểm); "
        f"thay thế 4.620 đồng hồ nước hết hạn kiểm định; lắp đặt bổ sung 26 đồng hồ tổng phân vùng tách mạng (DMA), nâng "
        f"tổng số vùng tách mạng lên 83 vùng. Riêng sản lượng nước thương phẩm khu vực nông thôn đạt 2.846.500 m3, "
        f"{d.amb('tăng 1.125%', 'ratio', '1.125% is either 1.125 % or a mistyped 11,25 %; the 2023 rural volume is not given')} "
        f"so với năm 2023.")
    d.L(f"Tiền nước phát hành năm 2024 là {d.rep('171,35 tỷ đồng', '171,35', why='= doanh thu tiền nước')}, đã thu "
        f"170,02 tỷ đồng, {d.share('đạt 99,22%', '170,02', '171,35')}; nợ tiền nước tồn đọng đến ngày 31/12/2024 còn "
        f"1,17 tỷ đồng, {d.diff('giảm 0,45 tỷ đồng', '1,17', '1,62')} so với đầu năm (1,62 tỷ đồng).")
    d.L("4. Lao động, tiền lương và chế độ chính sách")
    d.L(f"Trong năm, Công ty tuyển dụng mới 18 lao động, giải quyết nghỉ hưu 09 người, chấm dứt hợp đồng lao động 05 người; "
        f"{d.sum('số lao động cuối năm là 412 người', ['408', '18', '-09', '-05'], why='stock-flow; same as the 412 of section I')}, "
        f"{d.diff('tăng 04 người', '412', '408')} so với đầu năm (408 người). Thu nhập bình quân "
        f"{d.rep('đạt 11,62 triệu đồng', '11,62')}/người/tháng, {d.diff('tăng 0,77 triệu đồng', '11,62', '10,85')} so với "
        f"năm 2023. Công ty đã cử "
        f"{d.amb('46 người đi đào tạo', 'subset', '21 + 19 + 14 = 54 > 46, but one person may attend several courses; the text does not say whether the course groups are exclusive')}, "
        f"bồi dưỡng, trong đó: an toàn, vệ sinh lao động 21 người; nghiệp vụ quản lý, vận hành mạng lưới 19 người; kỹ năng "
        f"chuyển đổi số 14 người. 100% người lao động được tham gia đầy đủ bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất "
        f"nghiệp.")
    d.L("5. Công tác xây dựng Đảng, đoàn thể")
    d.L(f"Đảng bộ Công ty có 07 chi bộ trực thuộc với "
        f"{d.rep('183 đảng viên', '138', v='i', why='138 in section I; 131 rated + 07 exempt = 138 (digits swapped)')}; "
        f"trong năm kết nạp 06 đảng viên mới. Kết quả đánh giá, xếp loại chất lượng năm 2024: trong tổng số "
        f"{d.sum('131 đảng viên được đánh giá', ['21', '98', '12'])} (miễn đánh giá 07 đồng chí), hoàn thành xuất sắc nhiệm "
        f"vụ 21 đồng chí ({d.share('16,03%', '21', '131')}), hoàn thành tốt nhiệm vụ 98 đồng chí "
        f"({d.share('74,81%', '98', '131')}), hoàn thành nhiệm vụ 12 đồng chí "
        f"({d.share('8,70%', '12', '131', v='i', why='8,70% = 12 / 138 (all members, wrong base); the other shares use the 131 rated')}); "
        f"không có đảng viên không hoàn thành nhiệm vụ. Công đoàn cơ sở có 404 đoàn viên, "
        f"{d.share('bằng 98,05% tổng số lao động', '404', '412', v='r')}.")
    d.L("III. ĐÁNH GIÁ CHUNG")
    d.L(f"Năm 2024, Công ty đã hoàn thành và hoàn thành vượt mức "
        f"{d.frac('11/12 chỉ tiêu', 11, '12', why='12 targets assigned (Quyết định 2150), only the loss-rate target missed')} "
        f"kế hoạch được Ủy ban nhân dân tỉnh giao; riêng chỉ tiêu tỷ lệ thất thoát, thất thu nước chưa đạt (kế hoạch 18,5%, "
        f"thực hiện {d.rep('19,00%', '19,00')}), {d.pts('cao hơn kế hoạch 0,5 điểm phần trăm', '19,00', '18,5')}. Hệ thống "
        f"cấp nước vận hành ổn định, không để xảy ra mất nước diện rộng; tuy nhiên, vào cao điểm mùa khô vẫn phải cấp nước "
        f"luân phiên tại {d.amb('07 xã', 'sum', 'one part is a placeholder (“... xã thuộc huyện Thuận Nam”): 03 + ... cannot be checked against 07')} "
        f"(gồm 03 xã thuộc huyện Ninh Phước, ... xã thuộc huyện Thuận Nam).")
    d.L(f"Hạn chế: tỷ lệ thất thoát, thất thu nước tuy giảm nhưng vẫn ở mức cao; một số tuyến ống xây dựng trước năm 2005 "
        f"đã xuống cấp, thường xuyên xảy ra sự cố; tiến độ giải ngân vốn đầu tư chưa đạt kế hoạch; việc phát triển khách hàng "
        f"khu vực nông thôn còn chậm, hiện Công ty mới phục vụ "
        f"{d.amb('68.542 khách hàng', 'repeat', 'undated (“hiện”, report written in January 2025) vs 68.452 at 31/12/2024: a digit swap or a later count; the text does not say')}, "
        f"chủ yếu tập trung ở khu vực đô thị.")
    d.L("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025")
    d.L(f"Phấn đấu sản lượng nước sản xuất đạt 22.400.000 m3, "
        f"{d.ratio('tăng 4,93%', '22.400.000', '21.346.800', mode='chg')} "
        f"{d.term('so với thực hiện năm 2024', 'năm 2024', 'năm 2024')}; tỷ lệ thất thoát, thất thu nước giảm xuống dưới 18%; "
        f"phát triển mới 3.200 khách hàng, nâng tổng số khách hàng lên {d.sum('71.652 khách hàng', ['68.452', '3.200'])}; "
        f"thực hiện 06 dự án đầu tư với {d.sum('tổng mức vốn 56,8 tỷ đồng', ['21,5', '29,3', '6,0'])} (vốn ngân sách tỉnh "
        f"hỗ trợ 21,5 tỷ đồng, vốn khấu hao và quỹ đầu tư phát triển của Công ty 29,3 tỷ đồng, vốn vay ưu đãi 6,0 tỷ đồng).")
    d.L("V. KIẾN NGHỊ")
    d.L("Đề nghị Ủy ban nhân dân tỉnh xem xét, phê duyệt phương án điều chỉnh giá nước sạch theo Tờ trình số 312/TTr-CTN "
        "ngày 18/10/2024 của Công ty; bố trí vốn đối ứng cho Dự án cải tạo mạng lưới cấp nước thành phố Phan Rang - Tháp "
        "Chàm giai đoạn 2025 - 2027; chỉ đạo các địa phương phối hợp bảo vệ hành lang an toàn tuyến ống truyền tải.")
    d.L("Trên đây là báo cáo kết quả thực hiện nhiệm vụ sản xuất kinh doanh năm 2024 và phương hướng, nhiệm vụ năm 2025 "
        "của Công ty TNHH MTV Cấp thoát nước Ninh Thuận./.")
    d.L("Nơi nhận:\tGIÁM ĐỐC")
    d.L("- UBND tỉnh (b/c); Sở Xây dựng, Sở Tài chính; Lưu: VT, KHKT.")
    d.F(f"Công suất thiết kế: Nhà máy nước {d.rep('Tân Sơn 40.000 m3/ngày đêm', '40.000')}; Nhà máy nước "
        f"{d.rep('Phước Hà 9.000 m3/ngày đêm', '9.000', why='capacity after the 2024 upgrade')}; 07 nhà máy còn lại "
        f"16.000 m3/ngày đêm; các trạm cấp nước 13.500 m3/ngày đêm.")
    return d


# ============================================================================ draft 2
def draft2():
    d = Draft("d14-02", "dang-kiem-6-thang-2025", "Trung tâm Đăng kiểm xe cơ giới — sơ kết 6 tháng đầu năm 2025")
    d.L("SỞ XÂY DỰNG TỈNH BẾN TRE\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    d.L("TRUNG TÂM ĐĂNG KIỂM XE CƠ GIỚI\tĐộc lập - Tự do - Hạnh phúc")
    d.L("Số: 128/BC-TTĐK\tBến Tre, ngày 04 tháng 7 năm 2025")
    d.L("BÁO CÁO")
    d.L("Sơ kết công tác 6 tháng đầu năm 2025 và nhiệm vụ trọng tâm 6 tháng cuối năm 2025")
    d.L("Thực hiện Công văn số 1876/SXD-VP ngày 20/6/2025 của Sở Xây dựng về việc báo cáo sơ kết công tác 6 tháng đầu năm "
        "2025, Trung tâm Đăng kiểm xe cơ giới Bến Tre (mã số 71-01S) báo cáo kết quả thực hiện nhiệm vụ như sau:")
    d.L("I. TÌNH HÌNH CHUNG")
    d.L("Từ ngày 01/3/2025, thực hiện chủ trương sắp xếp tổ chức bộ máy, Trung tâm được chuyển từ Sở Giao thông vận tải về "
        "trực thuộc Sở Xây dựng theo Quyết định số 412/QĐ-UBND ngày 28/02/2025 của Ủy ban nhân dân tỉnh; việc bàn giao tổ "
        "chức, biên chế, tài sản được thực hiện kịp thời, không làm gián đoạn hoạt động kiểm định. Thông tư số "
        "47/2024/TT-BGTVT ngày 15/11/2024 của Bộ Giao thông vận tải quy định về kiểm định xe cơ giới có hiệu lực từ ngày "
        "01/01/2025 với nhiều thay đổi về quy trình, biểu mẫu, đòi hỏi đăng kiểm viên phải kịp thời cập nhật.")
    d.L(f"Trung tâm hiện có {d.sum('03 dây chuyền kiểm định', ['02', '01'])}, gồm 02 dây chuyền tại trụ sở chính (phường "
        f"Phú Tân, thành phố Bến Tre) và 01 dây chuyền tại Trạm đăng kiểm huyện Mỏ Cày Nam; tính đến ngày 30/6/2025, Trung "
        f"tâm đang quản lý hồ sơ kỹ thuật của "
        f"{d.sum('64.270 phương tiện', ['38.412', '20.935', '2.786', '2.137'], why='parts in the footnote')}. Tổng số viên "
        f"chức, người lao động là {d.sum('46 người', ['24', '22'])}, gồm {d.sum('24 đăng kiểm viên', ['09', '15'])} (đăng "
        f"kiểm viên bậc cao 09 người, đăng kiểm viên 15 người) và 22 nhân viên nghiệp vụ, hành chính; "
        f"{d.sub('trong đó viên chức 38 người', ['38', '08'], '46', why='38 + 08 = 46: this trong đó is the full split by contract type')}, "
        f"hợp đồng lao động 08 người.")
    d.L("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2025")
    d.L("1. Công tác kiểm định xe cơ giới")
    d.L(f"Trong 6 tháng đầu năm 2025, Trung tâm đã kiểm định {d.sum('31.486 lượt phương tiện', ['15.502', '15.984'])} "
        f"({d.sum('quý I 15.502 lượt', ['5.984', '4.116', '5.402'], why='months in the footnote')}, "
        f"{d.sum('quý II 15.984 lượt', ['5.291', '5.361', '5.377'], v='i', why='months in the footnote add to 16.029; 31.486 - 15.502 = 15.984 supports the quarter, so the footnote month 5 (5.361) is likely a transposition of 5.316')}), "
        f"{d.share('đạt 52,48% kế hoạch năm', '31.486', '60.000')} (60.000 lượt), "
        f"{d.ratio('tăng 11,7%', '31.486', '28.187', mode='chg')} "
        f"{d.term('so với cùng kỳ năm 2023', 'năm 2023', 'năm 2024', v='i', why='28.187 lượt is the first half of 2024 (section III); a mid-2025 report compares with cùng kỳ năm 2024')} "
        f"(28.187 lượt). Số lượt kiểm định quý II {d.diff('nhiều hơn quý I 482 lượt', '15.984', '15.502')} do tháng 01 và "
        f"tháng 02 trùng dịp nghỉ Tết Nguyên đán Ất Tỵ, lượng xe đến kiểm định giảm mạnh.")
    d.L(f"Phân theo hình thức kiểm định, {d.sum('trong 31.486 lượt xe', ['3.912', '27.574'])} có 3.912 lượt kiểm định lần "
        f"đầu đối với xe cải tạo, xe nhập khẩu đã qua sử dụng, xe hết thời hạn miễn kiểm định "
        f"({d.share('chiếm 14,19%', '3.912', '31.486', v='i', why='14,19% = 3.912 / 27.574 (base = periodic inspections instead of the total)')}) "
        f"và 27.574 lượt kiểm định định kỳ ({d.share('chiếm 87,58%', '27.574', '31.486')}). Ngoài ra, Trung tâm đã lập hồ sơ "
        f"phương tiện và cấp giấy chứng nhận cho 2.846 xe ô tô mới được miễn kiểm định lần đầu theo Thông tư số "
        f"47/2024/TT-BGTVT, {d.diff('tăng 412 xe', '2.846', '2.434')} so với cùng kỳ (2.434 xe).")
    d.L(f"Số lượt phương tiện không đạt ở lần kiểm định thứ nhất phải sửa chữa, khắc phục và kiểm định lại là 4.538 lượt, "
        f"{d.share('chiếm 14,41%', '4.538', '31.486')} tổng số lượt kiểm định, "
        f"{d.pts('tăng 0,85%', '14,41', '15,26', v='i', why='the rate fell from 15,26% to 14,41%: sign wrong')} "
        f"{d.term('so với cùng kỳ năm 2024 (15,26%)', 'năm 2024', 'năm 2024')}; các hạng mục không đạt chủ yếu là "
        f"{d.amb('hệ thống phanh 1.926 lượt', 'subset', '1.926 + 1.684 + 1.318 = 4.928 > 4.538, but one vehicle can fail several items; the text does not say whether these counts are per vehicle or per defect')}, "
        f"khí thải 1.684 lượt, đèn chiếu sáng và tín hiệu 1.318 lượt.")
    d.L(f"Đã cấp {d.sub('31.112 giấy chứng nhận kiểm định', ['31.112'], '31.486')} và tem kiểm định; "
        f"{d.diff('374 lượt', '31.486', '31.112', sign=0, why='374 ≤ 4.538 failed at first inspection')} phương tiện không "
        f"đạt chưa quay lại kiểm định đến ngày 30/6/2025 đã được cảnh báo trên hệ thống quản lý kiểm định.")
    d.L("2. Công tác thu phí, giá dịch vụ và tài chính")
    d.L(f"Tổng thu 6 tháng đầu năm 2025 {d.sum('đạt 14,826 tỷ đồng', ['12,934', '1,214', '0,678'])}, gồm: giá dịch vụ "
        f"kiểm định 12,934 tỷ đồng ({d.share('chiếm 87,23%', '12,934', '14,826', v='r')}), lệ phí cấp giấy chứng nhận "
        f"1,214 tỷ đồng, thu dịch vụ kiểm tra hoán cải và thu khác 0,678 tỷ đồng; "
        f"{d.share('bằng 51,12% dự toán năm', '14,826', '29')} (29 tỷ đồng), "
        f"{d.diff('tăng 1,38 tỷ đồng', '14,826', '13,446')} so với cùng kỳ (13,446 tỷ đồng) và "
        f"{d.amb('bằng 48,6% so với năm 2024', 'term', 'against the whole year 2024 (not given) or a mislabelled cùng kỳ (14,826 / 13,446 = 110,3%)? the period compared cannot be told')}.")
    d.L(f"Tổng chi 6 tháng {d.sum('là 11,752 tỷ đồng', ['5,846', '3,418', '1,025', '1,436'], v='i', why='the surplus 14,826 - 11,752 = 3,074 supports the total; chi khác 1,436 is likely a transposition of 1,463')} "
        f"(chi tiền lương và các khoản đóng góp 5,846 tỷ đồng; chi vật tư, sửa chữa, bảo dưỡng thiết bị 3,418 tỷ đồng; "
        f"trích nộp cấp trên 1,025 tỷ đồng; chi khác 1,436 tỷ đồng); "
        f"{d.diff('chênh lệch thu lớn hơn chi 3,074 tỷ đồng', '14,826', '11,752', sign=0)}. Đã nộp ngân sách nhà nước toàn "
        f"bộ {d.rep('số lệ phí 1,214 tỷ đồng', '1,214')}.")
    d.L("3. Ứng dụng công nghệ thông tin, cải cách hành chính")
    d.L(f"Trung tâm tiếp tục triển khai đăng ký lịch hẹn kiểm định trực tuyến qua ứng dụng TTDK; 6 tháng có 12.487 lượt "
        f"đăng ký hẹn trực tuyến, {d.share('chiếm 39,66%', '12.487', '31.486')} tổng số lượt kiểm định, "
        f"{d.pts('tăng 11,44 điểm phần trăm', '39,66', '28,22')} so với "
        f"{d.share('cùng kỳ (28,22%)', '7.954', '28.187', why='7.954 and 28.187 are the first-half 2024 figures of section III')}; số lượt tra cứu "
        f"thông tin phương tiện trên Cổng thông tin điện tử của Trung tâm "
        f"{d.amb('tăng 1.215%', 'ratio', '1.215% is either 1.215 % or a mistyped 12,15 %; the earlier count is not given')} "
        f"so với cùng kỳ. Thanh toán không dùng tiền mặt 18.905 lượt, {d.share('đạt 60,04%', '18.905', '31.486')}. Tiếp "
        f"nhận {d.sum('17 phản ánh, kiến nghị', ['16', '01'])} của chủ phương tiện qua đường dây nóng, đã giải quyết xong "
        f"{d.frac('16/18 phản ánh', '16', '17', v='i')}, còn 01 phản ánh đang xác minh.")
    d.L("4. Công tác tổ chức, cán bộ")
    d.L(f"Trong kỳ, Trung tâm cử 06 đăng kiểm viên tham gia lớp cập nhật Thông tư số 47/2024/TT-BGTVT do Cục Đăng kiểm Việt "
        f"Nam tổ chức; 02 đăng kiểm viên được công nhận đăng kiểm viên bậc cao. Kết quả đánh giá, xếp loại năm 2024: "
        f"{d.sum('trong 38 viên chức', ['06', '29', '03'])} có 06 người hoàn thành xuất sắc nhiệm vụ "
        f"({d.share('15,79%', '06', '38')}), 29 người hoàn thành tốt nhiệm vụ ({d.share('76,31%', '29', '38', v='r')}), "
        f"03 người hoàn thành nhiệm vụ ({d.share('7,89%', '03', '38')}).")
    d.L("5. Công tác thanh tra, kiểm tra")
    d.L(f"Trung tâm đã tiếp {d.sum('02 đoàn kiểm tra', ['01', '01'])} (01 đoàn của Cục Đăng kiểm Việt Nam kiểm tra đột xuất "
        f"ngày 14/3/2025; 01 đoàn của Sở Xây dựng ngày 22/5/2025), không phát hiện sai phạm; 05 kiến nghị về hồ sơ, biểu mẫu "
        f"đã được khắc phục ngay. Bộ phận kiểm soát nội bộ tự kiểm tra xác suất 1.250 hồ sơ phương tiện, "
        f"{d.share('bằng 3,97% số lượt kiểm định', '1.250', '31.486')}.")
    d.L("III. ĐÁNH GIÁ CHUNG")
    d.L(f"So với cùng kỳ năm 2024, các chỉ tiêu chủ yếu đều tăng: số lượt kiểm định "
        f"{d.rep('31.468 lượt', '31.486', v='i', why='31.486 in section II (and 31.486 / 28.187 = 111,7% below): transposed digits')} "
        f"so với {d.rep('28.187 lượt', '28.187')}, {d.ratio('so sánh 111,7%', '31.486', '28.187')}; tổng thu "
        f"{d.rep('14,826 tỷ đồng', '14,826')} so với {d.rep('13,446 tỷ đồng', '13,446')}, "
        f"{d.ratio('so sánh 110,3%', '14,826', '13,446')}; số lượt đăng ký hẹn trực tuyến "
        f"{d.rep('12.487 lượt', '12.487')} so với 7.954 lượt, {d.ratio('gấp 1,57 lần', '12.487', '7.954', mode='times')}.")
    d.L(f"Tồn tại, hạn chế: vào các tháng cao điểm thời gian chờ kiểm định có lúc kéo dài; thiết bị kiểm tra phanh, đo khí "
        f"thải của dây chuyền số 1 đã sử dụng trên 10 năm, thường xuyên hư hỏng; "
        f"{d.amb('tỷ lệ phương tiện quá hạn kiểm định chưa đưa đi kiểm định còn 8,6%', 'share', 'base (vehicles due for inspection) is not given; 64.270 managed vehicles is not necessarily the base')}; "
        f"hiện Trung tâm quản lý hồ sơ "
        f"{d.amb('64.720 phương tiện', 'repeat', 'undated (“hiện”, report of 04/7/2025) vs 64.270 at 30/6/2025: a transposition or a later count; the text does not say')} "
        f"nhưng nhiều chủ phương tiện đã chuyển nơi cư trú, khó liên hệ.")
    d.L("IV. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2025")
    d.L(f"Phấn đấu 6 tháng cuối năm kiểm định 28.514 lượt phương tiện, cả năm "
        f"{d.sum('đạt 60.000 lượt', ['31.486', '28.514'])} theo kế hoạch; {d.rep('tổng thu cả năm 29 tỷ đồng', '29')}, "
        f"{d.diff('6 tháng cuối năm cần thu 14,174 tỷ đồng', '29', '14,826', sign=0, fig='14,174')}. Đầu tư thay thế thiết "
        f"bị với {d.amb('kinh phí 2,35 tỷ đồng', 'sum', 'one part is a placeholder (“... tỷ đồng”): 1,62 + ... + 0,28 cannot be checked against 2,35')}, "
        f"gồm: thiết bị kiểm tra phanh 1,62 tỷ đồng, thiết bị phân tích khí thải ... tỷ đồng, sửa chữa nhà xưởng 0,28 tỷ đồng.")
    d.L("Trên đây là báo cáo sơ kết công tác 6 tháng đầu năm 2025 và nhiệm vụ trọng tâm 6 tháng cuối năm 2025 của Trung tâm "
        "Đăng kiểm xe cơ giới Bến Tre./.")
    d.L("Nơi nhận:\tGIÁM ĐỐC")
    d.L("- Sở Xây dựng (b/c); Cục Đăng kiểm Việt Nam (b/c); Lưu: VT, HC.")
    d.F("Số lượt kiểm định theo tháng: tháng 01: 5.984 lượt; tháng 02: 4.116 lượt; tháng 3: 5.402 lượt; tháng 4: 5.291 "
        "lượt; tháng 5: 5.361 lượt; tháng 6: 5.377 lượt.")
    d.F(f"Phân theo loại phương tiện ({d.sum('tổng số 31.486 lượt', ['17.265', '9.842', '2.215', '2.164'])}): xe ô tô chở "
        f"người đến 9 chỗ 17.265 lượt ({d.share('54,83%', '17.265', '31.486')}); xe tải các loại 9.842 lượt "
        f"({d.share('31,25%', '9.842', '31.486', v='r')}); xe khách trên 9 chỗ 2.215 lượt ({d.share('7,03%', '2.215', '31.486')}); "
        f"xe chuyên dùng, đầu kéo, sơ mi rơ moóc 2.164 lượt ({d.share('6,87%', '2.164', '31.486')}).")
    d.F("Phương tiện đang quản lý hồ sơ đến ngày 30/6/2025: xe ô tô con 38.412 chiếc; xe tải 20.935 chiếc; xe khách 2.786 "
        "chiếc; xe chuyên dùng và loại khác 2.137 chiếc.")
    return d


# ============================================================================ draft 3
def draft3():
    d = Draft("d14-03", "hoi-doanh-nhan-tre-dai-hoi", "Hội Doanh nhân trẻ tỉnh — báo cáo đại hội nhiệm kỳ 2021 - 2026")
    d.L("HỘI DOANH NHÂN TRẺ TỈNH ĐẮK LẮK\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    d.L("BAN CHẤP HÀNH KHÓA IV\tĐộc lập - Tự do - Hạnh phúc")
    d.L("Số: 15-BC/DNT\tBuôn Ma Thuột, ngày 20 tháng 9 năm 2021")
    d.L("BÁO CÁO CHÍNH TRỊ")
    d.L("của Ban Chấp hành Hội Doanh nhân trẻ tỉnh khóa IV trình Đại hội đại biểu Hội Doanh nhân trẻ tỉnh lần thứ V, nhiệm "
        "kỳ 2021 - 2026")
    d.L("Nhiệm kỳ 2016 - 2021 diễn ra trong bối cảnh kinh tế của tỉnh có nhiều thuận lợi nhưng cũng không ít khó khăn, thách "
        "thức; đặc biệt từ đầu năm 2020 đến nay, đại dịch Covid-19 kéo dài đã tác động nặng nề đến hoạt động sản xuất, kinh "
        "doanh của cộng đồng doanh nghiệp, trong đó có doanh nghiệp hội viên. Được sự quan tâm lãnh đạo của Thường trực Tỉnh "
        "ủy, Ủy ban nhân dân tỉnh, sự chỉ đạo trực tiếp của Ban Thường vụ Tỉnh đoàn và Trung ương Hội Doanh nhân trẻ Việt Nam, "
        "Ban Chấp hành Hội đã đoàn kết, nỗ lực thực hiện Nghị quyết Đại hội lần thứ IV và đạt được những kết quả quan trọng.")
    d.L("PHẦN THỨ NHẤT: KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI LẦN THỨ IV, NHIỆM KỲ 2016 - 2021")
    d.L("1. Công tác phát triển hội viên, xây dựng tổ chức Hội")
    d.L(f"Đến ngày 31/8/2021, Hội có {d.sum('486 hội viên', ['402', '84'])}, "
        f"{d.diff('tăng 173 hội viên', '486', '313', why='also 241 admitted - 68 left = 173')} so với đầu nhiệm kỳ (313 hội "
        f"viên; trong nhiệm kỳ kết nạp mới 241, thôi sinh hoạt 68 hội viên), "
        f"{d.ratio('vượt 21,5% chỉ tiêu', '486', '400', mode='chg')} Đại hội IV đề ra (400 hội viên); trong đó hội viên là chủ "
        f"doanh nghiệp, người quản lý doanh nghiệp 402 người, chủ hộ kinh doanh, chủ trang trại, chủ nhiệm hợp tác xã 84 người.")
    d.L(f"Hội viên nữ 118 người, {d.share('chiếm 24,28%', '118', '486')}, "
        f"{d.pts('tăng 4,74%', '24,28', '19,81', v='i', why='24,28 - 19,81 = 4,47 points (digits swapped); neither reading gives 4,74')} "
        f"so với đầu nhiệm kỳ (19,81%); hội viên dưới 35 tuổi 341 người ({d.share('70,16%', '341', '486')}); hội viên là đảng "
        f"viên 57 người, {d.share('chiếm 14,18%', '57', '486', v='i', why='14,18% = 57 / 402 (business owners only, wrong base)')}; "
        f"hội viên sinh hoạt tại thành phố Buôn Ma Thuột 298 người, {d.share('chiếm 61,32%', '298', '486')}.")
    d.L(f"Hội viên sinh hoạt tại "
        f"{d.amb('15 chi hội', 'subset', '06 + 08 = 14 < 15: either “trong đó” lists only part of the branches, or the two kinds (địa bàn / ngành nghề) are exhaustive and a figure is wrong; the text does not say')} "
        f"trực thuộc, trong đó 06 chi hội theo địa bàn huyện, thị xã, thành phố và 08 chi hội theo ngành nghề; so với đầu "
        f"nhiệm kỳ (11 chi hội), {d.diff('tăng 04 chi hội', '15', '11')}. Nhiều hội viên đồng thời tham gia các tổ chức khác: "
        f"{d.sub('Hiệp hội Doanh nghiệp tỉnh 215 người', ['215', '97', '186'], '486', overlap=True, why='memberships of different associations')}, "
        f"Hội Nữ doanh nhân tỉnh 97 người, Câu lạc bộ Doanh nhân cà phê 186 người.")
    d.L("2. Công tác hỗ trợ hội viên phát triển sản xuất, kinh doanh")
    d.L(f"Đến nay, hội viên là chủ của {d.sum('458 doanh nghiệp', ['214', '96', '88', '60'])}, giải quyết việc làm thường "
        f"xuyên cho trên 12.600 lao động, tổng vốn đăng ký 6.842 tỷ đồng "
        f"({d.ratio('bình quân 14,94 tỷ đồng/doanh nghiệp', '6.842', '458', mode='per')}); phân theo lĩnh vực: thương mại, dịch "
        f"vụ 214 doanh nghiệp ({d.share('46,72%', '214', '458')}); xây dựng, bất động sản 96 doanh nghiệp "
        f"({d.share('20,96%', '96', '458')}); nông, lâm nghiệp và chế biến nông sản 88 doanh nghiệp "
        f"({d.share('19,21%', '88', '458')}); công nghiệp và lĩnh vực khác 60 doanh nghiệp ({d.share('13,1%', '60', '458')}).")
    d.L(f"Năm 2020, mặc dù chịu tác động của dịch Covid-19, tổng doanh thu của doanh nghiệp hội viên vẫn đạt 9.746 tỷ đồng, "
        f"{d.ratio('tăng 8,6%', '9.746', '8.974', mode='chg')} so với năm 2019 (8.974 tỷ đồng); tổng số thuế và các khoản nộp "
        f"ngân sách đạt 415,6 tỷ đồng, {d.ratio('gấp 1,81 lần', '415,6', '228,4', mode='times', v='r')} năm 2016 (228,4 tỷ "
        f"đồng), {d.diff('tăng 178,2 tỷ đồng', '415,6', '228,4', v='i', why='415,6 - 228,4 = 187,2 (digits swapped)')}. "
        f"Tỷ lệ doanh nghiệp hội viên kinh doanh có lãi năm 2020 đạt 71,4%, "
        f"{d.pts('giảm 6,9%', '71,4', '78,3', why='percentage points written as %')} so với năm 2019 (78,3%).")
    d.L(f"Hội đã chủ trì, phối hợp tổ chức 38 chương trình xúc tiến thương mại, kết nối kinh doanh, "
        f"{d.diff('tăng 14 chương trình', '38', '24')} "
        f"{d.term('so với nhiệm kỳ 2011 - 2016', 'nhiệm kỳ 2011 - 2016', 'nhiệm kỳ 2011 - 2016')} (24 chương trình); tổ chức "
        f"26 lớp đào tạo, tập huấn kỹ năng quản trị cho 2.318 lượt hội viên và người lao động "
        f"({d.ratio('bình quân 89 lượt người/lớp', '2.318', '26', mode='per')}). Cuộc thi “Ý tưởng khởi nghiệp sáng tạo” qua "
        f"05 mùa thu hút 312 dự án dự thi, {d.sub('45 dự án vào vòng chung kết', ['45'], '312')} "
        f"({d.share('chiếm 14,42%', '45', '312')}), {d.sub('15 dự án đạt giải', ['15'], '45')}. Quỹ Hỗ trợ thanh niên khởi "
        f"nghiệp của Hội đã cho vay 27 dự án với tổng số tiền 3,24 tỷ đồng, "
        f"{d.ratio('bình quân 120 triệu đồng/dự án', D(3240), '27', mode='per', why='3,24 tỷ = 3.240 triệu')}.")
    d.L("3. Công tác an sinh xã hội, tham gia xây dựng Đảng, chính quyền")
    d.L(f"Trong nhiệm kỳ, các cấp hội và hội viên đã đóng góp cho công tác an sinh xã hội với "
        f"{d.sum('tổng giá trị 18,64 tỷ đồng', ['7,25', '2,76', '3,12', '5,51'])}, gồm: ủng hộ phòng, chống dịch Covid-19 "
        f"7,25 tỷ đồng ({d.share('chiếm 38,9%', '7,25', '18,64')}); xây tặng 46 nhà tình nghĩa, nhà đại đoàn kết 2,76 tỷ đồng "
        f"({d.ratio('bình quân 60 triệu đồng/căn', D(2760), '46', mode='per', why='2,76 tỷ = 2.760 triệu')}); trao học bổng, "
        f"quà cho học sinh nghèo 3,12 tỷ đồng; các hoạt động thiện nguyện khác 5,51 tỷ đồng; "
        f"{d.ratio('gấp 2,3 lần', '18,64', '8,1', mode='times')} "
        f"{d.term('so với nhiệm kỳ 2016 - 2021', 'nhiệm kỳ 2016 - 2021', 'nhiệm kỳ 2011 - 2016', v='i', why='the paragraph reports the 2016 - 2021 term itself; the term before it is 2011 - 2016')} "
        f"(8,1 tỷ đồng).")
    d.L(f"Hội viên tích cực tham gia xây dựng Đảng, chính quyền: {d.rep('57 hội viên là đảng viên', '57')}; "
        f"{d.sum('12 hội viên', ['02', '04', '06'])} trúng cử đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021 - 2026 (cấp "
        f"tỉnh 02, cấp huyện 04, cấp xã 06). Ban Chấp hành Hội đã giới thiệu 23 quần chúng ưu tú cho tổ chức đảng bồi dưỡng, "
        f"{d.sum('14 người đã được kết nạp', ['02', '03', '04', '03', '02'], why='years in the footnote')} vào Đảng "
        f"({d.share('đạt 60,87%', '14', '23')}).")
    d.L("4. Công tác xây dựng Hội và hoạt động của Ban Chấp hành")
    d.L(f"Đại hội IV bầu Ban Chấp hành gồm 35 ủy viên; trong nhiệm kỳ bổ sung 06 ủy viên, cho thôi tham gia 09 ủy viên do "
        f"chuyển công tác, quá tuổi hội viên, {d.sum('hiện còn 32 ủy viên', ['35', '06', '-09'])}. Ban Chấp hành tổ chức 10 "
        f"kỳ họp thường kỳ và 04 kỳ họp bất thường, Ban Thường vụ họp 38 phiên, ban hành 126 văn bản chỉ đạo, hướng dẫn. Hội "
        f"được Trung ương Hội Doanh nhân trẻ Việt Nam tặng Cờ thi đua năm 2019; "
        f"{d.amb('64 hội viên được tặng Bằng khen', 'subset', '21 + 38 + 17 = 76 > 64: possible if some members received more than one Bằng khen, an error if each received one; the text does not say')}, "
        f"trong đó Bằng khen của Trung ương Hội 21, của Ủy ban nhân dân tỉnh 38, của Ban Chấp hành Tỉnh đoàn 17.")
    d.L("5. Đánh giá chung")
    d.L(f"Nghị quyết Đại hội IV đề ra 08 chỉ tiêu, đến nay đã hoàn thành và hoàn thành vượt "
        f"{d.frac('07/09 chỉ tiêu', '07', '08', v='i', why='08 targets set (same sentence); only one missed')}; riêng chỉ tiêu phát "
        f"triển doanh nghiệp hội viên mới đạt {d.frac('458/500 doanh nghiệp', '458', '500')} "
        f"({d.share('đạt 91,6%', '458', '500')}). Tính đến ngày 31/8/2021, "
        f"{d.rep('486 hội viên', '486')} của Hội đã đóng góp "
        f"tích cực vào phát triển kinh tế - xã hội của tỉnh; doanh nghiệp hội viên "
        f"{d.amb('chiếm 3,2% tổng số doanh nghiệp đang hoạt động', 'share', 'the number of active enterprises in the province is not given; base unknown')} "
        f"trên địa bàn tỉnh nhưng đóng góp trên 9% tổng thu nội địa.")
    d.L(f"Hạn chế: một số chi hội hoạt động chưa thường xuyên; việc kết nối hội viên ở các huyện xa còn hạn chế; nguồn lực "
        f"tài chính của Hội chủ yếu dựa vào đóng góp của hội viên: tổng thu hội phí và đóng góp trong nhiệm kỳ 1,286 tỷ đồng, "
        f"chi hoạt động 1,154 tỷ đồng, tồn quỹ {d.diff('0,132 tỷ đồng', '1,286', '1,154', sign=0)}.")
    d.L("PHẦN THỨ HAI: PHƯƠNG HƯỚNG, NHIỆM VỤ NHIỆM KỲ 2021 - 2026")
    d.L(f"Hiện nay Hội có "
        f"{d.amb('492 hội viên', 'repeat', 'undated (“hiện nay”, report of 20/9/2021) vs 486 at 31/8/2021: a later count or a slip; the text does not say')} "
        f"đang sinh hoạt. Chỉ tiêu chủ yếu nhiệm kỳ 2021 - 2026: phát triển mới ít nhất 250 hội viên, đến cuối nhiệm kỳ Hội có "
        f"{d.sum('736 hội viên', ['486', '250'])}, {d.ratio('tăng 51,44%', '736', '486', mode='chg')} so với đầu nhiệm kỳ; "
        f"thành lập mới 03 chi hội, nâng tổng số lên {d.sum('18 chi hội', ['15', '03'])}; doanh thu của doanh nghiệp hội viên "
        f"tăng bình quân "
        f"{d.amb('1.235%/năm', 'ratio', '1.235% is either 1.235 % or a mistyped 12,35 %; nothing to check it against')}; "
        f"tổng giá trị an sinh xã hội đạt trên 25 tỷ đồng, {d.ratio('tăng 34,1%', '25', '18,64', mode='chg')} "
        f"{d.term('so với nhiệm kỳ 2016 - 2021', 'nhiệm kỳ 2016 - 2021', 'nhiệm kỳ 2016 - 2021')} "
        f"({d.rep('18,64 tỷ đồng', '18,64')}).")
    d.L(f"Ban Chấp hành khóa V dự kiến gồm "
        f"{d.amb('39 ủy viên', 'sum', 'one part is a placeholder (“... ủy viên tham gia lần đầu”): 27 + ... cannot be checked against 39')}, "
        f"trong đó 27 ủy viên tái cử và ... ủy viên tham gia lần đầu, {d.diff('tăng 04 ủy viên', '39', '35')} so với số ủy viên "
        f"do Đại hội IV bầu; cơ cấu: nữ 09 người ({d.share('23,07%', '09', '39', v='r')}), dưới 35 tuổi 14 người "
        f"({d.share('35,8%', '14', '39', v='r')}).")
    d.L(f"Đại hội triệu tập {d.sum('150 đại biểu', ['32', '118'])}, gồm 32 đại biểu đương nhiên là ủy viên Ban Chấp hành khóa "
        f"IV và 118 đại biểu được bầu từ các chi hội; trong đó đại biểu là chủ doanh nghiệp, người quản lý doanh nghiệp "
        f"{d.sub('126 người', ['126', '31'], '150', v='i', why='owner/manager vs household business/farm/cooperative is the same exhaustive split as the 402 + 84 = 486 members; 126 + 31 = 157 exceeds the 150 delegates (126 is likely 119, or 31 is 24)')}, "
        f"chủ hộ kinh doanh, chủ trang trại, chủ nhiệm hợp tác xã 31 người; đại biểu nữ 37 người "
        f"({d.share('chiếm 24,67%', '37', '150')}).")
    d.L("Trên đây là Báo cáo chính trị của Ban Chấp hành Hội Doanh nhân trẻ tỉnh khóa IV trình Đại hội đại biểu lần thứ V, "
        "nhiệm kỳ 2021 - 2026./.")
    d.L("TM. BAN CHẤP HÀNH\tCHỦ TỊCH")
    d.F(f"Giá trị an sinh xã hội qua các năm "
        f"({d.sum('tổng cộng 18,64 tỷ đồng', ['1,92', '2,40', '2,86', '3,53', '6,63', '1,48'], v='i', why='the yearly figures add to 18,82 while the body breakdown gives 18,64; 3,53 for 2019 is likely a transposition of 3,35')}): "
        f"năm 2016: 1,92 tỷ đồng; năm 2017: 2,40 tỷ đồng; năm 2018: 2,86 tỷ đồng; năm 2019: 3,53 tỷ đồng; năm 2020: 6,63 tỷ "
        f"đồng; 8 tháng đầu năm 2021: 1,48 tỷ đồng.")
    d.F("Số hội viên được kết nạp vào Đảng: năm 2017: 02 người; năm 2018: 03 người; năm 2019: 04 người; năm 2020: 03 người; "
        "8 tháng đầu năm 2021: 02 người.")
    return d


# ============================================================================ draft 4
def draft4():
    d = Draft("d14-04", "bao-tro-xa-hoi-2024", "Trung tâm Bảo trợ xã hội tỉnh — tổng kết năm 2024")
    d.L("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    d.L("TRUNG TÂM BẢO TRỢ XÃ HỘI TỈNH\tĐộc lập - Tự do - Hạnh phúc")
    d.L("Số: 86/BC-TTBTXH\tLạng Sơn, ngày 10 tháng 01 năm 2025")
    d.L("BÁO CÁO")
    d.L("Tổng kết công tác năm 2024, phương hướng, nhiệm vụ năm 2025")
    d.L("Thực hiện Công văn số 2984/LĐTBXH-VP ngày 16/12/2024 của Sở Lao động - Thương binh và Xã hội về việc báo cáo tổng "
        "kết công tác năm 2024, Trung tâm Bảo trợ xã hội tỉnh báo cáo kết quả thực hiện nhiệm vụ như sau:")
    d.L("I. ĐẶC ĐIỂM TÌNH HÌNH")
    d.L(f"Trung tâm là đơn vị sự nghiệp công lập trực thuộc Sở, có chức năng tiếp nhận, quản lý, nuôi dưỡng, chăm sóc, phục "
        f"hồi chức năng cho đối tượng bảo trợ xã hội có hoàn cảnh đặc biệt khó khăn trên địa bàn tỉnh. Năm 2024, Trung tâm "
        f"được giao 52 số lượng người làm việc (Quyết định số 1215/QĐ-UBND ngày 12/7/2023 của Ủy ban nhân dân tỉnh); "
        f"{d.sum('hiện có 47 người', ['39', '08'])} (viên chức 39, hợp đồng lao động 08), "
        f"{d.diff('còn thiếu 05 người', '47', '52')} so với số được giao; nữ 32 người ({d.share('chiếm 68,09%', '32', '47')}). "
        f"Phân theo trình độ chuyên môn, {d.sum('trong 47 người có', ['03', '26', '13', '05'])}: thạc sĩ 03, đại học 26, cao "
        f"đẳng, trung cấp 13, sơ cấp và chưa qua đào tạo 05 người. Chi bộ Trung tâm có 21 đảng viên, "
        f"{d.share('bằng 44,68% tổng số viên chức, người lao động', '21', '47')}.")
    d.L("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024")
    d.L("1. Công tác tiếp nhận, quản lý đối tượng")
    d.L(f"Tính đến ngày 31/12/2024, Trung tâm đang trực tiếp quản lý, nuôi dưỡng "
        f"{d.sum('186 đối tượng', ['58', '41', '63', '24'])}, gồm: người cao tuổi cô đơn, không nơi nương tựa 58 người "
        f"({d.sub('từ 80 tuổi trở lên 23 người', ['23'], '58')}, {d.share('chiếm 39,66%', '23', '58')}); trẻ em có hoàn "
        f"cảnh đặc biệt 41 em; người khuyết tật đặc biệt nặng 63 người; người rối nhiễu tâm trí 24 người "
        f"({d.diff('giảm 03 người', '24', '21', v='i', why='24 now against 21 at the end of 2023 is an increase')} so với cuối "
        f"năm 2023 là 21 người). Trong tổng số đối tượng có 89 nữ ({d.share('47,84%', '89', '186', v='r')}) và 152 người dân "
        f"tộc thiểu số ({d.share('81,72%', '152', '186')}); riêng người khuyết tật đặc biệt nặng "
        f"{d.share('chiếm 38,87%', '63', '186', v='i', why='one-digit slip: 33,87%')} tổng số đối tượng.")
    d.L(f"Trong năm, Trung tâm {d.sum('tiếp nhận mới 27 đối tượng', ['05', '08', '06', '08'], why='quarters in the footnote')}; "
        f"đưa 09 đối tượng về tái hòa nhập cộng đồng ({d.sub('trong đó 06 trẻ em', ['06'], '09')} được gia đình nhận chăm sóc "
        f"thay thế), chuyển 02 đối tượng sang cơ sở trợ giúp xã hội khác; 07 đối tượng từ trần được tổ chức mai táng chu đáo. "
        f"Số đối tượng cuối năm {d.diff('tăng 09 người', '186', '177', why='also 177 + 27 - 09 - 02 - 07 = 186')} so với ngày "
        f"01/01/2024 (177 người); số đối tượng nuôi dưỡng bình quân năm 2024 là 181 người, "
        f"{d.ratio('tăng 3,4%', '181', '175', mode='chg')} {d.term('so với năm 2023 (175 người)', 'năm 2023', 'năm 2023')}.")
    d.L(f"Trong {d.sum('41 trẻ em', ['07', '28', '06'])} đang được nuôi dưỡng, có 07 em dưới 6 tuổi, 28 em từ 6 đến dưới 16 "
        f"tuổi và 06 em từ 16 tuổi trở lên; "
        f"{d.sub('17 em mồ côi cả cha và mẹ', ['17', '12'], '41', overlap=True, why='orphans and children with disabilities may overlap')}, "
        f"12 em khuyết tật. Năm học 2024 - 2025, "
        f"{d.frac('30/34 em', '30', D(28 + 6), why='school-age children = 28 (6 to under 16) + 06 (16 and over) = 34')} trong "
        f"độ tuổi đi học được đến trường ({d.share('đạt 88,23%', '30', '34', v='r')}); "
        f"{d.diff('04 em còn lại', '34', '30', sign=0)} là trẻ khuyết tật nặng được giáo dục chuyên biệt tại Trung tâm.")
    d.L("2. Công tác chăm sóc, nuôi dưỡng, phục hồi chức năng")
    d.L(f"Trung tâm thực hiện đầy đủ chế độ trợ cấp nuôi dưỡng hằng tháng theo Nghị định số 20/2021/NĐ-CP ngày 15/3/2021 và "
        f"Nghị định số 76/2024/NĐ-CP ngày 01/7/2024 của Chính phủ; từ ngày 01/7/2024, mức chuẩn trợ giúp xã hội tăng từ "
        f"360.000 đồng lên 500.000 đồng/tháng ({d.ratio('tăng 38,89%', '500.000', '360.000', mode='chg')}). Tổng kinh phí chi "
        f"trực tiếp cho đối tượng (trợ cấp nuôi dưỡng, tiền ăn, tư trang, thuốc chữa bệnh thông thường) năm 2024 là 5,862 tỷ "
        f"đồng, {d.diff('tăng 0,694 tỷ đồng', '5,862', '5,168')} so với năm 2023 (5,168 tỷ đồng), "
        f"{d.ratio('bình quân 2,7 triệu đồng/người/tháng', D(5862), D(181 * 12), mode='per', why='5.862 triệu / (181 đối tượng bình quân × 12 tháng)')}.")
    d.L(f"Công tác y tế được quan tâm: {d.frac('186/186 đối tượng', '186', '186')} được khám sức khỏe định kỳ 02 lần/năm; "
        f"chuyển tuyến điều trị {d.sum('43 lượt', ['31', '08', '04'])}, trong đó Bệnh viện Đa khoa tỉnh 31 lượt, Bệnh viện "
        f"Phục hồi chức năng tỉnh 08 lượt, tuyến trung ương 04 lượt. Số đối tượng mắc bệnh mạn tính phải điều trị thường xuyên "
        f"là {d.amb('72 người', 'subset', '46 + 21 + 19 = 86 > 72: fine if some people have several diseases, wrong otherwise; the text does not say')}, "
        f"trong đó tăng huyết áp 46 người, đái tháo đường 21 người, bệnh phổi tắc nghẽn mạn tính 19 người.")
    d.L(f"Tổ chức phục hồi chức năng cho {d.sum('87 đối tượng', ['63', '24'])} (người khuyết tật 63, người rối nhiễu tâm trí "
        f"24); qua đánh giá cuối năm, có 54 người khuyết tật tiến bộ rõ rệt về khả năng tự phục vụ, "
        f"{d.amb('đạt 62,07%', 'share', '54 / 87 = 62,07% (all rehabilitation clients) but the 54 are called người khuyết tật, whose base would be 63 (85,71%); the base cannot be told')}, "
        f"{d.pts('tăng 4,3 điểm phần trăm', '62,07', '58,4', v='i', why='62,07 - 58,4 = 3,67 points; relative change 6,28%; neither is 4,3')} "
        f"so với năm 2023 (58,4%).")
    d.L(f"Tiếp nhận, chăm sóc khẩn cấp {d.sum('14 lượt đối tượng', ['09', '03', '02'])} (người lang thang, xin ăn 09 lượt; nạn "
        f"nhân bạo lực gia đình 03 lượt; trẻ em bị bỏ rơi 02 lượt), {d.diff('giảm 05 lượt', '14', '19')} so với năm 2023 (19 "
        f"lượt); tư vấn, hỗ trợ tâm lý {d.sum('1.126 lượt người', ['412', '714'])} (qua Tổng đài điện thoại quốc gia bảo vệ trẻ "
        f"em 111 là 412 lượt, trực tiếp tại Trung tâm 714 lượt), {d.ratio('bằng 128,6%', '1.126', '875', v='r')} so với năm "
        f"2023 (875 lượt).")
    d.L("3. Công tác vận động, tiếp nhận hỗ trợ")
    d.L(f"Năm 2024, Trung tâm tiếp nhận hỗ trợ của {d.sum('48 tổ chức, cá nhân', ['19', '29'])} (19 tổ chức, 29 cá nhân) "
        f"với {d.sum('tổng giá trị 1,846 tỷ đồng', ['0,935', '0,911'])} (tiền mặt 0,935 tỷ đồng, "
        f"{d.share('chiếm 50,65%', '0,935', '1,846')}, {d.pts('cao hơn năm 2023 là 3,85 điểm phần trăm', '50,65', '46,8', fig='3,85')} "
        f"(46,8%); hiện vật quy đổi 0,911 tỷ đồng), "
        f"{d.ratio('tăng 27,1%', '1,846', '1,517', mode='chg', v='i', why='1,846 / 1,517 = 121,69%: 21,7 with digits swapped')} "
        f"so với năm 2023 (1,517 tỷ đồng).")
    d.L("4. Công tác tài chính")
    d.L(f"Dự toán được giao năm 2024 là 9,486 tỷ đồng (Quyết định số 2489/QĐ-UBND ngày 14/12/2023 của Ủy ban nhân dân tỉnh); "
        f"thực hiện {d.sum('9,315 tỷ đồng', ['2,918', '5,862', '0,535'])}, {d.share('đạt 98,2% dự toán', '9,315', '9,486')}, "
        f"gồm: chi lương và các khoản đóng góp theo lương 2,918 tỷ đồng; "
        f"{d.rep('chi trực tiếp cho đối tượng 5,862 tỷ đồng', '5,862')} "
        f"({d.amb('chiếm 62.93%', 'share', '62.93% with a decimal point: 6.293 % or a mistyped 62,93 % (5,862 / 9,315 = 62,93 %); the format is ambiguous')}); "
        f"chi hoạt động thường xuyên, sửa chữa nhỏ 0,535 tỷ đồng. Kinh phí chưa sử dụng hết "
        f"{d.diff('0,171 tỷ đồng', '9,486', '9,315', sign=0)} được chuyển nguồn sang năm 2025 theo quy định.")
    d.L("5. Công tác tổ chức, cán bộ, thi đua")
    d.L(f"Kết quả đánh giá, xếp loại năm 2024: {d.sum('47 viên chức, người lao động', ['07', '35', '05'])} được đánh giá, "
        f"trong đó hoàn thành xuất sắc nhiệm vụ 07 người ({d.share('14,89%', '07', '47')}), hoàn thành tốt nhiệm vụ 35 người "
        f"({d.share('74,47%', '35', '47')}), hoàn thành nhiệm vụ 05 người ({d.share('10,64%', '05', '47')}). Trung tâm được "
        f"Ủy ban nhân dân tỉnh tặng Bằng khen; 02 tập thể và 07 cá nhân được Giám đốc Sở tặng Giấy khen.")
    d.L("III. ĐÁNH GIÁ CHUNG")
    d.L(f"Năm 2024, Trung tâm đã hoàn thành tốt nhiệm vụ được giao, chăm sóc, nuôi dưỡng chu đáo "
        f"{d.rep('168 đối tượng', '186', v='i', why='186 at 31/12/2024 in section II: transposed digits')} tại thời điểm "
        f"31/12/2024; quy mô nuôi dưỡng "
        f"{d.amb('tăng 11 đối tượng so với năm 2023', 'difference', '186 - 175 (2023 average) = 11, 186 - 177 (1/1/2024) = 9: which 2023 figure is meant is not said')}; "
        f"không để xảy ra dịch bệnh, ngộ độc thực phẩm; 100% đối tượng được cấp thẻ bảo hiểm y tế. Tuy nhiên, một số khu nhà "
        f"ở xây dựng từ năm 2008 đã xuống cấp; đội ngũ nhân viên công tác xã hội còn mỏng, mới có 09 người, "
        f"{d.ratio('bình quân 01 nhân viên phụ trách 20,7 đối tượng', '186', '09', mode='per', fig='20,7')}.")
    d.L("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025")
    d.L(f"Đến thời điểm báo cáo, Trung tâm đang nuôi dưỡng "
        f"{d.amb('191 đối tượng', 'repeat', 'at the report date (10/01/2025) vs 186 at 31/12/2024: new admissions or a slip; cannot be decided')}. "
        f"Năm 2025, phấn đấu tiếp nhận, nuôi dưỡng 195 đối tượng, {d.ratio('tăng 4,84%', '195', '186', mode='chg')} "
        f"{d.term('so với năm 2023', 'năm 2023', 'năm 2024', v='i', why='186 is the 31/12/2024 figure; the 2025 target is compared with 2024')}; "
        f"đề nghị bổ sung 05 viên chức để {d.sum('đủ 52 người', ['47', '05'])} theo số lượng người làm việc được giao; dự "
        f"toán năm 2025 đề nghị "
        f"{d.amb('10,24 tỷ đồng', 'sum', 'one part is a placeholder (“... tỷ đồng”): 3,15 + 6,42 + ... cannot be checked against 10,24')}, "
        f"gồm: chi lương 3,15 tỷ đồng, chi trực tiếp cho đối tượng 6,42 tỷ đồng, chi hoạt động ... tỷ đồng, "
        f"{d.ratio('tăng 7,95%', '10,24', '9,486', mode='chg')} so với dự toán năm 2024.")
    d.L("Trên đây là báo cáo tổng kết công tác năm 2024, phương hướng, nhiệm vụ năm 2025 của Trung tâm Bảo trợ xã hội "
        "tỉnh./.")
    d.L("Nơi nhận:\tGIÁM ĐỐC")
    d.L("- Sở Lao động - Thương binh và Xã hội (b/c); Lưu: VT, HC.")
    d.F("Số đối tượng tiếp nhận mới theo quý: quý I: 05; quý II: 08; quý III: 06; quý IV: 08 đối tượng.")
    d.F(f"Đối tượng phân theo nơi đăng ký thường trú "
        f"({d.sum('tổng số 186 đối tượng', ['32', '21', '14', '17', '15', '16', '13', '19', '16', '18', '07'], v='i', why='the eleven district figures add to 188; the body total 186 is confirmed by the category breakdown, so a district figure is off by 2')}): "
        f"thành phố Lạng Sơn 32; huyện Cao Lộc 21; Văn Lãng 14; Tràng Định 17; Bình Gia 15; Văn Quan 16; Bắc Sơn 13; Hữu Lũng "
        f"19; Chi Lăng 16; Lộc Bình 18; Đình Lập 07.")
    d.F(f"Mức trợ cấp nuôi dưỡng tại cơ sở từ ngày 01/7/2024: trẻ em dưới 04 tuổi "
        f"{d.ratio('hệ số 5,0', '2.500.000', '500.000', mode='per')}, mức 2.500.000 đồng/tháng; các đối tượng còn lại "
        f"{d.ratio('hệ số 4,0', '2.000.000', '500.000', mode='per')}, mức 2.000.000 đồng/tháng.")
    return d


# ============================================================================ main
DRAFTS = [draft1, draft2, draft3, draft4]


def main():
    all_errs = []
    drafts = []
    for fn in DRAFTS:
        d = fn()
        errs = d.check()
        all_errs += [f"[{d.code}] {e}" for e in errs]
        drafts.append(d)
    if all_errs:
        print("\n".join(all_errs))
        sys.exit(1)
    rows = []
    for d in drafts:
        txt = d.write()
        cnt = Counter(c["verdict"] for c in d.claims)
        rows.append((d, len(txt)))
        print(f"{d.name}: {len(txt)} chars, {len(d.lines)} lines, {len(d.claims)} claims "
              + ", ".join(f"{cnt[v]} {v}" for v in VERDICTS))
    write_summary(rows)
    print("all assertions passed; wrote", OUT.relative_to(HERE), "and SUMMARY.md")


def write_summary(rows):
    out = ["# dev14 — summary", "",
           "Generated by `make.py` (do not edit by hand). Four Vietnamese report drafts, one paragraph per line, "
           "footnotes last (lines starting `[` U+FFFD `]`), each with a `.labels.json` of every checkable numeric claim.", "",
           "## Per draft", "",
           "| file | subject | chars | lines (body + footnotes) | claims | consistent | rounding | inconsistent | ambiguous |",
           "|---|---|---:|---:|---:|---:|---:|---:|---:|"]
    tot = Counter()
    kv = Counter()
    for d, n in rows:
        cnt = Counter(c["verdict"] for c in d.claims)
        fn = sum(1 for ln in d.lines if ln.startswith(FN))
        out.append(f"| {d.name}.txt | {d.title} | {n} | {len(d.lines) - fn} + {fn} | {len(d.claims)} | "
                   + " | ".join(str(cnt[v]) for v in VERDICTS) + " |")
        tot.update(cnt)
        tot["claims"] += len(d.claims)
        tot["chars"] += n
        kv.update((c["kind"], c["verdict"]) for c in d.claims)
    out.append(f"| **total** | | {tot['chars']} | | {tot['claims']} | " + " | ".join(str(tot[v]) for v in VERDICTS) + " |")
    out += ["", "## Kind × verdict (all drafts)", "",
            "| kind | " + " | ".join(VERDICTS) + " | total |",
            "|---|" + "---:|" * (len(VERDICTS) + 1)]
    for k in KINDS:
        out.append(f"| {k} | " + " | ".join(str(kv[(k, v)]) for v in VERDICTS) + f" | {sum(kv[(k, v)] for v in VERDICTS)} |")
    out.append("| **total** | " + " | ".join(str(sum(kv[(k, v)] for k in KINDS)) for v in VERDICTS) + f" | {sum(kv.values())} |")
    out += ["", "## Kind × draft", "", "| kind | " + " | ".join(d.code for d, _ in rows) + " |",
            "|---|" + "---:|" * len(rows)]
    for k in KINDS:
        out.append(f"| {k} | " + " | ".join(str(sum(1 for c in d.claims if c['kind'] == k)) for d, _ in rows) + " |")
    out += ["", "## How the labels are made", "",
            "- Every total, share, ratio, difference and expected value is computed in `make.py` with `Decimal` "
            "(ROUND_HALF_UP); the intended verdict of each claim is asserted against that computation.",
            "- `rounding` = the stated value is the truncation, one unit in the last digit below the half-up value; "
            "any other mismatch is `inconsistent` (with `right` and an arithmetic `note`).",
            "- Each anchor is exact text of its (1-based) line and occurs once in it; anchors on one line never overlap; "
            "every vi-VN input figure a claim relies on must occur in the draft.",
            "- `points` claims are accepted under either reading (percentage points or relative change); "
            "`subset` claims over different dimensions check each part ≤ parent, over one dimension the sum.",
            "- `ambiguous` marks claims a careful reader cannot decide: share of an unstated base, `1.125%`-style "
            "number formats, undated repeats that differ from a dated value, breakdowns with a `...` placeholder part, "
            "non-exclusive categories whose sum exceeds the parent, `tăng 1,5 lần`, an unnamed comparison period.",
            ""]
    (HERE / "SUMMARY.md").write_text("\n".join(out), encoding="utf-8")


if __name__ == "__main__":
    main()
