// Writing a library table's layout into a workbook with exceljs, formatted as Vietnamese administrative tables are:
// Times New Roman, bold centred headers with borders, figures right-aligned in their number formats.
import ExcelJS from 'exceljs';
import { parseA1, SheetLayout } from '../core';
import { writeTemplatePart } from './template-part';

const thin = { style: 'thin' as const };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };

export function addLayoutSheet(wb: ExcelJS.Workbook, layout: SheetLayout): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(layout.name);
  for (const c of layout.cells) {
    const at = parseA1(c.cell)!;
    const cell = ws.getCell(at.row + 1, at.col + 1);
    if (c.formula !== undefined) cell.value = { formula: c.formula, ...(c.result === undefined || c.result === '' ? {} : { result: c.result }) } as ExcelJS.CellFormulaValue;
    else if (c.value !== undefined) cell.value = c.value;
    if (c.numberFormat) cell.numFmt = c.numberFormat;
    cell.font = { name: 'Times New Roman', size: 12, bold: !!c.bold };
    if (c.align || c.boxed) cell.alignment = { horizontal: c.align, vertical: 'middle', wrapText: c.boxed && c.bold ? true : undefined };
    if (c.boxed) cell.border = BORDER;
  }
  for (const m of layout.merges) ws.mergeCells(m);
  layout.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  return ws;
}

/** A workbook holding `layout` as a new sheet: the original's sheets kept (none for a new workbook), the templates set to `templateXml`. */
export async function workbookWithLayout(original: ArrayBuffer | Uint8Array | undefined, layout: SheetLayout, templateXml: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  if (original) await wb.xlsx.load(original as ArrayBuffer);
  else wb.creator = 'Soát Số';
  addLayoutSheet(wb, layout);
  wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return writeTemplatePart(bytes, templateXml);
}

