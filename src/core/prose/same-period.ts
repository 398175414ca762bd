// "so với cùng kỳ năm 2022" in a report on 2024: the same period of last year is of the year before the claim's own.
// The claim's year is the one its sentence names (not after "so với"), else the one its paragraph opens with; the
// report's year (the year its title reviews, else the year its text names most, by far) stands in only when no other
// year competes with it.
import { sentenceAround, termsIn } from './periods';
import type { Paragraph } from './document';
import { comparedWithValueOf, yearRef } from './period-values';
import { reportPeriod, titleYear } from './report-period';

export interface SamePeriodSlip {
  p: number;
  at: number;
  end: number;
  named: string;
  expected: string;
  own: string;
  certain: boolean;
  /** The value compared with, stated elsewhere as the value of the year expected: the year named is then a slip. */
  stated?: { value: string; p: number };
}

// So is a part of a year named with its year when its parenthesis calls it "cùng kỳ" ("so với 9 tháng năm 2022 (cùng kỳ:
// 168,30 tỷ đồng)").
// A part of a year named by itself ("so với 6 tháng đầu năm 2023", "so với 9 tháng năm 2022") is the same period too: a
// report compares its first half or nine months with those of the year before.
const SAME_PERIOD = /so với\s+(?:cùng kỳ\s+năm\s+((?:19|20)\d{2})(?!\d)|(?:(?:6|9|sáu|chín)\s+tháng(?:\s+đầu)?|quý\s+[IV]+)\s+năm\s+((?:19|20)\d{2})(?![\d/]|\s*[-–]\s*\d))/giu;
const YEAR = /(?<![\d/])((?:19|20)\d{2})(?![\d/])/gu;

