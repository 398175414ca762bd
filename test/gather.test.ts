// Gathering districts' workbooks (issue 13): sums against hand-computed ones, the gathered workbook re-checked,
// districts with problems named, --compare, LibreOffice recomputing "Theo đơn vị", and the report over the result.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { checkWorkbook, gatherDistricts, GatherResult, layoutSheet } from '../src/core';
import { readWorkbook } from '../src/xlsx/read';
import { readStoredTemplate } from '../src/xlsx/template-part';
import { buildDistricts, DISTRICTS, Generated, PLANTED } from '../examples/build-districts';
import { recalculate } from './helpers/calc';
import { runCli } from './helpers/cli';

jest.setTimeout(120_000);
const dir = mkdtempSync(join(tmpdir(), 'soatso-gather-'));
let g: Generated;
const files = () => g.districts.map((d) => d.file);
type Json = { output: string | null; districts: { name: string; state: string; included: boolean; errors: number }[]; notes: { severity: string; district?: string; at?: string; message: string }[]; tables: { id: string; sheet: string; figures: Record<string, number> }[]; compare?: { cell: string; districts: string[]; message: string }[] };

async function gatherCli(out: string, ...extra: string[]): Promise<{ code: number; json: Json; err: string }> {
  const r = await runCli('gather', g.templatePath, ...files(), '-o', join(dir, out), '--json', ...extra);
  return { code: r.code, json: r.out ? JSON.parse(r.out) : undefined, err: r.err };
}

/** The sum by hand of what the districts typed, as the generator planted it: Phụng Hiệp's typo in, Long Mỹ's row out. */
function handSum(sheet: string, cell: string, skip: string[] = []): number {
  let total = 0;
  for (const d of g.districts) {
    if (skip.includes(d.name)) continue;
    if (d.name === PLANTED.missingRow && sheet === 'Tổ chức cơ sở đảng' && /^[CD]8$/.test(cell)) continue;
    total += d.figures[sheet][cell] + (d.name === PLANTED.typo && sheet === 'Tổ chức cơ sở đảng' && cell === 'D7' ? 10 : 0);
  }
  return total;
}

beforeAll(async () => {
  g = await buildDistricts(join(dir, 'mau'));
});

