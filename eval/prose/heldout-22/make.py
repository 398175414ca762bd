#!/usr/bin/env python3
"""Generator of the sealed evaluation set heldout22.

Writes prose/<name>.txt (one paragraph per line) and prose/<name>.labels.json for
six Vietnamese report drafts, and SUMMARY.md.  Every figure that a claim judges is
recomputed here with exact decimal arithmetic (decimal.Decimal, ROUND_HALF_UP);
the verdict of every non-ambiguous claim is derived from that arithmetic and
asserted against the verdict the draft was written to carry.
Python standard library only.
"""
import json
import os
from collections import Counter, OrderedDict
from decimal import Decimal as D, ROUND_HALF_UP, ROUND_DOWN, getcontext

getcontext().prec = 60

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'prose')
FN = '[\uFFFD] '          # footnote line prefix, as in the exported drafts
KINDS = ['sum', 'subset', 'share', 'fraction', 'difference', 'points', 'ratio', 'repeat', 'term']
VERDICTS = ['consistent', 'rounding', 'inconsistent', 'ambiguous']


# ---------------------------------------------------------------- numbers (vi-VN)
def V(s):
    """Parse a vi-VN number ("1.126,48", "05", "97,5") into an exact Decimal."""
    s = str(s).strip()
    return D(s.replace('.', '').replace(',', '.'))


def decs(x):
    e = D(x).as_tuple().exponent
    return max(0, -e)


def q(x, dp):
    return D(x).quantize(D(1).scaleb(-dp), rounding=ROUND_HALF_UP)


def tr(x, dp):
    return D(x).quantize(D(1).scaleb(-dp), rounding=ROUND_DOWN)


def F(x, dp=None):
    """Format a Decimal in vi-VN: '.' thousands, ',' decimals."""
    x = D(x)
    if dp is None:
        dp = decs(x)
    x = q(x, dp)
    neg = x < 0
    s = f"{abs(x):.{dp}f}"
    ip, _, fp = s.partition('.')
    ip = '{:,}'.format(int(ip)).replace(',', '.')
    r = ip + (',' + fp if fp else '')
    return ('-' if neg else '') + r


def Z(n):
    """Count with the leading zero used for numbers under 10 ("05")."""
    n = int(n)
    return ('0%d' % n) if 0 <= n < 10 else F(n)


def P(a, b, dp=2):
    """Correct percentage a/b*100, round half up at dp decimals."""
    return q(D(a) / D(b) * 100, dp)


def T(a, b, dp=2):
    """Truncated percentage (the clerk's slip)."""
    return tr(D(a) / D(b) * 100, dp)


def RI(a, b, dp=2):
    return P(a, b, dp)


def G(a, b, dp=2):
    """Growth rate (a/b - 1)*100."""
    return q((D(a) / D(b) - 1) * 100, dp)


# ---------------------------------------------------------------- claims
def _pct_verdict(stated, exact):
    dp = decs(stated)
    c = q(exact, dp)
    t = tr(exact, dp)
    if stated == c:
        return 'consistent', c
    if stated == t:
        return 'rounding', c
    unit = D(1).scaleb(-dp)
    assert abs(stated - c) > unit, ('borderline percentage', stated, c)
    return 'inconsistent', c


def _fin(c, v, exp, s):
    if exp == 'ambiguous':
        c['verdict'] = 'ambiguous'
    else:
        assert v == exp, (c['anchor'], 'computed', v, 'expected', exp, c.get('note'))
        c['verdict'] = v
    c['_s'] = s
    return c


def sum_(anchor, total, parts, exp='consistent', note='', judged=None):
    total = D(total)
    s = sum((D(p) for p in parts), D(0))
    v = 'consistent' if s == total else 'inconsistent'
    chk = ' + '.join(F(p) for p in parts) + f" = {F(s)}; stated {F(total)}"
    c = {'anchor': anchor, 'kind': 'sum', 'note': chk + ('. ' + note if note else '')}
    if v != 'consistent' and exp != 'ambiguous':
        c['right'] = F(s)
    return _fin(c, v, exp, F(total if judged is None else judged))


def subset(anchor, part, parent, exp='consistent', note=''):
    v = 'consistent' if D(part) <= D(parent) else 'inconsistent'
    c = {'anchor': anchor, 'kind': 'subset',
         'note': f"{F(part)} ≤ {F(parent)}" + ('. ' + note if note else '')}
    if v != 'consistent' and exp != 'ambiguous':
        c['right'] = f"≤ {F(parent)}"
    return _fin(c, v, exp, F(part))


def share(anchor, stated, part, base, exp='consistent', note='', kind='share'):
    stated = D(stated)
    exact = D(part) / D(base) * 100
    v, c_ = _pct_verdict(stated, exact)
    c = {'anchor': anchor, 'kind': kind,
         'note': f"{F(part)} / {F(base)} × 100 = {F(q(exact, 4))}% → {F(c_)}%; stated {F(stated)}%"
                 + ('. ' + note if note else '')}
    if v != 'consistent' and exp != 'ambiguous':
        c['right'] = F(c_) + '%'
    return _fin(c, v, exp, F(stated))


def ratio(anchor, stated, cur, ref, exp='consistent', note='', mode='index'):
    """index: cur/ref*100; growth: (cur/ref-1)*100; decline: (1-cur/ref)*100."""
    stated = D(stated)
    if mode == 'index':
        exact = D(cur) / D(ref) * 100
        f = f"{F(cur)} / {F(ref)} × 100"
    elif mode == 'growth':
        exact = (D(cur) / D(ref) - 1) * 100
        f = f"({F(cur)} / {F(ref)} − 1) × 100"
    else:
        exact = (1 - D(cur) / D(ref)) * 100
        f = f"(1 − {F(cur)} / {F(ref)}) × 100"
    v, c_ = _pct_verdict(stated, exact)
    c = {'anchor': anchor, 'kind': 'ratio',
         'note': f"{f} = {F(q(exact, 4))}% → {F(c_)}%; stated {F(stated)}%" + ('. ' + note if note else '')}
    if v != 'consistent' and exp != 'ambiguous':
        c['right'] = F(c_) + '%'
    return _fin(c, v, exp, F(stated))


def avg(anchor, stated, total, count, exp='consistent', note=''):
    """An average per unit (total / count), judged at the stated precision; kind 'ratio'."""
    stated = D(stated)
    exact = D(total) / D(count)
    dp = decs(stated)
    c_ = q(exact, dp)
    v = 'consistent' if stated == c_ else ('rounding' if stated == tr(exact, dp) else 'inconsistent')
    c = {'anchor': anchor, 'kind': 'ratio',
         'note': f"average {F(total)} / {F(count)} = {F(q(exact, 4))} → {F(c_)}; stated {F(stated)}" + ('. ' + note if note else '')}
    if v != 'consistent' and exp != 'ambiguous':
        c['right'] = F(c_)
    return _fin(c, v, exp, F(stated))


def diff(anchor, stated, cur, prev, word, exp='consistent', note='', kind='difference'):
    stated, cur, prev = D(stated), D(cur), D(prev)
    a = cur - prev
    ok = (word == 'tăng' and a > 0 and stated == a) or (word == 'giảm' and a < 0 and stated == -a)
    v = 'consistent' if ok else 'inconsistent'
    rw = 'tăng' if a > 0 else 'giảm'
    unit = '' if kind == 'difference' else ' điểm %'
    c = {'anchor': anchor, 'kind': kind,
         'note': f"{F(cur)} − {F(prev)} = {F(a)} → {rw} {F(abs(a))}{unit}; stated {word} {F(stated)}"
                 + ('. ' + note if note else '')}
    if v != 'consistent' and exp != 'ambiguous':
        c['right'] = f"{rw} {F(abs(a))}"
    return _fin(c, v, exp, F(stated))


def points(anchor, stated, cur, prev, word, exp='consistent', note=''):
    rel = (D(cur) / D(prev) - 1) * 100
    n2 = f"relative reading ({F(cur)}/{F(prev)} − 1) × 100 = {F(q(rel, 2))}% does not apply"
    return diff(anchor, stated, cur, prev, word, exp, (n2 + ('. ' + note if note else '')), kind='points')


def fraction(anchor, num, den, exp='consistent', pct=None, den_ref=None, note=''):
    num, den = D(num), D(den)
    ok = num <= den
    parts = [f"{F(num)}/{F(den)}"]
    right = None
    if den_ref is not None:
        ok = ok and den == D(den_ref)
        parts.append(f"whole stated elsewhere {F(den_ref)}")
        if den != D(den_ref):
            right = f"{F(num)}/{F(den_ref)}"
    v = 'consistent' if ok else 'inconsistent'
    if pct is not None:
        pv, c_ = _pct_verdict(D(pct), num / den * 100)
        parts.append(f"{F(num)} / {F(den)} × 100 = {F(q(num / den * 100, 4))}% → {F(c_)}%; stated {F(D(pct))}%")
        if v == 'consistent':
            v = pv
        if pv != 'consistent':
            right = F(c_) + '%'
    c = {'anchor': anchor, 'kind': 'fraction', 'note': '; '.join(parts) + ('. ' + note if note else '')}
    if v != 'consistent' and exp != 'ambiguous':
        c['right'] = right
    return _fin(c, v, exp, f"{F(num) if num >= 10 else Z(num)}/")


def repeat(anchor, stated, orig, where, exp='consistent', note=''):
    v = 'consistent' if D(stated) == D(orig) else 'inconsistent'
    c = {'anchor': anchor, 'kind': 'repeat',
         'note': f"restates {F(orig)} ({where}); stated {F(stated)}" + ('. ' + note if note else '')}
    if v != 'consistent' and exp != 'ambiguous':
        c['right'] = F(orig)
    return _fin(c, v, exp, F(stated))


def term(anchor, named, expected, exp='consistent', note=''):
    v = 'consistent' if named == expected else 'inconsistent'
    c = {'anchor': anchor, 'kind': 'term',
         'note': f"period compared against should be {expected}; named {named}" + ('. ' + note if note else '')}
    if v != 'consistent' and exp != 'ambiguous':
        c['right'] = expected
    return _fin(c, v, exp, named)


def amb(anchor, kind, note, s=None):
    assert kind in KINDS
    c = {'anchor': anchor, 'kind': kind, 'verdict': 'ambiguous', 'note': note}
    c['_s'] = s
    return c


# ---------------------------------------------------------------- drafts
class Draft:
    def __init__(self, name, office, title):
        self.name, self.office, self.title = name, office, title
        self.lines, self.claims, self.tags = [], [], {}

    def add(self, text, *claims, tag=None):
        if tag:
            assert tag not in self.tags
            self.tags[tag] = len(self.lines) + 1
        assert '\n' not in text and text.strip() == text or text.startswith(FN), repr(text[:60])
        self.lines.append(text)
        ln = len(self.lines)
        for c in claims:
            a = c['anchor']
            n = text.count(a)
            assert n == 1, (self.name, ln, a, n)
            if c.get('_s'):
                assert c['_s'] in a, (self.name, ln, a, c['_s'])
            c['line'] = ln
            self.claims.append(c)

    def tag(self, name):
        """Name the next line, for '@name' references in notes."""
        assert name not in self.tags
        self.tags[name] = len(self.lines) + 1

    def fn(self, text, *claims, tag=None):
        self.add(FN + text, *claims, tag=tag)

    def resolve(self):
        """Replace '@name' line references in notes by 'line N'."""
        import re
        for c in self.claims:
            c['note'] = re.sub(r'@([a-z0-9_]+)', lambda m: 'line %d' % self.tags[m.group(1)], c['note'])

    def text(self):
        return '\n'.join(self.lines) + '\n'


DRAFTS = []


def draft(f):
    DRAFTS.append(f)
    return f


