// Checkable claims in prose: breakdowns (gồm, trong đó, parentheses), shares (chiếm, đạt, tỷ lệ),
// fractions (516/520), differences (từ … xuống còn …, tăng/giảm … so với … là …), changes of shares in
// points, and the same quantity written twice. statcheck's rule: prefer saying nothing to a false alarm.
import { periodSeriesChanges } from './period-series';
import { sum, type Exact } from '../numbers/exact';
import { dimensionOf, Dimension, isKnownExhaustive } from '../table/dimensions';
import type { Paragraph } from './document';
import { attributeOf, DECLARED_DIMENSION, breakdownsIn, closingSums, colonLists, type BreakdownHow, type BreakdownReading } from './breakdowns';
import { closingParen } from './brackets';
import { opensList, ownerOf } from './bases';
import { periodLists } from './period-lists';
import { multiplesIn } from './multiples';
import { averagesIn } from './averages';
import { pairedColumns } from './paired-columns';
import { flowsIn } from './flows';
import { balancesIn } from './balances';
import { pairedChanges, parallelChanges } from './parallel-changes';
import { openerChanges, openerListRates, openerRates, subjectChanges } from './subject-changes';
import { previousBodies } from './previous-body';
import { relativeChanges } from './relative-changes';
import { impliedRates } from './implied-rates';
import { sectionTerms } from './section-terms';
import { closedItemLists, itemLists } from './item-lists';
import { specificLists } from './specifics';
import { sequenceChanges } from './sequences';
import { categorySharesIn, detachedSharesIn, partNames } from './category-shares';
import { overSharesIn } from './over-shares';
import { isExcellent, ratingLists } from './rating-lists';
import { ownTerm, sentenceAround, Term, termsAfter, termsBefore, termsIn } from './periods';
import { periodsIn } from '../table/periods';
import { distanceOutsideParens, insideParens, signOf, speaksOf, isAverage, isComparisonFigure, parenShare, unitAfter, unitsDiffer, wordAfter, type Unit } from './phrases';
import { isRatioPercent, RatioReading, ratioReadings } from './ratios';
import { labelledEarlierChanges } from './labelled-earlier';
import { respectiveShares } from './respective-shares';
import { Token, tokenize } from './tokens';
import { subjectYear, valueOfYear } from './year-values';
import { yearChanges } from './year-changes';
import { rateChanges } from './rate-changes';
import { withinLists } from './within';
import { samePeriodSlips, yearComparisons } from './same-period';
import { comparedWithValueOf, termRef } from './period-values';
import { raisedTotals } from './raised-totals';
import { openingChanges, statedChanges, statedRates } from './stated-changes';
import { gradeShareLists } from './grade-shares';
import { namedShares } from './named-shares';
import { namedComparisons } from './named-comparisons';
import { namedGaps } from './named-gaps';
import { PERSON_GROUPS } from './sum-doubts';

export type ClaimKind = 'sum' | 'subset' | 'share' | 'share-total' | 'fraction' | 'difference' | 'points' | 'cross';

/** A figure in the text: its token, its paragraph, and the words that say what it counts. */
export interface Figure {
  p: number;
  token: Token;
  value: Exact;
  label: string;
}

export type RawClaim =
  | { kind: 'sum' | 'subset'; p: number; total: Figure; parts: Figure[]; how: 'gom' | 'paren' | 'trong-do' | 'heading' | 'exhaustive' | 'closing' | 'periods' | 'ratings' | 'specifics' | 'items' | 'columns'; overlap: boolean; /** parts counted inside another, left out */ nested?: Figure[]; /** items named without a figure, one each */ named?: number }
  | { kind: 'share'; p: number; part: Figure; share: Figure; /** explicit base (fraction's whole), else chosen per list */ whole?: Exact; /** where that base is written, shown with the claim */ wholeAt?: Figure; group: number }
  | { kind: 'fraction'; p: number; figure: Figure }
  | { kind: 'difference'; p: number; from: Figure; to: Figure; deltas: Figure[]; sign: 1 | -1; /** end of the 'so với …' phrase, shown with the claim */ until?: number; /** what a fraction leaves: "721/734 đơn …; còn 13 đơn" (to = the whole, from = the part) */ remainder?: boolean; /** the value reached found by its unit alone: wrong only where a keystroke explains the gap */ byUnit?: boolean }
  | { kind: 'points'; p: number; current: Figure; previous: Figure; delta: Figure; sign: 1 | -1; year: string; /** "điểm phần trăm": no relative reading */ pointsOnly?: boolean; /** shares found by the rate's name: a change no share difference can be is relative to something unsaid */ byName?: boolean }
  | { kind: 'ratio'; p: number; reading: RatioReading }
  | { kind: 'multiple'; p: number; times: Figure; current: Figure; previous: Figure }
  | { kind: 'average'; p: number; average: Figure; total: Figure; count: Figure; scale: Exact; per: Exact; /** the total found by its place alone */ loose?: boolean }
  | { kind: 'relative'; p: number; rate: Figure; previous: Figure; sign: 1 | -1; to: { current: Figure } | { change: Figure }; /** the value compared with found by its words alone: wrong only where a slip explains the gap */ byUnit?: boolean }
  | { kind: 'implied-rate'; p: number; current: Figure; change: Figure; rate: Figure; sign: 1 | -1; index?: true }
  | { kind: 'flow'; p: number; start: Figure; inflow?: Figure; outflow?: Figure; end: Figure }
  | { kind: 'grade-shares'; p: number; shares: Figure[]; grades: string[] }
  | { kind: 'term-label'; p: number; at: number; named: string; expected: string; /** the claim's own term */ own: string; /** own term named in the paragraph, not the report's */ certain: boolean; text: string; /** the value compared with, stated elsewhere as the expected period's */ stated?: { value: string; p: number }; /** how often the report compares with the expected year, when the year named is named once only */ carried?: number };

export interface Extracted {
  paragraphs: Paragraph[];
  figures: Figure[];
  claims: RawClaim[];
  /** Candidate bases of each share list: the figure introducing it, and earlier totals. */
  groups: { id: number; p: number; dimension?: Dimension; intro?: Figure; /** A fraction opening the list: its whole, the other base it may be of. */ introWhole?: Figure; shares: number[] }[];
}

