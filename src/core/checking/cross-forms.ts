// Identities between the official forms (forms.md): the members at the end of the period are Biểu 1 row D,
// Biểu 3 row I and Biểu 5's "Cộng" of "Tổng số đảng viên"; the members admitted are Biểu 2 row I and Biểu 1
// row B.1 "Kết nạp". Declared as data: a row (by its STT and words) and, where needed, a column.
import { a1 } from '../address';
import { numericValue } from '../cell-value';
import type { Finding } from '../findings';
import type { Messages } from '../messages';
import type { Exact } from '../numbers/exact';
import type { Values } from '../rules/evaluate';
import type { Key } from '../rules/types';
import type { Table, TableColumn, TableRow } from '../table/types';
import type { Fmt, TableCheck } from './shared';
import { CURRENT_WORDS as CURRENT, PREVIOUS_WORDS as PREVIOUS } from '../table/columns';

interface Anchor {
  stt?: RegExp;
  row: RegExp;
  /** The row's parent's STT ("B" for "1. Kết nạp"). */
  parentStt?: RegExp;
  /** The value column, when the form has several quantities side by side. */
  column?: RegExp;
}

const IDENTITIES: { name: string; anchors: Anchor[] }[] = [
  {
    name: 'Đảng viên cuối kỳ báo cáo',
    anchors: [
      { stt: /^D\.?$/, row: /cuối kỳ/iu },
      { stt: /^I\.?$/, row: /đảng viên trong danh sách có đến cuối kỳ/iu },
      { row: /^cộng(?![\p{L}])/iu, column: /tổng số đảng viên/iu },
    ],
  },
  {
    name: 'Đảng viên mới kết nạp',
    anchors: [
      { stt: /^I\.?$/, row: /tổng số đảng viên mới kết nạp/iu },
      { row: /^kết nạp(\s+đảng viên)?$/iu, parentStt: /^B\.?$/ },
    ],
  },
];


/** The columns of a table by period slot: "current" (Kỳ này, or the only count column) and "previous". */
function slots(table: Table, column?: RegExp): Map<'current' | 'previous', TableColumn> {
  const values = table.columns.filter((c) => c.role.kind === 'value' && (!column || column.test(c.header)));
  const out = new Map<'current' | 'previous', TableColumn>();
  const previous = values.find((c) => PREVIOUS.test(c.header));
  const current = values.find((c) => CURRENT.test(c.header) && !PREVIOUS.test(c.header)) ?? (values.length === 1 ? values[0] : previous ? values.find((c) => c !== previous) : undefined);
  if (current) out.set('current', current);
  if (previous) out.set('previous', previous);
  return out;
}

export function crossFormFindings(checked: TableCheck[], values: Values, keys: Map<string, (row: number, col: number) => Key>, say: Messages, fmt: Fmt): Finding[] {
  const out: Finding[] = [];
  // A table's rows by sheet row, made once per table and only when an anchor asks for a row's parent (few rows
  // match an anchor at all), not for every table and identity.
  const rowMaps = new Map<Table, Map<number, TableRow>>();
  const byRowOf = (table: Table) => {
    let byRow = rowMaps.get(table);
    if (!byRow) rowMaps.set(table, (byRow = new Map(table.rows.map((r) => [r.row, r]))));
    return byRow;
  };
  for (const identity of IDENTITIES) {
    const found = new Map<'current' | 'previous', { table: Table; row: TableRow; col: number; value: Exact }[]>();
    for (const { table } of checked) {
      for (const anchor of identity.anchors) {
        // The STT first: an anchor that names one ("D", "I") is met by a row or two of a table, and its label
        // patterns are the ones searched through the whole label. Every test here is free of side effects.
        const row = table.rows.find(
          (r) =>
            r.kind !== 'connector' &&
            (!anchor.stt || anchor.stt.test(r.stt ?? '')) &&
            anchor.row.test(r.label.trim()) &&
            (!anchor.parentStt || anchor.parentStt.test(byRowOf(table).get(r.parent ?? -1)?.stt ?? '')),
        );
        if (!row) continue;
        for (const [slot, column] of slots(table, anchor.column)) {
          const v = values.get(keys.get(table.sheet)!(row.row, column.col));
          const n = v ? numericValue(v) : undefined;
          if (n) found.set(slot, [...(found.get(slot) ?? []), { table, row, col: column.col, value: n }]);
        }
        break;
      }
    }
    for (const list of found.values()) {
      const [first, ...rest] = list;
      for (const other of rest) {
        if (other.table.id === first.table.id || other.value.equals(first.value)) continue;
        // The difference is reported on both cells, each naming the other and its value.
        for (const [here, there] of [
          [other, first],
          [first, other],
        ]) {
          const cell = a1(here.row.row, here.col);
          const at = `${there.table.sheet}!${a1(there.row.row, there.col)}`;
          out.push({
            sheet: here.table.sheet,
            cell,
            rule: 'cross',
            severity: 'error',
            stated: fmt(here.value, 0, false),
            expected: fmt(there.value, 0, false),
            cells: [cell, at],
            message: say.cross(cell, identity.name, fmt(here.value, 0, false), fmt(there.value, 0, false), at),
            fix: null,
            table: here.table.id,
          });
        }
      }
    }
  }
  return out;
}
