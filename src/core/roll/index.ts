// Rolling a workbook forward: a plan per sheet, and the templates that go with the rolled tables.
import type { WorkbookCheck } from '../check';
import { Messages } from '../messages';
import type { SheetInput } from '../sheet';
import { mergeTemplates, Template, templateFromChecked } from '../template';
import type { Period } from '../table/types';
import { planSheetRoll, SheetRoll } from './plan';
import { rollTemplateTable } from './template';

export { parseTargets, periodMap, renamePeriods } from './periods';
export type { PeriodMap } from './periods';
export { planSheetRoll } from './plan';
export type { RolledTable, SheetRoll, HeaderChange } from './plan';
export type { RollEdit } from './edits';
export { editedSheet } from './edits';
export { rollTemplateTable, rolledSheetName } from './template';
export { shiftFormula, sumFormula, columnDecimals } from './formulas';

export interface WorkbookRoll {
  sheets: SheetRoll[];
  /** The templates for the next period: the workbook's own (stored or inferred) with rolled tables renamed. */
  template: Template;
}

/**
 * Plan the roll of every sheet checked in `check` (checked with the workbook's stored templates, if any, whose
 * user rules and footnotes are kept). `stored` tables the check did not meet are kept as they are. `sheetName`
 * renames the sheet a rolled template table belongs to (the pane puts the rolled copy on a new sheet).
 */
export function planWorkbookRoll(sheets: SheetInput[], check: WorkbookCheck, targets: Period[], say: Messages, stored?: Template, sheetName: (sheet: string) => string = (s) => s): WorkbookRoll {
  const plans = sheets.filter((s) => check.checked.some((c) => c.table.sheet === s.name)).map((s) => planSheetRoll(s, check.checked, check.findings, targets, say));
  const current = templateFromChecked(check.checked, check.applied);
  const tables = check.checked.map(({ table }, i) => {
    const own = current.tables[i];
    const rolled = plans.flatMap((p) => p.tables).find((t) => t.id === table.id);
    return rolled?.status === 'rolled' ? rollTemplateTable(own, rolled.map, sheetName(table.sheet)) : own;
  });
  return { sheets: plans, template: mergeTemplates(stored, tables) };
}
