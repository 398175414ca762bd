import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { checkWorkbook, recomputeSums, templateFromXml } from '../src/core';
import { runTemplateTask } from '../src/taskpane/template-tasks';
import { readTemplatePart } from '../src/xlsx/template-part';
import { FileHost } from '../src/taskpane/file-host';
import * as xlsx from '../src/taskpane/xlsx-module';
import { readWorkbook } from '../src/xlsx/read';
import { EXAMPLE_PATH } from '../examples/build-example';
import { sheet } from './helpers/sheet';

const bytes = () => {
  const b = readFileSync(EXAMPLE_PATH);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};
const sha = (b: ArrayBuffer) => createHash('sha256').update(Buffer.from(b)).digest('hex');
const errorsOn = (r: ReturnType<typeof checkWorkbook>, name: string) => r.findings.filter((f) => f.sheet === name && f.severity === 'error');

describe('recomputeSums', () => {
  test('a changed part moves the =SUM totals that add it, through nested sums', () => {
    const s = sheet('S', [[1], [2], [{ value: 3, formula: 'SUM(A1:A2)' }], [{ value: 13, formula: 'A3+A5' }], [10]]);
    s.cells[0][0] = { value: 5 };
    expect(recomputeSums(s, 'A1')).toEqual([
      { cell: 'A3', value: 7 },
      { cell: 'A4', value: 17 },
    ]);
    expect(s.cells[3][0]!.value).toBe(17);
  });
});

describe('FileHost', () => {
  test('a fix updates the sums that depend on it, can be undone, and goes into a corrected copy; the original is untouched', async () => {
    const original = bytes();
    const before = sha(original);
    const selected: string[] = [];
    const host = new FileHost('vi', { name: 'bao-cao-mau.xlsx', bytes: original }, async () => xlsx, (at) => selected.push(`${at.sheet}!${at.cell}`));
    const { sheets } = await host.readSheets('all');
    expect(errorsOn(checkWorkbook(sheets), 'Biểu 1').length).toBe(4);

    await host.selectCell({ sheet: 'Biểu 1', cell: 'D8' });
    expect(selected).toEqual(['Biểu 1!D8']);

    const fix = await host.writeValue({ sheet: 'Biểu 1', cell: 'D8' }, 327);
    expect(fix.previous).toBe(357);
    expect(errorsOn(checkWorkbook((await host.readSheets('all')).sheets), 'Biểu 1')).toEqual([]);

    await host.undo(fix);
    expect(errorsOn(checkWorkbook((await host.readSheets('all')).sheets), 'Biểu 1').length).toBe(4);
    await host.writeValue({ sheet: 'Biểu 1', cell: 'D8' }, 327);
    await host.flag([{ sheet: 'Biểu 2', cell: 'C8', note: '564 có thể gõ nhầm từ 654' }]);
    expect(host.changes).toBe(2);
    expect(host.copyName).toBe('bao-cao-mau-da-soat.xlsx');

    const copy = await host.correctedCopy();
    expect(sha(original)).toBe(before);
    const reread = await readWorkbook(copy);
    expect(errorsOn(checkWorkbook(reread), 'Biểu 1')).toEqual([]);
    expect(reread.find((s) => s.name === 'Biểu 1')!.cells[7][3]).toMatchObject({ value: 327 });
    expect(reread.find((s) => s.name === 'Biểu 1')!.cells[5][3]).toMatchObject({ value: 498, formula: 'SUM(D7:D8)' });

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(copy);
    const flagged = wb.getWorksheet('Biểu 2')!.getCell('C8');
    expect(flagged.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } });
    expect(String(flagged.note)).toContain('[Soát Số] 564 có thể gõ nhầm từ 654');
    // Other formulas are left for Excel, which is told to recalculate everything when the copy opens.
    const workbookXml = await (await JSZip.loadAsync(copy)).file('xl/workbook.xml')!.async('string');
    expect(workbookXml).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);

    expect(await host.unflag()).toBe(1);
    expect(host.changes).toBe(1);
  });
});

