// "so với cùng kỳ năm 2022" in a report on 2024: the same period of last year is of the year before the claim's own.
// The claim's year is the one its sentence names (not after "so với"), else the one its paragraph opens with; the
// report's year (the year its title reviews, else the year its text names most, by far) stands in only when no other
// year competes with it.
import { eq, roundHalfUp } from '../numbers/exact';
import { sentenceAround, termsIn } from './periods';
import type { Paragraph } from './document';
import { unitAfter, unitsDiffer } from './phrases';
import { tokenize, type Token } from './tokens';
import { reportPeriod } from './report-period';

export interface SamePeriodSlip {
  p: number;
  at: number;
  end: number;
  named: string;
  expected: string;
  own: string;
  certain: boolean;
}

const SAME_PERIOD = /so với\s+cùng kỳ\s+năm\s+((?:19|20)\d{2})(?!\d)/giu;
const YEAR = /(?<![\d/])((?:19|20)\d{2})(?![\d/])/gu;

/** Years a text names as its own: not after "so với", not inside a date range's start ("từ năm"), not in a term. */
function ownYears(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(YEAR)) {
    const head = text.slice(Math.max(0, m.index! - 30), m.index!);
    if (/so với[^,;.]*$|từ\s*(năm\s*)?$|[-–]\s*$/iu.test(head) || /^\s*[-–]\s*\d{4}/u.test(text.slice(m.index! + 4))) continue;
    out.push(m[1]);
  }
  return out;
}

