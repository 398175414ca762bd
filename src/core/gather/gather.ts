// The roll-up itself: each district's workbook matched to the template and checked, its figures read at the
// template's cells, summed exactly, and shares, differences and ratios recomputed from the sums (never averaged).
import { a1, parseA1 } from '../address';
import { interpretCell, numericValue } from '../cell-value';
import { checkWorkbook } from '../check';
import { Exact, exactInt, HUNDRED, roundHalfUp, ZERO } from '../numbers/exact';
import { columnDecimals } from '../roll/formulas';
import type { ShareBase } from '../rules/types';
import { cellAt } from '../sheet';
import { periodlessHeader } from '../table/periods';
import { labelKeyOf as labelKey } from '../template/label-keys';
import { alignKeys, Template, TemplateColumn, TemplateTable } from '../template';
import { gatheredSheets, sheetNamesFor } from './layout';
import { DistrictChecker, districtChecker } from './quick';
import type { Contribution, DistrictReading, DistrictStatus, DistrictWorkbook, GatheredTable, GatherNote, GatherOptions, GatherResult, ReadableDistrict, UnreadFile } from './types';


const bodyRows = (t: TemplateTable) => t.rows.filter((r) => r.kind !== 'connector');
const valueColumns = (t: TemplateTable) => t.columns.filter((c) => c.role === 'value');
const push = <K, V>(m: Map<K, V[]>, k: K, v: V) => {
  const list = m.get(k);
  if (list) {
    if (!list.includes(v)) list.push(v);
  } else m.set(k, [v]);
};

/** One district's workbook matched to the template and checked: what it adds to the gathering, and what was noticed.
 *  It depends on nothing but the template and the workbook, so hosts may read districts in any order, or in parallel.
 *  `checker`: one made for this template (districtChecker) and kept across districts, so that workbooks laid out
 *  alike are not each checked from scratch; the reading is the same with or without it. */
