#!/usr/bin/env python3
"""Build and check the labels of the dev3 prose drafts (v3-01 … v3-04).

Python 3 standard library only.  Every claim is declared below with the figures it
relates; this script
  * recomputes each share / fraction / sum / subset / difference / points change /
    ratio / repeat / term with exact Decimal arithmetic (ROUND_HALF_UP at the stated
    precision, truncation recognised as "rounding"),
  * checks that the computed verdict equals the verdict the author intended (`exp`)
    and derives the `right` value for rounding / inconsistent claims,
  * checks that every figure string used in a computation occurs in the draft as a
    number token, that the stated figure sits inside the anchor, and that the anchor is
    exact text of exactly one line (found by search, or pinned with `at=`) and occurs
    exactly once in that line,
  * checks the draft length (9,000–15,000 characters),
  * writes `<draft>.labels.json` and `SUMMARY.md`.

Run:  python3 make.py          (writes files, exits 1 on any failure)
      python3 make.py --check  (verifies that the written files are up to date)
"""
import json
import re
import sys
from collections import Counter, OrderedDict
from decimal import Decimal, ROUND_DOWN, ROUND_HALF_UP
from pathlib import Path

HERE = Path(__file__).resolve().parent
ERRORS = []


def fail(msg):
    ERRORS.append(msg)


# ---------------------------------------------------------------- numbers (vi-VN)

def num(s):
    """'2.317' -> 2317, '9.684,2' -> 9684.2, '05' -> 5, '-20,83%' -> -20.83."""
    t = s.strip().rstrip('%').strip().lstrip('(').rstrip(')')
    t = t.replace('.', '').replace(',', '.')
    return Decimal(t)


def ndec(s):
    t = s.strip().rstrip('%').strip()
    return len(t.split(',')[1]) if ',' in t else 0


def q(x, nd, mode=ROUND_HALF_UP):
    return x.quantize(Decimal(1).scaleb(-nd), rounding=mode)


def fmt(x, nd=0, lead0=False, pct=False):
    """Decimal -> vi-VN string with nd decimals (half up), '.' thousands, ',' decimals."""
    r = q(x, nd)
    neg = r < 0
    r = abs(r)
    ip, _, fp = format(r, 'f').partition('.')
    ip = '{:,}'.format(int(ip)).replace(',', '.')
    if lead0 and len(ip) == 1 and nd == 0:
        ip = '0' + ip
    out = ('-' if neg else '') + ip + (',' + fp if nd else '')
    return out + ('%' if pct else '')


def show(x, nd=4):
    return fmt(x, nd)


def token_in(text, tok):
    pat = r'(?<![\d.,])' + re.escape(tok) + r'(?!\d|[.,]\d)'
    return re.search(pat, text) is not None


# ---------------------------------------------------------------- claim builders

def C(kind, anchor, exp, note='', at=None, **kw):
    d = dict(kind=kind, anchor=anchor, exp=exp, note=note, at=at)
    d.update(kw)
    return d


def share(anchor, part, base, stated, exp, note='', at=None):
    return C('share', anchor, exp, note, at, part=part, base=base, stated=stated)


def frac(anchor, n, d, exp, stated=None, whole=None, note='', at=None):
    """Fraction n/d (n and d as written); `whole` = the total stated elsewhere that d
    must equal; `stated` = percentage written after the fraction, if any."""
    return C('fraction', anchor, exp, note, at, n=n, d=d, stated=stated, whole=whole)


def tsum(anchor, total, parts, exp, note='', at=None):
    return C('sum', anchor, exp, note, at, total=total, parts=parts)


def subset(anchor, parent, groups, exp, note='', at=None):
    """groups: list of lists; each inner list = disjoint parts of ONE dimension whose
    sum must not exceed the parent; different groups may overlap."""
    return C('subset', anchor, exp, note, at, parent=parent, groups=groups)


def diff(anchor, cur, prev, stated, exp, note='', at=None):
    """stated like 'tăng 38', 'giảm 03', 'không tăng'."""
    return C('difference', anchor, exp, note, at, cur=cur, prev=prev, stated=stated)


def points(anchor, cur, prev, stated, exp, note='', at=None):
    """Change of a rate written with '%': stated like 'tăng 1,85%', 'vượt 3,42%'."""
    return C('points', anchor, exp, note, at, cur=cur, prev=prev, stated=stated)


def ratio(anchor, n, d, stated, exp, note='', mode='index', at=None):
    """mode 'index': n/d*100 ('đạt X% kế hoạch', 'bằng X% so với cùng kỳ');
    'change': (n-d)/d*100 with direction word ('giảm 4,6%', '-20,83%');
    'avg': n/d (no %); n may be a list of strings to be added."""
    return C('ratio', anchor, exp, note, at, n=n, d=d, stated=stated, mode=mode)


def repeat(anchor, first, stated, exp, note='', at=None):
    return C('repeat', anchor, exp, note, at, first=first, stated=stated)


def term(anchor, stated, expected, exp, note='', at=None):
    return C('term', anchor, exp, note, at, stated=stated, expected=expected)


def amb(kind, anchor, note, at=None, figures=()):
    return C(kind, anchor, 'ambiguous', note, at, figures=list(figures), manual=True)


# ---------------------------------------------------------------- judging

def judge_value(x, stated, pct=True):
    """Compare exact x with the stated figure at its precision."""
    nd = ndec(stated)
    st = abs(num(stated))
    xa = abs(x)
    r = q(xa, nd)
    unit = Decimal(1).scaleb(-nd)
    right = fmt(r, nd, pct=pct and stated.strip().endswith('%'))
    if st == r:
        return 'consistent', None
    if st == q(xa, nd, ROUND_DOWN) or abs(st - r) == unit:
        return 'rounding', right
    return 'inconsistent', right


def lead0(s):
    m = re.search(r'\d[\d.,]*', s)
    return bool(m) and m.group(0).startswith('0') and len(m.group(0)) == 2


def direction(stated):
    s = stated.lower()
    if 'không tăng' in s or 'không thay đổi' in s or 'bằng số' in s:
        return 0
    if 'giảm' in s or s.strip().startswith('(-') or s.strip().startswith('-'):
        return -1
    if 'tăng' in s or 'vượt' in s:
        return 1
    if s.startswith('còn') or s.startswith('là'):
        return 1   # plain positive gap ("còn 03 vụ", "kết dư ... là 468,4")
    raise ValueError('no direction word in %r' % stated)


def figure(stated):
    m = re.findall(r'\d[\d.]*(?:,\d+)?', stated)
    return m[-1] if m else None


