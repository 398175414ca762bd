#!/usr/bin/env python3
"""Held-out set 2 for Soát Số tables (ids k..).

Python 3 standard library only. Every share / ratio / difference is computed with
decimal.Decimal (ROUND_HALF_UP) from consistent base figures; errors and warnings are
planted afterwards. Each case also carries internal rules (not written to JSON) used
by the self-check:
  * on the clean version (before planting) every rule holds;
  * after planting, every failing rule contains a planted culprit or warning cell,
    every culprit sits in at least one failing rule, and every warning cell is exactly
    the truncated (or lower-precision) value of its share/ratio.
Run:  python3 make.py      (rewrites cases/*.json)
"""
import copy
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP, ROUND_DOWN

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "cases")


# ---------------------------------------------------------------- arithmetic
def q(x, p):
    return D(x).quantize(D(1).scaleb(-p), rounding=ROUND_HALF_UP)


def tq(x, p):
    return D(x).quantize(D(1).scaleb(-p), rounding=ROUND_DOWN)


def pct(a, b, p=2):
    return q(D(a) * 100 / D(b), p)


def vi(x, p=0):
    """Vietnamese writing: thousands '.', decimals ','."""
    x = q(D(x), p)
    neg = x < 0
    s = f"{abs(x):.{p}f}"
    i, _, f = s.partition(".")
    i = f"{int(i):,}".replace(",", ".")
    return ("-" if neg else "") + i + ("," + f if p else "")


def jn(x, p=0):
    x = q(D(x), p)
    return int(x) if p == 0 else float(x)


def dash(x, p=0, text=False):
    """Zero written '-' as clerks do."""
    if D(x) == 0:
        return "-"
    return vi(x, p) if text else jn(x, p)


# ---------------------------------------------------------------- cell refs
def colname(c):
    s = ""
    c += 1
    while c:
        c, r = divmod(c - 1, 26)
        s = chr(65 + r) + s
    return s


def parse_a1(a1):
    m = re.fullmatch(r"([A-Z]+)(\d+)", a1)
    c = 0
    for ch in m.group(1):
        c = c * 26 + ord(ch) - 64
    return c - 1, int(m.group(2))


def A(c, r):
    return colname(c) + str(r)


def parse_val(raw):
    if raw is None or isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        return D(raw)
    if isinstance(raw, float):
        return D(repr(raw))
    s = str(raw).strip().replace("%", "").strip()
    if s in ("-", "–"):
        return D(0)
    if s == "" or s.upper() == "X" or "..." in s or "…" in s:
        return None
    s = s.replace(".", "").replace(",", ".")
    try:
        return D(s)
    except Exception:
        return None


# ---------------------------------------------------------------- model
class Sheet:
    def __init__(self, name):
        self.name = name
        self.rows = []
        self.merges = []
        self.cells = {}

    def add(self, *vals):
        self.rows.append(list(vals))
        return len(self.rows)

    def raw(self, a1):
        c, r = parse_a1(a1)
        if r - 1 >= len(self.rows):
            return None
        row = self.rows[r - 1]
        return row[c] if c < len(row) else None

    def setraw(self, a1, v):
        c, r = parse_a1(a1)
        while len(self.rows) < r:
            self.rows.append([])
        row = self.rows[r - 1]
        while len(row) <= c:
            row.append(None)
        row[c] = v

    def val(self, a1):
        if a1 in self.cells:
            o = self.cells[a1]
            v = parse_val(o["v"])
            if v is not None and "%" in o.get("fmt", ""):
                v = v * 100
            return v
        return parse_val(self.raw(a1))

    def text(self, a1):
        r = self.raw(a1)
        return "" if r is None else str(r)

    def merge(self, *rngs):
        self.merges.extend(rngs)


class Case:
    def __init__(self, cid, layout, about):
        self.id, self.layout, self.about = cid, layout, about
        self.sheets, self.tables, self.errors, self.warnings, self.rules = [], [], [], [], []
        self.clean = None

    # -- structure
    def sheet(self, name):
        s = Sheet(name)
        self.sheets.append(s)
        return s

    def sh(self, name):
        return next(s for s in self.sheets if s.name == name)

    def table(self, s, rng):
        self.tables.append({"sheet": s.name, "range": rng})

    # -- rules (refs are "Sheet!A1")
    def _f(self, s, a1):
        return a1 if "!" in a1 else s.name + "!" + a1

    def sum(self, s, target, parts):
        self.rules.append(("lin", self._f(s, target), [(1, self._f(s, p)) for p in parts]))

    def lin(self, s, target, terms):
        self.rules.append(("lin", self._f(s, target), [(k, self._f(s, p)) for k, p in terms]))

    def diff(self, s, cell, cur, prev):
        self.lin(s, cell, [(1, cur), (-1, prev)])

    def le(self, s, small, big):
        self.rules.append(("le", self._f(s, small), self._f(s, big)))

    def lesum(self, s, parent, parts):
        self.rules.append(("lesum", self._f(s, parent), [self._f(s, p) for p in parts]))

    def share(self, s, cell, part, base, p=2):
        self.rules.append(("share", self._f(s, cell), self._f(s, part), self._f(s, base), p))

    def ratio(self, s, cell, cur, prev, p=2):
        self.rules.append(("ratio", self._f(s, cell), self._f(s, cur), self._f(s, prev), p))

    def rel(self, s, cell, cur, prev, p=2):
        self.rules.append(("rel", self._f(s, cell), self._f(s, cur), self._f(s, prev), p))

    def pctsum(self, s, cells, p=2):
        self.rules.append(("pctsum", [self._f(s, x) for x in cells], p))

    def eq(self, a, b):
        self.rules.append(("lin", a, [(1, b)]))

    def term(self, s, cell, must):
        self.rules.append(("text", self._f(s, cell), must))

    # -- planting
    def _snap(self):
        if self.clean is None:
            self.clean = copy.deepcopy(self.sheets)

    def _put(self, s, a1, dec, p):
        """Write a Decimal into a cell, keeping the cell's representation."""
        if a1 in s.cells:
            o = s.cells[a1]
            if "%" in o.get("fmt", ""):
                o["v"] = float(q(dec / 100, p + 2))
            else:
                o["v"] = jn(dec, p)
            return
        old = s.raw(a1)
        if isinstance(old, str):
            s.setraw(a1, vi(dec, p) if not old.startswith("+") or dec < 0 else "+" + vi(dec, p))
        else:
            s.setraw(a1, jn(dec, p))

    @staticmethod
    def _num(dec):
        if dec is None:
            return None
        return int(dec) if dec == dec.to_integral() and dec.as_tuple().exponent >= 0 else float(dec)

    def plant(self, s, a1, new, kind, note, p=0):
        self._snap()
        old = s.val(a1)
        self._put(s, a1, D(new), p)
        self.errors.append({"sheet": s.name, "culprit": a1, "value": self._num(old), "kind": kind, "note": note})

    def plant_formula(self, s, a1, formula, cached, note):
        self._snap()
        old = s.val(a1)
        s.cells[a1] = {"v": jn(cached), "formula": formula}
        self.errors.append({"sheet": s.name, "culprit": a1, "value": self._num(old), "kind": "formula-range", "note": note})

    def plant_text(self, s, a1, new, kind, note):
        self._snap()
        old = s.raw(a1)
        s.setraw(a1, new)
        self.errors.append({"sheet": s.name, "culprit": a1, "value": old, "kind": kind, "note": note})

    def swap(self, s, a, b, note):
        self._snap()
        va, vb = s.val(a), s.val(b)
        ra, rb = s.raw(a), s.raw(b)
        s.setraw(a, rb)
        s.setraw(b, ra)
        self.errors.append({"sheet": s.name, "culprit": [a, b], "value": [self._num(va), self._num(vb)],
                            "kind": "swap", "note": note})

    def warn_trunc(self, s, a1, exact, p, note):
        self._snap()
        r, t = q(exact, p), tq(exact, p)
        assert r != t, (self.id, a1, exact)
        self._put(s, a1, t, p)
        self.warnings.append({"sheet": s.name, "cell": a1, "kind": "truncation", "value": float(r),
                              "note": note + f": {q(exact, 4)} written {vi(t, p)}, rounds to {vi(r, p)}"})

    def warn_precision(self, s, a1, exact, p, p2, note):
        self._snap()
        r, w = q(exact, p), q(exact, p2)
        assert r != w
        self._put(s, a1, w, p2)
        self.warnings.append({"sheet": s.name, "cell": a1, "kind": "precision", "value": float(r),
                              "note": note + f": {q(exact, 4)} typed {vi(w, p2)} in a column of {vi(r, p)}-style values"})

    def json(self):
        out = {"id": self.id, "layout": self.layout, "about": self.about, "sheets": []}
        for s in self.sheets:
            rows = copy.deepcopy(s.rows)
            for a1, o in s.cells.items():   # the cached value also sits in the grid
                cc, rr = parse_a1(a1)
                while len(rows) < rr:
                    rows.append([])
                while len(rows[rr - 1]) <= cc:
                    rows[rr - 1].append(None)
                rows[rr - 1][cc] = o["v"]
            d = {"name": s.name, "rows": rows}
            if s.merges:
                d["merges"] = s.merges
            if s.cells:
                d["cells"] = s.cells
            out["sheets"].append(d)
        out["tables"] = self.tables
        out["errors"] = self.errors
        out["warnings"] = self.warnings
        return out


# ---------------------------------------------------------------- rule evaluation
def getv(sheets, fr):
    name, a1 = fr.rsplit("!", 1)
    s = next(x for x in sheets if x.name == name)
    return s.val(a1)


def gett(sheets, fr):
    name, a1 = fr.rsplit("!", 1)
    s = next(x for x in sheets if x.name == name)
    return s.text(a1)


def rule_cells(r):
    k = r[0]
    if k == "lin":
        return [r[1]] + [x for _, x in r[2]]
    if k == "le":
        return [r[1], r[2]]
    if k == "lesum":
        return [r[1]] + r[2]
    if k in ("share", "ratio", "rel"):
        return [r[1], r[2], r[3]]
    if k == "pctsum":
        return list(r[1])
    if k == "text":
        return [r[1]]


def exact_of(sheets, r):
    """Unrounded value a share/ratio/rel cell should hold (None if undefined)."""
    k = r[0]
    a, b = getv(sheets, r[2]), getv(sheets, r[3])
    if a is None or b is None or b == 0:
        return None
    if k == "share":
        return a * 100 / b
    if k == "ratio":
        return a * 100 / b
    if k == "rel":
        return (a - b) * 100 / b


def holds(sheets, r):
    k = r[0]
    if k == "text":
        return r[2] in gett(sheets, r[1])
    vals = [getv(sheets, x) for x in rule_cells(r)]
    if any(v is None for v in vals):
        return True
    if k == "lin":
        return vals[0] == sum(kk * getv(sheets, x) for kk, x in r[2])
    if k == "le":
        return vals[0] <= vals[1]
    if k == "lesum":
        return sum(vals[1:]) <= vals[0]
    if k in ("share", "ratio", "rel"):
        x = exact_of(sheets, r)
        if x is None:
            return True
        return vals[0] == q(x, r[4])
    if k == "pctsum":
        p = r[2]
        return abs(sum(vals) - 100) <= len(vals) * D(5).scaleb(-p - 1)


def check(case):
    problems = []
    clean = case.clean if case.clean is not None else case.sheets
    for r in case.rules:
        if not holds(clean, r):
            problems.append(f"clean version breaks {r}")
    failing = [r for r in case.rules if not holds(case.sheets, r)]
    culprits = set()
    for e in case.errors:
        cs = e["culprit"] if isinstance(e["culprit"], list) else [e["culprit"]]
        for c in cs:
            culprits.add(e["sheet"] + "!" + c)
        for c in cs:
            fr = e["sheet"] + "!" + c
            if not any(fr in rule_cells(r) for r in failing):
                problems.append(f"culprit {fr} breaks no rule")
        # the recorded value is the clean one
        if e["kind"] == "swap":
            want = [Case._num(getv(clean, e["sheet"] + "!" + c)) for c in cs]
        elif e["kind"] == "term-label":
            want = gett(clean, e["sheet"] + "!" + cs[0])
        else:
            want = Case._num(getv(clean, e["sheet"] + "!" + cs[0]))
        if want != e["value"]:
            problems.append(f"value of {cs} is {e['value']} but clean has {want}")
    wcells = set(w["sheet"] + "!" + w["cell"] for w in case.warnings)
    for w in case.warnings:
        fr = w["sheet"] + "!" + w["cell"]
        rs = [r for r in case.rules if r[0] in ("share", "ratio", "rel") and r[1] == fr]
        ok = False
        for r in rs:
            x = exact_of(case.sheets, r)
            v = getv(case.sheets, fr)
            if x is None:
                continue
            if w["kind"] == "truncation" and v == tq(x, r[4]) and v != q(x, r[4]):
                ok = True
            if w["kind"] == "precision" and v != q(x, r[4]) and any(v == q(x, pp) for pp in range(r[4])):
                ok = True
        if not ok:
            problems.append(f"warning {fr} not a {w['kind']}")
    for r in failing:
        if not any(c in culprits or c in wcells for c in rule_cells(r)):
            problems.append(f"rule fails with no planted cell: {r}")
    return problems


# ================================================================ cases
CASES = []


def case(fn):
    CASES.append(fn)
    return fn


