// Table templates: a table's structure and rules as versioned JSON (schema in docs/template.md).
import { a1, columnIndex, columnName, parseRangeA1, rangeA1 } from './address';
import type { Finding } from './findings';
import { compileExpression, expandRowTemplate, RuleSyntaxError } from './rules/expression';
import type { Rule } from './rules/types';
import type { SheetInput } from './sheet';
import { periodsIn } from './table/periods';
import type { ColumnRole, Group, Period, Reading, Relation, Table, TableColumn, TableRow } from './table/types';

export const TEMPLATE_FORMAT = 'soatso-template';
export const TEMPLATE_VERSION = 1;

type RoleName = ColumnRole['kind'];

export interface TemplateColumn {
  column: string;
  header: string;
  role: RoleName;
  period?: string;
  total?: boolean;
  of?: string;
  current?: string;
  previous?: string;
  points?: boolean;
  named?: string[];
}

export interface TemplateRow {
  /** 1-based sheet row, as Excel numbers rows. */
  row: number;
  stt?: string;
  label: string;
  kind: TableRow['kind'];
  parent?: number;
}

export interface TemplateGroup {
  parent: number | string;
  parts: (number | string)[];
  relation: Relation;
  reading: Reading;
  nested?: { inner: number; outer: number };
}

export interface TemplateTable {
  id: string;
  sheet: string;
  range: string;
  title?: string;
  unit?: string;
  source?: string;
  header: { top: number; bottom: number };
  totalRow?: number;
  columns: TemplateColumn[];
  rows: TemplateRow[];
  rowGroups: TemplateGroup[];
  columnGroups: TemplateGroup[];
  /** User-written rules: "C5 = C6 + C7 + C8", "F{row} = E{row} / C{row} * 100". */
  rules: string[];
  /** Footnote sentences for the report: names for cells, and sentences with "{name}" and "{pct(a, b, 2)}". */
  footnotes?: { names: Record<string, string>; sentences: string[] };
}

export interface Template {
  format: typeof TEMPLATE_FORMAT;
  version: number;
  tables: TemplateTable[];
}

export class TemplateError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`Mẫu bảng không hợp lệ ở "${field}": ${message}`);
  }
}

const col = (c: number | undefined) => (c === undefined ? undefined : columnName(c));

export function templateFromTables(tables: Table[]): Template {
  return { format: TEMPLATE_FORMAT, version: TEMPLATE_VERSION, tables: tables.map(tableToTemplate) };
}

