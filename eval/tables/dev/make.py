#!/usr/bin/env python3
"""Build the DEV part of the table evaluation corpus for Soát Số.

Every case is built from consistent base figures; totals, shares, differences
and ratios are computed exactly (fractions, rounded half up with Decimal), then
errors and warnings are planted and the case is written to cases/<id>.json.

A self-check runs at the end: every case carries the rules a careful clerk
would check (sums, subsets, shares, differences, ratios, cross-sheet equality,
header labels).  Clean cases must satisfy all of them; in the other cases every
failing rule must involve a planted culprit, every culprit must sit in a failing
rule, warnings must show up as truncation / precision, and restoring the planted
values must make every rule hold again.

Standard library only.  Run:  python3 make.py
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "cases")


# ----------------------------------------------------------------- arithmetic
def rnd(x, nd=2):
    """Round a Fraction/int/Decimal half up (away from zero) to nd decimals -> Decimal."""
    d = Decimal(x.numerator) / Decimal(x.denominator) if isinstance(x, Fraction) else Decimal(x)
    # exact: use the fraction when given one
    if isinstance(x, Fraction):
        s = 10 ** nd
        v = x * s
        sign = -1 if v < 0 else 1
        v = abs(v)
        n = v.numerator // v.denominator
        if (v - n) * 2 >= 1:
            n += 1
        return (Decimal(sign * n).scaleb(-nd)).quantize(Decimal(1).scaleb(-nd), rounding=ROUND_HALF_UP)
    return d.quantize(Decimal(1).scaleb(-nd), rounding=ROUND_HALF_UP)


def trunc(x, nd=2):
    s = 10 ** nd
    v = Fraction(x) * s
    sign = -1 if v < 0 else 1
    v = abs(v)
    n = v.numerator // v.denominator
    return Decimal(sign * n).scaleb(-nd).quantize(Decimal(1).scaleb(-nd), rounding=ROUND_DOWN)


def share(part, base, nd=2):
    return rnd(Fraction(part) * 100 / Fraction(base), nd)


def ratio(cur, prev, nd=2):
    return rnd(Fraction(cur) * 100 / Fraction(prev), nd)


def relch(cur, prev, nd=2):
    return rnd((Fraction(cur) - Fraction(prev)) * 100 / Fraction(prev), nd)


def tshare(part, base, nd=2):
    return trunc(Fraction(part) * 100 / Fraction(base), nd)


class Sg(int):
    """A signed difference: written '+4' / '-31' in text tables."""


# ------------------------------------------------------------------ formatting
def vi_int(n, signed=False):
    s = f"{abs(int(n)):,}".replace(",", ".")
    if n < 0:
        return "-" + s
    return ("+" + s) if (signed and n > 0) else s


def vi_dec(d, signed=False):
    s = f"{abs(d):f}"
    if "." in s:
        a, b = s.split(".")
    else:
        a, b = s, ""
    a = f"{int(a):,}".replace(",", ".")
    out = a + ("," + b if b else "")
    if d < 0:
        return "-" + out
    return ("+" + out) if (signed and d > 0) else out


def col_letter(c):
    s = ""
    c += 1
    while c:
        c, r = divmod(c - 1, 26)
        s = chr(65 + r) + s
    return s


def A(r, c):
    """Excel address from 1-based row and 0-based column."""
    return f"{col_letter(c)}{r}"


def parse_addr(a):
    m = re.match(r"^([A-Z]+)(\d+)$", a)
    col = 0
    for ch in m.group(1):
        col = col * 26 + ord(ch) - 64
    return int(m.group(2)), col - 1


NUM_RE = re.compile(r"^[+-]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$")


def parse_num(v):
    """-> (Fraction, decimals) or None."""
    if v is None or isinstance(v, bool):
        return None
    if isinstance(v, int):
        return Fraction(v), 0
    if isinstance(v, float):
        s = repr(v)
        dec = 0 if s.endswith(".0") else len(s.split(".")[1]) if "." in s else 0
        return Fraction(Decimal(s)), dec
    if isinstance(v, Decimal):
        return Fraction(v), max(0, -v.as_tuple().exponent)
    if isinstance(v, str):
        s = v.strip().replace("\u00a0", "").replace(" ", "")
        if s.endswith("%"):
            s = s[:-1]
        if s.startswith("(") and s.endswith(")"):
            s = s[1:-1]
        if not NUM_RE.match(s):
            return None
        sign = -1 if s.startswith("-") else 1
        s = s.lstrip("+-")
        ip, _, fp = s.partition(",")
        ip = ip.replace(".", "")
        val = Fraction(int(ip)) + (Fraction(int(fp), 10 ** len(fp)) if fp else 0)
        return sign * val, len(fp)
    return None


# --------------------------------------------------------------------- model
class Sheet:
    def __init__(self, name, text=False):
        self.name = name
        self.rows = []
        self.merges = []
        self.cells = {}
        self.text = text          # render numbers as vi-VN text
        self.pctfmt = "auto"      # number format given to Decimal cells in numeric sheets ("auto": 0.00 for 2 decimals)

    def add(self, *vals):
        self.rows.append(list(vals))
        return len(self.rows)     # Excel row number

    def blank(self, n=1):
        for _ in range(n):
            self.rows.append([])
        return len(self.rows)

    def merge(self, rng):
        self.merges.append(rng)

    def get(self, a):
        r, c = parse_addr(a)
        row = self.rows[r - 1]
        return row[c] if c < len(row) else None

    def set(self, a, v):
        r, c = parse_addr(a)
        row = self.rows[r - 1]
        while len(row) <= c:
            row.append(None)
        row[c] = v

    # rendering of one python value into a JSON cell
    def render(self, v):
        if isinstance(v, Sg):
            return vi_int(int(v), signed=True) if self.text else int(v)
        if isinstance(v, bool) or v is None:
            return v
        if v == "":
            return None
        if isinstance(v, int):
            return vi_int(v) if self.text else v
        if isinstance(v, Decimal):
            return vi_dec(v, signed=getattr(v, "_signed", False)) if self.text else float(v)
        if isinstance(v, Raw):
            return v.v
        return v

    def to_json(self):
        rows = []
        cells = {}
        for ri, row in enumerate(self.rows):
            out = []
            for ci, v in enumerate(row):
                out.append(self.render(v))
                if isinstance(v, Decimal) and not self.text and self.pctfmt:
                    k = max(0, -v.as_tuple().exponent)
                    fmt = self.pctfmt if self.pctfmt != "auto" else ("0." + "0" * k if k else None)
                    if fmt:
                        cells[A(ri + 1, ci)] = {"v": float(v), "fmt": fmt}
            while out and out[-1] is None:
                out.pop()
            rows.append(out)
        cells.update(self.cells)
        j = {"name": self.name, "rows": rows}
        if self.merges:
            j["merges"] = self.merges
        if cells:
            j["cells"] = cells
        return j


class Raw:
    """A value written exactly as given (e.g. a typed whole number in a text table)."""

    def __init__(self, v):
        self.v = v


class SD(Decimal):
    pass


def sdec(d):
    """Decimal rendered with an explicit + sign in text tables."""
    x = Decimal(d)
    x = SD(x)
    x._signed = True
    return x


def jsonval(v, sheet):
    """The number a cell holds, for errors' "value"."""
    if isinstance(v, Raw):
        v = v.v
    if isinstance(v, Sg):
        return int(v)
    if isinstance(v, Decimal):
        return float(v)
    if isinstance(v, str):
        p = parse_num(v)
        if p is not None:
            f = p[0]
            return int(f) if f.denominator == 1 and p[1] == 0 else float(Decimal(f.numerator) / Decimal(f.denominator))
    return v


CASES = []


class Case:
    def __init__(self, cid, layout, about):
        self.id = cid
        self.layout = layout
        self.about = about
        self.sheets = []
        self.tables = []
        self.errors = []
        self.warnings = []
        self.rules = []
        self.restore = []          # (sheet, addr, original python value)
        CASES.append(self)

    def sheet(self, name, text=False, pctfmt="auto"):
        s = Sheet(name, text)
        s.pctfmt = pctfmt
        self.sheets.append(s)
        return s

    def sh(self, name):
        for s in self.sheets:
            if s.name == name:
                return s
        raise KeyError(name)

    def table(self, sheet, rng):
        self.tables.append({"sheet": sheet.name, "range": rng})

    # ---- rules (all addresses are A1 strings)
    def r_lin(self, s, target, terms, what="sum"):
        self.rules.append(("lin", s.name, target, terms, what))

    def r_sum(self, s, parent, children):
        self.r_lin(s, parent, [(1, c) for c in children])

    def r_le(self, s, part, parent):
        self.rules.append(("le", s.name, part, parent))

    def r_share(self, s, cell, part, base, nd=2):
        self.rules.append(("share", s.name, cell, part, base, nd))

    def r_diff(self, s, cell, cur, prev):
        self.r_lin(s, cell, [(1, cur), (-1, prev)], "diff")

    def r_ratio(self, s, cell, cur, prev, nd=2):
        self.rules.append(("share", s.name, cell, cur, prev, nd))

    def r_rel(self, s, cell, cur, prev, nd=2):
        self.rules.append(("rel", s.name, cell, cur, prev, nd))

    def r_p100(self, s, cells, nd=2):
        self.rules.append(("p100", s.name, cells, nd))

    def r_eq(self, s1, a, s2, b):
        self.rules.append(("eq", s1.name, a, s2.name, b))

    def r_label(self, s, cell, text):
        self.rules.append(("label", s.name, cell, text))

    def r_formula(self, s, cell, rng):
        self.rules.append(("formula", s.name, cell, rng))

    # ---- planting
    def plant(self, s, a, new, kind, note):
        old = s.get(a)
        self.restore.append((s, a, old))
        s.set(a, new)
        self.errors.append({"sheet": s.name, "culprit": a, "value": jsonval(old, s), "kind": kind, "note": note})

    def plant_swap(self, s, a, b, note):
        va, vb = s.get(a), s.get(b)
        self.restore += [(s, a, va), (s, b, vb)]
        s.set(a, vb)
        s.set(b, va)
        self.errors.append({"sheet": s.name, "culprit": [a, b], "value": [jsonval(va, s), jsonval(vb, s)],
                            "kind": "swap", "note": note})

    def plant_formula(self, s, a, formula, cached, note):
        old = s.get(a)
        self.restore.append((s, a, old))
        oldcell = s.cells.get(a)
        self.restore.append(("cell", s, a, dict(oldcell) if oldcell else None))
        s.set(a, cached)
        s.cells[a] = {"v": cached, "formula": formula}
        self.errors.append({"sheet": s.name, "culprit": a, "value": jsonval(old, s), "kind": "formula-range",
                            "note": note})

    def warn(self, s, a, new, kind, note):
        old = s.get(a)
        self.restore.append((s, a, old))
        s.set(a, new)
        self.warnings.append({"sheet": s.name, "cell": a, "kind": kind, "value": jsonval(old, s), "note": note})

    def to_json(self):
        return {"id": self.id, "layout": self.layout, "about": self.about,
                "sheets": [s.to_json() for s in self.sheets], "tables": self.tables,
                "errors": self.errors, "warnings": self.warnings}


# --------------------------------------------------------------- self-check
def cell_value(sj, a):
    """Numeric value (Fraction, decimals) of an address in a rendered sheet JSON."""
    if "cells" in sj and a in sj["cells"]:
        c = sj["cells"][a]
        v = c.get("v")
        p = parse_num(v)
        if p and "%" in c.get("fmt", ""):
            return p[0] * 100, p[1] - 2
        return p
    r, c = parse_addr(a)
    rows = sj["rows"]
    if r - 1 >= len(rows) or c >= len(rows[r - 1]):
        return None
    return parse_num(rows[r - 1][c])


def raw_value(sj, a):
    r, c = parse_addr(a)
    rows = sj["rows"]
    if r - 1 >= len(rows) or c >= len(rows[r - 1]):
        return None
    return rows[r - 1][c]


def eval_rules(case, cj):
    sheets = {s["name"]: s for s in cj["sheets"]}
    res = []
    for rule in case.rules:
        t = rule[0]
        if t == "lin":
            _, sn, target, terms, what = rule
            sj = sheets[sn]
            tv = cell_value(sj, target)
            vals = [cell_value(sj, a) for _, a in terms]
            assert tv is not None and all(v is not None for v in vals), (case.id, rule)
            ok = tv[0] == sum(k * v[0] for (k, _), v in zip(terms, vals))
            res.append((rule, "ok" if ok else "fail", [(sn, target)] + [(sn, a) for _, a in terms]))
        elif t == "le":
            _, sn, part, parent = rule
            sj = sheets[sn]
            ok = cell_value(sj, part)[0] <= cell_value(sj, parent)[0]
            res.append((rule, "ok" if ok else "fail", [(sn, part), (sn, parent)]))
        elif t in ("share", "rel"):
            _, sn, cell, part, base, nd = rule
            sj = sheets[sn]
            st = cell_value(sj, cell)
            p, b = cell_value(sj, part)[0], cell_value(sj, base)[0]
            e = (p * 100 / b) if t == "share" else ((p - b) * 100 / b)
            stv, sd = st
            if Fraction(rnd(e, nd)) == stv:
                status = "ok"
            elif Fraction(trunc(e, nd)) == stv:
                status = "trunc"
            elif sd < nd and Fraction(rnd(e, sd)) == stv:
                status = "prec"
            else:
                status = "fail"
            res.append((rule, status, [(sn, cell), (sn, part), (sn, base)]))
        elif t == "p100":
            _, sn, cells, nd = rule
            sj = sheets[sn]
            tot = sum(cell_value(sj, a)[0] for a in cells)
            tol = Fraction(len(cells), 2 * 10 ** nd)
            ok = abs(tot - 100) <= tol
            res.append((rule, "ok" if ok else "fail", [(sn, a) for a in cells]))
        elif t == "eq":
            _, s1, a, s2, b = rule
            ok = cell_value(sheets[s1], a)[0] == cell_value(sheets[s2], b)[0]
            res.append((rule, "ok" if ok else "fail", [(s1, a), (s2, b)]))
        elif t == "label":
            _, sn, cell, text = rule
            ok = raw_value(sheets[sn], cell) == text
            res.append((rule, "ok" if ok else "fail", [(sn, cell)]))
        elif t == "formula":
            _, sn, cell, rng = rule
            f = sheets[sn].get("cells", {}).get(cell, {}).get("formula")
            ok = f is not None and f.replace("$", "") == f"SUM({rng})"
            res.append((rule, "ok" if ok else "fail", [(sn, cell)]))
    return res


def self_check(case):
    problems = []
    cj = case.to_json()
    res = eval_rules(case, cj)
    culprits = set()
    for e in case.errors:
        cs = e["culprit"] if isinstance(e["culprit"], list) else [e["culprit"]]
        for c in cs:
            culprits.add((e["sheet"], c))
    wcells = {(w["sheet"], w["cell"]): w for w in case.warnings}
    if not case.rules:
        problems.append("no rules")
    for rule, st, cells in res:
        if st == "fail":
            if not (set(cells) & culprits):
                problems.append(f"unexpected failure {rule}")
        elif st in ("trunc", "prec"):
            hit = [w for c, w in wcells.items() if c in cells and c == cells[0]]
            if not hit:
                problems.append(f"unexpected {st} {rule}")
            elif hit[0]["kind"] != {"trunc": "truncation", "prec": "precision"}[st]:
                problems.append(f"warning kind mismatch {rule}")
    support = {}
    for e in case.errors:
        cs = e["culprit"] if isinstance(e["culprit"], list) else [e["culprit"]]
        for c in cs:
            n = sum(1 for rule, st, cells in res if st == "fail" and (e["sheet"], c) in cells)
            support[(e["sheet"], c)] = n
            if n == 0:
                problems.append(f"culprit {c} breaks nothing")
    for (sn, a), w in wcells.items():
        if not any(st in ("trunc", "prec") and cells[0] == (sn, a) for rule, st, cells in res):
            problems.append(f"warning {a} not detected")
    # restore everything -> all rules hold
    saved = []
    for item in case.restore:
        if item[0] == "cell":
            _, s, a, old = item
            saved.append(("cell", s, a, s.cells.get(a)))
            if old is None:
                s.cells.pop(a, None)
            else:
                s.cells[a] = old
        else:
            s, a, old = item
            saved.append((s, a, s.get(a)))
            s.set(a, old)
    res2 = eval_rules(case, case.to_json())
    for rule, st, cells in res2:
        if st != "ok":
            problems.append(f"after restore: {st} {rule}")
    for item in reversed(saved):
        if item[0] == "cell":
            _, s, a, cur = item
            if cur is None:
                s.cells.pop(a, None)
            else:
                s.cells[a] = cur
        else:
            s, a, cur = item
            s.set(a, cur)
    return problems, support, res


# ------------------------------------------------------- generic period table
def N(stt, label, v=None, kind=None, kids=(), id=None, base=None, avg=False, note=None, unit=None, noshare=False):
    return {"stt": stt, "label": label, "v": list(v) if v is not None else None, "kind": kind, "kids": list(kids),
            "id": id, "base": base, "avg": avg, "note": note, "unit": unit, "noshare": noshare}


def compute(nodes):
    for n in nodes:
        compute(n["kids"])
        if n["v"] is None and n["kind"] != "sum":
            continue
        if n["kind"] == "sum":
            k = len(n["kids"][0]["v"])
            n["v"] = [sum(c["v"][i] for c in n["kids"] if not c["avg"]) for i in range(k)]
        if n["kind"] in ("sub", "part", "sum"):
            for c in n["kids"]:
                if c["avg"] or c["v"] is None:
                    continue
                for i in range(len(n["v"])):
                    assert c["v"][i] <= n["v"][i], (n["label"], c["label"])
        if n["kind"] == "part":
            k = len(n["v"])
            for i in range(k):
                assert sum(c["v"][i] for c in n["kids"] if not c["avg"] and c["v"] is not None) <= n["v"][i], n["label"]


def flat(nodes, depth=0):
    for n in nodes:
        yield n, depth
        yield from flat(n["kids"], depth + 1)


class PT:
    """A period table laid out on a sheet; .row[id] gives Excel rows, .col[...] column indices."""


