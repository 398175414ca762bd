// Applying a template to a workbook: find each template table on a sheet, match its rows by label and its
// columns by header (periods aside), and say which rows and columns are missing or extra.
import { columnIndex, columnName, parseRangeA1 } from '../address';
import { cellAt, mergeOwners, positionKey, SheetInput } from '../sheet';
import { cellText } from '../table/detect';
import { periodlessHeader, periodsIn } from '../table/periods';
import { labelKeyOf as labelKey } from './label-keys';
import type { ColumnRole, Group, Table, TableColumn, TableRow } from '../table/types';
import type { Template, TemplateColumn, TemplateGroup, TemplateTable } from './schema';

export type TemplateDifference =
  /** `before`: the sheet row the missing row would come before, when there is one. */
  | { kind: 'missing-row'; label: string; before?: number }
  /** `unchecked`: labels of the totals whose rules are left out because this row sits among their parts. */
  | { kind: 'extra-row'; row: number; label: string; unchecked: string[] }
  | { kind: 'missing-column'; header: string }
  | { kind: 'extra-column'; col: number; header: string };

export interface AppliedTable {
  template: TemplateTable;
  table: Table;
  differences: TemplateDifference[];
  /** The detected table it replaces, if detection found one. */
  replaces?: string;
  /** The template's rules and footnote cells rewritten to where the rows and columns are on this sheet. */
  rules: string[];
  footnotes?: TemplateTable['footnotes'];
}

export interface AppliedTemplate {
  tables: AppliedTable[];
  /** Template tables found on no sheet. */
  unmatched: TemplateTable[];
}


/** Longest common subsequence of two key lists: the matched index pairs, in order. */
export function alignKeys(a: string[], b: string[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  // The common case, a table as the template knows it: no table of differences to build.
  if (n === m && a.every((k, i) => k === b[i])) return a.map((_, i) => [i, i]);
  const len: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) len[i][j] = a[i] === b[j] ? len[i + 1][j + 1] + 1 : Math.max(len[i + 1][j], len[i][j + 1]);
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if (len[i + 1][j] >= len[i][j + 1]) i++;
    else j++;
  }
  return pairs;
}

const rowsOf = (rows: { label: string; kind?: string }[]) => rows.filter((r) => r.kind !== 'connector');

/** How much of the template's rows a table on the sheet has, 0 to 1. */
function matchScore(t: TemplateTable, table: Table): number {
  const mine = rowsOf(t.rows);
  if (!mine.length) return 0;
  return alignKeys(mine.map((r) => labelKey(r.label)), rowsOf(table.rows).map((r) => labelKey(r.label))).length / mine.length;
}

const ENOUGH = 0.5;

/**
 * Each template table goes to the sheet of the same name when a table there matches it, else to the best
 * matching table on any sheet that has no template table of its own name (a district's workbook may name sheets
 * differently). Tables the template does not cover are left to inference. `workbookSheets`: every sheet of the
 * workbook, when only some are checked.
 */
export function applyTemplate(template: Template, sheets: SheetInput[], detected: Map<string, Table[]>, workbookSheets: string[] = sheets.map((s) => s.name)): AppliedTemplate {
  const taken = new Set<Table>();
  const tables: AppliedTable[] = [];
  const unmatched: TemplateTable[] = [];
  const names = new Set(sheets.map((s) => s.name));
  const best = (t: TemplateTable, pool: Table[]): { table: Table; score: number } | undefined => {
    // Usually the table is where it was when the template was made: take it at once when every row is there.
    const same = pool.find((d) => d.id === t.id && !taken.has(d));
    if (same && matchScore(t, same) === 1) return { table: same, score: 1 };
    let found: { table: Table; score: number } | undefined;
    for (const table of pool) {
      if (taken.has(table)) continue;
      const score = matchScore(t, table);
      if (score >= ENOUGH && (!found || score > found.score)) found = { table, score };
    }
    return found;
  };
  const pending: TemplateTable[] = [];
  for (const t of template.tables) {
    if (!names.has(t.sheet)) {
      // A table of a sheet left out of this check is not looked for; one of a sheet the workbook lacks is looked for elsewhere.
      if (!workbookSheets.includes(t.sheet)) pending.push(t);
      continue;
    }
    const sheet = sheets.find((s) => s.name === t.sheet)!;
    const onSheet = best(t, detected.get(t.sheet) ?? []);
    // Detection can misread a table that has no figures yet (a "Tổng số" line without numbers looks like a
    // header): the template's own place wins when its rows match better there.
    const literal = onSheet?.score === 1 ? undefined : literalTable(t, sheet);
    const literalScore = literal ? matchScore(t, literal) : 0;
    if (onSheet && onSheet.score >= literalScore) {
      taken.add(onSheet.table);
      tables.push(applyTo(t, onSheet.table, onSheet.table.id));
    } else if (literal && literalScore >= ENOUGH) tables.push(applyTo(t, literal, overlapping(literal, detected.get(t.sheet) ?? [])));
    else unmatched.push(t);
  }
  for (const t of pending) {
    const pool = sheets.filter((s) => !template.tables.some((x) => x.sheet === s.name)).flatMap((s) => detected.get(s.name) ?? []);
    const found = best(t, pool)?.table;
    if (!found) {
      unmatched.push(t);
      continue;
    }
    taken.add(found);
    tables.push(applyTo(t, found, found.id));
  }
  return { tables, unmatched };
}

