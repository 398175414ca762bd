#!/usr/bin/env python3
"""Build the p9-* evaluation drafts and their labels from data.

    python3 make.py           # write p9-*.txt, p9-*.labels.json, SUMMARY.md
    python3 make.py --check   # rebuild in memory, re-check every label's arithmetic
                              # (exact fractions, round half up) and compare with the files

Every claim is declared where its figure is written: the helper returns the text fragment
(which becomes the anchor) and records the calculation that judges it.  The verdict of each
non-ambiguous claim is recomputed from the calculation and must equal the intended verdict.
"""
import json
import os
import re
import sys
from fractions import Fraction as F

HERE = os.path.dirname(os.path.abspath(__file__))
FN = "[\ufffd] "  # footnote line prefix, as the shared drafts are exported


# ----------------------------------------------------------------------------- numbers
def vn(s):
    """vi-VN number text -> Fraction ('1.234,5' -> 1234.5, '05' -> 5)."""
    if isinstance(s, (int, F)):
        return F(s)
    t = str(s).strip().replace(".", "").replace(",", ".")
    return F(t)


def dps(s):
    s = str(s)
    return len(s.split(",")[1]) if "," in s else 0


def rnd(x, dp):
    """Round half up (away from zero for .5) at dp decimals, exactly."""
    x = F(x)
    m = F(10) ** dp
    sgn = -1 if x < 0 else 1
    n = int(abs(x) * m + F(1, 2))
    return sgn * F(n) / m


def trn(x, dp):
    x = F(x)
    m = F(10) ** dp
    sgn = -1 if x < 0 else 1
    return sgn * F(int(abs(x) * m)) / m


def fmt(x, dp=0, z=False):
    """Fraction -> vi-VN text with dp decimals (half up); z: leading zero under 10."""
    r = rnd(F(x), dp)
    sgn = "-" if r < 0 else ""
    r = abs(r)
    ip = int(r)
    s = f"{ip:,}".replace(",", ".")
    if z and ip < 10 and dp == 0:
        s = "0" + s
    if dp:
        fp = int((r - ip) * F(10) ** dp)
        s += "," + str(fp).zfill(dp)
    return sgn + s


def N(x):
    return fmt(x, 0)


def Z(x):
    return fmt(x, 0, z=True)


def P(a, b, dp=2):
    """percentage a/b*100, half up, as written."""
    return fmt(vn(a) / vn(b) * 100, dp)


# ----------------------------------------------------------------------------- calculations
# Each returns a dict: type, stated (text as written), inputs (texts that must occur in the
# draft), and what is needed to judge it.
def Sum(parts, total, unit=""):
    return dict(type="sum", parts=[str(p) for p in parts], stated=str(total), unit=unit)


def Sub(parts, parent, unit=""):
    return dict(type="sub", parts=[str(p) for p in parts], stated=str(parent), unit=unit)


def Share(num, den, stated, unit="%"):
    # num may be a list of parts written in the text (numerator = their sum)
    num = [str(x) for x in num] if isinstance(num, (list, tuple)) else str(num)
    return dict(type="share", num=num, den=str(den), stated=str(stated), unit=unit)


def _num(c):
    if isinstance(c["num"], list):
        return sum(vn(x) for x in c["num"]), "(" + " + ".join(c["num"]) + ")"
    return vn(c["num"]), c["num"]


def Ratio(cur, prev, stated, mode="index", word=None, unit="%", scale=1):
    # index: cur/prev*100 ; change: |cur/prev-1|*100 with word tăng/giảm ;
    # times: cur/prev*scale (averages, "gấp ... lần"; scale converts units, e.g. tỷ -> triệu)
    return dict(type="ratio", cur=str(cur), prev=str(prev), stated=str(stated), mode=mode,
                word=word, unit=unit if mode != "times" or unit != "%" else " lần", scale=scale)


def Flow(start, plus, minus, stated, unit=""):
    """stock-flow: end = start + Σplus − Σminus"""
    return dict(type="flow", start=str(start), plus=[str(x) for x in plus],
                minus=[str(x) for x in minus], stated=str(stated), unit=unit)


def Diff(cur, prev, stated, word, unit=""):
    return dict(type="diff", cur=str(cur), prev=str(prev), stated=str(stated), word=word, unit=unit)


def Points(cur, prev, stated, word, unit="%"):
    return dict(type="points", cur=str(cur), prev=str(prev), stated=str(stated), word=word, unit=unit)


def Rep(ref, stated, unit="", scale=1):
    """second mention of a quantity; scale converts units (stated = ref × scale)"""
    return dict(type="rep", ref=str(ref), stated=str(stated), unit=unit, scale=scale)


def Frac(stated, part_ref=None, whole_ref=None):
    return dict(type="frac", stated=str(stated), part_ref=part_ref and str(part_ref),
                whole_ref=whole_ref and str(whole_ref))


def Term(stated, right):
    return dict(type="term", stated=stated, right=right)


def Amb(expr, inputs=()):
    return dict(type="amb", expr=expr, inputs=[str(i) for i in inputs], stated=None)


def inputs_of(c):
    t = c["type"]
    if t in ("sum", "sub"):
        return c["parts"] + [c["stated"]]
    if t == "share":
        return (c["num"] if isinstance(c["num"], list) else [c["num"]]) + [c["den"], c["stated"]]
    if t in ("ratio", "diff", "points"):
        return [c["cur"], c["prev"], c["stated"]]
    if t == "rep":
        return [c["ref"], c["stated"]]
    if t == "flow":
        return [c["start"], c["stated"]] + c["plus"] + c["minus"]
    if t == "frac":
        return [x for x in (c["part_ref"], c["whole_ref"]) if x]
    if t == "amb":
        return c["inputs"]
    return []


def sign_word(x):
    return "tăng" if x > 0 else ("giảm" if x < 0 else "bằng")


def judge(c):
    """-> (verdict, right, note)"""
    t = c["type"]
    if t in ("sum", "sub"):
        s = sum(vn(p) for p in c["parts"])
        st = vn(c["stated"])
        dp = max([dps(c["stated"])] + [dps(p) for p in c["parts"]])
        expr = " + ".join(c["parts"]) + f" = {fmt(s, dp)}"
        if t == "sum":
            if s == st:
                return "consistent", None, expr + f" = {c['stated']}"
            return "inconsistent", fmt(s, dp) + c["unit"], expr + f" ≠ {c['stated']}"
        if s <= st and all(vn(p) <= st for p in c["parts"]):
            return "consistent", None, expr + f" ≤ {c['stated']} (subset, not a full breakdown)"
        return "inconsistent", None, expr + f" > {c['stated']}"
    if t in ("share", "ratio", "points"):
        dp = dps(c["stated"])
        st = vn(c["stated"])
        if t == "share":
            nv, ns = _num(c)
            x = nv / vn(c["den"]) * 100
            expr = f"{ns} / {c['den']} × 100 = {fmt(x, dp + 3)}"
            word_ok = True
        elif t == "points":
            x = vn(c["cur"]) - vn(c["prev"])
            expr = f"{c['cur']} − {c['prev']} = {fmt(x, max(dp, dps(c['cur'])))} points"
            word_ok = c["word"] == sign_word(x)
            x = abs(x)
        else:
            q = vn(c["cur"]) / vn(c["prev"])
            if c["mode"] == "index":
                x = q * 100
                expr = f"{c['cur']} / {c['prev']} × 100 = {fmt(x, dp + 3)}"
                word_ok = True
            elif c["mode"] == "times":
                x = q * c["scale"]
                sc = f" × {c['scale']}" if c["scale"] != 1 else ""
                expr = f"{c['cur']} / {c['prev']}{sc} = {fmt(x, dp + 3)}"
                word_ok = True
            else:
                x = (q - 1) * 100
                expr = f"({c['cur']} / {c['prev']} − 1) × 100 = {fmt(x, dp + 3)}"
                word_ok = c["word"] == sign_word(x)
                x = abs(x)
        r = rnd(x, dp)
        right = fmt(r, dp) + c["unit"]
        if not word_ok:
            return "inconsistent", f"{sign_word(x if t != 'points' else vn(c['cur']) - vn(c['prev']))} {right}", \
                expr + f"; the word '{c['word']}' has the wrong sign"
        if st == r:
            return "consistent", None, expr + f" → {right}"
        if abs(st - r) == F(1, 10 ** dp):
            how = "truncated" if st == trn(x, dp) else "rounded the wrong way"
            return "rounding", right, expr + f" → {right}; written {c['stated']}{c['unit']} ({how})"
        return "inconsistent", right, expr + f" → {right}, not {c['stated']}{c['unit']}"
    if t == "diff":
        d = vn(c["cur"]) - vn(c["prev"])
        dp = max(dps(c["stated"]), dps(c["cur"]), dps(c["prev"]))
        expr = f"{c['cur']} − {c['prev']} = {fmt(d, dp)}"
        z = c["stated"].startswith("0") and "," not in c["stated"]
        if c["word"] and c["word"] != sign_word(d):
            return "inconsistent", f"{sign_word(d)} {fmt(abs(d), dp, z)}{c['unit']}", \
                expr + f"; '{c['word']}' has the wrong sign"
        if abs(d) == vn(c["stated"]):
            return "consistent", None, expr + f" = {c['word'] + ' ' if c['word'] else ''}{c['stated']}"
        return "inconsistent", fmt(abs(d), dp, z) + c["unit"], expr + f", not {c['stated']}"
    if t == "flow":
        e = vn(c["start"]) + sum(vn(x) for x in c["plus"]) - sum(vn(x) for x in c["minus"])
        expr = c["start"] + "".join(" + " + x for x in c["plus"]) + "".join(" − " + x for x in c["minus"]) \
            + f" = {fmt(e, dps(c['stated']))}"
        if e == vn(c["stated"]):
            return "consistent", None, expr + f" = {c['stated']} (stock-flow)"
        return "inconsistent", fmt(e, dps(c["stated"])) + c["unit"], expr + f" ≠ {c['stated']} (stock-flow)"
    if t == "rep":
        sc = f" × {c['scale']}" if c["scale"] != 1 else ""
        if vn(c["ref"]) * c["scale"] == vn(c["stated"]):
            return "consistent", None, f"same quantity stated elsewhere as {c['ref']}{sc} = {c['stated']}"
        return "inconsistent", fmt(vn(c["ref"]) * c["scale"], dps(c["stated"])) + c["unit"], \
            f"same quantity stated elsewhere as {c['ref']}{sc}; here {c['stated']}"
    if t == "frac":
        a, b = c["stated"].split("/")
        bad = []
        if c["whole_ref"] is not None and vn(b) != vn(c["whole_ref"]):
            bad.append(("whole", b, c["whole_ref"]))
        if c["part_ref"] is not None and vn(a) != vn(c["part_ref"]):
            bad.append(("part", a, c["part_ref"]))
        if vn(a) > vn(b):
            bad.append(("part>whole", a, b))
        if not bad:
            refs = ", ".join(x for x in (c["part_ref"] and f"part = {c['part_ref']}",
                                         c["whole_ref"] and f"whole = {c['whole_ref']}") if x)
            return "consistent", None, f"{c['stated']}: {refs} as stated elsewhere"
        rp = c["part_ref"] if c["part_ref"] else a
        rw = c["whole_ref"] if c["whole_ref"] else b
        return "inconsistent", f"{rp}/{rw}", f"{c['stated']}: " + "; ".join(
            f"{k} {x} should be {y}" for k, x, y in bad)
    if t == "term":
        if c["stated"] == c["right"]:
            return "consistent", None, f"compared period '{c['stated']}' is the previous one"
        return "inconsistent", c["right"], f"the figure compared is that of {c['right']}, not {c['stated']}"
    if t == "amb":
        return "ambiguous", None, c["expr"]
    raise ValueError(t)


# ----------------------------------------------------------------------------- drafts
class Draft:
    def __init__(self, fname):
        self.fname = fname
        self.lines = []
        self.claims = []

    def p(self, text):
        self.lines.append(text)
        return len(self.lines)

    def fn(self, text):
        return self.p(FN + text)

    def c(self, text, kind, calc, v="consistent", note="", anchor=None, far=False):
        """register a claim on the line being built; returns text for the f-string.
        far: the judged total/base sits on another line (anchor then holds a part)"""
        self.claims.append(dict(line=len(self.lines) + 1, anchor=anchor or text, kind=kind,
                                v=v, calc=calc, extra=note, far=far))
        return text

    def a(self, anchor, kind, calc, v="consistent", note="", far=False):
        """register a claim whose anchor is text already written (or about to be) on this line"""
        self.c(anchor, kind, calc, v, note, far=far)
        return ""

    # frequent shapes -------------------------------------------------------
    def sh(self, pre, num, den, stated=None, v="consistent", note="", dp=2, post="%", kind="share"):
        if stated is None:
            nv = sum(vn(x) for x in num) if isinstance(num, (list, tuple)) else vn(num)
            st = fmt(nv / vn(den) * 100, dp)
        else:
            st = stated
        calc = Share(num, den, st) if kind == "share" else Amb(note, [num, den, st])
        return self.c(pre + st + post, kind, calc, v, note)

    def text(self):
        return "\n".join(self.lines) + "\n"

    def labels(self):
        out = []
        for cl in self.claims:
            verdict, right, note = judge(cl["calc"])
            if cl["v"] == "ambiguous":
                verdict, right = "ambiguous", None
                note = cl["extra"] or note
            elif cl["extra"]:
                note = note + ". " + cl["extra"]
            d = dict(line=cl["line"], anchor=cl["anchor"], kind=cl["kind"], verdict=verdict)
            if verdict in ("rounding", "inconsistent"):
                d["right"] = right
            d["note"] = note
            out.append(d)
        return {"file": self.fname, "claims": out}


DRAFTS = []


def draft(fn):
    DRAFTS.append(fn)
    return fn


