// What differs between a table and the template applied to it, as findings at the cells concerned.
import { a1 } from '../address';
import type { Finding } from '../findings';
import type { Messages } from '../messages';
import type { AppliedTable } from '../template';
import { info } from './shared';

export function templateFindings(applied: AppliedTable, say: Messages): Finding[] {
  const { table, template } = applied;
  const labelCol = table.columns.find((c) => c.role.kind === 'label')?.col ?? table.range.left;
  const at = (row: number, col: number, message: string): Finding => {
    const cell = a1(row, col);
    return { sheet: table.sheet, cell, rule: 'template', severity: 'warning', stated: '', expected: '', cells: [cell], message, fix: null, table: table.id };
  };
  const out: Finding[] = [info(table, a1(table.headerTop, table.range.left), say.templateApplied(template.id))];
  for (const d of applied.differences) {
    switch (d.kind) {
      case 'missing-row':
        out.push(at(d.before ?? table.bodyBottom, labelCol, say.templateMissingRow(template.id, d.label, d.before === undefined ? undefined : d.before + 1)));
        break;
      case 'extra-row':
        out.push(at(d.row, labelCol, say.templateExtraRow(template.id, d.label, d.unchecked)));
        break;
      case 'missing-column':
        out.push(at(table.headerTop, table.range.left, say.templateMissingColumn(template.id, d.header)));
        break;
      case 'extra-column':
        out.push(at(table.headerBottom, d.col, say.templateExtraColumn(template.id, d.header)));
        break;
    }
  }
  return out;
}
