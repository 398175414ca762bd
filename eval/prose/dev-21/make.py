#!/usr/bin/env python3
"""Generator of the dev21 learning evaluation set (Vietnamese report drafts with labelled numeric claims).

Python standard library only.  Every figure that a claim is about is computed here with exact decimal
arithmetic (decimal.Decimal, ROUND_HALF_UP) and every verdict is asserted:

  consistent    the stated figure equals the recomputed one (at the stated precision);
  rounding      the stated figure is the truncation of the recomputed one and differs from its rounding;
  inconsistent  the stated figure is off by more than one unit in its last digit (or a wrong term / word);
  ambiguous     not decidable from the text (the note says why); no equality asserted.

Writes prose/<name>.txt and prose/<name>.labels.json for each draft, checks every anchor is an exact,
unique substring of its line, and writes SUMMARY.md.
"""
import json
import os
from collections import Counter, OrderedDict
from decimal import Decimal as D, ROUND_HALF_UP, ROUND_DOWN

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "prose")
FN = "[\uFFFD] "  # footnote line prefix, as the shared drafts are exported

KINDS = ["sum", "subset", "share", "fraction", "difference", "points", "ratio", "repeat", "term"]
VERDICTS = ["consistent", "rounding", "inconsistent", "ambiguous"]


# ---------------------------------------------------------------- vi-VN numbers
def P(s):
    """Parse a vi-VN number ('3.248,62', '51,0%', '05') into a Decimal."""
    s = str(s).strip().rstrip("%").strip()
    return D(s.replace(".", "").replace(",", "."))


def places_of(s):
    s = str(s).strip().rstrip("%").strip()
    return len(s.split(",")[1]) if "," in s else 0


def Q(x, n):
    return D(x).quantize(D(1).scaleb(-n), rounding=ROUND_HALF_UP)


def T(x, n):
    return D(x).quantize(D(1).scaleb(-n), rounding=ROUND_DOWN)


def V(x, n=0):
    """Format a Decimal in vi-VN style with n decimals (round half up)."""
    x = Q(D(x), n)
    neg = x < 0
    s = f"{abs(x):.{n}f}"
    ip, _, fp = s.partition(".")
    g = ""
    while len(ip) > 3:
        g = "." + ip[-3:] + g
        ip = ip[:-3]
    return ("-" if neg else "") + ip + g + ("," + fp if n else "")


# ---------------------------------------------------------------- drafts
class Draft:
    def __init__(self, name, office, doc):
        self.name, self.office, self.doc = name, office, doc
        self.lines, self.claims, self.pending = [], [], []

    # text -------------------------------------------------------------
    def add(self, text):
        assert "\n" not in text
        self.lines.append(text)
        n = len(self.lines)
        for c in self.pending:
            assert text.count(c["anchor"]) == 1, (self.name, n, c["anchor"], text.count(c["anchor"]))
            c["line"] = n
            self.claims.append(c)
        self.pending = []
        return n

    def claim(self, anchor, kind, verdict, note, right=None):
        assert kind in KINDS and verdict in VERDICTS, (kind, verdict)
        if verdict in ("rounding", "inconsistent"):
            assert right, anchor
        c = OrderedDict(line=None, anchor=anchor, kind=kind, verdict=verdict)
        if verdict in ("rounding", "inconsistent"):
            c["right"] = right
        c["note"] = note
        self.pending.append(c)

    # checks -----------------------------------------------------------
    def _judge(self, verdict, st, exact, n, calc):
        """Common verdict logic for a stated value st against an exact value at n decimals."""
        R, Tr, unit = Q(exact, n), T(exact, n), D(1).scaleb(-n)
        if verdict == "consistent":
            assert st == R, calc
        elif verdict == "rounding":
            assert st == Tr and Tr != R, calc
        elif verdict == "inconsistent":
            assert abs(st - exact) > unit, calc
        return R

    def sum(self, anchor, total, parts, verdict="consistent", note="", right=None, kind="sum"):
        S = sum(P(p) for p in parts)
        n = places_of(total)
        calc = f"{' + '.join(parts)} = {V(S, n)} vs {total}"
        if verdict == "consistent":
            assert S == P(total), calc
        elif verdict == "inconsistent":
            assert S != P(total), calc
            right = right or V(S, n)
        elif verdict == "ambiguous":
            assert note
        self.claim(anchor, kind, verdict, calc + ("; " + note if note else ""), right)
        return S

    def pct(self, anchor, stated, num, den, verdict="consistent", kind="share", mode="of", note="", right=None):
        """stated % = num/den*100 ('of'), (num/den-1)*100 ('up') or (1-num/den)*100 ('down')."""
        n = places_of(stated)
        r = P(num) / P(den)
        x = {"of": r * 100, "up": (r - 1) * 100, "down": (1 - r) * 100}[mode]
        expr = {"of": f"{num} / {den} × 100", "up": f"({num} / {den} − 1) × 100",
                "down": f"(1 − {num} / {den}) × 100"}[mode]
        R = Q(x, n)
        calc = f"{expr} = {V(x, max(n + 2, 3))} → {V(R, n)}% (stated {stated}%)"
        if verdict == "ambiguous":
            assert note
        else:
            self._judge(verdict, P(stated), x, n, calc)
        if verdict in ("rounding", "inconsistent"):
            right = right or V(R, n) + "%"
        self.claim(anchor, kind, verdict, calc + ("; " + note if note else ""), right)
        return x

    def val(self, anchor, stated, exact, expr, verdict="consistent", kind="ratio", note="", right=None, unit=""):
        """A derived value (average per unit, times, balance...) rounded to the stated precision."""
        n = places_of(stated)
        R = Q(exact, n)
        calc = f"{expr} = {V(exact, n + 3)} → {V(R, n)}{unit} (stated {stated}{unit})"
        if verdict == "ambiguous":
            assert note
        else:
            self._judge(verdict, P(stated), D(exact), n, calc)
        if verdict in ("rounding", "inconsistent"):
            right = right or V(R, n) + unit
        self.claim(anchor, kind, verdict, calc + ("; " + note if note else ""), right)

    def diff(self, anchor, word, stated, cur, prev, verdict="consistent", note="", kind="difference", unit=""):
        delta = P(cur) - P(prev)
        n = max(places_of(stated), places_of(cur), places_of(prev))
        good = "tăng" if delta > 0 else "giảm"
        ok = word == good and abs(delta) == P(stated)
        calc = f"{cur} − {prev} = {V(delta, n)} → {good} {V(abs(delta), n)}{unit} (stated {word} {stated}{unit})"
        right = None
        if verdict == "consistent":
            assert ok, calc
        elif verdict == "inconsistent":
            assert not ok, calc
            right = f"{good} {V(abs(delta), n)}{unit}"
        self.claim(anchor, kind, verdict, calc + ("; " + note if note else ""), right)

    def pts(self, anchor, word, stated, cur, prev, verdict="consistent", note=""):
        pp = P(cur) - P(prev)
        rel = (P(cur) / P(prev) - 1) * 100
        n = places_of(stated)
        good = "tăng" if pp > 0 else "giảm"
        ok = word == good and Q(abs(pp), n) == P(stated)
        calc = (f"{cur} − {prev} = {V(pp, 2)} percentage points (relative reading {V(rel, 2)}%) "
                f"vs stated {word} {stated}")
        right = None
        if verdict == "consistent":
            assert ok, calc
            calc += "; holds as percentage points"
        elif verdict == "inconsistent":
            assert not ok and Q(abs(rel), n) != P(stated), calc
            right = f"{good} {V(abs(pp), 2)} điểm phần trăm"
            calc += "; neither the points nor the relative reading gives the stated value"
        self.claim(anchor, "points", verdict, calc + ("; " + note if note else ""), right)

    def rest(self, anchor, stated, whole, part, what):
        """A remainder stated in words ('còn 03 xã', '07 mẫu không đạt') = whole − part."""
        self.val(anchor, stated, P(whole) - P(part), f"{whole} − {part}", kind="difference", note=what)

    def rep(self, anchor, stated, ref, where, verdict="consistent", note=""):
        calc = f"restates {where}: {ref} vs {stated}"
        right = None
        if verdict == "consistent":
            assert P(stated) == P(ref), calc
        elif verdict == "inconsistent":
            assert P(stated) != P(ref), calc
            right = ref
        elif verdict == "ambiguous":
            assert note
        self.claim(anchor, "repeat", verdict, calc + ("; " + note if note else ""), right)

    def subset(self, anchor, part, parent, note=""):
        assert P(part) <= P(parent)
        self.claim(anchor, "subset", "consistent",
                   f"{part} ≤ {parent}" + ("; " + note if note else ""))

    def frac(self, anchor, a, b, b_ref=None, pct=None, verdict="consistent", note="", right=None):
        A_, B_ = P(a), P(b)
        assert A_ <= B_
        bits = [f"{a}/{b}"]
        b_ok = True
        if b_ref is not None:
            b_ok = P(b_ref) == B_
            bits.append(f"whole {b} vs stated total {b_ref}")
        p_state = None
        if pct is not None:
            n = places_of(pct)
            x = A_ / B_ * 100
            R, Tr, unit = Q(x, n), T(x, n), D(1).scaleb(-n)
            bits.append(f"{a} / {b} × 100 = {V(x, n + 2)} → {V(R, n)}% (stated {pct}%)")
            p_state = "ok" if P(pct) == R else ("trunc" if P(pct) == Tr else
                                                ("bad" if abs(P(pct) - x) > unit else "other"))
        calc = "; ".join(bits)
        if verdict == "consistent":
            assert b_ok and p_state in (None, "ok"), calc
        elif verdict == "rounding":
            assert b_ok and p_state == "trunc", calc
            right = right or V(Q(A_ / B_ * 100, places_of(pct)), places_of(pct)) + "%"
        elif verdict == "inconsistent":
            assert (not b_ok) or p_state == "bad", calc
            assert right
        self.claim(anchor, "fraction", verdict, calc + ("; " + note if note else ""), right)

    def manual(self, anchor, kind, verdict, note, right=None):
        self.claim(anchor, kind, verdict, note, right)

    def finish(self):
        assert not self.pending, [c["anchor"] for c in self.pending]
        return self


