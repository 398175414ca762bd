// Figures that no table explains are said to be unread — never a clean bill of health — in the core, in the
// command line's text and --json; and labels that are years are written as typed in the Word report.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { checkWorkbook } from '../src/core';
import { runCli } from './helpers/cli';
import { sheet } from './helpers/sheet';

const dir = mkdtempSync(join(tmpdir(), 'soatso-unread-'));

async function xlsx(name: string, rows: (string | number | null)[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  rows.forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v)));
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

/** Figures with no heading a clerk could read them by: numbers under a lone title. */
const STRAY: (string | number | null)[][] = [
  ['Số liệu tạm'],
  [12, 30, 41],
  [7, 18, 25],
  [null],
  ['STT', 'Nội dung', 'Năm 2023'],
  ['', 'Tổng số', 3],
  ['1', 'A', 1],
  ['2', 'B', 2],
];

describe('unread figures', () => {
  test('the core names the region and counts its cells, beside the table it did read', () => {
    const result = checkWorkbook([sheet('S', STRAY)]);
    expect(result.summary.tables).toBe(1);
    expect(result.summary.unread).toBe(6);
    const unread = result.findings.filter((f) => f.rule === 'unread');
    expect(unread).toEqual([expect.objectContaining({ severity: 'warning', cell: 'A2', cells: ['A2:C3'] })]);
    expect(unread[0].message).toBe('A2:C3: có 6 ô số liệu không thuộc bảng nào đọc được — chưa kiểm tra');
  });

  test('a sheet of figures with no table is not declared clean', async () => {
    const path = await xlsx('chi-so.xlsx', STRAY.slice(0, 3));
    const text = await runCli('check', path);
    expect(text.out).toContain('Tìm thấy 0 bảng');
    expect(text.out).toContain('Chưa kiểm tra: 6 ô số liệu không thuộc bảng nào đọc được');
    const json = JSON.parse((await runCli('check', path, '--json')).out);
    expect(json.summary).toMatchObject({ tables: 0, errors: 0, unread: 6 });
    expect(json.findings.map((f: { rule: string; cell: string }) => `${f.rule} ${f.cell}`)).toEqual(['unread A2']);
  });
});

describe('labels written as typed', () => {
  test('years down the rows are labels: never summed, written 2019 in the report, not 2.019', async () => {
    const rows: (string | number | null)[][] = [
      ['KẾT QUẢ XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG'],
      ['Năm', 'Tổng số', 'Hoàn thành tốt nhiệm vụ trở lên', 'Tỷ lệ (%)'],
      [2019, 525, 498, 94.86],
      [2020, 520, 501, 96.35],
      [2021, 512, 499, 97.46],
    ];
    const result = checkWorkbook([sheet('S', rows)]);
    expect(result.summary).toMatchObject({ tables: 1, errors: 0, warnings: 0, unread: 0 });
    expect(result.checked[0].table.columns[0].role.kind).toBe('label');
    const path = await xlsx('nam.xlsx', rows);
    const out = join(dir, 'nam.docx');
    expect((await runCli('report', path, '-o', out)).code).toBe(0);
    const xml = await (await JSZip.loadAsync(readFileSync(out))).file('word/document.xml')!.async('string');
    const texts = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    expect(texts).toEqual(expect.arrayContaining(['2019', '2020', '2021', '94,86']));
    expect(texts).not.toContain('2.019');
  });
});
