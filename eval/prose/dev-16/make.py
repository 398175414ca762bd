#!/usr/bin/env python3
"""Generator of the dev16 prose evaluation part.

Writes prose/<name>.txt (one paragraph per line, footnotes last, each footnote
line starting with "[U+FFFD] ") and prose/<name>.labels.json for four drafts,
plus SUMMARY.md.  Every computed value (sum, share, difference, ratio, points)
is computed here with decimal.Decimal and ROUND_HALF_UP; the wrong values of
the inconsistent / rounding claims are derived from the right ones (truncation,
transposition, wrong base, left-out part, flipped sign) so that the labels do
not depend on any checker.

Standard library only.  Run:  python3 make.py
"""
import json
import os
import sys
from collections import Counter, OrderedDict
from decimal import Decimal as D, ROUND_HALF_UP, ROUND_DOWN

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'prose')
FN = '[\ufffd] '

OK, RND, BAD, AMB = 'consistent', 'rounding', 'inconsistent', 'ambiguous'
VERDICTS = [OK, RND, BAD, AMB]
KINDS = ['sum', 'subset', 'share', 'fraction', 'difference', 'points',
         'ratio', 'repeat', 'term']


# ---------------------------------------------------------------- numbers

def dec(x):
    """Decimal from int / str / Decimal (never from float)."""
    if isinstance(x, float):
        raise TypeError('use strings for decimal literals: %r' % x)
    return x if isinstance(x, D) else D(str(x))


def q(places):
    return D(1).scaleb(-places)


def hu(x, places=2):
    return dec(x).quantize(q(places), ROUND_HALF_UP)


def td(x, places=2):
    return dec(x).quantize(q(places), ROUND_DOWN)


def vn(x, places=None):
    """vi-VN: dot thousands, comma decimals."""
    x = dec(x)
    if places is not None:
        x = hu(x, places)
    sign = '-' if x < 0 else ''
    s = format(abs(x), 'f')
    ip, _, fp = s.partition('.')
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    out = sign + '.'.join(groups)
    if fp:
        out += ',' + fp
    return out


def z(x):
    """counts under 10 with a leading zero: 05, 09."""
    n = int(dec(x))
    return '%02d' % n if 0 <= n < 10 else vn(n)


def v2(x):
    return vn(x, 2)


# ---------------------------------------------------------------- claims

class C(object):
    """A piece of a paragraph that carries a claim.

    text   -- the text inserted in the paragraph ('' for a tag on text
              already present in the paragraph)
    anchor -- exact text of the line holding the judged figure (defaults
              to text)
    """

    def __init__(self, text, kind, verdict=OK, right=None, note='', anchor=None):
        assert kind in KINDS, kind
        assert verdict in VERDICTS, verdict
        if verdict in (RND, BAD):
            assert right, (text, anchor)
        else:
            assert right is None, (text, anchor)
        self.text = text
        self.kind = kind
        self.verdict = verdict
        self.right = right
        self.note = note
        self.anchor = anchor if anchor is not None else text
        assert self.anchor, 'empty anchor'


def _join(note, why):
    return note + ('; ' + why if why else '')


def T(anchor, kind, v=OK, right=None, note=''):
    """Tag: a claim on text already written elsewhere in the same line."""
    return C('', kind, v, right, note, anchor=anchor)


def S(fmt, part, base, places=2, v=OK, shown=None, wrong_base=None, why='',
      kind='share', note=None):
    """Share / percentage of a base: '#' in fmt is replaced by the value."""
    part, base = dec(part), dec(base)
    ex = part * 100 / base
    r = hu(ex, places)
    if v == RND:
        s = td(ex, places)
        assert r - s == q(places), ('no rounding case', fmt, part, base, ex)
    elif wrong_base is not None:
        s = hu(part * 100 / dec(wrong_base), places)
    elif shown is not None:
        s = dec(shown)
    else:
        s = r
    if v == OK:
        assert s == r, (fmt, s, r)
    if v == BAD:
        assert s != r, (fmt, s, r)
    n = '%s / %s × 100 = %s → %s%%' % (vn(part), vn(base), vn(ex, 4), vn(r, places))
    if v == RND:
        n += '; stated %s%% is the truncation, half-up gives %s%%' % (vn(s, places), vn(r, places))
    if wrong_base is not None:
        n += '; the stated %s%% is %s / %s × 100 (wrong base)' % (
            vn(s, places), vn(part), vn(dec(wrong_base)))
    n = note if note is not None else _join(n, why)
    right = vn(r, places) + '%' if v in (RND, BAD) else None
    return C(fmt.replace('#', vn(s, places)), kind, v, right, n)


def FR(fmt, a, b, places=2, v=OK, shown=None, why='', note=None):
    """Fraction a/b written in fmt, with an optional percentage '#'."""
    a, b = dec(a), dec(b)
    if '#' in fmt:
        return S(fmt, a, b, places, v, shown, None, why, 'fraction', note)
    assert a <= b
    n = '%s ≤ %s' % (vn(a), vn(b))
    return C(fmt, 'fraction', v, None, note if note is not None else _join(n, why))


def SUM(fmt, parts, v=OK, stated=None, nf=vn, why='', tag=None, note=None):
    """Total of a breakdown.  fmt holds '#' for the total, or tag= names the
    anchor of a total already written in the line."""
    parts = [dec(p) for p in parts]
    tot = sum(parts, D(0))
    s = dec(stated) if stated is not None else tot
    if v == OK:
        assert s == tot, (fmt, tag, s, tot)
    if v == BAD:
        assert s != tot, (fmt, tag, s, tot)
    n = ' + '.join(nf(p) for p in parts) + ' = ' + nf(tot)
    n += (' = stated %s' % nf(s)) if s == tot else (' ≠ stated %s' % nf(s))
    n = note if note is not None else _join(n, why)
    right = nf(tot) if v == BAD else None
    if tag is not None:
        return C('', 'sum', v, right, n, anchor=tag)
    return C(fmt.replace('#', nf(s)), 'sum', v, right, n)


def _word(d):
    return 'tăng' if d > 0 else 'giảm'


def DIFF(fmt, cur, prev, v=OK, shown=None, flip=False, nf=vn, why='', note=None):
    """Difference current − previous; '@' is the word tăng/giảm, '#' the size."""
    cur, prev = dec(cur), dec(prev)
    d = cur - prev
    word = _word(d)
    w = {'tăng': 'giảm', 'giảm': 'tăng'}[word] if flip else word
    mag = dec(shown) if shown is not None else abs(d)
    if v == OK:
        assert not flip and mag == abs(d)
    if v == BAD:
        assert flip or mag != abs(d)
    n = '%s − %s = %s%s → %s %s' % (vn(cur), vn(prev), '+' if d > 0 else '−',
                                    nf(abs(d)), word, nf(abs(d)))
    n = note if note is not None else _join(n, why)
    right = '%s %s' % (word, nf(abs(d))) if v == BAD else None
    return C(fmt.replace('@', w).replace('#', nf(mag)), 'difference', v, right, n)


def R(fmt, a, b, places=2, mode='index', v=OK, shown=None, why='', note=None):
    """Ratio: index a/b×100 ('#%'), growth (a/b−1)×100 ('@ #%'),
    times a/b ('gấp # lần'), avg a/b (bình quân)."""
    a, b = dec(a), dec(b)
    if mode == 'index':
        ex = a * 100 / b
        desc = '%s / %s × 100 = %s' % (vn(a), vn(b), vn(ex, 4))
    elif mode == 'growth':
        ex = (a - b) * 100 / b
        desc = '(%s − %s) / %s × 100 = %s' % (vn(a), vn(b), vn(b), vn(ex, 4))
    elif mode in ('times', 'avg'):
        ex = a / b
        desc = '%s / %s = %s' % (vn(a), vn(b), vn(ex, 4))
    else:
        raise ValueError(mode)
    word = _word(ex)
    r = hu(abs(ex), places)
    if v == RND:
        s = td(abs(ex), places)
        assert r - s == q(places)
    elif shown is not None:
        s = dec(shown)
    else:
        s = r
    if v == OK:
        assert s == r
    if v == BAD:
        assert s != r
    pc = '%' if mode in ('index', 'growth') else ''
    n = note if note is not None else _join(desc + pc + ' → ' + vn(r, places) + pc, why)
    if mode == 'index':
        right = vn(r, places) + '%'
    elif mode == 'growth':
        right = '%s %s%%' % (word, vn(r, places))
    elif mode == 'times':
        right = vn(r, places) + ' lần'
    else:
        right = vn(r, places)
    return C(fmt.replace('@', word).replace('#', vn(s, places)), 'ratio', v,
             right if v in (RND, BAD) else None, n)


def PTS(fmt, cur, prev, places=2, v=OK, shown=None, why='', note=None):
    """Change of a share between periods, in percentage points."""
    cur, prev = dec(cur), dec(prev)
    d = cur - prev
    word = _word(d)
    mag = dec(shown) if shown is not None else hu(abs(d), places)
    rel = (cur - prev) * 100 / prev
    if v == OK:
        assert mag == hu(abs(d), places)
    if v == BAD:
        assert mag != hu(abs(d), places)
    n = '%s%% − %s%% = %s points (relative reading: %s%%)' % (
        vn(cur), vn(prev), vn(d, places), vn(rel, 2))
    n = note if note is not None else _join(n, why)
    right = '%s %s%%' % (word, vn(abs(d), places)) if v == BAD else None
    return C(fmt.replace('@', word).replace('#', vn(mag, places)), 'points', v, right, n)


def CALC(fmt, value, kind, note, v=OK, shown=None, right=None, nf=vn):
    value = dec(value)
    s = dec(shown) if shown is not None else value
    if v == OK:
        assert s == value
    return C(fmt.replace('#', nf(s)), kind, v, right, note)


def REP(text, v=OK, right=None, note='same figure as stated earlier in the draft'):
    return C(text, 'repeat', v, right, note)


def TERM(text, v=OK, right=None, note='the comparison names the period before the claim\'s own period'):
    return C(text, 'term', v, right, note)


def SUB(text, part, parent, note=None):
    part, parent = dec(part), dec(parent)
    assert part <= parent
    return C(text, 'subset', OK, None,
             note if note is not None else '%s ≤ %s (part of the parent)' % (vn(part), vn(parent)))


