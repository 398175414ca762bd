#!/usr/bin/env python3
"""Generator for heldout12 prose drafts p12-01 .. p12-06 and their labels.
Every total/share/ratio/difference is recomputed with Decimal (ROUND_HALF_UP); each labelled verdict is
asserted against the computation, and each anchor is checked to occur exactly once in its line."""
# helper library for make.py (exact Decimal arithmetic, ROUND_HALF_UP)
from decimal import Decimal as D, ROUND_HALF_UP, ROUND_DOWN, getcontext
getcontext().prec = 50
FN = "[\uFFFD] "

def parse(s):
    s = str(s).strip().replace('%', '').strip()
    s = s.replace('.', '').replace(',', '.')
    return D(s)

def dp_of(s):
    s = str(s).replace('%', '').strip()
    return len(s.split(',')[1]) if ',' in s else 0

def q(x, dp):
    return D(x).quantize(D(1).scaleb(-dp), rounding=ROUND_HALF_UP)

def fmt(x, dp=0, pad=False):
    x = q(D(x), dp)
    neg = x < 0
    x = abs(x)
    s = f"{x:.{dp}f}"
    ip, _, fp = s.partition('.')
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:]); ip = ip[:-3]
    groups.insert(0, ip)
    ip = '.'.join(groups)
    if pad and dp == 0 and len(ip) == 1:
        ip = '0' + ip
    r = ip + (',' + fp if fp else '')
    return ('-' if neg else '') + r

def N(x):
    return x if isinstance(x, D) else (parse(x) if isinstance(x, str) else D(x))

def classify_exact(stated, expected):
    return 'consistent' if stated == expected else 'inconsistent'

def classify_round(stated, exact, dp):
    r = q(exact, dp)
    if stated == r:
        return 'consistent'
    if abs(stated - exact) < D(1).scaleb(-dp):
        return 'rounding'
    return 'inconsistent'

def _mk(kind, anchor, stated, verdict, calc, right, note):
    if stated is not None:
        assert str(stated) in anchor, (anchor, stated)
    return dict(kind=kind, anchor=anchor, verdict=verdict, calc=calc, right=right, note=note)

def _check(kind, anchor, got, verdict):
    if verdict != 'ambiguous':
        assert got == verdict, f"{kind} '{anchor}': computed {got}, labelled {verdict}"

def SUM(anchor, total, parts, v, right=None, note=''):
    t = N(total); ps = [N(p) for p in parts]; e = sum(ps)
    dp = max([dp_of(total)] + [dp_of(p) for p in parts])
    got = classify_exact(t, e); _check('sum', anchor, got, v)
    if right is None and v == 'inconsistent': right = fmt(e, dp)
    n = ' + '.join(str(p) for p in parts) + f" = {fmt(e, dp)} vs {total}"
    c = _mk('sum', anchor, total, v, n, right, note); c['parts'] = parts; return c

def SUB(anchor, parent, parts, v, disjoint=True, note='', stated=None):
    p = N(parent); ps = [N(x) for x in parts]
    ok = all(x <= p for x in ps) and (not disjoint or sum(ps) <= p)
    got = 'consistent' if ok else 'inconsistent'; _check('subset', anchor, got, v)
    n = (' + '.join(str(x) for x in parts) + f" = {fmt(sum(ps), max(dp_of(x) for x in parts))} ≤ {parent}") if disjoint else \
        ', '.join(f"{x} ≤ {parent}" for x in parts) + " (có thể trùng nhau)"
    return _mk('subset', anchor, stated if stated else parts[0], v, n, None, note)

def SHARE(anchor, pct, part, base, v, right=None, note=''):
    s = parse(pct); dp = dp_of(pct); ex = N(part) * 100 / N(base)
    got = classify_round(s, ex, dp); _check('share', anchor, got, v)
    if right is None and v in ('inconsistent', 'rounding'): right = fmt(ex, dp) + '%'
    n = f"{part} / {base} × 100 = {fmt(ex, 4)}% → {fmt(ex, dp)}%"
    return _mk('share', anchor, pct, v, n, right, note)

def FRAC(anchor, frac, num, den, v, right=None, note=''):
    a, b = frac.split('/'); got = 'consistent' if (N(a) == N(num) and N(b) == N(den)) else 'inconsistent'
    _check('fraction', anchor, got, v)
    if right is None and v == 'inconsistent': right = f"{a}/{fmt(den, pad=len(b)==2)}" if N(a) == N(num) else f"{fmt(num, pad=len(a)==2)}/{fmt(den, pad=len(b)==2)}"
    return _mk('fraction', anchor, frac, v, f"{frac} vs expected {num}/{den}", right, note)

def DIFF(anchor, stated, cur, prev, v, right=None, note='', neg=None):
    s = N(stated); e = N(cur) - N(prev); dp = max(dp_of(stated), dp_of(cur), dp_of(prev))
    if neg is None: neg = ('giảm' in anchor) or ('ít hơn' in anchor) or ('thấp hơn' in anchor)
    sv = -s if neg else s
    got = classify_exact(sv, e); _check('difference', anchor, got, v)
    if right is None and v == 'inconsistent': right = fmt(abs(e), dp, pad=len(str(stated)) == 2)
    return _mk('difference', anchor, stated, v, f"{cur} - {prev} = {fmt(e, dp)} vs {'-' if neg else '+'}{stated}", right, note)

def PTS(anchor, stated, cur, prev, v, right=None, note='', neg=None):
    s = parse(stated); dp = dp_of(stated); e = N(cur) - N(prev)
    if neg is None: neg = 'giảm' in anchor
    sv = -s if neg else s
    got = classify_round(sv, e, dp); _check('points', anchor, got, v)
    if right is None and v in ('inconsistent', 'rounding'): right = fmt(abs(e), dp)
    return _mk('points', anchor, stated, v, f"{cur} - {prev} = {fmt(e, max(dp,2))} điểm % vs {'-' if neg else '+'}{stated}", right, note)

def RATIO(anchor, stated, num, den, v, mult=100, offset=0, right=None, note='', suffix=None):
    s = parse(stated); dp = dp_of(stated); ex = N(num) * mult / N(den) - offset
    got = classify_round(s, ex, dp); _check('ratio', anchor, got, v)
    if suffix is None: suffix = '%' if '%' in stated else ''
    if right is None and v in ('inconsistent', 'rounding'): right = fmt(ex, dp) + suffix
    return _mk('ratio', anchor, stated, v, f"{num} × {mult} / {den}{' - ' + str(offset) if offset else ''} = {fmt(ex, 4)} → {fmt(ex, dp)}", right, note)

def REP(anchor, stated, first, v, right=None, note=''):
    got = classify_exact(N(stated), N(first)); _check('repeat', anchor, got, v)
    if right is None and v == 'inconsistent': right = str(first)
    return _mk('repeat', anchor, stated, v, f"{stated} vs earlier {first}", right, note)

def TERM(anchor, stated, expected, v, right=None, note=''):
    got = 'consistent' if stated == expected else 'inconsistent'; _check('term', anchor, got, v)
    if right is None and v == 'inconsistent': right = expected
    return _mk('term', anchor, stated, v, f"'{stated}' vs expected '{expected}'", right, note)

def AMB(anchor, kind, note, stated=None):
    return _mk(kind, anchor, stated, 'ambiguous', '', None, note)

class Draft:
    def __init__(self, fname):
        self.fname = fname; self.lines = []; self.claims = []
    def p(self, text, *claims):
        self.lines.append(text); ln = len(self.lines)
        for c in claims:
            n = text.count(c['anchor'])
            assert n == 1, f"{self.fname} line {ln}: anchor '{c['anchor']}' occurs {n} times"
            if c['kind'] == 'sum':
                for part in c.get('parts', []):
                    if isinstance(part, str):
                        assert part in text, (ln, part)
            c['line'] = ln; self.claims.append(c)
    def fn(self, text, *claims):
        self.p(FN + text, *claims)


