// A template from tables the check has read: structure from detection, share bases from the rules the figures chose.
import { columnName, parseA1, rangeA1, splitKey } from '../address';
import type { TableCheck } from '../checking/shared';
import type { ShareBase } from '../rules/types';
import type { Group, Table } from '../table/types';
import type { AppliedTable } from './apply';
import { Template, TEMPLATE_FORMAT, TEMPLATE_VERSION, TemplateColumn, TemplateGroup, TemplateTable } from './schema';

const col = (c: number | undefined) => (c === undefined ? undefined : columnName(c));

export function templateFromTables(tables: Table[]): Template {
  return { format: TEMPLATE_FORMAT, version: TEMPLATE_VERSION, tables: tables.map((t) => tableToTemplate(t, new Map())) };
}

/**
 * As templateFromTables, with each share column's base fixed to the one the check chose from the figures; tables
 * checked with a template keep its user-written rules and footnotes (at the cells where they are now).
 */
export function templateFromChecked(checked: TableCheck[], applied: AppliedTable[] = []): Template {
  return {
    format: TEMPLATE_FORMAT,
    version: TEMPLATE_VERSION,
    tables: checked.map(({ table, rules }) => {
      const bases = new Map<number, ShareBase>();
      for (const rule of rules) {
        if (rule.kind !== 'share' || rule.baseKind === 'self') continue;
        bases.set(parseA1(splitKey(rule.share).cell)!.col, rule.baseKind);
      }
      const own = applied.find((a) => a.table === table);
      // A ratings group is written nested only when the figures read "xuất sắc" as counted inside "tốt".
      const nestedRead = rules.some((r) => r.kind === 'subset' && r.reading === 'nested');
      const out = tableToTemplate(nestedRead ? table : { ...table, rowGroups: table.rowGroups.map((g) => ({ ...g, nested: undefined })) }, bases);
      return own ? { ...out, rules: own.rules, footnotes: own.footnotes } : out;
    }),
  };
}

function tableToTemplate(table: Table, bases: Map<number, ShareBase>): TemplateTable {
  const columns = table.columns.map((c): TemplateColumn => {
    const base: TemplateColumn = { column: columnName(c.col), header: c.header, role: c.role.kind, format: c.format };
    const r = c.role;
    if (r.kind === 'value') return { ...base, period: r.period?.label, total: r.total || undefined };
    if (r.kind === 'share') return { ...base, period: r.period?.label, of: col(r.of), base: r.base ?? bases.get(c.col) };
    if (r.kind === 'difference' || r.kind === 'ratio') {
      return { ...base, current: col(r.current), previous: col(r.previous), points: r.kind === 'difference' ? r.points : undefined, named: r.named.map((p) => p.label) };
    }
    return base;
  });
  const rowGroup = (g: Group): TemplateGroup => ({
    parent: g.parent + 1,
    parts: g.parts.map((p) => p + 1),
    relation: g.relation,
    reading: g.reading,
    nested: g.nested ? { inner: g.nested.inner + 1, outer: g.nested.outer + 1 } : undefined,
  });
  return {
    id: table.id,
    sheet: table.sheet,
    range: rangeA1(table.range),
    title: table.title,
    unit: table.unit,
    source: table.source,
    header: { top: table.headerTop + 1, bottom: table.headerBottom + 1 },
    totalRow: table.totalRow === undefined ? undefined : table.totalRow + 1,
    columns,
    rows: table.rows.map((r) => ({ row: r.row + 1, stt: r.stt, label: r.label, kind: r.kind, level: r.level, parent: r.parent === undefined ? undefined : r.parent + 1 })),
    rowGroups: table.rowGroups.map(rowGroup),
    columnGroups: table.colGroups.map((g) => ({ parent: columnName(g.parent), parts: g.parts.map(columnName), relation: g.relation, reading: g.reading })),
    rules: [],
  };
}