# ============================================================================= p9-01
@draft
def d1():
    d = Draft("p9-01-bao-cao-thanh-tra-tinh.txt")
    c, a, sh = d.c, d.a, d.sh
    d.p("UBND TỈNH BÌNH SƠN")
    d.p("THANH TRA TỈNH")
    d.p("Số:        /BC-TTr")
    d.p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    d.p("Độc lập - Tự do - Hạnh phúc")
    d.p("Bình Sơn, ngày      tháng 12 năm 2023")
    d.p("BÁO CÁO")
    d.p("Kết quả công tác thanh tra, tiếp công dân, giải quyết khiếu nại, tố cáo và phòng, chống tham nhũng năm 2023")
    d.p("Thực hiện Công văn số 1865/TTCP-KHTCTH ngày 20/11/2023 của Thanh tra Chính phủ về việc báo cáo tổng kết công tác năm 2023 và Công văn số .../UBND-NC ngày .../11/2023 của UBND tỉnh, Thanh tra tỉnh tổng hợp, báo cáo kết quả công tác thanh tra, tiếp công dân, giải quyết khiếu nại, tố cáo và phòng, chống tham nhũng năm 2023 (số liệu tính từ ngày 16/12/2022 đến ngày 15/12/2023) như sau:")
    d.p("I. KẾT QUẢ CÔNG TÁC THANH TRA")
    d.p("1. Thanh tra hành chính")
    d.p("Năm 2022, toàn ngành thanh tra tỉnh đã triển khai 172 cuộc thanh tra hành chính, ban hành kết luận 131 cuộc. Bước sang năm 2023, Thanh tra tỉnh tham mưu UBND tỉnh xây dựng kế hoạch thanh tra sát với yêu cầu quản lý nhà nước, tập trung vào các lĩnh vực nhạy cảm, dễ phát sinh tiêu cực như quản lý đất đai, đầu tư xây dựng, quản lý tài chính, ngân sách, mua sắm tài sản công; hạn chế chồng chéo, trùng lặp giữa thanh tra, kiểm tra, kiểm toán.")
    d.p(f"Trong năm, toàn ngành triển khai {c('186 cuộc thanh tra hành chính (23 cuộc kỳ trước chuyển sang, 163 cuộc triển khai mới)', 'sum', Sum(['23', '163'], '186'))}; "
        f"{c('trong tổng số 186 cuộc có 121 cuộc theo kế hoạch và 65 cuộc đột xuất', 'sum', Sum(['121', '65'], '186'))}. "
        f"So với năm trước, số cuộc {c('tăng 14 cuộc', 'difference', Diff('186', '172', '14', 'tăng'))}. "
        f"Đã kết thúc thanh tra trực tiếp 158 cuộc, {sh('chiếm ', '158', '186')} số cuộc triển khai; ban hành kết luận 149 cuộc.")
    d.p(f"Qua thanh tra tại 212 đơn vị, phát hiện 97 đơn vị có vi phạm, {sh('chiếm ', '97', '212')} số đơn vị được thanh tra; "
        f"{c('trong đó vi phạm trong quản lý tài chính, ngân sách 64 đơn vị, đầu tư xây dựng cơ bản 41 đơn vị, quản lý, sử dụng đất đai 18 đơn vị', 'sum', Amb('', ['64', '41', '18', '97']), 'ambiguous', 'Areas of violation sum to 64 + 41 + 18 = 123 > 97 units; one unit may violate in several areas, so the parts may overlap and the text gives no way to tell.')}. "
        f"Tổng sai phạm về kinh tế {c('84,763 tỷ đồng', 'sum', Sum(['31,528', '53,208'], '84,763', ' tỷ đồng'), 'inconsistent', 'Total not updated / last two digits swapped (84,736).')} và 12.460 m² đất; "
        f"trong đó kiến nghị thu hồi về ngân sách nhà nước 31,528 tỷ đồng, kiến nghị xử lý khác 53,208 tỷ đồng; "
        f"{c('kiến nghị thu hồi 12.460 m² đất (đất ở 1.850 m², đất nông nghiệp 10.610 m²)', 'sum', Sum(['1.850', '10.610'], '12.460', ' m²'))}. "
        f"Kiến nghị xử lý hành chính 52 tập thể và 139 cá nhân; chuyển cơ quan điều tra 04 vụ việc, 07 đối tượng.")
    d.p(f"Đến ngày 15/12/2023, đã thu hồi 24,117 tỷ đồng, {sh('đạt ', '24,117', '31,528')} số tiền kiến nghị thu hồi về ngân sách; "
        f"{c('số tiền còn phải thu hồi là 7,411 tỷ đồng', 'difference', Diff('31,528', '24,117', '7,411', None, ' tỷ đồng'))}. "
        f"Về đất, đã thu hồi 9.870 m², {sh('đạt ', '9.870', '12.460')}. "
        f"Tính cả các kết luận của những năm trước chuyển sang, tổng số tiền đã thu hồi trong năm là 27,905 tỷ đồng, "
        f"{c('đạt 81,3%', 'share', Amb('', ['27,905']), 'ambiguous', 'Base not stated: the amount to recover including earlier years is never given; 27,905 / 31,528 = 88,5% does not fit, and no stated figure explains 81,3%.')}.")
    d.p("Thanh tra tỉnh đã tổ chức kiểm tra việc thực hiện kết luận thanh tra tại một số đơn vị chậm khắc phục; ban hành văn bản đôn đốc thu hồi tiền, đất sai phạm; đề nghị cấp có thẩm quyền xem xét trách nhiệm người đứng đầu để xảy ra chậm trễ. Một số kết luận liên quan đến giao đất, cho thuê đất không qua đấu giá đang được tiếp tục rà soát để xử lý dứt điểm.")
    d.p("2. Thanh tra, kiểm tra chuyên ngành")
    d.p(f"Các sở, ngành và UBND cấp huyện thực hiện {c('1.124 cuộc thanh tra, kiểm tra chuyên ngành (thanh tra 386 cuộc, kiểm tra 738 cuộc)', 'sum', Sum(['386', '738'], '1.124'))} đối với 6.315 tổ chức, cá nhân; "
        f"phát hiện 1.178 tổ chức, cá nhân vi phạm, {sh('chiếm ', '1.178', '6.315')}. "
        f"Đã ban hành 1.096 quyết định xử phạt vi phạm hành chính, {sh('bằng ', '1.096', '1.178', post='% số tổ chức, cá nhân vi phạm')}, với tổng số tiền 9,874 tỷ đồng; "
        f"đã thu nộp ngân sách 8,902 tỷ đồng, {sh('đạt ', '8,902', '9,874', stated='90,15', v='rounding')}. Các lĩnh vực có nhiều vi phạm là an toàn thực phẩm, giao thông vận tải, tài nguyên và môi trường, xây dựng.")
    d.p("3. Theo dõi, đôn đốc, kiểm tra việc thực hiện kết luận thanh tra")
    d.p(f"Trong năm, các cơ quan thanh tra theo dõi, đôn đốc việc thực hiện {c('238 kết luận thanh tra (năm 2022 chuyển sang 89 kết luận, ban hành năm 2023 là 149 kết luận)', 'sum', Sum(['89', '149'], '238'), anchor='238 kết luận thanh tra')}"
        f"{a('ban hành năm 2023 là 149 kết luận', 'repeat', Rep('149', '149'), note='Same as the 149 conclusions issued in 2023 (section I.1).')}. "
        f"Đến nay đã hoàn thành {c('176/238 kết luận', 'fraction', Frac('176/238', whole_ref='238'))}, {sh('đạt ', '176', '238')}; số còn lại đang tiếp tục đôn đốc thực hiện.")
    d.p("II. CÔNG TÁC TIẾP CÔNG DÂN, XỬ LÝ ĐƠN THƯ")
    d.p(f"1. Tiếp công dân: {c('Toàn tỉnh tiếp 2.846 lượt', 'sum', Sum(['1.912', '934'], '2.846'))} với 1.973 người đến kiến nghị, phản ánh, khiếu nại, tố cáo; "
        f"trong đó tiếp thường xuyên 1.912 lượt ({sh('', '1.912', '2.846')}), lãnh đạo tiếp định kỳ và đột xuất 934 lượt ({sh('', '934', '2.846')}); có 37 đoàn đông người với 412 người. "
        f"So với năm 2022 (3.108 lượt), {c('giảm 262 lượt', 'difference', Diff('2.846', '3.108', '262', 'giảm'))}, "
        f"{c('tương ứng giảm 8,43%', 'ratio', Ratio('2.846', '3.108', '8,43', 'change', 'giảm'))}.")
    d.p(f"2. Tiếp nhận, xử lý đơn: Tổng số đơn tiếp nhận là {c('4.127 đơn (kỳ trước chuyển sang 186 đơn, tiếp nhận trong kỳ 3.941 đơn)', 'sum', Sum(['186', '3.941'], '4.127'))}, "
        f"{c('tăng 452 đơn', 'difference', Diff('4.127', '3.702', '452', 'tăng'), 'inconsistent', 'Digits swapped: the difference is 425.')} so với năm 2022 (3.702 đơn). "
        f"{c('Số đơn đủ điều kiện xử lý 2.988 đơn', 'sum', Sum(['641', '218', '2.129'], '2.988'))}, {sh('chiếm ', '2.988', '4.127')}; "
        f"gồm: khiếu nại 641 đơn ({sh('', '641', '2.988')}), "
        f"tố cáo 218 đơn ({sh('', '218', '2.988', stated='7,29', v='rounding')}), "
        f"kiến nghị, phản ánh 2.129 đơn ({sh('', '2.129', '2.988')}). "
        f"Đơn thuộc thẩm quyền giải quyết {c('386 đơn (khiếu nại 312 đơn, tố cáo 74 đơn)', 'sum', Sum(['312', '74'], '386'))}.")
    d.p("III. KẾT QUẢ GIẢI QUYẾT KHIẾU NẠI, TỐ CÁO")
    d.p(f"1. Giải quyết khiếu nại: Các cơ quan hành chính nhà nước đã giải quyết {c('287/312 vụ việc', 'fraction', Frac('287/312', whole_ref='312'))} thuộc thẩm quyền, {sh('đạt ', '287', '312')}. "
        f"{c('Qua giải quyết 287 vụ việc', 'sum', Sum(['29', '46', '212'], '287'))}: khiếu nại đúng 29 vụ việc, {sh('chiếm ', '29', '287', stated='10,01', v='inconsistent', note='Two digits swapped (10,10).')}; "
        f"khiếu nại đúng một phần 46 vụ việc, {sh('chiếm ', '46', '287')}; "
        f"khiếu nại sai 212 vụ việc, {sh('chiếm ', '212', '287')}. "
        f"Tỷ lệ giải quyết cao hơn năm 2022 (88,46%) là {c('3,53%', 'points', Points(P('287', '312'), '88,46', '3,53', 'tăng'), note='Percentage points between the two rates.')}. "
        f"Qua giải quyết khiếu nại đã kiến nghị thu hồi cho nhà nước 2,356 tỷ đồng, trả lại cho công dân 0,948 tỷ đồng và 3.820 m² đất.")
    d.p(f"2. Giải quyết tố cáo: Đã giải quyết {c('69/74 vụ việc', 'fraction', Frac('69/74', whole_ref='74'))} tố cáo thuộc thẩm quyền, {sh('đạt ', '69', '74')}. "
        f"{c('Kết quả giải quyết 69 vụ việc', 'sum', Sum(['11', '17', '41'], '69'))}: tố cáo đúng 11 vụ việc, tố cáo đúng một phần 17 vụ việc, tố cáo sai 41 vụ việc; "
        f"{sh('tỷ lệ tố cáo có đúng (đúng và đúng một phần) chiếm ', ['11', '17'], '69')}, riêng {sh('tố cáo đúng một phần chiếm ', '17', '69', stated='24,63', v='rounding')}. "
        f"Qua giải quyết tố cáo, kiến nghị xử lý kỷ luật 14 cá nhân.")
    d.p("IV. CÔNG TÁC PHÒNG, CHỐNG THAM NHŨNG")
    d.p(f"Năm 2023, toàn tỉnh có 9.864 người có nghĩa vụ kê khai tài sản, thu nhập (năm 2022 là 8.950 người), "
        f"{c('tăng 914 người', 'difference', Diff('9.864', '8.950', '914', 'tăng'))}; "
        f"đã kê khai {c('9.864/9.864 người', 'fraction', Frac('9.864/9.864', whole_ref='9.864'))}, {sh('đạt ', '9.864', '9.864', dp=0)}. "
        f"Đã xác minh tài sản, thu nhập 213 người, {sh('chiếm ', '213', '9.864', stated='2,38', v='inconsistent', note='Computed on last year’s 8.950 declarants (213 / 8.950 = 2,38%).')} số người phải kê khai; phát hiện 02 người kê khai không trung thực, đã xử lý kỷ luật.")
    d.p(f"Qua công tác thanh tra, kiểm tra, giải quyết khiếu nại, tố cáo đã phát hiện 05 vụ việc có dấu hiệu tham nhũng với 09 đối tượng, số tiền 4,286 tỷ đồng; "
        f"{c('đã chuyển cơ quan điều tra 04 vụ việc', 'subset', Sub(['04'], '05'))}, "
        f"{c('07 đối tượng', 'repeat', Rep('07', '07'), note='Same transfer as in section I (04 vụ việc, 07 đối tượng); 07 ≤ 09.')} (đã nêu tại Mục I), số còn lại đang tiếp tục xác minh.")
    d.p(f"Nhìn chung, so với năm 2021, số cuộc thanh tra hành chính {c('tăng 8,14%', 'ratio', Ratio('186', '172', '8,14', 'change', 'tăng'), note='Relative change against 172 cuộc.')}"
        f"{a('so với năm 2021', 'term', Term('năm 2021', 'năm 2022'), 'inconsistent', 'The base 172 cuộc is the 2022 figure stated at the start of section I.1.')}, "
        f"số cuộc có kết luận {c('tăng 18 cuộc', 'difference', Diff('149', '131', '18', 'tăng'))}; tỷ lệ thu hồi tiền sai phạm có chuyển biến nhưng chưa đạt yêu cầu.")
    d.p("V. ĐÁNH GIÁ CHUNG VÀ PHƯƠNG HƯỚNG NĂM 2024")
    d.p("Công tác thanh tra, tiếp công dân, giải quyết khiếu nại, tố cáo và phòng, chống tham nhũng năm 2023 có nhiều chuyển biến; việc xử lý sau thanh tra được quan tâm hơn. Tuy nhiên, tiến độ một số cuộc thanh tra còn chậm, thời hạn ban hành kết luận có cuộc vượt quy định; việc thu hồi tiền, đất sai phạm chưa đạt yêu cầu; một số vụ việc khiếu nại đông người liên quan đến bồi thường, giải phóng mặt bằng kéo dài chưa được giải quyết dứt điểm; năng lực của một bộ phận công chức thanh tra cấp huyện còn hạn chế. Việc phối hợp giữa cơ quan thanh tra với cơ quan điều tra, viện kiểm sát trong xử lý các vụ việc có dấu hiệu tội phạm có lúc chưa kịp thời; công tác tự kiểm tra, phát hiện tham nhũng trong nội bộ cơ quan, đơn vị còn ít.")
    d.p(f"Kế hoạch thanh tra năm 2024 đã được Chủ tịch UBND tỉnh phê duyệt tại Quyết định số 2918/QĐ-UBND ngày 24/11/2023 với {c('118 cuộc (Thanh tra tỉnh 36 cuộc, thanh tra cấp huyện 58 cuộc, thanh tra sở, ngành 24 cuộc)', 'sum', Sum(['36', '58', '24'], '118'))}; "
        "phấn đấu tỷ lệ giải quyết khiếu nại, tố cáo thuộc thẩm quyền đạt trên 90%, thu hồi tối đa tiền, tài sản sai phạm; tăng cường thanh tra trách nhiệm người đứng đầu trong thực hiện pháp luật về tiếp công dân, phòng, chống tham nhũng.")
    d.p("Trên đây là báo cáo kết quả công tác thanh tra, tiếp công dân, giải quyết khiếu nại, tố cáo và phòng, chống tham nhũng năm 2023 của Thanh tra tỉnh./.")
    d.p("Nơi nhận:")
    d.p("- Thanh tra Chính phủ (b/c);")
    d.p("- Thường trực Tỉnh ủy, HĐND tỉnh (b/c);")
    d.p("- Chủ tịch, các PCT UBND tỉnh;")
    d.p("- Lưu: VT, VP.")
    d.p("CHÁNH THANH TRA")
    d.fn(f"Theo cấp thực hiện, {c('186 cuộc thanh tra hành chính chia ra: Thanh tra tỉnh 42 cuộc, thanh tra các huyện, thị xã, thành phố 97 cuộc, thanh tra các sở, ngành 47 cuộc', 'sum', Sum(['42', '97', '47'], '186'))}.")
    d.fn(f"Kiến nghị xử lý hành chính {c('191 tập thể, cá nhân (52 tập thể, 139 cá nhân)', 'sum', Sum(['52', '139'], '191'))}; {c('191 trường hợp trên gồm kiểm điểm rút kinh nghiệm 168 tập thể, cá nhân và xử lý kỷ luật 23 cá nhân', 'sum', Sum(['168', '23'], '191'), note='Second breakdown of the same 191, by form of handling.')}.")
    d.fn(f"Trong năm, toàn tỉnh tiếp {c('2.864 lượt công dân', 'repeat', Rep('2.846', '2.864', ' lượt'), 'inconsistent', 'The body gives 2.846 lượt (= 1.912 + 934); here two digits are swapped.')}, {c('trong đó Ban Tiếp công dân tỉnh tiếp 618 lượt', 'subset', Sub(['618'], '2.846'), note='Part of the visits received (≤ 2.846 or 2.864 either way).')}.")
    d.fn(f"Tính đến ngày 31/12/2023, tổng số tiền đã thu hồi theo các kết luận thanh tra năm 2023 là {c('24,171 tỷ đồng', 'repeat', Amb('', ['24,171', '24,117']), 'ambiguous', 'Body gives 24,117 tỷ đồng at 15/12/2023; this figure is dated 31/12/2023, so it may be a later amount or a digit swap: cannot be decided.')}.")
    return d


