// The base of a share, as a clerk finds it: the total that the list of shares hangs from. "6.214 đảng viên,
// bằng 111,6% so với … (5.568 đảng viên); trong đó đoàn viên 4.377, chiếm 70,44%" is of 6.214, not of the
// previous term's 5.568; a sentence opening "Trong đó …" or "Kết quả: …" hangs from the sentence before.
// A base read this way is certain: a share that does not fit it is wrong, whatever other figure it fits.
import { sentenceAround } from './periods';
import { insideParens, isAverage, isComparisonFigure, nounAfter, unitAfter, unitsAgree, unitsDiffer, wordAfter } from './phrases';
import { closingParen } from './brackets';
import { sum } from '../numbers/exact';
import { quantityKey, sharedActs } from './quantity-key';
import type { Token } from './tokens';

const OPENERS = /trong đó|bao gồm|gồm|chia ra|kết quả\s*:|:/giu;
// The same words, tested once (a global pattern keeps its place between tests).
const OPENS = new RegExp(OPENERS.source, 'iu');

/**
 * The owner of a share's part at `part` in `text`, or undefined when the sentence gives none. `isPart` tells
 * the figures that are themselves parts of shares (a category is never a base).
 */
const CLASSIFIERS = new Set(['chiếc', 'cái', 'con', 'căn', 'ngôi', 'cây', 'quyển', 'cuốn', 'tấm', 'thửa']);