/** Years a text names as its own: not after "so với", not inside a date range's start ("từ năm"), not in a term. */
function ownYears(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(YEAR)) {
    const head = text.slice(Math.max(0, m.index! - 30), m.index!);
    if (/so với[^,;.]*$|từ\s*(năm\s*)?$|[-–]\s*$/iu.test(head) || /^\s*[-–]\s*\d{4}/u.test(text.slice(m.index! + 4))) continue;
    // "(giá so sánh 2010)": the base year of constant prices, not the figure's.
    if (/giá\s+(?:so sánh|cố định)\s*(?:năm\s*)?$/iu.test(head)) continue;
    // "1.538 hồ sơ (năm 2023: 1.381 hồ sơ)": a year labelling a value in parentheses after a figure is the year compared with.
    if (/\(\s*(?:cùng kỳ\s+)?năm\s*$/iu.test(head) && /^\s*:/u.test(text.slice(m.index! + 4))) continue;
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
  // A report on a part of a year ("6 tháng đầu năm 2025") compares with that part of the year before.
  const reportYear = reportYearOf(paragraphs).year ?? titleYear(paragraphs);
  const out: SamePeriodSlip[] = [];
  paragraphs.forEach((para, p) => {
    for (const m of para.text.matchAll(SAME_PERIOD)) {
      const named = m[1] ?? m[2];
      const sentence = sentenceAround(para.text, m.index!);
      const inSentence = ownYears(para.text.slice(sentence.start, m.index!)).at(-1);
      const lead = LEAD_YEAR.exec(para.text)?.[1];
      // With no year of its own known, the value compared with, stated elsewhere as the next year's ("Số liệu 9 tháng năm
      // 2023: 31,5 triệu lượt truy cập"), says the year named is a slip of that one.
      const next = String(Number(named) + 1);
      const clause = Math.max(sentence.start, para.text.lastIndexOf(';', m.index!) + 1);
      const evidence = (year: string) => comparedWithValueOf(paragraphs, p, sentence.start, clause, m.index!, m.index! + m[0].length, yearRef(year));
      const own = inSentence ?? lead ?? reportYear ?? (evidence(next) ? String(Number(next) + 1) : undefined);
      if (!own) continue;
      const expected = String(Number(own) - 1);
      if (expected === named) continue;
      // A part of the year named by itself, of the claim's own year ("Sáu tháng cuối năm 2024 … so với 6 tháng đầu năm
      // 2024"), or beside another part the sentence names ("quý III … so với 6 tháng đầu năm …"), is the period before, not the
      // same one.
      if (m[2] && (named === own || /(?<![\p{L}])(?:cuối năm|tháng cuối|quý\s+[IV]+|tháng\s+\d)/iu.test(para.text.slice(sentence.start, m.index!)))) continue;
      const stated = evidence(expected);
      out.push({ p, at: m.index!, end: m.index! + m[0].length, named, expected, own, certain: !!(inSentence ?? lead) || !!reportYear || !!stated, stated });
    }
  });
  return out;
}

// "tăng 356,7 triệu đồng (9,08%) so với năm 2021" in a sentence of 2023: a year compared with is most often the year
// before the claim's own. Unlike "cùng kỳ", "năm 2021" may be chosen on purpose (a base year the text does not call
// one), so another year is said as a doubt to check — an error only when the value compared with is stated elsewhere as
// the value of the year before; the start of a term or stage the report names, "đầu nhiệm kỳ" or a series of years are
// not even that.
// "so với cuối năm 2022 (63.118 tỷ đồng)": a balance at the end of a year is compared with as that year.
const PREVIOUS_YEAR = /so với\s+(?:(?:ước\s+)?(?:thực hiện|kết quả)\s+|cuối\s+)?năm\s+((?:19|20)\d{2})(?![\d/]|\s*[-–]\s*\d)/giu;
// An average is a base only where the sentence compares with it ("so với bình quân chung của tỉnh"), not where it
// names what is counted ("Thu nhập bình quân 11,82 triệu đồng").
const OTHER_BASE = /đầu nhiệm kỳ|đầu giai đoạn|năm đầu|năm gốc|so với\s+(?:mức\s+)?(?:bình quân|trung bình)|giai đoạn trước|nhiệm kỳ trước/iu;

export interface YearComparison extends SamePeriodSlip {
  /** The year named is the one before the claim's. */
  right: boolean;
  /** How many times the report compares with the year before, when this year two back is named once only. */
  carried?: number;
}

/** Every "so với năm Y" whose claim's own year is known, with whether Y is the year before it. */
export function yearComparisons(paragraphs: Paragraph[]): YearComparison[] {
  // A report over several years (a term, a stage, a ten-year review) compares its last year with its first on purpose.
  const { year: reportYear, titled } = reportYearOf(paragraphs);
  if (!reportYear) return [];
  // A year that starts a term, stage or school year the report names may be compared with on purpose.
  const starts = new Set(paragraphs.flatMap((p) => termsIn(p.text).map((t) => String(t.start))));
  // How often the report compares with each year: its habit.
  const habit = new Map<string, number>();
  for (const para of paragraphs) for (const m of para.text.matchAll(PREVIOUS_YEAR)) habit.set(m[1], (habit.get(m[1]) ?? 0) + 1);
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
      if (!right && Number(m[1]) >= Number(own)) continue;
      const stated = right ? undefined : comparedWithValueOf(paragraphs, p, sentence.start, clause, m.index!, m.index! + m[0].length, yearRef(expected));
      // Unless the value compared with is the year before's, written so elsewhere, a year that opens a stage or a series
      // may be compared with on purpose.
      if (!right && !stated && (starts.has(m[1]) || ownYears(para.text).includes(m[1]))) continue;
      // A report that compares with the year before again and again, and once only with the year two back, carried that
      // sentence over from last year's report: the year was not moved on.
      const carried = !right && Number(own) - Number(m[1]) === 2 && (habit.get(expected) ?? 0) >= 3 && habit.get(m[1]) === 1 ? habit.get(expected) : undefined;
      out.push({ p, at: m.index!, end: m.index! + m[0].length, named: m[1], expected, own, certain: !!stated || !!carried, right, stated, carried });
    }
  });
  return out;
}