export function readDistrict(template: Template, d: DistrictWorkbook, checker?: DistrictChecker): DistrictReading {
  const out: Contribution = { figures: new Map(), caveats: new Map(), bases: new Map() };
  const status: DistrictReading = { tables: [], errors: 0, warnings: 0, notes: [], contribution: out };
  const check = checker ? checker.check(d.sheets) : checkWorkbook(d.sheets, { template });
  const note = (n: Omit<GatherNote, 'district' | 'file'>) => status.notes.push({ district: d.name, file: d.file, ...n });
  for (const t of template.tables) {
    const applied = check.applied?.find((a) => a.template.id === t.id);
    const caveats = new Map<string, string[]>();
    out.caveats.set(t.id, caveats);
    if (!applied) {
      note({ severity: 'warning', table: t.id, message: `${d.name}: không tìm thấy bảng "${t.title ?? t.id}" trong tệp — bảng này không có số của ${d.name}` });
      for (const r of bodyRows(t)) for (const c of valueColumns(t)) push(caveats, `${c.column}${r.row}`, `${d.name} không có bảng này`);
      continue;
    }
    status.tables.push(t.id);
    const table = applied.table;
    const sheet = d.sheets.find((s) => s.name === table.sheet)!;
    const where = (row: number, col: number) => `${table.sheet}!${a1(row, col)}`;
    // The same alignment applyTemplate made: rows by label, columns by header with periods masked.
    const rowPairs = alignKeys(t.rows.map((r) => labelKey(r.label)), table.rows.map((r) => labelKey(r.label)));
    const rowAt = new Map(rowPairs.map(([i, j]) => [t.rows[i].row, table.rows[j].row]));
    const colPairs = alignKeys(t.columns.map((c) => periodlessHeader(c.header)), table.columns.map((c) => periodlessHeader(c.header)));
    const colAt = new Map(colPairs.map(([i, j]) => [t.columns[i].column, table.columns[j].col]));
    const templateRow = new Map([...rowAt].map(([tr, sr]) => [sr, tr]));
    const templateCol = new Map([...colAt].map(([tc, sc]) => [sc, tc]));
    const toTemplate = (cell: string) => {
      const p = parseA1(cell);
      const r = p && templateRow.get(p.row);
      const c = p && templateCol.get(p.col);
      return r !== undefined && c !== undefined ? `${c}${r}` : undefined;
    };
    const labelCol = table.columns.find((c) => c.role.kind === 'label')?.col ?? table.range.left;

    for (const diff of applied.differences) {
      if (diff.kind === 'missing-row') {
        const at = diff.before !== undefined ? where(diff.before, labelCol) : undefined;
        note({ severity: 'warning', table: t.id, at, message: `${d.name} thiếu dòng "${diff.label}"${at ? ` (trước ô ${at})` : ''} — dòng này của tỉnh không có số của ${d.name}` });
        const tr = t.rows.find((r) => labelKey(r.label) === labelKey(diff.label));
        if (tr) for (const c of valueColumns(t)) push(caveats, `${c.column}${tr.row}`, `ở ${d.name} thiếu dòng ${diff.label}`);
      } else if (diff.kind === 'extra-row') {
        note({ severity: 'warning', table: t.id, at: where(diff.row, labelCol), message: `${d.name} có dòng "${diff.label}" ở ô ${where(diff.row, labelCol)} mà mẫu không có — không cộng dòng này` });
      } else if (diff.kind === 'missing-column') {
        note({ severity: 'warning', table: t.id, message: `${d.name} thiếu cột "${diff.header}" — cột này của tỉnh không có số của ${d.name}` });
        const tc = t.columns.find((c) => periodlessHeader(c.header) === periodlessHeader(diff.header));
        if (tc) for (const r of bodyRows(t)) push(caveats, `${tc.column}${r.row}`, `ở ${d.name} thiếu cột ${diff.header}`);
      } else {
        note({ severity: 'warning', table: t.id, at: where(table.headerBottom, diff.col), message: `${d.name} có cột "${diff.header}" ở ô ${where(table.headerBottom, diff.col)} mà mẫu không có — không cộng cột này` });
      }
    }

    const figures = new Map<string, Exact>();
    out.figures.set(t.id, figures);
    let asText = 0;
    let firstText = '';
    for (const c of valueColumns(t)) {
      const col = colAt.get(c.column);
      if (col === undefined) continue;
      for (const r of bodyRows(t)) {
        const row = rowAt.get(r.row);
        if (row === undefined) continue;
        const raw = cellAt(sheet, row, col);
        const v = interpretCell(raw, { expectInteger: true });
        const n = numericValue(v);
        const cell = `${c.column}${r.row}`;
        if (n !== undefined) {
          figures.set(cell, n);
          if (v.kind === 'number' && v.source === 'text' && typeof raw?.value === 'string') {
            asText++;
            firstText ||= where(row, col);
          }
        } else if (v.kind !== 'blank') {
          const text = typeof raw?.value === 'string' ? raw.value : String(raw?.value ?? '');
          note({ severity: 'warning', table: t.id, at: where(row, col), cell, message: `${d.name}: ô ${where(row, col)} ghi "${text}", không phải số — không cộng` });
          push(caveats, cell, `ở ${d.name} ô ${where(row, col)} không phải số`);
        }
      }
    }
    // Figures typed as text are summed as read (the check reads "1.234" as 1234); the note says where to retype them.
    if (asText) note({ severity: 'info', table: t.id, at: firstText, message: `${d.name}: ${asText} ô số liệu gõ dạng chữ (đầu tiên ${firstText}) — đã đọc và cộng như số` });

    for (const f of check.findings) {
      if (f.table !== t.id || f.sheet !== table.sheet || f.rule === 'template') continue;
      if (f.severity === 'error') status.errors++;
      else if (f.severity === 'warning') status.warnings++;
      else continue;
      if (f.severity !== 'error') continue;
      note({ severity: 'error', table: t.id, at: `${f.sheet}!${f.cell}`, cell: toTemplate(f.cell), message: `${d.name}, ô ${f.sheet}!${f.cell}: ${f.message}` });
      // The cell the check would correct carries the error; without one, every cell of the failing rule may.
      const blamed = f.fix ? [f.fix.cell] : [f.cell, ...f.cells.map((k) => k.replace(/^.*!/, ''))];
      for (const c of new Set(blamed)) {
        const at = toTemplate(c);
        if (at) push(caveats, at, `${d.name} có lỗi ở ô ${f.sheet}!${f.cell}`);
      }
    }

    const chosen = new Map<string, ShareBase>();
    for (const { table: checkedTable, rules } of check.checked) {
      if (checkedTable !== table) continue;
      for (const rule of rules) {
        if (rule.kind !== 'share' || rule.baseKind === 'self') continue;
        const col = templateCol.get(parseA1(rule.share.replace(/^.*!/, ''))!.col);
        if (col && !chosen.has(col)) chosen.set(col, rule.baseKind);
      }
    }
    out.bases.set(t.id, chosen);
  }
  // Tables the template does not describe are not summed; say so, so that nothing is dropped unseen.
  for (const { table } of check.checked) {
    if (check.applied?.some((a) => a.table === table)) continue;
    status.notes.push({ severity: 'info', district: d.name, file: d.file, at: `${table.sheet}!${a1(table.range.top, table.range.left)}`, message: `${d.name}: bảng ở trang "${table.sheet}"${table.title ? ` (${table.title})` : ''} không khớp bảng nào của mẫu — không cộng` });
  }
  return status;
}

