// Reading the command line's inputs (workbooks, templates) and guarding its outputs: clear messages, never overwrite.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseTemplate, SheetInput, Template, TemplateError } from '../core';
import { readWorkbook } from '../xlsx/read';
import { readStoredTemplate } from '../xlsx/template-part';
import { UsageError } from './args';

/** Input the staff member can fix (missing file, damaged workbook, bad template): exit 2 with this message. */
export class InputError extends Error {}

export async function loadWorkbook(path: string): Promise<{ sheets: SheetInput[]; bytes: Buffer; stored?: Template }> {
  if (!existsSync(path)) throw new InputError(`Không tìm thấy tệp ${path}`);
  if (!/\.xlsx$/i.test(path)) throw new InputError(`Tệp ${path} không phải .xlsx (Soát Số đọc sổ tính Excel .xlsx)`);
  const bytes = readFileSync(path);
  let sheets: SheetInput[];
  try {
    sheets = await readWorkbook(bytes);
  } catch (e) {
    throw new InputError(`Không đọc được tệp ${path}: tệp hỏng hoặc không phải .xlsx (${(e as Error).message})`);
  }
  try {
    return { sheets, bytes, stored: await readStoredTemplate(bytes) };
  } catch (e) {
    if (e instanceof TemplateError) throw new InputError(`${path}: mẫu bảng lưu trong sổ tính bị hỏng — ${e.message}`);
    throw new InputError(`Không đọc được tệp ${path}: tệp hỏng hoặc không phải .xlsx (${(e as Error).message})`);
  }
}

export function loadTemplate(path: string): Template {
  if (!existsSync(path)) throw new InputError(`Không tìm thấy mẫu bảng ${path}`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new InputError(`Không đọc được mẫu bảng ${path}: ${(e as Error).message}`);
  }
  try {
    return parseTemplate(json);
  } catch (e) {
    if (e instanceof TemplateError) throw new InputError(`${path}: ${e.message}`);
    throw e;
  }
}

/** An output path that is neither an input nor an existing file. */
export function freshOutput(out: string, inputs: string[]): void {
  if (inputs.some((i) => resolve(i) === resolve(out))) throw new UsageError('Không ghi đè lên tệp đầu vào');
  if (existsSync(out)) throw new InputError(`Tệp ${out} đã có; Soát Số không ghi đè, hãy chọn tên khác`);
}

export function chosenSheet(sheets: SheetInput[], name: string | undefined): string | undefined {
  if (name && !sheets.some((s) => s.name === name)) throw new InputError(`Sổ tính không có trang "${name}"; các trang: ${sheets.map((s) => s.name).join(', ')}`);
  return name;
}
