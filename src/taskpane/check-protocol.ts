// Messages between the pane and the worker that runs the check.
import type { CheckResult, Lang, Paragraph, ScanResult, SheetInput, TableDocument, Template } from '../core';
import type { TemplateTask, TemplateTaskResult } from './template-tasks';

export type ToWorker =
  | { type: 'check'; id: number; sheets: SheetInput[]; lang: Lang; template?: Template }
  | { type: 'template'; id: number; lang: Lang; task: TemplateTask }
  | { type: 'scan'; id: number; paragraphs: Paragraph[]; lang: Lang; sheets?: SheetInput[] }
  | { type: 'documents'; id: number; sheets: SheetInput[]; lang: Lang; template?: Template };

export type FromWorker =
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'result'; id: number; result: CheckResult }
  | { type: 'scanned'; id: number; result: ScanResult }
  | { type: 'documents'; id: number; result: TableDocument[] }
  | { type: 'templated'; id: number; result: TemplateTaskResult }
  | { type: 'error'; id: number; message: string };