def evaluate(c):
    k = c['kind']
    if c.get('manual'):
        return 'ambiguous', None, ''
    if k == 'share':
        x = num(c['part']) / num(c['base']) * 100
        v, right = judge_value(x, c['stated'])
        return v, right, '%s / %s × 100 = %s %%' % (c['part'], c['base'], show(x))
    if k == 'fraction':
        n, d = num(c['n']), num(c['d'])
        calc = []
        if n > d:
            return 'inconsistent', None, 'numerator above denominator'
        if c['whole'] is not None and num(c['whole']) != d:
            w = num(c['whole'])
            right = '%s/%s' % (c['n'], c['whole'])
            calc.append('denominator %s ≠ stated total %s' % (c['d'], c['whole']))
            if c['stated']:
                x2 = n / w * 100
                calc.append('%s/%s = %s %% (stated %s)' % (c['n'], c['whole'], show(x2), c['stated']))
            return 'inconsistent', right, '; '.join(calc)
        if c['whole'] is not None:
            calc.append('denominator %s = stated total %s' % (c['d'], c['whole']))
        if c['stated']:
            x = n / d * 100
            v, right = judge_value(x, c['stated'])
            calc.append('%s/%s × 100 = %s %%' % (c['n'], c['d'], show(x)))
            return v, right, '; '.join(calc)
        calc.append('%s ≤ %s' % (c['n'], c['d']))
        return 'consistent', None, '; '.join(calc)
    if k == 'sum':
        s = sum(num(p) for p in c['parts'])
        calc = '%s = %s vs %s' % (' + '.join(c['parts']).replace('+ -', '− '), fmt(s, max(ndec(p) for p in c['parts'] + [c['total']])), c['total'])
        if s == num(c['total']):
            return 'consistent', None, calc
        nd = max(ndec(p) for p in c['parts'] + [c['total']])
        return 'inconsistent', fmt(s, nd, lead0=lead0(c['total'])), calc
    if k == 'subset':
        P = num(c['parent'])
        bits, ok = [], True
        for g in c['groups']:
            s = sum(num(p) for p in g)
            bits.append('%s = %s ≤ %s' % (' + '.join(g), fmt(s), c['parent']) if len(g) > 1
                        else '%s ≤ %s' % (g[0], c['parent']))
            ok = ok and s <= P
        return ('consistent' if ok else 'inconsistent'), None, '; '.join(bits)
    if k == 'difference':
        x = num(c['cur']) - num(c['prev'])
        dirn = direction(c['stated'])
        calc = '%s − %s = %s' % (c['cur'], c['prev'], fmt(x, ndec(c['cur'])))
        word = 'tăng' if x > 0 else ('giảm' if x < 0 else 'không tăng')
        nd = max(ndec(c['cur']), ndec(c['prev']))
        right = word + ('' if x == 0 else ' ' + fmt(abs(x), nd, lead0=lead0(c['stated'])))
        if dirn == 0:
            return ('consistent' if x == 0 else 'inconsistent'), (None if x == 0 else right), calc
        st = num(figure(c['stated']))
        if (x > 0 and dirn == 1 or x < 0 and dirn == -1) and abs(x) == st:
            return 'consistent', None, calc
        return 'inconsistent', right, calc
    if k == 'points':
        cur, prev = num(c['cur']), num(c['prev'])
        pts = cur - prev
        rel = (cur - prev) / prev * 100
        dirn = direction(c['stated'])
        fig = figure(c['stated'])
        calc = 'points: %s − %s = %s; relative: %s %%' % (c['cur'], c['prev'], fmt(pts, 2), show(rel))
        sign_ok = (pts > 0 and dirn == 1) or (pts < 0 and dirn == -1)
        v1, r1 = judge_value(pts, fig + '%')
        if sign_ok and v1 == 'consistent':
            return 'consistent', None, calc + ' → points reading holds'
        v2, _ = judge_value(rel, fig + '%')
        if sign_ok and v2 == 'consistent':
            return 'consistent', None, calc + ' → relative reading holds'
        if sign_ok and v1 == 'rounding':
            return 'rounding', r1, calc
        word = 'tăng' if pts > 0 else 'giảm'
        pre = c['stated'].split()[0] if dirn != 0 else word
        if not sign_ok:
            pre = word
        return 'inconsistent', '%s %s' % (pre, fmt(abs(pts), ndec(fig), pct=True)), calc
    if k == 'ratio':
        ns = c['n'] if isinstance(c['n'], list) else [c['n']]
        n = sum(num(p) for p in ns)
        d = num(c['d'])
        nlabel = '(' + ' + '.join(ns) + ')' if len(ns) > 1 else ns[0]
        if c['mode'] == 'avg':
            x = n / d
            v, right = judge_value(x, c['stated'], pct=False)
            return v, right, '%s / %s = %s' % (nlabel, c['d'], show(x))
        if c['mode'] == 'index':
            x = n / d * 100
            v, right = judge_value(x, c['stated'])
            return v, right, '%s / %s × 100 = %s %%' % (nlabel, c['d'], show(x))
        # change
        x = (n - d) / d * 100
        dirn = direction(c['stated'])
        fig = figure(c['stated'])
        calc = '(%s − %s) / %s × 100 = %s %%' % (nlabel, c['d'], c['d'], show(x))
        v, right = judge_value(x, fig + '%')
        sign_ok = (x > 0 and dirn == 1) or (x < 0 and dirn == -1)
        if not sign_ok:
            return 'inconsistent', ('tăng ' if x > 0 else 'giảm ') + fmt(abs(x), ndec(fig), pct=True), calc
        if v != 'consistent' and right is not None and c['stated'].strip().startswith('(-'):
            right = '-' + right
        return v, right, calc
    if k == 'repeat':
        if '/' in c['first'] or '/' in c['stated']:
            same = c['first'] == c['stated']
        else:
            same = num(c['first']) == num(c['stated'])
        calc = 'first mention %s, here %s' % (c['first'], c['stated'])
        return ('consistent', None, calc) if same else ('inconsistent', c['first'], calc)
    if k == 'term':
        ok = c['stated'] == c['expected']
        calc = 'named "%s", expected "%s"' % (c['stated'], c['expected'])
        return ('consistent', None, calc) if ok else ('inconsistent', c['expected'], calc)
    raise ValueError(k)


NUMERIC_FIELDS = ('part', 'base', 'n', 'd', 'whole', 'total', 'parts', 'parent', 'groups',
                  'cur', 'prev', 'first', 'figures')


def figures_of(c):
    out = []
    for f in NUMERIC_FIELDS:
        v = c.get(f)
        if v is None:
            continue
        if isinstance(v, list):
            for x in v:
                out.extend(x if isinstance(x, list) else [x])
        else:
            out.append(v)
    return out


def locate(lines, c, fname):
    a = c['anchor']
    if c['at']:
        cand = [i for i, l in enumerate(lines) if c['at'] in l and a in l]
    else:
        cand = [i for i, l in enumerate(lines) if a in l]
    if len(cand) != 1:
        fail('%s: anchor %r found on %d lines %s' % (fname, a, len(cand), [i + 1 for i in cand]))
        return None
    i = cand[0]
    if lines[i].count(a) != 1:
        fail('%s: anchor %r not unique in line %d' % (fname, a, i + 1))
    return i + 1


