#!/usr/bin/env python3
"""Build the d9-* evaluation drafts and their labels; re-check them with --check.

    python3 make.py          # write d9-*.txt, d9-*.labels.json, SUMMARY.md
    python3 make.py --check  # re-read the written files and re-verify every label

Every figure is held as data (int or exact Fraction); percentages are rounded half up
with exact rational arithmetic. Planted errors are written as explicit literals and
documented in the claim's `why`. Each claim carries a machine spec whose operands are
the literal strings of the text (line, literal); the checker finds each literal in the
written .txt (with digit boundaries), parses it in vi-VN format, recomputes the
relation and derives the verdict and the corrected value, which must agree with the
labels file.
"""
import json
import os
import re
import sys
from collections import Counter, OrderedDict
from fractions import Fraction as F

HERE = os.path.dirname(os.path.abspath(__file__))
FN = "[\ufffd] "  # footnote line prefix, as the shared drafts are exported

# ---------------------------------------------------------------- numbers (vi-VN)


def rhu(x, dp):
    """Round a non-negative Fraction half up to dp decimals."""
    assert x >= 0
    q = x * 10 ** dp
    n = q.numerator // q.denominator
    if q - n >= F(1, 2):
        n += 1
    return F(n, 10 ** dp)


def trunc(x, dp):
    assert x >= 0
    q = x * 10 ** dp
    return F(q.numerator // q.denominator, 10 ** dp)


def fmt(x, dp=0):
    """vi-VN: '.' thousands, ',' decimals; half up at dp."""
    x = F(x)
    neg = x < 0
    q = rhu(abs(x), dp)
    ip = q.numerator // q.denominator
    s = f"{ip:,}".replace(",", ".")
    if dp:
        fp = (q - ip) * 10 ** dp
        s += "," + str(fp.numerator // fp.denominator).zfill(dp)
    return ("-" if neg else "") + s


def parse(lit):
    """vi-VN literal -> (Fraction, decimals)."""
    s = lit.strip().rstrip("%").strip()
    if "," in s:
        ip, fp = s.split(",")
    else:
        ip, fp = s, ""
    if "." in ip:
        g = ip.split(".")
        assert 1 <= len(g[0]) <= 3 and all(len(x) == 3 for x in g[1:]), lit
        ip = "".join(g)
    assert ip.isdigit() and (fp == "" or fp.isdigit()), lit
    v = F(int(ip))
    if fp:
        v += F(int(fp), 10 ** len(fp))
    return v, len(fp)


def pct(a, b, dp=2):
    return fmt(F(a) * 100 / F(b), dp)


def tpct(a, b, dp=2):
    """truncated percentage (what a careless clerk writes)"""
    return fmt(trunc(F(a) * 100 / F(b), dp), dp)


def n(x, dp=0):
    return fmt(x, dp)


def show(x):
    """exact value for notes: 4 decimals, half up"""
    x = F(x)
    if x.denominator == 1:
        return fmt(x)
    return ("-" if x < 0 else "") + fmt(abs(x), 4)


# ---------------------------------------------------------------- spec evaluation

PLUS = {"tăng": 1, "cao hơn": 1, "vượt": 1, "giảm": -1, "thấp hơn": -1, "thiếu": -1}
OPP = {"tăng": "giảm", "giảm": "tăng", "cao hơn": "thấp hơn", "thấp hơn": "cao hơn",
       "vượt": "thiếu", "thiếu": "vượt"}


def boundary_find(lit, text):
    pat = r"(?<![\d.,])" + re.escape(lit) + r"(?![\d]|[.,]\d)"
    return len(re.findall(pat, text))


class Ctx:
    def __init__(self, lines):
        self.lines = lines

    def lit(self, op):
        line, lit = op
        assert 1 <= line <= len(self.lines), op
        assert boundary_find(lit, self.lines[line - 1]) >= 1, f"literal {lit!r} not in line {line}"
        return lit

    def val(self, op, as_=None):
        """op: (line, literal) or list of ops (summed); returns (value, dp, text)."""
        if isinstance(op, list):
            vals = [self.val(o) for o in op]
            return (sum(v for v, _, _ in vals), max(d for _, d, _ in vals),
                    "(" + " + ".join(t for _, _, t in vals) + ")" if len(vals) > 1 else vals[0][2])
        lit = self.lit(op)
        v, dp = parse(as_ if as_ else lit)
        return v, dp, (as_ if as_ else lit).rstrip("%")


def judge(stated, dp, exact):
    hu = rhu(abs(exact), dp)
    tr = trunc(abs(exact), dp)
    if stated == hu:
        return "consistent", hu
    if stated == tr:
        return "rounding", hu
    return "inconsistent", hu


def word_right(word, exact):
    if word is None:
        return None
    s = 1 if exact > 0 else -1 if exact < 0 else 0
    if s == 0 or PLUS[word] == s:
        return word
    return OPP[word]


def evaluate(spec, cx):
    """-> (verdict, right, calc)"""
    t = spec["t"]
    if t == "sum":
        tot, tdp, ttxt = cx.val(spec["total"])
        s, sdp, stxt = cx.val(spec["parts"])
        ok = tot == s
        return ("consistent" if ok else "inconsistent", None if ok else fmt(s, sdp),
                f"{stxt} = {fmt(s, sdp)} vs stated {ttxt}")
    if t == "subset":
        par, _, ptxt = cx.val(spec["parent"])
        p, _, txt = cx.val(spec["part"])
        ok = p <= par
        return ("consistent" if ok else "inconsistent", None, f"{txt} ≤ {ptxt}: {ok}")
    if t == "subset_all":  # reading used inside ambiguous claims
        par, _, ptxt = cx.val(spec["parent"])
        vals = [cx.val(o) for o in spec["parts"]]
        ok = all(v <= par for v, _, _ in vals)
        s = sum(v for v, _, _ in vals)
        if spec.get("disjoint"):
            ok = ok and s <= par
        return ("consistent" if ok else "inconsistent", None,
                f"parts {' + '.join(t for _, _, t in vals)} = {fmt(s)}; each ≤ {ptxt}"
                + ("; disjoint, sum ≤ parent" if spec.get("disjoint") else "; may overlap"))
    if t == "share":
        a, _, atxt = cx.val(spec["part"])
        b, _, btxt = cx.val(spec["base"])
        st, dp, sttxt = cx.val(spec["stated"], spec.get("as"))
        ex = a * 100 / b
        v, hu = judge(st, dp, ex)
        return (v, None if v == "consistent" else fmt(hu, dp) + "%",
                f"{atxt} / {btxt} × 100 = {show(ex)}% → {fmt(hu, dp)}%; stated {sttxt}%")
    if t == "fraction":
        line, lit = spec["frac"]
        cx.lit(spec["frac"])
        num, den = [parse(x)[0] for x in lit.split("/")]
        ok = num <= den
        calc = f"{lit}: {fmt(num)} ≤ {fmt(den)}"
        right = None
        if spec.get("whole"):
            w, _, wtxt = cx.val(spec["whole"])
            calc += f"; whole = {wtxt} (line {spec['whole'][0]})"
            if den != w:
                ok = False
                right = f"{lit.split('/')[0]}/{wtxt}"
        return ("consistent" if ok else "inconsistent", right, calc)
    if t in ("diff", "points", "pr", "ratio"):
        c, _, ctxt = cx.val(spec["cur"])
        p, _, ptxt = cx.val(spec["prev"])
        st, dp, sttxt = cx.val(spec["stated"], spec.get("as"))
        word = spec.get("word")
        mode = spec.get("mode")
        if t == "diff":
            ex, unit, calc = c - p, "", f"{ctxt} − ({ptxt}) = {show(c - p)}"
        elif t in ("points", "pr"):
            ex, unit, calc = c - p, "%", f"{ctxt} − {ptxt} = {show(c - p)} points"
        elif mode == "change":
            ex, unit, calc = (c / p - 1) * 100, "%", f"({ctxt}) / ({ptxt}) × 100 − 100 = {show((c / p - 1) * 100)}%"
        else:  # index / plan
            ex, unit, calc = c / p * 100, "%", f"({ctxt}) / ({ptxt}) × 100 = {show(c / p * 100)}%"
        v, hu = judge(st, dp, ex)
        wr = word_right(word, ex)
        if word is not None and wr != word:
            v = "inconsistent"
        if t == "pr" and v != "consistent":  # the other reading: relative change between the two shares
            rel = (c / p - 1) * 100
            v2, hu2 = judge(st, dp, abs(rel))
            calc += f"; relative: {ptxt} → {ctxt} = {show(rel)}% → {fmt(hu2, dp)}%"
            if v2 == "consistent" and word_right(word, rel) == word:
                v = "consistent"
                calc += " (relative reading holds)"
        right = None
        if v != "consistent":
            right = (wr + " " if wr else "") + fmt(hu, dp) + unit
        return v, right, calc + f"; stated {(word + ' ') if word else ''}{sttxt}{unit}"
    if t == "repeat":
        a, adp, atxt = cx.val(spec["first"])
        b, _, btxt = cx.val(spec["second"])
        ok = a == b
        return ("consistent" if ok else "inconsistent", None if ok else atxt,
                f"line {spec['first'][0]}: {atxt}; here: {btxt}")
    if t == "term":
        lit = cx.lit(spec["named"])
        ys = [int(y) for y in re.findall(r"\d{4}", lit)]
        own = spec["own"]
        step = spec["step"]
        exp = [y - step for y in own]
        ok = ys == exp
        right = spec["prefix"] + " - ".join(str(y) for y in exp)
        return ("consistent" if ok else "inconsistent", None if ok else right,
                f"claim's own period {' - '.join(map(str, own))}; previous = {' - '.join(map(str, exp))}; named {lit}")
    if t == "unknown":
        return "consistent", None, spec["why"]
    if t == "amb":
        res = [evaluate(r, cx) for r in spec["readings"]]
        vs = [r[0] for r in res]
        ok = "consistent" in vs and "inconsistent" in vs
        assert ok, f"ambiguous claim without a split reading: {vs}"
        calc = " | ".join(f"reading {i + 1} ({r.get('name', r['t'])}): {x[2]} → {x[0]}"
                          for i, (r, x) in enumerate(zip(spec["readings"], res)))
        return "ambiguous", None, calc
    raise ValueError(t)


def judged(spec):
    t = spec["t"]
    return {"sum": "total", "subset": "part", "share": "stated", "fraction": "frac", "diff": "stated",
            "points": "stated", "pr": "stated", "ratio": "stated", "repeat": "second",
            "term": "named", "amb": "J"}[t]


# ---------------------------------------------------------------- drafts


class Draft:
    def __init__(self, fname):
        self.fname = fname
        self.lines = []
        self.claims = []

    def p(self, text):
        assert "\n" not in text
        self.lines.append(text)
        return len(self.lines)

    def fn(self, text):
        return self.p(FN + text)

    def c(self, line, anchor, kind, expect, spec, why=""):
        self.claims.append(dict(line=line, anchor=anchor, kind=kind, expect=expect, spec=spec, why=why))


def op(line, lit):
    return (line, lit)


# --- 1. Social Policy Bank, district branch --------------------------------------

def d1():
    d = Draft("d9-01-nhcsxh-huyen-phuoc-lam.txt")
    V = dict(hh=45236, hn23=2495, hn24=2316, hcn=1874, hn_end=1892,
             nv=612480, nv0=554165, tw=548930, dp=63550, dp_t=21300, dp_h=36750, dp_x=5500,
             bs_h=7000, bs_x=2250, kh_dp=7500, hd=18650, hd0=16510, tk=15960,
             dn=604935, dn0=548210, kh_dn=57000, cv=168420, cv0=152300, tn=111695,
             p_hn=96420, p_cn=112380, p_tn=48615, p_ss=21870, p_vl=118240, p_ns=98560,
             p_nx=28900, p_sx=72450, p_k=7500, vl_q=86300, vl_nn=27640, nx0=2540,
             kh=15842, kh0=15208, l_hn=812, l_cn=935, l_tn=410, l_ss=186, l_vl=1045, l_ns=862,
             l_nx=24, l_sx=318, l_pn=1706, l_dt=392, l_th=2870,
             nqh=726, nqh0=911, nk=215, lai=38965, lai0=35555,
             ut=597635, to=186, tv=15536, t_tot=171, t_kha=11, t_tb=3, t_yeu=1, t_tot0=164,
             kt=142, kt_h=28, kt_x=114, dn25=665000,
             hnd=58, hpn=71, ccb=33, dtn=24, d_hnd=188420, d_hpn=236115, d_ccb=104870, d_dtn=68230)
    N = lambda k: n(V[k])
    P = lambda a, b, dp=2: pct(V[a], V[b], dp)
    assert V["dp_t"] + V["dp_h"] + V["dp_x"] == V["dp"] and V["tw"] + V["dp"] == V["nv"]
    assert V["dn0"] + V["cv"] - V["tn"] == V["dn"]
    progs = ["p_hn", "p_cn", "p_tn", "p_ss", "p_vl", "p_ns", "p_nx", "p_sx", "p_k"]
    assert sum(V[k] for k in progs) == V["dn"]
    luot = ["l_hn", "l_cn", "l_tn", "l_ss", "l_vl", "l_ns", "l_nx", "l_sx"]
    luot_sum = sum(V[k] for k in luot)  # 4.592; the draft keeps the stale 4.612
    assert V["hnd"] + V["hpn"] + V["ccb"] + V["dtn"] == V["to"] == V["t_tot"] + V["t_kha"] + V["t_tb"] + V["t_yeu"]
    assert V["d_hnd"] + V["d_hpn"] + V["d_ccb"] + V["d_dtn"] == V["ut"]

    for t in ["NGÂN HÀNG CHÍNH SÁCH XÃ HỘI", "PHÒNG GIAO DỊCH NHCSXH HUYỆN PHƯỚC LÂM", "Số: 21/BC-PGD",
              "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
              "Phước Lâm, ngày 06 tháng 01 năm 2025", "BÁO CÁO",
              "Kết quả thực hiện tín dụng chính sách xã hội năm 2024, nhiệm vụ, giải pháp năm 2025"]:
        d.p(t)
    d.p("Thực hiện Văn bản số 2186/NHCS-KHNV ngày 12/12/2024 của Chi nhánh NHCSXH tỉnh Lâm Hà về việc tổng kết "
        "hoạt động năm 2024 và Nghị quyết số 05/NQ-BĐD ngày 15/01/2024 của Ban đại diện Hội đồng quản trị NHCSXH "
        "huyện, Phòng giao dịch NHCSXH huyện Phước Lâm báo cáo kết quả như sau:")
    d.p("I. ĐẶC ĐIỂM TÌNH HÌNH")
    L11 = d.p(f"Huyện Phước Lâm có 14 đơn vị hành chính cấp xã (12 xã, 02 thị trấn), 126 thôn, tổ dân phố với "
              f"{N('hh')} hộ dân. Theo kết quả rà soát cuối năm 2023, toàn huyện còn {N('hn24')} hộ nghèo, "
              f"chiếm {P('hn24', 'hh')}% số hộ và {N('hcn')} hộ cận nghèo (tỷ lệ {P('hcn', 'hh')}%); đầu năm "
              f"2023, con số này là {N('hn23')} hộ nghèo. Kinh tế của huyện chủ yếu là nông nghiệp, thu nhập của "
              f"người dân còn thấp, nhu cầu vay vốn chính sách còn lớn.")
    d.c(L11, "14 đơn vị hành chính cấp xã", "sum", "consistent",
        dict(t="sum", total=op(L11, "14"), parts=[op(L11, "12"), op(L11, "02")]))
    d.c(L11, f"chiếm {P('hn24', 'hh')}%", "share", "consistent",
        dict(t="share", part=op(L11, N("hn24")), base=op(L11, N("hh")), stated=op(L11, P("hn24", "hh") + "%")))
    d.c(L11, f"tỷ lệ {P('hcn', 'hh')}%", "share", "consistent",
        dict(t="share", part=op(L11, N("hcn")), base=op(L11, N("hh")), stated=op(L11, P("hcn", "hh") + "%")),
        "base (households) stated earlier in the sentence")
    L12 = d.p("Mạng lưới giao dịch được duy trì ổn định tại 14/14 xã, thị trấn, giao dịch vào ngày cố định hằng "
              "tháng; Ban đại diện HĐQT NHCSXH huyện có 15 thành viên do Phó Chủ tịch UBND huyện làm Trưởng ban.")
    d.c(L12, "14/14 xã, thị trấn", "fraction", "consistent",
        dict(t="fraction", frac=op(L12, "14/14"), whole=op(L11, "14")))
    d.p("Năm 2024, hoạt động tín dụng chính sách trên địa bàn huyện tiếp tục nhận được sự quan tâm lãnh đạo, chỉ đạo "
        "của Huyện ủy, HĐND, UBND huyện trong triển khai Chỉ thị số 40-CT/TW ngày 22/11/2014 của Ban Bí thư và Kết luận "
        "số 06-KL/TW ngày 10/6/2021 của Ban Bí thư về tiếp tục thực hiện Chỉ thị số 40-CT/TW. Tuy nhiên, ảnh hưởng của "
        "cơn bão số 3 (Yagi) vào tháng 9/2024 đã làm thiệt hại nặng về trồng trọt, chăn nuôi của nhiều hộ vay ở các xã "
        "ven sông; một bộ phận hộ vay đi làm ăn xa, khó khăn cho việc đôn đốc thu nợ, thu lãi.")
    d.p("II. KẾT QUẢ THỰC HIỆN NĂM 2024")
    d.p("1. Nguồn vốn")
    L15 = d.p(f"Đến 31/12/2024, tổng nguồn vốn đạt {N('nv')} triệu đồng, tăng {n(V['nv'] - V['nv0'])} triệu đồng "
              f"so với đầu năm ({N('nv0')} triệu đồng), tốc độ tăng {pct(V['nv'] - V['nv0'], V['nv0'])}%. Nguồn "
              f"vốn cân đối từ Trung ương {N('tw')} triệu đồng, chiếm {P('tw', 'nv')}%; phần còn lại là vốn nhận "
              f"ủy thác từ ngân sách địa phương, chiếm {P('dp', 'nv')}% tổng nguồn.")
    d.c(L15, f"tăng {n(V['nv'] - V['nv0'])} triệu đồng", "difference", "consistent",
        dict(t="diff", cur=op(L15, N("nv")), prev=op(L15, N("nv0")), stated=op(L15, n(V["nv"] - V["nv0"])), word="tăng"))
    d.c(L15, f"tốc độ tăng {pct(V['nv'] - V['nv0'], V['nv0'])}%", "ratio", "consistent",
        dict(t="ratio", mode="change", cur=op(L15, N("nv")), prev=op(L15, N("nv0")),
             stated=op(L15, pct(V["nv"] - V["nv0"], V["nv0"]) + "%"), word="tăng"))
    d.c(L15, f"chiếm {P('tw', 'nv')}%", "share", "consistent",
        dict(t="share", part=op(L15, N("tw")), base=op(L15, N("nv")), stated=op(L15, P("tw", "nv") + "%")))
    L16 = d.p(f"Vốn ủy thác địa phương đạt {N('dp')} triệu đồng, gồm: ngân sách tỉnh {N('dp_t')} triệu đồng; ngân "
              f"sách huyện {N('dp_h')} triệu đồng; ngân sách các xã, thị trấn {N('dp_x')} triệu đồng. Trong năm, "
              f"UBND huyện bố trí bổ sung {N('bs_h')} triệu đồng theo Quyết định số 4125/QĐ-UBND ngày 28/6/2024, "
              f"các xã chuyển thêm {N('bs_x')} triệu đồng, nâng số vốn ủy thác tăng trong năm lên "
              f"{n(V['bs_h'] + V['bs_x'])} triệu đồng, đạt 132,3% kế hoạch tỉnh giao ({N('kh_dp')} triệu đồng).")
    d.c(L15, f"chiếm {P('dp', 'nv')}% tổng nguồn", "share", "consistent",
        dict(t="share", part=op(L16, N("dp")), base=op(L15, N("nv")), stated=op(L15, P("dp", "nv") + "%")),
        "part (63.550) is given only in the next paragraph")
    d.c(L16, f"{N('dp')} triệu đồng, gồm", "sum", "consistent",
        dict(t="sum", total=op(L16, N("dp")), parts=[op(L16, N("dp_t")), op(L16, N("dp_h")), op(L16, N("dp_x"))]))
    d.c(L16, f"lên {n(V['bs_h'] + V['bs_x'])} triệu đồng", "sum", "consistent",
        dict(t="sum", total=op(L16, n(V["bs_h"] + V["bs_x"])), parts=[op(L16, N("bs_h")), op(L16, N("bs_x"))]),
        "document number 4125/QĐ-UBND and date 28/6/2024 sit between the parts")
    d.c(L16, "đạt 132,3%", "ratio", "inconsistent",
        dict(t="ratio", mode="plan", cur=op(L16, n(V["bs_h"] + V["bs_x"])), prev=op(L16, N("kh_dp")),
             stated=op(L16, "132,3%")), "digits swapped: 123,3 written 132,3")
    L17 = d.p(f"Nguồn vốn huy động tại địa phương được Trung ương cấp bù lãi suất đạt {N('hd')} triệu đồng, tăng "
              f"{n(V['hd'] - V['hd0'])} triệu đồng so với 31/12/2023 ({N('hd0')} triệu đồng); trong đó tiền gửi "
              f"tiết kiệm của tổ viên Tổ tiết kiệm và vay vốn (Tổ TK&VV) là {N('tk')} triệu đồng.")
    d.c(L17, f"tăng {n(V['hd'] - V['hd0'])} triệu đồng", "difference", "consistent",
        dict(t="diff", cur=op(L17, N("hd")), prev=op(L17, N("hd0")), stated=op(L17, n(V["hd"] - V["hd0"])), word="tăng"))
    d.c(L17, f"là {N('tk')} triệu đồng", "subset", "consistent",
        dict(t="subset", parent=op(L17, N("hd")), part=op(L17, N("tk"))))
    d.p("2. Dư nợ và doanh số cho vay, thu nợ")
    inc = V["dn"] - V["dn0"]
    L19 = d.p(f"Tổng dư nợ đến 31/12/2024 đạt {N('dn')} triệu đồng; so với 31/12/2023 ({N('dn0')} triệu đồng) tăng "
              f"{n(inc)} triệu đồng, tỷ lệ tăng trưởng {pct(inc, V['dn0'])}%, hoàn thành {pct(inc, V['kh_dn'])}% kế "
              f"hoạch tăng trưởng được giao ({N('kh_dn')} triệu đồng). Doanh số cho vay năm 2024 đạt {N('cv')} triệu "
              f"đồng, bằng {P('cv', 'cv0')}% so với năm 2023 ({N('cv0')} triệu đồng); doanh số thu nợ {N('tn')} triệu "
              f"đồng; chênh lệch giữa cho vay và thu nợ là {n(V['cv'] - V['tn'])} triệu đồng, đúng bằng mức dư nợ "
              f"tăng thêm.")
    d.c(L19, f"tăng {n(inc)} triệu đồng", "difference", "consistent",
        dict(t="diff", cur=op(L19, N("dn")), prev=op(L19, N("dn0")), stated=op(L19, n(inc)), word="tăng"),
        "previous value in parentheses before the difference")
    d.c(L19, f"tỷ lệ tăng trưởng {pct(inc, V['dn0'])}%", "ratio", "consistent",
        dict(t="ratio", mode="change", cur=op(L19, N("dn")), prev=op(L19, N("dn0")),
             stated=op(L19, pct(inc, V["dn0"]) + "%"), word="tăng"))
    d.c(L19, f"hoàn thành {pct(inc, V['kh_dn'])}%", "ratio", "consistent",
        dict(t="ratio", mode="plan", cur=op(L19, n(inc)), prev=op(L19, N("kh_dn")), stated=op(L19, pct(inc, V["kh_dn"]) + "%")))
    d.c(L19, f"bằng {P('cv', 'cv0')}%", "ratio", "consistent",
        dict(t="ratio", mode="index", cur=op(L19, N("cv")), prev=op(L19, N("cv0")), stated=op(L19, P("cv", "cv0") + "%")))
    d.c(L19, f"thu nợ là {n(V['cv'] - V['tn'])} triệu đồng", "difference", "consistent",
        dict(t="diff", cur=op(L19, N("cv")), prev=op(L19, N("tn")), stated=op(L19, n(V["cv"] - V["tn"])), word=None))
    L20 = d.p(f"Trong tổng dư nợ {N('dn')} triệu đồng, chia theo chương trình: cho vay hộ nghèo {N('p_hn')} triệu "
              f"đồng ({P('p_hn', 'dn')}%); hộ cận nghèo {N('p_cn')} triệu đồng, chiếm {P('p_cn', 'dn0')}%; hộ mới "
              f"thoát nghèo {N('p_tn')} triệu đồng; học sinh, sinh viên có hoàn cảnh khó khăn {N('p_ss')} triệu đồng; "
              f"hỗ trợ tạo việc làm, duy trì và mở rộng việc làm {N('p_vl')} triệu đồng, là chương trình có tỷ trọng "
              f"lớn nhất với {P('p_vl', 'dn')}%; nước sạch và vệ sinh môi trường nông thôn {N('p_ns')} triệu đồng; "
              f"nhà ở xã hội {N('p_nx')} triệu đồng; hộ gia đình sản xuất, kinh doanh tại vùng khó khăn {N('p_sx')} "
              f"triệu đồng; các chương trình khác {N('p_k')} triệu đồng.")
    d.c(L20, f"{N('dn')} triệu đồng, chia theo chương trình", "sum", "consistent",
        dict(t="sum", total=op(L20, N("dn")), parts=[op(L20, N(k)) for k in progs]), "nine programmes, 'chia ra' reading")
    d.c(L20, f"({P('p_hn', 'dn')}%)", "share", "consistent",
        dict(t="share", part=op(L20, N("p_hn")), base=op(L20, N("dn")), stated=op(L20, P("p_hn", "dn") + "%")))
    d.c(L20, f"chiếm {P('p_cn', 'dn0')}%", "share", "inconsistent",
        dict(t="share", part=op(L20, N("p_cn")), base=op(L20, N("dn")), stated=op(L20, P("p_cn", "dn0") + "%")),
        f"wrong base: {N('p_cn')} / {N('dn0')} (dư nợ 31/12/2023) = {P('p_cn', 'dn0')}%")
    d.c(L20, f"với {P('p_vl', 'dn')}%", "share", "consistent",
        dict(t="share", part=op(L20, N("p_vl")), base=op(L20, N("dn")), stated=op(L20, P("p_vl", "dn") + "%")))
    L21 = d.p(f"Riêng chương trình hỗ trợ tạo việc làm, trong {N('p_vl')} triệu đồng dư nợ có {N('vl_q')} triệu đồng "
              f"cho vay từ Quỹ quốc gia về việc làm và {N('vl_nn')} triệu đồng cho vay người lao động đi làm việc ở "
              f"nước ngoài theo hợp đồng. Dư nợ cho vay nhà ở xã hội theo Nghị định số 100/2015/NĐ-CP tăng mạnh, từ "
              f"{N('nx0')} triệu đồng đầu năm lên {N('p_nx')} triệu đồng, tăng 1.038%.")
    assert pct(V["p_nx"] - V["nx0"], V["nx0"], 0) == "1.038"
    d.c(L21, f"trong {N('p_vl')} triệu đồng dư nợ", "sum", "ambiguous",
        dict(t="amb", J=op(L21, N("p_vl")), readings=[
            dict(t="subset_all", name="partial list", parent=op(L21, N("p_vl")),
                 parts=[op(L21, N("vl_q")), op(L21, N("vl_nn"))], disjoint=True),
            dict(t="sum", name="exhaustive", total=op(L21, N("p_vl")), parts=[op(L21, N("vl_q")), op(L21, N("vl_nn"))])]),
        "4.300 short; a third source (local entrusted funds for jobs) may exist, the text does not say")
    d.c(L21, "tăng 1.038%", "ratio", "ambiguous",
        dict(t="amb", J=op(L21, "1.038%"), readings=[
            dict(t="ratio", name="1.038 = 1038", mode="change", cur=op(L21, N("p_nx")), prev=op(L21, N("nx0")),
                 stated=op(L21, "1.038%"), word="tăng"),
            dict(t="ratio", name="1.038 = 1,038", mode="change", cur=op(L21, N("p_nx")), prev=op(L21, N("nx0")),
                 stated=op(L21, "1.038%"), word="tăng", **{"as": "1,038"})]),
        "'1.038%' may be 1038 % or a mistyped 1,038 %; must not be parsed silently")
    L22 = d.p(f"Số khách hàng còn dư nợ đến cuối năm là {N('kh')} hộ, tăng {n(V['kh'] - V['kh0'])} hộ so với đầu năm "
              f"({N('kh0')} hộ). Năm 2024 có 4.612 lượt hộ được vay vốn, gồm: hộ nghèo {N('l_hn')} lượt; hộ cận "
              f"nghèo {N('l_cn')} lượt; hộ mới thoát nghèo {N('l_tn')} lượt; học sinh, sinh viên {N('l_ss')} lượt; "
              f"tạo việc làm {N('l_vl')} lượt; nước sạch và vệ sinh {N('l_ns')} lượt; nhà ở xã hội {N('l_nx')} lượt; "
              f"sản xuất, kinh doanh vùng khó khăn {N('l_sx')} lượt. Trong số này có {N('l_pn')} lượt hộ do phụ nữ "
              f"làm chủ và {N('l_dt')} lượt hộ đồng bào dân tộc thiểu số; {N('l_th')} lượt hộ vay được tổ chức hội "
              f"hướng dẫn cách làm ăn, chiếm {pct(V['l_th'], 4612, 1)}%.")
    d.c(L22, f"tăng {n(V['kh'] - V['kh0'])} hộ", "difference", "consistent",
        dict(t="diff", cur=op(L22, N("kh")), prev=op(L22, N("kh0")), stated=op(L22, n(V["kh"] - V["kh0"])), word="tăng"))
    d.c(L22, "4.612 lượt hộ", "sum", "inconsistent",
        dict(t="sum", total=op(L22, "4.612"), parts=[op(L22, N(k)) for k in luot]),
        f"total not updated after a programme count was revised: parts sum to {n(luot_sum)}")
    d.c(L22, f"{N('l_pn')} lượt hộ", "subset", "consistent",
        dict(t="subset", parent=op(L22, "4.612"), part=op(L22, N("l_pn"))), "overlapping dimension (women-headed)")
    d.c(L22, f"{N('l_dt')} lượt hộ", "subset", "consistent",
        dict(t="subset", parent=op(L22, "4.612"), part=op(L22, N("l_dt"))), "overlapping dimension (ethnic minority)")
    d.c(L22, f"chiếm {pct(V['l_th'], 4612, 1)}%", "share", "ambiguous",
        dict(t="amb", J=op(L22, pct(V["l_th"], 4612, 1) + "%"), readings=[
            dict(t="share", name="base 4.612 as written", part=op(L22, N("l_th")), base=op(L22, "4.612"),
                 stated=op(L22, pct(V["l_th"], 4612, 1) + "%")),
            dict(t="share", name="base = sum of parts", part=op(L22, N("l_th")), base=[op(L22, N(k)) for k in luot],
                 stated=op(L22, pct(V["l_th"], 4612, 1) + "%")),
            dict(t="share", name="base = borrowers", part=op(L22, N("l_th")), base=op(L22, N("kh")),
                 stated=op(L22, pct(V["l_th"], 4612, 1) + "%"))]),
        "base not stated; fits the (itself wrong) 4.612 only")
    L23 = d.p(f"Vốn tín dụng chính sách đã góp phần giúp {n(V['hn24'] - V['hn_end'])} hộ vượt qua ngưỡng nghèo, thu "
              f"hút và tạo việc làm cho 1.230 lao động (trong đó 96 lao động đi làm việc ở nước ngoài), xây dựng "
              f"1.724 công trình nước sạch và công trình vệ sinh, giúp {N('l_ss')} học sinh, sinh viên có điều kiện "
              f"học tập và xây mới {N('l_nx')} căn nhà ở xã hội. Đến cuối năm 2024, số hộ nghèo toàn huyện còn "
              f"{N('hn_end')} hộ, tỷ lệ {P('hn_end', 'hh')}%, giảm {n(V['hn23'] - V['hn_end'])} hộ so với đầu năm.")
    d.c(L23, "96 lao động", "subset", "consistent", dict(t="subset", parent=op(L23, "1.230"), part=op(L23, "96")))
    d.c(L23, f"{N('l_ss')} học sinh, sinh viên", "repeat", "consistent",
        dict(t="repeat", first=op(L22, N("l_ss")), second=op(L23, N("l_ss"))))
    d.c(L23, f"{N('l_nx')} căn nhà", "repeat", "consistent",
        dict(t="repeat", first=op(L22, N("l_nx")), second=op(L23, N("l_nx"))))
    d.c(L23, f"tỷ lệ {P('hn_end', 'hh')}%", "share", "consistent",
        dict(t="share", part=op(L23, N("hn_end")), base=op(L11, N("hh")), stated=op(L23, P("hn_end", "hh") + "%")))
    d.c(L23, f"giảm {n(V['hn23'] - V['hn_end'])} hộ", "difference", "inconsistent",
        dict(t="diff", cur=op(L23, N("hn_end")), prev=op(L11, N("hn24")), stated=op(L23, n(V["hn23"] - V["hn_end"])),
             word="giảm"),
        f"figure from another year: {N('hn23')} (start of 2023) − {N('hn_end')}; start of 2024 was {N('hn24')}")
    d.p("3. Chất lượng tín dụng")
    L25 = d.p(f"Nợ quá hạn đến 31/12/2024 là {N('nqh')} triệu đồng, chiếm {P('nqh', 'dn')}% tổng dư nợ, tăng "
              f"{n(V['nqh0'] - V['nqh'])} triệu đồng so với đầu năm; tỷ lệ nợ quá hạn giảm 0,05% so với 31/12/2023 "
              f"({N('nqh0')} triệu đồng, chiếm {P('nqh0', 'dn0')}%). Nợ khoanh {N('nk')} triệu đồng, chiếm "
              f"{tpct(V['nk'], V['dn'])}% tổng dư nợ. Có 09/14 xã, thị trấn không có nợ quá hạn; 03 xã có tỷ lệ nợ "
              f"quá hạn trên 0,3% là Phước Sơn, Tân Lộc và Hòa Mỹ.")
    d.c(L25, f"chiếm {P('nqh', 'dn')}% tổng dư nợ", "share", "consistent",
        dict(t="share", part=op(L25, N("nqh")), base=op(L19, N("dn")), stated=op(L25, P("nqh", "dn") + "%")))
    d.c(L25, f"tăng {n(V['nqh0'] - V['nqh'])} triệu đồng", "difference", "inconsistent",
        dict(t="diff", cur=op(L25, N("nqh")), prev=op(L25, N("nqh0")), stated=op(L25, n(V["nqh0"] - V["nqh"])), word="tăng"),
        "wrong direction: overdue debt fell from 911 to 726")
    d.c(L25, "giảm 0,05%", "points", "consistent",
        dict(t="points", cur=op(L25, P("nqh", "dn") + "%"), prev=op(L25, P("nqh0", "dn0") + "%"), stated=op(L25, "0,05%"),
             word="giảm"), "percentage points written as %")
    d.c(L25, f"chiếm {P('nqh0', 'dn0')}%", "share", "consistent",
        dict(t="share", part=op(L25, N("nqh0")), base=op(L19, N("dn0")), stated=op(L25, P("nqh0", "dn0") + "%")),
        "base is the loan book at 31/12/2023")
    d.c(L25, f"chiếm {tpct(V['nk'], V['dn'])}%", "share", "rounding",
        dict(t="share", part=op(L25, N("nk")), base=op(L19, N("dn")), stated=op(L25, tpct(V["nk"], V["dn"]) + "%")),
        "truncated")
    d.c(L25, "09/14 xã, thị trấn", "fraction", "consistent",
        dict(t="fraction", frac=op(L25, "09/14"), whole=op(L11, "14")))
    L26 = d.p(f"Thu lãi năm 2024 đạt {N('lai')} triệu đồng, tăng {n(V['lai'] - V['lai0'])} triệu đồng so với năm 2023 "
              f"({N('lai0')} triệu đồng); tỷ lệ thu lãi đạt 99,72%, cao hơn năm trước 0,25% (năm 2023 đạt 99,47%).")
    d.c(L26, f"tăng {n(V['lai'] - V['lai0'])} triệu đồng", "difference", "consistent",
        dict(t="diff", cur=op(L26, N("lai")), prev=op(L26, N("lai0")), stated=op(L26, n(V["lai"] - V["lai0"])), word="tăng"))
    d.c(L26, "cao hơn năm trước 0,25%", "points", "consistent",
        dict(t="points", cur=op(L26, "99,72%"), prev=op(L26, "99,47%"), stated=op(L26, "0,25%"), word="cao hơn"),
        "previous rate given after the difference, in parentheses")
    d.p("4. Hoạt động ủy thác qua tổ chức hội, đoàn thể và Tổ TK&VV")
    L28 = d.p(f"Dư nợ ủy thác qua 04 tổ chức chính trị - xã hội đến 31/12/2024 là {N('ut')} triệu đồng, chiếm "
              f"{P('ut', 'dn')}% tổng dư nợ, được quản lý qua {N('to')} Tổ TK&VV với {N('tv')} tổ viên. Kết quả đánh "
              f"giá, xếp loại năm 2024: {N('t_tot')} tổ xếp loại tốt, chiếm {tpct(V['t_tot'], V['to'])}%; 11 tổ khá "
              f"({P('t_kha', 'to')}%); 03 tổ trung bình ({P('t_tb', 'to')}%); 01 tổ yếu ({P('t_yeu', 'to')}%). Số tổ "
              f"tốt tăng 07 tổ so với năm 2023 ({N('t_tot0')} tổ).")
    d.c(L28, f"chiếm {P('ut', 'dn')}%", "share", "consistent",
        dict(t="share", part=op(L28, N("ut")), base=op(L19, N("dn")), stated=op(L28, P("ut", "dn") + "%")))
    d.c(L28, f"{N('to')} Tổ TK&VV", "sum", "consistent",
        dict(t="sum", total=op(L28, N("to")), parts=[op(L28, N("t_tot")), op(L28, "11"), op(L28, "03"), op(L28, "01")]))
    d.c(L28, f"chiếm {tpct(V['t_tot'], V['to'])}%", "share", "rounding",
        dict(t="share", part=op(L28, N("t_tot")), base=op(L28, N("to")), stated=op(L28, tpct(V["t_tot"], V["to"]) + "%")),
        "truncated")
    for k in ["t_kha", "t_tb", "t_yeu"]:
        lit = {"t_kha": "11", "t_tb": "03", "t_yeu": "01"}[k]
        d.c(L28, f"({P(k, 'to')}%)", "share", "consistent",
            dict(t="share", part=op(L28, lit), base=op(L28, N("to")), stated=op(L28, P(k, "to") + "%")))
    d.c(L28, "tăng 07 tổ", "difference", "consistent",
        dict(t="diff", cur=op(L28, N("t_tot")), prev=op(L28, N("t_tot0")), stated=op(L28, "07"), word="tăng"))
    L29 = d.p(f"Ban đại diện HĐQT các cấp đã kiểm tra, giám sát {N('kt')} lượt, trong đó Ban đại diện HĐQT huyện "
              f"{N('kt_h')} lượt, Ban giám sát cấp xã {N('kt_x')} lượt; qua kiểm tra đã chấn chỉnh những tồn tại trong "
              f"bình xét cho vay, thu lãi và thu tiết kiệm.")
    d.c(L29, f"{N('kt')} lượt", "sum", "consistent",
        dict(t="sum", total=op(L29, N("kt")), parts=[op(L29, N("kt_h")), op(L29, N("kt_x"))]),
        "'trong đó' that is a full breakdown by level")
    d.p("III. ĐÁNH GIÁ CHUNG")
    L31 = d.p(f"Năm 2024, Phòng giao dịch cơ bản hoàn thành các chỉ tiêu kế hoạch được giao; riêng chỉ tiêu tăng trưởng "
              f"dư nợ đạt {pct(inc, V['kh_dn'])}% do một số hộ trả nợ trước hạn. Chất lượng tín dụng được giữ vững, "
              f"tỷ lệ nợ quá hạn thấp hơn bình quân chung của tỉnh. Tuy nhiên, nhu cầu vay vốn của hộ mới thoát nghèo, "
              f"hộ cận nghèo còn lớn; nguồn vốn ủy thác của một số xã còn thấp, chưa chủ động bố trí từ đầu năm.")
    d.p("Nguyên nhân của hạn chế: một số Ban giảm nghèo cấp xã chưa thực sự quan tâm đến việc nắm nhu cầu vay vốn, bình "
        "xét cho vay; hoạt động của một vài Tổ TK&VV còn phụ thuộc vào tổ trưởng, sinh hoạt tổ chưa thường xuyên; việc "
        "giám sát sử dụng vốn vay sau giải ngân ở một số thôn chưa chặt chẽ, còn để xảy ra trường hợp sử dụng vốn sai mục "
        "đích phải thu hồi trước hạn.")
    d.c(L31, f"đạt {pct(inc, V['kh_dn'])}%", "repeat", "consistent",
        dict(t="repeat", first=op(L19, pct(inc, V["kh_dn"]) + "%"), second=op(L31, pct(inc, V["kh_dn"]) + "%")))
    d.p("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025")
    L33 = d.p(f"Theo Quyết định số 5210/QĐ-UBND ngày 20/12/2024 của UBND huyện phê duyệt kết quả rà soát, toàn huyện "
              f"còn 1.918 hộ nghèo và 1.806 hộ cận nghèo là đối tượng ưu tiên vay vốn năm 2025. Phấn đấu tổng dư nợ "
              f"đến 31/12/2025 đạt {N('dn25')} triệu đồng, tăng {n(V['dn25'] - V['dn'])} triệu đồng "
              f"({pct(V['dn25'] - V['dn'], V['dn'])}%) so với cuối năm 2024; giữ tỷ lệ nợ quá hạn dưới 0,15%, 100% "
              f"Tổ TK&VV xếp loại khá, tốt. Đề nghị UBND huyện bố trí ... triệu đồng từ ngân sách huyện năm 2025 để "
              f"ủy thác qua NHCSXH.")
    d.c(L33, "1.918 hộ nghèo", "repeat", "ambiguous",
        dict(t="amb", J=op(L33, "1.918"), readings=[
            dict(t="repeat", name="same quantity", first=op(L23, N("hn_end")), second=op(L33, "1.918")),
            dict(t="unknown", name="different source", why="approved review (QĐ 5210) vs bank's year-end count")]),
        "same noun, different source/date; cannot tell whether it should equal 1.892")
    d.c(L33, f"tăng {n(V['dn25'] - V['dn'])} triệu đồng", "difference", "consistent",
        dict(t="diff", cur=op(L33, N("dn25")), prev=op(L19, N("dn")), stated=op(L33, n(V["dn25"] - V["dn"])), word="tăng"),
        "previous value (604.935) only in section II")
    d.c(L33, f"({pct(V['dn25'] - V['dn'], V['dn'])}%)", "ratio", "consistent",
        dict(t="ratio", mode="change", cur=op(L33, N("dn25")), prev=op(L19, N("dn")),
             stated=op(L33, pct(V["dn25"] - V["dn"], V["dn"]) + "%"), word="tăng"))
    d.p("Giải pháp chủ yếu: tiếp tục tham mưu cấp ủy, chính quyền các cấp tăng cường lãnh đạo, chỉ đạo đối với tín "
        "dụng chính sách; phối hợp chặt chẽ với các tổ chức hội nhận ủy thác trong củng cố, kiện toàn Tổ TK&VV, nhất là "
        "những tổ xếp loại trung bình, yếu; đẩy mạnh ứng dụng công nghệ thông tin, triển khai dịch vụ ngân hàng số tại "
        "các điểm giao dịch xã; tập trung xử lý nợ đến hạn, nợ quá hạn ở các xã có tỷ lệ cao, không để phát sinh nợ mới.")
    d.p("Nơi nhận: - Chi nhánh NHCSXH tỉnh Lâm Hà; - Ban đại diện HĐQT NHCSXH huyện; - UBND các xã, thị trấn; - Lưu: VT.")
    F1 = d.fn(f"Hội Nông dân quản lý {N('hnd')} tổ, dư nợ {N('d_hnd')} triệu đồng; Hội Liên hiệp Phụ nữ {N('hpn')} tổ, "
              f"dư nợ {N('d_hpn')} triệu đồng; Hội Cựu chiến binh {N('ccb')} tổ, dư nợ {N('d_ccb')} triệu đồng; Đoàn "
              f"Thanh niên {N('dtn')} tổ, dư nợ {N('d_dtn')} triệu đồng. Cộng: {N('to')} tổ, {N('ut')} triệu đồng.")
    d.c(F1, f"Cộng: {N('to')} tổ", "sum", "consistent",
        dict(t="sum", total=op(F1, N("to")), parts=[op(F1, N(k)) for k in ["hnd", "hpn", "ccb", "dtn"]]))
    d.c(F1, f"{N('ut')} triệu đồng", "sum", "consistent",
        dict(t="sum", total=op(F1, N("ut")), parts=[op(F1, N(k)) for k in ["d_hnd", "d_hpn", "d_ccb", "d_dtn"]]))
    F2 = d.fn("Tổng số 15.482 khách hàng còn dư nợ, trong đó 4.105 hộ đang vay từ 02 chương trình trở lên; 2.218 hộ "
              "vay chương trình nước sạch và vệ sinh môi trường nông thôn.")
    d.c(F2, "15.482 khách hàng", "repeat", "inconsistent",
        dict(t="repeat", first=op(L22, N("kh")), second=op(F2, "15.482")), "digits swapped: 15.842 written 15.482")
    d.c(F2, "4.105 hộ", "subset", "consistent", dict(t="subset", parent=op(F2, "15.482"), part=op(F2, "4.105")))
    d.c(F2, "2.218 hộ", "subset", "consistent", dict(t="subset", parent=op(F2, "15.482"), part=op(F2, "2.218")))
    return d


# --- 2. Civil judgment enforcement, provincial department ----------------------------

def d2():
    d = Draft("d9-02-thi-hanh-an-dan-su-tinh.txt")
    V = dict(bc=168, cm=159, nu=52, dv=148, cc=8, tc=14, sc=58,
             cu=7842, moi=9365, moi0=8823, cd=5120, don=4245, cuc=1245, cuc_pth=1198, chicuc=15962,
             ut=212, dk=12684, cdk=4311, xong=10452, dc=318, xong0=9618,
             hoan=96, tdc=21, dang=1775, xm=3972, sotr=2864,
             t_cu=1214560, t_moi=862318, t_ut=35412, t_dk=1268934, t_cdk=772532,
             t_xong=584275, t_dc=36810, t_xong0=512640,
             td_v=1126, td_t=812450, td_xv=384, td_xt=201360,
             tn_v=201, tn_t=214560, tn_xv=148, tn_xt=92413,
             cc_all=142, cc_cuc=18, cc_cc=124, tsdg=186, tdg=145320,
             hc=46, hc_x=39, hc_d=7,
             tcd=326, don_all=214, kn=171, tc_=18, pa=25, tq=205, gq=198, gq_cuc=36, gq_cc=162,
             a_dk=3418, a_x=2936, a_d=62, b_dk=1246, b_x=1041, b_d=25, c_dk=986, c_x=812, c_d=21, giam=622)
    N = lambda k: n(V[k])
    tong = V["cu"] + V["moi"]
    pth = tong - V["ut"]
    assert V["dk"] + V["cdk"] == pth and V["cd"] + V["don"] == V["moi"] and V["cuc"] + V["chicuc"] == tong
    ton = V["dk"] - V["xong"] - V["dc"]
    chuyen = pth - V["xong"] - V["dc"]
    assert ton + V["cdk"] == chuyen
    t_tong = V["t_cu"] + V["t_moi"]
    t_pth = t_tong - V["t_ut"]
    assert V["t_dk"] + V["t_cdk"] == t_pth
    t_x = V["t_xong"] + V["t_dc"]
    for t in ["BỘ TƯ PHÁP", "CỤC THI HÀNH ÁN DÂN SỰ TỈNH BÌNH LÂM", "Số: .../BC-CTHADS",
              "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
              "Bình Lâm, ngày ... tháng 10 năm 2024", "BÁO CÁO",
              "Kết quả công tác thi hành án dân sự năm 2024 (từ ngày 01/10/2023 đến ngày 30/9/2024)"]:
        d.p(t)
    d.p("Thực hiện Công văn số 2745/TCTHADS-NV1 ngày 06/9/2024 của Tổng cục Thi hành án dân sự về việc báo cáo tổng "
        "kết công tác năm 2024; căn cứ Quyết định số 1512/QĐ-BTP ngày 28/12/2023 của Bộ trưởng Bộ Tư pháp về giao chỉ "
        "tiêu, nhiệm vụ thi hành án dân sự năm 2024, Cục Thi hành án dân sự tỉnh Bình Lâm báo cáo như sau:")
    d.p("I. TÌNH HÌNH TỔ CHỨC, BỘ MÁY")
    L11 = d.p(f"Hệ thống thi hành án dân sự tỉnh gồm Cục Thi hành án dân sự tỉnh và 09 Chi cục Thi hành án dân sự "
              f"huyện, thị xã, thành phố. Tổng biên chế được giao năm 2024 là {N('bc')} biên chế, hiện có mặt "
              f"{N('cm')} công chức, còn thiếu 09 biên chế; trong số công chức có mặt, nữ {N('nu')} người, đảng viên "
              f"{N('dv')} người. Toàn hệ thống có 78 Chấp hành viên (Chấp hành viên cao cấp 08, trung cấp {N('tc')}, "
              f"sơ cấp {N('sc')}), 22 Thẩm tra viên và 41 Thư ký thi hành án.")
    d.c(L11, "còn thiếu 09 biên chế", "difference", "consistent",
        dict(t="diff", cur=op(L11, N("cm")), prev=op(L11, N("bc")), stated=op(L11, "09"), word="thiếu"))
    d.c(L11, f"nữ {N('nu')} người", "subset", "consistent", dict(t="subset", parent=op(L11, N("cm")), part=op(L11, N("nu"))))
    d.c(L11, f"đảng viên {N('dv')} người", "subset", "consistent",
        dict(t="subset", parent=op(L11, N("cm")), part=op(L11, N("dv"))))
    d.c(L11, "78 Chấp hành viên", "sum", "inconsistent",
        dict(t="sum", total=op(L11, "78"), parts=[op(L11, "08"), op(L11, N("tc")), op(L11, N("sc"))]),
        "total not updated after the 02 new Chấp hành viên trung cấp of the next paragraph")
    d.p("Trong năm, Cục đã trình Tổng cục bổ nhiệm mới 02 Chấp hành viên trung cấp (Quyết định số 826/QĐ-TCTHADS "
        "ngày 14/5/2024), điều động, luân chuyển 11 công chức giữ chức vụ lãnh đạo, quản lý; xử lý kỷ luật 01 công "
        "chức vi phạm quy trình nghiệp vụ.")
    d.p("Công tác đào tạo, bồi dưỡng được quan tâm: Cục cử công chức tham gia các lớp bồi dưỡng nghiệp vụ thi hành án, "
        "kỹ năng xác minh, xử lý tài sản do Tổng cục tổ chức và các lớp trung cấp, cao cấp lý luận chính trị theo kế hoạch "
        "của Tỉnh ủy; đội ngũ công chức cơ bản đáp ứng yêu cầu nhiệm vụ, giữ vững kỷ luật, kỷ cương công vụ.")
    d.p("Công tác chỉ đạo, điều hành: ngay từ đầu năm, Cục đã ban hành Kế hoạch số 38/KH-CTHADS ngày 10/10/2023 về công "
        "tác trọng tâm năm 2024, Chỉ thị số 01/CT-CTHADS ngày 12/10/2023 về tăng cường kỷ luật, kỷ cương hành chính; giao "
        "chỉ tiêu đến từng Chấp hành viên, duy trì giao ban trực tuyến hằng tháng với các Chi cục. Cục chủ động phối hợp với "
        "Tòa án, Viện kiểm sát, Công an và các ngành liên quan theo Quy chế phối hợp liên ngành số 01/QCLN ngày 15/3/2021 "
        "trong tổ chức cưỡng chế, xử lý tài sản, nhất là các vụ việc lớn, phức tạp, có yếu tố tín dụng, ngân hàng.")
    Lkt = d.p("Công tác kiểm tra được chú trọng: Cục tổ chức kiểm tra toàn diện công tác thi hành án tại 04/09 Chi cục và "
              "kiểm tra chuyên đề về xác minh, phân loại án tại 05 Chi cục còn lại; qua kiểm tra đã kiến nghị khắc phục các "
              "thiếu sót về trình tự, thủ tục, thời hạn ra quyết định, không phát hiện sai phạm nghiêm trọng.")
    d.c(Lkt, "04/09 Chi cục", "fraction", "consistent", dict(t="fraction", frac=op(Lkt, "04/09"), whole=op(L11, "09")))
    d.c(Lkt, "05 Chi cục còn lại", "difference", "consistent",
        dict(t="diff", cur=op(L11, "09"), prev=op(Lkt, "04"), stated=op(Lkt, "05"), word=None),
        "the remainder of the 09 Chi cục named in section I")
    d.p("II. KẾT QUẢ THI HÀNH ÁN DÂN SỰ")
    d.p("1. Kết quả về việc")
    L15 = d.p(f"Tổng số việc thụ lý là {n(tong)} việc, trong đó năm trước chuyển sang {N('cu')} việc, thụ lý mới "
              f"{N('moi')} việc, tăng {pct(V['moi'] - V['moi0'], V['moi0'])}% so với cùng kỳ năm 2023 ({N('moi0')} "
              f"việc). Trong {N('moi')} việc thụ lý mới, chủ động thi hành {N('cd')} việc, thi hành theo đơn yêu cầu "
              f"{N('don')} việc.")
    d.c(L15, f"{n(tong)} việc, trong đó", "sum", "consistent",
        dict(t="sum", total=op(L15, n(tong)), parts=[op(L15, N("cu")), op(L15, N("moi"))]),
        "'trong đó' used as a full breakdown (carried over + new)")
    d.c(L15, f"tăng {pct(V['moi'] - V['moi0'], V['moi0'])}%", "ratio", "consistent",
        dict(t="ratio", mode="change", cur=op(L15, N("moi")), prev=op(L15, N("moi0")),
             stated=op(L15, pct(V["moi"] - V["moi0"], V["moi0"]) + "%"), word="tăng"))
    d.c(L15, f"Trong {N('moi')} việc thụ lý mới", "sum", "consistent",
        dict(t="sum", total=op(L15, N("moi")), parts=[op(L15, N("cd")), op(L15, N("don"))]))
    L16 = d.p(f"Trong {n(tong)} việc thụ lý, Cục Thi hành án dân sự tỉnh thụ lý {N('cuc')} việc (phải thi hành "
              f"{N('cuc_pth')} việc), các Chi cục thụ lý {N('chicuc')} việc, chiếm {pct(V['chicuc'], tong)}% số việc "
              f"toàn tỉnh.")
    d.c(L16, f"Trong {n(tong)} việc thụ lý", "sum", "consistent",
        dict(t="sum", total=op(L16, n(tong)), parts=[op(L16, N("cuc")), op(L16, N("chicuc"))]))
    d.c(L16, f"phải thi hành {N('cuc_pth')} việc", "subset", "consistent",
        dict(t="subset", parent=op(L16, N("cuc")), part=op(L16, N("cuc_pth"))))
    d.c(L16, f"chiếm {pct(V['chicuc'], tong)}%", "share", "consistent",
        dict(t="share", part=op(L16, N("chicuc")), base=op(L16, n(tong)), stated=op(L16, pct(V["chicuc"], tong) + "%")))
    L17 = d.p(f"Sau khi trừ {N('ut')} việc ủy thác đi (chiếm {pct(V['ut'], tong, 3).replace(',', '.')}% tổng số thụ lý), "
              f"số việc phải thi hành là {n(pth)} việc. Trong tổng số {n(pth)} việc phải thi hành, có điều kiện thi "
              f"hành {N('dk')} việc, chiếm {pct(V['dk'], tong)}%; chưa có điều kiện thi hành {N('cdk')} việc, chiếm "
              f"{tpct(V['cdk'], pth)}%.")
    w = pct(V["ut"], tong, 3).replace(",", ".") + "%"
    d.c(L17, f"chiếm {w}", "share", "ambiguous",
        dict(t="amb", J=op(L17, w), readings=[
            dict(t="share", name="1.232 = 1232", part=op(L17, N("ut")), base=op(L15, n(tong)), stated=op(L17, w)),
            dict(t="share", name="1.232 = 1,232", part=op(L17, N("ut")), base=op(L15, n(tong)), stated=op(L17, w),
                 **{"as": w.replace(".", ",")})]),
        "dot used as decimal separator with three decimals: 1.232 % is ambiguous")
    d.c(L17, f"số việc phải thi hành là {n(pth)} việc", "difference", "consistent",
        dict(t="diff", cur=op(L15, n(tong)), prev=op(L17, N("ut")), stated=op(L17, n(pth)), word=None),
        "17.207 − 212")
    d.c(L17, f"Trong tổng số {n(pth)} việc", "sum", "consistent",
        dict(t="sum", total=op(L17, n(pth)), parts=[op(L17, N("dk")), op(L17, N("cdk"))]))
    d.c(L17, f"chiếm {pct(V['dk'], tong)}%", "share", "inconsistent",
        dict(t="share", part=op(L17, N("dk")), base=op(L17, n(pth)), stated=op(L17, pct(V["dk"], tong) + "%")),
        f"wrong base: {N('dk')} / {n(tong)} (tổng thụ lý) instead of the {n(pth)} việc phải thi hành named in the sentence")
    d.c(L17, f"chiếm {tpct(V['cdk'], pth)}%", "share", "rounding",
        dict(t="share", part=op(L17, N("cdk")), base=op(L17, n(pth)), stated=op(L17, tpct(V["cdk"], pth) + "%")),
        "truncated")
    rv = pct(V["xong"] + V["dc"], V["dk"])
    rv0 = "83,47"
    L18 = d.p(f"Kết quả: thi hành xong {N('xong')} việc, đình chỉ thi hành {N('dc')} việc; tỷ lệ thi hành xong (kể cả "
              f"đình chỉ) trên số có điều kiện đạt {rv}%, vượt {fmt(parse(rv)[0] - 84, 2)}% so với chỉ tiêu Bộ Tư "
              f"pháp giao (84%) và tăng {fmt(parse(rv)[0] - parse(rv0)[0], 2)}% so với năm 2023 ({rv0}%). Số việc thi "
              f"hành xong tăng {n(V['xong'] - V['xong0'])} việc so với cùng kỳ ({N('xong0')} việc).")
    d.c(L18, f"đạt {rv}%", "share", "consistent",
        dict(t="share", part=[op(L18, N("xong")), op(L18, N("dc"))], base=op(L17, N("dk")), stated=op(L18, rv + "%")),
        "(xong + đình chỉ) / có điều kiện; base in the previous paragraph")
    d.c(L18, f"vượt {fmt(parse(rv)[0] - 84, 2)}%", "points", "consistent",
        dict(t="points", cur=op(L18, rv + "%"), prev=op(L18, "84%"), stated=op(L18, fmt(parse(rv)[0] - 84, 2) + "%"),
             word="vượt"))
    d.c(L18, f"tăng {fmt(parse(rv)[0] - parse(rv0)[0], 2)}%", "points", "consistent",
        dict(t="points", cur=op(L18, rv + "%"), prev=op(L18, rv0 + "%"),
             stated=op(L18, fmt(parse(rv)[0] - parse(rv0)[0], 2) + "%"), word="tăng"), "points written as %")
    d.c(L18, f"tăng {n(V['xong'] - V['xong0'])} việc", "difference", "consistent",
        dict(t="diff", cur=op(L18, N("xong")), prev=op(L18, N("xong0")), stated=op(L18, n(V["xong"] - V["xong0"])),
             word="tăng"))
    L19 = d.p(f"Số việc có điều kiện nhưng chưa thi hành xong là {n(ton)} việc. Trong {n(ton)} việc này có {N('hoan')} "
              f"việc hoãn thi hành án, {N('tdc')} việc tạm đình chỉ, {N('dang')} việc đang tổ chức thi hành. Số việc "
              f"chuyển sang năm 2025 là {n(chuyen)} việc (có điều kiện {n(ton)} việc, chưa có điều kiện {N('cdk')} "
              f"việc), giảm {n(V['cu'] - chuyen)} việc so với số năm trước chuyển sang.")
    d.c(L19, f"chưa thi hành xong là {n(ton)} việc", "difference", "consistent",
        dict(t="diff", cur=op(L17, N("dk")), prev=[op(L18, N("xong")), op(L18, N("dc"))], stated=op(L19, n(ton)), word=None),
        "12.684 − 10.452 − 318")
    d.c(L19, f"Trong {n(ton)} việc này", "sum", "ambiguous",
        dict(t="amb", J=op(L19, n(ton)), readings=[
            dict(t="subset_all", name="partial list", parent=op(L19, n(ton)),
                 parts=[op(L19, N("hoan")), op(L19, N("tdc")), op(L19, N("dang"))], disjoint=True),
            dict(t="sum", name="exhaustive", total=op(L19, n(ton)),
                 parts=[op(L19, N("hoan")), op(L19, N("tdc")), op(L19, N("dang"))])]),
        "22 short; the statistics form also has a 'trường hợp khác' column the sentence does not mention")
    d.c(L19, f"năm 2025 là {n(chuyen)} việc", "sum", "consistent",
        dict(t="sum", total=op(L19, n(chuyen)), parts=[op(L19, n(ton)), op(L19, N("cdk"))]))
    d.c(L19, f"chưa có điều kiện {N('cdk')} việc)", "repeat", "consistent",
        dict(t="repeat", first=op(L17, N("cdk")), second=op(L19, N("cdk"))))
    d.c(L19, f"giảm {n(V['cu'] - chuyen)} việc", "difference", "consistent",
        dict(t="diff", cur=op(L19, n(chuyen)), prev=op(L15, N("cu")), stated=op(L19, n(V["cu"] - chuyen)), word="giảm"),
        "previous value named only by its label ('số năm trước chuyển sang', 7.842)")
    L20 = d.p(f"Đã rà soát, xác minh lại {N('xm')} việc chưa có điều kiện thi hành, trong đó chuyển sang sổ theo dõi "
              f"riêng {N('sotr')} việc ({pct(V['sotr'], V['xm'])}%) theo quy định tại Điều 44a Luật Thi hành án dân sự.")
    d.c(L20, f"lại {N('xm')} việc", "subset", "consistent", dict(t="subset", parent=op(L17, N("cdk")), part=op(L20, N("xm"))))
    d.c(L20, f"({pct(V['sotr'], V['xm'])}%)", "share", "consistent",
        dict(t="share", part=op(L20, N("sotr")), base=op(L20, N("xm")), stated=op(L20, pct(V["sotr"], V["xm"]) + "%")))
    d.p("2. Kết quả về tiền")
    L22 = d.p(f"Tổng số tiền thụ lý là {n(t_tong)} triệu đồng, gồm năm trước chuyển sang {N('t_cu')} triệu đồng và "
              f"thụ lý mới {N('t_moi')} triệu đồng. Sau khi trừ ủy thác đi {N('t_ut')} triệu đồng, còn phải thi hành "
              f"{n(t_pth)} triệu đồng. Số tiền có điều kiện thi hành là {N('t_dk')} triệu đồng (chiếm "
              f"{tpct(V['t_dk'], t_pth)}% số phải thi hành), chưa có điều kiện {N('t_cdk')} triệu đồng.")
    d.c(L22, f"{n(t_tong)} triệu đồng", "sum", "consistent",
        dict(t="sum", total=op(L22, n(t_tong)), parts=[op(L22, N("t_cu")), op(L22, N("t_moi"))]))
    d.c(L22, f"còn phải thi hành {n(t_pth)} triệu đồng", "difference", "consistent",
        dict(t="diff", cur=op(L22, n(t_tong)), prev=op(L22, N("t_ut")), stated=op(L22, n(t_pth)), word=None))
    d.c(L22, f"chiếm {tpct(V['t_dk'], t_pth)}%", "share", "rounding",
        dict(t="share", part=op(L22, N("t_dk")), base=op(L22, n(t_pth)), stated=op(L22, tpct(V["t_dk"], t_pth) + "%")),
        "truncated")
    rt = pct(t_x, V["t_dk"])
    L23 = d.p(f"Kết quả đã thi hành xong {N('t_xong')} triệu đồng, đình chỉ {N('t_dc')} triệu đồng; tỷ lệ về tiền "
              f"đạt {rt}%, vượt 1,59% so với chỉ tiêu giao (47%) và tăng {fmt(parse(rt)[0] - F('45.26'), 2)} điểm "
              f"phần trăm so với năm 2023 (45,26%). So với năm 2023, số tiền thi hành xong tăng 58.912 triệu đồng "
              f"(năm 2023: {N('t_xong0')} triệu đồng). Số tiền chuyển kỳ sau là {n(t_pth - t_x)} triệu đồng.")
    d.c(L23, f"đạt {rt}%", "share", "consistent",
        dict(t="share", part=[op(L23, N("t_xong")), op(L23, N("t_dc"))], base=op(L22, N("t_dk")), stated=op(L23, rt + "%")))
    d.c(L23, "vượt 1,59%", "points", "inconsistent",
        dict(t="points", cur=op(L23, rt + "%"), prev=op(L23, "47%"), stated=op(L23, "1,59%"), word="vượt"),
        "digits swapped (1,95 → 1,59); the relative reading (4,15 %) does not fit either")
    d.c(L23, f"tăng {fmt(parse(rt)[0] - F('45.26'), 2)} điểm phần trăm", "points", "consistent",
        dict(t="points", cur=op(L23, rt + "%"), prev=op(L23, "45,26%"), stated=op(L23, fmt(parse(rt)[0] - F("45.26"), 2)),
             word="tăng"))
    d.c(L23, "tăng 58.912 triệu đồng", "difference", "inconsistent",
        dict(t="diff", cur=op(L23, N("t_xong")), prev=op(L23, N("t_xong0")), stated=op(L23, "58.912"), word="tăng"),
        "not updated: the increase of the 2023 report was copied; 584.275 − 512.640 = 71.635")
    d.c(L23, f"chuyển kỳ sau là {n(t_pth - t_x)} triệu đồng", "difference", "consistent",
        dict(t="diff", cur=op(L22, n(t_pth)), prev=[op(L23, N("t_xong")), op(L23, N("t_dc"))], stated=op(L23, n(t_pth - t_x)),
             word=None), "phải thi hành − xong − đình chỉ")
    L24 = d.p(f"Đối với việc có nghĩa vụ trả cho tổ chức tín dụng, ngân hàng: thụ lý {N('td_v')} việc với số tiền "
              f"{N('td_t')} triệu đồng; đã thi hành xong {N('td_xv')} việc, thu được {N('td_xt')} triệu đồng. Đối với "
              f"các khoản thu hồi tài sản trong các vụ án hình sự về tham nhũng, kinh tế: có điều kiện thi hành "
              f"{N('tn_v')} việc, tương ứng {N('tn_t')} triệu đồng; đã thi hành xong {N('tn_xv')}/{N('tn_v')} việc, "
              f"thu hồi {N('tn_xt')} triệu đồng, đạt {pct(V['tn_xt'], V['tn_t'])}% về tiền.")
    d.c(L24, f"xong {N('td_xv')} việc", "subset", "consistent",
        dict(t="subset", parent=op(L24, N("td_v")), part=op(L24, N("td_xv"))))
    d.c(L24, f"thu được {N('td_xt')} triệu đồng", "subset", "consistent",
        dict(t="subset", parent=op(L24, N("td_t")), part=op(L24, N("td_xt"))))
    d.c(L24, f"{N('tn_xv')}/{N('tn_v')} việc", "fraction", "consistent",
        dict(t="fraction", frac=op(L24, f"{N('tn_xv')}/{N('tn_v')}"), whole=op(L24, N("tn_v"))))
    d.c(L24, f"đạt {pct(V['tn_xt'], V['tn_t'])}%", "share", "consistent",
        dict(t="share", part=op(L24, N("tn_xt")), base=op(L24, N("tn_t")), stated=op(L24, pct(V["tn_xt"], V["tn_t"]) + "%")))
    s_dg = pct(V["tdg"], V["t_xong"])
    L25 = d.p(f"Các cơ quan thi hành án dân sự đã tổ chức {N('cc_all')} cuộc cưỡng chế (Cục {N('cc_cuc')} cuộc, các "
              f"Chi cục {N('cc_cc')} cuộc); bán đấu giá thành {N('tsdg')} tài sản, thu {N('tdg')} triệu đồng, chiếm "
              f"{s_dg}%. Có 09/09 Chi cục hoàn thành chỉ tiêu về việc và 07/09 Chi cục hoàn thành chỉ tiêu về tiền.")
    d.c(L25, f"{N('cc_all')} cuộc cưỡng chế", "sum", "consistent",
        dict(t="sum", total=op(L25, N("cc_all")), parts=[op(L25, N("cc_cuc")), op(L25, N("cc_cc"))]))
    d.c(L25, f"chiếm {s_dg}%", "share", "ambiguous",
        dict(t="amb", J=op(L25, s_dg + "%"), readings=[
            dict(t="share", name="of money thi hành xong", part=op(L25, N("tdg")), base=op(L23, N("t_xong")),
                 stated=op(L25, s_dg + "%")),
            dict(t="share", name="of xong + đình chỉ", part=op(L25, N("tdg")),
                 base=[op(L23, N("t_xong")), op(L23, N("t_dc"))], stated=op(L25, s_dg + "%")),
            dict(t="share", name="of có điều kiện", part=op(L25, N("tdg")), base=op(L22, N("t_dk")),
                 stated=op(L25, s_dg + "%"))]),
        "base not stated")
    d.c(L25, "09/09 Chi cục", "fraction", "consistent", dict(t="fraction", frac=op(L25, "09/09"), whole=op(L11, "09")))
    d.c(L25, "07/09 Chi cục", "fraction", "consistent", dict(t="fraction", frac=op(L25, "07/09"), whole=op(L11, "09")))
    L26 = d.p(f"Thi hành án hành chính: theo dõi {N('hc')} bản án, quyết định hành chính, trong đó đã thi hành xong "
              f"{N('hc_x')} bản án, quyết định, đạt {pct(V['hc_x'], V['hc'])}%; 07 bản án đang tiếp tục theo dõi, "
              f"đôn đốc.")
    d.c(L26, f"{N('hc')} bản án", "sum", "consistent",
        dict(t="sum", total=op(L26, N("hc")), parts=[op(L26, N("hc_x")), op(L26, "07")]))
    d.c(L26, f"đạt {pct(V['hc_x'], V['hc'])}%", "share", "consistent",
        dict(t="share", part=op(L26, N("hc_x")), base=op(L26, N("hc")), stated=op(L26, pct(V["hc_x"], V["hc"]) + "%")))
    d.p("3. Giải quyết khiếu nại, tố cáo")
    L28 = d.p(f"Tiếp {N('tcd')} lượt công dân; tiếp nhận {N('don_all')} đơn, gồm {N('kn')} đơn khiếu nại, {N('tc_')} "
              f"đơn tố cáo, {N('pa')} đơn phản ánh, kiến nghị. Số đơn thuộc thẩm quyền là {N('tq')} đơn; đã giải quyết "
              f"{N('gq')}/{N('tq')} đơn, đạt 96,95%; không có vụ việc khiếu nại đông người, phức tạp.")
    d.c(L28, f"{N('don_all')} đơn, gồm", "sum", "consistent",
        dict(t="sum", total=op(L28, N("don_all")), parts=[op(L28, N("kn")), op(L28, N("tc_")), op(L28, N("pa"))]))
    d.c(L28, f"thẩm quyền là {N('tq')} đơn", "subset", "consistent",
        dict(t="subset", parent=op(L28, N("don_all")), part=op(L28, N("tq"))))
    d.c(L28, f"{N('gq')}/{N('tq')} đơn", "fraction", "consistent",
        dict(t="fraction", frac=op(L28, f"{N('gq')}/{N('tq')}"), whole=op(L28, N("tq"))))
    d.c(L28, "đạt 96,95%", "share", "inconsistent",
        dict(t="share", part=op(L28, N("gq")), base=op(L28, N("tq")), stated=op(L28, "96,95%")),
        "digits swapped: 96,59 written 96,95")
    d.p("III. ĐÁNH GIÁ CHUNG")
    L30 = d.p(f"Năm 2024, các cơ quan thi hành án dân sự tỉnh hoàn thành vượt mức cả hai chỉ tiêu về việc và về tiền; "
              f"thi hành xong 10.542 việc và {N('t_xong')} triệu đồng, cao nhất từ khi thành lập. Tuy vậy, số việc chưa "
              f"có điều kiện thi hành còn lớn ({N('cdk')} việc); việc thu hồi tài sản trong các vụ án tham nhũng, kinh "
              f"tế mới đạt {pct(V['tn_xt'], V['tn_t'])}%, thấp hơn chỉ tiêu 60%.")
    d.c(L30, "10.542 việc", "repeat", "inconsistent",
        dict(t="repeat", first=op(L18, N("xong")), second=op(L30, "10.542")), "digits swapped: 10.452 written 10.542")
    d.c(L30, f"{N('t_xong')} triệu đồng", "repeat", "consistent",
        dict(t="repeat", first=op(L23, N("t_xong")), second=op(L30, N("t_xong"))))
    d.c(L30, f"({N('cdk')} việc)", "repeat", "consistent",
        dict(t="repeat", first=op(L17, N("cdk")), second=op(L30, N("cdk"))))
    d.c(L30, f"mới đạt {pct(V['tn_xt'], V['tn_t'])}%", "repeat", "consistent",
        dict(t="repeat", first=op(L24, pct(V["tn_xt"], V["tn_t"]) + "%"), second=op(L30, pct(V["tn_xt"], V["tn_t"]) + "%")))
    d.p("Hạn chế chủ yếu là: một số vụ việc có giá trị lớn liên quan đến tài sản thế chấp tại tổ chức tín dụng kéo dài do "
        "tài sản bán đấu giá nhiều lần không thành; việc xác minh điều kiện thi hành án ở một số Chi cục chưa kịp thời, hồ "
        "sơ chưa đầy đủ; còn để xảy ra sai sót trong nghiệp vụ phải khắc phục theo kết luận kiểm tra. Nguyên nhân khách "
        "quan là lượng án thụ lý mới tăng cao, tài sản thi hành án chủ yếu là quyền sử dụng đất chưa được cấp giấy chứng nhận, "
        "đương sự cố tình chây ì, tẩu tán tài sản; nguyên nhân chủ quan là một bộ phận Chấp hành viên chưa thực sự chủ "
        "động, biên chế còn thiếu so với khối lượng công việc.")
    d.p("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025")
    L32 = d.p(f"Phấn đấu thi hành xong trên 84,5% số việc và trên 48% số tiền có điều kiện; giảm ít nhất {N('giam')} việc "
              f"chuyển kỳ sau, tương đương {pct(V['giam'], chuyen, 0)}% so với năm 2024; tập trung giải quyết dứt điểm "
              f"1.162 việc liên quan đến tín dụng, ngân hàng, ưu tiên các việc có giá trị lớn. Đề nghị Tổng cục bổ "
              f"sung ... biên chế Chấp hành viên cho các Chi cục có lượng việc lớn.")
    d.c(L32, f"tương đương {pct(V['giam'], chuyen, 0)}%", "share", "consistent",
        dict(t="share", part=op(L32, N("giam")), base=op(L19, n(chuyen)), stated=op(L32, pct(V["giam"], chuyen, 0) + "%")),
        "base (việc chuyển kỳ sau 2024) in section II")
    d.c(L32, "1.162 việc", "repeat", "ambiguous",
        dict(t="amb", J=op(L32, "1.162"), readings=[
            dict(t="repeat", name="same quantity", first=op(L24, N("td_v")), second=op(L32, "1.162")),
            dict(t="unknown", name="wider scope", why="'liên quan đến tín dụng, ngân hàng' may include more than "
                                                      "'nghĩa vụ trả cho tổ chức tín dụng'")]),
        "same noun with a different qualifier; cannot tell whether it should equal 1.126")
    d.p("Để thực hiện các chỉ tiêu trên, Cục tập trung các giải pháp: tiếp tục rà soát, phân loại chính xác án có điều kiện "
        "và chưa có điều kiện; tăng cường kiểm tra, tự kiểm tra nghiệp vụ, kịp thời chấn chỉnh sai sót; nâng cao chất lượng "
        "phối hợp liên ngành trong cưỡng chế, bán đấu giá tài sản; đẩy mạnh chuyển đổi số, ứng dụng phần mềm quản lý án; "
        "thực hiện nghiêm công tác tiếp công dân, giải quyết khiếu nại, tố cáo ngay từ cơ sở, không để phát sinh điểm nóng.")
    d.p("Nơi nhận: - Tổng cục Thi hành án dân sự; - Thường trực Tỉnh ủy, UBND tỉnh; - Ban Nội chính Tỉnh ủy; - Lưu: VT.")
    F1 = d.fn(f"Chi cục Thi hành án dân sự thành phố Bình Lâm có điều kiện {N('a_dk')} việc, thi hành xong {N('a_x')} việc, "
              f"đình chỉ {N('a_d')} việc, đạt {pct(V['a_x'] + V['a_d'], V['a_dk'])}%; Chi cục huyện Tân Phú có điều kiện "
              f"{N('b_dk')} việc, xong {N('b_x')} việc, đình chỉ {N('b_d')} việc, đạt {pct(V['b_x'] + V['b_d'], V['b_dk'])}%; "
              f"Chi cục huyện Sơn Hà có điều kiện {N('c_dk')} việc, xong {N('c_x')} việc, đình chỉ {N('c_d')} việc, đạt "
              f"{pct(V['c_x'] + V['c_d'], V['c_dk'])}%.")
    for a in "abc":
        s = pct(V[a + "_x"] + V[a + "_d"], V[a + "_dk"])
        d.c(F1, f"đạt {s}%", "share", "consistent",
            dict(t="share", part=[op(F1, N(a + "_x")), op(F1, N(a + "_d"))], base=op(F1, N(a + "_dk")), stated=op(F1, s + "%")))
    F2 = d.fn(f"Trong {N('gq')} đơn đã giải quyết, Cục Thi hành án dân sự tỉnh giải quyết {N('gq_cuc')} đơn, các Chi cục "
              f"giải quyết {N('gq_cc')} đơn.")
    d.c(F2, f"Trong {N('gq')} đơn", "sum", "consistent",
        dict(t="sum", total=op(F2, N("gq")), parts=[op(F2, N("gq_cuc")), op(F2, N("gq_cc"))]))
    return d


# --- 3. Provincial Red Cross, congress report ---------------------------------------

def d3():
    d = Draft("d9-03-hoi-chu-thap-do-tinh-dai-hoi.txt")
    V = dict(hv=86420, hv0=78150, ds=1735420, ds0=1725300, nu=48960, dvtn=21380,
             k_xa=64210, k_th=14860, k_cq=7350, tnv=15280, tnv_tx=8436, tnv_cd=7120,
             q=F("12.84"), q0=F("8.48"), cb=68, cb_dh=52, cb_sdh=9, cb_cd=5,
             mau=158764, mau0=112405, kh_mau=150000, luot=151206, nhac=61220,
             m18=29412, m19=31856, m20=30127, m21=32914, m22=34455,
             ct=F("486.25"), ct0=F("347.65"), tet=412560, tet0=297640, tet_t=38420, tet_h=126310, tet_x=247830,
             r_tet=F("168.42"), r_tt=F("96.35"), r_cv=F("74.18"), r_nha=F("28.75"), r_hb=F("45.30"),
             r_bo=F("12.60"), r_kb=F("61.85"), cv_luot=126540, cv_ngheo=18965,
             nha=412, nha_moi=298, nha_sua=114, nha0=268, bo=1248, bo_tn=326,
             lop=1236, lop0=1152, ng=48620, hs=31450,
             db=250, db_dn=41, db_b=201, db_cd=8, bch7=41, nu7=15, bch8=39, nu8=16, tre8=9, tai=27, moi=12,
             hv27=95000, mau27=175000)
    N = lambda k, dp=0: n(V[k], dp)
    P = lambda a, b, dp=2: pct(V[a], V[b], dp)
    assert V["k_xa"] + V["k_th"] + V["k_cq"] == V["hv"]
    assert sum(V[k] for k in ["m18", "m19", "m20", "m21", "m22"]) == V["mau"]
    assert V["tet_t"] + V["tet_h"] + V["tet_x"] == V["tet"] and V["nha_moi"] + V["nha_sua"] == V["nha"]
    relief = ["r_tet", "r_tt", "r_cv", "r_nha", "r_hb", "r_bo", "r_kb"]
    rsum = sum(V[k] for k in relief)  # 487,45; the footnote keeps the stale 486,25
    for t in ["TRUNG ƯƠNG HỘI CHỮ THẬP ĐỎ VIỆT NAM", "HỘI CHỮ THẬP ĐỎ TỈNH SƠN LÂM", "Số: .../BC-CTĐ",
              "Sơn Lâm, ngày ... tháng 8 năm 2022", "BÁO CÁO CHÍNH TRỊ",
              "của Ban Chấp hành Hội Chữ thập đỏ tỉnh khóa VII trình Đại hội đại biểu Hội Chữ thập đỏ tỉnh lần thứ VIII, "
              "nhiệm kỳ 2022 - 2027", "(Dự thảo lần 3)"]:
        d.p(t)
    d.p("Nhiệm kỳ 2017 - 2022, Hội Chữ thập đỏ tỉnh triển khai Nghị quyết Đại hội đại biểu lần thứ VII trong bối cảnh "
        "có nhiều thuận lợi nhưng cũng không ít khó khăn, nhất là tác động của đại dịch Covid-19 và thiên tai, bão lũ "
        "liên tiếp. Được sự lãnh đạo của Ban Thường vụ Tỉnh ủy, sự chỉ đạo của Trung ương Hội, Ban Chấp hành khóa VII "
        "báo cáo kết quả thực hiện Nghị quyết như sau:")
    d.p("PHẦN THỨ NHẤT: KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI LẦN THỨ VII, NHIỆM KỲ 2017 - 2022")
    d.p("1. Công tác xây dựng tổ chức Hội")
    La = d.p("Đến tháng 6/2022, toàn tỉnh có 11 Hội Chữ thập đỏ cấp huyện (08 huyện, 02 thị xã, 01 thành phố) và 356 tổ "
             "chức cơ sở Hội, gồm 167 Hội Chữ thập đỏ xã, phường, thị trấn và 189 Hội cơ sở trong trường học, cơ quan, "
             "doanh nghiệp; 167/167 xã, phường, thị trấn đã có tổ chức Hội, với 2.148 chi hội.")
    d.c(La, "11 Hội Chữ thập đỏ cấp huyện", "sum", "consistent",
        dict(t="sum", total=op(La, "11"), parts=[op(La, "08"), op(La, "02"), op(La, "01")]))
    d.c(La, "356 tổ chức cơ sở Hội", "sum", "consistent",
        dict(t="sum", total=op(La, "356"), parts=[op(La, "167"), op(La, "189")]))
    d.c(La, "167/167 xã", "fraction", "consistent", dict(t="fraction", frac=op(La, "167/167"), whole=op(La, "167")))
    r_hv = pct(V["hv"], V["ds"])
    r_hv0 = pct(V["hv0"], V["ds0"])
    Lb = d.p(f"Tổng số hội viên cuối nhiệm kỳ là {N('hv')} người, tăng {n(V['hv'] - V['hv0'])} người so với đầu nhiệm "
             f"kỳ ({N('hv0')} hội viên), tương đương tăng {pct(V['hv'] - V['hv0'], V['hv0'])}%; tỷ lệ hội viên so với "
             f"dân số đạt {r_hv}% (dân số {N('ds')} người), tăng 0,54% so với năm 2017 ({r_hv0}% trên {N('ds0')} "
             f"người). Hội viên nữ {N('nu')} người, chiếm {P('nu', 'hv0')}%; hội viên là đoàn viên thanh niên "
             f"{N('dvtn')} người.")
    d.c(Lb, f"tăng {n(V['hv'] - V['hv0'])} người", "difference", "consistent",
        dict(t="diff", cur=op(Lb, N("hv")), prev=op(Lb, N("hv0")), stated=op(Lb, n(V["hv"] - V["hv0"])), word="tăng"))
    d.c(Lb, f"tương đương tăng {pct(V['hv'] - V['hv0'], V['hv0'])}%", "ratio", "consistent",
        dict(t="ratio", mode="change", cur=op(Lb, N("hv")), prev=op(Lb, N("hv0")),
             stated=op(Lb, pct(V["hv"] - V["hv0"], V["hv0"]) + "%"), word="tăng"))
    d.c(Lb, f"đạt {r_hv}%", "share", "consistent",
        dict(t="share", part=op(Lb, N("hv")), base=op(Lb, N("ds")), stated=op(Lb, r_hv + "%")), "base after the share")
    d.c(Lb, "tăng 0,54%", "points", "inconsistent",
        dict(t="points", cur=op(Lb, r_hv + "%"), prev=op(Lb, r_hv0 + "%"), stated=op(Lb, "0,54%"), word="tăng"),
        "digits swapped: 0,45 points written 0,54; relative reading (9,93 %) does not fit either")
    d.c(Lb, f"{r_hv0}% trên {N('ds0')}", "share", "consistent",
        dict(t="share", part=op(Lb, N("hv0")), base=op(Lb, N("ds0")), stated=op(Lb, r_hv0 + "%")))
    d.c(Lb, f"chiếm {P('nu', 'hv0')}%", "share", "inconsistent",
        dict(t="share", part=op(Lb, N("nu")), base=op(Lb, N("hv")), stated=op(Lb, P("nu", "hv0") + "%")),
        f"wrong base: {N('nu')} / {N('hv0')} (start-of-term members)")
    d.c(Lb, f"{N('dvtn')} người", "subset", "consistent", dict(t="subset", parent=op(Lb, N("hv")), part=op(Lb, N("dvtn"))))
    Lb2 = d.p(f"Trong {N('hv')} hội viên, khối xã, phường, thị trấn có {N('k_xa')} hội viên; khối trường học "
              f"{N('k_th')} hội viên; khối cơ quan, doanh nghiệp {N('k_cq')} hội viên.")
    d.c(Lb2, f"Trong {N('hv')} hội viên", "sum", "consistent",
        dict(t="sum", total=op(Lb2, N("hv")), parts=[op(Lb2, N("k_xa")), op(Lb2, N("k_th")), op(Lb2, N("k_cq"))]))
    Lc = d.p(f"Lực lượng tình nguyện viên được củng cố với 426 đội, nhóm và {N('tnv')} tình nguyện viên, trong đó "
             f"{N('tnv_tx')} tình nguyện viên thường xuyên và {N('tnv_cd')} tình nguyện viên cộng đồng. Quỹ Hội các cấp "
             f"đến cuối nhiệm kỳ đạt {N('q', 2)} tỷ đồng, tăng {n(V['q'] - V['q0'], 2)} tỷ đồng "
             f"({pct(V['q'] - V['q0'], V['q0'])}%) so với đầu nhiệm kỳ ({N('q0', 2)} tỷ đồng).")
    d.c(Lc, f"{N('tnv')} tình nguyện viên", "sum", "ambiguous",
        dict(t="amb", J=op(Lc, N("tnv")), readings=[
            dict(t="subset_all", name="overlapping kinds", parent=op(Lc, N("tnv")),
                 parts=[op(Lc, N("tnv_tx")), op(Lc, N("tnv_cd"))]),
            dict(t="subset_all", name="one dimension, disjoint", parent=op(Lc, N("tnv")),
                 parts=[op(Lc, N("tnv_tx")), op(Lc, N("tnv_cd"))], disjoint=True)]),
        "parts sum to 15.556 > 15.280; whether 'thường xuyên' and 'cộng đồng' overlap is not said")
    d.c(Lc, f"tăng {n(V['q'] - V['q0'], 2)} tỷ đồng", "difference", "consistent",
        dict(t="diff", cur=op(Lc, N("q", 2)), prev=op(Lc, N("q0", 2)), stated=op(Lc, n(V["q"] - V["q0"], 2)), word="tăng"))
    d.c(Lc, f"({pct(V['q'] - V['q0'], V['q0'])}%)", "ratio", "consistent",
        dict(t="ratio", mode="change", cur=op(Lc, N("q", 2)), prev=op(Lc, N("q0", 2)),
             stated=op(Lc, pct(V["q"] - V["q0"], V["q0"]) + "%"), word="tăng"), "previous value after the ratio")
    Ld = d.p(f"Đội ngũ cán bộ chuyên trách Hội cấp tỉnh, cấp huyện có {N('cb')} người; trình độ đại học {N('cb_dh')} "
             f"người, sau đại học 09 người, cao đẳng 05 người; 100% cán bộ chủ chốt cấp huyện được bồi dưỡng nghiệp vụ "
             f"công tác Hội.")
    d.c(Ld, f"có {N('cb')} người", "sum", "ambiguous",
        dict(t="amb", J=op(Ld, N("cb")), readings=[
            dict(t="subset_all", name="partial (others below cao đẳng)", parent=op(Ld, N("cb")),
                 parts=[op(Ld, N("cb_dh")), op(Ld, "09"), op(Ld, "05")], disjoint=True),
            dict(t="sum", name="exhaustive", total=op(Ld, N("cb")), parts=[op(Ld, N("cb_dh")), op(Ld, "09"), op(Ld, "05")])]),
        "levels sum to 66; 02 may hold a lower degree, not stated")
    d.p("2. Công tác vận động hiến máu tình nguyện")
    Le = d.p(f"Trong nhiệm kỳ, toàn tỉnh tiếp nhận {N('mau')} đơn vị máu từ {N('luot')} lượt người hiến, đạt "
             f"{P('mau', 'kh_mau')}% chỉ tiêu Nghị quyết Đại hội VII ({N('kh_mau')} đơn vị), tăng "
             f"{n(V['mau'] - V['mau0'])} đơn vị, tăng {pct(V['mau'] - V['mau0'], V['mau0'])}% so với nhiệm kỳ "
             f"2012 - 2017 ({N('mau0')} đơn vị). Người hiến máu nhắc lại từ 02 lần trở lên {N('nhac')} lượt, chiếm "
             f"{P('nhac', 'luot')}% số lượt người hiến.")
    d.c(Le, f"đạt {P('mau', 'kh_mau')}%", "ratio", "consistent",
        dict(t="ratio", mode="plan", cur=op(Le, N("mau")), prev=op(Le, N("kh_mau")), stated=op(Le, P("mau", "kh_mau") + "%")))
    d.c(Le, f"tăng {n(V['mau'] - V['mau0'])} đơn vị", "difference", "consistent",
        dict(t="diff", cur=op(Le, N("mau")), prev=op(Le, N("mau0")), stated=op(Le, n(V["mau"] - V["mau0"])), word="tăng"),
        "three periods in one sentence: term, plan, previous term")
    d.c(Le, f"tăng {pct(V['mau'] - V['mau0'], V['mau0'])}%", "ratio", "consistent",
        dict(t="ratio", mode="change", cur=op(Le, N("mau")), prev=op(Le, N("mau0")),
             stated=op(Le, pct(V["mau"] - V["mau0"], V["mau0"]) + "%"), word="tăng"))
    d.c(Le, "so với nhiệm kỳ 2012 - 2017", "term", "consistent",
        dict(t="term", own=(2017, 2022), named=op(Le, "2012 - 2017"), step=5, prefix="nhiệm kỳ "))
    d.c(Le, f"chiếm {P('nhac', 'luot')}%", "share", "consistent",
        dict(t="share", part=op(Le, N("nhac")), base=op(Le, N("luot")), stated=op(Le, P("nhac", "luot") + "%")),
        "base is donations (151.206 lượt), not units (158.764 would give 38,56 %)")
    w = pct(V["m22"], V["ds"], 3).replace(",", ".") + "%"
    Lf = d.p(f"Số đơn vị máu tiếp nhận hằng năm cơ bản tăng, riêng năm 2020 giảm do dịch bệnh; năm 2022 tiếp nhận {N('m22')} đơn vị, tăng {n(V['m22'] - V['m21'])} "
             f"đơn vị ({pct(V['m22'] - V['m21'], V['m21'])}%) so với năm 2021; tỷ lệ hiến máu tình nguyện năm 2022 đạt "
             f"{w} dân số. Các chương trình \u201cLễ hội Xuân hồng\u201d, \u201cHành trình Đỏ\u201d, \u201cGiọt hồng "
             f"tri ân\u201d được duy trì hằng năm.")
    Ld_idx = len(d.claims)
    d.c(Lf, f"tăng {n(V['m22'] - V['m21'])} đơn vị", "difference", "consistent", None,
        "previous year's figure only in footnote")
    d.c(Lf, f"({pct(V['m22'] - V['m21'], V['m21'])}%)", "ratio", "consistent", None)
    d.c(Lf, f"đạt {w}", "share", "ambiguous",
        dict(t="amb", J=op(Lf, w), readings=[
            dict(t="share", name="1.985 = 1985", part=op(Lf, N("m22")), base=op(Lb, N("ds")), stated=op(Lf, w)),
            dict(t="share", name="1.985 = 1,985", part=op(Lf, N("m22")), base=op(Lb, N("ds")), stated=op(Lf, w),
                 **{"as": w.replace(".", ",")})]),
        "'1.985%' with a dot and three decimals")
    d.p("3. Công tác cứu trợ, trợ giúp nhân đạo")
    Lh = d.p(f"Tổng trị giá tiền, hàng cứu trợ, trợ giúp nhân đạo trong nhiệm kỳ đạt {N('ct', 2)} tỷ đồng, tăng "
             f"{n(V['ct'] - V['ct0'], 1)} tỷ đồng so với nhiệm kỳ 2012 - 2017 ({N('ct0', 2)} tỷ đồng). Phong trào "
             f"\u201cTết Nhân ái\u201d vận động {N('tet')} suất quà, trị giá {N('r_tet', 2)} tỷ đồng, tăng "
             f"{pct(V['tet'] - V['tet0'], V['tet0'], 1)}% về số suất so với nhiệm kỳ trước ({N('tet0')} suất); trong "
             f"đó cấp huyện vận động {N('tet_h')} suất ({tpct(V['tet_h'], V['tet'])}%).")
    d.c(Lh, f"tăng {n(V['ct'] - V['ct0'], 1)} tỷ đồng", "difference", "consistent",
        dict(t="diff", cur=op(Lh, N("ct", 2)), prev=op(Lh, N("ct0", 2)), stated=op(Lh, n(V["ct"] - V["ct0"], 1)), word="tăng"))
    d.c(Lh, f"so với nhiệm kỳ 2012 - 2017 ({N('ct0', 2)}", "term", "consistent",
        dict(t="term", own=(2017, 2022), named=op(Lh, "2012 - 2017"), step=5, prefix="nhiệm kỳ "))
    d.c(Lh, f"tăng {pct(V['tet'] - V['tet0'], V['tet0'], 1)}%", "ratio", "consistent",
        dict(t="ratio", mode="change", cur=op(Lh, N("tet")), prev=op(Lh, N("tet0")),
             stated=op(Lh, pct(V["tet"] - V["tet0"], V["tet0"], 1) + "%"), word="tăng"))
    d.c(Lh, f"vận động {N('tet_h')} suất", "subset", "consistent",
        dict(t="subset", parent=op(Lh, N("tet")), part=op(Lh, N("tet_h"))))
    d.c(Lh, f"({tpct(V['tet_h'], V['tet'])}%)", "share", "rounding",
        dict(t="share", part=op(Lh, N("tet_h")), base=op(Lh, N("tet")), stated=op(Lh, tpct(V["tet_h"], V["tet"]) + "%")),
        "truncated")
    Li = d.p(f"Vận động xây mới, sửa chữa {N('nha')} căn nhà nhân đạo (xây mới {N('nha_moi')} căn, chiếm "
             f"{P('nha_moi', 'nha')}%; sửa chữa {N('nha_sua')} căn), tăng 126 căn so với nhiệm kỳ trước ({N('nha0')} "
             f"căn); trao {N('bo')} con bò sinh sản cho hộ nghèo, đến nay {N('bo_tn')} hộ đã thoát nghèo, đạt "
             f"{P('bo_tn', 'bo')}%.")
    d.c(Li, f"{N('nha')} căn nhà", "sum", "consistent",
        dict(t="sum", total=op(Li, N("nha")), parts=[op(Li, N("nha_moi")), op(Li, N("nha_sua"))]))
    d.c(Li, f"chiếm {P('nha_moi', 'nha')}%", "share", "consistent",
        dict(t="share", part=op(Li, N("nha_moi")), base=op(Li, N("nha")), stated=op(Li, P("nha_moi", "nha") + "%")))
    d.c(Li, "tăng 126 căn", "difference", "inconsistent",
        dict(t="diff", cur=op(Li, N("nha")), prev=op(Li, N("nha0")), stated=op(Li, "126"), word="tăng"),
        "412 − 268 = 144")
    d.c(Li, f"{N('bo_tn')} hộ", "subset", "consistent", dict(t="subset", parent=op(Li, N("bo")), part=op(Li, N("bo_tn"))))
    d.c(Li, f"đạt {P('bo_tn', 'bo')}%", "share", "consistent",
        dict(t="share", part=op(Li, N("bo_tn")), base=op(Li, N("bo")), stated=op(Li, P("bo_tn", "bo") + "%")))
    Lj = d.p(f"Trong 03 năm phòng, chống dịch Covid-19 (2020 - 2022), Hội các cấp vận động hỗ trợ {N('r_cv', 2)} tỷ đồng "
             f"cho {N('cv_luot')} lượt người, trong đó {N('cv_ngheo')} lượt người thuộc hộ nghèo, hộ cận nghèo; hàng "
             f"nghìn tình nguyện viên tham gia các chốt kiểm soát, khu cách ly.")
    d.c(Lj, f"trong đó {N('cv_ngheo')} lượt", "subset", "consistent",
        dict(t="subset", parent=op(Lj, N("cv_luot")), part=op(Lj, N("cv_ngheo"))))
    d.p("Cuộc vận động \u201cMỗi tổ chức, mỗi cá nhân gắn với một địa chỉ nhân đạo\u201d tiếp tục được triển khai sâu rộng, "
        "kết nối nhà hảo tâm với người có hoàn cảnh khó khăn; các mô hình \u201cNgân hàng bò\u201d, \u201cTủ bánh mì "
        "0 đồng\u201d, \u201cBữa cơm nhân ái\u201d, \u201cNhà nhân đạo\u201d được nhân rộng. Khi bão lũ năm 2020 và "
        "đợt mưa lớn năm 2021 xảy ra, Hội các cấp đã kịp thời có mặt tại vùng bị thiệt hại, tổ chức cứu trợ khẩn cấp, hỗ "
        "trợ người dân ổn định đời sống, khôi phục sản xuất.")
    d.p("4. Công tác chăm sóc sức khỏe ban đầu, sơ cấp cứu")
    Lk = d.p(f"Tổ chức {N('lop')} lớp tập huấn sơ cấp cứu cho {N('ng')} lượt người, trong đó {N('hs')} lượt học sinh; "
             f"số lớp tăng {n(V['lop'] - V['lop0'])} lớp so với nhiệm kỳ trước ({N('lop0')} lớp).")
    d.c(Lk, f"{N('hs')} lượt học sinh", "subset", "consistent", dict(t="subset", parent=op(Lk, N("ng")), part=op(Lk, N("hs"))))
    d.c(Lk, f"tăng {n(V['lop'] - V['lop0'])} lớp", "difference", "consistent",
        dict(t="diff", cur=op(Lk, N("lop")), prev=op(Lk, N("lop0")), stated=op(Lk, n(V["lop"] - V["lop0"])), word="tăng"))
    d.p("Công tác truyền thông được đổi mới theo hướng đa phương tiện: Hội phối hợp với Báo Sơn Lâm, Đài Phát thanh - Truyền "
        "hình tỉnh duy trì chuyên mục \u201cNhịp cầu nhân ái\u201d, xây dựng trang thông tin điện tử và các trang mạng xã "
        "hội của Hội; phong trào thi đua \u201cVì cuộc sống cộng đồng\u201d được phát động sâu rộng, nhiều tập thể, cá "
        "nhân được Trung ương Hội, Ủy ban nhân dân tỉnh khen thưởng; Hội Chữ thập đỏ tỉnh được tặng Cờ thi đua xuất sắc "
        "các năm 2019 và 2021.")
    d.p("5. Đánh giá chung")
    Ll = d.p(f"Nhiệm kỳ 2017 - 2022, Hội đã hoàn thành và hoàn thành vượt 08/09 chỉ tiêu Nghị quyết Đại hội VII đề ra; "
             f"riêng năm 2022 tiếp nhận 32.914 đơn vị máu, là năm cao nhất từ trước đến nay. Cả nhiệm kỳ vận động được "
             f"{N('mau')} đơn vị máu và {N('ct', 2)} tỷ đồng tiền, hàng nhân đạo. Tuy nhiên, hoạt động của một số chi "
             f"hội còn hình thức, nguồn lực nhân đạo chưa đồng đều giữa các địa bàn.")
    d.c(Ll, "32.914 đơn vị máu", "repeat", "inconsistent", None, "figure copied from another year (2021); 2022 is 34.455")
    d.c(Ll, "08/09 chỉ tiêu", "fraction", "consistent", dict(t="fraction", frac=op(Ll, "08/09"), whole=None),
        "no list of the 09 targets in the text; only part ≤ whole can be checked")
    d.c(Ll, f"{N('mau')} đơn vị máu", "repeat", "consistent",
        dict(t="repeat", first=op(Le, N("mau")), second=op(Ll, N("mau"))))
    d.c(Ll, f"{N('ct', 2)} tỷ đồng", "repeat", "consistent",
        dict(t="repeat", first=op(Lh, N("ct", 2)), second=op(Ll, N("ct", 2))))
    d.p("Hạn chế: phát triển hội viên ở khối cơ quan, doanh nghiệp còn chậm; chất lượng hoạt động của một số chi hội "
        "chưa cao; nguồn lực vận động chủ yếu tập trung vào dịp Tết và khi có thiên tai, chưa thường xuyên; công tác nắm "
        "đối tượng cần trợ giúp ở một số nơi chưa sát, còn trùng lặp. Nguyên nhân chủ yếu là đội ngũ cán bộ Hội cơ sở "
        "thường xuyên thay đổi, kiêm nhiệm nhiều việc, kinh phí hoạt động còn hạn hẹp.")
    d.p("Bài học kinh nghiệm: một là, phải thường xuyên tranh thủ sự lãnh đạo của cấp ủy, sự phối hợp của chính quyền và "
        "Mặt trận Tổ quốc; hai là, đổi mới phương thức vận động, lấy hội viên, tình nguyện viên làm trung tâm; ba là, công "
        "khai, minh bạch nguồn lực nhân đạo, tạo niềm tin cho nhà hảo tâm và nhân dân.")
    d.p("6. Đại hội Hội Chữ thập đỏ các cấp và công tác nhân sự")
    Lm = d.p(f"Đến ngày 30/6/2022, 356/356 tổ chức cơ sở Hội và 11/11 Hội cấp huyện đã tổ chức xong đại hội nhiệm kỳ "
             f"2022 - 2027. Đại hội đại biểu Hội Chữ thập đỏ tỉnh lần thứ VIII được triệu tập {N('db')} đại biểu, gồm "
             f"{N('db_dn')} đại biểu đương nhiên là Ủy viên Ban Chấp hành khóa VII, {N('db_b')} đại biểu do đại hội cấp "
             f"huyện bầu và 08 đại biểu chỉ định.")
    d.c(Lm, "356/356 tổ chức", "fraction", "consistent", dict(t="fraction", frac=op(Lm, "356/356"), whole=op(La, "356")))
    d.c(Lm, "11/11 Hội cấp huyện", "fraction", "consistent", dict(t="fraction", frac=op(Lm, "11/11"), whole=op(La, "11")))
    d.c(Lm, f"{N('db')} đại biểu, gồm", "sum", "consistent",
        dict(t="sum", total=op(Lm, N("db")), parts=[op(Lm, N("db_dn")), op(Lm, N("db_b")), op(Lm, "08")]))
    Ln = d.p(f"Ban Chấp hành khóa VII có {N('bch7')} ủy viên, trong đó nữ {N('nu7')} đồng chí "
             f"({tpct(V['nu7'], V['bch7'])}%). Ban Chấp hành khóa VIII dự kiến {N('bch8')} ủy viên, giảm 02 ủy viên so "
             f"với khóa VII; trong đó nữ {N('nu8')} đồng chí, chiếm {P('nu8', 'bch8')}%; dưới 40 tuổi 09 đồng chí "
             f"({P('tre8', 'bch8')}%); tái cử {N('tai')} đồng chí, tham gia lần đầu {N('moi')} đồng chí.")
    d.c(Ln, f"({tpct(V['nu7'], V['bch7'])}%)", "share", "rounding",
        dict(t="share", part=op(Ln, N("nu7")), base=op(Ln, N("bch7")), stated=op(Ln, tpct(V["nu7"], V["bch7"]) + "%")),
        "truncated")
    d.c(Ln, "giảm 02 ủy viên", "difference", "consistent",
        dict(t="diff", cur=op(Ln, N("bch8")), prev=op(Ln, N("bch7")), stated=op(Ln, "02"), word="giảm"),
        "same noun (ủy viên) with different qualifiers (khóa VII / khóa VIII)")
    d.c(Ln, f"chiếm {P('nu8', 'bch8')}%", "share", "consistent",
        dict(t="share", part=op(Ln, N("nu8")), base=op(Ln, N("bch8")), stated=op(Ln, P("nu8", "bch8") + "%")))
    d.c(Ln, f"({P('tre8', 'bch8')}%)", "share", "consistent",
        dict(t="share", part=op(Ln, "09"), base=op(Ln, N("bch8")), stated=op(Ln, P("tre8", "bch8") + "%")))
    d.c(Ln, f"dự kiến {N('bch8')} ủy viên", "sum", "consistent",
        dict(t="sum", total=op(Ln, N("bch8")), parts=[op(Ln, N("tai")), op(Ln, N("moi"))]),
        "re-elected + new, at the end of the sentence")
    d.p("PHẦN THỨ HAI: PHƯƠNG HƯỚNG, NHIỆM VỤ NHIỆM KỲ 2022 - 2027")
    Lo = d.p(f"Phấn đấu đến năm 2027 có {N('hv27')} hội viên, tăng {pct(V['hv27'] - V['hv'], V['hv'])}% so với cuối "
             f"nhiệm kỳ 2017 - 2022; vận động tiếp nhận {N('mau27')} đơn vị máu, tăng "
             f"{pct(V['mau27'] - V['mau'], V['mau'])}% so với nhiệm kỳ 2012 - 2017; 100% tổ chức cơ sở Hội xếp loại "
             f"khá trở lên; trị giá hoạt động nhân đạo đạt trên 550 tỷ đồng. Trên cơ sở 86.902 hội viên hiện có, "
             f"mỗi năm phát triển thêm ... hội viên mới.")
    d.c(Lo, f"tăng {pct(V['hv27'] - V['hv'], V['hv'])}%", "ratio", "consistent",
        dict(t="ratio", mode="change", cur=op(Lo, N("hv27")), prev=op(Lb, N("hv")),
             stated=op(Lo, pct(V["hv27"] - V["hv"], V["hv"]) + "%"), word="tăng"))
    d.c(Lo, "cuối nhiệm kỳ 2017 - 2022", "term", "consistent",
        dict(t="term", own=(2022, 2027), named=op(Lo, "2017 - 2022"), step=5, prefix="nhiệm kỳ "))
    d.c(Lo, f"tăng {pct(V['mau27'] - V['mau'], V['mau'])}%", "ratio", "consistent",
        dict(t="ratio", mode="change", cur=op(Lo, N("mau27")), prev=op(Le, N("mau")),
             stated=op(Lo, pct(V["mau27"] - V["mau"], V["mau"]) + "%"), word="tăng"),
        "computed on the 2017 - 2022 total, whatever the sentence says")
    d.c(Lo, "so với nhiệm kỳ 2012 - 2017", "term", "inconsistent",
        dict(t="term", own=(2022, 2027), named=op(Lo, "2012 - 2017"), step=5, prefix="nhiệm kỳ "),
        "term label copied from the previous congress report")
    d.c(Lo, "86.902 hội viên", "repeat", "ambiguous",
        dict(t="amb", J=op(Lo, "86.902"), readings=[
            dict(t="repeat", name="same quantity", first=op(Lb, N("hv")), second=op(Lo, "86.902")),
            dict(t="unknown", name="later date", why="'hiện có' (at the congress) vs 'cuối nhiệm kỳ'")]),
        "date of 'hiện có' not stated")
    d.p("Nhiệm vụ, giải pháp chủ yếu: tăng cường công tác tuyên truyền, nâng cao nhận thức về vị trí, vai trò của Hội; "
        "củng cố tổ chức, nâng cao chất lượng hoạt động của chi hội, tổ hội; đổi mới nội dung, phương thức vận động nguồn "
        "lực, ứng dụng công nghệ số trong quản lý hội viên và công khai nguồn lực nhân đạo; chủ động chuẩn bị lực lượng, "
        "hàng hóa dự phòng để ứng phó với thiên tai, thảm họa, dịch bệnh; nâng cao chất lượng phong trào hiến máu tình "
        "nguyện, xây dựng ngân hàng người hiến máu dự bị ở tất cả các xã, phường, thị trấn.")
    d.p("Nơi nhận: - Trung ương Hội Chữ thập đỏ Việt Nam; - Thường trực Tỉnh ủy; - Ban Dân vận Tỉnh ủy; - Lưu: VP.")
    F1 = d.fn(f"Năm 2018: {N('m18')} đơn vị; năm 2019: {N('m19')} đơn vị; năm 2020: {N('m20')} đơn vị; năm 2021: "
              f"{N('m21')} đơn vị; năm 2022: {N('m22')} đơn vị; cộng 05 năm: {N('mau')} đơn vị máu.")
    d.c(F1, f"cộng 05 năm: {N('mau')}", "sum", "consistent",
        dict(t="sum", total=op(F1, N("mau")), parts=[op(F1, N(k)) for k in ["m18", "m19", "m20", "m21", "m22"]]))
    d.claims[Ld_idx]["spec"] = dict(t="diff", cur=op(Lf, N("m22")), prev=op(F1, N("m21")),
                                    stated=op(Lf, n(V["m22"] - V["m21"])), word="tăng")
    d.claims[Ld_idx + 1]["spec"] = dict(t="ratio", mode="change", cur=op(Lf, N("m22")), prev=op(F1, N("m21")),
                                        stated=op(Lf, pct(V["m22"] - V["m21"], V["m21"]) + "%"), word="tăng")
    for c in d.claims:
        if c["anchor"] == "32.914 đơn vị máu":
            c["spec"] = dict(t="repeat", first=op(F1, N("m22")), second=op(Ll, "32.914"))
    F2 = d.fn(f"Tổng trị giá {N('ct', 2)} tỷ đồng, gồm: Tết Nhân ái {N('r_tet', 2)} tỷ đồng; cứu trợ thiên tai, thảm họa "
              f"{N('r_tt', 2)} tỷ đồng; hỗ trợ phòng, chống dịch Covid-19 {N('r_cv', 2)} tỷ đồng; xây, sửa nhà nhân đạo "
              f"{N('r_nha', 2)} tỷ đồng; học bổng, xe đạp, hỗ trợ sinh kế {N('r_hb', 2)} tỷ đồng; mô hình Ngân hàng bò "
              f"{N('r_bo', 2)} tỷ đồng; khám bệnh, cấp thuốc nhân đạo {N('r_kb', 2)} tỷ đồng.")
    d.c(F2, f"Tổng trị giá {N('ct', 2)} tỷ đồng", "sum", "inconsistent",
        dict(t="sum", total=op(F2, N("ct", 2)), parts=[op(F2, N(k, 2)) for k in relief]),
        f"total not updated after the Covid-19 item was revised; parts sum to {n(rsum, 2)}")
    d.c(F2, f"Tết Nhân ái {N('r_tet', 2)}", "repeat", "consistent",
        dict(t="repeat", first=op(Lh, N("r_tet", 2)), second=op(F2, N("r_tet", 2))))
    d.c(F2, f"Covid-19 {N('r_cv', 2)}", "repeat", "consistent",
        dict(t="repeat", first=op(Lj, N("r_cv", 2)), second=op(F2, N("r_cv", 2))))
    F3 = d.fn(f"Cấp tỉnh vận động {N('tet_t')} suất, cấp huyện {N('tet_h')} suất, cấp cơ sở {N('tet_x')} suất; tổng cộng "
              f"{N('tet')} suất quà Tết.")
    d.c(F3, f"tổng cộng {N('tet')} suất", "sum", "consistent",
        dict(t="sum", total=op(F3, N("tet")), parts=[op(F3, N("tet_t")), op(F3, N("tet_h")), op(F3, N("tet_x"))]))
    return d


# --- 4. District study-promotion association ------------------------------------------

def d4():
    d = Draft("d9-04-hoi-khuyen-hoc-huyen.txt")
    V = dict(hcs=21, ch=318, ch_th=162, ch_tr=71, ch_cq=43, ch_dh=42, ch_vm=276,
             hv=38654, hv0=36828, ds=172480, kh_hv=38000, kn=2105, gi=279, k_xa=31420, k_tr=4186, k_cq=3048,
             nu=21340, ht=5126, hv_nk=31520, bch=31, bch_nu=11, bch_ht=17, bch_dc=12,
             dk=36540, gd=26412, ho=45870, ho0=45310, gd0=24860, gd3=18214,
             dh=412, dh_all=486, dh0=405, dh_all0=495, th=148, th0=142, dv=96, dv_all=112, dv0=88,
             tt_tot=17, lop=1286, lop0=1174, luot=64320, luot_nu=38115, cdht=52410,
             q=18642, q_h=2180, q_cs=9416, q_ch=7046, q_dh=1648, q0=16327, kh_q=16000, q_nk=10790,
             hb=8642, hb0=7528, hb_ng=3215, hb_g=4980, hb_sv=512, t_h=486, t_x=2942, t_ch=2857,
             xs=15, vm=5, kha=1, hv25=40500, hb_dn=1420, hb_h=420, qa=1236, qb=986, qc=1512,
             l_kt=742, l_pl=318, l_th=226)
    N = lambda k: n(V[k])
    P = lambda a, b, dp=2: pct(V[a], V[b], dp)
    assert V["ch_th"] + V["ch_tr"] + V["ch_cq"] + V["ch_dh"] == V["ch"]
    assert V["k_xa"] + V["k_tr"] + V["k_cq"] == V["hv"] and V["kn"] - V["gi"] == V["hv"] - V["hv0"]
    assert V["q_h"] + V["q_cs"] + V["q_ch"] == V["q"] and V["xs"] + V["vm"] + V["kha"] == V["hcs"]
    assert V["l_kt"] + V["l_pl"] + V["l_th"] == V["lop"]
    tsum = V["t_h"] + V["t_x"] + V["t_ch"]  # 6.285; the draft keeps the stale 6.215
    for t in ["HỘI KHUYẾN HỌC TỈNH THANH LÂM", "HỘI KHUYẾN HỌC HUYỆN TAM SƠN", "Số: .../BC-HKH",
              "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
              "Tam Sơn, ngày ... tháng 12 năm 2024", "BÁO CÁO",
              "Tổng kết công tác khuyến học, khuyến tài, xây dựng xã hội học tập năm 2024 và phương hướng, nhiệm vụ "
              "năm 2025"]:
        d.p(t)
    d.p("Thực hiện Kế hoạch số 45/KH-HKH ngày 10/01/2024 của Hội Khuyến học tỉnh và Nghị quyết Đại hội đại biểu Hội "
        "Khuyến học huyện lần thứ V, nhiệm kỳ 2021 - 2026, Ban Thường vụ Hội Khuyến học huyện báo cáo kết quả năm 2024 "
        "như sau:")
    d.p("Năm 2024, Hội Khuyến học huyện tiếp tục triển khai Kết luận số 49-KL/TW ngày 10/5/2019 của Ban Bí thư về tiếp tục "
        "thực hiện Chỉ thị số 11-CT/TW của Bộ Chính trị khóa X về đẩy mạnh phong trào khuyến học, khuyến tài, xây dựng xã "
        "hội học tập; Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án \u201cXây dựng xã hội "
        "học tập giai đoạn 2021 - 2030\u201d và Thông tư số 44/2014/TT-BGDĐT ngày 12/12/2014 của Bộ Giáo dục và Đào tạo "
        "quy định việc đánh giá, công nhận các danh hiệu học tập. Ban Thường vụ Hội đã tham mưu Huyện ủy ban hành Kế hoạch "
        "số 112-KH/HU ngày 05/3/2024 về nâng cao chất lượng xây dựng xã hội học tập trên địa bàn huyện.")
    d.p("I. CÔNG TÁC XÂY DỰNG TỔ CHỨC HỘI")
    M1 = d.p(f"Toàn huyện có {N('hcs')} Hội Khuyến học cơ sở (19 xã, 02 thị trấn) với {N('ch')} chi hội, ban khuyến học, "
             f"gồm {N('ch_th')} chi hội thôn, tổ dân phố (100% thôn, tổ dân phố có chi hội); {N('ch_tr')} chi hội trường "
             f"học; {N('ch_cq')} chi hội cơ quan, đơn vị và {N('ch_dh')} ban khuyến học dòng họ. Qua đánh giá, "
             f"{N('ch_vm')} chi hội, ban khuyến học xếp loại vững mạnh, chiếm {P('ch_vm', 'ch')}%.")
    d.c(M1, f"{N('hcs')} Hội Khuyến học cơ sở", "sum", "consistent",
        dict(t="sum", total=op(M1, N("hcs")), parts=[op(M1, "19"), op(M1, "02")]))
    d.c(M1, f"{N('ch')} chi hội, ban khuyến học, gồm", "sum", "consistent",
        dict(t="sum", total=op(M1, N("ch")), parts=[op(M1, N(k)) for k in ["ch_th", "ch_tr", "ch_cq", "ch_dh"]]),
        "semicolon list with a parenthesis inside")
    d.c(M1, f"chiếm {P('ch_vm', 'ch')}%", "share", "consistent",
        dict(t="share", part=op(M1, N("ch_vm")), base=op(M1, N("ch")), stated=op(M1, P("ch_vm", "ch") + "%")))
    M2 = d.p(f"Tổng số hội viên đến 31/12/2024 là {N('hv')} người, chiếm {P('hv', 'ds')}% dân số toàn huyện ({N('ds')} "
             f"người), đạt {P('hv', 'kh_hv')}% kế hoạch năm ({N('kh_hv')} hội viên). Trong năm kết nạp mới {N('kn')} hội "
             f"viên, giảm {N('gi')} hội viên do chuyển đi, từ trần; số hội viên thực tăng {n(V['hv'] - V['hv0'])} người, "
             f"tăng {tpct(V['hv'] - V['hv0'], V['hv0'])}% so với năm 2023 ({N('hv0')} hội viên).")
    d.c(M2, f"chiếm {P('hv', 'ds')}%", "share", "consistent",
        dict(t="share", part=op(M2, N("hv")), base=op(M2, N("ds")), stated=op(M2, P("hv", "ds") + "%")))
    d.c(M2, f"đạt {P('hv', 'kh_hv')}%", "ratio", "consistent",
        dict(t="ratio", mode="plan", cur=op(M2, N("hv")), prev=op(M2, N("kh_hv")), stated=op(M2, P("hv", "kh_hv") + "%")))
    d.c(M2, f"thực tăng {n(V['hv'] - V['hv0'])} người", "difference", "consistent",
        dict(t="diff", cur=op(M2, N("hv")), prev=op(M2, N("hv0")), stated=op(M2, n(V["hv"] - V["hv0"])), word="tăng"),
        "also equals 2.105 admitted − 279 left")
    d.c(M2, f"tăng {tpct(V['hv'] - V['hv0'], V['hv0'])}%", "ratio", "rounding",
        dict(t="ratio", mode="change", cur=op(M2, N("hv")), prev=op(M2, N("hv0")),
             stated=op(M2, tpct(V["hv"] - V["hv0"], V["hv0"]) + "%"), word="tăng"), "truncated")
    M3 = d.p(f"Trong tổng số {N('hv')} hội viên: khối xã, thị trấn {N('k_xa')} người; khối trường học {N('k_tr')} người; "
             f"khối cơ quan, đơn vị {N('k_cq')} người. Hội viên nữ {N('nu')} người, hội viên là cán bộ hưu trí {N('ht')} "
             f"người.")
    d.c(M3, f"Trong tổng số {N('hv')} hội viên", "sum", "consistent",
        dict(t="sum", total=op(M3, N("hv")), parts=[op(M3, N("k_xa")), op(M3, N("k_tr")), op(M3, N("k_cq"))]))
    d.c(M3, f"nữ {N('nu')} người", "subset", "consistent", dict(t="subset", parent=op(M3, N("hv")), part=op(M3, N("nu"))))
    d.c(M3, f"hưu trí {N('ht')} người", "subset", "consistent", dict(t="subset", parent=op(M3, N("hv")), part=op(M3, N("ht"))))
    M4 = d.p(f"Sau hơn 03 năm thực hiện Nghị quyết Đại hội V, nhiệm kỳ 2021 - 2026, số hội viên tăng "
             f"{n(V['hv'] - V['hv_nk'])} người so với cuối nhiệm kỳ 2011 - 2016 ({N('hv_nk')} hội viên). Ban Chấp hành "
             f"Hội huyện có {N('bch')} ủy viên, trong đó nữ {N('bch_nu')} đồng chí ({P('bch_nu', 'bch')}%), cán bộ hưu "
             f"trí {N('bch_ht')} đồng chí, cán bộ đương chức {N('bch_dc')} đồng chí.")
    d.c(M4, f"tăng {n(V['hv'] - V['hv_nk'])} người", "difference", "consistent",
        dict(t="diff", cur=op(M2, N("hv")), prev=op(M4, N("hv_nk")), stated=op(M4, n(V["hv"] - V["hv_nk"])), word="tăng"),
        "current value only in the earlier paragraph")
    d.c(M4, "cuối nhiệm kỳ 2011 - 2016", "term", "inconsistent",
        dict(t="term", own=(2021, 2026), named=op(M4, "2011 - 2016"), step=5, prefix="nhiệm kỳ "),
        "the sentence's own term is 2021 - 2026")
    d.c(M4, f"({P('bch_nu', 'bch')}%)", "share", "consistent",
        dict(t="share", part=op(M4, N("bch_nu")), base=op(M4, N("bch")), stated=op(M4, P("bch_nu", "bch") + "%")))
    d.c(M4, f"có {N('bch')} ủy viên", "sum", "ambiguous",
        dict(t="amb", J=op(M4, N("bch")), readings=[
            dict(t="subset_all", name="partial", parent=op(M4, N("bch")),
                 parts=[op(M4, N("bch_ht")), op(M4, N("bch_dc"))], disjoint=True),
            dict(t="sum", name="exhaustive", total=op(M4, N("bch")), parts=[op(M4, N("bch_ht")), op(M4, N("bch_dc"))])]),
        "hưu trí + đương chức = 29; 02 members may be neither (e.g. business people), not stated")
    d.p("II. KẾT QUẢ XÂY DỰNG CÁC MÔ HÌNH HỌC TẬP")
    M5 = d.p(f"Năm 2024 có {N('dk')} hộ đăng ký, kết quả {N('gd')} hộ được công nhận danh hiệu \u201cGia đình học "
             f"tập\u201d, đạt {P('gd', 'dk')}% số hộ đăng ký và chiếm {P('gd', 'ho0')}% tổng số hộ toàn huyện "
             f"({N('ho')} hộ); so với năm 2023 ({N('gd0')}/{N('ho0')} hộ, tỷ lệ {P('gd0', 'ho0')}%), số gia đình học "
             f"tập tăng {n(V['gd'] - V['gd0'])} hộ. Có {N('gd3')} hộ đạt danh hiệu 03 năm liên tục, bằng "
             f"{P('gd3', 'gd')}% số hộ được công nhận năm nay.")
    d.c(M5, f"đạt {P('gd', 'dk')}%", "share", "consistent",
        dict(t="share", part=op(M5, N("gd")), base=op(M5, N("dk")), stated=op(M5, P("gd", "dk") + "%")))
    d.c(M5, f"chiếm {P('gd', 'ho0')}%", "share", "inconsistent",
        dict(t="share", part=op(M5, N("gd")), base=op(M5, N("ho")), stated=op(M5, P("gd", "ho0") + "%")),
        f"base copied from the previous year: {N('gd')} / {N('ho0')} (2023 households)")
    d.c(M5, f"tỷ lệ {P('gd0', 'ho0')}%", "share", "consistent",
        dict(t="share", part=op(M5, N("gd0")), base=op(M5, N("ho0")), stated=op(M5, P("gd0", "ho0") + "%")),
        "fraction x/y followed by its rate")
    d.c(M5, f"tăng {n(V['gd'] - V['gd0'])} hộ", "difference", "consistent",
        dict(t="diff", cur=op(M5, N("gd")), prev=op(M5, N("gd0")), stated=op(M5, n(V["gd"] - V["gd0"])), word="tăng"))
    d.c(M5, f"Có {N('gd3')} hộ", "subset", "consistent", dict(t="subset", parent=op(M5, N("gd")), part=op(M5, N("gd3"))))
    d.c(M5, f"bằng {P('gd3', 'gd')}%", "share", "consistent",
        dict(t="share", part=op(M5, N("gd3")), base=op(M5, N("gd")), stated=op(M5, P("gd3", "gd") + "%")))
    r_dh, r_dh0 = P("dh", "dh_all"), P("dh0", "dh_all0")
    rel = fmt((parse(r_dh)[0] / parse(r_dh0)[0] - 1) * 100, 1)
    M6 = d.p(f"Toàn huyện có {N('dh')}/{N('dh_all')} dòng họ đạt danh hiệu \u201cDòng họ học tập\u201d, đạt {r_dh}%, "
             f"tăng {rel}% so với năm 2023 ({N('dh0')}/{N('dh_all0')} dòng họ, đạt {r_dh0}%); {N('th')}/164 thôn, tổ dân "
             f"phố được công nhận \u201cCộng đồng học tập\u201d cấp thôn, đạt {pct(V['th'], 164)}%, tăng 06 thôn so với "
             f"năm 2023 ({N('th0')} thôn); {N('dv')}/{N('dv_all')} cơ quan, đơn vị, trường học đạt \u201cĐơn vị học "
             f"tập\u201d ({P('dv', 'dv_all')}%), tăng 08 đơn vị (năm 2023: {N('dv0')} đơn vị).")
    d.c(M6, f"đạt {r_dh}%", "share", "consistent",
        dict(t="share", part=op(M6, N("dh")), base=op(M6, N("dh_all")), stated=op(M6, r_dh + "%")))
    d.c(M6, f"tăng {rel}%", "points", "consistent",
        dict(t="pr", cur=op(M6, r_dh + "%"), prev=op(M6, r_dh0 + "%"), stated=op(M6, rel + "%"), word="tăng"),
        "a comparison of two rates that holds as a relative change (3,6 %), not as points (2,95)")
    d.c(M6, f"đạt {r_dh0}%", "share", "consistent",
        dict(t="share", part=op(M6, N("dh0")), base=op(M6, N("dh_all0")), stated=op(M6, r_dh0 + "%")))
    d.c(M6, f"{N('th')}/164 thôn", "fraction", "inconsistent",
        dict(t="fraction", frac=op(M6, f"{N('th')}/164"), whole=op(M1, N("ch_th"))),
        "whole copied from before the merger of hamlets: the district has 162 thôn, tổ dân phố (line of section I)")
    d.c(M6, f"đạt {pct(V['th'], 164)}%", "share", "consistent",
        dict(t="share", part=op(M6, N("th")), base=op(M6, "164"), stated=op(M6, pct(V["th"], 164) + "%")),
        "agrees with the fraction as written")
    d.c(M6, "tăng 06 thôn", "difference", "consistent",
        dict(t="diff", cur=op(M6, N("th")), prev=op(M6, N("th0")), stated=op(M6, "06"), word="tăng"))
    d.c(M6, f"({P('dv', 'dv_all')}%)", "share", "consistent",
        dict(t="share", part=op(M6, N("dv")), base=op(M6, N("dv_all")), stated=op(M6, P("dv", "dv_all") + "%")))
    d.c(M6, "tăng 08 đơn vị", "difference", "consistent",
        dict(t="diff", cur=op(M6, N("dv")), prev=op(M6, N("dv0")), stated=op(M6, "08"), word="tăng"),
        "previous value given after the difference")
    M7 = d.p(f"Có {N('hcs')}/{N('hcs')} xã, thị trấn duy trì Trung tâm học tập cộng đồng, trong đó {N('tt_tot')} trung "
             f"tâm xếp loại tốt, đạt {P('tt_tot', 'hcs')}%; các trung tâm mở {N('lop')} lớp, tăng "
             f"{n(V['lop'] - V['lop0'])} lớp so với năm 2023 ({N('lop0')} lớp), thu hút {N('luot')} lượt người tham gia, "
             f"trong đó nữ {N('luot_nu')} lượt. Toàn huyện đánh giá, công nhận {N('cdht')} \u201cCông dân học tập\u201d, "
             f"bằng {P('cdht', 'ds')}% dân số.")
    d.c(M7, f"{N('hcs')}/{N('hcs')} xã", "fraction", "consistent",
        dict(t="fraction", frac=op(M7, f"{N('hcs')}/{N('hcs')}"), whole=op(M1, N("hcs"))))
    d.c(M7, f"đạt {P('tt_tot', 'hcs')}%", "share", "consistent",
        dict(t="share", part=op(M7, N("tt_tot")), base=op(M1, N("hcs")), stated=op(M7, P("tt_tot", "hcs") + "%")))
    d.c(M7, f"tăng {n(V['lop'] - V['lop0'])} lớp", "difference", "consistent",
        dict(t="diff", cur=op(M7, N("lop")), prev=op(M7, N("lop0")), stated=op(M7, n(V["lop"] - V["lop0"])), word="tăng"))
    d.c(M7, f"nữ {N('luot_nu')} lượt", "subset", "consistent",
        dict(t="subset", parent=op(M7, N("luot")), part=op(M7, N("luot_nu"))))
    d.c(M7, f"bằng {P('cdht', 'ds')}%", "share", "consistent",
        dict(t="share", part=op(M7, N("cdht")), base=op(M2, N("ds")), stated=op(M7, P("cdht", "ds") + "%")),
        "population stated in section I")
    d.p("Hoạt động của các Trung tâm học tập cộng đồng từng bước đi vào chiều sâu, gắn với nhu cầu thực tế của người dân: "
        "chuyển giao tiến bộ kỹ thuật trồng trọt, chăn nuôi, phổ biến pháp luật, kỹ năng chuyển đổi số, phòng chống đuối "
        "nước cho trẻ em. Nhiều xã đã phối hợp với Hội Nông dân, Hội Liên hiệp Phụ nữ, Đoàn Thanh niên tổ chức học tập "
        "lồng ghép trong sinh hoạt chi hội, tạo không khí học tập sôi nổi ở khu dân cư.")
    d.p("Công tác phối hợp tiếp tục được duy trì: Hội đã ký kết chương trình phối hợp với Phòng Giáo dục và Đào tạo, Trung "
        "tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện, Hội Cựu giáo chức và Hội Người cao tuổi trong vận động học "
        "sinh bỏ học trở lại trường, duy trì kết quả xóa mù chữ, phổ cập giáo dục; phối hợp với Ủy ban Mặt trận Tổ quốc "
        "lồng ghép tiêu chí xây dựng xã hội học tập vào cuộc vận động xây dựng nông thôn mới, đô thị văn minh.")
    d.p("III. XÂY DỰNG QUỸ, KHEN THƯỞNG VÀ TRAO HỌC BỔNG")
    M8 = d.p(f"Quỹ khuyến học các cấp đến 31/12/2024 đạt {N('q')} triệu đồng, gồm: quỹ Hội huyện {N('q_h')} triệu đồng; "
             f"quỹ các hội cơ sở {N('q_cs')} triệu đồng, chiếm {P('q_cs', 'q')}%; quỹ chi hội và ban khuyến học "
             f"{N('q_ch')} triệu đồng (riêng {N('ch_dh')} ban khuyến học dòng họ {N('q_dh')} triệu đồng). Tổng quỹ tăng "
             f"{n(V['q'] - V['q0'])} triệu đồng, tăng {tpct(V['q'] - V['q0'], V['q0'])}% so với năm 2023 ({N('q0')} "
             f"triệu đồng), đạt {P('q', 'kh_q')}% kế hoạch ({N('kh_q')} triệu đồng); so với cuối nhiệm kỳ 2016 - 2021 "
             f"({N('q_nk')} triệu đồng), quỹ tăng {n(V['q'] - V['q_nk'])} triệu đồng.")
    d.c(M8, f"{N('q')} triệu đồng, gồm", "sum", "consistent",
        dict(t="sum", total=op(M8, N("q")), parts=[op(M8, N("q_h")), op(M8, N("q_cs")), op(M8, N("q_ch"))]),
        "a share and a parenthesis sit inside the list")
    d.c(M8, f"chiếm {P('q_cs', 'q')}%", "share", "consistent",
        dict(t="share", part=op(M8, N("q_cs")), base=op(M8, N("q")), stated=op(M8, P("q_cs", "q") + "%")))
    d.c(M8, f"dòng họ {N('q_dh')} triệu đồng", "subset", "consistent",
        dict(t="subset", parent=op(M8, N("q_ch")), part=op(M8, N("q_dh"))))
    d.c(M8, f"Tổng quỹ tăng {n(V['q'] - V['q0'])} triệu đồng",
        "difference", "consistent",
        dict(t="diff", cur=op(M8, N("q")), prev=op(M8, N("q0")), stated=op(M8, n(V["q"] - V["q0"])), word="tăng"))
    d.c(M8, f"tăng {tpct(V['q'] - V['q0'], V['q0'])}%", "ratio", "rounding",
        dict(t="ratio", mode="change", cur=op(M8, N("q")), prev=op(M8, N("q0")),
             stated=op(M8, tpct(V["q"] - V["q0"], V["q0"]) + "%"), word="tăng"), "truncated")
    d.c(M8, f"đạt {P('q', 'kh_q')}%", "ratio", "consistent",
        dict(t="ratio", mode="plan", cur=op(M8, N("q")), prev=op(M8, N("kh_q")), stated=op(M8, P("q", "kh_q") + "%")))
    d.c(M8, "cuối nhiệm kỳ 2016 - 2021", "term", "consistent",
        dict(t="term", own=(2021, 2026), named=op(M8, "2016 - 2021"), step=5, prefix="nhiệm kỳ "))
    d.c(M8, f"quỹ tăng {n(V['q'] - V['q_nk'])} triệu đồng", "difference", "consistent",
        dict(t="diff", cur=op(M8, N("q")), prev=op(M8, N("q_nk")), stated=op(M8, n(V["q"] - V["q_nk"])), word="tăng"),
        "three periods in one sentence (2023, plan, previous term)")
    bad = fmt(F(V["hb"] - V["hb0"]) * 100 / V["hb"], 1)  # increase divided by the current year
    M9 = d.p(f"Năm 2024, các cấp Hội đã trao {N('hb')} suất học bổng, phần thưởng, tăng {n(V['hb'] - V['hb0'])} suất, "
             f"tăng {bad}% so với năm 2023 ({N('hb0')} suất); trong đó học sinh nghèo vượt khó {N('hb_ng')} suất, học "
             f"sinh giỏi {N('hb_g')} suất, sinh viên {N('hb_sv')} suất. Tổng số tiền khen thưởng, trao học bổng là 6.215 "
             f"triệu đồng, gồm: cấp huyện {N('t_h')} triệu đồng, cấp xã {N('t_x')} triệu đồng, chi hội và ban khuyến học "
             f"dòng họ {N('t_ch')} triệu đồng.")
    d.c(M9, f"tăng {n(V['hb'] - V['hb0'])} suất", "difference", "consistent",
        dict(t="diff", cur=op(M9, N("hb")), prev=op(M9, N("hb0")), stated=op(M9, n(V["hb"] - V["hb0"])), word="tăng"))
    d.c(M9, f"tăng {bad}%", "ratio", "inconsistent",
        dict(t="ratio", mode="change", cur=op(M9, N("hb")), prev=op(M9, N("hb0")), stated=op(M9, bad + "%"), word="tăng"),
        "wrong base: 1.114 / 8.642 (this year) instead of / 7.528")
    d.c(M9, f"trao {N('hb')} suất", "sum", "ambiguous",
        dict(t="amb", J=op(M9, N("hb")), readings=[
            dict(t="subset_all", name="overlapping (poor and good students)", parent=op(M9, N("hb")),
                 parts=[op(M9, N("hb_ng")), op(M9, N("hb_g")), op(M9, N("hb_sv"))]),
            dict(t="subset_all", name="disjoint kinds", parent=op(M9, N("hb")),
                 parts=[op(M9, N("hb_ng")), op(M9, N("hb_g")), op(M9, N("hb_sv"))], disjoint=True)]),
        "parts sum to 8.707 > 8.642; a scholarship may count both as 'nghèo vượt khó' and 'giỏi'")
    d.c(M9, "là 6.215 triệu đồng", "sum", "inconsistent",
        dict(t="sum", total=op(M9, "6.215"), parts=[op(M9, N("t_h")), op(M9, N("t_x")), op(M9, N("t_ch"))]),
        f"total not updated after the chi hội figures came in: parts sum to {n(tsum)}")
    M9b = d.p("Công tác thi đua, khen thưởng được quan tâm: năm 2024, Hội Khuyến học huyện đề nghị cấp trên và trực tiếp khen "
              "thưởng 120 lượt tập thể, cá nhân (Bằng khen của Hội Khuyến học tỉnh 12 tập thể, 18 cá nhân; Giấy khen của "
              "Hội Khuyến học huyện 36 tập thể, 54 cá nhân). Năm học 2023 - 2024, toàn huyện có 612 học sinh đạt giải học "
              "sinh giỏi cấp huyện trở lên, trong đó 148 em đạt giải cấp tỉnh và 06 em đạt giải quốc gia, đều được Hội "
              "khen thưởng kịp thời.")
    d.c(M9b, "120 lượt tập thể, cá nhân", "sum", "consistent",
        dict(t="sum", total=op(M9b, "120"), parts=[op(M9b, "12"), op(M9b, "18"), op(M9b, "36"), op(M9b, "54")]),
        "two levels of award inside one parenthesis, separated by a semicolon")
    d.c(M9b, "148 em", "subset", "consistent", dict(t="subset", parent=op(M9b, "612"), part=op(M9b, "148")))
    d.c(M9b, "06 em", "subset", "consistent", dict(t="subset", parent=op(M9b, "612"), part=op(M9b, "06")))
    d.p("IV. ĐÁNH GIÁ CHUNG")
    M10 = d.p(f"Năm 2024, Hội Khuyến học huyện hoàn thành toàn diện các chỉ tiêu; số hội viên đạt 38.564 người, quỹ khuyến "
              f"học tăng khá. Kết quả thi đua, {N('hcs')} hội cơ sở được xếp loại: {N('xs')} xuất sắc "
              f"({P('xs', 'hcs')}%), 05 vững mạnh, 01 khá. Một số chi hội cơ quan hoạt động còn hình thức; việc đánh giá, "
              f"công nhận các danh hiệu học tập ở một số nơi chưa thực chất.")
    d.c(M10, "38.564 người", "repeat", "inconsistent",
        dict(t="repeat", first=op(M2, N("hv")), second=op(M10, "38.564")), "digits swapped: 38.654 written 38.564")
    d.c(M10, f"{N('hcs')} hội cơ sở được xếp loại", "sum", "consistent",
        dict(t="sum", total=op(M10, N("hcs")), parts=[op(M10, N("xs")), op(M10, "05"), op(M10, "01")]))
    d.c(M10, f"({P('xs', 'hcs')}%)", "share", "consistent",
        dict(t="share", part=op(M10, N("xs")), base=op(M10, N("hcs")), stated=op(M10, P("xs", "hcs") + "%")))
    d.p("Nguyên nhân của hạn chế: nhận thức của một bộ phận cán bộ, người dân về xây dựng xã hội học tập chưa đầy đủ; "
        "cán bộ Hội cơ sở phần lớn là người cao tuổi, kiêm nhiệm, ít được bồi dưỡng nghiệp vụ; nguồn lực cho hoạt động "
        "khuyến học chủ yếu dựa vào vận động xã hội hóa, chưa bền vững; sự phối hợp giữa Hội với ngành giáo dục và các "
        "đoàn thể ở một số nơi chưa thường xuyên.")
    d.p("Bài học kinh nghiệm: nơi nào cấp ủy, chính quyền quan tâm lãnh đạo, chỉ đạo, Hội chủ động tham mưu và phối hợp tốt "
        "với các ngành, đoàn thể thì phong trào khuyến học, khuyến tài phát triển mạnh, thực chất; việc đánh giá, công nhận "
        "danh hiệu học tập phải đúng quy trình, gắn với kết quả học tập thực tế của từng gia đình, dòng họ, cộng đồng.")
    d.p("V. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025")
    M11 = d.p(f"Phấn đấu năm 2025 có {N('hv25')} hội viên, tăng {n(V['hv25'] - V['hv'])} hội viên "
              f"({pct(V['hv25'] - V['hv'], V['hv'])}%) so với năm 2024; quỹ khuyến học các cấp hiện có 19.105 triệu đồng, "
              f"phấn đấu đến cuối năm 2025 đạt trên 21.000 triệu đồng; tỷ lệ \u201cGia đình học tập\u201d đạt trên 60% "
              f"tổng số hộ; 100% xã, thị trấn có Trung tâm học tập cộng đồng hoạt động hiệu quả. Đề nghị UBND huyện hỗ "
              f"trợ kinh phí hoạt động ... triệu đồng/năm.")
    d.c(M11, f"tăng {n(V['hv25'] - V['hv'])} hội viên", "difference", "consistent",
        dict(t="diff", cur=op(M11, N("hv25")), prev=op(M2, N("hv")), stated=op(M11, n(V["hv25"] - V["hv"])), word="tăng"))
    d.c(M11, f"({pct(V['hv25'] - V['hv'], V['hv'])}%)", "ratio", "consistent",
        dict(t="ratio", mode="change", cur=op(M11, N("hv25")), prev=op(M2, N("hv")),
             stated=op(M11, pct(V["hv25"] - V["hv"], V["hv"]) + "%"), word="tăng"))
    d.c(M11, "19.105 triệu đồng", "repeat", "ambiguous",
        dict(t="amb", J=op(M11, "19.105"), readings=[
            dict(t="repeat", name="same quantity", first=op(M8, N("q")), second=op(M11, "19.105")),
            dict(t="unknown", name="later date", why="'hiện có' (date of writing) vs 'đến 31/12/2024'")]),
        "same noun, reference date of 'hiện có' unclear")
    d.p("Giải pháp chủ yếu: tiếp tục tuyên truyền sâu rộng Kết luận số 49-KL/TW và Đề án xây dựng xã hội học tập; kiện "
        "toàn tổ chức Hội, phát triển hội viên ở khối trường học, cơ quan, doanh nghiệp; nâng cao chất lượng hoạt động "
        "của Trung tâm học tập cộng đồng; đẩy mạnh xã hội hóa, quản lý, sử dụng quỹ khuyến học công khai, đúng mục đích; "
        "đưa tiêu chí xây dựng xã hội học tập vào đánh giá thi đua của các xã, thị trấn và cơ quan, đơn vị.")
    d.p("Nơi nhận: - Hội Khuyến học tỉnh; - Thường trực Huyện ủy, UBND huyện; - Các hội khuyến học cơ sở; - Lưu: VP.")
    F1 = d.fn(f"Học bổng do doanh nghiệp, nhà hảo tâm tài trợ {N('hb_dn')} suất, chiếm {P('hb_dn', 'hb')}% tổng số suất; "
              f"Hội Khuyến học huyện trực tiếp trao {N('hb_h')} suất cho học sinh nghèo vượt khó, học sinh đạt giải cấp "
              f"tỉnh, quốc gia.")
    d.c(F1, f"trao {N('hb_h')} suất", "subset", "consistent", dict(t="subset", parent=op(M9, N("hb")), part=op(F1, N("hb_h"))))
    d.c(F1, f"chiếm {P('hb_dn', 'hb')}%", "share", "consistent",
        dict(t="share", part=op(F1, N("hb_dn")), base=op(M9, N("hb")), stated=op(F1, P("hb_dn", "hb") + "%")),
        "base in the body")
    F2 = d.fn(f"Quỹ khuyến học của Hội Khuyến học xã Tam Hiệp {N('qa')} triệu đồng, xã Tam An {N('qb')} triệu đồng, thị "
              f"trấn Tam Sơn {N('qc')} triệu đồng; 03 đơn vị này chiếm {pct(V['qa'] + V['qb'] + V['qc'], V['q_cs'])}% "
              f"quỹ của các hội cơ sở.")
    d.c(F2, f"chiếm {pct(V['qa'] + V['qb'] + V['qc'], V['q_cs'])}%", "share", "consistent",
        dict(t="share", part=[op(F2, N("qa")), op(F2, N("qb")), op(F2, N("qc"))], base=op(M8, N("q_cs")),
             stated=op(F2, pct(V["qa"] + V["qb"] + V["qc"], V["q_cs"]) + "%")), "share of a sum of three parts")
    F3 = d.fn(f"Trong {N('lop')} lớp, có {N('l_kt')} lớp chuyển giao khoa học kỹ thuật ({P('l_kt', 'lop')}%), {N('l_pl')} "
              f"lớp chuyên đề pháp luật, giáo dục sức khỏe và {N('l_th')} lớp tin học, ngoại ngữ.")
    d.c(F3, f"Trong {N('lop')} lớp", "sum", "consistent",
        dict(t="sum", total=op(F3, N("lop")), parts=[op(F3, N("l_kt")), op(F3, N("l_pl")), op(F3, N("l_th"))]))
    d.c(F3, f"({P('l_kt', 'lop')}%)", "share", "consistent",
        dict(t="share", part=op(F3, N("l_kt")), base=op(F3, N("lop")), stated=op(F3, P("l_kt", "lop") + "%")))
    return d


DRAFTS = [d1, d2, d3, d4]
KINDS = ["sum", "subset", "share", "fraction", "difference", "points", "ratio", "repeat", "term"]
VERDICTS = ["consistent", "rounding", "inconsistent", "ambiguous"]

# ---------------------------------------------------------------- build / check


def label_of(c, cx):
    verdict, right, calc = evaluate(c["spec"], cx)
    lab = OrderedDict(line=c["line"], anchor=c["anchor"], kind=c["kind"], verdict=verdict)
    if verdict in ("rounding", "inconsistent"):
        lab["right"] = right
    note = calc + (f". {c['why']}" if c["why"] else "")
    lab["note"] = note
    return lab


def verify_claim(c, lines, lab):
    """structural checks shared by build and --check"""
    line = lines[c["line"] - 1]
    assert line.count(c["anchor"]) == 1, f"anchor not unique/exact in line {c['line']}: {c['anchor']!r}"
    key = judged(c["spec"])
    jl, jlit = c["spec"][key] if key != "part" else c["spec"]["part"]
    assert jl == c["line"], f"judged figure not on the claim's line: {c['anchor']!r}"
    assert boundary_find(jlit, c["anchor"]) >= 1, f"judged figure {jlit!r} not in anchor {c['anchor']!r}"
    assert c["kind"] in KINDS and lab["verdict"] in VERDICTS
    assert lab["verdict"] == c["expect"], f"{c['anchor']!r}: computed {lab['verdict']} but intended {c['expect']}"


def summary(drafts_labels):
    out = ["# d9 prose set: summary", "",
           "Four drafts written for this set (invented places and figures). Generated by `make.py`; "
           "`python3 make.py --check` re-verifies every label against the written text.", "",
           "## Per draft", "", "| draft | chars | claims | consistent | rounding | inconsistent | ambiguous |",
           "|---|---:|---:|---:|---:|---:|---:|"]
    tot = Counter()
    kv = Counter()
    for fname, text, labs in drafts_labels:
        cnt = Counter(l["verdict"] for l in labs)
        tot.update(cnt)
        kv.update((l["kind"], l["verdict"]) for l in labs)
        out.append(f"| {fname} | {len(text)} | {len(labs)} | " + " | ".join(str(cnt[v]) for v in VERDICTS) + " |")
    out.append(f"| **total** | | {sum(tot.values())} | " + " | ".join(str(tot[v]) for v in VERDICTS) + " |")
    out += ["", "## Kind × verdict (all drafts)", "",
            "| kind | " + " | ".join(VERDICTS) + " | total |", "|---|" + "---:|" * (len(VERDICTS) + 1)]
    for k in KINDS:
        row = [kv[(k, v)] for v in VERDICTS]
        out.append(f"| {k} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    out.append("| **total** | " + " | ".join(str(tot[v]) for v in VERDICTS) + f" | {sum(tot.values())} |")
    out += ["", "## Planted errors (inconsistent / rounding)", ""]
    for fname, text, labs in drafts_labels:
        out.append(f"- `{fname}`:")
        for l in labs:
            if l["verdict"] in ("inconsistent", "rounding"):
                out.append(f"  - line {l['line']} `{l['anchor']}` ({l['kind']}, {l['verdict']}) → `{l['right']}`")
    out += ["", "Conventions: shares, ratios and points are judged at the written precision with exact rational "
            "arithmetic, half up; a truncated value is `rounding`. `ambiguous` claims have at least two readings "
            "(partial vs exhaustive list, overlapping vs disjoint parts, base not stated, `1.038%`-style dot with three "
            "decimals, same noun with another date or qualifier) of which one holds and one fails. Each figure "
            "occurrence carries at most one label; anchors are exact and unique in their line.", "", ""]
    return "\n".join(out)


def build():
    res = []
    for f in DRAFTS:
        d = f()
        cx = Ctx(d.lines)
        labs = []
        for c in d.claims:
            lab = label_of(c, cx)
            verify_claim(c, d.lines, lab)
            labs.append(lab)
        text = "\n".join(d.lines) + "\n"
        with open(os.path.join(HERE, d.fname), "w", encoding="utf-8") as fh:
            fh.write(text)
        with open(os.path.join(HERE, d.fname.replace(".txt", ".labels.json")), "w", encoding="utf-8") as fh:
            json.dump(OrderedDict(file=d.fname, claims=labs), fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        res.append((d.fname, text, labs))
    with open(os.path.join(HERE, "SUMMARY.md"), "w", encoding="utf-8") as fh:
        fh.write(summary(res))
    for fname, text, labs in res:
        cnt = Counter(l["verdict"] for l in labs)
        print(f"{fname}: {len(text)} chars, {len(labs)} claims, " + ", ".join(f"{v} {cnt[v]}" for v in VERDICTS))


def check():
    ok = True
    res = []
    for f in DRAFTS:
        d = f()
        path = os.path.join(HERE, d.fname)
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        lines = text.split("\n")[:-1]
        with open(path.replace(".txt", ".labels.json"), encoding="utf-8") as fh:
            data = json.load(fh)
        errs = []
        if data.get("file") != d.fname:
            errs.append("file field")
        if len(data["claims"]) != len(d.claims):
            errs.append("claim count differs from make.py")
        cx = Ctx(lines)  # operands are re-read from the written text, not from memory
        for c, lab in zip(d.claims, data["claims"]):
            try:
                assert set(lab) <= {"line", "anchor", "kind", "verdict", "right", "note"}
                assert lab["line"] == c["line"] and lab["anchor"] == c["anchor"] and lab["kind"] == c["kind"]
                assert 1 <= lab["line"] <= len(lines)
                fresh = label_of(c, cx)
                verify_claim(c, lines, fresh)
                assert fresh["verdict"] == lab["verdict"], f"verdict {lab['verdict']} vs recomputed {fresh['verdict']}"
                assert fresh.get("right") == lab.get("right"), f"right {lab.get('right')} vs {fresh.get('right')}"
                assert ("right" in lab) == (lab["verdict"] in ("rounding", "inconsistent"))
            except AssertionError as e:
                errs.append(f"line {c['line']} {c['anchor']!r}: {e}")
        if lines != d.lines:
            errs.append("text differs from what make.py builds")
        if not 7000 <= len(text) <= 9500:
            errs.append(f"length {len(text)} outside 7000-9500")
        cnt = Counter(l["verdict"] for l in data["claims"])
        if not (55 <= len(data["claims"]) <= 65 and 5 <= cnt["inconsistent"] <= 7 and 2 <= cnt["rounding"] <= 3
                and 3 <= cnt["ambiguous"] <= 4):
            errs.append(f"counts off target: {len(data['claims'])} {dict(cnt)}")
        res.append((d.fname, text, data["claims"]))
        status = "OK" if not errs else "FAIL"
        print(f"{status} {d.fname}: {len(text)} chars, {len(data['claims'])} claims, "
              + ", ".join(f"{v} {cnt[v]}" for v in VERDICTS))
        for e in errs:
            print("   ", e)
        ok = ok and not errs
    with open(os.path.join(HERE, "SUMMARY.md"), encoding="utf-8") as fh:
        if fh.read() != summary(res):
            print("FAIL SUMMARY.md does not match the labels")
            ok = False
    print("check passed" if ok else "check FAILED")
    return ok


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build()
