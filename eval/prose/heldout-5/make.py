#!/usr/bin/env python3
"""Builds and checks the labels of the p5 prose drafts.

Every labelled claim is declared below with the figures it rests on (as written in the
draft).  The script recomputes each share / sum / difference / ratio with exact rational
arithmetic (round half up at the stated precision), derives the verdict, and refuses to
write the labels if a declared verdict or `right` value disagrees with the arithmetic.
It also checks that each anchor is exact text of exactly one line and unique in it.
Standard library only.  Run:  python3 make.py
"""
import json, math, os, sys
from decimal import Decimal, ROUND_HALF_UP, localcontext
from fractions import Fraction as F
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- numbers
def vn(s):
    """'12.846' -> 12846, '486,27' -> 486.27, '1.025,4' -> 1025.4 (exact)."""
    s = str(s).strip()
    return F(s.replace('.', '').replace(',', '.'))

def ndec(s):
    s = str(s)
    return len(s.split(',')[1]) if ',' in s else 0

def rhu(x, d):
    """round half up (decimal.ROUND_HALF_UP) of a non-negative exact Fraction to d decimals.
    The quotient is taken with 60 significant digits: a rational with a small denominator can
    never lie within 1e-50 of a rounding boundary without being on it, so this is exact."""
    with localcontext() as ctx:
        ctx.prec = 60
        q = Decimal(x.numerator) / Decimal(x.denominator)
        r = q.quantize(Decimal(1).scaleb(-d), rounding=ROUND_HALF_UP)
    return F(r)

def fmt(x, d=0, pad=0):
    """vi-VN formatting: thousands '.', decimal ','"""
    neg = x < 0
    x = abs(x)
    q = rhu(x, d)
    ip = math.floor(q)
    fr = q - ip
    s = f"{ip:,}".replace(',', '.')
    if pad and len(s) < pad:
        s = s.rjust(pad, '0')
    if d:
        s += ',' + str(math.floor(fr * F(10) ** d + F(1, 2))).rjust(d, '0')
    return ('-' if neg else '') + s

def fl(x, d=4):
    return fmt(x, d)

def grade(stated, exact, d):
    """consistent if stated == round-half-up(exact); rounding if off by one unit; else inconsistent"""
    r = rhu(exact, d)
    units = abs(stated - r) * F(10) ** d
    if units == 0:
        return 'consistent', r
    if units == 1:
        return 'rounding', r
    return 'inconsistent', r

# ---------------------------------------------------------------- calcs
def pct(part, base, stated):
    """share / ratio: stated % = part / base x 100"""
    def run():
        d = ndec(stated)
        ex = vn(part) * 100 / vn(base)
        v, r = grade(vn(stated), ex, d)
        return v, fmt(r, d) + '%', f"{part} / {base} x 100 = {fl(ex)} % -> {fmt(r, d)}%; stated {stated}%"
    return run

def chg(cur, prev, stated):
    """relative change: tăng/giảm X% = (cur/prev - 1) x 100"""
    def run():
        d = ndec(stated)
        ex = abs(vn(cur) / vn(prev) - 1) * 100
        v, r = grade(vn(stated), ex, d)
        return v, fmt(r, d) + '%', f"|{cur} / {prev} - 1| x 100 = {fl(ex)} % -> {fmt(r, d)}%; stated {stated}%"
    return run

def avg(num, den, stated, scale=1, unit=''):
    """average / per-capita figure: num / den x scale"""
    def run():
        d = ndec(stated)
        ex = vn(num) * scale / vn(den)
        v, r = grade(vn(stated), ex, d)
        return v, fmt(r, d) + unit, f"{num} / {den}" + (f" x {scale}" if scale != 1 else '') + f" = {fl(ex)} -> {fmt(r, d)}; stated {stated}"
    return run

def sm(total, parts):
    """exhaustive breakdown: total = sum of parts"""
    def run():
        s = sum(vn(p) for p in parts)
        d = max(ndec(p) for p in parts + [total])
        v = 'consistent' if s == vn(total) else 'inconsistent'
        return v, fmt(s, d, pad=len(total) if total.startswith('0') else 0), \
            ' + '.join(parts) + f" = {fmt(s, d)} vs {total}"
    return run

def sub(parent, parts, exceed_ok=False):
    """'trong đó' parts that are subsets: each part <= parent (parts may overlap)"""
    def run():
        bad = [p for p in parts if vn(p) > vn(parent)]
        s = sum(vn(p) for p in parts)
        v = 'inconsistent' if bad else 'consistent'
        return v, None, f"each of {', '.join(parts)} <= {parent}" + (f" (sum {fmt(s, max(ndec(p) for p in parts))} {'>' if s > vn(parent) else '<=' } parent)" if len(parts) > 1 else '') + (f"; exceeds: {bad}" if bad else '')
    return run

def frac(num, den, stated=None, whole=None):
    """fraction num/den, checked against the percentage that goes with it and/or the whole stated elsewhere"""
    def run():
        notes = []
        v = 'consistent'; right = None
        if vn(num) > vn(den):
            v = 'inconsistent'; notes.append('numerator > denominator')
        if whole is not None:
            if vn(den) != vn(whole):
                v = 'inconsistent'; right = f"{num}/{whole}"
            notes.append(f"whole {den} vs total stated {whole}")
        if stated is not None:
            d = ndec(stated)
            ex = vn(num) * 100 / vn(den)
            g, r = grade(vn(stated), ex, d)
            notes.append(f"{num}/{den} = {fl(ex)} % -> {fmt(r, d)}%; stated {stated}%")
            if g != 'consistent':
                assert v == 'consistent'
                v = g; right = fmt(r, d) + '%'
        return v, right, '; '.join(notes)
    return run

def dif(cur, prev, stated, word):
    """difference: tăng N = cur - prev; giảm N = prev - cur"""
    def run():
        dd = vn(cur) - vn(prev)
        d = max(ndec(cur), ndec(prev), ndec(stated))
        want = 'tăng' if dd > 0 else 'giảm'
        mag = abs(dd)
        pad = len(stated) if stated.startswith('0') and ',' not in stated else 0
        ok = (mag == vn(stated)) and (want == word or dd == 0)
        v = 'consistent' if ok else 'inconsistent'
        return v, f"{want} {fmt(mag, d, pad)}", f"{cur} - {prev} = {fmt(dd, d)} -> {want} {fmt(mag, d)}; stated {word} {stated}"
    return run

def pts(cur, prev, stated, word):
    """change of a rate: percentage points (cur - prev); the relative reading is also tried"""
    def run():
        d = ndec(stated)
        dp = vn(cur) - vn(prev)
        want = 'tăng' if dp > 0 else 'giảm'
        gp, rp = grade(vn(stated), abs(dp), d)
        rel = abs(vn(cur) / vn(prev) - 1) * 100
        gr, rr = grade(vn(stated), rel, d)
        note = f"points: {cur} - {prev} = {fmt(dp, max(ndec(cur), ndec(prev)))}; relative: {fl(rel)} %; stated {word} {stated}"
        if word != want:
            return 'inconsistent', f"{want} {fmt(abs(dp), d)}%", note + ' (wrong direction)'
        if gp == 'consistent':
            return 'consistent', None, note + ' -> points reading holds'
        if gr == 'consistent':
            return 'consistent', None, note + ' -> relative reading holds'
        return gp, fmt(rp, d) + '%', note + ' -> neither reading holds'
    return run

def rep(first, second):
    """the same quantity written twice"""
    def run():
        v = 'consistent' if vn(first) == vn(second) else 'inconsistent'
        return v, fmt(vn(first), ndec(first)), f"first mention {first}, this mention {second}"
    return run

def lin(total, plus, minus=()):
    """stock-flow identity: total = sum(plus) - sum(minus)"""
    def run():
        v_ = sum(vn(p) for p in plus) - sum(vn(m) for m in minus)
        d = max(ndec(x) for x in [total] + list(plus) + list(minus))
        v = 'consistent' if v_ == vn(total) else 'inconsistent'
        return v, fmt(v_, d), ' + '.join(plus) + ''.join(' - ' + m for m in minus) + f" = {fmt(v_, d)} vs {total}"
    return run

def resid(total, known, stated):
    """remainder: stated = total - known"""
    def run():
        r = vn(total) - vn(known)
        d = max(ndec(total), ndec(known), ndec(stated))
        pad = len(stated) if stated.startswith('0') else 0
        v = 'consistent' if r == vn(stated) else 'inconsistent'
        return v, fmt(r, d, pad), f"{total} - {known} = {fmt(r, d)} vs {stated}"
    return run

def man(verdict, right=None, check=None):
    """verdict decided by reading (term labels, ambiguous claims); `check` is an optional assertion"""
    def run():
        if check is not None:
            assert check(), 'manual check failed'
        return verdict, right, ''
    return run