function overlapping(table: Table, pool: Table[]): string | undefined {
  return pool.find((d) => d.range.top <= table.range.bottom && table.range.top <= d.range.bottom)?.id;
}

/** The template's table at the template's own positions, with the labels the sheet has there. */
function literalTable(t: TemplateTable, sheet: SheetInput): Table {
  const range = parseRangeA1(t.range)!;
  const owners = mergeOwners(sheet);
  const labelCol = t.columns.find((c) => c.role === 'label');
  const sttCol = t.columns.find((c) => c.role === 'stt');
  const rows: TableRow[] = [];
  for (let r = t.header.bottom; r <= range.bottom; r++) {
    const label = labelCol ? cellText(cellAt(sheet, r, columnIndex(labelCol.column))) : '';
    if (!label) continue;
    const stt = sttCol ? cellText(cellAt(sheet, r, columnIndex(sttCol.column))) || undefined : undefined;
    rows.push({ row: r, stt, label, level: 0, kind: t.rows.find((x) => x.row === r + 1)?.kind ?? 'data' });
  }
  return {
    id: t.id,
    sheet: sheet.name,
    range,
    title: t.title,
    unit: t.unit,
    source: t.source,
    headerTop: t.header.top - 1,
    headerBottom: t.header.bottom - 1,
    bodyTop: t.header.bottom,
    bodyBottom: range.bottom,
    columns: t.columns.map((c) => {
      // The headers the sheet has at the template's header rows, so a renamed column is still reported.
      const col = columnIndex(c.column);
      const path: string[] = [];
      for (let r = t.header.top - 1; r <= t.header.bottom - 1; r++) {
        const owner = owners.get(positionKey(r, col));
        const text = cellText(owner ? cellAt(sheet, owner.row, owner.col) : cellAt(sheet, r, col));
        if (text && path[path.length - 1] !== text) path.push(text);
      }
      const written = path.length ? path : c.header.split(' / ');
      return { col, path: written, header: written.join(' / '), role: { kind: 'other' } };
    }),
    rows,
    rowGroups: [],
    colGroups: [],
  };
}

