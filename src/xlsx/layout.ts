// Writing a library table's layout into a workbook with exceljs, formatted as Vietnamese administrative tables are:
// Times New Roman, bold centred headers with borders, figures right-aligned in their number formats.
import ExcelJS from 'exceljs';
import { parseA1, SheetLayout } from '../core';
import { formulaValue, writeWorkbook } from './sheet-edits';

const thin = { style: 'thin' as const };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };

export function addLayoutSheet(wb: ExcelJS.Workbook, layout: SheetLayout): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(layout.name);
  for (const c of layout.cells) {
    const at = parseA1(c.cell)!;
    const cell = ws.getCell(at.row + 1, at.col + 1);
    if (c.formula !== undefined) cell.value = formulaValue(c.formula, c.result);
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

/** A new workbook holding `layout` as its one sheet, with the templates set to `templateXml`. */
export async function workbookWithLayout(layout: SheetLayout, templateXml: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Soát Số';
  addLayoutSheet(wb, layout);
  return writeWorkbook(wb, templateXml);
}
