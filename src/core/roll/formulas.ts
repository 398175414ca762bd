// The Excel formulas a rolled-forward table gets: totals from its structure, and differences, ratios and
// shares computed from the cells they compare, blank while an input is blank (so a half-filled sheet shows no 0 or #DIV/0!).
import { columnIndex, columnName, parseA1 } from '../address';

/** Decimals a column is written with: its number format, else the most its figures have (at most 4). */
export function columnDecimals(numberFormat: string | undefined, figures: number[], fallback: number): number {
  const section = numberFormat?.split(';')[0];
  if (section && section !== 'General' && /[0#]/.test(section)) {
    const m = /\.([0#]+)/.exec(section);
    return m ? m[1].length : 0;
  }
  let most = -1;
  for (const f of figures) {
    const text = String(f);
    if (/e/i.test(text)) continue;
    most = Math.max(most, text.includes('.') ? text.split('.')[1].length : 0);
  }
  return most < 0 ? fallback : Math.min(most, 4);
}

/** =SUM over the parts: a range when they are one contiguous run of a column or a row, else a list. */
export function sumFormula(parts: string[]): string {
  const at = parts.map((p) => parseA1(p)!);
  const sameCol = at.every((p) => p.col === at[0].col) && at.every((p, i) => p.row === at[0].row + i);
  const sameRow = at.every((p) => p.row === at[0].row) && at.every((p, i) => p.col === at[0].col + i);
  if (parts.length > 1 && (sameCol || sameRow)) return `SUM(${parts[0]}:${parts[parts.length - 1]})`;
  return `SUM(${parts.join(',')})`;
}

// Each formula is built as one flat string (pieces joined once): a roll writes tens of thousands of them and keeps
// them in its edits, and a string concatenated piece by piece is held as a tree of its pieces until it is read.
const blankIf = (cells: string[], zero: string | undefined, body: string[]): string => {
  const out = ['IF(OR('];
  for (let i = 0; i < cells.length; i++) out.push(i ? ',' : '', cells[i], '=""');
  if (zero) out.push(',', zero, '=0');
  out.push('),"",', ...body, ')');
  return out.join('');
};
// A difference of whole numbers needs no rounding; anything else is rounded as the column is written.
const round = (body: string[], decimals: number, divides: boolean): string[] => (decimals > 0 || divides ? ['ROUND(', ...body, ',', String(decimals), ')'] : body);

export const differenceFormula = (diff: { current: string; previous: string }, decimals: number) =>
  blankIf([diff.current, diff.previous], undefined, round([diff.current, '-', diff.previous], decimals, /[/*]/.test(diff.current) || /[/*]/.test(diff.previous)));

export const ratioFormula = (r: { current: string; previous: string }, decimals: number) =>
  blankIf([r.current, r.previous], r.previous, round([r.current, '/', r.previous, '*100'], decimals, true));

export const shareFormula = (s: { part: string; base: string }, decimals: number) =>
  blankIf(s.part === s.base ? [s.part] : [s.part, s.base], s.base, round([s.part, '/', s.base, '*100'], decimals, true));

/**
 * A formula moved `columns` to the right (negative: left), as Excel moves a copied formula: relative column
 * references shift, "$"-anchored ones and text in quotes do not.
 */
export function shiftFormula(formula: string, columns: number): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((piece, i) =>
      i % 2 === 1
        ? piece
        : piece.replace(/(\$?)\b([A-Z]{1,3})(\$?\d+)\b(?!\s*\()/g, (whole, anchor: string, letters: string, row: string) =>
            anchor || columnIndex(letters) + columns < 0 ? whole : `${columnName(columnIndex(letters) + columns)}${row}`,
          ),
    )
    .join('');
}
