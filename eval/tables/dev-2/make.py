#!/usr/bin/env python3
"""Build the dev-2 part of the table evaluation corpus for Soát Số.

Every case is first built clean: the clerk's raw counts are typed in, and every
total, share, difference, ratio and cross-sheet repeat is computed from them with
exact arithmetic (Fraction, then Decimal rounded half up) and written in the
representation staff use (number, vi-VN text, % number format, formula with its
cached value).  Each derived cell registers the rule that produced it.

Then errors and warnings are planted by overwriting typed cells.  The value an
error should have is, by construction, the clean value of its culprit.

Self-check (runs every time, the script stops on any failure):
  * the clean build satisfies every rule;
  * in the planted build every error culprit sits in at least one failing rule,
    every failing rule involves a culprit or a warning cell, and a warning cell's
    failure is exactly a truncation / a lower precision of the right share;
  * restoring every culprit's value (and every warning's) gives back the clean build.

The part (44 cases, ids t01-t44) was written from domain.md, forms.md and the shared drafts only, with
places and figures of its own (Thạch Hà, Cư M'gar, Bảo Lộc, Tam Nông, Yên Lập, ...), to teach shapes the
dev and heldout parts do not have: Số lượng | Tỷ lệ pairs under merged group headers, column-letter rows,
signed-text differences, %-formatted fractions, vi-VN text figures with '...' placeholders, formulas with
stale or short ranges, two panels, one table split over two sheets, summary sheets, several tables between
paragraphs, block sub-totals, Bình quân / Tuổi bình quân rows, overlapping position columns, and the
official Biểu 1, 3, 4, 5, 6F, 7, 8B, 9B, 10 and 11 filled by districts.  About a third are clean.

Python 3 standard library only.  Run:  python3 make.py
"""
import json
import os
import random
import re
import sys
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "cases")


# ------------------------------------------------------------------ arithmetic
def _q(nd):
    return Decimal(1).scaleb(-nd)


def dec(x):
    """Exact Decimal of an int / Decimal / Fraction with a terminating expansion is not needed: Fractions are
    rounded explicitly by rnd()."""
    return x if isinstance(x, Decimal) else Decimal(x)


def rnd(fr, nd=2):
    """Round a Fraction half up (away from zero) to nd decimals, exactly."""
    fr = Fraction(fr)
    # Decimal division with plenty of digits, then one final half-up rounding, is exact enough only if we
    # avoid double rounding: do it on integers.
    s = Fraction(10) ** nd
    v = fr * s
    neg = v < 0
    v = abs(v)
    n = v.numerator // v.denominator
    if (v - n) * 2 >= 1:
        n += 1
    d = Decimal(-n if neg else n).scaleb(-nd)
    return d.quantize(_q(nd), rounding=ROUND_HALF_UP)


def cut(fr, nd=2):
    """Truncate a Fraction toward zero to nd decimals (what careless drafts do)."""
    fr = Fraction(fr)
    s = Fraction(10) ** nd
    v = fr * s
    neg = v < 0
    v = abs(v)
    n = v.numerator // v.denominator
    d = Decimal(-n if neg else n).scaleb(-nd)
    return d.quantize(_q(nd), rounding=ROUND_DOWN)


def frac(d):
    return Fraction(str(d)) if isinstance(d, Decimal) else Fraction(d)


def pct(part, base, nd=2):
    return rnd(frac(part) * 100 / frac(base), nd)


# ------------------------------------------------------------------ vi-VN text
def vi_int(n):
    n = int(n)
    s = f"{abs(n):,}".replace(",", ".")
    return ("-" if n < 0 else "") + s


def vi_num(d, nd=None):
    """vi-VN text of a number: '.' thousands, ',' decimals."""
    if nd is None and isinstance(d, Decimal):
        nd = max(0, -d.as_tuple().exponent)
    if not nd:
        return vi_int(d)
    d = dec(d).quantize(_q(nd), rounding=ROUND_HALF_UP)
    neg = d < 0
    ip, fp = str(abs(d)).split(".")
    return ("-" if neg else "") + vi_int(int(ip)) + "," + fp


def signed(d, nd=0):
    s = vi_num(d, nd)
    return "+" + s if dec(d) > 0 else s


def parse_text(s):
    """A number typed as vi-VN text, or None (placeholder, dash, words)."""
    t = s.strip().replace("\u00a0", "").replace(" ", "")
    if t.endswith("%"):
        t = t[:-1]
    if not re.fullmatch(r"[+-]?\d{1,3}(\.\d{3})*(,\d+)?|[+-]?\d+(,\d+)?", t):
        return None
    t = t.replace(".", "").replace(",", ".").lstrip("+")
    return Decimal(t)


# ------------------------------------------------------------------ A1
def col_letter(c):
    s = ""
    c += 1
    while c:
        c, r = divmod(c - 1, 26)
        s = chr(65 + r) + s
    return s


def a1(r, c):
    return f"{col_letter(c)}{r + 1}"


def rc(ref):
    m = re.fullmatch(r"([A-Z]+)(\d+)", ref)
    c = 0
    for ch in m.group(1):
        c = c * 26 + ord(ch) - 64
    return int(m.group(2)) - 1, c - 1


def rng_cells(ref):
    """'C5:C9' -> list of A1 refs (one row or one column)."""
    a, b = ref.split(":")
    r1, c1 = rc(a)
    r2, c2 = rc(b)
    return [a1(r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)]


# ------------------------------------------------------------------ sheets
class Sheet:
    def __init__(self, name):
        self.name = name
        self.v = {}        # (r, c) -> int | Decimal | str | None   (what is typed / cached)
        self.meta = {}     # (r, c) -> {"fmt":..., "formula":...}
        self.merges = []

    def row(self, r, values, c0=0):
        for i, x in enumerate(values):
            if x is not None:
                self.v[(r, c0 + i)] = x

    def text(self, ref, s):
        self.v[rc(ref)] = s

    def put(self, ref, value, style="n", nd=0, formula=None, fmt=None):
        """Write a number in a style: n = number cell, t = vi-VN text, s = signed text (+12),
        p = fraction with a % number format."""
        k = rc(ref)
        m = {}
        if style == "n":
            x = int(value) if nd == 0 else dec(value).quantize(_q(nd))
            if fmt:
                m["fmt"] = fmt
        elif style == "t":
            x = vi_num(value, nd)
        elif style == "s":
            x = signed(value, nd)
        elif style == "p":
            x = (dec(value) / 100).quantize(_q(nd + 2))
            m["fmt"] = "0." + "0" * nd + "%" if nd else "0%"
        else:
            raise ValueError(style)
        if formula:
            m["formula"] = formula
        self.v[k] = x
        if m:
            self.meta[k] = m
        else:
            self.meta.pop(k, None)

    def style_of(self, ref):
        k = rc(ref)
        x = self.v.get(k)
        if "%" in self.meta.get(k, {}).get("fmt", ""):
            return "p"
        if isinstance(x, str):
            return "s" if x[:1] in "+-" else "t"
        return "n"

    def num(self, ref):
        """The figure a reader sees in the cell (percent cells in percent), or None."""
        k = rc(ref)
        x = self.v.get(k)
        if x is None:
            return None
        if isinstance(x, str):
            return parse_text(x)
        d = dec(x)
        if "%" in self.meta.get(k, {}).get("fmt", ""):
            d = d * 100
        return d

    def merge(self, *refs):
        self.merges.extend(refs)

    def to_json(self):
        nr = max(r for r, _ in self.v) + 1 if self.v else 0
        rows = []
        for r in range(nr):
            cs = [c for (rr, c) in self.v if rr == r]
            if not cs:
                rows.append([])
                continue
            row = [None] * (max(cs) + 1)
            for c in cs:
                row[c] = jv(self.v[(r, c)])
            rows.append(row)
        out = {"name": self.name, "rows": rows}
        if self.merges:
            out["merges"] = list(self.merges)
        if self.meta:
            cells = {}
            for k in sorted(self.meta):
                m = dict(v=jv(self.v.get(k)))
                m.update(self.meta[k])
                cells[a1(*k)] = m
            out["cells"] = cells
        return out


def jv(x):
    if isinstance(x, Decimal):
        return int(x) if x == x.to_integral_value() and x.as_tuple().exponent >= 0 else float(x)
    return x


# ------------------------------------------------------------------ cases, rules
class Case:
    def __init__(self, cid, layout, about):
        self.id, self.layout, self.about = cid, layout, about
        self.sheets = []
        self.tables = []
        self.errors = []
        self.warnings = []
        self.rules = []
        self.clean = None   # snapshot of typed values before planting

    def sheet(self, name):
        s = Sheet(name)
        self.sheets.append(s)
        return s

    def sh(self, name):
        for s in self.sheets:
            if s.name == name:
                return s
        raise KeyError(name)

    def table(self, sheet, rng):
        self.tables.append({"sheet": sheet.name, "range": rng})

    # -- derived cells: compute, write, register ---------------------------
    def lin(self, s, target, terms, style="n", formula=None):
        """target = sum of coef * cell; terms: list of refs or (coef, ref)."""
        terms = [(1, t) if isinstance(t, str) else t for t in terms]
        val = sum((k * (s.num(t) or 0) for k, t in terms), Decimal(0))
        s.put(target, val, style, 0, formula=formula)
        self.rules.append(("lin", s.name, target, tuple(terms)))
        return val

    def total(self, s, target, parts, style="n", formula=False):
        f = None
        if formula:
            f = formula if isinstance(formula, str) else sum_formula(parts)
        return self.lin(s, target, parts, style, f)

    def share(self, s, target, part, base, nd=2, style="n", fmt=None, formula=None):
        val = pct(s.num(part), s.num(base), nd)
        s.put(target, val, style, nd, fmt=fmt, formula=formula)
        self.rules.append(("share", s.name, target, part, base, nd))
        return val

    def ratio(self, s, target, cur, prev, nd=2, style="n", fmt=None):
        val = pct(s.num(cur), s.num(prev), nd)
        s.put(target, val, style, nd, fmt=fmt)
        self.rules.append(("ratio", s.name, target, cur, prev, nd))
        return val

    def relchg(self, s, target, cur, prev, nd=2, style="n", fmt=None):
        c, p = frac(s.num(cur)), frac(s.num(prev))
        val = rnd((c - p) * 100 / p, nd)
        s.put(target, val, style, nd, fmt=fmt)
        self.rules.append(("rel", s.name, target, cur, prev, nd))
        return val

    def diff(self, s, target, cur, prev, style="n", nd=0):
        val = s.num(cur) - s.num(prev)
        s.put(target, val, style, nd)
        self.rules.append(("lin", s.name, target, ((1, cur), (-1, prev))))
        return val

    def le(self, s, part, parent):
        self.rules.append(("le", s.name, part, parent))

    def same(self, s1, r1, s2, r2):
        """a quantity repeated on another sheet: copy it and register equality."""
        s2.put(r2, s1.num(r1), s2_style(s2, r2))
        self.rules.append(("eq", s1.name, r1, s2.name, r2))

    def eq(self, s1, r1, s2, r2):
        self.rules.append(("eq", s1.name, r1, s2.name, r2))

    def label(self, s, ref, expected):
        s.text(ref, expected)
        self.rules.append(("label", s.name, ref, expected))

    # -- planting ------------------------------------------------------------
    def freeze(self):
        self.clean = {s.name: (dict(s.v), {k: dict(m) for k, m in s.meta.items()}) for s in self.sheets}

    def clean_num(self, sname, ref):
        v, meta = self.clean[sname]
        tmp = Sheet(sname)
        tmp.v, tmp.meta = v, meta
        return tmp.num(ref)

    def _retype(self, s, ref, value, nd=None):
        st = s.style_of(ref)
        if nd is None:
            nd = nd_of(self.clean[s.name], ref)
        meta = s.meta.get(rc(ref), {})
        s.put(ref, value, st, nd, formula=meta.get("formula"),
              fmt=None if st == "p" else meta.get("fmt"))

    def err(self, s, ref, typed, kind, note, nd=None, drop_formula=False):
        if self.clean is None:
            self.freeze()
        right = self.clean_num(s.name, ref)
        if drop_formula:
            s.meta.pop(rc(ref), None)
        self._retype(s, ref, typed, nd)
        self.errors.append({"sheet": s.name, "culprit": ref, "value": jv(right), "kind": kind, "note": note})

    def swap(self, s, r1, r2, note):
        if self.clean is None:
            self.freeze()
        v1, v2 = self.clean_num(s.name, r1), self.clean_num(s.name, r2)
        assert v1 != v2
        self._retype(s, r1, v2)
        self._retype(s, r2, v1)
        self.errors.append({"sheet": s.name, "culprit": [r1, r2], "value": [jv(v1), jv(v2)], "kind": "swap",
                            "note": note})

    def bad_label(self, s, ref, typed, note):
        if self.clean is None:
            self.freeze()
        right = self.clean[s.name][0][rc(ref)]
        s.text(ref, typed)
        self.errors.append({"sheet": s.name, "culprit": ref, "value": right, "kind": "term-label", "note": note})

    def bad_range(self, s, ref, formula, note):
        """a SUM formula whose range misses cells: cached value follows the formula."""
        if self.clean is None:
            self.freeze()
        right = self.clean_num(s.name, ref)
        m = re.fullmatch(r"SUM\(([A-Z]+\d+:[A-Z]+\d+)\)", formula)
        val = sum((s.num(x) or 0 for x in rng_cells(m.group(1))), Decimal(0))
        st = s.style_of(ref)
        s.put(ref, val, st, 0, formula=formula)
        self.errors.append({"sheet": s.name, "culprit": ref, "value": jv(right), "kind": "formula-range",
                            "note": note.format(got=vi_int(val), right=vi_int(right))})

    def warn(self, s, ref, kind, note=None, keep=0):
        """truncation: the share cut instead of rounded; precision: typed with `keep` decimals."""
        if self.clean is None:
            self.freeze()
        rule = [r for r in self.rules if r[0] in ("share", "ratio", "rel") and r[1] == s.name and r[2] == ref][0]
        exact, nd = rule_exact(s, rule), rule[5]
        right = rnd(exact, nd)
        if kind == "truncation":
            typed = cut(exact, nd)
            assert typed != right, (self.id, ref)
            self._retype(s, ref, typed, nd)
            auto = f"{fmt_exact(exact)} cut to {vi_num(typed, nd)} instead of rounded to {vi_num(right, nd)}"
        else:
            typed = rnd(exact, keep)
            assert typed != right and typed != cut(exact, nd), (self.id, ref)
            self._retype(s, ref, typed, keep)
            auto = f"{fmt_exact(exact)} typed {vi_num(typed, keep)} in a column of {nd}-decimal shares ({vi_num(right, nd)})"
        self.warnings.append({"sheet": s.name, "cell": ref, "kind": kind, "value": jv(right),
                              "note": note or auto})

    def warn_first(self, s, refs, kind="truncation", keep=0):
        """plant the warning on the first candidate cell where the slip shows (cut != rounded)."""
        for ref in refs:
            rules = [r for r in self.rules if r[0] in ("share", "ratio", "rel") and r[1] == s.name and r[2] == ref]
            if not rules:
                continue
            rule = rules[0]
            ex, nd = rule_exact(s, rule), rule[5]
            if kind == "truncation" and cut(ex, nd) != rnd(ex, nd):
                return self.warn(s, ref, kind)
            if kind == "precision" and rnd(ex, keep) != rnd(ex, nd) and rnd(ex, keep) != cut(ex, nd):
                return self.warn(s, ref, kind, keep=keep)
        raise AssertionError((self.id, "no cell for the warning", refs))

    def to_json(self):
        return {"id": self.id, "layout": self.layout, "about": self.about,
                "sheets": [s.to_json() for s in self.sheets], "tables": self.tables,
                "errors": self.errors, "warnings": self.warnings}


def nd_of(snap, ref):
    """decimals shown by a cell of a snapshot (values, meta)."""
    v, meta = snap
    k = rc(ref)
    x = v.get(k)
    f = meta.get(k, {}).get("fmt", "")
    if "%" in f:
        return len(f.split(".")[1]) - 1 if "." in f else 0
    if isinstance(x, str):
        return len(x.split(",")[1]) if "," in x else 0
    if isinstance(x, Decimal):
        return max(0, -x.as_tuple().exponent)
    return 0


def s2_style(s, ref):
    return s.style_of(ref) if rc(ref) in s.v else "n"


def sum_formula(parts):
    parts = [p if isinstance(p, str) else p[1] for p in parts]
    rs = [rc(p) for p in parts]
    if len(set(c for _, c in rs)) == 1 and sorted(r for r, _ in rs) == list(range(min(r for r, _ in rs), max(r for r, _ in rs) + 1)):
        return f"SUM({a1(min(rs)[0], rs[0][1])}:{a1(max(rs)[0], rs[0][1])})"
    if len(set(r for r, _ in rs)) == 1 and sorted(c for _, c in rs) == list(range(min(c for _, c in rs), max(c for _, c in rs) + 1)):
        r0 = rs[0][0]
        return f"SUM({a1(r0, min(c for _, c in rs))}:{a1(r0, max(c for _, c in rs))})"
    return "+".join(parts)


def fmt_exact(fr):
    return vi_num(rnd(fr, 4), 4)


def rule_exact(s, rule):
    k = rule[0]
    if k == "share":
        return frac(s.num(rule[3])) * 100 / frac(s.num(rule[4]))
    c, p = frac(s.num(rule[3])), frac(s.num(rule[4]))
    return c * 100 / p if k == "ratio" else (c - p) * 100 / p


# ------------------------------------------------------------------ checking
def eval_rule(case, rule):
    """'ok' | 'fail' | 'skip' | ('trunc'|'prec', cell)."""
    k = rule[0]
    if k == "eq":
        a = case.sh(rule[1]).num(rule[2])
        b = case.sh(rule[3]).num(rule[4])
        return "ok" if a == b else "fail"
    s = case.sh(rule[1])
    if k == "label":
        return "ok" if s.v.get(rc(rule[2])) == rule[3] else "fail"
    if k == "lin":
        t = s.num(rule[2])
        if t is None:
            return "skip"
        got = sum((c * (s.num(x) or 0) for c, x in rule[3]), Decimal(0))
        return "ok" if got == t else "fail"
    if k == "le":
        a, b = s.num(rule[2]) or 0, s.num(rule[3]) or 0
        return "ok" if a <= b else "fail"
    t = s.num(rule[2])
    if t is None or s.num(rule[4]) in (None, 0):
        return "skip"
    exact = rule_exact(s, rule)
    nd = rule[5]
    if t == rnd(exact, nd):
        return "ok"
    if t == cut(exact, nd):
        return ("trunc", rule[2])
    for keep in range(nd):
        if t == rnd(exact, keep) and -t.as_tuple().exponent <= keep:
            return ("prec", rule[2])
    return "fail"


def rule_cells(rule):
    k = rule[0]
    if k == "eq":
        return {(rule[1], rule[2]), (rule[3], rule[4])}
    if k == "label":
        return {(rule[1], rule[2])}
    if k == "lin":
        return {(rule[1], rule[2])} | {(rule[1], x) for _, x in rule[3]}
    if k == "le":
        return {(rule[1], rule[2]), (rule[1], rule[3])}
    return {(rule[1], rule[2]), (rule[1], rule[3]), (rule[1], rule[4])}


