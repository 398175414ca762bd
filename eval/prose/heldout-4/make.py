#!/usr/bin/env python3
"""Generator for the sealed prose evaluation set p4-01 ... p4-06.

Standard library only. Every computed figure uses decimal.Decimal with
ROUND_HALF_UP. Each claim recomputes its own verdict from the figures as
written and the generator stops if that verdict disagrees with the intended
label (except for `ambiguous`, which is a reader's judgement). It also checks
that every anchor occurs exactly once on its line and that the figures a claim
uses really occur in the draft.

Run:  python3 make.py      (writes the .txt / .labels.json beside this file)
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal, ROUND_DOWN, ROUND_HALF_UP

OUT = os.path.dirname(os.path.abspath(__file__))
FN = "[\ufffd] "          # footnote line prefix as exported from Word

# --------------------------------------------------------------------------
# numbers in vi-VN
# --------------------------------------------------------------------------


def num(s):
    """Parse a vi-VN figure as written: '33.509' -> 33509, '49,29' -> 49.29."""
    s = str(s).strip().rstrip("%").strip()
    s = s.replace(".", "").replace(",", ".")
    return Decimal(s)


def dp_of(s):
    s = str(s).strip().rstrip("%").strip()
    return len(s.split(",")[1]) if "," in s else 0


def q(dp):
    return Decimal(1).scaleb(-dp)


def rnd(x, dp):
    return x.quantize(q(dp), rounding=ROUND_HALF_UP)


def trn(x, dp):
    return x.quantize(q(dp), rounding=ROUND_DOWN)


def fmt(x, dp=0):
    """Decimal -> vi-VN string, half-up at dp decimals, '.' thousands."""
    x = rnd(Decimal(x), dp)
    sign = "-" if x < 0 else ""
    s = f"{abs(x):.{dp}f}"
    ip, _, fp = s.partition(".")
    ip = f"{int(ip):,}".replace(",", ".")
    return sign + ip + ("," + fp if dp else "")


def judge(written, exact):
    """Verdict of a written value against the exact one at the written precision."""
    dp = dp_of(written)
    w = num(written)
    r = rnd(exact, dp)
    if w == r:
        return "consistent", r, dp
    if w == trn(exact, dp) or abs(w - r) == q(dp):
        return "rounding", r, dp
    return "inconsistent", r, dp


# --------------------------------------------------------------------------
# claims
# --------------------------------------------------------------------------

class LabelError(Exception):
    pass


def mk(kind, anchor, figure, computed, expect, right, note, figs=()):
    if figure is not None and figure not in anchor:
        raise LabelError(f"figure {figure!r} not in anchor {anchor!r}")
    if expect not in ("consistent", "rounding", "inconsistent", "ambiguous"):
        raise LabelError(expect)
    if expect != "ambiguous" and computed != expect:
        raise LabelError(f"{kind} {anchor!r}: computed {computed}, labelled {expect}. {note}")
    c = {"anchor": anchor, "kind": kind, "verdict": expect}
    if expect in ("inconsistent", "rounding"):
        c["right"] = right
    c["note"] = note
    c["_figs"] = [f for f in figs if f is not None]
    return c


def share(anchor, part, base, pct, expect="consistent", note="", kind="share"):
    exact = num(part) / num(base) * 100
    v, r, dp = judge(pct, exact)
    n = f"{part} / {base} × 100 = {fmt(exact, 4)} % → {fmt(r, dp)}%"
    if v == "rounding" and num(pct) == trn(exact, dp) and num(pct) != r:
        n += f"; written {pct}% is truncated"
    elif v == "rounding":
        n += f"; written {pct}% is one unit off in the last digit"
    elif v == "inconsistent":
        n += f"; written {pct}%"
    return mk(kind, anchor, pct, v, expect, fmt(r, dp) + "%", (n + ". " + note).strip(),
              figs=(part, base, pct))


def fraction(anchor, part, whole, pct, expect="consistent", note=""):
    return share(anchor, part, whole, pct, expect, note, kind="fraction")


def fraction_whole(anchor, frac, whole, expect="consistent", note=""):
    """A fraction a/b without a percentage whose whole must equal a total stated elsewhere."""
    a, b = frac.split("/")
    ok = num(b) == num(whole) and num(a) <= num(b)
    v = "consistent" if ok else "inconsistent"
    n = f"{frac}: whole {b} vs stated total {whole}; part ≤ whole" + (". " + note if note else "")
    return mk("fraction", anchor, frac, v, expect, f"{a}/{whole}", n, figs=(whole,))


def ratio(anchor, cur, prev, written, expect="consistent", mode="index", note="", figs=None):
    c, p = num(cur), num(prev)
    if mode == "index":
        exact = c / p * 100
        form = f"{cur} / {prev} × 100 = {{}} %"
    elif mode == "times":
        exact = c / p
        form = f"{cur} / {prev} = {{}} lần"
    elif mode == "rel":
        exact = (c / p - 1) * 100
        form = f"({cur} / {prev} − 1) × 100 = {{}} %"
    else:
        raise ValueError(mode)
    v, r, dp = judge(written, exact)
    n = form.format(fmt(exact, 4)) + f" → {fmt(r, dp)}"
    if v != "consistent":
        n += f"; written {written}"
    right = fmt(r, dp) + ("" if mode == "times" else "%")
    return mk("ratio", anchor, written, v, expect, right, (n + ". " + note).strip(),
              figs=figs or (cur, prev, written))


def diff(anchor, cur, prev, written, sign, expect="consistent", note="", right=None):
    """Stated difference `written` (sign '+' for tăng/vượt/còn, '-' for giảm) = cur - prev."""
    c, p, w = num(cur), num(prev), num(written)
    exact = c - p
    stated = w if sign == "+" else -w
    v = "consistent" if stated == exact else "inconsistent"
    dp = max(dp_of(cur), dp_of(prev), dp_of(written))
    n = f"{cur} − {prev} = {fmt(exact, dp)}"
    if v != "consistent":
        n += f"; written {'+' if sign == '+' else '−'}{written}"
    if right is None:
        right = ("tăng " if exact >= 0 else "giảm ") + fmt(abs(exact), dp)
    return mk("difference", anchor, written, v, expect, right,
              (n + ". " + note).strip(), figs=(cur, prev, written))


def points(anchor, cur, prev, written, sign, expect="consistent", note=""):
    c, p, w = num(cur), num(prev), num(written)
    exact = c - p
    stated = w if sign == "+" else -w
    dp = max(dp_of(cur), dp_of(prev))
    v = "consistent" if rnd(exact, dp_of(written)) == stated and exact == rnd(exact, dp_of(written)) \
        else "inconsistent"
    rel = (c / p - 1) * 100
    word = "tăng" if exact >= 0 else "giảm"
    n = (f"points: {cur} − {prev} = {fmt(exact, dp)} điểm phần trăm; "
         f"relative reading: {fmt(rel, 2)} %")
    if v != "consistent":
        n += f"; written {written}"
    return mk("points", anchor, written, v, expect, f"{word} {fmt(abs(exact), dp)} điểm phần trăm",
              (n + ". " + note).strip(), figs=(cur, prev, written))


def summ(anchor, total, parts, expect="consistent", right=None, note="", tol="0", figure=None):
    t = num(total)
    s = sum((num(x) for x in parts), Decimal(0))
    dp = max([dp_of(total)] + [dp_of(x) for x in parts])
    v = "consistent" if abs(t - s) <= Decimal(tol) else "inconsistent"
    n = " + ".join(parts) + f" = {fmt(s, dp)} vs {total}"
    if right is None:
        right = fmt(s, dp)
    return mk("sum", anchor, figure if figure is not None else total, v, expect, right,
              (n + ". " + note).strip(), figs=tuple([total] + list(parts)))


def subset(anchor, parent, parts, expect="consistent", note="", figure=None):
    t = num(parent)
    s = sum((num(x) for x in parts), Decimal(0))
    v = "consistent" if s <= t else "inconsistent"
    n = " + ".join(parts) + f" = {fmt(s, max(dp_of(x) for x in parts))} ≤ {parent}" if len(parts) > 1 \
        else f"{parts[0]} ≤ {parent}"
    if v == "inconsistent":
        n = n.replace("≤", ">")
    return mk("subset", anchor, figure if figure is not None else parts[-1], v, expect, None,
              (n + ". " + note).strip(), figs=tuple([parent] + list(parts)))


def repeat(anchor, first, this, expect="consistent", right=None, note="", figure="=", distinct=False,
           source=None):
    """Second mention of a quantity. distinct=True: a look-alike figure of a different quantity
    (other year, body, scope) that a careful reader does not treat as a contradiction."""
    v = "consistent" if (distinct or num(first) == num(this)) else "inconsistent"
    n = f"restates {first}; here {this}"
    return mk("repeat", anchor, this if figure == "=" else figure, v, expect, right or first,
              (n + ". " + note).strip(),
              figs=((source or first),) if figure is None else ((source or first), this))


def amb(kind, anchor, figure, note):
    """A claim a careful reader cannot decide from the text (no base / no previous value stated)."""
    return mk(kind, anchor, figure, "ambiguous", "ambiguous", None, note)


def term(anchor, stated, right, expect="consistent", note=""):
    v = "consistent" if stated == right else "inconsistent"
    n = f"names {stated}; the term before the claim's own term is {right}"
    return mk("term", anchor, stated, v, expect, right, (n + ". " + note).strip())


# --------------------------------------------------------------------------
# drafts
# --------------------------------------------------------------------------

TOK = r"(?<![\d.,]){}(?![\d]|[.,]\d)"


class Draft:
    def __init__(self, slug):
        self.slug = slug
        self.lines = []
        self.claims = []

    def p(self, text, *claims):
        self.lines.append(text)
        ln = len(self.lines)
        for c in claims:
            c["line"] = ln
            self.claims.append(c)

    def fn(self, text, *claims):
        self.p(FN + text, *claims)

    def check(self):
        full = "\n".join(self.lines)
        for c in self.claims:
            line = self.lines[c["line"] - 1]
            a = c["anchor"]
            cnt = sum(1 for i in range(len(line)) if line.startswith(a, i))
            if cnt != 1:
                raise LabelError(f"{self.slug} line {c['line']}: anchor {a!r} occurs {cnt} times")
            for f in c["_figs"]:
                f = f.rstrip("%")
                if not re.search(TOK.format(re.escape(f)), full):
                    raise LabelError(f"{self.slug} line {c['line']}: figure {f!r} not in draft")
        n_par = sum(1 for l in self.lines if l.strip())
        if not 25 <= n_par <= 60:
            raise LabelError(f"{self.slug}: {n_par} paragraphs")

    def write(self):
        self.check()
        txt = self.slug + ".txt"
        with open(os.path.join(OUT, txt), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(self.lines) + "\n")
        claims = []
        for c in sorted(self.claims, key=lambda c: c["line"]):
            d = {"line": c["line"], "anchor": c["anchor"], "kind": c["kind"], "verdict": c["verdict"]}
            if "right" in c:
                d["right"] = c["right"]
            d["note"] = c["note"]
            claims.append(d)
        with open(os.path.join(OUT, self.slug + ".labels.json"), "w", encoding="utf-8") as f:
            json.dump({"file": txt, "claims": claims}, f, ensure_ascii=False, indent=1)
            f.write("\n")
        return claims


# ==========================================================================
# p4-01  Ban Thường trực Ủy ban MTTQ huyện - báo cáo năm 2024
# ==========================================================================

def draft1():
    d = Draft("p4-01-mttq-huyen-hoa-binh")
    P = d.p
    P("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM")
    P("HUYỆN HÒA BÌNH")
    P("BAN THƯỜNG TRỰC")
    P("Số: 215/BC-MTTQ-BTT")
    P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    P("Độc lập - Tự do - Hạnh phúc")
    P("Hòa Bình, ngày 16 tháng 12 năm 2024")
    P("BÁO CÁO")
    P("Kết quả công tác Mặt trận năm 2024; phương hướng, nhiệm vụ năm 2025")
    P("Thực hiện Chương trình phối hợp và thống nhất hành động số 01/CTrPH-MTTQ-BTT ngày 08/01/2024 "
      "của Ban Thường trực Ủy ban MTTQ Việt Nam huyện với các tổ chức thành viên; Hướng dẫn số "
      "37/HD-MTTW-BTT ngày 15/11/2024 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về việc "
      "tổng kết công tác Mặt trận năm 2024, Ban Thường trực Ủy ban MTTQ Việt Nam huyện báo cáo kết quả "
      "thực hiện như sau:")
    P("I. ĐẶC ĐIỂM TÌNH HÌNH")
    P("Huyện Hòa Bình có 08 đơn vị hành chính cấp xã (07 xã, 01 thị trấn) với 62 ấp, khóm; dân số "
      "112.640 người/28.415 hộ, trong đó đồng bào dân tộc Khmer 9.812 người, chiếm 8,71% dân số, đồng "
      "bào dân tộc Hoa 1.205 người. Trên địa bàn có 05 tôn giáo đang hoạt động với 41.380 tín đồ (Phật "
      "giáo 27.960, Cao Đài 6.214, Công giáo 4.890, Tin Lành 1.118, tôn giáo khác 1.198) và 47 cơ sở thờ "
      "tự.",
      summ("08 đơn vị hành chính cấp xã", "08", ["07", "01"]),
      share("chiếm 8,71% dân số", "9.812", "112.640", "8,71"),
      summ("41.380 tín đồ", "41.380", ["27.960", "6.214", "4.890", "1.118", "1.198"]))
    P("Năm 2024, tình hình chính trị, trật tự an toàn xã hội trên địa bàn huyện cơ bản ổn định; đời "
      "sống vật chất, tinh thần của Nhân dân từng bước được nâng lên. Tuy nhiên, hạn hán, xâm nhập mặn "
      "đầu năm và giá một số mặt hàng nông sản, thủy sản giảm sâu đã ảnh hưởng không nhỏ đến sản xuất và "
      "thu nhập của một bộ phận Nhân dân, nhất là hộ nghèo, hộ cận nghèo ở các xã ven biển.")
    P("Ủy ban MTTQ Việt Nam huyện khóa XI, nhiệm kỳ 2024 - 2029 có 52 vị ủy viên, trong đó người dân tộc "
      "thiểu số 05 vị, chức sắc, chức việc tôn giáo 04 vị; Ban Thường trực 05 vị (01 Chủ tịch, 02 Phó Chủ "
      "tịch, 02 Ủy viên Thường trực).",
      subset("tôn giáo 04 vị", "52", ["05", "04"], figure="04",
             note="Ethnic-minority and religious members are overlapping qualifiers; each ≤ 52 (even their sum is)."),
      summ("Ban Thường trực 05 vị", "05", ["01", "02", "02"]))
    P("Ban Thường trực Ủy ban MTTQ huyện luôn nhận được sự quan tâm lãnh đạo, chỉ đạo của Ban Thường vụ "
      "Huyện ủy, sự hướng dẫn của Ban Thường trực Ủy ban MTTQ tỉnh và sự phối hợp chặt chẽ của Hội đồng nhân "
      "dân, Ủy ban nhân dân huyện. Quy chế phối hợp công tác giữa Ủy ban nhân dân huyện với Ban Thường trực Ủy "
      "ban MTTQ Việt Nam huyện nhiệm kỳ 2024 - 2029 được ký kết ngày 26/8/2024, tạo cơ sở để Mặt trận tham gia "
      "giám sát, phản biện xã hội và góp ý xây dựng chính quyền ngay từ đầu nhiệm kỳ.")
    P("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024")
    P("1. Công tác tuyên truyền, vận động Nhân dân thực hiện chủ trương của Đảng, chính sách, pháp luật "
      "của Nhà nước")
    P("Ban Thường trực Ủy ban MTTQ huyện chủ trì, phối hợp với các tổ chức thành viên tổ chức 1.146 cuộc "
      "tuyên truyền với 48.372 lượt người dự, tăng 96 cuộc so với năm 2023 (1.050 cuộc); nội dung tập "
      "trung vào Nghị quyết Đại hội XIII của Đảng, Luật Đất đai năm 2024, Luật Thực hiện dân chủ ở cơ sở, "
      "phòng, chống ma túy, chống khai thác thủy sản bất hợp pháp, không báo cáo và không theo quy định "
      "(IUU). Cấp phát 12.600 tờ rơi, 1.850 quyển sổ tay pháp luật; duy trì 62 tổ tuyên truyền ở ấp, khóm "
      "và 08 trang Zalo, Facebook của Mặt trận cấp xã. Các tổ chức thành viên chủ động đổi mới hình thức "
      "tuyên truyền, lồng ghép vào sinh hoạt chi hội, tổ hội và các buổi họp dân ở ấp, khóm; nhiều nơi sử dụng "
      "hệ thống loa truyền thanh, nhóm Zalo của ấp, khóm để thông tin kịp thời chủ trương mới, cảnh báo các "
      "thủ đoạn lừa đảo qua mạng, tín dụng đen.",
      diff("tăng 96 cuộc", "1.146", "1.050", "96", "+"))
    P("2. Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”")
    P("Cuộc vận động tiếp tục được triển khai sâu rộng đến từng khu dân cư. Kết quả bình xét năm 2024: có "
      "59/62 ấp, khóm được công nhận “Khu dân cư văn hóa”, đạt 95,16%, tăng 02 ấp, khóm so với năm 2023 "
      "(56 ấp, khóm); 26.980/28.415 hộ đạt danh hiệu “Gia đình văn hóa”, đạt 94,95%, tăng 0,62% so với năm "
      "2023 (94,33%). Có 04 xã được công nhận đạt chuẩn nông thôn mới nâng cao, 01 xã đạt chuẩn nông thôn "
      "mới kiểu mẫu; Mặt trận các cấp vận động Nhân dân hiến 18.420 m2 đất, đóng góp 2.150 ngày công và "
      "1.864 triệu đồng để làm đường giao thông nông thôn, cầu bê tông.",
      fraction("đạt 95,16%", "59", "62", "95,16"),
      diff("tăng 02 ấp, khóm", "59", "56", "02", "+", expect="inconsistent", right="tăng 03 ấp, khóm",
           note="The 2023 figure is given in the same sentence."),
      fraction("đạt 94,95%", "26.980", "28.415", "94,95"),
      points("tăng 0,62%", "94,95", "94,33", "0,62", "+",
             note="Change of a rate written with '%': the points reading holds."))
    P("Việc lấy ý kiến sự hài lòng của người dân về kết quả xây dựng nông thôn mới được thực hiện tại "
      "tất cả các xã, tỷ lệ người dân hài lòng bình quân đạt 96,2%.",
      amb("share", "bình quân đạt 96,2%", "96,2",
            note="Survey average; number surveyed and number satisfied are not stated, so no base."))
    P("Hưởng ứng Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”, Ban Thường trực phối hợp Phòng "
      "Kinh tế - Hạ tầng, Hội Liên hiệp Phụ nữ huyện tổ chức phiên chợ hàng Việt về nông thôn tại xã Vĩnh Bình "
      "và xã Minh Diệu, giới thiệu các sản phẩm OCOP của địa phương như tôm khô, muối hầm, mắm tép; vận động "
      "các hộ kinh doanh ký cam kết không kinh doanh hàng giả, hàng kém chất lượng, hàng không rõ nguồn gốc.")
    P("3. Cuộc vận động “Ngày vì người nghèo” và công tác an sinh xã hội")
    P("Ban Vận động Quỹ “Vì người nghèo” các cấp vận động được 3.418,6 triệu đồng, đạt 113,95% kế hoạch "
      "năm (3.000 triệu đồng); trong đó cấp huyện vận động 1.265,4 triệu đồng, cấp xã 2.153,2 triệu đồng. "
      "Tổng chi trong năm 3.102,5 triệu đồng, gồm: xây mới 18 căn nhà “Đại đoàn kết” với số tiền 1.080 "
      "triệu đồng, sửa chữa 11 căn với số tiền 275 triệu đồng (tổng cộng 29 căn), hỗ trợ sinh kế, học bổng, "
      "khám chữa bệnh, trợ cấp khó khăn đột xuất 1.747,5 triệu đồng; số tiền còn lại của năm 2024 là 361,1 "
      "triệu đồng chuyển sang năm 2025 tiếp tục hỗ trợ hộ nghèo[",
      ratio("đạt 113,95% kế hoạch", "3.418,6", "3.000", "113,95"),
      summ("được 3.418,6 triệu đồng", "3.418,6", ["1.265,4", "2.153,2"]),
      summ("chi trong năm 3.102,5 triệu đồng", "3.102,5", ["1.080", "275", "1.747,5"]),
      summ("tổng cộng 29 căn", "29", ["18", "11"]),
      diff("là 361,1 triệu đồng", "3.418,6", "3.102,5", "361,1", "+", expect="inconsistent", right="316,1 triệu đồng",
           note="Remainder of the year = collected − spent; 361,1 transposes 316,1."))
    P("].")
    P("Nhân dịp Tết Nguyên đán Giáp Thìn 2024, Mặt trận các cấp vận động trao 5.846 phần quà cho hộ "
      "nghèo, hộ cận nghèo, gia đình chính sách, tổng trị giá 2.924,7 triệu đồng; trong đó Ủy ban MTTQ "
      "huyện trao 1.200 phần, Mặt trận các xã, thị trấn trao 4.646 phần. Phối hợp vận động 1.218 người "
      "thuộc hộ cận nghèo, hộ làm nông nghiệp có mức sống trung bình tham gia bảo hiểm y tế hộ gia đình, "
      "nâng tỷ lệ bao phủ bảo hiểm y tế toàn huyện lên 91,6%.",
      summ("trao 5.846 phần quà", "5.846", ["1.200", "4.646"]),
      amb("share", "lên 91,6%", "91,6",
            note="Number of insured people not stated; cannot be checked against the population 112.640."))
    P("4. Công tác giám sát, phản biện xã hội và tham gia xây dựng Đảng, xây dựng chính quyền")
    P("Thực hiện Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị, Mặt "
      "trận các cấp đã chủ trì giám sát 46 cuộc (cấp huyện 06 cuộc, cấp xã 40 cuộc), phối hợp giám sát 73 "
      "cuộc; qua giám sát đã kiến nghị 58 nội dung, đến nay đã được cơ quan có thẩm quyền tiếp thu, giải "
      "quyết 51 nội dung, đạt 87,93%. Tổ chức 09 hội nghị phản biện xã hội (cấp huyện 02 hội nghị, cấp xã "
      "08 hội nghị) đối với dự thảo nghị quyết của Hội đồng nhân dân cùng cấp về bảng giá đất, phí, lệ phí "
      "và kế hoạch đầu tư công trung hạn.",
      summ("chủ trì giám sát 46 cuộc", "46", ["06", "40"]),
      share("đạt 87,93%", "51", "58", "87,93"),
      summ("Tổ chức 09 hội nghị", "09", ["02", "08"], expect="inconsistent", right="10",
           note="Either the total should be 10 or one of the parts is mistyped; nothing else in the draft decides which."))
    P("Ban Thanh tra nhân dân ở 08 xã, thị trấn và Ban Giám sát đầu tư của cộng đồng ở 62 ấp, khóm hoạt "
      "động có hiệu quả; trong năm đã giám sát 112 công trình, dự án với tổng vốn 86,4 tỷ đồng, phát hiện, "
      "kiến nghị khắc phục 07 công trình thi công chưa bảo đảm chất lượng, tiến độ.")
    P("Phối hợp với Thường trực Hội đồng nhân dân tổ chức 24 cuộc tiếp xúc cử tri trước và sau các kỳ "
      "họp, có 2.316 lượt cử tri tham dự với 187 ý kiến, kiến nghị; đã tổng hợp, chuyển đến cơ quan có thẩm "
      "quyền xem xét, trả lời 172 ý kiến, đạt 91,98%.",
      share("đạt 91,98%", "172", "187", "91,98"))
    P("5. Công tác hòa giải ở cơ sở, tham gia bảo đảm an ninh, trật tự")
    P("Các tổ hòa giải ở 62 ấp, khóm đã tiếp nhận 214 vụ việc, hòa giải thành 187 vụ, đạt 87,38%; hòa giải "
      "không thành 21 vụ (đã hướng dẫn đến cơ quan có thẩm quyền giải quyết), đang tiếp tục hòa giải 06 vụ. "
      "Phong trào “Toàn dân bảo vệ an ninh Tổ quốc” được duy trì, 100% ấp, khóm đạt tiêu chuẩn “An "
      "toàn về an ninh, trật tự”. Mặt trận phối hợp Công an huyện duy trì các mô hình “Camera an ninh”, “Tổ tự "
      "quản an ninh trật tự”, tham gia kiện toàn lực lượng bảo vệ an ninh, trật tự ở cơ sở theo Luật Lực lượng "
      "tham gia bảo vệ an ninh, trật tự ở cơ sở năm 2023, có hiệu lực từ ngày 01/7/2024.",
      share("đạt 87,38%", "187", "214", "87,38"),
      summ("tiếp nhận 214 vụ việc", "214", ["187", "21", "06"]))
    P("6. Công tác dân tộc, tôn giáo")
    P("Ban Thường trực Ủy ban MTTQ huyện phối hợp thăm, tặng quà các cơ sở tôn giáo và người có uy tín nhân "
      "các lễ, tết của đồng bào (Chôl Chnăm Thmây, Sene Dolta, Lễ Phục sinh, Lễ Giáng sinh, Đại lễ Phật "
      "đản); toàn huyện hiện có 36 người có uy tín trong đồng bào dân tộc thiểu số (Khmer 31 người, Hoa 05 "
      "người). Chức sắc, chức việc, tín đồ các tôn giáo tích cực tham gia các phong trào, cuộc vận động; "
      "trong năm các cơ sở tôn giáo đóng góp xây dựng nông thôn mới, an sinh xã hội trên 1.460 triệu đồng.",
      summ("có 36 người có uy tín", "36", ["31", "05"]))
    P("7. Công tác xây dựng tổ chức, củng cố hoạt động Mặt trận")
    P("Đại hội đại biểu MTTQ Việt Nam huyện lần thứ XI, nhiệm kỳ 2024 - 2029 được tổ chức thành công trong "
      "hai ngày 18 và 19/7/2024 với 180 đại biểu chính thức. Đại hội đã hiệp thương cử 52 vị ủy viên Ủy ban "
      "MTTQ Việt Nam huyện khóa XI, tăng 03 vị so với nhiệm kỳ 2014 - 2019 (49 vị); trong đó nữ 14 vị, "
      "chiếm 26,92%, người ngoài Đảng 15 vị, chiếm 28,84%; hiệp thương cử Ban Thường trực gồm năm vị.",
      repeat("cử 52 vị ủy viên", "52", "52"),
      diff("tăng 03 vị", "52", "49", "03", "+"),
      term("so với nhiệm kỳ 2014 - 2019", "nhiệm kỳ 2014 - 2019", "nhiệm kỳ 2019 - 2024",
           expect="inconsistent", note="The committee elected is for 2024 - 2029, so the previous term is 2019 - 2024."),
      share("chiếm 26,92%", "14", "52", "26,92"),
      share("chiếm 28,84%", "15", "52", "28,84", expect="rounding"),
      repeat("gồm năm vị", "05", "5", figure=None, note="Written in words (năm = 5); matches 'Ban Thường trực 05 vị'."))
    P("Mặt trận 08 xã, thị trấn tổ chức xong Đại hội trước ngày 30/6/2024, hiệp thương cử 356 ủy viên Ủy "
      "ban MTTQ cấp xã, trong đó nữ 98 vị (27,53%), người ngoài Đảng 112 vị (31,46%), dưới 35 tuổi 41 vị "
      "(11,51%). Kiện toàn 62 Ban Công tác Mặt trận ở ấp, khóm với 434 thành viên, trong đó nữ 121 người; "
      "100% Trưởng ban Công tác Mặt trận là đảng viên.",
      share("(27,53%)", "98", "356", "27,53"),
      share("(31,46%)", "112", "356", "31,46"),
      share("(11,51%)", "41", "356", "11,51", expect="rounding"),
      subset("nữ 121 người", "434", ["121"],
             note="Women in the Ban Công tác Mặt trận (434), not the 98 women of the commune committees (356): different bodies."))
    P("Ủy ban MTTQ Việt Nam huyện khóa XI gồm 54 vị ủy viên được phân công theo dõi, phụ trách 08 xã, thị "
      "trấn và các lĩnh vực công tác; Ban Thường trực duy trì chế độ giao ban hằng tháng với Mặt trận cơ "
      "sở, định kỳ 06 tháng giao ban với các tổ chức thành viên.",
      repeat("gồm 54 vị ủy viên", "52", "54", expect="inconsistent", right="52",
             note="Same body (Ủy ban khóa XI) given as 52 twice and 14/52 = 26,92% confirms 52."))
    P("Đánh giá chất lượng hoạt động năm 2024 của 62 Ban Công tác Mặt trận: hoạt động tốt 49 ban, chiếm "
      "79,03%; hoạt động khá 10 ban, chiếm 16,12%; hoạt động trung bình 03 ban, chiếm 4,84%; không có ban "
      "yếu. So với năm 2023, số ban hoạt động tốt tăng 03 ban (năm 2023 có 46 ban).",
      summ("của 62 Ban Công tác Mặt trận", "62", ["49", "10", "03"]),
      share("chiếm 79,03%", "49", "62", "79,03"),
      share("chiếm 16,12%", "10", "62", "16,12", expect="rounding"),
      share("chiếm 4,84%", "03", "62", "4,84"),
      diff("tăng 03 ban", "49", "46", "03", "+"))
    P("8. Phối hợp và thống nhất hành động với các tổ chức thành viên")
    P("Các tổ chức chính trị - xã hội tiếp tục đổi mới nội dung, phương thức hoạt động, hướng mạnh về cơ "
      "sở. Đến cuối năm 2024, tổng số hội viên, đoàn viên của 05 tổ chức chính trị - xã hội là 46.215 "
      "người, gồm: hội viên Hội Nông dân 17.842 người, hội viên Hội Liên hiệp Phụ nữ 14.630 người, đoàn "
      "viên Đoàn Thanh niên 6.118 người, hội viên Hội Cựu chiến binh 2.375 người, đoàn viên công đoàn 5.250 "
      "người; tỷ lệ tập hợp hội viên phụ nữ đạt 82,46%, tập hợp thanh niên đạt 64,1%.",
      summ("là 46.215 người", "46.215", ["17.842", "14.630", "6.118", "2.375", "5.250"]),
      amb("share", "phụ nữ đạt 82,46%", "82,46",
            note="Base (women of eligible age) is not stated anywhere in the draft."),
      amb("share", "thanh niên đạt 64,1%", "64,1",
            note="Base (youth of eligible age) is not stated anywhere in the draft."))
    P("Toàn huyện có 74 mô hình “Dân vận khéo” được công nhận (cấp huyện 12 mô hình, cấp xã 62 mô hình)[",
      summ("có 74 mô hình", "74", ["12", "62"]))
    P("]. Các mô hình tiêu biểu như “Ngôi nhà tình thương”, “Tuyến đường tự quản, sáng - xanh - sạch”, "
      "“Chi hội phụ nữ 5 không 3 sạch” được nhân rộng.")
    P("III. ĐÁNH GIÁ CHUNG")
    P("1. Ưu điểm: Công tác Mặt trận năm 2024 có nhiều đổi mới, bám sát nhiệm vụ chính trị của địa phương. "
      "Năm 2024, Mặt trận các cấp vận động Quỹ “Vì người nghèo” 3.418,6 triệu đồng, xây mới và sửa chữa 29 "
      "căn nhà “Đại đoàn kết”, có 59 ấp, khóm đạt chuẩn “Khu dân cư văn hóa”. Tính chung cả nhiệm kỳ 2019 - "
      "2024, Mặt trận các cấp đã vận động Quỹ “Vì người nghèo” 15.862,4 triệu đồng, xây mới, sửa chữa 164 "
      "căn nhà “Đại đoàn kết”.",
      repeat("Quỹ “Vì người nghèo” 3.418,6 triệu đồng", "3.418,6", "3.418,6"),
      repeat("sửa chữa 29 căn", "29", "29"),
      repeat("có 59 ấp, khóm", "59", "59"),
      repeat("164 căn nhà", "164", "164",
             note="Whole-term figure (2019 - 2024), a different quantity from the 29 houses of 2024; no contradiction."))
    P("2. Hạn chế, khuyết điểm: Một số Ban Công tác Mặt trận hoạt động còn hình thức, còn 03 ban xếp loại "
      "trung bình; công tác giám sát, phản biện xã hội ở cấp xã chưa thường xuyên; việc nắm bắt, phản ánh "
      "tâm tư, nguyện vọng của Nhân dân có lúc chưa kịp thời. Nguyên nhân chủ yếu là một số cán bộ Mặt trận "
      "cơ sở mới được bầu, kinh nghiệm còn ít, kiêm nhiệm nhiều việc; kinh phí hoạt động của Ban Công tác Mặt "
      "trận còn hạn chế; sự phối hợp giữa Mặt trận với chính quyền ở một vài nơi chưa chặt chẽ.",
      repeat("còn 03 ban", "03", "03"))
    P("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025")
    P("- Vận động Quỹ “Vì người nghèo” các cấp đạt từ 3.200 triệu đồng trở lên, tăng 6,67% so với kế "
      "hoạch năm 2024; xây mới, sửa chữa ít nhất 25 căn nhà “Đại đoàn kết”.",
      ratio("tăng 6,67%", "3.200", "3.000", "6,67", mode="rel"))
    P("- Phấn đấu 100% ấp, khóm đạt chuẩn “Khu dân cư văn hóa”, tỷ lệ hộ gia đình văn hóa đạt trên 95%; "
      "mỗi xã, thị trấn xây dựng ít nhất 01 mô hình “Dân vận khéo” mới.")
    P("- Nâng cao chất lượng giám sát, phản biện xã hội; tổ chức tốt việc lấy phiếu tín nhiệm đối với "
      "người giữ chức vụ do Hội đồng nhân dân bầu theo Điều 9, Điều 10 Nghị quyết số 96/2023/QH15.")
    P("- Tổ chức tốt “Ngày hội Đại đoàn kết toàn dân tộc” ở 62 ấp, khóm nhân kỷ niệm 95 năm Ngày truyền thống "
      "Mặt trận Tổ quốc Việt Nam (18/11/1930 - 18/11/2025).",
      diff("95 năm", "2025", "1930", "95", "+", note="Anniversary: 2025 − 1930 = 95."))
    P("Trên đây là báo cáo kết quả công tác Mặt trận năm 2024 và phương hướng, nhiệm vụ năm 2025 của Ban "
      "Thường trực Ủy ban MTTQ Việt Nam huyện Hòa Bình. Mọi thông tin xin liên hệ Văn phòng Ủy ban MTTQ "
      "huyện, số điện thoại 0291.3882.145.")
    P("Nơi nhận: - Ban Thường trực Ủy ban MTTQ tỉnh; - Thường trực Huyện ủy, HĐND, UBND huyện; - Các tổ "
      "chức thành viên; - Lưu VP.")
    P("TM. BAN THƯỜNG TRỰC - CHỦ TỊCH")
    d.fn("Xây mới 18 căn nhà “Đại đoàn kết”: xã Vĩnh Mỹ A 03 căn, xã Vĩnh Mỹ B 02 căn, xã Vĩnh Hậu 03 "
         "căn, xã Vĩnh Hậu A 02 căn, xã Minh Diệu 02 căn, xã Vĩnh Bình 03 căn, xã Vĩnh Thịnh 02 căn, thị "
         "trấn Hòa Bình 02 căn; mức hỗ trợ 60 triệu đồng/căn.",
         summ("Xây mới 18 căn", "18", ["03", "02", "03", "02", "02", "03", "02", "02"],
              expect="inconsistent", right="19",
              note="Parts sum to 19; the body's 18 houses × 60 triệu = 1.080 triệu supports 18, so one commune figure is 1 too high."))
    d.fn("Cấp huyện 12 mô hình, gồm: Hội Nông dân huyện 03 mô hình, Hội Liên hiệp Phụ nữ huyện 03 mô "
         "hình, Huyện đoàn 02 mô hình, Hội Cựu chiến binh huyện 02 mô hình, Liên đoàn Lao động huyện 02 mô "
         "hình.",
         summ("Cấp huyện 12 mô hình", "12", ["03", "03", "02", "02", "02"]))
    return d


# ==========================================================================
# p4-02  Báo cáo chính trị Đảng bộ xã, nhiệm kỳ 2020 - 2025 -> 2025 - 2030
# ==========================================================================

def draft2():
    d = Draft("p4-02-bao-cao-chinh-tri-xa-an-hiep")
    P = d.p
    P("ĐẢNG BỘ HUYỆN CHÂU THÀNH")
    P("ĐẢNG ỦY XÃ AN HIỆP")
    P("*")
    P("ĐẢNG CỘNG SẢN VIỆT NAM")
    P("An Hiệp, ngày 05 tháng 5 năm 2025")
    P("BÁO CÁO CHÍNH TRỊ")
    P("của Ban Chấp hành Đảng bộ xã khóa XIV trình Đại hội đại biểu Đảng bộ xã lần thứ XV, nhiệm kỳ "
      "2025 - 2030 (Dự thảo lần 3)")
    P("Đại hội đại biểu Đảng bộ xã An Hiệp lần thứ XV, nhiệm kỳ 2025 - 2030 diễn ra trong bối cảnh toàn "
      "Đảng, toàn dân ta đang ra sức thực hiện thắng lợi Nghị quyết Đại hội XIII của Đảng, tiến tới Đại "
      "hội đại biểu toàn quốc lần thứ XIV; Đại hội có nhiệm vụ đánh giá kết quả thực hiện Nghị quyết Đại "
      "hội đại biểu Đảng bộ xã lần thứ XIV, nhiệm kỳ 2020 - 2025, xác định phương hướng, mục tiêu, nhiệm "
      "vụ và giải pháp nhiệm kỳ 2025 - 2030.")
    P("Phần thứ nhất: KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ XÃ LẦN THỨ XIV, NHIỆM KỲ 2020 - 2025")
    P("Xã An Hiệp có diện tích tự nhiên 2.846,5 ha, chủ yếu là đất sản xuất nông nghiệp; có 06 ấp với "
      "3.228 hộ, 11.556 nhân khẩu. Đầu nhiệm kỳ, Đảng bộ có 16 chi bộ trực thuộc với 354 đảng viên; đến "
      "nay có 18 chi bộ (06 chi bộ ấp, 12 chi bộ cơ quan, trường học, lực lượng vũ trang) với 412 đảng "
      "viên.",
      summ("có 18 chi bộ", "18", ["06", "12"]))
    P("Bước vào thực hiện Nghị quyết trong bối cảnh có nhiều khó khăn: đại dịch Covid-19 bùng phát năm "
      "2021, hạn hán, xâm nhập mặn mùa khô 2023 - 2024, giá vật tư nông nghiệp tăng cao; song với tinh "
      "thần đoàn kết, chủ động, sáng tạo, Đảng bộ đã lãnh đạo thực hiện đạt và vượt 17/19 chỉ tiêu chủ "
      "yếu Nghị quyết Đại hội đề ra, đạt 89,47%; 02 chỉ tiêu chưa đạt là tỷ lệ lao động qua đào tạo và tỷ "
      "lệ hộ sử dụng nước sạch theo quy chuẩn.",
      fraction("đạt 89,47%", "17", "19", "89,47"))
    P("Ban Chấp hành Đảng bộ xã khóa XIV có mười lăm đồng chí, Ban Thường vụ năm đồng chí; trong nhiệm kỳ có "
      "sự thay đổi, bổ sung nhân sự do điều động, luân chuyển, nghỉ hưu, song tập thể Ban Chấp hành luôn đoàn "
      "kết, thống nhất, giữ nghiêm nguyên tắc tập trung dân chủ, phát huy vai trò hạt nhân lãnh đạo toàn diện "
      "ở cơ sở; Quy chế làm việc của Ban Chấp hành nhiệm kỳ 2020 - 2025 được ban hành ngay sau Đại hội và sửa "
      "đổi, bổ sung vào tháng 3/2023 cho phù hợp với Quy định số 08-QĐi/TW ngày 25/10/2018.")
    P("I. KẾT QUẢ LÃNH ĐẠO PHÁT TRIỂN KINH TẾ - XÃ HỘI")
    P("1. Kinh tế tăng trưởng khá, cơ cấu kinh tế chuyển dịch đúng hướng")
    P("Tốc độ tăng trưởng tổng giá trị sản xuất bình quân giai đoạn 2021 - 2025 ước đạt 7,8%/năm (Nghị "
      "quyết 7,5%/năm); tổng giá trị sản xuất (giá so sánh 2010) năm 2025 ước đạt 1.279,6 tỷ đồng, gấp "
      "1,46 lần năm 2020 (879,3 tỷ đồng). Cơ cấu kinh tế chuyển dịch theo hướng tăng dần tỷ trọng công "
      "nghiệp - xây dựng và thương mại - dịch vụ: nông nghiệp chiếm 41,2%, công nghiệp - xây dựng 22,5%, "
      "thương mại - dịch vụ 36,3% (năm 2020 tương ứng là 52,6% - 18,9% - 28,5%); tỷ trọng nông nghiệp "
      "giảm 11,4 điểm phần trăm, công nghiệp - xây dựng tăng 19,05 điểm phần trăm, thương mại - dịch vụ "
      "tăng 7,8 điểm phần trăm.",
      mk("ratio", "ước đạt 7,8%/năm", "7,8",
         "consistent" if rnd(((num("1.279,6") / num("879,3")).ln() / 5).exp() * 100 - 100, 1) == num("7,8")
         else "inconsistent", "consistent", None,
         "Average annual growth over 2021 - 2025: (1.279,6 / 879,3)^(1/5) − 1 = "
         + fmt(((num("1.279,6") / num("879,3")).ln() / 5).exp() * 100 - 100, 4) + " % → 7,8 %.",
         figs=("1.279,6", "879,3", "7,8")),
      ratio("gấp 1,46 lần", "1.279,6", "879,3", "1,46", mode="times"),
      summ("thương mại - dịch vụ 36,3%", "100", ["41,2", "22,5", "36,3"], figure="36,3",
           note="Shares of the 2025 structure sum to 100 %."),
      summ("28,5%)", "100", ["52,6", "18,9", "28,5"], figure="28,5",
           note="Shares of the 2020 structure sum to 100 %."),
      points("giảm 11,4 điểm phần trăm", "41,2", "52,6", "11,4", "-"),
      points("tăng 19,05 điểm phần trăm", "22,5", "18,9", "19,05", "+", expect="inconsistent",
             note="19,05 is the relative change (22,5/18,9 − 1 = 19,05 %), written as points; points change is 3,6."),
      points("tăng 7,8 điểm phần trăm", "36,3", "28,5", "7,8", "+"))
    P("Thu nhập bình quân đầu người năm 2025 ước đạt 68,5 triệu đồng/người/năm, tăng 24,3 triệu đồng so "
      "với năm 2020 (44,2 triệu đồng), vượt 8,5 triệu đồng so với chỉ tiêu Nghị quyết (60 triệu đồng).",
      diff("tăng 24,3 triệu đồng", "68,5", "44,2", "24,3", "+"),
      diff("vượt 8,5 triệu đồng", "68,5", "60", "8,5", "+"))
    P("Sản xuất nông nghiệp tiếp tục giữ vai trò chủ lực. Diện tích gieo trồng lúa bình quân hằng năm "
      "5.820 ha, năng suất bình quân 6,9 tấn/ha, sản lượng đạt 40.158 tấn/năm; đã chuyển đổi 186,4 ha đất "
      "trồng lúa kém hiệu quả sang trồng cây ăn trái, rau màu, vượt 24,3% chỉ tiêu Nghị quyết (150 ha). "
      "Toàn xã có 1.146 ha vườn cây ăn trái, trong đó 312 ha được cấp chứng nhận VietGAP, chiếm 27,23%; "
      "xây dựng 04 mã số vùng trồng phục vụ xuất khẩu. Kinh tế tập thể tiếp tục phát triển, hiện có 03 hợp "
      "tác xã, 21 tổ hợp tác với 684 thành viên. Mô hình cánh đồng lớn, liên kết sản xuất - tiêu thụ lúa chất "
      "lượng cao với doanh nghiệp được duy trì ở ấp An Thạnh và ấp An Hòa; nông dân từng bước ứng dụng cơ giới "
      "hóa khâu thu hoạch, sấy lúa và sử dụng thiết bị bay không người lái để phun thuốc bảo vệ thực vật.",
      ratio("vượt 24,3% chỉ tiêu", "186,4", "150", "24,3", mode="rel"),
      share("chiếm 27,23%", "312", "1.146", "27,23"))
    P("Thương mại, dịch vụ phát triển khá; Chợ An Hiệp được nâng cấp, mở rộng; toàn xã có 812 hộ kinh "
      "doanh cá thể, tăng 157 hộ so với năm 2020 (655 hộ). Thu ngân sách nhà nước trên địa bàn 05 năm đạt "
      "38.642 triệu đồng, bằng 126,4% chỉ tiêu Nghị quyết (30.570 triệu đồng).",
      diff("tăng 157 hộ", "812", "655", "157", "+"),
      ratio("bằng 126,4%", "38.642", "30.570", "126,4"))
    P("2. Xây dựng kết cấu hạ tầng, nông thôn mới")
    P("Huy động mọi nguồn lực xây dựng nông thôn mới với tổng vốn 56.780 triệu đồng, trong đó ngân sách "
      "nhà nước 41.250 triệu đồng, nhân dân và doanh nghiệp đóng góp 15.350 triệu đồng; nhựa hóa, bê tông "
      "hóa 42,6 km đường giao thông nông thôn (nhà nước đầu tư 28,3 km, Nhân dân tự làm 14,3 km), xây dựng "
      "mới 17 cầu bê tông. Xã được công nhận đạt chuẩn nông thôn mới nâng cao năm 2023; 04/06 ấp đạt chuẩn "
      "ấp nông thôn mới kiểu mẫu, chiếm 66,67%.",
      summ("tổng vốn 56.780 triệu đồng", "56.780", ["41.250", "15.350"], expect="ambiguous",
           note="'trong đó' lists two sources summing to 56.600 < 56.780; the 180 triệu gap may be a third source (vốn lồng ghép, tín dụng) not listed, so not decidable."),
      summ("hóa 42,6 km", "42,6", ["28,3", "14,3"]),
      fraction("chiếm 66,67%", "04", "06", "66,67"))
    P("Tỷ lệ hộ sử dụng nước sạch theo quy chuẩn đạt 3.181/3.228 hộ, tỷ lệ 98,54% (chỉ tiêu 100%); tỷ lệ "
      "hộ sử dụng điện an toàn đạt 100%; tỷ lệ thu gom, xử lý rác thải sinh hoạt đạt 92%.",
      fraction("tỷ lệ 98,54%", "3.181", "3.228", "98,54"))
    P("3. Văn hóa - xã hội có nhiều tiến bộ")
    P("Giáo dục và đào tạo: toàn xã có 05 trường (02 trường mầm non, 02 trường tiểu học, 01 trường trung "
      "học cơ sở) với 2.146 học sinh; có 4/5 trường đạt chuẩn quốc gia, đạt 80%, tăng 02 trường so với "
      "nhiệm kỳ 2015 - 2020. Duy trì vững chắc phổ cập giáo dục mầm non cho trẻ 5 tuổi, phổ cập giáo dục "
      "tiểu học mức độ 3, phổ cập trung học cơ sở mức độ 2; tỷ lệ học sinh tốt nghiệp trung học cơ sở hằng "
      "năm đạt trên 99%.",
      summ("có 05 trường", "05", ["02", "02", "01"]),
      fraction("đạt 80%", "4", "5", "80"),
      amb("difference", "tăng 02 trường", "02",
           note="The number of standard schools at the end of 2015 - 2020 is not stated anywhere."),
      term("nhiệm kỳ 2015 - 2020", "nhiệm kỳ 2015 - 2020", "nhiệm kỳ 2015 - 2020",
           note="The sentence reviews 2020 - 2025; previous term 2015 - 2020 is right."))
    P("Y tế: Trạm Y tế xã duy trì đạt Bộ tiêu chí quốc gia về y tế xã; tỷ lệ người dân tham gia bảo hiểm "
      "y tế đạt 94,12% (10.876/11.556 người), tăng 9,37 điểm phần trăm so với năm 2020 (84,75%), vượt chỉ "
      "tiêu Nghị quyết (90%). Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân giảm còn 6,8%.",
      fraction("đạt 94,12%", "10.876", "11.556", "94,12"),
      points("tăng 9,37 điểm phần trăm", "94,12", "84,75", "9,37", "+"))
    P("Giảm nghèo, an sinh xã hội: tổng số hộ nghèo giảm từ 186 hộ, chiếm 5,92% (đầu nhiệm kỳ) xuống còn "
      "41 hộ, chiếm 1,27% (cuối năm 2024), giảm 145 hộ; bình quân mỗi năm giảm 1,16 điểm phần trăm, đạt chỉ "
      "tiêu Nghị quyết (giảm bình quân từ 1 điểm phần trăm/năm trở lên); hộ cận nghèo còn 78 hộ, chiếm "
      "2,42%. Trong nhiệm kỳ, xây dựng, sửa chữa 48 căn nhà Đại đoàn kết, nhà tình nghĩa; chi trả trợ cấp "
      "thường xuyên cho 612 đối tượng bảo trợ xã hội.",
      share("chiếm 5,92%", "186", "3.228", "5,92", expect="ambiguous",
            note="Base is the number of households at the start of the term, not stated; 186/3.228 (current households) = 5,76 % is not the right base."),
      share("chiếm 1,27%", "41", "3.228", "1,27"),
      diff("giảm 145 hộ", "41", "186", "145", "-"),
      mk("points", "giảm 1,16 điểm phần trăm", "1,16",
         "consistent" if rnd((num("5,92") - num("1,27")) / 4, 2) == num("1,16") else "inconsistent",
         "consistent", None,
         "(5,92 − 1,27) / 4 năm (cuối 2020 → cuối 2024) = 1,1625 → 1,16 điểm phần trăm/năm.",
         figs=("5,92", "1,27", "1,16")),
      share("chiếm 2,42%", "78", "3.228", "2,42"))
    P("Lao động, việc làm: giải quyết việc làm cho 1.386 lao động, chủ yếu làm việc tại các khu công "
      "nghiệp trong tỉnh và Thành phố Hồ Chí Minh; đào tạo nghề cho 1.247 lao động nông thôn, có 1.031 người có việc làm sau "
      "đào tạo, đạt 82,67%; tỷ lệ lao động qua đào tạo đạt 68,2% (Nghị quyết 70%).",
      share("đạt 82,67%", "1.031", "1.247", "82,67", expect="rounding"))
    P("Văn hóa, thông tin, thể dục thể thao: phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” "
      "được duy trì; có 3.052/3.228 hộ đạt danh hiệu “Gia đình văn hóa”, đạt 94,55%; các ấp giữ vững "
      "danh hiệu “Ấp văn hóa”.",
      fraction("đạt 94,55%", "3.052", "3.228", "94,55"))
    P("Công tác quản lý nhà nước về đất đai, tài nguyên, môi trường được tăng cường; việc cấp giấy chứng nhận "
      "quyền sử dụng đất lần đầu cơ bản hoàn thành; các vụ việc tranh chấp đất đai được hòa giải ở cơ sở, "
      "không để phát sinh điểm nóng. Cải cách hành chính được đẩy mạnh; Bộ phận tiếp nhận và trả kết quả của "
      "xã thực hiện tiếp nhận hồ sơ trực tuyến, thanh toán không dùng tiền mặt.")
    P("II. QUỐC PHÒNG, AN NINH")
    P("Lực lượng dân quân được xây dựng vững mạnh; hằng năm hoàn thành 100% chỉ tiêu giao quân (05 năm "
      "giao 87 thanh niên nhập ngũ). Tình hình an ninh chính trị, trật tự an toàn xã hội được giữ vững; "
      "các ấp đều giữ vững tiêu chuẩn an toàn về an ninh, trật tự. Lực lượng Công an xã chính quy phát huy hiệu quả, "
      "phối hợp chặt chẽ với Ban Chỉ huy Quân sự xã và các ấp trong công tác nắm tình hình, giải quyết các vụ "
      "việc ngay từ cơ sở; tội phạm về trật tự xã hội được kéo giảm.")
    P("III. XÂY DỰNG ĐẢNG VÀ HỆ THỐNG CHÍNH TRỊ")
    P("1. Công tác chính trị, tư tưởng: tổ chức học tập, quán triệt các nghị quyết, chỉ thị của Đảng cho "
      "cán bộ, đảng viên với tỷ lệ tham dự bình quân đạt 97,6%; thực hiện Kết luận số 01-KL/TW ngày "
      "18/5/2021 của Bộ Chính trị gắn với Nghị quyết Trung ương 4 khóa XIII.")
    P("2. Công tác tổ chức, cán bộ và đảng viên: Trong nhiệm kỳ, kết nạp 71 đảng viên mới, đạt 118,33% "
      "chỉ tiêu Nghị quyết (60 đảng viên), chủ yếu là đoàn viên thanh niên, dân quân; tổng "
      "số đảng viên đến nay là 412 đồng chí, tăng 58 đồng chí so với đầu nhiệm kỳ (354 đồng chí)[",
      ratio("đạt 118,33%", "71", "60", "118,33"),
      repeat("là 412 đồng chí", "412", "412"),
      diff("tăng 58 đồng chí", "412", "354", "58", "+"))
    P("]. Đảng viên nữ 131 đồng chí, chiếm 31,80%; đảng viên dưới 35 tuổi 118 đồng chí, chiếm 28,64%; 100% "
      "đảng viên có trình độ trung học cơ sở trở lên, 87 đồng chí có trình độ trung cấp lý luận chính trị "
      "trở lên.",
      share("chiếm 31,80%", "131", "412", "31,80"),
      share("chiếm 28,64%", "118", "412", "28,64"))
    P("Kết quả đánh giá, xếp loại chất lượng năm 2024: 100% chi bộ hoàn thành nhiệm vụ trở lên; Đảng bộ xã 05 năm liền "
      "hoàn thành tốt nhiệm vụ, riêng năm 2022 và năm 2024 hoàn thành xuất sắc nhiệm vụ. Có 398 đảng viên "
      "được đánh giá, xếp loại (không tính đảng viên được miễn đánh giá): hoàn thành xuất sắc nhiệm vụ 62 "
      "đồng chí (15,58%), hoàn thành tốt nhiệm vụ 301 đồng chí (75,62%), hoàn thành nhiệm vụ 31 đồng chí "
      "(7,79%), không hoàn thành nhiệm vụ 04 đồng chí (1%).",
      summ("Có 398 đảng viên", "398", ["62", "301", "31", "04"],
           note="Here the four grades are disjoint and exhaustive (they sum to 398)."),
      share("(15,58%)", "62", "398", "15,58"),
      share("(75,62%)", "301", "398", "75,62", expect="rounding"),
      share("(7,79%)", "31", "398", "7,79"),
      share("(1%)", "04", "398", "1", note="Written with 0 decimals: 1,005 % → 1 %."))
    P("Công tác kiểm tra, giám sát: Đảng ủy, Ủy ban Kiểm tra Đảng ủy kiểm tra 47 tổ chức đảng, 126 đảng "
      "viên; giám sát chuyên đề 38 tổ chức đảng, 94 đảng viên; kiểm tra đảng viên khi có dấu hiệu vi phạm "
      "06 trường hợp, kết luận 05 đảng viên có vi phạm, đã thi hành kỷ luật 04 đồng chí (khiển trách 03, "
      "cảnh cáo 01).",
      subset("kết luận 05 đảng viên có vi phạm", "06", ["05"]),
      summ("thi hành kỷ luật 04 đồng chí", "04", ["03", "01"]))
    P("3. Chính quyền, Mặt trận Tổ quốc và các đoàn thể: Hội đồng nhân dân xã khóa XII, nhiệm kỳ 2021 - "
      "2026 tổ chức 16 kỳ họp (10 kỳ họp thường lệ, 07 kỳ họp chuyên đề, bất thường), ban hành 74 nghị quyết; Ủy ban "
      "nhân dân xã điều hành quyết liệt, giải quyết đúng hạn 99,3% hồ sơ thủ tục hành chính. Mặt trận và "
      "các đoàn thể tập hợp 8.642 hội viên, đoàn viên, tỷ lệ tập hợp bình quân đạt 78,4%.",
      summ("tổ chức 16 kỳ họp", "16", ["10", "07"], expect="inconsistent", right="17",
           note="10 + 07 = 17 > 16: the listed sessions exceed the total; one of the three figures is wrong."),
      amb("share", "bình quân đạt 78,4%", "78,4",
            note="Average membership rate over five organisations; the eligible population is not stated."))
    P("Công tác dân vận được triển khai theo Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị về Quy "
      "chế công tác dân vận của hệ thống chính trị; phong trào thi đua “Dân vận khéo” gắn với xây dựng nông "
      "thôn mới nâng cao được Nhân dân đồng tình hưởng ứng; việc thực hiện dân chủ ở cơ sở theo phương châm "
      "“dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng” ngày càng đi vào nền nếp.")
    P("IV. ĐÁNH GIÁ CHUNG")
    P("1. Ưu điểm: Nhiệm kỳ 2020 - 2025, Đảng bộ đã lãnh đạo thực hiện đạt và vượt 16/19 chỉ tiêu Nghị "
      "quyết; kinh tế tăng trưởng khá, tổng giá trị sản xuất năm 2025 gấp 1,46 lần năm 2020; xã đạt chuẩn "
      "nông thôn mới nâng cao; quốc phòng, an ninh được giữ vững; công tác xây dựng Đảng có nhiều chuyển "
      "biến, số lượng và chất lượng đội ngũ đảng viên được nâng lên.",
      repeat("vượt 16/19 chỉ tiêu", "17", "16", expect="inconsistent", right="17/19",
             note="Same count of targets met stated as 17/19 (89,47 %) earlier, with two named targets missed."),
      repeat("gấp 1,46 lần năm 2020;", "1,46", "1,46"))
    P("2. Hạn chế, yếu kém: 02 chỉ tiêu chưa đạt; chuyển dịch cơ cấu kinh tế còn chậm; chất lượng sinh hoạt "
      "một số chi bộ ấp chưa cao; việc quản lý đảng viên đi làm ăn xa còn khó khăn.",
      repeat("02 chỉ tiêu chưa đạt", "02", "02",
             note="Agrees with the opening (17/19 met, 02 missed); the 16/19 of the previous paragraph is the slip."))
    P("3. Bài học kinh nghiệm: (1) Giữ vững đoàn kết, thống nhất trong Đảng bộ; (2) Bám sát cơ sở, lắng "
      "nghe ý kiến Nhân dân; (3) Phát huy vai trò nêu gương của người đứng đầu; (4) Tăng cường kiểm tra, "
      "giám sát, kịp thời sơ kết, tổng kết.")
    P("Mục tiêu tổng quát: Xây dựng Đảng bộ và hệ thống chính trị trong sạch, vững mạnh; phát huy sức mạnh "
      "đoàn kết toàn dân; đẩy mạnh chuyển dịch cơ cấu kinh tế, phát triển nông nghiệp ứng dụng công nghệ cao "
      "gắn với du lịch sinh thái; giữ vững quốc phòng, an ninh; xây dựng xã An Hiệp đạt chuẩn nông thôn mới "
      "kiểu mẫu trước năm 2030.")
    P("Phần thứ hai: PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ NHIỆM KỲ 2025 - 2030")
    P("Các chỉ tiêu chủ yếu: Đại hội thống nhất 15 chỉ tiêu chủ yếu, gồm 07 chỉ tiêu về kinh tế, 05 chỉ "
      "tiêu về văn hóa - xã hội, 02 chỉ tiêu về môi trường và 02 chỉ tiêu về xây dựng Đảng, hệ thống chính "
      "trị, trong đó có các chỉ tiêu:",
      summ("thống nhất 15 chỉ tiêu", "15", ["07", "05", "02", "02"], expect="inconsistent", right="16",
           note="07 + 05 + 02 + 02 = 16; either the total or one group count is wrong."))
    P("- Tốc độ tăng trưởng tổng giá trị sản xuất bình quân 8%/năm trở lên.")
    P("- Thu nhập bình quân đầu người đến năm 2030 đạt 105 triệu đồng/người/năm, gấp 1,53 lần năm 2025.",
      ratio("gấp 1,53 lần", "105", "68,5", "1,53", mode="times"))
    P("- Tỷ trọng thương mại - dịch vụ trong cơ cấu kinh tế đạt 42% trở lên; tỷ lệ hộ nghèo đến cuối "
      "nhiệm kỳ dưới 1%.")
    P("- Kết nạp mới từ 75 đảng viên trở lên, tăng 04 đảng viên so với nhiệm kỳ 2015 - 2020; hằng năm có "
      "trên 90% tổ chức cơ sở đảng và đảng viên hoàn thành tốt nhiệm vụ trở lên.",
      diff("tăng 04 đảng viên", "75", "71", "04", "+",
           note="Compared with the 71 admitted in 2020 - 2025."),
      term("so với nhiệm kỳ 2015 - 2020", "nhiệm kỳ 2015 - 2020", "nhiệm kỳ 2020 - 2025",
           expect="inconsistent", note="Target for 2025 - 2030; the figure compared (71) is the 2020 - 2025 one."))
    P("Nhiệm vụ, giải pháp chủ yếu: (1) Nâng cao năng lực lãnh đạo, sức chiến đấu của Đảng bộ, chất lượng "
      "sinh hoạt chi bộ; (2) Tập trung phát triển kinh tế nông nghiệp theo chuỗi giá trị; (3) Huy động nguồn "
      "lực đầu tư kết cấu hạ tầng; (4) Phát triển văn hóa, giáo dục, y tế, bảo đảm an sinh xã hội; (5) Giữ "
      "vững quốc phòng, an ninh; (6) Phát huy vai trò của Mặt trận Tổ quốc và các đoàn thể.")
    P("Trên đây là Báo cáo chính trị của Ban Chấp hành Đảng bộ xã khóa XIV trình Đại hội đại biểu Đảng bộ "
      "xã lần thứ XV, nhiệm kỳ 2025 - 2030.")
    P("T/M BAN CHẤP HÀNH - BÍ THƯ")
    d.fn("Đầu nhiệm kỳ có 354 đảng viên; trong nhiệm kỳ tăng 83 đảng viên (kết nạp 71, chuyển đến 12), "
         "giảm 25 đảng viên (từ trần 09, chuyển sinh hoạt đi 14, xóa tên 02); đến ngày 31/3/2025 Đảng bộ có "
         "412 đảng viên.",
         summ("tăng 83 đảng viên", "83", ["71", "12"]),
         summ("giảm 25 đảng viên", "25", ["09", "14", "02"]),
         mk("sum", "có 412 đảng viên", "412",
            "consistent" if num("354") + num("83") - num("25") == num("412") else "inconsistent",
            "consistent", None, "354 + 83 − 25 = 412 (stock-flow).", figs=("354", "83", "25", "412")))
    return d


# ==========================================================================
# p4-03  Ủy ban Kiểm tra Tỉnh ủy - báo cáo năm 2024
# ==========================================================================

def draft3():
    d = Draft("p4-03-ubkt-tinh-uy-nam-2024")
    P = d.p
    P("ĐẢNG BỘ TỈNH SÓC TRĂNG")
    P("ỦY BAN KIỂM TRA")
    P("*")
    P("Số 86-BC/UBKTTU")
    P("ĐẢNG CỘNG SẢN VIỆT NAM")
    P("Sóc Trăng, ngày 10 tháng 12 năm 2024")
    P("BÁO CÁO")
    P("kết quả công tác kiểm tra, giám sát và thi hành kỷ luật đảng năm 2024; phương hướng, nhiệm vụ năm 2025")
    P("-----")
    P("Căn cứ Điều 30, Điều 32 Điều lệ Đảng; Quy định số 22-QĐ/TW ngày 28/7/2021 của Ban Chấp hành Trung "
      "ương về công tác kiểm tra, giám sát và kỷ luật của Đảng; Quyết định số 885-QĐ/UBKTTW ngày "
      "29/12/2022 của Ủy ban Kiểm tra Trung ương về hệ thống mẫu biểu thống kê, Ủy ban Kiểm tra Tỉnh ủy báo "
      "cáo kết quả công tác kiểm tra, giám sát và thi hành kỷ luật đảng năm 2024 (số liệu tính từ ngày "
      "16/12/2023 đến ngày 15/11/2024) như sau:")
    P("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ")
    P("1. Cấp ủy, tổ chức đảng thực hiện nhiệm vụ kiểm tra, giám sát theo Điều 30 Điều lệ Đảng")
    P("a) Kiểm tra: Cấp ủy, tổ chức đảng các cấp đã kiểm tra 1.862 tổ chức đảng và 6.417 đảng viên. Qua kiểm tra, kết luận 1.795 tổ chức đảng thực hiện tốt, chiếm "
      "96,40%; 67 tổ chức đảng còn hạn chế, khuyết điểm, đã yêu cầu kiểm điểm, rút kinh nghiệm; 6.305 đảng "
      "viên thực hiện tốt, chiếm 98,26%; 108 đảng viên có hạn chế, khuyết điểm và 04 đảng viên có vi phạm.",
      summ("kiểm tra 1.862 tổ chức đảng", "1.862", ["1.795", "67"]),
      share("chiếm 96,40%", "1.795", "1.862", "96,40"),
      summ("và 6.417 đảng viên", "6.417", ["6.305", "108", "04"]),
      share("chiếm 98,26%", "6.305", "6.417", "98,26", expect="rounding"))
    P("Kiểm tra khi có dấu hiệu vi phạm 12 tổ chức đảng và 57 đảng viên; kết luận 09 tổ chức đảng và 48 "
      "đảng viên có vi phạm (chiếm 84,21% số đảng viên được kiểm tra), phải thi hành kỷ luật 02 tổ chức đảng "
      "và 21 đảng viên, đã thi hành kỷ luật 02 tổ chức và 19 đảng viên.",
      share("chiếm 84,21%", "48", "57", "84,21"),
      subset("02 tổ chức và 19 đảng viên", "21", ["19"], note="Disciplined so far (19) ≤ those to be disciplined (21)."))
    P("b) Giám sát: Cấp ủy, tổ chức đảng các cấp giám sát chuyên đề 1.247 tổ chức đảng và 3.985 đảng viên; "
      "qua giám sát phát hiện 03 tổ chức đảng và 11 đảng viên có dấu hiệu vi phạm, đã chuyển kiểm tra khi có "
      "dấu hiệu vi phạm 01 tổ chức đảng và 06 đảng viên.")
    P("2. Ủy ban Kiểm tra các cấp thực hiện nhiệm vụ theo Điều 32 Điều lệ Đảng")
    P("a) Kiểm tra tổ chức đảng, đảng viên khi có dấu hiệu vi phạm: Ủy ban Kiểm tra các cấp đã kiểm tra 38 "
      "tổ chức đảng (tăng 05 tổ chức so với năm 2023 là 33 tổ chức) và 169 đảng viên, tăng 18,18% so với năm 2023 (143 đảng viên). Trong đó, Ủy ban Kiểm tra Tỉnh ủy "
      "kiểm tra 03 tổ chức đảng, 14 đảng viên; Ủy ban Kiểm tra cấp huyện và tương đương kiểm tra 11 tổ "
      "chức đảng, 67 đảng viên; Ủy ban Kiểm tra đảng ủy cơ sở kiểm tra 24 tổ chức đảng, 88 đảng viên. Kết "
      "luận 31 tổ chức đảng có vi phạm, chiếm 81,58%, phải thi hành kỷ luật 08 tổ chức đảng; 148 đảng viên "
      "có vi phạm, chiếm 87,57%, phải thi hành kỷ luật 63 đảng viên, chiếm 42,57% số đảng viên được kiểm "
      "tra.",
      summ("kiểm tra 38 tổ chức đảng", "38", ["03", "11", "24"]),
      diff("tăng 05 tổ chức", "38", "33", "05", "+"),
      summ("và 169 đảng viên", "169", ["14", "67", "88"]),
      ratio("tăng 18,18%", "169", "143", "18,18", mode="rel"),
      share("chiếm 81,58%", "31", "38", "81,58"),
      share("chiếm 87,57%", "148", "169", "87,57"),
      share("chiếm 42,57% số đảng viên được kiểm tra", "63", "169", "42,57", expect="inconsistent",
            note="The sentence names the base (đảng viên được kiểm tra = 169); 42,57 % is 63/148, the share of violators."))
    P("b) Giám sát: Ủy ban Kiểm tra các cấp giám sát chuyên đề 286 tổ chức đảng và 512 đảng viên; qua giám "
      "sát phát hiện 08 tổ chức đảng, 23 đảng viên có dấu hiệu vi phạm, đã chuyển kiểm tra khi có dấu hiệu "
      "vi phạm 05 tổ chức đảng và 17 đảng viên.")
    P("Việc giám sát thường xuyên được thực hiện thông qua dự các cuộc họp, hội nghị của cấp ủy cấp dưới, "
      "nghiên cứu báo cáo, nghị quyết, quy chế và theo dõi thông tin trên báo chí, mạng xã hội; qua đó kịp "
      "thời nhắc nhở, chấn chỉnh những thiếu sót trong việc ban hành văn bản, tổ chức thực hiện nghị quyết, "
      "nhất là trong công tác cán bộ, quản lý đất đai và đầu tư công.")
    P("c) Kiểm tra tài chính đảng: Ủy ban Kiểm tra các cấp kiểm tra tài chính 214 tổ chức đảng và 167 cấp "
      "ủy cấp dưới; kiểm tra việc thu, nộp đảng phí 438 chi bộ. Qua kiểm tra, kiến nghị thu hồi 1.426,8 "
      "triệu đồng, đã thu hồi 1.163,4 triệu đồng, đạt 81,54%.",
      share("đạt 81,54%", "1.163,4", "1.426,8", "81,54"))
    P("3. Thi hành kỷ luật đảng")
    P("Cấp ủy, tổ chức đảng và Ủy ban Kiểm tra các cấp đã thi hành kỷ luật 14 tổ chức đảng (khiển trách 11, "
      "cảnh cáo 03) và 412 đảng viên (khiển trách 268, cảnh cáo 97, cách chức 15, khai trừ 32), tăng 37 "
      "đảng viên so với năm 2023 (375 đảng viên)[",
      summ("kỷ luật 14 tổ chức đảng", "14", ["11", "03"]),
      summ("và 412 đảng viên", "412", ["268", "97", "15", "32"]),
      diff("tăng 37 đảng viên", "412", "375", "37", "+"))
    P("]. Trong số đảng viên bị thi hành kỷ luật có 89 cấp ủy viên các cấp (01 Tỉnh ủy viên, 11 huyện ủy "
      "viên và tương đương, 77 cấp ủy viên cơ sở); 46 đảng viên bị kỷ luật do vi phạm liên quan đến tham "
      "nhũng, lãng phí, tiêu cực, chiếm 11,17%; hình thức khai trừ chiếm 7,76%.",
      summ("có 89 cấp ủy viên", "89", ["01", "11", "77"]),
      share("chiếm 11,17%", "46", "412", "11,17"),
      share("chiếm 7,76%", "32", "412", "7,76", expect="rounding"))
    P("Phân theo thẩm quyền, trong tổng số 412 đảng viên bị thi hành kỷ luật: chi bộ thi hành kỷ luật 231 "
      "đảng viên; đảng ủy cơ sở 84 đảng viên; Ban Thường vụ cấp ủy cấp huyện và tương đương 15 đảng viên; "
      "Ban Thường vụ Tỉnh ủy 02 đảng viên; Ủy ban Kiểm tra các cấp thi hành kỷ luật 80 đảng viên (Ủy ban "
      "Kiểm tra cấp huyện 74, Ủy ban Kiểm tra Tỉnh ủy 06)[",
      summ("tổng số 412 đảng viên", "412", ["231", "84", "15", "02", "80"]),
      summ("thi hành kỷ luật 80 đảng viên", "80", ["74", "06"]))
    P("]. Nội dung vi phạm chủ yếu: vi phạm nguyên tắc tập trung dân chủ, quy chế làm việc; thiếu trách "
      "nhiệm trong quản lý đất đai, tài chính, đầu tư công; vi phạm chính sách dân số; những điều đảng viên "
      "không được làm; vi phạm pháp luật bị xử lý hình sự (khai trừ theo khoản 3, Điều 9 Quy định số "
      "69-QĐ/TW ngày 06/7/2022 của Bộ Chính trị).")
    P("4. Giải quyết tố cáo, khiếu nại kỷ luật đảng")
    P("Cấp ủy, Ủy ban Kiểm tra các cấp tiếp nhận 186 đơn thư, bằng 93,5% so với năm 2023 (201 đơn); qua "
      "phân loại có 47 đơn thuộc thẩm quyền giải quyết (tố cáo 41 đơn, khiếu nại kỷ luật đảng 06 đơn), 139 "
      "đơn không thuộc thẩm quyền, nặc danh, mạo danh đã chuyển cơ quan có thẩm quyền hoặc lưu theo quy "
      "định. Đã giải quyết 39/41 đơn tố cáo, đạt 95,12%; trong 39 đơn đã giải quyết, kết luận tố đúng 05 "
      "đơn, đúng một phần 14 đơn, tố sai 20 đơn, tỷ lệ đơn tố đúng và đúng một phần là 48,72%. Giải quyết "
      "06/06 đơn khiếu nại kỷ luật, giữ nguyên hình thức kỷ luật 05 trường hợp, giảm hình thức kỷ luật 01 "
      "trường hợp.",
      ratio("bằng 93,5%", "186", "201", "93,5", expect="inconsistent", note="One-digit typo: 92,5 written 93,5."),
      summ("tiếp nhận 186 đơn thư", "186", ["47", "139"]),
      summ("có 47 đơn thuộc thẩm quyền", "47", ["41", "06"]),
      fraction("đạt 95,12%", "39", "41", "95,12"),
      summ("trong 39 đơn đã giải quyết", "39", ["05", "14", "20"]),
      share("là 48,72%", "19", "39", "48,72", note="(05 + 14) / 39."),
      summ("06/06 đơn khiếu nại", "06", ["05", "01"], figure="06/06"))
    P("5. Công tác phối hợp phòng, chống tham nhũng, lãng phí, tiêu cực: Ủy ban Kiểm tra Tỉnh ủy phối hợp "
      "với Ban Nội chính Tỉnh ủy, các cơ quan tiến hành tố tụng xem xét trách nhiệm của 17 đảng viên là "
      "người đứng đầu để xảy ra sai phạm; Ủy ban Kiểm tra Tỉnh ủy hiện có mười một đồng chí, trong đó 05 "
      "đồng chí chuyên trách.",
      mk("subset", "trong đó 05", "05", "consistent" if num("05") <= 11 else "inconsistent", "consistent", None,
         "05 ≤ 11 (parent written in words: mười một).", figs=("05",)))
    P("6. Công tác xây dựng ngành: Ủy ban Kiểm tra Tỉnh ủy tham mưu kiện toàn Ủy ban Kiểm tra một số huyện "
      "ủy, đảng ủy trực thuộc; tổ chức tập huấn nghiệp vụ cho cán bộ kiểm tra cơ sở; thực hiện tốt chế độ "
      "thông tin, báo cáo theo Quyết định số 885-QĐ/UBKTTW; ứng dụng phần mềm quản lý hồ sơ kiểm tra, giám sát.")
    P("II. ĐÁNH GIÁ CHUNG")
    P("Nhìn chung, năm 2024 công tác kiểm tra, giám sát và thi hành kỷ luật đảng được thực hiện toàn diện, "
      "có trọng tâm, trọng điểm; tỷ lệ tổ chức đảng được cấp ủy kiểm tra đạt 31,6%. Ủy ban Kiểm tra các cấp "
      "đã kiểm tra khi có dấu hiệu vi phạm 38 tổ chức đảng và 196 đảng viên; toàn Đảng bộ thi hành kỷ luật "
      "14 tổ chức đảng, 412 đảng viên, trong đó Đảng bộ Khối Doanh nghiệp tỉnh thi hành kỷ luật 17 đảng "
      "viên.",
      amb("share", "đạt 31,6%", "31,6",
            note="The number of party organisations in the province is not stated, so the base cannot be found."),
      repeat("vi phạm 38 tổ chức đảng", "38", "38"),
      repeat("196 đảng viên", "169", "196", expect="inconsistent", right="169",
             note="Same quantity (UBKT các cấp, kiểm tra khi có dấu hiệu vi phạm, năm 2024) given as 169; digits transposed."),
      repeat("14 tổ chức đảng, 412", "14", "14"),
      repeat("412 đảng viên, trong đó", "412", "412"))
    P("Hạn chế: việc phát hiện vi phạm qua giám sát còn ít; còn 02 đơn tố cáo chưa giải quyết xong chuyển "
      "sang năm 2025; một số Ủy ban Kiểm tra đảng ủy cơ sở chưa chủ động kiểm tra khi có dấu hiệu vi phạm.",
      diff("còn 02 đơn tố cáo", "41", "39", "02", "+", note="41 received − 39 resolved."))
    P("Nguyên nhân của hạn chế: một số cấp ủy, người đứng đầu chưa quan tâm đúng mức đến công tác tự kiểm "
      "tra; đội ngũ cán bộ kiểm tra cơ sở chủ yếu kiêm nhiệm, thường xuyên thay đổi; việc phối hợp cung cấp "
      "thông tin giữa các cơ quan có lúc chưa kịp thời. Bài học kinh nghiệm: phải bám sát nhiệm vụ chính trị, "
      "chọn đúng đối tượng, nội dung; kết hợp chặt chẽ giữa “xây” và “chống”; xử lý nghiêm, kịp thời, đúng "
      "người, đúng vi phạm.")
    P("Chương trình kiểm tra, giám sát toàn khóa nhiệm kỳ 2020 - 2025 của Ban Chấp hành Đảng bộ tỉnh đến nay "
      "đã thực hiện 58/62 cuộc, đạt 93,55%; còn 05 cuộc sẽ hoàn thành trước Đại hội đại biểu Đảng bộ tỉnh "
      "lần thứ XV, nhiệm kỳ 2025 - 2030.",
      fraction("đạt 93,55%", "58", "62", "93,55"),
      diff("còn 05 cuộc", "62", "58", "05", "+", expect="inconsistent", right="còn 04 cuộc",
           note="62 planned − 58 done = 4 remaining."))
    P("So sánh một số chỉ tiêu chủ yếu năm 2024 với năm 2023 (theo Biểu số 01 ban hành kèm Quyết định số "
      "885-QĐ/UBKTTW):")
    P("- Kiểm tra đảng viên khi có dấu hiệu vi phạm (Ủy ban Kiểm tra các cấp): năm 2023 là 143 đảng viên, "
      "năm 2024 là 169 đảng viên, tăng 26 đảng viên (bằng 118,18%).",
      repeat("năm 2024 là 169 đảng viên", "169", "169"),
      diff("tăng 26 đảng viên", "169", "143", "26", "+"),
      ratio("bằng 118,18%", "169", "143", "118,18"))
    P("- Đảng viên bị thi hành kỷ luật: năm 2023 là 375, năm 2024 là 412, tăng 37 (bằng 109,87%); trong đó:",
      repeat("năm 2024 là 412", "412", "412"),
      diff("tăng 37 (", "412", "375", "37", "+"),
      ratio("bằng 109,87%", "412", "375", "109,87"))
    P("+ Khiển trách: 241 lên 268, tăng 27;",
      diff("tăng 27", "268", "241", "27", "+"))
    P("+ Cảnh cáo: 82 lên 97, tăng 13;",
      diff("tăng 13", "97", "82", "13", "+", expect="inconsistent", right="tăng 15"))
    P("+ Cách chức: 15, không tăng, không giảm;")
    P("+ Khai trừ: 37 xuống 32, giảm 05.",
      diff("giảm 05", "32", "37", "05", "-"))
    P("- Tỷ lệ đảng viên vi phạm phải thi hành kỷ luật qua kiểm tra khi có dấu hiệu vi phạm: năm 2023 là "
      "40,15%, năm 2024 là 42,57%, tăng 2,42 điểm phần trăm.",
      repeat("năm 2024 là 42,57%", "42,57", "42,57",
             note="Same value as in section 2a; here it is explicitly the share of violators (63/148 = 42,57 %), which is right."),
      points("tăng 2,42 điểm phần trăm", "42,57", "40,15", "2,42", "+",
             note="Here 42,57 % is explicitly the share of violators (63/148)."))
    P("- Tỷ lệ thu hồi tài chính qua kiểm tra: năm 2023 đạt 76,8%, năm 2024 đạt 81,54%, tăng 6,2%.",
      repeat("năm 2024 đạt 81,54%", "81,54", "81,54"),
      mk("points", "tăng 6,2%", "6,2",
         "consistent" if rnd((num("81,54") / num("76,8") - 1) * 100, 1) == num("6,2") else "inconsistent",
         "consistent", None,
         "Points reading: 81,54 − 76,8 = 4,74 (does not hold); relative reading: (81,54 / 76,8 − 1) × 100 = "
         "6,1719 → 6,2 % (holds). Written with '%', so the relative reading is acceptable.",
         figs=("81,54", "76,8", "6,2")))
    P("III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025")
    P("- Tập trung kiểm tra, giám sát phục vụ Đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030, tiến tới Đại hội "
      "đại biểu toàn quốc lần thứ XIV của Đảng; giải quyết dứt điểm đơn thư liên quan đến nhân sự đại hội.")
    P("- Phấn đấu giải quyết 100% đơn tố cáo thuộc thẩm quyền; kiểm tra tài chính ít nhất 20% tổ chức đảng "
      "cấp dưới; thu hồi dứt điểm các khoản kiến nghị thu hồi qua kiểm tra.")
    P("Nơi nhận: - Ủy ban Kiểm tra Trung ương; - Thường trực Tỉnh ủy; - Lưu VP. Đồng chí cần trao đổi số "
      "liệu xin liên hệ Phòng Tổng hợp, điện thoại 0299.3821.476.")
    P("T/M ỦY BAN KIỂM TRA - CHỦ NHIỆM")
    d.fn("Năm 2023: khiển trách 241, cảnh cáo 82, cách chức 15, khai trừ 37 (tổng số 375 đảng viên).",
         summ("tổng số 375 đảng viên", "375", ["241", "82", "15", "37"]))
    d.fn("Tổng số 412 đảng viên bị kỷ luật phân theo khối: khối đảng, đoàn thể 38 đảng viên; khối chính "
         "quyền 96 đảng viên; khối doanh nghiệp 21 đảng viên; lực lượng vũ trang 12 đảng viên; xã, phường, "
         "thị trấn và ấp, khóm 245 đảng viên.",
         summ("Tổng số 412 đảng viên", "412", ["38", "96", "21", "12", "245"]),
         repeat("khối doanh nghiệp 21 đảng viên", "17", "21", expect="ambiguous",
                note="Body says Đảng bộ Khối Doanh nghiệp tỉnh disciplined 17; 'khối doanh nghiệp' here may include enterprise party cells under district committees. Scope differs; not decidable."))
    return d


# ==========================================================================
# p4-04  Ban Tổ chức Thành ủy - kết nạp đảng viên, Huy hiệu Đảng năm 2024
# ==========================================================================

def draft4():
    d = Draft("p4-04-ket-nap-huy-hieu-dang-my-tho")
    P = d.p
    P("ĐẢNG BỘ TỈNH TIỀN GIANG")
    P("THÀNH ỦY MỸ THO")
    P("BAN TỔ CHỨC")
    P("*")
    P("Số 142-BC/BTCThU")
    P("ĐẢNG CỘNG SẢN VIỆT NAM")
    P("Mỹ Tho, ngày 28 tháng 11 năm 2024")
    P("BÁO CÁO")
    P("kết quả công tác phát triển đảng viên, xét công nhận đảng viên chính thức và đề nghị tặng Huy hiệu "
      "Đảng năm 2024")
    P("Thực hiện Quy định số 24-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng; "
      "Hướng dẫn số 06-HD/BTCTW ngày 09/12/2021 của Ban Tổ chức Trung ương về một số vấn đề cụ thể thi hành "
      "Điều lệ Đảng (mục 11 về xét tặng Huy hiệu Đảng); Kế hoạch số 215-KH/ThU ngày 10/01/2024 của Ban "
      "Thường vụ Thành ủy, Ban Tổ chức Thành ủy báo cáo kết quả năm 2024 (số liệu tính đến ngày 20/11/2024) "
      "như sau:")
    P("I. TÌNH HÌNH CHUNG")
    P("Đảng bộ thành phố hiện có 46 tổ chức cơ sở đảng (21 đảng bộ cơ sở, 25 chi bộ cơ sở), 318 chi bộ "
      "trực thuộc đảng ủy cơ sở; đầu năm 2024 có 11.846 đảng viên, đến ngày 20/11/2024 có 12.071 đảng viên, "
      "tăng 225 đồng chí so với đầu năm.",
      summ("có 46 tổ chức cơ sở đảng", "46", ["21", "25"]),
      diff("tăng 225 đồng chí", "12.071", "11.846", "225", "+"))
    P("Năm 2024, bên cạnh thuận lợi cơ bản, công tác phát triển đảng viên gặp không ít khó khăn: nguồn quần "
      "chúng ưu tú ở khu phố, ấp ngày càng ít do thanh niên đi học, đi làm ăn xa; trong doanh nghiệp ngoài "
      "khu vực nhà nước, người lao động thường xuyên biến động, một số chủ doanh nghiệp chưa tạo điều kiện cho "
      "việc thành lập tổ chức đảng, đoàn thể.")
    P("II. KẾT QUẢ CÔNG TÁC PHÁT TRIỂN ĐẢNG VIÊN")
    P("1. Công tác lãnh đạo, chỉ đạo: Ban Thường vụ Thành ủy giao chỉ tiêu kết nạp 450 đảng viên cho 46 tổ "
      "chức cơ sở đảng (Công văn số 1125-CV/ThU ngày 12/01/2024); chỉ đạo rà soát nguồn quần chúng ưu tú "
      "trong doanh nghiệp, trường học, lực lượng vũ trang; thành lập mới 03 chi bộ trong doanh nghiệp ngoài "
      "khu vực nhà nước.")
    P("2. Kết quả kết nạp đảng viên")
    P("Từ ngày 01/01/2024 đến ngày 20/11/2024, toàn Đảng bộ kết nạp 463 đảng viên, đạt 102,89% chỉ tiêu "
      "được giao (450 đảng viên), bằng 3,91% tổng số đảng viên đầu năm, tăng 0,27 điểm phần trăm so với năm "
      "2023 (3,46%). Trong số đảng viên mới kết nạp: nữ 251 đồng chí, chiếm 54,21%; đoàn viên thanh niên "
      "318 đồng chí, chiếm 68,68%; người dân tộc thiểu số 37 đồng chí, chiếm 7,99%; người có đạo 23 đồng "
      "chí, chiếm 4,96%; kết nạp lại 02 đồng chí.",
      ratio("đạt 102,89%", "463", "450", "102,89"),
      share("bằng 3,91%", "463", "11.846", "3,91"),
      points("tăng 0,27 điểm phần trăm", "3,91", "3,46", "0,27", "+", expect="inconsistent",
             note="3,91 − 3,46 = 0,45; 0,27 would need 3,64 % in 2023 (digits of the 2023 rate may be swapped, either way the pair disagrees)."),
      share("chiếm 54,21%", "251", "463", "54,21"),
      share("chiếm 68,68%", "318", "463", "68,68"),
      share("chiếm 7,99%", "37", "463", "7,99"),
      share("chiếm 4,96%", "23", "463", "4,96", expect="rounding"))
    P("- Về nghề nghiệp: công nhân, người lao động trong doanh nghiệp 87 đồng chí; viên chức đơn vị sự "
      "nghiệp công lập 118 đồng chí; cán bộ, công chức 74 đồng chí; nông dân 61 đồng chí; lực lượng vũ trang "
      "48 đồng chí; học sinh trung học phổ thông 46 đồng chí; sinh viên 12 đồng chí; nghề nghiệp khác 27 "
      "đồng chí (cộng 463 đồng chí)[",
      summ("cộng 463 đồng chí", "463", ["87", "118", "74", "61", "48", "46", "12", "27"],
           expect="inconsistent", right="viên chức 108 (cộng 463)",
           note="Parts sum to 473; 463 is confirmed by the body and every share. The footnote gives 108 viên chức, so 118 is the typo."))
    P("].")
    P("- Về độ tuổi: từ 18 đến 30 tuổi 352 đồng chí, chiếm 76,03%; từ 31 đến 40 tuổi 84 đồng chí, chiếm "
      "18,14%; trên 40 tuổi 27 đồng chí, chiếm 5,83%; tuổi bình quân 27,4 tuổi.",
      share("chiếm 76,03%", "352", "463", "76,03"),
      share("chiếm 18,14%", "84", "463", "18,14"),
      share("chiếm 5,83%", "27", "463", "5,83"))
    P("- Về trình độ: 100% có trình độ trung học phổ thông; chuyên môn sau đại học 09 đồng chí, đại học "
      "232 đồng chí, cao đẳng 38 đồng chí, trung cấp 56 đồng chí, số còn lại chưa qua đào tạo chuyên môn.")
    P("Đảng bộ Khối Doanh nghiệp thành phố kết nạp 64 đảng viên, trong đó 41 đồng chí là công nhân trực "
      "tiếp sản xuất; 03 chi bộ mới thành lập trong doanh nghiệp ngoài khu vực nhà nước có 14 đảng viên. Kết "
      "nạp 46 đảng viên là học sinh trung học phổ thông, tăng 19 đồng chí so với năm 2023 (27 đồng chí), tập "
      "trung ở 05/06 trường trung học phổ thông trên địa bàn.",
      repeat("kết nạp 64 đảng viên", "87", "64", distinct=True,
             note="Not a restatement: Đảng bộ Khối Doanh nghiệp (64, all occupations) vs workers in enterprises city-wide (87, any party committee). Different quantities."),
      subset("41 đồng chí là công nhân", "64", ["41"]),
      repeat("nạp 46 đảng viên là học sinh", "46", "46"),
      diff("tăng 19 đồng chí", "46", "27", "19", "+"))
    P("Có 42/46 tổ chức cơ sở đảng hoàn thành chỉ tiêu kết nạp được giao, đạt 91,03%; còn 04 tổ chức cơ sở "
      "đảng chưa đạt chỉ tiêu (02 đảng bộ phường, 01 chi bộ cơ sở doanh nghiệp, 01 chi bộ trường học). Toàn "
      "thành phố còn 07 chi bộ ấp, khu phố 02 năm liền không kết nạp được đảng viên.",
      fraction("đạt 91,03%", "42", "46", "91,03", expect="inconsistent",
               note="Digits swapped: 91,30 written 91,03."),
      summ("còn 04 tổ chức cơ sở", "04", ["02", "01", "01"], note="Also 46 − 42 = 4 not meeting the target."))
    P("Quy trình, thủ tục kết nạp đảng viên được thực hiện chặt chẽ theo Hướng dẫn số 12-HD/BTCTW ngày "
      "01/6/2022 của Ban Tổ chức Trung ương về nghiệp vụ công tác đảng viên; Ban Tổ chức Thành ủy thẩm định "
      "hồ sơ trước khi trình Ban Thường vụ Thành ủy xem xét, không có trường hợp kết nạp sai đối tượng hoặc "
      "hồ sơ phải trả lại do sai sót lý lịch.")
    P("3. Công tác bồi dưỡng, xét công nhận đảng viên chính thức")
    P("Trung tâm Chính trị thành phố mở 09 lớp bồi dưỡng nhận thức về Đảng cho 612 quần chúng ưu tú và 06 "
      "lớp bồi dưỡng lý luận chính trị cho 471 đảng viên mới. Các cấp ủy đã xét, công nhận chính thức cho "
      "418 đảng viên dự bị, đạt 98,82% số đảng viên dự bị đến kỳ xét (423 đồng chí); 05 trường hợp chưa được "
      "công nhận (xóa tên 03 trường hợp, đang xem xét 02 trường hợp).",
      repeat("471 đảng viên mới", "463", "471", expect="ambiguous",
             note="Course participants (đảng viên mới) may include members admitted late in 2023; may be a different scope from the 463 admitted in 2024."),
      share("đạt 98,82%", "418", "423", "98,82"),
      summ("05 trường hợp chưa", "05", ["03", "02"], note="Also 423 − 418 = 5."))
    P("III. CÔNG TÁC XÉT, ĐỀ NGHỊ TẶNG HUY HIỆU ĐẢNG")
    P("Năm 2024, Ban Thường vụ Thành ủy đã xét, đề nghị Ban Thường vụ Tỉnh ủy tặng, truy tặng Huy hiệu Đảng "
      "cho 612 đảng viên (đợt 03/02: 158 đồng chí; đợt 19/5: 146 đồng chí; đợt 02/9: 139 đồng chí; đợt "
      "07/11: 169 đồng chí[",
      summ("cho 612 đảng viên", "612", ["158", "146", "139", "169"]))
    P("]), tăng 47 Huy hiệu so với năm 2023 (565 Huy hiệu); trong đó có một số trường hợp truy tặng.",
      diff("tăng 47 Huy hiệu", "612", "565", "47", "+"))
    P("Phân theo loại, 612 Huy hiệu gồm: Huy hiệu 30 năm tuổi Đảng 237 (38,72%); 40 năm tuổi Đảng 118 "
      "(19,28%); 45 năm tuổi Đảng 96 (15,69%); 50 năm tuổi Đảng 84 (13,73%); 55 năm tuổi Đảng 43; 60 năm "
      "tuổi Đảng 21; 65 năm tuổi Đảng 09; 70 năm tuổi Đảng 03 và 01 Huy hiệu 75 năm tuổi Đảng.",
      summ("612 Huy hiệu gồm", "612", ["237", "118", "96", "84", "43", "21", "09", "03", "01"]),
      share("(38,72%)", "237", "612", "38,72", expect="rounding"),
      share("(19,28%)", "118", "612", "19,28"),
      share("(15,69%)", "96", "612", "15,69"),
      share("(13,73%)", "84", "612", "13,73"))
    P("Các Huy hiệu được trao trang trọng vào dịp kỷ niệm các ngày lễ lớn; đồng chí Bí thư, Phó Bí thư Thành "
      "ủy trực tiếp trao 34 Huy hiệu từ 60 năm tuổi Đảng trở lên tại nhà riêng đảng viên hoặc gia đình đảng "
      "viên được truy tặng; tỷ lệ Huy hiệu được trao đúng dịp đạt 98,7%. Tổng kinh phí tặng thưởng kèm "
      "theo Huy hiệu Đảng năm 2024 là 1.247,6 triệu đồng.",
      summ("trao 34 Huy hiệu", "34", ["21", "09", "03", "01"],
           note="60 + 65 + 70 + 75 năm badges of the previous paragraph."),
      amb("share", "đạt 98,7%", "98,7",
            note="Number of badges handed on the anniversary is not stated; 604/612 would give 98,69 % but nothing says 604."))
    P("Đến nay, Đảng bộ thành phố có 2.941 đảng viên có từ đủ 30 năm tuổi Đảng trở lên, chiếm 24,36% tổng số "
      "đảng viên; trong đó có đủ 50 năm tuổi Đảng trở lên 812 đồng chí, chiếm 6,73%; đủ 60 năm tuổi Đảng trở "
      "lên 167 đồng chí.",
      share("chiếm 24,36%", "2.941", "12.071", "24,36"),
      share("chiếm 6,73%", "812", "12.071", "6,73"),
      subset("lên 812 đồng chí", "2.941", ["812"], note="Cumulative thresholds are nested, not additive."),
      subset("lên 167 đồng chí", "812", ["167"],
             note="Members with ≥ 60 years (167) vs badges of 60 years awarded this year (21): different quantities."))
    P("Việc xét tặng Huy hiệu Đảng bảo đảm đúng tiêu chuẩn, thời gian theo quy định; hồ sơ được các tổ chức "
      "cơ sở đảng lập từ trước 03 tháng so với đợt trao; lễ trao Huy hiệu được tổ chức trang trọng, gắn với "
      "sinh hoạt chi bộ, giáo dục truyền thống cho đảng viên trẻ; kịp thời thăm hỏi đảng viên cao tuổi, ốm đau.")
    P("IV. ĐÁNH GIÁ CHUNG")
    P("1. Ưu điểm: Công tác phát triển đảng viên đạt và vượt chỉ tiêu với 436 đảng viên mới được kết nạp; "
      "chất lượng đảng viên mới được nâng lên, tỷ lệ đảng viên mới là đoàn viên thanh niên chiếm 68,68%, là "
      "nữ chiếm 54,21%; công tác xét tặng Huy hiệu Đảng kịp thời, đúng đối tượng.",
      repeat("với 436 đảng viên", "463", "436", expect="inconsistent", right="463",
             note="Same quantity (kết nạp năm 2024) given as 463 everywhere else; digits transposed."),
      repeat("chiếm 68,68%, là", "68,68", "68,68"),
      repeat("nữ chiếm 54,21%", "54,21", "54,21"))
    P("2. Hạn chế: còn 04/46 tổ chức cơ sở đảng chưa hoàn thành chỉ tiêu; 07 chi bộ ấp, khu phố 02 năm liền "
      "không kết nạp được đảng viên; tỷ lệ kết nạp trong doanh nghiệp ngoài khu vực nhà nước còn thấp "
      "(87/463 đồng chí, chiếm 18,79%).",
      fraction_whole("04/46 tổ chức", "04/46", "46", note="Agrees with 42/46 met and 04 not met."),
      fraction("chiếm 18,79%", "87", "463", "18,79"))
    P("Nguyên nhân của hạn chế: một số cấp ủy cơ sở chưa chủ động tạo nguồn, còn trông chờ vào Đoàn Thanh "
      "niên; chưa có giải pháp phù hợp để phát triển đảng viên trong công nhân lao động ở các doanh nghiệp "
      "có vốn đầu tư nước ngoài; một số quần chúng ưu tú chưa thật sự mặn mà với việc vào Đảng.")
    P("V. PHƯƠNG HƯỚNG NĂM 2025")
    P("- Phấn đấu kết nạp từ 470 đảng viên trở lên (tăng 1,51% so với kết quả năm 2024); mỗi tổ chức cơ sở "
      "đảng kết nạp ít nhất 01 đảng viên; xóa 07 chi bộ “trắng” đảng viên mới.",
      ratio("tăng 1,51%", "470", "463", "1,51", mode="rel"))
    P("- Xét, đề nghị tặng Huy hiệu Đảng đợt 03/02/2025 cho 162 đồng chí (đã thẩm định hồ sơ); bảo đảm 100% "
      "đảng viên đủ điều kiện được tặng Huy hiệu đúng dịp.",
      repeat("cho 162 đồng chí", "158", "162", distinct=True,
             note="Đợt 03/02/2025 is next year's round, not the 158 of đợt 03/02/2024: different quantities."))
    P("- Nâng cao chất lượng bồi dưỡng nhận thức về Đảng; phối hợp Đoàn Thanh niên giới thiệu đoàn viên ưu "
      "tú cho Đảng xem xét kết nạp.")
    P("Nơi nhận: - Ban Tổ chức Tỉnh ủy; - Thường trực Thành ủy; - Lưu BTC.")
    P("TRƯỞNG BAN")
    d.fn("Trong số 463 đảng viên mới, viên chức đơn vị sự nghiệp công lập là 108 đồng chí (giáo dục 71, y tế "
         "29, đơn vị sự nghiệp khác 08); cán bộ, công chức 74 đồng chí.",
         repeat("công lập là 108 đồng chí", "118", "108", expect="inconsistent", right="108",
                note="Same quantity (viên chức đơn vị sự nghiệp công lập among the 463) written 118 in the body list; 108 is backed by its own breakdown and fits the total 463."),
         summ("là 108 đồng chí (giáo dục", "108", ["71", "29", "08"], figure="108"))
    d.fn("Đợt 07/11/2024 gồm: Huy hiệu 30 năm tuổi Đảng 73, 40 năm 32, 45 năm 26, 50 năm 21, 55 năm 11, 60 "
         "năm 05, 65 năm 02, 70 năm 01 (cộng 169 Huy hiệu).",
         summ("cộng 169 Huy hiệu", "169", ["73", "32", "26", "21", "11", "05", "02", "01"],
              expect="inconsistent", right="171 (hoặc sửa một thành phần)",
              note="Parts sum to 171; the body's 169 is confirmed by 158 + 146 + 139 + 169 = 612, so a part is 2 too high (the 30-year figure is the likely typo)."))
    return d


# ==========================================================================
# p4-05  Ban Tổ chức Tỉnh ủy - đào tạo, bồi dưỡng và quy hoạch cán bộ
# ==========================================================================

def draft5():
    d = Draft("p4-05-dao-tao-quy-hoach-can-bo-vinh-long")
    P = d.p
    P("ĐẢNG BỘ TỈNH VĨNH LONG")
    P("BAN TỔ CHỨC TỈNH ỦY")
    P("*")
    P("Số 327-BC/BTCTU")
    P("ĐẢNG CỘNG SẢN VIỆT NAM")
    P("Vĩnh Long, ngày 18 tháng 12 năm 2024")
    P("BÁO CÁO")
    P("kết quả công tác đào tạo, bồi dưỡng cán bộ năm 2024 và rà soát, bổ sung quy hoạch cán bộ lãnh đạo, "
      "quản lý nhiệm kỳ 2025 - 2030")
    P("Thực hiện Quy định số 50-QĐ/TW ngày 27/12/2021 của Bộ Chính trị về công tác quy hoạch cán bộ; Quy "
      "định số 57-QĐ/TW ngày 08/02/2022 của Bộ Chính trị về tiêu chuẩn và phân cấp đào tạo lý luận chính "
      "trị; Kế hoạch số 172-KH/TU ngày 15/01/2024 của Ban Thường vụ Tỉnh ủy về đào tạo, bồi dưỡng cán bộ năm "
      "2024, Ban Tổ chức Tỉnh ủy báo cáo như sau:")
    P("A. CÔNG TÁC ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ NĂM 2024")
    P("1. Đào tạo lý luận chính trị")
    P("- Cao cấp lý luận chính trị: cử 58 đồng chí đi học (hệ tập trung tại Học viện Chính trị khu vực IV 22 "
      "đồng chí, hệ không tập trung mở tại tỉnh 36 đồng chí), trong đó nữ 17 đồng chí, chiếm 29,31%; cán bộ "
      "diện Ban Thường vụ Tỉnh ủy quản lý 19 đồng chí; đạt 96,67% kế hoạch (60 chỉ tiêu).",
      summ("cử 58 đồng chí", "58", ["22", "36"]),
      share("chiếm 29,31%", "17", "58", "29,31"),
      subset("quản lý 19 đồng chí", "58", ["19"]),
      ratio("đạt 96,67%", "58", "60", "96,67"))
    P("- Trung cấp lý luận chính trị - hành chính: Trường Chính trị tỉnh và Trung tâm Chính trị cấp huyện mở "
      "14 lớp với 1.126 học viên, trong đó nữ 418 học viên, chiếm 37,12%; cán bộ trẻ dưới 35 tuổi 287 học "
      "viên, chiếm 25,48%; cán bộ cơ sở 642 học viên, chiếm 57,01%. Số học viên tốt nghiệp 1.098/1.126, đạt "
      "97,51%.",
      share("chiếm 37,12%", "418", "1.126", "37,12"),
      share("chiếm 25,48%", "287", "1.126", "25,48", expect="rounding"),
      share("chiếm 57,01%", "642", "1.126", "57,01", expect="rounding"),
      fraction("đạt 97,51%", "1.098", "1.126", "97,51"))
    P("- Sơ cấp lý luận chính trị: 2.340 học viên (Trung tâm Chính trị 08 huyện, thị xã, thành phố tổ chức "
      "52 lớp); bồi dưỡng lý luận chính trị cho đảng viên mới 1.985 đồng chí.")
    P("2. Đào tạo chuyên môn, nghiệp vụ: đào tạo sau đại học 41 đồng chí (tiến sĩ 03, thạc sĩ 38), đạt "
      "91,11% kế hoạch (45 chỉ tiêu), trong đó nữ 15 đồng chí; đào tạo đại học văn bằng 2 cho 26 công chức "
      "cấp xã.",
      summ("sau đại học 41 đồng chí", "41", ["03", "38"]),
      ratio("đạt 91,11%", "41", "45", "91,11"),
      subset("nữ 15 đồng chí", "41", ["15"],
             note="Women in the postgraduate course (15), not the 17 women of the cao cấp course: different courses."))
    P("Chất lượng đào tạo lý luận chính trị từng bước được nâng lên; nội dung chương trình được cập nhật theo "
      "Quy định số 57-QĐ/TW, tăng thời lượng nghiên cứu thực tế, viết tiểu luận gắn với thực tiễn địa phương, "
      "đơn vị. Việc cử cán bộ đi đào tạo bảo đảm đúng đối tượng, gắn với quy hoạch, bố trí, sử dụng; không có "
      "trường hợp đi học không đúng tiêu chuẩn.")
    P("3. Bồi dưỡng kiến thức, kỹ năng")
    P("- Bồi dưỡng quản lý nhà nước theo ngạch: chuyên viên cao cấp 12 đồng chí, chuyên viên chính 186 "
      "đồng chí, chuyên viên 274 đồng chí (tổng cộng 472 lượt).",
      summ("tổng cộng 472 lượt", "472", ["12", "186", "274"]))
    P("- Bồi dưỡng kiến thức quốc phòng và an ninh: đối tượng 2: 24 đồng chí; đối tượng 3: 312 đồng chí; "
      "đối tượng 4: 1.046 đồng chí. Cập nhật kiến thức cho cán bộ diện Ban Thường vụ Tỉnh ủy quản lý: 02 "
      "lớp, 318 lượt đồng chí.")
    P("Tổng cộng năm 2024 đã đào tạo, bồi dưỡng 6.847 lượt cán bộ, đạt 104,2% kế hoạch năm.",
      amb("ratio", "đạt 104,2%", "104,2",
            note="The yearly plan (số lượt kế hoạch) is not stated anywhere in the draft."))
    P("4. Kinh phí: Tổng kinh phí đào tạo, bồi dưỡng năm 2024 là 18.642 triệu đồng, bằng 97,6% dự toán "
      "được giao (19.100 triệu đồng) và bằng 106,3% so với năm 2023 (17.780 triệu đồng); gồm: ngân sách tỉnh "
      "14.210 triệu đồng, ngân sách cấp huyện 3.672 triệu đồng, nguồn hợp pháp khác 760 triệu đồng.",
      ratio("bằng 97,6%", "18.642", "19.100", "97,6"),
      ratio("bằng 106,3%", "18.642", "17.780", "106,3", expect="inconsistent"),
      summ("là 18.642 triệu đồng", "18.642", ["14.210", "3.672", "760"]))
    P("B. CÔNG TÁC QUY HOẠCH CÁN BỘ")
    P("1. Quy hoạch Ban Chấp hành, Ban Thường vụ Tỉnh ủy và các chức danh chủ chốt nhiệm kỳ 2025 - 2030")
    P("Trên cơ sở rà soát, đánh giá, Ban Thường vụ Tỉnh ủy đã phê duyệt bổ sung quy hoạch Ban Chấp hành "
      "Đảng bộ tỉnh nhiệm kỳ 2025 - 2030 là 148 đồng chí, bằng 1,68 lần số lượng ủy viên Ban Chấp hành theo "
      "đề án (88 đồng chí); trong đó nữ 37 đồng chí (25%), cán bộ dưới 45 tuổi 52 đồng chí (35,14%), cán bộ "
      "người dân tộc thiểu số 09 đồng chí (6,08%); 100% có trình độ chuyên môn đại học trở lên, cao cấp lý "
      "luận chính trị.",
      ratio("bằng 1,68 lần", "148", "88", "1,68", mode="times"),
      share("(25%)", "37", "148", "25"),
      share("(35,14%)", "52", "148", "35,14"),
      share("(6,08%)", "09", "148", "6,08"))
    P("So với quy hoạch nhiệm kỳ 2020 - 2025 (136 đồng chí, trong đó nữ 30 đồng chí, chiếm 22,06%; dưới 45 "
      "tuổi 39 đồng chí, chiếm 28,68%), quy hoạch nhiệm kỳ này tăng 12 đồng chí; tỷ lệ nữ tăng 2,94 điểm "
      "phần trăm; tỷ lệ cán bộ dưới 45 tuổi tăng 22,52 điểm phần trăm.",
      term("So với quy hoạch nhiệm kỳ 2020 - 2025", "nhiệm kỳ 2020 - 2025", "nhiệm kỳ 2020 - 2025"),
      share("chiếm 22,06%", "30", "136", "22,06"),
      share("chiếm 28,68%", "39", "136", "28,68"),
      diff("tăng 12 đồng chí", "148", "136", "12", "+"),
      points("tăng 2,94 điểm phần trăm", "25", "22,06", "2,94", "+", note="25 % written without decimals."),
      points("tăng 22,52 điểm phần trăm", "35,14", "28,68", "22,52", "+", expect="inconsistent",
             note="22,52 is the relative change (35,14/28,68 − 1 = 22,52 %) labelled as points; the points change is 6,46."))
    P("Quy hoạch Ban Thường vụ Tỉnh ủy 41 đồng chí; quy hoạch chức danh Bí thư Tỉnh "
      "ủy 03 đồng chí, Phó Bí thư Tỉnh ủy 07 đồng chí, Chủ tịch HĐND tỉnh 03 đồng chí, Chủ tịch UBND tỉnh 03 "
      "đồng chí; trong tổng số 16 lượt quy hoạch các chức danh chủ chốt có 12 đồng chí (có đồng chí được quy "
      "hoạch từ 02 chức danh trở lên).",
      summ("tổng số 16 lượt", "16", ["03", "07", "03", "03"]),
      subset("có 12 đồng chí", "16", ["12"],
             note="12 persons hold 16 planning slots (lượt): persons ≤ slots, not a contradiction."))
    P("2. Quy hoạch cấp ủy cấp huyện và tương đương nhiệm kỳ 2025 - 2030")
    P("Ban Thường vụ Tỉnh ủy phê duyệt quy hoạch Ban Chấp hành của 10 đảng bộ trực thuộc (08 huyện, thị xã, "
      "thành phố và 02 đảng bộ khối) là 1.236 lượt đồng chí, trong đó nữ 318 lượt, chiếm 25,73%, dưới 40 "
      "tuổi 341 lượt, chiếm 27,58%; so với nhiệm kỳ 2015 - 2020 (1.140 lượt) tăng 96 lượt.",
      summ("của 10 đảng bộ trực thuộc", "10", ["08", "02"]),
      share("chiếm 25,73%", "318", "1.236", "25,73"),
      share("chiếm 27,58%", "341", "1.236", "27,58", expect="rounding"),
      term("so với nhiệm kỳ 2015 - 2020", "nhiệm kỳ 2015 - 2020", "nhiệm kỳ 2020 - 2025",
           expect="inconsistent", note="Planning for 2025 - 2030 compared with the previous term 2020 - 2025."),
      diff("tăng 96 lượt", "1.236", "1.140", "96", "+"))
    P("3. Quy hoạch chức danh lãnh đạo HĐND, UBND tỉnh nhiệm kỳ 2026 - 2031: quy hoạch 27 lượt đồng chí cho "
      "các chức danh Chủ tịch, Phó Chủ tịch HĐND tỉnh, Chủ tịch, Phó Chủ tịch UBND tỉnh, tăng 05 lượt so với "
      "nhiệm kỳ 2021 - 2026 (22 lượt).",
      diff("tăng 05 lượt", "27", "22", "05", "+"),
      term("so với nhiệm kỳ 2021 - 2026", "nhiệm kỳ 2021 - 2026", "nhiệm kỳ 2021 - 2026",
           note="State-body (HĐND) terms: 2026 - 2031 follows 2021 - 2026."))
    P("4. Quy hoạch lãnh đạo cấp sở, ban, ngành tỉnh: có 36 cơ quan, đơn vị cấp tỉnh đã phê duyệt quy hoạch "
      "426 lượt cán bộ cho chức danh cấp trưởng, cấp phó, trong đó nữ 139 lượt (32,6%), cán bộ trẻ 121 lượt "
      "(28,4%).",
      share("(32,6%)", "139", "426", "32,6"),
      share("(28,4%)", "121", "426", "28,4"))
    P("Quy trình rà soát, bổ sung quy hoạch được thực hiện dân chủ, công khai, chặt chẽ theo phương châm "
      "“động” và “mở”; đưa ra khỏi quy hoạch những trường hợp không còn đủ tiêu chuẩn, điều kiện, uy tín thấp "
      "hoặc bị xử lý kỷ luật, đồng thời bổ sung cán bộ trẻ, cán bộ nữ có triển vọng; không quy hoạch “khép "
      "kín” trong từng cơ quan, đơn vị.")
    P("C. CÔNG TÁC LUÂN CHUYỂN, ĐIỀU ĐỘNG, BỔ NHIỆM CÁN BỘ")
    P("Năm 2024, Ban Thường vụ Tỉnh ủy luân chuyển 23 cán bộ (từ tỉnh về huyện 09 đồng chí, từ huyện lên "
      "tỉnh 04 đồng chí, giữa các huyện 08 đồng chí, giữa các sở, ngành 03 đồng chí); điều động 31 đồng chí. "
      "Bổ nhiệm, giới thiệu ứng cử 187 lượt (bổ nhiệm mới 112 lượt, bổ nhiệm lại 51 lượt, giới thiệu ứng cử "
      "24 lượt); tỷ lệ cán bộ nữ được bổ nhiệm mới là 31,25% (35/112 lượt).",
      summ("luân chuyển 23 cán bộ", "23", ["09", "04", "08", "03"], expect="inconsistent", right="24",
           note="09 + 04 + 08 + 03 = 24; either the total or one direction is wrong."),
      summ("ứng cử 187 lượt", "187", ["112", "51", "24"]),
      fraction("31,25% (35/112 lượt)", "35", "112", "31,25"))
    P("Trong 112 lượt bổ nhiệm mới có 27 lượt cấp sở và tương đương, 58 lượt cấp phòng thuộc sở, 27 lượt cấp "
      "phòng thuộc UBND cấp huyện; 100% cán bộ được bổ nhiệm đều trong quy hoạch.",
      summ("Trong 112 lượt", "112", ["27", "58", "27"]))
    P("D. ĐÁNH GIÁ CHUNG")
    P("Năm 2024 đã cử 58 đồng chí học cao cấp lý luận chính trị, đào tạo trung cấp lý luận chính trị - hành "
      "chính 1.126 học viên, đào tạo sau đại học 41 đồng chí; quy hoạch Ban Chấp hành Đảng bộ tỉnh nhiệm kỳ "
      "2025 - 2030 hiện có 145 đồng chí, tỷ lệ nữ trong quy hoạch Ban Chấp hành đạt 25,73%; cơ cấu quy hoạch "
      "cơ bản bảo đảm ba độ tuổi.",
      repeat("cử 58 đồng chí học", "58", "58"),
      repeat("chính 1.126 học viên", "1.126", "1.126"),
      repeat("sau đại học 41 đồng chí;", "41", "41"),
      repeat("hiện có 145 đồng chí", "148", "145", expect="ambiguous",
             note="'hiện có' (now) vs the approved 148; planning is 'động và mở' and may have changed since; the date is not given."),
      repeat("đạt 25,73%", "25", "25,73", expect="inconsistent", right="25%",
             note="Women in the provincial BCH planning are 37/148 = 25 %; 25,73 % is the district-level figure (318/1.236) copied here; it fits neither 148 nor 145 (no integer count gives 25,73 %)."))
    P("Hạn chế: tỷ lệ cán bộ trẻ, cán bộ người dân tộc thiểu số trong quy hoạch còn thấp; một số cơ quan còn "
      "tình trạng “khép kín” trong quy hoạch; tỷ lệ cán bộ, công chức cấp xã đạt chuẩn trình độ chuyên môn "
      "mới đạt 96,8%.",
      amb("share", "mới đạt 96,8%", "96,8",
            note="Number of commune officials and of those meeting the standard are not stated."))
    P("Nguyên nhân: nguồn cán bộ trẻ, cán bộ nữ được đào tạo cơ bản còn ít; một số cấp ủy chưa quan tâm đúng "
      "mức đến việc phát hiện, giới thiệu nhân tố mới; kinh phí đào tạo sau đại học còn hạn chế, chính sách "
      "hỗ trợ chưa đủ sức thu hút.")
    P("E. PHƯƠNG HƯỚNG NĂM 2025")
    P("- Cử 60 đồng chí đi học cao cấp lý luận chính trị; mở 15 lớp trung cấp lý luận chính trị - hành "
      "chính; hoàn thành rà soát, bổ sung quy hoạch nhiệm kỳ 2026 - 2031 đối với HĐND, UBND các cấp trước "
      "ngày 30/6/2025.")
    P("- Thực hiện nghiêm Quy định số 80-QĐ/TW ngày 18/8/2022 của Bộ Chính trị về phân cấp quản lý cán bộ và "
      "bổ nhiệm, giới thiệu cán bộ ứng cử; luân chuyển cán bộ gắn với sắp xếp tổ chức bộ máy.")
    P("Nơi nhận: - Ban Tổ chức Trung ương; - Thường trực Tỉnh ủy; - Lưu BTC. Chuyên viên theo dõi: phòng Cán "
      "bộ, ĐT 0270.3823.194.")
    P("K/T TRƯỞNG BAN - PHÓ TRƯỞNG BAN")
    return d


# ==========================================================================
# p4-06  UBND huyện - báo cáo KT-XH năm 2024 (tài chính - ngân sách, văn hóa - xã hội)
# ==========================================================================

def draft6():
    d = Draft("p4-06-kt-xh-huyen-tan-hiep-2024")
    P = d.p
    P("ỦY BAN NHÂN DÂN")
    P("HUYỆN TÂN HIỆP")
    P("Số: 412/BC-UBND")
    P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    P("Độc lập - Tự do - Hạnh phúc")
    P("Tân Hiệp, ngày 02 tháng 12 năm 2024")
    P("BÁO CÁO")
    P("Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2024; phương hướng, nhiệm vụ năm 2025")
    P("(Trích phần tài chính - ngân sách và văn hóa - xã hội, trình Kỳ họp thứ 21 HĐND huyện khóa XII)")
    P("Căn cứ Nghị quyết số 86/NQ-HĐND ngày 15/12/2023 của HĐND huyện về kế hoạch phát triển kinh tế - xã "
      "hội năm 2024; Quyết định số 3125/QĐ-UBND ngày 20/12/2023 của UBND huyện về giao dự toán ngân sách năm "
      "2024, UBND huyện báo cáo như sau:")
    P("Huyện có 13 đơn vị hành chính cấp xã (12 xã, 01 thị trấn). Năm 2024, trong 22 chỉ tiêu chủ yếu Nghị "
      "quyết HĐND huyện giao, có 19 chỉ tiêu đạt và vượt, 03 chỉ tiêu không đạt (tốc độ tăng giá trị sản xuất "
      "công nghiệp, tỷ lệ đô thị hóa, số doanh nghiệp thành lập mới).",
      summ("13 đơn vị hành chính cấp xã", "13", ["12", "01"]),
      summ("22 chỉ tiêu chủ yếu", "22", ["19", "03"]))
    P("I. TÀI CHÍNH - NGÂN SÁCH")
    P("1. Thu ngân sách: Tổng thu ngân sách nhà nước trên địa bàn ước thực hiện 486.350 triệu đồng, đạt "
      "112,4% dự toán tỉnh giao (432.700 triệu đồng), đạt 104,3% dự toán HĐND huyện giao (466.300 triệu "
      "đồng), tăng 8,6% so với cùng kỳ (447.830 triệu đồng). Trong đó: thu nội địa 471.920 triệu đồng, thu "
      "huy động đóng góp 14.430 triệu đồng.",
      summ("ước thực hiện 486.350 triệu đồng", "486.350", ["471.920", "14.430"]),
      ratio("đạt 112,4%", "486.350", "432.700", "112,4"),
      ratio("đạt 104,3%", "486.350", "466.300", "104,3"),
      ratio("tăng 8,6%", "486.350", "447.830", "8,6", mode="rel"))
    P("Một số khoản thu lớn: thu tiền sử dụng đất 168.400 triệu đồng, chiếm 34,62% tổng thu, đạt 120,3% dự "
      "toán (140.000 triệu đồng); thu thuế công thương nghiệp ngoài quốc doanh 142.650 triệu đồng, đạt 95,1% "
      "dự toán (150.000 triệu đồng); lệ phí trước bạ 38.760 triệu đồng; thuế thu nhập cá nhân 29.840 triệu "
      "đồng. Nếu loại trừ thu tiền sử dụng đất, thu nội địa đạt 303.520 triệu đồng.",
      share("chiếm 34,62%", "168.400", "486.350", "34,62", expect="rounding"),
      ratio("đạt 120,3%", "168.400", "140.000", "120,3"),
      ratio("đạt 95,1%", "142.650", "150.000", "95,1"),
      diff("đạt 303.520 triệu đồng", "471.920", "168.400", "303.520", "+",
           note="Thu nội địa excluding land-use fees = 471.920 − 168.400."))
    P("2. Chi ngân sách: Tổng chi ngân sách địa phương ước thực hiện 612.480 triệu đồng, đạt 98,7% dự toán "
      "(620.540 triệu đồng), gồm: chi đầu tư phát triển 158.260 triệu đồng, chiếm 25,83%; chi thường xuyên "
      "441.370 triệu đồng, chiếm 72,06%; chi từ nguồn dự phòng và chi khác 12.850 triệu đồng. Trong chi "
      "thường xuyên, chi sự nghiệp giáo dục - đào tạo 236.410 triệu đồng, chiếm 53,56%; chi sự nghiệp y tế "
      "18.920 triệu đồng; chi quản lý hành chính 82.640 triệu đồng.",
      ratio("đạt 98,7%", "612.480", "620.540", "98,7"),
      summ("ước thực hiện 612.480 triệu đồng", "612.480", ["158.260", "441.370", "12.850"]),
      share("chiếm 25,83%", "158.260", "612.480", "25,83", expect="rounding"),
      share("chiếm 72,06%", "441.370", "612.480", "72,06"),
      share("chiếm 53,56%", "236.410", "441.370", "53,56",
            note="Base is chi thường xuyên, as the sentence says ('Trong chi thường xuyên')."))
    P("Công tác quản lý, điều hành ngân sách được thực hiện chặt chẽ, tiết kiệm; ưu tiên bố trí vốn cho các "
      "công trình chuyển tiếp, công trình trường học, trạm y tế và giao thông nông thôn; thực hiện nghiêm "
      "Nghị định số 99/2021/NĐ-CP ngày 11/11/2021 của Chính phủ về quản lý, thanh toán, quyết toán dự án sử "
      "dụng vốn đầu tư công. Tỷ lệ giải ngân vốn đầu tư công đến ngày 30/11/2024 đạt khá so với bình quân "
      "chung của tỉnh.")
    P("II. VĂN HÓA - XÃ HỘI")
    P("1. Giáo dục và đào tạo: Năm học 2024 - 2025, toàn huyện có 78 trường (mầm non 26 trường, tiểu học 31 "
      "trường, THCS 18 trường, liên cấp tiểu học - THCS 03 trường) với 32.416 học sinh, tăng 1.248 học sinh "
      "so với năm học trước (31.168 học sinh).",
      summ("có 78 trường", "78", ["26", "31", "18", "03"]),
      diff("tăng 1.248 học sinh", "32.416", "31.168", "1.248", "+"))
    P("Toàn huyện có 61/78 trường đạt chuẩn quốc gia, đạt 78,21%, tăng 04 trường và tăng 5,13% so với năm "
      "2023 (57 trường); cụ thể: mầm non 19/26 trường (73,08%), tiểu học 25/31 trường (80,65%), THCS 15/18 "
      "trường (88,33%), liên cấp 02/03 trường[",
      fraction("đạt 78,21%", "61", "78", "78,21"),
      summ("61/78 trường", "61", ["19", "25", "15", "02"], figure="61/78"),
      diff("tăng 04 trường", "61", "57", "04", "+"),
      mk("points", "tăng 5,13%", "5,13",
         "consistent" if rnd(num("61") / 78 * 100, 2) - rnd(num("57") / 78 * 100, 2) == num("5,13") else "inconsistent",
         "consistent", None,
         "Points reading: 78,21 − 73,08 (57/78) = 5,13 điểm phần trăm, written with '%' (holds); relative "
         "reading 78,21/73,08 − 1 = 7,02 % does not.", figs=("61", "57", "78", "5,13")),
      fraction("mầm non 19/26 trường (73,08%)", "19", "26", "73,08"),
      fraction("tiểu học 25/31 trường (80,65%)", "25", "31", "80,65"),
      fraction("THCS 15/18 trường (88,33%)", "15", "18", "88,33", expect="inconsistent",
               note="One-digit typo: 83,33 written 88,33."),
      fraction_whole("liên cấp 02/03 trường", "02/03", "03", note="Whole equals the 03 inter-level schools listed above."))
    P("]. Kết quả năm học 2023 - 2024: tỷ lệ học sinh hoàn thành chương trình tiểu học 99,87%; tỷ lệ học "
      "sinh tốt nghiệp THCS 99,62% (2.876/2.887 học sinh); tỷ lệ học sinh bỏ học 0,21%, giảm 0,08 điểm phần "
      "trăm so với năm học trước.",
      fraction("THCS 99,62%", "2.876", "2.887", "99,62"),
      amb("points", "giảm 0,08 điểm phần trăm", "0,08",
             note="The previous year's drop-out rate is not stated."))
    P("Ngành giáo dục triển khai Chương trình giáo dục phổ thông 2018 đối với các lớp 5, lớp 9 đúng lộ trình; "
      "tổ chức thành công Hội khỏe Phù Đổng cấp huyện lần thứ X; thực hiện việc sắp xếp, sáp nhập các điểm "
      "trường lẻ theo Kế hoạch số 215/KH-UBND ngày 14/5/2024, bảo đảm không ảnh hưởng đến việc học tập của "
      "học sinh.")
    P("2. Y tế, dân số: Tỷ lệ bao phủ bảo hiểm y tế đạt 93,41% dân số (167.215/179.012 người), tăng 1,26 "
      "điểm phần trăm so với năm 2023 (92,15%), đạt 100,4% chỉ tiêu Nghị quyết HĐND huyện giao (93%). Tất cả "
      "trạm y tế xã, thị trấn đạt Bộ tiêu chí quốc gia về y tế xã; tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng "
      "đầy đủ đạt 97,6%; tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi 14,2%, giảm 0,6 điểm phần "
      "trăm.",
      fraction("đạt 93,41% dân số", "167.215", "179.012", "93,41"),
      points("tăng 1,26", "93,41", "92,15", "1,26", "+"),
      ratio("đạt 100,4%", "93,41", "93", "100,4"),
      amb("points", "giảm 0,6 điểm phần", "0,6",
             note="Previous stunting rate not stated."))
    P("3. Lao động, việc làm, giảm nghèo và an sinh xã hội")
    P("Giải quyết việc làm cho 3.860 lao động, đạt 110,29% kế hoạch (3.500 lao động), "
      "gồm: xuất khẩu lao động 142 người, làm việc tại các khu, cụm công nghiệp trong huyện 1.926 người, "
      "làm việc tại doanh nghiệp, cơ sở khác trong tỉnh 1.180 người, đi làm việc ngoài tỉnh 602 người. Tỷ lệ lao động qua đào tạo đạt 71,5%.",
      ratio("đạt 110,29%", "3.860", "3.500", "110,29"),
      summ("việc làm cho 3.860 lao động", "3.860", ["142", "1.926", "1.180", "602"], expect="inconsistent",
           right="3.850",
           note="'gồm' introduces an exhaustive breakdown (export, district industrial zones, elsewhere in the province, outside the province) that sums to 3.850, 10 short; either a part or the total is mistyped."))
    P("Theo kết quả rà soát hộ nghèo, hộ cận nghèo cuối năm 2024 (Quyết định số 3018/QĐ-UBND ngày "
      "25/11/2024), toàn huyện còn 1.132 hộ nghèo, chiếm 2,86% tổng số hộ dân cư (39.580 hộ), trong đó hộ "
      "nghèo là đồng bào dân tộc thiểu số 214 hộ; giảm 336 hộ và giảm 0,85 điểm phần trăm so với cuối năm "
      "2023 (1.468 hộ, chiếm 3,71%). Hộ cận nghèo 1.785 hộ, chiếm 4,51%, giảm 0,42 điểm phần trăm so với "
      "năm 2023 (4,83%).",
      share("chiếm 2,86%", "1.132", "39.580", "2,86"),
      subset("thiểu số 214 hộ", "1.132", ["214"]),
      diff("giảm 336 hộ", "1.132", "1.468", "336", "-"),
      points("giảm 0,85 điểm phần trăm", "2,86", "3,71", "0,85", "-"),
      share("chiếm 3,71%", "1.468", "39.580", "3,71", expect="ambiguous",
            note="The 2023 household total is not stated; on the 2024 total 1.468/39.580 = 3,709 → 3,71 fits, but the true base is unknown."),
      share("chiếm 4,51%", "1.785", "39.580", "4,51"),
      points("giảm 0,42 điểm phần trăm", "4,51", "4,83", "0,42", "-", expect="inconsistent"))
    P("Ngân hàng Chính sách xã hội huyện giải ngân 186,4 tỷ đồng cho 4.312 lượt hộ vay; tổng dư nợ đến "
      "30/11/2024 đạt 742,6 tỷ đồng, tăng 53,8 tỷ đồng so với đầu năm (684,3 tỷ đồng), tỷ lệ nợ quá hạn "
      "0,18%. Trao 3.946 phần quà Tết cho hộ nghèo, hộ cận nghèo, gia đình chính sách với tổng trị giá 2,37 "
      "tỷ đồng; hỗ trợ xây mới 86 căn nhà cho hộ nghèo theo Chương trình xóa nhà tạm, nhà dột nát.",
      diff("tăng 53,8 tỷ đồng", "742,6", "684,3", "53,8", "+", expect="inconsistent", right="tăng 58,3 tỷ đồng",
           note="742,6 − 684,3 = 58,3; 53,8 swaps two digits."))
    P("Thực hiện đầy đủ, kịp thời các chính sách đối với người có công, đối tượng bảo trợ xã hội; tổ chức "
      "thăm, tặng quà gia đình chính sách nhân kỷ niệm 77 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - "
      "27/7/2024); công tác bảo vệ, chăm sóc trẻ em, bình đẳng giới, phòng, chống tệ nạn xã hội được quan tâm.",
      diff("77 năm", "2024", "1947", "77", "+", note="Anniversary: 2024 − 1947 = 77."))
    P("4. Văn hóa, thông tin, thể thao: có 37.412/39.580 hộ đạt danh hiệu “Gia đình văn hóa”, chiếm 94,52%; "
      "108/112 ấp, khu phố đạt danh hiệu “Ấp văn hóa”, “Khu phố văn hóa” (96,42%); toàn bộ các xã đạt chuẩn nông "
      "thôn mới, trong đó 07 xã đạt chuẩn nông thôn mới nâng cao, chiếm 58,33%, 02 xã đạt chuẩn nông thôn "
      "mới kiểu mẫu.",
      fraction("chiếm 94,52%", "37.412", "39.580", "94,52"),
      fraction("(96,42%)", "108", "112", "96,42", expect="rounding"),
      share("chiếm 58,33%", "07", "12", "58,33", note="Base: the 12 xã stated at the start (the thị trấn is not a xã)."))
    P("Các hoạt động văn hóa, văn nghệ, thể dục thể thao chào mừng các ngày lễ lớn được tổ chức sôi nổi; "
      "Giải bóng đá nông dân cấp huyện, Hội thi đờn ca tài tử thu hút đông đảo Nhân dân tham gia; công tác "
      "quản lý nhà nước về hoạt động quảng cáo, kinh doanh karaoke, dịch vụ Internet được tăng cường.")
    P("III. ĐÁNH GIÁ CHUNG")
    P("Năm 2024, thu ngân sách nhà nước trên địa bàn đạt 486,4 tỷ đồng, vượt dự toán tỉnh giao; tổng chi "
      "ngân sách địa phương 621,5 tỷ đồng; tỷ lệ hộ nghèo giảm còn 2,86%, tỷ lệ hộ nghèo trong đồng bào dân "
      "tộc thiểu số còn 6,35%; tỷ lệ bao phủ bảo hiểm y tế đạt 93,41%; có 61 trường đạt chuẩn quốc gia.",
      repeat("đạt 486,4 tỷ đồng", fmt(num("486.350") / 1000, 1), "486,4", source="486.350",
             note="486.350 triệu đồng = 486,35 tỷ → 486,4 (rounded conversion)."),
      repeat("621,5 tỷ đồng", fmt(num("612.480") / 1000, 1), "621,5", expect="inconsistent", source="612.480",
             right="612,5 tỷ đồng", note="612.480 triệu đồng = 612,5 tỷ; digits transposed."),
      repeat("còn 2,86%", "2,86", "2,86"),
      amb("share", "còn 6,35%", "6,35",
            note="Base (households of ethnic minorities) is not stated; 214/39.580 (all households) is not the right base."),
      repeat("đạt 93,41%;", "93,41", "93,41"),
      repeat("có 61 trường", "61", "61"))
    P("Hạn chế: một số chỉ tiêu không đạt kế hoạch; thu ngân sách còn phụ thuộc nhiều vào thu tiền sử dụng đất; tỷ lệ suy "
      "dinh dưỡng thể thấp còi ở trẻ em còn cao.")
    P("Nguyên nhân: nguồn thu ngân sách chưa bền vững; một số dự án thu tiền sử dụng đất chậm triển khai do "
      "vướng bồi thường, giải phóng mặt bằng; trình độ, kỹ năng nghề của một bộ phận người lao động còn thấp; "
      "nhận thức của một bộ phận người dân về tham gia bảo hiểm y tế hộ gia đình chưa đầy đủ.")
    P("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025")
    P("- Phấn đấu tổng thu ngân sách nhà nước trên địa bàn đạt 510 tỷ đồng trở lên (tăng 4,9% so với ước "
      "thực hiện năm 2024).",
      ratio("tăng 4,9%", "510", "486,35", "4,9", mode="rel", note="Using 486.350 triệu = 486,35 tỷ.",
            figs=("510", "486.350", "4,9")))
    P("- Giảm tỷ lệ hộ nghèo xuống dưới 2,2% (giảm 0,66 điểm phần trăm); tỷ lệ bao phủ bảo hiểm y tế đạt 94% "
      "trở lên.",
      points("giảm 0,66 điểm phần trăm", "2,2", "2,86", "0,66", "-"))
    P("- Có thêm 05 trường đạt chuẩn quốc gia, nâng tổng số lên 66/78 trường, đạt 84,62%.",
      summ("lên 66/78 trường", "66", ["61", "05"], figure="66/78"),
      fraction("đạt 84,62%", "66", "78", "84,62"))
    P("- Đẩy nhanh tiến độ giải ngân vốn đầu tư công; thực hiện tốt Chương trình mục tiêu quốc gia giảm "
      "nghèo bền vững và Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025; chuẩn "
      "bị các điều kiện tổ chức Đại hội Thể dục thể thao huyện lần thứ IX năm 2026.")
    P("Nơi nhận: - TT. Huyện ủy; - TT. HĐND huyện; - Các đại biểu HĐND huyện; - Lưu VT. Liên hệ: Phòng Tài "
      "chính - Kế hoạch huyện, ĐT 0297.3837.215.")
    P("TM. ỦY BAN NHÂN DÂN - CHỦ TỊCH")
    d.fn("Trường đạt chuẩn quốc gia mức độ 2: mầm non 05, tiểu học 09, THCS 06 (cộng 20 trường, chiếm 32,79% "
         "số trường đạt chuẩn).",
         summ("cộng 20 trường", "20", ["05", "09", "06"]),
         share("chiếm 32,79%", "20", "61", "32,79"))
    return d


# ==========================================================================

def main():
    drafts = [draft1(), draft2(), draft3(), draft4(), draft5(), draft6()]
    total = Counter()
    rows = []
    for d in drafts:
        claims = d.write()
        byk = Counter(c["kind"] for c in claims)
        byv = Counter(c["verdict"] for c in claims)
        total.update((c["kind"], c["verdict"]) for c in claims)
        n_par = sum(1 for l in d.lines if l.strip())
        chars = sum(len(l) for l in d.lines)
        rows.append((d.slug, len(claims), n_par, chars, byk, byv))
        print(f"{d.slug}: {len(claims)} claims, {n_par} paragraphs, {chars} chars, {dict(byv)}")
    write_summary(rows, total)


KINDS = ["sum", "subset", "share", "fraction", "difference", "points", "ratio", "repeat", "term"]
VERDICTS = ["consistent", "rounding", "inconsistent", "ambiguous"]


DESCR = {
    "p4-01": "Ban Thường trực Ủy ban MTTQ huyện — báo cáo công tác Mặt trận năm 2024 (MTTQ terms 2019 - 2024 / 2024 - 2029)",
    "p4-02": "Đảng bộ xã — Báo cáo chính trị trình Đại hội, nhiệm kỳ 2020 - 2025 → 2025 - 2030",
    "p4-03": "Ủy ban Kiểm tra Tỉnh ủy — kiểm tra, giám sát, thi hành kỷ luật đảng năm 2024",
    "p4-04": "Ban Tổ chức Thành ủy — kết nạp đảng viên, công nhận chính thức, Huy hiệu Đảng năm 2024",
    "p4-05": "Ban Tổ chức Tỉnh ủy — đào tạo, bồi dưỡng và quy hoạch cán bộ (party and HĐND terms)",
    "p4-06": "UBND huyện — KT-XH năm 2024, phần ngân sách (triệu đồng / tỷ đồng) và văn hóa - xã hội",
}


def write_summary(rows, total):
    L = ["# Prose set p4 — summary", "",
         "Generated by `make.py` (standard library, exact `Decimal`, ROUND_HALF_UP). Six drafts, one "
         "paragraph per line; footnote texts last (lines starting `[` U+FFFD `]`), footnote references "
         "exported as a line ending in `[` followed by a line starting with `]`. Every claim's verdict is "
         "recomputed by the generator from the figures as written (except `ambiguous`, a reader's "
         "judgement); every anchor is checked to occur exactly once on its line.", "",
         "## Drafts", ""]
    for slug, *_ in rows:
        L.append(f"- `{slug}.txt` — {DESCR[slug[:5]]}")
    L += ["",
         "## Per draft", "",
         "| draft | paragraphs | chars | claims | consistent | rounding | inconsistent | ambiguous |",
         "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for slug, n, npar, chars, byk, byv in rows:
        L.append(f"| {slug} | {npar} | {chars} | {n} | " + " | ".join(str(byv.get(v, 0)) for v in VERDICTS) + " |")
    L += ["", "## By kind and verdict (all drafts)", "",
          "| kind | " + " | ".join(VERDICTS) + " | total |",
          "|---|" + "---:|" * (len(VERDICTS) + 1)]
    colt = Counter()
    for k in KINDS:
        cells = [total.get((k, v), 0) for v in VERDICTS]
        for v, c in zip(VERDICTS, cells):
            colt[v] += c
        L.append(f"| {k} | " + " | ".join(map(str, cells)) + f" | {sum(cells)} |")
    L.append("| **total** | " + " | ".join(str(colt[v]) for v in VERDICTS) + f" | {sum(colt.values())} |")
    L.append("")
    with open(os.path.join(OUT, "SUMMARY.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))


if __name__ == "__main__":
    try:
        main()
    except LabelError as e:
        print("LABEL ERROR:", e, file=sys.stderr)
        sys.exit(1)
