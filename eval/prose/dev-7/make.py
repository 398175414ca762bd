#!/usr/bin/env python3
"""Builds the d7 drafts and labels; recomputes every verdict with exact arithmetic; fails on mismatch; writes SUMMARY.md."""
# Shared engine for make.py: exact arithmetic checks for every label.
from fractions import Fraction as F
import json, math, collections
FN = '[\ufffd] '

def pnum(s):
    if isinstance(s, (int, F)): return F(s)
    s = s.strip().rstrip('%').strip()
    neg = s.startswith('-')
    s = s.lstrip('-+')
    s = s.replace('.', '').replace(',', '.')
    v = F(s)
    return -v if neg else v

def decs(s):
    if isinstance(s, int): return 0
    s = s.strip().rstrip('%').strip()
    return len(s.split(',')[1]) if ',' in s else 0

def halfup(x, d):
    q = x * 10**d
    return F(math.floor(q + F(1, 2)), 10**d)

def trunc(x, d):
    q = x * 10**d
    return F(math.floor(q), 10**d) if q >= 0 else F(-math.floor(-q), 10**d)

def fmt(x, d, pct=False):
    neg = x < 0
    x = abs(x)
    q = halfup(x, d) * 10**d
    n = int(q)
    ip, fp = divmod(n, 10**d)
    s = f"{ip:,}".replace(',', '.')
    if d: s += ',' + str(fp).zfill(d)
    if neg: s = '-' + s
    return s + ('%' if pct else '')

def fmtx(x, d=4):
    return fmt(x, d)

def judge_round(stated, exact):
    d = decs(stated); sv = pnum(stated); pct = isinstance(stated, str) and stated.strip().endswith('%')
    r = halfup(exact, d)
    right = fmt(r, d, pct)
    if sv == r: return 'consistent', None, f"= {fmtx(exact)} → {right}"
    if sv == trunc(exact, d) or abs(sv - r) == F(1, 10**d):
        return 'rounding', right, f"= {fmtx(exact)} → {right} (half-up at {d} dp), stated {stated}"
    return 'inconsistent', right, f"= {fmtx(exact)} → {right}, stated {stated}"

def judge_exact(stated, exact, show):
    sv = pnum(stated)
    d = decs(stated)
    right = fmt(exact, d) if isinstance(stated, str) or d else str(exact)
    if isinstance(stated, str) and stated.strip().endswith('%'): right = fmt(exact, d, True)
    if sv == exact: return 'consistent', None, f"{show} = {fmt(exact, d)}"
    return 'inconsistent', right, f"{show} = {fmt(exact, d)}, stated {stated}"

def vs(x):
    return x if isinstance(x, str) else fmt(F(x), 0)

def check(c):
    t = c['chk']; op = t[0]
    if op == 'sum':
        parts, total = t[1], t[2]
        ex = sum(pnum(p) for p in parts)
        return judge_exact(total, ex, ' + '.join(vs(p) for p in parts))
    if op in ('share', 'frac'):
        num, den, st = t[1], t[2], t[3]
        ex = pnum(num) * 100 / pnum(den)
        v, r, n = judge_round(st, ex)
        return v, r, f"{vs(num)} / {vs(den)} × 100 {n}"
    if op == 'sumshare':  # (list of nums) / den
        nums, den, st = t[1], t[2], t[3]
        ex = sum(pnum(x) for x in nums) * 100 / pnum(den)
        v, r, n = judge_round(st, ex)
        return v, r, f"({' + '.join(vs(x) for x in nums)}) / {vs(den)} × 100 {n}"
    if op == 'diff':
        cur, prev, st = t[1], t[2], t[3]
        ex = pnum(cur) - pnum(prev)
        return judge_exact(st, ex, f"{vs(cur)} − {vs(prev)}")
    if op == 'pts':
        cur, prev, st = t[1], t[2], t[3]
        ex = pnum(cur) - pnum(prev)
        v, r, n = judge_exact(st, ex, f"{vs(cur)} − {vs(prev)} (percentage points)")
        if v != 'consistent':
            rel = (pnum(cur) - pnum(prev)) * 100 / pnum(prev)
            n += f"; relative reading {fmtx(rel)} % does not hold either" if halfup(rel, decs(st)) != pnum(st) else f"; holds only as relative change {fmtx(rel)} %"
        return v, r, n
    if op == 'rel':
        cur, prev, st = t[1], t[2], t[3]
        ex = (pnum(cur) - pnum(prev)) * 100 / pnum(prev)
        v, r, n = judge_round(st, ex)
        return v, r, f"({vs(cur)} − {vs(prev)}) / {vs(prev)} × 100 {n}"
    if op == 'ratio':
        cur, prev, st = t[1], t[2], t[3]
        ex = pnum(cur) * 100 / pnum(prev)
        v, r, n = judge_round(st, ex)
        return v, r, f"{vs(cur)} / {vs(prev)} × 100 {n}"
    if op == 'times':
        cur, prev, st = t[1], t[2], t[3]
        ex = pnum(cur) / pnum(prev)
        v, r, n = judge_round(st, ex)
        return v, r, f"{vs(cur)} / {vs(prev)} {n} lần"
    if op == 'avg':
        tot, n_, st = t[1], t[2], t[3]
        ex = pnum(tot) / pnum(n_)
        v, r, n = judge_round(st, ex)
        return v, r, f"{vs(tot)} / {vs(n_)} {n}"
    if op == 'eq':
        first, st = t[1], t[2]
        if pnum(first) == pnum(st): return 'consistent', None, f"same quantity stated earlier as {first}; stated {st}"
        return 'inconsistent', first, f"same quantity stated earlier as {first}; stated {st}"
    if op == 'term':
        exp, st = t[1], t[2]
        if exp == st: return 'consistent', None, f"compared period is {exp}"
        return 'inconsistent', exp, f"compared period should be {exp}, stated {st}"
    if op == 'subset':
        part, parent = t[1], t[2]
        if pnum(part) <= pnum(parent): return 'consistent', None, f"{vs(part)} ≤ {vs(parent)}"
        return 'inconsistent', None, f"{vs(part)} > {vs(parent)}"
    if op == 'amb':
        return 'ambiguous', None, t[1]
    raise ValueError(op)

def C(kind, verdict, anchor, *chk, note=''):
    return dict(kind=kind, verdict=verdict, anchor=anchor, chk=chk, extra=note)