CLAIMS = {}
def C(fid, anchor, kind, verdict, calc, note='', near=None, right=None):
    CLAIMS.setdefault(fid, []).append(dict(anchor=anchor, kind=kind, verdict=verdict, calc=calc,
                                            note=note, near=near, right=right))

# ================================================================ p5-01
F1 = 'p5-01-ubnd-huyen-ktxh-2024.txt'
C(F1, 'mười một đơn vị hành chính cấp xã (10 xã, 01 thị trấn)', 'sum', 'consistent', sm('11', ['10', '01']), 'total written in words (mười một)')
C(F1, 'Trong 21 chỉ tiêu chủ yếu', 'sum', 'consistent', sm('21', ['17', '03', '01']), '17 đạt và vượt + 03 ước đạt + 01 không đạt; the resolution number 45/NQ-HĐND is not a fraction')
C(F1, 'bằng 107,9% so với năm 2023', 'ratio', 'consistent', pct('12.846', '11.906', '107,9'))
C(F1, 'tăng 940 tỷ đồng', 'difference', 'consistent', dif('12.846', '11.906', '940', 'tăng'))
C(F1, 'ước đạt 12.846 tỷ đồng', 'sum', 'consistent', sm('12.846', ['5.312', '4.205', '3.329']), "'chia ra' by economic sector")
C(F1, 'chiếm 41,35%', 'share', 'consistent', pct('5.312', '12.846', '41,35'))
C(F1, 'chiếm 32,73%', 'share', 'consistent', pct('4.205', '12.846', '32,73'))
C(F1, 'chiếm 25,91%', 'share', 'consistent', pct('3.329', '12.846', '25,91'))
C(F1, 'giảm 1,67 điểm phần trăm', 'points', 'consistent', pts('41,35', '43,02', '1,67', 'giảm'), 'previous-year share given in the same sentence')
C(F1, 'tăng 5,2 triệu đồng', 'difference', 'consistent', dif('68,5', '63,3', '5,2', 'tăng'))
C(F1, 'đạt 101,5% chỉ tiêu Nghị quyết', 'ratio', 'consistent', pct('68,5', '67,5', '101,5'), "'đạt X% chỉ tiêu' = result / target")
C(F1, 'đạt 100,6% kế hoạch', 'ratio', 'consistent', pct('38.420', '38.200', '100,6'))
C(F1, 'Diện tích gieo trồng lúa cả năm 38.420 ha', 'sum', 'consistent', sm('38.420', ['14.150', '13.980', '10.290']), "the crop-season label 'Đông Xuân 2023 - 2024' sits inside the breakdown and is not a part")
C(F1, 'năng suất bình quân cả năm 6,12 tấn/ha', 'ratio', 'consistent', avg('235.130', '38.420', '6,12'), 'average yield = output / area')
C(F1, 'tăng 4.860 tấn', 'difference', 'consistent', dif('235.130', '230.270', '4.860', 'tăng'))
C(F1, 'chiếm 18,83% diện tích cây ăn trái', 'share', 'consistent', pct('1.208', '6.415', '18,83'))
C(F1, 'tăng 6,3% so với cùng kỳ', 'ratio', 'consistent', chg('48.600', '45.720', '6,3'))
C(F1, 'tổng sản lượng thủy sản 18.670 tấn', 'sum', 'inconsistent', sm('18.670', ['15.320', '3.440']), 'nuôi trồng + khai thác is the full breakdown and exceeds the total; 18.670 is a transposition of 18.760')
C(F1, '09/10 xã đạt chuẩn nông thôn mới', 'fraction', 'consistent', frac('09', '10', whole='10'), 'the district has 10 xã (line of đặc điểm)')
C(F1, 'tăng 01 xã so với năm 2023', 'difference', 'consistent', dif('09', '08', '01', 'tăng'))
C(F1, 'lên 31 sản phẩm', 'sum', 'consistent', sm('31', ['27', '04']))
C(F1, 'có thêm 07 sản phẩm được công nhận', 'difference', 'consistent', dif('31', '24', '07', 'tăng'), 'the previous-year figure is given after the breakdown')
C(F1, 'đạt 101,5% kế hoạch (3.100 tỷ đồng)', 'ratio', 'consistent', pct('3.146', '3.100', '101,5'))
C(F1, 'tăng 11,2% so với năm 2023', 'ratio', 'consistent', chg('3.146', '2.829', '11,2'))
C(F1, 'tỷ lệ lấp đầy đạt 68,4%', 'share', 'consistent', pct('51,3', '75', '68,4'))
C(F1, 'tăng 46 doanh nghiệp', 'difference', 'consistent', dif('487', '441', '46', 'tăng'))
C(F1, 'chiếm 15,2%', 'share', 'ambiguous', man('ambiguous', check=lambda: pct('07', '46', '15,2')()[0] == 'consistent' and pct('07', '487', '15,2')()[0] == 'inconsistent'),
  "the sentence attaches the 07 FDI firms to the 487 firms in operation (1,44%), but 15,2% is exactly 07/46 new firms; cannot tell which base is meant")
