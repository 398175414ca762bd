#!/usr/bin/env python3
"""Generator of the heldout17 prose set: six Vietnamese report drafts with labelled numeric claims.

Every total, share, ratio, difference and expected value is computed here with decimal.Decimal and
ROUND_HALF_UP; the labels therefore do not depend on the tool under evaluation.
Run:  python3 make.py      (writes prose/*.txt, prose/*.labels.json and SUMMARY.md, then checks them)
"""
import json
import os
import re
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP, ROUND_DOWN

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'prose')
FN = '[\ufffd] '          # footnote line prefix, as exported drafts show it
KINDS = ['sum', 'subset', 'share', 'fraction', 'difference', 'points', 'ratio', 'repeat', 'term']
VERDICTS = ['consistent', 'rounding', 'inconsistent', 'ambiguous']
V = {'c': 'consistent', 'r': 'rounding', 'i': 'inconsistent', 'a': 'ambiguous'}


# ----------------------------------------------------------------------------- numbers
def q(x, p):
    """round half up to p decimals"""
    return D(x).quantize(D(1).scaleb(-p), rounding=ROUND_HALF_UP)


def tr(x, p):
    """truncate to p decimals"""
    return D(x).quantize(D(1).scaleb(-p), rounding=ROUND_DOWN)


def _grp(s):
    parts = []
    while len(s) > 3:
        parts.insert(0, s[-3:])
        s = s[:-3]
    parts.insert(0, s)
    return '.'.join(parts)


def fd(x, p=None):
    """vi-VN: dot thousands, comma decimals"""
    x = D(str(x)) if isinstance(x, float) else D(x)
    if p is not None:
        x = q(x, p)
    sign = '-' if x < 0 else ''
    s = format(abs(x), 'f')
    i, _, f = s.partition('.')
    return sign + _grp(i) + (',' + f if f else '')


def n(x):
    return fd(int(x))


def z(x):
    """counts under 10 with a leading zero"""
    x = int(x)
    return '%02d' % x if 0 <= x < 10 else n(x)


def M(s):
    return D(s)


# ----------------------------------------------------------------------------- claims
REG = {}
_CNT = [0]


def C(text, kind, v='c', right=None, note=''):
    assert kind in KINDS, kind
    assert v in V, v
    if v in 'ri':
        assert right, ('right value needed', text)
    _CNT[0] += 1
    k = _CNT[0]
    REG[k] = dict(anchor=text, kind=kind, verdict=V[v], right=right if v in 'ri' else None, note=note)
    return '\x01%d\x02%s\x03' % (k, text)


def SH(part, base, p=2, v='c', stated=None, pre='chiếm ', post='%', why='', stxt=None, kind='share'):
    """share: part / base x 100 at p decimals"""
    ex = D(part) * 100 / D(base)
    right = q(ex, p)
    if v == 'c':
        st = right
    elif v == 'r':
        st = tr(ex, p)
        assert st != right, ('not a rounding case', part, base, p)
    else:
        st = None if stated is None else D(stated)
    if v == 'i':
        assert st is not None and st != right and st != tr(ex, p), (part, base, stated)
    txt = stxt if stxt is not None else fd(st, p)
    note = '%s / %s × 100 = %s %% → %s%%' % (fd(part), fd(base), fd(q(ex, 4)), fd(right, p))
    if v == 'r':
        note += '; stated %s%% is the truncation' % fd(st, p)
    if why:
        note += '; ' + why
    return C(pre + txt + post, kind, v, fd(right, p) + '%' if v in 'ri' else None, note)


def RT(cur, base, p=2, v='c', stated=None, pre='', post='%', minus100=False, times=False, why='',
       stxt=None, rsuf=None):
    """ratio: cur / base x 100 (or - 100 for 'tăng/vượt x%'; or cur / base for 'gấp', averages)"""
    ex = D(cur) / D(base) * (1 if times else 100) - (100 if minus100 else 0)
    right = q(ex, p)
    if v == 'c':
        st = right
    elif v == 'r':
        st = tr(ex, p)
        assert st != right
    else:
        st = None if stated is None else D(stated)
    if v == 'i':
        assert st is not None and st != right and st != tr(ex, p), (cur, base, stated)
    txt = stxt if stxt is not None else fd(st, p)
    if times:
        note = '%s / %s = %s → %s' % (fd(cur), fd(base), fd(q(ex, 4)), fd(right, p))
    elif minus100:
        note = '%s / %s × 100 − 100 = %s → %s%%' % (fd(cur), fd(base), fd(q(ex, 4)), fd(right, p))
    else:
        note = '%s / %s × 100 = %s → %s%%' % (fd(cur), fd(base), fd(q(ex, 4)), fd(right, p))
    if why:
        note += '; ' + why
    if rsuf is None:
        rsuf = '' if times else '%'
    return C(pre + txt + post, 'ratio', v, fd(right, p) + rsuf if v in 'ri' else None, note)


POS = ('tăng', 'vượt', 'cao hơn', 'nhiều hơn', 'còn', 'dư', 'tồn')
NEG = ('giảm', 'thấp hơn', 'ít hơn', 'hụt')


def DF(cur, prev, w=None, x=None, v='c', u='', p=None, fmt=None, tpl='{w} {x}{u}', why='', kind='difference'):
    """difference: cur - prev, the word must agree with the sign"""
    cur, prev = D(cur), D(prev)
    act = cur - prev
    fmt = fmt or (lambda y: fd(y, p) if p is not None else fd(y))
    good_w = 'tăng' if act >= 0 else 'giảm'
    if w is None:
        w = good_w
    if x is None:
        x = abs(act)
    x = D(x)
    ok = ((w.lower().startswith(POS) and act == x) or (w.lower().startswith(NEG) and -act == x))
    if v == 'c':
        assert ok, (cur, prev, w, x)
    if v == 'i':
        assert not ok, (cur, prev, w, x)
    txt = tpl.format(w=w, x=fmt(x), u=u)
    note = '%s − %s = %s' % (fmt(cur), fmt(prev), fd(act) if p is None else fd(act, p))
    if why:
        note += '; ' + why
    wrong_sign = w.lower().startswith(POS + NEG) and (w.lower().startswith(POS) != (act >= 0))
    right = tpl.format(w=good_w if wrong_sign else w, x=fmt(abs(act)), u=u)
    return C(txt, kind, v, right if v in 'ri' else None, note)


def PT(p1, p0, w=None, x=None, v='c', p=2, tpl='{w} {x} điểm phần trăm', why=''):
    """points: difference of two stated percentages"""
    return DF(D(p1), D(p0), w=w, x=x, v=v, p=p, tpl=tpl, why=why, kind='points',
              fmt=lambda y: fd(y, p))


def SM(txt, parts, stated, v='c', why='', right=None, fmt=None):
    """sum: stated total of a breakdown"""
    parts = [D(str(a)) for a in parts]
    s = sum(parts)
    fmt = fmt or fd
    stated = D(str(stated))
    if v == 'c':
        assert s == stated, (txt, s, stated)
    if v == 'i':
        assert s != stated, (txt, s, stated)
    note = '%s = %s; stated %s' % (' + '.join(fmt(a) for a in parts), fmt(s), fmt(stated))
    if why:
        note += '; ' + why
    return C(txt, 'sum', v, right or fmt(s), note)


def SB(txt, part, parent, v='c', why='', right=None):
    """subset: a 'trong đó' part must not exceed its parent"""
    if v == 'c':
        assert D(part) <= D(parent)
    note = '%s ≤ %s' % (fd(part), fd(parent)) if D(part) <= D(parent) else '%s > %s' % (fd(part), fd(parent))
    if why:
        note += '; ' + why
    return C(txt, 'subset', v, right, note)


def RP(txt, first, here, where, v='c', why='', right=None, fmt=None):
    """repeat: second mention of a quantity"""
    fmt = fmt or fd
    if v == 'c':
        assert D(str(first)) == D(str(here))
    if v == 'i':
        assert D(str(first)) != D(str(here))
    note = 'same quantity as %s: %s vs %s' % (where, fmt(D(str(first))), fmt(D(str(here))))
    if why:
        note += '; ' + why
    return C(txt, 'repeat', v, right, note)


def FR(txt, a, b, whole, v='c', pct=None, p=2, why='', right=None):
    """fraction a/b: b must be the whole stated elsewhere, an attached percentage must be a/b"""
    notes = []
    ok = (b == whole)
    notes.append('whole %s vs stated total %s' % (fd(b), fd(whole)))
    if pct is not None:
        ex = D(a) * 100 / D(whole)
        notes.append('%s / %s × 100 = %s → %s%%' % (fd(a), fd(whole), fd(q(ex, 4)), fd(q(ex, p))))
        ok = ok and q(D(a) * 100 / D(b), p) == D(pct)
    if v == 'c':
        assert ok, txt
    if v == 'i':
        assert not ok, txt
    note = '; '.join(notes) + ('; ' + why if why else '')
    return C(txt, 'fraction', v, right, note)


def TM(txt, v='c', why='', right=None):
    """term/year named in a comparison"""
    return C(txt, 'term', v, right, why)


# ----------------------------------------------------------------------------- drafts
class Draft:
    def __init__(self, name, subject):
        self.name = name
        self.subject = subject
        self.lines = []
        self.claims = []

    def add(self, *texts):
        for text in texts:
            ln = len(self.lines) + 1
            ids = []

            def rep(m):
                ids.append(int(m.group(1)))
                return m.group(2)

            clean = re.sub(r'\x01(\d+)\x02(.*?)\x03', rep, text)
            assert not re.search('[\x00-\x08\x0a-\x1f]', clean), clean[:80]
            for k in ids:
                c = REG.pop(k)
                c['line'] = ln
                self.claims.append(c)
            self.lines.append(clean)

    def text(self):
        return '\n'.join(self.lines) + '\n'

    def resolve(self, note, own):
        """{ref:TEXT} in a note -> 'line N', N being the one other line that contains TEXT"""
        def rep(m):
            hits = [i + 1 for i, l in enumerate(self.lines) if m.group(1) in l and i + 1 != own]
            assert len(hits) == 1, (self.name, m.group(1), hits)
            return 'line %d' % hits[0]
        return re.sub(r'\{ref:(.*?)\}', rep, note)

    def labels(self):
        out = []
        for c in sorted(self.claims, key=lambda c: c['line']):
            c = dict(c, note=self.resolve(c['note'], c['line']))
            d = dict(line=c['line'], anchor=c['anchor'], kind=c['kind'], verdict=c['verdict'])
            if c['right'] is not None:
                d['right'] = c['right']
            d['note'] = c['note']
            out.append(d)
        return {'file': self.name + '.txt', 'claims': out}


