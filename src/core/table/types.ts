import type { ShareBase } from '../rules/types';
import type { CellRange } from '../address';
import type { RowComparison } from './period-rows';

export interface Period {
  /** As headers write it: "2020 - 2025", "2023", "30/6/2017". */
  label: string;
  kind: 'term' | 'year' | 'date';
  /** Sorts periods in time. */
  order: number;
}

export type ColumnRole =
  | { kind: 'stt' }
  | { kind: 'label' }
  | { kind: 'unit' }
  | { kind: 'note' }
  | { kind: 'other' }
  | { kind: 'value'; period?: Period; total: boolean }
  /** base: fixed by a template; otherwise chosen from the figures. */
  /** baseCol: with base 'row-total', the column of the same row the share is taken of. */
  | { kind: 'share'; of?: number; period?: Period; base?: ShareBase; baseCol?: number }
  /** relative: a "%" change of counts, (current − previous) / previous × 100, never points. */
  | { kind: 'difference'; points: boolean; relative?: boolean; current?: number; previous?: number; named: Period[] }
  | { kind: 'ratio'; current?: number; previous?: number; named: Period[] };

export interface TableColumn {
  col: number;
  /** Header texts from the top header row down, merged parents repeated. */
  path: string[];
  header: string;
  role: ColumnRole;
  /** The number format its figures are written with ("#,##0", "0.00"), when the sheet says. */
  format?: string;
}

/** How the parts of a group relate to their parent (see domain.md, "Row hierarchy"). */
export type Relation =
  /** parent = Σ parts */
  | 'sum'
  /** Σ parts ≤ parent: disjoint values of one dimension, not known to be exhaustive */
  | 'within'
  /** each part ≤ parent: overlapping dimensions (nữ, dân tộc, tôn giáo) */
  | 'each-within';

/** Why a group was read the way it was: reported to the user as info. */
export type Reading =
  | 'gom'
  | 'stt'
  | 'total-row'
  | 'trailing-total'
  | 'trong-do-overlap'
  | 'trong-do-disjoint'
  | 'trong-do-exhaustive'
  | 'overlap'
  | 'nested'
  /** A classification that leaves some out (chuyên môn, lý luận chính trị): its parts add up to at most the whole. */
  | 'partial'
  | 'template'
  /** Read from the layout alone (columns under one header beside their "Tổng số"): confirmed by the figures. */
  | 'layout'
  /** Written on the sheet: a column-number row "2 (=3+4)" or a label "Cộng (1+…+11)". */
  | 'written';

export interface Group {
  /** Row index (row groups) or column index (column groups) of the parent. */
  parent: number;
  parts: number[];
  relation: Relation;
  reading: Reading;
  /** Ratings: "xuất sắc" may be counted inside "tốt" (outer). Decided from the figures. */
  nested?: { inner: number; outer: number };
  /** Set by a template: the nesting is known, not decided from the figures (an empty sheet has none). */
  nestedFixed?: boolean;
}

export interface TableRow {
  row: number;
  stt?: string;
  label: string;
  level: number;
  /** average: a row of averages ("Tuổi bình quân"): compared between periods, never summed. */
  kind: 'data' | 'connector' | 'total' | 'average';
  /** The row's own unit, when the table has a unit column ("người", "lượt người", "lớp"). */
  unit?: string;
  parent?: number;
}

export interface Table {
  id: string;
  sheet: string;
  range: CellRange;
  title?: string;
  unit?: string;
  source?: string;
  headerTop: number;
  headerBottom: number;
  bodyTop: number;
  bodyBottom: number;
  columns: TableColumn[];
  rows: TableRow[];
  rowGroups: Group[];
  colGroups: Group[];
  /** The row every share of the whole is taken of, when there is one. */
  totalRow?: number;
  /** The column-number row under the header ("1 | 2 (=3+4) | 3 | 4"), when there is one. */
  numberRow?: number;
  /** Blocks A – D of a stock–flow form: D = A + B − C. */
  stockFlow?: { a: number; b: number; c: number; d: number };
  /**
   * A right-hand panel whose numbering goes on from the panel beside it (1…9 | 10…17, Toàn huyện): one list
   * in two halves, so its closing total adds the rows of both. `offset` is how many columns left the first half is.
   */
  continues?: { rows: number[]; offset: number };
  /** Rows that state they are a percentage of two other rows ("Dòng 2 / dòng 1"), in every column of figures. */
  rowRatios?: { target: number; part: number; base: number }[];
  /** Columns the column-number row writes as a scaled quotient of two others ("(2) = (3)/(1) x 10"). */
  scaledColumns?: { target: number; numerator: number; denominator: number; scale: number }[];
  /** Rows comparing two period rows above them; `relabelled` when the figures compare another pair than the label names. */
  comparisons?: (RowComparison & { relabelled?: boolean })[];
}