def check(case):
    planted = case.clean is not None
    if not planted:
        case.freeze()
    # 1. the clean build satisfies every rule
    cur = {s.name: (s.v, s.meta) for s in case.sheets}
    for s in case.sheets:
        s.v, s.meta = case.clean[s.name]
    for r in case.rules:
        assert eval_rule(case, r) == "ok", (case.id, "clean build breaks", r)
    for s in case.sheets:
        s.v, s.meta = cur[s.name]
    if not planted:
        return
    # 2. planted build
    culprits = set()
    for e in case.errors:
        cs = e["culprit"] if isinstance(e["culprit"], list) else [e["culprit"]]
        culprits |= {(e["sheet"], c) for c in cs}
    wcells = {(w["sheet"], w["cell"]): w for w in case.warnings}
    failing = []
    for r in case.rules:
        st = eval_rule(case, r)
        if st == "fail":
            failing.append(r)
            assert rule_cells(r) & culprits, (case.id, "a failing rule without culprit", r)
        elif isinstance(st, tuple):
            w = wcells.get((r[1], st[1]))
            want = "truncation" if st[0] == "trunc" else "precision"
            if not (w and w["kind"] == want):
                assert rule_cells(r) & culprits, (case.id, "unexplained", st, r)
    for c in culprits:
        assert any(c in rule_cells(r) for r in failing), (case.id, "culprit in no failing rule", c)
    for (sn, cell), w in wcells.items():
        ok = any(eval_rule(case, r) == (("trunc" if w["kind"] == "truncation" else "prec"), cell)
                 for r in case.rules if r[0] in ("share", "ratio", "rel") and r[1] == sn and r[2] == cell)
        assert ok, (case.id, "warning not of its kind", cell)
    # 3. restoring the right values gives the clean figures back
    for s in case.sheets:
        v, _ = case.clean[s.name]
        for k in set(v) | set(s.v):
            ref = a1(*k)
            if (s.name, ref) in culprits or (s.name, ref) in wcells:
                continue
            assert v.get(k) == s.v.get(k), (case.id, "unplanted change", s.name, ref)
    for e in case.errors:
        cs = e["culprit"] if isinstance(e["culprit"], list) else [e["culprit"]]
        vs = e["value"] if isinstance(e["culprit"], list) else [e["value"]]
        for c, v in zip(cs, vs):
            if e["kind"] == "term-label":
                assert case.clean[e["sheet"]][0][rc(c)] == v
            else:
                assert jv(case.clean_num(e["sheet"], c)) == v, (case.id, c)
    for (sn, cell), w in wcells.items():
        assert jv(case.clean_num(sn, cell)) == w["value"]


def in_tables(case, sheet, ref):
    r, c = rc(ref)
    for t in case.tables:
        if t["sheet"] != sheet:
            continue
        a, b = t["range"].split(":")
        (r1, c1), (r2, c2) = rc(a), rc(b)
        if r1 <= r <= r2 and c1 <= c <= c2:
            return True
    return False


def check_tables(case):
    """every table range starts on a header row and ends on a row with figures; every rule cell,
    culprit and warning lies inside a table of its sheet."""
    for t in case.tables:
        s = case.sh(t["sheet"])
        a, b = t["range"].split(":")
        (r1, c1), (r2, c2) = rc(a), rc(b)
        assert any(isinstance(s.v.get((r1, c)), str) for c in range(c1, c2 + 1)), (case.id, "no header", t)
        assert any(s.num(a1(r2, c)) is not None for c in range(c1, c2 + 1)), (case.id, "last row empty", t)
        assert not any(s.num(a1(r2 + 1, c)) is not None for c in range(c1, c2 + 1)), (case.id, "rows after", t)
    for rule in case.rules:
        for sn, ref in rule_cells(rule):
            assert in_tables(case, sn, ref), (case.id, "rule cell outside the tables", sn, ref)
    for e in case.errors:
        cs = e["culprit"] if isinstance(e["culprit"], list) else [e["culprit"]]
        for ref in cs:
            assert in_tables(case, e["sheet"], ref), (case.id, "culprit outside", ref)
    for w in case.warnings:
        assert in_tables(case, w["sheet"], w["cell"]), (case.id, "warning outside", w["cell"])


# ------------------------------------------------------------------ typos
def digit_typo(n, pos=-2, to=None):
    """change one digit of n (pos counted like a Python index of its digits)."""
    s = list(str(abs(int(n))))
    d = int(s[pos])
    s[pos] = str(to if to is not None else (d + 3) % 10 if pos != 0 or (d + 3) % 10 else 9)
    out = int("".join(s))
    assert out != abs(int(n))
    return -out if n < 0 else out


def transpose(n, pos=-2):
    """swap two adjacent different digits of n (the pair at pos, else the nearest usable pair)."""
    s0 = list(str(abs(int(n))))
    for p in [pos] + [q for q in range(-2, -len(s0) - 1, -1) if q != pos]:
        s = list(s0)
        if -p > len(s) or s[p] == s[p + 1] or (p == -len(s) and s[p + 1] == "0"):
            continue
        s[p], s[p + 1] = s[p + 1], s[p]
        out = int("".join(s))
        return -out if n < 0 else out
    raise AssertionError(("no transposition", n))


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# ================================================================== places
THACH_HA = ["Xã Thạch Hội", "Xã Thạch Văn", "Xã Thạch Hải", "Xã Thạch Kênh", "Xã Thạch Sơn", "Xã Thạch Liên",
            "Xã Thạch Đài", "Xã Thạch Lạc", "Xã Thạch Ngọc", "Xã Thạch Xuân", "Thị trấn Thạch Hà", "Xã Nam Điền",
            "Xã Tân Lâm Hương", "Xã Lưu Vĩnh Sơn", "Xã Việt Tiến"]
CU_MGAR = ["Thị trấn Quảng Phú", "Thị trấn Ea Pốk", "Xã Ea Tar", "Xã Ea Kiết", "Xã Cư Dliê M'nông", "Xã Ea M'DRóh",
           "Xã Quảng Hiệp", "Xã Ea Kpam", "Xã Cư Suê", "Xã Ea H'đing", "Xã Ea Tul", "Xã Cuôr Đăng", "Xã Cư M'gar",
           "Xã Ea Drơng", "Xã Ea Kuêh"]
BAO_LOC = ["Phường 1", "Phường 2", "Phường B'Lao", "Phường Lộc Phát", "Phường Lộc Tiến", "Phường Lộc Sơn",
           "Xã Đại Lào", "Xã Đạm Bri", "Xã Lộc Thanh", "Xã Lộc Nga", "Xã Lộc Châu"]
TAM_NONG = ["Thị trấn Tràm Chim", "Xã An Hòa", "Xã An Long", "Xã An Phong", "Xã Phú Cường", "Xã Phú Đức",
            "Xã Phú Hiệp", "Xã Phú Ninh", "Xã Phú Thành A", "Xã Phú Thành B", "Xã Phú Thọ", "Xã Tân Công Sính"]
YEN_LAP = ["Thị trấn Yên Lập", "Xã Mỹ Lung", "Xã Mỹ Lương", "Xã Lương Sơn", "Xã Xuân An", "Xã Xuân Viên",
           "Xã Xuân Thủy", "Xã Trung Sơn", "Xã Hưng Long", "Xã Nga Hoàng", "Xã Đồng Lạc", "Xã Thượng Long",
           "Xã Đồng Thịnh", "Xã Phúc Khánh", "Xã Minh Hòa", "Xã Ngọc Lập", "Xã Ngọc Đồng"]
COQUAN = ["Đảng bộ Cơ quan chính quyền huyện", "Đảng bộ Công an huyện", "Đảng bộ Quân sự huyện",
          "Chi bộ Tòa án nhân dân huyện", "Chi bộ Viện Kiểm sát nhân dân huyện", "Chi bộ Trung tâm Y tế huyện",
          "Chi bộ Chi cục Thuế khu vực", "Chi bộ Ngân hàng Chính sách xã hội huyện"]
ROMAN = ["I", "II", "III", "IV", "V", "VI"]


def title(s, r, text, ncols=None):
    s.row(r, [text])
    if ncols:
        s.merge(f"A{r + 1}:{col_letter(ncols - 1)}{r + 1}")


# ================================================================== t01 / t02
def members_by_group(cid, about, units, seed, dvi, plant=None):
    """STT | Đơn vị | Tổng số | Trong đó: Nữ (SL, %) | DTTS (SL, %) | Tôn giáo (SL, %); A B 1..7; Toàn huyện first."""
    c = Case(cid, "group-header-sl-ty-le", about)
    s = c.sheet("Cơ cấu ĐV")
    R = random.Random(seed)
    title(s, 0, f"CƠ CẤU ĐẢNG VIÊN CỦA ĐẢNG BỘ {dvi.upper()} ĐẾN NGÀY 31/12/2024", 9)
    s.row(1, [None] * 7 + ["Đơn vị tính: người, %"])
    s.row(2, ["STT", "Tên tổ chức cơ sở đảng", "Tổng số đảng viên", "Trong đó"])
    s.row(3, [None, None, None, "Nữ", None, "Dân tộc thiểu số", None, "Tôn giáo"])
    s.row(4, [None, None, None] + ["Số lượng", "Tỷ lệ (%)"] * 3)
    s.row(5, ["A", "B", "1", "2", "3", "4", "5", "6", "7"])
    s.merge("A3:A5", "B3:B5", "C3:C5", "D3:I3", "D4:E4", "F4:G4", "H4:I4")
    top = 6
    s.row(top, [None, "Toàn huyện"])
    for i, u in enumerate(units):
        r = top + 1 + i
        n = R.randint(90, 420)
        s.row(r, [i + 1, u, n, R.randint(int(n * .27), int(n * .41)), R.choice([0, 0, R.randint(1, 9)]),
                  R.choice([0, R.randint(1, 14)])])
        vals = [s.v.pop((r, 3)), s.v.pop((r, 4)), s.v.pop((r, 5))]
        for k, x in zip((3, 5, 7), vals):
            if x == 0:
                s.row(r, ["-"], k)
            else:
                s.row(r, [x], k)
    last = top + len(units)
    for col in "CDFH":
        c.total(s, f"{col}{top + 1}", [f"{col}{r + 1}" for r in range(top + 1, last + 1)])
    for r in range(top, last + 1):
        for part, tgt in (("D", "E"), ("F", "G"), ("H", "I")):
            if s.num(f"{part}{r + 1}") is None:
                s.text(f"{tgt}{r + 1}", "-")
            else:
                c.share(s, f"{tgt}{r + 1}", f"{part}{r + 1}", f"C{r + 1}")
    c.table(s, f"A3:I{last + 1}")
    s.row(last + 2, [None, "Ghi chú: tỷ lệ tính trên tổng số đảng viên của từng đơn vị."])
    if plant:
        plant(c, s)
    return c


@case
def t01():
    return members_by_group(
        "t01-co-cau-nu-dtts-ton-giao", "Members by base organisation with three 'Trong đó' groups, each a merged "
        "header over Số lượng | Tỷ lệ (%), column letters/numbers row A B 1-7, Toàn huyện first, '-' for zero; "
        "shares of each row's own total. Clean.", CU_MGAR, 101, "huyện Cư M'gar")


@case
def t02():
    def plant(c, s):
        v = s.num("C12")
        typed = digit_typo(v, -2)
        c.err(s, "C12", typed, "digit",
              f"{vi_int(typed)} typed for {vi_int(v)} ({s.v[(11, 1)]}): breaks the Toàn huyện total C7 and every "
              f"share of the row (E12 = {vi_num(s.num('E12'))} is of {vi_int(v)})")
        c.warn(s, "E15", "truncation")
    return members_by_group(
        "t02-co-cau-nu-dtts-loi", "Same shape as t01 for another district (Thạch Hà): one member count mistyped "
        "(its row shares and the Toàn huyện total both disagree with it) and one share cut instead of rounded.",
        THACH_HA[:12], 202, "huyện Thạch Hà", plant)


# ================================================================== t03 / t04
def ratings_years(cid, about, seed, unit_word, years, nested, plant=None, sheetname="Xếp loại"):
    """years down the rows; categories across; shares of the evaluated total of the row."""
    c = Case(cid, "ratings-years-rows", about)
    s = c.sheet(sheetname)
    R = random.Random(seed)
    title(s, 0, f"KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG {unit_word.upper()} GIAI ĐOẠN {years[0]} - {years[-1]}", 11)
    if nested:
        s.row(2, ["TT", "Năm", "Tổng số được đánh giá, xếp loại", "Hoàn thành tốt nhiệm vụ trở lên", None,
                  "Trong đó: Hoàn thành xuất sắc nhiệm vụ", None, "Hoàn thành nhiệm vụ", None,
                  "Không hoàn thành nhiệm vụ", None])
    else:
        s.row(2, ["TT", "Năm", "Tổng số được đánh giá, xếp loại", "Hoàn thành xuất sắc nhiệm vụ", None,
                  "Hoàn thành tốt nhiệm vụ", None, "Hoàn thành nhiệm vụ", None, "Không hoàn thành nhiệm vụ", None])
    s.row(3, [None, None, None] + ["Số lượng", "Tỷ lệ (%)"] * 4)
    s.merge("A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:G3", "H3:I3", "J3:K3")
    base = R.randint(180, 420) if unit_word != "đảng viên" else R.randint(3800, 6200)
    for i, y in enumerate(years):
        r = 4 + i
        n = base + i * R.randint(-3, 6) if base < 1000 else base + i * R.randint(40, 160)
        xs = int(n * R.uniform(.14, .22))
        kht = R.randint(0, 3) if base < 1000 else R.randint(9, 40)
        ht = int(n * R.uniform(.04, .09))
        tot = n - xs - ht - kht
        if nested:
            s.row(r, [i + 1, f"Năm {y}", None, tot + xs, None, xs, None, ht, None, kht])
            c.total(s, f"C{r + 1}", [f"D{r + 1}", f"H{r + 1}", f"J{r + 1}"])
            c.le(s, f"F{r + 1}", f"D{r + 1}")
        else:
            s.row(r, [i + 1, f"Năm {y}", None, xs, None, tot, None, ht, None, kht])
            c.total(s, f"C{r + 1}", [f"D{r + 1}", f"F{r + 1}", f"H{r + 1}", f"J{r + 1}"])
        for part, tgt in (("D", "E"), ("F", "G"), ("H", "I"), ("J", "K")):
            c.share(s, f"{tgt}{r + 1}", f"{part}{r + 1}", f"C{r + 1}")
    last = 4 + len(years) - 1
    c.table(s, f"A3:K{last + 1}")
    s.row(last + 2, [None, "Nguồn: Ban Tổ chức " + ("Huyện ủy" if seed % 2 else "Thị ủy")])
    if plant:
        plant(c, s)
    return c


@case
def t03():
    return ratings_years("t03-xep-loai-tccsd-5-nam-xs-trong-tot",
                         "Ratings of base organisations 2020-2024, years down the rows; 'Trong đó: Hoàn thành xuất "
                         "sắc' is counted inside 'Hoàn thành tốt trở lên' (tốt + HT + KHT = tổng, xuất sắc ≤ tốt); "
                         "every share is of the row's evaluated total. Clean.", 303, "tổ chức cơ sở đảng",
                         [2020, 2021, 2022, 2023, 2024], True)


@case
def t04():
    def plant(c, s):
        # the 2023 xuất sắc share computed on the 2022 total
        part, wrong_base = s.num("D8"), s.num("C7")
        typed = pct(part, wrong_base)
        c.err(s, "E8", typed, "base",
              f"{vi_int(part)} / {vi_int(wrong_base)} (the 2023 total) = {vi_num(typed)}; of the 2024 total "
              f"{vi_int(s.num('C8'))} it is {vi_num(pct(part, s.num('C8')))}")
        c.warn(s, "I7", "precision", keep=1)
    return ratings_years("t04-xep-loai-dang-vien-4-muc-loi",
                         "Member ratings 2021-2024 with four disjoint levels adding to the evaluated total; one "
                         "share taken on the previous year's total and one share typed with one decimal in a "
                         "two-decimal column.", 404, "đảng viên", [2021, 2022, 2023, 2024], False, plant,
                         "XL đảng viên")


# ================================================================== t05 / t06
def term_compare(cid, about, seed, prev, cur, plant=None):
    c = Case(cid, "terms-diff-ratio-note", about)
    s = c.sheet("So sánh NK")
    R = random.Random(seed)
    title(s, 0, f"MỘT SỐ CHỈ TIÊU VỀ TỔ CHỨC ĐẢNG, ĐẢNG VIÊN NHIỆM KỲ {cur} SO VỚI NHIỆM KỲ {prev}", 8)
    s.row(2, ["STT", "Nội dung", "Đơn vị tính", f"Nhiệm kỳ {prev}", f"Nhiệm kỳ {cur}", None, None, "Ghi chú"])
    c.label(s, "F3", f"Tăng (+), giảm (-) so với nhiệm kỳ {prev}")
    c.label(s, "G3", f"So sánh NK {cur} với NK {prev} (%)")
    s.row(3, ["A", "B", "C", "1", "2", "3 = 2 - 1", "4 = 2/1", "5"])
    a_dbcs, a_cbcs = R.randint(22, 30), R.randint(14, 24)
    b_dbcs, b_cbcs = a_dbcs - R.randint(1, 3), a_cbcs + R.randint(-2, 3)
    dv_a = R.randint(4100, 5200)
    dv_b = dv_a + R.randint(150, 420)
    rows = [
        ("I", "Tổ chức đảng", None, None, None, None),
        ("1", "Tổng số tổ chức cơ sở đảng", "tổ chức", "SUM2", "SUM2", None),
        ("-", "Đảng bộ cơ sở", "tổ chức", a_dbcs, b_dbcs, "Sáp nhập 02 xã năm 2024"),
        ("-", "Chi bộ cơ sở", "tổ chức", a_cbcs, b_cbcs, None),
        ("2", "Chi bộ trực thuộc đảng bộ cơ sở", "chi bộ", R.randint(210, 260), R.randint(200, 250), None),
        ("II", "Đảng viên", None, None, None, None),
        ("1", "Tổng số đảng viên (cuối nhiệm kỳ)", "người", dv_a, dv_b, None),
        (None, "Trong đó: - Nữ", "người", int(dv_a * .31), int(dv_b * .33), None),
        (None, "- Dân tộc thiểu số", "người", R.randint(40, 80), R.randint(35, 90), None),
        ("2", "Kết nạp đảng viên trong nhiệm kỳ", "người", R.randint(700, 900), R.randint(650, 950), None),
        ("3", "Đảng viên bị xử lý kỷ luật", "người", R.randint(40, 70), R.randint(25, 50), "Giảm mạnh so với nhiệm kỳ trước"),
        ("4", "Đảng viên được tặng Huy hiệu Đảng", "người", R.randint(500, 700), R.randint(750, 980), None),
    ]
    r0 = 4
    for i, (stt, lab, unit, a, b, note) in enumerate(rows):
        s.row(r0 + i, [stt, lab, unit] + ([a, b] if a not in (None, "SUM2") else []))
    for i, (stt, lab, unit, a, b, note) in enumerate(rows):
        r = r0 + i
        if a == "SUM2":
            for col in "DE":
                c.total(s, f"{col}{r + 1}", [f"{col}{r + 2}", f"{col}{r + 3}"])
    for i, (stt, lab, unit, a, b, note) in enumerate(rows):
        r = r0 + i
        if a is None:
            continue
        if lab.startswith("Trong đó") or lab.startswith("- Dân"):
            c.le(s, f"D{r + 1}", f"D{r0 + 7}")
            c.le(s, f"E{r + 1}", f"E{r0 + 7}")
        c.diff(s, f"F{r + 1}", f"E{r + 1}", f"D{r + 1}", "s")
        c.ratio(s, f"G{r + 1}", f"E{r + 1}", f"D{r + 1}", 1, "t")
        if note:
            s.row(r, [note], 7)
    last = r0 + len(rows) - 1
    c.table(s, f"A3:H{last + 1}")
    if plant:
        plant(c, s)
    return c


