#!/usr/bin/env python3
"""Build and verify the d10 prose evaluation set.

For every draft d10-NN-<slug>.txt there is a spec specs/d10-NN-<slug>.py defining CLAIMS, a list of
C(anchor, kind, verdict, calc, note, at) entries.  This script
  * checks each anchor is an exact substring of exactly one line (or of the line that also holds `at`)
    and is unique inside that line;
  * recomputes every claim with exact fractions (round half up), derives the verdict for
    non-ambiguous claims and fails if it differs from the declared one;
  * checks that every figure used in the arithmetic occurs in the draft, and the judged figure in the anchor;
  * writes <slug>.labels.json (line, anchor, kind, verdict, right, note) and SUMMARY.md.
Run:  python3 make.py      (exit status 1 on any failure)
"""
import glob, json, os, re, sys
from fractions import Fraction as F
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = ["sum", "subset", "share", "fraction", "difference", "points", "ratio", "repeat", "term"]
VERDICTS = ["consistent", "rounding", "inconsistent", "ambiguous"]
errors = []

def C(anchor, kind, verdict, calc, note="", at=None):
    return dict(anchor=anchor, kind=kind, verdict=verdict, calc=calc, note=note, at=at)

# ---------- numbers ----------
def split(s):
    """'42.180*0.001' -> ('42.180', Fraction(1,1000)); the text form must occur in the draft."""
    if "*" in s:
        t, f = s.split("*")
        return t.strip(), F(f)
    return s.strip(), F(1)

def val(s):
    t, f = split(s)
    u = t.replace(".", "").replace(",", ".")
    if not re.fullmatch(r"\d+(\.\d+)?", u):
        raise ValueError("bad number %r" % s)
    return F(u) * f

def dp(s):
    t, _ = split(s)
    return len(t.split(",")[1]) if "," in t else 0

def rhu(x, d):          # round half up (x >= 0)
    q = F(10) ** d
    n = (x * q + F(1, 2)).numerator // (x * q + F(1, 2)).denominator
    return F(n) / q

