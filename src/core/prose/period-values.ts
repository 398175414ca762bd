// The value a comparison is held against, found where the document states it as the value of a period: "So với năm 2022
// (giao 208 công dân)" where another paragraph says "năm 2023: 208"; "bằng 93,82% số mô hình của cả nhiệm kỳ 2010 - 2015"
// where 501 is 93,82% of the 534 "Nhiệm kỳ 2015 - 2020, toàn huyện xây dựng được". When the value compared with is
// written elsewhere as the value of the period before the claim's, the period named is a slip — certain, not a doubt.
import { eq, roundHalfUp } from '../numbers/exact';
import { sentenceAround } from './periods';
import type { Paragraph } from './document';
import { isComparisonFigure, nounAfter, unitAfter, unitOf, unitsDiffer, wordsIn } from './phrases';
import { tokenize, type Token } from './tokens';

/** A period as the text names it: a year ("năm 2023") or a term or stage ("nhiệm kỳ 2016 - 2021"). */
export interface PeriodRef {
  label: string;
  /** A regular expression source matching the period's mention. */
  mention: string;
}

export interface StatedValue {
  value: string;
  p: number;
}

export function yearRef(year: string): PeriodRef {
  return { label: year, mention: `năm\\s+${year}(?![\\d/]|\\s*[-–]\\s*\\d)` };
}

export function termRef(label: string): PeriodRef {
  const [start, end] = label.split(' - ');
  return { label, mention: `(?:nhiệm kỳ|giai đoạn)\\s*${start}\\s*[-–—]\\s*${end}(?!\\d)` };
}

const ANY_PERIOD = /(?<![\p{L}])(?:năm\s+(?:19|20)\d{2}(?![\d/]|\s*[-–]\s*\d)|(?:nhiệm kỳ|giai đoạn)\s*(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)\d{2})/giu;

/**
 * Whether a figure at `at` is written as the value of `period`: named right before it ("năm 2023: 208", "năm 2022 toàn
 * tỉnh thu hút 286,4", "Nhiệm kỳ 2015 - 2020, toàn huyện xây dựng được 534"), within `reach` characters and `words`
 * words, or in the parenthesis after a comparison with it ("so với năm 2023 (34,17%)"); a period compared with names no
 * value of its own outside that parenthesis.
 */
function isValueOf(text: string, at: number, reach: number, words: number, period: PeriodRef): boolean {
  const head = text.slice(Math.max(0, at - reach), at);
  if (new RegExp(`so với\\s+(?:[\\p{L}]+\\s+){0,2}?(?:${period.mention})\\s*\\(\\s*(?:[\\p{L}]+\\s+){0,3}$`, 'iu').test(head)) return true;
  const named = new RegExp(`(?<![\\p{L}])(?:${period.mention})\\s*(?::|là|,)?\\s*(?:[\\p{L}]+\\s+){0,${words}}$`, 'iu').exec(head);
  return !!named && !/so với\s*(?:[\p{L}]+\s+){0,2}$/iu.test(head.slice(0, named.index));
}

/**
 * Whether the sentence of a figure leads with `period`, no other period standing between ("Năm 2022, đơn vị thụ lý 187
 * tin …, tỷ lệ giải quyết đạt 90,21%"); a period after "so với" leads nothing.
 */
function leadsWith(text: string, at: number, period: PeriodRef): boolean {
  const { start } = sentenceAround(text, at);
  const named = [...text.slice(start, at).matchAll(ANY_PERIOD)];
  if (named.length !== 1) return false;
  const at0 = start + named[0].index!;
  return new RegExp(`^(?:${period.mention})`, 'iu').test(text.slice(at0)) && !/so với\s*(?:[\p{L}]+\s+){0,2}$/iu.test(text.slice(start, at0));
}

/** The figures the document writes as the value of `period`; with `lead`, those of sentences leading with it too. */
export function* valuesOf(paragraphs: Paragraph[], period: PeriodRef, lead: boolean): Generator<{ p: number; text: string; token: Token; named: boolean }> {
  for (const [p, para] of paragraphs.entries()) {
    for (const token of tokenize(para.text)) {
      if (!token.value) continue;
      const named = isValueOf(para.text, token.start, 60, 5, period);
      if (named || (lead && leadsWith(para.text, token.start, period))) yield { p, text: para.text, token, named };
    }
  }
}

