#!/usr/bin/env python3
"""Generator for the dev5 prose evaluation set (4 drafts + labels).

Every figure of the drafts is written here; every total, share, difference,
ratio and expected right value is recomputed with exact arithmetic
(fractions.Fraction, round half up) and the intended verdict of each claim is
asserted against that arithmetic.  Anchors are asserted to occur exactly once
in their line and to contain the judged figure.

Usage:  python3 make.py            -> writes v5-*.txt and v5-*.labels.json
        python3 make.py --summary  -> same, plus SUMMARY.md
Stdlib only.
"""
import json
import os
import sys
from fractions import Fraction as F

HERE = os.path.dirname(os.path.abspath(__file__))
FN_MARK = "[\ufffd] "          # footnote line prefix, as in the shared drafts
MIN_CHARS, MAX_CHARS = 8000, 12000

# ---------------------------------------------------------------- numbers

def q(s):
    """Parse a vi-VN number ('2.846,52', '05', '17,78%') into a Fraction."""
    if isinstance(s, (int, F)):
        return F(s)
    t = s.strip().rstrip('%').strip()
    t = t.replace('.', '').replace(',', '.')
    return F(t)


def dps(s):
    """Number of decimals written in a vi-VN figure."""
    t = s.strip().rstrip('%').strip()
    return len(t.split(',')[1]) if ',' in t else 0


def rhu(x, dp):
    """Round half up (x >= 0 expected, sign kept) to dp decimals, exact."""
    x = F(x)
    m = F(10) ** dp
    sign = -1 if x < 0 else 1
    v = abs(x) * m
    n = v.numerator // v.denominator
    if v - n >= F(1, 2):
        n += 1
    return sign * F(n) / m