@case
def t05():
    return term_compare("t05-nhiem-ky-tang-giam-so-sanh",
                        "Two terms side by side with a 'Tăng (+), giảm (-)' column typed as signed text (+12 / -3) "
                        "and a 'So sánh (%)' ratio with one decimal as text, a formula column-number row "
                        "'3 = 2 - 1 | 4 = 2/1', roman blocks, '-' bullets, a Trong đó pair and a Ghi chú column. Clean.",
                        505, "2015 - 2020", "2020 - 2025")


@case
def t06():
    def plant(c, s):
        v = s.num("F15")
        c.err(s, "F15", -v, "sign", f"{signed(-v)} typed for {signed(v)}: the term's figure {vi_int(s.num('E15'))} "
              f"is below {vi_int(s.num('D15'))}, and 'Giảm' in the note agrees")
        c.bad_label(s, "G3", "So sánh NK 2020 - 2025 với NK 2010 - 2015 (%)",
                    "the columns compared are 2020 - 2025 (2) and 2015 - 2020 (1); the header names 2010 - 2015")
    return term_compare("t06-nhiem-ky-sai-dau-sai-nhiem-ky",
                        "Same shape as t05 with other figures: a decrease typed with a plus sign in the Tăng/giảm "
                        "column and a So sánh header naming the wrong earlier term.", 606, "2015 - 2020",
                        "2020 - 2025", plant)


# ================================================================== t07 / t08
def ratings_units_pct(cid, about, seed, units, plant=None):
    c = Case(cid, "units-rows-percent-format", about)
    s = c.sheet("KQ xếp loại ĐV")
    R = random.Random(seed)
    title(s, 0, "KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI ĐẢNG VIÊN NĂM 2024 THEO ĐẢNG BỘ, CHI BỘ CƠ SỞ", 11)
    s.row(1, ["(Kèm theo Báo cáo số     -BC/HU ngày    /01/2025 của Ban Thường vụ Huyện ủy)"])
    s.row(3, ["Số TT", "Đảng bộ, chi bộ cơ sở", "Số đảng viên được đánh giá", "Kết quả xếp loại"])
    s.row(4, [None, None, None, "Hoàn thành xuất sắc nhiệm vụ", None, "Hoàn thành tốt nhiệm vụ", None,
              "Hoàn thành nhiệm vụ", None, "Không hoàn thành nhiệm vụ", None])
    s.row(5, [None, None, None] + ["SL", "%"] * 4)
    s.merge("A4:A6", "B4:B6", "C4:C6", "D4:K4", "D5:E5", "F5:G5", "H5:I5", "J5:K5")
    r0 = 6
    for i, u in enumerate(units):
        r = r0 + i
        n = R.randint(9, 42) if u.startswith("Chi bộ") else R.randint(60, 380)
        xs = max(1, int(n * R.uniform(.1, .2)))
        ht = int(n * R.uniform(.02, .08))
        kht = R.choice([0, 0, 0, 1])
        s.row(r, [i + 1, u, None, xs, None, n - xs - ht - kht, None, ht, None, kht])
        c.total(s, f"C{r + 1}", [f"D{r + 1}", f"F{r + 1}", f"H{r + 1}", f"J{r + 1}"])
    last = r0 + len(units)
    s.row(last, [None, "Tổng cộng"])
    for col in "CDFHJ":
        c.total(s, f"{col}{last + 1}", [f"{col}{r + 1}" for r in range(r0, last)])
    for r in range(r0, last + 1):
        for part, tgt in (("D", "E"), ("F", "G"), ("H", "I"), ("J", "K")):
            c.share(s, f"{tgt}{r + 1}", f"{part}{r + 1}", f"C{r + 1}", 2, "p")
    c.table(s, f"A4:K{last + 1}")
    if plant:
        plant(c, s)
    return c


@case
def t07():
    return ratings_units_pct("t07-xep-loai-dv-don-vi-phan-tram",
                             "Member ratings per base organisation (xã and cơ quan), four disjoint levels, every share "
                             "a fraction with a 0.00% number format of the row's own total, Tổng cộng last, 3-row "
                             "header with merges. Clean.", 707, TAM_NONG[:8] + COQUAN[:5])


@case
def t08():
    def plant(c, s):
        v = s.num("F12")
        typed = transpose(v, -2)
        c.err(s, "F12", typed, "transposition",
              f"{vi_int(typed)} typed for {vi_int(v)}: the four levels of row 6 no longer add to "
              f"{vi_int(s.num('C12'))}, the Tổng cộng of the column disagrees, the share G12 is of {vi_int(v)}")
        c.warn(s, "E9", "truncation")
    return ratings_units_pct("t08-xep-loai-dv-phan-tram-loi",
                             "Same shape as t07 (Thạch Hà): two adjacent digits of a 'tốt' count swapped (row and "
                             "column totals both fail at that cell), and one %-formatted share cut instead of rounded "
                             "(value given in percent).", 808, THACH_HA[3:11] + COQUAN[1:6], plant)


# ================================================================== t09 / t10
def admissions_text(cid, about, seed, units, plant=None):
    """every figure typed as vi-VN text; years across, Cộng column and Cộng row last; 2025 not filled yet."""
    c = Case(cid, "text-figures-years-across", about)
    s = c.sheet("Kết nạp ĐV")
    R = random.Random(seed)
    s.row(0, ["Biểu số 04"])
    title(s, 1, "KẾT QUẢ KẾT NẠP ĐẢNG VIÊN GIAI ĐOẠN 2020 - 2025", 10)
    s.row(2, [None] * 8 + ["Đơn vị: đảng viên"])
    s.row(3, ["TT", "Đơn vị", "Năm 2020", "Năm 2021", "Năm 2022", "Năm 2023", "Năm 2024", "Cộng 2020 - 2024",
              "Năm 2025 (ước)", "Ghi chú"])
    s.row(4, ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)"])
    r0 = 5
    for i, u in enumerate(units):
        r = r0 + i
        big = 8 if u.startswith("Chi bộ") else 1
        vals = [R.randint(2, 6) if big == 8 else R.randint(6, 34) for _ in range(5)]
        for k, x in enumerate(vals):
            s.put(f"{col_letter(2 + k)}{r + 1}", x, "t")
        s.row(r, [f"{i + 1:02d}", u])
        s.text(f"I{r + 1}", "...")
        c.total(s, f"H{r + 1}", [f"{col_letter(2 + k)}{r + 1}" for k in range(5)], "t")
    last = r0 + len(units)
    s.row(last, [None, "Cộng"])
    for k in range(6):
        col = col_letter(2 + k)
        c.total(s, f"{col}{last + 1}", [f"{col}{r + 1}" for r in range(r0, last)], "t")
    s.text(f"I{last + 1}", "...")
    s.text(f"J{r0 + 2}", "Chia tách năm 2022")
    c.table(s, f"A4:J{last + 1}")
    s.row(last + 2, [None, "Ghi chú: số liệu năm 2025 sẽ cập nhật sau khi kết thúc năm."])
    if plant:
        plant(c, s)
    return c


@case
def t09():
    return admissions_text("t09-ket-nap-so-dang-chu",
                           "Admissions per base organisation 2020-2024, every figure a vi-VN text cell ('1.234'), "
                           "STT typed '01', column numbers '(1) (2) …', a row-total column, Cộng row last and a 2025 "
                           "column of '...' placeholders. Clean.", 909, BAO_LOC + COQUAN[:3])


@case
def t10():
    def plant(c, s):
        c.swap(s, "D9", "E9", f"{s.v[(8, 1)]}: 2021 ({s.v[(8, 3)]}) and 2022 ({s.v[(8, 4)]}) typed in each other's "
                              "column; the row total holds, the Cộng of both columns fails")
    return admissions_text("t10-ket-nap-so-dang-chu-hoan-vi",
                           "Same shape as t09 (Tam Nông): two figures of one row swapped between adjacent years, "
                           "so only the two column totals fail.", 1010, TAM_NONG + COQUAN[2:5], plant)


# ================================================================== t11 / t12
def branches_formulas(cid, about, seed, units, plant=None):
    c = Case(cid, "formulas-cached", about)
    s = c.sheet("Chi bộ - ĐV")
    R = random.Random(seed)
    title(s, 0, "SỐ LƯỢNG CHI BỘ TRỰC THUỘC VÀ ĐẢNG VIÊN CỦA CÁC ĐẢNG BỘ CƠ SỞ (ĐẾN 30/6/2025)", 9)
    s.row(2, ["STT", "Đảng bộ cơ sở", "Chi bộ trực thuộc", None, None, None, "Đảng viên", None, None])
    s.row(3, [None, None, "Tổng số", "Chia ra", None, None, "Tổng số", "Chính thức", "Dự bị"])
    s.row(4, [None, None, None, "Chi bộ ấp, khóm", "Chi bộ cơ quan, trường học", "Chi bộ quân sự, công an",
              None, None, None])
    s.merge("A3:A5", "B3:B5", "C3:F3", "C4:C5", "D4:F4", "G3:I3", "G4:G5", "H4:H5", "I4:I5")
    r0 = 5
    for i, u in enumerate(units):
        r = r0 + i
        ap = R.randint(4, 11)
        cq = R.randint(2, 6)
        qs = 2
        ct = R.randint(140, 420)
        db = R.randint(3, 19)
        s.row(r, [i + 1, u, None, ap, cq, qs, None, ct, db])
        c.total(s, f"C{r + 1}", [f"D{r + 1}", f"E{r + 1}", f"F{r + 1}"], formula=True)
        c.total(s, f"G{r + 1}", [f"H{r + 1}", f"I{r + 1}"], formula=f"H{r + 1}+I{r + 1}")
    last = r0 + len(units)
    s.row(last, [None, "Tổng cộng"])
    for col in "CDEFGHI":
        c.total(s, f"{col}{last + 1}", [f"{col}{r + 1}" for r in range(r0, last)], formula=True)
    c.table(s, f"A3:I{last + 1}")
    if plant:
        plant(c, s)
    return c


@case
def t11():
    return branches_formulas("t11-chi-bo-cong-thuc",
                             "Branches and members of each commune party committee, totals as =SUM / =H+I formulas "
                             "with cached values, 'Chia ra' sub-header under a merged 'Chi bộ trực thuộc' group, "
                             "Tổng cộng last. Clean.", 1111, YEN_LAP[:13])


@case
def t12():
    def plant(c, s):
        c.bad_range(s, "G19", "SUM(G6:G17)", "=SUM(G6:G17) leaves out the last commune (row 18): cached {got}, "
                                             "should be {right}; Tổng cộng Chính thức + Dự bị no longer equals it")
        v = s.num("C11")
        c.err(s, "C11", v + 10, "other",
              f"the formula of row 11 overwritten with a typed {vi_int(v + 10)} (last year's figure): "
              f"{vi_int(s.num('D11'))} + {vi_int(s.num('E11'))} + {vi_int(s.num('F11'))} = {vi_int(v)}",
              drop_formula=True)
    return branches_formulas("t12-chi-bo-cong-thuc-loi",
                             "Same shape as t11 (Cư M'gar): a Tổng cộng =SUM whose range stops one row short, and a "
                             "row total whose formula was overwritten with a stale typed number.", 1212, CU_MGAR[:13],
                             plant)


# ================================================================== t13 / t14
def two_panel_study(cid, about, seed, units, plant=None):
    c = Case(cid, "two-panels-side-by-side", about)
    s = c.sheet("Học tập NQ")
    R = random.Random(seed)
    title(s, 0, "KẾT QUẢ HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ TỈNH LẦN THỨ XVII CỦA CÁC TỔ CHỨC CƠ SỞ ĐẢNG", 10)
    hdr = ["TT", "Đơn vị", "Số đảng viên", "Số tham gia học tập", "Tỷ lệ (%)"]
    s.row(2, hdr + hdr)
    half = (len(units) + 1) // 2
    pos = []
    for i, u in enumerate(units):
        r = 3 + (i if i < half else i - half)
        c0 = 0 if i < half else 5
        n = R.randint(110, 460)
        k = n - R.randint(0, 14)
        s.row(r, [i + 1, u, n, k], c0)
        pos.append((r, c0))
        c.le(s, a1(r, c0 + 3), a1(r, c0 + 2))
    rt = 3 + half
    if len(units) - half < half:
        rt = 3 + len(units) - half
    s.row(rt, [None, "Toàn huyện"], 5)
    for col, src in (("H", 2), ("I", 3)):
        c.total(s, f"{col}{rt + 1}", [a1(r, c0 + src) for r, c0 in pos])
    for r, c0 in pos + [(rt, 5)]:
        c.share(s, a1(r, c0 + 4), a1(r, c0 + 3), a1(r, c0 + 2))
    c.table(s, f"A3:J{max(rt, 3 + half - 1) + 1}")
    s.row(max(rt, 3 + half - 1) + 2, [None, "(Tỷ lệ = số tham gia học tập / số đảng viên của đơn vị)"])
    if plant:
        plant(c, s)
    return c


@case
def t13():
    return two_panel_study("t13-hoc-tap-hai-panel",
                           "Seventeen units split into two side-by-side panels of TT | Đơn vị | Số đảng viên | Số tham "
                           "gia | Tỷ lệ (%); Toàn huyện closes the right panel and sums both panels; shares of the "
                           "row's own members. Clean.", 1313, YEN_LAP)


@case
def t14():
    def plant(c, s):
        part, wrong = s.num("D6"), s.num("H11")
        typed = pct(part, wrong)
        c.err(s, "E6", typed, "base", f"{vi_int(part)} / {vi_int(wrong)} (Toàn huyện) = {vi_num(typed)}; of the "
              f"unit's own {vi_int(s.num('C6'))} members it is {vi_num(pct(part, s.num('C6')))}")
        v = s.num("I8")
        typed = digit_typo(v, -3)
        c.err(s, "I8", typed, "digit", f"{vi_int(typed)} typed for {vi_int(v)}: more participants than the "
              f"{vi_int(s.num('H8'))} members, the share J8 is of {vi_int(v)} and Toàn huyện I11 fails")
    return two_panel_study("t14-hoc-tap-hai-panel-loi",
                           "Same shape as t13 (Cư M'gar, 15 units): one share computed on the Toàn huyện total instead "
                           "of the unit's members, and one participant count mistyped in the right panel.",
                           1414, CU_MGAR, plant)


# ================================================================== t15 / t16
def split_sheets(cid, about, seed, units, plant=None):
    c = Case(cid, "split-across-two-sheets", about)
    s1 = c.sheet("Biểu 3a")
    s2 = c.sheet("Biểu 3b")
    R = random.Random(seed)
    title(s1, 0, "ĐẢNG VIÊN CỦA CÁC TỔ CHỨC CƠ SỞ ĐẢNG ĐẾN 31/12/2024 (phần 1: tình trạng đảng tịch)", 6)
    title(s2, 0, "ĐẢNG VIÊN CỦA CÁC TỔ CHỨC CƠ SỞ ĐẢNG ĐẾN 31/12/2024 (phần 2: tuổi đời)", 8)
    s1.row(2, ["STT", "Tổ chức cơ sở đảng", "Tổng số đảng viên", "Chia ra", None, "Ghi chú"])
    s1.row(3, [None, None, None, "Chính thức", "Dự bị", None])
    s1.merge("A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:F4")
    s2.row(2, ["STT", "Tổ chức cơ sở đảng", "Tổng số đảng viên", "Chia theo tuổi đời"])
    s2.row(3, [None, None, None, "18 - 30", "31 - 40", "41 - 50", "51 - 60", "Trên 60"])
    s2.merge("A3:A4", "B3:B4", "C3:C4", "D3:H3")
    r0 = 4
    s1.row(r0, [None, "Tổng số"])
    s2.row(r0, [None, "Tổng số"])
    for i, u in enumerate(units):
        r = r0 + 1 + i
        n = R.randint(120, 520)
        db = R.randint(2, 16)
        s1.row(r, [i + 1, u, None, n - db, db])
        c.total(s1, f"C{r + 1}", [f"D{r + 1}", f"E{r + 1}"])
        w = [R.uniform(.10, .2), R.uniform(.2, .3), R.uniform(.18, .26), R.uniform(.14, .2), R.uniform(.1, .2)]
        parts = [int(n * x / sum(w)) for x in w]
        parts[1] += n - sum(parts)
        s2.row(r, [i + 1, u, None] + parts)
        c.same(s1, f"C{r + 1}", s2, f"C{r + 1}")
        c.total(s2, f"C{r + 1}", [f"{col}{r + 1}" for col in "DEFGH"])   # same figure: the age bands add to it
    last = r0 + len(units)
    for col in "DE":
        c.total(s1, f"{col}{r0 + 1}", [f"{col}{r + 1}" for r in range(r0 + 1, last + 1)])
    c.total(s1, f"C{r0 + 1}", ["D5", "E5"])
    c.total(s1, f"C{r0 + 1}", [f"C{r + 1}" for r in range(r0 + 1, last + 1)])
    for col in "DEFGH":
        c.total(s2, f"{col}{r0 + 1}", [f"{col}{r + 1}" for r in range(r0 + 1, last + 1)])
    c.total(s2, f"C{r0 + 1}", [f"{col}{r0 + 1}" for col in "DEFGH"])
    c.eq(s1, "C5", s2, "C5")
    s1.text(f"F{r0 + 3}", "Thành lập mới 2024")
    s2.row(last + 2, [None, "(Tiếp theo Biểu 3a, cùng thứ tự đơn vị)"])
    c.table(s1, f"A3:F{last + 1}")
    c.table(s2, f"A3:H{last + 1}")
    if plant:
        plant(c, s1, s2)
    return c


@case
def t15():
    return split_sheets("t15-bieu3-tach-hai-sheet",
                        "One table split over two sheets with the same rows: sheet 3a has Tổng số = Chính thức + Dự bị, "
                        "sheet 3b repeats Tổng số and breaks it down by age band; Tổng số first on both. Clean.",
                        1515, BAO_LOC)


@case
def t16():
    def plant(c, s1, s2):
        v = s2.num("C9")
        typed = transpose(v, -3)
        c.err(s2, "C9", typed, "cross", f"{vi_int(typed)} on Biểu 3b against {vi_int(v)} for the same unit on Biểu 3a; "
              f"the age bands of 3b add to {vi_int(v)}")
        v = s2.num("G12")
        typed = transpose(v, -2)
        c.err(s2, "G12", typed, "transposition", f"{vi_int(typed)} typed for {vi_int(v)}: the age bands of row 12 "
              f"no longer add to {vi_int(s2.num('C12'))} and the Tổng số of the column fails")
    return split_sheets("t16-bieu3-tach-hai-sheet-lech",
                        "Same shape as t15 (Thạch Hà, 12 units): the repeated total of one unit differs between the two "
                        "sheets (digits swapped on 3b), and an age band of another unit has two digits swapped.",
                        1616, THACH_HA[:12], plant)