# ---------------------------------------------------------------- drafts

class Draft(object):
    def __init__(self, name, subject):
        self.name = name
        self.subject = subject
        self.body = []
        self.fns = []

    def p(self, *parts):
        self.body.append(parts)

    def f(self, *parts):
        self.fns.append((FN,) + parts)

    def build(self):
        texts, claims = [], []
        for i, parts in enumerate(self.body + self.fns, 1):
            t = ''.join(x.text if isinstance(x, C) else x for x in parts)
            assert '\n' not in t and t.strip(), (self.name, i)
            texts.append(t)
            for x in parts:
                if isinstance(x, C):
                    claims.append((i, x))
        return texts, claims


def d1():
    d = Draft('d16-01-lien-hiep-huu-nghi',
              'provincial union of friendship organisations (annual report 2024)')
    d.p('LIÊN HIỆP CÁC TỔ CHỨC HỮU NGHỊ TỈNH QUẢNG TRỊ')
    d.p('Số: 47/BC-LHHN; Quảng Trị, ngày 16 tháng 12 năm 2024')
    d.p('BÁO CÁO Kết quả công tác đối ngoại nhân dân năm 2024, phương hướng, nhiệm vụ năm 2025')
    d.p('Thực hiện Công văn số 1825-CV/BĐNTU ngày 02/10/2024 của Ban Đối ngoại Tỉnh ủy và Chương trình '
        'công tác số 03/CTr-LHHN ngày 15/01/2024, Thường trực Liên hiệp các tổ chức hữu nghị tỉnh (sau '
        'đây gọi tắt là Liên hiệp) báo cáo kết quả công tác năm 2024 như sau:')
    d.p('I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024')
    d.p('1. Củng cố tổ chức, phát triển hội viên')
    d.p('Đến ngày 30/11/2024, Liên hiệp ', SUM('có # tổ chức thành viên', [9, 3, 2], nf=z),
        ' (gồm 09 hội hữu nghị song phương, 03 hội hữu nghị đa phương và 02 tổ chức thành viên khác); '
        'trong năm thành lập mới Hội Hữu nghị Việt Nam - Hàn Quốc tỉnh theo Quyết định số 1312/QĐ-UBND '
        'ngày 12/6/2024 của UBND tỉnh. Có ',
        FR('12/14 tổ chức thành viên ban hành chương trình hoạt động năm, đạt #%', 12, 14),
        '; ',
        FR('11/13 hội đã tiến hành đại hội nhiệm kỳ (#%)', 11, 13, v=AMB,
           why='the base 13 is neither the 14 member organisations nor the 12 hội (14 minus 02 other '
               'organisations); it may leave out the hội founded in 06/2024 — the text does not say which'),
        ' theo quy định tại Điều 14 Điều lệ Liên hiệp.')
    d.p('Tổng số hội viên của các tổ chức thành viên là 2.386 người, ', DIFF('@ # người', 2386, 2244), ' ',
        TERM('so với năm 2023', note='annual report 2024: compared with the previous year 2023'),
        ' (2.244 người); trong năm ',
        C('kết nạp mới 187 hội viên', 'sum', AMB,
          note='2.244 + 187 − 52 = 2.379 ≠ 2.386: the gap of 7 may be the founding members of the hội '
               'founded in 06/2024, which the 187 may or may not include — cannot be decided'),
        ', 52 hội viên thôi tham gia, chuyển sinh hoạt. Hội viên nữ 1.057 người, ', S('chiếm #%', 1057, 2386),
        ', ', PTS('cao hơn #%', '44.30', '43.18', v=BAD, shown='1.21', why='digits 1 and 2 transposed'),
        ' so với tỷ lệ của năm trước (43,18%); hội viên người dân tộc thiểu số ', S('312 người (#%)', 312, 2386),
        '; hội viên dưới 35 tuổi ', S('486 người (#%)', 486, 2386, v=RND), '.')
    d.p('Cơ quan thường trực Liên hiệp được giao 11 biên chế, hiện có ', SUM('# người', [1, 2, 7]),
        ' (01 Chủ tịch, 02 Phó Chủ tịch, 07 công chức và người lao động), ',
        FR('sử dụng 10/11 biên chế, đạt #%', 10, 11), '; số có trình độ đại học trở lên 08 người, ',
        S('chiếm #%', 8, 10, 0), ', trong đó ', SUB('02 người có trình độ thạc sĩ', 2, 8), '.')
    d.p('2. Hoạt động đối ngoại nhân dân')
    d.p('Năm 2024, Liên hiệp chủ trì, phối hợp đón tiếp ', SUM('# đoàn khách quốc tế', [15, 8, 6, 8]),
        ' với 412 lượt người đến thăm, làm việc tại tỉnh, cụ thể: Lào ', S('15 đoàn (#%)', 15, 37),
        ', Nhật Bản 08 đoàn, Hàn Quốc 06 đoàn, các nước và tổ chức quốc tế khác 08 đoàn; ',
        R('bình quân # người/đoàn', 412, 37, 0, 'avg'), '. Số đoàn vào ', DIFF('@ # đoàn', 37, 29, nf=z),
        ', ', R('tương ứng @ #%', 37, 29, 2, 'growth'), ' ',
        TERM('so với năm 2022', BAD, 'so với năm 2023',
             note='a 2024 figure compared with the previous year: the year before 2024 is 2023 '
                  '(2023 is named as the previous year elsewhere in the draft)'),
        ' (29 đoàn).')
    d.p('Tổ chức ', SUM('# đoàn ra', [3, 2, 1, 1], v=BAD, stated=6, nf=z,
                        why='the part "Hàn Quốc 01 đoàn" was left out of the total'),
        ' với 58 lượt cán bộ, hội viên (Lào 03 đoàn, Thái Lan 02 đoàn, Nhật Bản 01 đoàn, Hàn Quốc 01 đoàn), '
        'trong đó ', SUB('02 đoàn do lãnh đạo tỉnh làm trưởng đoàn', 2, 7),
        '. Phối hợp tổ chức 24 hoạt động kỷ niệm quốc khánh, ngày thiết lập quan hệ ngoại giao giữa Việt Nam '
        'với các nước, thu hút trên 6.500 lượt người tham dự; duy trì giao lưu nhân dân tại hai cặp cửa khẩu '
        'Lao Bảo - Đen-sa-vẳn và La Lay - La Lay.')
    d.p('3. Vận động và quản lý viện trợ phi chính phủ nước ngoài (PCPNN)')
    d.p('Năm 2024, toàn tỉnh tiếp nhận ', SUM('# chương trình, dự án', [18, 14, 11, 6, 9]),
        ' và khoản viện trợ PCPNN với tổng giá trị cam kết ',
        SUM('# triệu USD', ['1.63', '1.21', '1.37', '0.84', '0.37']),
        ' (khoảng 133,2 tỷ đồng), ', R('đạt #% kế hoạch năm', '5.42', '4.5'), ' (4,5 triệu USD) và ',
        R('bằng #%', '5.42', '5.0', 1), ' ', TERM('so với năm 2023'),
        ' (5,0 triệu USD). Chia theo lĩnh vực: y tế 18 dự án, ', S('1,63 triệu USD (#%)', '1.63', '5.42'),
        '; giáo dục 14 dự án, ',
        S('1,21 triệu USD (#%)', '1.21', '5.42', v=BAD, wrong_base='4.5',
          why='computed on the plan (4,5 triệu USD) instead of the total committed 5,42'),
        '; sinh kế, phát triển nông thôn 11 dự án, ', S('1,37 triệu USD (#%)', '1.37', '5.42'),
        '; khắc phục hậu quả bom mìn 06 dự án, ', S('0,84 triệu USD (#%)', '0.84', '5.42', v=RND),
        '; lĩnh vực khác 09 dự án, ', S('0,37 triệu USD (#%)', '0.37', '5.42'), '.')
    d.p('Đến ngày 30/11/2024, giá trị giải ngân đạt 4,37 triệu USD, ',
        S('bằng #% tổng giá trị cam kết', '4.37', '5.42', v=RND), '; ',
        CALC('còn lại # triệu USD', dec('5.42') - dec('4.37'), 'difference', '5,42 − 4,37 = 1,05'),
        ' chuyển tiếp sang năm 2025. Hiện có ',
        SUM('# tổ chức PCPNN', [12, 10, 11], v=AMB, stated=31,
            why='12 + 10 + 11 = 33 > 31, but one organisation may work in several fields: the parts may '
                'overlap, so the breakdown cannot be judged'),
        ' thường xuyên hoạt động trên địa bàn tỉnh, trong đó hoạt động trong lĩnh vực y tế 12 tổ chức, '
        'giáo dục 10 tổ chức, sinh kế 11 tổ chức.')
    d.p('Liên hiệp thẩm định, trình phê duyệt 44 văn kiện dự án theo Nghị định số 80/2020/NĐ-CP ngày '
        '08/7/2020 của Chính phủ; phối hợp tổ chức 03 đợt kiểm tra tại 16 dự án, qua đó ',
        FR('15/16 dự án thực hiện đúng cam kết, đạt #%', 15, 16),
        '; dự án còn lại chậm tiến độ do vướng thủ tục vốn đối ứng.')
    d.p('4. Thông tin đối ngoại, bồi dưỡng nghiệp vụ')
    d.p('Trang thông tin điện tử của Liên hiệp đăng tải 126 tin, bài, ',
        DIFF('@ # tin, bài', 126, 144, v=BAD, flip=True, why='126 < 144: the change is a decrease'), ' ',
        TERM('so với năm 2023'),
        ' (144 tin, bài); phát hành 04 số Bản tin Hữu nghị song ngữ Việt - Anh, mỗi số 500 bản. Mở 09 lớp '
        'bồi dưỡng kiến thức đối ngoại nhân dân cho 640 lượt cán bộ, hội viên, ',
        R('bình quân # lượt người/lớp', 640, 9, 0, 'avg'), '; trong đó ', SUB('03 lớp', 3, 9),
        ' tổ chức tại huyện Hướng Hóa và huyện đảo Cồn Cỏ.')
    d.p('5. Công tác tài chính')
    d.p('Tổng dự toán kinh phí năm 2024 của Liên hiệp là ', SUM('# triệu đồng', [3186, 296]),
        ' (giao đầu năm 3.186 triệu đồng, bổ sung trong năm 296 triệu đồng theo Quyết định số .../QĐ-UBND '
        'ngày .../8/2024). Kinh phí chi hoạt động đối ngoại nhân dân 1.026 triệu đồng, ',
        S('chiếm #% dự toán', 1026, 3186, v=AMB,
          note='1.026 / 3.186 × 100 = 32,2034 → 32,20%: fits the initial allocation; of the total dự toán '
               '3.482 it would be 29,47% — which "dự toán" is meant is not stated'),
        '.')
    d.p('Tổng dự toán ', REP('3.482 triệu đồng'),
        ' được phân bổ: chi thường xuyên 2.156 triệu đồng; chi hoạt động đối ngoại nhân dân ',
        REP('1.026 triệu đồng'),
        '; thực hiện Đề án tăng cường quan hệ hữu nghị Việt Nam - Lào 300 triệu đồng',
        SUM(None, [2156, 1026, 300], stated=3482, tag='3.482 triệu đồng được phân bổ'),
        '. Đến 30/11/2024 đã giải ngân 2.917 triệu đồng, ', S('đạt #% tổng dự toán', 2917, 3482), '.')
    d.p('Năm 2024, Liên hiệp thực hiện ', SUM('# chỉ tiêu chủ yếu', [5, 5, 2]),
        ': vượt kế hoạch 05 chỉ tiêu, đạt kế hoạch 05 chỉ tiêu, chưa đạt 02 chỉ tiêu (giải ngân viện trợ; '
        'phát triển hội viên trẻ).')
    d.p('II. ĐÁNH GIÁ CHUNG')
    d.p('Công tác đối ngoại nhân dân năm 2024 tiếp tục có chuyển biến: đón ', REP('37 đoàn khách quốc tế'),
        '; tiếp nhận ', REP('58 chương trình, dự án'), ' viện trợ với tổng giá trị cam kết ',
        REP('5,24 triệu USD', BAD, '5,42 triệu USD',
            note='section I.3 states 5,42 triệu USD (= sum of the fields); digits 4 and 2 transposed'),
        '; số dự án ', R('gấp # lần', 58, 42, 2, 'times'), ' mức bình quân hằng năm ',
        TERM('giai đoạn 2016 - 2020', note='the 2021 - 2025 period is compared with the previous '
                                          'five-year period 2016 - 2020'),
        ' (42 dự án/năm). Hoạt động của các tổ chức thành viên ngày càng thiết thực, gắn với nhiệm vụ chính '
        'trị của tỉnh.')
    d.p('Bên cạnh đó còn một số hạn chế: ',
        FR('02/14 tổ chức thành viên', 2, 14, why='14 − 12 = 02, consistent with 12/14 in section I.1'),
        ' chưa ban hành chương trình hoạt động năm; tỷ lệ giải ngân viện trợ chưa đạt kế hoạch; kinh phí cho '
        'hoạt động đối ngoại nhân dân còn hạn hẹp, chủ yếu dựa vào nguồn vận động.')
    d.p('III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025')
    d.p('Phấn đấu năm 2025 vận động viện trợ PCPNN đạt 6,0 triệu USD, ', R('@ #%', '6.0', '5.42', 2, 'growth'),
        ' ', TERM('so với kết quả năm 2024', note='target 2025 compared with the result of 2024'),
        '; đón tiếp 40 đoàn khách quốc tế, ', R('bằng #% số đoàn', 40, 37),
        ' đã đón trong năm nay; phát triển mới 200 hội viên, nâng tổng số hội viên từ ',
        C('2.431 người hiện nay', 'repeat', AMB,
          note='section I.1 states 2.386 hội viên at 30/11/2024; "hiện nay" (report dated 16/12/2024) may '
               'be a later date — the same quantity or not cannot be decided'),
        ' lên trên 2.600 người.')
    d.p('IV. ĐỀ XUẤT, KIẾN NGHỊ')
    d.p('Đề nghị UBND tỉnh bổ sung 01 biên chế cho Cơ quan thường trực Liên hiệp, nâng tổng số lên ',
        SUM('# biên chế', [11, 1]),
        '; bố trí vốn đối ứng cho 05 dự án chuyển tiếp năm 2025; hỗ trợ kinh phí tổ chức Hội nghị xúc tiến '
        'vận động viện trợ PCPNN của tỉnh dự kiến trong quý II/2025. Đề nghị Liên hiệp các tổ chức hữu nghị '
        'Việt Nam tiếp tục giới thiệu các tổ chức PCPNN có tiềm năng đến làm việc với tỉnh.')
    d.p('Nơi nhận: - Ban Đối ngoại Tỉnh ủy; - UBND tỉnh; - Liên hiệp các tổ chức hữu nghị Việt Nam; '
        '- Các tổ chức thành viên; - Lưu: VT, VP.')
    d.p('TM. BAN THƯỜNG TRỰC CHỦ TỊCH')
    d.f('Các hội song phương gồm: Hội Hữu nghị Việt Nam - Lào, Việt Nam - Nhật Bản, Việt Nam - Hàn Quốc, '
        'Việt Nam - Thái Lan, Việt Nam - Campuchia, Việt Nam - Trung Quốc, Việt Nam - Cu Ba, Việt Nam - '
        'Liên bang Nga, Việt Nam - Hoa Kỳ; các hội đa phương: Hội Hữu nghị Việt Nam - ASEAN, Hội Hòa bình, '
        'Hội Hữu nghị với các nước châu Âu.')
    d.f('Năm 2024, các dự án khắc phục hậu quả bom mìn đã rà phá 1.246 ha đất ô nhiễm, ',
        DIFF('@ # ha', 1246, 1060, v=BAD, shown=168, why='digits 8 and 6 transposed'), ' ',
        TERM('so với năm 2023'), ' (1.060 ha); hỗ trợ sinh kế cho 47 nạn nhân bom mìn, trong đó ',
        SUB('12 trẻ em', 12, 47), '.')
    d.f('Số liệu năm 2023 theo Báo cáo số 51/BC-LHHN ngày 18/12/2023: tổng số ', REP('2.244 hội viên'),
        ', trong đó nữ 969 người (', S('#%', 969, 2244), ').')
    return d


