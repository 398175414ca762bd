#!/usr/bin/env python3
"""Verify every label of the p8-* drafts with exact arithmetic (fractions, round half up)
and write SUMMARY.md.  Usage: python3 make.py   (exit code 1 on any failure)

Checks per label:
  * line in range, anchor an exact substring of that line occurring exactly once;
  * kind / verdict from the allowed sets; "right" present for rounding / inconsistent;
  * the arithmetic written at the start of the note, re-parsed and recomputed:
      sum         "a + b + c = S; stated T"
      difference  "a − b = D; stated [tăng|giảm|...] X"          (points: same form)
      share/ratio/fraction
                  "a / b = Q % → R%; stated S%"  or  "... = Q lần → R lần; stated S lần"
                  Q = exact value truncated to 4 decimals, R = round half up at the
                  precision of S; consistent ⇔ S = R, rounding ⇔ S = truncation ≠ R
      fraction    "p/w: whole W vs total T; part P ≤ whole"
      subset      "a [+ b ...] [= s] ≤ B"
      repeat      "line N states V1; here V2"   (V1 must occur on line N)
      term        "term before Y1 - Y2 is P1 - P2; stated S1 - S2"
  * the verdict agrees with the recomputation (ambiguous labels: arithmetic only);
  * "right" equals the recomputed value for rounding / inconsistent labels;
  * the stated figure occurs in the anchor (or, failing that, in the same line).
"""
import glob, json, os, re, sys
from collections import Counter, defaultdict
from fractions import Fraction as F

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = ["sum", "subset", "share", "fraction", "difference", "points", "ratio", "repeat", "term"]
VERDICTS = ["consistent", "rounding", "inconsistent", "ambiguous"]
NUM = r"[−-]?\d[\d.]*(?:,\d+)?"


def num(s):
    s = s.strip().replace("\u2212", "-")
    return F(s.replace(".", "").replace(",", "."))


def decs(s):
    s = s.strip()
    return len(s.split(",")[1]) if "," in s else 0


def rhu(x, d):
    m = F(10) ** d
    sg = 1 if x >= 0 else -1
    v = abs(x) * m
    n = int(v)
    if v - n >= F(1, 2):
        n += 1
    return sg * F(n, 1) / m


def trunc(x, d):
    m = F(10) ** d
    sg = 1 if x >= 0 else -1
    return sg * F(int(abs(x) * m), 1) / m


def vn(x, d=0):
    neg = x < 0
    q = rhu(abs(F(x)), d)
    ip = int(q)
    s = f"{ip:,}".replace(",", ".")
    if d:
        s += "," + str(int((q - ip) * 10 ** d)).rjust(d, "0")
    return ("-" if neg else "") + s


def signed(s):
    m = re.match(r"^(tăng|giảm|cao hơn|thấp hơn|vượt|hụt)?\s*(" + NUM + ")", s.strip())
    if not m:
        raise ValueError(f"cannot read signed value {s!r}")
    v = num(m.group(2))
    return -v if m.group(1) in ("giảm", "thấp hơn", "hụt") else v


