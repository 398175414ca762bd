// Table templates as versioned JSON (schema in docs/template.md): the types, and validation that names the wrong field.
import { parseRangeA1 } from '../address';
import type { ShareBase } from '../rules/types';
import type { ColumnRole, Reading, Relation, TableRow } from '../table/types';

export const TEMPLATE_FORMAT = 'soatso-template';
export const TEMPLATE_VERSION = 1;

type RoleName = ColumnRole['kind'];

export interface TemplateColumn {
  column: string;
  header: string;
  role: RoleName;
  /** Excel number format of the column's figures. */
  format?: string;
  period?: string;
  total?: boolean;
  of?: string;
  /** What a share column is a share of, when the template fixes it. */
  base?: ShareBase;
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
  /** Depth in the hierarchy as read from STT and indents; informative (the groups say what adds up). */
  level?: number;
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

const ROLES: RoleName[] = ['stt', 'label', 'unit', 'note', 'other', 'value', 'share', 'difference', 'ratio'];
const RELATIONS: Relation[] = ['sum', 'within', 'each-within'];
const BASES: ShareBase[] = ['parent', 'total', 'row-total', 'fraction', 'marked'];

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
  const ids = (t.tables as { id: string }[]).map((x) => x.id);
  ids.forEach((id, i) => need(ids.indexOf(id) === i, `tables[${i}].id`, `"${id}" trùng với một bảng khác trong mẫu`, null));
  return json as Template;
}

function checkTable(table: unknown, at: string): void {
  need(isObject(table), at, 'phải là một đối tượng', null);
  const t = table as Record<string, unknown>;
  for (const f of ['id', 'sheet', 'range']) need(typeof t[f] === 'string', `${at}.${f}`, 'phải là chuỗi ký tự', null);
  need(!!parseRangeA1(t.range as string), `${at}.range`, `"${t.range}" không phải vùng ô (ví dụ A3:G20)`, null);
  const header = t.header as Record<string, number> | undefined;
  need(isObject(header) && Number.isInteger(header.top) && Number.isInteger(header.bottom) && header.top >= 1 && header.top <= header.bottom, `${at}.header`, 'cần top và bottom là số dòng (top ≤ bottom)', null);
  for (const f of ['columns', 'rows', 'rowGroups', 'columnGroups', 'rules']) need(Array.isArray(t[f]), `${at}.${f}`, 'phải là một danh sách', null);
  (t.columns as unknown[]).forEach((c, j) => {
    const where = `${at}.columns[${j}]`;
    need(isObject(c), where, 'phải là một đối tượng', null);
    const column = c as Record<string, unknown>;
    need(typeof column.column === 'string' && /^[A-Z]{1,3}$/.test(column.column), `${where}.column`, 'phải là tên cột (ví dụ C)', null);
    need(ROLES.includes(column.role as RoleName), `${where}.role`, `phải là một trong ${ROLES.join(', ')}`, null);
    need(typeof column.header === 'string', `${where}.header`, 'phải là chuỗi ký tự (tiêu đề cột)', null);
    need(column.format === undefined || typeof column.format === 'string', `${where}.format`, 'phải là định dạng số của Excel (ví dụ #,##0)', null);
    need(column.base === undefined || BASES.includes(column.base as ShareBase), `${where}.base`, `phải là một trong ${BASES.join(', ')}`, null);
    for (const f of ['of', 'current', 'previous']) {
      need(column[f] === undefined || (typeof column[f] === 'string' && /^[A-Z]{1,3}$/.test(column[f] as string)), `${where}.${f}`, 'phải là tên cột (ví dụ C)', null);
    }
  });
  (t.rows as unknown[]).forEach((r, j) => {
    need(isObject(r) && Number.isInteger((r as Record<string, unknown>).row) && ((r as Record<string, unknown>).row as number) >= 1, `${at}.rows[${j}].row`, 'phải là số dòng (từ 1)', null);
    const row = r as Record<string, unknown>;
    need(typeof row.label === 'string', `${at}.rows[${j}].label`, 'phải là chuỗi ký tự (tên dòng)', null);
    need(row.kind === undefined || ['data', 'total', 'connector', 'average'].includes(row.kind as string), `${at}.rows[${j}].kind`, 'phải là data, total, connector hoặc average', null);
    need(row.level === undefined || Number.isInteger(row.level), `${at}.rows[${j}].level`, 'phải là số nguyên', null);
  });
  const rowNumbers = new Set((t.rows as { row: number }[]).map((r) => r.row));
  for (const f of ['rowGroups', 'columnGroups']) {
    (t[f] as unknown[]).forEach((g, j) => {
      const where = `${at}.${f}[${j}]`;
      need(isObject(g), where, 'phải là một đối tượng', null);
      const group = g as Record<string, unknown>;
      need(RELATIONS.includes(group.relation as Relation), `${where}.relation`, `phải là một trong ${RELATIONS.join(', ')}`, null);
      need(Array.isArray(group.parts) && (group.parts as unknown[]).length > 0, `${where}.parts`, 'phải có ít nhất một phần', null);
      const ok = f === 'rowGroups' ? (v: unknown) => rowNumbers.has(v as number) : (v: unknown) => typeof v === 'string' && /^[A-Z]{1,3}$/.test(v);
      const what = f === 'rowGroups' ? 'một dòng có trong rows' : 'tên cột (ví dụ C)';
      need(ok(group.parent), `${where}.parent`, `phải là ${what}`, null);
      (group.parts as unknown[]).forEach((p, k) => need(ok(p), `${where}.parts[${k}]`, `phải là ${what}`, null));
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