def d2():
    d = Draft('d16-02-nghia-trang-tang-le',
              'cemetery and funeral service company (6-month report 2025)')
    d.p('CÔNG TY TNHH MỘT THÀNH VIÊN DỊCH VỤ NGHĨA TRANG VÀ TANG LỄ ĐỒNG NAI')
    d.p('Số: 112/BC-NTTL; Đồng Nai, ngày 08 tháng 7 năm 2025')
    d.p('BÁO CÁO Tình hình thực hiện nhiệm vụ sản xuất, kinh doanh và dịch vụ công ích 6 tháng đầu năm 2025; '
        'nhiệm vụ trọng tâm 6 tháng cuối năm 2025')
    d.p('Căn cứ Quyết định số 2856/QĐ-UBND ngày 25/12/2024 của UBND tỉnh về giao chỉ tiêu kế hoạch sản xuất, '
        'kinh doanh năm 2025 và Nghị quyết số 05/NQ-HĐTV ngày 10/01/2025 của Hội đồng thành viên; theo yêu '
        'cầu của Sở Tài chính tại Công văn số .../STC-TCDN ngày .../6/2025, Công ty báo cáo như sau:')
    d.p('I. ĐẶC ĐIỂM TÌNH HÌNH')
    d.p('Công ty đang quản lý, khai thác ', SUM('# nghĩa trang', [1, 1, 3], nf=z), ' với tổng diện tích ',
        SUM('# ha', ['86.4', '31.5', '24.7']),
        ' (Nghĩa trang nhân dân tỉnh 86,4 ha; Công viên nghĩa trang Lạc Hồng ',
        S('31,5 ha, chiếm #%', '31.5', '142.6', v=RND),
        '; 03 nghĩa trang khu vực 24,7 ha), 01 nhà tang lễ với 04 phòng viếng và 01 cơ sở hỏa táng gồm '
        '03 lò đốt.')
    d.p('Đến ngày 30/6/2025, diện tích đất nghĩa trang đã sử dụng 97,3 ha, ', S('chiếm #%', '97.3', '142.6'),
        ' tổng diện tích, ', PTS('@ #%', '68.23', '65.82'), ' ',
        TERM('so với thời điểm 31/12/2024', note='a stock at 30/6/2025 compared with the end of the previous '
                                                 'year'),
        ' (65,82%); diện tích còn lại ',
        CALC('# ha', dec('142.6') - dec('97.3'), 'difference', '142,6 − 97,3 = 45,3'),
        ', dự kiến đáp ứng nhu cầu an táng khoảng 7 - 8 năm.')
    d.p('Tổng số lao động đến 30/6/2025 là ', SUM('# người', [27, 159]),
        ' (quản lý, phục vụ gián tiếp 27 người; lao động trực tiếp 159 người, ', S('chiếm #%', 159, 186),
        '), trong đó nữ 64 người (', S('#%', 64, 186), '); trình độ cao đẳng trở lên 61 người (',
        S('#%', 61, 186, v=RND), '). Thu nhập bình quân 9,65 triệu đồng/người/tháng, ',
        R('@ #%', '9.65', '9.08', 2, 'growth'), ' so với cùng kỳ (9,08 triệu đồng).')
    d.p('II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2025')
    d.p('1. Dịch vụ tang lễ, hỏa táng')
    d.p('Sáu tháng đầu năm, Công ty phục vụ 1.284 ca tang lễ (trọn gói và từng phần), ',
        DIFF('@ # ca', 1284, 1187), ' ', TERM('so với cùng kỳ năm 2024'),
        ' (1.187 ca); trong đó tang lễ trọn gói 752 ca, ',
        S('chiếm #%', 752, 1284, v=BAD, wrong_base=2146,
          why='computed on the 2.146 cremations instead of the 1.284 funerals it is part of'),
        '. Thời gian tổ chức lễ tang bình quân 2,5 ngày/ca, rút ngắn nhờ áp dụng phần mềm đặt lịch.')
    d.p('Thực hiện ', SUM('# ca hỏa táng', [1538, 492, 116]), ', ', R('đạt #% kế hoạch năm', 2146, 4000),
        ' (4.000 ca) và ', R('bằng #% cùng kỳ năm 2024', 2146, 1900),
        T('cùng kỳ năm 2024', 'term', note='6-month 2025 figure compared with the same period of 2024'),
        ' (1.900 ca). Phân theo nguồn: người mất tại địa phương 1.538 ca; chuyển đến từ các tỉnh lân cận '
        '492 ca; hỏa táng hài cốt cải táng ', S('116 ca (#%)', 116, 2146), '.')
    d.p('2. Dịch vụ mai táng, cát táng và quản lý mộ phần')
    d.p('Thực hiện 418 ca địa táng, ', DIFF('@ # ca', 418, 481), ' ',
        TERM('so với cùng kỳ năm 2023', BAD, 'so với cùng kỳ năm 2024',
             note='a 6-month 2025 report compares with the same period of 2024 (as elsewhere in the draft)'),
        ' (481 ca) do tỷ lệ lựa chọn hỏa táng tiếp tục tăng; cát táng, cải táng 327 ngôi mộ, ',
        R('bằng #% cùng kỳ', 327, 351), ' (351 ngôi). Chuyển nhượng quyền sử dụng ',
        SUM('# lô mộ', [241, 87, 28]),
        ' tại Công viên nghĩa trang Lạc Hồng (mộ đơn 241 lô, mộ đôi 87 lô, mộ gia tộc 28 lô), ',
        DIFF('@ # lô', 356, 404, v=AMB,
             why='404 lô may be the whole year 2024 rather than its first half: the period compared is '
                 'unclear'),
        ' so với năm 2024 (404 lô).')
    d.p('Quản lý, chăm sóc mộ phần theo hợp đồng 9.842 ngôi mộ, trong đó hợp đồng dài hạn (từ 05 năm trở '
        'lên) 3.615 ngôi, ', S('chiếm #%', 3615, 9842), '; ký mới 684 hợp đồng, ',
        R('@ #%', 684, 609, 1, 'growth'), ' so với cùng kỳ (609 hợp đồng).')
    d.p('3. Kết quả sản xuất, kinh doanh')
    d.p('Tổng doanh thu 6 tháng đạt ', SUM('# tỷ đồng', ['21.36', '14.92', '24.18', '8.01']), ', ',
        R('bằng #% kế hoạch năm', '68.47', '133.5'), ' (133,5 tỷ đồng), ',
        R('@ #%', '68.47', '62.35', 2, 'growth', v=BAD, shown='9.28', why='9,82 with digits 8 and 2 transposed'),
        ' ', TERM('so với cùng kỳ năm 2024'), ' (62,35 tỷ đồng). Cơ cấu doanh thu: dịch vụ tang lễ ',
        S('21,36 tỷ đồng (#%)', '21.36', '68.47', v=RND), '; hỏa táng ',
        S('14,92 tỷ đồng (#%)', '14.92', '68.47'), '; chuyển nhượng lô mộ ',
        S('24,18 tỷ đồng (#%)', '24.18', '68.47'), '; chăm sóc mộ phần và dịch vụ khác ',
        S('8,01 tỷ đồng (#%)', '8.01', '68.47'), '.')
    d.p('Doanh thu từ dịch vụ đặt lịch, tổ chức lễ viếng trực tuyến đạt 1,24 tỷ đồng, ',
        S('chiếm #%', '1.24', '8.01', 1, v=AMB,
          note='base not stated: 1,24 / 8,01 × 100 = 15,48 → 15,5% fits the group "chăm sóc mộ phần và dịch '
               'vụ khác"; of total revenue (68,47) it would be 1,81%'),
        '. Tổng chi phí 59,83 tỷ đồng; lợi nhuận trước thuế ',
        CALC('# tỷ đồng', dec('68.47') - dec('59.83'), 'difference', '68,47 − 59,83 = 8,64'), ', ',
        R('bằng #% kế hoạch năm', '8.64', '16.0', 1), ' (16,0 tỷ đồng); tỷ suất lợi nhuận trên doanh thu ',
        S('#%', '8.64', '68.47'), '.')
    d.p('Nộp ngân sách nhà nước ',
        SUM('# tỷ đồng', ['3.48', '1.73', '1.71'], v=BAD, stated='5.21',
            why='the part "tiền thuê đất và các khoản phí khác 1,71" was left out of the total'),
        ' (thuế giá trị gia tăng 3,48 tỷ đồng; thuế thu nhập doanh nghiệp 1,73 tỷ đồng; tiền thuê đất và các '
        'khoản phí khác 1,71 tỷ đồng); trích lập quỹ đầu tư phát triển theo Nghị định số 91/2015/NĐ-CP.')
    d.p('4. Thực hiện chính sách an sinh, nhiệm vụ công ích')
    d.p('Miễn, giảm chi phí mai táng, hỏa táng cho ',
        SUM('# trường hợp', [71, 39, 44], v=AMB, stated=146,
            why='71 + 39 + 44 = 154 > 146, but "đối tượng bảo trợ xã hội" may also belong to poor or '
                'near-poor households: the groups may overlap'),
        ' với số tiền 412,5 triệu đồng (', R('bình quân # triệu đồng/trường hợp', '412.5', 146, 2, 'avg'),
        '), trong đó thuộc hộ nghèo 71, hộ cận nghèo 39, đối tượng bảo trợ xã hội 44 trường hợp; ',
        SUB('miễn toàn bộ chi phí cho 58 trường hợp', 58, 146),
        '. Tiếp nhận, an táng 23 thi hài vô thừa nhận theo đề nghị của cơ quan công an, các bệnh viện.')
    d.p('Phối hợp Ban Quản lý dự án đầu tư xây dựng tỉnh di dời, quy tập ',
        SUM('# hài cốt', [138, 76], v=BAD, stated=241, why='138 + 76 = 214; digits 1 and 4 transposed'),
        ' từ các khu mộ giải tỏa (dự án đường Vành đai 3: 138 mộ; dự án Khu tái định cư Phước Tân: 76 mộ), '
        'bảo đảm đúng phong tục, tập quán.')
    d.p('5. Đầu tư, sửa chữa tài sản')
    d.p('Kế hoạch vốn đầu tư năm 2025 là 18,6 tỷ đồng; 6 tháng đã giải ngân ',
        SUM('# tỷ đồng', ['4.20', '1.85', '1.10']), ', ', S('đạt #% kế hoạch vốn', '7.15', '18.6'),
        ', gồm: lò hỏa táng số 4 (Quyết định số 58/QĐ-HĐTV ngày 20/02/2025) 4,20 tỷ đồng; nâng cấp đường '
        'nội bộ Nghĩa trang nhân dân tỉnh 1,85 tỷ đồng; hệ thống xử lý khí thải lò đốt 1,10 tỷ đồng. Số vốn ',
        CALC('còn lại # tỷ đồng', dec('18.6') - dec('7.15'), 'difference', '18,6 − 7,15 = 11,45'),
        ' sẽ giải ngân trong 6 tháng cuối năm, tập trung cho hạng mục lò hỏa táng số 4.')
    d.p('6. Công tác môi trường, an toàn lao động')
    d.p('Quan trắc khí thải lò đốt 02 đợt (tháng 3 và tháng 6/2025), ', FR('12/12 chỉ tiêu', 12, 12),
        ' đạt QCVN 30:2012/BTNMT; thu gom, xử lý ', SUM('# tấn chất thải rắn', ['152.6', '33.8']),
        ' (chất thải sinh hoạt 152,6 tấn; chất thải phát sinh từ hoạt động tang lễ 33,8 tấn); xử lý 4.620 m³ '
        'nước thải. Không để xảy ra tai nạn lao động, cháy nổ.')
    d.p('7. Chuyển đổi số, cải cách thủ tục')
    d.p('Từ ngày 01/3/2025, Công ty đưa vào vận hành phần mềm tra cứu vị trí mộ phần trực tuyến; đã số hóa dữ '
        'liệu của 28.516 ngôi mộ tại ', REP('05 nghĩa trang'), ' do Công ty quản lý, trong đó ',
        SUB('Nghĩa trang nhân dân tỉnh 17.240 ngôi', 17240, 28516),
        '. Người dân có thể đăng ký dịch vụ tang lễ, thanh toán không dùng tiền mặt qua ứng dụng; hợp đồng '
        'chăm sóc mộ phần được gửi thông báo gia hạn qua tin nhắn trước hạn 30 ngày.')
    d.p('III. ĐÁNH GIÁ CHUNG')
    d.p('Sáu tháng đầu năm 2025, Công ty đạt doanh thu ',
        REP('68,74 tỷ đồng', BAD, '68,47 tỷ đồng',
            note='section II.3 states 68,47 tỷ đồng (= sum of its parts); digits 4 and 7 transposed'),
        ', lợi nhuận trước thuế ', REP('8,64 tỷ đồng'), '; phục vụ ', REP('1.284 ca tang lễ'),
        '; lũy kế từ đầu năm đến nay thực hiện ',
        C('2.310 ca hỏa táng', 'repeat', AMB,
          note='section II.1 states 2.146 ca for the 6 months; "từ đầu năm đến nay" (report dated 08/7/2025) '
               'may include early July — the period is unclear'),
        '; hoàn thành nghĩa vụ nộp ngân sách, bảo đảm việc làm và thu nhập cho người lao động.')
    d.p('Hạn chế: quỹ đất nghĩa trang còn lại ', REP('45,3 ha'),
        ' trong khi nhu cầu chuyển nhượng lô mộ vẫn cao; 03 lò đốt thường xuyên vận hành vượt công suất '
        'thiết kế vào cuối tuần; việc thu phí chăm sóc mộ theo hợp đồng dài hạn còn chậm.')
    d.p('IV. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2025')
    d.p('Phấn đấu doanh thu 6 tháng cuối năm đạt tối thiểu ',
        CALC('# tỷ đồng', dec('133.5') - dec('68.47'), 'difference', '133,5 − 68,47 = 65,03'),
        ' để hoàn thành ', REP('kế hoạch năm 133,5 tỷ đồng'), '; thực hiện ',
        CALC('# ca hỏa táng', 4000 - 2146, 'difference', '4.000 − 2.146 = 1.854'),
        ' còn lại của kế hoạch; đưa lò hỏa táng số 4 vào vận hành trong quý IV/2025; hoàn thiện hồ sơ mở rộng '
        'Nghĩa trang nhân dân tỉnh thêm 25 ha.')
    d.p('Kiến nghị: đề nghị UBND tỉnh sớm phê duyệt điều chỉnh Quy hoạch hệ thống nghĩa trang tỉnh theo Tờ '
        'trình số 96/TTr-CT ngày 15/5/2025 và xem xét điều chỉnh giá dịch vụ hỏa táng tại Quyết định số '
        '.../2025/QĐ-UBND; chấp thuận chủ trương đầu tư nhà tang lễ khu vực phía Đông tỉnh bằng nguồn vốn '
        'của Công ty, dự kiến khởi công trong năm 2026.')
    d.p('Nơi nhận: - UBND tỉnh; - Sở Tài chính; - Sở Xây dựng; - Hội đồng thành viên Công ty; - Lưu: VT, KH-TC.')
    d.p('GIÁM ĐỐC')
    d.f('Số lao động tại ngày 30/6/2024 là 178 người; đến ngày 30/6/2025, lao động của Công ty ',
        DIFF('@ # người', 186, 178, v=BAD, flip=True, nf=z, why='186 > 178: the change is an increase'),
        ' so với cùng thời điểm năm trước.')
    d.f('Người mất tại địa phương được hỏa táng 1.538 ca, gồm: thành phố Biên Hòa 912 ca, thành phố Long '
        'Khánh 204 ca, các huyện 422 ca.',
        T('hỏa táng 1.538 ca', 'repeat',
          note='same as "người mất tại địa phương 1.538 ca" in section II.1'),
        SUM(None, [912, 204, 422], stated=1538, tag='1.538 ca, gồm'))
    d.f('Giá dịch vụ hỏa táng theo Quyết định số 27/2023/QĐ-UBND ngày 02/8/2023 của UBND tỉnh: người lớn '
        '3,6 triệu đồng/ca; trẻ em dưới 06 tuổi 1,8 triệu đồng/ca; hài cốt 2,2 triệu đồng/ca.')
    d.f('Doanh thu lũy kế theo sổ kế toán đến ngày 30/6/2025 là ',
        C('68,470 triệu đồng', 'repeat', AMB,
          note='"68,470" may use a comma as thousands separator (68.470 triệu = 68,47 tỷ, as in section II.3) '
               'or as a decimal comma (68,47 triệu) — the number form cannot be decided'),
        ' (chưa bao gồm thuế giá trị gia tăng).')
    return d