# ============================================================================= p9-02
@draft
def d2():
    d = Draft("p9-02-bao-cao-vien-kiem-sat-huyen.txt")
    c, a, sh = d.c, d.a, d.sh
    d.p("VIỆN KIỂM SÁT NHÂN DÂN TỈNH BÌNH SƠN")
    d.p("VIỆN KIỂM SÁT NHÂN DÂN HUYỆN HÒA ĐÔNG")
    d.p("Số:      /BC-VKS")
    d.p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    d.p("Độc lập - Tự do - Hạnh phúc")
    d.p("Hòa Đông, ngày ... tháng 12 năm 2023")
    d.p("BÁO CÁO")
    d.p("Tổng kết công tác kiểm sát năm 2023 của Viện kiểm sát nhân dân huyện Hòa Đông")
    d.p("Thực hiện Chỉ thị số 01/CT-VKSTC ngày 29/12/2022 của Viện trưởng Viện kiểm sát nhân dân tối cao về công tác năm 2023 và Kế hoạch số .../KH-VKS ngày .../01/2023 của Viện kiểm sát nhân dân tỉnh Bình Sơn, Viện kiểm sát nhân dân huyện Hòa Đông báo cáo kết quả công tác năm 2023 (từ ngày 01/12/2022 đến ngày 30/11/2023) như sau:")
    d.p("I. TÌNH HÌNH TỘI PHẠM VÀ VI PHẠM PHÁP LUẬT")
    d.p("Tình hình an ninh chính trị trên địa bàn huyện cơ bản ổn định; tuy nhiên tội phạm về ma túy, trộm cắp tài sản, lừa đảo chiếm đoạt tài sản qua không gian mạng có chiều hướng tăng, một số vụ cố ý gây thương tích xảy ra trong thanh thiếu niên; tình trạng cho vay lãi nặng, đánh bạc qua mạng vẫn tiềm ẩn phức tạp. Nguyên nhân chủ yếu do ý thức chấp hành pháp luật của một bộ phận người dân còn hạn chế, công tác quản lý địa bàn, quản lý đối tượng ở một số xã chưa chặt chẽ. Năm 2022, đơn vị thụ lý kiểm sát 187 tin báo, tố giác tội phạm và kiến nghị khởi tố, tỷ lệ giải quyết đạt 90,21%; Cơ quan điều tra thụ lý 131 vụ/204 bị can; năm 2021 là 118 vụ/176 bị can.")
    d.p("II. KẾT QUẢ THỰC HIỆN CÁC MẶT CÔNG TÁC")
    d.p("1. Công tác thực hành quyền công tố, kiểm sát việc giải quyết nguồn tin về tội phạm")
    d.p(f"Năm 2023, thụ lý kiểm sát {c('214 tin (cũ 18 tin, mới 196 tin)', 'sum', Sum(['18', '196'], '214'))}, "
        f"{c('tăng 37 tin', 'difference', Diff('214', '187', '37', 'tăng'), 'inconsistent', 'One-digit slip: 214 − 187 = 27.')} "
        f"{c('so với năm 2022', 'term', Term('năm 2022', 'năm 2022'), note='Difference is against the 187 reports of 2022 (section I).')}. "
        f"Đã giải quyết 197 tin, {sh('đạt ', '197', '214')}, vượt chỉ tiêu Nghị quyết số 96/2019/QH14 (trên 90%); "
        f"{c('kết quả: khởi tố 128 tin, không khởi tố 52 tin, tạm đình chỉ 17 tin', 'sum', Sum(['128', '52', '17'], '197'), anchor='giải quyết 197 tin', note='The three outcomes make up the 197 resolved reports.')}. "
        f"Số tin khởi tố {sh('chiếm ', '128', '197', stated='59,81', v='inconsistent', post='% số tin đã giải quyết', note='Computed on the 214 reports received (128 / 214 = 59,81%), though the text says of those resolved.')}. "
        f"Tỷ lệ giải quyết tăng {c('1,85%', 'points', Points(P('197', '214'), '90,21', '1,85', 'tăng'), anchor='tăng 1,85%', note='Points against the 2022 rate 90,21%.')} "
        f"{c('so với năm 2021', 'term', Term('năm 2021', 'năm 2022'), 'inconsistent', 'The 90,21% rate compared against is the 2022 rate stated in section I.')}. "
        f"Viện kiểm sát đã yêu cầu khởi tố 03 vụ án, hủy 01 quyết định không khởi tố vụ án không có căn cứ.")
    d.p("2. Công tác thực hành quyền công tố, kiểm sát điều tra vụ án hình sự")
    d.p(f"Cơ quan điều tra thụ lý 142 vụ/219 bị can, "
        f"{c('cũ 14 vụ/21 bị can, mới 128 vụ/198 bị can', 'sum', Sum(['14', '128'], '142'), anchor='thụ lý 142 vụ')}"
        f"{a('219 bị can, cũ 14 vụ/21 bị can, mới 128 vụ/198 bị can', 'sum', Sum(['21', '198'], '219'))}. "
        f"So với năm 2022 {c('tăng 11 vụ', 'difference', Diff('142', '131', '11', 'tăng'))}, {c('tăng 15 bị can', 'difference', Diff('219', '204', '15', 'tăng'))}, "
        f"{c('bằng 108,40% về số vụ', 'ratio', Ratio('142', '131', '108,40', 'index'))}; so với năm 2021 {c('tăng 24 vụ', 'difference', Diff('142', '118', '24', 'tăng'))}. "
        f"Tội phạm về ma túy {c('38 vụ/52 bị can', 'subset', Sub(['52'], '219'), note='38 ≤ 142 cases, 52 ≤ 219 suspects.')}, {sh('chiếm ', '38', '142')} số vụ thụ lý. "
        f"Trong số bị can có {c('nữ 21 bị can', 'subset', Sub(['21'], '219'))}, {c('người chưa thành niên 11 bị can', 'subset', Sub(['11'], '219'))} ({c('chiếm 5.023%', 'share', Amb('', ['11', '219']), 'ambiguous', 'Number format: 5.023% reads as 5023% under vi-VN rules, or a mistyped 5,023% (11 / 219 = 5,0228%): cannot be parsed safely.')}), {c('tái phạm, tái phạm nguy hiểm 34 bị can', 'subset', Sub(['34'], '219'), note='Overlapping characteristics of the 219 suspects; each is only bounded by the total.')}.")
    d.p(f"Kết quả giải quyết {c('142 vụ', 'sum', Sum(['118', '06', '05', '13'], '142'), note='Cases: the four outcomes make up the 142 cases.')}/"
        f"{c('219 bị can', 'sum', Sum(['183', '08', '05', '23'], '219'), note='Suspects: the four outcomes make up the 219 suspects.')}: "
        f"đề nghị truy tố 118 vụ/183 bị can; đình chỉ 06 vụ/08 bị can; tạm đình chỉ 05 vụ/05 bị can; còn đang điều tra 13 vụ/23 bị can. "
        f"Tỷ lệ giải quyết án {sh('đạt ', ['118', '06', '05'], '142', stated='90,84', v='rounding')}.")
    d.p("3. Công tác thực hành quyền công tố, kiểm sát xét xử hình sự")
    d.p(f"Viện kiểm sát thụ lý giải quyết {c('124 vụ/192 bị can (cũ 06 vụ/09 bị can, mới 118 vụ/183 bị can)', 'sum', Sum(['06', '118'], '124'), anchor='124 vụ')}"
        f"{a('192 bị can (cũ 06 vụ/09 bị can', 'sum', Sum(['09', '183'], '192'))}"
        f"{a('mới 118 vụ/183 bị can', 'repeat', Rep('183', '183'), note='New cases received = the 118 cases / 183 suspects proposed for prosecution by the investigators.')}; "
        f"đã giải quyết 121 vụ/188 bị can, {sh('đạt ', '121', '124')} về số vụ; "
        f"{c('trong đó truy tố 119 vụ/185 bị can, đình chỉ 02 vụ/03 bị can', 'sum', Sum(['119', '02'], '121'), anchor='giải quyết 121 vụ')}"
        f"{a('188 bị can', 'sum', Sum(['185', '03'], '188'))}. "
        f"{c('Truy tố theo thủ tục rút gọn 21 vụ/24 bị can', 'subset', Sub(['24'], '185'), note='21 ≤ 119 cases, 24 ≤ 185 suspects.')}, {sh('chiếm ', '21', '119', stated='17,80', v='inconsistent', post='% số vụ đã truy tố', note='Computed on the 118 cases proposed for prosecution (21 / 118 = 17,80%).')}; 100% vụ án truy tố đúng thời hạn, không có trường hợp Tòa án tuyên bị cáo không phạm tội.")
    d.p(f"Tòa án nhân dân huyện thụ lý {c('127 vụ/198 bị cáo (cũ 08 vụ/13 bị cáo, mới 119 vụ/185 bị cáo)', 'sum', Sum(['08', '119'], '127'), anchor='127 vụ')}"
        f"{a('mới 119 vụ/185 bị cáo', 'repeat', Rep('185', '185'), note='New cases at the court = the 119 cases / 185 defendants prosecuted.')}"
        f"{a('198 bị cáo', 'sum', Sum(['13', '185'], '198'))}; "
        f"đã xét xử 116 vụ/179 bị cáo, {sh('đạt ', '116', '127')}. "
        f"{c('Trong 179 bị cáo đã xét xử', 'sum', Sum(['97', '58', '18', '09'], '179'), 'inconsistent', 'Main penalties are exclusive; parts give 182 (or one part is wrong, e.g. án treo 55).')}: phạt tù có thời hạn 97 bị cáo, án treo 58 bị cáo, cải tạo không giam giữ 18 bị cáo, phạt tiền 09 bị cáo. "
        f"Phối hợp tổ chức 18 phiên tòa rút kinh nghiệm, 06 phiên tòa trực tuyến. Ban hành 04 kháng nghị phúc thẩm, được chấp nhận {c('03/04 kháng nghị', 'fraction', Frac('03/04', whole_ref='04'))}, {sh('đạt ', '03', '04', dp=0)}.")
    d.p("4. Công tác kiểm sát việc giải quyết các vụ việc dân sự, hôn nhân và gia đình, hành chính")
    d.p(f"Kiểm sát {c('486 vụ, việc (dân sự 172, hôn nhân và gia đình 298, kinh doanh, thương mại 16)', 'sum', Sum(['172', '298', '16'], '486'))}, "
        f"{c('tăng 35 vụ, việc', 'difference', Diff('486', '451', '35', 'tăng'))} so với năm 2022 (451 vụ, việc); "
        f"Tòa án đã giải quyết 402 vụ, việc, {sh('đạt ', '402', '486', stated='82,71', v='rounding')}. Kiểm sát 09 vụ án hành chính, {c('đã giải quyết 06 vụ', 'subset', Sub(['06'], '09'))}. "
        f"Năm 2022, Tòa án giải quyết 371 vụ, việc, {sh('đạt ', '371', '451')}; như vậy tỷ lệ giải quyết năm 2023 {c('cao hơn 0,45%', 'points', Points('82,71', '82,26', '0,45', 'tăng'), note='Points between the two rates as written; with exact rates 82,716 − 82,262 = 0,454 → 0,45 as well.')}. "
        f"Ban hành 02 kháng nghị phúc thẩm và 07 kiến nghị khắc phục vi phạm.")
    d.p("5. Công tác kiểm sát thi hành án dân sự, tạm giữ, tạm giam")
    d.p(f"Kiểm sát {c('1.356 việc thi hành án dân sự', 'sum', Sum(['1.108', '248'], '1.356'))} với tổng số tiền 87,425 tỷ đồng; "
        f"số việc có điều kiện thi hành 1.108 việc, chưa có điều kiện 248 việc. Đã thi hành xong 892 việc, {sh('đạt ', '892', '1.108', stated='80,50', v='rounding')} số việc có điều kiện; "
        f"thu được 21,608 tỷ đồng, {c('đạt 35,14% số tiền có điều kiện thi hành', 'share', Amb('', ['21,608', '87,425']), 'ambiguous', 'The amount of money with conditions for enforcement is never stated; against the 87,425 tỷ total it would be 24,72%, so the base is unknown.')}.")
    d.p(f"Kiểm sát việc tiếp nhận {c('146 người bị tạm giữ', 'sum', Sum(['98', '41', '07'], '146'))}; "
        f"trong đó khởi tố, chuyển tạm giam 98 người ({sh('', '98', '146')}), áp dụng biện pháp ngăn chặn khác 41 người, trả tự do 07 người. "
        f"Trực tiếp kiểm sát {c('14 cuộc (tạm giữ, tạm giam 04 cuộc, thi hành án hình sự ... cuộc, thi hành án dân sự 05 cuộc, hoạt động tư pháp khác 02 cuộc)', 'sum', Amb('', ['04', '05', '02']), 'ambiguous', 'One part is a placeholder (...): 04 + 05 + 02 = 11, the blank would be 03 if the breakdown is complete; not filled, so not decidable.')}; "
        f"ban hành 14 kiến nghị, đã được tiếp thu {c('13/14 kiến nghị', 'fraction', Frac('13/14', whole_ref='14'))}, {sh('đạt ', '13', '14')}.")
    d.p(f"Kiểm sát việc thi hành án đối với {c('164 người được hưởng án treo và cải tạo không giam giữ (án treo 131 người, cải tạo không giam giữ 33 người)', 'sum', Sum(['131', '33'], '164'))}; "
        f"đã chấp hành xong 57 người, {sh('chiếm ', '57', '164')}. Số người chấp hành án treo {c('tăng 18 người', 'difference', Diff('131', '113', '18', 'tăng'))} so với năm 2022 (113 người). "
        "Qua kiểm sát đã phát hiện 02 trường hợp UBND cấp xã chưa lập hồ sơ giám sát, giáo dục đúng thời hạn, đã ban hành kiến nghị yêu cầu khắc phục.")
    d.p("6. Công tác giải quyết khiếu nại, tố cáo trong hoạt động tư pháp")
    d.p(f"Tiếp nhận 97 đơn, trong đó đơn thuộc thẩm quyền 21 đơn; đã giải quyết {c('21/21 đơn', 'fraction', Frac('21/21', whole_ref='21'))}, {sh('đạt ', '21', '21', dp=0)}; chuyển cơ quan có thẩm quyền 58 đơn, hướng dẫn, trả lại 18 đơn. "
        f"{c('Tổng số 97 đơn', 'sum', Sum(['21', '58', '18'], '97'), note='Handled in three exclusive ways.')} đều được xử lý đúng thời hạn.")
    d.p("III. CÔNG TÁC XÂY DỰNG NGÀNH")
    d.p(f"Đơn vị được giao 16 biên chế, hiện có mặt 15 đồng chí; "
        f"{c('gồm 08 kiểm sát viên sơ cấp, 03 kiểm sát viên trung cấp, 02 kiểm tra viên, 02 chuyên viên và 01 kế toán', 'sum', Amb('', ['08', '03', '02', '01', '16', '15']), 'ambiguous', 'Parts sum to 16 = posts allocated, but only 15 are present: cannot tell whether the list describes posts or people (a vacancy counted, or one part off by one).')}. "
        f"Trong năm, đã cử 04 lượt công chức tham gia các lớp bồi dưỡng nghiệp vụ kiểm sát do Viện kiểm sát nhân dân tỉnh tổ chức; 01 đồng chí hoàn thành chương trình cao cấp lý luận chính trị. 100% công chức hoàn thành nhiệm vụ; Chi bộ đạt hoàn thành tốt nhiệm vụ; đơn vị được Viện trưởng Viện kiểm sát nhân dân tối cao tặng Bằng khen.")
    d.p(f"Kết quả thực hiện một số chỉ tiêu nghiệp vụ cơ bản (chi tiết tại Phụ lục kèm theo): tỷ lệ giải quyết nguồn tin về tội phạm {c('92,06%', 'repeat', Rep(P('197', '214'), '92,06', '%'))} (chỉ tiêu trên 90%); "
        f"tỷ lệ kháng nghị phúc thẩm được chấp nhận {c('75%', 'repeat', Rep('75', '75', '%'))} (chỉ tiêu trên 70%); tỷ lệ kiến nghị được tiếp thu {c('92,86%', 'repeat', Rep(P('13', '14'), '92,86', '%'))}; "
        "tỷ lệ truy tố đúng thời hạn 100%; không có bị can Viện kiểm sát truy tố bị Tòa án tuyên không phạm tội.")
    d.p("IV. ĐÁNH GIÁ CHUNG")
    d.p("Năm 2023, Viện kiểm sát nhân dân huyện đã hoàn thành và vượt các chỉ tiêu nghiệp vụ cơ bản theo Nghị quyết số 96/2019/QH14 của Quốc hội và chỉ tiêu của Ngành; không có án trả hồ sơ điều tra bổ sung có trách nhiệm của Viện kiểm sát, không có án oan. Tuy nhiên, tỷ lệ giải quyết án dân sự chưa cao, một số vụ việc còn để kéo dài; chất lượng kiến nghị phòng ngừa vi phạm có mặt còn hạn chế; việc ứng dụng công nghệ thông tin trong nghiệp vụ chưa đồng đều. Nguyên nhân một phần do biên chế còn thiếu, khối lượng công việc lớn, một số kiểm sát viên mới được bổ nhiệm còn ít kinh nghiệm thực tiễn.")
    d.p("V. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024")
    d.p("Tiếp tục thực hiện nghiêm Chỉ thị công tác năm 2024 của Viện trưởng Viện kiểm sát nhân dân tối cao; nâng cao chất lượng thực hành quyền công tố, tranh tụng tại phiên tòa; phấn đấu tỷ lệ giải quyết nguồn tin về tội phạm đạt trên 90%, tổ chức ít nhất 02 phiên tòa rút kinh nghiệm/kiểm sát viên/năm; tăng cường kiểm sát việc giải quyết các vụ việc dân sự, thi hành án dân sự.")
    d.p("VI. KIẾN NGHỊ, ĐỀ XUẤT")
    d.p("Đề nghị Viện kiểm sát nhân dân tỉnh quan tâm bổ sung biên chế kiểm sát viên cho đơn vị; tăng cường tập huấn nghiệp vụ kiểm sát giải quyết các vụ việc dân sự, hành chính và kỹ năng tranh tụng tại phiên tòa; hỗ trợ trang thiết bị phục vụ phiên tòa trực tuyến. Đề nghị Huyện ủy, UBND huyện tiếp tục chỉ đạo các cơ quan tư pháp phối hợp chặt chẽ trong giải quyết nguồn tin về tội phạm, không để tồn đọng kéo dài.")
    d.p("Trên đây là báo cáo tổng kết công tác kiểm sát năm 2023 của Viện kiểm sát nhân dân huyện Hòa Đông./.")
    d.p("Nơi nhận:")
    d.p("- VKSND tỉnh Bình Sơn (b/c);")
    d.p("- Thường trực Huyện ủy, HĐND huyện (b/c);")
    d.p("- Lưu: VT, VP.")
    d.p("VIỆN TRƯỞNG")
    d.fn(f"Năm 2023, Viện kiểm sát nhân dân huyện đã truy tố {c('119 vụ/158 bị can', 'repeat', Rep('185', '158', ' bị can'), 'inconsistent', 'Section II.3 gives 119 vụ/185 bị can prosecuted; digits swapped.')}, trong đó có {c('21 vụ truy tố theo thủ tục rút gọn', 'repeat', Rep('21', '21'))}.")
    d.fn(f"Tỷ lệ đề nghị truy tố {sh('đạt ', '118', '142', post='% số vụ thụ lý')} ({c('118/142 vụ', 'fraction', Frac('118/142', part_ref='118', whole_ref='142'))}); tỷ lệ tạm đình chỉ điều tra {sh('', '05', '142')} số vụ thụ lý.")
    return d


