// Periods named in headers and sentences: "Nhiệm kỳ 2015 - 2020", "Năm 2023", "30/6/2017", "2023/2022".
import type { Period } from './types';

const TERM = /(\d{4})\s*[-–—]\s*(\d{4})/g;
const DATE = /(\d{1,2})\/(\d{1,2})\/(\d{4})/g;
const YEAR_PAIR = /(?<![\d/])(\d{4})\s*\/\s*(\d{4})(?![\d/])/g;
const YEAR = /(?<![\d/-])((?:19|20)\d{2})(?![\d/-])/g;
const FOUR_DIGITS = /\d{4}/;

export function termLabel(start: number, end: number): string {
  return `${start} - ${end}`;
}

export interface PeriodMention {
  period: Period;
  /** Where the mention is written in the text: [start, end). */
  start: number;
  end: number;
}

/** Every period a text names, in order of appearance, with where each is written. */
export function periodMentions(text: string): PeriodMention[] {
  // Every form names a four-digit year; most labels have none, and are spared four scans and copies (and, asked
  // here rather than in mentionsIn, the context its closure makes at every call).
  if (!FOUR_DIGITS.test(text)) return [];
  return mentionsIn(text);
}

function mentionsIn(text: string): PeriodMention[] {
  const found: PeriodMention[] = [];
  let rest = text;
  const blank = (m: RegExpExecArray) => {
    rest = rest.slice(0, m.index) + ' '.repeat(m[0].length) + rest.slice(m.index + m[0].length);
  };
  for (const m of [...text.matchAll(TERM)]) {
    const start = Number(m[1]);
    const end = Number(m[2]);
    if (end > start && end - start <= 10) {
      found.push({ start: m.index!, end: m.index! + m[0].length, period: { label: termLabel(start, end), kind: 'term', order: start + (end - start) / 100 } });
      blank(m as RegExpExecArray);
    }
  }
  for (const m of [...rest.matchAll(DATE)]) {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    found.push({ start: m.index!, end: m.index! + m[0].length, period: { label: `${d}/${mo}/${y}`, kind: 'date', order: y + (mo - 1) / 12 + d / 400 } });
    blank(m as RegExpExecArray);
  }
  for (const m of [...rest.matchAll(YEAR_PAIR)]) {
    const second = m.index! + m[0].length - 4;
    found.push({ start: m.index!, end: m.index! + 4, period: { label: m[1], kind: 'year', order: Number(m[1]) } });
    found.push({ start: second, end: second + 4, period: { label: m[2], kind: 'year', order: Number(m[2]) } });
    blank(m as RegExpExecArray);
  }
  for (const m of [...rest.matchAll(YEAR)]) {
    found.push({ start: m.index!, end: m.index! + 4, period: { label: m[1], kind: 'year', order: Number(m[1]) } });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Whether a text may name a period at all: every form writes a four-digit year (most labels have none). */
export function mayNamePeriod(text: string): boolean {
  return FOUR_DIGITS.test(text);
}

/** Every period a text names, in order of appearance. */
export function periodsIn(text: string): Period[] {
  return periodMentions(text).map((m) => m.period);
}

const PERIOD_TEXT = /\d{1,2}\/\d{1,2}\/\d{4}|\d{4}(\s*[-–—/]\s*\d{4})?/g;

/** A label compared as written apart from case, spacing and trailing punctuation. */
export const labelKey = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').replace(/[\s:.;,]+$/, '').trim();

/** A header with its periods masked: "Năm 2022 / Số lượng" and "Năm 2023 / Số lượng" are one column of two periods. */
export const periodlessHeader = (header: string) => labelKey(header).replace(PERIOD_TEXT, '#');

export function samePeriod(a: Period, b: Period): boolean {
  return a.kind === b.kind && a.label === b.label;
}