# ============================================================================ draft 1
def d1():
    d = Draft('h17-01-hoi-bao-tro-nguoi-khuyet-tat-tre-mo-coi',
              'Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh - báo cáo năm 2024')
    hv, hv23, nu, hvkt, hvkt23 = 14628, 13904, 6115, 3972, 3915
    ch, ch23 = 356, 347
    nkt = [12407, 38926, 32983]
    NKT = sum(nkt)
    tc = 50962
    TMC = 4286
    vd, vd23, kh = M('18.65'), M('16.28'), 16
    tinh, huyen = M('6.84'), M('11.81')
    d.add('HỘI BẢO TRỢ NGƯỜI KHUYẾT TẬT VÀ TRẺ MỒ CÔI TỈNH NGHỆ AN',
          'BAN THƯỜNG VỤ',
          'Số: 68/BC-HBT',
          'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
          'Độc lập - Tự do - Hạnh phúc',
          'Nghệ An, ngày 20 tháng 12 năm 2024',
          'BÁO CÁO',
          'Kết quả công tác Hội năm 2024, phương hướng, nhiệm vụ năm 2025',
          'Thực hiện Chương trình công tác số 05/CTr-HBT ngày 12/01/2024 của Ban Thường vụ Hội và Công văn số '
          '2716/SLĐTBXH-BTXH ngày 02/12/2024 của Sở Lao động - Thương binh và Xã hội về báo cáo kết quả năm 2024, '
          'Ban Thường vụ Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh báo cáo như sau:',
          'I. TÌNH HÌNH TỔ CHỨC HỘI VÀ ĐỐI TƯỢNG BẢO TRỢ')
    d.add('Đến ngày 30/11/2024, Hội có ' + SM('21 hội cấp huyện', [17, 3, 1], 21) +
          ' (17 huyện, 03 thị xã, 01 thành phố), %s chi hội cơ sở với %s hội viên; trong đó hội viên nữ %s người, ' % (n(ch), n(hv), n(nu)) +
          SH(nu, hv, v='i', stated='41.08', why='two digits swapped: 41,80 typed 41,08') +
          ', hội viên là người khuyết tật %s người, ' % n(hvkt) + SH(hvkt, hv) + ' (' +
          DF(hvkt, hvkt23, w='giảm', x=57, v='i', u=' người', why='the count rose from 3.915 to 3.972: "giảm" should be "tăng"') +
          '; năm 2023 là %s người). ' % n(hvkt23) +
          TM('So với cùng thời điểm năm 2023', why='report year 2024, previous year 2023') +
          ' (%s hội viên), tổng số hội viên ' % n(hv23) + DF(hv, hv23, u=' người') +
          '; số chi hội cơ sở ' + DF(ch, ch23, u=' chi hội', fmt=z) + ' (năm 2023 là %s chi hội).' % n(ch23))
    d.add('Theo số liệu rà soát của ngành Lao động - Thương binh và Xã hội đến ngày 30/9/2024, toàn tỉnh có ' +
          SM(n(NKT) + ' người khuyết tật', nkt, NKT) +
          ' (đặc biệt nặng %s người, nặng %s người, nhẹ %s người); số khuyết tật nặng và đặc biệt nặng ' % tuple(n(a) for a in nkt) +
          SH(nkt[0] + nkt[1], NKT, why='parts đặc biệt nặng + nặng = %s' % n(nkt[0] + nkt[1])) +
          ', có %s người đang hưởng trợ cấp xã hội hằng tháng, ' % n(tc) + SH(tc, NKT, pre='bằng ', post='% tổng số người khuyết tật') +
          '. Hội đang theo dõi ' + SM(n(TMC) + ' trẻ em mồ côi', [1105, 3181], TMC) +
          ', gồm 1.105 em mồ côi cả cha và mẹ (' + SH(1105, TMC) + ') và 3.181 em mồ côi cha hoặc mẹ; '
          'trong đó ' + SB('418 em', 418, TMC, why='orphans who are also disabled, subset of the 4.286 orphans') +
          ' vừa mồ côi vừa là người khuyết tật.')
    d.add('II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024', '1. Công tác vận động nguồn lực')
    d.add('Năm 2024, toàn Hội vận động được ' + SM('18,65 tỷ đồng', [M('11.42'), M('7.23')], vd) +
          ' (tiền mặt 11,42 tỷ đồng; hiện vật quy đổi 7,23 tỷ đồng), ' +
          RT(vd, kh, pre='đạt ', post='% kế hoạch') + ' năm (kế hoạch 16 tỷ đồng)[\ufffd] và ' +
          DF(vd, vd23, u=' tỷ đồng', p=2) + ' ' + TM('so với năm 2023', why='previous year of 2024') +
          ' (16,28 tỷ đồng); bình quân mỗi hội cấp huyện vận động ' +
          RT(11810, 21, p=0, times=True, post=' triệu đồng', why='11,81 tỷ đồng / 21 hội cấp huyện') + '.')
    d.add('Trong ' + SM('tổng số 18,65 tỷ đồng', [tinh, huyen], vd, why='split by level (cấp tỉnh, cấp huyện)') +
          ' nêu trên, cấp tỉnh vận động 6,84 tỷ đồng, ' + SH(tinh, vd, v='r') +
          '; các hội cấp huyện 11,81 tỷ đồng, ' + SH(huyen, vd) +
          '. Một số đơn vị đạt khá: thành phố Vinh 2,46 tỷ đồng, thị xã Hoàng Mai 1,12 tỷ đồng, huyện Quỳnh Lưu 1,05 tỷ đồng; '
          'ba đơn vị ' + SM('cộng lại 4,63 tỷ đồng', [M('2.46'), M('1.12'), M('1.05')], M('4.63')) + ', ' +
          SH(M('4.63'), huyen, v='i', stated=q(M('4.63') * 100 / vd, 2),
             why='computed on the whole 18,65 tỷ đồng (4,63/18,65 = 24,83%) though the sentence names the district total 11,81 tỷ đồng') +
          ' tổng số vận động của các hội cấp huyện. Cả giai đoạn 2020 - 2024, Hội vận động 76,3 tỷ đồng, ' +
          RT(M('76.3'), M('47.1'), p=2, times=True, pre='gấp ', post=' lần') + ' ' +
          TM('giai đoạn 2015 - 2019', why='the five-year period before 2020 - 2024') + ' (47,1 tỷ đồng).')
    d.add('2. Hoạt động trợ giúp người khuyết tật, trẻ mồ côi')
    d.add('Nhân dịp Tết Nguyên đán Giáp Thìn, Ngày Người khuyết tật Việt Nam (18/4), Tết Trung thu và Ngày Quốc tế người '
          'khuyết tật (03/12), các cấp Hội đã trao ' +
          SM('9.742 suất quà', [5260, 2115, 2367, 1006], 9742, v='i',
             why='part left out: 5.260 + 2.115 + 2.367 = 9.742, the 1.006 suất of 03/12 omitted') +
          ' (dịp Tết 5.260 suất, dịp 18/4 là 2.115 suất, Trung thu 2.367 suất, dịp 03/12 là 1.006 suất), trị giá 4,87 tỷ đồng. '
          'Phối hợp Bệnh viện Phục hồi chức năng tỉnh khám sàng lọc cho 1.236 lượt người, trong đó 87 trường hợp được phẫu thuật '
          'chỉnh hình, ' + SH(87, 1236, v='r') + '; tặng 312 xe lăn, xe lắc, ' + DF(312, 266, u=' chiếc') + ' ' +
          TM('so với năm 2023', why='previous year of 2024') + ' (266 chiếc).')
    d.add('Chương trình “Tiếp bước đến trường” trao ' +
          SM('1.526 suất học bổng', [612, 538, 420], 1526, v='a',
             why='parts exceed the total by 44; a student with a disability or a student in hardship may also be an orphan, the text does not say whether the three groups overlap') +
          ' (trị giá 2,29 tỷ đồng), trong đó 612 suất cho trẻ mồ côi, 538 suất cho học sinh khuyết tật, 420 suất cho sinh viên có '
          'hoàn cảnh đặc biệt khó khăn; số trẻ mồ côi được nhận học bổng ' +
          SH(612, TMC, v='r', pre='bằng ', post='% tổng số trẻ mồ côi', why='base: the 4.286 orphans followed by the Hội') +
          ' toàn tỉnh. Có 326 em được các nhà hảo tâm nhận đỡ đầu thường xuyên, ' +
          RT(326, 274, minus100=True, pre='tăng ') + ' so với năm trước (274 em).')
    d.add('Hội đã hỗ trợ xây mới 38 nhà và sửa chữa 24 nhà “Mái ấm tình thương”, ' + SM('tổng cộng 62 nhà', [38, 24], 62) +
          ', kinh phí 3,41 tỷ đồng, ' + RT(3410, 62, p=0, times=True, pre='bình quân ', post=' triệu đồng/nhà') +
          '; hỗ trợ sinh kế (bò, dê giống, máy khâu) cho 146 hộ, ' +
          RT(146, 120, minus100=True, pre='vượt ', post='% chỉ tiêu') + ' (120 hộ); hỗ trợ học nghề cho 1.150 người khuyết tật, ' +
          SH(1150, NKT, p=3, v='a', stxt='1.364', post='% tổng số người khuyết tật toàn tỉnh',
             why='"1.364%" uses the thousands dot: read literally 1364 %, as a typo 1,364 % it matches 1.150/84.316') +
          '; giới thiệu việc làm cho 264 lao động khuyết tật, trong đó 139 người có việc làm ổn định, ' + SH(139, 264, pre='đạt ') + '.')
    d.add('Công tác trợ giúp pháp lý, phục hồi chức năng dựa vào cộng đồng tiếp tục được duy trì: phối hợp Trung tâm Trợ giúp '
          'pháp lý nhà nước tỉnh tư vấn miễn phí cho 215 lượt người; duy trì 14 câu lạc bộ người khuyết tật tự lực với 486 thành viên, ' +
          RT(486, 14, p=1, times=True, pre='bình quân ', post=' thành viên/câu lạc bộ') +
          '; các câu lạc bộ thường xuyên sinh hoạt chuyên đề về kỹ năng sống, chia sẻ kinh nghiệm làm kinh tế hộ gia đình.')
    d.add('3. Công tác tuyên truyền, xây dựng tổ chức Hội')
    d.add('Trong năm, Hội kết nạp mới 812 hội viên, ' +
          SH(812, hv, pre='bằng ', post='% tổng số hội viên', why='base: 14.628 members at 30/11/2024') +
          '; thành lập mới 11 chi hội, giải thể, sáp nhập 02 chi hội do sắp xếp đơn vị hành chính cấp xã, ' +
          DF(11, 2, fmt=z, tpl='số chi hội tăng thực tế {x}', why='new minus dissolved; agrees with {ref:năm 2023 là 347 chi hội} (356 − 347)') +
          ' chi hội. Mở 06 lớp tập huấn nghiệp vụ cho 392 cán bộ hội cơ sở, ' +
          RT(392, 6, p=0, times=True, pre='bình quân ', post=' người/lớp') +
          '; đăng 157 tin, bài trên Báo Nghệ An, Đài Phát thanh - Truyền hình tỉnh và trang thông tin điện tử của Hội.')
    d.add('Kết quả đánh giá theo Hướng dẫn số 03/HD-HBT ngày 15/10/2024: ' +
          FR('21/21 hội cấp huyện', 21, 21, 21) + ' gửi báo cáo đúng hạn; ' +
          FR('341/365 chi hội xếp loại hoạt động khá trở lên, đạt 95,79%', 341, 365, ch, v='i', pct=M('95.79'), right='341/356',
             why='the whole is the 356 chi hội; 365 is 356 with two digits swapped (95,79% fits 341/356)') +
          '; 15 chi hội xếp loại trung bình, ' + SH(15, ch) + '; không có chi hội yếu kém. Tỷ lệ chi hội khá trở lên ' +
          PT(M('95.79'), M('94.44')) + ' ' + TM('so với năm 2023', why='previous year of 2024') + ' (94,44%).')
    d.add('III. ĐÁNH GIÁ CHUNG')
    d.add('Năm 2024, dù nguồn xã hội hóa gặp nhiều khó khăn, Hội đã vận động được ' +
          RP('18,56 tỷ đồng', vd, M('18.56'), '{ref:hiện vật quy đổi 7,23 tỷ đồng} (18,65 = 11,42 + 7,23)', v='i', right='18,65 tỷ đồng',
             why='digits 6 and 5 swapped in the summary') +
          ', trợ giúp trên 1,2 vạn lượt người khuyết tật, trẻ mồ côi, trong đó cấp tỉnh trực tiếp trợ giúp 3.210 lượt, ' +
          C('chiếm 26,4%', 'share', 'a', note='base not stated: only "trên 1,2 vạn lượt" is given (3.210/12.000 = 26,75%); the exact total of lượt is not in the text') +
          '; ' + C('số hội viên tăng thêm 812 người', 'difference', 'a',
                   note='812 is the number admitted ({ref:kết nạp mới 812 hội viên}); the net change 14.628 − 13.904 = 724 ({ref:13.904 hội viên}); "tăng thêm" may mean gross admissions or a net rise') +
          ', đưa tổng số hội viên lên ' + RP('14.628 người', hv, 14628, '{ref:13.904 hội viên}') + '; bàn giao ' +
          RP('62 nhà Mái ấm tình thương', 62, 62, '{ref:sửa chữa 24 nhà} (38 + 24)') +
          '; cùng với nguồn chuyển tiếp từ cuối năm 2023, đã hỗ trợ sinh kế cho ' +
          C('164 hộ', 'repeat', 'a', note='{ref:cho 146 hộ} gives 146 hộ for 2024; 164 may be a transposition or may include the carry-over from late 2023 that this sentence mentions') +
          '.')
    d.add('Tuy vậy, nguồn vận động chưa đồng đều giữa các địa phương, còn 05 hội cấp huyện chưa đạt kế hoạch vận động; một số chi '
          'hội hoạt động cầm chừng, chưa có quỹ; cán bộ hội cơ sở phần lớn kiêm nhiệm, tuổi cao, thiếu kinh phí hoạt động. Việc '
          'phối hợp giữa Hội với các sở, ngành và Ủy ban Mặt trận Tổ quốc cấp huyện có lúc chưa chặt chẽ; số liệu đối tượng bảo '
          'trợ giữa các nguồn còn chênh lệch, việc cập nhật danh sách trẻ mồ côi, người khuyết tật sau sắp xếp đơn vị hành chính '
          'cấp xã còn chậm.')
    d.add('IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025')
    d.add('Phấn đấu năm 2025 vận động 20 tỷ đồng, ' + RT(20, vd, minus100=True, pre='tăng ') + ' ' +
          TM('so với kết quả năm 2023', v='i', right='năm 2024',
             why='7,24% = 20 / 18,65 (result of 2024); against 2023 (16,28 tỷ đồng) it would be 22,85%') +
          '; phát triển thêm 900 hội viên, ' + SM('đưa tổng số hội viên lên 15.528 người', [hv, 900], 15528) +
          '; xây dựng 40 nhà Mái ấm tình thương, ' + RT(40, 62, pre='bằng ', post='% số nhà năm 2024') +
          '; 100% hội cấp huyện có quỹ hoạt động và được đánh giá hoàn thành tốt nhiệm vụ.')
    d.add('V. ĐỀ XUẤT, KIẾN NGHỊ')
    d.add('Đề nghị Ủy ban nhân dân tỉnh bố trí kinh phí hỗ trợ hoạt động của Hội năm 2025 là 1,35 tỷ đồng, ' +
          DF(M('1.35'), M('1.2'), u=' tỷ đồng', p=2) + ' ' + TM('so với dự toán năm 2024', why='previous year of 2025') +
          ' (1,20 tỷ đồng); đề nghị Trung ương Hội hỗ trợ 500 xe lăn, xe lắc, ' +
          RT(500, 312, p=1, times=True, pre='gấp ', post=' lần', why='against the 312 given in 2024') + ' số xe đã trao năm 2024.')
    d.add('Trên đây là báo cáo kết quả công tác Hội năm 2024, phương hướng, nhiệm vụ năm 2025 của Hội Bảo trợ người khuyết tật '
          'và trẻ mồ côi tỉnh Nghệ An./.',
          'Nơi nhận: - Trung ương Hội Bảo trợ NKT và TMC Việt Nam; - UBND tỉnh; - Sở LĐ-TB&XH; - Lưu: VP.',
          'TM. BAN THƯỜNG VỤ',
          'CHỦ TỊCH')
    d.add(FN + 'Kế hoạch số 12/KH-HBT ngày 20/01/2024 về vận động nguồn lực năm 2024 giao cấp tỉnh 6 tỷ đồng, cấp huyện 10 tỷ '
          'đồng, ' + SM('tổng cộng 16 tỷ đồng', [6, 10], 16) + '; kết quả cấp tỉnh ' +
          RT(tinh, 6, p=0, pre='đạt ', post='%') + ', cấp huyện ' + RT(huyen, 10, p=1, pre='đạt ', post='%') + ' chỉ tiêu giao.',
          FN + 'Trong ' + SM('87 ca phẫu thuật', [52, 23, 12], 87) + ': 52 ca chỉnh hình bàn chân khoèo, 23 ca dị tật vận động '
          'khác, 12 ca phẫu thuật mắt; kinh phí do Quỹ Bảo trợ trẻ em tỉnh và các nhà tài trợ chi trả.')
    return d