describe('FileHost templates and new sheets', () => {
  test('saved templates, a rolled sheet and a library sheet go into the download; the opened file is untouched', async () => {
    const original = bytes();
    const before = sha(original);
    const host = new FileHost('vi', { name: 'bao-cao-mau.xlsx', bytes: original }, async () => xlsx, () => undefined);
    expect(await host.readTemplates()).toBeUndefined();
    const { sheets } = await host.readSheets('all');
    const names = sheets.map((s) => s.name);

    const saved = runTemplateTask({ kind: 'save', sheets, lang: 'vi' });
    if (saved.kind !== 'saved') throw new Error(JSON.stringify(saved));
    await host.saveTemplates(saved.template);
    const rolled = runTemplateTask({ kind: 'roll', sheets, sheet: 'Biểu 4', to: '2025 - 2030', stored: saved.template, lang: 'vi' });
    if (rolled.kind !== 'rolled') throw new Error(JSON.stringify(rolled));
    await host.addSheet({ kind: 'roll', source: 'Biểu 4', name: rolled.name, edits: rolled.plan.edits });
    await host.saveTemplates(rolled.template);
    const library = runTemplateTask({ kind: 'library', id: 'ky-luat', period: '2025 - 2030', taken: sheets.map((s) => s.name), stored: rolled.template, lang: 'vi' });
    if (library.kind !== 'layout') throw new Error(JSON.stringify(library));
    await host.addSheet({ kind: 'layout', layout: library.layout });
    await host.saveTemplates(library.template);
    expect(host.changes).toBe(3);

    // The pane's next check sees the new sheets, checked by their templates.
    const read = (await host.readSheets('all')).sheets;
    expect(read.map((s) => s.name).slice(-2)).toEqual(['Biểu 4 (2025 - 2030)', 'Kỷ luật (2025 - 2030)']);
    const inPane = checkWorkbook(read, { sheets: ['Biểu 4 (2025 - 2030)', 'Kỷ luật (2025 - 2030)'], template: (await host.readTemplates())! });
    expect(inPane.applied!.map((a) => [a.table.sheet, a.differences.length])).toEqual([
      ['Biểu 4 (2025 - 2030)', 0],
      ['Kỷ luật (2025 - 2030)', 0],
    ]);
    expect(inPane.findings.filter((f) => f.severity !== 'info')).toEqual([]);

    const copy = await host.correctedCopy();
    expect(sha(original)).toBe(before);
    const downloaded = await readWorkbook(Buffer.from(copy));
    expect(downloaded.map((s) => s.name)).toEqual([...names, 'Biểu 4 (2025 - 2030)', 'Kỷ luật (2025 - 2030)']);
    const b4 = downloaded.find((s) => s.name === 'Biểu 4 (2025 - 2030)')!;
    expect(b4.cells[3][2]!.value).toBe('Nhiệm kỳ 2020 - 2025');
    expect(b4.cells[4][3]!.formula).toBe('SUM(D6:D9)');
    expect(b4.merges).toEqual(downloaded.find((s) => s.name === 'Biểu 4')!.merges);
    expect(downloaded.find((s) => s.name === 'Biểu 4')!.cells[3][2]!.value).toBe('Nhiệm kỳ 2015 - 2020');
    const stored = templateFromXml((await readTemplatePart(copy))!);
    expect(stored.tables.map((t) => t.id)).toEqual([...saved.ids, 'Biểu 4 (2025 - 2030)/1', 'Kỷ luật (2025 - 2030)/1']);
  });
});

test('sheets added without saving templates keep the templates the workbook already stored', async () => {
  const { writeTemplatePart } = await import('../src/xlsx/template-part');
  const { withAdditions } = await import('../src/xlsx/additions');
  const { buildLibraryTable, LIBRARY, templateToXml, mergeTemplates } = await import('../src/core');
  const { periodsIn } = await import('../src/core/table/periods');
  const sheets = await readWorkbook(readFileSync(EXAMPLE_PATH));
  const stored = templateToXml(mergeTemplates(undefined, []));
  const withPart = await writeTemplatePart(bytes(), stored);
  const built = buildLibraryTable(LIBRARY[0], periodsIn('2024')[0], 'Mới');
  const out = await withAdditions(withPart, [{ kind: 'layout', layout: built.layout }]);
  expect(await readTemplatePart(out)).toBe(stored);
  expect((await readWorkbook(Buffer.from(out))).map((s) => s.name)).toEqual([...sheets.map((s) => s.name), 'Mới']);
});

