#!/usr/bin/env python3
"""Generator of the heldout19 prose set: six Vietnamese report drafts with labelled numeric claims.

Every total, share, ratio, difference and expected value is computed here with decimal.Decimal
(ROUND_HALF_UP), and the verdict of each claim is derived from that arithmetic (except the
ambiguous ones, which are declared with the reason).  Run:  python3 make.py
Outputs: prose/<name>.txt, prose/<name>.labels.json, SUMMARY.md
"""
import json
import os
import sys
from collections import Counter, OrderedDict
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "prose")
FN = "[\ufffd] "          # footnote line prefix, as exported drafts carry it
KINDS = ["sum", "subset", "share", "fraction", "difference", "points", "ratio", "repeat", "term"]
VERDICTS = ["consistent", "rounding", "inconsistent", "ambiguous"]


# ----------------------------------------------------------------------------- numbers
def dec(x):
    return x if isinstance(x, Decimal) else Decimal(str(x))


def q(x, places):
    return dec(x).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def tr(x, places):
    return dec(x).quantize(Decimal(1).scaleb(-places), rounding=ROUND_DOWN)


def vn(x, places=0, lead=False):
    """vi-VN: dot thousands, comma decimals; lead=True writes counts under 10 as 05."""
    x = q(x, places)
    neg = x < 0
    s = format(abs(x), "f")
    ip, _, fp = s.partition(".")
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    ip = ".".join(groups)
    if lead and places == 0 and len(ip) == 1:
        ip = "0" + ip
    out = ip + ("," + fp if fp else "")
    return ("-" if neg else "") + out


def ex(x, places=3):
    """exact-ish value for notes (more digits than stated)."""
    return vn(q(x, places), places)


def nat(x):
    """a value in vi-VN with the decimals it was given with."""
    x = dec(x)
    e = -x.as_tuple().exponent
    return vn(x, e if e > 0 else 0)


def pct(part, base):
    return dec(part) * 100 / dec(base)


