// Breakdowns in a sentence: "498 tổ chức (gồm 171 đảng bộ cơ sở, 327 chi bộ cơ sở)", "214 chi bộ, trong đó
// 96 chi bộ ấp, 118 chi bộ ngành; 58 tổ đảng …", "38 lớp với 2.846 học viên, gồm: 04 lớp (182 học viên), …".
// A breakdown ends where its noun phrase ends (the closing parenthesis, else the semicolon or full stop); a
// part joins a total only when its unit agrees; parts naming different attributes (nữ, trẻ, dân tộc, dự bị)
// overlap and are never summed.
import { isAverage, isComparisonFigure, nounAfter, perUnit, Unit, unitAfter, unitOf, unitsAgree, unitsDiffer } from './phrases';
import type { Token } from './tokens';
import { closingParen, semicolonItems } from './brackets';
import { sum } from '../numbers/exact';
import { keystrokeInSum } from './plausible-slips';

/** `heading`: a heading's total in its parenthesis, the items after its colon; read as a parenthesis is. */
export type BreakdownHow = 'gom' | 'paren' | 'trong-do' | 'heading';

export interface BreakdownReading {
  total: Token;
  parts: Token[];
  /** Labels of the parts, for the reading's wording and dimension. */
  labels: string[];
  how: BreakdownHow;
  /** Parts from different attributes: each at most the total, no sum. */
  overlap: boolean;
  /** Parts nested in another ("xuất sắc" inside "tốt trở lên"): left out of the sum. */
  nested: Token[];
  /** Items named without a figure ("Đảng bộ Công an tỉnh"), one each. */
  named: number;
}

/** Attributes that cut across one another: a member may be nữ, trẻ and dân tộc thiểu số at once. */
const ATTRIBUTES: [string, RegExp][] = [
  ['gender', /(?<![\p{L}])(nữ|nam)(?![\p{L}])/iu],
  ['ethnicity', /dân tộc|khmer|khơ me/iu],
  ['religion', /tôn giáo|có đạo|theo đạo|công giáo|phật giáo/iu],
  ['age', /trẻ|tuổi|thanh niên/iu],
  ['probation', /dự bị/iu],
  ['role', /cấp ủy viên|cấp uỷ viên|người đứng đầu|chủ chốt|lãnh đạo|quản lý/iu],
  ['youth-union', /đoàn viên/iu],
];

const PREDICATE = /(?<![\p{L}])(đạt|được|đã|đang|đi|tham gia|bị)(?![\p{L}])/iu;

export function attributeOf(label: string): string | undefined {
  return ATTRIBUTES.find(([, re]) => re.test(label))?.[0];
}

