#!/usr/bin/env python3
"""Generator for the dev11 prose evaluation set.

Builds four Vietnamese report drafts (d11-0N-<slug>.txt, one paragraph per line, footnotes last,
each starting with "[" U+FFFD "]") and their labels (d11-0N-<slug>.labels.json).

Every labelled figure is produced by a checking helper that recomputes the relation with exact
Decimal arithmetic (round half up) and asserts that the verdict we intend (consistent / rounding /
inconsistent) is what the arithmetic gives; `ambiguous` claims carry a note saying why a careful
reader cannot decide.  Anchors are wrapped in markers while the text is composed; at build time the
markers are stripped, and each anchor is checked to occur exactly once in its line.

Run:  python3 make.py       (rewrites the .txt/.labels.json files and SUMMARY.md)
"""
import json
import os
import re
from collections import Counter, OrderedDict
from decimal import Decimal as D, ROUND_HALF_UP, ROUND_DOWN, getcontext

getcontext().prec = 50
HERE = os.path.dirname(os.path.abspath(__file__))
FN = "[\ufffd]"  # footnote mark, as the shared drafts are exported
KINDS = ["sum", "subset", "share", "fraction", "difference", "points", "ratio", "repeat", "term"]
VERDICTS = ["consistent", "rounding", "inconsistent", "ambiguous"]


# ----------------------------------------------------------------------------- number formats
def unit(dp):
    return D(1).scaleb(-dp)


def q(x, dp):
    return D(x).quantize(unit(dp), rounding=ROUND_HALF_UP)


def tr(x, dp):
    return D(x).quantize(unit(dp), rounding=ROUND_DOWN)


def grp(intpart):
    s = str(intpart)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return ".".join(out)


def fd(x, dp):
    """Decimal -> vi-VN string with dp decimals: 4826.3 -> '4.826,3'."""
    x = q(x, dp)
    neg = x < 0
    x = abs(x)
    s = f"{x:.{dp}f}"
    if "." in s:
        a, b = s.split(".")
        r = grp(int(a)) + "," + b
    else:
        r = grp(int(s))
    return ("-" if neg else "") + r


def fi(n):
    """integer with thousands dots."""
    return fd(D(n), 0)


def z(n):
    """count with leading zero under 10 (05 huyện)."""
    n = int(n)
    return f"{n:02d}" if n < 10 else fi(n)


def num(x):
    """a figure as written, minimal decimals."""
    x = D(x)
    if x == x.to_integral_value():
        return fi(int(x))
    s = format(x.normalize(), "f")
    return fd(x, len(s.split(".")[1]))


def P(s):
    """parse a vi-VN figure: '1.027' -> 1027, '82,17%' -> 82.17."""
    s = s.strip().rstrip("%").strip()
    return D(s.replace(".", "").replace(",", "."))


def dps(s):
    s = s.strip().rstrip("%").strip()
    return len(s.split(",")[1]) if "," in s else 0


def judge(exact, stated):
    """verdict of a stated figure against an exact value, at the stated precision."""
    dp = dps(stated)
    sv = P(stated)
    r = q(exact, dp)
    if sv == r:
        return "consistent", r, dp
    if sv == tr(exact, dp) or abs(sv - r) <= unit(dp):
        return "rounding", r, dp
    return "inconsistent", r, dp


def ex4(x):
    return fd(x, 4)