C(F1, 'bằng 109,4% so với năm 2023', 'ratio', 'consistent', pct('3.214', '2.938', '109,4'))
C(F1, 'đạt 75,34% kế hoạch', 'ratio', 'consistent', pct('291,2', '386,5', '75,34'), 'decision numbers 2950/QĐ-UBND and 168/QĐ-UBND sit beside the figures')
C(F1, 'tăng 12,6% so với năm 2023', 'ratio', 'consistent', chg('9.862', '8.758', '12,6'))
C(F1, 'đạt 112,35% dự toán tỉnh giao', 'ratio', 'consistent', pct('486,27', '432,8', '112,35'))
C(F1, 'đạt 104,57% dự toán Hội đồng nhân dân huyện giao', 'ratio', 'consistent', pct('486,27', '465', '104,57'))
C(F1, 'bằng 96,79% so với cùng kỳ', 'ratio', 'consistent', pct('486,27', '502,4', '96,79'))
C(F1, 'ước thực hiện 486,27 tỷ đồng', 'sum', 'consistent', sm('486,27', ['412,65', '73,62']))
C(F1, 'đạt 61,35% dự toán', 'ratio', 'consistent', pct('73,62', '120', '61,35'))
C(F1, 'đạt 95,2% dự toán', 'ratio', 'inconsistent', pct('148,3', '152', '95,2'))
C(F1, 'đạt 128,2% dự toán', 'ratio', 'consistent', pct('38,46', '30', '128,2'))
C(F1, 'đạt 104,25% dự toán', 'ratio', 'consistent', pct('41,7', '40', '104,25'))
C(F1, 'ước thực hiện 1.025,4 tỷ đồng', 'subset', 'consistent', sub('1.025,4', ['312,6', '698,3']), "'trong đó' two spending types whose sum (1.010,9) is below the total: other spending (dự phòng, ...) exists, not an error")
C(F1, 'đạt 108,2% dự toán', 'ratio', 'ambiguous', man('ambiguous'), 'the spending estimate (dự toán chi) is never stated: base unknown')
C(F1, 'có 68 trường học', 'sum', 'consistent', sm('68', ['22', '25', '17', '04']))
C(F1, '51/64 trường do huyện quản lý đạt chuẩn quốc gia, đạt 79,69%', 'fraction', 'consistent', frac('51', '64', '79,69', whole='64'), 'whole = 68 schools - 04 THPT (province-run) = 64 schools run by the district')
C(F1, 'tăng 03 trường', 'difference', 'consistent', dif('51', '48', '03', 'tăng'))
C(F1, 'đạt 99,48% (2.846/2.861', 'fraction', 'consistent', frac('2.846', '2.861', '99,48'), 'the percentage precedes the fraction')
C(F1, '2.934/2.947 trẻ, đạt 99,55%', 'fraction', 'rounding', frac('2.934', '2.947', '99,55'), 'truncated')
C(F1, 'đạt 108,33% kế hoạch', 'ratio', 'consistent', pct('3.250', '3.000', '108,33'))
C(F1, 'Giải quyết việc làm cho 3.250 lao động', 'sum', 'consistent', sm('3.250', ['1.842', '1.222', '186']), "by place of work; 'lao động nữ' is another dimension and not a part")
C(F1, 'lao động nữ 1.470 người', 'subset', 'consistent', sub('3.250', ['1.470']))
C(F1, 'tăng 2,1% so với năm 2023 (70,9%)', 'points', 'consistent', pts('72,4', '70,9', '2,1', 'tăng'), 'points would be 1,5; the relative reading gives 2,1')
C(F1, 'chiếm 2,18% tổng số hộ', 'share', 'consistent', pct('1.046', '48.012', '2,18'), 'base 48.012 households stated in the opening paragraph')
C(F1, 'giảm 386 hộ', 'difference', 'consistent', dif('1.046', '1.432', '386', 'giảm'))
C(F1, 'chiếm 2,98%', 'share', 'consistent', pct('1.432', '48.012', '2,98'))
C(F1, 'tỷ lệ hộ nghèo giảm 0,8%', 'points', 'consistent', pts('2,18', '2,98', '0,8', 'giảm'))
C(F1, 'chiếm 3,94%', 'share', 'consistent', pct('1.893', '48.012', '3,94'))
C(F1, 'chiếm 18,7% lực lượng lao động trong độ tuổi', 'share', 'consistent', pct('12.486', '66.820', '18,7'), 'base 66.820 stated in the opening paragraph')
C(F1, 'có 12.486 người tham gia bảo hiểm xã hội', 'sum', 'consistent', sm('12.486', ['9.214', '3.272']))
C(F1, 'đạt tỷ lệ bao phủ 93,62% dân số', 'share', 'consistent', pct('168.420', '179.900', '93,62'), 'population stated in the opening paragraph')
C(F1, 'tăng 1,42% so với năm 2023 (92,38%)', 'points', 'inconsistent', pts('93,62', '92,38', '1,42', 'tăng'), 'digits of 1,24 swapped')
C(F1, 'đạt 17,8 giường bệnh/vạn dân', 'ratio', 'consistent', avg('320', '179.900', '17,8', 10000))
C(F1, 'đạt 6,56 bác sĩ/vạn dân', 'ratio', 'consistent', avg('118', '179.900', '6,56', 10000))
C(F1, '11/11 trạm y tế', 'fraction', 'consistent', frac('11', '11', whole='11'))
C(F1, 'tăng 1,3% so với năm 2023 (96,5%)', 'points', 'consistent', pts('97,8', '96,5', '1,3', 'tăng'))
C(F1, 'giảm 0,6% so với năm trước', 'points', 'ambiguous', man('ambiguous'), 'the previous-year stunting rate is not stated anywhere')
C(F1, '45.620/48.012', 'fraction', 'consistent', frac('45.620', '48.012', whole='48.012'))
C(F1, '84/86', 'fraction', 'consistent', frac('84', '86', whole='86'))
C(F1, 'đạt 99,17%', 'share', 'consistent', pct('24.388', '24.593', '99,17'), 'base = files settled (24.593), not files received')
C(F1, 'chiếm 62,87%', 'share', 'rounding', pct('15.604', '24.816', '62,87'), 'base = files received; truncated')
C(F1, '100% chỉ tiêu (215/215', 'fraction', 'consistent', frac('215', '215', '100'))
C(F1, 'chiếm 17,67%', 'share', 'consistent', pct('38', '215', '17,67'))
C(F1, 'giảm 06 vụ', 'difference', 'consistent', dif('58', '64', '06', 'giảm'))
C(F1, '53/58 vụ, đạt tỷ lệ 91,38%', 'fraction', 'consistent', frac('53', '58', '91,38'))
C(F1, 'giảm 05 vụ', 'difference', 'consistent', dif('27', '32', '05', 'giảm'))
C(F1, 'giảm 04 người chết', 'difference', 'inconsistent', dif('19', '22', '04', 'giảm'))
C(F1, 'tăng 02 người bị thương', 'difference', 'consistent', dif('21', '19', '02', 'tăng'))
C(F1, 'tăng 1,28 tỷ đồng', 'difference', 'consistent', dif('9,46', '8,18', '1,28', 'tăng'), 'decree numbers 100/2019 and 123/2021 in the same sentence are not fractions')
C(F1, 'tổng giá trị sản xuất tăng 7,9%', 'repeat', 'consistent', rep('7,9', '7,9'), "same as 'bằng 107,9% so với năm 2023' (index 107,9 = growth 7,9%)")
C(F1, '17/21', 'fraction', 'consistent', frac('17', '21', whole='21'))
C(F1, 'thu ngân sách đạt 468,27 tỷ đồng', 'repeat', 'inconsistent', rep('486,27', '468,27'), 'budget revenue is 486,27 in section 5 (its parts and ratios all fit 486,27)')
C(F1, 'tỷ lệ hộ nghèo còn 2,18%', 'repeat', 'consistent', rep('2,18', '2,18'))
C(F1, 'toàn huyện có 1.064 hộ nghèo', 'repeat', 'inconsistent', rep('1.046', '1.064'), 'same review (2024); 1.046 fits 2,18%, giảm 386 and 1.432 - 412 + 26 in this footnote')
C(F1, '27 vụ tai nạn giao thông', 'sum', 'consistent', sm('27', ['25', '02']), 'parts given in the footnote (đường bộ 25, đường thủy 02)')

# ================================================================ p5-02
F2 = 'p5-02-hoi-nong-dan-dai-hoi.txt'
C(F2, '14 đơn vị hành chính cấp xã (13 xã, 01 thị trấn)', 'sum', 'consistent', sm('14', ['13', '01']))
C(F2, 'chiếm 60,54%', 'share', 'consistent', pct('31.870', '52.640', '60,54'))
C(F2, 'tăng 64 tổ Hội', 'difference', 'inconsistent', dif('614', '568', '64', 'tăng'), 'digits of 46 swapped')
C(F2, 'chiếm 81,90% số hộ sản xuất nông nghiệp', 'share', 'consistent', pct('26.102', '31.870', '81,90'), 'base (31.870 farming households) stated in the previous paragraph')
C(F2, 'tăng 8.412 lượt', 'difference', 'consistent', dif('52.380', '43.968', '8.412', 'tăng'))
C(F2, 'so với nhiệm kỳ 2008 - 2013', 'term', 'inconsistent', man('inconsistent', 'nhiệm kỳ 2013 - 2018'), 'the sentence reports the 2018 - 2023 term; the term before it is 2013 - 2018')
C(F2, 'đạt 123,17% chỉ tiêu Nghị quyết', 'ratio', 'inconsistent', pct('3.965', '3.000', '123,17'), 'digits swapped (132,17)')
C(F2, 'giảm 2.178 hội viên', 'sum', 'consistent', sm('2.178', ['812', '954', '412']))
C(F2, 'số hội viên tăng 1.787 người', 'difference', 'consistent', dif('26.102', '24.315', '1.787', 'tăng'), 'also = 3.965 admitted - 2.178 removed')
C(F2, 'tăng 5,6% so với đầu nhiệm kỳ', 'points', 'ambiguous', man('ambiguous'), 'the start-of-term rate (and the number of farming households in 2018) is not stated; 5,6 fits only if the 2018 base was also 31.870')
C(F2, 'chiếm 34,72%', 'share', 'inconsistent', pct('8.946', '26.102', '34,72'), 'digits swapped (34,27)')
C(F2, 'chiếm 8,88%', 'share', 'consistent', pct('2.318', '26.102', '8,88'))
C(F2, 'chiếm 4,61%', 'share', 'consistent', pct('1.204', '26.102', '4,61'))
C(F2, 'chiếm 6,60%', 'share', 'rounding', pct('1.725', '26.102', '6,60'), 'truncated')
C(F2, 'có 31 ủy viên', 'subset', 'consistent', sub('31', ['09', '04', '11', '19']), 'nữ, dân tộc, tuổi, trình độ are different dimensions: they overlap and their sum (43) may exceed 31')
C(F2, 'Ban Thường vụ 09 đồng chí', 'sum', 'consistent', sm('09', ['1', '03', '05']), "'Chủ tịch' without a figure counts one")
C(F2, '13/14 cơ sở Hội đạt vững mạnh, chiếm 92,86%', 'fraction', 'consistent', frac('13', '14', '92,86', whole='14'))
C(F2, 'chiếm 69,23%', 'share', 'consistent', pct('09', '13', '69,23'), "share of the 13 strong units ('trong đó'), not of all 14 (64,29%)")
C(F2, '102/121', 'fraction', 'inconsistent', frac('102', '121', whole='112'), "the same sentence says 112 chi Hội were rated (and the association has 112); 121 is a transposition")
C(F2, 'Trong 112 chi Hội được đánh giá', 'sum', 'consistent', sm('112', ['102', '10']), 'vững mạnh + khá; none weak')
C(F2, 'chiếm 70,2%', 'share', 'ambiguous', man('ambiguous', check=lambda: pct('18.240', '26.102', '70,2')()[0] == 'inconsistent'),
  'base (number of member households) is never stated; members (26.102) are persons, not households')
