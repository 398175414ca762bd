// The bench's child process (bench/gather.ts): one `soatso gather` as the command line runs it — the same modules
// loaded first, nothing else — timed phase by phase, wall and CPU, with the process's peak memory.
import '../src/cli/light-mathjs'; // as the command line starts (src/cli/index.ts, then prewarm.ts)
import { join } from 'node:path';
import { defaultThreads, prewarmFor } from '../src/cli/gather-pool';

export interface Measure {
  phases: Record<string, number>;
  /** CPU time of the process (all threads), by phase and in all: on a busy machine wall time says little. */
  cpu: Record<string, number>;
  cpuTotal: number;
  read: number;
  check: number;
  /** Districts whose check took the short way (core/gather/quick). */
  quick: number;
  inProcess: number;
  maxRss: number;
  threads: string;
}

/** The child: one gather, as the command line runs it, timed phase by phase. */
async function child(dir: string, files: string[], out: string): Promise<void> {
  const start = performance.now();
  // As gather will choose, at its start (the machine's load moves).
  const threads = String(defaultThreads(files.length));
  prewarmFor(['gather', join(dir, 'mau.json'), ...files, '-o', out]);
  const { gather } = await import('../src/cli/gather');
  let last = start;
  const cpuNow = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  let lastCpu = cpuNow();
  const phases: Record<string, number> = {};
  const cpu: Record<string, number> = {};
  let spent = { read: 0, check: 0, quick: 0 };
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
  const m: Measure = { phases, cpu, cpuTotal: cpuNow(), ...spent, inProcess: performance.now() - start, maxRss: process.resourceUsage().maxRSS * 1024, threads };
  process.stdout.write(JSON.stringify(m) + '\n');
}

const [, , dir, out, ...files] = process.argv;
child(dir, files, out).catch((e) => {
  console.error(e);
  process.exit(1);
});
