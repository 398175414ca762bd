// Untrusted packages (.xlsx, .docx, .ods) are inspected before exceljs or jszip inflate them: the zip directory is
// read by hand, every entry is inflated once with a hard output cap, and the XML is scanned for what the readers
// would otherwise pay for (doctypes, nesting, cells) — so a hostile file costs bounded time and memory and gets
// one clear message instead of an out-of-memory crash.
import { crc32, inflateRawSync } from 'node:zlib';
import { InputError } from './input-error';

export const LIMITS = {
  /** The file on disk, before anything is read. */
  fileBytes: 100 * 2 ** 20,
  entries: 5_000,
  /** Uncompressed size of one entry and of all of them together, declared and actual. */
  entryBytes: 100 * 2 ** 20,
  totalBytes: 200 * 2 ** 20,
  /** Element nesting in any XML part; real Office parts stay under 30. */
  depth: 200,
  /** Cells in the whole workbook, counted in the sheets' XML. */
  cells: 1_000_000,
  /** Rows of one sheet: the reader builds one row per row number up to the last. */
  rows: 1_048_576,
  /** Characters in one cell or one paragraph; Excel itself stops a cell at 32,767. */
  cellChars: 32_767,
  paragraphChars: 200_000,
};
export type Limits = typeof LIMITS;

export type PackageKind = 'xlsx' | 'docx' | 'ods' | 'odt' | 'zip';

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

const mib = (n: number) => `${Math.round(n / 2 ** 20)} MiB`;
const fmt = (n: number) => n.toLocaleString('vi-VN');
const fmtEn = (n: number) => n.toLocaleString('en-US');

const KIND_VI: Record<PackageKind, string> = {
  xlsx: 'sổ tính Excel (.xlsx)',
  docx: 'văn bản Word (.docx)',
  ods: 'bảng tính OpenDocument (.ods)',
  odt: 'văn bản OpenDocument (.odt)',
  zip: 'tệp nén .zip',
};
const KIND_EN: Record<PackageKind, string> = {
  xlsx: 'an Excel workbook (.xlsx)',
  docx: 'a Word document (.docx)',
  ods: 'an OpenDocument spreadsheet (.ods)',
  odt: 'an OpenDocument text (.odt)',
  zip: 'a .zip archive',
};

function damaged(file: string, vi: string, en: string): InputError {
  return new InputError(`Không đọc được tệp ${file}: tệp hỏng hoặc bị cắt cụt (${vi})`, `Cannot read ${file}: the file is damaged or truncated (${en})`);
}

/** An OLE compound file: an Office 97-2003 file, or an Office 2007+ file encrypted with a password. */
export function isOle(bytes: Buffer): boolean {
  return bytes.length >= 8 && bytes.subarray(0, 8).equals(OLE);
}

export function encryptedError(file: string): InputError {
  return new InputError(
    `Tệp ${file} được bảo vệ bằng mật khẩu (mã hóa), Soát Số không mở được. Hãy mở tệp bằng Excel/Word, vào Tệp → Thông tin → Bảo vệ → Mã hóa bằng mật khẩu, xóa mật khẩu, lưu lại rồi kiểm tra bản đó.`,
    `${file} is password-protected (encrypted) and cannot be opened. Open it in Excel/Word, File → Info → Protect → Encrypt with Password, clear the password, save, and check that copy.`,
  );
}

/** Office 2007+ encryption wraps the package in an OLE file holding an `EncryptedPackage` stream. */
export function isEncryptedPackage(bytes: Buffer): boolean {
  return isOle(bytes) && bytes.includes(ENCRYPTED_PACKAGE);
}

interface Entry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

function directory(bytes: Buffer, file: string, limits: Limits): Entry[] {
  if (bytes.length < 22 || bytes.readUInt32LE(0) !== 0x04034b50) throw damaged(file, 'không phải tệp nén zip', 'not a zip package');
  // The end record sits in the last 22 bytes plus a comment of at most 64 KiB.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw damaged(file, 'không thấy mục lục của tệp nén', 'no zip directory at its end');
  const count = bytes.readUInt16LE(end + 10);
  const size = bytes.readUInt32LE(end + 12);
  const start = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || start === 0xffffffff) throw tooMany(file, limits);
  if (count > limits.entries) throw tooMany(file, limits, count);
  if (start + size > end) throw damaged(file, 'mục lục trỏ ra ngoài tệp', 'the directory points outside the file');
  const entries: Entry[] = [];
  let p = start;
  for (let i = 0; i < count; i++) {
    if (p + 46 > end || bytes.readUInt32LE(p) !== 0x02014b50) throw damaged(file, 'mục lục tệp nén hỏng', 'broken zip directory');
    const nameLength = bytes.readUInt16LE(p + 28);
    const entry: Entry = {
      flags: bytes.readUInt16LE(p + 8),
      method: bytes.readUInt16LE(p + 10),
      crc: bytes.readUInt32LE(p + 16),
      compressed: bytes.readUInt32LE(p + 20),
      size: bytes.readUInt32LE(p + 24),
      offset: bytes.readUInt32LE(p + 42),
      name: bytes.toString('utf8', p + 46, p + 46 + nameLength),
    };
    entries.push(entry);
    p += 46 + nameLength + bytes.readUInt16LE(p + 30) + bytes.readUInt16LE(p + 32);
  }
  return entries;
}