@case
def k01():
    c = Case("k01-to-chuc-dang-hai-nhiem-ky", "stt-label-periods",
             "Party organisations and members over two terms; units per row; chi bộ cơ sở falls by more than the "
             "total (-31 against -27); overlapping Trong đó under the member total")
    s = c.sheet("Biểu 1")
    s.add("BIỂU 1. SỐ LƯỢNG TỔ CHỨC ĐẢNG VÀ ĐẢNG VIÊN QUA HAI NHIỆM KỲ")
    s.add("(Kèm theo Báo cáo số     -BC/TU ngày     tháng     năm 2025 của Ban Thường vụ Tỉnh ủy)")
    h = s.add("STT", "Nội dung", "Đơn vị tính", "Nhiệm kỳ 2015 - 2020", "Nhiệm kỳ 2020 - 2025", "Tăng (+), giảm (-)", "Ghi chú")
    rows = {}

    def line(key, stt, label, unit, a, b, note=None):
        r = s.add(stt, label, unit, a, b, b - a, note)
        rows[key] = r
        c.diff(s, f"F{r}", f"E{r}", f"D{r}")
        return r

    line("t", "1", "Tổng số tổ chức cơ sở đảng, gồm:", "Tổ chức", 525, 498)
    line("db", "-", "Đảng bộ cơ sở", "Tổ chức", 167, 171)
    line("cb", "-", "Chi bộ cơ sở", "Tổ chức", 358, 327, "Sáp nhập ấp, khu vực")
    line("ct", "2", "Chi bộ trực thuộc đảng ủy cơ sở", "Chi bộ", 1703, 1523)
    line("dv", "3", "Tổng số đảng viên", "Đảng viên", 31842, 33509)
    s.add(None, "Trong đó:")
    subs = [("Đảng viên nữ", 10215, 11262), ("Đảng viên dân tộc thiểu số", 612, 654),
            ("Đảng viên là người có đạo", 498, 539), ("Đảng viên dự bị", 1150, 1021)]
    for lab, a, b in subs:
        r = line(lab, "-", lab, "Đảng viên", a, b)
        for col in "DE":
            c.le(s, f"{col}{r}", f"{col}{rows['dv']}")
    last = s.add("4", "Số đảng viên bình quân/chi bộ", "Đảng viên", 18.7, 22.0, 3.3)
    c.diff(s, f"F{last}", f"E{last}", f"D{last}")
    for col in "DE":
        c.sum(s, f"{col}{rows['t']}", [f"{col}{rows['db']}", f"{col}{rows['cb']}"])
    c.table(s, f"A{h}:G{last}")
    return c


@case
def k02():
    c = Case("k02-chat-luong-dang-vien-hai-nam", "stt-label-periods",
             "Member quality 2023/2024: education (exhaustive, equals the total) and political theory (partial); "
             "a digit typo in a part and a sign flip in the difference column")
    s = c.sheet("Biểu 2")
    s.add("BIỂU 2. CHẤT LƯỢNG ĐỘI NGŨ ĐẢNG VIÊN")
    s.add(None, None, None, None, "Đơn vị tính: đảng viên")
    h = s.add("STT", "Nội dung", "Năm 2023", "Năm 2024", "Tăng (+), giảm (-)")
    R = {}

    def line(k, stt, lab, a, b):
        r = s.add(stt, lab, a, b, b - a)
        R[k] = r
        c.diff(s, f"E{r}", f"D{r}", f"C{r}")
        return r

    line("t", "1", "Tổng số đảng viên", 4572, 4809)
    line("gd", "2", "Trình độ giáo dục phổ thông", 4572, 4809)
    line("th", "-", "Tiểu học", 116, 239)
    line("cs", "-", "Trung học cơ sở", 711, 1080)
    line("pt", "-", "Trung học phổ thông", 3745, 3490)
    R["ll"] = s.add("3", "Trình độ lý luận chính trị")
    line("sc", "-", "Sơ cấp", 2318, 2444)
    line("tc", "-", "Trung cấp", 1354, 1133)
    line("cc", "-", "Cao cấp, cử nhân", 175, 188)
    for col in "CD":
        c.sum(s, f"{col}{R['gd']}", [f"{col}{R[k]}" for k in ("th", "cs", "pt")])
        c.eq(f"Biểu 2!{col}{R['gd']}", f"Biểu 2!{col}{R['t']}")
        c.lesum(s, f"{col}{R['t']}", [f"{col}{R[k]}" for k in ("sc", "tc", "cc")])
    c.table(s, f"A{h}:E{R['cc']}")
    c.plant(s, f"D{R['cs']}", 1030, "digit", "1.080 typed 1.030: education parts no longer sum to 4.809 and the difference 369 does not match")
    c.plant(s, f"E{R['tc']}", 221, "sign", "Trung cấp fell from 1.354 to 1.133 (-221) but the column shows +221")
    return c


@case
def k03():
    c = Case("k03-tuoi-ket-nap-khong-stt", "no-stt",
             "Age bands of new members in two years without an STT column; '-' for zero, an undefined ratio written '-', "
             "and a Tuổi bình quân row that is not part of the sum")
    s = c.sheet("Tuổi đời")
    s.add("ĐỘ TUỔI ĐẢNG VIÊN MỚI KẾT NẠP")
    s.add("Đơn vị tính: đảng viên")
    h = s.add("Chỉ tiêu", "Năm 2023", "Năm 2024", "So sánh (%)")
    data = [("Tổng số đảng viên mới kết nạp", 369, 402), ("Từ 18 đến 30 tuổi", 251, 283), ("Từ 31 đến 35 tuổi", 54, 61),
            ("Từ 36 đến 40 tuổi", 31, 27), ("Từ 41 đến 45 tuổi", 18, 16), ("Từ 46 đến 50 tuổi", 9, 10),
            ("Từ 51 đến 55 tuổi", 4, 5), ("Từ 56 đến 60 tuổi", 2, 0), ("Trên 60 tuổi", 0, 0)]
    rs = []
    for lab, a, b in data:
        ratio = "-" if a == 0 else dash(pct(b, a, 1), 1)
        r = s.add(lab, dash(a), dash(b), ratio)
        rs.append(r)
        c.ratio(s, f"D{r}", f"C{r}", f"B{r}", 1)
    r = s.add("Tuổi bình quân", 27.8, 27.5, jn(pct(D("27.5"), D("27.8"), 1), 1))
    c.ratio(s, f"D{r}", f"C{r}", f"B{r}", 1)
    for col in "BC":
        c.sum(s, f"{col}{rs[0]}", [f"{col}{x}" for x in rs[1:]])
    c.table(s, f"A{h}:D{r}")
    return c


@case
def k04():
    c = Case("k04-ky-luat-so-sanh-nam", "no-stt",
             "Discipline of members 2022/2023 without STT: difference and ratio columns; a transposed count, a comparison "
             "header naming the wrong year, and a truncated ratio")
    s = c.sheet("Kỷ luật")
    s.add("KẾT QUẢ THI HÀNH KỶ LUẬT ĐẢNG VIÊN")
    s.add("Đơn vị tính: đảng viên")
    h = s.add("Tiêu chí", "Năm 2022", "Năm 2023", "Tăng (+), giảm (-)", "So sánh 2023/2022 (%)")
    data = [("Tổng số đảng viên bị thi hành kỷ luật", 58, 71), ("- Khiển trách", 31, 38), ("- Cảnh cáo", 19, 24),
            ("- Cách chức", 3, 2), ("- Khai trừ", 5, 7)]
    rs = []
    for lab, a, b in data:
        r = s.add(lab, a, b, b - a, jn(pct(b, a), 2))
        rs.append(r)
        c.diff(s, f"D{r}", f"C{r}", f"B{r}")
        c.ratio(s, f"E{r}", f"C{r}", f"B{r}")
    for col in "BCD":
        c.sum(s, f"{col}{rs[0]}", [f"{col}{x}" for x in rs[1:]])
    c.term(s, f"E{h}", "2023/2022")
    c.table(s, f"A{h}:E{rs[-1]}")
    c.plant(s, f"C{rs[1]}", 83, "transposition", "38 typed 83: breaks the total 71, the difference 7 and the ratio 122,58")
    c.plant_text(s, f"E{h}", "So sánh 2023/2021 (%)", "term-label",
                 "the columns compared are 2023 and 2022, the header names 2021")
    c.warn_trunc(s, f"E{rs[2]}", D(24) * 100 / 19, 2, "24/19")
    return c


@case
def k05():
    c = Case("k05-don-vi-toan-huyen-dau", "total-first-unnumbered",
             "Units with the unnumbered Toàn huyện row first; Trong đó columns that happen to be the full split of "
             "TCCSĐ; '-' for zero; member shares of the Toàn huyện total")
    s = c.sheet("TCCSĐ")
    s.add("SỐ LƯỢNG TỔ CHỨC CƠ SỞ ĐẢNG, ĐẢNG VIÊN THEO ĐƠN VỊ (có đến 31/12/2024)")
    h = s.add("STT", "Đơn vị", "Số TCCSĐ", "Trong đó", None, "Số đảng viên", "Tỷ lệ (%)", "Ghi chú")
    s.add(None, None, None, "Đảng bộ cơ sở", "Chi bộ cơ sở")
    s.merge(f"A{h}:A{h+1}", f"B{h}:B{h+1}", f"C{h}:C{h+1}", f"D{h}:E{h}", f"F{h}:F{h+1}", f"G{h}:G{h+1}", f"H{h}:H{h+1}")
    units = [("Thị trấn Ngã Sáu", 1, 0, 412), ("Xã Đông Phú", 1, 0, 388), ("Xã Đông Thạnh", 1, 0, 297),
             ("Xã Phú Hữu", 1, 0, 335), ("Xã Phú Tân", 1, 0, 276), ("Xã Đông Phước", 1, 0, 301),
             ("Khối Đảng - Đoàn thể", 0, 9, 184), ("Khối Chính quyền", 2, 21, 612)]
    tdb, tcb, tdv = (sum(u[i] for u in units) for i in (1, 2, 3))
    t = s.add(None, "Toàn huyện", tdb + tcb, tdb, tcb, tdv, 100.0)
    rs = []
    for i, (n, db, cb, dv) in enumerate(units, 1):
        r = s.add(i, n, db + cb, dash(db), dash(cb), dv, jn(pct(dv, tdv), 2), "Khối" if i > 6 else None)
        rs.append(r)
        c.sum(s, f"C{r}", [f"D{r}", f"E{r}"])
        c.share(s, f"G{r}", f"F{r}", f"F{t}")
    c.sum(s, f"C{t}", [f"D{t}", f"E{t}"])
    for col in "CDEF":
        c.sum(s, f"{col}{t}", [f"{col}{x}" for x in rs])
    c.pctsum(s, [f"G{x}" for x in rs])
    c.table(s, f"A{h}:H{rs[-1]}")
    return c


@case
def k06():
    c = Case("k06-chi-bo-tong-cong-dau", "total-first-unnumbered",
             "Branches by type with 'Tổng cộng' first and unnumbered; the member total was typed wrong (last year's "
             "figure) while the shares were computed on the true sum; one share truncated")
    s = c.sheet("Chi bộ")
    s.add("CHI BỘ TRỰC THUỘC ĐẢNG ỦY CƠ SỞ VÀ ĐẢNG VIÊN SINH HOẠT")
    h = s.add("Loại chi bộ", "Số chi bộ", "Tỷ lệ (%)", "Số đảng viên", "Tỷ lệ (%)")
    data = [("1. Chi bộ ấp, khu vực", 525, 14210), ("2. Chi bộ ngành xã", 517, 6932),
            ("3. Chi bộ ngành huyện", 175, 3105), ("4. Chi bộ ngành tỉnh", 306, 5874)]
    tc, td = sum(d[1] for d in data), sum(d[2] for d in data)
    t = s.add("Tổng cộng", tc, 100.0, td, 100.0)
    rs = []
    for lab, a, b in data:
        r = s.add(lab, a, jn(pct(a, tc), 2), b, jn(pct(b, td), 2))
        rs.append(r)
        c.share(s, f"C{r}", f"B{r}", f"B{t}")
        c.share(s, f"E{r}", f"D{r}", f"D{t}")
    for col in "BD":
        c.sum(s, f"{col}{t}", [f"{col}{x}" for x in rs])
    for col in "CE":
        c.pctsum(s, [f"{col}{x}" for x in rs])
    c.table(s, f"A{h}:E{rs[-1]}")
    c.plant(s, f"D{t}", 29896, "other", f"member total typed 29.896 (not the sum {vi(td)}); every share matches {vi(td)}")
    # pick a member share whose truncation differs
    for lab, a, b in data:
        if tq(D(a) * 100 / tc, 2) != q(D(a) * 100 / tc, 2):
            r = rs[[d[0] for d in data].index(lab)]
            c.warn_trunc(s, f"C{r}", D(a) * 100 / tc, 2, f"{a}/{tc}")
            break
    return c


@case
def k07():
    c = Case("k07-huy-hieu-cong-cuoi", "total-last",
             "Party badges awarded in the term by class with 'Cộng' last and shares of it; two counts swapped between rows")
    s = c.sheet("Huy hiệu")
    s.add("SỐ ĐẢNG VIÊN ĐƯỢC TẶNG HUY HIỆU ĐẢNG NHIỆM KỲ 2020 - 2025")
    s.add(None, None, "Đơn vị tính: đảng viên")
    h = s.add("STT", "Loại huy hiệu", "Số lượng", "Tỷ lệ (%)")
    data = [("Huy hiệu 30 năm tuổi Đảng", 2106), ("Huy hiệu 40 năm tuổi Đảng", 1024), ("Huy hiệu 45 năm tuổi Đảng", 512),
            ("Huy hiệu 50 năm tuổi Đảng", 268), ("Huy hiệu 55 năm tuổi Đảng", 97), ("Huy hiệu 60 năm tuổi Đảng", 41),
            ("Huy hiệu 65 năm tuổi Đảng", 19), ("Huy hiệu 70 năm tuổi Đảng", 5)]
    tot = sum(d[1] for d in data)
    rs = []
    for i, (lab, v) in enumerate(data, 1):
        rs.append(s.add(i, lab, v, None))
    t = s.add(None, "Cộng", tot, 100.0)
    for r, (lab, v) in zip(rs, data):
        s.setraw(f"D{r}", jn(pct(v, tot), 2))
        c.share(s, f"D{r}", f"C{r}", f"C{t}")
    c.sum(s, f"C{t}", [f"C{x}" for x in rs])
    c.pctsum(s, [f"D{x}" for x in rs])
    c.table(s, f"A{h}:D{t}")
    c.swap(s, f"C{rs[2]}", f"C{rs[3]}", "45-year and 50-year counts swapped: total unchanged, both shares (12,57 / 6,58) contradict their counts")
    return c


