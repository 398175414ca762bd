#!/usr/bin/env python3
"""Build and verify the d8 prose evaluation drafts.

Sources live in src/*.tpl (one paragraph per line). Markup:
  {=name:LIT}   define variable `name` from the vi-VN literal LIT and print LIT unchanged
  {!name:LIT}   define variable silently (prints nothing)
  {F:EXPR}      print EXPR (Python over the variables, exact Fractions) with format F:
                n = integer with '.' thousands, z = integer with leading zero under 10,
                r0/r1/r2/r3 = round half up to k decimals, t1/t2/t3 = truncate to k decimals
  ⟦ANCHOR⟧⟨kind|verdict|args|note⟩   a labelled claim; ANCHOR stays in the text.

The draft .txt and its .labels.json are written next to this script. Every claim is then
re-checked from the text: the judged figure is parsed back out of the anchor (vi-VN format),
recomputed with exact rational arithmetic (round half up), and the declared verdict must be
the computed one. Anchors must be unique substrings of their line. SUMMARY.md gets the counts.
"""
import json, re, sys, glob, os
from fractions import Fraction as F
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = ["sum", "subset", "share", "fraction", "difference", "points", "ratio", "repeat", "term"]
VERDICTS = ["consistent", "rounding", "inconsistent", "ambiguous"]

NUM = re.compile(r"(?<![\d/])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![\d/])")


def parse_vi(s):
    s = s.strip()
    if "," in s:
        ip, dp = s.split(",")
    else:
        ip, dp = s, ""
    ip = ip.replace(".", "")
    v = F(int(ip))
    if dp:
        v += F(int(dp), 10 ** len(dp))
    return v, len(dp)


def fmt_int(n):
    n = int(n)
    s = f"{abs(n):,}".replace(",", ".")
    return ("-" if n < 0 else "") + s


def round_half_up(x, d):
    q = F(10) ** d
    sgn = -1 if x < 0 else 1
    return sgn * F(int(abs(x) * q + F(1, 2)), 1) / q


def trunc(x, d):
    q = F(10) ** d
    sgn = -1 if x < 0 else 1
    return sgn * F(int(abs(x) * q), 1) / q


def fmt_dec(x, d):
    """exact Fraction already at d decimals -> vi-VN string"""
    sgn = "-" if x < 0 else ""
    x = abs(x)
    q = 10 ** d
    n = x * q
    assert n.denominator == 1, (x, d)
    n = int(n)
    ip, dp = divmod(n, q)
    s = fmt_int(ip)
    if d:
        s += "," + str(dp).zfill(d)
    return sgn + s


def approx(x, d=4):
    """display an exact value truncated to d decimals, with … if inexact"""
    t = trunc(x, d)
    s = fmt_dec(t, d).rstrip("0").rstrip(",") if d else fmt_dec(t, 0)
    return s + ("…" if t != x else "")


def render_expr(fmt, val):
    if fmt == "n":
        assert val.denominator == 1, val
        return fmt_int(val)
    if fmt == "z":
        assert val.denominator == 1, val
        return ("0" + str(int(val))) if 0 <= val < 10 else fmt_int(val)
    k = int(fmt[1:])
    if fmt[0] == "r":
        return fmt_dec(round_half_up(val, k), k)
    if fmt[0] == "t":
        return fmt_dec(trunc(val, k), k)
    raise ValueError(fmt)


def ev(expr, env):
    expr = re.sub(r"(?<![\w.])(\d+)(?![\w])", r"F(\1)", expr)
    return eval(expr, {"F": F}, env)


def numbers(anchor, skip_years=True):
    out = []
    for m in NUM.finditer(anchor):
        tok = m.group(1)
        if skip_years and re.fullmatch(r"(19|20)\d\d", tok):
            continue
        out.append((tok,) + parse_vi(tok))
    return out


class Fail(Exception):
    pass