# ============================================================================= p9-03
@draft
def d3():
    d = Draft("p9-03-bao-cao-so-giao-thong-van-tai.txt")
    c, a, sh = d.c, d.a, d.sh
    d.p("UBND TỈNH LONG HÀ")
    d.p("SỞ GIAO THÔNG VẬN TẢI")
    d.p("Số:       /BC-SGTVT")
    d.p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    d.p("Độc lập - Tự do - Hạnh phúc")
    d.p("Long Hà, ngày     tháng 01 năm 2024")
    d.p("BÁO CÁO")
    d.p("Tổng kết công tác giao thông vận tải năm 2023, phương hướng, nhiệm vụ năm 2024")
    d.p("Năm 2023 là năm thứ ba thực hiện Kế hoạch phát triển giao thông vận tải tỉnh giai đoạn 2021 - 2025, trong đó mục tiêu đến năm 2025 đầu tư xây dựng mới, nâng cấp 500 km đường tỉnh, đường huyện và đường đô thị. Được sự quan tâm của Bộ Giao thông vận tải, Tỉnh ủy, HĐND, UBND tỉnh, ngành giao thông vận tải đã tập trung triển khai các nhiệm vụ được giao và đạt được những kết quả như sau:")
    d.p("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2023")
    d.p("1. Công tác quản lý, đầu tư xây dựng kết cấu hạ tầng giao thông")
    d.p(f"Hiện nay, {c('tổng chiều dài mạng lưới đường bộ trên địa bàn tỉnh là 9.876,5 km', 'sum', Sum(['386,2', '812,7', '1.498,3', '624,8', '6.536,5'], '9.876,5', ' km'), 'inconsistent', 'Parts sum to 9.858,5 km; most likely đường đô thị 642,8 km was typed 624,8 (two digits swapped), otherwise the total should read 9.858,5 km.')}; "
        f"trong đó quốc lộ 386,2 km, đường tỉnh 812,7 km, đường huyện 1.498,3 km, đường đô thị 624,8 km, đường xã 6.536,5 km. "
        f"Đường xã đã được cứng hóa 5.391,2 km, {sh('đạt ', '5.391,2', '6.536,5')}.")
    d.p(f"Năm 2023, UBND tỉnh giao kế hoạch vốn đầu tư công cho ngành tại Quyết định số 2145/QĐ-UBND ngày 28/12/2022 là "
        f"{c('1.846,327 tỷ đồng (vốn ngân sách trung ương 1.124,500 tỷ đồng, vốn ngân sách tỉnh 721,827 tỷ đồng)', 'sum', Sum(['1.124,500', '721,827'], '1.846,327', ' tỷ đồng'))}, "
        f"bố trí cho {c('38 dự án (27 dự án chuyển tiếp, 11 dự án khởi công mới)', 'sum', Sum(['27', '11'], '38'))}. "
        f"Đến ngày 31/12/2023, {c('giải ngân 1.512,604 tỷ đồng', 'sum', Sum(['968,214', '544,390'], '1.512,604', ' tỷ đồng'))}, {sh('đạt ', '1.512,604', '1.846,327', note='81,925… rounds half up to 81,93.')} kế hoạch; "
        f"trong đó vốn ngân sách trung ương 968,214 tỷ đồng, {sh('đạt ', '968,214', '1.124,500')}; vốn ngân sách tỉnh 544,390 tỷ đồng, {sh('đạt ', '544,390', '721,827')}. "
        f"Đến ngày 31/01/2024 (thời gian được kéo dài), giải ngân 1.598,360 tỷ đồng, {sh('đạt ', '1.598,360', '1.846,327')}.")
    d.p(f"Tỷ lệ giải ngân đến 31/12/2023 cao hơn mức bình quân chung của tỉnh (76,85%) là {c('5,08%', 'points', Points(P('1.512,604', '1.846,327'), '76,85', '5,08', 'tăng'), anchor='là 5,08%')}; "
        f"so với năm 2022 (giải ngân đạt 72,64%) {c('tăng 9,92%', 'points', Points(P('1.512,604', '1.846,327'), '72,64', '9,92', 'tăng'), 'inconsistent', '81,93 − 72,64 = 9,29 points; digits swapped. Relative reading (81,93 / 72,64 − 1 = 12,79%) does not fit either.')}.")
    d.p(f"Trong năm đã hoàn thành, đưa vào sử dụng {c('14 dự án', 'difference', Diff('14', '11', '03', 'tăng'), anchor='tăng 03 dự án')} (tăng 03 dự án so với năm 2022 là 11 dự án), với "
        f"{c('126,4 km đường (quốc lộ 18,6 km, đường tỉnh 47,3 km, đường huyện 60,5 km)', 'sum', Sum(['18,6', '47,3', '60,5'], '126,4', ' km'))} và "
        f"{c('17 cầu (cầu trên quốc lộ 03 cầu, đường tỉnh ... cầu, đường huyện 09 cầu)', 'sum', Amb('', ['03', '09', '17']), 'ambiguous', 'The đường tỉnh count is a placeholder (...): 03 + 09 = 12, the blank would be 05 if complete; not filled, so not decidable.')} "
        f"với tổng chiều dài 1.284 m. Số dự án hoàn thành {sh('chiếm ', '14', '38')} số dự án được bố trí vốn.")
    d.p(f"Lũy kế 03 năm 2021 - 2023, toàn tỉnh đã đầu tư xây dựng mới, nâng cấp 318,7 km đường tỉnh, đường huyện và đường đô thị, "
        f"{sh('bằng ', '318,7', '500', post='% mục tiêu', note='Against the 500 km target stated in the introduction.')} "
        f"{c('của Kế hoạch giai đoạn 2016 - 2020', 'term', Term('giai đoạn 2016 - 2020', 'giai đoạn 2021 - 2025'), 'inconsistent', 'The 500 km target belongs to the 2021 - 2025 plan named in the introduction.')}. "
        f"Chương trình giao thông nông thôn: nhựa hóa, bê tông hóa 412,8 km đường xã, {c('đạt 103,2% kế hoạch năm', 'ratio', Ratio('412,8', '400', '103,2', 'index'), anchor='đạt 103,2%')} (kế hoạch 400 km).")
    d.p(f"Đối với dự án trọng điểm đường ven biển đoạn qua tỉnh (dài 42,6 km, tổng mức đầu tư 3.486,2 tỷ đồng), lũy kế giải ngân đến 31/12/2023 là 1.927,4 tỷ đồng, {sh('đạt ', '1.927,4', '3.486,2', post='% tổng mức đầu tư')}; "
        f"đã bàn giao mặt bằng {c('38,9/42,6 km', 'fraction', Frac('38,9/42,6', whole_ref='42,6'))}, {sh('đạt ', '38,9', '42,6')}; phần còn lại vướng 27 hộ dân chưa nhận tiền bồi thường.")
    d.p("Công tác quản lý, bảo trì: thực hiện sửa chữa định kỳ, bảo dưỡng thường xuyên các tuyến quốc lộ ủy thác và đường tỉnh với tổng kinh phí 148,650 tỷ đồng; kịp thời khắc phục hậu quả sạt lở, ngập úng trên các tuyến đường tỉnh sau mùa mưa bão, bảo đảm giao thông thông suốt. Công tác quản lý hành lang an toàn đường bộ được tăng cường; giải tỏa 1.246 trường hợp lấn chiếm hành lang.")
    d.p("2. Công tác quản lý vận tải, phương tiện và người lái")
    d.p(f"Khối lượng vận chuyển hàng hóa đạt 28,64 triệu tấn, {c('tăng 7,7%', 'ratio', Ratio('28,64', '26,57', '7,7', 'change', 'tăng'), 'rounding')} so với năm 2022 (26,57 triệu tấn); vận chuyển hành khách đạt 31,25 triệu lượt khách. "
        f"Hàng hóa thông qua các cảng, bến thủy nội địa đạt 4,86 triệu tấn, {c('bằng 112,5%', 'ratio', Ratio('4,86', '4,32', '112,5', 'index'))} so với năm 2022 (4,32 triệu tấn). "
        f"Toàn tỉnh có 8.415 xe ô tô kinh doanh vận tải, 46 tuyến vận tải hành khách cố định nội tỉnh và liên tỉnh, {c('12 bến xe khách (loại 1: 01 bến, loại 2: 03 bến, loại 3 đến loại 6: 08 bến)', 'sum', Sum(['01', '03', '08'], '12'))}.")
    d.p(f"Trong năm, đăng ký mới {c('55.201 phương tiện (ô tô 6.284 xe, mô tô, xe gắn máy 48.917 xe)', 'sum', Sum(['6.284', '48.917'], '55.201'))}. "
        f"Lũy kế đến 31/12/2023, toàn tỉnh có 71.530 xe ô tô và 1.126.845 xe mô tô, xe gắn máy; số ô tô {c('tăng 6.284 xe', 'difference', Diff('71.530', '65.246', '6.284', 'tăng'), note='Stock at end-2022 + new registrations = stock at end-2023.')} "
        f"({c('9,63%', 'ratio', Ratio('71.530', '65.246', '9,63', 'change', 'tăng'))}) so với cuối năm 2022 (65.246 xe). "
        f"Hai trung tâm đăng kiểm đã kiểm định 68.412 lượt xe, trong đó không đạt lần đầu 5.934 lượt, {sh('chiếm ', '5.934', '68.412')}.")
    d.p(f"Sát hạch, cấp mới {c('24.312 giấy phép lái xe (hạng A1 15.806, hạng B 7.941, hạng C và các hạng khác 565)', 'sum', Sum(['15.806', '7.941', '565'], '24.312'))}, "
        f"trong đó hạng A1 {sh('chiếm ', '15.806', '24.312')}; đổi, cấp lại 9.418 giấy phép lái xe.")
    d.p("3. Công tác thanh tra, kiểm tra, bảo đảm trật tự an toàn giao thông")
    d.p(f"Thanh tra Sở kiểm tra 3.416 phương tiện, phát hiện, xử lý 1.187 trường hợp vi phạm, {sh('chiếm ', '1.187', '3.416')} số phương tiện được kiểm tra; "
        f"{c('trong đó quá tải trọng 642 trường hợp, cơi nới thành thùng 298 trường hợp, không có phù hiệu, chạy sai tuyến 311 trường hợp', 'sum', Amb('', ['642', '298', '311', '1.187']), 'ambiguous', 'Parts sum to 1.251 > 1.187; one vehicle may commit several violations at once, so overlap cannot be ruled out.')}; "
        f"xử phạt 8,925 tỷ đồng, tước 214 giấy phép lái xe.")
    d.p(f"Tình hình tai nạn giao thông: năm 2021 xảy ra 258 vụ, năm 2022 là 236 vụ; năm 2023 xảy ra {c('214 vụ (đường bộ 209 vụ, đường thủy nội địa 05 vụ)', 'sum', Sum(['209', '05'], '214'))}, làm chết 138 người, bị thương 167 người. "
        f"So với năm 2022 (151 người chết, 182 người bị thương), {c('giảm 22 vụ', 'difference', Diff('214', '236', '22', 'giảm'))} ({c('giảm 9,32%', 'ratio', Ratio('214', '236', '9,32', 'change', 'giảm'))}), "
        f"{c('giảm 13 người chết', 'difference', Diff('138', '151', '13', 'giảm'))} ({c('giảm 8,60%', 'ratio', Ratio('138', '151', '8,60', 'change', 'giảm'), 'rounding')}), "
        f"{c('giảm 15 người bị thương', 'difference', Diff('167', '182', '15', 'giảm'))} ({c('giảm 8,98%', 'ratio', Ratio('167', '182', '8,98', 'change', 'giảm'), 'inconsistent', 'Computed on this year’s 167 (15 / 167 = 8,98%) instead of last year’s 182.')}); "
        f"so với năm 2021 {c('giảm 44 vụ', 'difference', Diff('214', '258', '44', 'giảm'))}. "
        f"Riêng tai nạn đường thủy nội địa {c('tăng 02 vụ', 'difference', Diff('05', '07', '02', 'tăng'), 'inconsistent', 'Waterway accidents went from 07 to 05: the change is a decrease (giảm 02 vụ).')} so với năm 2022 (07 vụ).")
    d.p(f"Phân tích nguyên nhân, {c('214 vụ tai nạn giao thông năm 2023 chia ra', 'sum', Sum(['71', '52', '38', '29', '24'], '214'))}: không chú ý quan sát 71 vụ ({sh('', '71', '214')}), đi không đúng phần đường 52 vụ ({sh('', '52', '214')}), vi phạm tốc độ 38 vụ, sử dụng rượu, bia 29 vụ, nguyên nhân khác 24 vụ. "
        f"Lực lượng Công an đã xử lý 42.516 trường hợp vi phạm trật tự an toàn giao thông, phạt tiền 68,427 tỷ đồng, {c('tăng 11,2%', 'ratio', Ratio('68,427', '61,536', '11,2', 'change', 'tăng'))} so với năm 2022 (61,536 tỷ đồng).")
    d.p("4. Công tác cải cách hành chính, chuyển đổi số")
    d.p(f"Sở tiếp nhận, giải quyết 58.640 hồ sơ thủ tục hành chính; trong đó nộp trực tuyến 41.275 hồ sơ, {c('chiếm 70,38%', 'share', Share('41.275', '58.640', '70,38'), 'rounding')}; "
        f"giải quyết đúng hạn 58.592 hồ sơ, {sh('đạt ', '58.592', '58.640')}; {c('trễ hạn 48 hồ sơ', 'difference', Diff('58.640', '58.592', '48', None))}, chủ yếu do chờ kết quả xác minh nguồn gốc phương tiện. Đã cung cấp dịch vụ công trực tuyến toàn trình {c('48/56 thủ tục', 'fraction', Frac('48/56', whole_ref='56'), note='56 procedures under the department.')}, {sh('đạt ', '48', '56')}; 100% hồ sơ được số hóa kết quả giải quyết.")
    d.p(f"Kết quả thực hiện 05 chỉ tiêu chủ yếu của ngành năm 2023 (Phụ lục 01 kèm theo): (1) tỷ lệ giải ngân vốn đầu tư công {c('81,93%', 'repeat', Rep(P('1.512,604', '1.846,327'), '81,93', '%'))} (chỉ tiêu 95%, chưa đạt); "
        f"(2) nhựa hóa, bê tông hóa {c('412,8 km', 'repeat', Rep('412,8', '412,8', ' km'))} đường xã (chỉ tiêu 400 km, vượt); (3) kéo giảm tai nạn giao thông cả ba tiêu chí, trong đó số người chết {c('giảm 13 người', 'repeat', Rep('13', '13'))} (đạt); "
        f"(4) tỷ lệ hồ sơ nộp trực tuyến trên 60% (đạt); (5) tỷ lệ hồ sơ giải quyết đúng hạn trên 98% (đạt). Như vậy, ngành đạt và vượt {c('04/05 chỉ tiêu', 'fraction', Frac('04/05', whole_ref='05'), note='Four of the five listed indicators are marked as met.')}.")
    d.p("II. ĐÁNH GIÁ CHUNG")
    d.p("Năm 2023, ngành giao thông vận tải cơ bản hoàn thành các nhiệm vụ được giao; tình hình tai nạn giao thông được kéo giảm cả ba tiêu chí; tiến độ giải ngân vốn đầu tư công cao hơn bình quân chung của tỉnh. Tuy nhiên, một số dự án chậm tiến độ do vướng mặt bằng, giá vật liệu tăng; nguồn vốn bảo trì còn hạn chế so với nhu cầu; tình trạng xe quá tải, cơi nới thành thùng vẫn diễn biến phức tạp trên một số tuyến đường huyện; việc thu phí, quản lý bến xe, bến thủy nội địa có nơi chưa chặt chẽ. Nguyên nhân một phần do công tác phối hợp giữa chủ đầu tư với địa phương trong giải phóng mặt bằng chưa đồng bộ, năng lực một số nhà thầu còn hạn chế.")
    d.p("III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024")
    d.p(f"Kế hoạch vốn đầu tư công năm 2024 dự kiến giao cho ngành là 2.105,600 tỷ đồng, {c('tăng 14,04%', 'ratio', Ratio('2.105,600', '1.846,327', '14,04', 'change', 'tăng'))} so với kế hoạch năm 2023; trong đó vốn ngân sách trung ương 1.280,000 tỷ đồng, vốn ngân sách tỉnh 825,600 tỷ đồng. "
        f"{c('Tổng nhu cầu 2.105,600 tỷ đồng', 'sum', Sum(['1.280,000', '825,600'], '2.105,600', ' tỷ đồng'))} đã được tổng hợp trình UBND tỉnh tại Tờ trình số .../TTr-SGTVT ngày .../11/2023.")
    d.p("Tập trung đẩy nhanh tiến độ các dự án trọng điểm, phấn đấu giải ngân 100% kế hoạch vốn được giao; hoàn thành nâng cấp, mở rộng các tuyến đường tỉnh kết nối khu công nghiệp và cảng biển; tiếp tục kéo giảm tai nạn giao thông trên cả ba tiêu chí; đẩy mạnh số hóa dữ liệu quản lý phương tiện, người lái.")
    d.p("Trên đây là báo cáo tổng kết công tác giao thông vận tải năm 2023 và phương hướng, nhiệm vụ năm 2024 của Sở Giao thông vận tải./.")
    d.p("Nơi nhận:")
    d.p("- Bộ Giao thông vận tải (b/c);")
    d.p("- UBND tỉnh (b/c);")
    d.p("- Ban Giám đốc Sở;")
    d.p("- Các phòng, đơn vị thuộc Sở;")
    d.p("- Lưu: VT, KHTC.")
    d.p("GIÁM ĐỐC")
    d.fn(f"Trong đó có {c('6.248 xe ô tô đăng ký mới', 'repeat', Rep('6.284', '6.248', ' xe'), 'inconsistent', 'Body gives 6.284 new cars (and 71.530 − 65.246 = 6.284); last two digits swapped.')}, chủ yếu là xe con dưới 9 chỗ.")
    d.fn(f"Hiện nay toàn tỉnh quản lý {c('71.350 xe ô tô', 'repeat', Amb('', ['71.350', '71.530']), 'ambiguous', 'Body gives 71.530 cars at 31/12/2023; this figure is undated (hiện nay), so it may be another date or a digit swap.')} các loại, trong đó {c('xe kinh doanh vận tải 8.415 xe', 'repeat', Rep('8.415', '8.415', ' xe'))}.")
    d.fn(f"Tổng kinh phí bảo trì {c('148,650 tỷ đồng, gồm quốc lộ ủy thác 52,318 tỷ đồng và đường tỉnh 96,332 tỷ đồng', 'sum', Sum(['52,318', '96,332'], '148,650', ' tỷ đồng'), note='Same 148,650 tỷ đồng as in the body.')}.")
    return d


