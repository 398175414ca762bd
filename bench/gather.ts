// npm run bench, gather (issue 13): 100 district workbooks of about 5,000 cells each, written to disk, then read,
// matched, checked, summed and written out as one gathered workbook — end to end, with peak memory. Target: under 5 s.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { checkWorkbook, DistrictWorkbook, gatherDistricts, templateFromChecked, templateToXml } from '../src/core';
import { addLayoutSheet } from '../src/xlsx/layout';
import { readWorkbook } from '../src/xlsx/read';
import { writeWorkbook } from '../src/xlsx/sheet-edits';
import { sheet } from '../test/helpers/sheet';
import { table } from './synthetic';

function random(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

const DISTRICTS = 100;
async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'soatso-bench-gather-'));
  // One table of 1 + 60 × 12 rows and 7 columns (5,047 cells) per district, different figures, same labels.
  const rowsOf = (seed: number) => table(random(seed), 1, 60, 11, 0);
  const template = templateFromChecked(checkWorkbook([sheet('Biểu 1', rowsOf(1))]).checked);
  const files: string[] = [];
  for (let d = 0; d < DISTRICTS; d++) {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Biểu 1');
    for (const r of rowsOf(d + 2)) ws.addRow(r);
    const file = join(dir, `Huyện ${String(d + 1).padStart(3, '0')}.xlsx`);
    await wb.xlsx.writeFile(file);
    files.push(file);
  }
  let peak = 0;
  const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
  const sampler = setInterval(sample, 5);
  global.gc?.();
  const start = process.hrtime.bigint();
  const districts: DistrictWorkbook[] = [];
  for (const file of files) districts.push({ name: file.replace(/^.*[\\/]|\.xlsx$/g, ''), file, sheets: await readWorkbook(readFileSync(file)) });
  const read = Number(process.hrtime.bigint() - start) / 1e6;
  const result = gatherDistricts(template, districts);
  const gathered = Number(process.hrtime.bigint() - start) / 1e6 - read;
  const wb = new ExcelJS.Workbook();
  for (const s of result.sheets) addLayoutSheet(wb, s);
  writeFileSync(join(dir, 'TONG-HOP.xlsx'), await writeWorkbook(wb, templateToXml(result.template)));
  const total = Number(process.hrtime.bigint() - start) / 1e6;
  sample();
  clearInterval(sampler);
  const cells = result.sheets.reduce((n, s) => n + s.cells.length, 0);
  console.log(`Gather ${DISTRICTS} district workbooks of 5,047 cells: ${(total / 1000).toFixed(2)} s end to end (read ${(read / 1000).toFixed(2)} s, match + check + sum ${(gathered / 1000).toFixed(2)} s, write ${((total - read - gathered) / 1000).toFixed(2)} s; ${cells} cells written)`);
  console.log(`  ${result.included.length} districts summed, ${result.notes.length} notes; peak memory (RSS) ${(peak / 2 ** 20).toFixed(0)} MiB`);
  rmSync(dir, { recursive: true, force: true });
}

main();
