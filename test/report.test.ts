// The report: table documents, footnote sentences, the .docx written by `report`, opened by LibreOffice.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkWorkbook, exactFromDecimal, renderSentence, SentenceError, tableDocument } from '../src/core';
import { readWorkbook } from '../src/xlsx/read';
import { runCli } from './helpers/cli';
import { EXAMPLE_PATH } from '../examples/build-example';
import { organizationsTable, sheet } from './helpers/sheet';
import { SERIES, SERIES_ROWS } from './helpers/report-sheets';
import ExcelJS from 'exceljs';

jest.setTimeout(180_000);

const ARTIFACTS = join(__dirname, 'artifacts');
mkdirSync(ARTIFACTS, { recursive: true });
const dir = mkdtempSync(join(tmpdir(), 'soatso-report-'));

async function example() {
  const sheets = await readWorkbook(readFileSync(EXAMPLE_PATH));
  const result = checkWorkbook(sheets);
  const doc = (id: string) => {
    const c = result.checked.find((x) => x.table.id === id)!;
    return tableDocument(sheets.find((s) => s.name === c.table.sheet)!, c.table, result.findings);
  };
  return { sheets, result, doc };
}

describe('footnote sentences', () => {
  const f = (v: string, decimals = 0) => ({ value: exactFromDecimal(v), decimals });
  test('placeholders and computed shares, written vi-VN', () => {
    expect(renderSentence('Tổng số đảng viên {tong}, trong đó nữ {nu} đồng chí, chiếm {pct(nu, tong, 2)}', { tong: f('33509'), nu: f('11262') })).toBe(
      'Tổng số đảng viên 33.509, trong đó nữ 11.262 đồng chí, chiếm 33,61%',
    );
  });
  test('counts under ten with a leading zero; sums and differences', () => {
    expect(renderSentence('{a} huyện, {b} thị xã, tổng {a + b}, giảm {c - b}', { a: f('5'), b: f('1'), c: f('9') })).toBe('05 huyện, 01 thị xã, tổng 06, giảm 08');
  });
  test.each(['{import("fs")}', '{evaluate("1")}', '{x}', '{tong * 2}', '{"a"}', '{pct(a, 0, 2)}'])('%s is refused with a message', (t) => {
    expect(() => renderSentence(t, { tong: f('10'), a: f('1') })).toThrow(SentenceError);
  });
});

describe('table documents', () => {
  test('a two-row merged header keeps its merges; figures vi-VN right-aligned; STT centred; totals bold', async () => {
    const { doc } = await example();
    const d = doc('Biểu 3/1');
    expect(d.caption).toBe('Biểu 3. Kết quả đánh giá, xếp loại chất lượng đảng viên');
    expect(d.unit).toBe('đảng viên');
    expect(d.rows[0].cells.map((c) => [c.text, c.colSpan, c.rowSpan])).toEqual([
      ['STT', 1, 2],
      ['Nội dung', 1, 2],
      ['Năm 2021', 2, 1],
      ['Năm 2022', 2, 1],
    ]);
    expect(d.rows[1].cells.map((c) => c.text)).toEqual(['Số lượng', 'Tỷ lệ (%)', 'Số lượng', 'Tỷ lệ (%)']);
    const total = d.rows[2];
    expect(total.cells.map((c) => c.text)).toEqual(['', 'Tổng số đảng viên được đánh giá', '31.850', '100,00', '32.500', '100,00']);
    expect(total.cells.every((c) => c.bold)).toBe(true);
    const part = d.rows[3];
    expect(part.cells.map((c) => c.align)).toEqual(['center', 'left', 'right', 'right', 'right', 'right']);
    expect(part.cells[0].bold).toBe(false);
    expect(d.errors).toBe(1);
  });
  test('the footnote of a table: its total and parts with shares', async () => {
    const { doc } = await example();
    expect(doc('Biểu 2/1').footnotes[0]).toContain('Tổng số đảng viên 33.509 người, trong đó nữ 11.262 người, chiếm 33,61%');
    // Typed as text in English style, shown as the check reads it.
    expect(doc('Biểu 2/1').rows.find((r) => r.cells[1]?.text === 'Đại học')!.cells[2].text).toBe('15.240');
  });
});