/** The districts' workbooks gathered into the template's tables, with every district's status and every note. */
export function gatherDistricts(template: Template, districts: DistrictWorkbook[], unread: UnreadFile[] = [], options: GatherOptions = {}): GatherResult {
  const checker = districtChecker(template);
  return gatherReadings(template, districts.map((d) => ({ name: d.name, file: d.file, read: () => readDistrict(template, d, checker) })), unread, options);
}

/** The gathering from districts read by `readDistrict` (called only for a district that is not a second file of one
 *  already gathered): the same result as gatherDistricts over their workbooks. */
export function gatherReadings(template: Template, districts: ReadableDistrict[], unread: UnreadFile[] = [], options: GatherOptions = {}): GatherResult {
  const ordered = options.order === 'name' ? [...districts].sort((a, b) => a.name.localeCompare(b.name, 'vi')) : districts;
  const statuses: DistrictStatus[] = [];
  const contributions: { status: DistrictStatus; c: Contribution }[] = [];
  const seen = new Map<string, ReadableDistrict>();
  for (const d of ordered) {
    const status: DistrictStatus = { name: d.name, file: d.file, state: 'ok', included: true, tables: [], errors: 0, warnings: 0, notes: [] };
    statuses.push(status);
    const first = seen.get(labelKey(d.name));
    if (first) {
      status.state = 'duplicate';
      status.included = false;
      status.notes.push({ severity: 'error', district: d.name, file: d.file, message: `Hai tệp cho cùng đơn vị "${d.name}": ${first.file} và ${d.file} — chỉ cộng ${first.file}; hãy bỏ tệp thừa hoặc đặt tên khác rồi tổng hợp lại` });
      continue;
    }
    seen.set(labelKey(d.name), d);
    const reading = d.read();
    const c = reading.contribution;
    status.tables.push(...reading.tables);
    status.errors += reading.errors;
    status.warnings += reading.warnings;
    status.notes.push(...reading.notes);
    if (!status.tables.length) {
      status.state = 'no-table';
      status.included = false;
      status.notes.push({ severity: 'error', district: d.name, file: d.file, message: `${d.name}: tệp ${d.file} không có bảng nào khớp mẫu — không cộng` });
      continue;
    }
    if (status.errors) {
      status.state = options.skipErrors ? 'left-out' : 'errors';
      status.included = !options.skipErrors;
      if (options.skipErrors) status.notes.push({ severity: 'warning', district: d.name, file: d.file, message: `${d.name} bị loại khỏi tổng hợp (--skip-errors) vì có ${status.errors} lỗi; số của tỉnh không gồm ${d.name}` });
    } else if (status.notes.some((n) => n.severity === 'warning')) status.state = 'incomplete';
    if (status.included) contributions.push({ status, c });
  }
  for (const u of unread) {
    statuses.push({ name: u.file.replace(/^.*[\\/]/, ''), file: u.file, state: 'unreadable', included: false, tables: [], errors: 0, warnings: 0, notes: [{ severity: 'error', file: u.file, message: u.message }] });
  }
  const included = contributions.map((x) => x.status.name);
  const leftOut = statuses.filter((s) => !s.included && s.state !== 'duplicate');

  const names = sheetNamesFor(template, options.takenSheets ?? []);
  const tables: GatheredTable[] = template.tables.map((t) => {
    const figures = new Map<string, Exact>();
    const byDistrict = new Map<string, (Exact | undefined)[]>();
    const caveats = new Map<string, string[]>();
    // Each district's figures and caveats of this table looked up once, not once per cell (a hundred districts of
    // thousands of cells); most districts have no caveat at all.
    const own = contributions.map(({ c: k }) => k.figures.get(t.id));
    const why = contributions.map(({ c: k }) => k.caveats.get(t.id)).filter((m): m is Map<string, string[]> => !!m?.size);
    const rows = bodyRows(t);
    for (const c of valueColumns(t)) {
      for (const r of rows) {
        const cell = `${c.column}${r.row}`;
        const each = own.map((m) => m?.get(cell));
        byDistrict.set(cell, each);
        if (each.some((v) => v !== undefined)) figures.set(cell, sum(each));
        for (const m of why) for (const text of m.get(cell) ?? []) push(caveats, cell, text);
        for (const s of leftOut) if (s.state === 'left-out') push(caveats, cell, `${s.name} bị loại vì có lỗi`);
      }
    }
    recompute(t, figures, contributions.map(({ c: k }) => k.bases.get(t.id)), caveats);
    return { template: t, sheet: names.table.get(t.id)!, figures, byDistrict, caveats };
  });

  const notes = statuses.flatMap((s) => s.notes);
  const gathered = { ...template, tables: template.tables.map((t) => ({ ...t, sheet: names.table.get(t.id)! })) };
  const result: GatherResult = { districts: statuses, included, tables, notes, sheets: [], template: gathered };
  result.sheets = gatheredSheets(result, names);
  return result;
}

