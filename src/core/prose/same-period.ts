// "so với cùng kỳ năm 2022" in a report on 2024: the same period of last year is of the year before the claim's own.
// The claim's year is the one its sentence names (not after "so với"), else the one its paragraph opens with; the
// report's year (the year its title reviews, else the year its text names most, by far) stands in only when no other
// year competes with it.
import { sentenceAround } from './periods';
import type { Paragraph } from './document';
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

export function samePeriodSlips(paragraphs: Paragraph[]): SamePeriodSlip[] {
  const counts = new Map<string, number>();
  for (const para of paragraphs) for (const y of ownYears(para.text)) counts.set(y, (counts.get(y) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const titled = reportPeriod(paragraphs);
  const reportYear = titled?.kind === 'year' ? titled.label : ranked.length && ranked[0][1] >= 3 && (!ranked[1] || ranked[0][1] >= 3 * ranked[1][1]) ? ranked[0][0] : undefined;
  const out: SamePeriodSlip[] = [];
  paragraphs.forEach((para, p) => {
    for (const m of para.text.matchAll(SAME_PERIOD)) {
      const sentence = sentenceAround(para.text, m.index!);
      const inSentence = ownYears(para.text.slice(sentence.start, m.index!)).at(-1);
      const lead = /^\s*(?:[-–+•]\s*)?(?:trong\s+)?(?:6 tháng đầu\s+|9 tháng\s+|quý\s+[IV]+\s+)?năm\s+((?:19|20)\d{2})/iu.exec(para.text)?.[1];
      const own = inSentence ?? lead ?? reportYear;
      if (!own) continue;
      const expected = String(Number(own) - 1);
      if (expected === m[1]) continue;
      out.push({ p, at: m.index!, end: m.index! + m[0].length, named: m[1], expected, own, certain: !!(inSentence ?? lead) || !!reportYear });
    }
  });
  return out;
}