def draft1():
    d = Draft("p12-01-so-ngoai-vu.txt"); p = d.p
    p("UBND TỈNH HÀ TĨNH")
    p("SỞ NGOẠI VỤ")
    p("Số:        /BC-SNgV")
    p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    p("Độc lập - Tự do - Hạnh phúc")
    p("Hà Tĩnh, ngày      tháng 12 năm 2024")
    p("BÁO CÁO")
    p("Tổng kết công tác đối ngoại năm 2024, phương hướng, nhiệm vụ năm 2025")
    p("Thực hiện Công văn số 4215/UBND-NC ngày 18/11/2024 của UBND tỉnh về việc báo cáo tổng kết công tác năm 2024 và Kế hoạch số 58/KH-UBND ngày 26/02/2024 của UBND tỉnh giao 19 chỉ tiêu, nhiệm vụ đối ngoại năm 2024, Sở Ngoại vụ báo cáo kết quả thực hiện như sau:")
    p("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024")
    p("1. Công tác quản lý đoàn ra, đoàn vào")
    p("a) Đoàn ra: Năm 2024, Sở đã thẩm định, tham mưu UBND tỉnh cấp phép cho 57 đoàn ra với 312 lượt người (năm 2023: 49 đoàn, 268 lượt người), tăng 08 đoàn và 44 lượt người so với năm 2023; trong đó đoàn do lãnh đạo tỉnh dẫn đầu 09 đoàn, đoàn của các sở, ban, ngành 31 đoàn, đoàn của các huyện, thị xã, thành phố 14 đoàn, đoàn của doanh nghiệp nhà nước 03 đoàn.",
      SUM("cấp phép cho 57 đoàn ra", "57", ["09", "31", "14", "03"], 'consistent'),
      DIFF("tăng 08 đoàn", "08", 57, 49, 'consistent'),
      DIFF("và 44 lượt người", "44", 312, 268, 'consistent'))
    p("Chia theo địa bàn, 57 đoàn ra gồm: các nước ASEAN 21 đoàn (chiếm 36,84%); Đông Bắc Á 19 đoàn, chiếm 33,33%; châu Âu 10 đoàn, chiếm 17,45%; châu Mỹ và châu Đại Dương 07 đoàn, chiếm 12,28%. Bình quân mỗi đoàn có 5,5 người; số lượt người đi công tác nước ngoài bằng 116,4% năm 2023.",
      SUM("57 đoàn ra gồm", "57", ["21", "19", "10", "07"], 'consistent'),
      SHARE("(chiếm 36,84%)", "36,84%", 21, 57, 'consistent'),
      SHARE("chiếm 33,33%", "33,33%", 19, 57, 'consistent'),
      SHARE("chiếm 17,45%", "17,45%", 10, 57, 'inconsistent', note="hai chữ số bị đảo (17,54 → 17,45)"),
      SHARE("chiếm 12,28%", "12,28%", 7, 57, 'consistent'),
      RATIO("có 5,5 người", "5,5", 312, 57, 'consistent', mult=1, note="bình quân lượt người/đoàn"),
      RATIO("bằng 116,4%", "116,4%", 312, 268, 'consistent'))
    p("b) Đoàn vào: Sở đã phối hợp đón tiếp, làm việc với 86 đoàn khách quốc tế với 1.047 lượt người (gồm 23 đoàn cấp Đại sứ, Tổng Lãnh sự và tương đương; 38 đoàn tổ chức phi chính phủ nước ngoài; 25 đoàn doanh nghiệp, nhà đầu tư), tăng 15 đoàn, gấp 1,21 lần so với năm 2023 (71 đoàn). Các đoàn đến từ 24 quốc gia, vùng lãnh thổ và tổ chức quốc tế, trong đó nhiều nhất là Nhật Bản 14 đoàn, Hàn Quốc 12 đoàn, Lào 11 đoàn.",
      SUM("làm việc với 86 đoàn", "86", ["23", "38", "25"], 'consistent'),
      DIFF("tăng 15 đoàn", "15", 86, 71, 'consistent'),
      RATIO("gấp 1,21 lần", "1,21", 86, 71, 'consistent', mult=1),
      SUB("Nhật Bản 14 đoàn", 86, ["14", "12", "11"], 'consistent', stated="14"))
    p("Ngoài ra, Sở tham mưu tổ chức 04 hội nghị, hội thảo, diễn đàn quốc tế tại tỉnh với khoảng 650 đại biểu tham dự, trong đó 212 đại biểu quốc tế (chiếm 32,6%).",
      SHARE("(chiếm 32,6%)", "32,6%", 212, 650, 'consistent'))
    p("c) Công tác tham mưu: Sở đã tham mưu Tỉnh ủy, UBND tỉnh ban hành 126 văn bản chỉ đạo, điều hành về công tác đối ngoại, gồm 04 chương trình, kế hoạch; 37 quyết định; 85 công văn, báo cáo. Sở trực tiếp ban hành 418 văn bản hành chính theo thẩm quyền (năm 2023: 452 văn bản), giảm 7,5% do đẩy mạnh xử lý văn bản trên môi trường mạng.",
      SUM("ban hành 126 văn bản", "126", ["04", "37", "85"], 'consistent'),
      RATIO("giảm 7,5%", "7,5%", 452 - 418, 452, 'consistent', note="(452 - 418) / 452"))
    p("Việc tổ chức đón tiếp các đoàn khách quốc tế bảo đảm trang trọng, an toàn, tiết kiệm, đúng nghi lễ đối ngoại; công tác quản lý đoàn ra được thực hiện chặt chẽ từ khâu thẩm định mục đích, thành phần, thời gian đến báo cáo kết quả sau chuyến công tác. Sở đã kịp thời nhắc nhở các đơn vị chậm báo cáo và đề xuất không cấp phép đối với các đoàn có nội dung trùng lặp, hiệu quả thấp.")
    p("2. Công tác viện trợ phi chính phủ nước ngoài (PCPNN)")
    p("Năm 2024, tổng giá trị viện trợ PCPNN giải ngân trên địa bàn tỉnh đạt 6,842 triệu USD (tương đương khoảng 171,05 tỷ đồng), vượt 14,03% so với kế hoạch năm (6,0 triệu USD) và bằng 93,7% so với năm 2023 (7,302 triệu USD). Tổng số 46 chương trình, dự án, phi dự án được phê duyệt, tiếp nhận, chia ra: 19 dự án, 22 phi dự án, 05 khoản viện trợ khẩn cấp khắc phục hậu quả thiên tai.",
      RATIO("vượt 14,03%", "14,03%", D("6.842"), D("6.0"), 'consistent', offset=100),
      RATIO("bằng 93,7%", "93,7%", D("6.842"), D("7.302"), 'consistent'),
      SUM("Tổng số 46 chương trình", "46", ["19", "22", "05"], 'consistent'))
    p("Theo lĩnh vực, 6,842 triệu USD giải ngân được phân bổ: y tế 2,115 triệu USD (30,91%); giáo dục - đào tạo 1,408 triệu USD (20,58%); phát triển nông thôn, sinh kế 1,962 triệu USD (28,67%); khắc phục hậu quả bom mìn, vật liệu nổ sau chiến tranh 0,872 triệu USD (12,74%); các lĩnh vực khác 0,485 triệu USD (7,09%).",
      SUM("6,842 triệu USD giải ngân", "6,842", ["2,115", "1,408", "1,962", "0,872", "0,485"], 'consistent'),
      SHARE("(30,91%)", "30,91%", D("2.115"), D("6.842"), 'consistent'),
      SHARE("(20,58%)", "20,58%", D("1.408"), D("6.842"), 'consistent'),
      SHARE("(28,67%)", "28,67%", D("1.962"), D("6.842"), 'rounding', note="cắt bỏ thay vì làm tròn"),
      SHARE("(12,74%)", "12,74%", D("0.872"), D("6.842"), 'consistent'),
      SHARE("(7,09%)", "7,09%", D("0.485"), D("6.842"), 'consistent'))
    p("Trong số 19 dự án, có 12 dự án chuyển tiếp từ năm 2023 và 07 dự án mới; 17/19 dự án triển khai đúng tiến độ (đạt 89,47%), số còn lại chậm tiến độ do nhà tài trợ điều chỉnh kế hoạch.",
      SUM("Trong số 19 dự án", "19", ["12", "07"], 'consistent'),
      FRAC("17/19 dự án", "17/19", 17, 19, 'consistent'),
      SHARE("(đạt 89,47%)", "89,47%", 17, 19, 'consistent'))
    p("Toàn tỉnh hiện có 64 tổ chức PCPNN có hoạt động (năm 2023: 58 tổ chức), tăng 06 tổ chức; trong đó 39 tổ chức đã được cấp giấy đăng ký hoạt động còn hiệu lực tại Việt Nam và 27 tổ chức có dự án đang triển khai. Lũy kế giai đoạn 2021 - 2024, giá trị viện trợ giải ngân đạt 24,61 triệu USD, bình quân 6,15 triệu USD/năm, bằng 118,2% cả giai đoạn 2016 - 2020 (20,82 triệu USD).",
      DIFF("tăng 06 tổ chức", "06", 64, 58, 'consistent'),
      AMB("39 tổ chức đã được cấp", 'subset', "39 + 27 = 66 > 64, nhưng hai nhóm (có giấy đăng ký / có dự án) có thể trùng nhau; không xác định được", stated="39"),
      RATIO("bình quân 6,15 triệu", "6,15", D("24.61"), 4, 'consistent', mult=1, note="4 năm 2021 - 2024"),
      RATIO("bằng 118,2%", "118,2%", D("24.61"), D("20.82"), 'consistent'),
      TERM("giai đoạn 2016 - 2020", "giai đoạn 2016 - 2020", "giai đoạn 2016 - 2020", 'consistent', note="giai đoạn liền trước 2021 - 2025"))
    p("3. Công tác lãnh sự, bảo hộ công dân và người Việt Nam ở nước ngoài")
    p("Sở đã tiếp nhận và trả kết quả 1.286 hồ sơ thủ tục hành chính thuộc lĩnh vực ngoại vụ (tăng 17,3% so với năm 2023), gồm: chứng nhận lãnh sự, hợp pháp hóa lãnh sự 824 hồ sơ; cấp thẻ đi lại doanh nhân APEC (thẻ ABTC) 137 hồ sơ; xác nhận, hỗ trợ thủ tục hộ chiếu công vụ, ngoại giao 325 hồ sơ. 100% hồ sơ được giải quyết đúng hạn, trong đó 1.198 hồ sơ tiếp nhận trực tuyến (chiếm 93,16%).",
      RATIO("tăng 17,3%", "17,3%", 1286, 1096, 'consistent', offset=100, note="năm 2023 = 1.096 (chú thích)"),
      SUM("trả kết quả 1.286 hồ sơ", "1.286", ["824", "137", "325"], 'consistent'),
      SHARE("(chiếm 93,16%)", "93,16%", 1198, 1286, 'consistent'))
    p("Công tác bảo hộ công dân: phối hợp các cơ quan đại diện Việt Nam ở nước ngoài giải quyết 53 vụ việc liên quan đến 148 công dân của tỉnh (năm 2023: 61 vụ việc, 171 công dân), giảm 08 vụ việc và 32 công dân; trong đó 96 công dân bị lừa đảo, mua bán người, lao động bất hợp pháp và 61 công dân là lao động hết hạn hợp đồng gặp khó khăn đã được hỗ trợ đưa về nước; đưa thi hài, tro cốt 14 trường hợp về địa phương.",
      DIFF("giảm 08 vụ việc", "08", 53, 61, 'consistent'),
      DIFF("và 32 công dân", "32", 148, 171, 'inconsistent', neg=True, note="148 - 171 = -23; hai chữ số bị đảo"),
      AMB("trong đó 96 công dân", 'subset', "96 + 61 = 157 > 148; hai nhóm có thể trùng (lao động hết hạn hợp đồng bị lừa đảo...), không quyết định được", stated="96"))
    p("Về công tác người Việt Nam ở nước ngoài: theo số liệu rà soát, hiện có khoảng 98.500 người Hà Tĩnh đang sinh sống, học tập, lao động tại 42 quốc gia, vùng lãnh thổ, tập trung tại Hàn Quốc (khoảng 21.300 người), Đài Loan (18.600 người), Nhật Bản (24.100 người), Lào (9.400 người). Kiều hối chuyển về qua hệ thống ngân hàng ước đạt 680 triệu USD, bằng 108,8% so với năm 2023 (740 triệu USD).",
      SUB("Hàn Quốc (khoảng 21.300 người)", "98.500", ["21.300", "18.600", "24.100", "9.400"], 'consistent', stated="21.300"),
      RATIO("bằng 108,8%", "108,8%", 680, 740, 'inconsistent', note="tính ngược cơ sở: 740/680 = 108,8%"))
    p("Thực hiện Thỏa thuận hợp tác giai đoạn 2021 - 2025 với tỉnh Bô-ly-khăm-xay, năm 2024 tỉnh đã hỗ trợ bạn 6,5 tỷ đồng (gồm 4,0 tỷ đồng xây dựng trường học; 1,5 tỷ đồng đào tạo nguồn nhân lực; 1,0 tỷ đồng khắc phục hậu quả thiên tai); đào tạo 126 lưu học sinh Lào tại các cơ sở giáo dục của tỉnh, trong đó 84 học viên theo diện hiệp định, chiếm 66,66%.",
      SUM("hỗ trợ bạn 6,5 tỷ đồng", "6,5", ["4,0", "1,5", "1,0"], 'consistent'),
      SHARE("chiếm 66,66%", "66,66%", 84, 126, 'rounding', note="cắt bỏ: 66,6667 → 66,67"))
    p("4. Công tác biên giới")
    p("Tuyến biên giới với tỉnh Bô-ly-khăm-xay (Lào) có 35 cột mốc chính và 17 cọc dấu; năm 2024 đã phối hợp tổ chức 04 đợt kiểm tra liên hợp, bảo đảm 52/52 cột mốc, cọc dấu được quản lý, bảo vệ tốt, không để xảy ra vụ việc phức tạp.",
      FRAC("52/52 cột mốc", "52/52", 52, 35 + 17, 'consistent'))
    p("5. Công tác thông tin đối ngoại, hợp tác quốc tế địa phương")
    p("Ký kết 07 thỏa thuận hợp tác quốc tế cấp tỉnh, gấp 1,4 lần năm 2023 (05 thỏa thuận), nâng tổng số thỏa thuận còn hiệu lực lên 31 văn bản với 12 đối tác nước ngoài; tổ chức 09 lớp bồi dưỡng kiến thức đối ngoại cho 684 lượt cán bộ (bình quân 76 người/lớp), trong đó có 215 lượt cán bộ cấp huyện, xã, chiếm 41,2% số cán bộ cấp huyện, xã thuộc diện bồi dưỡng; đăng tải 412 tin, bài trên Trang thông tin điện tử đối ngoại tỉnh, đạt 103% kế hoạch (400 tin, bài).",
      RATIO("gấp 1,4 lần", "1,4", 7, 5, 'consistent', mult=1),
      RATIO("bình quân 76 người/lớp", "76", 684, 9, 'consistent', mult=1),
      AMB("chiếm 41,2%", 'share', "cơ sở (số cán bộ cấp huyện, xã thuộc diện bồi dưỡng) không nêu; 215/684 = 31,43% không phải cơ sở được nêu", stated="41,2%"),
      RATIO("đạt 103%", "103%", 412, 400, 'consistent'))
    p("II. ĐÁNH GIÁ CHUNG")
    p("Năm 2024, Sở đã hoàn thành 18/19 chỉ tiêu, nhiệm vụ được UBND tỉnh giao (đạt 94,74%). Tổng số 143 đoàn ra, đoàn vào được quản lý chặt chẽ, đúng quy định, trong đó 52 đoàn có nội dung xúc tiến đầu tư, thương mại, chiếm 36,4%. Nguồn viện trợ PCPNN tiếp tục được duy trì với 6,824 triệu USD giải ngân; đến 30/11/2024, 61 tổ chức PCPNN có hoạt động thường xuyên tại tỉnh.",
      FRAC("18/19 chỉ tiêu", "18/19", 18, 19, 'consistent'),
      SHARE("(đạt 94,74%)", "94,74%", 18, 19, 'consistent'),
      SUM("Tổng số 143 đoàn", "143", [57, 86], 'consistent', note="57 đoàn ra (dòng 12) + 86 đoàn vào (dòng 14)"),
      SHARE("chiếm 36,4%", "36,4%", 52, 143, 'consistent', note="cơ sở = 143 đoàn ra, đoàn vào"),
      REP("6,824 triệu USD", "6,824", "6,842", 'inconsistent', right="6,842", note="đảo chữ số"),
      AMB("61 tổ chức PCPNN", 'repeat', "64 tổ chức (dòng 20, không ghi ngày) và 61 tổ chức 'có hoạt động thường xuyên' đến 30/11/2024: khác thời điểm và tiêu chí, không quyết định được", stated="61"))
    p("Bên cạnh kết quả đạt được, công tác đối ngoại còn một số hạn chế: việc vận động viện trợ PCPNN chưa đạt mức năm trước; một số đơn vị gửi hồ sơ đề nghị cử đoàn ra chậm so với quy định; công tác thông tin về người Việt Nam ở nước ngoài chưa đầy đủ, số liệu chủ yếu dựa trên báo cáo của cấp xã.")
    p("Nguyên nhân của hạn chế chủ yếu do nguồn viện trợ quốc tế có xu hướng giảm, nhiều nhà tài trợ chuyển hướng sang các địa bàn khó khăn hơn; năng lực ngoại ngữ và kỹ năng xây dựng dự án của một số cơ quan chủ quản còn hạn chế; cơ sở dữ liệu về người Việt Nam ở nước ngoài chưa được cập nhật, liên thông giữa các ngành.")
    p("III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025")
    p("Tiếp tục triển khai hiệu quả Chương trình hành động thực hiện chiến lược đối ngoại của tỉnh; tăng cường quản lý thống nhất các hoạt động đối ngoại trên địa bàn; nâng cao chất lượng tham mưu, dự báo tình hình; chủ động vận động, thu hút các nguồn lực hợp tác quốc tế phục vụ phát triển kinh tế - xã hội; làm tốt công tác bảo hộ công dân và công tác người Việt Nam ở nước ngoài.")
    p("Phấn đấu vận động viện trợ PCPNN đạt tối thiểu 7,0 triệu USD, tăng 2,3% so với thực hiện năm 2023; quản lý khoảng 60 đoàn ra (tăng 5,3% so với năm 2024) và 90 đoàn vào; tiếp nhận, giải quyết 100% hồ sơ lãnh sự đúng hạn, phấn đấu tỷ lệ hồ sơ trực tuyến đạt 95% trở lên, tăng 1,84 điểm phần trăm so với năm 2024.",
      RATIO("tăng 2,3%", "2,3%", D("7.0"), D("6.842"), 'consistent', offset=100),
      TERM("thực hiện năm 2023", "năm 2023", "năm 2024", 'inconsistent', note="2,3% khớp với 6,842 triệu USD của năm 2024"),
      RATIO("tăng 5,3%", "5,3%", 60, 57, 'consistent', offset=100),
      PTS("tăng 1,84 điểm", "1,84", 95, D("93.16"), 'consistent'))
    d.fn("Số hồ sơ thủ tục hành chính lĩnh vực ngoại vụ tiếp nhận năm 2023 là 1.096 hồ sơ; năm 2024 tăng 190 hồ sơ.",
      DIFF("tăng 190 hồ sơ", "190", 1286, 1096, 'consistent'))
    d.fn("Danh mục 46 chương trình, dự án, phi dự án kèm theo Phụ lục I; tổng vốn cam kết 9,15 triệu USD, giá trị giải ngân năm 2024 đạt 74,77% vốn cam kết.",
      REP("Danh mục 46 chương trình", "46", "46", 'consistent'),
      SHARE("đạt 74,77%", "74,77%", D("6.842"), D("9.15"), 'rounding'))
    d.fn("Đoàn do lãnh đạo tỉnh dẫn đầu (09 đoàn) gồm 04 đoàn của Thường trực Tỉnh ủy, 06 đoàn của lãnh đạo UBND tỉnh.",
      SUM("(09 đoàn) gồm", "09", ["04", "06"], 'inconsistent', note="04 + 06 = 10 ≠ 09 (dòng 12)"))
    return d


