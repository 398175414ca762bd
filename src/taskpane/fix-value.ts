// The number to write for a proposed fix, as the cell stores it (a percent-formatted cell holds 0,4929 for 49,29%).
import type { Finding, RawCell } from '../core';

export function valueToWrite(fix: NonNullable<Finding['fix']>, cell: RawCell | undefined): number | string {
  if (fix.why === 'label') return fix.text;
  const percentFormat = typeof cell?.value === 'number' && /%/.test(cell.numberFormat ?? '');
  return percentFormat ? fix.number / 100 : fix.number;
}
