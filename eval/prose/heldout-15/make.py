#!/usr/bin/env python3
"""Generator for the heldout15 prose part: six Vietnamese report drafts with
labelled numeric claims.

Every figure that a claim is about is produced by a helper (sm, sb, sh, fr, df,
pt, rt, rp, tm) which computes the expected value with exact decimal arithmetic
(Decimal, ROUND_HALF_UP), writes the stated value into the text (the computed
one for consistent claims, a truncated one for rounding claims, a given wrong
one for inconsistent claims) and records the label. The checks below then
re-read the written files and assert that every anchor is exact and unique in
its 1-based line, that the stated value is in the anchor, that the verdict
follows from the numbers, and that the inputs of each claim occur in the text.

Standard library only. Run:  python3 make.py
"""
import json
import os
import re
from collections import Counter, OrderedDict
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, getcontext

getcontext().prec = 60
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'prose')
FN = '[\ufffd] '
KINDS = ('sum', 'subset', 'share', 'fraction', 'difference', 'points', 'ratio', 'repeat', 'term')
VERD = {'c': 'consistent', 'r': 'rounding', 'i': 'inconsistent', 'a': 'ambiguous'}
NEG_WORDS = ('giảm', 'thấp hơn', 'ít hơn', 'hụt', 'chậm', 'còn thiếu', 'không đạt', 'chưa đạt')


# ---------------------------------------------------------------- numbers
def pv(x):
    """Parse a value given as int, Decimal or vi-VN string ('1.234,56')."""
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return Decimal(x)
    s = str(x).strip().replace('.', '').replace(',', '.')
    return Decimal(s)


def q(dp):
    return Decimal(1).scaleb(-dp)


def hu(x, dp):
    return pv(x).quantize(q(dp), rounding=ROUND_HALF_UP)


def tr(x, dp):
    return pv(x).quantize(q(dp), rounding=ROUND_DOWN)


def places(x):
    e = pv(x).as_tuple().exponent
    return max(0, -e)


def vn(x, dp=None, z=False):
    """vi-VN formatting: '.' thousands, ',' decimals; z: leading zero under 10."""
    x = pv(x)
    if dp is None:
        dp = places(x)
    x = x.quantize(q(dp), rounding=ROUND_HALF_UP)
    neg = x < 0
    s = f"{abs(x):.{dp}f}"
    ip, _, fp = s.partition('.')
    ip = f"{int(ip):,}".replace(',', '.')
    if z and dp == 0 and len(ip) == 1:
        ip = '0' + ip
    return ('-' if neg else '') + ip + (',' + fp if fp else '')


NUM_RE = re.compile(r'(?<![\d/])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![\d/])')
NUM_ANY = re.compile(r'\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?')


def numbers_in(text):
    return [pv(m) for m in NUM_ANY.findall(text)]


def show(x, nd=4):
    """Show an exact quotient with nd decimals for notes."""
    return vn(hu(x, nd), nd)


# ---------------------------------------------------------------- drafts
class Draft:
    def __init__(self, num, slug, title):
        self.num, self.slug, self.title = num, slug, title
        self.lines, self.keys, self.pending, self.claims = [], {}, [], []

    @property
    def name(self):
        return f"p15-{self.num:02d}-{self.slug}"

    # lines ---------------------------------------------------------
    def L(self, text, key=None):
        self.lines.append(text)
        ln = len(self.lines)
        if key:
            self.keys[key] = ln
        for c in self.pending:
            c['line'] = ln
            self.claims.append(c)
        self.pending = []

    def F(self, text, key=None):
        self.L(FN + text, key)

    # registration ------------------------------------------------------
    def _reg(self, kind, tmpl, stated_txt, verdict, right=None, note='', need=(), src=None, calc=None):
        assert tmpl.count('@') == 1, tmpl
        assert kind in KINDS
        v = VERD[verdict]
        anchor = tmpl.replace('@', stated_txt)
        if calc is not None and v != 'ambiguous':
            assert calc == v, f"{self.name}: {anchor!r}: computed verdict {calc}, labelled {v} ({note})"
        if v == 'ambiguous':
            assert note, f"ambiguous claim needs a note: {anchor}"
            note = note.replace(', không phải ', ', văn bản ghi ')
        if v in ('rounding', 'inconsistent'):
            assert right, f"right value needed: {anchor}"
        c = OrderedDict(line=None, anchor=anchor, kind=kind, verdict=v)
        if v in ('rounding', 'inconsistent'):
            c['right'] = right
        c['note'] = note
        c['_stated'] = stated_txt
        c['_need'] = [pv(n) for n in need]
        c['_src'] = src
        self.pending.append(c)
        return anchor

    # sum: the total of an (exhaustive) breakdown --------------------------
    def sm(self, tmpl, parts, v='c', stated=None, note='', src=None, right=None, z=True):
        ps = [pv(p) for p in parts]
        comp = sum(ps, Decimal(0))
        st = comp if stated is None else pv(stated)
        dp = max([places(p) for p in ps] + [places(st)])
        calc = 'consistent' if st == comp else 'inconsistent'
        n = vn(ps[0]) + ''.join((' − ' + vn(-p)) if p < 0 else (' + ' + vn(p)) for p in ps[1:]) + f" = {vn(comp)}"
        if st != comp:
            n += f", không phải {vn(st)}"
        note = n + ('. ' + note if note else '')
        return self._reg('sum', tmpl, vn(st, places(st) if stated is not None else None, z=z), v,
                         right=right or vn(comp), note=note, need=ps, src=src, calc=calc)

    # subset: a "trong đó" part must not exceed its parent ---------------
    def sb(self, tmpl, part, parent, v='c', note='', right=None, z=True):
        p, P = pv(part), pv(parent)
        calc = 'consistent' if p <= P else 'inconsistent'
        n = f"{vn(p)} ≤ {vn(P)}" if p <= P else f"{vn(p)} > {vn(P)}"
        note = n + ('. ' + note if note else '')
        return self._reg('subset', tmpl, vn(p, z=z), v, right=right, note=note, need=[P], calc=calc)

    # share: part / base x 100 at the stated precision -------------------
    def sh(self, tmpl, part, base, dp=2, v='c', stated=None, note='', right=None, src=None, need=None):
        p, b = pv(part), pv(base)
        val = p * 100 / b
        c, t = hu(val, dp), tr(val, dp)
        if stated is None:
            assert v in ('c', 'r', 'a'), tmpl
            st = t if v == 'r' else c
        else:
            st = pv(stated)
        if st == c:
            calc = 'consistent'
        elif st == t and c - t == q(dp):
            calc = 'rounding'
        else:
            calc = 'inconsistent'
        n = f"{vn(p)} / {vn(b)} × 100 = {show(val)}% → {vn(c, dp)}%"
        if calc == 'rounding':
            n += f" (viết {vn(st, dp)}%: cắt cụt, không làm tròn)"
        elif calc == 'inconsistent':
            n += f", không phải {vn(st, dp)}%"
        note = n + ('. ' + note if note else '')
        return self._reg('share', tmpl, vn(st, dp), v, right=right or (vn(c, dp) + '%'), note=note,
                         need=[p, b] if need is None else need, src=src, calc=calc)

    # fraction a/b: a <= b and b equal to the total it refers to ------------
    def fr(self, tmpl, num, den, ref=None, v='c', note='', right=None, z=True):
        a, b = pv(num), pv(den)
        ok = a <= b and (ref is None or b == pv(ref))
        calc = 'consistent' if ok else 'inconsistent'
        n = f"{vn(a)} ≤ {vn(b)}"
        if ref is not None:
            n += f"; mẫu số phải là {vn(ref)}" + ("" if b == pv(ref) else f", không phải {vn(b)}")
        note = n + ('. ' + note if note else '')
        txt = f"{vn(a, z=z)}/{vn(b, z=z)}"
        rgt = right or (f"{vn(a, z=z)}/{vn(ref, z=z)}" if ref is not None else None)
        return self._reg('fraction', tmpl, txt, v, right=rgt, note=note,
                         need=[pv(ref)] if ref is not None else [], calc=calc)

    # difference: current - previous, sign from the word -------------------
    def df(self, tmpl, cur, prev, v='c', stated=None, sign=None, note='', right=None, z=True, kind='difference',
           unit=''):
        a, b = pv(cur), pv(prev)
        comp = a - b
        if sign is None:
            sign = -1 if any(w in tmpl.lower() for w in NEG_WORDS) else 1
        st = abs(comp) if stated is None else pv(stated)
        dp = max(places(a), places(b))
        sdp = places(st) if stated is not None else dp
        calc = 'consistent' if sign * st == comp else 'inconsistent'
        word = ('tăng' if comp > 0 else 'giảm')
        n = f"{vn(a)} − {vn(b)} = {vn(comp)}"
        if kind == 'points':
            n = f"{vn(a)}% − {vn(b)}% = {vn(comp)} điểm phần trăm"
            rel = (a / b - 1) * 100
            n += f" (đọc theo tương đối: {show(rel, 2)}%)"
        if calc == 'inconsistent':
            if sign * comp < 0 and abs(comp) == st:
                n += ': sai chiều (phải là ' + word + ')'
                rgt = f"{word} {vn(abs(comp), dp, z=z)}"
            else:
                n += f", không phải {vn(sign * st)}"
                rgt = vn(abs(comp), dp, z=z) + unit
        else:
            rgt = None
        note = n + ('. ' + note if note else '')
        return self._reg(kind, tmpl, vn(st, sdp, z=z), v, right=right or rgt, note=note, need=[a, b], calc=calc)

    # points: difference of two percentages -----------------------------
    def pt(self, tmpl, cur, prev, v='c', stated=None, sign=None, note='', right=None):
        return self.df(tmpl, cur, prev, v=v, stated=stated, sign=sign, note=note, right=right, z=False,
                       kind='points', unit='%')

    # ratio: cur / prev x 100 (pct), cur / prev (times), or relative change (inc)
    def rt(self, tmpl, cur, prev, dp=1, mode='pct', v='c', stated=None, note='', right=None, sign=None,
           stated_txt=None, unit=None):
        a, b = pv(cur), pv(prev)
        if mode == 'pct':
            val = a * 100 / b
            n = f"{vn(a)} / {vn(b)} × 100 = {show(val)}%"
        elif mode == 'times':
            val = a / b
            n = f"{vn(a)} / {vn(b)} = {show(val)} lần"
        else:
            val = (a / b - 1) * 100
            if sign is None:
                sign = -1 if any(w in tmpl.lower() for w in NEG_WORDS) else 1
            val = val * sign
            n = f"({vn(a)} / {vn(b)} − 1) × 100 = {show(val * sign)}%"
        c, t = hu(val, dp), tr(val, dp)
        if stated is None:
            assert v in ('c', 'r', 'a')
            st = t if v == 'r' else c
        else:
            st = pv(stated)
        if st == c:
            calc = 'consistent'
        elif st == t and c - t == q(dp):
            calc = 'rounding'
        else:
            calc = 'inconsistent'
        if unit is None:
            unit = ' lần' if mode == 'times' else '%'
        if mode == 'times':
            n = n.replace(' lần', unit)
        n += f" → {vn(c, dp)}{unit}"
        if calc == 'rounding':
            n += f" (viết {vn(st, dp)}: cắt cụt)"
        elif calc == 'inconsistent':
            n += f", không phải {vn(st, dp)}"
        note = n + ('. ' + note if note else '')
        return self._reg('ratio', tmpl, stated_txt or vn(st, dp), v, right=right or (vn(c, dp) + unit),
                         note=note, need=[a, b], calc=calc)

    # repeat: second mention of a quantity already stated ------------------
    def rp(self, tmpl, first, v='c', stated=None, note='', right=None, z=True, txt=None, need=None):
        f = pv(first)
        st = f if stated is None else pv(stated)
        calc = 'consistent' if st == f else 'inconsistent'
        n = f"nhắc lại {vn(f)}" + (f" (viết {vn(st)})" if st != f else '')
        note = n + ('. ' + note if note else '')
        return self._reg('repeat', tmpl, txt or vn(st, z=z), v, right=right or vn(f, z=z), note=note,
                         need=[f] if need is None else need, calc=calc)

    # term: the period named in a comparison --------------------------------
    def tm(self, tmpl, named, correct, v='c', note=''):
        calc = 'consistent' if named == correct else 'inconsistent'
        n = f"kỳ so sánh đúng là {correct}" + ('' if named == correct else f", không phải {named}")
        note = n + ('. ' + note if note else '')
        return self._reg('term', tmpl, named, v, right=correct, note=note, calc=calc)


