#!/usr/bin/env python3
"""Generator for the held-out prose set p11 (six Vietnamese report drafts with labelled numeric claims).

Every total, share, ratio, difference and expected value is computed here with exact arithmetic
(fractions.Fraction, rounded half up to the stated precision and rendered through decimal.Decimal),
so the labels do not depend on the tool under evaluation. Run:  python3 make.py
It rewrites p11-0N-<slug>.txt and p11-0N-<slug>.labels.json beside this file and checks that every
anchor occurs exactly once in its line.
"""
import json
import os
import sys
from collections import Counter
from decimal import Decimal as Dd, ROUND_HALF_UP
from fractions import Fraction as Fr

HERE = os.path.dirname(os.path.abspath(__file__))
FN = "[\ufffd] "          # footnote line prefix, as in the exported seeds
REF = "[\n]"             # body footnote reference, exported as a broken line like the seeds


# ---------------------------------------------------------------- numbers
def fr(x):
    """Exact fraction from int / str ('7812.46') / Decimal."""
    if isinstance(x, Fr):
        return x
    if isinstance(x, int):
        return Fr(x)
    return Fr(Dd(str(x)))


def rhu(x, dp):
    """Round half up (away from zero on ties) at dp decimals -> Decimal."""
    x = fr(x)
    s = -1 if x < 0 else 1
    n = int(abs(x) * 10 ** dp + Fr(1, 2))
    return (Dd(s * n).scaleb(-dp)).quantize(Dd(1).scaleb(-dp))


def trc(x, dp):
    x = fr(x)
    s = -1 if x < 0 else 1
    n = int(abs(x) * 10 ** dp)
    return (Dd(s * n).scaleb(-dp)).quantize(Dd(1).scaleb(-dp))


def grp(s):
    neg = s.startswith("-")
    s = s.lstrip("-")
    out = ""
    while len(s) > 3:
        out = "." + s[-3:] + out
        s = s[:-3]
    return ("-" if neg else "") + s + out


def N(x, z=False):
    """Integer count in vi-VN format; z=True writes counts under 10 with a leading zero."""
    x = int(x)
    if z and 0 <= x < 10:
        return "%02d" % x
    return grp(str(x))


def F(x, dp=2):
    """Decimal in vi-VN format (thousands '.', decimals ',') at dp decimals (half up)."""
    d = rhu(x, dp)
    s = format(d, "f")
    if "." in s:
        i, f = s.split(".")
        return grp(i) + "," + f
    return grp(s)


def X(x, dp=5):
    """Exact-ish value for notes."""
    return F(x, dp)


# ---------------------------------------------------------------- drafts
class Draft:
    def __init__(self, fname):
        self.fname = fname
        self.paras = []      # (text, [claims])
        self.foot = []       # (text, [claims])
        self.pending = []

    # -- generic claim
    def C(self, anchor, kind, verdict="consistent", right=None, note=""):
        assert kind in ("sum", "subset", "share", "fraction", "difference", "points", "ratio", "repeat", "term"), kind
        assert verdict in ("consistent", "rounding", "inconsistent", "ambiguous"), verdict
        if verdict in ("rounding", "inconsistent"):
            assert right, anchor
        c = {"anchor": anchor, "kind": kind, "verdict": verdict}
        if right is not None and verdict in ("rounding", "inconsistent"):
            c["right"] = right
        c["note"] = note
        self.pending.append(c)
        return anchor

    def L(self, anchor, kind, verdict="consistent", right=None, note=""):
        """Claim attached to the paragraph written last."""
        self.C(anchor, kind, verdict, right, note)
        self.paras[-1][1].append(self.pending.pop())

    def P(self, text):
        self.paras.append((text, self.pending))
        self.pending = []

    def FNOTE(self, text):
        self.foot.append((text, self.pending))
        self.pending = []

    # -- sum: total written vs parts
    def sm(self, shown, parts, pre="", suf="", dp=None, z=False, verdict=None, note=""):
        tot = sum(fr(p) for p in parts)
        fmt = (lambda v: N(v, z)) if dp is None else (lambda v: F(v, dp))
        a = pre + fmt(shown) + suf
        ok = fr(shown) == tot
        v = verdict or ("consistent" if ok else "inconsistent")
        if verdict is None and not ok:
            pass
        if verdict == "consistent":
            assert ok, (a, tot)
        expr = " + ".join(fmt(p) for p in parts) + " = " + fmt(tot)
        nt = expr + (" = " if ok else " ≠ ") + fmt(shown) + ("" if not note else ". " + note)
        return self.C(a, "sum", v, pre + fmt(tot) + suf if v in ("inconsistent", "rounding") else None, nt)

    # -- share: part / base * 100
    def sh(self, part, base, dp=2, pre="chiếm ", suf="%", mode="ok", shown=None, kind="share", note="", basedesc=""):
        ex = fr(part) * 100 / fr(base)
        r = rhu(ex, dp)
        if mode == "ok":
            s, v = r, "consistent"
        elif mode == "trunc":
            s, v = trc(ex, dp), "rounding"
            assert s != r, ("truncation equals rounding", part, base)
        elif mode == "slip":       # off by exactly one unit in the last digit
            s, v = Dd(str(shown)), "rounding"
            assert abs(s - r) == Dd(1).scaleb(-dp), (s, r)
        elif mode == "bad":
            s, v = Dd(str(shown)), "inconsistent"
            assert abs(s - r) > Dd(1).scaleb(-dp), (s, r)
        elif mode == "amb":
            s, v = Dd(str(shown)) if shown is not None else r, "ambiguous"
        else:
            raise ValueError(mode)
        a = pre + F(s, dp) + suf
        fp = (lambda y: N(y)) if fr(part).denominator == 1 else (lambda y: F(y, 2))
        fb = (lambda y: N(y)) if fr(base).denominator == 1 else (lambda y: F(y, 2))
        nt = "%s / %s%s = %s %% → %s%%" % (fp(part), fb(base), (" (" + basedesc + ")") if basedesc else "", X(ex), F(r, dp))
        if note:
            nt += ". " + note
        return self.C(a, kind, v, pre + F(r, dp) + suf if v in ("rounding", "inconsistent") else None, nt)

    # -- ratio: cur / prev * 100 ("bằng 105,2%", "đạt 98,4% kế hoạch"); mult=True -> "gấp 1,5 lần"
    def ra(self, cur, prev, dp=2, pre="bằng ", suf="%", mode="ok", shown=None, mult=False, growth=False, note="", neg=False):
        if neg:   # "giảm x%": x = (1 − cur/prev) × 100
            ex = (1 - fr(cur) / fr(prev)) * 100
        elif mult:
            ex = fr(cur) / fr(prev)
        elif growth:
            ex = (fr(cur) / fr(prev) - 1) * 100
        else:
            ex = fr(cur) * 100 / fr(prev)
        r = rhu(ex, dp)
        if mode == "ok":
            s, v = r, "consistent"
        elif mode == "trunc":
            s, v = trc(ex, dp), "rounding"
            assert s != r
        elif mode == "slip":
            s, v = Dd(str(shown)), "rounding"
            assert abs(s - r) == Dd(1).scaleb(-dp), (s, r)
        elif mode == "bad":
            s, v = Dd(str(shown)), "inconsistent"
            assert abs(s - r) > Dd(1).scaleb(-dp), (s, r)
        elif mode == "amb":
            s, v = Dd(str(shown)) if shown is not None else r, "ambiguous"
        a = pre + F(s, dp) + suf
        fc = (lambda y: N(y)) if fr(cur).denominator == 1 else (lambda y: F(y, 2))
        fp = (lambda y: N(y)) if fr(prev).denominator == 1 else (lambda y: F(y, 2))
        if neg:
            nt = "(1 − %s / %s) × 100 = %s %% → %s%%" % (fc(cur), fp(prev), X(ex), F(r, dp))
        elif mult:
            nt = "%s / %s = %s → %s" % (fc(cur), fp(prev), X(ex), F(r, dp))
        elif growth:
            nt = "(%s / %s − 1) × 100 = %s %% → %s%%" % (fc(cur), fp(prev), X(ex), F(r, dp))
        else:
            nt = "%s / %s × 100 = %s %% → %s%%" % (fc(cur), fp(prev), X(ex), F(r, dp))
        if note:
            nt += ". " + note
        return self.C(a, "ratio", v, pre + F(r, dp) + suf if v in ("rounding", "inconsistent") else None, nt)

    # -- difference: cur - prev written as "tăng X" / "giảm X"
    def df(self, cur, prev, shown=None, word=None, suf="", dp=None, pre="", mode=None, note="", z=False):
        d = fr(cur) - fr(prev)
        POS = ("tăng", "vượt", "nhiều hơn", "cao hơn", "tăng thêm")
        NEG = ("giảm", "thấp hơn", "ít hơn", "giảm bớt")
        w = word or ("tăng" if d > 0 else "giảm")
        tw = w if ((w in POS and d > 0) or (w in NEG and d < 0)) else ("tăng" if d > 0 else "giảm")
        fmt = (lambda y: N(y, z)) if dp is None else (lambda y: F(y, dp))
        s = abs(d) if shown is None else fr(shown)
        a = pre + w + " " + fmt(s) + suf
        ok = (s == abs(d) and w == tw)
        v = mode or ("consistent" if ok else "inconsistent")
        if v == "consistent":
            assert ok, a
        nt = "%s − %s = %s%s" % (fmt(cur), fmt(prev), "-" if d < 0 else "", fmt(abs(d)))
        if note:
            nt += ". " + note
        return self.C(a, "difference", v, pre + tw + " " + fmt(abs(d)) + suf if v == "inconsistent" else None, nt)

    # -- points: difference of two stated percentages
    def pt(self, cur, prev, shown=None, word=None, dp=2, pre="", suf="%", mode=None, note=""):
        d = fr(cur) - fr(prev)
        POS = ("tăng", "vượt", "nhiều hơn", "cao hơn", "tăng thêm")
        NEG = ("giảm", "thấp hơn", "ít hơn", "giảm bớt")
        w = word or ("tăng" if d > 0 else "giảm")
        tw = w if ((w in POS and d > 0) or (w in NEG and d < 0)) else ("tăng" if d > 0 else "giảm")
        s = abs(d) if shown is None else fr(shown)
        a = pre + w + " " + F(s, dp) + suf
        ok = (rhu(s, dp) == rhu(abs(d), dp) and w == tw)
        v = mode or ("consistent" if ok else "inconsistent")
        if v == "consistent":
            assert ok, a
        rel = (fr(cur) / fr(prev) - 1) * 100
        nt = "%s%% − %s%% = %s điểm phần trăm (đọc tương đối: %s %%)" % (F(cur, dp), F(prev, dp), F(d, dp), X(rel, 2))
        if note:
            nt += ". " + note
        return self.C(a, "points", v, pre + tw + " " + F(abs(d), dp) + suf if v == "inconsistent" else None, nt)

    # -- write files
    def build(self, header, tail):
        lines = list(header)
        claims = []

        def place(text, cl):
            sub = text.split("\n")
            start = len(lines)
            lines.extend(sub)
            for c in cl:
                hits = [i for i, s in enumerate(sub) if c["anchor"] in s]
                assert len(hits) == 1, ("anchor not in exactly one sub-line", self.fname, c["anchor"], hits)
                ln = sub[hits[0]]
                assert ln.count(c["anchor"]) == 1, ("anchor repeated in line", self.fname, c["anchor"])
                cc = {"line": start + hits[0] + 1}
                cc.update(c)
                claims.append(cc)

        for t, cl in self.paras:
            place(t, cl)
        lines.extend(tail)
        for t, cl in self.foot:
            lines.extend(["", ""])
            place(FN + t, cl)
        lines.extend(["", ""])
        txt = "\n".join(lines)
        assert not self.pending, self.pending
        # final re-check on the written text
        L = txt.split("\n")
        for c in claims:
            assert L[c["line"] - 1].count(c["anchor"]) == 1, c
        with open(os.path.join(HERE, self.fname + ".txt"), "w", encoding="utf-8") as f:
            f.write(txt)
        with open(os.path.join(HERE, self.fname + ".labels.json"), "w", encoding="utf-8") as f:
            json.dump({"file": self.fname + ".txt", "claims": claims}, f, ensure_ascii=False, indent=1)
        return txt, claims


DRAFTS = []


def draft(fn):
    DRAFTS.append(fn)
    return fn