@case
def k08():
    c = Case("k08-xep-loai-tccsd-theo-nam", "years-as-rows",
             "TCCSĐ ratings by year, years down the rows; HTTNV counts 'trở lên' and xuất sắc is inside it, with the "
             "xuất sắc share on the HTTNV count (not the evaluated total); evaluated < total")
    s = c.sheet("Xếp loại TCCSĐ")
    s.add("KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG GIAI ĐOẠN 2020 - 2023")
    h = s.add("Năm", "Tổng số TCCSĐ", "Số TCCSĐ được đánh giá", "Hoàn thành tốt nhiệm vụ trở lên", None,
              "Trong đó: Hoàn thành xuất sắc nhiệm vụ", None, "Hoàn thành nhiệm vụ", None, "Không hoàn thành nhiệm vụ", None)
    s.add(None, None, None, "Số lượng", "Tỷ lệ (%)", "Số lượng", "Tỷ lệ (%)", "Số lượng", "Tỷ lệ (%)", "Số lượng", "Tỷ lệ (%)")
    s.merge(f"A{h}:A{h+1}", f"B{h}:B{h+1}", f"C{h}:C{h+1}", f"D{h}:E{h}", f"F{h}:G{h}", f"H{h}:I{h}", f"J{h}:K{h}")
    data = [(2020, 62, 61, 58, 11, 2, 1), (2021, 61, 60, 56, 11, 4, 0), (2022, 60, 59, 54, 10, 5, 0), (2023, 58, 57, 56, 11, 1, 0)]
    for y, tot, ev, t, xs, ht, k in data:
        r = s.add(y, tot, ev, t, jn(pct(t, ev), 2), xs, jn(pct(xs, t), 2), dash(ht), dash(pct(ht, ev), 2) if ht else "-",
                  dash(k), dash(pct(k, ev), 2) if k else "-")
        c.sum(s, f"C{r}", [f"D{r}", f"H{r}", f"J{r}"])
        c.le(s, f"C{r}", f"B{r}")
        c.le(s, f"F{r}", f"D{r}")
        c.share(s, f"E{r}", f"D{r}", f"C{r}")
        c.share(s, f"G{r}", f"F{r}", f"D{r}")
        c.share(s, f"I{r}", f"H{r}", f"C{r}")
        c.share(s, f"K{r}", f"J{r}", f"C{r}")
        c.pctsum(s, [f"E{r}", f"I{r}", f"K{r}"])
    c.table(s, f"A{h}:K{r}")
    return c


@case
def k09():
    c = Case("k09-xep-loai-dang-vien-nam", "years-as-rows",
             "Member ratings by year (disjoint levels, shares of the evaluated members); one share computed on all "
             "members instead of the evaluated ones; two shares truncated")
    s = c.sheet("Xếp loại ĐV")
    s.add("KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN")
    s.add("Đơn vị tính: đảng viên; tỷ lệ %")
    h = s.add("Năm", "Tổng số đảng viên", "Miễn đánh giá", "Được đánh giá", "Hoàn thành xuất sắc nhiệm vụ", None,
              "Hoàn thành tốt nhiệm vụ", None, "Hoàn thành nhiệm vụ", None, "Không hoàn thành nhiệm vụ", None)
    s.add(None, None, None, None, "SL", "%", "SL", "%", "SL", "%", "SL", "%")
    s.merge(f"A{h}:A{h+1}", f"B{h}:B{h+1}", f"C{h}:C{h+1}", f"D{h}:D{h+1}", f"E{h}:F{h}", f"G{h}:H{h}", f"I{h}:J{h}", f"K{h}:L{h}")
    data = [(2021, 4612, 402, 612, 3401, 181, 16), (2022, 4688, 431, 655, 3428, 158, 16),
            (2023, 4751, 447, 702, 3433, 152, 17), (2024, 4809, 462, 748, 3451, 133, 15)]
    R = []
    for y, tot, mien, xs, t, ht, k in data:
        ev = tot - mien
        assert xs + t + ht + k == ev
        r = s.add(y, tot, mien, ev, xs, jn(pct(xs, ev), 2), t, jn(pct(t, ev), 2), ht, jn(pct(ht, ev), 2), k, jn(pct(k, ev), 2))
        R.append(r)
        c.lin(s, f"B{r}", [(1, f"C{r}"), (1, f"D{r}")])
        c.sum(s, f"D{r}", [f"E{r}", f"G{r}", f"I{r}", f"K{r}"])
        for a, b in (("E", "F"), ("G", "H"), ("I", "J"), ("K", "L")):
            c.share(s, f"{b}{r}", f"{a}{r}", f"D{r}")
        c.pctsum(s, [f"F{r}", f"H{r}", f"J{r}", f"L{r}"])
    c.table(s, f"A{h}:L{R[-1]}")
    r = R[1]
    c.plant(s, f"H{r}", pct(3428, 4688), "base", "3.428 HTTNV in 2022 divided by all 4.688 members (73,12) instead of the 4.257 evaluated (80,53)", 2)
    cands = [(r, col, num) for r, d in zip(R, data) for col, num in (("F", d[3]), ("J", d[5]), ("L", d[6]), ("H", d[4]))]
    n = 0
    for r, col, num in cands:
        if r == R[1] and col == "H":
            continue
        ev = [d for rr, d in zip(R, data) if rr == r][0]
        ev = ev[1] - ev[2]
        x = D(num) * 100 / ev
        if tq(x, 2) != q(x, 2) and n < 2 and r != R[1]:
            c.warn_trunc(s, f"{col}{r}", x, 2, f"{num}/{ev}")
            n += 1
            cands = cands
    assert n == 2
    return c


@case
def k10():
    c = Case("k10-dang-vien-theo-don-vi", "units-as-rows",
             "Members by district-level unit with nữ / DTTS / tôn giáo counts and their shares of the row; a digit typo "
             "in one nữ count; one truncated share; one share typed with no decimals")
    s = c.sheet("Đảng viên")
    s.add("ĐẢNG VIÊN PHÂN THEO ĐƠN VỊ TRỰC THUỘC TỈNH ỦY")
    s.add("(có đến 30/6/2023)")
    h = s.add("STT", "Đơn vị", "Tổng số đảng viên", "Nữ", None, "Dân tộc thiểu số", None, "Tôn giáo", None)
    s.add(None, None, None, "Số lượng", "Tỷ lệ (%)", "Số lượng", "Tỷ lệ (%)", "Số lượng", "Tỷ lệ (%)")
    s.merge(f"A{h}:A{h+1}", f"B{h}:B{h+1}", f"C{h}:C{h+1}", f"D{h}:E{h}", f"F{h}:G{h}", f"H{h}:I{h}")
    units = [("Thành phố Vị Thanh", 3318, 1286, 96, 41), ("Thành phố Ngã Bảy", 2207, 812, 31, 58),
             ("Thị xã Long Mỹ", 2410, 793, 118, 22), ("Huyện Long Mỹ", 2874, 902, 142, 19),
             ("Huyện Vị Thủy", 2563, 824, 77, 36), ("Huyện Phụng Hiệp", 4106, 1275, 64, 88),
             ("Huyện Châu Thành", 2935, 951, 23, 97), ("Huyện Châu Thành A", 3047, 1003, 19, 84),
             ("Đảng bộ Khối Cơ quan và Doanh nghiệp", 5921, 2408, 61, 54), ("Đảng bộ Công an tỉnh", 2684, 611, 17, 23),
             ("Đảng bộ Quân sự tỉnh", 1444, 397, 6, 17)]
    R = []
    for i, (n, t, nu, dt, tg) in enumerate(units, 1):
        r = s.add(i, n, t, nu, jn(pct(nu, t), 2), dt, jn(pct(dt, t), 2), tg, jn(pct(tg, t), 2))
        R.append(r)
        for a, b in (("D", "E"), ("F", "G"), ("H", "I")):
            c.share(s, f"{b}{r}", f"{a}{r}", f"C{r}")
            c.le(s, f"{a}{r}", f"C{r}")
    tots = [sum(u[i] for u in units) for i in range(1, 5)]
    t = s.add(None, "Toàn tỉnh", tots[0], tots[1], jn(pct(tots[1], tots[0]), 2), tots[2], jn(pct(tots[2], tots[0]), 2),
              tots[3], jn(pct(tots[3], tots[0]), 2))
    for a, b in (("D", "E"), ("F", "G"), ("H", "I")):
        c.share(s, f"{b}{t}", f"{a}{t}", f"C{t}")
    for col in "CDFH":
        c.sum(s, f"{col}{t}", [f"{col}{x}" for x in R])
    c.table(s, f"A{h}:I{t}")
    c.plant(s, f"D{R[4]}", 854, "digit", "nữ of Huyện Vị Thủy 824 typed 854: breaks the column total and the 32,15 share")
    done = 0
    for r, u in zip(R, units):
        x = D(u[3]) * 100 / u[1]
        if r != R[4] and tq(x, 2) != q(x, 2):
            c.warn_trunc(s, f"G{r}", x, 2, f"{u[3]}/{u[1]}")
            done = 1
            break
    assert done
    for r, u in zip(R, units):
        x = D(u[4]) * 100 / u[1]
        if r not in (R[4],) and q(x, 0) != q(x, 2):
            c.warn_precision(s, f"I{r}", x, 2, 0, f"{u[4]}/{u[1]}")
            break
    return c


@case
def k11():
    c = Case("k11-co-cau-llct-phan-tram", "percent-only",
             "Political-theory structure in percent only (no counts) for two years, with a points-difference column; "
             "one percentage has two digits transposed")
    s = c.sheet("Cơ cấu LLCT")
    s.add("CƠ CẤU TRÌNH ĐỘ LÝ LUẬN CHÍNH TRỊ CỦA ĐẢNG VIÊN")
    s.add(None, None, None, "Đơn vị tính: %")
    h = s.add("Trình độ", "Năm 2020", "Năm 2025", "Tăng (+), giảm (-)")
    a = [("Chưa qua đào tạo", 725, 1044), ("Sơ cấp", 2318, 2444), ("Trung cấp", 1354, 1133), ("Cao cấp, cử nhân", 175, 188)]
    ta, tb = sum(x[1] for x in a), sum(x[2] for x in a)
    R = []
    for lab, x, y in a:
        px, py = pct(x, ta), pct(y, tb)
        r = s.add(lab, jn(px, 2), jn(py, 2), jn(py - px, 2))
        R.append(r)
        c.diff(s, f"D{r}", f"C{r}", f"B{r}")
    t = s.add("Cộng", 100.0, 100.0, None)
    for col in "BC":
        c.pctsum(s, [f"{col}{x}" for x in R])
    c.table(s, f"A{h}:D{t}")
    c.plant(s, f"C{R[1]}", D("50.28"), "transposition", "50,82 typed 50,28: 2025 column sums to 99,46 and the +0,12 point change no longer matches", 2)
    return c


@case
def k12():
    c = Case("k12-loai-hinh-khong-tieu-de", "no-title-no-unit",
             "A bare table from A1, no title or unit: TCCSĐ by type, total = đảng bộ + chi bộ cơ sở, Cộng last; one "
             "chi bộ count transposed")
    s = c.sheet("Sheet1")
    s.add("Loại hình", "Tổng số TCCSĐ", "Đảng bộ cơ sở", "Chi bộ cơ sở", "Số đảng viên")
    data = [("Xã, phường, thị trấn", 75, 0, 18420), ("Cơ quan Đảng, MTTQ, đoàn thể", 0, 12, 1163),
            ("Cơ quan Nhà nước", 3, 33, 2874), ("Đơn vị sự nghiệp", 3, 21, 4906), ("Doanh nghiệp", 4, 14, 1327),
            ("Quân đội", 2, 4, 1444), ("Công an", 3, 4, 2684)]
    R = []
    for lab, db, cb, dv in data:
        R.append(s.add(lab, db + cb, dash(db), dash(cb), dv))
    t = s.add("Cộng", *[sum(x) for x in zip(*[(d[1] + d[2], d[1], d[2], d[3]) for d in data])])
    for r in R + [t]:
        c.sum(s, f"B{r}", [f"C{r}", f"D{r}"])
    for col in "BCDE":
        c.sum(s, f"{col}{t}", [f"{col}{x}" for x in R])
    c.table(s, f"A1:E{t}")
    c.plant(s, f"D{R[3]}", 12, "transposition", "21 typed 12: row 24 ≠ 3 + 12 and the Chi bộ cơ sở column no longer sums to its Cộng")
    return c


@case
def k13():
    c = Case("k13-xep-loai-loai-hinh-3-dong", "multi-row-header-merged",
             "TCCSĐ ratings by type under a 3-row merged header (Kết quả xếp loại / level / Số lượng-Tỷ lệ); disjoint "
             "levels, shares of each row's total; '-' for zero; Tổng cộng last")
    s = c.sheet("Xếp loại")
    s.add("KẾT QUẢ XẾP LOẠI CHẤT LƯỢNG TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2024")
    h = s.add("Loại hình tổ chức cơ sở đảng", "Tổng số TCCSĐ được đánh giá", "Kết quả xếp loại", None, None, None, None, None, None, None)
    s.add(None, None, "Hoàn thành xuất sắc nhiệm vụ", None, "Hoàn thành tốt nhiệm vụ", None, "Hoàn thành nhiệm vụ", None,
          "Không hoàn thành nhiệm vụ", None)
    s.add(None, None, *(["Số lượng", "Tỷ lệ (%)"] * 4))
    s.merge(f"A{h}:A{h+2}", f"B{h}:B{h+2}", f"C{h}:J{h}", f"C{h+1}:D{h+1}", f"E{h+1}:F{h+1}", f"G{h+1}:H{h+1}", f"I{h+1}:J{h+1}")
    data = [("Xã, phường, thị trấn", 2, 5, 1, 0), ("Cơ quan Đảng, MTTQ, đoàn thể", 2, 7, 0, 0),
            ("Cơ quan Nhà nước", 3, 10, 1, 0), ("Đơn vị sự nghiệp", 2, 12, 1, 0), ("Doanh nghiệp", 0, 4, 1, 1),
            ("Lực lượng vũ trang", 1, 3, 0, 0)]
    tot = [sum(d[i] for d in data) for i in range(1, 5)]
    R = []
    for lab, *v in data + [("Tổng cộng", *tot)]:
        n = sum(v)
        row = [lab, n]
        for x in v:
            row += [dash(x), dash(pct(x, n), 2) if x else "-"]
        r = s.add(*row)
        R.append(r)
        c.sum(s, f"B{r}", [f"C{r}", f"E{r}", f"G{r}", f"I{r}"])
        for a, b in (("C", "D"), ("E", "F"), ("G", "H"), ("I", "J")):
            c.share(s, f"{b}{r}", f"{a}{r}", f"B{r}")
        c.pctsum(s, [f"D{r}", f"F{r}", f"H{r}", f"J{r}"])
    for col in "BCEGI":
        c.sum(s, f"{col}{R[-1]}", [f"{col}{x}" for x in R[:-1]])
    c.table(s, f"A{h}:J{R[-1]}")
    return c