def check(lab, lines):
    """Return (list of errors, outcome) where outcome in eq / round / bad / None."""
    errs = []
    k, v, note, anchor = lab["kind"], lab["verdict"], lab["note"], lab["anchor"]
    line = lines[lab["line"] - 1]
    head = note.split("; ")
    res, right, stated = None, None, None
    if k == "sum":
        m = re.match(r"^(.+?) = (" + NUM + r"); stated (" + NUM + ")$", "; ".join(head[:2]))
        if not m:
            return [f"bad sum note {note!r}"], None
        parts = m.group(1).split(" + ")
        S = sum(num(p) for p in parts)
        d = max(decs(p) for p in parts)
        if S != num(m.group(2)):
            errs.append(f"sum wrong: {m.group(1)} = {vn(S, d)}, note says {m.group(2)}")
        stated = m.group(3)
        res = "eq" if S == num(stated) else "bad"
        right = vn(S, d)
    elif k in ("difference", "points"):
        m = re.match(r"^(" + NUM + r") − (" + NUM + r") = (" + NUM + r"); stated (.+)$", "; ".join(head[:2]))
        if not m:
            return [f"bad difference note {note!r}"], None
        a, b = num(m.group(1)), num(m.group(2))
        d = max(decs(m.group(1)), decs(m.group(2)))
        D = a - b
        if D != num(m.group(3)):
            errs.append(f"difference wrong: {vn(D, d)} vs note {m.group(3)}")
        stated = m.group(4)
        res = "eq" if signed(stated) == D else "bad"
        right = ("tăng " if D > 0 else "giảm ") + vn(abs(D), d)
        stated = re.search(NUM, stated).group(0)
    elif k in ("share", "ratio", "fraction") and " / " in head[0]:
        m = re.match(r"^(" + NUM + r") / (" + NUM + r") = (" + NUM + r")( %| lần) → (" + NUM + r")(%| lần); stated (.+)$",
                     "; ".join(head[:2]))
        if not m:
            return [f"bad share note {note!r}"], None
        a, b = num(m.group(1)), num(m.group(2))
        times = m.group(4) == " lần"
        ex = a / b * (1 if times else 100)
        if trunc(ex, 4) != num(m.group(3)):
            errs.append(f"quotient wrong: {a}/{b} → {vn(trunc(ex, 4), 4)} vs note {m.group(3)}")
        stated = m.group(7).replace("%", "").replace("lần", "").strip()
        if v == "ambiguous" and re.fullmatch(r"\d+\.\d{1,2}", stated):
            stated = stated.replace(".", ",")  # dot used as decimal mark: check the comma reading
        d = decs(stated)
        sv = num(stated) if re.fullmatch(NUM, stated) else None
        if sv is None:
            errs.append(f"cannot read stated {m.group(7)!r}")
            return errs, None
        R = rhu(ex, d)
        if R != num(m.group(5)):
            errs.append(f"rounded value wrong: {vn(R, d)} vs note {m.group(5)}")
        res = "eq" if sv == R else ("round" if sv == trunc(ex, d) else "bad")
        right = vn(R, d) + (" lần" if times else "%")
    elif k == "fraction":
        m = re.match(r"^(\d[\d.]*(?:,\d+)?)/(\d[\d.]*(?:,\d+)?): whole (" + NUM + r") vs total (" + NUM + r"); part (" + NUM + r") ≤ whole", note)
        if not m:
            return [f"bad fraction note {note!r}"], None
        p, w, T = num(m.group(1)), num(m.group(2)), num(m.group(4))
        if num(m.group(3)) != w or num(m.group(5)) != p:
            errs.append("fraction note misreads its parts")
        stated = f"{m.group(1)}/{m.group(2)}"
        res = "eq" if (w == T and p <= w) else "bad"
        right = f"{m.group(1)}/{m.group(4)}"
    elif k == "subset":
        m = re.match(r"^(.+?)(?: = (" + NUM + r"))? ≤ (" + NUM + r")$", head[0])
        if not m:
            return [f"bad subset note {note!r}"], None
        parts = m.group(1).split(" + ")
        s = sum(num(x) for x in parts)
        if m.group(2) is not None and s != num(m.group(2)):
            errs.append("subset partial sum wrong")
        res = "eq" if s <= num(m.group(3)) else "bad"
        stated = parts[0] if len(parts) == 1 else None
    elif k == "repeat":
        m = re.match(r"^line (\d+) states (" + NUM + r"); here (" + NUM + r")$", "; ".join(head[:2]))
        if not m:
            return [f"bad repeat note {note!r}"], None
        ln = int(m.group(1))
        if not (1 <= ln <= len(lines)) or not re.search(r"(?<![\d.,])" + re.escape(m.group(2)) + r"(?![\d]|,\d)", lines[ln - 1]):
            errs.append(f"repeat: {m.group(2)} not found on line {ln}")
        stated = m.group(3)
        res = "eq" if num(m.group(2)) == num(stated) else "bad"
        right = m.group(2)
    elif k == "term":
        m = re.match(r"^term before (\d{4}) - (\d{4}) is (\d{4}) - (\d{4}); stated (\d{4}) - (\d{4})$", "; ".join(head[:2]))
        if not m:
            return [f"bad term note {note!r}"], None
        y1, y2, p1, p2, s1, s2 = map(int, m.groups())
        L = y2 - y1
        e1, e2 = (y1 - 5, y1 - 1) if L == 4 else (y1 - L, y1)
        if (p1, p2) != (e1, e2):
            errs.append(f"term rule: before {y1} - {y2} is {e1} - {e2}")
        stated = f"{s1} - {s2}"
        res = "eq" if (s1, s2) == (e1, e2) else "bad"
        right = f"{e1} - {e2}"
    else:
        return [f"unknown kind {k}"], None
    # stated figure must be visible in the anchor or at least the line
    if stated is not None:
        alt = stated.replace(",", ".") if v == "ambiguous" else stated
        if all(x not in anchor and x not in line for x in (stated, alt)):
            errs.append(f"stated {stated!r} not in anchor/line")
    # verdict agreement
    want = {"consistent": "eq", "rounding": "round", "inconsistent": "bad"}.get(v)
    if want and res != want:
        errs.append(f"verdict {v} but arithmetic gives {res}")
    if v in ("rounding", "inconsistent"):
        if "right" not in lab:
            errs.append("missing right")
        elif right is not None and lab["right"] != right:
            errs.append(f"right {lab['right']!r} != recomputed {right!r}")
    return errs, res


