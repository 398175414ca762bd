// Starts and cancels checks in a worker; reports progress.
import type { CheckResult, Lang, Paragraph, ScanResult, SheetInput, TableDocument, Template } from '../core';
import type { TemplateTask, TemplateTaskResult } from './template-tasks';
import type { ToWorker } from './check-protocol';
import type { FromWorker } from './check-protocol';

export class Cancelled extends Error {}

export class CheckRunner {
  private worker?: Worker;
  private next = 0;
  private reject?: (e: Error) => void;

  constructor(private readonly workerUrl: string) {}

  run(sheets: SheetInput[], lang: Lang, onProgress: (fraction: number) => void, template?: Template): Promise<CheckResult> {
    const id = ++this.next;
    return this.send<CheckResult>({ type: 'check', id, sheets, lang, template }, onProgress);
  }

  template(task: TemplateTask): Promise<TemplateTaskResult> {
    const id = ++this.next;
    return this.send<TemplateTaskResult>({ type: 'template', id, lang: task.lang, task }, () => undefined);
  }

  scan(paragraphs: Paragraph[], lang: Lang, sheets?: SheetInput[]): Promise<ScanResult> {
    const id = ++this.next;
    return this.send<ScanResult>({ type: 'scan', id, paragraphs, lang, sheets }, () => undefined);
  }

  documents(sheets: SheetInput[], lang: Lang, template?: Template): Promise<TableDocument[]> {
    const id = ++this.next;
    return this.send<TableDocument[]>({ type: 'documents', id, sheets, lang, template }, () => undefined);
  }

  private send<T>(message: ToWorker, onProgress: (fraction: number) => void): Promise<T> {
    this.cancel();
    const worker = (this.worker = new Worker(this.workerUrl));
    const id = message.id;
    return new Promise<T>((resolve, reject) => {
      this.reject = reject;
      worker.onmessage = (event: MessageEvent<FromWorker>) => {
        const m = event.data;
        if (m.id !== id) return;
        if (m.type === 'progress') onProgress(m.total ? m.done / m.total : 0);
        else {
          this.reject = undefined;
          if (m.type === 'result' || m.type === 'scanned' || m.type === 'documents' || m.type === 'templated') resolve(m.result as T);
          else reject(new Error(m.message));
        }
      };
      worker.onerror = (e) => reject(new Error(e.message || 'worker error'));
      worker.postMessage(message);
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