# ======================================================================
# Draft 1: Chi cục Kiểm lâm — tổng kết năm 2024
# ======================================================================
def draft1():
    d = Draft(1, 'kiem-lam-tong-ket-2024', 'Chi cục Kiểm lâm tỉnh — báo cáo tổng kết năm 2024')
    sm, sb, sh, fr, df, pt, rt, rp, tm = d.sm, d.sb, d.sh, d.fr, d.df, d.pt, d.rt, d.rp, d.tm
    L, F = d.L, d.F
    L("UBND TỈNH SƠN LA")
    L("SỞ NÔNG NGHIỆP VÀ PTNT - CHI CỤC KIỂM LÂM")
    L("Số: .../BC-CCKL                                   Sơn La, ngày ... tháng 12 năm 2024")
    L("BÁO CÁO")
    L("Tổng kết công tác quản lý, bảo vệ và phát triển rừng năm 2024; phương hướng, nhiệm vụ năm 2025")
    L("Thực hiện Quyết định số 2914/QĐ-UBND ngày 28/12/2023 của UBND tỉnh về giao chỉ tiêu kế hoạch phát triển "
      "kinh tế - xã hội năm 2024 và Công văn số 1175/SNN-VP ngày 18/11/2024 của Sở Nông nghiệp và Phát triển nông "
      "thôn, Chi cục Kiểm lâm báo cáo kết quả thực hiện nhiệm vụ năm 2024 như sau:")
    L("I. ĐẶC ĐIỂM TÌNH HÌNH")
    L(f"Theo kết quả cập nhật diễn biến rừng đến ngày 30/11/2024, tổng diện tích đất có rừng toàn tỉnh là "
      f"{sm('@ ha', ['681.530,12', '89.922,23'])}, gồm 681.530,12 ha rừng tự nhiên "
      f"({sh('chiếm @%', '681.530,12', '771.452,35')}) và 89.922,23 ha rừng trồng "
      f"({sh('bằng @% tổng diện tích có rừng', '89.922,23', '771.452,35', v='i', stated='6,37', note='Tỷ lệ tính nhầm trên diện tích tự nhiên 1.412.349 ha (89.922,23 / 1.412.349 = 6,37%).')}). "
      f"Diện tích có rừng {sh('bằng @% diện tích tự nhiên', '771.452,35', '1.412.349')} của tỉnh (1.412.349 ha); "
      f"tỷ lệ che phủ rừng (không tính rừng trồng chưa khép tán) đạt 46,12%, {pt('tăng @%', '46,12', '45,77')} "
      f"{tm('so với năm @ (45,77%)', '2023', '2023')}. Toàn tỉnh có 204 xã, phường, thị trấn, trong đó "
      f"{sb('@ xã có rừng', 198, 204)}.")
    L(f"Chi cục có 03 phòng chuyên môn, 01 Đội Kiểm lâm cơ động và phòng cháy, chữa cháy rừng và "
      f"{sm('@ Hạt Kiểm lâm trực thuộc', [11, 1])} (11 Hạt Kiểm lâm các huyện, 01 Hạt Kiểm lâm thành phố). "
      f"Đến ngày 30/11/2024, tổng số công chức, người lao động là {sm('@ người', [386, 26])} "
      f"(386 công chức và 26 lao động hợp đồng), trong đó nữ 58 người, {sh('chiếm @%', 58, 412)}; "
      f"đảng viên 297 người, {sh('đạt tỷ lệ @%', 297, 412, v='r')}; "
      f"{sb('người dân tộc thiểu số @ người', 143, 412)}. Đã bố trí công chức kiểm lâm địa bàn tại "
      f"{fr('@ xã có rừng', 198, 204, ref=198, v='i', note='Câu trên nói tất cả 198 xã có rừng đều có kiểm lâm địa bàn; mẫu số 204 là tổng số xã, phường, thị trấn.')}.")
    L("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024")
    L("1. Công tác quản lý rừng, giao rừng và chi trả dịch vụ môi trường rừng")
    L(f"Đến nay đã giao, cho thuê {sm('@ ha', ['231.540,20', '318.722,45', '162.143,93'])} rừng cho các chủ rừng, "
      f"{sh('đạt @%', '712.406,58', '771.452,35', v='r')} tổng diện tích có rừng, cụ thể: hộ gia đình, cá nhân "
      f"231.540,20 ha; cộng đồng dân cư thôn, bản 318.722,45 ha; tổ chức (ban quản lý rừng đặc dụng, phòng hộ, "
      f"công ty lâm nghiệp) 162.143,93 ha. Diện tích "
      f"{df('còn lại @ ha', '771.452,35', '712.406,58', v='i', stated='59.054,77', sign=1, note='Hai chữ số bị đảo (45 thành 54).')} "
      f"do UBND cấp xã trực tiếp quản lý.")
    L(f"Tổng thu tiền dịch vụ môi trường rừng năm 2024 là 186.420 triệu đồng, "
      f"{rt('@ kế hoạch', '186.420', '175.000', v='a', stated_txt='đạt 1.065%', note='“1.065%” không đọc được: 1.065% (dấu chấm hàng nghìn) hay gõ nhầm dấu thập phân (106,5% hoặc 10,65%); 186.420 / 175.000 × 100 = 106,53%.')} "
      f"(kế hoạch 175.000 triệu đồng), {rt('bằng @%', '186.420', '171.305', dp=2)} so với số thu năm 2023 "
      f"(171.305 triệu đồng). Đã giải ngân cho chủ rừng "
      f"{sm('@ triệu đồng', ['121.645', '50.437'], v='i', stated='172.118', note='Có thể gõ đảo 50.473 thành 50.437.')}, "
      f"{sh('đạt @%', '172.118', '186.420')} số thu, gồm: hộ gia đình, cộng đồng 121.645 triệu đồng "
      f"({sh('chiếm @%', '121.645', '172.118')}), tổ chức 50.437 triệu đồng; trích kinh phí quản lý 18.642 triệu "
      f"đồng, {sh('tương đương @% tổng thu', '18.642', '186.420', dp=0)}.")
    L("2. Công tác phát triển rừng")
    L(f"Năm 2024 toàn tỉnh trồng mới {sm('@ ha', ['523,4', '1.845,6'])} rừng, "
      f"{rt('đạt @%', '2.369,0', '2.500')} kế hoạch (kế hoạch 2.500 ha), trong đó rừng phòng hộ 523,4 ha, "
      f"rừng sản xuất 1.845,6 ha ({sh('chiếm @%', '1.845,6', '2.369,0', v='r')}). Diện tích trồng rừng sản xuất "
      f"{df('tăng @ ha', '1.845,6', '1.533,0')} "
      f"{tm('so với năm @ (1.533,0 ha)', '2022', '2023', v='i', note='Báo cáo năm 2024 so với năm liền trước.')}; "
      f"khoanh nuôi xúc tiến tái sinh 12.450 ha; trồng cây phân tán 1,2 triệu cây.")
    L("3. Công tác phòng cháy, chữa cháy rừng")
    L(f"Tổ chức {sm('@ lớp tập huấn', [4, 48, 184])} nghiệp vụ phòng cháy, chữa cháy rừng (cấp tỉnh 04 lớp, cấp "
      f"huyện 48 lớp, cấp xã 184 lớp) với 14.820 lượt người tham gia, "
      f"{rt('gấp @ lần', '14.820', '11.350', mode='times')} năm 2023 (11.350 lượt); "
      f"{fr('@ Hạt Kiểm lâm', 12, 12, ref=12)} đã xây dựng, phê duyệt phương án chữa cháy rừng. Kinh phí phòng "
      f"cháy, chữa cháy rừng năm 2024 là "
      f"{sm('@ triệu đồng', ['3.200', '1.250'], v='a', stated='4.850', note='Một thành phần còn để trống (ngân sách huyện “...”): 3.200 + 1.250 = 4.450, phần chênh 400 có thể là khoản chưa điền.')} "
      f"(ngân sách tỉnh 3.200 triệu đồng, ngân sách huyện ... triệu đồng, nguồn dịch vụ môi trường rừng 1.250 "
      f"triệu đồng).")
    L(f"Do nắng nóng kéo dài, trên địa bàn tỉnh đã xảy ra {sm('@ vụ cháy rừng', [5, 3, 1])} (Mai Sơn 05 vụ, "
      f"Yên Châu 03 vụ, Sông Mã 01 vụ), diện tích bị thiệt hại {sm('@ ha', ['19,35', '8,45'], stated='27,8')} "
      f"(rừng trồng 19,35 ha, rừng tự nhiên 8,45 ha); {df('giảm @ vụ', 9, 13)} và "
      f"{df('@ ha', '27,8', '44,0', sign=-1)} {tm('so với năm @ (13 vụ', '2023', '2023')}, 44,0 ha), số vụ "
      f"{rt('bằng @%', 9, 13)} năm trước. Có 07 vụ được phát hiện sớm và dập tắt kịp thời, "
      f"{sh('chiếm @%', 7, 9, dp=1)} số vụ.")
    L("4. Công tác tuyên truyền, tuần tra, kiểm tra")
    L(f"Phối hợp tổ chức 1.286 hội nghị tuyên truyền tại thôn, bản với 64.915 lượt người dự, "
      f"{rt('tăng @%', '64.915', '58.740', mode='inc')} so với năm 2023 (58.740 lượt). Duy trì "
      f"{sm('@ đợt tuần tra, truy quét', [126, 98, 205], v='a', stated=412, note='Ba nhóm (phối hợp Công an, phối hợp Quân đội, truy quét cao điểm) có thể chồng lấn: đợt cao điểm cũng có thể là đợt phối hợp; tổng 429 > 412 không đủ kết luận sai.')}, "
      f"trong đó phối hợp với Công an 126 đợt, với lực lượng Quân đội 98 đợt, truy quét cao điểm 205 đợt.")
    L("5. Công tác thanh tra, pháp chế, xử lý vi phạm")
    L(f"Năm 2024, lực lượng Kiểm lâm phát hiện, lập biên bản {sm('@ vụ vi phạm', [72, 9, 31, 44, 18, 12])} "
      f"pháp luật về lâm nghiệp, {df('giảm @ vụ', 186, 214)} so với năm 2023 (214 vụ); chia ra: phá rừng trái pháp "
      f"luật 72 vụ, vi phạm quy định về phòng cháy, chữa cháy rừng 09 vụ, khai thác rừng trái phép 31 vụ, vận "
      f"chuyển lâm sản trái phép 44 vụ, tàng trữ, mua bán lâm sản trái phép 18 vụ, vi phạm khác 12 vụ.")
    L(f"Đã xử lý {sm('@ vụ', [169, 9])} (xử lý hành chính 169 vụ; chuyển cơ quan điều tra đề nghị truy cứu trách "
      f"nhiệm hình sự 09 vụ), {sh('đạt @%', 178, 186)} số vụ phát hiện, {pt('cao hơn @%', '95,70', '93,85')} so với tỷ "
      f"lệ năm 2023 (93,85%); trong đó có {sb('@ vụ', 97, 178)} đối tượng vi phạm là người dân tộc thiểu số, "
      f"{sh('chiếm @%', 97, 178, dp=1, v='a', note='Không rõ cơ số: 97 / 178 vụ đã xử lý = 54,49% → 54,5%; 97 / 186 vụ phát hiện = 52,15%.')}. "
      f"Tịch thu 186,425 m³ gỗ các loại; thu nộp ngân sách nhà nước 3.127,45 triệu đồng. Diện tích rừng bị phá "
      f"38,62 ha, {rt('giảm @%', '38,62', '49,15', mode='inc')} so với năm 2023 (49,15 ha).")
    L("III. ĐÁNH GIÁ CHUNG")
    L(f"Năm 2024, Chi cục được giao 12 chỉ tiêu, đã hoàn thành và vượt {fr('@ chỉ tiêu', 11, 12, ref=12)}; chỉ "
      f"tiêu trồng rừng mới chưa đạt. Số vụ vi phạm giảm nhưng vẫn còn ở mức cao "
      f"({rp('@ vụ', 186, v='i', stated=168, note='Đảo chữ số so với 186 vụ ở mục II.5.')}), tập trung ở các huyện "
      f"Mai Sơn, Sông Mã, Thuận Châu; cả năm xảy ra {rp('@ vụ cháy', 9)} với {rp('@ ha bị thiệt hại', '27,8')}. "
      f"Lực lượng hiện có "
      f"{rp('@ công chức, người lao động', 412, v='a', stated=409, note='Không ghi thời điểm: 412 người là số đến 30/11/2024; 409 có thể là số sau khi có người nghỉ hưu trong tháng 12.')} "
      f"trong khi địa bàn rộng, tiền phạt đã nộp ngân sách {rp('@ tỷ đồng', '3,13', need=['3.127,45'], note='3.127,45 triệu đồng = 3,12745 tỷ đồng, làm tròn 3,13 tỷ đồng.')} "
      f"chưa tương xứng với thiệt hại.")
    L(f"Tồn tại, hạn chế: tình trạng phá rừng lấy đất sản xuất vẫn xảy ra ở vùng giáp ranh; "
      f"{fr('@ huyện, thành phố', 3, 12, ref=12)} để xảy ra cháy rừng; việc giao đất, giao rừng ở một số nơi chưa đồng "
      f"bộ với cấp giấy chứng nhận quyền sử dụng đất; cơ sở dữ liệu theo dõi diễn biến rừng cập nhật chưa kịp thời; "
      f"trang thiết bị phòng cháy, chữa cháy rừng còn thiếu, nhiều máy thổi gió, máy cắt thực bì đã hư hỏng.")
    L("Nguyên nhân chủ yếu là địa bàn rộng, địa hình chia cắt, đời sống một bộ phận người dân sống gần rừng còn khó "
      "khăn; giá nông sản tăng làm phát sinh nhu cầu mở rộng diện tích canh tác; một số cấp ủy, chính quyền cấp xã "
      "chưa thực hiện đầy đủ trách nhiệm quản lý nhà nước về lâm nghiệp theo quy định của Luật Lâm nghiệp.")
    L("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025")
    L(f"Quản lý, bảo vệ tốt {rp('@ ha', '771.452,35')} đất có rừng hiện có; phấn đấu tỷ lệ che phủ rừng đạt 46,5%, "
      f"{pt('tăng @%', '46,5', '46,12', v='i', stated='0,48', note='Đọc tương đối cũng không khớp (0,82%).')} so với năm "
      f"2024; trồng mới 2.600 ha rừng, {df('tăng @ ha', 2600, '2.369,0', stated=231)} so với kết quả thực hiện năm 2024; "
      f"giảm ít nhất 10% số vụ vi phạm so với năm 2024.")
    L("V. ĐỀ XUẤT, KIẾN NGHỊ: Đề nghị UBND tỉnh bố trí kinh phí mua sắm bổ sung trang thiết bị phòng cháy, chữa cháy "
      "rừng; chỉ đạo UBND các huyện hoàn thành rà soát, điều chỉnh quy hoạch ba loại rừng; xem xét bổ sung biên chế "
      "kiểm lâm địa bàn cho các xã có diện tích rừng lớn, xa trung tâm.")
    L("Nơi nhận: Sở Nông nghiệp và PTNT (b/c); UBND tỉnh (b/c); các Hạt Kiểm lâm; Lưu: VT, TTPC.  CHI CỤC TRƯỞNG")
    F(f"Cơ cấu {sm('@ người', [41, 318, 12, 41])} (số liệu đến 30/11/2024) theo trình độ chuyên môn: thạc sĩ 41 "
      f"người, đại học 318 người, cao đẳng 12 người, trung cấp 41 người; lý luận chính trị: cao cấp 15 người, "
      f"trung cấp 176 người.")
    F(f"Diện tích đất có rừng {sm('@ ha', ['82.135,40', '352.918,06', '336.398,89'])} chia theo mục đích sử dụng: "
      f"rừng đặc dụng 82.135,40 ha, rừng phòng hộ 352.918,06 ha, rừng sản xuất 336.398,89 ha.")
    F(f"Trong {sm('@ vụ chuyển cơ quan điều tra', [7, 2])}, Cơ quan Cảnh sát điều tra Công an các huyện đã khởi tố "
      f"{sb('@ vụ', 7, 9)} với 11 bị can; 02 vụ đang xác minh.")
    return d