# ============================================================================= p9-04
@draft
def d4():
    d = Draft("p9-04-bao-cao-kinh-te-tap-the-huyen.txt")
    c, a, sh = d.c, d.a, d.sh
    d.p("ỦY BAN NHÂN DÂN HUYỆN CHÂU PHONG")
    d.p("Số:      /BC-UBND")
    d.p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    d.p("Độc lập - Tự do - Hạnh phúc")
    d.p("Châu Phong, ngày ... tháng 12 năm 2023")
    d.p("BÁO CÁO")
    d.p("Tình hình phát triển kinh tế tập thể, hợp tác xã năm 2023 và kế hoạch năm 2024")
    d.p("Thực hiện Công văn số 2317/SKHĐT-DN ngày 15/11/2023 của Sở Kế hoạch và Đầu tư tỉnh Long Hà về việc báo cáo tình hình kinh tế tập thể, hợp tác xã năm 2023; căn cứ Kế hoạch số 86/KH-UBND ngày 20/02/2023 của UBND huyện về phát triển kinh tế tập thể năm 2023, UBND huyện Châu Phong báo cáo như sau:")
    d.p(f"Huyện Châu Phong có {c('14 đơn vị hành chính cấp xã (13 xã, 01 thị trấn)', 'sum', Sum(['13', '01'], '14'))}, diện tích đất sản xuất nông nghiệp 28.640 ha; kinh tế nông nghiệp giữ vai trò chủ đạo, là điều kiện thuận lợi để phát triển các mô hình kinh tế hợp tác.")
    d.p("I. TÌNH HÌNH PHÁT TRIỂN KINH TẾ TẬP THỂ NĂM 2023")
    d.p("1. Số lượng hợp tác xã, tổ hợp tác")
    d.p(f"Năm 2023, trên địa bàn huyện thành lập mới 09 hợp tác xã (HTX), giải thể 03 HTX ngưng hoạt động kéo dài; "
        f"đến ngày 31/12/2023, toàn huyện có {c('68 HTX', 'sum', Flow('62', ['09'], ['03'], '68'), anchor='toàn huyện có 68 HTX', note='End-2022 stock 62 + 09 founded − 03 dissolved.')}, "
        f"{c('tăng 06 HTX', 'difference', Diff('68', '62', '06', 'tăng'))} so với năm 2022 (62 HTX). "
        f"{c('Trong 68 HTX có 47 HTX nông nghiệp và 21 HTX phi nông nghiệp', 'sum', Sum(['47', '21'], '68'))}. "
        f"Số HTX thành lập mới {sh('chiếm ', '09', '68', stated='13,23', v='rounding')} tổng số HTX. "
        f"{c('21 HTX phi nông nghiệp gồm: tiểu thủ công nghiệp 06, thương mại, dịch vụ 08, vận tải 04, quỹ tín dụng nhân dân 03', 'sum', Sum(['06', '08', '04', '03'], '21'))}.")
    d.p(f"So với đầu nhiệm kỳ (năm 2020 toàn huyện có 49 HTX), số HTX {c('tăng 19 HTX', 'difference', Diff('68', '49', '19', 'tăng'))}, "
        f"{c('gấp 1,39 lần', 'ratio', Ratio('68', '49', '1,39', 'times'))} "
        f"{c('so với đầu nhiệm kỳ 2015 - 2020', 'term', Term('nhiệm kỳ 2015 - 2020', 'nhiệm kỳ 2020 - 2025'), 'inconsistent', 'Year 2020 is the start of the 2020 - 2025 term named as the baseline in the sentence before.')}. "
        f"HTX đã có mặt tại {c('14/14 xã, thị trấn', 'fraction', Frac('14/14', whole_ref='14'), note='The district has 14 commune-level units (13 xã, 01 thị trấn).')}; các xã có nhiều HTX là Phong Hòa 09 HTX, Tân Thạnh 07 HTX, Mỹ Lợi 06 HTX.")
    d.p(f"Toàn huyện hiện có 142 tổ hợp tác với 2.385 thành viên, bình quân {c('16,8 thành viên/tổ hợp tác', 'ratio', Ratio('2.385', '142', '16,8', 'times', unit=' thành viên/tổ hợp tác'))}; "
        f"so với năm 2022 (151 tổ hợp tác) {c('giảm 09 tổ hợp tác', 'difference', Diff('142', '151', '09', 'giảm'))} do một số tổ hợp tác chuyển lên thành lập HTX. Các tổ hợp tác hoạt động chủ yếu trong lĩnh vực trồng trọt, chăn nuôi, đánh bắt thủy sản, hình thức hợp tác giản đơn, quy mô nhỏ.")
    d.p("2. Thành viên, lao động")
    d.p(f"Tổng số thành viên HTX là {c('12.486 thành viên (thành viên cá nhân 12.431, thành viên pháp nhân 65)', 'sum', Sum(['12.431', '65'], '12.486'), 'inconsistent', 'Parts give 12.496; since 12.486 also fits the average of 183,6 per HTX, the likely typo is pháp nhân 65 for 55.')}, "
        f"{c('tăng 1.124 thành viên', 'difference', Diff('12.486', '11.362', '1.124', 'tăng'))} so với năm 2022 (11.362 thành viên); "
        f"bình quân {c('183,6 thành viên/HTX', 'ratio', Ratio('12.486', '68', '183,6', 'times', unit=' thành viên/HTX'))}. "
        f"Tổng số lao động thường xuyên trong HTX là 2.314 người, trong đó lao động là thành viên 1.876 người ({sh('', '1.876', '2.314')}), "
        f"{c('lao động nữ 986 người', 'subset', Sub(['986'], '2.314'))} ({sh('', '986', '2.314')}).")
    d.p(f"Tổng số cán bộ quản lý HTX là {c('396 người', 'sum', Sum(['87', '142', '167'], '396'))}; về trình độ: đại học trở lên 87 người, {sh('chiếm ', '87', '396')}; cao đẳng, trung cấp 142 người, {sh('chiếm ', '142', '396')}; "
        f"sơ cấp và chưa qua đào tạo 167 người, {sh('chiếm ', '167', '396')}. Tỷ lệ cán bộ quản lý chưa qua đào tạo còn cao là một trong những nguyên nhân hạn chế hiệu quả hoạt động của HTX.")
    d.p("3. Vốn, doanh thu, thu nhập")
    d.p(f"Tổng vốn điều lệ của các HTX là 386,425 tỷ đồng, bình quân {c('5,68 tỷ đồng/HTX', 'ratio', Ratio('386,425', '68', '5,68', 'times', unit=' tỷ đồng/HTX'))}. "
        f"Doanh thu năm 2023 đạt 842,36 tỷ đồng, {c('tăng 92,94 tỷ đồng', 'difference', Diff('842,36', '749,42', '92,94', 'tăng'))} "
        f"({c('tăng 12,4%', 'ratio', Ratio('842,36', '749,42', '12,4', 'change', 'tăng'))}) so với năm 2022 (749,42 tỷ đồng); "
        f"doanh thu bình quân {c('12,39 tỷ đồng/HTX', 'ratio', Ratio('842,36', '68', '12,39', 'times', unit=' tỷ đồng/HTX'))}, "
        f"{c('tăng 11,8%', 'ratio', Amb('', ['842,36', '749,42', '68', '62']), 'ambiguous', 'Average revenue growth: from the stated totals it would be 12,39 vs 749,42 / 62 = 12,09 tỷ, i.e. +2,48%; 11,8% may be computed on active cooperatives only, whose number is not given: base unknown.')}.")
    d.p(f"Lợi nhuận đạt 38,52 tỷ đồng, {c('tăng 5,86 tỷ đồng', 'difference', Diff('38,52', '33,16', '5,86', 'tăng'), 'inconsistent', 'One-digit slip: 38,52 − 33,16 = 5,36.')} so với năm 2022 (33,16 tỷ đồng); "
        f"bình quân {c('566 triệu đồng/HTX', 'ratio', Ratio('38,52', '68', '566', 'times', unit=' triệu đồng/HTX', scale=1000))}. "
        f"Có 52 HTX kinh doanh có lãi, {sh('chiếm ', '52', '68')}. "
        f"Thu nhập bình quân của lao động thường xuyên đạt 6,2 triệu đồng/người/tháng, {c('tăng 0,4 triệu đồng', 'difference', Diff('6,2', '5,8', '0,4', 'tăng'))} "
        f"({c('tăng 6,8%', 'ratio', Ratio('6,2', '5,8', '6,8', 'change', 'tăng'), 'rounding')}) so với năm 2022 (5,8 triệu đồng/người/tháng).")
    d.p("4. Kết quả đánh giá, phân loại HTX")
    d.p(f"Thực hiện Thông tư số 01/2020/TT-BKHĐT ngày 19/02/2020 của Bộ Kế hoạch và Đầu tư, đã đánh giá, phân loại "
        f"{c('59 HTX (09 HTX mới thành lập chưa đủ điều kiện đánh giá)', 'sum', Sum(['59', '09'], '68'), anchor='09 HTX mới thành lập chưa đủ điều kiện đánh giá', note='59 rated + 09 new = 68 cooperatives.', far=True)}. "
        f"{c('Kết quả 59 HTX', 'sum', Sum(['14', '25', '15', '05'], '59'))}: tốt 14 HTX, {sh('chiếm ', '14', '59', stated='23,72', v='rounding')}; "
        f"khá 25 HTX, {sh('chiếm ', '25', '59')}; trung bình 15 HTX, {sh('chiếm ', '15', '59')}; yếu 05 HTX, {sh('chiếm ', '05', '59')}. "
        f"Số HTX xếp loại yếu {c('giảm 03 HTX', 'difference', Diff('05', '08', '03', 'giảm'))} so với năm 2022 (08 HTX). Số HTX xếp loại khá, tốt là 39 HTX, {sh('chiếm ', ['14', '25'], '59', stated='57,35', v='inconsistent', post='% số HTX được đánh giá', note='Computed on all 68 cooperatives (39 / 68 = 57,35%), not on the 59 rated.')}.")
    d.p("5. Hoạt động dịch vụ và liên kết sản xuất, tiêu thụ sản phẩm")
    d.p(f"Trong 47 HTX nông nghiệp, có 38 HTX cung ứng vật tư nông nghiệp đầu vào ({sh('', '38', '47')}), 29 HTX cung ứng dịch vụ làm đất, bơm tưới, thu hoạch ({sh('', '29', '47')}); "
        "một HTX có thể thực hiện đồng thời nhiều khâu dịch vụ. Các dịch vụ cơ bản đáp ứng nhu cầu của thành viên với giá thấp hơn thị trường từ 5 - 10%.")
    d.p(f"Có 21 HTX nông nghiệp tham gia liên kết sản xuất, tiêu thụ sản phẩm với doanh nghiệp, {sh('chiếm ', '21', '47')} số HTX nông nghiệp; "
        f"{c('tổng diện tích liên kết 6.825 ha (lúa 5.940 ha, cây ăn trái 885 ha)', 'sum', Sum(['5.940', '885'], '6.825', ' ha'))}. "
        f"Trong đó có {c('12 HTX ứng dụng công nghệ cao', 'subset', Sub(['12'], '21'), note='Subset of the 21 linked cooperatives (≤ 47 as well).')}, {c('11 HTX có sản phẩm đạt chuẩn OCOP', 'subset', Sub(['11'], '21'), note='Overlapping characteristic of the same 21 cooperatives.')} với {c('17 sản phẩm (05 sản phẩm 4 sao, 12 sản phẩm 3 sao)', 'sum', Sum(['05', '12'], '17'))}.")
    d.p("6. Quỹ tín dụng nhân dân")
    d.p(f"Toàn huyện có 03 quỹ tín dụng nhân dân với 9.214 thành viên; "
        f"{c('tổng nguồn vốn 624,8 tỷ đồng (vốn điều lệ ... tỷ đồng, vốn huy động 571,2 tỷ đồng, vốn vay 22,4 tỷ đồng)', 'sum', Amb('', ['571,2', '22,4', '624,8']), 'ambiguous', 'The charter-capital part is a placeholder (...): 571,2 + 22,4 = 593,6, so the blank would be 31,2 if complete; not filled, not decidable.')}; "
        f"dư nợ cho vay 541,3 tỷ đồng, {sh('bằng ', '541,3', '624,8', post='% tổng nguồn vốn')}; tỷ lệ nợ xấu 0,87%, nằm trong giới hạn cho phép.")
    d.p("7. Kết quả thực hiện chính sách hỗ trợ")
    d.p(f"Tổng kinh phí hỗ trợ phát triển kinh tế tập thể năm 2023 là {c('8,646 tỷ đồng (ngân sách trung ương 3,210 tỷ đồng, ngân sách tỉnh 4,118 tỷ đồng, ngân sách huyện 1,318 tỷ đồng)', 'sum', Sum(['3,210', '4,118', '1,318'], '8,646', ' tỷ đồng'))}; "
        f"hỗ trợ 14 HTX đầu tư kết cấu hạ tầng (nhà kho, sân phơi, lò sấy), bồi dưỡng 27 lượt cán bộ quản lý HTX, hỗ trợ đưa 12 lao động trẻ có trình độ cao đẳng, đại học về làm việc tại HTX. "
        f"Kinh phí hỗ trợ kết cấu hạ tầng 5,236 tỷ đồng, {sh('chiếm ', '5,236', '8,646')} tổng kinh phí hỗ trợ.")
    d.p(f"Đối chiếu mục tiêu Kế hoạch phát triển kinh tế tập thể giai đoạn 2021 - 2025 của huyện (đến năm 2025 có 75 HTX, 15.000 thành viên), đến nay số HTX {sh('đạt ', '68', '75', post='% mục tiêu')}, số thành viên {sh('đạt ', '12.486', '15.000')}; "
        "dự báo chỉ tiêu về số HTX có khả năng hoàn thành, chỉ tiêu về thành viên khó đạt nếu không có giải pháp thu hút hộ nông dân tham gia HTX.")
    d.p(f"So với Kế hoạch số 86/KH-UBND ngày 20/02/2023: thành lập mới 09 HTX/kế hoạch 08 HTX, {c('đạt 112,5%', 'ratio', Ratio('09', '08', '112,5', 'index'))}; "
        f"số thành viên HTX 12.486/kế hoạch 12.000 thành viên, {c('đạt 104,05%', 'ratio', Ratio('12.486', '12.000', '104,05', 'index'))}; "
        f"kinh phí hỗ trợ giải ngân {c('8,646/9,200 tỷ đồng', 'fraction', Frac('8,646/9,200', part_ref='8,646'), note='Part = the 8,646 tỷ đồng of support stated in I.7.')}, {c('đạt 93,98%', 'ratio', Ratio('8,646', '9,200', '93,98', 'index'))} dự toán được giao. "
        "Chỉ tiêu giải thể dứt điểm HTX ngưng hoạt động chưa hoàn thành do còn vướng thủ tục xử lý tài sản, công nợ.")
    d.p("II. ĐÁNH GIÁ CHUNG")
    d.p("Kinh tế tập thể trên địa bàn huyện tiếp tục phát triển cả về số lượng và chất lượng; nhiều HTX đổi mới phương thức hoạt động, liên kết chuỗi giá trị, ứng dụng khoa học công nghệ, góp phần nâng cao thu nhập cho thành viên. Tuy nhiên, quy mô HTX còn nhỏ, vốn ít; năng lực quản trị của một bộ phận cán bộ quản lý còn hạn chế; số HTX xếp loại yếu vẫn còn; việc tiếp cận nguồn vốn tín dụng ưu đãi gặp khó khăn do thiếu tài sản bảo đảm; liên kết giữa HTX với doanh nghiệp có nơi chưa bền vững. Công tác quản lý nhà nước về kinh tế tập thể ở cấp xã chưa được quan tâm đúng mức; việc cập nhật thông tin HTX trên Hệ thống thông tin quốc gia về đăng ký HTX còn chậm, số liệu giữa các nguồn có sự chênh lệch.")
    d.p("Nguyên nhân của hạn chế: nhận thức của một bộ phận cán bộ, đảng viên và người dân về bản chất, vai trò của kinh tế tập thể chưa đầy đủ; nhiều HTX chưa thực sự gắn kết lợi ích với thành viên, hoạt động dịch vụ còn đơn điệu; nguồn lực hỗ trợ của Nhà nước còn phân tán, thủ tục tiếp cận chính sách còn phức tạp.")
    d.p("III. KẾ HOẠCH NĂM 2024")
    d.p(f"Phấn đấu năm 2024 thành lập mới 08 HTX, nâng tổng số HTX lên {c('76 HTX', 'sum', Flow('68', ['08'], [], '76'), note='Current 68 + 08 planned, assuming no dissolution.')}; "
        "70% HTX được đánh giá xếp loại khá, tốt; doanh thu bình quân tăng trên 10%; giải thể dứt điểm các HTX ngưng hoạt động. Tiếp tục thực hiện có hiệu quả Luật Hợp tác xã năm 2023 và các chính sách hỗ trợ; xây dựng mô hình HTX kiểu mới gắn với chuỗi giá trị nông sản chủ lực của huyện (lúa chất lượng cao, xoài, tôm càng xanh); tăng cường bồi dưỡng, nâng cao năng lực cán bộ quản lý HTX; hướng dẫn HTX tiếp cận các nguồn vốn ưu đãi, tham gia chương trình OCOP.")
    d.p("Trên đây là báo cáo tình hình phát triển kinh tế tập thể, hợp tác xã năm 2023 và kế hoạch năm 2024 của UBND huyện Châu Phong./.")
    d.p("Nơi nhận:")
    d.p("- Sở Kế hoạch và Đầu tư tỉnh (b/c);")
    d.p("- Liên minh HTX tỉnh;")
    d.p("- TT. Huyện ủy, TT. HĐND huyện;")
    d.p("- Lưu: VT, TCKH.")
    d.p("TM. ỦY BAN NHÂN DÂN")
    d.fn(f"Tổng {c('vốn điều lệ 368,425 tỷ đồng', 'repeat', Rep('386,425', '368,425', ' tỷ đồng'), 'inconsistent', 'Body gives 386,425 tỷ đồng (and 5,68 tỷ/HTX fits 386,425); two digits swapped.')}; tổng giá trị tài sản của các HTX 512,75 tỷ đồng.")
    d.fn(f"Các xã có nhiều HTX tham gia liên kết: Phong Hòa 05, Tân Thạnh 04, Mỹ Lợi 04; trong đó {c('21/49 HTX nông nghiệp', 'fraction', Frac('21/49', whole_ref='47'), 'inconsistent', 'There are 47 agricultural cooperatives; 49 is the 2020 total of all cooperatives.')} đã có hợp đồng tiêu thụ ổn định.")
    d.fn(f"Theo số liệu của Chi cục Thống kê, toàn huyện có {c('71 HTX', 'repeat', Amb('', ['71', '68']), 'ambiguous', 'Another source (statistics office) and no date: may count cooperatives not yet dissolved on paper; cannot be decided against 68.')} có đăng ký kinh doanh.")
    return d