def period_table(case, s, nodes, periods, *, stt=True, unit_col=False, diff="Tăng (+), giảm (-)",
                 ratio=None, rel=None, shares=False, share_hdr="Tỷ lệ (%)", note_col=None, nd=2,
                 header_rows=None, first_col_hdr="Nội dung", stt_hdr="STT", diff_signed=True,
                 total_base=None, cumulative=None, cur=-1, prev=-2):
    """Write a table: [STT] | label | [ĐVT] | periods (each optionally followed by a share) | diff | ratio | rel | note.
    ratio/rel: header text or None.  Returns a PT with row/col maps.  Rules are registered."""
    compute(nodes)
    pt = PT()
    cols = []
    if stt:
        cols.append(("stt", stt_hdr))
    cols.append(("label", first_col_hdr))
    if unit_col:
        cols.append(("unit", "Đơn vị tính"))
    for i, p in enumerate(periods):
        cols.append(("p", p, i))
        if shares:
            cols.append(("sh", share_hdr, i))
    if diff:
        cols.append(("diff", diff))
    if ratio:
        cols.append(("ratio", ratio))
    if rel:
        cols.append(("rel", rel))
    if note_col:
        cols.append(("note", note_col))
    pt.cols = cols
    pt.pcol = {c[2]: j for j, c in enumerate(cols) if c[0] == "p"}
    pt.scol = {c[2]: j for j, c in enumerate(cols) if c[0] == "sh"}
    pt.ccol = {c[0]: j for j, c in enumerate(cols) if c[0] in ("diff", "ratio", "rel", "label", "stt", "note")}
    if header_rows:
        pt.top = header_rows(s, cols)
    else:
        pt.top = s.add(*[c[1] for c in cols])
    pt.row = {}
    byid = {}
    last = cur % len(periods)
    pv = prev % len(periods)
    for n, depth in flat(nodes):
        vals = []
        for j, c in enumerate(cols):
            t = c[0]
            if t == "stt":
                vals.append(n["stt"])
            elif t == "label":
                vals.append(n["label"])
            elif t == "unit":
                vals.append(n["unit"] or "người")
            elif n["v"] is None:
                vals.append(None)
            elif t == "p":
                vals.append(n["v"][c[2]])
            elif t == "sh":
                vals.append(None)
            elif t == "diff":
                d = n["v"][last] - n["v"][pv]
                if isinstance(d, Decimal):
                    vals.append(sdec(d) if diff_signed else d)
                else:
                    vals.append(Sg(d) if diff_signed else d)
            elif t == "ratio":
                vals.append(ratio_v(n["v"][last], n["v"][pv], nd))
            elif t == "rel":
                vals.append(relch(n["v"][last], n["v"][pv], nd) if n["v"][pv] else "-")
            elif t == "note":
                vals.append(n["note"])
        r = s.add(*vals)
        n["row"] = r
        if n["id"]:
            pt.row[n["id"]] = r
            byid[n["id"]] = n
    pt.bottom = len(s.rows)
    pt.byid = byid
    # shares
    if shares:
        top = total_base or nodes[0]["id"]
        for n, depth in flat(nodes):
            for i in range(len(periods)):
                a = A(n["row"], pt.scol[i])
                if n["avg"] or n["noshare"] or n["v"] is None:
                    s.set(a, None)
                    continue
                b = byid[n["base"] or top]
                if b is n:
                    s.set(a, Decimal("100.00") if nd == 2 else rnd(100, nd))
                    continue
                s.set(a, share(n["v"][i], b["v"][i], nd))
                case.r_share(s, a, A(n["row"], pt.pcol[i]), A(b["row"], pt.pcol[i]), nd)
    # rules
    for n, depth in flat(nodes):
        if n["v"] is None:
            continue
        for i in range(len(periods)):
            pc = pt.pcol[i]
            if n["kind"] == "sum":
                case.r_sum(s, A(n["row"], pc), [A(c["row"], pc) for c in n["kids"] if not c["avg"]])
            elif n["kind"] in ("sub", "part"):
                for c in n["kids"]:
                    if not c["avg"] and c["v"] is not None:
                        case.r_le(s, A(c["row"], pc), A(n["row"], pc))
        if diff:
            dc = pt.ccol["diff"]
            case.r_diff(s, A(n["row"], dc), A(n["row"], pt.pcol[last]), A(n["row"], pt.pcol[pv]))
        if ratio and n["v"][pv]:
            case.r_ratio(s, A(n["row"], pt.ccol["ratio"]), A(n["row"], pt.pcol[last]), A(n["row"], pt.pcol[pv]), nd)
        if rel and n["v"][pv]:
            case.r_rel(s, A(n["row"], pt.ccol["rel"]), A(n["row"], pt.pcol[last]), A(n["row"], pt.pcol[pv]), nd)
    return pt


def ratio_v(cur, prev, nd):
    return ratio(cur, prev, nd) if prev else "-"


def cell(pt, nid, what, i=None):
    """Address of a node's cell: what = 'p' (period i), 'sh' (share i), 'diff', 'ratio', 'rel', 'label', 'stt'."""
    r = pt.row[nid]
    if what == "p":
        return A(r, pt.pcol[i])
    if what == "sh":
        return A(r, pt.scol[i])
    return A(r, pt.ccol[what])


def hdr_end(pt):
    return col_letter(len(pt.cols) - 1)


def rng(pt, top=None):
    return f"A{top or pt.top}:{hdr_end(pt)}{pt.bottom}"


def digit_typo(n, pos, newdigit):
    """Replace digit at position pos (0 = leftmost) of n."""
    s = str(n)
    assert s[pos] != str(newdigit)
    return int(s[:pos] + str(newdigit) + s[pos + 1:])


def transpose(n, pos):
    s = str(n)
    assert s[pos] != s[pos + 1]
    return int(s[:pos] + s[pos + 1] + s[pos] + s[pos + 2:])


def tdec(d, pos):
    """Transpose adjacent digits of a Decimal's digit string (ignoring the point)."""
    sign, digits, exp = d.as_tuple()
    ds = list(digits)
    assert ds[pos] != ds[pos + 1]
    ds[pos], ds[pos + 1] = ds[pos + 1], ds[pos]
    return Decimal((sign, tuple(ds), exp))


# ---------------------------------------------------------- generic grid table
def fill_h(v, hsum):
    for tgt, cols in hsum:
        if v[tgt] is None:
            v[tgt] = sum(v[c] for c in cols)


def compute_grid(nodes, hsum):
    for n in nodes:
        compute_grid(n["kids"], hsum)
        if n["kind"] == "sum":
            kids = [c for c in n["kids"] if not c["avg"] and c["v"] is not None]
            k = len(kids[0]["v"])
            n["v"] = [None if any(c["v"][i] is None for c in kids) else sum(c["v"][i] for c in kids) for i in range(k)]
        elif n["v"] is not None:
            fill_h(n["v"], hsum)


def grid_table(case, s, nodes, *, labels=("stt", "label"), hsum=(), hle=(), novert=(), vle=True):
    """Append data rows: label columns then data columns.  Registers vertical rules (sum nodes, subset
    nodes) and horizontal rules (hsum: target = sum of cols; hle: col a <= col b) in data-column indices.
    Returns a PT with .row[id], .c0 (first data column index), .bottom."""
    compute_grid(nodes, hsum)
    pt = PT()
    pt.c0 = len(labels)
    pt.row = {}
    pt.byid = {}
    first = None
    for n, depth in flat(nodes):
        vals = [n.get(l) for l in labels]
        if n["v"] is not None:
            vals += list(n["v"])
        r = s.add(*vals)
        first = first or r
        n["row"] = r
        if n["id"]:
            pt.row[n["id"]] = r
            pt.byid[n["id"]] = n
    pt.first = first
    pt.bottom = len(s.rows)
    c0 = pt.c0
    for n, depth in flat(nodes):
        if n["v"] is None:
            continue
        k = len(n["v"])
        for i in range(k):
            if i in novert:
                continue
            if n["kind"] == "sum":
                case.r_sum(s, A(n["row"], c0 + i), [A(c["row"], c0 + i) for c in n["kids"] if not c["avg"] and c["v"] is not None])
            elif n["kind"] in ("sub", "part") and vle:
                for c in n["kids"]:
                    if not c["avg"] and c["v"] is not None:
                        case.r_le(s, A(c["row"], c0 + i), A(n["row"], c0 + i))
        if n["avg"]:
            continue
        for tgt, cols in hsum:
            case.r_sum(s, A(n["row"], c0 + tgt), [A(n["row"], c0 + c) for c in cols])
        for a, b in hle:
            case.r_le(s, A(n["row"], c0 + a), A(n["row"], c0 + b))
    return pt


def G(pt, nid, i):
    """Address of data column i of node nid in a grid table."""
    return A(pt.row[nid], pt.c0 + i)


def L(n, depth=0):
    return n


def unit_nodes(names, vals, kind=None):
    return [N(None, nm, v, id=f"u{i}") for i, (nm, v) in enumerate(zip(names, vals))]


DISTRICTS = ["Thành phố Vị Thanh", "Thành phố Ngã Bảy", "Thị xã Long Mỹ", "Huyện Châu Thành",
             "Huyện Châu Thành A", "Huyện Phụng Hiệp", "Huyện Vị Thủy", "Huyện Long Mỹ",
             "Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh", "Đảng bộ Công an tỉnh", "Đảng bộ Quân sự tỉnh"]
XA_PH = ["Thị trấn Cây Dương", "Thị trấn Kinh Cùng", "Thị trấn Búng Tàu", "Xã Tân Bình", "Xã Bình Thành",
         "Xã Thạnh Hòa", "Xã Long Thạnh", "Xã Phụng Hiệp", "Xã Hòa An", "Xã Hòa Mỹ", "Xã Tân Long",
         "Xã Phương Bình", "Xã Hiệp Hưng", "Xã Tân Phước Hưng", "Xã Phương Phú"]


# ====================================================================== CASES
# ---------------------------------------------------------------- clean cases
def d01():
    c = Case("d01-to-chuc-dang-hai-nhiem-ky", "stt-label-periods",
             "Party organisations and members over two terms; a part (chi bộ cơ sở, -31) falls more than its total (-27); "
             "Trong đó rows overlap; So sánh (%) with two decimals. Clean.")
    s = c.sheet("Biểu 01")
    s.add("BIỂU 01. TỔ CHỨC ĐẢNG VÀ ĐẢNG VIÊN CỦA ĐẢNG BỘ TỈNH QUA HAI NHIỆM KỲ")
    s.add(None, None, None, None, "Đơn vị tính: tổ chức, đảng viên")
    nodes = [
        N("1", "Tổ chức cơ sở đảng", kind="sum", id="tccs", kids=[
            N("-", "Đảng bộ cơ sở", [167, 171], id="db"),
            N("-", "Chi bộ cơ sở", [358, 327], id="cb")]),
        N("2", "Chi bộ trực thuộc đảng ủy cơ sở", kind="sum", id="cbtt", kids=[
            N("-", "Chi bộ ấp, khu vực", [531, 525]),
            N("-", "Chi bộ ngành xã", [603, 517]),
            N("-", "Chi bộ ngành huyện", [219, 175]),
            N("-", "Chi bộ ngành tỉnh", [350, 306])]),
        N("3", "Tổng số đảng viên", [31864, 33509], kind="sub", id="dv", kids=[
            N("", "Trong đó: - Nữ", [10215, 11262]),
            N("", "- Dân tộc thiểu số", [602, 654]),
            N("", "- Người theo tôn giáo", [498, 539]),
            N("", "- Đảng viên dự bị", [1210, 1187])]),
    ]
    pt = period_table(c, s, nodes, ["Nhiệm kỳ 2015 - 2020", "Nhiệm kỳ 2020 - 2025"], ratio="So sánh (%)")
    c.table(s, rng(pt))
    return c


def d02():
    c = Case("d02-xep-loai-tccsd-theo-nam", "years-as-rows",
             "Ratings of grassroots party organisations by year (years down the rows); 'xuất sắc' is counted inside "
             "'tốt' and its share is on the tốt count (11/58), the others on the evaluated total; tốt + HT + KHT = 100 %. Clean.")
    s = c.sheet("Xếp loại TCCSĐ")
    s.add("KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG TỔ CHỨC CƠ SỞ ĐẢNG GIAI ĐOẠN 2020 - 2023")
    s.add("Đơn vị tính: tổ chức")
    h1 = s.add("Năm", "Tổng số TCCSĐ được đánh giá", "Hoàn thành tốt nhiệm vụ trở lên", None,
               "Trong đó: Hoàn thành xuất sắc nhiệm vụ", None, "Hoàn thành nhiệm vụ", None, "Không hoàn thành nhiệm vụ", None)
    s.add(None, None, "Số lượng", "Tỷ lệ (%)", "Số lượng", "Tỷ lệ (%)", "Số lượng", "Tỷ lệ (%)", "Số lượng", "Tỷ lệ (%)")
    for m in ["A3:A4", "B3:B4", "C3:D3", "E3:F3", "G3:H3", "I3:J3"]:
        s.merge(m)
    data = {2020: (58, 11, 2, 1), 2021: (56, 11, 4, 0), 2022: (54, 10, 4, 1), 2023: (56, 11, 1, 0)}
    for y, (tot, xs, ht, kht) in data.items():
        n = tot + ht + kht
        r = s.add(y, n, tot, share(tot, n), xs, share(xs, tot), ht, share(ht, n), kht, share(kht, n))
        c.r_sum(s, f"B{r}", [f"C{r}", f"G{r}", f"I{r}"])
        c.r_le(s, f"E{r}", f"C{r}")
        c.r_share(s, f"D{r}", f"C{r}", f"B{r}")
        c.r_share(s, f"F{r}", f"E{r}", f"C{r}")
        c.r_share(s, f"H{r}", f"G{r}", f"B{r}")
        c.r_share(s, f"J{r}", f"I{r}", f"B{r}")
        c.r_p100(s, [f"D{r}", f"H{r}", f"J{r}"])
    s.add("Ghi chú: tỷ lệ hoàn thành xuất sắc nhiệm vụ tính trên số tổ chức hoàn thành tốt nhiệm vụ trở lên.")
    c.table(s, f"A3:J{r}")
    return c


def p1_header(s, title_cols, numrow):
    """P1 header: Tiêu chí | Thực hiện (Kỳ này, Cùng kỳ năm trước) | (%) ... ; then column-number row."""
    r1 = s.add(*title_cols[0])
    r2 = s.add(*title_cols[1])
    s.add(*numrow)
    return r1


def d03():
    c = Case("d03-bieu2-ket-nap-roman", "roman-blocks",
             "Biểu 2-BTCTW shape: I, II, III sibling blocks; overlapping Trong đó under I; age bands and education sum to I; "
             "Tuổi bình quân row; partial chuyên môn block; III with its own Trong đó; P1 columns with 4(=2*100/3). Clean.")
    s = c.sheet("Biểu 2-BTCTW")
    s.add("BAN TỔ CHỨC TỈNH ỦY", None, None, "Biểu số 2-BTCTW")
    s.add("THỐNG KÊ ĐẢNG VIÊN MỚI KẾT NẠP NĂM 2023")
    s.add(None, None, None, "Đvt: Người")

    def hdr(s, cols):
        r = s.add("TT", "Tiêu chí", "Thực hiện", None, "(%) kỳ này so với cùng kỳ năm trước")
        s.add(None, None, "Kỳ này", "Cùng kỳ năm trước", None)
        s.add(None, "1", "2", "3", "4(=2*100/3)")
        s.merge(f"A{r}:A{r+1}"); s.merge(f"B{r}:B{r+1}"); s.merge(f"C{r}:D{r}"); s.merge(f"E{r}:E{r+1}")
        return r

    nodes = [
        N("I", "Tổng số đảng viên mới kết nạp", [1212, 1145], kind="sub", id="I", kids=[
            N("", "- Nữ", [498, 452]), N("", "- Dân tộc thiểu số", [31, 27]), N("", "- Người theo tôn giáo", [22, 25]),
            N("", "- Đoàn viên Đoàn TNCS Hồ Chí Minh", [905, 861]), N("", "- Kết nạp lại", [4, 6])]),
        N("II", "Phân tích đảng viên mới kết nạp", None, kids=[
            N("2", "Tuổi đời", None, kids=[]),
            N("", "- Từ 18 đến 30 tuổi", [874, 801], id="a1"), N("", "- Từ 31 đến 35 tuổi", [188, 192]),
            N("", "- Từ 36 đến 40 tuổi", [96, 101]), N("", "- Từ 41 đến 45 tuổi", [41, 38]),
            N("", "- Từ 46 đến 50 tuổi", [13, 13]),
            N("", "- Tuổi bình quân", [Decimal("28.7"), Decimal("29.1")], avg=True),
            N("3", "Trình độ giáo dục phổ thông", None),
            N("", "- Trung học cơ sở", [95, 104]), N("", "- Trung học phổ thông", [1117, 1041]),
            N("4", "Trình độ chuyên môn nghiệp vụ", None),
            N("", "- Trung cấp", [142, 150]), N("", "- Cao đẳng", [77, 85]), N("", "- Đại học", [512, 468]),
            N("", "- Thạc sỹ", [9, 7])]),
        N("III", "Số tổ chức cơ sở đảng có đến cuối kỳ báo cáo", kind="sum", id="III", kids=[
            N("1", "Đảng bộ cơ sở", [171, 170], kind="sub", kids=[
                N("", "Trong đó: + Có kết nạp đảng viên", [158, 151])]),
            N("2", "Chi bộ cơ sở", [327, 335], kind="sub", kids=[
                N("", "Trong đó: + Có kết nạp đảng viên", [241, 236])])]),
    ]
    # age bands and education are flat rows under II; register their sums to I by hand
    pt = period_table(c, s, nodes, ["Kỳ này", "Cùng kỳ năm trước"], diff=None, ratio="%", header_rows=hdr,
                      cur=0, prev=1, first_col_hdr="Tiêu chí", stt_hdr="TT", nd=2)
    rows = {n["label"]: n["row"] for n, _ in flat(nodes)}
    for i in (0, 1):
        col = pt.pcol[i]
        I = A(pt.row["I"], col)
        ages = ["- Từ 18 đến 30 tuổi", "- Từ 31 đến 35 tuổi", "- Từ 36 đến 40 tuổi", "- Từ 41 đến 45 tuổi", "- Từ 46 đến 50 tuổi"]
        assert sum(n["v"][i] for n, _ in flat(nodes) if n["label"] in ages) == nodes[0]["v"][i]
        c.r_sum(s, I, [A(rows[a], col) for a in ages])
        c.r_sum(s, I, [A(rows["- Trung học cơ sở"], col), A(rows["- Trung học phổ thông"], col)])
        for lab in ["- Trung cấp", "- Cao đẳng", "- Đại học", "- Thạc sỹ"]:
            c.r_le(s, A(rows[lab], col), I)
    assert nodes[0]["v"] == [95 + 1117, 104 + 1041]
    c.table(s, f"A{pt.top}:E{pt.bottom}")
    s.add(None, "NGƯỜI LẬP BIỂU", None, "TRƯỞNG BAN")
    return c


def d04():
    c = Case("d04-tuoi-dang-tich-luy", "no-stt",
             "No STT column; cumulative 'có đủ 30/40/50/60 năm tuổi Đảng' rows are nested (not additive, not a breakdown "
             "of the 30-year row); miễn sinh hoạt falls while the total rises. Clean.")
    s = c.sheet("Tuổi đảng")
    s.add("ĐẢNG VIÊN CÓ ĐỦ 30, 40, 50, 60 NĂM TUỔI ĐẢNG")
    s.add(None, None, None, "Đơn vị tính: đảng viên")
    nodes = [N(None, "Tổng số đảng viên", [32988, 33509], kind="sub", id="tot", kids=[
        N(None, "Đảng viên có đủ 30 năm tuổi Đảng trở lên", [4105, 4372], kind="sub", id="y30", kids=[
            N(None, "Đảng viên có đủ 40 năm tuổi Đảng trở lên", [1388, 1461], kind="sub", id="y40", kids=[
                N(None, "Đảng viên có đủ 50 năm tuổi Đảng trở lên", [402, 447], kind="sub", id="y50", kids=[
                    N(None, "Đảng viên có đủ 60 năm tuổi Đảng trở lên", [71, 75], id="y60")])])]),
        N(None, "Đảng viên được miễn công tác và sinh hoạt đảng", [1215, 1188]),
        N(None, "Đảng viên là quân nhân xuất ngũ", [2310, 2364])])]
    pt = period_table(c, s, nodes, ["Năm 2022", "Năm 2023"], stt=False, diff="Tăng, giảm", first_col_hdr="Chỉ tiêu")
    c.table(s, rng(pt))
    return c


def units_org():
    db = [14, 12, 13, 17, 18, 24, 16, 15, 22, 12, 8]
    cb = [30, 26, 24, 29, 31, 38, 27, 25, 70, 15, 12]
    cbtt = [160, 118, 121, 171, 183, 212, 164, 150, 168, 44, 32]
    dv = [3912, 2804, 2547, 3456, 3718, 4809, 2996, 2731, 3954, 1612, 970]
    assert sum(db) == 171 and sum(cb) == 327 and sum(cbtt) == 1523 and sum(dv) == 33509
    return db, cb, cbtt, dv


