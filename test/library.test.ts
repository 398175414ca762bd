// The built-in library: every table builds for its period, its sample checks clean, its template reads back the
// structure it declares, and the empty layout, once filled, checks clean under its template.
import { buildLibraryTable, checkWorkbook, defaultPeriod, layoutSheet, LIBRARY, parseTemplate, Template, TEMPLATE_FORMAT, TEMPLATE_VERSION } from '../src/core';
import { periodsIn } from '../src/core/table/periods';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from './helpers/cli';
import { recalculate } from './helpers/calc';

const dir = mkdtempSync(join(tmpdir(), 'soatso-library-'));

const SEED_TABLES = ['to-chuc-co-so-dang', 'dang-vien-theo-loai', 'danh-gia-dang-vien', 'danh-gia-to-chuc-co-so-dang', 'ky-luat', 'quy-hoach-can-bo', 'ly-luan-chinh-tri'];
const OFFICIAL_FORMS = ['bieu-1', 'bieu-2', 'bieu-3', 'bieu-5', 'bieu-6f', 'bieu-7', 'bieu-8b', 'bieu-10', 'bieu-11', 'bieu-13', 'xep-loai-124'];
const period = (s: string) => periodsIn(s)[0];
const forEntry = (kind: 'year' | 'term') => (kind === 'year' ? period('2024') : period('2025 - 2030'));
const notInfo = <T extends { severity: string }>(fs: T[]) => fs.filter((f) => f.severity !== 'info');

describe('built-in library', () => {
  test('covers the tables of domain.md and the seeds, with Vietnamese names', () => {
    expect(LIBRARY.map((e) => e.id)).toEqual([...SEED_TABLES, ...OFFICIAL_FORMS]);
    for (const e of LIBRARY) expect(e.name).toMatch(/[ạảãáàâấầẩậăắằẳặđêếềểệôốồổộơớờởợưứừửựíìỉịóòỏọúùủụ]/);
  });

  // The official forms are tested in forms.test.ts: the checker does not yet read their column-number rows.
  test.each(LIBRARY.filter((e) => SEED_TABLES.includes(e.id)).map((e) => [e.id, e] as const))('%s: sample is consistent, the template validates, the empty layout fills in clean', (_id, entry) => {
    const built = buildLibraryTable(entry, forEntry(entry.kind), 'Mẫu');
    expect(notInfo(checkWorkbook([built.sample]).findings)).toEqual([]);
    const template: Template = parseTemplate(JSON.parse(JSON.stringify({ format: TEMPLATE_FORMAT, version: TEMPLATE_VERSION, tables: [built.template] })));
    expect(template.tables[0].rows.filter((r) => r.kind !== 'connector').map((r) => r.label)).toEqual(entry.rows.filter((r) => r.sample || r.sum).map((r) => r.label));
    // The empty layout as a host writes it: the template finds its table, nothing is missing or extra, nothing is wrong.
    const empty = layoutSheet(built.layout);
    const blank = checkWorkbook([empty], { template });
    expect(blank.unmatched).toEqual([]);
    expect(blank.applied!.map((a) => a.differences)).toEqual([[]]);
    expect(notInfo(blank.findings)).toEqual([]);
    // Filled with the sample figures (what a user types), it checks clean under the template too.
    const filled = checkWorkbook([built.sample], { template });
    expect(filled.applied![0].differences).toEqual([]);
    expect(notInfo(filled.findings)).toEqual([]);
    expect(filled.summary.rules).toBe(checkWorkbook([built.sample]).summary.rules);
  });

  test('headers name the chosen period and the one before it; the wrong kind of period is refused', () => {
    const discipline = LIBRARY.find((e) => e.id === 'ky-luat')!;
    const built = buildLibraryTable(discipline, period('2030 - 2035'), 'Kỷ luật');
    const headers = built.layout.cells.filter((c) => c.cell.endsWith('4')).map((c) => c.value);
    expect(headers).toEqual(['STT', 'Hình thức kỷ luật', 'Nhiệm kỳ 2025 - 2030', 'Nhiệm kỳ 2030 - 2035', 'Tăng (+), giảm (-)', 'So sánh với nhiệm kỳ 2025 - 2030 (%)']);
    expect(built.template.footnotes!.sentences[0]).toContain('Nhiệm kỳ 2030 - 2035 đã thi hành kỷ luật {nay} đảng viên, so với nhiệm kỳ 2025 - 2030');
    expect(() => buildLibraryTable(discipline, period('2024'), 'x')).toThrow('cần một nhiệm kỳ');
    const formulas = built.layout.cells.filter((c) => c.formula).map((c) => `${c.cell}=${c.formula}`);
    expect(formulas).toContain('C5=SUM(C6:C9)');
    expect(formulas).toContain('F6=IF(OR(D6="",C6="",C6=0),"",ROUND(D6/C6*100,2))');
    expect(built.layout.cells.find((c) => c.cell === 'D6')).toMatchObject({ numberFormat: '#,##0' });
    expect(built.layout.cells.find((c) => c.cell === 'D6')!.value).toBeUndefined();
  });

  test('the default period is this year, or the term this year falls in', () => {
    expect(defaultPeriod('year', new Date(2026, 10, 22)).label).toBe('2026');
    expect(defaultPeriod('term', new Date(2026, 10, 22)).label).toBe('2025 - 2030');
    expect(defaultPeriod('term', new Date(2030, 0, 1)).label).toBe('2030 - 2035');
  });
});