# ================================================================== t17
def _put_dash(s, ref, x):
    if x == 0:
        s.text(ref, "-")
    else:
        s.put(ref, x)


@case
def t17():
    c = Case("t17-tong-hop-lech-chi-tiet", "summary-restated-cross",
             "A 'Tổng hợp' sheet (first in the workbook) restates the totals of a 'Chi tiết' sheet by sector "
             "(khối); the female members figure on the summary has a digit wrong, so it no longer matches the detail "
             "sheet and its own share; another share on the summary is truncated.")
    s1 = c.sheet("Tổng hợp")
    s2 = c.sheet("Chi tiết")
    R = random.Random(1717)
    title(s2, 0, "TỔ CHỨC ĐẢNG, ĐẢNG VIÊN THEO KHỐI (ĐẾN 31/12/2024)", 9)
    s2.row(1, [None] * 7 + ["ĐVT: tổ chức, người"])
    s2.row(2, ["STT", "Khối", "Đảng bộ cơ sở", "Chi bộ cơ sở", "Chi bộ trực thuộc", "Tổng số đảng viên",
               "Trong đó", None, "Kết nạp năm 2024"])
    s2.row(3, [None] * 6 + ["Nữ", "Dự bị", None])
    s2.merge("A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:H3", "I3:I4")
    khoi = [("Khối xã, thị trấn", 13, 0), ("Khối cơ quan Đảng, MTTQ, đoàn thể", 1, 4), ("Khối chính quyền", 2, 9),
            ("Khối giáo dục", 0, 14), ("Khối doanh nghiệp", 1, 6), ("Khối lực lượng vũ trang", 2, 0)]
    for i, (k, db, cb) in enumerate(khoi):
        r = 4 + i
        n = R.randint(2600, 3400) if i == 0 else R.randint(120, 520)
        s2.row(r, [i + 1, k])
        _put_dash(s2, f"C{r + 1}", db)
        _put_dash(s2, f"D{r + 1}", cb)
        s2.row(r, [R.randint(150, 190) if i == 0 else R.randint(3, 30), n, int(n * R.uniform(.25, .5)),
                   R.randint(4, 40) if i == 0 else R.randint(0, 6), R.randint(90, 140) if i == 0 else R.randint(3, 18)], 4)
    last = 4 + len(khoi)
    s2.row(last, [None, "Tổng cộng"])
    for col in "CDEFGHI":
        c.total(s2, f"{col}{last + 1}", [f"{col}{r + 1}" for r in range(4, last)])
    c.table(s2, f"A3:I{last + 1}")
    title(s1, 0, "MỘT SỐ CHỈ TIÊU TỔNG HỢP VỀ TỔ CHỨC ĐẢNG, ĐẢNG VIÊN NĂM 2024", 5)
    s1.row(2, ["STT", "Chỉ tiêu", "Đơn vị tính", "Số lượng", "Tỷ lệ (%)"])
    s1.row(3, ["1", "Tổng số tổ chức cơ sở đảng", "tổ chức"])
    s1.row(4, [None, "Gồm: - Đảng bộ cơ sở", "tổ chức"])
    s1.row(5, [None, "- Chi bộ cơ sở", "tổ chức"])
    s1.row(6, ["2", "Tổng số đảng viên", "người"])
    s1.row(7, [None, "Trong đó: - Đảng viên nữ", "người"])
    s1.row(8, [None, "- Đảng viên dự bị", "người"])
    s1.row(9, ["3", "Kết nạp đảng viên trong năm", "người"])
    L = last + 1
    c.same(s2, f"C{L}", s1, "D5")
    c.same(s2, f"D{L}", s1, "D6")
    c.total(s1, "D4", ["D5", "D6"])
    for src, dst in (("F", "D7"), ("G", "D8"), ("H", "D9"), ("I", "D10")):
        c.same(s2, f"{src}{L}", s1, dst)
    for ref in ("E8", "E9"):
        c.share(s1, ref, "D" + ref[1:], "D7")
    c.share(s1, "E5", "D5", "D4")
    c.share(s1, "E6", "D6", "D4")
    s1.row(11, [None, "(Số liệu chi tiết tại sheet \"Chi tiết\")"])
    c.table(s1, "A3:E10")
    v = s1.num("D8")
    typed = digit_typo(v, -2)
    c.err(s1, "D8", typed, "cross", f"{vi_int(typed)} female members on 'Tổng hợp' against {vi_int(v)} in the Tổng "
          f"cộng of 'Chi tiết' (G{L}); the share E8 = {vi_num(s1.num('E8'))} is of {vi_int(v)}")
    for ref in ("E9", "E5", "E6"):
        ex = rule_exact(s1, [r for r in c.rules if r[0] == "share" and r[2] == ref][0])
        if cut(ex) != rnd(ex):
            c.warn(s1, ref, "truncation")
            break
    else:
        raise AssertionError("t17: no share to truncate")
    return c


# ================================================================== t18 / t19
def appendix_sheet(cid, about, seed, plant=None):
    c = Case(cid, "several-tables-prose", about)
    s = c.sheet("Phụ lục số liệu")
    R = random.Random(seed)
    s.row(0, ["PHỤ LỤC SỐ LIỆU"])
    s.row(1, ["(Kèm theo Báo cáo tổng kết công tác xây dựng Đảng năm 2024)"])
    s.row(3, ["1. Tổ chức cơ sở đảng"])
    db23, cb23 = R.randint(24, 30), R.randint(18, 26)
    db24, cb24 = db23 - R.randint(1, 3), cb23 + R.randint(1, 2)
    s.row(4, [f"Sau sắp xếp, sáp nhập các xã, toàn Đảng bộ còn {db24 + cb24} tổ chức cơ sở đảng, cụ thể:"])
    s.row(5, ["Loại hình", "Năm 2023", "Năm 2024"])
    c.label(s, "D6", "Tăng (+), giảm (-) so với năm 2023")
    s.row(6, ["Đảng bộ cơ sở", db23, db24])
    s.row(7, ["Chi bộ cơ sở", cb23, cb24])
    s.row(8, ["Cộng"])
    for col in "BC":
        c.total(s, f"{col}9", [f"{col}7", f"{col}8"])
    for r in (7, 8, 9):
        c.diff(s, f"D{r}", f"C{r}", f"B{r}")
    c.table(s, "A6:D9")
    s.row(10, ["2. Kết nạp đảng viên"])
    s.row(11, ["Năm 2024 kết nạp được đảng viên mới, đạt chỉ tiêu Nghị quyết đề ra; chất lượng đảng viên mới được nâng lên."])
    s.row(12, ["Đối tượng", "Số lượng", "Tỷ lệ (%)"])
    n = R.randint(140, 230)
    s.row(13, ["Tổng số đảng viên kết nạp", n, None])
    subs = [("Trong đó: - Nữ", int(n * R.uniform(.4, .6))), ("- Đoàn viên thanh niên", int(n * R.uniform(.55, .75))),
            ("- Dân tộc thiểu số", R.randint(1, 6)), ("- Người theo tôn giáo", R.randint(2, 9)),
            ("- Chủ doanh nghiệp tư nhân", R.randint(0, 2))]
    for i, (lab, x) in enumerate(subs):
        s.row(14 + i, [lab, x])
        c.le(s, f"B{15 + i}", "B14")
    s.text("C14", "100")
    for i in range(len(subs)):
        c.share(s, f"C{15 + i}", f"B{15 + i}", "B14", 2, "t")
    c.table(s, f"A13:C{14 + len(subs)}")
    r = 14 + len(subs) + 1
    s.row(r, ["3. Thi hành kỷ luật đảng viên"])
    s.row(r + 1, ["Hình thức kỷ luật", "Năm 2023", "Năm 2024", "Ghi chú"])
    forms = [("Khiển trách", R.randint(14, 40), R.randint(12, 38)), ("Cảnh cáo", R.randint(6, 20), R.randint(5, 19)),
             ("Cách chức", R.randint(0, 3), R.randint(0, 3)), ("Khai trừ", R.randint(2, 9), R.randint(2, 9))]
    for i, (lab, a, b) in enumerate(forms):
        s.row(r + 2 + i, [lab, a, b])
    s.row(r + 6, ["Cộng"])
    for col in "BC":
        c.total(s, f"{col}{r + 7}", [f"{col}{r + 3 + i}" for i in range(4)])
    s.text(f"D{r + 5}", "Cán bộ diện BTV quản lý")
    c.table(s, f"A{r + 2}:D{r + 7}")
    s.row(r + 8, ["Nhìn chung, số vụ vi phạm phải xử lý kỷ luật có chiều hướng giảm so với năm trước."])
    if plant:
        plant(c, s, r)
    return c


@case
def t18():
    return appendix_sheet("t18-ba-bang-mot-sheet-van-ban",
                          "An appendix sheet with three small tables between paragraphs: organisations 2023/2024 with a "
                          "Tăng/giảm column, admissions with overlapping 'Trong đó' rows and shares typed as text of the "
                          "total (the total row's % cell says '100'), and discipline by form with Cộng. Clean.", 1818)


@case
def t19():
    def plant(c, s, r):
        c.bad_label(s, "D6", "Tăng (+), giảm (-) so với năm 2022",
                    "the column is 2024 minus 2023 (the two columns beside it); the header names 2022")
        ref = f"B{r + 3}"
        v = s.num(ref)
        typed = transpose(v, -2)
        c.err(s, ref, typed, "transposition", f"Khiển trách 2023 typed {vi_int(typed)} for {vi_int(v)}: the Cộng "
              f"B{r + 7} = {vi_int(s.num(f'B{r + 7}'))} is the sum with {vi_int(v)}")
    return appendix_sheet("t19-ba-bang-mot-sheet-loi",
                          "Same appendix shape as t18, other figures: the difference header names the wrong year and a "
                          "discipline count in the third table has two digits swapped.", 1919, plant)


# ================================================================== t20 / t21  Biểu 1-BTCTW
def bieu1(cid, about, seed, org, plant=None):
    c = Case(cid, "official-bieu1-p1", about)
    s = c.sheet("Biểu 1")
    R = random.Random(seed)
    s.row(0, [f"HUYỆN ỦY {org.upper()}", None, None, "Biểu số 1-BTCTW"])
    s.row(1, ["BAN TỔ CHỨC"])
    title(s, 3, "THỐNG KÊ TĂNG, GIẢM ĐẢNG VIÊN NĂM 2024", 4)
    s.row(4, [None, None, None, "Đvt: Người"])
    s.row(5, ["Tiêu chí", "Thực hiện", None, "(%) kỳ này so với cùng kỳ năm trước"])
    s.row(6, [None, "Kỳ này", "Cùng kỳ năm trước", None])
    s.row(7, ["1", "2", "3", "4(=2*100/3)"])
    s.merge("A6:A7", "B6:C6", "D6:D7")
    labels = ["A - Tổng số đảng viên cuối kỳ trước chuyển sang", "B - Đảng viên tăng trong kỳ", "1. Kết nạp",
              "2. Chuyển đến", "a. Tỉnh khác chuyển đến", "b. Huyện khác trong tỉnh chuyển đến",
              "3. Phục hồi đảng tịch", "C - Đảng viên giảm trong kỳ", "1. Từ trần", "2. Khai trừ", "3. Xóa tên",
              "Trong đó: Đảng viên dự bị", "4. Xin ra khỏi Đảng", "5. Chuyển đi", "a. Chuyển đi tỉnh khác",
              "b. Chuyển đi huyện khác trong tỉnh", "D - Đảng viên trong danh sách cuối kỳ báo cáo"]
    r0 = 8
    for i, lab in enumerate(labels):
        s.row(r0 + i, [lab])
    R_ = lambda i: r0 + i + 1     # Excel row of label i
    a23 = R.randint(4300, 5600)
    for col, a in (("C", a23), ("B", None)):
        s.put(f"{col}{R_(2)}", R.randint(120, 210))
        s.put(f"{col}{R_(4)}", R.randint(8, 30))
        s.put(f"{col}{R_(5)}", R.randint(15, 45))
        _put_dash(s, f"{col}{R_(6)}", R.choice([0, 0, 1]))
        s.put(f"{col}{R_(8)}", R.randint(30, 70))
        _put_dash(s, f"{col}{R_(9)}", R.randint(0, 4))
        s.put(f"{col}{R_(10)}", R.randint(6, 22))
        s.put(f"{col}{R_(11)}", R.randint(1, 5))
        _put_dash(s, f"{col}{R_(12)}", R.choice([0, 1, 0]))
        s.put(f"{col}{R_(14)}", R.randint(10, 30))
        s.put(f"{col}{R_(15)}", R.randint(12, 40))
        c.total(s, f"{col}{R_(3)}", [f"{col}{R_(4)}", f"{col}{R_(5)}"])
        c.total(s, f"{col}{R_(1)}", [f"{col}{R_(2)}", f"{col}{R_(3)}", f"{col}{R_(6)}"])
        c.total(s, f"{col}{R_(13)}", [f"{col}{R_(14)}", f"{col}{R_(15)}"])
        c.total(s, f"{col}{R_(7)}", [f"{col}{R_(k)}" for k in (8, 9, 10, 12, 13)])
        c.le(s, f"{col}{R_(11)}", f"{col}{R_(10)}")
        if a is not None:
            s.put(f"{col}{R_(0)}", a)
        else:
            c.same(s, f"C{R_(16)}", s, f"B{R_(0)}")    # A this year = D of last year
        c.lin(s, f"{col}{R_(16)}", [f"{col}{R_(0)}", f"{col}{R_(1)}", (-1, f"{col}{R_(7)}")])
    for i in range(len(labels)):
        r = R_(i)
        if not s.num(f"C{r}"):
            s.text(f"D{r}", "-")
        else:
            c.ratio(s, f"D{r}", f"B{r}", f"C{r}")
    last = R_(len(labels) - 1)
    c.table(s, f"A6:D{last}")
    s.row(last + 1, [None, None, f"{org}, ngày 10 tháng 01 năm 2025"])
    s.row(last + 2, ["NGƯỜI LẬP BIỂU", None, "TRƯỞNG BAN"])
    s.row(last + 3, ["(Ký, ghi rõ họ và tên; số điện thoại)", None, "(Ký, đóng dấu, ghi rõ họ và tên)"])
    if plant:
        plant(c, s, R_)
    return c


@case
def t20():
    return bieu1("t20-bieu1-btctw-yen-lap",
                 "Biểu 1-BTCTW filled by a district: A/B/C/D blocks with numbered and lettered items, 'Trong đó: dự bị' "
                 "under Xóa tên, P1 columns Kỳ này | Cùng kỳ năm trước | 4(=2*100/3); D = A + B − C in both columns and "
                 "A of this year = D of last year; '-' for zero. Clean.", 2020, "Yên Lập")


@case
def t21():
    def plant(c, s, R_):
        ref = f"B{R_(7)}"
        v = s.num(ref)
        left = v - s.num(f"B{R_(13)}")
        c.err(s, ref, left, "other", f"C written {vi_int(left)}: it leaves out item 5 Chuyển đi "
              f"({vi_int(s.num(f'B{R_(13)}'))}); 1+2+3+4+5 = {vi_int(v)} and D = A + B − C needs {vi_int(v)}")
        for i in (2, 5, 8, 14, 15, 10):
            ref = f"D{R_(i)}"
            ex = rule_exact(s, [r for r in c.rules if r[0] == "ratio" and r[2] == ref][0])
            if cut(ex) != rnd(ex):
                c.warn(s, ref, "truncation")
                break
    return bieu1("t21-bieu1-btctw-c-thieu",
                 "Biểu 1-BTCTW of another district (Tam Nông): block C of Kỳ này leaves out the transfers out, so C "
                 "fails its items and D = A + B − C; one index in column 4 cut instead of rounded.", 2121, "Tam Nông",
                 plant)