def build(fname, claims, implied=()):
    path = HERE / fname
    text = path.read_text(encoding='utf-8')
    lines = text.split('\n')
    if lines and lines[-1] == '':
        lines = lines[:-1]
    n = len(text)
    if not 9000 <= n <= 15000:
        fail('%s: %d characters, outside 9,000–15,000' % (fname, n))
    out = []
    for c in claims:
        line = locate(lines, c, fname)
        for f in figures_of(c):
            if f in implied:
                continue
            if not token_in(text, f):
                fail('%s: figure %r of claim %r not found in text' % (fname, f, c['anchor']))
        st = c.get('stated')
        if st and c['kind'] not in ('term',) and st not in c['anchor']:
            fail('%s: stated %r not inside anchor %r' % (fname, st, c['anchor']))
        if c['kind'] == 'term' and st and st not in c['anchor']:
            fail('%s: term %r not inside anchor %r' % (fname, c['stated'], c['anchor']))
        verdict, right, calc = evaluate(c)
        if verdict != c['exp']:
            fail('%s line %s: %r computed %s, expected %s (%s)' % (fname, line, c['anchor'], verdict, c['exp'], calc))
        if verdict in ('rounding', 'inconsistent') and not right:
            fail('%s line %s: %r has no right value' % (fname, line, c['anchor']))
        note = calc
        if c['note']:
            note = (calc + '. ' if calc else '') + c['note']
        rec = OrderedDict(line=line, anchor=c['anchor'], kind=c['kind'], verdict=verdict)
        if verdict in ('rounding', 'inconsistent'):
            rec['right'] = right
        rec['note'] = note
        out.append(rec)
    # one anchor may be labelled only once per line
    seen = Counter((r['line'], r['anchor']) for r in out)
    for (ln, a), k in seen.items():
        if k > 1:
            fail('%s: anchor %r labelled %d times on line %d' % (fname, a, k, ln))
    out.sort(key=lambda r: (r['line'] or 0, lines[(r['line'] or 1) - 1].find(r['anchor'])))
    return OrderedDict(file=fname, claims=out), n


