// Which cells a total's formula adds up, to catch "=SUM(C6:C7)" where the parts run to C8.
import { a1, parseA1 } from '../address';

/** The cells a plain sum formula adds (SUM of ranges and "+" of cells), or undefined for any other formula. */
export function summedCells(formula: string): string[] | undefined {
  const body = formula.replace(/^=/, '').replace(/\$/g, '').replace(/\s+/g, '').toUpperCase();
  if (!/^(SUM\([A-Z0-9:,]+\)|[A-Z]+\d+)([+](SUM\([A-Z0-9:,]+\)|[A-Z]+\d+))*$/.test(body)) return undefined;
  const cells: string[] = [];
  for (const term of body.split('+')) {
    const inner = /^SUM\((.*)\)$/.exec(term)?.[1] ?? term;
    for (const piece of inner.split(',')) {
      const [from, to = from] = piece.split(':');
      const a = parseA1(from);
      const b = parseA1(to);
      if (!a || !b) return undefined;
      for (let r = Math.min(a.row, b.row); r <= Math.max(a.row, b.row); r++) {
        for (let c = Math.min(a.col, b.col); c <= Math.max(a.col, b.col); c++) cells.push(a1(r, c));
      }
    }
  }
  return cells;
}