function tooMany(file: string, limits: Limits, count?: number): InputError {
  const n = count === undefined ? '' : ` (${fmt(count)})`;
  const nEn = count === undefined ? '' : ` (${fmtEn(count)})`;
  return new InputError(
    `Tệp ${file} có quá nhiều phần bên trong${n}; Soát Số chỉ đọc tệp có tối đa ${fmt(limits.entries)} phần.`,
    `${file} holds too many parts${nEn}; Soát Số reads files of at most ${fmtEn(limits.entries)} parts.`,
  );
}

function bomb(file: string, entry: string, limits: Limits): InputError {
  return new InputError(
    `Tệp ${file} giải nén ra quá lớn (phần ${entry}; giới hạn ${mib(limits.entryBytes)} mỗi phần, ${mib(limits.totalBytes)} cả tệp) — có thể là "bom zip"; Soát Số không mở.`,
    `${file} expands beyond the limit (part ${entry}; at most ${mib(limits.entryBytes)} a part, ${mib(limits.totalBytes)} in all) — possibly a zip bomb; not opened.`,
  );
}

function kindOf(names: Set<string>, mimetype: string | undefined): PackageKind {
  if (names.has('xl/workbook.xml')) return 'xlsx';
  if (names.has('word/document.xml')) return 'docx';
  if (mimetype?.startsWith('application/vnd.oasis.opendocument.spreadsheet')) return 'ods';
  if (mimetype?.startsWith('application/vnd.oasis.opendocument.text')) return 'odt';
  return 'zip';
}

export function renamedError(file: string, is: PackageKind | 'xls' | 'doc', want: PackageKind): InputError {
  const viIs = is === 'xls' ? 'sổ tính Excel 97-2003 (.xls)' : is === 'doc' ? 'văn bản Word 97-2003 (.doc)' : KIND_VI[is];
  const enIs = is === 'xls' ? 'an Excel 97-2003 workbook (.xls)' : is === 'doc' ? 'a Word 97-2003 document (.doc)' : KIND_EN[is];
  const ext = is === 'zip' ? '' : `.${is}`;
  return new InputError(
    `Tệp ${file} thực ra là ${viIs}, không phải ${KIND_VI[want]}` + (ext ? `; hãy đổi đuôi tệp thành ${ext} rồi chạy lại.` : '.'),
    `${file} is really ${enIs}, not ${KIND_EN[want]}` + (ext ? `; rename it to ${ext} and run again.` : '.'),
  );
}

/** What the inspection learned on the way, for notices after reading. */
export interface Inspection {
  kind: PackageKind;
  /** Parts of the package that link to other files (`xl/externalLinks/…`): their formulas are never followed. */
  externalLinks: string[];
  /** Each sheet's XML, by sheet name (xlsx only), for the cell-count limit. */
  sheets: { name: string; cells: number; rows: number }[];
  /** The package's XML parts as text, by path in the order of the zip's directory: what the fast reader reads. */
  parts: Map<string, string>;
}

const XML_PART = /\.(xml|rels|vml)$/i;

