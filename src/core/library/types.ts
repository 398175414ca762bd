// The built-in library's tables, declared once: the layout inserted into a sheet, its formulas, and a sample of
// realistic, consistent figures from which the table's template is read the same way any sheet is read.

export interface Periods {
  /** The period the table is for: "2024" or "2025 - 2030". */
  current: string;
  /** The one before it: "2023" or "2020 - 2025". */
  previous: string;
}

/** Columns by 0-based index within the table (A is 0). */
export type ColumnSpec =
  | { kind: 'stt' }
  | { kind: 'label' }
  /** A figure typed by the user; `sample[i]` of each row is the sample figure of the i-th value column. */
  | { kind: 'value' }
  | { kind: 'share'; of: number }
  | { kind: 'difference'; current: number; previous: number }
  | { kind: 'ratio'; current: number; previous: number };

export interface RowSpec {
  stt?: string;
  label: string;
  /** One figure per value column, left to right; omitted on a "Trong đó:" line. */
  sample?: number[];
  /** Row indexes (in `rows`) this row adds up: its figures become =SUM formulas. */
  sum?: number[];
  /** The row a share of this row is taken of (the total unless said); the total row itself is 100 %. */
  shareOf?: number;
}

export interface LibraryEntry {
  id: string;
  /** What the pane lists. */
  name: string;
  /** The new sheet's name. */
  sheet: string;
  kind: 'year' | 'term';
  title: (p: Periods) => string;
  unit: string;
  source?: string;
  /** Header rows; "<" merges a cell into the one on its left, "^" into the one above. */
  header: (p: Periods) => string[][];
  columns: ColumnSpec[];
  /** The row every share is taken of unless a row says otherwise. */
  totalRow: number;
  rows: RowSpec[];
  /** Number format by column index. */
  formats: Record<number, string>;
  footnotes?: (p: Periods) => { names: Record<string, string>; sentences: string[] };
}

export interface LayoutCell {
  cell: string;
  value?: number | string;
  formula?: string;
  result?: number | string;
  numberFormat?: string;
  bold?: boolean;
  align?: 'left' | 'center' | 'right';
  /** Header cells wrap and have borders; so do body cells. */
  boxed?: boolean;
}

/** A sheet to create: cells with their formats, merged areas, and column widths (in characters). */
export interface SheetLayout {
  name: string;
  cells: LayoutCell[];
  merges: string[];
  widths: number[];
}