const NAMES_PERSONS = new RegExp(String.raw`(?<![\p{L}])${PERSON_GROUPS}(?![\p{L}])`, 'iu');
const SHARE_GLUE = /^\s*(đồng chí|đảng viên|người|tổ chức|đơn vị|chi bộ|đảng bộ|cơ sở|cán bộ|hộ|lượt|xã|ấp)?\s*[,:]?\s*(chiếm|đạt|bằng|là)?\s*(tỷ lệ|tỉ lệ)?\s*(là|đạt)?\s*:?\s*\(?\s*$/iu;
// The noun phrase may run on after the figure before its share: "98 tổ chức hoàn thành xuất sắc nhiệm vụ (19,14%)",
// "338 đảng viên có vi phạm, chiếm tỷ lệ 80,24%". A fraction's phrase may hold commas ("412/602 ấp, khu phố có
// tổ đảng, đạt 64,48%"): its whole is written, so the share can only be of it.
// The share may open its parenthesis with its verb: "nữ 42 đồng chí (chiếm 23,59%)", "71 đồng chí (tỷ lệ 39,89%)".
// A noun phrase may hold a comma before a short lowercase fragment that continues it: "3.874 hộ có nhà ở kiên cố, bán
// kiên cố, chiếm 91,90%".
// A share named in its own parenthesis ("(chiếm 14,19%)") after a long noun phrase with commas of its own and no
// figure ("3.912 lượt kiểm định lần đầu đối với xe cải tạo, xe nhập khẩu đã qua sử dụng, … (chiếm 14,19%)"): the
// parenthesis's verb says a share, and no other figure stands between.
const SHARE_AFTER_LONG_PHRASE = /^\s*[^\d;.()%:]{0,160}\(\s*(?:chiếm|tỷ lệ|tỉ lệ)\s*:?\s*$/iu;
// ", tỷ lệ 95,29%" with no verb: the rate of the count before it ("kết quả 3.912 học viên đạt, tỷ lệ 95,29%").
const SHARE_AFTER_PHRASE = /^\s*[^\d,;.()%:]{0,90}?(?:,\s*(?!chiếm|đạt|bằng|tỷ lệ|tỉ lệ|trong đó)[\p{Ll}][^\d,;.()%:]{0,20}?)?(?:\(\s*(?:(?:chiếm|đạt|bằng)\s*)?(?:(?:tỷ lệ|tỉ lệ)\s*)?(?:là\s*)?:?\s*|,\s*(?:chiếm|đạt|bằng)\s*(?:tỷ lệ|tỉ lệ)?\s*(?:là)?\s*:?\s*|,\s*(?:tỷ lệ|tỉ lệ)\s*(?:là)?\s*:?\s*)$/iu;
const FRACTION_SHARE = /^\s*[^\d;.()%:]{0,130}?(?:\(\s*(?:(?:chiếm|đạt|bằng)\s*)?(?:(?:tỷ lệ|tỉ lệ)\s*)?|,?\s*(?:chiếm|đạt|bằng|tương đương|tương ứng)\s*(?:tỷ lệ|tỉ lệ)?\s*(?:là)?\s*:?\s*)$/iu;

/**
 * "(trong tỉnh 41 đại lý, 70,68%; ngoài tỉnh 17 đại lý, 29,31%)": in a parenthesis of items, a count, its noun and a
 * bare percentage closing the item is the item's share, whatever the noun.
 */
function listedShare(text: string, count: Token, share: Token, between: string): boolean {
  return /^\s*[\p{L}]+(?:\s+[\p{L}]+){0,3}\s*,\s*$/u.test(between) && insideParens(text, count.start) && /^\s*[;)]/u.test(text.slice(share.end));
}

/** The share written after a parenthesis that follows a figure's noun phrase, its between-text read as if the parenthesis were not there. */
function shareAfterParenthesis(text: string, tokens: Token[], t: Token): { share: Token; between: string } | undefined {
  const open = /^[^\d,;.()%:]{0,40}\(/u.exec(text.slice(t.end));
  if (!open) return undefined;
  const from = t.end + open[0].length;
  const close = text.indexOf(')', from);
  if (close < 0 || text.slice(from, close).includes('(')) return undefined;
  const glue = /^\s*,\s*(?:chiếm|đạt)\s*(?:tỷ lệ|tỉ lệ)?\s*/iu.exec(text.slice(close + 1));
  if (!glue) return undefined;
  const at = close + 1 + glue[0].length;
  const share = tokens.find((x) => x.kind === 'percent' && x.start === at);
  return share && { share, between: `${text.slice(t.end, t.end + open[0].length - 1)}${glue[0]}` };
}
const SHARE_TAIL = /^\s*[\p{L} ]{0,30},?\s*\(?\s*(?:chiếm|đạt)?\s*(?:tỷ lệ|tỉ lệ)?\s*\d[\d.,]*\s*%/iu;
const STOP_LABEL = /^(là|có|với|của|các|và|được|đạt|chiếm|tỷ lệ|tỉ lệ|trong đó|gồm|bao gồm|đồng chí|đảng viên|người)$/iu;

function clauseBefore(text: string, start: number): string {
  const head = text.slice(0, start);
  const cut = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf('('), head.lastIndexOf(':'), head.lastIndexOf('.'), head.lastIndexOf(')'));
  return head.slice(cut + 1);
}

function clauseAfter(text: string, end: number): string {
  const tail = text.slice(end);
  const m = /[,;():.]/.exec(tail);
  return m ? tail.slice(0, m.index) : tail;
}

/** What a figure counts: the words before it in its clause, or after it ("2.067 Huy hiệu 30 năm"). */
export function labelOf(text: string, token: Token): string {
  const clean = (s: string) =>
    s
      .replace(/\d[\d.,]*\s*%/g, ' ')
      .split(/\s+/)
      .filter((w) => w && !STOP_LABEL.test(w))
      .join(' ')
      .trim();
  const raw = clauseBefore(text, token.start);
  // "trong đó 171 đảng bộ cơ sở và 327 chi bộ cơ sở": after an opener or "và", the label follows the figure.
  const numberFirst = /(^|\s)(và|gồm|bao gồm|trong đó|chia ra)\s*:?\s*$/iu.test(raw) || raw.trim() === '';
  const before = clean(raw.replace(/(trong đó|gồm|bao gồm|chia ra)/giu, ''));
  const after = clean(clauseAfter(text, token.end).split(/\svà\s/u)[0]);
  if (numberFirst && after) return after;
  if (before.split(' ').filter(Boolean).length >= 1 && !/^(chiếm|tỷ lệ)$/iu.test(before)) return before;
  return after;
}

export function extract(paragraphs: Paragraph[]): Extracted {
  const figures: Figure[] = [];
  const claims: RawClaim[] = [];
  const groups: Extracted['groups'] = [];
  let groupId = 0;

  // Each paragraph's figures, read once: the later passes over the gathered claims read them again.
  const tokensOf: Token[][] = [];
  paragraphs.forEach((para, p) => {
    const text = para.text;
    const tokens = (tokensOf[p] = tokenize(text));
    const fig = (t: Token): Figure => ({ p, token: t, value: (t.kind === 'ambiguous' ? t.asCount : t.value)!, label: labelOf(text, t) });
    const counts = tokens.filter((t) => t.kind === 'count');
    for (const t of counts) figures.push(fig(t));

    // Shares: a count (or a fraction) followed by its percentage.
    let current: Extracted['groups'][number] | undefined;
    let groupUnit: ReturnType<typeof unitAfter>;
    let lastEnd = -1;
    tokens.forEach((t, i) => {
      // A threshold or a length of time inside a noun phrase ("349/525 chi bộ có từ 15 đảng viên trở lên, đạt
      // 66,48%") qualifies the noun: the figure's share comes after it.
      // A breakdown in a parenthesis between a figure and its share ("đã giải quyết 51.874 hồ sơ (đúng hạn 51.205 hồ sơ,
      // quá hạn 669 hồ sơ), đạt 99,71% số hồ sơ tiếp nhận"): the share is of the figure before the parenthesis.
      const skipped = t.kind === 'count' || t.kind === 'fraction' ? shareAfterParenthesis(text, tokens, t) : undefined;
      // A fraction's phrase may name a criterion and its term ("62/75 xã đạt tiêu chí số 17.1 … giai đoạn 2021 - 2025, đạt
      // 82,66%"): its whole is written, so a year inside its phrase is no figure the share could be of.
      // Nor does the number of the document whose targets it counts ("23/26 chỉ tiêu của Kế hoạch số 86/KH-UBND, đạt 88,64%").
      const document = (x: Token) => t.kind === 'fraction' && x.kind === 'other' && !x.why && /^\/\s*\p{Lu}/u.test(text.slice(x.end)) && /(?<![\p{L}])số\s*$/iu.test(text.slice(Math.max(0, x.start - 6), x.start));
      const passes = (x: Token) => x.kind === 'other' && (x.why === 'threshold' || x.why === 'duration' || x.why === 'age' || x.why === 'ordinal' || x.why === 'code' || (t.kind === 'fraction' && x.why === 'year') || document(x));
      const next = skipped?.share ?? tokens.slice(i + 1).find((x) => !passes(x));
      if (!next) return;
      const between = skipped ? skipped.between : tokens.filter((x) => x.start >= t.end && x.end <= next.start).reduceRight((s, x) => s.slice(0, x.start - t.end) + s.slice(x.end - t.end), text.slice(t.end, next.start));
      const isCountLike = t.kind === 'count' || (t.kind === 'ambiguous' && t.asCount && next.kind === 'percent' && /^\s*,\s*$/.test(between));
      if (t.kind === 'fraction' && next.kind === 'percent' && !isRatioPercent(text, next) && (SHARE_GLUE.test(between.replace(/^\s*,/, '')) || FRACTION_SHARE.test(between))) {
        claims.push({ kind: 'share', p, part: fig(t), share: fig(next), whole: t.whole, group: -1 });
        return;
      }
      // "đạt 63,31% (322/525)", "71,43% số ấp (05/07 ấp)": the fraction written after its share, or after the name of its whole.
      if (t.kind === 'percent' && next.kind === 'fraction' && /^\s*(?:(?:của\s+)?(?:tổng\s+)?số\s+[^\d,;.()%]{1,30})?\(\s*$/iu.test(between) && !isRatioPercent(text, t)) {
        claims.push({ kind: 'share', p, part: fig(next), share: fig(t), whole: next.whole, group: -1 });
        return;
      }
      // "vượt 1,47 điểm phần trăm so với chỉ tiêu Nghị quyết (92,4%)": a change in points, and a percentage compared with,
      // are no part and share.
      if (/^\s*(điểm|lần)(?![\p{L}])/iu.test(between) || /so với/iu.test(between)) return;
      // "318 lượt/352 người, chiếm 65,43%", "09 nữ/45 ủy viên, chiếm 20%": two measures, or a fraction written with words
      // inside it; which of them the share is of is not read here.
      if (/\/\s*$/u.test(text.slice(Math.max(0, t.start - 3), t.start))) return;
      if (/^\s*[\p{L} ]{1,20}\/\s*\d/u.test(text.slice(t.end, t.end + 24))) {
        // "12.840 trẻ/13.512 trẻ sinh ra sống (95,30%)": one noun on both sides is a fraction written with its words.
        const m = /^\s*([\p{L}]+)(?:\s+[\p{L}]+)?\s*\/\s*(\d[\d.,]*)\s+([\p{L}]+)/u.exec(text.slice(t.end));
        const whole = m && m[1].toLowerCase() === m[3].toLowerCase() ? tokens.find((x) => x.kind === 'count' && x.start === t.end + m.index + m[0].lastIndexOf(m[2])) : undefined;
        const share = whole && tokens.find((x) => x.kind === 'percent' && x.start > whole.end);
        if (t.kind === 'count' && whole?.value && share && whole.value.compare(t.value!) >= 0 && /^[\p{L} ]{0,40}(?:\(\s*|,\s*(?:đạt|chiếm|bằng)\s+(?:tỷ lệ\s+)?)$/u.test(text.slice(whole.end, share.start)) && !isRatioPercent(text, share)) {
          claims.push({ kind: 'share', p, part: fig(t), share: fig(share), whole: whole.value, wholeAt: fig(whole), group: -1 });
        }
        return;
      }
      if (!isCountLike || next.kind !== 'percent' || !(SHARE_GLUE.test(between) || SHARE_AFTER_PHRASE.test(between) || SHARE_AFTER_LONG_PHRASE.test(between) || parenShare(text, t, next) || listedShare(text, t, next, between)) || isRatioPercent(text, next)) return;
      // "02 chỉ tiêu chưa đạt là tỷ lệ doanh nghiệp có thỏa ước (89,19%)": a rate named after the count is what the
      // percentage measures; it is no share of that count.
      if (/(?<![\p{L}])(?:tỷ lệ|tỉ lệ)\s+[\p{L}]/iu.test(between)) return;
      // "86,42 triệu đồng trên kế hoạch 94,5 triệu đồng, đạt 91,44%": the whole is written after "trên" (over-shares.ts).
      if (/(?<![\p{L}])(?<!cấp\s)trên\s+(?:tổng\s+số\s+|tổng\s+|kế hoạch\s+|chỉ tiêu\s+|dự toán\s+)?$/iu.test(text.slice(Math.max(0, t.start - 30), t.start)) && /\d[^,;()]{0,25}$/u.test(text.slice(Math.max(0, t.start - 60), t.start).replace(/trên[^]*$/u, ''))) return;
      // "tăng 312 người (4,78%) so với …", "giảm 03 người chết (17,64%)", "vượt 130 giường (20,00%)": the percentage after
      // a change, or a gap to a target, is its rate, not a share.
      // Its noun may hold a comma ("tăng 1.084 tin, bài (6,25%)").
      if (/(?<![\p{L}])(?:tăng|giảm|vượt|hơn|hụt)\s*$/iu.test(text.slice(Math.max(0, t.start - 8), t.start)) && (/^[^,;]*\(\s*$/u.test(between) || /^[^;\d()]{0,25}\(\s*$/u.test(between))) return;
      // "162 chi hội thôn, tổ dân phố (100% thôn, tổ dân phố có chi hội)": a percentage opening a parenthesis with a noun
      // of its own counts that noun; it is no share of the figure before.
      if (/\(\s*$/u.test(between) && !/(?<![\p{L}])(?:chiếm|đạt|bằng|tỷ lệ|tỉ lệ)(?![\p{L}])/iu.test(between) && /^\s+(?!(?:số|tổng|của|so|trở|kế|dự|trên|tính)(?![\p{L}]))\p{Ll}/u.test(text.slice(next.end))) return;
      const part = fig(t);
      const dimension = dimensionOf(part.label);
      const gap = text.slice(lastEnd, t.start);
      // A new list starts at a sentence end, a heading ("…chính trị:"), "trong đó", or a change of dimension.
      // A label's own colon ("…, chiếm 5,78%, Trung cấp: 4.737 đồng chí") is no heading: the list goes on.
      const labelColon = /^\s*[,;]\s*[^,;:.()\d]{1,40}:\s*$/u.test(gap);
      // "1.795 tổ chức đảng …, chiếm 96,40%; … 6.305 đảng viên …, chiếm 98,26%": parts counting other things are
      // shares of other wholes.
      const partUnit = unitAfter(text, t);
      // A clause after ";" that opens on a whole of its own ("…; 118 chi hội có 93 chi hội vững mạnh, chiếm 78,81%").
      const semicolon = gap.lastIndexOf(';');
      const ownWhole = semicolon >= 0 && tokens.some((x) => x.kind === 'count' && x.start > lastEnd + semicolon && x.end <= t.start);
      const breaks = !current || ownWhole || /[.]\s|trong đó|gồm/iu.test(gap) || (!labelColon && /:\s*$|:\s/u.test(gap)) || (dimension && current.dimension && !sameFamily(dimension, current.dimension)) || unitsDiffer(partUnit, groupUnit);
      if (breaks) {
        const intro = introFigure(text, tokens, t, p, fig);
        current = { id: groupId++, p, dimension, intro: intro?.part, introWhole: intro?.whole, shares: [] };
        groups.push(current);
      }
      current!.dimension ??= dimension;
      if (breaks) groupUnit = partUnit;
      else groupUnit ??= partUnit;
      current!.shares.push(claims.length);
      claims.push({ kind: 'share', p, part, share: fig(next), group: current!.id });
      lastEnd = next.end;
    });

    // "đạt 72,28% số hộ đăng ký và chiếm 58,29% tổng số hộ toàn huyện (45.870 hộ)": a second share of the same figure,
    // of another whole, joined by "và".
    for (const c of claims.filter((x): x is Extract<RawClaim, { kind: 'share' }> => x.kind === 'share' && x.p === p && x.group >= 0)) {
      const next = tokens.find((x) => x.start >= c.share.token.end);
      if (next?.kind !== 'percent' || claims.some((x) => x.kind === 'share' && x.p === p && x.share.token.start === next.start)) continue;
      if (!/^[^\d,;.()%:]{0,60}?\s+và\s+(?:chiếm|bằng)\s*(?:tỷ lệ\s*)?$/iu.test(text.slice(c.share.token.end, next.start))) continue;
      // "… bằng 98,83% sản lượng sản xuất và bằng 107,35% so với năm 2023 (56,91 triệu lít)": a so sánh with another
      // period, no share.
      if (/^\s*(?:so với|cùng kỳ|kế hoạch)(?![\p{L}])/iu.test(text.slice(next.end))) continue;
      groups.push({ id: groupId++, p, shares: [claims.length] });
      claims.push({ kind: 'share', p, part: c.part, share: fig(next), group: groupId - 1 });
    }

    for (const r of relativeChanges(text, tokens)) claims.push({ kind: 'relative', p, rate: fig(r.rate), previous: fig(r.previous), sign: r.sign, to: 'current' in r.to ? { current: fig(r.to.current) } : { change: fig(r.to.change) } });
    for (const f of [...flowsIn(text, tokens), ...raisedTotals(text, tokens)]) claims.push({ kind: 'flow', p, start: fig(f.start), inflow: f.inflow && fig(f.inflow), outflow: f.outflow && fig(f.outflow), end: fig(f.end) });
    for (const r of multiplesIn(text, tokens)) claims.push({ kind: 'multiple', p, times: fig(r.times), current: fig(r.current), previous: fig(r.previous) });
    for (const r of averagesIn(text, tokens)) claims.push({ kind: 'average', p, average: fig(r.average), total: fig(r.total), count: fig(r.count), scale: r.scale, per: r.per, ...(r.loose ? { loose: true } : {}) });

    for (const g of gradeShareLists(text, tokens)) claims.push({ kind: 'grade-shares', p, shares: g.shares.map(fig), grades: g.grades });

    // Fractions that claim nothing else: part must not exceed whole.
    for (const t of tokens) if (t.kind === 'fraction') claims.push({ kind: 'fraction', p, figure: fig(t) });

    // Breakdowns: "498 tổ chức (gồm 171 …, 327 …)", "654 (Khmer 414, Hoa 227, khác 13)", "… trong đó: a, b".
    for (const c of closingSums(text, tokens, (at) => sentenceAround(text, at).start)) claims.push({ kind: 'sum', p, total: fig(c.total), parts: c.parts.map(fig), how: 'closing', overlap: false });
    // Two columns of a list, each added to its own total ("96 vụ, 138 đối tượng. Trong đó: … 71 vụ, 102 đối tượng; …").
    for (const c of pairedColumns(text, tokens)) {
      c.totals.forEach((total, i) => {
        if (claims.some((x) => (x.kind === 'sum' || x.kind === 'subset') && x.p === p && x.total.token.start === total.start)) return;
        claims.push({ kind: 'sum', p, total: fig(total), parts: c.columns[i].map(fig), how: 'columns', overlap: false });
      });
    }
    for (const l of periodLists(text, tokens)) {
      if (claims.some((c) => (c.kind === 'sum' || c.kind === 'subset') && c.p === p && c.total.token.start === l.total.start)) continue;
      claims.push({ kind: 'sum', p, total: fig(l.total), parts: l.parts.map(fig), how: 'periods', overlap: false });
    }
    for (const l of specificLists(text, tokens)) {
      if (claims.some((c) => (c.kind === 'sum' || c.kind === 'subset') && c.p === p && c.total.token.start === l.total.start)) continue;
      claims.push({ kind: 'sum', p, total: fig(l.total), parts: l.parts.map(fig), how: 'specifics', overlap: false });
    }
    for (const r of ratingLists(text, tokens)) {
      if (claims.some((c) => (c.kind === 'sum' || c.kind === 'subset') && c.p === p && c.total.token.start === r.total.start)) continue;
      claims.push(ratingClaim(p, fig(r.total), r.parts.map(fig), r.labels, r.complete));
    }
    // "Trong N …, có a …, b …": each part at most the whole, read only where no other reading of that whole stands.
    const readings = breakdownsIn(text, tokens, (at) => sentenceAround(text, at).start);
    readings.push(...partsPastDetail(text, readings));
    for (const w of withinLists(text, tokens)) {
      if (readings.some((b) => b.total.start === w.total.start) || claims.some((c) => (c.kind === 'sum' || c.kind === 'subset') && c.p === p && c.total.token.start === w.total.start)) continue;
      // "Phân theo thẩm quyền, trong 34 trường hợp …, a …, b …, c …": the sentence declares the list complete.
      const sentence = sentenceAround(text, w.total.start);
      // Roles overlap even when the sentence declares its dimension ("Phân theo đối tượng, … lãnh đạo, quản lý …, cấp ủy
      // viên cơ sở …"): a leader may sit on a committee too.
      const roles = w.parts.filter((x) => attributeOf(labelOf(text, x)) === 'role').length >= 2;
      if (!roles && (w.colon || !text.slice(w.total.end, sentence.end).includes(';')) && DECLARED_WITHIN.test(text.slice(sentence.start, w.total.start).replace(/trong\s+(?:tổng\s+số\s+|số\s+)?$/iu, ''))) {
        claims.push({ kind: 'sum', p, total: fig(w.total), parts: w.parts.map(fig), how: 'exhaustive', overlap: false });
        continue;
      }
      claims.push({ kind: 'subset', p, total: fig(w.total), parts: w.parts.map(fig), how: 'trong-do', overlap: true });
    }
    for (const b of colonLists(text, tokens)) {
      if (readings.some((r) => r.total.start === b.total.start) || claims.some((c) => (c.kind === 'sum' || c.kind === 'subset') && c.p === p && c.total.token.start === b.total.start)) continue;
      const claim = breakdown(p, fig(b.total), b.parts.map(fig), b.how, { overlap: b.overlap, labels: b.labels });
      if (claim) claims.push(claim);
    }
    for (const b of readings) {
      if (claims.some((c) => (c.kind === 'sum' || c.kind === 'subset') && c.p === p && c.total.token.start === b.total.start && c.how === 'ratings')) continue;
      // A list of sums of money does not overlap (see breakdown) unless its items are the people the money went to ("chi
      // trợ cấp cho hộ nghèo …, người cao tuổi …": one person may be both). Items that carry their shares are judged by
      // them, whether or not they make a breakdown of the total.
      const shared = b.parts.some((t) => /^\s*[\p{L} ]{0,20},?\s*(?:chiếm|bằng)\s*\d/u.test(text.slice(t.end)));
      const money = [b.total, ...b.parts].every((t) => unitAfter(text, t)?.cls === 'money') && !shared && !b.labels.some((l) => NAMES_PERSONS.test(l));
      const claim = breakdown(p, fig(b.total), b.parts.map(fig), b.how, { overlap: b.overlap, nested: b.nested.map(fig), named: b.named, labels: b.labels, money });
      if (claim) claims.push(claim);
    }
  });

  // A footnote that continues its reference ("[…] 4.072 Huy hiệu[5]" / "trong đó: 2.067 …, 670 …").
  paragraphs.forEach((para, p) => {
    const fn = /^footnote (\d+)$/.exec(para.location)?.[1];
    if (!fn || !/^\s*(trong đó|gồm|bao gồm)\s*:?/iu.test(para.text)) return;
    const refIndex = paragraphs.findIndex((x) => x.notes?.some((n) => n.footnote === Number(fn)));
    if (refIndex < 0) return;
    const at = paragraphs[refIndex].notes!.find((n) => n.footnote === Number(fn))!.at;
    // The figure the note breaks down counts what its parts count: "46 mô hình …, 112 tuyến đường …[" with a note
    // listing mô hình is of the 46.
    const firstPart = figures.find((f) => f.p === p);
    const partUnit = firstPart && unitAfter(para.text, firstPart.token);
    const before = figures.filter((f) => f.p === refIndex && f.token.end <= at);
    const total = (partUnit && before.filter((f) => unitAfter(paragraphs[refIndex].text, f.token)?.word === partUnit.word).at(-1)) || before.at(-1);
    // The list counts what the total counts, and ends where a figure of another unit begins ("…, các xã còn lại 25 mô
    // hình; các tuyến đường … 186 km").
    const unit = total && unitAfter(paragraphs[refIndex].text, total.token);
    const mineHere = figures.filter((f) => f.p === p);
    // Badges given to members count one each: only an amount or a length (km, ha, đồng) beside counts is another thing.
    const measured = (u: ReturnType<typeof unitAfter>) => u?.cls === 'money' || u?.cls === 'measure';
    const stop = mineHere.findIndex((f) => measured(unitAfter(para.text, f.token)) !== measured(unit));
    const parts = stop < 0 ? mineHere : mineHere.slice(0, stop);
    if (!total || parts.length < 2 || sentenceEnd(para.text, 0) < parts.at(-1)!.token.end) return;
    const claim = breakdown(p, total, parts, /trong đó/iu.test(para.text) ? 'trong-do' : 'gom');
    if (claim) claims.push(claim);
  });

  claims.push(...categoryShares(paragraphs, claims));
  // A share whose part is named in words, not written beside it (named-shares.ts).
  const itemOf = (f: { p: number; token: Token }) => (c: RawClaim) => (c.kind === 'sum' || c.kind === 'subset') && c.p === f.p && c.parts.some((x) => x.token.start === f.token.start);
  for (const n of namedShares(paragraphs, (a, b) => claims.some((c) => itemOf(a)(c) && itemOf(b)(c)))) {
    if (claims.some((c) => c.kind === 'share' && c.p === n.p && c.share.token.start === n.share.start)) continue;
    const f = (q: number, t: Token): Figure => ({ p: q, token: t, value: t.value!, label: '' });
    claims.push({ kind: 'share', p: n.p, part: f(n.part.p, n.part.token), share: { ...f(n.p, n.share), label: n.name }, whole: n.base.token.value!, wholeAt: f(n.base.p, n.base.token), group: -1 });
  }
  claims.push(...differences(paragraphs, figures));
  // The figure a token of paragraph `p` is, as gathered above, or one made for it.
  const figureAt = ({ p, token }: { p: number; token: Token }): Figure => figures.find((g) => g.p === p && g.token.start === token.start) ?? { p, token, value: token.value!, label: '' };
  const closed = closedItemLists(paragraphs);
  for (const l of [...itemLists(paragraphs), ...closed]) {
    if (claims.some((c) => (c.kind === 'sum' || c.kind === 'subset') && c.p === l.total.p && c.total.token.start === l.total.token.start)) continue;
    claims.push({ kind: 'sum', p: l.total.p, total: figureAt(l.total), parts: l.parts.map(figureAt), how: closed.includes(l) ? 'closing' : 'items', overlap: false });
  }
  // "- Năm 2019: 312.480 (chiếm 24,32% cả giai đoạn);" … "- Cộng: 1.284.650 lượt": an item's share opening its
  // parenthesis is of the total that closes the list.
  for (const l of closed) {
    for (const part of l.parts) {
      const text = paragraphs[part.p].text;
      const m = /^\s*\(\s*(?:chiếm\s+)?(?=\d)/iu.exec(text.slice(part.token.end));
      const share = m ? tokensOf[part.p].find((t) => t.start === part.token.end + m[0].length && t.kind === 'percent') : undefined;
      if (!share) continue;
      const read = claims.find((c): c is Extract<RawClaim, { kind: 'share' }> => c.kind === 'share' && c.p === part.p && c.share.token.start === share.start);
      if (read?.whole) continue;
      if (read) Object.assign(read, { whole: l.total.token.value!, wholeAt: figureAt(l.total), share: { ...read.share, label: '' } });
      else claims.push({ kind: 'share', p: part.p, part: figureAt(part), share: { p: part.p, token: share, value: share.value!, label: '' }, whole: l.total.token.value!, wholeAt: figureAt(l.total), group: -1 });
    }
  }
  claims.push(...targetExcesses(paragraphs, figures));
  claims.push(...pointChanges(paragraphs));
  claims.push(...rateFromTo(paragraphs, claims));
  claims.push(...labelledChanges(paragraphs, claims));
  claims.push(...seriesChanges(paragraphs, claims));
  claims.push(...namedRateChanges(paragraphs, claims));
  claims.push(...termLabels(paragraphs));
  for (const s of yearComparisons(paragraphs)) claims.push({ kind: 'term-label', p: s.p, at: s.at, named: `năm ${s.named}`, expected: s.right ? `năm ${s.named}` : `năm ${s.expected}`, own: s.own, certain: s.certain, text: paragraphs[s.p].text.slice(s.at, s.end), stated: s.stated, carried: s.carried });
  for (const s of samePeriodSlips(paragraphs)) claims.push({ kind: 'term-label', p: s.p, at: s.at, named: `cùng kỳ năm ${s.named}`, expected: `cùng kỳ năm ${s.expected}`, own: s.own, certain: s.certain, text: paragraphs[s.p].text.slice(s.at, s.end), stated: s.stated });
  const readings = ratioReadings(paragraphs);
  claims.push(...readings.map((reading): RawClaim => ({ kind: 'ratio', p: reading.p, reading })));
  claims.push(...ratioDifferences(paragraphs, readings, claims));
  claims.push(...impliedRateClaims(paragraphs, figures, claims));
  // A change against a year whose value only another sentence gives (stated-changes.ts), where nothing else reads it.
  for (const s of [...statedChanges(paragraphs), ...openingChanges(paragraphs)]) {
    if (claims.some((c) => readsFigureAt(c, s.p, s.delta.start))) continue;
    claims.push({ kind: 'difference', p: s.p, from: figureAt(s.previous), to: figureAt({ p: s.p, token: s.current }), deltas: [figureAt({ p: s.p, token: s.delta })], sign: s.sign, byUnit: true });
  }
  for (const s of statedRates(paragraphs)) {
    if (claims.some((c) => readsFigureAt(c, s.p, s.rate.start))) continue;
    claims.push({ kind: 'relative', p: s.p, rate: figureAt({ p: s.p, token: s.rate }), previous: figureAt(s.previous), sign: s.sign, to: { current: figureAt({ p: s.p, token: s.current }) }, byUnit: true });
  }
  // A clause naming what it compares, its value now written earlier under that name (named-comparisons.ts).
  paragraphs.forEach(({ text }, p) => {
    for (const n of namedComparisons(text, tokensOf[p])) {
      const at = (t: Token) => figureAt({ p, token: t });
      const r = n.relation;
      const token = r.kind === 'change' ? r.delta : r.kind === 'rate' ? r.rate : r.kind === 'ratio' ? r.ratio : r.times;
      // A change its clause names the subject of is of the figure written with that name, not of the one another reading
      // took by its place ("Triển khai 56 đề tài (…, 48 cấp cơ sở); số đề tài cấp cơ sở giảm 06 …": 48, not 56).
      const placed = r.kind === 'change' ? claims.findIndex((c) => c.kind === 'difference' && c.p === p && c.deltas.length === 1 && c.deltas[0].token.start === token.start && c.from.token.start === n.previous.start && c.to.token.start !== n.current.start) : -1;
      if (placed >= 0) claims.splice(placed, 1);
      if (claims.some((c) => readsFigureAt(c, p, token.start))) continue;
      if (r.kind === 'change') claims.push({ kind: 'difference', p, from: at(n.previous), to: at(n.current), deltas: [at(r.delta)], sign: r.sign });
      else if (r.kind === 'rate') claims.push({ kind: 'relative', p, rate: at(r.rate), previous: at(n.previous), sign: r.sign, to: { current: at(n.current) } });
      else if (r.kind === 'ratio') claims.push({ kind: 'ratio', p, reading: { p, ratio: r.ratio, previous: n.previous, current: n.current, value: n.current.value!, base: n.previous.value!, how: 'paren' } });
      else claims.push({ kind: 'multiple', p, times: at(r.times), current: at(n.current), previous: at(n.previous) });
    }
  });
  // A gap stated against a figure named in words (named-gaps.ts): wrong only where a keystroke explains it.
  paragraphs.forEach(({ text }, p) => {
    const previous = p > 0 ? { text: paragraphs[p - 1].text, tokens: tokensOf[p - 1] } : undefined;
    for (const g of namedGaps(text, tokensOf[p], previous)) {
      if (claims.some((c) => readsFigureAt(c, p, g.gap.start))) continue;
      claims.push({ kind: 'difference', p, from: figureAt({ p: p + g.namedIn, token: g.named }), to: figureAt({ p: p + g.valueIn, token: g.value }), deltas: [figureAt({ p, token: g.gap })], sign: g.sign, byUnit: true });
    }
  });
  return { paragraphs, figures, claims, groups };
}

/** Levels of schooling and of political theory share words ("trung cấp"): one family, so no break between them. */
function sameFamily(a: Dimension, b: Dimension): boolean {
  const levels = new Set<Dimension>(['education', 'theory']);
  return a === b || (levels.has(a) && levels.has(b));
}

function sentenceEnd(text: string, from: number): number {
  const m = /\.(\s|$)/.exec(text.slice(from));
  return m ? from + m.index : text.length;
}

/**
 * The figure a list of shares belongs to: the count just before "trong đó"/"gồm"/"(" that opens it. A fraction there
 * ("đánh giá, xếp loại 5.016/5.274 đồng chí; trong đó: …") offers two: those it counts (the rated) and its whole (all
 * members); the shares say which.
 */
function introFigure(text: string, tokens: Token[], first: Token, p: number, fig: (t: Token) => Figure): { part: Figure; whole?: Figure } | undefined {
  // A figure in a parenthesis closed before the list is a detail of the figure before it ("5.016/5.274 đồng chí (258
  // đồng chí được miễn đánh giá); trong đó: …").
  // An average ("bình quân mỗi năm 26,2 đảng viên") or a change and the value compared with opens no list.
  const before = tokens.filter((t) => t.end <= first.start && (t.kind === 'count' || t.kind === 'fraction') && !inClosedParen(text, t, first.start) && !isAverage(text, t) && !isComparisonFigure(text, t));
  // A list inside a parenthesis ("hỗ trợ 140,91 tỷ đồng (… 38,62 tỷ đồng; … 96,7 tỷ đồng, chiếm 68,62%; …)") is of the
  // figure the parenthesis follows.
  const open = text.lastIndexOf('(', first.start);
  const opener = open > text.lastIndexOf(')', first.start) ? before.filter((t) => t.end <= open && /^\s*[\p{L} ]{0,20}$/u.test(text.slice(t.end, open))).at(-1) : undefined;
  if (opener && opener.kind === 'count') return { part: fig(opener) };
  const last = before.at(-1);
  if (!last) return undefined;
  const gap = text.slice(last.end, first.start);
  if (last.kind === 'fraction') {
    // Only a list the fraction opens, not one it is an item of (a fraction with its own share).
    if (!opensList(text, tokens, last) || /[.]\s/.test(gap)) return undefined;
    return { part: { ...fig(last), value: last.value! }, whole: { ...fig(last), value: last.whole! } };
  }
  // "…; trong đó …" opens the list on the clause before the semicolon, as breakdowns.ts reads it ("; gồm" does not); a
  // figure's thousands dot ("(dân số 158.972 người)") ends no sentence.
  if (/trong đó|gồm|bao gồm|\(/iu.test(gap) && !/;|\.(?!\d)/.test(gap.replace(/\([^()]*\)/g, '').replace(/\.\s*$/, '').replace(/;\s*trong đó[^.;]*$/iu, ''))) return { part: fig(last) };
  return undefined;
}

/** Whether a figure stands in a parenthesis that closes before `upto`. */
function inClosedParen(text: string, t: Token, upto: number): boolean {
  const head = text.slice(0, t.start);
  const open = head.lastIndexOf('(');
  if (open < 0 || head.lastIndexOf(')') > open) return false;
  const close = text.indexOf(')', t.end);
  return close >= 0 && close < upto;
}

interface BreakdownContext {
  overlap?: boolean;
  nested?: Figure[];
  named?: number;
  labels?: string[];
  /** The total and every part are sums of money. */
  money?: boolean;
}

/**
 * How a breakdown is read: parts of different attributes overlap (each at most the total); "gồm", "chia ra"
 * and a bare parenthesis are exhaustive; "trong đó" is a full breakdown when its categories are known to be
 * (or a "còn lại"/"khác" item closes them), disjoint when its parts are values of one dimension or kinds of
 * the total's noun, and otherwise overlapping.
 */
function breakdown(p: number, total: Figure, all: Figure[], how: BreakdownHow, ctx: BreakdownContext = {}): RawClaim | undefined {
  const nestedAt = new Set((ctx.nested ?? []).map((x) => x.token.start));
  const parts = all.filter((x) => !nestedAt.has(x.token.start));
  const labels = ctx.labels?.length === all.length ? ctx.labels.filter((_, i) => !nestedAt.has(all[i].token.start)) : parts.map((x) => x.label);
  const named = ctx.named ?? 0;
  const nested = ctx.nested?.length ? ctx.nested : undefined;
  if (named > 0) {
    // Named units count one each: said only when that reading makes the total.
    if (!sum(parts.map((x) => x.value)).add(named).equals(total.value)) return undefined;
    return { kind: 'sum', p, total, parts, how, overlap: false, named };
  }
  const dims = new Set(labels.map(dimensionOf).filter(Boolean));
  // One part ("35 đồng chí (07 nữ)") is a subset whatever the opener; so are parts of two dimensions ("05 giảng viên
  // (04 thạc sĩ, 03 nữ)": a master's degree and a gender), which may overlap whatever the opener.
  // Only a dimension that cuts across the others (gender, ethnicity, religion, age) makes them overlap: levels of
  // schooling and of theory, or districts and kinds of organization, side by side are still one list.
  const crossing = dims.size >= 2 && [...dims].some((d) => d === 'gender' || d === 'ethnicity' || d === 'religion' || d === 'age');
  if (ctx.overlap || (how === 'trong-do' && dims.size >= 2) || crossing || all.length === 1) return { kind: 'subset', p, total, parts: all, how, overlap: true };
  if (how === 'trong-do') {
    // "thuộc thẩm quyền 87 đơn, không thuộc thẩm quyền 55 đơn": a category and its negation cover the whole.
    // So do a place and what lies outside it ("ra ngoài tỉnh 486 lượt, trong tỉnh 868 lượt").
    const bare = (l: string) => l.toLowerCase().replace(/^\s*(?:ra\s+|chuyển\s+)?(?:không|ngoài|trong)\s+/u, '').trim();
    const negated = (l: string) => /^\s*không\s/iu.test(l);
    const inside = (l: string) => /^\s*(?:ra\s+|chuyển\s+)?ngoài\s/iu.test(l);
    const complementary = labels.length === 2 && bare(labels[0]) === bare(labels[1]) && bare(labels[0]).length > 0 && (labels.some(negated) || (labels.some(inside) && labels.some((l) => /^\s*(?:ra\s+|chuyển\s+)?trong\s/iu.test(l))));
    if (complementary || isKnownExhaustive(labels) || (parts.length >= 2 && labels.some((l) => /còn lại|(?<![\p{L}])khác(?![\p{L}])/iu.test(l)))) return { kind: 'sum', p, total, parts, how: 'exhaustive', overlap: false, nested };
    const oneDimension = dims.size === 1 && labels.every((l) => dimensionOf(l));
    // Sums of money spent or raised on several items: a đồng goes to one item only.
    return { kind: 'subset', p, total, parts, how, overlap: !oneDimension && !ctx.money, nested };
  }
  return { kind: 'sum', p, total, parts, how, overlap: false, nested };
}

/** "99,61% (tăng 0,38% so với năm 2018)", with the 2018 share stated in this or the two paragraphs before. */
function pointChanges(paragraphs: Paragraph[]): RawClaim[] {
  const out: RawClaim[] = [];
  paragraphs.forEach((para, p) => {
    const tokens = tokenize(para.text);
    // "so với đầu nhiệm kỳ (24,98%)", "so với cùng kỳ (91,32%)": a comparison naming no year, its share written with it.
    // "cao hơn 2,32 điểm phần trăm so với nhiệm kỳ trước (21,75%)" says a rise as "tăng" does, "thấp hơn" a fall.
    for (const m of para.text.matchAll(/\(?\s*(tăng|giảm|cao hơn|thấp hơn)\s+(\d[\d.,]*\s*(?:%|điểm phần trăm|điểm %))(?:\s*so với\s*(?:(?:(?:cuối|đầu)\s+năm|năm|(?:cùng kỳ|cùng thời điểm)\s+năm)\s*((?:19|20)\d{2})|(cùng kỳ(?: năm trước)?|đầu nhiệm kỳ|(?:giai đoạn|nhiệm kỳ)\s+(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}|(?:cuối\s+)?nhiệm kỳ trước|đầu năm|đầu kỳ|(?:cuối\s+)?kỳ trước|(?:cuối\s+)?năm trước)(?=\s*\(\s*\d))|(?=\s*\(\s*năm\s+((?:19|20)\d{2})\s*(?:là|:)\s*\d)|(?=\s*\(\s*(năm trước|cùng kỳ(?: năm trước)?|kỳ trước)\s*(?:là|:)?\s*\d))/giu)) {
      const deltaTok = tokens.find((t) => (t.kind === 'percent' || (t.kind === 'count' && /điểm/u.test(m[2]))) && t.start === m.index! + m[0].indexOf(m[2]));
      // The share changed, not a target or a value compared with, nor another change of it ("đạt 78,42%, vượt 3,42% so
      // với chỉ tiêu (75%), tăng 5,87% so với đầu nhiệm kỳ (72,55%)").
      const compared = (t: Token) => {
        const head = para.text.slice(0, t.start);
        const open = head.lastIndexOf('(');
        if (open <= head.lastIndexOf(')')) return false;
        // "là 3,86%, thấp hơn kế hoạch giao 0,19% (kế hoạch 4,05%)", "đạt 94,6% (chỉ tiêu 92%)": the target named in its
        // own parenthesis.
        if (/^\s*(?:kế hoạch|chỉ tiêu|mục tiêu|dự toán|nghị quyết|cùng kỳ|bình quân)[^\d()]{0,30}$/iu.test(head.slice(open + 1))) return true;
        return /^\s*$/u.test(head.slice(open + 1)) && /(so với|chỉ tiêu|kế hoạch|đầu nhiệm kỳ|đầu năm|cùng kỳ)[^,;()]*$/iu.test(head.slice(Math.max(0, open - 60), open));
      };
      // Nor a gap to a target ("thấp hơn kế hoạch giao 0,19%").
      let current = tokens.filter((t) => t.kind === 'percent' && t.end <= m.index! && !compared(t) && !/(?:tăng|giảm|vượt)\s*$/iu.test(para.text.slice(Math.max(0, t.start - 8), t.start)) && !/(?<![\p{L}])(?:cao hơn|thấp hơn)(?![\p{L}])[^,;()\d]{0,30}$/iu.test(para.text.slice(Math.max(0, t.start - 40), t.start))).at(-1);
      // "đạt 74,5%, trong đó có bằng cấp, chứng chỉ 31,8%; tăng 12,5% so với …": a change after a "trong đó" part, past a
      // semicolon, speaks of the whole before it.
      const opened = current && /(?<![\p{L}])trong đó(?![\p{L}])/iu.exec(para.text.slice(0, current.start));
      if (current && opened && para.text.slice(current.end, m.index!).includes(';')) {
        const whole = tokens.filter((t) => t.kind === 'percent' && t.end <= opened.index).at(-1);
        if (whole && !para.text.slice(whole.end, opened.index).includes(';')) current = whole;
      }
      // The share may carry its base's name before the change: "bằng 3,91% tổng số đảng viên đầu năm, tăng 0,27 điểm …".
      const named = current && /^\s*(?:của\s+)?(?:tổng\s+)?số\s+[^\d,;.()%]{1,40},\s*$/iu.test(para.text.slice(current.end, m.index!));
      // "năm 2020 đạt 87,12%, …, năm 2022 đạt 88,67%. Như vậy, năm 2022 tăng 0,64% so với năm 2021": a change said of a
      // year of the series speaks of that year's rate.
      const subject = subjectYear(para.text, sentenceAround(para.text, m.index!).start, m.index!);
      const ofYear = subject && subject !== m[3] ? valueOfYear(para.text, tokens, subject, m.index!, undefined, true) : undefined;
      if (ofYear) current = ofYear;
      const gap = current && !ofYear ? para.text.slice(current.end, m.index!) : '';
      const between = /[.;]\s/u.test(gap) ? gap : gap.replace(/,?\s*(?:tăng|giảm|vượt)\s+\d[\d,]*\s*(?:%|điểm phần trăm|điểm %)?\s*so với[^,;()]*(?:\([^()]*\))?/giu, '');
      // Not a share the sentence before ends on ("tái cử 14 đại biểu, chiếm 40%. Tỷ lệ đại biểu nữ giảm 2,86% …"): a change
      // opening a sentence of its own speaks of the rate that sentence names, or of one a series gives its year.
      if (!deltaTok || !current || (!named && distanceOutsideParens(between, 0, between.length) > 20) || (!ofYear && /(?<!\.)\.\s+\S/u.test(gap))) continue;
      // The share of that year written right after it, "so với năm 2019 (33,19%)", is the one compared with;
      // else the first percentage after "năm 2018" in this paragraph or the two before.
      let previous: { p: number; token: Token } | undefined;
      // "giảm 1,6 điểm phần trăm (năm 2023 là 65,6%)": the year and its share in the parenthesis, no "so với".
      const written = /^\s*\(\s*(?:năm\s+(?:19|20)\d{2}\s*(?:là|:)\s*|(?:năm trước|cùng kỳ(?: năm trước)?|kỳ trước)\s*(?:là|:)?\s*)?(?=\d)/u.exec(para.text.slice(m.index! + m[0].length));
      const inParen = written && tokens.find((t) => t.kind === 'percent' && t.start === m.index! + m[0].length + written[0].length);
      if (inParen) previous = { p, token: inParen };
      // A change said in points with no earlier share written with it is read by the rate's name (rate-changes.ts).
      else if (/điểm/u.test(m[2]) || !m[3]) continue;
      for (let q = p; q >= Math.max(0, p - 2) && !previous; q--) {
        const text = paragraphs[q].text;
        const limit = q === p ? current.start : text.length;
        for (const y of text.slice(0, limit).matchAll(new RegExp(`năm\\s+${m[3]}(?!\\d)`, 'giu'))) {
          // "tăng 8,27% so với năm 2023 (5.768 lượt); tiêm chủng … đạt 98,3%": a year compared with names no share
          // of its own, and a share in another clause is not that year's.
          if (/so với\s*(?:cùng kỳ\s*)?$/iu.test(text.slice(0, y.index!))) continue;
          const t = tokenize(text).find((x) => x.kind === 'percent' && x.start > y.index! && x.start - y.index! < 160 && x.start < limit);
          if (t && !text.slice(y.index!, t.start).includes(';')) previous = { p: q, token: t };
        }
      }
      if (!previous) continue;
      const f = (pp: number, t: Token): Figure => ({ p: pp, token: t, value: t.value!, label: '' });
      out.push({ kind: 'points', p, current: f(p, current), previous: f(previous.p, previous.token), delta: f(p, deltaTok), sign: signOf(m[1]), year: m[3] ?? m[4] ?? m[5] ?? m[6], ...(/điểm/u.test(m[2]) ? { pointsOnly: true } : {}) });
    }
  });
  return out;
}

/**
 * "so với nhiệm kỳ 2015 - 2020": the term compared against must be the one before the claim's own term (the
 * term its sentence, else its paragraph, names). With no term in the paragraph the report's own term (the one
 * the text names most) stands in, but that reading is too loose to call a mismatch wrong.
 */
function termLabels(paragraphs: Paragraph[]): RawClaim[] {
  const counts = new Map<string, number>();
  // The report's own term is the one it names most, the terms it compares with left out.
  for (const para of paragraphs) for (const t of termsIn(para.text).filter((x) => !x.compared)) counts.set(t.label, (counts.get(t.label) ?? 0) + 1);
  // A compared term that comes before none of the terms the report speaks of is wrong whichever of them was meant.
  const before = new Set([...counts.keys()].flatMap((label) => {
    const [start, end] = label.split(' - ').map(Number);
    return termsBefore({ start, end });
  }));
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const reportTerm = ranked.length && ranked[0][1] >= 2 && !(ranked[1] && ranked[1][1] === ranked[0][1]) ? ranked[0][0] : undefined;
  const out: RawClaim[] = [];
  const sections = sectionTerms(paragraphs);
  paragraphs.forEach((para, p) => {
    for (const named of termsIn(para.text)) {
      // "xây dựng 501 mô hình, bằng 93,82% số mô hình của cả nhiệm kỳ 2010 - 2015": a term a ratio is taken of, read only
      // where the value it is of is written elsewhere as another term's.
      const ratio = named.compared ? undefined : RATIO_OF.exec(para.text.slice(Math.max(0, named.at - 60), named.at));
      if (!named.compared && !ratio) continue;
      // A paragraph naming no term of its own speaks of the term its heading names.
      const section = sections[p];
      const own = ownTerm(para.text, named.at) ?? (section && { term: section, where: 'section' as const });
      // With no term of its own, a date or year the sentence names inside the compared term ("đến 30/6/2024 …, tăng
      // 1,2% so với nhiệm kỳ 2020 - 2025") makes the claim that term's own: it compares the term with itself.
      const inside = own ? undefined : dateInside(para.text, named);
      if (inside) {
        const at = comparedAt(para.text, named.at);
        const stop = named.until;
        out.push({ kind: 'term-label', p, at, named: named.label, expected: termsBefore(named)[0], own: `${inside} (thuộc ${named.label})`, certain: true, text: para.text.slice(at, stop) });
        continue;
      }
      const at = ratio ? Math.max(0, named.at - 60) + ratio.index : comparedAt(para.text, named.at);
      // Evidence that the comparison is held against the value of `term`, the change or rate written before the term (or
      // before "so với").
      const sentence = sentenceAround(para.text, named.at).start;
      const valueOf = (term: string) => comparedWithValueOf(paragraphs, p, sentence, Math.max(sentence, para.text.lastIndexOf(';', at) + 1), ratio ? named.at : at, named.until, termRef(term));
      const ownLabel = own?.term.label ?? reportTerm;
      const ownSaid = own?.where === 'section' ? `${ownLabel} (theo đề mục)` : ownLabel;
      if (!ownLabel) {
        // No term of the claim's own is known; still, the value compared with written elsewhere as the value of the
        // term right after the one named makes the named one a slip, of one term.
        for (const next of termsAfter(named)) {
          const stated = valueOf(next);
          if (!stated) continue;
          out.push({ kind: 'term-label', p, at, named: named.label, expected: next, own: termsAfter({ start: Number(next.split(' - ')[0]), end: Number(next.split(' - ')[1]) })[0], certain: true, text: para.text.slice(at, named.until), stated });
          break;
        }
        continue;
      }
      // "Nhiệm kỳ qua, … 1.126 tác phẩm, tăng 33,7% so với nhiệm kỳ 2020 - 2025 (842 tác phẩm)" under the heading of that
      // very term: a term compared with itself, a value of its own written for it, is the term before mistyped.
      if (ownLabel === named.label) {
        if (!own || named.compared !== true || !/^\s*\(\s*\d/u.test(para.text.slice(named.until))) continue;
        const stop = named.until + (/^\s*\([^()]{0,30}\)/u.exec(para.text.slice(named.until))?.[0].length ?? 0);
        out.push({ kind: 'term-label', p, at, named: named.label, expected: termsBefore(named)[0], own: ownSaid!, certain: true, text: para.text.slice(at, stop) });
        continue;
      }
      const [start, end] = ownLabel.split(' - ').map(Number);
      const expected = termsBefore({ start, end });
      let stop = named.until;
      // The compared term's own figure, when written right after it, belongs to the comparison: "(27,72%)".
      const paren = /^\s*\([^()]{0,30}\)/u.exec(para.text.slice(stop));
      if (paren) stop += paren[0].length;
      const text = para.text.slice(at, stop);
      // A span of another length than the one compared ("Giai đoạn 2021 - 2024 … so với bình quân giai đoạn 2016 - 2020")
      // is no term of a series: which earlier span it is held against is the writer's choice.
      const sameLength = named.end - named.start === end - start;
      const right = expected.includes(named.label) ? named.label : expected[0];
      // The value compared with, written elsewhere as the value of the term before the claim's: the term named is a slip.
      const stated = right === named.label ? undefined : valueOf(right);
      if (ratio && !stated) continue;
      out.push({ kind: 'term-label', p, at, named: named.label, expected: right, own: ownSaid!, certain: !!stated || (sameLength && (!!own || (!before.has(named.label) && !counts.has(named.label)))), text, stated });
    }
  });
  return out;
}

/** "từ 101 phòng xuống còn 88 phòng (giảm 08 … và 05 …)", "492 …, giảm 42 … so với … là 534 …". */
function differences(paragraphs: Paragraph[], figures: Figure[]): RawClaim[] {
  const out: RawClaim[] = [];
  const bodies = previousBodies(paragraphs);
  paragraphs.forEach((para, p) => {
    const mine = figures.filter((f) => f.p === p);
    const text = para.text;
    // The values may carry their dates in parentheses: "tăng từ 31.876 (năm 2019) lên 33.509 (30/6/2024), tăng 1.733".
    // "+ Khiển trách: 241 lên 268, tăng 27": a label's colon stands for "từ".
    for (const m of text.matchAll(/(?:từ\s+|:\s*(?=\d[\d.,]*\s+(?:xuống còn|giảm còn|xuống|lên|tăng lên)\s))(\d[\d.,]*)(?:\s*\([^()]*\)|[^\d.;()]|(?:19|20)\d{2}){0,40}?(xuống còn|giảm còn|còn|xuống|lên|tăng lên)\s+(\d(?:[\d.,]*\d)?)/giu)) {
      const from = mine.find((f) => f.token.start === m.index! + m[0].indexOf(m[1]));
      const to = mine.find((f) => f.token.start === m.index! + m[0].lastIndexOf(m[3]));
      if (!from || !to) continue;
      const sign = /xuống|giảm|còn/iu.test(m[2]) ? -1 : 1;
      const rest = text.slice(m.index! + m[0].length);
      // The change in a parenthesis after it, or in the next clause: "… xuống còn 214, giảm 35 chi bộ".
      // The next clause may follow the value's unit and year: "… lên 61,8 triệu đồng năm 2024, tăng 19,3 triệu đồng".
      const paren = /^[^(.;]{0,30}\(\s*(giảm|tăng)\s+([^)]*)\)/iu.exec(rest) ?? /^[^\p{L}\d(.;]{0,3}(?:\s*[\p{L}]+){0,3}?(?:\s+năm\s+(?:19|20)\d{2})?(?:\s*\([^()]*\))?\s*,\s*(giảm|tăng)\s+\d[\d.,]*/iu.exec(rest);
      const deltas = paren ? mine.filter((f) => f.token.start > m.index! + m[0].length && f.token.end <= m.index! + m[0].length + paren[0].length) : [];
      // A change counts what the values count: "lên 45 đảng viên, tăng 12 chi bộ" speaks of something else.
      if (deltas.some((d) => unitsDiffer(unitAfter(text, d.token), unitAfter(text, to.token)))) continue;
      if (deltas.length) out.push({ kind: 'difference', p, from, to, deltas, sign: sign as 1 | -1 });
    }
    // The value compared with stands in the comparison's own phrase: "so với năm 2019 là 534", not past a parenthesis
    // or a "trong đó" that opens the parts of the current figure ("(441 doanh nghiệp), trong đó có 07 …").
    // Nor past the sentence's end ("… so với đầu nhiệm kỳ. Trong 4.326 hội viên có 3.512 …").
    for (const m of text.matchAll(/(tăng|giảm)\s+(\d[\d.,]*)([^\d.;]{0,60}?)so với(?:(?!trong đó|\.\s)[^;()]){0,60}?\s(?:là|có)\s+(\d[\d.,]*)/giu)) {
      const deltaAt = m.index! + m[0].indexOf(m[2], m[1].length);
      const delta = mine.find((f) => f.token.start === deltaAt);
      const previous = mine.find((f) => f.token.start === m.index! + m[0].lastIndexOf(m[4]));
      // The figure the change speaks of: the last one before it at the level of the clause, not a detail in a
      // parenthesis between them ("492 tổ chức (gồm 168 …, 324 …), giảm 42 … so với năm 2019 là 534").
      const sentenceStart = sentenceAround(text, m.index!).start;
      const current = mine.filter((f) => f.token.end <= m.index! && f.token.start >= sentenceStart && speaksOf(text, f.token.end, m.index!)).at(-1);
      if (!delta || !previous || !current || notAnAmount(text, delta.token)) continue;
      if (distanceOutsideParens(text, current.token.end, m.index!) > 60) continue;
      out.push({ kind: 'difference', p, from: previous, to: current, deltas: [delta], sign: signOf(m[1]), until: m.index! + m[0].length - (m[6]?.length ?? 0) });
    }
    // "87 đảng viên, giảm 21 đảng viên so với năm 2023 (99 đảng viên)", "năm 2023 kết nạp 1.262 (giảm 34 đảng viên so
    // với năm 2022)" with the 2022 figure stated before: the previous value in parentheses, else the figure the
    // named year governs earlier in the paragraph; the current one is the sentence's last own figure of that unit.
    const tokens = tokenize(text);
    // A change at `at` some reading of this paragraph has already taken.
    const changeRead = (at: number) => out.some((c) => c.kind === 'difference' && c.p === p && c.deltas.some((d) => d.token.start === at));
    // The figure a change at `at` speaks of: the sentence's last own figure before it of the change's unit, not a
    // comparison, not a category's count with its share.
    // Of those, one counting the noun the change counts goes first ("86 vụ/112 đối tượng …, tăng 12 vụ": 86, not 112).
    // `changeAt`: where the change ("tăng 623 DN") is written, when the comparison stands before it.
    const currentBefore = (at: number, start: number, previous: Figure, unit: Unit | undefined, parts: Figure[], changeAt = at) => {
      const candidates = [...mine, ...parts]
        .sort((a, b) => a.token.start - b.token.start)
        .filter((f) => f.token.start >= start && f.token.end <= at && f !== previous && speaksOf(text, f.token.end, at) && !isComparisonFigure(text, f.token) && (f.token.kind === 'fraction' || !SHARE_TAIL.test(text.slice(f.token.end, at)) || ownChange(text.slice(f.token.end, at), unitAfter(text, f.token), unit, [firstNoun(text, f.token.end), firstNoun(text, at)]) || ratioAfter(text, tokens, f.token)) && !unitsDiffer(unitAfter(text, f.token), unit) && !unitsDiffer(unitAfter(text, f.token), unitAfter(text, previous.token)));
      // "đạt 150 huy chương, gồm 40 …, 50 …, 60 huy chương đồng; tăng 30 huy chương so với …": past the list's end, with
      // no figure of its own clause, a change speaks of the list's whole, not of its last item.
      const semicolon = text.lastIndexOf(';', at);
      const opener = [...text.slice(start, at).matchAll(/(?<![\p{L}])(?:gồm|bao gồm|chia ra|trong đó)(?![\p{L}])/giu)].at(-1);
      // Only a change opening the clause after the list ("; tăng 30 …"): a clause naming its subject ("; ngân sách huyện
      // chiếm 32,65%, tăng 85,0 …") speaks of that item.
      // So does one whose comparison opens it ("; so với đầu nhiệm kỳ (11 chi hội), tăng 04 chi hội").
      const opensClause = semicolon >= 0 && /^\s*(?:tăng|giảm|so với)\s/iu.test(text.slice(semicolon + 1, changeAt + 6));
      const wholes = opener && opensClause && semicolon > start + opener.index! && !candidates.some((f) => f.token.start > semicolon) ? candidates.filter((f) => f.token.end <= start + opener.index!) : [];
      const pool = wholes.length ? wholes : candidates;
      // "Tiếp nhận 73 đơn thư …, trong đó …, 38 đơn khiếu nại …; số đơn thư tăng 41 đơn so với …": a change naming what
      // changed ("số đơn thư") speaks of the figure written with that name.
      const subject = /(?:^|[,;:]\s*)(?:tổng\s+)?số\s+([\p{L}]+(?:\s+[\p{L}]+){1,5})\s+(?:(?:tăng|giảm)\s*)?$/iu.exec(text.slice(start, changeAt))?.[1].toLowerCase();
      const titled = subject ? pool.filter((f) => writtenWith(text, f.token, subject)) : [];
      if (titled.length) return titled.at(-1);
      const changeNoun = firstNoun(text, changeAt);
      const last = pool.at(-1);
      if (!last || !changeNoun || firstNoun(text, last.token.end) === changeNoun) return last;
      // "giới thiệu 2.146 đoàn viên …, đã có 1.735 người được kết nạp (80,85%), tăng 223 người so với … (1.512 người)": the
      // figure of the noun the change and the value compared with both count, its share beside it or not.
      const counted = (f: Figure) => f.token.kind === 'count' && firstNoun(text, f.token.end) === changeNoun;
      const named = mine.filter((f) => f.token.start >= start && f.token.end <= at && f !== previous && counted(f) && speaksOf(text, f.token.end, at) && !isComparisonFigure(text, f.token)).at(-1);
      if (named && firstNoun(text, previous.token.end) === changeNoun && named.token.start > last.token.start) return named;
      return pool.filter(counted).at(-1) ?? last;
    };
    // The period compared with may be a date ("so với thời điểm 31/12/2024 (1.210,55 tỷ đồng)").
    // The earlier value may follow "là" ("so với năm 2021 là 225 người") or its year again in the parenthesis ("so với
    // năm 2023 (năm 2023: 11 …)"), and a rate or a so sánh may stand between the change and its comparison ("tăng 54
    // người, tương ứng tăng 20% so với năm 2021", "tăng 267.890 tấn, bằng 110,09% so với năm 2023 (2.654.180 tấn)"),
    // and so may the rate's parenthesis or a multiple naming the period ("tăng 187,2 tỷ đồng (8,6%) so với …",
    // "tăng 187,2 tỷ đồng, gấp 1,82 lần năm 2016 (228,4 tỷ đồng)"). "Nhiều hơn", "cao hơn" say "tăng"; "ít hơn", "thấp
    // hơn" say "giảm" ("5.204 lượt, ít hơn 618 lượt so với năm trước (4.586 lượt)").
    for (const m of text.matchAll(/(tăng|giảm|nhiều hơn|ít hơn|cao hơn|thấp hơn)\s+(\d[\d.,]*)([^\d.;()]{0,40}?)(?:\([^()]{0,30}\)\s*)?(?:(?:(?:(?:tương ứng|tức là|tức|hay)\s+(?:tăng|giảm)|bằng)\s+\d[\d.,]*\s*%\s*)?so với|,?\s*gấp\s+\d[\d,]*\s+lần(?:\s+so với)?)\s+((?:cùng kỳ\s+|cuối\s+|đầu\s+|\d{1,2}\s+tháng\s+(?:đầu\s+|cuối\s+)?)?năm\s+((?:19|20)\d{2})|(?:(?:quy hoạch|chỉ tiêu|kế hoạch|cùng kỳ)\s+)?(?:\d{1,2}\s+năm\s+(?:đầu|cuối)\s+(?:của\s+)?)?(?:nhiệm kỳ|giai đoạn|năm học)\s+(?<term>(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2})|(?:thời điểm\s+|ngày\s+)?\d{1,2}\/\d{1,2}\/(?:19|20)\d{2}|[^().;\d]{1,40})(\s*(?:\(\s*(?:(?:cùng kỳ\s+)?năm\s+(?:19|20)\d{2}\s*(?::|là)\s*)?|,?\s*là\s+)(\d[\d.,]*)(?=[\s)]))?/giu)) {
      const deltaAt = m.index! + m[0].indexOf(m[2], m[1].length);
      const delta = mine.find((f) => f.token.start === deltaAt);
      // "giảm 0,85 điểm phần trăm so với …": a change of a rate, read by the points readers.
      if (delta && notAnAmount(text, delta.token)) continue;
      if (!delta || out.some((c) => c.kind === 'difference' && c.deltas.includes(delta)) || changeRead(deltaAt)) continue;
      const unit = unitAfter(text, delta.token);
      let previous: Figure | undefined;
      if (m[8]) {
        previous = mine.find((f) => f.token.start === m.index! + m[0].lastIndexOf(m[8]));
        // Parallel values in one parenthesis ("tăng 07 tổ chức đảng và tăng 18 đảng viên so với năm 2024 (31 tổ chức
        // đảng, 64 đảng viên)"): the one of the change's unit.
        if (previous && unitsDiffer(unitAfter(text, previous.token), unit)) {
          const close = text.indexOf(')', previous.token.end);
          const same = mine.filter((f) => f.token.start >= previous!.token.start && close > 0 && f.token.end <= close && unit && unitAfter(text, f.token)?.word === unit.word);
          previous = same.length === 1 ? same[0] : undefined;
        }
      }
      else if (m[5] || m.groups?.term || /^(đầu|cuối)\s+(năm|nhiệm kỳ|kỳ)$/iu.test(m[4].trim())) {
        // The figure the named year or term governs, where that period is named (not compared with) earlier; so
        // does "đầu năm" ("Đầu năm 2024, Đảng bộ có 412 đảng viên. … có 417 đảng viên, tăng 05 so với đầu năm").
        // "Khi bước vào nhiệm kỳ …" says "đầu nhiệm kỳ" in other words.
        const termStart = /^đầu\s+nhiệm kỳ$/iu.test(m[4].trim()) ? '(?:đầu|bước vào)\\s+nhiệm kỳ' : undefined;
        const named = m[5] ? `năm\\s+${m[5]}(?!\\d)` : m.groups?.term ? `(?:nhiệm kỳ|giai đoạn)\\s+${m.groups!.term.replace(/\s*[-–]\s*/u, '\\s*[-–]\\s*')}` : `(?<![\\p{L}])${termStart ?? m[4].trim().replace(/\s+/gu, '\\s+')}(?![\\p{L}])`;
        // With no unit of its own, the change names what it counts ("tăng 64 tổ Hội"): the earlier value counts that.
        const noun = unit ? undefined : /^\s*([\p{L}]+\s+[\p{L}]+)/u.exec(text.slice(delta.token.end))?.[1].toLowerCase();
        // A figure of a list in parentheses ("(gồm 19 Hội … và 02 Hội …)") is a detail, not the period's value.
        const inListParen = (at: number) => insideParens(text, at, Math.max(0, text.lastIndexOf('(', at))) && /^\(\s*(?:gồm|bao gồm|trong đó|chia ra)(?![\p{L}])/iu.test(text.slice(text.lastIndexOf('(', at)));
        for (const y of text.slice(0, m.index!).matchAll(new RegExp(named, 'giu'))) {
          if (/so với\s*(cùng kỳ\s*)?$/iu.test(text.slice(0, y.index!))) continue;
          // A change written after the year ("năm 2023 giảm 08 so với …") is not the year's value. A detail in parentheses
          // ("Khi bước vào nhiệm kỳ, … có 21 cơ sở Hội (gồm …) với 164 chi hội và 4.039 hội viên") adds no distance.
          const after = mine.filter((f) => f.token.start > y.index! && (noun ? f.token.start - y.index! < 160 : distanceOutsideParens(text, y.index!, f.token.start) < 80 && !inListParen(f.token.start)) && f.token.end <= m.index! && !unitsDiffer(unitAfter(text, f.token), unit) && !isComparisonFigure(text, f.token) && (!noun || text.slice(f.token.end).trimStart().toLowerCase().startsWith(noun)));
          if (after[0] && !/[;.]\s/.test(text.slice(y.index!, after[0].token.start))) previous = after[0];
        }
      }
      if (!previous) continue;
      const { start } = sentenceAround(text, m.index!);
      // A change said of a year of a series ("riêng năm 2023 giảm 11 so với năm 2022") speaks of that year's value.
      const subject = subjectYear(text, start, m.index!);
      // "có 59/62 ấp, khóm được công nhận …, tăng 02 ấp, khóm so với năm 2023 (56 ấp, khóm)": a fraction's part is a
      // count the change may speak of.
      const parts = tokens.filter((t) => t.kind === 'fraction' && t.value).map((t): Figure => ({ p, token: t, value: t.value!, label: '' }));
      if (subject) {
        const own = valueOfYear(text, tokens, subject, m.index!, unit);
        const current = own && [...mine, ...parts].find((f) => f.token.start === own.start);
        if (current && current !== previous && subject !== m[5]) out.push({ kind: 'difference', p, from: previous, to: current, deltas: [delta], sign: signOf(m[1]), until: m.index! + m[0].length - (m[7]?.length ?? 0) });
        continue;
      }
      // A category's count with its share ("nữ 06 đồng chí, chiếm 20,69%; giảm 02 … so với …") is a part of the
      // clause's head, not the quantity the change speaks of; a fraction's share is its own rate, not a category's.
      const current = currentBefore(m.index!, start, previous, unit, parts);
      if (!current || !tokens.some((t) => t.start === current.token.start)) continue;
      out.push({ kind: 'difference', p, from: previous, to: current, deltas: [delta], sign: signOf(m[1]), until: m.index! + m[0].length - (m[7]?.length ?? 0) });
    }
    // "…; so với thời điểm 30/6/2023 (1.018,6 tỷ đồng) tăng 20,5 tỷ đồng": the comparison and its value before the change,
    // the value now the sentence's own figure of that unit before them. A multiple names the compared period as well
    // ("gấp 1,82 lần năm 2016 (228,4 tỷ đồng), tăng 187,2 tỷ đồng").
    for (const m of text.matchAll(/(?:so với|(?<![\p{L}])gấp\s+\d[\d,]*\s+lần(?:\s+so với)?)\s+[^().;\d]{0,30}?(?:\d{1,2}\/\d{1,2}\/\d{4}|(?:19|20)\d{2})?[^().;\d]{0,10}\(\s*(\d[\d.,]*)[^()]*\)\s*,?\s*(?:(?:tổng\s+)?số\s+(?<subject>[^\d().;,]{3,60}?)\s+)?(tăng|giảm)\s+(\d[\d.,]*)/giu)) {
      const open = m.index! + m[0].indexOf('(');
      let previous = mine.find((f) => f.token.start > open && f.token.text === m[1]);
      const [verb, amount] = [m[3], m[4]];
      // "So với năm học trước (45 tiến sĩ/196 giảng viên, …), số giảng viên tăng 02 người": of several values in the
      // parenthesis, the one written with the name of what changed.
      const subject = m.groups?.subject?.trim().toLowerCase().replace(/\s+/gu, ' ');
      const close = text.indexOf(')', open);
      const inParen = mine.filter((f) => f.token.start > open && f.token.end <= close);
      if (subject && inParen.length > 1) {
        const written = inParen.filter((f) => writtenWith(text, f.token, subject));
        if (written.length !== 1) continue;
        previous = written[0];
      }
      const deltaAt = m.index! + m[0].lastIndexOf(amount);
      const delta = mine.find((f) => f.token.start === deltaAt);
      if (!previous || !delta || notAnAmount(text, delta.token) || changeRead(deltaAt)) continue;
      const unit = unitAfter(text, delta.token);
      if (unitsDiffer(unitAfter(text, previous.token), unit)) continue;
      // "… 14.826 lượt xe xuất bến (…), bình quân 40,5 lượt xe/ngày. So với năm 2023 (15.476 lượt), số lượt xe xuất bến
      // tăng 650 lượt": a comparison opening its sentence and naming what changed speaks of the paragraph's first figure
      // written with that name (the whole, before any part of it is named).
      const opens = sentenceAround(text, m.index! + 1).start;
      const named = subject && subject.split(' ').length >= 2 && !text.slice(opens, m.index!).trim()
        ? mine.find((f) => f.token.end <= opens && f !== previous && !isComparisonFigure(text, f.token) && writtenWith(text, f.token, subject) && !unitsDiffer(unitAfter(text, f.token), unit))
        : undefined;
      // Named but not found so, the change is left to the readings of the comparison's own clause.
      if (m.groups?.subject && !named) continue;
      const current = named ?? currentBefore(m.index!, sentenceAround(text, m.index!).start, previous, unit, [], m.index! + m[0].lastIndexOf(verb, m[0].length - amount.length));
      if (current) out.push({ kind: 'difference', p, from: previous, to: current, deltas: [delta], sign: signOf(verb) });
    }
    // "tháo dỡ 3.412 m tường rào, nhiều hơn năm 2022 (2.986 m) là 426 m": a change said by "nhiều hơn", "ít hơn" a
    // period's value written in its parenthesis, the change after "là".
    for (const m of text.matchAll(/(nhiều hơn|cao hơn|ít hơn|thấp hơn)\s+(?:so với\s+)?(?:năm\s+(?:19|20)\d{2}|cùng kỳ(?:\s+năm\s+(?:19|20)\d{2})?|năm trước|kỳ trước|đầu năm)\s*\(\s*(\d[\d.,]*)[^()]*\)\s*,?\s*là\s+(\d[\d.,]*)/giu)) {
      const previous = mine.find((f) => f.token.start === m.index! + m[0].indexOf(m[2], m[1].length));
      const deltaAt = m.index! + m[0].lastIndexOf(m[3]);
      const delta = mine.find((f) => f.token.start === deltaAt);
      if (!previous || !delta || changeRead(deltaAt)) continue;
      const unit = unitAfter(text, delta.token);
      if (unitsDiffer(unitAfter(text, previous.token), unit)) continue;
      const current = currentBefore(m.index!, sentenceAround(text, m.index!).start, previous, unit, []);
      if (current) out.push({ kind: 'difference', p, from: previous, to: current, deltas: [delta], sign: signOf(m[1]) });
    }
    // "6.127 đồng chí, tăng 143 đồng chí (năm 2023: 5.984)": the earlier value in a parenthesis naming its period.
    for (const m of text.matchAll(/(tăng|giảm)\s+(\d[\d.,]*)[^\d.;()]{0,30}?\(\s*(?:cùng kỳ\s+)?(?:đầu\s+|cuối\s+)?(?:năm|nhiệm kỳ|giai đoạn|năm học)\s+(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s*(?::|là)\s*(\d[\d.,]*)\s*[^()\d]{0,20}\)/giu)) {
      const deltaAt = m.index! + m[0].indexOf(m[2], m[1].length);
      const delta = mine.find((f) => f.token.start === deltaAt);
      const previous = mine.find((f) => f.token.start === m.index! + m[0].lastIndexOf(m[3]));
      if (!delta || !previous || notAnAmount(text, delta.token) || changeRead(deltaAt)) continue;
      const unit = unitAfter(text, delta.token);
      const current = currentBefore(m.index!, sentenceAround(text, m.index!).start, previous, unit, []);
      if (current) out.push({ kind: 'difference', p, from: previous, to: current, deltas: [delta], sign: signOf(m[1]) });
    }
    // A change of the value written at `currentAt`, from the one at `previousAt`, all three counted alike.
    const besideNow = (currentAt: number, previousAt: number, deltaAt: number, verb: string) => {
      const [current, previous, delta] = [currentAt, previousAt, deltaAt].map((at) => mine.find((f) => f.token.start === at));
      if (!current || !delta || !previous || notAnAmount(text, delta.token) || changeRead(deltaAt) || isComparisonFigure(text, current.token)) return;
      const unit = unitAfter(text, delta.token);
      if (unitsDiffer(unitAfter(text, current.token), unit) || unitsDiffer(unitAfter(text, previous.token), unit)) return;
      out.push({ kind: 'difference', p, from: previous, to: current, deltas: [delta], sign: signOf(verb) });
    };
    // "hội viên là người khuyết tật 3.972 người, chiếm 27,15% (giảm 57 người; năm 2023 là 3.915 người)": the change and
    // the earlier value in one parenthesis after the value now (and its share).
    for (const m of text.matchAll(/(\d[\d.,]*)\s*[\p{L} ]{0,20}?(?:,\s*(?:chiếm|đạt|bằng)\s*(?:tỷ lệ\s*)?\d[\d,]*\s*%\s*)?\(\s*(tăng|giảm)\s+(\d[\d.,]*)[^\d;,()]{0,20}[;,]\s*(?:so với\s+)?(?:cùng kỳ\s+)?(?:năm|nhiệm kỳ|cuối năm|đầu năm)\s+(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s*(?::|là)\s*(\d[\d.,]*)[^()\d]{0,20}\)/giu)) {
      besideNow(m.index!, m.index! + m[0].lastIndexOf(m[4]), m.index! + m[0].indexOf(m[3], m[0].indexOf('(')), m[2]);
    }
    // "31 ủy viên (khóa II: 27 ủy viên), giảm 04 ủy viên", "412 hội viên (năm 2023: 398), tăng 14 hội viên": the earlier
    // value in a parenthesis naming its period, right after the value now, the change after it.
    for (const m of text.matchAll(/(\d[\d.,]*)\s*[\p{L} ]{0,20}?\(\s*(?:khóa|khoá|nhiệm kỳ|năm|cuối năm|đầu năm|năm học|giai đoạn)\s+[\dIVXLC]+(?:\s*[-–]\s*\d{4})?\s*(?::|là)\s*(\d[\d.,]*)[^()\d]{0,20}\)\s*,\s*(tăng|giảm)\s+(\d[\d.,]*)/giu)) {
      const deltaAt = m.index! + m[0].lastIndexOf(m[4]);
      // A rate after the change ("tăng 174 người, tương ứng tăng 5,25%") is read with it by the ratio readings.
      const delta = mine.find((f) => f.token.start === deltaAt);
      if (delta && /^\s*[\p{L} ]{0,20}[,(]\s*(?:tương ứng|tức là|hay|bằng)?\s*(?:tăng|giảm)?\s*\d[\d,]*\s*%/iu.test(text.slice(delta.token.end))) continue;
      besideNow(m.index!, m.index! + m[0].indexOf(m[2], m[0].indexOf('(')), deltaAt, m[3]);
    }
    for (const b of bodies.filter((x) => x.p === p)) {
      const delta = mine.find((f) => f.token.start === b.delta.start);
      const unit = unitAfter(text, b.delta);
      const previousText = paragraphs[b.previous.p].text;
      if (!delta || changeRead(b.delta.start)) continue;
      if (unitsDiffer(unitAfter(previousText, b.previous.token), unit)) continue;
      const start = sentenceAround(text, b.at).start;
      const current = mine.filter((f) => f.token.start >= start && f.token.end <= b.at && f.token.kind === 'count' && speaksOf(text, f.token.end, b.at) && !isComparisonFigure(text, f.token) && !unitsDiffer(unitAfter(text, f.token), unit)).at(-1);
      const from = figures.find((f) => f.p === b.previous.p && f.token.start === b.previous.token.start);
      if (current && from) out.push({ kind: 'difference', p, from, to: current, deltas: [delta], sign: b.sign });
    }
    // "Đã xử lý 721/734 đơn, đạt 98,23%; còn 13 đơn đang xử lý": what is left of a fraction's whole, in its sentence and
    // counting its noun, is the whole less the part.
    for (const m of text.matchAll(/(?<![\p{L}])còn(?:\s+lại)?\s+(\d[\d.,]*)\s+([\p{L}]+(?:\s+[\p{L}]+)?)/giu)) {
      const left = mine.find((f) => f.token.start === m.index! + m[0].indexOf(m[1], 3));
      const { start } = sentenceAround(text, m.index!);
      const fractions = tokens.filter((t) => t.kind === 'fraction' && t.value && t.whole && t.start >= start && t.end <= m.index!);
      const fraction = fractions.at(-1);
      if (!left || fractions.length !== 1 || !fraction || /(?<![\p{L}])(trong đó|so với)(?![\p{L}])/iu.test(text.slice(fraction.end, m.index!))) continue;
      // Its noun is the fraction's ("721/734 đơn" … "còn 13 đơn", "58/62 cuộc" … "còn 05 cuộc").
      const noun = /^\s*([\p{L}]+)/u.exec(text.slice(fraction.end))?.[1].toLowerCase();
      if (!noun || m[2].toLowerCase().split(/\s+/)[0] !== noun) continue;
      const part: Figure = { p, token: fraction, value: fraction.value!, label: '' };
      const whole: Figure = { p, token: fraction, value: fraction.whole!, label: '' };
      out.push({ kind: 'difference', p, from: part, to: whole, deltas: [left], sign: 1, remainder: true });
    }
    for (const b of balancesIn(text, tokens)) {
      const [raised, spent, left] = [b.raised, b.spent, b.left].map((t) => mine.find((f) => f.token.start === t.start));
      if (raised && spent && left && !out.some((c) => c.kind === 'difference' && c.p === p && c.deltas.includes(left))) out.push({ kind: 'difference', p, from: spent, to: raised, deltas: [left], sign: 1, remainder: true });
    }
    const at = (t: Token) => mine.find((f) => f.token.start === t.start);
    for (const r of [...openerRates(text, tokens), ...openerListRates(text, tokens)]) {
      const [previous, delta] = [at(r.previous), at(r.delta)];
      if (!previous || !delta || out.some((x) => x.kind === 'relative' && x.p === p && x.rate.token.start === r.rate.start)) continue;
      out.push({ kind: 'relative', p, rate: { p, token: r.rate, value: r.rate.value!, label: '' }, previous, sign: r.sign, to: { change: delta } });
    }
    // Changes matched to their values by the words naming them, by a "và" pairing, or by the order of a list.
    for (const c of [...subjectChanges(text, tokens), ...openerChanges(text, tokens), ...pairedChanges(text, tokens), ...parallelChanges(text, tokens)]) {
      const [from, to, delta] = [at(c.previous), at(c.current), at(c.delta)];
      if (!from || !to || !delta || out.some((x) => x.kind === 'difference' && x.p === p && x.deltas.some((d) => d.token.start === delta.token.start))) continue;
      out.push({ kind: 'difference', p, from, to, deltas: [delta], sign: c.sign, ...(c.byUnit ? { byUnit: true } : {}) });
      if (c.rate?.value) out.push({ kind: 'relative', p, rate: { p, token: c.rate, value: c.rate.value, label: '' }, previous: from, sign: c.sign, to: { change: delta } });
    }
  });
  return out;
}


/**
 * Whether a claim of paragraph `p` already reads the figure starting at `start` as its change, its rate, its ratio or its
 * multiple: a later reading of the same figure adds nothing.
 */
function readsFigureAt(c: RawClaim, p: number, start: number): boolean {
  if (c.p !== p) return false;
  switch (c.kind) {
    case 'difference':
      return c.deltas.some((d) => d.token.start === start);
    case 'relative':
      return c.rate.token.start === start || ('change' in c.to && c.to.change.token.start === start);
    case 'implied-rate':
      return c.rate.token.start === start || c.change.token.start === start;
    case 'points':
      return c.delta.token.start === start;
    case 'ratio':
      return c.reading.ratio.start === start;
    case 'multiple':
      return c.times.token.start === start;
    default:
      return false;
  }
}

/** "kết nạp 203 đảng viên, đạt 101,5% chỉ tiêu (200 …), tăng 15 …": the percentage after the count is its ratio to a target, not a share. */
function ratioAfter(text: string, tokens: Token[], t: Token): boolean {
  const next = tokens.find((x) => x.kind === 'percent' && x.start >= t.end);
  return !!next && isRatioPercent(text, next);
}

/**
 * "đảng viên khối doanh nghiệp 612 người, chiếm 9,99%, tăng 47 người so với năm 2023 (575)": the change right after a
 * count's share, in its clause and in its unit, is the count's own change.
 */
function ownChange(gap: string, counted: Unit | undefined, changed: Unit | undefined, nouns?: [string | undefined, string | undefined]): boolean {
  // Counted in a noun no unit list knows ("38 em, tỷ lệ 0,41%, giảm 12 em"): the same noun after both.
  const same = counted && changed ? counted.word === changed.word : !counted && !changed && !!nouns?.[0] && nouns[0] === nouns[1];
  return same && /^[^;()]*%\s*,\s*$/u.test(gap);
}

/**
 * The grades of those assessed add up to the total, "xuất sắc" beside "tốt" or inside it, whichever the figures
 * bear out. With every grade listed, a list neither reading makes whole is wrong (read as the label says: "tốt
 * trở lên" holds "xuất sắc"); with a grade missing, only grades above the total are wrong.
 */
function ratingClaim(p: number, total: Figure, parts: Figure[], labels: string[], complete: boolean): RawClaim {
  const excellent = parts.filter((_, i) => isExcellent(labels[i]) && !/hoàn thành tốt/iu.test(labels[i]));
  const others = parts.filter((x) => !excellent.includes(x));
  const all = sum(parts.map((x) => x.value));
  const nestedSum = sum(others.map((x) => x.value));
  if (all.equals(total.value)) return { kind: 'sum', p, total, parts, how: 'ratings', overlap: false };
  if (excellent.length && nestedSum.equals(total.value)) return { kind: 'sum', p, total, parts: others, how: 'ratings', overlap: false, nested: excellent };
  const nested = excellent.length && labels.some((l) => /trở lên/iu.test(l));
  if (complete) return nested ? { kind: 'sum', p, total, parts: others, how: 'ratings', overlap: false, nested: excellent } : { kind: 'sum', p, total, parts, how: 'ratings', overlap: false };
  // A grade not listed: the listed ones (xuất sắc counted inside tốt, the smaller reading) must not exceed the total.
  return { kind: 'subset', p, total, parts: excellent.length ? others : parts, how: 'ratings', overlap: false, nested: excellent.length ? excellent : undefined };
}

/** Whether a figure is written with a name ("14.826 lượt xe xuất bến" with "lượt xe xuất bến"), the name lower-cased. */
function writtenWith(text: string, t: Token, name: string): boolean {
  return text.slice(t.end).trimStart().toLowerCase().replace(/\s+/gu, ' ').startsWith(name);
}

/** Where the "so với" (or a sentence's opening "So với") before a compared term starts. */
const RATIO_OF = /(?<![\p{L}])bằng\s+\d[\d,]*\s*%(?:\s+[\p{L}]+){0,5}\s*$/iu;

function comparedAt(text: string, at: number): number {
  return [...text.slice(0, at).matchAll(/so với|gấp\s+\d[\d.,]*\s+lần|(?:cao|thấp|nhiều|ít)\s+hơn/giu)].at(-1)?.index ?? -1;
}

/**
 * The date or year its sentence names (not after "so với") strictly inside a compared term, when the comparison is
 * with the term itself ("so với nhiệm kỳ …", not "so với đầu nhiệm kỳ …" nor "so với quy hoạch nhiệm kỳ …").
 */
function dateInside(text: string, named: Term): string | undefined {
  const so = comparedAt(text, named.at);
  if (so < 0 || !/^so với\s+(nhiệm kỳ|giai đoạn)/iu.test(text.slice(so))) return undefined;
  const { start } = sentenceAround(text, named.at);
  const own = text.slice(start, so).replace(/so với[^,;()]*/giu, ' ');
  const dated = periodsIn(own).filter((x) => x.kind === 'date' || x.kind === 'year').at(-1);
  if (!dated) return undefined;
  const year = Number(/(\d{4})$/.exec(dated.label)?.[1]);
  return year > named.start && year < named.end ? dated.label : undefined;
}

/**
 * "Tỷ lệ hộ nghèo giảm từ 3,12% (năm 2020) xuống còn 0,85% (cuối năm 2024), giảm 2,27 điểm %": a rate from one value
 * to another, and the change written right after them.
 */
function rateFromTo(paragraphs: Paragraph[], already: RawClaim[]): RawClaim[] {
  const out: RawClaim[] = [];
  const taken = changesRead(already);
  paragraphs.forEach((para, p) => {
    const text = para.text;
    const tokens = tokenize(text);
    const pct = (at: number) => tokens.find((t) => t.kind === 'percent' && t.start === at);
    for (const m of text.matchAll(/từ\s+(\d[\d.,]*\s*%)(?:\s*\([^()]*\))?\s+(?:xuống còn|giảm còn|còn|xuống|lên|tăng lên)\s+(\d[\d.,]*\s*%)(?:\s*\([^()]*\))?\s*,\s*(tăng|giảm)\s+(\d[\d.,]*)\s*(điểm phần trăm|điểm %|%)/giu)) {
      const at = m.index!;
      const previous = pct(at + m[0].indexOf(m[1]));
      const current = pct(at + m[0].indexOf(m[2], m[0].indexOf(m[1]) + m[1].length));
      const deltaAt = at + m[0].lastIndexOf(m[4]);
      const delta = tokens.find((t) => t.start === deltaAt && (t.kind === 'percent' || t.kind === 'count'));
      if (!previous?.value || !current?.value || !delta?.value || taken.has(`${p}:${deltaAt}`)) continue;
      const f = (t: Token): Figure => ({ p, token: t, value: t.value!, label: '' });
      out.push({ kind: 'points', p, current: f(current), previous: f(previous), delta: f(delta), sign: signOf(m[3]), year: '', pointsOnly: m[5] !== '%' });
    }
  });
  return out;
}

// "Phân theo thẩm quyền, trong 34 trường hợp …": the declaration ends on its comma or colon, right before the whole.
const DECLARED_WITHIN = new RegExp(`${DECLARED_DIMENSION}[^,:;.]{1,40}[,:]\\s*$`, 'iu');

/** "(74,83%), năm 2023 là 198/285 chi hội (69,47%), tăng 7,72 điểm phần trăm": labelled-earlier.ts. */
function labelledChanges(paragraphs: Paragraph[], already: RawClaim[]): RawClaim[] {
  const taken = changesRead(already);
  return paragraphs.flatMap((para, p) =>
    labelledEarlierChanges(para.text)
      .filter((c) => !taken.has(`${p}:${c.delta.start}`))
      .map((c): RawClaim => {
        const f = (t: Token): Figure => ({ p, token: t, value: t.value!, label: '' });
        return { kind: 'points', p, current: f(c.current), previous: f(c.previous), delta: f(c.delta), sign: c.sign, year: c.period.replace(/^năm\s+/u, ''), pointsOnly: c.pointsOnly };
      }),
  );
}

/** Where the changes already read stand ("p:start" of each stated change), so no reader reads one twice. */
function changesRead(claims: RawClaim[]): Set<string> {
  return new Set(claims.flatMap((c) => (c.kind === 'difference' ? c.deltas.map((d) => `${c.p}:${d.token.start}`) : c.kind === 'points' ? [`${c.p}:${c.delta.token.start}`] : [])));
}

/**
 * "ước đạt 12.846 tỷ đồng, bằng 107,9% so với năm 2023 (11.906 tỷ đồng), tăng 940 tỷ đồng": the change written right
 * after a ratio's earlier value is the difference of the two values the ratio compares.
 */
function ratioDifferences(paragraphs: Paragraph[], readings: RatioReading[], already: RawClaim[]): RawClaim[] {
  const out: RawClaim[] = [];
  const taken = changesRead(already);
  for (const r of readings) {
    if (!r.current || r.how === 'change') continue;
    const text = paragraphs[r.p].text;
    // "(2.408 tỷ đồng), tăng 807,4 tỷ đồng"; or, past a target named after the percentage, the gap to it: "đạt 97,08% dự
    // toán, thấp hơn dự toán 247 triệu đồng".
    const paren = /^[^()]{0,30}\)\s*,\s*(tăng|giảm)\s+(\d[\d.,]*)/iu.exec(text.slice(r.previous.end));
    const gap = paren ? undefined : /^\s*(?:kế hoạch|chỉ tiêu|dự toán)[^\d,;.()%]{0,20},\s*(thấp hơn|cao hơn|vượt|hụt)\s+(?:so với\s+)?(?:kế hoạch|chỉ tiêu|dự toán)?\s*(\d[\d.,]*)/iu.exec(text.slice(r.ratio.end));
    const after = paren ?? gap;
    if (!after) continue;
    const at = (paren ? r.previous.end : r.ratio.end) + after[0].length - after[2].length;
    const delta = tokenize(text).find((t) => t.kind === 'count' && t.start === at && t.value);
    // A change that names its own comparison ("tăng 312 người (4,78%) so với cùng kỳ …") is not of the ratio's values.
    if (!delta || taken.has(`${r.p}:${at}`) || /^\s*(điểm|%|lần)/u.test(text.slice(delta.end)) || /^[^;.]{0,40}?so với/iu.test(text.slice(delta.end))) continue;
    if (unitsDiffer(unitAfter(text, delta), unitAfter(text, r.current)) || unitsDiffer(unitAfter(text, r.previous), unitAfter(text, r.current))) continue;
    const f = (t: Token): Figure => ({ p: r.p, token: t, value: t.value!, label: '' });
    out.push({ kind: 'difference', p: r.p, from: f(r.previous), to: f(r.current), deltas: [f(delta)], sign: signOf(after[1]) });
  }
  return out;
}

/**
 * "đã kết nạp 61 đồng chí, …, vượt 22% so với chỉ tiêu Đại hội (50 đồng chí)", "làm rõ 36/42 vụ, đạt 85,71%, vượt 10,71% so
 * với chỉ tiêu (75%)": how far a value passed its target, written after the target. A target that is a count is passed by
 * the relative excess of the count reached; a target that is a rate, by the points of the rate reached.
 */
function targetExcesses(paragraphs: Paragraph[], figures: Figure[]): RawClaim[] {
  const out: RawClaim[] = [];
  paragraphs.forEach((para, p) => {
    const text = para.text;
    const tokens = tokenize(text);
    for (const m of text.matchAll(/(?<![\p{L}])vượt\s+(\d[\d,]*\s*%)\s*(?:so với\s+)?(?:chỉ tiêu|kế hoạch|mục tiêu)[^()%;.]{0,50}\(\s*(\d[\d.,]*\s*%?)/giu)) {
      const rate = tokens.find((t) => t.kind === 'percent' && t.start === m.index! + m[0].indexOf(m[1]));
      const target = tokens.find((t) => (t.kind === 'count' || t.kind === 'percent') && t.value && t.start === m.index! + m[0].lastIndexOf(m[2]));
      if (!rate?.value || !target?.value || target.value.equals(0)) continue;
      const { start } = sentenceAround(text, m.index!);
      const f = (t: Token): Figure => figures.find((g) => g.p === p && g.token.start === t.start) ?? { p, token: t, value: t.value!, label: '' };
      if (target.kind === 'percent') {
        // The rate reached: the last percentage of the clause before, not another change.
        const clause = Math.max(start, text.lastIndexOf(';', m.index!) + 1);
        // Nor a rate compared with, in its parenthesis ("đạt 84,15%, cao hơn … so với năm 2023 (81,78%) và vượt 4,15% so với
        // chỉ tiêu (80%)").
        const current = tokens.filter((t) => t.kind === 'percent' && t.start >= clause && t.end <= m.index! && !(insideParens(text, t.start, clause) && isComparisonFigure(text, t)) && !/(?:tăng|giảm|vượt)\s*$/iu.test(text.slice(Math.max(0, t.start - 8), t.start))).at(-1);
        if (current?.value) out.push({ kind: 'points', p, current: f(current), previous: f(target), delta: f(rate), sign: 1, year: 'chỉ tiêu' });
        continue;
      }
      const unit = unitAfter(text, target);
      // Not a detail of a parenthesis closed before the gap ("486 hội viên, tăng 173 … (313 hội viên; … thôi sinh hoạt
      // 68 hội viên), vượt 21,5% chỉ tiêu"): the gap speaks of the clause's own figure.
      const detail = (t: Token) => {
        const open = text.lastIndexOf('(', t.start);
        const close = text.indexOf(')', t.end);
        return open > text.lastIndexOf(')', t.start) && close >= 0 && close < m.index!;
      };
      const current = tokens.filter((t) => t.kind === 'count' && t.value && t.start >= start && t.end <= m.index! && !isComparisonFigure(text, t) && !detail(t) && unitAfter(text, t) && !unitsDiffer(unitAfter(text, t), unit)).at(-1);
      if (current) out.push({ kind: 'relative', p, rate: f(rate), previous: f(target), sign: 1, to: { current: f(current) } });
    }
  });
  return out;
}

/** Changes written beside one value of a series, against the value before it (sequences.ts), not read already. */
function seriesChanges(paragraphs: Paragraph[], already: RawClaim[]): RawClaim[] {
  const out: RawClaim[] = [];
  const taken = changesRead(already);
  paragraphs.forEach((para, p) => {
    const tokens = tokenize(para.text);
    const f = (t: Token): Figure => ({ p, token: t, value: t.value!, label: '' });
    // Against another quarter or month of the paragraph (period-series.ts).
    for (const s of periodSeriesChanges(para.text, tokens)) {
      if (taken.has(`${p}:${s.delta.start}`)) continue;
      out.push({ kind: 'difference', p, from: f(s.previous), to: f(s.current), deltas: [f(s.delta)], sign: s.sign });
    }
    // Said of one year of a series against another year of it (year-changes.ts); its rate too, not only its change.
    for (const s of yearChanges(para.text, tokens)) {
      if (already.some((c) => readsFigureAt(c, p, s.delta.start))) continue;
      if (s.delta.kind === 'percent') out.push({ kind: 'relative', p, rate: f(s.delta), previous: f(s.previous), sign: s.sign, to: { current: f(s.current) } });
      else out.push({ kind: 'difference', p, from: f(s.previous), to: f(s.current), deltas: [f(s.delta)], sign: s.sign });
    }
    for (const s of sequenceChanges(para.text, tokens)) {
      if (taken.has(`${p}:${s.delta.start}`)) continue;
      if (s.delta.kind === 'percent') out.push({ kind: 'points', p, current: f(s.current), previous: f(s.previous), delta: f(s.delta), sign: s.sign, year: s.year });
      else out.push({ kind: 'difference', p, from: f(s.previous), to: f(s.current), deltas: [f(s.delta)], sign: s.sign });
      if (s.ratio?.value && !s.previous.value!.equals(0)) out.push({ kind: 'ratio', p, reading: { p, ratio: s.ratio, previous: s.previous, current: s.current, value: s.current.value!, base: s.previous.value!, how: 'paren' } });
    }
  });
  return out;
}

/** Changes of a rate named in words (rate-changes.ts), not read already. */
function namedRateChanges(paragraphs: Paragraph[], already: RawClaim[]): RawClaim[] {
  return rateChanges(paragraphs, changesRead(already)).map((r): RawClaim => {
    const f = (p: number, t: Token): Figure => ({ p, token: t, value: t.value!, label: '' });
    return { kind: 'points', p: r.p, current: f(r.current.p, r.current.token), previous: f(r.previous.p, r.previous.token), delta: f(r.p, r.delta), sign: r.sign, year: r.period, pointsOnly: r.pointsOnly, byName: true };
  });
}

/** Whether the words from a figure to one of its parts open its "trong đó" list (a change of the figure may stand between). */
function subdivides(gap: string): boolean {
  const at = gap.search(/(?<![\p{L}])trong đó(?![\p{L}])/iu);
  return at >= 0 && !/\.\s/u.test(gap) && /^[^\d]*$/u.test(gap.slice(0, at).replace(/(?<![\p{L}])(?:tăng|giảm)\s+\d[\d.,]*[^;]*;/giu, ';'));
}

/** A category's share of a total whose breakdown the paragraph gives (category-shares.ts): the part from that breakdown. */
function categoryShares(paragraphs: Paragraph[], already: RawClaim[]): RawClaim[] {
  const out: RawClaim[] = [];
  paragraphs.forEach((para, p) => {
    const text = para.text;
    for (const c of categorySharesIn(text, tokenize(text))) {
      const breakdowns = already.filter((x): x is Extract<RawClaim, { kind: 'sum' | 'subset' }> => (x.kind === 'sum' || x.kind === 'subset') && x.p === p && x.total.value.equals(c.base.value!) && x.total.token.start < c.base.start);
      const parts = breakdowns.flatMap((b) => b.parts).filter((x) => partNames(text, x.token, c.category));
      if (parts.length !== 1) continue;
      out.push({ kind: 'share', p, part: parts[0], share: { p, token: c.share, value: c.share.value!, label: c.category }, whole: c.base.value!, group: -1 });
    }
    // A share written apart from the count it names, of the total that count's sentence says it is within.
    const tokens = tokenize(text);
    for (const o of overSharesIn(text, tokens)) {
      if (already.some((x) => x.kind === 'share' && x.p === p && x.share.token.start === o.share.start) || out.some((x) => x.kind === 'share' && x.p === p && x.share.token.start === o.share.start)) continue;
      const part: Figure = { p, token: o.part, value: o.part.value!, label: '' };
      out.push({ kind: 'share', p, part, share: { p, token: o.share, value: o.share.value!, label: '' }, whole: o.whole.value!, wholeAt: { p, token: o.whole, value: o.whole.value!, label: '' }, group: -1 });
    }
    // Values and shares paired in order ("lần lượt …, chiếm tương ứng …"), each of the whole the values make up.
    for (const r of respectiveShares(paragraphs, p, tokens)) {
      if (already.some((x) => x.kind === 'share' && x.p === p && x.share.token.start === r.share.start) || out.some((x) => x.kind === 'share' && x.p === p && x.share.token.start === r.share.start)) continue;
      const wholeAt: Figure = { p: r.whole.p, token: r.whole.token, value: r.whole.token.value!, label: '' };
      out.push({ kind: 'share', p, part: { p, token: r.part, value: r.part.value!, label: '' }, share: { p, token: r.share, value: r.share.value!, label: '' }, whole: wholeAt.value, wholeAt, group: -1 });
    }
    for (const d of detachedSharesIn(text, tokens, (at) => sentenceAround(text, at).start)) {
      if (already.some((x) => x.kind === 'share' && x.p === p && x.share.token.start === d.share.start) || out.some((x) => x.kind === 'share' && x.p === p && x.share.token.start === d.share.start)) continue;
      // A part inside a parenthesis hangs from the figure the parenthesis follows, not a sibling inside it.
      const head = text.slice(0, d.part.start);
      const open = head.lastIndexOf('(');
      const outer = open > head.lastIndexOf(')') ? tokens.filter((t) => t.kind === 'count' && t.end <= open && t.value && d.part.value && t.value.compare(d.part.value) > 0 && /^[^\d;.()]{0,60}$/u.test(text.slice(t.end, open))).at(-1) : undefined;
      const owner = outer ?? ownerOf(text, tokens, d.part, () => false);
      // Of the total the part's sentence says it is within: "trong 84 đơn …", or the figure a "trong đó" subdivides.
      const within = !!owner && (/(?:^|[,;:]\s*)(?:trong|trong số|trong tổng số)\s+\d/iu.test(text.slice(sentenceAround(text, d.part.start).start, owner.end)) || subdivides(text.slice(owner.end, d.part.start)) || /^[^\d;.()]{0,60}(?:\(|:)[^;.()]*$/u.test(text.slice(owner.end, d.part.start).replace(/\d[\d.,]*/gu, '0')));
      if (!owner || !within) continue;
      if (d.with && ownerOf(text, tokens, d.with, () => false) !== owner) continue;
      const part: Figure = { p, token: d.part, value: d.with ? d.part.value!.add(d.with.value!) : d.part.value!, label: d.category };
      out.push({ kind: 'share', p, part, share: { p, token: d.share, value: d.share.value!, label: d.category }, whole: owner.value!, group: -1 });
    }
  });
  return out;
}

/** Changes with their rates and no value compared with (implied-rates.ts), where no other reading has them. */
function impliedRateClaims(paragraphs: Paragraph[], figures: Figure[], claims: RawClaim[]): RawClaim[] {
  const out: RawClaim[] = [];
  paragraphs.forEach((para, p) => {
    const tokens = tokenize(para.text);
    const f = (t: Token): Figure => figures.find((g) => g.p === p && g.token.start === t.start) ?? { p, token: t, value: t.value!, label: '' };
    for (const r of impliedRates(para.text, tokens)) {
      const read = claims.some(
        (c) =>
          c.p === p &&
          ((c.kind === 'relative' && c.rate.token.start === r.rate.start) ||
            (c.kind === 'difference' && c.deltas.some((d) => d.token.start === r.change.start)) ||
            (c.kind === 'points' && c.delta.token.start === r.rate.start) ||
            (c.kind === 'ratio' && c.reading.ratio.start === r.rate.start)),
      );
      if (!read) out.push({ kind: 'implied-rate', p, current: f(r.current), change: f(r.change), rate: f(r.rate), sign: r.sign, ...(r.index ? { index: r.index } : {}) });
    }
  });
  return out;
}

/** The first word after the change's figure at `at` ("tăng 12 vụ" → vụ), or after a figure ending at `at`. */
function firstNoun(text: string, at: number): string | undefined {
  const change = /^\s*(?:tăng|giảm)\s+\d[\d.,]*/iu.exec(text.slice(at));
  return wordAfter(text, at + (change?.[0].length ?? 0));
}

/**
 * A change that is no amount of the thing: of a rate ("giảm 0,85 điểm phần trăm", "tăng 5%"), read by the points and
 * rate readers, or a multiple ("tăng 1,5 lần"), read by the ratio readers.
 */
function notAnAmount(text: string, delta: Token): boolean {
  return /^\s*(?:điểm|%|lần(?![\p{L}]))/u.test(text.slice(delta.end));
}

/**
 * "64 người (41 viên chức, 23 hợp đồng lao động), trong đó nữ 91 người": a parenthesis right after a total details it,
 * and a "trong đó" after that parenthesis still opens the total's parts. Read as the text would be without the
 * parenthesis's figures, the same total's "trong đó" list.
 */
function partsPastDetail(text: string, readings: BreakdownReading[]): BreakdownReading[] {
  const out: BreakdownReading[] = [];
  for (const r of readings) {
    const open = text.indexOf('(', r.total.end);
    if (r.how !== 'paren' || open < 0 || !/^\s*[\p{L} ]{0,30}$/u.test(text.slice(r.total.end, open)) || readings.some((x) => x.total.start === r.total.start && x.how === 'trong-do')) continue;
    const close = closingParen(text, open + 1);
    if (!r.parts.every((x) => x.start > open && x.end <= close)) continue;
    if (close < 0 || !/^\s*,?\s*trong đó(?![\p{L}])/iu.test(text.slice(close + 1))) continue;
    const masked = text.slice(0, open) + text.slice(open, close + 1).replace(/\d/g, 'x') + text.slice(close + 1);
    // Parts counted in their own unit ("05 trường hợp được phát hiện qua kiểm tra" of "12 đảng viên") may count one
    // member twice: left unread.
    const unit = unitAfter(text, r.total)?.word;
    const again = breakdownsIn(masked, tokenize(masked), (at) => sentenceAround(masked, at).start).filter((x) => x.total.start === r.total.start && x.how === 'trong-do' && x.parts.every((t) => [undefined, unit].includes(unitAfter(text, t)?.word)));
    out.push(...again);
  }
  return out;
}