# ============================================================================ draft 2
def d2():
    d = Draft('h17-02-hoi-nan-nhan-chat-doc-da-cam',
              'Hội Nạn nhân chất độc da cam/dioxin tỉnh - báo cáo chính trị nhiệm kỳ 2019 - 2024')
    nn = [6947, 4318, 217]
    NN = sum(nn)                      # 11.482
    nn19 = 11555
    hv_parts = [5214, 2391, 1131]
    HV = sum(hv_parts)                # 8.736
    hv19, hcs, hcs19 = 7905, 112, 106
    years = [M('7.9'), M('8.6'), M('9.4'), M('10.2'), M('13.1'), M('5.3')]   # 11,3 typed 13,1
    VD = M('52.7')
    d.add('HỘI NẠN NHÂN CHẤT ĐỘC DA CAM/DIOXIN TỈNH QUẢNG TRỊ',
          'BAN CHẤP HÀNH KHÓA IV',
          'Số: 27-BC/HNN',
          'Quảng Trị, ngày 15 tháng 7 năm 2024',
          'BÁO CÁO CHÍNH TRỊ',
          'của Ban Chấp hành Hội khóa IV trình Đại hội đại biểu Hội Nạn nhân chất độc da cam/dioxin tỉnh lần thứ V, '
          'nhiệm kỳ 2024 - 2029',
          'Nhiệm kỳ 2019 - 2024 diễn ra trong bối cảnh có nhiều khó khăn: dịch Covid-19 kéo dài suốt hai năm 2020, 2021, '
          'đợt mưa lũ lịch sử tháng 10/2020 gây thiệt hại lớn cho nhiều hộ nạn nhân; giá cả sinh hoạt tăng cao. Được sự lãnh đạo '
          'của Tỉnh ủy, sự quan tâm của Ủy ban nhân dân tỉnh và Trung ương Hội, Ban Chấp hành Hội khóa IV đã lãnh đạo thực hiện '
          'Nghị quyết Đại hội lần thứ IV với 06 chỉ tiêu chủ yếu và 03 nhóm nhiệm vụ trọng tâm, đạt được những kết quả sau:',
          'Phần thứ nhất',
          'KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI LẦN THỨ IV, NHIỆM KỲ 2019 - 2024',
          'I. ĐẶC ĐIỂM TÌNH HÌNH')
    d.add('Quảng Trị là vùng đất chịu hậu quả nặng nề của chất độc hóa học trong chiến tranh. Theo số liệu rà soát đến '
          'ngày 31/12/2023, toàn tỉnh có ' + SM(n(NN) + ' người bị nhiễm chất độc hóa học', nn, NN) +
          ' đang hưởng chế độ ưu đãi, chia ra: người trực tiếp tham gia kháng chiến 6.947 người, ' + SH(nn[0], NN) +
          '; con đẻ (thế hệ thứ hai) 4.318 người, ' + SH(nn[1], NN) + '; thế hệ thứ ba 217 người, ' +
          SH(nn[2], NN, v='i', stated=q(D(217) * 100 / 4318, 2),
             why='computed on the 4.318 second-generation victims (217/4.318 = 5,03%) instead of the 11.482 total of the "chia ra"') +
          '. Ngoài ra, còn khoảng 4.100 người có biểu hiện nghi nhiễm nhưng chưa đủ hồ sơ để công nhận.')
    d.add('Toàn tỉnh có ' + SM('09 hội cấp huyện', [7, 1, 1], 9) + ' (07 huyện, 01 thị xã, 01 thành phố), 112 hội cơ sở với ' +
          SM(n(HV) + ' hội viên', hv_parts, HV, why='gồm: nạn nhân, người thân, hội viên tình nguyện') +
          ' (số liệu đến ngày 30/6/2024). ' + TM('So với đầu nhiệm kỳ (năm 2019', why='start of the 2019 - 2024 term') +
          ': 106 hội cơ sở, 7.905 hội viên), số hội cơ sở ' +
          DF(hcs, hcs19, w='giảm', x=6, v='i', fmt=z, why='112 − 106 = +6: the word should be "tăng"') +
          ', số hội viên ' + DF(HV, hv19, u=' người') + ', ' + RT(HV, hv19, minus100=True, pre='tương ứng tăng ') +
          '. Hội viên gồm 5.214 nạn nhân (' + SH(hv_parts[0], HV) + '), 2.391 người thân của nạn nhân và 1.131 hội viên tình '
          'nguyện; trong đó ' + SB('nữ 3.482 người', 3482, HV) + ' (' + SH(3482, HV) + '), ' +
          SB('người dân tộc Vân Kiều, Pa Kô 1.205 người', 1205, HV) + '.')
    d.add('II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ', '1. Công tác vận động, chăm sóc, trợ giúp nạn nhân')
    d.add('a) Vận động nguồn lực. Nhiệm kỳ 2019 - 2024, các cấp Hội vận động được ' +
          SM('52,7 tỷ đồng', years, VD, v='i', right='54,5',
             why='yearly parts add to 54,5; the 2023 figure 13,1 looks like 11,3 with digits swapped (then the parts give 52,7, which the 131,75% also supports)') +
          ' (lần lượt các năm 2019, 2020, 2021, 2022, 2023 và 6 tháng đầu năm 2024 là 7,9 - 8,6 - 9,4 - 10,2 - 13,1 - 5,3 tỷ đồng), ' +
          RT(VD, 40, pre='đạt ', post='% chỉ tiêu Nghị quyết') + ' (40 tỷ đồng) và ' +
          RT(VD, M('28.5'), times=True, pre='gấp ', post=' lần') + ' ' +
          TM('nhiệm kỳ 2009 - 2014', v='i', right='nhiệm kỳ 2014 - 2019',
             why='the term before 2019 - 2024 is 2014 - 2019') +
          ' (28,5 tỷ đồng), ' +
          C('bình quân mỗi năm 9,58 tỷ đồng', 'ratio', 'a',
            note='52,7 / 5,5 = 9,5818 → 9,58 if the half year 2024 counts; over the five years of the term 52,7 / 5 = 10,54; the divisor is not stated') +
          '; trong đó nguồn từ các tổ chức, cá nhân ngoài tỉnh 14,6 tỷ đồng, ' + SH(M('14.6'), VD) + '[\ufffd].')
    d.add('b) Nhà ở, sinh kế. Đã xây mới và sửa chữa ' + SM('158 nhà tình nghĩa', [97, 61], 158) +
          ' (xây mới 97 nhà, sửa chữa 61 nhà), ' +
          RT(158, 150, v='i', stated=q(D(150) * 100 / 158, 2), pre='đạt ', post='% chỉ tiêu',
             why='inverted: 150 / 158 = 94,94%; built 158 against the 150 of the target is 105,33%') +
          ' (150 nhà); ' + TM('so với nhiệm kỳ 2014 - 2019', why='previous term of 2019 - 2024') + ' (112 nhà), ' +
          DF(158, 112, u=' nhà') + '. Hỗ trợ vốn, con giống, công cụ sản xuất cho 624 hộ nạn nhân, kinh phí 7,49 tỷ đồng, ' +
          RT(7490, 624, p=0, times=True, pre='bình quân ', post=' triệu đồng/hộ') + '.')
    d.add('c) Chăm sóc sức khỏe. Phối hợp ngành Y tế khám bệnh, cấp thuốc miễn phí cho ' +
          SM('18.450 lượt người', [9870, 6205, 3140], 18450, v='a',
             why='parts exceed the total by 765; a victim can also be elderly or a child, so the groups may overlap; the text does not say') +
          ', trong đó 9.870 lượt nạn nhân, 6.205 lượt người cao tuổi, 3.140 lượt trẻ em; đưa 326 lượt nạn nhân đi điều dưỡng, ' +
          RT(326, 142, p=1, times=True, pre='gấp ', post=' lần', why='against 142 lượt of the previous term') +
          ' nhiệm kỳ trước (142 lượt). Năm 2023 có ' +
          FR('9.005/11.482 nạn nhân', 9005, 11482, NN, why='whole = victims at 31/12/2023') +
          ' được khám sức khỏe định kỳ, đạt 78,43%, ' + PT(M('78.43'), M('69.17')) + ' ' +
          TM('so với năm 2019', why='start year of the term, stated 69,17%') + ' (69,17%).')
    d.add('d) Trợ giúp thường xuyên. Số nạn nhân được các cấp Hội trợ giúp thường xuyên là 4.105 người, ' +
          SH(4105, NN, post='% tổng số nạn nhân') + '; 2.203 nạn nhân được nhận quà hằng tháng từ các mô hình “nhận đỡ đầu”, ' +
          SH(2203, NN, v='r') + '; riêng 1.126 nạn nhân thuộc hộ nghèo, cận nghèo, ' +
          C('chiếm 7,23%', 'share', 'a',
            note='base not stated: 1.126/11.482 = 9,81%; 7,23% fits only 1.126/15.582, i.e. the victims plus the "khoảng 4.100" suspected cases') +
          ', được ưu tiên hỗ trợ cải thiện điều kiện sống.')
    d.add('Phối hợp Sở Lao động - Thương binh và Xã hội lập hồ sơ đề nghị công nhận cho 1.358 trường hợp; đã được công nhận '
          '1.142 trường hợp, ' + SH(1142, 1358, pre='đạt ') + ', ' +
          DF(1358, 1142, tpl='còn {x} hồ sơ', why='filed minus recognised') +
          ' đang xem xét. Năm 2019 có 11.555 người hưởng chế độ; trong nhiệm kỳ 1.215 người qua đời và ' +
          RP('1.142 người được công nhận mới', 1142, 1142, 'the recognised cases earlier in this line') + ', đến 31/12/2023 ' +
          RP('còn 11.482 người', NN, NN, '{ref:chia ra: người trực tiếp}', why='flow check 11.555 − 1.215 + 1.142 = 11.482') + ', ' +
          DF(NN, nn19, u=' người') + '.')
    d.add('đ) Đấu tranh đòi công lý. Hằng năm, Hội phát động “Tháng hành động vì nạn nhân chất độc da cam” (từ 10/7 đến 10/8), '
          'tổ chức mít tinh kỷ niệm Ngày vì nạn nhân chất độc da cam Việt Nam 10/8; phối hợp tiếp đón các đoàn cựu chiến binh Hoa Kỳ '
          'đến thăm, tìm hiểu tình hình nạn nhân; tham gia đầy đủ các hoạt động ủng hộ vụ kiện của bà Trần Tố Nga do Trung ương '
          'Hội phát động, góp phần nâng cao nhận thức của cộng đồng trong và ngoài nước.')
    d.add('2. Công tác tuyên truyền, xây dựng tổ chức Hội')
    d.add('Các cấp Hội tổ chức 1.240 buổi nói chuyện, tuyên truyền về hậu quả chất độc da cam cho 68.500 lượt người, ' +
          RT(68500, 1240, p=0, times=True, pre='bình quân ', post=' người/buổi') +
          '; mở 27 lớp tập huấn cho 1.512 lượt cán bộ hội, ' + RT(1512, 27, p=0, times=True, pre='bình quân ', post=' người/lớp') +
          '. Ban Chấp hành khóa IV có 25 (hai mươi lăm) ủy viên, trong đó nữ 06 đồng chí, ' + SH(6, 25, p=0) +
          '. Năm 2023, ' + FR('104/112 hội cơ sở', 104, 112, hcs) + ' xếp loại vững mạnh, ' + SH(104, 112, v='r', pre='đạt ') +
          '; 08 hội xếp loại khá, ' + SH(8, 112) + '; không có hội yếu kém.')
    d.add('Quỹ Bảo trợ nạn nhân chất độc da cam tỉnh đến ngày 30/6/2024 có số dư 2,86 tỷ đồng, ' +
          DF(M('2.86'), M('1.72'), u=' tỷ đồng', p=2) + ' ' + TM('so với ngày 31/12/2019', why='balance at the end of 2019, start of the 2019 - 2024 term') + ' (1,72 tỷ đồng). Nhiệm kỳ qua có 86 tập thể và '
          '214 cá nhân được khen thưởng, ' + SM('tổng cộng 300 lượt', [86, 214], 300) +
          ', trong đó Trung ương Hội tặng Bằng khen cho 12 tập thể, 35 cá nhân.')
    d.add('III. ĐÁNH GIÁ CHUNG')
    d.add('Kết quả nổi bật của nhiệm kỳ là ' + FR('06/06 chỉ tiêu', 6, 6, 6, why='the 06 targets of the resolution ({ref:06 chỉ tiêu chủ yếu})') +
          ' Nghị quyết đạt và vượt; vận động được ' + RP('52,7 tỷ đồng', VD, VD, '{ref:a) Vận động nguồn lực}') +
          ', xây dựng, sửa chữa ' +
          C('185 nhà tình nghĩa giai đoạn 2020 - 2024', 'repeat', 'a',
            note='{ref:b) Nhà ở, sinh kế} gives 158 houses for the term 2019 - 2024; 185 may be a transposition of 158 or a different period (giai đoạn 2020 - 2024)') +
          '; chăm lo chu đáo cho ' +
          RP('11.428 nạn nhân', NN, 11428, '{ref:chia ra: người trực tiếp} (6.947 + 4.318 + 217 = 11.482)', v='i', right='11.482 nạn nhân',
             why='digits 8 and 2 swapped in the summary') +
          '. Tổ chức Hội được củng cố, đến nay toàn Hội có ' +
          C('8.821 hội viên', 'repeat', 'a',
            note='{ref:số liệu đến ngày 30/6/2024} gives 8.736 members at 30/6/2024; "đến nay" (report dated 15/7/2024) may be a later count or a typo') + '.')
    d.add('Bên cạnh đó còn những hạn chế: nguồn vận động chủ yếu từ cán bộ, hội viên và doanh nghiệp trong tỉnh; một số hội cơ '
          'sở hoạt động chưa đều, cán bộ hội tuổi cao, kiêm nhiệm; việc lập hồ sơ đề nghị công nhận nạn nhân còn chậm do khó '
          'khăn trong xác minh giấy tờ gốc; đời sống một bộ phận nạn nhân, nhất là ở các huyện miền núi Hướng Hóa, Đakrông, vẫn '
          'còn rất khó khăn.')
    d.add('Phần thứ hai', 'PHƯƠNG HƯỚNG, MỤC TIÊU NHIỆM KỲ 2024 - 2029')
    d.add('1. Vận động 60 tỷ đồng, ' + RT(60, VD, minus100=True, pre='tăng ') + ' ' +
          TM('so với nhiệm kỳ 2019 - 2024', why='previous term of 2024 - 2029') +
          '; 2. Xây dựng, sửa chữa 170 nhà tình nghĩa, ' + RT(170, 158, minus100=True, pre='vượt ', post='% kết quả nhiệm kỳ qua') +
          '; 3. Phát triển hội viên lên 9.500 người, ' + DF(9500, HV, u=' hội viên') +
          ' so với thời điểm 30/6/2024; 4. Phấn đấu 85% nạn nhân được khám sức khỏe định kỳ, ' +
          PT(85, M('78.43'), w='tăng', x=M('6.75'), v='i',
             why='85 − 78,43 = 6,57 points; 6,75 has the last two digits swapped') +
          '; 5. 100% hội cấp huyện, 90% hội cơ sở xếp loại vững mạnh.')
    d.add('Phần thứ ba', 'KIẾN NGHỊ, ĐỀ XUẤT')
    d.add('Đề nghị Ủy ban nhân dân tỉnh nâng mức hỗ trợ kinh phí hoạt động hằng năm của Hội từ 450 triệu đồng lên 600 triệu '
          'đồng (' + RT(600, 450, minus100=True, pre='tăng ') + '); đề nghị Trung ương Hội hỗ trợ xây dựng 30 nhà tình nghĩa, ' +
          RT(30, 158, pre='bằng ', post='% số nhà thực hiện nhiệm kỳ qua') +
          '; đề nghị các sở, ngành sớm giải quyết dứt điểm hồ sơ tồn đọng, bảo đảm quyền lợi chính đáng của nạn nhân.')
    d.add('Trên đây là Báo cáo chính trị của Ban Chấp hành Hội khóa IV trình Đại hội đại biểu Hội Nạn nhân chất độc da '
          'cam/dioxin tỉnh lần thứ V, nhiệm kỳ 2024 - 2029./.',
          'BAN CHẤP HÀNH HỘI NẠN NHÂN CHẤT ĐỘC DA CAM/DIOXIN TỈNH')
    d.add(FN + 'Theo cấp: cấp tỉnh 18,3 tỷ đồng (' + SH(M('18.3'), VD, stxt=None, pre='') + '), cấp huyện 24,7 tỷ đồng (' +
          SH(M('24.7'), VD, v='r', pre='') + '), cấp cơ sở 9,7 tỷ đồng (' + SH(M('9.7'), VD, pre='') + '); ' +
          SM('tổng cộng 52,7 tỷ đồng', [M('18.3'), M('24.7'), M('9.7')], VD) + '.',
          FN + 'Dịp Tết Nguyên đán Giáp Thìn 2024, các cấp Hội tặng quà cho 9.674 nạn nhân, ' +
          SH(9674, NN, pre='bằng ', post='% số nạn nhân đang hưởng chế độ') + ', mỗi suất từ 300.000 đến 500.000 đồng.')
    return d