@case
def k14():
    c = Case("k14-doi-ngu-so-dang-chu", "text-numbers",
             "Member structure typed entirely as text ('4.809', '31,17'); Trong đó subsets, age bands and education "
             "summing to the total, a partial chuyên môn block; a digit typo in a count, a transposed share, a truncation")
    s = c.sheet("Đội ngũ")
    s.add("THỰC TRẠNG ĐỘI NGŨ ĐẢNG VIÊN (thời điểm 31/12/2023)")
    h = s.add("TT", "Chỉ tiêu", "Số lượng (đảng viên)", "Tỷ lệ (%)")
    T = 4809
    t = s.add("I", "Tổng số đảng viên", vi(T), "100,00")
    R = {}

    def line(k, stt, lab, v):
        r = s.add(stt, lab, vi(v), vi(pct(v, T), 2))
        R[k] = r
        c.share(s, f"D{r}", f"C{r}", f"C{t}")
        return r

    s.add(None, "Trong đó:")
    for k, lab, v in (("nu", "Nữ", 1499), ("db", "Dự bị", 150), ("dt", "Dân tộc thiểu số", 25), ("tg", "Tôn giáo", 77),
                      ("dv", "Đoàn viên TNCS Hồ Chí Minh", 344)):
        line(k, "-", lab, v)
        c.le(s, f"C{R[k]}", f"C{t}")
    s.add("II", "Tuổi đời")
    ages = [("a1", "Từ 18 - 30 tuổi", 435), ("a2", "Từ 31 - 40 tuổi", 1467), ("a3", "Từ 41 - 50 tuổi", 1176),
            ("a4", "Từ 51 - 60 tuổi", 889), ("a5", "Từ 61 tuổi trở lên", 842)]
    for k, lab, v in ages:
        line(k, "-", lab, v)
    s.add("III", "Trình độ học vấn")
    edu = [("e1", "Tiểu học", 239), ("e2", "Trung học cơ sở", 1080), ("e3", "Trung học phổ thông", 3490)]
    for k, lab, v in edu:
        line(k, "-", lab, v)
    s.add("IV", "Trình độ chuyên môn")
    cm = [("c1", "Sơ cấp", 36), ("c2", "Trung cấp", 415), ("c3", "Cao đẳng", 339), ("c4", "Đại học", 2201), ("c5", "Thạc sỹ", 69)]
    for k, lab, v in cm:
        last = line(k, "-", lab, v)
    for grp in (ages, edu):
        c.sum(s, f"C{t}", [f"C{R[k]}" for k, _, _ in grp])
        c.pctsum(s, [f"D{R[k]}" for k, _, _ in grp])
    c.lesum(s, f"C{t}", [f"C{R[k]}" for k, _, _ in cm])
    c.table(s, f"A{h}:D{last}")
    c.plant(s, f"C{R['a3']}", 1196, "digit", "1.176 typed 1.196: age bands sum to 4.829 and 24,45% fits 1.176")
    c.plant(s, f"D{R['e2']}", D("22.64"), "transposition", "22,46 typed 22,64: 1.080/4.809 = 22,458 and the education shares no longer sum to 100", 2)
    for k, lab, v in cm:
        x = D(v) * 100 / T
        if tq(x, 2) != q(x, 2):
            c.warn_trunc(s, f"D{R[k]}", x, 2, f"{v}/{T}")
            break
    return c


@case
def k15():
    c = Case("k15-so-dang-chu-cho-trong", "text-numbers",
             "Text-typed figures with mixed separators ('1523' beside '1.541'), '-' for zero and a 2025 column still "
             "holding '...' placeholders; Gồm breakdowns and a Trong đó subset")
    s = c.sheet("Tổng hợp")
    s.add("MỘT SỐ CHỈ TIÊU VỀ TỔ CHỨC ĐẢNG, ĐẢNG VIÊN")
    h = s.add("STT", "Chỉ tiêu", "ĐVT", "Năm 2023", "Năm 2024", "Năm 2025", "Ghi chú")
    R = {}

    def line(k, stt, lab, unit, a, b, txtb=None):
        r = s.add(stt, lab, unit, a if isinstance(a, str) else vi(a), txtb if txtb else (b if isinstance(b, str) else vi(b)),
                  "...", None)
        R[k] = r
        return r

    line("t", "1", "Tổng số tổ chức cơ sở đảng, gồm:", "Tổ chức", 501, 498)
    line("db", "-", "Đảng bộ cơ sở", "Tổ chức", 170, 171)
    line("cb", "-", "Chi bộ cơ sở", "Tổ chức", 331, 327)
    line("ct", "2", "Chi bộ trực thuộc đảng ủy cơ sở, gồm:", "Chi bộ", 1541, 1523, "1523")
    line("c1", "-", "Chi bộ ấp, khu vực", "Chi bộ", 525, 525)
    line("c2", "-", "Chi bộ ngành xã", "Chi bộ", 531, 517)
    line("c3", "-", "Chi bộ ngành huyện", "Chi bộ", 178, 175)
    line("c4", "-", "Chi bộ ngành tỉnh", "Chi bộ", 307, 306)
    line("dv", "3", "Tổng số đảng viên", "Đảng viên", 33120, 33509)
    line("nu", "", "Trong đó: nữ", "Đảng viên", 10988, 11262)
    line("yk", "4", "Tổ chức cơ sở đảng không hoàn thành nhiệm vụ", "Tổ chức", "-", "-")
    s.setraw(f"G{R['yk']}", "Số liệu năm 2025 tổng hợp sau ngày 31/12/2025")
    for col in "DEF":
        c.sum(s, f"{col}{R['t']}", [f"{col}{R['db']}", f"{col}{R['cb']}"])
        c.sum(s, f"{col}{R['ct']}", [f"{col}{R[k]}" for k in ("c1", "c2", "c3", "c4")])
        c.le(s, f"{col}{R['nu']}", f"{col}{R['dv']}")
    c.table(s, f"A{h}:G{R['yk']}")
    return c


@case
def k16():
    c = Case("k16-hai-bang-mot-sheet", "several-tables-per-sheet",
             "Two tables on one sheet (TCCSĐ; chi bộ trực thuộc) comparing two terms; a digit typo (327 → 357) in the "
             "first, a sign flip and a comparison header naming the wrong term in the second")
    s = c.sheet("Tổ chức đảng")
    s.add("1. Số lượng tổ chức cơ sở đảng")
    h1 = s.add("Nội dung", "Nhiệm kỳ 2015 - 2020", "Nhiệm kỳ 2020 - 2025", "Tăng, giảm so với nhiệm kỳ 2015 - 2020")
    t1 = [("Tổng số", 525, 498), ("- Đảng bộ cơ sở", 167, 171), ("- Chi bộ cơ sở", 358, 327)]
    R1 = []
    for lab, a, b in t1:
        r = s.add(lab, a, b, b - a)
        R1.append(r)
        c.diff(s, f"D{r}", f"C{r}", f"B{r}")
    s.add()
    s.add("2. Chi bộ trực thuộc đảng ủy cơ sở")
    h2 = s.add("Nội dung", "Nhiệm kỳ 2015 - 2020", "Nhiệm kỳ 2020 - 2025", "Tăng, giảm so với nhiệm kỳ 2015 - 2020")
    t2 = [("Tổng số", 1703, 1523), ("- Chi bộ ấp, khu vực", 561, 525), ("- Chi bộ ngành xã", 598, 517),
          ("- Chi bộ ngành huyện", 228, 175), ("- Chi bộ ngành tỉnh", 316, 306)]
    R2 = []
    for lab, a, b in t2:
        r = s.add(lab, a, b, b - a)
        R2.append(r)
        c.diff(s, f"D{r}", f"C{r}", f"B{r}")
    for col in "BCD":
        c.sum(s, f"{col}{R1[0]}", [f"{col}{x}" for x in R1[1:]])
        c.sum(s, f"{col}{R2[0]}", [f"{col}{x}" for x in R2[1:]])
    c.term(s, f"D{h1}", "2015 - 2020")
    c.term(s, f"D{h2}", "2015 - 2020")
    c.table(s, f"A{h1}:D{R1[-1]}")
    c.table(s, f"A{h2}:D{R2[-1]}")
    c.plant(s, f"C{R1[2]}", 357, "digit", "327 typed 357: 171 + 357 = 528 ≠ 498 and 357 - 358 ≠ -31")
    c.plant(s, f"D{R2[3]}", 53, "sign", "ngành huyện fell 228 → 175 (-53); written +53")
    c.plant_text(s, f"D{h2}", "Tăng, giảm so với nhiệm kỳ 2010 - 2015", "term-label",
                 "the table compares 2020 - 2025 with 2015 - 2020; the header names 2010 - 2015")
    return c


@case
def k17():
    c = Case("k17-ket-nap-van-ban-xung-quanh", "text-around",
             "New members by year inside an annex sheet with title, reference line, notes, source and signature block "
             "around the table; nữ / đoàn viên shares of each row; a transposed count and two nữ counts swapped")
    s = c.sheet("Phụ lục 2")
    s.add("ĐẢNG BỘ HUYỆN PHỤNG HIỆP", None, None, None, None, "ĐẢNG CỘNG SẢN VIỆT NAM")
    s.add("BAN TỔ CHỨC")
    s.add()
    s.add("Phụ lục 2")
    s.add("KẾT QUẢ KẾT NẠP ĐẢNG VIÊN NHIỆM KỲ 2020 - 2025")
    s.add("(Kèm theo Báo cáo số 125-BC/HU ngày 15/3/2025 của Ban Thường vụ Huyện ủy)")
    s.add("Trong nhiệm kỳ, toàn Đảng bộ kết nạp được 369 đảng viên, đạt 105,4% chỉ tiêu Nghị quyết đề ra (350 đảng viên).")
    h = s.add("Năm", "Số đảng viên kết nạp", "Trong đó", None, None, None, "Dân tộc thiểu số")
    s.add(None, None, "Nữ", "Tỷ lệ (%)", "Đoàn viên", "Tỷ lệ (%)", None)
    s.merge(f"A{h}:A{h+1}", f"B{h}:B{h+1}", f"C{h}:F{h}", f"G{h}:G{h+1}")
    data = [(2020, 68, 29, 41, 2), (2021, 74, 33, 45, 1), (2022, 81, 38, 54, 3), (2023, 77, 35, 49, 0), (2024, 69, 31, 47, 2)]
    R = []
    for y, t, nu, dv, dt in data + [("Cộng", *[sum(d[i] for d in data) for i in range(1, 5)])]:
        r = s.add(y, t, nu, jn(pct(nu, t), 2), dv, jn(pct(dv, t), 2), dash(dt))
        R.append(r)
        c.share(s, f"D{r}", f"C{r}", f"B{r}")
        c.share(s, f"F{r}", f"E{r}", f"B{r}")
        for col in "CEG":
            c.le(s, f"{col}{r}", f"B{r}")
    for col in "BCEG":
        c.sum(s, f"{col}{R[-1]}", [f"{col}{x}" for x in R[:-1]])
    s.add("Ghi chú: số liệu năm 2024 tính đến ngày 31/12/2024; tỷ lệ tính trên số đảng viên kết nạp trong năm.")
    s.add("Nguồn: Ban Tổ chức Huyện ủy tổng hợp từ báo cáo của 61 tổ chức cơ sở đảng.")
    s.add()
    s.add("NGƯỜI LẬP BIỂU", None, None, None, "TRƯỞNG BAN")
    s.add("(Ký, ghi rõ họ và tên)", None, None, None, "(Ký, đóng dấu, ghi rõ họ và tên)")
    c.table(s, f"A{h}:G{R[-1]}")
    c.plant(s, f"E{R[2]}", 45, "transposition", "54 typed 45: 66,67% of 81 is 54 and the Cộng 236 needs 54")
    c.swap(s, f"C{R[3]}", f"C{R[4]}", "nữ of 2023 (35) and 2024 (31) swapped: 45,45% of 77 is 35, 44,93% of 69 is 31")
    return c


