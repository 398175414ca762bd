// What a host hands the core: a sheet as a grid of raw cells. Excel, exceljs and tests all produce this.
import type { CellRange } from './address';

export type RawValue = number | string | boolean | null | { error: string };

export interface RawCell {
  value: RawValue;
  /** Displayed text when the host knows it (Excel's range.text); otherwise derived from value and format. */
  text?: string;
  numberFormat?: string;
  /** The formula without "=", when the cell is computed. */
  formula?: string;
  indent?: number;
  bold?: boolean;
}

export interface SheetInput {
  name: string;
  /** cells[row][col], 0-based; missing entries are empty cells. */
  cells: (RawCell | undefined)[][];
  merges: CellRange[];
  hiddenRows?: number[];
}

export function cellAt(sheet: SheetInput, row: number, col: number): RawCell | undefined {
  return sheet.cells[row]?.[col];
}

export function sheetWidth(sheet: SheetInput): number {
  let width = 0;
  for (const row of sheet.cells) if (row && row.length > width) width = row.length;
  return width;
}

export interface MergeOwner {
  row: number;
  col: number;
  range: CellRange;
}

/** Position key for per-cell maps: numbers, not strings, on the hot path. */
export function positionKey(row: number, col: number): number {
  return row * 16384 + col;
}

/** For every cell covered by a merge (by positionKey), the top-left cell that holds its value. */
export function mergeOwners(sheet: SheetInput): Map<number, MergeOwner> {
  const owners = new Map<number, MergeOwner>();
  for (const range of sheet.merges) {
    for (let r = range.top; r <= range.bottom; r++) {
      for (let c = range.left; c <= range.right; c++) {
        if (r !== range.top || c !== range.left) owners.set(positionKey(r, c), { row: range.top, col: range.left, range });
      }
    }
  }
  return owners;
}
