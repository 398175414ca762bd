// Periods down the rows ("Nhiệm kỳ 2015 - 2020", "Năm 2023") closed by rows that compare two of them
// ("Tăng (+), giảm (-) NK 2020 - 2025 so với NK 2015 - 2020", "So sánh 2024/2023 (%)"): the comparison read
// across, as the comparison columns are read down.
import { mayNamePeriod, periodsIn, samePeriod } from './periods';
import type { Period, TableRow } from './types';

const DIFFERENCE = /tăng.*giảm|giảm.*tăng|chênh lệch|^(tăng|giảm)(?![\p{L}])/iu;
const RATIO = /so sánh|tốc độ|chỉ số phát triển/iu;

export interface PeriodRow {
  row: number;
  period: Period;
}

export interface RowComparison {
  row: number;
  kind: 'difference' | 'ratio';
  /** The rows the label names, latest first, when it names two period rows. */
  named: Period[];
  current: number;
  previous: number;
}

/** Rows each labelled by one period, and the rows after them that compare two of them. */
export function periodRows(rows: TableRow[]): { periods: PeriodRow[]; comparisons: RowComparison[] } {
  const periods: PeriodRow[] = [];
  const comparisons: RowComparison[] = [];
  for (const row of rows) {
    if (row.kind === 'connector') continue;
    // A row naming no period is neither a period row nor, before two of them, a comparison: its label is not read
    // (asked first of the label's digits: periodsIn made an empty list for every row of every table, three times).
    if (periods.length < 2 && !mayNamePeriod(row.label)) continue;
    const named = periodsIn(row.label);
    if (named.length === 0 && periods.length < 2) continue;
    // "Tăng bình quân hằng năm" is an average over the periods, not a comparison of two of them.
    const averaged = /bình quân|trung bình|hằng năm|hàng năm|mỗi năm/iu.test(row.label);
    const kind = averaged ? undefined : DIFFERENCE.test(row.label) ? 'difference' : RATIO.test(row.label) ? 'ratio' : undefined;
    if (!kind && !averaged && named.length === 1 && row.label.replace(/[\d\s/–-]/g, '').length <= 12) periods.push({ row: row.row, period: named[0] });
    else if (kind && periods.length >= 2) {
      const find = (p: Period) => periods.find((x) => samePeriod(x.period, p));
      const [a, b] = named.map(find);
      const sorted = [...periods].sort((x, y) => y.period.order - x.period.order);
      const [current, previous] = a && b ? [a, b].sort((x, y) => y.period.order - x.period.order) : [sorted[0], sorted[1]];
      comparisons.push({ row: row.row, kind, named, current: current.row, previous: previous.row });
    }
  }
  return periods.length >= 2 ? { periods, comparisons } : { periods: [], comparisons: [] };
}
