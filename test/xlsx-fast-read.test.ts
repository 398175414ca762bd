// The fast .xlsx reader against exceljs, cell by cell, on the repository's real workbooks (the example, the generated
// districts and province, the library's tables, the eval cases written out) and on workbooks built to hold the
// unusual: text-typed numbers, formulas with cached values (0, text, TRUE, errors, shared), dates, percent formats,
// merges over filled cells, hidden rows, rich text. Where it does not know a shape it must refuse, never misread.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { buildLibraryTable, LIBRARY, parseA1, SheetInput, templateToXml } from '../src/core';
import { inspectPackage } from '../src/cli/guard';
import { loadWorkbook } from '../src/cli/input';
import { readWorkbookParts } from '../src/cli/xlsx-fast-read';
import { workbookWithLayout } from '../src/xlsx/layout';
import { readWorkbook } from '../src/xlsx/read';
import { readStoredTemplate } from '../src/xlsx/template-part';
import { buildDistricts } from '../examples/build-districts';
import { EXAMPLE, unzip, zip } from './helpers/hostile';

jest.setTimeout(120_000);
const dir = mkdtempSync(join(tmpdir(), 'soatso-fast-read-'));

/** Rows made dense (holes as undefined) so that the comparison is strict about everything else. */
const dense = (sheets: SheetInput[]) => sheets.map((s) => ({ ...s, cells: Array.from(s.cells, (row) => Array.from(row ?? [])) }));

async function both(bytes: Buffer): Promise<{ fast: ReturnType<typeof readWorkbookParts>; slow: SheetInput[] | Error }> {
  const { parts } = inspectPackage(bytes, 'x.xlsx', 'xlsx');
  const fast = readWorkbookParts(parts);
  let slow: SheetInput[] | Error;
  try {
    slow = await readWorkbook(bytes);
  } catch (e) {
    slow = e as Error;
  }
  return { fast, slow };
}

/** Read fast, without falling back, and exactly as exceljs reads it. */
async function same(bytes: Buffer, what: string): Promise<SheetInput[]> {
  const { fast, slow } = await both(bytes);
  if ('fallback' in fast) throw new Error(`${what}: the fast reader fell back (${fast.fallback})`);
  if (slow instanceof Error) throw slow;
  expect({ what, sheets: dense(fast.sheets) }).toStrictEqual({ what, sheets: dense(slow) });
  return fast.sheets;
}

/** Either refused, or read exactly as exceljs reads it (or exceljs fails too). */
async function refusedOrSame(bytes: Buffer, what: string): Promise<'refused' | 'same'> {
  const { fast, slow } = await both(bytes);
  if ('fallback' in fast) return 'refused';
  if (slow instanceof Error) throw new Error(`${what}: exceljs fails (${slow.message}) but the fast reader read it`);
  expect({ what, sheets: dense(fast.sheets) }).toStrictEqual({ what, sheets: dense(slow) });
  return 'same';
}

