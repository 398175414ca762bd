// Findings about structure rather than arithmetic: readings chosen, blocked rules, wrong term labels.
import { a1, splitKey } from '../address';
import { numericValue } from '../cell-value';
import type { Finding } from '../findings';
import type { Messages } from '../messages';
import { wrongTermLabels } from '../table/columns';
import type { Table, TableColumn } from '../table/types';
import type { Values } from '../rules/evaluate';
import type { Note } from '../rules/infer';
import type { Key } from '../rules/types';
import { cellsOf } from '../rules/types';
import { info, TableCheck } from './shared';

/** For each cell, the first checked table with a rule on it: built once per check, not searched for per blocked cell. */
const TABLE_OF = new WeakMap<TableCheck[], { rules: number; tables: Map<Key, Table> }>();
function firstTableOf(checked: TableCheck[]): Map<Key, Table> {
  let rules = 0;
  for (const c of checked) rules += c.rules.length;
  let index = TABLE_OF.get(checked);
  if (!index || index.rules !== rules) {
    const tables = new Map<Key, Table>();
    for (const c of checked) for (const r of c.rules) for (const k of cellsOf(r)) if (!tables.has(k)) tables.set(k, c.table);
    TABLE_OF.set(checked, (index = { rules, tables }));
  }
  return index.tables;
}

export function blockerFinding(key: Key, values: Values, checked: TableCheck[], say: Messages): Finding[] {
  const v = values.get(key);
  const { sheet, cell } = splitKey(key);
  const table = firstTableOf(checked).get(key);
  const base = { sheet, cell, rule: 'input' as const, severity: 'info' as const, stated: '', expected: '', cells: [cell], fix: null, table: table?.id };
  if (!v || v.kind === 'blank') return [{ ...base, message: say.blank(cell) }];
  const n = numericValue(v);
  if (n && n.equals(0)) return [{ ...base, stated: '0', message: say.zeroBase(cell) }];
  return [];
}

export function notesToFindings(notes: Note[], table: Table, say: Messages): Finding[] {
  return notes.map((note) => {
    const { cell } = splitKey(note.cell);
    const message =
      note.kind === 'share-base'
        ? say.shareBase(cell, note.base, note.explained, note.rows)
        : note.kind === 'nesting'
          ? say.nesting(cell, note.nested)
          : say.reading(cell, note.reading);
    return { ...info(table, cell, message), rule: note.kind === 'share-base' ? 'share' : 'sum' };
  });
}

export function termLabelFindings(table: Table, say: Messages): Finding[] {
  const out: Finding[] = [];
  for (const column of table.columns) {
    const wrong = wrongTermLabels(table.columns, column);
    if (!wrong.length) continue;
    const role = column.role as Extract<TableColumn['role'], { current?: number }>;
    const compared = [role.current!, role.previous!].map((c) => {
      const r = table.columns.find((x) => x.col === c)!.role;
      return r.kind === 'value' || r.kind === 'share' ? r.period?.label ?? '' : '';
    });
    const cell = a1(table.headerTop, column.col);
    for (const p of wrong) {
      out.push({
        sheet: table.sheet,
        cell,
        rule: 'term-label',
        severity: 'error',
        stated: p.label,
        expected: compared[1],
        cells: [cell],
        message: say.termLabel(cell, p.label, compared),
        fix: null,
        table: table.id,
      });
    }
  }
  return out;
}

