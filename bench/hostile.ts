// Time and peak memory of the command line on each hostile file (npm run hostile): every case runs in its own
// process, which reports its peak RSS as it exits, so one case's memory does not hide in another's.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXAMPLE, hostileFiles } from '../test/helpers/hostile';

const CLI = join(__dirname, '..', 'src', 'cli', 'index.js');
// VmHWM, not getrusage's maxRSS: Linux carries maxRSS over from the forking parent (this script, holding the
// hostile files in memory) across exec, while VmHWM belongs to the new process's own memory.
const PROBE = `const {main}=require(${JSON.stringify(CLI)});main(process.argv.slice(1)).then(c=>{process.stderr.write('\\nRSS '+/VmHWM:\\s+(\\d+)/.exec(require('fs').readFileSync('/proc/self/status','utf8'))[1]+'\\n');process.exitCode=c})`;

async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'soatso-hostile-bench-'));
  try {
    // The first two rows are what every run pays anyway: starting Node with the CLI's modules, and a real workbook.
    const cases = [{ name: 'baseline: help', args: ['help'] }, { name: 'baseline: the example workbook', args: ['check', EXAMPLE] }, ...(await hostileFiles(dir))];
    console.log('| case | exit | time (s) | peak RSS (MiB) | message |');
    console.log('|---|---|---|---|---|');
    for (const c of cases) {
      const started = process.hrtime.bigint();
      const r = spawnSync(process.execPath, ['-e', PROBE, ...c.args], { encoding: 'utf8', timeout: 120_000 });
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const rss = Number(/RSS (\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024;
      const message = r.stderr.replace(/\nRSS \d+\n/, '').trim().split('\n')[0].replace(dir + '/', '').slice(0, 110);
      console.log(`| ${c.name} | ${r.status} | ${seconds.toFixed(2)} | ${rss.toFixed(0)} | ${message.replace(/\|/g, '\\|')} |`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

run();