# ============================================================================ draft 3
def d3():
    d = Draft('h17-03-cong-ty-chieu-sang-cay-xanh',
              'Công ty chiếu sáng công cộng và cây xanh đô thị - báo cáo năm 2024')
    den, den0, led, sod = 38450, 36920, 29862, 8588
    tu, tu_kn = 1284, 1026
    sc, sc23, sc_h, sc_g = 2318, 2504, 1406, 912
    cay = [21350, 24118, 7712]          # loại 3 should be 7.172
    CAY, cay0 = 52640, 51490
    dt_ci, dt_dv = M('142.87'), M('43.55')
    DT = dt_ci + dt_dv                   # 186,42
    cp = [M('64.12'), M('52.37'), M('31.46'), M('12.83'), M('18.80')]
    d.add('ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA',
          'CÔNG TY TNHH MỘT THÀNH VIÊN CHIẾU SÁNG VÀ CÂY XANH ĐÔ THỊ',
          'Số: 35/BC-CSCX',
          'Khánh Hòa, ngày 10 tháng 01 năm 2025',
          'BÁO CÁO',
          'Tình hình thực hiện nhiệm vụ công ích, sản xuất kinh doanh năm 2024 và kế hoạch năm 2025',
          'Kính gửi: Ủy ban nhân dân tỉnh; Sở Xây dựng; Sở Tài chính.',
          'Căn cứ Quyết định số 3125/QĐ-UBND ngày 22/12/2023 của Ủy ban nhân dân tỉnh về giao kế hoạch đặt hàng sản phẩm, dịch '
          'vụ công ích đô thị năm 2024 và Hợp đồng đặt hàng số 15/2024/HĐ-SXD ngày 05/02/2024 với Sở Xây dựng, Công ty báo cáo '
          'kết quả thực hiện năm 2024 (chi tiết tại Biểu số 01, 02 kèm theo) như sau. Năm 2024, Công ty thực hiện nhiệm vụ trong '
          'điều kiện giá vật tư, nhiên liệu tăng, mùa mưa bão đến sớm và diễn biến bất thường; khối lượng tiếp nhận mới từ các dự án '
          'đô thị lớn trong khi đơn giá đặt hàng chưa được điều chỉnh.',
          'I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ CÔNG ÍCH',
          '1. Quản lý, vận hành hệ thống chiếu sáng công cộng')
    d.add('Đến ngày 31/12/2024, Công ty quản lý, vận hành hệ thống chiếu sáng trên 612 tuyến đường, tổng chiều dài 486,3 km, '
          'với ' + SM(n(den) + ' bộ đèn', [led, sod], den) + ' (đèn LED %s bộ, ' % n(led) + SH(led, den) +
          '; đèn cao áp sodium %s bộ) và %s tủ điều khiển; trong đó 568 tuyến đã dùng hoàn toàn đèn LED, ' % (n(sod), n(tu)) +
          SH(568, 612, why='base: the 612 streets') + '. So với đầu năm (36.920 bộ), số bộ đèn ' + DF(den, den0, u=' bộ') +
          ' do tiếp nhận các tuyến đường mới[\ufffd]; tỷ lệ đèn LED ' + PT(M('77.66'), M('68.19')) + ' so với đầu năm (68,19%).')
    d.add('Hệ thống điều khiển giám sát từ xa: ' + FR('1.026/1.284 tủ', tu_kn, tu, tu) + ' đã kết nối, ' +
          SH(tu_kn, tu, v='r', pre='đạt ') + '; ' + DF(tu, tu_kn, tpl='còn {x} tủ', why='cabinets minus connected ones') +
          ' vận hành bằng rơ-le thời gian. Trong năm, tiếp nhận, xử lý ' + SM(n(sc) + ' sự cố', [sc_h, sc_g], sc) +
          ' (qua đường dây nóng 1.406 sự cố, ' + SH(sc_h, sc) + '; qua hệ thống giám sát 912 sự cố), trong đó 2.251 sự cố được '
          'khắc phục trong 24 giờ, ' + SH(2251, sc, v='r', pre='đạt ') + '; ' + TM('so với năm 2023', why='previous year of 2024') +
          ' (2.504 sự cố), số sự cố ' +
          DF(sc, sc23, w='tăng', x=186, v='i', u=' sự cố', why='2.318 < 2.504: the count fell, "tăng" should be "giảm"') + '.')
    d.add('Điện năng tiêu thụ năm 2024 là 14,82 triệu kWh, ' + DF(M('14.82'), M('16.28'), u=' triệu kWh', p=2) + ' ' +
          TM('so với năm 2023', why='previous year of 2024') + ' (16,28 triệu kWh), ' +
          RT(M('1.46'), M('16.28'), pre='tương ứng giảm ', why='decrease 1,46 over 16,28') +
          '; chi phí tiền điện chiếu sáng 31,46 tỷ đồng, ' + DF(M('31.46'), M('33.54'), u=' tỷ đồng', p=2) +
          ' (năm 2023: 33,54 tỷ đồng). Đã ngầm hóa 312 km cáp cấp điện chiếu sáng, ' +
          C('chiếm 58,4%', 'share', 'a',
            note='base not stated: against the 486,3 km of lit streets 312 km is 64,16%; 58,4% would need a total cable length (about 534 km) that the text does not give') +
          '.')
    d.add('2. Quản lý, duy trì cây xanh, công viên')
    d.add('Công ty đang quản lý ' +
          SM(n(CAY) + ' cây xanh đường phố', cay, CAY, v='i', right='53.180',
             why='parts add to 53.180; the loại 3 count 7.712 looks like 7.172 with two digits swapped (21.350 + 24.118 + 7.172 = 52.640)') +
          ' (loại 1 - cao dưới 6 m: 21.350 cây, ' + SH(cay[0], CAY, v='r') + '; loại 2 - cao từ 6 m đến 12 m: 24.118 cây, ' +
          SH(cay[1], CAY) + '; loại 3 - cao trên 12 m: 7.712 cây) và 186,4 ha công viên, vườn hoa, dải phân cách. Trong năm '
          'trồng mới 1.246 cây, ' + RT(1246, 1000, p=1, pre='đạt ', post='% kế hoạch') +
          ' (1.000 cây), đốn hạ, thay thế 96 cây sâu bệnh, nguy hiểm; số cây xanh ' + DF(CAY, cay0, u=' cây') +
          ' so với đầu năm (51.490 cây).')
    d.add('Cắt tỉa, khống chế chiều cao 18.925 lượt cây, ' + RT(18925, 18000, pre='đạt ', post='% kế hoạch đặt hàng') +
          ' (18.000 lượt); duy trì thảm cỏ 142,6 ha, ' + SH(M('142.6'), M('186.4'), post='% diện tích công viên, vườn hoa, dải phân cách') +
          '. Áp thấp nhiệt đới ngày 16 - 17/11/2024 làm ' +
          SM('777 cây bị ảnh hưởng', [214, 563, 126], 777, v='a',
             why='parts exceed the total by 126; a tree with a broken branch may also be leaning, so the groups may overlap; the text does not say') +
          ', trong đó ngã đổ 214 cây, gãy cành lớn 563 cây, nghiêng phải chằng chống 126 cây; Công ty huy động 146 lượt công '
          'nhân, 38 lượt xe cẩu, xe thang, khắc phục xong trong 48 giờ.')
    d.add('3. Trang trí đèn nghệ thuật, phục vụ nhiệm vụ chính trị. Công ty thực hiện trang trí đèn, cờ, hoa phục vụ Tết Nguyên '
          'đán Giáp Thìn, kỷ niệm 49 năm Ngày giải phóng tỉnh (02/4/1975 - 02/4/2024), Festival Biển và các hội nghị lớn của tỉnh; '
          'lắp đặt 12 cụm tiểu cảnh ánh sáng tại các nút giao trung tâm; bố trí lực lượng trực 24/24 giờ trong các dịp lễ, Tết, '
          'bảo đảm hệ thống chiếu sáng vận hành an toàn, không để xảy ra sự cố kéo dài.')
    d.add('II. KẾT QUẢ SẢN XUẤT KINH DOANH')
    d.add('Tổng doanh thu năm 2024 đạt ' + SM('186,42 tỷ đồng', [dt_ci, dt_dv], DT) + ', ' +
          RT(DT, 180, pre='bằng ', post='% kế hoạch') + ' (180 tỷ đồng) và ' + RT(DT, M('172.9'), minus100=True, pre='tăng ') + ' ' +
          TM('so với năm 2022', v='i', right='năm 2023',
             why='172,9 tỷ đồng is the 2023 revenue; the comparison of a 2024 result is with 2023') +
          ' (172,9 tỷ đồng); trong đó doanh thu đặt hàng công ích 142,87 tỷ đồng, ' + SH(dt_ci, DT) +
          ', doanh thu dịch vụ (thi công chiếu sáng, đèn trang trí lễ hội, cung ứng cây giống) 43,55 tỷ đồng, ' + SH(dt_dv, DT) + ', ' +
          RT(dt_dv, M('43.06'), p=3, minus100=True, v='a', stxt='1.138', pre='tăng ',
             why='"1.138%" uses the thousands dot: literally 1138 %, as a typo 1,138 % it matches 43,55/43,06') +
          ' so với năm trước (43,06 tỷ đồng).')
    d.add('Tổng chi phí ' +
          SM('166,75 tỷ đồng', cp, M('166.75'), v='i', right='179,58',
             why='part left out: without the 12,83 tỷ đồng of depreciation the parts give 166,75; the profit 6,84 = 186,42 − 179,58 also supports 179,58') +
          ' (nhân công 64,12 tỷ đồng; vật tư, nhiên liệu 52,37 tỷ đồng; ' +
          RP('tiền điện chiếu sáng 31,46 tỷ đồng', M('31.46'), M('31.46'), '{ref:chi phí tiền điện chiếu sáng 31,46}') +
          '; khấu hao tài sản cố '
          'định 12,83 tỷ đồng; chi phí khác 18,80 tỷ đồng). Lợi nhuận trước thuế 6,84 tỷ đồng; sau khi nộp thuế thu nhập doanh '
          'nghiệp 1,37 tỷ đồng, ' + DF(M('6.84'), M('1.37'), p=2, tpl='lợi nhuận sau thuế còn {x} tỷ đồng') +
          ', ' + RT(M('5.47'), DT, pre='tỷ suất lợi nhuận sau thuế trên doanh thu ') + '.')
    d.add('Nộp ngân sách nhà nước 12,36 tỷ đồng, ' +
          RT(M('12.36'), M('11.8'), v='i', stated=q(M('12.36') * 100 / M('11.43'), 2), pre='đạt ', post='% kế hoạch',
             why='108,14% is 12,36 / 11,43 (the 2023 payment), not the plan of 11,8 tỷ đồng') +
          ' (kế hoạch 11,8 tỷ đồng); năm 2023 nộp 11,43 tỷ đồng.')
    d.add('Tổng số lao động đến 31/12/2024 là ' + SM('412 người', [58, 354], 412) +
          ' (gián tiếp 58 người; trực tiếp 354 người, ' + SH(354, 412) + '), trong đó ' + SB('74 kỹ sư, cử nhân', 74, 412) +
          '; lao động nữ 97 người, ' +
          SH(97, 412, v='i', stated=q(D(97) * 100 / 354, 2), why='computed on the 354 direct workers (97/354 = 27,40%) instead of all 412') +
          '. Quỹ tiền lương thực hiện 58,59 tỷ đồng, thu nhập ' +
          RT(58590, 412 * 12, times=True, pre='bình quân ', post=' triệu đồng/người/tháng',
             why='58.590 triệu đồng / 412 người / 12 tháng') + ', ' +
          DF(M('11.85'), M('11.23'), u=' triệu đồng', p=2) + ' ' + TM('so với năm 2023', why='previous year of 2024') + ' (11,23 triệu đồng).')
    d.add('Trong năm xảy ra 01 vụ tai nạn lao động nhẹ, không có sự cố mất an toàn điện. Đầu tư bổ sung 05 xe thang nâng, 02 xe '
          'cẩu tự hành (9,8 tỷ đồng từ Quỹ đầu tư phát triển), nâng tổng số phương tiện cơ giới lên ' +
          SM('64 xe', [28, 9, 12, 15], 64) + ' (xe thang nâng 28, ' + SH(28, 64) + '; xe cẩu 09; xe tưới nước 12; xe tải, xe ben 15).')
    d.add('Công tác quản lý được đổi mới: đưa vào sử dụng phần mềm quản lý cây xanh trên nền bản đồ số GIS, số hóa vị trí, chủng '
          'loại, tình trạng từng cây; tiếp nhận phản ánh của người dân qua ứng dụng Zalo OA và tổng đài 1022; duy trì hệ thống quản '
          'lý chất lượng ISO 9001:2015; thực hiện giao khoán khối lượng, đơn giá đến từng tổ, đội, gắn tiền lương với năng suất và '
          'chất lượng công việc.')
    d.add('III. ĐÁNH GIÁ CHUNG')
    d.add('Năm 2024, Công ty hoàn thành toàn bộ khối lượng đặt hàng; giá trị khối lượng công ích được nghiệm thu ' +
          C('145,2 tỷ đồng', 'repeat', 'a',
            note='{ref:doanh thu đặt hàng công ích 142,87} gives 142,87 tỷ đồng of public-service revenue; the accepted value may be the same quantity (then a mistyped figure) or differ by VAT/adjustments; the text does not say') +
          ', tổng doanh thu ' +
          RP('168,42 tỷ đồng', DT, M('168.42'), '{ref:doanh thu đặt hàng công ích 142,87} (142,87 + 43,55 = 186,42)', v='i', right='186,42 tỷ đồng',
             why='digits 8 and 6 swapped') +
          '; trồng mới ' + RP('1.246 cây xanh', 1246, 1246, '{ref:trồng mới 1.246 cây,}') + ', khắc phục kịp thời ' +
          RP('214 cây ngã đổ', 214, 214, '{ref:ngã đổ 214 cây}') + ' sau áp thấp nhiệt đới; thu nhập người lao động ổn định ở mức ' +
          RP('11,85 triệu đồng/người/tháng', M('11.85'), M('11.85'), '{ref:Quỹ tiền lương thực hiện}') + '.')
    d.add('Hạn chế: còn ' + RP('8.588 bộ đèn cao áp', sod, 8588, '{ref:đèn cao áp sodium}') + ' tiêu tốn điện năng, ' +
          RP('258 tủ điều khiển', 258, 258, '{ref:vận hành bằng rơ-le} (1.284 − 1.026)') +
          ' chưa kết nối giám sát từ xa; nhiều cây xanh loại 3 trồng từ trước năm 2000 đã già cỗi, rễ nổi làm hư hỏng vỉa hè; '
          'đơn giá duy trì cây xanh chưa được điều chỉnh từ năm 2019, không đủ bù đắp chi phí nhân công và vật tư tăng.')
    d.add('IV. KẾ HOẠCH NĂM 2025')
    d.add('Doanh thu kế hoạch 195 tỷ đồng, ' + RT(195, DT, minus100=True, pre='tăng ') + ' ' +
          TM('so với thực hiện năm 2024', why='previous year of 2025') + '; thay thế 3.500 bộ đèn cao áp bằng đèn LED, ' +
          RT(3500, sod, pre='bằng ', post='% số đèn cao áp hiện còn') + '; cắt tỉa 19.000 lượt cây, ' +
          RT(19000, 18925, minus100=True, pre='tăng ') + ' so với kết quả năm qua. Hiện nay hệ thống đã có ' +
          C('38.912 bộ đèn', 'repeat', 'a',
            note='{ref:đèn cao áp sodium} gives 38.450 lamps at 31/12/2024; "hiện nay" (report dated 10/01/2025) may include streets handed over in January 2025 or be a typo') +
          ', Công ty tiếp tục rà soát để đưa vào hợp đồng đặt hàng năm 2025.')
    d.add('V. KIẾN NGHỊ')
    d.add('Đề nghị Ủy ban nhân dân tỉnh bố trí 24,5 tỷ đồng để ' +
          RP('thay thế 3.500 bộ đèn LED', 3500, 3500, '{ref:thay thế 3.500 bộ đèn cao áp}') + ' (' +
          RT(24500, 3500, p=0, times=True, pre='bình quân ', post=' triệu đồng/bộ') +
          '); điều chỉnh đơn giá duy trì cây xanh từ 1,25 triệu đồng lên 1,38 triệu đồng/cây/năm, ' +
          RT(M('1.38'), M('1.25'), p=1, minus100=True, pre='tăng ') + '.')
    d.add('Nơi nhận: - Như trên; - Hội đồng thành viên; - Lưu: VT, KH-KT.', 'GIÁM ĐỐC')
    d.add(FN + 'Tiếp nhận 27 tuyến đường mới từ các chủ đầu tư với ' + RP('1.530 bộ đèn', 1530, den - den0, '{ref:So với đầu năm (36.920 bộ)} (38.450 − 36.920)') +
          ', chủ yếu tại khu đô thị mới phía Tây và tuyến đường ven biển.',
          FN + 'Trong ' + SM('18.925 lượt cắt tỉa', [3870, 5215, 6480, 3360], 18925) + ': quý I 3.870 lượt, quý II 5.215 lượt, '
          'quý III 6.480 lượt (' + SH(6480, 18925) + ', trước mùa mưa bão), quý IV 3.360 lượt.')
    return d