/** Throws an InputError for a package that is damaged, not of kind `want`, or beyond a limit; else what it found. */
export function inspectPackage(bytes: Buffer, file: string, want: PackageKind, limits: Limits = LIMITS): Inspection {
  if (isEncryptedPackage(bytes)) throw encryptedError(file);
  if (isOle(bytes)) throw renamedError(file, want === 'docx' ? 'doc' : 'xls', want);
  const entries = directory(bytes, file, limits);
  let declared = 0;
  for (const e of entries) {
    declared += e.size;
    if (e.size > limits.entryBytes || declared > limits.totalBytes) throw bomb(file, e.name, limits);
    if (e.flags & 1) throw encryptedError(file);
    if (e.method !== 0 && e.method !== 8) throw damaged(file, `phần ${e.name} nén theo cách lạ (${e.method})`, `part ${e.name} uses compression method ${e.method}`);
  }
  const names = new Set(entries.map((e) => e.name));
  const texts = new Map<string, string>();
  let actual = 0;
  for (const e of entries) {
    const data = inflate(bytes, e, file, limits);
    actual += data.length;
    if (actual > limits.totalBytes) throw bomb(file, e.name, limits);
    if (e.name === 'mimetype' || XML_PART.test(e.name)) texts.set(e.name, data.toString('utf8'));
  }
  const kind = kindOf(names, texts.get('mimetype'));
  if (kind !== want) throw renamedError(file, kind, want);
  for (const [name, xml] of texts) {
    const longest = scanXml(xml, name, file, limits, textLimit(name, limits));
    if (longest !== undefined) throw longText(texts, name, longest, file, limits);
  }
  const inspection: Inspection = { kind, externalLinks: entries.filter((e) => /^xl\/externalLinks\/[^/]+\.xml$/.test(e.name)).map((e) => e.name), sheets: [], parts: texts };
  if (kind === 'xlsx') inspection.sheets = sheetSizes(texts, file, limits);
  return inspection;
}

function inflate(bytes: Buffer, e: Entry, file: string, limits: Limits): Buffer {
  const p = e.offset;
  if (p + 30 > bytes.length || bytes.readUInt32LE(p) !== 0x04034b50) throw damaged(file, `không thấy phần ${e.name}`, `part ${e.name} is missing`);
  const start = p + 30 + bytes.readUInt16LE(p + 26) + bytes.readUInt16LE(p + 28);
  if (start + e.compressed > bytes.length) throw damaged(file, `phần ${e.name} bị cắt`, `part ${e.name} is cut short`);
  const raw = bytes.subarray(start, start + e.compressed);
  let data: Buffer;
  if (e.method === 0) data = raw;
  else {
    try {
      // One byte over the declared size is enough to catch a size that lies, without inflating the rest.
      data = inflateRawSync(raw, { maxOutputLength: Math.min(e.size, limits.entryBytes) + 1 });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw bomb(file, e.name, limits);
      throw damaged(file, `phần ${e.name} giải nén lỗi`, `part ${e.name} does not inflate`);
    }
  }
  if (data.length > e.size) throw bomb(file, e.name, limits);
  if (data.length !== e.size || crc32(data) !== e.crc) throw damaged(file, `phần ${e.name} sai mã kiểm tra`, `part ${e.name} fails its checksum`);
  return data;
}

/** Cell text is bounded where cells live; other parts (a template's JSON, say) may hold long text, and a
 *  document's paragraphs are bounded after reading, where their numbers are known. */
function textLimit(name: string, limits: Limits): number {
  return name === 'xl/sharedStrings.xml' || /^xl\/worksheets\/[^/]+\.xml$/.test(name) ? limits.cellChars : Infinity;
}

/** `<!DOCTYPE` or `<!ENTITY` anywhere, in any case: found by looking only where `<!` is (a regex over the
 *  whole part costs more in a gather of a hundred workbooks). */
function declaresDoctype(xml: string): boolean {
  for (let i = xml.indexOf('<!'); i >= 0; i = xml.indexOf('<!', i + 2)) {
    const word = xml.slice(i + 2, i + 9).toUpperCase();
    if (word === 'DOCTYPE' || word.startsWith('ENTITY')) return true;
  }
  return false;
}

/** Doctypes (external entities, entity expansion) are never read, and nesting is bounded, in every XML part;
 *  returns the offset of the first text longer than `maxText`. */
function scanXml(xml: string, name: string, file: string, limits: Limits, maxText: number): number | undefined {
  if (declaresDoctype(xml)) {
    throw new InputError(
      `Tệp ${file} có khai báo DOCTYPE/ENTITY trong phần ${name} (có thể trỏ tới tệp hay địa chỉ bên ngoài); tệp Office thật không có, Soát Số không đọc tệp này.`,
      `${file} declares a DOCTYPE/ENTITY in part ${name} (it may point to outside files or addresses); real Office files have none, so it is not read.`,
    );
  }
  let depth = 0;
  let textStart = 0;
  let long: number | undefined;
  for (let i = xml.indexOf('<'); i >= 0; i = xml.indexOf('<', i + 1)) {
    if (long === undefined && i - textStart > maxText) long = textStart;
    const c = xml.charCodeAt(i + 1);
    if (c === 47 /* / */) depth--;
    else if (c !== 33 /* ! */ && c !== 63 /* ? */) {
      const close = xml.indexOf('>', i);
      if (close < 0) break;
      if (xml.charCodeAt(close - 1) !== 47) depth++;
      if (depth > limits.depth) {
        throw new InputError(
          `Tệp ${file} có XML lồng quá sâu trong phần ${name} (hơn ${limits.depth} tầng); Soát Số không đọc tệp này.`,
          `${file} nests its XML too deeply in part ${name} (over ${limits.depth} levels); not read.`,
        );
      }
      i = close;
    }
    textStart = xml.indexOf('>', i) + 1;
  }
  return long;
}

