// gather's worker threads, started as early as possible: when the command line is asked to gather many files, the
// workers are started before the main thread loads the checker, so that both load at once; readDistrictFiles then
// hands them their work. Nothing here loads the core.
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

/** How a worker is started: the compiled worker script, or (in tests, over the TypeScript sources) code to evaluate. */
export interface WorkerSpec {
  script: string;
  eval?: boolean;
}

/** Below this many files, starting a worker (loading the checker again) costs more than it saves. */
const PARALLEL_FROM = 12;

export function compiledWorker(): WorkerSpec | undefined {
  const script = join(__dirname, 'gather-worker.js');
  return existsSync(script) ? { script } : undefined;
}

/**
 * As many threads as there are cores nothing else is using, at least one. A worker costs its own start (loading the checker again, about
 * a second of CPU) and its own full check of the first district of each structure; on a busy machine (the bench's
 * 2 cores at a load of 5 to 10) a second thread made the gather slower, wall and CPU alike, as the cores it would
 * use were not free. `SOATSO_THREADS` sets the number outright.
 */
export function defaultThreads(files: number, load = loadavg()[0], cores = availableParallelism()): number {
  const asked = Number(process.env.SOATSO_THREADS);
  if (Number.isInteger(asked) && asked >= 1) return Math.min(asked, 16);
  if (files < PARALLEL_FROM) return 1;
  const idle = Math.floor(cores - load + 0.5);
  return Math.max(1, Math.min(idle, cores, 8));
}

interface Pooled {
  worker: Worker;
  dead: boolean;
}
const pool: Pooled[] = [];

/** Started for `soatso gather` with many files, before anything else is loaded; idle workers never keep the process alive. */
export function prewarmFor(argv: string[]): void {
  if (argv[0] !== 'gather') return;
  const spec = compiledWorker();
  // Every argument but the template could be a file: an upper bound; workers not needed are simply never used.
  const threads = defaultThreads(argv.length - 2);
  if (!spec || threads <= 1) return;
  for (let i = 0; i < threads - 1; i++) {
    const entry: Pooled = { worker: new Worker(spec.script), dead: false };
    entry.worker.unref();
    entry.worker.on('error', () => (entry.dead = true));
    entry.worker.on('exit', () => (entry.dead = true));
    pool.push(entry);
  }
}

/** `count` workers of `spec`: those started early first (when `spec` is the compiled worker), then new ones. */
export function takeWorkers(count: number, spec: WorkerSpec, compiled: boolean): Worker[] {
  const out: Worker[] = [];
  while (compiled && out.length < count && pool.length) {
    const entry = pool.shift()!;
    if (entry.dead) continue;
    entry.worker.ref();
    out.push(entry.worker);
  }
  while (out.length < count) out.push(new Worker(spec.script, { eval: spec.eval }));
  return out;
}