C(F2, 'đạt 61,62% số hộ đăng ký', 'share', 'consistent', pct('11.240', '18.240', '61,62'))
C(F2, 'đạt 112,4% chỉ tiêu Nghị quyết', 'ratio', 'consistent', pct('11.240', '10.000', '112,4'))
C(F2, 'có 11.240 hộ đạt danh hiệu', 'sum', 'consistent', sm('11.240', ['12', '486', '3.215', '7.527']), 'parts listed after two ratios in the same sentence')
C(F2, 'tăng 1.642 hộ', 'difference', 'consistent', dif('11.240', '9.598', '1.642', 'tăng'))
C(F2, 'so với nhiệm kỳ 2013 - 2018', 'term', 'consistent', man('consistent'))
C(F2, 'đạt 113,33% chỉ tiêu', 'ratio', 'consistent', pct('68', '60', '113,33'))
C(F2, 'thành lập mới 68 mô hình', 'sum', 'consistent', sm('68', ['12', '31', '25']))
C(F2, 'bình quân 29 học viên/lớp', 'ratio', 'consistent', avg('5.412', '186', '29'))
C(F2, 'chiếm 81,0%', 'share', 'consistent', pct('4.384', '5.412', '81,0'))
C(F2, 'đạt 18,642 tỷ đồng', 'sum', 'consistent', sm('18,642', ['4,5', '6,2', '5,1', '2,842']), "'18,642' is a decimal (tỷ đồng), not 18.642")
C(F2, 'tăng 7,318 tỷ đồng', 'difference', 'consistent', dif('18,642', '11,324', '7,318', 'tăng'))
C(F2, 'bằng 164,63%', 'ratio', 'rounding', pct('18,642', '11,324', '164,63'), 'rounded up wrongly')
C(F2, 'bình quân 15 triệu đồng/lượt hộ', 'ratio', 'consistent', avg('32,45', '2.164', '15', 1000), 'tỷ -> triệu (x 1.000)')
C(F2, '2.164 lượt hộ vay', 'sum', 'ambiguous', man('ambiguous', check=lambda: sm('2.164', ['812', '786', '414', '236'])()[0] == 'inconsistent'),
  'by-activity parts sum to 2.248 > 2.164; a loan may finance a mixed model (VAC), so the parts may overlap')
C(F2, 'chiếm 38,60%', 'share', 'consistent', pct('412,6', '1.068,9', '38,60'))
C(F2, 'tăng 156,3 tỷ đồng', 'difference', 'consistent', dif('412,6', '256,3', '156,3', 'tăng'))
C(F2, 'Xây dựng 46 mô hình', 'sum', 'consistent', sm('46', ['12', '09', '25']), 'parts in the footnote')
C(F2, '12/13 xã', 'fraction', 'consistent', frac('12', '13', whole='13'))
C(F2, '298/312 đơn, đạt 95,51%', 'fraction', 'consistent', frac('298', '312', '95,51'))
C(F2, '412/468 vụ việc, đạt 88,03%', 'fraction', 'consistent', frac('412', '468', '88,03'))
C(F2, 'toàn Hội có 26.102 hội viên', 'repeat', 'consistent', rep('26.102', '26.102'))
C(F2, 'kết nạp mới 3.965 hội viên;', 'repeat', 'consistent', rep('3.965', '3.965'))
C(F2, 'tăng 35 hội viên', 'difference', 'consistent', dif('4.000', '3.965', '35', 'tăng'))
C(F2, 'so với nhiệm kỳ 2018 - 2023', 'term', 'consistent', man('consistent'), 'target for 2023 - 2028 compared with the term before it')
C(F2, 'tăng 02 đồng chí', 'difference', 'consistent', dif('33', '31', '02', 'tăng'))
C(F2, 'so với khóa IX', 'term', 'consistent', man('consistent'), 'khóa X compared with khóa IX')
C(F2, 'dự kiến 33 đồng chí', 'sum', 'consistent', sm('33', ['21', '12']), 'tái cử + lần đầu; nữ is another dimension')
C(F2, 'chiếm 63,63%', 'share', 'rounding', pct('21', '33', '63,63'), 'truncated')
C(F2, 'chiếm 36,36%', 'share', 'consistent', pct('12', '33', '36,36'))
C(F2, 'chiếm 30,3%', 'share', 'consistent', pct('10', '33', '30,3'))
C(F2, 'triệu tập 198 đại biểu chính thức', 'sum', 'consistent', sm('198', ['31', '167']))
C(F2, 'gồm 31 đại biểu đương nhiên', 'repeat', 'consistent', rep('31', '31'), 'BCH khóa IX has 31 members')

# ================================================================ p5-03
F3 = 'p5-03-tiep-cong-dan-khieu-nai-to-cao.txt'
C(F3, '06 đoàn đông người (68 người)', 'sum', 'ambiguous', man('ambiguous', check=lambda: sm('06', ['04', '03'])()[0] == 'inconsistent'),
  'by-field parts (04 + 03 = 07) exceed 06 delegations; one delegation may raise both land and compensation issues')
C(F3, 'trong kỳ là 1.286 lượt', 'sum', 'consistent', sm('1.286', ['842', '444']), 'the period is 15/12/2023 - 14/12/2024')
C(F3, 'tăng 112 lượt', 'difference', 'consistent', dif('1.286', '1.174', '112', 'tăng'))
C(F3, 'trong 1.286 lượt có', 'sum', 'consistent', sm('1.286', ['486', '800']), 'second breakdown of the same total, by level')
C(F3, '486 người là nữ', 'subset', 'consistent', sub('1.412', ['486', '52']), 'nữ and dân tộc thiểu số are subsets of the 1.412 persons (not of the 1.286 visits)')
C(F3, '24/24 kỳ, đạt 100%', 'fraction', 'consistent', frac('24', '24', '100'), 'the article number (Điều 18) is not a figure')
C(F3, 'Phân loại 1.286 lượt theo nội dung', 'sum', 'consistent', sm('1.286', ['312', '46', '928']), 'third breakdown of the same total')
C(F3, 'Phân loại 1.034 vụ việc theo lĩnh vực', 'sum', 'consistent', sm('1.034', ['707', '241', '86']))
C(F3, 'chiếm 54,98% tổng số vụ việc', 'share', 'inconsistent', pct('707', '1.034', '54,98'), 'computed on the 1.286 visits (707/1.286 = 54,98%) instead of the 1.034 cases the sentence names')
C(F3, 'chiếm 8,32%', 'share', 'consistent', pct('86', '1.034', '8,32'))
C(F3, 'Tổng số đơn tiếp nhận 1.584 đơn', 'sum', 'inconsistent', sm('1.584', ['86', '1.462']), 'parts give 1.548, the figure used in 1.548/1.548 and in the shares below; 1.584 is a transposition')
C(F3, 'giảm 5,13% so với cùng kỳ', 'ratio', 'consistent', chg('1.462', '1.541', '5,13'), 'compares the letters received in the period (1.462), not the total incl. carried-over')
C(F3, '1.548/1.548 đơn, đạt 100%', 'fraction', 'consistent', frac('1.548', '1.548', '100'))
C(F3, 'chiếm 72,74%', 'share', 'consistent', pct('1.126', '1.548', '72,74'))
C(F3, 'đơn không đủ điều kiện xử lý 422 đơn', 'sum', 'consistent', sm('1.548', ['1.126', '422']), 'đủ + không đủ điều kiện = 1.548 classified letters')
C(F3, 'Trong 1.126 đơn đủ điều kiện xử lý', 'sum', 'consistent', sm('1.126', ['214', '52', '860']))
C(F3, 'cấp xã 742 đơn', 'sum', 'consistent', sm('742', ['168', '38', '536']))
C(F3, 'hướng dẫn công dân hoặc chuyển đơn đến cơ quan có thẩm quyền 384 đơn', 'difference', 'consistent', resid('1.126', '742', '384'), 'not-competent letters = 1.126 eligible - 742 competent')
C(F3, '168 đơn/142 vụ việc', 'sum', 'consistent', sm('142', ['12', '130']), "'168 đơn/142 vụ việc' is two counts, not a fraction")
C(F3, 'khiếu nại lần đầu 134 vụ việc', 'sum', 'consistent', sm('142', ['134', '08']))
C(F3, '131/142 vụ việc, đạt 92,25%', 'fraction', 'consistent', frac('131', '142', '92,25'))
C(F3, 'giải quyết bằng quyết định hành chính 117 vụ việc', 'sum', 'consistent', sm('131', ['14', '117']))
C(F3, 'chiếm 7,69%', 'share', 'consistent', pct('09', '117', '7,69'), 'base = 117 cases decided by decision (stated in the previous sentence), not 131 or 142')
C(F3, 'chiếm 17,95%', 'share', 'consistent', pct('21', '117', '17,95'))
C(F3, 'chiếm 74,36%', 'share', 'consistent', pct('87', '117', '74,36'))
C(F3, 'So với cùng kỳ năm 2023 (đạt 89,6%)', 'term', 'consistent', man('consistent'))
C(F3, 'tăng 2,65%', 'points', 'consistent', pts('92,25', '89,6', '2,65', 'tăng'))
C(F3, '124/131 vụ việc, đạt 94,65%', 'fraction', 'rounding', frac('124', '131', '94,65'), 'truncated')
C(F3, 'chuyển sang kỳ sau 11 vụ việc', 'difference', 'consistent', resid('142', '131', '11'), 'carried over = 142 - 131')
C(F3, 'thu hồi cho Nhà nước 126,4 triệu đồng', 'sum', 'consistent', sm('126,4', ['98,6', '27,8']), 'parts in the footnote')
C(F3, '38 đơn/31 vụ việc', 'sum', 'consistent', sm('31', ['03', '28']))
C(F3, 'giảm 06 vụ việc', 'difference', 'inconsistent', dif('28', '22', '06', 'giảm'), 'sign: 28 arising against 22 last year is an increase')
C(F3, '27/31 vụ việc, đạt 87,1%', 'fraction', 'consistent', frac('27', '31', '87,1'))
C(F3, 'người tố cáo rút tố cáo 02 vụ việc', 'sum', 'consistent', sm('27', ['03', '07', '15', '02']))
C(F3, 'chiếm 55,55%', 'share', 'rounding', pct('15', '27', '55,55'), 'truncated')
C(F3, 'kỷ luật 05 cán bộ', 'sum', 'consistent', sm('05', ['03', '01', '01']))
C(F3, '508/536 đơn, đạt 97,48%', 'fraction', 'inconsistent', frac('508', '536', '97,48'), 'digits swapped (94,78)')
C(F3, 'là 144 quyết định', 'sum', 'consistent', sm('144', ['17', '127']))
C(F3, 'đạt 89,58%', 'share', 'consistent', pct('129', '144', '89,58'))
C(F3, 'đang tổ chức thực hiện 15 quyết định', 'difference', 'consistent', resid('144', '129', '15'), 'remaining = 144 - 129')
C(F3, 'đạt 89,24%', 'share', 'ambiguous', man('ambiguous', check=lambda: pct('112,8', '126,4', '89,24')()[0] == 'consistent'),
  'the amount to be recovered under the 144 decisions is not stated; 89,24% fits the 126,4 million recommended this period, but decisions carried over from the previous period may add to the base')