# ======================================================================
# Draft 2: Sở Tài chính — thu, chi ngân sách 9 tháng đầu năm 2025
# ======================================================================
def draft2():
    d = Draft(2, 'tai-chinh-ngan-sach-9-thang-2025', 'Sở Tài chính tỉnh — thu chi ngân sách 9 tháng đầu năm 2025')
    sm, sb, sh, fr, df, pt, rt, rp, tm = d.sm, d.sb, d.sh, d.fr, d.df, d.pt, d.rt, d.rp, d.tm
    L, F = d.L, d.F
    L("UBND TỈNH HÀ TĨNH")
    L("SỞ TÀI CHÍNH")
    L("Số: .../BC-STC                                   Hà Tĩnh, ngày ... tháng 10 năm 2025")
    L("BÁO CÁO")
    L("Tình hình thực hiện thu, chi ngân sách nhà nước 9 tháng đầu năm 2025; nhiệm vụ, giải pháp 3 tháng cuối năm")
    L("Căn cứ Nghị quyết số 156/NQ-HĐND ngày 12/12/2024 của HĐND tỉnh về dự toán thu ngân sách nhà nước trên địa "
      "bàn, thu, chi ngân sách địa phương năm 2025; Quyết định số 3512/QĐ-UBND ngày 16/12/2024 của UBND tỉnh về "
      "việc giao dự toán ngân sách nhà nước năm 2025, Sở Tài chính báo cáo tình hình thực hiện 9 tháng đầu năm 2025 "
      "như sau:")
    L("I. THU NGÂN SÁCH NHÀ NƯỚC TRÊN ĐỊA BÀN")
    L(f"Tổng thu ngân sách nhà nước trên địa bàn 9 tháng ước đạt {sm('@ tỷ đồng', ['9.862,35', '7.524,07'])}, "
      f"{rt('đạt @% dự toán', '17.386,42', '18.965', dp=2)} Trung ương giao (18.965 tỷ đồng) và "
      f"{rt('bằng @% dự toán', '17.386,42', '21.500', dp=2)} HĐND tỉnh giao (21.500 tỷ đồng), "
      f"{rt('tăng @%', '17.386,42', '15.441,08', mode='inc')} {tm('so với cùng kỳ năm @', '2024', '2024')} "
      f"(15.441,08 tỷ đồng). Trong đó thu nội địa 9.862,35 tỷ đồng, thu từ hoạt động xuất nhập khẩu 7.524,07 tỷ đồng "
      f"(chi tiết tại Biểu số 01 kèm theo: cột 1 dự toán HĐND tỉnh giao, cột 2 ước thực hiện 9 tháng, cột 3 = cột 2 / "
      f"cột 1, cột 4 so với cùng kỳ).")
    L("1. Thu nội địa")
    L(f"Thu nội địa {sm('@ tỷ đồng', ['6.127,80', '3.698,25', '36,30'])}, "
      f"{df('tăng @ tỷ đồng', '9.862,35', '8.975,12')} so với cùng kỳ (8.975,12 tỷ đồng), gồm: thu nội địa không kể "
      f"tiền sử dụng đất, xổ số kiến thiết 6.127,80 tỷ đồng; thu tiền sử dụng đất 3.698,25 tỷ đồng, "
      f"{rt('đạt @% dự toán', '3.698,25', '6.000')} (6.000 tỷ đồng), "
      f"{sh('chiếm @% tổng thu ngân sách nhà nước trên địa bàn', '3.698,25', '17.386,42', v='i', stated='37,50', note='Tính nhầm trên thu nội địa: 3.698,25 / 9.862,35 = 37,50%.')}; "
      f"thu xổ số kiến thiết 36,30 tỷ đồng. Tỷ trọng thu nội địa trong tổng thu "
      f"{sh('đạt @%', '9.862,35', '17.386,42')}, thấp hơn cùng kỳ (58,90%) {pt('@ điểm phần trăm', '56,72', '58,90', sign=-1)}.")
    L(f"Một số khoản thu lớn: doanh nghiệp nhà nước trung ương 1.245,6 tỷ đồng, "
      f"{rt('đạt @% dự toán', '1.245,6', '1.800')} (1.800 tỷ đồng); doanh nghiệp có vốn đầu tư nước ngoài 2.386,9 tỷ "
      f"đồng, {rt('đạt @%', '2.386,9', '2.800')} (dự toán 2.800 tỷ đồng); khu vực ngoài quốc doanh 1.102,4 tỷ đồng, "
      f"{rt('bằng @% dự toán', '1.102,4', '1.500')} (1.500 tỷ đồng). Thu xổ số kiến thiết "
      f"{rt('@ cùng kỳ', '36,30', '34,31', v='a', stated_txt='bằng 1.058%', note='“1.058%” không đọc được: 1.058% (dấu chấm hàng nghìn) hay gõ nhầm 105,8%; 36,30 / 34,31 × 100 = 105,80%.')} "
      f"(34,31 tỷ đồng).")
    L("2. Thu từ hoạt động xuất nhập khẩu")
    L(f"Thu từ hoạt động xuất nhập khẩu 7.524,07 tỷ đồng, {rt('đạt @% dự toán', '7.524,07', '9.000', dp=2)} "
      f"(9.000 tỷ đồng), "
      f"{rt('tăng @%', '7.524,07', '6.512,30', mode='inc', v='i', stated='115,5', note='Lấy chỉ số so sánh (115,5%) ghi thành mức tăng.')} "
      f"{tm('so với cùng kỳ năm @ (6.512,30', '2024', '2024')} tỷ đồng); trong đó thuế giá trị gia tăng hàng nhập "
      f"khẩu {sb('@ tỷ đồng', '6.215,40', '7.524,07')}, chủ yếu từ nguyên liệu, nhiên liệu nhập khẩu phục vụ sản xuất "
      f"thép tại Khu kinh tế Vũng Áng.")
    L(f"3. Thu ngân sách địa phương: thu ngân sách địa phương được hưởng theo phân cấp 8.915,36 tỷ đồng, "
      f"{sh('bằng @% tổng thu ngân sách nhà nước trên địa bàn', '8.915,36', '17.386,42', v='r')}; thu bổ sung từ ngân "
      f"sách trung ương {sm('@ tỷ đồng', ['5.120,00', '2.742,14'])} (bổ sung cân đối 5.120,00 tỷ đồng, "
      f"{sh('chiếm @%', '5.120,00', '7.862,14')}; bổ sung có mục tiêu 2.742,14 tỷ đồng). Tổng thu ngân sách địa "
      f"phương {sm('@ tỷ đồng', ['8.915,36', '7.862,14'])}.")
    L("II. CHI NGÂN SÁCH ĐỊA PHƯƠNG")
    L(f"Tổng chi ngân sách địa phương 9 tháng {sm('@ tỷ đồng', ['5.418,27', '9.642,71', '12,50', '1,00', '162,00'])}, "
      f"{rt('đạt @% dự toán', '15.236,48', '23.751,70', dp=2, v='r')} (23.751,70 tỷ đồng), "
      f"{rt('bằng @%', '15.236,48', '14.068,90')} "
      f"{tm('so với cùng kỳ năm @ (14.068,90', '2023', '2024', v='i', note='Kỳ 9 tháng 2025 so với cùng kỳ năm 2024.')} "
      f"tỷ đồng) và {rt('bằng @% tổng thu', '15.236,48', '16.777,50', dp=2)} ngân sách địa phương; gồm: chi đầu tư "
      f"phát triển 5.418,27 tỷ đồng, chi thường xuyên 9.642,71 tỷ đồng, chi trả nợ lãi 12,50 tỷ đồng, chi bổ sung quỹ "
      f"dự trữ tài chính 1,00 tỷ đồng, chi từ nguồn dự phòng 162,00 tỷ đồng.")
    L(f"Chi đầu tư phát triển 5.418,27 tỷ đồng, {rt('đạt @% kế hoạch', '5.418,27', '10.262')} vốn năm 2025 "
      f"(10.262 tỷ đồng); trong đó giải ngân vốn ngân sách trung ương {sb('@ tỷ đồng', '1.684,2', '5.418,27')}, vốn ODA "
      f"186,4/412,0 tỷ đồng ({sh('đạt @%', '186,4', '412,0')}). Tỷ lệ giải ngân vốn đầu tư công của tỉnh "
      f"{rt('là @%', '5.418,27', '10.262', dp=2)}, {pt('cao hơn @ điểm phần trăm', '52,80', '47,35')} so với cùng kỳ "
      f"(47,35%) nhưng "
      f"thấp hơn bình quân cả nước (54,42%) {pt('@%', '52,80', '54,42', sign=-1, v='i', stated='1,26', note='Đảo chữ số.')}.")
    L(f"Chi thường xuyên 9.642,71 tỷ đồng, {rt('đạt @% dự toán', '9.642,71', '13.190,50')} (13.190,50 tỷ đồng), "
      f"{df('tăng @ tỷ đồng', '9.642,71', '9.030,26')} so với cùng kỳ (9.030,26 tỷ đồng); trong đó chi sự nghiệp "
      f"giáo dục, đào tạo 3.912,45 tỷ đồng, {sh('chiếm @% chi thường xuyên', '3.912,45', '9.642,71')}; chi sự "
      f"nghiệp y tế, dân số 1.286,30 tỷ đồng, {sh('chiếm @%', '1.286,30', '9.642,71', v='r')}.")
    L(f"Dự phòng ngân sách địa phương năm 2025 là 412,5 tỷ đồng; đến 30/9/2025 đã sử dụng "
      f"{rp('@ tỷ đồng', '162,00', stated='162,0')} ({sh('bằng @%', '162,0', '412,5')}) để khắc phục hậu quả mưa lũ, "
      f"phòng chống dịch bệnh gia súc và hỗ trợ sắp xếp đơn vị hành chính; "
      f"{df('còn lại @ tỷ đồng', '412,5', '162,0')}.")
    L(f"Thực hiện tiết kiệm 10% chi thường xuyên tăng thêm để tạo nguồn cải cách tiền lương "
      f"{sm('@ tỷ đồng', ['201,4', '96,8'], v='a', stated='328,6', note='Phần cấp xã để trống (“...”): 201,4 + 96,8 = 298,2; phần chênh 30,4 có thể là số cấp xã chưa điền.')} "
      f"(cấp tỉnh 201,4 tỷ đồng, cấp huyện 96,8 tỷ đồng, cấp xã ... tỷ đồng).")
    L("III. CÔNG TÁC QUẢN LÝ, ĐIỀU HÀNH NGÂN SÁCH")
    L(f"Công tác thẩm tra quyết toán dự án hoàn thành sử dụng vốn ngân sách: thẩm tra, phê duyệt 214 dự án với giá "
      f"trị đề nghị 3.156,84 tỷ đồng, giá trị phê duyệt 3.112,47 tỷ đồng, "
      f"{df('giảm trừ @ tỷ đồng', '3.156,84', '3.112,47', sign=1)} ({sh('bằng @% giá trị đề nghị', '44,37', '3.156,84')}); "
      f"kiểm soát chi qua Kho bạc Nhà nước đã từ chối thanh toán 126 món chi chưa đủ thủ tục, chủ yếu do thiếu hồ sơ "
      f"nghiệm thu khối lượng.")
    L(f"Dư tạm ứng ngân sách đến 30/9/2025 là 1.024,35 tỷ đồng, "
      f"{df('tăng @ tỷ đồng', '1.024,35', '1.210,55', v='i', note='Dư tạm ứng giảm.')} so với thời điểm 31/12/2024 "
      f"(1.210,55 tỷ đồng). Dư nợ vay của chính quyền địa phương 215,74 tỷ đồng, "
      f"{sh('bằng @% mức dư nợ vay tối đa', '215,74', '5.230', dp=1)} được phép (5.230 tỷ đồng).")
    L(f"Thực hiện mô hình chính quyền địa phương hai cấp, Sở đã hướng dẫn "
      f"{fr('@ huyện, thị xã, thành phố', 13, 13, ref=13)} khóa sổ, quyết toán ngân sách cấp huyện đến 30/6/2025 "
      f"(13 đơn vị hành chính cấp huyện trước sắp xếp); từ ngày 01/7/2025 toàn tỉnh có "
      f"{sm('@ đơn vị hành chính cấp xã', [60, 9])} (60 xã, 09 phường), đến nay "
      f"{fr('@ xã, phường', 58, 69, ref=69)} đã được giao dự toán bổ sung. Toàn tỉnh có "
      f"{sm('@ đơn vị sử dụng ngân sách', [248, 998], v='a', stated='1,246', note='Viết “1,246” (dấu phẩy kiểu Anh): đọc theo vi-VN là 1,246 (không thể với số đơn vị), nhiều khả năng là 1.246 = 248 + 998.')}, "
      f"trong đó cấp tỉnh 248, cấp xã 998; {fr('@ đơn vị dự toán cấp tỉnh', 248, 248, ref=248)} đã được thẩm định "
      f"quyết toán năm 2024.")
    L("IV. ĐÁNH GIÁ CHUNG")
    L(f"Thu ngân sách 9 tháng đạt khá "
      f"({rp('@ tỷ đồng', '17.386,42', v='i', stated='17.368,42', note='Đảo chữ số so với mục I.')}), nhưng chưa "
      f"vững chắc: số thu nội địa "
      f"{rp('đạt @ tỷ đồng', '9.862,35', v='a', stated='6.127,8', note='Thiếu định ngữ: 6.127,80 là thu nội địa không kể tiền sử dụng đất, xổ số kiến thiết; thu nội địa đầy đủ là 9.862,35.')} "
      f"phụ thuộc lớn vào một số doanh nghiệp; chi đầu tư phát triển "
      f"{rp('@ tỷ đồng', '5.418,27')} mới đạt hơn một nửa kế hoạch; dư tạm ứng ngân sách tỉnh hiện còn "
      f"{rp('@ tỷ đồng', '1.024,35', v='a', stated='1.018,6', note='Không ghi thời điểm và phạm vi (ngân sách tỉnh hay toàn bộ): 1.024,35 tỷ đồng là số đến 30/9/2025 của ngân sách địa phương.')}, "
      f"việc thu hồi còn chậm.")
    L("Nguyên nhân: tiến độ bồi thường, giải phóng mặt bằng một số dự án lớn chậm; việc sắp xếp bộ máy, chuyển giao "
      "nhiệm vụ chi từ cấp huyện về cấp xã trong quý III làm gián đoạn một phần công tác thanh toán; thị trường bất "
      "động sản phục hồi chậm, ảnh hưởng đến tiến độ đấu giá quyền sử dụng đất.")
    L("V. NHIỆM VỤ, GIẢI PHÁP 3 THÁNG CUỐI NĂM 2025")
    L(f"Phấn đấu thu ngân sách nhà nước trên địa bàn cả năm 23.150 tỷ đồng, "
      f"{rt('vượt @%', '23.150', '21.500', dp=2, mode='inc')} và {df('vượt @ tỷ đồng', '23.150', '21.500')} so với "
      f"dự toán {rp('HĐND tỉnh giao (@ tỷ đồng)', '21.500')}; như vậy 3 tháng cuối năm "
      f"{df('cần thu thêm @ tỷ đồng', '23.150', '17.386,42')}. Đẩy nhanh giải ngân vốn đầu tư công, phấn đấu đạt trên "
      f"95% kế hoạch; rà soát, thu hồi dứt điểm các khoản tạm ứng quá hạn.")
    L("Tăng cường phối hợp với Cục Thuế, Chi cục Hải quan khu vực trong quản lý nguồn thu; chỉ đạo các xã, phường "
      "mới sắp xếp khẩn trương ổn định bộ máy kế toán ngân sách, mở tài khoản giao dịch tại Kho bạc Nhà nước và "
      "thực hiện dự toán bổ sung được giao.")
    L("Nơi nhận: Bộ Tài chính (b/c); Thường trực Tỉnh ủy, HĐND tỉnh (b/c); UBND tỉnh (b/c); Lưu: VT, QLNS.   GIÁM ĐỐC")
    F(f"Thu nội địa không kể tiền sử dụng đất, xổ số kiến thiết "
      f"{sm('@ tỷ đồng', ['1.245,6', '98,3', '2.386,9', '1.102,4', '312,75', '356,2', '214,15', '411,5'], stated='6.127,80')}, "
      f"chia ra: doanh nghiệp nhà nước trung ương 1.245,6; doanh nghiệp nhà nước địa phương 98,3; "
      f"{rp('doanh nghiệp có vốn đầu tư nước ngoài @', '2.386,9')}; ngoài quốc doanh 1.102,4; thuế thu nhập cá nhân "
      f"312,75; lệ phí trước bạ 356,2; phí, lệ phí 214,15; thu khác 411,5 (đơn vị: tỷ đồng).")
    F(f"Chi thường xuyên "
      f"{sm('@ tỷ đồng', ['3.912,45', '1.286,30', '2.104,18', '864,72', '1.025,40', '467,66'], v='i', stated='9.642,71', note='Có thể khoản đảm bảo xã hội gõ nhầm 864,72 thay cho 846,72.')} "
      f"gồm: giáo dục, đào tạo 3.912,45; y tế, dân số 1.286,30; quản lý hành chính 2.104,18; đảm bảo xã hội 864,72; "
      f"sự nghiệp kinh tế 1.025,40; các khoản chi khác 467,66.")
    F(f"Bổ sung có mục tiêu {sm('@ tỷ đồng', ['1.986,50', '755,64'])} gồm vốn đầu tư 1.986,50 tỷ đồng và kinh phí "
      f"sự nghiệp 755,64 tỷ đồng.")
    return d


