// npm run bench, gather (issue 13): 100 district workbooks of about 5,000 cells each, written to disk, then gathered
// by the command line's own `gather` in a fresh process (gather-child.ts) — reading (guard and fast reader), matching, checking,
// summing and writing the gathered workbook — end to end, with each phase and the process's peak memory.
// Target: under 5 s on the 2-core machine. The same run with one thread and with two is printed for comparison.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { checkWorkbook, templateFromChecked } from '../src/core';
import { sheet } from '../test/helpers/sheet';
import type { Measure } from './gather-child';
import { table } from './synthetic';

function random(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

const DISTRICTS = 100;

function run(dir: string, files: string[], name: string, env: Record<string, string> = {}): { wall: number; m: Measure } {
  // Other work on the machine slows every figure: say how busy it was.
  console.log(`  (load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores)`);
  // The child loads only what the command line loads for gather.
  const args = [join(__dirname, 'gather-child.js'), dir, join(dir, name), ...files];
  const start = performance.now();
  const r = spawnSync(process.execPath, args, { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 26 });
  const wall = performance.now() - start;
  if (r.status !== 0) throw new Error(`bench child failed: ${r.stderr}`);
  return { wall, m: JSON.parse(r.stdout.trim().split('\n').pop()!) as Measure };
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function print(label: string, { wall, m }: { wall: number; m: Measure }): void {
  const p = m.phases;
  const c = m.cpu;
  console.log(`  ${label}: ${s(wall)} end to end (process start to exit), ${s(m.inProcess)} in gather; peak memory (RSS) ${(m.maxRss / 2 ** 20).toFixed(0)} MiB`);
  console.log(`    wall: read + match + check ${s(p.districts)} (per file, summed over threads: read ${s(m.read)}, match + check ${s(m.check)}; ${m.quick} of ${DISTRICTS} checked the short way), sum ${s(p.sum)}, write ${s(p.write)}`);
  console.log(`    CPU (all threads): ${s(m.cpuTotal)} in all, of which start ${s(m.cpuTotal - Object.values(c).reduce((a, b) => a + b, 0))}, read + match + check ${s(c.districts)}, sum ${s(c.sum)}, write ${s(c.write)}`);
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'soatso-bench-gather-'));
  // One table of 1 + 60 × 12 rows and 7 columns (5,047 cells) per district, different figures, same labels.
  const rowsOf = (seed: number) => table(random(seed), 1, 60, 11, 0);
  const template = templateFromChecked(checkWorkbook([sheet('Biểu 1', rowsOf(1))]).checked);
  writeFileSync(join(dir, 'mau.json'), JSON.stringify(template));
  const files: string[] = [];
  for (let d = 0; d < DISTRICTS; d++) {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Biểu 1');
    for (const r of rowsOf(d + 2)) ws.addRow(r);
    const file = join(dir, `Huyện ${String(d + 1).padStart(3, '0')}.xlsx`);
    await wb.xlsx.writeFile(file);
    files.push(file);
  }
  console.log(`Gather ${DISTRICTS} district workbooks of 5,047 cells (soatso gather, in a fresh process; target under 5 s):`);
  const chosen = run(dir, files, 'TONG-HOP.xlsx');
  print(`default (${chosen.m.threads} thread${chosen.m.threads === '1' ? '' : 's'}: the idle cores)`, chosen);
  print('one thread', run(dir, files, 'TONG-HOP-1.xlsx', { SOATSO_THREADS: '1' }));
  print('two threads', run(dir, files, 'TONG-HOP-2.xlsx', { SOATSO_THREADS: '2' }));
  rmSync(dir, { recursive: true, force: true });
}

main();
