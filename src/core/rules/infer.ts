// Turning a table's structure into explicit rules, choosing readings (share base, nesting) from the figures.
import { cellKey } from '../address';
import type { Group, Reading, Table, TableColumn } from '../table/types';
import { evaluateRule, Values } from './evaluate';
import type { Key, Rule, ShareBase } from './types';

export type Note =
  | { kind: 'share-base'; cell: Key; base: ShareBase; explained: number; rows: number }
  | { kind: 'nesting'; cell: Key; nested: boolean }
  | { kind: 'reading'; cell: Key; reading: Reading; parts: number };

export interface Inferred {
  rules: Rule[];
  notes: Note[];
}

/** Rows a share column's base is chosen on. */
const SAMPLE = 40;

type RuleBody = Rule extends infer R ? (R extends Rule ? Omit<R, 'id' | 'table'> : never) : never;

export function inferRules(table: Table, values: Values, keyOf: (row: number, col: number) => Key = (r, c) => cellKey(table.sheet, r, c)): Inferred {
  const rules: Rule[] = [];
  const notes: Note[] = [];
  const key = keyOf;
  const add = (body: RuleBody) => rules.push({ ...body, id: `${table.id}#${rules.length + 1}`, table: table.id } as Rule);
  const cols = (kind: TableColumn['role']['kind']) => table.columns.filter((c) => c.role.kind === kind);
  const additive = [...cols('value'), ...table.columns.filter((c) => c.role.kind === 'difference' && !c.role.points)];
  const rows = table.rows.filter((r) => r.kind !== 'connector');
  const rowOf = new Map(rows.map((r) => [r.row, r]));

  const groupRules = (group: Group, col: number, nested: boolean, at: (line: number, c: number) => Key) => {
    const parts = nested && group.nested ? group.parts.filter((p) => p !== group.nested!.inner) : group.parts;
    const total = at(group.parent, col);
    const partKeys = parts.map((p) => at(p, col));
    if (group.relation === 'sum') add({ kind: 'sum', total, parts: partKeys, reading: group.reading });
    else if (group.relation === 'within') add({ kind: 'subset', parent: total, parts: partKeys, reading: group.reading });
    else for (const p of partKeys) add({ kind: 'subset', parent: total, parts: [p], reading: group.reading });
    if (nested && group.nested) {
      add({ kind: 'subset', parent: at(group.nested.outer, col), parts: [at(group.nested.inner, col)], reading: 'nested' });
    }
  };

  const nestedGroups = new Map<Group, boolean>();
  for (const group of table.rowGroups) {
    let nested = false;
    if (group.nested) {
      // Read "xuất sắc" as counted inside "tốt" unless the figures add up with it counted apart.
      const disjointHolds = additive.some((c) => {
        const outcome = evaluateRule({ id: '', table: '', kind: 'sum', total: key(group.parent, c.col), parts: group.parts.map((p) => key(p, c.col)), reading: group.reading }, values);
        return outcome.status === 'ok';
      });
      nested = group.nestedFixed || !disjointHolds;
      notes.push({ kind: 'nesting', cell: key(group.nested.inner, table.columns.find((c) => c.role.kind === 'label')?.col ?? table.range.left), nested });
    }
    nestedGroups.set(group, nested);
    for (const c of additive) groupRules(group, c.col, nested, key);
    if (group.reading !== 'stt' && group.reading !== 'total-row' && group.reading !== 'gom') {
      const labelCol = table.columns.find((c) => c.role.kind === 'label')?.col ?? table.range.left;
      notes.push({ kind: 'reading', cell: key(group.parent, labelCol), reading: group.reading, parts: group.parts.length });
    }
  }

  for (const group of table.colGroups) {
    for (const r of rows) groupRules(group, r.row, false, (col, row) => key(row, col));
  }

  for (const shareCol of cols('share')) {
    const role = shareCol.role;
    if (role.kind !== 'share' || role.of === undefined) continue;
    const of = role.of;
    const rowTotalCol = table.colGroups.find((g) => g.parts.includes(of))?.parent;
    const baseFor = (row: number, base: ShareBase): { base: Key; baseKind: ShareBase } | undefined => {
      const self = { base: key(row, of), baseKind: 'self' as const };
      switch (base) {
        case 'parent': {
          const parent = rowOf.get(row)?.parent ?? (row === table.totalRow ? undefined : table.totalRow);
          if (parent === undefined) return row === table.totalRow ? self : undefined;
          return { base: key(parent, of), baseKind: 'parent' };
        }
        case 'total':
          if (table.totalRow === undefined) return undefined;
          return row === table.totalRow ? self : { base: key(table.totalRow, of), baseKind: 'total' };
        case 'row-total':
          return rowTotalCol === undefined ? undefined : { base: key(row, rowTotalCol), baseKind: 'row-total' };
        case 'fraction':
          return values.get(key(row, of))?.kind === 'fraction' ? { base: key(row, of), baseKind: 'fraction' } : undefined;
        default:
          return undefined;
      }
    };
    const candidates: ShareBase[] = role.base ? [role.base] : ['fraction', 'parent', 'total', 'row-total'];
    // Which base explains most rows is decided on the first SAMPLE rows with figures; long tables repeat their pattern.
    let best: { base: ShareBase; explained: number; rows: number } | undefined;
    for (const candidate of candidates) {
      let explained = 0;
      let tried = 0;
      for (const r of rows) {
        if (tried >= SAMPLE) break;
        const b = baseFor(r.row, candidate);
        if (!b) continue;
        const outcome = evaluateRule({ kind: 'share', share: key(r.row, shareCol.col), part: key(r.row, of), ...b, id: '', table: '' }, values);
        if (outcome.status === 'skip') continue;
        tried++;
        if (outcome.status === 'ok' || outcome.severity === 'warning') explained++;
      }
      if (tried && (!best || explained > best.explained)) best = { base: candidate, explained, rows: tried };
    }
    if (best) {
      for (const r of rows) {
        const b = baseFor(r.row, best.base);
        if (b) add({ kind: 'share', share: key(r.row, shareCol.col), part: key(r.row, of), ...b });
      }
    }
    if (!best) continue;
    notes.push({ kind: 'share-base', cell: key(table.headerBottom, shareCol.col), base: best.base, explained: best.explained, rows: best.rows });
    if (best.base === 'parent' || best.base === 'total') {
      for (const group of table.rowGroups) {
        if (group.relation !== 'sum') continue;
        const parts = nestedGroups.get(group) && group.nested ? group.parts.filter((p) => p !== group.nested!.inner) : group.parts;
        // Shares of the parent sum to 100 %; shares of the table total sum to the parent's own share.
        const total = best.base === 'total' ? key(group.parent, shareCol.col) : undefined;
        add({ kind: 'share-total', total, shares: parts.map((p) => key(p, shareCol.col)) });
      }
    }
  }

  for (const c of table.columns) {
    const role = c.role;
    if ((role.kind !== 'difference' && role.kind !== 'ratio') || role.current === undefined || role.previous === undefined) continue;
    for (const r of rows) {
      const cells = { current: key(r.row, role.current), previous: key(r.row, role.previous) };
      if (role.kind === 'ratio') add({ kind: 'ratio', ratio: key(r.row, c.col), ...cells });
      else if (role.points) add({ kind: 'points', diff: key(r.row, c.col), ...cells });
      else add({ kind: 'difference', diff: key(r.row, c.col), ...cells });
    }
  }
  return { rules, notes };
}