def draft2():
    d = Draft("p12-02-cong-ty-dien-luc.txt"); p = d.p
    p("TỔNG CÔNG TY ĐIỆN LỰC MIỀN TRUNG")
    p("CÔNG TY ĐIỆN LỰC QUẢNG NGÃI")
    p("Số:        /BC-PCQNg")
    p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    p("Độc lập - Tự do - Hạnh phúc")
    p("Quảng Ngãi, ngày      tháng 01 năm 2025")
    p("BÁO CÁO")
    p("Kết quả thực hiện nhiệm vụ sản xuất kinh doanh năm 2024 và kế hoạch năm 2025")
    p("Căn cứ Quyết định số 1876/QĐ-EVNCPC ngày 28/12/2023 của Tổng công ty Điện lực miền Trung về việc giao kế hoạch sản xuất kinh doanh năm 2024; Công ty Điện lực Quảng Ngãi báo cáo kết quả thực hiện năm 2024 như sau:")
    p("Công ty hiện có 11 Điện lực trực thuộc (10 Điện lực khu vực và 01 Điện lực thành phố), 01 Đội Quản lý vận hành lưới điện cao thế, 01 Xí nghiệp dịch vụ điện lực; quản lý vận hành 19 trạm biến áp 110 kV (gồm 16 trạm thuộc tài sản Công ty, 03 trạm thuộc tài sản khách hàng), 14.560 km đường dây trung áp, 9.875 km đường dây hạ áp và 8.912 trạm biến áp phân phối.",
      SUM("11 Điện lực trực thuộc", "11", ["10", "01"], 'consistent'),
      SUM("19 trạm biến áp 110 kV", "19", ["16", "03"], 'consistent'))
    p("Năm 2024, bên cạnh thuận lợi từ sự phục hồi của các ngành sản xuất công nghiệp, Công ty gặp không ít khó khăn: nắng nóng gay gắt kéo dài trong các tháng cao điểm làm phụ tải tăng đột biến; mưa lũ cuối năm gây nhiều sự cố trên lưới điện khu vực miền núi; một số công trình đầu tư xây dựng vướng mắc về thủ tục đất đai, giải phóng mặt bằng.")
    p("I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHÍNH")
    p("1. Sản lượng điện thương phẩm")
    p("Điện thương phẩm năm 2024 đạt 2.146,38 triệu kWh, đạt 101,24% kế hoạch Tổng công ty giao (2.120 triệu kWh), tăng 187,76 triệu kWh, tương ứng tăng 9,59% so với năm 2023 (1.958,62 triệu kWh). Bình quân mỗi tháng thương phẩm đạt 178,87 triệu kWh.",
      RATIO("đạt 101,24%", "101,24%", D("2146.38"), 2120, 'consistent'),
      DIFF("tăng 187,76 triệu kWh", "187,76", D("2146.38"), D("1958.62"), 'consistent'),
      RATIO("tăng 9,59%", "9,59%", D("2146.38"), D("1958.62"), 'consistent', offset=100),
      RATIO("178,87 triệu kWh", "178,87", D("2146.38"), 12, 'consistent', mult=1, note="bình quân tháng"))
    p("Cơ cấu điện thương phẩm theo thành phần phụ tải (tổng 2.146,38 triệu kWh) chia ra: Công nghiệp - Xây dựng 1.287,45 triệu kWh, chiếm 59,98%; Nông, lâm nghiệp, thủy sản 38,12 triệu kWh, chiếm 1,78%; Thương nghiệp, khách sạn, nhà hàng 96,84 triệu kWh, chiếm 4,15%; Quản lý và tiêu dùng dân cư 654,27 triệu kWh, chiếm 30,48%; Hoạt động khác 69,70 triệu kWh, chiếm 3,24%.",
      SUM("(tổng 2.146,38 triệu kWh)", "2.146,38", ["1.287,45", "38,12", "96,84", "654,27", "69,70"], 'consistent'),
      SHARE("chiếm 59,98%", "59,98%", D("1287.45"), D("2146.38"), 'consistent'),
      SHARE("chiếm 1,78%", "1,78%", D("38.12"), D("2146.38"), 'consistent'),
      SHARE("chiếm 4,15%", "4,15%", D("96.84"), D("2146.38"), 'inconsistent', note="đảo chữ số 4,51 → 4,15"),
      SHARE("chiếm 30,48%", "30,48%", D("654.27"), D("2146.38"), 'consistent'),
      SHARE("chiếm 3,24%", "3,24%", D("69.70"), D("2146.38"), 'rounding', note="cắt bỏ 3,2473 → 3,24"))
    p("Thành phần Công nghiệp - Xây dựng tiếp tục là động lực tăng trưởng chính với sản lượng tăng 12,4% so với năm 2023 (1.145,37 triệu kWh), chủ yếu từ các phụ tải trong Khu kinh tế Dung Quất; thành phần Quản lý và tiêu dùng dân cư tăng 4,2% so với năm 2023 (627,88 triệu kWh).",
      RATIO("tăng 12,4%", "12,4%", D("1287.45"), D("1145.37"), 'consistent', offset=100),
      RATIO("tăng 4,2%", "4,2%", D("654.27"), D("627.88"), 'consistent', offset=100))
    p("2. Tổn thất điện năng")
    p("Tỷ lệ tổn thất điện năng toàn Công ty năm 2024 là 3,86%, thấp hơn kế hoạch giao 0,19% (kế hoạch 4,05%) và giảm 0,27% so với năm 2022 (4,13%). Trong đó, tổn thất lưới trung áp 1,92%, tổn thất lưới hạ áp 3,31%. Có 09/11 Điện lực trực thuộc thực hiện đạt chỉ tiêu tổn thất được giao (đạt 81,82%).",
      PTS("thấp hơn kế hoạch giao 0,19%", "0,19", D("4.05"), D("3.86"), 'consistent', neg=False, note="4,05 - 3,86"),
      PTS("giảm 0,27%", "0,27", D("3.86"), D("4.13"), 'consistent', note="điểm phần trăm"),
      TERM("so với năm 2022", "năm 2022", "năm 2023", 'inconsistent', note="4,13% là số năm 2023 (xem chú thích 1)"),
      AMB("tổn thất lưới trung áp 1,92%", 'sum', "1,92% + 3,31% ≠ 3,86% nhưng tỷ lệ tổn thất từng cấp tính trên các cơ sở khác nhau, không cộng được; không đủ dữ liệu", stated="1,92%"),
      FRAC("09/11 Điện lực", "09/11", 9, 11, 'consistent'),
      SHARE("(đạt 81,82%)", "81,82%", 9, 11, 'consistent'))
    p("3. Công tác kinh doanh và dịch vụ khách hàng")
    p("Đến 31/12/2024, Công ty quản lý bán điện trực tiếp cho 412.586 khách hàng (cuối năm 2023: 398.214 khách hàng), tăng 14.372 khách hàng; gồm 376.940 khách hàng sinh hoạt (chiếm 91,36%) và 35.646 khách hàng ngoài sinh hoạt. Trong đó có 381.205 khách hàng thanh toán tiền điện không dùng tiền mặt, đạt 92,4%; 2.318 khách hàng lắp đặt điện mặt trời mái nhà với tổng công suất 186,4 MWp.",
      DIFF("tăng 14.372 khách hàng", "14.372", 412586, 398214, 'consistent'),
      SUM("cho 412.586 khách hàng", "412.586", ["376.940", "35.646"], 'consistent'),
      SHARE("(chiếm 91,36%)", "91,36%", 376940, 412586, 'consistent'),
      SHARE("đạt 92,4%", "92,4%", 381205, 412586, 'consistent'),
      SUB("2.318 khách hàng lắp đặt", "412.586", ["2.318"], 'consistent', disjoint=False))
    p("Doanh thu tiền điện (chưa VAT) đạt 4.478,25 tỷ đồng, đạt 101,55% kế hoạch (4.410 tỷ đồng); giá bán điện bình quân đạt 2.086,42 đồng/kWh, tăng 71,36 đồng/kWh so với năm 2023 (2.015,06 đồng/kWh). Tỷ lệ thu tiền điện đạt 99,86%, số dư nợ tiền điện cuối năm 6,27 tỷ đồng, giảm 1,84 tỷ đồng so với đầu năm (8,11 tỷ đồng).",
      RATIO("đạt 101,55%", "101,55%", D("4478.25"), 4410, 'consistent'),
      RATIO("2.086,42 đồng/kWh", "2.086,42", D("4478.25"), D("2146.38"), 'consistent', mult=1000, note="doanh thu / điện thương phẩm (tỷ đồng / triệu kWh × 1000)"),
      DIFF("tăng 71,36 đồng/kWh", "71,36", D("2086.42"), D("2015.06"), 'consistent'),
      DIFF("giảm 1,84 tỷ đồng", "1,84", D("6.27"), D("8.11"), 'consistent'))
    p("Công ty đã tiếp nhận và giải quyết 38.412 yêu cầu dịch vụ điện, trong đó 37.913 yêu cầu tiếp nhận qua các kênh trực tuyến, chiếm 98,7%; thời gian giải quyết cấp điện trung áp bình quân 3,2 ngày, giảm 0,6 ngày so với năm 2023 (3,8 ngày). Chỉ số hài lòng của khách hàng đạt 8,72 điểm.",
      SHARE("chiếm 98,7%", "98,7%", 37913, 38412, 'consistent'),
      DIFF("giảm 0,6 ngày", "0,6", D("3.2"), D("3.8"), 'consistent'))
    p("Công tác kiểm tra sử dụng điện được duy trì thường xuyên: đã kiểm tra 12.486 lượt khách hàng, phát hiện 57 trường hợp vi phạm, trong đó 41 trường hợp trộm cắp điện (chiếm 71,93%), truy thu 1,28 tỷ đồng. Trong năm lắp đặt thêm 48.620 công tơ điện tử đo xa, nâng tổng số khách hàng sử dụng công tơ đo xa lên 406.312, đạt 98,48% số khách hàng. Sản lượng điện tiết kiệm được 47,12 triệu kWh, bằng 2,20% điện thương phẩm, vượt chỉ tiêu 2,0% do UBND tỉnh giao.",
      SHARE("(chiếm 71,93%)", "71,93%", 41, 57, 'consistent'),
      SHARE("đạt 98,48%", "98,48%", 406312, 412586, 'consistent', note="cơ sở = 412.586 khách hàng"),
      SHARE("bằng 2,20%", "2,20%", D("47.12"), D("2146.38"), 'consistent'))
    p("4. Độ tin cậy cung cấp điện và sự cố")
    p("Chỉ số thời gian mất điện trung bình của lưới điện phân phối (SAIDI) năm 2024 là 318,6 phút, giảm 83,7 phút so với năm 2023 (402,3 phút) và thấp hơn kế hoạch giao (340 phút); SAIFI là 3,12 lần, MAIFI là 1,05 lần. Tổng số sự cố lưới điện trung áp 260 vụ (gồm 186 sự cố thoáng qua, 74 sự cố vĩnh cửu), giảm 38 vụ, tương ứng giảm 14,62% so với năm 2023 (298 vụ).",
      DIFF("giảm 83,7 phút", "83,7", D("318.6"), D("402.3"), 'consistent'),
      SUM("trung áp 260 vụ", "260", ["186", "74"], 'consistent'),
      DIFF("giảm 38 vụ", "38", 260, 298, 'consistent'),
      RATIO("giảm 14,62%", "14,62%", 38, 298, 'inconsistent', note="tính trên cơ sở sai: 38/260 = 14,62%; đúng là 38/298"))
    p("Về nguyên nhân, sự cố do nguyên nhân khách quan (thời tiết, cây cối, động vật) 148 vụ, sự cố xảy ra trên lưới điện của khách hàng 121 vụ; sự cố do thiết bị hư hỏng 29 vụ. Số sự cố vĩnh cửu bình quân 0,51 vụ/100 km đường dây/năm trên tổng chiều dài 14.560 km lưới trung áp.",
      AMB("khách quan (thời tiết, cây cối, động vật) 148 vụ", 'subset', "148 + 121 + 29 = 298 > 260; các tiêu chí (nguyên nhân / vị trí) có thể trùng nhau, không quyết định được", stated="148"),
      RATIO("0,51 vụ/100 km", "0,51", 74, 14560, 'consistent', note="74 sự cố vĩnh cửu / 14.560 km × 100"))
    p("II. CÔNG TÁC ĐẦU TƯ XÂY DỰNG VÀ SỬA CHỮA LƯỚI ĐIỆN")
    p("Tổng kế hoạch vốn đầu tư xây dựng năm 2024 được giao 312,46 tỷ đồng; giá trị giải ngân đạt 298,73 tỷ đồng, đạt 95,61% kế hoạch, gồm: lưới điện 110 kV 142,18 tỷ đồng; lưới điện trung, hạ áp 121,35 tỷ đồng; các công trình khác (SCADA, viễn thông, kiến trúc) 36,20 tỷ đồng.",
      RATIO("đạt 95,61%", "95,61%", D("298.73"), D("312.46"), 'consistent'),
      SUM("đạt 298,73 tỷ đồng", "298,73", ["142,18", "121,35", "36,20"], 'inconsistent', note="142,18 + 121,35 + 36,20 = 299,73; có thể 36,20 gõ nhầm từ 35,20"))
    p("Trong năm đã khởi công 48 công trình, hoàn thành đóng điện 41/46 công trình, đạt 85,41%; xây dựng mới 86,4 km đường dây trung áp, 142,7 km đường dây hạ áp, 214 trạm biến áp phân phối với tổng dung lượng 61.250 kVA (bình quân 286,2 kVA/trạm). Công tác sửa chữa lớn thực hiện 26 hạng mục với giá trị 58,92 tỷ đồng, bằng 98,2% kế hoạch (60,0 tỷ đồng).",
      FRAC("41/46 công trình", "41/46", 41, 48, 'inconsistent', note="mẫu số phải là 48 công trình khởi công"),
      SHARE("đạt 85,41%", "85,41%", 41, 48, 'rounding', note="41/48 = 85,4167 → 85,42"),
      RATIO("286,2 kVA/trạm", "286,2", 61250, 214, 'consistent', mult=1),
      RATIO("bằng 98,2%", "98,2%", D("58.92"), D("60.0"), 'consistent'))
    p("III. CÔNG TÁC QUẢN TRỊ, LAO ĐỘNG VÀ AN TOÀN")
    p("Tổng số cán bộ công nhân viên đến cuối năm 1.046 người (giảm 18 người so với cuối năm 2023 là 1.064 người); năng suất lao động đạt 2,05 triệu kWh thương phẩm/người. Công ty không để xảy ra tai nạn lao động; tổ chức huấn luyện an toàn cho 1.046/1.046 người lao động. Công tác chuyển đổi số được đẩy mạnh, 100% hồ sơ công việc được xử lý trên hệ thống E-Office.",
      DIFF("giảm 18 người", "18", 1046, 1064, 'consistent'),
      RATIO("đạt 2,05 triệu kWh", "2,05", D("2146.38"), 1046, 'consistent', mult=1),
      FRAC("1.046/1.046", "1.046/1.046", 1046, 1046, 'consistent'))
    p("Về chất lượng nguồn nhân lực, số người có trình độ đại học trở lên là 612/1.046 người, chiếm 58,50%; trong năm tổ chức 64 lớp đào tạo, bồi dưỡng với 2.875 lượt người tham gia. Công tác an sinh xã hội được quan tâm, Công ty và các tổ chức đoàn thể đã ủng hộ 1,35 tỷ đồng (gồm 0,85 tỷ đồng xây dựng nhà đại đoàn kết, 0,50 tỷ đồng hỗ trợ khắc phục hậu quả bão lũ); thực hiện chương trình thắp sáng đường quê tại 06 xã với 142 bộ đèn chiếu sáng.",
      FRAC("612/1.046 người", "612/1.046", 612, 1046, 'consistent'),
      SHARE("chiếm 58,50%", "58,50%", 612, 1046, 'rounding', note="612/1.046 = 58,5086 → 58,51"),
      SUM("ủng hộ 1,35 tỷ đồng", "1,35", ["0,85", "0,50"], 'consistent'))
    p("IV. ĐÁNH GIÁ CHUNG")
    p("Năm 2024, Công ty hoàn thành vượt kế hoạch các chỉ tiêu chính: điện thương phẩm 2.164,38 triệu kWh; tổn thất điện năng 3,86%; doanh thu tiền điện 4.478,25 tỷ đồng; giá bán bình quân 2.086,42 đồng/kWh. Tăng trưởng điện thương phẩm bình quân giai đoạn 2021 - 2024 đạt 8.42%/năm. Tuy nhiên, chỉ tiêu giải ngân vốn đầu tư xây dựng chưa đạt kế hoạch (đạt 95,61%); tiến độ một số công trình 110 kV còn chậm do vướng mắc bồi thường, giải phóng mặt bằng.",
      REP("điện thương phẩm 2.164,38 triệu kWh", "2.164,38", "2.146,38", 'inconsistent', right="2.146,38", note="đảo chữ số"),
      REP("tổn thất điện năng 3,86%", "3,86%", "3,86%", 'consistent'),
      REP("doanh thu tiền điện 4.478,25 tỷ đồng", "4.478,25", "4.478,25", 'consistent'),
      REP("giá bán bình quân 2.086,42", "2.086,42", "2.086,42", 'consistent'),
      AMB("8.42%/năm", 'share', "'8.42%' dùng dấu chấm: 842% hay 8,42%? không có số liệu các năm để kiểm tra", stated="8.42%"),
      REP("(đạt 95,61%)", "95,61%", "95,61%", 'consistent'))
    p("Nguyên nhân chủ yếu do một số dự án lưới điện 110 kV đi qua đất rừng sản xuất phải thực hiện thủ tục chuyển mục đích sử dụng rừng kéo dài; giá vật tư thiết bị biến động; công tác phối hợp với chính quyền một số địa phương trong bồi thường, giải phóng mặt bằng chưa chặt chẽ.")
    p("Bài học kinh nghiệm được rút ra là phải bám sát diễn biến phụ tải để chủ động phương thức vận hành; tăng cường phối hợp với chính quyền địa phương trong công tác đầu tư xây dựng và bảo vệ hành lang an toàn lưới điện; đẩy mạnh ứng dụng công nghệ số trong quản lý kỹ thuật, kinh doanh và chăm sóc khách hàng.")
    p("V. KẾ HOẠCH NĂM 2025")
    p("Phấn đấu điện thương phẩm năm 2025 đạt 2.340 triệu kWh, tăng 9,02% so với thực hiện năm 2024; tỷ lệ tổn thất điện năng không quá 3,80%, giảm 0,06 điểm phần trăm so với năm 2024; SAIDI không quá 290 phút; giải ngân 100% kế hoạch vốn đầu tư xây dựng được giao (dự kiến 356,80 tỷ đồng, gấp 1,14 lần năm 2024).",
      RATIO("tăng 9,02%", "9,02%", 2340, D("2146.38"), 'consistent', offset=100),
      TERM("thực hiện năm 2024", "năm 2024", "năm 2024", 'consistent'),
      PTS("giảm 0,06 điểm", "0,06", D("3.80"), D("3.86"), 'consistent'),
      AMB("gấp 1,14 lần", 'ratio', "356,80 / 312,46 (kế hoạch 2024) = 1,14; 356,80 / 298,73 (giải ngân 2024) = 1,19: 'năm 2024' không rõ là kế hoạch hay thực hiện", stated="1,14"))
    p("Các giải pháp trọng tâm: bảo đảm cung cấp điện an toàn, ổn định cho sản xuất và sinh hoạt, nhất là trong các dịp lễ, Tết và các sự kiện chính trị quan trọng của tỉnh; đẩy nhanh tiến độ các công trình lưới điện 110 kV; tiếp tục giảm tổn thất điện năng; nâng cao chất lượng dịch vụ khách hàng; thực hiện tốt công tác tiết kiệm điện và chuyển đổi số trong toàn Công ty.")
    d.fn("Tỷ lệ tổn thất điện năng năm 2023 là 4,13%, năm 2022 là 4,38%; như vậy so với năm 2022, tỷ lệ tổn thất năm 2024 giảm 0,52 điểm phần trăm.",
      REP("năm 2023 là 4,13%", "4,13%", "4,13%", 'consistent'),
      PTS("giảm 0,52 điểm", "0,52", D("3.86"), D("4.38"), 'consistent'))
    d.fn("Số khách hàng lắp đặt điện mặt trời mái nhà đến 31/12/2024 là 2.318 khách hàng (gồm 2.104 khách hàng sinh hoạt, 214 khách hàng ngoài sinh hoạt).",
      SUM("2.318 khách hàng (gồm", "2.318", ["2.104", "214"], 'consistent'))
    return d


