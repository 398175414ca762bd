#!/usr/bin/env python3
"""Build and verify the p10 prose drafts.

Sources live in _src/<name>.src: the draft text with inline claim markup
    <<anchor text||kind verdict key=value ...||free note>>
kind    : sum subset share fraction difference points ratio repeat term
verdict : c(onsistent) r(ounding) i(nconsistent) a(mbiguous)
keys    : v  = the judged figure as written (vi-VN); "?" = fill with the computed value
               (consistent) or the truncated value (rounding)
          sum: p=a+b-c ; subset: w=whole ; share: p=part b=base [d=decimals]
          fraction: w=expected whole ; difference/points: c=current o=previous s=+|- (word)
          ratio: c=current o=previous [x=1 for "gấp ... lần"] [d=]
          repeat: o=other mention ; term: o=expected term ; right= override
The script writes <name>.txt and <name>.labels.json, re-reads them, re-checks every label
(exact Fractions, round half up), anchors unique in their line, and writes SUMMARY.md.
"""
import json, re, shlex, sys, glob, os
from fractions import Fraction as F
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
VERD = {'c': 'consistent', 'r': 'rounding', 'i': 'inconsistent', 'a': 'ambiguous'}
KINDS = ['sum', 'subset', 'share', 'fraction', 'difference', 'points', 'ratio', 'repeat', 'term']
MARK = re.compile(r'<<(.*?)\|\|(.*?)(?:\|\|(.*?))?>>')

def num(s):
    s = s.strip().replace('%', '')
    if not re.fullmatch(r'[+-]?\d{1,3}(\.\d{3})*(,\d+)?|[+-]?\d+(,\d+)?', s):
        raise ValueError('bad number %r' % s)
    return F(s.replace('.', '').replace(',', '.'))

def decs(s):
    s = s.replace('%', '')
    return len(s.split(',')[1]) if ',' in s else 0

def rnd(x, d):          # round half up (x >= 0 here)
    q = F(10) ** d
    n = x * q
    sign = -1 if n < 0 else 1
    n = abs(n)
    return sign * F(int(n + F(1, 2)), 1) / q

def trunc(x, d):
    q = F(10) ** d
    return F(int(x * q), 1) / q

def fmt(x, d=0, pad=False):
    neg = x < 0
    x = abs(x)
    x = rnd(x, d)
    ip = int(x)
    fp = x - ip
    s = '{:,}'.format(ip).replace(',', '.')
    if d:
        s += ',' + str(int(fp * 10 ** d)).rjust(d, '0')
    if pad and d == 0 and ip < 10:
        s = '0' + s
    return ('-' if neg else '') + s

def approx(x, k=4):
    """show x with k decimals, marking inexact values with …"""
    s = fmt(trunc(abs(x), k), k)
    if trunc(abs(x), k) != abs(x):
        s += '…'
    return ('-' if x < 0 else '') + s

def parts(s):
    toks = re.findall(r'[+-]?[^+-]+', s)
    return [(t[0] if t[0] in '+-' else '+', t.lstrip('+-')) for t in toks]

def evaluate(kind, a, stated):
    """return (computed_value_str, ok_exact, ok_trunc, note)"""
    if kind == 'sum':
        ps = parts(a['p'])
        tot = sum((num(x) if sg == '+' else -num(x)) for sg, x in ps)
        expr = ' '.join(((sg + ' ') if i or sg == '-' else '') + x for i, (sg, x) in enumerate(ps))
        d = max([decs(x) for _, x in ps] + [0])
        comp = fmt(tot, d)
        return comp, (stated is not None and num(stated) == tot), False, f'{expr} = {comp}'
    if kind == 'subset':
        p, w = num(stated), num(a['w'])
        return (stated if p <= w else a['w']), p <= w, False, f'{stated} ≤ {a["w"]}: {"yes" if p <= w else "NO"}'
    if kind in ('share', 'ratio'):
        if kind == 'share':
            top, bot = num(a['p']), num(a['b'])
            m = int(a.get('m', 100))
            expr = f'{a["p"]} / {a["b"]} × {m}'
            val = top / bot * m
        else:
            top, bot = num(a['c']), num(a['o'])
            if a.get('x'):
                val = top / bot; expr = f'{a["c"]} / {a["o"]}'
            else:
                val = top / bot * 100; expr = f'{a["c"]} / {a["o"]} × 100'
                if a.get('rel'):
                    val -= 100; expr += ' − 100'
        d = int(a['d']) if 'd' in a else (decs(stated) if stated else 2)
        r = rnd(val, d); t = trunc(val, d)
        comp = fmt(r, d)
        ok = stated is not None and num(stated) == r
        okt = stated is not None and num(stated) == t and t != r
        unit = '' if a.get('x') else ('‰' if a.get('m') == '1000' else '%')
        return comp, ok, okt, f'{expr} = {approx(val)}{unit} → {comp}{unit}'
    if kind == 'fraction':
        n, dd = stated.split('/')
        ok = num(n) <= num(dd) and num(dd) == num(a['w'])
        return f'{n}/{a["w"]}', ok, False, f'{n} ≤ {dd} and whole {dd} vs stated total {a["w"]}'
    if kind in ('difference', 'points'):
        c, o = num(a['c']), num(a['o'])
        diff = c - o
        d = max(decs(a['c']), decs(a['o']), decs(stated or ''))
        real = 'tăng' if diff > 0 else ('giảm' if diff < 0 else 'không đổi')
        word = real if a['s'] == '=' else ('tăng' if a['s'] == '+' else 'giảm')
        comp = fmt(abs(diff), d)
        ok = stated is not None and num(stated) == abs(diff) and word == real
        unit = ' điểm %' if kind == 'points' else ''
        note = f'{a["c"]} − {a["o"]} = {fmt(diff, d)}{unit}' + (f'; stated {stated} (remainder, no direction word)' if a['s'] == '=' else f' ({real} {comp}); stated {word} {stated}')
        if kind == 'points':
            rel = (c / o - 1) * 100
            note += f'; relative reading {approx(rel, 2)}%'
        rightword = real if word != real else word
        return (comp if word == real else f'{rightword} {comp}'), ok, False, note
    if kind in ('repeat', 'term'):
        ok = stated == a['o'] or (kind == 'repeat' and num(stated) == num(a['o']))
        what = 'other mention' if kind == 'repeat' else 'expected term'
        return a['o'], ok, False, f'{stated} vs {what} {a["o"]}'
    raise ValueError(kind)

