# Helper used to build drafts and their labels (exact arithmetic, round half up).
import json, os, re
from fractions import Fraction as F

FFFD = "[\uFFFD]"


def num(s):
    """Parse a vi-VN number string to Fraction."""
    s = s.strip().replace("\u2212", "-")
    s = s.replace(".", "").replace(",", ".")
    return F(s)


def vn(x, d=0):
    """Format Fraction/int x with d decimals (half up) in vi-VN."""
    x = F(x)
    neg = x < 0
    x = abs(x)
    q = rhu(x, d)
    ip = int(q)
    s = f"{ip:,}".replace(",", ".")
    if d:
        frac = q - ip
        fd = int(frac * 10 ** d)
        s += "," + str(fd).rjust(d, "0")
    return ("-" if neg else "") + s


def rhu(x, d):
    """Round half up to d decimals, returning Fraction."""
    x = F(x)
    m = F(10) ** d
    sign = 1 if x >= 0 else -1
    v = abs(x) * m
    n = int(v)
    if v - n >= F(1, 2):
        n += 1
    return sign * F(n) / m


def trunc(x, d):
    x = F(x)
    m = F(10) ** d
    sign = 1 if x >= 0 else -1
    return sign * F(int(abs(x) * m)) / m


def tr(x, d):
    """vi-VN string of x truncated to d decimals."""
    t = trunc(x, d)
    return vn(t, d)


def pct(a, b, d=2):
    return vn(F(a) * 100 / F(b), d)


def pctt(a, b, d=2):
    return tr(F(a) * 100 / F(b), d)


def decs(s):
    s = s.strip()
    return len(s.split(",")[1]) if "," in s else 0


def signed(s):
    s = s.strip()
    m = re.match(r"^(tăng|giảm|cao hơn|thấp hơn|vượt|hụt|\+|-|−)?\s*([\d.,]+)", s)
    if not m:
        raise ValueError("cannot parse signed: " + s)
    w, v = m.group(1), num(m.group(2))
    if w in ("giảm", "thấp hơn", "hụt", "-", "−"):
        v = -v
    return v


def pct_value(s):
    s = s.replace("%", "").replace("lần", "").strip()
    if re.fullmatch(r"\d+\.\d{1,2}", s):
        s = s.replace(".", ",")  # dot used as decimal mark (ambiguous labels only)
    return num(s), decs(s)


def make_note(c):
    k, calc, st = c["k"], c.get("c"), c.get("s")
    right = None
    res = None  # 'eq' / 'round' / 'bad'
    if k == "sum":
        parts = [p.strip() for p in calc.split(" + ")]
        d = max(decs(p) for p in parts)
        S = sum(num(p) for p in parts)
        T = num(st)
        note = f"{calc} = {vn(S, d)}; stated {st}"
        res = "eq" if S == T else "bad"
        right = vn(S, d)
    elif k in ("difference", "points"):
        a, b = [p.strip() for p in calc.split(" − ")]
        d = max(decs(a), decs(b))
        D = num(a) - num(b)
        note = f"{calc} = {vn(D, d)}; stated {st}"
        res = "eq" if signed(st) == D else "bad"
        right = ("tăng " if D > 0 else "giảm ") + vn(abs(D), d)
    elif k in ("share", "ratio") or (k == "fraction" and " / " in calc):
        a, b = [p.strip() for p in calc.split(" / ")]
        times = "lần" in st
        ex = num(a) / num(b) * (1 if times else 100)
        sv, d = pct_value(st)
        R = rhu(ex, d)
        unit = " lần" if times else "%"
        note = f"{calc} = {tr(ex, 4)}{' lần' if times else ' %'} → {vn(R, d)}{unit}; stated {st}"
        res = "eq" if sv == R else ("round" if sv == trunc(ex, d) else "bad")
        right = vn(R, d) + unit
    elif k == "fraction":
        # calc "p/w = T"
        fr, T = [p.strip() for p in calc.split(" = ")]
        p, w = [num(x) for x in fr.split("/")]
        ps, ws = fr.split("/")
        note = f"{fr}: whole {ws} vs total {T}; part {ps} ≤ whole"
        res = "eq" if (w == num(T) and p <= w) else "bad"
        right = f"{vn(p) if len(fr.split('/')[0])>1 or p>=10 else fr.split('/')[0]}/{T}"
    elif k == "subset":
        a, b = [p.strip() for p in calc.split(" ≤ ")]
        sa = sum(num(x) for x in a.split(" + "))
        note = f"{a} = {vn(sa, max(decs(x) for x in a.split(' + ')))} ≤ {b}" if " + " in a else f"{a} ≤ {b}"
        res = "eq" if sa <= num(b) else "bad"
    elif k == "repeat":
        first, v1 = calc
        note = f"line {{L:{first}}} states {v1}; here {st}"
        res = "eq" if num(v1) == num(st) else "bad"
        right = v1
    elif k == "term":
        y1, y2 = [int(x) for x in re.findall(r"\d{4}", calc)]
        L = y2 - y1
        p1, p2 = (y1 - 5, y1 - 1) if L == 4 else (y1 - L, y1)
        prev = f"{p1} - {p2}"
        note = f"term before {calc} is {prev}; stated {st}"
        s1 = re.findall(r"\d{4}", st)
        res = "eq" if [int(x) for x in s1] == [p1, p2] else "bad"
        right = prev
    else:
        raise ValueError(k)
    return note, res, right