# ======================================================================
# Draft 3: Trung tâm Khuyến nông — tổng kết giai đoạn 2021 - 2025
# ======================================================================
def draft3():
    d = Draft(3, 'khuyen-nong-giai-doan-2021-2025', 'Trung tâm Khuyến nông tỉnh — tổng kết giai đoạn 2021 - 2025')
    sm, sb, sh, fr, df, pt, rt, rp, tm = d.sm, d.sb, d.sh, d.fr, d.df, d.pt, d.rt, d.rp, d.tm
    L, F = d.L, d.F
    L("UBND TỈNH NGHỆ AN")
    L("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG - TRUNG TÂM KHUYẾN NÔNG")
    L("Số: .../BC-TTKN                                   Nghệ An, ngày ... tháng 11 năm 2025")
    L("BÁO CÁO")
    L("Tổng kết công tác khuyến nông giai đoạn 2021 - 2025; phương hướng, nhiệm vụ giai đoạn 2026 - 2030")
    L("Thực hiện Công văn số 2456/SNNMT-KHTC ngày 08/10/2025 của Sở Nông nghiệp và Môi trường về việc tổng kết "
      "các chương trình, đề án giai đoạn 2021 - 2025, Trung tâm Khuyến nông báo cáo kết quả như sau:")
    L("I. ĐẶC ĐIỂM TÌNH HÌNH")
    L(f"Trung tâm có 04 phòng chuyên môn và 05 trạm khuyến nông vùng; tổng số viên chức, người lao động là "
      f"{sm('@ người', [48, 8])} (48 viên chức, 08 hợp đồng lao động), trong đó {sb('nữ @ người', 27, 56)}, trình độ "
      f"thạc sĩ 19 người ({sh('chiếm @%', 19, 56)}). Trước ngày 01/7/2025, tỉnh có 21 huyện, thành phố, thị xã; mạng "
      f"lưới khuyến nông cơ sở gồm 318 tổ khuyến nông cộng đồng với 2.544 thành viên "
      f"({rt('bình quân @ thành viên/tổ', '2.544', '318', dp=0, mode='times', unit=' thành viên/tổ')}), hoạt động tại "
      f"{fr('@ huyện, thành phố, thị xã', 19, 21, ref=21)}.")
    L("Công tác chỉ đạo: Trung tâm đã tham mưu UBND tỉnh ban hành Quyết định số 1842/QĐ-UBND ngày 15/6/2021 phê "
      "duyệt Chương trình khuyến nông tỉnh giai đoạn 2021 - 2025 và Kế hoạch số 415/KH-UBND ngày 22/7/2022 về phát "
      "triển mạng lưới khuyến nông cộng đồng; hằng năm xây dựng kế hoạch, phân bổ kinh phí theo Nghị định số "
      "83/2018/NĐ-CP ngày 24/5/2018 của Chính phủ về khuyến nông, bám sát định hướng tái cơ cấu ngành nông nghiệp.")
    L("II. KẾT QUẢ THỰC HIỆN GIAI ĐOẠN 2021 - 2025")
    L("1. Xây dựng mô hình trình diễn")
    L(f"Giai đoạn 2021 - 2025, Trung tâm triển khai {sm('@ mô hình', [186, 94, 48, 37, 47])} trình diễn, "
      f"{df('tăng @ mô hình', 412, 356)} {tm('so với giai đoạn @', '2016 - 2020', '2016 - 2020')} (356 mô hình), "
      f"{rt('bằng @%', 412, 356)}; chia ra: trồng trọt 186 mô hình ({sh('chiếm @%', 186, 412)}), chăn nuôi 94, thủy "
      f"sản 48, lâm nghiệp 37, cơ giới hóa, bảo quản, chế biến 47; trong đó {sb('@ mô hình', 58, 412)} ứng dụng công "
      f"nghệ cao.")
    L(f"Quy mô các mô hình: {sm('@ ha cây trồng', ['3.120,0', '1.245,5', '1.580,0', '900,0'], stated='6.845,5')} "
      f"(lúa 3.120,0 ha, ngô 1.245,5 ha, cây ăn quả 1.580,0 ha, rau màu 900,0 ha), "
      f"{sm('@ con gia súc, gia cầm', ['121.400', '5.800', '1.400'])} (gia cầm 121.400 con, lợn 5.800 con, trâu, bò "
      f"1.400 con) và "
      f"{sm('@ ha mặt nước', ['86,5', '158,2', '124,6'], v='a', stated='312,4', note='Các phần trộn hai cách phân loại (đối tượng nuôi và tiêu chuẩn VietGAP): diện tích VietGAP có thể nằm trong nuôi cá lồng, nuôi tôm; tổng 369,3 > 312,4 không kết luận được.')} "
      f"nuôi trồng thủy sản, trong đó nuôi cá lồng 86,5 ha, nuôi tôm thẻ chân trắng 158,2 ha, nuôi đạt tiêu chuẩn "
      f"VietGAP 124,6 ha.")
    L(f"Các mô hình thu hút 9.826 hộ tham gia, "
      f"{df('tăng @ hộ', '9.826', '8.612')} "
      f"{tm('so với giai đoạn @ (8.612 hộ)', '2011 - 2015', '2016 - 2020', v='i', note='Giai đoạn liền trước của 2021 - 2025 là 2016 - 2020.')}; "
      f"trong đó hộ nghèo, cận nghèo 1.274 hộ, "
      f"{sh('chiếm @%', '1.274', '9.826', v='i', stated='12,79', note='Đảo chữ số.')}; hộ đồng bào dân tộc thiểu số "
      f"2.986 hộ ({sh('bằng @%', '2.986', '9.826', v='r')}); hộ do phụ nữ làm chủ "
      f"{sb('@ hộ', '3.105', '9.826')} ({sh('đạt @%', '3.105', '9.826')}).")
    L(f"Đã có "
      f"{fr('@ mô hình', 287, 421, ref=412, v='i', note='Tổng số mô hình giai đoạn là 412 (gõ đảo thành 421).')} "
      f"được nhân rộng, {sh('đạt tỷ lệ @%', 287, 412)}, "
      f"{pt('tăng @%', '69,66', '61,16')} "
      f"{tm('so với giai đoạn @ (61,16%)', '2016 - 2020', '2016 - 2020')}; diện tích nhân rộng 18.450 ha, "
      f"{rt('gấp @ lần', '18.450', '6.845,5', mode='times')} diện tích mô hình.")
    L(f"Một số mô hình tiêu biểu: sản xuất lúa hữu cơ tại huyện Yên Thành quy mô 50 ha, năng suất bình quân 6,2 "
      f"tấn/ha, {df('cao hơn @ tấn/ha', '6,2', '5,5')} so với ruộng sản xuất đại trà (5,5 tấn/ha), lợi nhuận 27 triệu "
      f"đồng/ha, {rt('tăng @%', 27, 21, mode='inc')} so với đại trà (21 triệu đồng/ha); chăn nuôi gà thả vườn an toàn "
      f"sinh học tại huyện Thanh Chương nuôi 10.000 con, nuôi sống 9.450 con, {sh('đạt tỷ lệ @%', '9.450', '10.000', dp=1)}; "
      f"nuôi cá lồng trên hồ thủy lợi tại huyện Tân Kỳ cho thu nhập ổn định, được nhiều địa phương miền núi nhân rộng.")
    L("2. Đào tạo, tập huấn, hội thảo")
    L(f"Tổ chức {sm('@ lớp tập huấn', [312, '1.542'])} (cấp tỉnh 312 lớp, cấp huyện 1.542 lớp) cho 71.320 lượt nông "
      f"dân ({rt('bình quân @ người/lớp', '71.320', '1.854', mode='times', unit=' người/lớp')}), "
      f"{df('tăng @ lượt', '71.320', '63.860', v='i', stated='8.460', note='Sai một chữ số.')} "
      f"{tm('so với giai đoạn @ (63.860', '2016 - 2020', '2016 - 2020')} lượt); trong đó nữ 38.512 lượt, "
      f"{sh('chiếm @%', '38.512', '71.320')}, {pt('tăng @ điểm phần trăm', '54,00', '50,75')} so với giai đoạn "
      f"trước (50,75%); người dân tộc thiểu số 17.236 lượt ({sh('chiếm @%', '17.236', '71.320', v='r')}).")
    L(f"Tổ chức {sm('@ cuộc hội thảo', [214, 98, 74])} đầu bờ (trồng trọt 214, chăn nuôi 98, thủy sản 74) với "
      f"19.840 lượt người dự; phối hợp đào tạo nghề nông nghiệp cho lao động nông thôn 124 lớp, 4.216 học viên, "
      f"sau đào tạo có 3.590 học viên có việc làm mới hoặc tiếp tục làm nghề cũ với năng suất, thu nhập cao hơn, "
      f"{sh('đạt @%', '3.590', '4.216')}.")
    L(f"3. Thông tin tuyên truyền: phối hợp Đài Phát thanh và Truyền hình tỉnh xây dựng 240 chuyên mục khuyến "
      f"nông; phát hành 60 số bản tin với 72.000 bản "
      f"({rt('bình quân @ bản/số', '72.000', '60', dp=0, mode='times', unit=' bản/số')}); đăng tải 1.862 tin, bài trên trang thông "
      f"tin điện tử của Trung tâm.")
    L(f"4. Chuyển giao tiến bộ kỹ thuật: đưa vào sản xuất 45 tiến bộ kỹ thuật, trong đó "
      f"{sb('@ tiến bộ kỹ thuật', 12, 45)} được Bộ công nhận; {sm('@ giống mới', [38, 17, 29, 24, 18])} (lúa 38, "
      f"ngô 17, cây ăn quả 29, vật nuôi 24, thủy sản 18), giống lúa {sh('chiếm @%', 38, 126)}.")
    L(f"5. Kinh phí: tổng kinh phí thực hiện {sm('@ tỷ đồng', ['42,318', '96,705', '47,429'])}, gồm ngân sách "
      f"trung ương 42,318 tỷ đồng, ngân sách tỉnh 96,705 tỷ đồng ({sh('chiếm @%', '96,705', '186,452')}, "
      f"{df('tăng @ tỷ đồng', '96,705', '75,320')} so với giai đoạn trước là 75,320 tỷ đồng), đối ứng của người dân "
      f"47,429 tỷ đồng ({sh('chiếm @%', '47,429', '186,452', v='r')}, "
      f"{rt('@ so với giai đoạn trước', '47,429', '22,1', mode='inc', v='a', stated_txt='tăng 1.146%', note='“1.146%” không đọc được: 1.146% (dấu chấm hàng nghìn) hay gõ nhầm 114,6%; (47,429 / 22,1 − 1) × 100 = 114,61%.')} "
      f"là 22,1 tỷ đồng); qua 05 năm {rt('bình quân @ tỷ đồng/năm', '186,452', '5', dp=2, mode='times', unit=' tỷ đồng/năm')}. Tổng kinh phí "
      f"{rt('bằng @%', '186,452', '131,08', v='i', stated='124,2', note='Đảo chữ số (142,2 → 124,2).')} giai đoạn "
      f"2016 - 2020 (131,08 tỷ đồng).")
    L(f"6. Liên kết, hợp tác: phối hợp với 14 doanh nghiệp, hợp tác xã bao tiêu sản phẩm cho 96 mô hình "
      f"({sh('chiếm @% tổng số mô hình', 96, 412)}); phối hợp Trung tâm Khuyến nông quốc gia triển khai các dự án "
      f"khuyến nông trung ương trên địa bàn; tham gia chương trình mỗi xã một sản phẩm (OCOP), hỗ trợ chủ thể hoàn "
      f"thiện hồ sơ, tiêu chuẩn sản phẩm.")
    L("III. ĐÁNH GIÁ CHUNG")
    L(f"Giai đoạn 2021 - 2025, Trung tâm được giao 8 chỉ tiêu chủ yếu, hoàn thành {fr('@ chỉ tiêu', 7, 8, ref=8)}. "
      f"Với {rp('@ mô hình', 412)} trình diễn, "
      f"{rp('@ hộ tham gia', '9.826', v='i', stated='9.862', note='Đảo chữ số so với mục II.1.')} và "
      f"{rp('@ lượt nông dân', '71.320', v='a', stated='71,320', txt='71,320', note='Viết “71,320” (dấu phẩy kiểu Anh): theo vi-VN là 71,32 lượt (vô nghĩa), nhiều khả năng là 71.320.')} "
      f"được tập huấn, công tác khuyến nông đã góp phần chuyển đổi cơ cấu cây trồng, vật nuôi. Toàn tỉnh hiện có "
      f"{rp('@ tổ khuyến nông cộng đồng', 318, v='a', stated=324, note='Không rõ 324 tổ “hiện có” có gồm các tổ thành lập trước 2021 hay không; 318 là số tổ ở mục I.')}; "
      f"kinh phí {rp('@ tỷ đồng', '186,452')} được sử dụng đúng mục đích.")
    L("Bài học kinh nghiệm: chọn mô hình phải xuất phát từ nhu cầu của nông dân và lợi thế của từng vùng; gắn mô "
      "hình với liên kết tiêu thụ sản phẩm ngay từ khi xây dựng; phát huy vai trò của tổ khuyến nông cộng đồng và sự "
      "phối hợp với chính quyền cơ sở, Hội Nông dân, Hội Liên hiệp Phụ nữ trong vận động người dân tham gia.")
    L("Hạn chế: một số mô hình quy mô nhỏ, thiếu liên kết tiêu thụ sản phẩm nên khó nhân rộng; kinh phí đối ứng ở "
      "vùng miền núi còn thấp; đội ngũ khuyến nông viên cơ sở biến động nhiều sau khi sắp xếp đơn vị hành chính, "
      "chế độ phụ cấp chưa tương xứng với nhiệm vụ.")
    L("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ GIAI ĐOẠN 2026 - 2030")
    L(f"Xây dựng {sm('@ mô hình', [190, 110, 60, 40, 50])} trình diễn (trồng trọt 190, chăn nuôi 110, thủy sản 60, "
      f"lâm nghiệp 40, cơ giới hóa 50), {df('tăng @ mô hình', 450, 412)} "
      f"{tm('so với giai đoạn @', '2021 - 2025', '2021 - 2025')}; tập huấn 80.000 lượt nông dân, "
      f"{rt('tăng @%', '80.000', '71.320', mode='inc')}; phấn đấu 75% số mô hình được nhân rộng, "
      f"{pt('cao hơn @ điểm phần trăm', '75', '69,66')} so với kết quả giai đoạn 2021 - 2025 (69,66%); ưu tiên mô hình kinh tế tuần hoàn, nông nghiệp hữu cơ, "
      f"chuyển đổi số trong khuyến nông.")
    L("Kiện toàn mạng lưới khuyến nông cơ sở theo mô hình chính quyền địa phương hai cấp; đề nghị UBND tỉnh bố trí "
      "kinh phí khuyến nông địa phương ổn định hằng năm và có cơ chế hỗ trợ đối ứng cho hộ nghèo, hộ đồng bào dân "
      "tộc thiểu số tham gia mô hình.")
    L("Nơi nhận: Sở Nông nghiệp và Môi trường (b/c); Trung tâm Khuyến nông quốc gia (b/c); Lưu: VT, KHTC.   GIÁM ĐỐC")
    F(f"Số mô hình theo năm: "
      f"{sm('tổng @ mô hình', [72, 85, 86, 84, 83], v='i', stated=412, note='Năm 2023 có thể gõ nhầm 86 thay cho 88.')}, "
      f"gồm năm 2021: 72; năm 2022: 85; năm 2023: 86; năm 2024: 84; năm 2025 (ước): 83.")
    F(f"Số lượt nông dân được tập huấn theo năm: "
      f"{sm('@ lượt', ['12.480', '14.350', '15.106', '15.212'], v='a', stated='71.320', note='Năm 2025 để trống (“...”): bốn năm cộng lại 57.148, phần còn lại 14.172 có thể là số năm 2025 chưa điền.')} "
      f"(2021: 12.480; 2022: 14.350; 2023: 15.106; 2024: 15.212; 2025: ...).")
    F(f"Trình độ chuyên môn của {sm('@ viên chức, người lao động', [19, 33, 4])}: thạc sĩ 19, đại học 33, cao đẳng "
      f"04.")
    return d


