// A corrected copy of a workbook: proposed values written, culprit cells flagged with a fill and a note.
// The original file is never touched; every change is recorded so it can be undone exactly.
import ExcelJS from 'exceljs';
import { parseA1 } from '../core';
import { readTemplatePart, writeTemplatePart } from './template-part';

export interface CellEdit {
  sheet: string;
  cell: string;
}

export interface ValueEdit extends CellEdit {
  value: number | string;
}

export interface FlagEdit extends CellEdit {
  note: string;
}

/** A formula cell whose cached result changes because a cell it adds was changed. */
export interface ResultEdit extends CellEdit {
  result: number;
}

/** The fill Soát Số marks a culprit with (light red, as Excel's "bad" style). */
export const FLAG_FILL = 'FFFFC7CE';
const NOTE_PREFIX = '[Soát Số] ';

function cellOf(wb: ExcelJS.Workbook, edit: CellEdit): ExcelJS.Cell {
  const ws = wb.getWorksheet(edit.sheet);
  const at = parseA1(edit.cell);
  if (!ws || !at) throw new Error(`Không có ô ${edit.sheet}!${edit.cell} trong sổ tính`);
  return ws.getCell(at.row + 1, at.col + 1);
}

/** Reads the original bytes, applies the edits to a copy in memory, and returns the copy's bytes. */
export async function correctedCopy(original: ArrayBuffer | Buffer, values: ValueEdit[], flags: FlagEdit[], results: ResultEdit[] = []): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(original as ArrayBuffer);
  for (const edit of values) {
    const cell = cellOf(wb, edit);
    cell.value = edit.value;
  }
  for (const edit of results) {
    const cell = cellOf(wb, edit);
    if (cell.formula) cell.value = { formula: cell.formula, result: edit.result } as ExcelJS.CellFormulaValue;
  }
  // Any other formula that depends on a changed cell is recalculated by Excel when the copy is opened.
  if (values.length) wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
  for (const flag of flags) {
    const cell = cellOf(wb, flag);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FLAG_FILL } };
    const previous = typeof cell.note === 'string' ? cell.note : cell.note?.texts?.map((t) => t.text).join('') ?? '';
    cell.note = previous ? `${previous}\n${NOTE_PREFIX}${flag.note}` : `${NOTE_PREFIX}${flag.note}`;
  }
  return keepTemplates(original, (await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** exceljs drops the templates' custom XML part; the copy gets the original's back. */
export async function keepTemplates(original: ArrayBuffer | Buffer | Uint8Array, written: ArrayBuffer): Promise<ArrayBuffer> {
  const part = await readTemplatePart(original);
  if (!part) return written;
  const bytes = await writeTemplatePart(written, part);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