/** The cell (or paragraph) whose text is too long, found only once one is. */
function longText(texts: Map<string, string>, name: string, at: number, file: string, limits: Limits): InputError {
  const xml = texts.get(name)!;
  let where: string | undefined;
  let whereEn: string | undefined;
  if (name === 'xl/sharedStrings.xml') {
    const index = (xml.slice(0, at).match(/<si[\s>]/g) ?? []).length - 1;
    for (const sheet of workbookSheets(texts)) {
      const m = new RegExp(`<c\\b[^>]*\\br="([A-Z]+\\d+)"[^>]*\\bt="s"[^>]*>\\s*<v>${index}</v>`).exec(sheet.xml) ?? new RegExp(`<c\\b[^>]*\\bt="s"[^>]*\\br="([A-Z]+\\d+)"[^>]*>\\s*<v>${index}</v>`).exec(sheet.xml);
      if (m) {
        where = `trang "${sheet.name}", ô ${m[1]}`;
        whereEn = `sheet "${sheet.name}", cell ${m[1]}`;
        break;
      }
    }
  } else if (name.startsWith('xl/worksheets/')) {
    const sheet = workbookSheets(texts).find((s) => s.path === name);
    const cell = attr(xml.slice(xml.lastIndexOf('<c ', at), at), 'r');
    if (sheet && cell) {
      where = `trang "${sheet.name}", ô ${cell}`;
      whereEn = `sheet "${sheet.name}", cell ${cell}`;
    }
  }
  const limit = textLimit(name, limits);
  return new InputError(
    `Tệp ${file}, ${where ?? `phần ${name}`}: một đoạn chữ dài hơn ${fmt(limit)} ký tự; Soát Số không đọc tệp này.`,
    `${file}, ${whereEn ?? `part ${name}`}: a text longer than ${fmtEn(limit)} characters; not read.`,
  );
}

function workbookSheets(texts: Map<string, string>): { name: string; path: string; xml: string }[] {
  const rels = new Map<string, string>();
  for (const m of (texts.get('xl/_rels/workbook.xml.rels') ?? '').matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id');
    const target = attr(m[0], 'Target');
    if (id && target) rels.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const out: { name: string; path: string; xml: string }[] = [];
  for (const m of (texts.get('xl/workbook.xml') ?? '').matchAll(/<sheet\b[^>]*>/g)) {
    const path = rels.get(attr(m[0], 'r:id') ?? '');
    const xml = path ? texts.get(path) : undefined;
    if (path && xml) out.push({ name: decodeXml(attr(m[0], 'name') ?? '?'), path, xml });
  }
  return out;
}

const decodeXml = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e]!);

const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

/** The workbook's sheets with their cell counts and last row, refusing a sheet beyond the limits. */
function sheetSizes(texts: Map<string, string>, file: string, limits: Limits): Inspection['sheets'] {
  const out: Inspection['sheets'] = [];
  let total = 0;
  for (const { name, xml } of workbookSheets(texts)) {
    let cells = 0;
    for (let i = xml.indexOf('<c'); i >= 0; i = xml.indexOf('<c', i + 2)) {
      const next = xml.charCodeAt(i + 2);
      if (next === 32 || next === 62 || next === 47) cells++;
    }
    let rows = 0;
    for (const r of xml.matchAll(/<row\b[^>]*?\br="(\d+)"/g)) rows = Math.max(rows, Number(r[1]));
    total += cells;
    if (total > limits.cells || rows > limits.rows) {
      throw new InputError(
        `Tệp ${file}, trang "${name}": quá lớn (${fmt(cells)} ô, đến dòng ${fmt(rows)}); Soát Số đọc tối đa ${fmt(limits.cells)} ô mỗi sổ tính và ${fmt(limits.rows)} dòng mỗi trang. Hãy chép các bảng cần kiểm tra sang một sổ tính riêng.`,
        `${file}, sheet "${name}": too large (${fmtEn(cells)} cells, up to row ${fmtEn(rows)}); Soát Số reads at most ${fmtEn(limits.cells)} cells a workbook and ${fmtEn(limits.rows)} rows a sheet. Copy the tables to check into a workbook of their own.`,
      );
    }
    out.push({ name, cells, rows });
  }
  return out;
}