# ================================================================ draft 1
D1 = 'v3-01-ubnd-xa-kinh-te-xa-hoi-2024.txt'
C1 = [
    subset('905 nhân khẩu', '8.964', [['905']], 'consistent',
           'Khmer population is part of the commune population (overlapping dimension).'),
    frac('14/16 chỉ tiêu', '14', '16', 'consistent', note='No list of the 16 targets to check against; only part ≤ whole.'),
    tsum('Tổng diện tích gieo trồng cả năm 4.125 ha', '4.125', ['3.610', '328', '187'], 'consistent',
         '"gồm" = exhaustive: lúa + rau màu + cây ăn trái. The two season figures are inside lúa, not extra addends.'),
    ratio('đạt 101,85% kế hoạch', '4.125', '4.050', '101,85%', 'consistent'),
    tsum('lúa 3.610 ha', '3.610', ['1.830', '1.780'], 'consistent',
         'Two rice seasons; "Đông Xuân 2023 - 2024" is a season name, not a comparison.'),
    share('chiếm 7,95% diện tích gieo trồng', '328', '4.125', '7,95%', 'consistent'),
    share('cây ăn trái 187 ha, chiếm 4,53%', '187', '4.125', '4,53%', 'consistent',
          'Base = total sown area stated at the start of the sentence.'),
    ratio('6,42 tấn/ha', '23.176', '3.610', '6,42', 'consistent', mode='avg',
          note='Average yield = production / rice area (not sown area).'),
    diff('tăng 1.045 tấn', '23.176', '22.131', 'tăng 1.045', 'consistent'),
    share('chiếm 34,35% diện tích lúa', '1.240', '3.610', '34,35%', 'consistent',
          'Base switches to the rice area 3.610 ha (the previous shares used 4.125 ha).'),
    ratio('giảm 4,6% so với cùng kỳ', '6.850', '7.180', 'giảm 4,6%', 'consistent', mode='change',
          note='Relative change of the pig herd.'),
    term('cùng kỳ năm 2022', 'cùng kỳ năm 2022', 'cùng kỳ năm 2023', 'inconsistent',
         'Year-end 2024 report: "cùng kỳ" is 2024 vs 2023 (the cattle comparison in the same sentence names 2023).'),
    diff('tăng 38 con', '1.124', '1.162', 'tăng 38', 'inconsistent',
         'Herd fell from 1.162 to 1.124: the word must be "giảm".'),
    subset('bò sữa 236 con', '1.124', [['236']], 'consistent'),
    frac('1.096/1.124 con bò, đạt 97,51%', '1.096', '1.124', 'consistent', stated='97,51%', whole='1.124'),
    share('đạt 93,6% tổng đàn', '6.412', '6.850', '93,6%', 'consistent',
          'Base = pig herd 6.850 stated two sentences earlier.'),
    tsum('tổng chiều dài 9,8 km', '9,8', ['2,1', '1,6', '1,9', '1,4', '1,3', '1,5'], 'consistent',
         'Colon list of 06 canals; "kênh Số 5" is a canal name, not a length.'),
    tsum('kinh phí thực hiện 1.286 triệu đồng', '1.286', ['386', '900'], 'consistent'),
    frac('đến nay xã đạt 17/19 tiêu chí', '17', '19', 'consistent', note='19 = criteria of the advanced new-rural set.'),
    diff('tăng 02 tiêu chí', '17', '15', 'tăng 02', 'consistent'),
    frac('(15/19 tiêu chí)', '15', '19', 'consistent'),
    diff('còn 02 tiêu chí chưa đạt', '19', '17', 'còn 02', 'consistent',
         'Remaining criteria 19 − 17; "tiêu chí số 10", "số 17" are criterion numbers.'),
    frac('08/08 ấp', '08', '08', 'consistent', whole='8',
         note='Commune has "tám ấp" (eight, written in words).', at='giữ vững danh hiệu ấp văn hóa'),
    frac('1.483/1.697 hộ đăng ký đạt danh hiệu gia đình văn hóa, đạt 87,38%', '1.483', '1.697', 'rounding',
         stated='87,38%', note='Truncated instead of rounded.'),
    ratio('đạt 112,36% dự toán', '9.684,2', '8.619', '112,36%', 'consistent'),
    ratio('bằng 104,27% so với cùng kỳ', '9.684,2', '9.287,5', '104,27%', 'consistent',
          'Previous-year revenue 9.287,5 is given only in the footnote.'),
    frac('186,4/212,9 triệu đồng, đạt 87,55%', '186,4', '212,9', 'consistent', stated='87,55%'),
    amb('ratio', 'đạt 1.072% kế hoạch',
        '"1.072%" is 1072 % or a mistyped 10,72 %; the plan for fees is not stated, so it cannot be recomputed.',
        figures=['214,5']),
    ratio('đạt 106,92% dự toán', '9.215,8', '8.619', '106,92%', 'consistent',
          'Base = the same balanced dự toán 8.619 stated for revenue (commune budget balanced).'),
    diff('kết dư ngân sách năm 2024 là 468,4 triệu đồng', '9.684,2', '9.215,8', 'là 468,4', 'consistent',
         'Surplus = revenue − expenditure. Spending breakdown has a "..." part and is not checkable.'),
    subset('tư vấn, giới thiệu việc làm cho 186 lao động', '186', [['142', '06']], 'consistent',
           '"trong đó" lists two of the job destinations; 148 ≤ 186, not a full breakdown.'),
    share('chiếm 4,19% tổng số hộ', '97', '2.317', '4,19%', 'consistent',
          'Base = 2.317 households stated in section I.'),
    share('còn 68 hộ nghèo, chiếm 2,93%', '68', '2.317', '2,93%', 'consistent'),
    diff('giảm 29 hộ', '68', '97', 'giảm 29', 'consistent'),
    points('tỷ lệ hộ nghèo giảm 1,26%', '2,93', '4,19', 'giảm 1,26%', 'consistent',
           'Percentage points (relative reading would be 30,07 %).'),
    share('chiếm 5,32%', '121', '2.317', '5,32%', 'inconsistent', 'One-digit typo (5,22 → 5,32).'),
    tsum('Xây mới 12 căn', '12', ['03', '02', '04', '03'], 'consistent'),
    tsum('sửa chữa 07 căn', '07', ['02', '01', '03'], 'inconsistent',
         'Colon list adds to 06 houses.'),
    repeat('(2.371 hộ)', '2.317', '2.371', 'inconsistent',
           '100% of households = the 2.317 households of section I (shares 4,19 % and 2,93 % confirm 2.317); digits swapped.'),
    tsum('(cộng 412 đối tượng)', '412', ['238', '151', '23'], 'consistent'),
    amb('subset', 'hỗ trợ đột xuất 146 hộ',
        'Parts 68 + 55 + 31 = 154 > 146. Nghèo/cận nghèo are disjoint (123 ≤ 146) but a household with a severely '
        'disabled member may also be poor or near-poor; the text does not say whether the three groups overlap.',
        figures=['146', '68', '55', '31']),
    frac('93,47% (8.379/8.964 người)', '8.379', '8.964', 'consistent', stated='93,47%', whole='8.964',
         note='Percentage written before its fraction; denominator = population of section I.'),
    points('tăng 1,85% so với năm 2023', '93,47', '91,62', 'tăng 1,85%', 'consistent',
           'Points; the relative reading (2,02 %) does not hold.'),
    tsum('toàn xã có 04 trường', '04', ['01', '02', '01'], 'consistent'),
    tsum('1.586 học sinh', '1.586', ['312', '796', '478'], 'consistent'),
    frac('03/04 trường đạt chuẩn quốc gia, chiếm 75%', '03', '04', 'consistent', stated='75%', whole='04'),
    frac('146/147 cháu, đạt 99,31%', '146', '147', 'rounding', stated='99,31%', note='Truncated.'),
    frac('152/152 em, đạt 100%', '152', '152', 'consistent', stated='100%'),
    frac('107/108 em, đạt 99,07%', '107', '108', 'consistent', stated='99,07%'),
    ratio('tăng 8,27% so với năm 2023', '6.245', '5.768', 'tăng 8,27%', 'consistent', mode='change'),
    frac('đạt 98,3% (118/120 trẻ)', '118', '120', 'consistent', stated='98,3%'),
    frac('3.497/3.512 hồ sơ, đạt 99,57%', '3.497', '3.512', 'consistent', stated='99,57%', whole='3.512'),
    share('chiếm 34,28%', '1.204', '3.512', '34,28%', 'consistent',
          'Base = dossiers received (3.512), not those settled on time (3.497 → 34,43 %).'),
    frac('08/08 ấp tham gia', '08', '08', 'consistent', whole='8', note='"tám ấp" (eight, in words).'),
    frac('đạt 100% chỉ tiêu (14/14 thanh niên)', '14', '14', 'consistent', stated='100%'),
    tsum('phạm pháp hình sự xảy ra 07 vụ', '07', ['05', '02'], 'consistent'),
    diff('giảm 03 vụ so với năm 2023', '07', '10', 'giảm 03', 'consistent',
         'Previous year (10 vụ) is in the footnote.'),
    tsum('Năm 2023 xảy ra 10 vụ', '10', ['08', '01', '01'], 'consistent'),
    frac('06/07 vụ, đạt 85,71%', '06', '07', 'consistent', stated='85,71%', whole='07'),
    diff('tăng 01 vụ', '04', '03', 'tăng 01', 'consistent', at='Tai nạn giao thông xảy ra 04 vụ'),
    diff('giảm 01 người chết', '02', '03', 'giảm 01', 'consistent'),
    diff('số người bị thương không tăng', '03', '03', 'không tăng', 'consistent'),
    frac('21/26 vụ việc, đạt 80,76%', '21', '26', 'rounding', stated='80,76%', note='Truncated.'),
    repeat('sản lượng lúa đạt 23.176 tấn', '23.176', '23.176', 'consistent'),
    repeat('xã đạt 17/19 tiêu chí', '17/19', '17/19', 'consistent', at='Năm 2024, mặc dù'),
    amb('repeat', 'giải quyết việc làm cho 168 lao động',
        'Section 2.1 has "tư vấn, giới thiệu việc làm cho 186 lao động": 168 may be a digit swap of 186 or a '
        'different, smaller quantity (jobs actually obtained vs counselled); the text does not say.',
        figures=['186', '168']),
    repeat('tỷ lệ hộ nghèo còn 2,93%', '2,93', '2,93', 'consistent'),
    tsum('lên 19/19 tiêu chí', '19', ['17', '02'], 'consistent',
         '17 criteria reached + 02 more = 19/19.'),
]

