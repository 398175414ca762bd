// Messages between the pane and the worker that runs the check.
import type { CheckResult, Lang, SheetInput } from '../core';

export type ToWorker = { type: 'check'; id: number; sheets: SheetInput[]; lang: Lang };

export type FromWorker =
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'result'; id: number; result: CheckResult }
  | { type: 'error'; id: number; message: string };
