// A worker thread of `gather`: takes the next file from the counter it shares with the other threads, reads and
// checks it, and sends back what became of it, until no file is left.
import './light-mathjs'; // first: before the core loads mathjs
import { parentPort, workerData } from 'node:worker_threads';
import type { Template } from '../core';
import { packOutcome, readDistrictFile } from './gather-read';

const { template, files, from, counter } = workerData as { template: Template; files: string[]; from: string; counter: SharedArrayBuffer };
const next = new Int32Array(counter);

(async () => {
  for (let i = Atomics.add(next, 0, 1); i < files.length; i = Atomics.add(next, 0, 1)) {
    parentPort!.postMessage({ i, outcome: packOutcome(await readDistrictFile(template, files[i], from)) });
  }
  parentPort!.postMessage({ done: true });
})().catch((e: Error) => parentPort!.postMessage({ error: e.stack ?? String(e) }));
