// Changes that name what they change: "… còn 1.126 hộ nghèo và 1.487 hộ cận nghèo; so với đầu năm (1.398 hộ nghèo;
// 1.551 hộ cận nghèo), số hộ nghèo giảm 272 hộ, số hộ cận nghèo tăng 64 hộ", or "chi đầu tư phát triển 1.486,5 triệu
// đồng … chi đầu tư phát triển giảm 213,5 triệu đồng (cùng kỳ 1.720 triệu đồng)". A clerk matches each change to the
// value written with the same words, now and before; a change is read only when exactly one value of each period
// carries its words, so a near name ("hộ nghèo" beside "hộ cận nghèo") never stands in for another.
import { sentenceAround } from './periods';
import type { ParallelChange } from './parallel-changes';
import { insideParens, isComparisonFigure, unitAfter, unitsDiffer, wordsIn as words } from './phrases';
import type { Token } from './tokens';

const same = (a: string[], b: string[]) => a.length > 0 && a.length === b.length && a.every((w, i) => w === b[i]);
// Words that introduce a subject without naming it.
const LEAD = new Set(['riêng', 'số', 'tổng', 'trong', 'đó', 'còn', 'có', 'là', 'và', 'đạt', 'toàn', 'huyện', 'xã', 'tỉnh']);
const subject = (s: string) => {
  const w = words(s);
  while (w.length && LEAD.has(w[0])) w.shift();
  return w;
};

/** The words written right after a figure up to the clause's end ("1.126 hộ nghèo, …" → hộ nghèo). */
const after = (text: string, t: Token) => words(/^[^,;:()\d%]*?(?=\s+(?:và|với|của|trong|chiếm|đạt)\s|[,;:()\d%]|$)/u.exec(text.slice(t.end))![0]).slice(0, 6);
/** The words naming a figure before it, from its clause's start ("; chi đầu tư phát triển 1.486,5" → chi đầu tư phát triển). */
const before = (text: string, t: Token) => subject(/[^,;:()\d]*$/u.exec(text.slice(0, t.start))![0]);

// The period compared with, named without a value: "cùng kỳ", "cùng kỳ năm 2023", "năm 2023", "năm trước".
const EARLIER = String.raw`(?:cùng kỳ(?:\s+năm\s+(?:19|20)\d{2}|\s+năm trước)?|năm\s+(?:19|20)\d{2}|năm trước|kỳ trước)`;
const FORM_B = new RegExp(
  String.raw`([^,;.()\d]{2,60}?)\s*(tăng|giảm)\s+(\d[\d.,]*)[^,;.()\d]{0,20}?(?:\s*so với\s+${EARLIER}\s*\(\s*(?:${EARLIER}\s*(?::|là)\s*)?|\s*\(\s*(?:so với\s+)?${EARLIER}\s*(?::|là)?\s*)(\d[\d.,]*)[^()\d]{0,20}\)`,
  'giu',
);
const ITEM = /([^,;.()\d]{2,60}?)\s*(tăng|giảm)\s+(\d[\d.,]*)(?![\d.,]*\s*%)/giu;

