// The task pane's host inside Excel. Reads and writes are sized to Office's limits (see limits.ts): the first
// sync lists the sheets, the second sizes every sheet's used range and, on a guess of its share of the budget,
// reads its first rows, so a workbook under the budget is read in two syncs; anything left is read in row
// bands packed under the budget, one sync each, yielding to Office between them (it restarts an add-in that
// blocks for 5 s) and stopping there when cancelled. A band Excel refuses (payload too large, GeneralException,
// or values that come back null) is halved and retried down to a floor, then reported with its sheet and range.
// Flags are written in chunks; each chunk's record of what it changed is written in the same sync, before the
// changes, so "Xóa đánh dấu" can restore exactly what was changed even when a later chunk failed. A fix is one
// sync. Templates live in one custom XML part (found by its namespace, as the command line finds it in the
// .xlsx): reading it takes two syncs, replacing it two; adding a rolled-forward copy or a library table is one.
import type { Lang, RollEdit, SheetLayout, Template } from '../core';
import { columnName } from '../core/address';
import { TEMPLATE_NAMESPACE, templateFromXml, templateToXml } from '../core/template/store';
import type { AppliedFix, CellRef, FindingRow, FlagRequest, Host, NewSheet, ReadOptions, Scope } from '../taskpane/host';
import { Cancelled } from '../taskpane/check-runner';
import { toSheetInput, UsedRangeData } from './grid';
import { Band, batches, DEFAULT_LIMITS, RANGE_OVERHEAD_BYTES, ExcelLimits, FLAG_CELL_BYTES, isSizeFailure, planBands, rowsWithin, SheetSize, takeSync, TYPICAL_COLUMNS } from './limits';

/** Where flags are remembered, in the workbook itself, so they can be removed after reopening it: this key holds
 * `{"chunks": n}` and `soatso.flags.0` … `soatso.flags.<n-1>` each chunk's records (an array here is the older
 * single-record form). */
export const FLAG_SETTING = 'soatso.flags';
const FLAG_COLOR = '#FFC7CE';
/** Without notes the flag must not rely on colour alone: diagonal stripes show in grey print and to colour-blind readers. */
const FLAG_MARKER = { color: FLAG_COLOR, pattern: 'LightUp', patternColor: '#9C0006' } as const;
const NOTE_PREFIX = '[Soát Số] ';
/** The sheet of findings, written only when the user asks; never read back as data. */
export const FINDINGS_SHEET = 'Soát Số';
/** Where templates go when custom XML is unavailable or the part would be too large; very hidden. */
export const TEMPLATE_SHEET = 'SoatSo.Mau';
/** Excel on the web fails to add a custom XML part over about 1 MB. */
const CUSTOM_XML_BYTES = 1_000_000;
/** Only what the check uses: a smaller request and response than asking for every property. */
const READ_PROPERTIES: Excel.CellPropertiesLoadOptions = { format: { indentLevel: true, font: { bold: true } }, hidden: true };

interface FlagRecord extends CellRef {
  fill: { color?: string; pattern?: string; patternColor?: string };
  /** The note the cell had before, null when it had none, absent when notes were not available to change. */
  note?: string | null;
}

