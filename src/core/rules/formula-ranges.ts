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

/**
 * The cells of its own sheet a formula reads ("=ROUND(D11/C11*100,2)" reads D11 and C11), ranges expanded;
 * undefined when it reads another sheet or a range too large to list, so that nothing is assumed of it.
 */
export function readCells(formula: string): string[] | undefined {
  const body = formula.replace(/^=/, '').replace(/\$/g, '').toUpperCase();
  if (body.includes('!')) return undefined;
  const cells: string[] = [];
  const REF = /(?<![A-Z0-9_.])([A-Z]{1,3}\d+)(?::([A-Z]{1,3}\d+))?(?![A-Z0-9_(])/g;
  for (const m of body.matchAll(REF)) {
    const a = parseA1(m[1]);
    const b = parseA1(m[2] ?? m[1]);
    if (!a || !b) continue;
    if ((Math.abs(a.row - b.row) + 1) * (Math.abs(a.col - b.col) + 1) > 10_000) return undefined;
    for (let r = Math.min(a.row, b.row); r <= Math.max(a.row, b.row); r++) {
      for (let c = Math.min(a.col, b.col); c <= Math.max(a.col, b.col); c++) cells.push(a1(r, c));
    }
  }
  return cells;
}
