// Label keys (table/periods labelKey) remembered: matching a template to a table compares every row's label, and a
// gather matches the same template's labels, and districts' labels that are mostly the same, over and over.
import { labelKey } from '../table/periods';

const known = new Map<string, string>();
/** Enough for the labels of many tables; past it the memory starts again rather than growing without end. */
const MAX = 50_000;

export function labelKeyOf(label: string): string {
  let k = known.get(label);
  if (k === undefined) {
    if (known.size >= MAX) known.clear();
    known.set(label, (k = labelKey(label)));
  }
  return k;
}