C(F3, 'So với cùng kỳ năm 2022', 'term', 'inconsistent', man('inconsistent', 'cùng kỳ năm 2023'), '9,54% is 1.286 against the 1.174 visits of the same period of 2023')
C(F3, 'tăng 9,54%', 'ratio', 'consistent', chg('1.286', '1.174', '9,54'))
C(F3, 'đạt 91,5%', 'share', 'ambiguous', man('ambiguous', check=lambda: pct('158', '173', '91,5')()[0] == 'inconsistent'),
  'combined rate with an undeclared base: (131 + 27)/(142 + 31) = 91,33%, average of 92,25 and 87,1 = 89,68%; which aggregate is meant cannot be told')
C(F3, 'đã tiếp 1.302 lượt công dân', 'repeat', 'ambiguous', man('ambiguous'), 'period 01/01/2024 - now differs from the report period 15/12/2023 - 14/12/2024 (1.286); not the same quantity, but close enough to be a retyping')
C(F3, '(07 vụ việc khiếu nại)', 'difference', 'consistent', resid('131', '124', '07'), 'overdue = 131 settled - 124 on time')
C(F3, 'dứt điểm ba vụ việc', 'repeat', 'consistent', rep('3', '3'), "'ba vụ việc phức tạp, kéo dài' in section I (written in words)")

# ================================================================ p5-04
F4 = 'p5-04-dang-bo-xa-dai-hoi.txt'
C(F4, '17 chi bộ trực thuộc (09 chi bộ ấp, 08 chi bộ cơ quan', 'sum', 'consistent', sm('17', ['09', '08']))
C(F4, 'hoàn thành 18/20 chỉ tiêu Nghị quyết đề ra', 'fraction', 'consistent', lin('18', ['11', '07']),
  "18 = 11 vượt + 07 đạt; the 02 không đạt listed in the same 'trong đó' make up 20, so 11 + 07 + 02 = 20 is not a breakdown of 18")
C(F4, 'tăng 28,4 triệu đồng', 'difference', 'consistent', dif('72,6', '44,2', '28,4', 'tăng'))
C(F4, 'gấp 1,46 lần', 'ratio', 'inconsistent', avg('72,6', '44,2', '1,46'), 'digits swapped (1,64)')
C(F4, 'bằng 131,5%', 'ratio', 'consistent', pct('62,48', '47,51', '131,5'))
C(F4, 'so với nhiệm kỳ 2015 - 2020 (47,51 tỷ đồng)', 'term', 'consistent', man('consistent'))
C(F4, 'năng suất bình quân 6,4 tấn/ha', 'ratio', 'consistent', avg('15.910', '2.486', '6,4'))
C(F4, 'tăng 216 ha', 'difference', 'consistent', dif('628', '412', '216', 'tăng'))
C(F4, 'tăng 52,43%', 'ratio', 'consistent', chg('628', '412', '52,43'), 'decision 1186/QĐ-UBND and circular 02/2020/TT-BNNPTNT nearby are not figures')
C(F4, '06/09 ấp đạt chuẩn ấp nông thôn mới kiểu mẫu, chiếm 66,66%', 'fraction', 'rounding', frac('06', '09', '66,66', whole='09'), 'truncated')
C(F4, 'vốn huy động xây dựng nông thôn mới nâng cao cả nhiệm kỳ 86,35 tỷ đồng', 'sum', 'inconsistent', sm('86,35', ['12,4', '28,6', '18,2', '6,15', '4,8', '14,2']), "'gồm' by source sums to 84,35")
C(F4, 'chiếm 3,98%', 'share', 'ambiguous', man('ambiguous', check=lambda: pct('168', '4.286', '3,98')()[0] == 'inconsistent'),
  'the number of households at the end of 2019 is not stated (168/4.286 today = 3,92%)')
C(F4, 'chiếm 0,86%', 'share', 'consistent', pct('37', '4.286', '0,86'))
C(F4, 'bình quân mỗi năm giảm 26,2 hộ', 'ratio', 'consistent', avg('131', '5', '26,2'), '(168 - 37) / 5 years (end 2019 -> end 2024)')
C(F4, 'giảm 3,12 điểm phần trăm', 'points', 'consistent', pts('0,86', '3,98', '3,12', 'giảm'))
C(F4, '95,12% (15.573/16.372', 'fraction', 'consistent', frac('15.573', '16.372', '95,12', whole='16.372'), 'whole = population (16.372 nhân khẩu)')
C(F4, 'tăng 6,84% so với đầu nhiệm kỳ (88,28%)', 'points', 'consistent', pts('95,12', '88,28', '6,84', 'tăng'))
C(F4, 'giao quân 05 năm liền với 62 thanh niên', 'sum', 'consistent', sm('62', ['12', '13', '12', '13', '12']), 'years 2020 ... 2024 written beside each part')
C(F4, 'giảm 38,5% so với nhiệm kỳ trước', 'ratio', 'consistent', chg('16', '26', '38,5'))
C(F4, '09/09 ấp đạt tiêu chuẩn', 'fraction', 'consistent', frac('09', '09', whole='09'))
C(F4, 'đến nay Đảng bộ có 386 đảng viên', 'sum', 'consistent', lin('386', ['342', '58', '21'], ['19', '12', '03', '01']), 'stock-flow: start + admitted + transferred in - out - died - struck off - expelled')
C(F4, 'đạt 116% chỉ tiêu Nghị quyết', 'ratio', 'consistent', pct('58', '50', '116'))
C(F4, 'So với nhiệm kỳ 2015 - 2020 (kết nạp 41 đảng viên)', 'term', 'consistent', man('consistent'))
C(F4, 'tăng 17 đồng chí', 'difference', 'consistent', dif('58', '41', '17', 'tăng'))
C(F4, 'tăng 41,47%', 'ratio', 'rounding', chg('58', '41', '41,47'), 'rounded up wrongly (41,463)')
C(F4, 'chiếm 32,12%', 'share', 'consistent', pct('124', '386', '32,12'))
C(F4, 'chiếm 25,31%', 'share', 'inconsistent', pct('97', '386', '25,31'), 'digits swapped (25,13)')
C(F4, 'chiếm 24,87%', 'share', 'consistent', pct('96', '386', '24,87'))
C(F4, 'Tỷ lệ đảng viên nữ tăng 2,4% so với đầu nhiệm kỳ', 'points', 'ambiguous', man('ambiguous'), 'the start-of-term number or rate of women members is not stated')
C(F4, '386 đảng viên sinh hoạt tại', 'sum', 'consistent', sm('386', ['231', '155']))
C(F4, '17 chi bộ được đánh giá', 'sum', 'consistent', sm('17', ['16', '01']), "'hoàn thành xuất sắc' (04) is counted inside 'hoàn thành tốt' (16): nested, not an addend")
C(F4, 'Trong 348 đảng viên được đánh giá', 'sum', 'consistent', sm('348', ['52', '271', '23', '02']), 'here the four levels are disjoint (unlike the chi bộ sentence)')
C(F4, 'miễn đánh giá 38 đảng viên', 'difference', 'consistent', resid('386', '348', '38'))
C(F4, 'chiếm 14,94%', 'share', 'consistent', pct('52', '348', '14,94'), 'base = 348 members rated, not 386')
C(F4, 'chiếm 77,87%', 'share', 'consistent', pct('271', '348', '77,87'))
C(F4, 'chiếm 6,61%', 'share', 'consistent', pct('23', '348', '6,61'))
C(F4, 'chiếm 0,58%', 'share', 'rounding', pct('02', '348', '0,58'), 'rounded up wrongly (0,5747)')
C(F4, 'kiểm tra 21 tổ chức đảng', 'sum', 'consistent', sm('21', ['04', '17']))
C(F4, '46 đảng viên, trong đó', 'sum', 'ambiguous', man('ambiguous', check=lambda: sm('46', ['09', '41'])()[0] == 'inconsistent'),
  'members checked: 09 + 41 = 50 > 46; a member can be checked both for signs of violation and on task performance, so the two kinds may overlap')
