#!/usr/bin/env python3
"""Build and verify the labels of the p7-* prose drafts.

  python3 make.py          rebuild <draft>.labels.json from specs.py, then verify
  python3 make.py --check  verify the existing .labels.json files only

Verification recomputes every label's arithmetic from the numbers written in its note
(exact rational arithmetic, round half up), derives the verdict the arithmetic implies and
fails on any mismatch with the label's verdict / right value; it also checks that each
anchor is an exact substring of its line, unique in that line, and contains the stated
figure. Finally it writes SUMMARY.md.

Note grammar (first two ';'-separated fields are machine-read, the rest is free text):
  "<expr> = <value>[…] [→ <rounded>]; stated <S>; ..."    numeric claims
  "<a> ≤ <b>; stated <S>; ..."                             subset claims
  "term expected <T>; stated <S>; ..."                     term claims
Numbers are written vi-VN (1.234,5). Operators: + − - × * ÷ / ( ).
Without "→" the comparison is exact; with "→" the stated value is judged at the precision
of <rounded>: equal = consistent, equal to the truncation = rounding, otherwise inconsistent.
'ambiguous' labels get their arithmetic checked but no verdict is derived.
"""
import json, re, sys, os, glob, collections
from fractions import Fraction as F

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = "sum subset share fraction difference points ratio repeat term".split()
VERDICTS = "consistent rounding inconsistent ambiguous".split()
NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"

def num(s):
    s = s.strip().rstrip("%").strip()
    m = re.fullmatch(r"[+-]?(?:" + NUM + ")", s)
    if not m:
        raise ValueError("not a vi-VN number: %r" % s)
    return F(s.replace(".", "").replace(",", "."))

def dp_of(s):
    s = s.strip().rstrip("%").strip()
    return len(s.split(",")[1]) if "," in s else 0

def ev(expr):
    py = re.sub(NUM, lambda m: "F('%s')" % m.group(0).replace(".", "").replace(",", "."), expr)
    py = py.replace("×", "*").replace("÷", "/").replace("−", "-")
    if re.search(r"[^F0-9'.()+\-*/ ]", py):
        raise ValueError("bad expression %r" % expr)
    return F(eval(py, {"F": F}))

def rhu(x, dp):  # round half up (values here are non-negative)
    q = F(10) ** dp
    v = x * q
    n = v.numerator // v.denominator
    if v - n >= F(1, 2):
        n += 1
    return F(n) / q

