// What the formulas a roll (or a library table) writes will show, computed exactly from the sheet as the edits
// leave it, so the sheet reads right before Excel recalculates it. Blank inputs give a blank, as the formulas do.
import { parseA1 } from '../address';
import { exactFromNumber, Exact, HUNDRED, roundHalfUp, toNumber, ZERO } from '../numbers/exact';
import { cellAt, SheetInput } from '../sheet';
import type { RollEdit } from './edits';

/** How a written formula's result is computed: cells are A1 addresses on the same sheet. */
export type Computed =
  | { op: 'sum'; parts: string[] }
  | { op: 'difference' | 'ratio'; current: string; previous: string; decimals: number }
  | { op: 'share'; part: string; base: string; decimals: number }
  | { op: 'cached'; value: number | string | undefined };

/** Every written formula's result, from the sheet as the edits leave it (blank inputs give a blank, as the formulas do). */
export function fillResults(sheet: SheetInput, edits: Map<string, RollEdit>, computed: Map<string, Computed>): void {
  const memo = new Map<string, Exact | '' | undefined>();
  const valueAt = (cell: string): Exact | '' | undefined => {
    if (memo.has(cell)) return memo.get(cell);
    memo.set(cell, undefined);
    const spec = computed.get(cell);
    const edit = edits.get(cell);
    let v: Exact | '' | undefined;
    if (spec) v = compute(spec);
    else if (edit?.kind === 'clear') v = undefined;
    else {
      const raw = edit?.kind === 'value' ? edit.value : (() => {
        const p = parseA1(cell)!;
        return cellAt(sheet, p.row, p.col)?.value;
      })();
      v = typeof raw === 'number' ? exactFromNumber(raw) : raw === '' ? '' : undefined;
    }
    memo.set(cell, v);
    return v;
  };
  const num = (v: Exact | '' | undefined) => (v === '' ? undefined : v);
  const compute = (spec: Computed): Exact | '' | undefined => {
    switch (spec.op) {
      case 'cached':
        return typeof spec.value === 'number' ? exactFromNumber(spec.value) : spec.value === '' ? '' : undefined;
      case 'sum':
        return spec.parts.reduce<Exact>((t, p) => t.add(num(valueAt(p)) ?? ZERO), ZERO);
      case 'difference': {
        const [a, b] = [num(valueAt(spec.current)), num(valueAt(spec.previous))];
        return a && b ? roundHalfUp(a.sub(b), spec.decimals) : '';
      }
      case 'ratio': {
        const [a, b] = [num(valueAt(spec.current)), num(valueAt(spec.previous))];
        return a && b && !b.equals(ZERO) ? roundHalfUp(a.div(b).mul(HUNDRED), spec.decimals) : '';
      }
      case 'share': {
        const [a, b] = [num(valueAt(spec.part)), num(valueAt(spec.base))];
        return a && b && !b.equals(ZERO) ? roundHalfUp(a.div(b).mul(HUNDRED), spec.decimals) : '';
      }
    }
  };
  for (const [cell, spec] of computed) {
    const edit = edits.get(cell);
    if (edit?.kind !== 'formula') continue;
    const v = valueAt(cell) ?? compute(spec);
    if (v !== undefined) edit.result = v === '' ? '' : toNumber(v);
  }
}