# ======================================================================================
# d21-01  Công ty cổ phần thức ăn chăn nuôi — báo cáo năm của Hội đồng quản trị
# ======================================================================================
def d01():
    d = Draft("d21-01-thuc-an-chan-nuoi",
              "Hội đồng quản trị Công ty Cổ phần Thức ăn chăn nuôi Vĩnh Long",
              "Báo cáo kết quả sản xuất, kinh doanh năm 2024 và kế hoạch năm 2025 trình Đại hội đồng cổ đông")
    A = d.add
    for t in ["CÔNG TY CỔ PHẦN THỨC ĂN CHĂN NUÔI VĨNH LONG", "HỘI ĐỒNG QUẢN TRỊ", "Số: 18/BC-HĐQT",
              "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
              "Vĩnh Long, ngày 25 tháng 3 năm 2025", "BÁO CÁO",
              "Kết quả sản xuất, kinh doanh năm 2024 và kế hoạch năm 2025",
              "(Trình Đại hội đồng cổ đông thường niên năm 2025)"]:
        A(t)
    A("Căn cứ Nghị quyết số 01/NQ-ĐHĐCĐ ngày 26/4/2024 của Đại hội đồng cổ đông thường niên năm 2024 và "
      "Quyết định số 125/QĐ-HĐQT ngày 12/3/2024 về giao kế hoạch năm 2024, Hội đồng quản trị báo cáo như sau:")
    A("I. ĐẶC ĐIỂM TÌNH HÌNH")

    # ---- company profile
    vdl, vnn = "186,4", "95,06"
    cap = ["180.000", "120.000", "60.000"]
    capt = "360.000"
    ld, ldtt, ldgt, nu, dv = "412", "309", "103", "158", "47"
    td = ["96", "128", "171"]
    d.pct("chiếm 51,0%", "51,0", vnn, vdl)
    d.sum("gồm 03 nhà máy", "03", ["1", "1", "1"], note="three factories named (Long Hồ, Bình Minh, Trà Ôn)")
    d.sum(f"tổng công suất thiết kế {capt} tấn/năm", capt, cap)
    d.sum(f"có đến 31/12/2024 là {ld} người", ld, [ldtt, ldgt], note="'chia ra' trực tiếp / gián tiếp is exhaustive")
    d.subset(f"nữ {nu} người", nu, ld, "overlapping 'trong đó' part")
    d.subset(f"đảng viên {dv} người", dv, ld, "overlapping 'trong đó' part")
    s = sum(P(x) for x in td)
    d.manual(f"đại học và trên đại học {td[0]} người, cao đẳng và trung cấp {td[1]} người, "
             f"công nhân kỹ thuật {td[2]} người", "sum", "ambiguous",
             f"{' + '.join(td)} = {V(s)} vs {ld} workers ({V(P(ld) - s)} short); the qualification list may leave out "
             f"unskilled workers, so it may be a partial breakdown: cannot tell whether a figure is wrong")
    L_prof = A(f"Công ty có vốn điều lệ {vdl} tỷ đồng, trong đó phần vốn nhà nước do Tổng công ty Nông nghiệp Vĩnh Long "
               f"đại diện nắm giữ {vnn} tỷ đồng, chiếm 51,0%. Hệ thống sản xuất gồm 03 nhà máy với tổng công suất thiết kế "
               f"{capt} tấn/năm (Nhà máy Long Hồ {cap[0]} tấn/năm, Nhà máy Bình Minh {cap[1]} tấn/năm, Nhà máy Trà Ôn "
               f"{cap[2]} tấn/năm) và 07 chi nhánh bán hàng tại các tỉnh Đồng bằng sông Cửu Long. Tổng số lao động có đến "
               f"31/12/2024 là {ld} người, chia ra lao động trực tiếp {ldtt} người, lao động gián tiếp {ldgt} người; trong "
               f"đó nữ {nu} người, đảng viên {dv} người. Về trình độ, đại học và trên đại học {td[0]} người, cao đẳng và "
               f"trung cấp {td[1]} người, công nhân kỹ thuật {td[2]} người.")

    # ---- market context
    d.pct("giảm 11,4% so với năm 2023", "11,4", "7.150", "8.070", kind="ratio", mode="down")
    d.diff("giảm 1.920 đồng/kg", "giảm", "1.920", "12.480", "14.400", unit=" đồng/kg")
    A("Năm 2024, dịch tả lợn châu Phi còn xảy ra rải rác; bù lại, giá nguyên liệu đầu vào hạ: ngô hạt bình quân 7.150 "
      "đồng/kg, giảm 11,4% so với năm 2023 (8.070 đồng/kg); khô dầu đậu tương 12.480 đồng/kg, giảm 1.920 đồng/kg (năm "
      "2023 là 14.400 đồng/kg), giúp Công ty điều chỉnh giảm giá bán, giữ vững thị phần.")
    A("II. KẾT QUẢ THỰC HIỆN KẾ HOẠCH NĂM 2024")
    A("1. Sản xuất và tiêu thụ sản phẩm")

    # ---- production
    sx, sx_kh, sx23 = "287.450", "275.000", "265.680"
    loai = {"heo": "168.320", "gc": "79.860", "ts": "31.540", "dd": "7.730"}
    nm = ["152.680", "97.240", "37.530"]
    tt = "284.960"
    d.pct("bằng 104,53% kế hoạch", "104,53", sx, sx_kh, kind="ratio")
    d.pct("bằng 108,2% so với năm 2023", "108,2", sx, sx23, kind="ratio")
    d.diff("tăng 21.770 tấn", "tăng", "21.770", sx, sx23)
    d.pct("đạt 79,84% công suất thiết kế", "79,84", sx, capt, verdict="rounding",
          note=f"base = design capacity {capt} tấn/năm stated in line {L_prof}")
    d.pct("chiếm 58,55%", "58,55", loai["heo"], sx, verdict="rounding")
    d.pct("chiếm 27,78%", "27,78", loai["gc"], sx)
    wrong = P(loai["ts"]) / P(tt) * 100
    d.pct("chiếm 11,07% sản lượng sản xuất", "11,07", loai["ts"], sx, verdict="inconsistent",
          note=f"11,07% = {loai['ts']} / {tt} (sales volume) = {V(wrong, 3)}%: share taken on the wrong base")
    d.pct("chiếm 2,69%", "2,69", loai["dd"], sx)
    d.sum(f"sản xuất năm 2024 đạt {sx} tấn", sx, list(loai.values()), note="breakdown by product")
    d.sum(f"Trong tổng số {sx} tấn", sx, nm, note="breakdown by factory")
    L_sx = A(f"Tổng sản lượng thức ăn chăn nuôi sản xuất năm 2024 đạt {sx} tấn, bằng 104,53% kế hoạch ({sx_kh} tấn) và "
             f"bằng 108,2% so với năm 2023 ({sx23} tấn), tăng 21.770 tấn; công suất huy động bình quân đạt 79,84% công "
             f"suất thiết kế. Theo chủng loại, thức ăn cho heo {loai['heo']} tấn, chiếm 58,55%; thức ăn gia cầm "
             f"{loai['gc']} tấn, chiếm 27,78%; thức ăn thủy sản {loai['ts']} tấn, chiếm 11,07% sản lượng sản xuất; thức ăn "
             f"đậm đặc {loai['dd']} tấn, chiếm 2,69%. Trong tổng số {sx} tấn, Nhà máy Long Hồ sản xuất {nm[0]} tấn, "
             f"Nhà máy Bình Minh {nm[1]} tấn, Nhà máy Trà Ôn {nm[2]} tấn.")

    # ---- sales
    kenh = ["201.350", "71.140", "12.200"]
    d.pct("bằng 99,13% sản lượng sản xuất", "99,13", tt, sx)
    d.sum(f"Sản lượng tiêu thụ đạt {tt} tấn", tt, kenh, verdict="inconsistent", right="71.410 (bán trực tiếp)",
          note=f"'gồm' is exhaustive; {tt} is confirmed by the 99,13% share, so the part 71.140 is most likely a "
               f"transposition of 71.410 (201.350 + 71.410 + 12.200 = {tt})")
    d.pct("chiếm 4,24% tổng sản lượng", "4,24", kenh[2], sx, verdict="ambiguous",
          note=f"'tổng sản lượng' may mean production {sx} (gives 4,24%) or the sales total of this sentence "
               f"{tt} (gives {V(P(kenh[2]) / P(tt) * 100, 2)}%): base not decidable")
    d.diff("tăng 14 đại lý", "tăng", "14", "236", "222")
    d.frac("05/06 chi nhánh", "05", "06", b_ref="07", verdict="inconsistent", right="05/07",
           note=f"the company has 07 sales branches (line {L_prof}); the whole should be 07")
    A(f"Sản lượng tiêu thụ đạt {tt} tấn, bằng 99,13% sản lượng sản xuất, gồm: qua hệ thống đại lý cấp 1 là {kenh[0]} tấn; "
      f"bán trực tiếp cho các trang trại, hợp tác xã chăn nuôi {kenh[1]} tấn; xuất khẩu sang Campuchia {kenh[2]} tấn, "
      f"chiếm 4,24% tổng sản lượng. Đến 31/12/2024, Công ty có 236 đại lý cấp 1, tăng 14 đại lý so với cuối năm 2023 "
      f"(222 đại lý); có 05/06 chi nhánh hoàn thành kế hoạch sản lượng được giao, riêng Chi nhánh Cà Mau chỉ đạt 91,6%.")
    A("2. Doanh thu, lợi nhuận và nghĩa vụ với ngân sách nhà nước")

    # ---- revenue
    dt, dt_kh, dt23 = "3.248,62", "3.130", "2.964,15"
    dtp = ["3.221,40", "18,35", "8,87"]
    dt_ts = "412,75"
    d.sum(f"Tổng doanh thu năm 2024 đạt {dt} tỷ đồng", dt, dtp)
    d.pct("đạt 103,8% kế hoạch", "103,8", dt, dt_kh, kind="ratio")
    d.pct("bằng 109,6% so với năm 2023", "109,6", dt, dt23, kind="ratio")
    d.pct("chiếm 12,81% doanh thu bán hàng", "12,81", dt_ts, dtp[0])
    d.pts("giảm 0,34 điểm phần trăm", "giảm", "0,34", "4,52", "4,86")
    d.pts("tăng 0,47 điểm phần trăm", "tăng", "0,47", "8,12", "7,65")
    L_dt = A(f"Tổng doanh thu năm 2024 đạt {dt} tỷ đồng, gồm doanh thu bán hàng và cung cấp dịch vụ {dtp[0]} tỷ đồng, doanh thu "
      f"hoạt động tài chính {dtp[1]} tỷ đồng, thu nhập khác {dtp[2]} tỷ đồng; đạt 103,8% kế hoạch ({dt_kh} tỷ đồng) và "
      f"bằng 109,6% so với năm 2023 ({dt23} tỷ đồng). Doanh thu nhóm thức ăn thủy sản {dt_ts} tỷ đồng, chiếm 12,81% "
      f"doanh thu bán hàng. Tỷ lệ chi phí bán hàng trên doanh thu thuần giảm từ 4,86% năm 2023 xuống 4,52%, tương ứng "
      f"giảm 0,34 điểm phần trăm; biên lợi nhuận gộp đạt 8,12%, tăng 0,47 điểm phần trăm so với năm trước (7,65%).")

    # ---- profit
    lntt, ln_kh, ln23, tndn, lnst = "96,48", "90", "85,22", "19,43", "77,05"
    pp = ["33,55", "23,12", "11,56", "8,82"]
    d.pct("bằng 107,2% kế hoạch", "107,2", lntt, ln_kh, kind="ratio")
    d.diff("tăng 11,26 tỷ đồng", "tăng", "11,26", lntt, ln23)
    d.val(f"lợi nhuận sau thuế đạt {lnst} tỷ đồng", lnst, P(lntt) - P(tndn), f"{lntt} − {tndn}", kind="difference")
    d.pct("trên vốn điều lệ 41,34%", "41,34", lnst, vdl, note=f"base = charter capital {vdl} tỷ đồng (line {L_prof})")
    d.val("tương đương 33,55 tỷ đồng", "33,55", D("0.18") * P(vdl), f"18% × {vdl}", kind="share")
    d.sum(f"phân phối {lnst} tỷ đồng", lnst, pp, note="distribution of profit after tax")
    L_ln = A(f"Lợi nhuận trước thuế {lntt} tỷ đồng, bằng 107,2% kế hoạch ({ln_kh} tỷ đồng), tăng 11,26 tỷ đồng so với năm "
             f"2023 ({ln23} tỷ đồng); sau khi trừ chi phí thuế thu nhập doanh nghiệp {tndn} tỷ đồng, lợi nhuận sau thuế "
             f"đạt {lnst} tỷ đồng, tỷ suất lợi nhuận sau thuế trên vốn điều lệ 41,34%. Hội đồng quản trị trình Đại hội "
             f"phương án phân phối {lnst} tỷ đồng lợi nhuận sau thuế năm 2024: chia cổ tức bằng tiền 18% vốn điều lệ, "
             f"tương đương 33,55 tỷ đồng; trích quỹ đầu tư phát triển {pp[1]} tỷ đồng; quỹ khen thưởng, phúc lợi "
             f"{pp[2]} tỷ đồng; lợi nhuận chưa phân phối chuyển sang năm sau {pp[3]} tỷ đồng.")

    nsnn = ["14,52", "19,34", "8,30"]
    d.sum("nộp ngân sách nhà nước 42,16 tỷ đồng", "42,16", nsnn)
    d.rep("thuế thu nhập doanh nghiệp 19,34 tỷ đồng", "19,34", tndn, f"line {L_ln} (chi phí thuế TNDN)",
          verdict="ambiguous",
          note="looks like a transposition of 19,43, but tax paid to the budget in the year and the income-tax expense "
               "of the year legitimately differ (instalments, settlement of the previous year): cannot decide")
    A(f"Năm 2024, Công ty nộp ngân sách nhà nước 42,16 tỷ đồng, gồm thuế giá trị gia tăng {nsnn[0]} tỷ đồng, thuế thu "
      f"nhập doanh nghiệp {nsnn[1]} tỷ đồng, thuế và các khoản phí khác {nsnn[2]} tỷ đồng.")
    A("3. Quản lý nguyên liệu, chi phí và chất lượng sản phẩm")

    # ---- materials, energy, quality
    d.manual("276,300 tấn", "sum", "ambiguous",
             "164.900 + 111.400 = 276.300: matches only if '276,300' is read with ',' as a thousands separator; in vi-VN "
             "',' is the decimal mark (276,3 tấn), so the total is written in an ambiguous format")
    d.diff("giảm 1,7 kWh/tấn", "giảm", "1,7", "36,9", "38,6", unit=" kWh/tấn")
    d.val("10,61 triệu kWh", "10,61", P(sx) * P("36,9") / 1000000, f"{sx} tấn × 36,9 kWh/tấn / 1.000.000", unit=" triệu kWh")
    d.frac("4.819/4.826 mẫu đạt chỉ tiêu chất lượng, tỷ lệ 99,85%", "4.819", "4.826", b_ref="4.826", pct="99,85")
    d.rest("07 mẫu không đạt", "07", "4.826", "4.819", "non-conforming samples")
    A("Tổng khối lượng nguyên liệu nhập kho trong năm là 276,300 tấn, gồm nguyên liệu nhập khẩu 164.900 tấn và thu mua "
      "trong nước 111.400 tấn. Suất "
      "tiêu hao điện năng bình quân giảm từ 38,6 kWh/tấn sản phẩm năm 2023 xuống 36,9 kWh/tấn, giảm 1,7 kWh/tấn; tổng "
      "điện năng tiêu thụ năm 2024 là 10,61 triệu kWh. Phòng Kiểm nghiệm phân tích 4.826 mẫu nguyên liệu và thành "
      "phẩm, có 4.819/4.826 mẫu đạt chỉ tiêu chất lượng, tỷ lệ 99,85%; 07 mẫu không đạt đã được xử lý.")

    # ---- investment
    dt_xd, xd_kh = "46,82", "60"
    xd = ["28,65", "13,40", "4,77"]
    d.pct("đạt 87,03% kế hoạch vốn", "87,03", dt_xd, xd_kh, kind="ratio", verdict="inconsistent",
          note="transposed digits (78,03 → 87,03)")
    d.sum(f"năm 2024 là {dt_xd} tỷ đồng", dt_xd, xd)
    A(f"Giá trị thực hiện đầu tư xây dựng cơ bản năm 2024 là {dt_xd} tỷ đồng, đạt 87,03% kế hoạch vốn ({xd_kh} tỷ đồng), "
      f"gồm: dây chuyền ép viên số 2 tại Nhà máy Bình Minh {xd[0]} tỷ đồng; kho silo chứa nguyên liệu 12.000 tấn "
      f"{xd[1]} tỷ đồng; hệ thống xử lý nước thải Nhà máy Trà Ôn {xd[2]} tỷ đồng; kho silo đưa vào sử dụng từ tháng 11/2024.")
    A("4. Lao động, tiền lương và hoạt động của các đoàn thể")

    # ---- labour
    ql, tn, tn23 = "58,59", "11,85", "10,90"
    d.val(f"của người lao động {tn} triệu đồng", tn, P(ql) * 1000 / P(ld) / 12, f"{ql} tỷ đồng / {ld} người / 12 tháng",
          unit=" triệu đồng")
    d.diff("tăng 0,59 triệu đồng", "tăng", "0,59", tn, tn23, verdict="inconsistent",
           note="transposed digits (0,95 → 0,59)", unit=" triệu đồng")
    d.manual(f"Trong tổng số {ld} lao động", "sum", "ambiguous",
             f"64 + 171 + 118 + '...' vs {ld}: one part is an unfilled placeholder, the breakdown cannot be checked")
    d.pct("chiếm 96,35% tổng số lao động", "96,35", "397", ld, verdict="rounding")
    d.rep(f"có {dv} đảng viên", dv, dv, f"line {L_prof}")
    d.diff("tăng 04 đảng viên", "tăng", "04", dv, "43")
    L_ld = A(f"Tổng quỹ tiền lương thực hiện năm 2024 là {ql} tỷ đồng; thu nhập bình quân của người lao động {tn} triệu "
      f"đồng/người/tháng, tăng 0,59 triệu đồng so với năm 2023 ({tn23} triệu đồng). Trong tổng số {ld} lao động, Văn "
      f"phòng Công ty 64 người, Nhà máy Long Hồ 171 người, Nhà máy Bình Minh 118 người, Nhà máy Trà Ôn và các chi nhánh "
      f"... người. Công đoàn cơ sở có 397 đoàn viên, chiếm 96,35% tổng số lao động; Đảng bộ Công ty có {dv} đảng viên "
      f"sinh hoạt tại 05 chi bộ, tăng 04 đảng viên so với đầu năm (43 đảng viên).")
    A("III. ĐÁNH GIÁ CHUNG")

    # ---- overall assessment
    d.rep(f"sản lượng sản xuất {sx} tấn", sx, sx, f"line {L_sx}")
    d.rep(f"tổng doanh thu {dt} tỷ đồng", dt, dt, f"line {L_dt}")
    d.rep("lợi nhuận trước thuế 94,68 tỷ đồng", "94,68", lntt, f"line {L_ln}", verdict="inconsistent",
          note="transposed digits")
    d.rep(f"thu nhập bình quân {tn} triệu đồng", tn, tn, f"line {L_ld}")
    d.frac(f"{nm[2]}/{cap[2]} tấn công suất, đạt 62,55%", nm[2], cap[2], b_ref=cap[2], pct="62,55",
           note=f"part = Trà Ôn output (line {L_sx}), whole = Trà Ôn design capacity (line {L_prof})")
    A(f"Năm 2024, Công ty hoàn thành vượt mức các chỉ tiêu chủ yếu Đại hội đồng cổ đông giao: sản lượng sản xuất {sx} tấn, tổng doanh thu {dt} tỷ đồng, lợi nhuận trước thuế 94,68 tỷ "
      f"đồng, thu nhập bình quân {tn} triệu đồng/người/tháng. Tuy nhiên, Nhà máy Trà Ôn mới huy động {nm[2]}/{cap[2]} "
      f"tấn công suất, đạt 62,55%; giải ngân vốn đầu tư còn chậm.")
    A("IV. KẾ HOẠCH SẢN XUẤT, KINH DOANH NĂM 2025")

    # ---- plan 2025
    g24 = (P("305.000") / P(sx) - 1) * 100
    g23 = (P("305.000") / P(sx23) - 1) * 100
    assert Q(g24, 1) == D("6.1") and Q(g23, 1) != D("6.1")
    d.manual("tăng 6,1% so với thực hiện năm 2023", "term", "inconsistent",
             f"305.000 / {sx} (2024 actual) − 1 = {V(g24, 3)}% → 6,1% holds against 2024; against 2023 ({sx23}) it "
             f"would be {V(g23, 1)}%: the plan is compared with the wrong year", right="năm 2024")
    d.pct("tăng 6,2% so với năm 2024", "6,2", "3.450", dt, kind="ratio", mode="up")
    d.diff("tăng 3,52 tỷ đồng", "tăng", "3,52", "100", lntt)
    d.sum("Kế hoạch vốn đầu tư 72,5 tỷ đồng", "72,5", ["18,6", "53,9"])
    A(f"Hội đồng quản trị trình Đại hội thông qua các chỉ tiêu chủ yếu năm 2025: sản lượng sản xuất 305.000 tấn, tăng 6,1% "
      f"so với thực hiện năm 2023; tổng doanh thu 3.450 tỷ đồng, tăng 6,2% so với năm 2024; lợi nhuận trước thuế 100 tỷ "
      f"đồng, tăng 3,52 tỷ đồng so với thực hiện năm 2024; tỷ lệ cổ tức không thấp hơn 18%. Kế hoạch vốn đầu tư 72,5 tỷ "
      f"đồng, gồm vốn cho dự án chuyển tiếp 18,6 tỷ đồng và dự án khởi công mới 53,9 tỷ đồng.")
    A("Trên đây là báo cáo của Hội đồng quản trị, kính trình Đại hội đồng cổ đông xem xét, thông qua./.")
    for t in ["TM. HỘI ĐỒNG QUẢN TRỊ", "CHỦ TỊCH", "Trần Quốc Hưng"]:
        A(t)

    # ---- footnotes
    d.sum("tổng số 236 đại lý", "236", ["71", "48", "52", "39", "26"])
    A(FN + "Số đại lý cấp 1 phân theo địa bàn đến 31/12/2024: tổng số 236 đại lý, gồm Vĩnh Long 71, Cần Thơ 48, Đồng Tháp "
      "52, Trà Vinh 39, các tỉnh khác 26 đại lý.")
    d.rep(f"sản lượng sản xuất {sx_kh} tấn", sx_kh, sx_kh, f"line {L_sx} (kế hoạch)")
    d.rep(f"tổng doanh thu {dt_kh} tỷ đồng", dt_kh, dt_kh, f"line {L_dt} (kế hoạch)")
    A(FN + f"Các chỉ tiêu giao tại Quyết định số 125/QĐ-HĐQT ngày 12/3/2024: sản lượng sản xuất {sx_kh} tấn, tổng doanh "
      f"thu {dt_kh} tỷ đồng.")
    d.sum("cộng 4.826 mẫu", "4.826", ["1.152", "1.208", "1.236", "1.230"])
    A(FN + "Số mẫu kiểm nghiệm theo quý năm 2024: quý I 1.152 mẫu, quý II 1.208 mẫu, quý III 1.236 mẫu, quý IV 1.230 mẫu, "
      "cộng 4.826 mẫu.")
    return d.finish()