# ======================================================================
# Draft 4: Văn phòng Đăng ký đất đai — sơ kết 6 tháng đầu năm 2025
# ======================================================================
def draft4():
    d = Draft(4, 'dang-ky-dat-dai-6-thang-2025', 'Văn phòng Đăng ký đất đai tỉnh — sơ kết 6 tháng đầu năm 2025')
    sm, sb, sh, fr, df, pt, rt, rp, tm = d.sm, d.sb, d.sh, d.fr, d.df, d.pt, d.rt, d.rp, d.tm
    L, F = d.L, d.F
    L("UBND TỈNH THANH HÓA")
    L("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG - VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI")
    L("Số: .../BC-VPĐKĐĐ                                   Thanh Hóa, ngày ... tháng 6 năm 2025")
    L("BÁO CÁO")
    L("Sơ kết công tác 6 tháng đầu năm, nhiệm vụ trọng tâm 6 tháng cuối năm 2025")
    L("Thực hiện Luật Đất đai năm 2024; Nghị định số 101/2024/NĐ-CP ngày 29/7/2024 của Chính phủ quy định về điều "
      "tra cơ bản đất đai, đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất và "
      "Hệ thống thông tin đất đai; Kế hoạch số 86/KH-SNNMT ngày 10/3/2025 của Sở Nông nghiệp và Môi trường, Văn phòng "
      "Đăng ký đất đai báo cáo kết quả 6 tháng đầu năm 2025 như sau:")
    L("I. TÌNH HÌNH CHUNG")
    L(f"Văn phòng có 05 phòng chuyên môn và 26 Chi nhánh tại các huyện, thị xã, thành phố; tổng số viên chức, người "
      f"lao động là {sm('@ người', [438, 174])} (viên chức 438, hợp đồng lao động 174), trong đó nữ 267 người "
      f"({sh('chiếm @%', 267, 612, v='r')}), {sb('đảng viên @ người', 358, 612)}, trình độ {sm('đại học trở lên @ người', [38, 486], src=['td4'])} "
      f"({sh('đạt @%', 524, 612)}). Đến nay {fr('@ Chi nhánh', 26, 26, ref=26)} đã kết nối liên thông điện tử với cơ "
      f"quan thuế trong luân chuyển hồ sơ xác định nghĩa vụ tài chính.")
    L("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2025")
    L("1. Tiếp nhận, giải quyết thủ tục hành chính về đất đai")
    L(f"Tổng số hồ sơ phải giải quyết trong kỳ là {sm('@ hồ sơ', ['4.218', '82.194'])}, gồm 4.218 hồ sơ kỳ trước "
      f"chuyển sang và 82.194 hồ sơ tiếp nhận mới; số hồ sơ tiếp nhận mới {df('tăng @ hồ sơ', '82.194', '74.858')}, "
      f"{rt('tương ứng @%', '82.194', '74.858', mode='inc')} {tm('so với cùng kỳ năm @ (74.858', '2024', '2024')} hồ "
      f"sơ). Tiếp nhận trực tuyến 24.850 hồ sơ, {sh('chiếm @% số hồ sơ tiếp nhận mới', '24.850', '82.194')}, "
      f"{rt('gấp @ lần', '24.850', '12.410', mode='times')} cùng kỳ (12.410 hồ sơ).")
    L(f"Trong {sm('@ hồ sơ tiếp nhận mới', ['38.652', '29.417', '3.846', '6.725', '3.554'])} có: đăng ký biến động "
      f"(chuyển nhượng, tặng cho, thừa kế) 38.652 hồ sơ; đăng ký thế chấp, xóa đăng ký thế chấp 29.417 hồ sơ, "
      f"{sh('chiếm @%', '29.417', '82.194')}; cấp Giấy chứng nhận lần đầu 3.846 hồ sơ "
      f"({sh('tương đương @%', '3.846', '82.194')}); cấp đổi, cấp lại 6.725 hồ sơ; cung cấp thông tin đất đai 3.554 "
      f"hồ sơ. Hồ sơ thế chấp "
      f"{rt('tăng @%', '29.417', '24.812', mode='inc', v='i', stated='15,7', note='Tính nhầm trên số kỳ này: (29.417 − 24.812) / 29.417 = 15,65%.')} "
      f"so với cùng kỳ (24.812 hồ sơ) do tín dụng ngân hàng phục hồi.")
    L(f"Biểu 02 kèm theo (đơn vị tính: hồ sơ; cột 1 tiếp nhận mới, cột 2 đã giải quyết, cột 3 = cột 2 / cột 1 × "
      f"100): đăng ký biến động 38.652 | {sb('@ |', '36.918', '38.652')} {sh('@%;', '36.918', '38.652')} thế chấp, "
      f"xóa thế chấp 29.417 | {sb('@ |', '29.402', '29.417')} {sh('@%;', '29.402', '29.417')} cấp Giấy chứng nhận "
      f"lần đầu 3.846 | {sb('@ |', '3.117', '3.846')} {sh('@%.', '3.117', '3.846')}")
    L(f"Đã giải quyết {sm('@ hồ sơ', ['79.508', '1.427'])}, {sh('đạt @%', '80.935', '86.412')} tổng số hồ sơ phải "
      f"giải quyết, trong đó đúng hạn 79.508 hồ sơ ({sh('chiếm @%', '79.508', '80.935')}), quá hạn 1.427 hồ sơ "
      f"({sh('chiếm @% số hồ sơ đã giải quyết', '1.427', '80.935', v='i', stated='1,65', note='Tính trên 86.412 hồ sơ phải giải quyết (1.427 / 86.412 = 1,65%), không cùng cơ số với tỷ lệ đúng hạn: 98,24% + 1,65% ≠ 100%.')}), "
      f"{df('giảm @ hồ sơ', '1.427', '1.739')} quá hạn so với cùng kỳ (1.739 hồ sơ); "
      f"{df('đang giải quyết @ hồ sơ', '86.412', '80.935')} chưa đến hạn trả kết quả.")
    L(f"Tỷ lệ giải quyết đúng hạn 98,24%, {pt('cao hơn @ điểm phần trăm', '98,24', '96,87')} "
      f"{tm('so với cùng kỳ năm @ (96,87%)', '2023', '2024', v='i', note='Sơ kết 6 tháng 2025 so với cùng kỳ năm 2024.')}; "
      f"{fr('@ Chi nhánh', 24, 26, ref=26)} có tỷ lệ đúng hạn trên 98%. Số hồ sơ chưa giải quyết xong chuyển kỳ sau "
      f"(5.477 hồ sơ) "
      f"{df('giảm @ hồ sơ', '5.477', '4.218', v='i', stated=386, right='tăng 1.259', note='Số tồn cuối kỳ lớn hơn đầu kỳ: phải là tăng 1.259 hồ sơ.')} "
      f"so với đầu kỳ.")
    L(f"Trong {sm('@ hồ sơ quá hạn', [812, 534, 196, 62], v='a', stated='1.427', note='Các nhóm nguyên nhân có thể trùng nhau (một hồ sơ vừa chậm đo đạc vừa vướng nguồn gốc đất) và “hồ sơ của tổ chức” là cách phân loại khác; tổng 1.604 > 1.427 không kết luận được.')} "
      f"có 812 hồ sơ do chậm đo đạc, trích lục thửa đất; 534 hồ sơ do vướng mắc nguồn gốc, ranh giới sử dụng đất; "
      f"196 hồ sơ do người sử dụng đất chậm thực hiện nghĩa vụ tài chính; 62 hồ sơ của tổ chức.")
    L(f"2. Cấp Giấy chứng nhận: cấp {sm('@ Giấy chứng nhận', ['37.769', '3.517'])}, trong đó đăng ký biến động, cấp "
      f"đổi, cấp lại 37.769 giấy, cấp "
      f"{sm('lần đầu @ giấy', ['3.402', '151'], v='i', stated='3.517', note='Có thể số giấy cấp cho tổ chức gõ đảo 115 thành 151.')} "
      f"(hộ gia đình, cá nhân 3.402 giấy; tổ chức 151 giấy), {rt('tăng @%', '3.517', '3.118', mode='inc')} so với "
      f"cùng kỳ (3.118 giấy); diện tích cấp lần đầu 1.248,63 ha, {rt('đạt @% kế hoạch', '1.248,63', '1.412,5')} "
      f"(1.412,5 ha), trong đó {sb('đất ở @ ha', '186,42', '1.248,63')}.")
    L(f"3. Xây dựng cơ sở dữ liệu đất đai: toàn tỉnh có 547 đơn vị hành chính cấp xã; đến nay đã xây dựng cơ sở dữ "
      f"liệu địa chính cho "
      f"{fr('@ xã', 386, 574, ref=547, v='i', note='Tỉnh có 547 xã (gõ đảo thành 574).')}, "
      f"{sh('đạt @%', 386, 547, v='r')}, {df('tăng @ xã', 386, 344)} so với cuối năm 2024 (344 xã); 6 tháng thực "
      f"hiện 42 xã, {rt('đạt @% kế hoạch năm', 42, 80)} (80 xã); chỉnh lý biến động 58.420 thửa đất.")
    L(f"4. Thu phí, giá dịch vụ: tổng thu "
      f"{sm('@ tỷ đồng', ['12,315', '3,204'], v='a', stated='28,465', note='Khoản giá dịch vụ đo đạc để trống (“...”): 12,315 + 3,204 = 15,519; phần chênh 12,946 có thể là khoản chưa điền.')} "
      f"(phí thẩm định hồ sơ 12,315 tỷ đồng, giá dịch vụ đo đạc, trích đo ... tỷ đồng, dịch vụ cung cấp thông tin "
      f"3,204 tỷ đồng), {rt('tăng @%', '28,465', '25,108', mode='inc')} so với cùng kỳ (25,108 tỷ đồng); nộp ngân sách "
      f"nhà nước 9,862 tỷ đồng ({sh('bằng @%', '9,862', '28,465', v='r')} tổng thu), "
      f"{df('tăng @ tỷ đồng', '9,862', '8,648')} so với cùng kỳ (8,648 tỷ đồng).")
    L(f"5. Giải quyết đơn thư: tiếp nhận 312 đơn, {rt('giảm @%', 312, 382, mode='inc')} so với cùng kỳ (382 đơn), "
      f"trong đó {sb('@ đơn', 176, 312)} thuộc thẩm quyền; đã giải quyết 298 đơn, {sh('đạt @%', 298, 312)}, "
      f"{df('còn @ đơn', 312, 298)} đang xác minh.")
    L(f"6. Đo đạc, chuyển đổi số: thực hiện trích đo địa chính 12.846 thửa, trong đó trích đo phục vụ bồi thường, "
      f"giải phóng mặt bằng các dự án trọng điểm 4.128 thửa ({sh('chiếm @%', '4.128', '12.846')}); số hóa 1,26 triệu "
      f"trang hồ sơ địa chính, {rt('đạt @% kế hoạch năm', '1,26', '2', dp=0)} (2 triệu trang); vận hành thử nghiệm "
      f"phần mềm một cửa điện tử liên thông giữa Chi nhánh, cơ quan thuế và Kho bạc Nhà nước tại 05 huyện.")
    L("Công tác phối hợp: thường xuyên phối hợp với Cục Thuế, các ngân hàng thương mại, Văn phòng công chứng trong "
      "trao đổi thông tin về đăng ký biến động, đăng ký biện pháp bảo đảm; phối hợp UBND các huyện rà soát hồ sơ tồn "
      "đọng, tổ chức đối thoại với người dân có hồ sơ quá hạn và xin lỗi bằng văn bản theo quy định.")
    L("III. ĐÁNH GIÁ CHUNG")
    L(f"Sáu tháng đầu năm, Văn phòng đã giải quyết khối lượng lớn hồ sơ "
      f"({rp('@ hồ sơ phải giải quyết', '86.412', v='i', stated='84.612', note='Đảo chữ số so với mục II.1.')}), "
      f"tỷ lệ đúng hạn {rp('đạt @%', '98,24')}; hồ sơ trực tuyến tăng mạnh ({rp('@ hồ sơ', '24.850')}); hồ sơ "
      f"đăng ký biến động vẫn chiếm tỷ trọng lớn nhất "
      f"({sh('@%', '38.652', '86.412', v='a', note='Không nêu cơ số: 38.652 / 86.412 hồ sơ phải giải quyết = 44,73%, nhưng cơ cấu loại hồ sơ chỉ có cho 82.194 hồ sơ tiếp nhận mới (38.652 / 82.194 = 47,03%).')}). "
      f"Tuy nhiên vẫn còn "
      f"{rp('@ hồ sơ quá hạn', '1.427', v='a', stated='1,427', txt='1,427', note='Viết “1,427” (dấu phẩy): theo vi-VN là 1,427 hồ sơ (vô nghĩa), nhiều khả năng là 1.427 như mục II.1.')}, "
      f"{rp('@ hồ sơ', '5.477')} chưa đến hạn chuyển sang kỳ sau; toàn tỉnh đã cấp "
      f"{rp('@ Giấy chứng nhận (bao gồm cả cấp đổi cho tổ chức)', '41.286', v='a', stated='41.628', note='Định ngữ “bao gồm cả cấp đổi cho tổ chức” cho thấy có thể là phạm vi khác 41.286 giấy ở mục II.2; không đủ căn cứ kết luận.')}.")
    L("Tồn tại, hạn chế: một số Chi nhánh còn để hồ sơ quá hạn, chủ yếu ở khâu đo đạc, xác minh nguồn gốc đất; "
      "dữ liệu địa chính ở nhiều xã chưa được chỉnh lý thường xuyên; hạ tầng công nghệ thông tin, đường truyền tại "
      "một số Chi nhánh chưa đáp ứng yêu cầu vận hành cơ sở dữ liệu đất đai; nhân lực đo đạc còn thiếu so với khối "
      "lượng công việc.")
    L("Nguyên nhân: khối lượng hồ sơ tăng trong khi biên chế không tăng; hệ thống văn bản hướng dẫn Luật Đất đai năm "
      "2024 mới ban hành, một số nội dung còn vướng mắc khi áp dụng; việc sắp xếp đơn vị hành chính cấp xã làm phát "
      "sinh nhu cầu chỉnh lý địa danh trên hồ sơ địa chính.")
    L("IV. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2025")
    L(f"Phấn đấu cấp lần đầu thêm 4.000 Giấy chứng nhận, nâng tổng số cả năm lên "
      f"{sm('@ giấy', ['3.517', '4.000'])} (6 tháng đầu năm đã cấp 3.517 giấy); hoàn thành cơ sở dữ liệu địa chính {df('cho @ xã còn lại', 80, 42)} của kế "
      f"hoạch năm; nâng tỷ lệ hồ sơ tiếp nhận trực tuyến lên 40%, {pt('cao hơn @ điểm phần trăm', '40', '30,23')} so "
      f"với 6 tháng đầu năm; tỷ lệ giải quyết đúng hạn đạt trên 98,5%.")
    L(f"Chuẩn bị phương án tổ chức lại các Chi nhánh phù hợp với "
      f"{sm('@ đơn vị hành chính cấp xã', [147, 19])} (147 xã, 19 phường) sau sắp xếp từ ngày 01/7/2025; bàn giao hồ "
      f"sơ địa chính, cơ sở dữ liệu cho các xã, phường mới; tập huấn nghiệp vụ đăng ký đất đai cho công chức địa "
      f"chính cấp xã.")
    L("Kiến nghị Sở Nông nghiệp và Môi trường bố trí kinh phí nâng cấp hạ tầng mạng, máy chủ; bổ sung số lượng người "
      "làm việc cho các Chi nhánh có khối lượng hồ sơ lớn.")
    L("Nơi nhận: Sở Nông nghiệp và Môi trường (b/c); các Chi nhánh; Lưu: VT, HCTH.   GIÁM ĐỐC")
    F(f"Các Chi nhánh có số hồ sơ lớn: thành phố Thanh Hóa 14.628 hồ sơ "
      f"({sh('chiếm @% tổng số hồ sơ phải giải quyết', '14.628', '86.412')}), thành phố Sầm Sơn 5.214 hồ sơ "
      f"({sh('chiếm @%', '5.214', '86.412')}), huyện Quảng Xương 4.967 hồ sơ, huyện Hoằng Hóa 4.812 hồ sơ.")
    F(f"Hồ sơ quá hạn {sm('@ hồ sơ', [486, 312, 198, 431])} phân theo Chi nhánh: thành phố Thanh Hóa 486, thị xã "
      f"Nghi Sơn 312, huyện Đông Sơn 198, các Chi nhánh còn lại 431.")
    F(f"Trình độ của {sm('@ viên chức, người lao động', [38, 486, 88])}: thạc sĩ 38, đại học 486, cao đẳng, trung cấp "
      f"88.", key='td4')
    return d