# ============================================================================= p9-05
@draft
def d5():
    d = Draft("p9-05-bao-cao-dan-van-huyen.txt")
    c, a, sh = d.c, d.a, d.sh
    d.p("ĐẢNG BỘ TỈNH BÌNH SƠN")
    d.p("HUYỆN ỦY TÂN HÒA")
    d.p("BAN DÂN VẬN")
    d.p("*")
    d.p("Số      -BC/BDVHU")
    d.p("ĐẢNG CỘNG SẢN VIỆT NAM")
    d.p("Tân Hòa, ngày    tháng 12 năm 2023")
    d.p("BÁO CÁO")
    d.p("kết quả công tác dân vận và phong trào thi đua “Dân vận khéo” năm 2023")
    d.p("Thực hiện Kế hoạch số 45-KH/BDVHU ngày 10/01/2023 của Ban Dân vận Huyện ủy về công tác dân vận năm 2023 và Hướng dẫn số 12-HD/BDVTU ngày 16/11/2023 của Ban Dân vận Tỉnh ủy về báo cáo tổng kết, Ban Dân vận Huyện ủy báo cáo kết quả như sau:")
    d.p("I. KẾT QUẢ LÃNH ĐẠO, CHỈ ĐẠO CÔNG TÁC DÂN VẬN")
    d.p("Ban Thường vụ Huyện ủy đã ban hành 09 văn bản lãnh đạo, chỉ đạo về công tác dân vận, dân tộc, tôn giáo và thực hiện dân chủ ở cơ sở; chỉ đạo cấp ủy, chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội gắn công tác dân vận với thực hiện nhiệm vụ chính trị của địa phương, nhất là xây dựng nông thôn mới, giảm nghèo bền vững, giải phóng mặt bằng các công trình trọng điểm.")
    d.p(f"Đội ngũ cán bộ làm công tác dân vận được kiện toàn: {c('cấp huyện có 36 người (Ban Dân vận Huyện ủy 07 người, Ủy ban MTTQ và 05 đoàn thể chính trị - xã hội 29 người)', 'sum', Sum(['07', '29'], '36'), anchor='cấp huyện có 36 người')}, cấp xã có 112 người. "
        f"Mặt trận và các đoàn thể kết nạp mới 2.318 đoàn viên, hội viên, nâng tổng số lên 48.652 người, {c('tăng 2.318 người', 'difference', Diff('48.652', '46.334', '2.318', 'tăng'))} so với cuối năm 2022 (46.334 người); "
        f"tập hợp được {sh('', '48.652', '68.178', post='% số người trong độ tuổi tham gia (68.178 người)')}.")
    d.p("II. KẾT QUẢ PHONG TRÀO THI ĐUA “DÂN VẬN KHÉO”")
    d.p("Nhiệm kỳ 2015 - 2020, toàn huyện xây dựng được 534 mô hình “Dân vận khéo”. Bước sang nhiệm kỳ 2020 - 2025, năm 2021 xây dựng 147 mô hình, năm 2022 là 168 mô hình.")
    d.p(f"Năm 2023, các cơ quan, đơn vị, địa phương đăng ký xây dựng {c('186 mô hình “Dân vận khéo” (cấp huyện 42 mô hình, cấp xã 144 mô hình)', 'sum', Sum(['42', '144'], '186'))}, "
        f"{c('tăng 18 mô hình', 'difference', Diff('186', '168', '18', 'tăng'))}, "
        f"{c('tăng 10,71%', 'ratio', Ratio('186', '168', '10,71', 'change', 'tăng'))} so với năm 2022; mô hình cấp xã {sh('chiếm ', '144', '186')}. "
        f"{c('Chia theo lĩnh vực, 186 mô hình gồm', 'sum', Sum(['78', '54', '21', '33'], '186'))}: kinh tế 78 mô hình ({sh('', '78', '186', stated='41,93', v='rounding')}), văn hóa - xã hội 54 mô hình ({sh('', '54', '186')}), "
        f"quốc phòng - an ninh 21 mô hình ({sh('', '21', '186')}), xây dựng Đảng và hệ thống chính trị 33 mô hình ({sh('', '33', '186')}).")
    d.p(f"Theo khối thực hiện, {c('khối Mặt trận, đoàn thể 97 mô hình, khối chính quyền 64 mô hình, khối lực lượng vũ trang 31 mô hình', 'sum', Amb('', ['97', '64', '31', '186']), 'ambiguous', 'Blocks sum to 192 > 186; models may be registered jointly by two blocks (mô hình liên kết), so overlap cannot be ruled out from the text.')}, trong đó có một số mô hình do hai khối phối hợp thực hiện. "
        f"Qua đánh giá, có 162 mô hình được công nhận đạt hiệu quả, {sh('đạt ', '162', '186', stated='96,43', v='inconsistent', post='% số mô hình đăng ký', note='Computed on the 168 models of 2022 (162 / 168 = 96,43%).')}; "
        f"{c('khen thưởng 162 mô hình (cấp tỉnh 06, cấp huyện 31, cấp xã 125)', 'sum', Sum(['06', '31', '125'], '162'))}.")
    d.p(f"Lũy kế 03 năm 2021 - 2023, toàn huyện xây dựng {c('501 mô hình', 'sum', Sum(['147', '168', '186'], '501'))}, "
        f"{sh('bằng ', '501', '534', post='% số mô hình của cả')} "
        f"{c('nhiệm kỳ 2010 - 2015', 'term', Term('nhiệm kỳ 2010 - 2015', 'nhiệm kỳ 2015 - 2020'), 'inconsistent', 'The 534 models belong to the 2015 - 2020 term stated earlier in section II.')}. "
        f"Đã biểu dương {c('245 gương điển hình “Dân vận khéo” (tập thể 87, cá nhân 158)', 'sum', Sum(['87', '158'], '245'))}; cá nhân {sh('chiếm ', '158', '245')}.")
    d.p("Nhiều mô hình tiêu biểu được nhân rộng như: “Tổ nhân dân tự quản tuyến đường xanh - sạch - đẹp”, “Ấp không có người vi phạm pháp luật”, “Dân vận khéo trong giải phóng mặt bằng”, “Chi hội phụ nữ tiết kiệm giúp nhau giảm nghèo”, “Cựu chiến binh giúp nhau làm kinh tế giỏi”.")
    d.p("III. KẾT QUẢ VẬN ĐỘNG NHÂN DÂN THAM GIA XÂY DỰNG NÔNG THÔN MỚI")
    d.p(f"Phong trào hiến đất làm đường được nhân dân hưởng ứng rộng rãi: năm 2023 có 1.247 hộ hiến 98.650 m² đất, bình quân {c('79,1 m²/hộ', 'ratio', Ratio('98.650', '1.247', '79,1', 'times', unit=' m²/hộ'))}; "
        f"tháo dỡ 3.412 m tường rào, {c('nhiều hơn năm 2022 (2.986 m) là 462 m', 'difference', Diff('3.412', '2.986', '462', 'tăng', ' m'), 'inconsistent', 'Digits swapped: 3.412 − 2.986 = 426 m.', anchor='là 462 m')}. "
        f"Nhờ đó đã đầu tư {c('85,0 km đường giao thông nông thôn (làm mới 46,8 km, nâng cấp 38,2 km)', 'sum', Sum(['46,8', '38,2'], '85,0', ' km'))} "
        f"và {c('14 cây cầu (cầu bê tông 09 cây, cầu sắt ... cây)', 'sum', Amb('', ['09', '14']), 'ambiguous', 'The steel-bridge count is a placeholder (...): it would be 05 if the split is complete; not filled, not decidable.')}.")
    d.p(f"Tổng nguồn lực huy động xây dựng nông thôn mới năm 2023 là {c('68,425 tỷ đồng', 'sum', Sum(['21,318', '3,146', '24,660', '19,031'], '68,425', ' tỷ đồng'), 'inconsistent', 'Parts give 68,155; the business/donor part 19,031 is most likely 19,301 (two digits swapped), which would make the total right.')}; "
        f"trong đó nhân dân đóng góp bằng tiền 21,318 tỷ đồng, ngày công quy ra tiền 3,146 tỷ đồng, giá trị đất hiến 24,660 tỷ đồng; doanh nghiệp, nhà hảo tâm 19,031 tỷ đồng. "
        f"Phần đóng góp của nhân dân (tiền, ngày công, đất) {sh('chiếm ', ['21,318', '3,146', '24,660'], '68,425')} tổng nguồn lực; riêng giá trị đất hiến {sh('chiếm ', '24,660', '68,425')}.")
    d.p(f"Cuộc vận động “Ngày vì người nghèo”: Quỹ Vì người nghèo các cấp vận động được 3,482 tỷ đồng, {c('tăng 0,390 tỷ đồng', 'difference', Diff('3,482', '3,092', '0,390', 'tăng'))} ({c('tăng 12,6%', 'ratio', Ratio('3,482', '3,092', '12,6', 'change', 'tăng'))}) so với năm 2022 (3,092 tỷ đồng); "
        f"xây dựng, sửa chữa {c('181 căn nhà Đại đoàn kết, nhà tình thương (xây mới 124 căn, sửa chữa 57 căn)', 'sum', Sum(['124', '57'], '181'))}; "
        f"nhà xây mới {sh('chiếm ', '124', '181', stated='68,50', v='rounding')}, nhà sửa chữa {sh('chiếm ', '57', '181')}; tổng kinh phí 7,862 tỷ đồng.")
    d.p(f"Công tác giảm nghèo: đầu năm 2023 toàn huyện có 1.218 hộ nghèo trên tổng số 42.610 hộ, {sh('chiếm ', '1.218', '42.610')}; "
        f"đến cuối năm còn 964 hộ nghèo trên 43.025 hộ, {sh('chiếm ', '964', '43.025')}; số hộ nghèo {c('giảm 254 hộ', 'difference', Diff('964', '1.218', '254', 'giảm'))}, "
        f"trong năm có {c('312 hộ thoát nghèo, 58 hộ nghèo phát sinh mới', 'sum', Flow('1.218', ['58'], ['312'], '964'), anchor='312 hộ thoát nghèo, 58 hộ nghèo phát sinh mới', far=True, note='Stock-flow with the start and end counts of the same sentence: 1.218 − 312 + 58 = 964.')}, tương ứng {sh('', '312', '1.218', post='% số hộ nghèo đầu năm đã thoát nghèo')}; "
        f"tỷ lệ hộ nghèo {c('giảm 0,26%', 'points', Points(P('964', '43.025'), P('1.218', '42.610'), '0,26', 'giảm'), 'inconsistent', '2,86 − 2,24 = 0,62 points; digits swapped (the relative reading, 21,7%, does not fit either).')}, vượt chỉ tiêu Nghị quyết Huyện ủy giao.")
    d.p("IV. CÔNG TÁC DÂN VẬN CHÍNH QUYỀN VÀ THỰC HIỆN DÂN CHỦ Ở CƠ SỞ")
    d.p(f"Chủ tịch UBND huyện và các xã, thị trấn tổ chức {c('38 cuộc tiếp xúc, đối thoại (cấp huyện 04 cuộc, cấp xã 34 cuộc)', 'sum', Sum(['04', '34'], '38'))} với 2.146 lượt người dân; tiếp nhận 296 ý kiến, kiến nghị, đã giải quyết, trả lời {c('271/296 ý kiến', 'fraction', Frac('271/296', whole_ref='296'))}, {sh('đạt ', '271', '296')}. "
        f"Quy chế dân chủ ở cơ sở được thực hiện ở {c('14/14 xã, thị trấn', 'fraction', Frac('14/14', whole_ref='14'), note='14 commune-level units, listed in the footnote (12 xã, 02 thị trấn).')}; 100% cơ quan, đơn vị xây dựng, ban hành quy chế dân chủ.")
    d.p(f"Toàn huyện có 41.236 hộ đạt danh hiệu “Gia đình văn hóa”, {sh('đạt ', '41.236', '43.025')} tổng số hộ; {c('112/118 ấp, khu phố', 'fraction', Frac('112/118', whole_ref='118'))} đạt danh hiệu văn hóa.")
    d.p(f"Công tác dân vận trong giải phóng mặt bằng được chú trọng: đối với dự án nâng cấp đường tỉnh 912 đoạn qua huyện, đã vận động {c('386/412 hộ', 'fraction', Frac('386/412', whole_ref='412'), note='412 households affected by the project.')} bàn giao mặt bằng, {sh('đạt ', '386', '412')}; "
        "các trường hợp còn lại đang tiếp tục đối thoại, giải thích chính sách bồi thường, hỗ trợ tái định cư. Không phát sinh khiếu nại đông người, vượt cấp.")
    d.p(f"Ban Dân vận Huyện ủy chủ trì, phối hợp thực hiện {c('12 cuộc kiểm tra, giám sát (kiểm tra 05 cuộc, giám sát 07 cuộc)', 'sum', Sum(['05', '07'], '12'))} việc thực hiện công tác dân vận và quy chế dân chủ ở cơ sở tại các xã, thị trấn; qua đó kịp thời chấn chỉnh những hạn chế trong tiếp công dân, công khai các khoản đóng góp của nhân dân.")
    d.p("V. CÔNG TÁC DÂN TỘC, TÔN GIÁO")
    d.p(f"Toàn huyện có {c('6.842 người dân tộc thiểu số (Khmer 5.916 người, Hoa 873 người, dân tộc khác 53 người)', 'sum', Sum(['5.916', '873', '53'], '6.842'))}; đồng bào Khmer {sh('chiếm ', '5.916', '6.842', stated='86,46', v='rounding')}, đồng bào Hoa {sh('chiếm ', '873', '6.842')}. "
        f"Có 24 cơ sở thờ tự với {c('31.406 tín đồ (Phật giáo 21.530, Công giáo 6.218, Cao Đài 3.154, Phật giáo Hòa Hảo 504)', 'sum', Sum(['21.530', '6.218', '3.154', '504'], '31.406'))}. "
        "Các chức sắc, chức việc, tín đồ các tôn giáo chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước, tích cực tham gia các phong trào thi đua yêu nước, hoạt động từ thiện xã hội; không phát sinh điểm nóng về dân tộc, tôn giáo.")
    d.p("VI. ĐÁNH GIÁ CHUNG VÀ PHƯƠNG HƯỚNG NĂM 2024")
    d.p("Công tác dân vận năm 2023 có nhiều chuyển biến tích cực; phong trào thi đua “Dân vận khéo” được triển khai sâu rộng, có nhiều mô hình hay, cách làm sáng tạo, góp phần huy động sức dân xây dựng nông thôn mới, giảm nghèo. Tuy nhiên, một số mô hình còn hình thức, chưa có tính lan tỏa; công tác dân vận chính quyền ở một số nơi chưa được quan tâm đúng mức; việc vận động nhân dân hiến đất ở một số tuyến đường gặp khó khăn; sự phối hợp giữa Mặt trận, các đoàn thể với chính quyền trong giải quyết kiến nghị của nhân dân có lúc chưa kịp thời; công tác sơ kết, nhân rộng mô hình chưa thường xuyên.")
    d.p("Năm 2024, phấn đấu mỗi cơ quan, đơn vị, địa phương xây dựng ít nhất 01 mô hình “Dân vận khéo”; tiếp tục vận động nhân dân tham gia xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu; giảm tỷ lệ hộ nghèo xuống dưới 2%.")
    d.p("Bài học kinh nghiệm rút ra là: cấp ủy phải trực tiếp lãnh đạo, người đứng đầu phải gương mẫu, gần dân, lắng nghe dân; mọi chủ trương liên quan đến quyền lợi của người dân phải được công khai, bàn bạc dân chủ; phát huy vai trò của người có uy tín trong cộng đồng, chức sắc tôn giáo trong vận động quần chúng.")
    d.p("Trên đây là báo cáo kết quả công tác dân vận và phong trào thi đua “Dân vận khéo” năm 2023 của Ban Dân vận Huyện ủy./.")
    d.p("Nơi nhận:")
    d.p("- Ban Dân vận Tỉnh ủy (b/c);")
    d.p("- Thường trực Huyện ủy (b/c);")
    d.p("- Các đảng bộ, chi bộ trực thuộc;")
    d.p("- Lưu Ban Dân vận.")
    d.p("TRƯỞNG BAN")
    d.fn(f"Huyện có {c('14 đơn vị hành chính cấp xã (12 xã, 02 thị trấn)', 'sum', Sum(['12', '02'], '14'))} với 118 ấp, khu phố.")
    d.fn(f"Trong năm, {c('1.274 hộ hiến đất', 'repeat', Rep('1.247', '1.274', ' hộ'), 'inconsistent', 'Body gives 1.247 households (79,1 m²/hộ fits 1.247); two digits swapped.')} được Ủy ban MTTQ huyện tặng giấy khen.")
    d.fn(f"Từ năm 2021 đến nay, nhân dân toàn huyện đã hiến {c('98.650 m² đất', 'repeat', Amb('', ['98.650']), 'ambiguous', 'The same 98.650 m² is given for 2023 alone in section III; a cumulative 2021 - 2023 figure equal to the one-year figure may be a copy error or a changed scope: cannot be decided.')} để làm đường giao thông nông thôn.")
    d.fn(f"Tổng kinh phí xây dựng, sửa chữa nhà là {c('7.862 triệu đồng', 'repeat', Rep('7,862', '7.862', ' triệu đồng', scale=1000), note='Same amount in another unit: 7,862 tỷ đồng = 7.862 triệu đồng.')}, {c('trong đó Quỹ Vì người nghèo huyện hỗ trợ 4.150 triệu đồng', 'subset', Sub(['4.150'], '7.862'))}.")
    return d