def main():
    files = sorted(glob.glob(os.path.join(HERE, "p8-*.txt")))
    total_err = 0
    per_draft = []
    kv = Counter()
    kinds_per_draft = {}
    for fp in files:
        name = os.path.basename(fp)
        text = open(fp, encoding="utf-8").read()
        lines = text.split("\n")
        if lines and lines[-1] == "":
            lines = lines[:-1]
        lp = fp[:-4] + ".labels.json"
        if not os.path.exists(lp):
            print(f"{name}: no labels"); total_err += 1; continue
        data = json.load(open(lp, encoding="utf-8"))
        if data.get("file") != name:
            print(f"{name}: labels 'file' is {data.get('file')!r}"); total_err += 1
        errs = []
        seen = set()
        for i, lab in enumerate(data["claims"]):
            tag = f"#{i} line {lab.get('line')} {lab.get('anchor')!r}"
            for key in ("line", "anchor", "kind", "verdict", "note"):
                if key not in lab:
                    errs.append(f"{tag}: missing {key}")
            if lab["kind"] not in KINDS:
                errs.append(f"{tag}: kind {lab['kind']}")
            if lab["verdict"] not in VERDICTS:
                errs.append(f"{tag}: verdict {lab['verdict']}")
            if not (1 <= lab["line"] <= len(lines)):
                errs.append(f"{tag}: line out of range"); continue
            ln = lines[lab["line"] - 1]
            c = ln.count(lab["anchor"])
            if c != 1:
                errs.append(f"{tag}: anchor occurs {c} times in its line")
            if (lab["line"], lab["anchor"]) in seen:
                errs.append(f"{tag}: duplicate label")
            seen.add((lab["line"], lab["anchor"]))
            e, _ = check(lab, lines)
            errs += [f"{tag}: {x}" for x in e]
            kv[(lab["kind"], lab["verdict"])] += 1
        # anchors of one line must not overlap (each figure judged once)
        byline = defaultdict(list)
        for lab in data["claims"]:
            ln = lines[lab["line"] - 1]
            st = ln.find(lab["anchor"])
            byline[lab["line"]].append((st, st + len(lab["anchor"]), lab["anchor"]))
        for l, spans in byline.items():
            spans.sort()
            for (a1, b1, t1), (a2, b2, t2) in zip(spans, spans[1:]):
                if a2 < b1:
                    errs.append(f"line {l}: anchors overlap {t1!r} / {t2!r}")
        for e in errs:
            print(f"{name}: {e}")
        total_err += len(errs)
        vc = Counter(l["verdict"] for l in data["claims"])
        kinds_per_draft[name] = Counter(l["kind"] for l in data["claims"])
        per_draft.append((name, len(text), len(data["claims"]), vc))
    # SUMMARY.md
    out = ["# Held-out set 8: prose drafts", "",
           "Generated by `make.py` (exact fractions, round half up). Every label's arithmetic re-checked.", "",
           "## Per draft", "",
           "| draft | characters | claims | consistent | rounding | inconsistent | ambiguous |",
           "|---|---:|---:|---:|---:|---:|---:|"]
    tot = Counter(); tc = tl = 0
    for name, nch, ncl, vc in per_draft:
        out.append(f"| {name} | {nch} | {ncl} | " + " | ".join(str(vc[v]) for v in VERDICTS) + " |")
        tot += vc; tc += nch; tl += ncl
    out.append(f"| **total** | {tc} | {tl} | " + " | ".join(str(tot[v]) for v in VERDICTS) + " |")
    out += ["", "## Per kind and verdict (all drafts)", "",
            "| kind | consistent | rounding | inconsistent | ambiguous | total |",
            "|---|---:|---:|---:|---:|---:|"]
    for k in KINDS:
        row = [kv[(k, v)] for v in VERDICTS]
        out.append(f"| {k} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    out.append("| **total** | " + " | ".join(str(sum(kv[(k, v)] for k in KINDS)) for v in VERDICTS) + f" | {sum(kv.values())} |")
    out += ["", "## Kinds per draft", "", "| draft | " + " | ".join(KINDS) + " |", "|---|" + "---:|" * len(KINDS)]
    for name, *_ in per_draft:
        out.append(f"| {name} | " + " | ".join(str(kinds_per_draft[name][k]) for k in KINDS) + " |")
    out += ["", f"Verification: {'PASS' if total_err == 0 else f'FAIL ({total_err} problems)'}", ""]
    open(os.path.join(HERE, "SUMMARY.md"), "w", encoding="utf-8").write("\n".join(out))
    print("\n".join(out))
    sys.exit(1 if total_err else 0)


if __name__ == "__main__":
    main()