# ======================================================================================
# d21-02  Công ty TNHH MTV đo đạc và bản đồ — báo cáo tổng kết năm gửi Sở
# ======================================================================================
def d02():
    d = Draft("d21-02-do-dac-ban-do",
              "Công ty TNHH MTV Đo đạc và Bản đồ tỉnh Quảng Ngãi",
              "Báo cáo tổng kết hoạt động sản xuất, kinh doanh năm 2024, nhiệm vụ và giải pháp năm 2025")
    A = d.add
    for t in ["ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "CÔNG TY TNHH MỘT THÀNH VIÊN ĐO ĐẠC VÀ BẢN ĐỒ", "Số: 46/BC-ĐĐBĐ",
              "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
              "Quảng Ngãi, ngày 10 tháng 01 năm 2025", "BÁO CÁO",
              "Tổng kết hoạt động sản xuất, kinh doanh năm 2024, nhiệm vụ và giải pháp năm 2025"]:
        A(t)
    A("Thực hiện Công văn số 5127/STNMT-VP ngày 02/12/2024 của Sở Tài nguyên và Môi trường về việc báo cáo tổng kết "
      "công tác năm 2024, Công ty TNHH MTV Đo đạc và Bản đồ báo cáo như sau:")
    A("I. ĐẶC ĐIỂM, TÌNH HÌNH")

    ld, ld23, tt_, gt_, nu, dv, ks = "186", "201", "148", "36", "41", "58", "112"
    d.sum("06 đội sản xuất", "06", ["04", "01", "01"])
    d.diff("giảm 15 người", "giảm", "15", ld, ld23)
    d.sum(f"tổng số lao động là {ld} người", ld, [tt_, gt_], verdict="inconsistent", right="184",
          note=f"'chia ra' trực tiếp / gián tiếp is exhaustive; {ld} is confirmed by 201 − 15 and by the shares, "
               f"so one part is 2 short (e.g. 148 → 150)")
    d.pct("chiếm 22,04%", "22,04", nu, ld)
    d.pts("tăng 1,6% so với năm 2023", "tăng", "1,6", "22,04", "20,90", verdict="inconsistent")
    d.pct("chiếm 31,18%", "31,18", dv, ld)
    d.pct("chiếm 60,21%", "60,21", ks, ld, verdict="rounding")
    d.sum("63 thiết bị đo", "63", ["34", "27", "02"])
    L_org = A(f"Công ty do Ủy ban nhân dân tỉnh nắm giữ 100% vốn điều lệ (32,5 tỷ đồng). Bộ máy gồm Ban Giám đốc, 03 phòng chuyên môn, nghiệp vụ và 06 đội sản xuất (04 đội đo đạc "
              f"địa chính, 01 đội đo đạc công trình, 01 đội biên tập bản đồ và số hóa). Đến 31/12/2024, tổng số lao động "
              f"là {ld} người, giảm 15 người so với cuối năm 2023 ({ld23} người), chia ra lao động trực tiếp sản xuất "
              f"{tt_} người, lao động gián tiếp {gt_} người; trong đó nữ {nu} người, chiếm 22,04%, tăng 1,6% so với năm "
              f"2023 (20,90%); đảng viên {dv} người, chiếm 31,18%; kỹ sư, cử nhân {ks} người, chiếm 60,21%. Trang thiết "
              f"bị chủ yếu có 63 thiết bị đo (34 máy thu GNSS RTK, 27 máy toàn đạc điện tử, 02 thiết bị bay không người lái).")
    A("Năm 2024, nhu cầu đo đạc phục vụ giải phóng mặt bằng các dự án giao thông trọng điểm tăng cao; song bão số 3 "
      "(tháng 9/2024) và đợt mưa lũ kéo dài trong tháng 11 làm gián đoạn công tác ngoại nghiệp 23 ngày, ảnh hưởng đến "
      "tiến độ một số hợp đồng.")
    A("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024")
    A("1. Công tác ký kết và thực hiện hợp đồng")

    hd_n, hd_v = "127", "68,42"
    hdn = ["18", "73", "36"]
    hdv = ["41,86", "19,37", "7,19"]
    cs, tong = "24,15", "92,57"
    d.sum(f"ký mới {hd_n} hợp đồng", hd_n, hdn)
    d.sum(f"tổng giá trị {hd_v} tỷ đồng", hd_v, hdv)
    d.pct("chiếm 45,22% giá trị hợp đồng", "45,22", hdv[0], tong, verdict="ambiguous",
          note=f"matches the total value of contracts performed in the year ({tong}); the sentence is about new "
               f"contracts ({hd_v}, giving {V(P(hdv[0]) / P(hd_v) * 100, 2)}%): 'giá trị hợp đồng' does not say which")
    d.sum(f"là {tong} tỷ đồng", tong, [hd_v, cs])
    d.frac(f"109/{hd_n} hợp đồng ký mới, đạt 85,82%", "109", hd_n, b_ref=hd_n, pct="85,82", verdict="rounding")
    d.rest("18 hợp đồng còn lại", "18", hd_n, "109", "contracts not yet settled")
    A(f"Trong năm, Công ty ký mới {hd_n} hợp đồng với tổng giá trị {hd_v} tỷ đồng, gồm: {hdn[0]} hợp đồng đo đạc lập bản "
      f"đồ địa chính, xây dựng cơ sở dữ liệu đất đai trị giá {hdv[0]} tỷ đồng, chiếm 45,22% giá trị hợp đồng; {hdn[1]} "
      f"hợp đồng trích đo, đo đạc phục vụ bồi thường, giải phóng mặt bằng trị giá {hdv[1]} tỷ đồng; {hdn[2]} hợp đồng "
      f"dịch vụ khác trị giá {hdv[2]} tỷ đồng. Cộng với giá trị các hợp đồng năm 2023 chuyển sang {cs} tỷ đồng, tổng giá "
      f"trị hợp đồng thực hiện trong năm là {tong} tỷ đồng. Đến ngày 31/12/2024 đã nghiệm thu, thanh lý 109/{hd_n} hợp "
      f"đồng ký mới, đạt 85,82%; 18 hợp đồng còn lại chuyển tiếp sang năm 2025.")
    A("2. Khối lượng công việc chủ yếu")

    ha, ha_kh = "6.842,5", "6.700"
    dat = ["5.127,3", "1.284,6", "430,6"]
    to = ["214", "583", "489"]
    thua = "98.460"
    d.sum("tại 09 xã", "09", ["03", "04", "02"])
    d.pct("đạt 102,13% kế hoạch năm", "102,13", ha, ha_kh, kind="ratio")
    d.sum(f"hoàn thành {ha} ha", ha, dat, note="the three statutory land groups are exhaustive")
    d.pct("chiếm 74,93%", "74,93", dat[0], ha)
    d.sum("Đã lập 1.286 tờ", "1.286", to)
    d.val("14,38 thửa/ha", "14,38", P(thua) / P(ha), f"{thua} thửa / {ha} ha", verdict="rounding", unit=" thửa/ha")
    L_ha = A(f"a) Đo đạc lập bản đồ địa chính chính quy: hoàn thành {ha} ha tại 09 xã (huyện Sơn Tịnh 03 xã, Tư Nghĩa 04 "
             f"xã, Mộ Đức 02 xã), đạt 102,13% kế hoạch năm ({ha_kh} ha); trong đó đất nông nghiệp {dat[0]} ha, chiếm "
             f"74,93%, đất phi nông nghiệp {dat[1]} ha, đất chưa sử dụng {dat[2]} ha. Đã lập 1.286 tờ bản đồ địa chính "
             f"các tỷ lệ (tỷ lệ 1/500: {to[0]} tờ, tỷ lệ 1/1.000: {to[1]} tờ, tỷ lệ 1/2.000: {to[2]} tờ) với {thua} thửa "
             f"đất, bình quân 14,38 thửa/ha.")

    d.pct("chiếm 36,08%", "36,08", "52.780", "146.305")
    d.frac("21/24 xã theo hợp đồng, đạt 87,5%", "21", "24", pct="87,5")
    d.rest("còn 03 xã", "03", "24", "21", "communes carried over")
    L_csdl = A("b) Xây dựng cơ sở dữ liệu đất đai: chuẩn hóa, chuyển đổi 146.305 hồ sơ thửa đất, trong đó quét, số hóa "
               "52.780 giấy chứng nhận đã cấp, chiếm 36,08%; hoàn thành, bàn giao cơ sở dữ liệu cho 21/24 xã theo hợp "
               "đồng, đạt 87,5%, còn 03 xã chuyển tiếp sang quý I/2025 do chậm bàn giao hồ sơ gốc.")

    d.manual("cho 26 dự án", "sum", "ambiguous",
             "08 + '...' + 11 vs 26: the number of district-level projects is an unfilled placeholder (it would have to be "
             "07); the breakdown cannot be checked")
    d.manual("thực hiện 3.214 thửa", "sum", "ambiguous",
             f"1.872 + 1.296 = {V(P('1.872') + P('1.296'))} vs 3.214 ({V(P('3.214') - P('1.872') - P('1.296'))} "
             f"short): 'trong đó' may list only the two main land types (other parcels such as roads, canals not listed); "
             f"partial or wrong cannot be decided")
    d.sum("đã đo 87,4 km", "87,4", ["41,2", "46,2"])
    A("c) Trích đo phục vụ bồi thường, giải phóng mặt bằng: thực hiện 3.214 thửa với diện tích 412,86 ha cho 26 dự án, "
      "gồm 08 dự án trọng điểm của tỉnh, ... dự án do cấp huyện làm chủ đầu tư và 11 dự án của doanh nghiệp; trong đó "
      "thửa đất ở 1.872 thửa, thửa đất nông nghiệp 1.296 thửa. Riêng tuyến cao tốc Quảng Ngãi - Hoài Nhơn và tuyến ven "
      "biển Dung Quất - Sa Huỳnh đã đo 87,4 km (41,2 km và 46,2 km), bàn giao mặt bằng đúng tiến độ.")

    d.sum("xây dựng mới 321 điểm", "321", ["46", "266"], verdict="inconsistent", note="transposed digits in the total (312 → 321)")
    d.sum("đo 138,6 km", "138,6", ["52,3", "86,3"])
    d.val("2,24 km/ngày", "2,24", P("138,6") / 62, "138,6 km / 62 ngày", unit=" km/ngày")
    d.val("25 ha/giờ", "25", P("3.650") / 146, "3.650 ha / 146 giờ", unit=" ha/giờ")
    A("d) Lưới khống chế và đo đạc công trình: xây dựng mới 321 điểm địa chính, gồm 46 điểm địa chính cơ sở và 266 điểm "
      "địa chính; đo 138,6 km đường chuyền (cấp 1: 52,3 km, cấp 2: 86,3 km) trong 62 ngày thi công, bình quân 2,24 "
      "km/ngày; bay chụp ảnh bằng thiết bị bay không người lái 146 giờ, phủ trùm 3.650 ha, bình quân 25 ha/giờ.")
    A("3. Kết quả sản xuất, kinh doanh")

    dt, dt_kh, dt23 = "71,36", "67", "63,48"
    q = ["12,84", "19,57", "14,06", "24,89"]
    h1 = "32,41"
    d.pct("bằng 106,5% kế hoạch", "106,5", dt, dt_kh, kind="ratio")
    d.pct("bằng 121,4% so với năm 2023", "121,4", dt, dt23, kind="ratio", verdict="inconsistent",
          note="transposed digits (112,4 → 121,4)")
    d.sum(f"Tổng doanh thu năm 2024 đạt {dt} tỷ đồng", dt, [h1, q[2], q[3]], note="first half + Q3 + Q4")
    d.sum(f"6 tháng đầu năm {h1} tỷ đồng", h1, q[:2])
    d.pct("chiếm 45,42% doanh thu cả năm", "45,42", h1, dt)
    assert P(q[3]) - P(q[2]) == P("10,83") and P(q[3]) - P(q[1]) != P("10,83")
    d.manual("tăng 10,83 tỷ đồng so với quý II", "term", "inconsistent",
             f"{q[3]} − {q[2]} (quý III) = 10,83; against quý II ({q[1]}) the increase would be "
             f"{V(P(q[3]) - P(q[1]), 2)}: wrong quarter named", right="quý III")
    d.pct("chiếm 73,11%", "73,11", "52,17", dt)
    d.manual("tăng 1.257%", "ratio", "ambiguous",
             "(2,85 / 0,21 − 1) × 100 = 1.257,14%: fits if '1.257' is read with '.' as a thousands separator, but a "
             "percentage written '1.257%' may also be a mistyped 12,57%: format ambiguous, to be reported, not parsed")
    L_dt = A(f"Tổng doanh thu năm 2024 đạt {dt} tỷ đồng, bằng 106,5% kế hoạch ({dt_kh} tỷ đồng) và bằng 121,4% so với năm 2023 "
      f"({dt23} tỷ đồng). Doanh thu 6 tháng đầu năm {h1} tỷ đồng (quý I {q[0]} tỷ đồng, quý II {q[1]} tỷ đồng), chiếm "
      f"45,42% doanh thu cả năm; quý III đạt {q[2]} tỷ đồng; quý IV đạt {q[3]} tỷ đồng, cao nhất trong năm, tăng 10,83 "
      f"tỷ đồng so với quý II. Doanh thu từ các hợp đồng sử dụng vốn ngân sách nhà nước 52,17 tỷ đồng, chiếm 73,11%; "
      f"doanh thu dịch vụ bay chụp ảnh 2,85 tỷ đồng, tăng 1.257% so với năm 2023 (0,21 tỷ đồng).")

    ln, tn, ql = "4,86", "10,42", "23,26"
    d.pct("đạt 7,10%", "7,10", ln, dt, verdict="inconsistent",
          note=f"7,10% = {ln} / {hd_v} (value of new contracts) = {V(P(ln) / P(hd_v) * 100, 3)}%: wrong base")
    d.val("lợi nhuận sau thuế 3,89 tỷ đồng", "3,89", P(ln) - P("0,97"), f"{ln} − 0,97", kind="difference")
    d.diff("tăng 0,68 tỷ đồng", "tăng", "0,68", "5,93", "5,25")
    d.val(f"thu nhập bình quân {tn} triệu đồng/người/tháng", tn, P(ql) * 1000 / P(ld) / 12,
          f"{ql} tỷ đồng / {ld} người / 12 tháng", unit=" triệu đồng")
    d.diff("tăng 0,74 triệu đồng", "tăng", "0,74", tn, "9,68")
    L_ln = A(f"Lợi nhuận trước thuế {ln} tỷ đồng, tỷ suất lợi nhuận trên doanh thu đạt 7,10%; thuế thu nhập doanh nghiệp 0,97 tỷ "
      f"đồng, lợi nhuận sau thuế 3,89 tỷ đồng. Công ty nộp ngân sách nhà nước 5,93 tỷ đồng, tăng 0,68 tỷ đồng so với năm "
      f"2023 (5,25 tỷ đồng). Tổng quỹ tiền lương {ql} tỷ đồng, thu nhập bình quân {tn} triệu đồng/người/tháng, tăng 0,74 "
      f"triệu đồng so với năm 2023 (9,68 triệu đồng).")
    A("4. Chất lượng sản phẩm, an toàn lao động")

    d.rep("nghiệm thu cấp tỉnh 1.268 tờ", "1.268", "1.286", f"line {L_ha} (tờ bản đồ đã lập)", verdict="ambiguous",
          note="looks like a transposition of 1.286, but sheets accepted by the province in the year need not equal "
               "sheets drawn in the year (different qualifier): cannot decide")
    d.frac("1.241/1.268 tờ đạt yêu cầu ngay lần đầu, tỷ lệ 97,87%", "1.241", "1.268", b_ref="1.268", pct="97,87")
    d.rest("27 tờ phải chỉnh sửa", "27", "1.268", "1.241", "sheets to correct")
    d.frac(f"{ld}/{ld} người lao động", ld, ld, b_ref=ld, note=f"whole = workforce {ld} (line {L_org})")
    A(f"Năm 2024, Sở Tài nguyên và Môi trường đã kiểm tra, nghiệm thu cấp tỉnh 1.268 tờ bản đồ địa chính, trong đó "
      f"1.241/1.268 tờ đạt yêu cầu ngay lần đầu, tỷ lệ 97,87%; 27 tờ phải chỉnh sửa, bổ sung. Công ty tổ chức huấn luyện "
      f"an toàn, vệ sinh lao động cho {ld}/{ld} người lao động; trong năm không để xảy ra tai nạn lao động.")
    A("5. Công tác xây dựng Đảng và các đoàn thể")

    d.pct("chiếm 20,69%", "20,69", "12", dv)
    d.pct("chiếm 87,93%", "87,93", "51", dv)
    d.pct("chiếm 12,07%", "12,07", "07", dv)
    d.sum(f"đối với {dv} đảng viên", dv, ["51", "07"],
          note="read with 'hoàn thành xuất sắc' (12) counted inside 'hoàn thành tốt' (51): 51 + 07 = 58 and "
               "87,93% + 12,07% = 100%; the disjoint reading (12 + 51 + 07 = 70) does not fit")
    A(f"Đảng bộ Công ty có 04 chi bộ trực thuộc; kết quả đánh giá, xếp loại chất lượng năm 2024 đối với {dv} đảng viên: "
      f"hoàn thành xuất sắc nhiệm vụ 12 đồng chí, chiếm 20,69%; hoàn thành tốt nhiệm vụ 51 đồng chí, chiếm 87,93%; hoàn "
      f"thành nhiệm vụ 07 đồng chí, chiếm 12,07%; không có đảng viên không hoàn thành nhiệm vụ. Kết nạp 03 đảng viên mới.")
    A("III. ĐÁNH GIÁ CHUNG")

    d.rep("diện tích đo đạc địa chính 6.482,5 ha", "6.482,5", ha, f"line {L_ha}", verdict="inconsistent",
          note="transposed digits")
    d.rep(f"tổng doanh thu {dt} tỷ đồng", dt, dt, f"line {L_dt}")
    d.rep(f"lợi nhuận trước thuế {ln} tỷ đồng", ln, ln, f"line {L_ln}")
    d.rep(f"mức {tn} triệu đồng", tn, tn, f"line {L_ln}")
    d.frac(f"còn 18/{hd_n} hợp đồng ký mới", "18", hd_n, b_ref=hd_n)
    A(f"Năm 2024, Công ty hoàn thành toàn diện các chỉ tiêu kế hoạch: diện tích đo đạc địa chính 6.482,5 ha, vượt kế "
      f"hoạch; tổng doanh thu {dt} tỷ đồng; lợi nhuận trước thuế {ln} tỷ đồng; thu nhập của người lao động ổn định ở mức "
      f"{tn} triệu đồng/người/tháng. Hạn chế: nghiệm thu, thanh toán một số hợp đồng còn chậm, còn 18/{hd_n} hợp đồng ký "
      f"mới chưa thanh lý.")
    A("IV. NHIỆM VỤ, GIẢI PHÁP NĂM 2025")

    d.pct("tăng 6,5% so với thực hiện năm 2024", "6,5", "76", dt, kind="ratio", mode="up")
    d.pct("bằng 107,0% năm 2024", "107,0", "5,2", ln, kind="ratio")
    d.diff("tăng 357,5 ha", "tăng", "357,5", "7.200", ha)
    d.sum("cho 18 xã", "18", ["03", "15"], note=f"the 03 carried-over communes agree with line {L_csdl}")
    d.sum("lên 38 máy", "38", ["34", "04"])
    A("Phấn đấu tổng doanh thu 76 tỷ đồng, tăng 6,5% so với thực hiện năm 2024; lợi nhuận trước thuế 5,2 tỷ đồng, bằng "
      "107,0% năm 2024; đo đạc lập bản đồ địa chính 7.200 ha, tăng 357,5 ha so với năm 2024; xây dựng cơ sở dữ liệu đất "
      "đai cho 18 xã, gồm 03 xã chuyển tiếp và 15 xã mới. Đầu tư bổ sung 04 máy thu GNSS RTK, nâng tổng số lên 38 máy.")
    for t in ["Nơi nhận: Sở Tài nguyên và Môi trường; Sở Tài chính; Lưu: VT, KH.", "GIÁM ĐỐC", "Phạm Minh Tuấn"]:
        A(t)

    d.sum("(21 xã)", "21", ["07", "08", "06"])
    A(FN + "Các xã đã hoàn thành cơ sở dữ liệu đất đai năm 2024 (21 xã): huyện Sơn Tịnh 07 xã, huyện Tư Nghĩa 08 xã, "
      "huyện Mộ Đức 06 xã.")
    d.sum(f"({dt} tỷ đồng)", dt, ["44,72", "21,79", "4,85"])
    A(FN + f"Doanh thu năm 2024 theo lĩnh vực ({dt} tỷ đồng): đo đạc địa chính và xây dựng cơ sở dữ liệu 44,72 tỷ đồng; "
      f"trích đo, đo đạc công trình 21,79 tỷ đồng; dịch vụ khác 4,85 tỷ đồng.")
    d.val("490 triệu đồng/máy", "490", P("2,94") * 1000 / 6, "2,94 tỷ đồng / 06 máy", unit=" triệu đồng/máy")
    A(FN + "Năm 2024 mua sắm 06 máy thu GNSS RTK theo Quyết định số 1873/QĐ-UBND ngày 14/6/2024 của Ủy ban nhân dân tỉnh, "
      "tổng giá trị 2,94 tỷ đồng, bình quân 490 triệu đồng/máy.")
    return d.finish()


