// A rate, then the earlier one labelled by its period, then the change between them, with no "so với": "Có 214/286 chi
// hội vững mạnh (74,83%), năm 2023 là 198/285 chi hội (69,47%), tăng 7,72 điểm phần trăm", "tỷ lệ 74,83% (năm 2023:
// 69,47%), tăng 5,36 điểm", "đạt 98,72% (cùng kỳ năm 2024 đạt 96,85%), tăng 1,78 điểm phần trăm". The change speaks of
// the two rates it follows: the label says which is the earlier.
import { sentenceAround } from './periods';
import { signOf } from './phrases';
import { CHANGE } from './rate-changes';
import { Token, tokenize } from './tokens';

export interface LabelledChange {
  current: Token;
  previous: Token;
  delta: Token;
  sign: 1 | -1;
  /** The earlier period as the label names it ("năm 2023", "năm trước"). */
  period: string;
  pointsOnly: boolean;
}

// The earlier rate's label, and what may stand between it and the rate: a fraction with its noun ("198/285 chi hội (").
// The label may say the earlier rate was reached ("(cùng kỳ năm 2024 đạt 96,85%)").
const PERIOD = String.raw`năm\s+(?:19|20)\d{2}|năm trước|đầu năm|kỳ trước|đầu nhiệm kỳ|cùng kỳ(?:\s+năm\s+(?:19|20)\d{2})?`;
const LABEL = new RegExp(String.raw`(?<![\p{L}])(${PERIOD})\s*(?:là|:|đạt)\s*(?:[\d/.,]+\s+[\p{L} ]{1,30}\(\s*)?$`, 'iu');
// All three in one parenthesis after a count, the earlier rate last: "6.215 người (33,34%, tăng 3,35% so với năm 2020 là
// 29,81%)".
const ONE_PAREN = new RegExp(String.raw`\(\s*(\d[\d,]*\s*%)\s*,\s*(tăng|giảm)\s+(\d[\d,]*)\s*(điểm phần trăm|điểm %|%)\s*so với\s+(${PERIOD})\s*(?:là|:)\s*(\d[\d,]*\s*%)\s*\)`, 'giu');

export function labelledEarlierChanges(text: string): LabelledChange[] {
  const out: LabelledChange[] = [];
  const tokens = tokenize(text);
  for (const m of text.matchAll(CHANGE)) {
    // A change that names what it compares with ("so với …") is read by the readers of comparisons.
    if (/^\s*so với/iu.test(text.slice(m.index! + m[0].length))) continue;
    const delta = tokens.find((t) => t.start === m.index! + m[0].indexOf(m[2], m[1].length) && (t.kind === 'percent' || t.kind === 'count'));
    if (!delta?.value) continue;
    const start = sentenceAround(text, m.index!).start;
    const rates = tokens.filter((t) => t.kind === 'percent' && t.start >= start && t.end <= m.index!);
    const previous = rates.at(-1);
    const current = rates.at(-2);
    if (!previous?.value || !current?.value) continue;
    // The change follows the earlier rate at once: "(69,47%), tăng …".
    if (!/^\s*\)?\s*,\s*$/u.test(text.slice(previous.end, m.index!))) continue;
    const label = LABEL.exec(text.slice(current.end, previous.start));
    // Between the current rate and the label only its closing parenthesis and a comma, or an opening one.
    if (!label || !/^\s*\)?\s*[,(]\s*$/u.test(text.slice(current.end, current.end + label.index))) continue;
    // A rate labelled by a period of its own ("năm 2023 là 40,15%, năm 2024 là 42,57%, tăng 2,42%") is an item of a
    // series, which is read as one (the later year the current).
    if (/(?<![\p{L}])(?:năm\s+(?:19|20)\d{2}|năm trước|cùng kỳ)\s*(?:là|:|đạt)\s*$/iu.test(text.slice(start, current.start))) continue;
    out.push({ current, previous, delta, sign: signOf(m[1]), period: label[1], pointsOnly: m[3] !== '%' });
  }
  for (const m of text.matchAll(ONE_PAREN)) {
    const at = (s: string, from: number) => tokens.find((t) => t.start === m.index! + m[0].indexOf(s, from));
    const current = at(m[1], 0);
    const delta = at(m[3], m[0].indexOf(m[2]) + m[2].length);
    const previous = at(m[6], m[0].lastIndexOf(m[5]) + m[5].length);
    if (!current?.value || !previous?.value || !delta?.value || current === previous) continue;
    out.push({ current, previous, delta, sign: signOf(m[2]), period: m[5], pointsOnly: m[4] !== '%' });
  }
  return out;
}
