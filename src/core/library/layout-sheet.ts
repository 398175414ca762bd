// A library layout as the core reads sheets: what a host hands back after writing it (formulas show their results).
import { parseA1, parseRangeA1 } from '../address';
import type { RawCell, SheetInput } from '../sheet';
import type { SheetLayout } from './types';

/** A layout as the core reads sheets: what a host would hand back after writing it. */
export function layoutSheet(layout: SheetLayout): SheetInput {
  const grid: (RawCell | undefined)[][] = [];
  for (const c of layout.cells) {
    const value = c.formula !== undefined ? (c.result ?? null) : (c.value ?? null);
    if (value === null && c.formula === undefined) continue;
    const { row, col } = parseA1(c.cell)!;
    const raw: RawCell = { value: value === '' ? null : value };
    if (c.formula) raw.formula = c.formula;
    if (c.numberFormat) raw.numberFormat = c.numberFormat;
    if (c.bold) raw.bold = true;
    (grid[row] ??= [])[col] = raw;
  }
  return { name: layout.name, cells: Array.from({ length: grid.length }, (_, i) => grid[i] ?? []), merges: layout.merges.map((m) => parseRangeA1(m)!) };
}