# ================================================================ DRAFTS
@draft
def d1():
    d = Draft("p11-01-kho-bac-tinh")
    H = [" \tKHO BẠC NHÀ NƯỚC", "KHO BẠC NHÀ NƯỚC TRÀ VINH", "", "Số:        /BC-KBTV", "",
         "\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
         "Trà Vinh, ngày      tháng 01 năm 2025", "", "", "BÁO CÁO",
         "Tổng kết công tác năm 2024 và nhiệm vụ trọng tâm năm 2025", "-----"]
    d.P("Thực hiện Công văn số 6512/KBNN-VP ngày 02/12/2024 của Kho bạc Nhà nước về việc hướng dẫn tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025; Kho bạc Nhà nước (KBNN) Trà Vinh báo cáo kết quả thực hiện nhiệm vụ năm 2024 như sau:")
    d.P("I. ĐẶC ĐIỂM TÌNH HÌNH")
    d.P("KBNN Trà Vinh hiện có 06 phòng chuyên môn, nghiệp vụ và 08 KBNN huyện, thị xã trực thuộc, "
        + d.sm(14, [6, 8], pre="tổng cộng ", suf=" đầu mối") + ". "
        "Tổng số công chức, người lao động đến 31/12/2024 là "
        + d.sm(186, [171, 15], pre="", suf=" người") + " (công chức 171 người, lao động hợp đồng 15 người), trong đó "
        + d.C("nữ 97 người", "subset", note="97 ≤ 186") + ", " + d.sh(97, 186) + "; "
        + d.C("đảng viên 142 người", "subset", note="142 ≤ 186") + ", " + d.sh(142, 186)
        + "; lãnh đạo từ cấp phó trưởng phòng trở lên 46 người. Về trình độ chuyên môn: thạc sĩ 31 người ("
        + d.sh(31, 186, pre="", mode="trunc") + "), đại học 139 người (" + d.sh(139, 186, pre="") + "), cao đẳng, trung cấp 16 người ("
        + d.sh(16, 186, dp=1, pre="") + ").")
    d.L("cao đẳng, trung cấp 16 người", "sum", note="31 + 139 + 16 = 186 = tổng số công chức, người lao động; ba trình độ là phân loại đầy đủ")
    d.L("lãnh đạo từ cấp phó trưởng phòng trở lên 46 người", "subset", note="46 ≤ 171 công chức")
    d.P("Thuận lợi: KBNN Trà Vinh luôn nhận được sự quan tâm chỉ đạo của KBNN, Tỉnh ủy, UBND tỉnh và sự phối hợp chặt chẽ của các sở, ngành, các ngân hàng thương mại trên địa bàn. Khó khăn: địa bàn rộng, một số KBNN huyện ở xa trung tâm, khối lượng giao dịch tăng cao vào cuối năm.")
    d.P("Năm 2024, tình hình kinh tế - xã hội của tỉnh tiếp tục phục hồi; tuy nhiên, việc triển khai Luật Đầu tư công, các chương trình mục tiêu quốc gia và hiện đại hóa hệ thống thanh toán đặt ra yêu cầu cao đối với công tác kiểm soát chi và quản lý quỹ ngân sách.")
    d.P("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024")
    d.P("1. Công tác tập trung, quản lý thu ngân sách nhà nước")
    d.P("Tổng thu NSNN qua KBNN Trà Vinh năm 2024 "
        + d.sm("7812.46", ["6905.12", "318.47", "588.87"], dp=2, pre="đạt ", suf=" tỷ đồng",
               note="các khoản thu nêu cuối đoạn (gồm) cộng đúng tổng thu") + ", "
        + d.ra("7812.46", "7215.80", suf="% dự toán") + " HĐND tỉnh giao (7.215,80 tỷ đồng theo Nghị quyết số 28/NQ-HĐND ngày 08/12/2023) và "
        + d.ra("7812.46", "6972.3", pre="bằng ", suf="% so với năm 2023", mode="trunc") + " (6.972,3 tỷ đồng); số thu "
        + d.df("7812.46", "6972.3", dp=2, suf=" tỷ đồng") + " "
        + d.C("so với năm 2022", "term", "inconsistent", "so với năm 2023", "Báo cáo năm 2024; 7.812,46 − 6.972,3 = 840,16 là mức tăng so với số năm 2023 vừa nêu, năm so sánh phải là 2023")
        + ". Số thu gồm: thu nội địa 6.905,12 tỷ đồng, thu từ hoạt động xuất nhập khẩu 318,47 tỷ đồng, thu viện trợ và thu khác 588,87 tỷ đồng.")
    d.P("Thu nội địa " + d.ra("6905.12", "6419.5", pre="đạt ", suf="% dự toán", mode="bad", shown="105.67") + " (6.419,5 tỷ đồng). "
        "Số thu được phân chia cho ngân sách trung ương 1.046,2 tỷ đồng; ngân sách địa phương được hưởng 6.766,26 tỷ đồng, "
        + d.sh("6766.26", "7812.46", pre="chiếm ", suf="% tổng thu", basedesc="tổng thu NSNN") + " ("
        + d.sm("7812.46", ["1046.2", "6766.26"], pre="cộng ", suf=" tỷ đồng", dp=2) + "). Số thu qua các ngân hàng thương mại phối hợp thu đạt 7.594,03 tỷ đồng, "
        + d.sh("7594.03", "7812.46", dp=1) + "; thu bằng tiền mặt tại quầy chỉ còn 41,6 tỷ đồng, "
        + d.df("41.6", "59.95", dp=2, suf=" tỷ đồng") + " so với năm 2023 (59,95 tỷ đồng).")
    d.P("2. Công tác kiểm soát chi ngân sách nhà nước")
    d.P("KBNN Trà Vinh tiếp tục thực hiện kiểm soát chi theo Nghị định số 11/2020/NĐ-CP ngày 20/01/2020 của Chính phủ và Thông tư số 62/2020/TT-BTC ngày 22/6/2020 của Bộ Tài chính; thực hiện nguyên tắc \"thanh toán trước, kiểm soát sau\" đối với các khoản chi có giá trị nhỏ, đồng thời hướng dẫn đơn vị hoàn thiện hồ sơ ngay khi tiếp nhận.")
    d.P("Tổng chi NSNN qua KBNN năm 2024 "
        + d.sm("12486.73", ["8203.55", "3902.41", "380.77"], dp=2, pre="là ", suf=" tỷ đồng", note="chia ra ba nhóm chi, cộng đúng") + ", "
        + d.ra("12486.73", "11407.2", dp=2, pre="tăng ", suf="% so với năm 2023", growth=True, note="số chi năm 2023 (11.407,2 tỷ đồng) nêu ở chú thích")
        + REF + "; chia ra: chi thường xuyên 8.203,55 tỷ đồng ("
        + d.sh("8203.55", "12486.73", pre="", mode="trunc") + "), chi đầu tư phát triển 3.902,41 tỷ đồng, chi thực hiện các chương trình mục tiêu quốc gia 380,77 tỷ đồng.")
    d.P("Xét theo cấp ngân sách: ngân sách trung ương 1.524,08 tỷ đồng; ngân sách tỉnh 5.310,6 tỷ đồng; ngân sách huyện 4.168,92 tỷ đồng; ngân sách xã 1.438,13 tỷ đồng ("
        + d.sm("12486.73", ["1524.08", "5310.6", "4168.92", "1438.13"], dp=2, pre="cộng ", suf=" tỷ đồng",
               note="Tổng chi 12.486,73 ở dòng trước; chênh 45 = 1.483,13 − 1.438,13: nhiều khả năng số ngân sách xã gõ đảo chữ số (1.483,13)") + ").")
    d.P("Qua công tác kiểm soát chi, KBNN đã từ chối thanh toán 1.126 món chi với số tiền 14,82 tỷ đồng, "
        + d.df(1126, 1213, suf=" món") + " so với năm 2023 (1.213 món); trong đó: chi thường xuyên 864 món, chi đầu tư 212 món, chi từ nguồn các chương trình mục tiêu quốc gia 73 món. "
        "Nguyên nhân chủ yếu là hồ sơ, chứng từ không đầy đủ thủ tục 1.016 món ("
        + d.sh(1016, 1126, pre="") + "), còn lại 110 món do chi sai chế độ, định mức hoặc vượt dự toán.")
    d.L("chi từ nguồn các chương trình mục tiêu quốc gia 73 món", "sum", "ambiguous",
        note="864 + 212 + 73 = 1.149 > 1.126; vốn chương trình MTQG gồm cả vốn đầu tư và vốn sự nghiệp nên có thể đã tính trùng trong 864/212 – không xác định được")
    d.L("còn lại 110 món", "sum", note="1.016 + 110 = 1.126")
    d.P("Số món chi bị từ chối " + d.C("chiếm 0,31% tổng số món chi được kiểm soát", "share", "ambiguous",
        note="Không nêu số món chi được kiểm soát; nếu lấy 426.815 món thanh toán thì 1.126/426.815 = 0,2638% ≠ 0,31%, nhưng hai khái niệm khác nhau – không quyết định được")
        + ". Công tác kiểm soát cam kết chi được thực hiện đối với 2.134 hợp đồng với tổng giá trị 3.516,2 tỷ đồng; số dư tạm ứng vốn đầu tư quá hạn đến 31/12/2024 là 27,34 tỷ đồng (46 hợp đồng), "
        + d.df("27.34", "38.94", dp=2, shown="11.06", suf=" tỷ đồng", note="38,94 − 27,34 = 11,6; viết 11,06") + " so với cùng thời điểm năm trước (38,94 tỷ đồng).")
    d.P("Kế hoạch vốn đầu tư công năm 2024 được giao "
        + d.sm("4215.34", ["2617.9", "1597.44"], dp=2, suf=" tỷ đồng") + " (vốn ngân sách địa phương 2.617,9 tỷ đồng, vốn ngân sách trung ương 1.597,44 tỷ đồng). "
        "Lũy kế giải ngân đến 31/01/2025 đạt 3.987,15 tỷ đồng, " + d.ra("3987.15", "4215.34", pre="đạt ", suf="% kế hoạch")
        + ", số vốn chưa giải ngân " + d.C("còn 228,19 tỷ đồng", "sum", note="3.987,15 + 228,19 = 4.215,34 kế hoạch vốn")
        + "; riêng vốn ngân sách trung ương giải ngân 1.402,6 tỷ đồng, "
        + d.sh("1402.6", "1597.44", pre="đạt ", suf="% kế hoạch vốn ngân sách trung ương", mode="bad", shown="33.27",
               note="33,27% = 1.402,6 / 4.215,34 (tính trên tổng kế hoạch vốn, sai mẫu số)") + ".")
    d.P("3. Công tác quản lý tài khoản, thanh toán và kế toán")
    d.P("Đến 31/12/2024, KBNN Trà Vinh đang quản lý 3.148 tài khoản (tài khoản dự toán 1.905, tài khoản tiền gửi 1.243) của 1.327 đơn vị giao dịch, "
        + d.df(1327, 1286, suf=" đơn vị") + " so với năm 2023 (1.286 đơn vị); trong năm mở mới 214 tài khoản, đóng 169 tài khoản, số tài khoản "
        + d.df(3148, 3103, pre="", word="tăng thêm", suf=" tài khoản", note="3.103 tài khoản đầu năm; cũng = 214 − 169 = 45") + " so với đầu năm (3.103 tài khoản). "
        + d.C("100% đơn vị giao dịch (1.327/1.327 đơn vị)", "fraction", note="1.327/1.327 = 100%; mẫu số = số đơn vị giao dịch nêu trước") + " đã tham gia dịch vụ công trực tuyến; số hồ sơ nhận qua dịch vụ công trực tuyến là 186.432/188.105 hồ sơ, "
        + d.sh(186432, 188105, pre="đạt ", kind="fraction") + ".")
    d.L("tài khoản tiền gửi 1.243", "sum", note="1.905 + 1.243 = 3.148 tài khoản")
    d.P("Tổng số món thanh toán 426.815 món, trong đó thanh toán điện tử 425.390 món, "
        + d.sh(425390, 426815) + ", " + d.C("tăng 0,5% so với năm 2023", "points", "ambiguous",
        note="Tỷ lệ năm 2023 chỉ được nêu là 'trên 99%', không đủ để kiểm tra theo điểm phần trăm hay tương đối") + " (năm 2023 đạt trên 99%). "
        "Công tác kế toán, quyết toán được thực hiện đúng quy định; KBNN đã đối chiếu, xác nhận số dư tài khoản cho "
        + d.C("1.372 đơn vị sử dụng ngân sách", "repeat", "ambiguous",
              note="Dòng trước nêu 1.327 đơn vị giao dịch; 1.372 có thể là hoán vị chữ số hoặc một khái niệm khác (đơn vị sử dụng ngân sách) – không quyết định được")
        + " và lập báo cáo quyết toán thu, chi NSNN niên độ 2023 đúng thời hạn.")
    d.P("4. Công tác kiểm tra, kiểm soát nội bộ")
    d.P("Năm 2024, KBNN Trà Vinh thực hiện kiểm tra tại "
        + d.C("08/08 KBNN huyện", "fraction", note="08/08, khớp 08 KBNN huyện, thị xã trực thuộc ở Mục I") + " và 06 phòng nghiệp vụ, "
        + d.sm(14, [8, 6], pre="tổng số ", suf=" cuộc kiểm tra") + "; qua kiểm tra đã kiến nghị chấn chỉnh 37 nội dung, đến nay đã khắc phục 35 nội dung ("
        + d.sh(35, 37, pre="") + "), 02 nội dung đang khắc phục. Tổ chức tự kiểm tra tại 100% đơn vị theo Quyết định số ...../QĐ-KBTV ngày .../01/2024.")
    d.L("02 nội dung đang khắc phục", "sum", note="35 + 02 = 37 nội dung kiến nghị")
    d.P("5. Công tác tổ chức cán bộ, thi đua khen thưởng và chuyển đổi số")
    d.P("Trong năm, KBNN Trà Vinh đã cử 58 lượt công chức tham gia các lớp bồi dưỡng nghiệp vụ do KBNN tổ chức; tiếp nhận 04 công chức, nghỉ hưu 05 công chức, chuyển công tác 02 công chức. "
        "Triển khai đồng bộ Hệ thống quản lý ngân sách và kho bạc (TABMIS), Cổng dịch vụ công và hệ thống thanh toán song phương điện tử với các ngân hàng thương mại; không để xảy ra sự cố mất an toàn tiền, tài sản trong kho quỹ. "
        "Kết quả bình xét thi đua năm 2024: "
        + d.C("12/14 đơn vị", "fraction", note="mẫu số 14 = tổng số đầu mối (06 phòng + 08 KBNN huyện); 12 ≤ 14") + " đạt danh hiệu Tập thể lao động tiên tiến, "
        + d.sm(3, [2, 1], z=True, pre="", suf=" tập thể") + " được đề nghị tặng Bằng khen (02 của Bộ trưởng Bộ Tài chính, 01 của Chủ tịch UBND tỉnh); 36 cá nhân đạt danh hiệu Chiến sĩ thi đua cơ sở, "
        + d.sh(36, 186, pre="bằng ", suf="% tổng số công chức, người lao động", basedesc="186 người") + ".")
    d.P("Công tác cải cách hành chính tiếp tục được đẩy mạnh: thời gian kiểm soát chi được rút ngắn, 100% hồ sơ được giải quyết đúng hoặc trước hạn; chứng từ điện tử được áp dụng trong thanh toán với ngân hàng. "
        "Công tác phòng, chống tham nhũng, thực hành tiết kiệm được quán triệt đến từng công chức; trong năm không có đơn thư khiếu nại, tố cáo liên quan đến hoạt động nghiệp vụ của đơn vị.")
    d.P("III. ĐÁNH GIÁ CHUNG")
    d.P("Năm 2024, KBNN Trà Vinh hoàn thành toàn diện các nhiệm vụ được giao: tổng thu NSNN "
        + d.C("7.812,46 tỷ đồng", "repeat", note="trùng số tổng thu ở mục 1") + ", "
        + d.df("7812.46", "7215.80", dp=2, word="vượt", pre="", suf=" tỷ đồng so với dự toán") + "; tổng chi qua KBNN "
        + d.C("12.486,73 tỷ đồng", "repeat", note="trùng số tổng chi ở mục 2") + "; qua kiểm soát chi đã từ chối thanh toán "
        + d.C("1.162 món chi", "repeat", "inconsistent", "1.126 món chi", "Mục 2 nêu 1.126 món; 1.162 là hoán vị hai chữ số cuối") + ", góp phần chấn chỉnh kỷ luật tài chính.")
    d.P("Bên cạnh kết quả đạt được, còn một số hạn chế: tỷ lệ giải ngân vốn đầu tư công chưa đạt 95% kế hoạch; một số chủ đầu tư gửi hồ sơ thanh toán dồn vào cuối năm; số dư tạm ứng quá hạn còn "
        + d.C("27,34 tỷ đồng", "repeat", note="trùng số dư tạm ứng quá hạn ở mục 2") + ".")
    d.P("Nguyên nhân của hạn chế: một số chủ đầu tư chưa chủ động hoàn thiện thủ tục nghiệm thu, thanh toán; công tác bồi thường, giải phóng mặt bằng một số dự án kéo dài; hệ thống công nghệ thông tin có thời điểm quá tải vào các ngày cuối năm ngân sách; số lượng công chức nghiệp vụ tại một số KBNN huyện còn mỏng so với khối lượng công việc.")
    d.P("IV. NHIỆM VỤ TRỌNG TÂM NĂM 2025")
    d.P("Dự toán thu NSNN năm 2025 được giao 8.050 tỷ đồng, "
        + d.ra(8050, "7215.80", pre="tăng ", suf="% so với dự toán năm 2024", growth=True) + " và "
        + d.ra(8050, "7812.46", pre="bằng ", suf="% so với thực hiện năm 2024") + ". Phấn đấu tỷ lệ thanh toán điện tử đạt trên 99,7%; giải ngân vốn đầu tư công đạt 100% kế hoạch; tiếp tục sắp xếp tổ chức bộ máy theo mô hình KBNN khu vực, "
        "giảm số đầu mối từ 14 xuống còn ... đầu mối theo lộ trình của KBNN.")
    T = ["", "\tNơi nhận:", "- KBNN (Vụ Tổng hợp);", "- UBND tỉnh;", "- Sở Tài chính;", "- Lưu: VT, TH.",
         "\tGIÁM ĐỐC", "", "", "Nguyễn Thanh Tâm"]
    d.FNOTE("Năm 2023, tổng chi NSNN qua KBNN Trà Vinh là 11.407,2 tỷ đồng; năm 2024 chi đầu tư phát triển "
            + d.C("3.902,41 tỷ đồng", "repeat", note="trùng số chi đầu tư phát triển ở mục 2") + "; số tiền từ chối thanh toán "
            + d.C("14,82 tỷ đồng", "repeat", note="trùng số tiền từ chối ở mục 2") + ", "
            + d.sh("14.82", "12486.73", pre="chiếm ", suf="% tổng chi", basedesc="tổng chi NSNN qua KBNN") + "; tỷ lệ giải ngân vốn đầu tư công năm 2024 "
            + d.C("(94,59%)", "repeat", note="trùng tỷ lệ giải ngân 94,59% ở mục 2 (3.987,15/4.215,34)") + " "
            + d.pt("94.59", "91.27", pre="", suf="% so với năm 2023") + " (91,27%).")
    return d, H, T

