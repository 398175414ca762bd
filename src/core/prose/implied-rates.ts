// A change written with its rate and no value compared with: "trực tuyến 104.560 hồ sơ, đạt 79,45%, tăng 7.769 hồ sơ
// (7,93%) so với quý III", "ban hành 146 quyết định, tăng 25 quyết định, tương ứng tăng 20,66%". The value compared
// with is the value reached less the change, so the rate is the change over that difference: three written figures
// that must agree with one another.
import { isComparisonFigure, nounAfter, speaksOf, unitAfter } from './phrases';
import { sentenceAround } from './periods';
import type { Token } from './tokens';

export interface ImpliedRate {
  current: Token;
  change: Token;
  rate: Token;
  sign: 1 | -1;
  /** "tăng 03 cuộc và bằng 110,71% so với năm 2024": the value reached over the value compared with, not the change over it. */
  index?: true;
}

// The change may name what it is compared with and nothing more ("tăng 1.210 triệu đồng so với dự toán năm 2024, tương ứng
// tăng 6,49%"): the value compared with is still the value reached less the change.
const CHANGE_WITH_RATE = /(tăng|giảm)\s+(\d[\d.,]*)((?:\s+[\p{L}]+){1,3}?)\s*(?:\(\s*(\d[\d,]*\s*%)\s*\)|(?:so với(?:\s+[\p{L}]+){0,4}?(?:\s+(?:19|20)\d{2}(?:\s*-\s*(?:19|20)\d{2})?)?\s*)?,\s*(?:tương ứng\s+|tức là\s+|tức\s+|hay\s+)?(tăng|giảm)\s+(\d[\d,]*\s*%)(?!\s*điểm))/giu;

// "Triển khai 31 cuộc điều tra, tăng 03 cuộc và bằng 110,71% so với năm 2024": the change and the so sánh of one comparison.
const CHANGE_WITH_INDEX = /(tăng|giảm)\s+(\d[\d.,]*)((?:\s+[\p{L}]+){1,3}?)\s*(?:,\s*|\s)(?:và\s+)?(?:bằng|đạt)\s+(\d[\d,]*\s*%)\s*(?=so với|cùng kỳ)/giu;

export function impliedRates(text: string, tokens: Token[]): ImpliedRate[] {
  const out: ImpliedRate[] = [];
  const matches = [...[...text.matchAll(CHANGE_WITH_RATE)].map((m) => ({ m, index: false })), ...[...text.matchAll(CHANGE_WITH_INDEX)].map((m) => ({ m, index: true }))];
  for (const { m, index } of matches) {
    if (m[5] && m[5].toLowerCase() !== m[1].toLowerCase()) continue;
    // "tăng từ 25 lên 41 người (tăng 16 người, tăng 164%)": read with its values elsewhere.
    if (/(?<![\p{L}])từ\s*$/iu.test(text.slice(Math.max(0, m.index! - 6), m.index!))) continue;
    const change = tokens.find((t) => t.kind === 'count' && t.start === m.index! + m[0].indexOf(m[2], m[1].length));
    const rateText = m[4] ?? m[6];
    const rate = tokens.find((t) => t.kind === 'percent' && t.start === m.index! + m[0].lastIndexOf(rateText));
    // What the change counts: its unit, or the noun written after it ("7.769 hồ sơ"); the value reached counts that too.
    const noun = change && (unitAfter(text, change)?.word ?? nounAfter(text, change.end));
    if (!change?.value || !rate?.value || !noun) continue;
    const counts = (t: Token) => (unitAfter(text, t)?.word ?? '') === noun || text.slice(t.end).trimStart().toLowerCase().startsWith(noun);
    // The value reached: the sentence's last figure of the change's own unit before it, not itself a change or a value
    // compared with, at the change's level of parentheses.
    const { start } = sentenceAround(text, m.index!);
    const current = tokens
      .filter((t) => t.kind === 'count' && t.value && t.start >= start && t.end <= m.index! && speaksOf(text, t.end, m.index!) && counts(t) && !isComparisonFigure(text, t))
      .at(-1);
    if (!current) continue;
    const sign = m[1].toLowerCase() === 'giảm' ? -1 : 1;
    // "tăng 4.218 người, bằng 4,48% so với …": a so sánh of a rise is above 100 %; below it, "bằng" says the change's rate.
    const asIndex = index && rate.value.compare(100) * sign > 0;
    out.push({ current, change, rate, sign, ...(asIndex ? { index: true as const } : {}) });
  }
  return out;
}
