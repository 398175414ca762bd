#!/usr/bin/env python3
"""Generator of the sealed evaluation set heldout23.

Writes prose/<name>.txt (one paragraph per line) and prose/<name>.labels.json
for six Vietnamese report drafts, then SUMMARY.md.  Every expected value is
computed here with decimal.Decimal and ROUND_HALF_UP; every anchor is asserted
to be an exact, unique substring of its line that contains the judged figure.

Standard library only.  Run:  python3 make.py
"""
import collections
import json
import os
import re
from decimal import Decimal as D, ROUND_HALF_UP, ROUND_DOWN, getcontext

getcontext().prec = 40
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "prose")
FN = "[\ufffd] "  # footnote line prefix, as the shared drafts are exported


# ---------------------------------------------------------------- numbers
def q(x, p):
    """Round half up to p decimals."""
    return D(x).quantize(D(1).scaleb(-p), rounding=ROUND_HALF_UP)


def tr(x, p):
    """Truncate to p decimals (the clerk's habit)."""
    return D(x).quantize(D(1).scaleb(-p), rounding=ROUND_DOWN)


def vn(x, p=0, pad=False, sep="."):
    """vi-VN format: '.' thousands, ',' decimals; pad: leading zero under 10."""
    x = q(D(x), p)
    neg = x < 0
    s = f"{abs(x):.{p}f}"
    ip, _, fp = s.partition(".")
    if sep:
        g = []
        while len(ip) > 3:
            g.insert(0, ip[-3:])
            ip = ip[:-3]
        g.insert(0, ip)
        ip = sep.join(g)
    if pad and p == 0 and abs(x) < 10:
        ip = ip.zfill(2)
    r = ip + ("," + fp if p > 0 else "")
    return ("-" if neg else "") + r


def pct_exact(a, b):
    return D(a) / D(b) * 100


# ---------------------------------------------------------------- claims
class C:
    """A labelled claim.  str(c) is the figure as written in the draft."""
    _all = []

    def __init__(self, kind, fig, verdict, right=None, note=""):
        assert kind in ("sum", "subset", "share", "fraction", "difference",
                        "points", "ratio", "repeat", "term"), kind
        assert verdict in ("consistent", "rounding", "inconsistent", "ambiguous")
        if verdict in ("rounding", "inconsistent"):
            assert right is not None, (kind, fig)
        self.kind, self.fig, self.verdict, self.right, self.note = kind, fig, verdict, right, note
        self.used = False
        C._all.append(self)

    def __str__(self):
        return self.fig


def _verdict_pct(stated, exact, p):
    right = q(exact, p)
    if stated == right:
        return "consistent", right
    if stated == tr(exact, p) or abs(stated - right) == D(1).scaleb(-p):
        return "rounding", right
    return "inconsistent", right


def share(part, base, p=2, stated=None, trunc=False, expect="consistent",
          kind="share", note="", pfmt=None):
    """stated % = part / base * 100 (kind share, or ratio for current/previous)."""
    exact = pct_exact(part, base)
    if trunc:
        stated = tr(exact, p)
    if stated is None:
        stated = q(exact, p)
    stated = D(stated)
    v, right = _verdict_pct(stated, exact, p)
    assert v == expect, (kind, part, base, stated, v, expect)
    fmt = pfmt or (lambda x: vn(x, p))
    n = f"{fmt_any(part)} / {fmt_any(base)} × 100 = {vn(exact, 4)} % → {vn(right, p)}%"
    if v != "consistent":
        n += f"; written {fmt(stated)}%"
        if v == "rounding":
            n += " (truncated, not rounded half up)"
    if note:
        n += ". " + note
    return C(kind, fmt(stated), v, None if v == "consistent" else vn(right, p) + "%", n)


def ratio(cur, prev, p=1, **kw):
    kw.setdefault("kind", "ratio")
    return share(cur, prev, p, **kw)


def times(cur, prev, p=2, stated=None, expect="consistent", note=""):
    """'gấp N lần' = cur / prev."""
    exact = D(cur) / D(prev)
    if stated is None:
        stated = q(exact, p)
    stated = D(stated)
    v, right = _verdict_pct(stated, exact, p)
    assert v == expect, (cur, prev, stated, v)
    n = f"{fmt_any(cur)} / {fmt_any(prev)} = {vn(exact, 4)} → {vn(right, p)} lần"
    if v != "consistent":
        n += f"; written {vn(stated, p)}"
    if note:
        n += ". " + note
    return C("ratio", vn(stated, p), v, None if v == "consistent" else vn(right, p), n)


def rel(cur, prev, p=1, stated=None, expect="consistent", note="", trunc=False, word="tăng"):
    """'tăng/giảm X%' read as a relative change: (cur/prev - 1) * 100."""
    exact = (D(cur) / D(prev) - 1) * 100
    if word == "giảm":
        exact = -exact
    if trunc:
        stated = tr(exact, p)
    if stated is None:
        stated = q(exact, p)
    stated = D(stated)
    v, right = _verdict_pct(stated, exact, p)
    assert v == expect, (cur, prev, stated, v)
    n = f"({fmt_any(cur)} / {fmt_any(prev)} − 1) × 100 = {vn(exact, 4)} % → {vn(right, p)}%"
    if v != "consistent":
        n += f"; written {vn(stated, p)}%"
        if v == "rounding":
            n += " (truncated, not rounded half up)"
    if note:
        n += ". " + note
    return C("ratio", vn(stated, p), v, None if v == "consistent" else vn(right, p) + "%", n)


def fmt_any(x):
    x = D(x)
    e = -x.as_tuple().exponent
    return vn(x, max(0, e))


def sum_(parts, stated=None, p=0, pad=False, expect="consistent", kind="sum", note=""):
    """stated total = sum(parts) ('gồm', 'chia ra', or a full breakdown)."""
    comp = sum(D(x) for x in parts)
    if stated is None:
        stated = comp
    stated = D(stated)
    v = "consistent" if stated == comp else "inconsistent"
    assert v == expect, ("sum", parts, stated, comp)
    n = " + ".join(vn(x, p) for x in parts) + f" = {vn(comp, p)}"
    if v != "consistent":
        n += f"; written {vn(stated, p, pad)}"
    if note:
        n += ". " + note
    return C(kind, vn(stated, p, pad), v, None if v == "consistent" else vn(comp, p, pad), n)


def subset(parent, parts, fig, p=0, expect="consistent", note=""):
    """'trong đó' parts: each (and, for one dimension, their sum) <= parent."""
    ok = all(D(x) <= D(parent) for x in parts)
    v = "consistent" if ok else "inconsistent"
    assert v == expect
    n = ", ".join(vn(x, p) for x in parts) + f" each ≤ {vn(parent, p)}"
    if note:
        n += ". " + note
    return C("subset", fig, v, None if ok else "≤ " + vn(parent, p), n)


def diff(cur, prev, word, stated=None, p=0, pad=False, expect="consistent", kind="difference",
         note="", unit=""):
    """'tăng/giảm N' = current - previous, word must agree with the sign."""
    comp = D(cur) - D(prev)
    rw = "tăng" if comp > 0 else "giảm"
    up = {"tăng": "tăng", "giảm": "giảm", "cao hơn": "tăng", "thấp hơn": "giảm",
          "vượt": "tăng", "hụt": "giảm", "nhiều hơn": "tăng", "ít hơn": "giảm"}[word]
    if stated is None:
        stated = abs(comp)
    stated = D(stated)
    v = "consistent" if (up == rw and stated == abs(comp)) else "inconsistent"
    assert v == expect, ("diff", cur, prev, word, stated, comp)
    n = f"{vn(cur, p)} − {vn(prev, p)} = {vn(comp, p)}{unit}"
    if v != "consistent":
        n += f"; written '{word} {vn(stated, p, pad)}'"
    if note:
        n += ". " + note
    return C(kind, vn(stated, p, pad), v, None if v == "consistent" else f"{rw} {vn(abs(comp), p, pad)}", n)


def points(cur, prev, word, stated=None, p=2, expect="consistent", note=""):
    """A change of a percentage, read in percentage points (both readings noted)."""
    comp = D(cur) - D(prev)
    relx = (D(cur) / D(prev) - 1) * 100
    c = diff(cur, prev, word, stated, p, expect=expect, kind="points",
             note=(f"points reading {vn(comp, p)}; relative reading {vn(relx, 2)}%"
                   + (". " + note if note else "")))
    return c


def frac(a, b, pct=None, p=2, stated_pct=None, whole=None, expect="consistent", pad=False, note=""):
    """'a/b' (part/whole); checks a <= b, b == whole stated elsewhere, and the % after it."""
    fig = f"{vn(a, 0, pad)}/{vn(b, 0, pad)}"
    probs = []
    right = None
    if D(a) > D(b):
        probs.append("part > whole")
    if whole is not None and D(b) != D(whole):
        probs.append(f"whole {vn(b)} ≠ {vn(whole)} stated elsewhere")
        right = f"{vn(a, 0, pad)}/{vn(whole, 0, pad)}"
    n = f"{vn(a)} ≤ {vn(b)}"
    if whole is not None:
        n += f"; whole = {vn(whole)} stated elsewhere"
    pstr = None
    if pct:
        exact = pct_exact(a, b)
        st = q(exact, p) if stated_pct is None else D(stated_pct)
        pstr = vn(st, p)
        n += f"; {vn(a)}/{vn(b)} × 100 = {vn(exact, 4)} % → {vn(q(exact, p), p)}%"
        if st != q(exact, p):
            probs.append(f"written {pstr}%")
            right = right or f"{vn(q(exact, p), p)}%"
    v = "consistent" if not probs else "inconsistent"
    if pct and stated_pct is not None and len(probs) == 1 and D(stated_pct) == tr(pct_exact(a, b), p):
        v = "rounding"
    assert v == expect, ("frac", a, b, probs)
    if probs:
        n += "; " + "; ".join(probs)
    if note:
        n += ". " + note
    c = C("fraction", fig, v, right, n)
    c.pct = pstr
    return c


def repeat(stated, orig, p=0, pad=False, expect="consistent", note="", where=""):
    """The same quantity restated later must keep its value."""
    v = "consistent" if D(stated) == D(orig) else "inconsistent"
    assert v == expect, ("repeat", stated, orig)
    n = f"restates {vn(orig, p, pad)}{(' (' + where + ')') if where else ''}"
    if v != "consistent":
        n += f"; written {vn(stated, p, pad)}"
    if note:
        n += ". " + note
    return C("repeat", vn(stated, p, pad), v, None if v == "consistent" else vn(orig, p, pad), n)


def term(stated, right, expect="consistent", note=""):
    """The period named in a comparison must be the one before the claim's own period."""
    v = "consistent" if stated == right else "inconsistent"
    assert v == expect, ("term", stated, right)
    n = f"compared period should be {right}"
    if v != "consistent":
        n += f"; written {stated}"
    if note:
        n += ". " + note
    return C("term", stated, v, None if v == "consistent" else right, n)


def amb(kind, fig, note):
    """A claim a careful reader could not decide from the text."""
    return C(kind, fig, "ambiguous", None, note)


# ---------------------------------------------------------------- documents
MARK = re.compile(r"⟦(.*?)⟧")


class Doc:
    def __init__(self, name, office, subject):
        self.name, self.office, self.subject = name, office, subject
        self.lines, self.claims = [], []

    def add(self, text, *claims):
        anchors = MARK.findall(text)
        assert len(anchors) == len(claims), (self.name, len(self.lines) + 1, anchors, len(claims))
        plain = text.replace("⟦", "").replace("⟧", "")
        assert "⟦" not in plain and "⟧" not in plain and "\n" not in plain
        no = len(self.lines) + 1
        for a, c in zip(anchors, claims):
            assert isinstance(c, C), (self.name, no, a)
            assert not c.used, (self.name, no, a)
            c.used = True
            assert plain.count(a) == 1, (self.name, no, "anchor not unique", a)
            assert str(c) in a, (self.name, no, "figure not in anchor", str(c), a)
            lab = {"line": no, "anchor": a, "kind": c.kind, "verdict": c.verdict}
            if c.right is not None:
                lab["right"] = c.right
            lab["note"] = c.note
            self.claims.append(lab)
        self.lines.append(plain)
        return no

    def text(self):
        return "\n".join(self.lines) + "\n"


# ================================================================ drafts
DRAFTS = []


def draft(f):
    DRAFTS.append(f)
    return f


def calc(kind, stated, computed, p=0, pad=False, expect="consistent", note=""):
    """Generic: a stated value that must equal a value computed from the text."""
    v = "consistent" if D(stated) == D(computed) else "inconsistent"
    assert v == expect, (kind, stated, computed)
    n = note + ("; " if note else "") + f"computed {vn(computed, p, pad)}"
    if v != "consistent":
        n += f"; written {vn(stated, p, pad)}"
    return C(kind, vn(stated, p, pad), v, None if v == "consistent" else vn(computed, p, pad), n)


def m(x, p=2):
    return vn(D(x), p)