/** The year a report speaks of: its title's, else the year its text names most, by far. */
function reportYearOf(paragraphs: Paragraph[]): { year?: string; titled: boolean } {
  const counts = new Map<string, number>();
  for (const para of paragraphs) for (const y of ownYears(para.text)) counts.set(y, (counts.get(y) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const titled = reportPeriod(paragraphs);
  if (titled?.kind === 'year') return { year: titled.label, titled: true };
  return { year: ranked.length && ranked[0][1] >= 3 && (!ranked[1] || ranked[0][1] >= 3 * ranked[1][1]) ? ranked[0][0] : undefined, titled: false };
}

const LEAD_YEAR = /^\s*(?:[-–+•]\s*)?(?:trong\s+)?(?:6 tháng đầu\s+|9 tháng\s+|quý\s+[IV]+\s+)?năm\s+((?:19|20)\d{2})/iu;

export function samePeriodSlips(paragraphs: Paragraph[]): SamePeriodSlip[] {
  const reportYear = reportYearOf(paragraphs).year;
  const out: SamePeriodSlip[] = [];
  paragraphs.forEach((para, p) => {
    for (const m of para.text.matchAll(SAME_PERIOD)) {
      const sentence = sentenceAround(para.text, m.index!);
      const inSentence = ownYears(para.text.slice(sentence.start, m.index!)).at(-1);
      const lead = LEAD_YEAR.exec(para.text)?.[1];
      const own = inSentence ?? lead ?? reportYear;
      if (!own) continue;
      const expected = String(Number(own) - 1);
      if (expected === m[1]) continue;
      out.push({ p, at: m.index!, end: m.index! + m[0].length, named: m[1], expected, own, certain: !!(inSentence ?? lead) || !!reportYear });
    }
  });
  return out;
}

// "tăng 356,7 triệu đồng (9,08%) so với năm 2021" in a sentence of 2023: a year compared with is most often the year
// before the claim's own. Unlike "cùng kỳ", "năm 2021" may be chosen on purpose (a base year the text does not call
// one), so another year is said as a doubt to check — an error only when the value compared with is stated elsewhere as
// the value of the year before; the start of a term or stage the report names, "đầu nhiệm kỳ" or a series of years are
// not even that.
const PREVIOUS_YEAR = /so với\s+(?:(?:ước\s+)?(?:thực hiện|kết quả)\s+)?năm\s+((?:19|20)\d{2})(?![\d/]|\s*[-–]\s*\d)/giu;
const OTHER_BASE = /đầu nhiệm kỳ|đầu giai đoạn|năm đầu|năm gốc|bình quân|trung bình|giai đoạn trước|nhiệm kỳ trước/iu;

export interface YearComparison extends SamePeriodSlip {
  /** The year named is the one before the claim's. */
  right: boolean;
  /** The value compared with, stated elsewhere as the value of the year before: the year named is then a slip. */
  stated?: { value: string; p: number };
}

/**
 * The year a figure at `at` is written as the value of ("năm 2023: 208", "năm 2022 toàn tỉnh thu hút 286,4"), within
 * `reach` characters and `words` words before it; not a year compared with ("so với năm 2022 …").
 */
function yearOfFigure(text: string, at: number, reach: number, words: number): string | undefined {
  const head = text.slice(Math.max(0, at - reach), at);
  const named = new RegExp(`(?<![\\p{L}])năm\\s+((?:19|20)\\d{2})\\s*(?::|là)?\\s*(?:[\\p{L}]+\\s+){0,${words}}$`, 'iu').exec(head);
  return named && !/so với\s*(?:cùng kỳ\s*)?$/iu.test(head.slice(0, named.index)) ? named[1] : undefined;
}

/**
 * The value a comparison names in its parenthesis ("So với năm 2022 (giao 208 công dân)"), where the document states it
 * as the value of `year` ("năm 2023: 208"): a figure of three digits or more, or with decimals, seldom recurs by chance.
 */
function statedAsYear(paragraphs: Paragraph[], text: string, end: number, year: string): { value: string; p: number } | undefined {
  const value = /^\s*\(\s*(?:[\p{L}]+\s+){0,3}?(\d[\d.,]*\d|\d)(?=[\s)%;,])/u.exec(text.slice(end))?.[1];
  if (!value || (value.replace(/\D/g, '').length < 3 && !value.includes(','))) return undefined;
  const written = new RegExp(`(?<![\\d.,])${value.replace(/\./g, '\\.')}(?![\\d]|[.,]\\d)`, 'gu');
  for (const [p, para] of paragraphs.entries()) {
    for (const m of para.text.matchAll(written)) {
      if (para.text === text && m.index! >= end && m.index! < end + 40) continue;
      if (yearOfFigure(para.text, m.index!, 40, 3) === year) return { value, p };
    }
  }
  return undefined;
}

/**
 * The figures the document writes as the value of `year`, paragraph by paragraph: named right before them ("năm 2022
 * toàn tỉnh thu hút 286,4"), or, with `lead`, by the year their sentence opens with ("Năm 2022, …, đạt 90,21%").
 */
function* figuresOfYear(paragraphs: Paragraph[], year: string, lead: boolean): Generator<{ p: number; text: string; token: Token }> {
  for (const [p, para] of paragraphs.entries()) {
    for (const token of tokenize(para.text)) {
      if (token.value && (yearOfFigure(para.text, token.start, 60, 5) ?? (lead ? leadYearOf(para.text, token.start) : undefined)) === year) yield { p, text: para.text, token };
    }
  }
}

/**
 * "năm 2022 toàn tỉnh thu hút 286,4 triệu USD. … tổng vốn FDI thu hút 397,1 triệu USD, tăng 38,65% so với năm 2021": the
 * rate written before the comparison is exactly the change from a value the document states as the year before's, of the
 * same unit: that year is the one compared with.
 */
function rateOfYear(paragraphs: Paragraph[], text: string, start: number, at: number, year: string): { value: string; p: number } | undefined {
  const clause = text.slice(Math.max(start, text.lastIndexOf(';', at) + 1), at);
  const rate = /(tăng|giảm)\s+(\d[\d,]*)\s*%\s*$/iu.exec(clause);
  if (!rate) return undefined;
  const offset = at - clause.length;
  const tokens = tokenize(text);
  const stated = tokens.find((t) => t.kind === 'percent' && t.start === offset + rate.index + rate[0].indexOf(rate[2]));
  const current = tokens.filter((t) => t.kind === 'count' && t.value && t.start >= offset && t.end <= offset + rate.index).at(-1);
  if (!stated?.value || !current?.value || !unitAfter(text, current)) return undefined;
  const d = stated.decimals ?? 0;
  const sign = rate[1].toLowerCase() === 'giảm' ? -1 : 1;
  for (const { p, text: other, token: t } of figuresOfYear(paragraphs, year, false)) {
    if (t.kind !== 'count' || t.value!.equals(0) || (other === text && t.start === current.start)) continue;
    if (unitsDiffer(unitAfter(other, t), unitAfter(text, current))) continue;
    const change = current.value.sub(t.value!).mul(sign).mul(100).div(t.value!);
    if (change.compare(0) > 0 && eq(roundHalfUp(change, d), stated.value)) return { value: t.text, p };
  }
  return undefined;
}

/**
 * The year a figure's sentence leads with, when no other year stands between ("Năm 2022, đơn vị thụ lý 187 tin …, tỷ lệ
 * giải quyết đạt 90,21%"); a year after "so với" leads nothing.
 */
function leadYearOf(text: string, at: number): string | undefined {
  const { start } = sentenceAround(text, at);
  const years = [...text.slice(start, at).matchAll(/(?<![\p{L}])năm\s+((?:19|20)\d{2})(?![\d/]|\s*[-–]\s*\d)/giu)];
  if (years.length !== 1) return undefined;
  return /so với\s*(?:cùng kỳ\s*)?$/iu.test(text.slice(start, years[0].index!)) ? undefined : years[0][1];
}

/**
 * "Tỷ lệ giải quyết tăng 1,85% so với năm 2021", where the paragraph's 92,06% less the 90,21% the document states as
 * 2022's is 1,85 points; "… 186 cuộc …, tăng 14 cuộc so với năm 2021" with 172 cuộc stated as 2022's: the change written
 * right before the comparison is exactly the change from a value the document states as the year before's — in points
 * between two rates, or between two counts of one unit. That year is the one compared with.
 */
function changeOfYear(paragraphs: Paragraph[], p: number, clauseStart: number, at: number, year: string): { value: string; p: number } | undefined {
  const text = paragraphs[p].text;
  const change = /(tăng|giảm)\s+(\d[\d.,]*)\s*(%|điểm phần trăm|điểm %)?[^\d;%]{0,30}$/iu.exec(text.slice(clauseStart, at));
  if (!change) return undefined;
  const tokens = tokenize(text);
  const delta = tokens.find((t) => t.start === clauseStart + change.index + change[0].indexOf(change[2], change[1].length) && t.value);
  if (!delta?.value) return undefined;
  const sign = change[1].toLowerCase() === 'giảm' ? -1 : 1;
  const points = !!change[3];
  const d = delta.decimals ?? 0;
  // The claim's own figures: those of the paragraph before the change, of its kind (rates for points, counts of the
  // change's unit otherwise).
  const unit = points ? undefined : unitAfter(text, delta);
  if (!points && (!unit || d > 0 || delta.value.compare(10) < 0)) return undefined;
  const kind = points ? 'percent' : 'count';
  // Counts of the change's own unit, whole numbers, their difference exact; rates to the change's decimals.
  const counted = (x: string, t: Token) => points || (unitAfter(x, t)?.word === unit!.word && !(t.decimals ?? 0));
  const own = tokens.filter((t) => t.kind === kind && t.value && t.end <= delta.start && t !== delta && counted(text, t));
  for (const { p: q, text: other, token: t } of figuresOfYear(paragraphs, year, true)) {
    if (t.kind !== kind || (q === p && own.some((o) => o.start === t.start)) || !counted(other, t)) continue;
    if (own.some((c) => eq(points ? roundHalfUp(c.value!.sub(t.value!).mul(sign), d) : c.value!.sub(t.value!).mul(sign), delta.value!))) return { value: t.text, p: q };
  }
  return undefined;
}

/** Every "so với năm Y" whose claim's own year is known, with whether Y is the year before it. */
export function yearComparisons(paragraphs: Paragraph[]): YearComparison[] {
  // A report over several years (a term, a stage, a ten-year review) compares its last year with its first on purpose.
  const { year: reportYear, titled } = reportYearOf(paragraphs);
  if (!reportYear) return [];
  // A year that starts a term, stage or school year the report names may be compared with on purpose.
  const starts = new Set(paragraphs.flatMap((p) => termsIn(p.text).map((t) => String(t.start))));
  const out: YearComparison[] = [];
  paragraphs.forEach((para, p) => {
    for (const m of para.text.matchAll(PREVIOUS_YEAR)) {
      const sentence = sentenceAround(para.text, m.index!);
      const text = para.text.slice(sentence.start, sentence.end);
      if (termsIn(text).length || OTHER_BASE.test(text)) continue;
      // The claim's own year is named in its clause ("…, Tết Nguyên đán 2025; kéo giảm … so với năm 2023" is a plan of
      // the clause's own, unnamed year).
      const clause = Math.max(sentence.start, para.text.lastIndexOf(';', m.index!) + 1);
      const years = new Set(ownYears(para.text.slice(clause, m.index!)));
      if (years.size > 1) continue;
      const inSentence = [...years][0];
      const lead = LEAD_YEAR.exec(para.text)?.[1];
      const own = inSentence ?? lead ?? (titled ? reportYear : undefined);
      if (!own) continue;
      const expected = String(Number(own) - 1);
      const right = expected === m[1];
      // A series the paragraph gives year by year ("năm 2021: 52, …, năm 2024: 39; năm 2024 giảm 13 … so với năm 2021")
      // is compared with any of its years.
      if (!right && (starts.has(m[1]) || Number(m[1]) >= Number(own) || ownYears(para.text).includes(m[1]))) continue;
      const stated = right ? undefined : (statedAsYear(paragraphs, para.text, m.index! + m[0].length, expected) ?? rateOfYear(paragraphs, para.text, sentence.start, m.index!, expected) ?? changeOfYear(paragraphs, p, clause, m.index!, expected));
      out.push({ p, at: m.index!, end: m.index! + m[0].length, named: m[1], expected, own, certain: !!stated, right, stated });
    }
  });
  return out;
}
