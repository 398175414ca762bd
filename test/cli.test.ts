import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from './helpers/cli';
import { EXAMPLE_PATH } from '../examples/build-example';

const run = runCli;

const dir = mkdtempSync(join(tmpdir(), 'soatso-cli-'));
const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

async function cleanWorkbook(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Biểu');
  ws.addRows([
    ['STT', 'Nội dung', 'Năm 2022', 'Năm 2023', 'Tăng (+), giảm (-)'],
    ['', 'Tổng số', 525, 498, -27],
    ['1', 'Đảng bộ cơ sở', 167, 171, 4],
    ['2', 'Chi bộ cơ sở', 358, 327, -31],
  ]);
  const path = join(dir, 'sach.xlsx');
  await wb.xlsx.writeFile(path);
  return path;
}

describe('soatso check', () => {
  test('--json prints the documented shape and exits 1 when errors are found', async () => {
    const before = sha(EXAMPLE_PATH);
    const { code, out } = await run('check', EXAMPLE_PATH, '--json');
    expect(code).toBe(1);
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual(['file', 'tables', 'findings', 'summary']);
    expect(Object.keys(json.tables[0])).toEqual(expect.arrayContaining(['sheet', 'range', 'title', 'rules']));
    expect(json.tables[0].range).toMatch(/^[A-Z]+\d+:[A-Z]+\d+$/);
    for (const f of json.findings) {
      expect(Object.keys(f)).toEqual(expect.arrayContaining(['sheet', 'cell', 'rule', 'severity', 'stated', 'expected', 'cells', 'message', 'fix']));
      expect(['sum', 'subset', 'share', 'share-total', 'difference', 'ratio', 'points', 'cross', 'term-label', 'formula', 'input']).toContain(f.rule);
      expect(['error', 'warning', 'info']).toContain(f.severity);
      if (f.fix) expect(['digit', 'transposition', 'sign', 'swap', 'base', 'formula', 'rounding', 'truncation', 'unknown', 'label']).toContain(f.fix.why);
      if (f.fix?.why === 'label') expect(typeof f.fix.text).toBe('string');
      else if (f.fix) expect(typeof f.fix.number).toBe('number');
    }
    expect(Object.keys(json.summary)).toEqual(expect.arrayContaining(['tables', 'rules', 'errors', 'warnings']));
    expect(json.summary.errors).toBeGreaterThan(0);
    expect(sha(EXAMPLE_PATH)).toBe(before);
  });

  test('prints Vietnamese findings with cell, reason and value', async () => {
    const { out } = await run('check', EXAMPLE_PATH);
    expect(out).toContain('Nên sửa D8: 357 có thể gõ nhầm từ 327 — một chữ số');
    expect(out).toMatch(/Tổng kết: \d+ lỗi/);
  });

  test('exits 0 on a clean workbook', async () => {
    const { code, out } = await run('check', await cleanWorkbook());
    expect(code).toBe(0);
    expect(out).toContain('Tổng kết: 0 lỗi');
  });

  test.each([
    [['check'], /Cần đúng một tệp/],
    [['check', 'khong-co.xlsx'], /Không tìm thấy tệp khong-co.xlsx/],
    [['check', EXAMPLE_PATH, '--frob'], /Không hiểu tùy chọn --frob/],
    [['check', EXAMPLE_PATH, '--lang', 'fr'], /--lang chỉ nhận vi hoặc en/],
    [['check', EXAMPLE_PATH, '--sheet', 'Không có'], /không có trang "Không có"/],
    [['xoa'], /Không có lệnh "xoa"/],
  ])('exits 2 with a clear message: %j', async (args, message) => {
    const { code, err } = await run(...args);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });

  test('exits 2 on a file that is not a workbook', async () => {
    const bad = join(dir, 'hong.xlsx');
    writeFileSync(bad, 'không phải zip');
    const { code, err } = await run('check', bad);
    expect(code).toBe(2);
    expect(err).toContain('Không đọc được tệp');
    const txt = join(dir, 'ghi-chu.txt');
    writeFileSync(txt, 'x');
    expect((await run('check', txt)).err).toContain('không phải .xlsx');
  });

  test('--emit-template writes a template that --template checks with, and never overwrites', async () => {
    const out = join(dir, 'mau.json');
    const first = await run('check', EXAMPLE_PATH, '--emit-template', out, '--json');
    expect(existsSync(out)).toBe(true);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ format: 'soatso-template', version: 1 });
    const again = await run('check', EXAMPLE_PATH, '--template', out, '--json');
    const key = (r: { out: string }) =>
      JSON.parse(r.out)
        .findings.filter((f: { severity: string }) => f.severity !== 'info')
        .map((f: { cell: string; rule: string; fix: unknown }) => [f.cell, f.rule, f.fix]);
    expect(key(again)).toEqual(key(first));
    const before = sha(out);
    const refused = await run('check', EXAMPLE_PATH, '--emit-template', out);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('không ghi đè');
    expect(sha(out)).toBe(before);
  });

  test('a malformed template is refused naming the field', async () => {
    const t = join(dir, 'hong.json');
    writeFileSync(t, JSON.stringify({ format: 'soatso-template', version: 1, tables: [{ id: 'x', sheet: 'S', range: 'A1' , header: 3 }] }));
    const { code, err } = await run('check', EXAMPLE_PATH, '--template', t);
    expect(code).toBe(2);
    expect(err).toContain('"tables[0].header"');
  });

  test('the input is never the output', async () => {
    const copy = join(dir, 'ban-sao.xlsx');
    copyFileSync(EXAMPLE_PATH, copy);
    const { code, err } = await run('check', copy, '--emit-template', copy);
    expect(code).toBe(2);
    expect(err).toContain('Không ghi đè lên tệp đầu vào');
    expect(sha(copy)).toBe(sha(EXAMPLE_PATH));
  });
});