def trunc(x, dp):
    q = F(10) ** dp
    v = x * q
    return F(v.numerator // v.denominator) / q

def fmt(x, dp):
    x = rhu(x, dp)
    neg = x < 0
    x = abs(x)
    i = x.numerator // x.denominator
    s = "{:,}".format(i).replace(",", ".")
    if dp:
        frac = (x - i) * 10 ** dp
        s += "," + str(int(frac)).rjust(dp, "0")
    return ("-" if neg else "") + s

class Bad(Exception):
    pass

def check_claim(c, line_text):
    where = "line %s anchor %r" % (c["line"], c["anchor"])
    if c["kind"] not in KINDS or c["verdict"] not in VERDICTS:
        raise Bad(where + ": bad kind/verdict")
    if line_text.count(c["anchor"]) != 1:
        raise Bad(where + ": anchor occurs %d times in its line" % line_text.count(c["anchor"]))
    parts = [p.strip() for p in c["note"].split(";")]
    if len(parts) < 2 or not parts[1].startswith("stated "):
        raise Bad(where + ": note lacks '; stated ...'")
    calc, stated = parts[0], parts[1][len("stated "):].strip()
    if stated not in c["anchor"]:
        raise Bad(where + ": stated %r not in anchor" % stated)
    v = c["verdict"]
    right = c.get("right")
    if v in ("rounding", "inconsistent") and not right:
        raise Bad(where + ": right missing")
    if v in ("consistent", "ambiguous") and right:
        raise Bad(where + ": right given for " + v)
    # term
    if calc.startswith("term expected "):
        if c["kind"] != "term":
            raise Bad(where + ": term calc on non-term kind")
        exp = calc[len("term expected "):].strip()
        if v == "ambiguous":
            return
        want = "consistent" if exp == stated else "inconsistent"
        if want != v:
            raise Bad(where + ": verdict %s, arithmetic says %s" % (v, want))
        if v == "inconsistent" and right != exp:
            raise Bad(where + ": right %r != %r" % (right, exp))
        return
    # subset
    if "≤" in calc:
        a, b = calc.split("≤")
        ok = ev(a) <= ev(b)
        if num(stated) not in (ev(a), ev(b)):
            raise Bad(where + ": stated %s is neither side of the subset" % stated)
        if v == "ambiguous":
            return
        want = "consistent" if ok else "inconsistent"
        if want != v:
            raise Bad(where + ": verdict %s, arithmetic says %s" % (v, want))
        return
    m = re.fullmatch(r"(.+?) = ([^→]+?)(…)?(?: → (.+))?", calc)
    if not m:
        raise Bad(where + ": cannot parse calc %r" % calc)
    expr, shown, ell, rounded = m.groups()
    x = ev(expr)
    shown_v = num(shown)
    if ell:
        if trunc(x, dp_of(shown)) != shown_v:
            raise Bad(where + ": shown %s is not %s truncated" % (shown, expr))
    elif x != shown_v:
        raise Bad(where + ": %s = %s, note says %s" % (expr, float(x), shown))
    if rounded is None:
        if ell:
            raise Bad(where + ": inexact value without rounding")
    else:
        dp = dp_of(rounded)
        R = rhu(x, dp)
        if num(rounded) != R:
            raise Bad(where + ": %s rounds to %s, note says %s" % (expr, fmt(x, dp), rounded))
    if v == "ambiguous":
        return
    s = num(stated)
    if rounded is None:
        want = "consistent" if s == x else "inconsistent"
        target = x
    else:
        if dp_of(stated) != dp:
            raise Bad(where + ": stated precision differs from rounded precision")
        if s == R:
            want = "consistent"
        elif s == trunc(x, dp):
            want = "rounding"
        else:
            want = "inconsistent"
        target = R
    if v == "ambiguous":
        return
    if want != v:
        raise Bad(where + ": verdict %s, arithmetic says %s (computed %s)" % (v, want, float(x)))
    if v in ("rounding", "inconsistent"):
        if num(right) != target:
            raise Bad(where + ": right %s != computed %s" % (right, float(target)))

def build():
    sys.path.insert(0, HERE)
    import specs
    for name, claims in specs.DRAFTS.items():
        txt = os.path.join(HERE, name + ".txt")
        lines = open(txt, encoding="utf-8").read().split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        out = []
        for cl in claims:
            hint, anchor, kind, verdict, right, note = cl
            cand = [i for i, l in enumerate(lines) if anchor in l and (hint is None or hint in l)]
            if len(cand) != 1:
                raise Bad("%s: anchor %r (hint %r) found on %d lines" % (name, anchor, hint, len(cand)))
            d = {"line": cand[0] + 1, "anchor": anchor, "kind": kind, "verdict": verdict}
            if right:
                d["right"] = right
            d["note"] = note
            out.append(d)
        out.sort(key=lambda d: d["line"])
        with open(os.path.join(HERE, name + ".labels.json"), "w", encoding="utf-8") as f:
            json.dump({"file": name + ".txt", "claims": out}, f, ensure_ascii=False, indent=2)
            f.write("\n")

def verify():
    per_draft = collections.OrderedDict()
    per_kind = collections.OrderedDict((k, collections.Counter()) for k in KINDS)
    errors = []
    for lab in sorted(glob.glob(os.path.join(HERE, "p7-*.labels.json"))):
        d = json.load(open(lab, encoding="utf-8"))
        txt = os.path.join(HERE, d["file"])
        raw = open(txt, encoding="utf-8").read()
        lines = raw.split("\n")
        seen = set()
        cnt = collections.Counter()
        for c in d["claims"]:
            try:
                if not (1 <= c["line"] <= len(lines)):
                    raise Bad("line %s out of range" % c["line"])
                key = (c["line"], c["anchor"])
                if key in seen:
                    raise Bad("duplicate anchor %r on line %s" % key[::-1])
                seen.add(key)
                check_claim(c, lines[c["line"] - 1])
            except Exception as e:
                errors.append("%s: %s" % (d["file"], e))
            cnt[c["verdict"]] += 1
            per_kind[c["kind"]][c["verdict"]] += 1
        per_draft[d["file"]] = (cnt, len(raw))
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    rows = ["# SUMMARY (generated by make.py)", "",
            "| draft | chars | claims | consistent | rounding | inconsistent | ambiguous |",
            "|---|---:|---:|---:|---:|---:|---:|"]
    tot = collections.Counter()
    for f, (c, n) in per_draft.items():
        rows.append("| %s | %d | %d | %s |" % (f, n, sum(c.values()), " | ".join(str(c[v]) for v in VERDICTS)))
        tot.update(c)
    rows.append("| **total** | | %d | %s |" % (sum(tot.values()), " | ".join(str(tot[v]) for v in VERDICTS)))
    rows += ["", "| kind | claims | consistent | rounding | inconsistent | ambiguous |", "|---|---:|---:|---:|---:|---:|"]
    for k, c in per_kind.items():
        rows.append("| %s | %d | %s |" % (k, sum(c.values()), " | ".join(str(c[v]) for v in VERDICTS)))
    rows.append("| **total** | %d | %s |" % (sum(tot.values()), " | ".join(str(tot[v]) for v in VERDICTS)))
    open(os.path.join(HERE, "SUMMARY.md"), "w", encoding="utf-8").write("\n".join(rows) + "\n")
    print("\n".join(rows))

if __name__ == "__main__":
    try:
        if "--check" not in sys.argv:
            build()
        verify()
    except Bad as e:
        print("ERROR:", e)
        sys.exit(1)
