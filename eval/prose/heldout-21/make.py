#!/usr/bin/env python3
"""Generator for evaluation part heldout21: six Vietnamese report drafts with labelled numeric claims.

Every total, share, ratio, difference and expected value is computed here with decimal.Decimal and
ROUND_HALF_UP; the stated figures of the drafts are derived from those values (the correct one, its
truncation for 'rounding', a clerk's slip for 'inconsistent').  Run:  python3 make.py
Writes prose/<name>.txt, prose/<name>.labels.json and SUMMARY.md, then re-reads the files and checks
that every anchor occurs exactly once in its line.
"""
import json
import os
from collections import OrderedDict
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "prose")
FN = "[\ufffd] "          # footnote line prefix, as exported from Word
KINDS = ["sum", "subset", "share", "fraction", "difference", "points", "ratio", "repeat", "term"]
VERDICTS = ["consistent", "rounding", "inconsistent", "ambiguous"]


def D(x):
    return x if isinstance(x, Decimal) else Decimal(str(x))


def unit(places):
    return Decimal(1).scaleb(-places)


def hu(x, places):
    """round half up"""
    return D(x).quantize(unit(places), rounding=ROUND_HALF_UP)


def tr(x, places):
    """truncate (what careless drafts do)"""
    return D(x).quantize(unit(places), rounding=ROUND_DOWN)


def v(x, places=0, z=False):
    """vi-VN number: dot thousands, comma decimals; z=True -> leading zero under 10 (05)."""
    x = D(x)
    neg = x < 0
    x = abs(x).quantize(unit(places), rounding=ROUND_HALF_UP) if places else abs(x).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    s = format(x, "f")
    ip, _, fp = s.partition(".")
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    ip = ".".join(groups)
    if z and len(ip) == 1 and not fp:
        ip = "0" + ip
    out = ip + ("," + fp if fp else "")
    return ("-" if neg else "") + out


def places_of(s):
    s = s.strip().rstrip("%").strip()
    return len(s.split(",")[1]) if "," in s else 0


class Draft:
    def __init__(self, name, subject):
        self.name = name
        self.subject = subject
        self.lines = []
        self.claims = []
        self.pend = []
        self.marks = {}

    def here(self, key):
        """mark the line being built; notes refer to it as @{key}"""
        self.marks[key] = len(self.lines) + 1
        return ""

    # ---- text -------------------------------------------------------------------------------
    def L(self, text):
        self.lines.append(text)
        n = len(self.lines)
        for c in self.pend:
            c["line"] = n
            for r in c.pop("_req", []):
                if r not in text:
                    raise SystemExit(f"{self.name} line {n}: required text {r!r} missing for anchor {c['anchor']!r}")
            self.claims.append(c)
        self.pend = []

    def F(self, text):
        self.L(FN + text)

    # ---- claims -------------------------------------------------------------------------------
    def claim(self, anchor, kind, verdict, note, right=None, req=()):
        assert kind in KINDS, kind
        assert verdict in VERDICTS, verdict
        if verdict in ("rounding", "inconsistent"):
            assert right is not None, anchor
        c = OrderedDict()
        c["line"] = None
        c["anchor"] = anchor
        c["kind"] = kind
        c["verdict"] = verdict
        if right is not None:
            c["right"] = right
        c["note"] = note
        c["_req"] = list(req)
        self.pend.append(c)
        return anchor

    def share(self, pre, part, base, places=2, verdict="consistent", stated=None, post="%", why="",
              pn=None, bn=None, req=True, raw=None):
        """share = part / base x 100.  pre/post: text around the stated percentage inside the anchor."""
        part, base = D(part), D(base)
        exact = part / base * 100
        good = hu(exact, places)
        if verdict == "consistent":
            s = good if stated is None else D(stated)
            assert s == good, (self.name, pre, s, good)
        elif verdict == "rounding":
            s = tr(exact, places)
            assert s != good and good - s == unit(places), (self.name, pre, exact)
        else:
            s = D(stated)
            if verdict == "inconsistent":
                assert abs(s - good) > unit(places), (self.name, pre, s, good)
        pn = pn or v(part, places_of_dec(part))
        bn = bn or v(base, places_of_dec(base))
        note = f"{pn} / {bn} × 100 = {v(hu(exact, 4), 4)} % → {v(good, places)}%"
        if verdict == "rounding":
            note += f"; {v(s, places)}% is the truncation"
        if why:
            note += "; " + why
        anchor = pre + (raw if raw is not None else v(s, places)) + post
        right = v(good, places) + "%" if verdict in ("rounding", "inconsistent") else None
        rq = [pn] if req is True else (req or [])
        return self.claim(anchor, "share", verdict, note, right, rq)

    def total(self, anchor, stated, parts, verdict="consistent", why="", places=None, kind="sum", req=True, right=None, z=False):
        sp = pl(stated) if places is None else places
        stated_d = D(stated)
        s = sum(D(p) for p in parts)
        expr = " + ".join(v(p, pl(p)) for p in parts) + f" = {v(s, sp)}"
        if verdict == "consistent":
            assert s == stated_d, (self.name, anchor, s, stated_d)
            note = expr + f" = stated {v(stated_d, sp)}"
        elif verdict == "inconsistent":
            assert s != stated_d, (self.name, anchor)
            note = expr + f", not {v(stated_d, sp)}"
            right = right or v(s, sp)
        else:
            note = expr + f" vs stated {v(stated_d, sp)}"
        if why:
            note += "; " + why
        assert v(stated_d, sp, z) in anchor, (self.name, anchor, v(stated_d, sp, z))
        rq = [v(p, pl(p)) for p in parts] if req is True else (req or [])
        return self.claim(anchor, kind, verdict, note, right, rq)

    def diff(self, anchor, cur, prev, verdict="consistent", places=0, why="", stated=None, unitname="", z=False):
        """anchor contains 'tăng X' or 'giảm X'; difference = current - previous."""
        cur, prev = D(cur), D(prev)
        d = cur - prev
        word = "tăng" if d > 0 else "giảm"
        good = f"{word} {v(abs(d), places, z)}"
        if verdict == "consistent":
            assert anchor.startswith(good), (self.name, anchor, good)
            note = f"{v(cur, places)} − {v(prev, places)} = {v(d, places)} → {good}"
            right = None
        else:
            note = f"{v(cur, places)} − {v(prev, places)} = {v(d, places)} → {good}"
            right = good + (" " + unitname if unitname else "")
            if verdict == "inconsistent":
                assert not anchor.startswith(good + " ") and anchor != good, (self.name, anchor)
            else:
                right = None
        if why:
            note += "; " + why
        return self.claim(anchor, "difference", verdict, note, right)

    def ratio(self, anchor, num, den, places=1, verdict="consistent", stated=None, change=False, why="", kind="ratio"):
        """anchor holds the stated value; ratio = num/den x 100, or (num/den - 1) x 100 if change."""
        num, den = D(num), D(den)
        exact = num / den * 100 - (100 if change else 0)
        if change:
            exact = abs(exact)   # 'tăng x%' / 'giảm x%': the word carries the sign
        good = hu(exact, places)
        if verdict == "consistent":
            s = good
        elif verdict == "rounding":
            s = tr(exact, places)
            assert s != good, (self.name, anchor)
        else:
            s = D(stated)
            if verdict == "inconsistent":
                assert abs(s - good) > unit(places), (self.name, anchor, s, good)
        assert v(s, places) in anchor, (self.name, anchor, v(s, places))
        what = "(" + v(num, places_of_dec(num)) + " / " + v(den, places_of_dec(den)) + " − 1) × 100" if change else \
            v(num, places_of_dec(num)) + " / " + v(den, places_of_dec(den)) + " × 100"
        note = f"{what} = {v(hu(exact, 4), 4)} % → {v(good, places)}%"
        if why:
            note += "; " + why
        right = v(good, places) + "%" if verdict in ("rounding", "inconsistent") else None
        return self.claim(anchor, kind, verdict, note, right)

    def points(self, anchor, cur, prev, stated, verdict="consistent", places=2, why=""):
        cur, prev, stated = D(cur), D(prev), D(stated)
        d = cur - prev
        word = "tăng" if d > 0 else "giảm"
        rel = hu((cur / prev - 1) * 100, 2)
        note = f"{v(cur, places)} − {v(prev, places)} = {v(d, places)} percentage points (relative change {v(rel, 2)} %)"
        right = None
        if verdict == "consistent":
            assert abs(d) == stated and anchor.startswith(word), (self.name, anchor, d)
        elif verdict == "inconsistent":
            assert abs(d) != stated or not anchor.startswith(word)
            assert abs(rel) != stated
            right = f"{word} {v(abs(d), places)}%"
        if why:
            note += "; " + why
        assert v(stated, places) in anchor, (self.name, anchor)
        return self.claim(anchor, "points", verdict, note, right)

    def frac(self, anchor, part, whole, known_whole=None, pct=None, places=2, verdict="consistent", why="", right=None):
        part, whole = D(part), D(whole)
        note = f"{v(part)}/{v(whole)}"
        assert part <= whole or verdict != "consistent"
        if known_whole is not None:
            note += f"; whole {v(whole)} vs total stated elsewhere {v(known_whole)}"
            if verdict == "consistent":
                assert D(known_whole) == whole, (self.name, anchor)
        if pct is not None:
            exact = part / whole * 100
            good = hu(exact, places)
            note += f"; {v(part)} / {v(whole)} × 100 = {v(hu(exact, 4), 4)} % → {v(good, places)}%"
            if verdict == "consistent":
                assert D(pct) == good, (self.name, anchor, pct, good)
            elif verdict == "rounding":
                assert D(pct) == tr(exact, places) and D(pct) != good
                right = v(good, places) + "%"
            elif verdict == "inconsistent" and right is None:
                right = v(good, places) + "%"
            assert v(pct, places) in anchor, (self.name, anchor)
        if why:
            note += "; " + why
        return self.claim(anchor, "fraction", verdict, note, right)

    def repeat(self, anchor, stated, first, where, verdict="consistent", places=0, why="", right=None):
        stated, first = D(stated), D(first)
        assert v(stated, places) in anchor, (self.name, anchor, v(stated, places))
        note = f"same quantity as {where} ({v(first, places)})"
        if verdict == "consistent":
            assert stated == first
        elif verdict == "inconsistent":
            assert stated != first
            right = right or v(first, places)
            note += f"; written {v(stated, places)} here"
        if why:
            note += "; " + why
        return self.claim(anchor, "repeat", verdict, note, right)

    def subset(self, anchor, part, parent, places=0, verdict="consistent", why=""):
        part, parent = D(part), D(parent)
        assert v(part, places) in anchor, (self.name, anchor)
        note = f"{v(part, places)} ≤ {v(parent, places)}"
        right = None
        if verdict == "consistent":
            assert part <= parent
        elif verdict == "inconsistent":
            assert part > parent
            note = f"{v(part, places)} > {v(parent, places)}"
        if why:
            note += "; " + why
        return self.claim(anchor, "subset", verdict, note, right)

    def term(self, anchor, expected, verdict="consistent", why=""):
        note = f"the comparison is against {expected}"
        right = None
        if verdict == "consistent":
            assert expected in anchor, (self.name, anchor, expected)
        elif verdict == "inconsistent":
            assert expected not in anchor
            right = expected
        if why:
            note += "; " + why
        return self.claim(anchor, "term", verdict, note, right)


def pl(x):
    """decimal places as written in the source: '11.0' -> 1, 38 -> 0"""
    if isinstance(x, str):
        return len(x.split(".")[1]) if "." in x else 0
    return places_of_dec(x)


def places_of_dec(x):
    x = D(x)
    e = x.normalize().as_tuple().exponent
    return -e if e < 0 else 0


def finish(d):
    import re
    assert not d.pend, (d.name, [c["anchor"] for c in d.pend])
    for c in d.claims:
        c["note"] = re.sub(r"@\{(\w+)\}", lambda m: "line %d" % d.marks[m.group(1)], c["note"])
        if "right" in c:
            assert c["right"]
    return d


