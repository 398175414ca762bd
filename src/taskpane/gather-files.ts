// The districts' files the user picked, read on the pane's side (exceljs is loaded there on demand) before the
// gathering runs in the worker. A file that cannot be read is kept with its reason, so it is listed, not dropped.
import type { DistrictWorkbook, Lang, SheetInput, UnreadFile } from '../core';

export interface PickedFile {
  name: string;
  bytes: ArrayBuffer;
}

/** The district's name is its file's name without .xlsx, as the command line's default (--unit-from filename). */
export const districtName = (file: string) => file.replace(/^.*[\\/]/, '').replace(/\.xlsx$/i, '');

export async function readDistricts(files: PickedFile[], read: (bytes: ArrayBuffer) => Promise<SheetInput[]>, lang: Lang): Promise<{ districts: DistrictWorkbook[]; unread: UnreadFile[] }> {
  const districts: DistrictWorkbook[] = [];
  const unread: UnreadFile[] = [];
  for (const f of files) {
    if (!/\.xlsx$/i.test(f.name)) {
      unread.push({ file: f.name, message: lang === 'en' ? `${f.name}: not an .xlsx workbook` : `${f.name}: không phải sổ tính .xlsx` });
      continue;
    }
    try {
      districts.push({ name: districtName(f.name), file: f.name, sheets: await read(f.bytes) });
    } catch (e) {
      unread.push({ file: f.name, message: lang === 'en' ? `${f.name} could not be read: ${(e as Error).message}` : `Không đọc được ${f.name}: ${(e as Error).message}` });
    }
  }
  return { districts, unread };
}