describe('footnote sentences name the period by the kind of its column', () => {
  const sentences = (s: ReturnType<typeof sheet>) => {
    const result = checkWorkbook([s]);
    return result.checked.map((c) => tableDocument(s, c.table, result.findings).footnotes).flat();
  };
  const withHeaders = (a: string, b: string) => organizationsTable({ C3: a, D3: b, E3: 'Tăng (+), giảm (-)', F3: 'So sánh (%)' });
  test.each([
    ['Năm 2022', 'Năm 2023', 'Năm 2023, tổng số 498 tổ chức'],
    ['Nhiệm kỳ 2015 - 2020', 'Nhiệm kỳ 2020 - 2025', 'Nhiệm kỳ 2020 - 2025, tổng số 498 tổ chức'],
    ['30/6/2021', '30/6/2022', 'Tại thời điểm 30/6/2022, tổng số 498 tổ chức'],
    ['6 tháng đầu năm 2023', '6 tháng đầu năm 2024', '6 tháng đầu năm 2024, tổng số 498 tổ chức'],
  ])('%s → %s', (a, b, lead) => {
    expect(sentences(withHeaders(a, b))).toEqual([`${lead}, trong đó đảng bộ cơ sở 171 tổ chức, chiếm 34,34%; chi bộ cơ sở 327 tổ chức, chiếm 65,66%.`]);
  });
  test('a single series: its latest period, its share as the table states it, and the change in points', () => {
    expect(sentences(SERIES)).toEqual(['Năm 2023, 341/367 tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên, đạt 92,92%, tăng 1,84 điểm phần trăm so với năm 2022.']);
    const down = SERIES_ROWS.map((r) => [...r]);
    down[4][5] = 90.19;
    down[4][4] = '331/367';
    expect(sentences(sheet('Biểu 8', down, ['A3:A4', 'B3:B4', 'C3:D3', 'E3:F3']))).toEqual([
      'Năm 2023, 331/367 tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên, đạt 90,19%, giảm 0,89 điểm phần trăm so với năm 2022.',
    ]);
  });
  test('a single series of counts at two dates', () => {
    const rows = [
      ['Biểu 9. Đảng viên được tặng Huy hiệu Đảng'],
      [null, null, null, 'Đơn vị tính: đảng viên'],
      ['STT', 'Nội dung', '30/6/2022', '30/6/2023'],
      ['1', 'Đảng viên được tặng Huy hiệu Đảng', 1204, 1180],
    ];
    expect(sentences(sheet('Biểu 9', rows))).toEqual(['Tại thời điểm 30/6/2023, đảng viên được tặng Huy hiệu Đảng 1.180 đảng viên, giảm 24 đảng viên so với thời điểm 30/6/2022.']);
  });
});

/** The example workbook with the two planted sheets added before "Tổng hợp", written to a new file. */
async function plantedWorkbook(path: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(EXAMPLE_PATH);
  // The example has its own wide table (Biểu 7); a single series is added.
  for (const [name, rows, merges] of [['Biểu 8', SERIES_ROWS, ['A3:A4', 'B3:B4', 'C3:D3', 'E3:F3']]] as const) {
    const ws = wb.addWorksheet(name);
    rows.forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v)));
    merges.forEach((m) => ws.mergeCells(m));
  }
  await wb.xlsx.writeFile(path);
}

interface PdfWord {
  page: number;
  text: string;
  x: number;
  y: number;
}

