// Writing a roll forward into .xlsx bytes with exceljs: the whole workbook for the next period (command line).
// The input bytes are never changed.
import ExcelJS from 'exceljs';
import type { SheetRoll } from '../core';
import { applyEdits, writeWorkbook } from './sheet-edits';

/** The next period's workbook: every rolled sheet edited in place, the templates replaced by `templateXml`. */
export async function rolledWorkbook(original: ArrayBuffer | Uint8Array, plans: SheetRoll[], templateXml: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(original as ArrayBuffer);
  for (const plan of plans) {
    const ws = wb.getWorksheet(plan.sheet);
    if (!ws) throw new Error(`Không có trang ${plan.sheet}`);
    applyEdits(ws, plan.edits);
  }
  return writeWorkbook(wb, templateXml);
}