# ================================================================ draft 2
D2 = 'v3-02-hoi-phu-nu-huyen-nhiem-ky.txt'
C2 = [
    tsum('14 đơn vị hành chính cấp xã', '14', ['13', '01'], 'consistent'),
    share('chiếm 50,5%', '49.812', '98.640', '50,5%', 'consistent'),
    tsum('15 cơ sở hội', '15', ['13', '01', '01'], 'consistent', at='Hội Liên hiệp Phụ nữ huyện có'),
    share('21.486 hội viên, chiếm 78,42%', '21.486', '27.398', '78,42%', 'consistent',
          'Base (27.398) written after the share.'),
    subset('hội viên dưới 35 tuổi 5.912 chị', '21.486', [['2.148'], ['1.305'], ['5.912']], 'consistent',
           'Ethnicity, religion and age are different dimensions: each ≤ 21.486, no sum implied.'),
    share('chiếm 27,51%', '5.912', '21.486', '27,51%', 'rounding', 'Base = members 21.486; truncated.'),
    frac('10/12 chỉ tiêu', '10', '12', 'consistent', note='The 12 targets are not listed; only part ≤ whole.'),
    diff('tăng 412 cuộc', '2.846', '2.434', 'tăng 412', 'consistent'),
    term('so với nhiệm kỳ 2016 - 2021 (2.434 cuộc)', 'nhiệm kỳ 2016 - 2021', 'nhiệm kỳ 2016 - 2021', 'consistent',
         'Term under review 2021 - 2026; previous term 2016 - 2021.'),
    frac('2.064/2.395 hộ đăng ký đạt tiêu chí, đạt 86,17%', '2.064', '2.395', 'rounding', stated='86,17%',
         note='Truncated.'),
    repeat('trở lên đạt 78,42%', '78,42', '78,42', 'consistent', at='Tỷ lệ hội viên so với'),
    points('vượt 3,42%', '78,42', '75', 'vượt 3,42%', 'consistent', 'Points above the 75 % target.'),
    points('tăng 5,87% so với đầu nhiệm kỳ', '78,42', '72,55', 'tăng 5,87%', 'consistent',
           'Points; relative reading would be 8,09 %.'),
    share('chiếm 31,26%', '286.450', '916.340', '31,26%', 'consistent',
          '"286.450 triệu đồng/6.874 hộ vay" is amount per borrowers, not a fraction.'),
    diff('tăng 97.320 triệu đồng', '286.450', '189.130', 'tăng 97.320', 'consistent'),
    ratio('tăng 33,97%', '286.450', '189.130', 'tăng 33,97%', 'inconsistent', mode='change',
          note='Growth computed on the current balance (97.320 / 286.450 = 33,97 %) instead of the base 189.130.'),
    ratio('41,67 triệu đồng/hộ', '286.450', '6.874', '41,67', 'consistent', mode='avg'),
    points('giảm 0,24%', '0,18', '0,42', 'giảm 0,24%', 'consistent', 'Points (relative reading 57,14 %).'),
    amb('subset', 'Trong 6.874 hộ đang vay vốn',
        'Parts 1.926 + 2.215 + 1.048 + 1.912 = 7.101 > 6.874. Nghèo / cận nghèo / mới thoát nghèo are disjoint '
        '(5.189 ≤ 6.874), but "vùng khó khăn" is a loan programme a household may hold besides another; '
        'cannot tell whether households are counted twice.',
        figures=['6.874', '1.926', '2.215', '1.048', '1.912']),
    diff('tăng 16 mô hình', '47', '31', 'tăng 16', 'consistent'),
    term('so với nhiệm kỳ 2011 - 2016', 'nhiệm kỳ 2011 - 2016', 'nhiệm kỳ 2016 - 2021', 'inconsistent',
         'Term 2021 - 2026 is compared with the previous term 2016 - 2021 (as elsewhere in the report).'),
    ratio('đạt 128% chỉ tiêu', ['09', '23'], '25', '128%', 'consistent',
          'Numerator is the sum 09 cooperatives + 23 groups = 32.'),
    diff('giảm 312 hộ', '87', '399', 'giảm 312', 'consistent'),
    ratio('tỷ lệ giảm 78,2%', '87', '399', 'giảm 78,2%', 'consistent', mode='change'),
    amb('sum', 'Vận động xây dựng 64 căn',
        'Years 2021–2025 add to 60, four short of 64; the term runs to mid-2026 and 2026 is not listed, '
        'so the list may be incomplete rather than wrong.',
        figures=['64', '09', '14', '15', '12', '10']),
    tsum('kết nạp mới 3.265 hội viên', '3.265', ['612', '685', '704', '651', '613'], 'consistent'),
    ratio('đạt 108,83% chỉ tiêu', '3.265', '3.000', '108,83%', 'consistent'),
    ratio('bình quân mỗi năm kết nạp 653 hội viên', '3.265', '5', '653', 'consistent', mode='avg',
          note='Five listed years.'),
    tsum('tăng lên 21.486 hội viên', '21.486', ['19.549', '3.265', '-1.328'], 'consistent',
         'Stock-flow: 19.549 + 3.265 − 1.328 = 21.486 (the decrease is written as "giảm 1.328").'),
    diff('tăng 1.937 hội viên', '21.486', '19.549', 'tăng 1.937', 'consistent'),
    share('chiếm 83,87%', '26', '31', '83,87%', 'consistent',
          'Base = Executive Committee of "ba mươi mốt" (31, in words).'),
    subset('trung cấp lý luận chính trị trở lên 24 đồng chí', '31', [['05'], ['08'], ['26'], ['24']], 'consistent',
           'Four different dimensions (ethnicity, age, education, theory level): 63 > 31 is not an error.'),
    tsum('(cộng 38 đồng chí)', '38', ['15', '23'], 'consistent'),
    frac('36/38 đồng chí, đạt 94,74%', '36', '38', 'consistent', stated='94,74%', whole='38'),
    tsum('15/15 cơ sở hội', '15', ['06', '08', '01'], 'consistent',
         'Rating levels are disjoint; also 15 = number of cơ sở hội of section I.'),
    share('06 cơ sở (40%)', '06', '15', '40%', 'consistent'),
    share('(53,33%)', '08', '15', '53,33%', 'consistent'),
    share('(6,67%)', '01', '15', '6,67%', 'consistent'),
    share('chiếm 73,81%', '93', '118', '73,81%', 'inconsistent', 'One-digit typo (78,81 → 73,81).'),
    tsum('(cộng 74 cuộc)', '74', ['28', '48'], 'inconsistent'),
    share('chiếm 69,42%', '286', '412', '69,42%', 'consistent'),
    frac('90/370 cấp ủy viên, chiếm 24,32%', '90', '370', 'consistent', stated='24,32%'),
    points('tăng 3,16%', '24,32', '21,16', 'tăng 3,16%', 'consistent', 'Points (relative 14,93 %).'),
    term('so với nhiệm kỳ 2020 - 2025 (21,16%)', 'nhiệm kỳ 2020 - 2025', 'nhiệm kỳ 2020 - 2025', 'consistent',
         'Party committees: the claim\'s own term is 2025 - 2030 (not the union\'s 2021 - 2026), so the previous term is 2020 - 2025.'),
    share('chiếm 20%', '09', '45', '20%', 'consistent', '"09 nữ/45 ủy viên".'),
    share('chiếm 31,43%', '11', '35', '31,43%', 'consistent', '"11 nữ/35 đại biểu".'),
    diff('tăng 02 đại biểu nữ', '11', '09', 'tăng 02', 'consistent', 'Previous term 09/34 in the footnote.'),
    term('so với nhiệm kỳ 2016 - 2021[', 'nhiệm kỳ 2016 - 2021', 'nhiệm kỳ 2016 - 2021', 'consistent',
         'People\'s Council term 2021 - 2026 vs 2016 - 2021.'),
    share('chiếm 91,3%', '21', '23', '91,3%', 'consistent'),
    diff('giảm 19 vụ', '23', '42', 'giảm 19', 'consistent'),
    ratio('giảm 45,24%', '23', '42', 'giảm 45,24%', 'consistent', mode='change'),
    tsum('khen thưởng 386 lượt', '386', ['12', '37', '337'], 'consistent'),
    amb('repeat', 'hiện có 139 tổ tiết kiệm và vay vốn',
        'Section 2 gives 142 savings-and-loan groups at 31/5/2026; "hiện có 139" is undated (may be after '
        'mergers) – same label, different or unknown date.', figures=['142', '139']),
    repeat('từ 21.468 hội viên (đến 30/6/2026)', '21.486', '21.468', 'inconsistent',
           'Same membership total at the same date as section I (21.486, confirmed by the stock-flow); digits swapped.'),
    frac('09/34 đại biểu nữ, chiếm 26,47%', '09', '34', 'consistent', stated='26,47%'),
]