export function subjectChanges(text: string, tokens: Token[]): ParallelChange[] {
  const out: ParallelChange[] = [];
  const counts = tokens.filter((t) => t.kind === 'count' && t.value);
  const at = (start: number) => counts.find((t) => t.start === start);
  // Form A: the earlier values in the comparison's parenthesis, the changes after it.
  for (const m of text.matchAll(/so với[^().;\d]{0,40}?(?:(?:19|20)\d{2}[^().;\d]{0,10})?\(([^()]*)\)\s*,?/giu)) {
    const open = m.index! + m[0].indexOf('(') + 1;
    const close = open + m[1].length;
    const sentence = sentenceAround(text, m.index!);
    const listEnd = sentence.end;
    const olds = counts.filter((t) => t.start >= open && t.end <= close);
    const nows = counts.filter((t) => t.start >= sentence.start && t.end <= m.index! && !insideParens(text, t.start, sentence.start) && !isComparisonFigure(text, t));
    const rest = text.slice(m.index! + m[0].length, listEnd);
    for (const item of rest.matchAll(ITEM)) {
      const name = subject(item[1]);
      if (name.length < 2) continue;
      const delta = at(m.index! + m[0].length + item.index! + item[0].lastIndexOf(item[3]));
      if (!delta) continue;
      const named = (t: Token) => same(after(text, t), name) || same(before(text, t), name);
      const previous = olds.filter(named);
      const current = nows.filter(named);
      if (previous.length !== 1 || current.length !== 1 || unitsDiffer(unitAfter(text, delta), unitAfter(text, current[0]))) continue;
      out.push({ current: current[0], previous: previous[0], delta, sign: item[2].toLowerCase() === 'giảm' ? -1 : 1 });
    }
  }
  // Form B: "<subject> giảm 213,5 triệu đồng (cùng kỳ 1.720 triệu đồng)", the current value named earlier in the paragraph.
  // The earlier period may be named by its year ("số tiền thi hành xong tăng 58.912 triệu đồng (năm 2023: 512.640 triệu
  // đồng)"); an amount's name may hold "tiền" where its value was written with its unit alone ("thi hành xong 584.275
  // triệu đồng"). The comparison may stand before the parenthesis ("Riêng tiền bán hàng tịch thu giảm 38,6 triệu đồng so
  // với cùng kỳ (176,2 triệu đồng)").
  for (const m of text.matchAll(FORM_B)) {
    const full = subject(m[1]);
    const name = /đồng/u.test(m[0].slice(m[0].indexOf(m[3]))) ? full.filter((w) => w !== 'tiền') : full;
    if (name.length < 2) continue;
    const delta = at(m.index! + m[0].indexOf(m[3], m[1].length + m[2].length));
    const previous = at(m.index! + m[0].lastIndexOf(m[4]));
    if (!delta || !previous) continue;
    // The value may be named by the narrower words of a list item ("(đường bộ 209 vụ, đường thủy nội địa 05 vụ)" for "tai
    // nạn đường thủy nội địa"): two words or more that end the change's name.
    const own = (t: Token) => before(text, t);
    const ends = (t: Token) => own(t).length >= 2 && same(name.slice(-own(t).length), own(t));
    const current = counts.filter((t) => t.end <= m.index! && !isComparisonFigure(text, t) && (same(own(t), name) || (name !== full && same(own(t).slice(-name.length), name)) || ends(t)));
    if (current.length !== 1 || unitsDiffer(unitAfter(text, delta), unitAfter(text, current[0])) || unitsDiffer(unitAfter(text, previous), unitAfter(text, current[0]))) continue;
    out.push({ current: current[0], previous, delta, sign: m[2].toLowerCase() === 'giảm' ? -1 : 1 });
  }
  // Form C: "So với năm 2023, số hộ có dịch giảm 37 hộ (83 hộ), số heo tiêu hủy giảm 1.924 con (3.228 con)": the sentence
  // opens on the period compared with, each change carries the earlier value in its parenthesis, in its own noun. The value
  // now is the one figure earlier in the paragraph counted in that noun; found by the noun alone, it is held to the change
  // only where the arithmetic closes or a keystroke explains the gap (byUnit).
  const noun = (t: Token) => /^\s*([\p{L}]+)/u.exec(text.slice(t.end))?.[1].toLowerCase();
  for (const m of text.matchAll(new RegExp(String.raw`(?:^|[.;:]\s*)So với\s+${EARLIER}\s*,`, 'giu'))) {
    const from = m.index! + m[0].length;
    const rest = text.slice(from, sentenceAround(text, from).end);
    for (const item of rest.matchAll(/(tăng|giảm)\s+(\d[\d.,]*)\s+[\p{L}]+(?:\s+[\p{L}]+)?\s*\(\s*(\d[\d.,]*)\s+[\p{L}]+(?:\s+[\p{L}]+)?\s*\)/gu)) {
      const delta = at(from + item.index! + item[0].indexOf(item[2], item[1].length));
      const previous = at(from + item.index! + item[0].lastIndexOf(item[3]));
      const unit = delta && noun(delta);
      if (!delta || !previous || !unit || noun(previous) !== unit) continue;
      const current = counts.filter((t) => t.end <= m.index! && noun(t) === unit && !isComparisonFigure(text, t) && !insideParens(text, t.start, 0));
      if (current.length !== 1 || out.some((x) => x.delta.start === delta.start)) continue;
      out.push({ current: current[0], previous, delta, sign: item[1].toLowerCase() === 'giảm' ? -1 : 1, byUnit: true });
    }
  }
  return out;
}

export interface OpenerRate {
  previous: Token;
  delta: Token;
  rate: Token;
  sign: 1 | -1;
}

/**
 * "So với năm 2023 (213 vụ việc), số vụ việc tiếp nhận tăng 25 vụ (11,73%)": a sentence opening on the value it compares
 * with, then a change of that unit and its rate. The rate is the change over that value, whatever the current value.
 */