@draft
def d2():
    d = Draft("p11-02-toa-an-huyen")
    H = [" \tTÒA ÁN NHÂN DÂN", "TỈNH VĨNH LONG", "TÒA ÁN NHÂN DÂN HUYỆN LONG HỒ", "", "Số:      /BC-TA", "",
         "\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
         "Long Hồ, ngày     tháng 10 năm 2024", "", "", "BÁO CÁO",
         "Tổng kết công tác năm 2024 và phương hướng, nhiệm vụ công tác năm 2025", "(Số liệu từ ngày 01/10/2023 đến ngày 30/9/2024)", "-----"]
    d.P("Thực hiện Kế hoạch số 135/KH-TA ngày 22/8/2024 của Tòa án nhân dân tỉnh Vĩnh Long về tổng kết công tác năm 2024, Tòa án nhân dân (TAND) huyện Long Hồ báo cáo kết quả công tác như sau:")
    d.P("I. TÌNH HÌNH TỔ CHỨC, BỘ MÁY")
    d.P("Huyện Long Hồ có " + d.sm(15, [14, 1], pre="", suf=" đơn vị hành chính cấp xã") + " (14 xã, 01 thị trấn), dân số khoảng 159.000 người; trong năm, tình hình tội phạm về ma túy, xâm phạm sở hữu và các tranh chấp về đất đai, hôn nhân và gia đình tiếp tục diễn biến phức tạp, tác động trực tiếp đến khối lượng công việc của đơn vị.")
    d.P("TAND huyện được giao 21 biên chế, hiện có "
        + d.sm(19, [7, 7, 1, 4], suf=" người") + " (thẩm phán 07, thư ký 07, thẩm tra viên 01, công chức và người lao động khác 04); "
        + d.sm(7, [1, 1, 5], pre="", suf=" thẩm phán gồm", z=True) + " Chánh án, 01 Phó Chánh án và 05 thẩm phán sơ cấp. "
        "Hội thẩm nhân dân nhiệm kỳ 2021 - 2026 gồm 18 vị, trong đó "
        + d.C("nữ 06 vị", "subset", note="6 ≤ 18") + ", "
        + d.C("đảng viên 21 vị", "subset", "inconsistent", "đảng viên 12 vị", "21 > 18 hội thẩm nhân dân; nhiều khả năng đảo chữ số của 12") + ".")
    d.P("Trong năm, Hội thẩm nhân dân đã tham gia 287 phiên tòa, bình quân "
        + d.ra(287, 18, dp=1, pre="", suf=" phiên tòa/hội thẩm", mult=True, note="287 phiên / 18 hội thẩm") + "; 100% hội thẩm được tập huấn nghiệp vụ theo Kế hoạch số 41/KH-TA ngày 15/3/2024 của TAND tỉnh.")
    d.P("Nhìn chung, đội ngũ thẩm phán, thư ký có bản lĩnh chính trị vững vàng, phẩm chất đạo đức tốt; tuy nhiên, biên chế còn thiếu so với khối lượng công việc, nhất là các vụ án hôn nhân và gia đình, tranh chấp đất đai ngày càng tăng và phức tạp.")
    d.P("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ CHUYÊN MÔN")
    d.P("1. Kết quả chung")
    d.P("Tổng số vụ, việc thụ lý "
        + d.sm(1284, [163, 1121], pre="", suf=" vụ, việc") + " (cũ chuyển sang 163, thụ lý mới 1.121), "
        + d.df(1284, 1187, suf=" vụ, việc") + " so với cùng kỳ năm 2023 (1.187 vụ, việc), "
        + d.ra(1284, 1187, suf="%") + "; đã giải quyết 1.198 vụ, việc, "
        + d.sh(1198, 1284, dp=1, pre="đạt ") + ", "
        + d.pt("93.30", "91.88", pre="", suf="% so với cùng kỳ") + " (91,88%); còn lại "
        + d.C("86 vụ, việc", "sum", note="1.198 + 86 = 1.284") + " đang giải quyết, không có vụ, việc quá hạn luật định do nguyên nhân chủ quan.")
    d.P("Số thụ lý "
        + d.sm(1284, [142, 486, 603, 27, 4, 22], pre="", suf=" vụ, việc nêu trên gồm") + ": hình sự 142 vụ; dân sự 486 vụ, việc; hôn nhân và gia đình 603 vụ, việc; kinh doanh, thương mại 27 vụ; lao động 04 vụ; hành chính 22 vụ. "
        "Bình quân mỗi thẩm phán giải quyết " + d.ra(1198, 7, dp=0, pre="", suf=" vụ, việc", mult=True, note="1.198 vụ, việc đã giải quyết / 07 thẩm phán") + " trong năm.")
    d.P("2. Công tác giải quyết, xét xử các loại án")
    d.P("2.1. Án hình sự: thụ lý 142 vụ/231 bị cáo, "
        + d.df(142, 156, shown=12, suf=" vụ", note="156 − 142 = 14; viết 12") + " so với cùng kỳ (156 vụ); đã giải quyết 138 vụ/224 bị cáo, "
        + d.sh(138, 142, pre="đạt ") + ", trong đó: xét xử 131 vụ/213 bị cáo, trả hồ sơ điều tra bổ sung 04 vụ/07 bị cáo, đình chỉ 03 vụ/04 bị cáo. "
        "Về hình phạt: tù có thời hạn 139 bị cáo, cho hưởng án treo 52 bị cáo, cải tạo không giam giữ 11 bị cáo, phạt tiền 11 bị cáo. "
        "Trong số bị cáo đã xét xử có 19 bị cáo nữ, 08 bị cáo là người dưới 18 tuổi, 46 bị cáo tái phạm, tái phạm nguy hiểm.")
    d.L("đình chỉ 03 vụ/04 bị cáo", "sum", note="131 + 04 + 03 = 138 vụ; 213 + 07 + 04 = 224 bị cáo")
    d.L("phạt tiền 11 bị cáo", "sum", note="139 + 52 + 11 + 11 = 213 bị cáo đã xét xử")
    d.L("46 bị cáo tái phạm", "subset", note="19, 08, 46 (các tiêu chí chồng lấn) đều ≤ 213")
    d.P("Cơ cấu tội phạm: các tội phạm về ma túy 37 vụ ("
        + d.sh(37, 142, pre="") + "), trộm cắp tài sản 41 vụ (" + d.sh(41, 142, pre="") + "), đánh bạc 19 vụ, cố ý gây thương tích 15 vụ, các tội phạm khác 30 vụ. "
        "Tòa án đã xét xử nghiêm các vụ án ma túy, xâm phạm sở hữu, bảo đảm đúng người, đúng tội, đúng pháp luật; không có trường hợp kết án oan người không có tội.")
    d.L("các tội phạm khác 30 vụ", "sum", note="37 + 41 + 19 + 15 + 30 = 142 vụ hình sự thụ lý")
    d.P("2.2. Án dân sự: thụ lý 486 vụ, việc; đã giải quyết 452 vụ, việc, "
        + d.sh(452, 486, pre="đạt ") + "; còn lại "
        + d.C("34 vụ, việc", "sum", note="452 + 34 = 486") + ". Số đã giải quyết gồm: hòa giải thành 196, xét xử 171, đình chỉ 78, tạm đình chỉ 07. "
        "Tỷ lệ hòa giải thành "
        + d.sh(196, 452, pre="đạt ", suf="% số vụ, việc đã giải quyết", mode="bad", shown="40.33", basedesc="đã giải quyết",
               note="40,33% = 196 / 486 (tính trên số thụ lý thay vì số đã giải quyết)") + ". "
        "Trong số thụ lý có tranh chấp hợp đồng 251 vụ, tranh chấp quyền sử dụng đất 174 vụ, vụ án có đương sự ở nước ngoài 72 vụ.")
    d.L("tạm đình chỉ 07", "sum", note="196 + 171 + 78 + 07 = 452")
    d.L("vụ án có đương sự ở nước ngoài 72 vụ", "sum", "ambiguous",
        note="251 + 174 + 72 = 497 > 486; tiêu chí 'có đương sự ở nước ngoài' có thể chồng lấn với hai loại tranh chấp – không quyết định được")
    d.P("2.3. Án hôn nhân và gia đình: thụ lý 603 vụ, việc; giải quyết 571 vụ, việc, "
        + d.sh(571, 603, pre="đạt ", mode="bad", shown="94.96", note="đảo hai chữ số cuối") + "; "
        + d.sm(571, [402, 96, 38, 35], pre="trong ", suf=" vụ, việc đã giải quyết có") + " 402 vụ công nhận thuận tình ly hôn, 96 vụ xét xử ly hôn, 38 vụ hòa giải đoàn tụ, 35 vụ đình chỉ. "
        "Tỷ lệ hòa giải thành (đoàn tụ và thuận tình ly hôn) "
        + d.sh(440, 571, pre="đạt ", mode="trunc", note="(38 + 402) / 571") + ".")
    d.P("2.4. Án kinh doanh, thương mại, lao động, hành chính: thụ lý 27 vụ kinh doanh, thương mại, giải quyết 23 vụ ("
        + d.sh(23, 27, pre="", mode="trunc") + "); thụ lý và giải quyết "
        + d.C("04/04 vụ lao động", "fraction", note="04/04 = thụ lý 04 vụ lao động") + "; thụ lý 22 vụ hành chính, giải quyết 10 vụ ("
        + d.sh(10, 22, pre="", dp=1) + ").")
    d.L("giải quyết 10 vụ", "sum", note="138 + 452 + 571 + 23 + 04 + 10 = 1.198 vụ, việc đã giải quyết")
    d.P("Về nguyên nhân ly hôn: mâu thuẫn gia đình 287 vụ, khó khăn kinh tế 104 vụ, ngoại tình 53 vụ, bạo lực gia đình 21 vụ, nguyên nhân khác 33 vụ ("
        + d.sm(498, [287, 104, 53, 21, 33], pre="cộng ", suf=" vụ ly hôn", note="= 402 thuận tình ly hôn + 96 xét xử ly hôn (mục 2.3)") + ").")
    d.P("3. Chất lượng giải quyết, xét xử")
    d.P("Trong kỳ có 14 bản án, quyết định bị kháng cáo, kháng nghị đã được TAND tỉnh xét xử phúc thẩm: giữ nguyên 06, bị sửa 05, bị hủy 03 ("
        + d.sm(14, [6, 5, 3], pre="cộng ", suf=" bản án") + "); trong số bị sửa có 02 do lỗi chủ quan, 03 do có tình tiết mới; trong số bị hủy có 01 do lỗi chủ quan. "
        "Số bản án, quyết định bị hủy, sửa do nguyên nhân chủ quan là 03, "
        + d.sh(3, 1198, pre="chiếm ", suf="% tổng số vụ, việc đã giải quyết") + ", "
        + d.pt("0.25", "1.5", word="thấp hơn", pre="", suf="% so với chỉ tiêu", note="chỉ tiêu tối đa 1,5% theo Nghị quyết số 96/2019/QH14; 0,25 − 1,5 = −1,25") + " Quốc hội giao (không quá 1,5%).")
    d.L("03 do có tình tiết mới", "sum", note="02 + 03 = 05 bản án bị sửa")
    d.L("là 03,", "sum", note="02 (sửa, chủ quan) + 01 (hủy, chủ quan) = 03")
    d.P("Việc hòa giải, đối thoại tại Tòa án theo Luật Hòa giải, đối thoại tại Tòa án được triển khai hiệu quả: nhận 312 đơn, hòa giải, đối thoại thành 198 đơn, "
        + d.sh(198, 312, pre="đạt ") + ", "
        + d.df(198, 164, suf=" đơn") + " "
        + d.C("so với cùng kỳ năm 2022", "term", "inconsistent", "so với cùng kỳ năm 2023", "Năm thống kê 2024; kỳ liền trước là năm 2023 (các so sánh khác trong báo cáo đều với cùng kỳ năm 2023)")
        + " (164 đơn). Tỷ lệ hòa giải thành chung của các loại án "
        + d.C("đạt 51,2%", "share", "ambiguous",
              note="Không nêu mẫu số: (196 + 440) / (452 + 571) = 62,17%; (196 + 440 + 198) / (1.023 + 312) = 62,47%; không khớp mẫu số hiển nhiên nào, cơ sở tính không rõ")
        + ".")
    d.P("4. Công tác thi hành án hình sự, giải quyết khiếu nại và các mặt công tác khác")
    d.P("Đã ra quyết định thi hành án hình sự đối với "
        + d.C("204/213 bị cáo", "fraction", note="mẫu số 213 = số bị cáo đã xét xử; 204 ≤ 213 (09 bị cáo kháng cáo, chưa có hiệu lực)") + " đã xét xử, "
        + d.C("09 bị cáo", "sum", note="204 + 09 = 213") + " còn lại do bản án bị kháng cáo chưa có hiệu lực pháp luật. "
        "Tổ chức 12 phiên tòa rút kinh nghiệm, "
        + d.df(12, 9, suf=" phiên", z=True) + " so với cùng kỳ (09 phiên), gồm 08 phiên án hình sự, 04 phiên án dân sự, hôn nhân và gia đình và "
        + d.C("03 phiên xét xử trực tuyến", "sum", "ambiguous", note="08 + 04 = 12 đã đủ tổng; thêm 03 phiên trực tuyến thành 15 > 12 – phiên trực tuyến có thể thuộc hai nhóm trên (tiêu chí khác chiều), không quyết định được")
        + ". Nhận 09 đơn khiếu nại, đã giải quyết "
        + d.C("09/09 đơn", "fraction", note="09/09 = số đơn nhận 09") + ".")
    d.P("Công tác công khai bản án được thực hiện nghiêm: đã công bố "
        + d.sm(1046, [612, 434], pre="", suf=" bản án, quyết định") + " trên Cổng thông tin điện tử Tòa án nhân dân (bản án 612, quyết định 434). "
        "Thu tạm ứng án phí, lệ phí Tòa án 1.537,8 triệu đồng, "
        + d.ra("1537.8", "1639.4", dp=1, pre="giảm ", suf="% so với cùng kỳ", neg=True) + " (1.639,4 triệu đồng).")
    d.P("5. Công tác quản lý kinh phí, thi đua, khen thưởng")
    d.P("Dự toán kinh phí được giao năm 2024 là 4.826 triệu đồng; đã sử dụng 4.615 triệu đồng, "
        + d.ra(4615, 4826, pre="đạt ", suf="% dự toán") + ", "
        + d.C("tiết kiệm 211 triệu đồng", "difference", note="4.826 − 4.615 = 211") + " theo Quyết định số 1270/QĐ-TANDTC ngày 28/12/2023. "
        "Kết quả đánh giá, xếp loại năm 2024: "
        + d.C("07/07 thẩm phán", "fraction", note="07/07 = 07 thẩm phán nêu ở mục I") + " hoàn thành tốt nhiệm vụ trở lên; "
        + d.sh(17, 19, pre="", suf="% công chức", mode="ok", basedesc="19 người hiện có") + " (17/19 người) hoàn thành tốt nhiệm vụ trở lên, "
        + d.C("02 người hoàn thành nhiệm vụ", "sum", note="17 + 02 = 19 người") + ".")
    d.P("Công tác tiếp công dân, cải cách tư pháp được duy trì; Chánh án tiếp công dân định kỳ theo lịch; việc tiếp nhận, xử lý đơn khởi kiện trực tuyến được hướng dẫn công khai tại trụ sở. Đơn vị tiếp tục thực hiện \"5 không\" trong xét xử và phối hợp tốt với Viện kiểm sát nhân dân huyện trong việc trả hồ sơ điều tra bổ sung, bảo đảm đúng quy định.")
    d.P("III. ĐÁNH GIÁ CHUNG")
    d.P("Năm 2024, TAND huyện đã giải quyết "
        + d.C("1.198 vụ, việc", "repeat", note="trùng số giải quyết ở mục 1") + " trên tổng số "
        + d.C("1.284 vụ, việc", "repeat", note="trùng tổng số thụ lý ở mục 1") + " thụ lý; số chuyển sang kỳ sau "
        + d.C("68 vụ, việc", "repeat", "inconsistent", "86 vụ, việc", "Mục 1 nêu còn lại 86 (= 1.284 − 1.198); 68 là đảo chữ số") + ". "
        "Các chỉ tiêu cơ bản theo Nghị quyết số 96/2019/QH14 và Nghị quyết của Quốc hội về công tác tư pháp đều đạt và vượt; chất lượng tranh tụng tại phiên tòa được nâng lên.")
    d.P("Đạt được kết quả trên là do có sự lãnh đạo, chỉ đạo sát sao của TAND tỉnh, Huyện ủy; sự phối hợp chặt chẽ giữa Tòa án với Cơ quan điều tra, Viện kiểm sát, Chi cục Thi hành án dân sự huyện và chính quyền các xã, thị trấn trong việc tống đạt văn bản, xác minh, thu thập chứng cứ; đội ngũ thẩm phán, thư ký có tinh thần trách nhiệm, chủ động khắc phục khó khăn về biên chế.")
    d.P("Hạn chế: số vụ án dân sự, hôn nhân và gia đình còn lại cuối kỳ còn nhiều; một số vụ án tranh chấp quyền sử dụng đất phải tạm đình chỉ để chờ kết quả đo đạc, định giá; việc tống đạt văn bản tố tụng cho đương sự ở nước ngoài còn kéo dài.")
    d.P("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025")
    d.P("Tiếp tục quán triệt, thực hiện nghiêm Nghị quyết số 27-NQ/TW ngày 09/11/2022 của Ban Chấp hành Trung ương về tiếp tục xây dựng và hoàn thiện Nhà nước pháp quyền xã hội chủ nghĩa Việt Nam; nâng cao chất lượng tranh tụng, hòa giải, đối thoại; tăng cường ứng dụng công nghệ thông tin, mở rộng xét xử trực tuyến; đề nghị TAND tỉnh bổ sung 02 biên chế thẩm phán và 01 thư ký. Các chỉ tiêu cụ thể:")
    d.P("Phấn đấu tỷ lệ giải quyết các loại án đạt trên 92%; tỷ lệ hòa giải thành án dân sự, hôn nhân và gia đình đạt trên 60%; tỷ lệ án bị hủy, sửa do nguyên nhân chủ quan không quá 1,5%; tổ chức ít nhất ... phiên tòa rút kinh nghiệm/thẩm phán/năm; không để án quá hạn luật định.")
    T = ["", "\tNơi nhận:", "- TAND tỉnh;", "- Huyện ủy, HĐND, UBND huyện;", "- Lưu: VT.", "\tCHÁNH ÁN", "", "", "Lê Văn Hòa"]
    d.FNOTE("Theo Biểu thống kê số 01 gửi TAND tỉnh, tổng số vụ, việc Tòa án thụ lý trong năm (kể cả các việc xem xét, quyết định áp dụng biện pháp xử lý hành chính) là "
            + d.C("1.302 vụ, việc", "repeat", "ambiguous",
                  note="Khác 1.284 ở mục 1; chú thích nói số này gồm cả loại việc không được liệt kê trong báo cáo nên không đối chiếu được – không quyết định được")
            + "; đã xét xử "
            + d.C("131 vụ/213 bị cáo", "repeat", note="trùng số xét xử hình sự ở mục 2.1") + " án hình sự.")
    return d, H, T

