// A table's rows by their sheet row, for the lookups of a parent or a row's unit that run for every row.

/** What the lookups ask of a Map from sheet row to row, and all they ask. */
export interface RowIndex<T> {
  get(row: number): T | undefined;
}

/**
 * The rows by sheet row, in an array from the first of them: a table's rows are one short run of sheet rows, and a
 * Map made of them (one per table, in detection, inference and the cross-checks) grew its table row by row. As a
 * Map made from the same entries, a later row of the same number wins and any other number finds nothing.
 */
export function rowIndex<T extends { row: number }>(rows: readonly T[]): RowIndex<T> {
  let first = Infinity;
  let last = -Infinity;
  for (const r of rows) {
    if (r.row < first) first = r.row;
    if (r.row > last) last = r.row;
  }
  // Rows that are not a run of small whole numbers (never met from detection) keep a Map.
  if (!rows.length || !Number.isSafeInteger(first) || !Number.isSafeInteger(last) || last - first > 4 * rows.length + 64) return new Map(rows.map((r) => [r.row, r]));
  const at: (T | undefined)[] = new Array(last - first + 1);
  for (const r of rows) at[r.row - first] = r;
  return {
    get: (row) => (Number.isInteger(row) && row >= first && row <= last ? at[row - first] : undefined),
  };
}
