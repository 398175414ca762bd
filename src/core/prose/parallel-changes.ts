// Several values compared at once: "xảy ra 27 vụ, làm chết 19 người, bị thương 21 người; so với năm 2023 (32 vụ, chết
// 22 người, bị thương 19 người) giảm 05 vụ, giảm 03 người chết, tăng 02 người bị thương". The values of the earlier
// period stand in the comparison's parenthesis, the changes follow it in the same order, and the values they change
// are the ones written just before. Read only when the three lists line up item by item: as many items, the same unit
// in each row, and where a unit repeats (người chết, người bị thương) the same words naming the row.
import { sentenceAround } from './periods';
import { insideParens, nounAfter, unitAfter, wordsIn as words, type Unit } from './phrases';
import type { Token } from './tokens';

export interface ParallelChange {
  current: Token;
  previous: Token;
  delta: Token;
  sign: 1 | -1;
  /** The change in percent of the earlier value, written after it: "giảm 05 vụ (-20,83%)". */
  rate?: Token;
  /** The value now found by its unit alone (subject-changes.ts, form C): wrong only where a keystroke explains the gap. */
  byUnit?: boolean;
}

const ITEM_LABEL = /([\p{L} ]*)$/u;

export function parallelChanges(text: string, tokens: Token[]): ParallelChange[] {
  const out: ParallelChange[] = [];
  const counts = tokens.filter((t) => t.kind === 'count' && t.value);
  for (const m of text.matchAll(/so với[^().;\d]{0,40}?(?:(?:19|20)\d{2}[^().;\d]{0,10})?\(([^()]*)\)\s*,?\s*((?:(?:tăng|giảm)\s+\d[\d.,]*[^,;.()\d]{0,30}(?:\s*\(\s*[-+−]?\s*\d[\d,]*\s*%\s*\))?(?:,\s*|\s+và\s+|(?=[.;]|$))){2,})/giu)) {
    const parenAt = m.index! + m[0].indexOf('(') + 1;
    const listAt = m.index! + m[0].lastIndexOf(m[2]);
    const previous = counts.filter((t) => t.start >= parenAt && t.end <= parenAt + m[1].length);
    const deltas = [...m[2].matchAll(/(tăng|giảm)\s+(\d[\d.,]*)([^,;.()\d]*)(?:\(\s*([-+−])?\s*(\d[\d,]*\s*%)\s*\))?/giu)].map((d) => ({
      token: counts.find((t) => t.start === listAt + d.index! + d[0].indexOf(d[2], d[1].length)),
      sign: (d[1].toLowerCase() === 'giảm' ? -1 : 1) as 1 | -1,
      words: d[3],
      // A rate whose written sign contradicts the word ("giảm … (+12%)") is not read.
      rate: d[5] && !(d[4] && (d[4] === '+') !== (d[1].toLowerCase() === 'tăng')) ? tokens.find((t) => t.kind === 'percent' && t.start === listAt + d.index! + d[0].lastIndexOf(d[5])) : undefined,
    }));
    const k = previous.length;
    if (k < 2 || deltas.length !== k || deltas.some((d) => !d.token)) continue;
    // The values changed: the last k of the sentence before the comparison, outside parentheses — or of the sentence
    // before, when the comparison opens its own ("… bị thương 6 người. So với năm 2023 (9 vụ, …), giảm 02 vụ, …").
    const own = sentenceAround(text, m.index!).start;
    const opens = /\.\s*$/u.test(text.slice(0, m.index!));
    const start = opens && own === m.index! ? sentenceAround(text, own - 2).start : own;
    const before = counts.filter((t) => t.start >= start && t.end <= m.index! && !insideParens(text, t.start, start));
    const current = before.slice(-k);
    if (current.length !== k || !(opens ? /^[\s,;.]*$/u : /^[\s,;]*$/u).test(text.slice(current[k - 1].end, m.index!).replace(/^[\s\p{L}]*/u, ''))) continue;
    const unitOf = (t: Token) => unitAfter(text, t)?.word ?? '';
    const rows = current.map((c, i) => ({ current: c, previous: previous[i], delta: deltas[i] }));
    const aligned = rows.every((r) => {
      const unit = unitOf(r.previous) || unitOf(r.current);
      if (!unit || (unitOf(r.current) && unitOf(r.current) !== unit) || (unitOf(r.delta.token!) && unitOf(r.delta.token!) !== unit)) return false;
      // A unit written on several rows: the row's own words must name the same thing in all three lists.
      if (rows.filter((x) => (unitOf(x.previous) || unitOf(x.current)) === unit).length < 2) return true;
      const named = labelWords(text, r.previous, parenAt);
      return named.length > 0 && named.every((w) => labelWords(text, r.current, start).includes(w) && words(`${r.delta.words} ${unitText(text, r.delta.token!)}`).includes(w));
    });
    if (!aligned) continue;
    for (const r of rows) out.push({ current: r.current, previous: r.previous, delta: r.delta.token!, sign: r.delta.sign, rate: r.delta.rate });
  }
  return out;
}