# ================================================================ draft 3
D3 = 'v3-03-tiep-cong-dan-khieu-nai-2024.txt'
C3 = [
    diff('giảm 08 lượt', '23', '31', 'giảm 08', 'consistent'),
    tsum('tiếp 486 lượt/612 người, tăng', '486', ['318', '168'], 'consistent',
         '"486 lượt/612 người" is visits/persons, not a fraction; "gồm" splits both.'),
    tsum('612 người, tăng', '612', ['352', '260'], 'consistent'),
    diff('tăng 37 lượt', '486', '449', 'tăng 37', 'consistent'),
    term('so với cùng kỳ năm 2023 (449 lượt)', 'năm 2023', 'năm 2023', 'consistent'),
    share('chiếm 65,43%', '318', '486', '65,43%', 'consistent'),
    share('chiếm 1,44% tổng số lượt tiếp', '07', '486', '1,44%', 'consistent',
          'Delegations (07) over visits (486), as the text says.'),
    amb('subset', 'trong 07 đoàn đông người',
        '05 + 04 = 09 > 07: a delegation about compensation price may also concern the Vĩnh Lợi project; '
        'overlap cannot be ruled in or out.', figures=['07', '05', '04']),
    share('chiếm 41,97%', '204', '486', '41,97%', 'rounding', 'Truncated.'),
    share('chiếm 47,47%', '221', '486', '47,47%', 'inconsistent', 'One-digit typo (45,47 → 47,47).'),
    tsum('(cộng 486 lượt)', '486', ['204', '61', '221'], 'consistent', at='Theo cấp tiếp'),
    share('chiếm 70,16%', '341', '486', '70,16%', 'consistent'),
    tsum('(cộng 486 lượt)', '486', ['341', '52', '48', '45'], 'consistent', at='Theo nội dung'),
    tsum('đối thoại 27 cuộc', '27', ['09', '16'], 'inconsistent'),
    amb('repeat', 'trực tiếp tiếp 186 lượt công dân',
        'Section 1 has 168 lượt received by "lãnh đạo" (periodic and ad-hoc); 186 may be a digit swap or a different '
        'scope (leaders of the district People\'s Committee incl. regular sessions).', figures=['168', '186']),
    tsum('Tổng số đơn tiếp nhận 734 đơn', '734', ['58', '676'], 'consistent'),
    diff('giảm 64 đơn', '676', '712', 'giảm 64', 'inconsistent'),
    ratio('bằng 94,94% so với cùng kỳ', '676', '712', '94,94%', 'consistent',
          'Index; the matching change is −5,06 %, and the count change is 36, not 64.'),
    frac('721/734 đơn, đạt 98,23%', '721', '734', 'consistent', stated='98,23%', whole='734'),
    diff('còn 13 đơn', '734', '721', 'còn 13', 'consistent'),
    tsum('Số 721 đơn đã xử lý gồm', '721', ['96', '31', '594'], 'consistent'),
    share('chiếm 13,31%', '96', '721', '13,31%', 'consistent', 'Base = processed letters 721, not 734 received.'),
    share('chiếm 4,30%', '31', '721', '4,30%', 'consistent'),
    share('chiếm 82,38%', '594', '721', '82,38%', 'rounding', 'Truncated (the three shares then add to 99,99).'),
    tsum('trong 721 đơn có', '721', ['512', '209'], 'consistent', '"Chia ra" = exhaustive.'),
    share('chiếm 57,23%', '293', '512', '57,23%', 'consistent',
          'Base = letters eligible for handling (512), named just before ("Trong số đơn đủ điều kiện").'),
    tsum('thuộc thẩm quyền giải quyết 168 đơn', '168', ['57', '111'], 'consistent'),
    tsum('huyện 57 đơn', '57', ['38', '11', '08'], 'consistent'),
    tsum('là 38 vụ', '38', ['07', '31'], 'consistent'),
    diff('giảm 09 vụ', '38', '47', 'giảm 09', 'consistent'),
    frac('35/38 vụ, đạt 92,11%', '35', '38', 'consistent', stated='92,11%', whole='38'),
    diff('còn 03 vụ', '38', '35', 'còn 03', 'consistent'),
    tsum('Kết quả giải quyết 35 vụ', '35', ['04', '09', '20', '02'], 'consistent'),
    share('chiếm 57,14%', '20', '35', '57,14%', 'consistent',
          'Base = 35 settled cases incl. the 02 withdrawn (on 33 it would be 60,61 %).'),
    points('tăng 2,47%', '92,11', '89,36', 'tăng 2,47%', 'inconsistent',
           'Neither points (2,75) nor relative (3,08 %) gives 2,47.'),
    frac('42/47 vụ, đạt 89,36%', '42', '47', 'consistent', stated='89,36%', whole='47'),
    tsum('kiến nghị thu hồi 614,3 triệu đồng', '614,3', ['486,3', '128'], 'consistent',
         '"trong đó" here is the full split (returned + recovered).'),
    frac('10/11 vụ, đạt 90,91%', '10', '11', 'consistent', stated='90,91%', whole='11'),
    amb('subset', 'trong 10 vụ đã giải quyết',
        'Outcomes 01 + 03 + 05 = 09 of 10: the tenth may be a suspended case (rút tố cáo, đình chỉ) – the three '
        'outcomes are not necessarily exhaustive.', figures=['10', '01', '03', '05']),
    frac('08/08 đơn', '08', '08', 'consistent', whole='08'),
    frac('53/57 đơn, vụ việc thuộc thẩm quyền, đạt 92,98%', '53', '57', 'consistent', stated='92,98%', whole='57',
         note='Also 53 = 35 + 10 + 08 settled.'),
    frac('104/111 đơn, đạt 93,69%', '104', '111', 'consistent', stated='93,69%', whole='111'),
    frac('157/168 đơn, vụ việc thuộc thẩm quyền, đạt 93,45%', '157', '168', 'consistent', stated='93,45%',
         whole='168', note='157 = 53 + 104.'),
    points('tăng 3,2%', '93,45', '90,55', 'tăng 3,2%', 'consistent',
           'Here the relative reading holds (points would be 2,90).'),
    amb('fraction', '12/15 vụ việc, đạt 80%',
        '12/15 = 80 % is right, but 17 cases were reviewed: 15 may be the eligible subset or a typo for 17 '
        '(12/17 = 70,59 %).', figures=['17', '12', '15']),
    tsum('(cộng 14 quyết định)', '14', ['11', '03'], 'consistent'),
    frac('698/734 đơn', '698', '734', 'consistent', whole='734', note='See the 95,1 % claim.'),
    share('đạt 95,1%', '698', '734', '95,1%', 'consistent'),
    repeat('đã tiếp 486 lượt/612 người', '486', '486', 'consistent'),
    repeat('tiếp nhận 743 đơn', '734', '743', 'inconsistent', 'Total letters received is 734 (= 58 + 676); digits swapped.'),
]