async function written(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

test('the example workbook reads cell by cell as exceljs reads it, and its stored templates alike', async () => {
  const bytes = readFileSync(EXAMPLE);
  await same(bytes, 'example');
  const copy = join(dir, 'example.xlsx');
  copyFileSync(EXAMPLE, copy);
  const fast = await loadWorkbook(copy, 'vi', { fast: true });
  const slow = await loadWorkbook(copy);
  expect(fast.fast).toBe(true);
  expect(dense(fast.sheets)).toStrictEqual(dense(slow.sheets));
  expect(fast.stored).toStrictEqual(slow.stored);
  expect(fast.stored).toStrictEqual(await readStoredTemplate(bytes));
});

test("the generated districts' and province's workbooks read as exceljs reads them, templates included", async () => {
  const g = await buildDistricts(join(dir, 'districts'));
  const paths = [...g.districts.map((d) => d.file), g.provincePath];
  expect(paths.length).toBeGreaterThan(8);
  for (const path of paths) {
    await same(readFileSync(path), path);
    const fast = await loadWorkbook(path, 'vi', { fast: true });
    expect(fast.fast).toBe(true);
    expect(fast.stored).toStrictEqual((await loadWorkbook(path)).stored);
  }
});

test("the library's tables, as `template new` writes them (formulas with results, formats, merges), read as exceljs reads them", async () => {
  for (const entry of LIBRARY) {
    const built = buildLibraryTable(entry, entry.kind === 'term' ? { label: '2025 - 2030', kind: 'term', order: 2025 } : { label: '2025', kind: 'year', order: 2025 }, entry.sheet);
    const bytes = Buffer.from(await workbookWithLayout(built.layout, templateToXml({ format: 'soatso-template', version: 1, tables: [built.template] } as never)));
    await same(bytes, entry.id);
  }
});

test('the eval cases written out as workbooks (text numbers, formulas with results, formats, merges) read as exceljs reads them', async () => {
  let n = 0;
  for (const part of ['dev', 'heldout']) {
    const casesDir = join(__dirname, '..', 'eval', 'tables', part, 'cases');
    for (const f of readdirSync(casesDir).filter((x) => x.endsWith('.json'))) {
      const c = JSON.parse(readFileSync(join(casesDir, f), 'utf8')) as { sheets: { name: string; rows: (string | number | null)[][]; merges?: string[]; cells?: Record<string, { v: number | string | null; fmt?: string; formula?: string }> }[] };
      const wb = new ExcelJS.Workbook();
      for (const s of c.sheets) {
        const ws = wb.addWorksheet(s.name);
        s.rows.forEach((row, r) => (row ?? []).forEach((v, col) => v !== null && v !== '' && (ws.getCell(r + 1, col + 1).value = v)));
        for (const [address, o] of Object.entries(s.cells ?? {})) {
          const cell = ws.getCell(address);
          cell.value = o.formula ? ({ formula: o.formula.replace(/^=/, ''), result: o.v ?? undefined } as ExcelJS.CellFormulaValue) : o.v;
          if (o.fmt) cell.numFmt = o.fmt;
        }
        for (const m of s.merges ?? []) ws.mergeCells(m);
      }
      await same(await written(wb), f);
      n++;
    }
  }
  expect(n).toBeGreaterThan(50);
});

test('the unusual values: text numbers, formulas cached as 0, text, TRUE or an error, shared formulas, dates, percents, rich text, merges over filled cells, hidden rows', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Biểu <1> & "2"');
  ws.getCell('A1').value = 'BIỂU 1. SỐ LIỆU';
  ws.getCell('A1').font = { bold: true };
  ws.getCell('B2').value = '1.234';
  ws.getCell('C2').value = ' 2.345,5 ';
  ws.getCell('D2').value = 'a & b < c > d "e" \'f\'';
  ws.getCell('E2').value = 'dòng 1\ndòng 2';
  ws.getCell('F2').value = 'x_x000D_y';
  ws.getCell('A3').value = { formula: 'B3-C3', result: 0 } as ExcelJS.CellFormulaValue;
  ws.getCell('B3').value = { formula: 'TEXT(1,"0")', result: '1' } as ExcelJS.CellFormulaValue;
  ws.getCell('C3').value = { formula: 'TRUE()', result: true } as ExcelJS.CellFormulaValue;
  ws.getCell('D3').value = { formula: 'FALSE()', result: false } as ExcelJS.CellFormulaValue;
  ws.getCell('E3').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
  ws.getCell('F3').value = { formula: 'SUM(A1:A2)' } as ExcelJS.CellFormulaValue;
  ws.getCell('G3').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
  ws.getCell('H3').value = true;
  ws.getCell('A4').value = 12.5;
  ws.getCell('B4').value = { formula: 'A4*2', result: 25, shareType: 'shared', ref: 'B4:B6' } as unknown as ExcelJS.CellFormulaValue;
  ws.getCell('B5').value = { sharedFormula: 'B4', result: 26 } as ExcelJS.CellSharedFormulaValue;
  ws.getCell('B6').value = { sharedFormula: 'B4', result: 0 } as ExcelJS.CellSharedFormulaValue;
  ws.getCell('C4').value = new Date(Date.UTC(2024, 11, 31));
  ws.getCell('C4').numFmt = 'dd/mm/yyyy';
  ws.getCell('C5').value = 45291;
  ws.getCell('C5').numFmt = 'd-mmm-yy';
  ws.getCell('C6').value = { formula: 'C5+1', result: 45292 } as ExcelJS.CellFormulaValue;
  ws.getCell('C6').numFmt = 'mm-dd-yy';
  ws.getCell('D4').value = 0.1234;
  ws.getCell('D4').numFmt = '0.00%';
  ws.getCell('D5').value = 94.86;
  ws.getCell('D5').numFmt = '#,##0.00';
  ws.getCell('D6').value = 1234567;
  ws.getCell('D6').numFmt = '#,##0;[Red]-#,##0;"-"';
  ws.getCell('E4').value = { richText: [{ text: 'Tổng ', font: { bold: true } }, { text: 'số' }] };
  ws.getCell('E5').value = 'thụt lề';
  ws.getCell('E5').alignment = { indent: 2 };
  ws.getCell('E6').value = -0.5;
  ws.getCell('F4').value = 1e21;
  ws.getCell('F5').value = 1.5e-7;
  ws.getCell('G4').numFmt = '0.0';
  ws.getCell('G4').font = { bold: true };
  ws.getCell('A8').value = 'gộp';
  ws.getCell('B8').value = 'bị che';
  ws.mergeCells('A8:C9');
  ws.mergeCells('E8:E12');
  ws.getCell('A10').value = 'ẩn';
  ws.getRow(10).hidden = true;
  ws.getRow(11).hidden = true;
  ws.getCell('A13').value = 'dưới';
  const other = wb.addWorksheet('Trang 2');
  other.getCell('A1').value = { formula: 'A2', result: 5, shareType: 'shared', ref: 'A1:A2' } as unknown as ExcelJS.CellFormulaValue;
  other.getCell('A2').value = { sharedFormula: 'A1', result: 6 } as ExcelJS.CellSharedFormulaValue;
  const sheets = await same(await written(wb), 'unusual');
  const first = sheets[0];
  const at = (a: string) => first.cells[parseA1(a)!.row]?.[parseA1(a)!.col];
  // The shapes the test means to cover are there: a cached 0 reads blank (as exceljs reads it), a date as d/m/yyyy.
  expect(at('A3')).toEqual({ value: null, formula: 'B3-C3' });
  expect(at('C4')?.value).toBe('31/12/2024');
  expect(at('B5')?.formula).toBe('B4');
  expect(at('B8')).toBeUndefined();
  expect(first.hiddenRows).toEqual([9, 10]);
});