def d05():
    c = Case("d05-don-vi-tccsd-tong-cong", "units-as-rows",
             "Eleven subordinate party committees as rows, Tổng số = Đảng bộ cơ sở + Chi bộ cơ sở, Tổng cộng at the bottom "
             "(498 = 171 + 327; 1.523 chi bộ; 33.509 đảng viên). Clean.")
    s = c.sheet("TCCSĐ theo đơn vị")
    s.add("SỐ LƯỢNG TỔ CHỨC CƠ SỞ ĐẢNG, CHI BỘ TRỰC THUỘC VÀ ĐẢNG VIÊN (đến 30/6/2023)")
    top = s.add("STT", "Đơn vị", "Tổ chức cơ sở đảng", None, None, "Chi bộ trực thuộc đảng ủy cơ sở", "Tổng số đảng viên")
    s.add(None, None, "Tổng số", "Đảng bộ cơ sở", "Chi bộ cơ sở", None, None)
    for m in ["A2:A3", "B2:B3", "C2:E2", "F2:F3", "G2:G3"]:
        s.merge(m)
    db, cb, cbtt, dv = units_org()
    kids = [N(str(i + 1), DISTRICTS[i], [None, db[i], cb[i], cbtt[i], dv[i]], id=f"u{i}") for i in range(11)]
    root = N(None, "Tổng cộng", kind="sum", kids=kids, id="tot")
    # total last: write kids then total row by hand using a sum node placed after them
    pt = grid_table(c, s, kids, hsum=[(0, [1, 2])])
    compute_grid([root], [(0, [1, 2])])
    r = s.add(None, "Tổng cộng", *root["v"])
    for i in range(5):
        c.r_sum(s, A(r, 2 + i), [G(pt, f"u{k}", i) for k in range(11)])
    c.r_sum(s, f"C{r}", [f"D{r}", f"E{r}"])
    c.table(s, f"A{top}:G{r}")
    return c


def pct_row(counts, nd=2):
    tot = sum(counts)
    return [share(x, tot, nd) for x in counts]


def d06():
    c = Case("d06-co-cau-llct-phan-tram", "percent-only",
             "Percent-only table (Đơn vị tính: %): structure of political-theory level by unit, each row sums to 100 "
             "within rounding (some rows 99,99 or 100,01 while Cộng says 100,00). Clean.")
    s = c.sheet("Cơ cấu LLCT")
    s.add("CƠ CẤU TRÌNH ĐỘ LÝ LUẬN CHÍNH TRỊ CỦA ĐẢNG VIÊN THEO ĐƠN VỊ NĂM 2023")
    s.add(None, None, None, None, None, "Đơn vị tính: %")
    top = s.add("STT", "Đơn vị", "Cao cấp, cử nhân", "Trung cấp", "Sơ cấp", "Chưa qua đào tạo", "Cộng")
    counts = [(511, 1043, 1475, 883), (402, 790, 1036, 576), (301, 688, 973, 585), (377, 951, 1347, 781),
              (389, 1012, 1420, 897), (563, 1133, 2444, 669), (322, 811, 1199, 664), (297, 745, 1083, 606)]
    sums = []
    for i, cs in enumerate(counts):
        p = pct_row(cs)
        sums.append(sum(p))
        r = s.add(str(i + 1), DISTRICTS[i], *p, Decimal("100.00"))
        c.r_p100(s, [A(r, 2 + k) for k in range(4)])
    assert any(x != 100 for x in sums), sums
    c.table(s, f"A{top}:G{r}")
    c.about += f" Row sums: {', '.join(vi_dec(x) for x in sums)}."
    return c


def bieu5_nodes(scale=None):
    # cols: 0 Tổng số (=1+2), 1 ĐBCS, 2 CBCS, 3 Đảng bộ bộ phận, 4 Chi bộ trực thuộc, 5 Tổng số đảng viên
    def L5(stt, label, db, cb, bp, cbtt, dv, **kw):
        return N(stt, label, [None, db, cb, bp, cbtt, dv], **kw)
    nodes = [
        L5("1", "Xã", 54, 0, 0, 696, 14963, id="xa"),
        L5("2", "Phường", 17, 0, 0, 180, 3120, id="phuong"),
        L5("3", "Thị trấn", 11, 0, 0, 105, 1870, id="tt"),
        L5("4", "Cơ quan Đảng, Mặt trận Tổ quốc, đoàn thể chính trị - xã hội", 3, 58, 0, 20, 1505, id="cqd"),
        L5("5", "Cơ quan Nhà nước", 14, 90, 2, 110, 3380, id="cqnn"),
        N("6", "Đơn vị sự nghiệp, gồm:", kind="sum", id="dvsn", kids=[
            L5("a)", "Công lập", 40, 105, 3, 230, 5060, id="cl"),
            L5("b)", "Ngoài công lập", 1, 6, 0, 8, 142, id="ncl")]),
        L5("7", "Quân đội", 8, 12, 4, 60, 970, id="qd"),
        L5("8", "Công an", 12, 15, 6, 70, 1612, id="ca"),
        N("9", "Doanh nghiệp và hợp tác xã", kind="sum", id="dn", kids=[
            N("a)", "Doanh nghiệp có vốn Nhà nước", kind="sum", id="dnnn", kids=[
                L5("-", "Nhà nước nắm giữ 100% vốn điều lệ", 3, 6, 0, 18, 260),
                L5("-", "Nhà nước nắm giữ từ 50% vốn điều lệ trở lên", 2, 4, 0, 9, 120),
                L5("-", "Nhà nước nắm giữ dưới 50% vốn điều lệ", 1, 3, 0, 4, 65)]),
            N("b)", "Doanh nghiệp ngoài khu vực Nhà nước", kind="sum", id="dnn", kids=[
                L5("-", "Công ty cổ phần", 3, 8, 0, 10, 180),
                L5("-", "Doanh nghiệp tư nhân", 0, 5, 0, 0, 40),
                L5("-", "Công ty trách nhiệm hữu hạn", 2, 9, 0, 3, 170, id="tnhh"),
                L5("-", "Công ty hợp danh", 0, 0, 0, 0, 0),
                L5("-", "Doanh nghiệp có vốn đầu tư nước ngoài", 0, 2, 0, 0, 21, id="fdi", kind="sub", kids=[
                    L5("", "Trong đó: DN 100% vốn nước ngoài", 0, 1, 0, 0, 9)])]),
            L5("c)", "Hợp tác xã", 0, 4, 0, 0, 31)]),
        L5("10", "Tổ chức cơ sở đảng ở ngoài nước", 0, 0, 0, 0, 0),
        L5("11", "Loại hình cơ sở khác", 0, 0, 0, 0, 0, id="khac"),
    ]
    return nodes


def bieu5(c, s, nodes, code="Biểu số 5-BTCTW", unit="TỈNH ỦY HẬU GIANG"):
    s.add(unit, None, None, None, None, None, code)
    s.add("BAN TỔ CHỨC")
    s.add("THỐNG KÊ TỔ CHỨC ĐẢNG VÀ ĐẢNG VIÊN TRONG CÁC LOẠI HÌNH CƠ SỞ NĂM 2023")
    top = s.add("Loại hình tổ chức cơ sở đảng", None, "Số tổ chức cơ sở đảng", None, None,
                "Tổ chức đảng trực thuộc Đảng bộ cơ sở", None, "Tổng số đảng viên")
    s.add(None, None, "Tổng số", "Chia ra", None, "Chia ra", None, None)
    s.add(None, None, None, "Đảng bộ cơ sở", "Chi bộ cơ sở", "Đảng bộ bộ phận", "Chi bộ trực thuộc", None)
    s.add(None, "1", "2 (=3+4)", "3", "4", "5", "6", "7")
    for m in [f"A{top}:B{top+2}", f"C{top}:E{top}", f"F{top}:G{top}", f"H{top}:H{top+2}", f"C{top+1}:C{top+2}",
              f"D{top+1}:E{top+1}", f"F{top+1}:G{top+1}", f"A{top+3}:B{top+3}"]:
        s.merge(m)
    pt = grid_table(c, s, nodes, hsum=[(0, [1, 2])])
    tot = N(None, "Cộng (1+….+11)", kind="sum", kids=nodes)
    compute_grid([tot], [(0, [1, 2])])
    r = s.add(None, "Cộng (1+….+11)", *tot["v"])
    for i in range(6):
        c.r_sum(s, A(r, 2 + i), [A(n["row"], 2 + i) for n in nodes])
    c.r_sum(s, f"C{r}", [f"D{r}", f"E{r}"])
    pt.total = r
    pt.top = top
    pt.totv = tot["v"]
    return pt


def d07():
    c = Case("d07-bieu5-loai-hinh", "official-form",
             "Biểu 5-BTCTW: three header rows with merges, column-number row '2 (=3+4)', lettered and dash sub-rows, "
             "a Trong đó row under the FDI row, 'Cộng (1+….+11)' at the bottom (498 = 171 + 327; 33.509). Clean.")
    s = c.sheet("Biểu 5")
    nodes = bieu5_nodes()
    pt = bieu5(c, s, nodes)
    assert pt.totv == [498, 171, 327, 15, 1523, 33509], pt.totv
    c.table(s, f"A{pt.top}:H{pt.total}")
    s.add("NGƯỜI LẬP BIỂU", None, None, None, None, "TRƯỞNG BAN")
    return c


def d08():
    c = Case("d08-ket-nap-cong-thuc", "formulas",
             "New members admitted per unit 2021-2023 with a Cộng column and a Tổng cộng row, all totals are =SUM "
             "formulas with their cached values. Clean.")
    s = c.sheet("Kết nạp")
    s.add("KẾT QUẢ KẾT NẠP ĐẢNG VIÊN GIAI ĐOẠN 2021 - 2023")
    top = s.add("TT", "Đơn vị", "Năm 2021", "Năm 2022", "Năm 2023", "Cộng")
    vals = [(98, 104, 111), (71, 69, 80), (66, 70, 73), (95, 101, 99), (102, 96, 118), (131, 127, 140),
            (83, 88, 92), (77, 74, 81), (120, 131, 142), (58, 61, 66), (41, 38, 45)]
    first = top + 1
    for i, v in enumerate(vals):
        r = s.add(i + 1, DISTRICTS[i], *v, sum(v))
        s.cells[f"F{r}"] = {"v": sum(v), "formula": f"SUM(C{r}:E{r})"}
        c.r_sum(s, f"F{r}", [f"C{r}", f"D{r}", f"E{r}"])
        c.r_formula(s, f"F{r}", f"C{r}:E{r}")
    last = r
    tots = [sum(v[k] for v in vals) for k in range(3)]
    r = s.add(None, "Tổng cộng", *tots, sum(tots))
    for k, L_ in enumerate("CDEF"):
        s.cells[f"{L_}{r}"] = {"v": s.get(f"{L_}{r}"), "formula": f"SUM({L_}{first}:{L_}{last})"}
        c.r_sum(s, f"{L_}{r}", [f"{L_}{x}" for x in range(first, last + 1)])
        c.r_formula(s, f"{L_}{r}", f"{L_}{first}:{L_}{last}")
    c.table(s, f"A{top}:F{r}")
    return c


def d09():
    c = Case("d09-dan-toc-ton-giao-hai-panel", "two-panel",
             "Two panels side by side (Biểu 4 shape): left I. dân tộc, right II. tôn giáo, each with its block row "
             "carrying 100,00, Trong đó nữ ≤ tổng số, Tỷ lệ = row / block total. Clean.")
    s = c.sheet("Dân tộc, tôn giáo")
    s.add("ĐẢNG VIÊN CHIA THEO DÂN TỘC VÀ TÔN GIÁO (có đến 30/6/2023)")
    s.add(None, None, None, None, None, None, None, None, None, "Đvt: Người")
    top = s.add("TT", "Tên dân tộc, tôn giáo", "Tổng số", "Trong đó: nữ", "Tỷ lệ (%)",
                "TT", "Tên dân tộc, tôn giáo", "Tổng số", "Trong đó: nữ", "Tỷ lệ (%)")
    s.add("1", "2", "3", "4", "5", "1", "2", "3", "4", "5")
    left = [("Kinh", 32855, 11034), ("Khmer", 414, 151), ("Hoa", 227, 70), ("Tày", 4, 1), ("Mường", 3, 2), ("Dân tộc khác", 6, 4)]
    right = [("Thiên Chúa", 426, 188), ("Tin Lành", 25, 9), ("Phật giáo", 36, 17), ("Cao Đài", 19, 6), ("Hòa Hảo", 24, 8),
             ("Đạo khác", 9, 3)]
    lt = (sum(x[1] for x in left), sum(x[2] for x in left))
    rt = (sum(x[1] for x in right), sum(x[2] for x in right))
    assert lt[0] == 33509 and rt[0] == 539
    r0 = s.add("I", "Đảng viên chia theo dân tộc", lt[0], lt[1], Decimal("100.00"),
               "II", "Đảng viên chia theo tôn giáo", rt[0], rt[1], Decimal("100.00"))
    rows = []
    for k in range(6):
        l, rr = left[k], right[k]
        r = s.add(str(k + 1), l[0], l[1], l[2], share(l[1], lt[0]), str(k + 1), rr[0], rr[1], rr[2], share(rr[1], rt[0]))
        rows.append(r)
        c.r_le(s, f"D{r}", f"C{r}"); c.r_le(s, f"I{r}", f"H{r}")
        c.r_share(s, f"E{r}", f"C{r}", f"C{r0}"); c.r_share(s, f"J{r}", f"H{r}", f"H{r0}")
    for L_ in "CDHI":
        c.r_sum(s, f"{L_}{r0}", [f"{L_}{x}" for x in rows])
    c.r_p100(s, [f"E{x}" for x in rows]); c.r_p100(s, [f"J{x}" for x in rows])
    c.table(s, f"A{top}:J{r}")
    return c


def bieu7a_nodes(cats):
    """cats: list of (eval, xs, tb, tot, ht, kht, chua, moi) per category column."""
    def V(idx):
        return [None, None] + [x[idx] for x in cats]
    nodes = [N("A.", "Số TCCSĐ có đến cuối năm (A = 1+2)", kind="sum", id="A", kids=[
        N("1.", "Số TCCSĐ được đánh giá, xếp loại", kind="sum", id="ev", kids=[
            N("", "Kết quả:", None),
            N("a)", "Hoàn thành xuất sắc nhiệm vụ", V(1), kind="sub", id="xs", kids=[
                N("", "Trong đó: Tiêu biểu", V(2), id="tb")]),
            N("b)", "Hoàn thành tốt nhiệm vụ", V(3), id="tot"),
            N("c)", "Hoàn thành nhiệm vụ", V(4), id="ht"),
            N("d)", "Không hoàn thành nhiệm vụ", V(5), id="kht")]),
        N("2.", "Số TCCSĐ chưa được đánh giá", V(6), kind="sub", id="chua", kids=[
            N("", "Trong đó: Mới thành lập", V(7), id="moi")])])]
    return nodes


def bieu7a(c, s, cats, title):
    s.add(title)
    s.add(None, None, None, None, None, None, None, "Đơn vị tính: tổ chức")
    top = s.add("TT", "CHỈ TIÊU", "Tổng số", "Tỷ lệ (%)", "Chia theo các loại hình tổ chức cơ sở đảng")
    s.add(None, None, None, None, "Xã", "Phường, thị trấn", "Cơ quan hành chính", "Đơn vị sự nghiệp", "Quân đội, Công an",
          "Doanh nghiệp, loại hình khác")
    s.add("A", "B", "1 = 3+...+8", "2", "3", "4", "5", "6", "7", "8")
    for m in [f"A{top}:A{top+1}", f"B{top}:B{top+1}", f"C{top}:C{top+1}", f"D{top}:D{top+1}", f"E{top}:J{top}"]:
        s.merge(m)
    nodes = bieu7a_nodes(cats)
    pt = grid_table(c, s, nodes, hsum=[(0, [2, 3, 4, 5, 6, 7])], novert=(1,))
    ev = pt.byid["ev"]
    for n, _ in flat(nodes):
        if n["v"] is None:
            continue
        a = G(pt, n["id"], 1) if n["id"] else A(n["row"], pt.c0 + 1)
        if n["id"] in ("A", "chua", "moi"):
            s.set(a, "X")
        elif n["id"] == "ev":
            s.set(a, Decimal("100.00"))
        else:
            s.set(a, share(n["v"][0], ev["v"][0]))
            c.r_share(s, a, G(pt, n["id"], 0), G(pt, "ev", 0))
    c.r_p100(s, [G(pt, k, 1) for k in ("xs", "tot", "ht", "kht")])
    pt.top = top
    return pt


def d10():
    c = Case("d10-bieu7a-x-100", "official-form",
             "2012 Biểu 7A shape with current rating levels: column 1 = 3+...+8, a Tỷ lệ column holding 'X' where a share "
             "makes no sense and 100,00 on the evaluated-base row, shares of a)-d) and 'Trong đó: Tiêu biểu' on row 1. Clean.")
    s = c.sheet("Biểu 7A")
    cats = [(54, 9, 2, 41, 3, 1, 0, 0), (28, 5, 1, 21, 2, 0, 0, 0), (165, 30, 6, 124, 10, 1, 2, 2),
            (152, 27, 5, 115, 9, 1, 0, 0), (47, 12, 4, 34, 1, 0, 0, 0), (48, 6, 1, 34, 6, 2, 2, 1)]
    for x in cats:
        assert x[0] == x[1] + x[3] + x[4] + x[5]
    pt = bieu7a(c, s, cats, "ĐÁNH GIÁ CHẤT LƯỢNG TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2023")
    c.table(s, f"A{pt.top}:J{pt.bottom}")
    return c


def bieu10_nodes():
    def V(*x):
        t, tl, h, hl, xa, lt, lh = x
        return [None, t, tl, h, hl, xa, None, lt, lh]
    return [
        N("I", "ĐÀO TẠO", kind="sum", id="I", kids=[
            N("1", "Đào tạo chuyên môn", kind="sum", id="cm", kids=[
                N("-", "Đại học", kind="sum", id="dh", kids=[
                    N("+", "Trong nước", V(12, 3, 45, 10, 88, 0, 2), id="dh1"),
                    N("+", "Ngoài nước", V(1, 0, 0, 0, 0, 0, 0)),
                    N("+", "Liên kết", V(4, 1, 9, 2, 16, 1, 0))]),
                N("-", "Thạc sỹ", kind="sum", id="ths", kids=[
                    N("+", "Trong nước", V(38, 21, 27, 15, 3, 0, 0), id="ths1"),
                    N("+", "Ngoài nước", V(2, 2, 0, 0, 0, 0, 0))]),
                N("-", "Tiến sỹ", kind="sum", kids=[N("+", "Trong nước", V(5, 4, 1, 1, 0, 0, 0))])]),
            N("2", "Đào tạo lý luận chính trị", kind="sum", id="ct", kids=[
                N("-", "Trung cấp lý luận chính trị", kind="sum", id="tc", kids=[
                    N("+", "Hệ tập trung", V(35, 12, 68, 30, 41, 2, 0), id="tc1"),
                    N("+", "Hệ không tập trung", V(48, 15, 196, 77, 310, 3, 8), id="tc2")]),
                N("-", "Cao cấp lý luận chính trị", kind="sum", id="cc", kids=[
                    N("+", "Hệ tập trung", V(22, 20, 18, 16, 0, 0, 0)),
                    N("+", "Hệ không tập trung", V(41, 35, 57, 49, 0, 1, 0), id="cc2")]),
                N("-", "Cử nhân lý luận chính trị", V(3, 3, 1, 1, 0, 0, 0))])]),
        N("II", "BỒI DƯỠNG", kind="sum", id="II", kids=[
            N("1", "Bồi dưỡng nghiệp vụ công tác xây dựng Đảng", V(145, 60, 612, 180, 780, 3, 6), id="bd1"),
            N("2", "Bồi dưỡng nghiệp vụ công tác đoàn thể", V(58, 20, 240, 65, 410, 1, 5), id="bd2"),
            N("3", "Bồi dưỡng quản lý nhà nước", kind="sum", id="qlnn", kids=[
                N("+", "Trong nước", V(96, 40, 188, 74, 120, 2, 3), id="ql1"),
                N("+", "Ngoài nước", V(6, 6, 2, 2, 0, 0, 0))]),
            N("4", "Bồi dưỡng tin học", V(40, 5, 75, 12, 160, 1, 2), id="th"),
            N("5", "Cập nhật kiến thức mới", V(62, 62, 180, 180, 0, 2, 4), id="cn")])]