type RequestContext = Excel.RequestContext;
type Run = <T>(batch: (context: RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelHostOptions {
  /** ExcelApi 1.18 (notes); false on Office 2021/2024. Also turned off when reading notes fails. */
  notes?: boolean;
  /** ExcelApi 1.5 (custom XML parts). */
  customXml?: boolean;
  /** False for a workbook never saved (no URL yet): custom XML fails on iPad until it is saved once. */
  isSaved?: () => boolean;
  limits?: Partial<ExcelLimits>;
}

/** A range Excel would not give, even in the smallest piece. */
export class ReadError extends Error {
  constructor(
    message: string,
    readonly sheet: string,
    readonly range: string,
  ) {
    super(message);
  }
}

class NullValues extends Error {
  readonly code = 'NullValues';
}

/** Lets Office and the pane breathe between syncs. */
const yieldToOffice = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

interface BandLoad {
  range: Excel.Range;
  props: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
}

function loadBand(range: Excel.Range): BandLoad {
  range.load('values, numberFormat, formulas');
  return { range, props: range.getCellProperties(READ_PROPERTIES) };
}

export class ExcelHost implements Host {
  readonly kind = 'excel';
  readonly limits: ExcelLimits;
  private notes: boolean;

  constructor(
    readonly lang: Lang,
    private readonly run: Run,
    readonly canFlag: boolean,
    options: ExcelHostOptions = {},
  ) {
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
    this.notes = options.notes ?? true;
    this.customXml = options.customXml ?? true;
    this.isSaved = options.isSaved;
  }
  private readonly customXml: boolean;
  private readonly isSaved?: () => boolean;

  /** False once notes are known to be missing: flags then use a striped fill and the findings sheet. */
  get hasNotes(): boolean {
    return this.notes;
  }

  async readSheets(scope: Scope, options: ReadOptions = {}) {
    const { signal, onProgress } = options;
    const budget = this.limits.budgetBytes;
    const first = await this.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load('items/name');
      const selected = context.workbook.getSelectedRange();
      selected.load('address');
      const active = worksheets.getActiveWorksheet();
      active.load('name');
      await context.sync();

      const chosen = scope === 'all' ? worksheets.items.filter((w) => w.name !== FINDINGS_SHEET && w.name !== TEMPLATE_SHEET) : worksheets.items.filter((w) => w.name === active.name);
      // The size is unknown until this sync returns, so each sheet's first rows are read on a guess of its
      // share of the budget; a guess Excel refuses costs one sync, then nothing is read unsized.
      const guess = rowsWithin(budget / Math.max(1, chosen.length), TYPICAL_COLUMNS);
      const size = (speculate: boolean) =>
        chosen.map((ws) => {
          const used = ws.getUsedRange(true);
          used.load('rowIndex, columnIndex, rowCount, columnCount');
          const merged = used.getMergedAreasOrNullObject();
          merged.load('isNullObject, address');
          const band = speculate ? loadBand(used.getRow(0).getResizedRange(guess - 1, 0).getIntersection(used)) : undefined;
          return { name: ws.name, used, merged, band };
        });
      let reads = size(true);
      try {
        await context.sync();
      } catch (e) {
        if (!isSizeFailure(e)) throw e;
        reads = size(false);
        await context.sync();
      }
      return {
        selection: selected.address,
        sheets: reads.map(({ name, used, merged, band }) => ({
          size: { sheet: name, rowIndex: used.rowIndex, columnIndex: used.columnIndex, rowCount: used.rowCount, columnCount: used.columnCount } as SheetSize,
          mergedAddress: merged.isNullObject ? undefined : merged.address,
          band: band && band.range.values !== null ? { values: band.range.values, numberFormat: band.range.numberFormat, formulas: band.range.formulas, properties: band.props.value } : undefined,
        })),
      };
    });

    const data = new Map<string, UsedRangeData & { rows: number }>();
    const done = new Map<string, number>();
    for (const s of first.sheets) {
      const d = { rowIndex: s.size.rowIndex, columnIndex: s.size.columnIndex, values: [], numberFormat: [], formulas: [], properties: [], mergedAddress: s.mergedAddress, rows: s.size.rowCount } as UsedRangeData & { rows: number };
      data.set(s.size.sheet, d);
      if (s.band) {
        store(d, 0, s.band);
        done.set(s.size.sheet, s.band.values.length);
      }
    }
    const sizes = first.sheets.map((s) => s.size);
    const widths = new Map(sizes.map((s) => [s.sheet, s.columnCount]));
    const total = sizes.reduce((n, s) => n + s.rowCount, 0);
    let read = [...done.values()].reduce((n, r) => n + r, 0);
    onProgress?.(total ? read / total : 1);

    const queue = planBands(sizes, done, budget);
    let allowance = budget;
    while (queue.length) {
      await yieldToOffice();
      if (signal?.aborted) throw new Cancelled();
      const group = takeSync(queue, widths, allowance);
      try {
        const got = await this.run(async (context) => {
          const loads = group.map((b) => {
            const s = sizes.find((x) => x.sheet === b.sheet)!;
            return loadBand(context.workbook.worksheets.getItem(b.sheet).getRangeByIndexes(s.rowIndex + b.start, s.columnIndex, b.rows, s.columnCount));
          });
          await context.sync();
          return loads.map((l) => {
            if (l.range.values === null) throw new NullValues();
            return { values: l.range.values, numberFormat: l.range.numberFormat, formulas: l.range.formulas, properties: l.props.value };
          });
        });
        got.forEach((g, i) => store(data.get(group[i].sheet)!, group[i].start, g));
        read += group.reduce((n, b) => n + b.rows, 0);
        onProgress?.(read / total);
      } catch (e) {
        if (!isSizeFailure(e) && !(e instanceof NullValues)) throw e;
        if (group.length === 1 && group[0].rows <= this.limits.floorRows) throw this.unreadable(group[0], sizes);
        queue.unshift(...group.flatMap((b) => (b.rows > this.limits.floorRows ? halves(b) : [b])));
        allowance = Math.max(1, allowance / 2);
      }
    }

    // Converting a million cells at once would block the pane for seconds: one sheet at a time.
    const sheets = [];
    for (const s of first.sheets) {
      sheets.push(toSheetInput(s.size.sheet, data.get(s.size.sheet)));
      data.delete(s.size.sheet);
      if (sheets.length % 8 === 0) await yieldToOffice();
    }
    const [sheet, range] = splitAddress(first.selection);
    return { sheets, selection: scope === 'selection' ? { sheet, cell: range.split(':')[0], range } : undefined };
  }

  private unreadable(band: Band, sizes: SheetSize[]): ReadError {
    const s = sizes.find((x) => x.sheet === band.sheet)!;
    const top = s.rowIndex + band.start + 1;
    const range = `${columnName(s.columnIndex)}${top}:${columnName(s.columnIndex + s.columnCount - 1)}${top + band.rows - 1}`;
    const message =
      this.lang === 'en'
        ? `Excel would not return sheet ${band.sheet}, range ${range}, even in the smallest piece (too much data in one request, or an Excel error). Split the sheet or check it in the browser preview.`
        : `Excel không trả về được trang ${band.sheet}, vùng ${range}, kể cả khi đọc từng phần nhỏ nhất (dữ liệu quá lớn cho một lần đọc hoặc Excel báo lỗi). Hãy tách trang đó ra hoặc kiểm tra tệp trong bản xem trước trên trình duyệt.`;
    return new ReadError(message, band.sheet, range);
  }

  async selectCell(at: CellRef): Promise<void> {
    await this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(at.sheet);
      ws.activate();
      ws.getRange(at.cell).select();
      await context.sync();
    });
  }

  async writeValue(at: CellRef, value: number | string): Promise<AppliedFix> {
    return this.run(async (context) => {
      const range = context.workbook.worksheets.getItem(at.sheet).getRange(at.cell);
      // The load is queued before the write, so it reports what the cell held before it.
      range.load('formulas');
      range.values = [[value]];
      await context.sync();
      return { ...at, value, previous: range.formulas[0][0] as AppliedFix['previous'] };
    });
  }

  async undo(fix: AppliedFix): Promise<void> {
    await this.run(async (context) => {
      const range = context.workbook.worksheets.getItem(fix.sheet).getRange(fix.cell);
      range.formulas = [[fix.previous === null ? '' : fix.previous]];
      await context.sync();
    });
  }

  async flag(cells: FlagRequest[]): Promise<void> {
    if (!this.canFlag || cells.length === 0) return;
    const longest = Math.max(...cells.map((c) => c.note.length * 3 + c.sheet.length * 3));
    const size = Math.max(1, Math.min(this.limits.writeCells, Math.floor(this.limits.budgetBytes / (FLAG_CELL_BYTES + longest))));
    for (const [i, chunk] of batches(cells, size).entries()) {
      if (i > 0) await yieldToOffice();
      try {
        await this.run((context) => this.flagChunk(context, chunk, this.notes));
      } catch (e) {
        // Reading notes has failed on Excel on the web even where ExcelApi 1.18 is claimed: decided here, by
        // the failure, not by the platform. Nothing was written yet when the read failed.
        if (!(e instanceof NotesFailed)) throw e;
        this.notes = false;
        await this.run((context) => this.flagChunk(context, chunk, false));
      }
    }
  }

  private async flagChunk(context: RequestContext, chunk: FlagRequest[], withNotes: boolean): Promise<void> {
    const settings = context.workbook.settings;
    const index = settings.getItemOrNullObject(FLAG_SETTING);
    index.load('isNullObject, value');
    const before = chunk.map((c) => {
      const ws = context.workbook.worksheets.getItem(c.sheet);
      const props = ws.getRange(c.cell).getCellProperties({ format: { fill: { color: true, pattern: true, patternColor: true } } });
      const note = withNotes ? ws.notes.getItemOrNullObject(c.cell) : undefined;
      note?.load('isNullObject, content');
      return { c, ws, props, note };
    });
    try {
      await context.sync();
    } catch (e) {
      throw withNotes ? new NotesFailed(e) : e;
    }

    let chunks = 0;
    if (!index.isNullObject) {
      const stored = JSON.parse(String(index.value));
      if (Array.isArray(stored)) settings.add(`${FLAG_SETTING}.0`, JSON.stringify(stored));
      chunks = Array.isArray(stored) ? 1 : Number(stored.chunks) || 0;
    }
    const records: FlagRecord[] = before.map(({ c, props, note }) => {
      const fill = props.value[0][0].format?.fill ?? {};
      const record: FlagRecord = { sheet: c.sheet, cell: c.cell, fill: { color: fill.color, pattern: fill.pattern, patternColor: fill.patternColor } };
      if (note) record.note = note.isNullObject ? null : note.content;
      return record;
    });
    // The record goes first in the batch: Office applies a failing batch up to the failure, so whatever this
    // chunk changed is already on record.
    settings.add(`${FLAG_SETTING}.${chunks}`, JSON.stringify(records));
    settings.add(FLAG_SETTING, JSON.stringify({ chunks: chunks + 1 }));
    for (const { c, ws, note } of before) {
      const range = ws.getRange(c.cell);
      if (!note) {
        range.setCellProperties([[{ format: { fill: FLAG_MARKER } }]]);
        continue;
      }
      range.format.fill.color = FLAG_COLOR;
      const text = `${NOTE_PREFIX}${c.note}`;
      if (note.isNullObject) ws.notes.add(c.cell, text);
      else if (!note.content.includes(text)) note.content = `${note.content}\n${text}`;
    }
    await context.sync();
  }

  async unflag(): Promise<number> {
    if (!this.canFlag) return 0;
    const stored = await this.run(async (context) => {
      const index = context.workbook.settings.getItemOrNullObject(FLAG_SETTING);
      index.load('isNullObject, value');
      await context.sync();
      return index.isNullObject ? undefined : JSON.parse(String(index.value));
    });
    if (stored === undefined) return 0;
    const restored = new Set<string>();
    if (Array.isArray(stored)) {
      await this.run((context) => this.restore(context, stored as FlagRecord[], restored, () => context.workbook.settings.getItem(FLAG_SETTING).delete()));
      return restored.size;
    }
    // Newest chunk first: a cell flagged twice is put back by its oldest record last, which holds the user's own fill and note.
    for (let j = Number(stored.chunks) - 1; j >= 0; j--) {
      await this.run(async (context) => {
        const settings = context.workbook.settings;
        const chunk = settings.getItemOrNullObject(`${FLAG_SETTING}.${j}`);
        chunk.load('isNullObject, value');
        await context.sync();
        const records: FlagRecord[] = chunk.isNullObject ? [] : JSON.parse(String(chunk.value));
        await this.restore(context, records, restored, () => {
          if (!chunk.isNullObject) chunk.delete();
          // The count shrinks with each chunk restored, in the same sync, so a failure leaves the rest on record.
          if (j > 0) settings.add(FLAG_SETTING, JSON.stringify({ chunks: j }));
          else settings.getItem(FLAG_SETTING).delete();
        });
      });
      await yieldToOffice();
    }
    return restored.size;
  }

  private async restore(context: RequestContext, records: FlagRecord[], restored: Set<string>, forget: () => void): Promise<void> {
    // The user may have removed a note by hand since: look before touching it.
    const notes = records.map((r) => {
      if (r.note === undefined) return undefined;
      const note = context.workbook.worksheets.getItem(r.sheet).notes.getItemOrNullObject(r.cell);
      note.load('isNullObject');
      return note;
    });
    if (notes.some(Boolean)) await context.sync();
    for (let i = records.length - 1; i >= 0; i--) {
      const r = records[i];
      const ws = context.workbook.worksheets.getItem(r.sheet);
      const range = ws.getRange(r.cell);
      if (!r.fill.pattern || r.fill.pattern === 'None') range.format.fill.clear();
      else range.setCellProperties([[{ format: { fill: { color: r.fill.color, pattern: r.fill.pattern as Excel.FillPattern, ...(r.fill.patternColor ? { patternColor: r.fill.patternColor } : {}) } } }]]);
      const note = notes[i];
      if (note) {
        if (r.note === null) {
          if (!note.isNullObject) note.delete();
        } else if (note.isNullObject) ws.notes.add(r.cell, r.note!);
        else note.content = r.note!;
      }
      restored.add(`${r.sheet}!${r.cell}`);
    }
    forget();
    await context.sync();
  }

  async writeFindings(rows: FindingRow[]): Promise<void> {
    const headers = this.lang === 'en' ? ['Sheet', 'Cell', 'Severity', 'Finding'] : ['Trang', 'Ô', 'Mức', 'Nội dung'];
    await this.run(async (context) => {
      const old = context.workbook.worksheets.getItemOrNullObject(FINDINGS_SHEET);
      old.load('isNullObject');
      await context.sync();
      if (!old.isNullObject) old.delete();
      const ws = context.workbook.worksheets.add(FINDINGS_SHEET);
      ws.getRange('A1:D1').values = [headers];
      ws.getRange('A1:D1').format.font.bold = true;
      ws.activate();
      await context.sync();
    });
    const longest = Math.max(0, ...rows.map((r) => (r.message.length + r.sheet.length * 2) * 3));
    const size = Math.max(1, Math.min(this.limits.writeCells, Math.floor(this.limits.budgetBytes / (FLAG_CELL_BYTES + longest))));
    for (const [i, chunk] of batches(rows, size).entries()) {
      await yieldToOffice();
      await this.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(FINDINGS_SHEET);
        const top = 2 + i * size;
        ws.getRange(`A${top}:D${top + chunk.length - 1}`).values = chunk.map((r) => [r.sheet, `${r.sheet}!${r.cell}`, r.severity, r.message]);
        // A link in the workbook itself: it works on every platform and in a copy mailed onward.
        chunk.forEach((r, j) => {
          ws.getRange(`B${top + j}`).hyperlink = { documentReference: `'${r.sheet.replace(/'/g, "''")}'!${r.cell}`, textToDisplay: `${r.sheet}!${r.cell}` };
        });
        await context.sync();
      });
    }
  }

  async readTemplates(): Promise<Template | undefined> {
    let xml: string | undefined;
    if (this.customXml) {
      try {
        xml = await this.run(async (context) => {
          const part = context.workbook.customXmlParts.getByNamespace(TEMPLATE_NAMESPACE).getOnlyItemOrNullObject();
          await context.sync();
          if (part.isNullObject) return undefined;
          const text = part.getXml();
          await context.sync();
          return text.value;
        });
      } catch {
        // Custom XML failing (iPad before the first save, some web sessions): the hidden sheet may hold them.
      }
    }
    xml ??= await this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(TEMPLATE_SHEET);
      sheet.load('isNullObject');
      await context.sync();
      if (sheet.isNullObject) return undefined;
      const used = sheet.getUsedRange(true);
      used.load('rowCount');
      await context.sync();
      // Read back in the bands it was written in, each response under Office's 5 MB.
      let text = '';
      for (let from = 0; from < used.rowCount; from += 40) {
        const band = sheet.getRange(`A${from + 1}:A${Math.min(used.rowCount, from + 40)}`);
        band.load('values');
        await context.sync();
        text += band.values.map((line) => String(line[0] ?? '')).join('');
      }
      return text;
    });
    return xml ? templateFromXml(xml) : undefined;
  }

  /**
   * Replaces the stored templates. In the custom XML part when Excel allows it (ExcelApi 1.5, under 1 MB,
   * the call succeeding), else in a very hidden sheet; the returned note says where, for the user.
   */
  async saveTemplates(template: Template): Promise<string | void> {
    if (this.isSaved?.() === false) throw new Error(this.lang === 'en' ? 'Save the workbook once (File → Save) before storing templates in it: until then Excel cannot keep them in the file on every device.' : 'Hãy lưu sổ tính một lần (Tệp → Lưu) rồi mới lưu mẫu bảng: trước đó Excel không giữ được mẫu trong tệp trên mọi thiết bị.');
    const xml = templateToXml(template);
    const fits = new TextEncoder().encode(xml).length <= CUSTOM_XML_BYTES;
    if (this.customXml && fits) {
      try {
        await this.run(async (context) => {
          const parts = context.workbook.customXmlParts.getByNamespace(TEMPLATE_NAMESPACE);
          parts.load('items');
          const sheet = context.workbook.worksheets.getItemOrNullObject(TEMPLATE_SHEET);
          sheet.load('isNullObject');
          await context.sync();
          // items has come back undefined on some platforms: nothing to delete then.
          for (const p of parts.items ?? []) p.delete();
          context.workbook.customXmlParts.add(xml);
          // An earlier fallback copy would otherwise be read instead of the part if the part later failed.
          if (!sheet.isNullObject) {
            sheet.visibility = 'Visible';
            sheet.delete();
          }
          await context.sync();
        });
        return;
      } catch {
        // Fall through to the hidden sheet, and say so.
      }
    }
    await this.run(async (context) => {
      const old = context.workbook.worksheets.getItemOrNullObject(TEMPLATE_SHEET);
      old.load('isNullObject');
      await context.sync();
      if (!old.isNullObject) {
        old.visibility = 'Visible';
        old.delete();
      }
      const ws = context.workbook.worksheets.add(TEMPLATE_SHEET);
      ws.visibility = 'VeryHidden';
      // A cell holds at most 32,767 characters: the XML goes down column A in pieces, and the pieces go in
      // requests under Office's 5 MB (40 pieces of 30,000 characters stay under it even in three-byte UTF-8).
      const pieces = xml.match(/[\s\S]{1,30000}/g) ?? [''];
      for (let from = 0; from < pieces.length; from += 40) {
        const band = pieces.slice(from, from + 40);
        ws.getRange(`A${from + 1}:A${from + band.length}`).values = band.map((p) => [p]);
        await context.sync();
      }
    });
    const size = `${(new TextEncoder().encode(xml).length / 2 ** 20).toFixed(1)} MB`;
    return this.lang === 'en'
      ? `The templates (${size}) are kept in a hidden sheet "${TEMPLATE_SHEET}" of this workbook, not in its XML part${fits ? ' (Excel refused the part)' : ' (over the 1 MB Excel allows for a part)'}; the command line does not read them from there.`
      : `Mẫu bảng (${size}) được giữ trong trang ẩn "${TEMPLATE_SHEET}" của sổ tính, không ở phần XML${fits ? ' (Excel không nhận phần XML)' : ' (quá 1 MB Excel cho phép với một phần XML)'}; dòng lệnh không đọc được mẫu ở đó.`;
  }

  async sheetNames(): Promise<string[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      return sheets.items.map((w) => w.name);
    });
  }

  async addSheet(sheet: NewSheet): Promise<void> {
    await this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      // A rolled copy keeps every format, width and merge of its source; only the edited cells change.
      const ws = sheet.kind === 'roll' ? sheets.getItem(sheet.source).copy('End') : sheets.add(sheet.layout.name);
      if (sheet.kind === 'roll') {
        ws.name = sheet.name;
        writeEdits(ws, sheet.edits);
      } else writeLayout(ws, sheet.layout);
      ws.activate();
      await context.sync();
    });
  }

  /**
   * New sheets packed into syncs under the request budget: a gathering's few sheets go in one. Only new sheets are
   * written; their names were chosen against the workbook's own, so none replaces a sheet that is there.
   */
  async addSheets(sheets: NewSheet[]): Promise<void> {
    const groups: NewSheet[][] = [];
    let bytes = Infinity;
    for (const sheet of sheets) {
      const size = estimateSheetBytes(sheet);
      if (bytes + size > this.limits.budgetBytes) {
        groups.push([]);
        bytes = 0;
      }
      groups[groups.length - 1].push(sheet);
      bytes += size;
    }
    for (const [i, group] of groups.entries()) {
      if (i > 0) await yieldToOffice();
      await this.run(async (context) => {
        const all = context.workbook.worksheets;
        let first: Excel.Worksheet | undefined;
        for (const sheet of group) {
          const ws = sheet.kind === 'roll' ? all.getItem(sheet.source).copy('End') : all.add(sheet.layout.name);
          if (sheet.kind === 'roll') {
            ws.name = sheet.name;
            writeEdits(ws, sheet.edits);
          } else writeLayout(ws, sheet.layout);
          first ??= ws;
        }
        if (i === 0) first?.activate();
        await context.sync();
      });
    }
  }
}