test('date1904, phantom and styled empty cells, a row with only merged cells, a hidden empty row under a merge', async () => {
  const parts = await unzip(readFileSync(EXAMPLE));
  const text = (name: string) => parts.find((p) => p.name === name)!.data.toString('utf8');
  const set = (name: string, xml: string) => (parts.find((p) => p.name === name)!.data = Buffer.from(xml, 'utf8'));
  set('xl/workbook.xml', text('xl/workbook.xml').replace(/<workbookPr\b/, '<workbookPr date1904="1"'));
  const sheetName = parts.map((p) => p.name).find((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))!;
  let sheet = text(sheetName);
  const lastRow = Math.max(...[...sheet.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1])));
  const extra = `<row r="${lastRow + 2}"><c r="A${lastRow + 2}"/><c r="B${lastRow + 2}" s="1"/></row><row r="${lastRow + 3}" hidden="1"/><row r="${lastRow + 5}"><c r="C${lastRow + 5}" s="1"><v>45000</v></c></row>`;
  sheet = sheet.replace('</sheetData>', `${extra}</sheetData>`);
  sheet = /<mergeCells/.test(sheet)
    ? sheet.replace(/<mergeCells count="(\d+)">/, (_, n) => `<mergeCells count="${Number(n) + 1}"><mergeCell ref="F${lastRow + 3}:G${lastRow + 4}"/>`)
    : sheet.replace('</sheetData>', `</sheetData><mergeCells count="1"><mergeCell ref="F${lastRow + 3}:G${lastRow + 4}"/></mergeCells>`);
  set(sheetName, sheet);
  await same(zip(parts), 'hand-edited');
});