@draft
def d3():
    d = Draft("p11-03-the-thao-tinh")
    H = [" \tUBND TỈNH BẾN TRE", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "", "Số:       /BC-SVHTTDL", "",
         "\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
         "Bến Tre, ngày     tháng 12 năm 2024", "", "", "BÁO CÁO",
         "Kết quả công tác thể dục, thể thao năm 2024 và phương hướng, nhiệm vụ năm 2025", "-----"]
    d.P("Căn cứ Quyết định số 2817/QĐ-UBND ngày 25/12/2023 của UBND tỉnh về giao chỉ tiêu kế hoạch phát triển kinh tế - xã hội năm 2024; Kế hoạch số 96/KH-SVHTTDL ngày 10/01/2024 của Sở Văn hóa, Thể thao và Du lịch về phát triển thể dục, thể thao năm 2024, Sở báo cáo kết quả thực hiện như sau:")
    d.P("Năm 2024 là năm tăng tốc thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI, nhiệm kỳ 2020 - 2025 và Chiến lược phát triển thể dục, thể thao Việt Nam đến năm 2030, tầm nhìn đến năm 2045; công tác thể dục, thể thao của tỉnh được triển khai trong điều kiện còn nhiều khó khăn về kinh phí, cơ sở vật chất, nhưng nhận được sự hưởng ứng tích cực của các tầng lớp nhân dân.")
    d.P("I. CÔNG TÁC THỂ DỤC, THỂ THAO QUẦN CHÚNG")
    d.P("1. Phong trào \"Toàn dân rèn luyện thân thể theo gương Bác Hồ vĩ đại\"")
    d.P("Phong trào tiếp tục phát triển rộng khắp ở 157 xã, phường, thị trấn. Đến 30/11/2024, số người tập luyện thể dục, thể thao thường xuyên là 487.560 người, "
        + d.sh(487560, 1302900, pre="đạt ", suf="% dân số", basedesc="dân số 1.302.900 người") + " (1.302.900 người), "
        + d.pt("37.42", "36.06", pre="", suf="% so với năm 2023") + " (36,06%) và "
        + d.pt("37.42", "37", word="vượt", shown="0.24", pre="", suf="% chỉ tiêu kế hoạch", note="37,42 − 37 = 0,42; viết 0,24 (đảo chữ số)") + " (37%)"
        + REF + "; trong đó học sinh, sinh viên 214.300 người, "
        + d.sh(214300, 487560, pre="chiếm ", suf="% số người tập luyện thường xuyên", mode="bad", shown="16.45", basedesc="người tập luyện thường xuyên",
               note="16,45% = 214.300 / 1.302.900 (chia cho dân số, sai mẫu số)")
        + "; công nhân, viên chức, lực lượng vũ trang 96.540 người; nông dân và lao động tự do 168.410 người; người cao tuổi 92.430 người.")
    d.L("người cao tuổi 92.430 người", "sum", "ambiguous",
        note="214.300 + 96.540 + 168.410 + 92.430 = 571.680 > 487.560; ba nhóm nghề cộng 479.250 ≤ tổng, nhóm 'người cao tuổi' theo tiêu chí tuổi có thể trùng với nhóm nghề – không quyết định được")
    d.P("Số gia đình thể thao đạt 86.215 gia đình, "
        + d.sh(86215, 356540, pre="bằng ", suf="% tổng số hộ", basedesc="356.540 hộ") + " (356.540 hộ), "
        + d.ra(86215, 81826, pre="tăng ", suf="% so với năm 2023", growth=True, mode="slip", shown="5.37") + " (81.826 gia đình). "
        "Toàn tỉnh có "
        + d.sm(1426, [38, 215, 1173], pre="", suf=" câu lạc bộ thể dục, thể thao cơ sở") + " (cấp tỉnh 38, cấp huyện 215, cấp xã 1.173), "
        + d.df(1426, 1369, suf=" câu lạc bộ") + " "
        + d.C("so với năm 2022", "term", "inconsistent", "so với năm 2023", "1.369 câu lạc bộ là số năm 2023 (mọi so sánh khác của báo cáo năm 2024 đều với 2023); 1.426 − 1.369 = 57")
        + " (1.369 câu lạc bộ); bình quân mỗi xã, phường, thị trấn có "
        + d.ra(1426, 157, pre="", suf=" câu lạc bộ", mult=True, note="1.426 câu lạc bộ / 157 xã, phường, thị trấn") + ".")
    d.P("Thiết chế văn hóa - thể thao cơ sở được quan tâm đầu tư: "
        + d.C("149/157 xã, phường, thị trấn", "fraction", note="mẫu số 157 = số đơn vị cấp xã nêu ở đầu mục") + " có trung tâm văn hóa - thể thao, "
        + d.sh(149, 157, dp=1, pre="đạt ", kind="fraction") + "; 498/512 trường học thực hiện đầy đủ chương trình giáo dục thể chất nội khóa, "
        + d.sh(498, 512, dp=1, pre="đạt ", kind="fraction") + ".")
    d.P("Thể dục, thể thao cho người cao tuổi, người khuyết tật được quan tâm: toàn tỉnh có 312 câu lạc bộ dưỡng sinh, thể dục người cao tuổi với 15.480 hội viên, bình quân "
        + d.ra(15480, 312, dp=1, pre="", suf=" hội viên/câu lạc bộ", mult=True) + "; tổ chức Giải thể thao người khuyết tật tỉnh với 186 vận động viên tham gia. "
        "Chương trình bơi an toàn phòng, chống đuối nước đã dạy bơi cho 18.460 trẻ em, "
        + d.ra(18460, 18000, pre="đạt ", suf="% kế hoạch") + " (18.000 em). Toàn tỉnh có 87 hồ bơi (công lập 12, ngoài công lập 75), "
        + d.df(87, 73, suf=" hồ bơi") + " so với năm 2023 (73 hồ bơi).")
    d.L("ngoài công lập 75", "sum", note="12 + 75 = 87 hồ bơi")
    d.P("2. Tổ chức các giải thi đấu thể thao quần chúng")
    d.P("Trong năm, các cấp đã tổ chức "
        + d.sm(624, [24, 136, 482], pre="", suf=" giải thi đấu", note="24 + 136 + 482 = 642; viết 624 (đảo chữ số)") + " thể thao quần chúng (cấp tỉnh 24 giải, cấp huyện 136 giải, cấp xã 482 giải), thu hút 96.350 lượt vận động viên tham gia, trong đó cấp tỉnh 8.620 lượt, cấp huyện 24.310 lượt, cấp xã 58.900 lượt. "
        "Số giải cấp tỉnh "
        + d.ra(24, 15, dp=1, pre="gấp ", suf=" lần", mult=True, note="24 giải năm 2024 / 15 giải năm 2023") + " năm 2023 (15 giải).")
    d.L("cấp xã 58.900 lượt", "sum", "ambiguous",
        note="8.620 + 24.310 + 58.900 = 91.830 < 96.350; 'trong đó' có thể chỉ là một phần (còn giải cấp khu vực, toàn quốc tổ chức tại tỉnh) – không quyết định được")
    d.P("Hội khỏe Phù Đổng tỉnh lần thứ XIII có "
        + d.sm(2865, [1612, 1253], pre="", suf=" vận động viên") + " học sinh (nam 1.612, nữ 1.253) của "
        + d.C("09/09 huyện, thành phố", "fraction", note="tỉnh có 09 đơn vị cấp huyện (08 huyện, 01 thành phố); 09/09") + " tham gia ở 14 môn; nữ " + d.sh(1253, 2865, dp=1) + ".")
    d.P("Tiêu biểu là Giải Việt dã truyền thống Báo Đồng Khởi lần thứ 35, Giải Đua ghe truyền thống mừng Xuân Giáp Thìn, Hội thao các lực lượng vũ trang, Hội khỏe Phù Đổng tỉnh lần thứ XIII; các môn thể thao dân tộc như vật, kéo co, đẩy gậy được duy trì thường xuyên tại cơ sở.")
    d.P("Thể thao giải trí gắn với du lịch có bước phát triển: tổ chức 08 giải thể thao gắn với quảng bá du lịch như Giải chạy \"Về miền dừa\", Giải đua thuyền trên sông Hàm Luông, thu hút khoảng 12.000 lượt khách; nhiều mô hình câu lạc bộ pickleball, yoga, khiêu vũ thể thao phát triển nhanh ở khu vực đô thị.")
    d.P("II. THỂ THAO THÀNH TÍCH CAO")
    d.P("Đến 31/12/2024, tỉnh có "
        + d.sm(312, [184, 79, 49], pre="", suf=" vận động viên") + " đang tập trung đào tạo (năng khiếu 184, tuyển trẻ 79, tuyển 49), trong đó "
        + d.C("nữ 131 vận động viên", "subset", note="131 ≤ 312") + ", " + d.sh(131, 312) + "; về đẳng cấp có 14 kiện tướng, 37 vận động viên cấp I, "
        + d.df(14, 9, suf=" kiện tướng", z=True) + " so với năm 2023 (09 kiện tướng).")
    d.L("37 vận động viên cấp I", "subset", note="14 + 37 = 51 ≤ 312 vận động viên")
    d.P("Trung tâm Huấn luyện và Thi đấu thể dục, thể thao tỉnh đang tổ chức đào tạo "
        + d.sm(17, [9, 8], pre="", suf=" môn thể thao") + " (09 môn Olympic, 08 môn khác) theo hệ thống năng khiếu - tuyển trẻ - tuyển; công tác tuyển chọn vận động viên năng khiếu được thực hiện thông qua các giải học sinh, Hội khỏe Phù Đổng và các giải phong trào ở cơ sở. Việc phối hợp với các trường học trong đào tạo văn hóa cho vận động viên được duy trì, bảo đảm vận động viên vừa tập luyện vừa học tập.")
    d.P("Đội ngũ huấn luyện viên có "
        + d.sm(41, [23, 18], pre="", suf=" người") + " (biên chế 23, hợp đồng 18), bình quân "
        + d.ra(312, 41, dp=1, pre="", suf=" vận động viên/huấn luyện viên", mult=True) + "; có 06 vận động viên được triệu tập đội tuyển quốc gia và 11 vận động viên đội tuyển trẻ quốc gia.")
    d.P("Các đội tuyển của tỉnh đã tham gia "
        + d.sm(36, [32, 4], pre="", suf=" giải") + " quốc gia, quốc tế (32 giải quốc gia, 04 giải quốc tế), đạt "
        + d.sm(187, [52, 61, 74], pre="", suf=" huy chương các loại") + ", gồm 52 huy chương vàng ("
        + d.sh(52, 187, pre="") + "), 61 huy chương bạc, 74 huy chương đồng; "
        + d.df(187, 164, suf=" huy chương") + " so với năm 2023 (164 huy chương), "
        + d.ra(187, 164, pre="bằng ", suf="%") + ", "
        + d.ra(187, 170, dp=0, pre="đạt ", suf="% kế hoạch") + " (170 huy chương).")
    d.P("Trong đó, tại các giải quốc tế đạt "
        + d.sm(9, [3, 2, 4], pre="", suf=" huy chương", z=True) + " (03 vàng, 02 bạc, 04 đồng); tại các giải quốc gia đạt "
        + d.C("178 huy chương", "sum", note="187 − 09 = 178; 09 + 178 = 187") + ". Đoàn thể thao tỉnh xếp hạng 16/63 tỉnh, thành phố, "
        + d.C("tăng 03 bậc", "difference", note="hạng 19 năm 2023 → hạng 16 năm 2024: 19 − 16 = 03 bậc") + " so với năm 2023 (hạng 19/63).")
    d.P("Các môn thế mạnh tiếp tục khẳng định vị trí: Vovinam 41 huy chương ("
        + d.sh(41, 187, pre="", mode="trunc") + " tổng số huy chương), Võ cổ truyền 35 huy chương, Pencak silat 28 huy chương, Điền kinh 22 huy chương, Bơi 19 huy chương; "
        "riêng các môn võ (Vovinam, Võ cổ truyền, Pencak silat, Karate) "
        + d.C("chiếm 58,3% số huy chương", "share", "ambiguous",
              note="Không nêu số huy chương Karate: (41 + 35 + 28) / 187 = 55,61%; 58,3% cần khoảng 109 huy chương, tức Karate ~05 – không kiểm tra được")
        + " của đoàn.")
    d.L("Bơi 19 huy chương", "subset", note="41 + 35 + 28 + 22 + 19 = 145 ≤ 187 (chỉ liệt kê các môn tiêu biểu)")
    d.P("Tuy nhiên, lực lượng vận động viên còn mỏng ở một số môn Olympic; chế độ dinh dưỡng, tiền công của vận động viên, huấn luyện viên còn thấp so với yêu cầu; cơ sở vật chất phục vụ tập luyện, thi đấu tại Trung tâm Huấn luyện và Thi đấu thể dục, thể thao tỉnh đã xuống cấp.")
    d.P("III. KINH PHÍ VÀ CÔNG TÁC XÃ HỘI HÓA")
    d.P("Tổng kinh phí cho hoạt động thể dục, thể thao năm 2024 là "
        + d.sm(42684, [35910, 6774], pre="", suf=" triệu đồng") + " (ngân sách tỉnh 35.910 triệu đồng, xã hội hóa 6.774 triệu đồng), "
        + d.ra(42684, 39214, pre="bằng ", suf="% so với năm 2023", mode="bad", shown="108.35") + " (39.214 triệu đồng); nguồn xã hội hóa "
        + d.sh(6774, 42684) + ". Chi cho thể thao thành tích cao 28.460 triệu đồng ("
        + d.sh(28460, 42684, pre="", mode="trunc") + "), chi cho thể thao quần chúng và các giải phong trào 14.224 triệu đồng. Nguồn xã hội hóa "
        + d.df(6774, 5538, suf=" triệu đồng") + " so với năm 2023 (5.538 triệu đồng), chủ yếu từ tài trợ của doanh nghiệp cho các giải phong trào và hỗ trợ vận động viên.")
    d.L("14.224 triệu đồng", "sum", note="28.460 + 14.224 = 42.684 triệu đồng")
    d.P("Công tác quản lý nhà nước về thể dục, thể thao được tăng cường: Sở đã tham mưu UBND tỉnh ban hành 06 văn bản; thẩm định, cấp 23 giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao, nâng tổng số cơ sở được cấp lên 126 cơ sở, "
        + d.df(126, 103, suf=" cơ sở") + " so với cuối năm 2023 (103 cơ sở); kiểm tra 48 cơ sở, xử phạt vi phạm hành chính 05 cơ sở với tổng số tiền 37,5 triệu đồng.")
    d.L("cấp 23 giấy chứng nhận", "sum", note="103 + 23 = 126 cơ sở (cấp mới trong năm = mức tăng)")
    d.P("IV. ĐÁNH GIÁ CHUNG")
    d.P("Năm 2024, các chỉ tiêu cơ bản về thể dục, thể thao đều đạt và vượt kế hoạch: tỷ lệ người tập luyện thường xuyên "
        + d.C("37,42%", "repeat", note="trùng tỷ lệ ở mục I.1") + ", toàn tỉnh có "
        + d.C("1.426 câu lạc bộ", "repeat", note="trùng số câu lạc bộ ở mục I.1") + "; thể thao thành tích cao đạt "
        + d.C("187 huy chương", "repeat", note="trùng tổng số huy chương ở mục II") + ", trong đó "
        + d.C("25 huy chương vàng", "repeat", "inconsistent", "52 huy chương vàng", "Mục II nêu 52 huy chương vàng (52 + 61 + 74 = 187); 25 là đảo chữ số") + ". "
        "Tuy nhiên, phong trào ở một số xã vùng sâu còn hạn chế; số người tập luyện thường xuyên ở khu vực nông thôn chưa cao.")
    d.P("Nguyên nhân của kết quả đạt được: sự quan tâm lãnh đạo, chỉ đạo của Tỉnh ủy, UBND tỉnh; sự phối hợp của các sở, ngành, đoàn thể và UBND các huyện, thành phố; công tác xã hội hóa được đẩy mạnh, nhiều doanh nghiệp đồng hành cùng các giải phong trào. Nguyên nhân của hạn chế: kinh phí đầu tư cho thể thao ở cấp xã còn thấp, đội ngũ cán bộ văn hóa - thể thao cấp xã kiêm nhiệm nhiều việc, quỹ đất dành cho thể thao ở khu dân cư còn hạn chế.")
    d.P("V. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025")
    d.P("Phấn đấu tỷ lệ người tập luyện thể dục, thể thao thường xuyên đạt 38,5% dân số, "
        + d.pt("38.5", "37.42", pre="", suf="% so với năm 2024") + "; số gia đình thể thao đạt 25% số hộ, tức " + d.C("khoảng 89.100 gia đình", "share", note="25% × 356.540 hộ = 89.135 ≈ 89.100 (làm tròn đến trăm, có chữ 'khoảng')") + "; số câu lạc bộ thể dục, thể thao cơ sở đạt 1.480 câu lạc bộ, " + d.df(1480, 1426, suf=" câu lạc bộ", word="tăng thêm") + " so với năm 2024; đạt từ 175 huy chương trở lên tại các giải quốc gia, quốc tế; tổ chức Đại hội Thể dục thể thao tỉnh lần thứ X vào năm 20...")
    T = ["", "\tNơi nhận:", "- Bộ VHTTDL (Cục TDTT);", "- UBND tỉnh;", "- Lưu: VT, QLTDTT.", "\tGIÁM ĐỐC", "", "", "Trần Minh Hùng"]
    d.FNOTE("Theo niên giám thống kê, dân số trung bình năm 2024 của tỉnh là "
            + d.C("1.297.500 người", "repeat", "ambiguous",
                  note="Thân bài dùng dân số 1.302.900 người làm mẫu số; số này là dân số trung bình theo nguồn khác, có thể là hai chỉ tiêu khác nhau – không quyết định được")
            + "; chỉ tiêu 37% được giao tại Quyết định số 2817/QĐ-UBND ngày 25/12/2023.")
    return d, H, T

