// Writing the core's cell edits with exceljs, copying a sheet, and saving a workbook that Excel recalculates on
// opening with the templates' part put back: what the roll, the library and the pane's download share.
import ExcelJS from 'exceljs';
import { parseA1, RollEdit } from '../core';
import { writeTemplatePart } from './template-part';

/** A formula with the result the core computed for it (exceljs stores no empty result, so none is passed). */
export function formulaValue(formula: string, result: number | string | undefined): ExcelJS.CellFormulaValue {
  return { formula, ...(result === undefined || result === '' ? {} : { result }) } as ExcelJS.CellFormulaValue;
}

export function applyEdits(ws: ExcelJS.Worksheet, edits: RollEdit[]): void {
  for (const edit of edits) {
    const at = parseA1(edit.cell)!;
    const cell = ws.getCell(at.row + 1, at.col + 1);
    if (edit.kind === 'value') cell.value = edit.value;
    else if (edit.kind === 'formula') cell.value = formulaValue(edit.formula, edit.result);
    else cell.value = null;
  }
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

/** The workbook's bytes, set to be recalculated on opening, with `templateXml` as its templates' part when given. */
export async function writeWorkbook(wb: ExcelJS.Workbook, templateXml: string | undefined): Promise<Uint8Array> {
  // Excel (and LibreOffice) recompute every formula on opening; the results written are what they will show.
  wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return templateXml ? writeTemplatePart(bytes, templateXml) : bytes;
}
