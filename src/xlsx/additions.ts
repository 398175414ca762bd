// The file host's download: sheets the pane added (rolled-forward copies, library tables) written into the
// corrected copy, and the templates the pane saved put in its custom XML part.
import ExcelJS from 'exceljs';
import type { RollEdit, SheetLayout } from '../core';
import { addLayoutSheet } from './layout';
import { applyEdits, copySheet } from './roll';
import { writeTemplatePart } from './template-part';

export type AddedSheet = { kind: 'roll'; source: string; name: string; edits: RollEdit[] } | { kind: 'layout'; layout: SheetLayout };

export async function withAdditions(bytes: ArrayBuffer | Uint8Array, added: AddedSheet[], templateXml?: string): Promise<ArrayBuffer> {
  let out: Uint8Array = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (added.length) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as ArrayBuffer);
    for (const a of added) {
      if (a.kind === 'layout') addLayoutSheet(wb, a.layout);
      else applyEdits(copySheet(wb, a.source, a.name), a.edits);
    }
    wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
    out = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  }
  // exceljs drops the part when it rewrites the package: the saved templates, or the original's, go back in.
  if (templateXml) out = await writeTemplatePart(out, templateXml);
  return out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength) as ArrayBuffer;
}