def trunc(x, dp):
    x = F(x)
    m = F(10) ** dp
    sign = -1 if x < 0 else 1
    v = abs(x) * m
    return sign * F(v.numerator // v.denominator) / m


def fmt(x, dp=0, lead0=False):
    """Format a Fraction in vi-VN style, rounded half up to dp decimals."""
    x = rhu(F(x), dp)
    neg = x < 0
    x = abs(x)
    m = F(10) ** dp
    n = x * m
    assert n.denominator == 1
    n = n.numerator
    ip, fp = divmod(n, 10 ** dp) if dp else (n, 0)
    s = str(ip)
    if lead0 and ip < 10 and dp == 0:
        s = '0' + s
    groups = []
    while len(s) > 3:
        groups.insert(0, s[-3:])
        s = s[:-3]
    groups.insert(0, s)
    out = '.'.join(groups)
    if dp:
        out += ',' + str(fp).rjust(dp, '0')
    return ('-' if neg else '') + out


def exact(x, dp=4):
    """Show an exact value with a few decimals for notes."""
    return fmt(x, dp)

# ---------------------------------------------------------------- claims

CONS, ROUND, INC, AMB = 'consistent', 'rounding', 'inconsistent', 'ambiguous'


def _verdict_num(stated, value):
    """Verdict of a stated figure against an exact value at its precision."""
    dp = dps(stated)
    sv = q(stated)
    r = rhu(value, dp)
    t = trunc(value, dp)
    if sv == r:
        return CONS, r, dp
    if sv == t:
        return ROUND, r, dp
    return INC, r, dp


def _claim(expect, anchor, kind, fig, verdict, right, note):
    assert fig in anchor, (anchor, fig)
    assert verdict == expect, f"{anchor!r}: computed {verdict}, intended {expect} ({note})"
    c = {'anchor': anchor, 'kind': kind, 'verdict': verdict}
    if verdict in (ROUND, INC):
        assert right is not None, anchor
        c['right'] = right
    c['note'] = note
    return c


def share(expect, anchor, part, base, stated, base_desc='', kind='share'):
    """stated % = part / base x 100 at the stated precision."""
    value = q(part) / q(base) * 100
    v, r, dp = _verdict_num(stated, value)
    pct = '%' if stated.strip().endswith('%') else ''
    right = fmt(r, dp) + pct
    note = f"{part} / {base}{(' (' + base_desc + ')') if base_desc else ''} = {exact(value)} % -> {fmt(r, dp)}%"
    if v == ROUND:
        note += f"; stated {stated} is truncated"
    elif v == INC:
        note += f"; stated {stated} is off by more than one unit in the last digit"
    return _claim(expect, anchor, kind, stated, v, right, note)


def frac(expect, anchor, a, b, stated=None, whole=None, whole_desc=''):
    """Fraction a/b, optionally followed by a percentage, optionally with a known whole."""
    fig = f"{a}/{b}"
    notes = []
    ok = q(a) <= q(b)
    notes.append(f"{a} <= {b}" if ok else f"{a} > {b}")
    verdict, right = (CONS if ok else INC), None
    if whole is not None:
        if q(whole) != q(b):
            verdict, right = INC, f"{a}/{whole}"
        notes.append(f"whole {b} {'=' if q(whole) == q(b) else '!='} {whole} {whole_desc}".rstrip())
    if stated is not None:
        value = q(a) / q(b) * 100
        v, r, dp = _verdict_num(stated, value)
        notes.append(f"{a}/{b} = {exact(value)} % -> {fmt(r, dp)}%")
        if v != CONS and verdict == CONS:
            verdict, right = v, fmt(r, dp) + '%'
            notes.append('truncated' if v == ROUND else 'percentage wrong')
        fig = stated
        assert f"{a}/{b}" in anchor
    return _claim(expect, anchor, 'fraction', fig, verdict, right, '; '.join(notes))


def sumc(expect, anchor, total, parts, what=''):
    """total = sum of parts (exhaustive breakdown)."""
    s = sum(q(p) for p in parts)
    dp = max([dps(total)] + [dps(p) for p in parts])
    verdict = CONS if s == q(total) else INC
    note = f"{' + '.join(parts)} = {fmt(s, dp)} vs {total}"
    if what:
        note = what + ': ' + note
    right = fmt(s, dp, lead0=total.startswith('0'))
    return _claim(expect, anchor, 'sum', total, verdict, right, note)


def subset(expect, anchor, parent, parts, fig, disjoint=True):
    """Each part <= parent; for one dimension also sum(parts) <= parent."""
    ok = all(q(p) <= q(parent) for p in parts)
    s = sum(q(p) for p in parts)
    dp = max([dps(parent)] + [dps(p) for p in parts])
    note = f"parts {', '.join(parts)} each <= {parent}"
    if disjoint:
        ok = ok and s <= q(parent)
        note += f"; disjoint parts sum {fmt(s, dp)} <= {parent} (partial breakdown)"
    else:
        note += " (overlapping dimensions, no sum rule)"
    verdict = CONS if ok else INC
    return _claim(expect, anchor, 'subset', fig, verdict, None if ok else parent, note)


SIGN_WORDS = {'tăng': 1, 'cao hơn': 1, 'vượt': 1, 'nhiều hơn': 1, 'thêm': 1,
              'giảm': -1, 'thấp hơn': -1, 'ít hơn': -1, 'còn': 0, 'chênh lệch': 0}


def diffc(expect, anchor, cur, prev, stated, word, what=''):
    """Stated change = cur - prev, with the word's sign."""
    d = q(cur) - q(prev)
    dp = max(dps(cur), dps(prev), dps(stated))
    sg = SIGN_WORDS[word]
    ok_sign = (sg == 0) or (sg > 0 and d > 0) or (sg < 0 and d < 0)
    ok = ok_sign and abs(d) == q(stated)
    verdict = CONS if ok else INC
    if sg == 0:
        right = fmt(abs(d), dp, lead0=stated.startswith('0'))
    else:
        w = ('tăng' if d > 0 else 'giảm') if word in ('tăng', 'giảm') else (
            ('cao hơn' if d > 0 else 'thấp hơn') if word in ('cao hơn', 'thấp hơn') else word)
        right = f"{w} {fmt(abs(d), dp, lead0=stated.startswith('0'))}"
    note = f"{cur} - {prev} = {fmt(d, dp)}"
    if what:
        note = what + ': ' + note
    if not ok_sign:
        note += f"; the word '{word}' contradicts the sign"
    return _claim(expect, anchor, 'difference', stated, verdict, right, note)


def ratio(expect, anchor, num, den, stated, scale=100, minus=0, what='', unit='%'):
    """stated = num / den x scale - minus (index, relative change, times, average)."""
    value = q(num) / q(den) * scale - minus
    v, r, dp = _verdict_num(stated, value)
    right = fmt(r, dp) + (unit if stated.strip().endswith('%') else '')
    note = f"{what + ': ' if what else ''}{num} / {den}"
    if scale != 1:
        note += f" x {fmt(scale)}"
    if minus:
        note += f" - {fmt(minus)}"
    note += f" = {exact(value)} -> {fmt(r, dp)}"
    if v == ROUND:
        note += f"; stated {stated} is truncated"
    return _claim(expect, anchor, 'ratio', stated, v, right, note)


def points(expect, anchor, cur, prev, stated, word, what=''):
    """Change of a share in percentage points (relative reading also checked)."""
    d = q(cur) - q(prev)
    sg = SIGN_WORDS[word]
    ok_sign = (sg > 0 and d > 0) or (sg < 0 and d < 0) or sg == 0
    v, r, dp = _verdict_num(stated, abs(d))
    rel = (q(cur) / q(prev) - 1) * 100
    vr, rr, _ = _verdict_num(stated, abs(rel))
    note = f"{what + ': ' if what else ''}points {cur} - {prev} = {fmt(d, max(dps(cur), dps(prev)))}; relative {exact(rel)} %"
    if ok_sign and v in (CONS, ROUND):
        verdict = v
        note += ' -> points reading holds' + (' (truncated)' if v == ROUND else '')
    elif ok_sign and vr == CONS:
        verdict = CONS
        note += ' -> relative reading holds'
    else:
        verdict = INC
        note += ' -> neither reading gives ' + stated
    right = fmt(r, dp) + ('%' if stated.endswith('%') else '')
    return _claim(expect, anchor, 'points', stated, verdict, right, note)


def repeat(expect, anchor, stated, orig, where):
    verdict = CONS if q(stated) == q(orig) else INC
    note = f"same quantity stated as {orig} {where}; here {stated}"
    return _claim(expect, anchor, 'repeat', stated, verdict, orig, note)


def term(expect, anchor, stated, correct, why):
    verdict = CONS if stated == correct else INC
    note = f"{why}; names '{stated}'" + ('' if verdict == CONS else f", should be '{correct}'")
    return _claim(expect, anchor, 'term', stated, verdict, correct, note)


def product(expect, anchor, base, pct, stated, what='', kind='share'):
    """stated amount = base x pct / 100 (a share applied to a stated base)."""
    value = q(base) * q(pct) / 100
    v, r, dp = _verdict_num(stated, value)
    note = f"{what + ': ' if what else ''}{base} x {pct}% = {exact(value)} -> {fmt(r, dp)}"
    return _claim(expect, anchor, kind, stated, v, fmt(r, dp), note)


def amb(anchor, kind, fig, note):
    assert fig in anchor, (anchor, fig)
    return {'anchor': anchor, 'kind': kind, 'verdict': AMB, 'note': note}

# ---------------------------------------------------------------- drafts

class Draft:
    def __init__(self, name):
        self.name = name
        self.body = []      # list of (lines, claims)
        self.notes = []     # footnotes: (line, claims)

    def p(self, text, *claims):
        """A paragraph; '[FN]' marks a footnote reference exported as '[' newline ']'."""
        parts = text.split('[FN]')
        lines = []
        for i, part in enumerate(parts):
            s = part
            if i > 0:
                s = ']' + s
            if i < len(parts) - 1:
                s = s + '['
            lines.append(s)
        self.body.append((lines, list(claims)))

    def fn(self, text, *claims):
        self.notes.append(([FN_MARK + text], list(claims)))

    def build(self):
        all_lines, labels = [], []
        for lines, claims in self.body + self.notes:
            start = len(all_lines)
            all_lines.extend(lines)
            for c in claims:
                hits = [i for i, ln in enumerate(lines) if c['anchor'] in ln]
                assert len(hits) == 1, (self.name, c['anchor'], hits)
                ln = lines[hits[0]]
                assert ln.count(c['anchor']) == 1, (self.name, c['anchor'])
                labels.append(dict(line=start + hits[0] + 1, **c))
        text = '\n'.join(all_lines) + '\n'
        spans = {}
        for lab in labels:   # anchors of one line must not overlap
            ln = all_lines[lab['line'] - 1]
            a = ln.index(lab['anchor'])
            for (b, e, other) in spans.get(lab['line'], []):
                assert a + len(lab['anchor']) <= b or e <= a, (self.name, lab['anchor'], other)
            spans.setdefault(lab['line'], []).append((a, a + len(lab['anchor']), lab['anchor']))
        for lab in labels:   # final check against the written text
            line = text.split('\n')[lab['line'] - 1]
            assert line.count(lab['anchor']) == 1, lab
        n = len(text)
        assert MIN_CHARS <= n <= MAX_CHARS, (self.name, n)
        labels.sort(key=lambda c: c['line'])
        return text, labels


# ======================================================================
# Draft 1 - district public investment disbursement, year 2024
# (numbered sections, "-" / "+" items on their own lines)
# ======================================================================

def draft1():
    d = Draft('v5-01-giai-ngan-dau-tu-cong.txt')
    # capital plan 2024 by source (tỷ đồng)
    TW, TINH, HUYEN, MTQG = '58,400', '96,250', '142,685', '31,120'
    PLAN = '328,455'
    PLAN0, PLAN23 = '305,120', '296,870'
    assert q(TW) + q(TINH) + q(HUYEN) + q(MTQG) == q(PLAN)
    NTM, GN = '21,870', '9,250'
    SDD, XS = '88,500', '21,300'
    PC = '18,600'
    # disbursement (to 31/01/2025)
    dTW, dTINH, dHUYEN, dMTQG = '52,118', '80,905', '121,460', '26,864'
    DISB = '281,347'
    D1231, KBNN = '243,905', '244,612'
    D23 = '237,050'
    dSDD, dGN, dPC = '70,215', '6,950', '17,054'

    d.p("ỦY BAN NHÂN DÂN")
    d.p("HUYỆN LỘC HƯNG")
    d.p("Số: .../BC-UBND")
    d.p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    d.p("Độc lập - Tự do - Hạnh phúc")
    d.p("Lộc Hưng, ngày ... tháng 02 năm 2025")
    d.p("BÁO CÁO")
    d.p("Tình hình thực hiện, giải ngân kế hoạch vốn đầu tư công năm 2024 và kế hoạch vốn năm 2025")
    d.p("Thực hiện Công văn số 2174/SKHĐT-TH ngày 18/12/2024 của Sở Kế hoạch và Đầu tư về việc báo cáo tình hình thực hiện kế hoạch đầu tư công năm 2024; căn cứ Nghị quyết số 45/NQ-HĐND ngày 20/12/2023 của Hội đồng nhân dân huyện về kế hoạch đầu tư công năm 2024, Ủy ban nhân dân huyện báo cáo kết quả thực hiện như sau:")
    d.p("Ngay từ đầu năm, Ủy ban nhân dân huyện đã ban hành Kế hoạch số 27/KH-UBND ngày 25/01/2024 về đẩy mạnh giải ngân vốn đầu tư công năm 2024, phân công lãnh đạo UBND huyện trực tiếp theo dõi, đôn đốc từng dự án; định kỳ hằng tháng tổ chức giao ban với các chủ đầu tư, nhà thầu để kịp thời tháo gỡ khó khăn, vướng mắc về thủ tục đầu tư, bồi thường giải phóng mặt bằng và nguồn vật liệu san lấp.")
    d.p("I. TÌNH HÌNH GIAO VÀ ĐIỀU CHỈNH KẾ HOẠCH VỐN NĂM 2024")
    d.p("1. Kế hoạch vốn")
    d.p(f"Tổng kế hoạch vốn đầu tư công năm 2024 của huyện sau điều chỉnh, bổ sung là {PLAN} tỷ đồng, tăng 23,335 tỷ đồng so với kế hoạch giao đầu năm ({PLAN0} tỷ đồng tại Quyết định số 3512/QĐ-UBND ngày 22/12/2023 của UBND huyện) và bằng 110,63% kế hoạch năm 2023 ({PLAN23} tỷ đồng); cơ cấu theo nguồn vốn cụ thể:",
        sumc(CONS, f"là {PLAN} tỷ đồng", PLAN, [TW, TINH, HUYEN, MTQG], 'plan by source (items on the following lines)'),
        diffc(CONS, "tăng 23,335 tỷ đồng", PLAN, PLAN0, '23,335', 'tăng', 'adjusted vs initial plan'),
        ratio(ROUND, "bằng 110,63%", PLAN, PLAN23, '110,63%', what='plan 2024 / plan 2023'))
    d.p(f"- Vốn ngân sách Trung ương: {TW} tỷ đồng, chiếm 17,78%;",
        share(CONS, "chiếm 17,78%", TW, PLAN, '17,78%', 'total plan'))
    d.p(f"- Vốn ngân sách tỉnh hỗ trợ có mục tiêu: {TINH} tỷ đồng, chiếm 29,30%;",
        share(CONS, "chiếm 29,30%", TINH, PLAN, '29,30%', 'total plan'))
    d.p(f"- Vốn ngân sách huyện: {HUYEN} tỷ đồng, chiếm 43,44% (gấp 2,44 lần vốn ngân sách Trung ương), trong đó vốn từ nguồn thu tiền sử dụng đất {SDD} tỷ đồng, vốn xổ số kiến thiết {XS} tỷ đồng;",
        share(CONS, "chiếm 43,44%", HUYEN, PLAN, '43,44%', 'total plan'),
        ratio(CONS, "gấp 2,44 lần", HUYEN, TW, '2,44', scale=1, what='district / central budget capital', unit=''),
        subset(CONS, f"nguồn thu tiền sử dụng đất {SDD} tỷ đồng", HUYEN, [SDD, XS], SDD))
    d.p(f"- Vốn các chương trình mục tiêu quốc gia: {MTQG} tỷ đồng, chiếm 9,47% (gồm Chương trình mục tiêu quốc gia xây dựng nông thôn mới {NTM} tỷ đồng; Chương trình mục tiêu quốc gia giảm nghèo bền vững {GN} tỷ đồng).",
        share(CONS, "chiếm 9,47%", MTQG, PLAN, '9,47%', 'total plan'),
        sumc(CONS, f"{MTQG} tỷ đồng", MTQG, [NTM, GN]))
    d.p(f"Trong vốn ngân sách huyện có {PC} tỷ đồng phân cấp cho 11 xã, thị trấn trực tiếp quản lý, làm chủ đầu tư các công trình quy mô nhỏ, kỹ thuật không phức tạp theo Nghị quyết số 12/2021/NQ-HĐND của Hội đồng nhân dân tỉnh.",
        subset(CONS, f"có {PC} tỷ đồng phân cấp", HUYEN, [PC], PC))
    d.p("2. Phân bổ kế hoạch vốn")
    d.p("Kế hoạch vốn sau điều chỉnh được phân bổ chi tiết cho 86 dự án, gồm 19 dự án chuyển tiếp, 58 dự án khởi công mới và 09 dự án chuẩn bị đầu tư; bình quân mỗi dự án được bố trí 3,82 tỷ đồng. Việc phân bổ bảo đảm thứ tự ưu tiên theo Điều 51 Luật Đầu tư công, không dàn trải, ưu tiên thanh toán nợ đọng xây dựng cơ bản và các dự án chuyển tiếp.",
        sumc(CONS, "cho 86 dự án", '86', ['19', '58', '09'], 'projects by stage'),
        ratio(CONS, "3,82 tỷ đồng", PLAN, '86', '3,82', scale=1, what='average capital per project (tỷ đồng)', unit=''))
    d.p("Chia theo lĩnh vực đầu tư, 86 dự án gồm:",
        sumc(CONS, "86 dự án gồm", '86', ['27', '12', '21', '05', '08', '13'], 'projects by sector (items on the following lines)'))
    d.p("+ Giao thông: 27 dự án;")
    d.p("+ Thủy lợi, nông nghiệp: 12 dự án;")
    d.p("+ Giáo dục và đào tạo: 21 dự án;")
    d.p("+ Y tế: 05 dự án;")
    d.p("+ Văn hóa - thể thao: 08 dự án;")
    d.p("+ Trụ sở làm việc, hạ tầng kỹ thuật khác: 13 dự án.")
    d.p("II. KẾT QUẢ THỰC HIỆN VÀ GIẢI NGÂN")
    d.p("1. Kết quả giải ngân chung")
    d.p(f"Tính đến ngày 31/12/2024, toàn huyện giải ngân {D1231} tỷ đồng, đạt 74,26% kế hoạch. Đến hết ngày 31/01/2025 (thời hạn giải ngân kế hoạch năm 2024 theo khoản 2 Điều 68 Luật Đầu tư công số 39/2019/QH14), giá trị giải ngân đạt {DISB} tỷ đồng, bằng 85,66% kế hoạch vốn sau điều chỉnh và bằng 92,21% kế hoạch giao đầu năm. So với cùng kỳ năm 2023 (giải ngân {D23} tỷ đồng, đạt 79,85% kế hoạch), giá trị giải ngân tăng 44,297 tỷ đồng, tăng 18,68%; tỷ lệ giải ngân cao hơn 5,81%.",
        share(CONS, "đạt 74,26%", D1231, PLAN, '74,26%', 'adjusted plan'),
        share(CONS, "bằng 85,66%", DISB, PLAN, '85,66%', 'adjusted plan'),
        share(CONS, "bằng 92,21%", DISB, PLAN0, '92,21%', 'initial plan'),
        term(CONS, "cùng kỳ năm 2023", 'cùng kỳ năm 2023', 'cùng kỳ năm 2023', 'report year 2024, same period of the previous year'),
        share(CONS, "đạt 79,85%", D23, PLAN23, '79,85%', '2023 plan stated in section I.1'),
        diffc(CONS, "tăng 44,297 tỷ đồng", DISB, D23, '44,297', 'tăng'),
        ratio(ROUND, "tăng 18,68%", DISB, D23, '18,68%', minus=100, what='relative increase'),
        points(CONS, "cao hơn 5,81%", '85,66', '79,85', '5,81%', 'cao hơn', 'disbursement rate 2024 vs 2023'))
    d.p(f"Theo số liệu đối chiếu với Kho bạc Nhà nước khu vực, giá trị giải ngân đến ngày 31/12/2024 là {KBNN} tỷ đồng, chênh lệch 0,707 tỷ đồng so với số tổng hợp từ báo cáo của các chủ đầu tư; nguyên nhân do một số chủ đầu tư cấp xã chưa cập nhật kịp thời chứng từ thanh toán.",
        amb(f"là {KBNN} tỷ đồng", 'repeat', KBNN,
            f"Disbursement at 31/12/2024 is {D1231} (owners' reports) and {KBNN} (Treasury reconciliation): same date, two sources with a stated reason; neither can be called the wrong one."),
        diffc(CONS, "chênh lệch 0,707 tỷ đồng", KBNN, D1231, '0,707', 'chênh lệch'))
    d.p("2. Giải ngân theo nguồn vốn")
    d.p(f"Trong tổng số {DISB} tỷ đồng đã giải ngân đến ngày 31/01/2025, chia ra:",
        sumc(CONS, f"Trong tổng số {DISB} tỷ đồng", DISB, [dTW, dTINH, dHUYEN, dMTQG], 'disbursed by source (items on the following lines)'))
    d.p(f"- Vốn ngân sách Trung ương: {dTW}/{TW} tỷ đồng, đạt 89,24%;",
        frac(CONS, f"{dTW}/{TW} tỷ đồng, đạt 89,24%", dTW, TW, '89,24%', whole=TW, whole_desc='(central plan)'))
    d.p(f"- Vốn ngân sách tỉnh: {dTINH} tỷ đồng, đạt 84,60% (cùng kỳ đạt 81,02%);",
        share(INC, "đạt 84,60%", dTINH, TINH, '84,60%', 'provincial plan'))
    d.p(f"- Vốn ngân sách huyện: {dHUYEN} tỷ đồng, đạt 85,12%; riêng nguồn thu tiền sử dụng đất giải ngân {dSDD} tỷ đồng, bằng 79,34% số vốn bố trí từ nguồn này do tiến độ thu tiền sử dụng đất đạt thấp;",
        share(CONS, "đạt 85,12%", dHUYEN, HUYEN, '85,12%', 'district plan'),
        share(CONS, "bằng 79,34%", dSDD, SDD, '79,34%', 'land-use-fee capital stated in section I.1'))
    d.p(f"- Vốn các chương trình mục tiêu quốc gia: {dMTQG} tỷ đồng, đạt 86,32%; trong đó Chương trình giảm nghèo bền vững giải ngân {dGN} tỷ đồng, đạt 75,13%.",
        share(CONS, "đạt 86,32%", dMTQG, MTQG, '86,32%', 'national target programmes plan'),
        subset(CONS, f"giải ngân {dGN} tỷ đồng", dMTQG, [dGN], dGN),
        share(ROUND, "đạt 75,13%", dGN, GN, '75,13%', 'poverty programme plan'))
    d.p(f"Vốn ngân sách huyện phân cấp cho cấp xã giải ngân {dPC} tỷ đồng, đạt 91,69%; có 08/11 xã, thị trấn giải ngân hết 100% kế hoạch vốn được phân cấp, chiếm 72,73%.",
        share(CONS, "đạt 91,69%", dPC, PC, '91,69%', 'decentralised capital'),
        frac(CONS, "08/11 xã, thị trấn giải ngân hết 100% kế hoạch vốn được phân cấp, chiếm 72,73%", '08', '11', '72,73%', whole='11', whole_desc='(11 communes stated in section I.1)'))
    d.p("3. Tiến độ thực hiện các dự án")
    d.p("Trong năm, đã hoàn thành, bàn giao đưa vào sử dụng 31 dự án (gồm 14 dự án giao thông, 06 dự án thủy lợi, 08 dự án giáo dục, 02 dự án y tế, 01 dự án văn hóa), tăng 05 dự án so với năm 2023 (26 dự án); khởi công mới 52/58 dự án theo kế hoạch, đạt 89,66%; 06 dự án còn lại chưa khởi công do vướng mặt bằng, điều chỉnh thiết kế.",
        sumc(CONS, "sử dụng 31 dự án", '31', ['14', '06', '08', '02', '01'], 'completed projects'),
        diffc(CONS, "tăng 05 dự án", '31', '26', '05', 'tăng'),
        term(CONS, "so với năm 2023", 'năm 2023', 'năm 2023', 'projects completed in 2024 compared with the previous year'),
        frac(CONS, "52/58 dự án theo kế hoạch, đạt 89,66%", '52', '58', '89,66%', whole='58', whole_desc='(58 new projects, section I.2)'),
        diffc(CONS, "06 dự án còn lại", '58', '52', '06', 'còn'))
    d.p("Tổng số 86 dự án được bố trí vốn năm 2024, có 31 dự án hoàn thành, 48 dự án chuyển tiếp sang năm 2025 và 12 dự án phải giãn, dừng tiến độ theo chủ trương rà soát lại danh mục đầu tư.",
        amb("Tổng số 86 dự án", 'sum', '86',
            "31 + 48 + 12 = 91 > 86; projects slowed or stopped may also be among those carried over to 2025, so the groups may overlap: cannot decide."),
        repeat(CONS, "có 31 dự án hoàn thành", '31', '31', '(completed projects, previous paragraph)'))
    d.p("4. Công tác bồi thường, giải phóng mặt bằng")
    d.p("Tổng số hộ bị ảnh hưởng bởi các dự án là 412 hộ; đã chi trả tiền bồi thường, hỗ trợ cho 387 hộ (đạt 93,93%) với tổng số tiền 38,462 tỷ đồng, bình quân 93,4 triệu đồng/hộ; còn 25 hộ chưa nhận tiền, trong đó 09 hộ có đơn kiến nghị về đơn giá bồi thường, 11 hộ chưa thống nhất phương án tái định cư, 07 hộ vắng mặt tại địa phương.",
        share(CONS, "(đạt 93,93%)", '387', '412', '93,93%', 'affected households'),
        ratio(INC, "bình quân 93,4 triệu", '38.462', '387', '93,4', scale=1, what='compensation per paid household (triệu đồng; 93,4 = 38.462/412, all affected households)', unit=''),
        diffc(CONS, "còn 25 hộ", '412', '387', '25', 'còn'),
        amb("trong đó 09 hộ có đơn kiến nghị", 'sum', '09',
            "09 + 11 + 07 = 27 > 25 unpaid households; a household may both contest the price and disagree on resettlement, so the groups may overlap."))
    d.p("5. Vốn kế hoạch năm trước kéo dài")
    d.p("Kế hoạch vốn năm 2023 được phép kéo dài thời gian thực hiện, giải ngân sang năm 2024 là 14,260 tỷ đồng; đến ngày 31/12/2024 đã giải ngân 12.980 triệu đồng, đạt 91.02%, số vốn còn lại 1,280 tỷ đồng không giải ngân hết phải hủy dự toán theo quy định.",
        amb("đạt 91.02%", 'share', '91.02%',
            "'91.02%' uses a dot: read as a decimal it equals 12.980 triệu / 14,260 tỷ = 91,024 % -> 91,02; the format itself is ambiguous (9.102 %?)."),
        diffc(CONS, "còn lại 1,280 tỷ đồng", '14,260', '12,980', '1,280', 'còn', 'unit mix: 12.980 triệu = 12,980 tỷ'))
    d.p("III. ĐÁNH GIÁ CHUNG")
    d.p(f"1. Kết quả đạt được: Công tác giải ngân vốn đầu tư công năm 2024 được các cấp, các ngành tập trung chỉ đạo quyết liệt; tổng giá trị giải ngân cả năm 281,374 tỷ đồng, tỷ lệ giải ngân đạt 85,66%, cao hơn 5,81% so với cùng kỳ năm 2022 và cao hơn mức bình quân chung của tỉnh (83,12%). Tỷ lệ giải ngân vốn ngân sách Trung ương (89,24%) và vốn các chương trình mục tiêu quốc gia (86,32%) đều cao hơn tỷ lệ chung; nhiều công trình hoàn thành đã phát huy hiệu quả, góp phần hoàn thành các tiêu chí xã nông thôn mới nâng cao.",
        repeat(INC, "281,374 tỷ đồng", '281,374', DISB, '(section II.1, and the sum of the sources)'),
        repeat(CONS, "đạt 85,66%", '85,66%', '85,66%', '(section II.1)'),
        term(INC, "cùng kỳ năm 2022", 'cùng kỳ năm 2022', 'cùng kỳ năm 2023', 'the 5,81 point gap is 2024 vs 2023 (79,85%) in section II.1'),
        repeat(CONS, "cao hơn 5,81%", '5,81%', '5,81%', '(gap in disbursement rate, section II.1)'),
        repeat(CONS, "(89,24%)", '89,24%', '89,24%', '(section II.2)'),
        repeat(CONS, "(86,32%)", '86,32%', '86,32%', '(section II.2)'))
    d.p("2. Tồn tại, hạn chế: Vẫn còn 14/86 dự án giải ngân dưới 50% kế hoạch vốn, chiếm 16,28%; tiến độ thu tiền sử dụng đất chỉ đạt ...% dự toán nên chưa bảo đảm nguồn cho các dự án khởi công mới; công tác lập, thẩm định hồ sơ, điều chỉnh chủ trương đầu tư của một số dự án còn chậm; năng lực của một số chủ đầu tư cấp xã, đơn vị tư vấn còn hạn chế; việc lập hồ sơ thanh toán khối lượng hoàn thành chưa kịp thời, dồn vào cuối năm.",
        frac(CONS, "14/86 dự án giải ngân dưới 50% kế hoạch vốn, chiếm 16,28%", '14', '86', '16,28%', whole='86', whole_desc='(projects, section I.2)'))
    d.p("3. Nguyên nhân: Giá vật liệu xây dựng tăng cao trong quý II và quý III; một số hộ dân chưa đồng thuận với phương án bồi thường; một số chủ đầu tư chưa quyết liệt, còn tâm lý chờ đến cuối năm mới lập hồ sơ thanh toán.")
    d.p("IV. KẾ HOẠCH VỐN NĂM 2025 VÀ GIẢI PHÁP")
    d.p(f"Kế hoạch vốn đầu tư công năm 2025 được Hội đồng nhân dân huyện giao tại Nghị quyết số 38/NQ-HĐND ngày 19/12/2024 là 352,780 tỷ đồng, tăng 24,325 tỷ đồng so với kế hoạch năm 2024 sau điều chỉnh, tăng 7,41%; trong đó vốn ngân sách huyện 160,500 tỷ đồng, tăng 12,49% so với năm 2024. Kế hoạch bố trí vốn cho 74 dự án, gồm 48 dự án chuyển tiếp, 21 dự án khởi công mới và 06 dự án chuẩn bị đầu tư.",
        diffc(CONS, "tăng 24,325 tỷ đồng", '352,780', PLAN, '24,325', 'tăng'),
        ratio(CONS, "tăng 7,41%", '352,780', PLAN, '7,41%', minus=100, what='relative increase of the plan'),
        ratio(CONS, "tăng 12,49%", '160,500', HUYEN, '12,49%', minus=100, what='district budget capital 2025 vs 2024'),
        term(CONS, "so với năm 2024", 'năm 2024', 'năm 2024', 'plan 2025 compared with the previous year'),
        subset(CONS, "vốn ngân sách huyện 160,500 tỷ đồng", '352,780', ['160,500'], '160,500'),
        sumc(INC, "cho 74 dự án", '74', ['48', '21', '06'], 'projects 2025'),
        repeat(CONS, "48 dự án chuyển tiếp", '48', '48', '(projects carried over to 2025, section II.3)'))
    d.p("Mục tiêu: phấn đấu tỷ lệ giải ngân năm 2025 đạt trên 95% kế hoạch, tương ứng khoảng 335,1 tỷ đồng; giải quyết dứt điểm vướng mắc về mặt bằng của 06 dự án chưa khởi công và 25 hộ chưa nhận tiền bồi thường. Các giải pháp chủ yếu:",
        product(CONS, "khoảng 335,1 tỷ đồng", '352,780', '95', '335,1', 'target amount for 95% of plan 2025'),
        repeat(CONS, "06 dự án chưa khởi công", '06', '06', '(section II.3)'),
        repeat(CONS, "25 hộ chưa nhận tiền", '25', '25', '(section II.4)'))
    d.p("- Tiếp tục thực hiện nghiêm Chỉ thị số 05/CT-UBND ngày 10/3/2025 của Chủ tịch UBND huyện về đẩy mạnh giải ngân vốn đầu tư công; gắn trách nhiệm người đứng đầu với kết quả giải ngân, xem đây là tiêu chí đánh giá mức độ hoàn thành nhiệm vụ năm 2025.")
    d.p("- Thành lập các tổ công tác đặc biệt do lãnh đạo UBND huyện làm tổ trưởng để tháo gỡ vướng mắc về bồi thường, hỗ trợ, tái định cư; kiên quyết điều chuyển vốn của các dự án chậm tiến độ sang dự án có khả năng giải ngân tốt.")
    d.p("- Các chủ đầu tư khẩn trương hoàn thiện thủ tục đầu tư, lựa chọn nhà thầu đối với các dự án khởi công mới; lập hồ sơ thanh toán ngay khi có khối lượng nghiệm thu, không để dồn vào cuối năm.")
    d.p("- Phòng Tài chính - Kế hoạch chủ trì, phối hợp với Kho bạc Nhà nước khu vực theo dõi, tổng hợp tình hình giải ngân hằng tháng, báo cáo UBND huyện trước ngày ... hằng tháng.")
    d.p("Trên đây là báo cáo tình hình thực hiện, giải ngân kế hoạch vốn đầu tư công năm 2024 và kế hoạch năm 2025 của Ủy ban nhân dân huyện./.")
    d.p("Nơi nhận: - Sở Kế hoạch và Đầu tư; - TT Huyện ủy, TT HĐND huyện; - CT, các PCT UBND huyện; - Lưu: VT.")
    return d


# ======================================================================
# Draft 2 - political report, district Veterans' Association congress
# (long run-on paragraphs, few headings)
# ======================================================================

def draft2():
    d = Draft('v5-02-bao-cao-chinh-tri-hoi-ccb.txt')
    HV0, HV = '4.039', '4.326'
    CCB, CQN, DV = '3.512', '814', '2.874'
    assert q(CCB) + q(CQN) == q(HV)
    KN, GIAM = '612', '325'
    assert q(HV0) + q(KN) - q(GIAM) == q(HV)
    DN, DN0 = '68,742', '47,424'
    NGHEO0, NGHEO = '186', '29'

    d.p("HỘI CỰU CHIẾN BINH VIỆT NAM")
    d.p("BAN CHẤP HÀNH HỘI CCB HUYỆN PHÚ LÂM")
    d.p("Số: ...-BC/HCCB")
    d.p("Phú Lâm, ngày ... tháng 6 năm 2022")
    d.p("BÁO CÁO CHÍNH TRỊ")
    d.p("của Ban Chấp hành Hội Cựu chiến binh huyện khóa VI trình Đại hội đại biểu Hội Cựu chiến binh huyện lần thứ VII, nhiệm kỳ 2022 - 2027")
    d.p("Phần thứ nhất: KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI LẦN THỨ VI, NHIỆM KỲ 2017 - 2022")
    d.p(f"Đại hội đại biểu Hội Cựu chiến binh huyện lần thứ VI, nhiệm kỳ 2017 - 2022 diễn ra trong bối cảnh toàn Đảng bộ huyện đang ra sức thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XX; Đại hội đã thông qua Nghị quyết với 03 chương trình, 12 chỉ tiêu chủ yếu và bầu Ban Chấp hành khóa VI gồm 27 đồng chí. Khi bước vào nhiệm kỳ, toàn huyện có 21 cơ sở Hội (gồm 19 Hội Cựu chiến binh xã, thị trấn và 02 Hội Cựu chiến binh khối cơ quan huyện) với 164 chi hội và {HV0} hội viên; đến ngày 30/4/2022 có 168 chi hội, tăng 04 chi hội, tổng số {HV} hội viên, tăng 287 hội viên so với đầu nhiệm kỳ. Trong {HV} hội viên có {CCB} cựu chiến binh, chiếm 81,18% và {CQN} cựu quân nhân, chiếm 18,82%; hội viên là đảng viên {DV} đồng chí, chiếm 66,43%; hội viên nữ 96 người, hội viên là người dân tộc thiểu số 142 người; chia theo thời kỳ tham gia quân đội, {CCB} cựu chiến binh gồm: thời kỳ kháng chiến chống thực dân Pháp 38 đồng chí, kháng chiến chống Mỹ cứu nước 1.205 đồng chí, thời kỳ bảo vệ Tổ quốc và làm nhiệm vụ quốc tế sau ngày 30/4/1975 là 2.269 đồng chí; trong số cựu chiến binh có 412 thương binh, 286 bệnh binh, 318 người bị ảnh hưởng chất độc da cam/dioxin. Đa số hội viên tuổi cao, sức yếu, nhiều đồng chí còn khó khăn về kinh tế, song luôn giữ vững bản chất, truyền thống “Bộ đội Cụ Hồ”, tin tưởng tuyệt đối vào sự lãnh đạo của Đảng.",
        sumc(CONS, "có 21 cơ sở Hội", '21', ['19', '02'], 'grassroots associations'),
        diffc(CONS, "tăng 04 chi hội", '168', '164', '04', 'tăng'),
        diffc(CONS, "tăng 287 hội viên", HV, HV0, '287', 'tăng'),
        sumc(CONS, f"Trong {HV} hội viên", HV, [CCB, CQN], 'veterans + former soldiers'),
        share(CONS, "chiếm 81,18%", CCB, HV, '81,18%', 'members'),
        share(CONS, "chiếm 18,82%", CQN, HV, '18,82%', 'members'),
        share(ROUND, "chiếm 66,43%", DV, HV, '66,43%', 'members'),
        subset(CONS, "hội viên nữ 96 người", HV, ['96', '142'], '96', disjoint=False),
        sumc(CONS, f"{CCB} cựu chiến binh gồm", CCB, ['38', '1.205', '2.269'], 'veterans by period of service (base: the 3.512 veterans, not all members)'),
        subset(CONS, "có 412 thương binh", CCB, ['412', '286', '318'], '412', disjoint=False))
    d.p("Trong nhiệm kỳ, được sự quan tâm lãnh đạo, chỉ đạo của Thường trực Huyện ủy, Hội Cựu chiến binh tỉnh, sự phối hợp của chính quyền, Mặt trận Tổ quốc và các đoàn thể, Ban Chấp hành Hội Cựu chiến binh huyện đã tập trung lãnh đạo thực hiện 03 chương trình công tác Hội và các phong trào thi đua, đạt được những kết quả quan trọng như sau.")
    d.p("Về công tác tuyên truyền, giáo dục chính trị, tư tưởng, các cấp Hội đã bám sát Chỉ thị số 03/CT-HCCB ngày 12/02/2018 của Thường trực Trung ương Hội, tổ chức 86 lớp học tập, quán triệt nghị quyết, chỉ thị của Đảng và tập huấn nghiệp vụ công tác Hội với 6.845 lượt cán bộ, hội viên tham gia, bình quân 80 lượt người/lớp; phối hợp với nhà trường, Đoàn Thanh niên tổ chức các buổi nói chuyện truyền thống cho học sinh, đoàn viên thanh niên; kịp thời nắm bắt, định hướng tư tưởng, không để hội viên bị lôi kéo tham gia khiếu kiện đông người, vượt cấp; đấu tranh phản bác các quan điểm sai trái, thù địch trên không gian mạng.",
        ratio(CONS, "bình quân 80 lượt", '6.845', '86', '80', scale=1, what='participants per class', unit=''))
    d.p(f"Công tác xây dựng tổ chức Hội trong sạch vững mạnh được chú trọng; nhiệm kỳ qua kết nạp mới {KN} hội viên, đạt 122,4% chỉ tiêu Đại hội đề ra (500 hội viên), trong đó năm 2018 kết nạp 118, năm 2019 là 125, năm 2020 là 131, năm 2021 là 142 và 6 tháng đầu năm 2022 là 89 hội viên; do từ trần, chuyển sinh hoạt, giảm {GIAM} hội viên. Kết quả đánh giá chất lượng năm 2021 có 21 cơ sở Hội được đánh giá, trong đó 19 cơ sở đạt trong sạch vững mạnh (90,47%), 02 cơ sở xếp loại khá; hội viên xếp loại tốt 3.987/4.298 hội viên được đánh giá, đạt 92,76%, trong đó xuất sắc 1.106 hội viên. Ban Chấp hành khóa VI có 27 đồng chí, trong nhiệm kỳ giảm 03 đồng chí (nghỉ hưu 01, chuyển công tác 01, từ trần 01), bổ sung 02 đồng chí, đến nay còn 25 đồng chí; Ban Thường vụ, Ủy ban Kiểm tra duy trì nghiêm chế độ sinh hoạt, thực hiện đúng Điều lệ Hội và Quy chế làm việc.",
        share(CONS, "đạt 122,4%", KN, '500', '122,4%', 'congress target'),
        amb(f"kết nạp mới {KN} hội viên", 'sum', KN,
            "Yearly admissions 118 + 125 + 131 + 142 + 89 = 605 < 612; the term began in 2017 and the late-2017 admissions are not listed, so the gap may be that part."),
        diffc(CONS, f"giảm {GIAM} hội viên", HV, '4.651', GIAM, 'giảm', 'stock-flow: members now 4.326 vs 4.039 + 612 admitted = 4.651'),
        sumc(CONS, "có 21 cơ sở Hội được đánh giá", '21', ['19', '02'], 'ratings 2021'),
        share(ROUND, "(90,47%)", '19', '21', '90,47%', 'associations rated'),
        frac(CONS, "3.987/4.298 hội viên được đánh giá, đạt 92,76%", '3.987', '4.298', '92,76%'),
        subset(CONS, "xuất sắc 1.106 hội viên", '3.987', ['1.106'], '1.106'),
        repeat(CONS, "khóa VI có 27 đồng chí", '27', '27', '(committee elected at the VI congress, first paragraph)'),
        sumc(CONS, "giảm 03 đồng chí", '03', ['01', '01', '01'], 'committee members leaving'),
        diffc(INC, "còn 25 đồng chí", '29', '03', '25', 'còn', 'committee 27 + 02 added = 29, minus 03 left'))
    d.p(f"Phong trào cựu chiến binh giúp nhau phát triển kinh tế, giảm nghèo tiếp tục phát triển sâu rộng; đến nay Hội nhận ủy thác vốn vay của Ngân hàng Chính sách xã hội huyện với tổng dư nợ {DN} tỷ đồng cho 4.205 hộ vay, bình quân 16.35 triệu đồng/hộ, tăng 21,318 tỷ đồng so với đầu nhiệm kỳ ({DN0} tỷ đồng), tăng 44,95%; nợ quá hạn 0,186 tỷ đồng, chiếm 0,27% tổng dư nợ. Số hộ hội viên nghèo đầu nhiệm kỳ {NGHEO0} hộ (chiếm 4,60% số hội viên), đến cuối năm 2021 còn {NGHEO} hộ (chiếm 0,67%), giảm 157 hộ, tương ứng giảm 84,41% số hộ nghèo, vượt chỉ tiêu Đại hội (giảm 80%); số hộ khá, giàu tăng từ 1.024 hộ lên 1.612 hộ, tăng 588 hộ, gấp 1,57 lần đầu nhiệm kỳ; nhiều mô hình kinh tế trang trại, gia trại, dịch vụ của hội viên cho thu nhập từ 500 triệu đồng/năm trở lên, tạo việc làm cho con em hội viên và lao động địa phương. Nguồn quỹ Hội được xây dựng, quản lý công khai, sử dụng đúng mục đích.",
        amb("bình quân 16.35 triệu", 'ratio', '16.35',
            "68,742 tỷ / 4.205 hộ = 16,348 triệu -> 16,35 if '16.35' is read as a decimal; with the dot it reads 16.350 triệu: the format is ambiguous."),
        diffc(CONS, "tăng 21,318 tỷ đồng", DN, DN0, '21,318', 'tăng'),
        ratio(CONS, "tăng 44,95%", DN, DN0, '44,95%', minus=100, what='relative increase of outstanding loans'),
        share(CONS, "chiếm 0,27%", '0,186', DN, '0,27%', 'outstanding loans'),
        share(ROUND, "chiếm 4,60%", NGHEO0, HV0, '4,60%', 'members at the start of the term'),
        share(CONS, "chiếm 0,67%", NGHEO, HV, '0,67%', 'members now'),
        diffc(CONS, "giảm 157 hộ", NGHEO, NGHEO0, '157', 'giảm'),
        ratio(CONS, "giảm 84,41%", '157', NGHEO0, '84,41%', what='share of poor households lifted out (>= 80% target)'),
        diffc(CONS, "tăng 588 hộ", '1.612', '1.024', '588', 'tăng'),
        ratio(CONS, "gấp 1,57 lần", '1.612', '1.024', '1,57', scale=1, unit=''),
        )
    d.p(f"Công tác chính sách, phát huy truyền thống nghĩa tình đồng đội luôn được các cấp Hội quan tâm; quỹ “Nghĩa tình đồng đội” các cấp vận động được 3,575 tỷ đồng, gồm: xây dựng, sửa chữa nhà 2,730 tỷ đồng, thăm hỏi, tặng quà 0,815 tỷ đồng, hỗ trợ khám chữa bệnh 0,210 tỷ đồng; đã xây mới 42 nhà nghĩa tình đồng đội với tổng số tiền 2,730 tỷ đồng, bình quân 65 triệu đồng/nhà, gấp 1,5 lần so với nhiệm kỳ 2012 - 2017 (28 nhà). Hội đã phối hợp đề nghị giải quyết chế độ, chính sách cho 158 trường hợp, đã được giải quyết 143 trường hợp, đạt 90,51%; thường xuyên thăm hỏi, chăm lo cho 698 thương binh, bệnh binh (chiếm 16,13% số cựu chiến binh) và 356 hội viên có hoàn cảnh khó khăn, trong đó thuộc hộ nghèo 29, hộ cận nghèo 118, ốm đau thường xuyên 231 người.",
        sumc(INC, "được 3,575 tỷ đồng", '3,575', ['2,730', '0,815', '0,210'], 'fund by use'),
        repeat(CONS, "tổng số tiền 2,730 tỷ đồng", '2,730', '2,730', '(house building, same sentence)'),
        ratio(CONS, "bình quân 65 triệu", '2.730', '42', '65', scale=1, what='cost per house (triệu đồng)', unit=''),
        ratio(CONS, "gấp 1,5 lần", '42', '28', '1,5', scale=1, unit=''),
        term(CONS, "nhiệm kỳ 2012 - 2017", 'nhiệm kỳ 2012 - 2017', 'nhiệm kỳ 2012 - 2017', 'houses of the 2017 - 2022 term compared with the term before'),
        share(CONS, "đạt 90,51%", '143', '158', '90,51%', 'cases proposed'),
        sumc(CONS, "698 thương binh, bệnh binh", '698', ['412', '286'], 'war invalids + sick soldiers (first paragraph)'),
        share(INC, "chiếm 16,13%", '698', CCB, '16,13%', 'veterans, as the text says; 16,13% is 698 / 4.326 members'),
        amb("356 hội viên có hoàn cảnh khó khăn", 'sum', '356',
            "29 + 118 + 231 = 378 > 356, but chronically ill members may also belong to poor or near-poor households: the groups may overlap."))
    d.p(f"Hội viên tích cực tham gia xây dựng Đảng, chính quyền và bảo vệ an ninh trật tự; trong nhiệm kỳ các cấp Hội giới thiệu 74 hội viên ưu tú cho Đảng xem xét kết nạp, đã kết nạp 61 đồng chí, đạt 82,43%, vượt 22% so với chỉ tiêu Đại hội (50 đồng chí); tổ hòa giải có hội viên tham gia đã hòa giải thành 312/347 vụ việc, đạt 89,19%; nhiều hội viên là nòng cốt trong các tổ an ninh tự quản, tổ tự quản đường biên, mốc giới và phong trào toàn dân bảo vệ an ninh Tổ quốc.",
        share(CONS, "đạt 82,43%", '61', '74', '82,43%', 'members introduced'),
        ratio(CONS, "vượt 22%", '61', '50', '22%', minus=100, what='admitted vs congress target'),
        frac(INC, "312/347 vụ việc, đạt 89,19%", '312', '347', '89,19%'))
    d.p("Trong 12 chỉ tiêu Đại hội lần thứ VI đề ra, có 11/12 chỉ tiêu đạt và vượt, chiếm 91,67%, 01 chỉ tiêu chưa đạt (chỉ tiêu về phát triển hội viên nữ); so với khóa V, số chỉ tiêu đạt và vượt tăng 02 chỉ tiêu (khóa V đạt 09/11 chỉ tiêu).",
        sumc(CONS, "Trong 12 chỉ tiêu", '12', ['11', '01'], 'targets met + not met'),
        frac(CONS, "11/12 chỉ tiêu đạt và vượt, chiếm 91,67%", '11', '12', '91,67%', whole='12'),
        term(CONS, "so với khóa V", 'khóa V', 'khóa V', 'the term under review is khóa VI; the previous khóa is V'),
        diffc(CONS, "tăng 02 chỉ tiêu", '11', '09', '02', 'tăng'),
        frac(CONS, "09/11 chỉ tiêu", '09', '11'))
    d.p(f"Nhìn lại nhiệm kỳ 2017 - 2022, có thể khẳng định tổ chức Hội được củng cố vững chắc, số hội viên tăng từ {HV0} lên 4.331 hội viên; dư nợ ủy thác đạt 67,842 tỷ đồng, chất lượng tín dụng được nâng lên; đời sống vật chất, tinh thần của hội viên từng bước được cải thiện. Tuy nhiên, một số cơ sở Hội hoạt động còn hình thức, chưa đề ra được nội dung sinh hoạt phù hợp; việc phát triển hội viên nữ, hội viên trẻ còn khó khăn; một số mô hình kinh tế hiệu quả chưa cao, chưa được nhân rộng. Nguyên nhân chủ yếu do một số cán bộ Hội cơ sở tuổi cao, năng lực hạn chế, kinh phí hoạt động còn hạn hẹp.",
        amb("lên 4.331 hội viên", 'repeat', '4.331',
            "Members are 4.326 at 30/4/2022 in the first paragraph and 4.331 'now' (report of June 2022): different reference dates, so the two values need not agree."),
        repeat(INC, "đạt 67,842 tỷ đồng", '67,842', DN, '(outstanding entrusted loans, economic paragraph)'))
    d.p("Phần thứ hai: PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ NHIỆM KỲ 2022 - 2027")
    d.p(f"Mục tiêu tổng quát của nhiệm kỳ là xây dựng Hội vững mạnh về chính trị, tư tưởng và tổ chức, phát huy bản chất, truyền thống “Bộ đội Cụ Hồ”, tham gia xây dựng Đảng, chính quyền và hệ thống chính trị trong sạch, vững mạnh. Các chỉ tiêu chủ yếu: (1) kết nạp mới từ 550 hội viên trở lên, thấp hơn 62 hội viên so với kết quả nhiệm kỳ 2012 - 2017 do nguồn quân nhân xuất ngũ giảm; (2) hằng năm có từ 95% cơ sở Hội trở lên đạt trong sạch vững mạnh, tương đương ít nhất 20/21 cơ sở Hội; (3) phấn đấu đến năm 2027 không còn hộ hội viên nghèo; (4) tổng dư nợ ủy thác đạt trên 80 tỷ đồng, tăng thêm trên 11,258 tỷ đồng so với hiện nay; (5) 100% hội viên được học tập, quán triệt các nghị quyết của Đảng, Điều lệ Hội.",
        diffc(CONS, "thấp hơn 62 hội viên", '550', KN, '62', 'thấp hơn', 'target 550 vs 612 admitted'),
        term(INC, "nhiệm kỳ 2012 - 2017", 'nhiệm kỳ 2012 - 2017', 'nhiệm kỳ 2017 - 2022', 'the 612 admissions belong to the 2017 - 2022 term, the one before 2022 - 2027'),
        frac(CONS, "ít nhất 20/21 cơ sở Hội", '20', '21', whole='21', whole_desc='(associations); 20/21 = 95,24% >= 95%, 19/21 = 90,48% < 95%'),
        diffc(CONS, "tăng thêm trên 11,258 tỷ đồng", '80', DN, '11,258', 'thêm', 'target 80 tỷ vs 68,742 now'))
    d.p("Ban Chấp hành khóa VII dự kiến gồm 29 đồng chí, tăng 02 đồng chí so với khóa VI, cơ cấu gồm: cán bộ chuyên trách của Hội huyện 07 đồng chí, chủ tịch Hội cơ sở 15 đồng chí, cán bộ Hội khối cơ quan và các ngành 07 đồng chí; trong đó cán bộ dưới 50 tuổi 04 đồng chí, chiếm 13,79%. Để thực hiện thắng lợi các mục tiêu trên, các cấp Hội cần tập trung thực hiện tốt các nhiệm vụ, giải pháp: đổi mới nội dung, phương thức hoạt động hướng mạnh về cơ sở; nâng cao chất lượng đội ngũ cán bộ Hội; chủ động tham mưu với cấp ủy, phối hợp chặt chẽ với chính quyền, Mặt trận và các đoàn thể; làm tốt công tác thi đua, khen thưởng, nhân rộng các điển hình tiên tiến.",
        diffc(CONS, "tăng 02 đồng chí", '29', '27', '02', 'tăng', 'khóa VII vs khóa VI committee'),
        term(CONS, "so với khóa VI", 'khóa VI', 'khóa VI', 'the new committee is khóa VII; the previous is VI'),
        sumc(CONS, "gồm 29 đồng chí", '29', ['07', '15', '07'], 'committee structure'),
        share(CONS, "chiếm 13,79%", '04', '29', '13,79%', 'committee members'))
    d.p("Từ thực tiễn lãnh đạo, chỉ đạo trong nhiệm kỳ, Ban Chấp hành rút ra một số bài học kinh nghiệm: một là, phải thường xuyên bám sát sự lãnh đạo của cấp ủy, sự chỉ đạo của Hội cấp trên, chủ động tham mưu, đề xuất với cấp ủy, chính quyền những chủ trương, giải pháp sát với thực tế; hai là, phải coi trọng xây dựng tổ chức Hội vững mạnh, trọng tâm là nâng cao chất lượng sinh hoạt chi hội và đội ngũ cán bộ Hội cơ sở; ba là, phát huy dân chủ, đoàn kết, gương mẫu, chăm lo lợi ích chính đáng của hội viên; bốn là, phối hợp chặt chẽ với Mặt trận Tổ quốc, các đoàn thể và các cơ quan chức năng trong tổ chức các phong trào.")
    d.p("Với tinh thần “Trung thành - Đoàn kết - Gương mẫu - Đổi mới”, Ban Chấp hành Hội Cựu chiến binh huyện khóa VI tin tưởng rằng Đại hội lần thứ VII sẽ thành công tốt đẹp, đưa phong trào cựu chiến binh huyện nhà tiếp tục phát triển, xứng đáng với sự tin cậy của Đảng và Nhân dân./.")
    return d


# ======================================================================
# Draft 3 - commune report on land, environment and construction order
# (medium paragraphs, footnote references exported as "[" newline "]")
# ======================================================================

def draft3():
    d = Draft('v5-03-dat-dai-moi-truong-xa.txt')
    DT, NN, PNN, CSD = '2.846,52', '2.103,85', '716,40', '26,27'
    HO, NK = '2.318', '9.046'
    HS, HS23, GQ = '412', '375', '386'
    VP, VP23 = '37', '31'
    GP, GP23 = '64', '54'
    THUA, THUA_DK = '6.874', '7.102'

    d.p("ỦY BAN NHÂN DÂN")
    d.p("XÃ TÂN LẬP")
    d.p("Số: 214/BC-UBND")
    d.p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM - Độc lập - Tự do - Hạnh phúc")
    d.p("Tân Lập, ngày 16 tháng 12 năm 2024")
    d.p("BÁO CÁO")
    d.p("Kết quả công tác quản lý đất đai, tài nguyên - môi trường và trật tự xây dựng năm 2024; phương hướng, nhiệm vụ năm 2025")
    d.p("Căn cứ Luật Đất đai số 31/2024/QH15 ngày 18/01/2024; Nghị định số 101/2024/NĐ-CP ngày 29/7/2024 của Chính phủ quy định về điều tra cơ bản đất đai, đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất; thực hiện Công văn số 1856/UBND-TNMT ngày 02/12/2024 của UBND huyện về việc báo cáo công tác tài nguyên và môi trường năm 2024, UBND xã báo cáo như sau:")
    d.p("I. ĐẶC ĐIỂM TÌNH HÌNH")
    d.p(f"Xã Tân Lập có tổng diện tích tự nhiên {DT} ha, gồm đất nông nghiệp {NN} ha (chiếm 73,91%), đất phi nông nghiệp {PNN} ha (chiếm 25,16%) và đất chưa sử dụng {CSD} ha (chiếm 0,92%); toàn xã có 08 thôn với {HO} hộ, {NK} nhân khẩu. Năm 2023, UBND xã đã tiếp nhận {HS23} hồ sơ đất đai, cấp {GP23} giấy phép xây dựng và phát hiện {VP23} trường hợp vi phạm về đất đai, trật tự xây dựng[FN].",
        sumc(CONS, f"tự nhiên {DT} ha", DT, [NN, PNN, CSD], 'land by use'),
        share(CONS, "(chiếm 73,91%)", NN, DT, '73,91%', 'natural area'),
        share(ROUND, "(chiếm 25,16%)", PNN, DT, '25,16%', 'natural area'),
        share(CONS, "(chiếm 0,92%)", CSD, DT, '0,92%', 'natural area'))
    d.p("Trên địa bàn xã có tuyến Quốc lộ đi qua, tốc độ đô thị hóa nhanh, nhu cầu chuyển mục đích sử dụng đất, tách thửa, xây dựng nhà ở tăng cao; giá đất biến động, phát sinh nhiều giao dịch chuyển nhượng bằng giấy tay, gây khó khăn cho công tác quản lý nhà nước về đất đai và trật tự xây dựng.")
    d.p("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024")
    d.p("1. Công tác quản lý đất đai")
    d.p("1.1. Đăng ký đất đai, cấp Giấy chứng nhận")
    d.p(f"Năm 2024, bộ phận tiếp nhận và trả kết quả của xã tiếp nhận {HS} hồ sơ đề nghị đăng ký, cấp Giấy chứng nhận quyền sử dụng đất (GCN) lần đầu và đăng ký biến động, giảm 37 hồ sơ so với năm 2023; đã giải quyết {GQ} hồ sơ, đạt 93,69%, trong đó cấp GCN lần đầu 148 hồ sơ, cấp đổi, cấp lại 97 hồ sơ, đăng ký biến động do chuyển nhượng, thừa kế, tặng cho 141 hồ sơ; trả lại 11 hồ sơ do không đủ điều kiện (đất có nguồn gốc lấn chiếm, đang tranh chấp); đang giải quyết 15 hồ sơ trong thời hạn.",
        sumc(CONS, f"tiếp nhận {HS} hồ sơ", HS, [GQ, '11', '15'], 'files received = settled + returned + pending'),
        diffc(INC, "giảm 37 hồ sơ", HS, HS23, '37', 'giảm', 'files 2024 vs 2023 (375 stated in section I)'),
        term(CONS, "so với năm 2023", 'năm 2023', 'năm 2023', 'files of 2024 compared with the previous year'),
        sumc(CONS, f"đã giải quyết {GQ} hồ sơ", GQ, ['148', '97', '141'], 'settled files by type'),
        share(CONS, "đạt 93,69%", GQ, HS, '93,69%', 'files received'))
    d.p(f"Ước lũy kế đến ngày 31/12/2024, toàn xã đã cấp GCN cho {THUA}/{THUA_DK} thửa đất đủ điều kiện, đạt 96,79%, tăng 1,54% so với năm 2023 (95,25%); còn 228 thửa chưa được cấp, chủ yếu do chưa thống nhất ranh giới, đất có nguồn gốc nhận chuyển nhượng bằng giấy tay[FN].",
        frac(CONS, f"{THUA}/{THUA_DK} thửa đất đủ điều kiện, đạt 96,79%", THUA, THUA_DK, '96,79%'),
        points(CONS, "tăng 1,54%", '96,79', '95,25', '1,54%', 'tăng', 'certification rate 2024 vs 2023'),
        diffc(CONS, "còn 228 thửa", THUA_DK, THUA, '228', 'còn'))
    d.p("1.2. Quản lý quỹ đất công ích, chuyển mục đích sử dụng đất")
    d.p("Quỹ đất công ích do xã quản lý 118,64 ha, trong đó đã cho thuê, giao khoán 102,30 ha, chiếm 86,23%; trong năm đã thu hồi 2,15 ha đất công bị lấn chiếm. Giải quyết 63 hồ sơ chuyển mục đích sử dụng đất với tổng diện tích 4,87 ha, bình quân 773 m²/hồ sơ; việc chuyển mục đích được thực hiện theo đúng kế hoạch sử dụng đất năm 2024 của huyện được UBND tỉnh phê duyệt.",
        share(CONS, "chiếm 86,23%", '102,30', '118,64', '86,23%', 'public land fund'),
        ratio(CONS, "bình quân 773 m²", '48.700', '63', '773', scale=1, what='area per file (4,87 ha = 48.700 m²)', unit=''))
    d.p("1.3. Giải quyết đơn thư, tranh chấp đất đai")
    d.p("Trong năm, UBND xã tiếp nhận 26 đơn thư liên quan đến đất đai, chủ yếu là tranh chấp ranh giới, lối đi chung và khiếu nại việc cấp GCN; đã giải quyết 23 đơn, đạt 88,46%, số đơn còn lại đang xác minh. Công tác hòa giải tranh chấp đất đai ở cơ sở được quan tâm, phát huy vai trò của tổ hòa giải thôn, Mặt trận Tổ quốc và các đoàn thể; không để phát sinh khiếu kiện đông người, vượt cấp.",
        share(CONS, "đạt 88,46%", '23', '26', '88,46%', 'petitions received'),
        )
    d.p("2. Công tác quản lý trật tự xây dựng, xử lý vi phạm")
    d.p(f"Năm 2024, UBND xã cấp {GP} giấy phép xây dựng nhà ở riêng lẻ, tăng 18,52% so với năm 2022; qua kiểm tra đã phát hiện {VP} trường hợp vi phạm về đất đai, trật tự xây dựng, tăng 06 trường hợp so với năm 2023, gồm: lấn, chiếm đất công 08 trường hợp; tự ý chuyển mục đích sử dụng đất nông nghiệp sang đất ở, đất phi nông nghiệp 13 trường hợp; xây dựng không phép 11 trường hợp; xây dựng sai nội dung giấy phép 05 trường hợp.",
        ratio(CONS, "tăng 18,52%", GP, GP23, '18,52%', minus=100, what='permits 2024 vs 54 in 2023 (section I)'),
        term(INC, "so với năm 2022", 'năm 2022', 'năm 2023', 'the 18,52% increase is 64 against the 54 permits of 2023 stated in section I'),
        sumc(CONS, f"phát hiện {VP} trường hợp", VP, ['08', '13', '11', '05'], 'violations by type'),
        diffc(CONS, "tăng 06 trường hợp", VP, VP23, '06', 'tăng'),
        term(CONS, "so với năm 2023, gồm", 'năm 2023', 'năm 2023', 'violations of 2024 compared with the 31 of 2023'))
    d.p(f"Đã xử lý 33/{VP} trường hợp (ban hành 29 quyết định xử phạt vi phạm hành chính, lập biên bản, nhắc nhở 02 trường hợp) với tổng số tiền phạt 177,5 triệu đồng; buộc khôi phục lại tình trạng ban đầu của đất trước khi vi phạm 21/{VP} trường hợp, đạt 56,76%; còn 04 trường hợp đang hoàn thiện hồ sơ xử lý[FN].",
        amb(f"Đã xử lý 33/{VP} trường hợp", 'sum', '33',
            "The parenthesis lists 29 + 02 = 31 of the 33 handled cases; it is not said to be exhaustive (cases may have been transferred to the district), so the gap cannot be judged."),
        frac(CONS, f"21/{VP} trường hợp, đạt 56,76%", '21', VP, '56,76%', whole=VP),
        diffc(CONS, "còn 04 trường hợp", VP, '33', '04', 'còn'))
    d.p("3. Công tác bảo vệ môi trường")
    d.p(f"Khối lượng rác thải sinh hoạt phát sinh trên địa bàn bình quân 6,8 tấn/ngày (khoảng 0,75 kg/người/ngày), khối lượng được thu gom, vận chuyển đi xử lý 5,9 tấn/ngày, đạt 86,76%, tăng 4,2% so với năm 2023 (83,1%). Số hộ đăng ký sử dụng dịch vụ thu gom rác thải là 1.985/{HO} hộ, đạt 85.63%, tăng 214 hộ so với năm 2023 (1.771 hộ); có 986 hộ thực hiện phân loại rác tại nguồn, chiếm 42,54% tổng số hộ. Trong năm, xã tổ chức 12 đợt ra quân tổng vệ sinh môi trường (gồm 05 đợt hưởng ứng “Ngày Chủ nhật xanh”, 04 đợt vớt rác, khơi thông kênh mương nội đồng, 02 đợt phát quang hành lang giao thông), thu gom 14,6 tấn rác thải, vỏ bao bì thuốc bảo vệ thực vật.",
        ratio(CONS, "0,75 kg/người/ngày", '6.800', NK, '0,75', scale=1, what='waste per person (6,8 tấn = 6.800 kg)', unit=''),
        share(CONS, "đạt 86,76%", '5,9', '6,8', '86,76%', 'waste generated'),
        points(INC, "tăng 4,2%", '86,76', '83,1', '4,2%', 'tăng', 'collection rate 2024 vs 2023'),
        amb("đạt 85.63%", 'fraction', '85.63%',
            f"1.985/{HO} = 85,634 % -> 85,63 if '85.63%' is read as a decimal; the dot makes it '8.563%' in vi-VN: format ambiguous."),
        diffc(CONS, "tăng 214 hộ", '1.985', '1.771', '214', 'tăng'),
        share(CONS, "chiếm 42,54%", '986', HO, '42,54%', 'all households'),
        sumc(INC, "tổ chức 12 đợt", '12', ['05', '04', '02'], 'clean-up campaigns'))
    d.p("Phối hợp với Phòng Tài nguyên và Môi trường huyện kiểm tra 14 cơ sở sản xuất, kinh doanh, trang trại chăn nuôi về việc chấp hành pháp luật bảo vệ môi trường, phát hiện 03 cơ sở xả nước thải chưa qua xử lý ra kênh mương, trong đó đã đề nghị UBND huyện xử phạt 02 cơ sở, 01 cơ sở được nhắc nhở, yêu cầu khắc phục trong thời hạn ... ngày. Công tác quản lý tài nguyên khoáng sản, tài nguyên nước được duy trì; không để xảy ra khai thác cát, đất san lấp trái phép trên địa bàn.",
        sumc(CONS, "03 cơ sở xả nước thải", '03', ['02', '01'], 'violating facilities: fined + warned'))
    d.p(f"Kết quả rà soát hộ gia đình theo tiêu chí “Nhà sạch, vườn đẹp, ngõ xanh” năm 2024: trong tổng số {HO} hộ, số hộ đạt đủ 05 tiêu chí là 1.406 hộ (60,66%), đạt 04 tiêu chí 598 hộ (25,80%), đạt 03 tiêu chí 231 hộ (9,96%), đạt dưới 03 tiêu chí 83 hộ (3,85%); trong số hộ đạt dưới 03 tiêu chí có 21 hộ nghèo, 34 hộ cận nghèo và 36 hộ người cao tuổi sống đơn thân.",
        sumc(CONS, f"trong tổng số {HO} hộ", HO, ['1.406', '598', '231', '83'], 'households by number of criteria met'),
        share(CONS, "(60,66%)", '1.406', HO, '60,66%', 'households'),
        share(CONS, "(25,80%)", '598', HO, '25,80%', 'households'),
        share(ROUND, "(9,96%)", '231', HO, '9,96%', 'households'),
        share(INC, "(3,85%)", '83', HO, '3,85%', 'households; digits 5 and 8 swapped'),
        amb("có 21 hộ nghèo, 34 hộ cận nghèo và 36 hộ người cao tuổi sống đơn thân", 'sum', '21 hộ nghèo',
            "21 + 34 + 36 = 91 > 83 households below 3 criteria; elderly people living alone may also be poor or near-poor households, so the groups may overlap."))
    d.p(f"Về nước sạch và vệ sinh môi trường nông thôn: số hộ sử dụng nước hợp vệ sinh 2.297/{HO} hộ, đạt 99,09%, trong đó sử dụng nước sạch đáp ứng QCVN 01-1:2018/BYT là 1.562 hộ, chiếm 67,38% tổng số hộ; số hộ có nhà tiêu hợp vệ sinh 2.104 hộ, chiếm 90,77%; số hộ chăn nuôi có chuồng trại hợp vệ sinh 612/689 hộ, đạt 88,82%; 08/08 thôn đã thành lập tổ tự quản về bảo vệ môi trường[FN].",
        frac(CONS, f"2.297/{HO} hộ, đạt 99,09%", '2.297', HO, '99,09%', whole=HO),
        share(ROUND, "chiếm 67,38%", '1.562', HO, '67,38%', 'all households, as stated'),
        share(CONS, "chiếm 90,77%", '2.104', HO, '90,77%', 'households'),
        frac(CONS, "612/689 hộ, đạt 88,82%", '612', '689', '88,82%'),
        frac(CONS, "08/08 thôn", '08', '08', whole='08', whole_desc='(08 thôn, section I)'))
    d.p("III. ĐÁNH GIÁ CHUNG")
    d.p(f"Nhìn chung, năm 2024 công tác quản lý nhà nước về đất đai, môi trường và trật tự xây dựng trên địa bàn xã có chuyển biến tích cực: tỷ lệ thửa đất được cấp GCN đạt 96,79%; tỷ lệ rác thải sinh hoạt được thu gom đạt 86,76%, vượt chỉ tiêu Nghị quyết Hội đồng nhân dân xã giao; số vụ vi phạm được xử lý đạt 89,19%. Tuy nhiên, số trường hợp vi phạm vẫn còn nhiều ({VP} trường hợp, tăng 19,35% so với năm 2023), tập trung ở các thôn ven Quốc lộ; việc phát hiện, ngăn chặn có lúc chưa kịp thời; ý thức phân loại rác tại nguồn của một bộ phận người dân chưa cao; kinh phí cho công tác vệ sinh môi trường còn hạn chế.",
        repeat(CONS, "đạt 96,79%", '96,79%', '96,79%', '(section II.1.1)'),
        repeat(CONS, "thu gom đạt 86,76%", '86,76%', '86,76%', '(section II.3)'),
        share(CONS, "đạt 89,19%", '33', VP, '89,19%', 'violations; 33 handled (section II.2)'),
        repeat(CONS, f"({VP} trường hợp", VP, VP, '(section II.2)'),
        ratio(CONS, "tăng 19,35%", VP, VP23, '19,35%', minus=100, what='violations 2024 vs 2023'))
    d.p("Nguyên nhân của hạn chế: lực lượng cán bộ địa chính - xây dựng của xã còn mỏng, kiêm nhiệm nhiều việc; một số trường hợp người dân cố tình vi phạm, xây dựng vào ban đêm, ngày nghỉ; hệ thống hồ sơ địa chính chưa được chỉnh lý, cập nhật thường xuyên; sự phối hợp giữa các ngành và Ban nhân dân các thôn trong phát hiện, báo cáo vi phạm có lúc chưa chặt chẽ, còn tình trạng nể nang, né tránh.")
    d.p("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025")
    d.p("- Phấn đấu cấp GCN cho ít nhất 50% số thửa còn lại (tối thiểu 114 thửa), nâng tỷ lệ thửa đất được cấp GCN lên trên 98%.",
        product(CONS, "tối thiểu 114 thửa", '228', '50', '114', 'half of the 228 remaining parcels'),
        share(CONS, "lên trên 98%", '6.988', THUA_DK, '98', '(6.874 + 114) / 7.102 = 98,39% > 98%, consistent with "trên"'))
    d.p(f"- Nâng tỷ lệ hộ đăng ký dịch vụ thu gom rác thải lên 90% (tăng thêm ít nhất 102 hộ); duy trì hoạt động của các tổ tự quản môi trường ở 08 thôn.",
        diffc(CONS, "ít nhất 102 hộ", '2.087', '1.985', '102', 'thêm', '90% x 2.318 = 2.086,2 -> 2.087 households needed'))
    d.p("- Xử lý dứt điểm 04 trường hợp vi phạm tồn đọng; tăng cường kiểm tra, phát hiện sớm, xử lý nghiêm các trường hợp vi phạm ngay từ khi mới phát sinh, không để hình thành công trình kiên cố trên đất nông nghiệp.",
        repeat(CONS, "04 trường hợp vi phạm tồn đọng", '04', '04', '(cases pending, section II.2)'))
    d.p("- Tuyên truyền, phổ biến Luật Đất đai năm 2024, Luật Bảo vệ môi trường năm 2020 và các văn bản hướng dẫn đến từng thôn, từng hộ gia đình; đề nghị UBND huyện hỗ trợ kinh phí mua sắm thùng chứa rác, xe thu gom cho ... thôn còn thiếu.")
    d.p("Trên đây là báo cáo kết quả công tác quản lý đất đai, tài nguyên - môi trường và trật tự xây dựng năm 2024 của UBND xã Tân Lập./.")
    # footnotes
    d.fn(f"Năm 2023: tiếp nhận {HS23} hồ sơ (giải quyết 352 hồ sơ, đạt 93,87%); cấp {GP23} giấy phép xây dựng; phát hiện {VP23} trường hợp vi phạm (lấn chiếm đất công 07, chuyển mục đích trái phép 12, xây dựng không phép 09, xây dựng sai phép 03).",
         repeat(CONS, f"tiếp nhận {HS23} hồ sơ", HS23, HS23, '(2023 files, section I)'),
         share(CONS, "đạt 93,87%", '352', HS23, '93,87%', 'files received in 2023'),
         repeat(CONS, f"cấp {GP23} giấy phép", GP23, GP23, '(2023 permits, section I)'),
         sumc(CONS, f"phát hiện {VP23} trường hợp", VP23, ['07', '12', '09', '03'], 'violations 2023 by type'))
    d.fn("Theo số liệu của Chi nhánh Văn phòng Đăng ký đất đai huyện, đến ngày 15/12/2024 toàn xã đã cấp GCN cho 6.869 thửa đất.",
         amb("cấp GCN cho 6.869 thửa", 'repeat', '6.869',
             f"Body gives {THUA} parcels as an estimate to 31/12/2024, the footnote 6.869 at 15/12/2024 from another source: different dates, cannot say either is wrong."))
    d.fn(f"Số trường hợp vi phạm chia theo thôn: Thôn 1: 06; Thôn 2: 04; Thôn 3: 07; Thôn 4: 03; Thôn 5: 05; Thôn 6: 04; Thôn 7: 05; Thôn 8: 03; tổng cộng {VP} trường hợp, tổng số tiền phạt 187,5 triệu đồng.",
         sumc(CONS, f"tổng cộng {VP} trường hợp", VP, ['06', '04', '07', '03', '05', '04', '05', '03'], 'violations by village'),
         repeat(INC, "187,5 triệu đồng", '187,5', '177,5', '(fines, section II.2)'))
    d.fn("Các thôn được UBND huyện công nhận “Thôn sáng - xanh - sạch - đẹp” năm 2024: Thôn 2, Thôn 5 và Thôn 7; các thôn còn lại đang hoàn thiện tiêu chí về cảnh quan, hàng rào xanh và nhà văn hóa thôn.")
    return d


# ======================================================================
# Draft 4 - district social / health insurance coverage, six months 2024
# (numbered sections, "-" / "+" lines, two footnotes)
# ======================================================================

def draft4():
    d = Draft('v5-04-bhxh-bhyt-6-thang.txt')
    BB, BB_KH, BB23 = '6.842', '7.099', '6.530'
    TN, TN_KH, TN23 = '3.915', '4.493', '3.256'
    BHXH, LLLD = '10.757', '78.650'
    assert q(BB) + q(TN) == q(BHXH)
    YT, DS, YT23 = '124.318', '132.460', '121.506'
    G = ['9.126', '3.375', '48.735', '21.904', '41.178']
    THU, DT_THU, THU23 = '186,425', '391,480', '170,451'
    NO, NO0, NO3 = '8,362', '9,577', '5,104'
    HUU, OD, KCB = '98,644', '7,926', '42,307'

    d.p("BẢO HIỂM XÃ HỘI TỈNH ...")
    d.p("BẢO HIỂM XÃ HỘI HUYỆN HÒA THUẬN")
    d.p("Số: .../BC-BHXH")
    d.p("Hòa Thuận, ngày ... tháng 7 năm 2024")
    d.p("BÁO CÁO")
    d.p("Kết quả thực hiện chính sách bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp 6 tháng đầu năm 2024; phương hướng, nhiệm vụ 6 tháng cuối năm 2024")
    d.p("Thực hiện Kế hoạch số 86/KH-BCĐ ngày 12/01/2024 của Ban Chỉ đạo thực hiện chính sách bảo hiểm xã hội, bảo hiểm y tế huyện; Quyết định số 215/QĐ-BHXH ngày 08/01/2024 của Bảo hiểm xã hội tỉnh về giao dự toán thu, chi năm 2024; căn cứ Nghị quyết số 28-NQ/TW ngày 23/5/2018 của Hội nghị lần thứ bảy Ban Chấp hành Trung ương khóa XII về cải cách chính sách bảo hiểm xã hội, Bảo hiểm xã hội huyện báo cáo kết quả thực hiện trên địa bàn 11 xã, 01 thị trấn như sau:")
    d.p("I. KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2024")
    d.p("1. Công tác phát triển người tham gia")
    d.p("1.1. Bảo hiểm xã hội bắt buộc, bảo hiểm thất nghiệp")
    d.p(f"Đến ngày 30/6/2024, toàn huyện có 412 đơn vị với {BB} người tham gia BHXH bắt buộc, đạt 96,38% kế hoạch giao ({BB_KH} người), tăng 312 người (4,78%) so với cùng kỳ năm 2023 ({BB23} người); trong đó khối hành chính sự nghiệp, Đảng, đoàn thể 3.126 người, khối doanh nghiệp 3.408 người, khối ngoài công lập, hợp tác xã và hộ kinh doanh 308 người. Số người tham gia BHTN 6.215 người, bằng 90.84% số người tham gia BHXH bắt buộc.",
        sumc(CONS, f"với {BB} người", BB, ['3.126', '3.408', '308'], 'compulsory participants by sector'),
        share(CONS, "đạt 96,38%", BB, BB_KH, '96,38%', 'plan'),
        diffc(CONS, "tăng 312 người", BB, BB23, '312', 'tăng'),
        ratio(CONS, "(4,78%)", '312', BB23, '4,78%', what='relative increase'),
        term(CONS, "cùng kỳ năm 2023", 'cùng kỳ năm 2023', 'cùng kỳ năm 2023', 'report on the first half of 2024'),
        amb("bằng 90.84%", 'share', '90.84%',
            f"6.215 / {BB} = 90,836 % -> 90,84 if the dot is a decimal point; as written in vi-VN '90.84%' reads 9.084%: format ambiguous."))
    d.p("1.2. Bảo hiểm xã hội tự nguyện")
    d.p(f"Số người tham gia BHXH tự nguyện {TN} người, đạt 87,13% kế hoạch ({TN_KH} người), tăng 695 người so với cùng kỳ ({TN23} người); trong đó người thuộc hộ nghèo 214 người, hộ cận nghèo 388 người được ngân sách nhà nước hỗ trợ mức đóng cao hơn theo Nghị định số 134/2015/NĐ-CP.",
        share(ROUND, "đạt 87,13%", TN, TN_KH, '87,13%', 'plan'),
        diffc(INC, "tăng 695 người", TN, TN23, '695', 'tăng', 'digits 5 and 9 swapped'),
        subset(CONS, "hộ nghèo 214 người", TN, ['214', '388'], '214'))
    d.p(f"Tổng số người tham gia BHXH (bắt buộc và tự nguyện) là {BHXH} người, chiếm 13,68% lực lượng lao động trong độ tuổi ({LLLD} người), tăng 1,23% so với cùng kỳ năm trước (12,45%), thấp hơn 4,32% so với chỉ tiêu Nghị quyết Đại hội Đảng bộ huyện lần thứ XXI đến năm 2025 (18%).",
        sumc(CONS, f"là {BHXH} người", BHXH, [BB, TN], 'compulsory + voluntary'),
        share(CONS, "chiếm 13,68%", BHXH, LLLD, '13,68%', 'labour force'),
        points(CONS, "tăng 1,23%", '13,68', '12,45', '1,23%', 'tăng', 'coverage vs same period'),
        points(CONS, "thấp hơn 4,32%", '13,68', '18', '4,32%', 'thấp hơn', 'coverage vs 2025 target'))
    d.p("1.3. Bảo hiểm y tế")
    d.p(f"Số người tham gia BHYT đến 30/6/2024 là {YT} người, tỷ lệ bao phủ đạt 93,85% dân số ({DS} người), bằng 102,13% so với cùng kỳ ({YT23} người), thấp hơn 0,65% so với chỉ tiêu UBND tỉnh giao năm 2024 (94,5%). Chia theo nhóm đối tượng:",
        sumc(CONS, f"là {YT} người", YT, G, 'participants by group (items on the following lines)'),
        share(CONS, "đạt 93,85%", YT, DS, '93,85%', 'population'),
        ratio(INC, "bằng 102,13%", YT, YT23, '102,13%', what='participants vs same period'),
        points(CONS, "thấp hơn 0,65%", '93,85', '94,5', '0,65%', 'thấp hơn', 'coverage vs target'))
    d.p(f"- Nhóm do người lao động và người sử dụng lao động đóng: {G[0]} người, chiếm 7,34%;",
        share(CONS, "chiếm 7,34%", G[0], YT, '7,34%', 'health-insurance participants'))
    d.p(f"- Nhóm do tổ chức BHXH đóng: {G[1]} người, chiếm 2,71%;",
        share(CONS, "chiếm 2,71%", G[1], YT, '2,71%', 'health-insurance participants'))
    d.p(f"- Nhóm do ngân sách nhà nước đóng: {G[2]} người, chiếm 36,79% (trong đó trẻ em dưới 6 tuổi 9.412 người, người có công với cách mạng và thân nhân 3.120 người, người thuộc hộ nghèo, người dân tộc thiểu số sống ở vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn 11.342 người);",
        share(INC, "chiếm 36,79%", G[2], YT, '36,79%', 'health-insurance participants; 36,79% is 48.735 / 132.460 population, the wrong base'),
        subset(CONS, "trẻ em dưới 6 tuổi 9.412 người", G[2], ['9.412', '3.120', '11.342'], '9.412'))
    d.p(f"- Nhóm được ngân sách nhà nước hỗ trợ mức đóng: {G[3]} người, chiếm 17,61%, trong đó học sinh, sinh viên 19.870 người (năm học 2023 - 2024), tăng 1.145 người so với năm học 2022 - 2023 (18.725 người);",
        share(ROUND, "chiếm 17,61%", G[3], YT, '17,61%', 'health-insurance participants'),
        subset(CONS, "học sinh, sinh viên 19.870 người", G[3], ['19.870'], '19.870'),
        diffc(CONS, "tăng 1.145 người", '19.870', '18.725', '1.145', 'tăng'),
        term(CONS, "so với năm học 2022 - 2023", 'năm học 2022 - 2023', 'năm học 2022 - 2023', 'students of school year 2023 - 2024 compared with the year before'))
    d.p(f"- Nhóm tham gia theo hộ gia đình: {G[4]} người, chiếm 33,12%.",
        share(CONS, "chiếm 33,12%", G[4], YT, '33,12%', 'health-insurance participants'))
    d.p("Số thẻ BHYT được cấp trong 6 tháng là 12.406 thẻ (gia hạn 9.870 thẻ, cấp mới lần đầu 2.318 thẻ); bình quân cứ 1.000 dân có 938 người có thẻ BHYT.",
        amb("là 12.406 thẻ", 'sum', '12.406',
            "9.870 + 2.318 = 12.188 < 12.406; 'được cấp' may also include re-issued or exchanged cards not listed in the parenthesis, so the shortfall cannot be judged."),
        ratio(ROUND, "có 938 người", YT, DS, '938', scale=1000, what='card holders per 1.000 inhabitants', unit=''))
    d.p("2. Công tác thu, quản lý nợ")
    d.p(f"Tổng số thu BHXH, BHYT, BHTN 6 tháng đầu năm 2024 là {THU} tỷ đồng, đạt 47,62% dự toán năm ({DT_THU} tỷ đồng), tăng 9,37% so với cùng kỳ ({THU23} tỷ đồng); chia ra: thu BHXH bắt buộc 112,560 tỷ đồng; thu BHXH tự nguyện 9,815 tỷ đồng; thu BHTN 6,240 tỷ đồng; thu BHYT 57,810 tỷ đồng.",
        sumc(CONS, f"là {THU} tỷ đồng", THU, ['112,560', '9,815', '6,240', '57,810'], 'revenue by fund'),
        share(CONS, "đạt 47,62%", THU, DT_THU, '47,62%', 'annual revenue estimate'),
        ratio(CONS, "tăng 9,37%", THU, THU23, '9,37%', minus=100, what='revenue vs same period'))
    d.p(f"Số nợ BHXH, BHYT, BHTN đến ngày 30/6/2024 là {NO} tỷ đồng, chiếm 2,14% dự toán thu, giảm 1,215 tỷ đồng so với thời điểm 31/12/2023 ({NO0} tỷ đồng); trong đó nợ từ 03 tháng trở lên {NO3} tỷ đồng, chiếm 61,04% tổng số nợ, nợ có tính chất trốn đóng 0,912 tỷ đồng. Toàn huyện có 47 đơn vị nợ, trong đó 12 đơn vị nợ kéo dài trên 06 tháng[FN].",
        share(CONS, "chiếm 2,14%", NO, DT_THU, '2,14%', 'annual revenue estimate'),
        diffc(CONS, "giảm 1,215 tỷ đồng", NO, NO0, '1,215', 'giảm'),
        share(CONS, "chiếm 61,04%", NO3, NO, '61,04%', 'total debt'),
        subset(CONS, "trốn đóng 0,912 tỷ đồng", NO, [NO3, '0,912'], '0,912', disjoint=False),
        subset(CONS, "trong đó 12 đơn vị", '47', ['12'], '12'))
    d.p("3. Công tác giải quyết, chi trả các chế độ")
    d.p(f"Giải quyết chế độ ốm đau, thai sản, dưỡng sức phục hồi sức khỏe cho 2.614 lượt người với số tiền {OD} tỷ đồng, bình quân 3,03 triệu đồng/lượt; giải quyết hưởng lương hưu, trợ cấp BHXH hằng tháng mới cho 186 người, trợ cấp một lần cho 243 người. Đến tháng 6/2024, toàn huyện có 3.287 người hưởng lương hưu, trợ cấp BHXH hằng tháng, tổng số tiền chi trả 6 tháng là {HUU} tỷ đồng, bình quân 5,00 triệu đồng/người/tháng; việc chi trả qua tài khoản cá nhân tiếp tục được mở rộng.",
        ratio(CONS, "bình quân 3,03 triệu", '7.926', '2.614', '3,03', scale=1, what='per case (7,926 tỷ = 7.926 triệu)', unit=''),
        ratio(CONS, "bình quân 5,00 triệu", '98.644', '19.722', '5,00', scale=1, what='per pensioner per month (98.644 triệu / (3.287 x 6 = 19.722))', unit=''),
        )
    d.p(f"Về khám, chữa bệnh BHYT: 6 tháng có 68.415 lượt người khám, chữa bệnh BHYT (ngoại trú 63.902 lượt, nội trú 4.513 lượt), tăng 5.687 lượt so với cùng kỳ (62.728 lượt), bình quân 550 lượt/1.000 thẻ BHYT; chi phí đề nghị thanh toán {KCB} tỷ đồng (ngoại trú 18,452 tỷ đồng, nội trú 22,915 tỷ đồng), bằng 56,23% dự toán chi khám, chữa bệnh được giao (75,240 tỷ đồng).",
        sumc(CONS, "có 68.415 lượt", '68.415', ['63.902', '4.513'], 'out- + in-patient visits'),
        diffc(CONS, "tăng 5.687 lượt", '68.415', '62.728', '5.687', 'tăng'),
        ratio(CONS, "bình quân 550 lượt", '68.415', YT, '550', scale=1000, what='visits per 1.000 cards', unit=''),
        amb(f"thanh toán {KCB} tỷ đồng", 'sum', KCB,
            "18,452 + 22,915 = 41,367 < 42,307; the claimed cost may also include items not listed (transport, direct reimbursement), and the parenthesis is not said to be exhaustive."),
        share(CONS, "bằng 56,23%", KCB, '75,240', '56,23%', 'health-care spending estimate'))
    d.p(f"Tổng số chi các chế độ BHXH, BHYT 6 tháng là 149,877 tỷ đồng, gồm: chi lương hưu, trợ cấp BHXH hằng tháng {HUU} tỷ đồng; chi ốm đau, thai sản, dưỡng sức {OD} tỷ đồng; chi khám, chữa bệnh BHYT {KCB} tỷ đồng.",
        sumc(INC, "là 149,877 tỷ đồng", '149,877', [HUU, OD, KCB], 'spending by regime; parts confirmed by the previous paragraphs'),
        repeat(CONS, f"hằng tháng {HUU} tỷ đồng", HUU, HUU, '(pensions, previous paragraph)'),
        repeat(CONS, f"dưỡng sức {OD} tỷ đồng", OD, OD, '(sickness/maternity, previous paragraph)'),
        repeat(CONS, f"BHYT {KCB} tỷ đồng", KCB, KCB, '(health care, previous paragraph)'))
    d.p("4. Công tác thanh tra, kiểm tra")
    d.p("Phối hợp với Phòng Lao động - Thương binh và Xã hội kiểm tra 18 đơn vị sử dụng lao động, phát hiện 05 đơn vị đóng thiếu cho 42 lao động, truy thu 0,386 tỷ đồng; kiểm tra 08/12 xã, thị trấn về việc lập danh sách cấp thẻ BHYT cho các đối tượng do ngân sách nhà nước đóng, qua kiểm tra đã thu hồi ... thẻ cấp trùng.",
        frac(CONS, "08/12 xã, thị trấn", '08', '12', whole='12', whole_desc='(11 xã + 01 thị trấn, introduction)'))
    d.p("5. Công tác tuyên truyền, cải cách thủ tục hành chính, chuyển đổi số")
    d.p("Bảo hiểm xã hội huyện phối hợp với Bưu điện huyện, UBND các xã, thị trấn tổ chức ... hội nghị tuyên truyền, đối thoại trực tiếp về chính sách BHXH tự nguyện, BHYT hộ gia đình tại các thôn, khu phố; phối hợp với Đài Truyền thanh huyện duy trì chuyên mục “Chính sách BHXH, BHYT với mọi nhà” phát sóng hằng tháng; tiếp tục hướng dẫn người tham gia cài đặt, sử dụng ứng dụng VssID - Bảo hiểm xã hội số, sử dụng thẻ căn cước công dân gắn chip thay thẻ BHYT giấy khi đi khám, chữa bệnh.")
    d.p("Toàn bộ hồ sơ của đơn vị sử dụng lao động được tiếp nhận, giải quyết qua giao dịch điện tử; việc giải quyết thủ tục hành chính bảo đảm đúng thời hạn, không để xảy ra tình trạng gây phiền hà cho người dân, doanh nghiệp. Đơn vị tiếp tục rà soát, làm sạch dữ liệu người tham gia, kết nối với Cơ sở dữ liệu quốc gia về dân cư theo Đề án 06 của Chính phủ; phối hợp với Công an huyện xác thực thông tin nhân thân của người tham gia, người hưởng.")
    d.p("II. ĐÁNH GIÁ CHUNG")
    d.p(f"Trong 6 tháng đầu năm 2024, số người tham gia BHXH, BHYT tiếp tục tăng; tỷ lệ bao phủ BHYT đạt 93,85%[FN], tỷ lệ người tham gia BHXH đạt 13,68% lực lượng lao động; số thu đạt 47,62% dự toán. Số người tham gia BHXH bắt buộc đến thời điểm báo cáo (ngày 05/7/2024) là 6.857 người. Tuy nhiên, số người tham gia BHXH tự nguyện chưa đạt kế hoạch, tăng chậm so với cùng kỳ năm 2022; số nợ đóng còn {NO} tỷ đồng, chủ yếu ở khu vực doanh nghiệp ngoài nhà nước; một số doanh nghiệp chưa đóng đủ cho số lao động thực tế sử dụng.",
        repeat(CONS, "đạt 93,85%", '93,85%', '93,85%', '(section I.1.3)'),
        repeat(CONS, "đạt 13,68%", '13,68%', '13,68%', '(section I.1.2)'),
        repeat(CONS, "đạt 47,62%", '47,62%', '47,62%', '(section I.2)'),
        amb("là 6.857 người", 'repeat', '6.857',
            f"Compulsory participants are {BB} at 30/6/2024 and 6.857 at the report date 05/7/2024: different reference dates, not necessarily contradictory."),
        term(INC, "cùng kỳ năm 2022", 'cùng kỳ năm 2022', 'cùng kỳ năm 2023', 'first half of 2024 compared with the same period of the previous year (2023), as in section I.1'),
        repeat(CONS, f"còn {NO} tỷ đồng", NO, NO, '(section I.2)'))
    d.p("Nguyên nhân: một số doanh nghiệp gặp khó khăn về sản xuất, kinh doanh, thu hẹp quy mô, cắt giảm lao động; nhận thức của một bộ phận người lao động khu vực phi chính thức về chính sách BHXH tự nguyện còn hạn chế; mức hỗ trợ đóng BHYT cho hộ gia đình cận nghèo, hộ làm nông, lâm, ngư nghiệp có mức sống trung bình chưa đủ sức khuyến khích.")
    d.p("III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024")
    d.p(f"- Phấn đấu phát triển thêm 257 người tham gia BHXH bắt buộc để đạt 100% kế hoạch giao ({BB_KH} người); đẩy mạnh tuyên truyền, vận động người dân tham gia BHXH tự nguyện, BHYT hộ gia đình.",
        diffc(CONS, "thêm 257 người", BB_KH, BB, '257', 'thêm'))
    d.p(f"- Đôn đốc thu nợ, phấn đấu thu hồi ít nhất 50% số nợ từ 03 tháng trở lên (2,552 tỷ đồng); phối hợp với Liên đoàn Lao động huyện khởi kiện các đơn vị nợ kéo dài theo quy định tại Điều 14 Luật Công đoàn năm 2012.",
        product(CONS, "(2,552 tỷ đồng)", NO3, '50', '2,552', 'half of the debt of 3 months or more'))
    d.p("- Tiếp tục thực hiện cải cách thủ tục hành chính, chuyển đổi số, mở rộng chi trả không dùng tiền mặt; phối hợp với Trung tâm Y tế huyện kiểm soát chặt chẽ chi phí khám, chữa bệnh BHYT, không để vượt dự toán được giao.")
    d.p("IV. KIẾN NGHỊ, ĐỀ XUẤT")
    d.p("- Đề nghị UBND huyện chỉ đạo các xã, thị trấn đưa chỉ tiêu phát triển người tham gia BHXH, BHYT vào nghị quyết, kế hoạch phát triển kinh tế - xã hội hằng năm; bố trí kinh phí hỗ trợ thêm mức đóng BHXH tự nguyện cho người thuộc hộ cận nghèo, người có thu nhập thấp từ nguồn ngân sách địa phương.")
    d.p("- Đề nghị Bảo hiểm xã hội tỉnh xem xét điều chỉnh dự toán chi khám, chữa bệnh BHYT năm 2024 cho phù hợp với số lượt khám, chữa bệnh thực tế tăng so với cùng kỳ; tăng cường tập huấn nghiệp vụ cho viên chức làm công tác thu, cấp sổ, thẻ.")
    d.p("Trên đây là báo cáo kết quả thực hiện chính sách BHXH, BHYT, BHTN 6 tháng đầu năm 2024 của Bảo hiểm xã hội huyện./.")
    d.fn("12 đơn vị nợ kéo dài trên 06 tháng với số tiền 3,871 tỷ đồng, chiếm 46,29% tổng số nợ; trong đó 02 doanh nghiệp nợ trên 01 tỷ đồng đã được chuyển hồ sơ đề nghị thanh tra chuyên ngành.",
         subset(CONS, "với số tiền 3,871 tỷ đồng", NO3, ['3,871'], '3,871'),
         share(CONS, "chiếm 46,29%", '3,871', NO, '46,29%', 'total debt 8,362 (body)'),
         repeat(CONS, "12 đơn vị nợ kéo dài", '12', '12', '(body, section I.2)'))
    d.fn("Tỷ lệ bao phủ BHYT toàn huyện đạt 93,58%; xã có tỷ lệ cao nhất là xã Phú An (98,12%), thấp nhất là thị trấn Hòa Thuận (89,40%).",
         repeat(INC, "đạt 93,58%", '93,58%', '93,85%', '(section I.1.3: 124.318 / 132.460 = 93,85%)'))
    return d


# ---------------------------------------------------------------- output

DRAFTS = [draft1, draft2, draft3, draft4]
KINDS = ['sum', 'subset', 'share', 'fraction', 'difference', 'points', 'ratio', 'repeat', 'term']
VERDICTS = [CONS, ROUND, INC, AMB]


def main():
    results = []
    for mk in DRAFTS:
        d = mk()
        text, labels = d.build()
        for lab in labels:
            assert lab['kind'] in KINDS and lab['verdict'] in VERDICTS, lab
        stem = d.name[:-4]
        with open(os.path.join(HERE, d.name), 'w', encoding='utf-8') as f:
            f.write(text)
        with open(os.path.join(HERE, stem + '.labels.json'), 'w', encoding='utf-8') as f:
            json.dump({'file': d.name, 'claims': labels}, f, ensure_ascii=False, indent=2)
            f.write('\n')
        results.append((d.name, len(text), text.count('\n'), labels))
    if '--summary' in sys.argv:
        write_summary(results)
    for name, n, nl, labels in results:
        print(f"{name}: {n} chars, {nl} lines, {len(labels)} claims")


def write_summary(results):
    out = ['# dev5 prose set - summary', '']
    out.append('## Per draft')
    out.append('')
    out.append('| draft | chars | lines | claims | consistent | rounding | inconsistent | ambiguous |')
    out.append('|---|---:|---:|---:|---:|---:|---:|---:|')
    tot = {v: 0 for v in VERDICTS}
    tchars = tlines = tclaims = 0
    for name, n, nl, labels in results:
        c = {v: sum(1 for x in labels if x['verdict'] == v) for v in VERDICTS}
        for v in VERDICTS:
            tot[v] += c[v]
        tchars += n
        tlines += nl
        tclaims += len(labels)
        out.append(f"| {name} | {n} | {nl} | {len(labels)} | " + ' | '.join(str(c[v]) for v in VERDICTS) + ' |')
    out.append(f"| **total** | {tchars} | {tlines} | {tclaims} | " + ' | '.join(str(tot[v]) for v in VERDICTS) + ' |')
    out.append(f"| share | | | | " + ' | '.join(f"{fmt(F(tot[v] * 100, tclaims), 1)} %" for v in VERDICTS) + ' |')
    out.append('')
    out.append('## Kind x verdict (all drafts)')
    out.append('')
    out.append('| kind | consistent | rounding | inconsistent | ambiguous | total |')
    out.append('|---|---:|---:|---:|---:|---:|')
    all_labels = [x for r in results for x in r[3]]
    for k in KINDS:
        row = [sum(1 for x in all_labels if x['kind'] == k and x['verdict'] == v) for v in VERDICTS]
        out.append(f"| {k} | " + ' | '.join(map(str, row)) + f" | {sum(row)} |")
    col = [sum(1 for x in all_labels if x['verdict'] == v) for v in VERDICTS]
    out.append('| **total** | ' + ' | '.join(map(str, col)) + f" | {sum(col)} |")
    out.append('')
    out.append('## Kind x verdict per draft')
    for name, n, nl, labels in results:
        out.append('')
        out.append(f"### {name}")
        out.append('')
        out.append('| kind | consistent | rounding | inconsistent | ambiguous | total |')
        out.append('|---|---:|---:|---:|---:|---:|')
        for k in KINDS:
            row = [sum(1 for x in labels if x['kind'] == k and x['verdict'] == v) for v in VERDICTS]
            if sum(row):
                out.append(f"| {k} | " + ' | '.join(map(str, row)) + f" | {sum(row)} |")
    with open(os.path.join(HERE, 'SUMMARY.md'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')


if __name__ == '__main__':
    main()
