#!/usr/bin/env python3
"""Generator of the heldout18 evaluation set: six Vietnamese report drafts with labelled numeric claims.

Every total, share, difference, ratio and expected value is computed here with decimal.Decimal and
ROUND_HALF_UP; the verdict of each non-ambiguous claim is derived from the computation and checked
against the verdict the author intended (``expect``), so a label cannot silently disagree with its text.

Run:  python3 make.py      (writes prose/*.txt, prose/*.labels.json and SUMMARY.md)
"""
import json
import os
import sys
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP, ROUND_DOWN, getcontext

getcontext().prec = 40

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'prose')
FOOT = '[\ufffd] '
KINDS = ['sum', 'subset', 'share', 'fraction', 'difference', 'points', 'ratio', 'repeat', 'term']
VERDICTS = ['consistent', 'rounding', 'inconsistent', 'ambiguous']


# ----------------------------------------------------------------------------------------------
# numbers
def unit(places):
    return D(1).scaleb(-places)


def hu(x, places):
    """round half up"""
    return D(x).quantize(unit(places), rounding=ROUND_HALF_UP)


def tr(x, places):
    """truncate (what a careless clerk writes)"""
    return D(x).quantize(unit(places), rounding=ROUND_DOWN)


def N(x, places=0, z=False, sep=True):
    """vi-VN number: dot thousands, comma decimals; z: leading zero for 1..9."""
    q = hu(x, places)
    neg = q < 0
    s = f"{abs(q):.{places}f}"
    ip, _, fp = s.partition('.')
    if sep:
        ip = f"{int(ip):,}".replace(',', '.')
    if z and len(ip) == 1:
        ip = '0' + ip
    out = ip + (',' + fp if fp else '')
    return ('-' if neg else '') + out


def P(x, places=2):
    """percentage value as text without the % sign"""
    return N(x, places)


# ----------------------------------------------------------------------------------------------
class Draft:
    def __init__(self, name, title):
        self.name = name
        self.title = title
        self.lines = []
        self.claims = []
        self.pend = []

    # lines ------------------------------------------------------------------------------------
    def L(self, text):
        assert '\n' not in text
        self.lines.append(text)
        ln = len(self.lines)
        for c in self.pend:
            c['line'] = ln
            self.claims.append(c)
        self.pend = []

    def F(self, text):
        self.L(FOOT + text)

    # claims -----------------------------------------------------------------------------------
    def add(self, anchor, kind, verdict, note, right=None, expect=None):
        assert kind in KINDS, kind
        assert verdict in VERDICTS, verdict
        if expect is not None and expect != verdict:
            raise AssertionError(f"{self.name}: {anchor!r}: computed {verdict}, intended {expect}; {note}")
        c = {'line': None, 'anchor': anchor, 'kind': kind, 'verdict': verdict}
        if verdict in ('inconsistent', 'rounding'):
            assert right is not None, anchor
            c['right'] = right
        c['note'] = note
        self.pend.append(c)
        return anchor

    def amb(self, anchor, kind, note):
        return self.add(anchor, kind, 'ambiguous', note)

    def sum(self, fmt, parts, stated=None, places=0, z=False, expect='consistent', what='', amb=None):
        """total of a breakdown; fmt holds {} for the stated total"""
        tot = sum((D(p) for p in parts), D(0))
        st = tot if stated is None else D(stated)
        anchor = fmt.format(N(st, places, z))
        expr = ' '.join(('− ' if D(p) < 0 else ('+ ' if i else '')) + N(abs(D(p)), places, z) for i, p in enumerate(parts))
        note = f"{what}{': ' if what else ''}{expr} = {N(tot, places, z)}; stated {N(st, places, z)}"
        if amb:
            return self.add(anchor, 'sum', 'ambiguous', note + '. ' + amb)
        verdict = 'consistent' if st == tot else 'inconsistent'
        right = fmt.format(N(tot, places, z)) if verdict != 'consistent' else None
        return self.add(anchor, 'sum', verdict, note, right, expect)

    def sub(self, fmt, part, parent, places=0, z=False, expect='consistent', what=''):
        """'trong đó' part must not exceed its parent"""
        anchor = fmt.format(N(part, places, z))
        ok = D(part) <= D(parent)
        note = f"{what}{': ' if what else ''}{N(part, places, z)} ≤ {N(parent, places, z)}" if ok else \
            f"{what}{': ' if what else ''}{N(part, places, z)} > parent {N(parent, places, z)}"
        return self.add(anchor, 'subset', 'consistent' if ok else 'inconsistent', note,
                        None if ok else 'a value ≤ ' + N(parent, places, z), expect)

    def _pct_verdict(self, value, st, places):
        h, t = hu(value, places), tr(value, places)
        if st == h:
            return 'consistent', h
        if st == t and t != h:
            assert h - t == unit(places)
            return 'rounding', h
        return 'inconsistent', h

    def share(self, part, base, fmt='chiếm {}%', places=2, stated=None, wrong_base=None,
              expect='consistent', what='', kind='share', amb=None):
        """stated % = part / base × 100.  stated may be 'trunc' or a Decimal string; wrong_base
        computes the stated value on another base (the clerk's slip)."""
        v = D(part) * 100 / D(base)
        if wrong_base is not None:
            st = hu(D(part) * 100 / D(wrong_base), places)
        elif stated == 'trunc':
            st = tr(v, places)
        elif stated is not None:
            st = D(stated)
        else:
            st = hu(v, places)
        anchor = fmt.format(P(st, places))
        note = f"{what}{': ' if what else ''}{N(part, 4 if D(part) != D(part).to_integral() else 0)} / " \
               f"{N(base, 4 if D(base) != D(base).to_integral() else 0)} × 100 = {N(v, 4)} % → {P(hu(v, places), places)}%"
        if wrong_base is not None:
            note += f"; stated value is {N(part)} / {N(wrong_base)} (wrong base)"
        if amb:
            return self.add(anchor, kind, 'ambiguous', f"{what}{': ' if what else ''}{amb}")
        verdict, h = self._pct_verdict(v, st, places)
        if verdict == 'rounding':
            note += f"; stated {P(st, places)}% is the truncation"
        right = fmt.format(P(h, places)) if verdict != 'consistent' else None
        return self.add(anchor, kind, verdict, note, right, expect)

    def frac(self, fmt, part, whole, places=2, stated=None, expect='consistent', what='', whole_ref=None, amb=None):
        """'a/b … p%': fmt holds {a} {b} {p}; verdict on p (and on b against whole_ref if given)"""
        v = D(part) * 100 / D(whole)
        st = hu(v, places) if stated is None else (tr(v, places) if stated == 'trunc' else D(stated))
        anchor = fmt.format(a=N(part, 0, True), b=N(whole, 0, True), p=P(st, places))
        note = f"{what}{': ' if what else ''}{N(part)} / {N(whole)} × 100 = {N(v, 4)} % → {P(hu(v, places), places)}%"
        if amb:
            return self.add(anchor, 'fraction', 'ambiguous', note + '. ' + amb)
        verdict, h = self._pct_verdict(v, st, places)
        right = fmt.format(a=N(part, 0, True), b=N(whole, 0, True), p=P(h, places)) if verdict != 'consistent' else None
        if whole_ref is not None and D(whole_ref) != D(whole):
            verdict = 'inconsistent'
            note += f"; denominator {N(whole)} differs from the total {N(whole_ref)} stated elsewhere"
            right = fmt.format(a=N(part, 0, True), b=N(whole_ref, 0, True), p=P(hu(D(part) * 100 / D(whole_ref), places), places))
        return self.add(anchor, 'fraction', verdict, note, right, expect)

    def diff(self, fmt, cur, prev, places=0, z=False, words=('tăng', 'giảm'), stated=None, word=None,
             expect='consistent', what='', kind='difference', amb=None):
        """difference cur − prev; fmt holds {v} and optionally {w} (the word of direction)"""
        d = D(cur) - D(prev)
        cw = words[0] if d > 0 else words[1]
        sv = abs(d) if stated is None else D(stated)
        sw = cw if word is None else word
        anchor = fmt.format(v=N(sv, places, z), w=sw)
        note = f"{what}{': ' if what else ''}{N(cur, places, z)} − {N(prev, places, z)} = {N(d, places)}"
        if amb:
            return self.add(anchor, kind, 'ambiguous', note + '. ' + amb)
        ok = sv == abs(d) and ('{w}' not in fmt or sw == cw)
        right = None if ok else fmt.format(v=N(abs(d), places, z), w=cw)
        return self.add(anchor, kind, 'consistent' if ok else 'inconsistent', note, right, expect)

    def ratio(self, fmt, cur, base, places=1, mode='index', stated=None, expect='consistent', what='', amb=None, years=1):
        """index: cur/base×100 (bằng/đạt …%); growth: cur/base×100 − 100 (tăng …%);
        times: cur/base (gấp … lần); per: cur/base (bình quân)"""
        if mode == 'index':
            v = D(cur) * 100 / D(base)
            expr = f"{N(cur, 4 if D(cur) % 1 else 0)} / {N(base, 4 if D(base) % 1 else 0)} × 100"
        elif mode == 'growth':
            v = D(cur) * 100 / D(base) - 100
            expr = f"{N(cur, 4 if D(cur) % 1 else 0)} / {N(base, 4 if D(base) % 1 else 0)} × 100 − 100"
        elif mode == 'cagr':
            v = ((D(cur) / D(base)).ln() / years).exp() * 100 - 100
            expr = f"({N(cur, 4 if D(cur) % 1 else 0)} / {N(base, 4 if D(base) % 1 else 0)})^(1/{years}) × 100 − 100"
        elif mode == 'decline':
            v = 100 - D(cur) * 100 / D(base)
            expr = f"100 − {N(cur, 4 if D(cur) % 1 else 0)} / {N(base, 4 if D(base) % 1 else 0)} × 100"
        else:
            v = D(cur) / D(base)
            expr = f"{N(cur, 4 if D(cur) % 1 else 0)} / {N(base, 4 if D(base) % 1 else 0)}"
        st = hu(v, places) if stated is None else (tr(v, places) if stated == 'trunc' else D(stated))
        anchor = fmt.format(N(st, places))
        note = f"{what}{': ' if what else ''}{expr} = {N(v, 4)} → {N(hu(v, places), places)}"
        if amb:
            return self.add(anchor, 'ratio', 'ambiguous', note + '. ' + amb)
        verdict, h = self._pct_verdict(v, st, places)
        right = fmt.format(N(h, places)) if verdict != 'consistent' else None
        return self.add(anchor, 'ratio', verdict, note, right, expect)

    def points(self, fmt, cur, prev, places=2, words=('tăng', 'giảm'), stated=None, word=None,
               expect='consistent', what=''):
        """change of a share in percentage points (drafts may write %); cur, prev are the stated shares"""
        d = D(cur) - D(prev)
        cw = words[0] if d > 0 else words[1]
        sv = abs(d) if stated is None else D(stated)
        sw = cw if word is None else word
        anchor = fmt.format(v=N(sv, places), w=sw)
        note = f"{what}{': ' if what else ''}{N(cur, places)} − {N(prev, places)} = {N(d, places)} points"
        ok = sv == abs(d) and ('{w}' not in fmt or sw == cw)
        right = None if ok else fmt.format(v=N(abs(d), places), w=cw)
        return self.add(anchor, 'points', 'consistent' if ok else 'inconsistent', note, right, expect)

    def rep(self, fmt, first, places=0, z=False, stated=None, expect='consistent', what='', amb=None):
        """second mention of a quantity stated before (first)"""
        st = D(first) if stated is None else D(stated)
        anchor = fmt.format(N(st, places, z))
        note = f"{what}{': ' if what else ''}first stated {N(first, places, z)}; here {N(st, places, z)}"
        if amb:
            return self.add(anchor, 'repeat', 'ambiguous', note + '. ' + amb)
        ok = st == D(first)
        return self.add(anchor, 'repeat', 'consistent' if ok else 'inconsistent', note,
                        None if ok else fmt.format(N(first, places, z)), expect)

    def term(self, fmt, named, right, expect='consistent', what='', amb=None):
        """the period a comparison names; fmt holds {} for the period"""
        anchor = fmt.format(named)
        note = f"{what}{': ' if what else ''}compared period should be {right}; named {named}"
        if amb:
            return self.add(anchor, 'term', 'ambiguous', f"{what}{': ' if what else ''}{amb}")
        ok = named == right
        return self.add(anchor, 'term', 'consistent' if ok else 'inconsistent', note,
                        None if ok else fmt.format(right), expect)

    # output -----------------------------------------------------------------------------------
    def check(self):
        assert not self.pend, self.pend
        errs = []
        for c in self.claims:
            line = self.lines[c['line'] - 1]
            n = line.count(c['anchor'])
            if n != 1:
                errs.append(f"{self.name} line {c['line']}: anchor {c['anchor']!r} occurs {n} times")
        return errs

    def write(self):
        os.makedirs(OUT, exist_ok=True)
        txt = '\n'.join(self.lines) + '\n'
        with open(os.path.join(OUT, self.name + '.txt'), 'w', encoding='utf-8') as f:
            f.write(txt)
        claims = [{k: c[k] for k in ('line', 'anchor', 'kind', 'verdict', 'right', 'note') if k in c}
                  for c in self.claims]
        with open(os.path.join(OUT, self.name + '.labels.json'), 'w', encoding='utf-8') as f:
            json.dump({'file': self.name + '.txt', 'claims': claims}, f, ensure_ascii=False, indent=2)
            f.write('\n')
        return len(txt)


DRAFTS = []


def draft(fn):
    DRAFTS.append(fn)
    return fn


