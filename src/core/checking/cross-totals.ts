// A summary that restates a detail table's totals ("Tổng số đảng viên | 33.590" on "Tổng hợp", the "Cộng" of
// "Số đảng viên" on "Chi tiết"): the same quantity named once as a row and once as a column of a total row.
import { splitKey } from '../address';
import { numericValue } from '../cell-value';
import type { Finding } from '../findings';
import type { Messages } from '../messages';
import type { Exact } from '../numbers/exact';
import type { Values } from '../rules/evaluate';
import type { Key } from '../rules/types';
import { periodsIn, samePeriod } from '../table/periods';
import type { Table } from '../table/types';
import type { Fmt, TableCheck } from './shared';

const ABBREVIATIONS: [RegExp, string][] = [
  [/(?<![\p{L}])tccsđ(?![\p{L}])/gu, 'tổ chức cơ sở đảng'],
  [/(?<![\p{L}])đv(?![\p{L}])/gu, 'đảng viên'],
];

/** What a label counts, as a clerk reads it: "Tổng số đảng viên", "Số đảng viên" and "Số ĐV" count đảng viên. */
export function quantityName(label: string): string {
  let s = label.normalize('NFC').toLowerCase().replace(/\([^)]*\)/g, ' ');
  for (const [from, to] of ABBREVIATIONS) s = s.replace(from, to);
  s = s.replace(/^\s*(tổng số|tổng|số lượng|số)\s+/u, '').replace(/[\s:.,;]+$/u, '');
  return s.replace(/\s+/g, ' ').trim();
}

interface Mention {
  table: Table;
  key: Key;
  value: Exact;
  label: string;
}

/**
 * Each name that occurs once only in a table, with its figure. Only a label that says it counts ("Tổng số …",
 * "Số …") names a quantity: "Trung cấp" in one table and in another are categories of different wholes.
 */
function uniquely(mentions: Map<string, Mention[]>, name: string, m: Mention) {
  if (!/^\s*(tổng số|tổng|số lượng|số)\s/iu.test(m.label)) return;
  if (name.length < 6 || /^(tổng số|tổng cộng|cộng|tổng)$/u.test(name)) return;
  mentions.set(name, [...(mentions.get(name) ?? []), m]);
}

export function crossTotalFindings(checked: TableCheck[], values: Values, keys: Map<string, (row: number, col: number) => Key>, say: Messages, fmt: Fmt): Finding[] {
  const figure = (key: Key) => {
    const v = values.get(key);
    return v ? numericValue(v) : undefined;
  };
  const rowNames = new Map<string, Mention[]>();
  const totalNames = new Map<string, Mention[]>();
  for (const { table } of checked) {
    const keyOf = keys.get(table.sheet)!;
    const counts = table.columns.filter((c) => c.role.kind === 'value');
    // A summary: one column of figures, a quantity per row.
    if (counts.length === 1) {
      for (const row of table.rows) {
        if (row.kind === 'connector' || !row.label) continue;
        const key = keyOf(row.row, counts[0].col);
        const value = figure(key);
        if (value) uniquely(rowNames, quantityName(row.label), { table, key, value, label: row.label });
      }
    }
    if (table.totalRow !== undefined && counts.length >= 2) {
      for (const c of counts) {
        const key = keyOf(table.totalRow, c.col);
        const value = figure(key);
        if (value) uniquely(totalNames, quantityName(c.path.at(-1) ?? ''), { table, key, value, label: c.path.at(-1) ?? '' });
      }
    }
  }
  const out: Finding[] = [];
  for (const [name, rows] of rowNames) {
    const totals = totalNames.get(name);
    if (rows.length !== 1 || totals?.length !== 1) continue;
    const [here] = rows;
    const [there] = totals;
    if (here.table.id === there.table.id || here.value.equals(there.value)) continue;
    // Two tables of different periods may well differ.
    const a = periodsIn(here.table.title ?? '');
    const b = periodsIn(there.table.title ?? '');
    if (a.length && b.length && !a.some((p) => b.some((q) => samePeriod(p, q)))) continue;
    // A summary whose title names one of the detail's units ("… TẠI ĐƠN VỊ BẦU CỬ SỐ 2 - XÃ HÒA AN" beside a table of
    // communes with "Xã Hòa An" among its rows) speaks of that unit, not of the detail's total.
    if (namesAUnitOf(here.table, there.table) || namesAUnitOf(there.table, here.table)) continue;
    const { sheet, cell } = splitKey(here.key);
    const other = splitKey(there.key);
    out.push({
      sheet,
      cell,
      rule: 'cross',
      severity: 'error',
      stated: fmt(here.value, 0, false),
      expected: fmt(there.value, 0, false),
      cells: [cell, `${other.sheet}!${other.cell}`],
      message: say.cross(cell, here.label, fmt(here.value, 0, false), fmt(there.value, 0, false), `${other.sheet}!${other.cell}`),
      fix: null,
      table: here.table.id,
    });
  }
  return out;
}

/** Whether a table's title names one of the units another table's rows are. */
function namesAUnitOf(summary: Table, detail: Table): boolean {
  const title = (summary.title ?? '').normalize('NFC').toLowerCase();
  if (!title) return false;
  return detail.rows.some((r) => {
    const label = (r.label ?? '').normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
    return label.length >= 5 && r.kind !== 'total' && title.includes(label);
  });
}