def draft3():
    d = Draft("p12-03-doi-trat-tu-xay-dung.txt"); p = d.p
    p("UBND HUYỆN ĐÔNG ANH")
    p("ĐỘI QUẢN LÝ TRẬT TỰ XÂY DỰNG ĐÔ THỊ")
    p("Số:      /BC-ĐQLTTXDĐT")
    p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    p("Độc lập - Tự do - Hạnh phúc")
    p("Đông Anh, ngày     tháng 12 năm 2024")
    p("BÁO CÁO")
    p("Kết quả công tác kiểm tra, xử lý vi phạm trật tự xây dựng, trật tự đô thị năm 2024; nhiệm vụ trọng tâm năm 2025")
    p("Thực hiện Kế hoạch số 12/KH-UBND ngày 15/01/2024 của UBND huyện về tăng cường quản lý trật tự xây dựng, trật tự đô thị năm 2024, Đội Quản lý trật tự xây dựng đô thị huyện báo cáo kết quả thực hiện như sau:")
    p("I. ĐẶC ĐIỂM TÌNH HÌNH")
    p("Huyện có 24 đơn vị hành chính cấp xã (23 xã, 01 thị trấn), tốc độ đô thị hóa nhanh, nhiều dự án hạ tầng lớn đang triển khai nên áp lực quản lý trật tự xây dựng rất lớn. Đội hiện có 32 cán bộ, viên chức (gồm 01 Đội trưởng, 03 Đội phó, 28 đội viên), được phân công phụ trách theo 06 cụm địa bàn; bình quân mỗi đội viên phụ trách 0,86 xã, thị trấn.",
      SUM("24 đơn vị hành chính", "24", ["23", "01"], 'consistent'),
      SUM("có 32 cán bộ", "32", ["01", "03", "28"], 'consistent'),
      RATIO("0,86 xã", "0,86", 24, 28, 'consistent', mult=1))
    p("Trong năm 2024, trên địa bàn huyện có 3.126 công trình khởi công, thi công xây dựng (gồm 2.874 công trình nhà ở riêng lẻ và 252 công trình thuộc dự án đầu tư). Việc triển khai các dự án hạ tầng giao thông trọng điểm, các khu đô thị mới kéo theo nhu cầu xây dựng, cơi nới nhà ở, công trình kinh doanh dịch vụ dọc các tuyến đường mới mở tăng mạnh, tiềm ẩn nguy cơ vi phạm trật tự xây dựng, lấn chiếm đất công.",
      SUM("có 3.126 công trình", "3.126", ["2.874", "252"], 'consistent'))
    p("II. KẾT QUẢ THỰC HIỆN")
    p("1. Công tác kiểm tra công trình xây dựng")
    p("Năm 2024, Đội đã kiểm tra 2.846 lượt công trình xây dựng trên địa bàn (năm 2023: 2.517 lượt), tăng 329 lượt, tương ứng tăng 13,07%; trong đó công trình có giấy phép xây dựng 1.932 lượt (chiếm 67,88%), công trình thuộc diện miễn giấy phép 721 lượt (25,33%), công trình không phép 193 lượt (6,78%).",
      DIFF("tăng 329 lượt", "329", 2846, 2517, 'consistent'),
      RATIO("tăng 13,07%", "13,07%", 329, 2517, 'consistent'),
      SUM("kiểm tra 2.846 lượt", "2.846", ["1.932", "721", "193"], 'consistent'),
      SHARE("(chiếm 67,88%)", "67,88%", 1932, 2846, 'consistent'),
      SHARE("(25,33%)", "25,33%", 721, 2846, 'consistent'),
      SHARE("(6,78%)", "6,78%", 193, 2846, 'consistent'))
    p("Qua kiểm tra, phát hiện 268 công trình vi phạm trật tự xây dựng (năm 2023 là 312 công trình), giảm 44 công trình, tương đương giảm 14,1%; số công trình vi phạm bằng 8,57% số công trình khởi công, thi công trong năm. Chia theo hành vi: xây dựng không phép 193 công trình; xây dựng sai nội dung giấy phép 58 công trình; vi phạm khác (không che chắn, để vật liệu lấn chiếm hành lang, lòng đường) 17 công trình. Theo loại công trình: nhà ở riêng lẻ 214 công trình, chiếm 79,85%; công trình trên đất nông nghiệp 41 công trình (15,29%); còn lại là công trình thương mại, dịch vụ.",
      DIFF("giảm 44 công trình", "44", 268, 312, 'consistent'),
      RATIO("giảm 14,1%", "14,1%", 44, 312, 'consistent'),
      SHARE("bằng 8,57%", "8,57%", 268, 3126, 'consistent', note="cơ sở 3.126 công trình (dòng đặc điểm)"),
      SUM("phát hiện 268 công trình", "268", ["193", "58", "17"], 'consistent'),
      SHARE("chiếm 79,85%", "79,85%", 214, 268, 'consistent'),
      SHARE("(15,29%)", "15,29%", 41, 268, 'rounding', note="41/268 = 15,2985 → 15,30"),
      SUB("nhà ở riêng lẻ 214", 268, ["214", "41"], 'consistent', stated="214"))
    p("Về địa bàn, trong số công trình vi phạm có 146 công trình tại khu dân cư hiện hữu, 98 công trình trong khu vực đã có quy hoạch phân khu được phê duyệt, 41 công trình trên đất nông nghiệp. Tổng diện tích xây dựng vi phạm 18,426 m² sàn, bình quân 68,8 m²/công trình.",
      AMB("146 công trình tại khu dân cư", 'subset', "146 + 98 + 41 = 285 > 268; các tiêu chí địa bàn có thể trùng (khu dân cư trong vùng quy hoạch), không quyết định được", stated="146"),
      AMB("18,426 m²", 'ratio', "'18,426' đọc là 18,426 hay 18.426? 18.426/268 = 68,75 → 68,8 chỉ khớp nếu là 18.426", stated="18,426"))
    p("Đã xử lý dứt điểm 241/268 công trình vi phạm, đạt tỷ lệ 89,93%, tăng 3,70 điểm phần trăm so với năm 2023; số công trình vi phạm được phát hiện, ngăn chặn ngay từ khi mới phát sinh là 264/268 công trình, đạt 98,51%. Đến 15/12/2024, còn lại 27 công trình đang tiếp tục xử lý.",
      FRAC("241/268 công trình", "241/268", 241, 268, 'consistent'),
      SHARE("đạt tỷ lệ 89,93%", "89,93%", 241, 268, 'consistent'),
      PTS("tăng 3,70 điểm", "3,70", D("89.93"), D("86.86"), 'inconsistent', note="89,93 - 86,86 (năm 2023, chú thích) = 3,07; đảo chữ số"),
      FRAC("264/268 công trình", "264/268", 264, 268, 'consistent'),
      SHARE("đạt 98,51%", "98,51%", 264, 268, 'consistent'),
      DIFF("còn lại 27 công trình", "27", 268, 241, 'consistent', neg=False, note="268 - 241"))
    p("2. Công tác xử phạt vi phạm hành chính và cưỡng chế")
    p("Đội đã lập 236 biên bản vi phạm hành chính; tham mưu Chủ tịch UBND huyện, Chủ tịch UBND các xã, thị trấn ban hành 219 quyết định xử phạt với tổng số tiền 6.874,5 triệu đồng (năm 2023: 5.912,0 triệu đồng), tăng 16,28%; bình quân 31,39 triệu đồng/quyết định. Trong đó, cấp huyện ban hành 87 quyết định với số tiền 4.215,0 triệu đồng; cấp xã ban hành 132 quyết định với số tiền 2.659,5 triệu đồng. Số tiền phạt đã thu nộp ngân sách 6.102,3 triệu đồng, đạt 87,77%.",
      RATIO("tăng 16,28%", "16,28%", D("6874.5"), D("5912.0"), 'consistent', offset=100),
      RATIO("bình quân 31,39 triệu", "31,39", D("6874.5"), 219, 'consistent', mult=1),
      SUM("ban hành 219 quyết định", "219", ["87", "132"], 'consistent'),
      SUM("tổng số tiền 6.874,5 triệu", "6.874,5", ["4.215,0", "2.659,5"], 'consistent'),
      SHARE("đạt 87,77%", "87,77%", D("6102.3"), D("6874.5"), 'inconsistent', note="6.102,3/6.874,5 = 88,77%; sai một chữ số"))
    p("Ban hành 46 quyết định áp dụng biện pháp khắc phục hậu quả, buộc phá dỡ công trình vi phạm, gồm: 31 công trình chủ đầu tư tự tháo dỡ; 12 công trình tổ chức cưỡng chế; 03 công trình đang hoàn thiện hồ sơ cưỡng chế. Số công trình bị cưỡng chế tăng 04 công trình so với năm 2023 (09 công trình); tổng diện tích cưỡng chế tháo dỡ 3.465 m² sàn, bình quân 288,75 m²/công trình.",
      SUM("Ban hành 46 quyết định", "46", ["31", "12", "03"], 'consistent'),
      DIFF("tăng 04 công trình", "04", 12, 9, 'inconsistent', note="12 - 09 = 03"),
      RATIO("288,75 m²/công trình", "288,75", 3465, 12, 'consistent', mult=1))
    p("3. Xử lý lấn chiếm vỉa hè, lòng đường, hành lang giao thông")
    p("Đội chủ trì, phối hợp UBND các xã, thị trấn và lực lượng công an ra quân 186 đợt, kiểm tra, nhắc nhở 4.512 trường hợp (bình quân 24,3 trường hợp/đợt), lập biên bản 938 trường hợp, xử phạt 612 trường hợp với số tiền 1.148,2 triệu đồng; số trường hợp bị xử phạt chiếm 65,24% số trường hợp lập biên bản. Số trường hợp tái vi phạm là 38, chiếm 3,6%.",
      RATIO("24,3 trường hợp/đợt", "24,3", 4512, 186, 'consistent', mult=1),
      SHARE("chiếm 65,24%", "65,24%", 612, 938, 'rounding', note="612/938 = 65,2452 → 65,25"),
      AMB("chiếm 3,6%", 'share', "cơ sở không nêu: 38/938 = 4,05%; 38/612 = 6,21%; 38/4.512 = 0,84%; không cơ sở nào khớp", stated="3,6%"))
    p("Giải tỏa 2.140 m² vỉa hè bị lấn chiếm, đạt 107% chỉ tiêu năm (2.000 m²); tháo dỡ 846 biển quảng cáo, mái che, mái vẩy, ki-ốt vi phạm (gồm 512 biển quảng cáo, 298 mái che, mái vẩy, 46 ki-ốt); tạm giữ 1.327 phương tiện, vật dụng. Có 21/24 xã, thị trấn ra mắt tuyến phố văn minh đô thị, đạt 87,5%.",
      RATIO("đạt 107%", "107%", 2140, 2000, 'consistent'),
      SUM("tháo dỡ 846 biển", "846", ["512", "298", "46"], 'inconsistent', note="512 + 298 + 46 = 856"),
      FRAC("21/24 xã", "21/24", 21, 24, 'consistent'),
      SHARE("đạt 87,5%", "87,5%", 21, 24, 'consistent'))
    p("4. Tiếp nhận, giải quyết đơn thư, phản ánh")
    p("Tiếp nhận 74 đơn thư phản ánh về trật tự xây dựng (năm 2023: 91 đơn), giảm 17 đơn; đã giải quyết 71/74 đơn, đạt 95,95%, số còn lại đang xác minh. Tiếp nhận 58 phản ánh qua đường dây nóng và ứng dụng iHanoi, 100% được kiểm tra, xác minh trong vòng 24 giờ.",
      DIFF("giảm 17 đơn", "17", 74, 91, 'consistent'),
      FRAC("71/74 đơn", "71/74", 71, 74, 'consistent'),
      SHARE("đạt 95,95%", "95,95%", 71, 74, 'consistent'))
    p("5. Phối hợp thẩm định cấp phép xây dựng, xử lý phế thải và tuyên truyền")
    p("Đội phối hợp Phòng Quản lý đô thị kiểm tra hiện trạng 1.248 hồ sơ đề nghị cấp giấy phép xây dựng, tăng 8,4% so với năm 2023 (1.151 hồ sơ), chia ra: cấp mới 1.106 hồ sơ (chiếm 88,62%); điều chỉnh 97 hồ sơ; gia hạn 45 hồ sơ. Phát hiện, xử lý 64 vụ đổ trộm phế thải xây dựng, tăng 12 vụ so với năm 2023 (52 vụ), xử phạt 512,0 triệu đồng, bình quân 8,0 triệu đồng/vụ.",
      RATIO("tăng 8,4%", "8,4%", 1248, 1151, 'consistent', offset=100),
      SUM("hiện trạng 1.248 hồ sơ", "1.248", ["1.106", "97", "45"], 'consistent'),
      SHARE("(chiếm 88,62%)", "88,62%", 1106, 1248, 'consistent'),
      DIFF("tăng 12 vụ", "12", 64, 52, 'consistent'),
      RATIO("bình quân 8,0 triệu", "8,0", D("512.0"), 64, 'consistent', mult=1))
    p("Công tác tuyên truyền được đẩy mạnh với 48 hội nghị tại các thôn, tổ dân phố cho 5.760 lượt người dự (bình quân 120 người/hội nghị); phát hành 12.500 tờ rơi; duy trì chuyên mục \"Trật tự đô thị\" trên Đài truyền thanh huyện với 96 tin, bài. Các điển hình tiên tiến, các tuyến phố, khu dân cư thực hiện tốt quy tắc văn minh đô thị được biểu dương kịp thời.",
      RATIO("bình quân 120 người", "120", 5760, 48, 'consistent', mult=1))
    p("6. Công tác xây dựng lực lượng")
    p("Đội duy trì nghiêm chế độ trực, tuần tra, kiểm soát địa bàn; thực hiện quy chế phối hợp với Công an huyện, UBND các xã, thị trấn. Kết quả đánh giá năm 2024: 30/32 cán bộ, viên chức hoàn thành tốt nhiệm vụ trở lên (chiếm 93,75%), trong đó 06 đồng chí hoàn thành xuất sắc nhiệm vụ; 02 đồng chí hoàn thành nhiệm vụ; không có cán bộ vi phạm kỷ luật.",
      FRAC("30/32 cán bộ", "30/32", 30, 32, 'consistent'),
      SHARE("(chiếm 93,75%)", "93,75%", 30, 32, 'consistent'),
      SUB("trong đó 06 đồng chí", 30, ["06"], 'consistent', disjoint=False, note="xuất sắc tính trong hoàn thành tốt"),
      SUM("02 đồng chí hoàn thành nhiệm vụ", "02", [32, -30], 'consistent', note="32 - 30 = 02; tốt trở lên + hoàn thành = 32"))
    p("III. ĐÁNH GIÁ CHUNG")
    p("Công tác quản lý trật tự xây dựng năm 2024 có chuyển biến tích cực: số công trình vi phạm giảm 14,1% so với cùng kỳ năm 2022; 286 công trình vi phạm được phát hiện đều được lập hồ sơ xử lý theo quy định; thu nộp ngân sách 6.102,3 triệu đồng tiền phạt. Tuy nhiên, tình trạng xây dựng trên đất nông nghiệp vẫn diễn biến phức tạp tại một số xã ven đô; việc cưỡng chế có nơi còn chậm; sự phối hợp giữa Đội với một số UBND xã chưa chặt chẽ, chế độ báo cáo chưa kịp thời.",
      TERM("cùng kỳ năm 2022", "năm 2022", "năm 2023", 'inconsistent', note="14,1% = (312 - 268)/312 với 312 là năm 2023"),
      REP("286 công trình vi phạm", "286", "268", 'inconsistent', right="268", note="đảo chữ số"),
      REP("ngân sách 6.102,3 triệu", "6.102,3", "6.102,3", 'consistent'))
    p("Nguyên nhân chủ yếu là nhu cầu xây dựng nhà ở của người dân tăng cao; nhận thức chấp hành pháp luật về xây dựng của một bộ phận người dân chưa tốt; lực lượng của Đội còn mỏng so với địa bàn rộng; trách nhiệm của người đứng đầu chính quyền một số xã trong quản lý trật tự xây dựng chưa cao; chế tài xử phạt đối với một số hành vi chưa đủ sức răn đe, người vi phạm chấp nhận nộp phạt để tiếp tục xây dựng.")
    p("IV. NHIỆM VỤ TRỌNG TÂM NĂM 2025")
    p("Phấn đấu giảm ít nhất 10% số công trình vi phạm so với năm 2024 (tức không quá 241 công trình); 100% công trình vi phạm được phát hiện, xử lý ngay từ khi mới phát sinh; giải tỏa tối thiểu 2.500 m² vỉa hè bị lấn chiếm, tăng 16,8% so với kết quả năm 2024; duy trì 24/24 xã, thị trấn có tuyến phố văn minh đô thị.",
      RATIO("không quá 241 công trình", "241", 268 * 90, 100, 'consistent', mult=1, note="268 × 90% = 241,2"),
      RATIO("tăng 16,8%", "16,8%", 2500, 2140, 'consistent', offset=100),
      TERM("kết quả năm 2024", "năm 2024", "năm 2024", 'consistent'))
    p("Để thực hiện các chỉ tiêu trên, Đội tập trung rà soát, lập danh mục các công trình có nguy cơ vi phạm; phân công cán bộ bám sát địa bàn; tăng cường ứng dụng công nghệ thông tin, flycam trong kiểm tra hiện trường; kiến nghị xử lý nghiêm trách nhiệm của cán bộ, công chức để xảy ra vi phạm kéo dài không xử lý dứt điểm.")
    p("V. KIẾN NGHỊ, ĐỀ XUẤT")
    p("Đề nghị UBND huyện bổ sung biên chế, trang thiết bị cho Đội; chỉ đạo UBND các xã, thị trấn nâng cao trách nhiệm của người đứng đầu trong quản lý trật tự xây dựng; đề nghị Sở Xây dựng sớm hướng dẫn xử lý đối với các công trình vi phạm xây dựng trên đất nông nghiệp đã tồn tại nhiều năm, chưa đủ điều kiện chuyển mục đích sử dụng đất.")
    d.fn("Tính đến 31/12/2024, còn 24 công trình vi phạm chưa xử lý dứt điểm.",
      AMB("còn 24 công trình", 'repeat', "27 công trình (đến 15/12/2024) và 24 công trình (đến 31/12/2024): hai thời điểm khác nhau, không so sánh được", stated="24"))
    d.fn("Năm 2023, tỷ lệ xử lý dứt điểm công trình vi phạm là 86,86% (271/312 công trình).",
      SHARE("là 86,86%", "86,86%", 271, 312, 'consistent'),
      FRAC("271/312", "271/312", 271, 312, 'consistent'))
    d.fn("12 công trình bị cưỡng chế theo các Quyết định của Chủ tịch UBND huyện (từ Quyết định số 1028/QĐ-CT ngày 12/3/2024 đến Quyết định số 5126/QĐ-CT ngày 20/11/2024), gồm 07 công trình tại các xã ven đô và 05 công trình tại thị trấn.",
      SUM("12 công trình bị cưỡng chế", "12", ["07", "05"], 'consistent'))
    return d