def d3():
    d = Draft('d16-03-hiep-hoi-lang-nghe',
              'provincial craft-village association (term review 2019 - 2024)')
    d.p('HIỆP HỘI LÀNG NGHỀ TỈNH NAM ĐỊNH')
    d.p('Số: 09/BC-HHLN; Nam Định, ngày 20 tháng 9 năm 2024')
    d.p('BÁO CÁO CỦA BAN CHẤP HÀNH HIỆP HỘI KHÓA II trình Đại hội đại biểu Hiệp hội Làng nghề tỉnh lần thứ '
        'III, nhiệm kỳ 2024 - 2029')
    d.p('PHẦN THỨ NHẤT. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI LẦN THỨ II, NHIỆM KỲ 2019 - 2024')
    d.p('I. TÌNH HÌNH LÀNG NGHỀ VÀ HOẠT ĐỘNG CỦA HIỆP HỘI')
    d.p('1. Tình hình phát triển làng nghề')
    d.p('Đến ngày 30/6/2024, toàn tỉnh có ', SUM('# làng nghề, làng nghề truyền thống', [21, 73]),
        ' được UBND tỉnh công nhận (', S('21 làng nghề truyền thống, chiếm #%', 21, 94), '; 73 làng nghề), ',
        DIFF('@ # làng', 94, 85, nf=z), ' so với thời điểm Đại hội lần thứ II (85 làng); phân bố tại ',
        FR('09/10 huyện, thành phố', 9, 10), '.')
    d.p('Cơ cấu 94 làng nghề theo nhóm ngành: chế biến nông sản, thực phẩm 26 làng (', S('#%', 26, 94),
        '); mây tre đan, cói 19 làng; dệt may, thêu ren 14 làng; cơ khí, đúc đồng 12 làng; sơn mài, chạm khắc '
        'gỗ 11 làng; sinh vật cảnh 08 làng; nghề khác 04 làng. Nhiều làng nghề có lịch sử hàng trăm năm như '
        'đúc đồng Tống Xá, sơn mài Cát Đằng, mây tre đan Hải Minh.',
        SUM(None, [26, 19, 14, 12, 11, 8, 4], stated=94, tag='94 làng nghề theo nhóm ngành'),
        T('Cơ cấu 94', 'repeat', note='same 94 làng nghề as in the previous paragraph'))
    d.p('Các làng nghề có 28.460 hộ và 61.325 lao động tham gia sản xuất ngành nghề, ',
        DIFF('@ # người', 61325, 56870), ' so với đầu nhiệm kỳ (56.870 người); trong đó lao động thường xuyên '
        '43.918 người, ', S('chiếm #%', 43918, 61325, v=RND), '; lao động nữ ',
        S('32.204 người, chiếm #% tổng số lao động làng nghề', 32204, 61325, v=BAD, wrong_base=43918,
          why='computed on the 43.918 regular workers instead of all 61.325 workers'),
        '. Thu nhập bình quân năm 2023 đạt 6,8 triệu đồng/người/tháng, ',
        R('gấp # lần', '6.8', '4.7', 2, 'times', v=BAD, shown='1.54', why='1,45 with digits 4 and 5 transposed'),
        ' ', TERM('so với năm 2019', note='2023 compared with 2019, the first year of the 2019 - 2024 term'),
        ' (4,7 triệu đồng).')
    d.p('Giá trị sản xuất ngành nghề nông thôn năm 2023 đạt 9.846 tỷ đồng, ',
        R('@ #%', 9846, 7103, 1, 'growth'), ' ',
        TERM('so với năm 2019', note='2023 compared with 2019, the first year of the 2019 - 2024 term'),
        ' (7.103 tỷ đồng); kim ngạch xuất khẩu của các làng nghề đạt 152,4 triệu USD, ',
        S('chiếm #%', '152.4', 1820), ' kim ngạch xuất khẩu toàn tỉnh (1.820 triệu USD).')
    d.p('2. Xây dựng, phát triển tổ chức Hiệp hội')
    d.p('Hiện nay, Hiệp hội có ', SUM('# hội viên', [38, 46, 257, 71]), ', ', DIFF('@ # hội viên', 412, 275),
        ' so với Đại hội lần thứ II (275 hội viên), gồm: 38 doanh nghiệp, 46 hợp tác xã, 257 hộ, cơ sở sản '
        'xuất kinh doanh và 71 nghệ nhân, thợ giỏi, cá nhân tiêu biểu. Hiệp hội có 07 chi hội cấp huyện và '
        '62 chi hội cơ sở; ', FR('62/94 làng nghề đã thành lập chi hội cơ sở, đạt #%', 62, 94, v=RND),
        '. Năm 2023 có 322 hội viên đóng hội phí đầy đủ, ',
        S('đạt #%', 322, 400, 1, v=AMB,
          note='322 / 412 = 78,2% of the current members; 80,5% implies a base of 400 — the number of members '
               'liable for the 2023 fee is not stated, so the base cannot be decided'),
        '.')
    d.p('Toàn tỉnh hiện có ', SUM('# nghệ nhân', [4, 27, 155]),
        ' được phong tặng, công nhận (04 Nghệ nhân nhân dân, 27 Nghệ nhân ưu tú, 155 nghệ nhân cấp tỉnh), '
        'trong đó nữ ', S('41 người (#%)', 41, 186), ', ', PTS('cao hơn #%', '22.04', '18.75'),
        ' so với đầu nhiệm kỳ (18,75%); so với cuối ',
        TERM('nhiệm kỳ 2014 - 2019', note='the 2019 - 2024 term compared with the previous term 2014 - 2019'),
        ' (128 nghệ nhân), ', DIFF('@ # nghệ nhân', 186, 128), '.')
    d.p('3. Hoạt động hỗ trợ hội viên, phát triển làng nghề')
    d.p('Phối hợp các cơ sở giáo dục nghề nghiệp mở 146 lớp truyền nghề, cấy nghề cho 4.820 học viên (',
        R('bình quân # học viên/lớp', 4820, 146, 0, 'avg'), '); số lớp ', R('@ #%', 146, 118, 2, 'growth'),
        ' ', TERM('so với nhiệm kỳ 2014 - 2019', note='previous term of 2019 - 2024'),
        ' (118 lớp). Có 2.912 học viên có việc làm ngay sau khi học nghề, ',
        S('chiếm #%', 2912, 4820, v=BAD, shown='60.14', why='60,41 with the decimal digits transposed'), '.')
    d.p('Tổ chức và tham gia ',
        SUM('# hội chợ, triển lãm', [23, 19, 15], v=AMB, stated=54,
            why='23 + 19 + 15 = 57 > 54, but an OCOP fair may also be a handicraft fair or an international '
                'trade-promotion fair: the kinds may overlap'),
        ' với 836 lượt gian hàng, trong đó hội chợ chuyên ngành thủ công mỹ nghệ 23, hội chợ OCOP 19, hội chợ '
        'xúc tiến thương mại quốc tế 15 (', SUB('tổ chức ở nước ngoài 07', 7, 15),
        '); doanh số bán hàng và giá trị hợp đồng ký kết tại hội chợ ước đạt 312,8 tỷ đồng.')
    d.p('Hỗ trợ hội viên ứng dụng thương mại điện tử: mở lớp tập huấn kỹ năng bán hàng trực tuyến, xây dựng '
        'trang giới thiệu sản phẩm làng nghề; đến nay có 126 hội viên mở gian hàng trên các sàn Postmart, '
        'Voso, Shopee, ', S('chiếm #% tổng số hội viên', 126, 412),
        '; nhiều sản phẩm chiếu cói, mây tre đan, đồ gỗ mỹ nghệ đã được xuất khẩu trực tiếp sang thị trường '
        'Nhật Bản, Hàn Quốc và châu Âu.')
    d.p('Có ', SUM('# sản phẩm làng nghề', [128, 33, 2]),
        ' đạt chứng nhận OCOP (hạng 3 sao 128 sản phẩm; hạng 4 sao 33 sản phẩm; hạng 5 sao 02 sản phẩm), ',
        S('chiếm #%', 163, 390), ' tổng số sản phẩm OCOP của tỉnh (390 sản phẩm); sản phẩm đạt hạng 4 sao trở '
        'lên ', S('35 sản phẩm (#%)', 35, 163), '. Hiện có ',
        FR('49/92 làng nghề được cấp nhãn hiệu tập thể hoặc chỉ dẫn địa lý (#%)', 49, 92, v=AMB,
           why='the base 92 differs from the 94 làng nghề at 30/6/2024 and "hiện có" gives no date: it may be '
               'an earlier count — cannot be decided'),
        '.')
    d.p('Đến nay, ', FR('38/94 làng nghề có hệ thống xử lý nước thải tập trung, đạt #%', 38, 94, v=RND), ', ',
        DIFF('@ # làng', 38, 27), ' ', TERM('so với năm 2019', note='first year of the 2019 - 2024 term'),
        ' (27 làng); ', FR('82/94 làng nghề được thu gom, xử lý chất thải rắn (#%)', 82, 94),
        '; 12 làng nghề được hỗ trợ di dời cơ sở gây ô nhiễm vào cụm công nghiệp.')
    d.p('Phối hợp các tổ chức tín dụng giải ngân 1.246 tỷ đồng cho 3.518 lượt hộ, cơ sở vay vốn, ',
        R('bình quân # triệu đồng/hộ', 1246000, 3518, 0, 'avg', v=AMB,
          note='1.246.000 triệu / 3.518 = 354,18 → 354 per loan; the text counts "lượt hộ" (loans), not '
               'households — a household may borrow several times, so a per-household average cannot be '
               'checked'),
        '. Kinh phí khuyến công hỗ trợ làng nghề cả nhiệm kỳ đạt ',
        SUM('# tỷ đồng', ['6.20', '14.38', '4.07'], v=BAD, stated='20.58',
            why='the part "ngân sách cấp huyện 4,07" was left out of the total'),
        ' (ngân sách trung ương 6,20 tỷ đồng; ngân sách tỉnh 14,38 tỷ đồng; ngân sách cấp huyện 4,07 tỷ đồng).')
    d.p('4. Công tác văn phòng, tài chính')
    d.p('Tổng thu nhiệm kỳ (hội phí, tài trợ, dịch vụ tư vấn) 3.127 triệu đồng; tổng chi 2.864 triệu đồng, ',
        S('bằng #% tổng thu', 2864, 3127), '; tồn quỹ chuyển sang nhiệm kỳ III ',
        CALC('# triệu đồng', 3127 - 2864, 'difference', '3.127 − 2.864 = 263'), '. Văn phòng Hiệp hội có ',
        SUM('# người', [2, 3], nf=z), ' (02 cán bộ chuyên trách, 03 lao động hợp đồng).')
    d.p('II. ĐÁNH GIÁ CHUNG')
    d.p('Qua 05 năm thực hiện Nghị quyết Đại hội lần thứ II, số làng nghề được công nhận tăng lên ',
        REP('94 làng'), '; Hiệp hội phát triển lên ',
        REP('421 hội viên', BAD, '412 hội viên',
            note='section I.2 states 412 hội viên (= 38 + 46 + 257 + 71); digits 1 and 2 transposed'),
        '; giá trị sản xuất ngành nghề năm 2023 ', REP('tăng 38,6%'), ' ',
        TERM('so với năm 2018', BAD, 'so với năm 2019',
             note='section I.1 compares 2023 with 2019 (7.103 tỷ đồng), the first year of the 2019 - 2024 term'),
        '; có ', REP('186 nghệ nhân'), ' và ', REP('163 sản phẩm'), ' đạt chứng nhận OCOP.')
    d.p('Hạn chế: quy mô sản xuất nhỏ lẻ, ', R('bình quân mỗi làng nghề có # hộ', 28460, 94, 0, 'avg'),
        ' tham gia; ', FR('còn 56/94 làng nghề', 56, 94, why='94 − 38 = 56, consistent with 38/94 above'),
        ' chưa có hệ thống xử lý nước thải tập trung; liên kết giữa các hội viên còn lỏng lẻo; nguồn thu hội '
        'phí thấp.')
    d.p('III. BÀI HỌC KINH NGHIỆM')
    d.p('Một là, bám sát chủ trương của Tỉnh ủy, UBND tỉnh về phát triển ngành nghề nông thôn; hai là, lấy '
        'hội viên làm trung tâm, hỗ trợ thiết thực về thị trường, vốn, công nghệ; ba là, phối hợp chặt chẽ với '
        'Sở Công Thương và UBND các huyện, thành phố; bốn là, chú trọng giữ gìn, truyền dạy nghề truyền '
        'thống gắn với phát triển du lịch làng nghề.')
    d.p('PHẦN THỨ HAI. PHƯƠNG HƯỚNG, NHIỆM VỤ NHIỆM KỲ 2024 - 2029')
    d.p('Mục tiêu đến năm 2029: công nhận mới ít nhất 10 làng nghề, nâng tổng số lên ',
        SUM('# làng nghề', [94, 10]), '; phát triển hội viên lên 550, ', R('@ #%', 550, 412, 2, 'growth'),
        ' so với hiện nay; ',
        FR('#% số làng nghề có hệ thống xử lý nước thải tập trung (tương đương 62/104 làng)', 62, 104, 0),
        '; 100% làng nghề được thu gom, xử lý chất thải rắn.')
    d.p('Nhiệm vụ, giải pháp chủ yếu: (1) tiếp tục củng cố, phát triển tổ chức hội, thành lập chi hội ở các '
        'làng nghề chưa có chi hội; (2) phối hợp xây dựng thương hiệu, nhãn hiệu tập thể, phát triển sản phẩm '
        'OCOP; (3) hỗ trợ hội viên tiếp cận vốn, đổi mới công nghệ, xử lý môi trường; (4) gắn phát triển làng '
        'nghề với du lịch trải nghiệm.')
    d.p('Hệ thống chỉ tiêu nhiệm kỳ III gồm ', SUM('# chỉ tiêu chủ yếu', [4, 3, 1], nf=z),
        ' (04 chỉ tiêu về phát triển làng nghề, 03 chỉ tiêu về xây dựng tổ chức hội, 01 chỉ tiêu về môi '
        'trường làng nghề), được cụ thể hóa tại Phụ lục kèm theo.')
    d.p('Ban Chấp hành khóa III dự kiến gồm ', SUM('# ủy viên', [18, 13]), ' (khóa II: 27 ủy viên), ',
        DIFF('@ # ủy viên', 31, 27, v=BAD, flip=True, nf=z, why='31 > 27: the change is an increase'),
        '; trong đó tái cử 18 đồng chí (', S('#%', 18, 31), '), tham gia lần đầu 13 đồng chí (',
        S('#%', 13, 31), '); nữ 09 đồng chí (', S('#%', 9, 31), ').')
    d.p('Nơi nhận: - Thường trực Tỉnh ủy, UBND tỉnh; - Sở Công Thương; - Hiệp hội Làng nghề Việt Nam; '
        '- Đại biểu dự Đại hội; - Lưu: VP.')
    d.p('TM. BAN CHẤP HÀNH CHỦ TỊCH')
    d.f('Các làng nghề, làng nghề truyền thống được công nhận trong nhiệm kỳ theo Quyết định số 1146/QĐ-UBND '
        'ngày 08/6/2020, Quyết định số 2398/QĐ-UBND ngày 15/11/2022 và Quyết định số .../QĐ-UBND ngày '
        '.../.../2024 của UBND tỉnh.')
    d.f('Theo số liệu điều tra năm 2024 của Sở Công Thương, lao động làm nghề tại các làng nghề là ',
        C('62.150 người', 'repeat', AMB,
          note='section I.1 gives 61.325 lao động; another source and date (survey 2024) — whether it is the '
               'same quantity cannot be decided'),
        '.')
    d.f('Cơ cấu 71 hội viên cá nhân: nghệ nhân 43 người, thợ giỏi 19 người, nhà khoa học, chuyên gia 09 người.',
        SUM(None, [43, 19, 9], stated=71, tag='71 hội viên cá nhân'),
        T('Cơ cấu 71', 'repeat', note='same 71 individual members as in section I.2'))
    return d


