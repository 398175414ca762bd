// The task pane's host inside Excel. Reading a whole workbook takes two syncs whatever the number of
// tables (one to list the sheets, one for every sheet's values, formats, formulas, merges and cell
// properties); a fix is one sync; flagging two (read each cell's fill and note, then write); unflagging
// three (the remembered flags, which notes still exist, then the restoration). Templates live in one custom XML
// part (found by its namespace, as the command line finds it in the .xlsx): reading it takes two syncs, replacing
// it two; adding a rolled-forward copy or a library table is one.
import type { Lang, RollEdit, SheetLayout, Template } from '../core';
import { columnName } from '../core/address';
import { TEMPLATE_NAMESPACE, templateFromXml, templateToXml } from '../core/template/store';
import type { AppliedFix, CellRef, FlagRequest, Host, NewSheet, Scope } from '../taskpane/host';
import { toSheetInput, UsedRangeData } from './grid';

/** Where flags are remembered, in the workbook itself, so they can be removed after reopening it. */
export const FLAG_SETTING = 'soatso.flags';
const FLAG_COLOR = '#FFC7CE';
const NOTE_PREFIX = '[Soát Số] ';

interface FlagRecord extends CellRef {
  fill: { color?: string; pattern?: string };
  /** The note the cell had before, or null when it had none. */
  note: string | null;
}

type RequestContext = Excel.RequestContext;
type Run = <T>(batch: (context: RequestContext) => Promise<T>) => Promise<T>;

export class ExcelHost implements Host {
  readonly kind = 'excel';

  constructor(
    readonly lang: Lang,
    private readonly run: Run,
    readonly canFlag: boolean,
  ) {}

  async readSheets(scope: Scope) {
    return this.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load('items/name');
      const selected = context.workbook.getSelectedRange();
      selected.load('address');
      const active = worksheets.getActiveWorksheet();
      active.load('name');
      await context.sync();

      const chosen = scope === 'all' ? worksheets.items : worksheets.items.filter((w) => w.name === active.name);
      const reads = chosen.map((ws) => {
        const used = ws.getUsedRangeOrNullObject(true);
        used.load('isNullObject, rowIndex, columnIndex, values, numberFormat, formulas');
        const merged = used.getMergedAreasOrNullObject();
        merged.load('isNullObject, address');
        const properties = used.getCellProperties({ format: { indentLevel: true, font: { bold: true } }, hidden: true });
        return { name: ws.name, used, merged, properties };
      });
      await context.sync();

      const sheets = reads.map(({ name, used, merged, properties }) => {
        if (used.isNullObject) return toSheetInput(name, undefined);
        const data: UsedRangeData = {
          rowIndex: used.rowIndex,
          columnIndex: used.columnIndex,
          values: used.values,
          numberFormat: used.numberFormat,
          formulas: used.formulas,
          properties: properties.value as UsedRangeData['properties'],
          mergedAddress: merged.isNullObject ? undefined : merged.address,
        };
        return toSheetInput(name, data);
      });
      const [sheet, range] = splitAddress(selected.address);
      return { sheets, selection: scope === 'selection' ? { sheet, cell: range.split(':')[0], range } : undefined };
    });
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
    await this.run(async (context) => {
      const settings = context.workbook.settings;
      const stored = settings.getItemOrNullObject(FLAG_SETTING);
      stored.load('isNullObject, value');
      const before = cells.map((c) => {
        const ws = context.workbook.worksheets.getItem(c.sheet);
        const props = ws.getRange(c.cell).getCellProperties({ format: { fill: { color: true, pattern: true } } });
        const note = ws.notes.getItemOrNullObject(c.cell);
        note.load('isNullObject, content');
        return { c, ws, props, note };
      });
      await context.sync();

      const records: FlagRecord[] = stored.isNullObject ? [] : JSON.parse(String(stored.value));
      const known = new Set(records.map((r) => `${r.sheet}!${r.cell}`));
      for (const { c, ws, props, note } of before) {
        const fill = props.value[0][0].format?.fill ?? {};
        // A cell flagged twice keeps its first record: that one holds the user's own fill and note.
        if (!known.has(`${c.sheet}!${c.cell}`)) {
          records.push({ sheet: c.sheet, cell: c.cell, fill: { color: fill.color, pattern: fill.pattern }, note: note.isNullObject ? null : note.content });
          known.add(`${c.sheet}!${c.cell}`);
        }
        ws.getRange(c.cell).format.fill.color = FLAG_COLOR;
        const text = `${NOTE_PREFIX}${c.note}`;
        if (note.isNullObject) ws.notes.add(c.cell, text);
        else if (!note.content.includes(text)) note.content = `${note.content}\n${text}`;
      }
      settings.add(FLAG_SETTING, JSON.stringify(records));
      await context.sync();
    });
  }

  async unflag(): Promise<number> {
    if (!this.canFlag) return 0;
    return this.run(async (context) => {
      const settings = context.workbook.settings;
      const stored = settings.getItemOrNullObject(FLAG_SETTING);
      stored.load('isNullObject, value');
      await context.sync();
      if (stored.isNullObject) return 0;
      const records: FlagRecord[] = JSON.parse(String(stored.value));
      // The user may have removed a note by hand since: look before touching it.
      const notes = records.map((r) => {
        const note = context.workbook.worksheets.getItem(r.sheet).notes.getItemOrNullObject(r.cell);
        note.load('isNullObject');
        return note;
      });
      await context.sync();
      records.forEach((r, i) => {
        const ws = context.workbook.worksheets.getItem(r.sheet);
        const range = ws.getRange(r.cell);
        if (!r.fill.pattern || r.fill.pattern === 'None') range.format.fill.clear();
        else range.setCellProperties([[{ format: { fill: { color: r.fill.color, pattern: r.fill.pattern as Excel.FillPattern } } }]]);
        const note = notes[i];
        if (r.note === null) {
          if (!note.isNullObject) note.delete();
        } else if (note.isNullObject) ws.notes.add(r.cell, r.note);
        else note.content = r.note;
      });
      stored.delete();
      await context.sync();
      return records.length;
    });
  }

  async readTemplates(): Promise<Template | undefined> {
    return this.run(async (context) => {
      const part = context.workbook.customXmlParts.getByNamespace(TEMPLATE_NAMESPACE).getOnlyItemOrNullObject();
      await context.sync();
      if (part.isNullObject) return undefined;
      const xml = part.getXml();
      await context.sync();
      return templateFromXml(xml.value);
    });
  }

  async saveTemplates(template: Template): Promise<void> {
    await this.run(async (context) => {
      const parts = context.workbook.customXmlParts.getByNamespace(TEMPLATE_NAMESPACE);
      parts.load('items');
      await context.sync();
      for (const p of parts.items) p.delete();
      context.workbook.customXmlParts.add(templateToXml(template));
      await context.sync();
    });
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
}

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

function splitAddress(address: string): [string, string] {
  const at = address.lastIndexOf('!');
  return [address.slice(0, at).replace(/^'(.*)'$/, '$1').replace(/''/g, "'"), address.slice(at + 1).replace(/\$/g, '')];
}
