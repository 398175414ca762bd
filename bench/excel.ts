// npm run bench (Excel part): how many syncs a read takes and how many bytes each carries, against the fake
// Excel that enforces Office's 5 MB payload limit, with the host's default 4 MB budget. Printed, not asserted.
import { ExcelHost } from '../src/excel/excel-host';
import { estimateReadBytes } from '../src/excel/limits';
import { fakeBookFrom, fakeExcel } from '../test/helpers/fake-excel';
import { workbook } from './synthetic';

async function main() {
  for (const cells of [10_000, 100_000, 1_000_000]) {
    const sheets = workbook(cells);
    const book = fakeBookFrom(sheets);
    const { run, state } = fakeExcel(book);
    const host = new ExcelHost('vi', run, true);
    const start = performance.now();
    await host.readSheets('all');
    const ms = performance.now() - start;
    const estimated = sheets.reduce((n, s) => n + estimateReadBytes(s.cells.length, Math.max(...s.cells.map((r) => r.length))), 0);
    const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`;
    const data = state.log.filter((l) => l.responseBytes > 10_000);
    console.log(
      `Excel read, ${cells.toLocaleString('en')} cells in ${sheets.length} sheets: ${state.syncs} syncs ` +
        `(estimated ${kb(estimated)} in all, ${kb(estimated / Math.max(1, data.length))} per data sync; ` +
        `measured per data sync ${kb(Math.min(...data.map((l) => l.responseBytes)))} to ${kb(Math.max(...data.map((l) => l.responseBytes)))}, limit 5120 KB), ` +
        `longest synchronous step ${Math.max(...state.steps).toFixed(0)} ms, ${ms.toFixed(0)} ms in all with the fake`,
    );
  }
}

void main();