def draft4():
    d = Draft("p12-04-trung-tam-luu-tru.txt"); p = d.p
    p("SỞ NỘI VỤ TỈNH THÁI BÌNH")
    p("TRUNG TÂM LƯU TRỮ LỊCH SỬ")
    p("Số:      /BC-TTLT")
    p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    p("Độc lập - Tự do - Hạnh phúc")
    p("Thái Bình, ngày     tháng 12 năm 2024")
    p("BÁO CÁO")
    p("Tổng kết công tác văn thư, lưu trữ năm 2024 và phương hướng nhiệm vụ năm 2025")
    p("Căn cứ Kế hoạch số 09/KH-SNV ngày 22/01/2024 của Sở Nội vụ về công tác văn thư, lưu trữ năm 2024; Trung tâm Lưu trữ lịch sử tỉnh báo cáo kết quả thực hiện nhiệm vụ năm 2024 như sau:")
    p("I. TÌNH HÌNH CHUNG")
    p("Trung tâm có 26 viên chức, người lao động (gồm 18 viên chức và 08 lao động hợp đồng), trong đó 19/26 người có trình độ đại học trở lên, chiếm 73,07%. Đến ngày 31/12/2024, Kho Lưu trữ lịch sử tỉnh đang bảo quản 118 phông lưu trữ (gồm 96 phông của các cơ quan, tổ chức đang hoạt động và 22 phông của các cơ quan đã giải thể, sáp nhập) với tổng số 2.412 mét giá tài liệu, tăng 147 mét so với cuối năm 2023 (2.265 mét giá).",
      SUM("có 26 viên chức", "26", ["18", "08"], 'consistent'),
      FRAC("19/26 người", "19/26", 19, 26, 'consistent'),
      SHARE("chiếm 73,07%", "73,07%", 19, 26, 'rounding', note="19/26 = 73,0769 → 73,08"),
      SUM("bảo quản 118 phông", "118", ["96", "22"], 'consistent'),
      DIFF("tăng 147 mét", "147", 2412, 2265, 'consistent'))
    p("Chia theo loại hình, 2.412 mét giá tài liệu gồm: tài liệu hành chính 1.846 mét giá (76,53%); tài liệu chuyên môn về xây dựng cơ bản, đất đai 412 mét giá (17,08%); tài liệu khoa học kỹ thuật, nghe nhìn và tài liệu khác 154 mét giá (6,38%). Tổng sức chứa của kho là 3.200 mét giá, đến nay đã sử dụng 75,37%, dự kiến đến năm 2027 sẽ hết chỗ bảo quản.",
      SUM("2.412 mét giá tài liệu gồm", "2.412", ["1.846", "412", "154"], 'consistent'),
      SHARE("(76,53%)", "76,53%", 1846, 2412, 'consistent'),
      SHARE("(17,08%)", "17,08%", 412, 2412, 'consistent'),
      SHARE("(6,38%)", "6,38%", 154, 2412, 'consistent'),
      SHARE("sử dụng 75,37%", "75,37%", 2412, 3200, 'rounding', note="2.412/3.200 = 75,375 → 75,38 (làm tròn nửa lên)"))
    p("Năm 2024, công tác văn thư, lưu trữ của tỉnh được triển khai trong bối cảnh Luật Lưu trữ năm 2024 được Quốc hội thông qua, đặt ra yêu cầu mới về quản lý tài liệu lưu trữ điện tử, lưu trữ tư và dịch vụ lưu trữ. Trung tâm đã chủ động tham mưu Sở Nội vụ rà soát, cập nhật Danh mục cơ quan, tổ chức thuộc nguồn nộp lưu; hướng dẫn các cơ quan chuẩn bị tài liệu giao nộp; phối hợp các cơ quan liên quan bảo đảm an toàn kho tàng, phòng chống cháy nổ, phòng chống mối mọt, côn trùng gây hại cho tài liệu trong mùa mưa bão.")
    p("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024")
    p("1. Công tác thu thập, bổ sung tài liệu")
    p("Năm 2024, Trung tâm đã hướng dẫn, thu nộp 147 mét giá tài liệu của 14/15 cơ quan, tổ chức thuộc Danh mục nguồn nộp lưu, đạt 91,88% kế hoạch (160 mét giá); bình quân mỗi cơ quan nộp lưu 10,5 mét giá. Số tài liệu thu về (147 mét giá) gồm 98 mét giá tài liệu của các sở, ngành và 49 mét giá tài liệu của UBND các huyện, thành phố.",
      REP("thu nộp 147 mét", "147", "147", 'consistent', note="bằng mức tăng kho 2.412 - 2.265"),
      FRAC("14/15 cơ quan", "14/15", 14, 15, 'consistent'),
      RATIO("đạt 91,88%", "91,88%", 147, 160, 'consistent', note="91,875 → 91,88 (làm tròn nửa lên)"),
      RATIO("10,5 mét giá", "10,5", 147, 14, 'consistent', mult=1),
      SUM("(147 mét giá) gồm", "147", ["98", "49"], 'consistent'))
    p("2. Công tác chỉnh lý tài liệu")
    p("Trung tâm đã chỉnh lý hoàn chỉnh 186 mét giá tài liệu tích đống, lập được 9.842 hồ sơ, trong đó 3.120 hồ sơ có thời hạn bảo quản vĩnh viễn, 7.015 hồ sơ thuộc diện số hóa ưu tiên; loại ra 41,5 mét giá tài liệu hết giá trị (tỷ lệ loại 22,31%), số tài liệu giữ lại bảo quản còn 144,5 mét giá. Bình quân mỗi mét giá tài liệu giữ lại lập được 68,1 hồ sơ.",
      AMB("3.120 hồ sơ có thời hạn", 'subset', "3.120 + 7.015 = 10.135 > 9.842; hai tiêu chí (thời hạn bảo quản / diện số hóa ưu tiên) có thể trùng nhau", stated="3.120"),
      SHARE("(tỷ lệ loại 22,31%)", "22,31%", D("41.5"), 186, 'consistent'),
      DIFF("còn 144,5 mét", "144,5", 186, D("41.5"), 'consistent', neg=False, note="186 - 41,5"),
      RATIO("68,1 hồ sơ", "68,1", 9842, D("144.5"), 'consistent', mult=1))
    p("3. Công tác bảo quản, số hóa tài liệu")
    p("Đã khử trùng, vệ sinh 860 mét giá tài liệu; tu bổ, phục chế 12.460 tờ tài liệu bị hư hỏng; duy trì nhiệt độ kho từ 20 - 22°C, độ ẩm từ 50 - 60%. Số hóa 412.650 trang tài liệu, đạt 103,16% kế hoạch (400.000 trang), chia ra: 286.140 trang tài liệu hành chính; 98.760 trang bản đồ, bản vẽ kỹ thuật; 27.750 trang tài liệu ảnh, phim chuyển đổi. Lũy kế đến nay đã số hóa 1.286.430 trang, chiếm 38,6% tổng số 3.332.600 trang tài liệu đang bảo quản; trong đó bản đồ, bản vẽ chiếm 7,68% tổng số trang đã số hóa.",
      RATIO("đạt 103,16%", "103,16%", 412650, 400000, 'consistent'),
      SUM("Số hóa 412.650 trang", "412.650", ["286.140", "98.760", "27.750"], 'consistent'),
      SHARE("chiếm 38,6%", "38,6%", 1286430, 3332600, 'consistent'),
      AMB("chiếm 7,68%", 'share', "98.760/1.286.430 = 7,68% nhưng 98.760 là số trang bản đồ số hóa trong năm; 98.760/412.650 = 23,93%: tử số và cơ sở không cùng kỳ, không quyết định được", stated="7,68%"))
    p("Đã tạo lập 58.920 biểu ghi dữ liệu đặc tả hồ sơ, tài liệu trên Hệ thống quản lý tài liệu lưu trữ điện tử, tăng 23,4% so với năm 2023 (47.750 biểu ghi); tiếp nhận 1.258 hồ sơ điện tử nộp lưu vào Lưu trữ lịch sử từ 06 cơ quan thí điểm.",
      RATIO("tăng 23,4%", "23,4%", 58920, 47750, 'consistent', offset=100))
    p("4. Công tác phục vụ khai thác, sử dụng tài liệu")
    p("Trung tâm đã phục vụ 1.846 lượt độc giả (năm 2023: 1.592 lượt), tăng 254 lượt, tương ứng tăng 15,95%; trong đó 1.124 lượt khai thác qua Cổng dịch vụ công trực tuyến, chiếm 60,89%. Theo mục đích khai thác: giải quyết chế độ, chính sách 742 lượt; xác minh nguồn gốc đất đai 856 lượt; nghiên cứu khoa học, lịch sử 239 lượt, tổng cộng 1.846 lượt. Đã phục vụ 6.418 hồ sơ, cấp 3.215 bản sao, chứng thực lưu trữ, bình quân 1,74 bản sao/lượt độc giả.",
      DIFF("tăng 254 lượt", "254", 1846, 1592, 'consistent'),
      RATIO("tăng 15,95%", "15,95%", 254, 1592, 'consistent'),
      SHARE("chiếm 60,89%", "60,89%", 1124, 1846, 'consistent'),
      SUM("tổng cộng 1.846 lượt", "1.846", ["742", "856", "239"], 'inconsistent', note="742 + 856 + 239 = 1.837; có thể 856 bị đảo từ 865"),
      RATIO("1,74 bản sao", "1,74", 3215, 1846, 'consistent', mult=1))
    p("Tổ chức 02 cuộc triển lãm tài liệu lưu trữ chuyên đề \"Thái Bình - 70 năm xây dựng và phát triển\" và \"Biển đảo Việt Nam qua tài liệu lưu trữ\" thu hút 3.650 lượt khách tham quan, gấp 1,52 lần năm 2023 (2.400 lượt); xuất bản 01 ấn phẩm giới thiệu tài liệu.",
      RATIO("gấp 1,52 lần", "1,52", 3650, 2400, 'consistent', mult=1))
    p("5. Công tác thẩm định, tiêu hủy tài liệu hết giá trị")
    p("Hội đồng xác định giá trị tài liệu đã thẩm định và trình Giám đốc Sở Nội vụ ban hành Quyết định số 2417/QĐ-SNV ngày 18/9/2024 cho phép tiêu hủy 128,6 mét giá tài liệu hết giá trị của 09 cơ quan, gồm 41,5 mét giá loại ra qua chỉnh lý tại Trung tâm và 87,1 mét giá của các cơ quan, tổ chức; việc tiêu hủy được thực hiện bằng phương pháp nghiền, bảo đảm đúng quy trình.",
      SUM("tiêu hủy 128,6 mét giá", "128,6", ["41,5", "87,1"], 'consistent'),
      REP("gồm 41,5 mét giá", "41,5", "41,5", 'consistent'))
    p("6. Công tác tài chính")
    p("Dự toán ngân sách được giao năm 2024 là 8.462 triệu đồng; thực hiện 8.215 triệu đồng, đạt 97,80% dự toán, thấp hơn dự toán 274 triệu đồng; trong đó chi thường xuyên 5.836 triệu đồng, chi không thường xuyên (chỉnh lý, số hóa, tu bổ tài liệu) 2.379 triệu đồng. Thu phí khai thác, sử dụng tài liệu và dịch vụ 386,4 triệu đồng, tăng 9,8% so với năm 2023 (351,9 triệu đồng).",
      RATIO("đạt 97,80%", "97,80%", 8215, 8462, 'inconsistent', note="8.215/8.462 = 97,08%; đảo chữ số"),
      DIFF("thấp hơn dự toán 274 triệu", "274", 8215, 8462, 'inconsistent', neg=True, note="8.462 - 8.215 = 247"),
      SUM("thực hiện 8.215 triệu", "8.215", ["5.836", "2.379"], 'consistent'),
      RATIO("tăng 9,8%", "9,8%", D("386.4"), D("351.9"), 'consistent', offset=100))
    p("7. Công tác hướng dẫn nghiệp vụ, kiểm tra và lưu trữ cấp huyện")
    p("Phối hợp Phòng Văn thư - Lưu trữ Sở Nội vụ kiểm tra công tác văn thư, lưu trữ tại 42 cơ quan, đơn vị (gồm 18 sở, ban, ngành; 08 huyện, thành phố; 16 xã, phường, thị trấn). Kết quả: 35/42 cơ quan, đơn vị xếp loại tốt, chiếm 83,33%, tăng 4,76 điểm phần trăm so với năm 2023 (78,57%); 07 cơ quan, đơn vị xếp loại khá; không có đơn vị xếp loại trung bình. Mở 05 lớp tập huấn nghiệp vụ cho 612 lượt công chức, viên chức làm công tác văn thư, lưu trữ, bình quân 122,4 người/lớp.",
      SUM("tại 42 cơ quan", "42", ["18", "08", "16"], 'consistent'),
      FRAC("35/42 cơ quan", "35/42", 35, 42, 'consistent'),
      SHARE("chiếm 83,33%", "83,33%", 35, 42, 'consistent'),
      PTS("tăng 4,76 điểm", "4,76", D("83.33"), D("78.57"), 'consistent'),
      SUM("07 cơ quan, đơn vị xếp loại khá", "07", [42, -35], 'consistent', note="35 + 07 = 42 (tốt + khá = tổng số được kiểm tra)"),
      RATIO("122,4 người/lớp", "122,4", 612, 5, 'consistent', mult=1))
    p("Tỷ lệ văn bản đi được ký số, gửi trên môi trường điện tử tại các cơ quan cấp tỉnh đạt 97,6%, tăng 2,3% so với năm 2023 (95,3%). Có 08/08 huyện, thành phố bố trí kho lưu trữ chuyên dụng, bảo quản tổng số 3.874 mét giá tài liệu, trong đó 2.956 mét giá đã được chỉnh lý hoàn chỉnh (76,30%). Như vậy, tổng số tài liệu đang bảo quản tại Lưu trữ lịch sử tỉnh và lưu trữ cấp huyện là 6.286 mét giá.",
      PTS("tăng 2,3%", "2,3", D("97.6"), D("95.3"), 'consistent', note="so sánh theo điểm phần trăm, viết là %"),
      FRAC("08/08 huyện", "08/08", 8, 8, 'consistent', note="tỉnh có 08 huyện, thành phố"),
      SHARE("(76,30%)", "76,30%", 2956, 3874, 'consistent'),
      SUM("là 6.286 mét giá", "6.286", [2412, 3874], 'consistent', note="2.412 (tỉnh) + 3.874 (cấp huyện)"))
    p("III. ĐÁNH GIÁ CHUNG")
    p("Năm 2024, Trung tâm hoàn thành 12/13 nhiệm vụ trọng tâm theo Kế hoạch số 09/KH-SNV; tổng số tài liệu bảo quản đạt 2.421 mét giá; số hóa vượt kế hoạch; phục vụ 1.846 lượt độc giả, nhiều nhất từ trước đến nay. Lũy kế giai đoạn 2021 - 2024, Trung tâm đã thu nộp 536 mét giá tài liệu, tăng 31,4% so với giai đoạn 2011 - 2015 (408 mét giá). Tuy nhiên, kho lưu trữ sắp hết sức chứa; kinh phí số hóa còn hạn chế; một số cơ quan nộp lưu chưa đúng thời hạn, tài liệu giao nộp chưa được chỉnh lý đạt yêu cầu, Trung tâm phải hướng dẫn hoàn thiện nhiều lần.",
      FRAC("12/13 nhiệm vụ", "12/13", 12, 13, 'consistent'),
      REP("đạt 2.421 mét giá", "2.421", "2.412", 'inconsistent', right="2.412", note="đảo chữ số"),
      REP("phục vụ 1.846 lượt", "1.846", "1.846", 'consistent'),
      RATIO("tăng 31,4%", "31,4%", 536, 408, 'consistent', offset=100),
      TERM("giai đoạn 2011 - 2015", "giai đoạn 2011 - 2015", "giai đoạn 2016 - 2020", 'inconsistent', note="giai đoạn liền trước 2021 - 2025 là 2016 - 2020"))
    p("Nguyên nhân của hạn chế: Kho Lưu trữ lịch sử tỉnh được xây dựng từ năm 2012, quy mô chưa tính đến lượng tài liệu phát sinh sau khi sắp xếp, hợp nhất các cơ quan; kinh phí cho chỉnh lý, số hóa phụ thuộc vào ngân sách được giao hằng năm; nhận thức về công tác lưu trữ của một số người đứng đầu cơ quan, tổ chức chưa đầy đủ; đội ngũ làm công tác lưu trữ ở cơ quan thường xuyên thay đổi, kiêm nhiệm, chưa được đào tạo bài bản về chuyên ngành lưu trữ.")
    p("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025")
    p("Thu nộp tối thiểu 170 mét giá tài liệu, tăng 15,6% so với năm 2024; chỉnh lý 200 mét giá tài liệu tích đống; số hóa 450.000 trang tài liệu, nâng tỷ lệ số hóa lũy kế lên 52,1% tổng số trang tài liệu đang bảo quản; phục vụ trên 2.000 lượt độc giả; tham mưu Sở Nội vụ trình UBND tỉnh phê duyệt Dự án mở rộng Kho Lưu trữ lịch sử tỉnh thêm 1.800 mét giá.",
      RATIO("tăng 15,6%", "15,6%", 170, 147, 'consistent', offset=100),
      AMB("lên 52,1%", 'share', "(1.286.430 + 450.000)/3.332.600 = 52,10% nếu tổng số trang không đổi; nhưng tổng số trang bảo quản năm 2025 sẽ tăng do thu nộp, cơ sở không xác định", stated="52,1%"))
    p("Giải pháp chủ yếu: tăng cường ứng dụng công nghệ thông tin, từng bước hình thành cơ sở dữ liệu tài liệu lưu trữ của tỉnh kết nối với Cơ sở dữ liệu quốc gia về văn thư, lưu trữ; huy động nguồn lực xã hội hóa cho số hóa tài liệu; nâng cao trình độ chuyên môn, nghiệp vụ cho viên chức; đẩy mạnh tuyên truyền, giới thiệu giá trị tài liệu lưu trữ đến đông đảo người dân.")
    d.fn("Đến ngày 30/10/2024, Kho Lưu trữ lịch sử tỉnh bảo quản 2.398 mét giá tài liệu của 117 phông lưu trữ.",
      AMB("bảo quản 2.398 mét", 'repeat', "2.398 mét giá đến 30/10/2024 khác 2.412 mét giá đến 31/12/2024: hai thời điểm, không so sánh được", stated="2.398"))
    d.fn("Cơ quan chưa nộp lưu theo kế hoạch là Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp; như vậy có 14/16 cơ quan thuộc Danh mục đã nộp lưu đúng kế hoạch.",
      FRAC("14/16 cơ quan", "14/16", 14, 15, 'inconsistent', note="kế hoạch 15 cơ quan (14/15 ở thân bài); một cơ quan chưa nộp"))
    d.fn("09 cơ quan có tài liệu được tiêu hủy gồm 05 sở, ngành và 04 UBND huyện, thành phố.",
      SUM("09 cơ quan có tài liệu", "09", ["05", "04"], 'consistent'),
      SUB("04 UBND huyện", 8, ["04"], 'consistent', disjoint=False, note="04 ≤ 08 huyện, thành phố"))
    d.fn("Kế hoạch thu nộp năm 2024 gồm 15 cơ quan, tổ chức với 160 mét giá tài liệu, bình quân 10,67 mét giá/cơ quan.",
      REP("gồm 15 cơ quan", "15", "15", 'consistent'),
      REP("với 160 mét giá", "160", "160", 'consistent'),
      RATIO("bình quân 10,67", "10,67", 160, 15, 'consistent', mult=1))
    return d