# ======================================================================================
# d21-03  Công ty cổ phần than — báo cáo 9 tháng gửi UBND tỉnh, Sở Công Thương
# ======================================================================================
def d03():
    d = Draft("d21-03-khai-thac-than",
              "Công ty Cổ phần Than Yên Tử - Vinacomin (Quảng Ninh)",
              "Báo cáo tình hình thực hiện kế hoạch sản xuất, kinh doanh 9 tháng đầu năm 2024 và giải pháp quý IV")
    A = d.add
    for t in ["TẬP ĐOÀN CÔNG NGHIỆP THAN - KHOÁNG SẢN VIỆT NAM", "CÔNG TY CỔ PHẦN THAN YÊN TỬ - VINACOMIN",
              "Số: 2318/BC-TYT", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
              "Uông Bí, ngày 08 tháng 10 năm 2024", "BÁO CÁO",
              "Tình hình thực hiện kế hoạch sản xuất, kinh doanh 9 tháng đầu năm 2024 và giải pháp thực hiện nhiệm vụ "
              "quý IV năm 2024",
              "Kính gửi: Ủy ban nhân dân tỉnh Quảng Ninh; Sở Công Thương tỉnh Quảng Ninh."]:
        A(t)
    A("Thực hiện Văn bản số 3715/SCT-QLNL ngày 20/9/2024 của Sở Công Thương về việc báo cáo tình hình sản xuất, kinh doanh "
      "và công tác an toàn, bảo vệ môi trường của các đơn vị khai thác than trên địa bàn tỉnh, Công ty báo cáo như sau:")
    A("I. TÌNH HÌNH CHUNG")

    nk_kh, tt_kh, dt_kh = "2.150.000", "1.880.000", "4.235"
    ldbq, tl = "3.842", "1.926"
    d.sum("quản lý 02 khu mỏ", "02", ["1", "1"], note="two mining areas named (Tây, Đông Yên Tử)")
    d.sum("diện tích ranh giới mỏ 1.246,8 ha", "1.246,8", ["724,5", "522,3"])
    d.sum("tại 14 công trường, phân xưởng", "14", ["08", "03", "03"])
    d.pct("chiếm 50,13%", "50,13", tl, ldbq)
    L_gen = A(f"Công ty quản lý 02 khu mỏ với tổng diện tích ranh giới mỏ 1.246,8 ha (khu Tây Yên Tử 724,5 ha, khu Đông Yên "
              f"Tử 522,3 ha), tổ chức sản xuất tại 14 công trường, phân xưởng (08 công trường khai thác hầm lò, 03 công "
              f"trường khai thác lộ thiên, 03 phân xưởng phục vụ, vận tải). Kế hoạch năm 2024 Tập đoàn giao tại Quyết định "
              f"số 1825/QĐ-TKV ngày 29/12/2023: than nguyên khai {nk_kh} tấn, than tiêu thụ {tt_kh} tấn, doanh thu "
              f"{dt_kh} tỷ đồng. Lao động bình quân 9 tháng là {ldbq} người, trong đó thợ lò {tl} người, chiếm 50,13%; "
              f"lao động có mặt đến 30/9/2024 là 3.796 người.")
    A("Chín tháng đầu năm, sản xuất chịu tác động lớn của bão số 3 (ngày 07/9/2024): mưa lớn gây ngập moong khai thác lộ "
      "thiên, sạt lở bờ mỏ, mất điện toàn mỏ trong 04 ngày, giá trị thiệt hại ước 38,6 tỷ đồng; đến ngày 16/9/2024 Công ty "
      "cơ bản khôi phục sản xuất.")
    A("II. KẾT QUẢ THỰC HIỆN 9 THÁNG ĐẦU NĂM 2024")
    A("1. Các chỉ tiêu sản xuất chủ yếu")

    nk, nk23, hl, lt = "1.642.380", "1.528.760", "1.046.240", "596.140"
    hl_kh, lt_kh = "1.380.000", "770.000"
    d.pct("bằng 76,38% kế hoạch năm", "76,38", nk, nk_kh, kind="ratio", verdict="rounding")
    d.pct("bằng 107,34% so với cùng kỳ", "107,34", nk, nk23, kind="ratio", verdict="inconsistent",
          note="transposed digits (107,43 → 107,34)")
    d.sum(f"Than nguyên khai sản xuất: {nk} tấn", nk, [hl, lt], note="underground + open-pit is exhaustive")
    d.pct("bằng 75,81% kế hoạch", "75,81", hl, hl_kh, kind="ratio")
    d.pct("bằng 77,42% kế hoạch", "77,42", lt, lt_kh, kind="ratio")
    d.sum(f"kế hoạch năm {nk_kh} tấn", nk_kh, [hl_kh, lt_kh])
    L_nk = A(f"- Than nguyên khai sản xuất: {nk} tấn, bằng 76,38% kế hoạch năm và bằng 107,34% so với cùng kỳ năm 2023 "
             f"({nk23} tấn), trong đó than hầm lò {hl} tấn, bằng 75,81% kế hoạch ({hl_kh} tấn), than lộ thiên {lt} tấn, "
             f"bằng 77,42% kế hoạch ({lt_kh} tấn); kế hoạch năm {nk_kh} tấn được phân bổ tương ứng cho hai dây chuyền.")

    dd, dd_kh, dd23 = "9.865.400", "13.830.000", "10.191.530"
    d.pct("đạt 71,33% kế hoạch năm", "71,33", dd, dd_kh, kind="ratio")
    r = P(dd) / P(dd23) * 100
    assert Q(r, 1) == D("96.8")
    d.manual("bằng 96,8% so với cùng kỳ năm 2022", "term", "inconsistent",
             f"{dd} / {dd23} × 100 = {V(r, 3)}% → 96,8% holds, but 'cùng kỳ' of a 9-month 2024 figure is the same "
             f"period of 2023, not 2022", right="cùng kỳ năm 2023")
    d.val("16,55 m³/tấn", "16,55", P(dd) / P(lt), f"{dd} m³ / {lt} tấn than lộ thiên", unit=" m³/tấn")
    d.diff("giảm 1,27 m³/tấn", "giảm", "1,27", "16,55", "17,82", unit=" m³/tấn")
    A(f"- Đất đá bóc: {dd} m³, đạt 71,33% kế hoạch năm ({dd_kh} m³), bằng 96,8% so với cùng kỳ năm 2022 ({dd23} m³); hệ "
      f"số bóc đất đá bình quân 16,55 m³/tấn than lộ thiên, giảm 1,27 m³/tấn so với cùng kỳ (17,82 m³/tấn).")

    lo, lo_cb, lo_xd, neo = "14.326", "11.948", "2.378", "4.215"
    d.sum(f"Đào lò: {lo} m", lo, [lo_cb, lo_xd])
    d.pct("chiếm 83,40%", "83,40", lo_cb, lo)
    d.pct("chiếm 29,42%", "29,42", neo, lo)
    d.pts("tăng 6,85 điểm phần trăm", "tăng", "6,85", "29,42", "22,57")
    d.val("1.592 m/tháng", "1.592", P(lo) / 9, f"{lo} m / 9 tháng", unit=" m/tháng")
    A(f"- Đào lò: {lo} m, gồm lò chuẩn bị sản xuất {lo_cb} m, chiếm 83,40%, và lò xây dựng cơ bản {lo_xd} m; trong đó lò "
      f"chống bằng vì neo {neo} m, chiếm 29,42%, tăng 6,85 điểm phần trăm so với cùng kỳ năm 2023 (22,57%); bình quân "
      f"đào 1.592 m/tháng.")

    ts, ts23, tt = "1.398.650", "1.308.420", "1.412.730"
    ttp = ["1.103.580", "86.420", "198.650"]
    d.pct("đạt 85,16%", "85,16", ts, nk)
    d.pct("bằng 106,9% cùng kỳ", "106,9", ts, ts23, kind="ratio")
    d.pct("bằng 75,15% kế hoạch năm", "75,15", tt, tt_kh, kind="ratio")
    wrong = P(ttp[0]) / P(ts) * 100
    d.pct("chiếm 78,90%", "78,90", ttp[0], tt, verdict="inconsistent",
          note=f"78,90% = {ttp[0]} / {ts} (clean coal produced) = {V(wrong, 3)}%: share taken on the wrong base")
    s = sum(P(x) for x in ttp)
    d.manual(f"Than tiêu thụ: {tt} tấn", "sum", "ambiguous",
             f"{' + '.join(ttp)} = {V(s)} vs {tt} ({V(P(tt) - s)} short): 'trong đó' may list only the main customer "
             f"groups (export or internal use not listed): partial or wrong cannot be decided")
    L_ts = A(f"- Than sạch sản xuất: {ts} tấn, tỷ lệ thu hồi than sạch từ than nguyên khai đạt 85,16%, bằng 106,9% cùng kỳ "
             f"({ts23} tấn). Than tiêu thụ: {tt} tấn, bằng 75,15% kế hoạch năm, trong đó bán cho các nhà máy nhiệt điện "
             f"{ttp[0]} tấn, chiếm 78,90%, bán cho các hộ xi măng {ttp[1]} tấn, các hộ khác {ttp[2]} tấn.")

    ton0, ton = "186.420", "172.430"
    bal = P(ton0) + P(ts) - P(tt)
    d.val(f"còn {ton} tấn", ton, bal, f"{ton0} + {ts} − {tt}", kind="sum", verdict="inconsistent",
          note="stock balance: opening + clean coal produced − coal sold; transposed digits (172.340 → 172.430)",
          unit=" tấn")
    A(f"- Tồn kho than sạch: đầu năm {ton0} tấn; đến 30/9/2024 còn {ton} tấn, do tiêu thụ vượt sản lượng sản xuất.")
    A("2. Doanh thu, chi phí, lợi nhuận và đầu tư")

    dt, dt23, dtt, dtk, cp, ln = "3.184,27", "2.932,15", "3.126,58", "57,69", "3.115,93", "68,34"
    d.pct("bằng 75,2% kế hoạch năm", "75,2", dt, dt_kh, kind="ratio")
    d.pct("bằng 108,6% cùng kỳ", "108,6", dt, dt23, kind="ratio")
    d.sum(f"Tổng doanh thu 9 tháng đạt {dt} tỷ đồng", dt, [dtt, dtk])
    d.pct("chiếm 98,18%", "98,18", dtt, dt, verdict="rounding")
    d.val(f"lợi nhuận trước thuế {ln} tỷ đồng", ln, P(dt) - P(cp), f"{dt} − {cp}", kind="difference")
    d.pct("bằng 71,9% kế hoạch năm (95 tỷ đồng)", "71,9", ln, "95", kind="ratio")
    g_nk = P(cp) * 1000 / P(nk)
    g_ts = P(cp) * 1000 / P(ts)
    g_tt = P(cp) * 1000 / P(tt)
    d.manual("1,90 triệu đồng/tấn than", "ratio", "ambiguous",
             f"{cp} tỷ đồng / {nk} tấn nguyên khai = {V(g_nk, 3)} → 1,90; per tấn than sạch = {V(g_ts, 2)}, per tấn than "
             f"tiêu thụ = {V(g_tt, 2)}; 'tấn than' does not say which tonnage, and the cost includes other activities")
    L_dt = A(f"Tổng doanh thu 9 tháng đạt {dt} tỷ đồng, bằng 75,2% kế hoạch năm, bằng 108,6% cùng kỳ ({dt23} tỷ đồng), gồm "
      f"doanh thu than {dtt} tỷ đồng, chiếm 98,18%, doanh thu sản xuất khác {dtk} tỷ đồng. Tổng chi phí sản xuất, kinh "
      f"doanh {cp} tỷ đồng; lợi nhuận trước thuế {ln} tỷ đồng, bằng 71,9% kế hoạch năm (95 tỷ đồng). Giá thành bình "
      f"quân 1,90 triệu đồng/tấn than.")

    d.pct("bằng 58,8% kế hoạch năm (215 tỷ đồng)", "58,8", "126,4", "215", kind="ratio")
    d.manual("Giá trị thực hiện đầu tư 9 tháng 126,4 tỷ đồng", "sum", "ambiguous",
             "84,2 + '...' + 9,6 vs 126,4: the equipment item is an unfilled placeholder (it would have to be 32,6); "
             "cannot be checked")
    A("Giá trị thực hiện đầu tư 9 tháng 126,4 tỷ đồng, bằng 58,8% kế hoạch năm (215 tỷ đồng), gồm: dự án khai thác mở "
      "rộng lò giếng mức -150 khu Tây Yên Tử 84,2 tỷ đồng; mua sắm thiết bị cơ giới hóa đào lò ... tỷ đồng; các công "
      "trình bảo vệ môi trường 9,6 tỷ đồng.")

    ns = ["178,35", "24,37", "61,80", "148,13"]
    d.sum("Nộp ngân sách nhà nước 9 tháng 412,65 tỷ đồng", "412,65", ns)
    d.pct("chiếm 43,22%", "43,22", ns[0], "412,65")
    d.pct("tăng 6,2% so với cùng kỳ", "6,2", "412,65", "388,56", kind="ratio", mode="up")
    A(f"Nộp ngân sách nhà nước 9 tháng 412,65 tỷ đồng, tăng 6,2% so với cùng kỳ (388,56 tỷ đồng), gồm thuế tài nguyên {ns[0]} tỷ đồng, chiếm 43,22%, phí bảo vệ môi "
      f"trường {ns[1]} tỷ đồng, tiền cấp quyền khai thác khoáng sản {ns[2]} tỷ đồng, thuế giá trị gia tăng và các khoản "
      f"khác {ns[3]} tỷ đồng.")
    A("3. Lao động, tiền lương")

    ql, tn, tn23 = "582,37", "16,84", "15,55"
    d.val(f"thu nhập bình quân {tn} triệu đồng/người/tháng", tn, P(ql) * 1000 / P(ldbq) / 9,
          f"{ql} tỷ đồng / {ldbq} người / 9 tháng", unit=" triệu đồng")
    d.pct("tăng 8,3% so với cùng kỳ", "8,3", tn, tn23, kind="ratio", mode="up")
    d.val("47,49 tấn/người/tháng", "47,49", P(nk) / P(ldbq) / 9, f"{nk} tấn / {ldbq} người / 9 tháng",
          verdict="rounding", unit=" tấn/người/tháng")
    d.pct("chiếm 78,50%", "78,50", "168", "214")
    L_ld = A(f"Tổng quỹ tiền lương 9 tháng {ql} tỷ đồng; thu nhập bình quân {tn} triệu đồng/người/tháng, tăng 8,3% so với cùng "
      f"kỳ ({tn23} triệu đồng), trong đó thu nhập bình quân của thợ lò 24,56 triệu đồng/người/tháng. Năng suất lao động "
      f"tính theo than nguyên khai đạt 47,49 tấn/người/tháng. Công ty tuyển dụng mới 214 lao động, trong đó 168 thợ lò, "
      f"chiếm 78,50%, chủ yếu từ các tỉnh Thanh Hóa, Nghệ An, Hà Giang.")
    A("4. Công tác an toàn, bảo vệ môi trường")

    d.diff("tăng 02 vụ", "tăng", "02", "05", "07", verdict="inconsistent", note="the word contradicts the sign")
    d.frac("23/24 đợt kiểm tra, đạt 95,83%", "23", "24", pct="95,83")
    d.rest("còn 07 lỗi", "07", "146", "139", "findings still open")
    d.rep("cho 214 lao động mới tuyển", "214", "214", f"line {L_ld} (tuyển dụng mới)")
    d.val("2.285 cây/ha", "2.285", P("42.500") / P("18,6"), "42.500 cây / 18,6 ha", unit=" cây/ha")
    A("Chín tháng đầu năm xảy ra 05 vụ tai nạn lao động nhẹ, tăng 02 vụ so với cùng kỳ năm 2023 (07 vụ), không có tai nạn "
      "lao động nặng, chết người; thực hiện 23/24 đợt kiểm tra, đạt 95,83% kế hoạch kiểm tra an toàn định kỳ, phát hiện "
      "146 lỗi vi phạm, đã khắc phục 139 lỗi, còn 07 lỗi đang khắc phục; huấn luyện an toàn cho 5.360 lượt người, trong đó huấn luyện lần đầu cho 214 lao động mới tuyển. Hoàn nguyên, trồng 42.500 cây trên 18,6 ha bãi "
      "thải, mật độ bình quân 2.285 cây/ha; xử lý 6,85 triệu m³ nước thải mỏ đạt QCVN 40:2011/BTNMT trước khi xả thải.")
    A("III. ĐÁNH GIÁ CHUNG")

    d.rep("sản xuất 1.642.830 tấn", "1.642.830", nk, f"line {L_nk}", verdict="inconsistent", note="transposed digits")
    d.rep(f"tiêu thụ {tt} tấn", tt, tt, f"line {L_ts}")
    d.rep(f"doanh thu {dt} tỷ đồng", dt, dt, f"line {L_dt}")
    d.rep(f"cho {ldbq} lao động", ldbq, ldbq, f"line {L_gen} (lao động bình quân)")
    d.frac("07/09 công trường hầm lò", "07", "09", b_ref="08", verdict="inconsistent", right="07/08",
           note=f"the company has 08 underground sites (line {L_gen})")
    d.rep("đạt 1.389.650 tấn", "1.389.650", ts, f"line {L_ts} (than sạch sản xuất)", verdict="ambiguous",
          note="looks like a transposition of 1.398.650, but coal delivered through the port is a different quantity "
               "from clean coal produced: cannot decide")
    d.pct("chiếm 63,70% sản lượng", "63,70", hl, nk)
    A(f"Chín tháng đầu năm 2024, mặc dù chịu ảnh hưởng nặng nề của bão số 3, Công ty đã sản xuất 1.642.830 tấn than nguyên "
      f"khai, tiêu thụ {tt} tấn than, doanh thu {dt} tỷ đồng, bảo đảm việc làm và thu nhập bình quân {tn} triệu "
      f"đồng/người/tháng cho {ldbq} lao động. Tuy nhiên, mới có 07/09 công trường hầm lò hoàn thành kế hoạch 9 tháng; than "
      f"sạch giao nhận qua cảng Điền Công đạt 1.389.650 tấn, thấp hơn kế hoạch; than hầm lò chiếm 63,70% sản lượng, chưa "
      f"đạt định hướng 65% của Tập đoàn.")
    A("IV. NHIỆM VỤ, GIẢI PHÁP QUÝ IV NĂM 2024")

    d.val("sản xuất 507.620 tấn", "507.620", P(nk_kh) - P(nk), f"{nk_kh} − {nk}", kind="difference", unit=" tấn")
    d.val("bóc 3.964.600 m³", "3.964.600", P(dd_kh) - P(dd), f"{dd_kh} − {dd}", kind="difference", unit=" m³")
    d.val("tiêu thụ 467.270 tấn", "467.270", P(tt_kh) - P(tt), f"{tt_kh} − {tt}", kind="difference", unit=" tấn")
    d.sum("lên 19.176 m", "19.176", [lo, "4.850"])
    d.val("đạt 1.050,73 tỷ đồng", "1.050,73", P(dt_kh) - P(dt), f"{dt_kh} − {dt}", kind="difference", unit=" tỷ đồng")
    A(f"Quý IV, Công ty phấn đấu sản xuất 507.620 tấn than nguyên khai, bóc 3.964.600 m³ đất đá để hoàn thành kế hoạch "
      f"năm; tiêu thụ 467.270 tấn than; đào 4.850 m lò, nâng tổng số mét lò đào cả năm lên 19.176 m; doanh thu quý IV "
      f"đạt 1.050,73 tỷ đồng. Tập trung khắc phục hậu quả bão số 3, thoát nước moong, củng cố bờ mỏ trước mùa mưa năm sau.")
    for t in ["Nơi nhận: Như trên; Tập đoàn TKV (b/c); Lưu: VT, KH.", "GIÁM ĐỐC", "Vũ Đức Thắng"]:
        A(t)

    qq = ["512.460", "574.310", "555.610"]
    mm = ["208.520", "204.230", "142.860"]
    d.sum(f"({nk} tấn)", nk, qq)
    d.sum(f"quý III {qq[2]} tấn", qq[2], mm)
    d.pct("chiếm 33,83%", "33,83", qq[2], nk)
    A(FN + f"Than nguyên khai 9 tháng năm 2024 ({nk} tấn) theo quý: quý I {qq[0]} tấn, quý II {qq[1]} tấn, quý III "
      f"{qq[2]} tấn, chiếm 33,83% (tháng 7: {mm[0]} tấn; tháng 8: {mm[1]} tấn; tháng 9: {mm[2]} tấn).")
    d.sum(f"bình quân 9 tháng {ldbq} người", ldbq, ["2.614", "683", "545"])
    d.pct("chiếm 73,68% lao động khối hầm lò", "73,68", tl, "2.614")
    A(FN + f"Lao động bình quân 9 tháng {ldbq} người: khối hầm lò 2.614 người (thợ lò {tl} người, chiếm 73,68% lao động "
      f"khối hầm lò), khối lộ thiên 683 người, khối phục vụ, phụ trợ và quản lý 545 người.")
    d.rep("đến 31/8/2024 là 3.796 người", "3.796", "3.796", f"line {L_gen} (có mặt đến 30/9/2024)", verdict="ambiguous",
          note="the same head-count is dated 30/9/2024 in the body and 31/8/2024 here: either unchanged over a month or "
               "one date is wrong; cannot decide")
    d.subset("nữ 612 người", "612", "3.796")
    A(FN + "Theo báo cáo lao động gửi Sở Lao động - Thương binh và Xã hội, lao động có mặt đến 31/8/2024 là 3.796 người, "
      "trong đó nữ 612 người.")
    return d.finish()