describe('gather', () => {
  let json: Json;
  let out: string;
  test('sums every figure as computed by hand, recomputes shares, differences and ratios, and lists every district', async () => {
    const r = await gatherCli('tong-hop.xlsx');
    json = r.json;
    out = join(dir, 'tong-hop.xlsx');
    expect(r.code).toBe(1); // Phụng Hiệp has errors
    expect(json.output).toBe(out);
    expect(json.districts.map((d) => d.name)).toEqual(DISTRICTS.map(([n]) => n));
    const state = Object.fromEntries(json.districts.map((d) => [d.name, d.state]));
    expect(state).toMatchObject({ [PLANTED.typo]: 'errors', [PLANTED.missingRow]: 'incomplete', [PLANTED.extraColumn]: 'incomplete', [PLANTED.asText]: 'ok', 'Vị Thanh': 'ok' });
    const [org, members] = json.tables;
    for (const cell of ['C6', 'C7', 'C8', 'D6', 'D7', 'D8']) expect(org.figures[cell]).toBe(handSum('Tổ chức cơ sở đảng', cell));
    for (const cell of ['C5', 'C7', 'C8', 'C9', 'C10', 'C12', 'C13', 'C14', 'C15', 'C16']) expect(members.figures[cell]).toBe(handSum('Đảng viên', cell));
    // Recomputed from the sums, never averaged: share of Nữ in all members, of Đại học in those with a qualification.
    const pct = (a: number, b: number) => Math.round((a / b) * 10000) / 100;
    expect(members.figures.D7).toBe(pct(members.figures.C7, members.figures.C5));
    expect(members.figures.D15).toBe(pct(members.figures.C15, members.figures.C10));
    expect(org.figures.E7).toBe(org.figures.D7 - org.figures.C7);
    expect(org.figures.F6).toBe(pct(org.figures.D6, org.figures.C6));
    // Each problem is said with its district and cell.
    const said = json.notes.map((n) => n.message);
    expect(said).toContainEqual(expect.stringContaining('Long Mỹ thiếu dòng "Chi bộ cơ sở"'));
    expect(json.notes.find((n) => n.district === PLANTED.extraColumn)).toMatchObject({ at: 'Tổ chức cơ sở đảng!G5' });
    expect(said).toContainEqual(expect.stringMatching(/^Châu Thành A: 10 ô số liệu gõ dạng chữ/));
    expect(json.notes.filter((n) => n.severity === 'error').every((n) => n.district === PLANTED.typo && n.at === 'Tổ chức cơ sở đảng!D7')).toBe(true);
  });

  test('the gathered workbook stores its template and re-checks clean except where a district error carries over, which names the district', async () => {
    const bytes = readFileSync(out);
    const sheets = await readWorkbook(bytes);
    expect(sheets.map((s) => s.name)).toEqual(['Tổ chức cơ sở đảng', 'Đảng viên', 'Theo đơn vị', 'Ghi chú']);
    const template = await readStoredTemplate(bytes);
    expect(template!.tables.map((t) => t.id)).toEqual(['Tổ chức cơ sở đảng/1', 'Đảng viên/1']);
    const check = checkWorkbook(sheets, { template });
    expect(check.applied!.every((a) => a.differences.length === 0)).toBe(true);
    const serious = check.findings.filter((f) => f.severity !== 'info');
    expect(serious.length).toBeGreaterThan(0);
    // Only the base organizations (typo, missing row) fail, and each failure touches a cell the gather says why.
    expect(new Set(serious.map((f) => f.sheet))).toEqual(new Set(['Tổ chức cơ sở đảng', 'Theo đơn vị']));
    const result = gatheredInProcess();
    const org = result.tables[0];
    for (const f of serious.filter((x) => x.sheet === 'Tổ chức cơ sở đảng')) {
      const why = [f.cell, ...f.cells].flatMap((c) => org.caveats.get(c) ?? []).join('; ');
      expect(why).toMatch(/Long Mỹ|Phụng Hiệp/);
    }
    // In "Theo đơn vị" a failing district column is the district's own.
    const byDistrict = sheets.find((s) => s.name === 'Theo đơn vị')!;
    const header = (cell: string) => byDistrict.cells[4][cell.charCodeAt(0) - 65]?.value;
    const columns = serious.filter((x) => x.sheet === 'Theo đơn vị' && !x.cell.startsWith('C')).map((x) => header(x.cell));
    expect(columns).toEqual([PLANTED.typo]);
  });

  let inProcess: GatherResult | undefined;
  function gatheredInProcess(): GatherResult {
    return inProcess!;
  }
  beforeAll(async () => {
    const districts = await Promise.all(g.districts.map(async (d) => ({ name: d.name, file: d.file, sheets: await readWorkbook(readFileSync(d.file)) })));
    inProcess = gatherDistricts(g.template, districts);
  });

  test('from clean districts the gathered tables check clean by construction', () => {
    const clean = inProcess!.districts.filter((d) => d.state === 'ok').map((d) => d.name);
    expect(clean.length).toBeGreaterThanOrEqual(5);
    return Promise.all(g.districts.filter((d) => clean.includes(d.name)).map(async (d) => ({ name: d.name, file: d.file, sheets: await readWorkbook(readFileSync(d.file)) }))).then((districts) => {
      const result = gatherDistricts(g.template, districts, [], { order: 'name' });
      expect(result.included).toEqual([...clean].sort((a, b) => a.localeCompare(b, 'vi')));
      const check = checkWorkbook(result.sheets.map(layoutSheet), { template: result.template });
      expect(check.findings.filter((f) => f.severity !== 'info')).toEqual([]);
      expect(check.summary.rules).toBeGreaterThan(40);
    });
  });

  test('--skip-errors leaves the district with errors out and names it', async () => {
    const r = await gatherCli('bo-loi.xlsx', '--skip-errors');
    expect(r.json.districts.find((d) => d.name === PLANTED.typo)).toMatchObject({ state: 'left-out', included: false });
    expect(r.json.notes.map((n) => n.message)).toContainEqual(expect.stringContaining(`${PLANTED.typo} bị loại khỏi tổng hợp`));
    expect(r.json.tables[0].figures.D7).toBe(handSum('Tổ chức cơ sở đảng', 'D7', [PLANTED.typo]));
    const notes = (await readWorkbook(readFileSync(join(dir, 'bo-loi.xlsx')))).find((s) => s.name === 'Ghi chú')!;
    expect(notes.cells.flat().map((c) => c?.value)).toContain('Không cộng (có lỗi)');
  });

  test('a second file for one district, a file that is not a workbook, a workbook with no matching table: each said, none summed', async () => {
    const twice = join(dir, 'Vị Thanh (2).xlsx');
    copyFileSync(g.districts[0].file, twice);
    const fake = join(dir, 'Ngã Năm.xlsx');
    writeFileSync(fake, 'không phải sổ tính');
    const other = join(dir, 'Khác.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Trang 1');
    ws.addRow(['Danh sách cán bộ']);
    ws.addRow(['Khác']);
    await wb.xlsx.writeFile(other);
    const r = await runCli('gather', g.templatePath, ...files(), twice, fake, other, join(dir, 'ghi-chu.txt'), '-o', join(dir, 'loi-tep.xlsx'), '--json', '--unit-from', 'cell:A2');
    expect(r.code).toBe(1);
    const json: Json = JSON.parse(r.out);
    const byFile = (f: string) => json.districts.find((d) => (d as unknown as { file: string }).file === f)!;
    // With --unit-from cell:A2 the copy is read as Vị Thanh again.
    expect(byFile(twice)).toMatchObject({ name: 'Vị Thanh', state: 'duplicate', included: false });
    expect(byFile(fake)).toMatchObject({ state: 'unreadable', included: false });
    expect(json.notes.map((n) => n.message)).toEqual(expect.arrayContaining([expect.stringContaining('Hai tệp cho cùng đơn vị "Vị Thanh"'), expect.stringContaining('Không đọc được tệp'), expect.stringContaining('Không tìm thấy tệp'), expect.stringContaining('Khác.xlsx không có bảng nào khớp mẫu')]));
    expect(json.tables[0].figures.D7).toBe(handSum('Tổ chức cơ sở đảng', 'D7'));
  });

  test('--compare finds the planted difference and names the district that explains each one', async () => {
    const r = await gatherCli('so-sanh.xlsx', '--compare', g.provincePath);
    const found = Object.fromEntries(r.json.compare!.map((f) => [f.cell, f]));
    expect(found.C8.message).toMatch(/^C8: tỉnh ghi [\d.]+, cộng 8 huyện được [\d.]+; chênh [\d.]+, ở Long Mỹ thiếu dòng Chi bộ cơ sở$/);
    expect(found.C8.districts).toEqual([PLANTED.missingRow]);
    expect(found.D7.districts).toEqual([PLANTED.typo]);
    // "Nữ" of the members table: 19 more in the province's table, and no district explains it.
    const nu = r.json.compare!.find((f) => f.cell === 'C7' && f.message.includes('chênh 19'))!;
    expect(nu.districts).toEqual([]);
    expect(nu.message).toContain('không đơn vị nào giải thích');
  });

  test('never writes over an input or an existing file', async () => {
    expect((await runCli('gather', g.templatePath, ...files(), '-o', g.districts[0].file)).code).toBe(2);
    expect((await runCli('gather', g.templatePath, ...files(), '-o', out)).code).toBe(2);
    expect(readFileSync(g.districts[0].file).length).toBeGreaterThan(1000);
  });

  test('a template stored in a workbook works as well as a .json, and the result goes into the Word report', async () => {
    const r = await runCli('gather', out, ...files(), '-o', join(dir, 'tu-xlsx.xlsx'), '--json');
    expect(JSON.parse(r.out).tables[0].figures.C6).toBe(json.tables[0].figures.C6);
    const docx = join(dir, 'bao-cao.docx');
    const report = await runCli('report', join(dir, 'tu-xlsx.xlsx'), '-o', docx);
    expect(report.code).toBe(0);
    expect(report.out).toContain('Đảng viên/1');
    expect(existsSync(docx)).toBe(true);
  });

  test('LibreOffice Calc recomputes the =SUM totals of "Theo đơn vị" to the same numbers', async () => {
    const before = (await readWorkbook(readFileSync(out))).find((s) => s.name === 'Theo đơn vị')!;
    const after = (await readWorkbook(readFileSync(recalculate(out, dir)))).find((s) => s.name === 'Theo đơn vị')!;
    const totals = before.cells.flatMap((line, r) => (line[2]?.formula ? [[r, line[2].value]] : []));
    expect(totals.length).toBeGreaterThan(15);
    for (const [r, v] of totals) expect(after.cells[r as number][2]?.value).toBe(v);
  });
});