def build(src):
    name = os.path.basename(src)[:-4]
    raw = open(src, encoding='utf-8').read().rstrip('\n').split('\n')
    out_lines, claims, errs = [], [], []
    for ln, line in enumerate(raw, 1):
        text, pos = '', 0
        spans = []
        for m in MARK.finditer(line):
            text += line[pos:m.start()]
            anchor, spec, note = m.group(1), m.group(2), (m.group(3) or '').strip()
            toks = shlex.split(spec)
            kind, verdict = toks[0], VERD[toks[1]]
            a = dict(t.split('=', 1) for t in toks[2:])
            assert kind in KINDS, kind
            stated = a.get('v')
            if stated is None and '?' not in anchor:
                pat = r'\d+/\d+' if kind == 'fraction' else r'\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?'
                stated = re.search(pat, anchor).group(0)
            if stated == '?' or stated is None:
                assert '?' in anchor, (name, ln, anchor)
                comp, _, _, _ = evaluate(kind, a, None)
                if verdict == 'rounding':
                    d = int(a.get('d', 2))
                    if kind == 'share':
                        val = num(a['p']) / num(a['b']) * int(a.get('m', 100))
                    else:
                        val = num(a['c']) / num(a['o']) * (1 if a.get('x') else 100) - (100 if a.get('rel') else 0)
                    stated = fmt(trunc(val, d), d)
                else:
                    stated = comp
                    if a.get('pad'):
                        stated = fmt(num(comp), 0, pad=True)
                anchor = anchor.replace('?', stated, 1)
            comp, ok, okt, calc = evaluate(kind, a, stated)
            got = 'consistent' if ok else ('rounding' if okt else 'inconsistent')
            if verdict != 'ambiguous' and got != verdict:
                errs.append(f'{name}:{ln}: "{anchor}" declared {verdict}, arithmetic says {got}: {calc}')
            if kind in ('fraction', 'term'):
                present = stated in anchor
            else:
                present = re.search(r'(?<![\d.,])' + re.escape(stated) + r'(?![\d]|[.,]\d)', anchor) is not None
            if not present:
                errs.append(f'{name}:{ln}: figure {stated} not in anchor "{anchor}"')
            c = {'line': ln, 'anchor': anchor, 'kind': kind, 'verdict': verdict}
            if verdict in ('rounding', 'inconsistent'):
                right = a.get('right', comp)
                if kind in ('share', 'ratio') and not a.get('x') and '%' in anchor:
                    right = right + '%'
                c['right'] = right
            tail = '' if kind in ('sum', 'subset', 'fraction', 'repeat', 'term', 'difference', 'points') else ''
            c['note'] = f'{calc}' + ('' if kind in ('difference', 'points') else f'; stated {stated}') + (f' ({got} by arithmetic)' if verdict == 'ambiguous' else '') + ('. ' + note if note else '')
            c['_args'] = a; c['_stated'] = stated
            text += anchor
            spans.append(anchor)
            pos = m.end()
            claims.append(c)
        text += line[pos:]
        if '<<' in text or '>>' in text or '||' in text:
            errs.append(f'{name}:{ln}: leftover markup')
        out_lines.append(text)
    return name, out_lines, claims, errs