# ============================================================================ draft 4
def d4():
    d = Draft('h17-04-cang-vu-hang-hai',
              'Cảng vụ Hàng hải (cảng biển tỉnh) - báo cáo 9 tháng đầu năm 2024')
    LT, vao, roi = 1486, 745, 714         # rời should be 741
    hh = [2135600, 1048920, 3657830]
    HH = sum(hh)                           # 6.842.350
    KH = 8740000
    phi = [M('17.53'), M('15.96'), M('5.26'), M('3.11')]
    PHI = sum(phi)                         # 41,86
    d.add('CỤC HÀNG HẢI VIỆT NAM',
          'CẢNG VỤ HÀNG HẢI THỪA THIÊN HUẾ',
          'Số: 1126/BC-CVHHTTH',
          'Thừa Thiên Huế, ngày 08 tháng 10 năm 2024',
          'BÁO CÁO',
          'Kết quả thực hiện nhiệm vụ 9 tháng đầu năm 2024 và phương hướng, nhiệm vụ quý IV năm 2024',
          'Kính gửi: Cục Hàng hải Việt Nam.',
          'Thực hiện Công văn số 3842/CHHVN-VP ngày 20/9/2024 của Cục Hàng hải Việt Nam về việc báo cáo sơ kết 9 tháng đầu năm, '
          'Cảng vụ Hàng hải Thừa Thiên Huế báo cáo kết quả thực hiện nhiệm vụ tại khu vực cảng biển Chân Mây, Thuận An và Phong '
          'Điền như sau. Chín tháng đầu năm 2024, kinh tế thế giới còn nhiều biến động, giá cước vận tải biển tăng cao do căng thẳng '
          'tại khu vực Biển Đỏ; tuy vậy hoạt động khai thác cảng trong khu vực vẫn duy trì đà tăng trưởng nhờ các dự án sản xuất tại '
          'Khu kinh tế Chân Mây - Lăng Cô đi vào hoạt động và sự phục hồi của du lịch tàu biển quốc tế.',
          'I. TÌNH HÌNH HOẠT ĐỘNG TẠI KHU VỰC CẢNG BIỂN',
          '1. Tàu thuyền hoạt động')
    d.add('Trong 9 tháng đầu năm 2024 (từ 01/01 đến 30/9/2024), có ' +
          SM('1.486 lượt tàu thuyền', [vao, roi], LT, v='i', right='1.459',
             why='vào + rời = 1.459; the 714 departures look like 741 with two digits swapped (745 + 741 = 1.486)') +
          ' vào, rời khu vực (vào 745 lượt, rời 714 lượt)[\ufffd], ' +
          RT(LT, 1330, minus100=True, pre='tăng ') + ' ' + TM('so với cùng kỳ năm 2023', why='same period of the previous year') +
          ' (1.330 lượt), ' + RT(LT, 9, p=0, times=True, pre='bình quân mỗi tháng ', post=' lượt') +
          '; tổng dung tích 12,64 triệu GT, ' + RT(12640000, LT, p=0, times=True, pre='bình quân ', post=' GT/lượt') +
          '. Trong đó tàu nước ngoài 318 lượt, ' +
          SH(318, LT, v='i', stated=q(D(318) * 100 / vao, 2),
             why='computed on the 745 arrivals only (318/745 = 42,68%); the 318 foreign calls are counted over arrivals and departures (1.486)') + '.')
    d.add('Đón 24 chuyến tàu khách du lịch quốc tế với 38.560 lượt khách, ' +
          RT(38560, 24, p=0, times=True, pre='bình quân ', post=' khách/chuyến') + ', ' +
          RT(38560, 24100, p=1, times=True, pre='gấp ', post=' lần') + ' cùng kỳ (24.100 lượt khách). Trong số tàu hàng, có 94 lượt '
          'tàu trọng tải trên 50.000 DWT, ' +
          C('chiếm 13,1%', 'share', 'a',
            note='base not stated: the number of cargo-ship calls is not given; 94/745 = 12,62%, 94/1.486 = 6,33%, neither is 13,1%') +
          '; tàu lai dắt hỗ trợ 612 lượt.')
    d.add('2. Hàng hóa thông qua')
    d.add('Sản lượng hàng hóa thông qua 9 tháng đạt ' + SM(n(HH) + ' tấn', hh, HH) + ', ' +
          RT(HH, KH, pre='bằng ', post='% kế hoạch năm') + ' (8,74 triệu tấn)[\ufffd]; trong đó hàng xuất khẩu 2.135.600 tấn (' +
          SH(hh[0], HH) + '), nhập khẩu 1.048.920 tấn (' + SH(hh[1], HH, v='r') + '), hàng nội địa 3.657.830 tấn (' +
          SH(hh[2], HH) + '). ' + TM('So với cùng kỳ năm 2023', why='same period of the previous year') +
          ' (6.215.400 tấn), sản lượng ' + DF(HH, 6215400, u=' tấn') + ', ' + RT(HH, 6215400, minus100=True, pre='tương ứng tăng ') +
          '. Hàng container 28.416 TEU, ' +
          RT(28416, 24560, minus100=True, v='i', stated=q(D(28416) * 100 / 24560, 2), pre='tăng ',
             why='115,70% is the index (current / previous × 100); the increase is 15,70%', rsuf='%') +
          ' so với cùng kỳ (24.560 TEU).')
    d.add('Cơ cấu mặt hàng (' +
          SM('tổng 6.842.350 tấn', [3124500, 1287400, 2604900], HH, v='a',
             why='the three items add to 7.016.800, 174.450 more than the total; cement and clinker may also be counted as building materials, the text does not say') +
          '): clinker, xi măng 3.124.500 tấn, ' + SH(3124500, HH) + '; dăm gỗ, viên nén gỗ 1.287.400 tấn; vật liệu xây dựng '
          '2.604.900 tấn. Riêng quý III/2024 đạt 2.418.760 tấn, ' + RT(2418760, 2278580, minus100=True, pre='tăng ') + ' ' +
          TM('so với quý II/2024', why='quarter before quý III/2024') + ' (2.278.580 tấn) và ' +
          C('đạt 110,7% kế hoạch quý', 'ratio', 'a',
            note='the quarterly plan is not stated; 2.418.760 / (8.740.000 / 4) = 110,70% if the annual plan is split evenly, which the text does not say') + '.')
    d.add('II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ', '1. Công tác thủ tục, đăng ký tàu biển')
    d.add('Giải quyết 2.964 bộ thủ tục tàu thuyền vào, rời cảng trên Cổng thông tin một cửa quốc gia, trong đó thủ tục của tàu nước '
          'ngoài 636 bộ, ' + SH(636, 2964) + '; không có hồ sơ trễ hạn. Trong kỳ đăng ký mới 31 tàu biển, xóa đăng ký 12 tàu; đến '
          '30/9/2024 Cảng vụ quản lý 187 tàu, ' + DF(187, 168, u=' tàu') + ' so với đầu năm (168 tàu). Duy trì tiếp nhận hồ sơ 24/7, thời gian giải quyết thủ tục rút ngắn còn dưới 30 phút.')
    d.add('2. Công tác kiểm tra, bảo đảm an toàn, an ninh hàng hải')
    d.add('Kiểm tra nhà nước cảng biển (PSC) 46 lượt tàu nước ngoài, phát hiện 179 khiếm khuyết; ' +
          FR('33/46 tàu', 33, 46, 46) + ' có khiếm khuyết, ' + SH(33, 46, v='r') + '; lưu giữ 03 tàu, ' +
          SH(3, 46, pre='bằng ', post='% số tàu được kiểm tra') + '. Kiểm tra tàu mang cờ quốc tịch Việt Nam (FSC) 64 lượt với 219 '
          'khiếm khuyết, ' + RT(219, 64, times=True, pre='bình quân ', post=' khiếm khuyết/tàu') + '; số lượt kiểm tra FSC ' +
          RT(64, 52, minus100=True, pre='tăng ') + ' so với cùng kỳ (52 lượt).')
    d.add('Xử phạt vi phạm hành chính ' + SM('27 vụ', [18, 9], 27) + ' (18 vụ vi phạm về thủ tục, 09 vụ vi phạm an toàn hàng '
          'hải), tổng số tiền 486,5 triệu đồng, ' + RT(M('486.5'), 27, times=True, pre='bình quân ', post=' triệu đồng/vụ') +
          '; số vụ vi phạm ' + DF(27, 39, u=' vụ') + ' so với cùng kỳ (39 vụ). Xảy ra 02 vụ tai nạn hàng hải ít nghiêm trọng, ' +
          DF(2, 3, w='tăng', x=1, v='i', u=' vụ', fmt=z, why='02 against 03 of the same period is a decrease') +
          ' so với cùng kỳ (03 vụ). Phối hợp tổ chức 05 vụ tìm kiếm cứu nạn, cứu được ' +
          FR('23/25 thuyền viên gặp nạn (92%)', 23, 25, 25, pct=92, p=0, why='the 25 seafarers in distress named in the sentence') + '.')
    d.add('Giám sát nạo vét luồng Chân Mây với khối lượng 412.600 m³, ' +
          RT(412600, 474800, p=1, pre='đạt ', post='% khối lượng thiết kế') + ' (474.800 m³), ' +
          DF(474800, 412600, tpl='còn lại {x}', why='design volume minus dredged volume') + ' m³ sẽ hoàn thành trong quý IV/2024.')
    d.add('Công tác an ninh cảng biển, phòng ngừa ô nhiễm được duy trì: các cảng, bến đều có kế hoạch an ninh theo Bộ luật ISPS '
          'được phê duyệt; phối hợp tổ chức diễn tập ứng phó sự cố tràn dầu cấp cơ sở tại cảng Chân Mây; giám sát thu gom 1.245 m³ '
          'nước la canh, dầu thải từ 214 lượt tàu, ' + RT(1245, 214, p=1, times=True, pre='bình quân ', post=' m³/lượt') +
          ', không để xảy ra xả thải trái phép trong vùng nước cảng biển.')
    d.add('3. Thu phí, lệ phí hàng hải')
    d.add('Thu phí, lệ phí hàng hải 9 tháng đạt ' + SM('41,86 tỷ đồng', phi, PHI) +
          ' (phí trọng tải 17,53 tỷ đồng, ' + SH(phi[0], PHI, v='r') + '; phí bảo đảm hàng hải 15,96 tỷ đồng, ' + SH(phi[1], PHI) +
          '; phí sử dụng vị trí neo đậu 5,26 tỷ đồng; lệ phí ra, vào cảng 3,11 tỷ đồng), ' +
          RT(PHI, 50, pre='đạt ', post='% dự toán năm') + ' (50 tỷ đồng), ' + RT(PHI, M('38.27'), minus100=True, pre='tăng ') + ' ' +
          TM('so với cùng kỳ năm 2022', v='i', right='cùng kỳ năm 2023',
             why='in a report on 9 months of 2024 the same period is 9 months of 2023 (38,27 tỷ đồng)') + ' (38,27 tỷ đồng).')
    d.add('4. Công tác tổ chức, cán bộ')
    d.add('Tổng số công chức, viên chức và người lao động là ' +
          SM('58 người', [31, 19, 8, 5], 58, v='i', right='63',
             why='part left out: 31 + 19 + 08 = 58 omits the 05 people of Phong Điền') +
          ' (trụ sở Cảng vụ 31 người, Đại diện tại Chân Mây 19 người, Trạm Thuận An 08 người, Tổ thủ tục Phong Điền 05 người), '
          'trong đó ' + SB('nữ 17 người', 17, 58) + ', ' + SB('09 người có trình độ thạc sĩ', 9, 58) +
          '. Trong kỳ cử 14 lượt công chức tham gia các lớp bồi dưỡng nghiệp vụ PSC, ISPS do Cục tổ chức; thực hiện nghiêm '
          'Quy chế dân chủ ở cơ sở và Quy định về văn hóa công sở, không có công chức vi phạm kỷ luật; hoàn thành kiện toàn chức '
          'danh Phó Giám đốc theo Quyết định số 1562/QĐ-CHHVN ngày 15/7/2024 của Cục trưởng Cục Hàng hải Việt Nam.')
    d.add('III. ĐÁNH GIÁ CHUNG')
    d.add('9 tháng đầu năm 2024, hoạt động hàng hải trong khu vực tăng trưởng khá: ' + RP('1.486 lượt tàu', LT, LT, '{ref:vào 745 lượt}') +
          ' vào, rời; sản lượng ' + RP('6,84 triệu tấn', M('6.84'), q(M(HH) / 1000000, 2), '{ref:Sản lượng hàng hóa thông qua 9 tháng} (6.842.350 tấn)') +
          '; thu phí, lệ phí ' + RP('41,68 tỷ đồng', PHI, M('41.68'), '{ref:Thu phí, lệ phí hàng hải 9 tháng} (41,86 tỷ đồng)', v='i', right='41,86 tỷ đồng',
                                     why='digits 8 and 6 swapped in the summary') +
          '; đón ' + C('42.170 lượt khách du lịch tàu biển', 'repeat', 'a',
                       note='{ref:38.560 lượt khách} gives 38.560 passengers for 9 months of 2024; this sentence gives no period, the figure may be for the 2023 - 2024 cruise season or a different count') +
          '; số tàu biển đăng ký ' + C('tăng thêm 31 tàu', 'difference', 'a',
                                     note='31 is the number of new registrations ({ref:đăng ký mới 31 tàu biển}); the net change is 187 − 168 = 19; "tăng thêm" may mean gross registrations or a net rise') +
          '; không xảy ra tai nạn hàng hải nghiêm trọng, ô nhiễm môi trường.')
    d.add('Tuy nhiên, luồng Thuận An thường xuyên bị bồi lắng, tàu trên 1.000 GT phải chờ thủy triều; cơ sở hạ tầng cảng Chân Mây '
          'chưa đáp ứng tàu khách trên 150.000 GT cập cầu; lực lượng thanh tra, kiểm tra còn mỏng so với khối lượng công việc; trang thiết bị '
          'giám sát hành hải (AIS, VTS) tại khu vực Thuận An, Phong Điền chưa được đầu tư đồng bộ, việc quản lý tàu cá, phương tiện '
          'thủy nội địa hoạt động trong vùng nước cảng biển còn gặp khó khăn.')
    d.add('IV. NHIỆM VỤ TRỌNG TÂM QUÝ IV/2024')
    d.add('Để hoàn thành kế hoạch sản lượng năm, quý IV cần đạt ' +
          DF(KH, HH, tpl='{x}', why='annual plan minus 9-month result') + ' tấn; để hoàn thành dự toán thu phí, ' +
          DF(50, PHI, p=2, tpl='còn phải thu {x} tỷ đồng', why='budget minus collected') + ', ' +
          RT(M('8.14'), 3, times=True, pre='bình quân ', post=' tỷ đồng/tháng') +
          '; tăng cường kiểm tra PSC, FSC; phối hợp Ban Quản lý Khu kinh tế tỉnh đôn đốc nạo vét luồng Thuận An trước mùa mưa bão.')
    d.add('V. KIẾN NGHỊ, ĐỀ XUẤT')
    d.add('Đề nghị Cục Hàng hải Việt Nam bố trí 12,5 tỷ đồng nạo vét duy tu luồng Thuận An năm 2025, ' +
          DF(M('12.5'), M('10.2'), p=1, u=' tỷ đồng') + ' ' + TM('so với năm 2024', why='previous year of the 2025 request') +
          ' (10,2 tỷ đồng); cho phép điều chỉnh dự toán thu phí, lệ phí năm 2024 ' +
          RP('từ 50 tỷ đồng', 50, 50, '{ref:dự toán năm (50 tỷ đồng)}') + ' lên 55 tỷ đồng, ' +
          RT(55, 50, p=0, minus100=True, pre='tăng ') + ', phù hợp với sản lượng thực tế.')
    d.add('Nơi nhận: - Như trên; - UBND tỉnh Thừa Thiên Huế (để b/c); - Lưu: VT, PC.', 'GIÁM ĐỐC')
    d.add(FN + 'Chia theo khu vực: cảng Chân Mây 1.012 lượt (' + SH(1012, LT, pre='') + '), Thuận An 356 lượt (' +
          SH(356, LT, pre='') + '), Phong Điền 118 lượt; ' + SM('tổng cộng 1.486 lượt', [1012, 356, 118], LT) + '.',
          FN + 'Quyết định số 45/QĐ-CVHHTTH ngày 12/01/2024 giao kế hoạch sản lượng năm 2024 là ' +
          RP('8,74 triệu tấn', M('8.74'), M('8.74'), '{ref:kế hoạch năm (8,74 triệu tấn)}') + ', ' +
          RT(M('8.74'), M('8.23'), p=1, minus100=True, pre='tăng ') + ' ' +
          TM('so với thực hiện năm 2023', why='previous year of the 2024 plan') + ' (8,23 triệu tấn).')
    return d


