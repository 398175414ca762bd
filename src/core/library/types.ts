// The built-in library's tables, declared once: the layout inserted into a sheet, its formulas, and a sample of
// realistic, consistent figures from which the table's template is read the same way any sheet is read.

export interface Periods {
  /** The period the table is for: "2024" or "2025 - 2030". */
  current: string;
  /** The one before it: "2023" or "2020 - 2025". */
  previous: string;
}

/** Columns by 0-based index within the table (A is 0). `unit` is said where a column counts something other than the table's unit (classes in a table of people). */
export type ColumnSpec =
  | { kind: 'stt' }
  | { kind: 'label' }
  /** A figure typed by the user; `sample[i]` of each row is the sample figure of the i-th value column. */
  | { kind: 'value'; unit?: string }
  /** The sum of other columns of the same row, as a form's column-number row writes it ("2 (=3+4)"): an =SUM in every row. */
  | { kind: 'sum'; of: number[]; unit?: string }
  | { kind: 'share'; of: number }
  | { kind: 'difference'; current: number; previous: number }
  /** current / previous × 100: "So sánh (%)", and the index column "(%) kỳ này so với cùng kỳ năm trước" of the official forms. */
  | { kind: 'ratio'; current: number; previous: number }
  /** Words only ("Ghi chú"): left empty. */
  | { kind: 'note' };

export interface RowSpec {
  stt?: string;
  label: string;
  /** One figure per value column, left to right (on an `average` row, one per value or sum column); omitted on a heading or "Trong đó:" line. */
  sample?: number[];
  /** Row indexes (in `rows`) this row adds up: its figures become =SUM formulas. */
  sum?: number[];
  /** Row indexes this row takes away from `sum` (a stock-flow balance D = A + B − C): the formula is written A+B−C. */
  minus?: number[];
  /** A row of averages ("Tuổi bình quân"): every figure is typed, none is a sum, and no total counts it. */
  average?: boolean;
  /** Number format of the row's typed figures, where it differs from its columns' (one decimal for an average age). */
  format?: string;
  /** Where a share makes no sense on this row: its share cells show "X", as the forms print it. */
  noShare?: boolean;
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
  /** A line under the title: the date a stock is counted at ("Có đến 31/12/2025"). */
  subtitle?: (p: Periods) => string;
  /** The official form's code, printed top right ("Biểu số 1-BTCTW"). */
  formCode?: string;
  unit: string;
  /** The unit line as the form prints it ("Đvt: Người"); "Đơn vị tính: <unit>" unless said. */
  unitLine?: string;
  source?: string;
  /** Header rows; "<" merges a cell into the one on its left, "^" into the one above. */
  header: (p: Periods) => string[][];
  /** The column-number row under the header, one cell per column, written as the form writes it ("1", "2 (=3+4)"). */
  numbers?: string[];
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