export function ownerOf(text: string, tokens: Token[], part: Token, isPart: (t: Token) => boolean): Token | undefined {
  const sentence = sentenceAround(text, part.start);
  const head = text.slice(sentence.start, part.start);
  const unit = unitAfter(text, part);
  // Counted in nouns no unit list knows, two different nouns count two things ("1.284 tủ điều khiển; trong đó 568
  // tuyến …": the 568 are of the streets, not of the cabinets). A classifier ("3.246 tàu cá, chia ra: … 1.524 chiếc")
  // counts whatever its list counts.
  const written = wordAfter(text, part.end);
  const noun = written && !CLASSIFIERS.has(written) ? written : undefined;
  // Nor is money or a measure what such a noun counts ("412,8 tỷ đồng; trong đó … 186 mặt hàng").
  const sameNoun = (t: Token) => {
    const other = unitAfter(text, t);
    // Nor is a count of things what money or a measure is a share of ("ký 1.284 hợp đồng, …; doanh thu xuất khẩu 274,3 tỷ
    // đồng, chiếm 11,8%").
    if (unit && (unit.cls === 'money' || unit.cls === 'measure')) return !!other;
    if (unit || !noun) return true;
    if (other) return other.cls !== 'money' && other.cls !== 'measure';
    return !wordAfter(text, t.end) || wordAfter(text, t.end) === noun;
  };
  const fits = (t: Token, from: number) =>
    t.kind === 'count' && t.value && part.value && t.value.compare(part.value) > 0 && !isPart(t) && !isComparisonFigure(text, t) && !isAverage(text, t) && !insideParens(text, t.start, from) && unitsAgree(unitAfter(text, t), unit) && sameNoun(t);
  // "trong 36 tổ chức cơ sở đảng có 32 tổ chức …", "Trong 84 đơn đã giải quyết: …", "Trong tổng số 417 đảng viên có …".
  const within = /(?:^|[,;:]\s*)(?:trong|trong số|trong tổng số)\s+(\d[\d.,]*)(?=\s)/iu.exec(head);
  // A "trong đó" after it opens the parts of a nearer figure ("trong tổng số 58.906 hồ sơ, cấp xã tiếp nhận 49.064 hồ
  // sơ, đã giải quyết 48.812 hồ sơ, trong đó đúng hạn 48.414 hồ sơ"): that one owns the part.
  if (within && !/(?<![\p{L}])(?:trong đó|gồm|bao gồm|chia ra)(?![\p{L}])/iu.test(head.slice(within.index + within[0].length))) {
    const t = tokens.find((x) => x.start === sentence.start + within.index + within[0].indexOf(within[1]));
    if (t && fits(t, sentence.start)) return t;
  }
  // "…; 118 chi hội có 93 chi hội vững mạnh, chiếm 78,81%": a clause that opens on its whole, "có" before the part.
  const has = /(?:^|[,;:]\s*)(\d[\d.,]*)\s+[\p{L} ]{1,25}?\s+có\s+$/iu.exec(head);
  if (has) {
    const t = tokens.find((x) => x.start === sentence.start + has.index + has[0].indexOf(has[1]));
    if (t && unit && unitAfter(text, t) && fits(t, sentence.start)) return t;
  }
  // "hoàn thành tốt nhiệm vụ trở lên: 34.452/37.218, đạt 92,56%; không hoàn thành nhiệm vụ 281 đồng chí, chiếm
  // 0,67%": the whole of a fraction earlier in the sentence is the base of the list it opens.
  const fraction = tokens.filter((t) => t.kind === 'fraction' && t.start >= sentence.start && t.end <= part.start && t.whole && part.value && t.whole.compare(part.value) > 0).at(-1);
  // A fraction that opens the list instead ("xếp loại 5.016/5.274 đồng chí; trong đó: …", no share of its own) may
  // be read of those it counts or of its whole: the list's figures decide, not this sentence.
  if (fraction && opensList(text, tokens, fraction)) return undefined;
  // Not past a clause that opens on a whole of its own after a semicolon ("27/27 văn bản …; kiểm tra 12 văn bản …, phát
  // hiện 02 văn bản …"): that nearer whole is the part's.
  const nearer = fraction && tokens.some((t) => t.start > fraction.end && t.end <= part.start && fits(t, sentence.start) && text.slice(fraction.end, t.start).includes(';'));
  if (fraction && !nearer) return { ...fraction, value: fraction.whole, kind: 'count' };
  // "tiếp nhận 24.816 hồ sơ, đã giải quyết 24.593 hồ sơ, trong đó …; số hồ sơ tiếp nhận trực tuyến 15.604 hồ sơ, chiếm
  // 62,88%": a clause of its own after ";" whose phrase names an act is of the one figure before it of that act.
  if (/;/.test(head)) {
    const acts = (t: Token) => quantityKey(text, t, sentence.start);
    const own = acts(part);
    // The same noun after both ("hồ sơ"), a unit or not.
    const noun = (t: Token) => nounAfter(text, t.end);
    const sharing = tokens.filter((t) => t.start >= sentence.start && t.end <= part.start && noun(t) === noun(part) && fits(t, sentence.start) && sharedActs(acts(t), own).length > 0);
    if (sharing.length === 1 && !/(?<![\p{L}])trong đó(?![\p{L}])/iu.test(text.slice(sentence.start + head.lastIndexOf(';'), part.start))) return sharing[0];
  }
  // A part listed in a parenthesis with no opener of its own ("hỗ trợ 140,91 tỷ đồng (… 38,62 tỷ đồng; … 96,7 tỷ đồng,
  // chiếm 68,62%; …)") is of the figure the parenthesis follows — where the parenthesis adds up to it: a breakdown that
  // does not leaves open which of the two the share was taken of.
  const paren = head.lastIndexOf('(');
  if (paren > head.lastIndexOf(')') && !OPENS.test(head.slice(paren))) {
    const at = sentence.start + paren;
    const close = closingParen(text, at + 1);
    const owner = tokens.filter((t) => t.start >= sentence.start && t.end <= at && /^\s*[\p{L} ]{0,20}$/u.test(text.slice(t.end, at))).at(-1);
    const items = tokens.filter((t) => t.kind === 'count' && t.value && t.start > at && close > 0 && t.end <= close && !unitsDiffer(unitAfter(text, t), unit));
    // One figure alone in it ("người cao tuổi 58 người (từ 80 tuổi trở lên 23 người, chiếm 39,66%)") details the figure
    // it follows, as a "trong đó" would.
    if (owner && fits(owner, sentence.start) && (items.length === 1 || (items.length >= 2 && sum(items.map((t) => t.value!)).equals(owner.value!)))) return owner;
  }
  // "… trí thức 6.215 người (33,34%), trong số này thạc sĩ 412 người (6,62%)": "of these" makes the figure before it the
  // whole, though that figure is a share's part itself.
  const among = [...head.matchAll(/(?<![\p{L}])trong số (?:này|đó)(?![\p{L}])/giu)].at(-1);
  if (among) {
    const at = sentence.start + among.index!;
    const these = tokens.filter((t) => t.kind === 'count' && t.start >= sentence.start && t.end <= at && !insideParens(text, t.start, sentence.start)).at(-1);
    if (these && these.value && part.value && these.value.compare(part.value) > 0 && unitsAgree(unitAfter(text, these), unit) && !isComparisonFigure(text, these)) return these;
  }
  // An opener inside a parenthesis closed before the part ("…; 27.460 người (trong đó học sinh …); nhóm hộ gia đình
  // 42.749 người, chiếm 27,00%") opens that item's detail, not the part's list.
  const masked = head.replace(/\([^()]*\)/gu, (x) => ' '.repeat(x.length));
  const openers = [...masked.matchAll(OPENERS)];
  const opener = openers.at(-1);
  // A heading's colon with no figure before it ("2.3. Án hôn nhân và gia đình: thụ lý 603 vụ, …") opens no list: the
  // sentence's figures start after it.
  const heading = opener && openers.length === 1 && opener[0] === ':' && !tokens.some((t) => t.start >= sentence.start && t.end <= sentence.start + opener.index!);
  const start = heading ? sentence.start + opener.index! + 1 : sentence.start;
  // "…, trong đó 52.810 người … (61,11%); …; quản lý 24.350 người đái tháo đường, điều trị đạt mục tiêu 11.840 người
  // (48,62%)": past a semicolon, a clause holding a whole of its own for the part is out of the opener's reach.
  const semicolon = masked.lastIndexOf(';');
  if (opener && !heading && semicolon > opener.index!) {
    const own = tokens.filter((t) => t.start >= sentence.start + semicolon && t.end <= part.start && fits(t, sentence.start + semicolon));
    if (own.length) return own.at(-1);
  }
  if (opener && !heading) {
    let at = sentence.start + opener.index!;
    // An opener at the start of its sentence hangs from the sentence before.
    let from = /^\s*((trong đó|gồm|bao gồm|chia ra|kết quả)\s*)?$/iu.test(text.slice(sentence.start, at)) ? sentenceAround(text, Math.max(0, sentence.start - 2)).start : sentence.start;
    // A part inside a parenthesis hangs from a figure of that parenthesis ("(đầu năm có 40.975 hộ, trong đó 1.071 hộ
    // nghèo, chiếm 2,61%)").
    const open = head.lastIndexOf('(');
    const inner = sentence.start + open + 1;
    if (open > head.lastIndexOf(')') && tokens.some((t) => t.start >= inner && t.end <= at && fits(t, inner))) from = inner;
    // "29 đồng chí, cơ cấu gồm: a 07, b 15, c 07; trong đó cán bộ dưới 50 tuổi 04 đồng chí": a "trong đó" after a "gồm"
    // list, past its semicolon, speaks of the list's whole, not of its last item.
    const list = /(?<![\p{L}])(?:gồm|bao gồm|chia ra)(?![\p{L}])[^;]*;\s*$/iu.exec(text.slice(from, at));
    if (/trong đó/iu.test(opener[0]) && list) at = from + list.index;
    const candidates = tokens.filter((t) => t.start >= from && t.end <= at && fits(t, from));
    return candidates.at(-1);
  }
  // After a heading's colon, where a list may as well begin ("Nguyên nhân chủ yếu: chạy quá tốc độ 07 vụ, …; người …
  // 04 trường hợp, chiếm 21,05%"), only the one figure of the part's own noun is its whole.
  if (heading) {
    const noun = nounAfter(text, part.end);
    const same = noun ? tokens.filter((t) => t.start >= start && t.end <= part.start && nounAfter(text, t.end) === noun && fits(t, start)) : [];
    return same.length === 1 ? same[0] : undefined;
  }
  // No opener: the nearest larger figure of the same written unit before it in the sentence
  // ("kiểm tra 412 đảng viên; kết luận 338 đảng viên có vi phạm, chiếm tỷ lệ 80,24%").
  // With no unit written, the same noun after both, in the part's own clause ("kiểm tra 16 văn bản …, phát hiện 03 văn
  // bản sai sót (chiếm 18,75%)").
  if (!unit) {
    const noun = nounAfter(text, part.end);
    const clause = sentence.start + head.lastIndexOf(';') + 1;
    const same = (from: number) => (noun ? tokens.filter((t) => t.start >= from && t.end <= part.start && nounAfter(text, t.end) === noun && fits(t, from)) : []);
    const own = same(clause);
    if (own.length) return own.length === 1 ? own[0] : undefined;
    // A clause that opens on the part ("thụ lý 603 vụ, việc; giải quyết 571 vụ, việc, đạt 94,69%") is of the one figure
    // of that noun before the semicolon, as a written unit would be.
    const opensOnPart = !tokens.some((t) => t.kind === 'count' && t.start >= clause && t.end <= part.start);
    const sentenceWide = opensOnPart ? same(sentence.start) : [];
    return sentenceWide.length === 1 ? sentenceWide[0] : undefined;
  }
  return tokens.filter((t) => t.start >= sentence.start && t.end <= part.start && unitAfter(text, t) && fits(t, sentence.start)).at(-1);
}

/** A fraction followed by "trong đó"/"gồm" before any percentage: it opens a list, it is not an item with a share. */
export function opensList(text: string, tokens: Token[], fraction: Token): boolean {
  const share = tokens.find((t) => t.start >= fraction.end && t.kind === 'percent');
  return /(?<![\p{L}])(trong đó|gồm|bao gồm)(?![\p{L}])/iu.test(text.slice(fraction.end, share ? share.start : text.length));
}