# ==============================================================================================
# 01  National park management board — annual report 2024
@draft
def d01():
    d = Draft('h18-01-vuon-quoc-gia', 'Ban Quản lý Vườn quốc gia — báo cáo năm 2024')
    L, F = d.L, d.F
    L("UBND TỈNH GIA LAI")
    L("BAN QUẢN LÝ VƯỜN QUỐC GIA KRÔNG TRÀ")
    L("Số: 412/BC-VQG")
    L("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM - Độc lập - Tự do - Hạnh phúc")
    L("Gia Lai, ngày 16 tháng 12 năm 2024")
    L("BÁO CÁO Kết quả thực hiện nhiệm vụ năm 2024, phương hướng, nhiệm vụ năm 2025")
    L("Thực hiện Quyết định số 2156/QĐ-UBND ngày 28/12/2023 của UBND tỉnh về giao chỉ tiêu kế hoạch năm 2024 và "
      "Công văn số 1842/SNNMT-KL ngày 02/12/2024 của Sở Nông nghiệp và Môi trường, Ban Quản lý Vườn quốc gia "
      "Krông Trà (sau đây gọi là Ban Quản lý) báo cáo kết quả thực hiện nhiệm vụ năm 2024 như sau:")
    L("I. ĐẶC ĐIỂM, TÌNH HÌNH")
    a1, a2, a3 = D('23514.2'), D('16870.4'), D('852.2')
    atot = a1 + a2 + a3
    forest = D('39847.5')
    cover = hu(forest * 100 / atot, 2)
    L(f"Tổng diện tích tự nhiên Vườn quốc gia được giao quản lý là {d.sum('{} ha', [a1, a2, a3], places=1, what='3 phân khu')}, "
      f"chia ra: phân khu bảo vệ nghiêm ngặt {N(a1, 1)} ha, phân khu phục hồi sinh thái {N(a2, 1)} ha, phân khu dịch vụ - "
      f"hành chính {N(a3, 1)} ha. Diện tích có rừng đến 31/12/2023 là {N(forest, 1)} ha, độ che phủ rừng "
      f"{d.share(forest, atot, 'đạt {}%', what='độ che phủ = rừng / tổng diện tích')}, "
      f"{d.points('{w} {v} điểm phần trăm', cover, D('96.48'), what='độ che phủ 2023 vs 2022')} "
      f"{d.term('so với năm {} (96,48%)', '2022', '2022', what='the sentence names 31/12/2023, so the previous year is 2022')}.")
    hh, nk, dtts, ngheo = 9412, 41306, 27158, 1873
    L(f"Vùng đệm gồm {d.sum('{} xã', [6, 5, 3], z=True, what='xã vùng đệm theo huyện')} thuộc 03 huyện (Kbang 06 xã, Đak Đoa 05 xã, "
      f"Mang Yang 03 xã) với {N(hh)} hộ, {N(nk)} nhân khẩu; trong đó đồng bào dân tộc thiểu số (chủ yếu là Ba Na, Gia Rai) "
      f"{d.sub('{} người', dtts, nk, what='DTTS ≤ nhân khẩu')}, "
      f"{d.share(dtts, nk, 'chiếm {}%', stated='trunc', expect='rounding', what='DTTS / nhân khẩu')}; số hộ nghèo, cận nghèo "
      f"{N(ngheo)} hộ, {d.share(ngheo, hh, 'bằng {}% số hộ', places=1, what='hộ nghèo, cận nghèo / số hộ')}. Đời sống của "
      f"phần lớn người dân còn phụ thuộc vào đất sản xuất nông nghiệp giáp ranh và tài nguyên rừng.")
    cc, vc, hd = 9, 86, 23
    staff = cc + vc + hd
    ts, dh, cd = 14, 78, 19
    L(f"Tổng số công chức, viên chức, người lao động có mặt đến ngày 30/11/2024 là "
      f"{d.sum('{} người', [cc, vc, hd], what='công chức + viên chức + hợp đồng')} (biên chế được giao 124 người), gồm: "
      f"công chức {N(cc, z=True)}, viên chức {N(vc)}, lao động hợp đồng {N(hd)}; lực lượng kiểm lâm 71 người, "
      f"{d.share(71, staff, 'chiếm {}% tổng số', wrong_base=124, expect='inconsistent', what='kiểm lâm / người có mặt')}. "
      f"Về chuyên môn: thạc sĩ {ts}, đại học {dh}, cao đẳng và trung cấp {cd}, "
      f"{d.diff('còn lại {v} người', staff, ts + dh + cd, z=True, what='còn lại = 118 − (14 + 78 + 19)')} "
      f"chưa qua đào tạo. So với biên chế được giao, đơn vị "
      f"{d.diff('còn thiếu {v} người', 124, staff, z=True, expect='ambiguous', amb='124 − 118 = 6 only if the 23 contract workers count against the biên chế; counting công chức and viên chức only gives 124 − 95 = 29; the text does not say which')}.")
    L("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024")
    L("1. Quản lý, bảo vệ rừng và phòng cháy, chữa cháy rừng")
    tp24, tp23, ng = 2184, 1872, 9876
    v = [8, 19, 13, 12, 5]
    v24, v23 = sum(v), 68
    L(f"Duy trì 16 trạm kiểm lâm và 02 tổ kiểm lâm cơ động; chủ trì, phối hợp tổ chức {N(tp24)} lượt tuần tra, truy quét "
      f"với {N(ng)} lượt người tham gia, {d.diff('{w} {v} lượt', tp24, tp23, what='lượt tuần tra 2024 − 2023')} "
      f"{d.term('so với năm {}', '2023', '2023')} ({N(tp23)} lượt), bình quân "
      f"{d.ratio('{} người/lượt', ng, tp24, mode='per', what='lượt người / lượt tuần tra')}. Năm 2024 (số liệu đến 30/11), "
      f"toàn Vườn phát hiện, lập biên bản {d.sum('{} vụ vi phạm', v, z=True, what='vụ vi phạm theo hành vi')} Luật Lâm nghiệp, "
      f"{d.diff('{w} {v} vụ', v24, v23, z=True, what='vụ vi phạm 2024 − 2023')} so với cùng kỳ "
      f"{d.term('năm {} (68 vụ)', '2023', '2023')}, cụ thể: phá rừng trái phép "
      f"08 vụ; khai thác, vận chuyển lâm sản trái phép 19 vụ; săn bắt, bẫy động vật rừng 13 vụ; lấn chiếm đất rừng 12 vụ; "
      f"vi phạm khác 05 vụ.")
    L(f"Đã xử lý {d.sum('{} vụ', [6, 43], what='vụ đã xử lý: hình sự + hành chính')} (chuyển cơ quan điều tra khởi tố 06 vụ, "
      f"xử phạt vi phạm hành chính 43 vụ), {d.share(49, v24, 'đạt tỷ lệ {}%', what='đã xử lý / phát hiện')} số vụ phát hiện; "
      f"{d.diff('còn {v} vụ', v24, 49, z=True, what='chưa xử lý = phát hiện − đã xử lý')} đang xác minh. Tịch thu 38,65 m³ gỗ "
      f"các loại, 126 kg động vật rừng, thu nộp ngân sách nhà nước 612,5 triệu đồng. Số vụ phát hiện trong Vườn "
      f"{d.share(v24, 1, 'chiếm 21,6%', expect='ambiguous', amb='57 vụ is said to be 21,6% of all forestry violations of the province, whose total is not given anywhere; cannot be checked, and 21,6% is no share of any figure in the draft')} "
      f"tổng số vụ vi phạm lâm luật toàn tỉnh.")
    L(f"Mùa khô 2023 - 2024, Ban Quản lý phê duyệt phương án phòng cháy, chữa cháy rừng (Quyết định số 37/QĐ-VQG ngày 15/01/2024); "
      f"làm mới, phát dọn 46,5 km đường ranh cản lửa, {d.ratio('đạt {}% kế hoạch', D('46.5'), 45, places=2, stated='96.77', expect='inconsistent', what='đường ranh / kế hoạch 45 km; 96,77 is 45 / 46,5 (ratio inverted)')} "
      f"(45 km); duy trì 16 chòi canh lửa. Trong mùa khô xảy ra 03 vụ cháy thực bì dưới tán rừng, diện tích bị ảnh hưởng 4,2 ha; "
      f"{d.term('so với mùa khô {}', '2022 - 2023', '2022 - 2023')} (05 vụ, 7,8 ha) "
      f"{d.diff('{w} {v} vụ', 3, 5, z=True, what='vụ cháy')} và {d.diff('{w} {v} ha', D('4.2'), D('7.8'), places=1, what='diện tích cháy')}.")
    L("2. Bảo tồn đa dạng sinh học, nghiên cứu khoa học")
    an = [103, 265, 72, 45, 127]
    L(f"Đến 31/10/2024, hệ thực vật của Vườn đã ghi nhận 1.726 loài thuộc 178 họ, "
      f"{d.diff('{w} {v} loài', 1726, 1684, words=('nhiều hơn', 'ít hơn'), what='loài thực vật')} so với danh lục công bố khi "
      f"điều chỉnh quy hoạch (1.684 loài). Hệ động vật có {d.sum('{} loài', an, what='lớp động vật')}, gồm: thú 103, chim 265, "
      f"bò sát 72, lưỡng cư 45 và cá nước ngọt 127 loài; có 86 loài ghi trong Sách Đỏ Việt Nam, "
      f"{d.share(86, sum(an), 'chiếm {}% số loài động vật', what='Sách Đỏ / loài động vật')} đã ghi nhận.")
    L(f"Năm 2024 thực hiện {d.sum('{} nhiệm vụ khoa học', [4, 3, 1], z=True, what='đề tài theo cấp')}, gồm 04 đề tài cấp cơ sở do "
      f"Vườn chủ trì, 03 đề tài cấp tỉnh và 01 đề tài cấp bộ do Vườn phối hợp; lắp đặt 120 bẫy ảnh, ghi nhận 31 loài thú, "
      f"{d.sub('trong đó {} loài nguy cấp', 9, 31, z=True)}, quý, hiếm. Tiếp nhận, cứu hộ "
      f"{d.sum('{} cá thể', [12, 9, 8], stated=27, expect='ambiguous', amb='the listed groups sum to 29 > 27, but the third group (loài nguy cấp, quý, hiếm) may include animals of the first two; gồm suggests an exhaustive list, overlap cannot be ruled out')} "
      f"động vật hoang dã (gồm 12 cá thể linh trưởng, 09 cá thể rùa, 08 cá thể thuộc loài nguy cấp, quý, hiếm); đã tái thả về "
      f"tự nhiên 19 cá thể, 03 cá thể chết do bị thương nặng, "
      f"{d.diff('còn lại {v} cá thể', 27, 19 + 3, z=True, what='27 − 19 − 03')} đang chăm sóc tại khu cứu hộ.")
    L("3. Giao khoán bảo vệ rừng, dịch vụ môi trường rừng, phát triển rừng")
    nsnn, dv = 2985, 4475
    kp = nsnn + dv
    L(f"Thực hiện giao khoán bảo vệ 18.650 ha rừng cho 37 cộng đồng dân cư thôn và "
      f"{d.sum('{} hộ gia đình', [215, 143, 71], stated=412, expect='ambiguous', amb='the three groups (by district, and households contracting as a group) may overlap; no way to tell whether 412 should equal their sum')} "
      f"(ở huyện Kbang 215 hộ, huyện Đak Đoa 143 hộ, nhận khoán theo nhóm hộ 71 hộ); tổng kinh phí chi trả "
      f"{d.sum('{} triệu đồng', [nsnn, dv], what='ngân sách + DVMTR')}, bình quân "
      f"{d.ratio('{} đồng/ha/năm', kp * 1000000, 18650, places=0, mode='per', what='kinh phí / diện tích khoán')}; trong đó ngân "
      f"sách nhà nước {N(nsnn)} triệu đồng, tiền dịch vụ môi trường rừng {N(dv)} triệu đồng, "
      f"{d.share(dv, kp, 'chiếm {}%', stated='trunc', expect='rounding', what='DVMTR / kinh phí khoán')}.")
    th, nuoc = 9305, 507
    dv24, dv23 = th + nuoc, 8730
    L(f"Tổng tiền dịch vụ môi trường rừng được ủy thác chi trả năm 2024 là {d.sum('{} triệu đồng', [th, nuoc], what='thủy điện + nước sạch')} "
      f"(từ 11 nhà máy thủy điện {N(th)} triệu đồng, từ 02 cơ sở cung ứng nước sạch {N(nuoc)} triệu đồng), "
      f"{d.ratio('bằng {}%', dv24, dv23, what='DVMTR 2024 / 2023')} {d.term('so với năm {}', '2023', '2023')} ({N(dv23)} triệu đồng).")
    L(f"Trồng mới 85 ha rừng phòng hộ tại phân khu phục hồi sinh thái; trồng bổ sung, làm giàu rừng 120 ha, "
      f"{d.diff('{w} {v} ha', 120, 155, what='trồng bổ sung 2024 − 2023')} so với năm trước (155 ha). "
      f"Vườn ươm sản xuất 185.000 cây giống, trong đó cây bản địa 142.000 cây, "
      f"{d.share(142000, 185000, 'chiếm {}%', stated='trunc', expect='rounding', what='cây bản địa / cây giống')}.")
    L("4. Du lịch sinh thái, giáo dục môi trường")
    k24, k23, qt, dt24 = 46820, 37942, 3615, 2841
    L(f"Năm 2024, Vườn đón {N(k24)} lượt khách tham quan, nghiên cứu, "
      f"{d.ratio('tăng {}%', k24, k23, mode='growth', what='lượt khách 2024 vs 2023')} {d.term('so với năm {}', '2023', '2023')} "
      f"({N(k23)} lượt); trong đó khách quốc tế {N(qt)} lượt, {d.share(qt, k24, 'chiếm {}%', what='khách quốc tế / tổng')}; khách lưu "
      f"trú qua đêm 5.204 lượt, {d.diff('{w} {v} lượt', 5204, 4586, words=('nhiều hơn', 'ít hơn'), word='ít hơn', expect='inconsistent', what='lưu trú 2024 − 2023 (sign)')} "
      f"so với năm trước (4.586 lượt). Doanh thu phí tham quan và dịch vụ đạt {N(dt24)} triệu đồng, "
      f"{d.ratio('bằng {}% kế hoạch', dt24, 2500, places=2, what='doanh thu / kế hoạch 2.500')} (2.500 triệu đồng), nộp ngân sách "
      f"284,1 triệu đồng ({d.share(D('284.1'), dt24, '{}% doanh thu', places=0, what='nộp ngân sách / doanh thu')}).")
    L(f"Phối hợp với Phòng Giáo dục và Đào tạo các huyện tổ chức 32 buổi giáo dục môi trường tại 18 trường học vùng đệm cho "
      f"4.126 lượt học sinh; tổ chức 12 buổi tuyên truyền tại thôn, làng cho 1.380 lượt người dân; tổng cộng "
      f"{d.sum('{} buổi', [32, 12], what='buổi')}, thu hút "
      f"{d.sum('{} lượt người', [4126, 1380], stated=5056, expect='inconsistent', what='lượt người (digits 5 and 0 swapped)')} tham gia.")
    L("5. Tài chính, đầu tư và công tác cán bộ")
    b = [21760, 6880, 7412, 2400]
    L(f"Tổng nguồn kinh phí năm 2024 là {d.sum('{} triệu đồng', b, stated=sum(b[:3]), expect='inconsistent', what='the 2.400 of retained revenue left out of the total')}, "
      f"bao gồm: chi thường xuyên 21.760 triệu đồng; không thường xuyên 6.880 triệu đồng; vốn đầu tư phát triển (Dự án nâng cao "
      f"năng lực phòng cháy, chữa cháy rừng giai đoạn 2021 - 2025) 7.412 triệu đồng; nguồn thu sự nghiệp để lại 2.400 triệu đồng. "
      f"Đến ngày 30/11/2024, vốn đầu tư phát triển giải ngân 6.105 triệu đồng, "
      f"{d.share(6105, 7412, 'đạt {}%', what='giải ngân / vốn đầu tư')}; phấn đấu đến 31/01/2025 giải ngân 100% kế hoạch vốn.")
    r = [14, 61, 19, 1]
    L(f"Kết quả đánh giá, xếp loại năm 2024 đối với {d.sum('{} công chức, viên chức', r, what='các mức xếp loại (cũng = 09 + 86)')}: "
      f"hoàn thành xuất sắc nhiệm vụ 14 người ({d.share(14, 95, '{}%')}), hoàn thành tốt nhiệm vụ 61 người "
      f"({d.share(61, 95, '{}%')}), hoàn thành nhiệm vụ 19 người, không hoàn thành nhiệm vụ 01 người. Cử 23 lượt viên chức "
      f"tham gia các lớp bồi dưỡng nghiệp vụ kiểm lâm, quản lý bảo tồn.")
    L("III. ĐÁNH GIÁ CHUNG")
    L(f"Năm 2024, Ban Quản lý hoàn thành {d.frac('{a}/{b} chỉ tiêu kế hoạch ({p}%)', 15, 16)}; chỉ tiêu chưa đạt là giải ngân "
      f"vốn đầu tư (đến 30/11 chưa đạt kế hoạch). Số vụ vi phạm "
      f"{d.rep('giảm {} vụ', 11, z=True, what='vụ vi phạm giảm')}, lượt khách tham quan "
      f"{d.rep('tăng {}%', D('23.4'), places=1, what='lượt khách')} {d.term('so với năm {}', '2022', '2023', expect='inconsistent', what='the body compares 46.820 with 37.942 of 2023')}; "
      f"tiền dịch vụ môi trường rừng đạt {d.rep('{} triệu đồng', dv24, stated=9182, expect='inconsistent', what='DVMTR 2024 (8 and 1 swapped)')}, "
      f"là nguồn chi trả chính cho công tác khoán bảo vệ rừng.")
    L(f"Tuy nhiên, tình hình vi phạm lâm luật còn phức tạp; theo số liệu tổng hợp cuối năm, năm 2024 toàn Vườn phát hiện "
      f"{d.rep('{} vụ vi phạm', v24, stated=60, expect='ambiguous', amb='57 vụ is dated 30/11/2024; 60 is a year-end figure of unclear cut-off date, so it may be an update rather than a slip')}, "
      f"tập trung ở các tiểu khu giáp ranh; mức khoán bảo vệ rừng còn thấp, "
      f"chưa đủ hấp dẫn người dân; cơ sở vật chất phục vụ du lịch "
      f"còn thiếu...")
    L("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025")
    L(f"Phấn đấu giảm ít nhất 10% số vụ vi phạm so với năm nay; tổ chức không dưới 2.200 lượt tuần tra; đón khoảng 50.000 lượt "
      f"khách; giao khoán bảo vệ 19.000 ha rừng, {d.diff('{w} {v} ha', 19000, 18650, what='diện tích khoán 2025 − 2024')} "
      f"{d.term('so với năm {}', '2024', '2024')}; hoàn thành giải ngân vốn đầu tư trước ngày 31/01/2025; đề nghị UBND tỉnh bổ sung "
      f"… biên chế kiểm lâm.")
    F(f"Kế hoạch số 58/KH-VQG ngày 12/01/2024 về tuần tra, truy quét; Quy chế phối hợp số 02/QCPH ngày 20/3/2024 với "
      f"các xã vùng đệm và Hạt Kiểm lâm các huyện Kbang, Đak Đoa, Mang Yang.")
    F(f"Năm 2023 đã xử lý {d.frac('{a}/{b} vụ, đạt {p}%', 61, v23, what='xử lý 2023 / 68 vụ phát hiện')}; tỷ lệ xử lý năm 2024 "
      f"{d.points('{w} {v} điểm %', hu(D(49) * 100 / v24, 2), hu(D(61) * 100 / v23, 2), what='tỷ lệ xử lý 2024 − 2023')}.")
    F("Khu cứu hộ động vật hoang dã được đầu tư theo Quyết định số 1120/QĐ-UBND ngày 09/8/2022, diện tích 2,5 ha, gồm 06 dãy chuồng "
      "nuôi và 01 khu cách ly.")
    return d