def draft5():
    d = Draft("p12-05-trung-tam-dich-vu-viec-lam.txt"); p = d.p
    p("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH NGHỆ AN")
    p("TRUNG TÂM DỊCH VỤ VIỆC LÀM")
    p("Số:      /BC-TTDVVL")
    p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    p("Độc lập - Tự do - Hạnh phúc")
    p("Nghệ An, ngày     tháng 12 năm 2024")
    p("BÁO CÁO")
    p("Kết quả hoạt động dịch vụ việc làm, bảo hiểm thất nghiệp năm 2024 và kế hoạch năm 2025")
    p("Thực hiện Quyết định số 318/QĐ-SLĐTBXH ngày 05/02/2024 của Sở Lao động - Thương binh và Xã hội về việc giao chỉ tiêu kế hoạch năm 2024 và Công văn số 2946/SLĐTBXH-VL ngày 02/12/2024 về việc báo cáo tổng kết năm, Trung tâm Dịch vụ việc làm tỉnh báo cáo kết quả hoạt động năm 2024 như sau:")
    p("I. ĐẶC ĐIỂM TÌNH HÌNH")
    p("Trung tâm có trụ sở chính tại thành phố Vinh và 04 chi nhánh, 06 điểm giao dịch vệ tinh đặt tại các huyện, thị xã, bảo đảm phục vụ người lao động của 21 đơn vị hành chính cấp huyện (17 huyện, 03 thị xã, 01 thành phố). Tổng số viên chức, người lao động là 86 người, trong đó 61 người làm công tác tư vấn, giới thiệu việc làm và bảo hiểm thất nghiệp. Năm 2024, thị trường lao động phục hồi nhưng chưa bền vững; nhiều doanh nghiệp dệt may, da giày cắt giảm đơn hàng, số lao động mất việc làm vẫn ở mức cao.",
      SUM("21 đơn vị hành chính cấp huyện", "21", ["17", "03", "01"], 'consistent'),
      SUB("61 người làm công tác", 86, ["61"], 'consistent', disjoint=False))
    p("Được sự quan tâm chỉ đạo của Sở Lao động - Thương binh và Xã hội, sự phối hợp của các sở, ngành, UBND các huyện, thị xã, thành phố và các doanh nghiệp, Trung tâm đã chủ động xây dựng kế hoạch, đổi mới phương thức hoạt động, đẩy mạnh ứng dụng công nghệ thông tin trong tư vấn, giới thiệu việc làm và giải quyết chế độ bảo hiểm thất nghiệp; tăng cường kết nối cung - cầu lao động trong và ngoài tỉnh; chú trọng hỗ trợ lao động mất việc làm, lao động về nước và lao động vùng đồng bào dân tộc thiểu số, miền núi.")
    p("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ")
    p("1. Tổ chức phiên giao dịch việc làm")
    p("Năm 2024, Trung tâm tổ chức 86 phiên giao dịch việc làm, đạt 107,5% kế hoạch (80 phiên), chia ra: 48 phiên định kỳ tại trụ sở; 26 phiên lưu động tại 18/21 huyện, thị xã, thành phố; 12 phiên trực tuyến kết nối với các tỉnh Bắc Trung Bộ. Có 1.642 lượt doanh nghiệp tham gia (bình quân 19,1 doanh nghiệp/phiên) với nhu cầu tuyển dụng 38.450 chỉ tiêu, gấp 1,8 lần số lượt người lao động tham gia phiên (21.368 lượt).",
      RATIO("đạt 107,5%", "107,5%", 86, 80, 'consistent'),
      SUM("tổ chức 86 phiên", "86", ["48", "26", "12"], 'consistent'),
      FRAC("18/21 huyện", "18/21", 18, 21, 'consistent'),
      RATIO("19,1 doanh nghiệp/phiên", "19,1", 1642, 86, 'consistent', mult=1),
      RATIO("gấp 1,8 lần", "1,8", 38450, 21368, 'consistent', mult=1))
    p("Trong 21.368 lượt người lao động tham gia phiên giao dịch, có 8.914 lượt lao động nữ, 13.274 lượt thanh niên dưới 35 tuổi, 2.146 lượt người dân tộc thiểu số; số người được doanh nghiệp sơ tuyển tại phiên là 9.876 người, chiếm 46,21% số lượt tham gia.",
      SUB("có 8.914 lượt", "21.368", ["8.914", "13.274", "2.146"], 'consistent', disjoint=False, note="các nhóm thuộc các tiêu chí khác nhau, có thể trùng nhau; mỗi nhóm ≤ tổng"),
      SHARE("chiếm 46,21%", "46,21%", 9876, 21368, 'rounding', note="9.876/21.368 = 46,2186 → 46,22"))
    p("2. Tư vấn, giới thiệu việc làm")
    p("Đã tư vấn cho 58.924 lượt người (năm 2023: 52.310 lượt), tăng 6.614 lượt, tương ứng tăng 12,64%; gồm: tư vấn việc làm, nghề nghiệp 31.206 lượt; tư vấn chính sách bảo hiểm thất nghiệp 24.518 lượt; tư vấn học nghề 3.020 lượt. Giới thiệu việc làm cho 15.432 lượt người, trong đó 9.218 lượt người đã nhận việc (đạt 59,73%), tăng 2,12 điểm phần trăm so với năm 2023 (57,52%); 7.035 lượt là người đang hưởng trợ cấp thất nghiệp.",
      DIFF("tăng 6.614 lượt", "6.614", 58924, 52310, 'consistent'),
      RATIO("tăng 12,64%", "12,64%", 58924, 52310, 'consistent', offset=100),
      SUM("tư vấn cho 58.924 lượt", "58.924", ["31.206", "24.518", "3.020"], 'inconsistent', note="31.206 + 24.518 + 3.020 = 58.744; có thể 3.020 gõ nhầm từ 3.200"),
      SHARE("(đạt 59,73%)", "59,73%", 9218, 15432, 'consistent'),
      PTS("tăng 2,12 điểm", "2,12", D("59.73"), D("57.52"), 'inconsistent', note="59,73 - 57,52 = 2,21; đảo chữ số"),
      AMB("7.035 lượt là người", 'subset', "9.218 + 7.035 = 16.253 > 15.432; người hưởng trợ cấp thất nghiệp có thể nằm trong số đã nhận việc, không quyết định được", stated="7.035"))
    p("3. Thực hiện chính sách bảo hiểm thất nghiệp")
    p("Tiếp nhận 18.746 hồ sơ đề nghị hưởng trợ cấp thất nghiệp (năm 2023: 21.305 hồ sơ), giảm 2.559 hồ sơ, tương ứng giảm 12,01%. Đã tham mưu Giám đốc Sở ban hành quyết định hưởng trợ cấp thất nghiệp cho 18.402 người, đạt 98,16% số hồ sơ tiếp nhận; tổng số tiền trợ cấp 512,86 tỷ đồng, bình quân 27,78 triệu đồng/người; kinh phí chi trả giảm 6,2% so với năm 2023.",
      DIFF("giảm 2.559 hồ sơ", "2.559", 18746, 21305, 'consistent'),
      RATIO("giảm 12,01%", "12,01%", 2559, 21305, 'consistent'),
      SHARE("đạt 98,16%", "98,16%", 18402, 18746, 'consistent'),
      RATIO("bình quân 27,78 triệu", "27,78", D("512860"), 18402, 'inconsistent', mult=1, note="512,86 tỷ / 18.402 người = 27,87 triệu; đảo chữ số"),
      AMB("giảm 6,2%", 'ratio', "số tiền chi trả năm 2023 không được nêu, không kiểm tra được", stated="6,2%"))
    p("Quyết định hỗ trợ học nghề cho 1.126 người với kinh phí 5,632 triệu đồng, bình quân 5,0 triệu đồng/người; quyết định tạm dừng hưởng trợ cấp 312 trường hợp; chấm dứt hưởng 1.845 trường hợp, trong đó 1.206 trường hợp do có việc làm (65,37%), 418 trường hợp do hưởng lương hưu, đi nghĩa vụ quân sự, ra nước ngoài và 221 trường hợp do lý do khác.",
      AMB("5,632 triệu đồng", 'ratio', "'5,632 triệu' hay 5.632 triệu? bình quân 5,0 triệu/người chỉ khớp nếu là 5.632 triệu (5.632/1.126 = 5,00)", stated="5,632"),
      SHARE("(65,37%)", "65,37%", 1206, 1845, 'consistent'),
      SUM("chấm dứt hưởng 1.845", "1.845", ["1.206", "418", "221"], 'consistent'))
    p("Trung tâm phối hợp Bảo hiểm xã hội tỉnh đối soát 18.402 hồ sơ hưởng trợ cấp thất nghiệp, phát hiện 46 trường hợp hưởng không đúng quy định (chiếm 0,25% số người được hưởng) do đã có việc làm nhưng không thông báo; đã thu hồi 1,08 tỷ đồng, bình quân 23,48 triệu đồng/trường hợp. Phối hợp Thanh tra Sở kiểm tra 24 doanh nghiệp hoạt động dịch vụ việc làm, dịch vụ đưa người lao động đi làm việc ở nước ngoài, phát hiện 05 doanh nghiệp vi phạm, đề nghị xử phạt 185 triệu đồng.",
      REP("đối soát 18.402 hồ sơ", "18.402", "18.402", 'consistent'),
      SHARE("(chiếm 0,25%", "0,25%", 46, 18402, 'consistent', note="0,24997 → 0,25"),
      RATIO("bình quân 23,48 triệu", "23,48", 1080, 46, 'consistent', mult=1),
      SUB("phát hiện 05 doanh nghiệp", 24, ["05"], 'consistent', disjoint=False))
    p("4. Đưa người lao động đi làm việc ở nước ngoài theo hợp đồng")
    p("Toàn tỉnh có 6.842 người đi làm việc ở nước ngoài theo hợp đồng, đạt 114,03% kế hoạch (6.000 người); trong đó lao động nữ 2.418 người (35,34%), lao động có kỹ năng nghề 3.121 người, chiếm 45,61%. Theo thị trường: Nhật Bản 4.125 người (60,29%); Đài Loan 1.876 người (27,42%); Hàn Quốc 512 người (7,84%); các thị trường khác 329 người (4,81%).",
      RATIO("đạt 114,03%", "114,03%", 6842, 6000, 'consistent'),
      SHARE("(35,34%)", "35,34%", 2418, 6842, 'consistent'),
      SHARE("chiếm 45,61%", "45,61%", 3121, 6842, 'rounding', note="3.121/6.842 = 45,6153 → 45,62"),
      SHARE("(60,29%)", "60,29%", 4125, 6842, 'consistent'),
      SHARE("(27,42%)", "27,42%", 1876, 6842, 'consistent'),
      SHARE("(7,84%)", "7,84%", 512, 6842, 'inconsistent', note="512/6.842 = 7,48%; đảo chữ số"),
      SHARE("(4,81%)", "4,81%", 329, 6842, 'consistent'))
    p("Trung tâm trực tiếp tuyển chọn, giới thiệu 1.486 lao động đi làm việc ở nước ngoài (chiếm 21,72% tổng số lao động xuất cảnh của tỉnh), trong đó 612 lao động đi Hàn Quốc theo Chương trình EPS. Lũy kế giai đoạn 2021 - 2024 toàn tỉnh có 24.615 người đi làm việc ở nước ngoài, bình quân 6.154 người/năm, gấp 1,3 lần bình quân giai đoạn 2016 - 2020 (4.735 người/năm).",
      SHARE("(chiếm 21,72%", "21,72%", 1486, 6842, 'consistent'),
      AMB("612 lao động đi Hàn Quốc", 'subset', "612 lao động đi Hàn Quốc do Trung tâm giới thiệu > 512 lao động đi Hàn Quốc của toàn tỉnh; có thể 612 gồm người đã trúng tuyển chưa xuất cảnh, không quyết định được", stated="612"),
      RATIO("bình quân 6.154 người/năm", "6.154", 24615, 4, 'consistent', mult=1),
      RATIO("gấp 1,3 lần", "1,3", 6154, 4735, 'consistent', mult=1),
      TERM("giai đoạn 2016 - 2020", "giai đoạn 2016 - 2020", "giai đoạn 2016 - 2020", 'consistent'))
    p("Đối với lao động hết hạn hợp đồng về nước, Trung tâm đã tư vấn, giới thiệu việc làm cho 428 người, trong đó 265 người đã có việc làm ổn định (61,92%), chủ yếu làm việc tại các doanh nghiệp FDI trong Khu kinh tế Đông Nam. Mở 14 lớp bồi dưỡng kỹ năng cho 420 học viên (bình quân 30 học viên/lớp), gồm 08 lớp cho lao động chuẩn bị xuất cảnh và 06 lớp kỹ năng tìm việc cho người hưởng trợ cấp thất nghiệp.",
      SHARE("(61,92%)", "61,92%", 265, 428, 'consistent'),
      RATIO("bình quân 30 học viên", "30", 420, 14, 'consistent', mult=1),
      SUM("Mở 14 lớp", "14", ["08", "06"], 'consistent'))
    p("5. Thu thập, cập nhật thông tin thị trường lao động và tài chính")
    p("Cổng thông tin việc làm của Trung tâm đăng tải 4.862 tin tuyển dụng (năm 2023: 4.215 tin), tăng 647 tin, tương ứng 15,35%; thu hút 126.540 lượt truy cập; tiếp nhận 3.814 hồ sơ ứng tuyển trực tuyến, bình quân 0,78 hồ sơ/tin tuyển dụng. Kết nối, chia sẻ dữ liệu với Cục Việc làm và 12 Trung tâm dịch vụ việc làm các tỉnh, thành phố, góp phần cung ứng lao động cho các khu công nghiệp phía Nam và phía Bắc.",
      DIFF("tăng 647 tin", "647", 4862, 4215, 'consistent'),
      RATIO("tương ứng 15,35%", "15,35%", 647, 4215, 'consistent'),
      RATIO("bình quân 0,78 hồ sơ", "0,78", 3814, 4862, 'consistent', mult=1))
    p("Cập nhật thông tin cung - cầu lao động của 412.560 hộ gia đình tại 412/412 xã, phường, thị trấn; khảo sát nhu cầu tuyển dụng của 2.380 doanh nghiệp. Dự toán chi hoạt động năm 2024 là 24,62 tỷ đồng, thực hiện 23,95 tỷ đồng, đạt 97,28%, còn lại 0,67 tỷ đồng chuyển nguồn sang năm 2025. Nguồn thu sự nghiệp đạt 3,46 tỷ đồng (gồm thu dịch vụ tuyển dụng 2,18 tỷ đồng, thu đào tạo ngoại ngữ, kỹ năng 1,28 tỷ đồng), tăng 0,42 tỷ đồng so với năm 2023 (3,04 tỷ đồng).",
      FRAC("412/412 xã", "412/412", 412, 412, 'consistent'),
      RATIO("đạt 97,28%", "97,28%", D("23.95"), D("24.62"), 'consistent'),
      DIFF("còn lại 0,67 tỷ", "0,67", D("24.62"), D("23.95"), 'consistent', neg=False),
      SUM("đạt 3,46 tỷ đồng", "3,46", ["2,18", "1,28"], 'consistent'),
      DIFF("tăng 0,42 tỷ", "0,42", D("3.46"), D("3.04"), 'consistent'))
    p("III. ĐÁNH GIÁ CHUNG")
    p("Năm 2024, Trung tâm hoàn thành và vượt 7/8 chỉ tiêu được giao: tổ chức 86 phiên giao dịch việc làm; tư vấn cho 58.924 lượt người; 6.482 người đi làm việc ở nước ngoài; giải quyết 18.402 hồ sơ hưởng trợ cấp thất nghiệp. Chỉ tiêu số người nhận việc qua giới thiệu mới đạt 92,18% kế hoạch (10.000 lượt). Đến 30/11/2024, toàn tỉnh đã có 6.215 lao động xuất cảnh.",
      REP("86 phiên giao dịch việc làm;", "86", "86", 'consistent'),
      REP("6.482 người đi làm việc", "6.482", "6.842", 'inconsistent', right="6.842", note="đảo chữ số"),
      REP("giải quyết 18.402 hồ sơ", "18.402", "18.402", 'consistent'),
      RATIO("đạt 92,18%", "92,18%", 9218, 10000, 'consistent'),
      AMB("6.215 lao động", 'repeat', "6.215 (đến 30/11/2024) khác 6.842 (cả năm): khác thời điểm, không so sánh được", stated="6.215"))
    p("Hạn chế: số lao động tham gia phiên giao dịch còn thấp so với nhu cầu tuyển dụng; tỷ lệ người hưởng trợ cấp thất nghiệp được giới thiệu việc làm thành công chưa cao; việc quản lý lao động sau xuất cảnh còn gặp khó khăn, vẫn còn tình trạng lao động bỏ trốn, ở lại quá hạn tại Hàn Quốc, Đài Loan. Nguyên nhân chủ yếu do tâm lý chờ hưởng trợ cấp của một bộ phận người lao động; thông tin thị trường lao động chưa được kết nối đầy đủ giữa các địa phương; cơ sở vật chất của một số chi nhánh, điểm giao dịch vệ tinh xuống cấp, chưa đáp ứng yêu cầu tổ chức phiên giao dịch trực tuyến.")
    p("IV. KẾ HOẠCH NĂM 2025")
    p("Tổ chức tối thiểu 90 phiên giao dịch việc làm; tư vấn cho 60.000 lượt người; phấn đấu đưa 7.000 người đi làm việc ở nước ngoài, tăng 2,3% so với năm 2023; giới thiệu việc làm thành công cho 10.000 lượt người, tăng 8,5% so với thực hiện năm 2024.",
      RATIO("tăng 2,3%", "2,3%", 7000, 6842, 'consistent', offset=100),
      TERM("so với năm 2023", "năm 2023", "năm 2024", 'inconsistent', note="2,3% khớp 7.000/6.842 (năm 2024)"),
      RATIO("tăng 8,5%", "8,5%", 10000, 9218, 'consistent', offset=100))
    p("Giải pháp chủ yếu: đa dạng hóa hình thức tổ chức phiên giao dịch việc làm, tăng số phiên trực tuyến và phiên chuyên đề theo nhóm đối tượng; nâng cao chất lượng tư vấn cho người hưởng trợ cấp thất nghiệp gắn với giới thiệu việc làm, hỗ trợ học nghề; phối hợp với các doanh nghiệp dịch vụ có uy tín, các địa phương trong tuyển chọn, quản lý lao động đi làm việc ở nước ngoài; hoàn thiện cơ sở dữ liệu thị trường lao động của tỉnh.")
    d.fn("Các phiên lưu động chưa tổ chức được tại 03 huyện miền núi cao do địa bàn chia cắt; như vậy phiên lưu động đã tổ chức tại 18/21 đơn vị cấp huyện.",
      SUM("chưa tổ chức được tại 03 huyện", "03", [21, -18], 'consistent', note="21 - 18 = 03"))
    d.fn("Năm 2023, Trung tâm giới thiệu việc làm cho 14.118 lượt người, trong đó 8.121 lượt nhận việc (57,52%).",
      SHARE("(57,52%)", "57,52%", 8121, 14118, 'consistent'))
    return d