@case
def k18():
    c = Case("k18-bieu2-ket-nap-khoi-la-ma", "roman-blocks",
             "Biểu 2-style sibling roman blocks: I total with overlapping Trong đó, II analysis (age bands + Tuổi bình "
             "quân, exhaustive education, partial chuyên môn with shares of I), III TCCSĐ with Trong đó; clean")
    s = c.sheet("Biểu 2")
    s.add("THỐNG KÊ ĐẢNG VIÊN MỚI KẾT NẠP NĂM 2024")
    s.add(None, None, None, "Đvt: Người")
    h = s.add("STT", "Tiêu chí", "Số lượng", "Tỷ lệ (%)")
    T = 402
    t = s.add("I", "Tổng số đảng viên mới kết nạp", T, 100.0)
    R = {}

    def line(k, stt, lab, v, share=True):
        r = s.add(stt, lab, dash(v), (dash(pct(v, T), 2) if v else "-") if share else None)
        R[k] = r
        if share:
            c.share(s, f"D{r}", f"C{r}", f"C{t}")
        return r

    s.add(None, "Trong đó:")
    for k, lab, v in (("nu", "- Nữ", 196), ("dt", "- Dân tộc thiểu số", 12), ("tg", "- Người theo tôn giáo", 9),
                      ("dv", "- Đoàn viên Đoàn TNCS Hồ Chí Minh", 318), ("kl", "- Kết nạp lại", 1)):
        line(k, None, lab, v)
        c.le(s, f"C{R[k]}", f"C{t}")
    s.add("II", "Phân tích đảng viên mới kết nạp")
    s.add("1", "Tuổi đời")
    ages = [("18-30", 283), ("31-35", 61), ("36-40", 27), ("41-45", 16), ("46-50", 10), ("51-55", 5), ("56-60", 0), ("Trên 60", 0)]
    ak = []
    for lab, v in ages:
        line("a" + lab, "-", ("Từ " + lab.replace("-", " đến ") + " tuổi") if lab[0].isdigit() else lab + " tuổi", v)
        ak.append("a" + lab)
    s.add("-", "Tuổi bình quân", 27.5, None)
    s.add("2", "Trình độ giáo dục phổ thông")
    edu = [("e1", "- Tiểu học", 3), ("e2", "- Trung học cơ sở", 41), ("e3", "- Trung học phổ thông", 358)]
    for k, lab, v in edu:
        line(k, None, lab, v)
    s.add("3", "Trình độ chuyên môn nghiệp vụ")
    cm = [("c1", "- Công nhân kỹ thuật, nhân viên nghiệp vụ, sơ cấp", 22), ("c2", "- Trung cấp", 71), ("c3", "- Cao đẳng", 45),
          ("c4", "- Đại học", 168), ("c5", "- Thạc sỹ", 6)]
    for k, lab, v in cm:
        line(k, None, lab, v)
    t3 = s.add("III", "Số tổ chức cơ sở đảng có đến cuối kỳ báo cáo", 61, None)
    line("db", "1", "Đảng bộ cơ sở", 19, False)
    line("db1", None, "Trong đó: có kết nạp đảng viên", 17, False)
    line("cb", "2", "Chi bộ cơ sở", 42, False)
    last = line("cb1", None, "Trong đó: có kết nạp đảng viên", 29, False)
    c.sum(s, f"C{t}", [f"C{R[k]}" for k in ak])
    c.sum(s, f"C{t}", [f"C{R[k]}" for k, _, _ in edu])
    c.lesum(s, f"C{t}", [f"C{R[k]}" for k, _, _ in cm])
    c.pctsum(s, [f"D{R[k]}" for k in ak])
    c.pctsum(s, [f"D{R[k]}" for k, _, _ in edu])
    c.sum(s, f"C{t3}", [f"C{R['db']}", f"C{R['cb']}"])
    c.le(s, f"C{R['db1']}", f"C{R['db']}")
    c.le(s, f"C{R['cb1']}", f"C{R['cb']}")
    c.table(s, f"A{h}:D{last}")
    return c


@case
def k19():
    c = Case("k19-bieu3-doi-ngu-khoi-la-ma", "roman-blocks",
             "Biểu 3-style member structure: I total with Trong đó, II analysis blocks (age, education exhaustive; "
             "chuyên môn and LLCT partial, shares of I); a digit typo in an age band and a chuyên môn share computed "
             "on the block's own sum instead of I")
    s = c.sheet("Biểu 3")
    s.add("THỐNG KÊ ĐỘI NGŨ ĐẢNG VIÊN (có đến 30/6/2023)")
    h = s.add("STT", "Chỉ tiêu", "Số lượng", "Tỷ lệ (%)", "Ghi chú")
    T = 33509
    t = s.add("I", "Đảng viên trong danh sách có đến cuối kỳ báo cáo", T, 100.0)
    R = {}

    def line(k, stt, lab, v, share=True):
        r = s.add(stt, lab, v, jn(pct(v, T), 2) if share else None)
        R[k] = r
        if share:
            c.share(s, f"D{r}", f"C{r}", f"C{t}")
        return r

    s.add(None, "Trong đó:")
    for k, lab, v in (("nu", "- Nữ", 11262), ("db", "- Dự bị", 1021), ("dt", "- Dân tộc thiểu số", 654), ("tg", "- Tôn giáo", 539)):
        line(k, None, lab, v)
        c.le(s, f"C{R[k]}", f"C{t}")
    s.add("II", "Phân tích đội ngũ đảng viên")
    s.add("1", "Tuổi đời")
    ages = [("a1", "- Từ 18 đến 30 tuổi", 4215), ("a2", "- Từ 31 đến 40 tuổi", 9106), ("a3", "- Từ 41 đến 50 tuổi", 8322),
            ("a4", "- Từ 51 đến 60 tuổi", 6574), ("a5", "- Trên 60 tuổi", 5292)]
    for k, lab, v in ages:
        line(k, None, lab, v)
    s.add(None, "- Tuổi bình quân", 45.2, None, "tuổi")
    s.add("2", "Trình độ giáo dục phổ thông")
    edu = [("e1", "- Tiểu học", 425), ("e2", "- Trung học cơ sở", 4098), ("e3", "- Trung học phổ thông", 28986)]
    for k, lab, v in edu:
        line(k, None, lab, v)
    s.add("3", "Trình độ chuyên môn nghiệp vụ")
    cm = [("c1", "- Sơ cấp, nhân viên nghiệp vụ", 1215), ("c2", "- Trung cấp", 6508), ("c3", "- Cao đẳng", 1876),
          ("c4", "- Đại học", 16415), ("c5", "- Thạc sỹ", 612), ("c6", "- Tiến sỹ", 11)]
    for k, lab, v in cm:
        line(k, None, lab, v)
    s.add("4", "Trình độ lý luận chính trị")
    ll = [("l1", "- Sơ cấp", 14020), ("l2", "- Trung cấp", 10605), ("l3", "- Cao cấp, cử nhân", 1638)]
    for k, lab, v in ll:
        last = line(k, None, lab, v)
    for grp in (ages, edu):
        c.sum(s, f"C{t}", [f"C{R[k]}" for k, _, _ in grp])
        c.pctsum(s, [f"D{R[k]}" for k, _, _ in grp])
    for grp in (cm, ll):
        c.lesum(s, f"C{t}", [f"C{R[k]}" for k, _, _ in grp])
    c.table(s, f"A{h}:E{last}")
    c.plant(s, f"C{R['a3']}", 8372, "digit", "8.322 typed 8.372: age bands sum to 33.559 and 24,84% fits 8.322")
    cmsum = sum(v for _, _, v in cm)
    c.plant(s, f"D{R['c4']}", pct(16415, cmsum), "base",
            f"Đại học 16.415 taken of the {vi(cmsum)} members with a qualification ({vi(pct(16415, cmsum), 2)}) while every other row is of I = 33.509 ({vi(pct(16415, T), 2)})", 2)
    return c


@case
def k20():
    c = Case("k20-bieu10-dao-tao-cot-trong-do", "chia-ra-and-trong-do-columns",
             "Biểu 10-style training table: 3-row header, numbering row 3=4+6+8 and 9=10+11, Trong đó LĐQL columns "
             "(subsets, sometimes equal to their parent), class counts beside people; a digit typo in one cấp huyện cell")
    s = c.sheet("Biểu 10")
    s.add("THỐNG KÊ KẾT QUẢ ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ NĂM 2024")
    s.add(None, None, None, None, None, None, None, None, None, None, "Đvt: Người")
    h = s.add("TT", "Chương trình, hình thức đào tạo, bồi dưỡng", "Cán bộ được đào tạo, bồi dưỡng", None, None, None, None, None,
              "Số lớp", None, None)
    s.add(None, None, "Tổng số", "Cấp tỉnh", None, "Cấp huyện", None, "Cấp xã", "Tổng số lớp", "Cấp ủy cấp tỉnh mở", "Cấp ủy cấp huyện mở")
    s.add(None, None, None, "Tổng số", "Trong đó: lãnh đạo, quản lý", "Tổng số", "Trong đó: lãnh đạo, quản lý", None, None, None, None)
    n = s.add(1, 2, "3=4+6+8", 4, 5, 6, 7, 8, "9=10+11", 10, 11)
    s.merge(f"A{h}:A{h+2}", f"B{h}:B{h+2}", f"C{h}:H{h}", f"I{h}:K{h}", f"C{h+1}:C{h+2}", f"D{h+1}:E{h+1}", f"F{h+1}:G{h+1}",
            f"H{h+1}:H{h+2}", f"I{h+1}:I{h+2}", f"J{h+1}:J{h+2}", f"K{h+1}:K{h+2}")
    leaf = {"dh": ("- Đại học", 12, 3, 45, 8, 38, 0, 0), "ths": ("- Thạc sỹ", 9, 6, 14, 5, 0, 0, 0),
            "ts": ("- Tiến sỹ", 2, 2, 0, 0, 0, 0, 0), "tc": ("- Trung cấp lý luận chính trị", 18, 4, 156, 32, 210, 2, 6),
            "cc": ("- Cao cấp lý luận chính trị", 24, 24, 31, 19, 0, 0, 0),
            "b1": ("Nghiệp vụ công tác xây dựng Đảng", 85, 40, 320, 96, 610, 3, 12),
            "b2": ("Cập nhật kiến thức mới", 64, 64, 142, 142, 0, 2, 4),
            "b3": ("Bồi dưỡng kiến thức quốc phòng - an ninh", 30, 22, 115, 48, 260, 1, 5)}

    def agg(keys):
        return tuple(sum(leaf[k][i] for k in keys) for i in range(1, 8))

    R = {}

    def line(k, stt, lab, v):
        t4, t5, t6, t7, t8, t10, t11 = v
        r = s.add(stt, lab, t4 + t6 + t8, t4, dash(t5), dash(t6), dash(t7), dash(t8), dash(t10 + t11), dash(t10), dash(t11))
        R[k] = r
        c.sum(s, f"C{r}", [f"D{r}", f"F{r}", f"H{r}"])
        c.sum(s, f"I{r}", [f"J{r}", f"K{r}"])
        c.le(s, f"E{r}", f"D{r}")
        c.le(s, f"G{r}", f"F{r}")

    line("I", "I", "Đào tạo", agg(["dh", "ths", "ts", "tc", "cc"]))
    line("I1", "1", "Đào tạo chuyên môn", agg(["dh", "ths", "ts"]))
    for k in ("dh", "ths", "ts"):
        line(k, None, leaf[k][0], leaf[k][1:])
    line("I2", "2", "Đào tạo lý luận chính trị", agg(["tc", "cc"]))
    for k in ("tc", "cc"):
        line(k, None, leaf[k][0], leaf[k][1:])
    line("II", "II", "Bồi dưỡng", agg(["b1", "b2", "b3"]))
    for i, k in enumerate(("b1", "b2", "b3"), 1):
        line(k, i, leaf[k][0], leaf[k][1:])
    for col in "CDEFGHIJK":
        c.sum(s, f"{col}{R['I']}", [f"{col}{R['I1']}", f"{col}{R['I2']}"])
        c.sum(s, f"{col}{R['I1']}", [f"{col}{R[k]}" for k in ("dh", "ths", "ts")])
        c.sum(s, f"{col}{R['I2']}", [f"{col}{R[k]}" for k in ("tc", "cc")])
        c.sum(s, f"{col}{R['II']}", [f"{col}{R[k]}" for k in ("b1", "b2", "b3")])
    c.table(s, f"A{h}:K{R['b3']}")
    c.plant(s, f"F{R['tc']}", 186, "digit", "cấp huyện trung cấp LLCT 156 typed 186: row total 384 ≠ 18+186+210 and block 2 column 6 no longer sums")
    return c


@case
def k21():
    c = Case("k21-ty-le-chi-bo-cap-uy", "rate-from-columns",
             "Rates computed from two count columns per unit (chi bộ có cấp ủy / số chi bộ; đảng viên sinh hoạt đầy đủ / "
             "đảng viên, stored as fractions with a 0.00% format); one rate taken on the Toàn huyện column total instead of "
             "its own row; two rates truncated")
    s = c.sheet("Sinh hoạt")
    s.add("TỶ LỆ CHI BỘ CÓ CẤP ỦY VÀ ĐẢNG VIÊN THAM GIA SINH HOẠT ĐẦY ĐỦ NĂM 2024")
    h = s.add("STT", "Đơn vị", "Số chi bộ", "Chi bộ có cấp ủy", "Tỷ lệ (%)", "Số đảng viên", "Đảng viên sinh hoạt đầy đủ", "Tỷ lệ sinh hoạt đầy đủ")
    units = [("Xã Hòa An", 14, 9, 412, 397), ("Xã Hòa Mỹ", 12, 7, 365, 351), ("Xã Phương Bình", 11, 8, 318, 309),
             ("Xã Tân Phước Hưng", 16, 11, 487, 466), ("Thị trấn Búng Tàu", 9, 7, 296, 283), ("Xã Long Thạnh", 13, 6, 344, 332),
             ("Xã Phương Phú", 10, 5, 279, 268)]
    R = []
    for i, (n, a, b, x, y) in enumerate(units, 1):
        r = s.add(i, n, a, b, jn(pct(b, a), 2), x, y, None)
        s.cells[f"H{r}"] = {"v": float(pct(y, x) / 100), "fmt": "0.00%"}
        R.append(r)
        c.share(s, f"E{r}", f"D{r}", f"C{r}")
        c.share(s, f"H{r}", f"G{r}", f"F{r}")
        c.le(s, f"D{r}", f"C{r}")
        c.le(s, f"G{r}", f"F{r}")
    tt = [sum(u[i] for u in units) for i in range(1, 5)]
    t = s.add(None, "Toàn huyện", tt[0], tt[1], jn(pct(tt[1], tt[0]), 2), tt[2], tt[3], None)
    s.cells[f"H{t}"] = {"v": float(pct(tt[3], tt[2]) / 100), "fmt": "0.00%"}
    c.share(s, f"E{t}", f"D{t}", f"C{t}")
    c.share(s, f"H{t}", f"G{t}", f"F{t}")
    for col in "CDFG":
        c.sum(s, f"{col}{t}", [f"{col}{x}" for x in R])
    c.table(s, f"A{h}:H{t}")
    c.plant(s, f"H{R[3]}", pct(466, tt[2]), "base",
            f"466 đảng viên of Xã Tân Phước Hưng divided by the Toàn huyện {vi(tt[2])} ({vi(pct(466, tt[2]), 2)}) instead of its own 487 ({vi(pct(466, 487), 2)}); the cell is a fraction with a 0.00% format, value given in percent", 2)
    n = 0
    for r, u in zip(R, units):
        for col, a, b in (("E", u[2], u[1]), ("H", u[4], u[3])):
            x = D(a) * 100 / b
            if n < 2 and r != R[3] and tq(x, 2) != q(x, 2) and (n == 0 or col == "E"):
                c.warn_trunc(s, f"{col}{r}", x, 2, f"{a}/{b}")
                n += 1
    assert n == 2
    return c