# ================================================================ draft 4
D4 = 'v3-04-attgt-toi-pham-6-thang-2025.txt'
C4 = [
    tsum('13 đơn vị hành chính cấp xã', '13', ['12', '01'], 'consistent',
         '"Quốc lộ 61", "đường tỉnh 926" are road numbers.'),
    term('cùng kỳ năm 2023', 'cùng kỳ năm 2023', 'cùng kỳ năm 2024', 'inconsistent',
         'First half of 2025 is compared with the same period of 2024.'),
    diff('giảm 05 vụ', '19', '24', 'giảm 05', 'consistent'),
    ratio('(-20,83%)', '19', '24', '(-20,83%)', 'consistent', mode='change'),
    diff('giảm 02 người chết', '11', '13', 'giảm 02', 'consistent'),
    ratio('(-15,38%)', '11', '13', '(-15,38%)', 'consistent', mode='change'),
    diff('giảm 04 người bị thương', '14', '18', 'giảm 04', 'consistent'),
    ratio('(-28,57%)', '14', '18', '(-28,57%)', 'inconsistent', mode='change',
          note='Computed on the current 14 (4/14) instead of the previous 18.'),
    ratio('số vụ bằng 79,17%', '19', '24', '79,17%', 'consistent'),
    ratio('bằng 118,18% so với cùng kỳ', '11', '13', '118,18%', 'inconsistent',
          'Inverted (13/11); 11/13 = 84,62 %.'),
    ratio('3,16 vụ', '19', '6', '3,16', 'rounding', mode='avg',
          note='19 cases over the 6-month period; 3,1667 truncated.'),
    tsum('Trong 19 vụ tai nạn', '19', ['08', '05', '06'], 'consistent',
         '"Quốc lộ 61 là 08 vụ": 61 and 926 are road numbers.'),
    tsum('(cộng 19 vụ)', '19', ['07', '05', '04', '03'], 'consistent'),
    share('chiếm 21,05%', '04', '19', '21,05%', 'consistent', 'Base = the 19 accidents.'),
    subset('06 trẻ em dưới 16 tuổi', '14', [['09'], ['06']], 'consistent',
           'Severity and age are different dimensions: 09 + 06 = 15 > 14 is not an error.'),
    diff('tăng 612 trường hợp', '3.846', '3.234', 'tăng 612', 'consistent'),
    ratio('tăng 18,92%', '3.846', '3.234', 'tăng 18,92%', 'consistent', mode='change'),
    amb('term', 'so với 6 tháng cuối năm 2024',
        'Compares with the preceding half-year instead of the same period of the previous year; a legitimate '
        'sequential comparison or a wrong period – the text does not say.', figures=['4.102']),
    diff('giảm 256 trường hợp', '3.846', '4.102', 'giảm 256', 'consistent'),
    subset('Trong 3.846 trường hợp vi phạm', '3.846', [['1.207', '684', '925', '458']], 'consistent',
           'Four violation types listed, 3.274 ≤ 3.846; other types not listed.'),
    share('chiếm 31,38%', '1.207', '3.846', '31,38%', 'consistent'),
    share('chiếm 17,78%', '684', '3.846', '17,78%', 'consistent'),
    share('chiếm 24,05%', '925', '3.846', '24,05%', 'consistent'),
    share('chiếm 11,9%', '458', '3.846', '11,9%', 'consistent'),
    amb('ratio', 'tăng 1.152% so với cùng kỳ',
        '"1.152%" is 1152 % or a mistyped 11,52 %; the same-period count of drink-driving cases is not given.',
        figures=['1.207']),
    frac('3.712/3.846 trường hợp, đạt 96,51%', '3.712', '3.846', 'rounding', stated='96,51%', whole='3.846',
         note='Truncated.'),
    diff('tăng 1.238,4 triệu đồng', '7.954,6', '6.716,2', 'tăng 1.238,4', 'consistent'),
    ratio('bằng 118,44%', '7.954,6', '6.716,2', '118,44%', 'consistent'),
    tsum('tạm giữ 486 phương tiện', '486', ['21', '465'], 'consistent'),
    subset('trên Quốc lộ 61 là 74 trường hợp', '128', [['74']], 'consistent', '"Quốc lộ 61" is a road number.'),
    ratio('đạt 104,46% kế hoạch năm', '8.462', '8.100', '104,46%', 'rounding', note='Truncated.'),
    diff('giảm 09 vụ', '42', '51', 'giảm 09', 'consistent'),
    share('chiếm 54,76%', '23', '42', '54,76%', 'consistent'),
    subset('Phạm pháp hình sự xảy ra 42 vụ', '42', [['23', '09', '06'], ['08']], 'consistent',
           'Offence types 23 + 09 + 06 = 38 ≤ 42; "do đối tượng nghiện ma túy gây ra" is another dimension '
           '(overlaps the types), so 46 > 42 is not an error.'),
    frac('36/42 vụ, đạt 85,71%', '36', '42', 'consistent', stated='85,71%', whole='42'),
    points('vượt 10,71%', '85,71', '75', 'vượt 10,71%', 'consistent', 'Points above the 75 % target.'),
    points('tăng 6,2%', '85,71', '80,39', 'tăng 6,2%', 'inconsistent',
           'Points give 5,32 (5,3 at one decimal), relative gives 6,62 %: neither is 6,2.'),
    frac('41/51 vụ, đạt 80,39%', '41', '51', 'consistent', stated='80,39%', whole='51'),
    amb('sum', 'Bắt, xử lý 58 đối tượng',
        'Colon list 41 + 12 = 53 of 58: the other 05 may have been released, handed over or still being '
        'handled – not clear whether the list is meant to be exhaustive.', figures=['58', '41', '12']),
    subset('09 bị can tái phạm', '41', [['05'], ['03'], ['09']], 'consistent',
           'Age, sex and recidivism overlap; each ≤ 41 defendants.'),
    tsum('xảy ra 03 vụ (giết người', '03', ['01', '02'], 'consistent'),
    frac('03/04 vụ, đạt 100%', '03', '04', 'inconsistent', stated='100%', whole='03',
         note='Only 03 very serious cases occurred; 03/04 would be 75 %. 03/03 = 100 % as stated.'),
    diff('tăng 05 vụ', '17', '12', 'tăng 05', 'consistent',
         '"17 vụ/29 đối tượng" = cases/suspects, not a fraction.'),
    diff('tăng 08 đối tượng', '29', '21', 'tăng 08', 'consistent'),
    diff('giảm 02 vụ so với cùng kỳ', '02', '03', 'giảm 02', 'inconsistent',
         'Two fires ("hai vụ", 02 vụ) against 03: decrease of 01.'),
    tsum('Vận động thu hồi 27 vũ khí', '27', ['04', '19', '04'], 'consistent'),
    tsum('nâng tổng số lên 1.264 camera', '1.264', ['1.050', '214'], 'consistent',
         'Cumulative: start of year + newly installed.'),
    ratio('tăng 20,38%', '1.264', '1.050', 'tăng 20,38%', 'consistent', mode='change'),
    subset('38 mô hình', '112', [['38']], 'consistent'),
    repeat('xảy ra 19 vụ, giảm cả 03 tiêu chí', '19', '19', 'consistent'),
    repeat('phát hiện 3.864 trường hợp', '3.846', '3.864', 'inconsistent',
           'Same 6-month count of violations as section II (3.846; shares and 3.712/3.846 confirm it).'),
    amb('repeat', 'hiện có 1.246 camera',
        'Section III.4 has 1.264 cameras at 14/6/2025; "hiện có 1.246" is undated (report written later, '
        'cameras may have been removed) or a digit swap.', figures=['1.264', '1.246']),
    frac('08/19 vụ, chiếm 42,11%', '08', '19', 'consistent', stated='42,11%', whole='19'),
]

