// What the checking steps share: how figures are written back, and a note-level finding.
import type { Finding } from '../findings';
import type { Exact } from '../numbers/exact';
import type { Table } from '../table/types';
import type { Rule } from '../rules/types';

export type Fmt = (v: Exact, decimals: number, percent: boolean) => string;

export function info(table: Table, cell: string, message: string): Finding {
  return { sheet: table.sheet, cell, rule: 'input', severity: 'info', stated: '', expected: '', cells: [cell], message, fix: null, table: table.id };
}


export interface TableCheck {
  table: Table;
  rules: Rule[];
}
