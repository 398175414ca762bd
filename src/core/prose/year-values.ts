// A series of yearly values and the changes written about them: "năm 2021 là 612, năm 2022 là 608, năm 2023 là 597;
// riêng năm 2023 giảm 11 so với năm 2022, giảm 15 so với năm 2021". A change whose clause names its own year speaks of
// that year's value, not of the last figure of the sentence; a change that follows it in the next clause, with no year
// of its own, keeps that year ("…, giảm 15 so với năm 2021" is still about 2023).
import { isComparisonFigure, Unit, unitAfter, unitsDiffer } from './phrases';
import type { Token } from './tokens';

const YEAR = /(?<![\p{L}\d])năm\s+((?:19|20)\d{2})(?!\d)/giu;

/**
 * The year a change at `at` is said of: "năm Y" in the change's own clause, right before the change with no figure
 * between; or, for a clause that is only the change, the year of a change in the clause before it. Years after
 * "so với" are compared with, never the subject.
 */
export function subjectYear(text: string, sentenceStart: number, at: number): string | undefined {
  const clauses = splitClauses(text.slice(sentenceStart, at));
  const own = clauses.at(-1) ?? '';
  const named = yearBeforeChange(own);
  if (named) return named;
  if (own.trim() !== '' || clauses.length < 2) return undefined;
  // ", giảm 15 … so với năm 2021" after "năm 2023 giảm 11 … so với năm 2022": the same subject.
  const previous = clauses.at(-2)!;
  const change = /^(.*?)(?<![\p{L}])(tăng|giảm)\s+\d[\d.,]*[^\d]*so với/iu.exec(previous);
  return change ? yearBeforeChange(change[1]) : undefined;
}

/** "riêng năm 2023 " → 2023: a year at the end of a clause's head, nothing counted after it. */
function yearBeforeChange(head: string): string | undefined {
  if (/so với/iu.test(head)) return undefined;
  const last = [...head.matchAll(YEAR)].at(-1);
  if (!last || /\d/.test(head.slice(last.index! + last[0].length))) return undefined;
  return last[1];
}

/** Clauses set off by semicolons and commas (not decimal commas), outside parentheses. */
export function splitClauses(s: string): string[] {
  const masked = s.replace(/\([^()]*\)/g, (x) => '_'.repeat(x.length));
  const out: string[] = [];
  let last = 0;
  for (const m of masked.matchAll(/;|,(?!\d)/g)) {
    out.push(s.slice(last, m.index!));
    last = m.index! + 1;
  }
  out.push(s.slice(last));
  return out;
}

/**
 * The value a year governs before `until`: the figure right after "năm Y" ("năm 2023 là 597", "năm 2021 kỷ luật 276
 * đảng viên"), in the same clause, not a change or a figure compared with, of a unit that agrees. The last such mention
 * wins; none, or a year named after "so với", gives nothing.
 */
export function valueOfYear(text: string, tokens: Token[], year: string, until: number, unit?: Unit, percent = false): Token | undefined {
  let found: Token | undefined;
  for (const y of text.slice(0, until).matchAll(YEAR)) {
    if (y[1] !== year || /so với\s*(cùng kỳ\s*)?$/iu.test(text.slice(0, y.index!))) continue;
    // "Năm 2024 có 45/50 ấp …": a fraction's part is the year's count too.
    const next = tokens.find((t) => t.start > y.index! + y[0].length && (t.kind === 'count' || t.kind === 'percent' || t.kind === 'fraction'));
    // A rate's series ("năm 2022 đạt 88,67%") gives the year's percentage, a count's series its count.
    if (!next || (next.kind === 'percent') !== percent || next.end > until || next.start - y.index! > 50) continue;
    if (/[;.()]|,(?!\d)/.test(text.slice(y.index!, next.start).replace(/\d\.\d/g, '')) || isComparisonFigure(text, next)) continue;
    if (unitsDiffer(unitAfter(text, next), unit)) continue;
    found = next;
  }
  return found;
}
