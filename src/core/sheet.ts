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

/** For every cell covered by a merge, the top-left cell that holds its value. */
export function mergeOwners(sheet: SheetInput): Map<string, { row: number; col: number; range: CellRange }> {
  const owners = new Map<string, { row: number; col: number; range: CellRange }>();
  for (const range of sheet.merges) {
    for (let r = range.top; r <= range.bottom; r++) {
      for (let c = range.left; c <= range.right; c++) {
        if (r !== range.top || c !== range.left) owners.set(`${r},${c}`, { row: range.top, col: range.left, range });
      }
    }
  }
  return owners;
}
