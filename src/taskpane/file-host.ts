// The pane's host in a plain browser: an .xlsx the user opened. Reading and writing happen in memory;
// fixes and flags become a corrected copy to download, and the original file is never changed.
import type { Lang, Paragraph, RawCell, SheetInput, Template } from '../core';
import { parseA1 } from '../core/address';
import type { Recomputed } from '../core/recompute';
import { editedSheet } from '../core/roll/edits';
import { layoutSheet } from '../core/library/layout-sheet';
import { templateToXml } from '../core/template/store';
import type { FlagEdit, ResultEdit, ValueEdit } from '../xlsx/write';
import type { AppliedFix, CellRef, FlagRequest, Host, NewSheet, Scope } from './host';

export interface OpenedFile {
  name: string;
  bytes: ArrayBuffer;
}

/** Loaded on demand: exceljs is large and only the file host needs it. */
export interface XlsxModule {
  readWorkbook(data: ArrayBuffer): Promise<SheetInput[]>;
  correctedCopy(original: ArrayBuffer, values: ValueEdit[], flags: FlagEdit[], results: ResultEdit[]): Promise<ArrayBuffer>;
  recomputeSums(sheet: SheetInput, changed: string): Recomputed[];
  readDocx(data: ArrayBuffer): Promise<Paragraph[]>;
  parseExportedText(text: string): Paragraph[];
  readStoredTemplate(data: ArrayBuffer): Promise<Template | undefined>;
  withAdditions(bytes: ArrayBuffer, added: NewSheet[], templateXml?: string): Promise<ArrayBuffer>;
}

const key = (at: CellRef) => `${at.sheet}!${at.cell}`;

export class FileHost implements Host {
  readonly kind = 'file';
  readonly canFlag = true;
  private sheets?: SheetInput[];
  private readonly values = new Map<string, { edit: ValueEdit; before: RawCell | undefined }>();
  private readonly flags = new Map<string, FlagEdit>();
  /** Sum formulas whose totals moved with a fix, by cell: their new cached results. */
  private readonly results = new Map<string, ResultEdit>();
  /** Sheets the pane added, and templates it saved: both go into the download, never into the opened file. */
  private readonly added: NewSheet[] = [];
  private saved?: Template;

  constructor(
    readonly lang: Lang,
    readonly file: OpenedFile,
    private readonly xlsx: () => Promise<XlsxModule>,
    private readonly onSelect: (at: CellRef) => void,
  ) {}

  async readSheets(_scope: Scope) {
    this.sheets ??= await (await this.xlsx()).readWorkbook(this.file.bytes);
    return { sheets: this.sheets };
  }

  async selectCell(at: CellRef): Promise<void> {
    this.onSelect(at);
  }

  private slot(at: CellRef): { line: (RawCell | undefined)[]; col: number } {
    const sheet = this.sheets?.find((s) => s.name === at.sheet);
    const pos = parseA1(at.cell);
    if (!sheet || !pos) throw new Error(`Không có ô ${key(at)}`);
    const line = (sheet.cells[pos.row] ??= []);
    return { line, col: pos.col };
  }

  async writeValue(at: CellRef, value: number | string): Promise<AppliedFix> {
    const { line, col } = this.slot(at);
    const before = line[col];
    line[col] = { ...before, value, formula: undefined };
    if (!this.values.has(key(at))) this.values.set(key(at), { edit: { ...at, value }, before });
    else this.values.get(key(at))!.edit.value = value;
    const previous = before?.formula ? `=${before.formula}` : before && typeof before.value !== 'object' ? before.value : null;
    await this.recompute(at);
    return { ...at, value, previous };
  }

  async undo(fix: AppliedFix): Promise<void> {
    const entry = this.values.get(key(fix));
    if (!entry) return;
    const { line, col } = this.slot(fix);
    line[col] = entry.before;
    this.values.delete(key(fix));
    await this.recompute(fix);
  }

  /** Totals computed by =SUM(…) follow the fix, as Excel would recalculate them. */
  private async recompute(at: CellRef): Promise<void> {
    const sheet = this.sheets!.find((s) => s.name === at.sheet)!;
    for (const r of (await this.xlsx()).recomputeSums(sheet, at.cell)) this.results.set(`${at.sheet}!${r.cell}`, { sheet: at.sheet, cell: r.cell, result: r.value });
  }

  async flag(cells: FlagRequest[]): Promise<void> {
    for (const c of cells) this.flags.set(key(c), { sheet: c.sheet, cell: c.cell, note: c.note });
  }

  async unflag(): Promise<number> {
    const n = this.flags.size;
    this.flags.clear();
    return n;
  }

  async readTemplates(): Promise<Template | undefined> {
    return this.saved ?? (await this.xlsx()).readStoredTemplate(this.file.bytes);
  }

  async saveTemplates(template: Template): Promise<void> {
    this.saved = template;
  }

  async sheetNames(): Promise<string[]> {
    return (await this.readSheets('all')).sheets.map((s) => s.name);
  }

  async addSheet(sheet: NewSheet): Promise<void> {
    const sheets = (await this.readSheets('all')).sheets;
    if (sheet.kind === 'layout') sheets.push(layoutSheet(sheet.layout));
    else {
      const source = sheets.find((s) => s.name === sheet.source);
      if (!source) throw new Error(`Không có trang ${sheet.source}`);
      sheets.push(editedSheet(source, sheet.edits, sheet.name));
    }
    this.added.push(sheet);
  }

  async addSheets(sheets: NewSheet[]): Promise<void> {
    for (const sheet of sheets) await this.addSheet(sheet);
  }

  get changes(): number {
    return this.values.size + this.flags.size + this.added.length + (this.saved ? 1 : 0);
  }

  /** The corrected copy's name: the original's with "-da-soat" before the extension. */
  get copyName(): string {
    return this.file.name.replace(/(\.xlsx)?$/i, '-da-soat.xlsx');
  }

  async correctedCopy(): Promise<ArrayBuffer> {
    const edits = [...this.values.values()].map((v) => v.edit);
    const xlsx = await this.xlsx();
    const corrected = await xlsx.correctedCopy(this.file.bytes, edits, [...this.flags.values()], [...this.results.values()]);
    if (!this.added.length && !this.saved) return corrected;
    return xlsx.withAdditions(corrected, this.added, this.saved ? templateToXml(this.saved) : undefined);
  }
}

/** A cell address for display: "Biểu 1!D8". */
export function describeCell(at: CellRef): string {
  return `${at.sheet}!${at.cell}`;
}