@draft
def d4():
    d = Draft("p11-04-hdnd-huyen-nhiem-ky")
    H = [" \tHỘI ĐỒNG NHÂN DÂN", "HUYỆN CHÂU THÀNH", "", "Số:      /BC-HĐND", "",
         "\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
         "Châu Thành, ngày     tháng 01 năm 2026", "", "", "BÁO CÁO",
         "Kết quả hoạt động của Hội đồng nhân dân huyện khóa XII, nhiệm kỳ 2021 - 2026", "-----"]
    d.P("Thực hiện Luật Tổ chức chính quyền địa phương và Kế hoạch số 18/KH-HĐND ngày 02/10/2025 của Thường trực HĐND tỉnh Sóc Trăng về tổng kết hoạt động HĐND các cấp nhiệm kỳ 2021 - 2026, Thường trực HĐND huyện Châu Thành báo cáo kết quả hoạt động nhiệm kỳ như sau:")
    d.P("I. TÌNH HÌNH TỔ CHỨC VÀ HOẠT ĐỘNG CỦA HĐND HUYỆN")
    d.P("Tại cuộc bầu cử ngày 23/5/2021, cử tri trong huyện đã bầu 35 đại biểu HĐND huyện khóa XII, trong đó "
        + d.sh(11, 35, pre="nữ 11 đại biểu, chiếm ")
        + "; dân tộc thiểu số 06 đại biểu, " + d.sh(6, 35, dp=0, mode="bad", shown="20", note="20% = 06 / 30 (chia cho số đại biểu hiện có, không phải 35 đại biểu được bầu); 06/35 = 17,14%") + "; tái cử 14 đại biểu, " + d.sh(14, 35, dp=0) + ". "
        "Tỷ lệ đại biểu nữ " + d.pt("31.43", "34.29", pre="", suf="% so với nhiệm kỳ 2016 - 2021", note="") + " (34,29%).")
    d.L("so với nhiệm kỳ 2016 - 2021", "term", note="nhiệm kỳ liền trước của khóa 2021 - 2026")
    d.P("Trong nhiệm kỳ có "
        + d.sm(7, [3, 3, 1], pre="", suf=" đại biểu", z=True) + " thôi làm nhiệm vụ đại biểu (nghỉ hưu 03, chuyển công tác ngoài huyện 03, từ trần 01); HĐND huyện đã bầu bổ sung 02 đại biểu, đến 31/12/2025 "
        + d.C("còn 30 đại biểu", "sum", note="35 − 07 + 02 = 30") + ", trong đó "
        + d.C("05/30 đại biểu", "fraction", note="mẫu số 30 = số đại biểu hiện có") + " hoạt động chuyên trách ("
        + d.sh(5, 30, pre="", mode="trunc") + "). Thường trực HĐND gồm Chủ tịch, 01 Phó Chủ tịch và 02 Ủy viên là Trưởng Ban; HĐND huyện có 02 Ban với "
        + d.sm(14, [7, 7], pre="", suf=" thành viên") + " (Ban Kinh tế - Xã hội 07, Ban Pháp chế 07) và 08 Tổ đại biểu ứng với 08 đơn vị bầu cử.")
    d.P("Thường trực HĐND huyện duy trì họp thường kỳ hằng tháng, cho ý kiến kịp thời các nội dung thuộc thẩm quyền giữa hai kỳ họp; phối hợp chặt chẽ với UBND, Ủy ban MTTQ Việt Nam huyện trong chuẩn bị kỳ họp, tiếp xúc cử tri và giám sát. Năm 2023, HĐND huyện tổ chức lấy phiếu tín nhiệm đối với 24 người giữ chức vụ do HĐND bầu, kết quả: "
        + d.sm(24, [21, 3], pre="", suf=" người được lấy phiếu có") + " 21 người đạt tín nhiệm cao ("
        + d.sh(21, 24, dp=1, pre="") + "), 03 người đạt tín nhiệm, không có người tín nhiệm thấp.")
    d.P("II. CÔNG TÁC TỔ CHỨC CÁC KỲ HỌP VÀ BAN HÀNH NGHỊ QUYẾT")
    d.P("Trong nhiệm kỳ, HĐND huyện đã "
        + d.sm(24, [10, 14], pre="tổ chức ", suf=" kỳ họp") + " (10 kỳ họp thường lệ, 14 kỳ họp chuyên đề, giải quyết công việc phát sinh đột xuất); tại "
        + d.C("22/24 kỳ họp", "fraction", note="mẫu số 24 = tổng số kỳ họp; 22 ≤ 24") + " có 100% đại biểu tham dự. Nội dung kỳ họp được chuẩn bị chu đáo; tài liệu được gửi đại biểu qua ứng dụng phần mềm \"Phòng họp không giấy\" trước ít nhất 05 ngày.")
    d.P("HĐND huyện đã xem xét, ban hành 186 nghị quyết, "
        + d.df(186, 149, suf=" nghị quyết") + " "
        + d.C("so với nhiệm kỳ 2011 - 2016", "term", "inconsistent", "so với nhiệm kỳ 2016 - 2021", "Khóa XII (2021 - 2026) so với nhiệm kỳ liền trước 2016 - 2021; 149 nghị quyết là số của nhiệm kỳ trước")
        + " (149 nghị quyết); trong đó nghị quyết về kinh tế - ngân sách 74, văn hóa - xã hội 41, tổ chức bộ máy, nhân sự 52, quốc phòng - an ninh 19, "
        + d.C("nghị quyết giám sát chuyên đề 12", "sum", "ambiguous",
              note="74 + 41 + 52 + 19 = 186 đã đủ tổng; thêm 12 nghị quyết giám sát thành 198 > 186 – nghị quyết giám sát có thể đã tính trong các lĩnh vực trên, không quyết định được")
        + ".")
    d.P("Các nghị quyết quan trọng: Nghị quyết số 12/NQ-HĐND ngày 15/7/2021 về kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025 với tổng vốn "
        + d.sm("1286.4", ["742.9", "543.5"], dp=1, pre="", suf=" tỷ đồng") + " (ngân sách tỉnh phân cấp 742,9 tỷ đồng, ngân sách huyện 543,5 tỷ đồng); các nghị quyết về dự toán thu, chi ngân sách hằng năm. "
        "Tổng thu NSNN trên địa bàn 05 năm ước đạt 1.624,7 tỷ đồng, "
        + d.ra("1624.7", "1372.2", dp=1, pre="bằng ", suf="% chỉ tiêu nghị quyết") + " (1.372,2 tỷ đồng).")
    d.P("Các Ban HĐND đã thẩm tra "
        + d.sm(164, [98, 66], pre="", suf=" tờ trình, báo cáo, đề án") + " trình kỳ họp (Ban Kinh tế - Xã hội 98, Ban Pháp chế 66); báo cáo thẩm tra nêu rõ quan điểm, kiến nghị cụ thể, là cơ sở để đại biểu thảo luận, biểu quyết.")
    d.P("Hoạt động chất vấn có nhiều đổi mới: tại 10 kỳ họp thường lệ có 112 lượt đại biểu chất vấn 58 vấn đề, bình quân "
        + d.ra(112, 10, dp=1, pre="", suf=" lượt/kỳ họp", mult=True, mode="bad", shown="12.2", note="112 lượt / 10 kỳ họp thường lệ = 11,2") + "; trong đó chất vấn Chủ tịch, Phó Chủ tịch UBND huyện 39 lượt, trưởng các phòng, ban chuyên môn 73 lượt. "
        "Thường trực HĐND tổ chức 09 phiên giải trình về các vấn đề cử tri quan tâm như giải phóng mặt bằng, nước sinh hoạt nông thôn, an toàn giao thông.")
    d.L("trưởng các phòng, ban chuyên môn 73 lượt", "sum", note="39 + 73 = 112 lượt chất vấn")
    d.P("Tại " + d.C("24 kỳ họp", "repeat", note="trùng tổng số kỳ họp") + ", đại biểu đã có 1.046 lượt ý kiến thảo luận tại tổ và tại hội trường, bình quân "
        + d.ra(1046, 24, dp=1, pre="", suf=" lượt ý kiến/kỳ họp", mult=True, note="1.046 / 24 kỳ họp") + "; nhiều ý kiến thảo luận sâu, sát thực tế, góp phần nâng cao chất lượng nghị quyết.")
    d.P("III. HOẠT ĐỘNG GIÁM SÁT")
    d.P("Thường trực, các Ban HĐND huyện đã tổ chức "
        + d.sm(47, [15, 17, 15], pre="", suf=" cuộc giám sát chuyên đề") + " (Thường trực 15, Ban Kinh tế - Xã hội 17, Ban Pháp chế 15) và 86 cuộc khảo sát, "
        + d.df(47, 38, shown=7, suf=" cuộc", z=True, note="47 − 38 = 09; viết 07") + " so với nhiệm kỳ trước (38 cuộc), "
        + d.ra(47, 38, pre="bằng ", suf="%") + ". Trong số 86 cuộc khảo sát có 71 cuộc tại các xã, thị trấn.")
    d.L("71 cuộc tại các xã, thị trấn", "subset", note="71 ≤ 86 cuộc khảo sát")
    d.P("Qua giám sát, Thường trực và các Ban đã đưa ra 412 kiến nghị; đến nay các cơ quan, đơn vị đã thực hiện xong 365 kiến nghị, "
        + d.sh(365, 412, pre="đạt ") + ", "
        + d.C("đang thực hiện 93 kiến nghị", "sum", "inconsistent", "đang thực hiện 39 kiến nghị",
              "365 + 93 + 08 = 466 ≠ 412; tổng 412 được tỷ lệ 88,59% (365/412) xác nhận, nên 93 là đảo chữ số của 39 (365 + 39 + 08 = 412)")
        + ", chưa thực hiện 08 kiến nghị. Giám sát 27 văn bản quy phạm pháp luật của UBND huyện, phát hiện 03 văn bản có nội dung chưa phù hợp; "
        + d.C("03/03 văn bản", "fraction", note="03/03 = 03 văn bản phát hiện") + " đã được sửa đổi, bổ sung kịp thời.")
    d.P("Qua giám sát việc thực hiện Nghị quyết của HĐND huyện về kế hoạch phát triển kinh tế - xã hội 05 năm 2021 - 2025, có "
        + d.C("18/21 chỉ tiêu chủ yếu", "fraction", note="18 ≤ 21 chỉ tiêu") + " đạt và vượt nghị quyết ("
        + d.sh(18, 21, pre="", kind="fraction") + "), "
        + d.C("03 chỉ tiêu chưa đạt", "sum", note="18 + 03 = 21 chỉ tiêu") + " (thu hút đầu tư, tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ và tỷ lệ đô thị hóa). "
        "Thu nhập bình quân đầu người năm 2025 đạt 72,4 triệu đồng, "
        + d.ra("72.4", "46.1", pre="gấp ", suf=" lần", mult=True) + " năm 2020 (46,1 triệu đồng); tỷ lệ hộ nghèo từ 4,12% năm 2021 còn 0,87% năm 2025, "
        + d.pt("0.87", "4.12", pre="", suf=" điểm phần trăm") + ".")
    d.P("Hoạt động giám sát được đổi mới theo hướng chọn những vấn đề bức xúc, được cử tri quan tâm; sau giám sát, Thường trực HĐND ban hành thông báo kết luận, phân công Ban theo dõi việc thực hiện kiến nghị; một số nội dung được đưa ra chất vấn tại kỳ họp hoặc tổ chức phiên giải trình để làm rõ trách nhiệm.")
    d.P("IV. TIẾP XÚC CỬ TRI, TIẾP CÔNG DÂN VÀ GIẢI QUYẾT KIẾN NGHỊ")
    d.P("Các Tổ đại biểu đã tổ chức 236 cuộc tiếp xúc cử tri với 18.640 lượt cử tri tham dự, bình quân "
        + d.ra(18640, 236, dp=0, pre="", suf=" cử tri/cuộc", mult=True) + "; tiếp nhận "
        + d.sm(1572, [1104, 317, 151], pre="", suf=" ý kiến, kiến nghị") + ", trong đó thuộc thẩm quyền của huyện 1.104 kiến nghị ("
        + d.sh(1104, 1572, pre="") + "), thẩm quyền của tỉnh 317 kiến nghị ("
        + d.sh(317, 1572, pre="", mode="trunc") + "), thẩm quyền của xã 151 kiến nghị. Đến nay các sở, ngành tỉnh đã trả lời 289 kiến nghị thuộc thẩm quyền của tỉnh, "
        + d.sh(289, 317, dp=1, pre="đạt ", basedesc="kiến nghị thuộc thẩm quyền tỉnh") + "; số còn lại đang được xem xét, giải quyết.")
    d.P("Kiến nghị thuộc thẩm quyền của huyện tập trung vào các lĩnh vực: đất đai, bồi thường, giải phóng mặt bằng 386 kiến nghị ("
        + d.sh(386, 1104, pre="") + "); giao thông, thủy lợi 297 kiến nghị; chính sách xã hội, y tế, giáo dục 214 kiến nghị; lĩnh vực khác 207 kiến nghị.")
    d.L("lĩnh vực khác 207 kiến nghị", "sum", note="386 + 297 + 214 + 207 = 1.104 kiến nghị thuộc thẩm quyền huyện")
    d.P("UBND huyện đã giải quyết, trả lời "
        + d.C("1.069/1.104 kiến nghị", "fraction", note="mẫu số 1.104 = số kiến nghị thuộc thẩm quyền huyện") + " thuộc thẩm quyền, "
        + d.sh(1069, 1104, pre="đạt ", kind="fraction") + ", "
        + d.C("tăng 4,5% so với nhiệm kỳ trước", "points",
              note="điểm phần trăm 96,83 − 92,65 = 4,18 không khớp; đọc tương đối (96,83 / 92,65 − 1) × 100 = %s %% → 4,5%% khớp, nên theo cách đọc tương đối thì đúng" % X((fr("96.83") / fr("92.65") - 1) * 100))
        + " (92,65%). Thường trực HĐND và đại biểu đã tiếp "
        + d.sm(312, [96, 216], pre="", suf=" lượt công dân") + " (Thường trực HĐND tiếp 96 lượt, đại biểu tiếp tại địa bàn ứng cử 216 lượt); nhận "
        + d.sm(284, [241, 43], pre="", suf=" đơn") + " khiếu nại, tố cáo, kiến nghị, phản ánh, đã chuyển 241 đơn đến cơ quan có thẩm quyền, lưu 43 đơn trùng lặp, nặc danh; cơ quan có thẩm quyền đã giải quyết 226/241 đơn, "
        + d.sh(226, 241, pre="đạt ", kind="fraction") + ".")
    d.P("V. ĐÁNH GIÁ CHUNG")
    d.P("Nhiệm kỳ 2021 - 2026, HĐND huyện đã tổ chức "
        + d.C("24 kỳ họp", "repeat", note="trùng số kỳ họp ở mục II") + ", ban hành "
        + d.C("186 nghị quyết", "repeat", note="trùng số nghị quyết ở mục II") + ", tổ chức "
        + d.C("47 cuộc giám sát chuyên đề", "repeat", note="trùng mục III") + "; các Tổ đại biểu tiếp nhận "
        + d.C("1.527 ý kiến, kiến nghị của cử tri", "repeat", "inconsistent", "1.572 ý kiến, kiến nghị của cử tri", "Mục IV nêu 1.572 (= 1.104 + 317 + 151); 1.527 là đảo chữ số")
        + ". Tổng vốn đầu tư công trung hạn được HĐND quyết định là "
        + d.C("1.312,6 tỷ đồng", "repeat", "ambiguous",
              note="Mục II nêu 1.286,4 tỷ đồng theo Nghị quyết 12/NQ-HĐND năm 2021; 1.312,6 có thể là số sau điều chỉnh giữa kỳ hoặc là nhầm – không quyết định được")
        + ". Đến thời điểm báo cáo, HĐND huyện có "
        + d.C("31 đại biểu", "repeat", "ambiguous",
              note="Mục I nêu còn 30 đại biểu đến 31/12/2025; 31 là số 'đến thời điểm báo cáo' (tháng 01/2026), có thể đã bầu bổ sung – không quyết định được")
        + " đang hoạt động.")
    d.P("Kinh phí hoạt động của HĐND huyện cả nhiệm kỳ là 6.842 triệu đồng, bình quân "
        + d.ra(6842, 5, dp=1, pre="", suf=" triệu đồng/năm", mult=True, note="6.842 / 05 năm") + ", được sử dụng đúng mục đích, tiết kiệm. "
        + d.C("08/08 Tổ đại biểu", "fraction", note="08/08 = 08 Tổ đại biểu nêu ở mục I") + " duy trì sinh hoạt định kỳ, báo cáo kết quả hoạt động với Thường trực HĐND đúng quy định.")
    d.P("Kết quả đạt được là do có sự lãnh đạo, chỉ đạo sát sao của Ban Thường vụ Huyện ủy; sự phối hợp chặt chẽ của UBND, Ủy ban MTTQ Việt Nam huyện và các cơ quan, đơn vị; phần lớn đại biểu nêu cao trách nhiệm trước cử tri, tích cực nghiên cứu tài liệu, tham gia thảo luận, chất vấn tại kỳ họp.")
    d.P("Hạn chế: chất lượng hoạt động của một số Tổ đại biểu chưa đều; việc theo dõi, đôn đốc thực hiện kiến nghị sau giám sát có lúc chưa thường xuyên; một số đại biểu kiêm nhiệm chưa dành nhiều thời gian cho hoạt động đại biểu; số kiến nghị thuộc thẩm quyền của tỉnh chậm được trả lời.")
    d.P("VI. KIẾN NGHỊ, ĐỀ XUẤT")
    d.P("Đề nghị Thường trực HĐND tỉnh tiếp tục tổ chức tập huấn kỹ năng cho đại biểu HĐND cấp huyện; đề nghị UBND tỉnh chỉ đạo các sở, ngành trả lời dứt điểm "
        + d.C("317 kiến nghị", "repeat", note="trùng số kiến nghị thuộc thẩm quyền tỉnh ở mục IV") + " thuộc thẩm quyền của tỉnh, trong đó "
        + d.C("28 kiến nghị chưa được trả lời", "sum", note="289 đã trả lời + 28 = 317 kiến nghị thuộc thẩm quyền tỉnh") + " liên quan đến đầu tư hạ tầng giao thông, thủy lợi và chính sách bồi thường khi thu hồi đất; bố trí thêm ... biên chế cho Văn phòng HĐND và UBND huyện; nghiên cứu tăng số đại biểu HĐND hoạt động chuyên trách ở cấp huyện trong nhiệm kỳ 2026 - 2031.")
    T = ["", "\tNơi nhận:", "- Thường trực HĐND tỉnh;", "- Thường trực Huyện ủy;", "- Đại biểu HĐND huyện;", "- Lưu: VT.",
         "\tTM. THƯỜNG TRỰC HĐND", "CHỦ TỊCH", "", "", "Phạm Văn Lực"]
    d.FNOTE("Nhiệm kỳ 2016 - 2021, HĐND huyện có 35 đại biểu, trong đó nữ 12 đại biểu ("
            + d.sh(12, 35, pre="") + ")"
            + "; tổ chức " + d.C("38 cuộc giám sát chuyên đề", "repeat", note="trùng số của nhiệm kỳ trước ở mục III")
            + " và ban hành " + d.C("149 nghị quyết", "repeat", note="trùng số của nhiệm kỳ trước ở mục II") + ".")
    return d, H, T