function tableToTemplate(table: Table): TemplateTable {
  const columns = table.columns.map((c): TemplateColumn => {
    const base: TemplateColumn = { column: columnName(c.col), header: c.header, role: c.role.kind };
    const r = c.role;
    if (r.kind === 'value') return { ...base, period: r.period?.label, total: r.total || undefined };
    if (r.kind === 'share') return { ...base, period: r.period?.label, of: col(r.of) };
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
    rows: table.rows.map((r) => ({ row: r.row + 1, stt: r.stt, label: r.label, kind: r.kind, parent: r.parent === undefined ? undefined : r.parent + 1 })),
    rowGroups: table.rowGroups.map(rowGroup),
    columnGroups: table.colGroups.map((g) => ({ parent: columnName(g.parent), parts: g.parts.map(columnName), relation: g.relation, reading: g.reading })),
    rules: [],
  };
}

const ROLES: RoleName[] = ['stt', 'label', 'unit', 'note', 'other', 'value', 'share', 'difference', 'ratio'];
const RELATIONS: Relation[] = ['sum', 'within', 'each-within'];

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function need<T>(ok: boolean, field: string, message: string, value: T): T {
  if (!ok) throw new TemplateError(field, message);
  return value;
}

/** Validate parsed JSON as a template, naming the first field that is wrong. */
export function parseTemplate(json: unknown): Template {
  need(isObject(json), '(gốc)', 'phải là một đối tượng JSON', null);
  const t = json as Record<string, unknown>;
  need(t.format === TEMPLATE_FORMAT, 'format', `phải là "${TEMPLATE_FORMAT}"`, null);
  need(typeof t.version === 'number', 'version', 'thiếu số phiên bản', null);
  need((t.version as number) <= TEMPLATE_VERSION, 'version', `phiên bản ${t.version} mới hơn phiên bản ${TEMPLATE_VERSION} mà chương trình đọc được; hãy cập nhật Soát Số`, null);
  need((t.version as number) >= 1, 'version', 'phiên bản phải từ 1 trở lên', null);
  need(Array.isArray(t.tables), 'tables', 'phải là một danh sách bảng', null);
  (t.tables as unknown[]).forEach((table, i) => checkTable(table, `tables[${i}]`));
  return json as Template;
}

function checkTable(table: unknown, at: string): void {
  need(isObject(table), at, 'phải là một đối tượng', null);
  const t = table as Record<string, unknown>;
  for (const f of ['id', 'sheet', 'range']) need(typeof t[f] === 'string', `${at}.${f}`, 'phải là chuỗi ký tự', null);
  need(!!parseRangeA1(t.range as string), `${at}.range`, `"${t.range}" không phải vùng ô (ví dụ A3:G20)`, null);
  need(isObject(t.header) && Number.isInteger((t.header as Record<string, unknown>).top) && Number.isInteger((t.header as Record<string, unknown>).bottom), `${at}.header`, 'cần top và bottom là số dòng', null);
  for (const f of ['columns', 'rows', 'rowGroups', 'columnGroups', 'rules']) need(Array.isArray(t[f]), `${at}.${f}`, 'phải là một danh sách', null);
  (t.columns as unknown[]).forEach((c, j) => {
    const where = `${at}.columns[${j}]`;
    need(isObject(c), where, 'phải là một đối tượng', null);
    const column = c as Record<string, unknown>;
    need(typeof column.column === 'string' && /^[A-Z]{1,3}$/.test(column.column), `${where}.column`, 'phải là tên cột (ví dụ C)', null);
    need(ROLES.includes(column.role as RoleName), `${where}.role`, `phải là một trong ${ROLES.join(', ')}`, null);
  });
  (t.rows as unknown[]).forEach((r, j) => {
    need(isObject(r) && Number.isInteger((r as Record<string, unknown>).row), `${at}.rows[${j}].row`, 'phải là số dòng', null);
  });
  for (const f of ['rowGroups', 'columnGroups']) {
    (t[f] as unknown[]).forEach((g, j) => {
      const where = `${at}.${f}[${j}]`;
      need(isObject(g), where, 'phải là một đối tượng', null);
      const group = g as Record<string, unknown>;
      need(RELATIONS.includes(group.relation as Relation), `${where}.relation`, `phải là một trong ${RELATIONS.join(', ')}`, null);
      need(Array.isArray(group.parts) && (group.parts as unknown[]).length > 0, `${where}.parts`, 'phải có ít nhất một phần', null);
    });
  }
  (t.rules as unknown[]).forEach((r, j) => need(typeof r === 'string', `${at}.rules[${j}]`, 'phải là chuỗi quy tắc', null));
  if (t.footnotes !== undefined) {
    const f = t.footnotes as Record<string, unknown>;
    need(isObject(f), `${at}.footnotes`, 'phải là một đối tượng { names, sentences }', null);
    need(isObject(f.names) && Object.values(f.names as object).every((v) => typeof v === 'string' && /^[A-Z]{1,3}\d+$/.test(v)), `${at}.footnotes.names`, 'phải gán mỗi tên với một ô (ví dụ "tong": "C5")', null);
    need(Array.isArray(f.sentences) && (f.sentences as unknown[]).every((x) => typeof x === 'string'), `${at}.footnotes.sentences`, 'phải là danh sách câu', null);
  }
}

function periodOf(label: string | undefined): Period | undefined {
  return label ? periodsIn(label)[0] : undefined;
}

function roleOf(c: TemplateColumn): ColumnRole {
  const idx = (name?: string) => (name ? columnIndex(name) : undefined);
  switch (c.role) {
    case 'value':
      return { kind: 'value', period: periodOf(c.period), total: !!c.total };
    case 'share':
      return { kind: 'share', of: idx(c.of), period: periodOf(c.period) };
    case 'difference':
      return { kind: 'difference', points: !!c.points, current: idx(c.current), previous: idx(c.previous), named: (c.named ?? []).flatMap(periodsIn) };
    case 'ratio':
      return { kind: 'ratio', current: idx(c.current), previous: idx(c.previous), named: (c.named ?? []).flatMap(periodsIn) };
    default:
      return { kind: c.role } as ColumnRole;
  }
}

export function tablesFromTemplate(template: Template, sheet: SheetInput): Table[] {
  return template.tables
    .filter((t) => t.sheet === sheet.name)
    .map((t) => {
      const range = parseRangeA1(t.range)!;
      const columns: TableColumn[] = t.columns.map((c) => ({ col: columnIndex(c.column), path: c.header.split(' / '), header: c.header, role: roleOf(c) }));
      const rows: TableRow[] = t.rows.map((r) => ({ row: r.row - 1, stt: r.stt, label: r.label, level: 0, kind: r.kind ?? 'data', parent: r.parent === undefined ? undefined : r.parent - 1 }));
      const toIndex = (v: number | string) => (typeof v === 'number' ? v - 1 : columnIndex(v));
      const group = (g: TemplateGroup): Group => ({
        parent: toIndex(g.parent),
        parts: g.parts.map(toIndex),
        relation: g.relation,
        reading: g.reading ?? 'template',
        nested: g.nested ? { inner: g.nested.inner - 1, outer: g.nested.outer - 1 } : undefined,
      });
      return {
        id: t.id,
        sheet: t.sheet,
        range,
        title: t.title,
        unit: t.unit,
        source: t.source,
        headerTop: t.header.top - 1,
        headerBottom: t.header.bottom - 1,
        bodyTop: t.header.bottom,
        bodyBottom: range.bottom,
        columns,
        rows,
        rowGroups: t.rowGroups.map(group),
        colGroups: t.columnGroups.map(group),
        totalRow: t.totalRow === undefined ? undefined : t.totalRow - 1,
      };
    });
}

/** The template's user-written rules for a table, "{row}" expanded over its rows; bad rules become findings. */
export function templateRules(template: Template, table: Table, findings: Finding[]): Rule[] {
  const t = template.tables.find((x) => x.id === table.id);
  if (!t) return [];
  const rows = table.rows.filter((r) => r.kind !== 'connector').map((r) => r.row + 1);
  const rules: Rule[] = [];
  t.rules.forEach((text, i) => {
    for (const line of expandRowTemplate(text, rows)) {
      try {
        const expression = compileExpression(line, table.sheet);
        rules.push({ id: `${table.id}#u${i + 1}:${line}`, table: table.id, kind: 'expr', text: line, expression });
      } catch (e) {
        if (!(e instanceof RuleSyntaxError)) throw e;
        const cell = a1(table.headerTop, table.range.left);
        findings.push({ sheet: table.sheet, cell, rule: 'input', severity: 'error', stated: line, expected: '', cells: [cell], message: e.message, fix: null, table: table.id });
        return;
      }
    }
  });
  return rules;
}