test('what it does not know it refuses, and exceljs reads instead', async () => {
  const base = await unzip(readFileSync(EXAMPLE));
  const sheetName = base.map((p) => p.name).find((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))!;
  const edit = (name: string, change: (xml: string) => string) => zip(base.map((p) => (p.name === name ? { ...p, data: Buffer.from(change(p.data.toString('utf8')), 'utf8') } : p)));
  const cases: [string, Buffer][] = [
    ['an inline string', edit(sheetName, (x) => x.replace('</sheetData>', '<row r="900"><c r="A900" t="inlineStr"><is><t>chữ</t></is></c></row></sheetData>'))],
    ['a comment in the XML', edit(sheetName, (x) => x.replace('<sheetData>', '<!-- c --><sheetData>'))],
    ['cells out of order', edit(sheetName, (x) => x.replace('</sheetData>', '<row r="900"><c r="B900"><v>1</v></c><c r="A900"><v>2</v></c></row></sheetData>'))],
    ['rows out of order', edit(sheetName, (x) => x.replace('</sheetData>', '<row r="1"><c r="Z1"><v>1</v></c></row></sheetData>'))],
    ['a cell in the wrong row', edit(sheetName, (x) => x.replace('</sheetData>', '<row r="900"><c r="A901"><v>1</v></c></row></sheetData>'))],
    ['an unknown entity', edit(sheetName, (x) => x.replace('</sheetData>', '<row r="900"><c r="A900" t="str"><v>&nbsp;</v></c></row></sheetData>'))],
    ['a hyperlink', edit(sheetName, (x) => x.replace('</sheetData>', '</sheetData><hyperlinks><hyperlink ref="A1" location="A2"/></hyperlinks>'))],
    ['a shared string out of range', edit(sheetName, (x) => x.replace('</sheetData>', '<row r="900"><c r="A900" t="s"><v>99999</v></c></row></sheetData>'))],
    ['overlapping merges', edit(sheetName, (x) => x.replace('</sheetData>', '</sheetData><mergeCells count="2"><mergeCell ref="A900:B901"/><mergeCell ref="B901:C902"/></mergeCells>').replace(/<mergeCells count="\d+">(?=.*<mergeCells)/s, '<mergeCells count="0">'))],
    ['a phonetic run', edit('xl/sharedStrings.xml', (x) => x.replace('</sst>', '<si><t>a</t><rPh sb="0" eb="1"><t>b</t></rPh></si></sst>'))],
    ['a date typed as ISO text', edit(sheetName, (x) => x.replace('</sheetData>', '<row r="900"><c r="A900" t="d"><v>2024-01-01</v></c></row></sheetData>'))],
    ['a carriage return', edit(sheetName, (x) => x.replace('</sheetData>', '<row r="900"><c r="A900" t="str"><f>"a"</f><v>a\r\nb</v></c></row></sheetData>'))],
    ['a prefixed element', edit(sheetName, (x) => x.replace('</sheetData>', '<row r="900"><x:c r="A900"><v>1</v></x:c></row></sheetData>'))],
  ];
  for (const [what, bytes] of cases) {
    const { fast } = await both(bytes);
    expect({ what, refused: 'fallback' in fast }).toEqual({ what, refused: true });
  }
  // Whatever it does read of these variations, it reads as exceljs does.
  expect(await refusedOrSame(edit(sheetName, (x) => x), 'unchanged')).toBe('same');
});

const soffice = (() => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
})();

(soffice ? test : test.skip)('a workbook LibreOffice wrote (the example through .ods and back) is read as exceljs reads it', async () => {
  const work = mkdtempSync(join(dir, 'lo-'));
  const profile = `file://${join(work, 'profile')}`;
  copyFileSync(EXAMPLE, join(work, 'vi-du.xlsx'));
  const run = (to: string, file: string) => execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', to, '--outdir', join(work, to), join(work, file)], { stdio: 'ignore', timeout: 120_000 });
  run('ods', 'vi-du.xlsx');
  copyFileSync(join(work, 'ods', 'vi-du.ods'), join(work, 'vi-du.ods'));
  run('xlsx', 'vi-du.ods');
  const path = join(work, 'xlsx', 'vi-du.xlsx');
  expect(existsSync(path)).toBe(true);
  // LibreOffice writes the same shapes (shared strings, styles, merges): read, not refused.
  expect(await refusedOrSame(readFileSync(path), 'LibreOffice')).toBe('same');
});
