// Years or terms down the rows, one of them typed twice: "2005 - 2010, 2010 - 2015, 2015 - 2020, 2015 - 2020,
// 2025 - 2030". A period written twice in a series is certainly wrong, and the series says what it should be when
// exactly one value puts every step back to the same length. A series that only skips a period is no error.
import { periodMentions } from './periods';
import type { PeriodMention } from './periods';
import type { TableRow } from './types';

export interface SequenceSlip {
  row: number;
  /** The period as written, where it stands in the label. */
  stated: string;
  at: { start: number; end: number };
  expected: string;
}

export function periodSequenceSlip(rows: TableRow[]): SequenceSlip | undefined {
  // Every row (but connectors) names one period: read row by row, and given up at the first that does not (most
  // tables' first row already, asked of every table of a check).
  const items: { row: number; mention: PeriodMention; first: number }[] = [];
  for (const r of rows) {
    if (r.kind === 'connector') continue;
    const mentions = periodMentions(r.label);
    const only = mentions.length === 1 && mentions[0].period.kind !== 'date' && r.label.replace(/\d/g, '').trim().length <= 15 ? mentions[0] : undefined;
    if (!only) return undefined;
    items.push({ row: r.row, mention: only, first: Number(only.period.label.slice(0, 4)) });
  }
  if (items.length < 4) return undefined;
  if (new Set(items.map((s) => s.mention.period.kind)).size !== 1) return undefined;
  const firsts = items.map((s) => s.first);
  const twice = firsts.map((f, i) => (firsts.indexOf(f) !== i || firsts.lastIndexOf(f) !== i ? i : -1)).filter((i) => i >= 0);
  if (twice.length !== 2) return undefined;
  const fits: { index: number; value: number }[] = [];
  for (const i of twice) {
    const others = firsts.filter((_, k) => k !== i);
    const step = others.length >= 2 ? (others.at(-1)! - others[0]) / (firsts.length - 1) : 0;
    if (!Number.isInteger(step) || step <= 0) continue;
    const value = firsts[0] + step * i;
    const fixed = firsts.map((f, k) => (k === i ? value : f));
    if (fixed.every((f, k) => f === fixed[0] + step * k)) fits.push({ index: i, value });
  }
  if (fits.length !== 1) return undefined;
  const { index, value } = fits[0];
  const item = items[index];
  const label = rows.find((r) => r.row === item.row)!.label;
  const stated = label.slice(item.mention.start, item.mention.end);
  const expected = stated.replace(/\d{4}/g, (y) => String(Number(y) - item.first + value));
  return { row: item.row, stated, at: { start: item.mention.start, end: item.mention.end }, expected };
}