# ================================================================== t22  Biểu 5-BTCTW
@case
def t22():
    c = Case("t22-bieu5-loai-hinh-loi", "official-bieu5",
             "Biểu 5-BTCTW filled by a district: 3-row header with 'Chia ra' groups, column numbers '2 (=3+4)', "
             "items 1-11 with a)/b)/c) and '-' sub-items, 'Trong đó: DN 100% vốn nước ngoài', blanks for zero, "
             "'Cộng (1+….+11)' last. Two digits of a member count swapped, and a Chi bộ cơ sở count mistyped "
             "(its row's 2 = 3 + 4 and its block both fail).")
    s = c.sheet("Biểu 5")
    R = random.Random(2222)
    s.row(0, ["HUYỆN ỦY THẠCH HÀ", None, None, None, None, "Biểu số 5-BTCTW"])
    title(s, 2, "THỐNG KÊ TỔ CHỨC ĐẢNG VÀ ĐẢNG VIÊN TRONG CÁC LOẠI HÌNH CƠ SỞ NĂM 2024", 7)
    s.row(3, [None, None, None, None, None, None, "Đvt: Tổ chức, người"])
    s.row(4, ["Loại hình tổ chức cơ sở đảng", "Số tổ chức cơ sở đảng", None, None,
              "Tổ chức đảng trực thuộc Đảng bộ cơ sở", None, "Tổng số đảng viên"])
    s.row(5, [None, "Tổng số", "Chia ra", None, "Chia ra", None, None])
    s.row(6, [None, None, "Đảng bộ cơ sở", "Chi bộ cơ sở", "Đảng bộ bộ phận", "Chi bộ trực thuộc", None])
    s.row(7, ["1", "2 (=3+4)", "3", "4", "5", "6", "7"])
    s.merge("A5:A7", "B5:D5", "B6:B7", "C6:D6", "E5:F5", "E6:F6", "G5:G7")
    # label, leaf data (dbcs, cbcs, dbbp, cbtt, dv) or None for aggregate
    rows = [
        ("1. Xã", (21, 0, 4, 398, 7250)),
        ("2. Phường", None),
        ("3. Thị trấn", (1, 0, 0, 22, 612)),
        ("4. Cơ quan Đảng, MTTQ, đoàn thể chính trị - xã hội", (0, 6, 0, 0, 0)),
        ("5. Cơ quan Nhà nước", (1, 14, 0, 9, 0)),
        ("6. Đơn vị sự nghiệp, gồm:", "agg"),
        ("a) Công lập", (2, 31, 0, 12, 0)),
        ("b) Ngoài công lập", (0, 1, 0, 0, 0)),
        ("7. Quân đội", (1, 0, 0, 5, 0)),
        ("8. Công an", (1, 0, 0, 6, 0)),
        ("9. Doanh nghiệp và hợp tác xã", "agg"),
        ("a) Doanh nghiệp có vốn Nhà nước", "agg"),
        ("- Nhà nước nắm giữ 100% vốn điều lệ", (0, 1, 0, 0, 0)),
        ("- Nhà nước nắm giữ từ 50% vốn điều lệ trở lên", None),
        ("- Nhà nước nắm giữ dưới 50% vốn điều lệ", (0, 1, 0, 0, 0)),
        ("b) Doanh nghiệp ngoài khu vực Nhà nước", "agg"),
        ("- Công ty cổ phần", (0, 3, 0, 0, 0)),
        ("- Doanh nghiệp tư nhân", (0, 2, 0, 0, 0)),
        ("- Công ty trách nhiệm hữu hạn", (0, 4, 0, 0, 0)),
        ("- Công ty hợp danh", None),
        ("- Doanh nghiệp có vốn nước ngoài", (0, 1, 0, 0, 0)),
        ("Trong đó: Doanh nghiệp 100% vốn nước ngoài", (0, 1, 0, 0, 0)),
        ("c) Hợp tác xã", (0, 2, 0, 0, 0)),
        ("10. Tổ chức cơ sở đảng ở ngoài nước", None),
        ("11. Loại hình cơ sở khác", (0, 1, 0, 0, 0)),
        ("Cộng (1+….+11)", "agg"),
    ]
    r0 = 8
    idx = {lab: r0 + i + 1 for i, (lab, _) in enumerate(rows)}
    for i, (lab, d) in enumerate(rows):
        r = r0 + i
        s.row(r, [lab])
        if isinstance(d, tuple):
            db, cb, bp, tt, dv = d
            if dv == 0:     # members of a CBCS: about 8-40
                dv = R.randint(9, 38) * max(1, cb) + (R.randint(150, 420) if db else 0) * db
            for col, x in zip("CDEFG", (db, cb, bp, tt, dv)):
                if x:
                    s.put(f"{col}{r + 1}", x)
    kids = {
        "6. Đơn vị sự nghiệp, gồm:": ["a) Công lập", "b) Ngoài công lập"],
        "a) Doanh nghiệp có vốn Nhà nước": ["- Nhà nước nắm giữ 100% vốn điều lệ",
                                            "- Nhà nước nắm giữ từ 50% vốn điều lệ trở lên",
                                            "- Nhà nước nắm giữ dưới 50% vốn điều lệ"],
        "b) Doanh nghiệp ngoài khu vực Nhà nước": ["- Công ty cổ phần", "- Doanh nghiệp tư nhân",
                                                   "- Công ty trách nhiệm hữu hạn", "- Công ty hợp danh",
                                                   "- Doanh nghiệp có vốn nước ngoài"],
        "9. Doanh nghiệp và hợp tác xã": ["a) Doanh nghiệp có vốn Nhà nước", "b) Doanh nghiệp ngoài khu vực Nhà nước",
                                          "c) Hợp tác xã"],
        "Cộng (1+….+11)": [lab for lab, _ in rows if re.match(r"\d+\. ", lab)],
    }
    for parent in kids:
        for col in "CDEFG":
            c.total(s, f"{col}{idx[parent]}", [f"{col}{idx[k]}" for k in kids[parent]])
    for lab, d in rows:
        r = idx[lab]
        if s.num(f"C{r}") or s.num(f"D{r}"):
            c.total(s, f"B{r}", [f"C{r}", f"D{r}"])
    for col in "CDG":
        c.le(s, f"{col}{idx['Trong đó: Doanh nghiệp 100% vốn nước ngoài']}",
             f"{col}{idx['- Doanh nghiệp có vốn nước ngoài']}")
    last = idx["Cộng (1+….+11)"]
    c.table(s, f"A5:G{last}")
    s.row(last + 1, ["* Loại hình cơ sở khác: Hội Chữ thập đỏ, Hội Người cao tuổi..."])
    s.row(last + 3, ["NGƯỜI LẬP BIỂU", None, None, None, "TRƯỞNG BAN"])
    ref = f"G{idx['5. Cơ quan Nhà nước']}"
    v = s.num(ref)
    typed = transpose(v, -2)
    c.err(s, ref, typed, "transposition", f"{vi_int(typed)} typed for {vi_int(v)}: Cộng of column 7 "
          f"({vi_int(s.num(f'G{last}'))}) is the sum with {vi_int(v)}")
    ref = f"D{idx['- Công ty trách nhiệm hữu hạn']}"
    v = s.num(ref)
    blk = s.num(f"D{idx['b) Doanh nghiệp ngoài khu vực Nhà nước']}")
    c.err(s, ref, v + 3, "digit", f"{v + 3} typed for {v}: the row's Tổng số (column 2) is "
          f"{vi_int(s.num(ref.replace('D', 'B')))} and block b) ({vi_int(blk)}) adds up with {v}")
    return c


# ================================================================== t23  Biểu 7-BTCTW
@case
def t23():
    c = Case("t23-bieu7-nghiep-vu-huy-hieu", "official-bieu7-p1",
             "Biểu 7-BTCTW (khen thưởng, huy hiệu, thẻ đảng, chuyển sinh hoạt) with P1 columns; four roman sibling "
             "blocks, 'chia ra' dashes, badge classes summing to block II. One badge class has a digit wrong: "
             "block II and the row's index both disagree with it.")
    s = c.sheet("Biểu 7")
    R = random.Random(2323)
    s.row(0, ["ĐẢNG BỘ HUYỆN CƯ M'GAR", None, None, "Biểu số 7-BTCTW"])
    title(s, 1, "THỐNG KÊ VỀ NGHIỆP VỤ CÔNG TÁC ĐẢNG VIÊN NĂM 2024", 4)
    s.row(3, ["Tiêu chí", "Thực hiện", None, "(%) kỳ này so với cùng kỳ năm trước"])
    s.row(4, [None, "Kỳ này", "Cùng kỳ năm trước", None])
    s.row(5, ["1", "2", "3", "4(=2*100/3)"])
    s.merge("A4:A5", "B4:C4", "D4:D5")
    L = ["I. Khen thưởng tổ chức đảng và đảng viên trong năm",
         "1. Số tổ chức cơ sở đảng được khen, chia ra:", "- Tặng bằng khen", "- Tặng giấy khen",
         "2. Số đảng viên được khen, chia ra:", "- Bằng khen", "- Giấy khen",
         "II. Tặng huy hiệu Đảng trong năm", "- Huy hiệu 30 năm tuổi Đảng", "- Huy hiệu 40 năm tuổi Đảng",
         "- Huy hiệu 45 năm tuổi Đảng", "- Huy hiệu 50 năm tuổi Đảng", "- Huy hiệu 55 năm tuổi Đảng",
         "- Huy hiệu 60 năm tuổi Đảng", "- Huy hiệu 65 năm tuổi Đảng", "- Huy hiệu 70 năm tuổi Đảng",
         "- Huy hiệu 75 năm tuổi Đảng",
         "III. Phát thẻ đảng viên trong năm", "1. Phát thẻ cho đảng viên chính thức", "2. Cấp lại thẻ do mất",
         "3. Đổi lại thẻ do hỏng",
         "IV. Giới thiệu sinh hoạt đảng trong năm", "1. Số lượt chuyển sinh hoạt tạm thời:",
         "- Giới thiệu chuyển đi", "- Tiếp nhận chuyển đến", "2. Số lượt chuyển sinh hoạt chính thức:",
         "- Giới thiệu chuyển đi", "- Tiếp nhận chuyển đến"]
    r0 = 6
    X = {lab: r0 + i + 1 for i, lab in enumerate(L)}
    for i, lab in enumerate(L):
        s.row(r0 + i, [lab])
    leaf = {2: (2, 9), 3: (8, 24), 5: (3, 14), 6: (40, 110), 8: (60, 140), 9: (30, 80), 10: (20, 60),
            11: (15, 45), 12: (8, 30), 13: (5, 20), 14: (1, 9), 15: (0, 4), 16: (0, 2), 18: (110, 190),
            19: (0, 6), 20: (0, 5), 23: (40, 120), 24: (30, 100), 26: (30, 70), 27: (25, 60)}
    for col in "BC":
        for i, (lo, hi) in leaf.items():
            x = R.randint(lo, hi)
            if x:
                s.put(f"{col}{r0 + i + 1}", x)
            else:
                s.text(f"{col}{r0 + i + 1}", "-")
        for par, kid in ((1, [2, 3]), (4, [5, 6]), (7, list(range(8, 17))), (17, [18, 19, 20]), (22, [23, 24]),
                         (25, [26, 27])):
            c.total(s, f"{col}{r0 + par + 1}", [f"{col}{r0 + k + 1}" for k in kid])
    for i in range(len(L)):
        r = r0 + i + 1
        if s.num(f"C{r}"):
            c.ratio(s, f"D{r}", f"B{r}", f"C{r}")
        elif s.num(f"B{r}") is not None:
            s.text(f"D{r}", "-")
    last = r0 + len(L)
    c.table(s, f"A4:D{last}")
    s.row(last + 1, ["Ghi chú: khối I, II, III, IV độc lập, không cộng với nhau."])
    ref = f"B{X['- Huy hiệu 40 năm tuổi Đảng']}"
    v = s.num(ref)
    typed = digit_typo(v, -1)
    c.err(s, ref, typed, "digit", f"{vi_int(typed)} typed for {vi_int(v)}: block II "
          f"({vi_int(s.num(f'B{X[L[7]]}'))}) adds up with {vi_int(v)}, and the index of the row is of {vi_int(v)}")
    return c


# ================================================================== t24  Biểu 10-BTCTW
@case
def t24():
    c = Case("t24-bieu10-dao-tao-loi", "official-bieu10-columns",
             "Biểu 10-BTCTW: 3-row header, column numbers '3=4+6+8' and '9=10+11', 'Trong đó' columns of leaders "
             "inside each level, '+' rows under '-' rows; a cấp huyện count mistyped (its row's column 3 and its '-' "
             "parent both fail) and two digits of a class count swapped (9 = 10 + 11 and block II fail).")
    s = c.sheet("Biểu 10")
    R = random.Random(2424)
    s.row(0, ["HUYỆN ỦY BẢO LÂM", None, None, None, None, None, None, None, None, None, "Biểu số 10-BTCTW"])
    title(s, 1, "THỐNG KÊ KẾT QUẢ ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ NĂM 2024", 11)
    s.row(2, [None] * 10 + ["Đvt: Người"])
    s.row(3, ["TT", "Chương trình, hình thức đào tạo, bồi dưỡng", "Cán bộ được đào tạo, bồi dưỡng", None, None, None,
              None, None, "Số lớp", None, None])
    s.row(4, [None, None, "Tổng số", "Cấp tỉnh", None, "Cấp huyện", None, "Cấp xã", "Tổng số lớp",
              "Cấp ủy cấp tỉnh mở", "Cấp ủy cấp huyện mở"])
    s.row(5, [None, None, None, "Tổng số", "Trong đó: số cán bộ lãnh đạo, quản lý", "Tổng số",
              "Trong đó: số cán bộ lãnh đạo, quản lý", None, None, None, None])
    s.row(6, ["1", "2", "3=4+6+8", "4", "5", "6", "7", "8", "9=10+11", "10", "11"])
    s.merge("A4:A6", "B4:B6", "C4:H4", "I4:K4", "C5:C6", "D5:E5", "F5:G5", "H5:H6", "I5:I6", "J5:J6", "K5:K6")
    rows = [("I", "Đào tạo"), ("1", "Đào tạo chuyên môn"), ("-", "Đại học"), ("+", "Trong nước"),
            ("+", "Liên kết"), ("-", "Thạc sỹ"), ("+", "Trong nước"), ("+", "Ngoài nước"),
            ("2", "Đào tạo lý luận chính trị"), ("-", "Trung cấp lý luận chính trị"), ("+", "Hệ tập trung"),
            ("+", "Hệ không tập trung"), ("-", "Cao cấp lý luận chính trị"), ("+", "Hệ không tập trung"),
            ("II", "Bồi dưỡng"), ("1", "Bồi dưỡng nghiệp vụ công tác xây dựng Đảng"),
            ("2", "Bồi dưỡng nghiệp vụ công tác đoàn thể"), ("3", "Bồi dưỡng kiến thức quản lý nhà nước"),
            ("4", "Bồi dưỡng tin học"), ("5", "Cập nhật kiến thức mới"),
            ("6", "Bồi dưỡng kiến thức quốc phòng - an ninh")]
    r0 = 7
    for i, (tt, lab) in enumerate(rows):
        s.row(r0 + i, [tt, lab])
    E = lambda i: r0 + i + 1
    leaves = [3, 4, 6, 7, 10, 11, 13, 15, 16, 17, 18, 19, 20]
    for i in leaves:
        big = i >= 15
        t = R.randint(0, 3) if not big else R.randint(2, 15)
        h = R.randint(3, 18) if not big else R.randint(25, 90)
        x = R.randint(0, 12) if not big else R.randint(60, 240)
        for col, v in zip("DFH", (t, h, x)):
            s.put(f"{col}{E(i)}", v)
        s.put(f"E{E(i)}", min(t, R.randint(0, 2)))
        s.put(f"G{E(i)}", min(h, R.randint(1, 8)))
        if big:
            s.put(f"J{E(i)}", R.randint(0, 2))
            s.put(f"K{E(i)}", R.randint(1, 6))
        else:
            s.put(f"J{E(i)}", 0)
            s.put(f"K{E(i)}", R.randint(0, 1) if i in (10, 11) else 0)
    for par, kid in ((2, [3, 4]), (5, [6, 7]), (9, [10, 11]), (12, [13]), (1, [2, 5]), (8, [9, 12]), (0, [1, 8]),
                     (14, [15, 16, 17, 18, 19, 20])):
        for col in "DEFGHJK":
            c.total(s, f"{col}{E(par)}", [f"{col}{E(k)}" for k in kid])
    for i in range(len(rows)):
        c.total(s, f"C{E(i)}", [f"D{E(i)}", f"F{E(i)}", f"H{E(i)}"])
        c.total(s, f"I{E(i)}", [f"J{E(i)}", f"K{E(i)}"])
        c.le(s, f"E{E(i)}", f"D{E(i)}")
        c.le(s, f"G{E(i)}", f"F{E(i)}")
    for col in "CDEFGHIJK":
        c.total(s, f"{col}{E(0)}", [f"{col}{E(1)}", f"{col}{E(8)}"])
    last = E(len(rows) - 1)
    c.table(s, f"A4:K{last}")
    s.row(last + 1, ["NGƯỜI LẬP BIỂU", None, None, None, None, None, None, "TRƯỞNG BAN"])
    ref = f"F{E(10)}"
    v = s.num(ref)
    c.err(s, ref, digit_typo(v, -1), "digit",
          f"{digit_typo(v, -1)} typed for {v}: column 3 of the row ({s.num(f'C{E(10)}')}) and the Trung cấp row "
          f"above ({s.num(f'F{E(9)}')}) both hold with {v}")
    for i in (19, 18, 20, 15):
        ref = f"K{E(i)}"
        v = s.num(ref)
        if v >= 10 and str(int(v))[0] != str(int(v))[1]:
            break
    else:
        ref, v = f"H{E(19)}", s.num(f"H{E(19)}")
    typed = transpose(v, -2)
    c.err(s, ref, typed, "transposition", f"{vi_int(typed)} typed for {vi_int(v)}: the row's total "
          f"({vi_int(s.num(ref[0].replace(ref[0], 'I' if ref[0] == 'K' else 'C') + ref[1:]))}) and block II both hold with {vi_int(v)}")
    return c


# ================================================================== t25  Biểu 8B-BTCTW
@case
def t25():
    c = Case("t25-bieu8b-cot-long-nhau", "official-bieu8b-nested-columns",
             "Biểu 8B-BTCTW: nested column totals written in the column-number row (3 (=4+8), 4 (=5+6+7), "
             "8 (=9+10+11)), a 3-row header, overlapping 'Cơ cấu' subsets, age bands adding to Tổng số, a "
             "'Tuổi bình quân' row of averages (never summed, across or down) and partial blocks. Clean.")
    s = c.sheet("Biểu 8B")
    R = random.Random(2525)
    s.row(0, ["TỈNH ỦY LÂM ĐỒNG", None, None, None, None, None, None, None, None, None, "Biểu số 8B-BTCTW"])
    title(s, 1, "THỐNG KÊ PHÂN TÍCH CHẤT LƯỢNG NGƯỜI HƯỞNG LƯƠNG NGÂN SÁCH KHỐI ĐẢNG, MTTQ, ĐOÀN THỂ NĂM 2024", 11)
    s.row(3, ["STT", "Tiêu chí", "Tổng", "Cấp tỉnh", None, None, None, "Cấp huyện"])
    s.row(4, [None, None, None, "Tổng", "Chia ra", None, None, "Tổng", "Chia ra"])
    s.row(5, [None, None, None, None, "Cơ quan Đảng", "Đơn vị sự nghiệp trực thuộc", "MTTQ và các đoàn thể CTXH",
              None, "Khối đảng", "ĐVSN trực thuộc", "MTTQ và các đoàn thể CTXH"])
    s.row(6, ["1", "2", "3 (=4+8)", "4 (=5+6+7)", "5", "6", "7", "8 (=9+10+11)", "9", "10", "11"])
    s.merge("A4:A6", "B4:B6", "C4:C6", "D4:G4", "D5:D6", "E5:G5", "H4:K4", "H5:H6", "I5:K5")
    labels = [("", "Tổng số"), ("", "- Cán bộ, công chức"), ("", "- Viên chức"), ("", "- Hợp đồng 68"),
              ("", "- Hợp đồng khác"), ("1", "Cơ cấu"), ("", "- Nữ"), ("", "- Dân tộc thiểu số"), ("", "- Đảng viên"),
              ("2", "Độ tuổi"), ("", "- Từ 30 trở xuống"), ("", "- Từ 31 đến 40"), ("", "- Từ 41 đến 50"),
              ("", "- Từ 51 đến 60"), ("", "- Trên 60"), ("", "- Tuổi bình quân"),
              ("3", "Ngạch công chức"), ("", "- Chuyên viên cao cấp và tương đương"),
              ("", "- Chuyên viên chính và tương đương"), ("", "- Chuyên viên và tương đương"),
              ("", "- Cán sự, nhân viên"),
              ("4", "Trình độ lý luận chính trị"), ("", "- Sơ cấp"), ("", "- Trung cấp"), ("", "- Cao cấp, cử nhân")]
    r0 = 7
    E = {lab: r0 + i + 1 for i, (_, lab) in enumerate(labels)}
    rows = list(E.values())
    for i, (tt, lab) in enumerate(labels):
        s.row(r0 + i, [tt or None, lab])
    def split(n, w):
        ps = [int(n * x / sum(w)) for x in w]
        ps[max(range(len(w)), key=lambda k: w[k])] += n - sum(ps)
        return ps
    for col, size in zip("EFGIJK", (150, 70, 60, 420, 120, 230)):
        n = size + R.randint(-20, 20)
        cc, vc, h68, hk = split(n, [.6, .25, .1, .05]) if col in "EI" else split(n, [.35, .5, .1, .05])
        if col in "FJ":
            cc, vc = split(cc + vc, [.1, .9])
        for lab, x in (("- Cán bộ, công chức", cc), ("- Viên chức", vc), ("- Hợp đồng 68", h68),
                       ("- Hợp đồng khác", hk)):
            s.put(f"{col}{E[lab]}", x)
        s.put(f"{col}{E['- Nữ']}", int(n * R.uniform(.3, .5)))
        s.put(f"{col}{E['- Dân tộc thiểu số']}", R.randint(2, 18))
        s.put(f"{col}{E['- Đảng viên']}", n - R.randint(3, 25))
        ages = split(n, [R.uniform(.1, .2), R.uniform(.25, .35), R.uniform(.25, .3), R.uniform(.15, .25), .01])
        for lab, x in zip(["- Từ 30 trở xuống", "- Từ 31 đến 40", "- Từ 41 đến 50", "- Từ 51 đến 60", "- Trên 60"], ages):
            s.put(f"{col}{E[lab]}", x)
        s.put(f"{col}{E['- Tuổi bình quân']}", rnd(Fraction(R.randint(395, 445), 10), 1), nd=1)
        ng = split(cc, [.03, .2, .6, .17])
        for lab, x in zip(["- Chuyên viên cao cấp và tương đương", "- Chuyên viên chính và tương đương",
                           "- Chuyên viên và tương đương", "- Cán sự, nhân viên"], ng):
            s.put(f"{col}{E[lab]}", x)
        llct = split(n - R.randint(10, 40), [.31, .48, .21])
        for lab, x in zip(["- Sơ cấp", "- Trung cấp", "- Cao cấp, cử nhân"], llct):
            s.put(f"{col}{E[lab]}", x)
    for col in "EFGIJK":
        c.total(s, f"{col}{E['Tổng số']}", [f"{col}{E[l]}" for l in
                                            ("- Cán bộ, công chức", "- Viên chức", "- Hợp đồng 68", "- Hợp đồng khác")])
    for r in rows:
        lab = labels[r - r0 - 1][1]
        if lab in ("Cơ cấu", "Độ tuổi", "Ngạch công chức", "Trình độ lý luận chính trị", "- Tuổi bình quân"):
            continue
        c.total(s, f"D{r}", [f"E{r}", f"F{r}", f"G{r}"])
        c.total(s, f"H{r}", [f"I{r}", f"J{r}", f"K{r}"])
        c.total(s, f"C{r}", [f"D{r}", f"H{r}"])
    # averages of the aggregate columns: weighted by headcount, rounded to one decimal (no rule: not a sum)
    ra = E["- Tuổi bình quân"]
    for tgt, cols in (("D", "EFG"), ("H", "IJK"), ("C", "EFGIJK")):
        w = sum(frac(s.num(f"{x}{E['Tổng số']}")) * frac(s.num(f"{x}{ra}")) for x in cols)
        n = sum(frac(s.num(f"{x}{E['Tổng số']}")) for x in cols)
        s.put(f"{tgt}{ra}", rnd(w / n, 1), nd=1)
    for col in "CDEFGHIJK":
        tot = f"{col}{E['Tổng số']}"
        c.total(s, f"{col}{E['Tổng số']}", [f"{col}{E[l]}" for l in
                                            ("- Từ 30 trở xuống", "- Từ 31 đến 40", "- Từ 41 đến 50",
                                             "- Từ 51 đến 60", "- Trên 60")])
        c.total(s, f"{col}{E['- Cán bộ, công chức']}", [f"{col}{E[l]}" for l in (
            "- Chuyên viên cao cấp và tương đương", "- Chuyên viên chính và tương đương",
            "- Chuyên viên và tương đương", "- Cán sự, nhân viên")])
        for l in ("- Nữ", "- Dân tộc thiểu số", "- Đảng viên"):
            c.le(s, f"{col}{E[l]}", tot)
    last = r0 + len(labels)
    c.table(s, f"A4:K{last}")
    s.row(last + 1, ["Ghi chú: tuổi bình quân tính theo số người, không cộng ngang."])
    c.freeze()
    return c


