import { readFileSync } from 'node:fs';
import { a1, checkWorkbook, rangeA1, SheetInput, templateFromChecked } from '../src/core';
import { runTemplateTask } from '../src/taskpane/template-tasks';
import { ExcelHost, FLAG_SETTING, TEMPLATE_SHEET } from '../src/excel/excel-host';
import { readWorkbook } from '../src/xlsx/read';
import { EXAMPLE_PATH } from '../examples/build-example';
import { FakeBook, FakeCell, fakeExcel, FakeSheet } from './helpers/fake-excel';

/** The example workbook as Excel would hold it. */
function bookFrom(sheets: SheetInput[]): FakeBook {
  const fake: FakeSheet[] = sheets.map((s) => {
    const cells = new Map<string, FakeCell>();
    s.cells.forEach((line, r) =>
      line.forEach((cell, c) => {
        if (!cell || cell.value === null) return;
        const value = typeof cell.value === 'object' ? cell.value.error : cell.value;
        cells.set(a1(r, c), { value, formula: cell.formula, numberFormat: cell.numberFormat, indent: cell.indent, bold: cell.bold });
      }),
    );
    return { name: s.name, cells, merges: s.merges.map(rangeA1) };
  });
  return { sheets: fake, settings: new Map(), selection: { sheet: fake[0].name, address: 'D8' }, active: fake[0].name };
}

async function example() {
  return readWorkbook(readFileSync(EXAMPLE_PATH));
}

const key = (r: ReturnType<typeof checkWorkbook>) => r.findings.map((f) => [f.sheet, f.cell, f.rule, f.severity, f.fix?.value]);