@draft
def d5():
    d = Draft("p11-05-thi-dua-khen-thuong-tinh")
    H = [" \tSỞ NỘI VỤ TỈNH KIÊN GIANG", "BAN THI ĐUA - KHEN THƯỞNG", "", "Số:      /BC-BTĐKT", "",
         "\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
         "Kiên Giang, ngày     tháng 12 năm 2024", "", "", "BÁO CÁO",
         "Tổng kết công tác thi đua, khen thưởng năm 2024 và phương hướng, nhiệm vụ năm 2025", "-----"]
    d.P("Thực hiện Luật Thi đua, khen thưởng năm 2022, Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng và Công văn số 2104/BTĐKT-VP ngày 05/11/2024 của Ban Thi đua - Khen thưởng Trung ương, Ban Thi đua - Khen thưởng tỉnh báo cáo kết quả công tác năm 2024 như sau:")
    d.P("I. TÌNH HÌNH CHUNG")
    d.P("Ban Thi đua - Khen thưởng tỉnh là cơ quan trực thuộc Sở Nội vụ, được giao "
        + d.sm(14, [3, 11], pre="", suf=" biên chế") + " công chức (lãnh đạo Ban 03, công chức tại 03 phòng chuyên môn 11), hiện có 13 công chức; "
        + d.C("nữ 06 người", "subset", note="06 ≤ 13 công chức hiện có") + ". Năm 2024 là năm đầu tiên thực hiện đầy đủ Luật Thi đua, khen thưởng năm 2022, nhiều quy định mới về tiêu chuẩn, hồ sơ, thủ tục được áp dụng, đòi hỏi các cơ quan, đơn vị phải kịp thời điều chỉnh.")
    d.P("II. KẾT QUẢ CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM 2024")
    d.P("1. Công tác tiếp nhận, thẩm định hồ sơ")
    d.P("Từ ngày 01/01/2024 đến ngày 15/12/2024, Ban đã tiếp nhận 2.846 hồ sơ đề nghị khen thưởng, trong đó qua hệ thống dịch vụ công trực tuyến 2.517 hồ sơ ("
        + d.sh(2517, 2846, pre="") + "); đã thẩm định, trình cấp có thẩm quyền 2.798 hồ sơ, "
        + d.sh(2798, 2846, pre="đạt ") + ", trả lại "
        + d.C("48 hồ sơ", "sum", note="2.798 + 48 = 2.846 hồ sơ tiếp nhận") + " do chưa đủ tiêu chuẩn, thủ tục. Thời gian thẩm định bình quân 9,6 ngày làm việc, "
        + d.C("rút ngắn 2,4 ngày", "difference", note="12 ngày theo quy định − 9,6 = 2,4") + " so với quy định (12 ngày).")
    d.P("Công tác tổ chức phong trào thi đua: trong năm, các cấp, các ngành đã phát động "
        + d.sm(38, [12, 26], pre="", suf=" phong trào thi đua") + " theo chuyên đề, theo đợt (cấp tỉnh 12, các sở, ngành, huyện, thành phố 26), tập trung vào các nhiệm vụ chuyển đổi số, xây dựng nông thôn mới, giảm nghèo bền vững, cải cách hành chính và phát triển kinh tế biển. Tỉnh có "
        + d.sm(12, [3, 9], pre="", suf=" cụm, khối thi đua") + " (03 cụm huyện, thành phố; 09 khối sở, ngành, đoàn thể, doanh nghiệp) với 126 đơn vị thành viên; "
        + d.C("12/12 cụm, khối", "fraction", note="12/12 = 12 cụm, khối nêu trước") + " đã tổ chức tổng kết, suy tôn 24 đơn vị dẫn đầu, "
        + d.sh(24, 126, pre="bằng ", suf="% số đơn vị thành viên", basedesc="126 đơn vị thành viên") + ".")
    d.P("Công tác phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến có nhiều chuyển biến: toàn tỉnh đã biểu dương 1.276 gương điển hình tiên tiến, trong đó "
        + d.C("413 gương người tốt, việc tốt", "subset", note="413 ≤ 1.276") + ", "
        + d.df(1276, 1158, suf=" gương") + " so với năm 2023 (1.158 gương), "
        + d.ra(1276, 1158, pre="bằng ", suf="%") + ". Đại hội thi đua yêu nước cấp huyện đã được tổ chức tại "
        + d.C("15/15 huyện, thành phố", "fraction", note="tỉnh có 15 đơn vị hành chính cấp huyện; 15/15") + ", cấp xã tại "
        + d.C("144/144 xã, phường, thị trấn", "fraction", note="144/144") + ", chuẩn bị cho Đại hội Thi đua yêu nước tỉnh lần thứ VI.")
    d.P("Các phong trào thi đua đã góp phần quan trọng vào kết quả thực hiện nhiệm vụ chính trị của tỉnh: phong trào \"Kiên Giang chung tay vì người nghèo\" đã xây dựng "
        + d.sm(1046, [826, 220], pre="", suf=" căn nhà Đại đoàn kết") + " (xây mới 826 căn, sửa chữa 220 căn); phong trào thi đua \"Kiên Giang cùng cả nước chung sức xây dựng nông thôn mới\" có thêm 09 xã đạt chuẩn, nâng tổng số lên "
        + d.C("108/116 xã", "fraction", note="116 xã (không kể phường, thị trấn) trong 144 đơn vị cấp xã; 108 ≤ 116") + " đạt chuẩn nông thôn mới ("
        + d.sh(108, 116, dp=1, pre="", kind="fraction") + "); phong trào thi đua chuyển đổi số đã đưa 100% thủ tục hành chính đủ điều kiện lên cung cấp dịch vụ công trực tuyến toàn trình.")
    d.P("2. Khen thưởng cấp Nhà nước")
    d.P("Năm 2024, UBND tỉnh trình Thủ tướng Chính phủ, Chủ tịch nước khen thưởng "
        + d.sm(186, [27, 112, 9, 14, 1, 23], pre="cho ", suf=" trường hợp") + ", gồm: 27 Huân chương (Huân chương Lao động hạng Nhì 04, "
        + d.C("hạng Ba 17", "sum", "inconsistent", "hạng Ba 19",
              "04 + 17 + 04 = 25 ≠ 27 Huân chương; 27 được tổng 186 (= 27 + 112 + 09 + 14 + 01 + 23) xác nhận nên số Huân chương Lao động hạng Ba phải là 19")
        + "; Huân chương Bảo vệ Tổ quốc hạng Ba 04); Bằng khen của Thủ tướng Chính phủ 112; Chiến sĩ thi đua toàn quốc 09; Cờ thi đua của Chính phủ 14; danh hiệu Anh hùng Lao động 01; danh hiệu Nhà giáo ưu tú, Thầy thuốc ưu tú, Nghệ nhân ưu tú 23 ("
        + d.sh(23, 186, pre="", mode="trunc") + "). Đến nay đã có quyết định khen thưởng "
        + d.C("164/186 trường hợp", "fraction", note="mẫu số 186 = số trường hợp đã trình") + ", "
        + d.sh(164, 186, pre="đạt ", kind="fraction") + "; "
        + d.C("22 trường hợp", "sum", note="164 + 22 = 186") + " đang chờ Trung ương xem xét.")
    d.P("3. Khen thưởng thuộc thẩm quyền của Chủ tịch UBND tỉnh")
    d.P("Chủ tịch UBND tỉnh đã tặng Bằng khen cho "
        + d.sm(1948, [612, 1336], pre="", suf=" trường hợp") + " (tập thể 612, cá nhân 1.336), "
        + d.df(1948, 1821, suf=" trường hợp") + " so với năm 2023 (1.821 trường hợp), "
        + d.ra(1948, 1821, pre="tăng ", suf="%", growth=True, mode="bad", shown="6.79", note="đảo hai chữ số (6,97 → 6,79)") + "; tặng Cờ thi đua của UBND tỉnh cho 86 tập thể, "
        + d.df(86, 96, shown=12, suf=" tập thể", note="96 − 86 = 10; viết 12") + " so với năm 2023 (96 tập thể); công nhận danh hiệu Chiến sĩ thi đua cấp tỉnh cho 214 cá nhân, danh hiệu Tập thể lao động xuất sắc cho 397 tập thể. "
        "Tổng số khen thưởng thuộc thẩm quyền của tỉnh là "
        + d.sm(2645, [1948, 86, 214, 397], pre="", suf=" trường hợp") + ".")
    d.P("Trong tổng số khen thưởng thuộc thẩm quyền của tỉnh, Chiến sĩ thi đua cấp tỉnh "
        + d.sh(214, 2645, pre="chiếm ", basedesc="tổng khen thưởng cấp tỉnh 2.645 (Σ thành phần)") + ", Tập thể lao động xuất sắc "
        + d.sh(397, 2645, pre="chiếm ", mode="trunc", basedesc="2.645") + "; các hình thức khen thưởng đã đến với "
        + d.C("1.124 tập thể", "sum", "ambiguous",
              note="Số khen thưởng tập thể: 612 Bằng khen + 86 Cờ + 397 Tập thể LĐXS = 1.095 lượt; 1.124 là số tập thể (đơn vị) chứ không phải lượt, một tập thể có thể nhận nhiều hình thức – không quyết định được")
        + " và 1.550 cá nhân.")
    d.L("1.550 cá nhân", "sum", note="1.336 Bằng khen cá nhân + 214 Chiến sĩ thi đua cấp tỉnh = 1.550")
    d.P("Trong "
        + d.C("612 tập thể được tặng Bằng khen", "repeat", note="trùng số Bằng khen tập thể") + " có 421 tập thể cấp cơ sở ("
        + d.sh(421, 612, pre="") + "); khen thưởng quá trình cống hiến 46 trường hợp, khen thưởng thành tích kháng chiến 18 trường hợp. Việc khen thưởng cho tập thể nhỏ, cấp cơ sở được chú trọng hơn so với các năm trước, khắc phục dần tình trạng khen thưởng chủ yếu cho cơ quan cấp tỉnh.")
    d.P("Khen thưởng người trực tiếp lao động, sản xuất được quan tâm: trong "
        + d.C("1.336 cá nhân được tặng Bằng khen", "repeat", note="trùng số Bằng khen cá nhân ở trên") + " có 487 người là công nhân, nông dân, ngư dân, người lao động trực tiếp, "
        + d.sh(487, 1336) + ", "
        + d.pt("36.45", "33.58", pre="", suf="% so với năm 2023") + " (33,58%) và "
        + d.pt("36.45", "35", word="vượt", pre="", suf="% so với yêu cầu") + " tối thiểu 35% theo Chỉ thị số 07/CT-UBND ngày 12/3/2024. Khen thưởng cho 74 doanh nghiệp, doanh nhân, "
        + d.sh(74, 1948, dp=1, pre="chiếm ", suf="% số Bằng khen", mode="bad", shown="2.8", basedesc="1.948 Bằng khen",
               note="2,8% = 74 / 2.645 (tính trên tổng số khen thưởng cấp tỉnh, sai mẫu số)") + ".")
    d.P("Khen thưởng đột xuất "
        + d.sm(143, [38, 105], pre="", suf=" trường hợp") + " (tập thể 38, cá nhân 105 – "
        + d.sh(105, 143, pre="", mode="trunc") + "), đều bằng hình thức Bằng khen, "
        + d.sh(143, 1948, pre="chiếm ", suf="% số Bằng khen", basedesc="1.948 Bằng khen") + ", cho các tập thể, cá nhân có thành tích trong phòng, chống thiên tai, cứu người bị nạn, phát hiện, bắt giữ tội phạm; khen thưởng chuyên đề 512 trường hợp qua tổng kết các phong trào, chương trình mục tiêu quốc gia.")
    d.P("Danh hiệu Chiến sĩ thi đua cấp tỉnh: trong 214 cá nhân có "
        + d.C("nữ 97 người", "subset", note="97 ≤ 214") + ", người dân tộc thiểu số 23 người; theo vị trí công tác có cán bộ lãnh đạo, quản lý 121 người, giáo viên 88 người, công nhân, nông dân, người lao động trực tiếp 31 người.")
    d.L("người lao động trực tiếp 31 người", "sum", "ambiguous",
        note="121 + 88 + 31 = 240 > 214; 'lãnh đạo, quản lý' và 'giáo viên' có thể trùng (hiệu trưởng, phó hiệu trưởng) – không quyết định được")
    d.L("người dân tộc thiểu số 23 người", "subset", note="23 ≤ 214")
    d.P("4. Quỹ thi đua, khen thưởng")
    d.P("Quỹ thi đua, khen thưởng cấp tỉnh năm 2024 được bố trí 14.325 triệu đồng, "
        + d.ra(14325, 13215, dp=1, pre="tăng ", suf="% so với năm 2023", growth=True) + " (13.215 triệu đồng); đã chi 13.786 triệu đồng, "
        + d.ra(13786, 14325, pre="đạt ", suf="% dự toán") + "; còn "
        + d.C("539 triệu đồng", "sum", note="13.786 + 539 = 14.325") + " chuyển sang năm 2025. Mức chi tiền thưởng bình quân "
        + d.C("5.21 triệu đồng/trường hợp", "ratio", "ambiguous",
              note="13.786 / 2.645 = 5,2121; nếu '5.21' là 5,21 (dấu thập phân kiểu Anh) thì khớp, nếu đọc theo quy ước vi-VN là 521 thì sai – định dạng số không xác định")
        + ".")
    d.P("5. Công tác kiểm tra, hướng dẫn nghiệp vụ")
    d.P("Ban đã kiểm tra công tác thi đua, khen thưởng tại "
        + d.sm(18, [8, 6, 4], pre="", suf=" cơ quan, đơn vị") + " (08 sở, ngành; 06 huyện, thành phố; 04 doanh nghiệp), qua kiểm tra kiến nghị chấn chỉnh 27 nội dung, thu hồi 02 quyết định khen thưởng không đúng quy định (do kê khai thành tích không trung thực); tổ chức 04 lớp tập huấn nghiệp vụ cho 612 lượt cán bộ làm công tác thi đua, khen thưởng, bình quân "
        + d.ra(612, 4, dp=0, pre="", suf=" lượt/lớp", mult=True) + ".")
    d.P("III. ĐÁNH GIÁ CHUNG")
    d.P("Công tác thi đua, khen thưởng năm 2024 có nhiều chuyển biến: việc xét khen thưởng bảo đảm đúng tiêu chuẩn, quy trình; tỷ lệ hồ sơ nộp trực tuyến "
        + d.C("88,44%", "repeat", note="trùng tỷ lệ ở mục 1 (2.517/2.846)") + "; đã trình khen thưởng cấp Nhà nước "
        + d.C("168 trường hợp", "repeat", "inconsistent", "186 trường hợp", "Mục 2 nêu 186 trường hợp (= 27 + 112 + 09 + 14 + 01 + 23); 168 là đảo chữ số")
        + ", Chủ tịch UBND tỉnh tặng "
        + d.C("1.948 Bằng khen", "repeat", note="trùng mục 3") + ". Tính chung cả năm 2024, Ban đã tiếp nhận "
        + d.C("2.913 hồ sơ", "repeat", "ambiguous",
              note="Mục 1 nêu 2.846 hồ sơ tính đến 15/12/2024; 2.913 là 'cả năm', có thể gồm hồ sơ nhận sau 15/12 – không quyết định được")
        + " đề nghị khen thưởng.")
    d.P("Giai đoạn 2021 - 2025, toàn tỉnh đã được khen thưởng cấp Nhà nước 812 trường hợp, "
        + d.df(812, 716, suf=" trường hợp") + " "
        + d.C("so với giai đoạn 2011 - 2015", "term", "inconsistent", "so với giai đoạn 2016 - 2020",
              "Giai đoạn liền trước của 2021 - 2025 là 2016 - 2020 (716 trường hợp nêu ở chú thích)")
        + REF + ".")
    d.P("Công tác tham mưu của Ban và Hội đồng Thi đua - Khen thưởng tỉnh được thực hiện chủ động, kịp thời; việc ứng dụng phần mềm quản lý hồ sơ thi đua, khen thưởng và chữ ký số giúp giảm đáng kể thời gian xử lý, minh bạch quy trình xét duyệt. Công tác tuyên truyền, biểu dương điển hình tiên tiến được phối hợp với Báo Kiên Giang, Đài Phát thanh và Truyền hình tỉnh thực hiện thường xuyên trên chuyên trang, chuyên mục.")
    d.P("Hạn chế: một số cơ quan, đơn vị còn nặng về khen thưởng cho cán bộ lãnh đạo, quản lý; hồ sơ đề nghị khen thưởng còn sai sót, phải trả lại; phong trào thi đua ở một số nơi còn hình thức, chưa gắn với nhiệm vụ chính trị. Nguyên nhân chủ yếu là một số thủ trưởng chưa quan tâm đúng mức, cán bộ làm công tác thi đua, khen thưởng ở cơ sở kiêm nhiệm, thường xuyên thay đổi.")
    d.P("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025")
    d.P("Tổ chức tốt Đại hội Thi đua yêu nước tỉnh lần thứ VI; giảm tỷ lệ hồ sơ bị trả lại xuống dưới 1% (năm 2024 là "
        + d.sh(48, 2846, pre="", basedesc="48 hồ sơ trả lại / 2.846 hồ sơ tiếp nhận") + "); phấn đấu 100% hồ sơ đề nghị khen thưởng được tiếp nhận qua dịch vụ công trực tuyến; tỷ lệ khen thưởng người lao động trực tiếp đạt trên 38%; rút ngắn thời gian thẩm định còn ... ngày làm việc.")
    T = ["", "\tNơi nhận:", "- Ban TĐKT Trung ương;", "- UBND tỉnh;", "- Sở Nội vụ;", "- Lưu: VT.", "\tTRƯỞNG BAN", "", "", "Lê Thị Thu Hà"]
    d.FNOTE("Giai đoạn 2016 - 2020, toàn tỉnh được khen thưởng cấp Nhà nước 716 trường hợp; riêng năm 2024 là "
            + d.C("186 trường hợp", "repeat", note="trùng mục 2") + ", "
            + d.sh(186, 812, pre="bằng ", suf="% của cả giai đoạn 2021 - 2025", basedesc="812 trường hợp giai đoạn 2021 - 2025") + ".")
    return d, H, T