# ---------------------------------------------------------------- h23-01
@draft
def h23_01():
    d = Doc("h23-01-cap-nuoc", "Công ty Cổ phần Cấp nước Quảng Trị", "clean water supply company, annual report 2024")
    d.add("CÔNG TY CỔ PHẦN CẤP NƯỚC QUẢNG TRỊ")
    d.add("Số: 18/BC-CNQT")
    d.add("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    d.add("Độc lập - Tự do - Hạnh phúc")
    d.add("Quảng Trị, ngày 15 tháng 01 năm 2025")
    d.add("BÁO CÁO")
    d.add("Kết quả sản xuất, kinh doanh năm 2024 và kế hoạch năm 2025")
    d.add("-----")
    d.add("Căn cứ Nghị quyết số 01/NQ-ĐHĐCĐ ngày 26/4/2024 của Đại hội đồng cổ đông thường niên năm 2024 và Quyết định số 2315/QĐ-UBND ngày 08/10/2024 của UBND tỉnh về giá tiêu thụ nước sạch trên địa bàn tỉnh, Công ty báo cáo kết quả sản xuất, kinh doanh năm 2024 như sau:")
    d.add("I. ĐẶC ĐIỂM TÌNH HÌNH")
    nn, kh = D("126.38"), D("42.12")
    c1 = sum_([nn, kh], p=2)
    c2 = share(nn, nn + kh, 2)
    cs = [30000, 12000, 8500, 10000, 14000]
    c3 = sum_(cs)
    c4 = sum_([1, 1, 1, 1, 5], pad=True)
    c5 = sum_([214, 1072])
    d.add(f"Công ty có vốn điều lệ ⟦{c1} tỷ đồng⟧ (vốn nhà nước do UBND tỉnh làm đại diện chủ sở hữu {m(nn)} tỷ đồng, ⟦chiếm {c2}%⟧; vốn của các cổ đông khác {m(kh)} tỷ đồng); quản lý, vận hành ⟦{c4} nhà máy nước⟧ với tổng công suất thiết kế ⟦{c3} m³/ngày đêm⟧, gồm Nhà máy nước Đông Hà {vn(30000)} m³/ngày đêm, Ái Tử {vn(12000)} m³/ngày đêm, Gio Linh {vn(8500)} m³/ngày đêm, Hồ Xá {vn(10000)} m³/ngày đêm và 05 nhà máy khu vực nông thôn, miền núi {vn(14000)} m³/ngày đêm. Đầu năm 2024, Công ty quản lý ⟦{c5} km⟧ đường ống cấp nước (tuyến truyền tải 214 km, tuyến phân phối {vn(1072)} km) tại 07 huyện, thị xã, thành phố.", c1, c2, c4, c3, c5)
    ld = [31, 74, 307]
    c6 = sum_(ld)
    c7 = subset(412, [97, 138, 86], "nữ 97 người")
    c8 = share(138, 412, 2, trunc=True, expect="rounding")
    c9 = share(307, 412, 1)
    c10 = diff(412, 406, "giảm", expect="inconsistent", pad=True,
               note="the total rose from 406 to 412; the word should be 'tăng'")
    tu = [64, 251, 97]
    c11 = sum_(tu)
    d.add(f"Tổng số lao động đến 31/12/2024 là ⟦{c6} người⟧ (gồm 31 viên chức quản lý, 74 lao động gián tiếp và 307 lao động trực tiếp vận hành, sửa chữa, ghi thu), trong đó ⟦nữ 97 người⟧, đảng viên 138 người (⟦{c8}%⟧), đoàn viên thanh niên 86 người; lao động trực tiếp ⟦chiếm {c9}%⟧. So với cùng thời điểm năm trước (406 người), lao động ⟦giảm {c10} người⟧ do tiếp nhận thêm công nhân cho Nhà máy nước Hồ Xá. Xét theo độ tuổi, ⟦{c11} lao động⟧ nói trên có 64 người dưới 30 tuổi, 251 người từ 30 đến 50 tuổi và 97 người trên 50 tuổi.", c6, c7, c8, c9, c10, c11)
    d.add("Năm 2024, mưa lũ cuối tháng 10 làm hư hỏng nhiều tuyến ống qua cầu; giá điện, hóa chất tăng, giá nước sạch chỉ được điều chỉnh từ ngày 01/11/2024. Tuy vậy, Công ty cơ bản hoàn thành các chỉ tiêu kế hoạch.")
    d.add("II. KẾT QUẢ THỰC HIỆN NĂM 2024")
    d.add("1. Sản xuất và tiêu thụ nước sạch")
    sx, sxkh, sx23 = 25864300, 25330000, 24309700
    tp = [16148200, 1203900, 2156400, 1429100]
    TP = sum(tp)
    c12 = ratio(sx, sxkh, 1)
    c13 = ratio(sx, sx23, 1)
    c14 = term("năm 2023", "năm 2023")
    c15 = share(11624500, sx, 2)
    c16 = sum_(tp)
    c17 = share(16148200, TP, 2, stated=q(pct_exact(16148200, sx), 2), expect="inconsistent",
                note="the sentence names nước thương phẩm as base, but 62,43% = 16.148.200 / 25.864.300 (nước sản xuất)")
    c18 = share(2156400, TP, 2, trunc=True, expect="rounding")
    d.add(f"Tổng sản lượng nước sạch sản xuất đạt {vn(sx)} m³, ⟦đạt {c12}% kế hoạch⟧ năm ({vn(sxkh)} m³) và ⟦bằng {c13}%⟧ ⟦so với {c14}⟧ ({vn(sx23)} m³); riêng Nhà máy nước Đông Hà sản xuất {vn(11624500)} m³, ⟦chiếm {c15}% tổng sản lượng⟧. Sản lượng nước thương phẩm ⟦{c16} m³⟧, chia ra: sinh hoạt hộ gia đình {vn(tp[0])} m³ (⟦chiếm {c17}% sản lượng nước thương phẩm⟧); cơ quan, hành chính sự nghiệp {vn(tp[1])} m³; sản xuất vật chất {vn(tp[2])} m³ (⟦{c18}%⟧); kinh doanh, dịch vụ {vn(tp[3])} m³.", c12, c13, c14, c15, c16, c17, c18)
    c19 = share(sx - TP, sx, 2, note="part = 25.864.300 − 20.937.600 = 4.926.700 m³")
    c20 = points(q(pct_exact(sx - TP, sx), 2), D("20.42"), "giảm")
    c21 = term("năm 2022", "năm 2023", expect="inconsistent",
               note="20,42% is the 2023 rate (footnote); an annual 2024 report compares with 2023")
    khs = [73942, 1386, 1105, 2182]
    KH = sum(khs)
    c22 = sum_(khs)
    c23 = share(73942, KH, 2, trunc=True, expect="rounding")
    c24 = diff(KH, 75133, "tăng", note="also 3.917 new connections − 435 terminated = 3.482")
    c25 = amb("ratio", "4.634", "3.482 / 75.133 = 4,634 %; written '4.634%' with a dot: 4,634 % or 4.634 % cannot be told from the notation")
    d.add(f"Tỷ lệ nước thất thoát, thất thu còn ⟦{c19}%⟧, ⟦giảm {c20}%⟧ ⟦so với {c21}⟧ (20,42%). Đến 31/12/2024, Công ty cung cấp nước cho ⟦{c22} khách hàng⟧ (hộ gia đình {vn(khs[0])}, chiếm ⟦{c23}%⟧; cơ quan, đơn vị sự nghiệp {vn(khs[1])}; doanh nghiệp, cơ sở sản xuất {vn(khs[2])}; hộ kinh doanh, dịch vụ {vn(khs[3])}); trong năm lắp đặt mới {vn(3917)} đồng hồ, thanh lý 435 hợp đồng nên số khách hàng ⟦tăng {c24}⟧ so với cuối năm trước (75.133 khách hàng), ⟦tăng {c25}%⟧.", c19, c20, c21, c22, c23, c24, c25)
    d.add("2. Đầu tư, phát triển mạng lưới")
    inv = [D("31.75"), D("11.48"), D("5.39")]
    INV = sum(inv)
    c26 = sum_(inv, p=2)
    c27 = ratio(INV, D("53.20"), 1)
    c28 = sum_([D("21.7"), D("64.7")], p=1)
    c29 = amb("subset", "17,9", "HDPE 58,2 + gang dẻo 14,6 + chuyển tải 17,9 = 90,7 km > 86,4 km; materials and a route may overlap (the route can be HDPE pipe) or be a mistaken disjoint list: cannot be decided")
    c30 = sum_([1286, D("86.4")], p=1, note="network at start of 2024 + new pipe laid in 2024")
    d.add(f"Tổng giá trị đầu tư xây dựng cơ bản thực hiện ⟦{c26} tỷ đồng⟧ (mở rộng mạng lưới {m(inv[0])} tỷ đồng; cải tạo, thay thế tuyến ống cũ {m(inv[1])} tỷ đồng; thiết bị, đồng hồ {m(inv[2])} tỷ đồng), ⟦đạt {c27}% kế hoạch⟧ vốn được Hội đồng quản trị phê duyệt tại Nghị quyết số 07/NQ-HĐQT ngày 22/02/2024 (53,20 tỷ đồng). Đã lắp đặt mới ⟦{c28} km⟧ đường ống (ống D110 - D315: 21,7 km; ống D50 - D90: 64,7 km), trong đó ống HDPE 58,2 km, ống gang dẻo 14,6 km, ⟦tuyến ống chuyển tải về Cam Lộ {c29} km⟧, nâng tổng chiều dài mạng lưới lên ⟦{c30} km⟧.", c26, c27, c28, c29, c30)
    c31 = sum_([D("22.40"), D("18.90"), D("7.23")], stated=INV, p=2, expect="inconsistent",
               note="22,40 + 18,90 + 7,32 = 48,62: '7,23' looks like two transposed digits")
    c32 = share(D("22.40"), INV, 2)
    c33 = frac(8, 10, pct=True, p=0, pad=True, whole=10)
    d.add(f"Nguồn vốn thực hiện gồm vốn khấu hao cơ bản 22,40 tỷ đồng (⟦chiếm {c32}%⟧), vốn vay Ngân hàng Phát triển 18,90 tỷ đồng và vốn ngân sách tỉnh hỗ trợ theo Quyết định số 1482/QĐ-UBND ngày 16/7/2024 là 7,23 tỷ đồng, ⟦cộng {c31} tỷ đồng⟧. Trong 10 hạng mục theo kế hoạch, đã nghiệm thu đưa vào sử dụng ⟦{c33} hạng mục, đạt {c33.pct}%⟧.", c32, c31, c33)
    d.add("3. Kết quả tài chính")
    dt = [D("128.35"), D("12.07"), D("2.44")]
    DT = sum(dt)
    c34 = sum_(dt, p=2)
    c35 = ratio(DT, D("131.42"), 1)
    c36 = amb("ratio", "100,9", "the adjusted plan is not stated; against the initial plan 138,50 it would be 103,1 %")
    c37 = share(dt[0], DT, 2)
    c38 = ratio(dt[0], D("118.64"), 1, stated=D("109.2"), expect="inconsistent", note="one-digit slip")
    c39 = term("năm 2023", "năm 2023")
    d.add(f"Tổng doanh thu năm 2024 đạt ⟦{c34} tỷ đồng⟧ (doanh thu tiền nước {m(dt[0])} tỷ đồng; xây lắp, dịch vụ {m(dt[1])} tỷ đồng; tài chính và thu nhập khác {m(dt[2])} tỷ đồng), ⟦bằng {c35}%⟧ so với năm trước (131,42 tỷ đồng) và ⟦đạt {c36}% kế hoạch điều chỉnh⟧ (kế hoạch Đại hội đồng cổ đông giao đầu năm là 138,50 tỷ đồng). Doanh thu tiền nước ⟦chiếm {c37}% tổng doanh thu⟧, ⟦bằng {c38}%⟧ ⟦so với {c39}⟧ (118,64 tỷ đồng).", c34, c35, c36, c37, c38, c39)
    cp = [D("14.86"), D("21.53"), D("48.27"), D("19.64"), D("22.61")]
    CP = sum(cp)
    LN = DT - CP
    c40 = sum_(cp, p=2)
    c41 = share(cp[2], CP, 2)
    c42 = calc("sum", LN, DT - CP, p=2, note="142,86 − 126,91 (doanh thu − chi phí)")
    c43 = ratio(LN, D("14.20"), 1)
    c44 = diff(LN, D("13.79"), "tăng", p=2)
    c45 = term("năm 2023", "năm 2023")
    d.add(f"Tổng chi phí ⟦{c40} tỷ đồng⟧, gồm nguyên vật liệu, hóa chất {m(cp[0])} tỷ đồng; điện năng {m(cp[1])} tỷ đồng (13,42 triệu kWh); tiền lương và các khoản theo lương {m(cp[2])} tỷ đồng (⟦chiếm {c41}% tổng chi phí⟧); khấu hao {m(cp[3])} tỷ đồng; chi phí khác {m(cp[4])} tỷ đồng. Lợi nhuận trước thuế ⟦{c42} tỷ đồng⟧, ⟦đạt {c43}% kế hoạch⟧ (14,20 tỷ đồng), ⟦tăng {c44} tỷ đồng⟧ ⟦so với {c45}⟧ (13,79 tỷ đồng).", c40, c41, c42, c43, c44, c45)
    ns = [D("6.41"), D("3.19"), D("1.86"), D("2.52"), D("0.75")]
    c46 = sum_(ns, stated=sum(ns[:4]), p=2, expect="inconsistent",
               note="13,98 = the first four parts only: 'khác 0,75' was left out of the total")
    c47 = rel(D("11.2"), D("10.6"), 1)
    d.add(f"Nộp ngân sách nhà nước ⟦{c46} tỷ đồng⟧ (thuế giá trị gia tăng {m(ns[0])} tỷ đồng, thuế thu nhập doanh nghiệp {m(ns[1])} tỷ đồng, thuế tài nguyên {m(ns[2])} tỷ đồng, phí bảo vệ môi trường đối với nước thải thu hộ {m(ns[3])} tỷ đồng, các khoản khác {m(ns[4])} tỷ đồng). Thu nhập bình quân của người lao động 11,2 triệu đồng/người/tháng, ⟦tăng {c47}%⟧ so với năm trước (10,6 triệu đồng).", c46, c47)
    d.add("4. Chất lượng nước và chăm sóc khách hàng")
    c48 = sum_([216, 384, 648])
    c49 = frac(1241, 1248, pct=True)
    c50 = sum_([1149, 7])
    c51 = share(1087, 1156, 2)
    d.add(f"Công ty đã lấy và xét nghiệm ⟦{c48} mẫu nước⟧ (nước thô 216 mẫu, nước sau xử lý tại nhà máy 384 mẫu, nước trên mạng lưới 648 mẫu); số mẫu đạt QCVN 01-1:2018/BYT là ⟦{c49} mẫu, đạt {c49.pct}%⟧. Tổng đài chăm sóc khách hàng tiếp nhận ⟦{c50} phản ánh⟧, đã giải quyết {vn(1149)} phản ánh, còn 07 phản ánh đang xử lý; số phản ánh được giải quyết trong ngày là {vn(1087)}, ⟦chiếm {c51}%⟧.", c48, c49, c50, c51)
    d.add("III. ĐÁNH GIÁ CHUNG")
    c52 = calc("repeat", D("25.86"), q(D(sx) / 1000000, 2), p=2, note="25.864.300 m³ restated in millions, rounded")
    c53 = repeat(D("15.59"), LN, p=2, expect="inconsistent", note="digits 9 and 5 swapped")
    c54 = amb("repeat", "3,482", "'phát triển mới 3,482': comma as thousands separator (3.482, the net increase) or 3.917 new connections? notation and quantity both unclear")
    c55 = amb("repeat", "421", "412 workers at 31/12/2024 vs 421 'hiện có' at the report date (01/2025): a typo (transposed digits) or a later headcount")
    c56 = repeat(q(pct_exact(sx - TP, sx), 2), q(pct_exact(sx - TP, sx), 2), p=2)
    c57 = repeat(DT, DT, p=2)
    d.add(f"Năm 2024, Công ty đã hoàn thành các chỉ tiêu chủ yếu: sản lượng nước sản xuất ⟦{c52} triệu m³⟧, tổng doanh thu ⟦{c57} tỷ đồng⟧, lợi nhuận trước thuế ⟦{c53} tỷ đồng⟧, tỷ lệ thất thoát, thất thu ⟦{c56}%⟧; phát triển mới ⟦{c54} khách hàng⟧. Tổng số lao động hiện có ⟦{c55} người⟧, việc làm và thu nhập ổn định. Hạn chế: tỷ lệ thất thoát tại Chi nhánh Vĩnh Linh còn cao, công nợ tiền nước chưa thu dứt điểm.", c52, c57, c53, c56, c54, c55)
    d.add("IV. KẾ HOẠCH NĂM 2025")
    c58 = rel(27150000, sx, 1)
    c59 = term("năm 2024", "năm 2024")
    c60 = points(D("18.50"), q(pct_exact(sx - TP, sx), 2), "giảm")
    c61 = rel(D("16.80"), LN, 1)
    c62 = ratio(D("62.40"), INV, 1)
    d.add(f"Sản lượng nước sản xuất {vn(27150000)} m³, ⟦tăng {c58}%⟧ so với thực hiện ⟦{c59}⟧; tỷ lệ thất thoát, thất thu dưới 18,50%, ⟦giảm {c60}%⟧; tổng doanh thu ... tỷ đồng; lợi nhuận trước thuế 16,80 tỷ đồng, ⟦tăng {c61}%⟧; vốn đầu tư 62,40 tỷ đồng, ⟦bằng {c62}%⟧ vốn thực hiện năm trước; phát triển mới {vn(3500)} khách hàng; hoàn thành dự án nâng công suất Nhà máy nước Gio Linh lên ... m³/ngày đêm.", c58, c59, c60, c61, c62)
    d.add("V. KIẾN NGHỊ")
    d.add("Đề nghị UBND tỉnh bố trí vốn đối ứng cho Dự án cấp nước liên xã Gio Linh - Cồn Tiên; chỉ đạo các đơn vị sử dụng ngân sách thanh toán tiền nước còn nợ đọng.")
    d.add("Nơi nhận: UBND tỉnh; Sở Tài chính; Sở Xây dựng; HĐQT, BKS Công ty; Lưu: VT, KH-KT.")
    d.add("TỔNG GIÁM ĐỐC")
    c63 = rel(9850, 9230, 1)
    c66 = repeat(D("20.42"), D("20.42"), p=2, where="line 17, there named 'năm 2022'")
    d.add(f"{FN}Giá nước sạch sinh hoạt bình quân áp dụng từ ngày 01/11/2024 theo Quyết định số 2315/QĐ-UBND là {vn(9850)} đồng/m³ (chưa gồm thuế GTGT), ⟦tăng {c63}%⟧ so với giá cũ {vn(9230)} đồng/m³. Năm 2023, tỷ lệ thất thoát, thất thu nước của Công ty là ⟦{c66}%⟧.", c63, c66)
    c64 = sum_([D("39.17"), D("9.45")], p=2)
    c65 = repeat(8, 8, pad=True, where="line of 08/10 hạng mục")
    d.add(f"{FN}Trong tổng giá trị đầu tư ⟦{c64} tỷ đồng⟧ năm 2024 có ⟦{c65} hạng mục⟧ đã quyết toán với giá trị 39,17 tỷ đồng và 02 hạng mục chuyển tiếp sang năm 2025 với giá trị 9,45 tỷ đồng.", c64, c65)
    return d


# ---------------------------------------------------------------- h23-02
@draft
def h23_02():
    d = Doc("h23-02-xo-so", "Công ty TNHH MTV Xổ số kiến thiết Vĩnh Long", "provincial lottery company, 2023 and first half of 2024")
    d.add("UBND TỈNH VĨNH LONG")
    d.add("CÔNG TY TNHH MỘT THÀNH VIÊN XỔ SỐ KIẾN THIẾT VĨNH LONG")
    d.add("Số: 126/BC-XSKT")
    d.add("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    d.add("Độc lập - Tự do - Hạnh phúc")
    d.add("Vĩnh Long, ngày 12 tháng 7 năm 2024")
    d.add("BÁO CÁO")
    d.add("Tình hình hoạt động kinh doanh xổ số năm 2023, 6 tháng đầu năm 2024 và nhiệm vụ 6 tháng cuối năm 2024")
    d.add("Thực hiện Công văn số 2186/STC-TCDN ngày 20/6/2024 của Sở Tài chính về việc báo cáo tình hình kinh doanh xổ số theo Nghị định số 30/2007/NĐ-CP, Công ty báo cáo như sau:")
    d.add("Phần thứ nhất")
    d.add("KẾT QUẢ HOẠT ĐỘNG KINH DOANH NĂM 2023")
    d.add("1. Phát hành, tiêu thụ vé và doanh thu")
    ph, tt, tt22 = D("478.4"), D("452.76"), D("434.34")
    c1 = share(tt, ph, 2)
    c2 = points(q(pct_exact(tt, ph), 2), D("93.51"), "tăng", stated=D("1.31"), expect="inconsistent",
                note="neither reading gives 1,31: points 1,13 (digits swapped)")
    c3 = term("năm 2022", "năm 2022")
    c4 = calc("sum", ph - tt, ph - tt, p=2, note="478,4 − 452,76 (phát hành − tiêu thụ)")
    c5 = share(ph - tt, ph, 2, stated=q(pct_exact(ph - tt, tt), 2), expect="inconsistent",
               note="5,66% = 25,64 / 452,76 (vé tiêu thụ); the text names số vé phát hành as base")
    c6 = diff(tt, tt22, "tăng", p=2)
    d.add(f"Năm 2023, sức mua của người dân phục hồi chậm, các công ty xổ số trong khu vực đồng loạt tăng cơ cấu giải thưởng nên cạnh tranh ngày càng gay gắt. Công ty tổ chức phát hành 52 kỳ vé xổ số truyền thống với tổng số {vn(ph, 1)} triệu vé; số vé tiêu thụ {m(tt)} triệu vé, tỷ lệ tiêu thụ ⟦{c1}%⟧, ⟦tăng {c2}%⟧ ⟦so với năm 2022⟧ (93,51%). Số vé không tiêu thụ được ⟦{c4} triệu vé⟧, ⟦bằng {c5}% so với số vé phát hành⟧. So với năm trước ({m(tt22)} triệu vé), số vé tiêu thụ ⟦tăng {c6} triệu vé⟧.", c1, c2, c3, c4, c5, c6)
    dt = [D("4318.25"), D("126.48"), D("82.87")]
    DT = sum(dt)
    c7 = sum_(dt, p=2)
    c8 = ratio(DT, D("4380"), 1)
    c9 = rel(DT, D("4263.12"), 1)
    c10 = share(dt[0], DT, 2, trunc=True, expect="rounding")
    c11 = ratio(dt[1], D("136.92"), 1, stated=q(pct_exact(D("136.92"), dt[1]), 1), expect="inconsistent",
                note="108,3% = 136,92 / 126,48: the ratio was inverted (lô tô revenue fell)")
    c12 = share(dt[2], DT, 2)
    c11b = share(dt[1], DT, 2)
    d.add(f"Tổng doanh thu bán vé (đã bao gồm thuế GTGT) đạt ⟦{c7} tỷ đồng⟧, ⟦đạt {c8}% kế hoạch⟧ UBND tỉnh giao tại Quyết định số 3025/QĐ-UBND ngày 26/12/2022 ({vn(4380)} tỷ đồng), ⟦tăng {c9}%⟧ so với năm trước ({m(D('4263.12'))} tỷ đồng). Trong đó: xổ số truyền thống {m(dt[0])} tỷ đồng, chiếm ⟦{c10}%⟧; xổ số lô tô {m(dt[1])} tỷ đồng (⟦{c11b}%⟧), ⟦bằng {c11}%⟧ so với năm trước ({m(D('136.92'))} tỷ đồng); xổ số biết kết quả ngay (vé cào) {m(dt[2])} tỷ đồng, ⟦chiếm {c12}%⟧.", c7, c8, c9, c10, c11b, c11, c12)
    qs = [D("1192.40"), D("1089.75"), D("1096.18"), D("1149.27")]
    qs_w = [qs[0], qs[1], D("1069.18"), qs[3]]
    c13 = sum_(qs_w, stated=DT, p=2, expect="inconsistent",
               note="quý III written 1.069,18; 1.096,18 makes the four quarters add to 4.527,60 (digits 6 and 9 swapped)")
    c14 = share(qs[0], DT, 2, trunc=True, expect="rounding")
    mk = [D("1721.38"), D("2806.22")]
    c15 = sum_(mk, p=2)
    c16 = share(mk[0], DT, 2)
    c17 = amb("share", "6,8", "market share in the southern lottery region: the regional total is not stated anywhere")
    d.add(f"Theo quý, doanh thu quý I đạt {m(qs[0])} tỷ đồng (⟦{c14}%⟧, cao nhất trong năm do dịp Tết Nguyên đán), quý II {m(qs[1])} tỷ đồng, quý III {m(qs_w[2])} tỷ đồng, quý IV {m(qs[3])} tỷ đồng, ⟦cộng cả năm {c13} tỷ đồng⟧. Theo thị trường, ⟦doanh thu {c15}⟧ tỷ đồng gồm trên địa bàn tỉnh {m(mk[0])} tỷ đồng (⟦chiếm {c16}%⟧) và tại 12 tỉnh, thành phố trong khu vực {m(mk[1])} tỷ đồng; thị phần của Công ty trong khu vực miền Nam ước ⟦chiếm {c17}%⟧.", c14, c13, c15, c16, c17)
    d.add("2. Trả thưởng, chi phí và lợi nhuận")
    TT = D("2338.74")
    c18 = amb("share", "51,72", "2.338,74 / 4.527,60 = 51,66 %; (2.338,74 + 3,15) / 4.527,60 = 51,72 %: the text says the 3,15 tỷ PIT is 'chưa kể' in 2.338,74 but does not say whether the rate counts it")
    c19 = points(D("51.72"), D("50.92"), "tăng")
    c20 = share(D("452.76"), DT, 2)
    cp = [TT, D("452.76"), D("590.56"), D("298.42"), D("224.62")]
    CP = sum(cp)
    c21 = sum_(cp, p=2)
    c22 = amb("ratio", "1.245", "'tăng 1.245%': 1.245 % or a mistyped 12,45 %; the advertising cost of either year is not stated")
    d.add(f"Giá trị trả thưởng cho khách hàng trúng thưởng {m(TT)} tỷ đồng (chưa kể 3,15 tỷ đồng thuế thu nhập cá nhân khấu trừ tại nguồn), tỷ lệ trả thưởng ⟦{c18}%⟧ doanh thu, ⟦tăng {c19}%⟧ so với năm trước (50,92%); hoa hồng đại lý {m(D('452.76'))} tỷ đồng, ⟦bằng {c20}% doanh thu⟧. Tổng chi phí kinh doanh xổ số ⟦{c21} tỷ đồng⟧, gồm trả thưởng, hoa hồng đại lý, thuế tiêu thụ đặc biệt {m(cp[2])} tỷ đồng, chi phí in vé, phát hành {m(cp[3])} tỷ đồng và chi phí quản lý, chi phí khác {m(cp[4])} tỷ đồng; riêng chi phí quảng cáo, khuyến mại ⟦tăng {c22}%⟧ do tổ chức chương trình tri ân đại lý.", c18, c19, c20, c21, c22)
    VAT = D("411.60")
    LNTT = DT - VAT - CP
    TNDN = D("42.18")
    LNST = LNTT - TNDN
    c23 = calc("sum", LNTT, DT - VAT - CP, p=2, note="4.527,60 − 411,60 (thuế GTGT) − 3.905,10 (chi phí)")
    c24 = ratio(LNTT, D("194.25"), 1, trunc=True, expect="rounding")
    c25 = diff(LNTT, D("198.36"), "tăng", p=2)
    c26 = share(TNDN, LNTT, 0)
    c27 = calc("sum", LNST, LNTT - TNDN, p=2, note="210,90 − 42,18")
    c28 = sum_([D("168.12"), D("0.60")], p=2, note="nộp ngân sách + trích quỹ = lợi nhuận sau thuế")
    c29 = amb("sum", "4.116,00", "'doanh thu thuần' 4.116,00 = 4.527,60 − 411,60 (only VAT deducted); the accounting meaning (also net of thuế TTĐB) gives 3.525,44: which definition the report uses is not said")
    d.add(f"Doanh thu thuần ⟦{c29} tỷ đồng⟧. Lợi nhuận trước thuế ⟦{c23} tỷ đồng⟧, ⟦đạt {c24}% kế hoạch⟧ (194,25 tỷ đồng), ⟦tăng {c25} tỷ đồng⟧ so với năm trước (198,36 tỷ đồng); thuế thu nhập doanh nghiệp {m(TNDN)} tỷ đồng (⟦{c26}%⟧); ⟦lợi nhuận sau thuế {c27}⟧ tỷ đồng. Phân phối lợi nhuận ⟦tổng số {c28} tỷ đồng⟧, gồm nộp ngân sách 168,12 tỷ đồng và trích quỹ khen thưởng, phúc lợi 0,60 tỷ đồng.", c29, c23, c24, c25, c26, c27, c28)
    d.add("3. Nộp ngân sách nhà nước")
    ns = [D("590.56"), VAT, TNDN, D("168.12")]
    NS = sum(ns)
    c30 = sum_(ns, p=2)
    c31 = ratio(NS, D("1163.50"), 1)
    c32 = share(D("168.12"), NS, 2)
    c33 = rel(NS, D("1146.85"), 1)
    c33b = share(ns[0], NS, 2)
    d.add(f"Tổng số nộp ngân sách năm 2023 là ⟦{c30} tỷ đồng⟧ (thuế tiêu thụ đặc biệt {m(ns[0])} tỷ đồng, ⟦chiếm {c33b}%⟧; thuế GTGT {m(ns[1])} tỷ đồng; thuế thu nhập doanh nghiệp {m(ns[2])} tỷ đồng; lợi nhuận sau thuế {m(ns[3])} tỷ đồng, ⟦chiếm {c32}% tổng số nộp⟧), ⟦đạt {c31}% dự toán⟧ ({m(D('1163.50'))} tỷ đồng), ⟦tăng {c33}%⟧ so với năm trước ({m(D('1146.85'))} tỷ đồng).", c30, c33b, c32, c31, c33)
    d.add("4. Mạng lưới đại lý, quản lý phát hành và lao động")
    c34 = sum_([17, 29])
    c35 = diff(46, 48, "tăng", pad=True, stated=2, expect="inconsistent", note="46 against 48 a year earlier is a decrease")
    c36 = rel(12800, 12000, 1)
    c37 = sum_([96, 118])
    c38 = sum_([7, 4, 1], pad=True)
    d.add(f"Đến 31/12/2023, Công ty có ⟦{c34} đại lý cấp 1⟧ (trong tỉnh 17, ngoài tỉnh 29), ⟦tăng {c35} đại lý⟧ so với cuối năm trước (48 đại lý), với khoảng {vn(12800)} người bán vé dạo, ⟦tăng {c36}%⟧ (năm 2022 khoảng {vn(12000)} người). Trong năm, Công ty kiểm tra ⟦{c37} lượt đại lý⟧ (trong tỉnh 96, ngoài tỉnh 118), xử lý vi phạm ⟦{c38} đại lý⟧ (nhắc nhở 07, phạt vi phạm hợp đồng 04, chấm dứt hợp đồng 01); 100% kỳ quay số mở thưởng có Hội đồng giám sát xổ số tỉnh theo Quyết định số 415/QĐ-UBND ngày 02/3/2023.", c34, c35, c36, c37, c38)
    c39 = sum_([3, 41, 43])
    c40 = subset(87, [34, 29], "nữ 34 người")
    c41 = share(34, 87, 2)
    c41b = share(29, 87, 2)
    c41c = diff(87, 84, "tăng", pad=True)
    d.add(f"Tổng số lao động ⟦{c39} người⟧ (Ban Giám đốc 03, các phòng nghiệp vụ 41, tổ trả thưởng, phát hành, đội xe và bảo vệ 43), ⟦tăng {c41c} người⟧ so với năm trước (84 người), trong đó ⟦nữ 34 người⟧ (⟦{c41}%⟧), đảng viên 29 người (⟦{c41b}%⟧); thu nhập bình quân 18,6 triệu đồng/người/tháng.", c39, c41c, c40, c41, c41b)
    d.add("Phần thứ hai")
    d.add("KẾT QUẢ 6 THÁNG ĐẦU NĂM 2024")
    h = [D("1238.10"), D("1153.45")]
    H = sum(h)
    c42 = share(D("229.67"), D("241.8"), 2)
    c43 = sum_(h, p=2)
    c44 = amb("ratio", "51,2", "the 2024 plan is given as a range 4.600 - 4.700 tỷ đồng: 2.391,55 gives 51,99 % of the low end, 50,88 % of the high end, 51,43 % of the midpoint; 51,2 % fits an unstated 4.670")
    c45 = ratio(H, qs[0] + qs[1], 1, note="cùng kỳ = quý I + quý II 2023 = 1.192,40 + 1.089,75 = 2.282,15")
    c46 = term("cùng kỳ năm 2022", "cùng kỳ năm 2023", expect="inconsistent", note="the first half of 2024 is compared with the first half of 2023")
    c47 = ratio(D("628.37"), D("1213"), 1)
    c47b = calc("sum", D("241.8") - D("229.67"), D("241.8") - D("229.67"), p=2, note="241,8 − 229,67 (phát hành − tiêu thụ)")
    d.add(f"Sáu tháng đầu năm, Công ty phát hành 26 kỳ vé với {vn(D('241.8'), 1)} triệu vé, tiêu thụ {m(D('229.67'))} triệu vé, tỷ lệ tiêu thụ ⟦{c42}%⟧, còn ⟦{c47b} triệu vé⟧ không tiêu thụ được. Doanh thu bán vé ⟦{c43} tỷ đồng⟧ (quý I {m(h[0])} tỷ đồng, quý II {m(h[1])} tỷ đồng), ⟦đạt {c44}% kế hoạch năm⟧ (kế hoạch năm 2024 từ {vn(4600)} đến {vn(4700)} tỷ đồng) và ⟦bằng {c45}%⟧ so với ⟦{c46}⟧; nộp ngân sách 628,37 tỷ đồng, ⟦đạt {c47}% dự toán năm⟧ ({vn(1213)} tỷ đồng).", c42, c47b, c43, c44, c45, c46, c47)
    c48 = points(q(pct_exact(D("229.67"), D("241.8")), 2), q(pct_exact(tt, ph), 2), "cao hơn")
    c49 = share(D("1238.62"), H, 2)
    c49b = ratio(D("1238.62"), D("1176.27"), 1)
    d.add(f"Tỷ lệ tiêu thụ 6 tháng ⟦cao hơn {c48}%⟧ so với bình quân cả năm trước; giá trị trả thưởng 1.238,62 tỷ đồng, ⟦bằng {c49b}% cùng kỳ⟧ (1.176,27 tỷ đồng), tỷ lệ trả thưởng ⟦{c49}%⟧. Công ty đã triển khai bán vé qua ứng dụng ví điện tử thí điểm tại 03 đại lý, tổ chức hội nghị khách hàng với các đại lý cấp 1. Thị trường các tỉnh miền Tây tiếp tục cạnh tranh gay gắt, tình trạng bán vé số vượt giá, mua bán kết quả xổ số qua mạng xã hội vẫn xảy ra.", c48, c49b, c49)
    d.add("Phần thứ ba")
    d.add("ĐÁNH GIÁ CHUNG VÀ NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024")
    c50 = repeat(DT, DT, p=2)
    c51 = repeat(D("1221.46"), NS, p=2, expect="inconsistent", note="digits 1 and 2 swapped")
    c52 = repeat(q(pct_exact(tt, ph), 2), q(pct_exact(tt, ph), 2), p=2)
    d.add(f"Năm 2023, Công ty hoàn thành vượt mức các chỉ tiêu kế hoạch: doanh thu ⟦{c50} tỷ đồng⟧, nộp ngân sách ⟦{c51} tỷ đồng⟧, tỷ lệ tiêu thụ vé ⟦{c52}%⟧, góp phần quan trọng cho đầu tư các công trình giáo dục, y tế và xây dựng nông thôn mới. Tuy nhiên, tỷ lệ vé không tiêu thụ tại một số kỳ cuối tháng còn cao; công tác quản lý đại lý ngoài tỉnh còn hạn chế, một số đại lý chậm thanh toán tiền vé; việc ứng dụng công nghệ thông tin trong quản lý phát hành, trả thưởng chưa đồng bộ với các công ty trong khu vực.", c50, c51, c52)
    c52b = calc("sum", D("1213") - D("628.37"), D("1213") - D("628.37"), p=2, note="dự toán năm 1.213 − 628,37 đã nộp 6 tháng")
    d.add(f"Nhiệm vụ 6 tháng cuối năm: phát hành 26 kỳ vé, mỗi kỳ 9,4 triệu vé; phấn đấu doanh thu đạt ... tỷ đồng, tỷ lệ tiêu thụ trên 95%; nộp ngân sách tối thiểu ⟦{c52b} tỷ đồng⟧ để hoàn thành dự toán năm; tăng cường kiểm tra, xử lý đại lý bán vé vượt giá, bán vé không đúng thời gian quy định; phối hợp Công an tỉnh đấu tranh với hoạt động số đề, xổ số trái phép trên mạng xã hội; rà soát, sắp xếp lại mạng lưới đại lý ngoài tỉnh có tỷ lệ vé trả về cao.", c52b)
    d.add("Nơi nhận:")
    d.add("- UBND tỉnh, Sở Tài chính (b/c);")
    d.add("- Hội đồng giám sát xổ số tỉnh;")
    d.add("- Lưu: VT, KH-TC.")
    d.add("GIÁM ĐỐC")
    al = [q(NS * D("0.4"), 2), q(NS * D("0.3"), 2), q(NS * D("0.2"), 2), q(NS * D("0.1"), 2)]
    c53 = sum_(al, stated=NS, p=2)
    c54 = share(al[0], NS, 2)
    c55 = share(al[1], NS, 2)
    c56 = repeat(NS, NS, p=2)
    c56b = share(al[2], NS, 2)
    c56c = share(al[3], NS, 2)
    d.add(f"{FN}Toàn bộ số nộp ngân sách từ hoạt động xổ số năm 2023 ⟦({c56} tỷ đồng)⟧ được phân bổ theo Nghị quyết số 45/NQ-HĐND ngày 08/12/2022 của HĐND tỉnh: giáo dục - đào tạo, giáo dục nghề nghiệp {m(al[0])} tỷ đồng (⟦{c54}%⟧); y tế {m(al[1])} tỷ đồng (⟦{c55}%⟧); xây dựng nông thôn mới {m(al[2])} tỷ đồng (⟦{c56b}%⟧); ứng phó biến đổi khí hậu {m(al[3])} tỷ đồng (⟦{c56c}%⟧); ⟦cộng {c53} tỷ đồng⟧.", c56, c54, c55, c56b, c56c, c53)
    c57 = diff(LNST, D("158.69"), "tăng", p=2)
    d.add(f"{FN}Lợi nhuận sau thuế năm 2022 là 158,69 tỷ đồng; năm 2023 ⟦tăng {c57} tỷ đồng⟧.", c57)
    return d


# ---------------------------------------------------------------- h23-03
@draft
def h23_03():
    d = Doc("h23-03-du-lich-khach-san", "Công ty Cổ phần Du lịch và Khách sạn Ninh Bình", "provincial tourism and hotel company, board report 2024")
    d.add("CÔNG TY CỔ PHẦN DU LỊCH VÀ KHÁCH SẠN NINH BÌNH")
    d.add("HỘI ĐỒNG QUẢN TRỊ")
    d.add("Số: 05/BC-HĐQT")
    d.add("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    d.add("Độc lập - Tự do - Hạnh phúc")
    d.add("Ninh Bình, ngày 28 tháng 3 năm 2025")
    d.add("BÁO CÁO")
    d.add("Của Hội đồng quản trị về kết quả hoạt động năm 2024 và kế hoạch năm 2025 (trình Đại hội đồng cổ đông thường niên năm 2025)")
    d.add("Năm 2024 là năm thứ ba thực hiện Chiến lược phát triển Công ty giai đoạn 2022 - 2026 và Nghị quyết số 02/NQ-ĐHĐCĐ ngày 20/4/2024 của Đại hội đồng cổ đông. Trong bối cảnh du lịch cả nước phục hồi nhưng cạnh tranh ngày càng gay gắt, Hội đồng quản trị báo cáo kết quả hoạt động năm 2024 như sau:")
    d.add("A. ĐẶC ĐIỂM TÌNH HÌNH")
    c1 = sum_([D("36.10"), D("58.90")], p=2)
    c2 = share(D("36.10"), D("95.00"), 2)
    rooms = [126, 184, 62, 38]
    c3 = sum_(rooms, stated=sum(rooms[:3]), expect="inconsistent",
              note="372 = 126 + 184 + 62: the 38 rooms of Nhà nghỉ Kim Sơn were left out; the room stock used for occupancy (150.060 = 410 × 366) confirms 410")
    c4 = sum_([1, 1, 1, 1], pad=True)
    c5 = amb("sum", "18 xe", "07 + 05 + 04 + 04 = 20 > 18: the 04 electric cars may be 16-seat cars counted twice, or a wrong total; the text does not say")
    c6 = sum_([850, 600])
    c6b = sum_([1, 1], pad=True, note="two restaurants named")
    d.add(f"Công ty có vốn điều lệ ⟦{c1} tỷ đồng⟧, trong đó Tổng công ty Du lịch Hoa Lư nắm giữ 36,10 tỷ đồng (⟦{c2}%⟧), các cổ đông khác 58,90 tỷ đồng. Cơ sở vật chất gồm ⟦{c4} cơ sở lưu trú⟧ với tổng số ⟦{c3} phòng⟧ (Khách sạn Hoa Lư 3 sao 126 phòng, Khách sạn Tràng An 4 sao 184 phòng, Khu nghỉ dưỡng Tam Cốc 62 phòng và nhà nghỉ Kim Sơn 38 phòng); ⟦{c6b} nhà hàng⟧ với ⟦{c6} chỗ ngồi⟧ (nhà hàng Cố Đô 850 chỗ, nhà hàng Vân Long 600 chỗ); đội xe ⟦{c5}⟧ (xe 16 chỗ 07, xe 29 chỗ 05, xe 45 chỗ 04, xe điện 04).", c1, c2, c4, c3, c6b, c6, c5)
    d.add("Năm 2024, du lịch Ninh Bình tiếp tục phục hồi mạnh, tỉnh đón khoảng 8,7 triệu lượt khách; Lễ hội Tràng An, Festival Tam Cốc - Bích Động và sự kiện Quần thể danh thắng Tràng An 10 năm được UNESCO ghi danh thu hút đông du khách. Tuy nhiên, cơn bão số 3 (tháng 9/2024) gây ngập nhiều khu vực, Công ty phải hủy trên 1.200 lượt đặt phòng; cạnh tranh từ các cơ sở lưu trú homestay ngày càng lớn.")
    d.add("B. KẾT QUẢ THỰC HIỆN NĂM 2024")
    d.add("1. Khách, công suất phòng và lữ hành")
    K = [118640, 167780]
    KT = sum(K)
    c7 = sum_(K)
    c8 = share(41265, KT, 2, stated=q(pct_exact(41265, K[0]), 2), expect="inconsistent",
               note="34,78% = 41.265 / 118.640 (khách lưu trú); the text names tổng lượt khách (286.420)")
    c9 = rel(K[0], 104380, 1, trunc=True, expect="rounding")
    c10 = term("năm 2023", "năm 2023")
    c11 = share(71350, KT, 2)
    d.add(f"Tổng lượt khách phục vụ ⟦{c7} lượt⟧ (khách lưu trú {vn(K[0])} lượt; khách ăn uống, tham quan, hội nghị {vn(K[1])} lượt), trong đó khách quốc tế {vn(41265)} lượt, ⟦chiếm {c8}% tổng lượt khách⟧. Khách lưu trú ⟦tăng {c9}%⟧ ⟦so với năm 2023⟧ ({vn(104380)} lượt). Riêng tháng 4 và tháng 5, mùa cao điểm lễ hội, Công ty phục vụ {vn(71350)} lượt khách, ⟦chiếm {c11}%⟧ cả năm.", c7, c8, c9, c10, c11)
    occ = q(pct_exact(92754, 150060), 2)
    c12 = share(92754, 150060, 2)
    c13 = points(occ, D("56.40"), "tăng")
    c14 = term("năm 2023", "năm 2023")
    c15 = amb("share", "64,2", "simple (unweighted) mean of the four hotels' occupancy, whose individual rates are not given; the room-weighted rate is 61,81 %")
    d.add(f"Số đêm phòng bán ra {vn(92754)} đêm trên tổng quỹ phòng {vn(150060)} đêm phòng, công suất sử dụng phòng ⟦{c12}%⟧, ⟦tăng {c13}%⟧ ⟦so với năm 2023⟧ (56,40%); công suất phòng bình quân các khách sạn ⟦đạt {c15}%⟧, cao nhất là Khách sạn Tràng An.", c12, c13, c14, c15)
    lh = [1214, 3580, 5502]
    c16 = sum_(lh, stated=9846, expect="inconsistent", note="nội địa written 5.502; 5.052 gives 9.846 (digits swapped)")
    c17 = diff(9846, 9352, "giảm", expect="inconsistent", note="9.846 against 9.352 the year before is an increase")
    c18 = ratio(312, 276, 1)
    d.add(f"Trung tâm lữ hành tổ chức 312 tour, ⟦bằng {c18}%⟧ năm trước (276 tour), phục vụ ⟦{c16} lượt khách⟧ (outbound {vn(lh[0])}, inbound {vn(lh[1])}, nội địa {vn(lh[2])}), ⟦giảm {c17} lượt⟧ so với năm trước ({vn(9352)} lượt) do thị trường khách Trung Quốc chưa phục hồi.", c18, c16, c17)
    d.add("2. Doanh thu, chi phí và lợi nhuận")
    dt = [D("78.36"), D("61.25"), D("29.84"), D("16.97")]
    DT = sum(dt)
    c19 = sum_(dt, p=2)
    c20 = ratio(DT, D("158.77"), 1)
    c21 = term("năm 2023", "năm 2023")
    c22 = times(DT, D("121.08"), 2)
    c23 = ratio(DT, D("180"), 1)
    c24 = share(dt[0], DT, 2)
    c25 = share(dt[1], DT, 2, trunc=True, expect="rounding")
    c25b = term("năm 2022", "năm 2022", note="an explicit two-year comparison; 121,08 is the 2022 revenue (footnote)")
    d.add(f"Tổng doanh thu ⟦{c19} tỷ đồng⟧, ⟦đạt {c23}% kế hoạch⟧ (180 tỷ đồng), ⟦bằng {c20}%⟧ ⟦so với năm 2023⟧ (158,77 tỷ đồng) và ⟦gấp {c22} lần⟧ ⟦năm 2022 (121,08⟧ tỷ đồng); gồm doanh thu lưu trú {m(dt[0])} tỷ đồng (⟦chiếm {c24}%⟧), ăn uống {m(dt[1])} tỷ đồng (⟦{c25}%⟧), lữ hành, vận chuyển {m(dt[2])} tỷ đồng, dịch vụ khác (vé thuyền, spa, hội nghị) {m(dt[3])} tỷ đồng.", c19, c23, c20, c21, c22, c25b, c24, c25)
    qd = [D("52.37"), D("61.08"), D("31.45"), D("41.52")]
    c25c = sum_(qd, p=2)
    c25d = share(qd[1], DT, 2)
    c25e = ratio(qd[2], D("50.89"), 1)
    c25f = term("cùng kỳ năm 2023", "cùng kỳ năm 2023")
    d.add(f"Doanh thu theo quý: quý I {m(qd[0])} tỷ đồng; quý II {m(qd[1])} tỷ đồng, ⟦chiếm {c25d}%⟧, cao nhất trong năm; quý III {m(qd[2])} tỷ đồng, chỉ ⟦bằng {c25e}%⟧ ⟦{c25f}⟧ (50,89 tỷ đồng) do ảnh hưởng bão số 3 và mưa lũ kéo dài; quý IV {m(qd[3])} tỷ đồng; ⟦cộng {c25c} tỷ đồng⟧.", c25d, c25e, c25f, c25c)
    cp = [D("128.74"), D("9.38"), D("27.52"), D("5.92")]
    CP = sum(cp)
    LN = DT - CP
    c26 = sum_(cp, p=2)
    c27 = calc("sum", LN, DT - CP, p=2, note="186,42 − 171,56 (doanh thu − chi phí)")
    c28 = ratio(LN, D("12.50"), 1)
    c29 = diff(LN, D("11.37"), "tăng", p=2)
    c30 = term("năm 2022", "năm 2023", expect="inconsistent", note="11,37 tỷ đồng is the 2023 profit ('lần lượt' 2022, 2023 = 6,12 and 11,37)")
    d.add(f"Tổng chi phí ⟦{c26} tỷ đồng⟧ (giá vốn {m(cp[0])} tỷ đồng, chi phí bán hàng {m(cp[1])} tỷ đồng, quản lý doanh nghiệp {m(cp[2])} tỷ đồng, chi phí tài chính và chi phí khác {m(cp[3])} tỷ đồng). Lợi nhuận trước thuế các năm 2022, 2023 lần lượt là 6,12 tỷ đồng và 11,37 tỷ đồng; năm 2024 đạt ⟦{c27} tỷ đồng⟧, ⟦bằng {c28}% kế hoạch⟧ (12,50 tỷ đồng), ⟦tăng {c29} tỷ đồng⟧ ⟦so với năm 2022⟧.", c26, c27, c28, c29, c30)
    ns = [D("10.84"), D("2.97"), D("3.44")]
    LNST = LN - ns[1]
    c31 = sum_(ns, p=2)
    c32 = share(ns[1], LN, 0)
    c33 = calc("sum", LNST, LN - ns[1], p=2, note="14,86 − 2,97")
    c34 = share(D("7.60"), D("95.00"), 0)
    c35 = share(D("7.60"), LNST, 2)
    d.add(f"Nộp ngân sách nhà nước ⟦{c31} tỷ đồng⟧ (thuế GTGT {m(ns[0])} tỷ đồng; thuế thu nhập doanh nghiệp {m(ns[1])} tỷ đồng, bằng ⟦{c32}% lợi nhuận trước thuế⟧; thuế, phí khác {m(ns[2])} tỷ đồng). Lợi nhuận sau thuế ⟦{c33} tỷ đồng⟧; Hội đồng quản trị trình Đại hội chia cổ tức ⟦{c34}% vốn điều lệ⟧, tương ứng 7,60 tỷ đồng, ⟦bằng {c35}% lợi nhuận sau thuế⟧.", c31, c32, c33, c34, c35)
    d.add("3. Đầu tư và lao động")
    c36 = frac(72, 126, pct=True, whole=126)
    c37 = ratio(D("14.65"), D("16.00"), 1)
    d.add(f"Hoàn thành cải tạo, nâng cấp ⟦{c36} phòng, đạt {c36.pct}%⟧ số phòng Khách sạn Hoa Lư theo Nghị quyết số 09/NQ-HĐQT ngày 15/01/2024, giá trị 14,65 tỷ đồng, ⟦bằng {c37}% dự toán⟧ được duyệt (16,00 tỷ đồng); đầu tư 02 xe điện và hệ thống quản lý đặt phòng trực tuyến.", c36, c37)
    LD = [22, 141, 128, 41, 36]
    c38 = sum_(LD)
    c39 = subset(368, [211, 79], "nữ 211 người")
    c40 = share(79, 368, 2, trunc=True, expect="rounding")
    c41 = diff(368, 351, "tăng")
    d.add(f"Tổng số lao động ký hợp đồng ⟦{c38} người⟧ (quản lý 22; lễ tân, buồng 141; bếp, bàn, bar 128; lữ hành, vận chuyển 41; kỹ thuật, bảo vệ 36), ⟦tăng {c41} người⟧ so với năm trước (351 người), trong đó ⟦nữ 211 người⟧, đảng viên 79 người (⟦{c40}%⟧); ngoài ra sử dụng 85 lao động thời vụ vào mùa lễ hội. Thu nhập bình quân 9,6 triệu đồng/người/tháng.", c38, c41, c39, c40)
    d.add("4. Hoạt động của Hội đồng quản trị")
    c42 = sum_([14, 9])
    c43 = sum_([6, 11], pad=False)
    d.add(f"Hội đồng quản trị tổ chức ⟦{c43} phiên họp và lấy ý kiến⟧ (06 phiên họp định kỳ, 11 lần lấy ý kiến bằng văn bản), ban hành ⟦{c42} văn bản⟧ (14 nghị quyết, 09 quyết định) về kế hoạch kinh doanh, đầu tư, nhân sự và giá dịch vụ; giám sát chặt chẽ Ban Giám đốc trong triển khai nghị quyết của Đại hội đồng cổ đông. Các thành viên Hội đồng quản trị thực hiện đúng quyền hạn, nhiệm vụ theo Điều lệ và Quy chế nội bộ về quản trị công ty; việc công bố thông tin được thực hiện đầy đủ, kịp thời theo quy định đối với công ty đại chúng; thù lao của Hội đồng quản trị, Ban Kiểm soát chi trả theo mức Đại hội đồng cổ đông thông qua.", c43, c42)
    d.add("C. ĐÁNH GIÁ CHUNG")
    c44 = repeat(DT, DT, p=2)
    c45 = repeat(LN, LN, p=2)
    c46 = repeat(D("61.18"), occ, p=2, expect="inconsistent", note="digits 8 and 1 swapped")
    c47 = frac(7, 9, pct=True, p=1, pad=True, stated_pct=D("87.5"), expect="inconsistent", note="87,5% = 7/8: computed on 8 instead of 9 indicators")
    c48 = amb("repeat", "42.156", "'khách nước ngoài' 42.156 vs 'khách quốc tế' 41.265: another category (e.g. including overseas Vietnamese) or a mistyped repeat")
    d.add(f"Năm 2024, Công ty đạt tổng doanh thu ⟦{c44} tỷ đồng⟧, lợi nhuận trước thuế ⟦{c45} tỷ đồng⟧, công suất phòng ⟦{c46}%⟧, đón ⟦{c48} lượt khách nước ngoài⟧; ⟦{c47} chỉ tiêu chủ yếu đạt và vượt kế hoạch, đạt {c47.pct}%⟧. Hạn chế: doanh thu lữ hành chưa tương xứng, sản phẩm du lịch đêm còn ít, chất lượng dịch vụ tại Khu nghỉ dưỡng Tam Cốc chưa đồng đều.", c44, c45, c46, c48, c47)
    d.add("D. KẾ HOẠCH NĂM 2025")
    c49 = rel(310000, KT, 1)
    c50 = ratio(205, DT, 1)
    c51 = diff(D("16.50"), LN, "tăng", p=2)
    c52 = points(D("65"), occ, "tăng")
    c52b = term("năm 2024", "năm 2024")
    d.add(f"Phấn đấu đón {vn(310000)} lượt khách, ⟦tăng {c49}%⟧; tổng doanh thu 205 tỷ đồng, ⟦bằng {c50}%⟧ thực hiện ⟦{c52b}⟧; lợi nhuận trước thuế 16,50 tỷ đồng, ⟦tăng {c51} tỷ đồng⟧; công suất phòng 65%, ⟦tăng {c52}%⟧; cổ tức 9%; khởi công nhà hàng nổi Tràng An với tổng mức đầu tư ... tỷ đồng.", c49, c50, c52b, c51, c52)
    d.add("Để hoàn thành kế hoạch, Công ty tập trung đa dạng hóa sản phẩm du lịch trải nghiệm, du lịch đêm; đẩy mạnh bán phòng qua kênh trực tuyến; liên kết với các công ty lữ hành Hà Nội, Quảng Ninh khai thác khách quốc tế; đào tạo lại đội ngũ lễ tân, buồng, bàn theo tiêu chuẩn nghề du lịch Việt Nam (VTOS); rà soát, cắt giảm chi phí quản lý, tiết kiệm điện, nước tại các cơ sở lưu trú; hoàn thiện hồ sơ đề nghị công nhận Khách sạn Hoa Lư đạt tiêu chuẩn 4 sao sau cải tạo.")
    d.add("Nơi nhận: Đại hội đồng cổ đông; HĐQT, BKS; Lưu: VT, TK HĐQT.")
    d.add("TM. HỘI ĐỒNG QUẢN TRỊ - CHỦ TỊCH")
    c53 = amb("sum", "77.375", "118.640 − 41.265 = 77.375 only if every international visitor stayed overnight; 41.265 counts international visitors of all services, so the domestic lodging figure cannot be checked")
    c54 = amb("share", "45,6", "revenue of the festival season (February - May) is not stated anywhere")
    c55 = repeat(K[0], K[0])
    d.add(f"{FN}Trong ⟦{c55} lượt khách lưu trú⟧ có ⟦{c53} lượt khách nội địa⟧; doanh thu mùa lễ hội (tháng 2 - tháng 5) ⟦chiếm {c54}%⟧ doanh thu cả năm.", c55, c53, c54)
    c56 = repeat(D("121.08"), D("121.08"), p=2)
    c57 = repeat(D("158.77"), D("158.77"), p=2)
    c58 = repeat(DT, DT, p=2)
    c59 = ratio(D("158.77"), D("121.08"), 1)
    d.add(f"{FN}Doanh thu các năm 2022, 2023, 2024 lần lượt là ⟦{c56} tỷ đồng⟧, ⟦{c57} tỷ đồng⟧ và ⟦{c58} tỷ đồng⟧; năm 2023 ⟦bằng {c59}%⟧ năm trước.", c56, c57, c58, c59)
    return d


# ---------------------------------------------------------------- h23-04
@draft
def h23_04():
    d = Doc("h23-04-bao-tang", "Bảo tàng tỉnh Quảng Nam", "provincial museum, five-year review 2019 - 2023")
    d.add("UBND TỈNH QUẢNG NAM")
    d.add("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH - BẢO TÀNG TỈNH")
    d.add("Số: 42/BC-BT")
    d.add("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    d.add("Độc lập - Tự do - Hạnh phúc")
    d.add("Quảng Nam, ngày 10 tháng 01 năm 2024")
    d.add("BÁO CÁO")
    d.add("Tổng kết 05 năm hoạt động giai đoạn 2019 - 2023 và phương hướng, nhiệm vụ giai đoạn 2024 - 2028")
    d.add("Thực hiện Kế hoạch số 318/KH-SVHTTDL ngày 20/11/2023 của Sở Văn hóa, Thể thao và Du lịch về tổng kết hoạt động các đơn vị sự nghiệp trực thuộc giai đoạn 2019 - 2023, Bảo tàng tỉnh báo cáo như sau:")
    d.add("I. ĐẶC ĐIỂM TÌNH HÌNH")
    d.add("Giai đoạn 2019 - 2023, hoạt động của Bảo tàng chịu tác động nặng nề của dịch Covid-19, nhiều thời điểm phải tạm dừng đón khách; trụ sở trưng bày chính đã xuống cấp sau hơn 20 năm sử dụng. Được sự quan tâm của Tỉnh ủy, UBND tỉnh, đặc biệt là Quyết định số 1457/QĐ-UBND ngày 24/5/2021 phê duyệt Đề án nâng cao hiệu quả hoạt động Bảo tàng tỉnh đến năm 2025, Bảo tàng đã chủ động chuyển đổi số, đổi mới hình thức trưng bày và giáo dục di sản.")
    c1 = sum_([38, 8])
    c2 = sum_([7, 31, 6, 2], note="thạc sĩ + đại học + cao đẳng, trung cấp + chưa qua đào tạo")
    c3 = subset(46, [29, 24], "nữ 29 người")
    c4 = diff(46, 51, "giảm", stated=3, pad=True, expect="inconsistent", note="46 against 51 is a fall of 05, not 03")
    c5 = term("cuối năm 2018", "cuối năm 2018", note="the five-year period 2019 - 2023 is compared with its starting point, the end of 2018")
    c6 = sum_([2, 12])
    c6b = share(29, 46, 2)
    c6c = share(24, 46, 2)
    d.add(f"Bảo tàng tỉnh là đơn vị sự nghiệp công lập trực thuộc Sở, có 04 phòng chuyên môn; tổng số viên chức, người lao động ⟦{c1} người⟧ (viên chức 38, hợp đồng lao động 08); về trình độ, ⟦{c2} viên chức, người lao động⟧ có 07 thạc sĩ, 31 đại học, 06 cao đẳng, trung cấp và 02 người chưa qua đào tạo; trong đó ⟦nữ 29 người⟧ (⟦{c6b}%⟧), đảng viên 24 người (⟦{c6c}%⟧). So với ⟦{c5}⟧ (51 người), biên chế ⟦giảm {c4} người⟧ theo lộ trình tinh giản. Bảo tàng được giao quản lý ⟦{c6} di tích⟧ (02 di tích quốc gia, 12 di tích cấp tỉnh).", c1, c2, c3, c6b, c6c, c5, c4, c6)
    d.add("II. KẾT QUẢ THỰC HIỆN GIAI ĐOẠN 2019 - 2023")
    d.add("1. Công tác sưu tầm, kiểm kê, bảo quản hiện vật")
    yrs = [386, 312, 274, 598, 748]
    SC = sum(yrs)
    src = [1465, 521, 332]
    c7 = sum_(yrs)
    c8 = sum_(src)
    c9 = share(1465, SC, 2, stated=q(pct_exact(1465, 32486), 2), expect="inconsistent",
               note="4,51% = 1.465 / 32.486 (all holdings); the text names hiện vật sưu tầm (2.318) as base")
    c10 = share(521, SC, 2, trunc=True, expect="rounding")
    c11 = share(748, SC, 2)
    c12 = ratio(SC, 1806, 2, trunc=True, expect="rounding")
    c13 = term("giai đoạn 2014 - 2018", "giai đoạn 2014 - 2018")
    c14 = diff(SC, 1806, "tăng")
    d.add(f"Trong 05 năm, Bảo tàng ⟦sưu tầm được {c7} hiện vật⟧ (năm 2019: 386; năm 2020: 312; năm 2021: 274; năm 2022: 598; năm 2023: 748, ⟦chiếm {c11}%⟧), chia theo nguồn, ⟦tổng số {c8}⟧ hiện vật gồm hiện vật do tổ chức, cá nhân hiến tặng {vn(1465)} (⟦chiếm {c9}% tổng số hiện vật sưu tầm⟧), mua 521 (⟦{c10}%⟧) và thu qua khai quật khảo cổ 332 hiện vật. Kết quả sưu tầm ⟦bằng {c12}%⟧ so với ⟦{c13}⟧ (1.806 hiện vật), ⟦tăng {c14} hiện vật⟧.", c7, c11, c8, c9, c10, c12, c13, c14)
    HV = [29712, 2774]
    T = sum(HV)
    c15 = sum_(HV)
    c16 = share(HV[0], T, 2)
    c17 = share(HV[1], T, 2)
    dig = q(pct_exact(18650, T), 2)
    c18 = share(18650, T, 2)
    c19 = rel(dig, D("26.15"), 1)
    c19.kind = "points"
    c19.note += ". points reading 57,41 − 26,15 = 31,26; the relative reading 119,5 % holds, so it is consistent"
    c19b = term("năm 2018", "năm 2018", note="the five-year period is measured from its starting point, 2018")
    c20 = amb("share", "78,4", "the number of objects with a scientific file is not stated, so 78,4 % cannot be recomputed")
    c21 = frac(3, 4, pct=True, p=0, pad=True, whole=4)
    c21b = sum_([846, 318, 208])
    d.add(f"Đến 31/12/2023, Bảo tàng lưu giữ ⟦{c15} hiện vật⟧, gồm hiện vật gốc {vn(HV[0])} (⟦chiếm {c16}%⟧) và hiện vật phiên bản, phục chế {vn(HV[1])} (⟦chiếm {c17}%⟧). Đã số hóa {vn(18650)} hiện vật, đạt ⟦{c18}%⟧ tổng số, tỷ lệ số hóa ⟦tăng {c19}%⟧ so với ⟦{c19b} (26,15%)⟧; tỷ lệ hiện vật có hồ sơ khoa học ⟦đạt {c20}%⟧. Trong 05 năm, bảo quản phòng ngừa 12.650 lượt hiện vật, xử lý, tu sửa ⟦{c21b} hiện vật⟧ (gốm 846, kim loại 318, giấy và vải 208). Bảo tàng lập 04 hồ sơ đề nghị công nhận bảo vật quốc gia, được Thủ tướng Chính phủ công nhận ⟦{c21} hồ sơ, đạt {c21.pct}%⟧.", c15, c16, c17, c18, c19, c19b, c20, c21b, c21)
    d.add("2. Công tác trưng bày, tuyên truyền, giáo dục")
    c22 = sum_([21, 26])
    c23 = share(26, 47, 2)
    c24 = share(118, 240, 2)
    c24b = sum_([194, 132])
    c24c = share(462300, 1260000, 2)
    d.add(f"Tổ chức ⟦{c22} cuộc trưng bày⟧ (trưng bày chuyên đề tại Bảo tàng 21 cuộc; trưng bày lưu động 26 cuộc, ⟦chiếm {c23}%⟧) tại 118 xã, phường, thị trấn, ⟦bằng {c24}%⟧ số đơn vị hành chính cấp xã của tỉnh (240 đơn vị); thực hiện ⟦{c24b} chương trình giáo dục⟧ trải nghiệm (194 chương trình tại Bảo tàng, 132 chương trình tại trường học) cho 86.540 lượt học sinh, góp phần đưa di sản vào trường học; Bảo tàng số 3D và trang thông tin điện tử thu hút 1,26 triệu lượt truy cập (năm 2023: 462.300 lượt, ⟦chiếm {c24c}%⟧). Lượt khách tham quan giai đoạn 2019 - 2023 như sau (đơn vị tính: lượt khách):", c22, c23, c24, c24b, c24c)
    V = [312480, 148260, 96540, 318920, 408450]
    VT = sum(V)
    Vw = [V[0], V[1], 69540, V[3], V[4]]
    c25 = share(V[0], VT, 2)
    d.add(f"- Năm 2019: {vn(V[0])} (⟦chiếm {c25}%⟧ cả giai đoạn);", c25)
    c26 = rel(V[1], V[0], 2, word="giảm")
    d.add(f"- Năm 2020: {vn(V[1])} (⟦giảm {c26}%⟧ so với năm trước do dịch Covid-19);", c26)
    d.add(f"- Năm 2021: {vn(Vw[2])} (Bảo tàng đóng cửa 05 tháng);")
    c27 = rel(V[3], V[0], 2)
    c27b = share(V[3], VT, 2, trunc=True, expect="rounding")
    c27c = term("năm 2019", "năm 2019", note="explicit comparison with the last year before the pandemic, whose value is on the line of 2019")
    d.add(f"- Năm 2022: {vn(V[3])} (⟦{c27b}%⟧), ⟦tăng {c27}%⟧ so với ⟦{c27c}⟧, năm trước dịch;", c27b, c27, c27c)
    c28 = share(V[4], VT, 2)
    c29 = ratio(V[4], V[0], 1)
    c29b = term("năm 2019", "năm 2019", note="explicit comparison with 2019, value on the line of 2019")
    d.add(f"- Năm 2023: {vn(V[4])} (⟦{c28}%⟧), ⟦bằng {c29}%⟧ ⟦{c29b}⟧;", c28, c29, c29b)
    c30 = sum_(Vw, stated=VT, expect="inconsistent", note="năm 2021 written 69.540; 96.540 makes the five years add to 1.284.650 (digits 6 and 9 swapped)")
    c31 = rel(VT, 1096320, 1)
    c32 = term("giai đoạn 2009 - 2013", "giai đoạn 2014 - 2018", expect="inconsistent", note="the 2019 - 2023 period is compared with the one before it, 2014 - 2018")
    c33 = share(87315, VT, 2, stated=D("6.08"), expect="inconsistent", note="87.315 / 1.284.650 = 6,80%: digits 8 and 0 swapped")
    c34 = share(526400, VT, 2)
    d.add(f"- Cộng: ⟦{c30} lượt⟧, ⟦tăng {c31}%⟧ so với ⟦{c32}⟧ ({vn(1096320)} lượt); trong đó khách nước ngoài {vn(87315)} lượt, ⟦chiếm {c33}%⟧; học sinh, sinh viên {vn(526400)} lượt, ⟦chiếm {c34}%⟧.", c30, c31, c32, c33, c34)
    d.add("3. Công tác bảo tồn di tích, khảo cổ học và nghiên cứu khoa học")
    c35 = amb("sum", "31,27", "trung ương 12,40 + tỉnh 16,85 = 29,25 < 31,27: the remaining 2,02 may be another source (xã hội hóa) not named, or a wrong part; 'trong đó' does not say whether the list is complete")
    c36 = amb("subset", "03 di tích quốc gia", "the museum manages only 02 national relics, yet 03 of the 09 restored are national: restoration may include relics not under the museum's management, or a wrong figure")
    c37 = sum_([2, 4], pad=True)
    c38 = sum_([4, 8])
    c38b = repeat(332, 332)
    d.add(f"Tham mưu tu bổ, tôn tạo 09 di tích với tổng kinh phí ⟦{c35} tỷ đồng⟧, trong đó ngân sách trung ương 12,40 tỷ đồng, ngân sách tỉnh 16,85 tỷ đồng; trong 09 di tích có ⟦{c36}⟧. Phối hợp Viện Khảo cổ học khai quật ⟦{c37} địa điểm⟧ (02 di chỉ cư trú, 04 khu mộ táng) với diện tích 1.840 m², ⟦thu được {c38b} hiện vật⟧; chủ trì, tham gia ⟦{c38} đề tài⟧ khoa học (cấp tỉnh 04, cấp cơ sở 08) và xuất bản 05 ấn phẩm.", c35, c36, c37, c38b, c38)
    d.add("4. Kinh phí hoạt động")
    kp = [D("48.76"), D("31.27"), D("6.39")]
    c39 = sum_(kp, stated=kp[0] + kp[1], p=2, expect="inconsistent", note="80,03 = 48,76 + 31,27: the 6,39 tỷ from fees and xã hội hóa was left out")
    c40 = rel(D("9.86"), D("6.97"), 1)
    c40b = rel(D("11.24"), D("9.45"), 1)
    c40c = repeat(1465, 1465)
    d.add(f"Tổng kinh phí giai đoạn 2019 - 2023 là ⟦{c39} tỷ đồng⟧ (ngân sách tỉnh chi thường xuyên 48,76 tỷ đồng; kinh phí tu bổ di tích 31,27 tỷ đồng; thu sự nghiệp và xã hội hóa 6,39 tỷ đồng); riêng chi thường xuyên năm 2023 là 11,24 tỷ đồng, ⟦tăng {c40b}%⟧ so với năm đầu giai đoạn (9,45 tỷ đồng). Thu phí tham quan 9,86 tỷ đồng, ⟦tăng {c40}%⟧ so với giai đoạn trước (6,97 tỷ đồng), đã nộp ngân sách theo quy định. Công tác xã hội hóa được đẩy mạnh, vận động ⟦{c40c} hiện vật⟧ hiến tặng của 214 tổ chức, cá nhân và 4,35 tỷ đồng tài trợ cho trưng bày, giáo dục.", c39, c40b, c40, c40c)
    d.add("III. ĐÁNH GIÁ CHUNG")
    c41 = repeat(1248650, VT, expect="inconsistent", note="digits 8 and 4 swapped")
    c42 = repeat(SC, SC)
    c43 = repeat(47, 47)
    c44 = amb("repeat", "18.560", "'18.560 hồ sơ hiện vật' vs 18.650 hiện vật số hóa: one file may cover a set of objects, or the digits were swapped")
    c45 = amb("repeat", "32.500", "'trên 32.500 hiện vật' vs 32.486 at 31/12/2023: the report is dated 01/2024 and may count later acquisitions, or the round figure is loose")
    d.add(f"Giai đoạn 2019 - 2023, dù chịu tác động nặng nề của dịch Covid-19, Bảo tàng đã hoàn thành cơ bản các nhiệm vụ được giao, từng bước khẳng định vai trò là trung tâm lưu giữ, giáo dục di sản văn hóa của tỉnh; đã đón ⟦{c41} lượt khách⟧, sưu tầm ⟦{c42} hiện vật⟧, tổ chức ⟦{c43} cuộc trưng bày⟧; cơ sở dữ liệu số có ⟦{c44} hồ sơ⟧ hiện vật; Bảo tàng hiện lưu giữ ⟦trên {c45} hiện vật⟧. Hạn chế: kho bảo quản xuống cấp, thiếu thiết bị kiểm soát nhiệt độ, độ ẩm; đội ngũ làm công tác thuyết minh bằng ngoại ngữ còn mỏng. Nguyên nhân chủ yếu do nguồn lực đầu tư còn hạn chế, cơ chế tự chủ chưa phát huy, một số hiện vật hiến tặng chưa đủ hồ sơ pháp lý để đăng ký vào sổ kiểm kê.", c41, c42, c43, c44, c45)
    d.add("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ GIAI ĐOẠN 2024 - 2028")
    c46 = rel(1600000, VT, 1)
    c47 = term("giai đoạn 2019 - 2023", "giai đoạn 2019 - 2023")
    c48 = rel(2500, SC, 1)
    c48b = diff(50, 47, "tăng", pad=True)
    d.add(f"Phấn đấu đón 1,6 triệu lượt khách, ⟦tăng {c46}%⟧ so với ⟦{c47}⟧; sưu tầm {vn(2500)} hiện vật, ⟦tăng {c48}%⟧; tổ chức 50 cuộc trưng bày, ⟦tăng {c48b} cuộc⟧; số hóa 100% hiện vật gốc; xây dựng kho bảo quản mới với tổng mức đầu tư ... tỷ đồng; hoàn thành trưng bày chuyên đề về văn hóa Sa Huỳnh, Chăm Pa; đẩy mạnh liên kết với các công ty lữ hành đưa Bảo tàng vào chương trình tour tham quan Hội An - Mỹ Sơn.", c46, c47, c48, c48b)
    d.add("V. KIẾN NGHỊ")
    d.add("Đề nghị UBND tỉnh bố trí vốn xây dựng kho bảo quản hiện vật; bổ sung 04 chỉ tiêu viên chức thuyết minh, bảo quản; cho phép Bảo tàng thí điểm thu dịch vụ trải nghiệm theo cơ chế tự chủ; Sở Giáo dục và Đào tạo chỉ đạo các trường đưa nội dung học tập tại Bảo tàng vào kế hoạch giáo dục hằng năm.")
    d.add("Nơi nhận: Sở VHTTDL (b/c); Lưu: VT, HCTH. - GIÁM ĐỐC")
    c49 = share(D("3.12"), D("9.86"), 2)
    c50 = repeat(D("9.86"), D("9.86"), p=2)
    d.add(f"{FN}Trong tổng số thu phí tham quan ⟦{c50} tỷ đồng⟧, năm 2023 thu 3,12 tỷ đồng, ⟦chiếm {c49}%⟧.", c50, c49)
    c51 = share(32418, 87315, 2)
    c52 = repeat(87315, 87315)
    d.add(f"{FN}Năm 2023 Bảo tàng đón 32.418 lượt khách nước ngoài, ⟦chiếm {c51}%⟧ tổng số ⟦{c52} lượt⟧ khách nước ngoài của cả giai đoạn; thị trường chủ yếu là Hàn Quốc, Nhật Bản, Pháp.", c51, c52)
    return d


# ---------------------------------------------------------------- h23-05
@draft
def h23_05():
    d = Doc("h23-05-rung-phong-ho", "Ban Quản lý rừng phòng hộ tỉnh Ninh Thuận", "provincial forest protection management board, annual report 2024")
    d.add("SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH NINH THUẬN")
    d.add("BAN QUẢN LÝ RỪNG PHÒNG HỘ")
    d.add("Số: 287/BC-BQLRPH")
    d.add("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    d.add("Độc lập - Tự do - Hạnh phúc")
    d.add("Ninh Thuận, ngày 10 tháng 12 năm 2024")
    d.add("BÁO CÁO")
    d.add("Kết quả thực hiện nhiệm vụ quản lý, bảo vệ và phát triển rừng năm 2024; phương hướng, nhiệm vụ năm 2025")
    d.add("Căn cứ Quyết định số 1152/QĐ-UBND ngày 29/12/2023 của UBND tỉnh về giao chỉ tiêu kế hoạch bảo vệ và phát triển rừng năm 2024, Ban Quản lý rừng phòng hộ báo cáo kết quả thực hiện nhiệm vụ năm 2024 (số liệu tính đến ngày 30/11/2024, ước thực hiện đến 31/12/2024) như sau:")
    d.add("I. ĐẶC ĐIỂM TÌNH HÌNH")
    TN, RT, CR = D("38264.90"), D("3562.25"), D("6825.21")
    CO = TN + RT
    TOT = CO + CR
    c1 = sum_([CO, CR], p=2)
    c2 = sum_([TN, D("3526.25")], stated=CO, p=2, expect="inconsistent",
              note="rừng trồng written 3.526,25; 3.562,25 gives 41.827,15 (digits 6 and 2 swapped), and 41.827,15 + 6.825,21 = 48.652,36")
    c3 = sum_([D("39415.62"), D("9236.74")], p=2)
    c4 = share(CO, TOT, 2)
    c5 = points(q(pct_exact(CO, TOT), 2), D("85.55"), "tăng")
    c5b = share(TN, CO, 2)
    c5c = share(D("39415.62"), TOT, 2)
    d.add(f"Ban được ⟦giao quản lý {c1} ha⟧ rừng và đất lâm nghiệp trên địa bàn 04 huyện, 11 xã, gồm đất có rừng ⟦{c2} ha⟧ (rừng tự nhiên {m(TN)} ha, ⟦chiếm {c5b}%⟧; rừng trồng 3.526,25 ha) và đất chưa có rừng {m(CR)} ha. Phân theo chức năng, ⟦tổng diện tích {c3} ha⟧ gồm rừng phòng hộ đầu nguồn 39.415,62 ha (⟦{c5c}%⟧) và rừng phòng hộ chắn gió, chắn cát bay 9.236,74 ha. Tỷ lệ che phủ rừng trên lâm phần Ban quản lý đạt ⟦{c4}%⟧, ⟦tăng {c5}%⟧ so với năm trước (85,55%).", c1, c2, c5b, c3, c5c, c4, c5)
    c6 = sum_([41, 17])
    c7 = share(41, 58, 2, trunc=True, expect="rounding")
    c8 = sum_([7, 3], pad=True)
    c8b = subset(58, [14, 31, 9], "nữ 14 người")
    d.add(f"Tổng số viên chức, người lao động ⟦{c6} người⟧ (viên chức 41 người, ⟦chiếm {c7}%⟧; hợp đồng lao động 17 người), trong đó ⟦nữ 14 người⟧, đảng viên 31 người, người dân tộc thiểu số 09 người; tổ chức thành 03 phòng chuyên môn và ⟦{c8} trạm, chốt⟧ bảo vệ rừng (07 trạm, 03 chốt). Năm 2024, thời tiết nắng nóng kéo dài, nguy cơ cháy rừng ở cấp V (cấp cực kỳ nguy hiểm) xuất hiện nhiều ngày trong mùa khô; tình trạng lấn chiếm đất rừng, khai thác gỗ trái phép vẫn tiềm ẩn phức tạp tại các khu vực giáp ranh.", c6, c7, c8b, c8)
    d.add("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024")
    d.add("1. Khoán bảo vệ rừng và chi trả dịch vụ môi trường rừng")
    KH = D("32618.40")
    c9 = share(KH, TN, 2, stated=q(pct_exact(KH, CO), 2), expect="inconsistent",
               note="77,98% = 32.618,40 / 41.827,15 (all forested land); the text names rừng tự nhiên (38.264,90) as base")
    c10 = share(1032, 1246, 2, trunc=True, expect="rounding")
    c10b = share(D("4126.80"), KH, 2)
    c11 = amb("subset", "214 hộ nghèo", "1.032 Raglai households + 214 poor households = 1.246 exactly, but ethnicity and poverty are different dimensions that may overlap: a full split or two overlapping subsets cannot be told")
    c12 = amb("repeat", "33.104,60", "area paid for forest environment services (33.104,60 ha) vs area contracted (32.618,40 ha): payment may also cover forest the Board protects itself, or a wrong figure")
    d.add(f"Ban giao khoán bảo vệ {m(KH)} ha rừng tự nhiên, ⟦bằng {c9}% diện tích rừng tự nhiên⟧, cho 1.246 hộ gia đình và 18 cộng đồng dân cư thôn, trong đó 1.032 hộ đồng bào Raglai (⟦{c10}%⟧), ⟦{c11}⟧; riêng 18 cộng đồng nhận khoán 4.126,80 ha, ⟦chiếm {c10b}%⟧ diện tích giao khoán, là mô hình được Chi cục Kiểm lâm đánh giá hiệu quả. Diện tích được chi trả tiền dịch vụ môi trường rừng năm 2024 là ⟦{c12} ha⟧, mức chi trả bình quân khoảng 550.000 đồng/ha/năm.", c9, c10, c11, c10b, c12)
    dv = [D("17.86"), D("2.16"), D("1.62")]
    DV = sum(dv)
    c13 = sum_(dv, p=2)
    c14 = share(dv[0], DV, 2)
    c15 = share(dv[1], DV, 0)
    c16 = ratio(DV, D("20.37"), 1)
    c16b = ratio(DV, D("20.80"), 1)
    c16c = share(dv[2], DV, 2)
    d.add(f"Tổng tiền dịch vụ môi trường rừng được Quỹ Bảo vệ và Phát triển rừng tỉnh ủy thác năm 2024 là ⟦{c13} tỷ đồng⟧, ⟦bằng {c16}%⟧ so với năm trước (20,37 tỷ đồng), ⟦đạt {c16b}% kế hoạch⟧ (20,80 tỷ đồng); trong đó chi trả cho hộ, cộng đồng nhận khoán {m(dv[0])} tỷ đồng (⟦chiếm {c14}%⟧), kinh phí quản lý {m(dv[1])} tỷ đồng (⟦{c15}%⟧ theo quy định), dự phòng {m(dv[2])} tỷ đồng (⟦{c16c}%⟧).", c13, c16, c16b, c14, c15, c16c)
    d.add("2. Tuần tra, kiểm soát và xử lý vi phạm")
    c17 = rel(2846, 2542, 1, stated=q((D(2846) - 2542) / D(2846) * 100, 1), expect="inconsistent",
              note="10,7% = (2.846 − 2.542) / 2.846: the increase was divided by this year's figure instead of last year's")
    c18 = sum_([6, 11, 7, 3], pad=True)
    c19 = share(7, 27, 2, trunc=True, expect="rounding")
    c20 = diff(27, 34, "giảm", pad=True)
    c21 = ratio(27, 34, 1)
    c21b = term("năm 2023", "năm 2023")
    c21c = share(11, 27, 2)
    d.add(f"Tổ chức 2.846 lượt tuần tra với 9.412 lượt người, ⟦tăng {c17}%⟧ so với ⟦{c21b}⟧ (2.542 lượt); phối hợp Hạt Kiểm lâm, Công an huyện tổ chức 214 đợt truy quét tại các điểm nóng. Đến 30/11/2024, phát hiện ⟦{c18} vụ⟧ vi phạm (phá rừng trái pháp luật 06 vụ, khai thác rừng trái phép 11 vụ (⟦{c21c}%⟧), vận chuyển lâm sản trái phép 07 vụ (⟦{c19}%⟧); vi phạm quy định phòng cháy, chữa cháy rừng 03 vụ), ⟦giảm {c20} vụ⟧ so với cùng kỳ năm trước (34 vụ), ⟦bằng {c21}%⟧.", c17, c21b, c18, c21c, c19, c20, c21)
    c22 = diff(D("4.86"), D("7.28"), "giảm", stated=D("2.24"), p=2, expect="inconsistent", note="7,28 − 4,86 = 2,42: digits swapped")
    c23 = amb("sum", "12,74", "gỗ tròn 8,36 + gỗ xẻ 5,12 = 13,48 ≠ 12,74 m³: sawn timber is often converted to round-wood equivalent, so the total may be in converted volume; not decidable")
    c24 = ratio(D("4.86"), D("7.28"), 1)
    c24b = term("năm 2023", "năm 2023")
    c24c = sum_([4, 23])
    d.add(f"Diện tích rừng bị thiệt hại 4,86 ha, ⟦giảm {c22} ha⟧ so với ⟦{c24b}⟧ (7,28 ha), ⟦bằng {c24}%⟧; tịch thu ⟦{c23} m³ gỗ⟧ các loại (gỗ tròn 8,36 m³, gỗ xẻ 5,12 m³), 09 phương tiện. ⟦{c24c} vụ⟧ vi phạm đã được xử lý: chuyển cơ quan chức năng xử lý hình sự 04 vụ, xử phạt hành chính 23 vụ, thu nộp ngân sách 386,5 triệu đồng.", c22, c24b, c24, c23, c24c)
    c25x = diff(CO, D("41658.73"), "tăng", p=2)
    c25y = sum_([D("142.60"), D("30.68")], p=2)
    c25w = share(D("9.84"), D("12.36"), 2)
    c25z = repeat(D("4.86"), D("4.86"), p=2)
    d.add(f"Theo kết quả theo dõi diễn biến rừng, đến 30/11/2024 diện tích có rừng ⟦tăng {c25x} ha⟧ so với đầu năm (41.658,73 ha), gồm ⟦tăng {c25y} ha⟧ (rừng trồng đủ tiêu chí thành rừng 142,60 ha, khoanh nuôi tái sinh thành rừng 30,68 ha) và ⟦giảm {c25z} ha⟧ do bị thiệt hại. Ban đã cắm bổ sung 246 mốc ranh giới, giải quyết 16 vụ lấn chiếm đất rừng với diện tích 12,36 ha, thu hồi 9,84 ha, ⟦đạt {c25w}%⟧.", c25x, c25y, c25z, c25w)
    d.add("3. Phòng cháy, chữa cháy rừng")
    c25 = sum_([D("38.5"), D("126.4")], p=1)
    c26 = diff(2, 3, "giảm", pad=True)
    c27 = sum_([D("2.40"), D("0.75")], p=2)
    c27b = diff(D("3.15"), D("8.42"), "giảm", p=2)
    d.add(f"Xây dựng, tu sửa ⟦{c25} km⟧ đường băng cản lửa (làm mới 38,5 km, phát dọn, duy tu 126,4 km); xây dựng 12 chòi canh lửa, tổ chức 06 cuộc diễn tập chữa cháy rừng cấp xã. Trong mùa khô xảy ra 02 vụ cháy rừng, ⟦giảm {c26} vụ⟧ so với năm trước (03 vụ), diện tích bị cháy ⟦{c27} ha⟧ (rừng trồng 2,40 ha, thảm cỏ dưới tán rừng tự nhiên 0,75 ha), được khống chế kịp thời, không để lan rộng, diện tích cháy ⟦giảm {c27b} ha⟧ so với mùa khô năm trước (8,42 ha).", c25, c26, c27, c27b)
    d.add("4. Phát triển rừng")
    c28 = ratio(D("185.6"), 200, 1)
    c29 = sum_([D("284.3"), D("318.5")], stated=D("612.8"), p=1, expect="inconsistent",
               note="284,3 + 318,5 = 602,8; 328,5 (one digit) would give 612,8")
    c30 = sum_([D("185.6"), D("64.2")], p=1)
    c30b = sum_([D("112.4"), D("73.2")], p=1)
    c30c = sum_([148000, 162000, 46000])
    d.add(f"Trồng mới ⟦{c30b} ha⟧ rừng phòng hộ (huyện Bác Ái 112,4 ha, Ninh Sơn 73,2 ha), ⟦đạt {c28}% kế hoạch⟧ (200 ha), trồng bổ sung 64,2 ha, ⟦cộng {c30} ha⟧; chăm sóc rừng trồng ⟦{c29} ha⟧ (rừng trồng năm thứ 2: 284,3 ha; năm thứ 3: 318,5 ha); khoanh nuôi xúc tiến tái sinh tự nhiên 1.250 ha; sản xuất ⟦{c30c} cây giống⟧ các loại (xoan chịu hạn 148.000 cây, keo lá tràm 162.000 cây, sao đen 46.000 cây).", c30b, c28, c30, c29, c30c)
    L4 = D("712.4")
    c31 = term("giai đoạn 2016 - 2020", "giai đoạn 2021 - 2025", expect="inconsistent", note="the plan 2021 - 2025 is the one being carried out ('lũy kế 4 năm 2021 - 2024')")
    c32 = share(L4, 1000, 2)
    c33 = calc("sum", 1000 - L4, 1000 - L4, p=1, note="remaining = plan − cumulative: 1.000 − 712,4")
    c33b = share(D("185.6"), L4, 2)
    d.add(f"Lũy kế 4 năm 2021 - 2024, Ban trồng được 712,4 ha rừng, ⟦đạt {c32}%⟧ kế hoạch ⟦{c31}⟧ (1.000 ha); riêng năm 2024 ⟦chiếm {c33b}%⟧ khối lượng lũy kế; khối lượng còn lại ⟦{c33} ha⟧ sẽ thực hiện trong năm 2025.", c32, c31, c33b, c33)
    c34 = sum_([D("9.36"), D("5.46")], p=2)
    c35 = rel(D("14.82"), D("13.95"), 1)
    c35b = share(D("9.36"), D("14.82"), 2)
    d.add(f"5. Kinh phí: tổng kinh phí năm 2024 là ⟦{c34} tỷ đồng⟧ (sự nghiệp 9,36 tỷ đồng, ⟦chiếm {c35b}%⟧; đầu tư phát triển lâm sinh 5,46 tỷ đồng), ⟦tăng {c35}%⟧ so với năm trước (13,95 tỷ đồng); đến 30/11/2024 giải ngân đạt ...%, ước cả năm đạt trên 95%.", c34, c35b, c35)
    d.add("III. ĐÁNH GIÁ CHUNG")
    c36 = repeat(D("21.46"), DV, p=2, expect="inconsistent", note="digits 6 and 4 swapped")
    c37 = amb("repeat", "29 vụ", "27 vụ counted to 30/11/2024 vs 29 vụ 'cả năm 2024' (estimate to 31/12): two violations in December or a wrong figure")
    c38 = repeat(q(pct_exact(CO, TOT), 2), q(pct_exact(CO, TOT), 2), p=2)
    c39 = repeat(D("185.6"), D("185.6"), p=1)
    c39b = repeat(2846, 2846)
    c40 = amb("share", "31,6", "the Board's contribution to the provincial forest cover: the province's forest area is not stated")
    d.add(f"Năm 2024, Ban hoàn thành các chỉ tiêu chủ yếu: tỷ lệ che phủ rừng trên lâm phần ⟦{c38}%⟧; trồng mới ⟦{c39} ha⟧; tổ chức ⟦{c39b} lượt tuần tra⟧; tiền dịch vụ môi trường rừng ⟦{c36} tỷ đồng⟧ được chi trả kịp thời; cả năm 2024 xảy ra ⟦{c37}⟧ vi phạm, giảm so với năm trước. Tỷ lệ che phủ rừng toàn tỉnh đạt 47,3%, trong đó rừng do Ban quản lý ⟦đóng góp {c40}%⟧. Hạn chế: lực lượng bảo vệ rừng chuyên trách mỏng, bình quân mỗi người quản lý trên 800 ha; kinh phí khoán bảo vệ rừng còn thấp so với công sức người dân bỏ ra.", c38, c39, c39b, c36, c37, c40)
    d.add("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025")
    c42 = rel(250, D("185.6"), 1)
    c42b = term("năm 2024", "năm 2024")
    d.add(f"- Trồng mới 250 ha rừng phòng hộ, ⟦tăng {c42}%⟧ so với thực hiện ⟦{c42b}⟧; giao khoán bảo vệ rừng ổn định trên 32.600 ha;", c42, c42b)
    d.add("- Giữ tỷ lệ che phủ rừng trên lâm phần từ 86% trở lên; giảm ít nhất 10% số vụ vi phạm; không để xảy ra cháy rừng lớn;")
    d.add("- Phối hợp Quỹ Bảo vệ và Phát triển rừng chi trả tiền dịch vụ môi trường rừng năm 2025 dự kiến ... tỷ đồng.")
    d.add("Nơi nhận: Sở NN&PTNT; Quỹ BV&PTR tỉnh; Chi cục Kiểm lâm; Lưu: VT, KT. - TRƯỞNG BAN")
    c43 = repeat(D("85.55"), D("85.55"), p=2)
    c44 = sum_([3, 2, 1, 1], pad=True)
    c45 = sum_([684, 342, 148, 72])
    d.add(f"{FN}Các trạm bảo vệ rừng: ⟦{c44} trạm⟧ (Bác Ái 03, Ninh Sơn 02, Thuận Bắc 01, Ninh Hải 01); số hộ nhận khoán ⟦{c45} hộ⟧ (Bác Ái 684, Ninh Sơn 342, Thuận Bắc 148, Ninh Hải 72).", c44, c45)
    d.add(f"{FN}Tỷ lệ che phủ rừng trên lâm phần Ban quản lý năm 2023 là ⟦{c43}%⟧ theo kết quả theo dõi diễn biến rừng công bố tại Quyết định số 415/QĐ-UBND ngày 18/3/2024.", c43)
    return d


# ---------------------------------------------------------------- h23-06
@draft
def h23_06():
    d = Doc("h23-06-lien-minh-htx", "Liên minh Hợp tác xã tỉnh Vĩnh Phúc", "provincial cooperative alliance, congress report for the term 2020 - 2025")
    d.add("LIÊN MINH HỢP TÁC XÃ TỈNH VĨNH PHÚC")
    d.add("BAN CHẤP HÀNH KHÓA V")
    d.add("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    d.add("Độc lập - Tự do - Hạnh phúc")
    d.add("Vĩnh Phúc, ngày 15 tháng 7 năm 2025")
    d.add("BÁO CÁO CHÍNH TRỊ")
    d.add("Của Ban Chấp hành Liên minh Hợp tác xã tỉnh khóa V trình Đại hội đại biểu lần thứ VI, nhiệm kỳ 2025 - 2030")
    d.add("Nhiệm kỳ 2020 - 2025 diễn ra trong bối cảnh dịch Covid-19 tác động nặng nề đến sản xuất, kinh doanh; Luật Hợp tác xã năm 2023 được ban hành, có hiệu lực từ ngày 01/7/2024, mở ra nhiều cơ hội mới. Thực hiện Nghị quyết Đại hội lần thứ V, Ban Chấp hành Liên minh Hợp tác xã tỉnh báo cáo kết quả nhiệm kỳ qua như sau:")
    d.add("Phần thứ nhất")
    d.add("KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI LẦN THỨ V, NHIỆM KỲ 2020 - 2025")
    d.add("I. TÌNH HÌNH PHÁT TRIỂN KINH TẾ TẬP THỂ")
    NN, PNN = 563, 249
    T = NN + PNN
    pn = [38, 27, 69, 31, 22, 35]
    c1 = sum_([NN, PNN])
    c2 = share(NN, T, 2)
    c3 = share(PNN, T, 2, trunc=True, expect="rounding")
    c4 = sum_(pn, stated=PNN, expect="inconsistent", note="thương mại, dịch vụ written 69; 96 makes the parts add to 249 (digits swapped)")
    c5 = diff(T, 598, "tăng", note="also 326 founded − 112 dissolved = 214")
    c6 = ratio(T, 598, 1, trunc=True, expect="rounding")
    d.add(f"Đến 30/6/2025, toàn tỉnh có ⟦{c1} hợp tác xã⟧ (HTX), gồm HTX nông nghiệp {NN} (⟦chiếm {c2}%⟧) và HTX phi nông nghiệp {PNN} (⟦{c3}%⟧); ⟦{PNN} HTX phi nông nghiệp⟧ chia ra: công nghiệp - tiểu thủ công nghiệp 38, xây dựng 27, thương mại, dịch vụ 69, vận tải 31, quỹ tín dụng nhân dân 22, môi trường 35. Trong nhiệm kỳ, thành lập mới 326 HTX, giải thể, chấm dứt hoạt động 112 HTX; so với đầu nhiệm kỳ (598 HTX), số HTX ⟦tăng {c5} HTX⟧, ⟦bằng {c6}%⟧.".replace(f"⟦{PNN} HTX phi nông nghiệp⟧", f"⟦{c4} HTX phi nông nghiệp⟧"), c1, c2, c3, c4, c5, c6)
    c7 = diff(NN, 402, "tăng", stated=116, expect="inconsistent", note="563 − 402 = 161: digits swapped")
    c8 = diff(PNN, 196, "tăng")
    c9 = diff(6, 4, "tăng", pad=True)
    c10 = diff(1945, 2037, "giảm")
    d.add(f"Số HTX nông nghiệp ⟦tăng {c7} HTX⟧ so với đầu nhiệm kỳ (402 HTX), chủ yếu là HTX dịch vụ tổng hợp, HTX chăn nuôi và HTX sản xuất rau an toàn gắn với chuỗi giá trị; HTX phi nông nghiệp ⟦tăng {c8} HTX⟧ (đầu nhiệm kỳ 196 HTX). Toàn tỉnh có 06 liên hiệp HTX, ⟦tăng {c9} liên hiệp⟧ (đầu nhiệm kỳ 04); 1.945 tổ hợp tác, ⟦giảm {c10} tổ hợp tác⟧ so với đầu nhiệm kỳ (2.037) do nhiều tổ hợp tác chuyển đổi thành HTX.", c7, c8, c9, c10)
    c11 = diff(28640, 24318, "tăng")
    c12 = amb("ratio", "17.773", "(28.640 / 24.318 − 1) × 100 = 17,773 %; written '17.773%' with a dot: 17,773 % or 17.773 % cannot be told from the notation")
    c13 = subset(14215, [6120, 9872], "nữ 6.120 người")
    c14 = share(9872, 14215, 2, trunc=True, expect="rounding")
    d.add(f"Tổng số thành viên HTX là 28.640, ⟦tăng {c11} thành viên⟧ so với đầu nhiệm kỳ (24.318), ⟦tăng {c12}%⟧; số lao động thường xuyên trong HTX 14.215 người, trong đó ⟦nữ 6.120 người⟧, lao động là thành viên HTX 9.872 người (⟦{c14}%⟧).", c11, c12, c13, c14)
    R = [218, 286, 169, 69]
    RT = sum(R)
    c15 = sum_(R)
    c16 = share(218, RT, 2, stated=q(pct_exact(218, T), 2), expect="inconsistent",
                note="26,85% = 218 / 812 (all cooperatives); the text names the 742 cooperatives rated as base")
    c17 = share(286, RT, 2)
    c18 = share(169, RT, 2)
    c19 = share(69, RT, 2)
    KT = q(pct_exact(504, RT), 2)
    c20 = share(504, RT, 2, note="khá + tốt = 286 + 218 = 504")
    c21 = points(KT, D("49.32"), "tăng", stated=D("17.6"), p=2, expect="inconsistent",
                 note="one-digit slip: 18,60 points (relative 37,71 %)")
    c22 = term("năm 2020", "năm 2020", note="the end of the term is compared with its first year")
    d.add(f"Kết quả đánh giá, xếp loại năm 2024 theo Thông tư số 09/2017/TT-BKHĐT: trong ⟦{c15} HTX⟧ được đánh giá có 218 HTX tốt, ⟦chiếm {c16}% số HTX được đánh giá⟧; 286 HTX khá (⟦{c17}%⟧); 169 HTX trung bình (⟦{c18}%⟧); 69 HTX yếu (⟦{c19}%⟧). Tỷ lệ HTX khá, tốt đạt ⟦{c20}%⟧, ⟦tăng {c21}%⟧ so với ⟦{c22}⟧ (49,32%).", c15, c16, c17, c18, c19, c20, c21, c22)
    c23 = amb("ratio", "3,26", "average revenue per cooperative: 2.418,9 / 742 rated = 3,26; 2.418,9 / 812 existing = 2,98: which count is the base is not stated")
    c24 = ratio(D("3.26"), D("1.84"), 1, stated=q(pct_exact(D("3.26"), D("1.84")) - 100, 1), expect="inconsistent",
                note="77,2% is the increase; 'bằng' (index) should be 177,2%")
    c25 = times(312, 164, 1)
    c26 = frac(586, RT, pct=True, whole=RT)
    c27 = amb("share", "4,2", "share of the provincial GRDP: the GRDP is not stated")
    d.add(f"Tổng doanh thu khu vực HTX năm 2024 đạt 2.418,9 tỷ đồng, doanh thu bình quân ⟦{c23} tỷ đồng/HTX⟧, ⟦bằng {c24}%⟧ so với năm đầu nhiệm kỳ (1,84 tỷ đồng/HTX); lợi nhuận bình quân 312 triệu đồng/HTX, ⟦gấp {c25} lần⟧ (164 triệu đồng); số HTX có lãi ⟦{c26} HTX, đạt {c26.pct}%⟧. Kinh tế tập thể ước ⟦đóng góp {c27}%⟧ GRDP của tỉnh.", c23, c24, c25, c26, c27)
    c28 = sum_([187, 46, 3])
    c29 = share(236, 565, 1)
    c30 = share(49, 236, 2)
    d.add(f"Các HTX có ⟦{c28} sản phẩm OCOP⟧ (3 sao 187, 4 sao 46, 5 sao 03), ⟦chiếm {c29}%⟧ tổng số sản phẩm OCOP của tỉnh (565 sản phẩm); sản phẩm đạt 4 sao trở lên 49, ⟦chiếm {c30}%⟧. Nhiều HTX ứng dụng công nghệ cao, chuyển đổi số, bán hàng qua sàn thương mại điện tử, liên kết với doanh nghiệp tiêu thụ sản phẩm.", c28, c29, c30)
    d.add("II. HOẠT ĐỘNG CỦA LIÊN MINH HỢP TÁC XÃ TỈNH")
    c31 = amb("sum", "486 thành viên", "452 + 06 + 19 + 11 = 488 ≠ 486: the 11 enterprises may be associate members outside the count, or a part is wrong")
    c32 = share(178, 486, 2)
    c32b = share(452, T, 2)
    d.add(f"1. Liên minh có ⟦{c31}⟧ (HTX 452, ⟦bằng {c32b}%⟧ số HTX toàn tỉnh; liên hiệp HTX 06, tổ hợp tác 19, doanh nghiệp 11); trong nhiệm kỳ kết nạp mới 178 thành viên, ⟦bằng {c32}%⟧ số thành viên hiện có. Liên minh làm tốt vai trò đại diện, bảo vệ quyền và lợi ích hợp pháp của thành viên, tham gia góp ý xây dựng Luật Hợp tác xã năm 2023 và các văn bản hướng dẫn.", c31, c32b, c32)
    c33 = sum_([98, 48])
    c34 = sum_([5236, 4584])
    c35 = share(5236, 9820, 2)
    c36 = rel(9820, 7648, 1)
    c37 = term("nhiệm kỳ 2015 - 2020", "nhiệm kỳ 2015 - 2020")
    d.add(f"2. Tổ chức ⟦{c33} lớp⟧ đào tạo, bồi dưỡng (Liên minh tổ chức 98 lớp, phối hợp tổ chức 48 lớp) cho ⟦{c34} lượt học viên⟧, gồm cán bộ quản lý HTX 5.236 lượt (⟦chiếm {c35}%⟧) và thành viên, người lao động 4.584 lượt; số lượt học viên ⟦tăng {c36}%⟧ so với ⟦{c37}⟧ (7.648 lượt).", c33, c34, c35, c36, c37)
    c38 = sum_([D("40.00"), D("2.50")], p=2)
    c39 = sum_([121, 47])
    c40 = times(D("96.85"), D("46.12"), 1)
    c41 = term("nhiệm kỳ 2010 - 2015", "nhiệm kỳ 2015 - 2020", expect="inconsistent",
               note="the 2020 - 2025 lending is compared with the previous term, 2015 - 2020 (as in the training figures)")
    c42 = share(D("0.41"), D("38.62"), 2)
    c43 = diff(D("38.62"), D("31.78"), "tăng", p=2)
    d.add(f"3. Quỹ Hỗ trợ phát triển HTX tỉnh có vốn điều lệ ⟦{c38} tỷ đồng⟧ (ngân sách tỉnh cấp 40,00 tỷ đồng, bổ sung từ kết quả hoạt động 2,50 tỷ đồng). Trong nhiệm kỳ, Quỹ cho vay ⟦{c39} lượt dự án⟧ (HTX nông nghiệp 121, HTX phi nông nghiệp 47) với số tiền 96,85 tỷ đồng, ⟦gấp {c40} lần⟧ ⟦{c41}⟧ (46,12 tỷ đồng); dư nợ đến 30/6/2025 là 38,62 tỷ đồng, ⟦tăng {c43} tỷ đồng⟧ so với đầu nhiệm kỳ (31,78 tỷ đồng); nợ quá hạn 0,41 tỷ đồng, ⟦chiếm {c42}%⟧ dư nợ.", c38, c39, c40, c41, c43, c42)
    c44 = sum_([15, 11])
    c44b = sum_([6, 58, 150])
    d.add(f"4. Hỗ trợ 84 lượt HTX tham gia ⟦{c44} hội chợ⟧, hội nghị xúc tiến thương mại (trong tỉnh 15, ngoài tỉnh 11); phối hợp xây dựng 32 mô hình HTX kiểu mới gắn với chuỗi giá trị; tư vấn thành lập mới, tổ chức lại HTX theo Luật Hợp tác xã năm 2023. Liên minh đề nghị khen thưởng ⟦{c44b} lượt tập thể, cá nhân⟧ có thành tích xuất sắc (Bằng khen của Thủ tướng Chính phủ 06, Bằng khen của UBND tỉnh 58, Bằng khen của Liên minh HTX Việt Nam 150).", c44, c44b)
    c45 = calc("sum", 33, 35 - 7 + 5, note="35 − 07 + 05 (khóa V at the congress, less those who left, plus those added)")
    c46 = subset(35, [9, 11], "nữ 09 đồng chí")
    c47 = sum_([14, 5, 3])
    d.add(f"5. Ban Chấp hành khóa V được Đại hội bầu 35 ủy viên, trong đó ⟦nữ 09 đồng chí⟧, dưới 45 tuổi 11 đồng chí; trong nhiệm kỳ có 07 đồng chí nghỉ hưu, chuyển công tác, được bổ sung 05 đồng chí, hiện có ⟦{c45} ủy viên⟧. Cơ quan Liên minh có ⟦{c47} người⟧ (công chức 14, viên chức 05, hợp đồng lao động 03).", c46, c45, c47)
    d.add("III. ĐÁNH GIÁ CHUNG")
    c48 = frac(8, 10, pct=True, p=0, pad=True)
    c49 = repeat(821, T, expect="inconsistent", note="digits 1 and 2 swapped")
    c50 = repeat(28640, 28640)
    c51 = repeat(236, 236)
    c52b = calc("sum", 2, 10 - 8, pad=True, note="10 indicators − 08 achieved")
    c52 = amb("repeat", "97,2", "'giải ngân 97,2 tỷ đồng' vs 'cho vay 96,85 tỷ đồng': disbursement may include other programmes, or the loans were rounded wrongly")
    d.add(f"Nhiệm kỳ 2020 - 2025, ⟦{c48} chỉ tiêu Nghị quyết Đại hội V đạt và vượt, đạt {c48.pct}%⟧; kinh tế tập thể phát triển cả về số lượng và chất lượng, toàn tỉnh hiện có ⟦{c49} HTX⟧ với ⟦{c50} thành viên⟧, ⟦{c51} sản phẩm OCOP⟧; Quỹ Hỗ trợ phát triển HTX giải ngân ⟦{c52} tỷ đồng⟧. Hạn chế: quy mô HTX còn nhỏ, năng lực quản trị hạn chế, nhiều HTX khó tiếp cận vốn tín dụng, đất đai; ⟦{c52b} chỉ tiêu chưa đạt⟧ là doanh thu bình quân và số HTX ứng dụng công nghệ cao.", c48, c49, c50, c51, c52, c52b)
    d.add("Bài học kinh nghiệm: phải có sự lãnh đạo, chỉ đạo sát sao của cấp ủy, chính quyền; lấy hiệu quả hoạt động và lợi ích của thành viên làm thước đo; phát triển HTX phải xuất phát từ nhu cầu thực tế, tự nguyện của người dân, không chạy theo số lượng; Liên minh phải chủ động, đổi mới phương thức hoạt động, bám sát cơ sở, kịp thời phản ánh, đề xuất tháo gỡ khó khăn, vướng mắc cho HTX.")
    d.add("Phần thứ hai")
    d.add("PHƯƠNG HƯỚNG, NHIỆM VỤ NHIỆM KỲ 2025 - 2030")
    c53 = diff(1000, T, "tăng")
    c54 = points(D("80"), KT, "tăng")
    c55 = term("năm 2024", "năm 2024", note="the rated share 67,92% is for 2024")
    c56 = rel(35000, 28640, 1)
    c57 = ratio(60, D("42.5"), 1)
    c58 = diff(350, 236, "tăng")
    d.add(f"Phấn đấu đến năm 2030 toàn tỉnh có {vn(1000)} HTX, ⟦tăng {c53} HTX⟧ so với hiện nay; tỷ lệ HTX khá, tốt đạt 80%, ⟦tăng {c54}%⟧ so với ⟦{c55}⟧; 35.000 thành viên, ⟦tăng {c56}%⟧; 350 sản phẩm OCOP, ⟦tăng {c58} sản phẩm⟧; vốn điều lệ Quỹ Hỗ trợ phát triển HTX 60 tỷ đồng, ⟦bằng {c57}%⟧ hiện nay; doanh thu bình quân ... tỷ đồng/HTX.", c53, c54, c55, c56, c58, c57)
    d.add("Nhiệm vụ trọng tâm: tuyên truyền, triển khai Luật Hợp tác xã năm 2023; nâng cao chất lượng hoạt động tư vấn, đào tạo, xúc tiến thương mại; phát triển HTX kiểu mới gắn với chuỗi giá trị, chuyển đổi số; đổi mới tổ chức, hoạt động của Liên minh theo hướng chuyên nghiệp, lấy thành viên làm trung tâm phục vụ.")
    d.add("Nơi nhận: Liên minh HTX Việt Nam; Tỉnh ủy, UBND tỉnh; các đại biểu dự Đại hội; Lưu: VP.")
    d.add("TM. BAN CHẤP HÀNH - CHỦ TỊCH")
    c59 = sum_([54, 61, 68, 79, 64])
    c60 = sum_([71, 41])
    d.add(f"{FN}Số HTX thành lập mới trong nhiệm kỳ: ⟦{c59} HTX⟧ (năm 2021: 54; năm 2022: 61; năm 2023: 68; năm 2024: 79; 6 tháng đầu năm 2025: 64); giải thể, chấm dứt hoạt động ⟦{c60} HTX⟧ (tự nguyện 71, bắt buộc 41).", c59, c60)
    c61 = repeat(D("49.32"), D("49.32"), p=2)
    c62 = repeat(D("1.84"), D("1.84"), p=2)
    d.add(f"{FN}Năm 2020, tỷ lệ HTX khá, tốt là ⟦{c61}%⟧; doanh thu bình quân ⟦{c62} tỷ đồng/HTX⟧.", c61, c62)
    return d


# ================================================================ main
TARGET = {"consistent": (48, 51), "rounding": (3, 3), "inconsistent": (7, 7), "ambiguous": (5, 5)}
KINDS = ["sum", "subset", "share", "fraction", "difference", "points", "ratio", "repeat", "term"]
VERDICTS = ["consistent", "rounding", "inconsistent", "ambiguous"]


def main():
    os.makedirs(OUT, exist_ok=True)
    rows, kv = [], collections.Counter()
    for f in DRAFTS:
        d = f()
        unused = [c for c in C._all if not c.used]
        assert not unused, (d.name, [(c.kind, c.fig) for c in unused])
        txt = d.text()
        tp = os.path.join(OUT, d.name + ".txt")
        lp = os.path.join(OUT, d.name + ".labels.json")
        with open(tp, "w", encoding="utf-8") as fh:
            fh.write(txt)
        with open(lp, "w", encoding="utf-8") as fh:
            json.dump({"file": d.name + ".txt", "claims": d.claims}, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        # re-read and verify line numbers and anchors from the files themselves
        with open(tp, encoding="utf-8") as fh:
            lines = fh.read().split("\n")[:-1]
        lab = json.load(open(lp, encoding="utf-8"))
        for c in lab["claims"]:
            line = lines[c["line"] - 1]
            assert line.count(c["anchor"]) == 1, (d.name, c)
            assert re.search(r"\d", c["anchor"]), (d.name, c)
        for ln in lines:
            assert ln.strip(), (d.name, "blank line")
            assert "⟦" not in ln and "⟧" not in ln
        seen = set()
        for c in lab["claims"]:
            key = (c["line"], c["anchor"])
            assert key not in seen, (d.name, key)
            seen.add(key)
        # anchors on one line must not overlap
        byline = collections.defaultdict(list)
        for c in lab["claims"]:
            s = lines[c["line"] - 1].index(c["anchor"])
            byline[c["line"]].append((s, s + len(c["anchor"])))
        for k, spans in byline.items():
            spans.sort()
            for a, b in zip(spans, spans[1:]):
                assert a[1] <= b[0], (d.name, k, "overlapping anchors")
        vc = collections.Counter(c["verdict"] for c in lab["claims"])
        if os.environ.get("LOOSE"):
            print("LOOSE", d.name, len(txt), len(lines), len(lab["claims"]), dict(vc))
            rows.append((d, len(txt), len(lines), len(lab["claims"]), vc))
            C._all.clear()
            continue
        for v, (lo, hi) in TARGET.items():
            assert lo <= vc[v] <= hi, (d.name, v, vc[v])
        assert 63 <= len(lab["claims"]) <= 66, (d.name, len(lab["claims"]))
        assert 34 <= len(lines) <= 40, (d.name, len(lines))
        for c in lab["claims"]:
            kv[(c["kind"], c["verdict"])] += 1
        rows.append((d, len(txt), len(lines), len(lab["claims"]), vc))
        C._all.clear()
    write_summary(rows, kv)
    tot = sum(r[3] for r in rows)
    vt = collections.Counter()
    for r in rows:
        vt.update(r[4])
    print(f"drafts {len(rows)}, claims {tot}, " + ", ".join(f"{v} {vt[v]}" for v in VERDICTS))
    for d, ch, nl, nc, vc in rows:
        print(f"  {d.name}: {ch} chars, {nl} lines, {nc} claims, " + ", ".join(f"{v[:4]} {vc[v]}" for v in VERDICTS))


def write_summary(rows, kv):
    out = ["# heldout23 — summary", "",
           "Six Vietnamese report drafts of provincial bodies with every checkable numeric claim labelled.",
           "Generated by `make.py` (exact decimal arithmetic, ROUND_HALF_UP); all tables below are computed by it.", "",
           "## Drafts", "",
           "| draft | office | characters | lines | claims | consistent | rounding | inconsistent | ambiguous |",
           "|---|---|---:|---:|---:|---:|---:|---:|---:|"]
    tot = collections.Counter()
    for d, ch, nl, nc, vc in rows:
        out.append(f"| {d.name} | {d.office} | {ch} | {nl} | {nc} | " + " | ".join(str(vc[v]) for v in VERDICTS) + " |")
        tot["ch"] += ch
        tot["nl"] += nl
        tot["nc"] += nc
        for v in VERDICTS:
            tot[v] += vc[v]
    out.append(f"| **total** | | {tot['ch']} | {tot['nl']} | {tot['nc']} | " + " | ".join(str(tot[v]) for v in VERDICTS) + " |")
    out += ["", "## Kind × verdict (all drafts)", "",
            "| kind | " + " | ".join(VERDICTS) + " | total |",
            "|---|" + "---:|" * (len(VERDICTS) + 1)]
    for k in KINDS:
        cells = [kv[(k, v)] for v in VERDICTS]
        out.append(f"| {k} | " + " | ".join(str(x) for x in cells) + f" | {sum(cells)} |")
    cells = [sum(kv[(k, v)] for k in KINDS) for v in VERDICTS]
    out.append("| **total** | " + " | ".join(str(x) for x in cells) + f" | {sum(cells)} |")
    out += ["", "Characters are Unicode code points of the .txt file, newlines included; lines are paragraphs (no blank lines).",
            "", "Files: `prose/<draft>.txt` (UTF-8, one paragraph per line, footnote lines start with `[\\ufffd]`) and",
            "`prose/<draft>.labels.json` (FORMAT.md). Checks run by `make.py`: every anchor occurs exactly once in its",
            "line (re-read from the written file), contains the judged figure, anchors on a line do not overlap, and",
            "every expected verdict is recomputed from the figures.", ""]
    with open(os.path.join(HERE, "SUMMARY.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))


if __name__ == "__main__":
    main()