def check_claim(c, env):
    """returns (computed_verdict, right, arithmetic note)"""
    kind, anchor = c["kind"], c["anchor"]
    args = [a.strip() for a in c["args"].split(";")] if c["args"].strip() else []
    judged = numbers(anchor)
    if not args:
        if c["verdict"] != "ambiguous":
            raise Fail("no arguments")
        return "ambiguous", None, f"stated {judged[-1][0] if judged else '?'}; no base or counterpart given in the text"

    def last():
        if not judged:
            raise Fail("no number in anchor")
        return judged[-1]

    if kind in ("sum", "subset"):
        parts = [ev(a, env) for a in args[0].split(",")]
        tok, val, _ = last()
        if kind == "sum":
            tot = sum(parts)
            terms = " + ".join(fmt_num(p) for p in parts).replace("+ -", "− ")
            note = f"{terms} = {fmt_num(tot)}; stated {tok}"
            return ("consistent" if tot == val else "inconsistent"), fmt_num(tot), note
        whole = ev(args[1], env)
        s = sum(parts)
        if len(parts) == 1:
            assert parts[0] == val, (parts, val)
            note = f"{tok} ≤ {fmt_num(whole)}" if s <= whole else f"{tok} > {fmt_num(whole)}"
        else:
            assert val in parts, (parts, val)
            terms = " + ".join(fmt_num(p) for p in parts)
            note = f"{terms} = {fmt_num(s)} {'≤' if s <= whole else '>'} {fmt_num(whole)}"
        return ("consistent" if s <= whole else "inconsistent"), None, note

    if kind in ("share", "ratio", "fraction"):
        if kind == "fraction":
            m = re.search(r"(\d[\d.]*)/(\d[\d.]*)", anchor)
            if not m:
                raise Fail("no fraction in anchor")
            a, _ = parse_vi(m.group(1))
            b, _ = parse_vi(m.group(2))
            num, den = ev(args[0], env), ev(args[1], env)
            if (a, b) != (num, den):
                raise Fail(f"fraction {a}/{b} != args {num}/{den}")
            notes = []
            verdict = "consistent"
            right = None
            if a > b:
                verdict = "inconsistent"
                notes.append(f"{m.group(0)}: numerator above denominator")
            if len(args) > 2 and args[2]:
                exp = ev(args[2], env)
                if exp == b:
                    notes.append(f"denominator {m.group(2)} = total stated elsewhere {fmt_int(exp)}")
                else:
                    verdict = "inconsistent"
                    right = f"{m.group(1)}/{fmt_int(exp)}"
                    notes.append(f"denominator {m.group(2)} ≠ total stated elsewhere {fmt_int(exp)}")
            rest = anchor[m.end():]
            pc = numbers(rest)
            if pc:
                tok, val, d = pc[-1]
                x = num * 100 / den
                r = round_half_up(x, d)
                notes.append(f"{m.group(0)} × 100 = {approx(x)} % → {fmt_dec(r, d)}%; stated {tok}%")
                if r != val:
                    if trunc(x, d) == val and verdict == "consistent":
                        verdict = "rounding"
                    else:
                        verdict = "inconsistent"
                    right = right or fmt_dec(r, d) + "%"
            return verdict, right, "; ".join(notes)
        num, den = ev(args[0], env), ev(args[1], env)
        tok, val, d = last()
        times = kind == "ratio" and "lần" in anchor[anchor.rfind(tok):]
        pre = anchor[: anchor.rfind(tok)].lower()
        rel = kind == "ratio" and not times and pre.rstrip().endswith(("tăng", "giảm"))
        if rel:
            # "tăng 5,2% so với cùng kỳ": relative change (current/previous - 1) × 100, signed by the word
            x = (num / den - 1) * 100
            sgn = 1 if pre.rstrip().endswith("tăng") else -1
            r = round_half_up(x, d)
            note = (f"({fmt_num(num)} / {fmt_num(den)} − 1) × 100 = {approx(x)} % → {fmt_dec(r, d)}%; stated "
                    f"{'tăng' if sgn > 0 else 'giảm'} {tok}%")
            sv = sgn * val
            if r == sv:
                v = "consistent"
            elif trunc(x, d) == sv:
                v = "rounding"
            else:
                v = "inconsistent"
            return v, ("tăng " if r >= 0 else "giảm ") + fmt_dec(abs(r), d) + "%", note
        x = num / den if times else num * 100 / den
        r = round_half_up(x, d)
        unit = " lần" if times else "%"
        op = "/" if times else "/"
        note = f"{fmt_num(num)} {op} {fmt_num(den)}{'' if times else ' × 100'} = {approx(x)}{unit} → {fmt_dec(r, d)}{unit}; stated {tok}{unit}"
        if r == val:
            v = "consistent"
        elif trunc(x, d) == val:
            v = "rounding"
        else:
            v = "inconsistent"
        extra = []
        for b2 in args[2:]:
            den2 = ev(b2, env)
            x2 = num / den2 if times else num * 100 / den2
            r2 = round_half_up(x2, d)
            extra.append(f"other base {fmt_num(den2)}: {approx(x2)} → {fmt_dec(r2, d)}{unit}")
        if extra:
            note += "; " + "; ".join(extra)
        return v, fmt_dec(r, d) + ("" if times else "%"), note

    if kind in ("difference", "points"):
        cur, prev = ev(args[0], env), ev(args[1], env)
        tok, val, d = last()
        pre = anchor[: anchor.rfind(tok)].lower()
        up = ["tăng", "cao hơn", "nhiều hơn", "vượt", "lên"]
        down = ["giảm", "thấp hơn", "ít hơn", "còn thiếu", "hụt"]
        pos = max((pre.rfind(w), 1) for w in up)
        neg = max((pre.rfind(w), -1) for w in down)
        if pos[0] < 0 and neg[0] < 0:
            raise Fail("no direction word in anchor")
        sign = pos[1] if pos[0] > neg[0] else neg[1]
        stated = sign * val
        diff = cur - prev
        word = "tăng" if diff >= 0 else "giảm"
        right_s = f"{word} {fmt_dec(abs(diff), d) if d or diff.denominator != 1 else fmt_int(abs(diff))}"
        if kind == "points":
            # also report the relative reading
            rel = (cur - prev) * 100 / prev
            note = (f"{fmt_num(cur)} − {fmt_num(prev)} = {fmt_num(diff, d)} points; stated "
                    f"{'tăng' if sign > 0 else 'giảm'} {tok}; relative reading {approx(rel, 2)} %")
        else:
            note = (f"{fmt_num(cur)} − {fmt_num(prev)} = {fmt_num(diff, d)}; stated "
                    f"{'tăng' if sign > 0 else 'giảm'} {tok}")
        if diff.denominator != 1 and round_half_up(diff, d) != diff:
            raise Fail("difference not exact at stated precision")
        return ("consistent" if stated == diff else "inconsistent"), right_s, note

    if kind == "repeat":
        first = ev(args[0], env)
        tok, val, d = last()
        note = f"first stated {fmt_num(first, d)}; here {tok}"
        return ("consistent" if first == val else "inconsistent"), fmt_num(first, d), note

    if kind == "term":
        own = args[0]
        terms = re.findall(r"((?:19|20)\d\d)(?:\s*-\s*((?:19|20)\d\d))?", anchor)
        if not terms:
            raise Fail("no term in anchor")
        a, b = terms[-1]
        if "-" in own:
            s, e = [int(x) for x in own.split("-")]
            shift = 5 if e - s in (4, 5) else (1 if e - s == 1 else e - s + 1)
            exp = (s - shift, e - shift)
            got = (int(a), int(b) if b else None)
            ok = got == exp
            right = f"{exp[0]} - {exp[1]}"
            note = f"claim's period {s} - {e}; the one before is {right}; stated {a}{' - ' + b if b else ''}"
        else:
            s = int(own)
            ok = (int(a), b) == (s - 1, "")
            right = str(s - 1)
            note = f"claim's year {s}; the year before is {right}; stated {a}"
        return ("consistent" if ok else "inconsistent"), right, note

    raise Fail("unknown kind " + kind)


