// A change against another quarter or month of the same series, its value written in the paragraph: "quý I đạt 45,12 tỷ
// đồng, quý II đạt 41,81 tỷ đồng, giảm 3,31 tỷ đồng so với quý I". The clerk takes the value the text gives the period
// compared with and the value of the period the change is written beside. Read only where each period has one value
// of the change's unit; a change that is the gap to a third period of the series may name the wrong one, which is not
// this reading's to say.
import { sentenceAround } from './periods';
import { signOf, unitAfter, unitsDiffer } from './phrases';
import type { Token } from './tokens';

export interface SeriesChange {
  current: Token;
  previous: Token;
  delta: Token;
  sign: 1 | -1;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const PERIOD = String.raw`(quý|tháng)\s+(IV|I{1,3}|[1-4](?![\d/])|1[0-2](?![\d/])|[5-9](?![\d/]))`;
// A period's value: the figure right after its name ("quý I 12,84 tỷ đồng", "quý III đạt 14,06 tỷ đồng").
const VALUED = new RegExp(String.raw`(?<![\p{L}])${PERIOD}(?:\s*(?:đạt|là|:))?\s*`, 'giu');
// A change against a period of the series, not the same period of another year ("so với quý II năm 2024").
const CHANGE = new RegExp(String.raw`(tăng|giảm)\s+(\d[\d.,]*)[^,;.()\d%]{0,20}?\s*so với\s+${PERIOD}(?![\p{L}\d])(?!\s*(?:năm|cùng kỳ|\())`, 'giu');

/** "quý II" → "quý 2", "tháng 7" → "tháng 7". */
function periodKey(kind: string, n: string): string {
  const k = kind.toLowerCase();
  return `${k} ${ROMAN[n.toLowerCase()] ?? Number(n)}`;
}

export function periodSeriesChanges(text: string, tokens: Token[]): SeriesChange[] {
  const out: SeriesChange[] = [];
  const counts = tokens.filter((t) => t.kind === 'count' && t.value);
  const valued: { key: string; at: number; token: Token }[] = [];
  for (const m of text.matchAll(VALUED)) {
    if (/so với\s*$/iu.test(text.slice(0, m.index!))) continue;
    const token = counts.find((t) => t.start === m.index! + m[0].length);
    if (token) valued.push({ key: periodKey(m[1], m[2]), at: m.index!, token });
  }
  for (const m of text.matchAll(CHANGE)) {
    const delta = counts.find((t) => t.start === m.index! + m[0].indexOf(m[2], m[1].length));
    if (!delta) continue;
    const compared = periodKey(m[3], m[4]);
    const sentence = sentenceAround(text, m.index!);
    // The value the change is written beside: the last valued period before it in its sentence, no other figure between.
    const own = valued.filter((v) => v.at >= sentence.start && v.token.end <= delta.start).at(-1);
    if (!own || own.key === compared || counts.some((t) => t.start > own.token.end && t.end <= delta.start)) continue;
    const previous = valued.filter((v) => v.key === compared);
    if (previous.length !== 1) continue;
    const unit = unitAfter(text, own.token);
    if (unitsDiffer(unitAfter(text, previous[0].token), unit) || unitsDiffer(unitAfter(text, delta), unit)) continue;
    // The gap to a third period of the series ("tăng 10,83 so với quý II" where 10,83 is the gap to quý III): the period
    // named may be the slip, not the figure.
    const gap = (v: Token) => own.token.value!.sub(v.value!).abs();
    if (valued.some((v) => v.key !== compared && v.key !== own.key && !unitsDiffer(unitAfter(text, v.token), unit) && gap(v.token).equals(delta.value!)) && !gap(previous[0].token).equals(delta.value!)) continue;
    out.push({ current: own.token, previous: previous[0].token, delta, sign: signOf(m[1]) });
  }
  return out;
}
