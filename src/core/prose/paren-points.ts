// A rate, the earlier rate beside it in a parenthesis, and the change between them: "thu 11.104/11.248 nhật ký, đạt
// 98,72% (cùng kỳ năm 2024 đạt 96,85%), tăng 1,78 điểm phần trăm", or all three in one parenthesis after a count: "6.215
// người (33,34%, tăng 3,35% so với năm 2020 là 29,81%)". The clerk subtracts the two rates the text puts side by side.
import type { Token } from './tokens';

export interface ParenPoints {
  current: Token;
  previous: Token;
  delta: Token;
  sign: 1 | -1;
  /** The period of the earlier rate, as the text names it ("2024", "cùng kỳ"). */
  period: string;
  pointsOnly: boolean;
}

const PERIOD = String.raw`(?:cùng kỳ(?:\s+năm\s+((?:19|20)\d{2}))?|năm\s+((?:19|20)\d{2})|năm trước|đầu năm|kỳ trước|đầu nhiệm kỳ)`;
const RATE = String.raw`(\d[\d,]*\s*%)`;
const DELTA = String.raw`(tăng|giảm)\s+(\d[\d,]*)\s*(điểm phần trăm|điểm %|%)`;

export function parenPoints(text: string, tokens: Token[]): ParenPoints[] {
  const out: ParenPoints[] = [];
  const percentAt = (at: number) => tokens.find((t) => t.kind === 'percent' && t.start === at);
  const deltaAt = (at: number) => tokens.find((t) => (t.kind === 'percent' || t.kind === 'count') && t.start === at);
  const push = (m: RegExpMatchArray, current: string, previous: string, verb: string, delta: string, unit: string, year: string | undefined) => {
    const c = percentAt(m.index! + m[0].indexOf(current));
    const p = percentAt(m.index! + m[0].lastIndexOf(previous));
    const d = deltaAt(m.index! + m[0].indexOf(`${verb} ${delta}`) + verb.length + 1);
    if (!c || !p || !d || c === p) return;
    const named = /^(cùng kỳ|năm trước|đầu năm|kỳ trước|đầu nhiệm kỳ)/iu.exec(m[0].slice(m[0].indexOf('(') + 1).trim())?.[1];
    out.push({ current: c, previous: p, delta: d, sign: verb.toLowerCase() === 'giảm' ? -1 : 1, period: year ?? named ?? '', pointsOnly: /điểm/iu.test(unit) });
  };
  // "98,72% (cùng kỳ năm 2024 đạt 96,85%), tăng 1,78 điểm phần trăm" — no "so với" after the change: it is of these two.
  for (const m of text.matchAll(new RegExp(String.raw`${RATE}\s*\(\s*${PERIOD}\s*(?:đạt|là|:)?\s*${RATE}\s*\)\s*,\s*${DELTA}(?!\s*so với)`, 'giu'))) {
    push(m, m[1], m[4], m[5], m[6], m[7], m[2] ?? m[3]);
  }
  // "(33,34%, tăng 3,35% so với năm 2020 là 29,81%)".
  for (const m of text.matchAll(new RegExp(String.raw`\(\s*${RATE}\s*,\s*${DELTA}\s*so với\s+${PERIOD}\s*(?:là|:)\s*${RATE}\s*\)`, 'giu'))) {
    push(m, m[1], m[7], m[2], m[3], m[4], m[5] ?? m[6]);
  }
  return out;
}
