// A change of a count written as a percentage of the previous value: "đạt 225 triệu đồng, tăng 11,1% so với năm
// 2021 (200 triệu đồng/ha)", "tăng từ 25 người (năm 2018) lên 41 người (tăng 16 người, tăng 164%)". The percentage is
// (current − previous) / previous × 100; a percentage change of a share is read as points elsewhere (claims.ts).
import { speaksOf, unitAfter, unitsDiffer } from './phrases';
import { sentenceAround } from './periods';
import type { Token } from './tokens';

export interface RelativeChange {
  rate: Token;
  current: Token;
  previous: Token;
  sign: 1 | -1;
}

export function relativeChanges(text: string, tokens: Token[]): RelativeChange[] {
  const out: RelativeChange[] = [];
  const measure = (t: Token) => t.kind === 'count';
  // "tăng 11,1% so với năm 2021 (200 …)": the previous value in the parenthesis after the comparison.
  for (const m of text.matchAll(/(tăng|giảm)\s+(\d[\d,]*\s*%)\s*so với\s+(?:[^().;\d]|(?:19|20)\d{2}){1,40}?\(\s*(\d[\d.,]*)/giu)) {
    const rate = tokens.find((t) => t.kind === 'percent' && t.start === m.index! + m[0].indexOf(m[2]));
    const previous = tokens.find((t) => measure(t) && t.start === m.index! + m[0].lastIndexOf(m[3]));
    if (!rate || !previous?.value || previous.value.equals(0)) continue;
    const { start } = sentenceAround(text, m.index!);
    const current = tokens.filter((t) => measure(t) && t.start >= start && t.end <= m.index! && speaksOf(text, t.end, m.index!) && !unitsDiffer(unitAfter(text, t), unitAfter(text, previous)) && !/(tăng|giảm|gấp)\s*$/iu.test(text.slice(Math.max(0, t.start - 8), t.start))).at(-1);
    // The figure before must be the clause's own value: a share before the change makes it a change of shares.
    if (!current || tokens.some((t) => t.kind === 'percent' && t.start > current.end && t.end <= m.index!)) continue;
    out.push({ rate, current, previous, sign: m[1].toLowerCase() === 'giảm' ? -1 : 1 });
  }
  // "từ 25 người (năm 2018) lên 41 người (tăng 16 người, tăng 164%)": the rate beside the change of a from-to.
  for (const m of text.matchAll(/từ\s+(\d[\d.,]*)(?:\s*\([^()]*\)|[^\d.;()]|(?:19|20)\d{2}){0,40}?(?:xuống còn|giảm còn|còn|xuống|lên|tăng lên)\s+(\d(?:[\d.,]*\d)?)[^().;\d]{0,20}\(\s*(?:tăng|giảm)\s+\d[\d.,]*[^,()]*,\s*(tăng|giảm)\s+(\d[\d,]*\s*%)\s*\)/giu)) {
    const previous = tokens.find((t) => measure(t) && t.start === m.index! + m[0].indexOf(m[1]));
    const current = tokens.find((t) => measure(t) && t.start === m.index! + m[0].indexOf(m[2], m[0].indexOf(m[1]) + m[1].length));
    const rate = tokens.find((t) => t.kind === 'percent' && t.start === m.index! + m[0].lastIndexOf(m[4]));
    if (!previous?.value || previous.value.equals(0) || !current || !rate) continue;
    out.push({ rate, current, previous, sign: m[3].toLowerCase() === 'giảm' ? -1 : 1 });
  }
  return out;
}