// The total's noun runs to the opener, never across the end of a parenthesis the total stands in ("(… là 54 đồng
// chí), trong đó nữ 27": 27 is not part of 54), nor into a parenthesis of comparison ("(gấp 1,81 lần …)"); a closed
// parenthesis after the total is a detail of it, and a "trong đó" after that still opens the total's parts. Nor is a
// parenthesis holding an allocation ("118 người (biên chế được giao 124 người)"): a target, not a part.
const OPENER = /^((?:[^\d(;.:)]|\([^()]*\)){0,120}?)\s*(\(\s*(?!tăng|giảm|năm|cùng kỳ|chiếm|bằng|đạt|cộng|tổng|gấp|so với|bình quân|trung bình|khoảng|ước|chỉ tiêu|kế hoạch|thực hiện|dự toán|quy đổi|tương đương|định mức|đơn giá|mức)(?![^()\d]{0,30}?(?:được giao|được duyệt|được phê duyệt)(?![\p{L}]))(?:(gồm|bao gồm|trong đó|chia ra)\s*:?\s*)?(?=[^()]*\d)|(?:,?\s*|;\s*(?=trong đó|chia ra\s*:))(gồm|bao gồm|trong đó|chia ra)\s*(:?)\s*\(?)/iu;

// "mỗi kho 1.500 tấn", "mỗi nhà máy 02 tổ máy": a figure given to each of several things, multiplied rather than added.
const EACH = /(?<![\p{L}])mỗi(?![\p{L}])/iu;

/** "Phân theo khối", "Chia theo thẩm quyền": a sentence that opens by naming the dimension its list is complete in. */
export const DECLARED_DIMENSION = String.raw`^\s*(?:[-–+•]\s*)?(?:phân|chia|phân loại)\s+theo\s+`;
const DECLARED_LIST = new RegExp(`${DECLARED_DIMENSION}[^:;.]{1,40}:`, 'iu');

// An item naming a body with no figure counts one ("Đảng bộ Quân sự, Chi bộ Công an").
const NAMED_UNIT = /^\s*(Đảng bộ|Chi bộ|Đảng ủy|Đảng uỷ|Ban|Cơ quan|Văn phòng|Ủy ban|Uỷ ban|Công an|Quân sự|Bộ Chỉ huy)(?![\p{L}])/u;

export function breakdownsIn(text: string, tokens: Token[], sentenceStart: (at: number) => number): BreakdownReading[] {
  const out: BreakdownReading[] = [];
  // A figure with decimals is broken down only when it is a sum of money or an area, written with its unit
  // ("1.684,25 triệu đồng", "3.412,6 ha"); a bare decimal ("gấp 1,81 lần") is a multiple or a rate, never a total.
  const counts = tokens.filter((t) => t.kind === 'count' && (!t.decimals || ['money', 'measure'].includes(unitAfter(text, t)?.cls ?? '')));
  // "3.860 lao động, đạt 110,29% kế hoạch (3.500 lao động), gồm: …": a ratio to a target said of the total stands
  // between it and its list; its figures are no part of the noun phrase.
  // So does an average ("418,6 tỷ đồng, bình quân 83,72 tỷ đồng/năm; trong đó năm 2020: 61,2 …"): the list is the total's.
  const masked = text
    // Several in a row may stand there, the list after a semicolon ("28.416 lượt, bằng 108,3% so với cùng kỳ (26.226 lượt),
    // đạt 53,62% kế hoạch năm (53.000 lượt); chia ra: …").
    .replace(/(?:,\s*(?:đạt|bằng|vượt)\s+\d[\d.,]*\s*%[^,;.()\d]{0,40}(?:\([^()]*\))?)+(?=\s*[,;]\s*(?:gồm|bao gồm|trong đó|chia ra))/giu, (s) => s[0] + s.slice(1).replace(/[\d().,%]/g, 'x'))
    .replace(/,\s*(?:bình quân|trung bình)\s+\d[\d.,]*\s*[\p{L} ]{1,20}\/\s*[\p{L} ]{1,20}(?:\/\s*[\p{L}]+)?(?=\s*[,;]\s*(?:gồm|bao gồm|trong đó|chia ra))/giu, (s) => s[0] + s.slice(1).replace(/[\d().,%/]/g, 'x'));
  for (const t of counts) {
    if (masked[t.start] !== text[t.start]) continue;
    const rate = perUnit(text, t);
    // "Đoàn do lãnh đạo tỉnh dẫn đầu (09 đoàn) gồm 04 đoàn …, 06 đoàn …": a total set in a parenthesis after its noun,
    // the list opening right after that parenthesis.
    // So is a heading's total in its parenthesis, the items after its colon ("Đối tượng phân theo nơi thường trú (tổng số
    // 186 đối tượng): thành phố 32; huyện Cao Lộc 21; …").
    const set = /\(\s*$/u.test(text.slice(Math.max(0, t.start - 3), t.start))
      ? /^(\s*[\p{L} ]{1,20}\))(\s*(?:gồm|bao gồm|chia ra)\s*:?\s*)(?=[^.;]*\d)/iu.exec(masked.slice(t.end))
      : /\(\s*(?:tổng số|tổng cộng|cộng)\s*$/iu.test(text.slice(Math.max(0, t.start - 16), t.start))
        ? /^(\s*[\p{L} ]{0,20}\))(\s*:\s*)(?=[^.]*\d)/iu.exec(masked.slice(t.end))
        : null;
    const m = set ?? OPENER.exec(masked.slice(t.end));
    if (!m) continue;
    // A rate ("1.126 tấn/ngày (khu vực đô thị 487 tấn/ngày, …)") is broken down only by a list set right after its unit;
    // an average ("bình quân 353 chuyến/ngày; trong đó …") or a price further from a parenthesis never is.
    if (rate && (!/^\s*[\p{L}\s]+\/\s*[\p{L}]+(?:\s*\/\s*[\p{L}]+)?\s*$/u.test(m[1]) || isAverage(text, t, 2))) continue;
    // "chia ra: trồng trọt 186 mô hình, chăn nuôi 94, …, chế biến 47; trong đó 58 mô hình …": a bare last item of a list
    // of figures set off by commas, closed by the semicolon, owns no "trong đó"; the list's whole does.
    if (/^\s*;/u.test(m[2]) && !m[1].trim() && closesCommaList(text, t, sentenceStart(t.start))) continue;
    // The opener itself (m[2]), not the noun before it, which may hold a closed parenthesis of its own.
    // "Phân theo khối: tổng cộng …, trong đó …": a breakdown the sentence declares by its dimension is complete.
    const declared = DECLARED_LIST.test(text.slice(sentenceStart(t.start), t.start));
    const how: BreakdownHow = /trong đó/iu.test(m[2]) && !declared ? 'trong-do' : /gồm|chia ra|trong đó/iu.test(m[2]) ? 'gom' : set && /^\s*:\s*$/u.test(m[2]) ? 'heading' : 'paren';
    const open = t.end + m[0].length;
    const paren = m[2].includes('(');
    const colon = m[2].includes(':');
    let close: number;
    if (paren) close = closingParen(text, open);
    else {
      // An ellipsis ("chi khác ... triệu đồng") is a figure left blank, not the sentence's end.
      const end = /(?<!\.)\.(?!\.)(\s|$)/u.exec(text.slice(open));
      let stop = end ? open + end.index : text.length;
      // A total written inside a parenthesis ("(tổng mức đầu tư 146,8 tỷ đồng, gồm …, ngân sách tỉnh 56,8 tỷ đồng): năm
      // 2024 giải ngân …") has its list end where that parenthesis closes.
      const enclosing = text.lastIndexOf('(', t.start);
      if (enclosing > text.lastIndexOf(')', t.start)) {
        const shut = closingParen(text, enclosing + 1);
        if (shut >= open && shut < stop) stop = shut;
      }
      // "gồm 07 chỉ tiêu về kinh tế, …, 02 chỉ tiêu về xây dựng Đảng, hệ thống chính trị, trong đó có …": a "trong đó"
      // after the items opens a detail of the whole, not another item.
      // So does ", với 104 ấp …": another noun phrase of the sentence.
      // So does "; trong đó" after items set off by semicolons ("gồm: a; b; c; trong đó chi hỗ trợ … 712,5 triệu đồng").
      const detail = how !== 'trong-do' ? /,\s*(?:trong đó|với)(?![\p{L}])|;\s*trong đó(?![\p{L}])/iu.exec(text.slice(open, stop)) : null;
      if (detail) stop = open + detail.index;
      // So does a clause after the items that opens on a comparison ("…; các hoạt động khác 5,51 tỷ đồng; gấp 2,3 lần so
      // với nhiệm kỳ trước (8,1 tỷ đồng)"): it compares the whole, its figures are no item.
      const compared = /;\s*(?:tăng|giảm|gấp|so với)(?![\p{L}])/iu.exec(text.slice(open, stop));
      if (compared) stop = open + compared.index;
      // After a colon the items may be set off by semicolons; otherwise the semicolon ends the noun phrase.
      // A semicolon inside a parenthesis ("38 giảng viên (lãnh đạo 09; trưởng, phó 12)") separates that parenthesis's items.
      const semi = topLevelIndexOf(text, ';', open);
      close = semi < 0 || semi > stop ? stop : semi;
      // "gồm: a; b; c" sets its items off by semicolons, unless the first of them is already a list. So does "gồm"
      // without a colon when each item is a figure of the total's own unit ("71 đảng viên, gồm khiển trách 38 đồng
      // chí, chiếm 53,52%; cảnh cáo 19 …"; "1.523 chi bộ trực thuộc gồm 525 chi bộ ấp, khu vực; 517 chi bộ …"):
      // "trong đó a; 58 tổ đảng" is not, its semicolon ends the noun phrase.
      const firstIsOne = close === semi && splitItems(text.slice(open, semi), open).filter((i) => /\d(?![\d.,]*\s*%)/u.test(text.slice(i.start, i.end).replace(/\([^()]*\)/g, ''))).length < 2;
      // A "trong đó" list of categories, each with its share ("trong đó nữ 27 đồng chí, chiếm 27,55%; trẻ dưới 45
      // tuổi 31 đồng chí, chiếm 31,63%; …"), runs on past its semicolons too.
      // An item that opens a list of its own ("…; cấp xã đã giải quyết 3.000 hồ sơ, trong đó đúng hạn 2.950 hồ sơ, đạt
      // 98,33%") is a clause of its own, not a category of this list.
      const sharedItems = how === 'trong-do' && text.slice(open, stop).split(';').every((i) => /(chiếm|đạt)\s*(tỷ lệ\s*)?\d[\d.,]*\s*%\s*$/iu.test(i.trim()) && !/(?<![\p{L}])(?:trong đó|gồm|bao gồm|chia ra)(?![\p{L}])/iu.test(i));
      if (firstIsOne && (colon || ((how === 'gom' || sharedItems) && semicolonItemsOfUnit(text, tokens, open, stop, unitAfter(text, t))))) close = stop;
      // "gồm 72 mẫu phân bón và 35 mẫu thức ăn chăn nuôi, phát hiện 05 mẫu …": "và" between two items with figures joins
      // the last item; the comma after it opens another clause.
      if (!colon && !text.slice(open, close).includes(';')) close = lastItemEnd(text, open, close, unitAfter(text, t));
    }
    if (close < 0) continue;
    const region = text.slice(open, close);
    const items = splitItems(region, open);
    if (items.length < 2 && !(how === 'trong-do' || paren)) continue;
    const parts: Token[] = [];
    const labels: string[] = [];

    let named = 0;
    let unnumbered = false;
    // "Chi thường xuyên 9.642,71 tỷ đồng gồm: giáo dục, đào tạo 3.912,45; y tế, dân số 1.286,30; …": items written bare
    // after an amount or an area count in its unit, decimals and all.
    const measured = ['money', 'measure'].includes(unitAfter(text, t)?.cls ?? '');
    const itemCounts = measured ? tokens.filter((x) => x.kind === 'count' && (counts.includes(x) || !unitAfter(text, x))) : counts;
    // "ngân sách tỉnh hỗ trợ 3,50 tỷ đồng theo Quyết định số 1268/QĐ-UBND ngày 22/5/2024": a document an item cites, its
    // number and its date, is no figure and leaves the item read.
    const cited = [...text.slice(open, close).matchAll(/(?<![\p{L}])số\s+\d[\d.]*[/-][\p{L}\d./-]*(?:\s+ngày\s+\d{1,2}\/\d{1,2}\/\d{4})?/giu)].map((c) => [open + c.index!, open + c.index! + c[0].length]);
    const citing = (x: Token) => cited.some(([a, b]) => x.start >= a && x.end <= b);
    for (const [i, item] of items.entries()) {
      const inside = itemCounts.filter((x) => x.start >= item.start && x.end <= item.end && !citing(x));
      // "… và 05 nhà máy khu vực nông thôn, miền núi 14.000 m³/ngày đêm": of an amount, a bare count whose item runs on
      // past a comma to the figure in the amount's unit counts the item's members; that figure is the item's.
      const runsOn = measured && inside.length === 1 && !unitAfter(text, inside[0]) && !inside[0].decimals && /^\s+\p{Ll}/u.test(text.slice(inside[0].end, item.end)) && text[item.end] === ',' && i + 2 === items.length && (() => {
        const next = itemCounts.filter((x) => x.start >= items[i + 1].start && x.end <= items[i + 1].end);
        return next.length === 1 && unitAfter(text, next[0])?.word === unitAfter(text, t)?.word && !/\d/u.test(text.slice(items[i + 1].start, next[0].start));
      })();
      if (runsOn) continue;
      // An age, a threshold or a period in an item's label ("trẻ dưới 45 tuổi 31 đồng chí") names the category; a
      // document number or a placeholder leaves the item unread.
      // So does a day of the year or a month written without a full date ("dịp 18/4 là 2.115 suất", "thành lập tháng
      // 5/2024"): a full date may be a document's.
      const dayOrMonth = (x: Token) => x.kind === 'other' && x.why === 'date' && !/^\d{1,2}\/\d{1,2}\/\d{2,4}$/u.test(x.text);
      const others = tokens.filter((x) => x.start >= item.start && x.end <= item.end && x.kind !== 'count' && x.kind !== 'percent' && !(x.kind === 'other' && x.why && x.why !== 'date') && !dayOrMonth(x) && !citing(x));
      if (others.length) {
        unnumbered = true;
        break;
      }
      // "trong đó 08 trạm đã được đầu tư xây dựng kiên cố, các trạm còn lại là nhà tạm": a "trong đó" list names some
      // parts; a clause without a figure after them ends it.
      if (!inside.length && how === 'trong-do' && parts.length && !NAMED_UNIT.test(text.slice(item.start, item.end))) break;
      if (!inside.length) {
        // A named unit counts one; anything else without a figure leaves the reading uncertain.
        if (NAMED_UNIT.test(text.slice(item.start, item.end))) named++;
        else unnumbered = true;
        continue;
      }
      // "(mệnh giá 500.000 đồng 74 tờ; 200.000 đồng 38 tờ; …)" of "126 tờ tiền giả": an amount naming the item (a
      // denomination) comes before the count, when the total counts no money.
      const money = (x: Token) => unitAfter(text, x)?.cls === 'money';
      const denominated = !money(t) && inside.length >= 2 && money(inside[0]) && !money(inside[1]);
      // "dự án đường Vành đai 3: 138 mộ": a number in the name before the item's colon names it; its figure follows.
      const colonAt = text.slice(item.start, item.end).indexOf(':');
      const afterColon = colonAt >= 0 ? inside.find((x) => x.start > item.start + colonAt) : undefined;
      // "lò hỏa táng số 4 (…) 4,20 tỷ đồng" of an amount: the item's figure is the one in the amount's unit, and a rate
      // in the item ("(bình quân 60 triệu đồng/căn)") is no part of it.
      const inUnit = measured && inside.length >= 2 && unitAfter(text, inside[0])?.cls !== unitAfter(text, t)?.cls ? inside.find((x) => unitAfter(text, x)?.cls === unitAfter(text, t)?.cls && !perUnit(text, x)) : undefined;
      const lead = inUnit ?? (afterColon && inside[0] !== afterColon && !/[(]/u.test(text.slice(item.start, item.start + colonAt)) ? afterColon : denominated ? inside[1] : inside[0]);
      // "(kỳ trước chuyển sang 03 vụ việc, phát sinh trong kỳ 28 vụ việc, giảm 06 vụ việc so với …)": a change of the
      // item before it is no item.
      // "Thuế giá trị gia tăng 3,48 tỷ đồng" names a tax: "gia tăng" is no change.
      if (/(?<![\p{L}])(?<!gia\s)(tăng|giảm)\s*$/iu.test(text.slice(Math.max(item.start, lead.start - 12), lead.start))) continue;
      // Nor is a rate of change with the value it compares with ("phát hành 0,73 tỷ đồng, giảm 9,9% so với cùng kỳ (0,81
      // tỷ đồng)"): 0,81 is last year's.
      if (/^\s*(?:tăng|giảm)\s+\d[\d.,]*[^,;()]*so với[^,;()]*\(\s*$/iu.test(text.slice(item.start, lead.start))) continue;
      // "418 người (đầu năm 425 người, giảm 07 người)": a parenthesis giving the total at another time breaks nothing down.
      if (paren && /^\s*(?:(?:đầu|cuối)\s+(?:năm|kỳ|nhiệm kỳ|giai đoạn|quý|tháng)|cùng kỳ|năm trước|kỳ trước)(?:\s+(?:19|20)\d{2})?\s*(?:là|:)?\s*$/iu.test(text.slice(item.start, lead.start))) {
        unnumbered = true;
        break;
      }
      // "…, trong đó nữ 17 đồng chí, đạt 96,67% kế hoạch (60)": a target in its parenthesis is no item.
      if (/(?<![\p{L}])(?:kế hoạch|chỉ tiêu|dự toán)[^,;()\d]{0,30}\(\s*$/iu.test(text.slice(item.start, lead.start))) continue;
      // "kho Mỹ Xuyên và kho Vĩnh Châu mỗi kho 1.500 tấn": a figure given to each of several items counts more than once;
      // the list is not read.
      if (EACH.test(text.slice(item.start, lead.start))) {
        unnumbered = true;
        break;
      }
      parts.push(lead);
      labels[parts.length - 1] = (text.slice(item.start, item.end).replace(/\([^()]*\)/g, ' ').replace(/\d[\d.,]*\s*%?/g, ' ').replace(/\s+/g, ' ').trim());
      // "04 lớp cao cấp (182 học viên)": a figure in another unit is a parallel measure, kept for its own total.
      for (const x of inside.filter((y) => y !== lead && !(denominated && y === inside[0]))) {
        if (!unitsDiffer(unitAfter(text, x), unitAfter(text, lead)) || (inUnit && perUnit(text, x))) continue;
        // "14 xã, thị trấn (13 xã, 01 thị trấn)": a parenthesis listing figures breaks the item down; it is read as a
        // breakdown of its own.
        if (inside.filter((y) => y !== lead && inParenAt(text, item.start, y.start) === inParenAt(text, item.start, x.start) && inParenAt(text, item.start, x.start) >= 0).length >= 2) continue;
        // "16 khu vực ở 02 thị trấn": a figure after "ở", "tại", "thuộc" places the item; it measures nothing of it.
        if (/(?<![\p{L}])(?:ở|tại|thuộc|của|trên địa bàn)\s*$/iu.test(text.slice(Math.max(item.start, x.start - 14), x.start))) continue;
        parts.push(x);
        labels[parts.length - 1] = labels[parts.length - 2];
      }
    }
    if (unnumbered || parts.length === 0) continue;
    // "58,6 triệu đồng, chưa đạt chỉ tiêu (62 triệu đồng)": a parenthesis holding the target or the value compared with.
    if (paren && isComparisonFigure(text, parts[0])) continue;
    // Parts grouped by unit, each with its own total: the nearest figure before the opener whose unit agrees.
    const groups = new Map<string, Token[]>();
    // A part with no unit of its own ("01 Chủ nhiệm, 02 Phó Chủ nhiệm, 02 ủy viên chuyên trách") counts in the
    // total's unit: it is grouped with the total, not set apart as a list of its own.
    const leadClass = unitAfter(text, parts[0])?.cls ?? unitAfter(text, t)?.cls ?? '';
    // "14 đảng bộ trực thuộc (08 huyện, 01 thị xã, 01 thành phố và 04 đảng bộ khối, …)": organizations named by their
    // places are one list with the organizations beside them.
    const totalClass = unitAfter(text, t)?.cls;
    const orgs = totalClass === 'org' || totalClass === 'place';
    for (const x of parts) {
      let c = unitAfter(text, x)?.cls ?? leadClass;
      if (orgs && (c === 'place' || c === 'org')) c = 'org';
      groups.set(c, [...(groups.get(c) ?? []), x]);
    }
    const from = sentenceStart(t.start);
    const totalOf = (group: Token[]): Token | undefined => {
      const unit: Unit | undefined = group.map((x) => unitAfter(text, x)).find(Boolean);
      // "04 lớp (182 học viên)": a bare parenthesis in another unit is a parallel measure, not a breakdown — unless it
      // details the figure its clause joins by "với" ("06 đoàn ra với 58 lượt cán bộ (Lào 03 đoàn, …)").
      if ((how === 'paren' || how === 'heading') && !unitsAgree(unitAfter(text, t), unit)) {
        const joined = counts.filter((c) => c.start >= from && c.end <= t.start).at(-1);
        return joined && unit && unitAfter(text, joined) && unitsAgree(unitAfter(text, joined), unit) && /^\s*[\p{L} ]{0,30}\svới\s*$/u.test(text.slice(joined.end, t.start)) ? joined : undefined;
      }
      if (!unitsAgree(unitAfter(text, t), unit)) return counts.filter((c) => c.start >= from && c.end <= t.start && !isComparisonFigure(text, c) && unitsAgree(unitAfter(text, c), unit) && unitAfter(text, c)).at(-1);
      return isComparisonFigure(text, t) && !isChangeWithSources(text, t, how, open, close) ? undefined : t;
    };
    // Groups that fall to one total are one list ("42 cơ quan, đơn vị (gồm 18 sở, ban, ngành; 08 huyện, thành phố; 16
    // xã, phường, thị trấn)": the total names no unit, and the items' own units do not split it).
    const byTotal = new Map<Token, Token[]>();
    for (const group of groups.values()) {
      const total = totalOf(group);
      if (total) byTotal.set(total, [...(byTotal.get(total) ?? []), ...group].sort((a, b) => a.start - b.start));
    }
    for (const [total, group] of byTotal) {
      const ownLabels = group.map((x) => labels[parts.indexOf(x)] ?? '');
      const attrs = new Set(ownLabels.map(attributeOf).filter(Boolean));
      // Roles overlap even among themselves: a người đứng đầu is usually a cấp ủy viên too.
      // Items each saying what its members did or reached ("11 trường đạt kiểm định …, 09 trường được đánh giá ngoài
      // lần 2", "426 thanh niên đi làm việc ở nước ngoài, 2.815 thanh niên đã qua đào tạo nghề") are facts of one
      // total that may hold of the same members, unless a grade scale orders them.
      const predicates = ownLabels.filter((l) => PREDICATE.test(l) && !/hoàn thành|xếp loại|vững mạnh|xuất sắc|khá|trung bình|yếu|kém/iu.test(l));
      const facts = how === 'trong-do' && predicates.length >= 2 && new Set(predicates).size === predicates.length;
      // Roles name whose a thing is, not a second dimension, when the total counts things or events ("10 đoàn gồm 04 đoàn
      // của Thường trực Tỉnh ủy, 06 đoàn của lãnh đạo UBND tỉnh").
      const unit = unitAfter(text, total);
      const ofPersons = !unit || unit.cls === 'person';
      const overlap = attrs.size >= 2 || (attrs.has('role') && group.length >= 2 && ofPersons) || facts;
      const good = ownLabels.findIndex((l) => /tốt/iu.test(l) && /trở lên/iu.test(l));
      const nested = good >= 0 ? group.filter((_, i) => /xuất sắc/iu.test(ownLabels[i] ?? '')) : [];
      // A total set in its parenthesis names less plainly what it totals: its list is read only where it adds up or a
      // keystroke explains the gap.
      if (set && !sum(group.map((x) => x.value!)).equals(total.value!) && !keystrokeInSum(total.value!, group.map((x) => x.value!), 0)) continue;
      out.push({ total, parts: group, labels: ownLabels, how, overlap, nested, named: parts.length === group.length ? named : 0 });
    }
  }
  return out;
}

/** Where a list of comma-set items closed by "A và B" ends: at the first comma after B, else at `close`. */
function lastItemEnd(text: string, open: number, close: number, unit?: Unit): number {
  const top = text.slice(open, close).replace(/\([^()]*\)/g, (s) => '_'.repeat(s.length));
  const and = /\svà\s/u.exec(top);
  if (!and) return close;
  const before = top.slice(Math.max(top.lastIndexOf(',', and.index) + 1, 0), and.index);
  // A comma between two digits is a decimal comma, not a separator.
  const separator = /(?<!\d),|,(?!\d)/gu;
  separator.lastIndex = and.index;
  const comma = separator.exec(top);
  const last = comma ? top.slice(and.index, comma.index) : '';
  if (!(comma && /\d/.test(before) && /\d/.test(last))) return close;
  const cut = comma.index;
  // "… Hồ Xá 10.000 m³/ngày đêm và 05 nhà máy khu vực nông thôn, miền núi 14.000 m³/ngày đêm": a last item of an amount
  // with no figure in the amount's unit yet runs on past its comma to the one that gives it.
  const inUnit = (s: string) => !!unit && [...s.matchAll(/\d[\d.,]*/gu)].some((d) => unitOf(s.slice(d.index! + d[0].length))?.word === unit.word);
  if (unit && (unit.cls === 'money' || unit.cls === 'measure') && !inUnit(last)) {
    separator.lastIndex = cut + 1;
    const next = separator.exec(top);
    const end = next ? next.index : top.length;
    if (inUnit(top.slice(cut + 1, end)) && !/\d/.test(top.slice(cut + 1, end).replace(/\d[\d.,]*\s*\S+/u, ''))) return open + end;
  }
  return open + cut;
}

/** Items at the top level of a region: split on ";" if it has any, else on "," and "và"; parentheses kept whole. */
function splitItems(region: string, offset: number): { start: number; end: number }[] {
  const top = region.replace(/\([^()]*\)/g, (s) => '_'.repeat(s.length));
  // A comma between two digits is a decimal comma ("chiếm 53,52%"), not a separator.
  const sep = top.includes(';') ? /;/gu : /(?<!\d),|,(?!\d)|\svà\s/gu;
  const out: { start: number; end: number }[] = [];
  let last = 0;
  for (const m of top.matchAll(sep)) {
    out.push({ start: offset + last, end: offset + m.index! });
    last = m.index! + m[0].length;
  }
  out.push({ start: offset + last, end: offset + region.length });
  // Items set off by semicolons may end on two joined by "và" ("…; 70 năm tuổi Đảng 03 và 01 Huy hiệu 75 năm tuổi Đảng"):
  // each half with a figure of its own is an item.
  if (sep.source === ';') {
    for (let i = out.length - 1; i >= 0; i--) {
      const item = top.slice(out[i].start - offset, out[i].end - offset);
      const m = /\svà\s/u.exec(item);
      if (m && /\d/.test(item.slice(0, m.index)) && /\d/.test(item.slice(m.index))) {
        const at = out[i].start + m.index;
        out.splice(i, 1, { start: out[i].start, end: at }, { start: at + m[0].length, end: out[i].end });
      }
    }
  }
  // "09 đảng bộ xã, thị trấn": a short lowercase fragment with no figure continues the item before it.
  const merged: { start: number; end: number }[] = [];
  // "khối xã, thị trấn 694,32 triệu đồng": a place named in two words around a comma is one item.
  const PLACE_END = /(?<![\p{L}])(xã|phường|huyện|ấp|thôn)\s*$/iu;
  const PLACE_START = /^\s*(thị trấn|phường|thị xã|thành phố|khu phố|bản)(?![\p{L}])/iu;
  for (let i = out.length - 1; i > 0; i--) {
    const before = region.slice(out[i - 1].start - offset, out[i - 1].end - offset);
    if (!/\d/.test(before) && PLACE_END.test(before) && PLACE_START.test(region.slice(out[i].start - offset, out[i].end - offset))) out.splice(i - 1, 2, { start: out[i - 1].start, end: out[i].end });
  }
  const texts = out.map((item) => region.slice(item.start - offset, item.end - offset).trim());
  // Items that lead with their figure ("07 chỉ tiêu về kinh tế") are continued by a fragment after them ("…, 02 chỉ
  // tiêu về xây dựng Đảng, hệ thống chính trị"); items that end on it ("xuất khẩu lao động 142 người") by a fragment
  // before them ("…, làm việc tại doanh nghiệp, cơ sở khác trong tỉnh 1.180 người").
  const withFigures = texts.filter((t) => /\d/.test(t));
  const figureFirst = withFigures.filter((t) => /^\d/.test(t)).length * 2 > withFigures.length;
  let carried: number | undefined;
  texts.forEach((s, i) => {
    const item = out[i];
    if (!s) return;
    // "nữ 27 đồng chí, chiếm 27,55%": a share written after a part belongs to it.
    const shareTail = /^(chiếm|đạt|bằng)?\s*(tỷ lệ\s*)?\d[\d.,]*\s*%$/iu.test(s);
    // A fragment holding a blank ("chi khác ... triệu đồng") is an item whose figure is missing, not a continuation.
    // Figures inside a parenthesis break the fragment down ("14 xã, thị trấn (13 xã, 01 thị trấn)"): it is still one.
    const bare = s.replace(/\([^()]*\)/g, ' ').trim();
    const words = bare.split(/\s+/).length;
    // One figure alone in a parenthesis closing an item of more than a few words is its own ("lọc bụi tay áo lò nung (22,9
    // tỷ đồng)"); a short one still continues the item before ("06 dự án hạ tầng giao thông, đô thị (198,20 tỷ đồng)").
    const fragment = !/\d/.test(bare) && /^[\p{Ll}]/u.test(s) && !/\.\.\.|…/u.test(s) && !(words > 3 && /\(\s*\d[\d.,]*\s*[^\d(),;]*\)$/u.test(s));
    if (merged.length && (shareTail || (fragment && (words <= 3 || (figureFirst && words <= 6))))) merged[merged.length - 1].end = item.end;
    else if (fragment && !figureFirst && withFigures.length >= 2 && i + 1 < texts.length && /\d/.test(texts[i + 1]) && words <= 6) carried ??= item.start;
    else {
      merged.push({ start: carried ?? item.start, end: item.end });
      carried = undefined;
    }
  });
  return merged;
}

/**
 * "22 đồng chí, … 07 đồng chí (cộng 29 đồng chí)", "Bí thư 03, Phó Bí thư 06, …, tổng cộng 15 lượt", "… (178 học
 * viên); cộng 22 lớp, 1.447 học viên": a closing "cộng" sums the figures of its unit written before it in its
 * clause (the clause before the semicolon when "cộng" opens one), leaving out figures compared with.
 */
export function closingSums(text: string, tokens: Token[], sentenceStart: (at: number) => number): { total: Token; parts: Token[] }[] {
  const out: { total: Token; parts: Token[] }[] = [];
  // "…, quý IV 1.149,27 tỷ đồng, cộng cả năm 4.527,60 tỷ đồng": the span the total covers may stand before its figure.
  for (const m of text.matchAll(/(?<![\p{L}])(tổng cộng|cộng)(?:\s+(?:cả|chung cả)\s+(?:năm|kỳ|nhiệm kỳ|giai đoạn|quý))?\s*:?\s*(?=\d)/giu)) {
    const after = m.index! + m[0].length;
    const from = sentenceStart(m.index!);
    const head = text.slice(from, m.index!);
    // "… ; đào tạo, tập huấn 154 triệu đồng. Cộng: 6.172 triệu đồng.": a "Cộng:" that is a sentence of its own closes the
    // list the sentence before sets off with a heading and semicolons (the sentence start found is that one's).
    const own = /(?<!\.)\.\s+$/u.test(head) && /^(?:Tổng cộng|Cộng)\s*:/u.test(text.slice(m.index!));
    // "Đình chỉ sinh hoạt đảng tổng cộng 05 đồng chí" totals its own clause's noun: a closing "cộng" opens its clause.
    if (!own && !/(^|[,;(:]\s*(và)?)$/u.test(head.trimEnd())) continue;
    let stop = m.index!;
    // "…; cộng 22 lớp": the list is the clause before the semicolon.
    if (/;\s*\(?\s*$/u.test(head)) stop = from + head.lastIndexOf(';');
    const before = text.slice(from, stop);
    const start = from + Math.max(before.lastIndexOf(';'), before.lastIndexOf(':')) + 1;
    // "03 nhà máy …, mỗi nhà máy 02 tổ máy, tổng cộng 06 tổ máy": a figure given to each is multiplied, not added.
    if (EACH.test(text.slice(start, m.index!))) continue;
    // The totals: "cộng 22 lớp, 1.447 học viên" closes two lists, one per unit.
    // Not an average written after them ("cộng 05 năm 681.483 hồ sơ, bình quân 136.297 hồ sơ/năm").
    const totals = tokens.filter((t) => t.kind === 'count' && t.start >= after && t.start - after < 40 && !/[;.()]/.test(text.slice(after, t.start)) && !isAverage(text, t));
    // "Về nghề nghiệp: công nhân 87 đồng chí; viên chức 118 đồng chí; …; nghề nghiệp khác 27 đồng chí (cộng 463 đồng
    // chí)": a "cộng" in parentheses after the last item of a list set off by semicolons after a heading closes the list;
    // so does one after a comma ("…; nghiên cứu khoa học, lịch sử 239 lượt, tổng cộng 1.846 lượt").
    const heading = before.lastIndexOf(':');
    // So does one opening the clause after the list's last semicolon ("…; năm 2024 là 176.215 hồ sơ; cộng 05 năm
    // 681.483 hồ sơ"), where items after the first may leave out the unit the list counts in ("năm 2021 là 112.306"),
    // and the last two may be joined by "và".
    if (totals.length === 1 && (/[(,;]\s*$/u.test(head) || own) && heading >= 0 && before.lastIndexOf(';') > heading) {
      const unit = unitAfter(text, totals[0]);
      const items = text.slice(from + heading + 1, stop).split(';');
      const last = items.at(-1)!.split(/\svà\s/u);
      if (last.length === 2) items.splice(-1, 1, ...last);
      let at = from + heading + 1;
      const leads: Token[] = [];
      const bare = /;\s*$/u.test(head);
      for (const item of items) {
        // The item's figure of the total's unit ("Ủy ban nhân dân 12 xã, thị trấn tiếp 221 lượt": 221).
        at = text.indexOf(item, at);
        const inside = tokens.filter((x) => x.kind === 'count' && x.start >= at && x.end <= at + item.length && !isComparisonFigure(text, x) && (!unit || unitAfter(text, x)?.word === unit.word || (bare && !unitAfter(text, x) && !text.slice(x.end, at + item.length).trim())));
        at += item.length;
        if (inside.length !== 1 || !(unitsAgree(unitAfter(text, inside[0]), unit) || (bare && !unitAfter(text, inside[0])))) break;
        leads.push(inside[0]);
      }
      if (leads.length === items.length && leads.length >= 2) {
        out.push({ total: totals[0], parts: leads });
        continue;
      }
    }
    // A sentence of its own closes only such a list.
    if (own) continue;
    // "tổ chức 32 buổi … cho 4.126 lượt học sinh; tổ chức 12 buổi … cho 1.380 lượt người dân; tổng cộng 44 buổi, thu
    // hút 5.056 lượt người": a "cộng" opening the clause after clauses set off by semicolons, no heading before them,
    // closes one list per unit, each clause giving one figure of it.
    const clauses = /;\s*$/u.test(head) && heading < 0 ? semicolonItems(text, from, stop) : [];
    const closed = new Set<Token>();
    if (clauses.length >= 2) {
      for (const total of totals) {
        const unit = unitAfter(text, total);
        const noun = unit ? undefined : nounAfter(text, total.end);
        if (!unit && !noun) continue;
        const ofTotal = (x: Token) => x.kind === 'count' && !isComparisonFigure(text, x) && (unit ? unitAfter(text, x)?.word === unit.word : !unitAfter(text, x) && nounAfter(text, x.end) === noun);
        const leads = clauses.map((c) => tokens.filter((x) => x.start >= c.start && x.end <= c.end && ofTotal(x)));
        if (!leads.every((l) => l.length === 1)) continue;
        // A first clause stating the whole the others break down is no item of it.
        const parts = leads.map((l) => l[0]).filter((x, i) => i > 0 || !x.value?.equals(total.value!));
        if (parts.length < 2) continue;
        out.push({ total, parts });
        closed.add(total);
      }
    }
    for (const total of totals) {
      if (closed.has(total)) continue;
      const unit = unitAfter(text, total);
      // "(14 Ban … với 86 thành viên; 23 Ban … với 117 thành viên), tổng cộng 213 thành viên": a noun no unit list knows
      // closes the figures of the sentence written with that same noun, whatever stands between them.
      const noun = unit ? undefined : nounAfter(text, total.end);
      if (noun?.includes(' ') && totals.length === 1) {
        let same = tokens.filter((t) => t.kind === 'count' && t.start >= from && t.end <= m.index! && !isComparisonFigure(text, t) && nounAfter(text, t.end) === noun);
        // The head's figure the closing total restates is the whole ("Theo dõi 14 quyết định, … (cộng 14)").
        if (same.length >= 3 && same[0].value?.equals(total.value!)) same = same.slice(1);
        if (same.length >= 2) {
          out.push({ total, parts: same });
          continue;
        }
      }
      let parts = tokens.filter((t) => t.kind === 'count' && t.start >= start && t.end <= stop && !isComparisonFigure(text, t) && (unit ? unitsAgree(unitAfter(text, t), unit) && (unitAfter(text, t) || totals.length === 1) : !unitAfter(text, t)));
      // "Theo dõi 14 quyết định …, đã thực hiện xong 11 quyết định, đang thực hiện 03 quyết định (cộng 14)": the head's
      // figure that the closing total restates is the whole, not a part.
      if (parts.length >= 3 && parts[0].value?.equals(total.value!)) parts = parts.slice(1);
      // "05 công chức (01 Giám đốc, 01 Phó Giám đốc, 03 chuyên viên), 48 người của 16 sở, ngành và 09 người của 03 cơ
      // quan (cộng 19 cơ quan)": a parenthesis closed before the total details a figure; its own are not the total's parts.
      const detail = (t: Token) => {
        const open = text.lastIndexOf('(', t.start);
        const close = text.indexOf(')', t.end);
        return open >= start && close >= 0 && close < m.index! && !text.slice(open + 1, t.start).includes(')');
      };
      const outside = parts.filter((t) => !detail(t));
      if (outside.length >= 2) parts = outside;
      if (parts.length >= 2) out.push({ total, parts });
    }
  }
  return out;
}

/** Whether every semicolon item of a region leads with a count whose unit agrees with the total's (or has none). */
function semicolonItemsOfUnit(text: string, tokens: Token[], open: number, stop: number, unit: Unit | undefined): boolean {
  const items = text.slice(open, stop).split(';');
  let at = open;
  for (const item of items) {
    const lead = tokens.find((x) => x.kind === 'count' && x.start >= at && x.end <= at + item.length);
    at += item.length + 1;
    if (!lead || !unitsAgree(unitAfter(text, lead), unit)) return false;
  }
  return items.length >= 2;
}

/**
 * "Trong năm tăng 214 đảng viên (kết nạp 168, chuyển đến 41, phục hồi đảng tịch 05)": a change broken down by its
 * sources in the parenthesis right after it. The change is then a total like any other; a parenthesis holding a
 * comparison ("tăng 12 (năm 2022: 52)", "(so với …)") is not.
 */
function isChangeWithSources(text: string, t: Token, how: BreakdownHow, open: number, close: number): boolean {
  if (how !== 'paren' || close < 0) return false;
  if (!/(?<![\p{L}])(tăng|giảm)\s*$/iu.test(text.slice(Math.max(0, t.start - 10), t.start))) return false;
  // The parenthesis must follow the change's own noun: "tăng 190 đảng viên so với đầu nhiệm kỳ (3.422 …)" holds the
  // value compared with.
  if (!/^\s*[\p{L} ]{0,30}\(\s*$/u.test(text.slice(t.end, open)) || /so với/iu.test(text.slice(t.end, open))) return false;
  const inside = text.slice(open, close);
  // The value of the period compared with, written after the change ("tăng 318 tổ chức (nhiệm kỳ trước là 2.528)",
  // "giảm 291 đồng chí (7.204 đảng viên)"), is no source: sources are named, and there are at least two of them.
  if (/so với|năm\s+\d|\d\s*%|nhiệm kỳ|giai đoạn|cùng kỳ|kỳ trước|năm trước|đầu năm|cuối năm/iu.test(inside)) return false;
  return (inside.match(/\d[\d.,]*/g) ?? []).length >= 2;
}

/** The first `ch` at or after `from` outside parentheses, or -1. */
function topLevelIndexOf(text: string, ch: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth = Math.max(0, depth - 1);
    else if (text[i] === ch && depth === 0) return i;
  }
  return -1;
}

/**
 * "Xây mới 18 căn nhà “Đại đoàn kết”: xã Vĩnh Mỹ A 03 căn, xã Vĩnh Hậu 02 căn, …": a total whose noun phrase ends on a
 * colon, followed by items that each count the same thing with the same word ("căn" … "căn"), lists where the total
 * is. The same word after every figure is what tells a list of the total from figures that merely follow a colon.
 */
export function colonLists(text: string, tokens: Token[]): BreakdownReading[] {
  const out: BreakdownReading[] = [];
  const counts = tokens.filter((t) => t.kind === 'count' && !t.decimals);
  const wordAfter = (t: Token) => /^\s*([\p{L}\/]+)/u.exec(text.slice(t.end))?.[1].toLowerCase();
  for (const t of counts) {
    const noun = /^[^\d,;.()%:]{1,60}:\s*/u.exec(text.slice(t.end));
    const word = wordAfter(t);
    if (!noun || !word || isComparisonFigure(text, t)) continue;
    const open = t.end + noun[0].length;
    const end = /[.;](\s|$)/u.exec(text.slice(open));
    const close = end ? open + end.index : text.length;
    const items = splitItems(text.slice(open, close), open);
    if (items.length < 2) continue;
    const parts: Token[] = [];
    const labels: string[] = [];
    for (const item of items) {
      const inside = tokens.filter((x) => x.start >= item.start && x.end <= item.end && x.kind !== 'other');
      if (inside.length !== 1 || inside[0].kind !== 'count' || wordAfter(inside[0]) !== word) break;
      parts.push(inside[0]);
      labels.push(text.slice(item.start, inside[0].start).trim());
    }
    if (parts.length !== items.length) continue;
    const attrs = new Set(labels.map(attributeOf).filter(Boolean));
    out.push({ total: t, parts, labels, how: 'gom', overlap: attrs.size >= 1, nested: [], named: 0 });
  }
  return out;
}

/** The start of the open parenthesis around `at` within an item starting at `from`, or -1. */
function inParenAt(text: string, from: number, at: number): number {
  const open = text.lastIndexOf('(', at);
  return open >= from && text.lastIndexOf(')', at) < open ? open : -1;
}

/** Whether `t` ends a list opened by "gồm"/"chia ra" in its sentence whose items, two or more before it, are set off by commas. */
function closesCommaList(text: string, t: Token, start: number): boolean {
  const opener = [...text.slice(start, t.start).matchAll(/(?<![\p{L}])(?:gồm|bao gồm|chia ra)(?![\p{L}])\s*:?/giu)].at(-1);
  if (!opener) return false;
  const items = text.slice(start + opener.index! + opener[0].length, t.start);
  return !items.includes(';') && (items.match(/\d[\d.,]*[^,\d]*,/gu)?.length ?? 0) >= 2;
}