# ============================================================================ draft 5
def d5():
    d = Draft('h17-05-truong-dai-hoc-tinh',
              'Trường đại học của tỉnh - báo cáo tổng kết năm học 2023 - 2024')
    VC, GV, QL, NU = 312, 198, 114, 171
    ts, ts_sp, ts_nsp, ct, ts22 = 1236, 742, 494, 1450, 1108
    qm = [4312, 1026, 204, 318, 218]     # stated total 5.874 leaves out the 204 liên thông
    tn = [21, 187, 602, 176]
    TN = sum(tn)                          # 986
    gv = [52, 139, 7]
    thu = [M('86.3'), M('47.8'), M('8.5')]
    THU = sum(thu)                        # 142,6
    d.add('ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN',
          'TRƯỜNG ĐẠI HỌC PHÚ YÊN',
          'Số: 842/BC-ĐHPY',
          'Phú Yên, ngày 26 tháng 8 năm 2024',
          'BÁO CÁO',
          'Tổng kết năm học 2023 - 2024 và phương hướng, nhiệm vụ năm học 2024 - 2025',
          'Căn cứ Kế hoạch số 105/KH-ĐHPY ngày 28/8/2023 của Hiệu trưởng về thực hiện nhiệm vụ năm học 2023 - 2024 và Công văn số '
          '3512/BGDĐT-GDĐH ngày 12/7/2024 của Bộ Giáo dục và Đào tạo về báo cáo tổng kết năm học, Trường Đại học Phú Yên báo cáo '
          'như sau (kèm theo 05 biểu thống kê chi tiết theo mẫu của Bộ Giáo dục và Đào tạo):',
          'I. ĐẶC ĐIỂM TÌNH HÌNH')
    d.add('Trường có 08 khoa, 06 phòng chức năng, 04 trung tâm; đào tạo 26 ngành trình độ đại học và 05 chuyên ngành thạc sĩ. '
          'Đến ngày 31/5/2024, tổng số viên chức, người lao động là ' + SM('312 người', [GV, QL], VC) +
          ' (giảng viên 198 người, ' + SH(GV, VC) + '; cán bộ quản lý, phục vụ 114 người), trong đó ' +
          SB('nữ 171 người', NU, VC) + ', ' +
          SH(NU, VC, v='i', stated=q(D(NU) * 100 / GV, 2),
             why='computed on the 198 lecturers (171/198 = 86,36%) instead of all 312 staff the sentence counts') + '.')
    d.add('Năm học 2023 - 2024 là năm thứ hai Trường triển khai Chiến lược phát triển giai đoạn 2022 - 2030, tầm nhìn đến năm 2045. '
          'Bên cạnh thuận lợi từ sự quan tâm của Tỉnh ủy, Ủy ban nhân dân tỉnh và nhu cầu giáo viên sau khi thực hiện Chương trình '
          'giáo dục phổ thông 2018, Trường còn gặp khó khăn: cạnh tranh tuyển sinh với các đại học lớn trong khu vực ngày càng gay '
          'gắt, ngân sách chi thường xuyên giảm dần theo lộ trình tự chủ, một bộ phận giảng viên có năng lực chuyển công tác.')
    d.add('II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM HỌC 2023 - 2024', '1. Tuyển sinh và quy mô đào tạo')
    d.add('Tuyển sinh năm 2023, chỉ tiêu 1.450[\ufffd], trúng tuyển nhập học ' + SM('1.236 tân sinh viên', [ts_sp, ts_nsp], ts) + ', ' +
          SH(ts, ct, v='i', stated='85.42', pre='đạt ', post='% chỉ tiêu', why='digits 2 and 4 swapped: 85,24 typed 85,42') +
          '; trong đó ngành sư phạm 742 người, ' + SH(ts_sp, ts) + ', ngoài sư phạm 494 người. ' +
          TM('So với năm 2022', why='enrolment year before 2023') + ' (1.108 người), số nhập học ' + DF(ts, ts22, u=' người') +
          ', ' + RT(ts, ts22, minus100=True, pre='tương ứng tăng ') + '.')
    d.add('Tổng quy mô đào tạo đến 31/5/2024 là ' +
          SM('5.874 người học', qm, 5874, v='i', right='6.078',
             why='part left out: 4.312 + 1.026 + 318 + 218 = 5.874 omits the 204 liên thông students') +
          ', gồm: đại học chính quy 4.312; đại học vừa làm vừa học 1.026; liên thông đại học 204; thạc sĩ 318 học viên (năm học '
          'trước 276), ' + RT(318, 276, minus100=True, pre='tăng ') + '; cao đẳng sư phạm mầm non 218. Trong năm học có 123 sinh '
          'viên thôi học, ' +
          C('chiếm 2,86%', 'share', 'a',
            note='base not stated: 123/4.312 (full-time) = 2,85%, 123/5.874 = 2,09%; 2,86% may use a start-of-year head count that is not given') + '.')
    d.add('2. Hoạt động đào tạo, kiểm định chất lượng')
    d.add('Năm 2024 có ' + SM('986 sinh viên tốt nghiệp', tn, TN) + ' (xuất sắc 21, ' + SH(21, TN, pre='') + '; giỏi 187, ' +
          SH(187, TN, v='r', pre='') + '; khá 602; trung bình 176, ' + SH(176, TN, pre='') + '); tốt nghiệp ' +
          SM('loại khá trở lên 810 sinh viên', tn[:3], 810, why='xuất sắc + giỏi + khá') + ', ' + SH(810, TN, pre='đạt ') + '.')
    d.add('Khảo sát sinh viên tốt nghiệp năm 2023 sau 12 tháng: trong số ' +
          SM('862 sinh viên phản hồi', [741, 96, 58], 862, v='a',
             why='741 + 96 + 58 = 895, 33 more than the respondents; a graduate may both work and study, the text does not say whether the groups exclude each other') +
          ', có 741 người có việc làm, ' + SH(741, 862) + '; 96 người học tiếp, ' + SH(96, 862) + '; 58 người chưa có việc làm.')
    d.add('Trường đạt kiểm định chất lượng cơ sở giáo dục chu kỳ 2 (Quyết định số 215/QĐ-KĐCL ngày 12/3/2024); ' +
          C('21/24 chương trình đào tạo đã được đánh giá ngoài (87,5%)', 'fraction', 'a',
            note='21/24 = 87,50%, but the whole 24 matches neither the 26 bachelor programmes nor 26 + 05 = 31 programmes ({ref:08 khoa, 06 phòng}); it may count only programmes with graduates, the text does not say') +
          '; ' + FR('05/07 khoa', 5, 7, 8, v='i', right='05/08 khoa', why='the Trường has 08 khoa ({ref:08 khoa, 06 phòng})') +
          ' tổ chức hội thảo chuyên môn cấp khoa, đổi mới phương pháp giảng dạy theo hướng tiếp cận năng lực.')
    d.add('3. Xây dựng đội ngũ')
    d.add('Trong ' + SM('198 giảng viên', gv, GV) + ' có 52 tiến sĩ (trong đó ' + SB('06 phó giáo sư', 6, 52) + '), ' +
          SH(52, GV) + '; 139 thạc sĩ, ' + SH(139, GV) + ' (' + SB('34 người đang làm nghiên cứu sinh', 34, 139) +
          '); 07 giảng viên trình độ đại học, ' + SH(7, GV, v='r') + '. So với năm học trước (' +
          FR('45 tiến sĩ/196 giảng viên, tỷ lệ 22,96%', 45, 196, 196, pct=M('22.96'), why='previous-year figures as stated') +
          '), số giảng viên ' + DF(GV, 196, fmt=z, u=' người') + ', tỷ lệ tiến sĩ ' + PT(M('26.26'), M('22.96')) + ' ' +
          TM('so với năm học 2021 - 2022', v='i', right='năm học 2022 - 2023',
             why='the previous year of 2023 - 2024 is 2022 - 2023 (the 22,96% given as "năm học trước")') + '.')
    d.add('4. Nghiên cứu khoa học, hợp tác quốc tế')
    d.add('Triển khai ' + SM('56 đề tài', [3, 5, 48], 56) + ' (03 cấp tỉnh, 05 cấp Bộ[\ufffd], 48 cấp cơ sở); số đề tài cấp cơ sở ' +
          DF(48, 42, w='giảm', x=6, v='i', fmt=z, why='48 against 42 is an increase') +
          ' so với năm học trước (42 đề tài). Công bố 214 bài báo khoa học, trong đó 38 bài trên tạp chí thuộc danh mục '
          'ISI/Scopus, ' + SH(38, 214, v='r') + '; tổng số bài ' + DF(214, 162, u=' bài') + ' ' +
          TM('so với năm học 2022 - 2023', why='previous academic year') + ' (162 bài). Ký 07 biên bản ghi nhớ hợp tác với các '
          'trường đại học của Hàn Quốc, Nhật Bản, Lào; tiếp nhận 46 lưu học sinh Lào, ' + DF(46, 31, u=' người') +
          ' so với năm học trước (31 người).')
    d.add('5. Tài chính, cơ sở vật chất')
    d.add('Tổng thu năm 2023 là ' + SM('142,6 tỷ đồng', thu, THU) + ' (ngân sách cấp 86,3 tỷ đồng; học phí, lệ phí 47,8 tỷ đồng; '
          'thu hợp pháp khác 8,5 tỷ đồng); nguồn thu sự nghiệp (học phí, lệ phí và thu khác) ' +
          SH(thu[1] + thu[2], THU, why='47,8 + 8,5 = 56,3') + '; chi cho con người 71,2 tỷ đồng, ' +
          SH(M('71.2'), THU, pre='bằng ', post='% tổng thu') + '. Chi thu nhập tăng thêm 8,8 tỷ đồng, ' +
          RT(8800, VC * 12, times=True, pre='bình quân ', post=' triệu đồng/người/tháng', why='8.800 triệu đồng / 312 người / 12 tháng') +
          '. Ký túc xá 860 chỗ ở, bố trí 792 sinh viên, ' + SH(792, 860, pre='đạt ', post='% công suất') + '.')
    d.add('6. Công tác sinh viên: cấp học bổng khuyến khích học tập cho 612 lượt sinh viên, kinh phí 4,28 tỷ đồng, ' +
          RT(4280, 612, times=True, pre='bình quân ', post=' triệu đồng/lượt') + '; chi trả hỗ trợ chi phí sinh hoạt theo Nghị định '
          'số 116/2020/NĐ-CP cho 1.935 sinh viên sư phạm, kinh phí 70,24 tỷ đồng, ' +
          RT(70240, 1935, p=1, times=True, pre='bình quân ', post=' triệu đồng/sinh viên/năm') + '; kết quả rèn luyện tốt trở lên ' +
          FR('3.518/4.312 sinh viên chính quy (81,59%)', 3518, 4312, 4312, pct=M('81.59'), why='whole = full-time students ({ref:đại học chính quy 4.312})') + '.')
    d.add('7. Chuyển đổi số và công tác chính trị, tư tưởng: vận hành hệ thống quản lý đào tạo, học liệu số và thư viện điện tử; '
          'triển khai học phần trực tuyến kết hợp trên nền tảng LMS, thanh toán học phí không dùng tiền mặt; tổ chức sinh hoạt '
          'chính trị đầu khóa, đối thoại giữa Hiệu trưởng với sinh viên; Đảng bộ Trường được Ban Thường vụ Tỉnh ủy đánh giá hoàn '
          'thành tốt nhiệm vụ năm 2023; các đoàn thể hoạt động nền nếp, phát huy vai trò trong các phong trào thi đua.')
    d.add('III. ĐÁNH GIÁ CHUNG')
    d.add('Năm học 2023 - 2024, Trường tuyển mới ' +
          RP('1.263 tân sinh viên', ts, 1263, '{ref:Tuyển sinh năm 2023} (742 + 494 = 1.236)', v='i', right='1.236 tân sinh viên',
             why='digits 3 and 6 swapped in the summary') +
          ', có ' + RP('986 sinh viên tốt nghiệp', TN, TN, '{ref:xuất sắc 21}') + ', tỷ lệ khá, giỏi ' + RP('82,15%', M('82.15'), M('82.15'), '{ref:xuất sắc 21}') +
          '; đội ngũ ' + C('204 giảng viên cơ hữu', 'repeat', 'a',
                             note='{ref:giảng viên 198 người} and {ref:có 52 tiến sĩ} give 198 giảng viên; "cơ hữu" may be a different scope (e.g. counting lecturers on leave or in management posts) or a typo') +
          ' ngày càng chuẩn hóa; quy mô đào tạo sau đại học đạt ' +
          C('352 học viên', 'repeat', 'a',
            note='{ref:thạc sĩ 318 học viên} gives 318 master students at 31/5/2024; 352 has no date and may include the August 2024 intake') + '.')
    d.add('Hạn chế: tuyển sinh các ngành ngoài sư phạm chưa đạt chỉ tiêu; tỷ lệ giảng viên có trình độ tiến sĩ còn thấp so với '
          'yêu cầu của chuẩn cơ sở giáo dục đại học; nguồn thu sự nghiệp chưa bảo đảm tự chủ chi thường xuyên; một số phòng thí '
          'nghiệm, thực hành xuống cấp, thiết bị lạc hậu; hoạt động chuyển giao kết quả nghiên cứu cho địa phương còn hạn chế. Nguyên nhân chủ yếu do cơ chế tự chủ '
          'chưa đồng bộ, nguồn lực đầu tư hạn hẹp, công tác truyền thông tuyển sinh chưa đổi mới kịp thời.')
    d.add('IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM HỌC 2024 - 2025')
    d.add('- Chỉ tiêu tuyển sinh 1.520, ' + RT(1520, ct, minus100=True, pre='tăng ') + ' ' +
          TM('so với chỉ tiêu năm 2023', why='previous enrolment year') + ' (' +
          RP('1.450', ct, ct, '{ref:chỉ tiêu 1.450}') + '); phấn đấu nhập học đạt 90% chỉ tiêu, tức ' +
          RT(1520 * 90, 100, p=0, times=True, post=' người', why='1.520 × 90% = 1.368') +
          '; - Tỷ lệ tốt nghiệp khá trở lên đạt 85%, ' + PT(85, M('82.15')) +
          ' so với năm học vừa qua; - Công bố 60 bài báo ISI/Scopus, ' + RT(60, 38, times=True, pre='gấp ', post=' lần') +
          ' ' + TM('kết quả năm học 2023 - 2024', why='the year before 2024 - 2025, whose 38 articles are the base') + '; - Hoàn thành đánh giá ngoài các chương trình đào tạo còn lại.')
    d.add('V. KIẾN NGHỊ')
    d.add('Đề nghị Ủy ban nhân dân tỉnh giao bổ sung 15 chỉ tiêu biên chế giảng viên, ' +
          SM('nâng tổng số giảng viên lên 213 người', [GV, 15], 213) +
          '; hỗ trợ kinh phí đào tạo tiến sĩ và đầu tư nâng cấp phòng thí nghiệm khoa học tự nhiên, công nghệ thông tin; đề '
          'nghị Bộ Giáo dục và Đào tạo sớm giao chỉ tiêu đào tạo giáo viên theo đặt hàng của địa phương để Trường chủ động kế hoạch '
          'tuyển sinh các ngành sư phạm.')
    d.add('Nơi nhận: - UBND tỉnh; - Bộ GD&ĐT; - Hội đồng trường; - Lưu: VT, TH.', 'HIỆU TRƯỞNG')
    d.add(FN + 'Thông báo số 96/TB-ĐHPY ngày 05/4/2023: sư phạm 820, ngoài sư phạm 630, ' +
          SM('tổng cộng 1.450 chỉ tiêu', [820, 630], ct) + '; kết quả ngành sư phạm ' +
          RT(ts_sp, 820, pre='đạt ', post='%') + ', ngoài sư phạm ' + RT(ts_nsp, 630, pre='đạt ', post='%') + ' chỉ tiêu.',
          FN + 'Đề tài cấp Bộ: 05 đề tài với tổng kinh phí 2,45 tỷ đồng, ' +
          RT(2450, 5, p=0, times=True, pre='bình quân ', post=' triệu đồng/đề tài') + '.')
    return d