C(F4, 'Thi hành kỷ luật 05 đảng viên', 'sum', 'consistent', sm('05', ['03', '02']))
C(F4, 'giảm 04 đảng viên bị kỷ luật', 'difference', 'consistent', dif('05', '09', '04', 'giảm'))
C(F4, 'so với nhiệm kỳ 2010 - 2015', 'term', 'inconsistent', man('inconsistent', 'nhiệm kỳ 2015 - 2020'), 'the sentence is about 2020 - 2025; the previous term is 2015 - 2020')
C(F4, 'tập hợp 4.186 đoàn viên, hội viên', 'sum', 'consistent', sm('4.186', ['1.612', '1.845', '486', '243']))
C(F4, 'chiếm 41,3%', 'share', 'ambiguous', man('ambiguous'), 'the number of people of eligible age is not stated')
C(F4, 'lãnh đạo hoàn thành 18/20 chỉ tiêu Nghị quyết;', 'repeat', 'consistent', rep('18', '18'))
C(F4, 'đạt 72,6 triệu đồng;', 'repeat', 'consistent', rep('72,6', '72,6'))
C(F4, 'Đảng bộ hiện có 368 đảng viên', 'repeat', 'inconsistent', rep('386', '368'), 'section IV gives 386 (stock-flow and the 231 + 155 split agree)')
C(F4, 'có 15 đồng chí (nữ 03 đồng chí, dưới 35 tuổi 02 đồng chí)', 'subset', 'consistent', sub('15', ['03', '02']))
C(F4, 'dự kiến 15 đồng chí', 'sum', 'consistent', sm('15', ['09', '06']))
C(F4, 'chiếm 26,67%', 'share', 'consistent', pct('04', '15', '26,67'))
C(F4, 'chiếm 20%', 'share', 'consistent', pct('03', '15', '20'))
C(F4, 'so với nhiệm kỳ 2020 - 2025,', 'term', 'consistent', man('consistent'), 'the proposed 2025 - 2030 committee compared with the term before it')
C(F4, 'số nữ tăng 01 đồng chí', 'difference', 'consistent', dif('04', '03', '01', 'tăng'))
C(F4, 'tỷ lệ nữ tăng 6,67%', 'points', 'consistent', pts('26,67', '20', '6,67', 'tăng'), 'previous rate 03/15 = 20% (not written, derived from the same sentence)')
C(F4, 'triệu tập 120 đại biểu', 'sum', 'consistent', sm('120', ['15', '105']))
C(F4, '389 đảng viên', 'sum', 'consistent', lin('389', ['386', '03']), 'later date (31/3/2025): 386 + 03 admitted in Q1')

# ================================================================ p5-05
F5 = 'p5-05-nong-thon-moi-2021-2025.txt'
C(F5, '15 đơn vị hành chính cấp xã, gồm 13 xã và 02 thị trấn', 'sum', 'consistent', sm('15', ['13', '02']))
C(F5, '08/13 xã đạt chuẩn', 'fraction', 'consistent', frac('08', '13', whole='13'))
C(F5, 'bình quân đạt 17,2 tiêu chí/xã', 'ratio', 'consistent', avg('224', '13', '17,2'))
C(F5, 'lũy kế có 13/13 xã', 'fraction', 'consistent', frac('13', '13', whole='13'))
C(F5, 'tăng 05 xã so với cuối năm 2020', 'difference', 'consistent', dif('13', '08', '05', 'tăng'))
C(F5, '07 xã đạt chuẩn nông thôn mới nâng cao, 02 xã', 'subset', 'consistent', sub('13', ['07', '02']), "nested: kiểu mẫu communes are also nâng cao; not to be added (07 + 02 = 09 <= 13 anyway)")
C(F5, 'tăng 23 tiêu chí', 'difference', 'consistent', dif('247', '224', '23', 'tăng'), '13 communes x 19 criteria = 247 against 224 at the end of 2020')
C(F5, '38/104 ấp đạt chuẩn ấp nông thôn mới kiểu mẫu, chiếm 36,53%', 'fraction', 'rounding', frac('38', '104', '36,53', whole='104'), 'truncated; the district has 104 ấp')
C(F5, 'năm 2021 công nhận 05 ấp', 'sum', 'consistent', sm('38', ['05', '08', '11', '14']), 'footnote breakdown by year of the 38 model hamlets; decision 36/2022/QĐ-UBND in the same footnote')
C(F5, 'làm mới, nâng cấp 468,5 km', 'sum', 'inconsistent', sm('468,5', ['62,3', '184,6', '239,6']), 'digits swapped (486,5)')
C(F5, 'chiếm 49,2%', 'share', 'consistent', pct('239,6', '486,5', '49,2'), 'base = sum of the road parts (486,5); the typed total 468,5 is itself wrong')
C(F5, '58/67 trường đạt chuẩn quốc gia, đạt 86,56%', 'fraction', 'rounding', frac('58', '67', '86,56'), 'truncated')
C(F5, 'bằng 88,6% thu nhập bình quân chung của huyện', 'ratio', 'ambiguous', man('ambiguous'), 'the district-wide average income is not stated')
C(F5, 'tăng 21,5 triệu đồng', 'difference', 'consistent', dif('68,2', '46,7', '21,5', 'tăng'))
C(F5, 'gấp 1,46 lần', 'ratio', 'consistent', avg('68,2', '46,7', '1,46'))
C(F5, 'tăng 20,3 triệu đồng', 'difference', 'consistent', dif('68,2', '47,9', '20,3', 'tăng'), "'đầu giai đoạn' is 2021 here, as the bracket says")
C(F5, 'bình quân giảm 1,25 điểm phần trăm/năm', 'ratio', 'consistent', avg('3,74', '3', '1,25'), '(4,86 - 1,12) / 3 yearly steps (2022 - 2024), in points')
C(F5, '62,4% (28.642/45.902', 'fraction', 'consistent', frac('28.642', '45.902', '62,4', whole='45.902'), 'rural households stated in section I')
C(F5, 'tăng 8,6 điểm phần trăm', 'points', 'inconsistent', pts('62,4', '54,2', '8,6', 'tăng'), right='8,2')
C(F5, 'trong đó có bằng cấp, chứng chỉ 31,8%', 'subset', 'consistent', sub('74,5', ['31,8']), 'a sub-rate of the trained-labour rate')
C(F5, 'tăng 12,5% so với năm 2020 (66,2%)', 'points', 'consistent', pts('74,5', '66,2', '12,5', 'tăng'), 'points would be 8,3; relative reading holds')
C(F5, 'tăng 4,6 điểm phần trăm', 'points', 'consistent', pts('93,8', '89,2', '4,6', 'tăng'))
C(F5, 'tăng 3,1% so với năm 2020.', 'points', 'ambiguous', man('ambiguous'), 'the 2020 sanitation rate is not stated')
C(F5, '24 hợp tác xã hoạt động khá, tốt', 'subset', 'consistent', sub('38', ['24']))
C(F5, 'có 64 sản phẩm OCOP', 'sum', 'consistent', sm('64', ['48', '15', '01']))
C(F5, 'công nhận mới 46 sản phẩm', 'difference', 'consistent', resid('64', '18', '46'), 'cumulative 64 = 18 before 2021 + 46 new')
C(F5, 'gấp 2,65 lần', 'ratio', 'inconsistent', avg('46', '18', '2,65'), 'digits swapped (2,56)')
C(F5, 'giai đoạn 2016 - 2020 (18 sản phẩm)', 'term', 'consistent', man('consistent'))
C(F5, 'là 2.846,7 tỷ đồng', 'sum', 'consistent', sm('2.846,7', ['186,4', '412,3', '298,6', '524,8', '1.126,5', '96,2', '201,9']))
C(F5, 'gấp 1,38 lần', 'ratio', 'consistent', avg('2.846,7', '2.062,8', '1,38'))
C(F5, 'giai đoạn 2011 - 2015', 'term', 'inconsistent', man('inconsistent', 'giai đoạn 2016 - 2020'), '1,38 is 2.846,7 against the 2.062,8 of 2016 - 2020 (section I); the stage before 2021 - 2025 is 2016 - 2020')
C(F5, 'bình quân mỗi xã 218,98 tỷ đồng', 'ratio', 'consistent', avg('2.846,7', '13', '218,98'))
C(F5, 'chiếm 6,55%', 'share', 'consistent', pct('186,4', '2.846,7', '6,55'))
C(F5, 'chiếm 14,48%', 'share', 'consistent', pct('412,3', '2.846,7', '14,48'))
C(F5, 'chiếm 10,49%', 'share', 'consistent', pct('298,6', '2.846,7', '10,49'))
C(F5, 'chiếm 18,43%', 'share', 'rounding', pct('524,8', '2.846,7', '18,43'), 'truncated')
C(F5, 'chiếm 39,57%', 'share', 'consistent', pct('1.126,5', '2.846,7', '39,57'))
C(F5, 'chiếm 3,38%', 'share', 'consistent', pct('96,2', '2.846,7', '3,38'))
C(F5, 'chiếm 7,09%', 'share', 'consistent', pct('201,9', '2.846,7', '7,09'))
C(F5, 'đạt 94,2% kế hoạch', 'ratio', 'ambiguous', man('ambiguous'), 'the 2025 mobilisation plan is not stated')
C(F5, '42 hợp tác xã xếp loại khá, tốt', 'subset', 'inconsistent', sub('38', ['42']), 'more than the 38 cooperatives; section 3 gives 24 (digits swapped)', right='24')
C(F5, '106 ấp, khu phố', 'subset', 'consistent', sub('116', ['106']), '104 ấp + 12 khu phố = 116; 106 is the number recognised as cultural, not a second count of hamlets')
C(F5, '13/13 xã đạt chuẩn nông thôn mới, huyện', 'repeat', 'consistent', rep('13', '13'))
C(F5, 'năm 2024 đạt 68,2 triệu đồng;', 'repeat', 'consistent', rep('68,2', '68,2'))
C(F5, 'giai đoạn đạt 2.846,7 tỷ đồng', 'repeat', 'consistent', rep('2.846,7', '2.846,7'))
C(F5, 'Nhân dân đóng góp 201,9 tỷ đồng, hiến', 'repeat', 'consistent', rep('201,9', '201,9'))
C(F5, 'mới đạt 62,4%', 'repeat', 'consistent', rep('62,4', '62,4'))

