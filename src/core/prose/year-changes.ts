// A change said of one year of a series against another year of it: "(năm 2018: 312 vụ việc; năm 2019: 405; …). Số vụ
// việc tăng đều qua các năm, năm 2019 tăng 93 vụ việc so với năm trước; riêng năm 2022 tăng 40,60% so với năm liền
// kề". The clerk takes the value the series gives the year the change is said of and the value it gives the year
// compared with ("năm trước", "năm liền kề": the year before). Read only where each year governs one value of the
// change's unit.
import { unitAfter, unitsDiffer } from './phrases';
import { sentenceAround } from './periods';
import { subjectYear } from './year-values';
import type { Token } from './tokens';

export interface YearChange {
  current: Token;
  previous: Token;
  /** A count changed by ("tăng 93 vụ việc"), or a percentage of the earlier value ("tăng 40,60%"). */
  delta: Token;
  sign: 1 | -1;
}

const CHANGE = /(?<![\p{L}])(tăng|giảm)\s+(\d[\d.,]*)\s*%?[^\d,;.()%]{0,20}?\s*so với\s+năm\s+(trước|liền kề|liền trước|(?:19|20)\d{2})(?![\d\p{L}])/giu;

export function yearChanges(text: string, tokens: Token[]): YearChange[] {
  const out: YearChange[] = [];
  for (const m of text.matchAll(CHANGE)) {
    const subject = subjectYear(text, sentenceAround(text, m.index!).start, m.index!);
    if (!subject) continue;
    const compared = /^\d/.test(m[3]) ? m[3] : String(Number(subject) - 1);
    if (compared === subject) continue;
    const delta = tokens.find((t) => t.start === m.index! + m[0].indexOf(m[2], m[1].length) && (t.kind === 'count' || t.kind === 'percent'));
    if (!delta?.value) continue;
    // A percentage changes a count by its share of the earlier one; a count carries its unit.
    const unit = delta.kind === 'count' ? unitAfter(text, delta) : undefined;
    const current = valueOf(text, tokens, subject, m.index!, unit);
    const previous = valueOf(text, tokens, compared, m.index!, unit);
    if (!current || !previous?.value || previous.value.equals(0)) continue;
    if (unitsDiffer(unitAfter(text, current), unitAfter(text, previous))) continue;
    out.push({ current, previous, delta, sign: m[1].toLowerCase() === 'giảm' ? -1 : 1 });
  }
  return out;
}

// A year's value in the series: "năm 2019: 405", "năm 2019 là 405", "năm 2019 đạt 405", "năm 2019 có 405" — a year
// compared with is none. Not year-values.ts's valueOfYear: that takes the figure a year governs in its own clause and
// refuses one in a comparison's parenthesis, and a series written in a parenthesis ("(năm 2018: 312; năm 2019: 405)")
// reads there as one.
const VALUED = /(?<![\p{L}\d])năm\s+((?:19|20)\d{2})\s*(?::|là|đạt|có)\s*(?=\d)/giu;

/** The one count the series gives a year before `until`, in a unit that agrees; none or two, and nothing. */
function valueOf(text: string, tokens: Token[], year: string, until: number, unit: ReturnType<typeof unitAfter>): Token | undefined {
  const found = new Map<string, Token>();
  for (const y of text.slice(0, until).matchAll(VALUED)) {
    if (y[1] !== year || /so với\s*(?:cùng kỳ\s*)?$/iu.test(text.slice(0, y.index!))) continue;
    const t = tokens.find((x) => x.start === y.index! + y[0].length && x.kind === 'count' && x.value);
    if (t && t.end <= until && !unitsDiffer(unitAfter(text, t), unit)) found.set(t.value!.toString(), t);
  }
  return found.size === 1 ? [...found.values()][0] : undefined;
}
