#!/usr/bin/env python3
"""Build and verify the labels of the d6-* drafts.

Every claim is declared below with the arithmetic that decides it.  The script
  1. finds the claim's line (the only line containing `at`, default the anchor),
     checks that the anchor occurs exactly once in that line and contains the
     stated figure, and that every operand of the calculation occurs in the draft;
  2. writes the note as "<calculation> = <value> ⇒ ghi <stated> — <why>";
  3. writes <draft>.labels.json;
  4. re-reads every labels.json, re-parses the numbers of each note, recomputes
     the verdict (and the `right` value) with exact rational arithmetic and
     fails on any mismatch with the declared verdict;
  5. writes SUMMARY.md (drafts x verdicts, kinds x verdicts).

Modes (derived from kind and calculation, identical in both passes):
  term                      -> the expected period text must equal the stated one
  calculation with "≤"      -> subset: left ≤ right
  share / fraction / ratio  -> value rounded half-up at the stated precision;
                               equal: consistent, truncation equal: rounding,
                               otherwise inconsistent
  sum / difference / points / repeat -> exact equality
A claim is ambiguous when it has several readings (" || ") that disagree, or a
reading "?" (base or scope not stated in the draft).
"""
import json
import os
import re
import sys
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = ["sum", "subset", "share", "fraction", "difference", "points", "ratio", "repeat", "term"]
VERDICTS = ["consistent", "rounding", "inconsistent", "ambiguous"]
NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
CONSTANTS = {"100", "1.000", "1.000.000"}


def C(anchor, kind, verdict, calc, stated, why, at=None, right=None):
    return dict(anchor=anchor, kind=kind, verdict=verdict, calc=calc, stated=stated,
                why=why, at=at, right=right)


# --------------------------------------------------------------------------
# numbers
def parse_num(tok):
    return Fraction(tok.replace(".", "").replace(",", "."))


def first_num(text):
    m = re.search(NUM, text)
    if not m:
        raise ValueError("no number in %r" % text)
    tok = m.group(0)
    dec = len(tok.split(",")[1]) if "," in tok else 0
    return parse_num(tok), dec, tok, text[:m.start()], text[m.end():]


def evaluate(expr):
    py = expr.replace("×", "*").replace("−", "-").replace("–", "-")
    out, pos = [], 0
    for m in re.finditer(NUM, py):
        out.append(py[pos:m.start()])
        out.append("Fraction(%r)" % str(parse_num(m.group(0))))
        pos = m.end()
    out.append(py[pos:])
    code = "".join(out)
    if re.search(r"[A-Za-z_]", re.sub(r"Fraction\('[-0-9/]+'\)", "", code)):
        raise ValueError("bad expression %r" % expr)
    return eval(code, {"Fraction": Fraction, "__builtins__": {}})


def operands(expr):
    return re.findall(NUM, expr)


def round_half_up(x, d):
    q = x * 10 ** d
    s = 1 if q >= 0 else -1
    q = abs(q)
    n = (q.numerator * 2 + q.denominator) // (2 * q.denominator)
    return Fraction(s * n, 10 ** d)


