// A change against a year whose value the sentence does not repeat: "tiếp nhận 412 hồ sơ …, giảm 37 hồ sơ so với năm
// 2023", where a note says "Năm 2023: tiếp nhận 375 hồ sơ". The clerk looks up that year's value of the same thing — the
// same noun, and the words of one phrase all in the other — and takes the change from it. Found so, by its words alone,
// the value may be another quantity's: the change is called wrong only where a slip explains the gap (scan.ts, byUnit).
import type { Paragraph } from './document';
import { valuesOf, yearRef } from './period-values';
import { sentenceAround } from './periods';
import { insideParens, isComparisonFigure, MONEY_SCALES, nounAfter, unitAfter } from './phrases';
import { quantityKey } from './quantity-key';
import { tokenize, type Token } from './tokens';

export interface StatedChange {
  p: number;
  current: Token;
  delta: Token;
  sign: 1 | -1;
  previous: { p: number; token: Token };
}

export interface StatedRate {
  p: number;
  current: Token;
  rate: Token;
  sign: 1 | -1;
  previous: { p: number; token: Token };
}

// "tăng 37 hồ sơ so với năm 2023", its value not written after it ("so với năm 2023 (375 hồ sơ)" is read as written).
const CHANGE = /(?<![\p{L}])(tăng|giảm)\s+(\d[\d.,]*)\s+([\p{L}][^\d,;.()%]{0,30}?)\s*so với\s+năm\s+((?:19|20)\d{2})(?![\d/]|\s*[-–]\s*\d|\s*\()/giu;
// "Phấn đấu thực hiện 1.900 bản tin, tăng 2,92% so với năm 2024", the value of 2024 written elsewhere.
const RATE = /(?<![\p{L}])(tăng|giảm)\s+(\d+(?:,\d+)?\s*%)\s*so với\s+năm\s+((?:19|20)\d{2})(?![\d/]|\s*[-–]\s*\d|\s*\()/giu;

export function statedChanges(paragraphs: Paragraph[]): StatedChange[] {
  return compared(paragraphs, CHANGE, 'count').map(({ p, current, figure, sign, previous }) => ({ p, current, delta: figure, sign, previous }));
}

/** A rate of change against a year whose value only another sentence gives, read as stated changes are. */
export function statedRates(paragraphs: Paragraph[]): StatedRate[] {
  return compared(paragraphs, RATE, 'percent').map(({ p, current, figure, sign, previous }) => ({ p, current, rate: figure, sign, previous }));
}

/**
 * The changes (a count, or a rate) a pattern finds, with the value reached — the last count of the clause before the
 * change, counted as the change is and with no share or figure of its own between — and the one value the document
 * gives the year compared with of the same thing.
 */
function compared(paragraphs: Paragraph[], pattern: RegExp, kind: 'count' | 'percent'): { p: number; current: Token; figure: Token; sign: 1 | -1; previous: { p: number; token: Token } }[] {
  const out: { p: number; current: Token; figure: Token; sign: 1 | -1; previous: { p: number; token: Token } }[] = [];
  paragraphs.forEach((para, p) => {
    const text = para.text;
    const tokens = tokenize(text);
    for (const m of text.matchAll(pattern)) {
      const figure = tokens.find((t) => t.kind === kind && t.start === m.index! + m[0].indexOf(m[2], m[1].length));
      if (!figure?.value) continue;
      const sentence = sentenceAround(text, m.index!).start;
      const clause = Math.max(sentence, text.lastIndexOf(';', m.index!) + 1);
      const current = tokens.filter((t) => t.kind === 'count' && t.value && t.start >= clause && t.end <= m.index! && !isComparisonFigure(text, t) && !insideParens(text, t.start, clause)).at(-1);
      if (!current) continue;
      // A change of a count counts what the value reached counts, to no fewer decimals; a rate has nothing between.
      if (kind === 'count' ? noun(text, current) !== noun(text, figure) || (current.decimals ?? 0) > (figure.decimals ?? 0) : /[%()]/u.test(text.slice(current.end, m.index!))) continue;
      const previous = onlyValueOf(paragraphs, p, text, current, sentence, m.at(-1)!);
      if (previous) out.push({ p, current, figure, sign: m[1].toLowerCase() === 'giảm' ? -1 : 1, previous });
    }
  });
  return out;
}

/** What a figure counts: its unit, else the two words after it. */
const noun = (text: string, t: Token) => unitAfter(text, t)?.word ?? nounAfter(text, t.end);

/** The one value the document gives `year` of what `current` counts: the same unit or two words, the same phrase. */
function onlyValueOf(paragraphs: Paragraph[], p: number, text: string, current: Token, sentence: number, year: string): { p: number; token: Token } | undefined {
  const counted = noun(text, current);
  if (!counted || (!unitAfter(text, current) && !counted.includes(' '))) return undefined;
  // A money's scale ("tỷ", "triệu") says nothing of what is counted: "năm 2023: 7,2 tỷ đồng" of a disbursement is no value
  // of "lợi nhuận trước thuế … tỷ đồng".
  const money = new Set([...MONEY_SCALES, 'đồng']);
  const named = (k: Set<string>) => new Set([...k].filter((w) => !money.has(w)));
  const key = named(quantityKey(text, current, sentence));
  const values = new Map<string, { p: number; token: Token }>();
  for (const v of valuesOf(paragraphs, yearRef(year), true)) {
    if (v.token.kind !== 'count' || (v.p === p && v.token.start === current.start) || noun(v.text, v.token) !== counted || isComparisonFigure(v.text, v.token)) continue;
    const other = named(quantityKey(v.text, v.token, sentenceAround(v.text, v.token.start).start));
    const [short, long] = other.size <= key.size ? [other, key] : [key, other];
    if (short.size === 0 || ![...short].every((w) => long.has(w))) continue;
    values.set(v.token.value!.toString(), { p: v.p, token: v.token });
  }
  // One value of that year answers; two, and the clerk cannot tell which was meant.
  const [only] = values.values();
  return values.size === 1 && !only.token.value!.equals(0) ? only : undefined;
}

// "So với đầu nhiệm kỳ (1.528 CĐCS), số CĐCS tăng 124 đơn vị": a sentence opening on the comparison and its value, the
// value reached stated in a sentence before it.
const OPENING = /(?:^|[.;]\s+)So với\s+[^().;]{1,40}?\(\s*(\d[\d.,]*)\s+([\p{L}][\p{L} ]{0,30}?)\s*\)\s*,\s*(?:[\p{L}]+\s+){0,6}?(tăng|giảm)\s+(\d[\d.,]*)/giu;

/**
 * The value reached for such a sentence: the one figure before it in its paragraph counting the noun the value compared
 * with counts, written after it or as the abbreviation it is given ("1.642 công đoàn cơ sở (CĐCS)").
 */
export function openingChanges(paragraphs: Paragraph[]): StatedChange[] {
  const out: StatedChange[] = [];
  paragraphs.forEach((para, p) => {
    const text = para.text;
    const tokens = tokenize(text);
    for (const m of text.matchAll(OPENING)) {
      const at = m.index! + m[0].indexOf('So với');
      const previous = tokens.find((t) => t.kind === 'count' && t.start === m.index! + m[0].indexOf(m[1], m[0].indexOf('(')));
      const delta = tokens.find((t) => t.kind === 'count' && t.start === m.index! + m[0].lastIndexOf(m[4]));
      if (!previous?.value || !delta?.value) continue;
      const noun = m[2].trim().toLowerCase();
      const escaped = noun.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
      const names = new RegExp(`^\\s*(?:${escaped}(?![\\p{L}])|[\\p{L} ]{1,40}\\(\\s*${escaped}\\s*\\))`, 'iu');
      // In the sentence before, not a part of a list there ("28 cuộc điều tra, chia ra: 06 cuộc …; 19 cuộc …").
      const from = sentenceAround(text, Math.max(0, at - 2)).start;
      // A list opened with a colon runs past its semicolons; one without ends at the first.
      const listed = (t: Token) => [...text.slice(from, t.start).matchAll(/(?<![\p{L}])(?:trong đó|gồm|bao gồm|chia ra)(?![\p{L}])(\s*:)?/giu)].some((o) => !!o[1] || !text.slice(from + o.index!, t.start).includes(';'));
      const named = tokens.filter((t) => t.kind === 'count' && t.value && t.start >= from && t.end <= at && names.test(text.slice(t.end)) && !listed(t) && !isComparisonFigure(text, t) && !insideParens(text, t.start, from));
      // Two figures carrying the name ("86 hộ nghèo ở vùng cao và 40 hộ nghèo ở vùng thấp"), and neither is the whole.
      if (new Set(named.map((t) => t.value!.toString())).size !== 1) continue;
      const current = named.at(-1)!;
      out.push({ p, current, delta, sign: m[3].toLowerCase() === 'giảm' ? -1 : 1, previous: { p, token: previous } });
    }
  });
  return out;
}