C(F5, 'chăm sóc 186 km tuyến đường hoa', 'subset', 'consistent', sub('186', ['64', '38', '52', '21']), "'trong đó' the four mass organisations' stretches (175 km) are part of the 186 km; the rest is done by hamlets and households")
C(F5, '104/104 ấp', 'fraction', 'consistent', frac('104', '104', whole='104'))

# ================================================================ p5-06
F6 = 'p5-06-dao-tao-boi-duong-can-bo.txt'
C(F6, '38 tổ chức cơ sở đảng (gồm 21 đảng bộ cơ sở, 17 chi bộ cơ sở)', 'sum', 'consistent', sm('38', ['21', '17']))
C(F6, 'đạt 129,11% kế hoạch', 'ratio', 'consistent', pct('3.486', '2.700', '129,11'), 'the plan (2.700 lượt) is stated in section II.1')
C(F6, 'tăng 842 lượt', 'difference', 'consistent', dif('3.486', '2.644', '842', 'tăng'))
C(F6, 'so với giai đoạn 2016 - 2020 (2.644 lượt)', 'term', 'consistent', man('consistent'))
C(F6, 'bằng 131,84%', 'ratio', 'rounding', pct('3.486', '2.644', '131,84'), 'truncated')
C(F6, 'bồi dưỡng 3.486 lượt cán bộ', 'sum', 'consistent', sm('3.486', ['1.124', '2.362']), "'chia ra' after three comparisons in the same sentence")
C(F6, 'chiếm 44,80%', 'share', 'rounding', pct('1.562', '3.486', '44,80'), 'truncated')
C(F6, 'Trong 3.486 lượt được đào tạo, bồi dưỡng', 'subset', 'consistent', sub('3.486', ['1.562', '412', '286', '1.128']), 'nữ, trẻ, dân tộc thiểu số, cấp xã are overlapping dimensions')
C(F6, 'đào tạo 1.124 lượt', 'sum', 'consistent', sm('1.124', ['996', '128']), 'parts given in items a) (lý luận chính trị 996) and b) (chuyên môn 128), a paragraph later')
C(F6, 'Đào tạo lý luận chính trị 996 đồng chí', 'sum', 'consistent', sm('996', ['46', '412', '538']))
C(F6, 'cao cấp 46 đồng chí', 'sum', 'consistent', sm('46', ['12', '34']))
C(F6, 'trung cấp 412 đồng chí', 'sum', 'consistent', sm('412', ['86', '326']))
C(F6, 'chiếm 40,78%', 'share', 'consistent', pct('168', '412', '40,78'), 'share of the 412 trung cấp learners (sub-group), not of 996 or 3.486')
C(F6, 'với 246 học viên', 'sum', 'consistent', sm('246', ['82', '84', '80']), "'ba lớp' (three, in words) = three parts")
C(F6, 'Đào tạo chuyên môn 128 đồng chí', 'sum', 'consistent', sm('128', ['38', '90']))
C(F6, 'sau đại học 38 đồng chí', 'sum', 'consistent', sm('38', ['01', '37']))
C(F6, 'c) Bồi dưỡng 2.362 lượt', 'sum', 'consistent', sm('2.362', ['1.046', '412', '618', '286']))
C(F6, 'quốc phòng - an ninh 1.046 lượt', 'sum', 'consistent', sm('1.046', ['186', '860']), "'đối tượng 3', 'đối tượng 4' are category numbers, not figures")
C(F6, 'trong 2.362 lượt bồi dưỡng', 'sum', 'ambiguous', man('ambiguous', check=lambda: sm('2.362', ['1.246', '486', '812'])()[0] == 'inconsistent'),
  'by-target parts sum to 2.544 > 2.362; a grassroots committee member can also be a leader/manager, so the groups may overlap')
C(F6, 'mở 186 lớp', 'sum', 'consistent', sm('186', ['48', '12', '126']))
C(F6, 'bình quân 78,6 học viên/lớp', 'ratio', 'consistent', avg('14.620', '186', '78,6'))
C(F6, 'là 12,846 tỷ đồng', 'sum', 'consistent', sm('12,846', ['9,35', '2,1', '1,396']), "'12,846' is a decimal (tỷ đồng)")
C(F6, 'chiếm 72,79%', 'share', 'consistent', pct('9,35', '12,846', '72,79'))
C(F6, 'chiếm 86,63%', 'share', 'consistent', pct('421', '486', '86,63'))
C(F6, 'tăng 15,23 điểm phần trăm', 'points', 'consistent', pts('86,63', '71,4', '15,23', 'tăng'))
C(F6, 'chiếm 63,12%', 'share', 'inconsistent', pct('298', '486', '63,12'))
C(F6, '36/39 đồng chí có trình độ đại học trở lên, đạt 93,31%', 'fraction', 'inconsistent', frac('36', '39', '93,31', whole='39'), 'whole = 13 communes x 3 key posts = 39')
C(F6, '14/39 đồng chí có trình độ cao cấp lý luận chính trị, chiếm 35,9%', 'fraction', 'consistent', frac('14', '39', '35,9', whole='39'))
C(F6, 'chiếm 95,8%', 'share', 'ambiguous', man('ambiguous', check=lambda: pct('1.084', '1.142', '95,8')()[0] == 'inconsistent'),
  'the number of district-level cán bộ, công chức (without viên chức) is not stated; 1.084/1.142 (incl. viên chức) = 94,92%')