def build(name, paras, outdir):
    lines, labels, errors = [], [], []
    for i, p in enumerate(paras):
        text, claims = (p, []) if isinstance(p, str) else p
        lines.append(text)
        for c in claims:
            ln = i + 1
            cnt = text.count(c['anchor'])
            if cnt != 1:
                errors.append(f"{name}:{ln}: anchor {c['anchor']!r} occurs {cnt}×")
            v, right, note = check(c)
            if v != c['verdict']:
                errors.append(f"{name}:{ln}: {c['anchor']!r} expected {c['verdict']} got {v}: {note}")
            lab = dict(line=ln, anchor=c['anchor'], kind=c['kind'], verdict=v)
            if v in ('rounding', 'inconsistent'):
                if right is None: errors.append(f"{name}:{ln}: no right for {c['anchor']!r}")
                lab['right'] = right
            lab['note'] = (note + ('; ' + c['extra'] if c['extra'] else '')).strip()
            labels.append(lab)
    txt = '\n'.join(lines) + '\n'
    open(f"{outdir}/{name}.txt", 'w', encoding='utf-8').write(txt)
    json.dump(dict(file=f"{name}.txt", claims=labels), open(f"{outdir}/{name}.labels.json", 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    return labels, len(txt), errors
D1 = ('d7-01-bao-cao-bau-cu-hdnd', [
 "ỦY BAN BẦU CỬ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
 "HUYỆN HÒA SƠN\tĐộc lập - Tự do - Hạnh phúc",
 "Số:       /BC-UBBC\tHòa Sơn, ngày ... tháng 6 năm 2021",
 "BÁO CÁO",
 "Tổng kết công tác bầu cử đại biểu Hội đồng nhân dân huyện và đại biểu Hội đồng nhân dân cấp xã nhiệm kỳ 2021 - 2026",
 "Thực hiện Nghị quyết số 1185/NQ-UBTVQH14 ngày 11/01/2021 của Ủy ban Thường vụ Quốc hội về ngày bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021 - 2026; Kế hoạch số 56/KH-UBND ngày 12/01/2021 của Ủy ban nhân dân huyện về tổ chức cuộc bầu cử trên địa bàn huyện và Hướng dẫn số 36-HD/BTCTW ngày 20/01/2021, Ủy ban bầu cử huyện Hòa Sơn báo cáo tổng kết công tác bầu cử như sau:",
 "I. CÔNG TÁC CHUẨN BỊ BẦU CỬ",
 "1. Thành lập các tổ chức phụ trách bầu cử",
 ("Huyện Hòa Sơn có 19 đơn vị hành chính cấp xã (gồm 17 xã, 02 thị trấn) với 146 thôn, tổ dân phố. Ủy ban bầu cử huyện được thành lập theo Quyết định số 215/QĐ-UBND ngày 01/02/2021 gồm 15 thành viên; toàn huyện thành lập 09 Ban bầu cử đại biểu Hội đồng nhân dân huyện, 112 Ban bầu cử đại biểu Hội đồng nhân dân cấp xã và 158 Tổ bầu cử với 1.738 thành viên (bình quân 11 người/Tổ bầu cử)[1]. Các tổ chức phụ trách bầu cử được thành lập đúng thời hạn, đúng thành phần theo quy định tại Điều 22, Điều 24 và Điều 25 của Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân năm 2015.",
  [C('sum','consistent','19 đơn vị hành chính cấp xã', 'sum',[17,2],19),
   C('ratio','consistent','bình quân 11 người', 'avg','1.738',158,'11')]),
 ("Huyện được chia thành 09 đơn vị bầu cử đại biểu Hội đồng nhân dân huyện để bầu 35 đại biểu (03 đơn vị bầu 05 đại biểu, 04 đơn vị bầu 03 đại biểu, 02 đơn vị bầu 04 đại biểu); các xã, thị trấn chia thành 112 đơn vị bầu cử để bầu 418 đại biểu Hội đồng nhân dân cấp xã, bình quân 3,73 đại biểu/đơn vị bầu cử.",
  [C('sum','consistent','09 đơn vị bầu cử', 'sum',[3,4,2],'09'),
   C('sum','consistent','bầu 35 đại biểu', 'sum',[15,12,8],35, note='03×05 + 04×03 + 02×04 deputies'),
   C('ratio','consistent','bình quân 3,73', 'avg',418,112,'3,73')]),
 "2. Công tác hiệp thương, giới thiệu người ứng cử",
 ("Qua 03 lần hiệp thương, danh sách chính thức những người ứng cử đại biểu Hội đồng nhân dân huyện có 58 người (số dư 23 người), trong đó: nữ 21 người, chiếm 36,21%; người dân tộc thiểu số 14 người, chiếm 24,14%; người ngoài Đảng 05 người, chiếm 8,62%; người tự ứng cử 01 người. Số người ứng cử đại biểu Hội đồng nhân dân cấp xã là 693 người, nhiều hơn số đại biểu được bầu 275 người; trong đó nữ 231 người, chiếm 33,33%; người trẻ tuổi 162 người, chiếm 23,37%.",
  [C('difference','consistent','số dư 23 người', 'diff',58,35,23, note='candidates minus 35 seats'),
   C('share','consistent','chiếm 36,21%', 'share',21,58,'36,21%'),
   C('share','consistent','chiếm 24,14%', 'share',14,58,'24,14%'),
   C('share','consistent','chiếm 8,62%', 'share',5,58,'8,62%'),
   C('difference','consistent','nhiều hơn số đại biểu được bầu 275 người', 'diff',693,418,275),
   C('share','consistent','chiếm 33,33%', 'share',231,693,'33,33%'),
   C('share','rounding','chiếm 23,37%', 'share',162,693,'23,37%')]),
 "II. KẾT QUẢ BẦU CỬ",
 "1. Kết quả cử tri đi bầu",
 ("Tổng số cử tri của huyện là 98.436 người (tăng 4.218 người, bằng 4,48% so với cuộc bầu cử nhiệm kỳ 2016 - 2021 là 94.218 người), chia ra: khu vực thị trấn 21.574 cử tri, khu vực các xã 76.862 cử tri. Đến 19 giờ ngày 23/5/2021, toàn huyện có 98.102 cử tri đi bầu, đạt 99,66%; có 18/19 xã, thị trấn có tỷ lệ cử tri đi bầu trên 99%, riêng thị trấn Hòa Sơn đạt 98,87%. So với nhiệm kỳ 2016 - 2021 (đạt 99,21%), tỷ lệ cử tri đi bầu tăng 0,45%. Số cử tri bỏ phiếu vào hòm phiếu phụ là 1.246 người, chiếm 1,27% số cử tri đã đi bầu.",
  [C('difference','consistent','tăng 4.218 người', 'diff','98.436','94.218','4.218'),
   C('ratio','consistent','bằng 4,48%', 'rel','98.436','94.218','4,48%', note='rate of change, not share'),
   C('sum','consistent','Tổng số cử tri của huyện là 98.436 người', 'sum',['21.574','76.862'],'98.436'),
   C('share','consistent','đạt 99,66%', 'share','98.102','98.436','99,66%'),
   C('term','consistent','So với nhiệm kỳ 2016 - 2021', 'term','2016 - 2021','2016 - 2021'),
   C('points','consistent','tăng 0,45%', 'pts','99,66','99,21','0,45', note='percentage points'),
   C('share','consistent','chiếm 1,27%', 'share','1.246','98.102','1,27%', note='base: voters who voted')]),
 ("Tổng số phiếu phát ra cho cuộc bầu cử đại biểu Hội đồng nhân dân huyện là 98.102 phiếu, thu vào 98.102 phiếu; số phiếu hợp lệ 97.261 phiếu, chiếm 99,14%; số phiếu không hợp lệ 841 phiếu. Ở cấp xã, số phiếu không hợp lệ chiếm 1.083% số phiếu thu vào.",
  [C('repeat','consistent','phát ra cho cuộc bầu cử đại biểu Hội đồng nhân dân huyện là 98.102', 'eq','98.102','98.102', note='ballots issued = voters who voted'),
   C('share','consistent','chiếm 99,14%', 'share','97.261','98.102','99,14%'),
   C('sum','consistent','thu vào 98.102 phiếu', 'sum',['97.261',841],'98.102', note='valid + invalid = received'),
   C('share','ambiguous','chiếm 1.083%', 'amb','"1.083%" is 1083 % or a mistyped 1,083 %; commune ballot counts not stated')]),
 "2. Kết quả bầu cử đại biểu Hội đồng nhân dân huyện",
 ("Toàn huyện đã bầu đủ 35/35 đại biểu Hội đồng nhân dân huyện nhiệm kỳ 2021 - 2026, đạt 100%, trong đó: nữ 12 đại biểu, chiếm 34,29% (tăng 02 đại biểu so với nhiệm kỳ 2016 - 2021 là 10 đại biểu); người dân tộc thiểu số 08 đại biểu, chiếm 22,86%; đại biểu trẻ dưới 40 tuổi 07 đại biểu, chiếm 20%; người ngoài Đảng 02 đại biểu, chiếm 5,71%; đại biểu tái cử 14 đại biểu, chiếm 40%; người có tôn giáo 01 đại biểu, chiếm 2,86%.",
  [C('fraction','consistent','đạt 100%', 'frac',35,35,'100%'),
   C('share','consistent','chiếm 34,29%', 'share',12,35,'34,29%'),
   C('difference','consistent','tăng 02 đại biểu', 'diff',12,10,'02'),
   C('share','consistent','chiếm 22,86%', 'share',8,35,'22,86%'),
   C('share','consistent','chiếm 20%', 'share',7,35,'20%'),
   C('share','consistent','chiếm 5,71%', 'share',2,35,'5,71%'),
   C('share','consistent','chiếm 40%', 'share',14,35,'40%'),
   C('share','consistent','chiếm 2,86%', 'share',1,35,'2,86%')]),
 ("Về độ tuổi của 35 đại biểu: dưới 40 tuổi 07 đại biểu; từ 40 đến 50 tuổi 15 đại biểu; từ 51 đến 60 tuổi 12 đại biểu; trên 60 tuổi 01 đại biểu; tuổi bình quân 46,3 tuổi. Về trình độ chuyên môn, 100% đại biểu có trình độ từ trung cấp trở lên (sau đại học 09, đại học 24, cao đẳng và trung cấp 02). Về lý luận chính trị: cao cấp, cử nhân 17 đại biểu, chiếm 48,57%; trung cấp 15 đại biểu, chiếm 42,68%.",
  [C('sum','consistent','35 đại biểu', 'sum',[7,15,12,1],35, note='age bands are one dimension, exhaustive'),
   C('share','consistent','100% đại biểu', 'sumshare',[9,24,2],35,'100%'),
   C('share','consistent','chiếm 48,57%', 'share',17,35,'48,57%'),
   C('share','inconsistent','chiếm 42,68%', 'share',15,35,'42,68%')]),
 ("Cơ cấu 35 đại biểu được bầu gồm: khối Đảng 09 đại biểu, khối chính quyền 13 đại biểu, Mặt trận Tổ quốc và các đoàn thể 07 đại biểu, lực lượng vũ trang 03 đại biểu, các thành phần khác 03 đại biểu. Đại biểu là đảng viên 33 đại biểu, chiếm 94,29%.",
  [C('sum','consistent','Cơ cấu 35 đại biểu', 'sum',[9,13,7,3,3],35),
   C('share','consistent','chiếm 94,29%', 'share',33,35,'94,29%')]),
 "3. Kết quả bầu cử đại biểu Hội đồng nhân dân cấp xã",
 ("Tổng số đại biểu Hội đồng nhân dân cấp xã trúng cử là 416/418 đại biểu, đạt 99,52% (thiếu 02 đại biểu tại xã Tân Lập và xã Suối Hoa, đã tổ chức bầu thêm ngày 06/6/2021 theo Điều 79 của Luật Bầu cử); trong đó: nữ 121 đại biểu, chiếm 29,09%; người dân tộc thiểu số 98 đại biểu, chiếm 23,44%; dưới 40 tuổi 104 đại biểu, chiếm 25%; người ngoài Đảng 43 đại biểu, chiếm 10,33%; tái cử 171 đại biểu, chiếm 41,11%.",
  [C('fraction','consistent','đạt 99,52%', 'frac',416,418,'99,52%'),
   C('difference','consistent','thiếu 02 đại biểu', 'diff',418,416,'02'),
   C('share','consistent','chiếm 29,09%', 'share',121,416,'29,09%'),
   C('share','inconsistent','chiếm 23,44%', 'share',98,416,'23,44%', note='23,44% is 98/418 (seats, wrong base)'),
   C('share','consistent','chiếm 25%', 'share',104,416,'25%'),
   C('share','rounding','chiếm 10,33%', 'share',43,416,'10,33%'),
   C('share','consistent','chiếm 41,11%', 'share',171,416,'41,11%')]),
 ("So với nhiệm kỳ 2016 - 2021, tỷ lệ nữ đại biểu Hội đồng nhân dân cấp xã tăng 2,88% (nhiệm kỳ trước đạt 26,21%); tỷ lệ đại biểu trẻ tăng 3,15% (nhiệm kỳ trước đạt 21,85%).",
  [C('points','consistent','tăng 2,88%', 'pts','29,09','26,21','2,88'),
   C('points','consistent','tăng 3,15%', 'pts','25','21,85','3,15')]),
 ("Tổng hợp chung hai cấp, toàn huyện bầu được 451 đại biểu Hội đồng nhân dân (cấp huyện 35, cấp xã 416), trong đó nữ 133 đại biểu, chiếm 29,49%; người ngoài Đảng 45 đại biểu, chiếm 9,97%; người dân tộc thiểu số 107 đại biểu. Có 17/19 xã, thị trấn bầu đủ số đại biểu ngay trong ngày bầu cử, chiếm 89,47%.",
  [C('sum','consistent','451 đại biểu', 'sum',[35,416],451),
   C('sum','consistent','nữ 133 đại biểu', 'sum',[12,121],133, note='huyện 12 + xã 121'),
   C('share','consistent','chiếm 29,49%', 'share',133,451,'29,49%'),
   C('sum','consistent','ngoài Đảng 45 đại biểu', 'sum',[2,43],45),
   C('share','rounding','chiếm 9,97%', 'share',45,451,'9,97%'),
   C('sum','inconsistent','dân tộc thiểu số 107 đại biểu', 'sum',[8,98],107, note='huyện 08 + xã 98'),
   C('fraction','consistent','chiếm 89,47%', 'frac',17,19,'89,47%')]),
 "4. Công tác tiếp công dân, giải quyết khiếu nại, tố cáo và kinh phí bầu cử",
 ("Trong quá trình bầu cử, Ủy ban bầu cử huyện và các tổ chức phụ trách bầu cử đã tiếp nhận 07 đơn (gồm 04 đơn khiếu nại về danh sách cử tri, 02 đơn tố cáo liên quan đến người ứng cử, 01 đơn kiến nghị); đã xem xét, giải quyết 07/07 đơn, đạt 100% theo đúng quy định tại Điều 61 của Luật Bầu cử. Có 1.904 cử tri lần đầu tham gia bầu cử; tỷ lệ cử tri đi bầu ở khu vực các xã đạt 99,74%.",
  [C('sum','consistent','tiếp nhận 07 đơn', 'sum',[4,2,1],'07'),
   C('fraction','consistent','đạt 100% theo', 'frac',7,7,'100%'),
   C('share','ambiguous','đạt 99,74%', 'amb','number of commune-area voters who voted is not stated (only 76.862 registered); base/numerator missing')]),
 ("Tổng kinh phí phục vụ bầu cử được cấp là 4.386,5 triệu đồng (ngân sách tỉnh hỗ trợ 1.250 triệu đồng, ngân sách huyện 2.136,5 triệu đồng, ngân sách cấp xã 1.000 triệu đồng); đến ngày 30/6/2021 đã chi 4.127,36 triệu đồng, đạt 94,09% dự toán; số còn lại 259,14 triệu đồng đã nộp trả ngân sách theo Thông tư số 102/2020/TT-BTC ngày 23/11/2020 của Bộ Tài chính. Bình quân chi cho 01 Tổ bầu cử là 6,5 triệu đồng.",
  [C('sum','consistent','4.386,5 triệu đồng', 'sum',['1.250','2.136,5','1.000'],'4.386,5'),
   C('share','consistent','đạt 94,09%', 'share','4.127,36','4.386,5','94,09%'),
   C('difference','consistent','259,14 triệu đồng', 'diff','4.386,5','4.127,36','259,14'),
   C('ratio','ambiguous','là 6,5 triệu đồng', 'amb','share of spending going to Tổ bầu cử not stated; 4.127,36/158 = 26,12 is not the intended figure')]),
 "III. ĐÁNH GIÁ CHUNG",
 ("Cuộc bầu cử đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021 - 2026 trên địa bàn huyện diễn ra dân chủ, đúng pháp luật, an toàn, với 98.102/98.436 cử tri đi bầu; tỷ lệ cử tri đi bầu cao hơn nhiệm kỳ 2011 - 2016 (99,21%). Kết quả đã bầu đủ 35 đại biểu Hội đồng nhân dân huyện và 415 đại biểu Hội đồng nhân dân cấp xã trong ngày bầu cử; cơ cấu, thành phần cơ bản bảo đảm theo dự kiến, số đại biểu trẻ tăng 12 người so với nhiệm kỳ trước.",
  [C('repeat','consistent','98.102/98.436', 'eq','98.102','98.102'),
   C('term','inconsistent','nhiệm kỳ 2011 - 2016', 'term','nhiệm kỳ 2016 - 2021','nhiệm kỳ 2011 - 2016', note='99,21% is the 2016 - 2021 turnout'),
   C('repeat','inconsistent','415 đại biểu', 'eq','416','415'),
   C('difference','ambiguous','tăng 12 người', 'amb','previous term number of young deputies (both levels) not stated anywhere')]),
 "Trên đây là báo cáo tổng kết công tác bầu cử đại biểu Hội đồng nhân dân huyện và cấp xã nhiệm kỳ 2021 - 2026 của Ủy ban bầu cử huyện Hòa Sơn./.",
 "Nơi nhận:\tTM. ỦY BAN BẦU CỬ",
 "- Ủy ban bầu cử tỉnh;\tCHỦ TỊCH",
 "- Thường trực Huyện ủy;",
 "- Lưu: VT.",
 ("[\ufffd] Toàn huyện có 158 khu vực bỏ phiếu (142 khu vực ở các xã, 16 khu vực ở 02 thị trấn), mỗi khu vực bỏ phiếu thành lập 01 Tổ bầu cử (100% khu vực có Tổ bầu cử), với tổng số 1.738 thành viên (các xã 1.562 người, các thị trấn 176 người).",
  [C('sum','consistent','158 khu vực bỏ phiếu', 'sum',[142,16],158),
   C('sum','consistent','1.738 thành viên', 'sum',['1.562',176],'1.738'),
   C('repeat','consistent','1.738 thành viên', 'eq','1.738','1.738') if False else C('repeat','consistent','158 khu vực', 'eq',158,158) if False else C('fraction','consistent','100% khu vực', 'frac',158,158,'100%')]),
 ("[\ufffd] Nhiệm kỳ 2016 - 2021: tổng số cử tri 94.218 người, số cử tri đi bầu 93.474 người, đạt 99,21%; bầu 35 đại biểu Hội đồng nhân dân huyện (nữ 10 đại biểu) và 413 đại biểu Hội đồng nhân dân cấp xã.",
  [C('repeat','consistent','94.218 người', 'eq','94.218','94.218'),
   C('share','consistent','đạt 99,21%', 'share','93.474','94.218','99,21%'),
   C('repeat','consistent','nữ 10 đại biểu', 'eq',10,10)]),
])
D2 = ('d7-02-bao-cao-thien-tai-xa', [
 "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
 "XÃ QUẢNG PHƯỚC\tĐộc lập - Tự do - Hạnh phúc",
 "Số:     /BC-UBND\tQuảng Phước, ngày ... tháng 10 năm 2022",
 "BÁO CÁO",
 "Tình hình thiệt hại do cơn bão số 4 (NORU) và kết quả công tác phòng, chống thiên tai, tìm kiếm cứu nạn năm 2022",
 "Thực hiện Công văn số 1287/UBND-NN ngày 30/9/2022 của Ủy ban nhân dân huyện về việc báo cáo thiệt hại do cơn bão số 4 và Chỉ thị số 05/CT-UBND ngày 18/4/2022 của Ủy ban nhân dân tỉnh về tăng cường công tác phòng, chống thiên tai năm 2022, Ủy ban nhân dân xã báo cáo như sau:",
 "I. ĐẶC ĐIỂM TÌNH HÌNH VÀ CÔNG TÁC CHUẨN BỊ",
 ("Xã Quảng Phước có 09 thôn với 2.846 hộ, 10.912 nhân khẩu, trong đó hộ nghèo 187 hộ, chiếm 6,57%; hộ cận nghèo 214 hộ, chiếm 7,52%. Địa bàn xã nằm ven sông Ô Lâu, có 3,8 km đê bao và 12,6 km kênh mương nội đồng, thường xuyên chịu ảnh hưởng của bão, lũ và triều cường.",
  [C('share','consistent','chiếm 6,57%', 'share',187,'2.846','6,57%'),
   C('share','consistent','chiếm 7,52%', 'share',214,'2.846','7,52%')]),
 ("Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn xã được kiện toàn theo Quyết định số 45/QĐ-UBND ngày 15/02/2022 gồm 23 thành viên; lực lượng xung kích gồm 09 đội với 270 người (bình quân 30 người/đội), tăng 54 người, tương ứng tăng 20% so với năm 2021 là 225 người. Thu Quỹ phòng, chống thiên tai năm 2022 được 86,42 triệu đồng trên kế hoạch 94,5 triệu đồng, đạt 91,44%.",
  [C('ratio','consistent','bình quân 30 người', 'avg',270,9,'30'),
   C('difference','inconsistent','tăng 54 người', 'diff',270,225,54),
   C('ratio','consistent','tăng 20%', 'rel',270,225,'20%'),
   C('share','rounding','đạt 91,44%', 'share','86,42','94,5','91,44%')]),
 ("Trước khi bão đổ bộ, xã đã tổ chức sơ tán 386 hộ với 1.172 người đến nơi an toàn (gồm 214 hộ ở vùng trũng thấp và 172 hộ ven sông), trong đó có 312 người là người cao tuổi, trẻ em; kêu gọi 46/46 phương tiện đánh bắt thủy sản vào nơi tránh trú an toàn, đạt 100%; chằng chống 1.965 nhà ở, chiếm 69,04% tổng số hộ.",
  [C('sum','consistent','sơ tán 386 hộ', 'sum',[214,172],386),
   C('subset','consistent','312 người', 'subset',312,'1.172'),
   C('fraction','consistent','đạt 100%', 'frac',46,46,'100%'),
   C('share','consistent','chiếm 69,04%', 'share','1.965','2.846','69,04%', note='base: 2.846 households stated in line 8')]),
 ("Thực hiện Kế hoạch số 21/KH-UBND ngày 10/3/2022 của Ủy ban nhân dân xã về phòng, chống thiên tai năm 2022, xã đã tổ chức 03 lớp tập huấn kiến thức phòng, chống thiên tai cho 245 lượt người (gồm 96 lượt cán bộ xã, thôn và 149 lượt người dân); tổ chức 01 cuộc diễn tập ứng phó bão, lũ tại thôn Phước Lâm; rà soát 05 khu vực có nguy cơ sạt lở bờ sông với chiều dài 1,2 km; chuẩn bị vật tư, phương tiện theo phương châm “04 tại chỗ” gồm 1.850 bao tải, 12 thuyền, 150 áo phao, dự trữ 4,5 tấn gạo. Có 06/09 thôn bố trí được điểm sơ tán tập trung, đạt 66,67%; 03/09 thôn chưa có nhà tránh trú an toàn cộng đồng, chiếm 33,33%.",
  [C('sum','consistent','245 lượt người', 'sum',[96,149],245),
   C('fraction','consistent','đạt 66,67%', 'frac',6,9,'66,67%'),
   C('fraction','consistent','chiếm 33,33%', 'frac',3,9,'33,33%')]),
 "II. TÌNH HÌNH THIỆT HẠI DO CƠN BÃO SỐ 4",
 "1. Về người và nhà ở",
 ("Cơn bão số 4 đổ bộ vào địa bàn xã từ 23 giờ ngày 27/9/2022 đến 06 giờ ngày 28/9/2022 với sức gió cấp 10, giật cấp 12, lượng mưa đo được 285 mm. Bão làm 01 người bị thương nhẹ, không có người chết và mất tích. Mực nước sông Ô Lâu tại cầu Phước Tích lên mức 3,65 m, trên báo động III 0,15 m (báo động III là 3,5 m); tổng lượng mưa trong đợt cao hơn 35% so với trung bình nhiều năm cùng thời kỳ. Do mưa lớn kéo dài, nhiều tuyến đường liên thôn bị ngập sâu từ 0,5 m đến 1,2 m, chia cắt cục bộ 03/09 thôn trong 02 ngày.",
  [C('difference','consistent','trên báo động III 0,15 m', 'diff','3,65','3,5','0,15'),
   C('ratio','ambiguous','cao hơn 35%', 'amb','multi-year average rainfall is not stated')]),
 ("Tổng số nhà ở bị thiệt hại là 512 nhà, trong đó: sập đổ hoàn toàn 06 nhà; hư hỏng nặng (thiệt hại trên 50%) 38 nhà; hư hỏng một phần (thiệt hại từ 30% - 50%) 127 nhà; tốc mái, thiệt hại dưới 30% là 341 nhà. So với cơn bão số 9 năm 2020 (làm 386 nhà bị thiệt hại), số nhà bị thiệt hại tăng 126 nhà, gấp 1,33 lần. Ngoài ra, có 02 trường học, 01 trạm y tế, 05 nhà văn hóa thôn bị tốc mái, hư hỏng.",
  [C('sum','consistent','512 nhà', 'sum',[6,38,127,341],512, note='degrees of damage: one dimension, exhaustive'),
   C('difference','consistent','tăng 126 nhà', 'diff',512,386,126),
   C('ratio','consistent','gấp 1,33 lần', 'times',512,386,'1,33')]),
 ("Trong 512 hộ có nhà bị thiệt hại có 58 hộ nghèo, 71 hộ cận nghèo, 43 hộ gia đình chính sách và 364 hộ khác.",
  [C('sum','ambiguous','Trong 512 hộ', 'amb','58 + 71 + 43 + 364 = 536 > 512, but chính sách households may also be poor/near-poor: overlap cannot be ruled out')]),
 "2. Về sản xuất nông nghiệp",
 ("Diện tích lúa vụ Mùa bị ngập, đổ ngã là 286,4 ha (thiệt hại trên 70% là 94,6 ha; từ 30% - 70% là 131,2 ha; dưới 30% là 60,6 ha), chiếm 61,32% diện tích lúa vụ Mùa toàn xã (467 ha); rau màu các loại 42,75 ha; cây ăn quả 18,3 ha; cây lâm nghiệp (keo, bạch đàn) bị gãy đổ 67,5 ha. Tổng diện tích cây trồng bị thiệt hại là 414,95 ha. Diện tích ao nuôi thủy sản bị tràn 12,8 ha.",
  [C('sum','consistent','286,4 ha', 'sum',['94,6','131,2','60,6'],'286,4'),
   C('share','rounding','chiếm 61,32%', 'share','286,4',467,'61,32%'),
   C('sum','consistent','414,95 ha', 'sum',['286,4','42,75','18,3','67,5'],'414,95')]),
 ("Về chăn nuôi: gia súc chết 27 con (trâu, bò 09 con; lợn 18 con); gia cầm chết 3.460 con (gà 2.180 con; vịt, ngan 1.208 con); 14 chuồng trại bị sập, tốc mái.",
  [C('sum','consistent','gia súc chết 27 con', 'sum',[9,18],27),
   C('sum','inconsistent','gia cầm chết 3.460 con', 'sum',['2.180','1.208'],'3.460')]),
 "3. Về cơ sở hạ tầng và giá trị thiệt hại",
 ("Sạt lở 420 m đê bao (trong đó 180 m sạt lở nghiêm trọng); bồi lấp 2.350 m kênh mương nội đồng, chiếm 18,65% tổng chiều dài kênh mương của xã; hư hỏng 1,6 km đường giao thông nông thôn; gãy đổ 37 cột điện hạ thế.",
  [C('subset','consistent','180 m', 'subset',180,420),
   C('share','consistent','chiếm 18,65%', 'share','2.350','12.600','18,65%', note='12,6 km = 12.600 m (line 8)')]),
 ("Tổng giá trị thiệt hại ước tính 18.647,3 triệu đồng, trong đó: nhà ở 6.215 triệu đồng, chiếm 33,33%; sản xuất nông nghiệp 7.382,6 triệu đồng, chiếm 39,59%; chăn nuôi 986,4 triệu đồng, chiếm 5,28%; công trình công cộng, giao thông, thủy lợi 4.063,3 triệu đồng, chiếm 21,97%.",
  [C('sum','consistent','18.647,3 triệu đồng', 'sum',['6.215','7.382,6','986,4','4.063,3'],'18.647,3'),
   C('share','consistent','chiếm 33,33%', 'share','6.215','18.647,3','33,33%'),
   C('share','consistent','chiếm 39,59%', 'share','7.382,6','18.647,3','39,59%'),
   C('share','rounding','chiếm 5,28%', 'share','986,4','18.647,3','5,28%'),
   C('share','inconsistent','chiếm 21,97%', 'share','4.063,3','18.647,3','21,97%', note='digits swapped')]),
 ("Tính chung năm 2022, trên địa bàn xã xảy ra 04 đợt thiên tai (02 cơn bão, 01 đợt lũ, 01 đợt dông, lốc), tổng giá trị thiệt hại 21.392,5 triệu đồng, gấp 2,4 lần so với năm 2021 (8.915,2 triệu đồng); riêng cơn bão số 4 chiếm 87,17% tổng giá trị thiệt hại của năm 2022.",
  [C('sum','consistent','04 đợt thiên tai', 'sum',[2,1,1],'04'),
   C('ratio','consistent','gấp 2,4 lần', 'times','21.392,5','8.915,2','2,4'),
   C('share','consistent','chiếm 87,17%', 'share','18.647,3','21.392,5','87,17%')]),
 "III. CÔNG TÁC CỨU TRỢ, KHẮC PHỤC HẬU QUẢ",
 ("Tổng kinh phí, hàng hóa hỗ trợ đã tiếp nhận quy thành tiền là 1.284,5 triệu đồng, gồm: ngân sách huyện 500 triệu đồng; Ủy ban Mặt trận Tổ quốc Việt Nam huyện 320 triệu đồng; các tổ chức, cá nhân, doanh nghiệp 464,5 triệu đồng. Đến ngày 10/10/2022, đã cấp phát 1.127,8 triệu đồng, đạt 87,80%; số còn lại 156,7 triệu đồng tiếp tục cấp phát cho các hộ sửa chữa nhà sau khi nghiệm thu.",
  [C('sum','consistent','1.284,5 triệu đồng', 'sum',['500','320','464,5'],'1.284,5'),
   C('share','consistent','đạt 87,80%', 'share','1.127,8','1.284,5','87,80%'),
   C('difference','consistent','156,7 triệu đồng', 'diff','1.284,5','1.127,8','156,7')]),
 ("Cụ thể: hỗ trợ 06 hộ có nhà sập đổ 240 triệu đồng (bình quân 40 triệu đồng/hộ); 38 hộ có nhà hư hỏng nặng 380 triệu đồng (bình quân 10 triệu đồng/hộ); 127 hộ có nhà hư hỏng một phần 381 triệu đồng (bình quân 03 triệu đồng/hộ); cấp 8.550 kg gạo cho 570 nhân khẩu thiếu đói (bình quân 15 kg/người).",
  [C('ratio','consistent','bình quân 40 triệu', 'avg',240,6,'40'),
   C('ratio','consistent','bình quân 10 triệu', 'avg',380,38,'10'),
   C('ratio','consistent','bình quân 03 triệu', 'avg',381,127,'03'),
   C('ratio','consistent','bình quân 15 kg', 'avg','8.550',570,'15')]),
 ("Huy động 1.350 ngày công của lực lượng xung kích, dân quân, đoàn viên thanh niên giúp dân sửa chữa nhà cửa, dọn dẹp vệ sinh môi trường. Đến nay đã khắc phục, sửa chữa 468/512 nhà, đạt 91,41%, còn 44 nhà đang tiếp tục sửa chữa; đã gieo trồng lại 35,2 ha rau màu trên 42,75 ha bị thiệt hại, đạt 82,34%; nạo vét 2.350 m kênh mương bị bồi lấp, đạt 100%.",
  [C('fraction','consistent','đạt 91,41%', 'frac',468,512,'91,41%', note='91,40625 rounds half-up to 91,41'),
   C('difference','consistent','còn 44 nhà', 'diff',512,468,44),
   C('share','consistent','đạt 82,34%', 'share','35,2','42,75','82,34%'),
   C('repeat','consistent','nạo vét 2.350 m', 'eq','2.350','2.350')]),
 ("Tỷ lệ hộ dân có nhà ở kiên cố, bán kiên cố đạt 78,6%, tăng 4,3% so với năm 2020 (74,3%); tỷ lệ hộ tham gia mua bảo hiểm nhà ở đạt 12,4%, tăng 6,79% so với năm 2021 (11,72%).",
  [C('points','consistent','tăng 4,3%', 'pts','78,6','74,3','4,3'),
   C('points','inconsistent','tăng 6,79%', 'pts','12,4','11,72','6,79', note='compare in points: 0,68')]),
 "IV. ĐÁNH GIÁ CHUNG VÀ KIẾN NGHỊ",
 "Công tác phòng, chống thiên tai năm 2022 được Đảng ủy, Ủy ban nhân dân xã lãnh đạo, chỉ đạo quyết liệt, kịp thời; Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn xã đã duy trì nghiêm chế độ trực ban 24/24 giờ trong suốt thời gian bão đổ bộ, thông tin cảnh báo được truyền tải đến từng hộ dân qua hệ thống loa truyền thanh, mạng xã hội Zalo của các thôn; các thôn đã chủ động huy động lực lượng tại chỗ hỗ trợ người già, người khuyết tật, hộ neo đơn di dời đến nơi an toàn. Công tác cứu trợ được thực hiện công khai, minh bạch, đúng đối tượng, không để xảy ra thắc mắc, khiếu nại.",
 ("Cơn bão số 4 đã làm 521 nhà ở bị thiệt hại, 286,4 ha lúa bị ngập, đổ ngã, tổng giá trị thiệt hại 18.647,3 triệu đồng, là cơn bão gây thiệt hại lớn nhất trên địa bàn xã trong 05 năm gần đây. Công tác chuẩn bị, ứng phó được triển khai chủ động theo phương châm “04 tại chỗ”; việc sơ tán 1.172 người đã góp phần bảo đảm an toàn tính mạng cho nhân dân. Tuy nhiên, nguồn lực hỗ trợ mới đáp ứng khoảng 6,89% tổng giá trị thiệt hại. Hạ tầng phòng, chống thiên tai của xã còn thiếu, 1,2 km bờ sông có nguy cơ sạt lở chưa được kè; ý thức chủ động phòng tránh của một bộ phận người dân chưa cao, còn 881 hộ chưa chằng chống nhà cửa trước bão, chiếm 30,96% tổng số hộ.",
  [C('repeat','inconsistent','521 nhà ở', 'eq','512','521'),
   C('repeat','consistent','286,4 ha lúa', 'eq','286,4','286,4'),
   C('repeat','consistent','thiệt hại 18.647,3 triệu đồng', 'eq','18.647,3','18.647,3'),
   C('repeat','consistent','sơ tán 1.172 người', 'eq','1.172','1.172'),
   C('share','consistent','khoảng 6,89%', 'share','1.284,5','18.647,3','6,89%'),
   C('difference','consistent','còn 881 hộ', 'diff','2.846','1.965',881),
   C('share','consistent','chiếm 30,96%', 'share',881,'2.846','30,96%')]),
 ("Kiến nghị Ủy ban nhân dân huyện: hỗ trợ kinh phí khắc phục 420 m đê bao bị sạt lở với tổng dự toán 2.850 triệu đồng, trong đó đề nghị ngân sách huyện hỗ trợ 2.000 triệu đồng, chiếm 70,18%, ngân sách xã và nhân dân đóng góp 850 triệu đồng; hỗ trợ giống lúa cho 94,6 ha bị mất trắng; hỗ trợ 44 hộ chưa sửa chữa xong nhà ở, trong đó có 12 hộ nghèo.",
  [C('repeat','consistent','420 m', 'eq',420,420),
   C('sum','consistent','2.850 triệu đồng', 'sum',['2.000','850'],'2.850'),
   C('share','consistent','chiếm 70,18%', 'share','2.000','2.850','70,18%'),
   C('ambiguous' if False else 'repeat','ambiguous','94,6 ha bị mất trắng', 'amb','94,6 ha was "thiệt hại trên 70%", not necessarily total loss; whether it is the same quantity cannot be decided'),
   C('subset','consistent','12 hộ nghèo', 'subset',12,44)]),
 "Trên đây là báo cáo tình hình thiệt hại do cơn bão số 4 và kết quả công tác phòng, chống thiên tai năm 2022 của Ủy ban nhân dân xã Quảng Phước./.",
 "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN",
 "- Ban Chỉ huy PCTT&TKCN huyện;\tCHỦ TỊCH",
 "- Thường trực Đảng ủy, HĐND xã;",
 "- Lưu: VT.",
])
D3 = ('d7-03-bao-cao-dai-hoi-cong-doan-huyen', [
 "LIÊN ĐOÀN LAO ĐỘNG TỈNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
 "LIÊN ĐOÀN LAO ĐỘNG HUYỆN ĐÔNG HẢI\tĐộc lập - Tự do - Hạnh phúc",
 "Số:      /BC-LĐLĐ\tĐông Hải, ngày ... tháng 7 năm 2023",
 "BÁO CÁO",
 "của Ban Chấp hành Liên đoàn Lao động huyện khóa XII tại Đại hội Công đoàn huyện Đông Hải lần thứ XIII, nhiệm kỳ 2023 - 2028",
 "(DỰ THẢO)",
 "Thực hiện Chỉ thị số 19-CT/TW ngày 10/12/2022 của Ban Bí thư về lãnh đạo đại hội công đoàn các cấp và Đại hội XIII Công đoàn Việt Nam, Kế hoạch số 08/KH-LĐLĐ ngày 20/02/2023 của Liên đoàn Lao động tỉnh, Ban Chấp hành Liên đoàn Lao động huyện khóa XII báo cáo kết quả thực hiện Nghị quyết Đại hội Công đoàn huyện lần thứ XII, nhiệm kỳ 2018 - 2023 và phương hướng, mục tiêu nhiệm kỳ 2023 - 2028 như sau:",
 "Phần thứ nhất",
 "KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI CÔNG ĐOÀN HUYỆN LẦN THỨ XII, NHIỆM KỲ 2018 - 2023",
 "I. ĐẶC ĐIỂM TÌNH HÌNH",
 ("Đầu nhiệm kỳ, Liên đoàn Lao động huyện có 98 công đoàn cơ sở (CĐCS) với 4.862 đoàn viên. Đến ngày 30/6/2023, toàn huyện có 112 CĐCS, gồm: 71 CĐCS khu vực hành chính sự nghiệp, 29 CĐCS doanh nghiệp ngoài nhà nước, 08 CĐCS doanh nghiệp nhà nước và doanh nghiệp có vốn nhà nước, 04 nghiệp đoàn; tăng 14 CĐCS so với đầu nhiệm kỳ (thành lập mới 19, giải thể 05 do doanh nghiệp ngừng hoạt động). Tổng số đoàn viên là 5.937 người, trong đó nữ 3.214 người, chiếm 54,31%; tăng 1.075 đoàn viên, tăng 22,11% so với đầu nhiệm kỳ. Số lao động trong các đơn vị có tổ chức công đoàn là 6.584 người; tỷ lệ đoàn viên trên tổng số lao động đạt 90,17%.",
  [C('sum','consistent','có 112 CĐCS', 'sum',[71,29,8,4],112),
   C('difference','consistent','tăng 14 CĐCS', 'diff',112,98,14, note='also 19 − 05 = 14'),
   C('share','inconsistent','chiếm 54,31%', 'share','3.214','5.937','54,31%', note='digits swapped'),
   C('difference','consistent','tăng 1.075 đoàn viên', 'diff','5.937','4.862','1.075'),
   C('ratio','consistent','tăng 22,11%', 'rel','5.937','4.862','22,11%'),
   C('share','consistent','đạt 90,17%', 'share','5.937','6.584','90,17%')]),
 ("Đoàn viên công đoàn khu vực doanh nghiệp là 2.418 người, chiếm 40,72% tổng số đoàn viên; số đoàn viên thuộc các nghiệp đoàn chiếm 6,1%. Đa số doanh nghiệp trên địa bàn có quy mô nhỏ và vừa, lao động thời vụ, biến động thường xuyên, ảnh hưởng đến công tác phát triển đoàn viên.",
  [C('share','rounding','chiếm 40,72%', 'share','2.418','5.937','40,72%'),
   C('share','ambiguous','chiếm 6,1%', 'amb','number of nghiệp đoàn members not stated anywhere')]),
 "II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ",
 "1. Công tác đại diện, chăm lo, bảo vệ quyền, lợi ích hợp pháp, chính đáng của đoàn viên, người lao động",
 ("Các CĐCS doanh nghiệp đã chủ động thương lượng, ký kết thỏa ước lao động tập thể (TƯLĐTT); đến nay có 33/37 doanh nghiệp có tổ chức công đoàn ký kết TƯLĐTT, đạt 89,19%, trong đó 21 bản được đánh giá xếp loại A, chiếm 63,64% số bản đã ký; so với nhiệm kỳ 2013 - 2018 (71,43%), tỷ lệ doanh nghiệp ký kết TƯLĐTT tăng 17,76%. 100% cơ quan, đơn vị hành chính sự nghiệp tổ chức hội nghị cán bộ, công chức, viên chức theo Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ.",
  [C('fraction','consistent','33/37 doanh nghiệp', 'sum',[29,8],37, note='37 enterprises with a union = 29 non-state + 08 state (line 11)'),
   C('fraction','consistent','đạt 89,19%', 'frac',33,37,'89,19%'),
   C('share','consistent','chiếm 63,64%', 'share',21,33,'63,64%'),
   C('term','consistent','so với nhiệm kỳ 2013 - 2018', 'term','2013 - 2018','2013 - 2018'),
   C('points','consistent','tăng 17,76%', 'pts','89,19','71,43','17,76')]),
 ("Trong nhiệm kỳ, trên địa bàn xảy ra 03 cuộc ngừng việc tập thể, giảm 04 cuộc so với nhiệm kỳ 2013 - 2018 (07 cuộc); công đoàn các cấp đã phối hợp giải quyết 03/03 vụ việc, đạt 100%, quyền lợi của người lao động được bảo đảm.",
  [C('difference','consistent','giảm 04 cuộc', 'diff',3,7,-4),
   C('fraction','consistent','đạt 100%', 'frac',3,3,'100%')]),
 ("Công đoàn các cấp đã vận động Quỹ Xã hội công đoàn được 1.265,4 triệu đồng; xây dựng, sửa chữa 23 “Mái ấm Công đoàn” (xây mới 15 nhà, sửa chữa 09 nhà) với tổng kinh phí 1.152 triệu đồng; thăm hỏi, trợ cấp 2.317 lượt đoàn viên có hoàn cảnh khó khăn, ốm đau, tai nạn với số tiền 1.086,75 triệu đồng. Chương trình “Tết Sum vầy” trao 3.680 suất quà, trị giá 1.840 triệu đồng (bình quân 0,5 triệu đồng/suất). Tổng giá trị chăm lo trong nhiệm kỳ đạt 4.078,75 triệu đồng, gấp 1,76 lần nhiệm kỳ trước (2.317,4 triệu đồng).",
  [C('sum','inconsistent','23 “Mái ấm Công đoàn”', 'sum',[15,9],23),
   C('ratio','consistent','bình quân 0,5 triệu', 'avg','1.840','3.680','0,5'),
   C('sum','consistent','4.078,75 triệu đồng', 'sum',['1.152','1.086,75','1.840'],'4.078,75', note='Mái ấm + trợ cấp + Tết Sum vầy; the 1.265,4 fund raised is a source, not a spending item'),
   C('ratio','consistent','gấp 1,76 lần', 'times','4.078,75','2.317,4','1,76')]),
 "2. Công tác phát triển đoàn viên, xây dựng tổ chức công đoàn vững mạnh",
 ("Trong nhiệm kỳ đã kết nạp 1.846 đoàn viên mới (6 tháng cuối năm 2018: 187; năm 2019: 402; năm 2020: 356; năm 2021: 298; năm 2022: 411; 6 tháng đầu năm 2023: 192), bình quân 369 đoàn viên/năm, đạt 123,06% chỉ tiêu Nghị quyết Đại hội (1.500 đoàn viên), cao hơn nhiệm kỳ 2018 - 2023; thành lập mới 19 CĐCS với 724 đoàn viên, chiếm 39,22% số đoàn viên mới kết nạp.",
  [C('sum','consistent','1.846 đoàn viên mới', 'sum',[187,402,356,298,411,192],'1.846'),
   C('ratio','consistent','bình quân 369', 'avg','1.846',5,'369', note='5-year term'),
   C('share','rounding','đạt 123,06%', 'share','1.846','1.500','123,06%'),
   C('term','inconsistent','cao hơn nhiệm kỳ 2018 - 2023', 'term','nhiệm kỳ 2013 - 2018','nhiệm kỳ 2018 - 2023', note='sentence is about 2018 - 2023 itself'),
   C('share','consistent','chiếm 39,22%', 'share',724,'1.846','39,22%')]),
 ("Kết quả đánh giá, xếp loại CĐCS năm 2022: trong 112 CĐCS có 87 CĐCS hoàn thành tốt nhiệm vụ, chiếm 77,68% (trong đó 24 CĐCS hoàn thành xuất sắc nhiệm vụ, chiếm 21,43%); 21 CĐCS hoàn thành nhiệm vụ, chiếm 18,57%; 04 CĐCS không hoàn thành nhiệm vụ, chiếm 3,57%. Tỷ lệ CĐCS hoàn thành tốt nhiệm vụ trở lên tăng 3,9% so với năm 2018 (73,78%).",
  [C('sum','consistent','trong 112 CĐCS', 'sum',[87,21,4],112, note='xuất sắc (24) is nested inside tốt (87), not added'),
   C('share','consistent','chiếm 77,68%', 'share',87,112,'77,68%'),
   C('share','consistent','chiếm 21,43%', 'share',24,112,'21,43%'),
   C('share','inconsistent','chiếm 18,57%', 'share',21,112,'18,57%'),
   C('share','consistent','chiếm 3,57%', 'share',4,112,'3,57%'),
   C('points','consistent','tăng 3,9%', 'pts','77,68','73,78','3,9')]),
 ("Công đoàn các cấp đã giới thiệu 486 đoàn viên ưu tú cho tổ chức Đảng xem xét, bồi dưỡng, trong đó có 352 người được kết nạp vào Đảng, đạt 72,42%; mở 42 lớp tập huấn nghiệp vụ cho 3.156 lượt cán bộ công đoàn (bình quân 75 lượt/lớp).",
  [C('share','rounding','đạt 72,42%', 'share',352,486,'72,42%'),
   C('ratio','consistent','bình quân 75 lượt', 'avg','3.156',42,'75')]),
 "3. Công tác tài chính công đoàn",
 ("Tổng thu tài chính công đoàn 05 năm đạt 18.436,2 triệu đồng, đạt 104,6% kế hoạch (17.625 triệu đồng), gấp 1,46 lần nhiệm kỳ 2013 - 2018 (12.627,5 triệu đồng), gồm: thu kinh phí công đoàn 12.307,7 triệu đồng, thu đoàn phí công đoàn 6.128,5 triệu đồng. Thu đoàn phí tăng 31,2%. Tổng chi 17.254,9 triệu đồng, kết dư 1.181,3 triệu đồng; 100% CĐCS được kiểm tra quyết toán hằng năm.",
  [C('share','consistent','đạt 104,6%', 'share','18.436,2','17.625','104,6%'),
   C('ratio','consistent','gấp 1,46 lần', 'times','18.436,2','12.627,5','1,46'),
   C('term','consistent','nhiệm kỳ 2013 - 2018 (12.627,5', 'term','2013 - 2018','2013 - 2018'),
   C('sum','consistent','18.436,2 triệu đồng', 'sum',['12.307,7','6.128,5'],'18.436,2'),
   C('ratio','ambiguous','tăng 31,2%', 'amb','previous-term union-fee revenue not stated'),
   C('difference','consistent','kết dư 1.181,3', 'diff','18.436,2','17.254,9','1.181,3')]),
 "4. Kết quả thực hiện các chỉ tiêu Nghị quyết",
 ("Trong 10 chỉ tiêu Nghị quyết Đại hội Công đoàn huyện lần thứ XII đề ra, có 08/10 chỉ tiêu đạt và vượt, chiếm 80%; 02 chỉ tiêu chưa đạt là tỷ lệ doanh nghiệp có TƯLĐTT (89,19%/chỉ tiêu 95%) và tỷ lệ CĐCS không hoàn thành nhiệm vụ (3,57%/chỉ tiêu dưới 3%).",
  [C('fraction','consistent','chiếm 80%', 'frac',8,10,'80%'),
   C('repeat','consistent','(89,19%', 'eq','89,19','89,19'),
   C('repeat','consistent','(3,57%', 'eq','3,57','3,57')]),
 "III. ĐÁNH GIÁ CHUNG",
 ("Hoạt động thi đua, khen thưởng được đẩy mạnh: trong nhiệm kỳ có 2.864 lượt tập thể, cá nhân được khen thưởng, trong đó Tổng Liên đoàn Lao động Việt Nam tặng Bằng khen 27 lượt, Liên đoàn Lao động tỉnh tặng Bằng khen 186 lượt, còn lại do Liên đoàn Lao động huyện khen thưởng; phong trào “Giỏi việc nước, đảm việc nhà” có 1.956 nữ đoàn viên đạt danh hiệu cấp cơ sở, chiếm khoảng 61% số nữ đoàn viên tham gia đăng ký. Phong trào “Xanh - Sạch - Đẹp, bảo đảm an toàn vệ sinh lao động” được các doanh nghiệp hưởng ứng; tuy nhiên vẫn xảy ra 05 vụ tai nạn lao động làm 06 người bị thương.",
  [C('subset','consistent','186 lượt', 'subset',213,'2.864', note='27 + 186 = 213 ≤ 2.864'),
   C('share','ambiguous','khoảng 61%', 'amb','number of women members who registered for the movement is not stated')]),
 ("Bên cạnh kết quả đạt được, hoạt động của một số CĐCS còn hình thức, chưa thực sự là chỗ dựa tin cậy của người lao động; việc thương lượng TƯLĐTT ở một số doanh nghiệp còn sao chép quy định của pháp luật, chưa có nhiều điều khoản có lợi hơn cho người lao động; công tác phát triển đoàn viên ở khu vực doanh nghiệp ngoài nhà nước còn khó khăn do doanh nghiệp quy mô nhỏ, chủ doanh nghiệp chưa tạo điều kiện; năng lực của một bộ phận cán bộ công đoàn cơ sở kiêm nhiệm còn hạn chế.",
  []),
 ("Nhiệm kỳ 2018 - 2023, tổ chức công đoàn huyện tiếp tục được củng cố, phát triển; số đoàn viên tăng từ 4.862 lên 5.973 người, số CĐCS tăng từ 98 lên 112; công tác chăm lo đời sống đoàn viên được quan tâm với tổng giá trị 4.078,75 triệu đồng; 89,19% doanh nghiệp có công đoàn ký kết TƯLĐTT.",
  [C('repeat','consistent','từ 4.862', 'eq','4.862','4.862'),
   C('repeat','inconsistent','5.973 người', 'eq','5.937','5.973'),
   C('repeat','consistent','lên 112', 'eq',112,112),
   C('repeat','consistent','giá trị 4.078,75', 'eq','4.078,75','4.078,75'),
   C('repeat','consistent','89,19% doanh nghiệp', 'eq','89,19','89,19')]),
 "Phần thứ hai",
 "PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ NHIỆM KỲ 2023 - 2028",
 ("Phấn đấu đến năm 2028: phát triển mới ít nhất 1.800 đoàn viên (bình quân 360 đoàn viên/năm); tổng số đoàn viên đạt 7.000 người, tăng 1.163 người so với thời điểm Đại hội; 95% doanh nghiệp có tổ chức công đoàn ký kết TƯLĐTT; hằng năm có trên 80% CĐCS hoàn thành tốt nhiệm vụ, không quá 3% CĐCS không hoàn thành nhiệm vụ.",
  [C('ratio','consistent','bình quân 360', 'avg','1.800',5,'360'),
   C('difference','inconsistent','tăng 1.163 người', 'diff','7.000','5.937','1.163')]),
 ("Ban Chấp hành khóa XIII dự kiến gồm 27 ủy viên, trong đó nữ 11 ủy viên, chiếm 40,74%; cán bộ công đoàn chuyên trách 05, chiếm 18,52%; dưới 40 tuổi 09, chiếm 33,33%. Ủy ban Kiểm tra gồm 05 ủy viên.",
  [C('share','consistent','chiếm 40,74%', 'share',11,27,'40,74%'),
   C('share','consistent','chiếm 18,52%', 'share',5,27,'18,52%'),
   C('share','consistent','chiếm 33,33%', 'share',9,27,'33,33%')]),
 "Trên đây là báo cáo của Ban Chấp hành Liên đoàn Lao động huyện khóa XII trình Đại hội Công đoàn huyện Đông Hải lần thứ XIII, nhiệm kỳ 2023 - 2028./.",
 ("[\ufffd] Tổng số 5.937 đoàn viên chia ra theo khu vực: hành chính sự nghiệp 3.519 người, doanh nghiệp 2.418 người; trong đó đoàn viên là đảng viên 1.384 người, đoàn viên là người dân tộc thiểu số 1.127 người.",
  [C('sum','consistent','5.937 đoàn viên', 'sum',['3.519','2.418'],'5.937'),
   C('subset','consistent','1.127 người', 'subset','1.127','5.937')]),
])
D4 = ('d7-04-bao-cao-chuong-trinh-dan-toc-thieu-so', [
 "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
 "TỈNH ...\tĐộc lập - Tự do - Hạnh phúc",
 "Số:      /BC-UBND\t..., ngày ... tháng 02 năm 2024",
 "BÁO CÁO",
 "Kết quả thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030, giai đoạn I: từ năm 2021 đến năm 2025 (số liệu đến ngày 31/01/2024)",
 "Thực hiện Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030 (sau đây gọi là Chương trình), Công văn số 112/UBDT-VP ngày 15/01/2024 của Ủy ban Dân tộc, Ủy ban nhân dân tỉnh báo cáo như sau:",
 "I. KHÁI QUÁT ĐẶC ĐIỂM VÙNG ĐỒNG BÀO DÂN TỘC THIỂU SỐ",
 "Tỉnh có địa hình chủ yếu là đồi núi, chia cắt mạnh, giao thông đi lại khó khăn, nhất là các xã vùng cao biên giới; khí hậu khắc nghiệt, thường xuyên xảy ra rét đậm, rét hại, lũ quét, sạt lở đất. Đồng bào dân tộc thiểu số sinh sống chủ yếu bằng sản xuất nông, lâm nghiệp, trình độ sản xuất còn lạc hậu, thu nhập thấp và không ổn định; kết cấu hạ tầng kinh tế - xã hội tuy đã được quan tâm đầu tư qua Chương trình 135 và nhiều chương trình, dự án khác nhưng vẫn chưa đáp ứng yêu cầu phát triển.",
 ("Vùng đồng bào dân tộc thiểu số và miền núi của tỉnh gồm 127 xã (48 xã khu vực III, 11 xã khu vực II, 68 xã khu vực I) theo Quyết định số 861/QĐ-TTg ngày 04/6/2021, với 312 thôn đặc biệt khó khăn (trong đó 187 thôn thuộc các xã khu vực III). Toàn tỉnh có 58.420 hộ dân tộc thiểu số, chiếm 32,46% tổng số hộ của tỉnh (179.975 hộ), chủ yếu là đồng bào Tày, Nùng, Dao, Mông.",
  [C('sum','consistent','127 xã', 'sum',[48,11,68],127),
   C('subset','consistent','187 thôn', 'subset',187,312),
   C('share','consistent','chiếm 32,46%', 'share','58.420','179.975','32,46%')]),
 "II. KẾT QUẢ THỰC HIỆN",
 "1. Phân bổ, giao và giải ngân vốn",
 ("Tổng vốn giao thực hiện Chương trình năm 2022 và năm 2023 là 1.826.475 triệu đồng (năm 2022: 843.210 triệu đồng; năm 2023: 983.265 triệu đồng), gồm: ngân sách trung ương 1.652.310 triệu đồng (vốn đầu tư phát triển 1.021.846 triệu đồng, vốn sự nghiệp 630.464 triệu đồng); ngân sách địa phương đối ứng 174.165 triệu đồng, bằng 10,54% vốn ngân sách trung ương, đạt mức đối ứng tối thiểu theo Điều 7 Nghị quyết số 12/2022/NQ-HĐND ngày 15/7/2022 của Hội đồng nhân dân tỉnh.",
  [C('sum','consistent','là 1.826.475 triệu đồng', 'sum',['843.210','983.265'],'1.826.475', note='by year; also by source 1.652.310 + 174.165 = 1.826.475'),
   C('sum','consistent','ngân sách trung ương 1.652.310', 'sum',['1.021.846','630.464'],'1.652.310'),
   C('share','consistent','bằng 10,54%', 'share','174.165','1.652.310','10,54%', note='base stated: central budget, not total')]),
 ("Đến ngày 31/01/2024, toàn tỉnh đã giải ngân 1.348.926 triệu đồng, đạt 73,85% kế hoạch vốn giao, chia ra: vốn đầu tư phát triển 894.527 triệu đồng, đạt 87,54%; vốn sự nghiệp 331.285 triệu đồng, đạt 52,55%; vốn ngân sách địa phương 123.114 triệu đồng, đạt 70,68%. Tỷ lệ giải ngân chung tăng 12,41% so với cùng kỳ năm trước (61,44%).",
  [C('sum','consistent','giải ngân 1.348.926', 'sum',['894.527','331.285','123.114'],'1.348.926'),
   C('share','consistent','đạt 73,85%', 'share','1.348.926','1.826.475','73,85%'),
   C('share','consistent','đạt 87,54%', 'share','894.527','1.021.846','87,54%'),
   C('share','consistent','đạt 52,55%', 'share','331.285','630.464','52,55%'),
   C('share','rounding','đạt 70,68%', 'share','123.114','174.165','70,68%'),
   C('points','consistent','tăng 12,41%', 'pts','73,85','61,44','12,41')]),
 ("Vốn sự nghiệp giải ngân chậm (đạt 52,55%), chủ yếu ở Dự án 3 (phát triển sản xuất nông, lâm nghiệp bền vững) và Dự án 5 (phát triển giáo dục, đào tạo nghề); còn 299.179 triệu đồng vốn sự nghiệp chưa giải ngân phải chuyển nguồn sang năm 2024.",
  [C('repeat','consistent','(đạt 52,55%)', 'eq','52,55','52,55'),
   C('difference','consistent','còn 299.179 triệu đồng', 'diff','630.464','331.285','299.179')]),
 "2. Kết quả đầu tư cơ sở hạ tầng",
 ("Từ nguồn vốn đầu tư phát triển, toàn tỉnh đầu tư 486 công trình, gồm: 214 công trình giao thông, 97 công trình trường học, 58 công trình thủy lợi, 63 công trình điện, 54 nhà văn hóa và công trình hạ tầng khác; đến nay đã hoàn thành, đưa vào sử dụng 392 công trình, đạt 80,65%, chuyển tiếp 94 công trình. Bình quân mỗi công trình được bố trí 2.103 triệu đồng.",
  [C('sum','consistent','đầu tư 486 công trình', 'sum',[214,97,58,63,54],486),
   C('share','rounding','đạt 80,65%', 'share',392,486,'80,65%'),
   C('difference','consistent','chuyển tiếp 94', 'diff',486,392,94),
   C('ratio','consistent','2.103 triệu', 'avg','1.021.846',486,'2.103', note='investment capital / works')]),
 ("So với Chương trình 135 giai đoạn 2016 - 2020 (đầu tư 1.215 công trình, tổng vốn 1.147.830 triệu đồng), tổng vốn giao của 02 năm 2022 - 2023 đã gấp 1,59 lần cả giai đoạn trước; số công trình giao thông đạt 44,03% tổng số công trình, bằng tỷ lệ của giai đoạn 2011 - 2015.",
  [C('term','consistent','giai đoạn 2016 - 2020', 'term','2016 - 2020','2016 - 2020'),
   C('ratio','consistent','gấp 1,59 lần', 'times','1.826.475','1.147.830','1,59'),
   C('share','consistent','đạt 44,03%', 'share',214,486,'44,03%'),
   C('term','inconsistent','giai đoạn 2011 - 2015', 'term','giai đoạn 2016 - 2020','giai đoạn 2011 - 2015', note='the earlier period compared in this sentence is 2016 - 2020')]),
 ("Đến cuối năm 2023, có 09/48 xã khu vực III đạt chuẩn nông thôn mới, chiếm 18,75%; 121/127 xã có đường ô tô đến trung tâm xã được cứng hóa, đạt 95,28%; 284/312 thôn đặc biệt khó khăn có điện lưới quốc gia, đạt 91,3%.",
  [C('fraction','consistent','chiếm 18,75%', 'frac',9,48,'18,75%'),
   C('fraction','consistent','đạt 95,28%', 'frac',121,127,'95,28%'),
   C('fraction','inconsistent','đạt 91,3%', 'frac',284,312,'91,3%')]),
 "3. Kết quả hỗ trợ đối tượng thụ hưởng",
 ("Dự án 1 đã hỗ trợ đất ở cho 1.246 hộ, nhà ở cho 3.875 hộ (mức hỗ trợ 40 triệu đồng/hộ, tổng kinh phí 155.000 triệu đồng), nước sinh hoạt phân tán cho 8.932 hộ, chuyển đổi nghề cho 2.150 hộ; tổng số lượt hộ được hỗ trợ là 16.203 lượt hộ. Trong số 3.875 hộ được hỗ trợ nhà ở có 2.015 hộ nghèo, 1.263 hộ cận nghèo và 1.120 hộ có thành viên là người có công với cách mạng.",
  [C('ratio','consistent','40 triệu đồng/hộ', 'avg','155.000','3.875','40'),
   C('sum','consistent','16.203 lượt hộ', 'sum',['1.246','3.875','8.932','2.150'],'16.203'),
   C('sum','ambiguous','Trong số 3.875 hộ', 'amb','2.015 + 1.263 + 1.120 = 4.398 > 3.875; người có công households may also be poor or near-poor, overlap unknown')]),
 ("Dự án 5 đã đào tạo nghề cho 12.480 lao động, trong đó lao động nữ 5.916 người, chiếm 47,40%; lao động có việc làm sau đào tạo 10.235 người, đạt 82,01%. Dự án 3 hỗ trợ phát triển sản xuất theo chuỗi giá trị 86 dự án, nhóm cộng đồng với 4.318 hộ tham gia (bình quân 50,2 hộ/dự án).",
  [C('share','consistent','chiếm 47,40%', 'share','5.916','12.480','47,40%'),
   C('share','consistent','đạt 82,01%', 'share','10.235','12.480','82,01%'),
   C('ratio','consistent','bình quân 50,2', 'avg','4.318',86,'50,2')]),
 ("Dự án 7 (chăm sóc sức khỏe Nhân dân, nâng cao thể trạng, tầm vóc người dân tộc thiểu số) và Dự án 5 đã góp phần cải thiện các chỉ số xã hội: năm 2023, tỷ lệ phụ nữ dân tộc thiểu số sinh con tại cơ sở y tế đạt 86,4%, tăng 6,2% so với năm 2021 (80,2%); tỷ lệ trẻ em dân tộc thiểu số trong độ tuổi đi học trung học cơ sở đúng độ tuổi đạt 94,7%, tăng 2,15% so với năm 2021 (92,35%). Dự án 9 hỗ trợ 37 thôn có đồng bào dân tộc rất ít người sinh sống; Dự án 6 hỗ trợ xây dựng, sửa chữa 54 nhà văn hóa, khu thể thao thôn.",
  [C('points','consistent','tăng 6,2%', 'pts','86,4','80,2','6,2'),
   C('points','inconsistent','tăng 2,15%', 'pts','94,7','92,35','2,15', note='94,7 − 92,35 = 2,35 points'),
   C('repeat','ambiguous','54 nhà văn hóa, khu thể thao', 'amb','earlier 54 counts "nhà văn hóa và công trình hạ tầng khác"; not certainly the same quantity')]),
 "4. Kết quả giảm nghèo trong đồng bào dân tộc thiểu số",
 ("Theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025, đầu năm 2022 toàn tỉnh có 12.642 hộ nghèo dân tộc thiểu số, chiếm 21,64% tổng số hộ dân tộc thiểu số; cuối năm 2022 còn 10.873 hộ, chiếm 18,42% (trên tổng số 59.031 hộ dân tộc thiểu số); cuối năm 2023 còn 9.126 hộ, chiếm 15,27% (trên tổng số 59.764 hộ), giảm 3,22% so với năm 2022.",
  [C('share','consistent','chiếm 21,64%', 'share','12.642','58.420','21,64%', note='base 58.420 from line 8'),
   C('share','consistent','chiếm 18,42%', 'share','10.873','59.031','18,42%'),
   C('share','consistent','chiếm 15,27%', 'share','9.126','59.764','15,27%'),
   C('points','inconsistent','giảm 3,22%', 'pts','18,42','15,27','3,22', note='18,42 − 15,27 = 3,15 points (decrease)')]),
 ("Sau 02 năm, số hộ nghèo dân tộc thiểu số giảm 3.516 hộ; tỷ lệ hộ nghèo dân tộc thiểu số bình quân giảm 3,19%/năm, vượt mục tiêu giảm trên 3%/năm của Chương trình; hộ nghèo dân tộc thiểu số hiện chiếm 71,3% tổng số hộ nghèo toàn tỉnh. Giai đoạn 2016 - 2020, tỷ lệ hộ nghèo ở các xã đặc biệt khó khăn thuộc Chương trình 135 giảm từ 42,8% xuống 27,35%, bình quân giảm 3,09%/năm.",
  [C('difference','consistent','giảm 3.516 hộ', 'diff','9.126','12.642',-3516),
   C('points','consistent','bình quân giảm 3,19%', 'avg','6,37',2,'3,19', note='(21,64 − 15,27) / 2 = 3,185 → 3,19 points/year'),
   C('share','ambiguous','chiếm 71,3%', 'amb','total number of poor households in the province is not stated'),
   C('points','consistent','bình quân giảm 3,09%', 'avg','15,45',5,'3,09', note='(42,8 − 27,35) / 5')]),
 "III. ĐÁNH GIÁ CHUNG",
 ("Sau 02 năm triển khai, với tổng vốn giao 1.826.475 triệu đồng, tỷ lệ giải ngân đạt 73,58%, Chương trình đã đầu tư 486 công trình thiết yếu, hỗ trợ 16.203 lượt hộ, đào tạo nghề cho 12.480 lao động; tỷ lệ hộ nghèo dân tộc thiểu số giảm từ 21,64% xuống 15,27%. Tuy nhiên, còn 94 công trình chưa hoàn thành; vốn sự nghiệp mới giải ngân 331.285 triệu đồng.",
  [C('repeat','consistent','vốn giao 1.826.475', 'eq','1.826.475','1.826.475'),
   C('repeat','inconsistent','đạt 73,58%', 'eq','73,85%','73,58%'),
   C('repeat','consistent','hỗ trợ 16.203', 'eq','16.203','16.203'),
   C('repeat','consistent','từ 21,64%', 'eq','21,64','21,64'),
   C('repeat','consistent','còn 94 công trình', 'eq',94,94),
   C('repeat','consistent','giải ngân 331.285', 'eq','331.285','331.285')]),
 ("Nguyên nhân của hạn chế: hướng dẫn của một số bộ, ngành trung ương ban hành chậm, nhiều nội dung chưa rõ, phải sửa đổi, bổ sung; một số dự án thành phần có nhiều tiểu dự án, nội dung nhỏ lẻ, đối tượng thụ hưởng phân tán; năng lực tham mưu của một số chủ đầu tư cấp xã còn hạn chế, có xã chỉ bố trí 01 cán bộ kiêm nhiệm theo dõi Chương trình; việc lồng ghép với Chương trình mục tiêu quốc gia giảm nghèo bền vững và Chương trình mục tiêu quốc gia xây dựng nông thôn mới còn lúng túng. Tỷ lệ hộ tái nghèo trong vùng đồng bào dân tộc thiểu số năm 2023 khoảng 0,8%, hộ phát sinh nghèo mới chiếm khoảng 1,2%.",
  [C('share','ambiguous','khoảng 0,8%', 'amb','number of re-impoverished households not stated; base unclear (all EM households or poor households)')]),
 "IV. KIẾN NGHỊ",
 ("Đề nghị Trung ương bổ sung 215.600 triệu đồng vốn sự nghiệp năm 2024 cho 48 xã khu vực III (bình quân 4.491,66 triệu đồng/xã); cho phép kéo dài thời gian giải ngân vốn năm 2023 đến hết ngày 31/12/2024 theo Điều 68 Luật Ngân sách nhà nước.",
  [C('ratio','rounding','bình quân 4.491,66', 'avg','215.600',48,'4.491,66')]),
 "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN",
 "- Ủy ban Dân tộc;\tKT. CHỦ TỊCH",
 "- Thường trực Tỉnh ủy, HĐND tỉnh;\tPHÓ CHỦ TỊCH",
 "- Lưu: VT, DT.",
 ("[\ufffd] Năm 2022 giải ngân 518.032 triệu đồng, đạt 61,44% kế hoạch vốn năm 2022; năm 2023 giải ngân 830.894 triệu đồng, đạt 84,5%; cộng 02 năm 1.348.926 triệu đồng.",
  [C('share','consistent','đạt 61,44%', 'share','518.032','843.210','61,44%'),
   C('share','consistent','đạt 84,5%', 'share','830.894','983.265','84,5%'),
   C('sum','consistent','cộng 02 năm 1.348.926', 'sum',['518.032','830.894'],'1.348.926'),
   C('repeat','consistent','61,44% kế hoạch', 'eq','61,44','61,44', note='same as cùng kỳ năm trước in line 12')]),
])

if __name__ == '__main__':
    import os, sys
    out = os.path.dirname(os.path.abspath(__file__))
    V = ['consistent', 'rounding', 'inconsistent', 'ambiguous']
    K = ['sum', 'subset', 'share', 'fraction', 'difference', 'points', 'ratio', 'repeat', 'term']
    byd, byk, errs, total = {}, collections.defaultdict(collections.Counter), [], 0
    for D in (D1, D2, D3, D4):
        labs, n, e = build(D[0], D[1], out)
        errs += e
        byd[D[0]] = (collections.Counter(l['verdict'] for l in labs), len(labs), n)
        for l in labs:
            assert l['kind'] in K, l
            byk[l['kind']][l['verdict']] += 1
        total += len(labs)
    if errs:
        print('\n'.join(errs)); sys.exit(1)
    md = ['# d7 prose set: summary', '', '## Drafts × verdicts', '',
          '| draft | chars | ' + ' | '.join(V) + ' | total |', '|---|---:|' + '---:|' * (len(V) + 1)]
    tv = collections.Counter()
    for d, (c, n, ch) in byd.items():
        md.append(f'| {d} | {ch} | ' + ' | '.join(str(c[v]) for v in V) + f' | {n} |'); tv += c
    md.append('| **total** | | ' + ' | '.join(str(tv[v]) for v in V) + f' | {total} |')
    md += ['', '## Kinds × verdicts', '', '| kind | ' + ' | '.join(V) + ' | total |', '|---|' + '---:|' * (len(V) + 1)]
    for k in K:
        c = byk[k]
        md.append(f'| {k} | ' + ' | '.join(str(c[v]) for v in V) + f' | {sum(c.values())} |')
    md.append('| **total** | ' + ' | '.join(str(tv[v]) for v in V) + f' | {total} |')
    open(os.path.join(out, 'SUMMARY.md'), 'w', encoding='utf-8').write('\n'.join(md) + '\n')
    print('\n'.join(md))
