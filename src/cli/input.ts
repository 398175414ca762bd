// Reading the command line's inputs (workbooks, templates) and guarding its outputs: clear messages, never overwrite.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { Lang, Paragraph, parseExportedText, parseTemplate, SheetInput, Template, TEMPLATE_NAMESPACE, TemplateError, templateFromXml } from '../core';
import { readDocx } from '../docx/read';
import { readStoredTemplate } from '../xlsx/template-part';
import { UsageError } from './args';
import { convertWithLibreOffice } from './convert';
import { inspectPackage, isEncryptedPackage, isOle, LIMITS } from './guard';
import { InputError } from './input-error';
import { readWorkbookParts } from './xlsx-fast-read';

export { InputError };

const WORKBOOK = /\.(xlsx|xls|ods)$/i;

/** The file's size against the limit, before any of it is read. */
export function checkFileSize(path: string): void {
  const size = statSync(path).size;
  if (size > LIMITS.fileBytes) {
    throw new InputError(
      `Tệp ${path} quá lớn (${Math.round(size / 2 ** 20)} MiB); Soát Số đọc tệp đến ${LIMITS.fileBytes / 2 ** 20} MiB.`,
      `${path} is too large (${Math.round(size / 2 ** 20)} MiB); Soát Số reads files of up to ${LIMITS.fileBytes / 2 ** 20} MiB.`,
    );
  }
}

/** An .xlsx, or an .xls/.ods converted to one by LibreOffice; either way inspected before exceljs sees it. */
async function workbookBytes(path: string): Promise<Buffer> {
  checkFileSize(path);
  const bytes = readFileSync(path);
  const ext = extname(path).toLowerCase();
  if (ext === '.xlsx' || isEncryptedPackage(bytes)) return bytes;
  // An .xls that is really an .xlsx (some systems export so) is read as what it is.
  if (ext === '.xls' && !isOle(bytes) && bytes.readUInt32LE(0) === 0x04034b50) return bytes;
  if (ext === '.xls' && !isOle(bytes)) throw new InputError(`Không đọc được tệp ${path}: tệp hỏng hoặc không phải sổ tính .xls`, `Cannot read ${path}: damaged or not an .xls workbook`);
  if (ext === '.ods') inspectPackage(bytes, path, 'ods');
  return convertWithLibreOffice(path, 'xlsx');
}

export interface LoadOptions {
  /** Read cell values with the fast reader over the parts the guard inflated (exceljs only for what it refuses). */
  fast?: boolean;
  /** Where notices go (stderr unless said): a worker hands them back to be printed in the files' order. */
  notice?: (text: string) => void;
}

export async function loadWorkbook(path: string, lang: Lang = 'vi', options: LoadOptions = {}): Promise<{ sheets: SheetInput[]; bytes: Buffer; stored?: Template; fast?: boolean }> {
  if (!existsSync(path)) throw new InputError(`Không tìm thấy tệp ${path}`, `File not found: ${path}`);
  if (!WORKBOOK.test(path)) {
    throw new InputError(
      `Tệp ${path} không phải .xlsx (Soát Số đọc sổ tính Excel .xlsx, .xls và bảng tính .ods)`,
      `${path} is not an .xlsx (Soát Số reads Excel workbooks .xlsx and .xls, and .ods spreadsheets)`,
    );
  }
  const bytes = await workbookBytes(path);
  const inspection = inspectPackage(bytes, path, 'xlsx');
  const quick = options.fast ? readWorkbookParts(inspection.parts) : undefined;
  let sheets: SheetInput[];
  if (quick && 'sheets' in quick) sheets = quick.sheets;
  else {
    try {
      // exceljs is loaded only when it is needed (a gather reads most files without it).
      sheets = await (await import('../xlsx/read')).readWorkbook(bytes);
    } catch (e) {
      throw new InputError(`Không đọc được tệp ${path}: tệp hỏng hoặc không phải .xlsx (${(e as Error).message})`, `Cannot read ${path}: damaged or not an .xlsx (${(e as Error).message})`);
    }
  }
  longCell(sheets, path);
  if (inspection.externalLinks.length) noteExternalLinks(sheets, path, lang, options.notice);
  try {
    const fast = !!quick && 'sheets' in quick;
    return { sheets, bytes, stored: fast ? storedTemplateOf(inspection.parts) : await readStoredTemplate(bytes), fast };
  } catch (e) {
    if (e instanceof TemplateError) throw new InputError(`${path}: mẫu bảng lưu trong sổ tính bị hỏng — ${e.message}`, `${path}: the templates stored in the workbook are damaged — ${e.message}`);
    throw new InputError(`Không đọc được tệp ${path}: tệp hỏng hoặc không phải .xlsx (${(e as Error).message})`, `Cannot read ${path}: damaged or not an .xlsx (${(e as Error).message})`);
  }
}