# ================================================================== t26  Biểu 6F
@case
def t26():
    c = Case("t26-bieu6f-kiem-diem-loi", "official-bieu6f-decimal-stt",
             "Biểu 6F (kiểm điểm tự phê bình và phê bình): decimal STT 3.1, 3.2, unnumbered 'Trong đó' rows, columns "
             "Tập thể | Đảng viên | Ghi chú, and a closing row of shares (2 / 1 × 100). The Đảng viên count of row 2 "
             "has a digit wrong: 1 = 2 + 3 and the share row both fail.")
    s = c.sheet("Biểu 6F")
    R = random.Random(2626)
    s.row(0, ["ĐẢNG BỘ THỊ XÃ HƯƠNG TRÀ", None, None, None, "Biểu 6F"])
    title(s, 1, "KẾT QUẢ KIỂM ĐIỂM TỰ PHÊ BÌNH VÀ PHÊ BÌNH NĂM 2024", 5)
    s.row(3, ["TT", "Nội dung", "Tập thể", "Đảng viên", "Ghi chú"])
    L = [("1", "Số lượng thuộc đối tượng phải kiểm điểm"), ("2", "Số đã kiểm điểm"), ("3", "Số chưa kiểm điểm"),
         (None, "Trong đó:"), ("3.1", "Tập thể mới thành lập"), ("3.2", "Đảng viên mới kết nạp dưới 6 tháng"),
         (None, "- Miễn công tác và sinh hoạt đảng"), (None, "- Bị đình chỉ sinh hoạt đảng"),
         ("4", "Số được gợi ý kiểm điểm"), (None, "Trong đó:"), ("4.1", "Diện Ban Thường vụ Tỉnh ủy quản lý"),
         ("4.2", "Diện Ban Thường vụ Thị ủy quản lý"), ("4.3", "Diện đảng ủy cơ sở quản lý"),
         ("5", "Tỷ lệ đã kiểm điểm so với số phải kiểm điểm (%)")]
    for i, (tt, lab) in enumerate(L):
        s.row(4 + i, [tt, lab])
    X = lambda k: 5 + k
    s.row(X(1) - 1, [R.randint(300, 340), R.randint(4800, 5300)], 2)
    s.row(X(4) - 1, [2, "-"], 2)
    s.row(X(5) - 1, ["-", R.randint(40, 70)], 2)
    s.row(X(6) - 1, ["-", R.randint(60, 110)], 2)
    s.row(X(7) - 1, ["-", R.randint(1, 4)], 2)
    for col in "CD":
        c.total(s, f"{col}{X(2)}", [f"{col}{X(4)}", f"{col}{X(5)}", f"{col}{X(6)}", f"{col}{X(7)}"])
        c.total(s, f"{col}{X(0)}", [f"{col}{X(1)}", f"{col}{X(2)}"])
        for k in (4, 5, 6, 7):
            c.le(s, f"{col}{X(k)}", f"{col}{X(2)}")
    s.row(X(8) - 1, [R.randint(4, 9), R.randint(14, 30)], 2)
    s.row(X(10) - 1, ["-", R.randint(1, 3)], 2)
    s.row(X(11) - 1, [R.randint(1, 3), R.randint(6, 12)], 2)
    s.row(X(12) - 1, [R.randint(2, 5), R.randint(5, 12)], 2)
    for col in "CD":
        for k in (10, 11, 12):
            c.le(s, f"{col}{X(k)}", f"{col}{X(8)}")
        c.share(s, f"{col}{X(13)}", f"{col}{X(1)}", f"{col}{X(0)}", 2, "t")
    s.text(f"E{X(4)}", "Thành lập tháng 11/2024")
    s.text(f"E{X(13)}", "Dòng 2 / dòng 1")
    c.table(s, f"A4:E{X(13)}")
    ref = f"D{X(1)}"
    v = s.num(ref)
    typed = digit_typo(v, -3)
    c.err(s, ref, typed, "digit", f"{vi_int(typed)} typed for {vi_int(v)}: 1 = 2 + 3 needs {vi_int(v)}, and the share "
          f"in row 5 ({s.v[rc(f'D{X(13)}')]}) is {vi_int(v)} / {vi_int(s.num(f'D{X(0)}'))}")
    return c