/** The words of a PDF with their page and position, and each page's size, from pdftotext -bbox. */
function pdfWords(pdf: string): { words: PdfWord[]; pages: { width: number; height: number }[] } {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-']).toString();
  const pages: { width: number; height: number }[] = [];
  const words: PdfWord[] = [];
  for (const page of html.split(/<page /).slice(1)) {
    const size = /width="([\d.]+)" height="([\d.]+)"/.exec(page)!;
    pages.push({ width: Number(size[1]), height: Number(size[2]) });
    for (const m of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)) {
      words.push({ page: pages.length - 1, x: Number(m[1]), y: Number(m[2]), text: m[3].replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>') });
    }
  }
  return { words, pages };
}

/** Where a phrase starts (index into words), searching from `from`. */
function find(words: PdfWord[], phrase: string, from = 0): number {
  const want = phrase.split(/\s+/);
  for (let i = from; i < words.length; i++) if (want.every((w, k) => words[i + k]?.text === w)) return i;
  return -1;
}

describe('soatso report', () => {
  const run = runCli;

  test('writes a new .docx, says which tables have errors, and never overwrites without --force', async () => {
    const out = join(dir, 'bao-cao.docx');
    const first = await run('report', EXAMPLE_PATH, '-o', out, '--tables', 'Biểu 2/1,Biểu 3/1');
    expect(first.code).toBe(0);
    expect(first.out).toContain('Biểu 2/1: Biểu 2. Đảng viên');
    expect(first.out).toContain('1 lỗi — nên sửa trước khi dùng');
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    const again = await run('report', EXAMPLE_PATH, '-o', out);
    expect(again.code).toBe(2);
    expect(again.err).toContain('thêm --force');
    expect((await run('report', EXAMPLE_PATH, '-o', out, '--force')).code).toBe(0);
    expect((await run('report', EXAMPLE_PATH, '-o', EXAMPLE_PATH.replace(/xlsx$/, 'xlsx'))).code).toBe(2);
    const unknown = await run('report', EXAMPLE_PATH, '-o', join(dir, 'x.docx'), '--tables', 'Biểu 9/1');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('Không có bảng Biểu 9/1');
  });

  test('footnote sentences from a template', async () => {
    const t = join(dir, 'mau.json');
    expect((await run('check', EXAMPLE_PATH, '--emit-template', t, '--json')).code).toBe(1);
    const template = JSON.parse(readFileSync(t, 'utf8'));
    const table = template.tables.find((x: { id: string }) => x.id === 'Biểu 2/1');
    table.footnotes = { names: { tong: 'C5', nu: 'C7' }, sentences: ['Tổng số đảng viên {tong}, trong đó nữ {nu} đồng chí, chiếm {pct(nu, tong, 2)}.'] };
    writeFileSync(t, JSON.stringify(template));
    const out = join(dir, 'mau.docx');
    expect((await run('report', EXAMPLE_PATH, '-o', out, '--template', t, '--tables', 'Biểu 2/1')).code).toBe(0);
    const JSZip = (await import('jszip')).default;
    const xml = await (await JSZip.loadAsync(readFileSync(out))).file('word/footnotes.xml')!.async('string');
    expect(xml.replace(/<[^>]+>/g, '')).toContain('Tổng số đảng viên 33.509, trong đó nữ 11.262 đồng chí, chiếm 33,61%.');
    table.footnotes = { names: { tong: 'nope' }, sentences: [] };
    writeFileSync(t, JSON.stringify(template));
    const bad = await run('report', EXAMPLE_PATH, '-o', join(dir, 'bad.docx'), '--template', t);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('footnotes.names');
  });

  const convert = (docx: string) => {
    execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/lo-profile`, '--convert-to', 'pdf', '--outdir', dir, docx], { stdio: 'ignore', timeout: 150_000 });
    return docx.replace(/\.docx$/, '.pdf');
  };

  test('LibreOffice lays the report out as a typist would: captions with their tables, whole header words, a landscape page for the wide table', async () => {
    expect(existsSync('/usr/bin/soffice')).toBe(true);
    const book = join(dir, 'trong-bao-cao.xlsx');
    await plantedWorkbook(book);
    const out = join(dir, 'lo.docx');
    const run1 = await run('report', book, '-o', out);
    expect(run1.code).toBe(0);
    expect(run1.out).toContain('Biểu 7/1: Biểu 7. Đảng viên mới kết nạp theo đơn vị, giới tính, độ tuổi và trình độ, năm 2023 (đúng; trang ngang)');
    const pdf = convert(out);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
    writeFileSync(join(ARTIFACTS, 'report.txt'), text);
    for (const expected of ['Biểu 1. Tổ chức cơ sở đảng theo loại hình', 'Đơn vị tính: tổ chức', 'Nguồn: Ban Tổ chức Tỉnh ủy', '33.509', '11.262', '99,23', '516/520', 'Tổng số đảng viên 33.509 người, trong đó nữ 11.262 người, chiếm 33,61%',
      'Năm 2023, 341/367 tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên, đạt 92,92%, tăng 1,84 điểm phần trăm so với năm 2022.', 'Nhiệm kỳ 2020 - 2025, tổng số 330 đảng viên']) {
      expect(text.replace(/\s+/g, ' ')).toContain(expected);
    }
    for (const old of readdirSync(ARTIFACTS).filter((f) => /^report-page-\d+\.png$/.test(f))) rmSync(join(ARTIFACTS, old));
    execFileSync('pdftoppm', ['-r', '80', '-png', pdf, join(ARTIFACTS, 'report-page')]);

    const { words, pages } = pdfWords(pdf);
    const { sheets, result } = await (async () => {
      const sheets = await readWorkbook(readFileSync(book));
      return { sheets, result: checkWorkbook(sheets) };
    })();
    const docs = result.checked.map((c) => tableDocument(sheets.find((s) => s.name === c.table.sheet)!, c.table, result.findings));
    expect(docs.map((d) => d.id)).toContain('Biểu 7/1');
    let from = 0;
    for (const d of docs) {
      // The caption's last words (a long caption wraps) and the first body row's label: one page.
      const tail = d.caption.split(/\s+/).slice(-2).join(' ');
      const at = find(words, tail, from);
      expect([d.id, at >= 0]).toEqual([d.id, true]);
      const body = d.rows.find((r) => !r.header)!;
      const first = body.cells.find((c) => c.text && !/^[\d\-.]*$/.test(c.text))!.text.split(/\s+/).slice(0, 2).join(' ');
      const row = find(words, first, at);
      expect([d.id, row >= 0 && words[row].page === words[at].page]).toEqual([d.id, true]);
      // No header word broken: each stands whole on the caption's page, or the next (a repeated header).
      const onPage = new Set(words.filter((w) => w.page === words[at].page).map((w) => w.text));
      for (const r of d.rows.filter((x) => x.header)) for (const cell of r.cells) for (const word of cell.text.split(/\s+/).filter(Boolean)) expect([d.id, word, onPage.has(word)]).toEqual([d.id, word, true]);
      const page = pages[words[at].page];
      expect([d.id, page.width > page.height]).toEqual([d.id, d.id === 'Biểu 7/1']);
      from = row;
    }
    // Page numbers at the foot of every page.
    pages.forEach((p, i) => expect(words.some((w) => w.page === i && w.text === String(i + 1) && w.y > p.height - 70)).toBe(true));
  });

  test('--appendix: a PHỤ LỤC with captions numbered as the workbook names them, 14 pt body, page numbers', async () => {
    const book = join(dir, 'phu-luc.xlsx');
    await plantedWorkbook(book);
    const out = join(dir, 'phu-luc.docx');
    expect((await run('report', book, '-o', out, '--appendix')).code).toBe(0);
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(readFileSync(out));
    const footers = Object.keys(zip.files).filter((f) => /^word\/footer\d*\.xml$/.test(f));
    expect(footers.length).toBeGreaterThan(0);
    for (const f of footers) expect(await zip.file(f)!.async('string')).toContain('PAGE');
    // The body in 14 pt.
    expect(await zip.file('word/styles.xml')!.async('string')).toMatch(/<w:sz w:val="28"\/>/);
    const pdf = convert(out);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString().replace(/\s+/g, ' ');
    expect(text.startsWith(' PHỤ LỤC SỐ LIỆU THỐNG KÊ') || text.startsWith('PHỤ LỤC SỐ LIỆU THỐNG KÊ')).toBe(true);
    for (const caption of ['Biểu 1. Tổ chức cơ sở đảng', 'Biểu 7. Đảng viên mới kết nạp', 'Biểu 8. Tổ chức cơ sở đảng hoàn thành', 'Biểu 9. Tổng hợp tổ chức cơ sở đảng']) expect(text).toContain(caption);
    const { words, pages } = pdfWords(pdf);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((p, i) => expect(words.some((w) => w.page === i && w.text === String(i + 1) && w.y > p.height - 70)).toBe(true));
    execFileSync('pdftoppm', ['-r', '80', '-png', '-f', '1', '-l', '1', pdf, join(ARTIFACTS, 'appendix-page')]);
  });
});
