// What the task pane needs from wherever the workbook lives: Excel through Office.js, or a file in a browser.
import type { Lang, NewSheet, SheetInput, Template } from '../core';

export type Scope = 'selection' | 'all';

export interface CellRef {
  sheet: string;
  cell: string;
}

/** A value written by the pane, with what was there before so it can be put back. */
export interface AppliedFix extends CellRef {
  value: number | string;
  /** The cell's previous formula ("=SUM(…)") or value. */
  previous: number | string | boolean | null;
}

export interface FlagRequest extends CellRef {
  note: string;
}

export interface FindingRow extends CellRef {
  severity: string;
  message: string;
}

export type { NewSheet };

export interface ReadOptions {
  /** Fraction of the rows read so far. */
  onProgress?: (fraction: number) => void;
  /** Checked between chunks: reading stops there with Cancelled. */
  signal?: AbortSignal;
}

export interface Host {
  readonly kind: 'excel' | 'file';
  readonly lang: Lang;
  /** Sheets to check; with 'selection', only the sheet holding the selection, and the selected range. */
  readSheets(scope: Scope, options?: ReadOptions): Promise<{ sheets: SheetInput[]; selection?: CellRef & { range: string } }>;
  selectCell(at: CellRef): Promise<void>;
  writeValue(at: CellRef, value: number | string): Promise<AppliedFix>;
  undo(fix: AppliedFix): Promise<void>;
  /** Colour the cells and add a note, remembering each cell's fill and note to restore them exactly. */
  flag(cells: FlagRequest[]): Promise<void>;
  /** Restore every flagged cell's previous fill and note. Returns how many cells were restored. */
  unflag(): Promise<number>;
  /** True when the host can flag (Excel needs ExcelApi 1.9 for fills and 1.18 for notes). */
  readonly canFlag: boolean;
  /** False when cells cannot carry notes (Office 2021/2024, or notes failing): flags are then a striped fill. */
  readonly hasNotes?: boolean;
  /** Write every finding to a sheet of its own, with a link to each cell; only when the user asks. */
  writeFindings?(findings: FindingRow[]): Promise<void>;
  /** The templates stored in the workbook (its custom XML part), or undefined. A damaged part is a TemplateError. */
  readTemplates(): Promise<Template | undefined>;
  /** Replace the stored templates. A returned note tells the user they were kept somewhere else than usual. */
  saveTemplates(template: Template): Promise<string | void>;
  addSheet(sheet: NewSheet): Promise<void>;
  /** Several new sheets at once (a gathering's tables, "Theo đơn vị", "Ghi chú"): as few syncs as the host allows. */
  addSheets(sheets: NewSheet[]): Promise<void>;
  /** The workbook's sheet names, in order. */
  sheetNames(): Promise<string[]>;
}