def bieu10(c, s, nodes, year="2023"):
    s.add("BAN TỔ CHỨC TỈNH ỦY", None, None, None, None, None, None, None, None, "Biểu số 10-BTCTW")
    s.add(f"THỐNG KÊ KẾT QUẢ ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ NĂM {year}")
    s.add(None, None, None, None, None, None, None, None, None, "Đvt: Người")
    top = s.add("TT", "Chương trình, hình thức đào tạo, bồi dưỡng", "Cán bộ được đào tạo, bồi dưỡng", None, None, None, None,
                None, "Số lớp", None, None)
    s.add(None, None, "Tổng số", "Cấp tỉnh", None, "Cấp huyện", None, "Cấp xã", "Tổng số lớp", "Cấp ủy cấp tỉnh mở",
          "Cấp ủy cấp huyện mở")
    s.add(None, None, None, "Tổng số", "Trong đó: số cán bộ lãnh đạo, quản lý", "Tổng số",
          "Trong đó: số cán bộ lãnh đạo, quản lý", None, None, None, None)
    s.add("1", "2", "3=4+6+8", "4", "5", "6", "7", "8", "9=10+11", "10", "11")
    for m in [f"A{top}:A{top+2}", f"B{top}:B{top+2}", f"C{top}:H{top}", f"I{top}:K{top}", f"C{top+1}:C{top+2}",
              f"D{top+1}:E{top+1}", f"F{top+1}:G{top+1}", f"H{top+1}:H{top+2}", f"I{top+1}:I{top+2}",
              f"J{top+1}:J{top+2}", f"K{top+1}:K{top+2}"]:
        s.merge(m)
    pt = grid_table(c, s, nodes, hsum=[(0, [1, 3, 5]), (6, [7, 8])], hle=[(2, 1), (4, 3)])
    pt.top = top
    return pt


def d11():
    c = Case("d11-bieu10-dao-tao-lop", "multi-row-header-merged",
             "Biểu 10-BTCTW: three merged header rows, column-number row '3=4+6+8' and '9=10+11', two 'Trong đó' columns "
             "(lãnh đạo, quản lý), people and classes (lớp) in one table under 'Đvt: Người'. Clean.")
    s = c.sheet("Biểu 10")
    pt = bieu10(c, s, bieu10_nodes())
    c.table(s, f"A{pt.top}:K{pt.bottom}")
    return c


def d12():
    c = Case("d12-ty-le-tham-gia-tre", "rate-from-columns",
             "Per unit: members, members attending the resolution study and young members, each rate computed from the "
             "columns of its own row; 'Tỷ lệ đảng viên trẻ (%)' names its part; Toàn Đảng bộ first, unnumbered. Clean.")
    s = c.sheet("Học tập NQ")
    s.add("KẾT QUẢ HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT VÀ CƠ CẤU ĐẢNG VIÊN TRẺ NĂM 2023")
    top = s.add("STT", "Đơn vị", "Tổng số đảng viên", "Số đảng viên tham gia học tập", "Tỷ lệ (%)",
                "Đảng viên từ 18 - 30 tuổi", "Tỷ lệ đảng viên trẻ (%)")
    db, cb, cbtt, dv = units_org()
    miss = [31, 12, 20, 18, 29, 45, 17, 22, 9, 2, 0]
    young = [604, 471, 392, 553, 610, 544, 489, 431, 652, 388, 382]
    hoc = [d - m for d, m in zip(dv, miss)]
    T = (sum(dv), sum(hoc), sum(young))
    r0 = s.add(None, "Toàn Đảng bộ", T[0], T[1], share(T[1], T[0]), T[2], share(T[2], T[0]))
    rows = []
    for i in range(11):
        r = s.add(str(i + 1), DISTRICTS[i], dv[i], hoc[i], share(hoc[i], dv[i]), young[i], share(young[i], dv[i]))
        rows.append(r)
    for r in [r0] + rows:
        c.r_share(s, f"E{r}", f"D{r}", f"C{r}")
        c.r_share(s, f"G{r}", f"F{r}", f"C{r}")
        c.r_le(s, f"D{r}", f"C{r}")
    for L_ in "CDF":
        c.r_sum(s, f"{L_}{r0}", [f"{L_}{x}" for x in rows])
    c.table(s, f"A{top}:G{r}")
    return c


def d13():
    c = Case("d13-ty-le-tang-giam", "relative-change",
             "Member movements 2022 → 2023 with Tăng (+), giảm (-) and Tỷ lệ tăng, giảm (%) over 2022; the discipline "
             "total falls by 15 while khiển trách falls by 22; a 0,00 change. Clean.")
    s = c.sheet("Biến động")
    s.add("TÌNH HÌNH PHÁT TRIỂN, XỬ LÝ VÀ BIẾN ĐỘNG ĐẢNG VIÊN NĂM 2023 SO VỚI NĂM 2022")
    nodes = [N("1", "Kết nạp đảng viên mới", [1145, 1212]),
             N("2", "Đảng viên bị thi hành kỷ luật", kind="sum", kids=[
                 N("-", "Khiển trách", [101, 79]), N("-", "Cảnh cáo", [29, 35]), N("-", "Cách chức", [6, 7]),
                 N("-", "Khai trừ", [16, 16])]),
             N("3", "Xóa tên trong danh sách đảng viên", [98, 76]),
             N("4", "Đảng viên từ trần", [310, 334]),
             N("5", "Đảng viên xin ra khỏi Đảng", [5, 3])]
    pt = period_table(c, s, nodes, ["Năm 2022", "Năm 2023"], rel="Tỷ lệ tăng, giảm (%)", first_col_hdr="Chỉ tiêu")
    c.table(s, rng(pt))
    return c


def d14():
    c = Case("d14-phan-tich-dang-vien-hai-goc", "text-around",
             "Paragraph above and source note below; one Số lượng | Tỷ lệ (%) | Ghi chú table whose shares use two bases: "
             "chuyên môn rows on the 26.637 members who have a qualification (its own subtotal row), LLCT rows (partial, "
             "sum 26.263) and education rows on all 33.509. Clean.")
    s = c.sheet("Phân tích ĐV")
    s.add("2.1. Về tình hình đội ngũ đảng viên")
    s.add("Tính đến ngày 30/6/2023, Đảng bộ tỉnh có 33.509 đảng viên; cơ cấu trình độ học vấn, chuyên môn, lý luận chính "
          "trị của đội ngũ đảng viên được phân tích tại bảng sau:")
    s.blank()
    top = s.add("STT", "Chỉ tiêu", "Số lượng (đồng chí)", "Tỷ lệ (%)", "Ghi chú")
    T = 33509
    r_t = s.add("1", "Tổng số đảng viên", T, Decimal("100.00"), None)
    s.add("2", "Trình độ giáo dục phổ thông", None, None, None)
    edu = [("Tiểu học", 505), ("Trung học cơ sở", 4098), ("Trung học phổ thông", 28906)]
    assert sum(x[1] for x in edu) == T
    er = []
    for lab, v in edu:
        r = s.add("-", lab, v, share(v, T), None)
        er.append(r)
        c.r_share(s, f"D{r}", f"C{r}", f"C{r_t}")
    c.r_sum(s, f"C{r_t}", [f"C{x}" for x in er])
    cm = [("Công nhân kỹ thuật, nhân viên nghiệp vụ", 1540), ("Trung cấp", 4737), ("Cao đẳng", 3331),
          ("Đại học", 15795), ("Sau đại học", 1234)]
    CM = sum(x[1] for x in cm)
    assert CM == 26637
    r_cm = s.add("3", "Có trình độ chuyên môn, nghiệp vụ", CM, share(CM, T), "Tỷ lệ so với tổng số đảng viên")
    c.r_share(s, f"D{r_cm}", f"C{r_cm}", f"C{r_t}")
    c.r_le(s, f"C{r_cm}", f"C{r_t}")
    cr = []
    for k, (lab, v) in enumerate(cm):
        r = s.add("-", lab, v, share(v, CM), "Tỷ lệ so với số có trình độ CMNV" if k == 0 else None)
        cr.append(r)
        c.r_share(s, f"D{r}", f"C{r}", f"C{r_cm}")
    c.r_sum(s, f"C{r_cm}", [f"C{x}" for x in cr])
    s.add("4", "Trình độ lý luận chính trị", None, None, None)
    llct = [("Cao cấp, cử nhân", 4511), ("Trung cấp", 9172), ("Sơ cấp", 12580)]
    for lab, v in llct:
        r = s.add("-", lab, v, share(v, T), None)
        c.r_share(s, f"D{r}", f"C{r}", f"C{r_t}")
        c.r_le(s, f"C{r}", f"C{r_t}")
    c.table(s, f"A{top}:E{r}")
    s.blank()
    s.add("Nguồn: Ban Tổ chức Tỉnh ủy, số liệu đến ngày 30/6/2023.")
    s.add("Qua số liệu cho thấy chất lượng đội ngũ đảng viên từng bước được nâng lên, nhất là trình độ chuyên môn, "
          "lý luận chính trị.")
    return c


def bieu1_nodes(cur, prev):
    """cur/prev: dicts of leaf figures."""
    def V(k):
        return [cur[k], prev[k]]
    return [
        N("A", "Tổng số đảng viên cuối kỳ trước chuyển sang", V("A"), id="A"),
        N("B", "Đảng viên tăng trong kỳ", kind="sum", id="B", kids=[
            N("1", "Kết nạp", V("kn"), id="kn"),
            N("2", "Chuyển đến", kind="sum", id="cd", kids=[
                N("a", "Tỉnh khác chuyển đến", V("cda"), id="cda"),
                N("b", "Huyện khác trong tỉnh chuyển đến", V("cdb"), id="cdb")]),
            N("3", "Phục hồi đảng tịch", V("ph"), id="ph")]),
        N("C", "Đảng viên giảm trong kỳ", kind="sum", id="C", kids=[
            N("1", "Từ trần", V("tt"), id="tt"),
            N("2", "Khai trừ", V("kt"), id="kt"),
            N("3", "Xóa tên", V("xt"), kind="sub", id="xt", kids=[N("", "Trong đó: Đảng viên dự bị", V("xtdb"), id="xtdb")]),
            N("4", "Xin ra khỏi Đảng", V("xr"), id="xr"),
            N("5", "Chuyển đi", kind="sum", id="cdi", kids=[
                N("a", "Chuyển đi tỉnh khác", V("cdia"), id="cdia"),
                N("b", "Chuyển đi huyện khác trong tỉnh", V("cdib"), id="cdib")])]),
        N("D", "Đảng viên trong danh sách cuối kỳ báo cáo", None, id="D"),
    ]


BIEU1_CUR = dict(A=32988, kn=1212, cda=85, cdb=310, ph=2, tt=334, kt=15, xt=76, xtdb=9, xr=3, cdia=360, cdib=300)
BIEU1_PREV = dict(A=32508, kn=1145, cda=70, cdb=295, ph=1, tt=310, kt=21, xt=98, xtdb=14, xr=5, cdia=302, cdib=295)


def bieu1(c, s, cur, prev, year=2023, trunc_ok=False):
    s.add("TỈNH ỦY HẬU GIANG", None, None, "Biểu số 1-BTCTW")
    s.add("BAN TỔ CHỨC")
    s.add(f"THỐNG KÊ TĂNG, GIẢM ĐẢNG VIÊN NĂM {year}")
    s.add(None, None, None, "Đvt: Người")
    nodes = bieu1_nodes(cur, prev)
    # D = A + B - C, computed per period before writing
    def leafsum(keys, d):
        return sum(d[k] for k in keys)
    Dv = []
    for d in (cur, prev):
        B = d["kn"] + d["cda"] + d["cdb"] + d["ph"]
        C = d["tt"] + d["kt"] + d["xt"] + d["xr"] + d["cdia"] + d["cdib"]
        Dv.append(d["A"] + B - C)
    nodes[-1]["v"] = Dv

    def hdr(s, cols):
        r = s.add("TT", "Tiêu chí", "Thực hiện", None, "(%) kỳ này so với cùng kỳ năm trước")
        s.add(None, None, "Kỳ này", "Cùng kỳ năm trước", None)
        s.add("A", "1", "2", "3", "4(=2*100/3)")
        for m in [f"A{r}:A{r+1}", f"B{r}:B{r+1}", f"C{r}:D{r}", f"E{r}:E{r+1}"]:
            s.merge(m)
        return r
    pt = period_table(c, s, nodes, ["Kỳ này", "Cùng kỳ năm trước"], diff=None, ratio="%", header_rows=hdr,
                      cur=0, prev=1, first_col_hdr="Tiêu chí", stt_hdr="TT")
    for i in (0, 1):
        col = pt.pcol[i]
        c.r_lin(s, A(pt.row["D"], col), [(1, A(pt.row["A"], col)), (1, A(pt.row["B"], col)), (-1, A(pt.row["C"], col))],
                "stock")
    return pt, Dv


def d15():
    c = Case("d15-bieu1-tang-giam", "official-form",
             "Biểu 1-BTCTW with P1 columns (Kỳ này | Cùng kỳ năm trước | 4(=2*100/3)): B = 1+2+3, C = 1+…+5, "
             "'Trong đó: dự bị' under Xóa tên, D = A + B − C; this year's A equals last year's D. Clean.")
    s = c.sheet("Biểu 1")
    pt, Dv = bieu1(c, s, BIEU1_CUR, BIEU1_PREV)
    assert Dv == [33509, 32988], Dv
    assert BIEU1_CUR["A"] == Dv[1]
    c.table(s, f"A{pt.top}:E{pt.bottom}")
    return c


def d16():
    c = Case("d16-hai-bang-mot-sheet", "several-tables-per-sheet",
             "Two tables on one sheet separated by a blank row and a second title: admissions by year with a difference, "
             "then discipline by form with shares of the 689 total (disjoint forms, sum 100,00). Clean.")
    s = c.sheet("Số liệu")
    s.add("Bảng 1. Kết quả kết nạp đảng viên")
    t1 = s.add("STT", "Chỉ tiêu", "Năm 2021", "Năm 2022", "Năm 2023", "Tăng (+), giảm (-) 2023 so với 2022")
    nodes = [N("1", "Kết nạp đảng viên mới", kind="sum", id="kn", kids=[
        N("-", "Trong đó là đoàn viên Đoàn TNCS Hồ Chí Minh", [840, 861, 905], kind=None),
        N("-", "Quần chúng khác", [262, 284, 307])])]
    compute(nodes)
    # hand-written (3 periods): rows
    kn = nodes[0]
    rows = []
    for n in [kn] + kn["kids"]:
        r = s.add(n["stt"], n["label"], *n["v"], Sg(n["v"][2] - n["v"][1]))
        rows.append(r)
        c.r_diff(s, f"F{r}", f"E{r}", f"D{r}")
    for L_ in "CDE":
        c.r_sum(s, f"{L_}{rows[0]}", [f"{L_}{rows[1]}", f"{L_}{rows[2]}"])
    c.table(s, f"A{t1}:F{rows[-1]}")
    s.blank()
    s.add("Bảng 2. Kết quả thi hành kỷ luật đảng viên nhiệm kỳ 2020 - 2025")
    t2 = s.add("STT", "Hình thức kỷ luật", "Số đảng viên", "Tỷ lệ (%)")
    forms_ = [("Khiển trách", 469), ("Cảnh cáo", 132), ("Cách chức", 28), ("Khai trừ", 60)]
    T = sum(x[1] for x in forms_)
    assert T == 689
    rr = []
    for k, (lab, v) in enumerate(forms_):
        r = s.add(str(k + 1), lab, v, share(v, T))
        rr.append(r)
    rt = s.add(None, "Tổng cộng", T, Decimal("100.00"))
    for r in rr:
        c.r_share(s, f"D{r}", f"C{r}", f"C{rt}")
    c.r_sum(s, f"C{rt}", [f"C{r}" for r in rr])
    c.r_p100(s, [f"D{r}" for r in rr])
    c.table(s, f"A{t2}:D{rt}")
    return c


def d17():
    c = Case("d17-chia-ra-trong-do-cot", "chia-ra-and-trong-do-columns",
             "Units as rows; a 'Chia ra' group (chính thức + dự bị = tổng số) and a 'Trong đó' group (nữ, dân tộc thiểu số, "
             "đoàn viên: overlapping, each ≤ tổng số) side by side under merged headers; Toàn tỉnh first. Clean.")
    s = c.sheet("Cơ cấu ĐV")
    s.add("CƠ CẤU ĐẢNG VIÊN THEO ĐƠN VỊ (đến 30/6/2023)")
    s.add(None, None, None, None, None, None, None, "Đơn vị tính: người")
    top = s.add("STT", "Đơn vị", "Tổng số đảng viên", "Chia ra", None, "Trong đó", None, None)
    s.add(None, None, None, "Chính thức", "Dự bị", "Nữ", "Dân tộc thiểu số", "Đoàn viên TNCS Hồ Chí Minh")
    for m in [f"A{top}:A{top+1}", f"B{top}:B{top+1}", f"C{top}:C{top+1}", f"D{top}:E{top}", f"F{top}:H{top}"]:
        s.merge(m)
    db, cb, cbtt, dv = units_org()
    dubi = [141, 98, 90, 119, 131, 150, 101, 97, 162, 61, 37]
    nu = [1421, 1035, 880, 1167, 1202, 1499, 1001, 935, 1790, 272, 60]
    dt = [22, 14, 96, 40, 51, 25, 88, 301, 12, 4, 1]
    dvn = [402, 296, 248, 377, 390, 344, 311, 285, 571, 598, 412]
    kids = [N(str(i + 1), DISTRICTS[i], [None, dv[i] - dubi[i], dubi[i], nu[i], dt[i], dvn[i]], id=f"u{i}")
            for i in range(11)]
    root = N(None, "Toàn tỉnh", kind="sum", kids=kids, id="tot")
    pt = grid_table(c, s, [root], hsum=[(0, [1, 2])], hle=[(3, 0), (4, 0), (5, 0)])
    assert root["v"][0] == 33509 and root["v"][2] == sum(dubi)
    c.about += f" Totals {root['v']}."
    c.table(s, f"A{top}:H{pt.bottom}")
    return c


# ------------------------------------------------------------ planted errors
def first_trunc(cands):
    """cands: list of (cell, exact Fraction, nd).  Return the first whose truncation differs from rounding."""
    for a, e, nd in cands:
        if trunc(e, nd) != rnd(e, nd):
            return a, trunc(e, nd), rnd(e, nd), e
    raise AssertionError("no truncation candidate")


def plant_trunc_ratio(c, s, pt, ids, col="ratio", mode="ratio", i_cur=1, i_prev=0):
    cands = []
    for nid in ids:
        n = pt.byid[nid]
        cur, prev = n["v"][i_cur], n["v"][i_prev]
        e = Fraction(cur) * 100 / prev if mode == "ratio" else (Fraction(cur) - prev) * 100 / prev
        cands.append((cell(pt, nid, col), e, 2))
    a, t, r, e = first_trunc(cands)
    c.warn(s, a, t, "truncation", f"{float(e):.4f} cut to {vi_dec(t)} instead of rounded {vi_dec(r)}")
    return a