@case
def k22():
    c = Case("k22-ty-le-tang-giam-nhiem-ky", "relative-change",
             "Term comparison with a difference and a relative change (%) column, mixed units per row, negative "
             "changes rounded half away from zero, an unchanged row at 0,00; clean")
    s = c.sheet("So sánh")
    s.add("SO SÁNH MỘT SỐ CHỈ TIÊU CÔNG TÁC XÂY DỰNG ĐẢNG GIỮA HAI NHIỆM KỲ")
    h = s.add("STT", "Chỉ tiêu", "Đơn vị tính", "Nhiệm kỳ 2015 - 2020", "Nhiệm kỳ 2020 - 2025", "Tăng (+), giảm (-)", "Tỷ lệ tăng, giảm (%)")
    data = [("Kết nạp đảng viên mới", "Đảng viên", 1842, 1975), ("Kiểm tra tổ chức đảng", "Lượt tổ chức", 214, 236),
            ("Kiểm tra đảng viên", "Lượt đảng viên", 1126, 1048), ("Kỷ luật tổ chức đảng", "Tổ chức", 6, 3),
            ("Kỷ luật đảng viên", "Đảng viên", 312, 287), ("TCCSĐ được khen thưởng", "Tổ chức", 95, 95),
            ("Tặng huy hiệu Đảng", "Đảng viên", 3816, 4072), ("Chi bộ trực thuộc đảng ủy cơ sở", "Chi bộ", 1703, 1523)]
    for i, (lab, u, a, b) in enumerate(data, 1):
        r = s.add(i, lab, u, a, b, b - a, jn(q(D(b - a) * 100 / a, 2), 2))
        c.diff(s, f"F{r}", f"E{r}", f"D{r}")
        c.rel(s, f"G{r}", f"E{r}", f"D{r}")
    c.table(s, f"A{h}:G{r}")
    return c


@case
def k23():
    c = Case("k23-ky-luat-cong-nhiem-ky", "cross-period-total",
             "Discipline by form and by year with a 'Cộng nhiệm kỳ' column (sum of the five years) and a Tổng số row; a "
             "transposed yearly figure and a row total that left out the last year")
    s = c.sheet("Kỷ luật NK")
    s.add("ĐẢNG VIÊN BỊ THI HÀNH KỶ LUẬT NHIỆM KỲ 2020 - 2025")
    h = s.add("Hình thức kỷ luật", "Năm 2021", "Năm 2022", "Năm 2023", "Năm 2024", "Năm 2025 (đến 30/6)", "Cộng nhiệm kỳ")
    data = [("Khiển trách", 34, 31, 38, 29, 12), ("Cảnh cáo", 17, 19, 24, 15, 6), ("Cách chức", 3, 2, 2, 1, 0), ("Khai trừ", 6, 5, 7, 4, 2)]
    R = []
    for lab, *v in data:
        r = s.add(lab, *[dash(x) for x in v], sum(v))
        R.append(r)
    tot = [sum(d[i] for d in data) for i in range(1, 6)]
    t = s.add("Tổng số", *tot, sum(tot))
    for r in R + [t]:
        c.sum(s, f"G{r}", [f"{col}{r}" for col in "BCDEF"])
    for col in "BCDEFG":
        c.sum(s, f"{col}{t}", [f"{col}{x}" for x in R])
    c.table(s, f"A{h}:G{t}")
    c.plant(s, f"D{R[1]}", 42, "transposition", "Cảnh cáo 2023: 24 typed 42; row total 81 and the 2023 Tổng số 71 both need 24")
    c.plant(s, f"G{R[0]}", 132, "other", "Khiển trách Cộng nhiệm kỳ written 132 (2021-2024 only) instead of 144 with the 12 of 2025")
    return c


@case
def k24():
    c = Case("k24-bieu7a-x-100", "categories-100",
             "2012 Biểu 7A-style rating table by type: numbering row '2 = 4+...+9', base row at 100,00, X where a share makes "
             "no sense, a = 1+2 stock row, Trong đó mới thành lập; shares of the evaluated row; clean")
    s = c.sheet("Biểu 7A")
    s.add("ĐÁNH GIÁ CHẤT LƯỢNG TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2024")
    h = s.add("CHỈ TIÊU", "Tổng số", "Tỷ lệ (%)", "Chia theo loại hình tổ chức cơ sở đảng", None, None, None, None, None)
    s.add(None, None, None, "Xã", "Phường, thị trấn", "Cơ quan hành chính", "Đơn vị sự nghiệp", "Doanh nghiệp", "Lực lượng vũ trang")
    n = s.add(1, "2 = 4+...+9", 3, 4, 5, 6, 7, 8, 9)
    s.merge(f"A{h}:A{h+1}", f"B{h}:B{h+1}", f"C{h}:C{h+1}", f"D{h}:I{h}")
    # per type: evaluated xs, t, ht, k ; not evaluated ; new
    ty = [(2, 7, 1, 0, 0, 0), (1, 3, 0, 0, 0, 0), (3, 11, 1, 0, 1, 1), (3, 13, 2, 0, 0, 0), (1, 5, 1, 1, 1, 0), (1, 4, 0, 0, 0, 0)]
    ev = [sum(x[:4]) for x in ty]
    A_ = [e + x[4] for e, x in zip(ev, ty)]
    EV = sum(ev)
    rows = [("A. Số TCCSĐ có đến cuối năm (A = 1+2)", A_, "X"), ("1. Số TCCSĐ được đánh giá", ev, 100.0)]
    labs = ["a) Hoàn thành xuất sắc nhiệm vụ", "b) Hoàn thành tốt nhiệm vụ", "c) Hoàn thành nhiệm vụ", "d) Không hoàn thành nhiệm vụ"]
    for i, l in enumerate(labs):
        v = [x[i] for x in ty]
        rows.append((l, v, dash(pct(sum(v), EV), 2) if sum(v) else "-"))
    rows.append(("2. Số TCCSĐ chưa được đánh giá", [x[4] for x in ty], "X"))
    rows.append(("Trong đó: mới thành lập", [x[5] for x in ty], "X"))
    R = []
    for lab, v, p in rows:
        r = s.add(lab, sum(v), p, *[dash(x) for x in v])
        R.append(r)
        c.sum(s, f"B{r}", [f"{col}{r}" for col in "DEFGHI"])
    for col in "BDEFGHI":
        c.sum(s, f"{col}{R[0]}", [f"{col}{R[1]}", f"{col}{R[6]}"])
        c.sum(s, f"{col}{R[1]}", [f"{col}{x}" for x in R[2:6]])
        c.le(s, f"{col}{R[7]}", f"{col}{R[6]}")
    for r in R[2:6]:
        c.share(s, f"C{r}", f"B{r}", f"B{R[1]}")
    c.pctsum(s, [f"C{x}" for x in R[2:6]])
    c.table(s, f"A{h}:I{R[-1]}")
    return c


def bieu5(c, s, data_override=None):
    """Biểu 5-BTCTW body; returns dict of rows."""
    s.add("THỐNG KÊ TỔ CHỨC ĐẢNG VÀ ĐẢNG VIÊN TRONG CÁC LOẠI HÌNH CƠ SỞ NĂM 2024")
    s.add(None, None, None, None, None, None, None, "Biểu số 5-BTCTW")
    h = s.add("Loại hình tổ chức cơ sở đảng", "Số tổ chức cơ sở đảng", None, None, "Tổ chức đảng trực thuộc Đảng bộ cơ sở", None,
              "Tổng số đảng viên")
    s.add(None, "Tổng số", "Chia ra", None, "Chia ra", None, None)
    s.add(None, None, "Đảng bộ cơ sở", "Chi bộ cơ sở", "Đảng bộ bộ phận", "Chi bộ trực thuộc", None)
    s.add(1, "2 (=3+4)", 3, 4, 5, 6, 7)
    s.merge(f"A{h}:A{h+2}", f"B{h}:D{h}", f"E{h}:F{h}", f"G{h}:G{h+2}", f"B{h+1}:B{h+2}", f"C{h+1}:D{h+1}", f"E{h+1}:F{h+1}")
    L = {"1": ("1. Xã", 8, 0, 0, 96, 2310), "2": ("2. Phường", 4, 0, 0, 45, 1124), "3": ("3. Thị trấn", 1, 0, 0, 12, 412),
         "4": ("4. Cơ quan Đảng, MTTQ, đoàn thể chính trị - xã hội", 0, 9, 0, 0, 184),
         "5": ("5. Cơ quan Nhà nước", 2, 21, 0, 14, 612),
         "6a": ("a) Công lập", 3, 18, 0, 22, 905), "6b": ("b) Ngoài công lập", 0, 2, 0, 0, 21),
         "7": ("7. Quân đội", 1, 0, 2, 6, 215), "8": ("8. Công an", 1, 0, 0, 8, 247),
         "9a1": ("- Nhà nước nắm giữ 100% vốn điều lệ", 1, 0, 0, 4, 86), "9a2": ("- Nhà nước nắm giữ từ 50% trở lên", 0, 1, 0, 0, 12),
         "9a3": ("- Nhà nước nắm giữ dưới 50%", 0, 0, 0, 0, 0), "9b1": ("- Công ty cổ phần", 0, 2, 0, 0, 23),
         "9b2": ("- Doanh nghiệp tư nhân", 0, 1, 0, 0, 5), "9b3": ("- Công ty trách nhiệm hữu hạn", 0, 3, 0, 0, 19),
         "9b4": ("- Công ty hợp danh", 0, 0, 0, 0, 0), "9b5": ("- Doanh nghiệp có vốn đầu tư nước ngoài", 0, 1, 0, 0, 8),
         "9bx": ("Trong đó: doanh nghiệp 100% vốn nước ngoài", 0, 1, 0, 0, 8),
         "9c": ("c) Hợp tác xã", 0, 2, 0, 0, 9), "10": ("10. Tổ chức cơ sở đảng ở ngoài nước", 0, 0, 0, 0, 0),
         "11": ("11. Loại hình cơ sở khác", 0, 1, 0, 0, 6)}

    def agg(keys):
        return tuple(sum(L[k][i] for k in keys) for i in range(1, 6))

    groups = {"6": ("6. Đơn vị sự nghiệp, gồm:", ["6a", "6b"]),
              "9a": ("a) Doanh nghiệp có vốn Nhà nước", ["9a1", "9a2", "9a3"]),
              "9b": ("b) Doanh nghiệp ngoài khu vực Nhà nước", ["9b1", "9b2", "9b3", "9b4", "9b5"])}
    for g, (lab, ks) in groups.items():
        L[g] = (lab,) + agg(ks)
    L["9"] = ("9. Doanh nghiệp và hợp tác xã",) + agg(["9a", "9b", "9c"])
    top = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"]
    L["T"] = ("Cộng (1+….+11)",) + agg(top)
    order = ["1", "2", "3", "4", "5", "6", "6a", "6b", "7", "8", "9", "9a", "9a1", "9a2", "9a3", "9b", "9b1", "9b2", "9b3", "9b4",
             "9b5", "9bx", "9c", "10", "11", "T"]
    R = {}
    for k in order:
        lab, db, cb, bp, ct, dv = L[k]
        r = s.add(lab, dash(db + cb), dash(db), dash(cb), dash(bp), dash(ct), dash(dv))
        R[k] = r
        c.sum(s, f"B{r}", [f"C{r}", f"D{r}"])
    for col in "BCDEFG":
        for g, (lab, ks) in groups.items():
            c.sum(s, f"{col}{R[g]}", [f"{col}{R[x]}" for x in ks])
        c.sum(s, f"{col}{R['9']}", [f"{col}{R[x]}" for x in ("9a", "9b", "9c")])
        c.sum(s, f"{col}{R['T']}", [f"{col}{R[x]}" for x in top])
        c.le(s, f"{col}{R['9bx']}", f"{col}{R['9b5']}")
    c.table(s, f"A{h}:G{R['T']}")
    return R


@case
def k25():
    c = Case("k25-bieu5-loai-hinh", "official-form",
             "Biểu 5-BTCTW: 3-row merged header, numbering row '2 (=3+4)', nested gồm / a) b) c) / dash rows, a Trong đó "
             "row under the last dash, many '-' zeros, Cộng (1+….+11); clean")
    s = c.sheet("Biểu 5")
    bieu5(c, s)
    return c