# ============================================================================= p9-06
@draft
def d6():
    d = Draft("p9-06-bao-cao-phat-trien-doanh-nghiep-tinh.txt")
    c, a, sh = d.c, d.a, d.sh
    d.p("UBND TỈNH ĐÔNG GIANG")
    d.p("SỞ KẾ HOẠCH VÀ ĐẦU TƯ")
    d.p("Số:       /BC-SKHĐT")
    d.p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    d.p("Độc lập - Tự do - Hạnh phúc")
    d.p("Đông Giang, ngày     tháng 01 năm 2024")
    d.p("BÁO CÁO")
    d.p("Tình hình phát triển doanh nghiệp và thu hút đầu tư năm 2023")
    d.p("Thực hiện Kế hoạch số 27/KH-UBND ngày 15/02/2023 của UBND tỉnh về phát triển doanh nghiệp năm 2023 (kế hoạch thành lập mới từ 1.000 - 1.100 doanh nghiệp), Sở Kế hoạch và Đầu tư báo cáo tình hình phát triển doanh nghiệp, thu hút đầu tư năm 2023 như sau:")
    d.p("Năm 2023, tình hình kinh tế thế giới và trong nước còn nhiều khó khăn, tác động trực tiếp đến hoạt động sản xuất, kinh doanh của doanh nghiệp; UBND tỉnh đã chỉ đạo các sở, ngành, địa phương triển khai đồng bộ các giải pháp tháo gỡ khó khăn, cải thiện môi trường đầu tư kinh doanh, đẩy mạnh cải cách thủ tục hành chính trong lĩnh vực đăng ký doanh nghiệp, đầu tư.")
    d.p("I. TÌNH HÌNH ĐĂNG KÝ DOANH NGHIỆP")
    d.p("1. Doanh nghiệp thành lập mới")
    d.p(f"Năm 2023, toàn tỉnh có 1.284 doanh nghiệp (DN) đăng ký thành lập mới với tổng vốn đăng ký 14.862,5 tỷ đồng; so với năm 2022 (1.196 DN, 12.418,7 tỷ đồng), số DN {c('tăng 88 DN', 'difference', Diff('1.284', '1.196', '88', 'tăng'))} "
        f"({c('tăng 7,35%', 'ratio', Ratio('1.284', '1.196', '7,35', 'change', 'tăng'), 'rounding')}), vốn đăng ký {c('tăng 2.443,8 tỷ đồng', 'difference', Diff('14.862,5', '12.418,7', '2.443,8', 'tăng'))} "
        f"({c('tăng 16,44%', 'ratio', Ratio('14.862,5', '12.418,7', '16,44', 'change', 'tăng'), 'inconsistent', 'Increase divided by this year’s capital (2.443,8 / 14.862,5 = 16,44%) instead of last year’s.')}). "
        f"Vốn đăng ký bình quân {c('11,57 tỷ đồng/DN', 'ratio', Ratio('14.862,5', '1.284', '11,57', 'times', unit=' tỷ đồng/DN'), 'rounding')}. "
        f"Số DN thành lập mới {c('đạt 116,7% kế hoạch năm', 'ratio', Amb('', ['1.284', '1.000', '1.100']), 'ambiguous', 'The plan is a range (1.000 - 1.100 DN): 116,7% fits the upper bound, 128,4% the lower; which base is meant is not stated.', anchor='đạt 116,7%')}.")
    d.p(f"Chia theo loại hình, {c('1.284 DN mới gồm', 'sum', Sum(['1.036', '176', '72'], '1.284'))}: công ty trách nhiệm hữu hạn 1.036 DN "
        f"({c('một thành viên 742 DN, hai thành viên trở lên 294 DN', 'sum', Sum(['742', '294'], '1.036'), anchor='công ty trách nhiệm hữu hạn 1.036 DN (một thành viên 742 DN, hai thành viên trở lên 294 DN)')}), "
        f"công ty cổ phần 176 DN, DN tư nhân 72 DN. "
        f"Theo ngành nghề, {c('trong 1.284 DN thành lập mới có thương mại, dịch vụ 812 DN', 'sum', Sum(['812', '238', '164', '70'], '1.284'), note='Second breakdown (by sector) of the same 1.284 new firms.')} ({sh('', '812', '1.284')}), xây dựng 238 DN, công nghiệp chế biến, chế tạo 164 DN, nông, lâm nghiệp, thủy sản 70 DN. "
        f"Trong số DN mới có {c('418 DN do nữ làm chủ', 'subset', Sub(['418'], '1.284'))} ({sh('', '418', '1.284')}), 96 DN khởi nghiệp sáng tạo.")
    d.p(f"Ngoài ra, có 318 lượt DN đăng ký tăng vốn với số vốn tăng thêm 6.218,4 tỷ đồng; {c('tổng vốn đăng ký mới và tăng thêm trong năm là 21.080,9 tỷ đồng', 'sum', Sum(['14.862,5', '6.218,4'], '21.080,9', ' tỷ đồng'))}. "
        f"Có {c('1.271/1.284 hồ sơ', 'fraction', Frac('1.271/1.284', whole_ref='1.284'))} đăng ký thành lập DN được nộp qua mạng điện tử, {sh('đạt ', '1.271', '1.284')}; thời gian cấp giấy chứng nhận đăng ký DN bình quân 1,5 ngày làm việc. "
        f"Số hộ kinh doanh chuyển đổi lên DN là 38 hộ/kế hoạch 50 hộ, {c('đạt 76%', 'ratio', Ratio('38', '50', '76', 'index'))}.")
    d.p("2. Doanh nghiệp quay trở lại hoạt động, tạm ngừng, giải thể")
    d.p(f"Có 412 DN quay trở lại hoạt động; như vậy {c('số DN gia nhập thị trường là 1.696 DN', 'sum', Sum(['1.284', '412'], '1.696'))}. "
        f"{c('Số DN rút lui khỏi thị trường là 1.147 DN', 'sum', Sum(['586', '214', '374'], '1.147'), 'inconsistent', 'Parts give 1.174: the total was not updated, or one part (e.g. chờ giải thể 374 for 347) is mistyped.')} (tạm ngừng kinh doanh 586 DN, hoàn tất thủ tục giải thể 214 DN, chờ giải thể 374 DN). "
        f"Bình quân cứ {c('1,48 DN', 'ratio', Ratio('1.696', '1.147', '1,48', 'times', unit=' DN'))} gia nhập thị trường thì có 01 DN rút lui.")
    d.p("3. Doanh nghiệp đang hoạt động")
    d.p(f"Lũy kế đến 31/12/2023, toàn tỉnh có 9.846 DN đang hoạt động với tổng vốn đăng ký 186.540,2 tỷ đồng; so với cuối năm 2022 (9.214 DN), "
        f"{c('tăng 623 DN', 'difference', Diff('9.846', '9.214', '623', 'tăng'), 'inconsistent', 'Digits swapped: 9.846 − 9.214 = 632.')} "
        f"({c('tăng 6,85%', 'ratio', Ratio('9.846', '9.214', '6,85', 'change', 'tăng'), 'rounding')}). "
        f"Mật độ DN đạt {c('6.12 DN/1.000 dân', 'ratio', Amb('', ['9.846', '1.608.420']), 'ambiguous', 'Number format: 6.12 reads as 612 under vi-VN rules or as a mistyped 6,12 (9.846 / 1.608.420 × 1.000 = 6,12): cannot be parsed safely.')} (dân số 1.608.420 người); "
        f"so với mục tiêu Nghị quyết Đại hội Đảng bộ tỉnh đến năm 2025 có 12.000 DN hoạt động, {sh('đạt ', '9.846', '12.000')}.")
    d.p(f"Theo quy mô, {c('9.846 DN đang hoạt động chia ra', 'sum', Sum(['7.218', '1.964', '412', '252'], '9.846'))}: DN siêu nhỏ 7.218 DN ({sh('', '7.218', '9.846')}), DN nhỏ 1.964 DN ({sh('', '1.964', '9.846')}), "
        f"DN vừa 412 DN ({sh('', '412', '9.846')}), DN lớn 252 DN ({sh('', '252', '9.846')}). Theo địa bàn, thành phố Đông Giang tập trung 4.126 DN, {sh('chiếm ', '4.126', '9.846')} số DN toàn tỉnh. "
        f"Để đạt mục tiêu 12.000 DN vào năm 2025, trong 02 năm còn lại toàn tỉnh cần {c('tăng thêm 2.154 DN', 'difference', Diff('12.000', '9.846', '2.154', 'tăng'))} đang hoạt động.")
    d.p(f"Khu vực DN đóng góp 14.286 tỷ đồng vào ngân sách, {sh('chiếm ', '14.286', '22.894', post='% tổng thu nội địa (22.894 tỷ đồng)')}; "
        f"các DN đang sử dụng 286.420 lao động, trong đó {c('DN có vốn đầu tư nước ngoài 198.340 lao động', 'subset', Sub(['198.340'], '286.420'))} ({sh('', '198.340', '286.420')}).")
    d.p("II. TÌNH HÌNH THU HÚT ĐẦU TƯ")
    d.p(f"1. Đầu tư trong nước: cấp mới chủ trương đầu tư cho 46 dự án với tổng vốn đăng ký 18.624,3 tỷ đồng, bình quân {c('404,9 tỷ đồng/dự án', 'ratio', Ratio('18.624,3', '46', '404,9', 'times', unit=' tỷ đồng/dự án'))}; "
        f"{c('46 dự án gồm', 'sum', Sum(['19', '15', '07', '05'], '46'))}: công nghiệp 19 dự án, thương mại - dịch vụ 15 dự án, nông nghiệp 07 dự án, hạ tầng đô thị 05 dự án; "
        f"điều chỉnh 28 dự án; {c('chấm dứt hoạt động 12 dự án (trong nước 09 dự án, FDI 03 dự án)', 'sum', Sum(['09', '03'], '12'))} do chậm triển khai, vi phạm cam kết tiến độ.")
    d.p(f"2. Đầu tư trực tiếp nước ngoài (FDI): năm 2022 toàn tỉnh thu hút 286,4 triệu USD. Năm 2023, cấp mới 09 dự án với vốn đăng ký 312,6 triệu USD, điều chỉnh tăng vốn 07 dự án thêm 84,5 triệu USD; "
        f"{c('tổng vốn FDI thu hút 397,1 triệu USD', 'sum', Sum(['312,6', '84,5'], '397,1', ' triệu USD'))}, "
        f"{c('tăng 38,65%', 'ratio', Ratio('397,1', '286,4', '38,65', 'change', 'tăng'))} "
        f"{c('so với năm 2021', 'term', Term('năm 2021', 'năm 2022'), 'inconsistent', 'The 286,4 triệu USD base is the 2022 figure stated at the start of this paragraph.')}.")
    d.p(f"Lũy kế đến 31/12/2023, trên địa bàn tỉnh có {c('148 dự án FDI còn hiệu lực', 'sum', Sum(['46', '31', '28', '17', '26'], '148'))}, tổng vốn đăng ký 4.862,35 triệu USD; "
        f"vốn thực hiện 3.218,40 triệu USD, {sh('đạt ', '3.218,40', '4.862,35', stated='66,91', v='inconsistent', note='Two digits swapped (66,19).')} vốn đăng ký. "
        f"Theo đối tác, Hàn Quốc 46 dự án ({sh('', '46', '148')}), Nhật Bản 31 dự án, Đài Loan 28 dự án, Singapore 17 dự án, các quốc gia, vùng lãnh thổ khác 26 dự án. "
        f"Vốn FDI giải ngân trong năm 2023 đạt 246,8 triệu USD, {c('tăng 9,4%', 'ratio', Ratio('246,8', '225,6', '9,4', 'change', 'tăng'))} so với năm 2022 (225,6 triệu USD). "
        f"Kim ngạch xuất khẩu của khu vực FDI đạt 3.124,6 triệu USD, {sh('chiếm ', '3.124,6', '3.974,3', post='% tổng kim ngạch xuất khẩu toàn tỉnh (3.974,3 triệu USD)')}.")
    d.p(f"3. Khu công nghiệp: toàn tỉnh có {c('06 khu công nghiệp (đã đi vào hoạt động 04 khu, đang xây dựng hạ tầng ... khu)', 'sum', Amb('', ['06', '04']), 'ambiguous', 'One part is a placeholder (...): it would be 02 if the split is complete; not filled, not decidable.')} "
        f"với tổng diện tích 2.146,8 ha, trong đó đất công nghiệp cho thuê 1.512,6 ha; đã cho thuê 1.034,9 ha, {sh('tỷ lệ lấp đầy ', '1.034,9', '1.512,6')}, {c('tăng 4,86%', 'points', Points(P('1.034,9', '1.512,6'), '63,56', '4,86', 'tăng'), note='Percentage points against the 2022 occupancy rate.')} so với năm 2022 (63,56%).")
    d.p(f"Trong năm, các khu công nghiệp thu hút {c('14 dự án mới (FDI 08 dự án, trong nước 06 dự án)', 'sum', Sum(['08', '06'], '14'))}; "
        f"{c('08 dự án FDI vào khu công nghiệp', 'subset', Sub(['08'], '09'), note='Part of the 09 new FDI projects of the year.')} trong tổng số 09 dự án FDI cấp mới. Hạ tầng kỹ thuật các khu công nghiệp cơ bản đáp ứng yêu cầu; tuy nhiên, hạ tầng xử lý nước thải tập trung ở một số khu chưa hoàn thiện, nhà ở cho công nhân còn thiếu.")
    d.p("III. CÔNG TÁC HỖ TRỢ DOANH NGHIỆP, CẢI THIỆN MÔI TRƯỜNG ĐẦU TƯ")
    d.p(f"UBND tỉnh tổ chức 04 hội nghị đối thoại với doanh nghiệp, tiếp nhận 126 kiến nghị, đã trả lời, xử lý {c('119/126 kiến nghị', 'fraction', Frac('119/126', whole_ref='126'))}, {sh('đạt ', '119', '126')}; số còn lại thuộc thẩm quyền của bộ, ngành trung ương. "
        f"Đã hỗ trợ {c('214 lượt DN nhỏ và vừa (tư vấn 126 lượt, đào tạo 58 lượt, chuyển đổi số 30 lượt)', 'sum', Sum(['126', '58', '30'], '214'))} với kinh phí 3,86 tỷ đồng. Duy trì cà phê doanh nhân hằng tháng; triển khai chương trình hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số. Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2022 của tỉnh xếp thứ {c('21/63', 'fraction', Frac('21/63'), note='A rank among the 63 provinces, not a share; 21 ≤ 63.')}, {c('tăng 05 bậc', 'difference', Diff('26', '21', '05', 'tăng'), note='Rank improved from 26th (2021) to 21st: 26 − 21 = 05 places up.')} "
        f"{c('so với năm 2021', 'term', Term('năm 2021', 'năm 2021'), note='PCI 2022 compared with PCI 2021 (xếp thứ 26/63): the previous year, correct here.')} (xếp thứ {c('26/63', 'fraction', Frac('26/63'), note='Rank in 2021 among 63 provinces.')}).")
    d.p("IV. ĐÁNH GIÁ CHUNG VÀ NHIỆM VỤ NĂM 2024")
    d.p("Năm 2023, mặc dù chịu tác động của khó khăn chung của nền kinh tế, số doanh nghiệp thành lập mới và vốn đăng ký vẫn tăng; thu hút FDI vượt kỳ vọng. Tuy nhiên, số doanh nghiệp rút lui khỏi thị trường còn lớn; quy mô doanh nghiệp chủ yếu nhỏ và siêu nhỏ; một số dự án chậm triển khai, phải chấm dứt hoạt động. Nguyên nhân chủ yếu là sức mua giảm, đơn hàng xuất khẩu sụt giảm, chi phí đầu vào tăng, khả năng tiếp cận vốn tín dụng của doanh nghiệp nhỏ và vừa hạn chế; công tác bồi thường, giải phóng mặt bằng một số dự án kéo dài; việc phối hợp giữa các sở, ngành trong giải quyết thủ tục đầu tư có lúc chưa chặt chẽ.")
    d.p("Năm 2024, phấn đấu thành lập mới từ 1.150 - 1.250 doanh nghiệp; thu hút FDI trên 300 triệu USD; nâng thứ hạng PCI. Tập trung rà soát, thu hồi các dự án chậm triển khai; đẩy mạnh xúc tiến đầu tư theo hướng chọn lọc, ưu tiên dự án công nghệ cao, thân thiện môi trường; triển khai hiệu quả chương trình hỗ trợ doanh nghiệp nhỏ và vừa, hộ kinh doanh chuyển đổi lên doanh nghiệp.")
    d.p("Đề xuất, kiến nghị: đề nghị UBND tỉnh chỉ đạo các sở, ngành rút ngắn thời gian giải quyết thủ tục chấp thuận chủ trương đầu tư, giao đất, cho thuê đất; bố trí kinh phí cho chương trình hỗ trợ doanh nghiệp nhỏ và vừa năm 2024; kiến nghị Bộ Kế hoạch và Đầu tư sớm hướng dẫn việc kết nối dữ liệu đăng ký doanh nghiệp với dữ liệu thuế để thống nhất số liệu doanh nghiệp đang hoạt động giữa các cơ quan.")
    d.p("Trên đây là báo cáo tình hình phát triển doanh nghiệp và thu hút đầu tư năm 2023 của Sở Kế hoạch và Đầu tư./.")
    d.p("Nơi nhận:")
    d.p("- Bộ Kế hoạch và Đầu tư (b/c);")
    d.p("- Thường trực Tỉnh ủy, HĐND, UBND tỉnh (b/c);")
    d.p("- Các sở, ban, ngành tỉnh;")
    d.p("- Hiệp hội Doanh nghiệp tỉnh;")
    d.p("- Lưu: VT, ĐKKD.")
    d.p("GIÁM ĐỐC")
    d.fn(f"Trong năm, tổng vốn đầu tư nước ngoài thu hút đạt {c('379,1 triệu USD', 'repeat', Rep('397,1', '379,1', ' triệu USD'), 'inconsistent', 'Body gives 397,1 triệu USD (= 312,6 + 84,5); two digits swapped.')}, trong đó vốn cấp mới 312,6 triệu USD.")
    d.fn(f"Tính đến ngày 30/11/2023, toàn tỉnh có {c('9.846 DN đang hoạt động', 'repeat', Amb('', ['9.846']), 'ambiguous', 'The same 9.846 is given at 31/12/2023 in the body; the same count at two dates one month apart may be a stale copy or a true standstill: cannot be decided.')}; {c('trong đó có 2.106 DN thuộc khu vực công nghiệp - xây dựng', 'subset', Sub(['2.106'], '9.846'))}.")
    return d


