// A change to one cell of a sheet, as the core hands it to a host to write (roll forward, library tables).
import { parseA1 } from '../address';
import type { RawCell, SheetInput } from '../sheet';

/** `result`: what the formula shows, computed exactly, so the sheet reads right before Excel recalculates it. */
export type EditBody = { kind: 'value'; value: number | string } | { kind: 'formula'; formula: string; result?: number | string } | { kind: 'clear' };
export type RollEdit = EditBody & { cell: string };

/** A copy of `sheet` named `name` with the edits made, as a host would read it back (formulas show their results). */
export function editedSheet(sheet: SheetInput, edits: RollEdit[], name: string): SheetInput {
  const cells = sheet.cells.map((line) => line.map((c) => (c ? { ...c } : c)));
  for (const e of edits) {
    const at = parseA1(e.cell)!;
    const line = (cells[at.row] ??= []);
    const before = line[at.col];
    let next: RawCell | undefined;
    if (e.kind === 'value') next = { ...before, value: e.value, formula: undefined };
    else if (e.kind === 'formula') next = { ...before, value: e.result === undefined || e.result === '' ? null : e.result, formula: e.formula };
    else next = before ? { ...before, value: null, formula: undefined, text: undefined } : undefined;
    line[at.col] = next;
  }
  for (let r = 0; r < cells.length; r++) cells[r] ??= [];
  return { ...sheet, name, cells, merges: [...sheet.merges] };
}