# ======================================================================================
# d21-04  Công ty cổ phần cán thép — báo cáo của Đảng ủy, giai đoạn 2020 - 2024
# ======================================================================================
def d04():
    d = Draft("d21-04-can-thep",
              "Đảng ủy Công ty Cổ phần Cán thép Nam Định",
              "Báo cáo kết quả lãnh đạo sản xuất, kinh doanh giai đoạn 2020 - 2024 (Nghị quyết Đại hội nhiệm kỳ 2020 - 2025)")
    A = d.add
    for t in ["ĐẢNG BỘ KHỐI DOANH NGHIỆP TỈNH NAM ĐỊNH", "ĐẢNG ỦY CÔNG TY CỔ PHẦN CÁN THÉP NAM ĐỊNH", "*",
              "Số 86-BC/ĐU", "ĐẢNG CỘNG SẢN VIỆT NAM", "Nam Định, ngày 14 tháng 02 năm 2025", "BÁO CÁO",
              "kết quả lãnh đạo thực hiện nhiệm vụ sản xuất, kinh doanh giai đoạn 2020 - 2024 theo Nghị quyết Đại hội "
              "Đảng bộ Công ty lần thứ V, nhiệm kỳ 2020 - 2025", "-----"]:
        A(t)
    A("Thực hiện Kế hoạch số 215-KH/ĐUK ngày 06/01/2025 của Ban Thường vụ Đảng ủy Khối Doanh nghiệp tỉnh về chuẩn bị đại "
      "hội đảng bộ các cấp, Ban Chấp hành Đảng bộ Công ty báo cáo kết quả lãnh đạo thực hiện nhiệm vụ sản xuất, kinh "
      "doanh giai đoạn 2020 - 2024 như sau:")
    A("I. ĐẶC ĐIỂM TÌNH HÌNH")

    cs = ["200.000", "250.000"]
    cst = "450.000"
    ld, nu, vh, bac, dv = "1.126", "187", "812", "346", "142"
    ca = ["268", "271", "266"]
    d.sum("có 02 nhà máy cán thép", "02", ["1", "1"], note="two rolling mills named")
    d.sum(f"tổng công suất thiết kế {cst} tấn/năm", cst, cs)
    d.pct("nữ 187 người (16,61%)", "16,61", nu, ld)
    d.subset(f"trực tiếp vận hành dây chuyền {vh} người", vh, ld)
    d.subset(f"thợ bậc 5/7 trở lên {bac} người", bac, ld, "'5/7' is a trade grade, not a fraction")
    s = sum(P(x) for x in ca)
    d.manual(f"ca A {ca[0]} người, ca B {ca[1]} người, ca C {ca[2]} người", "sum", "ambiguous",
             f"{' + '.join(ca)} = {V(s)} vs {vh} direct operators ({V(P(vh) - s)} short): 'trong đó' may leave out "
             f"day-shift maintenance staff; partial or wrong cannot be decided")
    L_dd = A(f"Công ty có 02 nhà máy cán thép (Nhà máy cán số 1 công suất {cs[0]} tấn/năm; Nhà máy cán số 2 công suất "
             f"{cs[1]} tấn/năm, đưa vào vận hành tháng 6/2022), tổng công suất thiết kế {cst} tấn/năm. Đảng bộ Công ty "
             f"có 06 chi bộ trực thuộc với {dv} đảng viên; toàn Công ty có {ld} lao động, trong đó nữ 187 người (16,61%), "
             f"lao động trực tiếp vận hành dây chuyền {vh} người, thợ bậc 5/7 trở lên {bac} người. Lao động trực tiếp "
             f"được bố trí theo 03 ca sản xuất, trong đó ca A {ca[0]} người, ca B {ca[1]} người, ca C {ca[2]} người.")
    A("II. KẾT QUẢ LÃNH ĐẠO THỰC HIỆN NHIỆM VỤ SẢN XUẤT, KINH DOANH")
    A("1. Sản xuất và tiêu thụ")

    y = {"2020": "312.450", "2021": "338.720", "2022": "327.160", "2023": "351.480", "2024": "386.930"}
    tong, y19, nk_prev = "1.716.740", "296.480", "1.411.820"
    d.sum(f"tổng sản lượng thép cán đạt {tong} tấn", tong, list(y.values()))
    r = P(tong) / P(nk_prev) * 100
    assert Q(r, 1) == D("121.6")
    d.manual("bằng 121,6% so với 5 năm nhiệm kỳ 2010 - 2015", "term", "inconsistent",
             f"{tong} / {nk_prev} × 100 = {V(r, 3)}% → 121,6% holds against the 2015 - 2020 term output (footnote); "
             f"the term before 2020 - 2025 is 2015 - 2020, not 2010 - 2015", right="nhiệm kỳ 2015 - 2020")
    d.diff("tăng 35.450 tấn", "tăng", "35.450", y["2024"], y["2023"])
    d.diff("giảm 11.560 tấn", "giảm", "11.560", y["2022"], y["2021"])
    d.pct("đạt 85,98% công suất thiết kế", "85,98", y["2024"], cst, note=f"base = design capacity (line {L_dd})")
    d.pct("bằng 130,5% so với năm 2019", "130,5", y["2024"], y19, kind="ratio")
    L_sl = A(f"Giai đoạn 2020 - 2024, tổng sản lượng thép cán đạt {tong} tấn (năm 2020: {y['2020']} tấn; năm 2021: "
             f"{y['2021']} tấn; năm 2022: {y['2022']} tấn; năm 2023: {y['2023']} tấn; năm 2024: {y['2024']} tấn), bằng "
             f"121,6% so với 5 năm nhiệm kỳ 2010 - 2015. Năm 2022 giảm 11.560 tấn so với năm 2021 do thị trường bất động "
             f"sản trầm lắng; năm 2024 tăng 35.450 tấn so với năm 2023, đạt 85,98% công suất thiết kế, bằng 130,5% so với "
             f"năm 2019 ({y19} tấn), vượt mục tiêu Nghị quyết đề ra.")

    sp = ["241.360", "118.450", "27.120"]
    d.sum(f"trong {y['2024']} tấn thép cán", y["2024"], sp)
    d.pct("chiếm 62,38%", "62,38", sp[0], y["2024"])
    d.pts("tăng 3,39 điểm phần trăm", "tăng", "3,39", "62,38", "58,45", verdict="inconsistent")
    d.pct("chiếm 30,61%", "30,61", sp[1], y["2024"])
    d.pct("chiếm 7,00%", "7,00", sp[2], y["2024"], verdict="rounding")
    A(f"Cơ cấu sản phẩm chuyển dịch theo hướng tăng tỷ trọng thép thanh vằn. Năm 2024, trong {y['2024']} tấn thép cán, "
      f"thép thanh vằn {sp[0]} tấn, chiếm 62,38% (năm 2019: 58,45%), tăng 3,39 điểm phần trăm; thép cuộn {sp[1]} tấn, "
      f"chiếm 30,61%; thép hình {sp[2]} tấn, chiếm 7,00%. Thép thanh vằn mác CB400-V, CB500-V đạt tiêu chuẩn TCVN "
      f"1651-2:2018 và JIS G3112:2010.")

    tt, nd, xk, xk20, tt5 = "382.150", "318.700", "63.450", "30.215", "1.698.320"
    d.sum(f"đạt {tt} tấn", tt, [nd, xk])
    d.pct("chiếm 16,40% sản lượng tiêu thụ", "16,40", xk, tt, verdict="inconsistent",
          note=f"16,40% = {xk} / {y['2024']} (production) = {V(P(xk) / P(y['2024']) * 100, 3)}%: wrong base")
    d.val("gấp 2,1 lần năm 2020", "2,1", P(xk) / P(xk20), f"{xk} / {xk20}", unit=" lần")
    d.pct("bằng 98,93% sản lượng sản xuất", "98,93", tt5, tong)
    A(f"Sản lượng tiêu thụ năm 2024 đạt {tt} tấn, gồm tiêu thụ nội địa {nd} tấn và xuất khẩu {xk} tấn, gấp 2,1 lần năm "
      f"2020 ({xk20} tấn); xuất khẩu chiếm 16,40% sản lượng tiêu thụ. Tổng sản lượng tiêu thụ cả giai đoạn {tt5} tấn, "
      f"bằng 98,93% sản lượng sản xuất. Hệ thống phân phối gồm 04 nhà phân phối cấp 1 và 126 đại lý tại 19 tỉnh, thành "
      f"phố phía Bắc và Bắc Trung Bộ.")
    A("2. Đổi mới công nghệ, tiết kiệm năng lượng")

    phoi = "401.630"
    d.diff("giảm 13,8 kWh/tấn", "giảm", "13,8", "98,6", "112,4", unit=" kWh/tấn")
    d.pct("giảm 12,28%", "12,28", "98,6", "112,4", kind="ratio", mode="down")
    d.val("38,15 triệu kWh", "38,15", P(y["2024"]) * P("98,6") / 1000000, f"{y['2024']} tấn × 98,6 kWh/tấn / 1.000.000",
          unit=" triệu kWh")
    d.val("1,038 tấn phôi/tấn thép", "1,038", P(phoi) / P(y["2024"]), f"{phoi} / {y['2024']}", unit=" tấn phôi/tấn")
    d.pct("đạt 96,33%", "96,33", y["2024"], phoi, verdict="rounding")
    d.diff("giảm 828 giờ", "giảm", "828", "418", "1.246", unit=" giờ")
    d.pct("giảm 66,45%", "66,45", "418", "1.246", kind="ratio", mode="down")
    d.pct("đáp ứng 7,50% điện năng tiêu thụ", "7,50", "2,86", "38,15")
    A(f"Đảng ủy ban hành Nghị quyết chuyên đề số 05-NQ/ĐU ngày 18/3/2021 về đổi mới công nghệ; chuyển đổi lò nung phôi từ "
      f"dầu FO sang khí thiên nhiên nén (CNG) từ tháng 8/2022. Suất tiêu hao điện năng năm 2024 là 98,6 kWh/tấn thép, "
      f"giảm 13,8 kWh/tấn so với năm 2019 (112,4 kWh/tấn), tương ứng giảm 12,28%; tổng điện năng tiêu thụ năm 2024 là "
      f"38,15 triệu kWh, trong đó hệ thống điện mặt trời áp mái 2,4 MW cung cấp 2,86 triệu kWh, đáp ứng 7,50% điện năng "
      f"tiêu thụ. Tiêu hao phôi bình quân 1,038 tấn phôi/tấn thép (năm 2024 sử dụng {phoi} tấn phôi), tỷ lệ thu "
      f"hồi kim loại đạt 96,33%. Thời gian dừng máy do sự cố thiết bị từ 1.246 giờ năm 2020 xuống còn 418 giờ năm 2024, "
      f"giảm 828 giờ, tức giảm 66,45%.")
    A("3. Kết quả kinh doanh, nghĩa vụ ngân sách và đời sống người lao động")

    dty = ["4.286,4", "5.812,7", "5.964,3", "5.347,9", "5.926,8"]
    dt5, dt_prev = "27.383,1", "19.796,4"
    S = sum(P(x) for x in dty)
    d.sum(f"đạt {dt5} tỷ đồng", dt5, dty, verdict="inconsistent", note="transposed digits in the total (27.338,1 → 27.383,1)")
    g1 = (S / P(dt_prev) - 1) * 100
    g2 = (P(dt5) / P(dt_prev) - 1) * 100
    assert Q(g1, 0) == Q(g2, 0) == 38
    d.pct("tăng 38%", "38", dt5, dt_prev, kind="ratio", mode="up",
          note=f"also 38% with the corrected total ({V(g1, 2)}%)")
    d.manual(f"nhiệm kỳ 2015 - 2020 ({dt_prev} tỷ đồng)", "term", "consistent",
             "the previous term of 2020 - 2025 is 2015 - 2020; same figure in the footnote")
    d.pct("bằng 110,8% so với năm 2023", "110,8", dty[4], dty[3], kind="ratio")
    d.pct("chiếm 20,53%", "20,53", "1.216,5", dty[4])
    d.pct("chiếm 28,70%", "28,70", "118,4", "412,6")
    d.val("bình quân 256,9 tỷ đồng/năm", "256,9", P("1.284,3") / 5, "1.284,3 / 5 năm", unit=" tỷ đồng/năm")
    L_dt = A(f"Tổng doanh thu giai đoạn 2020 - 2024 đạt {dt5} tỷ đồng (năm 2020: {dty[0]} tỷ đồng; năm 2021: {dty[1]} tỷ "
             f"đồng; năm 2022: {dty[2]} tỷ đồng; năm 2023: {dty[3]} tỷ đồng; năm 2024: {dty[4]} tỷ đồng), tăng 38% so với "
             f"nhiệm kỳ 2015 - 2020 ({dt_prev} tỷ đồng). Năm 2024, doanh thu bằng 110,8% so với năm 2023, trong đó doanh "
             f"thu xuất khẩu 1.216,5 tỷ đồng, chiếm 20,53%. Lợi nhuận trước thuế cả giai đoạn 412,6 tỷ đồng, trong đó năm "
             f"2024 đạt 118,4 tỷ đồng, chiếm 28,70%; nộp ngân sách nhà nước 1.284,3 tỷ đồng, bình quân 256,9 tỷ đồng/năm.")

    d.manual("Vốn đầu tư thực hiện cả giai đoạn 1.426,8 tỷ đồng", "sum", "ambiguous",
             "1.185,0 + 96,4 + '...' + 38,7 vs 1.426,8: one item is an unfilled placeholder (it would have to be 106,7); "
             "cannot be checked")
    d.pct("bằng 95,56% tổng mức đầu tư", "95,56", "1.185,0", "1.240")
    A("Vốn đầu tư thực hiện cả giai đoạn 1.426,8 tỷ đồng, gồm: dự án Nhà máy cán số 2 là 1.185,0 tỷ đồng, bằng 95,56% "
      "tổng mức đầu tư 1.240 tỷ đồng phê duyệt tại Quyết định số 47/QĐ-HĐQT ngày 09/4/2020; chuyển đổi lò nung sang sử "
      "dụng khí CNG 96,4 tỷ đồng; cải tạo hệ thống xử lý khí thải, nước thải ... tỷ đồng; các dự án khác 38,7 tỷ đồng.")

    ld19, tn, tn19 = "1.284", "13,65", "9,20"
    d.diff("giảm 185 người", "giảm", "185", ld, ld19, verdict="inconsistent", note="transposed digits (158 → 185)")
    ns24 = P(y["2024"]) / P(ld)
    ns19 = P(y19) / P(ld19)
    d.val("343,6 tấn thép/người/năm", "343,6", ns24, f"{y['2024']} / {ld}", unit=" tấn/người/năm")
    d.val("230,9 tấn/người/năm", "230,9", ns19, f"{y19} / {ld19}", unit=" tấn/người/năm")
    d.val("gấp 1,49 lần năm 2019", "1,49", ns24 / ns19, "343,632 / 230,903", unit=" lần")
    d.pct("tăng 48,3% so với năm 2019", "48,3", tn, tn19, kind="ratio", mode="up", verdict="rounding")
    L_ld = A(f"Năm 2024, Công ty có {ld} lao động, giảm 185 người so với năm 2019 ({ld19} người) do tự động hóa dây chuyền; năng "
      f"suất lao động đạt 343,6 tấn thép/người/năm, gấp 1,49 lần năm 2019 (230,9 tấn/người/năm). Thu nhập bình quân của "
      f"người lao động năm 2024 đạt {tn} triệu đồng/người/tháng, tăng 48,3% so với năm 2019 ({tn19} triệu đồng); 100% "
      f"người lao động được tham gia bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp.")
    A("4. Công tác xây dựng Đảng gắn với nhiệm vụ sản xuất, kinh doanh")

    kn = ["06", "09", "07", "08", "08"]
    d.sum("kết nạp 38 đảng viên mới", "38", kn)
    d.manual("vượt chỉ tiêu Nghị quyết (30 đảng viên)", "difference", "consistent", "38 > 30: target exceeded")
    d.diff("tăng 17 đảng viên", "tăng", "17", dv, "125")
    d.pct("chiếm 14,79%", "14,79", "21", dv)
    d.pct("chiếm 76,06%", "76,06", "108", dv)
    d.pct("chiếm 7,75%", "7,75", "11", dv)
    d.manual(f"xếp loại {dv} đảng viên", "sum", "ambiguous",
             f"disjoint reading 21 + 108 + 11 = 140 ({V(P(dv) - 140)} short of {dv}); nested reading (xuất sắc inside tốt) "
             f"108 + 11 = 119; 2 members may be exempt or not yet rated (the report does not say): cannot decide")
    d.frac("06/06 chi bộ", "06", "06", b_ref="06", note=f"06 party cells (line {L_dd})")
    d.subset("02 chi bộ hoàn thành xuất sắc", "02", "06")
    L_dang = A(f"Nhiệm kỳ 2020 - 2025, Đảng bộ kết nạp 38 đảng viên mới (năm 2020: {kn[0]}, năm 2021: {kn[1]}, năm 2022: "
               f"{kn[2]}, năm 2023: {kn[3]}, năm 2024: {kn[4]}), vượt chỉ tiêu Nghị quyết (30 đảng viên); đến 31/12/2024 "
               f"Đảng bộ có {dv} đảng viên, tăng 17 đảng viên so với đầu nhiệm kỳ (125 đảng viên). Kết quả đánh giá, xếp "
               f"loại {dv} đảng viên năm 2024: hoàn thành xuất sắc nhiệm vụ 21 đồng chí, chiếm 14,79%; hoàn thành tốt "
               f"nhiệm vụ 108 đồng chí, chiếm 76,06%; hoàn thành nhiệm vụ 11 đồng chí, chiếm 7,75%; không có đảng viên "
               f"không hoàn thành nhiệm vụ. 06/06 chi bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên, trong đó 02 chi bộ "
               f"hoàn thành xuất sắc nhiệm vụ.")
    A("III. ĐÁNH GIÁ CHUNG")

    d.rep("Đảng bộ với 124 đảng viên", "124", dv, f"line {L_dang}", verdict="inconsistent", note="transposed digits")
    d.frac("08/09 chỉ tiêu chủ yếu, đạt 89,89%", "08", "09", b_ref="09", pct="89,89", verdict="inconsistent",
           right="88,89%", note="one-digit slip (88,89 → 89,89)")
    d.rep(f"năm 2024 đạt {y['2024']} tấn", y["2024"], y["2024"], f"line {L_sl}")
    d.rep("nhập kho 386.390 tấn", "386.390", y["2024"], f"line {L_sl} (sản lượng thép cán)", verdict="ambiguous",
          note="looks like a transposition of 386.930, but finished steel put into stock is a different quantity from "
               "rolled output (qualifier differs): cannot decide")
    d.rep(f"thu nhập bình quân {tn} triệu đồng", tn, tn, f"line {L_ld}")
    A(f"Sau 5 năm thực hiện Nghị quyết Đại hội Đảng bộ Công ty lần thứ V, nhiệm kỳ 2020 - 2025, Đảng bộ với 124 đảng viên "
      f"đã lãnh đạo Công ty hoàn thành và vượt 08/09 chỉ tiêu chủ yếu, đạt 89,89%; sản lượng thép cán năm 2024 đạt "
      f"{y['2024']} tấn, thép thành phẩm nhập kho 386.390 tấn; thu nhập bình quân {tn} triệu đồng/người/tháng. Chỉ tiêu "
      f"chưa đạt là tỷ trọng xuất khẩu. Hạn chế: thị trường thép xây dựng cạnh tranh gay gắt, giá phôi biến động mạnh.")
    A("IV. PHƯƠNG HƯỚNG NĂM 2025")

    d.pct("tăng 5,96% so với năm 2024", "5,96", "410.000", y["2024"], kind="ratio", mode="up")
    d.pct("đạt 91,11% công suất thiết kế", "91,11", "410.000", cst)
    d.sum("lên 46 đồng chí", "46", ["38", "08"])
    d.pct("vượt 53,3% chỉ tiêu Nghị quyết", "53,3", "46", "30", kind="ratio", mode="up")
    A("Năm 2025 - năm cuối nhiệm kỳ, Đảng ủy xác định phấn đấu sản lượng thép cán 410.000 tấn, tăng 5,96% so với năm 2024, "
      "đạt 91,11% công suất thiết kế; doanh thu ... tỷ đồng; thu nhập bình quân 14,2 triệu đồng/người/tháng; kết nạp 08 "
      "đảng viên mới, nâng tổng số đảng viên kết nạp cả nhiệm kỳ lên 46 đồng chí, vượt 53,3% chỉ tiêu Nghị quyết.")
    for t in ["T/M ĐẢNG ỦY", "BÍ THƯ", "Lê Văn Khải"]:
        A(t)

    d.rep(f"doanh thu {dt_prev} tỷ đồng", dt_prev, dt_prev, f"line {L_dt}")
    A(FN + f"Nhiệm kỳ 2015 - 2020 (5 năm 2015 - 2019): sản lượng thép cán {nk_prev} tấn; doanh thu {dt_prev} tỷ đồng.")
    ph = ["2.615", "2.742", "2.406", "2.318", "2.399"]
    d.manual("12,480 tấn", "sum", "ambiguous",
             f"{' + '.join(ph)} = {V(sum(P(x) for x in ph))}: matches only if '12,480' is read with ',' as a thousands "
             f"separator; in vi-VN it reads 12,48 tấn: format ambiguous")
    A(FN + f"Phế liệu thép thu hồi tái sử dụng cả giai đoạn 12,480 tấn (năm 2020: {ph[0]} tấn; năm 2021: {ph[1]} tấn; "
      f"năm 2022: {ph[2]} tấn; năm 2023: {ph[3]} tấn; năm 2024: {ph[4]} tấn).")
    d.sum("09 chỉ tiêu chủ yếu", "09", ["1"] * 9, note="nine targets listed")
    A(FN + "09 chỉ tiêu chủ yếu của Nghị quyết: sản lượng; doanh thu; lợi nhuận; nộp ngân sách; thu nhập bình quân; năng "
      "suất lao động; suất tiêu hao điện năng; tỷ trọng xuất khẩu; kết nạp đảng viên.")
    return d.finish()