/**
 * The value a comparison names in its parenthesis ("So với năm 2022 (giao 208 công dân)"), where the document states it
 * as the value of `period` ("năm 2023: 208"): a figure of three digits or more, or with decimals, seldom recurs by chance.
 */
export function statedAs(paragraphs: Paragraph[], text: string, end: number, period: PeriodRef): StatedValue | undefined {
  const paren = /^\s*\(\s*(?:[\p{L}]+\s+){0,3}?(\d[\d.,]*\d|\d)(?=[\s)%;,])/u.exec(text.slice(end));
  const value = paren?.[1];
  if (!value || (value.replace(/\D/g, '').length < 3 && !value.includes(','))) return undefined;
  // Counted in the same unit where both name one ("(31,5 triệu lượt)" is no "31,5%").
  const unit = unitOf(text.slice(end + paren![0].length));
  const percent = /^\s*%/u.test(text.slice(end + paren![0].length));
  const written = new RegExp(`(?<![\\d.,])${value.replace(/\./g, '\\.')}(?![\\d]|[.,]\\d)`, 'gu');
  for (const [p, para] of paragraphs.entries()) {
    for (const m of para.text.matchAll(written)) {
      if (para.text === text && m.index! >= end && m.index! < end + 40) continue;
      const after = para.text.slice(m.index! + value.length);
      if (unitsDiffer(unitOf(after), unit) || /^\s*%/u.test(after) !== percent) continue;
      if (isValueOf(para.text, m.index!, 40, 3, period) || headedBy(para.text, m.index!, period)) return { value, p };
    }
  }
  return undefined;
}

/**
 * "Số liệu năm 2023 (Báo cáo số 41/BC-HĐY ngày 18/12/2023): 3.312 hội viên; 136.570 lượt khám": a list after a heading
 * that names one period, and no other period after the colon before the figure, gives that period's values.
 */
function headedBy(text: string, at: number, period: PeriodRef): boolean {
  const { start } = sentenceAround(text, at);
  const colon = text.lastIndexOf(':', at);
  if (colon < start) return false;
  const heading = text.slice(start, colon).replace(/\([^()]*\)/gu, ' ');
  const named = [...heading.matchAll(ANY_PERIOD)];
  return named.length === 1 && new RegExp(`^(?:${period.mention})`, 'iu').test(named[0][0]) && !/so với/iu.test(heading) && ![...text.slice(colon, at).matchAll(ANY_PERIOD)].length;
}