def d4():
    d = Draft('d16-04-bao-ve-nguoi-tieu-dung',
              'provincial consumer protection association (9-month report 2024)')
    d.p('HỘI BẢO VỆ QUYỀN LỢI NGƯỜI TIÊU DÙNG TỈNH KHÁNH HÒA')
    d.p('Số: 38/BC-HBVNTD; Khánh Hòa, ngày 04 tháng 10 năm 2024')
    d.p('BÁO CÁO Kết quả hoạt động 9 tháng đầu năm và nhiệm vụ trọng tâm quý IV năm 2024')
    d.p('Thực hiện Kế hoạch công tác năm 2024 số 04/KH-HBVNTD ngày 10/01/2024 và đề nghị của Hội Tiêu chuẩn '
        'và Bảo vệ người tiêu dùng Việt Nam tại Công văn số 87/VINASTAS ngày 16/9/2024, Ban Thường vụ Hội '
        'báo cáo như sau:')
    d.p('I. CÔNG TÁC TỔ CHỨC, XÂY DỰNG HỘI')
    d.p('Đến ngày 30/9/2024, Hội có ',
        SUM('# chi hội', [8, 1, 1], v=BAD, stated=9, nf=z,
            why='the chi hội founded in 05/2024 (Trường Đại học Nha Trang) was left out of the total'),
        ' (08 chi hội cấp huyện, thị xã, thành phố; 01 chi hội ngành điện lực; 01 chi hội Trường Đại học Nha '
        'Trang thành lập tháng 5/2024), 16 tư vấn viên, cộng tác viên và ', SUM('# hội viên', [47, 1137]),
        ' (hội viên tập thể 47 đơn vị; hội viên cá nhân 1.137 người, ', S('chiếm #%', 1137, 1184), '), ',
        DIFF('@ # hội viên', 1184, 1088), ' ', TERM('so với cùng kỳ năm 2023'), ' (1.088 hội viên).')
    d.p('Hội viên nữ 550 người, ',
        S('chiếm #%', 550, 1184, v=AMB,
          note='base not stated: 550 / 1.184 (all members, including 47 organisations) = 46,45%; of the 1.137 '
               'individual members it would be 48,37%'),
        '. Ban Chấp hành khóa IV (nhiệm kỳ 2022 - 2027) có 23 ủy viên, nữ 08 ủy viên (', S('#%', 8, 23), '); ',
        SUB('Ban Thường vụ 07 ủy viên', 7, 23),
        '; trong kỳ bổ sung 02 ủy viên Ban Chấp hành thay các đồng chí nghỉ hưu, chuyển công tác.')
    d.p('II. KẾT QUẢ HOẠT ĐỘNG')
    d.p('1. Tiếp nhận, giải quyết khiếu nại, yêu cầu hỗ trợ của người tiêu dùng')
    d.p('Chín tháng đầu năm 2024, Hội tiếp nhận ', SUM('# đơn khiếu nại, yêu cầu hỗ trợ', [82, 131, 134]),
        ' (trực tiếp tại trụ sở 82 đơn; qua đường dây nóng ... 131 đơn; qua thư điện tử, Zalo, trang mạng xã '
        'hội ', S('134 đơn, chiếm #%', 134, 347), '), ', R('@ #%', 347, 280, 2, 'growth'), ' ',
        TERM('so với cùng kỳ năm 2022', BAD, 'so với cùng kỳ năm 2023',
             note='a 9-month 2024 figure is compared with the same period of the previous year, 2023 (as for '
                  'members above)'),
        ' (280 đơn).')
    d.p('Phân theo lĩnh vực, trong 347 vụ việc có: thương mại điện tử, mua hàng trực tuyến ',
        S('96 vụ (#%)', 96, 347, v=RND), '; điện tử, điện lạnh, điện thoại di động ', S('58 vụ (#%)', 58, 347),
        '; viễn thông, internet ',
        S('41 vụ (#%)', 41, 347, v=BAD, wrong_base=312,
          why='computed on the 312 resolved cases instead of the 347 received'),
        '; ô tô, xe máy ', S('27 vụ (#%)', 27, 347), '; du lịch, lưu trú ', S('39 vụ (#%)', 39, 347),
        '; bất động sản, nhà chung cư ', S('24 vụ (#%)', 24, 347), '; lĩnh vực khác ', S('62 vụ (#%)', 62, 347),
        '.',
        SUM(None, [96, 58, 41, 27, 39, 24, 62], stated=347, tag='trong 347 vụ việc'),
        T('347 vụ việc', 'repeat', note='same 347 as the đơn received in the previous paragraph'))
    d.p('Đã giải quyết xong ', SUM('# vụ', [289, 23]), ' (thương lượng, hòa giải thành 289 vụ, ',
        S('#%', 289, 312), '; chuyển cơ quan chức năng 23 vụ), ', S('đạt #% số vụ tiếp nhận', 312, 347), '; ',
        CALC('còn # vụ', 347 - 312, 'difference', '347 − 312 = 35'), ' đang xác minh, giải quyết. Có ',
        S('264 vụ được giải quyết trong thời hạn 30 ngày, đạt #%', 264, 312, v=AMB,
          note='base not stated: 264 / 312 (resolved) = 84,62%; of the 347 received it would be 76,08%'),
        '.')
    d.p('Số tiền người tiêu dùng được hoàn trả, bồi thường 2,846 tỷ đồng, ',
        DIFF('@ # tỷ đồng', '2.846', '2.276', nf=v2), ' so với cùng kỳ (2,276 tỷ đồng), ',
        R('bình quân # triệu đồng/vụ hòa giải thành', 2846, 289, 2, 'avg', v=BAD, shown='9.58',
          why='9,85 with digits 8 and 5 transposed'),
        '. Tỷ lệ giải quyết ', REP('đạt 89,91%'), ', ',
        PTS('cao hơn #%', '89.91', '86.43', v=BAD, shown='3.84', why='3,48 points with digits transposed'), ' ',
        TERM('so với cùng kỳ năm 2023'), ' (86,43%).')
    d.p('Tổng đài tư vấn tiếp nhận 1.926 cuộc gọi, ',
        DIFF('@ # cuộc', 1926, 2140, v=BAD, flip=True, why='1.926 < 2.140: the change is a decrease'),
        ' so với cùng kỳ (2.140 cuộc); trong đó tư vấn pháp luật 1.412 cuộc, ', S('chiếm #%', 1412, 1926),
        '; riêng tư vấn về giao dịch thương mại điện tử 486 cuộc, ',
        S('bằng #% số cuộc tư vấn pháp luật', 486, 1412), '.')
    d.p('2. Thông tin, tuyên truyền, phổ biến pháp luật')
    d.p('Tổ chức 64 buổi tuyên truyền Luật Bảo vệ quyền lợi người tiêu dùng số 19/2023/QH15 (có hiệu lực từ '
        'ngày 01/7/2024) và Nghị định số 55/2024/NĐ-CP ngày 16/5/2024 cho 5.870 lượt người (',
        R('bình quân # người/buổi', 5870, 64, 0, 'avg'), '), ', DIFF('@ # buổi', 64, 48), ' ',
        TERM('so với cùng kỳ năm 2023'),
        ' (48 buổi); phối hợp Đài Phát thanh và Truyền hình tỉnh thực hiện 12 chuyên mục; đăng tải 148 tin, '
        'bài trên trang thông tin điện tử của Hội. Nội dung tập trung vào quyền của người tiêu dùng trong giao '
        'dịch trên không gian mạng, trách nhiệm của nền tảng số trung gian và nghĩa vụ bảo vệ thông tin cá '
        'nhân của tổ chức kinh doanh.')
    d.p('Hưởng ứng Ngày Quyền của người tiêu dùng Việt Nam (15/3), Hội phối hợp tổ chức 09 điểm bán hàng bình '
        'ổn giá, thu hút khoảng 12.400 lượt người; phát 3.000 tờ rơi hướng dẫn kỹ năng nhận diện hàng giả, '
        'hàng kém chất lượng và cách thức gửi yêu cầu hỗ trợ đến Hội; tổ chức mít tinh tại ',
        FR('06/08 chi hội cấp huyện (#%)', 6, 8, 0), '.')
    d.p('3. Kiểm tra, khảo sát, giám sát')
    d.p('Tham gia đoàn kiểm tra liên ngành tại 186 cơ sở kinh doanh, phát hiện ',
        S('41 cơ sở vi phạm (#%)', 41, 186),
        ', trong đó vi phạm về niêm yết giá 23 cơ sở, ghi nhãn hàng hóa 17 cơ sở, hợp đồng theo mẫu 06 cơ sở',
        SUM(None, [23, 17, 6], v=AMB, stated=41, tag='phát hiện 41 cơ sở',
            why='23 + 17 + 6 = 46 > 41, but one establishment may commit several kinds of violation: the parts '
                'may overlap'),
        '; kiến nghị xử phạt ', SUB('37 cơ sở', 37, 41), ' với số tiền 428,5 triệu đồng (',
        R('bình quân # triệu đồng/cơ sở', '428.5', 37, 2, 'avg'), ').')
    d.p('Khảo sát mức độ hài lòng của 1.500 người tiêu dùng đối với dịch vụ điện, nước, viễn thông: 1.212 '
        'người hài lòng và rất hài lòng (', S('#%', 1212, 1500), '), ', PTS('@ #%', '80.80', '76.2', 1), ' ',
        TERM('so với kết quả khảo sát năm 2023', note='2024 survey compared with the previous survey, 2023'),
        ' (76,2%). Rà soát ',
        SUM('# hợp đồng theo mẫu, điều kiện giao dịch chung', [4, 6, 11, 15, 12, 10]),
        ' (điện 04, nước sạch 06, viễn thông 11, bảo hiểm 15, ngân hàng 12, chung cư 10), phát hiện ',
        SUM('# hợp đồng có điều khoản bất lợi', [7, 5, 5]),
        ' cho người tiêu dùng (bảo hiểm 07, ngân hàng 05, chung cư 05), ', S('chiếm #%', 17, 58),
        '; đã kiến nghị sửa đổi với 09 doanh nghiệp.')
    d.p('4. Tài chính')
    d.p('Dự toán kinh phí ngân sách tỉnh cấp năm 2024 là 865 triệu đồng; 9 tháng đã sử dụng 612,4 triệu đồng, ',
        S('đạt #% dự toán', '612.4', 865, v=RND), ', ',
        CALC('còn lại # triệu đồng', dec(865) - dec('612.4'), 'difference', '865 − 612,4 = 252,6'),
        '. Nguồn thu hội phí, tài trợ 9 tháng đạt 146,2 triệu đồng, ', R('bằng #% kế hoạch năm', '146.2', 180),
        ' (180 triệu đồng).')
    d.p('5. Công tác phối hợp')
    d.p('Ký Chương trình phối hợp số 02/CTPH ngày 12/3/2024 với Sở Công Thương về tiếp nhận, chuyển xử lý '
        'phản ánh của người tiêu dùng; phối hợp Công an tỉnh cảnh báo các thủ đoạn lừa đảo qua mạng (mạo danh '
        'sàn thương mại điện tử, "việc nhẹ lương cao"), đăng 26 bản tin cảnh báo trên các nhóm Zalo khu dân cư; '
        'phối hợp Ban Quản lý các chợ, siêu thị bố trí 14 điểm tư vấn lưu động vào các ngày cuối tuần.')
    d.p('III. ĐÁNH GIÁ CHUNG')
    d.p('Chín tháng đầu năm 2024, Hội đã tiếp nhận ', REP('347 đơn'), ', giải quyết xong ', REP('312 vụ'),
        ', giúp người tiêu dùng được hoàn trả, bồi thường ',
        REP('2,486 tỷ đồng', BAD, '2,846 tỷ đồng',
            note='section II.1 states 2,846 tỷ đồng (and 2,846 − 2,276 = 0,57); digits 8 and 4 transposed'),
        '; công tác tuyên truyền Luật Bảo vệ quyền lợi người tiêu dùng năm 2023 được đẩy mạnh, phù hợp thời '
        'điểm Luật có hiệu lực.')
    d.p('Tồn tại, hạn chế: số vụ việc tồn đọng còn ', REP('35 vụ'),
        ', chủ yếu liên quan đến thương mại điện tử xuyên biên giới; số đơn tiếp tục tăng, từ đầu năm đến nay '
        'đã tiếp nhận ',
        C('362 đơn', 'repeat', AMB,
          note='section II.1 states 347 đơn for 9 months; "từ đầu năm đến nay" (report dated 04/10/2024) may '
               'include early October — the period is unclear'),
        '; lực lượng tư vấn viên còn mỏng, phần lớn kiêm nhiệm; một số doanh nghiệp, nhất là người bán trên '
        'mạng xã hội, chưa hợp tác trong quá trình thương lượng, hòa giải; kinh phí hoạt động còn hạn chế.')
    d.p('IV. NHIỆM VỤ TRỌNG TÂM QUÝ IV/2024')
    d.p('Phấn đấu cả năm tiếp nhận, giải quyết 450 vụ việc theo kế hoạch (9 tháng đã đạt ',
        R('#%', 347, 450), '); kết nạp mới 120 hội viên (9 tháng đã kết nạp ',
        FR('102/120 hội viên, đạt #%', 102, 120, 0),
        '); tổ chức Hội nghị tổng kết năm 2024 trong tháng 12/2024; tăng cường tư vấn tại các chợ, siêu thị '
        'dịp Tết Nguyên đán Ất Tỵ; quý IV cần tiếp nhận, giải quyết thêm ',
        CALC('# vụ việc', 450 - 347, 'difference', '450 − 347 = 103 (plan minus 9-month result)'),
        ' để hoàn thành kế hoạch năm.')
    d.p('V. KIẾN NGHỊ')
    d.p('Đề nghị UBND tỉnh bổ sung kinh phí cho hoạt động tư vấn, hỗ trợ người tiêu dùng năm 2025; chỉ đạo các '
        'sở, ngành, UBND cấp huyện phối hợp với Hội trong giải quyết khiếu nại của người tiêu dùng theo quy '
        'định của Luật Bảo vệ quyền lợi người tiêu dùng năm 2023; bố trí trụ sở làm việc ổn định cho Văn '
        'phòng Hội sau khi sắp xếp lại cơ sở nhà, đất theo Nghị định số 167/2017/NĐ-CP.')
    d.p('Nơi nhận: - Hội Tiêu chuẩn và Bảo vệ người tiêu dùng Việt Nam; - UBND tỉnh; - Sở Công Thương; '
        '- Các chi hội; - Lưu: VP.')
    d.p('TM. BAN THƯỜNG VỤ CHỦ TỊCH')
    d.f('Lực lượng 16 tư vấn viên, cộng tác viên, trong đó luật sư 05 người, luật gia 06 người, cán bộ hưu '
        'trí 07 người.',
        SUM(None, [5, 6, 7], v=AMB, stated=16, tag='Lực lượng 16 tư vấn viên', nf=z,
            why='05 + 06 + 07 = 18 > 16, but a retired cadre may also be a lawyer or jurist: the groups may '
                'overlap'),
        T('16 tư vấn viên', 'repeat', note='same 16 tư vấn viên, cộng tác viên as in section I'))
    d.f('Quý III/2024 tiếp nhận 128 đơn, giải quyết xong ', S('117 đơn (#%)', 117, 128, v=RND), ', ',
        DIFF('@ # đơn', 128, 109), ' ', TERM('so với quý II/2024', note='quarter III compared with the '
                                                                         'previous quarter II/2024'),
        ' (109 đơn).')
    d.f('Vụ việc điển hình: người tiêu dùng tại phường Vĩnh Hải, thành phố Nha Trang mua căn hộ du lịch giá '
        '2,35 tỷ đồng theo Hợp đồng số 0925/2021/HĐMB, chủ đầu tư chậm bàn giao 18 tháng; qua hòa giải, chủ '
        'đầu tư đồng ý bồi thường 186 triệu đồng.')
    return d


