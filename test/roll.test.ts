// Rolling forward: periods renamed, the example rolled cell by cell, refilled, recalculated by LibreOffice, and checked.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parseTargets, periodMap, renamePeriods, rolledSheetName, shiftFormula, sumFormula, templateFromXml } from '../src/core';
import { periodsIn } from '../src/core/table/periods';
import { readTemplatePart } from '../src/xlsx/template-part';
import { EXAMPLE_PATH } from '../examples/build-example';
import { runCli } from './helpers/cli';
import { recalculate } from './helpers/calc';

const dir = mkdtempSync(join(tmpdir(), 'soatso-roll-'));
const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
const term = (s: string) => periodsIn(s)[0];

describe('periods and formulas', () => {
  test('each period becomes the next at once, the latest the target, written as the text wrote it', () => {
    const years = periodMap([term('2022'), term('2023')], term('2024'));
    expect(renamePeriods('So sánh 2023/2022', years)).toBe('So sánh 2024/2023');
    expect(renamePeriods('Năm 2022 và năm 2023', years)).toBe('Năm 2023 và năm 2024');
    expect(renamePeriods('Số liệu đến 30/6/2023', years)).toBe('Số liệu đến 30/6/2024');
    const terms = periodMap([term('2015 - 2020'), term('2020 - 2025')], term('2025 - 2030'));
    expect(renamePeriods('Nhiệm kỳ 2020-2025 so với nhiệm kỳ 2015 – 2020', terms)).toBe('Nhiệm kỳ 2025-2030 so với nhiệm kỳ 2020 – 2025');
    expect(renamePeriods('Năm 2023', terms)).toBe('Năm 2023');
    expect(renamePeriods('Đến 31/12/2024', terms)).toBe('Đến 31/12/2029');
  });

  test('--to takes terms and years, and names what is not one', () => {
    expect(parseTargets('2025 - 2030, 2024')).toEqual({ targets: [term('2025 - 2030'), term('2024')] });
    expect(parseTargets('kỳ sau')).toEqual({ wrong: 'kỳ sau' });
    expect(parseTargets('2024, 30/6/2024')).toEqual({ wrong: '30/6/2024' });
  });

  test('formulas move as Excel moves them; sums follow the structure', () => {
    expect(shiftFormula('SUM(D6:D9)', -1)).toBe('SUM(C6:C9)');
    expect(shiftFormula('$D$6+D7+D$8', -1)).toBe('$D$6+C7+C$8');
    expect(shiftFormula('IF(D7="D7","",LOG10(D7))', -1)).toBe('IF(C7="D7","",LOG10(C7))');
    expect(sumFormula(['C6', 'C7', 'C8', 'C9'])).toBe('SUM(C6:C9)');
    expect(sumFormula(['C6', 'C8'])).toBe('SUM(C6,C8)');
    expect(sumFormula(['D6', 'E6'])).toBe('SUM(D6:E6)');
  });

  test('a rolled sheet gets a new, valid, unused name', () => {
    expect(rolledSheetName('Biểu 4', '2025 - 2030', ['Biểu 4'])).toBe('Biểu 4 (2025 - 2030)');
    expect(rolledSheetName('Biểu 4 (2020 - 2025)', '2025 - 2030', [])).toBe('Biểu 4 (2025 - 2030)');
    expect(rolledSheetName('Biểu 4', '2025 - 2030', ['biểu 4 (2025 - 2030)'])).toBe('Biểu 4 (2025 - 2030) 2');
    const long = rolledSheetName('Kết quả đánh giá tổ chức cơ sở đảng: chi tiết', '2024', []);
    expect(long.length).toBeLessThanOrEqual(31);
    expect(long).not.toMatch(/[:\\/?*[\]]/);
  });
});

type Value = ExcelJS.CellValue;
async function sheetValues(path: string, name: string): Promise<Record<string, Value>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const out: Record<string, Value> = {};
  wb.getWorksheet(name)!.eachRow((row) => row.eachCell((cell) => (out[cell.address] = cell.value)));
  return out;
}

async function refill(from: string, to: string, values: Record<string, Record<string, number>>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(from);
  for (const [sheet, cells] of Object.entries(values)) for (const [cell, v] of Object.entries(cells)) wb.getWorksheet(sheet)!.getCell(cell).value = v;
  await wb.xlsx.writeFile(to);
}