DRAFTS = [(D1, C1, ('8',)), (D2, C2, ('-1.328', '5', '31')), (D3, C3, ()), (D4, C4, ('6',))]


def summary(results):
    kinds = ['sum', 'subset', 'share', 'fraction', 'difference', 'points', 'ratio', 'repeat', 'term']
    verdicts = ['consistent', 'rounding', 'inconsistent', 'ambiguous']
    L = ['# dev3 prose – summary', '',
         'Generated by `make.py` (every share/sum/difference recomputed with exact decimals, ROUND_HALF_UP;',
         'anchors verified as exact, unique text of their 1-based line).', '',
         '## Drafts', '', '| draft | characters | lines | claims | consistent | rounding | inconsistent | ambiguous |',
         '|---|---:|---:|---:|---:|---:|---:|---:|']
    tv = Counter()
    tk = Counter()
    kv = Counter()
    for fname, lab, nchar, nlines in results:
        v = Counter(c['verdict'] for c in lab['claims'])
        tv.update(v)
        for c in lab['claims']:
            tk[c['kind']] += 1
            kv[(c['kind'], c['verdict'])] += 1
        L.append('| %s | %d | %d | %d | %d | %d | %d | %d |' % (
            fname, nchar, nlines, len(lab['claims']), v['consistent'], v['rounding'], v['inconsistent'], v['ambiguous']))
    tot = sum(tv.values())
    L.append('| **total** | %d | | %d | %d | %d | %d | %d |' % (
        sum(r[2] for r in results), tot, tv['consistent'], tv['rounding'], tv['inconsistent'], tv['ambiguous']))
    L += ['', '## Claims by kind and verdict', '',
          '| kind | ' + ' | '.join(verdicts) + ' | total |', '|---|' + '---:|' * (len(verdicts) + 1)]
    for k in kinds:
        L.append('| %s | %s | %d |' % (k, ' | '.join(str(kv[(k, v)]) for v in verdicts), tk[k]))
    L.append('| **total** | %s | %d |' % (' | '.join(str(tv[v]) for v in verdicts), tot))
    L += ['', '## Notes', '',
          '- `right` is given for every rounding / inconsistent claim: the value that should be written at the '
          'anchor (rounded half up at the stated precision; for a wrong direction word the corrected word and figure; '
          'for a wrong term the correct term).',
          '- Rounding = truncated (or off by one unit in the last digit); more than one unit off = inconsistent.',
          '- Traps left unlabelled on purpose (not claims): document numbers and dates (07/2021/NĐ-CP, 1.215/TTT-P3, '
          '15/12/2023), road and canal names (Quốc lộ 61, đường tỉnh 926, kênh Số 5), "N lượt/M người" and '
          '"N vụ/M đối tượng" pairs, amounts per borrower ("286.450 triệu đồng/6.874 hộ"), placeholders ("...%", '
          '"chi khác ... triệu đồng"), season and anniversary ranges ("Đông Xuân 2023 - 2024", "30/4/1975 - 30/4/2025"), '
          'unbased changes of rates ("11,2%, giảm 0,6% so với năm 2023").',
          '- Ambiguous claims are those a careful reader cannot decide: undeclared overlaps, lists that may be '
          'incomplete, undated repeats, `1.072%`-style percentages, a comparison with the preceding half-year.', '']
    return '\n'.join(L)


def main():
    check_only = '--check' in sys.argv
    results = []
    for fname, claims, implied in DRAFTS:
        lab, nchar = build(fname, claims, implied)
        text = (HERE / fname).read_text(encoding='utf-8')
        nlines = len(text.rstrip('\n').split('\n'))
        results.append((fname, lab, nchar, nlines))
        out = HERE / fname.replace('.txt', '.labels.json')
        js = json.dumps(lab, ensure_ascii=False, indent=1) + '\n'
        if check_only:
            if not out.exists() or out.read_text(encoding='utf-8') != js:
                fail('%s is not up to date' % out.name)
        else:
            out.write_text(js, encoding='utf-8')
    sm = summary(results)
    if check_only:
        if (HERE / 'SUMMARY.md').read_text(encoding='utf-8') != sm:
            fail('SUMMARY.md is not up to date')
    else:
        (HERE / 'SUMMARY.md').write_text(sm, encoding='utf-8')
    if ERRORS:
        print('\n'.join(ERRORS))
        print('%d problem(s)' % len(ERRORS))
        sys.exit(1)
    tot = Counter(c['verdict'] for r in results for c in r[1]['claims'])
    print('ok:', ', '.join('%s %d chars %d claims' % (r[0][:5], r[2], len(r[1]['claims'])) for r in results))
    print('verdicts:', dict(tot))


if __name__ == '__main__':
    main()