describe('template library and template new', () => {
  test('lists the library', async () => {
    const r = await runCli('template', 'library');
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n')).toHaveLength(LIBRARY.length);
    expect(r.out).toContain('ky-luat                      Thi hành kỷ luật đảng viên theo hình thức (theo nhiệm kỳ) — theo nhiệm kỳ');
  });

  test('a new workbook from the library checks clean empty, and clean once filled and recalculated', async () => {
    const out = join(dir, 'ky-luat.xlsx');
    const made = await runCli('template', 'new', 'ky-luat', '--period', '2025 - 2030', '-o', out);
    expect(made.code).toBe(0);
    const empty = await runCli('check', out, '--json');
    const json = JSON.parse(empty.out);
    expect(json.template.applied).toEqual([{ template: 'Kỷ luật/1', sheet: 'Kỷ luật', range: 'A4:F9', differences: 0 }]);
    expect(json.findings.filter((f: { severity: string }) => f.severity !== 'info')).toEqual([]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Kỷ luật')!;
    expect(ws.getCell('D4').value).toBe('Nhiệm kỳ 2025 - 2030');
    expect(ws.getCell('C5').value).toMatchObject({ formula: 'SUM(C6:C9)' });
    ([[245, 221], [112, 98], [18, 11], [37, 35]] as const).forEach(([a, b], i) => {
      ws.getCell(`C${6 + i}`).value = a;
      ws.getCell(`D${6 + i}`).value = b;
    });
    const filled = join(dir, 'ky-luat-da-dien.xlsx');
    await wb.xlsx.writeFile(filled);
    const computed = recalculate(filled, dir);
    const checked = await runCli('check', computed, '--json');
    expect(JSON.parse(checked.out).findings.filter((f: { severity: string }) => f.severity !== 'info')).toEqual([]);
    expect(checked.code).toBe(0);
  });

  test('an unknown table, a period of the wrong kind, or an existing file is refused', async () => {
    expect((await runCli('template', 'new', 'khong-co', '-o', join(dir, 'a.xlsx'))).err).toContain('Thư viện không có bảng "khong-co"');
    expect((await runCli('template', 'new', 'ky-luat', '--period', '2024', '-o', join(dir, 'b.xlsx'))).err).toContain('cần một nhiệm kỳ');
    const out = join(dir, 'c.xlsx');
    expect((await runCli('template', 'new', 'to-chuc-co-so-dang', '--period', '2024', '-o', out)).code).toBe(0);
    expect((await runCli('template', 'new', 'to-chuc-co-so-dang', '-o', out)).code).toBe(2);
  });
});