# ============================================================================ draft 6
def d6():
    d = Draft('h17-06-cong-ty-co-phan-duoc',
              'Công ty cổ phần dược - vật tư y tế của tỉnh - báo cáo năm 2024')
    cp = [4212000, 3000000, 4788000]
    CP = sum(cp)                                   # 12.000.000
    dt = [M('318.62'), M('521.37'), M('22.46')]
    DT = sum(dt)                                   # 862,45
    LNTT, TNDN = M('38.72'), M('7.86')
    LNST = LNTT - TNDN                             # 30,86
    sx = [M('312.4'), M('128.6'), M('45.2'), M('18.7')]
    ld = [142, 298, 198]
    LD = sum(ld)                                   # 638
    d.add('CÔNG TY CỔ PHẦN DƯỢC - VẬT TƯ Y TẾ GIA LAI',
          'Số: 15/BC-HĐQT',
          'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
          'Độc lập - Tự do - Hạnh phúc',
          'Gia Lai, ngày 02 tháng 4 năm 2025',
          'BÁO CÁO',
          'Kết quả sản xuất kinh doanh năm 2024 và kế hoạch năm 2025 (trình Đại hội đồng cổ đông thường niên năm 2025)',
          'Thực hiện Nghị quyết số 01/2024/NQ-ĐHĐCĐ ngày 26/4/2024 của Đại hội đồng cổ đông thường niên năm 2024 và Điều lệ tổ '
          'chức, hoạt động của Công ty (sửa đổi lần thứ 5), Hội đồng quản trị báo cáo kết quả năm 2024 như sau (số liệu theo Báo '
          'cáo tài chính năm 2024 đã được kiểm toán):',
          'I. TÌNH HÌNH CHUNG')
    d.add('Năm 2024, ngành dược tiếp tục chịu tác động của việc sửa đổi Luật Dược, đấu thầu thuốc tại nhiều cơ sở y tế kéo dài, '
          'giá nguyên liệu nhập khẩu và chi phí vận chuyển tăng. Vốn điều lệ của Công ty là 120 tỷ đồng, tương ứng ' +
          RT(120000000000, 10000, p=0, times=True, post=' cổ phần', why='120 tỷ đồng / mệnh giá 10.000 đồng') +
          ' (mệnh giá 10.000 đồng/cổ phần). Công ty có 01 nhà máy đạt GMP-WHO, 01 kho bảo quản đạt GSP và hệ thống phân phối phủ '
          'khắp các huyện, thị xã, thành phố trong tỉnh, đồng thời là đầu mối cung ứng thuốc cho các cơ sở y tế công lập.')
    d.add('Cơ cấu sở hữu tại ngày chốt danh sách cổ đông 14/3/2025 (' + SM('tổng số 12.000.000 cổ phần', cp, CP) +
          '): Nhà nước do Ủy ban nhân dân tỉnh đại diện 4.212.000 cổ phần, ' + SH(cp[0], CP) +
          '; cổ đông chiến lược 3.000.000 cổ phần, ' + SH(cp[1], CP) + '; cổ đông khác 4.788.000 cổ phần, ' + SH(cp[2], CP) + '.')
    d.add('II. KẾT QUẢ SẢN XUẤT KINH DOANH NĂM 2024', '1. Các chỉ tiêu chủ yếu')
    d.add('Doanh thu thuần đạt ' + SM('862,45 tỷ đồng', dt, DT) + ', ' +
          RT(DT, 820, pre='đạt ', post='% kế hoạch') + ' Đại hội đồng cổ đông giao (820 tỷ đồng)[\ufffd], ' +
          RT(DT, M('798.3'), minus100=True, pre='tăng ') + ' ' +
          TM('so với năm 2022', v='i', right='năm 2023', why='798,3 tỷ đồng is the 2023 revenue; a 2024 result is compared with 2023') +
          ' (798,3 tỷ đồng). Trong đó: doanh thu hàng do Công ty sản xuất 318,62 tỷ đồng, ' + SH(dt[0], DT) +
          '; kinh doanh thương mại 521,37 tỷ đồng, ' + SH(dt[1], DT) + '; xuất khẩu sang Lào, Campuchia 22,46 tỷ đồng, ' +
          SH(dt[2], DT, v='i', stated=q(dt[2] * 100 / dt[0], 2),
             why='computed on the 318,62 tỷ đồng of own production (22,46/318,62 = 7,05%) instead of net revenue 862,45') +
          '. Riêng quý IV/2024 doanh thu đạt 248,6 tỷ đồng, ' + SH(M('248.6'), DT, post='% cả năm') + '.')
    d.add('Lợi nhuận trước thuế 38,72 tỷ đồng, ' + RT(LNTT, 35, pre='bằng ', post='% kế hoạch') +
          ' (35 tỷ đồng); chi phí thuế thu nhập doanh nghiệp 7,86 tỷ đồng, ' +
          DF(LNTT, TNDN, p=2, tpl='lợi nhuận sau thuế {x} tỷ đồng', why='profit before tax minus tax') + '; ' +
          RT(LNST, DT, pre='tỷ suất lợi nhuận sau thuế trên doanh thu thuần ') + ', ' +
          PT(M('3.58'), M('3.21'), w='tăng', x=M('0.73'), v='i', why='3,58 − 3,21 = 0,37 points; 0,73 has the digits swapped') +
          ' ' + TM('so với năm 2023', why='previous year of 2024') + ' (3,21%); lợi nhuận sau thuế ' +
          RT(LNST * 1000000000, CP, p=0, times=True, pre='bình quân ', post=' đồng/cổ phần', why='30,86 tỷ đồng / 12.000.000 cổ phần') + '.')
    d.add('Nộp ngân sách nhà nước 41,26 tỷ đồng, ' + DF(M('41.26'), M('38.08'), p=2, u=' tỷ đồng') +
          ' so với năm trước (38,08 tỷ đồng). Đến 31/12/2024, tổng tài sản ' +
          SM('612,3 tỷ đồng', [M('342.8'), M('269.5')], M('612.3'), why='nợ phải trả + vốn chủ sở hữu') + ', ' +
          RT(M('612.3'), M('604.7'), p=3, minus100=True, v='a', stxt='1.257', pre='tăng ',
             why='"1.257%" uses the thousands dot: literally 1257 %, as a typo 1,257 % it matches 612,3/604,7') +
          ' so với đầu năm (604,7 tỷ đồng); nợ phải trả 342,8 tỷ đồng, vốn chủ sở hữu 269,5 tỷ đồng, ' +
          RT(M('342.8'), M('269.5'), times=True, pre='hệ số nợ trên vốn chủ sở hữu ', post=' lần') + '; ' +
          RT(LNST, M('269.5'), pre='tỷ suất lợi nhuận sau thuế trên vốn chủ sở hữu (ROE) ') + '; hàng tồn kho 186,5 tỷ đồng, ' +
          DF(M('186.5'), M('198.9'), w='tăng', x=M('12.4'), v='i', p=1, u=' tỷ đồng', why='186,5 < 198,9: inventory fell, "tăng" should be "giảm"') +
          ' so với đầu năm (198,9 tỷ đồng).')
    d.add('2. Sản xuất')
    d.add('Nhà máy đạt chuẩn GMP-WHO sản xuất ' +
          SM('486,2 triệu đơn vị sản phẩm', sx, M('486.2'), v='i', right='504,9',
             why='part left out: 312,4 + 128,6 + 45,2 = 486,2 omits the 18,7 triệu gói of powders and granules') +
          ' quy đổi (viên nén 312,4 triệu viên; viên nang 128,6 triệu viên; thuốc nước, siro 45,2 triệu ống, lọ; thuốc bột, cốm 18,7 '
          'triệu gói); ' + FR('1.308/1.313 lô sản xuất đạt chất lượng ngay lần đầu (99,62%)', 1308, 1313, 1313, pct=M('99.62'),
                             why='whole = the 1.313 batches named') +
          '. Hiện Công ty có ' +
          SM('152 số đăng ký lưu hành', [98, 64, 14], 152, v='a',
             why='98 + 64 + 14 = 176 > 152; the 14 new products may also be essential or OTC medicines, the three groups may overlap') +
          ' còn hiệu lực, trong đó 98 thuốc thuộc danh mục thuốc thiết yếu, 64 thuốc không kê đơn, 14 sản phẩm mới được cấp trong năm 2024.')
    d.add('3. Thị trường, phân phối')
    d.add('Trúng thầu 1.214 mặt hàng tại các cơ sở y tế công lập với giá trị 412,8 tỷ đồng, ' +
          RT(M('412.8'), M('376.6'), p=1, minus100=True, pre='tăng ') + ' ' + TM('so với năm 2023', why='previous year of 2024') +
          ' (376,6 tỷ đồng); trong đó thuốc do Công ty sản xuất 186 mặt hàng[\ufffd], ' + SH(186, 1214) +
          '. Công ty cung ứng thuốc cho 68 cơ sở y tế công lập trong tỉnh; ' +
          C('64/71 cơ sở y tế', 'fraction', 'a',
            note='the sentence before names 68 public facilities supplied; 71 may be all public facilities of the province (not stated) or a typo for 68') +
          ' đã sử dụng thuốc do Công ty sản xuất.')
    d.add('Mạng lưới bán lẻ gồm 17 chi nhánh cấp huyện và 246 nhà thuốc, quầy thuốc, ' + DF(246, 234, u=' điểm') +
          ' so với đầu năm (234 điểm); ' +
          FR('231/264 nhà thuốc, quầy thuốc', 231, 264, 246, v='i', right='231/246',
             why='the network has 246 pharmacies; 264 is 246 with two digits swapped') +
          ' đạt chuẩn GPP. Doanh thu bán lẻ 162,5 tỷ đồng, ' +
          RT(162500, 246, p=0, times=True, pre='bình quân ', post=' triệu đồng/nhà thuốc, quầy thuốc') + '.')
    d.add('4. Lao động, thu nhập')
    d.add('Tổng số lao động đến 31/12/2024 là ' + SM('638 người', ld, LD) + ' (dược sĩ đại học và sau đại học 142 người, ' +
          SH(142, LD, v='r') + ', trong đó ' + SB('21 thạc sĩ, dược sĩ chuyên khoa I', 21, 142) +
          '; dược sĩ cao đẳng, trung cấp 298 người, ' + SH(298, LD) + '; lao động khác 198 người); lao động nữ 403 người, ' +
          SH(403, LD, v='r') + '. Quỹ tiền lương 112,0 tỷ đồng, thu nhập ' +
          C('bình quân 14,62 triệu đồng/người/tháng', 'ratio', 'a',
            note='112.000 / 638 / 12 = 14,629 → 14,63 with the year-end head count; 14,62 may use an average head count that the text does not give') +
          ', ' + RT(M('14.62'), M('13.70'), minus100=True, pre='tăng ') + ' ' + TM('so với năm 2023', why='previous year of 2024') +
          ' (13,70 triệu đồng).')
    d.add('5. Đầu tư phát triển')
    d.add('Dự án Nhà máy sản xuất thuốc đạt tiêu chuẩn EU-GMP tại Khu công nghiệp Trà Đa có tổng mức đầu tư 285 tỷ đồng; lũy kế '
          'giải ngân đến 31/12/2024 là 96,4 tỷ đồng, ' + SH(M('96.4'), 285, pre='đạt ', post='% tổng mức đầu tư') + ', trong đó ' +
          SB('năm 2024 giải ngân 58,7 tỷ đồng', M('58.7'), M('96.4')) + ', ' +
          RT(M('58.7'), 80, pre='bằng ', post='% kế hoạch vốn năm') + ' (80 tỷ đồng); ' +
          DF(M('96.4'), M('58.7'), p=1, tpl='các năm trước đã giải ngân {x} tỷ đồng', why='cumulative minus 2024') + '.')
    d.add('6. Quản trị công ty và trách nhiệm xã hội. Hội đồng quản trị duy trì họp định kỳ hằng quý, ban hành các nghị quyết '
          'kịp thời chỉ đạo Ban Tổng Giám đốc; thực hiện công bố thông tin đúng quy định đối với công ty đại chúng; kiểm soát chặt '
          'chẽ chi phí, công nợ; tham gia các chương trình an sinh xã hội, khám bệnh, cấp thuốc miễn phí cho đồng bào dân tộc thiểu '
          'số tại các huyện Kbang, Kông Chro, Ia Pa; ủng hộ Quỹ Vì người nghèo và đồng bào bị ảnh hưởng bởi bão số 3.')
    d.add('III. PHÂN PHỐI LỢI NHUẬN VÀ CỔ TỨC')
    rest = LNST - 18 - q(LNST * M('0.10'), 2) - q(LNST * M('0.15'), 2)
    d.add('Hội đồng quản trị trình Đại hội đồng cổ đông phương án chi cổ tức năm 2024 bằng tiền mặt tỷ lệ 15%/mệnh giá (1.500 '
          'đồng/cổ phần), ' + RT(CP * 1500, 1000000000, p=0, times=True, pre='tổng số tiền ', post=' tỷ đồng',
                                  why='12.000.000 cổ phần × 1.500 đồng') + ', ' +
          SH(18, LNST, v='r', pre='bằng ', post='% lợi nhuận sau thuế') + ' và ' +
          RT(15, 12, p=0, pre='bằng ', post='% mức kế hoạch') + ' (12%); trích quỹ khen thưởng, phúc lợi 10% lợi nhuận sau thuế, ' +
          RT(LNST * 10, 100, times=True, pre='tương ứng ', post=' tỷ đồng', why='30,86 × 10%') +
          '; quỹ đầu tư phát triển 15%, ' + RT(LNST * 15, 100, times=True, pre='tương ứng ', post=' tỷ đồng', why='30,86 × 15%') +
          '; ' + C('lợi nhuận còn lại chưa phân phối %s tỷ đồng' % fd(rest), 'difference',
                   note='30,86 − 18 − 3,09 − 4,63 = %s' % fd(rest)) + '.')
    d.add('IV. ĐÁNH GIÁ CHUNG')
    d.add('Năm 2024, Công ty hoàn thành vượt các chỉ tiêu chủ yếu Đại hội đồng cổ đông giao: doanh thu thuần ' +
          RP('862,45 tỷ đồng', DT, DT, '{ref:Doanh thu thuần đạt}') + ', lợi nhuận trước thuế ' +
          RP('37,82 tỷ đồng', LNTT, M('37.82'), '{ref:Lợi nhuận trước thuế 38,72}', v='i', right='38,72 tỷ đồng',
             why='digits 8 and 7 swapped in the summary') +
          '; thương hiệu được khẳng định, mạng lưới hiện có ' +
          C('258 điểm bán lẻ', 'repeat', 'a',
            note='the network paragraph gives 246 pharmacies plus 17 district branches at 31/12/2024 (246 + 17 = 263); 258 under "hiện có" (April 2025) may be a later count or another scope') +
          '.')
    d.add('Bên cạnh kết quả đạt được, còn một số hạn chế: doanh thu xuất khẩu chưa đạt kế hoạch; tỷ trọng hàng sản xuất còn thấp '
          'so với hàng thương mại; tiến độ dự án EU-GMP chậm do vướng thủ tục điều chỉnh chủ trương đầu tư; cạnh tranh trên thị '
          'trường bán lẻ ngày càng gay gắt, nhất là từ các chuỗi nhà thuốc lớn; một số sản phẩm chủ lực hết hạn số đăng ký chưa '
          'kịp gia hạn, ảnh hưởng đến kết quả đấu thầu.')
    d.add('V. KẾ HOẠCH NĂM 2025')
    d.add('Doanh thu thuần 920 tỷ đồng, ' + RT(920, DT, minus100=True, pre='tăng ') + ' ' +
          TM('so với thực hiện năm 2024', why='previous year of 2025') + '; lợi nhuận trước thuế 42 tỷ đồng, ' +
          RT(42, LNTT, minus100=True, pre='tăng ') + '; cổ tức dự kiến 15%; thu nhập bình quân người lao động 15,5 triệu '
          'đồng/người/tháng, ' + DF(M('15.5'), M('14.62'), p=2, u=' triệu đồng') + '; giải ngân dự án EU-GMP 120 tỷ đồng, ' +
          SH(M('96.4') + 120, 285, pre='nâng tỷ lệ giải ngân lũy kế lên ', why='(96,4 + 120) / 285') + ' tổng mức đầu tư.')
    d.add('Trên đây là báo cáo kết quả sản xuất kinh doanh năm 2024 và kế hoạch năm 2025, kính trình Đại hội đồng cổ đông xem xét, '
          'thông qua./.',
          'TM. HỘI ĐỒNG QUẢN TRỊ',
          'CHỦ TỊCH')
    d.add(FN + 'Các chỉ tiêu kế hoạch năm 2024 theo Nghị quyết số 01/2024/NQ-ĐHĐCĐ ngày 26/4/2024; riêng kế hoạch doanh thu '
          'xuất khẩu là 30 tỷ đồng, thực hiện ' + RT(dt[2], 30, pre='đạt ') + ' do thị trường Lào biến động tỷ giá.',
          FN + 'Theo nhóm tiêu chí kỹ thuật: nhóm 2 là 38 mặt hàng, nhóm 4 là 121 mặt hàng, nhóm 5 là 27 mặt hàng; ' +
          SM('cộng 186 mặt hàng', [38, 121, 27], 186) + '.')
    return d