C(F6, 'tăng 4,2% so với năm 2020', 'points', 'ambiguous', man('ambiguous'), 'no 2020 rate for members with trung cấp LLCT is given')
C(F6, 'luân chuyển 24 lượt cán bộ', 'sum', 'inconsistent', sm('24', ['18', '09', '15']), 'digits swapped (42)')
C(F6, 'có 68 lượt đồng chí', 'subset', 'consistent', sub('68', ['21', '18', '04']))
C(F6, 'chiếm 30,88%', 'share', 'consistent', pct('21', '68', '30,88'))
C(F6, 'chiếm 26,47%', 'share', 'consistent', pct('18', '68', '26,47'))
C(F6, 'so với quy hoạch nhiệm kỳ 2015 - 2020', 'term', 'inconsistent', man('inconsistent', 'nhiệm kỳ 2020 - 2025'), 'planning for 2025 - 2030 is compared with the planning of the term before it, 2020 - 2025')
C(F6, 'tỷ lệ nữ tăng 3,38 điểm phần trăm', 'points', 'consistent', pts('30,88', '27,5', '3,38', 'tăng'))
C(F6, 'đạt 3.468 lượt', 'repeat', 'inconsistent', rep('3.486', '3.468'), 'section II.2 gives 3.486 (its parts and ratios all fit 3.486)')
C(F6, '86,63% có trình độ đại học trở lên', 'repeat', 'consistent', rep('86,63', '86,63'))
C(F6, 'hiện có 5.862 đảng viên', 'repeat', 'ambiguous', man('ambiguous'), "section I gives 5.826 without a date; 'hiện có' may be a later date, or a transposition")
C(F6, '1.046 đảng viên có trình độ', 'subset', 'consistent', sub('5.862', ['1.046']), 'equals the QP-AN figure 1.046 lượt by coincidence; different quantity')
C(F6, '244/246 học viên, đạt 99,18%', 'fraction', 'rounding', frac('244', '246', '99,18', whole='246'), 'truncated')
C(F6, 'chiếm 23,77%', 'share', 'consistent', pct('58', '244', '23,77'), 'base = 244 graduates (numerator of the fraction), not 246')

C(F6, 'đối với 412 cán bộ, công chức', 'sum', 'consistent', sm('412', ['398', '14']))
C(F6, 'chiếm 96,6%', 'share', 'consistent', pct('398', '412', '96,6'), "base = 412 surveyed; '412' also appears as unrelated figures (trung cấp learners, cập nhật kiến thức)")

C(F1, 'với 09/10 xã đạt chuẩn', 'repeat', 'consistent', rep('09', '09'))
C(F3, 'Trong 536 đơn kiến nghị', 'repeat', 'consistent', rep('536', '536'))

C(F1, 'tăng 486 tỷ đồng so với đầu năm', 'difference', 'ambiguous', man('ambiguous'), 'the outstanding credit at the start of the year is not stated (486 also occurs as budget revenue 486,27: unrelated)')
C(F4, '78,4% (3.342/4.263', 'fraction', 'ambiguous', man('ambiguous', check=lambda: frac('3.342', '4.263', '78,4')()[0] == 'consistent' and frac('3.342', '4.263', whole='4.286')()[0] == 'inconsistent'),
  'the percentage fits the fraction, but the whole (4.263 households) differs from the 4.286 households stated at the start; the water survey may use an earlier household count')

# ================================================================ runner
def build(write=True):
    problems = []
    summary = {}
    for fid, claims in sorted(CLAIMS.items()):
        path = os.path.join(HERE, fid)
        text = open(path, encoding='utf-8').read()
        assert '\r' not in text
        lines = text.split('\n')
        assert lines == text.splitlines() + ([''] if text.endswith('\n') else []) or True
        out = []
        for c in claims:
            a = c['anchor']
            cand = [i for i, l in enumerate(lines) if a in l and (c['near'] is None or c['near'] in l)]
            if len(cand) != 1:
                problems.append(f"{fid}: anchor {a!r} found on {len(cand)} lines {[i+1 for i in cand]}")
                continue
            i = cand[0]
            if lines[i].count(a) != 1:
                problems.append(f"{fid}:{i+1}: anchor {a!r} occurs {lines[i].count(a)} times in its line")
                continue
            v, right, calcnote = c['calc']()
            if c['verdict'] == 'ambiguous':
                if v != 'ambiguous':
                    problems.append(f"{fid}:{i+1}: {a!r} declared ambiguous but calc says {v}")
                right = None
            elif v != c['verdict']:
                problems.append(f"{fid}:{i+1}: {a!r} declared {c['verdict']} but arithmetic says {v} ({calcnote})")
                continue
            if c['right'] is not None:
                right = c['right']
            if c['verdict'] in ('inconsistent', 'rounding'):
                if not right:
                    problems.append(f"{fid}:{i+1}: {a!r} needs a right value")
            else:
                right = None
            note = '; '.join(x for x in (calcnote, c['note']) if x)
            rec = dict(line=i + 1, anchor=a, kind=c['kind'], verdict=c['verdict'])
            if right is not None:
                rec['right'] = right
            rec['note'] = note
            out.append(rec)
        keys = Counter((r['line'], r['anchor']) for r in out)
        for k, n in keys.items():
            if n > 1:
                problems.append(f"{fid}: duplicate label {k}")
        summary[fid] = dict(chars=len(text), claims=out)
        if write and not problems:
            lab = os.path.join(HERE, fid[:-4] + '.labels.json')
            with open(lab, 'w', encoding='utf-8') as fh:
                json.dump(dict(file=fid, claims=sorted(out, key=lambda r: (r['line'], lines[r['line']-1].find(r['anchor'])))), fh, ensure_ascii=False, indent=1)
                fh.write('\n')
    return problems, summary

def verify_written():
    """re-read every .labels.json and check anchors against the .txt"""
    errs = []
    for fid in sorted(CLAIMS):
        lines = open(os.path.join(HERE, fid), encoding='utf-8').read().split('\n')
        lab = json.load(open(os.path.join(HERE, fid[:-4] + '.labels.json'), encoding='utf-8'))
        assert lab['file'] == fid
        for r in lab['claims']:
            l = lines[r['line'] - 1]
            if l.count(r['anchor']) != 1:
                errs.append(f"{fid}:{r['line']}: {r['anchor']!r}")
            assert r['kind'] in ('sum', 'subset', 'share', 'fraction', 'difference', 'points', 'ratio', 'repeat', 'term')
            assert r['verdict'] in ('consistent', 'rounding', 'inconsistent', 'ambiguous')
            assert ('right' in r) == (r['verdict'] in ('rounding', 'inconsistent'))
        spans = {}
        for r in lab['claims']:
            i = lines[r['line'] - 1].find(r['anchor'])
            spans.setdefault(r['line'], []).append((i, i + len(r['anchor']), r['anchor']))
        for ln, sp in spans.items():
            sp.sort()
            for a, b in zip(sp, sp[1:]):
                if b[0] < a[1]:
                    errs.append(f"{fid}:{ln}: overlapping anchors {a[2]!r} / {b[2]!r}")
    return errs

if __name__ == '__main__':
    problems, summary = build(write=True)
    for p in problems:
        print('PROBLEM', p)
    if problems:
        sys.exit(1)
    errs = verify_written()
    for e in errs:
        print('ANCHOR', e)
    if errs:
        sys.exit(1)
    tv = Counter(); tk = Counter(); tkv = Counter()
    rows = []
    for fid, s in summary.items():
        v = Counter(r['verdict'] for r in s['claims'])
        tv.update(v); tk.update(r['kind'] for r in s['claims'])
        tkv.update((r['kind'], r['verdict']) for r in s['claims'])
        rows.append((fid, s['chars'], len(s['claims']), v))
        ok = 8000 <= s['chars'] <= 25000
        print(f"{fid}: {s['chars']} chars{'' if ok else ' (OUT OF RANGE)'}, {len(s['claims'])} claims, {dict(v)}")
    print('total', sum(tv.values()), dict(tv))
    print('kinds', dict(tk))
    if '--summary' in sys.argv:
        V = ['consistent', 'rounding', 'inconsistent', 'ambiguous']
        K = ['sum', 'subset', 'share', 'fraction', 'difference', 'points', 'ratio', 'repeat', 'term']
        md = ['# heldout5 / prose: counts', '',
              f"Drafts: {len(rows)}. Claims: {sum(tv.values())}.", '',
              '| draft | characters | claims | ' + ' | '.join(V) + ' |',
              '|---|---:|---:|' + '---:|' * len(V)]
        for fid, ch, n, v in rows:
            md.append(f"| {fid} | {ch} | {n} | " + ' | '.join(str(v.get(x, 0)) for x in V) + ' |')
        md.append(f"| total | {sum(r[1] for r in rows)} | {sum(tv.values())} | " + ' | '.join(str(tv.get(x, 0)) for x in V) + ' |')
        md += ['', '| kind | ' + ' | '.join(V) + ' | total |', '|---|' + '---:|' * (len(V) + 1)]
        for k in K:
            md.append(f"| {k} | " + ' | '.join(str(tkv.get((k, x), 0)) for x in V) + f" | {tk.get(k, 0)} |")
        md.append(f"| total | " + ' | '.join(str(tv.get(x, 0)) for x in V) + f" | {sum(tv.values())} |")
        md += ['', 'Generated by `python3 make.py --summary` (exact rational arithmetic, round half up).', '']
        open(os.path.join(HERE, 'SUMMARY.md'), 'w', encoding='utf-8').write('\n'.join(md))