def d18():
    c = Case("d18-phung-hiep-hai-nhiem-ky", "stt-label-periods",
             "District (Phụng Hiệp) organisations and members over two terms; a one-digit typo in a chi bộ count and a "
             "comparison header naming the wrong earlier term.")
    s = c.sheet("Biểu 1")
    s.add("BIỂU 1. TỔ CHỨC ĐẢNG VÀ ĐẢNG VIÊN ĐẢNG BỘ HUYỆN PHỤNG HIỆP")
    s.add(None, None, None, None, None, "Đơn vị tính: tổ chức, đảng viên")
    nodes = [
        N("1", "Tổ chức cơ sở đảng", kind="sum", id="tccs", kids=[
            N("-", "Đảng bộ cơ sở", [23, 24], id="db"), N("-", "Chi bộ cơ sở", [41, 38], id="cb")]),
        N("2", "Chi bộ trực thuộc đảng bộ cơ sở", kind="sum", id="cbtt", kids=[
            N("-", "Chi bộ ấp", [205, 198], id="ap"), N("-", "Chi bộ ngành trực thuộc đảng bộ xã, thị trấn", [121, 108], id="nx"),
            N("-", "Chi bộ trực thuộc đảng bộ ngành huyện", [70, 66], id="nh")]),
        N("3", "Tổng số đảng viên", [4572, 4809], kind="sub", id="dv", kids=[
            N("", "Trong đó: - Đảng viên nữ", [1340, 1499]), N("", "- Dân tộc thiểu số", [25, 25]),
            N("", "- Tôn giáo", [88, 77]), N("", "- Đảng viên dự bị", [49, 150])])]
    hdr_ok = "So sánh NK 2020 - 2025 với NK 2015 - 2020 (%)"
    pt = period_table(c, s, nodes, ["Nhiệm kỳ 2015 - 2020", "Nhiệm kỳ 2020 - 2025"], ratio=hdr_ok)
    h = A(pt.top, pt.ccol["ratio"])
    c.r_label(s, h, hdr_ok)
    a = cell(pt, "nx", "p", 1)
    c.plant(s, a, 168, "digit", "168 typed for 108: breaks the chi bộ total (372), the difference -13 and the ratio 89,26")
    c.plant(s, h, "So sánh NK 2020 - 2025 với NK 2010 - 2015 (%)", "term-label",
            "the columns compare 2020 - 2025 with 2015 - 2020; the header names 2010 - 2015")
    c.table(s, rng(pt))
    return c


def d19():
    c = Case("d19-do-tuoi-khong-stt", "no-stt",
             "No STT; members by age band at two dates with Tuổi bình quân (never summed); a transposed band value "
             "(1.716 for 1.176) and a truncated ratio.")
    s = c.sheet("Độ tuổi")
    s.add("ĐẢNG VIÊN CHIA THEO ĐỘ TUỔI - ĐẢNG BỘ HUYỆN PHỤNG HIỆP")
    s.add(None, None, None, None, "Đơn vị tính: đảng viên")
    nodes = [N(None, "Tổng số đảng viên", kind="sum", id="tot", kids=[
        N(None, "Từ 18 đến 30 tuổi", [612, 544], id="a1"), N(None, "Từ 31 đến 40 tuổi", [1521, 1467], id="a2"),
        N(None, "Từ 41 đến 50 tuổi", [1102, 1176], id="a3"), N(None, "Từ 51 đến 60 tuổi", [845, 889], id="a4"),
        N(None, "Từ 61 tuổi trở lên", [652, 733], id="a5"),
        N(None, "Tuổi bình quân", [Decimal("43.8"), Decimal("44.6")], avg=True, id="avg")])]
    pt = period_table(c, s, nodes, ["31/12/2022", "31/12/2023"], stt=False, diff="Tăng, giảm", ratio="So sánh (%)",
                      first_col_hdr="Chỉ tiêu")
    c.plant(s, cell(pt, "a3", "p", 1), 1716, "transposition",
            "1.716 typed for 1.176 (adjacent digits swapped): breaks the total 4.809, the difference +74 and the ratio")
    plant_trunc_ratio(c, s, pt, ["tot", "a1", "a2", "a4", "a5"])
    c.table(s, rng(pt))
    return c


def d20():
    c = Case("d20-ket-nap-xa-tong-dau", "total-first-unnumbered",
             "Admissions per commune, the unnumbered Tổng số row first; the 2023 total leaves out one commune "
             "(wrong total) and one difference has its sign flipped.")
    s = c.sheet("Kết nạp xã")
    s.add("KẾT QUẢ KẾT NẠP ĐẢNG VIÊN CỦA CÁC ĐẢNG BỘ XÃ, THỊ TRẤN")
    prev = [4, 3, 5, 9, 7, 6, 8, 5, 7, 6, 4, 8, 6, 5, 7]
    cur = [6, 2, 5, 11, 9, 4, 8, 7, 6, 9, 3, 10, 7, 6, 9]
    kids = [N(str(i + 1), XA_PH[i], [prev[i], cur[i]], id=f"x{i}") for i in range(15)]
    nodes = [N("", "Tổng số", kind="sum", id="tot", kids=kids)]
    pt = period_table(c, s, nodes, ["Năm 2022", "Năm 2023"], diff="Tăng (+), giảm (-)", ratio="So sánh (%)",
                      first_col_hdr="Đơn vị")
    tot = nodes[0]["v"][1]
    c.plant(s, cell(pt, "tot", "p", 1), tot - cur[14], "other",
            f"total {tot - cur[14]} leaves out {XA_PH[14]} ({cur[14]}); the difference and ratio of the row use {tot}")
    c.plant(s, cell(pt, "x5", "diff"), Sg(2), "sign", "6 → 4 is a decrease: -2 written +2")
    c.table(s, rng(pt))
    return c


def d21():
    c = Case("d21-don-vi-cong-cuoi-loi", "total-last",
             "Eleven units as rows with Cộng at the bottom; two Đảng bộ cơ sở cells swapped between rows (each row total "
             "breaks, the column total does not) and a one-digit typo in a Chi bộ cơ sở cell.")
    s = c.sheet("TCCSĐ")
    s.add("SỐ LƯỢNG TỔ CHỨC CƠ SỞ ĐẢNG THEO ĐƠN VỊ")
    s.add(None, None, None, None, None, None, "Đơn vị tính: tổ chức")
    top = s.add("TT", "Đơn vị", "Tổng số TCCSĐ", "Đảng bộ cơ sở", "Chi bộ cơ sở", "Chi bộ trực thuộc", "Số đảng viên")
    db, cb, cbtt, dv = units_org()
    kids = [N(str(i + 1), DISTRICTS[i], [None, db[i], cb[i], cbtt[i], dv[i]], id=f"u{i}") for i in range(11)]
    pt = grid_table(c, s, kids, hsum=[(0, [1, 2])])
    root = N(None, "Cộng", kind="sum", kids=kids)
    compute_grid([root], [])
    r = s.add(None, "Cộng", *root["v"])
    for i in range(5):
        c.r_sum(s, A(r, 2 + i), [G(pt, f"u{k}", i) for k in range(11)])
    c.r_sum(s, f"C{r}", [f"D{r}", f"E{r}"])
    c.plant_swap(s, G(pt, "u3", 1), G(pt, "u5", 1),
                 "Châu Thành (17) and Phụng Hiệp (24) Đảng bộ cơ sở swapped: both row totals break, the column total holds")
    c.plant(s, G(pt, "u6", 2), 21, "digit", "21 typed for 27: breaks Vị Thủy's total 43 and the column total 327")
    c.table(s, f"A{top}:G{r}")
    return c


def d22():
    c = Case("d22-xep-loai-dang-vien-nam", "years-as-rows",
             "Member ratings 2019-2023, years down the rows, four disjoint levels with shares of the evaluated total; the "
             "2022 'xuất sắc' share is computed on the 2021 total (wrong base); one share truncated.")
    s = c.sheet("Xếp loại ĐV")
    s.add("KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN")
    top = s.add("Năm", "Tổng số đảng viên được đánh giá", "Hoàn thành xuất sắc nhiệm vụ", None, "Hoàn thành tốt nhiệm vụ", None,
                "Hoàn thành nhiệm vụ", None, "Không hoàn thành nhiệm vụ", None)
    s.add(None, None, "Số lượng", "Tỷ lệ (%)", "Số lượng", "Tỷ lệ (%)", "Số lượng", "Tỷ lệ (%)", "Số lượng", "Tỷ lệ (%)")
    for m in [f"A{top}:A{top+1}", f"B{top}:B{top+1}", f"C{top}:D{top}", f"E{top}:F{top}", f"G{top}:H{top}", f"I{top}:J{top}"]:
        s.merge(m)
    data = {2019: (3410, 24930, 1562, 210), 2020: (3588, 25302, 1290, 187), 2021: (4012, 25611, 1105, 164),
            2022: (4377, 25790, 998, 151), 2023: (4805, 25966, 876, 139)}
    R = {}
    for y, cts in data.items():
        n = sum(cts)
        r = s.add(y, n, cts[0], share(cts[0], n), cts[1], share(cts[1], n), cts[2], share(cts[2], n), cts[3], share(cts[3], n))
        R[y] = (r, n)
        c.r_sum(s, f"B{r}", [f"C{r}", f"E{r}", f"G{r}", f"I{r}"])
        for L1, L2 in (("C", "D"), ("E", "F"), ("G", "H"), ("I", "J")):
            c.r_share(s, f"{L2}{r}", f"{L1}{r}", f"B{r}")
        c.r_p100(s, [f"D{r}", f"F{r}", f"H{r}", f"J{r}"])
    r22, n22 = R[2022]
    wrong = share(data[2022][0], R[2021][1])
    assert wrong != share(data[2022][0], n22)
    c.plant(s, f"D{r22}", wrong, "base", f"{vi_int(data[2022][0])} / {vi_int(R[2021][1])} (the 2021 total) = {vi_dec(wrong)}; on the 2022 "
            f"total {vi_int(n22)} it is {vi_dec(share(data[2022][0], n22))}")
    cands = []
    for y, (r, n) in R.items():
        if y == 2022:
            continue
        for k, L2 in enumerate("DFHJ"):
            cands.append((f"{L2}{r}", Fraction(data[y][k]) * 100 / n, 2))
    a, t, rr, e = first_trunc(cands)
    c.warn(s, a, t, "truncation", f"{float(e):.4f} cut to {vi_dec(t)}, rounds to {vi_dec(rr)}")
    c.table(s, f"A{top}:J{r}")
    return c


def d23():
    c = Case("d23-ty-le-nu-don-vi", "units-as-rows",
             "Women members per unit with Tỷ lệ nữ (%) on the unit's own total, Toàn tỉnh at the bottom; one unit's share "
             "is computed on the province total (wrong base) and one women count carries a one-digit typo.")
    s = c.sheet("Nữ đảng viên")
    s.add("ĐẢNG VIÊN NỮ THEO ĐƠN VỊ (đến 30/6/2023)")
    top = s.add("TT", "Đơn vị", "Tổng số đảng viên", "Đảng viên nữ", "Tỷ lệ nữ (%)")
    db, cb, cbtt, dv = units_org()
    nu = [1421, 1035, 880, 1167, 1202, 1499, 1001, 935, 1790, 272, 60]
    rows = []
    for i in range(11):
        r = s.add(str(i + 1), DISTRICTS[i], dv[i], nu[i], share(nu[i], dv[i]))
        rows.append(r)
    rt = s.add(None, "Toàn tỉnh", sum(dv), sum(nu), share(sum(nu), sum(dv)))
    for r in rows + [rt]:
        c.r_share(s, f"E{r}", f"D{r}", f"C{r}")
        c.r_le(s, f"D{r}", f"C{r}")
    c.r_sum(s, f"C{rt}", [f"C{r}" for r in rows]); c.r_sum(s, f"D{rt}", [f"D{r}" for r in rows])
    w = share(nu[1], sum(dv))
    c.plant(s, f"E{rows[1]}", w, "base", f"1.035 / 33.509 (province) = {vi_dec(w)}; on Ngã Bảy's 2.804 it is "
            f"{vi_dec(share(nu[1], dv[1]))}")
    c.plant(s, f"D{rows[7]}", 985, "digit", "985 typed for 935: breaks the column total 11.262 and the share 34,24")
    c.table(s, f"A{top}:E{rt}")
    return c


def d24():
    c = Case("d24-phan-tram-hoan-vi", "percent-only",
             "Percent-only structure table (Đơn vị tính: %), each row sums to 100 with a Cộng column; one share has two "
             "adjacent digits swapped so its row sums to 109.")
    s = c.sheet("Cơ cấu trình độ")
    s.add("CƠ CẤU TRÌNH ĐỘ CHUYÊN MÔN CỦA ĐẢNG VIÊN THEO ĐƠN VỊ")
    s.add(None, None, None, None, None, None, "Đơn vị tính: %")
    top = s.add("STT", "Đơn vị", "Sơ cấp, trung cấp", "Cao đẳng", "Đại học", "Sau đại học", "Cộng")
    counts = [(1010, 402, 2311, 189), (688, 310, 1620, 186), (760, 295, 1370, 122), (1102, 460, 1750, 144),
              (1250, 520, 1610, 150), (1451, 339, 2201, 818), (870, 301, 1650, 175), (845, 288, 1462, 136)]
    R = []
    for i, cs in enumerate(counts):
        p = pct_row(cs)
        r = s.add(str(i + 1), DISTRICTS[i], *p, Decimal("100.00"))
        R.append((r, p))
        c.r_p100(s, [A(r, 2 + k) for k in range(4)])
    pick = None
    for r, p in R[2:]:
        for k, x in enumerate(p):
            d = x.as_tuple().digits
            if len(d) == 4 and abs(d[0] - d[1]) == 1:
                others = [y for j, y in enumerate(p) if j != k]
                if all(int(y) % 10 not in (0, 9) for y in others):
                    pick = (r, p, k)
                    break
        if pick:
            break
    r, p, k = pick
    old = p[k]
    new = tdec(old, 0)
    assert abs(new - old) == 9
    c.plant(s, A(r, 2 + k), new, "transposition", f"{vi_dec(new)} typed for {vi_dec(old)}: the row sums to {vi_dec(sum(p) - old + new)}")
    c.table(s, f"A{top}:G{R[-1][0]}")
    return c


def d25():
    c = Case("d25-bieu5-cong-sai", "official-form",
             "Biểu 5-BTCTW with its '2 (=3+4)' column rule and 'Cộng (1+….+11)': the Cộng of Chi bộ cơ sở is mis-added "
             "and one Đảng bộ cơ sở cell has a one-digit typo.")
    s = c.sheet("Biểu 5")
    nodes = bieu5_nodes()
    pt = bieu5(c, s, nodes)
    c.plant(s, f"E{pt.total}", 329, "other", "Cộng of Chi bộ cơ sở written 329; rows 1-11 add to 327 and 171 + 327 = 498")
    c.plant(s, G(pt, "cqnn", 1), 19, "digit", "19 typed for 14: breaks 2 (=3+4) in row 5 (104 = 14 + 90) and the Cộng 171")
    c.table(s, f"A{pt.top}:H{pt.total}")
    return c


def share_period_table(c, s, nodes, periods, **kw):
    return period_table(c, s, nodes, periods, shares=True, **kw)


def d26():
    c = Case("d26-so-dang-chu-co-cau", "text-numbers",
             "All figures typed as vi-VN text ('33.509', '33,61'); member structure at two dates with a share column after "
             "each date; the 2023 share of nữ is computed on the 2022 total (wrong base); one share truncated.")
    s = c.sheet("Cơ cấu", text=True)
    s.add("CƠ CẤU ĐỘI NGŨ ĐẢNG VIÊN TOÀN TỈNH")
    s.add(None, None, None, None, None, None, "Đơn vị tính: người, %")
    nodes = [N("", "Tổng số đảng viên", [32988, 33509], kind="sub", id="tot", kids=[
        N("1", "Đảng viên nữ", [10980, 11262], id="nu"), N("2", "Đảng viên dân tộc thiểu số", [631, 654], id="dt"),
        N("3", "Đảng viên theo tôn giáo", [527, 539], id="tg"), N("4", "Đảng viên dự bị", [1203, 1187], id="db"),
        N("5", "Đảng viên là đoàn viên Đoàn TNCS Hồ Chí Minh", [4120, 4234], id="dvn")])]
    pt = share_period_table(c, s, nodes, ["31/12/2022", "31/12/2023"], diff="Tăng, giảm", first_col_hdr="Chỉ tiêu")
    wrong = share(11262, 32988)
    c.plant(s, cell(pt, "nu", "sh", 1), vi_dec(wrong), "base",
            f"11.262 / 32.988 (the 2022 total) = {vi_dec(wrong)}; of 33.509 it is {vi_dec(share(11262, 33509))}")
    cands = []
    for nid in ["dt", "tg", "db", "dvn", "nu"]:
        for i in (0, 1):
            if (nid, i) == ("nu", 1):
                continue
            n = pt.byid[nid]
            cands.append((cell(pt, nid, "sh", i), Fraction(n["v"][i]) * 100 / nodes[0]["v"][i], 2))
    a, t, r, e = first_trunc(cands)
    c.warn(s, a, vi_dec(t), "truncation", f"{float(e):.4f} typed {vi_dec(t)}, rounds to {vi_dec(r)}")
    c.table(s, rng(pt))
    return c


def d27():
    c = Case("d27-hai-bang-hoan-vi", "several-tables-per-sheet",
             "Two tables one under another with their own titles: organisations over two terms (a truncated ratio) and "
             "members by age band with shares (a transposed count).")
    s = c.sheet("Bảng số liệu")
    s.add("Bảng 1. Tổ chức cơ sở đảng qua hai nhiệm kỳ")
    nodes = [N("", "Tổng số tổ chức cơ sở đảng", kind="sum", id="tot", kids=[
        N("1", "Đảng bộ cơ sở", [167, 171], id="db"), N("2", "Chi bộ cơ sở", [358, 327], id="cb")]),
        N("3", "Chi bộ trực thuộc đảng ủy cơ sở", [1703, 1523], id="cbtt"),
        N("4", "Đảng bộ bộ phận", [19, 15], id="bp")]
    pt = period_table(c, s, nodes, ["Nhiệm kỳ 2015 - 2020", "Nhiệm kỳ 2020 - 2025"], ratio="So sánh (%)")
    plant_trunc_ratio(c, s, pt, ["tot", "db", "cb", "cbtt", "bp"])
    c.table(s, rng(pt))
    s.blank(2)
    s.add("Bảng 2. Đảng viên chia theo độ tuổi (đến 30/6/2023)")
    t2 = s.add("STT", "Độ tuổi", "Số đảng viên", "Tỷ lệ (%)")
    bands = [("Từ 18 - 30 tuổi", 5516), ("Từ 31 - 35 tuổi", 5265), ("Từ 36 - 40 tuổi", 5932), ("Từ 41 - 45 tuổi", 5577),
             ("Từ 46 - 50 tuổi", 3254), ("Từ 51 - 55 tuổi", 3125), ("Từ 56 - 60 tuổi", 2445), ("Trên 60 tuổi", 2395)]
    T = sum(b[1] for b in bands)
    rows = []
    for k, (lab, v) in enumerate(bands):
        rows.append(s.add(str(k + 1), lab, v, share(v, T)))
    rt = s.add(None, "Cộng", T, Decimal("100.00"))
    for r in rows:
        c.r_share(s, f"D{r}", f"C{r}", f"C{rt}")
    c.r_sum(s, f"C{rt}", [f"C{r}" for r in rows])
    c.r_p100(s, [f"D{r}" for r in rows])
    c.plant(s, f"C{rows[3]}", 5757, "transposition",
            "5.757 typed for 5.577 (adjacent digits swapped): breaks the Cộng 33.509 and the share 16,64")
    c.table(s, f"A{t2}:D{rt}")
    c.about += f" Age total {T}."
    return c


