// A worker thread of `gather`: given its work, takes the next file from the counter it shares with the other threads, reads and
// checks it, and sends back what became of it, until no file is left.
import './light-mathjs'; // first: before the core loads mathjs
import { parentPort } from 'node:worker_threads';
import type { Template } from '../core';
import { packOutcome, readDistrictFile } from './gather-read';

interface Work {
  template: Template;
  files: string[];
  from: string;
  counter: SharedArrayBuffer;
}

// The work comes as the first message: a worker may be started before the template is even read.
parentPort!.once('message', ({ template, files, from, counter }: Work) => {
  const next = new Int32Array(counter);
  (async () => {
    for (let i = Atomics.add(next, 0, 1); i < files.length; i = Atomics.add(next, 0, 1)) {
      parentPort!.postMessage({ i, outcome: packOutcome(await readDistrictFile(template, files[i], from)) });
    }
    parentPort!.postMessage({ done: true });
  })().catch((e: Error) => parentPort!.postMessage({ error: e.stack ?? String(e) }));
});
