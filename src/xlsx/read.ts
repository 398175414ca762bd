// Reading an .xlsx with exceljs into the core's plain sheet grids.
import ExcelJS from 'exceljs';
import { parseRangeA1, RawCell, RawValue, SheetInput } from '../core';

type ExcelValue = ExcelJS.CellValue;

function plainValue(value: ExcelValue): { value: RawValue; formula?: string } {
  if (value === null || value === undefined) return { value: null };
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return { value };
  if (value instanceof Date) {
    return { value: `${value.getUTCDate()}/${value.getUTCMonth() + 1}/${value.getUTCFullYear()}` };
  }
  if ('error' in value) return { value: { error: String(value.error) } };
  if ('richText' in value) return { value: value.richText.map((r) => r.text).join('') };
  if ('formula' in value || 'sharedFormula' in value) {
    const f = value as ExcelJS.CellFormulaValue & { sharedFormula?: string };
    const result = f.result as ExcelValue | undefined;
    const inner = result === undefined ? { value: null } : plainValue(result);
    return { value: inner.value, formula: f.formula ?? f.sharedFormula };
  }
  if ('text' in value) return { value: String((value as { text: unknown }).text) };
  return { value: String(value) };
}

export function sheetFromWorksheet(ws: ExcelJS.Worksheet): SheetInput {
  const cells: (RawCell | undefined)[][] = [];
  const hiddenRows: number[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    if (row.hidden) hiddenRows.push(r);
    const line: (RawCell | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.isMerged && cell.master !== cell) return;
      const { value, formula } = plainValue(cell.value);
      const raw: RawCell = { value };
      if (formula) raw.formula = formula;
      if (cell.numFmt) raw.numberFormat = cell.numFmt;
      if (cell.alignment?.indent) raw.indent = cell.alignment.indent;
      if (cell.font?.bold) raw.bold = true;
      line[colNumber - 1] = raw;
    });
    cells[r] = line;
  });
  for (let r = 0; r < cells.length; r++) if (!cells[r]) cells[r] = [];
  const merges = ((ws.model as { merges?: string[] }).merges ?? []).map((m) => parseRangeA1(m)!).filter(Boolean);
  return { name: ws.name, cells, merges, hiddenRows };
}

export async function readWorkbook(data: Buffer | ArrayBuffer): Promise<SheetInput[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as ArrayBuffer);
  return wb.worksheets.map(sheetFromWorksheet);
}