/** Each written cell costs a range proxy, its value and its properties in the request: about this much. */
const LAYOUT_CELL_BYTES = 400;
const estimateSheetBytes = (sheet: NewSheet) => RANGE_OVERHEAD_BYTES + (sheet.kind === 'roll' ? sheet.edits.length : sheet.layout.cells.length + sheet.layout.merges.length) * LAYOUT_CELL_BYTES;

function writeEdits(ws: Excel.Worksheet, edits: RollEdit[]): void {
  for (const e of edits) {
    const range = ws.getRange(e.cell);
    if (e.kind === 'value') range.values = [[e.value]];
    else if (e.kind === 'formula') range.formulas = [[`=${e.formula}`]];
    else range.clear('Contents');
  }
}

const ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const LINE = { style: 'Continuous' as const };

function writeLayout(ws: Excel.Worksheet, layout: SheetLayout): void {
  for (const c of layout.cells) {
    const range = ws.getRange(c.cell);
    if (c.formula !== undefined) range.formulas = [[`=${c.formula}`]];
    else if (c.value !== undefined) range.values = [[c.value]];
    if (c.numberFormat) range.numberFormat = [[c.numberFormat]];
    range.setCellProperties([
      [
        {
          format: {
            font: { name: 'Times New Roman', size: 12, bold: !!c.bold },
            horizontalAlignment: c.align ? ALIGN[c.align] : undefined,
            wrapText: c.boxed && c.bold ? true : undefined,
            borders: c.boxed ? { top: LINE, bottom: LINE, left: LINE, right: LINE } : undefined,
          },
        },
      ],
    ]);
  }
  for (const m of layout.merges) ws.getRange(m).merge(false);
  // Excel measures column widths in points; a character of 12 pt Times New Roman is about 7 points wide.
  layout.widths.forEach((w, i) => {
    ws.getRange(`${columnName(i)}:${columnName(i)}`).format.columnWidth = w * 7;
  });
}

/** Reading notes failed: retried without them. */
class NotesFailed extends Error {
  constructor(override readonly cause: unknown) {
    super((cause as Error)?.message);
  }
}

type BandData = Pick<UsedRangeData, 'values' | 'numberFormat' | 'formulas' | 'properties'>;

function store(d: UsedRangeData, start: number, band: BandData): void {
  band.values.forEach((line, i) => {
    d.values[start + i] = line;
    d.numberFormat[start + i] = band.numberFormat[i];
    d.formulas[start + i] = band.formulas[i];
    d.properties![start + i] = band.properties![i];
  });
}

function halves(b: Band): Band[] {
  const top = Math.ceil(b.rows / 2);
  return [
    { sheet: b.sheet, start: b.start, rows: top },
    { sheet: b.sheet, start: b.start + top, rows: b.rows - top },
  ];
}

function splitAddress(address: string): [string, string] {
  const at = address.lastIndexOf('!');
  return [address.slice(0, at).replace(/^'(.*)'$/, '$1').replace(/''/g, "'"), address.slice(at + 1).replace(/\$/g, '')];
}