def build(fname, lines, claims, outdir=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")):
    import os
    text = "\n".join(lines) + "\n"
    with open(os.path.join(outdir, fname), "w", encoding="utf-8") as f:
        f.write(text)
    out = []
    errs = []
    for c in claims:
        a = c["a"]
        hits = [i for i, l in enumerate(lines) if a in l]
        if "line" in c:
            h = c["line"]
            if isinstance(h, str):
                hits = [i for i in hits if h in lines[i]]
            else:
                hits = [h - 1] if (h - 1) in hits else []
        if len(hits) != 1:
            errs.append(f"anchor lines {len(hits)}: {a!r}")
            continue
        li = hits[0]
        if lines[li].count(a) != 1:
            errs.append(f"anchor not unique in line: {a!r}")
        st = c.get("s")
        if st is not None and st not in (lines[li] if c.get("inline") else a):
            errs.append(f"stated {st!r} not in anchor {a!r}")
        note, res, right = make_note(c)
        if "{L:" in note:
            fa = c["c"][0]
            fh = [i for i, l in enumerate(lines) if fa in l]
            if len(fh) != 1:
                errs.append(f"repeat first anchor {fa!r} lines {len(fh)}")
            else:
                note = note.replace("{L:" + fa + "}", str(fh[0] + 1))
        v = c["v"]
        if v == "consistent" and res != "eq":
            errs.append(f"expected consistent, got {res}: {a!r} {note}")
        if v == "rounding" and res != "round":
            errs.append(f"expected rounding, got {res}: {a!r} {note}")
        if v == "inconsistent" and res != "bad":
            errs.append(f"expected inconsistent, got {res}: {a!r} {note}")
        if c.get("n"):
            note += "; " + c["n"]
        lab = {"line": li + 1, "anchor": a, "kind": c["k"], "verdict": v}
        if v in ("rounding", "inconsistent"):
            lab["right"] = c.get("r", right)
        lab["note"] = note
        out.append(lab)
    with open(os.path.join(outdir, fname[:-4] + ".labels.json"), "w", encoding="utf-8") as f:
        json.dump({"file": fname, "claims": out}, f, ensure_ascii=False, indent=1)
    print(fname, "chars", len(text), "claims", len(out))
    from collections import Counter
    print("  ", dict(Counter((x["kind"]) for x in out)), dict(Counter(x["verdict"] for x in out)))
    for e in errs:
        print("  ERR", e)
    return errs