# ---------------------------------------------------------------- output

def write(d):
    texts, claims = d.build()
    txt = '\n'.join(texts) + '\n'
    path = os.path.join(OUT, d.name + '.txt')
    with open(path, 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(txt)
    labels = []
    for line, c in claims:
        item = OrderedDict()
        item['line'] = line
        item['anchor'] = c.anchor
        item['kind'] = c.kind
        item['verdict'] = c.verdict
        if c.right is not None:
            item['right'] = c.right
        item['note'] = c.note
        labels.append(item)
    doc = OrderedDict([('file', d.name + '.txt'), ('claims', labels)])
    with open(os.path.join(OUT, d.name + '.labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=2)
        fh.write('\n')
    return txt, labels


def check(d, txt, labels):
    """Re-read the written file: every anchor exactly once in its line, the
    line being the paragraph the claim was built into."""
    errors = []
    with open(os.path.join(OUT, d.name + '.txt'), encoding='utf-8') as fh:
        lines = fh.read().split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    body_n = len(d.body)
    for i, ln in enumerate(lines, 1):
        if (i > body_n) != ln.startswith(FN):
            errors.append('%s line %d: footnote placement' % (d.name, i))
    texts, claims = d.build()
    if lines != texts:
        errors.append('%s: file differs from built paragraphs' % d.name)
    for (li, c), lab in zip(claims, labels):
        ln = lines[lab['line'] - 1]
        n = ln.count(lab['anchor'])
        if n != 1:
            errors.append('%s line %d: anchor %r occurs %d times' % (d.name, lab['line'], lab['anchor'], n))
        if c.text and c.anchor not in ''.join(x.text if isinstance(x, C) else x
                                               for x in (d.body + d.fns)[li - 1]):
            errors.append('%s line %d: anchor not in its paragraph' % (d.name, li))
    return errors, len(lines), len(txt)


def main():
    os.makedirs(OUT, exist_ok=True)
    drafts = [d1(), d2(), d3(), d4()]
    rows, allerr = [], []
    kv = Counter()
    for d in drafts:
        txt, labels = write(d)
        errs, nlines, nchars = check(d, txt, labels)
        allerr += errs
        vc = Counter(l['verdict'] for l in labels)
        for l in labels:
            kv[(l['kind'], l['verdict'])] += 1
        rows.append((d, nchars, nlines, len(labels), vc))
        warn = []
        if not 6500 <= nchars <= 7500:
            warn.append('chars %d' % nchars)
        if not 34 <= nlines <= 40:
            warn.append('lines %d' % nlines)
        if not 60 <= len(labels) <= 66:
            warn.append('claims %d' % len(labels))
        print('%-34s chars %5d lines %2d claims %2d  %s %s' % (
            d.name, nchars, nlines, len(labels),
            ' '.join('%s=%d' % (v[:4], vc[v]) for v in VERDICTS), ('WARN ' + ', '.join(warn)) if warn else ''))
    # SUMMARY.md
    tot = Counter()
    out = ['# dev16 prose part: summary', '',
           'Generated by `make.py` (Python standard library, `decimal.Decimal`, ROUND_HALF_UP). '
           'Four drafts written as four different offices; one paragraph per line, footnotes last '
           '(lines starting with `[\\ufffd] `). Counts below are computed from the written labels.', '',
           '## Per draft', '',
           '| draft | subject | chars | lines | claims | consistent | rounding | inconsistent | ambiguous |',
           '|---|---|---:|---:|---:|---:|---:|---:|---:|']
    for d, nchars, nlines, n, vc in rows:
        out.append('| %s | %s | %d | %d | %d | %d | %d | %d | %d |' % (
            d.name, d.subject, nchars, nlines, n, vc[OK], vc[RND], vc[BAD], vc[AMB]))
        tot['chars'] += nchars
        tot['lines'] += nlines
        tot['n'] += n
        for v in VERDICTS:
            tot[v] += vc[v]
    out.append('| **total** | | %d | %d | %d | %d | %d | %d | %d |' % (
        tot['chars'], tot['lines'], tot['n'], tot[OK], tot[RND], tot[BAD], tot[AMB]))
    out += ['', '## Kind × verdict (all drafts)', '',
            '| kind | consistent | rounding | inconsistent | ambiguous | total |',
            '|---|---:|---:|---:|---:|---:|']
    for k in KINDS:
        cells = [kv[(k, v)] for v in VERDICTS]
        out.append('| %s | %s | %d |' % (k, ' | '.join(str(c) for c in cells), sum(cells)))
    out.append('| **total** | %s | %d |' % (' | '.join(str(tot[v]) for v in VERDICTS), tot['n']))
    out += ['', '## Conventions', '',
            '- `rounding`: the stated percentage is the truncation, one unit of the last digit below the '
            'half-up value; `right` gives the half-up value.',
            '- `inconsistent`: clerk slips — transposed digits, a part left out of a total, a share on the wrong '
            'base, a difference with the wrong word (tăng/giảm), the wrong previous year or term named, a '
            'repeated figure typed differently in the summary part; `right` gives the value that should be '
            'written.',
            '- `ambiguous`: base not stated, parts that may overlap, a figure whose period or number form is '
            'unclear; no `right`.',
            '- Anchors are exact substrings of their line and occur exactly once in it (checked by make.py '
            'after writing).', '']
    with open(os.path.join(HERE, 'SUMMARY.md'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(out))
    print('total claims %d: consistent %d, rounding %d, inconsistent %d, ambiguous %d' % (
        tot['n'], tot[OK], tot[RND], tot[BAD], tot[AMB]))
    if allerr:
        print('\n'.join(allerr))
        sys.exit(1)
    print('checks ok')


if __name__ == '__main__':
    main()