# ----------------------------------------------------------------------------- document builder
class Doc:
    def __init__(self, fname, title):
        self.fname = fname
        self.title = title
        self.lines = []
        self.claims = []

    def L(self, *parts):
        self.lines.append("".join(parts))

    def F(self, text):
        self.lines.append(FN + " " + text)

    def _mk(self, text, kind, verdict, note, right=None):
        assert kind in KINDS and verdict in VERDICTS
        i = len(self.claims)
        self.claims.append(dict(kind=kind, verdict=verdict, right=right, note=note))
        return f"\x01{i}\x02{text}\x03"

    def _fin(self, text, kind, got, right, note, exp, amb):
        if amb:
            return self._mk(text, kind, "ambiguous", f"{note}. AMBIGUOUS: {amb}")
        assert got == exp, f"{self.fname}: [{text}] got {got}, expected {exp}: {note}"
        return self._mk(text, kind, got, note, right if got != "consistent" else None)

    # --- sum: total = sum of parts ---------------------------------------------------------
    def total(self, parts, st=None, tmpl="{}", f=fi, exp="consistent", amb=None, why=""):
        s = sum(D(p) for p in parts)
        if st is None:
            st = s
        got = "consistent" if D(st) == s else "inconsistent"
        note = f"{' + '.join(num(p) for p in parts)} = {num(s)} vs stated {num(st)}"
        if why:
            note += f" ({why})"
        return self._fin(tmpl.format(f(st)), "sum", got, f(s), note, exp, amb)

    # --- subset: part(s) <= parent ---------------------------------------------------------
    def subset(self, part, parent, tmpl="{}", f=fi, exp="consistent", amb=None, others=(), why=""):
        tot = D(part) + sum(D(o) for o in others)
        got = "consistent" if tot <= D(parent) else "inconsistent"
        if others:
            note = f"{' + '.join(num(x) for x in [part, *others])} = {num(tot)} <= {num(parent)}"
        else:
            note = f"{num(part)} <= {num(parent)}"
        if why:
            note += f" ({why})"
        return self._fin(tmpl.format(f(part)), "subset", got, None, note, exp, amb)

    # --- share: stated % = part / base x 100 ------------------------------------------------
    def share(self, part, base, st=None, tmpl="chiếm {}", dp=2, kind="share", exp="consistent",
              amb=None, why="", pct=True):
        ex = D(part) * 100 / D(base)
        if st is None:
            st = fd(q(ex, dp), dp)
        elif st == "trunc":
            assert tr(ex, dp) != q(ex, dp), (self.fname, part, base)
            st = fd(tr(ex, dp), dp)
        got, r, sdp = judge(ex, st)
        note = f"{num(part)} / {num(base)} x 100 = {ex4(ex)} -> {fd(r, sdp)}%"
        if why:
            note += f" ({why})"
        return self._fin(tmpl.format(st + "%"), kind, got, fd(r, sdp) + "%", note, exp, amb)

    # --- ratio: cur/prev x 100 (pct), cur/prev (times), (cur-prev)/prev x 100 (rel), total/count (avg)
    def ratio(self, cur, prev, st=None, tmpl="bằng {}", dp=2, mode="pct", exp="consistent", amb=None,
              why="", f=None):
        cur, prev = D(cur), D(prev)
        if mode == "pct":
            ex = cur * 100 / prev
            sym = "%"
            how = f"{num(cur)} / {num(prev)} x 100"
        elif mode == "rel":
            ex = abs(cur - prev) * 100 / prev
            sym = "%"
            how = f"|{num(cur)} - {num(prev)}| / {num(prev)} x 100"
        else:  # times / avg
            ex = cur / prev
            sym = ""
            how = f"{num(cur)} / {num(prev)}"
        if st is None:
            st = fd(q(ex, dp), dp)
        elif st == "trunc":
            assert tr(ex, dp) != q(ex, dp)
            st = fd(tr(ex, dp), dp)
        got, r, sdp = judge(ex, st)
        note = f"{how} = {ex4(ex)} -> {fd(r, sdp)}{sym}"
        if why:
            note += f" ({why})"
        return self._fin(tmpl.format(st + sym), "ratio", got, fd(r, sdp) + sym, note, exp, amb)

    # --- difference: tăng/giảm = cur - prev --------------------------------------------------
    def diff(self, cur, prev, st=None, tmpl="{w} {v}", f=fi, w=None, words=("tăng", "giảm"),
             exp="consistent", amb=None, why=""):
        d = D(cur) - D(prev)
        if w is None:
            w = words[0] if d >= 0 else words[1]
        if st is None:
            st = abs(d)
        sign_ok = (w == words[0] and d >= 0) or (w == words[1] and d <= 0)
        got = "consistent" if sign_ok and D(st) == abs(d) else "inconsistent"
        note = f"{num(cur)} - {num(prev)} = {num(d)}; stated '{w} {num(st)}'"
        if why:
            note += f" ({why})"
        right = f"{words[0] if d >= 0 else words[1]} {f(abs(d))}"
        return self._fin(tmpl.format(w=w, v=f(st)), "difference", got, right, note, exp, amb)

    # --- points: difference of two percentages, in percentage points --------------------------
    def points(self, cur, prev, st=None, tmpl="{w} {v}", dp=2, w=None, words=("tăng", "giảm"),
               exp="consistent", amb=None, why=""):
        cur, prev = D(cur), D(prev)
        d = cur - prev
        if w is None:
            w = words[0] if d >= 0 else words[1]
        if st is None:
            st = fd(abs(d), dp)
        got, r, sdp = judge(abs(d), st)
        sign_ok = (w == words[0] and d >= 0) or (w == words[1] and d <= 0)
        if not sign_ok:
            got = "inconsistent"
        rel = abs(d) * 100 / prev
        note = (f"{num(cur)} - {num(prev)} = {num(d)} points -> {fd(r, sdp)}; relative reading "
                f"{ex4(rel)}% does not fit, points reading used")
        if why:
            note += f" ({why})"
        right = f"{words[0] if d >= 0 else words[1]} {fd(r, sdp)}%"
        return self._fin(tmpl.format(w=w, v=st + "%"), "points", got, right, note, exp, amb)

    # --- fraction a/b (optionally with a %; optionally whole checked against a known total) ------
    def frac(self, p, w, tmpl="{f}", st=None, dp=2, known=None, f=fi, exp="consistent", amb=None, why=""):
        fs = f"{f(p)}/{f(w)}"
        notes = []
        got = "consistent"
        right = None
        if known is not None:
            notes.append(f"whole {num(w)} vs stated total {num(known)}")
            if D(w) != D(known):
                got = "inconsistent"
                right = f"{f(p)}/{f(known)}"
        if D(p) > D(w):
            got = "inconsistent"
        pct = ""
        if "{p}" in tmpl:
            ex = D(p) * 100 / D(w)
            if st is None:
                st = fd(q(ex, dp), dp)
            elif st == "trunc":
                assert tr(ex, dp) != q(ex, dp)
                st = fd(tr(ex, dp), dp)
            g2, r, sdp = judge(ex, st)
            notes.append(f"{num(p)} / {num(w)} x 100 = {ex4(ex)} -> {fd(r, sdp)}%")
            if g2 != "consistent" and got == "consistent":
                got = g2
                right = fd(r, sdp) + "%"
            pct = st + "%"
        note = "; ".join(notes) + (f" ({why})" if why else "")
        return self._fin(tmpl.format(f=fs, p=pct), "fraction", got, right, note, exp, amb)

    # --- repeat: second mention of a quantity --------------------------------------------------
    def rep(self, first, st=None, tmpl="{}", f=fi, exp="consistent", amb=None, why=""):
        if st is None:
            st = first
        got = "consistent" if D(st) == D(first) else "inconsistent"
        note = f"first stated {f(first)}, here {f(st)}"
        if why:
            note += f" ({why})"
        return self._fin(tmpl.format(f(st)), "repeat", got, f(first), note, exp, amb)

    # --- term: the period named in a comparison ------------------------------------------------
    def term(self, named, expected, tmpl="{}", exp="consistent", amb=None, why=""):
        got = "consistent" if named == expected else "inconsistent"
        note = f"comparison should name '{expected}', names '{named}'"
        if why:
            note += f" ({why})"
        return self._fin(tmpl.format(named), "term", got, expected, note, exp, amb)

    # --- explicitly ambiguous claim ------------------------------------------------------------
    def amb(self, text, kind, note):
        return self._mk(text, kind, "ambiguous", "AMBIGUOUS: " + note)

    # --- build ---------------------------------------------------------------------------------
    def build(self):
        out_lines = []
        labels = []
        pat = re.compile("\x01(\\d+)\x02(.*?)\x03", re.S)
        for ln, raw in enumerate(self.lines, start=1):
            assert "\n" not in raw
            found = pat.findall(raw)
            clean = pat.sub(lambda m: m.group(2), raw)
            assert not re.search("[\x01\x02\x03]", clean), (self.fname, ln, clean)
            seen = set()
            for cid, anchor in found:
                c = self.claims[int(cid)]
                assert clean.count(anchor) == 1, f"{self.fname}:{ln}: anchor not unique: [{anchor}]"
                assert anchor not in seen, f"{self.fname}:{ln}: duplicate anchor [{anchor}]"
                seen.add(anchor)
                lab = OrderedDict(line=ln, anchor=anchor, kind=c["kind"], verdict=c["verdict"])
                if c["verdict"] in ("rounding", "inconsistent"):
                    assert c["right"], (self.fname, anchor)
                    lab["right"] = c["right"]
                lab["note"] = c["note"]
                c["used"] = True
                labels.append(lab)
            out_lines.append(clean)
        assert all(c.get("used") for c in self.claims), self.fname
        text = "\n".join(out_lines) + "\n"
        with open(os.path.join(HERE, self.fname), "w", encoding="utf-8") as fh:
            fh.write(text)
        base = self.fname[:-4]
        with open(os.path.join(HERE, base + ".labels.json"), "w", encoding="utf-8") as fh:
            json.dump({"file": self.fname, "claims": labels}, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        return text, labels


# ============================================================================ draft 1
def draft1():
    d = Doc("d11-01-so-xay-dung.txt", "Sở Xây dựng tỉnh - báo cáo năm 2024")
    L, F = d.L, d.F
    L("UBND TỈNH VĨNH LONG")
    L("SỞ XÂY DỰNG")
    L("Số:        /BC-SXD")
    L("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    L("Độc lập - Tự do - Hạnh phúc")
    L("Vĩnh Long, ngày ... tháng 12 năm 2024")
    L("BÁO CÁO")
    L("Kết quả thực hiện nhiệm vụ năm 2024 và phương hướng, nhiệm vụ năm 2025")
    L("-----")
    L("Thực hiện Công văn số 4127/UBND-KTN ngày 15/11/2024 của Ủy ban nhân dân tỉnh về việc báo cáo kết quả "
      "thực hiện nhiệm vụ năm 2024, xây dựng kế hoạch năm 2025; căn cứ Kế hoạch số 12/KH-SXD ngày 22/01/2024 "
      "của Giám đốc Sở Xây dựng, Sở Xây dựng báo cáo kết quả thực hiện như sau:")
    L("I. ĐẶC ĐIỂM TÌNH HÌNH")
    L("1. Tổ chức bộ máy, biên chế")
    L(f"Sở Xây dựng có Ban Giám đốc, 06 phòng chuyên môn, Thanh tra Sở và 02 đơn vị sự nghiệp trực thuộc. "
      f"Năm 2024, Sở được giao 52 biên chế công chức và 26 số lượng người làm việc trong đơn vị sự nghiệp; "
      f"hiện {d.total([14, 51, 6], tmpl='có mặt {} người')}, "
      f"trong đó {d.subset(29, 71, 'nữ {} người')}. Về trình độ "
      f"chuyên môn: thạc sĩ 14 người ({d.share(14, 71, tmpl='{}')}), đại học 51 người, cao đẳng và trung cấp 06 người.")
    L("2. Tình hình phát triển đô thị")
    L(f"Toàn tỉnh có 08 đơn vị hành chính cấp huyện với {d.total([89, 11, 7], tmpl='{} đơn vị hành chính cấp xã')} "
      f"(89 xã, 11 phường, 07 thị trấn) và {d.total([1, 2, 1, 11], tmpl='{} đô thị', f=z)} (gồm 01 đô thị loại II, "
      f"02 đô thị loại III, 01 đô thị loại IV và 11 đô thị loại V). Tỷ lệ đô thị hóa năm 2024 ước đạt 36,84%, "
      f"{d.points(D('36.84'), D('35.57'), tmpl='{w} {v}')} {d.term('năm 2023', 'năm 2023', tmpl='so với {} (35,57%)')}, "
      f"{d.ratio(D('36.84'), D('37.5'), tmpl='đạt {}')} chỉ tiêu Nghị quyết Đại hội Đảng bộ tỉnh đề ra cho năm 2025 (37,5%).")
    L("Năm 2024, kinh tế - xã hội của tỉnh tiếp tục phục hồi nhưng thị trường bất động sản còn trầm lắng; giá vật liệu "
      "xây dựng, nhất là cát san lấp, biến động mạnh làm ảnh hưởng đến tiến độ nhiều công trình. Sở Xây dựng đã tập "
      "trung tham mưu Ủy ban nhân dân tỉnh ban hành kịp thời các văn bản quy phạm pháp luật thuộc lĩnh vực quản lý, "
      "nhất là quy định phân cấp cấp giấy phép xây dựng, quản lý chất lượng công trình và phát triển nhà ở.")
    L("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024")
    L("1. Công tác quy hoạch xây dựng, phát triển đô thị")
    L(f"Trong năm, Sở đã thẩm định, trình cấp có thẩm quyền phê duyệt {d.total([9, 14, 23], tmpl='{} đồ án')}, nhiệm vụ "
      f"quy hoạch (gồm 09 quy hoạch chung, 14 quy hoạch phân khu và 23 quy hoạch chi tiết), "
      f"{d.diff(46, 39, tmpl='{w} {v} đồ án', f=z)} {d.term('năm 2023', 'năm 2023', tmpl='so với {} (39 đồ án)')}, {d.ratio(46, 40, tmpl='đạt {}', dp=0)} kế "
      f"hoạch năm (40 đồ án). Quy hoạch chung xây dựng xã đã phủ kín {d.frac(89, 89, tmpl='{f} xã', known=89)}; trong "
      f"năm đã rà soát, điều chỉnh quy hoạch chung xây dựng tại "
      f"{d.frac(26, 98, tmpl='{f} xã', known=89, exp='inconsistent', why='the province has 89 communes (89/89 above); 98 is a transposition')} "
      f"theo tiêu chí nông thôn mới nâng cao.")
    L("2. Công tác cấp phép xây dựng và quản lý trật tự xây dựng")
    L(f"Toàn tỉnh đã cấp {d.total([42, 3444], tmpl='{} giấy phép xây dựng')}, trong đó Sở Xây dựng cấp 42 giấy phép, "
      f"Ủy ban nhân dân cấp huyện {d.total([812, 394, 465, 318, 427, 386, 352, 290], tmpl='cấp {} giấy phép', why='district breakdown in footnote')}{FN}; "
      f"giấy phép nhà ở riêng lẻ 3.297 giấy phép, {d.share(3297, 3486)}. "
      f"{d.term('năm 2023', 'năm 2023', tmpl='So với {} (3.215 giấy phép)')}{FN}, số giấy phép "
      f"{d.diff(3486, 3215, tmpl='{w} {v} giấy phép')}, {d.ratio(3486, 3215, tmpl='bằng {}')}. Số hồ sơ được giải quyết "
      f"đúng hạn {d.frac(3461, 3486, tmpl='{f} hồ sơ, đạt {p}')}; hồ sơ tiếp nhận qua dịch vụ công trực tuyến 2.718 hồ sơ, "
      f"{d.share(2718, 3486, st='trunc', tmpl='chiếm {}', exp='rounding')}.")
    L(f"Các đoàn kiểm tra đã kiểm tra 1.152 công trình, phát hiện 87 công trình vi phạm ({d.share(87, 1152, tmpl='tỷ lệ {}')}), "
      f"trong đó xây dựng không phép 52 công trình, "
      f"{d.subset(31, 87, tmpl='sai nội dung giấy phép {} công trình', others=[52], why='one dimension, sum below parent: other violations')}; "
      f"ban hành 79 quyết định xử phạt vi phạm hành chính với tổng số tiền 2.146 triệu đồng, "
      f"{d.ratio(2146, 79, tmpl='bình quân {} triệu đồng', dp=1, mode='avg')} mỗi quyết định. Đến ngày 30/11/2024 đã xử lý "
      f"dứt điểm {d.frac(71, 87, tmpl='{f} công trình ({p})')}. Xét theo loại công trình, vi phạm là nhà ở riêng lẻ 64 "
      f"công trình; xét theo vị trí, "
      f"{d.amb('công trình nằm trong khu dân cư hiện hữu 41 công trình', 'subset', '64 + 41 = 105 > 87: two different dimensions (type, location) may overlap, so no sum can be required; each part <= 87')}.")
    L("3. Phát triển nhà ở và thị trường bất động sản")
    L(f"Diện tích nhà ở bình quân toàn tỉnh năm 2024 đạt 26,4 m² sàn/người, "
      f"{d.diff(D('26.4'), D('25.5'), tmpl='{w} {v} m²', f=num)} {d.term('năm 2023', 'năm 2023', tmpl='so với {} (25,5 m²)')}. Trên địa bàn tỉnh hiện có "
      f"các dự án nhà ở xã hội đang triển khai với quy mô {d.total([512, 836, 428, 400], tmpl='{} căn')} (Khu nhà ở xã hội "
      f"phường 9: 512 căn; Khu nhà ở công nhân Hòa Phú: 836 căn; Dự án nhà ở xã hội phường 3: 428 căn; Dự án nhà ở xã "
      f"hội thị xã Bình Minh: 400 căn). Năm 2024 đã hoàn thành, đưa vào sử dụng 612 căn, "
      f"{d.ratio(612, 2000, tmpl='đạt {}', dp=1)} kế hoạch năm (2.000 căn); lũy kế giai đoạn 2021 - 2024 "
      f"{d.total([186, 214, 336, 612], tmpl='hoàn thành {} căn', why='yearly breakdown in footnote')}{FN}, "
      f"{d.ratio(1348, 5000, tmpl='bằng {}')} mục tiêu Đề án phát triển nhà ở xã hội của tỉnh đến năm 2030 (5.000 căn).")
    L(f"Thực hiện Quyết định số 21/2024/QĐ-TTg của Thủ tướng Chính phủ, đã hỗ trợ nhà ở cho "
      f"{d.total([174, 144], tmpl='{} hộ người có công')} với cách mạng (xây mới 174 hộ, sửa chữa 144 hộ) với mức hỗ trợ 60 triệu "
      f"đồng/hộ xây mới, 30 triệu đồng/hộ sửa chữa. Chương trình xóa nhà tạm, nhà dột nát đã hỗ trợ "
      f"{d.total([863, 328, 54], st=1254, tmpl='{} căn', exp='inconsistent', why='gồm = exhaustive; total transposed')} "
      f"(gồm hộ nghèo 863 căn, hộ cận nghèo 328 căn, hộ có hoàn cảnh khó khăn về nhà ở 54 căn).")
    L("4. Vật liệu xây dựng")
    L(f"Toàn tỉnh có 412 lò gạch, gốm thủ công; đến nay đã chuyển đổi, xóa bỏ 365 lò ({d.share(365, 412, tmpl='đạt {}')}), "
      f"{d.diff(412, 365, tmpl='còn {v} lò', why='412 - 365 remaining')} đang hoạt động cầm chừng. Tỷ lệ sử dụng vật "
      f"liệu xây không nung trong các công trình sử dụng vốn đầu tư công đạt 92,3%, "
      f"{d.points(D('92.3'), D('90'), tmpl='{w} {v}', words=('vượt', 'thấp hơn'), dp=1)} so với chỉ tiêu (90%). Sản lượng gạch "
      f"không nung sản xuất trên địa bàn năm 2024 đạt 68,4 triệu viên; các cơ sở sản xuất cơ bản đáp ứng nhu cầu thị trường trong tỉnh, chất lượng sản phẩm từng bước được nâng lên.")
    L("5. Hạ tầng kỹ thuật đô thị")
    L(f"Tỷ lệ dân số đô thị được cung cấp nước sạch qua hệ thống cấp nước tập trung đạt 97,62%, "
      f"{d.points(D('97.62'), D('96.67'), st='0,85', tmpl='{w} {v}', exp='inconsistent')} {d.term('năm 2023', 'năm 2023', tmpl='so với {} (96,67%)')}; tổng "
      f"chiều dài đường đô thị 612,4 km, trong đó đã được chiếu sáng 548,7 km, "
      f"{d.share(D('548.7'), D('612.4'), tmpl='chiếm {}', dp=1)}; tỷ lệ thu gom, xử lý chất thải rắn sinh hoạt đô thị đạt "
      f"93,5%.")
    L("6. Quản lý hoạt động đầu tư xây dựng")
    L(f"Sở đã tiếp nhận, thẩm định {d.total([63, 151], tmpl='{} hồ sơ')} (gồm 63 báo cáo nghiên cứu khả thi và 151 hồ sơ "
      f"thiết kế xây dựng triển khai sau thiết kế cơ sở), tổng giá trị đề nghị thẩm định 4.826,3 tỷ đồng, giá trị sau "
      f"thẩm định 4.597,8 tỷ đồng, "
      f"{d.diff(D('4597.8'), D('4826.3'), tmpl='{w} {v} tỷ đồng', words=('tăng', 'cắt giảm'), f=num)} "
      f"({d.share(D('228.5'), D('4826.3'), tmpl='tương ứng {}')}).")
    L("Công tác quản lý chất lượng công trình xây dựng được tăng cường; Sở đã chủ trì, phối hợp với các chủ đầu tư kiểm "
      "tra công tác nghiệm thu hoàn thành các công trình trọng điểm, kịp thời yêu cầu khắc phục tồn tại về chất lượng, an "
      "toàn lao động; trong năm không để xảy ra sự cố công trình gây thiệt hại về người.")
    L("7. Công tác thanh tra, giải quyết khiếu nại, tố cáo")
    L(f"Thanh tra Sở triển khai {d.total([8, 4], tmpl='{} cuộc thanh tra')} (08 cuộc theo kế hoạch, 04 cuộc đột xuất); kiến nghị thu hồi 1.382 triệu đồng, đã thu hồi "
      f"nộp ngân sách 1.046 triệu đồng, {d.share(1046, 1382, st='trunc', tmpl='đạt {}', exp='rounding')}. Tiếp nhận "
      f"26 đơn khiếu nại, tố cáo, phản ánh, kiến nghị, trong đó thuộc thẩm quyền 11 đơn, đã giải quyết dứt điểm "
      f"theo quy định.")
    L("8. Công tác tài chính, giải ngân vốn đầu tư công")
    L(f"Dự toán ngân sách năm 2024 được giao {d.total([12415, 6225], tmpl='{} triệu đồng')} (chi thường xuyên 12.415 "
      f"triệu đồng, chi không thường xuyên 6.225 triệu đồng); đến ngày 30/11/2024 đã giải ngân 15.317 triệu đồng, "
      f"{d.share(15317, 18640, tmpl='đạt {}')} dự toán. Kế hoạch vốn đầu tư công năm 2024 do Sở và Ban Quản lý dự án "
      f"làm chủ đầu tư là 126,45 tỷ đồng; giải ngân đến ngày 30/11/2024 đạt 97,38 tỷ đồng, "
      f"{d.share(D('97.38'), D('126.45'), tmpl='bằng {}')} kế hoạch, "
      f"{d.points(D('77.01'), D('70.78'), tmpl='{w} {v}', words=('cao hơn', 'thấp hơn'))} so với "
      f"{d.term('cùng kỳ năm 2023', 'cùng kỳ năm 2023', tmpl='{} (70,78%)')}.")
    L("III. ĐÁNH GIÁ CHUNG")
    L(f"Năm 2024, Sở Xây dựng đã hoàn thành các nhiệm vụ trọng tâm: thẩm định {d.rep(46, tmpl='{} đồ án quy hoạch')}; "
      f"cấp {d.rep(3486, tmpl='{} giấy phép xây dựng')}, thời gian giải quyết được rút ngắn; tỷ lệ đô thị hóa "
      f"{d.rep(D('36.84'), st=D('36.48'), f=lambda x: fd(x, 2) + '%', tmpl='đạt {}', exp='inconsistent', why='digits transposed')}. "
      f"Tuy nhiên, vẫn còn {d.diff(87, 71, tmpl='{v} công trình vi phạm', why='87 found - 71 settled')} trật tự xây dựng "
      f"chưa được xử lý dứt điểm; đến ngày 10/12/2024, ngân sách chi thường xuyên và không thường xuyên mới "
      f"{d.amb('giải ngân 15.731 triệu đồng', 'repeat', 'same budget execution given as 15.317 at 30/11/2024; the later date allows a higher figure, but 15.731 is also a transposition of 15.317')}; "
      f"tiến độ một số dự án nhà ở xã hội còn chậm.")
    L("Nguyên nhân của hạn chế: nguồn vốn ngân sách bố trí cho công tác lập quy hoạch còn hạn chế; đội ngũ công chức "
      "làm công tác quản lý xây dựng cấp xã còn mỏng, phải kiêm nhiệm nhiều việc; chính sách ưu đãi đối với chủ đầu tư "
      "dự án nhà ở xã hội chưa đủ hấp dẫn; ý thức chấp hành pháp luật về xây dựng của một bộ phận người dân chưa cao.")
    L("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025")
    L(f"Phấn đấu tỷ lệ đô thị hóa năm 2025 {d.rep(D('37.5'), f=lambda x: fd(x, 1) + '%', tmpl='đạt {}')}, "
      f"{d.points(D('37.5'), D('36.84'), tmpl='{w} {v}')} {d.term('năm 2023', 'năm 2024', tmpl='so với {}', exp='inconsistent', why='36,84% is the 2024 rate')} "
      f"({d.rep(D('36.84'), f=lambda x: fd(x, 2) + '%', tmpl='{}')}); hoàn "
      f"thành 1.100 căn nhà ở xã hội; chuyển đổi toàn bộ số lò gạch thủ công còn lại; thẩm định 42 đồ án "
      f"quy hoạch. Dự toán ngân sách năm 2025 đề xuất 19.850 triệu đồng, "
      f"{d.diff(19850, 18640, tmpl='{w} {v} triệu đồng')} so với "
      f"{d.term('dự toán năm 2024', 'dự toán năm 2024', tmpl='{}')}, "
      f"{d.ratio(19850, 18640, st='6,94', mode='rel', tmpl='tương ứng tăng {}', exp='inconsistent', why='6,49 with digits transposed')}.")
    L("V. KIẾN NGHỊ, ĐỀ XUẤT")
    L("Đề nghị Ủy ban nhân dân tỉnh bố trí vốn đối ứng cho các dự án nhà ở xã hội; chỉ đạo Ủy ban nhân dân cấp huyện "
      "tăng cường kiểm tra, xử lý vi phạm trật tự xây dựng ngay từ khi mới phát sinh.")
    L("Trên đây là báo cáo kết quả thực hiện nhiệm vụ năm 2024 và phương hướng, nhiệm vụ năm 2025 của Sở Xây dựng./.")
    L("Nơi nhận:")
    L("- UBND tỉnh (b/c);")
    L("- Bộ Xây dựng (b/c);")
    L("- Lưu: VT, VP.")
    L("GIÁM ĐỐC")
    F("Thành phố Vĩnh Long 812 giấy phép; thị xã Bình Minh 394 giấy phép; huyện Long Hồ 465 giấy phép; Mang Thít "
      "318 giấy phép; Vũng Liêm 427 giấy phép; Tam Bình 386 giấy phép; Trà Ôn 352 giấy phép; Bình Tân 290 giấy phép.")
    F(f"Theo số liệu tổng hợp của Cục Thống kê, năm 2023 toàn tỉnh "
      f"{d.amb('cấp 3.251 giấy phép', 'repeat', '2023 permits given as 3.215 in the body; the footnote counts adjusted/extended permits too, so the scopes may differ, or it is a transposition')} "
      f"xây dựng (bao gồm cả giấy phép điều chỉnh, gia hạn).")
    F(f"Năm 2021 hoàn thành 186 căn; năm 2022: 214 căn; năm 2023: 336 căn; "
      f"{d.rep(612, tmpl='năm 2024: {} căn')}.")
    return d


# ============================================================================ draft 2
def draft2():
    d = Doc("d11-02-trung-tam-van-hoa-truyen-thanh.txt", "Trung tâm VH-TT&TT huyện - năm 2024")
    L, F = d.L, d.F
    L("UBND HUYỆN CHÂU THÀNH")
    L("TRUNG TÂM VĂN HÓA, THÔNG TIN VÀ TRUYỀN THANH")
    L("Số: .../BC-TTVHTT")
    L("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    L("Độc lập - Tự do - Hạnh phúc")
    L("Châu Thành, ngày ... tháng 12 năm 2024")
    L("BÁO CÁO")
    L("Tổng kết hoạt động năm 2024 và phương hướng, nhiệm vụ năm 2025")
    L("Căn cứ Kế hoạch số 05/KH-TTVHTT ngày 10/01/2024 của Trung tâm Văn hóa, Thông tin và Truyền thanh huyện về "
      "hoạt động năm 2024; thực hiện Công văn số 1856/UBND-VX ngày 28/11/2024 của Ủy ban nhân dân huyện, Trung tâm báo "
      "cáo kết quả hoạt động năm 2024 như sau:")
    L("I. ĐẶC ĐIỂM TÌNH HÌNH")
    L(f"Huyện có {d.total([13, 1], tmpl='{} đơn vị hành chính cấp xã')} (13 xã, 01 thị trấn) với 96 ấp, khu phố và "
      f"36.842 hộ gia đình. Trung tâm được giao 18 số lượng người làm việc; hiện có "
      f"{d.total([16, 3], tmpl='{} người')} (16 viên chức, 03 hợp đồng lao động), trong đó {d.subset(7, 19, 'nữ {} người', f=z)}; "
      f"viên chức có trình độ đại học 12 người, {d.share(12, 16, tmpl='chiếm {} số viên chức', dp=0)}.")
    L("Năm 2024 là năm có nhiều sự kiện chính trị quan trọng của đất nước, của tỉnh và huyện; được sự quan tâm lãnh "
      "đạo, chỉ đạo của Huyện ủy, Ủy ban nhân dân huyện, sự hướng dẫn chuyên môn của Sở Văn hóa, Thể thao và Du lịch, "
      "Đài Phát thanh và Truyền hình tỉnh, Trung tâm đã chủ động xây dựng kế hoạch, bám sát nhiệm vụ chính trị của địa "
      "phương. Tuy nhiên, trang thiết bị kỹ thuật của hệ thống truyền thanh đã xuống cấp, một số cụm loa lắp đặt từ "
      "năm 2015 thường xuyên hư hỏng; đội ngũ viên chức làm công tác biên tập còn thiếu, phải kiêm nhiệm nhiều việc.")
    L("II. KẾT QUẢ HOẠT ĐỘNG NĂM 2024")
    L("1. Công tác thông tin, tuyên truyền trên hệ thống truyền thanh")
    L(f"Trong năm, Trung tâm đã biên tập, phát sóng 312 chương trình thời sự địa phương "
      f"({d.ratio(312, 52, tmpl='{} chương trình/tuần', dp=0, mode='avg', why='52 weeks')}), tổng thời lượng 4.680 phút, "
      f"{d.ratio(4680, 312, tmpl='bình quân {} phút', dp=0, mode='avg')} mỗi chương trình; thực hiện "
      f"{d.total([1425, 318, 103], tmpl='{} tin, bài')} (gồm 1.425 tin, 318 bài, 103 phóng sự), "
      f"{d.diff(1846, 1632, tmpl='{w} {v} tin, bài')} {d.term('năm 2023', 'năm 2023', tmpl='so với {} (1.632 tin, bài)')}{FN}, "
      f"{d.ratio(1846, 1632, tmpl='bằng {}')}. Riêng tin, bài tuyên truyền xây dựng nông thôn mới 412 tin, bài, "
      f"{d.share(412, 1846)}; tin, bài do cộng tác viên cơ sở gửi về 685 tin, bài, "
      f"{d.share(685, 1846, st='trunc', tmpl='chiếm {}', exp='rounding')}. Duy trì 52 chuyên mục “Nông thôn mới”, 52 "
      f"chuyên mục “Pháp luật và đời sống”, 24 chuyên mục “An toàn giao thông”, "
      f"{d.total([52, 52, 24], tmpl='tổng cộng {} chuyên mục')} phát trong chương trình thời sự.")
    L(f"Cộng tác với Đài Phát thanh và Truyền hình tỉnh {d.total([174, 112], tmpl='{} tin, bài, phóng sự')}, trong đó "
      f"phát trên sóng truyền hình 174 tin, phóng sự, phát thanh 112 tin, bài; "
      f"{d.ratio(286, 240, tmpl='đạt {}')} chỉ tiêu Đài tỉnh giao (240 tin, bài). Trang thông tin điện tử huyện đăng tải "
      f"1.274 tin, bài, ảnh; Fanpage của Trung tâm đăng 936 bài viết, trong đó bài có video 412 bài, "
      f"{d.amb('bài có ảnh 587 bài', 'subset', '412 + 587 = 999 > 936: a post may carry both video and photos, so the two parts may overlap; not decidable')}; "
      f"lượt tiếp cận đạt 1,28 triệu lượt, "
      f"{d.amb('tăng 1.125%', 'ratio', 'written with a dot: 1.125 % (plausible for a new fanpage) or a mistyped 11,25 %; the 2023 reach is not stated')} "
      f"so với năm 2023.")
    L("2. Hệ thống đài truyền thanh cơ sở")
    L(f"Toàn huyện có {d.total([9, 5], tmpl='{} đài truyền thanh cấp xã')}, gồm 09 đài ứng dụng công nghệ thông tin - "
      f"viễn thông ({d.share(9, 14)}) và 05 đài truyền thanh không dây FM; "
      f"{d.frac(14, 14, tmpl='{f} xã, thị trấn', known=14)} có đài hoạt động thường xuyên. Tổng số "
      f"{d.total([276, 152], tmpl='{} cụm loa')} trên địa bàn (cụm loa ứng dụng công nghệ thông tin - viễn thông 276 cụm, "
      f"cụm loa FM 152 cụm); số ấp, khu phố có cụm loa hoạt động {d.frac(91, 96, tmpl='{f} ấp, khu phố, đạt {p}', known=96)}.")
    L(f"Năm 2024, từ nguồn vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới, Trung tâm phối hợp "
      f"{d.diff(276, 238, tmpl='lắp mới {v} cụm loa', why='CNTT-VT clusters went from 238 to 276')} ứng dụng công nghệ "
      f"thông tin - viễn thông, nâng số cụm loa loại này từ 238 cụm lên 276 cụm, tổng kinh phí 1.254 triệu đồng, "
      f"{d.ratio(1254, 38, tmpl='bình quân {} triệu đồng/cụm', dp=0, mode='avg')}. Trong năm đã sửa chữa, thay thế thiết "
      f"bị cho 47 cụm loa hư hỏng, "
      f"{d.share(47, 428, st='10,89', tmpl='chiếm {} tổng số cụm loa', exp='inconsistent', why='10,98 with digits transposed')}.")
    L("Nội dung thông tin trên hệ thống truyền thanh bám sát các nhiệm vụ trọng tâm của huyện: phòng, chống hạn hán, "
      "xâm nhập mặn mùa khô 2023 - 2024; chuyển đổi số; cải cách hành chính; phòng, chống tội phạm và tệ nạn xã hội; "
      "vận động Nhân dân tham gia bảo hiểm xã hội tự nguyện, bảo hiểm y tế hộ gia đình. Các đài truyền thanh cấp xã "
      "tiếp âm đầy đủ chương trình của Đài Tiếng nói Việt Nam, Đài Phát thanh và Truyền hình tỉnh và chương trình thời "
      "sự của huyện theo đúng khung giờ quy định; kịp thời thông tin cảnh báo thời tiết nguy hiểm, lịch thời vụ và "
      "khuyến cáo phòng, chống dịch bệnh trên cây trồng, vật nuôi đến từng ấp, khu phố.")
    L("3. Tuyên truyền cổ động trực quan, lưu động")
    L(f"Thực hiện {d.total([846, 212, 68], tmpl='{} băng rôn, khẩu hiệu, pa nô')} (gồm 846 băng rôn, 212 khẩu hiệu, 68 pa "
      f"nô) chào mừng các ngày lễ lớn: kỷ niệm "
      f"{d.diff(2024, 1930, tmpl='{v} năm', w='', words=('', '-'), why='03/02/1930 - 03/02/2024')} Ngày thành lập Đảng "
      f"Cộng sản Việt Nam (03/02/1930 - 03/02/2024), "
      f"{d.diff(2024, 1954, tmpl='{v} năm Chiến thắng', w='', words=('', '-'), why='1954 - 2024')} Điện Biên Phủ "
      f"(07/5/1954 - 07/5/2024), "
      f"{d.diff(2024, 1945, tmpl='{v} năm Cách mạng', w='', words=('', '-'), why='1945 - 2024')} tháng Tám và Quốc khánh "
      f"02/9 (1945 - 2024); tổ chức 14 đợt tuyên truyền lưu động bằng xe loa với 126 buổi, "
      f"{d.ratio(126, 14, tmpl='bình quân {} buổi', dp=0, mode='avg')} mỗi đợt.")
    L("4. Hoạt động văn hóa, văn nghệ, xây dựng đời sống văn hóa")
    L(f"Tổ chức và phối hợp tổ chức {d.total([15, 9], tmpl='{} chương trình văn nghệ')}, trong đó Trung tâm chủ trì 15 "
      f"chương trình, phối hợp 09 chương trình, thu hút khoảng 18.500 lượt người xem, "
      f"{d.ratio(18500, 24, tmpl='bình quân {} lượt', dp=0, mode='avg')}/chương trình. Đội văn nghệ Trung tâm tham gia Liên "
      f"hoan Đờn ca tài tử tỉnh đạt 01 giải A, 02 giải B và 03 giải C, {d.total([1, 2, 3], tmpl='tổng cộng {} giải', f=z)}.")
    L(f"Kết quả bình xét năm 2024 có {d.frac(92, 96, tmpl='{f} ấp, khu phố', known=96)} đạt danh hiệu “Ấp văn hóa”, "
      f"“Khu phố văn hóa” ({d.share(92, 96, tmpl='{}')}), {d.diff(92, 90, tmpl='{w} {v} ấp', f=z)} so với "
      f"{d.term('năm 2022', 'năm 2023', tmpl='{} (90 ấp)', exp='inconsistent', why='the year compared against is 2023 (the report compares 2024 with 2023 throughout)')}; "
      f"34.518 hộ đạt danh hiệu “Gia đình văn hóa”, {d.share(34518, 36842, tmpl='đạt {}')} tổng số hộ, "
      f"{d.points(D('93.69'), D('94.1'), tmpl='{w} {v}', dp=1)} so với năm trước (94,1%).")
    L("5. Hoạt động thể dục, thể thao")
    L(f"Tổ chức 11 giải thể thao cấp huyện{FN} với 1.385 lượt vận động viên; cử 06 đoàn với 84 vận động viên tham gia các "
      f"giải cấp tỉnh, {d.total([4, 5, 9], st=17, tmpl='đạt {} huy chương', exp='inconsistent', why='04 + 05 + 09 = 18')} "
      f"(04 huy chương vàng, 05 huy chương bạc, 09 huy chương đồng). Tỷ lệ người dân tập luyện thể dục, thể thao thường "
      f"xuyên đạt 38,6%, {d.points(D('38.6'), D('37.2'), tmpl='{w} {v}', dp=1)} {d.term('năm 2023', 'năm 2023', tmpl='so với {} (37,2%)')}; số gia đình thể "
      f"thao 8.215 hộ, {d.share(8215, 36842, tmpl='chiếm {} tổng số hộ', dp=1)}. Toàn huyện có 26 câu lạc bộ văn hóa - "
      f"văn nghệ, trong đó 09 câu lạc bộ đờn ca tài tử, "
      f"{d.share(9, 26, st='36,6', tmpl='chiếm {}', dp=1, exp='inconsistent', why='one-digit slip: 34,6')}; các câu lạc bộ "
      f"duy trì sinh hoạt định kỳ hằng tháng, góp phần bảo tồn, phát huy nghệ thuật đờn ca tài tử Nam Bộ.")
    L("6. Công tác thư viện")
    L(f"Thư viện huyện phục vụ 16.430 lượt bạn đọc, "
      f"{d.ratio(16430, 15128, tmpl='tăng {}', dp=1, mode='rel')} {d.term('năm 2023', 'năm 2023', tmpl='so với {} (15.128 lượt)')}, trong đó "
      f"{d.subset(9870, 16430, 'bạn đọc thiếu nhi {} lượt')}; luân chuyển 3.600 bản sách đến 12 tủ sách ấp.")
    L("7. Kinh phí hoạt động")
    L(f"Tổng dự toán kinh phí năm 2024 được giao {d.total([3412, 430], tmpl='{} triệu đồng')} (ngân sách huyện 3.412 "
      f"triệu đồng, nguồn thu sự nghiệp 430 triệu đồng), "
      f"{d.diff(3842, 3605, st=273, tmpl='{w} {v} triệu đồng', exp='inconsistent', why='3.842 - 3.605 = 237, digits swapped')} "
      f"{d.term('năm 2023', 'năm 2023', tmpl='so với {} (3.605 triệu đồng)')}; đến ngày 30/11/2024 đã chi 3.215 triệu đồng, "
      f"{d.share(3215, 3842, tmpl='đạt {}')}. Thu sự nghiệp từ cho thuê sân bãi, dịch vụ thông tin trên hệ thống truyền "
      f"thanh đạt 467 triệu đồng, {d.ratio(467, 430, tmpl='vượt {}', dp=1, mode='rel')} so với dự toán.")
    L("III. ĐÁNH GIÁ CHUNG")
    L(f"Năm 2024, Trung tâm đã hoàn thành các chỉ tiêu được giao: phát sóng {d.rep(312, tmpl='{} chương trình')} thời sự; "
      f"thực hiện {d.rep(1846, tmpl='{} tin, bài')}; {d.frac(14, 14, tmpl='{f} đài truyền thanh cấp xã', known=14)} hoạt động "
      f"ổn định; hệ thống {d.rep(428, st=482, tmpl='{} cụm loa', exp='inconsistent', why='digits transposed')} phủ "
      f"sóng hầu hết ấp, khu phố. Tuy nhiên, theo số liệu tổng hợp đến ngày 15/11/2024, Trung tâm "
      f"{d.amb('mới thực hiện 1.684 tin, bài', 'repeat', 'the year total is 1.846; an 11-month figure may be lower, but 1.684 is also a transposition of 1.846')}, "
      f"chất lượng một số phóng sự chưa cao; {d.diff(96, 91, tmpl='{v} ấp', f=z, why='96 hamlets - 91 with working loudspeakers')} chưa có cụm loa hoạt động.")
    L("Nguyên nhân của hạn chế: kinh phí đầu tư, sửa chữa hệ thống truyền thanh còn hạn hẹp; thiết bị ghi âm, dựng "
      "phóng sự chưa đồng bộ; đội ngũ cộng tác viên ở cơ sở chủ yếu kiêm nhiệm, chưa được bồi dưỡng nghiệp vụ thường "
      "xuyên; một số xã chưa quan tâm đúng mức đến hoạt động của đài truyền thanh cơ sở, việc phân công người phụ trách "
      "còn thay đổi nhiều lần trong năm.")
    L("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025")
    L(f"Phấn đấu thực hiện 1.900 tin, bài, "
      f"{d.ratio(1900, 1846, st='trunc', tmpl='tăng {}', mode='rel', exp='rounding')} so với năm 2024; phát sóng "
      f"{d.rep(312, tmpl='đủ {} chương trình')} thời sự; lắp mới 40 cụm loa, nâng "
      f"{d.frac(96, 96, tmpl='{f} ấp, khu phố', known=96)} có cụm loa hoạt động; 100% xã, thị trấn duy trì đài truyền "
      f"thanh ứng dụng công nghệ thông tin - viễn thông.")
    L("Tiếp tục đổi mới nội dung, hình thức thông tin, tuyên truyền; nâng cao chất lượng chương trình thời sự địa phương, "
      "tăng thời lượng phóng sự, gương người tốt, việc tốt; đẩy mạnh chuyển đổi số trong hoạt động truyền thanh, từng "
      "bước thay thế toàn bộ cụm loa FM bằng cụm loa ứng dụng công nghệ thông tin - viễn thông; phối hợp tổ chức các hoạt "
      "động văn hóa, văn nghệ, thể dục, thể thao chào mừng các ngày lễ lớn và Đại hội Đảng bộ các cấp.")
    L("V. KIẾN NGHỊ")
    L("Đề nghị Ủy ban nhân dân huyện quan tâm bố trí kinh phí thay thế thiết bị hư hỏng, bổ sung biên chế viên chức "
      "biên tập; đề nghị Sở Văn hóa, Thể thao và Du lịch tổ chức các lớp bồi dưỡng nghiệp vụ cho đội ngũ phụ trách đài "
      "truyền thanh cấp xã.")
    L("Trên đây là báo cáo tổng kết hoạt động năm 2024 và phương hướng, nhiệm vụ năm 2025 của Trung tâm Văn hóa, "
      "Thông tin và Truyền thanh huyện./.")
    L("Nơi nhận:")
    L("- UBND huyện;")
    L("- Phòng Văn hóa và Thông tin huyện;")
    L("- Lưu: VT.")
    L("GIÁM ĐỐC")
    F(f"Năm 2023 Trung tâm thực hiện {d.rep(1632, tmpl='{} tin, bài')}, phát sóng 312 chương trình.")
    F(f"Gồm 04 giải bóng đá, 03 giải bóng chuyền, 02 giải cầu lông và 02 giải cờ tướng, "
      f"{d.total([4, 3, 2, 2], tmpl='cộng {} giải')} cấp huyện.")
    return d


# ============================================================================ draft 3
def draft3():
    d = Doc("d11-03-chi-cuc-chan-nuoi-thu-y.txt", "Chi cục Chăn nuôi và Thú y tỉnh - năm 2024")
    L, F = d.L, d.F
    L("SỞ NÔNG NGHIỆP VÀ PTNT TỈNH BẾN TRE")
    L("CHI CỤC CHĂN NUÔI VÀ THÚ Y")
    L("Số:      /BC-CCCNTY")
    L("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    L("Độc lập - Tự do - Hạnh phúc")
    L("Bến Tre, ngày ... tháng 12 năm 2024")
    L("BÁO CÁO")
    L("Kết quả công tác chăn nuôi, thú y năm 2024 và kế hoạch năm 2025")
    L("Thực hiện Công văn số 3318/SNN-KH ngày 20/11/2024 của Sở Nông nghiệp và Phát triển nông thôn về việc báo cáo "
      "tổng kết năm 2024, Chi cục Chăn nuôi và Thú y báo cáo như sau:")
    L("I. TÌNH HÌNH TỔ CHỨC, BỘ MÁY")
    L(f"Chi cục có 04 phòng chuyên môn và 09 Trạm Chăn nuôi và Thú y cấp huyện; tổng số "
      f"{d.total([41, 47, 8], tmpl='{} công chức, viên chức, người lao động')} (công chức 41, viên chức 47, hợp đồng 08), "
      f"trong đó {d.subset(34, 96, 'trình độ thạc sĩ, bác sĩ thú y {} người')}, {d.subset(39, 96, 'nữ {} người')}.")
    L("Năm 2024, hoạt động chăn nuôi trên địa bàn tỉnh gặp nhiều khó khăn: hạn hán, xâm nhập mặn đầu năm làm thiếu "
      "nguồn thức ăn thô xanh cho đàn bò; giá thức ăn chăn nuôi ở mức cao trong khi giá heo hơi có thời điểm xuống thấp; "
      "bệnh Dịch tả heo châu Phi vẫn lưu hành rải rác tại nhiều địa phương. Được sự quan tâm chỉ đạo của Ủy ban nhân dân "
      "tỉnh, Sở Nông nghiệp và Phát triển nông thôn, sự phối hợp của chính quyền các cấp, Chi cục đã triển khai đồng bộ "
      "các giải pháp phát triển chăn nuôi theo hướng an toàn sinh học, kiểm soát có hiệu quả dịch bệnh động vật.")
    L("II. KẾT QUẢ THỰC HIỆN NĂM 2024")
    L("1. Tình hình chăn nuôi")
    L(f"Theo kết quả điều tra thời điểm 01/10/2024, đàn bò toàn tỉnh có 215.640 con, "
      f"{d.ratio(215640, 210688, tmpl='tăng {}', mode='rel')} "
      f"{d.term('cùng kỳ năm 2023', 'cùng kỳ năm 2023', tmpl='so với {} (210.688 con)')}; đàn heo 328.450 con, "
      f"{d.diff(328450, 333410, tmpl='{w} {v} con')} so với cùng kỳ (333.410 con), {d.ratio(328450, 333410, tmpl='bằng {}')}; "
      f"đàn dê 76.820 con, {d.ratio(76820, 71530, tmpl='tăng {}', dp=1, mode='rel')} (cùng kỳ 71.530 con); đàn trâu 1.254 "
      f"con; tổng đàn gia cầm "
      f"{d.total([D('4.86'), D('2.21'), D('0.35')], tmpl='{} triệu con', f=num)} (gà 4,86 triệu con, vịt 2,21 triệu con, "
      f"chim cút và gia cầm khác 0,35 triệu con). Sản lượng trứng gia cầm đạt 312,6 triệu quả, "
      f"{d.diff(D('312.6'), D('294.2'), tmpl='{w} {v} triệu quả', f=num)} so với "
      f"{d.term('năm 2022', 'năm 2023', tmpl='{} (294,2 triệu quả)', exp='inconsistent', why='the year compared against is 2023; the report compares 2024 with 2023 throughout')}, "
      f"{d.ratio(D('312.6'), D('294.2'), tmpl='bằng {}')}.")
    L(f"Trong tổng đàn bò, bò lai Zebu 186.420 con, "
      f"{d.amb('bò thịt chất lượng cao 41.380 con', 'subset', '186.420 + 41.380 = 227.800 > 215.640: breed (lai Zebu) and quality class may overlap; each part <= 215.640')}; "
      f"đàn heo có {d.subset(42680, 328450, 'heo nái {} con')}, {d.subset(271340, 328450, 'heo thịt {} con', others=[42680], why='one dimension, remaining: boars and piglets')}.")
    L(f"Sản lượng thịt hơi xuất chuồng năm 2024 ước đạt {d.total([86350, 24120, 29870, 2340], tmpl='{} tấn')} (thịt heo "
      f"86.350 tấn, thịt bò 24.120 tấn, thịt gia cầm 29.870 tấn, thịt dê 2.340 tấn), "
      f"{d.ratio(142680, 140000, tmpl='đạt {}')} kế hoạch (140.000 tấn). Toàn tỉnh có "
      f"{d.total([38, 126, 248], tmpl='{} trang trại chăn nuôi')}{FN} (quy mô lớn 38, quy mô vừa 126, quy mô nhỏ 248), trong đó "
      f"{d.share(38, 412, tmpl='trang trại quy mô lớn chiếm {}')}; có 58 trang trại được chứng nhận VietGAHP, "
      f"{d.share(58, 412, st='trunc', tmpl='chiếm {}', exp='rounding')}. Trong năm đã cấp "
      f"{d.total([62, 152], tmpl='{} giấy chứng nhận đủ điều kiện chăn nuôi')} (trang trại 62, nông hộ chăn nuôi quy mô "
      f"lớn 152) và công nhận {d.total([9, 3], tmpl='{} cơ sở an toàn dịch bệnh', f=z)} (trang trại 09, nông hộ 03).")
    L("2. Công tác tiêm phòng")
    L(f"Vắc xin Lở mồm long móng đã tiêm cho trâu, bò {d.total([176240, 182680], tmpl='{} liều')} (đợt 1: 176.240 con; "
      f"đợt 2: 182.680 con). Tổng đàn trâu, bò thuộc diện tiêm là "
      f"{d.total([215640, 1254], tmpl='{} con', why='cattle 215.640 + buffalo 1.254 stated above')}; tỷ lệ tiêm đợt 1 "
      f"{d.share(176240, 216894, st='trunc', tmpl='đạt {}', exp='rounding')}, đợt 2 "
      f"{d.share(182680, 216894, st='84,32', tmpl='đạt {}', exp='inconsistent', why='84,23 with digits transposed')}. "
      f"Tiêm phòng dại cho chó, mèo {d.frac(68410, 183250, tmpl='{f} con, đạt {p}')}, "
      f"{d.points(D('37.33'), D('33.21'), tmpl='{w} {v}')} {d.term('năm 2023', 'năm 2023', tmpl='so với {} (33,21%)')}; tiêm phòng cúm gia cầm 2,86 triệu "
      f"liều, {d.share(D('2.86'), D('7.42'), tmpl='bằng {} tổng đàn gia cầm', dp=1)}.")
    L(f"Năm 2024, Chi cục tiếp nhận, cấp phát {d.total([362000, 63600], tmpl='{} liều vắc xin')} các loại (Lở mồm long "
      f"móng 362.000 liều, dại 63.600 liều) theo Quyết định số 1185/QĐ-UBND ngày 05/3/2024 của Ủy ban nhân dân tỉnh; "
      f"{d.rep(358920, tmpl='đã tiêm {} liều')} Lở mồm long móng, "
      f"{d.share(358920, 362000, tmpl='bằng {} số liều được cấp')}.")
    L("3. Tình hình dịch bệnh")
    L("Chi cục thường xuyên theo dõi, cập nhật diễn biến dịch bệnh; chỉ đạo các Trạm Chăn nuôi và Thú y phối hợp với "
      "Ủy ban nhân dân cấp xã giám sát chặt chẽ các hộ chăn nuôi nhỏ lẻ, phát hiện sớm, khoanh vùng, xử lý triệt để ổ "
      "dịch ngay khi mới phát sinh; thực hiện tiêu độc khử trùng định kỳ theo Tháng hành động vệ sinh, tiêu độc, khử "
      "trùng môi trường chăn nuôi đợt 1 và đợt 2 năm 2024.")
    L(f"Năm 2024 bệnh Dịch tả heo châu Phi xảy ra tại 46 hộ thuộc 19 xã của 06 huyện{FN}; tổng số heo bệnh, chết và tiêu "
      f"hủy 1.286 con, trọng lượng 68.540 kg ({d.ratio(68540, 1286, tmpl='bình quân {} kg/con', dp=1, mode='avg')}). "
      f"So với năm 2023, số hộ có dịch {d.diff(46, 83, tmpl='{w} {v} hộ')} (83 hộ){FN}, số heo tiêu hủy "
      f"{d.diff(1286, 3228, st=1924, tmpl='{w} {v} con', exp='inconsistent', why='3.228 - 1.286 = 1.942')} (3.228 con). "
      f"Đến ngày 30/11/2024 có {d.frac(41, 46, tmpl='{f} ổ dịch đã qua 21 ngày ({p})', known=46)}, "
      f"{d.diff(46, 41, tmpl='còn {v} ổ dịch', f=z)} chưa qua 21 ngày. Đã hỗ trợ thiệt hại 2.056,2 triệu đồng cho 68.540 kg heo tiêu "
      f"hủy, {d.ratio(2056200000, 68540, tmpl='tương ứng {} đồng/kg', dp=0, mode='avg')}. Trong năm không phát sinh dịch "
      f"cúm gia cầm, Lở mồm long móng; bệnh dại làm 02 người tử vong, "
      f"{d.diff(2, 1, tmpl='{w} {v} trường hợp', f=z)} so với năm 2023 (01 trường hợp). Đã thành lập đội phản ứng nhanh "
      f"tại {d.frac(9, 9, tmpl='{f} huyện, thành phố', f=z, known=9)}.")
    L("4. Công tác kiểm dịch, kiểm soát giết mổ")
    L(f"Kiểm dịch vận chuyển ra ngoài tỉnh "
      f"{d.total([214350, 18420, 1003710], st=1236840, tmpl='{} con gia súc, gia cầm', exp='inconsistent', why='parts sum to 1.236.480; the total has two digits swapped')} "
      f"(heo 214.350 con, bò 18.420 con, gia cầm 1.003.710 con) và 62,4 triệu quả trứng; kiểm soát giết mổ tại 38 cơ sở "
      f"giết mổ tập trung với 386.920 con heo, 21.460 con bò. Cấp "
      f"{d.total([31, 53], tmpl='{} giấy chứng nhận đủ điều kiện vệ sinh thú y')}, trong đó cơ sở giết mổ 31, cơ sở kinh "
      f"doanh sản phẩm động vật 53. Tỷ lệ gia súc được giết mổ tập trung đạt 64,5%, "
      f"{d.points(D('64.5'), D('61.3'), tmpl='{w} {v}', dp=1)} {d.term('năm 2023', 'năm 2023', tmpl='so với {} (61,3%)')}.")
    L("Công tác kiểm dịch động vật tại các chốt kiểm dịch đầu mối giao thông được duy trì 24/24 giờ; phối hợp với lực "
      "lượng Công an, Quản lý thị trường kiểm tra đột xuất các phương tiện vận chuyển động vật, sản phẩm động vật không "
      "rõ nguồn gốc. Các cơ sở giết mổ tập trung cơ bản chấp hành quy định về vệ sinh thú y; tuy nhiên tình trạng giết "
      "mổ nhỏ lẻ tại hộ gia đình, nhất là vào dịp lễ, Tết, vẫn còn xảy ra ở một số địa phương.")
    L("5. Thanh tra, kiểm tra; giám sát dịch bệnh")
    L(f"Kiểm tra {d.amb('124 cơ sở kinh doanh', 'sum', 'parts 68 (thuốc thú y) + 71 (thức ăn chăn nuôi) = 139 > 124: one establishment may trade both, so the parts may overlap; not decidable')} "
      f"thuốc thú y, thức ăn chăn nuôi (kinh doanh thuốc thú y 68 cơ sở, thức ăn chăn nuôi 71 cơ sở); phát hiện 17 cơ sở "
      f"vi phạm, {d.share(17, 124)}, xử phạt 86,5 triệu đồng. Lấy {d.total([596, 24], tmpl='{} mẫu giám sát')} lưu hành "
      f"vi rút, kết quả 596 mẫu âm tính, 24 mẫu dương tính, "
      f"{d.share(24, 620, st='4,03', tmpl='chiếm {} tổng số mẫu', exp='inconsistent', why='4,03% = 24/596, computed on the negative samples instead of all 620')}.")
    L("Công tác quản lý nhà nước về thuốc thú y, thức ăn chăn nuôi được tăng cường; Chi cục chủ động phối hợp với các "
      "ngành chức năng hướng dẫn cơ sở kinh doanh thực hiện đúng quy định về điều kiện kinh doanh, ghi nhãn hàng hóa, "
      "sử dụng kháng sinh trong thức ăn chăn nuôi; các trường hợp vi phạm đều được xử lý nghiêm, công khai trên phương "
      "tiện thông tin đại chúng.")
    L(f"Tổ chức 86 lớp tập huấn kỹ thuật chăn nuôi an toàn sinh học, phòng, chống dịch bệnh với 3.240 lượt người "
      f"tham dự, {d.ratio(3240, 86, tmpl='bình quân {} người', dp=0, mode='avg')}/lớp.")
    L("6. Kinh phí")
    L(f"Kinh phí phòng, chống dịch bệnh động vật năm 2024 được phân bổ {d.total([7800, 4700], tmpl='{} triệu đồng')} "
      f"(ngân sách tỉnh 7.800 triệu đồng, ngân sách huyện 4.700 triệu đồng); đã sử dụng 9.860 triệu đồng, "
      f"{d.share(9860, 12500, tmpl='đạt {}')}, trong đó mua vắc xin "
      f"{d.subset(6215, 9860, 'Lở mồm long móng {} triệu đồng')}.")
    L("III. ĐÁNH GIÁ CHUNG")
    L(f"Năm 2024 tổng đàn bò {d.rep(215640, tmpl='đạt {} con')} tiếp tục tăng; sản lượng thịt hơi "
      f"{d.rep(142680, tmpl='{} tấn')} vượt kế hoạch; dịch tả heo châu Phi được kiểm soát, số hộ có dịch giảm mạnh còn "
      f"{d.rep(46, st=45, tmpl='{} hộ', exp='inconsistent', why='one-digit slip')}. Tỷ lệ tiêm phòng Lở mồm long móng "
      f"đợt 2 chưa đạt yêu cầu (trên 80% tổng đàn trong diện tiêm nhưng không đồng đều giữa các huyện)...")
    L("Tồn tại, hạn chế: chăn nuôi nông hộ nhỏ lẻ còn chiếm tỷ trọng lớn, điều kiện an toàn sinh học thấp; việc kiểm "
      "soát vận chuyển, giết mổ nhỏ lẻ chưa chặt chẽ; tỷ lệ tiêm phòng vắc xin dại cho chó, mèo còn thấp; mạng lưới thú "
      "y cơ sở hoạt động kiêm nhiệm, chế độ phụ cấp chưa tương xứng. Nguyên nhân chủ yếu do người chăn nuôi chưa chủ động "
      "tiêm phòng, còn tâm lý trông chờ vào vắc xin hỗ trợ của Nhà nước; nguồn kinh phí địa phương dành cho công tác "
      "phòng, chống dịch bệnh còn hạn chế.")
    L("IV. KẾ HOẠCH NĂM 2025")
    L(f"Phấn đấu tổng đàn bò đạt 220.000 con, "
      f"{d.ratio(220000, 215640, tmpl='tăng {}', mode='rel')} so với năm 2024; sản lượng thịt hơi 146.500 tấn, "
      f"{d.diff(146500, 142680, tmpl='{w} {v} tấn')} "
      f"{d.term('năm 2024', 'năm 2024', tmpl='so với ước thực hiện {}')}; tỷ lệ tiêm phòng Lở mồm long móng đạt trên "
      f"80% tổng đàn trâu, bò trong diện tiêm; 100% ổ dịch được phát hiện, xử lý trong vòng 48 giờ.")
    L("Để thực hiện kế hoạch trên, Chi cục tập trung triển khai các giải pháp: tăng cường tuyên truyền người chăn nuôi "
      "chủ động tiêm phòng; giám sát chủ động dịch bệnh; kiểm soát chặt chẽ vận chuyển động vật qua địa bàn tỉnh; khuyến "
      "khích phát triển chăn nuôi trang trại, liên kết theo chuỗi giá trị gắn với xây dựng cơ sở an toàn dịch bệnh.")
    L("Trên đây là báo cáo kết quả công tác chăn nuôi, thú y năm 2024 và kế hoạch năm 2025 của Chi cục Chăn nuôi và "
      "Thú y./.")
    L("Nơi nhận:")
    L("- Sở Nông nghiệp và PTNT;")
    L("- Cục Thú y, Cục Chăn nuôi;")
    L("- Lưu: VT, KH.")
    L("CHI CỤC TRƯỞNG")
    F(f"Theo kết quả kê khai hoạt động chăn nuôi trang trại theo Luật Chăn nuôi, toàn tỉnh có "
      f"{d.amb('409 trang trại', 'repeat', 'body gives 412 farms; the declaration register (kê khai) may lag the survey, or a typo; scopes differ')} "
      f"đã kê khai.")
    F(f"Theo số liệu cập nhật đến ngày 15/12/2024, bệnh Dịch tả heo châu Phi "
      f"{d.amb('xảy ra tại 48 hộ', 'repeat', 'body gives 46 households for the year; the footnote is dated later (15/12), so 48 may include new outbreaks; not decidable')} "
      f"thuộc 20 xã.")
    F(f"Năm 2023: {d.rep(83, tmpl='{} hộ có dịch')}, {d.rep(3228, tmpl='{} con heo')} bị tiêu hủy.")
    return d


# ============================================================================ draft 4
def draft4():
    d = Doc("d11-04-truong-cao-dang-nghe.txt", "Trường Cao đẳng nghề - tổng kết năm học 2023 - 2024")
    L, F = d.L, d.F
    Y, Yp, Ypp = "năm học 2023 - 2024", "năm học 2022 - 2023", "năm học 2021 - 2022"
    L("UBND TỈNH SÓC TRĂNG")
    L("TRƯỜNG CAO ĐẲNG KỸ THUẬT - CÔNG NGHỆ")
    L("Số: ...../BC-CĐKTCN")
    L("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    L("Độc lập - Tự do - Hạnh phúc")
    L("Sóc Trăng, ngày ... tháng 8 năm 2024")
    L("BÁO CÁO")
    L("Tổng kết năm học 2023 - 2024 và phương hướng, nhiệm vụ năm học 2024 - 2025")
    L("Thực hiện Công văn số 1205/LĐTBXH-GDNN ngày 12/7/2024 của Sở Lao động - Thương binh và Xã hội về việc báo cáo "
      "tổng kết năm học; căn cứ Kế hoạch số 86/KH-CĐKTCN ngày 28/8/2023 của Hiệu trưởng về nhiệm vụ năm học 2023 - "
      "2024, Nhà trường báo cáo kết quả như sau:")
    L("I. ĐẶC ĐIỂM TÌNH HÌNH")
    L(f"Trường có 05 phòng chức năng, 06 khoa và 01 trung tâm; tổng số "
      f"{d.total([164, 22], tmpl='{} viên chức, người lao động')} (viên chức 164, hợp đồng lao động 22). Đội ngũ nhà giáo "
      f"{d.total([112, 16], tmpl='{} người')} (cơ hữu 112, thỉnh giảng 16), trong đó {d.subset(47, 128, 'nữ {} người')}; "
      f"trình độ thạc sĩ trở lên 71 người, {d.share(71, 112, tmpl='chiếm {} giảng viên cơ hữu')}; nhà giáo cơ hữu đạt chuẩn "
      f"kỹ năng nghề {d.frac(98, 112, tmpl='{f} người ({p})', dp=1, known=112)}.")
    L(f"Nhà trường đào tạo {d.total([12, 16], tmpl='{} ngành, nghề')} (cao đẳng 12, trung cấp 16) và các nghề trình độ "
      f"sơ cấp; trong năm học đã rà soát, cập nhật {d.frac(17, 28, tmpl='{f} chương trình đào tạo, đạt {p}', known=28)} theo "
      f"Thông tư số 04/2022/TT-BLĐTBXH. Tỷ lệ học sinh, sinh viên trên nhà giáo cơ hữu "
      f"{d.ratio(2083, 112, tmpl='bình quân {} HSSV/nhà giáo', dp=1, mode='avg', why='2.083 HSSV at 31/5/2024, 112 tenured teachers')}.")
    L("Năm học 2023 - 2024, Nhà trường triển khai nhiệm vụ trong bối cảnh nhu cầu tuyển dụng lao động qua đào tạo của "
      "các doanh nghiệp trong và ngoài tỉnh tăng trở lại; tuy nhiên, tâm lý chuộng bằng đại học của người học và phụ "
      "huynh vẫn còn nặng nề, cạnh tranh tuyển sinh giữa các cơ sở giáo dục nghề nghiệp ngày càng gay gắt. Cơ sở vật "
      "chất, thiết bị đào tạo một số nghề trọng điểm đã được đầu tư nhưng chưa đồng bộ, một số thiết bị lạc hậu so với "
      "công nghệ sản xuất thực tế tại doanh nghiệp.")
    L("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM HỌC 2023 - 2024")
    L("1. Công tác tuyển sinh")
    L(f"Chỉ tiêu tuyển sinh năm 2023 được giao {d.total([650, 800, 1000], tmpl='{} người')} (cao đẳng 650, trung cấp 800, "
      f"sơ cấp và đào tạo thường xuyên 1.000). Kết quả tuyển sinh "
      f"{d.total([584, 862, 1172], tmpl='{} người')}, {d.ratio(2618, 2450, tmpl='đạt {}')} kế hoạch, chia ra: cao đẳng "
      f"584 người ({d.ratio(584, 650, st='98,85', tmpl='đạt {}', exp='inconsistent', why='one digit: 89,85')}); trung cấp "
      f"862 người ({d.ratio(862, 800, tmpl='{}')}); sơ cấp và đào tạo thường xuyên 1.172 người "
      f"({d.ratio(1172, 1000, tmpl='{}', dp=1)}).")
    L("Công tác tuyển sinh được triển khai sớm, đa dạng hình thức: phối hợp với Sở Giáo dục và Đào tạo, các trường "
      "trung học cơ sở, trung học phổ thông tổ chức tư vấn hướng nghiệp trực tiếp; quảng bá trên Báo, Đài Phát thanh và "
      "Truyền hình tỉnh, mạng xã hội; xét tuyển trực tuyến nhiều đợt trong năm, tạo thuận lợi cho người học.")
    L(f"So với {d.term(Ypp, Yp, tmpl='{} (2.395 người)', exp='inconsistent', why='the year before 2023 - 2024 is 2022 - 2023')}, "
      f"số tuyển mới {d.diff(2618, 2395, st=232, tmpl='{w} {v} người', exp='inconsistent', why='2.618 - 2.395 = 223, digits swapped')}. "
      f"Trong số tuyển mới trung cấp có 618 học sinh tốt nghiệp trung học cơ sở, "
      f"{d.share(618, 862, tmpl='chiếm {} tuyển sinh trung cấp')}; {d.subset(738, 2618, 'học sinh, sinh viên nữ {} người')}, "
      f"{d.subset(412, 2618, 'người dân tộc Khmer {}')}.")
    L("2. Quy mô và kết quả đào tạo")
    L(f"Tính đến ngày 31/5/2024, tổng số học sinh, sinh viên (HSSV) đang theo học "
      f"{d.total([1126, 957], tmpl='là {} HSSV')} (cao đẳng 1.126, trung cấp 957). Kết quả học tập: xuất sắc 42 HSSV "
      f"({d.share(42, 2083, tmpl='{}')}), giỏi 318 HSSV ({d.share(318, 2083, st='trunc', tmpl='{}', exp='rounding')}), khá "
      f"986 HSSV ({d.share(986, 2083, tmpl='{}')}), trung bình 641 HSSV ({d.share(641, 2083, tmpl='{}')}), yếu 96 HSSV "
      f"({d.share(96, 2083, tmpl='{}')}); "
      f"{d.total([42, 318, 986, 641, 96], st=2083, tmpl='cộng {} HSSV được xếp loại')}.")
    L(f"Xếp loại rèn luyện tốt và xuất sắc 1.687 HSSV, {d.share(1687, 2083, st='trunc', tmpl='chiếm {}', exp='rounding')}. "
      f"Kỷ luật {d.total([9, 4, 2], st=14, tmpl='{} HSSV', exp='inconsistent', why='09 + 04 + 02 = 15')} (khiển trách 09, "
      f"cảnh cáo 04, đình chỉ học tập có thời hạn 02). Số HSSV bỏ học 127 người, "
      f"{d.share(127, 2083, tmpl='tỷ lệ {}', dp=1)}, {d.points(D('6.1'), D('6.9'), tmpl='{w} {v}', dp=1)} so với "
      f"{d.term('năm học trước', 'năm học trước', tmpl='{} (6,9%)')}. Học bổng khuyến khích học tập được cấp cho "
      f"{d.total([42, 318], tmpl='{} HSSV')} đạt loại xuất sắc và giỏi.")
    L("3. Thi, xét tốt nghiệp")
    L(f"Tổ chức thi, xét tốt nghiệp cho {d.total([398, 626], tmpl='{} HSSV')} (cao đẳng 398, trung cấp 626); công nhận "
      f"tốt nghiệp {d.total([371, 590], tmpl='{} HSSV')}, {d.share(961, 1024, tmpl='đạt {}')}, trong đó cao đẳng "
      f"{d.frac(371, 398, tmpl='{f} ({p})')}, trung cấp {d.frac(590, 626, tmpl='{f} ({p})')}. Số tốt nghiệp loại giỏi, "
      f"xuất sắc 176 HSSV, "
      f"{d.share(176, 961, st='17,19', tmpl='chiếm {} số HSSV tốt nghiệp', exp='inconsistent', why='17,19% = 176/1.024, the candidates, not the 961 graduates named')}.")
    L("4. Công tác giải quyết việc làm")
    L(f"Khảo sát tình hình việc làm đối với {d.rep(961, tmpl='{} HSSV tốt nghiệp')}{FN}: có việc làm 874 người, "
      f"{d.share(874, 961, tmpl='chiếm {}')}, {d.points(D('90.95'), D('88.8'), tmpl='{w} {v}')} so với "
      f"{d.term(Yp, Yp, tmpl='{} (88,8%)')}; trong đó làm đúng nghề đào tạo 712 người, "
      f"{d.share(712, 874, tmpl='bằng {} số có việc làm')}; "
      f"{d.subset(742, 874, 'làm việc tại doanh nghiệp {} người', others=[96], why='one dimension, remaining: public sector, others')}, "
      f"tự tạo việc làm 96 người. Đi làm việc ở nước ngoài theo hợp đồng "
      f"{d.total([29, 6, 3], tmpl='{} người')} (Nhật Bản 29, Hàn Quốc 06, Đài Loan 03).")
    L("Nhà trường phối hợp với Trung tâm Dịch vụ việc làm tỉnh tổ chức Ngày hội việc làm cho HSSV sắp tốt nghiệp, giới "
      "thiệu nhiều vị trí tuyển dụng tại các khu công nghiệp trong tỉnh và các tỉnh Bình Dương, Đồng Nai, Long An; đồng "
      "thời duy trì kênh thông tin tuyển dụng trên trang thông tin điện tử của Nhà trường để kết nối HSSV với doanh nghiệp.")
    L(f"Nhà trường ký kết hợp tác đào tạo với "
      f"{d.amb('64 doanh nghiệp', 'sum', 'trong đó trong tỉnh 41 + ngoài tỉnh 21 = 62 < 64: the two location values look exhaustive, yet foreign firms may make up the rest; not decidable')}, "
      f"trong đó doanh nghiệp trong tỉnh 41, ngoài tỉnh 21; "
      f"{d.diff(64, 52, tmpl='{w} {v} doanh nghiệp')} so với năm học trước (52 doanh nghiệp).")
    L(f"Hội giảng nhà giáo giáo dục nghề nghiệp cấp tỉnh năm 2024, Nhà trường cử "
      f"{d.total([1, 2, 3], tmpl='{} nhà giáo dự thi', f=z)}, tất cả đều đạt giải (01 giải nhất, 02 giải nhì, "
      f"03 giải ba). Công tác bồi dưỡng nâng cao trình độ chuyên môn, nghiệp vụ sư phạm, kỹ năng nghề cho đội ngũ được "
      f"quan tâm; Nhà trường cử nhà giáo tham gia thực tập tại doanh nghiệp để cập nhật công nghệ mới.")
    L("5. Tài chính, cơ sở vật chất và chính sách")
    L(f"Tổng nguồn kinh phí năm 2024 là {d.total([27940, 10675], tmpl='{} triệu đồng')} (ngân sách nhà nước cấp 27.940 "
      f"triệu đồng, thu sự nghiệp 10.675 triệu đồng); thu học phí 6.842 triệu đồng, "
      f"{d.share(6842, 10675, tmpl='chiếm {} thu sự nghiệp')}; thu sự nghiệp "
      f"{d.diff(10675, 9460, tmpl='{w} {v} triệu đồng')} so với năm 2023 (9.460 triệu đồng). Đầu tư, mua sắm thiết bị "
      f"đào tạo 4.280 triệu đồng, {d.share(4280, 38615, tmpl='chiếm {} tổng nguồn kinh phí')}. Thực hiện chính sách cho "
      f"{d.amb('1.312 HSSV', 'sum', 'trong đó miễn, giảm học phí 1.248 + hỗ trợ chi phí học tập 286 = 1.534 > 1.312: one student may receive both; not decidable')} "
      f"(miễn, giảm học phí 1.248 HSSV, hỗ trợ chi phí học tập 286 HSSV) với tổng kinh phí 3.156 triệu đồng.")
    L("6. Công tác học sinh, sinh viên; nghiên cứu khoa học, bảo đảm chất lượng")
    L("Nhà trường tổ chức tuần sinh hoạt công dân - HSSV đầu khóa, đầu năm học; phối hợp với Công an tỉnh tuyên truyền "
      "phòng, chống ma túy, an toàn giao thông, an ninh mạng cho HSSV; Đoàn Thanh niên, Hội Sinh viên trường duy trì "
      "các câu lạc bộ học thuật, kỹ năng, thể thao, tình nguyện, tạo sân chơi lành mạnh, bổ ích. Ký túc xá được quản lý "
      "chặt chẽ, bảo đảm an ninh, trật tự; không có HSSV vi phạm pháp luật phải truy cứu trách nhiệm hình sự.")
    L(f"Hội đồng khoa học Nhà trường đã nghiệm thu {d.total([8, 6], tmpl='{} đề tài nghiên cứu khoa học cấp trường')} "
      f"(nhà giáo 08 đề tài, HSSV 06 đề tài), nhiều đề tài được ứng dụng vào giảng dạy, chế tạo mô hình học cụ. Công "
      f"tác bảo đảm chất lượng được triển khai theo kế hoạch; Nhà trường hoàn thành báo cáo tự đánh giá chất lượng cơ sở "
      f"giáo dục nghề nghiệp, đăng ký kiểm định chất lượng chương trình đào tạo các nghề trọng điểm.")
    L("III. ĐÁNH GIÁ CHUNG")
    L("Ưu điểm: tập thể lãnh đạo, viên chức, người lao động Nhà trường đoàn kết, chủ động khắc phục khó khăn, hoàn "
      "thành cơ bản các chỉ tiêu năm học; công tác tuyển sinh có nhiều đổi mới, gắn đào tạo với nhu cầu sử dụng lao "
      "động của doanh nghiệp; tỷ lệ HSSV có việc làm sau tốt nghiệp tiếp tục duy trì ở mức cao.")
    L(f"Năm học 2023 - 2024, Nhà trường tuyển sinh {d.rep(2618, tmpl='{} người')}, vượt kế hoạch; "
      f"{d.rep(961, st=916, tmpl='{} HSSV tốt nghiệp', exp='inconsistent', why='digits transposed')}, tỷ lệ có việc làm "
      f"{d.share(874, 961, st='91', tmpl='đạt {}', kind='repeat', why='repeat of the 90,95% employment rate, written at 0 decimals')}. "
      f"Tuy nhiên, quy mô "
      f"{d.amb('2.108 HSSV', 'repeat', 'enrolment given as 2.083 at 31/5/2024; here at the opening of the year (khai giảng), so it may differ; not decidable')} "
      f"tại thời điểm khai giảng chưa tương xứng với năng lực đào tạo; tỷ lệ bỏ học còn cao ở hệ trung cấp.")
    L("Nguyên nhân của hạn chế: công tác tư vấn, hướng nghiệp trong các trường trung học cơ sở, trung học phổ thông "
      "chưa thực sự hiệu quả; một bộ phận học sinh trung cấp hoàn cảnh gia đình khó khăn, vừa học vừa làm thêm nên dễ bỏ "
      "học; nguồn thu sự nghiệp còn thấp, chưa đủ để tái đầu tư cơ sở vật chất; sự phối hợp với doanh nghiệp trong đào "
      "tạo, đánh giá kết quả học tập có nơi còn hình thức.")
    L("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM HỌC 2024 - 2025")
    L(f"Phấn đấu tuyển sinh 2.600 người, {d.diff(2600, 2450, tmpl='{w} {v} người')} so với "
      f"{d.term(Y, Y, tmpl='chỉ tiêu {}')} ({d.rep(2450, tmpl='{} người')}); tỷ lệ HSSV có việc làm sau tốt nghiệp trên 91%; 100% nhà giáo cơ hữu "
      f"đạt chuẩn kỹ năng nghề; tỷ lệ bỏ học dưới 5%.")
    L("Giải pháp chủ yếu: đổi mới công tác tuyển sinh, tăng cường tư vấn trực tiếp tại các trường trung học; đẩy mạnh "
      "liên kết với doanh nghiệp trong xây dựng chương trình, tổ chức đào tạo và tuyển dụng; hoàn thành tự đánh giá chất "
      "lượng cơ sở giáo dục nghề nghiệp; chú trọng công tác học sinh, sinh viên, phối hợp với gia đình để giảm tỷ lệ bỏ "
      "học; tăng cường ứng dụng công nghệ thông tin, chuyển đổi số trong quản lý đào tạo.")
    L("V. KIẾN NGHỊ")
    L("Đề nghị Sở Lao động - Thương binh và Xã hội tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí đầu tư thiết bị cho các "
      "nghề trọng điểm; có chính sách hỗ trợ học phí cho học sinh tốt nghiệp trung học cơ sở học trình độ trung cấp.")
    L("Trên đây là báo cáo tổng kết năm học 2023 - 2024 và phương hướng, nhiệm vụ năm học 2024 - 2025 của Trường Cao "
      "đẳng Kỹ thuật - Công nghệ./.")
    L("Nơi nhận:")
    L("- Sở LĐTBXH;")
    L("- Hội đồng trường;")
    L("- Lưu: VT, ĐT.")
    L("HIỆU TRƯỞNG")
    F(f"Khảo sát được thực hiện từ tháng 6 đến tháng 7/2024; số phiếu thu về "
      f"{d.frac(948, 961, tmpl='{f} phiếu ({p})', known=961)}, số còn lại được xác minh qua điện thoại.")
    return d


# ============================================================================ main
def main():
    drafts = [draft1(), draft2(), draft3(), draft4()]
    rows = []
    tot = Counter()
    for d in drafts:
        text, labels = d.build()
        c = Counter((x["kind"], x["verdict"]) for x in labels)
        v = Counter(x["verdict"] for x in labels)
        k = Counter(x["kind"] for x in labels)
        tot.update(c)
        rows.append((d, len(text), len(text.splitlines()), labels, c, v, k))
        print(f"{d.fname}: {len(text)} chars, {len(text.splitlines())} lines, {len(labels)} claims, "
              f"{dict(v)}; kinds {dict(k)}")
    # SUMMARY.md
    out = ["# dev11 prose set: summary", "",
           "Built by `make.py` (Python 3, `Decimal`, round half up). Every consistent/rounding/inconsistent verdict is "
           "recomputed and asserted by the generator; each anchor is checked to occur exactly once in its line. "
           "Counts below are produced by the generator.", "",
           "## Per draft", "",
           "| file | characters | lines | claims | consistent | rounding | inconsistent | ambiguous |",
           "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for d, n, nl, labels, c, v, k in rows:
        out.append(f"| {d.fname} | {n} | {nl} | {len(labels)} | " + " | ".join(str(v.get(x, 0)) for x in VERDICTS) + " |")
    out.append(f"| **total** | {sum(r[1] for r in rows)} | {sum(r[2] for r in rows)} | {sum(len(r[3]) for r in rows)} | "
               + " | ".join(str(sum(r[5].get(x, 0) for r in rows)) for x in VERDICTS) + " |")
    out += ["", "## Per draft and kind", "",
            "| file | " + " | ".join(KINDS) + " |", "|---|" + "---:|" * len(KINDS)]
    for d, n, nl, labels, c, v, k in rows:
        out.append(f"| {d.fname} | " + " | ".join(str(k.get(x, 0)) for x in KINDS) + " |")
    out += ["", "## All drafts: kind x verdict", "",
            "| kind | " + " | ".join(VERDICTS) + " | total |", "|---|" + "---:|" * (len(VERDICTS) + 1)]
    for kd in KINDS:
        vals = [tot.get((kd, vv), 0) for vv in VERDICTS]
        out.append(f"| {kd} | " + " | ".join(map(str, vals)) + f" | {sum(vals)} |")
    vals = [sum(tot.get((kd, vv), 0) for kd in KINDS) for vv in VERDICTS]
    out.append("| **total** | " + " | ".join(map(str, vals)) + f" | {sum(vals)} |")
    for d, n, nl, labels, c, v, k in rows:
        out += ["", f"### {d.fname}: kind x verdict", "",
                "| kind | " + " | ".join(VERDICTS) + " |", "|---|" + "---:|" * len(VERDICTS)]
        for kd in KINDS:
            if k.get(kd):
                out.append(f"| {kd} | " + " | ".join(str(c.get((kd, vv), 0)) for vv in VERDICTS) + " |")
    with open(os.path.join(HERE, "SUMMARY.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