# ================================================================== t27  Biểu 11-BTCTW
@case
def t27():
    c = Case("t27-bieu11-luan-chuyen-tong-thieu", "official-bieu11-two-groups",
             "Biểu 11-BTCTW (luân chuyển, lượt người): the Tổng số column sits under the 'Cấp tỉnh' group header but "
             "totals both groups ('2 (=3+…+12)'); its TỔNG SỐ cell was filled with the cấp tỉnh group only.")
    s = c.sheet("Biểu 11")
    R = random.Random(2727)
    s.row(0, ["HUYỆN ỦY ĐỨC HÒA", None, None, None, None, None, None, None, None, None, "Biểu số 11-BTCTW"])
    title(s, 1, "THỐNG KÊ KẾT QUẢ LUÂN CHUYỂN CÁN BỘ NĂM 2024", 12)
    s.row(2, [None] * 10 + ["Đvt: Lượt người"])
    s.row(3, ["Tiêu chí", "Cấp tỉnh", None, None, None, None, None, None, "Cấp huyện"])
    s.row(4, [None, "Tổng số", "Trung ương về tỉnh", "Tỉnh về huyện", "Huyện về tỉnh", "Huyện này sang huyện khác",
              "Ngành này sang ngành khác", "Tỉnh về xã", "Huyện về xã", "Xã về huyện", "Xã này sang xã khác",
              "Phòng, ban này sang phòng, ban khác"])
    s.row(5, ["1", "2 (=3+…+12)", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"])
    s.merge("A4:A5", "B4:H4", "I4:L4")
    L = ["TỔNG SỐ", "*Trong đó:", "- Nữ", "- Dân tộc thiểu số", "- Tôn giáo",
         "- Thực hiện chủ trương tăng thêm chức danh", "1. Tuổi đời", "- Dưới 40 tuổi", "- Từ 40 đến 50 tuổi",
         "- Trên 50 tuổi", "2. Trình độ chuyên môn, nghiệp vụ", "- Trung cấp", "- Cao đẳng", "- Đại học",
         "- Trên đại học", "3. Trình độ lý luận chính trị", "- Sơ cấp", "- Trung cấp", "- Cao cấp, cử nhân"]
    X = {lab: 7 + i for i, lab in enumerate(L)}
    for i, lab in enumerate(L):
        s.row(6 + i, [lab])
    cols = "CDEFGHIJKL"
    sizes = [0, 2, 1, 0, 0, 0, 9, 4, 7, 5]
    for col, n in zip(cols, sizes):
        if n == 0:
            for lab in ("TỔNG SỐ", "- Dưới 40 tuổi", "- Từ 40 đến 50 tuổi", "- Trên 50 tuổi"):
                s.text(f"{col}{X[lab]}", "-")
            continue
        a = [R.randint(0, n), 0, 0]
        a[1] = R.randint(0, n - a[0])
        a[2] = n - a[0] - a[1]
        for lab, x in zip(("- Dưới 40 tuổi", "- Từ 40 đến 50 tuổi", "- Trên 50 tuổi"), a):
            s.put(f"{col}{X[lab]}", x)
        c.total(s, f"{col}{X['TỔNG SỐ']}", [f"{col}{X[l]}" for l in ("- Dưới 40 tuổi", "- Từ 40 đến 50 tuổi",
                                                                       "- Trên 50 tuổi")])
        s.put(f"{col}{X['- Nữ']}", R.randint(0, n // 2))
        s.put(f"{col}{X['- Dân tộc thiểu số']}", 0)
        s.put(f"{col}{X['- Thực hiện chủ trương tăng thêm chức danh']}", R.randint(0, 1))
        s.put(f"{col}{X['- Đại học']}", n - (1 if n > 3 else 0))
        s.put(f"{col}{X['- Trên đại học']}", 1 if n > 3 else 0)
        s.put(f"{col}{X['- Trung cấp']}", 0)
        s.put(f"{col}{X['- Cao cấp, cử nhân']}", R.randint(0, n // 3))
        s.put(f"{col}{X['- Sơ cấp']}", 0)
    for lab in L:
        r = X[lab]
        if any(s.num(f"{col}{r}") is not None for col in cols):
            c.total(s, f"B{r}", [f"{col}{r}" for col in cols])
    c.total(s, f"B{X['TỔNG SỐ']}", [f"B{X[l]}" for l in ("- Dưới 40 tuổi", "- Từ 40 đến 50 tuổi", "- Trên 50 tuổi")])
    for col in "B" + cols:
        for l in ("- Nữ", "- Dân tộc thiểu số", "- Thực hiện chủ trương tăng thêm chức danh"):
            c.le(s, f"{col}{X[l]}", f"{col}{X['TỔNG SỐ']}")
    last = 6 + len(L)
    c.table(s, f"A4:L{last}")
    ref = f"B{X['TỔNG SỐ']}"
    v = s.num(ref)
    prov = sum(s.num(f"{col}{X['TỔNG SỐ']}") or 0 for col in "CDEFGH")
    c.err(s, ref, prov, "other", f"TỔNG SỐ written {vi_int(prov)}: the cấp tỉnh columns 3-8 only; 3+…+12 = "
          f"{vi_int(v)}, which the age bands of column 2 also give")
    return c


# ================================================================== t28  relative change
@case
def t28():
    c = Case("t28-ty-le-tang-giam-tuong-doi", "relative-change-rate",
             "Admissions by category in two years with 'Tăng, giảm' (number) and 'Tỷ lệ tăng, giảm (%)' = (2024 − "
             "2023) / 2023 × 100, negatives for decreases, 'Trong đó' categories; a decrease rate typed without its "
             "minus sign, and a negative rate cut toward zero instead of rounded.")
    s = c.sheet("PTĐV 2024")
    R = random.Random(2828)
    title(s, 0, "KẾT QUẢ PHÁT TRIỂN ĐẢNG VIÊN NĂM 2024 SO VỚI NĂM 2023", 6)
    s.row(1, ["(Đảng bộ huyện Krông Pắc)"])
    s.row(3, ["TT", "Đối tượng kết nạp", "Năm 2023", "Năm 2024", "Tăng (+), giảm (-)", "Tỷ lệ tăng, giảm (%)"])
    L = [("I", "Tổng số đảng viên kết nạp"), (None, "Trong đó:"), ("1", "Nữ"), ("2", "Đoàn viên thanh niên"),
         ("3", "Dân tộc thiểu số"), ("4", "Người theo tôn giáo"), ("5", "Học sinh, sinh viên"),
         ("6", "Công nhân, người lao động trong doanh nghiệp"), ("7", "Nông dân")]
    for i, (tt, lab) in enumerate(L):
        s.row(4 + i, [tt, lab])
    a, b = R.randint(260, 320), R.randint(230, 300)
    s.row(4, [a, b], 2)
    vals = [(.5, .6), (.6, .75), (.15, .25), (.05, .1), (.03, .06), (.05, .12), (.1, .2)]
    for k, (lo, hi) in enumerate(vals):
        s.row(6 + k, [int(a * R.uniform(lo, hi)), int(b * R.uniform(lo, hi))], 2)
    for r in [5] + list(range(7, 14)):
        c.diff(s, f"E{r}", f"D{r}", f"C{r}")
        c.relchg(s, f"F{r}", f"D{r}", f"C{r}")
        if r > 5:
            c.le(s, f"C{r}", "C5")
            c.le(s, f"D{r}", "D5")
    c.table(s, "A4:F13")
    s.row(14, [None, "Tỷ lệ tăng, giảm = (năm 2024 - năm 2023) / năm 2023 x 100."])
    negs = [r for r in range(7, 14) if s.num(f"F{r}") < 0]
    ref = f"F{negs[0]}"
    v = s.num(ref)
    c.err(s, ref, -v, "sign", f"{vi_num(-v)} typed for {vi_num(v)}: {vi_int(s.num(f'D{negs[0]}'))} in 2024 is below "
          f"{vi_int(s.num(f'C{negs[0]}'))} in 2023 (Tăng, giảm {vi_int(s.num(f'E{negs[0]}'))})")
    for r in negs[1:] + [5]:
        ex = rule_exact(s, [x for x in c.rules if x[0] == "rel" and x[2] == f"F{r}"][0])
        if cut(ex) != rnd(ex):
            c.warn(s, f"F{r}", "truncation")
            break
    else:
        raise AssertionError("t28: nothing to cut")
    return c


# ================================================================== t29 / t30
def branch_rates(cid, about, seed, units, plant=None):
    c = Case(cid, "shares-of-other-columns-avg-row", about)
    s = c.sheet("Tỷ lệ HTTNV")
    R = random.Random(seed)
    title(s, 0, "TỶ LỆ CHI BỘ, ĐẢNG VIÊN HOÀN THÀNH TỐT NHIỆM VỤ TRỞ LÊN NĂM 2024 CỦA CÁC ĐẢNG BỘ XÃ", 8)
    s.row(2, ["STT", "Đảng bộ", "Chi bộ trực thuộc", None, None, "Đảng viên", None, None])
    s.row(3, [None, None, "Số chi bộ được đánh giá", "Hoàn thành tốt nhiệm vụ trở lên", "Tỷ lệ (%)",
              "Số đảng viên được đánh giá", "Hoàn thành tốt nhiệm vụ trở lên", "Tỷ lệ (%)"])
    s.row(4, ["(1)", "(2)", "(3)", "(4)", "(5) = (4)/(3)", "(6)", "(7)", "(8) = (7)/(6)"])
    s.merge("A3:A4", "B3:B4", "C3:E3", "F3:H3")
    r0 = 5
    for i, u in enumerate(units):
        r = r0 + i
        nb = R.randint(6, 17)
        nd = R.randint(140, 480)
        s.row(r, [i + 1, u, nb, nb - R.randint(0, 2), None, nd, nd - R.randint(6, 40)])
    last = r0 + len(units)
    s.row(last, [None, "Cộng"])
    for col in "CDFG":
        c.total(s, f"{col}{last + 1}", [f"{col}{r + 1}" for r in range(r0, last)])
    for r in range(r0, last + 1):
        c.share(s, f"E{r + 1}", f"D{r + 1}", f"C{r + 1}")
        c.share(s, f"H{r + 1}", f"G{r + 1}", f"F{r + 1}")
        c.le(s, f"D{r + 1}", f"C{r + 1}")
        c.le(s, f"G{r + 1}", f"F{r + 1}")
    s.row(last + 1, [None, "Bình quân mỗi đảng bộ"])
    for col in "EH":
        avg = sum(frac(s.num(f"{col}{r + 1}")) for r in range(r0, last)) / len(units)
        s.put(f"{col}{last + 2}", rnd(avg, 2), nd=2)
    c.table(s, f"A3:H{last + 2}")
    s.row(last + 3, [None, "Dòng bình quân: trung bình cộng tỷ lệ của các đảng bộ (không tính theo tổng)."])
    if plant:
        plant(c, s, r0, last)
    return c


@case
def t29():
    return branch_rates("t29-ty-le-cot-khac-binh-quan",
                        "Two rates per unit, each of another column of the same row ((5) = (4)/(3), (8) = (7)/(6) in "
                        "the column-number row), Cộng row of sums with its own rates, then a 'Bình quân' row holding "
                        "the mean of the unit rates (not a share of the Cộng). Clean.", 2929, YEN_LAP[1:12])


@case
def t30():
    def plant(c, s, r0, last):
        r = r0 + 3
        part, wrong = s.num(f"G{r + 1}"), s.num(f"F{last + 1}")
        typed = pct(part, wrong)
        c.err(s, f"H{r + 1}", typed, "base", f"{vi_int(part)} / {vi_int(wrong)} (the Cộng of column 6) = "
              f"{vi_num(typed)}; of the unit's own {vi_int(s.num(f'F{r + 1}'))} it is "
              f"{vi_num(pct(part, s.num(f'F{r + 1}')))}")
        for rr in range(r0 + 5, last):
            ex = frac(s.num(f"D{rr + 1}")) * 100 / frac(s.num(f"C{rr + 1}"))
            if rnd(ex, 0) != rnd(ex, 2) and rnd(ex, 0) != cut(ex, 2):
                c.warn(s, f"E{rr + 1}", "precision", keep=0)
                break
    return branch_rates("t30-ty-le-cot-khac-loi",
                        "Same shape as t29 (Tam Nông): one member rate computed on the Cộng of the column instead of "
                        "the unit's own members, and one branch rate typed as a whole number in a two-decimal column.",
                        3030, TAM_NONG[1:], plant)


# ================================================================== t31 / t32
def committee_bullets(cid, about, seed, plant=None):
    c = Case(cid, "bullets-gom-trong-do", about)
    s = c.sheet("Cấp ủy cơ sở")
    R = random.Random(seed)
    title(s, 0, "CƠ CẤU, CHẤT LƯỢNG CẤP ỦY CƠ SỞ NHIỆM KỲ 2025 - 2030", 4)
    s.row(1, [None, None, None, "Đơn vị tính: đồng chí"])
    s.row(2, ["STT", "Nội dung", "Số lượng", "Tỷ lệ (%)"])
    L = [("1", "Tổng số cấp ủy viên cơ sở", None), (None, "Trong đó:", None), (None, "- Nữ", "sub"),
         (None, "- Trẻ dưới 35 tuổi", "sub"), (None, "- Dân tộc thiểu số", "sub"), (None, "- Tái cử", "sub"),
         ("2", "Chia theo loại hình tổ chức cơ sở đảng, gồm:", None), (None, "+ Đảng ủy xã, thị trấn", "a"),
         (None, "+ Đảng ủy cơ quan, doanh nghiệp", "a"), (None, "+ Chi ủy chi bộ cơ sở", "a"),
         ("3", "Trình độ chuyên môn, chia ra:", None), (None, "+ Trung cấp", "b"), (None, "+ Cao đẳng", "b"),
         (None, "+ Đại học", "b"), (None, "+ Thạc sĩ", "b"),
         ("4", "Trình độ lý luận chính trị", None), (None, "+ Sơ cấp", "c"), (None, "+ Trung cấp", "c"),
         (None, "+ Cao cấp, cử nhân", "c")]
    X = {}
    for i, (tt, lab, g) in enumerate(L):
        s.row(3 + i, [tt, lab])
        X.setdefault(g, []).append(f"C{4 + i}")
    a = [R.randint(260, 330), R.randint(50, 90), R.randint(20, 45)]
    n = sum(a)
    for ref, x in zip(X["a"], a):
        s.put(ref, x)
    b = [R.randint(20, 40), R.randint(10, 30), 0, R.randint(8, 20)]
    b[2] = n - sum(b)
    for ref, x in zip(X["b"], b):
        s.put(ref, x)
    for ref, x in zip(X["c"], [R.randint(20, 60), n - R.randint(110, 160), R.randint(20, 40)]):
        s.put(ref, x)
    for ref, x in zip(X["sub"], [int(n * R.uniform(.2, .3)), int(n * R.uniform(.1, .2)), R.randint(5, 30),
                                 int(n * R.uniform(.55, .7))]):
        s.put(ref, x)
    c.total(s, "C4", X["a"])
    c.total(s, "C4", X["b"])
    for ref in X["sub"] + X["c"]:
        c.le(s, ref, "C4")
    for ref in X["sub"] + X["a"] + X["b"] + X["c"]:
        c.share(s, "D" + ref[1:], ref, "C4", 2, "t")
    s.text("D4", "100")
    c.table(s, f"A3:D{3 + len(L)}")
    s.row(4 + len(L), [None, "(Tỷ lệ tính trên tổng số cấp ủy viên cơ sở)"])
    if plant:
        plant(c, s, X)
    return c


@case
def t31():
    return committee_bullets("t31-cap-uy-co-so-gach-dau-dong",
                             "Base-level committee members: total first, 'Trong đó:' overlapping '-' rows, two "
                             "exhaustive '+' breakdowns ('gồm', 'chia ra') and one partial (LLCT), shares typed as "
                             "vi-VN text of the total. Clean.", 3131)


@case
def t32():
    def plant(c, s, X):
        ref = X["a"][1]
        v = s.num(ref)
        typed = digit_typo(v, -1)
        c.err(s, ref, typed, "digit", f"{vi_int(typed)} typed for {vi_int(v)}: the 'gồm' items no longer add to "
              f"{vi_int(s.num('C4'))} and the share D{ref[1:]} is of {vi_int(v)}")
        ref = X["sub"][1]
        v = s.num(ref)
        typed = transpose(v, -2)
        c.err(s, ref, typed, "transposition", f"{vi_int(typed)} typed for {vi_int(v)}: the share D{ref[1:]} = "
              f"{s.v[rc('D' + ref[1:])]} is {vi_int(v)} / {vi_int(s.num('C4'))}")
    return committee_bullets("t32-cap-uy-co-so-loi",
                             "Same shape as t31, other figures: a digit wrong in one 'gồm' item and two digits swapped "
                             "in a 'Trong đó' item; each breaks its share (and the first the breakdown).", 3232, plant)


# ================================================================== t33  terms as rows
@case
def t33():
    c = Case("t33-nhiem-ky-theo-dong-sai-nhan", "terms-as-rows",
             "Party executive committee over three terms, terms down the rows, counts with share columns (of the "
             "row's total), then a difference row and a ratio row whose labels name the terms compared; the "
             "difference row names the wrong earlier term, and one share is cut instead of rounded.")
    s = c.sheet("BCH qua các NK")
    R = random.Random(3333)
    title(s, 0, "CƠ CẤU BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN QUA CÁC NHIỆM KỲ", 8)
    s.row(2, ["Nhiệm kỳ", "Tổng số ủy viên BCH", "Nữ", None, "Dưới 40 tuổi", None, "Ủy viên BTV", "Ghi chú"])
    s.row(3, [None, None, "Số lượng", "Tỷ lệ (%)", "Số lượng", "Tỷ lệ (%)", None, None])
    s.merge("A3:A4", "B3:B4", "C3:D3", "E3:F3", "G3:G4", "H3:H4")
    terms = ["2010 - 2015", "2015 - 2020", "2020 - 2025"]
    for i, t in enumerate(terms):
        r = 4 + i
        n = R.choice([33, 35, 37, 39])
        s.row(r, [f"Nhiệm kỳ {t}", n, R.randint(5, 11), None, R.randint(4, 9), None, R.choice([11, 13])])
        c.share(s, f"D{r + 1}", f"C{r + 1}", f"B{r + 1}")
        c.share(s, f"F{r + 1}", f"E{r + 1}", f"B{r + 1}")
    s.text("H5", "Đại hội lần thứ XX")
    c.label(s, "A8", "Tăng (+), giảm (-) NK 2020 - 2025 so với NK 2015 - 2020")
    c.label(s, "A9", "So sánh NK 2020 - 2025 với NK 2015 - 2020 (%)")
    for col in "BCDEFG":
        c.diff(s, f"{col}8", f"{col}7", f"{col}6", nd=2 if col in "DF" else 0)
    for col in "BCEG":
        c.ratio(s, f"{col}9", f"{col}7", f"{col}6")
    for col in "DF":
        s.text(f"{col}9", "-")
    s.text("H8", "Tỷ lệ: tính bằng điểm %")
    c.table(s, "A3:H9")
    c.bad_label(s, "A8", "Tăng (+), giảm (-) NK 2020 - 2025 so với NK 2010 - 2015",
                "the row is 2020 - 2025 minus 2015 - 2020 (rows 7 and 6, e.g. Tổng số "
                f"{vi_int(s.num('B7'))} - {vi_int(s.num('B6'))} = {signed(s.num('B8'))}); the label names 2010 - 2015")
    for ref in ("D5", "F5", "D6", "F6", "D7", "F7"):
        ex = frac(s.num("C" + ref[1:] if ref[0] == "D" else "E" + ref[1:])) * 100 / frac(s.num("B" + ref[1:]))
        if cut(ex) != rnd(ex):
            c.warn(s, ref, "truncation")
            break
    return c


# ================================================================== t34 / t35
def age_profile(cid, about, seed, plant=None):
    c = Case(cid, "no-stt-two-dates-avg-row", about)
    s = c.sheet("Độ tuổi - học vấn")
    R = random.Random(seed)
    title(s, 0, "ĐẢNG VIÊN PHÂN THEO ĐỘ TUỔI VÀ TRÌNH ĐỘ GIÁO DỤC PHỔ THÔNG", 5)
    s.row(2, ["Chỉ tiêu", "Thời điểm 31/12/2020", None, "Thời điểm 31/12/2024", None])
    s.row(3, [None, "Số lượng", "Tỷ lệ (%)", "Số lượng", "Tỷ lệ (%)"])
    s.merge("A3:A4", "B3:C3", "D3:E3")
    L = ["Tổng số đảng viên", "Chia theo độ tuổi:", "Từ 18 đến 30 tuổi", "Từ 31 đến 40 tuổi", "Từ 41 đến 50 tuổi",
         "Từ 51 đến 60 tuổi", "Từ 61 tuổi trở lên", "Tuổi bình quân", "Trình độ giáo dục phổ thông:", "Tiểu học",
         "Trung học cơ sở", "Trung học phổ thông"]
    X = {lab: 5 + i for i, lab in enumerate(L)}
    for i, lab in enumerate(L):
        s.row(4 + i, [lab])
    ages = L[2:7]
    edu = L[9:12]
    for col, n in (("B", R.randint(4300, 4700)), ("D", R.randint(4750, 5200))):
        w = [R.uniform(.12, .2), R.uniform(.3, .36), R.uniform(.2, .25), R.uniform(.14, .19), R.uniform(.08, .15)]
        ps = [int(n * x / sum(w)) for x in w]
        ps[1] += n - sum(ps)
        for lab, x in zip(ages, ps):
            s.put(f"{col}{X[lab]}", x)
        e = [int(n * R.uniform(.02, .05)), int(n * R.uniform(.15, .23))]
        e.append(n - sum(e))
        for lab, x in zip(edu, e):
            s.put(f"{col}{X[lab]}", x)
        c.total(s, f"{col}{X[L[0]]}", [f"{col}{X[l]}" for l in ages])
        c.total(s, f"{col}{X[L[0]]}", [f"{col}{X[l]}" for l in edu])
        s.put(f"{col}{X['Tuổi bình quân']}", rnd(Fraction(R.randint(440, 475), 10), 1), "t", 1)
        pc = chr(ord(col) + 1)
        s.text(f"{pc}{X['Tuổi bình quân']}", "-")
        s.text(f"{pc}{X[L[0]]}", "100")
        for lab in ages + edu:
            c.share(s, f"{pc}{X[lab]}", f"{col}{X[lab]}", f"{col}{X[L[0]]}")
    c.table(s, f"A3:E{X[L[-1]]}")
    if plant:
        plant(c, s, X, L)
    return c


@case
def t34():
    return age_profile("t34-do-tuoi-khong-stt-hai-thoi-diem",
                       "No STT column: total first, then two exhaustive blocks (age bands, education levels) each "
                       "adding to it, a 'Tuổi bình quân' row typed as text ('46,3', never summed), two dates side by "
                       "side each with Số lượng | Tỷ lệ (%); the total's share cell says '100'. Clean.", 3434)


@case
def t35():
    def plant(c, s, X, L):
        a, b = f"D{X['Từ 31 đến 40 tuổi']}", f"D{X['Từ 41 đến 50 tuổi']}"
        c.swap(s, a, b, "the 2024 counts of 31-40 and 41-50 typed in each other's row: the block still adds to the "
                        "total, but both shares beside them are of the other figure")
        c.warn_first(s, [f"C{X[l]}" for l in L[2:7] + L[9:12]])
    return age_profile("t35-do-tuoi-hoan-vi",
                       "Same shape as t34, other figures: two age bands of 2024 swapped between rows (the sum holds, "
                       "only the shares reveal it) and one 2020 share cut instead of rounded.", 3535, plant)


# ================================================================== t36  sub-totals by block
@case
def t36():
    c = Case("t36-khoi-cong-tung-khoi", "block-subtotals",
             "Units grouped in two blocks, each with its own sub-total row (one a =SUM formula), Tổng cộng first as the "
             "sum of the two sub-totals (not of every row). A unit's count has a digit wrong (only its block "
             "sub-total fails, Tổng cộng still matches the sub-totals), and the other block's =SUM misses a row.")
    s = c.sheet("Đảng viên theo khối")
    R = random.Random(3636)
    title(s, 0, "SỐ LƯỢNG ĐẢNG VIÊN, ĐẢNG VIÊN DỰ BỊ THEO KHỐI NĂM 2024 - ĐẢNG BỘ THỊ XÃ BUÔN HỒ", 5)
    s.row(2, ["TT", "Tổ chức cơ sở đảng", "Tổng số đảng viên", "Trong đó: dự bị", "Kết nạp trong năm"])
    s.row(3, [None, "Tổng cộng"])
    xa = ["Phường An Lạc", "Phường An Bình", "Phường Thiện An", "Phường Đạt Hiếu", "Phường Đoàn Kết",
          "Phường Thống Nhất", "Phường Bình Tân", "Xã Ea Blang", "Xã Ea Drông", "Xã Ea Siên", "Xã Bình Thuận",
          "Xã Cư Bao"]
    cq = ["Đảng bộ Cơ quan Thị ủy", "Đảng bộ Cơ quan chính quyền", "Đảng bộ Công an thị xã", "Đảng bộ Quân sự thị xã",
          "Chi bộ Bệnh viện đa khoa", "Chi bộ Trường THPT Buôn Hồ"]
    r = 4
    s.row(r, ["I", "Khối xã, phường"])
    subA = r
    for i, u in enumerate(xa):
        r += 1
        n = R.randint(140, 420)
        s.row(r, [i + 1, u, n, R.randint(2, 12), R.randint(5, 18)])
    endA = r
    r += 1
    s.row(r, ["II", "Khối cơ quan, lực lượng vũ trang"])
    subB = r
    for i, u in enumerate(cq):
        r += 1
        n = R.randint(30, 210)
        s.row(r, [i + 1, u, n, R.randint(0, 5), R.randint(1, 7)])
    endB = r
    for col in "CDE":
        c.total(s, f"{col}{subA + 1}", [f"{col}{k + 1}" for k in range(subA + 1, endA + 1)])
        c.total(s, f"{col}{subB + 1}", [f"{col}{k + 1}" for k in range(subB + 1, endB + 1)], formula=True)
        c.total(s, f"{col}4", [f"{col}{subA + 1}", f"{col}{subB + 1}"])
    for k in list(range(subA + 1, endA + 1)) + list(range(subB + 1, endB + 1)):
        c.le(s, f"D{k + 1}", f"C{k + 1}")
    c.table(s, f"A3:E{endB + 1}")
    ref = f"C{subA + 4}"
    v = s.num(ref)
    typed = digit_typo(v, -2)
    c.err(s, ref, typed, "digit", f"{vi_int(typed)} typed for {vi_int(v)}: block I's sub-total "
          f"{vi_int(s.num(f'C{subA + 1}'))} adds up with {vi_int(v)}; Tổng cộng = I + II still holds")
    c.bad_range(s, f"E{subB + 1}", f"SUM(E{subB + 2}:E{endB})",
                "=SUM stops one row short of block II and leaves out its last unit: cached {got}, should be {right}; "
                "Tổng cộng (E4) = I + II needs {right}")
    return c


# ================================================================== t37  Biểu 4 (2012 style)
@case
def t37():
    c = Case("t37-bieu4-dan-toc-ton-giao-100", "official-bieu4-blocks-100",
             "Members by ethnic group and by religion in two roman blocks, numbering restarting in each, block rows "
             "carrying the block total and '100,00' in the Tỷ lệ column, shares of the block total typed as text, a "
             "'Trong đó: nữ' column (≤ Tổng số on every row). The two blocks have different bases. Clean.")
    s = c.sheet("Biểu 4")
    R = random.Random(3737)
    s.row(0, ["ĐẢNG BỘ HUYỆN CƯ M'GAR", None, None, None, "Biểu số 4"])
    title(s, 1, "ĐẢNG VIÊN CHIA THEO DÂN TỘC VÀ TRONG CÁC TÔN GIÁO", 5)
    s.row(2, ["Có đến 31/12/2024"])
    s.row(3, ["TT", "Tên dân tộc, tôn giáo", "Tổng số", "Trong đó: nữ", "Tỷ lệ %"])
    s.row(4, ["1", "2", "3", "4", "5"])
    dt = [("Kinh", 3600, 4300), ("Ê Đê", 420, 560), ("Tày", 90, 140), ("Nùng", 70, 120), ("Thái", 20, 45),
          ("Mường", 15, 35), ("Dao", 8, 20), ("Mông", 2, 9), ("Gia Rai", 1, 6), ("Dân tộc khác", 3, 12)]
    tg = [("Công giáo", 30, 60), ("Tin Lành", 8, 25), ("Phật giáo", 40, 80), ("Cao Đài", 0, 4), ("Đạo khác", 0, 3)]
    r = 5
    s.row(r, ["I", "Đảng viên chia theo dân tộc"])
    h1 = r
    for i, (name, lo, hi) in enumerate(dt):
        r += 1
        n = R.randint(lo, hi)
        s.row(r, [i + 1, name, n, int(n * R.uniform(.25, .45))])
        c.le(s, f"D{r + 1}", f"C{r + 1}")
    e1 = r
    r += 1
    s.row(r, ["II", "Đảng viên trong các tôn giáo"])
    h2 = r
    for i, (name, lo, hi) in enumerate(tg):
        r += 1
        n = R.randint(lo, hi)
        if n == 0:
            s.row(r, [i + 1, name, "-", "-", "-"])
            continue
        s.row(r, [i + 1, name, n, int(n * R.uniform(.3, .5))])
        c.le(s, f"D{r + 1}", f"C{r + 1}")
    e2 = r
    for col in "CD":
        c.total(s, f"{col}{h1 + 1}", [f"{col}{k + 1}" for k in range(h1 + 1, e1 + 1)])
        c.total(s, f"{col}{h2 + 1}", [f"{col}{k + 1}" for k in range(h2 + 1, e2 + 1)])
    for h, e in ((h1, e1), (h2, e2)):
        s.text(f"E{h + 1}", "100,00")
        for k in range(h + 1, e + 1):
            if s.num(f"C{k + 1}"):
                c.share(s, f"E{k + 1}", f"C{k + 1}", f"C{h + 1}", 2, "t")
    c.table(s, f"A4:E{e2 + 1}")
    s.row(e2 + 2, ["Ghi chú: Tỷ lệ % tính trên tổng số của từng khối (I: tổng số đảng viên; II: đảng viên theo tôn giáo)."])
    c.freeze()
    return c


# ================================================================== t38  Biểu 1 and Biểu 3 on two sheets
@case
def t38():
    c = Case("t38-bieu1-bieu3-lech-hai-sheet", "cross-form-sheets",
             "Biểu 1 (A, B, C, D with P1 columns) and Biểu 3 (I with 'Trong đó' rows, age bands and education "
             "blocks, P1 columns) on two sheets; Biểu 3 row I must equal Biểu 1 row D in both periods. Biểu 3 I "
             "(Kỳ này) was typed with a wrong digit: it disagrees with Biểu 1 D, with its own age and education "
             "blocks and with its index; one index of Biểu 3 is typed with one decimal.")
    b1 = c.sheet("Biểu 1")
    b3 = c.sheet("Biểu 3")
    R = random.Random(3838)
    for sh, code, t in ((b1, "Biểu số 1-BTCTW", "THỐNG KÊ TĂNG, GIẢM ĐẢNG VIÊN NĂM 2024"),
                        (b3, "Biểu số 3-BTCTW", "THỐNG KÊ ĐỘI NGŨ ĐẢNG VIÊN NĂM 2024")):
        sh.row(0, ["HUYỆN ỦY KRÔNG PẮC", None, None, code])
        title(sh, 1, t, 4)
        sh.row(3, ["Tiêu chí", "Thực hiện", None, "(%) kỳ này so với cùng kỳ năm trước"])
        sh.row(4, [None, "Kỳ này", "Cùng kỳ năm trước", None])
        sh.row(5, ["1", "2", "3", "4(=2*100/3)"])
        sh.merge("A4:A5", "B4:C4", "D4:D5")
    b1.row(6, ["A - Tổng số đảng viên cuối kỳ trước chuyển sang"])
    b1.row(7, ["B - Đảng viên tăng trong kỳ"])
    b1.row(8, ["C - Đảng viên giảm trong kỳ"])
    b1.row(9, ["D - Đảng viên trong danh sách cuối kỳ báo cáo"])
    a22 = R.randint(6100, 6600)
    b23, c23 = R.randint(230, 300), R.randint(90, 140)
    b24, c24 = R.randint(230, 300), R.randint(90, 140)
    b1.put("C7", a22)
    b1.put("C8", b23)
    b1.put("C9", c23)
    c.lin(b1, "C10", ["C7", "C8", (-1, "C9")])
    c.same(b1, "C10", b1, "B7")
    b1.put("B8", b24)
    b1.put("B9", c24)
    c.lin(b1, "B10", ["B7", "B8", (-1, "B9")])
    for r in range(7, 11):
        c.ratio(b1, f"D{r}", f"B{r}", f"C{r}")
    c.table(b1, "A4:D10")
    L = ["I. Đảng viên trong danh sách có đến cuối kỳ báo cáo", "Trong đó: - Nữ", "- Dự bị", "- Dân tộc thiểu số",
         "- Người theo tôn giáo", "II. Phân tích đội ngũ đảng viên", "1. Tuổi đời", "- Từ 18 đến 30 tuổi",
         "- Từ 31 đến 40 tuổi", "- Từ 41 đến 50 tuổi", "- Từ 51 đến 60 tuổi", "- Trên 60 tuổi", "2. Trình độ giáo dục phổ thông",
         "- Tiểu học", "- Trung học cơ sở", "- Trung học phổ thông"]
    X = {lab: 7 + i for i, lab in enumerate(L)}
    for i, lab in enumerate(L):
        b3.row(6 + i, [lab])
    for col, src in (("B", "B10"), ("C", "C10")):
        n = int(b1.num(src))
        w = [R.uniform(.1, .16), R.uniform(.26, .32), R.uniform(.2, .25), R.uniform(.16, .2), R.uniform(.1, .16)]
        ps = [int(n * x / sum(w)) for x in w]
        ps[2] += n - sum(ps)
        for lab, x in zip(L[7:12], ps):
            b3.put(f"{col}{X[lab]}", x)
        e = [int(n * R.uniform(.02, .04)), int(n * R.uniform(.18, .24))]
        e.append(n - sum(e))
        for lab, x in zip(L[13:16], e):
            b3.put(f"{col}{X[lab]}", x)
        c.same(b1, src, b3, f"{col}{X[L[0]]}")
        c.total(b3, f"{col}{X[L[0]]}", [f"{col}{X[l]}" for l in L[7:12]])
        c.total(b3, f"{col}{X[L[0]]}", [f"{col}{X[l]}" for l in L[13:16]])
        for lab, (lo, hi) in zip(L[1:5], [(.3, .36), (.02, .04), (.08, .1), (.03, .05)]):
            b3.put(f"{col}{X[lab]}", int(n * R.uniform(lo, hi)))
            c.le(b3, f"{col}{X[lab]}", f"{col}{X[L[0]]}")
    for lab in L:
        if b3.num(f"C{X[lab]}"):
            c.ratio(b3, f"D{X[lab]}", f"B{X[lab]}", f"C{X[lab]}")
    c.table(b3, f"A4:D{X[L[-1]]}")
    ref = f"B{X[L[0]]}"
    v = b3.num(ref)
    typed = digit_typo(v, -2)
    c.err(b3, ref, typed, "cross", f"Biểu 3 I (Kỳ này) typed {vi_int(typed)}; Biểu 1 D (Kỳ này) = A + B − C = "
          f"{vi_int(v)}, and Biểu 3's own age bands and education levels add to {vi_int(v)}")
    c.warn_first(b3, [f"D{X[l]}" for l in L[7:12] + L[13:16]], "precision", keep=1)
    return c


# ================================================================== t39  Biểu 9B (positions, no total column)
@case
def t39():
    c = Case("t39-bieu9b-chuc-danh-khong-tong", "official-bieu9-overlapping-columns",
             "Biểu 9B-BTCTW: positions as columns with sub-headers (Chủ tịch | Phó chủ tịch), no total column and "
             "columns that overlap (BTV inside BCH), so no horizontal sum holds by design; vertical rules only: age "
             "bands add to TỔNG SỐ, 'Trong đó' and partial blocks ≤ TỔNG SỐ. Clean.")
    s = c.sheet("Biểu 9B")
    R = random.Random(3939)
    s.row(0, ["HUYỆN ỦY BẢO LÂM", None, None, None, None, None, None, None, None, "Biểu số 9B-BTCTW"])
    title(s, 1, "THỐNG KÊ CÁN BỘ LÃNH ĐẠO, QUẢN LÝ CẤP HUYỆN NĂM 2024", 11)
    s.row(2, [None] * 9 + ["Đvt: Người"])
    s.row(3, ["Tiêu chí", "Ban chấp hành", "Ban thường vụ", "Lãnh đạo cấp ủy", None, "Lãnh đạo HĐND", None,
              "Lãnh đạo UBND", None, "Các phòng, ban", None])
    s.row(4, [None, None, None, "Bí thư", "Phó bí thư", "Chủ tịch", "Phó chủ tịch", "Chủ tịch", "Phó chủ tịch",
              "Trưởng", "Phó"])
    s.row(5, ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"])
    s.merge("A4:A5", "B4:B5", "C4:C5", "D4:E4", "F4:G4", "H4:I4", "J4:K4")
    L = ["TỔNG SỐ", "*Trong đó: - Nữ", "- Dân tộc thiểu số", "1. Tuổi đời", "- Từ 40 trở xuống", "- Trên 40 đến 50",
         "- Trên 50", "2. Trình độ chuyên môn", "- Đại học", "- Trên đại học", "3. Trình độ lý luận chính trị",
         "- Trung cấp", "- Cao cấp, cử nhân"]
    X = {lab: 7 + i for i, lab in enumerate(L)}
    for i, lab in enumerate(L):
        s.row(6 + i, [lab])
    sizes = [37, 13, 1, 2, 1, 2, 1, 3, 24, 31]
    for col, n in zip("BCDEFGHIJK", sizes):
        a1_ = R.randint(0, n // 3) if n > 2 else 0
        a3 = R.randint(0, n - a1_) if n > 2 else n - a1_
        a2 = n - a1_ - a3
        for lab, x in zip(L[4:7], (a1_, a2, a3)):
            _put_dash(s, f"{col}{X[lab]}", x)
        c.total(s, f"{col}{X['TỔNG SỐ']}", [f"{col}{X[l]}" for l in L[4:7]])
        tdh = R.randint(0, n // 4)
        _put_dash(s, f"{col}{X['- Trên đại học']}", tdh)
        _put_dash(s, f"{col}{X['- Đại học']}", n - tdh)
        cc = R.randint(n // 2, n)
        _put_dash(s, f"{col}{X['- Cao cấp, cử nhân']}", cc)
        _put_dash(s, f"{col}{X['- Trung cấp']}", n - cc - (1 if n > 20 else 0))
        _put_dash(s, f"{col}{X['*Trong đó: - Nữ']}", R.randint(0, n // 3))
        _put_dash(s, f"{col}{X['- Dân tộc thiểu số']}", R.randint(0, n // 6))
        for lab in ("*Trong đó: - Nữ", "- Dân tộc thiểu số"):
            c.le(s, f"{col}{X[lab]}", f"{col}{X['TỔNG SỐ']}")
    c.table(s, f"A4:K{X[L[-1]]}")
    s.row(X[L[-1]] + 1, ["Ghi chú: một người giữ nhiều chức danh được thống kê ở từng chức danh; không cộng ngang."])
    c.freeze()
    return c


# ================================================================== t40  two years with So sánh (%)
@case
def t40():
    c = Case("t40-xep-loai-cbccvc-so-sanh-dao", "two-years-shares-ratio",
             "Ratings of civil servants in two years, categories down the rows (total first), Số lượng | Tỷ lệ (%) "
             "for each year (shares of the year's total) and 'So sánh 2024/2023 (%)'; one ratio computed the wrong "
             "way round (2023/2024) and one share typed with one decimal in a two-decimal column.")
    s = c.sheet("XL CBCCVC")
    R = random.Random(4040)
    title(s, 0, "KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC KHỐI ĐẢNG, ĐOÀN THỂ", 7)
    s.row(2, ["TT", "Mức xếp loại", "Năm 2023", None, "Năm 2024", None, "So sánh 2024/2023 (%)"])
    s.row(3, [None, None, "Số lượng", "Tỷ lệ (%)", "Số lượng", "Tỷ lệ (%)", None])
    s.merge("A3:A4", "B3:B4", "C3:D3", "E3:F3", "G3:G4")
    L = [(None, "Tổng số được đánh giá"), ("1", "Hoàn thành xuất sắc nhiệm vụ"), ("2", "Hoàn thành tốt nhiệm vụ"),
         ("3", "Hoàn thành nhiệm vụ"), ("4", "Không hoàn thành nhiệm vụ")]
    for i, (tt, lab) in enumerate(L):
        s.row(4 + i, [tt, lab])
    for col in "CE":
        n = R.randint(240, 300)
        xs = int(n * R.uniform(.12, .22))
        ht = R.randint(4, 12)
        kh = R.randint(1, 3)
        s.row(5, [xs], ord(col) - 65)
        s.row(6, [n - xs - ht - kh], ord(col) - 65)
        s.row(7, [ht], ord(col) - 65)
        s.row(8, [kh], ord(col) - 65)
        c.total(s, f"{col}5", [f"{col}{k}" for k in range(6, 10)])
        pc = chr(ord(col) + 1)
        for k in range(5, 10):
            c.share(s, f"{pc}{k}", f"{col}{k}", f"{col}5")
    for k in range(5, 10):
        c.ratio(s, f"G{k}", f"E{k}", f"C{k}")
    c.table(s, "A3:G9")
    s.row(10, [None, "Ghi chú: mức xuất sắc tính riêng, không nằm trong mức tốt."])
    for k in (6, 7, 8):
        wrong = pct(s.num(f"C{k}"), s.num(f"E{k}"))
        if wrong != s.num(f"G{k}"):
            break
    right = s.num(f"G{k}")
    c.err(s, f"G{k}", wrong, "base", f"{vi_int(s.num(f'C{k}'))} / {vi_int(s.num(f'E{k}'))} × 100 = {vi_num(wrong)} "
          f"(2023 over 2024); the column is 2024/2023: {vi_int(s.num(f'E{k}'))} / {vi_int(s.num(f'C{k}'))} × 100 = "
          f"{vi_num(right)}")
    c.warn_first(s, ["F6", "F7", "F8", "D6", "D7", "D8"], "precision", keep=1)
    return c


# ================================================================== t41  quarters, typed row totals
@case
def t41():
    c = Case("t41-ket-nap-theo-quy-cong-thuc", "quarters-formulas-typed-rows",
             "Admissions by quarter per unit with '6 tháng' and 'Cả năm' columns typed by hand and a Cộng row of "
             "=SUM formulas; two units' Quý II figures swapped (both rows' 6 tháng and Cả năm fail, the column "
             "total holds), and the Cả năm formula of the Cộng row misses the last unit.")
    s = c.sheet("Kết nạp theo quý")
    R = random.Random(4141)
    title(s, 0, "KẾT QUẢ KẾT NẠP ĐẢNG VIÊN THEO QUÝ NĂM 2024", 8)
    s.row(2, ["STT", "Đảng bộ, chi bộ cơ sở", "Quý I", "Quý II", "6 tháng", "Quý III", "Quý IV", "Cả năm"])
    s.row(3, ["A", "B", "1", "2", "3 = 1 + 2", "4", "5", "6 = 3 + 4 + 5"])
    units = YEN_LAP[:9] + COQUAN[:3]
    for i, u in enumerate(units):
        r = 4 + i
        q = [R.randint(0, 6) for _ in range(4)]
        if i in (2, 6):
            q[1] = 3 + i
        s.row(r, [i + 1, u, q[0], q[1], None, q[2], q[3]])
        c.total(s, f"E{r + 1}", [f"C{r + 1}", f"D{r + 1}"])
        c.total(s, f"H{r + 1}", [f"E{r + 1}", f"F{r + 1}", f"G{r + 1}"])
    last = 4 + len(units)
    s.row(last, [None, "Cộng"])
    for col in "CDEFGH":
        c.total(s, f"{col}{last + 1}", [f"{col}{k + 1}" for k in range(4, last)], formula=True)
    c.table(s, f"A3:H{last + 1}")
    c.swap(s, "D7", "D11", f"Quý II of {units[2]} ({s.num('D7')}) and of {units[6]} ({s.num('D11')}) typed in each "
                           "other's row: 6 tháng and Cả năm of both rows fail, the Cộng of Quý II holds")
    c.bad_range(s, f"H{last + 1}", f"SUM(H5:H{last - 1})", "=SUM(H5:H" + str(last - 1) + ") leaves out the last "
                "unit: cached {got}, should be {right}; 6 tháng + Quý III + Quý IV of the Cộng row give {right}")
    return c


# ================================================================== t42  units, two years, Tăng/giảm and So sánh
@case
def t42():
    c = Case("t42-don-vi-tang-giam-sai-dau", "units-two-years-diff-ratio",
             "Members per unit at the end of 2023 and 2024, Toàn huyện first, 'Tăng (+), giảm (-)' as numbers and "
             "'So sánh (%)' with two decimals; a decrease typed without its minus sign, and one ratio cut instead "
             "of rounded.")
    s = c.sheet("ĐV 2023-2024")
    R = random.Random(4242)
    title(s, 0, "SỐ LƯỢNG ĐẢNG VIÊN CÁC TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2024 SO VỚI NĂM 2023", 6)
    s.row(2, ["STT", "Tổ chức cơ sở đảng", "Năm 2023", "Năm 2024", "Tăng (+), giảm (-)", "So sánh (%)"])
    s.row(3, [None, "Toàn huyện"])
    units = THACH_HA[:11] + COQUAN[:4]
    for i, u in enumerate(units):
        r = 4 + i
        a = R.randint(20, 60) if u.startswith("Chi bộ") else R.randint(150, 480)
        b = a + R.randint(-9, 14)
        if i == 4:
            b = a - 7
        s.row(r, [i + 1, u, a, b])
    last = 4 + len(units) - 1
    for col in "CD":
        c.total(s, f"{col}4", [f"{col}{k + 1}" for k in range(4, last + 1)])
    for r in range(3, last + 1):
        c.diff(s, f"E{r + 1}", f"D{r + 1}", f"C{r + 1}")
        c.ratio(s, f"F{r + 1}", f"D{r + 1}", f"C{r + 1}")
    c.table(s, f"A3:F{last + 1}")
    v = s.num("E9")
    c.err(s, "E9", -v, "sign", f"{vi_int(-v)} typed for {vi_int(v)}: {units[4]} fell from {vi_int(s.num('C9'))} to "
          f"{vi_int(s.num('D9'))}; So sánh {vi_num(s.num('F9'))} < 100 agrees")
    c.warn_first(s, [f"F{k + 1}" for k in range(10, last + 1)], "truncation")
    return c


# ================================================================== t43 / t44: more slips on shapes above
@case
def t43():
    def plant(c, s):
        r = 6
        xs, tot, tong = s.num(f"F{r}"), s.num(f"D{r}"), s.num(f"C{r}")
        typed = pct(xs, tot)
        c.err(s, f"G{r}", typed, "base", f"{vi_int(xs)} / {vi_int(tot)} (the 'tốt trở lên' count) = {vi_num(typed)}; "
              f"every other row takes xuất sắc of the evaluated total: {vi_int(xs)} / {vi_int(tong)} = "
              f"{vi_num(pct(xs, tong))}")
        v = s.num("H8")
        typed = digit_typo(v, -1)
        c.err(s, "H8", typed, "digit", f"{vi_int(typed)} typed for {vi_int(v)}: tốt trở lên + HT + KHT of row 8 no "
              f"longer give {vi_int(s.num('C8'))}, and the share I8 is of {vi_int(v)}")
    return ratings_years("t43-xep-loai-chi-bo-xs-trong-tot-loi",
                         "Branches (chi bộ trực thuộc) rated 2021-2025 with xuất sắc inside 'tốt trở lên'; one "
                         "xuất sắc share taken of the tốt count instead of the evaluated total like the other rows, "
                         "and a Hoàn thành nhiệm vụ count with a digit wrong.", 4343, "chi bộ trực thuộc",
                         [2021, 2022, 2023, 2024, 2025], True, plant, "XL chi bộ")


@case
def t44():
    def plant(c, s):
        v = s.num("D7")
        stale = v - 23
        c.err(s, "D7", stale, "other", f"Toàn huyện nữ written {vi_int(stale)} (the 2023 report's figure): the units "
              f"add to {vi_int(v)}, and the share E7 = {vi_num(s.num('E7'))} is {vi_int(v)} / {vi_int(s.num('C7'))}")
        c.warn_first(s, [f"G{k}" for k in range(8, 20)] + [f"I{k}" for k in range(8, 20)], "truncation")
    return members_by_group(
        "t44-co-cau-nu-toan-huyen-cu", "Same shape as t01 for Yên Lập: the Toàn huyện female count left at an old "
        "figure (neither the sum of the units nor the base of its share), and one small share cut instead of rounded.",
        YEN_LAP[:13], 4444, "huyện Yên Lập", plant)


# ================================================================== main
def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".json"):
            os.remove(os.path.join(OUT, f))
    ids = set()
    kinds, warns, layouts = Counter(), Counter(), Counter()
    clean = 0
    for fn in CASES:
        c = fn()
        check(c)
        check_tables(c)
        assert c.id not in ids
        ids.add(c.id)
        with open(os.path.join(OUT, c.id + ".json"), "w", encoding="utf-8") as fh:
            json.dump(c.to_json(), fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        layouts[c.layout] += 1
        for e in c.errors:
            kinds[e["kind"]] += 1
        for w in c.warnings:
            warns[w["kind"]] += 1
        clean += not (c.errors or c.warnings)
    print(f"{len(ids)} cases, {len(layouts)} layouts, {clean} clean")
    print("errors:", dict(sorted(kinds.items())), "total", sum(kinds.values()))
    print("warnings:", dict(sorted(warns.items())))
    print("layouts:", dict(sorted(layouts.items())))


if __name__ == "__main__":
    main()