export function openerRates(text: string, tokens: Token[]): OpenerRate[] {
  const out: OpenerRate[] = [];
  for (const m of text.matchAll(/(?:^|[.;:]\s*)So với[^().;\d]{0,40}?(?:(?:19|20)\d{2}[^().;\d]{0,10})?\(\s*(\d[\d.,]*)([^()]{0,30})\)\s*,([^.;()]{0,80}?)(tăng|giảm)\s+(\d[\d.,]*)[^.;()\d]{0,20}\(\s*(\d[\d,]*\s*%)\s*\)/gu)) {
    const base = m.index! + m[0].indexOf('So với');
    const previous = tokens.find((t) => t.kind === 'count' && t.start === m.index! + m[0].indexOf(m[1], base - m.index!));
    const deltaAt = m.index! + m[0].length - m[0].slice(m[0].lastIndexOf(m[4])).length + m[4].length;
    const delta = tokens.find((t) => t.kind === 'count' && t.start >= deltaAt && t.text === m[5]);
    const rate = tokens.find((t) => t.kind === 'percent' && t.start === m.index! + m[0].lastIndexOf(m[6]));
    // One comparison's figure, and the change counting what it counts.
    if (!previous?.value || !delta?.value || !rate?.value || previous.value.equals(0)) continue;
    if (tokens.some((t) => t.kind === 'count' && t.start > previous.end && t.end < m.index! + m[0].indexOf(')', previous.end - m.index!))) continue;
    if (unitsDiffer(unitAfter(text, delta), unitAfter(text, previous))) continue;
    out.push({ previous, delta, rate, sign: m[4] === 'giảm' ? -1 : 1 });
  }
  return out;
}

/**
 * "So với năm 2022 (151 người chết, 182 người bị thương), giảm 22 vụ (giảm 9,32%), giảm 13 người chết (giảm 8,60%), …":
 * the values compared with listed in the opening parenthesis, each change with its rate after it; a change is read
 * against the one value written with the same noun after it, and only that one.
 */
export function openerListRates(text: string, tokens: Token[]): OpenerRate[] {
  const out: OpenerRate[] = [];
  const noun = (at: number) => words(/^[^,;()\d%]*/u.exec(text.slice(at))![0]).slice(0, 4);
  for (const m of text.matchAll(/(?:^|[.;:]\s*)So với[^().;\d]{0,40}?(?:(?:19|20)\d{2}[^().;\d]{0,10})?\(([^()]*)\)\s*,/gu)) {
    const open = m.index! + m[0].indexOf('(');
    const close = open + m[1].length + 1;
    const olds = tokens.filter((t) => t.kind === 'count' && t.value && t.start > open && t.end < close);
    if (olds.length < 2) continue;
    const end = sentenceAround(text, close).end;
    const rest = text.slice(close, end);
    for (const item of rest.matchAll(/(tăng|giảm)\s+(\d[\d.,]*)\s+([\p{L}][\p{L} ]{1,30}?)\s*\(\s*(?:tăng|giảm)?\s*(\d[\d,]*\s*%)\s*\)/gu)) {
      const deltaAt = close + item.index! + item[0].indexOf(item[2], item[1].length);
      const delta = tokens.find((t) => t.kind === 'count' && t.start === deltaAt);
      const rate = tokens.find((t) => t.kind === 'percent' && t.start === close + item.index! + item[0].lastIndexOf(item[4]));
      const name = words(item[3]);
      const previous = olds.filter((t) => same(noun(t.end), name));
      if (!delta?.value || !rate?.value || previous.length !== 1 || previous[0].value!.equals(0)) continue;
      out.push({ previous: previous[0], delta, rate, sign: item[1] === 'giảm' ? -1 : 1 });
    }
  }
  return out;
}

/**
 * "…; còn 286 hộ chưa nhận tiền, … So với đầu năm (342 hộ chưa nhận tiền), số hộ tồn đọng tăng 56 hộ": a sentence opening
 * on the value it compares with, named by a noun phrase of two words or more; the value now is the one figure before it
 * in the paragraph written with the same noun phrase.
 */
export function openerChanges(text: string, tokens: Token[]): ParallelChange[] {
  const out: ParallelChange[] = [];
  for (const m of text.matchAll(/(?:^|[.;:]\s*)So với[^().;\d]{0,40}?(?:(?:19|20)\d{2}[^().;\d]{0,10})?\(\s*(\d[\d.,]*)\s+([\p{L}][\p{L} ]{2,40}?)\s*\)\s*,[^.;()\d]{0,80}?(tăng|giảm)\s+(\d[\d.,]*)/gu)) {
    const open = m.index! + m[0].indexOf('(');
    const previous = tokens.find((t) => t.kind === 'count' && t.start > open && t.text === m[1]);
    const delta = tokens.find((t) => t.kind === 'count' && t.start === m.index! + m[0].lastIndexOf(m[4]));
    const phrase = words(m[2]);
    if (!previous?.value || !delta?.value || phrase.length < 2) continue;
    const named = tokens.filter((t) => t.kind === 'count' && t.value && t.end <= m.index! + m[0].indexOf('So với') && same(words(text.slice(t.end, t.end + m[2].length + 2)).slice(0, phrase.length), phrase));
    if (named.length !== 1) continue;
    out.push({ previous, current: named[0], delta, sign: m[3] === 'giảm' ? -1 : 1 });
  }
  return out;
}
