// Starts and cancels checks in a worker; reports progress.
import type { CheckResult, Lang, SheetInput } from '../core';
import type { FromWorker } from './check-protocol';

export class Cancelled extends Error {}

export class CheckRunner {
  private worker?: Worker;
  private next = 0;
  private reject?: (e: Error) => void;

  constructor(private readonly workerUrl: string) {}

  run(sheets: SheetInput[], lang: Lang, onProgress: (fraction: number) => void): Promise<CheckResult> {
    this.cancel();
    const worker = (this.worker = new Worker(this.workerUrl));
    const id = ++this.next;
    return new Promise<CheckResult>((resolve, reject) => {
      this.reject = reject;
      worker.onmessage = (event: MessageEvent<FromWorker>) => {
        const m = event.data;
        if (m.id !== id) return;
        if (m.type === 'progress') onProgress(m.total ? m.done / m.total : 0);
        else {
          this.reject = undefined;
          if (m.type === 'result') resolve(m.result);
          else reject(new Error(m.message));
        }
      };
      worker.onerror = (e) => reject(new Error(e.message || 'worker error'));
      worker.postMessage({ type: 'check', id, sheets, lang });
    });
  }

  /** Stops a running check at once: the worker is discarded. */
  cancel(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.reject?.(new Cancelled());
    this.reject = undefined;
  }
}
