// Messages between the pane and the worker that runs the check.
import type { CheckResult, Lang, Paragraph, ScanResult, SheetInput } from '../core';

export type ToWorker =
  | { type: 'check'; id: number; sheets: SheetInput[]; lang: Lang }
  | { type: 'scan'; id: number; paragraphs: Paragraph[]; lang: Lang; sheets?: SheetInput[] };

export type FromWorker =
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'result'; id: number; result: CheckResult }
  | { type: 'scanned'; id: number; result: ScanResult }
  | { type: 'error'; id: number; message: string };