# ============================================================================= main
def build_all():
    return [f() for f in DRAFTS]


def summary(ds):
    kinds = ["sum", "subset", "share", "fraction", "difference", "points", "ratio", "repeat", "term"]
    verd = ["consistent", "rounding", "inconsistent", "ambiguous"]
    out = ["# p9 prose drafts: summary", "",
           "Built by `make.py`; `python3 make.py --check` re-checks every label.", "",
           "## Per draft", "",
           "| file | characters | claims | consistent | rounding | inconsistent | ambiguous |",
           "|---|---:|---:|---:|---:|---:|---:|"]
    tot = [0] * 6
    kv = {k: {v: 0 for v in verd} for k in kinds}
    for d in ds:
        lab = d.labels()["claims"]
        cnt = [len(d.text()), len(lab)] + [sum(1 for x in lab if x["verdict"] == v) for v in verd]
        tot = [a + b for a, b in zip(tot, cnt)]
        out.append(f"| {d.fname} | " + " | ".join(str(x) for x in cnt) + " |")
        for x in lab:
            kv[x["kind"]][x["verdict"]] += 1
    out.append("| **total** | " + " | ".join(str(x) for x in tot) + " |")
    out += ["", "Characters are Unicode code points of the .txt file (newlines included).", "",
            "## Per kind × verdict (all drafts)", "",
            "| kind | " + " | ".join(verd) + " | total |", "|---|" + "---:|" * (len(verd) + 1)]
    for k in kinds:
        row = [kv[k][v] for v in verd]
        out.append(f"| {k} | " + " | ".join(str(x) for x in row) + f" | {sum(row)} |")
    col = [sum(kv[k][v] for k in kinds) for v in verd]
    out.append("| **total** | " + " | ".join(str(x) for x in col) + f" | {sum(col)} |")
    out += ["", "## Per draft × kind (consistent / rounding / inconsistent / ambiguous)", "",
            "| file | " + " | ".join(kinds) + " |", "|---|" + "---|" * len(kinds)]
    for d in ds:
        lab = d.labels()["claims"]
        cells = []
        for k in kinds:
            n = [sum(1 for x in lab if x["kind"] == k and x["verdict"] == v) for v in verd]
            cells.append("/".join(str(x) for x in n) if sum(n) else "–")
        out.append(f"| {d.fname[:5]} | " + " | ".join(cells) + " |")
    out += ["", "Verdicts are recomputed by `make.py` with exact fractions and round half up; "
            "`rounding` = off by one unit in the last written digit (truncation), "
            "`inconsistent` = off by more, a wrong word (tăng/giảm), a wrong repeat or a wrong term; "
            "`ambiguous` claims carry the reason in their note.", ""]
    return "\n".join(out)


NUMRE = r"(?<![\d.,]){}(?![\d]|[.,]\d)"


def check(ds, files=True):
    errs = []
    for d in ds:
        txt = d.text()
        body = txt
        for cl in d.claims:
            where = f"{d.fname}:{cl['line']} «{cl['anchor']}»"
            line = d.lines[cl["line"] - 1]
            if line.count(cl["anchor"]) != 1:
                errs.append(f"{where}: anchor occurs {line.count(cl['anchor'])} times in its line")
            calc = cl["calc"]
            st = calc.get("stated")
            if calc["type"] == "sub" or cl["far"]:
                if not any(re.search(NUMRE.format(re.escape(x)), cl["anchor"])
                           for x in inputs_of(calc)):
                    errs.append(f"{where}: neither part nor parent in anchor")
            elif st and calc["type"] != "term" and not re.search(NUMRE.format(re.escape(st)), cl["anchor"]):
                errs.append(f"{where}: stated figure {st} not in anchor")
            if calc["type"] == "term" and calc["stated"] not in cl["anchor"]:
                errs.append(f"{where}: term not in anchor")
            for s in inputs_of(calc):
                if not re.search(NUMRE.format(re.escape(s)), body):
                    errs.append(f"{where}: input {s} does not occur in the draft")
            verdict, right, note = judge(calc)
            if cl["v"] != "ambiguous" and verdict != cl["v"]:
                errs.append(f"{where}: intended {cl['v']} but arithmetic says {verdict} ({note})")
            if cl["v"] == "ambiguous" and not cl["extra"]:
                errs.append(f"{where}: ambiguous claim without explanation")
            if cl["v"] in ("rounding", "inconsistent") and not right:
                errs.append(f"{where}: no right value")
        if files:
            for name, content in ((d.fname, txt),
                                  (d.fname[:-4] + ".labels.json", dumps(d.labels()))):
                pth = os.path.join(HERE, name)
                if not os.path.exists(pth) or open(pth, encoding="utf-8").read() != content:
                    errs.append(f"{name}: file differs from build (run make.py)")
        if d.text().count("\n") != len(d.lines):
            errs.append(f"{d.fname}: a paragraph contains a newline")
        # labels point at existing lines
        for x in d.labels()["claims"]:
            if not (1 <= x["line"] <= len(d.lines)):
                errs.append(f"{d.fname}: bad line {x['line']}")
    if files:
        pth = os.path.join(HERE, "SUMMARY.md")
        if not os.path.exists(pth) or open(pth, encoding="utf-8").read() != summary(ds):
            errs.append("SUMMARY.md differs from build (run make.py)")
    return errs


def dumps(obj):
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


def main():
    ds = build_all()
    if "--check" in sys.argv:
        errs = check(ds)
        for d in ds:
            lab = d.labels()["claims"]
            cnt = {v: sum(1 for x in lab if x["verdict"] == v)
                   for v in ("consistent", "rounding", "inconsistent", "ambiguous")}
            print(f"{d.fname}: {len(d.text())} chars, {len(lab)} claims, {cnt}")
        if errs:
            print("\n".join(errs))
            print(f"CHECK FAILED: {len(errs)} problem(s)")
            sys.exit(1)
        print("CHECK OK")
        return
    for d in ds:
        with open(os.path.join(HERE, d.fname), "w", encoding="utf-8") as f:
            f.write(d.text())
        with open(os.path.join(HERE, d.fname[:-4] + ".labels.json"), "w", encoding="utf-8") as f:
            f.write(dumps(d.labels()))
    with open(os.path.join(HERE, "SUMMARY.md"), "w", encoding="utf-8") as f:
        f.write(summary(ds))
    errs = check(ds)
    print("\n".join(errs) if errs else "built; check OK")


if __name__ == "__main__":
    main()