def draft6():
    d = Draft("p12-06-dai-hoi-dang-bo-phuong.txt"); p = d.p
    p("ĐẢNG BỘ QUẬN 1")
    p("ĐẢNG ỦY PHƯỜNG TÂN ĐỊNH")
    p("*")
    p("ĐẢNG CỘNG SẢN VIỆT NAM")
    p("Tân Định, ngày     tháng 6 năm 2025")
    p("BÁO CÁO CHÍNH TRỊ")
    p("của Ban Chấp hành Đảng bộ phường khóa XII tại Đại hội đại biểu Đảng bộ phường lần thứ XIII, nhiệm kỳ 2025 - 2030")
    p("Thực hiện Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị và Kế hoạch số 112-KH/QU ngày 05/5/2025 của Ban Thường vụ Quận ủy về đại hội đảng bộ các cấp, Ban Chấp hành Đảng bộ phường khóa XII báo cáo kết quả thực hiện Nghị quyết Đại hội Đảng bộ phường lần thứ XII, nhiệm kỳ 2020 - 2025 và phương hướng, nhiệm vụ nhiệm kỳ 2025 - 2030 như sau:")
    p("Phần thứ nhất")
    p("KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ PHƯỜNG LẦN THỨ XII, NHIỆM KỲ 2020 - 2025")
    p("Đầu nhiệm kỳ, Đảng bộ phường có 26 chi bộ trực thuộc với 548 đảng viên. Đến 30/6/2025, Đảng bộ có 28 chi bộ trực thuộc (gồm 14 chi bộ khu phố, 09 chi bộ cơ quan, đơn vị sự nghiệp, 05 chi bộ doanh nghiệp) với 612 đảng viên, tăng 02 chi bộ và 46 đảng viên so với đầu nhiệm kỳ; trong đó đảng viên nữ 287 đồng chí (46,89%), đảng viên dự bị 24 đồng chí.",
      SUM("có 28 chi bộ", "28", ["14", "09", "05"], 'consistent'),
      DIFF("tăng 02 chi bộ", "02", 28, 26, 'consistent'),
      DIFF("46 đảng viên so với", "46", 612, 548, 'inconsistent', neg=False, note="612 - 548 = 64; đảo chữ số"),
      SHARE("(46,89%)", "46,89%", 287, 612, 'rounding', note="287/612 = 46,8954 → 46,90"),
      SUB("dự bị 24 đồng chí", 612, ["24"], 'consistent', disjoint=False))
    p("I. KẾT QUẢ LÃNH ĐẠO THỰC HIỆN NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI")
    p("1. Về thu ngân sách")
    p("Tổng thu ngân sách nhà nước trên địa bàn cả nhiệm kỳ đạt 1.284,6 tỷ đồng, đạt 118,7% chỉ tiêu Nghị quyết (1.082 tỷ đồng), tăng 34,6% so với nhiệm kỳ 2010 - 2015 (954,3 tỷ đồng). Chia theo năm: năm 2021 thu 215,3 tỷ đồng; năm 2022 thu 248,6 tỷ đồng; năm 2023 thu 264,7 tỷ đồng; năm 2024 thu 286,4 tỷ đồng, tăng 8,2% so với năm 2023; 6 tháng đầu năm và ước cả năm 2025 thu 269,6 tỷ đồng. Tốc độ tăng thu bình quân đạt 7.4%/năm.",
      RATIO("đạt 118,7%", "118,7%", D("1284.6"), 1082, 'consistent'),
      RATIO("tăng 34,6%", "34,6%", D("1284.6"), D("954.3"), 'consistent', offset=100),
      TERM("nhiệm kỳ 2010 - 2015", "nhiệm kỳ 2010 - 2015", "nhiệm kỳ 2015 - 2020", 'inconsistent', note="nhiệm kỳ liền trước 2020 - 2025"),
      SUM("đạt 1.284,6 tỷ đồng", "1.284,6", ["215,3", "248,6", "264,7", "286,4", "269,6"], 'consistent'),
      RATIO("tăng 8,2%", "8,2%", D("286.4"), D("264.7"), 'consistent', offset=100),
      AMB("7.4%/năm", 'ratio', "'7.4%' dùng dấu chấm; tốc độ bình quân theo năm nào làm gốc không nêu (năm 2020 không có số liệu)", stated="7.4%"))
    p("Trong cơ cấu thu năm 2024 (286,4 tỷ đồng), thu từ khu vực kinh tế ngoài quốc doanh 198,7 tỷ đồng (chiếm 69,38%), thu lệ phí trước bạ 52,4 tỷ đồng (18,30%), thu thuế thu nhập cá nhân và các khoản thu khác 35,3 tỷ đồng (12,33%). Số hộ kinh doanh cá thể trên địa bàn đến cuối năm 2024 là 2.846 hộ, tăng 318 hộ so với đầu nhiệm kỳ (2.528 hộ).",
      SUM("năm 2024 (286,4 tỷ đồng)", "286,4", ["198,7", "52,4", "35,3"], 'consistent'),
      SHARE("(chiếm 69,38%)", "69,38%", D("198.7"), D("286.4"), 'consistent'),
      SHARE("(18,30%)", "18,30%", D("52.4"), D("286.4"), 'consistent'),
      SHARE("(12,33%)", "12,33%", D("35.3"), D("286.4"), 'consistent'),
      DIFF("tăng 318 hộ", "318", 2846, 2528, 'consistent'))
    p("2. Về văn hóa - xã hội, an sinh xã hội")
    p("Phường đã hoàn thành mục tiêu không còn hộ nghèo theo chuẩn nghèo thành phố từ năm 2023; số hộ cận nghèo giảm từ 142 hộ (đầu nhiệm kỳ) xuống còn 38 hộ, giảm 104 hộ, tương ứng giảm 73,24%. Quỹ \"Vì người nghèo\" vận động được 6,84 tỷ đồng trong nhiệm kỳ, bình quân 1,37 tỷ đồng/năm; xây dựng, sửa chữa 12 căn nhà tình thương, nhà đại đoàn kết. Tỷ lệ người dân tham gia bảo hiểm y tế đạt 94,6% (chỉ tiêu 92%), tăng 6,3 điểm phần trăm so với đầu nhiệm kỳ (88,3%); tỷ lệ hộ gia đình văn hóa đạt 97,8%, tăng 1,2%.",
      DIFF("giảm 104 hộ", "104", 38, 142, 'consistent'),
      RATIO("giảm 73,24%", "73,24%", 104, 142, 'consistent'),
      RATIO("bình quân 1,37 tỷ", "1,37", D("6.84"), 5, 'consistent', mult=1),
      PTS("tăng 6,3 điểm", "6,3", D("94.6"), D("88.3"), 'consistent'),
      AMB("tăng 1,2%", 'points', "tỷ lệ đầu nhiệm kỳ không nêu; không rõ điểm phần trăm hay tương đối", stated="1,2%"))
    p("3. Về quản lý đô thị, trật tự xây dựng")
    p("Trong nhiệm kỳ, phường đã kiểm tra 1.862 công trình xây dựng, phát hiện và xử lý 74 trường hợp vi phạm trật tự xây dựng (chiếm 3,97%), 100% trường hợp vi phạm được xử lý dứt điểm. Lực lượng trật tự đô thị phường ra quân xử lý 1.426 trường hợp lấn chiếm lòng, lề đường, xử phạt 2,18 tỷ đồng, bình quân 1,53 triệu đồng/trường hợp; 19/19 tuyến đường được công nhận tuyến đường văn minh, mỹ quan đô thị.",
      SHARE("(chiếm 3,97%)", "3,97%", 74, 1862, 'consistent'),
      RATIO("bình quân 1,53 triệu", "1,53", 2180, 1426, 'consistent', mult=1),
      FRAC("19/19 tuyến đường", "19/19", 19, 19, 'consistent', note="phường có 19 tuyến đường (chú thích)"))
    p("4. Về quốc phòng, an ninh")
    p("Công tác quốc phòng địa phương được thực hiện nghiêm; trong nhiệm kỳ đã tuyển chọn, gọi công dân nhập ngũ đạt 68/68 chỉ tiêu được giao. Tình hình an ninh chính trị, trật tự an toàn xã hội được giữ vững; số vụ phạm pháp hình sự giảm từ 186 vụ (nhiệm kỳ 2015 - 2020) xuống còn 135 vụ, giảm 27,4%; lực lượng công an đã điều tra, làm rõ 121/135 vụ, đạt tỷ lệ 89,63%.",
      FRAC("68/68 chỉ tiêu", "68/68", 68, 68, 'consistent'),
      RATIO("giảm 27,4%", "27,4%", 186 - 135, 186, 'consistent'),
      TERM("(nhiệm kỳ 2015 - 2020)", "nhiệm kỳ 2015 - 2020", "nhiệm kỳ 2015 - 2020", 'consistent'),
      FRAC("121/135 vụ", "121/135", 121, 135, 'consistent'),
      SHARE("đạt tỷ lệ 89,63%", "89,63%", 121, 135, 'consistent'))
    p("5. Về hoạt động của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội")
    p("Mặt trận Tổ quốc và các đoàn thể phường đã đổi mới nội dung, phương thức hoạt động, hướng về khu phố, tổ dân phố. Đến nay, tổng số hội viên, đoàn viên của các đoàn thể là 5.846 người (Hội Liên hiệp Phụ nữ 2.104, Hội Cựu chiến binh 318, Đoàn Thanh niên 1.236, Hội Người cao tuổi 2.188). Cuộc vận động \"Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh\" được triển khai sâu rộng, 14/14 khu phố đạt danh hiệu khu phố văn hóa.",
      SUM("là 5.846 người", "5.846", ["2.104", "318", "1.236", "2.188"], 'consistent'),
      FRAC("14/14 khu phố", "14/14", 14, 14, 'consistent', note="14 chi bộ khu phố tương ứng 14 khu phố"))
    p("II. CÔNG TÁC XÂY DỰNG ĐẢNG")
    p("1. Công tác phát triển đảng viên")
    p("Nhiệm kỳ qua, Đảng bộ đã kết nạp 96 đảng viên mới, đạt 120% chỉ tiêu Nghị quyết (80 đảng viên), tăng 18 đảng viên so với nhiệm kỳ 2015 - 2020 (78 đảng viên); bình quân 19,2 đảng viên/năm. Cụ thể: năm 2021 kết nạp 17, năm 2022 kết nạp 21, năm 2023 kết nạp 19, năm 2024 kết nạp 23 và 6 tháng đầu năm 2025 kết nạp 16 đảng viên. Trong số đảng viên mới kết nạp có 68 đồng chí là đoàn viên thanh niên (chiếm 70,83%), 41 đồng chí là nữ, 06 đồng chí là chủ doanh nghiệp tư nhân.",
      RATIO("đạt 120%", "120%", 96, 80, 'consistent'),
      DIFF("tăng 18 đảng viên", "18", 96, 78, 'consistent'),
      TERM("nhiệm kỳ 2015 - 2020", "nhiệm kỳ 2015 - 2020", "nhiệm kỳ 2015 - 2020", 'consistent'),
      RATIO("bình quân 19,2", "19,2", 96, 5, 'consistent', mult=1),
      SUM("kết nạp 96 đảng viên mới", "96", ["17", "21", "19", "23", "16"], 'consistent'),
      SHARE("(chiếm 70,83%)", "70,83%", 68, 96, 'consistent'),
      SUB("41 đồng chí là nữ", 96, ["68", "41", "06"], 'consistent', disjoint=False, stated="41"))
    p("Biến động đảng viên trong nhiệm kỳ: từ 548 đảng viên đầu nhiệm kỳ, kết nạp 96 đảng viên, tiếp nhận 87 đảng viên chuyển đến; giảm 41 đảng viên từ trần, 69 đảng viên chuyển đi, 09 đảng viên bị xóa tên, khai trừ; đến 30/6/2025 còn 612 đảng viên. Trong nhiệm kỳ, Đảng bộ đã đề nghị cấp trên tặng 241 Huy hiệu Đảng (gồm 86 Huy hiệu 30 năm, 58 Huy hiệu 40 năm, 32 Huy hiệu 45 năm, 23 Huy hiệu 50 năm, 09 Huy hiệu 55 năm, 04 Huy hiệu 60 năm, 02 Huy hiệu 65 năm tuổi Đảng).",
      SUM("còn 612 đảng viên", "612", ["548", "96", "87", -41, -69, -9], 'consistent', note="548 + 96 + 87 - 41 - 69 - 09 = 612"),
      SUM("tặng 241 Huy hiệu", "241", ["86", "58", "32", "23", "09", "04", "02"], 'inconsistent', note="tổng các loại = 214; đảo chữ số"))
    p("2. Công tác đánh giá, xếp loại chất lượng")
    p("Kết quả đánh giá, xếp loại năm 2024: trong 28 chi bộ trực thuộc, có 20 chi bộ hoàn thành tốt nhiệm vụ (chiếm 74,43%), trong đó 05 chi bộ hoàn thành xuất sắc nhiệm vụ; 07 chi bộ hoàn thành nhiệm vụ; 01 chi bộ không hoàn thành nhiệm vụ. Về đảng viên, có 588 đảng viên được đánh giá, trong đó hoàn thành tốt nhiệm vụ 452 đồng chí (76,87%), trong số này có 71 đồng chí hoàn thành xuất sắc nhiệm vụ; hoàn thành nhiệm vụ 124 đồng chí (21,08%); không hoàn thành nhiệm vụ 12 đồng chí (2,04%).",
      SUM("trong 28 chi bộ", "28", ["20", "07", "01"], 'consistent', note="xuất sắc (05) tính trong hoàn thành tốt"),
      SHARE("(chiếm 74,43%)", "74,43%", 20, 28, 'inconsistent', note="20/28 = 71,43%; sai một chữ số"),
      SUB("trong đó 05 chi bộ", 20, ["05"], 'consistent', disjoint=False),
      SUM("có 588 đảng viên", "588", ["452", "124", "12"], 'consistent'),
      SHARE("(76,87%)", "76,87%", 452, 588, 'consistent'),
      SUB("có 71 đồng chí", 452, ["71"], 'consistent', disjoint=False),
      SHARE("(21,08%)", "21,08%", 124, 588, 'rounding', note="124/588 = 21,0884 → 21,09"),
      SHARE("(2,04%)", "2,04%", 12, 588, 'consistent'),
      AMB("có 588 đảng viên được đánh giá", 'sum', "588 đảng viên được đánh giá cuối năm 2024; cộng 31 đảng viên miễn đánh giá (chú thích) = 619 ≠ 612, nhưng 612 là số đến 30/6/2025: khác thời điểm", stated="588"))
    p("3. Công tác kiểm tra, giám sát và thi hành kỷ luật")
    p("Đảng ủy và Ủy ban Kiểm tra Đảng ủy đã kiểm tra 18 tổ chức đảng và 42 đảng viên, giám sát chuyên đề 24 tổ chức đảng và 56 đảng viên; thi hành kỷ luật 07 đảng viên (khiển trách 04, cảnh cáo 02, khai trừ 01). Đảng viên trẻ dưới 35 tuổi chiếm 23,6% số đảng viên đang sinh hoạt tại các chi bộ khu phố.",
      SUM("kỷ luật 07 đảng viên", "07", ["04", "02", "01"], 'consistent'),
      AMB("chiếm 23,6%", 'share', "số đảng viên trẻ và số đảng viên sinh hoạt tại chi bộ khu phố không được nêu; cơ sở không xác định", stated="23,6%"))
    p("III. ĐÁNH GIÁ CHUNG")
    p("Nhiệm kỳ 2020 - 2025, Đảng bộ phường đã lãnh đạo thực hiện đạt và vượt 18/19 chỉ tiêu chủ yếu Nghị quyết Đại hội XII đề ra; thu ngân sách cả nhiệm kỳ đạt 1.248,6 tỷ đồng; kết nạp 96 đảng viên; không còn hộ nghèo theo chuẩn thành phố. Tuy nhiên, còn 01 chỉ tiêu chưa đạt là tỷ lệ chi bộ hoàn thành tốt nhiệm vụ trở lên hằng năm.",
      FRAC("18/19 chỉ tiêu", "18/19", 18, 20, 'inconsistent', note="Nghị quyết Đại hội XII đề ra 20 chỉ tiêu (chú thích)"),
      REP("1.248,6 tỷ đồng", "1.248,6", "1.284,6", 'inconsistent', right="1.284,6", note="đảo chữ số"),
      REP("kết nạp 96 đảng viên;", "96", "96", 'consistent'))
    p("Hạn chế: công tác quản lý đảng viên đi làm ăn xa, đảng viên sinh hoạt hai chiều ở nơi cư trú có lúc chưa chặt chẽ; chất lượng sinh hoạt một số chi bộ khu phố chưa cao, nội dung còn dàn trải; tình trạng lấn chiếm lòng, lề đường tái diễn ở một số tuyến đường; việc huy động nguồn lực xã hội cho an sinh chưa đồng đều giữa các khu phố; công tác nắm bắt dư luận xã hội, tình hình tư tưởng đảng viên và Nhân dân có lúc chưa kịp thời.")
    p("Bài học kinh nghiệm: phải giữ vững nguyên tắc tập trung dân chủ, phát huy sức mạnh đoàn kết trong Đảng bộ và sự đồng thuận của Nhân dân; cấp ủy phải bám sát cơ sở, kịp thời nắm bắt tâm tư, nguyện vọng của người dân; người đứng đầu phải gương mẫu, quyết liệt trong lãnh đạo, chỉ đạo; coi trọng công tác kiểm tra, giám sát, sơ kết, tổng kết rút kinh nghiệm; chăm lo xây dựng đội ngũ cán bộ cơ sở đủ phẩm chất, năng lực, uy tín.")
    p("Phần thứ hai")
    p("PHƯƠNG HƯỚNG, NHIỆM VỤ NHIỆM KỲ 2025 - 2030")
    p("Phấn đấu tổng thu ngân sách cả nhiệm kỳ 2025 - 2030 đạt trên 1.500 tỷ đồng, tăng 16,8% so với nhiệm kỳ 2020 - 2025; kết nạp từ 100 đảng viên trở lên, tăng 4,2% so với nhiệm kỳ trước; tỷ lệ người dân tham gia bảo hiểm y tế đạt 96% trở lên, tăng 1,4 điểm phần trăm so với năm 2025 (94,6%); hằng năm có trên 80% chi bộ hoàn thành tốt nhiệm vụ trở lên.",
      RATIO("tăng 16,8%", "16,8%", 1500, D("1284.6"), 'consistent', offset=100),
      TERM("so với nhiệm kỳ 2020 - 2025", "nhiệm kỳ 2020 - 2025", "nhiệm kỳ 2020 - 2025", 'consistent'),
      RATIO("tăng 4,2%", "4,2%", 100, 96, 'consistent', offset=100),
      PTS("tăng 1,4 điểm", "1,4", 96, D("94.6"), 'consistent'))
    p("Để thực hiện thắng lợi các mục tiêu trên, Đảng bộ tập trung thực hiện ba khâu đột phá: nâng cao chất lượng sinh hoạt chi bộ khu phố, bảo đảm bình quân mỗi năm kết nạp 20 đảng viên; chỉnh trang đô thị, giữ gìn trật tự lòng, lề đường gắn với phát triển kinh tế đêm, dịch vụ thương mại; đẩy mạnh chuyển đổi số trong hoạt động của hệ thống chính trị và cung cấp dịch vụ công trực tuyến cho người dân, doanh nghiệp trên địa bàn phường.",
      RATIO("kết nạp 20 đảng viên", "20", 100, 5, 'consistent', mult=1, note="100 đảng viên / 5 năm"))
    d.fn("Nghị quyết Đại hội Đảng bộ phường lần thứ XII đề ra 20 chỉ tiêu chủ yếu, gồm 11 chỉ tiêu về kinh tế - xã hội, quốc phòng - an ninh và 09 chỉ tiêu về xây dựng Đảng, hệ thống chính trị.",
      SUM("đề ra 20 chỉ tiêu", "20", ["11", "09"], 'consistent'))
    d.fn("Năm 2024 có 31 đảng viên được miễn đánh giá, xếp loại (miễn công tác, sinh hoạt đảng hoặc mới kết nạp dưới 03 tháng). Phường có 19 tuyến đường do phường quản lý.",
      REP("có 19 tuyến đường", "19", "19", 'consistent'))
    return d