def d28():
    c = Case("d28-chi-bo-ghi-chu", "text-around",
             "Paragraphs above and below a table with a Ghi chú column explaining changes ('Giảm do sáp nhập 03 ấp'); one "
             "Tăng (+), giảm (-) cell has its sign flipped.")
    s = c.sheet("Chi bộ")
    s.add("1.1. Về xây dựng, kiện toàn, sắp xếp các loại hình tổ chức cơ sở đảng")
    s.add("Thực hiện chủ trương sắp xếp đơn vị hành chính cấp xã và ấp, khu vực, Ban Thường vụ Huyện ủy chỉ đạo kiện toàn "
          "các chi bộ trực thuộc; kết quả cụ thể như sau:")
    nodes = [N("", "Tổng số chi bộ trực thuộc đảng bộ cơ sở", kind="sum", id="tot", kids=[
        N("1", "Chi bộ ấp", [205, 198], id="ap", note="Giảm do sáp nhập 07 ấp"),
        N("2", "Chi bộ ngành trực thuộc đảng bộ xã, thị trấn", [121, 108], id="nx", note="Giải thể chi bộ cơ quan xã"),
        N("3", "Chi bộ trực thuộc đảng bộ ngành huyện", [58, 61], id="nh", note="Thành lập mới 03 chi bộ"),
        N("4", "Chi bộ quân sự, công an xã", [12, 15], id="qs", note="Thành lập chi bộ công an 03 xã")])]
    pt = period_table(c, s, nodes, ["Năm 2020", "Năm 2023"], note_col="Ghi chú")
    c.plant(s, cell(pt, "nh", "diff"), Sg(-3), "sign", "58 → 61 is an increase (Ghi chú: thành lập mới 03): +3 written -3")
    c.table(s, rng(pt))
    s.blank()
    s.add("Qua sắp xếp, số chi bộ trực thuộc giảm 14 chi bộ so với năm 2020, chủ yếu do sáp nhập ấp, khu vực.")
    return c


def bieu2(c, s, kn=(1212, 1145)):
    s.add("BAN TỔ CHỨC HUYỆN ỦY", None, None, "Biểu số 2-BTCTW")
    s.add("THỐNG KÊ ĐẢNG VIÊN MỚI KẾT NẠP NĂM 2023")
    s.add(None, None, None, "Đvt: Người")

    def hdr(s, cols):
        r = s.add("TT", "Tiêu chí", "Thực hiện", None, "(%) kỳ này so với cùng kỳ năm trước")
        s.add(None, None, "Kỳ này", "Cùng kỳ năm trước", None)
        s.add(None, "1", "2", "3", "4(=2*100/3)")
        s.merge(f"A{r}:A{r+1}"); s.merge(f"B{r}:B{r+1}"); s.merge(f"C{r}:D{r}"); s.merge(f"E{r}:E{r+1}")
        return r
    ages = [N("", "- Từ 18 đến 30 tuổi", [118, 104], id="a1"), N("", "- Từ 31 đến 35 tuổi", [27, 31], id="a2"),
            N("", "- Từ 36 đến 40 tuổi", [14, 12], id="a3"), N("", "- Từ 41 đến 45 tuổi", [6, 8], id="a4"),
            N("", "- Từ 46 tuổi trở lên", [3, 2], id="a5")]
    tot = [sum(a["v"][i] for a in ages) for i in (0, 1)]
    nodes = [
        N("I", "Tổng số đảng viên mới kết nạp", tot, kind="sub", id="I", kids=[
            N("", "- Nữ", [74, 62]), N("", "- Dân tộc thiểu số", [4, 3]), N("", "- Người theo tôn giáo", [5, 6]),
            N("", "- Đoàn viên Đoàn TNCS Hồ Chí Minh", [139, 121])]),
        N("II", "Phân tích đảng viên mới kết nạp", None, kids=[N("2", "Tuổi đời", None)] + ages + [
            N("", "- Tuổi bình quân", [Decimal("28.9"), Decimal("29.4")], avg=True)]),
        N("III", "Số tổ chức cơ sở đảng có đến cuối kỳ báo cáo", kind="sum", id="III", kids=[
            N("1", "Đảng bộ cơ sở", [24, 23], kind="sub", id="db", kids=[
                N("", "Trong đó: + Có kết nạp đảng viên", [22, 20])]),
            N("2", "Chi bộ cơ sở", [38, 41], kind="sub", id="cb", kids=[
                N("", "Trong đó: + Có kết nạp đảng viên", [26, 24])])])]
    pt = period_table(c, s, nodes, ["Kỳ này", "Cùng kỳ năm trước"], diff=None, ratio="%", header_rows=hdr,
                      cur=0, prev=1, first_col_hdr="Tiêu chí", stt_hdr="TT")
    for i in (0, 1):
        col = pt.pcol[i]
        c.r_sum(s, A(pt.row["I"], col), [A(pt.row[f"a{k}"], col) for k in range(1, 6)])
    return pt


def d29():
    c = Case("d29-bieu2-huyen-loi", "roman-blocks",
             "District Biểu 2-BTCTW: I (overlapping Trong đó), II age bands summing to I with Tuổi bình quân, III with its "
             "own Trong đó; a one-digit typo in an age band and a transposed Chi bộ cơ sở count.")
    s = c.sheet("Biểu 2")
    pt = bieu2(c, s)
    c.plant(s, cell(pt, "a2", "p", 0), 21, "digit", "21 typed for 27: age bands add to 162, not 168; ratio 87,10 no longer fits")
    c.plant(s, cell(pt, "cb", "p", 1), 14, "transposition", "14 typed for 41: III (64 = 23 + 41) breaks and so does 92,68")
    c.table(s, f"A{pt.top}:E{pt.bottom}")
    return c


def d30():
    c = Case("d30-chia-ra-trong-do-loi", "chia-ra-and-trong-do-columns",
             "Chia ra (chính thức, dự bị) and Trong đó (nữ, DTTS, đoàn viên) column groups; one unit's chính thức and dự bị "
             "are swapped (row holds, both column totals break) and one women count exceeds its unit's total.")
    s = c.sheet("Cơ cấu ĐV")
    s.add("CƠ CẤU ĐẢNG VIÊN THEO ĐƠN VỊ")
    top = s.add("STT", "Đơn vị", "Tổng số đảng viên", "Chia ra", None, "Trong đó", None, None)
    s.add(None, None, None, "Chính thức", "Dự bị", "Nữ", "Dân tộc thiểu số", "Đoàn viên TNCS Hồ Chí Minh")
    for m in [f"A{top}:A{top+1}", f"B{top}:B{top+1}", f"C{top}:C{top+1}", f"D{top}:E{top}", f"F{top}:H{top}"]:
        s.merge(m)
    db, cb, cbtt, dv = units_org()
    dubi = [141, 98, 90, 119, 131, 150, 101, 97, 162, 61, 37]
    nu = [1421, 1035, 880, 1167, 1202, 1499, 1001, 935, 1790, 272, 60]
    dt = [22, 14, 96, 40, 51, 25, 88, 301, 12, 4, 1]
    dvn = [402, 296, 248, 377, 390, 344, 311, 285, 571, 598, 412]
    kids = [N(str(i + 1), DISTRICTS[i], [None, dv[i] - dubi[i], dubi[i], nu[i], dt[i], dvn[i]], id=f"u{i}") for i in range(11)]
    root = N(None, "Toàn tỉnh", kind="sum", kids=kids, id="tot")
    pt = grid_table(c, s, [root], hsum=[(0, [1, 2])], hle=[(3, 0), (4, 0), (5, 0)])
    c.plant_swap(s, G(pt, "u2", 1), G(pt, "u2", 2), "Long Mỹ (thị xã) chính thức 2.457 and dự bị 90 swapped: the row still adds "
                 "to 2.547 but the Chính thức and Dự bị column totals break")
    c.plant(s, G(pt, "u1", 3), 3035, "digit", "3.035 typed for 1.035: more women than Ngã Bảy's 2.804 members; breaks the total 11.262")
    c.table(s, f"A{top}:H{pt.bottom}")
    return c


def d31():
    c = Case("d31-ty-le-hoc-tap-loi", "rate-from-columns",
             "Per-unit rates computed from the columns of the same row (Số tham gia / Tổng số); a one-digit typo in a "
             "participant count and a young-member share typed as a whole number in a two-decimal column.")
    s = c.sheet("Học tập NQ")
    s.add("KẾT QUẢ HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT NĂM 2023")
    top = s.add("STT", "Đơn vị", "Tổng số đảng viên", "Số đảng viên tham gia học tập", "Tỷ lệ (%)",
                "Đảng viên từ 18 - 30 tuổi", "Tỷ lệ đảng viên trẻ (%)")
    db, cb, cbtt, dv = units_org()
    miss = [31, 12, 20, 18, 29, 45, 17, 22, 9, 2, 0]
    young = [604, 471, 392, 553, 610, 544, 489, 431, 652, 388, 382]
    hoc = [d - m for d, m in zip(dv, miss)]
    rows = []
    for i in range(11):
        rows.append(s.add(str(i + 1), DISTRICTS[i], dv[i], hoc[i], share(hoc[i], dv[i]), young[i], share(young[i], dv[i])))
    rt = s.add(None, "Tổng cộng", sum(dv), sum(hoc), share(sum(hoc), sum(dv)), sum(young), share(sum(young), sum(dv)))
    for r in rows + [rt]:
        c.r_share(s, f"E{r}", f"D{r}", f"C{r}")
        c.r_share(s, f"G{r}", f"F{r}", f"C{r}")
        c.r_le(s, f"D{r}", f"C{r}")
    for L_ in "CDF":
        c.r_sum(s, f"{L_}{rt}", [f"{L_}{x}" for x in rows])
    r = rows[3]
    c.plant(s, f"D{r}", 3488, "digit", "3.488 typed for 3.438: exceeds the unit's 3.456 members, breaks the column total "
            "and the rate 99,48 (3.438 / 3.456)")
    r = rows[5]
    e = Fraction(young[5]) * 100 / dv[5]
    assert rnd(e, 0) != rnd(e, 2)
    c.warn(s, f"G{r}", int(rnd(e, 0)), "precision",
           f"{young[5]} / {dv[5]} = {vi_dec(rnd(e, 2))} typed as {int(rnd(e, 0))} in a two-decimal column")
    c.table(s, f"A{top}:G{rt}")
    return c


def d32():
    c = Case("d32-ty-le-tang-giam-loi", "relative-change",
             "District movements 2022 → 2023 with Tỷ lệ tăng, giảm (%) over 2022; one relative change has the wrong sign "
             "and one is truncated.")
    s = c.sheet("Biến động")
    s.add("TÌNH HÌNH BIẾN ĐỘNG ĐẢNG VIÊN - ĐẢNG BỘ HUYỆN PHỤNG HIỆP")
    nodes = [N("1", "Kết nạp đảng viên mới", [102, 113], id="kn"),
             N("2", "Đảng viên bị thi hành kỷ luật", kind="sum", id="kl", kids=[
                 N("-", "Khiển trách", [19, 14], id="kt"), N("-", "Cảnh cáo", [7, 9], id="cc"),
                 N("-", "Cách chức", [1, 1], id="ch"), N("-", "Khai trừ", [3, 2], id="kh")]),
             N("3", "Xóa tên", [17, 11], id="xt"),
             N("4", "Từ trần", [41, 46], id="tt"),
             N("5", "Chuyển sinh hoạt đi", [63, 71], id="cd")]
    pt = period_table(c, s, nodes, ["Năm 2022", "Năm 2023"], rel="Tỷ lệ tăng, giảm (%)", first_col_hdr="Chỉ tiêu")
    a = cell(pt, "xt", "rel")
    v = s.get(a)
    c.plant(s, a, abs(v), "sign", f"17 → 11 is a fall: {vi_dec(v)} written {vi_dec(abs(v))}")
    plant_trunc_ratio(c, s, pt, ["kn", "kl", "kt", "cc", "tt", "cd"], col="rel", mode="rel")
    c.table(s, rng(pt))
    return c


def d33():
    c = Case("d33-huy-hieu-cong-nhiem-ky", "cross-period-total",
             "Party badges awarded per year 2021-2025 with a Cộng (nhiệm kỳ) column after the year columns and a total row; "
             "one Cộng leaves out 2025 (wrong total) and one year cell has a one-digit typo.")
    s = c.sheet("Huy hiệu")
    s.add("KẾT QUẢ TẶNG HUY HIỆU ĐẢNG NHIỆM KỲ 2020 - 2025")
    s.add(None, None, None, None, None, None, None, "Đơn vị tính: huy hiệu")
    top = s.add("STT", "Loại huy hiệu", "Năm 2021", "Năm 2022", "Năm 2023", "Năm 2024", "Năm 2025", "Cộng")
    data = [("Huy hiệu 30 năm tuổi Đảng", [402, 437, 398, 421, 409]), ("Huy hiệu 40 năm tuổi Đảng", [121, 140, 133, 139, 137]),
            ("Huy hiệu 45 năm tuổi Đảng", [98, 112, 104, 115, 106]), ("Huy hiệu 50 năm tuổi Đảng", [87, 95, 101, 108, 98]),
            ("Huy hiệu 55 năm tuổi Đảng", [39, 44, 41, 45, 41]), ("Huy hiệu 60 năm tuổi Đảng", [10, 12, 11, 13, 12]),
            ("Huy hiệu 65 năm tuổi Đảng", [5, 6, 5, 7, 5]), ("Huy hiệu 70 năm tuổi Đảng", [2, 3, 3, 2, 3])]
    rows = []
    for k, (lab, v) in enumerate(data):
        r = s.add(str(k + 1), lab, *v, sum(v))
        rows.append(r)
        c.r_sum(s, f"H{r}", [f"{L_}{r}" for L_ in "CDEFG"])
    tots = [sum(d[1][i] for d in data) for i in range(5)]
    rt = s.add(None, "Tổng cộng", *tots, sum(tots))
    assert sum(tots) == 4070, sum(tots)
    for L_ in "CDEFGH":
        c.r_sum(s, f"{L_}{rt}", [f"{L_}{r}" for r in rows])
    c.r_sum(s, f"H{rt}", [f"{L_}{rt}" for L_ in "CDEFG"])
    v = data[2][1]
    c.plant(s, f"H{rows[2]}", sum(v[:4]), "other", f"Cộng {sum(v[:4])} adds 2021-2024 only; with 2025 ({v[4]}) it is {sum(v)}")
    c.plant(s, f"F{rows[3]}", 168, "digit", "168 typed for 108: breaks the row Cộng 489 and the 2024 total")
    c.table(s, f"A{top}:H{rt}")
    return c


def d34():
    c = Case("d34-xep-loai-don-vi-xuat-sac", "categories-100",
             "Ratings per unit, 'xuất sắc' counted inside 'tốt trở lên', shares on the unit's evaluated total (tốt + HT + "
             "KHT = 100); one unit's xuất sắc share is on its tốt count (wrong base) and one HT count has a typo.")
    s = c.sheet("Xếp loại TCCSĐ")
    s.add("KẾT QUẢ XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2023 THEO ĐƠN VỊ")
    top = s.add("TT", "Đơn vị", "Tổng số TCCSĐ được đánh giá", "Hoàn thành tốt nhiệm vụ trở lên", None,
                "Trong đó: Hoàn thành xuất sắc nhiệm vụ", None, "Hoàn thành nhiệm vụ", None, "Không hoàn thành nhiệm vụ", None)
    s.add(None, None, None, "Số lượng", "Tỷ lệ (%)", "Số lượng", "Tỷ lệ (%)", "Số lượng", "Tỷ lệ (%)", "Số lượng", "Tỷ lệ (%)")
    for m in [f"A{top}:A{top+1}", f"B{top}:B{top+1}", f"C{top}:C{top+1}", f"D{top}:E{top}", f"F{top}:G{top}",
              f"H{top}:I{top}", f"J{top}:K{top}"]:
        s.merge(m)
    db, cb, cbtt, dv = units_org()
    org = [a + b for a, b in zip(db, cb)]
    ht = [2, 3, 1, 4, 3, 5, 2, 3, 4, 0, 0]
    kht = [0, 1, 0, 0, 1, 1, 0, 0, 1, 0, 0]
    xs = [8, 6, 7, 9, 9, 11, 8, 7, 19, 6, 5]
    rows = []
    for i in range(11):
        n = org[i]
        t = n - ht[i] - kht[i]
        rows.append(s.add(str(i + 1), DISTRICTS[i], n, t, share(t, n), xs[i], share(xs[i], n), ht[i], share(ht[i], n),
                          kht[i], share(kht[i], n)))
    T = [sum(org), sum(o - h - k for o, h, k in zip(org, ht, kht)), sum(xs), sum(ht), sum(kht)]
    rt = s.add(None, "Toàn tỉnh", T[0], T[1], share(T[1], T[0]), T[2], share(T[2], T[0]), T[3], share(T[3], T[0]),
               T[4], share(T[4], T[0]))
    for r in rows + [rt]:
        c.r_sum(s, f"C{r}", [f"D{r}", f"H{r}", f"J{r}"])
        c.r_le(s, f"F{r}", f"D{r}")
        for L1, L2 in (("D", "E"), ("F", "G"), ("H", "I"), ("J", "K")):
            c.r_share(s, f"{L2}{r}", f"{L1}{r}", f"C{r}")
        c.r_p100(s, [f"E{r}", f"I{r}", f"K{r}"])
    for L_ in "CDFHJ":
        c.r_sum(s, f"{L_}{rt}", [f"{L_}{r}" for r in rows])
    i = 4
    t4 = org[i] - ht[i] - kht[i]
    w = share(xs[i], t4)
    c.plant(s, f"G{rows[i]}", w, "base", f"{xs[i]} / {t4} (tốt trở lên) = {vi_dec(w)}; the column uses the evaluated total: "
            f"{xs[i]} / {org[i]} = {vi_dec(share(xs[i], org[i]))}")
    c.plant(s, f"H{rows[7]}", 8, "digit", "8 typed for 3: 37 + 8 + 0 ≠ 40; the share 7,50 and the column total 27 break")
    c.table(s, f"A{top}:K{rt}")
    c.about += f" Totals {T}."
    return c


def d35():
    c = Case("d35-bieu1-c-sai", "official-form",
             "Biểu 1-BTCTW with P1 columns: the Kỳ này total of C (giảm trong kỳ) leaves out 'Chuyển đi' b (wrong total), "
             "breaking C = 1+…+5 and D = A + B − C; one index in column 4 truncated.")
    s = c.sheet("Biểu 1")
    pt, Dv = bieu1(c, s, BIEU1_CUR, BIEU1_PREV)
    C = pt.byid["C"]["v"][0]
    bad = C - BIEU1_CUR["cdib"]
    c.plant(s, cell(pt, "C", "p", 0), bad, "other",
            f"C written {vi_int(bad)}: 1+2+3+4+5 = {vi_int(C)} (Chuyển đi b {BIEU1_CUR['cdib']} left out); D = A + B − C needs {vi_int(C)}")
    cands = []
    for nid in ["kn", "cd", "cda", "cdb", "tt", "kt", "xt", "xr", "cdi", "cdia", "B", "A", "D"]:
        n = pt.byid[nid]
        cands.append((cell(pt, nid, "ratio"), Fraction(n["v"][0]) * 100 / n["v"][1], 2))
    a, t, r, e = first_trunc(cands)
    c.warn(s, a, t, "truncation", f"{float(e):.4f} cut to {vi_dec(t)}, rounds to {vi_dec(r)}")
    c.table(s, f"A{pt.top}:E{pt.bottom}")
    return c