/** "(năm 2023: ", "(cùng kỳ năm 2023 là ": a parenthesis labelling the value after it with a year. */
const YEAR_VALUE_BEFORE = /\(\s*(?:cùng kỳ\s+)?năm\s+(?:19|20)\d{2}\s*(?::|là)\s*$/iu;

/**
 * "tổng vốn FDI thu hút 397,1 triệu USD, tăng 38,65% so với năm 2021", "xây dựng 501 mô hình, bằng 93,82% số mô hình
 * của cả nhiệm kỳ 2010 - 2015": the rate written before the comparison is exactly the change (or the ratio) from a value
 * the document states as the value of `period`, counted in the same word.
 */
export function rateOf(paragraphs: Paragraph[], text: string, start: number, at: number, period: PeriodRef): StatedValue | undefined {
  const clause = text.slice(Math.max(start, text.lastIndexOf(';', at) + 1), at);
  const rate = /(tăng|giảm|bằng)\s+(\d[\d,]*)\s*%\s*(?:(?<=bằng\s+[\d,]+\s*%\s*)[^\d,;()%]{0,40})?$/iu.exec(clause);
  if (!rate) return undefined;
  const offset = at - clause.length;
  const tokens = tokenize(text);
  const stated = tokens.find((t) => t.kind === 'percent' && t.start === offset + rate.index + rate[0].indexOf(rate[2]));
  // The claim's own figure, not the value compared with in its parenthesis ("1.538 hồ sơ (năm 2023: 1.381 hồ sơ), tăng
  // 11,4%").
  const current = tokens.filter((t) => t.kind === 'count' && t.value && t.start >= offset && t.end <= offset + rate.index && !isComparisonFigure(text, t) && !YEAR_VALUE_BEFORE.test(text.slice(Math.max(0, t.start - 30), t.start))).at(-1);
  if (!stated?.value || !current?.value) return undefined;
  // What the figure counts: its unit, else the two words after it ("64 giấy phép").
  const unit = unitAfter(text, current);
  const noun = unit ? undefined : nounAfter(text, current.end);
  if (!unit && !noun?.includes(' ')) return undefined;
  const d = stated.decimals ?? 0;
  const verb = rate[1].toLowerCase();
  for (const { p, text: other, token: t, named } of valuesOf(paragraphs, period, true)) {
    if (t.kind !== 'count' || t.value!.equals(0) || (other === text && t.start === current.start)) continue;
    // A figure of a sentence that only opens on the period ("Năm 2023: … cấp 54 giấy phép") is counted in the same word.
    const its = unitAfter(other, t);
    if (!unit) {
      if (nounAfter(other, t.end) !== noun) continue;
    } else if (named ? unitsDiffer(its, unit) : its?.word !== unit.word) continue;
    const ratio = current.value.mul(100).div(t.value!);
    const change = verb === 'bằng' ? ratio : ratio.sub(100).mul(verb === 'giảm' ? -1 : 1);
    if (change.compare(0) > 0 && eq(roundHalfUp(change, d), stated.value)) return { value: t.text, p };
  }
  return undefined;
}

/**
 * "Tỷ lệ giải quyết tăng 1,85% so với năm 2021", where the paragraph's 92,06% less the 90,21% the document states as
 * 2022's is 1,85 points; "… 186 cuộc …, tăng 14 cuộc so với năm 2021" with 172 cuộc stated as 2022's: the change written
 * right before the comparison is exactly the change from a value the document states as the value of `period` — in
 * points between two rates, or between two amounts of one unit.
 */
export function changeOf(paragraphs: Paragraph[], p: number, clauseStart: number, at: number, period: PeriodRef): StatedValue | undefined {
  const text = paragraphs[p].text;
  const change = /(tăng|giảm)\s+(\d[\d.,]*)\s*(%|điểm phần trăm|điểm %)?[^\d;%]{0,30}$/iu.exec(text.slice(clauseStart, at));
  if (!change) return undefined;
  const tokens = tokenize(text);
  const delta = tokens.find((t) => t.start === clauseStart + change.index + change[0].indexOf(change[2], change[1].length) && t.value);
  if (!delta?.value) return undefined;
  const sign = change[1].toLowerCase() === 'giảm' ? -1 : 1;
  const points = !!change[3];
  const d = delta.decimals ?? 0;
  // The claim's own figures: those of the paragraph before the change, of its kind (rates for points, amounts of the
  // change's unit, else of the two words after it, otherwise).
  const unit = points ? undefined : unitAfter(text, delta);
  const noun = points || unit ? undefined : nounAfter(text, delta.end);
  if (!points && ((!unit && !noun?.includes(' ')) || (d === 0 && delta.value.compare(10) < 0))) return undefined;
  const kind = points ? 'percent' : 'count';
  // Amounts written to no more decimals than the change, their difference exact ("tăng 840,16 tỷ đồng": 7.812,46 less
  // 6.972,3); rates to the change's decimals.
  const counted = (x: string, t: Token) => points || ((unit ? unitAfter(x, t)?.word === unit.word : nounAfter(x, t.end) === noun) && (t.decimals ?? 0) <= d);
  const own = tokens.filter((t) => t.kind === kind && t.value && t.end <= delta.start && t !== delta && counted(text, t));
  for (const { p: q, text: other, token: t } of valuesOf(paragraphs, period, true)) {
    if (t.kind !== kind || !counted(other, t)) continue;
    if (own.some((c) => !(q === p && c.start === t.start) && eq(points ? roundHalfUp(c.value!.sub(t.value!).mul(sign), d) : c.value!.sub(t.value!).mul(sign), delta.value!))) return { value: t.text, p: q };
  }
  return undefined;
}

/**
 * "lượt truy cập trang thông tin điện tử tăng 23,6% so với năm 2022" where another sentence says "186.420 lượt truy
 * cập, tăng 23,6% so với năm 2023"; "tăng 4.586 người so với nhiệm kỳ 2008 - 2013" where another says "so với nhiệm
 * kỳ 2013 - 2018 (26.874 đoàn viên), tăng 4.586 đoàn viên": the same change of the same thing, written twice, once
 * against `period`. A rate with decimals or of two digits, or a count of three digits or more, and two content words in
 * a row of what changes named in both.
 */
export function sameChangeAgainst(paragraphs: Paragraph[], text: string, clauseStart: number, at: number, period: PeriodRef): StatedValue | undefined {
  const head = text.slice(clauseStart, at);
  // A rate with decimals or of two digits, or a count of three digits or more and its noun: neither recurs by chance.
  const change = /(tăng|giảm)\s+(\d+(?:,\d+)?\s*%|\d{1,3}(?:\.\d{3})+(?![,\d])|\d{3}(?![,.\d]))(\s+[\p{L}]+(?:\s+[\p{L}]+)?)?\s*$/iu.exec(head);
  if (!change || (change[2].endsWith('%') ? !change[2].includes(',') && change[2].length < 3 : !change[3])) return undefined;
  // Two content words in a row name what changed; the words of comparing and of periods name nothing.
  const content = (phrase: string) => wordsIn(phrase.replace(/\d[\d.,]*/gu, ' ')).filter((w) => !COMPARING.has(w));
  const pairs = (words: string[]) => new Set(words.slice(1).map((w, i) => `${words[i]} ${w}`));
  const subject = pairs(content(head.slice(0, change.index)));
  const amount = change[2].replace(/\s+/gu, '\\s*').replace(/\./gu, '\\.') + (change[2].endsWith('%') ? '' : '(?![\\d.,])');
  // Written with the period after it ("tăng 23,6% so với năm 2023") or before it ("so với nhiệm kỳ 2013 - 2018 (26.874
  // đoàn viên), tăng 4.586 đoàn viên").
  const after = new RegExp(`(?<![\\p{L}])${change[1]}\\s+${amount}[^.;()]{0,40}?so với\\s+(?:cùng kỳ\\s+)?(?:${period.mention})`, 'giu');
  const before = new RegExp(`so với\\s+(?:cùng kỳ\\s+)?(?:${period.mention})\\s*(?:\\([^()]*\\))?\\s*,?\\s*(?:[\\p{L}]+\\s+){0,4}?${change[1]}\\s+${amount}`, 'giu');
  for (const [p, para] of paragraphs.entries()) {
    for (const m of [...para.text.matchAll(after), ...para.text.matchAll(before)]) {
      if (para.text === text && m.index! < at + 80 && m.index! + m[0].length > clauseStart) continue;
      const said = para.text.slice(sentenceAround(para.text, m.index!).start, m.index! + m[0].length);
      if ([...pairs(content(said))].some((w) => subject.has(w))) return { value: `${change[1]} ${change[2]}`, p };
    }
  }
  return undefined;
}

const COMPARING = new Set(['so', 'với', 'tăng', 'giảm', 'bằng', 'năm', 'nhiệm', 'kỳ', 'giai', 'đoạn', 'cùng', 'và', 'là', 'có', 'của', 'được', 'đã', 'trong', 'đó', 'số', 'tổng']);

/** The first evidence that a comparison at `at` (its clause from `clauseStart`, its sentence from `start`) is held against the value of `period`. */
export function comparedWithValueOf(paragraphs: Paragraph[], p: number, start: number, clauseStart: number, at: number, end: number, period: PeriodRef): StatedValue | undefined {
  const text = paragraphs[p].text;
  return statedAs(paragraphs, text, end, period) ?? rateOf(paragraphs, text, start, at, period) ?? changeOf(paragraphs, p, clauseStart, at, period) ?? sameChangeAgainst(paragraphs, text, clauseStart, at, period);
}