@draft
def d6():
    d = Draft("p11-06-hoi-nguoi-cao-tuoi-huyen")
    H = [" \tHỘI NGƯỜI CAO TUỔI TỈNH CÀ MAU", "BCH HỘI NGƯỜI CAO TUỔI HUYỆN THỚI BÌNH", "", "Số:      /BC-HNCT", "",
         "\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
         "Thới Bình, ngày     tháng 3 năm 2026", "", "", "BÁO CÁO CHÍNH TRỊ",
         "của Ban Chấp hành Hội Người cao tuổi huyện khóa V trình Đại hội đại biểu Hội Người cao tuổi huyện lần thứ VI, nhiệm kỳ 2026 - 2031", "-----"]
    d.P("Phần thứ nhất")
    d.P("KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI HỘI NGƯỜI CAO TUỔI HUYỆN LẦN THỨ V, NHIỆM KỲ 2021 - 2026")
    d.P("I. ĐẶC ĐIỂM TÌNH HÌNH")
    d.P("Huyện Thới Bình có "
        + d.sm(12, [11, 1], pre="", suf=" đơn vị hành chính cấp xã") + " (11 xã, 01 thị trấn) với 92 ấp, khóm; dân số 138.460 người. Đến 31/12/2025, toàn huyện có 18.926 người cao tuổi (từ đủ 60 tuổi trở lên), "
        + d.sh(18926, 138460, pre="chiếm ", suf="% dân số", mode="trunc") + "; trong đó "
        + d.C("nữ 10.458 người", "subset", note="10.458 ≤ 18.926") + ", người dân tộc Khmer 1.246 người, người cao tuổi cô đơn không nơi nương tựa 386 người ("
        + d.sh(386, 18926, pre="", mode="trunc") + "). Số người cao tuổi thuộc hộ nghèo, cận nghèo giảm từ 1.642 người năm 2021 xuống còn 1.164 người năm 2025, "
        + d.ra(1164, 1642, dp=1, pre="giảm ", suf="%", neg=True) + ".")
    d.L("người cao tuổi cô đơn không nơi nương tựa 386 người", "subset", note="1.246 và 386 (tiêu chí khác chiều) đều ≤ 18.926")
    d.P("Chia theo độ tuổi: từ 60 đến 69 tuổi 11.284 người; từ 70 đến 79 tuổi 5.028 người; từ 80 đến 89 tuổi 2.146 người; từ 90 đến 99 tuổi 439 người; từ 100 tuổi trở lên 29 người ("
        + d.sm(18926, [11284, 5028, 2146, 439, 29], pre="cộng ", suf=" người") + "). Như vậy, số người từ 80 tuổi trở lên là "
        + d.sm(2614, [2146, 439, 29], pre="", suf=" người") + ".")
    d.P("Thuận lợi: Hội luôn nhận được sự quan tâm lãnh đạo, chỉ đạo của Huyện ủy, UBND huyện, sự hướng dẫn của Hội Người cao tuổi tỉnh; phần lớn người cao tuổi có ý thức chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước. Khó khăn: đời sống một bộ phận người cao tuổi còn khó khăn, nhất là ở các xã vùng sâu; nguồn quỹ hội còn hạn chế; cán bộ hội ở cơ sở tuổi cao, sức khỏe giảm.")
    d.P("II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ")
    d.P("1. Công tác xây dựng, củng cố tổ chức Hội")
    d.P("Đến cuối nhiệm kỳ, toàn huyện có 12 Hội Người cao tuổi cơ sở, 92 chi hội ở "
        + d.C("92/92 ấp, khóm", "fraction", note="mẫu số 92 = số ấp, khóm nêu ở mục I") + ", 318 tổ hội; tổng số hội viên 16.742 người, "
        + d.sh(16742, 18926, pre="bằng ", suf="% số người cao tuổi", basedesc="18.926 người cao tuổi") + ", "
        + d.df(16742, 15424, shown=1381, suf=" hội viên", note="16.742 − 15.424 = 1.318; viết 1.381 (đảo chữ số)") + " so với đầu nhiệm kỳ (15.424 hội viên); tỷ lệ hội viên trên số người cao tuổi "
        + d.pt("88.46", "85.34", pre="", suf="% so với đầu nhiệm kỳ") + " (85,34%). Số hội viên đóng hội phí 15.986 người, "
        + d.sh(15986, 16742, pre="đạt ") + ".")
    d.P("Trong tổng số hội viên có "
        + d.C("hội viên nữ 9.318 người", "subset", note="9.318 ≤ 16.742 hội viên và ≤ 10.458 người cao tuổi nữ") + ", "
        + d.sh(9318, 16742, pre="chiếm ") + ". Đội ngũ 92 chi hội trưởng có 68 đồng chí là đảng viên ("
        + d.sh(68, 92, pre="") + "); tuổi bình quân của chi hội trưởng là 68,4 tuổi. Hằng năm, 100% cán bộ chủ chốt Hội cơ sở được tập huấn nghiệp vụ công tác Hội.")
    d.P("Kết quả xếp loại chi hội năm 2025: vững mạnh 71 chi hội ("
        + d.sh(71, 92, pre="") + "), khá 17 chi hội (" + d.sh(17, 92, pre="", mode="trunc") + "), trung bình 04 chi hội, không có chi hội yếu ("
        + d.sm(92, [71, 17, 4], pre="cộng ", suf=" chi hội") + "); tỷ lệ chi hội vững mạnh "
        + d.C("tăng 5,2% so với đầu nhiệm kỳ", "points",
              note="điểm phần trăm 77,17 − 73,35 = 3,82 không khớp; đọc tương đối (77,17 / 73,35 − 1) × 100 = %s %% → 5,2%% khớp" % X((fr("77.17") / fr("73.35") - 1) * 100))
        + " (73,35%). Ban Chấp hành Hội huyện khóa V có 15 ủy viên, trong đó "
        + d.C("nữ 04 ủy viên", "subset", note="04 ≤ 15") + "; Ban Thường vụ 05 đồng chí, Ban Kiểm tra 03 đồng chí.")
    d.P("2. Công tác chăm sóc người cao tuổi")
    d.P("Trong nhiệm kỳ, các cấp Hội phối hợp với chính quyền tổ chức chúc thọ, mừng thọ cho "
        + d.sm(21436, [9812, 6934, 3948, 742], pre="", suf=" lượt người cao tuổi") + ", gồm: tuổi 70 và 75: 9.812 lượt; tuổi 80 và 85: 6.934 lượt; tuổi 90 và 95: 3.948 lượt; tuổi 100 và trên 100: 742 lượt; bình quân mỗi năm "
        + d.ra(21436, 5, dp=0, pre="", suf=" lượt", mult=True, note="21.436 lượt / 05 năm") + ". Tổng kinh phí mừng thọ 4.286,4 triệu đồng, bình quân "
        + d.C("khoảng 200.000 đồng/lượt", "ratio", note="4.286,4 triệu đồng / 21.436 lượt = 199.963 đồng ≈ 200.000 (có chữ 'khoảng')") + ".")
    d.P("Người từ 80 tuổi trở lên được hưởng trợ cấp xã hội hằng tháng 2.538 người, "
        + d.sh(2538, 2614, pre="chiếm ", suf="% số người từ 80 tuổi trở lên", mode="bad", shown="13.41", basedesc="2.614 người từ 80 tuổi",
               note="13,41% = 2.538 / 18.926 (chia cho tổng số người cao tuổi, sai mẫu số)") + "; 100% người cao tuổi có thẻ bảo hiểm y tế; ngành y tế lập hồ sơ theo dõi sức khỏe cho 15.870 người cao tuổi, "
        + d.sh(15870, 18926, pre="đạt ", basedesc="18.926 người cao tuổi") + ". Hội đã vận động xây dựng, sửa chữa "
        + d.sm(64, [41, 23], pre="", suf=" căn nhà") + " cho hội viên khó khăn về nhà ở (xây mới 41 căn, sửa chữa 23 căn). "
        "Nhân dịp Tết Nguyên đán, các cấp Hội phối hợp tặng 17.250 suất quà cho người cao tuổi có hoàn cảnh khó khăn, bình quân "
        + d.ra(17250, 5, dp=0, pre="", suf=" suất/năm", mult=True, note="17.250 suất / 05 năm") + ", tổng giá trị 5.175 triệu đồng, "
        + d.C("bình quân 300.000 đồng/suất", "ratio", note="5.175 triệu đồng / 17.250 suất = 300.000 đồng") + ".")
    d.P("Quỹ Chăm sóc và phát huy vai trò người cao tuổi đến 31/12/2025 có 2.846,7 triệu đồng (quỹ cấp huyện 312,5 triệu đồng, "
        + d.C("quỹ cơ sở 2.543,2 triệu đồng", "sum", "inconsistent", "quỹ cơ sở 2.534,2 triệu đồng",
              "312,5 + 2.543,2 = 2.855,7 ≠ 2.846,7; tổng 2.846,7 được mức tăng 1.214,3 (= 2.846,7 − 1.632,4) xác nhận, nên quỹ cơ sở phải là 2.534,2 (đảo chữ số)")
        + "), " + d.df("2846.7", "1632.4", dp=1, suf=" triệu đồng") + " so với đầu nhiệm kỳ (1.632,4 triệu đồng), "
        + d.ra("2846.7", "1632.4", pre="gấp ", suf=" lần", mult=True, mode="bad", shown="1.47", note="đảo chữ số (1,74 → 1,47)") + "; bình quân "
        + d.C("170 nghìn đồng/hội viên", "ratio", note="2.846,7 triệu đồng / 16.742 hội viên = 170.034 đồng → 170 nghìn") + ".")
    d.P("Phong trào thể dục, thể thao, văn hóa, văn nghệ trong người cao tuổi phát triển: có 9.842 người cao tuổi thường xuyên tập luyện thể dục, thể thao, "
        + d.sh(9842, 18926, dp=1, pre="chiếm ", suf="% số người cao tuổi") + "; nhiều đội văn nghệ, câu lạc bộ đờn ca tài tử của người cao tuổi tham gia các hội thi, hội diễn do huyện, tỉnh tổ chức và đạt giải cao.")
    d.P("3. Phát huy vai trò người cao tuổi")
    d.P("Toàn huyện có 38 câu lạc bộ liên thế hệ tự giúp nhau với "
        + d.sm(1824, [1312, 512], pre="", suf=" thành viên") + " (người cao tuổi 1.312, người trẻ 512; người cao tuổi "
        + d.sh(1312, 1824, pre="chiếm ") + "); 146 câu lạc bộ dưỡng sinh, văn nghệ, thơ ca; "
        + d.C("tổng số 172 câu lạc bộ", "sum", "ambiguous",
              note="38 + 146 = 184 > 172; một số câu lạc bộ liên thế hệ có thể đồng thời sinh hoạt dưỡng sinh, văn nghệ (tính trùng) – không quyết định được")
        + " người cao tuổi.")
    d.P("Người cao tuổi tích cực tham gia phát triển kinh tế: 2.318 người cao tuổi làm kinh tế giỏi, "
        + d.ra(2318, 2016, dp=0, pre="tăng ", suf="%", growth=True) + " so với nhiệm kỳ trước (2.016 người); trong đó "
        + d.sm(416, [291, 112, 13], pre="", suf=" người") + " đạt danh hiệu sản xuất, kinh doanh giỏi các cấp (cấp huyện 291, cấp tỉnh 112, Trung ương 13).")
    d.P("Có 1.087 người cao tuổi tham gia cấp ủy, chính quyền, Mặt trận Tổ quốc, đoàn thể ở cơ sở, trong đó tham gia cấp ủy 214 người, đại biểu HĐND xã 168 người, Ban Công tác Mặt trận ấp, khóm 452 người, "
        + d.C("chi hội trưởng các đoàn thể 317 người", "sum", "ambiguous",
              note="214 + 168 + 452 + 317 = 1.151 > 1.087; một người có thể giữ nhiều vai trò – không quyết định được")
        + ". Người cao tuổi tham gia tổ hòa giải ở cơ sở 412 người, đã hòa giải thành "
        + d.C("286/317 vụ việc", "fraction", note="286 ≤ 317 vụ việc đưa ra hòa giải") + ", "
        + d.sh(286, 317, pre="đạt ", kind="fraction") + ".")
    d.P("Phong trào \"Tuổi cao - gương sáng\" được hưởng ứng sâu rộng: trong nhiệm kỳ đã bình chọn 2.135 gương người cao tuổi tiêu biểu, "
        + d.df(2135, 1763, suf=" gương") + " so với nhiệm kỳ trước (1.763 gương), trong đó "
        + d.C("186 gương", "subset", note="186 ≤ 2.135") + " được Hội Người cao tuổi tỉnh và Trung ương Hội khen thưởng. Hội Người cao tuổi huyện được Trung ương Hội Người cao tuổi Việt Nam tặng Bằng khen 01 lần, UBND tỉnh tặng Bằng khen 02 lần; "
        + d.C("08/12 Hội cơ sở", "fraction", note="08 ≤ 12 Hội cơ sở") + " được Hội Người cao tuổi tỉnh tặng Giấy khen.")
    d.P("III. ĐÁNH GIÁ CHUNG")
    d.P("Nhiệm kỳ 2021 - 2026, các chỉ tiêu Nghị quyết Đại hội lần thứ V cơ bản đạt và vượt: hội viên đạt "
        + d.C("16.472 người", "repeat", "inconsistent", "16.742 người", "Mục II.1 nêu 16.742 hội viên (88,46% của 18.926); 16.472 là đảo chữ số")
        + "; quỹ hội đạt " + d.C("gần 2,85 tỷ đồng", "repeat", note="2.846,7 triệu đồng = 2,8467 tỷ ≈ 2,85 tỷ (có chữ 'gần')")
        + ", " + d.df("2846.7", "1632.4", dp=1, pre="", suf=" triệu đồng", word="tăng thêm") + " "
        + d.C("so với nhiệm kỳ 2011 - 2016", "term", "inconsistent", "so với nhiệm kỳ 2016 - 2021",
              "1.632,4 triệu đồng là quỹ cuối nhiệm kỳ 2016 - 2021 (chú thích); nhiệm kỳ liền trước của 2021 - 2026 là 2016 - 2021")
        + "; tổ chức chúc thọ, mừng thọ "
        + d.C("21.436 lượt", "repeat", note="trùng mục II.2") + ". Đến thời điểm Đại hội, toàn huyện có "
        + d.C("19.104 người cao tuổi", "repeat", "ambiguous",
              note="Mục I nêu 18.926 người cao tuổi đến 31/12/2025; 19.104 là số 'đến thời điểm Đại hội' (tháng 3/2026), có thể đã tăng thật – không quyết định được")
        + ".")
    d.P("Ngành y tế phối hợp với Hội tổ chức khám sức khỏe định kỳ cho 52.318 lượt người cao tuổi trong nhiệm kỳ, bình quân "
        + d.ra(52318, 18926, dp=2, pre="", suf=" lượt/người", mult=True, note="52.318 lượt / 18.926 người cao tuổi") + "; khám, cấp thuốc miễn phí cho 8.640 lượt người cao tuổi thuộc hộ nghèo, cận nghèo. "
        "Nguyên nhân của kết quả: có sự lãnh đạo, chỉ đạo sát sao của cấp ủy, sự phối hợp của chính quyền, Mặt trận Tổ quốc và các đoàn thể; đội ngũ cán bộ Hội nhiệt tình, trách nhiệm; phần lớn hội viên đoàn kết, gương mẫu, tích cực tham gia các phong trào ở khu dân cư.")
    d.P("Hạn chế: hoạt động của một số chi hội còn hình thức; việc phát triển hội viên ở thị trấn còn chậm; nguồn quỹ hội ở một số xã thấp; công tác phối hợp chăm sóc sức khỏe ban đầu cho người cao tuổi ở vùng sâu chưa thường xuyên. Nguyên nhân chủ yếu là cán bộ Hội ở cơ sở tuổi cao, thường xuyên thay đổi; kinh phí hoạt động hạn hẹp; một bộ phận người cao tuổi còn khó khăn về kinh tế nên chưa tham gia sinh hoạt Hội thường xuyên.")
    d.P("Phần thứ hai")
    d.P("PHƯƠNG HƯỚNG, NHIỆM VỤ NHIỆM KỲ 2026 - 2031")
    d.P("Phấn đấu đến năm 2031: tỷ lệ hội viên đạt trên 92% số người cao tuổi, "
        + d.pt("92", "88.46", pre="", word="tăng thêm", suf="% so với năm 2025") + "; 100% chi hội xếp loại khá trở lên, trong đó trên 85% vững mạnh; Quỹ Chăm sóc và phát huy vai trò người cao tuổi bình quân đạt ... nghìn đồng/hội viên; 100% người cao tuổi được lập hồ sơ theo dõi sức khỏe; thành lập mới ít nhất 12 câu lạc bộ liên thế hệ tự giúp nhau, mỗi xã, thị trấn ít nhất 01 câu lạc bộ.")
    d.P("Nhiệm vụ, giải pháp chủ yếu: tiếp tục đổi mới nội dung, phương thức hoạt động của Hội theo hướng hướng về cơ sở; nâng cao chất lượng chi hội, tổ hội; phát triển mạnh mô hình câu lạc bộ liên thế hệ tự giúp nhau, câu lạc bộ sức khỏe; vận động xây dựng Quỹ Chăm sóc và phát huy vai trò người cao tuổi bằng nhiều hình thức; phối hợp chăm sóc sức khỏe ban đầu, thực hiện đầy đủ, kịp thời chế độ, chính sách đối với người cao tuổi, nhất là người cao tuổi cô đơn, khuyết tật, thuộc hộ nghèo; phát huy vai trò người cao tuổi trong xây dựng Đảng, chính quyền, xây dựng nông thôn mới và giữ gìn an ninh trật tự ở khu dân cư.")
    d.P("Đại hội triệu tập "
        + d.sm(150, [15, 135], pre="", suf=" đại biểu chính thức") + " (đại biểu đương nhiên là Ủy viên Ban Chấp hành khóa V 15, đại biểu được bầu từ "
        + d.C("12/12 Hội cơ sở", "fraction", note="12/12 = 12 Hội cơ sở nêu ở mục II.1") + " 135).")
    T = ["", "\tTM. BAN CHẤP HÀNH", "CHỦ TỊCH", "", "", "Nguyễn Văn Tư"]
    d.FNOTE("Nhiệm kỳ 2016 - 2021, toàn huyện có 15.424 hội viên; quỹ hội đến cuối nhiệm kỳ là "
            + d.C("1.632,4 triệu đồng", "repeat", note="trùng số quỹ đầu nhiệm kỳ ở mục II.2") + "; tỷ lệ hội viên trên số người cao tuổi "
            + d.C("85,34%", "repeat", note="trùng tỷ lệ đầu nhiệm kỳ ở mục II.1") + ".")
    return d, H, T