function applyTo(t: TemplateTable, found: Table, replaces: string | undefined): AppliedTable {
  const differences: TemplateDifference[] = [];
  const tRows = t.rows;
  const rowPairs = alignKeys(tRows.map((r) => labelKey(r.label)), found.rows.map((r) => labelKey(r.label)));
  const rowMap = new Map<number, number>(rowPairs.map(([i, j]) => [tRows[i].row, found.rows[j].row]));
  const matchedFound = new Set(rowPairs.map(([, j]) => j));
  tRows.forEach((r, i) => {
    if (rowMap.has(r.row) || r.kind === 'connector') return;
    const next = rowPairs.find(([ti]) => ti > i);
    differences.push({ kind: 'missing-row', label: r.label, before: next ? found.rows[next[1]].row : undefined });
  });
  const extraRows = found.rows.filter((r, j) => !matchedFound.has(j) && r.kind !== 'connector');

  const colPairs = alignKeys(t.columns.map((c) => periodlessHeader(c.header)), found.columns.map((c) => periodlessHeader(c.header)));
  const colMap = new Map<string, number>(colPairs.map(([i, j]) => [t.columns[i].column, found.columns[j].col]));
  const matchedCols = new Set(colPairs.map(([, j]) => j));
  for (const c of t.columns) if (!colMap.has(c.column)) differences.push({ kind: 'missing-column', header: c.header });
  const extraCols = found.columns.filter((c, j) => !matchedCols.has(j) && c.role.kind !== 'note' && c.role.kind !== 'other');
  for (const c of extraCols) differences.push({ kind: 'extra-column', col: c.col, header: c.header });

  const columns: TableColumn[] = found.columns.map((c, j) => {
    const pair = colPairs.find(([, fj]) => fj === j);
    return pair ? { ...c, role: roleOf(t.columns[pair[0]], c.header, colMap) } : c;
  });

  const unchecked = new Map<number, string[]>(extraRows.map((r) => [r.row, []]));
  const labelOfRow = (row: number) => found.rows.find((r) => r.row === row)?.label ?? String(row + 1);
  const mapGroup = (g: TemplateGroup, toIndex: (v: number | string) => number | undefined, extras: number[], rowGroup: boolean): Group | undefined => {
    const parent = toIndex(g.parent);
    const parts = g.parts.map(toIndex);
    if (parent === undefined || parts.some((p) => p === undefined)) return undefined;
    const members = [parent, ...(parts as number[])];
    const [lo, hi] = [Math.min(...members), Math.max(...members)];
    const inside = extras.filter((x) => x > lo && x < hi);
    if (inside.length) {
      if (rowGroup) for (const x of inside) unchecked.get(x)?.push(labelOfRow(parent));
      return undefined;
    }
    const nested = g.nested ? { inner: toIndex(g.nested.inner), outer: toIndex(g.nested.outer) } : undefined;
    return {
      parent,
      parts: parts as number[],
      relation: g.relation,
      reading: g.reading ?? 'template',
      nested: nested && nested.inner !== undefined && nested.outer !== undefined ? { inner: nested.inner, outer: nested.outer } : undefined,
      nestedFixed: g.nested ? true : undefined,
    };
  };
  const rowIndex = (v: number | string) => (typeof v === 'number' ? rowMap.get(v) : undefined);
  const colIndex = (v: number | string) => (typeof v === 'string' ? colMap.get(v) : undefined);
  const rowGroups = t.rowGroups.map((g) => mapGroup(g, rowIndex, extraRows.map((r) => r.row), true)).filter((g): g is Group => !!g);
  const colGroups = t.columnGroups.map((g) => mapGroup(g, colIndex, extraCols.map((c) => c.col), false)).filter((g): g is Group => !!g);
  for (const r of extraRows) differences.push({ kind: 'extra-row', row: r.row, label: r.label, unchecked: unchecked.get(r.row)! });

  const kindOf = new Map(tRows.map((r) => [r.row, r]));
  const templateRowAt = new Map([...rowMap].map(([t, sheetRow]) => [sheetRow, t]));
  const rows: TableRow[] = found.rows.map((r) => {
    const tRow = templateRowAt.get(r.row);
    if (tRow === undefined) return { ...r, parent: undefined };
    const source = kindOf.get(tRow)!;
    return { ...r, kind: source.kind ?? 'data', parent: source.parent === undefined ? undefined : rowMap.get(source.parent) };
  });
  const table: Table = {
    ...found,
    id: t.id,
    columns,
    rows,
    rowGroups,
    colGroups,
    totalRow: t.totalRow === undefined ? undefined : rowMap.get(t.totalRow),
  };
  const shift = { rows: found.headerTop - (t.header.top - 1), cols: found.range.left - parseRangeA1(t.range)!.left };
  const move = (text: string) => remapCells(text, rowMap, colMap, shift);
  const footnotes = t.footnotes ? { names: Object.fromEntries(Object.entries(t.footnotes.names).map(([k, v]) => [k, move(v)])), sentences: t.footnotes.sentences } : undefined;
  return { template: t, table, differences, replaces, rules: t.rules.map(move), footnotes };
}

function roleOf(c: TemplateColumn, sheetHeader: string, colMap: Map<string, number>): ColumnRole {
  const idx = (name?: string) => (name ? colMap.get(name) : undefined);
  // Periods come from what the sheet's header says, so a wrong term label on the sheet is still caught.
  const named = periodsIn(sheetHeader);
  const period = named[0] ?? (c.period ? periodsIn(c.period)[0] : undefined);
  switch (c.role) {
    case 'value':
      return { kind: 'value', period, total: !!c.total };
    case 'share':
      return { kind: 'share', of: idx(c.of), period, base: c.base };
    case 'difference':
      return { kind: 'difference', points: !!c.points, current: idx(c.current), previous: idx(c.previous), named: named.length ? named : (c.named ?? []).flatMap(periodsIn) };
    case 'ratio':
      return { kind: 'ratio', current: idx(c.current), previous: idx(c.previous), named: named.length ? named : (c.named ?? []).flatMap(periodsIn) };
    default:
      return { kind: c.role } as ColumnRole;
  }
}

/**
 * Cell addresses in a rule or footnote name ("C5", "F{row}") moved to where the template's rows and columns are
 * on the sheet. Rows the template does not list (header rows, notes) move with the table.
 */
export function remapCells(text: string, rowMap: Map<number, number>, colMap: Map<string, number>, shift: { rows: number; cols: number }): string {
  return text.replace(/\b([A-Z]{1,3})(\d+|\{row\})(?![\w(])/g, (whole, letters: string, row: string) => {
    const col = colMap.get(letters) ?? columnIndex(letters) + shift.cols;
    if (row === '{row}') return `${columnName(col)}{row}`;
    const at = rowMap.get(Number(row)) ?? Number(row) - 1 + shift.rows;
    return `${columnName(col)}${at + 1}`;
  });
}
