// The same quantity (label path, period) with different values in two tables.
import { splitKey } from '../address';
import { numericValue } from '../cell-value';
import type { Finding } from '../findings';
import type { Messages } from '../messages';
import type { Exact } from '../numbers/exact';
import type { Table, TableRow } from '../table/types';
import type { Values } from '../rules/evaluate';
import type { Key } from '../rules/types';
import { Fmt, TableCheck } from './shared';
import { rowIndex } from '../table/row-index';

const GENERIC = /^(tổng số|tổng cộng|cộng|tổng|toàn tỉnh|toàn huyện|nam|nữ|khác)$/iu;
const GENERIC_LONGEST = 'toàn huyện'.length;

/** What crossFindings reads of a row's label path: see pathOf. */
interface PathOf {
  /** The labels joined by " / ", in lower case. */
  id: string;
  /** How many of the labels are not generic ("Tổng số", "Nam"), and their length joined by spaces (−1 for none). */
  specific: number;
  joined: number;
}

/** The path of a row whose parent is not among the table's rows: one blank label, not generic. */
const UNKNOWN_PARENT: PathOf = { id: '', specific: 1, joined: 0 };

export function crossFindings(checked: TableCheck[], values: Values, keys: Map<string, (row: number, col: number) => Key>, say: Messages, fmt: Fmt): Finding[] {
  // A row's identity is its label path; only labels that occur in two tables can disagree.
  const identities: { table: Table; row: TableRow; id: string }[] = [];
  // The one table a label path was seen in, or null once it is seen in a second: no set per row.
  const tablesOf = new Map<string, string | null>();
  // A parent's label is on the path of each of its rows: whether it is generic is read once per label. Only short
  // labels can be: GENERIC's longest word is 10 characters ("toàn huyện"), so a longer one is not looked up at all.
  const genericMemo = new Map<string, boolean>();
  const generic = (label: string) => {
    if (label.length > GENERIC_LONGEST && label.trim().length > GENERIC_LONGEST) return false;
    let g = genericMemo.get(label);
    if (g === undefined) genericMemo.set(label, (g = GENERIC.test(label.trim())));
    return g;
  };
  // A path two tables share ends in a label both have: the rows whose own label (in lower case) is met in one table
  // only, most rows of most workbooks, make no path, no identity and no lookup of one. The label ends the path only
  // while no label holds a "/" (then " / " joins labels and nothing else); with one that does, every row is read.
  const compared = checked.filter(({ table }) => table.columns.some((c) => c.role.kind === 'value' && c.role.period));
  const lowered: string[][] = [];
  const labelTables = new Map<string, string | null>();
  // The labels (in lower case) met in two tables or more: those labelTables holds null for. Most workbooks have few;
  // with none, and no "/" in any label, no row makes a path, and nothing more is read.
  const shared = new Set<string>();
  let slashed = false;
  for (const { table } of compared) {
    const lowers: string[] = new Array(table.rows.length);
    for (let i = 0; i < table.rows.length; i++) {
      const row = table.rows[i];
      if (row.label.includes('/')) slashed = true;
      if (row.kind === 'connector' || !row.label) continue;
      const lower = (lowers[i] = row.label.toLowerCase());
      const seenIn = labelTables.get(lower);
      if (seenIn === undefined) labelTables.set(lower, table.id);
      else if (seenIn !== null && seenIn !== table.id) {
        labelTables.set(lower, null);
        shared.add(lower);
      }
    }
    lowered.push(lowers);
  }
  if (!slashed && shared.size === 0) return [];
  for (let t = 0; t < compared.length; t++) {
    const { table } = compared[t];
    const lowers = lowered[t];
    const byRow = rowIndex(table.rows);
    // A row's path is its parent's and its own label, and what is read of it is made from the parent's: the path in
    // lower case (each label lowered apart: " / " between them leaves no case context across), how many of its labels
    // are specific and their length joined by spaces. Each made once per row, not a path array joined per row.
    const paths = new Map<number, PathOf>();
    const pathOf = (row: TableRow): PathOf => {
      let path = paths.get(row.row);
      if (path) return path;
      const parent = row.parent === undefined ? undefined : byRow.get(row.parent);
      const above = row.parent === undefined ? undefined : parent ? pathOf(parent) : UNKNOWN_PARENT;
      const own = generic(row.label) ? { specific: 0, joined: 0 } : { specific: 1, joined: row.label.length + 1 };
      const lower = row.label.toLowerCase();
      path = above
        ? { id: `${above.id} / ${lower}`, specific: above.specific + own.specific, joined: above.joined + own.joined }
        : { id: lower, specific: own.specific, joined: -1 + own.joined };
      paths.set(row.row, path);
      return path;
    };
    for (let i = 0; i < table.rows.length; i++) {
      const row = table.rows[i];
      if (row.kind === 'connector' || !row.label) continue;
      if (!slashed && !shared.has(lowers[i])) continue;
      const { id, specific, joined } = pathOf(row);
      if (!specific || joined < 6) continue;
      identities.push({ table, row, id });
      const seenIn = tablesOf.get(id);
      if (seenIn === undefined) tablesOf.set(id, table.id);
      else if (seenIn !== table.id) tablesOf.set(id, null);
    }
  }
  const seen = new Map<string, { key: Key; value: Exact; table: string }>();
  const out: Finding[] = [];
  for (const { table, row, id: rowId } of identities) {
    if (tablesOf.get(rowId) !== null) continue;
    const keyOf = keys.get(table.sheet)!;
    for (const column of table.columns) {
      if (column.role.kind !== 'value' || !column.role.period) continue;
      const key = keyOf(row.row, column.col);
      const v = values.get(key);
      const n = v ? numericValue(v) : undefined;
      if (!n) continue;
      const id = `${rowId}|${column.role.period.label}|${column.path.slice(1).join('/').toLowerCase()}`;
      const first = seen.get(id);
      if (!first) seen.set(id, { key, value: n, table: table.id });
      else if (first.table !== table.id && !first.value.equals(n)) {
        const { sheet, cell } = splitKey(key);
        const other = splitKey(first.key);
        out.push({
          sheet,
          cell,
          rule: 'cross',
          severity: 'error',
          stated: fmt(n, 0, false),
          expected: fmt(first.value, 0, false),
          cells: [cell, `${other.sheet}!${other.cell}`],
          message: say.cross(cell, row.label, fmt(n, 0, false), fmt(first.value, 0, false), `${other.sheet}!${other.cell}`),
          fix: null,
          table: table.id,
        });
      }
    }
  }
  return out;
}
