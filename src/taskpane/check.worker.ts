// Runs the check off the pane's thread, so the pane stays responsive and a long check can be cancelled.
import { checkWorkbook } from '../core';
import type { FromWorker, ToWorker } from './check-protocol';

const post = (message: FromWorker) => (self as unknown as { postMessage(m: FromWorker): void }).postMessage(message);

self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const { id, sheets, lang } = event.data;
  try {
    const { tables, findings, summary } = checkWorkbook(sheets, { lang, onProgress: (done, total) => post({ type: 'progress', id, done, total }) });
    post({ type: 'result', id, result: { tables, findings, summary } });
  } catch (e) {
    post({ type: 'error', id, message: (e as Error).message });
  }
});
