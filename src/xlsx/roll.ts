// Writing a roll forward into .xlsx bytes with exceljs: either the whole workbook for the next period (command line)
// or the original with rolled copies of some sheets added (the browser pane). The input bytes are never changed.
import ExcelJS from 'exceljs';
import { parseA1, RollEdit, SheetRoll } from '../core';
import { readTemplatePart, writeTemplatePart } from './template-part';

export function applyEdits(ws: ExcelJS.Worksheet, edits: RollEdit[]): void {
  for (const edit of edits) {
    const at = parseA1(edit.cell)!;
    const cell = ws.getCell(at.row + 1, at.col + 1);
    if (edit.kind === 'value') cell.value = edit.value;
    else if (edit.kind === 'formula') cell.value = { formula: edit.formula, ...(edit.result === undefined ? {} : { result: edit.result }) } as ExcelJS.CellFormulaValue;
    else cell.value = null;
  }
}

async function finish(wb: ExcelJS.Workbook, templateXml: string | undefined): Promise<Uint8Array> {
  // Excel (and LibreOffice) recompute every formula on opening; the results written are what they will show.
  wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return templateXml ? writeTemplatePart(bytes, templateXml) : bytes;
}

/** The next period's workbook: every rolled sheet edited in place, the templates replaced by `templateXml`. */
export async function rolledWorkbook(original: ArrayBuffer | Uint8Array, plans: SheetRoll[], templateXml: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(original as ArrayBuffer);
  for (const plan of plans) {
    const ws = wb.getWorksheet(plan.sheet);
    if (!ws) throw new Error(`Không có trang ${plan.sheet}`);
    applyEdits(ws, plan.edits);
  }
  return finish(wb, templateXml);
}

/** The original with each rolled sheet copied to a new sheet (`names[i]`) and edited there; the originals stay as they were. */
export async function withRolledSheets(original: ArrayBuffer | Uint8Array, plans: SheetRoll[], names: string[], templateXml?: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(original as ArrayBuffer);
  plans.forEach((plan, i) => applyEdits(copySheet(wb, plan.sheet, names[i]), plan.edits));
  return finish(wb, templateXml ?? (await readTemplatePart(original)));
}

/** A copy of a sheet at the end of the workbook: cells, styles, widths and merges. */
export function copySheet(wb: ExcelJS.Workbook, source: string, name: string): ExcelJS.Worksheet {
  const from = wb.getWorksheet(source);
  if (!from) throw new Error(`Không có trang ${source}`);
  const copy = wb.addWorksheet(name);
  const model = from.model as ExcelJS.WorksheetModel & { merges?: string[] };
  // exceljs has no sheet copy: the model carries cells, styles and widths; merges go in under the name the setter reads.
  copy.model = { ...model, name, id: copy.id, mergeCells: model.merges } as unknown as ExcelJS.WorksheetModel;
  return copy;
}
