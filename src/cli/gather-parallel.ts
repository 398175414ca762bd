// Reading the districts' files for `gather` on every core: the main thread and worker threads take files in turn
// from a shared counter, so a slow file does not hold the others up; the outcomes come back in the files' order,
// the same as reading them one by one (which is what happens for a few files, or where no worker can be started).
import type { Template } from '../core';
import { compiledWorker, defaultThreads, takeWorkers, WorkerSpec } from './gather-pool';
import { FileOutcome, readDistrictFile, unpackOutcome, PackedOutcome } from './gather-read';

export type { WorkerSpec };

export async function readDistrictFiles(template: Template, files: string[], from: string, options: { threads?: number; worker?: WorkerSpec } = {}): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = new Array(files.length);
  const threads = Math.min(options.threads ?? defaultThreads(files.length), files.length);
  const compiled = options.worker === undefined;
  const spec = options.worker ?? compiledWorker();
  if (threads <= 1 || !spec) {
    for (let i = 0; i < files.length; i++) outcomes[i] = await readDistrictFile(template, files[i], from);
    return outcomes;
  }
  const counter = new SharedArrayBuffer(4);
  const next = new Int32Array(counter);
  const workers = takeWorkers(threads - 1, spec, compiled);
  for (const w of workers) w.postMessage({ template, files, from, counter });
  const finished = workers.map(
    (w) =>
      new Promise<void>((resolve, reject) => {
        w.on('message', (m: { i: number; outcome: PackedOutcome } | { done: true } | { error: string }) => {
          if ('error' in m) reject(new Error(m.error));
          else if ('done' in m) resolve();
          else outcomes[m.i] = unpackOutcome(m.outcome);
        });
        w.on('error', reject);
        w.on('exit', (code) => reject(new Error(`gather worker stopped (exit code ${code})`)));
      }),
  );
  // Settled here too, so that a worker failing while the main thread reads is not an unhandled rejection.
  const all = Promise.all(finished);
  all.catch(() => undefined);
  try {
    for (let i = Atomics.add(next, 0, 1); i < files.length; i = Atomics.add(next, 0, 1)) outcomes[i] = await readDistrictFile(template, files[i], from);
    await all;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return outcomes;
}
