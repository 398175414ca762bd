// The gathered workbook written directly as XML against the same layouts written with exceljs (addLayoutSheet +
// writeWorkbook): read back with exceljs, every cell's value, formula, result, number format, font, alignment and
// border, the merges, the column widths, recalculation on opening and the stored templates are the same.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { buildLibraryTable, gatherDistricts, LIBRARY, parseTemplate, SheetLayout, templateToXml } from '../src/core';
import { writeLayoutWorkbook } from '../src/cli/xlsx-fast-write';
import { addLayoutSheet } from '../src/xlsx/layout';
import { readWorkbook } from '../src/xlsx/read';
import { writeWorkbook } from '../src/xlsx/sheet-edits';
import { readStoredTemplate } from '../src/xlsx/template-part';
import { buildDistricts } from '../examples/build-districts';

jest.setTimeout(120_000);
const dir = mkdtempSync(join(tmpdir(), 'soatso-fast-write-'));

async function viaExceljs(layouts: SheetLayout[], xml: string | undefined): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Soát Số';
  for (const l of layouts) addLayoutSheet(wb, l);
  return Buffer.from(await writeWorkbook(wb, xml));
}

/** Everything a reader of the workbook sees, as exceljs reads it. */
async function seen(bytes: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return {
    fullCalcOnLoad: !!wb.calcProperties.fullCalcOnLoad,
    sheets: wb.worksheets.map((ws) => {
      const cells: unknown[] = [];
      ws.eachRow({ includeEmpty: true }, (row) =>
        row.eachCell({ includeEmpty: true }, (c) => {
          cells.push({ at: c.address, type: c.type, value: c.value, numFmt: c.numFmt, font: c.font, alignment: c.alignment, border: c.border, merged: c.isMerged, master: c.master.address });
        }),
      );
      const widths = Array.from({ length: ws.columnCount }, (_, i) => ws.getColumn(i + 1).width);
      return { name: ws.name, cells, merges: (ws.model as { merges?: string[] }).merges, widths };
    }),
  };
}

async function same(layouts: SheetLayout[], xml: string | undefined, what: string): Promise<void> {
  const fast = writeLayoutWorkbook(layouts, xml);
  const slow = await viaExceljs(layouts, xml);
  expect({ what, ...(await seen(fast)) }).toEqual({ what, ...(await seen(slow)) });
  // As the command line and the pane read it back: the same grids, and the same stored templates.
  expect(await readWorkbook(fast)).toStrictEqual(await readWorkbook(slow));
  expect(await readStoredTemplate(fast)).toStrictEqual(await readStoredTemplate(slow));
}

test("the gathered workbook of the generated districts (tables, Theo đơn vị, Ghi chú, template) reads back as exceljs's does", async () => {
  const g = await buildDistricts(join(dir, 'districts'));
  const template = parseTemplate(JSON.parse(readFileSync(g.templatePath, 'utf8')));
  const districts = [];
  for (const d of g.districts) districts.push({ name: d.name, file: d.file, sheets: await readWorkbook(readFileSync(d.file)) });
  const result = gatherDistricts(template, districts);
  expect(result.sheets.length).toBeGreaterThanOrEqual(4);
  await same(result.sheets, templateToXml(result.template), 'gathered');
  await same(result.sheets, undefined, 'gathered, no template');
});

test("the library's tables (formulas with and without results, formats, merged headers) read back as exceljs's do", async () => {
  for (const entry of LIBRARY) {
    const built = buildLibraryTable(entry, entry.kind === 'term' ? { label: '2025 - 2030', kind: 'term', order: 2025 } : { label: '2025', kind: 'year', order: 2025 }, entry.sheet);
    await same([built.layout], undefined, entry.id);
  }
});

test('the odd layout: a cell given twice, text to escape, empty text, a string result, merges over filled cells and over a cell never given', async () => {
  const layout: SheetLayout = {
    name: 'Ghi chú & <lỗi>',
    cells: [
      { cell: 'A1', value: 'Tiêu đề "1" & <2>', bold: true },
      { cell: 'A1', numberFormat: '@' },
      { cell: 'B1', value: ' có dấu cách ', align: 'center', boxed: true },
      { cell: 'C1', value: 'dòng 1\ndòng 2', boxed: true, bold: true },
      { cell: 'D1', value: '' },
      { cell: 'E1', formula: 'A1&"x"', result: 'ax' },
      { cell: 'F1', formula: 'SUM(G1:H1)', result: 0, numberFormat: '#,##0' },
      { cell: 'G1', formula: 'H1', result: '' },
      { cell: 'H1', value: 12.5, numberFormat: '0.00' },
      { cell: 'I1', value: 0.125, numberFormat: '0.00%' },
      { cell: 'J1', value: -3, numberFormat: '#,##0;[Red]-#,##0;"-"' },
      { cell: 'A3', value: 'gộp', boxed: true, bold: true, align: 'left' },
      { cell: 'B3', value: 'bị che', numberFormat: '0.0' },
      { cell: 'A5', align: 'right' },
      { cell: 'K1', value: 1e21 },
    ],
    merges: ['A3:C4', 'E5:F6'],
    widths: [6, 40, 14, 14, 12, 12],
  };
  await same([layout, { ...layout, name: 'Trang 2', merges: [] }], '<templates xmlns="urn:soatso:templates" version="1">{"format":"soatso-template","version":1,"tables":[]}</templates>', 'odd');
});