@case
def k26():
    c = Case("k26-bieu1-tang-giam", "official-form",
             "Biểu 1-BTCTW stock-flow with pattern P1 columns (Kỳ này / Cùng kỳ năm trước / 4(=2*100/3)): D = A + B - C, "
             "B and C sums, Trong đó dự bị under Xóa tên; a digit typo in Từ trần; one truncated index")
    s = c.sheet("Biểu 1")
    s.add("TỈNH ỦY HẬU GIANG", None, None, "Biểu số 1-BTCTW")
    s.add("THỐNG KÊ TĂNG, GIẢM ĐẢNG VIÊN NĂM 2024")
    s.add(None, None, None, "Đvt: Người")
    h = s.add("Tiêu chí", "Thực hiện", None, "(%) kỳ này so với cùng kỳ năm trước")
    s.add(None, "Kỳ này", "Cùng kỳ năm trước", None)
    s.add(1, 2, 3, "4(=2*100/3)")
    s.merge(f"A{h}:A{h+1}", f"B{h}:C{h}", f"D{h}:D{h+1}")
    V = {"A": (4751, 4688), "B1": (402, 369), "B2a": (14, 11), "B2b": (47, 46), "B3": (1, 0),
         "C1": (58, 49), "C2": (7, 5), "C3": (23, 31), "C3x": (9, 12), "C4": (2, 1), "C5a": (36, 29), "C5b": (280, 248)}
    ad = lambda *ks: tuple(sum(V[k][i] for k in ks) for i in (0, 1))
    V["B2"] = ad("B2a", "B2b")
    V["C5"] = ad("C5a", "C5b")
    V["B"] = ad("B1", "B2", "B3")
    V["C"] = ad("C1", "C2", "C3", "C4", "C5")
    V["D"] = tuple(V["A"][i] + V["B"][i] - V["C"][i] for i in (0, 1))
    assert V["D"][1] == V["A"][0]
    order = [("A", "A - Tổng số đảng viên cuối kỳ trước chuyển sang"), ("B", "B - Đảng viên tăng trong kỳ"),
             ("B1", "1. Kết nạp"), ("B2", "2. Chuyển đến"), ("B2a", "a. Tỉnh khác chuyển đến"),
             ("B2b", "b. Huyện khác trong tỉnh chuyển đến"), ("B3", "3. Phục hồi đảng tịch"),
             ("C", "C - Đảng viên giảm trong kỳ"), ("C1", "1. Từ trần"), ("C2", "2. Khai trừ"), ("C3", "3. Xóa tên"),
             ("C3x", "Trong đó: Đảng viên dự bị"), ("C4", "4. Xin ra khỏi Đảng"), ("C5", "5. Chuyển đi"),
             ("C5a", "a. Chuyển đi tỉnh khác"), ("C5b", "b. Chuyển đi huyện khác trong tỉnh"),
             ("D", "D - Đảng viên trong danh sách cuối kỳ báo cáo")]
    R = {}
    for k, lab in order:
        a, b = V[k]
        r = s.add(lab, dash(a), dash(b), "-" if b == 0 else jn(pct(a, b), 2))
        R[k] = r
        c.ratio(s, f"D{r}", f"B{r}", f"C{r}")
    for col in "BC":
        f = lambda k: f"{col}{R[k]}"
        c.sum(s, f("B"), [f("B1"), f("B2"), f("B3")])
        c.sum(s, f("B2"), [f("B2a"), f("B2b")])
        c.sum(s, f("C"), [f("C1"), f("C2"), f("C3"), f("C4"), f("C5")])
        c.sum(s, f("C5"), [f("C5a"), f("C5b")])
        c.le(s, f("C3x"), f("C3"))
        c.lin(s, f("D"), [(1, f("A")), (1, f("B")), (-1, f("C"))])
    c.eq(f"Biểu 1!B{R['A']}", f"Biểu 1!C{R['D']}")
    s.add()
    s.add("NGƯỜI LẬP BIỂU", None, "TRƯỞNG BAN")
    c.table(s, f"A{h}:D{R['D']}")
    c.plant(s, f"B{R['C1']}", 53, "digit", "Từ trần 58 typed 53: C = 406 needs 58, and 118,37% of 49 is 58")
    for k, _ in order:
        a, b = V[k]
        if b and k != "C1":
            x = D(a) * 100 / b
            if tq(x, 2) != q(x, 2):
                c.warn_trunc(s, f"D{R[k]}", x, 2, f"{a}/{b}")
                break
    return c


@case
def k27():
    c = Case("k27-bieu1-bieu3-lech", "cross-sheet",
             "Two sheets of one report: Biểu 1 ends with D = 4.809 members; Biểu 3 repeats that total as I but typed "
             "4.890, which also breaks Biểu 3's own age and education sums")
    s1 = c.sheet("Biểu 1")
    s1.add("THỐNG KÊ TĂNG, GIẢM ĐẢNG VIÊN NĂM 2024")
    h1 = s1.add("Tiêu chí", "Năm 2024")
    a = s1.add("A - Đảng viên đầu kỳ", 4751)
    b = s1.add("B - Tăng trong kỳ", 464)
    cc = s1.add("C - Giảm trong kỳ", 406)
    d = s1.add("D - Đảng viên cuối kỳ báo cáo", 4809)
    c.lin(s1, f"B{d}", [(1, f"B{a}"), (1, f"B{b}"), (-1, f"B{cc}")])
    c.table(s1, f"A{h1}:B{d}")
    s3 = c.sheet("Biểu 3")
    s3.add("THỐNG KÊ ĐỘI NGŨ ĐẢNG VIÊN NĂM 2024")
    h3 = s3.add("STT", "Chỉ tiêu", "Số lượng")
    t = s3.add("I", "Đảng viên trong danh sách có đến cuối kỳ báo cáo", 4809)
    nu = s3.add(None, "Trong đó: nữ", 1499)
    s3.add("II", "Tuổi đời")
    ages = [("- 18 đến 30", 435), ("- 31 đến 40", 1467), ("- 41 đến 50", 1176), ("- 51 đến 60", 889), ("- Trên 60", 842)]
    ar = [s3.add(None, l, v) for l, v in ages]
    s3.add("III", "Trình độ giáo dục phổ thông")
    ed = [("- Tiểu học", 239), ("- Trung học cơ sở", 1080), ("- Trung học phổ thông", 3490)]
    er = [s3.add(None, l, v) for l, v in ed]
    c.sum(s3, f"C{t}", [f"C{x}" for x in ar])
    c.sum(s3, f"C{t}", [f"C{x}" for x in er])
    c.le(s3, f"C{nu}", f"C{t}")
    c.eq(f"Biểu 3!C{t}", f"Biểu 1!B{d}")
    c.table(s3, f"A{h3}:C{er[-1]}")
    c.plant(s3, f"C{t}", 4890, "cross", "Biểu 3 I typed 4.890; Biểu 1 D and Biểu 3's own age and education rows give 4.809")
    return c


@case
def k28():
    c = Case("k28-tccsd-hai-sheet-cong-thuc", "cross-sheet",
             "Sheet 'Tổ chức đảng' with =SUM totals (one leaves out the last unit) and sheet 'Xếp loại' repeating the "
             "TCCSĐ total, typed differently there")
    s = c.sheet("Tổ chức đảng")
    s.add("SỐ LƯỢNG TỔ CHỨC CƠ SỞ ĐẢNG THEO ĐƠN VỊ")
    h = s.add("STT", "Đơn vị", "Số TCCSĐ", "Đảng bộ cơ sở", "Chi bộ cơ sở")
    units = [("Xã Tân Long", 1, 0), ("Xã Long Bình", 1, 0), ("Xã Long Trị", 1, 0), ("Thị trấn Trà Lồng", 1, 0),
             ("Khối Đảng - Đoàn thể", 0, 7), ("Khối Chính quyền", 1, 12), ("Khối Doanh nghiệp", 0, 4)]
    R = []
    for i, (n, a, b) in enumerate(units, 1):
        r = s.add(i, n, None, dash(a), dash(b))
        s.cells[f"C{r}"] = {"v": a + b, "formula": f"D{r}+E{r}"}
        R.append(r)
        c.sum(s, f"C{r}", [f"D{r}", f"E{r}"])
    t = s.add(None, "Cộng", None, None, None)
    for col, i in (("C", None), ("D", 1), ("E", 2)):
        v = sum((u[1] + u[2]) if i is None else u[i] for u in units)
        s.cells[f"{col}{t}"] = {"v": v, "formula": f"SUM({col}{R[0]}:{col}{R[-1]})"}
        c.sum(s, f"{col}{t}", [f"{col}{x}" for x in R])
    c.sum(s, f"C{t}", [f"D{t}", f"E{t}"])
    c.table(s, f"A{h}:E{t}")
    T = sum(u[1] + u[2] for u in units)
    s2 = c.sheet("Xếp loại")
    s2.add("KẾT QUẢ XẾP LOẠI TCCSĐ NĂM 2024")
    h2 = s2.add("Nội dung", "Số lượng", "Tỷ lệ (%)")
    tt = s2.add("Tổng số TCCSĐ được đánh giá", T, 100.0)
    lv = [("Hoàn thành xuất sắc nhiệm vụ", 5), ("Hoàn thành tốt nhiệm vụ", 19), ("Hoàn thành nhiệm vụ", 3), ("Không hoàn thành nhiệm vụ", 1)]
    assert sum(v for _, v in lv) == T
    lr = []
    for l, v in lv:
        r = s2.add(l, v, jn(pct(v, T), 2))
        lr.append(r)
        c.share(s2, f"C{r}", f"B{r}", f"B{tt}")
    c.sum(s2, f"B{tt}", [f"B{x}" for x in lr])
    c.eq(f"Xếp loại!B{tt}", f"Tổ chức đảng!C{t}")
    c.table(s2, f"A{h2}:C{lr[-1]}")
    wrong = sum(u[2] for u in units[:-1])
    c.plant_formula(s, f"E{t}", f"SUM(E{R[0]}:E{R[-2]})", wrong,
                    f"=SUM stops one row short and leaves out Khối Doanh nghiệp (4): {wrong} instead of {sum(u[2] for u in units)}")
    c.plant(s2, f"B{tt}", 82, "cross", f"Xếp loại gives 82 TCCSĐ (digits of {T} reversed); Tổ chức đảng and the four levels give {T}")
    return c


@case
def k29():
    c = Case("k29-hoc-tap-nghi-quyet-cong-thuc", "formulas",
             "Study of resolutions by unit: per-row ROUND share formulas and a Cộng row of =SUM; the SUM of one column "
             "leaves out the last unit")
    s = c.sheet("Học tập NQ")
    s.add("KẾT QUẢ HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT NĂM 2024")
    h = s.add("STT", "Đơn vị", "Tổng số đảng viên", "Số tham gia học tập", "Tỷ lệ (%)", "Vắng có lý do")
    units = [("Đảng bộ xã Vị Bình", 284, 279, 5), ("Đảng bộ xã Vị Đông", 311, 302, 9), ("Đảng bộ xã Vị Thắng", 263, 258, 5),
             ("Đảng bộ xã Vĩnh Thuận Tây", 297, 295, 2), ("Đảng bộ thị trấn Nàng Mau", 342, 335, 7),
             ("Đảng bộ xã Vị Thủy", 276, 270, 6), ("Đảng bộ Quân sự huyện", 58, 58, 0), ("Đảng bộ Công an huyện", 121, 121, 0)]
    R = []
    for i, (n, a, b, v) in enumerate(units, 1):
        r = s.add(i, n, a, b, None, dash(v))
        s.cells[f"E{r}"] = {"v": jn(pct(b, a), 2), "formula": f"ROUND(D{r}/C{r}*100,2)"}
        R.append(r)
        c.share(s, f"E{r}", f"D{r}", f"C{r}")
        c.sum(s, f"C{r}", [f"D{r}", f"F{r}"])
    t = s.add(None, "Cộng", None, None, None, None)
    tc, td, tf = (sum(u[i] for u in units) for i in (1, 2, 3))
    for col, v in (("C", tc), ("D", td), ("F", tf)):
        s.cells[f"{col}{t}"] = {"v": v, "formula": f"SUM({col}{R[0]}:{col}{R[-1]})"}
        c.sum(s, f"{col}{t}", [f"{col}{x}" for x in R])
    s.cells[f"E{t}"] = {"v": jn(pct(td, tc), 2), "formula": f"ROUND(D{t}/C{t}*100,2)"}
    c.sum(s, f"C{t}", [f"D{t}", f"F{t}"])
    c.table(s, f"A{h}:F{t}")
    wrong = td - units[-1][2]
    c.plant_formula(s, f"D{t}", f"SUM(D{R[0]}:D{R[-2]})", wrong,
                    f"=SUM(D{R[0]}:D{R[-2]}) leaves out Đảng bộ Công an huyện (121): {wrong} instead of {td}")
    # the Cộng share formula follows the wrong cached total
    s.cells[f"E{t}"]["v"] = jn(pct(wrong, tc), 2)
    c.rules = [r for r in c.rules if not (r[0] == "share" and r[1].endswith(f"!E{t}"))]
    return c


@case
def k30():
    c = Case("k30-ket-nap-theo-nam-cong-thuc", "formulas",
             "New members by year with typed year-on-year differences and =SUM Cộng cells; the SUM of the nữ column "
             "leaves out the first year; one difference has its sign flipped")
    s = c.sheet("Kết nạp")
    s.add("KẾT NẠP ĐẢNG VIÊN GIAI ĐOẠN 2020 - 2024")
    s.add(None, None, None, None, "Đơn vị tính: người")
    h = s.add("Năm", "Số đảng viên kết nạp", "Tăng (+), giảm (-) so với năm trước", "Nữ", "Đoàn viên")
    data = [(2020, 1012, 463, 702), (2021, 968, 447, 671), (2022, 1037, 489, 735), (2023, 1004, 472, 698), (2024, 1046, 503, 741)]
    R = []
    prev = None
    for y, k, nu, dv in data:
        r = s.add(y, k, "-" if prev is None else k - prev, nu, dv)
        if prev is not None:
            c.diff(s, f"C{r}", f"B{r}", f"B{R[-1]}")
        R.append(r)
        c.le(s, f"D{r}", f"B{r}")
        c.le(s, f"E{r}", f"B{r}")
        prev = k
    t = s.add("Cộng", None, None, None, None)
    for col, i in (("B", 1), ("D", 2), ("E", 3)):
        s.cells[f"{col}{t}"] = {"v": sum(d[i] for d in data), "formula": f"SUM({col}{R[0]}:{col}{R[-1]})"}
        c.sum(s, f"{col}{t}", [f"{col}{x}" for x in R])
        c.le(s, f"{col}{t}", f"B{t}") if col != "B" else None
    c.table(s, f"A{h}:E{t}")
    wrong = sum(d[2] for d in data[1:])
    c.plant_formula(s, f"D{t}", f"SUM(D{R[1]}:D{R[-1]})", wrong,
                    f"=SUM(D{R[1]}:D{R[-1]}) starts one row low and leaves out 2020 (463): {wrong} instead of {sum(d[2] for d in data)}")
    c.plant(s, f"C{R[3]}", 33, "sign", "2023 fell from 1.037 to 1.004 (-33); written 33")
    return c