# ======================================================================
# Draft 5: Hội Liên hiệp Văn học Nghệ thuật — báo cáo đại hội nhiệm kỳ 2020 - 2025
# ======================================================================
def draft5():
    d = Draft(5, 'vhnt-dai-hoi-nhiem-ky-2020-2025',
              'Hội Liên hiệp Văn học Nghệ thuật tỉnh — báo cáo đại hội nhiệm kỳ 2020 - 2025')
    sm, sb, sh, fr, df, pt, rt, rp, tm = d.sm, d.sb, d.sh, d.fr, d.df, d.pt, d.rt, d.rp, d.tm
    L, F = d.L, d.F
    L("HỘI LIÊN HIỆP VĂN HỌC NGHỆ THUẬT TỈNH LẠNG SƠN")
    L("BAN CHẤP HÀNH KHÓA VII")
    L("Số: .../BC-VHNT                                   Lạng Sơn, ngày ... tháng 9 năm 2025")
    L("BÁO CÁO CHÍNH TRỊ")
    L("Kết quả thực hiện Nghị quyết Đại hội lần thứ VII, nhiệm kỳ 2020 - 2025; phương hướng, nhiệm vụ nhiệm kỳ "
      "2025 - 2030 (Dự thảo trình Đại hội đại biểu Hội Liên hiệp Văn học Nghệ thuật tỉnh lần thứ VIII)")
    L("Nhiệm kỳ 2020 - 2025 diễn ra trong bối cảnh đại dịch COVID-19 tác động nặng nề đến đời sống xã hội và hoạt "
      "động văn học nghệ thuật; được sự quan tâm lãnh đạo của Tỉnh ủy, sự chỉ đạo của UBND tỉnh theo Kết luận số "
      "84-KL/TW ngày 21/7/2020 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 23-NQ/TW, Ban Chấp hành Hội đã "
      "lãnh đạo các chi hội, hội viên vượt qua khó khăn, hoàn thành cơ bản các mục tiêu Đại hội đề ra.")
    L("PHẦN THỨ NHẤT: KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ 2020 - 2025")
    L("1. Công tác xây dựng tổ chức Hội và phát triển hội viên")
    L(f"Đến ngày 30/6/2025, Hội có {sm('@ hội viên', [352, 112, -26])} (đầu nhiệm kỳ 352 hội viên, kết nạp mới 112, "
      f"giảm 26) sinh hoạt tại 08 chi hội chuyên ngành; {fr('@ chi hội', 8, 8, ref=8)} tổ chức đại hội, hội nghị "
      f"kiện toàn đúng quy định và {fr('@ huyện, thành phố', 11, 11, ref=11)} của tỉnh (11 huyện, thành phố) có "
      f"cộng tác viên của Hội. Số hội viên giảm trong nhiệm kỳ {sm('@ người', [17, 9], stated=26)} (từ trần 17, "
      f"chuyển sinh hoạt, xin thôi 09).")
    L(f"Trong tổng số hội viên có 171 nữ ({sh('chiếm @%', 171, 438)}), "
      f"{pt('tỷ lệ nữ tăng @%', '39,04', '36,84', v='i', stated='3,2', note='Đọc tương đối: 5,97%, cũng không khớp.')} "
      f"so với đầu nhiệm kỳ (36,84%); {sm('@ hội viên là người dân tộc thiểu số', [148, 97, 12, 6])} "
      f"({sh('bằng @%', 263, 438, v='r')}), gồm Tày 148 ({sh('chiếm @% hội viên dân tộc thiểu số', 148, 263)}), "
      f"Nùng 97, Dao 12, dân tộc khác 06; hội viên dưới 40 tuổi 54 người "
      f"({sh('chiếm @%', 54, 438, v='i', stated='12,83', note='Sai một chữ số (12,33%).')}), "
      f"{df('giảm @ người', 54, 65, v='i', stated=8)} so với đầu nhiệm kỳ (65 người).")
    L(f"Trong {rp('@ hội viên mới', 112)} có {sb('nữ @ người', 52, 112)}, {sb('người dân tộc thiểu số @', 71, 112)}, "
      f"{sb('dưới 40 tuổi @ người', 38, 112)}. Hội viên đồng thời là hội viên các Hội chuyên ngành Trung ương "
      f"{sb('@ người', 97, 438)}, {df('tăng @ người', 97, 76)} "
      f"{tm('so với cuối nhiệm kỳ @ (76 người)', '2015 - 2020', '2015 - 2020')}.")
    L(f"Ban Chấp hành khóa VII được Đại hội bầu 21 ủy viên, trong đó {sb('nữ @ đồng chí', 7, 21)}, "
      f"{sb('dân tộc thiểu số @ đồng chí', 13, 21)}; trong nhiệm kỳ có 03 đồng chí nghỉ hưu, chuyển công tác, bổ sung "
      f"02 đồng chí, {sm('hiện có @ ủy viên', [21, -3, 2])}.")
    L(f"Công tác lãnh đạo, chỉ đạo: Ban Chấp hành tổ chức {sm('@ hội nghị', [10, 2])} (thường kỳ 10, bất thường "
      f"02), Ban Thường vụ họp 38 phiên; ban hành Quy chế làm việc của Ban Chấp hành khóa VII, Quy chế xét tặng "
      f"Giải thưởng Văn học nghệ thuật tỉnh (Quyết định số 27/QĐ-VHNT ngày 14/3/2022) và quy định về hỗ trợ tác "
      f"phẩm, công trình có giá trị; duy trì sinh hoạt chi hội định kỳ hằng quý.")
    L("2. Hoạt động sáng tác, quảng bá tác phẩm")
    L(f"Nhiệm kỳ qua, hội viên đã sáng tác, công bố "
      f"{sm('@ tác phẩm, công trình', ['1.912', 684, 402, '2.106', 48, 96, 518, 80], v='i', stated='5.864', note='Tổng viết đảo chữ số (5.846 → 5.864).')} "
      f"(chia ra: văn học 1.912, âm nhạc 684, mỹ thuật 402, nhiếp ảnh 2.106, sân khấu 48, múa 96, văn nghệ dân gian 518 công "
      f"trình sưu tầm, kiến trúc 80). Xuất bản {sm('@ đầu sách', [98, 48])}, trong đó Hội hỗ trợ xuất bản 98 đầu "
      f"sách ({sh('chiếm @%', 98, 146)}), hội viên tự xuất bản 48; số đầu sách "
      f"{rt('gấp @ lần', 146, 112, mode='times', v='i', stated='1,5', note='Đúng là 1,3 lần.')} "
      f"{tm('nhiệm kỳ @ (112 đầu sách)', '2015 - 2020', '2015 - 2020')}.")
    L(f"Tổ chức {sm('@ trại sáng tác', [30, 12])} (Hội tổ chức 30 trại, phối hợp với các Hội chuyên ngành Trung ương "
      f"12 trại) với "
      f"{sm('@ lượt hội viên', [168, 142, 236, 98], v='a', stated=612, note='Có trại liên ngành: một hội viên có thể được tính ở hai chuyên ngành; tổng 644 > 612 không đủ kết luận sai.')} "
      f"tham gia, trong đó văn học 168 lượt, mỹ thuật 142 lượt, nhiếp ảnh 236 lượt, âm nhạc 98 lượt; "
      f"tổ chức {sm('@ cuộc triển lãm', [21, 33, 4])} (mỹ thuật 21, nhiếp ảnh 33, kiến trúc 04) và 126 chương trình "
      f"biểu diễn phục vụ nhiệm vụ chính trị.")
    L(f"Tạp chí Văn nghệ xứ Lạng xuất bản 30 số với 36.000 bản "
      f"({rt('bình quân @ bản/số', '36.000', 30, dp=0, mode='times', unit=' bản/số')}), "
      f"{rt('@ so với nhiệm kỳ trước', '36.000', '32.000', mode='inc', v='a', stated_txt='tăng 1.125%', note='“1.125%” không đọc được: 1.125% hay gõ nhầm 112,5% (chỉ số) hoặc 11,25%; (36.000 / 32.000 − 1) × 100 = 12,5%.')} "
      f"(32.000 bản); trang thông tin điện tử đăng 2.460 tin, bài với 1,86 triệu lượt truy cập, "
      f"{rt('gấp @ lần', '1,86', '0,6', mode='times')} nhiệm kỳ trước (0,6 triệu lượt).")
    L(f"Chi hội Văn nghệ dân gian sưu tầm, nghiên cứu {rp('@ công trình', 518)} về văn hóa các dân tộc Tày, Nùng, "
      f"Dao, trong đó {sb('@ công trình', 36, 518)} được Hội Văn nghệ dân gian Việt Nam xuất bản; công tác lý luận, "
      f"phê bình có chuyển biến với 15 hội thảo, tọa đàm và nhiều bài viết đăng trên Tạp chí, góp phần định hướng "
      f"sáng tác. Hội phối hợp với Sở Văn hóa, Thể thao và Du lịch, Báo Lạng Sơn, Đài Phát thanh và Truyền hình tỉnh "
      f"quảng bá tác phẩm của hội viên tới công chúng, nhất là vùng biên giới.")
    L("3. Giải thưởng, danh hiệu")
    L(f"Hội viên đạt {sm('@ giải thưởng', [37, 58, 119])}, gồm giải quốc gia, quốc tế 37 giải "
      f"({sh('chiếm @%', 37, 214)}), giải khu vực 58 giải, giải cấp tỉnh 119 giải; {df('tăng @ giải', 214, 173)} "
      f"{tm('so với nhiệm kỳ @ (173 giải)', '2010 - 2015', '2015 - 2020', v='i', note='Nhiệm kỳ liền trước của 2020 - 2025 là 2015 - 2020.')}, "
      f"{rt('bằng @%', 214, 173, v='r')}. Hội viên người dân tộc thiểu số đạt 52 giải, "
      f"{sh('chiếm @%', 52, 214, dp=1)} tổng số giải.")
    L(f"Giải thưởng Văn học nghệ thuật tỉnh Lạng Sơn năm 2023 có 412 tác phẩm dự xét, trao giải cho "
      f"{sm('@ tác phẩm', [8, 22, 31, 35])} ({sh('bằng @% số tác phẩm dự xét', 96, 412)}), gồm 08 giải A, 22 giải "
      f"B, 31 giải C, 35 giải khuyến khích; hội viên trẻ đạt 31 giải, "
      f"{sh('chiếm @%', 31, 204, dp=1, v='a', need=[31, 96, 214], note='Không rõ cơ số: 31 / 96 giải tỉnh năm 2023 = 32,3%; 31 / 214 giải cả nhiệm kỳ = 14,5%; 15,2% ứng với cơ số 204 không có trong văn bản.')}. "
      f"Nhà nước phong tặng {sm('@ danh hiệu', [1, 12, 3])} cho hội viên (01 Nghệ nhân nhân dân, 12 Nghệ nhân ưu tú, "
      f"03 Nghệ sĩ ưu tú).")
    L("4. Kinh phí hoạt động")
    L(f"Tổng kinh phí hoạt động nhiệm kỳ "
      f"{sm('@ tỷ đồng', ['26,415', '4,250'], v='a', stated='31,865', note='Nguồn xã hội hóa để trống (“...”): 26,415 + 4,250 = 30,665; phần chênh 1,200 có thể là nguồn chưa điền.')} "
      f"(ngân sách tỉnh 26,415 tỷ đồng, Trung ương hỗ trợ sáng tác 4,250 tỷ đồng, xã hội hóa ... tỷ đồng), "
      f"{rt('bình quân @ tỷ đồng/năm', '31,865', 5, dp=3, mode='times', unit=' tỷ đồng/năm')} trong 05 năm, "
      f"{df('tăng @ tỷ đồng', '31,865', '23,453')} so với nhiệm kỳ trước (23,453 tỷ đồng); kinh phí hỗ trợ sáng tác "
      f"{sh('chiếm @%', '4,250', '31,865', v='r')}.")
    L("5. Đánh giá chung")
    L(f"Với {rp('@ hội viên', 438, v='i', stated=483, note='Đảo chữ số so với mục 1.')}, "
      f"{rp('@ giải thưởng', 214)} và {rp('@ đầu sách', 146)} được xuất bản, đội ngũ văn nghệ sĩ của tỉnh đã có "
      f"bước trưởng thành; Giải thưởng Văn học nghệ thuật tỉnh trao cho {rp('@ tác phẩm', 96)} có chất lượng. Hiện "
      f"có "
      f"{rp('@ hội viên Hội chuyên ngành Trung ương', 97, v='a', stated=101, note='Không ghi thời điểm, không rõ có tính hội viên mới được kết nạp sau 30/6/2025 hay không; mục 1 ghi 97 người.')} "
      f"đủ điều kiện đề nghị xét tặng danh hiệu, giải thưởng cấp nhà nước.")
    L("Hạn chế: chưa có nhiều tác phẩm có giá trị cao về tư tưởng và nghệ thuật phản ánh công cuộc đổi mới ở vùng "
      "biên giới; đội ngũ hội viên trẻ còn ít, một số chuyên ngành như sân khấu, múa, lý luận phê bình thiếu người kế "
      "cận; cơ sở vật chất, trụ sở làm việc của Hội xuống cấp.")
    L("Bài học kinh nghiệm: phải bám sát sự lãnh đạo của cấp ủy, chủ động tham mưu cơ chế, chính sách; chăm lo lực "
      "lượng sáng tác trẻ, người dân tộc thiểu số; đổi mới phương thức hoạt động, ứng dụng công nghệ số trong quảng "
      "bá tác phẩm; phát huy trách nhiệm của từng ủy viên Ban Chấp hành, từng chi hội.")
    L("PHẦN THỨ HAI: PHƯƠNG HƯỚNG, NHIỆM VỤ NHIỆM KỲ 2025 - 2030")
    L(f"Mục tiêu: đến năm 2030 Hội có 520 hội viên, {df('tăng @ hội viên', 520, 438)} so với thời điểm 30/6/2025; "
      f"tỷ lệ hội viên dưới 40 tuổi đạt 15%, {pt('cao hơn @ điểm phần trăm', '15', '12,33')} so với hiện nay "
      f"(12,33%); 100% chi hội sinh hoạt định kỳ; mỗi chuyên ngành có tác phẩm đạt giải cấp quốc gia.")
    L(f"Phấn đấu kết nạp 120 hội viên mới, {df('tăng @ hội viên', 120, 112)} "
      f"{tm('so với nhiệm kỳ @', '2020 - 2025', '2020 - 2025')}; hội viên đạt 250 giải thưởng các cấp, "
      f"{rt('tăng @%', 250, 214, mode='inc')}; mỗi năm tổ chức ít nhất 06 trại sáng tác; nâng chất lượng Tạp chí Văn "
      f"nghệ xứ Lạng và trang thông tin điện tử của Hội.")
    L("Đại hội lần thứ VIII có 150 đại biểu được triệu tập; đề nghị Đại hội thảo luận, bổ sung để Ban Chấp hành khóa "
      "VIII hoàn chỉnh báo cáo và tổ chức thực hiện.")
    L(f"Cơ cấu đại biểu: {sm('@ đại biểu', [20, 124, 6])} gồm 20 đại biểu đương nhiên là ủy viên Ban Chấp hành, 124 "
      f"đại biểu do các chi hội bầu, 06 đại biểu chỉ định.")
    L("BAN CHẤP HÀNH HỘI LIÊN HIỆP VĂN HỌC NGHỆ THUẬT TỈNH LẠNG SƠN KHÓA VII")
    F(f"Hội viên theo chuyên ngành: {sm('tổng số @ hội viên', [86, 72, 41, 94, 38, 29, 58, 20])}: văn học 86 "
      f"({sh('chiếm @%', 86, 438)}), âm nhạc 72, mỹ thuật 41, nhiếp ảnh 94 ({sh('bằng @%', 94, 438)}), sân khấu - "
      f"điện ảnh 38, múa 29, văn nghệ dân gian 58, kiến trúc 20.")
    return d


