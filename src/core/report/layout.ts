// Column widths from content, and the page a table needs: no header word broken, STT and every figure on
// one line, short headers on at most two lines, the label column taking the rest. A table that does not fit
// the portrait text width at 12 pt, nor at 11 pt, goes landscape; asked to fit, it may go down to 10 pt first.
import { linesAt, textWidth, words } from './measure';
import type { TableDocument } from './table-document';

/** A4 with Nghị định 30's margins (3 cm left, 2 cm right), in twips. */
export const PORTRAIT_TEXT_WIDTH = 11906 - 1701 - 1134;
export const LANDSCAPE_TEXT_WIDTH = 16838 - 1701 - 1134;
/** Word's default cell margins (0,19 cm each side) plus a little air. */
const PADDING = 2 * 108 + 30;

export interface TableLayout {
  /** Font size of the table in points. */
  pt: number;
  landscape: boolean;
  /** Column widths in twips, summing to the text width. */
  widths: number[];
  /** True when even the last try did not fit: widths are scaled down and words may break. */
  overflow: boolean;
}

export interface PlacedCell {
  row: number;
  col: number;
  text: string;
  bold: boolean;
  span: number;
  header: boolean;
}

/** Each written cell with the column it starts in, merged areas from rows above taken into account. */
export function placedCells(doc: TableDocument): PlacedCell[] {
  const taken = Array.from({ length: doc.rows.length }, () => Array<boolean>(doc.columns).fill(false));
  const out: PlacedCell[] = [];
  doc.rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row.cells) {
      while (c < doc.columns && taken[r][c]) c++;
      out.push({ row: r, col: c, text: cell.text, bold: cell.bold, span: cell.colSpan, header: row.header });
      for (let dr = 0; dr < cell.rowSpan && r + dr < doc.rows.length; dr++) for (let dc = 0; dc < cell.colSpan && c + dc < doc.columns; dc++) taken[r + dr][c + dc] = true;
      c += cell.colSpan;
    }
  });
  return out;
}

const longestWord = (text: string, pt: number, bold: boolean) => Math.max(0, ...words(text).map((w) => textWidth(w, pt, bold)));

/** The narrowest width (twips, padding included) at which a text takes at most `lines` lines. */
function widthFor(text: string, pt: number, bold: boolean, lines: number): number {
  const full = textWidth(text, pt, bold);
  let w = longestWord(text, pt, bold);
  while (w < full && linesAt(text, w, pt, bold) > lines) w += 20;
  return Math.min(w, full) + PADDING;
}

interface Needs {
  min: number[];
  /** Headers on at most two lines. */
  preferred: number[];
  /** Headers on one line: only from what the label column does not need. */
  ample: number[];
  /** The label column's full width on one line: it never needs more. */
  labelFull: number;
}

function needs(doc: TableDocument, pt: number): Needs {
  const min = Array<number>(doc.columns).fill(PADDING);
  const preferred = Array<number>(doc.columns).fill(PADDING);
  const ample = Array<number>(doc.columns).fill(PADDING);
  let labelFull = PADDING;
  const spanning: PlacedCell[] = [];
  for (const cell of placedCells(doc)) {
    if (!cell.text) continue;
    if (cell.span > 1) {
      spanning.push(cell);
      continue;
    }
    const kind = doc.kinds[cell.col];
    let lo: number;
    let want: number;
    let roomy: number | undefined;
    if (cell.header) {
      lo = longestWord(cell.text, pt, cell.bold) + PADDING;
      want = widthFor(cell.text, pt, cell.bold, 2);
      if (kind !== 'label') roomy = textWidth(cell.text, pt, cell.bold) + PADDING;
    } else if (kind === 'stt' || kind === 'figure') lo = want = textWidth(cell.text, pt, cell.bold) + PADDING;
    else {
      lo = longestWord(cell.text, pt, cell.bold) + PADDING;
      want = lo;
      if (kind === 'label') labelFull = Math.max(labelFull, textWidth(cell.text, pt, cell.bold) + PADDING);
    }
    min[cell.col] = Math.max(min[cell.col], lo);
    preferred[cell.col] = Math.max(preferred[cell.col], want);
    ample[cell.col] = Math.max(ample[cell.col], roomy ?? want);
  }
  // A merged header needs its longest word across the columns it spans: short of that, they all widen.
  for (const cell of spanning) {
    const cols = Array.from({ length: cell.span }, (_, i) => cell.col + i).filter((c) => c < doc.columns);
    for (const [need, into] of [
      [longestWord(cell.text, pt, cell.bold) + PADDING, min],
      [widthFor(cell.text, pt, cell.bold, 2), preferred],
      [textWidth(cell.text, pt, cell.bold) + PADDING, ample],
    ] as const) {
      const have = cols.reduce((a, c) => a + into[c], 0);
      if (have < need) for (const c of cols) into[c] += (need - have) / cols.length;
    }
  }
  preferred.forEach((p, c) => (preferred[c] = Math.max(p, min[c])));
  ample.forEach((a, c) => (ample[c] = Math.max(a, preferred[c])));
  return { min, preferred, ample, labelFull };
}

/** Widths for one font size and text width, or undefined when the table does not fit. */
function widthsAt(doc: TableDocument, pt: number, width: number): number[] | undefined {
  const { min, preferred, ample, labelFull } = needs(doc, pt);
  const label = doc.kinds.indexOf('label');
  // A label column squeezed to its longest word would run every label over many lines.
  const comfort = label >= 0 ? Math.max(min[label], Math.min(labelFull, Math.max(2268, width * 0.28))) : 0;
  const widths = min.map((m, c) => (c === label ? comfort : m));
  let spare = width - widths.reduce((a, b) => a + b, 0);
  if (spare < 0) return undefined;
  const grow = (target: number[], budget: number) => {
    const wanted = target.map((p, c) => (c === label ? 0 : Math.max(0, p - widths[c])));
    const total = wanted.reduce((a, b) => a + b, 0);
    if (total <= 0 || budget <= 0) return;
    const share = Math.min(1, budget / total);
    wanted.forEach((w, c) => (widths[c] += w * share));
    spare -= total * share;
  };
  grow(preferred, spare);
  // One-line headers only with what the labels would not use anyway.
  if (label >= 0) grow(ample, spare - Math.max(0, labelFull - widths[label]));
  if (label >= 0) widths[label] += spare;
  else widths.forEach((w, c) => (widths[c] = w + spare / widths.length));
  const rounded = widths.map((w) => Math.floor(w));
  rounded[label >= 0 ? label : rounded.length - 1] += width - rounded.reduce((a, b) => a + b, 0);
  return rounded;
}

export function tableLayout(doc: TableDocument, options: { fit?: boolean } = {}): TableLayout {
  const portrait = options.fit ? [12, 11, 10.5, 10] : [12, 11];
  for (const pt of portrait) {
    const widths = widthsAt(doc, pt, PORTRAIT_TEXT_WIDTH);
    if (widths) return { pt, landscape: false, widths, overflow: false };
  }
  for (const pt of [12, 11, 10]) {
    const widths = widthsAt(doc, pt, LANDSCAPE_TEXT_WIDTH);
    if (widths) return { pt, landscape: true, widths, overflow: false };
  }
  const { min } = needs(doc, 10);
  const total = min.reduce((a, b) => a + b, 0);
  return { pt: 10, landscape: true, widths: min.map((m) => Math.floor((m / total) * LANDSCAPE_TEXT_WIDTH)), overflow: true };
}