def trunc(x, d):
    q = F(10) ** d
    return F((x * q).numerator // (x * q).denominator) / q

def fmt(x, d=0):
    """vi-VN: thousands '.', decimal ','"""
    x = rhu(x, d) if x >= 0 else -rhu(-x, d)
    neg = x < 0
    x = abs(x)
    q = F(10) ** d
    n = x * q
    assert n.denominator == 1
    n = n.numerator
    ip, fp = divmod(n, 10 ** d) if d else (n, 0)
    s = "{:,}".format(ip).replace(",", ".")
    if d:
        s += "," + str(fp).rjust(d, "0")
    return ("-" if neg else "") + s

def like(v, stated):
    t = split(stated)[0]
    return v.rjust(len(t), "0") if t.startswith("0") and "," not in t and "." not in v and "," not in v else v

def exact(x):
    """show an exact quotient to 4 decimals (for notes), vi-VN"""
    return fmt(x, 4) if x.denominator != 1 else fmt(x, 0)

def ssum(v):
    return sum((val(p) for p in v), F(0)) if isinstance(v, list) else val(v)

def sstr(v):
    return " + ".join(v) if isinstance(v, list) else v

def strings(calc):
    out = []
    if calc[0] == "nobase":
        return [calc[2]]
    for a in calc[1:]:
        if isinstance(a, str):
            out.append(a)
        elif isinstance(a, list):
            out += [b for b in a if isinstance(b, str)]
    return out

# ---------- calculators: return (status, right, note, judged) ; status in ok/trunc/bad ----------
def pct_status(x, stated):
    d = dp(stated)
    s = val(stated)
    r = rhu(x, d)
    if s == r:
        return "ok", fmt(r, d)
    if s == trunc(x, d):
        return "trunc", fmt(r, d)
    return "bad", fmt(r, d)

def run(calc):
    t = calc[0]
    if t == "sum":
        _, total, parts = calc
        s = ssum(parts)
        d = max(dp(p) for p in parts + [total])
        ok = s == val(total)
        return ("ok" if ok else "bad", like(fmt(s, d), total),
                "%s = %s; stated %s" % (" + ".join(parts), fmt(s, d), split(total)[0]), total)
    if t == "subset":
        _, part, whole = calc
        ok = ssum(part) <= ssum(whole)
        return ("ok" if ok else "bad", None,
                "%s <= %s: %s" % (sstr(part), sstr(whole), "holds" if ok else "fails"), part if isinstance(part, str) else part[-1])
    if t == "share":
        _, part, base, stated = calc
        x = ssum(part) / ssum(base) * 100
        st, r = pct_status(x, stated)
        pn = "(%s)" % sstr(part) if isinstance(part, list) else part
        bn = "(%s)" % sstr(base) if isinstance(base, list) else base
        return st, r + "%", "%s / %s = %s %% -> %s%%; stated %s%%" % (pn, bn, exact(x), r, stated), stated
    if t == "frac":
        _, num, den, whole, pct = calc
        parts, st, right = [], "ok", None
        if val(num) > val(den):
            st = "bad"; parts.append("%s > %s" % (num, den))
        if whole is not None:
            if val(den) != val(whole):
                st = "bad"; right = "%s/%s" % (num, whole)
                parts.append("denominator %s vs whole %s stated elsewhere: differs" % (den, whole))
            else:
                parts.append("denominator %s = whole %s stated elsewhere" % (den, whole))
        if pct is not None:
            x = val(num) / val(den) * 100
            s2, r = pct_status(x, pct)
            parts.append("%s / %s = %s %% -> %s%%; stated %s%%" % (num, den, exact(x), r, pct))
            if s2 != "ok" and st == "ok":
                st, right = s2, r + "%"
        return st, right, "; ".join(parts), ("%s/%s" % (num, den), pct) if pct else "%s/%s" % (num, den)
    if t in ("diff", "points"):
        _, cur, prev, stated, word = calc
        delta = val(cur) - val(prev)
        d = dp(stated)
        wok = (word == "tăng" and delta > 0) or (word == "giảm" and delta < 0)
        mag = abs(delta)
        ok = wok and val(stated) == mag
        right = like(fmt(mag, d), stated) if wok else ("tăng " if delta > 0 else "giảm ") + fmt(mag, d)
        if t == "points":
            right += "%"
        unit = " points" if t == "points" else ""
        return ("ok" if ok else "bad", right,
                "%s - %s = %s%s (%s); stated %s %s" % (cur.split("*")[0], prev.split("*")[0],
                 ("+" if delta >= 0 else "") + fmt(delta, d), unit, "tăng" if delta > 0 else "giảm", word, stated), stated)
    if t == "ratio":
        _, cur, prev, stated = calc
        x = ssum(cur) / ssum(prev) * 100
        st, r = pct_status(x, stated)
        return st, r + "%", "%s / %s x 100 = %s %% -> %s%%; stated %s%%" % (sstr(cur), sstr(prev), exact(x), r, stated), stated
    if t == "pointsrel":        # a change of a rate: points or relative, either reading may hold
        _, cur, prev, stated, word = calc
        d = dp(stated)
        pts = val(cur) - val(prev)
        rel = (val(cur) / val(prev) - 1) * 100
        wok = (word == "tăng") == (pts > 0)
        okp = rhu(abs(pts), d) == val(stated)
        okr = rhu(abs(rel), d) == val(stated)
        st = "ok" if wok and (okp or okr) else "bad"
        return st, fmt(abs(pts), d) + "%", "points: %s - %s = %s; relative: %s / %s - 1 = %s %% -> %s; stated %s %s%% (%s)" % (
            cur, prev, fmt(pts, d), cur, prev, exact(rel), fmt(abs(rel), d), word, stated,
            "relative reading holds" if okr else ("points reading holds" if okp else "neither reading holds")), stated
    if t == "growth":
        _, cur, prev, stated, word = calc
        x = (val(cur) / val(prev) - 1) * 100
        wok = (word == "tăng") == (x > 0)
        st, r = pct_status(abs(x), stated)
        if not wok:
            st = "bad"
        return st, r + "%", "(%s / %s - 1) x 100 = %s %% -> %s %s%%; stated %s %s%%" % (
            cur, prev, exact(x), "tăng" if x > 0 else "giảm", r, word, stated), stated
    if t == "times":
        _, cur, prev, stated = calc
        x = ssum(cur) / ssum(prev)
        st, r = pct_status(x, stated)
        return st, r, "%s / %s = %s -> %s lần; stated %s lần" % (sstr(cur), sstr(prev), exact(x), r, stated), stated
    if t == "repeat":
        _, first, second = calc
        ok = val(first) == val(second)
        how = "same" if ok else "differ"
        if not ok and rhu(val(first), dp(second)) == val(second):
            ok, how = True, "same value restated at lower precision (%s -> %s)" % (exact(val(first)), split(second)[0])
        return ("ok" if ok else "bad", split(first)[0],
                "first stated %s, restated %s: %s" % (split(first)[0], split(second)[0], how), second)
    if t == "term":
        _, own, stated = calc
        o = [int(y) for y in re.findall(r"\d{4}", own)]
        s = [int(y) for y in re.findall(r"\d{4}", stated)]
        if len(o) == 1:
            exp = [o[0] - 1]
            es = str(exp[0])
        else:
            L = 5 if o[1] - o[0] in (4, 5) else o[1] - o[0] + 1   # 2020 - 2025 party terms overlap by a year
            exp = [o[0] - L, o[1] - L]
            es = "%d - %d" % tuple(exp)
        ok = s == exp
        return ("ok" if ok else "bad", es,
                "own period %s -> previous period %s; compared with %s" % (own, es, stated), stated)
    if t == "nobase":
        _, part, stated = calc
        return "amb", None, "%s -> %s%%: the base is not stated anywhere in the draft" % (part, stated), stated
    raise ValueError(t)

def check_draft(txt_path, spec_path):
    name = os.path.basename(txt_path)
    text = open(txt_path, encoding="utf-8").read()
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    env = {"C": C}
    exec(open(spec_path, encoding="utf-8").read(), env)
    out, seen = [], set()
    def err(i, msg):
        errors.append("%s claim %d: %s" % (name, i + 1, msg))
    for i, c in enumerate(env["CLAIMS"]):
        a = c["anchor"]
        hits = [n for n, l in enumerate(lines) if a in l and (c["at"] is None or c["at"] in l)]
        if len(hits) != 1:
            err(i, "anchor %r found on %d lines" % (a, len(hits))); continue
        ln = hits[0]
        if lines[ln].count(a) != 1:
            err(i, "anchor %r not unique in line %d" % (a, ln + 1))
        if (ln, a) in seen:
            err(i, "duplicate (line, anchor)")
        seen.add((ln, a))
        if c["kind"] not in KINDS or c["verdict"] not in VERDICTS:
            err(i, "bad kind/verdict")
        calc = c["calc"]
        calcs = calc[1] if calc[0] == "amb" else [calc]
        notes, rights, sts, judged = [], [], [], None
        for k in calcs:
            try:
                st, right, note, jd = run(k)
            except Exception as e:
                err(i, "calc error %r: %s" % (k, e)); st = None; break
            sts.append(st); notes.append(note); rights.append(right)
            judged = judged or jd
            for s in strings(k):
                t = split(s)[0]
                if not re.search(r"(?<![\d.,/])" + re.escape(t) + r"(?![\d]|[.,]\d)", text) and t not in text:
                    err(i, "figure %r not in the draft" % t)
        if st is None:
            continue
        for jd in (judged if isinstance(judged, tuple) else (judged,)):
            jt = split(jd)[0] if isinstance(jd, str) else None
            if jt and jt not in a:
                err(i, "judged figure %r not in anchor %r" % (jt, a))
        if calc[0] == "amb":
            if c["verdict"] != "ambiguous":
                err(i, "amb calc but verdict %s" % c["verdict"])
            note = " | ".join("reading %d: %s" % (j + 1, n) for j, n in enumerate(notes)) if len(notes) > 1 else notes[0]
            right = None
        else:
            derived = {"ok": "consistent", "trunc": "rounding", "bad": "inconsistent"}[sts[0]]
            if derived != c["verdict"]:
                err(i, "declared %s but arithmetic says %s (%s)" % (c["verdict"], derived, notes[0]))
            note, right = notes[0], rights[0]
        if c["note"]:
            note += " — " + c["note"]
        lab = dict(line=ln + 1, anchor=a, kind=c["kind"], verdict=c["verdict"])
        if c["verdict"] in ("rounding", "inconsistent"):
            if not right:
                err(i, "no right value")
            lab["right"] = right
        lab["note"] = note
        out.append(lab)
    out.sort(key=lambda l: l["line"])
    json.dump({"file": name, "claims": out}, open(txt_path[:-4] + ".labels.json", "w", encoding="utf-8"),
              ensure_ascii=False, indent=1)
    return name, len(text), out

def main():
    rows = []
    for txt in sorted(glob.glob(os.path.join(HERE, "d10-*.txt"))):
        spec = os.path.join(HERE, "specs", os.path.basename(txt)[:-4] + ".py")
        if not os.path.exists(spec):
            errors.append("no spec for %s" % txt); continue
        rows.append(check_draft(txt, spec))
    md = ["# d10 prose set — summary", "", "| draft | characters | claims | " + " | ".join(VERDICTS) + " |",
          "|---|---:|---:|" + "---:|" * len(VERDICTS)]
    tot = Counter(); kv = Counter()
    for name, n, labs in rows:
        v = Counter(l["verdict"] for l in labs)
        md.append("| %s | %d | %d | %s |" % (name, n, len(labs), " | ".join(str(v[x]) for x in VERDICTS)))
        tot.update(v); tot["chars"] += n; tot["claims"] += len(labs)
        kv.update((l["kind"], l["verdict"]) for l in labs)
    md.append("| **total** | %d | %d | %s |" % (tot["chars"], tot["claims"], " | ".join(str(tot[x]) for x in VERDICTS)))
    md += ["", "## Claims per kind and verdict (all drafts)", "", "| kind | " + " | ".join(VERDICTS) + " | total |",
           "|---|" + "---:|" * (len(VERDICTS) + 1)]
    for k in KINDS:
        md.append("| %s | %s | %d |" % (k, " | ".join(str(kv[(k, v)]) for v in VERDICTS), sum(kv[(k, v)] for v in VERDICTS)))
    md += ["", "## Claims per kind, per draft", "", "| draft | " + " | ".join(KINDS) + " |", "|---|" + "---:|" * len(KINDS)]
    for name, n, labs in rows:
        k = Counter(l["kind"] for l in labs)
        md.append("| %s | %s |" % (name, " | ".join(str(k[x]) for x in KINDS)))
    md += ["", "Status: " + ("PASS" if not errors else "FAIL (%d errors)" % len(errors))]
    open(os.path.join(HERE, "SUMMARY.md"), "w", encoding="utf-8").write("\n".join(md) + "\n")
    print("\n".join(md))
    for e in errors:
        print("ERROR", e)
    sys.exit(1 if errors else 0)

if __name__ == "__main__":
    main()