describe('soatso roll', () => {
  const next = join(dir, 'nhiem-ky-sau.xlsx');
  let printed = '';
  const inputBefore = sha(EXAMPLE_PATH);

  beforeAll(async () => {
    const r = await runCli('roll', EXAMPLE_PATH, '--to', '2025 - 2030', '-o', next);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    printed = r.out;
  });

  test('prints the headers before and after, and leaves the input alone', () => {
    expect(printed).toContain('Kỳ: 2015 - 2020, 2020 - 2025 → 2020 - 2025, 2025 - 2030');
    expect(printed).toContain('C4    Nhiệm kỳ 2015 - 2020 → Nhiệm kỳ 2020 - 2025');
    expect(printed).toContain('D4    Nhiệm kỳ 2020 - 2025 → Nhiệm kỳ 2025 - 2030');
    expect(printed).toContain('F4    So sánh với nhiệm kỳ 2010 - 2015 (%) → So sánh với nhiệm kỳ 2020 - 2025 (%)');
    expect(printed).toContain('Lưu ý: D5: công thức =SUM(D6:D8) được viết lại thành =SUM(D6:D9) theo cấu trúc bảng');
    expect(printed).toContain('Xóa 4 ô số liệu của kỳ mới để điền; viết 12 công thức');
    expect(printed).toContain('Giữ nguyên: bảng đã ở kỳ 2025 - 2030');
    expect(printed).toContain('Giữ nguyên: bảng không có kỳ nào cùng loại với 2025 - 2030');
    expect(sha(EXAMPLE_PATH)).toBe(inputBefore);
  });

  test('Biểu 4: headers renamed, last term moved left, new inputs empty, formulas over the new columns', async () => {
    const v = await sheetValues(next, 'Biểu 4');
    expect([v.C4, v.D4, v.E4, v.F4]).toEqual(['Nhiệm kỳ 2020 - 2025', 'Nhiệm kỳ 2025 - 2030', 'Tăng (+), giảm (-)', 'So sánh với nhiệm kỳ 2020 - 2025 (%)']);
    expect([v.A1, v.B5, v.B6, v.B9]).toEqual(['Biểu 4. Thi hành kỷ luật đảng viên theo hình thức', 'Tổng số', 'Khiển trách', 'Khai trừ']);
    // Results are written with the formulas, so the rolled sheet reads right before Excel recalculates it.
    expect(v.C5).toEqual({ formula: 'SUM(C6:C9)', result: 365 });
    expect([v.C6, v.C7, v.C8, v.C9]).toEqual([221, 98, 11, 35]);
    expect(v.D5).toMatchObject({ formula: 'SUM(D6:D9)' });
    expect([v.D6, v.D7, v.D8, v.D9]).toEqual([undefined, undefined, undefined, undefined]);
    for (const r of [5, 6, 7, 8, 9]) {
      expect(v[`E${r}`]).toMatchObject({ formula: `IF(OR(D${r}="",C${r}=""),"",D${r}-C${r})` });
      expect(v[`F${r}`]).toMatchObject({ formula: `IF(OR(D${r}="",C${r}="",C${r}=0),"",ROUND(D${r}/C${r}*100,2))` });
    }
  });

  test('the rolled sheet, before anything is typed, has no error: last term is consistent and the new term is blank', async () => {
    const r = await runCli('check', next, '--sheet', 'Biểu 4', '--json');
    const out = JSON.parse(r.out);
    expect(out.findings.filter((f: { severity: string }) => f.severity !== 'info')).toEqual([]);
    expect(out.findings.filter((f: { message: string }) => /ô trống/.test(f.message)).map((f: { cell: string }) => f.cell)).toEqual(expect.arrayContaining(['D6', 'D7', 'D8', 'D9']));
  });

  test('tables already at the target, or of years, are copied unchanged', async () => {
    for (const name of ['Biểu 5', 'Biểu 1']) {
      const before = await sheetValues(EXAMPLE_PATH, name);
      expect(await sheetValues(next, name)).toEqual(before);
    }
  });

  test('once refilled with the next term\'s figures and recalculated, the rolled sheet checks clean', async () => {
    const filled = join(dir, 'da-dien.xlsx');
    await refill(next, filled, { 'Biểu 4': { D6: 210, D7: 90, D8: 12, D9: 30 } });
    const computed = recalculate(filled, dir);
    const v = await sheetValues(computed, 'Biểu 4');
    expect(v.D5).toEqual({ formula: 'SUM(D6:D9)', result: 342 });
    expect(v.F8).toMatchObject({ result: 109.09 });
    const r = await runCli('check', computed, '--sheet', 'Biểu 4', '--json');
    const problems = JSON.parse(r.out).findings.filter((f: { severity: string }) => f.severity !== 'info');
    expect(problems).toEqual([]);
    expect(r.code).toBe(0);
  });

  test('years: a one-period table rolls by its title, shares become formulas, and it checks clean when refilled', async () => {
    const years = join(dir, 'nam-sau.xlsx');
    const r = await runCli('roll', EXAMPLE_PATH, '--to', '2024', '-o', years);
    expect(r.code).toBe(0);
    const v = await sheetValues(years, 'Biểu 2');
    expect(v.A1).toBe('Biểu 2. Đảng viên theo giới tính, dân tộc, tôn giáo và trình độ chuyên môn, năm 2024');
    expect(v.C5).toBeUndefined();
    expect(v.D5).toMatchObject({ formula: 'IF(OR(C5="",C5=0),"",ROUND(C5/C5*100,2))' });
    expect(v.D7).toMatchObject({ formula: 'IF(OR(C7="",C5="",C5=0),"",ROUND(C7/C5*100,2))' });
    expect(v.D12).toMatchObject({ formula: 'IF(OR(C12="",C10="",C10=0),"",ROUND(C12/C10*100,2))' });
    const b1 = await sheetValues(years, 'Biểu 1');
    expect([b1.C4, b1.D4, b1.E4]).toEqual(['Năm 2023', 'Năm 2024', 'So sánh 2024/2023']);
    expect([b1.C7, b1.C8, b1.D7, b1.D8]).toEqual([171, 357, undefined, undefined]);
    expect(r.out).toContain('Lưu ý: C8: số liệu chép từ D8 đang bị báo lỗi ở sổ gốc; hãy kiểm tra lại');
    // Biểu 2's ten counts are emptied; its ten shares become formulas, not inputs to fill.
    expect(r.out).toContain('Xóa 10 ô số liệu của kỳ mới để điền; viết 10 công thức');
    const filled = join(dir, 'nam-sau-da-dien.xlsx');
    await refill(years, filled, {
      'Biểu 1': { C8: 327, D7: 175, D8: 330 },
      'Biểu 2': { C5: 34000, C7: 11500, C8: 700, C9: 550, C10: 27000, C12: 1100, C13: 8400, C14: 1300, C15: 15600, C16: 600 },
    });
    const computed = recalculate(filled, dir);
    for (const sheet of ['Biểu 1', 'Biểu 2']) {
      const checked = await runCli('check', computed, '--sheet', sheet, '--json');
      expect([sheet, JSON.parse(checked.out).findings.filter((f: { severity: string }) => f.severity !== 'info')]).toEqual([sheet, []]);
    }
  });

  test('the rolled workbook carries its templates, footnote sentences naming the new terms', async () => {
    const t = join(dir, 'mau-4.json');
    await runCli('template', 'extract', EXAMPLE_PATH, '--sheet', 'Biểu 4', '-o', t);
    const template = JSON.parse(readFileSync(t, 'utf8'));
    template.tables[0].footnotes = { names: { tong: 'D5', truoc: 'C5' }, sentences: ['Nhiệm kỳ 2020 - 2025 thi hành kỷ luật {tong} đảng viên, so với nhiệm kỳ 2015 - 2020 ({truoc}) bằng {pct(tong, truoc, 2)}.'] };
    writeFileSync(t, JSON.stringify(template));
    const withTemplate = join(dir, 'co-mau-4.xlsx');
    await runCli('template', 'save', t, EXAMPLE_PATH, '-o', withTemplate);
    const rolled = join(dir, 'co-mau-4-ky-sau.xlsx');
    expect((await runCli('roll', withTemplate, '--to', '2025 - 2030', '-o', rolled)).code).toBe(0);
    const stored = templateFromXml((await readTemplatePart(readFileSync(rolled)))!);
    const t4 = stored.tables.find((x) => x.id === 'Biểu 4/1')!;
    expect(t4.footnotes!.sentences).toEqual(['Nhiệm kỳ 2025 - 2030 thi hành kỷ luật {tong} đảng viên, so với nhiệm kỳ 2020 - 2025 ({truoc}) bằng {pct(tong, truoc, 2)}.']);
    expect(t4.columns.map((c) => c.header)).toEqual(['STT', 'Hình thức kỷ luật', 'Nhiệm kỳ 2020 - 2025', 'Nhiệm kỳ 2025 - 2030', 'Tăng (+), giảm (-)', 'So sánh với nhiệm kỳ 2020 - 2025 (%)']);
    expect(t4.columns[5].named).toEqual(['2025 - 2030', '2020 - 2025']);
    expect(stored.tables).toHaveLength(8);
    // The rolled workbook's own check uses the rolled templates and finds nothing different from them.
    const checked = await runCli('check', rolled, '--json');
    const out = JSON.parse(checked.out);
    expect(out.template.applied.map((a: { differences: number }) => a.differences)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });

  test('refuses to overwrite, and names a bad target', async () => {
    const before = sha(next);
    const again = await runCli('roll', EXAMPLE_PATH, '--to', '2025 - 2030', '-o', next);
    expect(again.code).toBe(2);
    expect(again.err).toContain('đã có; Soát Số không ghi đè');
    expect(sha(next)).toBe(before);
    const self = await runCli('roll', EXAMPLE_PATH, '--to', '2025 - 2030', '-o', EXAMPLE_PATH);
    expect(self.code).toBe(2);
    expect(self.err).toContain('Không ghi đè lên tệp đầu vào');
    const bad = await runCli('roll', EXAMPLE_PATH, '--to', 'nhiệm kỳ sau', '-o', join(dir, 'x.xlsx'));
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--to: "nhiệm kỳ sau" không phải một nhiệm kỳ (2025 - 2030) hay một năm (2024)');
    expect((await runCli('roll', EXAMPLE_PATH, '-o', join(dir, 'y.xlsx'))).err).toContain('Cần --to');
    expect(existsSync(join(dir, 'x.xlsx')) || existsSync(join(dir, 'y.xlsx'))).toBe(false);
  });
});

describe('planning a roll in the core', () => {
  test('a share kept only for the current year is recomputed for the new year, not moved', async () => {
    const { checkWorkbook, messages, planSheetRoll } = await import('../src/core');
    const { sheet } = await import('./helpers/sheet');
    const s = sheet('Biểu', [
      ['STT', 'Nội dung', 'Năm 2022', 'Năm 2023', 'Tăng (+), giảm (-)', 'So sánh (%)', 'Tỷ lệ (%)'],
      ['', 'Tổng số', 525, 498, -27, 94.86, 100],
      ['1', 'Đảng bộ cơ sở', 167, 171, 4, 102.4, 34.34],
      ['2', 'Chi bộ cơ sở', 358, 327, -31, 91.34, 65.66],
    ]);
    const check = checkWorkbook([s]);
    expect(check.summary.errors).toBe(0);
    const plan = planSheetRoll(s, check.checked, check.findings, [periodsIn('2024')[0]], messages('vi'));
    expect(plan.tables[0]).toMatchObject({ status: 'rolled', from: ['2022', '2023'], to: ['2023', '2024'] });
    const edit = (cell: string) => plan.edits.find((e) => e.cell === cell);
    expect([edit('C3'), edit('D3')]).toEqual([{ cell: 'C3', kind: 'value', value: 171 }, { cell: 'D3', kind: 'clear' }]);
    expect(edit('G3')).toEqual({ cell: 'G3', kind: 'formula', formula: 'IF(OR(D3="",D2="",D2=0),"",ROUND(D3/D2*100,2))', result: '' });
    expect(edit('A1')).toBeUndefined();
    expect(edit('C1')).toEqual({ cell: 'C1', kind: 'value', value: 'Năm 2023' });
  });
});