# ======================================================================================
def write(drafts):
    os.makedirs(OUT, exist_ok=True)
    rows = []
    kv_all = Counter()
    for d in drafts:
        txt = "\n".join(d.lines) + "\n"
        with open(os.path.join(OUT, d.name + ".txt"), "w", encoding="utf-8") as f:
            f.write(txt)
        claims = []
        for i, c in enumerate(d.claims, 1):
            c2 = OrderedDict(id=f"{d.name[:6]}-{i:02d}")
            c2.update(c)
            claims.append(c2)
        with open(os.path.join(OUT, d.name + ".labels.json"), "w", encoding="utf-8") as f:
            json.dump(OrderedDict(file=d.name + ".txt", claims=claims), f, ensure_ascii=False, indent=1)
            f.write("\n")
        # re-read and verify what was written
        with open(os.path.join(OUT, d.name + ".txt"), encoding="utf-8") as f:
            lines = f.read().split("\n")[:-1]
        with open(os.path.join(OUT, d.name + ".labels.json"), encoding="utf-8") as f:
            lab = json.load(f)
        assert lines == d.lines
        for c in lab["claims"]:
            ln = lines[c["line"] - 1]
            assert ln.count(c["anchor"]) == 1, (d.name, c["line"], c["anchor"])
            assert any(ch.isdigit() for ch in c["anchor"]), c["anchor"]
        # duplicate anchors on one line would make matching ambiguous
        seen = Counter((c["line"], c["anchor"]) for c in lab["claims"])
        assert max(seen.values()) == 1, [k for k, v in seen.items() if v > 1]
        vc = Counter(c["verdict"] for c in lab["claims"])
        kv = Counter((c["kind"], c["verdict"]) for c in lab["claims"])
        kv_all.update(kv)
        rows.append((d, len(txt), len(lines), len(lab["claims"]), vc, kv))
    return rows, kv_all