# ======================================================================
# Draft 6: Ban Quản lý dự án đầu tư xây dựng — báo cáo năm 2024
# ======================================================================
def draft6():
    d = Draft(6, 'ban-qlda-xay-dung-nam-2024', 'Ban Quản lý dự án đầu tư xây dựng tỉnh — báo cáo năm 2024')
    sm, sb, sh, fr, df, pt, rt, rp, tm = d.sm, d.sb, d.sh, d.fr, d.df, d.pt, d.rt, d.rp, d.tm
    L, F = d.L, d.F
    L("UBND TỈNH QUẢNG NINH")
    L("BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG CÁC CÔNG TRÌNH DÂN DỤNG VÀ CÔNG NGHIỆP")
    L("Số: .../BC-BQLDA                                   Quảng Ninh, ngày ... tháng 02 năm 2025")
    L("BÁO CÁO")
    L("Kết quả thực hiện nhiệm vụ năm 2024, kế hoạch năm 2025")
    L("Thực hiện Quyết định số 4156/QĐ-UBND ngày 20/12/2023 của UBND tỉnh về giao kế hoạch đầu tư công năm 2024 và "
      "Quyết định số 2318/QĐ-UBND ngày 15/8/2024 về điều chỉnh, bổ sung kế hoạch vốn năm 2024, Ban Quản lý dự án "
      "báo cáo kết quả thực hiện nhiệm vụ năm 2024 như sau:")
    L("I. KHÁI QUÁT CHUNG")
    L(f"Ban có 05 phòng chuyên môn; tổng số viên chức, người lao động {sm('@ người', [41, 23])} (41 viên chức, 23 "
      f"hợp đồng lao động), trong đó {sb('nữ @ người', 91, 64, v='i', right='19', note='Số nữ lớn hơn tổng số 64 người; chú thích ghi lao động nữ 19 người (12 + 07): gõ đảo 19 thành 91.')}; kỹ sư các chuyên ngành 52 người "
      f"({sh('chiếm @%', 52, 64)}), thạc sĩ 14 người ({sh('chiếm @%', 14, 64)}); "
      f"{sb('@ người', 38, 64)} có chứng chỉ hành nghề quản lý dự án hạng I, II.")
    L(f"Năm 2024, Ban được giao quản lý {sm('@ dự án', [27, 12, 9])} với tổng mức đầu tư 18.642,75 tỷ đồng, gồm 27 "
      f"dự án chuyển tiếp ({sh('chiếm @%', 27, 48)}), 12 dự án khởi công mới ({sh('bằng @%', 12, 48, dp=1)}) và 09 "
      f"dự án chuẩn bị đầu tư; trong đó {sb('@ dự án', 3, 48)} sử dụng vốn ODA, "
      f"{sb('@ dự án trọng điểm', 8, 48)} của tỉnh.")
    L("Công tác chỉ đạo, điều hành: Ban kiện toàn các tổ công tác theo từng dự án, giao trách nhiệm cụ thể cho lãnh "
      "đạo Ban và trưởng phòng; xây dựng kế hoạch giải ngân chi tiết theo tháng, quý; áp dụng mô hình thông tin công "
      "trình (BIM) thí điểm tại 02 dự án; thường xuyên báo cáo UBND tỉnh các vướng mắc vượt thẩm quyền.")
    L("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024")
    L("1. Kế hoạch vốn và giải ngân")
    L(f"Tổng kế hoạch vốn năm 2024 được giao {sm('@ tỷ đồng', ['3.450,00', '412,40'])} (giao đầu năm 3.450,00 tỷ "
      f"đồng, bổ sung theo Quyết định số 2318/QĐ-UBND 412,40 tỷ đồng), trong đó ngân sách tỉnh 3.105,60 tỷ đồng "
      f"({sh('chiếm @%', '3.105,60', '3.862,40')}), ngân sách trung ương 486,80 tỷ đồng, vốn ODA 270,00 tỷ đồng "
      f"({sh('chiếm @%', '270,00', '3.862,40')}).")
    L(f"Đến ngày 31/12/2024 giải ngân 3.201,84 tỷ đồng, {rt('đạt @%', '3.201,84', '3.862,40', dp=2)}; đến hết thời "
      f"gian thanh toán (31/01/2025) giải ngân {sm('@ tỷ đồng', ['2.912,35', '421,56', '184,35'])}, "
      f"{rt('đạt @% kế hoạch', '3.518,26', '3.862,40', dp=2)}, {df('tháng 01/2025 giải ngân thêm @ tỷ đồng', '3.518,26', '3.201,84')}; "
      f"cụ thể: ngân sách tỉnh 2.912,35 tỷ đồng ({sh('đạt @%', '2.912,35', '3.105,60', v='r')}), ngân sách trung ương "
      f"421,56 tỷ đồng "
      f"({sh('đạt @%', '421,56', '486,80')}), vốn ODA "
      f"184,35 tỷ đồng ({sh('đạt @%', '184,35', '270,00', v='r')}).")
    L(f"Tỷ lệ giải ngân 91,09% {pt('cao hơn @ điểm phần trăm', '91,09', '87,52')} so với bình quân chung của tỉnh "
      f"(87,52%) và {pt('tăng @ điểm phần trăm', '91,09', '84,36')} "
      f"{tm('so với năm @ (84,36%)', '2022', '2023', v='i', note='Báo cáo năm 2024 so với năm 2023.')}; giá trị giải "
      f"ngân "
      f"{rt('bằng @%', '3.518,26', '2.854,12', v='i', stated='118,6', note='Đúng là 123,3%.')} "
      f"{tm('so với năm @ (2.854,12 tỷ đồng)', '2023', '2023')}.")
    L("2. Tiến độ thực hiện dự án")
    L(f"Trong {sm('@ dự án đang thi công', [27, 12])} (27 dự án chuyển tiếp, 12 dự án khởi công mới) có "
      f"{fr('@ dự án', 35, 39, ref=39)} đảm bảo tiến độ, {df('@ dự án chậm tiến độ', 39, 35, sign=1)} "
      f"({sh('chiếm @%', 4, 39)}) do vướng mắc giải phóng mặt bằng và biến động giá vật liệu. Trong năm đã hoàn thành, "
      f"bàn giao đưa vào sử dụng "
      f"{sm('@ công trình', [5, 3, 4, 3], v='i', stated=14, note='Các phần cộng lại 15; một trong các phần hoặc tổng bị ghi sai.')}, "
      f"gồm 05 công trình giáo dục, 03 công trình y tế, 04 công trình văn hóa - thể thao và 03 trụ sở cơ quan.")
    L("Các công trình trọng điểm như Bệnh viện Đa khoa tỉnh (cơ sở 2), Trường THPT chuyên Hạ Long (giai đoạn 2), "
      "Trung tâm văn hóa - thể thao vùng Đông Triều được tập trung chỉ đạo, tổ chức thi công “3 ca, 4 kíp”, cơ bản "
      "bám sát tiến độ đã cam kết với UBND tỉnh.")
    L(f"Công tác bồi thường, giải phóng mặt bằng: tổng diện tích phải thu hồi của các dự án 186,4 ha, đã bàn giao "
      f"171,9 ha ({sh('đạt @%', '171,9', '186,4')}), {df('còn @ ha', '186,4', '171,9')} chưa bàn giao; có 1.248 hộ bị "
      f"ảnh hưởng, đã chi trả tiền bồi thường cho 1.196 hộ, {df('còn @ hộ', '1.248', '1.196')} chưa nhận tiền do "
      f"chưa thống nhất về giá đất tái định cư.")
    L("3. Công tác lựa chọn nhà thầu")
    L(f"Tổ chức lựa chọn nhà thầu {sm('cho @ gói', [38, 41, 7])} (xây lắp 38, tư vấn 41, mua sắm hàng hóa 07), "
      f"trong đó {sb('@ gói áp dụng hình thức chỉ định thầu', 24, 86)}; {fr('@ gói thầu', 82, 86, ref=86)} đấu thầu "
      f"qua mạng ({sh('đạt @%', 82, 86, v='r')}). Tổng giá gói thầu 2.415,36 tỷ đồng, giá trúng thầu 2.326,18 tỷ đồng, "
      f"{df('tiết kiệm @ tỷ đồng', '2.415,36', '2.326,18')} ({sh('tương đương @%', '89,18', '2.415,36')}).")
    L("4. Công tác quyết toán dự án hoàn thành")
    L(f"Năm 2024 có 13 dự án hoàn thành phải quyết toán; đã được phê duyệt quyết toán "
      f"{sm('@ dự án', [7, 4], stated=11)} (07 dự án nhóm C, 04 dự án nhóm B), đạt {fr('@ dự án', 11, 13, ref=13)}, "
      f"{df('còn @ dự án', 13, 11)} đang hoàn thiện hồ sơ. Giá trị đề nghị quyết toán 1.286,42 tỷ đồng, giá trị "
      f"được phê duyệt 1.271,05 tỷ đồng, {df('giảm trừ @ tỷ đồng', '1.286,42', '1.271,05', sign=1)} "
      f"({sh('bằng @% giá trị đề nghị quyết toán', '15,37', '1.286,42', v='i', stated='1,21', note='Tính nhầm trên giá trị được duyệt: 15,37 / 1.271,05 = 1,21%.')}).")
    L(f"5. Công tác quản lý chất lượng: tổ chức "
      f"{sm('@ đợt kiểm tra', [20, 9, 6], v='a', stated=32, note='Đợt phối hợp với Sở Xây dựng có thể đồng thời là đợt định kỳ hoặc đột xuất; tổng 35 > 32 không đủ kết luận sai.')} "
      f"chất lượng công trình (định kỳ 20 đợt, đột xuất 09 đợt, phối hợp với Sở Xây dựng 06 đợt); xử lý 07 nhà thầu "
      f"vi phạm tiến độ, phạt hợp đồng 2,846 tỷ đồng; không để xảy ra sự cố công trình.")
    L(f"6. Công tác an toàn lao động, bảo vệ môi trường: kiểm tra 124 lượt tại các công trường, phát hiện 37 tồn "
      f"tại về an toàn, vệ sinh môi trường, đã yêu cầu nhà thầu khắc phục xong 35 tồn tại ({sh('đạt @%', 35, 37)}), "
      f"{df('còn @ tồn tại', 37, 35)} đang khắc phục; tổ chức 06 lớp huấn luyện an toàn lao động cho 412 lượt cán bộ "
      f"kỹ thuật, công nhân của các nhà thầu; trong năm không để xảy ra tai nạn lao động nghiêm trọng.")
    L("III. ĐÁNH GIÁ CHUNG")
    L(f"Năm 2024, Ban đã giải ngân {rp('@ tỷ đồng', '3.518,26')} trên tổng kế hoạch "
      f"{rp('@ tỷ đồng', '3.862,40', v='i', stated='3.826,40', note='Đảo chữ số so với mục II.1.')}, tổ chức "
      f"{rp('@ gói thầu', 86)} với giá trị tiết kiệm {rp('@ tỷ đồng', '89,18')}. Tuy nhiên, báo cáo nhanh gửi Sở Tài "
      f"chính ghi giải ngân "
      f"{rp('@ tỷ đồng', '3.518,26', v='a', stated='3.412,5', note='Không ghi thời điểm số liệu: có thể là số tại một ngày giữa 31/12/2024 (3.201,84) và 31/01/2025 (3.518,26).')}; "
      f"các dự án có tổng mức đầu tư "
      f"{rp('@ tỷ đồng', '18.642,75', v='a', stated='18,642', txt='18,642', note='Viết “18,642” (dấu phẩy kiểu Anh, bỏ phần lẻ): theo vi-VN là 18,642 tỷ đồng, khác hẳn 18.642,75 tỷ đồng ở mục I.')} "
      f"đòi hỏi năng lực quản lý cao hơn.")
    L("Tồn tại, hạn chế: công tác giải phóng mặt bằng một số dự án còn chậm; năng lực của một số nhà thầu tư vấn "
      "thiết kế hạn chế, phải điều chỉnh thiết kế nhiều lần; việc giải ngân vốn ODA chậm do thủ tục với nhà tài trợ "
      "kéo dài; nhân lực của Ban còn thiếu so với số lượng dự án được giao.")
    L("Nguyên nhân: quy định về đất đai, giá đất có nhiều thay đổi trong năm 2024; một số địa phương chưa quyết liệt "
      "trong công tác bồi thường, hỗ trợ, tái định cư; thời tiết bất lợi trong quý III (bão số 3) làm gián đoạn thi "
      "công; một số nhà thầu năng lực tài chính hạn chế, huy động nhân lực, thiết bị chưa đáp ứng tiến độ.")
    L("IV. KẾ HOẠCH NĂM 2025")
    L(f"Năm 2025, Ban dự kiến quản lý "
      f"{rp('@ dự án', 48, v='a', stated=46, note='Không rõ 46 là số dự án năm 2025 (sau khi bàn giao, quyết toán một số dự án) hay là số năm 2024 viết sai.')}; "
      f"kế hoạch vốn {sm('@ tỷ đồng', ['3.650', '380', '220'])} (ngân sách tỉnh 3.650 tỷ đồng, ngân sách trung ương "
      f"380 tỷ đồng, vốn ODA 220 tỷ đồng, {df('giảm @ tỷ đồng', '220', '270,00', stated=50)} so với năm 2024), "
      f"{df('tăng @ tỷ đồng', '4.250', '3.862,40', v='i', stated='378,60', note='Đảo chữ số (387,60).')} và "
      f"{rt('tăng @%', '4.250', '3.862,40', dp=2, mode='inc')} {tm('so với kế hoạch năm @', '2024', '2024')}; phấn "
      f"đấu giải ngân trên 95% kế hoạch.")
    L(f"Kế hoạch vốn chuẩn bị đầu tư năm 2025 "
      f"{sm('@ tỷ đồng', ['32,5', '7,1'], v='a', stated='45,8', note='Một nguồn để trống (“...”): 32,5 + 7,1 = 39,6; phần còn lại 6,2 tỷ đồng có thể là nguồn chưa điền.')} "
      f"(ngân sách tỉnh 32,5 tỷ đồng, ngân sách thành phố Hạ Long 7,1 tỷ đồng, ngân sách thị xã Đông Triều ... tỷ "
      f"đồng) để lập báo cáo nghiên cứu khả thi cho 09 dự án khởi công "
      f"năm 2026.")
    L("Đề xuất UBND tỉnh chỉ đạo các địa phương đẩy nhanh giải phóng mặt bằng; cho phép Ban tuyển dụng bổ sung viên "
      "chức có chuyên môn về kết cấu, cơ điện.")
    L("Nơi nhận: UBND tỉnh (b/c); Sở Tài chính, Sở Xây dựng; Lưu: VT, KHTH.   GIÁM ĐỐC")
    F(f"Lao động nữ {sm('@ người', [12, 7])} (viên chức 12 người, hợp đồng lao động 07 người), chủ yếu làm công tác "
      f"kế toán, hành chính, quản lý hợp đồng.")
    F(f"Phân theo nhóm dự án, {sm('@ dự án', [2, 19, 27])} gồm 02 dự án nhóm A, 19 dự án nhóm B, 27 dự án nhóm C.")
    F(f"Kế hoạch vốn năm 2024 theo nguồn: {sm('tổng @ tỷ đồng', ['3.105,60', '486,80', '270,00'])}, gồm ngân sách "
      f"tỉnh 3.105,60; ngân sách trung ương 486,80; vốn ODA 270,00.")
    F(f"Giá trị tiết kiệm qua đấu thầu {sm('@ tỷ đồng', ['71,42', '15,06', '2,70'])}: gói thầu xây lắp 71,42; tư vấn "
      f"15,06; mua sắm hàng hóa 2,70.")
    return d