# =============================================================== h22-01
@draft
def d01():
    d = Draft('h22-01-bia-nuoc-giai-khat', 'Công ty Cổ phần Bia và Nước giải khát Phú Yên (Hội đồng quản trị)',
              'Báo cáo kết quả sản xuất, kinh doanh năm 2024 và kế hoạch năm 2025')
    cp_nn, cp_tct, cp_kh = V('9.511.500'), V('3.730.000'), V('5.408.500')
    cp = cp_nn + cp_tct + cp_kh
    vdl = V('186,5')
    cap1, cap2, cap_ngk = V('50'), V('30'), V('12')
    cap = cap1 + cap2
    ld, ld23, ql, kt, cn, bh, nu, dv = 418, 432, 46, 71, 256, 45, 131, 92
    sx, sx_kh, sx23 = V('62,48'), V('60'), V('57,52')
    chai, lon, hoi, ngk = V('31,26'), V('18,94'), V('4,12'), V('8,16')
    bia = chai + lon + hoi
    qs = [V('11,86'), V('17,94'), V('19,65'), V('13,03')]
    tt, tt23, t_tinh, t_tn, t_kh = V('61,75'), V('56,91'), V('38,6'), V('14,8'), V('8,35')
    dt, dt_kh, dt23 = V('1.126,48'), V('1.080'), V('1.042,16')
    dt_bh, dt_tc, dt_k = V('1.098,27'), V('18,64'), V('9,57')
    dt_bia, dt_ngk, dt_pp = V('960,58'), V('82,15'), V('55,54')
    cps = [V('871,25'), V('128,45'), V('52,37'), V('11,93'), V('3,74')]
    cpT = sum(cps)
    ln, ln_kh, ln23, lnst = V('58,74'), V('50'), V('48,15'), V('46,99')
    ns_parts = [V('318,62'), V('64,18'), V('11,75'), V('12,39'), V('5,41')]
    ns, ns_kh = sum(ns_parts), V('395')
    assert ns == V('412,35') and cpT == V('1.067,74') and dt - cpT == ln
    r_ln, r_ln23 = P(ln, dt), P(ln23, dt23)
    dtu = [V('52,6'), V('5,9'), V('4,6'), V('1,2')]

    d.add('CÔNG TY CỔ PHẦN BIA VÀ NƯỚC GIẢI KHÁT PHÚ YÊN')
    d.add('HỘI ĐỒNG QUẢN TRỊ')
    d.add('Số: 09/BC-HĐQT')
    d.add('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    d.add('Độc lập - Tự do - Hạnh phúc')
    d.add('Phú Yên, ngày 18 tháng 3 năm 2025')
    d.add('BÁO CÁO')
    d.add('Kết quả sản xuất, kinh doanh năm 2024 và kế hoạch năm 2025 (trình Đại hội đồng cổ đông thường niên năm 2025)')
    d.add('Thực hiện Nghị quyết số 01/2024/NQ-ĐHĐCĐ ngày 25/4/2024 của Đại hội đồng cổ đông và Quyết định số '
          '125/QĐ-UBND ngày 12/3/2024 của Ủy ban nhân dân tỉnh, Hội đồng quản trị báo cáo kết quả năm 2024 như sau:')
    d.add('I. ĐẶC ĐIỂM TÌNH HÌNH')
    d.tag('cap')
    d.add(f'Công ty được cổ phần hóa từ năm 2006, vốn điều lệ {F(vdl)} tỷ đồng, tương ứng {F(cp)} cổ phần; trong đó phần vốn '
          f'nhà nước do Ủy ban nhân dân tỉnh làm đại diện chủ sở hữu {F(cp_nn)} cổ phần, chiếm {F(P(cp_nn, cp))}%; Công ty '
          f'Cổ phần Đầu tư Thương mại Miền Trung {F(cp_tct)} cổ phần, chiếm {F(P(cp_tct, cp))}%; các cổ đông khác '
          f'{F(cp_kh)} cổ phần. Công ty có {Z(2)} nhà máy với tổng công suất thiết kế {F(cap)} triệu lít bia/năm (Nhà máy '
          f'Bia Tuy Hòa {F(cap1)} triệu lít, Nhà máy Bia Sông Cầu {F(cap2)} triệu lít) và {Z(1)} dây chuyền nước giải khát '
          f'công suất {F(cap_ngk)} triệu lít/năm.',
          sum_(f'tương ứng {F(cp)} cổ phần', cp, [cp_nn, cp_tct, cp_kh]),
          share(f'chiếm {F(P(cp_nn, cp))}%', P(cp_nn, cp), cp_nn, cp),
          share(f'chiếm {F(P(cp_tct, cp))}%', P(cp_tct, cp), cp_tct, cp),
          sum_(f'tổng công suất thiết kế {F(cap)} triệu lít', cap, [cap1, cap2]))
    d.tag('lab')
    d.add(f'Đến ngày 31/12/2024, tổng số lao động của Công ty là {ld} người, giảm {ld23 - ld} người so với cùng thời điểm '
          f'năm 2023 ({ld23} người); chia ra: cán bộ quản lý {ql} người, lao động kỹ thuật - nghiệp vụ {kt} người '
          f'(chiếm {F(T(kt, ld))}%), công nhân trực tiếp sản xuất {cn} người, nhân viên bán hàng, tiếp thị {bh} người. '
          f'Trong tổng số lao động có {nu} lao động nữ ({F(P(nu, ld))}%), {dv} đảng viên.',
          sum_(f'tổng số lao động của Công ty là {ld} người', ld, [ql, kt, cn, bh]),
          diff(f'giảm {ld23 - ld} người', ld23 - ld, ld, ld23, 'giảm'),
          share(f'(chiếm {F(T(kt, ld))}%)', T(kt, ld), kt, ld, 'rounding', 'truncated'),
          share(f'({F(P(nu, ld))}%)', P(nu, ld), nu, ld),
          subset(f'{dv} đảng viên', dv, ld, note='party members among all staff; overlaps nữ'))
    d.add('Năm 2024, sức mua bia giảm do tác động của Nghị định số 100/2019/NĐ-CP, giá malt nhập khẩu và chi phí vận '
          'chuyển tăng, cạnh tranh gay gắt với các hãng bia lớn; song Công ty đã hoàn thành vượt mức các chỉ tiêu chủ yếu.')
    d.add('II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024')
    d.add('1. Sản xuất và tiêu thụ sản phẩm')
    d.tag('prod')
    d.add(f'Tổng sản lượng sản xuất năm 2024 đạt {F(sx)} triệu lít, đạt {F(P(sx, sx_kh))}% kế hoạch năm ({F(sx_kh)} triệu '
          f'lít), bằng {F(P(sx, sx23))}% so với năm 2023 ({F(sx23)} triệu lít); gồm bia chai {F(chai)} triệu lít, bia lon '
          f'{F(lon)} triệu lít, bia hơi {F(hoi)} triệu lít và nước giải khát {F(ngk)} triệu lít. Riêng sản lượng bia các loại '
          f'là {F(bia)} triệu lít, trong đó bia lon chiếm {F(T(lon, bia))}%; hai nhà máy bia đã khai thác '
          f'{F(P(bia, cap))}% tổng công suất thiết kế, dây chuyền nước giải khát đạt {F(P(ngk, cap_ngk))}% công suất.',
          ratio(f'đạt {F(P(sx, sx_kh))}% kế hoạch', P(sx, sx_kh), sx, sx_kh),
          ratio(f'bằng {F(P(sx, sx23))}% so với năm 2023', P(sx, sx23), sx, sx23),
          sum_(f'sản xuất năm 2024 đạt {F(sx)} triệu lít', sx, [chai, lon, hoi, ngk]),
          sum_(f'bia các loại là {F(bia)} triệu lít', bia, [chai, lon, hoi]),
          share(f'bia lon chiếm {F(T(lon, bia))}%', T(lon, bia), lon, bia, 'rounding', 'truncated'),
          share(f'khai thác {F(P(bia, cap))}%', P(bia, cap), bia, cap, note='base: design capacity of the two breweries (@cap)'),
          share(f'đạt {F(P(ngk, cap_ngk))}% công suất', P(ngk, cap_ngk), ngk, cap_ngk))
    d.add(f'Trong tổng sản lượng {F(sx)} triệu lít, quý I sản xuất {F(qs[0])} triệu lít, quý II {F(qs[1])} triệu lít, quý III '
          f'{F(qs[2])} triệu lít, quý IV {F(qs[3])} triệu lít; quý III cao nhất, chiếm {F(P(qs[2], sx))}% sản lượng cả năm, '
          f'riêng tháng 7/2024 đạt 7,12 triệu lít.',
          sum_(f'Trong tổng sản lượng {F(sx)} triệu lít', sx, qs),
          share(f'chiếm {F(P(qs[2], sx))}%', P(qs[2], sx), qs[2], sx),
          subset('tháng 7/2024 đạt 7,12 triệu lít', V('7,12'), qs[2], note='one month of quý III'))
    w107 = P(tt, sx23)
    d.add(f'Sản lượng tiêu thụ cả năm đạt {F(tt)} triệu lít, bằng {F(P(tt, sx))}% sản lượng sản xuất và bằng {F(w107)}% so '
          f'với năm 2023 ({F(tt23)} triệu lít). Thị trường trong tỉnh tiêu thụ {F(t_tinh)} triệu lít ({F(P(t_tinh, tt))}%), '
          f'các tỉnh Tây Nguyên {F(t_tn)} triệu lít ({F(T(t_tn, tt))}%), thị trường khác {F(t_kh)} triệu lít '
          f'({F(P(t_kh, tt))}%); cộng {F(tt)} triệu lít.',
          ratio(f'bằng {F(P(tt, sx))}% sản lượng sản xuất', P(tt, sx), tt, sx),
          ratio(f'bằng {F(w107)}% so với năm 2023', w107, tt, tt23, 'inconsistent',
                f'computed on 2023 production {F(sx23)} instead of 2023 sales {F(tt23)}'),
          sum_(f'cộng {F(tt)} triệu lít', tt, [t_tinh, t_tn, t_kh]),
          share(f'({F(P(t_tinh, tt))}%)', P(t_tinh, tt), t_tinh, tt),
          share(f'({F(T(t_tn, tt))}%)', T(t_tn, tt), t_tn, tt, 'rounding', 'truncated'),
          share(f'({F(P(t_kh, tt))}%)', P(t_kh, tt), t_kh, tt))
    d.add('2. Doanh thu, chi phí và lợi nhuận')
    d.tag('rev')
    d.add(f'Tổng doanh thu và thu nhập khác năm 2024 đạt {F(dt)} tỷ đồng, đạt {F(P(dt, dt_kh))}% kế hoạch ({F(dt_kh)} tỷ '
          f'đồng), tăng {F(dt - dt23)} tỷ đồng so với năm 2023 ({F(dt23)} tỷ đồng); gồm doanh thu bán hàng và cung cấp dịch '
          f'vụ {F(dt_bh)} tỷ đồng, doanh thu hoạt động tài chính {F(dt_tc)} tỷ đồng, thu nhập khác {F(dt_k)} tỷ đồng. Trong '
          f'doanh thu bán hàng, bia các loại {F(dt_bia)} tỷ đồng (chiếm {F(P(dt_bia, dt_bh))}%), nước giải khát {F(dt_ngk)} '
          f'tỷ đồng, phụ phẩm và dịch vụ {F(dt_pp)} tỷ đồng.',
          sum_(f'đạt {F(dt)} tỷ đồng', dt, [dt_bh, dt_tc, dt_k]),
          ratio(f'đạt {F(P(dt, dt_kh))}% kế hoạch', P(dt, dt_kh), dt, dt_kh),
          diff(f'tăng {F(dt - dt23)} tỷ đồng', dt - dt23, dt, dt23, 'tăng'),
          sum_(f'vụ {F(dt_bh)} tỷ đồng', dt_bh, [dt_bia, dt_ngk, dt_pp]),
          share(f'(chiếm {F(P(dt_bia, dt_bh))}%)', P(dt_bia, dt_bh), dt_bia, dt_bh))
    d.add(f'Tổng chi phí năm 2024 là {F(cpT)} tỷ đồng, gồm giá vốn hàng bán {F(cps[0])} tỷ đồng, chi phí bán hàng '
          f'{F(cps[1])} tỷ đồng, chi phí quản lý doanh nghiệp {F(cps[2])} tỷ đồng, chi phí tài chính {F(cps[3])} tỷ đồng và '
          f'chi phí khác {F(cps[4])} tỷ đồng. Chi phí nguyên vật liệu chính (malt, gạo, houblon) 398,6 tỷ đồng, chiếm 46,2% '
          f'giá thành sản xuất; giá malt bình quân tăng 7,8% so với năm trước.',
          sum_(f'là {F(cpT)} tỷ đồng', cpT, cps),
          amb('chiếm 46,2% giá thành sản xuất', 'share',
              'Base "giá thành sản xuất" is not stated; 398,6 / 871,25 (giá vốn hàng bán) = 45,75%, 398,6 / 1.067,74 '
              '(tổng chi phí) = 37,33%; production cost differs from cost of goods sold by the stock change, so it cannot be decided.',
              '46,2'))
    d.tag('prof')
    d.add(f'Lợi nhuận trước thuế đạt {F(ln)} tỷ đồng, bằng {F(P(ln, ln_kh))}% kế hoạch ({F(ln_kh)} tỷ đồng), tăng '
          f'{F(ln - ln23)} tỷ đồng so với năm 2023 ({F(ln23)} tỷ đồng); lợi nhuận sau thuế {F(lnst)} tỷ đồng, tỷ suất lợi '
          f'nhuận sau thuế trên vốn điều lệ đạt {F(P(lnst, vdl))}%. Tỷ suất lợi nhuận trước thuế trên tổng doanh thu đạt '
          f'{F(r_ln)}%, năm 2023 là {F(r_ln23)}%, tăng 0,95 điểm phần trăm. Hội đồng quản trị đề xuất chia cổ tức bằng tiền '
          f'15% vốn điều lệ, tương ứng 27,975 tỷ đồng.',
          ratio(f'bằng {F(P(ln, ln_kh))}% kế hoạch', P(ln, ln_kh), ln, ln_kh),
          diff(f'tăng {F(ln - ln23)} tỷ đồng', ln - ln23, ln, ln23, 'tăng'),
          share(f'vốn điều lệ đạt {F(P(lnst, vdl))}%', P(lnst, vdl), lnst, vdl),
          share(f'doanh thu đạt {F(r_ln)}%', r_ln, ln, dt),
          share(f'năm 2023 là {F(r_ln23)}%', r_ln23, ln23, dt23),
          points('tăng 0,95 điểm phần trăm', V('0,95'), r_ln, r_ln23, 'tăng', 'inconsistent', 'digits transposed (0,59)'),
          share('15% vốn điều lệ, tương ứng 27,975 tỷ đồng', V('15'), V('27,975'), vdl))
    d.add('3. Nghĩa vụ với ngân sách nhà nước')
    d.tag('ns')
    d.add(f'Năm 2024, Công ty nộp ngân sách nhà nước {F(ns)} tỷ đồng, đạt {F(P(ns, ns_kh))}% kế hoạch, bằng 37,55% tổng '
          f'doanh thu; gồm thuế tiêu thụ đặc biệt {F(ns_parts[0])} tỷ đồng (chiếm {F(P(ns_parts[0], ns))}% số nộp), thuế giá '
          f'trị gia tăng {F(ns_parts[1])} tỷ đồng, thuế thu nhập doanh nghiệp {F(ns_parts[2])} tỷ đồng, tiền thuê đất '
          f'{F(ns_parts[3])} tỷ đồng, các khoản phí, lệ phí khác {F(ns_parts[4])} tỷ đồng.',
          sum_(f'nộp ngân sách nhà nước {F(ns)} tỷ đồng', ns, ns_parts),
          ratio(f'đạt {F(P(ns, ns_kh))}% kế hoạch', P(ns, ns_kh), ns, ns_kh, note='plan 395 stated in footnote (@fnplan)'),
          share('bằng 37,55% tổng doanh thu', V('37,55'), ns, dt, 'inconsistent',
                f'computed on doanh thu bán hàng {F(dt_bh)} instead of tổng doanh thu'),
          share(f'(chiếm {F(P(ns_parts[0], ns))}% số nộp)', P(ns_parts[0], ns), ns_parts[0], ns))
    d.add('4. Quản lý kỹ thuật, tiêu hao và môi trường')
    d.add('Hệ thống ISO 22000:2018 được duy trì. Định mức tiêu hao điện năng bình quân 86,4 kWh/1.000 lít, giảm 3,1 kWh so với năm 2023 (89,5 kWh/1.000 lít); '
          'tiêu hao nước 5,12 m³/1.000 lít, giảm 0,25 m³ so với năm 2023 (4,87 m³/1.000 lít); tỷ lệ hao hụt bia thành phẩm '
          '1.25%. Hệ thống xử lý nước thải công suất 1.250 m³/ngày đêm vận hành ổn định, các đợt quan trắc đều đạt quy chuẩn.',
          diff('giảm 3,1 kWh', V('3,1'), V('86,4'), V('89,5'), 'giảm'),
          diff('giảm 0,25 m³', V('0,25'), V('5,12'), V('4,87'), 'giảm', 'inconsistent', 'wrong direction'),
          amb('hao hụt bia thành phẩm 1.25%', 'share',
              '"1.25%" mixes the separators: 125% under vi-VN rules or a mistyped 1,25%; no base given to decide.', '1.25'))
    d.add('5. Đầu tư phát triển')
    d.add(f'Dự án dây chuyền chiết lon công suất 30.000 lon/giờ tại Nhà máy Bia Tuy Hòa (Quyết định số 46/QĐ-HĐQT ngày '
          f'08/5/2023) có tổng mức đầu tư 96,8 tỷ đồng, gồm vốn chủ sở hữu 38,7 tỷ đồng và vốn vay thương mại ... tỷ đồng. '
          f'Lũy kế đến 31/12/2024 đã giải ngân 71,4 tỷ đồng (năm 2023: 18,8 tỷ đồng; năm 2024: 52,6 tỷ đồng), đạt '
          f'{F(P(V("71,4"), V("96,8")))}% tổng mức đầu tư. Giá trị đầu tư, mua sắm năm 2024 là 59,7 tỷ đồng, gồm dây chuyền '
          f'chiết lon 52,6 tỷ đồng, cải tạo hệ thống xử lý nước thải 5,9 tỷ đồng, xe tải phân phối 4,6 tỷ đồng và thiết bị văn phòng 1,2 '
          f'tỷ đồng.',
          amb('tổng mức đầu tư 96,8 tỷ đồng', 'sum',
              'The loan part is a placeholder ("..."): 38,7 + ... cannot be checked against 96,8.', '96,8'),
          sum_('giải ngân 71,4 tỷ đồng', V('71,4'), [V('18,8'), V('52,6')]),
          share(f'đạt {F(P(V("71,4"), V("96,8")))}%', P(V('71,4'), V('96,8')), V('71,4'), V('96,8')),
          sum_('năm 2024 là 59,7 tỷ đồng', V('59,7'), dtu, 'inconsistent',
               'total 59,7 = 64,3 − 4,6: the xe tải part was left out of the total'))
    d.add('6. Lao động, tiền lương')
    d.add(f'Thu nhập bình quân của người lao động đạt 14,6 triệu đồng/người/tháng, tăng 0,7 triệu đồng, tương ứng tăng '
          f'{F(G(V("14,6"), V("13,9")))}% so với năm 2023 (13,9 triệu đồng). Công ty tổ chức 18 lớp đào tạo, bồi dưỡng với '
          f'624 lượt người tham gia; riêng {ql} cán bộ quản lý có 27 người được bồi dưỡng kỹ năng quản trị và 24 người được '
          f'bồi dưỡng về marketing, bán hàng.',
          diff('tăng 0,7 triệu đồng', V('0,7'), V('14,6'), V('13,9'), 'tăng'),
          ratio(f'tăng {F(G(V("14,6"), V("13,9")))}%', G(V('14,6'), V('13,9')), V('14,6'), V('13,9'), mode='growth'),
          repeat(f'riêng {ql} cán bộ quản lý', ql, ql, '@lab'),
          amb('27 người được bồi dưỡng kỹ năng quản trị và 24 người', 'subset',
              '27 + 24 = 51 > 46 managers; the two trainings may overlap (one person in both), so it cannot be decided.', '27'))
    d.add('III. ĐÁNH GIÁ CHUNG')
    d.add(f'Năm 2024, Công ty hoàn thành vượt mức {Z(4)}/{Z(4)} chỉ tiêu chủ yếu do Đại hội đồng cổ đông giao: sản lượng '
          f'sản xuất {F(sx)} triệu lít, tổng doanh thu 1.162,48 tỷ đồng, lợi nhuận trước thuế {F(ln)} tỷ đồng, nộp ngân sách '
          f'{F(ns)} tỷ đồng; doanh thu thuần về bán hàng và cung cấp dịch vụ đạt 1.091,62 tỷ đồng. Tuy vậy, thị phần ngoài '
          f'tỉnh còn thấp, chi phí bán hàng chiếm tỷ trọng lớn, một số thiết bị của Nhà máy Bia Sông Cầu đã lạc hậu.',
          fraction(f'{Z(4)}/{Z(4)} chỉ tiêu', 4, 4, note='sản lượng 104,13%, doanh thu 104,30%, lợi nhuận 117,48%, ngân sách 104,39% of plan: all four exceeded'),
          repeat(f'sản lượng sản xuất {F(sx)} triệu lít', sx, sx, '@prod'),
          repeat('tổng doanh thu 1.162,48 tỷ đồng', V('1.162,48'), dt, '@rev', 'inconsistent', 'digits transposed'),
          repeat(f'lợi nhuận trước thuế {F(ln)} tỷ đồng', ln, ln, '@prof'),
          repeat(f'nộp ngân sách {F(ns)} tỷ đồng', ns, ns, '@ns'),
          amb('thuần về bán hàng và cung cấp dịch vụ đạt 1.091,62', 'repeat',
              'Line 20 gives doanh thu bán hàng và cung cấp dịch vụ 1.098,27; "doanh thu thuần" is after deductions '
              '(chiết khấu, hàng bán bị trả lại) not stated, so 1.091,62 may be right or a retyping.', '1.091,62'))
    d.add('IV. KẾ HOẠCH NĂM 2025')
    d.add(f'Hội đồng quản trị trình Đại hội đồng cổ đông các chỉ tiêu kế hoạch năm 2025: sản lượng sản xuất 65 triệu lít, '
          f'tăng {F(G(V("65"), sx))}% so với thực hiện năm 2023; tổng doanh thu 1.180 tỷ đồng, bằng '
          f'{F(P(V("1180"), dt))}% thực hiện năm 2024; lợi nhuận trước thuế 62 tỷ đồng, tăng {F(V("62") - ln)} tỷ đồng; nộp '
          f'ngân sách ... tỷ đồng; cổ tức không thấp hơn 15%.',
          term('so với thực hiện năm 2023', 'năm 2023', 'năm 2024', 'inconsistent',
               f'65 / 62,48 = +4,03% matches 2024 output; 65 / 57,52 (2023) would be +13,00%'),
          ratio(f'bằng {F(P(V("1180"), dt))}%', P(V('1180'), dt), V('1180'), dt),
          diff(f'tăng {F(V("62") - ln)} tỷ đồng', V('62') - ln, V('62'), ln, 'tăng', note='2025 plan against 2024 result'))
    d.add('Hội đồng quản trị kính trình Đại hội đồng cổ đông xem xét, thông qua./.')
    d.add('TM. HỘI ĐỒNG QUẢN TRỊ - CHỦ TỊCH')
    d.tag('fnplan')
    d.fn(f'Quyết định số 125/QĐ-UBND ngày 12/3/2024 giao: tổng doanh thu {F(dt_kh)} tỷ đồng; lợi nhuận trước thuế '
         f'{F(ln_kh)} tỷ đồng; nộp ngân sách {F(ns_kh)} tỷ đồng.',
         repeat(f'tổng doanh thu {F(dt_kh)} tỷ đồng', dt_kh, dt_kh, 'plan, @rev'),
         repeat(f'thuế {F(ln_kh)} tỷ đồng', ln_kh, ln_kh, 'plan, @prof'))
    d.fn(f'Lao động ký hợp đồng không xác định thời hạn 352 người, hợp đồng xác định thời hạn 66 người, cộng {ld} người.',
         sum_(f'cộng {ld} người', ld, [352, 66]))
    return d



# =============================================================== h22-02
@draft
def d02():
    d = Draft('h22-02-thuy-san-xuat-khau', 'Công ty Cổ phần Thủy sản và Thương mại Sóc Trăng (Ban Tổng Giám đốc)',
              'Báo cáo tình hình sản xuất, kinh doanh năm 2024 và phương hướng, nhiệm vụ năm 2025')
    nm = [V('12.000'), V('9.500'), V('6.500')]
    kho = [V('1.800'), V('1.500'), V('1.500')]
    vdl, vnn = V('245'), V('88,2')
    nl = [V('17.615'), V('9.842'), V('2.236'), V('1.575')]
    nlT, nl23 = sum(nl), V('30.004')
    lk, r23lk = V('12.460'), V('36,12')
    r_lk = P(lk, nlT)
    tp, tp_kh, tp23 = V('14.352'), V('14.000'), V('13.618')
    tpp = [V('12.086'), V('1.248'), V('1.018')]
    tom, gtgt = tpp[0], V('4.215')
    xk, xk_kh, xk23 = V('86,42'), V('80'), V('79,65')
    slx, slx23 = V('13.905'), V('13.135')
    mk = OrderedDict([('Nhật Bản', V('31,28')), ('Hoa Kỳ', V('22,16')), ('EU', V('14,53')),
                      ('Hàn Quốc', V('9,87')), ('Trung Quốc', V('5,12')), ('khác', V('3,46'))])
    assert sum(mk.values()) == xk
    mk_w = list(mk.values()); mk_w[3] = V('9,78')          # transposed digits in the draft
    qs = [V('17,86'), V('21,45'), V('24,37'), V('22,74')]
    q4_23 = V('20,81')
    yrs = [V('68,2'), V('83,57'), xk23, xk]
    dt_p = [V('2.148,3'), V('98,6'), V('17,8')]
    dt, dt_kh = sum(dt_p), V('2.180')
    ln, ln_kh, ln23 = V('41,36'), V('45'), V('44,64')
    ns, ns23 = V('28,45'), V('26,73')
    ld, ld23, ttr, gt, nu, km = 2146, 2208, 1842, 304, 1395, 486

    d.add('CÔNG TY CỔ PHẦN THỦY SẢN VÀ THƯƠNG MẠI SÓC TRĂNG')
    d.add('Số: 27/BC-TSST')
    d.add('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM - Độc lập - Tự do - Hạnh phúc')
    d.add('Sóc Trăng, ngày 10 tháng 01 năm 2025')
    d.add('BÁO CÁO')
    d.add('Tình hình sản xuất, kinh doanh năm 2024 và phương hướng, nhiệm vụ năm 2025 (tại Hội nghị người lao động năm 2025)')
    d.add('Căn cứ Nghị quyết số 02/NQ-ĐHĐCĐ ngày 19/4/2024 của Đại hội đồng cổ đông thường niên và Quyết định số '
          '08/QĐ-HĐQT ngày 05/01/2024 của Hội đồng quản trị về giao kế hoạch sản xuất, kinh doanh năm 2024, Ban Tổng Giám '
          'đốc báo cáo tình hình thực hiện nhiệm vụ năm 2024 và phương hướng, nhiệm vụ năm 2025 như sau:')
    d.add('Phần thứ nhất: KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024')
    d.add('I. TÌNH HÌNH CHUNG')
    d.tag('cap')
    d.add(f'Công ty có vốn điều lệ {F(vdl)} tỷ đồng, trong đó phần vốn nhà nước {F(vnn)} tỷ đồng, chiếm '
          f'{F(P(vnn, vdl))}%; quản lý {Z(3)} nhà máy chế biến với tổng công suất {F(sum(nm))} tấn thành phẩm/năm (Nhà máy '
          f'Phường 8: {F(nm[0])} tấn, Nhà máy Mỹ Xuyên: {F(nm[1])} tấn, Nhà máy Vĩnh Châu: {F(nm[2])} tấn) và hệ thống kho '
          f'lạnh sức chứa {F(sum(kho))} tấn (kho Phường 8 {F(kho[0])} tấn, kho Mỹ Xuyên và kho Vĩnh Châu mỗi kho '
          f'{F(kho[1])} tấn). Năm 2024, giá tôm nguyên liệu biến động mạnh, thị trường Hoa Kỳ áp thuế chống bán phá giá, '
          f'chi phí logistics tăng cao, ảnh hưởng trực tiếp đến hiệu quả kinh doanh.',
          share(f'chiếm {F(P(vnn, vdl))}%', P(vnn, vdl), vnn, vdl),
          sum_(f'tổng công suất {F(sum(nm))} tấn', sum(nm), nm),
          sum_(f'sức chứa {F(sum(kho))} tấn', sum(kho), kho, note='"mỗi kho 1.500 tấn" counts twice'))
    d.add('II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU')
    d.add('1. Thu mua nguyên liệu')
    d.tag('buy')
    d.add(f'- Tổng sản lượng nguyên liệu thu mua {F(nlT)} tấn, bằng {F(P(nlT, nl23))}% so với năm 2023 ({F(nl23)} tấn), '
          f'tăng {F(nlT - nl23)} tấn; giá trị thu mua 4.286,5 tỷ đồng; chia ra: tôm thẻ chân trắng {F(nl[0])} tấn '
          f'({F(P(nl[0], nlT))}%), tôm sú {F(nl[1])} tấn ({F(P(nl[1], nlT))}%), mực và bạch tuộc {F(nl[2])} tấn, cá các '
          f'loại {F(nl[3])} tấn.',
          sum_(f'thu mua {F(nlT)} tấn', nlT, nl),
          ratio(f'bằng {F(P(nlT, nl23))}%', P(nlT, nl23), nlT, nl23),
          diff(f'tăng {F(nlT - nl23)} tấn', nlT - nl23, nlT, nl23, 'tăng'),
          share(f'({F(P(nl[0], nlT))}%)', P(nl[0], nlT), nl[0], nlT),
          share(f'({F(P(nl[1], nlT))}%)', P(nl[1], nlT), nl[1], nlT))
    d.add(f'- Nguyên liệu từ vùng nuôi liên kết đạt {F(lk)} tấn, chiếm {F(r_lk)}% tổng sản lượng thu mua (năm 2023: '
          f'{F(r23lk)}%), tăng {F(r_lk - r23lk)}%; vùng nuôi liên kết có diện tích 2.186 ha với 1.047 hộ, trong đó 624 ha '
          f'đạt chứng nhận ASC, 318 ha nuôi theo quy trình hữu cơ.',
          share(f'chiếm {F(r_lk)}%', r_lk, lk, nlT),
          points(f'tăng {F(r_lk - r23lk)}%', r_lk - r23lk, r_lk, r23lk, 'tăng', note='"%" written for points'),
          subset('624 ha', 624, 2186),
          subset('318 ha', 318, 2186, note='organic and ASC areas may overlap; each ≤ 2.186'))
    d.add('2. Sản xuất, chế biến')
    d.tag('prod')
    d.add(f'- Sản lượng thành phẩm {F(tp)} tấn, đạt {F(P(tp, tp_kh))}% kế hoạch ({F(tp_kh)} tấn), bằng '
          f'{F(T(tp, tp23, 1))}% so với năm 2023 ({F(tp23)} tấn), tăng {F(tp - tp23)} tấn, sử dụng '
          f'{F(P(tp, sum(nm)))}% tổng công suất chế biến; gồm các mặt hàng tôm {F(tpp[0])} tấn, mực và bạch tuộc '
          f'{F(tpp[1])} tấn, cá {F(tpp[2])} tấn.',
          sum_(f'thành phẩm {F(tp)} tấn', tp, tpp),
          ratio(f'đạt {F(P(tp, tp_kh))}% kế hoạch', P(tp, tp_kh), tp, tp_kh),
          ratio(f'bằng {F(T(tp, tp23, 1))}%', T(tp, tp23, 1), tp, tp23, 'rounding', 'truncated'),
          diff(f'tăng {F(tp - tp23)} tấn', tp - tp23, tp, tp23, 'tăng'),
          share(f'sử dụng {F(P(tp, sum(nm)))}%', P(tp, sum(nm)), tp, sum(nm), note='base: capacity 28.000 tấn, @cap'))
    d.add(f'- Sản lượng tôm {F(tom)} tấn, trong đó tôm thẻ 8.640 tấn, tôm sú 3.120 tấn, mặt hàng giá trị gia tăng (nobashi, '
          f'tẩm bột, sushi) {F(gtgt)} tấn, chiếm {F(T(gtgt, tom))}% sản lượng tôm. Định mức tiêu hao nguyên liệu bình quân '
          f'2,18 kg/kg thành phẩm, giảm 0,04 kg so với năm 2023 (2,22 kg/kg).',
          repeat(f'Sản lượng tôm {F(tom)} tấn', tom, tom, '@prod'),
          amb('tôm sú 3.120 tấn, mặt hàng giá trị gia tăng', 'sum',
              '8.640 + 3.120 + 4.215 = 15.975 > 12.086; species (thẻ, sú) and product type (giá trị gia tăng) are '
              'different cuts that overlap, but the text lists them as one breakdown; species alone 11.760 < 12.086.',
              '3.120'),
          share(f'chiếm {F(T(gtgt, tom))}%', T(gtgt, tom), gtgt, tom, 'rounding', 'truncated'),
          diff('giảm 0,04 kg', V('0,04'), V('2,18'), V('2,22'), 'giảm'))
    d.add(f'- Trong năm, Công ty tiếp 32 đoàn đánh giá của khách hàng và cơ quan thẩm quyền nước nhập khẩu, 31/32 đoàn '
          f'đánh giá đạt yêu cầu, tỷ lệ {F(P(31, 32))}%; {Z(3)}/{Z(4)} nhà máy được cấp chứng nhận BRC phiên bản 9, '
          f'{Z(2)} nhà máy duy trì chứng nhận ASC, BAP.',
          fraction('31/32 đoàn', 31, 32, pct=P(31, 32), note='exact tie 96,875 rounds half up to 96,88'),
          fraction(f'{Z(3)}/{Z(4)} nhà máy', 3, 4, 'inconsistent', den_ref=3,
                   note='the company has 03 factories (@cap)'),
          subset(f'{Z(2)} nhà máy duy trì', 2, 3, note='of the 03 factories'))
    d.add('3. Xuất khẩu')
    d.tag('xk')
    d.add(f'- Kim ngạch xuất khẩu năm 2024 đạt {F(xk)} triệu USD, đạt {F(P(xk, xk_kh))}% kế hoạch ({F(xk_kh)} triệu USD), '
          f'tăng {F(xk - xk23)} triệu USD so với năm 2023 ({F(xk23)} triệu USD); sản lượng xuất khẩu {F(slx)} tấn, bằng '
          f'{F(P(slx, tp))}% sản lượng thành phẩm, tăng {F(G(slx, slx23))}% so với năm 2023 ({F(slx23)} tấn).',
          ratio(f'đạt {F(P(xk, xk_kh))}% kế hoạch', P(xk, xk_kh), xk, xk_kh, note='exact tie 108,025 rounds half up'),
          diff(f'tăng {F(xk - xk23)} triệu USD', xk - xk23, xk, xk23, 'tăng'),
          share(f'bằng {F(P(slx, tp))}%', P(slx, tp), slx, tp),
          ratio(f'tăng {F(G(slx, slx23))}%', G(slx, slx23), slx, slx23, mode='growth'))
    m = list(mk.keys())
    d.add(f'- Cơ cấu thị trường: Nhật Bản {F(mk_w[0])} triệu USD (chiếm {F(T(mk_w[0], xk))}%), Hoa Kỳ {F(mk_w[1])} triệu '
          f'USD ({F(P(mk_w[1], xk))}%), EU {F(mk_w[2])} triệu USD ({F(P(mk_w[2], xk23))}%), Hàn Quốc {F(mk_w[3])} triệu USD, '
          f'Trung Quốc {F(mk_w[4])} triệu USD ({F(P(mk_w[4], xk))}%), các thị trường khác {F(mk_w[5])} triệu USD; cộng '
          f'{F(xk)} triệu USD.',
          sum_(f'cộng {F(xk)} triệu USD', xk, mk_w, 'inconsistent', 'Hàn Quốc 9,78 is likely 9,87 (digits transposed)'),
          share(f'(chiếm {F(T(mk_w[0], xk))}%)', T(mk_w[0], xk), mk_w[0], xk, 'rounding', 'truncated'),
          share(f'({F(P(mk_w[1], xk))}%)', P(mk_w[1], xk), mk_w[1], xk),
          share(f'({F(P(mk_w[2], xk23))}%)', P(mk_w[2], xk23), mk_w[2], xk, 'inconsistent',
                f'computed on the 2023 total {F(xk23)}'),
          share(f'({F(P(mk_w[4], xk))}%)', P(mk_w[4], xk), mk_w[4], xk))
    d.tag('qtr')
    d.add(f'- Theo quý, kim ngạch {F(xk)} triệu USD chia ra: quý I {F(qs[0])} triệu USD, quý II {F(qs[1])} triệu USD, '
          f'quý III {F(qs[2])} triệu USD, quý IV {F(qs[3])} triệu USD (quý IV năm 2023 đạt {F(q4_23)} triệu USD); 6 tháng '
          f'đầu năm đạt {F(qs[0] + qs[1])} triệu USD, chiếm {F(P(qs[0] + qs[1], xk))}% cả năm.',
          sum_(f'kim ngạch {F(xk)} triệu USD chia ra', xk, qs),
          sum_(f'đầu năm đạt {F(qs[0] + qs[1])} triệu USD', qs[0] + qs[1], qs[:2]),
          share(f'chiếm {F(P(qs[0] + qs[1], xk))}%', P(qs[0] + qs[1], xk), qs[0] + qs[1], xk))
    d.add(f'- Công ty tiếp tục là doanh nghiệp xuất khẩu thủy sản lớn thứ hai của tỉnh, chiếm 18,6% kim ngạch xuất khẩu '
          f'thủy sản toàn tỉnh; lũy kế {Z(4)} năm 2021 - 2024 đạt {F(sum(yrs))} triệu USD (năm 2021: {F(yrs[0])}; năm 2022: '
          f'{F(yrs[1])}; năm 2023: {F(yrs[2])}; năm 2024: {F(yrs[3])}), bằng {F(P(sum(yrs), 400))}% mục tiêu 400 triệu USD '
          f'giai đoạn 2021 - 2025.',
          amb('chiếm 18,6% kim ngạch', 'share',
              'Base (provincial seafood exports) is not stated anywhere in the draft; cannot be checked.', '18,6'),
          sum_(f'đạt {F(sum(yrs))} triệu USD', sum(yrs), yrs),
          repeat(f'năm 2023: {F(yrs[2])}', yrs[2], xk23, '@xk'),
          ratio(f'bằng {F(P(sum(yrs), 400))}% mục tiêu', P(sum(yrs), 400), sum(yrs), 400))
    d.add('4. Tài chính')
    d.add(f'- Tổng doanh thu {F(dt)} tỷ đồng, đạt {F(P(dt, dt_kh))}% kế hoạch ({F(dt_kh)} tỷ đồng); gồm doanh thu xuất khẩu '
          f'{F(dt_p[0])} tỷ đồng (chiếm {F(P(dt_p[0], dt))}%), doanh thu nội địa {F(dt_p[1])} tỷ đồng, doanh thu khác '
          f'{F(dt_p[2])} tỷ đồng. Lợi nhuận trước thuế {F(ln)} tỷ đồng, đạt {F(P(ln, ln_kh))}% kế hoạch ({F(ln_kh)} tỷ '
          f'đồng), giảm 2,38 tỷ đồng so với năm 2023 ({F(ln23)} tỷ đồng), tỷ suất lợi nhuận trên doanh thu '
          f'{F(P(ln, dt))}%; nộp ngân sách nhà nước {F(ns)} tỷ đồng, tăng {F(ns - ns23)} tỷ đồng so với năm 2023 '
          f'({F(ns23)} tỷ đồng).',
          sum_(f'Tổng doanh thu {F(dt)} tỷ đồng', dt, dt_p),
          ratio(f'đạt {F(P(dt, dt_kh))}% kế hoạch', P(dt, dt_kh), dt, dt_kh),
          share(f'(chiếm {F(P(dt_p[0], dt))}%)', P(dt_p[0], dt), dt_p[0], dt),
          ratio(f'đạt {F(P(ln, ln_kh))}% kế hoạch', P(ln, ln_kh), ln, ln_kh),
          diff('giảm 2,38 tỷ đồng', V('2,38'), ln, ln23, 'giảm', 'inconsistent', 'digits transposed (3,28)'),
          share(f'doanh thu {F(P(ln, dt))}%', P(ln, dt), ln, dt),
          diff(f'tăng {F(ns - ns23)} tỷ đồng', ns - ns23, ns, ns23, 'tăng'))
    d.add('5. Lao động, chế độ chính sách')
    d.add(f'- Tổng số lao động đến 31/12/2024 là {F(ld)} người, giảm {ld23 - ld} người so với năm 2023 ({F(ld23)} người); '
          f'gồm lao động trực tiếp {F(ttr)} người, gián tiếp {gt} người; trong đó nữ {F(nu)} người ({F(P(nu, ld))}%), '
          f'người dân tộc Khmer {km} người ({F(P(km, ld))}%), trình độ đại học trở lên 186 người. Số lao động tham gia '
          f'bảo hiểm xã hội {F(1695)} người, lao động thời vụ 512 người.',
          sum_(f'là {F(ld)} người', ld, [ttr, gt]),
          diff(f'giảm {ld23 - ld} người', ld23 - ld, ld, ld23, 'giảm'),
          share(f'({F(P(nu, ld))}%)', P(nu, ld), nu, ld),
          share(f'({F(P(km, ld))}%)', P(km, ld), km, ld),
          subset('186 người', 186, ld),
          amb('lao động thời vụ 512 người', 'subset',
              '1.695 + 512 = 2.207 > 2.146: seasonal workers on contracts of one month or more are also insured, so the '
              'two groups may overlap; the text does not say.', '512'))
    d.add(f'- Thu nhập bình quân của người lao động 9,85 triệu đồng/người/tháng, tăng {F(P(V("9,85"), V("9,26")))}% so với '
          f'năm 2023 (9,26 triệu đồng); 100% người lao động được khám sức khỏe định kỳ.',
          ratio(f'tăng {F(P(V("9,85"), V("9,26")))}%', P(V('9,85'), V('9,26')), V('9,85'), V('9,26'), 'inconsistent',
                'the index (106,37) is written after "tăng"; growth is 6,37%', mode='growth'))
    d.add('6. Công tác an sinh xã hội')
    d.add('- Tổng kinh phí an sinh xã hội 1,26 tỷ đồng, gồm xây 04 căn nhà đại đoàn kết cho hộ nghèo 240 triệu đồng, học '
          'bổng cho con công nhân ... triệu đồng, ủng hộ đồng bào bị ảnh hưởng bão số 3 (Yagi) 450 triệu đồng, hỗ trợ hộ nuôi '
          'tôm vùng liên kết 185 triệu đồng.',
          amb('an sinh xã hội 1,26 tỷ đồng', 'sum',
              'One part is a placeholder ("..."); 240 + 450 + 185 = 875 triệu, so the blank would be 385 triệu if the total is right.',
              '1,26'))
    d.add('III. ĐÁNH GIÁ CHUNG')
    d.add('Năm 2024, trong điều kiện thị trường nhiều biến động, Công ty đã giữ vững thị trường truyền thống, vượt kế hoạch '
          'kim ngạch xuất khẩu và sản lượng, bảo đảm việc làm ổn định cho người lao động. Tuy nhiên, lợi nhuận chưa đạt kế '
          'hoạch do giá bán bình quân giảm, chi phí lãi vay và vận chuyển tăng; nguyên liệu từ vùng nuôi liên kết còn thấp; '
          'công suất chế biến chưa được khai thác hết, một số dây chuyền cấp đông đã xuống cấp.')
    d.add('Phần thứ hai: PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025')
    d.add(f'Các chỉ tiêu chủ yếu: kim ngạch xuất khẩu 92 triệu USD, tăng {F(G(92, xk))}% so với năm 2024; sản lượng thành '
          f'phẩm 15.000 tấn, tăng {F(V("15000") - tp)} tấn; lợi nhuận trước thuế 46 tỷ đồng, bằng {F(P(46, ln))}% thực hiện '
          f'năm 2024. Đến nay, Công ty đã ký hợp đồng khung năm 2025 với 12/15 khách hàng truyền thống, đạt '
          f'{F(P(12, 15))}%.',
          ratio(f'tăng {F(G(92, xk))}%', G(92, xk), 92, xk, mode='growth'),
          diff(f'tăng {F(V("15000") - tp)} tấn', V('15000') - tp, V('15000'), tp, 'tăng'),
          ratio(f'bằng {F(P(46, ln))}%', P(46, ln), 46, ln),
          fraction('12/15 khách hàng', 12, 15, pct=P(12, 15)))
    d.add('Nhiệm vụ, giải pháp trọng tâm: mở rộng vùng nuôi liên kết đạt chứng nhận quốc tế; đẩy mạnh mặt hàng giá trị gia '
          'tăng, đa dạng hóa thị trường, giảm phụ thuộc vào thị trường Hoa Kỳ; đầu tư thay thế dây chuyền cấp đông tại Nhà '
          'máy Mỹ Xuyên; tiết kiệm chi phí, quản lý chặt chẽ công nợ; chăm lo đời sống người lao động.')
    d.add('Nơi nhận: - HĐQT Công ty; - Đảng ủy, Công đoàn Công ty; - Lưu: VT, TCHC.')
    d.add('TỔNG GIÁM ĐỐC')
    d.fn(f'Số liệu tổng hợp của Phòng Kế hoạch - Kinh doanh: nguyên liệu thu mua {F(nlT)} tấn; sản lượng thành phẩm 14.532 '
         f'tấn, trong đó tôm {F(tom)} tấn; kim ngạch xuất khẩu cả năm ước đạt 86,24 triệu USD (số liệu đến 15/12/2024).',
         repeat(f'thu mua {F(nlT)} tấn', nlT, nlT, '@buy'),
         repeat('thành phẩm 14.532', V('14.532'), tp, '@prod', 'inconsistent', 'digits transposed'),
         repeat(f'tôm {F(tom)} tấn', tom, tom, '@prod'),
         amb('ước đạt 86,24 triệu USD', 'repeat',
             'An estimate dated 15/12/2024 against the year figure 86,42 (@xk): may be an earlier estimate or a '
             'transposition of 86,42; the text does not settle it.', '86,24'))
    d.fn(f'Kim ngạch quý IV/2024 đạt {F(qs[3])} triệu USD, tăng {F(qs[3] - q4_23)} triệu USD so với quý IV/2022.',
         repeat(f'đạt {F(qs[3])} triệu USD', qs[3], qs[3], '@qtr'),
         diff(f'tăng {F(qs[3] - q4_23)} triệu USD', qs[3] - q4_23, qs[3], q4_23, 'tăng'),
         term('quý IV/2022', 'quý IV/2022', 'quý IV/2023', 'inconsistent',
              'the 1,93 increase is against quý IV năm 2023 (20,81, @qtr)'))
    return d



# =============================================================== h22-03
@draft
def d03():
    d = Draft('h22-03-thuy-dien', 'Công ty Cổ phần Thủy điện Đăk Pô Kô (tỉnh Kon Tum)',
              'Báo cáo tổng kết sản xuất, kinh doanh năm 2024, giai đoạn 2020 - 2024 và nhiệm vụ năm 2025')
    mw = [V('18'), V('12'), V('7')]
    ld, nu, dt_ts = 86, 12, 9
    w_in, w_tbnn, w_xa = V('612,4'), V('563,4'), V('38,6')
    pl = [V('74,86'), V('49,21'), V('24,55')]
    sx, sx_kh, sx23 = sum(pl), V('142'), V('131,47')
    qs = [V('18,34'), V('21,76'), V('62,45'), V('46,07')]
    tp, tp_kh = V('146,35'), V('140')
    tdung = sx - tp
    r_td, r_td23 = P(tdung, sx), V('1,71')
    dt_p = [V('171,26'), V('2,18'), V('0,47')]
    dt, dt_kh, dt23 = sum(dt_p), V('165'), V('158,62')
    cp = [V('38,52'), V('21,36'), V('14,83'), V('16,94'), V('5,27'), V('12,45'), V('3,12')]
    cpT = sum(cp)
    ln, ln_kh, ln23 = dt - cpT, V('54'), V('53,18')
    assert ln == V('61,42')
    ns_p = [V('12,62'), V('4,32'), V('9,87'), V('4,58'), V('0,45')]
    ns, ns23 = sum(ns_p), V('29,01')
    assert ns_p[0] + ns_p[1] == cp[3]
    yrs = [V('118,26'), V('139,84'), V('143,28'), sx23, sx]
    g5, g5_prev = sum(yrs), V('620,31')

    d.add('CÔNG TY CỔ PHẦN THỦY ĐIỆN ĐĂK PÔ KÔ')
    d.add('Số: 35/BC-TĐĐPK                Kon Tum, ngày 08 tháng 01 năm 2025')
    d.add('BÁO CÁO TỔNG KẾT')
    d.add('Công tác sản xuất, kinh doanh năm 2024, giai đoạn 2020 - 2024 và nhiệm vụ năm 2025')
    d.add('Thực hiện Nghị quyết số 03/NQ-HĐQT ngày 15/01/2024 của Hội đồng quản trị về kế hoạch sản xuất, kinh doanh năm '
          '2024 và Văn bản số 2158/SCT-QLNL ngày 02/12/2024 của Sở Công Thương về báo cáo tình hình vận hành các nhà máy '
          'thủy điện, Công ty báo cáo tổng kết như sau:')
    d.add('A. ĐẶC ĐIỂM CHUNG')
    d.tag('cap')
    d.add(f'Công ty quản lý, vận hành {Z(3)} nhà máy thủy điện trên lưu vực sông Đăk Pô Kô với tổng công suất lắp đặt '
          f'{F(sum(mw))} MW, gồm Nhà máy Đăk Pô Kô 1 ({F(mw[0])} MW), Nhà máy Đăk Pô Kô 2 ({F(mw[1])} MW) và Nhà máy Nậm '
          f'Rinh ({Z(mw[2])} MW), mỗi nhà máy {Z(2)} tổ máy, tổng cộng {Z(6)} tổ máy. Hồ chứa Đăk Pô Kô 1 có dung tích toàn '
          f'bộ 46,8 triệu m³, dung tích hữu ích 31,2 triệu m³, chiếm {F(P(V("31,2"), V("46,8")))}%.',
          sum_(f'tổng công suất lắp đặt {F(sum(mw))} MW', sum(mw), mw),
          sum_(f'tổng cộng {Z(6)} tổ máy', 6, [2, 2, 2], note='03 plants × 02 units'),
          share(f'chiếm {F(P(V("31,2"), V("46,8")))}%', P(V('31,2'), V('46,8')), V('31,2'), V('46,8')))
    d.tag('lab')
    d.add(f'Tổng số lao động đến 31/12/2024 là {ld} người, gồm Nhà máy Đăk Pô Kô 1: 34 người, Nhà máy Đăk Pô Kô 2: 27 người, '
          f'Nhà máy Nậm Rinh: 15 người, khối văn phòng: 10 người; trong đó nữ {nu} người ({F(P(nu, ld))}%), người dân tộc '
          f'thiểu số (Xơ Đăng, Ba Na) {Z(dt_ts)} người; 31 kỹ sư, 48 công nhân kỹ thuật vận hành, 15 người có trình độ thạc '
          f'sĩ; 92 người được huấn luyện, sát hạch an toàn điện năm 2024.',
          sum_(f'là {ld} người', ld, [34, 27, 15, 10]),
          share(f'({F(P(nu, ld))}%)', P(nu, ld), nu, ld),
          subset(f'{Z(dt_ts)} người', dt_ts, ld),
          amb('31 kỹ sư, 48 công nhân kỹ thuật vận hành, 15 người có trình độ thạc sĩ', 'subset',
              '31 + 48 + 15 = 94 > 86; masters holders may also be among the engineers, so the overlap cannot be told.', '31'),
          subset('92 người được huấn luyện', 92, ld, 'inconsistent',
                 'a "trong đó" part larger than the 86 staff; probably lượt (times) counted as người'))
    d.add('B. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024')
    d.add('I. CÔNG TÁC VẬN HÀNH, SẢN XUẤT ĐIỆN')
    d.add('Công tác vận hành hồ chứa tuân thủ quy trình vận hành được Ủy ban nhân dân tỉnh phê duyệt; mùa khô ưu tiên tích '
          'nước, điều tiết bảo đảm dòng chảy tối thiểu sau đập và nhu cầu sử dụng nước của hạ du; mùa lũ thực hiện nghiêm '
          'lệnh vận hành của Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh, thông báo trước khi xả lũ.')
    d.add('1. Tình hình thủy văn')
    d.tag('hyd')
    d.add(f'Tổng lượng mưa bình quân lưu vực năm 2024 đạt 2.486 mm, cao hơn 241 mm so với năm 2023 (2.272 mm). Tổng lượng '
          f'nước về hồ Đăk Pô Kô 1 đạt {F(w_in)} triệu m³, bằng {F(T(w_in, w_tbnn, 1))}% trung bình nhiều năm ({F(w_tbnn)} '
          f'triệu m³); do ảnh hưởng hoàn lưu bão số 3 và số 4, hồ phải xả thừa {F(w_xa)} triệu m³, chiếm '
          f'{F(P(w_xa, w_in))}% lượng nước về, lưu lượng xả lớn nhất 1,250 m³/s, lớn hơn 385 m³/s so với năm 2023 (865 m³/s).',
          diff('cao hơn 241 mm', V('241'), V('2486'), V('2272'), 'tăng', 'inconsistent', 'digits transposed (214)'),
          ratio(f'bằng {F(T(w_in, w_tbnn, 1))}%', T(w_in, w_tbnn, 1), w_in, w_tbnn, 'rounding', 'truncated'),
          share(f'chiếm {F(P(w_xa, w_in))}%', P(w_xa, w_in), w_xa, w_in),
          amb('lớn hơn 385 m³/s', 'difference',
              '"1,250 m³/s" is 1,25 under vi-VN rules (then 1,25 − 865 is no increase) or 1.250 with a comma thousands '
              'separator (1.250 − 865 = 385); the unit cannot settle it.', '385'))
    d.add('2. Sản lượng điện')
    d.tag('prod')
    d.add(f'Sản lượng điện sản xuất năm 2024 đạt {F(sx)} triệu kWh, đạt {F(P(sx, sx_kh))}% kế hoạch ({F(sx_kh)} triệu kWh), '
          f'bằng {F(P(sx, sx23))}% so với năm 2023, tăng {F(sx - sx23)} triệu kWh; trong đó Nhà máy Đăk Pô Kô 1 đạt '
          f'{F(pl[0])} triệu kWh, chiếm {F(P(pl[0], sx_kh))}% sản lượng toàn Công ty; Nhà máy Đăk Pô Kô 2 đạt {F(pl[1])} '
          f'triệu kWh, chiếm {F(P(pl[1], sx))}%; Nhà máy Nậm Rinh đạt {F(pl[2])} triệu kWh, chiếm {F(T(pl[2], sx))}%.',
          sum_(f'đạt {F(sx)} triệu kWh', sx, pl, note='"trong đó" lists all three plants: full breakdown'),
          ratio(f'đạt {F(P(sx, sx_kh))}% kế hoạch', P(sx, sx_kh), sx, sx_kh),
          ratio(f'bằng {F(P(sx, sx23))}%', P(sx, sx23), sx, sx23, note='2023 figure 131,47 given at @five'),
          diff(f'tăng {F(sx - sx23)} triệu kWh', sx - sx23, sx, sx23, 'tăng'),
          share(f'chiếm {F(P(pl[0], sx_kh))}%', P(pl[0], sx_kh), pl[0], sx, 'inconsistent',
                f'computed on the plan {F(sx_kh)} instead of the output {F(sx)}'),
          share(f'chiếm {F(P(pl[1], sx))}%;', P(pl[1], sx), pl[1], sx),
          share(f'chiếm {F(T(pl[2], sx))}%.', T(pl[2], sx), pl[2], sx, 'rounding', 'truncated'))
    wet = qs[2] + qs[3]
    d.add(f'Phân theo quý, sản lượng {F(sx)} triệu kWh gồm: quý I {F(qs[0])}, quý II {F(qs[1])}, quý III {F(qs[2])}, quý IV '
          f'{F(qs[3])} triệu kWh. Hai quý mùa mưa đạt {F(wet)} triệu kWh, chiếm {F(T(wet, sx))}% cả năm; riêng tháng 9/2024 '
          f'đạt 24,18 triệu kWh, chiếm {F(P(V("24,18"), qs[2]))}% sản lượng quý III.',
          sum_(f'sản lượng {F(sx)} triệu kWh gồm', sx, qs),
          sum_(f'mùa mưa đạt {F(wet)} triệu kWh', wet, qs[2:]),
          share(f'chiếm {F(T(wet, sx))}%', T(wet, sx), wet, sx, 'rounding', 'truncated'),
          share(f'chiếm {F(P(V("24,18"), qs[2]))}% sản lượng quý III', P(V('24,18'), qs[2]), V('24,18'), qs[2]))
    d.add(f'Sản lượng điện thương phẩm giao lên lưới {F(tp)} triệu kWh, đạt {F(P(tp, tp_kh))}% kế hoạch ({F(tp_kh)} triệu '
          f'kWh); điện tự dùng và tổn thất {F(tdung)} triệu kWh, tỷ lệ {F(r_td)}%, giảm {F(r_td23 - r_td)}% so với năm 2023 '
          f'({F(r_td23)}%).',
          sum_(f'tự dùng và tổn thất {F(tdung)} triệu kWh', sx, [tp, tdung],
               note='own use = output − energy sold: 146,35 + 2,27 = 148,62', judged=tdung),
          ratio(f'đạt {F(P(tp, tp_kh))}% kế hoạch', P(tp, tp_kh), tp, tp_kh),
          share(f'tỷ lệ {F(r_td)}%', r_td, tdung, sx),
          points(f'giảm {F(r_td23 - r_td)}%', r_td23 - r_td, r_td, r_td23, 'giảm'))
    d.add('3. Quản lý kỹ thuật, an toàn')
    d.add(f'Năm 2024 xảy ra {Z(7)} lần sự cố, giảm {Z(4)} lần so với năm 2023 (11 lần), trong đó {Z(3)} sự cố thiết bị, {Z(2)} '
          f'sự cố do lưới điện; tổng thời gian ngừng máy do sự cố 46,5 giờ, giảm 12,3 giờ so với năm 2023 (58,8 giờ). Hoàn '
          f'thành sửa chữa lớn {Z(2)}/{Z(6)} tổ máy theo kế hoạch; chi phí vận hành, sửa chữa 14,83 tỷ đồng, đạt '
          f'{F(P(V("14,83"), 16))}% dự toán (16 tỷ đồng). Các hồ chứa, đập được kiểm định an toàn, phương án phòng chống '
          f'thiên tai được phê duyệt tại Quyết định số 712/QĐ-UBND ngày 24/5/2024 của Ủy ban nhân dân tỉnh.',
          diff(f'giảm {Z(4)} lần', 4, 7, 11, 'giảm'),
          subset(f'trong đó {Z(3)} sự cố thiết bị', 3, 7, note='03 + 02 = 05 ≤ 07, causes not exhaustive'),
          diff('giảm 12,3 giờ', V('12,3'), V('46,5'), V('58,8'), 'giảm'),
          fraction(f'{Z(2)}/{Z(6)} tổ máy', 2, 6, den_ref=6, note='06 units, @cap'),
          ratio(f'đạt {F(P(V("14,83"), 16))}% dự toán', P(V('14,83'), 16), V('14,83'), 16))
    d.add('II. KẾT QUẢ KINH DOANH, TÀI CHÍNH')
    d.tag('rev')
    d.add(f'Tổng doanh thu năm 2024 đạt {F(dt)} tỷ đồng, bằng {F(P(dt, dt_kh))}% kế hoạch ({F(dt_kh)} tỷ đồng), tăng '
          f'{F(dt - dt23)} tỷ đồng so với năm 2023 ({F(dt23)} tỷ đồng); trong đó doanh thu bán điện {F(dt_p[0])} tỷ đồng '
          f'(chiếm {F(P(dt_p[0], dt))}%), doanh thu tài chính {F(dt_p[1])} tỷ đồng, thu nhập khác {F(dt_p[2])} tỷ đồng.',
          sum_(f'đạt {F(dt)} tỷ đồng', dt, dt_p),
          ratio(f'bằng {F(P(dt, dt_kh))}% kế hoạch', P(dt, dt_kh), dt, dt_kh),
          diff(f'tăng {F(dt - dt23)} tỷ đồng', dt - dt23, dt, dt23, 'tăng'),
          share(f'(chiếm {F(P(dt_p[0], dt))}%)', P(dt_p[0], dt), dt_p[0], dt))
    d.tag('cost')
    d.add(f'Tổng chi phí 112,94 tỷ đồng, gồm: khấu hao tài sản cố định {F(cp[0])} tỷ đồng (chiếm {F(P(cp[0], cpT))}%); lãi '
          f'vay {F(cp[1])} tỷ đồng ({F(P(cp[1], cpT))}%); vận hành, sửa chữa {F(cp[2])} tỷ đồng; thuế tài nguyên nước và '
          f'tiền cấp quyền khai thác tài nguyên nước {F(cp[3])} tỷ đồng; tiền dịch vụ môi trường rừng {F(cp[4])} tỷ đồng; '
          f'tiền lương và chi phí quản lý {F(cp[5])} tỷ đồng; chi phí khác {F(cp[6])} tỷ đồng.',
          sum_('Tổng chi phí 112,94 tỷ đồng', V('112,94'), cp, 'inconsistent',
               'digits transposed: 112,49 also gives doanh thu − chi phí = 61,42 (@prof)'),
          share(f'(chiếm {F(P(cp[0], cpT))}%)', P(cp[0], cpT), cp[0], cpT),
          share(f'({F(P(cp[1], cpT))}%)', P(cp[1], cpT), cp[1], cpT))
    d.tag('prof')
    d.add(f'Lợi nhuận trước thuế {F(ln)} tỷ đồng, đạt {F(P(ln, ln_kh))}% kế hoạch ({F(ln_kh)} tỷ đồng), bằng '
          f'{F(P(ln23, ln))}% so với năm 2023 ({F(ln23)} tỷ đồng), tỷ suất lợi nhuận trên doanh thu {F(P(ln, dt))}%; lợi nhuận '
          f'sau thuế 56,84 tỷ đồng, tăng 12,6%.',
          ratio(f'đạt {F(P(ln, ln_kh))}% kế hoạch', P(ln, ln_kh), ln, ln_kh),
          ratio(f'bằng {F(P(ln23, ln))}% so với năm 2023', P(ln23, ln), ln, ln23, 'inconsistent',
                'division inverted (53,18 / 61,42)'),
          share(f'doanh thu {F(P(ln, dt))}%', P(ln, dt), ln, dt),
          amb('tăng 12,6%', 'ratio',
              'Neither the period nor the previous after-tax profit is given; against 2023 pre-tax profit 53,18 it would be '
              '+6,88%, but the basis is not stated.', '12,6'))
    d.tag('ns')
    d.add(f'Nộp ngân sách nhà nước {F(ns)} tỷ đồng, bằng {F(P(ns, ns23))}% so với năm 2023 ({F(ns23)} tỷ đồng); gồm thuế tài '
          f'nguyên nước {F(ns_p[0])} tỷ đồng và tiền cấp quyền khai thác tài nguyên nước {F(ns_p[1])} tỷ đồng (cộng '
          f'{F(cp[3])} tỷ đồng), thuế giá trị gia tăng {F(ns_p[2])} tỷ đồng, thuế thu nhập doanh nghiệp {F(ns_p[3])} tỷ '
          f'đồng, các khoản khác {F(ns_p[4])} tỷ đồng. Chi trả tiền dịch vụ môi trường rừng {F(cp[4])} tỷ đồng cho Quỹ Bảo '
          f'vệ và Phát triển rừng tỉnh (36 đồng/kWh), tăng 0,61 tỷ đồng so với năm 2023 (4,66 tỷ đồng).',
          sum_(f'Nộp ngân sách nhà nước {F(ns)} tỷ đồng', ns, ns_p),
          ratio(f'bằng {F(P(ns, ns23))}%', P(ns, ns23), ns, ns23),
          sum_(f'(cộng {F(cp[3])} tỷ đồng)', cp[3], ns_p[:2], note='matches the cost item at @cost'),
          repeat(f'môi trường rừng {F(cp[4])} tỷ đồng', cp[4], cp[4], '@cost'),
          diff('tăng 0,61 tỷ đồng', V('0,61'), cp[4], V('4,66'), 'tăng'))
    d.add(f'Dư nợ vay dài hạn đến 31/12/2024 còn 186,4 tỷ đồng, giảm 42,8 tỷ đồng so với đầu năm (229,2 tỷ đồng); Công ty '
          f'trả nợ gốc, lãi vay đúng hạn, không phát sinh nợ quá hạn.',
          diff('giảm 42,8 tỷ đồng', V('42,8'), V('186,4'), V('229,2'), 'giảm'))
    d.add('Công tác đoàn thể, an sinh xã hội được duy trì: Công ty trồng rừng thay thế tại huyện Đăk Glei, hỗ trợ xây nhà '
          'cho hộ nghèo người dân tộc thiểu số vùng hạ du, tặng quà học sinh nghèo các xã có công trình; không để xảy ra tai '
          'nạn lao động, cháy nổ.')
    d.add('III. KẾT QUẢ GIAI ĐOẠN 2020 - 2024')
    d.tag('five')
    d.add(f'Tổng sản lượng điện sản xuất giai đoạn 2020 - 2024 đạt {F(g5)} triệu kWh (năm 2020: {F(yrs[0])}; năm 2021: '
          f'{F(yrs[1])}; năm 2022: {F(yrs[2])}; năm 2023: {F(yrs[3])}; năm 2024: {F(yrs[4])} triệu kWh), tăng '
          f'{F(g5 - g5_prev)} triệu kWh, tương ứng {F(G(g5, g5_prev))}% so với giai đoạn 2015 - 2019 ({F(g5_prev)} triệu kWh).',
          sum_(f'đạt {F(g5)} triệu kWh', g5, yrs),
          repeat(f'năm 2024: {F(yrs[4])}', yrs[4], sx, '@prod'),
          diff(f'tăng {F(g5 - g5_prev)} triệu kWh', g5 - g5_prev, g5, g5_prev, 'tăng'),
          ratio(f'tương ứng {F(G(g5, g5_prev))}%', G(g5, g5_prev), g5, g5_prev, mode='growth'),
          term('so với giai đoạn 2015 - 2019', 'giai đoạn 2015 - 2019', 'giai đoạn 2015 - 2019',
               note='five years before 2020 - 2024'))
    d.add(f'Đánh giá chung, năm 2024 Công ty hoàn thành toàn diện kế hoạch: sản lượng điện sản xuất {F(sx)} triệu kWh, '
          f'doanh thu {F(dt)} tỷ đồng, lợi nhuận trước thuế {F(ln)} tỷ đồng, nộp ngân sách 31,48 tỷ đồng; sản lượng cả giai '
          f'đoạn bằng {F(P(g5, g5_prev))}% so với giai đoạn 2016 - 2020. Hạn chế: thiết bị Nhà máy Đăk Pô Kô 1 sau 15 năm '
          f'vận hành đã xuống cấp, dự báo thủy văn mùa khô còn thiếu chính xác.',
          repeat(f'sản lượng điện sản xuất {F(sx)} triệu kWh', sx, sx, '@prod'),
          repeat(f'doanh thu {F(dt)} tỷ đồng', dt, dt, '@rev'),
          repeat(f'lợi nhuận trước thuế {F(ln)} tỷ đồng', ln, ln, '@prof'),
          repeat('nộp ngân sách 31,48 tỷ đồng', V('31,48'), ns, '@ns', 'inconsistent', 'digits transposed'),
          term('giai đoạn 2016 - 2020', 'giai đoạn 2016 - 2020', 'giai đoạn 2015 - 2019', 'inconsistent',
               '109,86% is 681,47 / 620,31, the 2015 - 2019 total (@five)'))
    d.add('C. NHIỆM VỤ NĂM 2025')
    d.add(f'Kế hoạch năm 2025: sản lượng điện sản xuất 145 triệu kWh, bằng {F(P(145, sx))}% thực hiện năm 2024; doanh thu '
          f'170 tỷ đồng, giảm {F(dt - 170)} tỷ đồng; lợi nhuận trước thuế 52 tỷ đồng, bằng {F(P(52, ln))}% năm 2024; sửa chữa '
          f'lớn tổ máy H1 Nhà máy Đăk Pô Kô 1, lắp đặt hệ thống quan trắc, cảnh báo xả lũ tự động vùng hạ du.',
          ratio(f'bằng {F(P(145, sx))}%', P(145, sx), 145, sx),
          diff(f'giảm {F(dt - 170)} tỷ đồng', dt - 170, 170, dt, 'giảm'),
          ratio(f'bằng {F(P(52, ln))}% năm 2024', P(52, ln), 52, ln))
    d.add('Giải pháp chủ yếu: theo dõi sát dự báo khí tượng thủy văn để điều tiết hồ chứa hợp lý, tối ưu huy động công '
          'suất giờ cao điểm theo thị trường điện; chuẩn bị vật tư, thiết bị dự phòng, rút ngắn thời gian sửa chữa; quản lý '
          'chặt chẽ chi phí, trả nợ vay đúng hạn; bảo đảm an toàn hồ đập và vùng hạ du trong mùa mưa lũ.')
    d.add('Nơi nhận: - Hội đồng quản trị; - Sở Công Thương; - Lưu: VT, KH-KT.')
    d.add('GIÁM ĐỐC')
    d.fn('Theo báo cáo tài chính, dư nợ vay dài hạn đến 30/11/2024 là 186,4 tỷ đồng.',
         amb('30/11/2024 là 186,4 tỷ đồng', 'repeat',
             'Same balance 186,4 given at 31/12/2024 in the body; a month of principal repayment would normally change it, '
             'so one of the two dates may be wrong, or no repayment fell in December.', '186,4'))
    d.fn('Sản lượng điện thương phẩm theo biên bản xác nhận chỉ số công tơ với Công ty Mua bán điện là 146,28 triệu kWh.',
         amb('146,28 triệu kWh', 'repeat',
             'Meter-confirmed energy sold differs from the 146,35 in the body; reconciliation differences are normal, '
             'so it may be a different measure or a typing slip.', '146,28'))
    return d



# =============================================================== h22-04
@draft
def d04():
    d = Draft('h22-04-lien-hiep-hoi-khkt', 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Bình Phước (Ban Chấp hành khóa IV)',
              'Báo cáo chính trị trình Đại hội đại biểu lần thứ V, nhiệm kỳ 2025 - 2030')
    T20, T15, T25 = 'nhiệm kỳ 2020 - 2025', 'nhiệm kỳ 2015 - 2020', 'nhiệm kỳ 2025 - 2030'
    htv, htv0 = 32, 25
    hv, hv20, nu, dh, ths, ts, nd = 18642, 15515, 7906, 6215, 412, 58, 5184
    r_dh, r_dh20 = P(dh, hv), V('29,81')
    bch, bch_nu, r_nu3 = 35, 9, V('20,00')
    r_nu4 = P(bch_nu, bch)
    tv = [29, 11, 6]
    gp8, gp9 = 127, 157
    giai = [7, 15, 28, 46]
    kp = [V('31,54'), V('12,37'), V('4,35')]
    kpT, kp15 = sum(kp), V('30,44')

    d.add('LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT TỈNH BÌNH PHƯỚC')
    d.add('BAN CHẤP HÀNH KHÓA IV')
    d.add('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    d.add('Độc lập - Tự do - Hạnh phúc')
    d.add('Bình Phước, ngày      tháng 8 năm 2025')
    d.add('BÁO CÁO CHÍNH TRỊ')
    d.add('Kết quả thực hiện Nghị quyết Đại hội đại biểu lần thứ IV, nhiệm kỳ 2020 - 2025; phương hướng, mục tiêu, nhiệm vụ '
          'nhiệm kỳ 2025 - 2030 (trình Đại hội đại biểu lần thứ V)')
    d.add('Đại hội đại biểu Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh lần thứ IV (ngày 18/8/2020) đã đề ra 09 chỉ tiêu '
          'và 05 nhóm nhiệm vụ, giải pháp. Thực hiện Kế hoạch số 57-KH/TU ngày 09/01/2025 của Ban Thường vụ Tỉnh ủy về lãnh '
          'đạo đại hội các tổ chức hội, Ban Chấp hành khóa IV báo cáo kết quả nhiệm kỳ qua như sau:')
    d.add('Phần thứ nhất: KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI LẦN THỨ IV')
    d.add('Nhiệm kỳ 2020 - 2025 diễn ra trong bối cảnh đại dịch Covid-19 tác động nặng nề trong hai năm đầu, nhiều hoạt '
          'động tập trung phải chuyển sang hình thức trực tuyến; kinh phí hoạt động còn hạn chế, một số hội thành viên thiếu '
          'trụ sở, cán bộ chuyên trách. Được sự quan tâm của Tỉnh ủy, Ủy ban nhân dân tỉnh và sự cố gắng của các hội thành '
          'viên, nhiều chỉ tiêu của Nghị quyết đã hoàn thành và vượt.')
    d.add('I. XÂY DỰNG, PHÁT TRIỂN TỔ CHỨC VÀ HỘI VIÊN')
    d.tag('org')
    d.add(f'Liên hiệp hội hiện có {htv} hội thành viên, tăng {Z(htv - htv0)} hội so với đầu nhiệm kỳ ({htv0} hội), '
          f'gồm 21 hội ngành cấp tỉnh, {Z(9)} hội khoa học và kỹ thuật cấp huyện, {Z(3)} tổ chức khoa học và công nghệ trực '
          f'thuộc Liên hiệp hội; các hội thành viên hoạt động theo điều lệ được Ủy ban nhân dân tỉnh phê duyệt.',
          sum_(f'có {htv} hội thành viên', htv, [21, 9, 3], 'inconsistent', '21 + 09 + 03 = 33: one category is mistyped'),
          diff(f'tăng {Z(htv - htv0)} hội', htv - htv0, htv, htv0, 'tăng'))
    d.tag('mem')
    d.add(f'Đến 30/6/2025, các hội thành viên tập hợp {F(hv)} hội viên, tăng {F(hv - hv20)} hội viên, bằng {F(P(hv, hv20))}% so với '
          f'năm 2020 ({F(hv20)} hội viên); trong đó nữ {F(nu)} người ({F(T(nu, hv))}%), nông dân {F(nd)} người '
          f'({F(P(nd, hv))}%), trí thức có trình độ đại học trở lên {F(dh)} người ({F(r_dh)}%, tăng 3,35% so với năm 2020 là '
          f'{F(r_dh20)}%), trong số này thạc sĩ {ths} người ({F(T(ths, dh))}%), tiến sĩ {ts} người, chiếm {F(P(ts, dh))}% '
          f'tổng số hội viên. Liên hiệp hội tập hợp khoảng 41,5% đội ngũ trí thức khoa học và công nghệ của tỉnh.',
          diff(f'tăng {F(hv - hv20)} hội viên', hv - hv20, hv, hv20, 'tăng'),
          ratio(f'bằng {F(P(hv, hv20))}%', P(hv, hv20), hv, hv20),
          share(f'({F(T(nu, hv))}%)', T(nu, hv), nu, hv, 'rounding', 'truncated'),
          share(f'({F(P(nd, hv))}%)', P(nd, hv), nd, hv),
          share(f'({F(r_dh)}%,', r_dh, dh, hv),
          points('tăng 3,35%', V('3,35'), r_dh, r_dh20, 'tăng', 'inconsistent', 'digits transposed (3,53)'),
          share(f'({F(T(ths, dh))}%)', T(ths, dh), ths, dh, 'rounding', 'truncated; base: members with a degree'),
          share(f'chiếm {F(P(ts, dh))}%', P(ts, dh), ts, hv, 'inconsistent',
                f'the text names "tổng số hội viên" ({F(hv)}) but the figure is computed on the {F(dh)} graduates'),
          amb('khoảng 41,5%', 'share',
              'Base (all science and technology intellectuals of the province) is not given; 6.215 / 18.642 = 33,34% is '
              'a different base.', '41,5'))
    d.add(f'Ban Chấp hành khóa IV có {bch} ủy viên, trong đó nữ {Z(bch_nu)} đồng chí ({F(r_nu4)}%), tăng '
          f'{F(r_nu4 - r_nu3)}% so với khóa III ({F(r_nu3)}%); Ban Thường vụ 11 đồng chí, Ủy ban Kiểm tra {Z(5)} đồng chí. '
          f'Có 27/{htv} hội thành viên tổ chức đại hội đúng nhiệm kỳ, đạt {F(P(27, htv))}%, số còn lại đã có kế hoạch đại hội '
          f'trong quý IV/2025.',
          share(f'({F(r_nu4)}%)', r_nu4, bch_nu, bch),
          points(f'tăng {F(r_nu4 - r_nu3)}%', r_nu4 - r_nu3, r_nu4, r_nu3, 'tăng', note='"%" written for points'),
          subset('Ban Thường vụ 11 đồng chí', 11, bch),
          fraction(f'27/{htv} hội thành viên', 27, htv, pct=P(27, htv), den_ref=htv,
                   note='exact tie 84,375 rounds half up to 84,38'))
    d.add('II. HOẠT ĐỘNG TƯ VẤN, PHẢN BIỆN VÀ GIÁM ĐỊNH XÃ HỘI')
    d.tag('tv')
    d.add(f'Nhiệm kỳ qua, Liên hiệp hội thực hiện {sum(tv)} nhiệm vụ tư vấn, phản biện và giám định xã hội, tăng '
          f'{sum(tv) - 32} nhiệm vụ so với {T15} (32 nhiệm vụ); gồm {tv[0]} nhiệm vụ do Ủy ban nhân dân tỉnh giao (chiếm '
          f'{F(P(tv[0], sum(tv)))}%), {tv[1]} nhiệm vụ do sở, ngành đặt hàng, {Z(tv[2])} nhiệm vụ Liên hiệp hội chủ động đề '
          f'xuất.',
          sum_(f'thực hiện {sum(tv)} nhiệm vụ', sum(tv), tv),
          diff(f'tăng {sum(tv) - 32} nhiệm vụ', sum(tv) - 32, sum(tv), 32, 'tăng'),
          term(f'so với {T15}', T15, T15, note=f'{T20} against the term before it'),
          share(f'(chiếm {F(P(tv[0], sum(tv)))}%)', P(tv[0], sum(tv)), tv[0], sum(tv)))
    d.add(f'Có 38/{sum(tv)} nhiệm vụ có kiến nghị được cơ quan chủ trì tiếp thu, đạt {F(P(38, sum(tv)))}%; trên 85% '
          f'kiến nghị đã được tiếp thu. Ngoài ra, các hội góp ý 127 dự thảo văn bản, trong đó 15 dự thảo luật '
          f'({F(P(15, 127))}%), 48 dự thảo nghị quyết của Hội đồng nhân dân tỉnh.',
          fraction(f'38/{sum(tv)} nhiệm vụ', 38, sum(tv), pct=P(38, sum(tv))),
          amb('trên 85%', 'share',
              'Recommendations (kiến nghị) are a different count from tasks (38/46 = 82,61%); their total is not given.', '85'),
          share(f'({F(P(15, 127))}%)', P(15, 127), 15, 127),
          subset('48 dự thảo nghị quyết', 48, 127, note='15 + 48 = 63 ≤ 127'))
    d.add('III. HỘI THI SÁNG TẠO KỸ THUẬT, CUỘC THI SÁNG TẠO THANH THIẾU NIÊN, NHI ĐỒNG')
    d.add(f'Phối hợp tổ chức {Z(2)} Hội thi Sáng tạo kỹ thuật tỉnh (lần thứ 8, năm 2021 - 2022 và lần thứ 9, năm 2023 - 2024), '
          f'tiếp nhận {gp8 + gp9} giải pháp (lần thứ 8: {gp8}; lần thứ 9: {gp9}, tăng {F(G(gp9, gp8))}%, chiếm '
          f'{F(P(gp9, gp8 + gp9))}% tổng số), trao {sum(giai)} giải ({Z(giai[0])} giải Nhất, {giai[1]} giải Nhì, {giai[2]} '
          f'giải Ba, {giai[3]} giải Khuyến khích), tỷ lệ đoạt giải {F(P(sum(giai), gp8 + gp9))}%, giải Nhất chiếm '
          f'{F(P(giai[0], sum(giai)))}% số giải; 12 giải pháp được chọn dự Hội thi toàn quốc, {Z(5)} giải pháp đạt giải.',
          sum_(f'tiếp nhận {gp8 + gp9} giải pháp', gp8 + gp9, [gp8, gp9]),
          ratio(f'tăng {F(G(gp9, gp8))}%', G(gp9, gp8), gp9, gp8, mode='growth'),
          share(f'chiếm {F(P(gp9, gp8 + gp9))}% tổng số', P(gp9, gp8 + gp9), gp9, gp8 + gp9),
          sum_(f'trao {sum(giai)} giải', sum(giai), giai),
          share(f'tỷ lệ đoạt giải {F(P(sum(giai), gp8 + gp9))}%', P(sum(giai), gp8 + gp9), sum(giai), gp8 + gp9),
          share(f'giải Nhất chiếm {F(P(giai[0], sum(giai)))}%', P(giai[0], sum(giai)), giai[0], sum(giai)),
          subset(f'{Z(5)} giải pháp đạt giải', 5, 12))
    d.add(f'Cuộc thi sáng tạo thanh thiếu niên, nhi đồng thu hút {F(12486)} lượt học sinh, bằng {F(T(12486, 8732, 1))}% '
          f'{T15} ({F(8732)} lượt); 24/31 sản phẩm dự thi toàn quốc đạt giải, tỷ lệ 77,24%.',
          ratio(f'bằng {F(T(12486, 8732, 1))}%', T(12486, 8732, 1), 12486, 8732, 'rounding', 'truncated'),
          term(f'{T15} ({F(8732)}', T15, T15),
          fraction('24/31 sản phẩm', 24, 31, 'inconsistent', pct=V('77,24'), note='digits transposed (77,42)'))
    d.add('IV. PHỔ BIẾN KIẾN THỨC, ĐÀO TẠO, BỒI DƯỠNG')
    d.add(f'Tổ chức 214 hội thảo, tọa đàm khoa học, tăng 67 cuộc so với nhiệm kỳ trước (174 cuộc); {F(1245)} lớp tập huấn, '
          f'chuyển giao tiến bộ kỹ thuật với {F(68430)} lượt người tham dự, tăng {F(68430 - 51848)} lượt so với {T15} '
          f'({F(51848)} lượt), trong đó {F(42568)} lượt người được đào tạo, bồi dưỡng ngắn hạn và {F(31204)} lượt nông dân. '
          f'Bản tin Khoa học và Đời sống phát hành 60 số; trang thông tin điện tử đạt 1,86 triệu lượt truy cập.',
          diff('tăng 67 cuộc', 67, 214, 174, 'tăng', 'inconsistent', '241 − 174 = 67: the count 214 is likely a transposed 241'),
          diff(f'tăng {F(68430 - 51848)} lượt', 68430 - 51848, 68430, 51848, 'tăng'),
          amb(f'{F(42568)} lượt người được đào tạo', 'subset',
              '42.568 + 31.204 = 73.772 > 68.430: farmers may also be counted among the trainees; overlap not stated.',
              F(42568)))
    d.add('V. HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ, TÀI CHÍNH')
    d.tag('khcn')
    d.add(f'Liên hiệp hội chủ trì 18 đề tài, dự án khoa học và công nghệ cấp tỉnh, đã nghiệm thu 16/18 đề tài, dự án '
          f'({F(P(16, 18))}%), trong đó {Z(5)} xếp loại xuất sắc, {Z(9)} loại khá, {Z(2)} loại đạt. {Z(6)} tổ chức khoa học '
          f'và công nghệ trực thuộc thực hiện 163 hợp đồng dịch vụ với tổng giá trị {F(kp[1])} tỷ đồng.',
          fraction('16/18 đề tài', 16, 18, pct=P(16, 18)),
          sum_(f'{Z(5)} xếp loại xuất sắc, {Z(9)} loại khá, {Z(2)} loại đạt', 16, [5, 9, 2], judged=5),
          amb(f'{Z(6)} tổ chức khoa học', 'repeat',
              '03 tổ chức KH&CN trực thuộc at @org; 06 here may count the units under member associations too, or be a slip.',
              '6'),
          repeat(f'{F(kp[1])} tỷ đồng', kp[1], kp[1], '@fin'))
    d.tag('fin')
    d.add(f'Tổng kinh phí hoạt động {T20} là {F(kpT)} tỷ đồng, tăng {F(kpT - kp15)} tỷ đồng so với {T15} ({F(kp15)} tỷ đồng), '
          f'bằng {F(P(kpT, kp15))}%; gồm ngân sách tỉnh {F(kp[0])} tỷ đồng ({F(P(kp[0], kpT))}%), nguồn thu từ hợp đồng, dịch '
          f'vụ khoa học và công nghệ {F(kp[1])} tỷ đồng, tài trợ của tổ chức, doanh nghiệp {F(kp[2])} tỷ đồng '
          f'({F(P(kp[2], kpT))}%). Kinh phí thực hiện nhiệm vụ tư vấn, phản biện 6,84 tỷ đồng, bình quân '
          f'{F(q(V("6840") / sum(tv), 1))} triệu đồng/nhiệm vụ.',
          sum_(f'là {F(kpT)} tỷ đồng', kpT, kp),
          diff(f'tăng {F(kpT - kp15)} tỷ đồng', kpT - kp15, kpT, kp15, 'tăng'),
          term(f'so với {T15} ({F(kp15)}', T15, T15),
          ratio(f'bằng {F(P(kpT, kp15))}%', P(kpT, kp15), kpT, kp15),
          share(f'({F(P(kp[0], kpT))}%)', P(kp[0], kpT), kp[0], kpT),
          share(f'({F(P(kp[2], kpT))}%)', P(kp[2], kpT), kp[2], kpT),
          avg(f'bình quân {F(q(V("6840") / sum(tv), 1))} triệu', q(V('6840') / sum(tv), 1), V('6840'), sum(tv),
              note='6,84 tỷ = 6.840 triệu over the 46 tasks (@tv)'))
    d.add(f'Đánh giá chung, trong {Z(9)} chỉ tiêu Nghị quyết Đại hội IV đề ra, có {Z(7)}/{Z(9)} chỉ tiêu đạt và vượt, {Z(2)} '
          f'chỉ tiêu chưa đạt: số hội viên mới đạt {F(hv)}/{F(20000)} người, bằng {F(P(hv, 20000))}% chỉ tiêu; số đề tài, dự '
          f'án cấp tỉnh chủ trì 18/20.',
          sum_(f'trong {Z(9)} chỉ tiêu', 9, [7, 2]),
          fraction(f'{Z(7)}/{Z(9)} chỉ tiêu', 7, 9, den_ref=9),
          fraction(f'{F(hv)}/{F(20000)} người', hv, 20000, pct=P(hv, 20000)),
          fraction('18/20', 18, 20, note='18 provincial projects led (@khcn); target 20'))
    d.add('VI. HẠN CHẾ, NGUYÊN NHÂN')
    d.add('Việc phát triển hội viên chưa đạt chỉ tiêu, toàn tỉnh mới có 18.462 hội viên; một số hội thành viên hoạt động '
          'cầm chừng, phụ thuộc vào kinh phí ngân sách; hoạt động tư vấn, phản biện chủ yếu theo đặt hàng, ít nhiệm vụ chủ '
          'động đề xuất; chưa thu hút được nhiều trí thức trẻ, trí thức trong doanh nghiệp tham gia.',
          repeat('18.462 hội viên', V('18.462'), hv, '@mem', 'inconsistent', 'digits transposed'))
    d.add(f'Phần thứ hai: PHƯƠNG HƯỚNG, MỤC TIÊU {T25.upper()}')
    d.add(f'Mục tiêu đến năm 2030: có 38 hội thành viên, tăng {Z(38 - htv)} hội so với hiện nay; thu hút 22.000 hội viên, '
          f'tăng {F(G(22000, hv))}% so với cuối {T15}; thực hiện ít nhất 50 nhiệm vụ tư vấn, phản biện và giám định xã hội, '
          f'tăng {Z(50 - sum(tv))} nhiệm vụ so với {T20}; 100% hội thành viên xây dựng và thực hiện quy chế hoạt động.',
          diff(f'tăng {Z(38 - htv)} hội', 38 - htv, 38, htv, 'tăng'),
          ratio(f'tăng {F(G(22000, hv))}%', G(22000, hv), 22000, hv, mode='growth', note='against the 18.642 members now'),
          term(f'so với cuối {T15}', T15, T20, 'inconsistent', 'the current count 18.642 is the end of 2020 - 2025'),
          diff(f'tăng {Z(50 - sum(tv))} nhiệm vụ', 50 - sum(tv), 50, sum(tv), 'tăng'),
          term(f'so với {T20};', T20, T20))
    d.add('Nhiệm vụ, giải pháp trọng tâm: đổi mới nội dung, phương thức hoạt động, lấy hội thành viên làm trung tâm; nâng cao '
          'chất lượng tư vấn, phản biện và giám định xã hội đối với các quy hoạch, dự án lớn của tỉnh; đẩy mạnh phong trào '
          'sáng tạo kỹ thuật; tăng cường hợp tác với doanh nghiệp, viện, trường; chăm lo, tôn vinh đội ngũ trí thức.')
    d.add(f'Về nhân sự, Ban Chấp hành khóa V dự kiến 37 ủy viên, tăng {Z(37 - bch)} ủy viên so với khóa IV, trong đó nữ 10 '
          f'đồng chí ({F(P(10, 37))}%), tăng {F(P(10, 37) - r_nu4)} điểm phần trăm so với khóa IV.',
          diff(f'tăng {Z(37 - bch)} ủy viên', 37 - bch, 37, bch, 'tăng'),
          share(f'({F(P(10, 37))}%)', P(10, 37), 10, 37),
          points(f'tăng {F(P(10, 37) - r_nu4)} điểm phần trăm', P(10, 37) - r_nu4, P(10, 37), r_nu4, 'tăng'))
    d.add('TM. BAN CHẤP HÀNH - CHỦ TỊCH')
    d.fn(f'Số liệu hội viên tổng hợp đến 31/12/2024: {F(hv)} hội viên, trong đó nữ {F(nu)} người.',
         amb(f'31/12/2024: {F(hv)} hội viên', 'repeat',
             'The body dates the same 18.642 at 30/6/2025 (@mem); the reference date of the count is ambiguous.', F(hv)),
         repeat(f'nữ {F(nu)} người', nu, nu, '@mem'))
    d.fn('Các hội thành lập mới trong nhiệm kỳ: Hội Tin học, Hội Cơ khí - Tự động hóa, Hội Kiến trúc sư, Hội Thủy lợi, Hội '
         'Khoa học Đất, Hội Bảo vệ thiên nhiên và môi trường, Hội Nuôi ong; cộng 07 hội.',
         sum_('cộng 07 hội', 7, [1] * 7, note='seven names listed; equals the increase 32 − 25'))
    d.fn('Quyết định số 1268/QĐ-UBND ngày 22/9/2021 của Ủy ban nhân dân tỉnh ban hành Quy chế phối hợp; 29 nhiệm vụ do Ủy '
         'ban nhân dân tỉnh giao gồm: năm 2021: 04; năm 2022: 06; năm 2023: 07; năm 2024: 08; 6 tháng đầu năm 2025: 04.',
         sum_('29 nhiệm vụ do Ủy', 29, [4, 6, 7, 8, 4]))
    return d



# =============================================================== h22-05
@draft
def d05():
    d = Draft('h22-05-dai-phat-thanh-truyen-hinh', 'Đài Phát thanh và Truyền hình tỉnh Ninh Thuận',
              'Báo cáo tổng kết công tác năm 2024 và phương hướng, nhiệm vụ năm 2025')
    ld, vc, hd, bc = 186, 131, 55, 142
    td = [14, 128, 31, 13]
    nu, dv = 72, 78
    ngay = 366                                  # 2024 is a leap year
    pt, pt_tsx, pt_vov = V('6.588'), V('2.196'), V('4.392')
    dt_ch, dt_rg = 366, 183
    th, th_tsx, th_pl, th_kt = V('8.784'), V('3.294'), V('2.928'), V('2.562')
    moi, moi23 = V('1.186'), V('1.092')
    r_tsx, r_tsx23 = P(th_tsx, th), V('35,12')
    tb = [V('7.842'), V('8.915'), V('1.669')]
    tbT, tb23 = sum(tb), V('17.342')
    fol = [V('286.500'), V('164.200'), V('98.700')]
    folT = sum(fol)
    xem, yt, tt = V('86,4'), V('41,26'), V('28,92')
    thu_p = [V('8.246'), V('3.418'), V('2.745'), V('453')]
    thu, thu_kh, thu23 = sum(thu_p), V('14.000'), V('13.684')
    ns_p = [V('31.280'), V('4.135'), V('3.000')]
    qc = [V('6.318'), V('412'), V('1.516')]
    assert sum(qc) == thu_p[0]

    d.add('ỦY BAN NHÂN DÂN TỈNH NINH THUẬN')
    d.add('ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH')
    d.add('Số: 415/BC-PTTH')
    d.add('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM - Độc lập - Tự do - Hạnh phúc')
    d.add('Ninh Thuận, ngày 06 tháng 01 năm 2025')
    d.add('BÁO CÁO')
    d.add('Tổng kết công tác năm 2024 và phương hướng, nhiệm vụ năm 2025')
    d.add('Căn cứ Quyết định số 86/QĐ-UBND ngày 18/01/2024 của Ủy ban nhân dân tỉnh về giao dự toán ngân sách năm 2024 và '
          'Kế hoạch số 12/KH-PTTH ngày 22/01/2024 của Đài về thực hiện nhiệm vụ năm 2024, Đài Phát thanh và Truyền hình tỉnh '
          'báo cáo kết quả như sau:')
    d.add('I. ĐẶC ĐIỂM TÌNH HÌNH')
    d.tag('staff')
    d.add(f'Đài có {Z(7)} phòng chuyên môn; tổng số viên chức, người lao động {ld} người, gồm {vc} viên chức (có mặt '
          f'{vc}/{bc} chỉ tiêu biên chế được giao, đạt {F(P(vc, bc))}%) và {hd} người lao động hợp đồng. Về trình độ: thạc '
          f'sĩ {td[0]} người ({F(T(td[0], ld))}%), đại học {td[1]} người, cao đẳng và trung cấp {td[2]} người, trình độ khác '
          f'{td[3]} người; nữ {nu} người ({F(T(nu, ld))}%), đảng viên {dv} người ({F(P(dv, ld))}%); viên chức quản lý 21 '
          f'người (Giám đốc {Z(1)}, Phó Giám đốc {Z(3)}, trưởng, phó phòng 17). Lực lượng nội dung có 84 người, trong đó 52 '
          f'phóng viên, 41 biên tập viên.',
          sum_(f'người lao động {ld} người', ld, [vc, hd]),
          fraction(f'{vc}/{bc} chỉ tiêu', vc, bc, pct=P(vc, bc)),
          sum_(f'Về trình độ: thạc sĩ {td[0]}', ld, td, judged=td[0], note='education levels of the 186 staff: full breakdown'),
          share(f'({F(T(td[0], ld))}%)', T(td[0], ld), td[0], ld, 'rounding', 'truncated'),
          share(f'({F(T(nu, ld))}%)', T(nu, ld), nu, ld, 'rounding', 'truncated'),
          share(f'({F(P(dv, ld))}%)', P(dv, ld), dv, ld),
          sum_('quản lý 21 người', 21, [1, 3, 17]),
          amb('52 phóng viên, 41 biên tập viên', 'subset',
              '52 + 41 = 93 > 84; reporters may also hold editor posts (kiêm nhiệm), so the overlap cannot be told.', '52'))
    d.tag('ctx')
    d.add(f'Năm 2023, tổng thu sự nghiệp của Đài đạt {F(thu23)} triệu đồng. Năm 2024, Đài triển khai nhiệm vụ trong điều '
          f'kiện thực hiện lộ trình tự chủ tài chính theo Nghị định số 60/2021/NĐ-CP, cạnh tranh gay gắt của các nền tảng số '
          f'xuyên biên giới; thiết bị sản xuất chương trình một phần đã cũ, chưa đồng bộ chuẩn HD.')
    d.add('II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024')
    d.add('1. Sản xuất và phát sóng chương trình')
    d.add(f'a) Phát thanh: tổng thời lượng phát sóng {F(pt)} giờ, bình quân {F(pt / ngay)} giờ/ngày; gồm chương trình tự sản '
          f'xuất {F(pt_tsx)} giờ, chiếm {F(P(pt_tsx, th))}% thời lượng phát sóng, và tiếp sóng Đài Tiếng nói Việt Nam '
          f'{F(pt_vov)} giờ ({F(P(pt_vov, pt))}%). Trong thời lượng tự sản xuất có chương trình tiếng Chăm {dt_ch} giờ, '
          f'tiếng Raglai {dt_rg} giờ, cộng {dt_ch + dt_rg} giờ, bằng {F(P(dt_ch + dt_rg, pt_tsx))}% thời lượng tự sản xuất.',
          sum_(f'phát sóng {F(pt)} giờ', pt, [pt_tsx, pt_vov]),
          avg(f'bình quân {F(pt / ngay)} giờ/ngày', pt / ngay, pt, ngay, note='2024 has 366 days'),
          share(f'chiếm {F(P(pt_tsx, th))}% thời lượng phát sóng', P(pt_tsx, th), pt_tsx, pt, 'inconsistent',
                f'computed on the television airtime {F(th)} instead of radio {F(pt)}'),
          share(f'({F(P(pt_vov, pt))}%)', P(pt_vov, pt), pt_vov, pt),
          sum_(f'cộng {dt_ch + dt_rg} giờ', dt_ch + dt_rg, [dt_ch, dt_rg]),
          share(f'bằng {F(P(dt_ch + dt_rg, pt_tsx))}%', P(dt_ch + dt_rg, pt_tsx), dt_ch + dt_rg, pt_tsx))
    d.add(f'b) Truyền hình: kênh NTV phát sóng {F(th / ngay)} giờ/ngày với tổng thời lượng {F(th)} giờ; trong đó chương '
          f'trình tự sản xuất {F(th_tsx)} giờ ({F(r_tsx)}%), phát lại {F(th_pl)} giờ ({F(P(th_pl, th))}%), khai thác, trao '
          f'đổi {F(th_kt)} giờ. Thời lượng tự sản xuất phát lần đầu {F(moi)} giờ, tăng {F(moi - moi23)} giờ, bằng '
          f'{F(P(moi, moi23))}% so với năm 2023 ({F(moi23)} giờ). Tỷ lệ chương trình tự sản xuất {F(r_tsx)}% (năm 2023: '
          f'{F(r_tsx23)}%), tăng {F(r_tsx - r_tsx23)} điểm phần trăm.',
          avg(f'phát sóng {F(th / ngay)} giờ/ngày', th / ngay, th, ngay),
          sum_(f'tổng thời lượng {F(th)} giờ', th, [th_tsx, th_pl, th_kt], note='"trong đó" lists all three sources'),
          share(f'({F(r_tsx)}%)', r_tsx, th_tsx, th),
          share(f'({F(P(th_pl, th))}%)', P(th_pl, th), th_pl, th),
          subset(f'phát lần đầu {F(moi)} giờ', moi, th_tsx),
          diff(f'tăng {F(moi - moi23)} giờ', moi - moi23, moi, moi23, 'tăng'),
          ratio(f'bằng {F(P(moi, moi23))}%', P(moi, moi23), moi, moi23),
          points(f'tăng {F(r_tsx - r_tsx23)} điểm', r_tsx - r_tsx23, r_tsx, r_tsx23, 'tăng'))
    d.tag('tb')
    d.add(f'c) Tin, bài, phóng sự: sản xuất {F(tbT)} tin, bài, phóng sự, tăng {F(tbT - tb23)} tin, bài ({F(G(tbT, tb23))}%) so '
          f'với năm 2023 ({F(tb23)}); gồm phát thanh {F(tb[0])}, truyền hình {F(tb[1])} (chiếm {F(P(tb[1], tbT))}%), báo điện '
          f'tử và mạng xã hội {F(tb[2])}. Mạng lưới cộng tác viên có mặt ở {Z(8)}/{Z(8)} huyện, thành phố ({Z(7)} huyện, '
          f'{Z(1)} thành phố); phối hợp với 28 sở, ngành sản xuất 312 chuyên mục.',
          sum_(f'sản xuất {F(tbT)} tin', tbT, tb),
          diff(f'tăng {F(tbT - tb23)} tin', tbT - tb23, tbT, tb23, 'tăng'),
          ratio(f'({F(G(tbT, tb23))}%)', G(tbT, tb23), tbT, tb23, mode='growth'),
          share(f'(chiếm {F(P(tb[1], tbT))}%)', P(tb[1], tbT), tb[1], tbT),
          fraction(f'{Z(8)}/{Z(8)} huyện', 8, 8, den_ref=8, note='07 huyện + 01 thành phố'))
    d.add(f'Nội dung chương trình tập trung tuyên truyền các sự kiện chính trị lớn của đất nước và của tỉnh, kỷ niệm 70 năm '
          f'Chiến thắng Điện Biên Phủ, phòng chống thiên tai, chuyển đổi số; tổ chức 12 chương trình truyền hình trực tiếp và '
          f'{Z(8)} chương trình phát thanh trực tiếp, cộng 20 chương trình; phát 1.236 tin, bài về cơ sở, bằng '
          f'{F(P(1236, tbT))}% tổng số tin, bài, phóng sự của Đài.',
          sum_('cộng 20 chương trình', 20, [12, 8]),
          share(f'bằng {F(P(1236, tbT))}%', P(1236, tbT), 1236, tbT))
    d.add('2. Phát triển nội dung số')
    d.add(f'Trang thông tin điện tử ntv.vn đạt 12,46 triệu lượt truy cập, tăng 3,18 triệu lượt so với năm 2023 (9,82 triệu '
          f'lượt); các kênh mạng xã hội của Đài có {F(folT)} lượt theo dõi (Fanpage {F(fol[0])}, chiếm {F(P(fol[0], folT))}%; '
          f'YouTube {F(fol[1])}; TikTok {F(fol[2])}). Tổng lượt xem video trên các nền tảng {F(xem)} triệu lượt, trong đó '
          f'YouTube {F(yt)} triệu lượt ({F(P(yt, xem))}%), TikTok {F(tt)} triệu lượt ({F(P(tt, xem))}%). Fanpage của Đài hiện '
          f'có 268.500 người thích trang.',
          diff('tăng 3,18 triệu lượt', V('3,18'), V('12,46'), V('9,82'), 'tăng', 'inconsistent',
               '12,46 − 9,82 = 2,64; the 2023 figure is probably a transposed 9,28'),
          sum_(f'có {F(folT)} lượt theo dõi', folT, fol),
          share(f'chiếm {F(P(fol[0], folT))}%', P(fol[0], folT), fol[0], folT),
          share(f'({F(P(yt, xem))}%)', P(yt, xem), yt, xem),
          share(f'({F(P(tt, xem))}%)', P(tt, xem), tt, xem),
          amb('268.500 người thích trang', 'repeat',
              'Likes (268.500) and follows (286.500) of the same fanpage are different measures, or the digits were swapped.',
              '268.500'))
    d.add('3. Công tác kỹ thuật, truyền dẫn, đầu tư')
    d.add(f'Bảo đảm an toàn phát sóng truyền hình {F(th)}/{F(th)} giờ, không để xảy ra sự cố mất sóng. Hỗ trợ {Z(6)}/{Z(8)} đài '
          f'truyền thanh cấp huyện chuyển đổi sang truyền thanh ứng dụng công nghệ thông tin - viễn thông, đạt 85,00%. Dự án '
          f'đầu tư trang thiết bị sản xuất chương trình chuẩn HD (Quyết định số 1537/QĐ-UBND ngày 14/9/2023) có tổng mức đầu '
          f'tư 24,8 tỷ đồng, gồm ngân sách tỉnh ... tỷ đồng và quỹ phát triển hoạt động sự nghiệp 3,2 tỷ đồng; đã giải ngân '
          f'18,6 tỷ đồng, đạt {F(P(V("18,6"), V("24,8")))}%.',
          fraction(f'{F(th)}/{F(th)} giờ', th, th, den_ref=th),
          fraction(f'{Z(6)}/{Z(8)} đài', 6, 8, 'inconsistent', pct=V('85,00'), note='06/08 is 75,00%'),
          amb('tổng mức đầu tư 24,8 tỷ đồng', 'sum', 'The provincial budget part is a placeholder ("..."); cannot be summed.', '24,8'),
          share(f'đạt {F(P(V("18,6"), V("24,8")))}%', P(V('18,6'), V('24,8')), V('18,6'), V('24,8')))
    d.add('4. Công tác tài chính')
    d.tag('thu')
    d.add(f'Tổng thu sự nghiệp năm 2024 đạt {F(thu)} triệu đồng, đạt 106,61% kế hoạch ({F(thu_kh)} triệu đồng), tăng '
          f'{F(thu - thu23)} triệu đồng so với năm 2022 ({F(thu23)} triệu đồng); gồm quảng cáo {F(thu_p[0])} triệu đồng '
          f'({F(P(thu_p[0], thu))}%), tài trợ chương trình {F(thu_p[1])} triệu đồng ({F(T(thu_p[1], thu))}%), dịch vụ sản '
          f'xuất phim, truyền dẫn, cho thuê thiết bị {F(thu_p[2])} triệu đồng ({F(P(thu_p[2], thu))}%), thu khác '
          f'{F(thu_p[3])} triệu đồng.',
          sum_(f'đạt {F(thu)} triệu đồng', thu, thu_p),
          ratio('đạt 106,61% kế hoạch', V('106,61'), thu, thu_kh, 'inconsistent', 'digit slip (106,16)'),
          diff(f'tăng {F(thu - thu23)} triệu đồng', thu - thu23, thu, thu23, 'tăng'),
          term('so với năm 2022', 'năm 2022', 'năm 2023', 'inconsistent', f'{F(thu23)} is the 2023 revenue (@ctx)'),
          share(f'({F(P(thu_p[0], thu))}%)', P(thu_p[0], thu), thu_p[0], thu),
          share(f'({F(T(thu_p[1], thu))}%)', T(thu_p[1], thu), thu_p[1], thu, 'rounding', 'truncated'),
          share(f'({F(P(thu_p[2], thu))}%)', P(thu_p[2], thu), thu_p[2], thu))
    d.add(f'Kinh phí ngân sách nhà nước cấp năm 2024 là 35.415 triệu đồng, gồm chi thường xuyên {F(ns_p[0])} triệu đồng, '
          f'kinh phí đặt hàng sản xuất chương trình {F(ns_p[1])} triệu đồng và kinh phí mua sắm thiết bị {F(ns_p[2])} triệu '
          f'đồng; mức tự bảo đảm chi thường xuyên của Đài đạt 35,6%; thu nhập tăng thêm bình quân 1,85 triệu '
          f'đồng/người/tháng.',
          sum_('là 35.415 triệu đồng', V('35.415'), ns_p, 'inconsistent',
               'the equipment part 3.000 was left out of the total (31.280 + 4.135 = 35.415)'),
          amb('đạt 35,6%', 'share',
              'Self-financing rate = own revenue / recurrent spending under Nghị định 60/2021/NĐ-CP; total recurrent '
              'spending is not given (14.862 / 31.280 = 47,51%; 14.862 / (14.862 + 31.280) = 32,21%).', '35,6'))
    d.add(f'5. Thi đua, khen thưởng: Đài đạt 12 giải tại Giải Báo chí tỉnh lần thứ XI ({Z(2)} giải A, {Z(4)} giải B, {Z(6)} '
          f'giải C), chiếm {F(P(12, 40), 2)}% tổng số 40 giải; {Z(1)} Huy chương Vàng, {Z(2)} Huy chương Bạc tại Liên hoan '
          f'Phát thanh toàn quốc lần thứ XVI; tập thể Đài được Thủ tướng Chính phủ tặng Bằng khen (Quyết định số 1125/QĐ-TTg '
          f'ngày 15/10/2024).',
          sum_('đạt 12 giải', 12, [2, 4, 6]),
          share(f'chiếm {F(P(12, 40), 2)}%', P(12, 40), 12, 40))
    d.add('III. ĐÁNH GIÁ CHUNG')
    d.add(f'Năm 2024, Đài hoàn thành 11/12 chỉ tiêu kế hoạch ({F(P(11, 12))}%): sản xuất 18.246 tin, bài, phóng sự; thời '
          f'lượng phát thanh {F(pt)} giờ, truyền hình {F(th)} giờ; tổng thu sự nghiệp {F(thu)} triệu đồng. Hạn chế: chất '
          f'lượng một số chương trình chưa cao, nội dung số chưa tạo được sản phẩm có sức lan tỏa, nguồn thu quảng cáo truyền '
          f'hình có xu hướng giảm.',
          fraction('11/12 chỉ tiêu', 11, 12, pct=P(11, 12)),
          repeat('sản xuất 18.246 tin', V('18.246'), tbT, '@tb', 'inconsistent', 'digits transposed'),
          repeat(f'phát thanh {F(pt)} giờ', pt, pt, 'radio airtime'),
          repeat(f'truyền hình {F(th)} giờ', th, th, 'television airtime'),
          repeat(f'sự nghiệp {F(thu)} triệu đồng', thu, thu, '@thu'))
    d.add('IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025')
    d.add(f'Chỉ tiêu chủ yếu: sản xuất 19.000 tin, bài, tăng {F(G(19000, tbT))}% so với năm 2024; thời lượng tự sản xuất '
          f'truyền hình phát lần đầu 1.250 giờ, tăng {F(1250 - moi)} giờ; thu sự nghiệp 15.500 triệu đồng, bằng '
          f'{F(P(15500, thu))}% thực hiện năm 2024, tăng {F(15500 - thu)} triệu đồng; lượt theo dõi trên các nền tảng số đạt '
          f'650.000, tăng {F(650000 - folT)} lượt.',
          ratio(f'tăng {F(G(19000, tbT))}%', G(19000, tbT), 19000, tbT, mode='growth'),
          diff(f'tăng {F(1250 - moi)} giờ', 1250 - moi, 1250, moi, 'tăng'),
          ratio(f'bằng {F(P(15500, thu))}%', P(15500, thu), 15500, thu),
          diff(f'tăng {F(15500 - thu)} triệu đồng', 15500 - thu, 15500, thu, 'tăng'),
          diff(f'tăng {F(650000 - folT)} lượt', 650000 - folT, 650000, folT, 'tăng'))
    d.add('Nhiệm vụ, giải pháp: hoàn thành dự án thiết bị sản xuất chương trình chuẩn HD, từng bước xây dựng mô hình tòa soạn '
          'hội tụ; đổi mới nội dung, hình thức các chương trình thời sự, chính luận; đẩy mạnh sản xuất nội dung số, phát triển '
          'nguồn thu dịch vụ, quảng cáo trên nền tảng số; sắp xếp, tinh gọn bộ máy, nâng cao mức độ tự chủ tài chính; bồi '
          'dưỡng kỹ năng báo chí đa phương tiện cho đội ngũ phóng viên, biên tập viên.')
    d.add('Trên đây là báo cáo tổng kết công tác năm 2024 và phương hướng, nhiệm vụ năm 2025 của Đài Phát thanh và Truyền hình '
          'tỉnh./.')
    d.add('Nơi nhận: - UBND tỉnh; - Sở Thông tin và Truyền thông; - Lưu: VT, TCHC.')
    d.add('GIÁM ĐỐC')
    d.fn(f'Thời lượng phát thanh tính đến ngày 20/12/2024: {F(pt)} giờ.',
         amb(f'20/12/2024: {F(pt)} giờ', 'repeat',
             'The same 6.588 hours (= 18 h × 366 days, the full year) is dated 20/12/2024 here; the date or the figure is '
             'not the year-end one.', F(pt)))
    d.fn(f'Doanh thu quảng cáo: truyền hình {F(qc[0])} triệu đồng, phát thanh {F(qc[1])} triệu đồng, nền tảng số {F(qc[2])} '
         f'triệu đồng, cộng {F(sum(qc))} triệu đồng; chỉ tiêu chưa đạt là lượt theo dõi trên mạng xã hội '
         f'{F(folT)}/{F(600000)} ({F(P(folT, 600000))}%).',
         sum_(f'cộng {F(sum(qc))} triệu đồng', sum(qc), qc),
         fraction(f'{F(folT)}/{F(600000)}', folT, 600000, pct=P(folT, 600000)))
    d.fn('07 phòng chuyên môn gồm: Văn phòng; Thời sự; Chuyên đề; Văn nghệ - Giải trí; Kỹ thuật - Công nghệ; Quảng cáo - '
         'Dịch vụ; Nội dung số.',
         sum_('07 phòng chuyên môn', 7, [1] * 7, note='seven units named; same 07 as @staff'))
    return d



# =============================================================== h22-06
@draft
def d06():
    d = Draft('h22-06-ban-quan-ly-cang-ca', 'Ban Quản lý cảng cá tỉnh Quảng Ngãi',
              'Báo cáo sơ kết 6 tháng đầu năm 2025 và nhiệm vụ 6 tháng cuối năm 2025')
    K24 = '6 tháng đầu năm 2024'
    neo = [1200, 1000]
    cau = [420, 310, 365, 150]
    ld, vc, hd, nu, dh = 64, 38, 26, 17, 31
    tau, tau24, tau_kh = 28416, 26226, 53000
    cang = OrderedDict([('Sa Huỳnh', 9842), ('Tịnh Kỳ', 7315), ('Sa Kỳ', 8126), ('Mỹ Á', 3133)])
    assert sum(cang.values()) == tau
    sa_ky_w = 8162                                   # transposed in the draft
    qt = [12684, 15732]
    t15, ngt, ngt24 = 11248, 4126, 3814
    nk, r_nk24 = 11104, V('96,85')
    r_nk = P(nk, t15)
    sl, sl24, sl_kh = 42685, 39471, 78000
    slp = [35412, 5126, 2147]
    sq = [18264, 24421]
    thu_p = [V('3.418,2'), V('1.926,8'), V('1.087,4'), V('410,1')]
    thu, thu24, thu_dt = sum(thu_p), V('6.084,4'), V('13.000')
    nsn, nsn24 = V('1.025,5'), V('912,8')
    tt = [968, 684]
    rac, rac24 = 1286, 1126

    d.add('SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH QUẢNG NGÃI')
    d.add('BAN QUẢN LÝ CẢNG CÁ')
    d.add('Số: 186/BC-BQLCC')
    d.add('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    d.add('Độc lập - Tự do - Hạnh phúc')
    d.add('Quảng Ngãi, ngày 04 tháng 7 năm 2025')
    d.add('BÁO CÁO')
    d.add('Sơ kết công tác 6 tháng đầu năm 2025 và nhiệm vụ trọng tâm 6 tháng cuối năm 2025')
    d.add('Thực hiện Công văn số 1524/SNNMT-TS ngày 20/6/2025 của Sở Nông nghiệp và Môi trường về báo cáo sơ kết 6 tháng '
          'đầu năm 2025, Ban Quản lý cảng cá tỉnh báo cáo như sau:')
    d.add('I. ĐẶC ĐIỂM TÌNH HÌNH')
    d.tag('org')
    d.add(f'Ban được giao quản lý {Z(4)} cảng cá, gồm {Z(2)} cảng loại I (Sa Huỳnh, Tịnh Kỳ) và {Z(2)} cảng loại II (Sa Kỳ, '
          f'Mỹ Á), với tổng chiều dài cầu cảng {F(sum(cau))} m (Sa Huỳnh {cau[0]} m, Tịnh Kỳ {cau[1]} m, Sa Kỳ {cau[2]} m, '
          f'Mỹ Á {cau[3]} m); {Z(2)} khu neo đậu tránh trú bão cho tàu cá có sức chứa {F(sum(neo))} tàu (Sa Kỳ {F(neo[0])} '
          f'tàu, Tịnh Hòa {F(neo[1])} tàu). Ban có {ld} viên chức, người lao động ({vc} viên chức, {hd} lao động hợp đồng), '
          f'trong đó nữ {nu} người ({F(P(nu, ld))}%), trình độ đại học trở lên {dh} người ({F(P(dh, ld))}%).',
          sum_(f'quản lý {Z(4)} cảng cá', 4, [2, 2]),
          sum_(f'cầu cảng {F(sum(cau))} m', sum(cau), cau),
          sum_(f'sức chứa {F(sum(neo))} tàu', sum(neo), neo),
          sum_(f'Ban có {ld} viên chức', ld, [vc, hd]),
          share(f'({F(P(nu, ld))}%)', P(nu, ld), nu, ld),
          share(f'({F(P(dh, ld))}%)', P(dh, ld), dh, ld, note='48,4375 rounds half up to 48,44'))
    d.add('6 tháng đầu năm 2025, thời tiết tương đối thuận lợi, ngư trường ổn định, giá nhiên liệu giảm nên số chuyến biển '
          'tăng; cùng với cả nước, tỉnh tập trung cao độ khắc phục các khuyến nghị của Ủy ban châu Âu về chống khai thác hải '
          'sản bất hợp pháp, không báo cáo và không theo quy định (IUU), chuẩn bị đón Đoàn kiểm tra lần thứ năm.')
    d.add('II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ')
    d.add('1. Quản lý tàu cá ra vào cảng')
    d.tag('tau')
    cw = list(cang.values()); cw[2] = sa_ky_w
    d.add(f'Trong 6 tháng, có {F(tau)} lượt tàu cá ra vào các cảng, bằng {F(T(tau, tau24, 1))}% so với cùng kỳ ({F(tau24)} '
          f'lượt), đạt {F(P(tau, tau_kh))}% kế hoạch năm ({F(tau_kh)} lượt); chia ra: cảng Sa Huỳnh {F(cw[0])} lượt '
          f'({F(T(cw[0], tau))}%), Tịnh Kỳ {F(cw[1])} lượt, Sa Kỳ {F(cw[2])} lượt, Mỹ Á {F(cw[3])} lượt '
          f'({F(P(cw[3], tau))}%). Quý I có {F(qt[0])} lượt, quý II {F(qt[1])} lượt, tăng {F(G(qt[1], qt[0]))}% so với quý I. '
          f'Số lượt tàu có chiều dài từ 15 m trở lên là {F(t15)} lượt, chiếm {F(P(t15, tau24))}% tổng số lượt tàu ra vào cảng.',
          ratio(f'bằng {F(T(tau, tau24, 1))}%', T(tau, tau24, 1), tau, tau24, 'rounding', 'truncated'),
          ratio(f'đạt {F(P(tau, tau_kh))}% kế hoạch năm', P(tau, tau_kh), tau, tau_kh),
          sum_(f'có {F(tau)} lượt tàu', tau, cw, 'inconsistent', 'Sa Kỳ 8.162 is likely 8.126 (digits transposed)'),
          share(f'({F(T(cw[0], tau))}%)', T(cw[0], tau), cw[0], tau, 'rounding', 'truncated'),
          share(f'({F(P(cw[3], tau))}%)', P(cw[3], tau), cw[3], tau),
          sum_(f'Quý I có {F(qt[0])} lượt', tau, qt, judged=qt[0], note='two quarters make the half year'),
          ratio(f'tăng {F(G(qt[1], qt[0]))}%', G(qt[1], qt[0]), qt[1], qt[0], mode='growth'),
          share(f'chiếm {F(P(t15, tau24))}%', P(t15, tau24), t15, tau, 'inconsistent',
                f'computed on the {K24} count {F(tau24)} instead of {F(tau)}'))
    d.add(f'Công tác chống khai thác IUU: kiểm tra, giám sát {F(t15)} lượt tàu từ 15 m trở lên cập cảng; thu '
          f'{F(nk)}/{F(t15)} nhật ký khai thác, đạt {F(r_nk)}% (cùng kỳ năm 2024 đạt {F(r_nk24)}%), tăng 1,78 điểm phần trăm; '
          f'tàu ngoài tỉnh {F(ngt)} lượt, giảm {F(ngt - ngt24)} lượt so với cùng kỳ ({F(ngt24)} lượt).',
          repeat(f'giám sát {F(t15)} lượt', t15, t15, '@tau'),
          fraction(f'{F(nk)}/{F(t15)} nhật ký', nk, t15, pct=r_nk),
          points('tăng 1,78 điểm phần trăm', V('1,78'), r_nk, r_nk24, 'tăng', 'inconsistent', 'digits transposed (1,87)'),
          diff(f'giảm {F(ngt - ngt24)} lượt', ngt - ngt24, ngt, ngt24, 'giảm', 'inconsistent', 'direction wrong: 4.126 > 3.814'))
    d.add(f'Cấp 1.214 giấy xác nhận '
          f'nguyên liệu thủy sản khai thác (SC), tăng 186 giấy so với cùng kỳ (1.028 giấy), với 5.846 tấn; 846 giấy chứng '
          f'nhận (CC) với 4.215 tấn, bằng {F(P(4215, 5846))}% sản lượng đã xác nhận. Tổ chức 14 đợt tuyên truyền với 2.846 '
          f'lượt ngư dân, trong đó 1.920 lượt thuyền trưởng, máy trưởng và 1.215 lượt chủ tàu. Phối hợp với Bộ đội Biên '
          f'phòng, Chi cục Thủy sản kiểm tra, lập biên bản 23 trường hợp vi phạm, chuyển cơ quan có thẩm quyền xử phạt.',
          diff('tăng 186 giấy', 186, 1214, 1028, 'tăng'),
          share(f'bằng {F(P(4215, 5846))}%', P(4215, 5846), 4215, 5846),
          amb('1.920 lượt thuyền trưởng', 'subset',
              '1.920 + 1.215 = 3.135 > 2.846; an owner may also be the captain, so the two groups may overlap.', F(1920)))
    d.add('2. Sản lượng hàng hóa qua cảng')
    d.tag('sl')
    d.add(f'Sản lượng hải sản qua cảng đạt {F(sl)} tấn, tăng {F(sl - sl24)} tấn, bằng {F(P(sl, sl24))}% cùng kỳ ({F(sl24)} '
          f'tấn), đạt 57,42% kế hoạch năm ({F(sl_kh)} tấn); gồm cá các loại {F(slp[0])} tấn ({F(P(slp[0], sl))}%), mực '
          f'{F(slp[1])} tấn ({F(P(slp[1], sl))}%), hải sản khác {F(slp[2])} tấn ({F(T(slp[2], sl))}%). Trong sản lượng cá có cá '
          f'ngừ đại dương 1,846 tấn, tăng 214 tấn so với cùng kỳ (1.632 tấn). Quý I đạt {F(sq[0])} tấn, quý II {F(sq[1])} tấn '
          f'(tăng {F(G(sq[1], sq[0]))}% so với quý I), cộng hai quý {F(sum(sq))} tấn; riêng tháng 6/2025 đạt 9.126 tấn, chiếm '
          f'{F(P(9126, sq[1]))}% sản lượng quý II. Sản lượng qua cảng chiếm khoảng 38,5% sản lượng khai thác toàn tỉnh.',
          diff(f'tăng {F(sl - sl24)} tấn', sl - sl24, sl, sl24, 'tăng'),
          ratio(f'bằng {F(P(sl, sl24))}%', P(sl, sl24), sl, sl24),
          ratio('đạt 57,42% kế hoạch năm', V('57,42'), sl, sl_kh, 'inconsistent', 'digits swapped (54,72)'),
          sum_(f'đạt {F(sl)} tấn', sl, slp),
          share(f'({F(P(slp[0], sl))}%)', P(slp[0], sl), slp[0], sl),
          share(f'({F(P(slp[1], sl))}%)', P(slp[1], sl), slp[1], sl),
          share(f'({F(T(slp[2], sl))}%)', T(slp[2], sl), slp[2], sl, 'rounding', 'truncated'),
          amb('tăng 214 tấn', 'difference',
              '"1,846 tấn" reads 1,846 t under vi-VN rules (then no increase over 1.632) or 1.846 t with a comma thousands '
              'separator (1.846 − 1.632 = 214); cannot be settled from the text.', '214'),
          ratio(f'(tăng {F(G(sq[1], sq[0]))}%', G(sq[1], sq[0]), sq[1], sq[0], mode='growth'),
          sum_(f'cộng hai quý {F(sum(sq))} tấn', sl, sq, judged=sum(sq)),
          share(f'chiếm {F(P(9126, sq[1]))}%', P(9126, sq[1]), 9126, sq[1]),
          amb('khoảng 38,5%', 'share', 'The provincial catch (base) is not given in the draft.', '38,5'))
    d.add('3. Thu phí, giá dịch vụ')
    d.tag('thu')
    d.add(f'Tổng thu phí, giá dịch vụ {F(thu)} triệu đồng, đạt {F(P(thu, thu_dt))}% dự toán năm ({F(thu_dt)} triệu đồng), '
          f'tăng {F(G(thu, thu24))}% so với 6 tháng đầu năm 2023 ({F(thu24)} triệu đồng); gồm phí sử dụng công trình kết cấu hạ '
          f'tầng cảng cá {F(thu_p[0])} triệu đồng ({F(P(thu_p[0], thu))}%), giá dịch vụ bốc xếp, cầu cảng {F(thu_p[1])} triệu '
          f'đồng ({F(P(thu_p[1], thu))}%), cho thuê mặt bằng, ki-ốt {F(thu_p[2])} triệu đồng, dịch vụ nước đá, điện, nước '
          f'{F(thu_p[3])} triệu đồng. Nộp ngân sách 30% số thu phí sử dụng hạ tầng, tương ứng {F(nsn)} triệu đồng, tăng '
          f'{F(nsn - nsn24)} triệu đồng so với cùng kỳ ({F(nsn24)} triệu đồng).',
          ratio(f'đạt {F(P(thu, thu_dt))}% dự toán', P(thu, thu_dt), thu, thu_dt),
          ratio(f'tăng {F(G(thu, thu24))}%', G(thu, thu24), thu, thu24, mode='growth'),
          term('so với 6 tháng đầu năm 2023', '6 tháng đầu năm 2023', K24, 'inconsistent',
               f'{F(thu24)} is the {K24} revenue (@fn1)'),
          sum_(f'dịch vụ {F(thu)} triệu đồng', thu, thu_p),
          share(f'({F(P(thu_p[0], thu))}%)', P(thu_p[0], thu), thu_p[0], thu),
          share(f'({F(P(thu_p[1], thu))}%)', P(thu_p[1], thu), thu_p[1], thu),
          share(f'30% số thu phí sử dụng hạ tầng, tương ứng {F(nsn)}', V('30'), nsn, thu_p[0]),
          diff(f'tăng {F(nsn - nsn24)} triệu đồng', nsn - nsn24, nsn, nsn24, 'tăng'))
    d.add('4. Neo đậu tránh trú, vệ sinh môi trường')
    d.add(f'Các khu neo đậu đón {F(sum(tt))} lượt tàu vào tránh trú gió mùa đông bắc (Sa Kỳ {tt[0]} lượt, chiếm '
          f'{F(P(tt[0], sum(tt)))}%; Tịnh Hòa {tt[1]} lượt), sắp xếp đúng vị trí, không để xảy ra va chạm, cháy nổ. Thu gom, '
          f'xử lý {F(rac)} tấn rác thải, tăng {rac - rac24} tấn, tương ứng {F(G(rac, rac24, 1))}% so với cùng kỳ ({F(rac24)} '
          f'tấn); duy trì 04 tổ tự quản vệ sinh môi trường tại các cảng.',
          sum_(f'đón {F(sum(tt))} lượt', sum(tt), tt),
          share(f'chiếm {F(P(tt[0], sum(tt)))}%', P(tt[0], sum(tt)), tt[0], sum(tt)),
          diff(f'tăng {rac - rac24} tấn', rac - rac24, rac, rac24, 'tăng'),
          ratio(f'tương ứng {F(G(rac, rac24, 1))}%', G(rac, rac24, 1), rac, rac24, mode='growth'))
    d.add('5. Đầu tư xây dựng')
    d.tag('dt')
    d.add(f'Dự án nạo vét luồng và khu nước cảng cá Sa Kỳ (Quyết định số 742/QĐ-UBND ngày 15/7/2024 của Ủy ban nhân dân tỉnh) '
          f'có khối lượng 185.400 m³, tổng mức đầu tư 48,6 tỷ đồng, gồm ngân sách trung ương 40 tỷ đồng (chiếm '
          f'{F(P(40, V("48,6")))}%) và ngân sách tỉnh 8,6 tỷ đồng; đến 30/6/2025 thực hiện 126.300 m³, đạt '
          f'{F(P(126300, 185400))}% khối lượng, giải ngân 29,4 tỷ đồng, đạt {F(P(V("29,4"), V("48,6")))}% tổng mức đầu tư. Dự '
          f'án nâng cấp cảng cá Mỹ Á đang lập báo cáo nghiên cứu khả thi.',
          sum_('tổng mức đầu tư 48,6 tỷ đồng', V('48,6'), [V('40'), V('8,6')]),
          share(f'(chiếm {F(P(40, V("48,6")))}%)', P(40, V('48,6')), 40, V('48,6')),
          share(f'đạt {F(P(126300, 185400))}% khối lượng', P(126300, 185400), 126300, 185400),
          share(f'đạt {F(P(V("29,4"), V("48,6")))}% tổng mức', P(V('29,4'), V('48,6')), V('29,4'), V('48,6')))
    d.add('6. Cải cách hành chính, chuyển đổi số')
    d.add('Triển khai hệ thống truy xuất nguồn gốc thủy sản khai thác điện tử (eCDT) tại tất cả các cảng; 100% hồ sơ đề nghị '
          'xác nhận, chứng nhận nguồn gốc được tiếp nhận, xử lý trên môi trường điện tử; thời gian xử lý bình quân một hồ sơ '
          'giảm từ 4 giờ xuống 2,5 giờ, giảm 1,5 giờ; niêm yết công khai giá dịch vụ tại các cảng.',
          diff('giảm 1,5 giờ', V('1,5'), V('2,5'), V('4'), 'giảm'))
    d.add('III. ĐÁNH GIÁ CHUNG')
    d.add(f'6 tháng đầu năm, các chỉ tiêu chủ yếu đều tăng so với cùng kỳ: {F(tau)} lượt tàu ra vào cảng, sản lượng hàng hóa '
          f'{F(sl)} tấn, thu phí, giá dịch vụ {F(thu)} triệu đồng; số lượt tàu cập cảng 14.208 lượt; {Z(4)}/{Z(4)} cảng cá đủ '
          f'điều kiện xác nhận nguồn gốc thủy sản khai thác. Hạn chế: một số tàu cá chưa thực hiện nghiêm việc khai báo khi '
          f'cập cảng; hạ tầng cảng Mỹ Á xuống cấp, luồng vào cảng Sa Kỳ thường xuyên bị bồi lấp; nguồn thu chưa tương xứng.',
          repeat(f'{F(tau)} lượt tàu ra vào cảng', tau, tau, '@tau'),
          repeat(f'sản lượng hàng hóa {F(sl)} tấn', sl, sl, '@sl'),
          repeat(f'giá dịch vụ {F(thu)} triệu đồng', thu, thu, '@thu'),
          amb('cập cảng 14.208 lượt', 'repeat',
              '14.208 is exactly half of 28.416 arrivals and departures; it may count arrivals only, or be a different '
              'figure for the same quantity.', '14.208'),
          fraction(f'{Z(4)}/{Z(4)} cảng cá', 4, 4, den_ref=4, note='04 ports, @org'))
    d.add('IV. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2025')
    d.add(f'Phấn đấu cả năm đạt 54.000 lượt tàu, vượt {F(G(54000, tau_kh))}% kế hoạch, 6 tháng cuối năm cần đạt '
          f'{F(54000 - tau)} lượt; sản lượng cả năm 80.000 tấn, 6 tháng cuối năm {F(80000 - sl)} tấn; thu phí, giá dịch vụ cả '
          f'năm 13.500 triệu đồng, bằng {F(P(13500, thu_dt))}% dự toán, 6 tháng cuối năm {F(V("13500") - thu)} triệu đồng. '
          f'Tập trung kiểm soát 100% tàu cá cập cảng, bốc dỡ sản phẩm; phối hợp Bộ đội Biên phòng xử lý nghiêm tàu vi phạm; '
          f'đẩy nhanh tiến độ nạo vét luồng Sa Kỳ.',
          ratio(f'vượt {F(G(54000, tau_kh))}% kế hoạch', G(54000, tau_kh), 54000, tau_kh, mode='growth'),
          sum_(f'cần đạt {F(54000 - tau)} lượt', 54000, [tau, 54000 - tau], judged=54000 - tau),
          sum_(f'6 tháng cuối năm {F(80000 - sl)} tấn', 80000, [sl, 80000 - sl], judged=80000 - sl),
          ratio(f'bằng {F(P(13500, thu_dt))}% dự toán', P(13500, thu_dt), 13500, thu_dt),
          sum_(f'6 tháng cuối năm {F(V("13500") - thu)} triệu', 13500, [thu, V('13500') - thu], judged=V('13500') - thu))
    d.add('Kiến nghị: đề nghị Sở Nông nghiệp và Môi trường tham mưu Ủy ban nhân dân tỉnh bố trí vốn đầu tư nâng cấp cảng cá '
          'Mỹ Á, hỗ trợ kinh phí lắp đặt hệ thống camera giám sát tàu cá cập cảng; sớm ban hành quy định giá dịch vụ tại cảng '
          'cá phù hợp với Luật Giá năm 2023; bổ sung biên chế cho các tổ quản lý cảng có lượng tàu ra vào lớn.')
    d.add('Trên đây là báo cáo sơ kết công tác 6 tháng đầu năm và nhiệm vụ trọng tâm 6 tháng cuối năm 2025 của Ban Quản lý '
          'cảng cá tỉnh, kính báo cáo Sở Nông nghiệp và Môi trường theo dõi, chỉ đạo./.')
    d.add('Nơi nhận: - Sở Nông nghiệp và Môi trường; - Chi cục Thủy sản; - Lưu: VT.')
    d.add('TRƯỞNG BAN')
    d.tag('fn1')
    d.fn(f'Số liệu {K24}: {F(tau24)} lượt tàu; sản lượng {F(sl24)} tấn; thu phí, giá dịch vụ {F(thu24)} triệu đồng.',
         repeat(f'{F(tau24)} lượt tàu', tau24, tau24, '@tau'),
         repeat(f'sản lượng {F(sl24)} tấn', sl24, sl24, '@sl'),
         repeat(f'{F(thu24)} triệu đồng', thu24, thu24, '@thu'))
    d.fn('Theo báo cáo thống kê của các cảng, sản lượng hải sản qua cảng 6 tháng đầu năm 2025 là 42.865 tấn; khối lượng nạo '
         'vét luồng Sa Kỳ đến ngày 15/6/2025 là 126.300 m³.',
         repeat('42.865 tấn', V('42.865'), sl, '@sl', 'inconsistent', 'digits transposed'),
         amb('15/6/2025 là 126.300 m³', 'repeat',
             'The same 126.300 m³ is dated 30/6/2025 in the body (@dt); the reference date cannot be decided.', '126.300'))
    return d



# ---------------------------------------------------------------- output
def stats(d):
    c = Counter(x['verdict'] for x in d.claims)
    return len(d.text()), len(d.lines), len(d.claims), c


def write_all():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.startswith('h22-') and (f.endswith('.txt') or f.endswith('.labels.json')):
            os.remove(os.path.join(OUT, f))
    drafts = [f() for f in DRAFTS]
    names = [d.name for d in drafts]
    assert len(set(names)) == len(names)
    for d in drafts:
        d.resolve()
        txt = d.text()
        with open(os.path.join(OUT, d.name + '.txt'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write(txt)
        labels = {'file': d.name + '.txt', 'claims': []}
        for c in d.claims:
            e = OrderedDict([('line', c['line']), ('anchor', c['anchor']), ('kind', c['kind']),
                             ('verdict', c['verdict'])])
            if c['verdict'] in ('rounding', 'inconsistent'):
                assert c.get('right'), (d.name, c['anchor'])
                e['right'] = c['right']
            e['note'] = c['note']
            labels['claims'].append(e)
        with open(os.path.join(OUT, d.name + '.labels.json'), 'w', encoding='utf-8') as fh:
            json.dump(labels, fh, ensure_ascii=False, indent=1)
            fh.write('\n')
    return drafts


def verify(drafts):
    """Re-read the written files and check every label against its line."""
    for d in drafts:
        with open(os.path.join(OUT, d.name + '.txt'), encoding='utf-8') as fh:
            raw = fh.read()
        lines = raw.split('\n')
        assert lines[-1] == '' and all(lines[:-1]), d.name
        lines = lines[:-1]
        assert lines == d.lines
        assert 34 <= len(lines) <= 40, (d.name, len(lines))
        assert 6000 <= len(raw) <= 7000, (d.name, len(raw))
        with open(os.path.join(OUT, d.name + '.labels.json'), encoding='utf-8') as fh:
            lab = json.load(fh)
        assert lab['file'] == d.name + '.txt'
        seen = set()
        for c in lab['claims']:
            assert 1 <= c['line'] <= len(lines), (d.name, c)
            line = lines[c['line'] - 1]
            assert line.count(c['anchor']) == 1, (d.name, c['line'], c['anchor'])
            assert c['kind'] in KINDS and c['verdict'] in VERDICTS
            assert '@' not in c['note'], c['note']
            key = (c['line'], c['anchor'])
            assert key not in seen, key
            seen.add(key)
        # anchors of one line must not overlap one another
        by_line = {}
        for c in lab['claims']:
            s = lines[c['line'] - 1].index(c['anchor'])
            by_line.setdefault(c['line'], []).append((s, s + len(c['anchor']), c['anchor']))
        for ln, spans in by_line.items():
            spans.sort()
            for a, b in zip(spans, spans[1:]):
                assert a[1] <= b[0], (d.name, ln, a[2], b[2])
        n = len(lab['claims'])
        cnt = Counter(c['verdict'] for c in lab['claims'])
        assert 63 <= n <= 66, (d.name, n)
        assert 48 <= cnt['consistent'] <= 51 and cnt['rounding'] == 3 and cnt['inconsistent'] == 7 \
            and cnt['ambiguous'] == 5, (d.name, cnt)


def summary(drafts):
    out = ['# heldout22 — summary', '',
           'Generated by `make.py` (Python standard library, exact `decimal.Decimal` arithmetic, ROUND_HALF_UP).',
           'Drafts are in `prose/<name>.txt`, labels in `prose/<name>.labels.json`. Characters are Unicode code points '
           'of the file, line ends included; lines are paragraphs (no blank lines).', '',
           '## Drafts', '',
           '| Draft | Office | Characters | Lines | Claims | consistent | rounding | inconsistent | ambiguous |',
           '|---|---|---:|---:|---:|---:|---:|---:|---:|']
    tot = Counter()
    kv = Counter()
    for d in drafts:
        ch, nl, nc, c = stats(d)
        out.append(f'| {d.name} | {d.office} | {ch} | {nl} | {nc} | ' + ' | '.join(str(c[v]) for v in VERDICTS) + ' |')
        tot.update(c)
        tot['_chars'] += ch
        tot['_lines'] += nl
        tot['_claims'] += nc
        for x in d.claims:
            kv[(x['kind'], x['verdict'])] += 1
    out.append(f'| **Total** | {len(drafts)} drafts | {tot["_chars"]} | {tot["_lines"]} | {tot["_claims"]} | '
               + ' | '.join(str(tot[v]) for v in VERDICTS) + ' |')
    out += ['', '## Claims by kind and verdict (all drafts)', '',
            '| Kind | ' + ' | '.join(VERDICTS) + ' | total |', '|---|' + '---:|' * (len(VERDICTS) + 1)]
    for k in KINDS:
        row = [kv[(k, v)] for v in VERDICTS]
        out.append(f'| {k} | ' + ' | '.join(map(str, row)) + f' | {sum(row)} |')
    col = [sum(kv[(k, v)] for k in KINDS) for v in VERDICTS]
    out.append('| **total** | ' + ' | '.join(map(str, col)) + f' | {sum(col)} |')
    out += ['', '## Claims by kind, per draft', '',
            '| Draft | ' + ' | '.join(KINDS) + ' |', '|---|' + '---:|' * len(KINDS)]
    for d in drafts:
        kc = Counter(x['kind'] for x in d.claims)
        out.append(f'| {d.name} | ' + ' | '.join(str(kc[k]) for k in KINDS) + ' |')
    out += ['', 'Checks run by `make.py`: every anchor occurs exactly once in its line, anchors of one line do not '
            'overlap, every line number is within the file and points at the line the claim was written on (files are '
            're-read after writing), every non-ambiguous verdict equals the verdict recomputed from the figures, and every '
            'rounding/inconsistent label carries the value that should be written.', '']
    with open(os.path.join(HERE, 'SUMMARY.md'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(out))


if __name__ == '__main__':
    ds = write_all()
    verify(ds)
    summary(ds)
    for d in ds:
        print(d.name, *stats(d)[:3], dict(stats(d)[3]))
    t = Counter()
    for d in ds:
        t.update(x['verdict'] for x in d.claims)
    print('drafts', len(ds), 'claims', sum(t.values()), dict(t))