describe('soatso scan', () => {
  const DRAFT = join(__dirname, '..', '..', 'shared', 'seeds', 'bao-cao-ket-luan-38.txt');

  test('lists the draft\'s real errors with reasons and exits 1', async () => {
    const { code, out } = await run('scan', DRAFT);
    expect(code).toBe(1);
    expect(out).toContain('Có thể 564 là gõ nhầm của 654 — đảo hai chữ số liền nhau');
    expect(out).toContain('Có thể 28.906 là gõ nhầm của 28.986 — một chữ số');
    expect(out).toMatch(/Tổng kết: \d+ nhận định có số liệu/);
  });

  test('--json prints the documented shape', async () => {
    const { out } = await run('scan', DRAFT, '--json');
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual(['file', 'claims', 'summary']);
    for (const c of json.claims) {
      expect(Object.keys(c)).toEqual(expect.arrayContaining(['location', 'paragraph', 'quote', 'kind', 'verdict', 'stated', 'expected', 'message', 'fix']));
      expect(c.location).toMatch(/^(body|footnote \d+)$/);
      expect(['sum', 'subset', 'share', 'fraction', 'difference', 'points', 'ratio', 'cross', 'term-label']).toContain(c.kind);
      expect(['consistent', 'rounding', 'inconsistent', 'ambiguous']).toContain(c.verdict);
    }
    expect(Object.keys(json.summary)).toEqual(['claims', 'consistent', 'rounding', 'inconsistent', 'ambiguous']);
  });

  test('--workbook compares the prose with the tables', async () => {
    const txt = join(dir, 'bao-cao.txt');
    writeFileSync(txt, 'Năm 2023, toàn tỉnh có 498 tổ chức cơ sở đảng, trong đó 171 đảng bộ cơ sở và 327 chi bộ cơ sở.\n');
    const { out } = await run('scan', txt, '--workbook', EXAMPLE_PATH, '--json');
    const cross = JSON.parse(out).claims.find((c: { kind: string }) => c.kind === 'cross');
    expect(cross).toMatchObject({ verdict: 'inconsistent', stated: '327', expected: '357' });
    expect(cross.message).toContain('Biểu 1!D8');
  });

  test.each([
    [['scan'], /Cần đúng một tệp .docx hoặc .txt/],
    [['scan', 'khong-co.docx'], /Không tìm thấy tệp/],
  ])('exits 2 with a clear message: %j', async (args, message) => {
    const { code, err } = await run(...args);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });

  test('a broken .docx is refused clearly', async () => {
    const bad = join(dir, 'hong.docx');
    writeFileSync(bad, 'không phải zip');
    const { code, err } = await run('scan', bad);
    expect(code).toBe(2);
    expect(err).toContain('Không đọc được tệp');
  });
});