# ---------------------------------------------------------------------------- all drafts
ALL = [d1, d2, d3, d4, d5, d6]


def check(d, txt, lab):
    lines = txt.split('\n')[:-1]
    assert lines == txt.splitlines(), 'unexpected line breaks in ' + d.name
    problems = []
    for c in lab['claims']:
        line = lines[c['line'] - 1]
        k = line.count(c['anchor'])
        if k != 1:
            problems.append('%s line %d: anchor %r occurs %d times' % (d.name, c['line'], c['anchor'], k))
    seen = Counter((c['line'], c['anchor']) for c in lab['claims'])
    for (ln, a), k in seen.items():
        if k > 1:
            problems.append('%s line %d: anchor %r labelled %d times' % (d.name, ln, a, k))
    # footnotes last
    fn = [i for i, l in enumerate(lines) if l.startswith(FN)]
    if fn and fn != list(range(fn[0], len(lines))):
        problems.append(d.name + ': footnotes are not last')
    return problems


def main():
    os.makedirs(OUT, exist_ok=True)
    drafts = [f() for f in ALL]
    assert not REG, 'claims created but never placed: %r' % list(REG.values())[:3]
    problems = []
    rows = []
    kv = Counter()
    for d in drafts:
        txt = d.text()
        lab = d.labels()
        with open(os.path.join(OUT, d.name + '.txt'), 'w', encoding='utf-8') as f:
            f.write(txt)
        with open(os.path.join(OUT, d.name + '.labels.json'), 'w', encoding='utf-8') as f:
            json.dump(lab, f, ensure_ascii=False, indent=1)
            f.write('\n')
        # re-read what was written and check it
        with open(os.path.join(OUT, d.name + '.txt'), encoding='utf-8') as f:
            txt2 = f.read()
        with open(os.path.join(OUT, d.name + '.labels.json'), encoding='utf-8') as f:
            lab2 = json.load(f)
        problems += check(d, txt2, lab2)
        vc = Counter(c['verdict'] for c in lab2['claims'])
        for c in lab2['claims']:
            kv[(c['kind'], c['verdict'])] += 1
        rows.append((d.name, d.subject, len(txt2), len(txt2.split('\n')) - 1, len(lab2['claims']),
                     vc['consistent'], vc['rounding'], vc['inconsistent'], vc['ambiguous']))
    write_summary(rows, kv)
    for r in rows:
        print('%-52s chars=%5d lines=%2d claims=%2d  c=%2d r=%d i=%d a=%d' % (r[0], r[2], r[3], r[4], r[5], r[6], r[7], r[8]))
    tot = [sum(r[i] for r in rows) for i in range(4, 9)]
    print('TOTAL claims=%d consistent=%d rounding=%d inconsistent=%d ambiguous=%d' % tuple(tot))
    if problems:
        print('\n'.join(problems))
        raise SystemExit(1)
    print('checks: every anchor occurs exactly once in its line; footnotes last')


def write_summary(rows, kv):
    L = ['# heldout17: Vietnamese report drafts with labelled numeric claims', '',
         'Generated by `make.py` (Python standard library, `decimal.Decimal`, ROUND_HALF_UP); '
         'all counts below are computed by `make.py` from the written label files.', '',
         '## Per draft', '',
         '| draft | subject | chars | lines | claims | consistent | rounding | inconsistent | ambiguous |',
         '|---|---|---:|---:|---:|---:|---:|---:|---:|']
    for r in rows:
        L.append('| %s | %s | %d | %d | %d | %d | %d | %d | %d |' % r)
    tot = [sum(r[i] for r in rows) for i in range(2, 9)]
    L.append('| **total** | | %d | %d | %d | %d | %d | %d | %d |' % tuple(tot))
    L += ['', '## Kind × verdict', '',
          '| kind | ' + ' | '.join(VERDICTS) + ' | total |',
          '|---|' + '---:|' * (len(VERDICTS) + 1)]
    for k in KINDS:
        vals = [kv[(k, v)] for v in VERDICTS]
        L.append('| %s | %s | %d |' % (k, ' | '.join(str(x) for x in vals), sum(vals)))
    colt = [sum(kv[(k, v)] for k in KINDS) for v in VERDICTS]
    L.append('| **total** | %s | %d |' % (' | '.join(str(x) for x in colt), sum(colt)))
    L += ['', '## Conventions', '',
          '- One paragraph per line; footnote texts last, each line starting with `[`U+FFFD`]`.',
          '- `rounding`: the stated share is the truncation, one unit below the half-up value.',
          '- `inconsistent`: clerk slips (transposed digits, a part left out of a total, a share on the wrong base, '
          'a difference taken the wrong way, the wrong previous year/term named, a repeated figure typed differently, '
          'a fraction with the wrong whole, a ratio against the wrong base).',
          '- `ambiguous`: base not stated, parts that may overlap, a figure whose period is unclear, a number whose '
          'separator makes its reading unclear, gross vs net change.',
          '- `right` is given for rounding and inconsistent claims only.', '']
    with open(os.path.join(HERE, 'SUMMARY.md'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(L))


if __name__ == '__main__':
    main()
