// Templates: extract → apply on the example, applying to another workbook, the stored part, and malformed templates.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { checkWorkbook, parseTemplate, Template, TemplateError, templateFromChecked, templateFromXml, templateToXml } from '../src/core';
import { readWorkbook } from '../src/xlsx/read';
import { readTemplatePart } from '../src/xlsx/template-part';
import { correctedCopy } from '../src/xlsx/write';
import { EXAMPLE_PATH } from '../examples/build-example';
import { runCli } from './helpers/cli';
import { organizationsTable } from './helpers/sheet';

const dir = mkdtempSync(join(tmpdir(), 'soatso-template-'));
const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
type JsonFinding = { sheet: string; cell: string; rule: string; severity: string; message: string; fix: unknown };
const findingsOf = (out: string): JsonFinding[] => JSON.parse(out).findings;
const notInfo = (fs: JsonFinding[]) => fs.filter((f) => f.severity !== 'info').map((f) => [f.sheet, f.cell, f.rule, f.severity, f.fix]);

async function extracted(name: string, ...extra: string[]): Promise<{ path: string; template: Template }> {
  const path = join(dir, name);
  const r = await runCli('template', 'extract', EXAMPLE_PATH, '-o', path, ...extra);
  expect(r.code).toBe(0);
  return { path, template: parseTemplate(JSON.parse(readFileSync(path, 'utf8'))) };
}

