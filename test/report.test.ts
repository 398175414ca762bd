// The report: table documents, footnote sentences, the .docx written by `report`, opened by LibreOffice.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkWorkbook, exactFromDecimal, renderSentence, SentenceError, tableDocument } from '../src/core';
import { readWorkbook } from '../src/xlsx/read';
import { runCli } from './helpers/cli';
import { EXAMPLE_PATH } from '../examples/build-example';
import { organizationsTable, sheet } from './helpers/sheet';
import { SERIES, SERIES_ROWS, WIDE_ROWS } from './helpers/report-sheets';
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
  for (const [name, rows, merges] of [
    ['Biểu 7', WIDE_ROWS, []],
    ['Biểu 8', SERIES_ROWS, ['A3:A4', 'B3:B4', 'C3:D3', 'E3:F3']],
  ] as const) {
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

  test('LibreOffice opens the report with its tables and footnotes in place', async () => {
    expect(existsSync('/usr/bin/soffice')).toBe(true);
    const out = join(dir, 'lo.docx');
    expect((await run('report', EXAMPLE_PATH, '-o', out)).code).toBe(0);
    execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/lo-profile`, '--convert-to', 'pdf', '--outdir', dir, out], { stdio: 'ignore', timeout: 150_000 });
    const pdf = join(dir, 'lo.pdf');
    const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
    for (const expected of ['Biểu 1. Tổ chức cơ sở đảng theo loại hình', 'Đơn vị tính: tổ chức', 'Nguồn: Ban Tổ chức Tỉnh ủy', '33.509', '11.262', '99,23', '516/520', 'Tổng số đảng viên 33.509 người, trong đó nữ 11.262 người, chiếm 33,61%']) {
      expect(text.replace(/\s+/g, ' ')).toContain(expected);
    }
    execFileSync('pdftoppm', ['-r', '80', '-png', '-f', '1', '-l', '1', pdf, join(ARTIFACTS, 'report-page')]);
    writeFileSync(join(ARTIFACTS, 'report.txt'), text);
  });
});