def verify(name, claims):
    """re-read written files and re-check every label independently of the build pass"""
    errs = []
    lines = open(os.path.join(HERE, name + '.txt'), encoding='utf-8').read().split('\n')
    lab = json.load(open(os.path.join(HERE, name + '.labels.json'), encoding='utf-8'))
    assert lab['file'] == name + '.txt'
    seen = set()
    for c, src in zip(lab['claims'], claims):
        L = lines[c['line'] - 1]
        if L.count(c['anchor']) != 1:
            errs.append(f'{name}:{c["line"]}: anchor "{c["anchor"]}" occurs {L.count(c["anchor"])}x in line')
        if (c['line'], c['anchor']) in seen:
            errs.append(f'{name}:{c["line"]}: duplicate anchor {c["anchor"]}')
        seen.add((c['line'], c['anchor']))
        comp, ok, okt, _ = evaluate(c['kind'], src['_args'], src['_stated'])
        got = 'consistent' if ok else ('rounding' if okt else 'inconsistent')
        if c['verdict'] != 'ambiguous' and got != c['verdict']:
            errs.append(f'{name}:{c["line"]}: recheck failed for {c["anchor"]}')
        if c['verdict'] in ('rounding', 'inconsistent') and not c.get('right'):
            errs.append(f'{name}:{c["line"]}: missing right')
        # every input figure must be written somewhere in the draft
        body = '\n'.join(lines)
        a = src['_args']
        figs = []
        for k in ('w', 'b', 'c', 'o'):
            if k in a and c['kind'] not in ('term',):
                figs.append(a[k])
        if 'p' in a:
            figs += [x for _, x in parts(a['p'])] if c['kind'] == 'sum' else [a['p']]
        for f in figs:
            if not re.search(r'(?<![\d.,])' + re.escape(f) + r'(?![\d]|[.,]\d)', body):
                errs.append(f'{name}:{c["line"]}: input figure {f} of "{c["anchor"]}" not found in draft')
    return errs

def main():
    allerrs, summary = [], []
    tot = Counter(); perdraft = {}
    for src in sorted(glob.glob(os.path.join(HERE, '_src', '*.src'))):
        name, lines, claims, errs = build(src)
        allerrs += errs
        with open(os.path.join(HERE, name + '.txt'), 'w', encoding='utf-8') as f:
            f.write('\n'.join(lines) + '\n')
        lab = {'file': name + '.txt', 'claims': [{k: v for k, v in c.items() if not k.startswith('_')} for c in claims]}
        with open(os.path.join(HERE, name + '.labels.json'), 'w', encoding='utf-8') as f:
            json.dump(lab, f, ensure_ascii=False, indent=1)
        allerrs += verify(name, claims)
        chars = len('\n'.join(lines))
        cnt = Counter((c['kind'], c['verdict']) for c in claims)
        tot.update(cnt)
        perdraft[name] = (chars, len(claims), Counter(c['verdict'] for c in claims), Counter(c['kind'] for c in claims))
    V = ['consistent', 'rounding', 'inconsistent', 'ambiguous']
    out = ['# SUMMARY of p10 prose drafts', '', '## Per draft', '',
           '| draft | chars | claims | ' + ' | '.join(V) + ' |', '|---|---:|---:|' + '---:|' * len(V)]
    for n, (ch, k, vc, kc) in perdraft.items():
        out.append(f'| {n} | {ch} | {k} | ' + ' | '.join(str(vc[v]) for v in V) + ' |')
    s = sum(v[0] for v in perdraft.values()); k = sum(v[1] for v in perdraft.values())
    out.append(f'| **total** | {s} | {k} | ' + ' | '.join(str(sum(p[2][v] for p in perdraft.values())) for v in V) + ' |')
    out += ['', '## Per kind and verdict (all drafts)', '', '| kind | ' + ' | '.join(V) + ' | total |', '|---|' + '---:|' * (len(V) + 1)]
    for kd in KINDS:
        row = [tot[(kd, v)] for v in V]
        out.append(f'| {kd} | ' + ' | '.join(map(str, row)) + f' | {sum(row)} |')
    out.append('| **total** | ' + ' | '.join(str(sum(tot[(kd, v)] for kd in KINDS)) for v in V) + f' | {sum(tot.values())} |')
    out += ['', '## Per draft and kind', '', '| draft | ' + ' | '.join(KINDS) + ' |', '|---|' + '---:|' * len(KINDS)]
    for n, (ch, k, vc, kc) in perdraft.items():
        out.append(f'| {n} | ' + ' | '.join(str(kc[x]) for x in KINDS) + ' |')
    out += ['', 'Status: ' + ('FAILED, %d errors' % len(allerrs) if allerrs else 'all labels verified (exact fractions, round half up; anchors unique in line)')]
    open(os.path.join(HERE, 'SUMMARY.md'), 'w', encoding='utf-8').write('\n'.join(out) + '\n')
    for e in allerrs:
        print('ERROR', e)
    print('\n'.join(out))
    sys.exit(1 if allerrs else 0)

if __name__ == '__main__':
    main()