@case
def k31():
    c = Case("k31-bieu7-chi-so-p1", "index-P1",
             "Biểu 7-BTCTW with pattern P1 (Kỳ này / Cùng kỳ / 4(=2*100/3)): khen thưởng chia ra rows, huy hiệu classes "
             "summing to II, phát thẻ; a digit typo in a badge class, one index computed the wrong way round (3/2), one truncated index")
    s = c.sheet("Biểu 7")
    s.add("THỐNG KÊ VỀ NGHIỆP VỤ CÔNG TÁC ĐẢNG VIÊN NĂM 2024", None, None, "Biểu số 7-BTCTW")
    h = s.add("Tiêu chí", "Thực hiện", None, "(%) kỳ này so với cùng kỳ năm trước")
    s.add(None, "Kỳ này", "Cùng kỳ năm trước", None)
    s.add(1, 2, 3, "4(=2*100/3)")
    s.merge(f"A{h}:A{h+1}", f"B{h}:C{h}", f"D{h}:D{h+1}")
    V = {"kc": (2, 1), "kb": (9, 7), "kg": (21, 24), "db": (36, 41), "dg": (412, 388),
         "h30": (502, 455), "h40": (231, 214), "h45": (98, 87), "h50": (47, 40), "h55": (15, 16), "h60": (9, 8), "h65": (3, 4), "h70": (1, 0),
         "t1": (351, 330), "t2": (4, 6), "t3": (2, 3)}
    ad = lambda *ks: tuple(sum(V[k][i] for k in ks) for i in (0, 1))
    V["k"] = ad("kc", "kb", "kg")
    V["d"] = ad("db", "dg")
    hk = ["h30", "h40", "h45", "h50", "h55", "h60", "h65", "h70"]
    V["II"] = ad(*hk)
    V["III"] = ad("t1", "t2", "t3")
    order = [(None, "I. Khen thưởng tổ chức đảng và đảng viên trong năm"), ("k", "b) Số tổ chức cơ sở đảng được khen, chia ra:"),
             ("kc", "- Tặng cờ"), ("kb", "- Tặng bằng khen"), ("kg", "- Tặng giấy khen"), ("d", "2. Số đảng viên được khen, chia ra:"),
             ("db", "- Tặng bằng khen"), ("dg", "- Tặng giấy khen"), ("II", "II. Tặng huy hiệu Đảng trong năm")] + \
            [(k, f"- Huy hiệu {k[1:]} năm tuổi Đảng") for k in hk] + \
            [("III", "III. Phát thẻ đảng viên trong năm"), ("t1", "1. Phát thẻ cho đảng viên chính thức"),
             ("t2", "2. Cấp lại thẻ do mất"), ("t3", "3. Đổi lại thẻ do hỏng")]
    R = {}
    for k, lab in order:
        if k is None:
            s.add(lab)
            continue
        a, b = V[k]
        r = s.add(lab, a, dash(b), "-" if b == 0 else jn(pct(a, b), 2))
        R[k] = r
        c.ratio(s, f"D{r}", f"B{r}", f"C{r}")
    for col in "BC":
        c.sum(s, f"{col}{R['k']}", [f"{col}{R[x]}" for x in ("kc", "kb", "kg")])
        c.sum(s, f"{col}{R['d']}", [f"{col}{R[x]}" for x in ("db", "dg")])
        c.sum(s, f"{col}{R['II']}", [f"{col}{R[x]}" for x in hk])
        c.sum(s, f"{col}{R['III']}", [f"{col}{R[x]}" for x in ("t1", "t2", "t3")])
    c.table(s, f"A{h}:D{R['t3']}")
    c.plant(s, f"B{R['h40']}", 281, "digit", "40-year badges 231 typed 281: II = 906 needs 231, and 107,94% of 214 is 231")
    a, b = V["d"]
    c.plant(s, f"D{R['d']}", pct(b, a), "base", f"index written as cùng kỳ / kỳ này = {b}/{a} ({vi(pct(b, a), 2)}) instead of {a}/{b} ({vi(pct(a, b), 2)})", 2)
    for k in ["t1", "kg", "h30", "h45", "h50"]:
        a, b = V[k]
        x = D(a) * 100 / b
        if tq(x, 2) != q(x, 2):
            c.warn_trunc(s, f"D{R[k]}", x, 2, f"{a}/{b}")
            break
    return c


@case
def k32():
    c = Case("k32-bieu2-chi-so-p1", "index-P1",
             "Biểu 2-BTCTW with pattern P1 and 1-decimal index: sibling blocks I (overlapping Trong đó), II (age bands with "
             "Tuổi bình quân, education), III TCCSĐ with Trong đó; '-' where the previous period is zero; clean")
    s = c.sheet("Biểu 2")
    s.add("THỐNG KÊ ĐẢNG VIÊN MỚI KẾT NẠP NĂM 2024", None, None, "Biểu số 2-BTCTW")
    h = s.add("Tiêu chí", "Thực hiện", None, "(%) kỳ này so với cùng kỳ năm trước")
    s.add(None, "Kỳ này", "Cùng kỳ năm trước", None)
    s.add(1, 2, 3, "4(=2*100/3)")
    s.merge(f"A{h}:A{h+1}", f"B{h}:C{h}", f"D{h}:D{h+1}")
    R = {}

    def line(k, lab, a, b):
        r = s.add(lab, dash(a), dash(b), "-" if b == 0 else dash(pct(a, b, 1), 1) if a else "-")
        R[k] = r
        c.ratio(s, f"D{r}", f"B{r}", f"C{r}", 1)
        return r

    line("I", "I. Tổng số đảng viên mới kết nạp", 402, 369)
    subs = [("nu", "- Nữ", 196, 171), ("dt", "- Dân tộc thiểu số", 12, 9), ("tg", "- Người theo tôn giáo", 9, 11),
            ("dv", "- Đoàn viên Đoàn TNCS Hồ Chí Minh", 318, 287), ("kl", "- Kết nạp lại", 1, 0)]
    for k, lab, a, b in subs:
        line(k, lab, a, b)
    s.add("II. Phân tích đảng viên mới kết nạp")
    s.add("2. Tuổi đời")
    ages = [("18-30", 283, 251), ("31-35", 61, 54), ("36-40", 27, 31), ("41-45", 16, 18), ("46-50", 10, 9), ("51-55", 5, 4),
            ("56-60", 0, 2), ("Trên 60", 0, 0)]
    for lab, a, b in ages:
        line("a" + lab, "- " + (("Từ " + lab.replace("-", " đến ") + " tuổi") if lab[0].isdigit() else lab + " tuổi"), a, b)
    line("tbq", "- Tuổi bình quân", D("27.5"), D("27.8"))
    s.setraw(f"B{R['tbq']}", 27.5)
    s.setraw(f"C{R['tbq']}", 27.8)
    s.add("3. Trình độ giáo dục phổ thông")
    edu = [("e1", "- Tiểu học", 3, 5), ("e2", "- Trung học cơ sở", 41, 47), ("e3", "- Trung học phổ thông", 358, 317)]
    for k, lab, a, b in edu:
        line(k, lab, a, b)
    line("III", "III. Số tổ chức cơ sở đảng có đến cuối kỳ báo cáo", 61, 62)
    line("db", "1. Đảng bộ cơ sở", 19, 19)
    line("db1", "+ Có kết nạp đảng viên", 17, 16)
    line("cb", "2. Chi bộ cơ sở", 42, 43)
    last = line("cb1", "+ Có kết nạp đảng viên", 29, 31)
    for col in "BC":
        f = lambda k: f"{col}{R[k]}"
        c.sum(s, f("I"), [f("a" + x[0]) for x in ages])
        c.sum(s, f("I"), [f(x[0]) for x in edu])
        for k, *_ in subs:
            c.le(s, f(k), f("I"))
        c.sum(s, f("III"), [f("db"), f("cb")])
        c.le(s, f("db1"), f("db"))
        c.le(s, f("cb1"), f("cb"))
    c.table(s, f"A{h}:D{last}")
    return c


def panel(c, s, left, right, hdr, share_mode):
    """Two-panel table. left/right: list of (tt, name, total, nu, kind) kind in {'blk','row',None}; share_mode 'row'|'block'."""
    h = s.add(*hdr, *hdr)
    s.add(1, 2, 3, 4, 5, 1, 2, 3, 4, 5)
    n = max(len(left), len(right))
    first = h + 2
    for i in range(n):
        s.add()
    cells = {}
    for off, lst in ((0, left), (5, right)):
        for i, item in enumerate(lst):
            r = first + i
            cells[(off, i)] = r
    blocks = []  # (block ref total, block ref nu, [member refs])
    cur = None
    for off, lst in ((0, left), (5, right)):
        for i, (tt, name, tot, nu, kind) in enumerate(lst):
            r = first + i
            C = lambda j: A(off + j, r)
            s.setraw(C(0), tt)
            s.setraw(C(1), name)
            if tot is None:
                continue
            s.setraw(C(2), jn(tot))
            s.setraw(C(3), dash(nu))
            if kind == "blk":
                cur = {"t": C(2), "n": C(3), "m": [], "tot": tot}
                blocks.append(cur)
                s.setraw(C(4), 100.0 if share_mode == "block" else jn(pct(nu, tot), 2))
                if share_mode == "row":
                    c.share(s, C(4), C(3), C(2))
            else:
                cur["m"].append((C(2), C(3)))
                if share_mode == "row":
                    s.setraw(C(4), dash(pct(nu, tot), 2) if nu else "-")
                    c.share(s, C(4), C(3), C(2))
                else:
                    s.setraw(C(4), jn(pct(tot, cur["tot"]), 2))
                    c.share(s, C(4), C(2), cur["t"])
            c.le(s, C(3), C(2))
    for b in blocks:
        c.sum(s, b["t"], [x for x, _ in b["m"]])
        c.sum(s, b["n"], [y for _, y in b["m"]])
    last = first + n - 1
    c.table(s, f"A{h}:J{last}")
    return cells, first


@case
def k33():
    c = Case("k33-dan-toc-ton-giao-hai-panel", "two-panel",
             "Biểu 4-style two panels side by side (TT | Tên | Tổng số | Trong đó nữ | Tỷ lệ) ×2: dân tộc list continues "
             "into the right panel, which then starts the tôn giáo block; Tỷ lệ = nữ / tổng số of the same row; clean")
    s = c.sheet("Biểu 4")
    s.add("THỐNG KÊ ĐẢNG VIÊN CHIA THEO DÂN TỘC VÀ TRONG CÁC TÔN GIÁO (có đến 30/6/2023)")
    s.add(None, None, None, None, None, None, None, None, "Đvt: Người")
    hdr = ("TT", "Tên dân tộc, tôn giáo", "Tổng số", "Trong đó: nữ", "Tỷ lệ (%)")
    dt = [("Kinh", 32855, 11026), ("Khơ-me", 414, 151), ("Hoa", 227, 82), ("Mường", 4, 1), ("Tày", 3, 1), ("Thái", 2, 0),
          ("Nùng", 2, 1), ("Dân tộc khác", 2, 0)]
    tg = [("Công giáo", 426, 169), ("Tin Lành", 25, 9), ("Phật giáo Hòa Hảo", 41, 12), ("Cao Đài", 29, 8), ("Đạo khác", 18, 3)]
    T = sum(x[1] for x in dt)
    N = sum(x[2] for x in dt)
    left = [("I", "Đảng viên chia theo dân tộc", T, N, "blk")] + [(i, n, t, u, None) for i, (n, t, u) in enumerate(dt[:5], 1)]
    right = [(i, n, t, u, None) for i, (n, t, u) in enumerate(dt[5:], 6)] + \
            [("II", "Đảng viên chia theo tôn giáo", sum(x[1] for x in tg), sum(x[2] for x in tg), "blk")] + \
            [(i, n, t, u, None) for i, (n, t, u) in enumerate(tg, 1)]
    panel(c, s, left, right, hdr, "row")
    return c


@case
def k34():
    c = Case("k34-ket-nap-dan-toc-hai-panel", "two-panel",
             "Biểu 2B-style two panels; Tỷ lệ = share of the block total, block rows at 100,00; a digit typo in the "
             "tôn giáo panel, two ethnic totals swapped, one share typed without decimals")
    s = c.sheet("Biểu 2B")
    s.add("ĐẢNG VIÊN MỚI KẾT NẠP CHIA THEO DÂN TỘC, TÔN GIÁO NĂM 2024")
    hdr = ("TT", "Tên dân tộc, tôn giáo", "Tổng số", "Trong đó: nữ", "Tỷ lệ (%)")
    dt = [("Kinh", 383, 187), ("Khơ-me", 12, 6), ("Hoa", 5, 2), ("Dân tộc khác", 2, 1)]
    tg = [("Công giáo", 5, 2), ("Tin Lành", 1, 0), ("Phật giáo Hòa Hảo", 2, 1), ("Cao Đài", 1, 1)]
    T = sum(x[1] for x in dt)
    left = [("I", "Đảng viên chia theo dân tộc", T, sum(x[2] for x in dt), "blk")] + [(i, n, t, u, None) for i, (n, t, u) in enumerate(dt[:3], 1)]
    right = [(4, dt[3][0], dt[3][1], dt[3][2], None), ("II", "Đảng viên chia theo tôn giáo", sum(x[1] for x in tg), sum(x[2] for x in tg), "blk")] + \
            [(i, n, t, u, None) for i, (n, t, u) in enumerate(tg, 1)]
    cells, first = panel(c, s, left, right, hdr, "block")
    rl = lambda i: first + i
    c.plant(s, f"H{rl(2)}", 6, "digit", "Công giáo 5 typed 6: tôn giáo rows sum to 10 ≠ 9 and 55,56% of 9 is 5")
    c.swap(s, f"C{rl(2)}", f"C{rl(3)}", "Khơ-me (12) and Hoa (5) totals swapped: shares 2,99 / 1,24 and nữ 6 > 5 contradict")
    c.warn_precision(s, f"E{rl(1)}", D(383) * 100 / T, 2, 0, f"383/{T}")
    return c


# ================================================================ main
def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".json"):
            os.remove(os.path.join(OUT, f))
    bad = 0
    ids = set()
    stats = {"cases": 0, "clean": 0, "errors": {}, "warnings": {}, "layouts": {}}
    for fn in CASES:
        c = fn()
        assert c.id not in ids and c.id.startswith("k")
        ids.add(c.id)
        probs = check(c)
        if probs:
            bad += 1
            print(c.id)
            for p in probs:
                print("   ", p)
        stats["cases"] += 1
        stats["layouts"][c.layout] = stats["layouts"].get(c.layout, 0) + 1
        if not c.errors and not c.warnings:
            stats["clean"] += 1
        for e in c.errors:
            stats["errors"][e["kind"]] = stats["errors"].get(e["kind"], 0) + 1
        for w in c.warnings:
            stats["warnings"][w["kind"]] = stats["warnings"].get(w["kind"], 0) + 1
        with open(os.path.join(OUT, c.id + ".json"), "w", encoding="utf-8") as f:
            json.dump(c.json(), f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(json.dumps(stats, ensure_ascii=False, indent=1))
    print("total errors", sum(stats["errors"].values()), "warnings", sum(stats["warnings"].values()))
    if bad:
        print(f"SELF-CHECK FAILED in {bad} case(s)")
        sys.exit(1)
    print("self-check ok")


if __name__ == "__main__":
    main()