/** A cell longer than Excel allows (rich text in many runs passes the XML scan), named by sheet and cell. */
function longCell(sheets: SheetInput[], path: string): void {
  for (const s of sheets) {
    for (let r = 0; r < s.cells.length; r++) {
      const row = s.cells[r];
      for (let c = 0; c < row.length; c++) {
        const v = row[c]?.value;
        if (typeof v === 'string' && v.length > LIMITS.cellChars) {
          const cell = `${columnName(c)}${r + 1}`;
          throw new InputError(
            `Tệp ${path}, trang "${s.name}", ô ${cell}: chữ dài ${v.length.toLocaleString('vi-VN')} ký tự, quá giới hạn ${LIMITS.cellChars.toLocaleString('vi-VN')} của Excel; Soát Số không đọc tệp này.`,
            `${path}, sheet "${s.name}", cell ${cell}: text of ${v.length.toLocaleString('en-US')} characters, beyond Excel's ${LIMITS.cellChars.toLocaleString('en-US')}; not read.`,
          );
        }
      }
    }
  }
}

function columnName(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Formulas that read another workbook (`[1]Sheet!A1`) are checked on the values last saved with them; the
 *  linked files are never opened, and the staff member is told which cells depend on them. */
function noteExternalLinks(sheets: SheetInput[], path: string, lang: Lang, notice: (text: string) => void = (text) => void process.stderr.write(text)): void {
  const cells: string[] = [];
  for (const s of sheets) {
    s.cells.forEach((row, r) => row.forEach((cell, c) => cell?.formula && /\[\d+\]/.test(cell.formula) && cells.push(`${s.name}!${columnName(c)}${r + 1}`)));
  }
  const list = cells.length ? ` (${cells.slice(0, 5).join(', ')}${cells.length > 5 ? ', …' : ''})` : '';
  notice(
    lang === 'en'
      ? `Note: ${path} has formulas that take figures from other files${list}; they are not opened, the values last saved in the workbook are checked.\n`
      : `Lưu ý: ${path} có công thức lấy số từ tệp khác${list}; Soát Số không mở các tệp đó, chỉ kiểm tra giá trị đã lưu trong sổ tính.\n`,
  );
}

/** The templates stored in the package, read from its inflated parts as readStoredTemplate reads them with jszip:
 *  the first customXml/itemN.xml, in the zip's order, in the templates' namespace. */
function storedTemplateOf(parts: Map<string, string>): Template | undefined {
  for (const [path, xml] of parts) {
    if (/^customXml\/item\d+\.xml$/.test(path) && xml.includes(`xmlns="${TEMPLATE_NAMESPACE}"`)) return templateFromXml(xml);
  }
  return undefined;
}

/** A report's paragraphs from a .docx, a .doc (through LibreOffice) or the drafts' .txt export. */
export async function loadDocument(path: string): Promise<Paragraph[]> {
  if (!existsSync(path)) throw new InputError(`Không tìm thấy tệp ${path}`, `File not found: ${path}`);
  const ext = extname(path).toLowerCase();
  if (!['.docx', '.doc', '.txt'].includes(ext)) throw new InputError(`Tệp ${path} không phải .docx, .doc hay .txt`, `${path} is not a .docx, .doc or .txt`);
  checkFileSize(path);
  let paragraphs: Paragraph[];
  if (ext === '.txt') paragraphs = parseExportedText(readFileSync(path, 'utf8'));
  else {
    let bytes: Buffer = readFileSync(path);
    if (ext === '.doc' && isOle(bytes) && !isEncryptedPackage(bytes)) bytes = await convertWithLibreOffice(path, 'docx');
    else if (ext === '.doc' && !isOle(bytes) && bytes.readUInt32LE(0) !== 0x04034b50) throw new InputError(`Không đọc được tệp ${path}: tệp hỏng hoặc không phải văn bản .doc`, `Cannot read ${path}: damaged or not a .doc document`);
    inspectPackage(bytes, path, 'docx');
    try {
      paragraphs = await readDocx(bytes);
    } catch (e) {
      throw new InputError(`Không đọc được tệp ${path}: tệp hỏng hoặc không đúng định dạng (${(e as Error).message})`, `Cannot read ${path}: damaged or not in its format (${(e as Error).message})`);
    }
  }
  const long = paragraphs.find((p) => p.text.length > LIMITS.paragraphChars);
  if (long) {
    const where = long.location === 'body' ? `đoạn ${long.paragraph}` : `chú thích ${long.location.split(' ')[1]}, đoạn ${long.paragraph}`;
    const whereEn = long.location === 'body' ? `paragraph ${long.paragraph}` : `${long.location}, paragraph ${long.paragraph}`;
    throw new InputError(
      `Tệp ${path}, ${where}: dài ${long.text.length.toLocaleString('vi-VN')} ký tự, quá giới hạn ${LIMITS.paragraphChars.toLocaleString('vi-VN')} ký tự một đoạn; Soát Số không đọc tệp này.`,
      `${path}, ${whereEn}: ${long.text.length.toLocaleString('en-US')} characters, beyond the limit of ${LIMITS.paragraphChars.toLocaleString('en-US')} a paragraph; not read.`,
    );
  }
  return paragraphs;
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