describe('ExcelHost', () => {
  test('reads a workbook so that the check finds exactly what the command line finds, in two syncs', async () => {
    const sheets = await example();
    const { run, state } = fakeExcel(bookFrom(sheets));
    const host = new ExcelHost('vi', run, true);
    const read = await host.readSheets('all');
    expect(state.syncs).toBe(2);
    expect(key(checkWorkbook(read.sheets))).toEqual(key(checkWorkbook(sheets)));
  });

  test('reading a workbook of many tables still takes two syncs while its first rows fit its share of the budget', async () => {
    const sheets = await example();
    const many = (copies: number) => {
      const out: SheetInput[] = [];
      for (let i = 0; i < copies; i++) for (const s of sheets) out.push({ ...s, name: `${s.name} (${i})` });
      return out;
    };
    // 26 copies of the example's 8 sheets: 208 sheets.
    const { run, state } = fakeExcel(bookFrom(many(26)));
    const read = await new ExcelHost('vi', run, true).readSheets('all');
    expect(read.sheets).toHaveLength(208);
    expect(checkWorkbook(read.sheets).summary.tables).toBe(208);
    expect(state.syncs).toBe(2);
    // With 320 sheets each sheet's share of the 4 MB guess is under its 16 rows: the rest takes one more sync.
    const more = fakeExcel(bookFrom(many(40)));
    const all = await new ExcelHost('vi', more.run, true).readSheets('all');
    expect(checkWorkbook(all.sheets).summary.tables).toBe(320);
    expect(more.state.syncs).toBe(3);
  });

  test('"selection" reads only the sheet holding the selection', async () => {
    const book = bookFrom(await example());
    book.active = 'Biểu 4';
    book.selection = { sheet: 'Biểu 4', address: 'B5:F9' };
    const { run } = fakeExcel(book);
    const read = await new ExcelHost('vi', run, true).readSheets('selection');
    expect(read.sheets.map((s) => s.name)).toEqual(['Biểu 4']);
    expect(read.selection).toEqual({ sheet: 'Biểu 4', cell: 'B5', range: 'B5:F9' });
  });

  test('selecting a finding activates its sheet and selects its cell, in one sync', async () => {
    const book = bookFrom(await example());
    const { run, state } = fakeExcel(book);
    await new ExcelHost('vi', run, true).selectCell({ sheet: 'Biểu 3', cell: 'F7' });
    expect(book.active).toBe('Biểu 3');
    expect(book.selection).toEqual({ sheet: 'Biểu 3', address: 'F7' });
    expect(state.syncs).toBe(1);
  });

  test('a fix is one sync and undo puts back the formula that was there', async () => {
    const book = bookFrom(await example());
    const { run, state } = fakeExcel(book);
    const host = new ExcelHost('vi', run, true);
    const total = () => book.sheets.find((s) => s.name === 'Biểu 4')!.cells.get('D5')!;
    expect(total().formula).toBe('SUM(D6:D8)');
    const fix = await host.writeValue({ sheet: 'Biểu 4', cell: 'D5' }, 365);
    expect(state.syncs).toBe(1);
    expect(total()).toMatchObject({ value: 365 });
    expect(total().formula).toBeUndefined();
    expect(fix.previous).toBe('=SUM(D6:D8)');
    await host.undo(fix);
    expect(total().formula).toBe('SUM(D6:D8)');
  });

  test('flags colour the cells and add notes; unflag restores every fill and note exactly', async () => {
    const book = bookFrom(await example());
    const sheet = book.sheets.find((s) => s.name === 'Biểu 1')!;
    sheet.cells.get('D8')!.fill = { color: '#FFFF00', pattern: 'Solid' };
    sheet.cells.get('D8')!.note = 'Số liệu huyện gửi ngày 5/8';
    const before = structuredClone([...sheet.cells.entries()]);
    const { run, state } = fakeExcel(book);
    const host = new ExcelHost('vi', run, true);

    await host.flag([
      { sheet: 'Biểu 1', cell: 'D8', note: '357 có thể gõ nhầm từ 327' },
      { sheet: 'Biểu 1', cell: 'E6', note: 'tăng/giảm không khớp' },
    ]);
    expect(state.syncs).toBe(2);
    expect(sheet.cells.get('D8')!.fill).toEqual({ color: '#FFC7CE', pattern: 'Solid' });
    expect(sheet.cells.get('D8')!.note).toBe('Số liệu huyện gửi ngày 5/8\n[Soát Số] 357 có thể gõ nhầm từ 327');
    expect(sheet.cells.get('E6')!.note).toBe('[Soát Số] tăng/giảm không khớp');
    expect(book.settings.has(FLAG_SETTING)).toBe(true);

    // Flagging again must not lose the user's original fill and note.
    await host.flag([{ sheet: 'Biểu 1', cell: 'D8', note: '357 có thể gõ nhầm từ 327' }]);
    expect(sheet.cells.get('D8')!.note).toBe('Số liệu huyện gửi ngày 5/8\n[Soát Số] 357 có thể gõ nhầm từ 327');

    state.syncs = 0;
    expect(await host.unflag()).toBe(2);
    // One sync for the index of flag records, then three for each of the two flaggings: its record, whether its
    // notes still exist, the restoration (newest first, so D8 ends with its first record: the user's own).
    expect(state.syncs).toBe(7);
    expect([...sheet.cells.entries()]).toEqual(before);
    expect(book.settings.has(FLAG_SETTING)).toBe(false);
    expect(await host.unflag()).toBe(0);
  });

  test('unflag copes with a note the user deleted by hand', async () => {
    const book = bookFrom(await example());
    const { run } = fakeExcel(book);
    const host = new ExcelHost('vi', run, true);
    await host.flag([{ sheet: 'Biểu 2', cell: 'C8', note: 'x' }]);
    delete book.sheets.find((s) => s.name === 'Biểu 2')!.cells.get('C8')!.note;
    await expect(host.unflag()).resolves.toBe(1);
    expect(book.sheets.find((s) => s.name === 'Biểu 2')!.cells.get('C8')!.fill).toBeUndefined();
  });

  test('without the flag APIs, flagging does nothing and says so through canFlag', async () => {
    const book = bookFrom(await example());
    const { run, state } = fakeExcel(book);
    const host = new ExcelHost('vi', run, false);
    await host.flag([{ sheet: 'Biểu 1', cell: 'D8', note: 'x' }]);
    expect(state.syncs).toBe(0);
    expect(host.canFlag).toBe(false);
  });
});