def fmt_num(x, d=None):
    if x.denominator == 1 and not d:
        return fmt_int(x)
    if d is None:
        # smallest number of decimals that represents it exactly, max 4
        for k in range(1, 5):
            if round_half_up(x, k) == x:
                return fmt_dec(x, k)
        return approx(x)
    if round_half_up(x, d) == x:
        return fmt_dec(x, d)
    return approx(x)


CLAIM = re.compile(r"⟦(.*?)⟧⟨(.*?)⟩")
EXPR = re.compile(r"\{([=!]?)([A-Za-z_]\w*|[rtnz]\d?):([^{}]*)\}")


def build(tpl_path):
    name = os.path.basename(tpl_path)[:-4]
    raw = open(tpl_path, encoding="utf-8").read().rstrip("\n").split("\n")
    env = {}
    # pass 1: definitions
    for line in raw:
        for m in EXPR.finditer(line):
            if m.group(1) in "=!" and m.group(1):
                nm = m.group(2)
                if nm in env:
                    raise SystemExit(f"{name}: variable {nm} defined twice")
                env[nm] = parse_vi(m.group(3))[0]
    errors = []

    def sub(m):
        if m.group(1) == "=":
            return m.group(3)
        if m.group(1) == "!":
            return ""
        return render_expr(m.group(2), ev(m.group(3), env))

    lines, claims = [], []
    for i, line in enumerate(raw, 1):
        line = EXPR.sub(sub, line)
        out, pos, found = "", 0, []
        for m in CLAIM.finditer(line):
            out += line[pos:m.start()] + m.group(1)
            pos = m.end()
            spec = m.group(2).split("|", 3)
            while len(spec) < 4:
                spec.append("")
            found.append(dict(line=i, anchor=m.group(1), kind=spec[0].strip(),
                              verdict=spec[1].strip(), args=spec[2], extra=spec[3].strip()))
        out += line[pos:]
        if "⟦" in out or "⟧" in out or "⟨" in out or "{" in out:
            errors.append(f"{name}:{i}: leftover markup")
        lines.append(out)
        claims.extend(found)
    text = "\n".join(lines) + "\n"
    labels = []
    for c in claims:
        ln = lines[c["line"] - 1]
        where = f"{name}:{c['line']} «{c['anchor']}»"
        if ln.count(c["anchor"]) != 1:
            errors.append(f"{where}: anchor occurs {ln.count(c['anchor'])} times in its line")
        if c["kind"] not in KINDS or c["verdict"] not in VERDICTS:
            errors.append(f"{where}: bad kind/verdict")
            continue
        try:
            v, right, note = check_claim(c, env)
        except Fail as e:
            errors.append(f"{where}: {e}")
            continue
        except Exception as e:
            errors.append(f"{where}: {type(e).__name__} {e}")
            continue
        decl = c["verdict"]
        if decl == "ambiguous":
            if not c["extra"]:
                errors.append(f"{where}: ambiguous label needs an explanation")
        elif decl != v:
            errors.append(f"{where}: declared {decl}, computed {v} ({note})")
        lab = dict(line=c["line"], anchor=c["anchor"], kind=c["kind"], verdict=decl)
        if decl in ("rounding", "inconsistent"):
            if c["extra"].startswith("right="):
                right, _, rest = c["extra"][6:].partition(";")
                c["extra"] = rest.strip()
            lab["right"] = right
        lab["note"] = "; ".join(x for x in (note, c["extra"]) if x)
        labels.append(lab)
    for e in errors:
        print("ERROR", e)
    with open(os.path.join(HERE, name + ".txt"), "w", encoding="utf-8") as f:
        f.write(text)
    with open(os.path.join(HERE, name + ".labels.json"), "w", encoding="utf-8") as f:
        json.dump({"file": name + ".txt", "claims": labels}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return name, len(text), labels, errors


def verify_written(name):
    """independent re-read: anchors are unique substrings of the written lines"""
    lines = open(os.path.join(HERE, name + ".txt"), encoding="utf-8").read().split("\n")
    lab = json.load(open(os.path.join(HERE, name + ".labels.json"), encoding="utf-8"))
    bad = []
    for c in lab["claims"]:
        if lines[c["line"] - 1].count(c["anchor"]) != 1:
            bad.append(c)
    return bad


def main():
    tpls = sorted(glob.glob(os.path.join(HERE, "src", "*.tpl")))
    results, allerr = [], []
    for t in tpls:
        r = build(t)
        results.append(r)
        allerr += r[3]
        allerr += [f"{r[0]}: re-read anchor fail {c['anchor']}" for c in verify_written(r[0])]
    md = ["# d8 prose drafts: summary", ""]
    md += ["| draft | characters | lines | claims | consistent | rounding | inconsistent | ambiguous |",
           "|---|---:|---:|---:|---:|---:|---:|---:|"]
    tot = Counter()
    bykind = defaultdict(Counter)
    for name, n, labels, _ in results:
        vc = Counter(l["verdict"] for l in labels)
        nl = open(os.path.join(HERE, name + ".txt"), encoding="utf-8").read().count("\n")
        md.append(f"| {name} | {n} | {nl} | {len(labels)} | " + " | ".join(str(vc[v]) for v in VERDICTS) + " |")
        tot["chars"] += n
        tot["claims"] += len(labels)
        for l in labels:
            tot[l["verdict"]] += 1
            bykind[l["kind"]][l["verdict"]] += 1
    md.append(f"| **total** | {tot['chars']} | | {tot['claims']} | " + " | ".join(str(tot[v]) for v in VERDICTS) + " |")
    md += ["", "| kind | claims | consistent | rounding | inconsistent | ambiguous |", "|---|---:|---:|---:|---:|---:|"]
    for k in KINDS:
        c = bykind[k]
        md.append(f"| {k} | {sum(c.values())} | " + " | ".join(str(c[v]) for v in VERDICTS) + " |")
    md += ["", f"Checks: {'PASS' if not allerr else 'FAIL (' + str(len(allerr)) + ' errors)'}", ""]
    open(os.path.join(HERE, "SUMMARY.md"), "w", encoding="utf-8").write("\n".join(md))
    print("\n".join(md))
    sys.exit(1 if allerr else 0)


if __name__ == "__main__":
    main()