def bieu11(c, s, rows_):
    s.add("BAN TỔ CHỨC TỈNH ỦY", None, None, None, None, None, None, None, None, None, None, None, "Biểu số 11-BTCTW")
    s.add("THỐNG KÊ KẾT QUẢ LUÂN CHUYỂN CÁN BỘ NĂM 2023")
    s.add(None, None, None, None, None, None, None, None, None, None, None, None, "Đvt: Lượt người")
    top = s.add("Tiêu chí", "Cấp tỉnh", None, None, None, None, None, None, "Cấp huyện", None, None, None)
    s.add(None, "Tổng số", "Trung ương về tỉnh", "Tỉnh về huyện", "Huyện về tỉnh", "Huyện này sang huyện khác",
          "Ngành này sang ngành khác", "Tỉnh về xã", "Huyện về xã", "Xã về huyện", "Xã này sang xã khác",
          "Phòng, ban này sang phòng, ban khác")
    s.add("1", "2 (=3+…+12)", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12")
    for m in [f"A{top}:A{top+1}", f"B{top}:H{top}", f"I{top}:L{top}"]:
        s.merge(m)
    pt = grid_table(c, s, rows_, labels=("label",), hsum=[(0, list(range(1, 11)))])
    pt.top = top
    return pt


def bieu11_nodes():
    def V(*x):
        return [None] + list(x)
    bands = [N(None, "- Dưới 40 tuổi", V(0, 3, 1, 1, 4, 0, 9, 2, 6, 5), id="t1"),
             N(None, "- Từ 40 đến 50 tuổi", V(1, 6, 2, 3, 7, 1, 12, 4, 4, 8), id="t2"),
             N(None, "- Trên 50 tuổi", V(0, 2, 1, 0, 3, 0, 3, 1, 0, 2), id="t3")]
    tot = [None] + [sum(b["v"][i] for b in bands) for i in range(1, 11)]
    nodes = [N(None, "TỔNG SỐ", tot, kind="sub", id="tot", kids=[
        N(None, "*Trong đó: Nữ", V(0, 3, 1, 1, 4, 0, 7, 2, 3, 6), id="nu"),
        N(None, "Dân tộc thiểu số", V(0, 1, 0, 0, 1, 0, 1, 0, 1, 0)),
        N(None, "Tôn giáo", V(0, 0, 0, 0, 0, 0, 1, 0, 0, 0)),
        N(None, "Thực hiện chủ trương tăng thêm chức danh", V(0, 2, 0, 0, 1, 0, 3, 0, 0, 0))]),
        N(None, "1. Tuổi đời", None)] + bands + [
        N(None, "2. Trình độ chuyên môn nghiệp vụ", None),
        N(None, "- Đại học", V(0, 7, 3, 3, 10, 1, 21, 6, 9, 11), id="dh"),
        N(None, "- Trên đại học", V(1, 4, 1, 1, 4, 0, 3, 1, 1, 4), id="sdh"),
        N(None, "3. Lý luận chính trị", None),
        N(None, "- Trung cấp", V(0, 2, 0, 1, 3, 0, 18, 6, 8, 7), id="ll2"),
        N(None, "- Cao cấp, cử nhân", V(1, 9, 4, 3, 11, 1, 5, 1, 2, 8), id="ll3")]
    return nodes, bands


def d36():
    c = Case("d36-bieu11-luan-chuyen", "official-form",
             "Biểu 11-BTCTW (Lượt người): column 2 (=3+…+12) under the 'Cấp tỉnh' header though it totals both groups; "
             "age bands sum to TỔNG SỐ; CMNV and LLCT partial. One cell has two adjacent digits swapped.")
    s = c.sheet("Biểu 11")
    nodes, bands = bieu11_nodes()
    pt = bieu11(c, s, nodes)
    for i in range(11):
        c.r_sum(s, G(pt, "tot", i), [G(pt, b["id"], i) for b in bands])
        for k in ("dh", "sdh", "ll2", "ll3"):
            c.r_le(s, G(pt, k, i), G(pt, "tot", i))
    c.plant(s, G(pt, "t2", 7), 21, "transposition", "21 typed for 12 (Huyện về xã, 40-50 tuổi): breaks 2 (=3+…+12) "
            "in its row and the age-band sum of column 9")
    c.table(s, f"A{pt.top}:L{pt.bottom}")
    return c


def d37():
    c = Case("d37-bieu13-bo-nhiem", "official-form",
             "Biểu 13-BTCTW (Lượt người) with a Cộng column the clerk added: TỔNG SỐ = 1 + 2, 'Trong đó: bổ nhiệm lại' ≤ 1; "
             "one TỔNG SỐ cell repeats Bổ nhiệm instead of adding Giới thiệu ứng cử (wrong total).")
    s = c.sheet("Biểu 13")
    s.add("BAN TỔ CHỨC TỈNH ỦY", None, None, None, "Biểu số 13-BTCTW")
    s.add("THỐNG KÊ SỐ LƯỢT BỔ NHIỆM, GIỚI THIỆU CÁN BỘ ỨNG CỬ NĂM 2023")
    s.add(None, None, None, None, "Đvt: Lượt người")
    top = s.add("Bổ nhiệm, giới thiệu cán bộ ứng cử", "Cán bộ diện Trung ương quản lý", "Cán bộ diện Ban Thường vụ Tỉnh ủy quản lý",
                "Cán bộ diện Ban Thường vụ Huyện ủy quản lý", "Cộng")
    s.add("1", "2", "3", "4", "5")
    nodes = [N(None, "TỔNG SỐ", kind="sum", id="tot", kids=[
        N(None, "1. Bổ nhiệm", [0, 46, 183, None], kind="sub", id="bn", kids=[
            N(None, "Trong đó: Bổ nhiệm lại", [0, 17, 71, None], id="bnl")]),
        N(None, "2. Giới thiệu ứng cử", [1, 12, 38, None], id="gt")])]
    pt = grid_table(c, s, nodes, labels=("label",), hsum=[(3, [0, 1, 2])])
    v = pt.byid["bn"]["v"][2]
    c.plant(s, G(pt, "tot", 2), v, "other", f"TỔNG SỐ of diện BTV Huyện ủy written {v} (Bổ nhiệm only); 183 + 38 = 221")
    c.table(s, f"A{top}:E{pt.bottom}")
    return c


def bieu8b_nodes():
    # data cols: 0 Tổng(=1+5) 1 tỉnh tổng(=2+3+4) 2 CQ Đảng 3 ĐVSN 4 MTTQ 5 huyện tổng(=6+7+8) 6 khối đảng 7 ĐVSN 8 MTTQ
    def V(*x):
        a, b, cc, d, e, f = x
        return [None, None, a, b, cc, None, d, e, f]
    kinds = [N("-", "Cán bộ, công chức", V(212, 0, 118, 301, 0, 176), id="cbcc"),
             N("-", "Viên chức", V(8, 96, 3, 12, 88, 5), id="vc"),
             N("-", "Hợp đồng theo Nghị định 68", V(14, 6, 7, 22, 9, 11), id="hd68"),
             N("-", "Hợp đồng khác", V(5, 3, 2, 9, 4, 6), id="hdk")]
    ages = [N("-", "Từ 30 tuổi trở xuống", V(21, 19, 12, 41, 18, 27), id="g1"),
            N("-", "Từ 31 đến 40 tuổi", V(78, 40, 41, 119, 38, 71), id="g2"),
            N("-", "Từ 41 đến 50 tuổi", V(80, 30, 44, 110, 27, 58), id="g3"),
            N("-", "Từ 51 đến 60 tuổi", V(57, 16, 31, 72, 18, 40), id="g4"),
            N("-", "Trên 60 tuổi", V(3, 0, 2, 2, 0, 2), id="g5"),
            N("-", "Tuổi bình quân", [Decimal("43.2")] * 9, avg=True, id="avg")]
    ngach = [N("-", "Chuyên viên cao cấp và tương đương", V(9, 0, 2, 0, 0, 0), id="n1"),
             N("-", "Chuyên viên chính và tương đương", V(71, 0, 30, 42, 0, 19), id="n2"),
             N("-", "Chuyên viên và tương đương", V(124, 0, 80, 236, 0, 140), id="n3"),
             N("-", "Cán sự và tương đương", V(5, 0, 4, 15, 0, 12), id="n4"),
             N("-", "Nhân viên", V(3, 0, 2, 8, 0, 5), id="n5")]
    nodes = [N("", "TỔNG SỐ", kind="sum", id="tot", kids=kinds),
             N("1", "Cơ cấu", None),
             N("-", "Nữ", V(101, 52, 60, 148, 47, 92), id="nu"),
             N("-", "Dân tộc thiểu số", V(4, 1, 2, 6, 1, 3), id="dt"),
             N("-", "Đảng viên", V(236, 91, 126, 330, 84, 186), id="dv"),
             N("2", "Độ tuổi", None)] + ages + [N("3", "Ngạch công chức", None)] + ngach
    return nodes, kinds, ages, ngach


def bieu8b(c, s):
    s.add("BAN TỔ CHỨC TỈNH ỦY", None, None, None, None, None, None, None, None, None, "Biểu số 8B-BTCTW")
    s.add("THỐNG KÊ PHÂN TÍCH CHẤT LƯỢNG NGƯỜI HƯỞNG LƯƠNG NGÂN SÁCH KHỐI ĐẢNG, MTTQ, ĐOÀN THỂ NĂM 2023")
    s.add(None, None, None, None, None, None, None, None, None, None, "Đvt: Người")
    top = s.add("STT", "Tiêu chí", "Tổng", "Cấp tỉnh", None, None, None, "Cấp huyện", None, None, None)
    s.add(None, None, None, "Tổng", "Chia ra", None, None, "Tổng", "Chia ra", None, None)
    s.add(None, None, None, None, "Cơ quan Đảng", "Đơn vị sự nghiệp trực thuộc", "MTTQ và các đoàn thể CTXH", None,
          "Khối đảng", "Đơn vị sự nghiệp trực thuộc", "MTTQ và các đoàn thể CTXH")
    s.add("1", "2", "3 (=4+8)", "4 (=5+6+7)", "5", "6", "7", "8 (=9+10+11)", "9", "10", "11")
    for m in [f"A{top}:A{top+2}", f"B{top}:B{top+2}", f"C{top}:C{top+2}", f"D{top}:G{top}", f"H{top}:K{top}",
              f"D{top+1}:D{top+2}", f"E{top+1}:G{top+1}", f"H{top+1}:H{top+2}", f"I{top+1}:K{top+1}"]:
        s.merge(m)
    nodes, kinds, ages, ngach = bieu8b_nodes()
    pt = grid_table(c, s, nodes, hsum=[(1, [2, 3, 4]), (5, [6, 7, 8]), (0, [1, 5])])
    for i in range(9):
        c.r_sum(s, G(pt, "tot", i), [G(pt, a["id"], i) for a in ages if not a["avg"]])
        c.r_sum(s, G(pt, "cbcc", i), [G(pt, n["id"], i) for n in ngach])
        for k in ("nu", "dt", "dv"):
            c.r_le(s, G(pt, k, i), G(pt, "tot", i))
    pt.top = top
    return pt


def d38():
    c = Case("d38-bieu8b-chat-luong", "official-form",
             "Biểu 8B-BTCTW: nested column totals 3 (=4+8), 4 (=5+6+7), 8 (=9+10+11); age bands sum to TỔNG SỐ with a "
             "Tuổi bình quân row; ngạch rows sum to Cán bộ, công chức. Two age cells swapped across columns 5 and 6 "
             "and a one-digit typo in a ngạch cell.")
    s = c.sheet("Biểu 8B")
    pt = bieu8b(c, s)
    c.plant_swap(s, G(pt, "g2", 2), G(pt, "g2", 3), "31-40 tuổi: Cơ quan Đảng 78 and ĐVSN 40 swapped; 4 (=5+6+7) holds but the age "
                 "sums of columns 5 and 6 break")
    c.plant(s, G(pt, "n3", 6), 286, "digit", "286 typed for 236: breaks 8 (=9+10+11) and the ngạch sum of column 9 (301)")
    c.table(s, f"A{pt.top}:K{pt.bottom}")
    return c


def bieu3_sheet(c, s, tot=(33509, 32988)):
    s.add("BAN TỔ CHỨC TỈNH ỦY", None, None, "Biểu số 3-BTCTW")
    s.add("THỐNG KÊ ĐỘI NGŨ ĐẢNG VIÊN NĂM 2023")

    def hdr(s, cols):
        r = s.add("TT", "Tiêu chí", "Thực hiện", None, "(%) kỳ này so với cùng kỳ năm trước")
        s.add(None, None, "Kỳ này", "Cùng kỳ năm trước", None)
        s.add(None, "1", "2", "3", "4(=2*100/3)")
        for m in [f"A{r}:A{r+1}", f"B{r}:B{r+1}", f"C{r}:D{r}", f"E{r}:E{r+1}"]:
            s.merge(m)
        return r
    ages = [[5516, 5301], [5265, 5210], [5932, 5874], [5577, 5490], [3254, 3302], [3125, 3081], [2445, 2390], [2395, 2340]]
    assert [sum(a[i] for a in ages) for i in (0, 1)] == list(tot)
    labels = ["Từ 18 đến 30 tuổi", "Từ 31 đến 35 tuổi", "Từ 36 đến 40 tuổi", "Từ 41 đến 45 tuổi", "Từ 46 đến 50 tuổi",
              "Từ 51 đến 55 tuổi", "Từ 56 đến 60 tuổi", "Trên 60 tuổi"]
    nodes = [N("I", "Đảng viên trong danh sách có đến cuối kỳ báo cáo", list(tot), kind="sub", id="I", kids=[
        N("", "Trong đó: - Nữ", [11262, 10980], id="nu"), N("", "- Dự bị", [1187, 1203]),
        N("", "- Dân tộc thiểu số", [654, 631], id="dt"), N("", "- Người theo tôn giáo", [539, 527])]),
        N("II", "Phân tích đội ngũ đảng viên", None), N("2", "Tuổi đời", None)] + [
        N("-", lab, a, id=f"g{k}") for k, (lab, a) in enumerate(zip(labels, ages))] + [
        N("-", "Tuổi bình quân", [Decimal("41.6"), Decimal("41.8")], avg=True)]
    pt = period_table(c, s, nodes, ["Kỳ này", "Cùng kỳ năm trước"], diff=None, ratio="%", header_rows=hdr, cur=0, prev=1,
                      first_col_hdr="Tiêu chí", stt_hdr="TT")
    for i in (0, 1):
        c.r_sum(s, A(pt.row["I"], pt.pcol[i]), [A(pt.row[f"g{k}"], pt.pcol[i]) for k in range(8)])
    return pt


def d39():
    c = Case("d39-hai-sheet-tong-hop", "cross-sheet",
             "Biểu 3 (đội ngũ đảng viên) and a 'Tổng hợp' sheet repeating the member total for the report; the summary "
             "sheet types 33.590 for 33.509 while its own shares were computed on 33.509.")
    s1 = c.sheet("Biểu 3")
    pt = bieu3_sheet(c, s1)
    c.table(s1, f"A{pt.top}:E{pt.bottom}")
    s2 = c.sheet("Tổng hợp")
    s2.add("SỐ LIỆU TỔNG HỢP PHỤC VỤ BÁO CÁO")
    top = s2.add("STT", "Chỉ tiêu", "Số lượng", "Tỷ lệ (%)")
    rt = s2.add("1", "Tổng số đảng viên", 33509, Decimal("100.00"))
    rows = []
    for k, (lab, v) in enumerate([("Đảng viên nữ", 11262), ("Đảng viên dân tộc thiểu số", 654), ("Đảng viên dự bị", 1187)]):
        r = s2.add(str(k + 2), lab, v, share(v, 33509))
        c.r_share(s2, f"D{r}", f"C{r}", f"C{rt}")
        rows.append(r)
    c.r_eq(s1, cell(pt, "I", "p", 0), s2, f"C{rt}")
    c.r_eq(s1, cell(pt, "nu", "p", 0), s2, f"C{rows[0]}")
    c.plant(s2, f"C{rt}", 33590, "cross", "33.590 on 'Tổng hợp' against 33.509 on Biểu 3 (row I, Kỳ này); the shares beside "
            "it (33,61 = 11.262 / 33.509) confirm 33.509")
    c.table(s2, f"A{top}:D{r}")
    return c


def d40():
    c = Case("d40-bieu1-bieu5-lech", "cross-sheet",
             "Biểu 1 (D = 33.509) and Biểu 5 (Cộng, column 7 Tổng số đảng viên) in one workbook; Biểu 5's Cộng of members "
             "is typed 33.905, differing from Biểu 1 row D and from its own column.")
    s1 = c.sheet("Biểu 1")
    pt1, Dv = bieu1(c, s1, BIEU1_CUR, BIEU1_PREV)
    c.table(s1, f"A{pt1.top}:E{pt1.bottom}")
    s2 = c.sheet("Biểu 5")
    pt2 = bieu5(c, s2, bieu5_nodes())
    c.table(s2, f"A{pt2.top}:H{pt2.total}")
    c.r_eq(s1, cell(pt1, "D", "p", 0), s2, f"H{pt2.total}")
    c.plant(s2, f"H{pt2.total}", 33905, "cross", "Biểu 5 Cộng column 7 = 33.905; Biểu 1 D (Kỳ này) = 33.509 and rows 1-11 add to 33.509")
    return c


def d41():
    c = Case("d41-tccsd-hai-sheet", "cross-sheet",
             "Sheet 'Tổ chức đảng' gives 498 TCCSĐ (171 + 327); sheet 'Xếp loại' repeats the total as its evaluated base "
             "but types 489, while its categories add to 498 and its shares use 498.")
    s1 = c.sheet("Tổ chức đảng")
    s1.add("TỔ CHỨC CƠ SỞ ĐẢNG (đến 31/12/2023)")
    top1 = s1.add("STT", "Loại tổ chức", "Số lượng")
    r1 = s1.add("1", "Đảng bộ cơ sở", 171)
    r2 = s1.add("2", "Chi bộ cơ sở", 327)
    rt1 = s1.add(None, "Tổng số tổ chức cơ sở đảng", 498)
    c.r_sum(s1, f"C{rt1}", [f"C{r1}", f"C{r2}"])
    c.table(s1, f"A{top1}:C{rt1}")
    s2 = c.sheet("Xếp loại")
    s2.add("KẾT QUẢ XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2023")
    top2 = s2.add("STT", "Mức xếp loại", "Số lượng", "Tỷ lệ (%)")
    rt2 = s2.add(None, "Tổng số TCCSĐ được đánh giá", 498, Decimal("100.00"))
    cats = [("Hoàn thành xuất sắc nhiệm vụ", 91), ("Hoàn thành tốt nhiệm vụ", 367), ("Hoàn thành nhiệm vụ", 33),
            ("Không hoàn thành nhiệm vụ", 7)]
    assert sum(x[1] for x in cats) == 498
    rows = []
    for k, (lab, v) in enumerate(cats):
        r = s2.add(str(k + 1), lab, v, share(v, 498))
        rows.append(r)
        c.r_share(s2, f"D{r}", f"C{r}", f"C{rt2}")
    c.r_sum(s2, f"C{rt2}", [f"C{r}" for r in rows])
    c.r_p100(s2, [f"D{r}" for r in rows])
    c.r_eq(s1, f"C{rt1}", s2, f"C{rt2}")
    c.plant(s2, f"C{rt2}", 489, "cross", "489 on 'Xếp loại' against 498 on 'Tổ chức đảng'; the four levels add to 498 "
            "and the shares are of 498")
    c.table(s2, f"A{top2}:D{r}")
    return c


def d42():
    c = Case("d42-sum-thieu-dong", "formulas",
             "Units table whose Tổng cộng row uses =SUM formulas; in two columns the range stops one row short and "
             "leaves out the last unit (cached values are the short sums).")
    s = c.sheet("Tổng hợp ĐV")
    s.add("TỔ CHỨC ĐẢNG VÀ ĐẢNG VIÊN THEO ĐƠN VỊ")
    top = s.add("TT", "Đơn vị", "Tổ chức cơ sở đảng", "Chi bộ trực thuộc", "Đảng viên", "Trong đó: nữ")
    db, cb, cbtt, dv = units_org()
    nu = [1421, 1035, 880, 1167, 1202, 1499, 1001, 935, 1790, 272, 60]
    first = top + 1
    for i in range(11):
        r = s.add(i + 1, DISTRICTS[i], db[i] + cb[i], cbtt[i], dv[i], nu[i])
        c.r_le(s, f"F{r}", f"E{r}")
    last = r
    cols = {"C": [d + b for d, b in zip(db, cb)], "D": cbtt, "E": dv, "F": nu}
    rt = s.add(None, "Tổng cộng", *[sum(cols[k]) for k in "CDEF"])
    for L_ in "CDEF":
        s.cells[f"{L_}{rt}"] = {"v": sum(cols[L_]), "formula": f"SUM({L_}{first}:{L_}{last})"}
        c.r_sum(s, f"{L_}{rt}", [f"{L_}{x}" for x in range(first, last + 1)])
        c.r_formula(s, f"{L_}{rt}", f"{L_}{first}:{L_}{last}")
    for L_ in "CE":
        short = sum(cols[L_][:-1])
        c.plant_formula(s, f"{L_}{rt}", f"SUM({L_}{first}:{L_}{last - 1})", short,
                        f"=SUM({L_}{first}:{L_}{last - 1}) leaves out row {last} (Đảng bộ Quân sự tỉnh, {cols[L_][-1]}); "
                        f"cached {short}, should be {sum(cols[L_])}")
    c.table(s, f"A{top}:F{rt}")
    return c


def d43():
    c = Case("d43-sum-hang-thieu-cot", "formulas",
             "Admissions per unit 2021-2023 with a Cộng column of =SUM formulas and a Tăng, giảm column; one row's SUM "
             "leaves out 2023, one difference has its sign flipped.")
    s = c.sheet("Kết nạp")
    s.add("KẾT QUẢ KẾT NẠP ĐẢNG VIÊN GIAI ĐOẠN 2021 - 2023")
    top = s.add("TT", "Đơn vị", "Năm 2021", "Năm 2022", "Năm 2023", "Cộng", "Tăng (+), giảm (-) 2023 so với 2022")
    vals = [(98, 104, 111), (71, 69, 80), (66, 70, 73), (95, 101, 99), (102, 96, 118), (131, 127, 140),
            (83, 88, 92), (77, 74, 81), (120, 131, 142), (58, 61, 66), (41, 38, 45)]
    R = []
    for i, v in enumerate(vals):
        r = s.add(i + 1, DISTRICTS[i], *v, sum(v), Sg(v[2] - v[1]))
        s.cells[f"F{r}"] = {"v": sum(v), "formula": f"SUM(C{r}:E{r})"}
        c.r_sum(s, f"F{r}", [f"C{r}", f"D{r}", f"E{r}"])
        c.r_formula(s, f"F{r}", f"C{r}:E{r}")
        c.r_diff(s, f"G{r}", f"E{r}", f"D{r}")
        R.append(r)
    tots = [sum(v[k] for v in vals) for k in range(3)]
    rt = s.add(None, "Tổng cộng", *tots, sum(tots), Sg(tots[2] - tots[1]))
    for L_ in "CDEF":
        c.r_sum(s, f"{L_}{rt}", [f"{L_}{x}" for x in R])
    c.r_diff(s, f"G{rt}", f"E{rt}", f"D{rt}")
    r = R[4]
    c.plant_formula(s, f"F{r}", f"SUM(C{r}:D{r})", 102 + 96, f"=SUM(C{r}:D{r}) leaves out 2023 (118): cached 198, should be 316")
    c.plant(s, f"G{R[3]}", Sg(2), "sign", "101 → 99 is a decrease: -2 written +2")
    c.table(s, f"A{top}:G{rt}")
    return c


def d44():
    c = Case("d44-bieu7-nghiep-vu-p1", "index-P1",
             "Biểu 7-BTCTW shape with P1 columns (Kỳ này | Cùng kỳ năm trước | (%)): khen thưởng with chia ra, badges by "
             "class summing to II, cards; one index has two digits swapped and one badge count a one-digit typo.")
    s = c.sheet("Biểu 7")
    s.add("BAN TỔ CHỨC TỈNH ỦY", None, None, "Biểu số 7-BTCTW")
    s.add("THỐNG KÊ VỀ NGHIỆP VỤ CÔNG TÁC ĐẢNG VIÊN NĂM 2023")

    def hdr(s, cols):
        r = s.add("TT", "Tiêu chí", "Kỳ này", "Cùng kỳ năm trước", "(%) kỳ này so với cùng kỳ năm trước")
        s.add("A", "1", "2", "3", "4(=2*100/3)")
        return r
    nodes = [
        N("I", "Khen thưởng tổ chức đảng và đảng viên trong năm", None),
        N("2", "Số đảng viên được khen, chia ra", kind="sum", id="kt", kids=[
            N("-", "Bằng khen", [214, 187], id="bk"), N("-", "Giấy khen", [1236, 1180], id="gk")]),
        N("II", "Tặng huy hiệu đảng trong năm", kind="sum", id="II", kids=[
            N("-", "Huy hiệu 30 năm tuổi Đảng", [421, 398], id="h30"), N("-", "Huy hiệu 40 năm tuổi Đảng", [139, 133], id="h40"),
            N("-", "Huy hiệu 45 năm tuổi Đảng", [115, 104], id="h45"), N("-", "Huy hiệu 50 năm tuổi Đảng", [108, 101], id="h50"),
            N("-", "Huy hiệu 55 năm tuổi Đảng", [45, 41], id="h55"), N("-", "Huy hiệu 60 năm tuổi Đảng", [13, 11], id="h60"),
            N("-", "Huy hiệu 65 năm tuổi Đảng", [7, 5], id="h65"), N("-", "Huy hiệu 70 năm tuổi Đảng", [2, 3], id="h70")]),
        N("III", "Phát thẻ đảng viên trong năm", kind="sum", id="III", kids=[
            N("1", "Phát cho đảng viên chính thức", [1131, 1098], id="t1"), N("2", "Cấp lại do mất", [12, 15], id="t2"),
            N("3", "Đổi lại do hỏng", [27, 21], id="t3")])]
    pt = period_table(c, s, nodes, ["Kỳ này", "Cùng kỳ năm trước"], diff=None, ratio="%", header_rows=hdr, cur=0, prev=1,
                      first_col_hdr="Tiêu chí", stt_hdr="TT")
    a = cell(pt, "h45", "ratio")
    v = s.get(a)
    new = tdec(v, 1)
    c.plant(s, a, new, "transposition", f"{vi_dec(new)} typed for {vi_dec(v)} (115 / 104)")
    c.plant(s, cell(pt, "h50", "p", 0), 168, "digit", "168 typed for 108: breaks II (850) and the index 106,93")
    c.table(s, f"A{pt.top}:E{pt.bottom}")
    return c


def d45():
    c = Case("d45-cap-uy-co-so-nhiem-ky", "stt-label-periods",
             "Grassroots committee members over two terms with a share after each term; the difference header names "
             "the wrong term, and the 2020 - 2025 share of women is computed on the 2015 - 2020 total.")
    s = c.sheet("Cấp ủy cơ sở")
    s.add("CẤP ỦY VIÊN CƠ SỞ QUA HAI NHIỆM KỲ")
    s.add(None, None, None, None, None, None, "Đơn vị tính: đồng chí, %")
    nodes = [N("", "Tổng số cấp ủy viên cơ sở", [2791, 2834], kind="sub", id="tot", kids=[
        N("1", "Nữ", [612, 681], id="nu"), N("2", "Dưới 40 tuổi", [834, 902], id="tre"),
        N("3", "Dân tộc thiểu số", [41, 44], id="dt"),
        N("4", "Trình độ chuyên môn", None),
        N("-", "Trung cấp", [241, 185], id="tc"), N("-", "Cao đẳng", [77, 55], id="cd"),
        N("-", "Đại học và sau đại học", [2473, 2594], id="dh"),
        N("5", "Trình độ lý luận chính trị", None),
        N("-", "Sơ cấp", [160, 107], id="sc"), N("-", "Trung cấp", [1502, 1450], id="ltc"),
        N("-", "Cao cấp, cử nhân", [1121, 1275], id="cc")])]
    okh = "Tăng (+), giảm (-) so với nhiệm kỳ 2015 - 2020"
    pt = share_period_table(c, s, nodes, ["Nhiệm kỳ 2015 - 2020", "Nhiệm kỳ 2020 - 2025"], diff=okh)
    for i in (0, 1):
        c.r_sum(s, cell(pt, "tot", "p", i), [cell(pt, k, "p", i) for k in ("tc", "cd", "dh")])
    h = A(pt.top, pt.ccol["diff"])
    c.r_label(s, h, okh)
    c.plant(s, h, "Tăng (+), giảm (-) so với nhiệm kỳ 2010 - 2015", "term-label",
            "the difference is 2020 - 2025 minus 2015 - 2020; the header names 2010 - 2015")
    w = share(681, 2791)
    c.plant(s, cell(pt, "nu", "sh", 1), w, "base", f"681 / 2.791 (the 2015 - 2020 total) = {vi_dec(w)}; of 2.834 it is "
            f"{vi_dec(share(681, 2834))}")
    c.table(s, rng(pt))
    return c


def d46():
    c = Case("d46-so-sanh-nam-sai", "stt-label-periods",
             "Three year columns and a 'So sánh' column whose values are 2024 / 2023 but whose header says 2024/2022; "
             "two indices truncated.")
    s = c.sheet("Kết quả 2024")
    s.add("MỘT SỐ CHỈ TIÊU CÔNG TÁC ĐẢNG VIÊN 2022 - 2024")
    okh = "So sánh 2024/2023 (%)"
    nodes = [N("1", "Kết nạp đảng viên mới", [1145, 1212, 1187], id="kn"),
             N("2", "Đảng viên được tặng Huy hiệu Đảng", [833, 796, 850], id="hh"),
             N("3", "Đảng viên được khen thưởng", kind="sum", id="kt", kids=[
                 N("-", "Bằng khen", [176, 187, 214], id="bk"), N("-", "Giấy khen", [1102, 1180, 1236], id="gk")]),
             N("4", "Đảng viên bị thi hành kỷ luật", [152, 137, 129], id="kl"),
             N("5", "Xóa tên, cho ra khỏi Đảng", [103, 79, 71], id="xt")]
    pt = period_table(c, s, nodes, ["Năm 2022", "Năm 2023", "Năm 2024"], diff=None, ratio=okh)
    h = A(pt.top, pt.ccol["ratio"])
    c.r_label(s, h, okh)
    c.plant(s, h, "So sánh 2024/2022 (%)", "term-label", "the ratios are 2024 / 2023 (850 / 796 = 106,78); the header names 2022")
    ids = ["kn", "hh", "kt", "bk", "gk", "kl", "xt"]
    a1 = plant_trunc_ratio(c, s, pt, ids, i_cur=2, i_prev=1)
    rest = [i for i in ids if cell(pt, i, "ratio") != a1]
    plant_trunc_ratio(c, s, pt, rest, i_cur=2, i_prev=1)
    c.table(s, rng(pt))
    return c


def d47():
    c = Case("d47-hai-panel-loi", "two-panel",
             "Two-panel dân tộc / tôn giáo table (block rows 100,00, shares of the block total); a one-digit typo in the "
             "right panel and a truncated share in the left.")
    s = c.sheet("Dân tộc, tôn giáo")
    s.add("ĐẢNG VIÊN CHIA THEO DÂN TỘC VÀ TÔN GIÁO - ĐẢNG BỘ HUYỆN")
    top = s.add("TT", "Tên dân tộc, tôn giáo", "Tổng số", "Trong đó: nữ", "Tỷ lệ (%)",
                "TT", "Tên dân tộc, tôn giáo", "Tổng số", "Trong đó: nữ", "Tỷ lệ (%)")
    left = [("Kinh", 4787, 1487), ("Khmer", 14, 8), ("Hoa", 7, 3), ("Dân tộc khác", 1, 1)]
    right = [("Thiên Chúa", 51, 22), ("Phật giáo", 14, 6), ("Cao Đài", 6, 2), ("Hòa Hảo", 4, 1)]
    lt = (sum(x[1] for x in left), sum(x[2] for x in left))
    rt = (sum(x[1] for x in right), sum(x[2] for x in right))
    r0 = s.add("I", "Đảng viên chia theo dân tộc", lt[0], lt[1], Decimal("100.00"),
               "II", "Đảng viên chia theo tôn giáo", rt[0], rt[1], Decimal("100.00"))
    rows = []
    for k in range(4):
        l, rr = left[k], right[k]
        r = s.add(str(k + 1), l[0], l[1], l[2], share(l[1], lt[0]), str(k + 1), rr[0], rr[1], rr[2], share(rr[1], rt[0]))
        rows.append(r)
        c.r_le(s, f"D{r}", f"C{r}"); c.r_le(s, f"I{r}", f"H{r}")
        c.r_share(s, f"E{r}", f"C{r}", f"C{r0}"); c.r_share(s, f"J{r}", f"H{r}", f"H{r0}")
    for L_ in "CDHI":
        c.r_sum(s, f"{L_}{r0}", [f"{L_}{x}" for x in rows])
    c.plant(s, f"H{rows[1]}", 19, "digit", "19 typed for 14: tôn giáo rows add to 80, not 75; the share 18,67 is of 14")
    a, t, r, e = first_trunc([(f"E{x}", Fraction(left[k][1]) * 100 / lt[0], 2) for k, x in enumerate(rows)])
    c.warn(s, a, t, "truncation", f"{float(e):.4f} cut to {vi_dec(t)}, rounds to {vi_dec(r)}")
    c.table(s, f"A{top}:J{rows[-1]}")
    return c


def d48():
    c = Case("d48-khong-tieu-de", "no-title-no-unit",
             "A bare table starting at A1 (no title, no unit line): chi bộ by type at two dates; two 2023 cells swapped "
             "between rows (the total holds, both differences break) and one difference with a flipped sign.")
    s = c.sheet("Sheet1")
    nodes = [N("", "Tổng số chi bộ trực thuộc", kind="sum", id="tot", kids=[
        N("1", "Chi bộ ấp, khu vực", [531, 525], id="ap"), N("2", "Chi bộ ngành xã", [603, 517], id="nx"),
        N("3", "Chi bộ ngành huyện", [219, 175], id="nh"), N("4", "Chi bộ ngành tỉnh", [350, 306], id="nt"),
        N("5", "Chi bộ quân sự, công an", [96, 118], id="qs")])]
    pt = period_table(c, s, nodes, ["Năm 2018", "Năm 2023"], diff="Tăng, giảm")
    c.plant_swap(s, cell(pt, "nh", "p", 1), cell(pt, "nt", "p", 1),
                 "2023 values of ngành huyện (175) and ngành tỉnh (306) swapped: total unchanged, both differences break")
    c.plant(s, cell(pt, "qs", "diff"), Sg(-22), "sign", "96 → 118 is an increase: +22 written -22")
    c.table(s, rng(pt))
    return c


def d49():
    c = Case("d49-bieu10-loi", "multi-row-header-merged",
             "Biểu 10-BTCTW with three merged header rows, '3=4+6+8' and '9=10+11', people and classes; one class count "
             "has a one-digit typo and one people count two digits swapped.")
    s = c.sheet("Biểu 10")
    pt = bieu10(c, s, bieu10_nodes())
    c.plant(s, G(pt, "tc2", 8), 3, "digit", "3 typed for 8 (lớp cấp huyện mở, TC LLCT không tập trung): breaks 9=10+11 and the "
            "sum of classes of Trung cấp LLCT")
    c.plant(s, G(pt, "bd1", 5), 870, "transposition", "870 typed for 780 (cấp xã, bồi dưỡng xây dựng Đảng): breaks 3=4+6+8 and II")
    c.table(s, f"A{pt.top}:K{pt.bottom}")
    return c


def d50():
    c = Case("d50-so-dang-chu-ty-le-canh-bao", "text-numbers",
             "Figures typed as text; per-unit women and young-member shares with two decimals; two shares typed as whole "
             "numbers and one truncated. Warnings only, no error.")
    s = c.sheet("Tỷ lệ", text=True)
    s.add("TỶ LỆ ĐẢNG VIÊN NỮ, ĐẢNG VIÊN TRẺ THEO ĐẢNG BỘ XÃ, THỊ TRẤN")
    top = s.add("STT", "Đơn vị", "Tổng số đảng viên", "Nữ", "Tỷ lệ (%)", "Dưới 30 tuổi", "Tỷ lệ (%)")
    dv = [412, 338, 296, 351, 287, 309, 322, 270, 301, 315, 288, 345, 262, 248, 265]
    nu = [131, 98, 90, 112, 84, 97, 101, 88, 95, 103, 91, 110, 85, 76, 84]
    yg = [47, 36, 28, 41, 33, 30, 35, 25, 31, 38, 27, 40, 22, 24, 27]
    rows = []
    for i in range(15):
        rows.append(s.add(str(i + 1), XA_PH[i], dv[i], nu[i], share(nu[i], dv[i]), yg[i], share(yg[i], dv[i])))
    rt = s.add(None, "Cộng", sum(dv), sum(nu), share(sum(nu), sum(dv)), sum(yg), share(sum(yg), sum(dv)))
    for r in rows + [rt]:
        c.r_share(s, f"E{r}", f"D{r}", f"C{r}"); c.r_share(s, f"G{r}", f"F{r}", f"C{r}")
    for L_ in "CDF":
        c.r_sum(s, f"{L_}{rt}", [f"{L_}{x}" for x in rows])
    done = 0
    for i in range(15):
        e = Fraction(yg[i]) * 100 / dv[i]
        if rnd(e, 0) != rnd(e, 2) and done < 2 and i in (2, 9):
            c.warn(s, f"G{rows[i]}", Raw(str(int(rnd(e, 0)))), "precision",
                   f"{yg[i]} / {dv[i]} = {vi_dec(rnd(e, 2))} typed '{int(rnd(e, 0))}' in a two-decimal column")
            done += 1
    assert done == 2
    a, t, r, e = first_trunc([(f"E{x}", Fraction(nu[k]) * 100 / dv[k], 2) for k, x in enumerate(rows)])
    c.warn(s, a, vi_dec(t), "truncation", f"{float(e):.4f} typed {vi_dec(t)}, rounds to {vi_dec(r)}")
    c.table(s, f"A{top}:G{rt}")
    return c


# ======================================================================= main
BUILDERS = [globals()[f"d{k:02d}"] for k in range(1, 51)]


def main():
    CASES.clear()
    for b in BUILDERS:
        b()
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".json"):
            os.remove(os.path.join(OUT, f))
    ids = set()
    bad = 0
    layouts = Counter()
    kinds = Counter()
    wkinds = Counter()
    clean = 0
    weak = []
    for c in CASES:
        assert c.id.startswith("d") and c.id not in ids, c.id
        ids.add(c.id)
        problems, support, res = self_check(c)
        if problems:
            bad += 1
            print(f"SELF-CHECK {c.id}:", *problems, sep="\n  ")
        layouts[c.layout] += 1
        for e in c.errors:
            kinds[e["kind"]] += 1
        for w in c.warnings:
            wkinds[w["kind"]] += 1
        if not c.errors and not c.warnings:
            clean += 1
        for e in c.errors:
            cs = e["culprit"] if isinstance(e["culprit"], list) else [e["culprit"]]
            n = min(support[(e["sheet"], x)] for x in cs)
            if n < 2 and e["kind"] not in ("swap", "sign", "term-label", "transposition", "base"):
                weak.append((c.id, e["culprit"], e["kind"], n))
        with open(os.path.join(OUT, c.id + ".json"), "w", encoding="utf-8") as fh:
            json.dump(c.to_json(), fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    print(f"{len(CASES)} cases, {clean} clean, {len(layouts)} layouts")
    for k, v in sorted(layouts.items()):
        print(f"  layout {k}: {v}")
    print("errors:", sum(kinds.values()), dict(kinds))
    print("warnings:", sum(wkinds.values()), dict(wkinds))
    if weak:
        print("culprits in a single failing rule:", weak)
    if bad:
        sys.exit(1)


if __name__ == "__main__":
    main()
