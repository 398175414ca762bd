// The file host's download: sheets the pane added (rolled-forward copies, library tables) written into the
// corrected copy, and the templates the pane saved put in its custom XML part.
import ExcelJS from 'exceljs';
import type { NewSheet } from '../core';
import { addLayoutSheet } from './layout';
import { applyEdits, copySheet, writeWorkbook } from './sheet-edits';
import { readTemplatePart, writeTemplatePart } from './template-part';

export async function withAdditions(bytes: ArrayBuffer | Uint8Array, added: NewSheet[], templateXml?: string): Promise<ArrayBuffer> {
  let out: Uint8Array = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (added.length) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as ArrayBuffer);
    for (const a of added) {
      if (a.kind === 'layout') addLayoutSheet(wb, a.layout);
      else applyEdits(copySheet(wb, a.source, a.name), a.edits);
    }
    // exceljs drops the part when it rewrites the package: the saved templates, or the original's, go back in.
    out = await writeWorkbook(wb, templateXml ?? (await readTemplatePart(bytes)));
  } else if (templateXml) out = await writeTemplatePart(out, templateXml);
  return out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength) as ArrayBuffer;
}