def check_files(d):
    """re-read what was written: every anchor exactly once in its line."""
    with open(os.path.join(OUT, d.name + ".txt"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    with open(os.path.join(OUT, d.name + ".labels.json"), encoding="utf-8") as f:
        lab = json.load(f)
    assert lab["file"] == d.name + ".txt"
    for c in lab["claims"]:
        text = lines[c["line"] - 1]
        n = text.count(c["anchor"])
        if n != 1:
            raise SystemExit(f"{d.name}: anchor {c['anchor']!r} occurs {n} times in line {c['line']}")
        assert c["kind"] in KINDS and c["verdict"] in VERDICTS
    # footnotes last
    fn = [i for i, t in enumerate(lines) if t.startswith(FN)]
    body = [i for i, t in enumerate(lines) if t and not t.startswith(FN)]
    assert not fn or min(fn) > max(body), d.name
    return len(lines)


def main():
    os.makedirs(OUT, exist_ok=True)
    rows = []
    kv = {k: {vv: 0 for vv in VERDICTS} for k in KINDS}
    for fn in DRAFTS:
        d = finish(fn())
        text = "\n".join(d.lines)
        with open(os.path.join(OUT, d.name + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
        with open(os.path.join(OUT, d.name + ".labels.json"), "w", encoding="utf-8") as f:
            json.dump({"file": d.name + ".txt", "claims": d.claims}, f, ensure_ascii=False, indent=2)
            f.write("\n")
        nlines = check_files(d)
        cnt = {vv: sum(1 for c in d.claims if c["verdict"] == vv) for vv in VERDICTS}
        for c in d.claims:
            kv[c["kind"]][c["verdict"]] += 1
        rows.append((d.name, d.subject, len(text), nlines, len(d.claims), cnt))
        print(f"{d.name}: {len(text)} chars, {nlines} lines, {len(d.claims)} claims, "
              + ", ".join(f"{k} {cnt[k]}" for k in VERDICTS))
    write_summary(rows, kv)


def write_summary(rows, kv):
    out = ["# heldout21: summary", "",
           "Six Vietnamese report drafts with labelled numeric claims, produced by `make.py` "
           "(Python standard library, `decimal.Decimal` with ROUND_HALF_UP). Counts below are computed by `make.py`.", "",
           "## Per draft", "",
           "| draft | office | characters | lines | claims | consistent | rounding | inconsistent | ambiguous |",
           "|---|---|---:|---:|---:|---:|---:|---:|---:|"]
    tot = {vv: 0 for vv in VERDICTS}
    tc = tch = tl = 0
    for name, subj, nch, nl, nc, cnt in rows:
        out.append(f"| {name} | {subj} | {nch} | {nl} | {nc} | " + " | ".join(str(cnt[vv]) for vv in VERDICTS) + " |")
        for vv in VERDICTS:
            tot[vv] += cnt[vv]
        tc += nc
        tch += nch
        tl += nl
    out.append(f"| **total** | | {tch} | {tl} | {tc} | " + " | ".join(str(tot[vv]) for vv in VERDICTS) + " |")
    out += ["", "## Kind × verdict", "",
            "| kind | consistent | rounding | inconsistent | ambiguous | total |",
            "|---|---:|---:|---:|---:|---:|"]
    for k in KINDS:
        row = kv[k]
        out.append(f"| {k} | " + " | ".join(str(row[vv]) for vv in VERDICTS) + f" | {sum(row.values())} |")
    out.append("| **total** | " + " | ".join(str(sum(kv[k][vv] for k in KINDS)) for vv in VERDICTS) + f" | {tc} |")
    out += ["", "Rounding = the stated share or ratio is the truncation one unit below the half-up value. "
            "Inconsistent = a clerk's slip (transposed digits, a part left out of a total, a wrong base, a difference taken "
            "the wrong way, a wrong year or term named, a repeated figure typed differently). Ambiguous = a careful reader "
            "could not decide (base not stated, overlapping parts, a figure whose period or number format is unclear).", ""]
    with open(os.path.join(HERE, "SUMMARY.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))


DRAFTS = []


def draft(fn):
    DRAFTS.append(fn)
    return fn


# =====================================================================================================
# 01  Provincial garment and textile company - annual production and business report 2024
# =====================================================================================================
@draft
def d01():
    d = Draft("h21-01-det-may-ninh-binh", "provincial garment and textile company")
    L = d.L
    L("CÔNG TY CỔ PHẦN DỆT MAY NINH BÌNH")
    L("Số: 18/BC-DMNB")
    L("Ninh Bình, ngày 20 tháng 01 năm 2025")
    L("BÁO CÁO")
    L("Kết quả sản xuất, kinh doanh năm 2024 và kế hoạch năm 2025")
    L("Thực hiện Nghị quyết số 01/2024/NQ-ĐHĐCĐ ngày 26/4/2024 của Đại hội đồng cổ đông thường niên và Quyết định số "
      "112/QĐ-HĐQT ngày 02/01/2024 của Hội đồng quản trị về giao chỉ tiêu kế hoạch năm 2024, Ban Tổng giám đốc báo cáo "
      "kết quả thực hiện như sau:")
    L("I. TÌNH HÌNH CHUNG")
    L(f"Công ty có {d.total('05 đơn vị sản xuất trực thuộc', 5, [2, 1, 2], z=True, req=['02 nhà máy sợi', '01 nhà máy dệt', '02 xí nghiệp may'])} "
      "(02 nhà máy sợi, 01 nhà máy dệt nhuộm, 02 xí nghiệp may) với tổng diện tích nhà xưởng 86.400 m². Năm 2024 giá bông xơ, "
      "cước vận tải biển biến động mạnh; đơn hàng quý I giảm, đến quý III mới phục hồi.")
    L(f"Vốn điều lệ {d.total('185 tỷ đồng', 185, ['94.35', '90.65'])} (Giấy chứng nhận "
      "đăng ký doanh nghiệp số 2700231468, thay đổi lần thứ 9 ngày 14/3/2023), trong đó vốn của Tổng công ty 94,35 tỷ đồng, "
      f"{d.share('chiếm ', '94.35', 185, places=0, post='%', pn='94,35')}, các cổ đông khác 90,65 tỷ đồng. Công ty áp dụng "
      "hệ thống quản lý chất lượng ISO 9001:2015 và tiêu chuẩn trách nhiệm xã hội SA 8000 tại cả hai xí nghiệp may.")
    L(f"{d.here('ld')}Tổng số lao động đến ngày 31/12/2024 là {d.total('3.418 người', 3418, [3046, 372])}, gồm khối trực tiếp sản xuất "
      f"3.046 người và khối gián tiếp, phục vụ 372 người; trong đó nữ {d.subset('2.671 người', 2671, 3418)}, "
      f"{d.share('chiếm ', 2671, 3418, verdict='rounding')}, người dân tộc thiểu số {d.subset('64 người', 64, 3418)}. "
      f"So với đầu năm (3.344 người), lao động {d.diff('tăng 74 người', 3418, 3344)}.")
    L("II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU")
    L("1. Sản xuất")
    L(f"{d.here('sp')}Sản lượng sợi đạt {d.total('6.842 tấn', 6842, [2915, 2386, 1541])} (sợi cotton 2.915 tấn, sợi PE 2.386 tấn, sợi pha "
      f"1.541 tấn), {d.ratio('bằng 102,6% kế hoạch', 6842, 6670)} năm (6.670 tấn). Vải mộc dệt được 14,35 triệu mét, "
      f"{d.diff('giảm 0,62 triệu mét', '14.35', '14.97', places=2)} so với năm trước (14,97 triệu mét). Sản phẩm may quy chuẩn "
      f"đạt 8.126 nghìn sản phẩm, {d.ratio('tăng 9,4%', 8126, 7428, change=True)} (năm 2023: 7.428 nghìn sản phẩm).")
    L(f"Trong {d.total('8.126 nghìn sản phẩm may', 8126, [5214, 2912], why='the restated total of @{sp}')} nêu trên, hàng "
      f"xuất theo phương thức FOB 5.214 nghìn sản phẩm, "
      f"{d.share('chiếm ', 5214, 8126, places=1, verdict='ambiguous', stated='58.3', post='% giá trị sản xuất hàng may', why='the share is of production value, whose totals are not given; by quantity it would be 64,2%')}"
      f"; hàng gia công CMT 2.912 nghìn sản phẩm. Tỷ lệ sản phẩm đạt loại A là 97,85%, "
      f"{d.points('tăng 0,33%', '97.85', '97.52', '0.33')} so với năm trước (97,52%); số sản phẩm phải tái chế 118 nghìn, "
      f"{d.share('tỷ lệ ', 118, 8126, verdict='ambiguous', stated='1.45', raw='1.45', why='written with a dot: 1.45% could be 1.45 % or 145 %; 1,45% would be consistent')}.")
    L("2. Tiêu thụ và thị trường")
    L(f"{d.here('xk')}Kim ngạch xuất khẩu năm 2024 {d.total('đạt 48,62 triệu USD', '48.62', ['21.35', '11.08', '7.94', '4.17', '4.08'])}, "
      f"{d.ratio('bằng 106,8%', '48.62', '45.53')} so với "
      f"{d.term('cùng kỳ năm 2022', 'năm 2023', 'inconsistent', why='a 2024 figure compared with the same period of the previous year; the value in brackets is the 2023 one')} "
      f"(năm 2023: 45,53 triệu USD). Cơ cấu thị trường: Hoa Kỳ 21,35 triệu USD ({d.share('', '21.35', '48.62')}), "
      f"EU 11,08 triệu USD ({d.share('', '11.08', '48.62', verdict='rounding')}), Nhật Bản 7,94 triệu USD "
      f"({d.share('', '7.94', '48.62')}), Hàn Quốc 4,17 triệu USD ({d.share('', '4.17', '48.62')}), thị trường khác "
      f"4,08 triệu USD ({d.share('', '4.08', '48.62')}).")
    L("Thị trường Hoa Kỳ tiếp tục là thị trường chủ lực; khách hàng EU siết chặt yêu cầu truy xuất nguồn gốc bông và báo cáo "
      "phát thải, Công ty phải bổ sung chứng chỉ GRS, OEKO-TEX cho ... mã hàng. Đơn hàng nhỏ, nhiều mã, thời gian giao ngắn "
      "làm tăng chi phí chuyển đổi chuyền.")
    L(f"Đến ngày 31/12/2024, Công ty đã ký "
      f"{d.total('236 đơn hàng', 236, [148, 86], verdict='ambiguous', why='trong đó FOB and CMT look exhaustive but 2 orders are unaccounted (other modes such as ODM may exist)')} "
      f"cho năm 2025, trong đó đơn hàng FOB 148, gia công CMT 86; riêng thị trường Hoa Kỳ "
      f"{d.subset('97 đơn hàng', 97, 236)}. Giá gia công bình quân tăng khoảng 3 - 5%, song chưa bù được chi phí nhân công.")
    L("3. Doanh thu, lợi nhuận, nộp ngân sách")
    L(f"{d.here('dt')}Tổng doanh thu đạt {d.total('1.286,4 tỷ đồng', '1286.4', ['842.6', '301.5', '118.9', '23.4'])}, gồm: doanh "
      "thu hàng may 842,6 tỷ đồng; sợi 301,5 tỷ đồng; vải 118,9 tỷ đồng; hoạt động tài chính và thu nhập khác 23,4 tỷ đồng, "
      f"{d.ratio('đạt 103,1% kế hoạch', '1286.4', 1248)} (1.248 tỷ đồng). Doanh thu hàng may "
      f"{d.share('chiếm ', '842.6', '1286.4', places=1, post='%')}, sợi {d.share('chiếm ', '301.5', '1286.4')} tổng doanh thu.")
    L(f"{d.here('ln')}Lợi nhuận trước thuế 42,7 tỷ đồng, "
      f"{d.diff('giảm 5,3 tỷ đồng', '42.7', '37.4', 'inconsistent', places=1, unitname='tỷ đồng', why='profit rose; the subtraction was done the wrong way')} "
      f"{d.term('so với năm 2023', 'năm 2023')} (37,4 tỷ đồng), "
      f"{d.ratio('đạt 121,4% kế hoạch', '42.7', 38, verdict='inconsistent', stated='121.4', why='digits 1 and 2 swapped')} "
      f"(38 tỷ đồng). Nộp ngân sách nhà nước "
      f"{d.total('37,83 tỷ đồng', '37.83', ['14.65', '8.31', '1.09', '14.87'], 'inconsistent', places=2, why='the total leaves out the import-export duty 1,09')} "
      "(thuế giá trị gia tăng 14,65 tỷ đồng, thuế thu nhập doanh nghiệp 8,31 tỷ đồng, thuế xuất nhập khẩu 1,09 tỷ đồng, "
      "các khoản phải nộp khác 14,87 tỷ đồng).")
    L("4. Lao động, tiền lương, chế độ chính sách")
    L(f"{d.here('tn')}Quỹ tiền lương thực hiện 386,2 tỷ đồng; thu nhập bình quân tháng 12/2024 đạt 9,62 triệu đồng/người. Lao động nữ khối "
      f"trực tiếp {d.subset('2.498 người', 2498, 2671, why='female direct workers within all 2.671 women')}, "
      f"{d.share('chiếm ', 2498, 3046, verdict='inconsistent', stated='73.08', post='% lao động trực tiếp', why='73,08% is 2.498 / 3.418 (all workers), not of the 3.046 direct workers the sentence names')}. "
      f"Đóng bảo hiểm xã hội cho {d.frac('3.392/3.418 lao động, đạt 99,24%', 3392, 3418, known_whole=3418, pct='99.24')}. "
      f"Đào tạo {d.total('1.126 lượt', 1126, [384, 826], verdict='ambiguous', why='parts exceed the total by 84; the same workers may be counted in both courses (overlap) or a part is mistyped')} "
      f"người lao động, trong đó nâng bậc thợ 384 lượt, huấn luyện an toàn, vệ sinh lao động 826 lượt. Xảy ra 03 vụ tai nạn "
      f"lao động nhẹ, {d.diff('giảm 02 vụ', 3, 5, z=True)} (năm 2023: 05 vụ).")
    L("5. Đầu tư, đổi mới thiết bị")
    L(f"{d.here('gn')}Thực hiện {d.total('04 dự án', 4, [1, 1, 2], req=[], z=True)} với giá trị giải ngân "
      f"{d.total('64,8 tỷ đồng', '64.8', ['38.6', '15.2', '11.0'])}, "
      f"{d.ratio('đạt 81,0% kế hoạch vốn', '64.8', 80)} (80 tỷ đồng), gồm: dự án đầu tư chiều sâu Nhà máy sợi số 2 (thay "
      "thế 14.400 cọc sợi) 38,6 tỷ đồng; dự án hệ thống xử lý nước thải Nhà máy dệt nhuộm 15,2 tỷ đồng; hai dự án điện mặt "
      "trời áp mái (công suất 1,86 MWp) 11,0 tỷ đồng.")
    L(f"Tiêu thụ điện năng 41,26 triệu kWh, {d.ratio('giảm 3,8%', '41.26', '42.89', change=True)} so với năm trước "
      "(42,89 triệu kWh) nhờ thay 1.240 bộ đèn LED và biến tần cho máy con; nước sạch sử dụng 286.500 m³. Hoạt động xã hội: "
      f"ủng hộ đồng bào bị ảnh hưởng bởi bão số 3 (Yagi) {d.total('1,25 tỷ đồng', '1.25', ['0.48', '0.77'])}, trong "
      "đó người lao động đóng góp 0,48 tỷ đồng, Công ty 0,77 tỷ đồng; xây tặng 02 nhà tình nghĩa tại huyện Kim Sơn.")
    L("Công tác quản trị: ban hành, sửa đổi 14 quy chế, quy định nội bộ; sắp xếp lại 02 phòng nghiệp vụ; triển khai phần "
      "mềm quản lý sản xuất (ERP) tại ... chuyền may theo Quyết định số 245/QĐ-DMNB ngày 15/7/2024. Ban Kiểm soát tổ "
      "chức 04 cuộc kiểm tra chuyên đề về định mức nguyên phụ liệu, tồn kho và công nợ.")
    L("III. ĐÁNH GIÁ CHUNG")
    L(f"Năm 2024, Công ty hoàn thành {d.frac('6/8 chỉ tiêu chủ yếu (75%)', 6, 8, pct=75, places=0)}; tổng doanh thu "
      f"{d.repeat('1.286,4 tỷ đồng', '1286.4', '1286.4', '@{dt}', places=1)}, kim ngạch xuất khẩu "
      f"{d.repeat('48,62 triệu USD', '48.62', '48.62', '@{xk}', places=2)}, lợi nhuận trước thuế "
      f"{d.repeat('42,7 tỷ đồng', '42.7', '42.7', '@{ln}', places=1)}; giải quyết việc làm ổn định cho "
      f"{d.repeat('3.481 lao động', 3481, 3418, '@{ld} (31/12/2024)', 'inconsistent', why='digits 1 and 8 transposed')}, "
      f"thu nhập bình quân {d.repeat('9,48 triệu đồng', '9.48', '9.62', '@{tn}', 'ambiguous', places=2, why='@{tn} gives the December 2024 income (9,62); 9,48 may be the whole-year average')}/người/tháng.")
    L(f"{d.claim('Hai chỉ tiêu chưa đạt', 'sum', 'consistent', '6 achieved + 2 (written in words) not achieved = 8 main targets')} là sản lượng vải mộc ({d.ratio('đạt 95,7% kế hoạch', '14.35', 15)} 15 triệu mét) và giải "
      f"ngân vốn đầu tư ({d.repeat('đạt 81,0%', '81.0', '81.0', '@{gn}', places=1)}). Nguyên nhân: thiếu đơn hàng vải "
      "mộc khổ rộng, một số hạng mục của dự án Nhà máy sợi số 2 chậm nhập thiết bị.")
    L("IV. KẾ HOẠCH NĂM 2025")
    L(f"Tổng doanh thu 1.380 tỷ đồng, {d.ratio('tăng 7,3%', 1380, '1286.4', change=True)} "
      f"{d.term('so với thực hiện năm 2024', 'năm 2024', why='the 2025 plan is compared with the 2024 actual')}; kim "
      f"ngạch xuất khẩu 52 triệu USD, {d.ratio('bằng 107,0%', 52, '48.62')} thực hiện năm trước; lợi nhuận trước thuế 45 tỷ đồng; "
      f"sản lượng sợi 7.100 tấn, {d.diff('tăng 258 tấn', 7100, 6842)}; lao động bình quân 3.450 người; cổ tức dự kiến "
      "12% vốn điều lệ.")
    L("Giải pháp chủ yếu: (1) giữ ổn định khách hàng truyền thống, chuyển dần từ gia công CMT sang FOB và ODM; (2) đẩy nhanh "
      f"tiến độ dự án Nhà máy sợi số 2, {d.repeat('đưa 14.400 cọc sợi', 14400, 14400, '@{gn}')} mới vào vận hành trong quý II/2025; (3) rà soát định mức lao động, "
      "tăng năng suất bình quân mỗi chuyền may; (4) thực hiện đầy đủ chế độ cho người lao động, giữ chân lao động lành nghề.")
    L(f"Kế hoạch vốn đầu tư {d.total('96,5 tỷ đồng', '96.5', ['15.2', '81.3'])}, gồm vốn chuyển tiếp 15,2 tỷ đồng "
      "(giai đoạn 2 hệ thống xử lý nước thải) và dự án mới 81,3 tỷ đồng (dây chuyền may tự động ... chuyền). Phấn đấu tìm "
      "thêm ... khách hàng mới tại thị trường Canada, Úc.")
    L("Nơi nhận: - HĐQT, Ban Kiểm soát; - Các cổ đông; - Lưu: VT, TCKT.")
    L("TỔNG GIÁM ĐỐC")
    d.F(f"Sản phẩm may theo đơn vị: Xí nghiệp may 1 đạt 4.387 nghìn sản phẩm, Xí nghiệp may 2 đạt 3.739 nghìn sản phẩm "
        f"({d.total('cộng 8.126 nghìn sản phẩm', 8126, [4387, 3739])}).")
    d.F(f"Lao động theo độ tuổi: dưới 30 tuổi 1.127 người ({d.share('', 1127, 3418)}), từ 30 đến 45 tuổi 1.794 người "
        f"({d.share('', 1794, 3418)}), trên 45 tuổi 497 người ({d.share('', 497, 3418)}); "
        f"{d.total('tổng số 3.418 người', 3418, [1127, 1794, 497])}.")
    d.F(f"Theo trình độ: đại học trở lên 246 người ({d.share('', 246, 3418, verdict='rounding')}), cao đẳng, trung cấp 358 "
        f"người, công nhân kỹ thuật 1.926 người, lao động phổ thông 852 người; "
        f"{d.total('cộng 3.418 người', 3418, [246, 358, 1926, 852], 'inconsistent', right='1.962', why='the skilled-worker count 1.926 is 1.962 with two digits swapped (3.418 − 246 − 358 − 852 = 1.962)')}.")
    return d


# =====================================================================================================
# 02  Provincial salt production company - 9-month report 2024
# =====================================================================================================
@draft
def d02():
    d = Draft("h21-02-muoi-khanh-hoa", "provincial salt production company")
    L, F = d.L, d.F
    L("CÔNG TY CỔ PHẦN MUỐI KHÁNH HÒA")
    L("Số: 57/BC-CTM")
    L("Khánh Hòa, ngày 05 tháng 10 năm 2024")
    L("BÁO CÁO")
    L("Tình hình sản xuất, kinh doanh 9 tháng đầu năm 2024 và nhiệm vụ trọng tâm quý IV năm 2024")
    L("Kính gửi: Ủy ban nhân dân tỉnh Khánh Hòa; Sở Nông nghiệp và Phát triển nông thôn.")
    L("Thực hiện Công văn số 2145/SNN-PTNT ngày 18/9/2024 của Sở Nông nghiệp và Phát triển nông thôn về việc báo cáo tình "
      "hình sản xuất, tiêu thụ muối và Nghị quyết số 09/NQ-HĐQT ngày 12/01/2024 của Hội đồng quản trị Công ty về kế hoạch sản "
      "xuất, kinh doanh năm 2024, Công ty Cổ phần Muối Khánh Hòa báo cáo như sau:")
    L("I. ĐẶC ĐIỂM TÌNH HÌNH")
    L(f"- Công ty quản lý 03 đồng muối (Hòn Khói, Đầm Môn, Vạn Phước), tổng diện tích "
      f"{d.total('742,6 ha', '742.6', ['568.4', '174.2'])}, trong đó diện tích sản xuất "
      f"{d.total('568,4 ha (', '568.4', ['312.5', '171.6', '84.3'])}Hòn Khói 312,5 ha, Đầm Môn 171,6 ha, Vạn Phước 84,3 ha), "
      "diện tích kênh mương, bờ bao, sân phơi, kho bãi 174,2 ha. "
      f"{d.term('So với năm 2023', 'năm 2023', why='the 2024 area is compared with the previous year')} (555,8 ha), diện tích sản xuất "
      f"{d.diff('giảm 12,6 ha', '568.4', '555.8', 'inconsistent', unitname='ha', places=1, why='568,4 > 555,8: the area grew (12,6 ha of old fields were put back into production)')} "
      "do đưa 12,6 ha ô nề cũ vào khai thác trở lại.")
    L(f"- {d.here('bat')}Diện tích sản xuất muối sạch trải bạt {d.subset('236,8 ha', '236.8', '568.4', places=1)}, "
      f"{d.share('chiếm ', '236.8', '568.4')} diện tích sản xuất; "
      f"{d.claim('còn lại 331,6 ha', 'sum', 'consistent', '236,8 + 331,6 = 568,4 = production area')} sản xuất muối "
      "thủ công (muối phơi cát, phơi nền đất).")
    L(f"- Lao động {d.total('418 người', 418, [264, 154])}, gồm lao động thường xuyên 264 người "
      f"({d.share('', 264, 418, verdict='rounding')}) và lao động thời vụ 154 người; nữ 187 người "
      f"({d.share('', 187, 418, places=1)}). Công ty liên kết sản xuất với 1.136 hộ diêm dân tại 05 xã, phường ven đầm "
      "Nha Phu và vịnh Vân Phong.")
    L(f"- Hệ thống {d.total('08 kho', 8, [5, 2, 1], z=True, req=['05 kho', '02 kho', '01 kho'])} chứa muối với tổng sức chứa "
      f"{d.total('46.000 tấn', 46000, [28500, 12000, 5500])}, gồm 05 kho tại Hòn Khói (28.500 tấn), 02 kho tại Đầm Môn "
      "(12.000 tấn) và 01 kho tại Vạn Phước (5.500 tấn); phần lớn xây dựng từ những năm 1990, mái tôn, nền đất nện.")
    L("II. KẾT QUẢ SẢN XUẤT, KINH DOANH 9 THÁNG ĐẦU NĂM 2024")
    L("1. Sản xuất muối")
    L("Nắng nóng kéo dài từ tháng 02 đến tháng 4 thuận lợi cho kết tinh; tuy nhiên 11 ngày mưa trái mùa trong tháng 5 làm "
      "ngưng sản xuất trên toàn bộ diện tích thủ công, nhiều ô kết tinh phải xả bỏ nước chạt. Công ty chỉ đạo các đội sản "
      "xuất tranh thủ thời tiết, thu hoạch muối non trước các đợt mưa, gia cố bờ bao, nạo vét kênh dẫn nước biển và bố trí "
      "máy bơm dự phòng tại các ô chứa chạt.")
    L(f"{d.here('sl')}Sản lượng 9 tháng đạt {d.total('48.260 tấn', 48260, [9845, 27630, 10785])}, "
      f"{d.ratio('bằng 87,7%', 48260, 55000)} "
      f"{d.term('kế hoạch năm 2023', 'kế hoạch năm 2024', 'inconsistent', why='the 55.000-tonne plan is the 2024 plan (restated in the quarter IV tasks)')} "
      f"(55.000 tấn) và {d.diff('tăng 6.180 tấn', 48260, 42080)} so với {d.term('cùng kỳ năm 2023', 'năm 2023')} "
      f"(42.080 tấn); chia theo quý: quý I 9.845 tấn, quý II 27.630 tấn, quý III 10.785 tấn "
      f"({d.ratio('bằng 112,8% cùng kỳ', 10785, 9560)}, 9.560 tấn).")
    L(f"Chia theo loại sản phẩm, {d.total('48.260 tấn gồm', 48260, [17915, 30345])}: muối sạch 17.915 tấn "
      f"({d.share('', 17915, 48260)}), muối thủ công 30.345 tấn. Tỷ lệ muối sạch "
      f"{d.points('tăng 4,50%', '37.12', '32.62', '4.50')} so với cùng kỳ (32,62%). Chia theo đồng muối: "
      f"{d.here('hk')}Hòn Khói 26.418 tấn ({d.share('', 26418, 48260)}), Đầm Môn 14.530 tấn ({d.share('', 14530, 48260)}), "
      f"Vạn Phước 7.312 tấn ({d.share('', 7312, 48260)}), "
      f"{d.total('cộng 48.260 tấn', 48260, [26418, 14530, 7312])}.")
    L(f"- Chất lượng: Phòng kiểm nghiệm của Công ty lấy 146 mẫu muối thành phẩm, "
      f"{d.frac('141/146 mẫu đạt TCVN 9639:2013 (96,58%)', 141, 146, pct='96.58')}; "
      + d.claim('05 mẫu không đạt', 'sum', 'consistent', '141 + 5 = 146 samples')
      + " do độ ẩm và hàm lượng chất không tan vượt ngưỡng, đã xử lý tái chế toàn bộ lô hàng liên quan.")
    L("2. Thu mua, tiêu thụ")
    L(f"- Thu mua muối của diêm dân 21.470 tấn, {d.ratio('bằng 134,9% cùng kỳ', 21470, 15915)} (15.915 tấn); giá thu mua "
      f"bình quân muối thủ công 1.350 đ/kg, muối sạch 2,150 đ/kg, "
      f"{d.diff('tăng 450 đ/kg', 2150, 1700, 'ambiguous', why='2,150 is written with a comma: read as 2.150 đ/kg the increase is 450, read as 2,15 it is not; the number format cannot be decided')} "
      "so với cùng kỳ (1.700 đ/kg).")
    L(f"- {d.here('tt')}Tiêu thụ {d.total('52.815 tấn', 52815, [8426, 5137, 31948, 7304])}, gồm: muối i-ốt 8.426 tấn "
      f"({d.share('', 8426, 52815)}); muối tinh sấy 5.137 tấn ({d.share('', 5137, 52815, verdict='rounding')}); muối "
      f"công nghiệp cho các nhà máy hóa chất, chế biến thủy sản 31.948 tấn ({d.share('', 31948, 52815)}); muối hạt thô bán "
      f"lẻ 7.304 tấn ({d.share('', 7304, 52815)}). Xuất bán ra ngoài tỉnh 38.460 tấn, "
      f"{d.share('chiếm ', 38460, 52815, verdict='inconsistent', stated='79.69', post='% sản lượng tiêu thụ', why='79,69% is 38.460 / 48.260 (production), not of the 52.815 tonnes sold')}.")
    L(f"- Tồn kho đầu năm 12.640 tấn; đến ngày 30/9/2024 "
      + d.claim('còn 29.240 tấn', 'sum', 'ambiguous',
                '12.640 + 48.260 + 21.470 − 52.815 = 29.555 vs stated 29.240; the 315-tonne gap may be storage loss (hao hụt) that the report does not state, or a slip')
      + " muối các loại, chủ yếu muối thủ công tại kho Hòn Khói, "
      f"{d.share('bằng ', 29240, 46000, places=1, post='% sức chứa')} của hệ thống kho.")
    L(f"- Cung ứng {d.total('1.240 tấn muối i-ốt', 1240, [685, 555])} cho 02 huyện miền núi Khánh Vĩnh (685 tấn) và "
      f"Khánh Sơn (555 tấn), {d.share('chiếm ', 1240, 8426, post='% lượng muối i-ốt')} tiêu thụ; phối hợp Trung tâm Y tế "
      "huyện kiểm tra hàm lượng i-ốt tại ... điểm bán lẻ.")
    L("3. Doanh thu, lợi nhuận")
    L(f"{d.here('dt')}Doanh thu 9 tháng 118,64 tỷ đồng, "
      f"{d.ratio('bằng 97,1% kế hoạch năm', '118.64', 150, verdict='inconsistent', stated='97.1', why='digits 7 and 9 swapped')} "
      f"(150 tỷ đồng); lợi nhuận trước thuế 6,82 tỷ đồng, {d.diff('tăng 1,47 tỷ đồng', '6.82', '5.35', places=2)} so với "
      f"cùng kỳ (5,35 tỷ đồng), {d.ratio('bằng 127,5%', '6.82', '5.35')}; nộp ngân sách 4,36 tỷ đồng. Sản lượng muối của "
      "Công ty chiếm khoảng "
      + d.claim('18,6% sản lượng muối toàn tỉnh', 'share', 'ambiguous',
                'base (provincial salt output) not stated anywhere in the draft; 48.260 / 18,6 % would imply about 259.000 tonnes')
      + ".")
    L("4. Hỗ trợ diêm dân, liên kết sản xuất")
    L(f"- Ký hợp đồng bao tiêu với {d.frac('312/1.136 hộ diêm dân liên kết (27,46%)', 312, 1136, known_whole=1136, pct='27.46')}, "
      f"diện tích 196,4 ha. Tổng kinh phí hỗ trợ "
      f"{d.total('3,85 tỷ đồng', '3.85', ['2.64', '1.38'], verdict='ambiguous', why='trong đó parts exceed the total by 0,17; tarpaulin support may have been paid out of the advanced capital (overlap) or a part is mistyped')}, "
      f"trong đó ứng vốn không lãi 2,64 tỷ đồng cho {d.subset('214 hộ', 214, 1136)}, hỗ trợ bạt HDPE 1,38 tỷ đồng "
      "(12.600 m²). Mở 06 lớp tập huấn cho 386 lượt diêm dân về quy trình sản xuất muối sạch, "
      "kỹ thuật trải bạt và ghi chép nhật ký sản xuất để truy xuất nguồn gốc.")
    L(f"- Thu nhập bình quân của người lao động 7,85 triệu đồng/người/tháng, "
      f"{d.diff('tăng 0,42 triệu đồng', '7.85', '7.43', places=2)} so với cùng kỳ (7,43 triệu đồng); đóng bảo hiểm xã hội "
      f"cho {d.frac('264/264 lao động thường xuyên', 264, 264, known_whole=264)}; lao động thời vụ được trả công theo "
      "ngày, tối thiểu 280.000 đồng/ngày công.")
    L("5. Đầu tư cải tạo đồng muối")
    L(f"Cải tạo 42,5 ha đồng muối thủ công sang trải bạt, tổng vốn "
      f"{d.total('7,60 tỷ đồng', '7.60', ['3.50', '4.10', '1.12'], 'inconsistent', why='the total leaves out the bank loan 1,12')}, "
      "gồm: ngân sách tỉnh hỗ trợ 3,50 tỷ đồng theo Quyết định số 1268/QĐ-UBND ngày 22/5/2024, vốn Công ty 4,10 tỷ đồng, "
      f"vốn vay 1,12 tỷ đồng. Sau cải tạo, diện tích trải bạt đạt {d.total('279,3 ha', '279.3', ['236.8', '42.5'], req=['42,5'])}, "
      f"{d.share('chiếm ', '279.3', '568.4', verdict='rounding')} diện tích sản xuất; diện tích thủ công "
      + d.claim('còn 289,1 ha', 'sum', 'consistent', '279,3 + 289,1 = 568,4 = production area (331,6 − 42,5 = 289,1)')
      + ".")
    L("III. ĐÁNH GIÁ CHUNG VÀ NHIỆM VỤ QUÝ IV/2024")
    L(f"Nhìn chung, 9 tháng đầu năm 2024 Công ty sản xuất "
      f"{d.repeat('48.620 tấn muối', 48620, 48260, '@{sl}', 'inconsistent', why='digits 2 and 6 transposed')}, tiêu thụ "
      f"{d.repeat('52.815 tấn', 52815, 52815, '@{tt}')}, doanh thu {d.repeat('118,64 tỷ đồng', '118.64', '118.64', '@{dt}', places=2)}; "
      f"đồng muối Hòn Khói đạt "
      f"{d.repeat('26.850 tấn', 26850, 26418, '@{hk}', 'ambiguous', why='@{hk} gives 26.418 tonnes for 9 months; 26.850 carries no period (possibly an estimate to the end of the season)')}, "
      "là đồng muối có năng suất cao nhất. Hạn chế: giá muối thủ công thấp, thu nhập của diêm dân bấp bênh nên một số hộ bỏ "
      "ruộng muối chuyển sang nghề khác; kho chứa xuống cấp, hao hụt lớn trong mùa mưa; sản phẩm muối chế biến sâu còn ít, "
      "chưa có thương hiệu riêng trên thị trường.")
    L(f"Nhiệm vụ quý IV: phấn đấu sản xuất thêm "
      + d.claim('7.640 tấn', 'difference', 'inconsistent', '55.000 − 48.260 = 6.740 tonnes still to produce; 7.640 has digits 6 and 7 swapped', right='6.740 tấn')
      + f" để hoàn thành kế hoạch {d.repeat('55.000 tấn', 55000, 55000, '@{sl}')}; doanh thu quý IV "
      + d.claim('31,36 tỷ đồng', 'difference', 'consistent', '150 − 118,64 = 31,36')
      + f" để đạt kế hoạch {d.repeat('150 tỷ đồng', 150, 150, '@{dt}')}; tiêu thụ "
      f"{d.total('18.500 tấn', 18500, [11200, 3100, 1900, 2300])} (muối công nghiệp 11.200 tấn, muối i-ốt 3.100 tấn, muối "
      "tinh 1.900 tấn, muối hạt 2.300 tấn), ưu tiên hợp đồng với các nhà máy chế biến thủy sản.")
    L("Kiến nghị: đề nghị Ủy ban nhân dân tỉnh tiếp tục hỗ trợ cải tạo khoảng 60 ha đồng muối giai đoạn 2025 - 2026; "
      "Sở Công Thương hỗ trợ xúc tiến tiêu thụ khoảng ... tấn muối tồn kho; ngân hàng giãn nợ cho diêm dân bị thiệt hại "
      "do mưa trái mùa; Sở Khoa học và Công nghệ hỗ trợ xây dựng nhãn hiệu chứng nhận muối sạch Hòn Khói theo Đề án "
      "số ..../ĐA-UBND.")
    L("Nơi nhận: - Như trên; - HĐQT Công ty; - Lưu: VT, KH-KD.")
    L("GIÁM ĐỐC")
    F(f"Sản lượng quý II theo tháng: tháng 4 đạt 11.906 tấn, tháng 5 đạt 5.510 tấn, tháng 6 đạt 10.214 tấn "
      f"({d.total('cộng 27.630 tấn', 27630, [11906, 5510, 10214])}).")
    F(f"Muối xuất bán ngoài tỉnh theo khu vực: phía Nam (TP. Hồ Chí Minh, Bình Dương, Đồng Nai) 24.315 tấn, Tây Nguyên "
      f"9.870 tấn, miền Trung 4.275 tấn ({d.total('cộng 38.460 tấn', 38460, [24315, 9870, 4275])}); riêng phía Nam chiếm "
      f"{d.share('', 24315, 38460)}.")
    F(f"Hộ diêm dân liên kết theo địa bàn: Ninh Hải 418 hộ, Ninh Thọ 296 hộ, Ninh Diêm 187 hộ, Vạn Hưng 143 hộ, Ninh "
      f"Phước 92 hộ; {d.total('tổng 1.136 hộ', 1136, [418, 296, 187, 143, 92])}.")
    return d


# =====================================================================================================
# 03  Provincial petroleum (fuel retail) company - 6-month review 2025
# =====================================================================================================
@draft
def d03():
    d = Draft("h21-03-xang-dau-quang-binh", "provincial petroleum (fuel retail) company")
    L, F = d.L, d.F
    L("CÔNG TY XĂNG DẦU QUẢNG BÌNH")
    L("Số: 126/BC-XDQB")
    L("Quảng Bình, ngày 08 tháng 7 năm 2025")
    L("BÁO CÁO")
    L("Sơ kết công tác kinh doanh 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2025")
    L("Căn cứ Quyết định số 0215/PLX-QĐ-TGĐ ngày 20/01/2025 của Tập đoàn Xăng dầu Việt Nam về giao kế hoạch năm 2025 và "
      "số liệu quyết toán của các cửa hàng đến hết ngày 30/6/2025, Công ty Xăng dầu Quảng Bình báo cáo như sau:")
    L("A. KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2025")
    L("I. Tình hình chung")
    L(f"Giá xăng dầu thế giới biến động khó lường; trong 6 tháng, Liên Bộ Công Thương - Tài chính điều hành giá "
      f"{d.total('26 kỳ', 26, [11, 13, 2], req=['tăng 11 kỳ', 'giảm 13 kỳ', 'giữ nguyên 02 kỳ'])} (tăng 11 kỳ, giảm 13 kỳ, "
      "giữ nguyên 02 kỳ), có thời điểm giá bán lẻ thấp hơn giá nhập, chiết khấu cho đại lý giảm mạnh. Việc triển khai Nghị "
      "định số 80/2023/NĐ-CP về kinh doanh xăng dầu và yêu cầu xuất hóa đơn điện tử theo từng lần bán hàng đòi hỏi đầu tư thêm "
      "thiết bị, đường truyền tại cửa hàng. Cạnh tranh với các thương nhân đầu mối khác ngày càng gay gắt; thị phần bán lẻ của Công ty trên địa "
      "bàn tỉnh ước "
      + d.claim('61,2%', 'share', 'ambiguous', 'market share of provincial retail: the provincial total is not stated, so the base cannot be checked')
      + f", {d.points('giảm 1,8%', '61.2', '62.6', '1.8', 'inconsistent', places=1, why='1,8 fits neither the points nor the relative reading')} "
      "so với cùng kỳ (62,6%).")
    L(f"{d.here('ch')}Đến ngày 30/6/2025, Công ty quản lý 01 kho xăng dầu (sức chứa 12.000 m³) và "
      f"{d.total('46 cửa hàng xăng dầu', 46, [41, 5], req=['41 cửa hàng', '05 cửa hàng'])}, gồm 41 cửa hàng sở hữu và 05 cửa "
      "hàng thuê; so với đầu năm (44 cửa hàng) "
      + d.claim('tăng hai cửa hàng', 'difference', 'consistent', '46 − 44 = 2 → tăng 2 (written in words)')
      + " do đưa vào hoạt động CHXD Bảo Ninh 2 và CHXD Quốc lộ 12A. Phân theo quy chuẩn, trong số "
      + d.claim('46 cửa hàng có', 'sum', 'ambiguous',
                '29 + 14 = 43 vs 46; trong đó lists class I and class II only; class III stores exist under the regulation, so the other 3 may be class III (subset) or the list is incomplete')
      + " 29 cửa hàng loại I, 14 cửa hàng loại II.")
    L(f"Tổng số lao động 512 người, trong đó trực tiếp bán hàng {d.subset('398 người', 398, 512)} "
      f"({d.share('', 398, 512)}), nữ {d.subset('176 người', 176, 512)} ({d.share('', 176, 512)}), trình độ đại học trở "
      f"lên {d.subset('94 người', 94, 512)} ({d.share('', 94, 512, verdict='rounding')}).")
    L("II. Kết quả thực hiện các chỉ tiêu")
    L("a) Sản lượng")
    L(f"{d.here('sl')}Tổng sản lượng xuất bán xăng dầu sáng đạt "
      f"{d.total('68.425 m³', 68425, [15846, 12371, 38627, 1581])}, {d.ratio('bằng 52,6% kế hoạch năm', 68425, 130000)} "
      f"(130.000 m³) và {d.ratio('bằng 104,3%', 68425, 65604)} {d.term('cùng kỳ năm 2024', 'năm 2024')} (65.604 m³). Theo "
      "mặt hàng: xăng RON 95-III 15.846 m³, xăng E5 RON 92 12.371 m³, dầu diesel 0,05S 38.627 m³ "
      f"({d.share('', 38627, 68425)}), dầu hỏa 1.581 m³ ({d.share('', 1581, 68425)}).")
    L(f"Xăng các loại {d.total('28.217 m³', 28217, [15846, 12371])}, {d.share('chiếm ', 28217, 68425)} tổng sản lượng, "
      f"trong đó RON 95-III 15.846 m³ ({d.share('', 15846, 28217, verdict='rounding')}) và E5 RON 92 12.371 m³, "
      f"{d.share('chiếm ', 12371, 28217, verdict='inconsistent', stated='18.08', post='% lượng xăng bán ra', why='18,08% is 12.371 / 68.425 (all light fuels), not of the 28.217 m³ of petrol the sentence names')}.")
    L(f"Theo kênh phân phối, {d.total('68.425 m³ chia ra', 68425, [46318, 14962, 7145])}: bán lẻ qua hệ thống cửa hàng "
      f"46.318 m³, {d.share('chiếm ', 46318, 68425, verdict='inconsistent', stated='67.96', why='digits 6 and 9 swapped')}; bán "
      f"buôn, tổng đại lý 14.962 m³ ({d.share('', 14962, 68425, verdict='rounding')}); khách hàng công nghiệp 7.145 m³ "
      f"({d.share('', 7145, 68425)}).")
    L(f"Dầu mỡ nhờn 486,2 tấn, {d.ratio('bằng 98,4% cùng kỳ', '486.2', '494.1')} (494,1 tấn), "
      f"{d.diff('tăng 7,9 tấn', '486.2', '494.1', 'inconsistent', places=1, unitname='tấn', why='sales fell; the difference was taken the wrong way')}; "
      "gas hóa lỏng (LPG) 1.214 tấn; doanh thu dịch vụ bảo hiểm, phụ gia, rửa xe ... triệu đồng. Sản lượng dầu mỡ nhờn "
      "giảm do khách hàng vận tải chuyển sang mua trực tiếp của hãng sản xuất; Công ty đã ký lại hợp đồng với 03 doanh nghiệp "
      "vận tải hành khách và 01 nhà máy xi măng.")
    L(f"Sản lượng bán lẻ tập trung ở các cửa hàng đô thị: {d.frac('12/46 cửa hàng (26,09%)', 12, 46, known_whole=46, pct='26.09')} "
      "đạt trên 1.500 m³, tập trung tại TP. Đồng Hới và dọc Quốc lộ 1; 08 cửa hàng vùng núi Minh Hóa, Tuyên Hóa dưới 500 m³. "
      f"Sản lượng bán qua thẻ Flexicard 8.420 m³, {d.share('chiếm ', 8420, 68425)} tổng sản lượng. Gas hóa lỏng "
      f"{d.diff('tăng 86 tấn', 1214, 1128)} so với cùng kỳ (1.128 tấn).")
    L("b) Tài chính")
    L(f"{d.here('dt')}Doanh thu 1.642,8 tỷ đồng, {d.ratio('giảm 3,2%', '1642.8', '1697.1', change=True)} so với cùng kỳ "
      f"(1.697,1 tỷ đồng) do giá bán lẻ bình quân thấp hơn; lợi nhuận trước thuế 18,46 tỷ đồng, "
      f"{d.ratio('bằng 112,6% cùng kỳ', '18.46', '16.39')} (16,39 tỷ đồng), {d.ratio('đạt 51,3% kế hoạch năm', '18.46', 36)} "
      f"(36 tỷ đồng). Nộp ngân sách {d.total('198,35 tỷ đồng', '198.35', ['142.61', '49.87', '5.87'])}, gồm thuế bảo vệ môi "
      f"trường 142,61 tỷ đồng ({d.share('', '142.61', '198.35')}), thuế giá trị gia tăng 49,87 tỷ đồng, thuế thu nhập doanh "
      "nghiệp và các khoản khác 5,87 tỷ đồng.")
    L("c) Quản lý kỹ thuật, đo lường, hóa đơn")
    L(f"Đã kiểm định {d.frac('186/188 cột bơm (98,94%)', 186, 188, pct='98.94')}; "
      + d.claim('02 cột bơm còn lại', 'sum', 'consistent', '186 + 2 = 188 pumps')
      + f" chờ kiểm định sau sửa chữa. {d.frac('46/46 cửa hàng', 46, 46, known_whole=46)} xuất hóa đơn điện tử theo từng lần "
      "bán hàng, kết nối dữ liệu với cơ quan thuế theo Nghị định số 70/2025/NĐ-CP; 6 tháng xuất 2.418.650 hóa đơn. Hao hụt "
      "trong khâu tồn chứa, xuất bán 0,21%, thấp hơn định mức (0,30%). Tồn kho đến ngày 30/6/2025 là 6.840 m³, "
      f"{d.share('bằng ', 6840, 12000, places=0, post='% sức chứa')} của kho. Tổ chức kiểm tra an toàn tại toàn bộ cửa "
      "hàng, yêu cầu khắc phục ngay các tồn tại về nối đất chống sét, bình chữa cháy quá hạn và biển báo.")
    L(f"Công nợ phải thu đến ngày 30/6/2025 là 42,8 tỷ đồng, trong đó nợ quá hạn {d.subset('3,6 tỷ đồng', '3.6', '42.8', places=1)} "
      f"({d.share('', '3.6', '42.8')}), chủ yếu của 05 khách hàng vận tải và xây dựng; đã khởi kiện 01 khách hàng theo "
      "Thông báo số 58/TB-XDQB ngày 12/5/2025.")
    L("d) Khách hàng, khuyến mại")
    L(f"Thực hiện "
      f"{d.total('14 đợt khuyến mại', 14, [9, 8], verdict='ambiguous', why='trong đó 9 gift rounds + 8 discount rounds = 17 > 14: a round may have offered both (overlap) or a figure is mistyped')}, "
      f"tri ân khách hàng, trong đó 9 đợt tặng quà, 8 đợt giảm giá; phát hành mới 1.356 thẻ Flexicard, nâng số khách hàng "
      f"dùng thẻ lên {d.total('4.872', 4872, [3516, 1356])} (đầu năm 3.516). Kênh bán buôn, tổng đại lý chiếm "
      + d.claim('gần 1/4 sản lượng', 'fraction', 'ambiguous', '14.962 / 68.425 = 21,87 %; "gần 1/4" (nearly 25 %) is a loose approximation that a reader may or may not accept')
      + " nên công nợ phải thu tăng, cần kiểm soát chặt hạn mức tín dụng.")
    L("đ) Đầu tư, lao động")
    L(f"Giải ngân vốn đầu tư {d.total('21,35 tỷ đồng', '21.35', ['16.8', '4.55'])}, {d.ratio('đạt 42,7% kế hoạch năm', '21.35', 50)} "
      f"(50 tỷ đồng), gồm {d.repeat('xây mới 02 cửa hàng', 2, 2, '@{ch} (the two stores opened this half-year)')} 16,8 tỷ đồng "
      f"và sửa chữa, nâng cấp 07 cửa hàng 4,55 tỷ đồng; {d.frac('04/05 cửa hàng thuê', 4, 5, known_whole=5)} đã gia hạn hợp "
      f"đồng đến năm 2030. Lao động {d.diff('tăng 07 người', 512, 505, z=True)} so với đầu năm (505 người); thu nhập bình "
      f"quân 15,2 triệu đồng/người/tháng, {d.ratio('bằng 104,1% cùng kỳ', '15.2', '14.6')} (14,6 triệu đồng).")
    L("III. Đánh giá chung")
    L(f"Sáu tháng đầu năm 2025, sản lượng xăng dầu sáng {d.repeat('68.425 m³', 68425, 68425, '@{sl}')}, "
      f"{d.diff('tăng 2.821 m³', 68425, 65604)} so với "
      f"{d.term('6 tháng đầu năm 2023', '6 tháng đầu năm 2024', 'inconsistent', why='65.604 m³ is the same period of 2024 (cùng kỳ năm 2024)')}; "
      f"doanh thu {d.repeat('1.624,8 tỷ đồng', '1624.8', '1642.8', '@{dt}', 'inconsistent', places=1, why='digits 4 and 2 transposed')}; "
      f"lợi nhuận trước thuế {d.repeat('18,46 tỷ đồng', '18.46', '18.46', '@{dt}', places=2)}; hiện tồn kho "
      + d.claim('7.120 m³', 'repeat', 'ambiguous', 'the stock was 6.840 m³ at 30/6/2025; "hiện" (at the report date 08/7) may be a later date, so a different figure is possible')
      + ". Hạn chế: sản lượng bán lẻ tại các cửa hàng vùng núi thấp, một số cửa hàng xuống cấp, chưa đáp ứng tiêu chuẩn "
      "nhận diện mới.")
    L("Nguyên nhân: nhu cầu tiêu thụ của các công trình giao thông, xây dựng trên địa bàn giảm; một số doanh nghiệp vận tải "
      "chuyển sang mua của thương nhân phân phối có chiết khấu cao hơn; việc sắp xếp lại bộ máy hành chính cấp huyện làm "
      "thay đổi địa bàn, khách hàng của một số cửa hàng. Về chủ quan, công tác phát triển khách hàng công nghiệp chưa chủ "
      "động; thu hồi công nợ ở một số đơn vị còn chậm.")
    L("B. PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025")
    L(f"Phấn đấu xuất bán "
      + d.claim('61.575 m³', 'difference', 'consistent', '130.000 − 68.425 = 61.575 m³ still to sell for the year plan')
      + " xăng dầu sáng để hoàn thành kế hoạch năm; lợi nhuận trước thuế "
      + d.claim('17,54 tỷ đồng', 'difference', 'consistent', '36 − 18,46 = 17,54')
      + f"; đầu tư mới {d.total('03 cửa hàng', 3, [1, 1, 1], z=True, req=['Lệ Thủy 01', 'Minh Hóa 01', 'Bố Trạch 01'])} "
      "(Lệ Thủy 01, Minh Hóa 01, Bố Trạch 01) với tổng mức đầu tư 27,6 tỷ đồng; cải tạo ... cửa hàng theo bộ nhận diện "
      "thương hiệu mới.")
    L("Giải pháp: tăng cường bán hàng qua thẻ và ứng dụng thanh toán; giao chỉ tiêu sản lượng đến từng cửa hàng, gắn tiền "
      "lương với kết quả bán hàng; kiểm soát công nợ bán buôn; bảo đảm an toàn phòng chống cháy nổ, bảo vệ môi trường tại "
      "kho và cửa hàng; phối hợp với Sở Công Thương kiểm tra, bảo đảm nguồn cung, không để cửa hàng ngừng bán hàng không "
      "có lý do; hoàn thành lắp đặt trụ sạc xe điện tại ... cửa hàng theo chủ trương của Tập đoàn.")
    L("Nơi nhận: - Tập đoàn Xăng dầu Việt Nam (để b/c); - Sở Công Thương; - Lưu: VT, KD.")
    L("GIÁM ĐỐC")
    F(f"Cửa hàng theo địa bàn: TP. Đồng Hới 11, Bố Trạch 09, Quảng Trạch 07, TX. Ba Đồn 06, Lệ Thủy 06, Quảng Ninh 04, "
      f"Tuyên Hóa 02, Minh Hóa 01 "
      f"({d.total('cộng 45 cửa hàng', 45, [11, 9, 7, 6, 6, 4, 2, 1], 'inconsistent', req=[], why='the eight districts add up to 46 (the network stated in @{ch}); the total leaves out one store')}).")
    F(f"Sản lượng bán lẻ theo quý: quý I 22.714 m³, quý II 23.604 m³ ({d.total('cộng 46.318 m³', 46318, [22714, 23604])}).")
    F(f"Lấy 92 mẫu xăng dầu tại cửa hàng để kiểm tra chất lượng, {d.frac('92/92 mẫu đạt (100%)', 92, 92, pct=100, places=0)}.")
    return d


# =====================================================================================================
# 04  Provincial historians' association - term review 2020 - 2025
# =====================================================================================================
@draft
def d04():
    d = Draft("h21-04-hoi-su-hoc-thanh-hoa", "provincial historians' association")
    L, F = d.L, d.F
    L("HỘI KHOA HỌC LỊCH SỬ TỈNH THANH HÓA")
    L("Số: 24/BC-HSH")
    L("Thanh Hóa, ngày 12 tháng 6 năm 2025")
    L("BÁO CÁO CỦA BAN CHẤP HÀNH KHÓA IV")
    L("Tổng kết hoạt động nhiệm kỳ 2020 - 2025, phương hướng, nhiệm vụ nhiệm kỳ 2025 - 2030 (trình Đại hội đại biểu lần "
      "thứ V)")
    L(f"Đại hội đại biểu Hội Khoa học Lịch sử tỉnh lần thứ IV họp ngày 18/9/2020, bầu Ban Chấp hành {d.here('bch')}21 ủy "
      "viên, đề ra 05 nhóm nhiệm vụ và 09 chỉ tiêu chủ yếu. Năm năm qua, trong bối cảnh dịch bệnh Covid-19 kéo dài hai năm "
      "đầu nhiệm kỳ và việc sắp xếp đơn vị hành chính các cấp, Hội đã nỗ lực duy trì hoạt động, từng bước khẳng định vai "
      "trò của đội ngũ trí thức làm công tác sử học trên địa bàn tỉnh.")
    L("Phần thứ nhất")
    L("KẾT QUẢ HOẠT ĐỘNG NHIỆM KỲ 2020 - 2025")
    L("1. Công tác tổ chức, phát triển hội viên")
    L(f"{d.here('hv')}Đến ngày 31/5/2025, Hội có {d.total('38 chi hội', 38, [24, 14], req=['24 chi hội', '14 chi hội'])} "
      f"trực thuộc (24 chi hội huyện, thị xã, thành phố; 14 chi hội cơ quan, trường học) với 1.246 hội viên, "
      f"{d.diff('tăng 187 hội viên', 1246, 1059)} so với cuối {d.term('nhiệm kỳ 2015 - 2020', 'nhiệm kỳ 2015 - 2020')} "
      f"(1.059 hội viên). Trong nhiệm kỳ "
      + d.claim('kết nạp mới 312 hội viên', 'sum', 'consistent', '1.059 + 312 − 125 = 1.246 members at 31/5/2025')
      + f", giảm 125 hội viên do chuyển sinh hoạt, từ trần hoặc xin thôi; thành lập mới "
      f"{d.claim('05 chi hội', 'difference', 'consistent', '38 − 33 = 5 new branches')} "
      "(đầu nhiệm kỳ có 33 chi hội).")
    L(f"Hội viên nữ {d.subset('418 người', 418, 1246)}, {d.share('chiếm ', 418, 1246)}, "
      f"{d.points('tăng 3,71%', '33.55', '29.84', '3.71')} so với đầu nhiệm kỳ (29,84%); hội viên có học vị tiến sĩ trở lên "
      f"{d.total('101 người', 101, [17, 84])} (giáo sư, phó giáo sư 17; tiến sĩ 84), "
      f"{d.share('chiếm ', 101, 1246, verdict='inconsistent', stated='9.54', why='9,54% is 101 / 1.059 (the membership at the start of the term), not of the current 1.246')}; "
      f"thạc sĩ {d.subset('295 người', 295, 1246)}.")
    L(f"Theo độ tuổi: dưới 40 tuổi 236 người ({d.share('', 236, 1246)}), từ 40 đến 60 tuổi 452 người "
      f"({d.share('', 452, 1246)}), trên 60 tuổi 558 người ({d.share('', 558, 1246)}), "
      f"{d.total('cộng 1.246 người', 1246, [236, 452, 558])}; tuổi bình quân của hội viên 57,4, cao hơn đầu nhiệm kỳ 1,2 "
      "tuổi, việc trẻ hóa đội ngũ còn chậm.")
    L(f"{d.total('Trong 1.246 hội viên', 1246, [512, 186, 604], verdict='ambiguous', why='the three groups add up to 1.302 > 1.246: retired members (hưu trí) may also be counted as former teachers or researchers, so the groups overlap; the reader cannot tell')}, "
      "có 512 người là giáo viên, giảng viên; 186 người công tác tại các viện nghiên cứu, bảo tàng, ban quản lý di tích; 604 "
      "hội viên đã nghỉ hưu. Tỷ lệ hội viên tham gia sinh hoạt thường xuyên đạt "
      + d.claim('87%', 'share', 'ambiguous', 'base not stated (all 1.246 members or only those in active branches) and no count of regular attenders is given')
      + f". {d.frac('31/38 chi hội (85,18%)', 31, 38, known_whole=38, pct='85.18', verdict='inconsistent', why='85,18 has the digits 1 and 5 of 81,58 swapped')} "
      "được xếp loại hoạt động tốt năm 2024.")
    L(f"Ban Chấp hành khóa IV {d.here('bch2')}trong nhiệm kỳ có 04 ủy viên nghỉ hưu, chuyển công tác, được bổ sung 03 ủy "
      "viên; "
      + d.claim('hiện có 20 ủy viên', 'sum', 'consistent', '21 − 4 + 3 = 20 committee members')
      + ", Ban Thường vụ 07 ủy viên. Văn phòng Hội có 03 cán bộ kiêm nhiệm, chưa có biên chế chuyên trách.")
    L("2. Hoạt động nghiên cứu, biên soạn lịch sử")
    L(f"{d.here('sach')}Hội viên tham gia biên soạn, xuất bản {d.total('146 đầu sách', 146, [98, 27, 21])} (lịch sử đảng "
      "bộ, nhân dân các xã, phường 98; lịch sử ngành, cơ quan, đơn vị 27; địa chí, chuyên khảo 21), "
      f"{d.diff('tăng 39 đầu sách', 146, 107)} so với nhiệm kỳ trước "
      f"(107 đầu sách). Sách lịch sử đảng bộ xã, phường {d.share('chiếm ', 98, 146)}, trong đó "
      f"{d.subset('61 cuốn', 61, 98)} tái bản có bổ sung giai đoạn 2020 - 2025.")
    L(f"{d.here('ht')}Hội chủ trì và phối hợp tổ chức {d.total('42 hội thảo', 42, [8, 19, 15], req=['08 cấp quốc gia', '19 cấp tỉnh', '15 cấp huyện'])}, "
      "tọa đàm khoa học (08 cấp quốc gia, 19 cấp tỉnh, 15 cấp huyện) với 1.127 tham luận, trong đó hội viên viết 684 tham "
      f"luận ({d.share('', 684, 1127)}). So với "
      f"{d.term('nhiệm kỳ 2010 - 2015', 'nhiệm kỳ 2015 - 2020', 'inconsistent', why='the previous term of 2020 - 2025 is 2015 - 2020; the 28 workshops are its figure')} "
      f"(28 hội thảo), số hội thảo "
      + d.claim('tăng 1,5 lần', 'ratio', 'ambiguous', '42 / 28 = 1,5: true if “tăng 1,5 lần” is read as “gấp 1,5 lần”; read literally (an increase by 1,5 times, i.e. ×2,5 = 70) it is wrong')
      + ".")
    L(f"Bản tin “Thông tin Sử học xứ Thanh” phát hành 20 số với 486 bài viết, trong đó 312 bài của hội viên "
      f"({d.share('', 312, 486, verdict='rounding')}); trang thông tin điện tử của Hội đăng tải hơn 1.500 tin, bài.")
    L(f"Hội viên chủ trì {d.total('07 đề tài khoa học cấp tỉnh', 7, [5, 2], z=True, req=['05 đề tài', '02 đề tài'])} "
      f"(05 đề tài đã nghiệm thu, 02 đề tài đang thực hiện), trong đó {d.subset('03 đề tài', 3, 5, why='excellent ratings among the 5 accepted projects')} "
      "nghiệm thu xếp loại xuất sắc; tiêu biểu là đề tài nghiên cứu hệ thống thành lũy thời Hồ và đề tài số hóa tư liệu "
      "gia phả, địa bạ các làng cổ ven sông Mã. Kết quả các đề tài được chuyển giao cho các địa phương sử dụng trong "
      "công tác bảo tồn và giáo dục truyền thống.")
    L("3. Tư vấn, phản biện, tham gia giữ gìn di sản")
    L(f"Tham gia thẩm định "
      f"{d.total('195 hồ sơ', 195, [67, 128, 19], 'inconsistent', why='the total leaves out the 19 local-history manuscripts')} "
      "(hồ sơ khoa học di tích 67; đặt tên đường, phố và công trình công cộng 128; bản thảo lịch sử địa phương 19); góp ý "
      f"36 dự thảo văn bản của Tỉnh ủy, Ủy ban nhân dân tỉnh. Trong số hồ sơ di tích, "
      f"{d.frac('58/67 hồ sơ (86,56%)', 58, 67, known_whole=67, pct='86.56', verdict='rounding')} đã được công nhận, xếp hạng.")
    L("4. Giáo dục truyền thống, phổ biến kiến thức lịch sử")
    L(f"Phối hợp Sở Giáo dục và Đào tạo tổ chức 05 kỳ cuộc thi “Em yêu lịch sử xứ Thanh” với "
      + d.claim('48.365 lượt học sinh', 'sum', 'ambiguous', 'footnote gives 2021–2024 = 7.846 + 9.215 + 10.382 + 11.907 = 39.350 and leaves 2025 as "..." (not filled); the total cannot be checked')
      + f" dự thi, trao {d.total('342 giải', 342, [12, 38, 96, 196])} (12 giải nhất, 38 giải nhì, 96 giải ba, 196 giải "
      f"khuyến khích); tổ chức 126 buổi nói chuyện chuyên đề với khoảng 18.400 lượt người nghe, trong đó "
      f"{d.subset('84 buổi', 84, 126)} tại trường học ({d.share('', 84, 126)}); biên soạn tài liệu giáo dục địa phương môn "
      "Lịch sử cho cấp trung học cơ sở.")
    L("5. Tài chính")
    L(f"{d.here('tc')}Tổng thu nhiệm kỳ {d.total('6.482 triệu đồng', 6482, [3850, 412, 1968, 252])}, gồm: ngân sách tỉnh "
      f"hỗ trợ 3.850 triệu đồng ({d.share('', 3850, 6482, verdict='rounding')}); hội phí 412 triệu đồng "
      f"({d.share('', 412, 6482)}); hợp đồng nghiên "
      f"cứu, biên soạn 1.968 triệu đồng ({d.share('', 1968, 6482)}); tài trợ 252 triệu đồng. Tổng chi 6.215 triệu đồng; "
      "kết dư chuyển nhiệm kỳ sau "
      + d.claim('276 triệu đồng', 'difference', 'inconsistent', '6.482 − 6.215 = 267; 276 has the last two digits swapped', right='267 triệu đồng')
      + f". Tổng thu {d.ratio('bằng 131,4%', 6482, 4933)} nhiệm kỳ trước (4.933 triệu đồng) nhờ mở rộng hợp đồng biên soạn "
      "sách lịch sử địa phương.")
    L("6. Đánh giá chung")
    L(f"Nhiệm kỳ 2020 - 2025, Hội thực hiện đạt và vượt {d.frac('8/9 chỉ tiêu', 8, 9, known_whole=9)} Đại hội IV đề ra; "
      f"phát triển thêm {d.repeat('05 chi hội', 5, 5, '@{hv}')}, đến nay có "
      + d.claim('hơn 1.260 hội viên', 'repeat', 'ambiguous',
                'section 1 gives 1.246 members at 31/5/2025; “đến nay” carries no date (the report is dated 12/6/2025), so “hơn 1.260” may be a later or a loosely rounded figure')
      + f"; kết nạp "
      f"{d.repeat('321 hội viên mới', 321, 312, '@{hv}', 'inconsistent', why='digits 1 and 2 swapped')}, xuất bản "
      f"{d.repeat('146 đầu sách', 146, 146, '@{sach}')}, tổ chức {d.repeat('42 hội thảo', 42, 42, '@{ht}')}, tọa đàm. Hạn "
      "chế: chỉ tiêu thành lập chi hội tại 100% huyện miền núi chưa đạt; kinh phí phụ thuộc nhiều vào ngân sách; một số chi "
      "hội sinh hoạt hình thức, chưa thu hút được hội viên trẻ. Nguyên nhân chủ yếu là Hội chưa có cán bộ chuyên trách, trụ "
      "sở làm việc phải mượn của cơ quan khác; nhiều hội viên tuổi cao, sức khỏe hạn chế; cơ chế đặt hàng nhiệm vụ khoa học "
      "đối với các hội chưa được ban hành cụ thể.")
    L("Phần thứ hai")
    L("PHƯƠNG HƯỚNG, NHIỆM VỤ NHIỆM KỲ 2025 - 2030")
    L(f"Phấn đấu đến năm 2030 Hội có 1.500 hội viên, {d.diff('tăng 254 hội viên', 1500, 1246)} so với thời điểm 31/5/2025; mỗi xã, "
      "phường sau sắp xếp có ít nhất 01 hội viên làm cộng tác viên; biên soạn, tái bản ... đầu sách lịch sử địa phương; "
      "xây dựng cơ sở dữ liệu số về nhân vật, di tích lịch sử xứ Thanh; tham gia biên soạn bộ Lịch sử Đảng bộ tỉnh Thanh Hóa "
      "tập ... (giai đoạn 2000 - 2025) và phản biện các dự án trùng tu, tôn tạo di tích quốc gia đặc biệt trên địa bàn.")
    L(f"Ban Chấp hành khóa V dự kiến {d.total('19 ủy viên', 19, [13, 6], req=['tái cử 13', 'mới 06'])} (tái cử 13, mới 06), "
      f"{d.diff('tăng 02 ủy viên', 19, 21, 'inconsistent', unitname='ủy viên', z=True, why='19 < 21 elected at the IV congress: the committee shrinks')} "
      f"so với khóa IV; nữ 05 ủy viên ({d.share('', 5, 19)}), dưới 50 tuổi 07 ủy viên ({d.share('', 7, 19)}).")
    L(f"Đại hội đại biểu lần thứ V triệu tập {d.total('156 đại biểu', 156, [20, 128, 8], req=['128 đại biểu', '08 đại biểu'])}, "
      f"gồm {d.repeat('20 ủy viên Ban Chấp hành', 20, 20, '@{bch2}')} khóa IV đương nhiên, 128 đại biểu do các chi hội bầu và "
      f"08 đại biểu chỉ định. Nhiệm kỳ tới phấn đấu thành lập thêm 05 chi hội, {d.total('nâng tổng số lên 43', 43, [38, 5], req=[])} "
      f"chi hội; tổ chức ít nhất 50 hội thảo, {d.diff('tăng 08', 50, 42, z=True)} so với "
      f"{d.term('nhiệm kỳ 2020 - 2025', 'nhiệm kỳ 2020 - 2025')} (42 hội thảo).")
    L("Nơi nhận: - Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh; - Ban Tuyên giáo và Dân vận Tỉnh ủy; - Các chi hội; - Lưu VP.")
    L("TM. BAN CHẤP HÀNH / CHỦ TỊCH")
    F(f"Chi hội cơ quan, trường học: 14 chi hội, trong đó {d.subset('06 chi hội', 6, 14)} tại các trường đại học, cao đẳng.")
    F(f"Hội viên theo khối: 24 chi hội huyện, thị xã, thành phố có 842 hội viên ({d.share('', 842, 1246)}); 14 chi hội "
      f"cơ quan, trường học có 404 hội viên ({d.share('', 404, 1246)}); {d.total('tổng cộng 1.246 hội viên', 1246, [842, 404])}.")
    F(f"Hội thảo, tọa đàm theo năm: năm 2020 (từ tháng 9) 02; năm 2021: 05; năm 2022: 09; năm 2023: 11; năm 2024: 10; năm "
      f"2025 (đến 31/5) 05; {d.total('cộng 42 cuộc', 42, [2, 5, 9, 11, 10, 5], req=[])}.")
    F("Số lượt học sinh dự thi theo năm: 2021: 7.846; 2022: 9.215; 2023: 10.382; 2024: 11.907; 2025: ... (đang tổng hợp).")
    return d


# =====================================================================================================
# 05  Provincial accountants' association - annual report 2024 (term 2022 - 2027)
# =====================================================================================================
@draft
def d05():
    d = Draft("h21-05-hoi-ke-toan-nghe-an", "provincial accountants' association")
    L, F = d.L, d.F
    L("HỘI KẾ TOÁN VÀ KIỂM TOÁN TỈNH NGHỆ AN")
    L("Số: 07/BC-HKT")
    L("Nghệ An, ngày 10 tháng 01 năm 2025")
    L("BÁO CÁO")
    L("Kết quả hoạt động năm 2024 và chương trình công tác năm 2025")
    L("Căn cứ Điều lệ Hội Kế toán và Kiểm toán tỉnh Nghệ An được phê duyệt tại Quyết định số 1845/QĐ-UBND ngày 06/7/2022; "
      "Nghị quyết Đại hội đại biểu Hội lần thứ III, nhiệm kỳ 2022 - 2027 và Chương trình công tác năm 2024 số 02/CTr-HKT ngày "
      "15/01/2024, Ban Thường vụ Hội báo cáo kết quả hoạt động năm 2024 như sau:")
    L("I. CÔNG TÁC TỔ CHỨC, PHÁT TRIỂN HỘI VIÊN")
    L(f"{d.here('hv')}Đến ngày 31/12/2024, Hội có {d.total('1.872 hội viên', 1872, [1734, 138])}, gồm 1.734 hội viên cá "
      f"nhân và 138 hội viên tổ chức "
      f"({d.share('', 138, 1872, verdict='inconsistent', stated='7.96', pn='138', why='7,96% is 138 / 1.734 (individual members only); the share of all 1.872 members is 7,37%')}), "
      f"sinh hoạt tại 27 chi hội; {d.diff('tăng 126 hội viên', 1872, 1746)} so với "
      f"{d.term('cùng thời điểm năm 2023', 'năm 2023')} (1.746 hội viên). So với đầu nhiệm kỳ (1.563 hội viên), số hội "
      f"viên {d.diff('tăng 309', 1872, 1563)}; hội "
      f"viên cá nhân {d.share('chiếm ', 1734, 1872, verdict='rounding')} tổng số hội viên.")
    L(f"Hội viên cá nhân chia theo lĩnh vực công tác: kế toán doanh nghiệp 986, kế toán khu vực công 512, giảng viên kế "
      f"toán 97, kiểm toán viên hành nghề 139 ({d.total('cộng 1.734', 1734, [986, 512, 97, 139])}), lần lượt chiếm "
      f"{d.share('', 986, 1734)}, {d.share('', 512, 1734, verdict='rounding')}, {d.share('', 97, 1734)} và "
      f"{d.share('', 139, 1734)}. Hội viên dưới 35 tuổi 468 người, "
      + d.claim('chiếm 25%', 'share', 'ambiguous', '468 / 1.872 (all members) = 25,00 % but organisations have no age; of the 1.734 individual members it is 26,99 %; the base cannot be decided')
      + ".")
    L(f"Hội viên nữ {d.subset('1.296 người', 1296, 1734)}, {d.share('chiếm ', 1296, 1734, post='% hội viên cá nhân')}. "
      f"Về trình độ: thạc sĩ trở lên 214 người ({d.share('', 214, 1734)}), đại học 1.368 người, cao đẳng, trung cấp 152 "
      f"người ({d.share('', 152, 1734, verdict='rounding')}), {d.total('tổng số 1.734 hội viên cá nhân', 1734, [214, 1368, 152])}.")
    L(f"Thứ nhất, về phát triển hội viên: năm 2024 kết nạp 164 hội viên mới, {d.diff('tăng 23 hội viên', 164, 141)} so với "
      f"{d.term('năm 2022', 'năm 2023', 'inconsistent', why='141 is the 2023 intake (footnote); against 2022 (118) the increase would be 46')}; "
      f"{d.claim('xóa tên 38 hội viên', 'sum', 'consistent', '1.746 (31/12/2023) + 164 admitted − 38 removed = 1.872 at 31/12/2024')} do nghỉ hưu, chuyển công tác không tiếp tục sinh hoạt. "
      f"{d.frac('1.516/1.734 hội viên cá nhân', 1516, 1734, known_whole=1734)} đóng hội phí đầy đủ, đạt "
      f"{d.share('', 1516, 1734, req=['1.516'])}, {d.points('tăng 4,74%', '87.43', '82.96', '4.74', 'inconsistent', why='4,47 points written with the digits 4 and 7 swapped; relative change 5,39 % does not fit either')} "
      "so với năm trước (82,96%).")
    L(f"Thứ hai, về tổ chức bộ máy: Ban Chấp hành có 25 ủy viên (nữ {d.subset('11 ủy viên', 11, 25)}, "
      f"{d.share('chiếm ', 11, 25, places=0)}), Ban Thường vụ 09 ủy viên, Ban Kiểm tra 05 thành viên; "
      f"trong năm kiện toàn {d.total('27 chi hội', 27, [14, 13], req=['14 chi hội', '13 chi hội'])} (14 chi hội theo địa bàn "
      "huyện, thị xã, thành phố; 13 chi hội tại doanh nghiệp, trường học), thành lập Câu lạc bộ Kế toán trưởng doanh nghiệp "
      f"với 62 thành viên, trong đó {d.subset('48 người', 48, 62)} là hội viên cá nhân của Hội.")
    L("II. HOẠT ĐỘNG ĐÀO TẠO, BỒI DƯỠNG")
    L(f"{d.here('dt')}Tổ chức {d.total('29 lớp', 29, [12, 8, 9, 3], 'inconsistent', req=['12 lớp', '08 lớp', '09 lớp', '03 lớp'], why='the total leaves out the 03 tax and e-invoice classes')} "
      "bồi dưỡng với "
      + d.claim('2.928 lượt học viên', 'sum', 'ambiguous', '1,084 is written with a comma: read as 1.084, 1.084 + 412 + 968 + 464 = 2.928 and the total holds; read as 1,084 it does not; the number format cannot be decided')
      + ", gồm: 12 lớp cập nhật kiến thức kế toán trưởng (1,084 lượt); 08 lớp bồi dưỡng kế toán trưởng (412 học viên); 09 "
      "lớp chuẩn mực kế toán công (968 lượt); 03 lớp thuế, hóa đơn điện tử (464 lượt). Số lượt học viên "
      + d.claim('gần gấp đôi', 'ratio', 'ambiguous', '2.928 / 1.612 = 1,82: “gần gấp đôi” (nearly double) is a loose approximation')
      + f" năm trước (1.612 lượt) và {d.ratio('đạt 117,1% kế hoạch', 2928, 2500)} năm (2.500 lượt).")
    L(f"Cấp chứng chỉ bồi dưỡng kế toán trưởng cho "
      f"{d.frac('398/421 học viên (94,54%)', 398, 421, known_whole=412, pct='94.54', verdict='inconsistent', right='398/412 (96,60%)', why='the kế toán trưởng course had 412 students; 421 swaps two digits (the percentage was then computed on 421)')}; "
      "số còn lại phải học bổ sung chuyên đề thuế và làm lại bài kiểm tra. Hỗ trợ 118 hội viên ôn thi chứng chỉ kiểm toán "
      f"viên, kế toán viên do Bộ Tài chính tổ chức, {d.subset('47 người', 47, 118)} đạt chứng chỉ ({d.share('', 47, 118)}).")
    L(f"Hội mời 42 giảng viên, báo cáo viên tham gia giảng dạy, trong đó {d.subset('29 người', 29, 42)} là giảng viên các "
      f"trường đại học ({d.share('', 29, 42)}), số còn lại là chuyên gia của cơ quan thuế, kho bạc và các công ty kiểm toán; "
      "nội dung bồi dưỡng bám sát các chuẩn mực kế toán công Việt Nam mới ban hành.")
    L("III. TƯ VẤN, PHẢN BIỆN VÀ HỖ TRỢ DOANH NGHIỆP")
    L(f"Góp ý 11 dự thảo văn bản, trong đó dự thảo Luật Kế toán (sửa đổi) và 04 dự thảo thông tư hướng dẫn chế độ kế toán; "
      f"tư vấn về tổ chức công tác kế toán cho "
      f"{d.total('128 đơn vị', 128, [86, 42, 27], verdict='ambiguous', why='86 + 42 + 27 = 155 > 128: households that converted to enterprises may also be counted among the SMEs (overlap)')}, "
      "trong đó 86 doanh nghiệp nhỏ và vừa, 42 hộ kinh doanh chuyển đổi lên doanh nghiệp, 27 đơn vị sự nghiệp công lập tự "
      "chủ tài chính. Phối hợp Cục Thuế tỉnh tổ chức 06 hội nghị đối thoại với khoảng 1.200 lượt doanh nghiệp.")
    L(f"Tổ chức Hội thi “Kế toán viên giỏi” lần thứ II với 246 thí sinh đến từ 38 doanh nghiệp, "
      f"đơn vị; trao {d.total('16 giải', 16, [1, 2, 3, 10], req=['01 giải nhất', '02 giải nhì', '03 giải ba', '10 giải khuyến khích'])} "
      "(01 giải nhất, 02 giải nhì, 03 giải ba và 10 giải khuyến khích). Tham gia Hội thảo khoa học toàn quốc về chuyển đổi số trong kế toán "
      f"với 07 tham luận. Hội hiện có "
      + d.claim('146 kiểm toán viên hành nghề', 'repeat', 'ambiguous', 'section I gives 139 practising auditors among the individual members at 31/12/2024; “hiện có” has no date and may also count auditors who are not yet members')
      + " đăng ký sinh hoạt tại các chi hội.")
    L("Công tác thông tin, truyền thông được đổi mới: trang thông tin điện tử của Hội đăng tải 186 tin, bài, văn bản mới về "
      "kế toán, thuế; nhóm trao đổi nghiệp vụ trực tuyến của hội viên có khoảng 1.450 thành viên, giải đáp kịp thời các "
      "vướng mắc khi áp dụng hóa đơn điện tử có mã của cơ quan thuế và chế độ kế toán hành chính, sự nghiệp.")
    L("IV. TÀI CHÍNH")
    L(f"{d.here('tc')}Tổng thu năm 2024 {d.total('3.066,5 triệu đồng', '3066.5', ['287.4', '2184.6', '412.8', '181.7'])}, "
      f"{d.diff('giảm 214,3 triệu đồng', '3066.5', '2852.2', 'inconsistent', places=1, unitname='triệu đồng', why='income rose from 2.852,2 to 3.066,5; the difference was taken the wrong way')} "
      f"{d.term('so với năm 2023', 'năm 2023')} (2.852,2 triệu đồng); gồm: hội phí 287,4 triệu đồng ({d.share('', '287.4', '3066.5')}), thu từ "
      f"đào tạo, bồi dưỡng 2.184,6 triệu đồng ({d.share('', '2184.6', '3066.5')}), tư vấn 412,8 triệu đồng "
      f"({d.share('', '412.8', '3066.5')}), tài trợ 181,7 triệu đồng. Thu từ đào tạo "
      f"{d.ratio('bằng 118,6%', '2184.6', 1842)} năm trước (1.842 triệu đồng).")
    L(f"Tổng chi {d.total('2.874,3 triệu đồng', '2874.3', ['1912.6', '684.5', '277.2'])}, gồm chi tổ chức lớp học, thù "
      f"lao giảng viên 1.912,6 triệu đồng ({d.share('', '1912.6', '2874.3')}), chi hoạt động văn phòng 684,5 triệu đồng, "
      "chi khác 277,2 triệu đồng; chênh lệch thu chi "
      + d.claim('192,2 triệu đồng', 'difference', 'consistent', '3.066,5 − 2.874,3 = 192,2')
      + f" bổ sung quỹ hoạt động, số dư quỹ đến 31/12/2024 "
      f"{d.total('là 826,4 triệu đồng', '826.4', ['634.2', '192.2'], req=['634,2'])} (đầu năm 634,2 triệu đồng). Ban Kiểm "
      "tra Hội kiểm tra tài chính 02 lần, không phát hiện sai sót.")
    L("V. ĐÁNH GIÁ CHUNG")
    L(f"Năm 2024, Hội hoàn thành {d.frac('10/11 chỉ tiêu (90,91%)', 10, 11, pct='90.91')} của Chương trình công tác; số "
      f"hội viên {d.repeat('1.827', 1827, 1872, '@{hv}', 'inconsistent', why='digits 7 and 8 swapped')}, tổng thu "
      f"{d.repeat('3.066,5 triệu đồng', '3066.5', '3066.5', '@{tc}', places=1)}; đào tạo "
      f"{d.repeat('2.928 lượt học viên', 2928, 2928, '@{dt}')}. Chỉ tiêu chưa đạt là thành lập chi hội tại 03 huyện miền "
      "núi (Kỳ Sơn, Tương Dương, Quế Phong) do số người làm kế toán ít, phân tán.")
    L("Hạn chế: hoạt động của một số chi hội doanh nghiệp còn mờ nhạt; việc thu hội phí ở khu vực công chưa đều; đội ngũ "
      "giảng viên chủ yếu mời từ các trường đại học, chi phí cao. Nguyên nhân: Văn phòng Hội chỉ có 03 người làm việc theo "
      "hợp đồng, kiêm nhiều việc; cơ chế hỗ trợ của Nhà nước đối với hội nghề nghiệp chưa rõ.")
    L("Về thi đua, khen thưởng: Hội được Hội Kế toán và Kiểm toán Việt Nam tặng Cờ thi đua xuất sắc; Ban Thường vụ Hội tặng "
      "Giấy khen cho các chi hội và hội viên có thành tích tiêu biểu trong phát triển hội viên, tổ chức lớp học và tư vấn "
      "cho doanh nghiệp (danh sách kèm theo Quyết định số 15/QĐ-HKT ngày 30/12/2024).")
    L("VI. CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025")
    L(f"Kết nạp ít nhất 180 hội viên mới, {d.diff('tăng 16 hội viên', 180, 164)} so với "
      f"{d.term('năm 2024', 'năm 2024', why='the 2025 target is compared with the 2024 intake')}; nâng tỷ lệ hội viên đóng "
      f"hội phí đầy đủ lên trên 90%; tổ chức 35 lớp bồi dưỡng với khoảng 3.200 lượt học viên, "
      f"{d.diff('tăng 272 lượt', 3200, 2928)}; thành lập chi hội tại ít nhất "
      "02 huyện miền núi; hoàn thành sơ kết giữa nhiệm kỳ 2022 - 2027 trong quý III/2025.")
    L(f"Dự toán thu năm 2025 {d.total('3.350 triệu đồng', 3350, [300, 2400, 450, 200])} (hội phí 300, đào tạo 2.400, tư "
      f"vấn 450, tài trợ 200 triệu đồng), {d.ratio('tăng 9,2%', 3350, '3066.5', change=True)} so với thực hiện năm trước.")
    L("Nơi nhận: - Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh; - Sở Nội vụ; - Hội Kế toán và Kiểm toán Việt Nam; - Các chi "
      "hội; - Lưu VP.")
    L("TM. BAN THƯỜNG VỤ / CHỦ TỊCH")
    F(f"Hội viên kết nạp mới theo năm: năm 2022: 118; năm 2023: 141; năm 2024: 164; "
      f"{d.total('cộng 423 hội viên', 423, [118, 141, 164])} trong 03 năm của nhiệm kỳ.")
    F(f"Hội viên tổ chức: 112 doanh nghiệp ({d.share('', 112, 138)}), 19 đơn vị sự nghiệp, 07 công ty kiểm toán, dịch vụ "
      f"kế toán ({d.total('tổng 138 tổ chức', 138, [112, 19, 7])}).")
    F(f"Hội viên theo chi hội: 14 chi hội địa bàn có 1.058 hội viên ({d.share('', 1058, 1872)}); 13 chi hội doanh nghiệp, "
      f"trường học có 814 hội viên ({d.share('', 814, 1872)}); {d.total('cộng 1.872 hội viên', 1872, [1058, 814])}.")
    return d


# =====================================================================================================
# 06  Provincial book and school equipment company - school year 2024 - 2025
# =====================================================================================================
@draft
def d06():
    d = Draft("h21-06-sach-thiet-bi-dak-lak", "provincial book and school equipment company")
    L, F = d.L, d.F
    L("CÔNG TY CỔ PHẦN SÁCH VÀ THIẾT BỊ TRƯỜNG HỌC ĐẮK LẮK")
    L("Số: 92/BC-STB")
    L("Đắk Lắk, ngày 20 tháng 7 năm 2025")
    L("BÁO CÁO")
    L("Kết quả phục vụ năm học 2024 - 2025 và kế hoạch chuẩn bị sách giáo khoa, thiết bị dạy học năm học 2025 - 2026")
    L("Kính gửi: Sở Giáo dục và Đào tạo tỉnh Đắk Lắk.")
    L("Thực hiện Công văn số 1687/SGDĐT-KHTC ngày 03/7/2025 của Sở Giáo dục và Đào tạo về việc báo cáo công tác cung ứng "
      "sách giáo khoa (SGK), thiết bị dạy học, Công ty báo cáo như sau:")
    L("I. MẠNG LƯỚI VÀ NĂNG LỰC PHỤC VỤ")
    L(f"Công ty có trụ sở tại thành phố Buôn Ma Thuột, {d.total('03 nhà sách', 3, [2, 1], z=True, req=['Buôn Ma Thuột 02', 'Ea Kar 01'])} "
      "(Buôn Ma Thuột 02, Ea Kar 01), 01 kho tổng diện tích 2.400 m² và hệ thống "
      + d.claim('148 đại lý', 'sum', 'ambiguous', 'trong đó 96 school agents + 71 private bookshops = 167 > 148: a private bookshop may also be the agent of a school (overlap) or the two groups are meant to be disjoint and one figure is wrong')
      + " tại 15 huyện, thị xã, thành phố, trong đó 96 đại lý đặt tại trường học, 71 đại lý là nhà sách tư nhân. Lao động "
      f"{d.total('86 người', 86, [9, 23, 54])} (quản lý 9, nghiệp vụ 23, bán hàng, kho vận 54), nữ "
      f"{d.subset('52 người', 52, 86)} ({d.share('', 52, 86, verdict='rounding')}), trình độ đại học trở lên "
      f"{d.subset('41 người', 41, 86)} ({d.share('', 41, 86)}); thu nhập bình quân 11,4 triệu đồng/người/tháng, "
      f"{d.diff('tăng 0,8 triệu đồng', '11.4', '10.6', places=1)} so với năm trước (10,6 triệu đồng). Công ty có 02 xe tải "
      "chuyên dùng và hợp đồng thuê vận chuyển với ... đơn vị cho các tuyến vùng sâu.")
    L("II. KẾT QUẢ PHỤC VỤ NĂM HỌC 2024 - 2025")
    L("1. Sách giáo khoa")
    L(f"{d.here('sgk')}Năm học 2024 - 2025 là năm cuối thay SGK theo Chương trình giáo dục phổ thông 2018 (lớp 5, lớp 9, lớp "
      f"12). Công ty phát hành "
      f"{d.total('2.846.520 bản SGK', 2846520, [1321480, 1026350, 507690], 'inconsistent', right='1.312.480', why='the primary figure 1.321.480 has the digits 1 and 2 swapped (2.846.520 − 1.026.350 − 507.690 = 1.312.480)')}, "
      f"cụ thể: tiểu học 1.321.480 bản; trung học cơ sở 1.026.350 bản ({d.share('', 1026350, 2846520)}); trung học phổ "
      f"thông 507.690 bản ({d.share('', 507690, 2846520, verdict='rounding')}); {d.ratio('bằng 106,3%', 2846520, 2677800)} so "
      f"với {d.term('năm học 2022 - 2023', 'năm học 2023 - 2024', 'inconsistent', why='the previous school year of 2024 - 2025 is 2023 - 2024, whose 2.677.800 copies are in brackets')} "
      "(2.677.800 bản).")
    L(f"So với năm học trước, SGK trung học cơ sở {d.diff('tăng 142.610 bản', 1026350, 883740)} (883.740 bản), trung "
      f"học phổ thông {d.diff('tăng 61.250 bản', 507690, 446440)} (446.440 bản); SGK các lớp thay mới (lớp 5, 9, 12) "
      f"{d.subset('868.240 bản', 868240, 2846520)}, {d.share('chiếm ', 868240, 2846520)} tổng số. Các trường đặt sách gồm "
      f"318 trường tiểu học, 204 trường trung học cơ sở, 52 trường trung học phổ thông và 38 trường liên cấp "
      f"({d.total('cộng 612 trường', 612, [318, 204, 52, 38])}).")
    L(f"{d.here('tr')}Đáp ứng đủ SGK theo đơn đặt hàng của {d.frac('612/612 trường', 612, 612, known_whole=612)}; giao sách trước ngày 15/8/2024 cho "
      f"{d.frac('598/612 trường (97,17%)', 598, 612, known_whole=612, pct='97.17', verdict='inconsistent', why='97,17 has the digits 7 and 1 of 97,71 swapped')}, "
      + d.claim('14 trường còn lại', 'sum', 'consistent', '598 + 14 = 612 schools')
      + " thuộc các xã vùng sâu huyện Ea Súp, Buôn Đôn, Lắk nhận sách trước ngày 30/8/2024. Tỷ lệ lựa chọn các bộ SGK lớp "
      "5 lần lượt: “Kết nối tri thức với cuộc sống” 54%, “Chân trời sáng tạo” 31%, “Cánh diều” 12% "
      + d.claim('(tổng 97%)', 'sum', 'ambiguous', '54 + 31 + 12 = 97 %: the 3 % left may be other series chosen by some schools (not named) or a slip; shares of a whole should reach 100 %')
      + ".")
    L(f"Sách trả về, tồn sau mùa sách 38.420 bản, "
      f"{d.share('tỷ lệ ', 38420, 2846520)}"
      f"; {d.points('giảm 0,41%', '1.35', '1.76', '0.41')} so với năm học trước (1,76%) nhờ khảo sát nhu cầu sát với số học "
      "sinh từng lớp. Chương trình “Sách cũ - tri thức mới” thu hồi 18.640 bản SGK cũ, luân chuyển "
      f"{d.subset('12.460 bản', 12460, 18640)} ({d.share('', 12460, 18640)}) cho học sinh có hoàn cảnh khó khăn.")
    L(f"Sách tham khảo, sách bổ trợ, tài liệu giáo dục địa phương 1.124.600 bản, "
      f"{d.diff('giảm 86.300 bản', 1124600, 1038300, 'inconsistent', unitname='bản', why='1.124.600 > 1.038.300: the figure rose; the subtraction was done the wrong way')} "
      f"so với năm học trước (1.038.300 bản), {d.ratio('bằng 108,3%', 1124600, 1038300)}; riêng tài liệu giáo dục địa "
      "phương tỉnh Đắk Lắk lớp 5, lớp 9 và lớp 12 phát hành lần đầu (chi tiết tại chú thích).")
    L("2. Thiết bị dạy học")
    L(f"{d.here('tb')}Cung ứng thiết bị dạy học tối thiểu cho "
      f"{d.total('162 trường', 162, [94, 68, 24], 'inconsistent', why='the total leaves out the 24 upper-secondary schools')} "
      f"với tổng giá trị {d.total('78,46 tỷ đồng', '78.46', ['31.25', '29.84', '17.37'])}, bao gồm: tiểu học 94 trường "
      f"(31,25 tỷ đồng, {d.share('', '31.25', '78.46')}), trung học cơ sở 68 trường (29,84 tỷ đồng, "
      f"{d.share('', '29.84', '78.46')}), trung học phổ thông 24 "
      "trường (17,37 tỷ đồng). Thiết bị được lắp đặt, hướng dẫn sử dụng và bảo hành 12 tháng; phối hợp các phòng giáo dục "
      "nghiệm thu theo Thông tư số 37/2021/TT-BGDĐT.")
    L(f"Ngoài ra, cung ứng sách cho {d.frac('42/58 thư viện (72,41%)', 42, 58, pct='72.41')} trường học đăng ký đạt chuẩn mức độ 1; thiết bị phòng học ngoại ngữ, tin học cho ... "
      "trường theo Đề án của tỉnh; tổ chức 26 buổi tập huấn sử dụng thiết bị cho khoảng 1.300 lượt giáo viên, chủ yếu về "
      "thiết bị thí nghiệm Vật lý, Hóa học, Sinh học và bộ dụng cụ thực hành môn Công nghệ các lớp thay sách.")
    L("Khó khăn trong cung ứng thiết bị: danh mục thiết bị tối thiểu thay đổi theo từng lớp, nhiều mặt hàng phải nhập khẩu, "
      "giá biến động; kinh phí mua sắm của các trường được phân bổ muộn, có đơn vị đến tháng 11 mới ký hợp đồng nên thiết bị "
      "chưa kịp phục vụ học kỳ I. Công ty đã chủ động ứng trước hàng cho ... trường có nhu cầu cấp bách, chịu chi phí lãi "
      "vay phát sinh.")
    L("III. KẾT QUẢ SẢN XUẤT KINH DOANH")
    L(f"{d.here('dt')}Năm 2024, doanh thu {d.total('286,42 tỷ đồng', '286.42', ['148.36', '78.46', '59.60'])}, trong đó SGK "
      f"148,36 tỷ đồng ({d.share('', '148.36', '286.42')}), thiết bị dạy học 78,46 tỷ đồng ({d.share('', '78.46', '286.42')}), "
      f"sách tham khảo, văn phòng phẩm 59,60 tỷ đồng ({d.share('', '59.60', '286.42', verdict='rounding')}); "
      f"{d.ratio('đạt 104,2% kế hoạch', '286.42', 275)} (275 tỷ đồng). Lợi nhuận trước thuế 9,84 tỷ đồng, "
      f"{d.diff('tăng 1,12 tỷ đồng', '9.84', '8.72', places=2)} so với {d.term('năm 2023', 'năm 2023')} (8,72 tỷ đồng), "
      + d.claim('vượt 23% kế hoạch', 'ratio', 'ambiguous', 'the profit plan is not stated anywhere in the draft, so the 23 % cannot be checked')
      + "; cổ tức dự kiến 10%/vốn điều lệ.")
    L(f"Sáu tháng đầu năm 2025, doanh thu 132,6 tỷ đồng, {d.ratio('bằng 46,3% kế hoạch năm', '132.6', 300, verdict='inconsistent', stated='46.3', why='46,3% is 132,6 / 286,42 (the 2024 actual revenue), not of the 300 tỷ đồng plan named in brackets')} (300 tỷ đồng), "
      f"gồm thiết bị dạy học 71,8 tỷ đồng, sách tham khảo, văn phòng phẩm 48,3 tỷ đồng, SGK 12,5 tỷ đồng "
      f"({d.total('cộng 132,6 tỷ đồng', '132.6', ['71.8', '48.3', '12.5'])}); doanh thu SGK tập trung vào quý III. Lợi nhuận "
      f"trước thuế 6 tháng 4,12 tỷ đồng, {d.ratio('bằng 96,3% cùng kỳ', '4.12', '4.28')} (4,28 tỷ đồng). Thị phần SGK của Công ty trên "
      "địa bàn tỉnh "
      + d.claim('khoảng 72%', 'share', 'ambiguous', 'the provincial total of textbooks is not stated; the base cannot be identified')
      + ".")
    L(f"Nộp ngân sách năm 2024 {d.total('12,38 tỷ đồng', '12.38', ['6.42', '2.15', '3.81'])} (thuế giá trị gia tăng 6,42 "
      "tỷ đồng, thuế thu nhập doanh nghiệp 2,15 tỷ đồng, các khoản khác 3,81 tỷ đồng). Công nợ phải thu đến ngày 30/6/2025 "
      f"là 46,7 tỷ đồng, trong đó thiết bị dạy học {d.subset('39,2 tỷ đồng', '39.2', '46.7', places=1)} "
      f"({d.share('', '39.2', '46.7')}). Tồn kho đến cùng ngày 214.800 bản sách các loại, trong đó SGK "
      f"{d.subset('96.300 bản', 96300, 214800)} ({d.share('', 96300, 214800)}), chủ yếu là sách lớp 5, lớp 9 chuẩn bị cho "
      "năm học mới.")
    L("IV. ĐÁNH GIÁ CHUNG")
    L(f"Năm học 2024 - 2025, Công ty phát hành "
      f"{d.repeat('2.864.520 bản SGK', 2864520, 2846520, '@{sgk}', 'inconsistent', why='digits 4 and 6 swapped')}, cung ứng thiết "
      f"bị dạy học trị giá {d.repeat('78,46 tỷ đồng', '78.46', '78.46', '@{tb}', places=2)}; doanh thu năm 2024 "
      f"{d.repeat('286,42 tỷ đồng', '286.42', '286.42', '@{dt}', places=2)}, lợi nhuận trước thuế "
      f"{d.repeat('9,84 tỷ đồng', '9.84', '9.84', '@{dt}', places=2)}; doanh thu SGK năm học "
      + d.claim('đạt 152,8 tỷ đồng', 'repeat', 'ambiguous', 'section III gives 148,36 tỷ đồng of textbook revenue for calendar year 2024; 152,8 is for the school year 2024 - 2025, a different period that may or may not be the same quantity')
      + ". Hạn chế: một số trường đặt sách muộn, điều chỉnh số lượng nhiều lần; chi phí vận chuyển đến vùng sâu cao; "
      "công nợ thiết bị dạy học của một số đơn vị chậm thanh toán do chờ phân bổ kinh phí.")
    L("V. KẾ HOẠCH NĂM HỌC 2025 - 2026")
    L(f"Dự kiến phát hành 2.950.000 bản SGK, {d.diff('tăng 103.480 bản', 2950000, 2846520)} so với "
      f"{d.term('năm học 2024 - 2025', 'năm học 2024 - 2025')}; hoàn thành giao sách trước ngày 10/8/2025 cho 100% trường; "
      "triển khai bán SGK điện tử kèm mã kích hoạt; phối hợp các trường thu hồi, luân chuyển SGK cũ cho học sinh khó khăn.")
    L(f"SGK dự kiến theo cấp học: tiểu học 1.365.000 bản, trung học cơ sở 1.058.000 bản, trung học phổ thông 527.000 bản "
      f"({d.total('cộng 2.950.000 bản', 2950000, [1365000, 1058000, 527000])}). Thiết bị dạy học dự kiến cung ứng cho 210 "
      f"trường, giá trị khoảng 92,5 tỷ đồng, {d.diff('tăng 14,04 tỷ đồng', '92.5', '78.46', places=2)}, "
      f"{d.ratio('bằng 117,9%', '92.5', '78.46')} {d.term('năm học 2024 - 2025', 'năm học 2024 - 2025')}.")
    L("Kiến nghị Sở Giáo dục và Đào tạo: chỉ đạo các phòng giáo dục và nhà trường tổng hợp nhu cầu SGK trước ngày 30/4 hằng "
      "năm; bố trí kinh phí mua sắm thiết bị sớm để Công ty chủ động nguồn hàng; hỗ trợ cước vận chuyển sách đến các xã "
      "đặc biệt khó khăn; cho phép Công ty tham gia sớm khâu khảo sát danh mục thiết bị của các trường ngay từ đầu năm tài "
      "chính.")
    L("Nơi nhận: - Như trên; - Hội đồng quản trị; - Lưu: VT, KD.")
    L("GIÁM ĐỐC")
    F(f"Sách tham khảo, bổ trợ năm học 2024 - 2025: sách bổ trợ 684.200 bản, tài liệu giáo dục địa phương 186.400 bản "
      f"({d.share('', 186400, 1124600)}), sách thiếu nhi, kỹ năng sống 254.000 bản; "
      f"{d.total('tổng 1.124.600 bản', 1124600, [684200, 186400, 254000])}.")
    F(f"Sách trả về năm học 2023 - 2024: 47.150 bản/2.677.800 bản, tỷ lệ {d.share('', 47150, 2677800)}.")
    return d


if __name__ == "__main__":
    main()
