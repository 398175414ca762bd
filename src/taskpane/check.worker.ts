// Runs the check off the pane's thread, so the pane stays responsive and a long check can be cancelled.
import { checkWorkbook, scanParagraphs, tableFigures } from '../core';
import { tableDocuments } from './table-documents';
import type { FromWorker, ToWorker } from './check-protocol';
import { runTemplateTask } from './template-tasks';

const post = (message: FromWorker) => (self as unknown as { postMessage(m: FromWorker): void }).postMessage(message);

self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  const { id, lang } = message;
  try {
    if (message.type === 'scan') {
      // With a workbook alongside, prose figures are compared with its checked tables' labelled cells.
      const tables = message.sheets ? tableFigures(message.sheets, checkWorkbook(message.sheets, { lang }).checked.map((c) => c.table)) : undefined;
      post({ type: 'scanned', id, result: scanParagraphs(message.paragraphs, { lang, tables }) });
      return;
    }
    if (message.type === 'documents') {
      // Each checked table as the report will show it, with its status from the same check.
      post({ type: 'documents', id, result: tableDocuments(message.sheets, lang, message.template) });
      return;
    }
    if (message.type === 'template') {
      post({ type: 'templated', id, result: runTemplateTask(message.task) });
      return;
    }
    const sheets = message.sheets;
    // With the workbook's stored templates applied, tables they cover are checked by their rules.
    const { tables, findings, summary } = checkWorkbook(sheets, { lang, template: message.template, onProgress: (done, total) => post({ type: 'progress', id, done, total }) });
    post({ type: 'result', id, result: { tables, findings, summary } });
  } catch (e) {
    post({ type: 'error', id, message: (e as Error).message });
  }
});