/** The exact sum of the districts' figures: whole numbers added as integers (the usual case, and the same value). */
function sum(values: (Exact | undefined)[]): Exact {
  let whole = 0n;
  for (const v of values) {
    if (v === undefined) continue;
    if (v.d !== 1n) return values.reduce<Exact>((s, x) => (x ? s.add(x) : s), ZERO);
    whole += v.s < 0n ? -v.n : v.n;
  }
  return exactInt(whole);
}

/** The share's base for a row of the gathered table, as inference reads bases (rules/infer). */
function baseCell(t: TemplateTable, c: TemplateColumn, row: number, kind: ShareBase): string | undefined {
  const of = c.of!;
  const self = `${of}${row}`;
  switch (kind) {
    case 'parent': {
      const parent = t.rows.find((r) => r.row === row)?.parent ?? (row === t.totalRow ? undefined : t.totalRow);
      return parent === undefined ? (row === t.totalRow ? self : undefined) : `${of}${parent}`;
    }
    case 'total':
      return t.totalRow === undefined ? undefined : `${of}${t.totalRow}`;
    case 'row-total': {
      const g = t.columnGroups.find((x) => x.parts.includes(of));
      return g ? `${g.parent}${row}` : undefined;
    }
    default:
      return undefined;
  }
}

/** Decimals a computed column is written with: its format, else what the kind of figure usually has. */
export function decimalsFor(c: TemplateColumn): number {
  return columnDecimals(c.format, [], c.role === 'difference' && !c.points ? 0 : 2);
}

/** How each computed cell of the gathered table is worked out: the formula the sheet gets is built from this. */
export type Computation = { op: 'share'; part: string; base: string; decimals: number } | { op: 'difference' | 'ratio'; current: string; previous: string; decimals: number };

export function computations(t: TemplateTable, bases: (Map<string, ShareBase> | undefined)[] = []): Map<string, Computation> {
  const out = new Map<string, Computation>();
  for (const c of t.columns) {
    if (c.role === 'share' && c.of) {
      // The template's base when it fixes one, else the one most districts' checks chose.
      const votes = new Map<ShareBase, number>();
      for (const b of bases) {
        const k = b?.get(c.column);
        if (k) votes.set(k, (votes.get(k) ?? 0) + 1);
      }
      const kind = c.base ?? [...votes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? (t.totalRow !== undefined ? 'total' : 'parent');
      for (const r of bodyRows(t)) {
        const base = baseCell(t, c, r.row, kind);
        if (base) out.set(`${c.column}${r.row}`, { op: 'share', part: `${c.of}${r.row}`, base, decimals: decimalsFor(c) });
      }
    } else if ((c.role === 'difference' || c.role === 'ratio') && c.current && c.previous) {
      for (const r of bodyRows(t)) out.set(`${c.column}${r.row}`, { op: c.role, current: `${c.current}${r.row}`, previous: `${c.previous}${r.row}`, decimals: decimalsFor(c) });
    }
  }
  return out;
}

function recompute(t: TemplateTable, figures: Map<string, Exact>, bases: (Map<string, ShareBase> | undefined)[], caveats: Map<string, string[]>): void {
  const plan = computations(t, bases);
  // Shares first: a difference of shares (points) is taken of the recomputed shares.
  const ordered = [...plan].sort((a, b) => Number(a[1].op !== 'share') - Number(b[1].op !== 'share'));
  for (const [cell, k] of ordered) {
    // A figure computed from a figure that falls short falls short for the same reasons.
    for (const from of k.op === 'share' ? [k.part, k.base] : [k.current, k.previous]) for (const why of caveats.get(from) ?? []) push(caveats, cell, why);
    if (k.op === 'share') {
      const [part, base] = [figures.get(k.part), figures.get(k.base)];
      if (part && base && !base.equals(ZERO)) figures.set(cell, roundHalfUp(part.div(base).mul(HUNDRED), k.decimals));
    } else {
      const [cur, prev] = [figures.get(k.current), figures.get(k.previous)];
      if (!cur || !prev) continue;
      if (k.op === 'difference') figures.set(cell, roundHalfUp(cur.sub(prev), k.decimals));
      else if (!prev.equals(ZERO)) figures.set(cell, roundHalfUp(cur.div(prev).mul(HUNDRED), k.decimals));
    }
  }
}