describe('gathering in the pane over files (Tổng hợp)', () => {
  const asBuffer = (b: Buffer) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

  test("the districts' files gathered by library tables become new sheets of the download; the open workbook's sheets are untouched", async () => {
    const { buildDistricts, DISTRICTS, PLANTED } = await import('../examples/build-districts');
    const { readDistricts } = await import('../src/taskpane/gather-files');
    const g = await buildDistricts(mkdtempSync(join(tmpdir(), 'soatso-pane-gather-')));
    const province = asBuffer(readFileSync(g.provincePath));
    const before = sha(province);
    const host = new FileHost('vi', { name: 'TINH.xlsx', bytes: province }, async () => xlsx, () => undefined);
    const own = (await host.readSheets('all')).sheets.map((s) => s.name);
    expect(own).toEqual(['Tổ chức cơ sở đảng', 'Đảng viên']);

    const picked = [...g.districts.map((d) => ({ name: basename(d.file), bytes: asBuffer(readFileSync(d.file)) })), { name: 'hong.xlsx', bytes: new TextEncoder().encode('không phải zip').buffer as ArrayBuffer }];
    const { districts, unread } = await readDistricts(picked, xlsx.readWorkbook, 'vi');
    expect(districts.map((d) => d.name)).toEqual(DISTRICTS.map(([n]) => n));
    expect(unread.map((u) => u.file)).toEqual(['hong.xlsx']);

    const result = runTemplateTask({ kind: 'gather', source: { library: ['to-chuc-co-so-dang', 'dang-vien-theo-loai'], period: '2024' }, districts, unread, taken: await host.sheetNames(), lang: 'vi' });
    if (result.kind !== 'gathered') throw new Error(JSON.stringify(result));
    const state = Object.fromEntries(result.districts.map((d) => [d.name, d.state]));
    expect(state).toMatchObject({ [PLANTED.typo]: 'errors', [PLANTED.missingRow]: 'incomplete', [PLANTED.extraColumn]: 'incomplete', 'Vị Thanh': 'ok', 'hong.xlsx': 'unreadable' });
    expect(result.districts.find((d) => d.name === PLANTED.typo)!.notes.some((n) => n.severity === 'error' && /^Tổ chức cơ sở đảng!D\d+$/.test(n.at ?? ''))).toBe(true);
    // The open workbook already has the template's sheet names: the gathered ones take others.
    const added = result.sheets.map((s) => s.name);
    expect(added).toEqual(['Tổ chức cơ sở đảng (tổng hợp)', 'Đảng viên (tổng hợp)', 'Theo đơn vị', 'Ghi chú']);

    await host.addSheets(result.sheets.map((layout) => ({ kind: 'layout' as const, layout })));
    expect(host.changes).toBe(4);
    const copy = await host.correctedCopy();
    expect(sha(province)).toBe(before);
    const downloaded = await readWorkbook(Buffer.from(copy));
    expect(downloaded.map((s) => s.name)).toEqual([...own, ...added]);
    const original = await readWorkbook(readFileSync(g.provincePath));
    for (const name of own) expect(downloaded.find((s) => s.name === name)!.cells).toEqual(original.find((s) => s.name === name)!.cells);
    // The sum of a row every district has, as the districts typed it: the gathered sheet holds it.
    const sumD7 = g.districts.reduce((n, d) => n + d.figures['Tổ chức cơ sở đảng'].D7 + (d.name === PLANTED.typo ? 10 : 0), 0);
    expect(downloaded.find((s) => s.name === 'Tổ chức cơ sở đảng (tổng hợp)')!.cells[6][3]!.value).toBe(sumD7);
    expect(downloaded.find((s) => s.name === 'Ghi chú')!.cells.flat().some((c) => c?.value === 'Không đọc được')).toBe(true);
  });

  test('a period of the wrong kind for a library table is refused with the reason', () => {
    const r = runTemplateTask({ kind: 'gather', source: { library: ['to-chuc-co-so-dang'], period: '2020 - 2025' }, districts: [], unread: [], taken: [], lang: 'vi' });
    expect(r).toEqual({ kind: 'refused', message: expect.stringContaining('cần một năm') });
  });
});
