// Findings about structure rather than arithmetic: readings chosen, blocked rules, wrong term labels.
import { a1, splitKey } from '../address';
import { numericValue } from '../cell-value';
import type { Finding, Fix } from '../findings';
import type { Messages } from '../messages';
import { wrongTermLabels } from '../table/columns';
import { periodSequenceSlip } from '../table/period-sequence';
import { periodMentions, periodsIn, samePeriod } from '../table/periods';
import type { Period, Table, TableColumn } from '../table/types';
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
          : note.kind === 'row-base'
            ? say.rowBase(cell, note.decided)
            : note.kind === 'no-base'
              ? say.noBase(cell)
              : say.reading(cell, note.reading);
    return { ...info(table, cell, message), rule: note.kind === 'share-base' || note.kind === 'row-base' || note.kind === 'no-base' ? 'share' : 'sum' };
  });
}

export function termLabelFindings(table: Table, say: Messages): Finding[] {
  const out: Finding[] = [];
  // One finding per period a label names wrongly, with the label put right when one replacement does it.
  const report = (cell: string, label: string, wrong: Period[], compared: string[]) => {
    const fix = relabel(label, wrong, compared, cell);
    for (const p of wrong) {
      out.push({ sheet: table.sheet, cell, rule: 'term-label', severity: 'error', stated: p.label, expected: compared[1], cells: [cell], message: say.termLabel(cell, p.label, compared), fix, table: table.id });
    }
  };
  const labelCol = table.columns.find((c) => c.role.kind === 'label')?.col;
  for (const c of table.comparisons ?? []) {
    if (!c.relabelled || labelCol === undefined) continue;
    const labelOf = (r: number) => table.rows.find((x) => x.row === r)?.label ?? '';
    const compared = [periodsIn(labelOf(c.current))[0], periodsIn(labelOf(c.previous))[0]];
    const wrong = c.named.filter((p) => !compared.some((q) => q && samePeriod(p, q)));
    // The row's label as written, with its numbering.
    if (wrong.length) report(a1(c.row, labelCol), labelOf(c.row), wrong, compared.map((p) => p?.label ?? ''));
  }
  const slip = labelCol !== undefined ? periodSequenceSlip(table.rows) : undefined;
  if (slip) {
    const cell = a1(slip.row, labelCol!);
    const label = table.rows.find((r) => r.row === slip.row)!.label;
    const text = label.slice(0, slip.at.start) + slip.expected + label.slice(slip.at.end);
    out.push({ sheet: table.sheet, cell, rule: 'term-label', severity: 'error', stated: slip.stated, expected: slip.expected, cells: [cell], message: say.periodRepeated(cell, slip.stated, slip.expected), fix: { cell, value: text, text, why: 'label' }, table: table.id });
  }
  for (const column of table.columns) {
    const wrong = wrongTermLabels(table.columns, column);
    if (!wrong.length) continue;
    const role = column.role as Extract<TableColumn['role'], { current?: number }>;
    const compared = [role.current!, role.previous!].map((c) => {
      const r = table.columns.find((x) => x.col === c)!.role;
      return r.kind === 'value' || r.kind === 'share' ? r.period?.label ?? '' : '';
    });
    report(a1(table.headerTop, column.col), column.path[0] ?? '', wrong, compared);
  }
  return out;
}

/**
 * The header as it should read: the one period it names wrongly replaced by the one compared period it does not
 * name ("so với năm 2022" over 2024 − 2023 → "so với năm 2023"). Two wrong periods, or none left to put, is no fix.
 */
function relabel(header: string, wrong: Period[], compared: string[], cell: string): Fix | null {
  if (wrong.length !== 1) return null;
  const mentions = periodMentions(header);
  const at = mentions.filter((m) => samePeriod(m.period, wrong[0]));
  let missing = compared.filter((label) => label && !mentions.some((m) => m.period.label === label));
  // "so với nhiệm kỳ 2010 - 2015", "So sánh với năm 2022": a period named alone after "với" is the earlier one.
  if (missing.length === 2 && mentions.length === 1 && /với[^\d]*$/iu.test(header.slice(0, at[0]?.start ?? 0))) missing = [compared[1]];
  if (at.length !== 1 || missing.length !== 1) return null;
  const text = header.slice(0, at[0].start) + missing[0] + header.slice(at[0].end);
  return { cell, value: text, text, why: 'label' };
}