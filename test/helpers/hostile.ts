// Hostile and broken files, built from the example workbook and a generated .docx, shared by the hostile-file
// test and by bench/hostile.ts (which measures time and peak memory of each).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';

// Also from dist/ when bench/hostile.ts runs compiled.
export const EXAMPLE = join(__dirname.replace(/[\\/]dist(?=[\\/])/, ''), '..', '..', 'examples', 'bao-cao-mau.xlsx');

export interface Part {
  name: string;
  data: Buffer;
  /** Written into the zip's headers instead of the real size (a zip bomb that lies). */
  declaredSize?: number;
}

/** A zip written by hand, so that sizes can lie; entries are deflated. */
export function zip(parts: Part[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, 'utf8');
    const body = deflateRawSync(p.data, { level: 9 });
    const size = p.declaredSize ?? p.data.length;
    const crc = crc32(p.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

export async function unzip(bytes: Buffer): Promise<Part[]> {
  const z = await JSZip.loadAsync(bytes);
  const out: Part[] = [];
  for (const f of Object.values(z.files)) if (!f.dir) out.push({ name: f.name, data: await f.async('nodebuffer') });
  return out;
}

export const examineParts = () => unzip(readFileSync(EXAMPLE));

const xml = (s: string) => Buffer.from(s, 'utf8');
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A .docx with one paragraph per body entry (raw `<w:p>` XML or plain text). */
export function docx(paragraphs: string[], extra: Part[] = [], doctype = ''): Buffer {
  const body = paragraphs.map((p) => (p.startsWith('<w:p') ? p : `<w:p><w:r><w:t xml:space="preserve">${esc(p)}</w:t></w:r></w:p>`)).join('');
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  return zip([
    {
      name: '[Content_Types].xml',
      data: xml(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
    },
    {
      name: '_rels/.rels',
      data: xml(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
    },
    { name: 'word/document.xml', data: xml(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${doctype}<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`) },
    ...extra,
  ]);
}

export const REPORT_TEXT = [
  'Báo cáo tổng kết công tác xây dựng Đảng năm 2023.',
  'Năm 2023, toàn tỉnh có 498 tổ chức cơ sở đảng, trong đó 171 đảng bộ cơ sở và 357 chi bộ cơ sở.',
];

function replacePart(parts: Part[], name: string, f: (s: string) => string): Part[] {
  return parts.map((p) => (p.name === name ? { name, data: xml(f(p.data.toString('utf8'))) } : p));
}

export interface Hostile {
  name: string;
  file: string;
  args: string[];
  /** Exit code 2 and this message, unless `code` says otherwise. */
  message: RegExp;
  en?: RegExp;
  code?: number[];
}

/** Writes every hostile case into `dir`. */
export async function hostileFiles(dir: string): Promise<Hostile[]> {
  const parts = await examineParts();
  const sheet = (n: number) => `xl/worksheets/sheet${n}.xml`;
  const put = (name: string, bytes: Buffer) => (writeFileSync(join(dir, name), bytes), join(dir, name));
  const example = readFileSync(EXAMPLE);
  const cases: Hostile[] = [];
  const add = (name: string, file: string, message: RegExp, en?: RegExp, command = 'check', code?: number[]) => cases.push({ name, file, args: [command, file], message, en, code });

  // 120 MiB of one character compresses to about 120 KiB.
  const huge = Buffer.alloc(120 * 2 ** 20, 0x20);
  add('zip bomb, sizes declared', put('bom-khai.xlsx', zip([...parts.filter((p) => p.name !== sheet(1)), { name: sheet(1), data: huge }])), /quá lớn .*bom zip/, /zip bomb/);
  add('zip bomb, sizes that lie', put('bom-gia.xlsx', zip([...parts.filter((p) => p.name !== sheet(1)), { name: sheet(1), data: huge, declaredSize: 1000 }])), /quá lớn .*bom zip/, /zip bomb/);
  const many = Array.from({ length: 6000 }, (_, i) => ({ name: `xl/media/a${i}.bin`, data: Buffer.from('x') }));
  add('too many entries', put('nhieu-phan.xlsx', zip([...parts, ...many])), /quá nhiều phần/, /too many parts/);
  const cells = Array.from({ length: 12_000 }, (_, r) => `<row r="${r + 1}">${Array.from({ length: 100 }, (_, c) => `<c><v>${c}</v></c>`).join('')}</row>`).join('');
  add('1.2 million cells', put('qua-nhieu-o.xlsx', zip(replacePart(parts, sheet(1), (s) => s.replace(/<sheetData>[\s\S]*<\/sheetData>/, `<sheetData>${cells}</sheetData>`)))), /trang "Biểu 1": quá lớn/, /sheet "Biểu 1": too large/);
  const long = 'x'.repeat(3 * 2 ** 20);
  add('a 3 MB cell string', put('chu-dai.xlsx', zip(replacePart(parts, 'xl/sharedStrings.xml', (s) => s.replace(/<si><t[^>]*>[^<]*<\/t><\/si>/, `<si><t>${long}</t></si>`)))), /trang "Biểu 1", ô A1: một đoạn chữ dài hơn 32\.767 ký tự/, /sheet "Biểu 1", cell A1/);
  add('XML nested 100,000 deep', put('long-sau.xlsx', zip(replacePart(parts, sheet(2), (s) => s.replace('</worksheet>', `${'<x>'.repeat(100_000)}${'</x>'.repeat(100_000)}</worksheet>`)))), /lồng quá sâu/, /too deeply/);
  add('truncated zip', put('cat-cut.xlsx', example.subarray(0, Math.floor(example.length / 2))), /hỏng hoặc bị cắt cụt/, /damaged or truncated/);
  const flipped = Buffer.from(example);
  for (let i = 2000; i < 2400; i++) flipped[i] ^= 0x5a;
  add('corrupt zip (bytes flipped)', put('hong.xlsx', flipped), /hỏng hoặc bị cắt cụt/, /damaged or truncated/);
  add('password-protected .xlsx', put('mat-khau.xlsx', encryptedOle()), /bảo vệ bằng mật khẩu/, /password-protected/);
  add('password-protected .docx', put('mat-khau.docx', encryptedOle()), /bảo vệ bằng mật khẩu/, /password-protected/, 'scan');
  add('.xlsx renamed .docx', put('so-tinh.docx', example), /thực ra là sổ tính Excel \(\.xlsx\).*đổi đuôi tệp thành \.xlsx/, /really an Excel workbook/, 'scan');
  add('.docx renamed .xlsx', put('van-ban.xlsx', docx(REPORT_TEXT)), /thực ra là văn bản Word \(\.docx\)/, /really a Word document/);
  const xxe = '<!DOCTYPE worksheet [<!ENTITY e SYSTEM "file:///etc/passwd">]>';
  add('external entity in a sheet', put('thuc-the.xlsx', zip(replacePart(parts, sheet(1), (s) => s.replace('?>', `?>${xxe}`).replace('<v>525</v>', '<v>&e;</v>')))), /DOCTYPE\/ENTITY trong phần xl\/worksheets\/sheet1\.xml/, /DOCTYPE\/ENTITY/);
  add('external entity in a .docx', put('thuc-the.docx', docx(['<w:p><w:r><w:t>&e;</w:t></w:r></w:p>'], [], '<!DOCTYPE d [<!ENTITY e SYSTEM "http://127.0.0.1:9/x">]>')), /DOCTYPE\/ENTITY/, /DOCTYPE\/ENTITY/, 'scan');
  add('a paragraph of 1 MB', put('doan-dai.docx', docx([REPORT_TEXT[0], 'Một '.repeat(250_000)])), /đoạn 2: dài 1\.000\.000 ký tự/, /paragraph 2: 1,000,000 characters/, 'scan');
  add('not a zip at all', put('rac.xlsx', Buffer.from('PK\u0003\u0004 không phải zip')), /hỏng hoặc bị cắt cụt/, /damaged or truncated/);
  const linked = replacePart(
    replacePart(replacePart(parts, sheet(1), (s) => s.replace('<f>SUM(C7:C8)</f>', '<f>[1]Nguon!C6</f>')), 'xl/_rels/workbook.xml.rels', (s) =>
      s.replace('</Relationships>', '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink" Target="externalLinks/externalLink1.xml"/></Relationships>'),
    ),
    'xl/workbook.xml',
    (s) => s.replace('</workbook>', '<externalReferences><externalReference r:id="rId99"/></externalReferences></workbook>'),
  );
  linked.push({
    name: 'xl/externalLinks/externalLink1.xml',
    data: xml('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><externalBook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></externalLink>'),
  });
  linked.push({
    name: 'xl/externalLinks/_rels/externalLink1.xml.rels',
    data: xml('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="http://127.0.0.1:9/nguon.xlsx" TargetMode="External"/></Relationships>'),
  });
  add('formula linking another workbook', put('lien-ket.xlsx', zip(linked)), /Lưu ý: .* có công thức lấy số từ tệp khác \(Biểu 1!C6\)/, /formulas that take figures from other files/, 'check', [1]);
  return cases;
}

/** The shape Office 2007+ gives a password-protected file: an OLE compound file with an EncryptedPackage stream. */
export function encryptedOle(): Buffer {
  const b = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b, 0);
  Buffer.from('EncryptionInfo', 'utf16le').copy(b, 1024);
  Buffer.from('EncryptedPackage', 'utf16le').copy(b, 1152);
  return b;
}
