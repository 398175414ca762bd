// npm run bench, gather (issue 13): 100 district workbooks of about 5,000 cells each, written to disk, then gathered
// by the command line's own `gather` in a fresh process — reading (guard and fast reader), matching, checking,
// summing and writing the gathered workbook — end to end, with each phase and the process's peak memory.
// Target: under 5 s on the 2-core machine. The same run with one thread is printed for comparison.
import '../src/cli/light-mathjs'; // as the command line starts
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { checkWorkbook, templateFromChecked } from '../src/core';
import { gather } from '../src/cli/gather';
import { sheet } from '../test/helpers/sheet';
import { table } from './synthetic';

function random(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

const DISTRICTS = 100;

interface Measure {
  phases: Record<string, number>;
  /** CPU time of the process (all threads), by phase and in all: on a busy machine wall time says little. */
  cpu: Record<string, number>;
  cpuTotal: number;
  read: number;
  check: number;
  inProcess: number;
  maxRss: number;
  threads: string;
}

/** The child: one gather, as the command line runs it, timed phase by phase. */
async function child(dir: string, files: string[], out: string): Promise<void> {
  const start = performance.now();
  let last = start;
  const cpuNow = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  let lastCpu = cpuNow();
  const phases: Record<string, number> = {};
  const cpu: Record<string, number> = {};
  let spent = { read: 0, check: 0 };
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (() => true) as typeof process.stdout.write;
  const code = await gather([join(dir, 'mau.json'), ...files, '-o', out], {
    onPhase: (phase, detail) => {
      const now = performance.now();
      phases[phase] = now - last;
      last = now;
      const c = cpuNow();
      cpu[phase] = c - lastCpu;
      lastCpu = c;
      if (detail) spent = detail;
    },
  });
  process.stdout.write = write;
  if (code !== 0) throw new Error(`gather exited with ${code}`);
  const m: Measure = { phases, cpu, cpuTotal: cpuNow(), ...spent, inProcess: performance.now() - start, maxRss: process.resourceUsage().maxRSS * 1024, threads: process.env.SOATSO_THREADS ?? 'default' };
  process.stdout.write(JSON.stringify(m) + '\n');
}

function run(dir: string, files: string[], name: string, env: Record<string, string> = {}): { wall: number; m: Measure } {
  // Other work on the machine slows every figure: say how busy it was.
  console.log(`  (load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores)`);
  const args = [__filename, '--child', dir, join(dir, name), ...files];
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
  console.log(`    wall: read + match + check ${s(p.districts)} (per file, summed over threads: read ${s(m.read)}, match + check ${s(m.check)}), sum ${s(p.sum)}, write ${s(p.write)}`);
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
  print('all cores', run(dir, files, 'TONG-HOP.xlsx'));
  print('one thread', run(dir, files, 'TONG-HOP-1.xlsx', { SOATSO_THREADS: '1' }));
  rmSync(dir, { recursive: true, force: true });
}

if (process.argv[2] === '--child') {
  const [, , , dir, out, ...files] = process.argv;
  child(dir, files, out).catch((e) => {
    console.error(e);
    process.exit(1);
  });
} else main();