# ======================================================================
# checks, output, summary
# ======================================================================
def check(d):
    assert not d.pending, f"{d.name}: claims registered after the last line"
    n = len(d.lines)
    assert 30 <= n <= 40, f"{d.name}: {n} lines"
    nch = len('\n'.join(d.lines)) + 1
    assert 6000 <= nch <= 8000, f"{d.name}: {nch} characters"
    fn = [i for i, l in enumerate(d.lines) if l.startswith('[\ufffd]')]
    assert fn and fn == list(range(fn[0], n)), f"{d.name}: footnotes must come last"
    assert all(l.strip() for l in d.lines), f"{d.name}: empty line"
    spans = {}
    for c in d.claims:
        ln = c['line']
        line = d.lines[ln - 1]
        a = c['anchor']
        assert line.count(a) == 1, f"{d.name}:{ln}: anchor not unique/exact: {a!r}"
        assert c['_stated'] in a
        st = line.index(a)
        spans.setdefault(ln, []).append((st, st + len(a), a))
        # inputs of the claim must be written somewhere in the draft
        rest = line[:st] + ' | ' + line[st + len(a):]
        if c['kind'] == 'sum':
            pool_txt = [rest] + [d.lines[d.keys[k] - 1] for k in (c['_src'] or [])]
        else:
            pool_txt = [rest] + [l for i, l in enumerate(d.lines) if i != ln - 1]
        pool = set()
        for t in pool_txt:
            pool.update(numbers_in(t))
        pool = {abs(x) for x in pool}
        for x in c['_need']:
            assert abs(x) in pool, f"{d.name}:{ln}: input {vn(x)} of {a!r} not found in the text"
    for ln, ss in spans.items():
        ss.sort()
        for (s1, e1, a1), (s2, e2, a2) in zip(ss, ss[1:]):
            assert e1 <= s2, f"{d.name}:{ln}: overlapping anchors {a1!r} / {a2!r}"


def write(d):
    os.makedirs(OUT, exist_ok=True)
    txt = '\n'.join(d.lines) + '\n'
    with open(os.path.join(OUT, d.name + '.txt'), 'w', encoding='utf-8') as f:
        f.write(txt)
    claims = sorted(d.claims, key=lambda c: (c['line'], d.lines[c['line'] - 1].index(c['anchor'])))
    out = []
    for c in claims:
        out.append(OrderedDict((k, v) for k, v in c.items() if not k.startswith('_')))
    with open(os.path.join(OUT, d.name + '.labels.json'), 'w', encoding='utf-8') as f:
        json.dump(OrderedDict(file=d.name + '.txt', claims=out), f, ensure_ascii=False, indent=2)
        f.write('\n')
    return txt, out


def reread(name):
    """Check the files as written on disk (1-based lines, exact unique anchors)."""
    with open(os.path.join(OUT, name + '.txt'), encoding='utf-8') as f:
        lines = f.read().split('\n')[:-1]
    with open(os.path.join(OUT, name + '.labels.json'), encoding='utf-8') as f:
        lab = json.load(f)
    assert lab['file'] == name + '.txt'
    for c in lab['claims']:
        assert 1 <= c['line'] <= len(lines)
        assert lines[c['line'] - 1].count(c['anchor']) == 1, (name, c)
        assert c['kind'] in KINDS and c['verdict'] in VERD.values()
        if c['verdict'] in ('rounding', 'inconsistent'):
            assert c.get('right'), (name, c)
    return lab['claims']


def summary(results):
    vs = ['consistent', 'rounding', 'inconsistent', 'ambiguous']
    out = ['# heldout15 — prose drafts (generated by make.py)', '',
           'Six Vietnamese report drafts with every checkable numeric claim labelled. Values are computed with',
           '`decimal.Decimal` and ROUND_HALF_UP; `rounding` means the stated value is the truncation one unit below',
           'the half-up value. Rebuild with `python3 make.py` (standard library only).', '',
           '## Per draft', '',
           '| file | subject | chars | lines | claims | consistent | rounding | inconsistent | ambiguous |',
           '|---|---|---:|---:|---:|---:|---:|---:|---:|']
    tot = Counter()
    kv = Counter()
    for d, txt, claims in results:
        cv = Counter(c['verdict'] for c in claims)
        for c in claims:
            kv[(c['kind'], c['verdict'])] += 1
        tot.update(cv)
        out.append(f"| {d.name}.txt | {d.title} | {len(txt)} | {len(d.lines)} | {len(claims)} | "
                   + ' | '.join(str(cv[v]) for v in vs) + ' |')
    out.append(f"| **total** | | {sum(len(t) for _, t, _ in results)} | {sum(len(d.lines) for d, _, _ in results)} | "
               f"{sum(tot.values())} | " + ' | '.join(str(tot[v]) for v in vs) + ' |')
    out += ['', '## Kind × verdict (all drafts)', '',
            '| kind | consistent | rounding | inconsistent | ambiguous | total |',
            '|---|---:|---:|---:|---:|---:|']
    for k in KINDS:
        row = [kv[(k, v)] for v in vs]
        out.append(f"| {k} | " + ' | '.join(map(str, row)) + f" | {sum(row)} |")
    out.append('| **total** | ' + ' | '.join(str(tot[v]) for v in vs) + f" | {sum(tot.values())} |")
    out += ['', '## Kind × verdict per draft', '']
    for d, txt, claims in results:
        c2 = Counter((c['kind'], c['verdict']) for c in claims)
        cells = []
        for k in KINDS:
            row = [c2[(k, v)] for v in vs]
            if sum(row):
                cells.append(f"{k} {'/'.join(map(str, row))}")
        out.append(f"- {d.name}: " + '; '.join(cells) + '  (c/r/i/a)')
    out.append('')
    with open(os.path.join(HERE, 'SUMMARY.md'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(out))


def main():
    drafts = [f() for f in DRAFTS]
    results = []
    for d in drafts:
        check(d)
        txt, claims = write(d)
        claims = reread(d.name)
        results.append((d, txt, claims))
        cv = Counter(c['verdict'] for c in claims)
        print(f"{d.name}: {len(txt)} chars, {len(d.lines)} lines, {len(claims)} claims "
              f"(c {cv['consistent']}, r {cv['rounding']}, i {cv['inconsistent']}, a {cv['ambiguous']})")
    names = [d.name for d in drafts]
    assert len(set(names)) == len(names)
    summary(results)
    print('all checks passed')


DRAFTS = [draft1, draft2, draft3, draft4, draft5, draft6]

if __name__ == '__main__':
    main()