describe('ExcelHost templates and new sheets', () => {
  test('templates are stored in one custom XML part: read back as saved, replaced on the next save', async () => {
    const sheets = await example();
    const book = bookFrom(sheets);
    const { run, state } = fakeExcel(book);
    const host = new ExcelHost('vi', run, true);
    expect(await host.readTemplates()).toBeUndefined();
    const template = templateFromChecked(checkWorkbook(sheets).checked);
    const before = state.syncs;
    await host.saveTemplates(template);
    expect(state.syncs - before).toBe(2);
    expect(book.parts).toHaveLength(1);
    expect(book.parts![0]).toContain('xmlns="urn:soatso:templates"');
    await host.saveTemplates({ ...template, tables: template.tables.slice(0, 2) });
    expect(book.parts).toHaveLength(1);
    const start = state.syncs;
    expect((await host.readTemplates())!.tables.map((t) => t.id)).toEqual(['Biểu 1/1', 'Biểu 2/1']);
    expect(state.syncs - start).toBe(2);
    // Another add-in's part with another namespace is left alone.
    book.parts!.push('<other xmlns="urn:someone-else">x</other>');
    await host.saveTemplates(template);
    expect(book.parts!.filter((p) => p.includes('urn:someone-else'))).toHaveLength(1);
    book.parts = ['<templates xmlns="urn:soatso:templates">{"format":"x"}</templates>'];
    await expect(host.readTemplates()).rejects.toThrow('"format"');
  });

  test('rolling forward copies the sheet in one sync, edits only the copy, and the copy checks clean', async () => {
    const sheets = await example();
    const book = bookFrom(sheets);
    const { run, state } = fakeExcel(book);
    const host = new ExcelHost('vi', run, true);
    const result = runTemplateTask({ kind: 'roll', sheets, sheet: 'Biểu 4', to: '2025 - 2030', lang: 'vi' });
    if (result.kind !== 'rolled') throw new Error(JSON.stringify(result));
    expect(result.name).toBe('Biểu 4 (2025 - 2030)');
    const original = JSON.stringify([...book.sheets.find((s) => s.name === 'Biểu 4')!.cells]);
    const before = state.syncs;
    await host.addSheet({ kind: 'roll', source: 'Biểu 4', name: result.name, edits: result.plan.edits });
    expect(state.syncs - before).toBe(1);
    expect(JSON.stringify([...book.sheets.find((s) => s.name === 'Biểu 4')!.cells])).toBe(original);
    const copy = book.sheets.find((s) => s.name === result.name)!;
    expect(copy.cells.get('C4')!.value).toBe('Nhiệm kỳ 2020 - 2025');
    expect(copy.cells.get('F4')!.value).toBe('So sánh với nhiệm kỳ 2020 - 2025 (%)');
    expect(copy.cells.get('C6')!.value).toBe(221);
    expect(copy.cells.get('D6')!.value).toBe('');
    expect(copy.cells.get('D5')!.formula).toBe('SUM(D6:D9)');
    expect(book.active).toBe(result.name);
    // The fake does not calculate: show each written formula's result as Excel would after recalculating.
    for (const e of result.plan.edits) if (e.kind === 'formula') copy.cells.get(e.cell)!.value = e.result ?? '';
    await host.saveTemplates(result.template);
    const read = await host.readSheets('all');
    const checked = checkWorkbook(read.sheets, { sheets: [result.name], template: (await host.readTemplates())! });
    expect(checked.applied!.map((a) => [a.table.sheet, a.differences.length])).toEqual([[result.name, 0]]);
    expect(checked.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  test('a library table becomes a new sheet with its formulas, formats and merges', async () => {
    const book = bookFrom(await example());
    const { run } = fakeExcel(book);
    const host = new ExcelHost('vi', run, true);
    const result = runTemplateTask({ kind: 'library', id: 'to-chuc-co-so-dang', period: '2024', taken: book.sheets.map((s) => s.name), lang: 'vi' });
    if (result.kind !== 'layout') throw new Error(JSON.stringify(result));
    await host.addSheet({ kind: 'layout', layout: result.layout });
    const sheet = book.sheets.find((s) => s.name === 'Tổ chức cơ sở đảng (2024)')!;
    expect(sheet.cells.get('C4')!.value).toBe('Năm 2023');
    expect(sheet.cells.get('E4')!.value).toBe('So sánh 2024/2023');
    expect(sheet.cells.get('C6')!.formula).toBe('SUM(C7:C8)');
    expect(sheet.cells.get('D7')!.numberFormat).toBe('#,##0');
    expect(sheet.cells.get('B6')!.bold).toBe(true);
    expect(sheet.merges).toEqual(['A4:A5', 'B4:B5', 'C4:C5', 'D4:D5', 'E4:F4']);
  });
});

test('sheet names for the roll picker take one sync', async () => {
  const { run, state } = fakeExcel(bookFrom(await example()));
  const host = new ExcelHost('vi', run, true);
  expect(await host.sheetNames()).toEqual(['Biểu 1', 'Biểu 2', 'Biểu 3', 'Biểu 4', 'Biểu 5', 'Biểu 6', 'Biểu 7', 'Tổng hợp']);
  expect(state.syncs).toBe(1);
});

describe('templates where custom XML fails', () => {
  const fixture = async () => {
    const sheets = await example();
    return { book: bookFrom(sheets), template: templateFromChecked(checkWorkbook(sheets).checked) };
  };

  test('custom XML refused at run time (iPad before saving, a failing session): a very hidden sheet, read back, and a note saying where', async () => {
    const { book, template } = await fixture();
    const { run } = fakeExcel(book, { customXml: false });
    const host = new ExcelHost('vi', run, true);
    const note = await host.saveTemplates(template);
    expect(note).toMatch(/trang ẩn "SoatSo.Mau".*Excel không nhận phần XML/);
    expect(book.sheets.find((s) => s.name === TEMPLATE_SHEET)!.visibility).toBe('VeryHidden');
    expect(book.parts ?? []).toEqual([]);
    expect((await host.readTemplates())!.tables.map((t) => t.id)).toEqual(template.tables.map((t) => t.id));
    // The hidden sheet is not a sheet to check.
    expect((await host.readSheets('all')).sheets.map((s) => s.name)).not.toContain(TEMPLATE_SHEET);
  });

  test('a template over 1 MB goes to the hidden sheet in pieces; a later small one goes back to the part and the sheet is removed', async () => {
    const { book, template } = await fixture();
    const { run } = fakeExcel(book);
    const host = new ExcelHost('en', run, true);
    const tables = Array.from({ length: 400 }, (_, i) => template.tables.map((t) => ({ ...t, id: `${t.id} #${i}` }))).flat();
    const big = { ...template, tables };
    expect(JSON.stringify(big).length).toBeGreaterThan(1_000_000);
    expect(await host.saveTemplates(big)).toMatch(/hidden sheet "SoatSo.Mau".*over the 1 MB/);
    expect(book.sheets.find((s) => s.name === TEMPLATE_SHEET)!.cells.size).toBeGreaterThan(30);
    expect((await host.readTemplates())!.tables).toHaveLength(tables.length);
    expect(await host.saveTemplates(template)).toBeUndefined();
    expect(book.sheets.some((s) => s.name === TEMPLATE_SHEET)).toBe(false);
    expect(book.parts).toHaveLength(1);
  });

  test('a workbook never saved gets a clear message before anything is stored', async () => {
    const { book, template } = await fixture();
    const { run } = fakeExcel(book);
    const host = new ExcelHost('vi', run, true, { isSaved: () => false });
    await expect(host.saveTemplates(template)).rejects.toThrow(/Hãy lưu sổ tính một lần/);
    expect(book.parts ?? []).toEqual([]);
  });
});

test("a gathering's sheets are added in one sync, under names the workbook does not have, and nothing already there changes", async () => {
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join, basename } = await import('node:path');
  const { buildDistricts } = await import('../examples/build-districts');
  const g = await buildDistricts(mkdtempSync(join(tmpdir(), 'soatso-excel-gather-')));
  const book = bookFrom(await readWorkbook(readFileSync(g.provincePath)));
  const before = JSON.stringify(book.sheets.map((s) => [s.name, [...s.cells], s.merges]));
  const { run, state } = fakeExcel(book);
  const host = new ExcelHost('vi', run, true);
  const districts = await Promise.all(g.districts.map(async (d) => ({ name: d.name, file: basename(d.file), sheets: await readWorkbook(readFileSync(d.file)) })));
  const result = runTemplateTask({ kind: 'gather', source: { stored: g.template }, districts, unread: [], taken: await host.sheetNames(), lang: 'vi' });
  if (result.kind !== 'gathered') throw new Error(JSON.stringify(result));
  state.syncs = 0;
  await host.addSheets(result.sheets.map((layout) => ({ kind: 'layout' as const, layout })));
  expect(state.syncs).toBe(1);
  expect(book.sheets.map((s) => s.name)).toEqual(['Tổ chức cơ sở đảng', 'Đảng viên', 'Tổ chức cơ sở đảng (tổng hợp)', 'Đảng viên (tổng hợp)', 'Theo đơn vị', 'Ghi chú']);
  expect(JSON.stringify(book.sheets.slice(0, 2).map((s) => [s.name, [...s.cells], s.merges]))).toBe(before);
  expect(book.active).toBe('Tổ chức cơ sở đảng (tổng hợp)');
  // Read back as the pane's next check reads it: the gathered table holds the districts' sum.
  const read = await host.readSheets('all');
  const gathered = read.sheets.find((s) => s.name === 'Đảng viên (tổng hợp)')!;
  const sumC5 = g.districts.reduce((n, d) => n + d.figures['Đảng viên'].C5, 0);
  expect(gathered.cells[4][2]!.value).toBe(sumC5);
  const byDistrict = book.sheets.find((s) => s.name === 'Theo đơn vị')!;
  expect([...byDistrict.cells.values()].some((c) => c.formula?.startsWith('SUM('))).toBe(true);
});

test('many new sheets are packed into syncs under the request budget', async () => {
  const book = bookFrom(await example());
  const { run, state } = fakeExcel(book);
  const host = new ExcelHost('vi', run, true, { limits: { budgetBytes: 200_000 } });
  const layout = (name: string) => ({ kind: 'layout' as const, layout: { name, cells: Array.from({ length: 200 }, (_, i) => ({ cell: `A${i + 1}`, value: i })), merges: [], widths: [10] } });
  await host.addSheets(['M1', 'M2', 'M3', 'M4', 'M5'].map(layout));
  // About 80 kB a sheet against a 200 kB budget: two sheets a sync.
  expect(state.syncs).toBe(3);
  expect(book.sheets.map((s) => s.name).slice(-5)).toEqual(['M1', 'M2', 'M3', 'M4', 'M5']);
  expect(book.sheets.find((s) => s.name === 'M5')!.cells.get('A200')!.value).toBe(199);
});