def truncate(x, d):
    q = x * 10 ** d
    s = 1 if q >= 0 else -1
    q = abs(q)
    return Fraction(s * (q.numerator // q.denominator), 10 ** d)


def fmt(x, d, lead=0):
    x = round_half_up(x, d)
    neg = x < 0
    x = abs(x)
    ip = x.numerator // x.denominator
    frac = x - ip
    s = str(ip).zfill(lead) if lead else str(ip)
    groups = []
    while len(s) > 3:
        groups.insert(0, s[-3:])
        s = s[:-3]
    groups.insert(0, s)
    out = ".".join(groups)
    if d:
        fd = frac * 10 ** d
        out += "," + str(fd.numerator // fd.denominator).zfill(d)
    return ("-" if neg else "") + out


def decimals_of(x):
    d = 0
    while (x * 10 ** d).denominator != 1 and d < 6:
        d += 1
    return d


def fmt_free(x, maxd=4):
    d = decimals_of(x)
    return fmt(x, min(d, maxd))


# --------------------------------------------------------------------------
def mode_of(kind, expr):
    if kind == "term":
        return "term"
    if "≤" in expr:
        return "le"
    if kind in ("share", "fraction", "ratio"):
        return "round"
    return "eq"


def judge(kind, expr, stated):
    """Return (verdict, display of computed value, right value or None)."""
    if expr.strip() == "?":
        return "?", "?", None
    mode = mode_of(kind, expr)
    if mode == "term":
        ok = expr.strip() == stated.strip()
        return ("consistent" if ok else "inconsistent"), expr.strip(), (None if ok else expr.strip())
    if mode == "le":
        left, right = expr.split("≤")
        lv, rv = evaluate(left), evaluate(right)
        ok = lv <= rv
        return ("consistent" if ok else "inconsistent"), ("đúng" if ok else "sai"), None
    val = evaluate(expr)
    sv, d, tok, pre, post = first_num(stated)
    lead = len(tok) if re.fullmatch(r"0\d", tok) else 0
    if mode == "round":
        disp = fmt_free(val, max(d + 3, 4))
        hu = round_half_up(val, d)
        if hu == sv:
            return "consistent", disp, None
        right = pre + fmt(hu, d, lead) + post
        if truncate(val, d) == sv:
            return "rounding", disp, right
        return "inconsistent", disp, right
    disp = fmt_free(val)
    if val == sv:
        return "consistent", disp, None
    return "inconsistent", disp, pre + fmt(abs(val), max(d, decimals_of(val)), lead) + post


def judge_claim(kind, readings):
    """readings: list of (expr, stated). Returns verdict, per-reading results."""
    res = [judge(kind, e, s) for e, s in readings]
    vs = [r[0] for r in res]
    if len(readings) == 1 and vs[0] != "?":
        return vs[0], res
    if "?" in vs or len(set(vs)) > 1:
        return "ambiguous", res
    return vs[0], res


# --------------------------------------------------------------------------
def split_readings(calc, stated):
    if isinstance(calc, list):
        out = []
        for r in calc:
            if isinstance(r, tuple):
                out.append(r)
            else:
                out.append((r, stated))
        return out
    return [(calc, stated)]


def build(name, claims):
    path = os.path.join(HERE, name)
    lines = open(path, encoding="utf-8").read().split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    text = "\n".join(lines)
    text_tokens = set(re.findall(NUM, text))
    errors, labels = [], []
    for c in claims:
        key = c["at"] or c["anchor"]
        hits = [i for i, l in enumerate(lines) if key in l]
        if len(hits) != 1:
            errors.append("%s: key %r found on lines %s" % (name, key, [h + 1 for h in hits]))
            continue
        ln = hits[0]
        line = lines[ln]
        if line.count(c["anchor"]) != 1:
            errors.append("%s:%d anchor %r occurs %d times" % (name, ln + 1, c["anchor"], line.count(c["anchor"])))
        if c["kind"] not in KINDS or c["verdict"] not in VERDICTS:
            errors.append("%s: bad kind/verdict %r" % (name, c))
        readings = split_readings(c["calc"], c["stated"])
        if c["stated"] not in c["anchor"]:
            errors.append("%s:%d stated %r not in anchor %r" % (name, ln + 1, c["stated"], c["anchor"]))
        for e, s in readings:
            if c["kind"] != "term":
                for tok in operands(e):
                    if tok not in text_tokens and tok not in CONSTANTS:
                        errors.append("%s:%d operand %s of %r not in draft" % (name, ln + 1, tok, e))
        parts = []
        for e, s in readings:
            v, disp, _ = judge(c["kind"], e, s)
            if e.strip() == "?":
                parts.append("? ⇒ ghi %s" % s)
            elif mode_of(c["kind"], e) in ("term", "le"):
                parts.append("%s ⇒ ghi %s" % (e, s))
            else:
                parts.append("%s = %s ⇒ ghi %s" % (e, disp, s))
        note = " || ".join(parts) + " — " + c["why"]
        lab = {"line": ln + 1, "anchor": c["anchor"], "kind": c["kind"], "verdict": c["verdict"]}
        if c["verdict"] in ("rounding", "inconsistent"):
            verdict, res = judge_claim(c["kind"], readings)
            auto = res[0][2]
            lab["right"] = c["right"] or auto
        lab["note"] = note
        labels.append(lab)
    labels.sort(key=lambda x: (x["line"], lines[x["line"] - 1].find(x["anchor"])))
    out = {"file": name, "claims": labels}
    with open(path[:-4] + ".labels.json", "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return errors


def verify(name):
    """Second pass: recompute every verdict from the numbers written in the notes."""
    path = os.path.join(HERE, name)
    lines = open(path, encoding="utf-8").read().split("\n")
    data = json.load(open(path[:-4] + ".labels.json", encoding="utf-8"))
    errors = []
    assert data["file"] == name
    seen = set()
    for lab in data["claims"]:
        line = lines[lab["line"] - 1]
        where = "%s:%d %r" % (name, lab["line"], lab["anchor"])
        if line.count(lab["anchor"]) != 1:
            errors.append(where + " anchor not unique/absent")
        if (lab["line"], lab["anchor"]) in seen:
            errors.append(where + " duplicate label")
        seen.add((lab["line"], lab["anchor"]))
        calc = lab["note"].split(" — ", 1)[0]
        readings = []
        for part in calc.split(" || "):
            lhs, stated = part.split(" ⇒ ghi ", 1)
            if " = " in lhs:
                lhs = lhs.rsplit(" = ", 1)[0]
            readings.append((lhs, stated))
        if not any(s in lab["anchor"] for _, s in readings):
            errors.append(where + " no stated figure of the note in anchor")
        verdict, res = judge_claim(lab["kind"], readings)
        if verdict != lab["verdict"]:
            errors.append(where + " declared %s, recomputed %s (%s)" % (lab["verdict"], verdict, res))
        if lab["verdict"] in ("rounding", "inconsistent"):
            r = lab.get("right")
            if not r:
                errors.append(where + " missing right")
            else:
                if lab["kind"] == "term":
                    if r != res[0][1]:
                        errors.append(where + " right %r != %r" % (r, res[0][1]))
                else:
                    want = res[0][2]
                    rv = first_num(r)[0]
                    wv = first_num(want)[0]
                    if rv != wv:
                        errors.append(where + " right %r != recomputed %r" % (r, want))
        elif "right" in lab:
            errors.append(where + " right given for %s" % lab["verdict"])
    return errors, data["claims"]


# --------------------------------------------------------------------------
D1 = "d6-01-bao-cao-mat-tran-huyen-2023.txt"
D2 = "d6-02-bao-cao-quan-su-quoc-phong-huyen-2024.txt"
D3 = "d6-03-bao-cao-thu-chi-ngan-sach-xa-quy-II-2024.txt"
D4 = "d6-04-bao-cao-thuy-san-lam-nghiep-tinh-2023.txt"

CLAIMS = {}

CLAIMS[D1] = [
    C("14 đơn vị hành chính cấp xã", "sum", "consistent", "12 + 02", "14", "gồm 12 xã và 02 thị trấn"),
    C("chiếm 2,89%", "share", "consistent", "1.126 / 38.912 × 100", "2,89%", "hộ nghèo cuối năm / tổng số hộ"),
    C("chiếm 3,82%", "share", "consistent", "1.487 / 38.912 × 100", "3,82%", "hộ cận nghèo / tổng số hộ"),
    C("tỷ lệ 3,61%", "share", "ambiguous", ["1.398 / 38.912 × 100", "?"], "3,61%",
      "tỷ lệ đầu năm; số hộ đầu năm không nêu, tính trên 38.912 hộ cuối năm chỉ được 3,59%"),
    C("giảm 272 hộ", "difference", "consistent", "1.398 − 1.126", "272", "hộ nghèo đầu năm − cuối năm"),
    C("giảm 0,72%", "points", "consistent", "3,61 − 2,89", "0,72%", "hiệu hai tỷ lệ, điểm phần trăm"),
    C("tăng 64 hộ", "difference", "inconsistent", "1.487 − 1.551", "64",
      "cận nghèo từ 1.551 xuống 1.487 là giảm, chữ tăng sai dấu", right="giảm 64 hộ"),
    C("nữ 14 đồng chí", "subset", "consistent", "14 ≤ 53", "14", "nữ thuộc 53 ủy viên"),
    C("(26,41%)", "share", "rounding", "14 / 53 × 100", "26,41%", "26,415 làm tròn lên 26,42, ghi cắt bớt"),
    C("05 đồng chí (Phật giáo 03", "sum", "consistent", "03 + 01 + 01", "05", "chức sắc theo tôn giáo"),
    C("05 đồng chí (01 Chủ tịch", "sum", "consistent", "01 + 02 + 02", "05", "cơ cấu Ban Thường trực"),
    C("41.208 người", "sum", "consistent", "12.460 + 13.975 + 3.118 + 7.842 + 3.813", "41.208", "năm tổ chức chính trị - xã hội"),
    C("tăng 1.027 người", "difference", "consistent", "41.208 − 40.181", "1.027", "so với năm 2022"),
    C("(2,65%)", "ratio", "inconsistent", "1.027 / 40.181 × 100", "2,65%", "tốc độ tăng; đảo chữ số 2,56"),
    C("so với năm 2022", "term", "consistent", "năm 2022", "năm 2022", "báo cáo năm 2023 so với năm liền trước", at="tăng 1.027 người"),
    C("đạt 94,45%", "fraction", "consistent", "36.754 / 38.912 × 100", "94,45%", "hộ gia đình văn hóa"),
    C("(97,96%)", "fraction", "consistent", "96 / 98 × 100", "97,96%", "ấp, khu phố văn hóa"),
    C("(83,33%)", "fraction", "consistent", "10 / 12 × 100", "83,33%", "xã nông thôn mới"),
    C("04 xã đạt chuẩn nông thôn mới nâng cao", "subset", "consistent", "04 ≤ 10", "04", "thuộc 10 xã nông thôn mới"),
    C("01 xã đạt chuẩn nông thôn mới kiểu mẫu", "subset", "consistent", "01 ≤ 04", "01", "kiểu mẫu lồng trong nâng cao, không cộng"),
    C("4.286,5 triệu đồng", "sum", "consistent", "1.842,3 + 2.444,2", "4.286,5", "cấp huyện + cấp xã"),
    C("tăng 356,7 triệu đồng", "difference", "consistent", "4.286,5 − 3.929,8", "356,7", "so với năm trước"),
    C("(9,08%)", "ratio", "consistent", "356,7 / 3.929,8 × 100", "9,08%", "tốc độ tăng"),
    C("so với năm 2021", "term", "inconsistent", "năm 2022", "năm 2021",
      "năm liền trước của năm 2023 là 2022 (số dư năm 2022 chuyển sang cùng đoạn)"),
    C("chiếm 8.514%", "share", "ambiguous", [("33.128 / 38.912 × 100", "85,14%"), ("33.128 / 38.912 × 100", "8.514%")], "8.514%",
      "viết 8.514%: nếu dấu chấm là dấu thập phân lệch chỗ thì 85,14% đúng, nếu là nghìn thì sai; không tự quyết"),
    C("4.604,9 triệu đồng", "sum", "consistent", "4.286,5 + 318,4", "4.604,9", "vận động + số dư chuyển sang"),
    C("Đã chi 4.215,6 triệu đồng", "sum", "consistent", "2.730 + 512,8 + 286,4 + 368,2 + 318,2", "4.215,6", "năm khoản chi, gồm"),
    C("đạt 91,55%", "share", "consistent", "4.215,6 / 4.604,9 × 100", "91,55%", "chi / tổng nguồn Quỹ"),
    C("chiếm 59,28%", "share", "inconsistent", "2.730 / 4.215,6 × 100", "59,28%",
      "gốc ghi là tổng số chi; 59,28% là 2.730 / 4.604,9 (nhầm gốc tổng nguồn)"),
    C("(12,16%)", "share", "consistent", "512,8 / 4.215,6 × 100", "12,16%", "gốc tổng số chi"),
    C("(6,79%)", "share", "consistent", "286,4 / 4.215,6 × 100", "6,79%", "gốc tổng số chi"),
    C("(7,54%)", "share", "rounding", "318,2 / 4.215,6 × 100", "7,54%", "7,548 làm tròn 7,55, ghi cắt bớt"),
    C("389,3 triệu đồng", "difference", "consistent", "4.604,9 − 4.215,6", "389,3", "số dư = tổng nguồn − chi"),
    C("tổng cộng 72 căn", "sum", "consistent", "55 + 17", "72", "xây mới + sửa chữa"),
    C("đạt 110,77% kế hoạch", "share", "consistent", "72 / 65 × 100", "110,77%", "so với kế hoạch 65 căn"),
    C("vượt 07 căn", "difference", "consistent", "72 − 65", "07", "thực hiện − kế hoạch"),
    C("hỗ trợ 2.730 triệu đồng", "repeat", "consistent", "2.730", "2.730", "trùng khoản chi nhà Đại đoàn kết ở đoạn chi Quỹ"),
    C("45 triệu đồng/căn xây mới", "ratio", "consistent", "(2.730 − 17 × 15) / 55", "45", "mức hỗ trợ suy từ tổng 2.730 và 17 căn sửa chữa"),
    C("đã xây mới 287 căn", "repeat", "consistent", "287", "287", "lũy kế nhiệm kỳ, trùng tổng ở chú thích"),
    C("682 triệu đồng", "difference", "consistent", "3.412 − 2.730", "682", "phần đối ứng = tổng kinh phí − Quỹ"),
    C("450.000 đồng/phần", "ratio", "consistent", "2.187 × 1.000.000 / 4.860", "450.000", "bình quân, đổi triệu đồng ra đồng"),
    C("4.860 phần quà", "sum", "ambiguous", ["1.126 + 1.487 + 1.390 + 912 + 1.045", "?"], "4.860",
      "các nhóm nhận quà có thể trùng nhau (hộ nghèo là gia đình chính sách, có người cao tuổi...), tổng 5.960 vượt 4.860"),
    C("còn lại 42,6 triệu đồng", "difference", "consistent", "287,6 − 245", "42,6", "Quỹ Cứu trợ tiếp nhận − chi"),
    C("(tổng số 22 cuộc)", "sum", "consistent", "08 + 14", "22", "chủ trì + phối hợp"),
    C("tăng 16 cuộc", "difference", "consistent", "168 − 152", "16", "so với năm 2022"),
    C("(10,53%)", "ratio", "consistent", "16 / 152 × 100", "10,53%", "tốc độ tăng"),
    C("so với năm 2022", "term", "consistent", "năm 2022", "năm 2022", "năm liền trước", at="tăng 16 cuộc"),
    C("bình quân 92 cử tri/cuộc", "ratio", "consistent", "3.865 / 42", "92", "bình quân làm tròn đơn vị"),
    C("đạt 93,64%", "fraction", "consistent", "221 / 236 × 100", "93,64%", "ý kiến đã giải quyết"),
    C("37 Ban Thanh tra nhân dân", "sum", "consistent", "14 + 23", "37", "ban ở xã + ban ở cơ quan"),
    C("tổng cộng 213 thành viên", "sum", "inconsistent", "86 + 117", "213", "tổng thành viên hai loại ban"),
    C("126 cuộc giám sát", "sum", "consistent", "87 + 39", "126", "xã + cơ quan"),
    C("(6,78%)", "ratio", "consistent", "08 / (126 − 08) × 100", "6,78%", "năm trước suy ra 126 − 08 = 118 cuộc"),
    C("kiến nghị xử lý 17 vụ việc", "subset", "consistent", "17 ≤ 19", "17", "trong số vụ việc phát hiện"),
    C("đạt 88,23%", "fraction", "rounding", "15 / 17 × 100", "88,23%", "88,235 làm tròn 88,24, ghi cắt bớt"),
    C("bình quân 1,9 tỷ đồng/công trình", "ratio", "consistent", "87,45 / 46", "1,9", "vốn / số công trình"),
    C("gấp 1,6 lần", "ratio", "consistent", "19.842 / 12.315", "1,6", "nhiệm kỳ này / nhiệm kỳ trước"),
    C("nhiệm kỳ 2014 - 2019", "term", "consistent", "nhiệm kỳ 2014 - 2019", "nhiệm kỳ 2014 - 2019", "nhiệm kỳ liền trước của 2019 - 2024"),
    C("4.312,5 triệu đồng", "repeat", "ambiguous", [("4.286,5", "4.312,5"), "?"], "4.312,5",
      "số liệu đến 15/12/2023, khác thời điểm 30/11/2023 của số 4.286,5"),
    C("tổng chi 4.215,6 triệu đồng", "repeat", "consistent", "4.215,6", "4.215,6", "trùng số đã chi"),
    C("tăng 5%", "ratio", "consistent", "(4.500 − 4.286,5) / 4.286,5 × 100", "5%", "chỉ tiêu năm 2024, tròn đơn vị"),
    C("so với năm 2023", "term", "consistent", "năm 2023", "năm 2023", "kế hoạch 2024 so với năm liền trước"),
    C("(398,3 triệu đồng)", "repeat", "inconsistent", "389,3", "398,3", "cùng số dư đến 30/11/2023 đã nêu là 389,3 (đảo chữ số)"),
    C("tổng cộng 287 căn", "sum", "consistent", "52 + 61 + 48 + 71 + 55", "287", "theo từng năm"),
    C("năm 2023: 55 căn", "repeat", "consistent", "55", "55", "trùng số xây mới năm 2023"),
]

CLAIMS[D2] = [
    C("11 xã, thị trấn", "sum", "consistent", "10 + 01", "11", "10 xã + 01 thị trấn"),
    C("03 xã trọng điểm", "subset", "consistent", "03 ≤ 10", "03", "tập con, có thể chồng với xã ven biển"),
    C("02 xã có đường bờ biển", "subset", "consistent", "02 ≤ 10", "02", "tập con"),
    C("215 chỉ tiêu", "sum", "consistent", "182 + 33", "215", "Quân đội + Công an"),
    C("tăng 58 công dân", "difference", "consistent", "1.146 − 1.088", "58", "số khám sức khỏe"),
    C("so với năm 2023", "term", "consistent", "năm 2023", "năm 2023", "tuyển quân 2024 so với năm liền trước", at="tăng 58 công dân"),
    C("734 công dân", "sum", "consistent", "92 + 318 + 324", "734", "sức khỏe loại 1, 2, 3"),
    C("chiếm 64,05%", "share", "consistent", "734 / 1.146 × 100", "64,05%", "gốc số được khám"),
    C("4.318 người", "sum", "ambiguous", ["1.124 + 1.987 + 1.532", "?"], "4.318",
      "tổng 4.643 vượt 4.318; đi làm ăn xa và đã có việc làm có thể trùng nhau"),
    C("đạt 100% chỉ tiêu", "fraction", "consistent", "215 / 215 × 100", "100%", "giao đủ", at="giao đủ 215/215"),
    C("215/215 công dân", "sum", "consistent", "27 + 19 + 148 + 21", "215", "trình độ học vấn là một chiều; 12 đảng viên là chiều khác, không cộng"),
    C("chiếm 5,58%", "share", "consistent", "12 / 215 × 100", "5,58%", "đảng viên / số giao quân"),
    C("(12,56%)", "share", "consistent", "27 / 215 × 100", "12,56%", "cao đẳng, đại học"),
    C("So với năm 2022", "term", "inconsistent", "năm 2023", "năm 2022",
      "năm liền trước là 2023; chính dòng tổng kết ghi năm 2023: 208 (năm 2022 là 221)"),
    C("tăng 07 công dân", "difference", "consistent", "215 − 208", "07", "giao quân"),
    C("(3,37%)", "ratio", "consistent", "07 / 208 × 100", "3,37%", "tốc độ tăng"),
    C("tăng 3,24%", "points", "inconsistent", "12,56 − 9,14", "3,24%", "hiệu điểm % là 3,42 (tương đối 37,4%), không khớp cách đọc nào"),
    C("(23,91%)", "share", "consistent", "11 / 46 × 100", "23,91%", "trúng tuyển / đăng ký"),
    C("gấp 2,2 lần", "ratio", "inconsistent", "11 / 04", "2,2 lần", "11 / 4 = 2,75"),
    C("215 tân binh", "repeat", "consistent", "215", "215", "trùng số công dân giao quân"),
    C("tổng số tiền 430 triệu đồng", "ratio", "consistent", "215 × 2", "430", "số tân binh × mức quà"),
    C("2.164 đồng chí dân quân tự vệ", "sum", "consistent", "1.326 + 412 + 118 + 96 + 212", "2.164", "theo loại lực lượng, gồm", at="đạt tỷ lệ 1,58%"),
    C("đạt tỷ lệ 1,58%", "share", "ambiguous", ["?"], "1,58%", "dân số của huyện không nêu trong báo cáo"),
    C("(23,66%)", "share", "consistent", "512 / 2.164 × 100", "23,66%", "đảng viên / tổng số"),
    C("vượt 5,66%", "points", "consistent", "23,66 − 18", "5,66%", "điểm phần trăm so với chỉ tiêu 18%"),
    C("nữ 186 đồng chí", "subset", "consistent", "186 ≤ 2.164", "186", "tập con"),
    C("275 đồng chí", "sum", "consistent", "76 + 45 + 38 + 32 + 24 + 60", "275", "các binh chủng"),
    C("đạt 94,64%", "fraction", "consistent", "2.048 / 2.164 × 100", "94,64%", "quân số huấn luyện"),
    C("116 đồng chí", "difference", "consistent", "2.164 − 2.048", "116", "số còn lại"),
    C("2.048/2.164 đồng chí", "sum", "consistent", "624 + 1.102 + 322", "2.048", "giỏi + khá + đạt"),
    C("(30,47%)", "share", "consistent", "624 / 2.048 × 100", "30,47%", "gốc số được huấn luyện"),
    C("(53,81%)", "share", "consistent", "1.102 / 2.048 × 100", "53,81%", "gốc số được huấn luyện"),
    C("(15,72%)", "share", "consistent", "322 / 2.048 × 100", "15,72%", "gốc số được huấn luyện"),
    C("khá, giỏi đạt 84,28%", "share", "consistent", "(624 + 1.102) / 2.048 × 100", "84,28%", "khá + giỏi"),
    C("tăng 2,15%", "points", "consistent", "84,28 − 82,13", "2,15%", "điểm phần trăm"),
    C("so với năm 2023", "term", "consistent", "năm 2023", "năm 2023", "năm liền trước", at="tăng 2,15%"),
    C("412 đồng chí dân quân cơ động", "sum", "consistent", "158 + 214 + 40", "412", "kết quả dân quân cơ động"),
    C("khá, giỏi 90,29%", "share", "consistent", "(158 + 214) / 412 × 100", "90,29%", "dân quân cơ động"),
    C("1.987 đồng chí", "sum", "consistent", "702 + 985 + 300", "1.987", "bắn đạn thật"),
    C("(35,53%)", "share", "inconsistent", "702 / 1.987 × 100", "35,53%", "702 / 1.987 = 35,33%"),
    C("(49,57%)", "share", "consistent", "985 / 1.987 × 100", "49,57%", "gốc 1.987"),
    C("(15,09%)", "share", "rounding", "300 / 1.987 × 100", "15,09%", "15,098 làm tròn 15,10, ghi cắt bớt"),
    C("04/04 xã", "sum", "consistent", "03 + 01", "04", "giỏi + khá"),
    C("100% đạt khá, giỏi", "fraction", "consistent", "(03 + 01) / 04 × 100", "100%", "khá, giỏi / số xã diễn tập"),
    C("3.876 đồng chí", "sum", "consistent", "182 + 94 + 3.600", "3.876", "ba loại quân nhân dự bị"),
    C("đạt 70,82%", "share", "consistent", "2.745 / 3.876 × 100", "70,82%", "đã sắp xếp / tổng số"),
    C("đạt 86,73%", "share", "rounding", "2.381 / 2.745 × 100", "86,73%", "gốc 2.745 đã sắp xếp; 86,739 làm tròn 86,74"),
    C("1.113 đồng chí", "difference", "inconsistent", "3.876 − 2.745", "1.113", "số chưa sắp xếp = tổng − đã sắp xếp"),
    C("1.238 phương tiện", "sum", "consistent", "214 + 38 + 986", "1.238", "phương tiện kỹ thuật"),
    C("gọi 426 quân nhân", "sum", "consistent", "138 + 211 + 77", "426", "kết quả kiểm tra"),
    C("(32,39%)", "share", "consistent", "138 / 426 × 100", "32,39%", "giỏi"),
    C("khá, giỏi 81,92%", "share", "consistent", "(138 + 211) / 426 × 100", "81,92%", "khá + giỏi"),
    C("đạt 95,56%", "fraction", "consistent", "86 / 90 × 100", "95,56%", "đối tượng 3"),
    C("đạt 103,75% kế hoạch", "share", "consistent", "1.245 / 1.200 × 100", "103,75%", "đối tượng 4"),
    C("12.684,5 triệu đồng", "sum", "consistent", "8.452,3 + 3.716,2 + 516", "12.684,5", "ba nguồn kinh phí"),
    C("(9,76%)", "ratio", "rounding", "1.128,7 / (12.684,5 − 1.128,7) × 100", "9,76%", "năm trước suy ra 11.555,8; 9,767 làm tròn 9,77"),
    C("so với năm 2023", "term", "consistent", "năm 2023", "năm 2023", "năm liền trước", at="(9,76%)"),
    C("chiếm 56,65%", "share", "consistent", "7.186,4 / 12.684,5 × 100", "56,65%", "gốc tổng kinh phí"),
    C("với 215 công dân", "repeat", "consistent", "215", "215", "trùng số giao quân"),
    C("2.146 đồng chí", "repeat", "inconsistent", "2.164", "2.146", "cùng tổng số dân quân tự vệ đã nêu 2.164 (đảo chữ số)"),
    C("dân quân tự vệ đạt 84,28%", "repeat", "consistent", "84,28", "84,28%", "trùng tỷ lệ khá, giỏi"),
    C("dự bị động viên 81,92%", "repeat", "consistent", "81,92", "81,92%", "trùng tỷ lệ khá, giỏi dự bị động viên"),
    C("3.867 đồng chí", "repeat", "ambiguous", [("3.876", "3.867"), "?"], "3.867",
      "số liệu tại 30/9/2024 khác thời điểm; có thể đảo chữ số hoặc biến động thật"),
    C("tổng số công dân nhập ngũ là 1.046 người", "sum", "consistent", "198 + 204 + 221 + 208 + 215", "1.046", "theo từng năm"),
    C("tổng cộng 215 công dân", "sum", "consistent", "26 + 22 + 21 + 18 + 19 + 24 + 17 + 15 + 20 + 16 + 17", "215", "theo 11 đơn vị"),
]

CLAIMS[D3] = [
    C("13.450 triệu đồng (gồm", "sum", "consistent", "3.720 + 9.300 + 430", "13.450", "ba nguồn dự toán thu"),
    C("xã 13.450 triệu đồng, cân đối", "sum", "consistent", "4.000 + 9.180 + 270", "13.450", "dự toán chi"),
    C("đạt 58,34%", "share", "consistent", "7.846,52 / 13.450 × 100", "58,34%", "gốc dự toán nêu ở đoạn trên"),
    C("tăng 878,02 triệu đồng", "difference", "consistent", "7.846,52 − 6.968,5", "878,02", "so với cùng kỳ"),
    C("(12,6%)", "ratio", "consistent", "878,02 / 6.968,5 × 100", "12,6%", "tốc độ tăng một chữ số thập phân"),
    C("so với cùng kỳ năm 2023", "term", "consistent", "năm 2023", "năm 2023", "6 tháng 2024 so với 6 tháng 2023"),
    C("7.846,52 triệu đồng", "sum", "consistent", "3.934,12 + 3.912,4", "7.846,52", "6 tháng = quý I + quý II", at="đạt 58,34%"),
    C("(7.846,52 triệu đồng)", "sum", "consistent", "2.186,74 + 5.312 + 347,78", "7.846,52", "cơ cấu theo nguồn"),
    C("5.312 triệu đồng", "sum", "consistent", "4.650 + 662", "5.312", "bổ sung cân đối + có mục tiêu"),
    C("đạt 50% dự toán", "share", "consistent", "4.650 / 9.300 × 100", "50%", "dự toán bổ sung cân đối nêu ở đoạn trên"),
    C("gấp 1,54 lần", "ratio", "consistent", "662 / 430", "1,54", "so với dự toán có mục tiêu"),
    C("phân cấp 2.186,74 triệu đồng", "sum", "consistent",
      "86,45 + 42,5 + 446 + 256,3 + 1.045 + 68,24 + 186,5 + 55,75", "2.186,74", "tám khoản thu chi tiết ở các dòng sau"),
    C("đạt 58,78% dự toán", "share", "consistent", "2.186,74 / 3.720 × 100", "58,78%", "số thu nêu ở đoạn trên", at="tăng 9,3%"),
    C("tăng 9,3%", "ratio", "consistent", "(2.186,74 − 2.001,2) / 2.001,2 × 100", "9,3%", "tốc độ tăng"),
    C("cùng kỳ năm 2022", "term", "inconsistent", "năm 2023", "năm 2022", "cùng kỳ của 6 tháng 2024 là 6 tháng 2023"),
    C("đạt 72,04% dự toán", "share", "consistent", "86,45 / 120 × 100", "72,04%", "thuế sử dụng đất phi nông nghiệp"),
    C("đạt 71,43%", "fraction", "consistent", "05 / 07 × 100", "71,43%", "ấp hoàn thành"),
    C("đạt 94,44% dự toán", "share", "consistent", "42,5 / 45 × 100", "94,44%", "môn bài"),
    C("đạt 45,51% dự toán", "share", "consistent", "446 / 980 × 100", "45,51%", "thuế hộ kinh doanh"),
    C("chiếm 51,88%", "share", "consistent", "231,4 / 446 × 100", "51,88%", "quý II / 6 tháng"),
    C("412 hộ kinh doanh", "sum", "inconsistent", "368 + 34", "412", "khoán + kê khai"),
    C("đạt 64,07% dự toán", "share", "rounding", "256,3 / 400 × 100", "64,07%", "đúng 64,075, làm tròn lên 64,08"),
    C("đạt 69,67% dự toán", "share", "ambiguous", ["?"], "69,67%", "dự toán khoản thu tiền sử dụng đất không nêu"),
    C("đạt 58,28% dự toán", "share", "consistent", "186,5 / 320 × 100", "58,28%", "đất công ích"),
    C("gấp 2,1 lần", "ratio", "consistent", "186,5 / 88,6", "2,1", "so với cùng kỳ"),
    C("đạt 3.912,4 triệu đồng", "repeat", "consistent", "3.912,4", "3.912,4", "trùng số quý II ở đoạn tổng thu"),
    C("bằng 99,54%", "ratio", "inconsistent", "3.912,4 / 3.934,12 × 100", "99,54%", "quý II / quý I = 99,45 (đảo chữ số)"),
    C("quý I/2024", "term", "consistent", "quý I/2024", "quý I/2024", "so với quý liền trước"),
    C("tăng 318,6 triệu đồng", "difference", "consistent", "3.912,4 − 3.593,8", "318,6", "so với quý II/2023"),
    C("(8,86%)", "ratio", "rounding", "318,6 / 3.593,8 × 100", "8,86%", "8,865 làm tròn 8,87"),
    C("so với quý II/2023", "term", "consistent", "quý II/2023", "quý II/2023", "cùng quý năm trước"),
    C("giảm 42,3 triệu đồng", "difference", "consistent", "169,1 − 126,8", "42,3", "nợ thuế"),
    C("chiếm 30,44%", "share", "consistent", "38,6 / 126,8 × 100", "30,44%", "nợ khó thu / tổng nợ"),
    C("6.452,86 triệu đồng", "sum", "consistent", "1.486,5 + 4.966,36", "6.452,86", "đầu tư + thường xuyên", at="đạt 47,97% dự toán"),
    C("đạt 47,97% dự toán", "share", "rounding", "6.452,86 / 13.450 × 100", "47,97%", "47,977 làm tròn 47,98"),
    C("chiếm 23,04%", "share", "consistent", "1.486,5 / 6.452,86 × 100", "23,04%", "gốc tổng chi"),
    C("chiếm 76,96%", "share", "consistent", "4.966,36 / 6.452,86 × 100", "76,96%", "gốc tổng chi"),
    C("So với cùng kỳ năm 2023", "term", "consistent", "năm 2023", "năm 2023", "cùng kỳ năm trước"),
    C("tổng chi tăng 179 triệu đồng", "difference", "consistent", "6.452,86 − (1.720 + 4.553,86)", "179", "tổng chi cùng kỳ suy từ hai phần"),
    C("(2,85%)", "ratio", "consistent", "179 / (1.720 + 4.553,86) × 100", "2,85%", "gốc 6.273,86 suy ra"),
    C("tăng 412,5 triệu đồng", "difference", "consistent", "4.966,36 − 4.553,86", "412,5", "chi thường xuyên"),
    C("(9,06%)", "ratio", "consistent", "412,5 / 4.553,86 × 100", "9,06%", "tốc độ tăng"),
    C("6 tháng đầu năm 2023", "term", "consistent", "6 tháng đầu năm 2023", "6 tháng đầu năm 2023", "cùng kỳ"),
    C("giảm 213,5 triệu đồng", "difference", "inconsistent", "1.720 − 1.486,5", "213,5", "cùng kỳ − kỳ này"),
    C("đạt 37,16% dự toán", "share", "consistent", "1.486,5 / 4.000 × 100", "37,16%", "dự toán đầu tư nêu ở đầu báo cáo"),
    C("đạt 54,1% dự toán", "share", "consistent", "4.966,36 / 9.180 × 100", "54,1%", "dự toán chi thường xuyên"),
    C("Chi thường xuyên 4.966,36 triệu đồng", "sum", "consistent",
      "2.845,2 + 412,6 + 268,4 + 56,8 + 98,5 + 45,2 + 356,9 + 170,4 + 612,36 + 100", "4.966,36", "mười khoản chi"),
    C("chiếm 57,29%", "share", "consistent", "2.845,2 / 4.966,36 × 100", "57,29%", "gốc chi thường xuyên"),
    C("(8,13%)", "share", "inconsistent", "412,6 / 4.966,36 × 100", "8,13%", "quốc phòng / chi thường xuyên = 8,31 (đảo chữ số)"),
    C("Chi đảm bảo xã hội 612,36 triệu đồng", "sum", "ambiguous", ["286,4 + 214,8 + 168,5", "?"], "612,36",
      "tổng 669,7 vượt 612,36; các nhóm đối tượng có thể trùng nhau (người cao tuổi thuộc hộ nghèo...)"),
    C("Nguồn bổ sung có mục tiêu 662 triệu đồng", "sum", "consistent", "420 + 148 + 94", "662", "ba nội dung phân bổ"),
    C("đạt 77,84%", "share", "consistent", "515,3 / 662 × 100", "77,84%", "giải ngân"),
    C("tổng thu 7.846,52 triệu đồng", "repeat", "consistent", "7.846,52", "7.846,52", "trùng tổng thu 6 tháng"),
    C("tổng chi 6.452,86 triệu đồng", "repeat", "consistent", "6.452,86", "6.452,86", "trùng tổng chi 6 tháng"),
    C("kết dư 1.393,66 triệu đồng", "difference", "consistent", "7.846,52 − 6.452,86", "1.393,66", "thu − chi"),
    C("7.684,52 triệu đồng", "repeat", "ambiguous", [("7.846,52", "7.684,52"), "?"], "7.684,52",
      "số đối chiếu Kho bạc đến 25/6/2024, khác thời điểm 30/6"),
    C("(2.168,74 triệu đồng)", "repeat", "inconsistent", "2.186,74", "2.168,74", "cùng chỉ tiêu 6 tháng; 58,78% cùng câu khớp 2.186,74"),
    C("mới đạt 58,78% dự toán", "repeat", "consistent", "58,78", "58,78%", "trùng tỷ lệ đã nêu"),
    C("464 triệu đồng", "repeat", "ambiguous", [("446", "464"), "?"], "464",
      "thuế ngoài quốc doanh có thể khác phạm vi thuế hộ kinh doanh 446; hoặc đảo chữ số"),
    C("tối thiểu 5.603,48 triệu đồng", "difference", "consistent", "13.450 − 7.846,52", "5.603,48", "dự toán − đã thu"),
]

CLAIMS[D4] = [
    C("đạt 101,48% kế hoạch", "share", "consistent", "248.635 / 245.000 × 100", "101,48%", "so với kế hoạch"),
    C("tăng 3,6%", "ratio", "consistent", "(248.635 − 239.980) / 239.980 × 100", "3,6%", "tốc độ tăng"),
    C("so với năm 2022", "term", "consistent", "năm 2022", "năm 2022", "năm liền trước", at="tăng 3,6%"),
    C("248.635 tấn", "sum", "consistent", "142.318 + 106.317", "248.635", "khai thác + nuôi trồng", at="đạt 101,48% kế hoạch"),
    C("chiếm 57,24%", "share", "consistent", "142.318 / 248.635 × 100", "57,24%", "khai thác / tổng"),
    C("chiếm 42,76%", "share", "consistent", "106.317 / 248.635 × 100", "42,76%", "nuôi trồng / tổng"),
    C("240.123 tấn/năm", "ratio", "consistent", "(231.754 + 239.980 + 248.635) / 3", "240.123", "bình quân ba năm theo chú thích"),
    C("sản lượng khai thác 142.318 tấn", "sum", "consistent", "136.540 + 5.778", "142.318", "biển + nội địa (dòng sau)", at="đạt 101,48% kế hoạch"),
    C("khai thác 142.318 tấn theo đối tượng", "sum", "consistent", "118.426 + 6.284 + 12.356 + 5.252", "142.318",
      "phân theo đối tượng, không cộng với phân theo vùng khai thác"),
    C("cá ngừ đại dương 2.145 tấn", "subset", "consistent", "2.145 ≤ 118.426", "2.145", "thuộc cá các loại"),
    C("1.507%", "share", "ambiguous", [("2.145 / 142.318 × 100", "1,507%"), ("2.145 / 142.318 × 100", "1.507%")], "1.507%",
      "1,507% đúng nếu dấu chấm là dấu thập phân, 1.507% theo vi-VN là sai; không tự quyết"),
    C("3.246 tàu cá", "sum", "consistent", "1.012 + 710 + 1.524", "3.246", "chia ra theo chiều dài"),
    C("(chiếm 46,59%)", "share", "inconsistent", "1.524 / 3.246 × 100", "46,59%", "1.524 / 3.246 = 46,95 (đảo chữ số)"),
    C("đạt 100%", "fraction", "consistent", "1.524 / 1.524 × 100", "100%", "mẫu số bằng số tàu từ 15 m"),
    C("tăng 1.251 ha", "difference", "inconsistent", "38.642 − 37.427", "1.251", "diện tích nuôi trồng (đảo chữ số)"),
    C("so với năm 2022", "term", "consistent", "năm 2022", "năm 2022", "năm liền trước", at="tăng 1.251 ha"),
    C("(chiếm 76,23%)", "share", "consistent", "29.456 / 38.642 × 100", "76,23%", "nuôi tôm / tổng diện tích"),
    C("38.642 ha", "sum", "ambiguous", ["29.456 + 6.311 + 2.850", "?"], "38.642",
      "trong đó tôm, cá, nhuyễn thể cộng 38.617, thiếu 25 ha: có thể còn đối tượng nuôi khác không kể, hoặc lỗi gõ"),
    C("sản lượng nuôi trồng 106.317 tấn", "sum", "consistent", "58.640 + 34.212 + 9.815 + 3.650", "106.317", "chi tiết ở đoạn nuôi trồng"),
    C("chiếm 55,16%", "share", "consistent", "58.640 / 106.317 × 100", "55,16%", "tôm / sản lượng nuôi trồng"),
    C("tôm nuôi 58.640 tấn", "sum", "consistent", "49.875 + 8.765", "58.640", "thẻ chân trắng + sú"),
    C("chiếm 62,78%", "share", "rounding", "21.481 / 34.212 × 100", "62,78%", "62,7879 làm tròn 62,79"),
    C("tăng 4,21%", "ratio", "inconsistent", "(8.426,5 − 8.093,1) / 8.093,1 × 100", "4,21%", "tốc độ tăng 4,12 (đảo chữ số)"),
    C("so với năm 2022", "term", "consistent", "năm 2022", "năm 2022", "năm liền trước", at="tăng 4,21%"),
    C("giảm 8,5%", "ratio", "consistent", "(669,3 − 612,4) / 669,3 × 100", "8,5%", "tốc độ giảm"),
    C("42 vụ vi phạm", "sum", "consistent", "26 + 11 + 05", "42", "ba loại vi phạm"),
    C("là 254.318 ha", "sum", "consistent", "168.425 + 85.893", "254.318", "tự nhiên + trồng"),
    C("tổng diện tích rừng 254.318 ha", "sum", "consistent", "42.516 + 86.247 + 125.555", "254.318", "ba loại rừng, cách chia thứ hai của cùng tổng"),
    C("(chiếm 66,22%)", "share", "rounding", "168.425 / 254.318 × 100", "66,22%", "66,226 làm tròn 66,23"),
    C("(33,77%)", "share", "consistent", "85.893 / 254.318 × 100", "33,77%", "rừng trồng"),
    C("(chiếm 49,36%)", "share", "rounding", "125.555 / 254.318 × 100", "49,36%", "49,369 làm tròn 49,37"),
    C("249.386 ha", "subset", "consistent", "249.386 ≤ 254.318", "249.386", "rừng đủ tiêu chuẩn che phủ thuộc diện tích có rừng"),
    C("đạt 48,62%", "share", "consistent", "249.386 / 512.940 × 100", "48,62%", "gốc diện tích tự nhiên, tử số rừng đủ tiêu chuẩn"),
    C("tăng 0,35%", "points", "consistent", "48,62 − 48,27", "0,35%", "điểm phần trăm"),
    C("so với năm 2022", "term", "consistent", "năm 2022", "năm 2022", "năm liền trước", at="tăng 0,35%"),
    C("đạt 114,08% kế hoạch", "share", "consistent", "6.845 / 6.000 × 100", "114,08%", "trồng rừng"),
    C("tăng 7,2%", "ratio", "consistent", "(6.845 − 6.385) / 6.385 × 100", "7,2%", "tốc độ tăng"),
    C("so với năm 2021", "term", "inconsistent", "năm 2022", "năm 2021", "năm liền trước của 2023 là 2022", at="tăng 7,2%"),
    C("(20,83%)", "share", "consistent", "1.426 / 6.845 × 100", "20,83%", "gỗ lớn / trồng tập trung"),
    C("tương đương 1.233 ha", "ratio", "consistent", "1,85 × 1.000.000 / 1.500", "1.233", "quy đổi 1.500 cây/ha"),
    C("đạt 103,4% kế hoạch", "share", "ambiguous", ["?"], "103,4%", "kế hoạch sản lượng gỗ không nêu"),
    C("tăng 5,8%", "ratio", "consistent", "(682.450 − 645.120) / 645.120 × 100", "5,8%", "tốc độ tăng"),
    C("so với năm 2022", "term", "consistent", "năm 2022", "năm 2022", "năm liền trước", at="tăng 5,8%"),
    C("18,6 ha", "sum", "consistent", "15,2 + 3,4", "18,6", "rừng trồng + tự nhiên", at="giảm 05 vụ"),
    C("so với năm 2022", "term", "consistent", "năm 2022", "năm 2022", "năm liền trước", at="giảm 05 vụ"),
    C("giảm 05 vụ", "difference", "consistent", "12 − 07", "05", "số vụ cháy"),
    C("24,3 ha", "difference", "consistent", "42,9 − 18,6", "24,3", "diện tích cháy"),
    C("186 vụ", "sum", "consistent", "172 + 14", "186", "hành chính + hình sự"),
    C("giảm 23 vụ", "difference", "consistent", "209 − 186", "23", "so với năm trước"),
    C("(11,0%)", "ratio", "consistent", "23 / 209 × 100", "11,0%", "tốc độ giảm"),
    C("đạt 90,67% số thu", "share", "consistent", "78,45 / 86,52 × 100", "90,67%", "chi trả / thu"),
    C("bình quân 6,29 triệu đồng/hộ", "ratio", "consistent", "78,45 × 1.000 / 12.468", "6,29", "đổi tỷ ra triệu đồng"),
    C("tăng 6,35%", "ratio", "consistent", "(4.286,4 − 4.030,5) / 4.030,5 × 100", "6,35%", "tốc độ tăng"),
    C("so với năm 2022", "term", "consistent", "năm 2022", "năm 2022", "năm liền trước", at="tăng 6,35%"),
    C("12.172,9 tỷ đồng", "sum", "inconsistent", "8.426,5 + 4.286,4", "12.172,9", "thủy sản + lâm nghiệp (đảo chữ số)"),
    C("năm 2023 ước đạt 248.635 tấn", "repeat", "consistent", "248.635", "248.635", "trùng tổng sản lượng ở đoạn đầu", at="năm 2021 đạt 231.754 tấn"),
    C("103.617 tấn", "repeat", "inconsistent", "106.317", "103.617", "cùng sản lượng nuôi trồng năm 2023 đã nêu 106.317"),
    C("254.381 ha", "repeat", "ambiguous", [("254.318", "254.381"), "?"], "254.381",
      "số theo dõi đến 30/9/2023, khác thời điểm 31/12/2023; có thể đảo chữ số"),
    C("mức 48,62%", "repeat", "consistent", "48,62", "48,62%", "trùng tỷ lệ che phủ"),
    C("tăng 16.881 tấn", "difference", "consistent", "248.635 − 231.754", "16.881", "so với năm 2021 (chú thích)"),
    C("(7,28%)", "ratio", "consistent", "16.881 / 231.754 × 100", "7,28%", "tốc độ tăng so với năm 2021"),
    C("so với năm 2021", "term", "consistent", "năm 2021", "năm 2021", "câu nêu rõ so với năm đầu giai đoạn 2021 - 2025", at="tăng 16.881 tấn"),
    C("tăng 2,56%", "ratio", "consistent", "(255.000 − 248.635) / 248.635 × 100", "2,56%", "kế hoạch 2024 so với ước 2023"),
    C("so với ước thực hiện năm 2023", "term", "consistent", "năm 2023", "năm 2023", "năm liền trước của kế hoạch 2024"),
    C("năm 2022 đạt 239.980 tấn", "repeat", "consistent", "239.980", "239.980", "trùng sản lượng năm 2022 ở đoạn đầu"),
]


def main():
    errors = []
    for name, claims in CLAIMS.items():
        errors += build(name, claims)
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    table = {}
    kinds = {}
    for name in CLAIMS:
        errs, labs = verify(name)
        errors += errs
        for lab in labs:
            table.setdefault(name, dict.fromkeys(VERDICTS, 0))[lab["verdict"]] += 1
            kinds.setdefault(lab["kind"], dict.fromkeys(VERDICTS, 0))[lab["verdict"]] += 1
    if errors:
        print("\n".join(errors))
        sys.exit(1)

    def render(rows, first):
        out = ["| %s | %s | total |" % (first, " | ".join(VERDICTS)), "|---" * (len(VERDICTS) + 2) + "|"]
        tot = dict.fromkeys(VERDICTS, 0)
        for k, v in rows:
            out.append("| %s | %s | %d |" % (k, " | ".join(str(v[x]) for x in VERDICTS), sum(v.values())))
            for x in VERDICTS:
                tot[x] += v[x]
        out.append("| **total** | %s | %d |" % (" | ".join(str(tot[x]) for x in VERDICTS), sum(tot.values())))
        return out, tot

    lines = ["# dev6 prose: label summary", ""]
    chars = {n: len(open(os.path.join(HERE, n), encoding="utf-8").read()) for n in CLAIMS}
    t1, tot = render([(n, table[n]) for n in CLAIMS], "draft")
    lines += ["## Drafts × verdicts", ""] + t1 + [""]
    t2, _ = render([(k, kinds[k]) for k in KINDS if k in kinds], "kind")
    lines += ["## Kinds × verdicts", ""] + t2 + [""]
    n = sum(tot.values())
    lines += ["## Shares", ""] + ["- %s: %d (%.1f %%)" % (v, tot[v], 100.0 * tot[v] / n) for v in VERDICTS]
    lines += ["", "## Draft sizes", ""] + ["- %s: %d characters, %d claims" % (k, chars[k], sum(table[k].values())) for k in CLAIMS]
    lines += ["", "All verdicts recomputed from the numbers in the notes by make.py (exact rational arithmetic, half-up rounding)."]
    with open(os.path.join(HERE, "SUMMARY.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