def table(kv):
    out = ["| kind | " + " | ".join(VERDICTS) + " | total |", "|---|" + "---:|" * (len(VERDICTS) + 1)]
    for k in KINDS:
        vals = [kv.get((k, v), 0) for v in VERDICTS]
        if sum(vals):
            out.append(f"| {k} | " + " | ".join(str(x) for x in vals) + f" | {sum(vals)} |")
    tot = [sum(kv.get((k, v), 0) for k in KINDS) for v in VERDICTS]
    out.append("| **total** | " + " | ".join(str(x) for x in tot) + f" | {sum(tot)} |")
    return out


def summary(rows, kv_all):
    L = ["# dev21 — summary (generated by make.py)", "",
         "Four Vietnamese report drafts of provincial companies, one paragraph per line, footnotes last "
         "(lines starting with `[\uFFFD]`). Labels in `prose/<name>.labels.json` (format: FORMAT.md). "
         "Characters are Unicode code points of the .txt file including newlines.", "",
         "| draft | office | characters | lines | claims | consistent | rounding | inconsistent | ambiguous |",
         "|---|---|---:|---:|---:|---:|---:|---:|---:|"]
    tc = tl = tn = 0
    tv = Counter()
    for d, nc, nl, ncl, vc, kv in rows:
        L.append(f"| {d.name} | {d.office} | {nc} | {nl} | {ncl} | " +
                 " | ".join(str(vc.get(v, 0)) for v in VERDICTS) + " |")
        tc += nc; tl += nl; tn += ncl; tv.update(vc)
    L.append(f"| **total** | | {tc} | {tl} | {tn} | " + " | ".join(str(tv.get(v, 0)) for v in VERDICTS) + " |")
    L += ["", "Documents:", ""]
    for d, *_ in rows:
        L.append(f"- `{d.name}`: {d.doc}.")
    L += ["", "## Kind × verdict (all drafts)", ""] + table(kv_all)
    for d, nc, nl, ncl, vc, kv in rows:
        L += ["", f"## {d.name}", ""] + table(kv)
    L += ["", "Regenerate with `python3 make.py` (standard library only; every verdict is asserted with exact "
              "decimal arithmetic, every anchor is checked to be a unique substring of its line).", ""]
    with open(os.path.join(HERE, "SUMMARY.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))


def main():
    drafts = [d01(), d02(), d03(), d04()]
    rows, kv_all = write(drafts)
    summary(rows, kv_all)
    for d, nc, nl, ncl, vc, kv in rows:
        print(f"{d.name}: {nc} chars, {nl} lines, {ncl} claims, " +
              ", ".join(f"{v} {vc.get(v, 0)}" for v in VERDICTS))


if __name__ == "__main__":
    main()