def build():
    import json, os
    from collections import Counter
    here = os.path.dirname(os.path.abspath(__file__))
    drafts = [draft1(), draft2(), draft3(), draft4(), draft5(), draft6()]
    tot = Counter(); rows = []
    for d in drafts:
        txt = '\n'.join(d.lines) + '\n'
        with open(os.path.join(here, d.fname), 'w', encoding='utf-8') as f:
            f.write(txt)
        claims = []
        for c in sorted(d.claims, key=lambda c: c['line']):
            o = dict(line=c['line'], anchor=c['anchor'], kind=c['kind'], verdict=c['verdict'])
            if c['verdict'] in ('inconsistent', 'rounding'):
                assert c['right'], c
                o['right'] = c['right']
            note = '; '.join(x for x in (c['calc'], c['note']) if x)
            o['note'] = note
            claims.append(o)
        # re-verify anchors against the written file
        lines = txt.split('\n')
        for o in claims:
            assert lines[o['line'] - 1].count(o['anchor']) == 1, o
        with open(os.path.join(here, d.fname.replace('.txt', '.labels.json')), 'w', encoding='utf-8') as f:
            json.dump({'file': d.fname, 'claims': claims}, f, ensure_ascii=False, indent=2)
            f.write('\n')
        kv = Counter((o['kind'], o['verdict']) for o in claims)
        tot.update(kv)
        rows.append((d.fname, len(txt), len(claims), Counter(o['verdict'] for o in claims), Counter(o['kind'] for o in claims)))
    return rows, tot


def summary(rows, tot):
    kinds = ['sum', 'subset', 'share', 'fraction', 'difference', 'points', 'ratio', 'repeat', 'term']
    verd = ['consistent', 'rounding', 'inconsistent', 'ambiguous']
    out = ['# heldout12 prose: summary', '', 'Generated by `make.py` (Python 3, Decimal, ROUND_HALF_UP). Run `python3 make.py` to rebuild.', '',
           '## Per draft', '', '| file | characters | claims | ' + ' | '.join(verd) + ' | ' + ' | '.join(kinds) + ' |',
           '|---|---:|---:|' + '---:|' * (len(verd) + len(kinds))]
    for f, n, c, v, k in rows:
        out.append(f'| {f} | {n} | {c} | ' + ' | '.join(str(v[x]) for x in verd) + ' | ' + ' | '.join(str(k[x]) for x in kinds) + ' |')
    out.append(f'| **total** | {sum(r[1] for r in rows)} | {sum(r[2] for r in rows)} | ' +
               ' | '.join(str(sum(r[3][x] for r in rows)) for x in verd) + ' | ' + ' | '.join(str(sum(r[4][x] for r in rows)) for x in kinds) + ' |')
    out += ['', '## Kind × verdict (all drafts)', '', '| kind | ' + ' | '.join(verd) + ' | total |', '|---|' + '---:|' * (len(verd) + 1)]
    for k in kinds:
        out.append(f'| {k} | ' + ' | '.join(str(tot[(k, v)]) for v in verd) + f' | {sum(tot[(k, v)] for v in verd)} |')
    out.append('| **total** | ' + ' | '.join(str(sum(tot[(k, v)] for k in kinds)) for v in verd) + f' | {sum(tot.values())} |')
    out.append('')
    return '\n'.join(out)


if __name__ == '__main__':
    import os
    rows, tot = build()
    s = summary(rows, tot)
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'SUMMARY.md'), 'w', encoding='utf-8') as f:
        f.write(s)
    print(s)