# ================================================================ main
def main():
    rows = []
    tot = Counter()
    for fn in DRAFTS:
        d, header, tail = fn()
        txt, claims = d.build(header, tail)
        kv = Counter((c["kind"], c["verdict"]) for c in claims)
        v = Counter(c["verdict"] for c in claims)
        k = Counter(c["kind"] for c in claims)
        rows.append((d.fname, len(txt), len(claims), v, k, kv))
        tot.update(kv)
        print("%-32s chars=%5d claims=%3d  %s" % (d.fname, len(txt), len(claims), dict(v)))
    write_summary(rows, tot)


KINDS = ["sum", "subset", "share", "fraction", "difference", "points", "ratio", "repeat", "term"]
VERD = ["consistent", "rounding", "inconsistent", "ambiguous"]


def write_summary(rows, tot):
    out = ["# p11 prose set – summary", "",
           "Generated by `make.py` (exact arithmetic: Fraction + Decimal, ROUND_HALF_UP). Counts only.", "",
           "## Per draft", "",
           "| file | characters | claims | consistent | rounding | inconsistent | ambiguous |",
           "|---|---:|---:|---:|---:|---:|---:|"]
    for f, n, c, v, k, kv in rows:
        out.append("| %s.txt | %d | %d | %d | %d | %d | %d |" % (f, n, c, v["consistent"], v["rounding"], v["inconsistent"], v["ambiguous"]))
    out.append("| **total** | %d | %d | %d | %d | %d | %d |" % (
        sum(r[1] for r in rows), sum(r[2] for r in rows),
        *[sum(r[3][x] for r in rows) for x in VERD]))
    out += ["", "## Per draft and kind", "", "| file | " + " | ".join(KINDS) + " |", "|---|" + "---:|" * len(KINDS)]
    for f, n, c, v, k, kv in rows:
        out.append("| %s | " % f + " | ".join(str(k[x]) for x in KINDS) + " |")
    out += ["", "## Kind × verdict (all drafts)", "", "| kind | " + " | ".join(VERD) + " | total |", "|---|" + "---:|" * (len(VERD) + 1)]
    for x in KINDS:
        out.append("| %s | " % x + " | ".join(str(tot[(x, y)]) for y in VERD) + " | %d |" % sum(tot[(x, y)] for y in VERD))
    out.append("| **total** | " + " | ".join(str(sum(tot[(x, y)] for x in KINDS)) for y in VERD) + " | %d |" % sum(tot.values()))
    out.append("")
    with open(os.path.join(HERE, "SUMMARY.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    main()