/** Biểu 1 of the example, typed again in another district's workbook: its own sheet name, figures, and optionally a changed row list. */
async function districtWorkbook(name: string, rows: (string | number)[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Huyện A');
  ws.addRow(['Biểu 1. Tổ chức cơ sở đảng theo loại hình']);
  ws.addRow([]);
  ws.addRow(['STT', 'Nội dung', 'Năm 2022', 'Năm 2023', 'So sánh 2023/2022', null]);
  ws.addRow([null, null, null, null, 'Tăng (+), giảm (-)', 'So sánh (%)']);
  ws.mergeCells('A3:A4');
  ws.mergeCells('B3:B4');
  ws.mergeCells('C3:C4');
  ws.mergeCells('D3:D4');
  ws.mergeCells('E3:F3');
  for (const r of rows) ws.addRow(r);
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

describe('template extract and apply', () => {
  test('extract → apply on the example finds the same findings as inference', async () => {
    const { path, template } = await extracted('mau.json');
    expect(template.tables.map((t) => t.id)).toEqual(['Biểu 1/1', 'Biểu 2/1', 'Biểu 3/1', 'Biểu 4/1', 'Biểu 5/1', 'Biểu 6/1', 'Biểu 7/1', 'Tổng hợp/1']);
    // Number formats and levels are kept with the structure.
    expect(template.tables[0].columns.map((c) => c.format)).toEqual([undefined, undefined, '#,##0', '#,##0', '+#,##0;-#,##0;0', '0.00']);
    expect(template.tables[0].rows.map((r) => [r.label, r.level])).toEqual([
      ['Tổng số tổ chức cơ sở đảng', 0],
      ['Đảng bộ cơ sở', 2],
      ['Chi bộ cơ sở', 2],
    ]);
    // The share bases the figures chose are written down, so applying does not guess them again.
    expect(template.tables[1].columns.find((c) => c.column === 'D')).toMatchObject({ role: 'share', of: 'C', base: 'parent' });
    expect(template.tables[2].columns.find((c) => c.column === 'F')).toMatchObject({ role: 'share', of: 'E', base: 'parent' });
    const inferred = await runCli('check', EXAMPLE_PATH, '--json');
    const applied = await runCli('template', 'apply', path, EXAMPLE_PATH, '--json');
    expect(applied.code).toBe(inferred.code);
    expect(notInfo(findingsOf(applied.out))).toEqual(notInfo(findingsOf(inferred.out)));
    const report = JSON.parse(applied.out).template;
    expect(report.applied).toHaveLength(8);
    expect(report.applied.every((a: { differences: number }) => a.differences === 0)).toBe(true);
    expect(report.unmatched).toEqual([]);
    const text = await runCli('template', 'apply', path, EXAMPLE_PATH);
    expect(text.out).toContain('Kiểm tra theo mẫu mau.json:');
    expect(text.out).toContain('Biểu 4/1 → trang "Biểu 4" A4:F9');
  });

  test('extract --sheet takes one sheet, and never overwrites', async () => {
    const { path, template } = await extracted('bieu4.json', '--sheet', 'Biểu 4');
    expect(template.tables.map((t) => t.id)).toEqual(['Biểu 4/1']);
    const before = sha(path);
    const again = await runCli('template', 'extract', EXAMPLE_PATH, '-o', path);
    expect(again.code).toBe(2);
    expect(again.err).toContain('không ghi đè');
    expect(sha(path)).toBe(before);
    const bad = await runCli('template', 'extract', EXAMPLE_PATH, '--sheet', 'Không có', '-o', join(dir, 'x.json'));
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('Sổ tính không có trang "Không có"');
  });

  test('a template from one workbook applied to another reports the extra row and still checks the rest', async () => {
    const { path } = await extracted('mau-huyen.json', '--sheet', 'Biểu 1');
    const other = await districtWorkbook('huyen-a.xlsx', [
      ['', 'Tổng số tổ chức cơ sở đảng', 40, 43, 3, 107.5],
      ['1', 'Đảng bộ cơ sở', 12, 13, 1, 108.33],
      ['2', 'Chi bộ cơ sở', 26, 27, 1, 103.85],
      ['3', 'Chi bộ trực thuộc đảng ủy khối', 2, 3, 1, 150],
    ]);
    const r = await runCli('template', 'apply', path, other, '--json');
    const findings = findingsOf(r.out);
    const extra = findings.filter((f) => f.rule === 'template');
    expect(extra).toHaveLength(1);
    expect(extra[0]).toMatchObject({ sheet: 'Huyện A', cell: 'B8', severity: 'warning' });
    expect(extra[0].message).toBe('Dòng "Chi bộ trực thuộc đảng ủy khối" không có trong mẫu Biểu 1/1');
    expect(JSON.parse(r.out).template.applied).toEqual([{ template: 'Biểu 1/1', sheet: 'Huyện A', range: 'A3:F8', differences: 1 }]);
    // The template's total now leaves out the extra row: 12 + 26 ≠ 40, and the check says so.
    expect(findings.some((f) => f.rule === 'sum' && f.severity === 'error')).toBe(true);
  });

  test('a missing row and a missing column are reported, and the rules that needed them are not checked', async () => {
    const { path } = await extracted('mau-thieu.json', '--sheet', 'Biểu 1');
    const other = await districtWorkbook('huyen-b.xlsx', [
      ['', 'Tổng số tổ chức cơ sở đảng', 40, 43, 3, 107.5],
      ['1', 'Đảng bộ cơ sở', 12, 13, 1, 108.33],
    ]);
    const r = await runCli('template', 'apply', path, other, '--json');
    const messages = findingsOf(r.out).filter((f) => f.rule === 'template').map((f) => f.message);
    expect(messages).toEqual(['Bảng thiếu dòng "Chi bộ cơ sở" so với mẫu Biểu 1/1 (ở cuối bảng); các quy tắc cần dòng này không được kiểm tra']);
    expect(findingsOf(r.out).filter((f) => f.severity === 'error')).toEqual([]);
  });

  test('a template whose table is on no sheet says so', async () => {
    const { path } = await extracted('mau-bieu5.json', '--sheet', 'Biểu 5');
    const other = await districtWorkbook('huyen-c.xlsx', [['', 'Tổng số tổ chức cơ sở đảng', 40, 43, 3, 107.5]]);
    const r = await runCli('template', 'apply', path, other);
    expect(r.out).toContain('Biểu 5/1: không tìm thấy bảng này trong sổ tính');
  });
});

describe('templates stored in the workbook', () => {
  test('template save stores the template in a copy; check then uses it, user rules included', async () => {
    const { path, template } = await extracted('luu.json', '--sheet', 'Biểu 1');
    template.tables[0].rules.push('D6 >= 600');
    writeFileSync(path, JSON.stringify(template));
    const copy = join(dir, 'co-mau.xlsx');
    const saved = await runCli('template', 'save', path, EXAMPLE_PATH, '-o', copy);
    expect(saved.code).toBe(0);
    const part = await readTemplatePart(readFileSync(copy));
    expect(templateFromXml(part!).tables[0].rules).toEqual(['D6 >= 600']);
    const checked = await runCli('check', copy, '--json');
    const fromRule = findingsOf(checked.out).filter((f) => f.message.startsWith('Quy tắc D6 >= 600'));
    expect(fromRule).toHaveLength(1);
    const text = await runCli('check', copy);
    expect(text.out).toContain('Dùng các mẫu bảng lưu trong sổ tính:');
    const again = await runCli('template', 'save', path, copy, '-o', copy);
    expect(again.code).toBe(2);
  });

  test('the part survives a corrected copy, and extract reads it back with its rules', async () => {
    const { path, template } = await extracted('luu2.json', '--sheet', 'Biểu 1');
    template.tables[0].rules.push('C6 = C7 + C8');
    writeFileSync(path, JSON.stringify(template));
    const copy = join(dir, 'co-mau-2.xlsx');
    await runCli('template', 'save', path, EXAMPLE_PATH, '-o', copy);
    const corrected = await correctedCopy(readFileSync(copy), [{ sheet: 'Biểu 1', cell: 'D8', value: 327 }], []);
    expect(templateFromXml((await readTemplatePart(corrected))!).tables[0].rules).toEqual(['C6 = C7 + C8']);
    expect((await readWorkbook(Buffer.from(corrected)))[0].cells[7][3]?.value).toBe(327);
    const out = join(dir, 'lay-lai.json');
    await runCli('template', 'extract', copy, '-o', out, '--sheet', 'Biểu 1');
    expect(parseTemplate(JSON.parse(readFileSync(out, 'utf8'))).tables[0].rules).toEqual(['C6 = C7 + C8']);
  });

  test('the XML part round-trips any text, and a damaged part is a clear error', () => {
    const s = organizationsTable();
    const template = templateFromChecked(checkWorkbook([s]).checked);
    template.tables[0].rules = ['C4 >= C5 & <tag> "quoted" ]]>'];
    expect(templateFromXml(templateToXml(template))).toEqual(JSON.parse(JSON.stringify(template)));
    expect(() => templateFromXml('<other xmlns="urn:x">{}</other>')).toThrow(TemplateError);
    expect(() => templateFromXml('<templates xmlns="urn:soatso:templates">{not json</templates>')).toThrow(/không phải JSON/);
    expect(() => templateFromXml('<templates xmlns="urn:soatso:templates">{"format":"soatso-template","version":1,"tables":3}</templates>')).toThrow(/"tables"/);
  });

  test('a workbook whose stored part is damaged is refused naming it, not crashed on', async () => {
    const { path } = await extracted('luu3.json', '--sheet', 'Biểu 1');
    const copy = join(dir, 'hong-mau.xlsx');
    await runCli('template', 'save', path, EXAMPLE_PATH, '-o', copy);
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(readFileSync(copy));
    zip.file('customXml/item1.xml', '<templates xmlns="urn:soatso:templates">{"format":"soatso-template","version":9,"tables":[]}</templates>');
    const broken = join(dir, 'hong-mau-2.xlsx');
    writeFileSync(broken, await zip.generateAsync({ type: 'nodebuffer' }));
    const r = await runCli('check', broken);
    expect(r.code).toBe(2);
    expect(r.err).toContain('mẫu bảng lưu trong sổ tính bị hỏng');
    expect(r.err).toContain('"version"');
  });
});

describe('malformed templates', () => {
  const good = () => JSON.parse(JSON.stringify(templateFromChecked(checkWorkbook([organizationsTable()]).checked)));
  const cases: [string, (t: any) => unknown, string][] = [
    ['not an object', () => [], '(gốc)'],
    ['another format', (t) => ({ ...t, format: 'x' }), 'format'],
    ['no version', (t) => ({ ...t, version: undefined }), 'version'],
    ['a newer version', (t) => ({ ...t, version: 2 }), 'version'],
    ['version 0', (t) => ({ ...t, version: 0 }), 'version'],
    ['tables not a list', (t) => ({ ...t, tables: {} }), 'tables'],
    ['no id', (t) => (delete t.tables[0].id, t), 'tables[0].id'],
    ['a range that is not one', (t) => ((t.tables[0].range = 'A3-F6'), t), 'tables[0].range'],
    ['header bottom above top', (t) => ((t.tables[0].header = { top: 4, bottom: 3 }), t), 'tables[0].header'],
    ['a column without a letter', (t) => ((t.tables[0].columns[0].column = '3'), t), 'tables[0].columns[0].column'],
    ['an unknown role', (t) => ((t.tables[0].columns[2].role = 'tổng'), t), 'tables[0].columns[2].role'],
    ['an unknown share base', (t) => ((t.tables[0].columns[2].base = 'anything'), t), 'tables[0].columns[2].base'],
    ['a comparison of a non-column', (t) => ((t.tables[0].columns[4].current = 7), t), 'tables[0].columns[4].current'],
    ['row 0', (t) => ((t.tables[0].rows[0].row = 0), t), 'tables[0].rows[0].row'],
    ['a row without a label', (t) => (delete t.tables[0].rows[1].label, t), 'tables[0].rows[1].label'],
    ['a row of an unknown kind', (t) => ((t.tables[0].rows[1].kind = 'sub'), t), 'tables[0].rows[1].kind'],
    ['an unknown relation', (t) => ((t.tables[0].rowGroups[0].relation = 'product'), t), 'tables[0].rowGroups[0].relation'],
    ['a group without parts', (t) => ((t.tables[0].rowGroups[0].parts = []), t), 'tables[0].rowGroups[0].parts'],
    ['a group naming a row the template lacks', (t) => ((t.tables[0].rowGroups[0].parts = [5, 99]), t), 'tables[0].rowGroups[0].parts[1]'],
    ['a rule that is not text', (t) => ((t.tables[0].rules = [{ lhs: 'C4' }]), t), 'tables[0].rules[0]'],
    ['footnote names that are not cells', (t) => ((t.tables[0].footnotes = { names: { tong: 'tổng' }, sentences: [] }), t), 'tables[0].footnotes.names'],
    ['two tables with one id', (t) => ({ ...t, tables: [t.tables[0], t.tables[0]] }), 'tables[1].id'],
  ];
  test.each(cases)('%s is refused naming the field', (_name, mutate, field) => {
    let error: unknown;
    try {
      parseTemplate(mutate(good()));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TemplateError);
    expect((error as TemplateError).field).toBe(field);
    expect((error as Error).message).toContain(`"${field}"`);
  });

  test('rules that try to reach outside the figures are findings, not actions', () => {
    const template = good();
    template.tables[0].rules = ['C4 = import({}, {})', 'C4 = evaluate("1")', 'C4 = parse("1")', 'C4 = x.constructor'];
    const result = checkWorkbook([organizationsTable()], { template: parseTemplate(template) });
    const bad = result.findings.filter((f) => f.rule === 'input' && f.severity === 'error');
    expect(bad.map((f) => f.stated)).toEqual(template.tables[0].rules);
  });

  test('the command line refuses a malformed template file with exit 2', async () => {
    const path = join(dir, 'hong.json');
    writeFileSync(path, JSON.stringify({ format: 'soatso-template', version: 1, tables: [{ id: 'x', sheet: 'S', range: 'A1:B2', header: { top: 1, bottom: 1 }, columns: [{ column: 'A', header: 'STT', role: 'stt' }], rows: [], rowGroups: [], columnGroups: [], rules: [7] }] }));
    const r = await runCli('template', 'apply', path, EXAMPLE_PATH);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`${path}: Mẫu bảng không hợp lệ ở "tables[0].rules[0]": phải là chuỗi quy tắc\n`);
    writeFileSync(path, '{ "format": ');
    expect((await runCli('template', 'apply', path, EXAMPLE_PATH)).err).toContain('Không đọc được mẫu bảng');
    expect((await runCli('template', 'apply', join(dir, 'khong-co.json'), EXAMPLE_PATH)).err).toContain('Không tìm thấy mẫu bảng');
    expect(existsSync(join(dir, 'khong-co.json'))).toBe(false);
  });
});

describe('templates on sheets without figures or headers', () => {
  const template = () => parseTemplate(JSON.parse(JSON.stringify(templateFromChecked(checkWorkbook([organizationsTable()]).checked))));

  test('an empty copy of the table is checked by its template, and a typo typed later is caught', () => {
    const empty = organizationsTable({ C4: null, D4: null, E4: null, F4: null, C5: null, D5: null, E5: null, F5: null, C6: null, D6: null, E6: null, F6: null });
    const result = checkWorkbook([empty], { template: template() });
    expect(result.applied!.map((a) => [a.table.id, a.differences])).toEqual([['Biểu 1/1', []]]);
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    const typed = organizationsTable({ D6: 372 });
    expect(checkWorkbook([typed], { template: template() }).findings.some((f) => f.severity === 'error' && f.fix?.cell === 'D6')).toBe(true);
  });

  test('a table detection cannot find (its header row left blank) is read at the template\'s own place', () => {
    const headless = organizationsTable({ A3: null, B3: null, C3: null, D3: null, E3: null, F3: null, D6: 372 });
    expect(checkWorkbook([headless]).summary.tables).toBe(0);
    const result = checkWorkbook([headless], { template: template() });
    expect(result.applied!.map((a) => [a.table.id, a.differences])).toEqual([['Biểu 1/1', []]]);
    expect(result.findings.find((f) => f.severity === 'error' && f.fix?.cell === 'D6')?.fix?.value).toBe('327');
  });
});
