// "126 căn nhà … tổng kinh phí 6.300 triệu đồng, bình quân 50 triệu đồng/căn", "38 lớp với 1.710 học viên, bình quân
// 45 học viên/lớp": an average is the total over the count, both written before it in its sentence — the total in the
// average's own unit, the count of the noun after its slash. An average is rounded half up like any figure: truncated,
// it is the rounding slip domain.md warns of.
import { sentenceAround } from './periods';
import { insideParens, isComparisonFigure } from './phrases';
import { exactInt, ratio, type Exact } from '../numbers/exact';
import type { Token } from './tokens';

export interface AverageReading {
  average: Token;
  total: Token;
  count: Token;
  /** What the total is multiplied by to be in the average's unit: 1.000 for "98.746 tỷ đồng" over "triệu đồng/người". */
  scale: Exact;
  /** The count the average is per: 1.000 in "5,42 doanh nghiệp/1.000 dân". */
  per: Exact;
  /** The total found by its place alone, between the count and the average, not by its unit: wrong only by a slip. */
  loose?: boolean;
}

// "bình quân mỗi tổ có 7,2 hòa giải viên": the noun it is per named after "mỗi", no slash. Not a span of time ("bình
// quân mỗi năm"): a year's average is over the years of a term, which the text counts in more than one way.
const AVERAGE_EACH = /bình quân\s+mỗi\s+(?!(?:năm|tháng|quý|tuần|ngày|kỳ)(?![\p{L}]))([\p{L}]+(?:\s+[\p{L}]+)?)\s+(?:(?:có|được|là|đạt|quản lý|thu hút)\s+)?(\d[\d.,]*)\s+([\p{L}]+(?:\s+[\p{L}]+)?)/giu;
const AVERAGE = /bình quân\s+(?:(?:mỗi|một)\s+[\p{L}]+(?:\s+[\p{L}]+)?\s+)?(?:là\s+|đạt\s+)?(\d[\d.,]*)\s+([\p{L}]+(?:\s+[\p{L}]+)?)\s*\/\s*(?:(\d[\d.]*)\s+)?([\p{L}]+(?:\s+[\p{L}]+)?)/giu;
// Scales of money: a total in tỷ đồng averaged in triệu đồng is a thousand times larger in the average's unit.
const MONEY: Record<string, number> = { 'nghìn đồng': 1, 'ngàn đồng': 1, 'triệu đồng': 1000, 'tỷ đồng': 1000000 };
// People are counted as "người", "dân", "nhân khẩu" alike.
const PEOPLE = ['người', 'dân', 'nhân khẩu'];

export function averagesIn(text: string, tokens: Token[]): AverageReading[] {
  const out: AverageReading[] = [];
  // Both forms as [whole match, figure, unit, per-count, per-noun].
  const slashed = [...text.matchAll(AVERAGE)].map((m) => ({ m, figure: m[1], unit: m[2], perCount: m[3], noun: m[4] }));
  const each = [...text.matchAll(AVERAGE_EACH)].map((m) => ({ m, figure: m[2], unit: m[3], perCount: undefined, noun: m[1] }));
  for (const { m, figure, unit: unitText, perCount, noun: nounText } of [...slashed, ...each]) {
    const at = m.index!;
    const average = tokens.find((t) => t.start === at + m[0].indexOf(figure, 9) && t.kind === 'count');
    if (!average?.value) continue;
    const reading = readAverage(text, tokens, m, average, unitText, perCount, nounText);
    if (reading) out.push(reading);
  }
  return out;
}

function readAverage(text: string, tokens: Token[], m: RegExpMatchArray, average: Token, unitText: string, perCount: string | undefined, nounText: string): AverageReading | undefined {
  const at = m.index!;
  const { start, end } = sentenceAround(text, at);
  // A change or a value compared with ("tăng 14.870 triệu đồng so với đầu nhiệm kỳ (23.780 triệu đồng)") is no total.
  const own = (t: Token) => t.kind === 'count' && !!t.value && !/(?:tăng|giảm)\s*$/iu.test(text.slice(Math.max(0, t.start - 8), t.start)) && !isComparisonFigure(text, t);
  const unit = unitText.toLowerCase();
  const noun = nounText.toLowerCase().split(/\s+/)[0];
  const followedBy = (t: Token, word: string) => text.slice(t.end).trimStart().toLowerCase().startsWith(word);
  const moneyScale = (t: Token) => {
    const to = MONEY[unit];
    const from = Object.keys(MONEY).find((w) => followedBy(t, w));
    return to && from ? ratio(exactInt(MONEY[from]), exactInt(to)) : undefined;
  };
  const counted = (t: Token) => (PEOPLE.includes(noun) ? PEOPLE.some((w) => followedBy(t, w)) : followedBy(t, noun));
  // The count may stand in a parenthesis right after the average: "(dân số trung bình năm 2024 là 1.642.800 người)".
  const paren = /^[^()]{0,30}\(([^()]*)\)/u.exec(text.slice(at + m[0].length));
  const after = paren ? tokens.filter((t) => own(t) && t.start >= at + m[0].length && t.end <= at + m[0].length + paren[0].length && t.end <= end + 1) : [];
  // The sentence first; its last clause (after ";") where the sentence holds more than one total or count.
  const clause = Math.max(start, text.lastIndexOf(';', at) + 1);
  // Else the list item it closes, after the list's colon ("…, gồm: 1.246 hộ gia đình nhận 12.480,40 ha, bình quân 10,01
  // ha/hộ; 38 cộng đồng …").
  const item = Math.max(clause, text.lastIndexOf(':', at) + 1);
  for (const from of [...new Set([start, clause, item])]) {
    const before = tokens.filter((t) => own(t) && t.start >= from && t.end <= at);
    const totals = before.filter((t) => followedBy(t, unit) || (MONEY[unit] && moneyScale(t)));
    const counts = [...before, ...after].filter((t) => counted(t) && !totals.includes(t));
    if (counts.length !== 1 || counts[0].value!.equals(0) || totals.length > 1) continue;
    // The count a rate is per is a round integer (1.000, 10.000), written with its thousands dots.
    const per = exactInt(perCount ? Number(perCount.replace(/\./g, '')) : 1);
    // One total and one count, or the reading is a guess.
    if (totals.length === 1) return { average, total: totals[0], count: counts[0], scale: moneyScale(totals[0]) ?? exactInt(1), per };
    // "tổ chức 486 cuộc tuyên truyền với 31.240 lượt người tham dự, bình quân 64 người/cuộc": with no total in the
    // average's own words, the one figure between the count and the average (outside parentheses) is what is shared out.
    const between = before.filter((t) => t.start > counts[0].end && !insideParens(text, t.start, start));
    if (between.length === 1) return { average, total: between[0], count: counts[0], scale: exactInt(1), per, loose: true };
  }
  return undefined;
}