/**
 * The words naming a list item around its figure ("bị thương" of "bị thương 19 người" or of "19 người bị thương"),
 * its unit's words left out.
 */
function labelWords(text: string, t: Token, from: number): string[] {
  const head = text.slice(from, t.start);
  const own = head.slice(Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf('(')) + 1);
  const tail = /^[^,;()\d]*/u.exec(text.slice(t.end))![0];
  const after = unitAfter(text, t);
  return words(`${ITEM_LABEL.exec(own)![1]} ${tail}`).filter((w) => !unitWords(after).includes(w) && !['làm', 'có', 'xảy', 'ra', 'số'].includes(w));
}

function unitWords(u: Unit | undefined): string[] {
  return u ? words(u.word) : [];
}

function unitText(text: string, t: Token): string {
  return text.slice(t.end, t.end + 30);
}

/**
 * "giám sát 41 tổ chức đảng và 96 đảng viên, tăng 11 tổ chức đảng và 14 đảng viên so với năm 2024 (30 tổ chức đảng, 85
 * đảng viên)": two values, their two changes joined by "và" under one verb, the earlier values after the comparison —
 * or before the changes, in a parenthesis naming their year ("53 vụ việc liên quan đến 148 công dân (năm 2023: 61 vụ
 * việc, 171 công dân), giảm 08 vụ việc và 23 công dân"). Each change meets the one value of its unit (or, with no unit,
 * of its noun) on each side; units that repeat or are missing leave it unread.
 */
export function pairedChanges(text: string, tokens: Token[]): ParallelChange[] {
  const out: ParallelChange[] = [];
  const counts = tokens.filter((t) => t.kind === 'count' && t.value);
  const after = [...text.matchAll(/(tăng|giảm)\s+(\d[\d.,]*)\s+[\p{L} ]{1,30}?\s+và\s+(\d[\d.,]*)\s+[\p{L} ]{1,30}?\s+so với[^().;\d]{0,40}?(?:(?:19|20)\d{2}[^().;\d]{0,10})?\(([^()]*)\)/giu)].map((m) => ({ m, verb: m[1], d1: m[2], d2: m[3], earlier: m[4], open: m.index! + m[0].lastIndexOf('(') + 1, verbAt: m.index! }));
  const before = [...text.matchAll(/\(\s*(?:cùng kỳ\s+)?năm\s+(?:19|20)\d{2}\s*:\s*([^()]*)\)\s*,\s*(tăng|giảm)\s+(\d[\d.,]*)\s+[\p{L} ]{1,30}?\s+và\s+(\d[\d.,]*)\s+[\p{L}]+(?:\s+[\p{L}]+)?\s*(?=[,;.]|$)/giu)].map((m) => ({ m, verb: m[2], d1: m[3], d2: m[4], earlier: m[1], open: m.index! + m[0].indexOf(m[1]), verbAt: m.index! + m[0].lastIndexOf(m[2], m[0].lastIndexOf(m[3])) }));
  for (const { m, verb, d1, d2, earlier, open, verbAt } of [...after, ...before]) {
    const at = m.index!;
    const d1At = verbAt + text.slice(verbAt).indexOf(d1, verb.length);
    const deltas = [counts.find((t) => t.start === d1At), counts.find((t) => t.start === text.indexOf(d2, d1At + d1.length))];
    if (deltas.some((d) => !d)) continue;
    const clause = Math.max(text.lastIndexOf(';', at), text.lastIndexOf('.', at), text.lastIndexOf(':', at)) + 1;
    const now = counts.filter((t) => t.start >= clause && t.end <= at && !insideParens(text, t.start, clause));
    const previous = counts.filter((t) => t.start >= open && t.end <= open + earlier.length);
    const kind = (t: Token) => unitAfter(text, t)?.word ?? nounAfter(text, t.end);
    const rows = deltas.map((d) => {
      const unit = kind(d!);
      const nows = now.filter((t) => unit && kind(t) === unit);
      const thens = previous.filter((t) => unit && kind(t) === unit);
      return nows.length === 1 && thens.length === 1 ? { current: nows[0], previous: thens[0], delta: d!, sign: (verb.toLowerCase() === 'giảm' ? -1 : 1) as 1 | -1 } : undefined;
    });
    if (rows.some((r) => !r) || rows[0]!.current === rows[1]!.current) continue;
    out.push(...(rows as ParallelChange[]));
  }
  return out;
}