# ==============================================================================================
# 02  People's credit fund — annual report to the members' meeting, 2024
@draft
def d02():
    d = Draft('h18-02-quy-tin-dung-nhan-dan', 'Quỹ tín dụng nhân dân — báo cáo Đại hội thành viên, năm 2024')
    L, F = d.L, d.F
    L("QUỸ TÍN DỤNG NHÂN DÂN PHƯỜNG HƯNG LỢI")
    L("HỘI ĐỒNG QUẢN TRỊ")
    L("Số: 07/BC-HĐQT")
    L("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    L("Độc lập - Tự do - Hạnh phúc")
    L("Cần Thơ, ngày 20 tháng 02 năm 2025")
    L("BÁO CÁO Kết quả hoạt động năm 2024, phương hướng, kế hoạch kinh doanh năm 2025 (trình Đại hội thành viên thường niên năm 2025)")
    L("Căn cứ Luật Các tổ chức tín dụng số 32/2024/QH15; Thông tư số 29/2024/TT-NHNN ngày 28/6/2024 quy định về quỹ tín dụng "
      "nhân dân; Nghị quyết số 01/NQ-ĐHTV ngày 23/02/2024 của Đại hội thành viên thường niên năm 2024, Hội đồng quản trị Quỹ "
      "tín dụng nhân dân phường Hưng Lợi (sau đây gọi là Quỹ) báo cáo Đại hội như sau:")
    L("I. TÌNH HÌNH CHUNG")
    tv24, tv23 = 3905 + 958 + 13, 4662
    L(f"Địa bàn hoạt động gồm phường Hưng Lợi và 03 phường lân cận theo Giấy phép số 114/GP-NHNN. Đến 31/12/2024, Quỹ có "
      f"{d.sum('{} thành viên', [3905, 958, 13], what='hộ gia đình + cá nhân + pháp nhân')} (hộ gia đình 3.905, cá nhân 958, "
      f"pháp nhân 13), {d.diff('{w} {v} thành viên', tv24, tv23, what='4.876 − 4.662; also 356 kết nạp − 142 ra khỏi Quỹ = 214')} "
      f"{d.term('so với ngày {}', '31/12/2023', '31/12/2023')} (4.662 thành viên); trong năm kết nạp mới 356 thành viên, "
      f"142 thành viên ra khỏi Quỹ.")
    L(f"Bộ máy gồm {d.sum('{} người', [3, 2, 3, 6], stated=12, z=True, expect='inconsistent', what='the 02 members of the Ban Kiểm soát left out')} "
      f"(Hội đồng quản trị 03, Ban Kiểm soát 02, Ban điều hành 03, nhân viên nghiệp vụ 06), "
      f"{d.sub('trong đó {} người', 11, 14, what='trình độ đại học ≤ 14 người')} có trình độ đại học chuyên ngành tài chính - ngân hàng. "
      f"Quỹ tiền lương năm 2024 là 1.932 triệu đồng, thu nhập bình quân "
      f"{d.ratio('{} triệu đồng/người/tháng', 1932, 14 * 12, mode='per', stated='11.8', expect='ambiguous', amb='1.932 / 14 / 12 = 11,5 with the 14 staff at year-end; the average headcount of the year (which the draft does not give) may be lower, so 11,8 cannot be judged')}.")
    L("II. KẾT QUẢ HOẠT ĐỘNG NĂM 2024")
    L("1. Nguồn vốn hoạt động")
    vdl, quy, tg, vay = 18426, 9813, 371648, 12800
    nv = vdl + quy + tg + vay
    nv23 = 376472
    L(f"Tổng nguồn vốn hoạt động đến 31/12/2024 đạt {d.sum('{} triệu đồng', [vdl, quy, tg, vay], what='vốn điều lệ + các quỹ + tiền gửi + vốn vay')}, "
      f"{d.ratio('tăng {}%', nv, nv23, places=2, mode='growth', what='nguồn vốn cuối năm / đầu năm')} so với đầu năm ({N(nv23)} triệu đồng) "
      f"và {d.ratio('bằng {}% kế hoạch', nv, 400000, places=2, what='nguồn vốn / kế hoạch 400.000')} Đại hội giao (400.000 triệu đồng). "
      f"Cơ cấu: vốn điều lệ {N(vdl)} triệu đồng; các quỹ {N(quy)} triệu đồng; tiền gửi của dân cư {N(tg)} triệu đồng, "
      f"{d.share(tg, nv, 'chiếm {}%', stated='trunc', expect='rounding', what='tiền gửi / nguồn vốn')}; vốn vay Ngân hàng Hợp tác xã "
      f"{N(vay)} triệu đồng.")
    kkh, kh1, kh2 = 21360, 248905, 101383
    L(f"Chia theo kỳ hạn: tiền gửi không kỳ hạn {N(kkh)} triệu đồng, "
      f"{d.diff('{w} {v} triệu đồng', kkh, 19215, word='giảm', expect='inconsistent', what='không kỳ hạn cuối năm − đầu năm (wrong direction)')} "
      f"so với đầu năm (19.215 triệu đồng); có kỳ hạn dưới 12 tháng {N(kh1)} triệu đồng; từ 12 tháng trở lên {N(kh2)} triệu đồng "
      f"({d.sum('cộng {} triệu đồng', [kkh, kh1, kh2], stated=371468, expect='inconsistent', what='tiền gửi theo kỳ hạn; 371.468 has 6 and 4 swapped (line above gives 371.648)')}). "
      f"Tiền gửi tăng {d.diff('{v} triệu đồng', tg, 337433, what='tiền gửi cuối năm − đầu năm 337.433')} so với đầu năm (337.433 triệu đồng). "
      f"Lãi suất huy động bình quân 4,85%/năm, {d.points('{w} {v} điểm %', D('4.85'), D('5.25'), what='lãi suất huy động')} "
      f"{d.term('so với năm {}', '2023', '2023')} (5,25%/năm).")
    L(f"Vốn điều lệ {d.sum('{} triệu đồng', [D('1462.8'), D('16963.2')], what='vốn góp xác lập + vốn góp thường xuyên (= 18.426 on the line above)')}, "
      f"{d.diff('{w} {v} triệu đồng', vdl, 17262, what='vốn điều lệ cuối năm − đầu năm')} so với đầu năm (17.262 triệu đồng), gồm: vốn góp "
      f"xác lập tư cách thành viên 1.462,8 triệu đồng (bình quân "
      f"{d.ratio('{} đồng/thành viên', D('1462.8') * 1000000, tv24, places=0, mode='per', what='vốn góp xác lập / 4.876 thành viên')}, "
      f"đúng mức góp tối thiểu) và vốn góp thường xuyên 16.963,2 triệu đồng. Không có thành viên nào sở hữu vốn "
      f"góp vượt mức tối đa theo quy định.")
    L("2. Hoạt động cho vay")
    dn23, ds, thu = 321800, 486320, 451906
    dn = dn23 + ds - thu
    nh, th_ = 248350, 107864
    assert nh + th_ == dn
    L(f"Doanh số cho vay trong năm {N(ds)} triệu đồng với 2.734 lượt khách hàng; doanh số thu nợ {N(thu)} triệu đồng. "
      f"Dư nợ cho vay đến 31/12/2024 là {d.sum('{} triệu đồng', [dn23, ds, -thu], what='dư nợ đầu năm + doanh số cho vay − doanh số thu nợ (also = ngắn hạn + trung hạn)')}, "
      f"{d.diff('{w} {v} triệu đồng', dn, dn23, what='dư nợ cuối năm − đầu năm')} so với đầu năm ({N(dn23)} triệu đồng), "
      f"{d.ratio('bằng {}%', dn, nv, places=2, what='dư nợ / tổng nguồn vốn')} tổng nguồn vốn; trong đó dư nợ ngắn hạn {N(nh)} triệu đồng "
      f"({d.share(nh, dn, '{}%', stated='trunc', expect='rounding', what='ngắn hạn / dư nợ')}), trung hạn {N(th_)} triệu đồng "
      f"({d.share(th_, dn, '{}%', what='trung hạn / dư nợ')}).")
    tsb, ktsb = 301582, 54632
    L(f"Phân theo hình thức bảo đảm, trong {d.sum('tổng dư nợ {} triệu đồng', [tsb, ktsb], what='có + không có tài sản bảo đảm')}: "
      f"cho vay có tài sản bảo đảm {N(tsb)} triệu đồng, {d.share(tsb, dn, 'chiếm {}%', what='có TSBĐ / dư nợ')}; cho vay không có tài sản "
      f"bảo đảm (chủ yếu là cán bộ, công chức, người lao động có thu nhập ổn định) {N(ktsb)} triệu đồng, "
      f"{d.share(ktsb, dn, 'chiếm {}%', what='không TSBĐ / dư nợ')}.")
    kh = 2318
    L(f"Số khách hàng còn dư nợ là {d.sum('{} thành viên', [1126, 904, 371], stated=kh, expect='ambiguous', amb='purposes sum to 2.401 > 2.318; one member can hold loans for several purposes, so the three groups may overlap')} "
      f"({d.share(kh, tv24, 'bằng {}%', stated='trunc', expect='rounding', what='khách hàng còn dư nợ / thành viên')} số thành viên), gồm: "
      f"+ hộ sản xuất nông nghiệp 1.126; + hộ sản xuất kinh doanh, dịch vụ 904; + cho vay tiêu dùng, sửa chữa nhà ở 371. "
      f"Dư nợ bình quân {d.ratio('{} triệu đồng/khách hàng', dn, kh, mode='per', what='dư nợ / khách hàng')}. Lãi suất cho vay "
      f"bình quân 0,92%/tháng, thấp hơn 0,05%/tháng so với năm trước.")
    L("3. Chất lượng tín dụng")
    nqh = 4127
    nx = [1245, 906, 770]
    nxs = sum(nx)
    L(f"Nợ quá hạn đến 31/12/2024 là {N(nqh)} triệu đồng (49 món), tỷ lệ nợ quá hạn "
      f"{d.share(nqh, dn, '{}%', what='nợ quá hạn / dư nợ')}, "
      f"{d.points('{w} {v} điểm %', hu(D(nqh) * 100 / dn, 2), D('1.43'), what='tỷ lệ nợ quá hạn 2024 − 2023')} "
      f"{d.term('so với năm {}', '2023', '2023')} (1,43%); trong đó nợ xấu từ nhóm 3 đến nhóm 5 là "
      f"{d.sum('{} triệu đồng', nx, what='nợ nhóm 3 + 4 + 5')} (nhóm 3: 1.245; nhóm 4: 906; nhóm 5: 770), "
      f"{d.share(nxs, dn, 'bằng {}% tổng dư nợ', wrong_base=nv, expect='inconsistent', what='nợ xấu / dư nợ; 0,71 is nợ xấu / tổng nguồn vốn')}. "
      f"Trong năm đã thu hồi {d.frac('{a}/{b} món nợ quá hạn ({p}%)', 37, 52, amb='52 món is stated nowhere else: the draft gives 49 món overdue at 31/12/2024, so 52 may be the count at the start of the year or over the whole year; the denominator cannot be checked')}, "
      f"không phát sinh khoản vay phải xử lý rủi ro bằng quỹ dự phòng.")
    L("4. Kết quả tài chính")
    ti = [39742, 1208, 436]
    ch = [28674, 6933, 1912]
    tn, cp = sum(ti), sum(ch)
    ln = tn - cp
    L(f"Tổng thu nhập năm 2024 đạt {d.sum('{} triệu đồng', ti, what='thu lãi cho vay + lãi tiền gửi + dịch vụ, khác')}, gồm: thu lãi "
      f"cho vay 39.742 triệu đồng, thu lãi tiền gửi 1.208 triệu đồng, thu dịch vụ và thu khác 436 triệu đồng. Tổng chi phí "
      f"{d.sum('{} triệu đồng', ch, what='trả lãi + hoạt động + dự phòng')} (trả lãi tiền gửi, tiền vay 28.674; chi phí hoạt động "
      f"6.933; trích dự phòng rủi ro 1.912). Lợi nhuận trước thuế {d.diff('{v} triệu đồng', tn, cp, what='thu nhập − chi phí')}, "
      f"{d.ratio('đạt {}% kế hoạch', ln, 3600, places=2, what='lợi nhuận / kế hoạch 3.600')} (3.600 triệu đồng), "
      f"{d.ratio('tăng {}%', ln, 3441, places=2, mode='growth', stated='11.02', expect='inconsistent', what='lợi nhuận 2024 / 2023; 11,02 is (3.867 − 3.441) / 3.867, the change divided by the new year instead of the old')} "
      f"so với năm trước (3.441 triệu đồng).")
    lnst = ln - 773
    L(f"Sau khi nộp thuế thu nhập doanh nghiệp 773 triệu đồng, lợi nhuận sau thuế còn "
      f"{d.diff('{v} triệu đồng', ln, 773, what='lợi nhuận trước thuế − thuế')}, được phân phối: a) quỹ dự trữ bổ sung vốn điều lệ "
      f"155 triệu đồng ({d.share(155, lnst, '{}%', places=0, what='quỹ dự trữ / LNST')}); b) quỹ dự phòng tài chính 309 triệu đồng "
      f"({d.share(309, lnst, '{}%', places=0, what='quỹ dự phòng / LNST')}); c) quỹ khen thưởng, phúc lợi 236 triệu đồng; d) "
      f"{d.diff('còn lại {v} triệu đồng', lnst, 155 + 309 + 236, what='3.094 − 155 − 309 − 236')} chi trả lãi góp vốn cho thành "
      f"viên, tương ứng {d.share(2394, vdl, '{}%/năm', places=1, stated='13.6', expect='ambiguous', amb='the rate is said to be on the average contributed capital of the year, which is not given; on the year-end vốn điều lệ 18.426 it would be 13,0%')} "
      f"trên vốn góp bình quân.")
    L("5. Công tác kiểm tra, kiểm soát nội bộ")
    L(f"Ban Kiểm soát thực hiện {d.sum('{} cuộc kiểm tra', [4, 2], z=True, what='định kỳ + đột xuất')} (04 định kỳ, 02 đột xuất); "
      f"kiểm tra 612 hồ sơ vay vốn, {d.share(612, kh, 'bằng {}% số khách hàng', what='hồ sơ kiểm tra / khách hàng còn dư nợ')} còn dư nợ; "
      f"phát hiện {d.sum('{} hồ sơ có sai sót', [14, 17, 6], what='loại sai sót')} (thiếu chữ ký, ngày tháng 14; định giá tài sản bảo "
      f"đảm chưa đúng quy định 17; sai sót khác 06), đã chỉnh sửa, bổ sung 35 hồ sơ, "
      f"{d.diff('còn {v} hồ sơ', 37, 35, z=True, what='37 − 35')} đang hoàn thiện.")
    L(f"Các tỷ lệ bảo đảm an toàn được duy trì: tỷ lệ an toàn vốn tối thiểu 11,84% (quy định tối thiểu 8%); vốn tự có 27.350 triệu "
      f"đồng, {d.ratio('gấp {} lần', 27350, vdl, places=2, mode='times', what='vốn tự có / vốn điều lệ')} vốn điều lệ; dư nợ cho vay so với "
      f"tổng tiền gửi {d.ratio('bằng {}%', dn, tg, places=2, what='dư nợ / tiền gửi')}.")
    L("III. ĐÁNH GIÁ CHUNG")
    L(f"Năm 2024, Quỹ đạt và vượt {d.frac('{a}/{b} chỉ tiêu ({p}%)', 6, 7)} Nghị quyết Đại hội thành viên giao; tổng nguồn vốn "
      f"{d.rep('tăng {}%', D('9.62'), places=2, what='nguồn vốn tăng')} "
      f"{d.term('so với thời điểm {}', '31/12/2022', '31/12/2023', expect='inconsistent', what='the body compares with đầu năm 2024 (376.472 at 31/12/2023)')}, "
      f"dư nợ {d.rep('tăng {} triệu đồng', dn - dn23, what='dư nợ tăng')}, lợi nhuận trước thuế đạt "
      f"{d.rep('{} triệu đồng', ln, stated=3687, expect='inconsistent', what='lợi nhuận trước thuế (8 and 6 swapped)')}. Chỉ tiêu chưa "
      f"đạt là dư nợ cho vay, mới {d.ratio('bằng {}% kế hoạch', dn, 360000, places=2, what='dư nợ / kế hoạch 360.000')} (360.000 triệu đồng).")
    L(f"Tồn tại: nguồn vốn huy động chủ yếu là tiền gửi ngắn hạn; một số thành viên vay vốn sử dụng sai mục đích; Quỹ hiện có "
      f"{d.rep('{} thành viên', tv24, stated=4912, expect='ambiguous', amb='4.876 is dated 31/12/2024; hiện (at the date of the meeting, 02/2025) may be a later count, so the difference is not necessarily a slip')} "
      f"nhưng số thành viên tham gia gửi tiền thường xuyên còn ít; việc thu hồi các khoản vay của thành viên đã chuyển khỏi địa bàn "
      f"còn khó khăn; phần mềm nghiệp vụ chưa kết nối với hệ thống thanh toán của Ngân hàng Hợp tác xã (dự kiến hoàn thành trong "
      f"quý II/2025); công tác tuyên truyền về quyền, nghĩa vụ của thành viên chưa thường xuyên.")
    L("IV. KẾ HOẠCH KINH DOANH NĂM 2025")
    L(f"Tổng nguồn vốn 450.000 triệu đồng, {d.ratio('tăng {}%', 450000, nv, places=2, mode='growth', what='kế hoạch 2025 / 2024')} "
      f"{d.term('so với năm {}', '2024', '2024')}; dư nợ 390.000 triệu đồng, "
      f"{d.diff('{w} {v} triệu đồng', 390000, dn, what='kế hoạch dư nợ − dư nợ 31/12/2024')}; tỷ lệ nợ xấu dưới 1%; lợi nhuận trước "
      f"thuế 4.000 triệu đồng; kết nạp mới ít nhất 300 thành viên; tỷ lệ chia lãi góp vốn không thấp hơn năm trước. Hội đồng quản trị "
      f"đề nghị Đại hội thông qua phương án phân phối lợi nhuận năm 2024, kế hoạch năm 2025 và ủy quyền cho Hội đồng quản trị quyết "
      f"định thời điểm tổ chức Đại hội thường niên năm 2026 (dự kiến trước ngày .../3/2026).")
    F(f"Quyết định số 15/QĐ-HĐQT ngày 05/3/2024 của Hội đồng quản trị giao {d.rep('{} chỉ tiêu', 7, z=True, what='số chỉ tiêu')} kế "
      f"hoạch kinh doanh năm 2024 (nguồn vốn, dư nợ, nợ xấu, lợi nhuận, thành viên, chia lãi, an toàn vốn).")
    F(f"Hợp đồng tín dụng số 36/2024/HĐTD ngày 12/4/2024 với Ngân hàng Hợp tác xã Việt Nam - Chi nhánh Cần Thơ, hạn mức 15.000 triệu "
      f"đồng; dư nợ vay đến 31/12/2024 là {d.rep('{} triệu đồng', vay, what='vốn vay NHHTX')}, "
      f"{d.share(vay, 15000, 'sử dụng {}% hạn mức', what='vốn vay / hạn mức')}.")
    F("Năm 2023 Quỹ được Ngân hàng Nhà nước khu vực xếp loại A theo Thông tư số 42/2016/TT-NHNN; năm 2024 đang chờ kết quả xếp loại.")
    return d


# ==============================================================================================
# 03  Provincial rubber plantation company — 9-month report 2024
@draft
def d03():
    d = Draft('h18-03-cong-ty-cao-su', 'Công ty TNHH MTV cao su tỉnh — báo cáo 9 tháng năm 2024')
    L, F = d.L, d.F
    L("UBND TỈNH QUẢNG TRỊ")
    L("CÔNG TY TNHH MỘT THÀNH VIÊN CAO SU BẾN HẢI")
    L("Số: 186/BC-CSBH")
    L("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM - Độc lập - Tự do - Hạnh phúc")
    L("Quảng Trị, ngày 08 tháng 10 năm 2024")
    L("BÁO CÁO Tình hình thực hiện kế hoạch sản xuất, kinh doanh 9 tháng đầu năm 2024 và nhiệm vụ trọng tâm quý IV năm 2024")
    L("Thực hiện Văn bản số 3215/UBND-KT ngày 25/9/2024 của UBND tỉnh về việc báo cáo tình hình hoạt động của doanh nghiệp nhà nước; "
      "căn cứ Nghị quyết số 12/NQ-HĐTV ngày 15/01/2024 của Hội đồng thành viên về kế hoạch sản xuất, kinh doanh năm 2024, Công ty "
      "báo cáo như sau:")
    L("I. KẾT QUẢ THỰC HIỆN 9 THÁNG ĐẦU NĂM 2024")
    L("1. Quản lý đất đai, vườn cây")
    cs, rung, xd, cxd = D('5917.62'), D('512.40'), D('86.13'), D('326.20')
    dat = cs + rung + xd + cxd
    L(f"Tổng diện tích đất Công ty đang quản lý, sử dụng là {d.sum('{} ha', [cs, rung, xd, cxd], places=2, what='các loại đất')}, "
      f"gồm: đất trồng cao su {N(cs, 2)} ha ({d.share(cs, dat, '{}%', stated='trunc', expect='rounding', what='cao su / tổng diện tích đất')}); "
      f"đất trồng rừng, cây khác {N(rung, 2)} ha; đất xây dựng nhà máy, cơ sở hạ tầng {N(xd, 2)} ha; đất chưa sử dụng, đất bị lấn chiếm "
      f"đang xử lý {N(cxd, 2)} ha (trong đó đã lập hồ sơ đề nghị UBND tỉnh thu hồi, giao địa phương quản lý ... ha).")
    kd, kt, tc = D('4786.15'), D('863.27'), D('268.20')
    h1, h2, h3 = D('2134.6'), D('1906.3'), D('745.25')
    L(f"Diện tích cao su {d.sum('{} ha', [kd, kt, tc], places=2, what='kinh doanh + KTCB + tái canh')} chia ra: vườn cây kinh doanh "
      f"{d.sum('{} ha', [h1, h2, h3], places=2, what='vườn cây kinh doanh theo hạng I, II, III')} "
      f"({d.share(kd, cs, 'chiếm {}%', what='kinh doanh / diện tích cao su')}), vườn cây kiến thiết cơ bản {N(kt, 2)} ha "
      f"({d.share(kt, cs, 'chiếm {}%', wrong_base=dat, expect='inconsistent', what='KTCB / diện tích cao su; 12,62 is KTCB / tổng diện tích đất')}), "
      f"diện tích trồng tái canh năm 2024 là {N(tc, 2)} ha ({d.ratio('đạt {}% kế hoạch', tc, 270, places=2, what='tái canh / kế hoạch 270 ha')}). Vườn cây kinh doanh phân theo hạng: hạng I {N(h1, 2)} ha, hạng II "
      f"{N(h2, 2)} ha, hạng III {N(h3, 2)} ha.")
    L(f"Diện tích tái canh {d.sum('{} ha', [D('142.5'), D('96.3'), D('87.4')], places=2, stated=tc, expect='ambiguous', amb='the three items sum to 326,2 > 268,2, but the clone RRIV 209 (87,4 ha) is a different dimension from the planting method and may overlap it')} "
      f"đã trồng xong trước ngày 15/9/2024, gồm: trồng bằng cây bầu 2 tầng lá 142,5 ha; trồng bằng stump bầu 96,3 ha; diện tích sử dụng "
      f"giống RRIV 209 là 87,4 ha.")
    L("2. Khai thác, thu mua mủ")
    nt = [D('1842.6'), D('1596.3'), D('1213.9'), D('473.6')]
    sl = sum(nt)
    q3 = D('2684.7')
    sl23 = D('4800.2')
    L(f"Sản lượng mủ khai thác 9 tháng đạt {d.sum('{} tấn', nt, places=1, what='sản lượng theo nông trường')} quy khô, "
      f"{d.ratio('bằng {}% kế hoạch năm', sl, 7500, places=2, stated='68.53', expect='inconsistent', what='sản lượng / kế hoạch 7.500 tấn; 68,53 has 3 and 5 swapped')} "
      f"(7.500 tấn) và {d.ratio('tăng {}%', sl, sl23, places=1, mode='growth', what='9 tháng 2024 / 9 tháng 2023')} so với cùng kỳ "
      f"{d.term('năm {} ({} tấn)'.replace('({} tấn)', '(4.800,2 tấn)'), '2023', '2023')}; trong đó quý III đạt {N(q3, 1)} tấn, "
      f"{d.share(q3, sl, 'chiếm {}% sản lượng 9 tháng', what='quý III / 9 tháng')}. Cụ thể: Nông trường Bến Hải 1.842,6 tấn; "
      f"Nông trường Cồn Tiên 1.596,3 tấn; Nông trường Vĩnh Linh 1.213,9 tấn; Xí nghiệp khai thác Gio Linh 473,6 tấn. Năng suất bình quân "
      f"{d.ratio('{} tấn/ha', sl, kd, places=2, mode='per', what='sản lượng / diện tích kinh doanh')} vườn cây kinh doanh.")
    qq1, qq2 = D('369.4'), D('2072.3')
    L(f"Theo quý, sản lượng khai thác quý I là {N(qq1, 1)} tấn (tháng 2 - 3 nghỉ cạo, thay lá), quý II {N(qq2, 1)} tấn, quý III "
      f"{d.rep('{} tấn', q3, places=1, what='quý III')} (cộng 9 tháng {d.sum('{} tấn', [qq1, qq2, q3], places=1, what='quý I + II + III = sản lượng 9 tháng')}); "
      f"sản lượng quý III {d.diff('{w} {v} tấn', q3, qq2, places=1, what='quý III − quý II')} "
      f"{d.term('so với quý {}', 'II', 'II', what='quarter-on-quarter: the previous quarter of quý III')} nhờ thời tiết thuận lợi và "
      f"áp dụng chế độ cạo nhịp độ thấp có kích thích mủ trên vườn cây hạng I.")
    pb = [2156, 1018, 238]
    L(f"Công tác chăm sóc: đã bón phân cho toàn bộ vườn cây kinh doanh và kiến thiết cơ bản với "
      f"{d.sum('{} tấn phân các loại', pb, what='NPK + hữu cơ vi sinh + vôi')} (phân NPK 2.156 tấn, phân hữu cơ vi sinh 1.018 tấn, vôi bột "
      f"238 tấn); phòng trị bệnh nấm hồng, phấn trắng trên 412,5 ha, "
      f"{d.share(D('412.5'), kd, 'bằng {}% diện tích kinh doanh', what='diện tích phòng trị / vườn cây kinh doanh')}; làm cỏ, "
      f"phát dọn băng, làm đường ranh phòng chống cháy trên toàn bộ diện tích vườn cây.")
    tm, tm23 = D('1386.5'), D('1600.8')
    L(f"Thu mua mủ cao su tiểu điền trên địa bàn 9 tháng được {N(tm, 1)} tấn quy khô, "
      f"{d.diff('{w} {v} tấn', tm, tm23, places=1, word='tăng', expect='inconsistent', what='thu mua 9 tháng 2024 − cùng kỳ (wrong direction)')} "
      f"so với cùng kỳ (1.600,8 tấn) do giá mủ tăng, nhiều hộ tiểu điền bán cho thương lái; giá thu mua bình quân 37,5 triệu đồng/tấn.")
    L("3. Chế biến, tiêu thụ sản phẩm")
    cb = sl + tm
    p1, p2, p3 = D('3842.6'), D('1926.4'), D('743.9')
    assert p1 + p2 + p3 == cb
    L(f"Nhà máy chế biến {d.sum('{} tấn', [sl, tm], places=1, what='mủ vườn cây Công ty + mủ thu mua (= SVR 3L + SVR 10-20 + ly tâm)')} "
      f"thành phẩm, gồm mủ vườn cây Công ty {d.rep('{} tấn', sl, places=1, what='sản lượng khai thác')} và mủ thu mua; cơ cấu sản phẩm: "
      f"SVR 3L {N(p1, 1)} tấn ({d.share(p1, cb, '{}%', what='SVR 3L / chế biến')}), SVR 10 - 20 {N(p2, 1)} tấn "
      f"({d.share(p2, cb, '{}%', stated='trunc', expect='rounding', what='SVR 10-20 / chế biến')}), mủ ly tâm {N(p3, 1)} tấn "
      f"({d.share(p3, cb, '{}%', what='ly tâm / chế biến')}). Tỷ lệ SVR 3L "
      f"{d.points('{w} {v} điểm phần trăm', hu(p1 * 100 / cb, 2), D('54.8'), what='tỷ lệ SVR 3L so với cùng kỳ 54,8%')} so với "
      f"cùng kỳ (54,8%).")
    tt = D('5984.3')
    dtm = 246912
    L(f"Tiêu thụ {N(tt, 1)} tấn, giá bán bình quân "
      f"{d.ratio('{} triệu đồng/tấn', dtm, tt, places=2, mode='per', what='doanh thu tiêu thụ mủ / sản lượng tiêu thụ')} (chưa có thuế "
      f"GTGT), {d.diff('{w} {v} triệu đồng/tấn', D('41.26'), D('36.14'), places=2, what='giá bán 2024 − cùng kỳ')} so với cùng kỳ "
      f"(36,14 triệu đồng/tấn); doanh thu tiêu thụ mủ {N(dtm)} triệu đồng. Xuất khẩu trực tiếp 2.405 tấn, "
      f"{d.share(2405, tt, 'chiếm {}%', stated='trunc', expect='rounding', what='xuất khẩu / tiêu thụ')} sản lượng tiêu thụ, thị "
      f"trường chính là Trung Quốc, Ấn Độ, Hàn Quốc; tồn kho thành phẩm tăng "
      f"{d.diff('{v} tấn', cb, tt, places=1, what='chế biến − tiêu thụ')} so với đầu năm.")
    L("4. Kết quả tài chính")
    rv = [dtm, 14860, 6665]
    rvt = sum(rv)
    co = [212380, 9415, 19810, 3690]
    cot = sum(co)
    lntt = rvt - cot
    L(f"Tổng doanh thu 9 tháng {d.sum('{} triệu đồng', rv, what='mủ + gỗ thanh lý + tài chính, khác')}, "
      f"{d.ratio('bằng {}% kế hoạch năm', rvt, 375000, places=2, what='doanh thu / kế hoạch 375.000')} (375.000 triệu đồng), gồm: "
      f"doanh thu tiêu thụ mủ {d.rep('{} triệu đồng', dtm, what='doanh thu mủ')}; doanh thu gỗ cao su thanh lý 14.860 triệu đồng, "
      f"{d.ratio('tăng {}%', 14860, 1320, places=0, mode='growth', stated='1026', expect='ambiguous', amb='written 1.026%: read with the vi-VN thousands dot it is 1.026 % (14.860 / 1.320 − 1 = 1.025,8 %, consistent), but it may be a mistyped 1,026 %; the number form itself is ambiguous')} "
      f"so với cùng kỳ (1.320 triệu đồng); doanh thu tài chính, thu nhập khác 6.665 triệu đồng.")
    L(f"Tổng chi phí {d.sum('{} triệu đồng', co, what='giá vốn + bán hàng + quản lý + tài chính')} (giá vốn hàng bán 212.380; chi phí bán "
      f"hàng 9.415; chi phí quản lý doanh nghiệp 19.810; chi phí tài chính 3.690); giá thành sản xuất bình quân "
      f"{d.ratio('{} triệu đồng/tấn', 212380, tt, places=1, mode='per', stated='36.8', expect='ambiguous', amb='giá thành sản xuất is not giá vốn hàng bán: the production cost and the produced quantity it refers to are not given (212.380 / 5.984,3 = 35,5 is the cost of goods sold per tonne sold)')}. "
      f"Lợi nhuận trước thuế {d.diff('{v} triệu đồng', rvt, cot, what='doanh thu − chi phí')}, tỷ suất lợi nhuận trên doanh thu "
      f"{d.share(lntt, rvt, '{}%', what='lợi nhuận / doanh thu')}, {d.ratio('gấp {} lần', lntt, 10062, places=1, mode='times', what='lợi nhuận / cùng kỳ 10.062')} "
      f"cùng kỳ năm trước (10.062 triệu đồng) và {d.ratio('bằng {}% kế hoạch lợi nhuận', lntt, 25000, places=2, what='lợi nhuận / kế hoạch 25.000')} "
      f"năm. Nộp ngân sách nhà nước 17.934 triệu đồng.")
    xd_ = [12480, 6214, 2682]
    L(f"Vốn đầu tư xây dựng cơ bản thực hiện {d.sum('{} triệu đồng', xd_, stated=12480 + 6214, expect='inconsistent', what='the 2.682 of repairs left out of the total')}, "
      f"bao gồm: chăm sóc vườn cây kiến thiết cơ bản 12.480 triệu đồng; trồng tái canh 6.214 triệu đồng; sửa chữa nhà máy, đường lô "
      f"2.682 triệu đồng; nguồn vốn từ quỹ đầu tư phát triển và khấu hao cơ bản của Công ty.")
    L("5. Lao động, tiền lương, chính sách")
    ld = [1248, 96, 142]
    ldt = sum(ld)
    L(f"Tổng số lao động đến 30/9/2024 là {d.sum('{} người', ld, what='trực tiếp khai thác + chế biến + gián tiếp')}, "
      f"{d.diff('{w} {v} người', ldt, 1471, what='lao động 30/9 − đầu năm 1.471 (= tuyển mới 52 − nghỉ 37)')} so với đầu năm (1.471 người) "
      f"do tuyển mới 52, nghỉ hưu, nghỉ việc 37 người; gồm: công nhân khai thác 1.248 người, lao động chế biến 96 người, lao động gián "
      f"tiếp, phục vụ 142 người; {d.sub('lao động nữ {} người', 712, ldt, what='nữ ≤ tổng')}, đồng bào dân tộc thiểu số (Vân Kiều, "
      f"Pa Kô) {d.sub('{} người', 318, ldt, what='DTTS ≤ tổng')}.")
    L(f"Quỹ tiền lương 9 tháng 123.580 triệu đồng; thu nhập bình quân "
      f"{d.ratio('{} triệu đồng/người/tháng', 123580, ldt * 9, places=2, mode='per', what='quỹ lương / (1.486 × 9)')}, "
      f"{d.ratio('tăng {}%', D('9.24'), D('8.55'), places=1, mode='growth', what='thu nhập 2024 / 8,55')} "
      f"{d.term('so với năm {}', '2023', '2023', amb='in a 9-month report, 8,55 triệu đồng may be the 9-month 2023 average or the whole-year 2023 average; the draft does not say which period năm 2023 means here')} "
      f"(8,55 triệu đồng). Đã khám sức khỏe định kỳ cho "
      f"{d.frac('{a}/{b} công nhân khai thác ({p}%)', 1126, 1248, stated='92.02', expect='inconsistent', what='khám sức khỏe; 92,02 has the digits 0 and 2 swapped')}; "
      f"xảy ra 02 vụ tai nạn lao động nhẹ, không có tai nạn chết người.")
    L(f"Trích nộp bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp 9 tháng 28.423 triệu đồng, "
      f"{d.share(28423, 123580, 'bằng {}% quỹ tiền lương', places=0, what='bảo hiểm / quỹ lương')}; chi trợ cấp, hỗ trợ cho "
      f"{d.rep('{} lao động', 37, what='lao động nghỉ hưu, nghỉ việc')} nghỉ hưu, nghỉ việc với tổng số tiền 1.295 triệu đồng, bình "
      f"quân {d.ratio('{} triệu đồng/người', 1295, 37, places=0, mode='per', what='hỗ trợ / 37 người')}; hỗ trợ nhà ở cho 14 hộ công "
      f"nhân khó khăn theo Kế hoạch số 21/KH-CSBH ngày 12/3/2024.")
    L("II. ĐÁNH GIÁ CHUNG")
    L(f"9 tháng đầu năm 2024, Công ty hoàn thành tốt nhiệm vụ; sản lượng quý III đạt "
      f"{d.rep('{} tấn', q3, places=1, stated=D('2648.7'), expect='inconsistent', what='sản lượng quý III (8 and 4 swapped)')}, doanh thu "
      f"{d.rep('bằng {}% kế hoạch', hu(D(rvt) * 100 / 375000, 2), places=2, what='doanh thu / kế hoạch')}, lợi nhuận "
      f"{d.rep('gấp {} lần', D('2.3'), places=1, what='lợi nhuận / cùng kỳ')} "
      f"{d.term('so với cùng kỳ năm {}', '2022', '2023', expect='inconsistent', what='the body compares with 10.062 of the same period last year (2023)')} "
      f"và đạt {d.rep('{}% kế hoạch năm', hu(D(lntt) * 100 / 25000, 2), places=2, what='lợi nhuận / kế hoạch')}. "
      f"Tuy nhiên, thu mua mủ tiểu điền giảm; diện tích bị lấn chiếm chưa được xử lý dứt điểm; theo kết quả kiểm kê, Công ty đang "
      f"quản lý {d.rep('{} ha cao su', cs, places=2, stated=D('6012.40'), expect='ambiguous', amb='the inventory date is not given; it may be the 2019 land-allocation inventory rather than the current 5.917,62 ha')}; "
      f"giá mủ biến động khó lường.")
    L("III. NHIỆM VỤ TRỌNG TÂM QUÝ IV NĂM 2024")
    L(f"Phấn đấu khai thác {d.diff('{v} tấn trong quý IV', 7500, sl, places=1, what='kế hoạch năm − 9 tháng')} để hoàn thành "
      f"{d.rep('kế hoạch năm {} tấn', 7500, what='kế hoạch sản lượng')}; "
      f"tiêu thụ dứt điểm lượng hàng tồn kho; hoàn thành nghiệm thu vườn cây tái canh; phối hợp với UBND các huyện Vĩnh Linh, Gio Linh giải quyết dứt điểm "
      f"các trường hợp lấn chiếm đất theo Kết luận số 45/KL-UBND ngày 20/6/2024; chuẩn bị phương án sản xuất, kinh doanh năm 2025 "
      f"trình Hội đồng thành viên trước ngày 15/12/2024; ... .")
    F(f"Nghị quyết số 12/NQ-HĐTV ngày 15/01/2024 giao: sản lượng khai thác {d.rep('{} tấn', 7500, what='kế hoạch sản lượng')}, "
      f"doanh thu {d.rep('{} triệu đồng', 375000, what='kế hoạch doanh thu')}, lợi nhuận trước thuế 25.000 triệu đồng, trồng tái canh 270 ha.")
    F("Nông trường Vĩnh Linh chuyển 46,8 ha vườn cây hạng III sang thanh lý từ ngày 01/7/2024 theo Quyết định số 77/QĐ-CSBH; diện tích này đã được loại khỏi "
      "diện tích vườn cây kinh doanh khi tính năng suất từ quý III/2024.")
    return d


# ==============================================================================================
# 04  Provincial airport — annual review 2024
@draft
def d04():
    d = Draft('h18-04-cang-hang-khong', 'Cảng hàng không tỉnh — báo cáo tổng kết năm 2024')
    L, F = d.L, d.F
    L("TỔNG CÔNG TY CẢNG HÀNG KHÔNG VIỆT NAM - CTCP")
    L("CẢNG HÀNG KHÔNG ĐỒNG HỚI")
    L("Số: 1268/BC-CHKĐH")
    L("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    L("Độc lập - Tự do - Hạnh phúc")
    L("Quảng Bình, ngày 27 tháng 12 năm 2024")
    L("BÁO CÁO Tổng kết công tác năm 2024, nhiệm vụ, kế hoạch năm 2025")
    L("Căn cứ Quyết định số 512/QĐ-TCTCHK ngày 29/01/2024 của Tổng công ty Cảng hàng không Việt Nam về giao kế hoạch sản xuất kinh "
      "doanh năm 2024; Công văn số 76/UBND-KT ngày 11/01/2024 của UBND tỉnh Quảng Bình về phối hợp phát triển các đường bay, Cảng "
      "hàng không Đồng Hới (sau đây gọi là Cảng) báo cáo kết quả như sau:")
    L("I. ĐẶC ĐIỂM TÌNH HÌNH")
    st = [32, 68, 41, 45]
    L(f"Cảng có 01 đường cất hạ cánh dài 2.400 m, rộng 45 m; sân đỗ 05 vị trí tàu bay code C; nhà ga hành khách công suất thiết kế "
      f"500.000 hành khách/năm. Tổng số lao động đến 30/11/2024 là {d.sum('{} người', st, what='các bộ phận')}, chia ra: khối quản lý, "
      f"văn phòng 32; Đội An ninh hàng không 68; Đội Kỹ thuật khai thác 41; Trung tâm Khai thác ga 45; "
      f"{d.sub('lao động nữ {} người', 65, 186, what='nữ ≤ tổng')} ({d.share(65, 186, '{}%', stated='trunc', expect='rounding', what='nữ / lao động')}); "
      f"tuổi đời bình quân 36,4; hợp đồng lao động không xác định thời hạn chiếm đa số.")
    L("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024")
    L("1. Sản lượng khai thác")
    cb = [3514, 236, 112]
    cbt = sum(cb)
    L(f"a) Chuyến bay: tổng số lượt chuyến bay cất, hạ cánh năm 2024 (số liệu ước đến 31/12) là "
      f"{d.sum('{} lượt chuyến', cb, what='thường lệ + thuê chuyến + chuyên cơ, công vụ, kỹ thuật')}, "
      f"{d.ratio('tăng {}%', cbt, 3427, places=1, mode='growth', what='chuyến bay 2024 / 2023')} {d.term('so với năm {}', '2023', '2023')} "
      f"(3.427 lượt chuyến) và {d.ratio('bằng {}% kế hoạch', cbt, 3700, places=2, what='chuyến bay / kế hoạch 3.700')} Tổng công ty giao; "
      f"trong đó chuyến bay thường lệ 3.514, chuyến bay thuê chuyến 236, chuyên cơ, công vụ, hạ cánh kỹ thuật 112.")
    al = [1684, 1452, 378]
    L(f"Khai thác 05 đường bay nội địa thường lệ và 02 đường bay quốc tế thuê chuyến; "
      f"{d.sum('{} lượt chuyến bay thường lệ', al, what='theo hãng (= 3.514 above)')} do 03 hãng khai thác: Vietnam Airlines "
      f"1.684 lượt ({d.share(1684, 3514, '{}%', what='VNA / thường lệ')}), Vietjet Air 1.452 lượt ({d.share(1452, 3514, '{}%', what='VJ / thường lệ')}), "
      f"Bamboo Airways 378 lượt ({d.share(378, 3514, '{}%', what='QH / thường lệ')}). Tương ứng "
      f"{d.ratio('{} cặp chuyến', cbt, 2, places=0, mode='per', what='3.862 lượt cất, hạ cánh / 2')} đi và đến; bãi đỗ xe ô tô phục vụ 86.420 "
      f"lượt xe, doanh thu 3.215 triệu đồng, bình quân {d.ratio('{} đồng/lượt', 3215 * 1000000, 86420, places=0, mode='per', what='doanh thu bãi xe / lượt xe')}.")
    di, den = 251208, 247108
    hk = di + den
    qt = 21486
    L(f"b) Hành khách: sản lượng hành khách thông qua {d.sum('{} lượt', [di, den], what='hành khách đi + đến')} (đi {N(di)}, đến "
      f"{N(den)}), {d.ratio('tăng {}%', hk, 428842, places=1, mode='growth', what='hành khách 2024 / 2023')} so với năm trước "
      f"(428.842 lượt), {d.ratio('bằng {}%', hk, 500000, places=2, what='hành khách / công suất 500.000')} công suất thiết kế nhà ga; "
      f"khách quốc tế {N(qt)} lượt, {d.share(qt, hk, 'chiếm {}%', wrong_base=di, expect='inconsistent', what='khách quốc tế / hành khách thông qua; 8,55 is / hành khách đi')}. "
      f"Giờ cao điểm có lúc lên tới 620 hành khách/giờ, "
      f"{d.ratio('vượt {}%', 620, 500, places=0, mode='growth', stated='24', expect='ambiguous', amb='the peak-hour capacity of the terminal is not stated (500.000 is per year); 24 % fits a capacity of 500 per hour, which the draft never gives')} "
      f"công suất giờ cao điểm.")
    q3 = 158420
    L(f"Quý III là quý cao điểm với {N(q3)} lượt khách, {d.share(q3, hk, 'chiếm {}%', what='quý III / năm')} sản lượng cả năm, "
      f"{d.ratio('tăng {}%', q3, 144281, places=1, mode='growth', what='quý III 2024 / quý III năm trước')} so với "
      f"{d.term('cùng kỳ năm {}', '2022', '2023', expect='inconsistent', what='cùng kỳ of quý III/2024 is quý III/2023')} (144.281 lượt). "
      f"Cao điểm Tết Giáp Thìn (từ 25/01 đến hết 29/02/2024) phục vụ 612 chuyến bay, 82.475 hành khách, bình quân "
      f"{d.ratio('{} chuyến/ngày', 612, 36, places=0, mode='per', what='612 chuyến / 36 ngày (25/01–29/02/2024)')}.")
    hh, bk = D('1286.4'), D('312.8')
    L(f"c) Hàng hóa, bưu kiện thông qua {N(hh, 1)} tấn, "
      f"{d.ratio('giảm {}%', hh, D('1402.9'), places=1, mode='decline', what='hàng hóa 2024 / 2023')} so với năm 2023 (1.402,9 tấn) do "
      f"hãng hàng không điều chỉnh tàu bay thân hẹp; trong đó bưu kiện {N(bk, 1)} tấn, "
      f"{d.share(bk, hh, 'chiếm {}%', stated='trunc', expect='rounding', what='bưu kiện / hàng hóa')}.")
    L("2. Chất lượng dịch vụ, bảo đảm an ninh, an toàn")
    tr_ = [118, 241, 31, 12]
    L(f"Tỷ lệ chuyến bay cất cánh đúng giờ (OTP) đạt 89,6%, "
      f"{d.points('{w} {v} điểm %', D('89.6'), D('87.8'), places=1, stated=D('2.3'), expect='inconsistent', what='OTP 2024 − 2023 (87,8%)')} "
      f"so với năm 2023 (87,8%). Có {d.sum('{} chuyến bay chậm giờ', tr_, what='nguyên nhân chậm')}, "
      f"{d.share(402, cbt, 'chiếm {}%', what='chậm / tổng chuyến')} tổng số chuyến bay, trong đó do thời tiết 118 chuyến, do hãng hàng "
      f"không 241 chuyến, do quản lý bay 31 chuyến, nguyên nhân khác 12 chuyến.")
    uu = [3215, 486, 1207, 1622]
    L(f"Phục vụ {d.sum('{} lượt hành khách cần trợ giúp đặc biệt', uu, stated=6412, expect='ambiguous', amb='the groups sum to 6.530 > 6.412; an elderly passenger may also be disabled, so the groups may overlap and the list need not add up')} "
      f"(người cao tuổi 3.215, người khuyết tật 486, phụ nữ có thai 1.207, trẻ em đi một mình 1.622); tiếp nhận 37 ý kiến phản ánh của "
      f"hành khách, đã giải quyết xong 100% trong thời hạn.")
    L(f"Lực lượng an ninh soi chiếu {d.rep('{} lượt hành khách đi', di, stated=215208, expect='inconsistent', what='hành khách đi (5 and 1 swapped)')} "
      f"và 198.640 kiện hành lý ký gửi; phát hiện, thu giữ 1.842 vật phẩm nguy hiểm, cấm mang lên tàu bay, "
      f"{d.diff('{w} {v} vật phẩm', 1842, 2158, what='vật phẩm 2024 − 2023')} so với năm trước (2.158 vật phẩm); xử lý 14 vụ vi phạm "
      f"an ninh hàng không. Xảy ra 03 sự cố chim va chạm tàu bay, "
      f"{d.diff('{w} {v} vụ', 3, 5, z=True, word='tăng', expect='inconsistent', what='sự cố chim 2024 − 2023 (wrong direction)')} so với "
      f"năm 2023 (05 vụ), không gây uy hiếp an toàn bay.")
    L("3. Doanh thu, chi phí")
    hkdt, phk = 98412, 44273
    dt = hkdt + phk
    cp = [41306, 21480, 9612, 13816]
    L(f"Tổng doanh thu năm 2024 ước đạt {d.sum('{} triệu đồng', [hkdt, phk], what='hàng không + phi hàng không')}, "
      f"{d.ratio('bằng {}% kế hoạch', dt, 133000, places=2, what='doanh thu / kế hoạch 133.000')} (133.000 triệu đồng), "
      f"{d.ratio('tăng {}%', dt, 120512, places=1, mode='growth', what='doanh thu 2024 / 2023')} so với năm 2023 (120.512 triệu đồng); "
      f"gồm doanh thu hàng không {N(hkdt)} triệu đồng và doanh thu phi hàng không {N(phk)} triệu đồng "
      f"({d.share(phk, dt, '{}%', stated='trunc', expect='rounding', what='phi hàng không / doanh thu')}).")
    hkp = [61205, 18930, 12486, 5791]
    L(f"Cơ cấu {d.sum('doanh thu hàng không {} triệu đồng', hkp, what='phục vụ hành khách + cất hạ cánh + an ninh + khác')}: phục vụ hành "
      f"khách 61.205 triệu đồng ({d.share(61205, hkdt, '{}%', what='phục vụ hành khách / doanh thu hàng không')}), cất, hạ cánh 18.930 "
      f"triệu đồng, soi chiếu an ninh 12.486 triệu đồng, dịch vụ hàng không khác 5.791 triệu đồng. Doanh thu hàng không bình quân "
      f"{d.ratio('{} đồng/hành khách', hkdt * 1000000, hk, places=0, mode='per', stated='255000', expect='ambiguous', amb='doanh thu hàng không also holds landing, parking and ground-handling charges per flight, so it is not a per-passenger figure; 98.412 triệu / 498.316 = 197.493, / 251.208 departing = 391.756 – the base cannot be identified')}.")
    L(f"Chi phí hoạt động {d.sum('{} triệu đồng', cp, stated=sum(cp[:3]), expect='inconsistent', what='dịch vụ mua ngoài 13.816 left out of the total')}, "
      f"trong đó chi phí nhân công 41.306 triệu đồng, khấu hao tài sản cố định 21.480 triệu đồng, sửa chữa thường xuyên 9.612 triệu "
      f"đồng, dịch vụ mua ngoài 13.816 triệu đồng. Nộp ngân sách nhà nước 6.284 triệu đồng.")
    L("4. Đầu tư, sửa chữa kết cấu hạ tầng")
    L(f"Dự án mở rộng sân đỗ tàu bay (bổ sung 04 vị trí đỗ) tổng mức đầu tư 286,5 tỷ đồng; lũy kế giải ngân đến 30/11/2024 là 198,7 tỷ "
      f"đồng, {d.share(D('198.7'), D('286.5'), 'đạt {}%', what='lũy kế giải ngân / tổng mức đầu tư')} tổng mức đầu tư; kế hoạch vốn năm 2024 "
      f"được giao 120 tỷ đồng, đã giải ngân 112,6 tỷ đồng, {d.share(D('112.6'), 120, 'bằng {}%', what='giải ngân / kế hoạch vốn năm')} "
      f"kế hoạch vốn năm. Sửa chữa lớn thực hiện 06 hạng mục (hệ thống đèn tim đường lăn, 02 băng chuyền hành lý, ...) với giá trị "
      f"8.412 triệu đồng, {d.ratio('bằng {}% kế hoạch', 8412, 9000, places=2, what='sửa chữa lớn / kế hoạch 9.000')} (9.000 triệu đồng).")
    L(f"Chuyển đổi số: triển khai xác thực hành khách bằng sinh trắc học qua ứng dụng VNeID tại 04 quầy làm thủ tục và 02 cửa kiểm "
      f"tra an ninh từ ngày 01/6/2024; tỷ lệ hành khách làm thủ tục trực tuyến đạt 38,5%, "
      f"{d.points('{w} {v} điểm phần trăm', D('38.5'), D('27.3'), places=1, what='thủ tục trực tuyến 2024 − 2023')} "
      f"{d.term('so với năm {}', '2023', '2023')} (27,3%); 100% hóa đơn dịch vụ phi hàng không được phát hành điện tử.")
    lh = [(9, 164), (4, 96), (13, 152)]
    L(f"Tổ chức {d.sum('{} lớp huấn luyện', [a for a, b in lh], what='số lớp')}, bồi dưỡng nghiệp vụ cho "
      f"{d.sum('{} lượt người', [b for a, b in lh], what='lượt người')}, bình quân "
      f"{d.ratio('{} người/lớp', 412, 26, places=1, mode='per', what='lượt người / lớp')}; trong đó huấn luyện định kỳ an ninh hàng không "
      f"09 lớp, 164 lượt; khẩn nguy sân bay 04 lớp, 96 lượt; nghiệp vụ khác 13 lớp, 152 lượt. Ngày 18/10/2024 tổ chức diễn tập khẩn "
      f"nguy sân bay cấp cơ sở với sự tham gia của 23 cơ quan, đơn vị.")
    L("III. ĐÁNH GIÁ CHUNG")
    L(f"Năm 2024, Cảng hoàn thành {d.frac('{a}/{b} chỉ tiêu kế hoạch ({p}%)', 11, 12)}; sản lượng hành khách "
      f"{d.rep('tăng {}%', D('16.2'), places=1, what='hành khách tăng')}, doanh thu ước đạt "
      f"{d.rep('{} triệu đồng', dt, stated=142865, expect='inconsistent', what='doanh thu (6 and 8 swapped)')}, dự án mở rộng sân đỗ đã giải "
      f"ngân {d.rep('{} tỷ đồng', D('198.7'), places=1, stated=D('205.4'), expect='ambiguous', amb='198,7 tỷ is dated 30/11/2024; the summary gives no date, so 205,4 may be a later cumulative figure')}; "
      f"lượng khách quốc tế trên các chuyến bay thuê chuyến từ Hàn Quốc, Thái Lan đạt "
      f"{d.rep('{} lượt', qt, stated=20914, expect='ambiguous', amb='21.486 counts all international passengers; 20.914 may count only those on charter flights from Korea and Thailand, a different scope')}. "
      f"Chỉ tiêu chưa đạt là hàng hóa (sản lượng giảm); nhà ga thường xuyên quá tải vào giờ cao điểm; công tác phối hợp với Cảng "
      f"vụ Hàng không miền Trung, các hãng hàng không và lực lượng chức năng trên địa bàn được duy trì chặt chẽ, hiệu quả.")
    L("IV. KẾ HOẠCH NĂM 2025")
    L(f"Phấn đấu đạt 4.100 lượt chuyến bay, {d.ratio('tăng {}%', 4100, cbt, places=2, mode='growth', what='kế hoạch 2025 / 2024')} "
      f"{d.term('so với năm {}', '2024', '2024')}; 560.000 lượt hành khách, "
      f"{d.diff('{w} {v} lượt', 560000, hk, what='kế hoạch 2025 − 2024')}; hàng hóa 1.350 tấn, "
      f"{d.diff('{w} {v} tấn', 1350, hh, places=1, what='kế hoạch hàng hóa 2025 − 2024')}; doanh thu 155.000 triệu đồng, "
      f"{d.ratio('tăng {}%', 155000, dt, places=2, mode='growth', what='kế hoạch doanh thu 2025 / 2024')}; hoàn thành dự án mở rộng sân đỗ trong quý III/2025; "
      f"phối hợp với UBND tỉnh mở thêm 02 đường bay quốc tế thường lệ; kiến nghị Tổng công ty sớm phê duyệt chủ trương đầu tư nhà "
      f"ga hành khách mới công suất … triệu hành khách/năm.")
    F(f"Các chỉ tiêu theo Quyết định số 512/QĐ-TCTCHK: chuyến bay {d.rep('{} lượt', 3700, what='kế hoạch chuyến bay')}; hành khách "
      f"470.000 lượt; hàng hóa 1.450 tấn; doanh thu {d.rep('{} triệu đồng', 133000, what='kế hoạch doanh thu')}; ... (tổng số "
      f"{d.rep('{} chỉ tiêu', 12, what='số chỉ tiêu')}).")
    F(f"Trợ giúp đặc biệt thực hiện theo Thông tư số 20/2023/TT-BGTVT; Đội An ninh hàng không có "
      f"{d.rep('{} người', 68, what='Đội An ninh hàng không')}, trong đó "
      f"{d.frac('{a}/{b} nhân viên ({p}%)', 62, 68)} được gia hạn chứng chỉ nghiệp vụ soi chiếu.")
    return d


# ==============================================================================================
# 05  Provincial real estate association — term review 2019 - 2024
@draft
def d05():
    d = Draft('h18-05-hiep-hoi-bat-dong-san', 'Hiệp hội Bất động sản tỉnh — tổng kết nhiệm kỳ 2019 - 2024')
    L, F = d.L, d.F
    L("HIỆP HỘI BẤT ĐỘNG SẢN TỈNH KHÁNH HÒA")
    L("Số: 24/BC-HHBĐS")
    L("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM - Độc lập - Tự do - Hạnh phúc")
    L("Khánh Hòa, ngày 15 tháng 11 năm 2024")
    L("BÁO CÁO Tổng kết hoạt động nhiệm kỳ II (2019 - 2024), phương hướng, nhiệm vụ nhiệm kỳ III (2024 - 2029)")
    L("(Dự thảo trình Đại hội đại biểu Hiệp hội Bất động sản tỉnh lần thứ III)")
    L("Hiệp hội Bất động sản tỉnh Khánh Hòa (sau đây gọi là Hiệp hội) được thành lập theo Quyết định số 1862/QĐ-UBND ngày 14/7/2014 "
      "của UBND tỉnh, hoạt động theo Điều lệ được phê duyệt tại Quyết định số 2950/QĐ-UBND ngày 05/11/2019. Đại hội đại biểu lần "
      "thứ II (ngày 22/10/2019) đã đề ra 06 nhóm nhiệm vụ và 08 chỉ tiêu chủ yếu; sau 05 năm thực hiện, Ban Chấp hành báo cáo như sau:")
    L("PHẦN THỨ NHẤT - KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI LẦN THỨ II")
    L("I. CÔNG TÁC PHÁT TRIỂN HỘI VIÊN, XÂY DỰNG TỔ CHỨC")
    hv, hv0 = 158 + 28, 122
    L(f"Đến ngày 30/9/2024, Hiệp hội có {d.sum('{} hội viên', [158, 28], what='chính thức + liên kết')}, bao gồm 158 hội viên chính "
      f"thức là doanh nghiệp và 28 hội viên liên kết (cá nhân, văn phòng tư vấn, cơ sở đào tạo); "
      f"{d.diff('{w} {v} hội viên', hv, hv0, what='cuối nhiệm kỳ − đầu nhiệm kỳ')} so với đầu nhiệm kỳ ({hv0} hội viên), "
      f"{d.ratio('tương ứng tăng {}%', hv, hv0, places=2, mode='growth', what='186 / 122')}. Trong nhiệm kỳ kết nạp mới 91 hội viên; "
      f"{d.sum('{} hội viên', [19, 8], what='ra khỏi Hiệp hội: giải thể, ngừng hoạt động + xin rút; and 122 + 91 − 27 = 186')} ra khỏi "
      f"Hiệp hội (giải thể, ngừng hoạt động 19; xin rút 08).")
    L(f"Theo lĩnh vực, {d.sum('{} doanh nghiệp hội viên', [64, 71, 42], stated=158, expect='ambiguous', amb='the fields sum to 177 > 158; a firm can both develop projects and broker, so the fields may overlap, and nothing says they are exclusive')} "
      f"có 64 doanh nghiệp phát triển dự án, 71 doanh nghiệp môi giới, kinh doanh dịch vụ bất động sản và 42 doanh nghiệp xây dựng, "
      f"tư vấn thiết kế, thẩm định giá. Hiệp hội tổ chức 05 chi hội với "
      f"{d.sum('tổng số {} hội viên', [78, 31, 26, 33, 18], what='chi hội')}: Chi hội Nha Trang 78 hội viên "
      f"({d.share(78, hv, '{}%', stated='trunc', expect='rounding', what='Nha Trang / hội viên')}), Cam Ranh 31, Ninh Hòa 26, Diên Khánh - "
      f"Cam Lâm 33, Vạn Ninh 18.")
    L(f"Ban Chấp hành nhiệm kỳ II gồm 21 ủy viên, {d.sub('trong đó Ban Thường vụ {} ủy viên', 7, 21, z=True)}; {d.sub('ủy viên nữ {} người', 5, 21, z=True)}, "
      f"{d.share(5, 21, 'chiếm {}%', stated='trunc', expect='rounding', what='nữ / ủy viên')}. Trong nhiệm kỳ, Ban Chấp hành họp "
      f"{d.sum('{} kỳ', [5, 5], what='thường kỳ + mở rộng, bất thường')} (05 kỳ thường lệ hằng năm, 05 kỳ mở rộng, bất thường), kiện "
      f"toàn 03 ủy viên thay thế các đồng chí chuyển công tác. Ban Kiểm tra Hiệp hội (03 ủy viên) kiểm tra việc chấp hành Điều lệ tại "
      f"{d.frac('{a}/{b} chi hội ({p}%)', 5, 5, places=0)}.")
    L("II. THAM GIA XÂY DỰNG CHÍNH SÁCH, BẢO VỆ QUYỀN LỢI HỘI VIÊN")
    L(f"Hiệp hội tham gia góp ý {d.sum('{} dự thảo văn bản', [9, 38], what='Trung ương + tỉnh')} (09 dự thảo luật, nghị định của Trung "
      f"ương; 38 dự thảo văn bản của tỉnh), trong đó có Luật Đất đai năm 2024, Luật Kinh doanh bất động sản năm 2023; chủ trì, phối hợp "
      f"tổ chức 16 hội nghị, hội thảo với 2.140 lượt đại biểu, bình quân "
      f"{d.ratio('{} lượt đại biểu/hội nghị', 2140, 16, places=0, mode='per', what='đại biểu / hội nghị')}.")
    kn = [148, 97, 39, 28]
    L(f"Tổng hợp, {d.sum('chuyển {} kiến nghị', kn, what='theo lĩnh vực')} của doanh nghiệp hội viên đến các cơ quan có thẩm quyền, "
      f"lần lượt: thủ tục đầu tư, đất đai 148; quy hoạch, xây dựng 97; thuế, tài chính 39; tín dụng 28. Đến nay đã được giải quyết, "
      f"trả lời {d.frac('{a}/{b} kiến nghị, đạt {p}%', 268, 312)}; {d.diff('còn {v} kiến nghị', 312, 268, what='312 − 268')} đang được "
      f"xem xét, chủ yếu liên quan đến xác định giá đất và chuyển mục đích sử dụng đất.")
    L("III. HỖ TRỢ HỘI VIÊN PHÁT TRIỂN THỊ TRƯỜNG")
    gd = [3846, 2915, 5238, 2106, 2487]
    L(f"Giai đoạn 2019 - 2024, trên địa bàn tỉnh có 84 dự án nhà ở, khu đô thị được chấp thuận chủ trương đầu tư; doanh nghiệp hội "
      f"viên làm chủ đầu tư 51 dự án, "
      f"{d.share(51, 84, 'chiếm {}%', wrong_base=158, expect='inconsistent', what='dự án của hội viên / 84 dự án; 32,28 is 51 / 158 member firms')} số "
      f"dự án. Doanh nghiệp hội viên nộp ngân sách 1.246 tỷ đồng, "
      f"{d.share(1246, 1, 'bằng 18,6%', expect='ambiguous', amb='base = the province’s revenue from land and real estate over the term, which the draft does not give')} "
      f"tổng thu ngân sách từ đất đai, bất động sản của tỉnh.")
    L(f"Số giao dịch thành công qua sàn của hội viên: năm 2020 là 3.846; năm 2021 là 2.915; năm 2022 là 5.238; năm 2023 là 2.106; "
      f"9 tháng năm 2024 là 2.487 (tổng cộng {d.sum('{} giao dịch', gd, stated=16952, expect='inconsistent', what='giao dịch theo năm; 16.952 has 5 and 9 swapped')}). "
      f"Năm 2023 {d.ratio('giảm {}%', 2106, 5238, places=2, mode='decline', what='2023 / 2022')} "
      f"{d.term('so với năm {}', '2021', '2022', expect='inconsistent', what='59,79 % is the fall from 5.238 (2022) to 2.106 (2023)')} do thị "
      f"trường trầm lắng; 9 tháng năm 2024 đã phục hồi, "
      f"{d.ratio('tăng {}%', 2487, 2106, places=2, mode='growth', stated='15.32', expect='inconsistent', what='9 tháng 2024 / 2023; 15,32 is (2.487 − 2.106) / 2.487, divided by the new value')} "
      f"so với cả năm 2023.")
    L(f"Phối hợp triển khai 05 dự án nhà ở xã hội với 4.286 căn; đến nay đã hoàn thành, bàn giao "
      f"{d.frac('{a}/{b} căn ({p}%)', 2148, 4286)}. Trong đó 03 dự án do hội viên làm chủ đầu tư đã bàn giao 1.620 căn, "
      f"{d.share(1620, 2148, 'chiếm {}%', places=1, what='căn của hội viên / căn đã bàn giao')} số căn đã bàn giao; tổng mức đầu tư "
      f"05 dự án 3.862 tỷ đồng, bình quân {d.ratio('{} triệu đồng/căn', 3862000, 4286, places=0, mode='per', what='tổng mức đầu tư / căn')}.")
    ks = [41, 52, 33]
    L(f"Kết quả khảo sát {d.frac('{a}/{b} doanh nghiệp hội viên ({p}%)', 126, 158)} về tình hình sản xuất, kinh doanh năm 2023: "
      f"trong {d.sum('{} doanh nghiệp trả lời', ks, what='có lãi + hòa vốn + lỗ')}, có 41 doanh nghiệp có lãi "
      f"({d.share(41, 126, '{}%', what='có lãi / trả lời')}), 52 doanh nghiệp hòa vốn, 33 doanh nghiệp thua lỗ "
      f"({d.share(33, 126, '{}%', what='lỗ / trả lời')}); số doanh nghiệp lỗ {d.diff('{w} {v} doanh nghiệp', 33, 19, what='lỗ 2023 − 2022')} "
      f"{d.term('so với năm {}', '2022', '2022')} (19 doanh nghiệp), chủ yếu do vướng mắc pháp lý dự án và khó tiếp cận tín dụng.")
    L(f"Phối hợp tổ chức 22 khóa đào tạo, bồi dưỡng kiến thức môi giới, quản lý, điều hành sàn giao dịch cho 1.386 học viên "
      f"(bình quân {d.ratio('{} học viên/khóa', 1386, 22, places=0, mode='per', what='học viên / khóa')}); "
      f"{d.sub('{} học viên', 1214, 1386, what='cấp chứng chỉ ≤ học viên')} được cấp chứng chỉ hành nghề môi giới, "
      f"{d.share(1214, 1386, 'chiếm {}%', what='chứng chỉ / học viên')}. Đến nay "
      f"{d.frac('{a}/{b} doanh nghiệp ({p}%)', 38, 45, amb='45 is not stated elsewhere: the draft gives 71 brokerage firms and 158 member firms, and it is unclear which firms (sàn giao dịch only?) the 45 are')} "
      f"kinh doanh sàn giao dịch là hội viên đã áp dụng phần mềm quản lý giao dịch.")
    L(f"Duy trì trang thông tin điện tử của Hiệp hội với 1.126 tin, bài; phát hành 20 số bản tin, bình quân "
      f"{d.ratio('{} số/năm', 20, 5, places=0, mode='per', what='20 số / 05 năm')}. Tổ chức 04 đoàn khảo sát trong nước và 02 đoàn "
      f"nước ngoài (Hàn Quốc, Singapore) với {d.sum('{} lượt hội viên', [36, 18], what='trong nước + nước ngoài')} tham gia (trong nước 36 "
      f"lượt, nước ngoài 18 lượt); ký kết 03 thỏa thuận hợp tác với Hiệp hội Bất động sản các tỉnh Lâm Đồng, Ninh Thuận, Phú Yên.")
    L("IV. CÔNG TÁC TÀI CHÍNH, AN SINH XÃ HỘI")
    thu = [3215, 2946, 681]
    L(f"Tổng thu nhiệm kỳ {d.sum('{} triệu đồng', thu, what='hội phí + tài trợ + dịch vụ đào tạo')}, gồm: hội phí 3.215 triệu đồng "
      f"({d.share(3215, sum(thu), '{}%', stated='trunc', expect='rounding', what='hội phí / tổng thu')}), tài trợ, đóng góp 2.946 triệu "
      f"đồng, thu dịch vụ đào tạo 681 triệu đồng; tổng chi 6.318 triệu đồng; "
      f"{d.diff('kết dư {v} triệu đồng', sum(thu), 6318, what='thu − chi')} chuyển sang nhiệm kỳ III. Hội phí bình quân "
      f"{d.ratio('{} triệu đồng/hội viên/năm', 3215, 5 * 186, places=1, mode='per', stated='3.5', expect='ambiguous', amb='3.215 / 5 năm / 186 = 3,46 with the end-of-term membership; the average membership over the term (between 122 and 186) is not given, so the divisor is unknown')}. "
      f"Tỷ lệ hội viên đóng hội phí đầy đủ năm 2023 đạt 82,3%, "
      f"{d.points('{w} {v} điểm %', D('82.3'), D('75.8'), places=1, what='tỷ lệ đóng hội phí 2023 − đầu nhiệm kỳ')} so với đầu nhiệm kỳ (75,8%).")
    tt = [3040, 2860, 1515]
    L(f"Vận động hội viên ủng hộ các hoạt động an sinh xã hội {d.sum('{} triệu đồng', tt, stated=3040 + 2860, expect='inconsistent', what='cứu trợ bão lũ 1.515 left out')}, "
      f"trong đó: xây dựng 38 nhà đại đoàn kết 3.040 triệu đồng "
      f"({d.ratio('{} triệu đồng/nhà', 3040, 38, places=0, mode='per', what='3.040 / 38 nhà')}); ủng hộ phòng, chống dịch Covid-19 "
      f"2.860 triệu đồng; cứu trợ đồng bào bị thiệt hại do bão số 9 năm 2020 và bão số 6 năm 2024 là 1.515 triệu đồng.")
    L(f"Trong nhiệm kỳ, Hiệp hội được tặng 01 Bằng khen của Thủ tướng Chính phủ, 03 Bằng khen của UBND tỉnh; Ban Chấp hành khen "
      f"thưởng {d.sum('{} lượt', [45, 42], what='tập thể + cá nhân')} tập thể, cá nhân hội viên (45 tập thể, 42 cá nhân) có thành tích "
      f"xuất sắc.")
    L("V. ĐÁNH GIÁ CHUNG")
    L(f"Nhiệm kỳ 2019 - 2024, Hiệp hội hoàn thành {d.frac('{a}/{b} chỉ tiêu ({p}%)', 7, 8)} Đại hội đề ra; hiện có "
      f"{d.rep('{} hội viên', hv, stated=168, expect='inconsistent', what='hội viên 30/9/2024 (6 and 8 swapped)')}, "
      f"{d.rep('tăng {}%', hu(D(hv) * 100 / hv0 - 100, 2), places=2, what='hội viên tăng')} "
      f"{d.term('so với nhiệm kỳ {}', 'I (2014 - 2019)', 'I (2014 - 2019)', what='the previous term of 2019 - 2024')}; số hội nghị, hội "
      f"thảo {d.ratio('gấp {} lần', 16, 10, places=1, mode='times', what='16 / 10 hội nghị')} nhiệm kỳ trước (10 hội nghị); năm 2024 có "
      f"{d.rep('{} giao dịch', 2487, stated=2487, expect='ambiguous', amb='the body gives 2.487 for the first 9 months of 2024; here it is labelled năm 2024 — a whole-year figure would differ, so the period is unclear')} "
      f"qua sàn. Chỉ tiêu chưa đạt là thành lập Trung tâm đào tạo, tư vấn bất động sản của Hiệp hội.")
    L("PHẦN THỨ HAI - PHƯƠNG HƯỚNG, NHIỆM VỤ NHIỆM KỲ III (2024 - 2029)")
    L(f"Phấn đấu đến năm 2029 Hiệp hội có 250 hội viên, {d.diff('{w} {v} hội viên', 250, hv, what='2029 − 30/9/2024')} "
      f"({d.ratio('{}%', 250, hv, places=2, mode='growth', what='250 / 186 − 1')}) so với hiện nay; 100% chi hội sinh hoạt định kỳ; "
      f"tổ chức ít nhất 20 hội nghị, hội thảo. Đề nghị Đại hội bầu Ban Chấp hành nhiệm kỳ III gồm 19 ủy viên, "
      f"{d.diff('{w} {v} ủy viên', 19, 21, z=True, word='tăng', expect='inconsistent', what='19 − 21 ủy viên (wrong direction)')} "
      f"{d.term('so với nhiệm kỳ {}', 'II', 'II', what='term III compared with term II')}; thành lập thêm Chi hội Khánh Sơn - Khánh Vĩnh khi đủ ... hội viên.")
    L(f"Phối hợp đào tạo 1.500 học viên trong nhiệm kỳ III, {d.diff('{w} {v} học viên', 1500, 1386, what='mục tiêu − nhiệm kỳ II')} "
      f"so với 05 năm qua; kiến nghị UBND tỉnh chỉ đạo giải quyết dứt điểm {d.rep('{} kiến nghị', 44, what='kiến nghị còn tồn')} còn "
      f"tồn đọng; sớm thành lập Trung tâm đào tạo, tư vấn bất động sản; nâng tỷ lệ hội viên đóng hội phí đầy đủ lên trên 90%.")
    F("Các chỉ tiêu: phát triển hội viên; chi hội; góp ý văn bản; hội nghị, hội thảo; đào tạo; nhà ở xã hội; hội phí; thành lập "
      "Trung tâm đào tạo, tư vấn.")
    F(f"Số liệu giao dịch do các sàn hội viên báo cáo, chưa bao gồm giao dịch trực tiếp giữa các bên; năm 2022 có "
      f"{d.rep('{} giao dịch', 5238, what='giao dịch 2022')}, cao nhất nhiệm kỳ.")
    F(f"Đại hội lần thứ III triệu tập {d.sum('{} đại biểu', [21, 129], what='đương nhiên + bầu')} "
      f"({d.rep('{} đại biểu đương nhiên', 21, what='ủy viên Ban Chấp hành nhiệm kỳ II')} là ủy viên Ban Chấp hành, 129 đại biểu do "
      f"các chi hội bầu).")
    return d


# ==============================================================================================
# 06  Provincial trade promotion centre — 3-year review of the programme 2022 - 2025, and 2024
@draft
def d06():
    d = Draft('h18-06-trung-tam-xuc-tien-thuong-mai', 'Trung tâm Xúc tiến thương mại tỉnh — sơ kết 2022 - 2024')
    L, F = d.L, d.F
    L("SỞ CÔNG THƯƠNG TỈNH BẾN TRE")
    L("TRUNG TÂM XÚC TIẾN THƯƠNG MẠI")
    L("Số: 95/BC-TTXTTM")
    L("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    L("Độc lập - Tự do - Hạnh phúc")
    L("Bến Tre, ngày 05 tháng 12 năm 2024")
    L("BÁO CÁO Sơ kết 03 năm thực hiện Chương trình xúc tiến thương mại tỉnh giai đoạn 2022 - 2025 và kết quả năm 2024")
    L("Thực hiện Quyết định số 2346/QĐ-UBND ngày 18/11/2021 của UBND tỉnh ban hành Chương trình xúc tiến thương mại giai đoạn "
      "2022 - 2025 (sau đây gọi là Chương trình) và Công văn số 2015/SCT-QLTM ngày 20/11/2024 của Sở Công Thương, Trung tâm Xúc tiến "
      "thương mại (sau đây gọi là Trung tâm) báo cáo như sau:")
    L("I. KHÁI QUÁT")
    L(f"Trung tâm là đơn vị sự nghiệp công lập trực thuộc Sở Công Thương, có 03 phòng chuyên môn với "
      f"{d.sum('{} viên chức, người lao động', [14, 5], what='viên chức + hợp đồng')} (viên chức 14 người, "
      f"{d.share(14, 19, 'chiếm {}%', what='viên chức / 19')}; hợp đồng lao động 05). Kinh phí "
      f"Chương trình giai đoạn 2022 - 2025 được phê duyệt 18.600 triệu đồng, bình quân "
      f"{d.ratio('{} triệu đồng/năm', 18600, 4, places=0, mode='per', what='18.600 / 04 năm')}; mục tiêu đến năm 2025 hỗ trợ 400 doanh "
      f"nghiệp tham gia sàn thương mại điện tử, 300 sản phẩm vào hệ thống phân phối hiện đại.")
    L("II. KẾT QUẢ THỰC HIỆN GIAI ĐOẠN 2022 - 2024")
    L("1. Tổ chức, tham gia hội chợ, triển lãm")
    hc = [12, 26, 3]
    L(f"Trong 03 năm, Trung tâm tổ chức và tham gia "
      f"{d.sum('{} hội chợ, triển lãm', hc, stated=12 + 26, z=True, expect='inconsistent', what='the 03 fairs abroad left out; the per-year counts 11 + 14 + 16 also give 41')}, "
      f"gồm: 12 hội chợ do tỉnh tổ chức, "
      f"26 hội chợ ngoài tỉnh, 03 hội chợ ở nước ngoài (Nhật Bản, Thái Lan, Campuchia). Theo năm: năm 2022 là 11, năm 2023 là 14, năm "
      f"2024 là 16 hội chợ; số hội chợ năm 2024 {d.ratio('tăng {}%', 16, 14, places=2, mode='growth', what='2024 / 2023')} "
      f"{d.term('so với năm {}', '2023', '2023')}.")
    dn = [412, 187, 163]
    L(f"Các hội chợ bố trí 1.284 gian hàng cho "
      f"{d.sum('{} lượt doanh nghiệp', dn, stated=736, expect='ambiguous', amb='the groups sum to 762 > 736; an OCOP producer may itself be a company or a cooperative, so the third group may overlap the first two')}, "
      f"hợp tác xã, cơ sở sản xuất (412 doanh nghiệp, 187 hợp tác xã, 163 cơ sở có sản phẩm OCOP); doanh thu bán hàng tại hội chợ "
      f"86,4 tỷ đồng, cao hơn nhiều so với "
      f"{d.term('giai đoạn {}', '2019 - 2021', '2019 - 2021', amb='the previous programme ran 2016 - 2020; a 3-year window 2019 - 2021 may be chosen for like-for-like comparison, so the period compared is not the obvious previous one but may be intended')}. "
      f"Ký kết {d.sum('{} hợp đồng, biên bản ghi nhớ', [126, 88], stated=241, expect='inconsistent', what='126 hợp đồng + 88 biên bản (1 and 4 swapped)')} "
      f"(126 hợp đồng mua bán, 88 biên bản ghi nhớ) với tổng giá trị 412,6 tỷ đồng.")
    L(f"Các hội chợ do tỉnh tổ chức thu hút khoảng 385.000 lượt khách tham quan, mua sắm, bình quân "
      f"{d.ratio('{} lượt/hội chợ', 385000, 12, places=0, mode='per', stated='32000', expect='ambiguous', amb='385.000 / 12 = 32.083; both figures are introduced by khoảng (approximately), so the precision of 32.000 cannot be judged')}; "
      f"Hội chợ Dừa Bến Tre năm 2024 (từ ngày 25/4 đến 01/5/2024) có 320 gian hàng "
      f"({d.share(320, 1284, '{}%', what='gian hàng Hội chợ Dừa / 1.284 gian hàng 03 năm')} tổng số gian hàng 03 năm), đón trên 96.000 lượt khách.")
    L(f"Phối hợp với Cục Xúc tiến thương mại (Bộ Công Thương) triển khai 06 đề án thuộc Chương trình cấp quốc gia với tổng kinh phí "
      f"{d.sum('{} triệu đồng', [1704, 1136], what='ngân sách trung ương + đối ứng')}, trong đó ngân sách trung ương hỗ trợ 1.704 triệu "
      f"đồng ({d.share(1704, 2840, '{}%', places=0, what='trung ương / tổng')}), doanh nghiệp đối ứng 1.136 triệu đồng.")
    L("2. Kết nối giao thương, phân phối")
    L(f"Tổ chức 18 hội nghị kết nối cung - cầu với 1.946 lượt doanh nghiệp tham dự, bình quân "
      f"{d.ratio('{} doanh nghiệp/hội nghị', 1946, 18, places=0, mode='per', what='lượt doanh nghiệp / hội nghị')}; hỗ trợ đưa 327 sản phẩm "
      f"vào hệ thống phân phối hiện đại (Co.opmart, Go!, Bách hóa Xanh, WinMart...), "
      f"{d.ratio('bằng {}% mục tiêu', 327, 300, places=1, what='327 / mục tiêu 300 sản phẩm')} Chương trình, "
      f"{d.sub('trong đó {} sản phẩm OCOP', 112, 327, what='OCOP ≤ sản phẩm')} "
      f"({d.share(112, 327, '{}%', what='OCOP / sản phẩm')}).")
    tm = 486
    L(f"Hỗ trợ {N(tm)} doanh nghiệp, hộ kinh doanh tham gia các sàn thương mại điện tử (Shopee, Lazada, Tiki, Postmart, Voso), "
      f"{d.ratio('vượt {}%', tm, 400, places=1, mode='growth', stated='121.5', expect='inconsistent', what='486 / 400 = 121,5 %: the index was written as the excess; the excess is 21,5 %')} "
      f"so với mục tiêu Chương trình (400 doanh nghiệp), {d.sub('trong đó {} hộ kinh doanh', 178, tm, what='hộ kinh doanh ≤ 486')} "
      f"({d.share(178, tm, '{}%', stated='trunc', expect='rounding', what='hộ kinh doanh / 486')}). Tỷ lệ doanh nghiệp, hợp tác xã của "
      f"tỉnh có website hoặc gian hàng trên sàn đạt 41,8%, "
      f"{d.points('{w} {v} điểm %', D('41.8'), D('29.5'), places=1, what='41,8 − 29,5')} so với thời điểm xây dựng Chương trình (29,5%).")
    ocop = [142, 41, 3]
    L(f"Đến ngày 30/11/2024, toàn tỉnh có {d.sum('{} sản phẩm OCOP', ocop, what='3 sao + 4 sao + 5 sao')} (3 sao 142, 4 sao 41, 5 sao 03); "
      f"{d.rep('{} sản phẩm', 112, what='sản phẩm OCOP trong hệ thống phân phối')} đã có mặt trong hệ thống phân phối hiện đại, "
      f"{d.share(112, 186, 'chiếm {}%', what='112 / 186 sản phẩm OCOP')} số sản phẩm OCOP; "
      f"{d.frac('{a}/{b} huyện, thành phố ({p}%)', 9, 9, places=0)} có điểm giới thiệu, bán sản phẩm OCOP. Tổ chức 09 lớp tập huấn kỹ "
      f"năng xúc tiến thương mại, thương mại điện tử cho {d.sum('{} lượt học viên', [348, 142, 122], what='doanh nghiệp + HTX + hộ kinh doanh')} "
      f"(doanh nghiệp 348, hợp tác xã 142, hộ kinh doanh 122), bình quân {d.ratio('{} học viên/lớp', 612, 9, places=0, mode='per', what='612 / 09 lớp')}.")
    L("3. Xuất khẩu")
    xk = [D('612.4'), D('418.3'), D('156.7'), D('239.4')]
    xkt = sum(xk)
    L(f"Kim ngạch xuất khẩu toàn tỉnh năm 2024 ước đạt {d.sum('{} triệu USD', xk, places=1, what='4 nhóm hàng')}, "
      f"{d.ratio('tăng {}%', xkt, D('1278.5'), places=1, mode='growth', what='2024 / 2023')} {d.term('so với năm {}', '2023', '2023')} "
      f"(1.278,5 triệu USD), {d.ratio('bằng {}% kế hoạch', xkt, 1380, places=2, what='kim ngạch / kế hoạch 1.380')} (1.380 triệu USD); "
      f"trong đó nhóm nông, thủy sản chế biến 612,4 triệu USD "
      f"({d.share(D('612.4'), xkt, '{}%', wrong_base=1380, expect='inconsistent', what='nông, thủy sản / kim ngạch; 44,38 is / kế hoạch 1.380')}), "
      f"dệt may, da giày 418,3 triệu USD ({d.share(D('418.3'), xkt, '{}%', what='dệt may / kim ngạch')}), sản phẩm từ dừa và thủ công mỹ "
      f"nghệ 156,7 triệu USD, hàng hóa khác 239,4 triệu USD. Thị trường lớn nhất là Trung Quốc, Hoa Kỳ và EU.")
    L(f"Qua các năm, kim ngạch xuất khẩu năm 2022 đạt 1.196,2 triệu USD; năm 2023 đạt {d.rep('{} triệu USD', D('1278.5'), places=1, what='kim ngạch 2023')}, "
      f"{d.ratio('tăng {}%', D('1278.5'), D('1196.2'), places=2, mode='growth', what='2023 / 2022')} "
      f"{d.term('so với năm {}', '2022', '2022', what='the sentence is about 2023')}; bình quân giai đoạn 2022 - 2024 "
      f"{d.ratio('tăng {}%/năm', xkt, D('1196.2'), places=1, mode='cagr', years=2, what='compound annual growth 2022 → 2024')}. Trung tâm "
      f"phát hành 36 số bản tin thông tin thị trường xuất khẩu, bình quân {d.ratio('{} số/năm', 36, 3, places=0, mode='per', what='36 / 03 năm')}.")
    L(f"Trung tâm hỗ trợ 64 doanh nghiệp xây dựng hồ sơ, đăng ký chỉ dẫn địa lý, nhãn hiệu; tổ chức 05 đoàn giao thương nước ngoài với "
      f"{d.sum('{} lượt doanh nghiệp', [14, 11, 9, 12, 8], what='theo đoàn')} tham gia (Nhật Bản 14 lượt, {d.share(14, 54, 'chiếm {}%', stated='trunc', expect='rounding', what='Nhật Bản / 54')}; Hàn Quốc 11, Thái Lan 09, Campuchia 12, "
      f"Ấn Độ 08); bình quân {d.ratio('{} doanh nghiệp/đoàn', 54, 5, places=1, mode='per', what='54 / 05 đoàn')}.")
    L("4. Kinh phí thực hiện")
    kp = [3612, 4105, 4769]
    kpt = sum(kp)
    L(f"Tổng kinh phí thực hiện 03 năm {d.sum('{} triệu đồng', [9840, 2646], what='ngân sách tỉnh + đối ứng (= 3.612 + 4.105 + 4.769 by year)')}, "
      f"{d.share(kpt, 18600, 'đạt {}%', what='kinh phí 03 năm / kinh phí giai đoạn')} kinh phí giai đoạn; trong đó ngân sách tỉnh 9.840 "
      f"triệu đồng ({d.share(9840, kpt, '{}%', stated='trunc', expect='rounding', what='ngân sách / kinh phí 03 năm')}), doanh nghiệp "
      f"đối ứng 2.646 triệu đồng. Chia theo năm: năm 2022 là 3.612 triệu đồng, năm 2023 là 4.105 triệu đồng, năm 2024 là 4.769 triệu "
      f"đồng, {d.diff('{w} {v} triệu đồng', 4769, 4105, word='giảm', expect='inconsistent', what='2024 − 2023 (wrong direction)')} so với "
      f"năm trước.")
    L("5. Kết quả riêng năm 2024")
    L(f"Năm 2024, Trung tâm thực hiện {d.frac('{a}/{b} đề án ({p}%)', 22, 24, amb='the 2024 plan approved 26 đề án (footnote) and was later adjusted without the new number being given; 24 cannot be tied to any stated plan')} "
      f"xúc tiến thương mại được giao; tổ chức, tham gia "
      f"{d.rep('{} hội chợ', 16, what='hội chợ năm 2024')}, 07 hội nghị kết nối với 786 lượt doanh nghiệp "
      f"(bình quân {d.ratio('{} lượt/hội nghị', 786, 7, places=1, mode='per', what='786 / 07')}); hỗ trợ 203 doanh nghiệp tham gia sàn "
      f"thương mại điện tử, {d.diff('{w} {v} doanh nghiệp', 203, 161, what='2024 − 2023')} so với năm trước (161 doanh nghiệp); kinh "
      f"phí {d.rep('{} triệu đồng', 4769, what='kinh phí 2024')}, {d.ratio('bằng {}% dự toán', 4769, 4653, places=1, what='kinh phí 2024 / dự toán 4.653')} "
      f"(4.653 triệu đồng).")
    L("III. ĐÁNH GIÁ CHUNG")
    L(f"Sau 03 năm, hầu hết chỉ tiêu Chương trình đã đạt và vượt: hỗ trợ "
      f"{d.rep('{} doanh nghiệp', tm, stated=468, expect='inconsistent', what='doanh nghiệp tham gia sàn (8 and 6 swapped)')} tham gia sàn "
      f"thương mại điện tử, {d.rep('{} sản phẩm', 327, what='sản phẩm vào hệ thống phân phối')} vào hệ thống phân phối hiện đại; kim "
      f"ngạch xuất khẩu đạt {d.rep('{} triệu USD', xkt, places=1, stated=D('1402.5'), expect='ambiguous', amb='1.426,8 is an estimate for the whole of 2024; 1.402,5 with no period may be the 11-month figure, so the two need not be the same quantity')}. "
      f"Tuy nhiên, kinh phí giải ngân mới {d.rep('đạt {}%', hu(D(kpt) * 100 / 18600, 2), places=2, what='kinh phí / giai đoạn')}; "
      f"nhiều doanh nghiệp nhỏ chưa chủ động tham gia xúc tiến thương mại, còn trông chờ vào hỗ trợ của Nhà nước; sản phẩm chưa đáp "
      f"ứng tiêu chuẩn của thị trường nhập khẩu khó tính (truy xuất nguồn gốc, mã vùng trồng); nhân lực làm công tác xúc tiến thương "
      f"mại ở cấp huyện còn kiêm nhiệm; ...")
    L("IV. NHIỆM VỤ NĂM 2025")
    L(f"Sử dụng {d.diff('{v} triệu đồng', 18600, kpt, what='kinh phí giai đoạn − đã thực hiện')} kinh phí còn lại của Chương trình; tổ chức "
      f"ít nhất 15 hội chợ, triển lãm; hỗ trợ thêm 100 doanh nghiệp tham gia sàn thương mại điện tử, nâng tổng số lên "
      f"{d.sum('{} doanh nghiệp', [tm, 100], what='486 + 100')}; đưa thêm 50 sản phẩm vào hệ thống phân phối, nâng tổng số lên "
      f"{d.sum('{} sản phẩm', [327, 50], what='327 + 50')}; phấn đấu kim ngạch xuất khẩu 1.550 triệu USD, "
      f"{d.ratio('tăng {}%', 1550, xkt, places=2, mode='growth', what='kế hoạch 2025 / 2024')} "
      f"{d.term('so với năm {}', '2023', '2024', expect='inconsistent', what='8,64 % is 1.550 against the 2024 estimate 1.426,8')}; tổng "
      f"kết Chương trình trong quý IV/2025.")
    F("Kế hoạch xúc tiến thương mại năm 2024 ban hành kèm theo Quyết định số 89/QĐ-UBND ngày 15/01/2024 gồm 26 đề án; được điều "
      "chỉnh tại Quyết định số 1544/QĐ-UBND ngày 02/8/2024.")
    F(f"Các đoàn giao thương nước ngoài với {d.rep('{} lượt doanh nghiệp', 54, what='lượt doanh nghiệp theo đoàn')} được hỗ trợ 50% chi "
      f"phí thuê gian hàng, vé máy bay theo Nghị quyết số 15/2021/NQ-HĐND ngày 08/12/2021 của HĐND tỉnh.")
    F("Số liệu kim ngạch xuất khẩu năm 2024 là số ước tính của Sở Công Thương (tổng hợp đến ngày 30/11/2024 và ước tháng 12); số liệu chính "
      "thức sẽ được cập nhật theo công bố của Cục Thống kê.")
    return d


# ==============================================================================================
def main():
    built = [fn() for fn in DRAFTS]
    errs = []
    rows = []
    kv = Counter()
    tot = Counter()
    for d in built:
        errs += d.check()
        n = d.write()
        vc = Counter(c['verdict'] for c in d.claims)
        for c in d.claims:
            kv[(c['kind'], c['verdict'])] += 1
        tot.update(vc)
        rows.append((d.name, d.title, n, len(d.lines), len(d.claims), vc))
        # line numbers: every claim's line must hold its anchor (re-read from disk)
        with open(os.path.join(OUT, d.name + '.txt'), encoding='utf-8') as f:
            disk = f.read().split('\n')[:-1]
        assert disk == d.lines
        for c in d.claims:
            if disk[c['line'] - 1].count(c['anchor']) != 1:
                errs.append(f"{d.name}: disk line {c['line']} lacks {c['anchor']!r}")
        fl = [i for i, l in enumerate(d.lines) if l.startswith(FOOT)]
        if fl and fl != list(range(fl[0], len(d.lines))):
            errs.append(f"{d.name}: footnotes are not last")
    out = ['# heldout18 — summary', '',
           'Six drafts written by `make.py` (exact Decimal arithmetic, round half up). Counts below are computed by make.py.', '',
           '## Per draft', '',
           '| draft | subject | chars | lines | claims | consistent | rounding | inconsistent | ambiguous |',
           '|---|---|---:|---:|---:|---:|---:|---:|---:|']
    for name, title, n, nl, nc, vc in rows:
        out.append(f"| {name} | {title} | {n} | {nl} | {nc} | " + ' | '.join(str(vc[v]) for v in VERDICTS) + ' |')
    out.append(f"| **total** | | {sum(r[2] for r in rows)} | {sum(r[3] for r in rows)} | {sum(r[4] for r in rows)} | "
               + ' | '.join(str(tot[v]) for v in VERDICTS) + ' |')
    out += ['', '## Kind × verdict', '', '| kind | ' + ' | '.join(VERDICTS) + ' | total |',
            '|---|' + '---:|' * (len(VERDICTS) + 1)]
    for k in KINDS:
        out.append(f"| {k} | " + ' | '.join(str(kv[(k, v)]) for v in VERDICTS) + f" | {sum(kv[(k, v)] for v in VERDICTS)} |")
    out.append('| **total** | ' + ' | '.join(str(tot[v]) for v in VERDICTS) + f" | {sum(tot.values())} |")
    out += ['', 'Checks run by make.py: every anchor occurs exactly once in its line (in memory and in the written file); '
            'every non-ambiguous verdict is recomputed from the figures and must equal the intended one; rounding labels '
            'are exactly one unit below the half-up value; footnote lines (`[\\ufffd] `) come last.', '']
    with open(os.path.join(HERE, 'SUMMARY.md'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(out))
    for name, title, n, nl, nc, vc in rows:
        flag = '' if (6500 <= n <= 7500 and 34 <= nl <= 40 and 60 <= nc <= 66) else '   <-- out of range'
        print(f"{name:45s} chars={n} lines={nl} claims={nc} " + ' '.join(f"{v[:4]}={vc[v]}" for v in VERDICTS) + flag)
    print('total', dict(tot))
    if errs:
        print('\n'.join(errs))
        sys.exit(1)


if __name__ == '__main__':
    main()
