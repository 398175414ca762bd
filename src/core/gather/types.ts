// The roll-up of districts' workbooks into the province's tables (tổng hợp): what goes in and what comes out.
import type { Exact } from '../numbers/exact';
import type { ShareBase } from '../rules/types';
import type { SheetInput } from '../sheet';
import type { SheetLayout } from '../library/types';
import type { Template, TemplateTable } from '../template';

/** One district's workbook as a host read it; `name` from the file name or a cell the user chose. */
export interface DistrictWorkbook {
  name: string;
  file: string;
  sheets: SheetInput[];
}

/** What one district adds: figures and caveats by template table and cell. */
export interface Contribution {
  figures: Map<string, Map<string, Exact>>;
  caveats: Map<string, Map<string, string[]>>;
  /** Share bases the district's own check chose, by template table and column, when the template fixes none. */
  bases: Map<string, Map<string, ShareBase>>;
}

/** A district's workbook read against the template (readDistrict): its part of the status, and its contribution. */
export interface DistrictReading {
  /** Template tables found in the workbook. */
  tables: string[];
  errors: number;
  warnings: number;
  notes: GatherNote[];
  contribution: Contribution;
}

/** A district to gather: its reading is asked for only when it is not a second file of a district already gathered. */
export interface ReadableDistrict {
  name: string;
  file: string;
  read: () => DistrictReading;
}

/** A file the host could not read as a workbook: listed with its reason, never summed. */
export interface UnreadFile {
  file: string;
  message: string;
}

export interface GatherOptions {
  /** Leave out a district whose tables have errors (it is still named, as left out). */
  skipErrors?: boolean;
  /** Districts in the order given (default), or by name as Vietnamese sorts. */
  order?: 'given' | 'name';
  /** Sheet names the gathered sheets must not take (the open workbook's, in the pane). */
  takenSheets?: string[];
}

export type DistrictState =
  /** Matched, checked, summed. */
  | 'ok'
  /** Summed, with rows, columns or cells that could not be summed (each a note). */
  | 'incomplete'
  /** Summed although its tables have errors: each error is a note, and the figures they touch carry its name. */
  | 'errors'
  /** Has errors and was left out (--skip-errors). */
  | 'left-out'
  /** A second file for a district already gathered: not summed. */
  | 'duplicate'
  | 'unreadable'
  /** None of the template's tables was found in it. */
  | 'no-table';

export interface GatherNote {
  severity: 'error' | 'warning' | 'info';
  district?: string;
  file?: string;
  /** The template table's id. */
  table?: string;
  /** Where in the district's workbook ("Biểu 1!C7"). */
  at?: string;
  /** The cell of the gathered table it concerns (the template's coordinates). */
  cell?: string;
  message: string;
}

export interface DistrictStatus {
  name: string;
  file: string;
  state: DistrictState;
  included: boolean;
  /** Template tables found in the workbook. */
  tables: string[];
  errors: number;
  warnings: number;
  notes: GatherNote[];
}

export interface GatheredTable {
  template: TemplateTable;
  /** The sheet of the gathered workbook the table is written on. */
  sheet: string;
  /** Figures by cell (the template's addresses): counts summed; shares, differences and ratios recomputed from the sums. */
  figures: Map<string, Exact>;
  /** Each included district's figure by cell of a value column, in district order (undefined: none). */
  byDistrict: Map<string, (Exact | undefined)[]>;
  /** Why a figure may fall short of the whole province: the districts' reasons, by cell. */
  caveats: Map<string, string[]>;
}

export interface GatherResult {
  districts: DistrictStatus[];
  /** Names of the districts summed, in order. */
  included: string[];
  tables: GatheredTable[];
  notes: GatherNote[];
  /** Sheets to write: the province tables, "Theo đơn vị", "Ghi chú". */
  sheets: SheetLayout[];
  /** The template with each table on the sheet it is written to: stored in the gathered workbook. */
  template: Template;
}

/** A province figure that differs from the districts' sum. */
export interface CompareFinding {
  table: string;
  sheet: string;
  cell: string;
  province: Exact;
  sum: Exact;
  /** Districts whose notes explain the difference (a missing row, an error, a district left out). */
  districts: string[];
  message: string;
}
