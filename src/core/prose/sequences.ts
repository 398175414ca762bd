// A change written beside one value of a series, against the value before it in the series: "năm 2021 kết nạp 118;
// năm 2022 kết nạp 127 (tăng 09 đảng viên)", "năm 2022 là 92,87%, năm 2023 là 93,40% (tăng 0,53%)", and the
// previous value written in the same parenthesis: "466/507, đạt 91,91% (năm 2022: 91,60%, tăng 0,31%)". A change
// that names what it is compared with ("tăng 05 so với …") is read elsewhere, by what it names.
import { unitAfter, unitsDiffer } from './phrases';
import type { Token } from './tokens';

export interface SequenceChange {
  current: Token;
  previous: Token;
  delta: Token;
  sign: 1 | -1;
  /** The period of the previous value. */
  year: string;
  /** The so sánh of the two written after the change: "tăng 26 đảng viên (bằng 118,18%)". */
  ratio?: Token;
}

export function sequenceChanges(text: string, tokens: Token[]): SequenceChange[] {
  const out: SequenceChange[] = [];
  const figure = (t: Token) => t.kind === 'count' || t.kind === 'percent';
  for (const m of text.matchAll(/\(\s*(?:năm\s+((?:19|20)\d{2})\s*:\s*(\d[\d.,]*\s*%?)\s*,\s*)?(tăng|giảm)\s+(\d[\d.,]*\s*%?)[^()]*\)/giu)) {
    if (/so với/iu.test(m[0])) continue;
    const open = m.index!;
    const delta = tokens.find((t) => figure(t) && t.start === open + m[0].indexOf(m[4], m[0].indexOf(m[3]) + m[3].length));
    // The value the change is written beside: the figure right before the parenthesis.
    const current = tokens.filter((t) => t.end <= open && figure(t)).at(-1);
    if (!delta || !current || !/^\s*[\p{L} ]{0,25}$/u.test(text.slice(current.end, open)) || (current.kind === 'percent') !== (delta.kind === 'percent')) continue;
    const sign = m[3].toLowerCase() === 'giảm' ? -1 : 1;
    if (m[1]) {
      const previous = tokens.find((t) => figure(t) && t.start === open + m[0].indexOf(m[2]));
      if (previous && previous.kind === current.kind) out.push({ current, previous, delta, sign, year: m[1] });
      continue;
    }
    // The series: "năm Y" governs the current value; the previous value is the one "năm Y − 1" governs before it.
    const own = [...text.slice(Math.max(0, current.start - 40), current.start).matchAll(/năm\s+((?:19|20)\d{2})/giu)].at(-1);
    if (!own) continue;
    const year = String(Number(own[1]) - 1);
    let previous: Token | undefined;
    for (const y of text.slice(0, current.start).matchAll(new RegExp(`năm\\s+${year}(?!\\d)`, 'giu'))) {
      const next = tokens.find((t) => t.start > y.index! && t.end <= current.start && figure(t));
      if (next && next.kind === current.kind && next.start - y.index! < 50 && !/[.;(]/.test(text.slice(y.index!, next.start).replace(/\d\.\d/g, '')) && !unitsDiffer(unitAfter(text, next), unitAfter(text, current))) previous = next;
    }
    if (previous) out.push({ current, previous, delta, sign, year });
  }
  // "năm 2023 là 143 đảng viên, năm 2024 là 169 đảng viên, tăng 26 đảng viên (bằng 118,18%)": the change in the clause
  // after the series' last value, against the value of the year before, with the two's so sánh after it.
  for (const m of text.matchAll(/năm\s+((?:19|20)\d{2})\s*(?:là|:)\s*(\d[\d.,]*)[^\d.;()]{0,25}?,\s*năm\s+((?:19|20)\d{2})\s*(?:là|:)\s*(\d[\d.,]*)([^\d.;()]{0,25}?),\s*(tăng|giảm)\s+(\d[\d.,]*)([^\d.;()]{0,25})(?:\(\s*bằng\s+(\d[\d,]*\s*%)\s*\))?/giu)) {
    if (Number(m[3]) !== Number(m[1]) + 1 || /^\s*so với/iu.test(text.slice(m.index! + m[0].length))) continue;
    const at = (s: string, from: number) => tokens.find((t) => t.kind === 'count' && t.value && t.start === m.index! + m[0].indexOf(s, from));
    const previous = at(m[2], m[0].indexOf(m[1]) + 4);
    const current = at(m[4], m[0].indexOf(m[3], m[0].indexOf(m[2]) + m[2].length) + 4);
    const delta = at(m[7], m[0].indexOf(m[6], m[0].indexOf(m[4]) + m[4].length) + m[6].length);
    if (!previous || !current || !delta || out.some((o) => o.delta === delta)) continue;
    if (unitsDiffer(unitAfter(text, previous), unitAfter(text, current)) || unitsDiffer(unitAfter(text, delta), unitAfter(text, current))) continue;
    const ratio = m[9] ? tokens.find((t) => t.kind === 'percent' && t.start === m.index! + m[0].lastIndexOf(m[9])) : undefined;
    out.push({ current, previous, delta, sign: m[6].toLowerCase() === 'giảm' ? -1 : 1, year: m[1], ratio });
  }
  return out;
}