# ----------------------------------------------------------------------------- drafts
class Draft:
    def __init__(self, name, subject):
        self.name = name
        self.subject = subject
        self.lines = []
        self.claims = []
        self.pending = []

    # -- lines
    def p(self, text):
        self.lines.append(text)
        n = len(self.lines)
        for c in self.pending:
            c["line"] = n
            self.claims.append(c)
        self.pending = []

    def fn(self, text):
        self.p(FN + text)

    def _add(self, anchor, kind, verdict, note, right=None):
        assert kind in KINDS and verdict in VERDICTS, (kind, verdict)
        c = OrderedDict(line=None, anchor=anchor, kind=kind, verdict=verdict)
        if verdict in ("rounding", "inconsistent"):
            assert right is not None, anchor
            c["right"] = right
        c["note"] = note
        self.pending.append(c)
        return anchor

    # -- generic claim with a hand-written verdict (used for ambiguous readings)
    def raw(self, anchor, kind, verdict, note, right=None):
        return self._add(anchor, kind, verdict, note, right)

    # -- share / fraction with a percentage
    def share(self, part, base, t="chiếm {s}%", pl=2, mode=None, val=None, wb=None, amb=None,
              kind="share", why="", lead=False):
        exact = pct(part, base)
        hv, tv = q(exact, pl), tr(exact, pl)
        if mode == "trunc":
            assert tv != hv, (self.name, part, base, "truncation equals half-up")
            stated = tv
        elif wb is not None:
            stated = q(pct(part, wb), pl)
        elif val is not None:
            stated = dec(val)
        else:
            stated = hv
        a = t.format(s=vn(stated, pl), p=vn(part, lead=lead), b=vn(base, lead=lead))
        base_note = "%s / %s = %s %% → %s%%" % (nat(part), nat(base), ex(exact, pl + 2), vn(hv, pl))
        if amb:
            return self._add(a, kind, "ambiguous", base_note + "; " + amb)
        if stated == hv:
            return self._add(a, kind, "consistent", base_note)
        if stated == tv:
            return self._add(a, kind, "rounding", base_note + "; stated %s%% is the truncation" % vn(stated, pl),
                             vn(hv, pl) + "%")
        note = base_note + "; stated %s%%" % vn(stated, pl)
        if wb is not None:
            note += " = %s / %s (wrong base %s)" % (nat(part), nat(wb), nat(wb))
        return self._add(a, kind, "inconsistent", note + (". " + why if why else ""), vn(hv, pl) + "%")

    def frac(self, part, whole, t, ref=None, amb=None, why="", lead=False):
        """fraction without a percentage: part ≤ whole and whole equals the stated total ref."""
        a = t.format(p=vn(part, lead=lead), w=vn(whole, lead=lead))
        ok = dec(part) <= dec(whole) and (ref is None or dec(whole) == dec(ref))
        note = "%s/%s: part ≤ whole" % (vn(part), vn(whole))
        if ref is not None:
            note += ", whole = stated total %s" % vn(ref)
        if amb:
            return self._add(a, "fraction", "ambiguous", note + "; " + amb)
        if ok:
            return self._add(a, "fraction", "consistent", note)
        return self._add(a, "fraction", "inconsistent", note + " fails. " + why,
                         "%s/%s" % (vn(part, lead=lead), vn(ref if ref is not None else whole, lead=lead)))

    # -- totals
    def total(self, parts, t="{t}", written=None, pl=0, amb=None, why="", lead=False):
        s = sum(dec(x) for x in parts)
        stated = dec(written) if written is not None else s
        a = t.format(t=vn(stated, pl, lead=lead))
        note = "%s = %s" % (" + ".join(vn(x, pl) for x in parts), vn(s, pl))
        if amb:
            return self._add(a, "sum", "ambiguous", note + "; stated %s; " % vn(stated, pl) + amb)
        if stated == s:
            return self._add(a, "sum", "consistent", note)
        return self._add(a, "sum", "inconsistent", note + ", stated %s. " % vn(stated, pl) + why,
                         vn(s, pl, lead=lead))

    def subset(self, part, parent, t, amb=None, why="", right=None, lead=False):
        a = t.format(p=vn(part, lead=lead) if dec(part) == int(dec(part)) else nat(part))
        note = "%s ≤ %s" % (nat(part), nat(parent))
        if amb:
            return self._add(a, "subset", "ambiguous", note + "? " + amb)
        if dec(part) <= dec(parent):
            return self._add(a, "subset", "consistent", note)
        return self._add(a, "subset", "inconsistent", "%s > %s (part above its parent). %s" %
                         (nat(part), nat(parent), why), right)

    # -- differences
    def diff(self, cur, prev, t="{w} {d}", pl=0, word=None, written=None, up="tăng", down="giảm",
             amb=None, why="", lead=False):
        d = dec(cur) - dec(prev)
        w_right = up if d >= 0 else down
        w = word if word is not None else w_right
        mag = dec(written) if written is not None else abs(d)
        a = t.format(w=w, d=vn(mag, pl, lead=lead))
        note = "%s − %s = %s" % (vn(cur, pl), vn(prev, pl), vn(d, pl))
        if amb:
            return self._add(a, "difference", "ambiguous", note + "; " + amb)
        if w == w_right and mag == abs(d):
            return self._add(a, "difference", "consistent",
                             note + (" → %s %s" % (w_right, vn(abs(d), pl)) if "{w}" in t else ""))
        return self._add(a, "difference", "inconsistent",
                         note + ", stated '%s %s'. %s" % (w, vn(mag, pl, lead=lead), why),
                         "%s %s" % (w_right, vn(abs(d), pl, lead=lead)))

    def points(self, cur, prev, t="{w} {d}%", pl=2, word=None, written=None, up="tăng", down="giảm",
               amb=None, why=""):
        d = dec(cur) - dec(prev)
        w_right = up if d >= 0 else down
        w = word if word is not None else w_right
        mag = dec(written) if written is not None else abs(d)
        a = t.format(w=w, d=vn(mag, pl))
        note = "%s%% − %s%% = %s percentage points" % (nat(cur), nat(prev), nat(d))
        if q(d, pl) != d:
            note += " → %s" % vn(d, pl)
        if amb:
            return self._add(a, "points", "ambiguous", note + "; " + amb)
        if w == w_right and q(mag, pl) == q(abs(d), pl):
            return self._add(a, "points", "consistent", note)
        return self._add(a, "points", "inconsistent", note + ", stated '%s %s'. %s" % (w, vn(mag, pl), why),
                         "%s %s%%" % (w_right, vn(abs(d), pl)))

    # -- ratio to plan / previous period (×100) or 'gấp ... lần' (x100=False)
    def ratio(self, cur, ref, t="đạt {s}%", pl=1, mode=None, val=None, x100=True, amb=None, why="", unit=None,
              over=False):
        exact = dec(cur) / dec(ref) * (100 if x100 else 1) - (100 if over else 0)
        hv, tv = q(exact, pl), tr(exact, pl)
        if mode == "trunc":
            assert tv != hv, (self.name, cur, ref)
            stated = tv
        elif val is not None:
            stated = dec(val)
        else:
            stated = hv
        a = t.format(s=vn(stated, pl))
        if unit is None:
            unit = "%" if x100 else " lần"
        note = "%s / %s%s%s = %s → %s%s" % (nat(cur), nat(ref), " × 100" if x100 else "", " − 100" if over else "",
                                           ex(exact, pl + 2), vn(hv, pl), unit)
        if amb:
            return self._add(a, "ratio", "ambiguous", note + "; " + amb)
        if stated == hv:
            return self._add(a, "ratio", "consistent", note)
        if stated == tv:
            return self._add(a, "ratio", "rounding", note + "; stated %s is the truncation" % vn(stated, pl),
                             vn(hv, pl) + unit)
        return self._add(a, "ratio", "inconsistent", note + "; stated %s. %s" % (vn(stated, pl), why),
                         vn(hv, pl) + unit)

    # -- the same quantity mentioned again
    def repeat(self, written, true, t, pl=0, amb=None, why="", first="", lead=False):
        a = t.format(v=vn(written, pl, lead=lead))
        note = "same quantity as %s" % (first or vn(true, pl))
        if amb:
            return self._add(a, "repeat", "ambiguous", note + "; " + amb)
        if dec(written) == dec(true):
            return self._add(a, "repeat", "consistent", note)
        return self._add(a, "repeat", "inconsistent", note + ", written %s. %s" % (vn(written, pl), why),
                         vn(true, pl))

    # -- the previous period a comparison names
    def term(self, named, right, t, amb=None, why=""):
        a = t.format(n=named)
        if amb:
            return self._add(a, "term", "ambiguous", amb)
        if named == right:
            return self._add(a, "term", "consistent", "comparison names %s, the period before the claim's own" % right)
        return self._add(a, "term", "inconsistent", "comparison names %s; the previous period is %s. %s"
                         % (named, right, why), right)

    # -- output
    def check(self):
        assert not self.pending, (self.name, self.pending)
        errs = []
        for c in self.claims:
            line = self.lines[c["line"] - 1]
            k = line.count(c["anchor"])
            if k != 1:
                errs.append("%s line %d: anchor %r occurs %d times" % (self.name, c["line"], c["anchor"], k))
        for i, l in enumerate(self.lines):
            assert "\n" not in l and l == l.strip(), (self.name, i + 1, l)
        fn = [i for i, l in enumerate(self.lines) if l.startswith(FN)]
        if fn and fn != list(range(fn[0], len(self.lines))):
            errs.append("%s: footnote lines are not last" % self.name)
        n_chars = len("\n".join(self.lines) + "\n")
        if not (34 <= len(self.lines) <= 40):
            errs.append("%s: %d lines" % (self.name, len(self.lines)))
        if not (6500 <= n_chars <= 7500):
            errs.append("%s: %d characters" % (self.name, n_chars))
        return errs

    def write(self):
        txt = "\n".join(self.lines) + "\n"
        with open(os.path.join(OUT, self.name + ".txt"), "w", encoding="utf-8") as f:
            f.write(txt)
        data = OrderedDict(file=self.name + ".txt", claims=self.claims)
        with open(os.path.join(OUT, self.name + ".labels.json"), "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=2)
            f.write("\n")
        return txt


# ============================================================================= draft 1: bus company
def draft1():
    d = Draft("h19-01-cong-ty-xe-buyt", "provincial public bus company, annual report 2024")
    d.p("CÔNG TY TNHH MỘT THÀNH VIÊN XE BUÝT ĐỒNG THÁP")
    d.p("Số: 18/BC-XB")
    d.p("Đồng Tháp, ngày ... tháng 01 năm 2025")
    d.p("BÁO CÁO")
    d.p("Kết quả hoạt động vận tải hành khách công cộng bằng xe buýt năm 2024 và kế hoạch năm 2025")
    d.p("Thực hiện Công văn số 3127/SGTVT-QLVT ngày 02/12/2024 của Sở Giao thông vận tải về việc báo cáo tình hình "
        "hoạt động vận tải năm 2024; căn cứ Quyết định số 1125/QĐ-UBND ngày 12/9/2023 của UBND tỉnh phê duyệt mạng lưới "
        "tuyến xe buýt giai đoạn 2023 - 2030, Công ty báo cáo như sau:")
    d.p("I. ĐẶC ĐIỂM TÌNH HÌNH")
    d.p("Năm 2024, giá nhiên liệu biến động liên tục, nhiều tuyến đường tỉnh, quốc lộ qua địa bàn đang thi công mở rộng, "
        "phải điều chỉnh lộ trình tạm thời; nhu cầu đi lại bằng phương tiện cá nhân tiếp tục tăng. Được sự quan tâm của "
        "UBND tỉnh, Sở Giao thông vận tải và chính quyền các huyện, thành phố, Công ty duy trì ổn định mạng lưới tuyến, "
        "bảo đảm phục vụ học sinh, người lao động và nhân dân.")
    d.p(f"Đến ngày 31/12/2024, tổng số lao động của Công ty là {d.total([27, 196, 89], '{t} người')} (27 lao động quản lý, "
        f"gián tiếp; 196 lái xe; 89 nhân viên bán vé, phục vụ và bảo dưỡng), trong đó {d.subset(74, 312, 'nữ {p} người')}; "
        f"{d.share(41, 312, 'đảng viên 41 người, chiếm {s}%')}. Riêng đội ngũ lái xe 196 người, "
        f"{d.share(196, 312, 'chiếm {s}% tổng số lao động', wb=285, why='The base used is 285 = 196 drivers + 89 service staff (direct labour), not the 312 total the sentence names.')}. "
        f"Thu nhập bình quân đạt 9,86 triệu đồng/người/tháng, {d.diff('9.86', '9.44', '{w} {d} triệu đồng', pl=2)} "
        f"{d.term('2023', '2023', 'so với năm {n}')} (9,44 triệu đồng).")
    d.p(f"Phương tiện: Công ty đang quản lý, khai thác {d.total([22, 51, 13], '{t} xe buýt')}, chia ra 22 xe dưới 30 chỗ, "
        f"51 xe từ 30 đến 60 chỗ và 13 xe trên 60 chỗ; {d.share(18, 86, '18 xe sử dụng nhiên liệu CNG, chiếm {s}%')}, "
        f"{d.points('20.93', q(pct(14, 86), 2), '{w} {d}%', amb='the 2023 share is not stated: 14 CNG buses in 2023 give 16,28% only if the 2023 fleet was also 86 buses (then +4,65 points); the relative change 18/14 is +28,6%; the 2023 fleet size is not given')} "
        f"{d.term('2023', '2023', 'so với cuối năm {n}')} (14 xe); xe đã khai thác trên 10 năm còn 29 xe "
        f"({d.share(29, 86, '{s}% tổng đoàn phương tiện')}). Số xe được lắp thiết bị hỗ trợ người khuyết tật lên xuống là "
        f"{d.subset(96, 86, '{p} xe', right='69', why='More buses fitted than buses in the fleet; likely 69 typed with its digits swapped.')} "
        f"(theo Kế hoạch số 76/KH-XB ngày 15/3/2024).")
    d.p(f"Về trình độ, đại học, sau đại học 38 người ({d.share(38, 312, '{s}%')}), cao đẳng, trung cấp 61 người "
        f"({d.share(61, 312, '{s}%')}), công nhân kỹ thuật và lái xe có chứng chỉ nghề 213 người "
        f"({d.share(213, 312, '{s}%')}). Bộ máy gồm Ban Giám đốc, 04 phòng chuyên môn (Tổ chức - Hành chính, Kế hoạch - "
        f"Kinh doanh, Tài chính - Kế toán, Kỹ thuật - An toàn), 03 đội xe và 01 xưởng bảo dưỡng tại Khu công nghiệp Trần "
        f"Quốc Toản. Công ty thực hiện đầy đủ chế độ bảo hiểm, khám sức khỏe định kỳ cho lái xe theo Thông tư số "
        f"36/2024/TT-BYT.")
    d.p(f"Mạng lưới tuyến do Công ty khai thác gồm {d.total([9, 5], 'mười bốn tuyến')} (09 tuyến nội tỉnh, 05 tuyến liền kề "
        f"sang Cần Thơ, An Giang, Vĩnh Long, Tiền Giang, Long An), tổng chiều dài 612 km; "
        f"{d.share(11, 14, '{p}/{b} tuyến được trợ giá, chiếm {s}%', kind='fraction')}. Trên các tuyến có 486 điểm dừng đón, "
        f"trả khách, trong đó {d.share(137, 486, '137 nhà chờ có mái che ({s}%)', mode='trunc')}.")
    d.p("II. KẾT QUẢ THỰC HIỆN NĂM 2024")
    d.p("1. Sản lượng vận chuyển")
    d.p(f"Tổng số chuyến xe thực hiện trong năm là 118.460 chuyến, {d.ratio(118460, 116980, 'đạt {s}% kế hoạch', pl=2)} "
        f"giao (116.980 chuyến); so với năm trước (112.930 chuyến) {d.diff(118460, 112930, '{w} {d} chuyến')}. Số chuyến bỏ "
        f"bến, không thực hiện do sự cố phương tiện, thời tiết là 214 chuyến, {d.share(214, 118460, 'chiếm {s}% số chuyến')} "
        f"thực hiện.")
    d.p(f"Sản lượng hành khách năm 2024 đạt {d.total([1102340, 618750, 124530], '{t} lượt')}, gồm: khách mua vé lượt "
        f"1.102.340 lượt; khách đi vé tháng 618.750 lượt; "
        f"{d.total([71240, 18960, 22410, 19880], 'đối tượng được miễn vé {t} lượt', written=124530, amb='the four groups sum to 132.490, above 124.530, but an elderly passenger may also be a person with merit or disabled: the groups may overlap and the text does not say how exemptions were counted')} "
        f"(người cao tuổi 71.240, người có công 18.960, người khuyết tật 22.410, trẻ em dưới 06 tuổi 19.880 lượt). Hành khách "
        f"là học sinh, sinh viên {d.share(512460, 1845620, '512.460 lượt, chiếm {s}%')}. So với {d.term('năm 2022', 'năm 2023', '{n} (1.712.380 lượt)', why='The sentence is about 2024; the figure compared against is the previous year, 2023.')}, "
        f"sản lượng {d.diff(1845620, 1712380, '{w} {d} lượt')}, {d.ratio(1845620, 1712380, 'bằng {s}%', pl=2)}.")
    d.p(f"Sáu tháng đầu năm vận chuyển {d.total([438210, 452960], '{t} lượt')} (quý I: 438.210 lượt; quý II: 452.960 lượt); "
        f"{d.diff(1845620, 891170, '6 tháng cuối năm đạt {d} lượt')}, cao nhất là quý IV do tăng chuyến phục vụ Tết Nguyên đán và "
        f"mùa nước nổi. Phân theo nhóm tuyến: tuyến nội tỉnh 1.431.550 lượt, {d.share(1431550, 1845620, 'chiếm {s}%')}; "
        f"tuyến liền kề 414.070 lượt ({d.share(414070, 1845620, '{s}%', mode='trunc')}).")
    d.p("2. Doanh thu, chi phí")
    d.p(f"Tổng doanh thu năm 2024 đạt {d.total(['35.12', '24.55', '3.06', '3.72'], '{t} tỷ đồng', pl=2)}, "
        f"{d.ratio('66.45', '63.20', 'bằng {s}% kế hoạch', pl=2, val='105.41', why='105,14 with the last two digits swapped.')} "
        f"(63,20 tỷ đồng), cụ thể: doanh thu bán vé 35,12 tỷ đồng ({d.share('35.12', '66.45', '{s}%')}); kinh phí trợ giá từ "
        f"ngân sách tỉnh 24,55 tỷ đồng ({d.share('24.55', '66.45', '{s}%', mode='trunc')}); doanh thu quảng cáo trên thân "
        f"xe, nhà chờ 3,06 tỷ đồng; thu khác (cho thuê xe hợp đồng, dịch vụ sửa chữa) 3,72 tỷ đồng. "
        f"{d.raw('Doanh thu vận tải chiếm 90,4%', 'share', 'ambiguous', 'base 66,45 stated, but the parts of doanh thu vận tải are not defined: tickets + subsidy = 59,67 → 89,80%; adding part of the charter income in thu khác (3,72) could give 90,4%')} "
        f"tổng doanh thu.")
    d.p(f"Tổng chi phí {d.total(['21.46', '23.80', '8.94', '3.75', '5.91'], '{t} tỷ đồng', pl=2, written='60.11', why='60,11 = the parts without sửa chữa, bảo dưỡng 3,75: one part left out of the total.')}, "
        f"gồm: nhiên liệu 21,46 tỷ đồng "
        f"({d.diff('21.46', '22.84', '{w} {d} tỷ đồng', pl=2, word='tăng', why='Fuel cost fell (21,46 < 22,84): the word should be giảm.')} "
        f"{d.term('2023', '2023', 'so với năm {n} là 22,84')} tỷ đồng, do {d.diff(18, 14, 'chuyển đổi {d} xe', lead=True)} sang CNG); tiền lương và các khoản "
        f"theo lương 23,80 tỷ đồng; khấu hao phương tiện 8,94 tỷ đồng; sửa chữa, bảo dưỡng 3,75 tỷ đồng; chi khác 5,91 tỷ đồng.")
    d.p(f"Kinh phí trợ giá năm 2024 theo Quyết định số 2318/QĐ-UBND ngày 14/12/2023 là "
        f"{d.repeat('25.80', '24.55', '{v} tỷ đồng', pl=2, amb='24,55 (line on revenue) may be the amount received/settled and 25,80 the amount allocated by decision; the text does not say whether they are the same quantity')}; "
        f"{d.ratio('25.80', 11, 'bình quân mỗi tuyến trợ giá được giao {s} tỷ đồng', pl=2, x100=False, unit=' tỷ đồng')}.")
    d.p("3. An toàn giao thông, chất lượng dịch vụ")
    d.p(f"Trong {d.repeat(118640, 118460, '{v} chuyến xe', why='The trips of the year are 118.460 (line on trips); 118.640 swaps two digits.')} "
        f"vận hành năm 2024 xảy ra 03 vụ va chạm (không có thiệt hại về người), "
        f"{d.diff(3, 5, '{w} {d} vụ', lead=True)} so với năm trước (05 vụ). Công ty tiếp nhận 47 ý kiến phản ánh qua đường dây "
        f"nóng 1900.9xxx, đã giải quyết {d.share(45, 47, '{p}/{b} ý kiến, đạt {s}%', kind='fraction')}, "
        f"{d.diff(47, 45, 'còn lại {d} ý kiến', lead=True)} đang xác minh với đơn vị liên quan.")
    d.p(f"Tỷ lệ lấp đầy bình quân đạt 58,4%, {d.points('58.4', '55.2', '{w} {d}%', pl=1)} {d.term('2023', '2023', 'so với năm {n} (55,2%)')}. Số lượt "
        f"thanh toán vé bằng thẻ, mã QR là 162.380 lượt, {d.share(162380, 1102340, 'chiếm {s}% số lượt mua vé lượt')}.")
    d.p("Nhìn chung, chất lượng phục vụ được cải thiện; thái độ của lái xe, nhân viên phục vụ được hành khách đánh giá cao. "
        "Tuy nhiên, một số tuyến liền kề còn trùng lộ trình với xe khách tuyến cố định, hạ tầng điểm dừng, nhà chờ chưa đồng bộ, "
        "nhiều điểm dừng chưa có biển báo, vạch sơn; xe đã khai thác lâu năm thường xuyên hư hỏng vặt, làm tăng chi phí sửa "
        "chữa và ảnh hưởng đến tần suất chạy xe vào giờ cao điểm.")
    d.p("III. ĐÁNH GIÁ CHUNG")
    d.p(f"Năm 2024, Công ty hoàn thành {d.frac(5, 6, '{p}/{w} chỉ tiêu chủ yếu', lead=True)}: sản lượng {d.repeat(1845620, 1845620, '{v} lượt hành khách')}, "
        f"doanh thu {d.repeat('66.45', '66.45', '{v} tỷ đồng', pl=2)}; chỉ tiêu chưa đạt là tỷ lệ xe sạch (CNG) theo lộ trình. "
        f"Từ đầu năm đến nay đã tiếp nhận "
        f"{d.repeat(52, 47, '{v} ý kiến phản ánh', amb='từ đầu năm đến nay at the report date (January 2025) may include January 2025, while 47 is for the year 2024; the period of 52 is unclear')}"
        f" của hành khách. Những hạn chế: ...; nguyên nhân: ....")
    d.p("IV. KẾ HOẠCH NĂM 2025")
    d.p(f"Chỉ tiêu sản lượng 1.950.000 lượt hành khách, {d.ratio(1950000, 1845620, 'bằng {s}%', pl=1)} "
        f"{d.term('2024', '2024', 'so với thực hiện năm {n}')}; số chuyến 121.500 chuyến "
        f"({d.diff(121500, 118460, '{w} {d} chuyến')}); doanh thu 69,80 tỷ đồng; tỷ lệ lấp đầy phấn đấu đạt ...%.")
    d.p(f"Đầu tư thay thế 12 xe buýt sử dụng CNG, nâng tổng số xe CNG lên {d.total([18, 12], '{t} xe')}, "
        f"{d.share(30, 86, 'bằng {s}% đoàn xe')} hiện có; mở mới 02 tuyến (Cao Lãnh - Tháp Mười, Sa Đéc - Lai Vung), "
        f"nâng tổng số tuyến lên {d.total([14, 2], '{t} tuyến')}.")
    d.p("V. KIẾN NGHỊ")
    d.p(f"Đề nghị Sở Giao thông vận tải, Sở Tài chính tham mưu UBND tỉnh bố trí kinh phí trợ giá năm 2025 là 27,40 tỷ đồng, "
        f"{d.diff('27.40', '25.80', '{w} {d} tỷ đồng', pl=2)} {d.term('năm 2024', 'năm 2024', 'so với dự toán {n}')}; hỗ trợ lãi suất vay đầu tư xe CNG theo "
        f"Nghị quyết số 12/2023/NQ-HĐND; chỉ đạo các địa phương bố trí quỹ đất xây dựng nhà chờ tại các trường học, bệnh viện, "
        f"khu công nghiệp trên tuyến và cho phép Công ty khai thác quảng cáo tại nhà chờ để bù đắp chi phí.")
    d.p("Nơi nhận:")
    d.p("- Sở Giao thông vận tải;")
    d.p("- Lưu: VT, KH-KD.")
    d.p("GIÁM ĐỐC")
    d.fn(f"Xưởng bảo dưỡng thực hiện 1.032 lượt bảo dưỡng cấp 1, 172 lượt bảo dưỡng cấp 2 và 38 lượt sửa chữa lớn; cộng "
         f"{d.total([1032, 172, 38], '{t} lượt')}, {d.diff(1242, 1146, '{w} {d} lượt')} "
         f"{d.term('2023', '2023', 'so với năm {n}')} (1.146 lượt).")
    d.fn(f"Thẻ vé tháng phát hành trong năm 51.560 thẻ, "
         f"{d.ratio(51560, 12, 'bình quân {s} thẻ/tháng', pl=0, x100=False, unit=' thẻ/tháng')}; trong đó thẻ học sinh, "
         f"sinh viên 33.550 thẻ, {d.share(33550, 51560, 'chiếm {s}%')}.")
    return d


# ============================================================================= draft 2: seed company
def draft2():
    d = Draft("h19-02-cong-ty-giong-cay-trong", "provincial seed (plant varieties) company, board term report 2020 - 2025")
    d.p("CÔNG TY CỔ PHẦN GIỐNG CÂY TRỒNG THANH HÓA")
    d.p("HỘI ĐỒNG QUẢN TRỊ")
    d.p("Số: 07/BC-HĐQT")
    d.p("Thanh Hóa, ngày 15 tháng 4 năm 2025")
    d.p("BÁO CÁO")
    d.p("Tổng kết hoạt động của Hội đồng quản trị nhiệm kỳ 2020 - 2025 và phương hướng nhiệm kỳ 2025 - 2030")
    d.p("(Trình Đại hội đồng cổ đông thường niên năm 2025)")
    d.p("Căn cứ Luật Doanh nghiệp số 59/2020/QH14 ngày 17/6/2020; Điều lệ tổ chức và hoạt động của Công ty (sửa đổi lần "
        "thứ 3 ngày 22/4/2021); Nghị quyết số 01/NQ-ĐHĐCĐ ngày 18/6/2020 của Đại hội đồng cổ đông, Hội đồng quản trị (HĐQT) "
        "báo cáo kết quả nhiệm kỳ như sau:")
    d.p("Nhiệm kỳ 2020 - 2025 diễn ra trong bối cảnh dịch Covid-19 kéo dài hai năm đầu, giá vật tư nông nghiệp, phân bón "
        "tăng cao, thời tiết cực đoan (rét đậm vụ Xuân 2022, bão số 3 năm 2024) ảnh hưởng trực tiếp đến sản xuất hạt giống; "
        "cạnh tranh với các công ty giống tư nhân và giống nhập khẩu ngày càng gay gắt.")
    d.p("I. KHÁI QUÁT VỀ CÔNG TY")
    d.p(f"Vốn điều lệ của Công ty là {d.total(['24.66', '43.84'], '{t} tỷ đồng', pl=2)}, trong đó vốn Nhà nước do Tổng "
        f"công ty Đầu tư và Kinh doanh vốn nhà nước (SCIC) đại diện 24,66 tỷ đồng, {d.share('24.66', '68.50', 'chiếm {s}%')}, "
        f"các cổ đông khác 43,84 tỷ đồng. Tổng số cổ đông đến ngày chốt danh sách (28/3/2025) là "
        f"{d.total([3, 1281], '{t} cổ đông')}, gồm 03 cổ đông tổ chức và 1.281 cổ đông cá nhân; "
        f"{d.total([96, 1197], 'trong số {t} cổ đông cá nhân', written=1281, amb='96 + 1.197 = 1.293 exceeds the 1.281 individual shareholders; an employee may also be counted among the farmers and dealers (seasonal contracts), so the groups may overlap; the text does not say')}"
        f" có 96 cổ đông là cán bộ, người lao động đang làm việc, 1.197 cổ đông là nông dân, đại lý.")
    d.p(f"Lao động bình quân năm 2024 là {d.total([18, 41, 64, 23], '{t} người')}, gồm 18 cán bộ quản lý, 41 cán bộ kỹ "
        f"thuật, 64 công nhân sản xuất, chế biến và 23 nhân viên bán hàng; lao động có trình độ đại học trở lên 58 người "
        f"({d.share(58, 146, '{s}%', mode='trunc')}), {d.subset(9, 58, 'trong đó thạc sĩ {p} người', lead=True)}; "
        f"{d.subset(52, 146, 'lao động nữ {p} người')}, {d.share(31, 146, 'đảng viên 31 người, chiếm {s}%')}. Thu nhập "
        f"bình quân năm 2024 là 8,72 triệu đồng/người/tháng, {d.diff('8.72', '8.08', '{w} {d} triệu đồng', pl=2)} "
        f"{d.term('năm 2023', 'năm 2023', 'so với {n}')} (8,08 triệu đồng).")
    d.p(f"Công ty có 03 trại sản xuất giống với {d.total(['78.6', '64.3', '43.5'], 'tổng diện tích {t} ha', pl=1, written='142.9', why='142,9 = Yên Định + Thọ Xuân only: the Hoằng Hóa farm (43,5 ha) is left out of the total.')} "
        f"(Trại Yên Định 78,6 ha, Trại Thọ Xuân 64,3 ha, Trại Hoằng Hóa 43,5 ha), 01 nhà máy chế biến hạt giống công suất "
        f"12.000 tấn/năm tại Khu công nghiệp Lễ Môn, 27 đại lý cấp 1 và 465 điểm bán lẻ trong và ngoài tỉnh.")
    d.p("II. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐỒNG CỔ ĐÔNG NHIỆM KỲ 2020 - 2025")
    d.p("1. Sản xuất, chọn tạo giống")
    d.p(f"Trong 05 năm (2020 - 2024), Công ty sản xuất "
        f"{d.total([18720, 2390, 6850, 2140, 1360], '{t} tấn')} hạt giống các loại, gồm: lúa thuần 18.720 tấn "
        f"({d.share(18720, 31460, 'chiếm {s}%')}); lúa lai F1 2.390 tấn; ngô lai 6.850 tấn "
        f"({d.share(6850, 31460, '{s}%', val='21.87', why='21,77 typed with a wrong digit.')}); lạc, đậu tương 2.140 tấn; "
        f"rau, hoa 1.360 tấn "
        f"({d.raw('4.32%', 'share', 'ambiguous', '1.360 / 31.460 = 4,3229 % → 4,32%, but 4.32% is written with a dot: 432 % under the vi-VN reading or a mistyped 4,32 %; the number form itself is ambiguous')}). "
        f"So với {d.term('nhiệm kỳ 2015 - 2020', 'nhiệm kỳ 2015 - 2020', '{n} (24.180 tấn)')}, sản lượng "
        f"{d.diff(31460, 24180, '{w} {d} tấn')}, {d.ratio(31460, 24180, 'bằng {s}%')}.")
    d.p(f"Sản lượng từng năm lần lượt là 5.420 tấn, 5.980 tấn, 6.310 tấn, 6.540 tấn và 7.210 tấn; năm 2024 cao nhất, "
        f"{d.ratio(7210, 5420, 'gấp {s} lần', pl=2, x100=False)} năm đầu nhiệm kỳ. Riêng lúa lai F1 tự sản xuất tại các trại đạt "
        f"{d.repeat(1870, 2390, '{v} tấn', amb='1.870 t of F1 hybrid rice produced on the own farms vs 2.390 t of F1 in the output breakdown: the qualifier tự sản xuất may exclude contract production, or the two may be the same quantity typed differently')}, "
        f"phần còn lại sản xuất liên kết với các hợp tác xã tại Yên Định, Thiệu Hóa.")
    d.p(f"Đến nay Công ty sở hữu bản quyền {d.total([9, 3, 2], '{t} giống cây trồng')} (09 giống lúa, 03 giống ngô, 02 giống "
        f"lạc), {d.subset(6, 14, 'trong đó {p} giống', lead=True)} được công nhận lưu hành trong nhiệm kỳ; "
        f"{d.frac(11, 14, '{p}/{w} giống', ref=14)} đã được cấp bằng bảo hộ quyền đối với giống cây trồng. Tỷ lệ lô hạt "
        f"giống đạt tiêu chuẩn cấp xác nhận năm 2024 là 98,62%, {d.points('98.62', '97.51', '{w} {d}%')} "
        f"{d.term('năm 2023', 'năm 2023', 'so với {n}')} (97,51%).")
    d.p(f"Công tác khoa học, công nghệ được chú trọng: Công ty chủ trì, phối hợp thực hiện "
        f"{d.total([2, 7, 3], '{t} đề tài, dự án')} (02 cấp bộ, 07 cấp tỉnh, 03 cấp cơ sở), phối hợp với Viện Cây lương "
        f"thực và Cây thực phẩm, Trường Đại học Hồng Đức khảo nghiệm các dòng lúa chịu mặn, ngắn ngày. Năm 2024, diện tích "
        f"liên kết sản xuất giống với 37 hợp tác xã là 2.674 ha, {d.diff(2674, 2256, '{w} {d} ha')} so với đầu nhiệm kỳ "
        f"(năm 2020: 2.256 ha), {d.ratio(2674, 2256, 'bằng {s}%')}; các hộ tham gia được bao tiêu toàn bộ sản phẩm đạt chuẩn.")
    d.p("2. Kinh doanh, thị trường")
    d.p(f"Tổng doanh thu nhiệm kỳ đạt 1.126,8 tỷ đồng, {d.ratio('1126.8', 1000, 'bằng {s}% chỉ tiêu')} Đại hội (1.000 tỷ "
        f"đồng); lợi nhuận trước thuế 05 năm 98,64 tỷ đồng, {d.ratio('98.64', 80, 'vượt {s}%', over=True)} so với Nghị "
        f"quyết (80 tỷ đồng); nộp ngân sách nhà nước 42,18 tỷ đồng. Doanh thu năm 2024 đạt 268,35 tỷ đồng, "
        f"{d.diff('268.35', '236.63', '{w} {d} tỷ đồng', pl=2)} {d.term('năm 2023', 'năm 2023', 'so với {n} (236,63 tỷ đồng)')}. Thị trường Lào, "
        f"Campuchia {d.raw('8,6 tỷ đồng, chiếm 3,2%', 'share', 'ambiguous', 'no period is named: 8,6 / 268,35 (year 2024) = 3,20% but 8,6 / 1.126,8 (the term) = 0,76%; the paragraph mixes the term and 2024, so the base cannot be decided')} "
        f"doanh thu.")
    d.p(f"Sản lượng tiêu thụ năm 2024 là {d.total([4126, 1873, 1046], '{t} tấn')}, trong đó thị trường trong tỉnh 4.126 "
        f"tấn ({d.share(4126, 7045, '{s}%')}), các tỉnh Bắc Trung Bộ 1.873 tấn ({d.share(1873, 7045, '{s}%')}), các tỉnh "
        f"phía Bắc và Tây Nguyên 1.046 tấn ({d.share(1046, 7045, '{s}%', mode='trunc')}). Chênh lệch giữa sản xuất và "
        f"{d.diff(7210, 7045, 'tiêu thụ trong năm là {d} tấn')}; sau khi loại thải 108 tấn hạt giống không đạt tỷ lệ nảy "
        f"mầm, {d.raw('tồn kho hạt giống cuối năm 2024 là 184 tấn', 'sum', 'consistent', 'stock identity: 127 (end 2023) + 165 (production − sales) − 108 (discarded) = 184')}, "
        f"{d.diff(184, 127, '{w} {d} tấn', word='giảm', why='184 > 127: the stock rose by 57 t, the sentence says giảm.')} "
        f"{d.term('cuối năm 2023', 'cuối năm 2023', 'so với {n} (127 tấn)')}, {d.share(184, 7210, 'bằng {s}% sản lượng', pl=1)} "
        f"sản xuất năm 2024.")
    d.p("3. Đầu tư phát triển")
    d.p(f"Tổng vốn đầu tư thực hiện trong nhiệm kỳ là "
        f"{d.total(['31.40', '14.86', '8.27', '3.39'], '{t} tỷ đồng', pl=2)}, chia ra: nhà máy chế biến, kho lạnh bảo quản "
        f"31,40 tỷ đồng; hạ tầng trại giống 14,86 tỷ đồng; máy móc, thiết bị 8,27 tỷ đồng; nghiên cứu, chọn tạo giống "
        f"3,39 tỷ đồng, {d.share('3.39', '1126.8', 'bằng {s}% tổng doanh thu nhiệm kỳ', wb='268.35', why='3,39 was divided by the 2024 revenue 268,35, not by the term revenue the sentence names.')}. "
        f"Vốn vay ngân hàng 22,60 tỷ đồng, {d.share('22.60', '57.92', 'chiếm {s}%', mode='trunc')}; còn lại "
        f"{d.diff('57.92', '22.60', '{d} tỷ đồng', pl=2)} là vốn tự có và quỹ đầu tư phát triển.")
    d.p("4. Hoạt động của Hội đồng quản trị")
    d.p(f"HĐQT gồm năm thành viên (một thành viên độc lập). Trong nhiệm kỳ, HĐQT tổ chức {d.total([22, 16], '{t} phiên họp')} "
        f"(22 phiên họp trực tiếp, 16 phiên lấy ý kiến bằng văn bản), ban hành "
        f"{d.total([94, 32], '{t} văn bản')} (94 nghị quyết, 32 quyết định) thuộc thẩm quyền. Tỷ lệ chi trả cổ tức các "
        f"năm 2020, 2021, 2022, 2023, 2024 lần lượt là 10%, 12%, 12%, 13%, 15%, "
        f"{d.ratio(62, 5, 'bình quân {s}%/năm', pl=1, x100=False, unit='%')}.")
    d.p("III. ĐÁNH GIÁ CHUNG")
    d.p(f"Công ty hoàn thành {d.share(7, 8, '{p}/{b} chỉ tiêu, đạt {s}%', pl=1, kind='fraction', val='78.5', lead=True, why='7/8 = 87,5%: the digits 8 and 7 are swapped.')} "
        f"Nghị quyết Đại hội đồng cổ đông nhiệm kỳ 2020 - 2025 đề ra; chỉ tiêu chưa đạt là sản lượng lúa lai F1 "
        f"({d.share(2390, 3000, '{p}/{b} tấn, đạt {s}%', pl=1, kind='fraction')}). Tổng sản lượng hạt giống nhiệm kỳ "
        f"{d.repeat(31640, 31460, '{v} tấn', why='31.460 in the production paragraph (and its parts sum to 31.460): 31.640 swaps two digits.')}, "
        f"doanh thu {d.repeat('1126.8', '1126.8', '{v} tỷ đồng', pl=1)}. Năm qua, sản lượng tiêu thụ đạt "
        f"{d.repeat(7120, 7045, '{v} tấn', amb='năm qua in a report of April 2025 may mean the last twelve months rather than the year 2024 (7.045 t); the period of 7.120 is unclear')}.")
    d.p("Hạn chế: công tác chọn tạo giống mới còn phụ thuộc vào hợp tác với các viện, trường; sản xuất lúa lai F1 chịu ảnh "
        "hưởng lớn của thời tiết, năng suất không ổn định; thị trường ngoài tỉnh cạnh tranh gay gắt với giống nhập khẩu, "
        "giá thành sản xuất còn cao; việc chuyển đổi số trong quản lý đại lý mới ở bước đầu.")
    d.p("IV. PHƯƠNG HƯỚNG NHIỆM KỲ 2025 - 2030")
    d.p(f"Phấn đấu sản lượng hạt giống 05 năm đạt 38.000 tấn, {d.ratio(38000, 31460, 'tăng {s}%', over=True)} "
        f"{d.term('nhiệm kỳ 2020 - 2025', 'nhiệm kỳ 2020 - 2025', 'so với {n}')}; doanh thu 1.450 tỷ đồng, "
        f"{d.ratio(1450, '1126.8', 'tăng {s}%', over=True)} "
        f"{d.term('nhiệm kỳ 2015 - 2020', 'nhiệm kỳ 2020 - 2025', 'so với {n}', why='28,7% is computed on the 2020 - 2025 revenue 1.126,8; the term named is one too early.')}; "
        f"đưa thêm 05 - 07 giống mới vào sản xuất; tỷ lệ cổ tức không thấp hơn ...%/năm.")
    d.p("V. KIẾN NGHỊ")
    d.p("Đề nghị SCIC xem xét lộ trình thoái vốn phù hợp; đề nghị UBND tỉnh tiếp tục hỗ trợ kinh phí sản xuất giống lúa "
        "lai F1 theo Nghị quyết số 35/2021/NQ-HĐND và giao Công ty thực hiện nhiệm vụ dự trữ giống phòng chống thiên tai.")
    d.p("TM. HỘI ĐỒNG QUẢN TRỊ")
    d.p("CHỦ TỊCH")
    d.fn(f"Năm 2024: lúa thuần 4.260 tấn, lúa lai F1 510 tấn, ngô lai 1.580 tấn, lạc, đậu tương 520 tấn, rau, hoa 340 tấn; "
         f"cộng {d.total([4260, 510, 1580, 520, 340], '{t} tấn')}.")
    d.fn(f"Cơ cấu doanh thu năm 2024: hạt giống lúa 171,40 tỷ đồng ({d.share('171.40', '268.35', '{s}%')}), hạt giống ngô "
         f"58,25 tỷ đồng ({d.share('58.25', '268.35', '{s}%')}), sản phẩm, dịch vụ khác 38,70 tỷ đồng "
         f"({d.share('38.70', '268.35', '{s}%')}); cộng {d.total(['171.40', '58.25', '38.70'], '{t} tỷ đồng', pl=2)}.")
    d.fn(f"Hệ thống phân phối tăng từ 19 lên 27 đại lý cấp 1 ({d.diff(27, 19, '{w} {d} đại lý', lead=True)}) và từ 318 lên "
         f"465 điểm bán lẻ ({d.diff(465, 318, '{w} {d} điểm')}), chủ yếu tại các huyện đồng bằng và ven biển.")
    return d


# ============================================================================= draft 3: driving training and testing centre
def draft3():
    d = Draft("h19-03-trung-tam-sat-hach-lai-xe", "provincial driving training and testing centre, 9-month report 2025")
    d.p("TRUNG TÂM ĐÀO TẠO, SÁT HẠCH LÁI XE TỈNH QUẢNG NGÃI")
    d.p("Số: 215/BC-TTSH")
    d.p("Quảng Ngãi, ngày 03 tháng 10 năm 2025")
    d.p("BÁO CÁO")
    d.p("Kết quả công tác đào tạo, sát hạch, cấp giấy phép lái xe 9 tháng đầu năm 2025 và nhiệm vụ trọng tâm quý IV năm 2025")
    d.p("Thực hiện Thông tư số 35/2024/TT-BGTVT ngày 15/11/2024 của Bộ Giao thông vận tải quy định về đào tạo, sát hạch, "
        "cấp giấy phép lái xe (có hiệu lực từ ngày 01/01/2025) và Văn bản số 1842/SXD-QLVT ngày 22/9/2025 về việc báo cáo "
        "định kỳ, Trung tâm báo cáo như sau:")
    d.p("I. TÌNH HÌNH CHUNG")
    d.p(f"Trung tâm là đơn vị sự nghiệp công lập tự bảo đảm chi thường xuyên, được cấp Giấy phép đào tạo lái xe số "
        f"76/GPĐT ngày 08/3/2025 với lưu lượng đào tạo ô tô 3.600 học viên/năm; 9 tháng đã đào tạo 2.952 học viên ô tô, "
        f"{d.ratio(2952, 3600, 'bằng {s}% lưu lượng', pl=1)} được cấp phép. Năm 2025 là năm đầu thực hiện Luật Trật tự, "
        f"an toàn giao thông đường bộ và hệ thống hạng giấy phép lái xe mới, nhiều nội dung đào tạo, sát hạch thay đổi; "
        f"nhu cầu học lái xe ô tô hạng B tăng mạnh, trong khi nhân lực, phương tiện chưa kịp bổ sung; giá nhiên liệu, vật "
        f"tư sửa chữa tăng làm chi phí đào tạo thực hành tăng theo.")
    d.p(f"- Cơ sở vật chất: 01 sân sát hạch loại 1 (diện tích 2,6 ha), 01 sân tập lái, 10 cabin học lái xe mô phỏng và "
        f"{d.total([6, 24, 11, 5, 2], '{t} xe tập lái', written=46, why='The five classes sum to 48, and 48 + 08 new cars = 56 in the quarter IV plan: 46 is a one-digit slip.')} "
        f"(06 xe hạng B số tự động, 24 xe hạng B số sàn, 11 xe hạng C1, 05 xe hạng C, 02 xe hạng D2); "
        f"{d.frac(48, 48, '{p}/{w} xe', ref=48)} đã lắp thiết bị giám sát thời gian và quãng đường học thực hành (DAT).")
    d.p(f"- Nhân lực: tổng số {d.total([9, 61, 16], '{t} người')}, gồm 09 cán bộ quản lý, 61 giáo viên dạy thực hành, "
        f"16 nhân viên; {d.subset(14, 61, 'trong đó {p} giáo viên')} kiêm dạy lý thuyết. Về cơ cấu, "
        f"{d.share(41, 86, 'đảng viên 41 người, chiếm {s}%')}; {d.subset(23, 86, 'nữ {p} người')}; "
        f"{d.subset(29, 86, 'dưới 35 tuổi {p} người')}. Giáo viên có trình độ cao đẳng trở "
        f"lên {d.share(38, 61, '{p}/{b} người, chiếm {s}%', kind='fraction')}. Theo hạng giấy phép được dạy, "
        f"{d.total([47, 22], 'trong {t} giáo viên thực hành', written=61, amb='47 + 22 = 69 exceeds the 61 practical instructors: a teacher licensed for class C may also be counted as a class B teacher; the text does not say whether each teacher is counted once')} "
        f"có 47 giáo viên dạy hạng B, 22 giáo viên dạy hạng C trở lên.")
    d.p("II. KẾT QUẢ THỰC HIỆN 9 THÁNG ĐẦU NĂM 2025")
    d.p("1. Tuyển sinh, đào tạo")
    d.p(f"Tuyển sinh {d.total([1524, 386, 2478, 316, 158], '{t} học viên')}, "
        f"{d.ratio(4862, 6000, 'đạt {s}% kế hoạch năm', pl=2)} (6.000 học viên), cụ thể: hạng A1: 1.524; hạng A: 386; hạng "
        f"B: 2.478; hạng C1: 316; hạng C, D và nâng hạng: 158 học viên. Như vậy học viên mô tô "
        f"{d.total([1524, 386], '(A1, A) là {t} người')} ({d.share(1910, 4862, '{s}%')}), học viên ô tô "
        f"{d.total([2478, 316, 158], '(B, C1, C, D) là {t} người')} ({d.share(2952, 4862, '{s}%')}). Học viên nữ 1.706 người, "
        f"{d.share(1706, 4862, 'chiếm {s}%', val='53.09', why='35,09 with the two leading digits swapped.')}. "
        f"So với {d.term('cùng kỳ năm 2023', 'cùng kỳ năm 2024', '{n} (4.215 học viên)', why='The sentence is about the first 9 months of 2025; the same period of the previous year is 2024.')}, "
        f"số tuyển sinh {d.diff(4862, 4215, '{w} {d} học viên')}, {d.ratio(4862, 4215, 'tương ứng tăng {s}%', pl=2, over=True)}.")
    d.p(f"Tính theo quý, số tuyển sinh lần lượt là 1.318, 1.745 và 1.799 học viên "
        f"({d.total([1318, 1745, 1799], 'cộng {t}')}); quý III {d.diff(1799, 1745, '{w} {d} học viên')} "
        f"{d.term('quý II', 'quý II', 'so với {n}')}. Học viên học lý thuyết trực tuyến trên phần mềm e-learning "
        f"{d.share(2690, 2952, '2.690 người, chiếm {s}%', pl=1)} {d.repeat(2952, 2952, 'số học viên ô tô ({v} người)')}; "
        f"học viên ở các huyện miền núi (Ba Tơ, Minh Long, Sơn Hà, Sơn Tây, Trà Bồng) "
        f"{d.share(812, 4862, '812 người, chiếm {s}%')} tổng số tuyển sinh.")
    d.p(f"Tổ chức kiểm tra, xét tốt nghiệp cho 4.105 học viên; kết quả "
        f"{d.share(3912, 4105, '3.912 học viên đạt, tỷ lệ {s}%', mode='trunc')}, "
        f"{d.diff(4105, 3912, 'không đạt {d} học viên')} (chủ yếu nội dung mô phỏng các tình huống giao thông).")
    d.p("2. Sát hạch lái xe")
    d.p(f"Trung tâm tổ chức "
        f"{d.total([58, 74], '{t} kỳ sát hạch', written=126, amb='58 motorcycle + 74 car sessions = 132, above 126: a combined session may test both motorcycle and car classes and be counted in both groups; the text does not say')} "
        f"(58 kỳ sát hạch mô tô, 74 kỳ sát hạch ô tô) cho {d.total([4785, 2149], '{t} lượt thí sinh')} (kể cả thí sinh do "
        f"các cơ sở đào tạo khác chuyển đến); kết quả: đạt 4.785 lượt, {d.share(4785, 6934, 'tỷ lệ {s}%')}; không đạt "
        f"2.149 lượt; {d.share(1963, 6934, 'thí sinh sát hạch lại 1.963 lượt, chiếm {s}%')}. Tỷ lệ đạt chung {d.points('69.01', '71.47', '{w} {d}%')} "
        f"{d.term('9 tháng năm 2024', '9 tháng năm 2024', 'so với {n}')} (71,47%).")
    d.p(f"- Hạng A1: đạt {d.share(2312, 2640, '{p}/{b} lượt ({s}%)', mode='trunc', kind='fraction')};")
    d.p(f"- Hạng B: đạt {d.share(1884, 3307, '{p}/{b} lượt ({s}%)', kind='fraction')}, "
        f"{d.share(1884, 4785, 'chiếm {s}% tổng số thí sinh đạt', wb=6934, why='1.884 was divided by all 6.934 candidates, not by the 4.785 who passed.')}; "
        f"{d.points('56.97', '53.17', '{w} {d}%', amb='the 2024 pass rate of class B is not stated, only its 1.702 passes; 3,80 points holds if 2024 had 3.201 candidates (53,17%), while the relative change 1.884/1.702 is +10,7%; the base is missing')} "
        f"so với cùng kỳ (1.702 lượt đạt). Số lượt không đạt hạng B "
        f"{d.total([214, 187, 806, 216], 'là {t} lượt')} (lý thuyết 214, mô phỏng 187, sa hình 806, đường trường 216);")
    d.p(f"- Các hạng C1, C, D và nâng hạng: đạt {d.share(589, 987, '{p}/{b} lượt ({s}%)', kind='fraction')}.")
    d.p("3. Cấp, đổi giấy phép lái xe")
    d.p(f"{d.total([4785, 4216, 547], 'Tiếp nhận {t} hồ sơ')}, gồm: "
        f"{d.repeat(4785, 4785, 'cấp mới sau sát hạch {v} hồ sơ')}; đổi giấy phép lái xe 4.216 hồ sơ; cấp lại 547 hồ sơ. "
        f"Hồ sơ giải quyết qua dịch vụ công trực tuyến toàn trình {d.share(6121, 9548, '6.121 hồ sơ, chiếm {s}%', mode='trunc')}; "
        f"{d.frac(9548, 9548, 'trả kết quả đúng hạn {p}/{w} hồ sơ', ref=9548)}.")
    d.p("4. Tài chính")
    d.p(f"Tổng thu 9 tháng {d.total(['29.73', '5.18', '3.55'], '{t} tỷ đồng', pl=2)} (học phí đào tạo 29,73 tỷ đồng; phí "
        f"sát hạch 5,18 tỷ đồng; dịch vụ sân tập, cho thuê xe 3,55 tỷ đồng); tổng chi 33,92 tỷ đồng; chênh lệch thu chi "
        f"{d.diff('38.46', '33.92', '{d} tỷ đồng', pl=2)}, "
        f"{d.diff('4.54', '3.68', '{w} {d} tỷ đồng', pl=2, word='giảm', why='4,54 > 3,68: the surplus rose; the word should be tăng.')} "
        f"so với cùng kỳ (3,68 tỷ đồng). Học phí {d.share('29.73', '38.46', 'chiếm {s}% tổng thu')}; tổng chi "
        f"{d.share('33.92', '38.46', 'bằng {s}% tổng thu', pl=1)}, trong đó chi tiền lương, tiền công 14,86 tỷ đồng "
        f"({d.share('14.86', '33.92', '{s}% tổng chi')}). Nộp ngân sách nhà nước lệ phí cấp giấy phép lái xe 2,07 tỷ đồng.")
    d.p("5. Thanh tra, kiểm tra")
    d.p(f"Phát hiện, lập biên bản "
        f"{d.total([23, 4, 6, 8], '{t} trường hợp', written=37, why='37 = 23 + 6 + 8: the 04 cases of sitting the test for someone else are left out.')} "
        f"vi phạm quy chế sát hạch (mang thiết bị thu phát 23, thi hộ 04, gây mất trật tự 06, sử dụng tài liệu 08); đình chỉ "
        f"sát hạch theo Điều 28 Thông tư số 35/2024/TT-BGTVT và thông báo cho cơ sở đào tạo có thí sinh vi phạm. Đoàn kiểm "
        f"tra của Sở Xây dựng làm việc tại Trung tâm ngày 14/8/2025, kết luận việc tổ chức sát hạch cơ bản đúng quy trình, "
        f"yêu cầu khắc phục việc lưu trữ hồ sơ học viên chưa đầy đủ. Tiếp nhận 12 phản ánh qua đường dây nóng (chủ yếu về lịch sát hạch, thời gian "
        f"trả giấy phép), đã trả lời "
        f"{d.frac(12, 12, '{p}/{w} phản ánh', ref=12)}.")
    d.p("6. Chuyển đổi số, cải cách hành chính")
    d.p(f"Trung tâm triển khai tiếp nhận hồ sơ học lái xe trên Cổng dịch vụ công quốc gia, xác thực thông tin học viên qua "
        f"ứng dụng VNeID, lắp đặt camera giám sát tại phòng sát hạch lý thuyết và sân sát hạch, truyền dữ liệu trực tiếp về "
        f"Cục Đường bộ Việt Nam; thanh toán học phí không dùng tiền mặt "
        f"{d.share(4126, 4862, '{p}/{b} học viên, đạt {s}%', kind='fraction')}.")
    d.p("III. ĐÁNH GIÁ CHUNG")
    d.p(f"Chín tháng qua, Trung tâm đã tuyển sinh {d.repeat(4862, 4862, '{v} học viên')}, sát hạch "
        f"{d.repeat(6943, 6934, '{v} lượt thí sinh', why='6.934 in the testing paragraph (4.785 + 2.149): 6.943 swaps the last two digits.')}; "
        f"từ ngày 01/01/2025 đến nay đã cấp mới "
        f"{d.repeat(4912, 4785, '{v} giấy phép lái xe', amb='đến nay at the report date (03/10/2025) may include the first days of October, while 4.785 covers the 9 months; the period is unclear')}. "
        f"Trong năm 2025, Trung tâm tổ chức "
        f"{d.repeat(142, 126, '{v} kỳ sát hạch', amb='trong năm 2025 may be the planned number for the year or sessions held to date (126 in 9 months); the period cannot be decided')}. "
        f"Hạn chế: tỷ lệ đạt sa hình hạng B còn thấp, một bộ phận học viên chưa dành đủ thời gian luyện tập thực hành; "
        f"một số xe tập lái đã sử dụng trên 10 năm xuống cấp, chi phí sửa chữa lớn; phần mềm quản lý đào tạo chưa kết nối "
        f"đầy đủ với cơ sở dữ liệu quốc gia về dân cư; sân sát hạch quá tải vào các tháng cao điểm (tháng 6, tháng 7).")
    d.p("IV. NHIỆM VỤ TRỌNG TÂM QUÝ IV NĂM 2025")
    d.p(f"Tuyển sinh {d.diff(6000, 4862, '{d} học viên')} ({d.share(1138, 6000, 'bằng {s}% kế hoạch năm')}) để hoàn thành "
        f"100% kế hoạch năm; đưa vào sử dụng 08 xe tập lái "
        f"hạng B mới, nâng tổng số xe tập lái lên {d.total([48, 8], '{t} xe')}; phối hợp Công an tỉnh tổ chức ... kỳ sát "
        f"hạch lưu động tại các huyện miền núi.")
    d.p("V. KIẾN NGHỊ")
    d.p("Đề nghị Sở Xây dựng báo cáo UBND tỉnh cho phép Trung tâm đầu tư mở rộng sân tập lái tại xã Tịnh Phong, bổ sung "
        "xe tập lái hạng C và D2; đề nghị Cục Đường bộ Việt Nam sớm nâng cấp phần mềm sát hạch theo bộ 600 câu hỏi mới, "
        "hướng dẫn thống nhất việc tính thời gian học lý thuyết trực tuyến đối với học viên nâng hạng; đồng thời "
        "cho phép Trung tâm tổ chức sát hạch vào ngày thứ Bảy trong các tháng cao điểm.")
    d.p("Nơi nhận:")
    d.p("- Sở Xây dựng (b/c);")
    d.p("- Lưu: VT, ĐT-SH.")
    d.p("GIÁM ĐỐC")
    d.fn(f"Phân theo nguồn thí sinh: do Trung tâm đào tạo 4.187 lượt (kể cả sát hạch lại), do cơ sở đào tạo "
         f"khác chuyển đến 2.747 lượt; cộng {d.total([4187, 2747], '{t} lượt')}.")
    d.fn(f"Quý III thu học phí 11,26 tỷ đồng, {d.share('11.26', '29.73', 'bằng {s}% học phí')} 9 tháng.")
    return d


# ============================================================================= draft 4: road maintenance company
def draft4():
    d = Draft("h19-04-cong-ty-bao-tri-duong-bo", "provincial road maintenance company, 6-month report 2025")
    d.p("CÔNG TY CỔ PHẦN QUẢN LÝ VÀ XÂY DỰNG ĐƯỜNG BỘ LẠNG SƠN")
    d.p("Số: 112/BC-CT")
    d.p("Lạng Sơn, ngày 08 tháng 7 năm 2025")
    d.p("BÁO CÁO")
    d.p("Sơ kết công tác quản lý, bảo dưỡng thường xuyên đường bộ 6 tháng đầu năm 2025, phương hướng nhiệm vụ 6 tháng cuối năm")
    d.p("Căn cứ Hợp đồng số 03/2025/HĐ-BDTX ngày 06/01/2025 về quản lý, bảo dưỡng thường xuyên các tuyến quốc lộ ủy thác "
        "và đường tỉnh năm 2025; Thông tư số 41/2024/TT-BGTVT ngày 15/11/2024 quy định về quản lý, vận hành khai thác và "
        "bảo trì công trình đường bộ, Công ty báo cáo kết quả thực hiện như sau:")
    d.p("I. ĐẶC ĐIỂM, KHỐI LƯỢNG ĐƯỢC GIAO")
    d.p(f"Tổng chiều dài đường được giao quản lý là {d.total(['186.7', '425.7'], '{t} km', pl=1)}, bao gồm 03 tuyến "
        f"quốc lộ ủy thác (QL.4A, QL.4B, QL.31) dài 186,7 km và 14 tuyến đường tỉnh dài 425,7 km; trên các tuyến có "
        f"{d.total([21, 9, 126], '{t} cầu', written=148, amb='21 weak + 09 temporary + 126 permanent = 156, above 148: a weak bridge may also be a permanent one, so the groups may overlap; the text does not say how bridges were classified')} "
        f"(tổng chiều dài 3.862 m), trong đó 21 cầu yếu, 09 cầu tạm, 126 cầu vĩnh cửu, và 2.416 cống các loại.")
    d.p(f"Kết cấu mặt đường: bê tông nhựa 254,8 km ({d.share('254.8', '612.4', '{s}%', mode='trunc')}), láng nhựa "
        f"318,2 km ({d.share('318.2', '612.4', '{s}%')}), bê tông xi măng 39,4 km ({d.share('39.4', '612.4', '{s}%')}). "
        f"Kết quả đánh giá tình trạng kỹ thuật đến ngày 30/6/2025: tốt 198,5 km, trung bình 301,6 km, kém 97,3 km, rất kém "
        f"15,0 km; đường tốt và trung bình {d.total(['198.5', '301.6'], '{t} km', pl=1)}; đường kém và rất kém "
        f"{d.total(['97.3', '15.0'], '{t} km', pl=1)}, {d.share('112.3', '612.4', 'chiếm {s}%')}, "
        f"{d.diff('112.3', '120.9', '{w} {d} km', pl=1, word='tăng', why='112,3 < 120,9: the length of poor road fell by 8,6 km; the word should be giảm.')} "
        f"{d.term('cuối năm 2024', 'cuối năm 2024', 'so với {n} (120,9 km)')}; tỷ lệ đường kém và rất kém "
        f"{d.points('18.34', '19.74', '{w} {d}%')} (cuối năm 2024: 19,74%).")
    d.p(f"Lao động có mặt đến 30/6/2025 là {d.total([31, 207], '{t} người')}, trong đó gián tiếp 31 người, trực tiếp "
        f"{d.total([54, 49, 51, 53], '{t} người')} thuộc bốn hạt quản lý đường bộ (Cao Lộc 54, Đình Lập 49, Bắc Sơn 51, "
        f"Hữu Lũng 53); {d.share(176, 238, 'lao động có tay nghề bậc 3/7 trở lên 176 người, chiếm {s}%')}; "
        f"{d.subset(38, 238, 'lao động nữ {p} người')}; {d.share(42, 238, 'đảng viên 42 người ({s}%)')}. Công ty có "
        f"{d.total([18, 12, 9, 7, 5, 13], '{t} xe, máy thi công')} chủ yếu (18 ô tô tự đổ, 12 máy lu, 09 máy đào, 07 máy "
        f"san, 05 máy rải thảm bê tông nhựa, 13 thiết bị khác), 02 trạm trộn bê tông nhựa tại Cao Lộc và Hữu Lũng.")
    d.p("Sáu tháng đầu năm, thời tiết diễn biến bất thường, mưa lớn cục bộ kéo dài tại các huyện Đình Lập, Bắc Sơn gây sạt "
        "lở taluy dương, hư hỏng nền, mặt đường; lưu lượng xe tải nặng chở đá, than qua QL.4B, QL.31 tăng mạnh. Giá nhựa "
        "đường, xi măng, nhiên liệu tăng so với đơn giá được duyệt làm ảnh hưởng đến hiệu quả sản xuất kinh doanh.")
    d.p("II. KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2025")
    d.p("1. Giá trị sản lượng")
    d.p(f"Tổng giá trị sản lượng 6 tháng đạt {d.total(['22.36', '14.80', '3.94', '7.62'], '{t} tỷ đồng', pl=2)}, "
        f"{d.ratio('48.72', '95.00', 'bằng {s}% kế hoạch năm', pl=2)} (95,00 tỷ đồng); so với "
        f"{d.term('cùng kỳ năm 2024', 'cùng kỳ năm 2024', '{n} (43,15 tỷ đồng)')} "
        f"{d.ratio('48.72', '43.15', 'tăng {s}%', pl=2, over=True)}. Trong đó: bảo dưỡng thường xuyên 22,36 tỷ đồng "
        f"({d.share('22.36', '48.72', 'chiếm {s}%')}); sửa chữa định kỳ 14,80 tỷ đồng "
        f"({d.share('14.80', '48.72', 'chiếm {s}%', wb='95.00', why='14,80 was divided by the year plan 95,00, not by the 6-month output 48,72 the breakdown is of.')}); "
        f"khắc phục hậu quả mưa lũ, bảo đảm giao thông 3,94 tỷ đồng; xây lắp công trình ngoài 7,62 tỷ đồng.")
    d.p("2. Bảo dưỡng thường xuyên")
    d.p(f"Vá ổ gà, sửa chữa hư hỏng mặt đường {d.total([11320, 7320], '{t} m²')} (bê tông nhựa 11.320 m², láng nhựa "
        f"7.320 m²), {d.ratio(18640, 15720, 'bằng {s}%', mode='trunc')} cùng kỳ (15.720 m²); nạo vét rãnh dọc 84,6 km; "
        f"phát quang cây cỏ 2.486.300 m²; sơn kẻ vạch 12.460 m²; thay thế "
        f"{d.total([142, 44, 27], '{t} biển báo', written=186, why='186 = 142 + 44: the 27 signs not meeting the standard are left out.')} "
        f"(biển hỏng 142, biển mất 44, biển sai quy chuẩn QCVN 41:2024/BGTVT 27). Bình quân mỗi hạt vá "
        f"{d.ratio(18640, 4, '{s} m²', pl=0, x100=False, unit=' m²')} mặt đường.")
    d.p(f"Công tác tuần đường được duy trì hằng ngày: 6 tháng thực hiện 4.344 lượt tuần đường, "
        f"{d.ratio(4344, 6, 'bình quân {s} lượt/tháng', pl=0, x100=False, unit=' lượt/tháng')}; phát hiện 312 hư hỏng "
        f"(ổ gà, lún lõm, rãnh tắc, biển báo hư hỏng), đã xử lý {d.share(298, 312, '298 hư hỏng, đạt {s}%')}, số còn lại "
        f"được lập hồ sơ đưa vào kế hoạch sửa chữa. Huấn luyện an toàn, vệ sinh lao động cho "
        f"{d.frac(207, 207, '{p}/{w} công nhân trực tiếp', ref=207)}; trong kỳ không để xảy ra tai nạn lao động.")
    d.p("3. Sửa chữa định kỳ")
    d.p(f"Năm 2025 Công ty thực hiện {d.total([5, 4], '{t} công trình', lead=True)} sửa chữa định kỳ, "
        f"{d.total(['18.20', '13.26'], 'giá trị hợp đồng {t} tỷ đồng', pl=2)} (Quỹ bảo trì đường bộ trung ương 18,20 tỷ "
        f"đồng, ngân sách tỉnh 13,26 tỷ đồng); đến 30/6 đã hoàn thành 05 công trình, đang thi công 04 công trình. Giá trị thực hiện "
        f"{d.repeat('14.80', '14.80', '{v} tỷ đồng', pl=2)}, "
        f"{d.share('14.80', '31.46', 'đạt {s}% giá trị hợp đồng', val='74.04', why='47,04 with the first two digits swapped.')}; "
        f"giải ngân 12,35 tỷ đồng, {d.share('12.35', '14.80', 'bằng {s}% giá trị thực hiện')}. Chiều dài mặt đường được sửa "
        f"chữa {d.total(['16.4', '11.4'], '{t} km', pl=1)}, gồm thảm bê tông nhựa 16,4 km và láng nhựa 11,4 km. Theo kế hoạch, "
        f"{d.subset(24, 21, '{p} cầu yếu', amb='24 weak bridges in the 2025 repair plan vs 21 weak bridges at 30/6/2025: the plan may include bridges already repaired in the first half, so 24 > 21 need not be an error')} "
        f"được sửa chữa, gia cố trong năm 2025.")
    d.p("4. Phòng, chống thiên tai, bảo đảm giao thông")
    d.p(f"Trong 6 tháng xảy ra 03 đợt mưa lớn (ngày 18/4, 22/5 và 27/6/2025) gây 47 điểm sạt lở taluy, khối lượng đất đá "
        f"{d.total([12640, 6310], '{t} m³', written=18950, amb='the part 12,640 m³ is written with a comma: as a thousands separator it is 12.640 and the parts sum to 18.950, read as vi-VN decimals it is 12,64 m³ and they do not; the number form is ambiguous')} "
        f"(khu vực Đình Lập 12,640 m³, Bắc Sơn 6.310 m³). Công ty huy động 1.236 công, 214 ca máy, đã xử lý "
        f"{d.frac(45, 47, '{p}/{w} điểm', ref=47)} bảo đảm thông xe, "
        f"{d.diff(47, 45, 'còn {d} điểm', lead=True)} đang thi công hoàn trả. Tổng số điểm sạt lở từ đầu mùa mưa đến nay là "
        f"{d.repeat(52, 47, '{v} điểm', amb='từ đầu mùa mưa đến nay at the report date (08/7/2025) may include early July, while 47 covers the 6 months; the period is unclear')}.")
    d.p("5. Bảo vệ hành lang an toàn đường bộ")
    d.p(f"Phát hiện {d.total([58, 21, 47], '{t} trường hợp')} vi phạm (lấn chiếm hành lang 58, đấu nối trái phép 21, "
        f"biển quảng cáo 47); phối hợp chính quyền địa phương xử lý "
        f"{d.share(103, 126, '103 trường hợp, đạt {s}%', mode='trunc')}. So với "
        f"{d.term('6 tháng đầu năm 2024', '6 tháng đầu năm 2024', '{n} (148 trường hợp)')}, số vi phạm "
        f"{d.diff(126, 148, '{w} {d} trường hợp')}. Rà soát 11 điểm đen, điểm tiềm ẩn tai nạn giao thông, đã xử lý "
        f"{d.share(7, 11, '07 điểm, đạt {s}%')}.")
    d.p("6. Tài chính, lao động")
    d.p(f"Doanh thu 6 tháng 46,18 tỷ đồng; lợi nhuận trước thuế 1,86 tỷ đồng, "
        f"{d.share('1.86', '46.18', 'bằng {s}% doanh thu')}; chi phí vật liệu 19,84 tỷ đồng, "
        f"{d.raw('chiếm 44,8% tổng chi phí', 'share', 'ambiguous', 'total cost is not stated; 19,84 / (46,18 − 1,86 = 44,32) = 44,77% → 44,8% only if all costs are revenue minus pre-tax profit; on revenue 46,18 it would be 42,96%')}. "
        f"Nộp ngân sách nhà nước 2,14 tỷ đồng, "
        f"{d.ratio('2.14', '4.40', 'bằng {s}% kế hoạch năm')} (4,40 tỷ đồng). Công nợ phải thu đến 30/6/2025 là 18,62 tỷ "
        f"đồng, {d.subset('3.41', '18.62', 'trong đó nợ quá hạn trên 12 tháng {p} tỷ đồng')} "
        f"({d.share('3.41', '18.62', '{s}%')}), chủ yếu của các công trình xây lắp ngoài hoàn thành từ năm 2022. "
        f"Thu nhập bình quân 8,45 triệu đồng/người/tháng, {d.ratio('8.45', '7.98', 'tăng {s}%', over=True)} so với "
        f"{d.term('cùng kỳ năm 2023', 'cùng kỳ năm 2024', '{n} (7,98 triệu đồng)', why='The period is the first half of 2025; the same period of the previous year is 2024.')}.")
    d.p("III. ĐÁNH GIÁ CHUNG")
    d.p(f"Sáu tháng đầu năm, Công ty bảo đảm giao thông thông suốt trên {d.repeat('612.4', '612.4', '{v} km', pl=1)} đường "
        f"được giao, giá trị sản lượng "
        f"{d.repeat('48.27', '48.72', '{v} tỷ đồng', pl=2, why='48,72 in the output paragraph (its parts sum to 48,72): 48,27 swaps the last two digits.')}; "
        f"hoàn thành {d.frac(5, 8, '{p}/{w} công trình', ref=9, lead=True, why='The company carries 09 periodic-repair works (05 done, 04 under way): the whole is 09, not 08.')} "
        f"sửa chữa định kỳ. Tồn tại: nguồn vốn sửa chữa định kỳ giao chậm; nhiều đoạn đường tỉnh xuống cấp nhanh do xe quá tải; "
        f"việc xử lý vi phạm hành lang ở một số xã chưa kiên quyết; thiết bị thi công "
        f"của một số hạt đã cũ, thường xuyên hư hỏng; thiếu công nhân kỹ thuật có tay nghề cao để vận hành máy rải thảm.")
    d.p("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025")
    d.p(f"Thực hiện giá trị sản lượng {d.diff('95.00', '48.72', 'còn lại {d} tỷ đồng', pl=2)} của kế hoạch năm, "
        f"{d.ratio('46.28', '48.72', 'bằng {s}%', pl=2)} giá trị đã thực hiện 6 tháng đầu năm; hoàn thành "
        f"{d.repeat(4, 4, '{v} công trình', lead=True)} sửa chữa định kỳ chuyển tiếp trước ngày 30/11/2025; chuẩn bị vật tư dự "
        f"phòng (1.850 tấn đá hộc, 240 rọ thép, 36 đốt cống tròn) ứng phó mưa lũ; sơn kẻ bổ sung ... m² vạch tim đường.")
    d.p("V. KIẾN NGHỊ")
    d.p("Đề nghị Sở Xây dựng, Sở Tài chính sớm giao kế hoạch vốn sửa chữa định kỳ bổ sung năm 2025 để Công ty triển khai "
        "trước mùa mưa bão; bố trí kinh phí xử lý dứt điểm các điểm sạt lở trên QL.4B, ĐT.241; chỉ đạo UBND các huyện phối "
        "hợp cưỡng chế các trường hợp lấn chiếm hành lang an toàn đường bộ tồn đọng từ các năm trước; xem xét điều chỉnh đơn "
        "giá bảo dưỡng thường xuyên theo giá vật liệu, nhân công thực tế năm 2025.")
    d.p("Nơi nhận:")
    d.p("- Sở Xây dựng; Ban Quản lý bảo trì đường bộ;")
    d.p("- HĐQT Công ty;")
    d.p("- Lưu: VT, KH-KT.")
    d.p("TỔNG GIÁM ĐỐC")
    d.fn(f"Theo hạt: Cao Lộc 152,6 km, Đình Lập 163,8 km, Bắc Sơn 141,5 km, Hữu Lũng 154,5 km; cộng "
         f"{d.total(['152.6', '163.8', '141.5', '154.5'], '{t} km', pl=1)}.")
    d.fn(f"Giá trị khắc phục mưa lũ 3,94 tỷ đồng, {d.share('3.94', '48.72', 'chiếm {s}% giá trị sản lượng', pl=1)}; "
         f"quý II chiếm {d.share('2.87', '3.94', '{s}%', pl=1)} (2,87 tỷ đồng).")
    return d


# ============================================================================= draft 5: border-gate management board
def draft5():
    d = Draft("h19-05-ban-quan-ly-cua-khau", "provincial border-gate management board, annual report 2024")
    d.p("UBND TỈNH CAO BẰNG")
    d.p("BAN QUẢN LÝ CÁC CỬA KHẨU")
    d.p("Số: 96/BC-BQLCK")
    d.p("Cao Bằng, ngày 20 tháng 12 năm 2024")
    d.p("BÁO CÁO")
    d.p("Tình hình quản lý, hoạt động tại các cửa khẩu, lối mở biên giới năm 2024; nhiệm vụ trọng tâm năm 2025")
    d.p("Thực hiện Nghị định số 112/2014/NĐ-CP ngày 21/11/2014 của Chính phủ quy định về quản lý cửa khẩu biên giới đất "
        "liền và Quy chế phối hợp ban hành kèm theo Quyết định số 08/2023/QĐ-UBND ngày 14/3/2023 của UBND tỉnh, Ban Quản lý "
        "các cửa khẩu báo cáo như sau (số liệu tính đến ngày 15/12/2024, ước thực hiện đến ngày 31/12/2024):")
    d.p("I. KHÁI QUÁT CHUNG")
    d.p(f"Ban Quản lý được giao quản lý "
        f"{d.total([2, 1, 4], '{t} cửa khẩu, lối mở', written=6, lead=True, why='2 + 1 + 4 = 7: the bilateral gate Sóc Giang is left out of the count.')} "
        f"(02 cửa khẩu quốc tế Tà Lùng, Trà Lĩnh; 01 cửa khẩu song phương Sóc Giang; 04 lối mở Nà Lạn, Pò Peo, Đức Long, Lý "
        f"Vạn). {d.total([9, 28, 5], 'Tổng số người làm việc của Ban là {t} người')} (09 công chức, 28 viên chức, 05 lao động "
        f"hợp đồng), bố trí tại 03 trạm kiểm soát liên hợp và văn phòng Ban; "
        f"{d.share(31, 42, 'đảng viên {p}/{b} người ({s}%)', kind='fraction')}, {d.subset(14, 42, 'nữ {p} người')}. Tổng số người làm việc thường xuyên tại khu vực "
        f"cửa khẩu khoảng "
        f"{d.raw('1.940 người', 'sum', 'ambiguous', 'parts: lực lượng chức năng 412, doanh nghiệp dịch vụ ... (placeholder), lao động bốc xếp 1.126: one part is not filled, so the sum cannot be checked (412 + 1.126 = 1.538)')} "
        f"(lực lượng chức năng 412, doanh nghiệp dịch vụ ..., lao động bốc xếp 1.126).")
    d.p("Năm 2024, tình hình biên giới ổn định; phía Trung Quốc tiếp tục siết chặt kiểm dịch, truy xuất nguồn gốc đối với "
        "nông sản, đồng thời mở thêm luồng thông quan ưu tiên cho trái cây tươi. Tuyến cao tốc Đồng Đăng - Trà Lĩnh đang thi "
        "công, hạ tầng kết nối các cửa khẩu còn hạn chế; mưa lũ tháng 9 do ảnh hưởng của bão số 3 làm gián đoạn thông quan "
        "tại cửa khẩu Trà Lĩnh trong 04 ngày.")
    d.p("II. KẾT QUẢ HOẠT ĐỘNG NĂM 2024")
    d.p("1. Kim ngạch xuất nhập khẩu")
    d.p(f"Tổng kim ngạch xuất nhập khẩu qua các cửa khẩu năm 2024 ước đạt "
        f"{d.total(['412.7', '603.5', '270.2'], '{t} triệu USD', pl=1)}, {d.ratio('1286.4', 1000, 'bằng {s}% kế hoạch')} "
        f"(1.000 triệu USD), {d.ratio('1286.4', '1087.5', 'tăng {s}%', over=True)} "
        f"{d.term('năm 2023', 'năm 2023', 'so với {n} (1.087,5 triệu USD)')}. Chia ra: xuất khẩu 412,7 triệu USD "
        f"({d.share('412.7', '1286.4', '{s}%')}); nhập khẩu 603,5 triệu USD "
        f"({d.share('603.5', '1286.4', '{s}%', val='49.61', why='46,91 with the digits 6 and 9 exchanged.')}); tạm nhập tái "
        f"xuất, quá cảnh 270,2 triệu USD ({d.share('270.2', '1286.4', '{s}%')}). Tỷ trọng xuất khẩu "
        f"{d.points('32.08', '29.44', '{w} {d}%', written='2.46', why='32,08 − 29,44 = 2,64: the last two digits are swapped.')} "
        f"so với năm trước (29,44%).")
    d.p(f"Theo cửa khẩu: Tà Lùng 742,8 triệu USD ({d.share('742.8', '1286.4', 'chiếm {s}%')}); Trà Lĩnh 468,1 triệu USD "
        f"({d.share('468.1', '1286.4', '{s}%', mode='trunc')}); Sóc Giang và các lối mở 75,5 triệu USD "
        f"({d.share('75.5', '1286.4', '{s}%')}). Mặt hàng xuất khẩu chủ yếu là nông sản, trái cây, tinh bột sắn, quặng "
        f"mangan (riêng tinh bột sắn 86,4 triệu USD, {d.share('86.4', '412.7', 'bằng {s}% kim ngạch xuất khẩu')}); nhập "
        f"khẩu chủ yếu là máy móc, thiết bị, phân bón, vải, linh kiện điện tử.")
    d.p("2. Phương tiện, hàng hóa")
    d.p(f"Phương tiện xuất nhập cảnh {d.total([93860, 92560], '{t} lượt')} (xuất cảnh 93.860 lượt, nhập cảnh 92.560 lượt), "
        f"{d.ratio(186420, 12, 'bình quân {s} lượt/tháng', pl=0, x100=False, unit=' lượt/tháng')}; riêng cửa khẩu Tà Lùng "
        f"{d.share(112340, 186420, '112.340 lượt ({s}%)')}. Hàng hóa thông quan "
        f"3.254.600 tấn, {d.diff(3254600, 2842300, '{w} {d} tấn')} {d.term('năm 2023', 'năm 2023', 'so với {n} (2.842.300 tấn)')}, "
        f"{d.ratio(3254600, 2842300, 'bằng {s}%', pl=2)}. Thời gian thông quan bình quân 3,2 giờ/phương tiện, "
        f"{d.diff('3.2', '4.1', '{w} {d} giờ', pl=1)} so với năm trước (4,1 giờ); có 06 đợt ùn ứ phương tiện vào dịp Tết "
        f"Nguyên đán và mùa vụ thanh long, sầu riêng.")
    d.p("3. Người xuất nhập cảnh")
    d.p(f"Người xuất nhập cảnh qua các cửa khẩu {d.total([207340, 205220], '{t} lượt')} (xuất cảnh 207.340, nhập cảnh "
        f"205.220), trong đó người nước ngoài 96.480 lượt ({d.share(96480, 412560, '{s}%', mode='trunc')}); "
        f"{d.subset(58740, 412560, 'cư dân biên giới qua lại bằng giấy thông hành {p} lượt')}. So với "
        f"{d.term('năm 2023', 'năm 2023', '{n} (356.820 lượt)')}, số lượt người xuất nhập cảnh "
        f"{d.ratio(412560, 356820, 'tăng {s}%', over=True)}. Khách du lịch xuất cảnh "
        f"124.900 lượt, {d.share(124900, 412560, 'chiếm {s}% tổng số lượt xuất nhập cảnh', wb=207340, why='124.900 was divided by the 207.340 departures, not by the 412.560 crossings the sentence names.')}.")
    d.p("4. Thu phí sử dụng công trình kết cấu hạ tầng")
    d.p(f"Số thu phí năm 2024 ước đạt {d.total(['198.42', '101.87', '12.36'], '{t} tỷ đồng', pl=2)} (Tà Lùng 198,42 tỷ "
        f"đồng, Trà Lĩnh 101,87 tỷ đồng, Sóc Giang và lối mở 12,36 tỷ đồng), "
        f"{d.ratio('312.65', 300, 'bằng {s}% dự toán')} giao (300 tỷ đồng), "
        f"{d.diff('312.65', '285.50', '{w} {d} tỷ đồng', pl=2, word='giảm', why='312,65 > 285,50: fee revenue rose; the word should be tăng.')} "
        f"{d.term('năm 2023', 'năm 2023', 'so với {n} (285,50 tỷ đồng)')}; "
        f"{d.ratio('312.65', 365, 'bình quân {s} tỷ đồng/ngày', pl=2, x100=False, unit=' tỷ đồng/ngày', amb='2024 has 366 days (312,65 / 366 = 0,85); dividing by 365 gives 0,86, and the annual figure is itself an estimate from data to 15/12; the divisor cannot be decided')}. "
        f"Cửa khẩu Tà Lùng nộp ngân sách "
        f"{d.repeat('204.10', '198.42', '{v} tỷ đồng', pl=2, amb='204,10 paid into the budget vs 198,42 collected at Tà Lùng: payment may include the December 2023 collections carried over; cannot tell whether it is the same quantity')}.")
    d.p("5. Doanh nghiệp, dịch vụ")
    d.p(f"{d.total([236, 912], 'Có {t} doanh nghiệp')} làm thủ tục xuất nhập khẩu qua các cửa khẩu, gồm 236 doanh nghiệp "
        f"trong tỉnh và 912 doanh nghiệp ngoài tỉnh. Xét theo loại hình hoạt động, "
        f"{d.total([652, 781], 'trong {t} doanh nghiệp', written=1148, amb='652 exporters + 781 importers = 1.433 > 1.148: a firm may both export and import, so the groups overlap; the text does not give the overlap')} "
        f"có 652 doanh nghiệp xuất khẩu, 781 doanh nghiệp nhập khẩu; "
        f"{d.subset(187, 1148, '{p} doanh nghiệp lần đầu')} làm thủ tục tại tỉnh. Bãi kiểm hóa, kho ngoại quan đáp ứng "
        f"bình quân 1.200 xe/ngày.")
    d.p(f"Các lực lượng chức năng tại cửa khẩu phối hợp chặt chẽ: Hải quan tiếp nhận "
        f"{d.total([61440, 28730, 8290], '{t} tờ khai')}, gồm luồng xanh 61.440 tờ khai "
        f"({d.share(61440, 98460, '{s}%')}), luồng vàng 28.730 và luồng đỏ 8.290 tờ khai; tỷ lệ luồng xanh "
        f"{d.points('62.40', '58.30', '{w} {d}%')} so với năm trước (58,30%). Kiểm dịch thực vật 42.680 lô hàng, phát hiện 37 "
        f"lô không đạt yêu cầu ({d.share(37, 42680, '{s}%')}), đã tái xuất hoặc tiêu hủy theo quy định.")
    d.p("6. Công tác phối hợp, đối ngoại")
    d.p(f"Tổ chức 24 cuộc hội đàm, gặp gỡ với cơ quan quản lý cửa khẩu phía Trung Quốc (Quảng Tây); đề xuất 14 nội dung "
        f"phối hợp, đã thống nhất {d.share(12, 14, '{p}/{b} nội dung, đạt {s}%', kind='fraction')} (thông quan ngày lễ, kéo "
        f"dài giờ làm việc, luồng xe chuyên dụng nông sản...). Phát hiện, lập biên bản 86 trường hợp vi phạm quy chế khu vực "
        f"cửa khẩu (đỗ xe sai quy định, kinh doanh không đúng địa điểm, vào khu vực hạn chế không có giấy phép), xử phạt hành "
        f"chính 412 triệu đồng; duy trì đường dây nóng tiếp nhận phản ánh của doanh nghiệp, lái xe 24/24 giờ.")
    d.p("7. Đầu tư hạ tầng")
    d.p(f"Dự án mở rộng bãi kiểm hóa cửa khẩu Tà Lùng "
        f"({d.total(['90.0', '56.8'], 'tổng mức đầu tư {t} tỷ đồng', pl=1)}, gồm ngân sách trung ương 90,0 tỷ đồng, ngân sách "
        f"tỉnh 56,8 tỷ đồng): năm 2024 giải ngân 38,5 tỷ đồng; "
        f"lũy kế đến 31/12/2024 {d.total(['63.8', '38.5'], 'giải ngân {t} tỷ đồng', pl=1)} (đến hết năm 2023 là 63,8 tỷ "
        f"đồng), {d.share('102.3', '146.8', 'đạt {s}%', mode='trunc')} tổng mức đầu tư.")
    d.p("III. ĐÁNH GIÁ CHUNG")
    d.p(f"Năm 2024, hoạt động tại các cửa khẩu sôi động: kim ngạch "
        f"{d.repeat('1286.4', '1286.4', '{v} triệu USD', pl=1)}, "
        f"{d.repeat(168420, 186420, '{v} lượt phương tiện', why='186.420 in the vehicles paragraph (93.860 + 92.560): 168.420 swaps two digits.')}, "
        f"thu phí {d.repeat('312.65', '312.65', '{v} tỷ đồng', pl=2)}. Kim ngạch xuất nhập khẩu đạt "
        f"{d.repeat('1214.7', '1286.4', '{v} triệu USD', pl=1, amb='no date is given: 1.214,7 may be the actual to 15/12/2024 while 1.286,4 is the estimate to 31/12/2024')} "
        f"theo số liệu Hải quan. Hạn chế: hạ tầng giao thông kết nối còn hẹp, ùn ứ cục bộ vào mùa vụ; thủ tục kiểm dịch "
        f"phía bạn thay đổi nhiều.")
    d.p(f"Giai đoạn 2021 - 2024, tổng kim ngạch đạt "
        f"{d.total(['542.3', '996.4', '1087.5', '1286.4'], '{t} triệu USD', pl=1)} (năm 2021: 542,3; năm 2022: 996,4; năm "
        f"2023: 1.087,5; năm 2024: 1.286,4 triệu USD); năm 2024 {d.ratio('1286.4', '542.3', 'gấp {s} lần', pl=2, x100=False)} "
        f"năm đầu giai đoạn.")
    d.p("IV. NHIỆM VỤ TRỌNG TÂM NĂM 2025")
    d.p(f"Phấn đấu kim ngạch xuất nhập khẩu 1.450 triệu USD, {d.ratio(1450, '1286.4', 'tăng {s}%', over=True)} "
        f"{d.term('năm 2024', 'năm 2024', 'so với ước thực hiện {n}')}; phương tiện xuất nhập cảnh 200.000 lượt, "
        f"{d.ratio(200000, 186420, 'bằng {s}%')} năm 2024; thu phí 330 tỷ đồng, "
        f"{d.ratio(330, '312.65', 'tăng {s}%', over=True)} "
        f"{d.term('năm 2023', 'năm 2024', 'so với {n}', why='5,5% is computed on the 2024 estimate 312,65; the year named should be 2024.')}; "
        f"hoàn thành dự án mở rộng bãi kiểm hóa Tà Lùng; thí điểm cửa khẩu số tại Trà Lĩnh từ quý ... năm 2025.")
    d.p("V. ĐỀ XUẤT, KIẾN NGHỊ")
    d.p("Đề nghị UBND tỉnh báo cáo Bộ Công Thương, Bộ Ngoại giao đàm phán với phía Quảng Tây nâng cấp lối mở Lý Vạn thành "
        "cửa khẩu song phương; bố trí vốn đối ứng cho dự án hạ tầng cửa khẩu số; cho phép Ban Quản lý được sử dụng một phần "
        "số thu phí để duy tu bãi kiểm hóa, đường nội bộ trong khu vực cửa khẩu.")
    d.p("Nơi nhận: - UBND tỉnh (b/c); - Sở Công Thương, Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Chi cục Hải quan cửa khẩu; - Lưu: VT, NV.")
    d.p("TRƯỞNG BAN")
    d.fn(f"Phương tiện chở hàng xuất khẩu 61.380 lượt, chở hàng nhập khẩu 72.910 lượt, xe chở khách 14.230 lượt, xe không "
         f"hàng 37.900 lượt; cộng {d.total([61380, 72910, 14230, 37900], '{t} lượt')}.")
    d.fn(f"Số thu phí theo quý: quý I 68,24 tỷ đồng; quý II 79,51 tỷ đồng; quý III 81,36 tỷ đồng; quý IV ước 83,54 tỷ đồng "
         f"({d.diff('83.54', '81.36', '{w} {d} tỷ đồng', pl=2)} {d.term('quý III', 'quý III', 'so với {n}')}); cộng "
         f"{d.total(['68.24', '79.51', '81.36', '83.54'], '{t} tỷ đồng', pl=2)}.")
    d.fn(f"Hàng nông sản, trái cây xuất khẩu 159,3 triệu USD, {d.share('159.3', '412.7', 'chiếm {s}% kim ngạch xuất khẩu', pl=1)}.")
    return d


# ============================================================================= draft 6: beekeepers' association
def draft6():
    d = Draft("h19-06-hoi-nuoi-ong", "provincial beekeepers' association, congress report term 2020 - 2025")
    d.p("HỘI NUÔI ONG TỈNH ĐẮK LẮK")
    d.p("BAN CHẤP HÀNH KHÓA V")
    d.p("Số: 15/BC-HNO")
    d.p("Đắk Lắk, ngày 12 tháng 6 năm 2025")
    d.p("BÁO CÁO CHÍNH TRỊ")
    d.p("của Ban Chấp hành Hội khóa V trình Đại hội đại biểu Hội Nuôi ong tỉnh lần thứ VI, nhiệm kỳ 2025 - 2030")
    d.p("Đại hội đại biểu Hội Nuôi ong tỉnh lần thứ V (ngày 18/7/2020) đã thông qua Nghị quyết với 08 chỉ tiêu chủ yếu và "
        "04 nhóm giải pháp. Thực hiện Điều lệ Hội (được phê duyệt tại Quyết định số 1127/QĐ-UBND ngày 28/5/2019 của UBND "
        "tỉnh) và Quy chế làm việc của Ban Chấp hành, Ban Chấp hành Hội khóa V báo cáo kết quả nhiệm kỳ như sau:")
    d.p("Nhiệm kỳ qua, nghề nuôi ong của tỉnh chịu nhiều tác động: giá mật ong xuất khẩu biến động mạnh, thị trường Hoa Kỳ "
        "áp thuế chống bán phá giá đối với mật ong Việt Nam từ năm 2022; nắng hạn kéo dài, diện tích cà phê tái canh, cây trồng "
        "phun thuốc bảo vệ thực vật làm giảm nguồn hoa; dịch bệnh trên đàn ong diễn biến phức tạp. Được sự quan tâm của Tỉnh ủy, "
        "UBND tỉnh, sự phối hợp của các sở, ngành và sự nỗ lực của hội viên, Hội đã hoàn thành cơ bản các nhiệm vụ.")
    d.p("Phần thứ nhất")
    d.p("KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI LẦN THỨ V, NHIỆM KỲ 2020 - 2025")
    d.p("1. Công tác tổ chức, phát triển hội viên")
    d.p(f"Đến ngày 31/5/2025, toàn tỉnh có {d.total([6, 5, 4, 4, 3, 6], '{t} chi hội cơ sở')} "
        f"({d.diff(28, 22, '{w} {d} chi hội', lead=True)} so với đầu nhiệm kỳ là 22 chi hội) với 1.486 hội viên, "
        f"{d.diff(1486, 1174, '{w} {d} hội viên')} {d.term('nhiệm kỳ 2015 - 2020', 'nhiệm kỳ 2015 - 2020', 'so với {n} (1.174 hội viên)')}. "
        f"Trong nhiệm kỳ kết nạp mới 356 hội viên, "
        f"{d.total([1174, 356], 'nâng tổng số hội viên lên {t} người', written=1486, amb='1.174 + 356 = 1.530, not 1.486: the 44 difference may be members who left or died during the term, which the text does not state')}.")
    d.p(f"Trong tổng số hội viên, {d.share(287, 1486, 'nữ 287 người ({s}%)')}; người dân tộc thiểu số 342 người "
        f"({d.share(342, 1449, '{s}%', pl=1, amb='342 / 1.486 = 23,01% on all members; 23,6% = 342 / 1.449, the 1.486 members minus the 37 enterprise and cooperative members; which base is meant is not said')}); "
        f"{d.subset(37, 1486, 'hội viên là doanh nghiệp, hợp tác xã {p}')}. Theo quy mô, "
        f"{d.total([812, 498, 176], '{t} hội viên', written=1310, why='1.310 = 812 + 498: the 176 members with over 200 hives are left out (the members total 1.486).')} "
        f"gồm: nuôi dưới 50 đàn 812, từ 50 đến 200 đàn 498, trên 200 đàn 176. Theo giống ong, "
        f"{d.raw('1.214 hội viên nuôi ong ngoại (Apis mellifera), 431 hội viên nuôi ong nội (Apis cerana)', 'sum', 'ambiguous', '1.214 + 431 = 1.645 > 1.486 members: many keepers raise both species, so the groups may overlap; the text does not give the overlap')}.")
    d.p(f"Ban Chấp hành khóa V có hai mươi mốt (21) ủy viên, {d.subset(7, 21, 'Ban Thường vụ {p} ủy viên', lead=True)}; "
        f"{d.subset(4, 21, 'nữ {p} ủy viên', lead=True)}, {d.subset(3, 21, 'người dân tộc thiểu số {p} ủy viên', lead=True)}. "
        f"Chi hội đông nhất là Chi hội Krông Năng với {d.share(186, 1486, '186 hội viên ({s}%)')}. Về độ tuổi, hội viên "
        f"dưới 40 tuổi 396 người ({d.share(396, 1486, '{s}%')}), từ 40 đến 60 tuổi 874 người ({d.share(874, 1486, '{s}%')}), "
        f"trên 60 tuổi 216 người ({d.share(216, 1486, '{s}%')}); lực lượng hội viên trẻ tăng nhờ nghề nuôi ong cho thu nhập ổn "
        f"định, nhiều con em hội viên tiếp nối nghề của gia đình.")
    d.p("2. Phát triển đàn ong, sản lượng")
    d.p(f"Tổng đàn ong toàn tỉnh đến ngày 31/12/2024 là {d.total([171300, 15200], '{t} đàn')} (ong ngoại 171.300 đàn, "
        f"ong nội 15.200 đàn), {d.diff(186500, 142600, '{w} {d} đàn')} so với đầu nhiệm kỳ (năm 2020: 142.600 đàn), "
        f"{d.ratio(186500, 142600, 'bằng {s}%', val='103.8', why='130,8 typed with the 3 and 0 swapped.')}; "
        f"{d.share(164820, 186500, 'hội viên trực tiếp quản lý 164.820 đàn ({s}%)', mode='trunc')}. Thiệt hại do dịch bệnh "
        f"(ấu trùng túi, nấm vôi) và nắng hạn 4.820 đàn, {d.share(4820, 186500, 'bằng {s}% tổng đàn')}.")
    d.p(f"Sản lượng mật ong năm 2024 {d.total([7820, 2930, 1710], 'đạt {t} tấn')}, gồm mật ong hoa cà phê 7.820 tấn "
        f"({d.share(7820, 12460, 'chiếm {s}%', val='62.67', why='62,76 with the last two digits swapped.')}), mật ong hoa "
        f"điều, cao su 2.930 tấn, mật ong hoa rừng và hoa khác 1.710 tấn; năng suất "
        f"{d.ratio(12460000, 186500, 'bình quân {s} kg/đàn', pl=1, x100=False, unit=' kg/đàn')}. Cả nhiệm kỳ, sản lượng mật "
        f"ong đạt {d.total([9640, 10120, 10870, 11290, 12460], '{t} tấn')} (năm 2020: 9.640; năm 2021: 10.120; năm 2022: "
        f"10.870; năm 2023: 11.290; năm 2024: 12.460 tấn), {d.ratio(54380, 41320, 'tăng {s}%', over=True)} "
        f"{d.term('nhiệm kỳ 2015 - 2020', 'nhiệm kỳ 2015 - 2020', 'so với {n} (41.320 tấn)')}. Ngoài ra, hội viên còn khai "
        f"thác phấn hoa, sáp ong, sữa ong chúa phục vụ chế biến sản phẩm OCOP.")
    d.p("3. Tiêu thụ, xuất khẩu")
    d.p(f"Năm 2024, xuất khẩu {d.share(10540, 12460, '10.540 tấn mật ong, chiếm {s}% sản lượng')}, giá trị 28,46 triệu "
        f"USD; giá xuất khẩu bình quân "
        f"{d.ratio(28460000, 10540, '{s} USD/tấn', pl=0, x100=False, unit=' USD/tấn')}, "
        f"{d.diff(2700, 2380, '{w} {d} USD/tấn', word='giảm', why='2.700 > 2.380: the price rose by 320 USD/t; the word should be tăng.')} "
        f"{d.term('năm 2023', 'năm 2023', 'so với {n} (2.380 USD/tấn)')}. Thị trường chủ yếu là Hoa Kỳ "
        f"({d.share(9120, 10540, '9.120 tấn, {s}%', mode='trunc')} lượng xuất khẩu), còn lại là EU, Nhật Bản, Hàn Quốc. "
        f"Tiêu thụ nội địa 1.920 tấn, "
        f"{d.share(1920, 12460, 'chiếm {s}% sản lượng', wb=10540, why='1.920 was divided by the exported 10.540 t, not by the 12.460 t produced.')}. "
        f"Riêng lượng mật xuất khẩu qua các doanh nghiệp trong tỉnh là "
        f"{d.repeat(9870, 10540, '{v} tấn', amb='9.870 t exported through enterprises of the province vs 10.540 t exported in total: the qualifier may exclude exports through enterprises of other provinces, or the two may be the same figure; cannot tell')}.")
    d.p("4. Hỗ trợ hội viên, chuyển giao kỹ thuật")
    d.p(f"Tổ chức {d.total([18, 12, 16], '{t} lớp tập huấn')} (phòng, trị bệnh cho ong 18 lớp; kỹ thuật nuôi ong chúa 12 "
        f"lớp; sản xuất mật ong đạt chuẩn xuất khẩu 16 lớp) cho 2.310 lượt hội viên, "
        f"{d.ratio(2310, 46, 'bình quân {s} lượt/lớp', pl=0, x100=False, unit=' lượt/lớp')}. Phối hợp các ngân hàng thương "
        f"mại cho 214 hộ vay 38,6 tỷ đồng, "
        f"{d.ratio(38600, 214, 'bình quân {s} triệu đồng/hộ', pl=0, x100=False, unit=' triệu đồng/hộ')}; hỗ trợ 23 cơ sở "
        f"được cấp giấy chứng nhận VietGAHP, 11 cơ sở đạt chứng nhận hữu cơ, 08 sản phẩm được công nhận OCOP từ 3 sao trở lên. "
        f"Hiện nay tổng đàn ong của hội viên khoảng "
        f"{d.repeat(171000, 164820, '{v} đàn', amb='hiện nay (June 2025) vs 164.820 hives at 31/12/2024: hive numbers change with the season, so the two may be different dates of the same quantity; cannot tell')}.")
    d.p("5. Xây dựng mô hình liên kết, nâng cao thu nhập")
    d.p(f"Hội phối hợp doanh nghiệp thu mua, chế biến xây dựng {d.total([9, 5, 3], '{t} mô hình liên kết')} (ong - cà phê "
        f"09, ong - điều 05, ong - rừng 03) tại {d.share(15, 28, '{p}/{b} chi hội, đạt {s}%', kind='fraction')}, "
        f"{d.ratio(15, 20, 'bằng {s}% chỉ tiêu', pl=1)} Nghị quyết (20 chi hội). Hội viên có chứng nhận VietGAHP 268 người, "
        f"{d.share(268, 1486, 'chiếm {s}% tổng số hội viên')} (chỉ tiêu 25%). Thu nhập bình quân từ nuôi ong của hội viên "
        f"năm 2024 là 186 triệu đồng/hộ, {d.diff(186, 144, '{w} {d} triệu đồng')} so với đầu nhiệm kỳ (144 triệu đồng); "
        f"nhiều hộ nuôi trên 500 đàn có thu nhập từ 1 tỷ đồng/năm trở lên.")
    d.p("6. Tài chính của Hội")
    d.p(f"Tổng thu nhiệm kỳ {d.total([412, 1684, 750], '{t} triệu đồng')} (hội phí 412 triệu đồng; tài trợ của doanh "
        f"nghiệp 1.684 triệu đồng; thu dịch vụ, tập huấn 750 triệu đồng); tổng chi 2.617 triệu đồng; tồn quỹ đến 31/5/2025 "
        f"{d.diff(2846, 2617, 'là {d} triệu đồng')}. Thu hội phí {d.ratio(412, 446, 'đạt {s}% kế hoạch', mode='trunc')} "
        f"(446 triệu đồng).")
    d.p("7. Đánh giá chung")
    d.p(f"Nhiệm kỳ 2020 - 2025, Hội đạt và vượt {d.share(6, 8, '{p}/{b} chỉ tiêu ({s}%)', kind='fraction', lead=True)} "
        f"Nghị quyết Đại hội lần thứ V; {d.diff(8, 6, '{d} chỉ tiêu', lead=True)} chưa đạt là số chi hội có mô hình liên kết "
        f"tiêu thụ và tỷ lệ hội viên có chứng nhận VietGAHP. Tổng đàn {d.repeat(186500, 186500, '{v} đàn')}, hội viên "
        f"{d.repeat(1468, 1486, '{v} người', why='1.486 members in the organisation paragraph: 1.468 swaps the last two digits.')}. "
        f"Hạn chế: sản phẩm chủ yếu xuất khẩu thô, phụ thuộc một thị trường; dư lượng thuốc bảo vệ thực vật trong mật ở một "
        f"số vùng cà phê chưa được kiểm soát; hoạt động của một số chi hội còn hình thức, thu hội phí chưa đạt. "
        f"Nguyên nhân chủ yếu do nguồn lực của Hội hạn chế, cán bộ Hội kiêm nhiệm, việc liên kết với doanh nghiệp chưa chặt chẽ.")
    d.p("Phần thứ hai")
    d.p("PHƯƠNG HƯỚNG, MỤC TIÊU NHIỆM KỲ 2025 - 2030")
    d.p(f"Phát triển hội viên lên 1.800 người ({d.diff(1800, 1486, '{w} {d} hội viên')}); tổng đàn ong đến năm 2030 đạt "
        f"230.000 đàn, {d.ratio(230000, 186500, 'tăng {s}%', over=True)} "
        f"{d.term('nhiệm kỳ 2015 - 2020', 'nhiệm kỳ 2020 - 2025', 'so với cuối {n}', why='23,3% is computed on 186.500 hives, the end of the 2020 - 2025 term.')}; "
        f"sản lượng mật ong 15.000 tấn/năm, {d.ratio(15000, 12460, 'gấp {s} lần', pl=1, x100=False)} "
        f"{d.term('năm 2024', 'năm 2024', 'so với {n}')}; 100% chi hội "
        f"có quy chế hoạt động; phấn đấu có ... sản phẩm mật ong mang chỉ dẫn địa lý Đắk Lắk.")
    d.p(f"Tổ chức 60 lớp tập huấn trong nhiệm kỳ, {d.diff(60, 46, '{w} {d} lớp')} "
        f"{d.term('nhiệm kỳ 2020 - 2025', 'nhiệm kỳ 2020 - 2025', 'so với {n}')}; Ban Chấp hành khóa VI dự kiến 23 ủy viên, "
        f"{d.diff(23, 21, '{w} {d} ủy viên', lead=True)} so với khóa V, bảo đảm cơ cấu các chi hội vùng trọng điểm nuôi ong.")
    d.p("Đại hội kêu gọi toàn thể hội viên đoàn kết, đổi mới, sáng tạo, xây dựng Hội vững mạnh, góp phần phát triển nghề nuôi "
        "ong bền vững của tỉnh.")
    d.p(f"Đại hội được triệu tập {d.total([21, 129], '{t} đại biểu')} (21 đại biểu đương nhiên là ủy viên Ban Chấp hành "
        f"khóa V, 129 đại biểu do các chi hội bầu).")
    d.p("BAN CHẤP HÀNH HỘI NUÔI ONG TỈNH KHÓA V")
    d.fn(f"Krông Năng 06, Cư M'gar 05, Ea H'leo 04, Krông Pắc 04, Buôn Đôn 03, các huyện, thành phố khác 06 chi hội; cộng "
         f"{d.total([6, 5, 4, 4, 3, 6], '{t} chi hội')}.")
    d.fn(f"Chi hoạt động chuyên môn 1.482 triệu đồng, tập huấn 764 triệu đồng, quản lý 371 triệu đồng; cộng "
         f"{d.total([1482, 764, 371], '{t} triệu đồng')}.")
    d.fn(f"Năm 2023 xuất khẩu 9.310 tấn, {d.share(9310, 11290, 'bằng {s}% sản lượng', pl=1)} năm 2023; tỷ lệ xuất khẩu năm "
         f"2024 {d.points('84.59', '82.46', '{w} {d}%', pl=1)} {d.term('năm 2023', 'năm 2023', 'so với {n}.')}")
    return d


# ============================================================================= main
DRAFTS = [draft1, draft2, draft3, draft4, draft5, draft6]


def table(rows, head):
    out = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    for r in rows:
        out.append("| " + " | ".join(str(x) for x in r) + " |")
    return "\n".join(out)


def main():
    os.makedirs(OUT, exist_ok=True)
    errs, per, kv = [], [], Counter()
    for f in DRAFTS:
        d = f()
        errs += d.check()
        txt = d.write()
        # re-read the written files: every label's line holds its anchor exactly once
        lines = open(os.path.join(OUT, d.name + ".txt"), encoding="utf-8").read().split("\n")[:-1]
        lab = json.load(open(os.path.join(OUT, d.name + ".labels.json"), encoding="utf-8"))
        for c in lab["claims"]:
            if lines[c["line"] - 1].count(c["anchor"]) != 1:
                errs.append("%s: re-read line %d anchor %r" % (d.name, c["line"], c["anchor"]))
        v = Counter(c["verdict"] for c in d.claims)
        for c in d.claims:
            kv[(c["kind"], c["verdict"])] += 1
        per.append((d.name, d.subject, len(txt), len(lines), len(d.claims),
                    v["consistent"], v["rounding"], v["inconsistent"], v["ambiguous"]))
    for e in errs:
        print("ERROR", e)
    tot = [sum(r[i] for r in per) for i in range(4, 9)]
    md = ["# heldout19 — six Vietnamese report drafts with labelled numeric claims", "",
          "Generated by `make.py` (Python standard library, `decimal.Decimal`, ROUND_HALF_UP); every count below is "
          "computed by `make.py` from the labels it writes.", "",
          "## Per draft", "",
          table([r for r in per] + [("**total**", "", sum(r[2] for r in per), sum(r[3] for r in per)) + tuple(tot)],
                ["draft", "subject", "chars", "lines", "claims", "consistent", "rounding", "inconsistent", "ambiguous"]),
          "", "## Kind × verdict (all drafts)", ""]
    rows = []
    for k in KINDS:
        r = [kv[(k, v)] for v in VERDICTS]
        rows.append([k] + r + [sum(r)])
    rows.append(["**total**"] + [sum(kv[(k, v)] for k in KINDS) for v in VERDICTS] + [sum(kv.values())])
    md.append(table(rows, ["kind"] + VERDICTS + ["total"]))
    md += ["", "Rounding labels: the stated value is the truncation, one unit below the half-up value. "
           "Inconsistent labels carry the value that should be written in `right`.", ""]
    with open(os.path.join(HERE, "SUMMARY.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(md))
    for r in per:
        print("%-40s chars=%5d lines=%2d claims=%2d  c=%2d r=%d i=%d a=%d" % ((r[0],) + r[2:]))
    print("total claims=%d consistent=%d rounding=%d inconsistent=%d ambiguous=%d" % tuple(tot))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
