// After a cell is changed outside Excel, the plain sum formulas that add it (=SUM(D7:D8), =D7+D8) must
// show the new total, as Excel would recalculate them; other formulas are left for Excel to recalculate.
import { a1, parseA1 } from './address';
import type { RawCell, SheetInput } from './sheet';
import { summedCells } from './rules/formula-ranges';

export interface Recomputed {
  cell: string;
  value: number;
}

/** Recompute, in place, every plain sum formula on the sheet that depends (directly or not) on `changed`. */
export function recomputeSums(sheet: SheetInput, changed: string): Recomputed[] {
  const sums: { cell: string; parts: string[]; raw: RawCell }[] = [];
  sheet.cells.forEach((line, r) =>
    line.forEach((raw, c) => {
      const parts = raw?.formula ? summedCells(raw.formula) : undefined;
      if (raw && parts) sums.push({ cell: a1(r, c), parts, raw });
    }),
  );
  const valueAt = (cell: string) => {
    const p = parseA1(cell)!;
    const v = sheet.cells[p.row]?.[p.col]?.value;
    return typeof v === 'number' ? v : 0;
  };
  const out: Recomputed[] = [];
  const dirty = [changed];
  const seen = new Set<string>();
  while (dirty.length) {
    const cell = dirty.shift()!;
    for (const s of sums) {
      if (!s.parts.includes(cell) || seen.has(s.cell)) continue;
      seen.add(s.cell);
      s.raw.value = s.parts.reduce((t, p) => t + valueAt(p), 0);
      out.push({ cell: s.cell, value: s.raw.value });
      dirty.push(s.cell);
    }
  }
  return out;
}
