// Rolling a sheet's tables forward to the next term or year, as a list of cell edits a host applies to a copy:
// the current period's figures move into the previous period's columns, the new period's inputs are emptied,
// headers and term labels are renamed, and totals, differences, ratios and shares become formulas over the
// new columns. The layout stays where it is, so nothing outside the tables moves.
import { a1, parseA1 } from '../address';
import type { TableCheck } from '../checking/shared';
import type { Finding } from '../findings';
import type { Messages } from '../messages';
import { cellAt, mergeOwners, positionKey, SheetInput } from '../sheet';
import { cellText } from '../table/detect';
import { periodlessHeader, periodMentions, periodsIn } from '../table/periods';
import type { Period, Table, TableColumn } from '../table/types';
import { columnDecimals, differenceFormula, ratioFormula, shareFormula, shiftFormula, sumFormula } from './formulas';
import { PeriodMap, periodMap, renamePeriods } from './periods';
import { Computed, fillResults } from './results';
import type { EditBody, RollEdit } from './edits';


export interface HeaderChange {
  cell: string;
  before: string;
  after: string;
}

export type RolledTable = { id: string; title?: string } & (
  | { status: 'rolled'; from: string[]; to: string[]; map: PeriodMap; headers: HeaderChange[]; cleared: string[]; formulas: string[]; notes: string[] }
  | { status: 'unchanged'; reason: string }
);

export interface SheetRoll {
  sheet: string;
  edits: RollEdit[];
  tables: RolledTable[];
}

const periodOf = (c: TableColumn | undefined): Period | undefined => (c && (c.role.kind === 'value' || c.role.kind === 'share') ? c.role.period : undefined);

export function planSheetRoll(sheet: SheetInput, checks: TableCheck[], findings: Finding[], targets: Period[], say: Messages): SheetRoll {
  const edits = new Map<string, RollEdit>();
  const computed = new Map<string, Computed>();
  const tables = checks
    .filter((c) => c.table.sheet === sheet.name)
    .sort((a, b) => a.table.range.top - b.table.range.top)
    .map((check, i, all) => planTable(sheet, check, all[i - 1]?.table, findings.filter((f) => f.sheet === sheet.name && f.severity === 'error'), targets, say, edits, computed));
  fillResults(sheet, edits, computed);
  return { sheet: sheet.name, edits: [...edits.values()], tables };
}

function planTable(sheet: SheetInput, { table, rules }: TableCheck, above: Table | undefined, errors: Finding[], targets: Period[], say: Messages, edits: Map<string, RollEdit>, computed: Map<string, Computed>): RolledTable {
  const head = { id: table.id, title: table.title };
  const figureColumns = table.columns.filter((c) => c.role.kind === 'value' || c.role.kind === 'share');
  // The first target whose kind the table's columns (or, for a one-period table, its title) use.
  let chosen: { target: Period; periods: Period[]; titleOnly: boolean } | undefined;
  for (const target of targets) {
    const dated = uniquePeriods(figureColumns.map(periodOf).filter((p): p is Period => p?.kind === target.kind));
    if (dated.length) {
      chosen = { target, periods: dated, titleOnly: false };
      break;
    }
    const named = uniquePeriods(periodsIn(table.title ?? '').filter((p) => p.kind === target.kind));
    if (named.length === 1) {
      chosen = { target, periods: named, titleOnly: true };
      break;
    }
  }
  if (!chosen) return { ...head, status: 'unchanged', reason: say.rollNoPeriod(targets.map((t) => t.label).join(', ')) };
  const { target, periods, titleOnly } = chosen;
  const latest = periods[periods.length - 1];
  if (target.order <= latest.order) return { ...head, status: 'unchanged', reason: say.rollAlready(latest.label, target.label) };

  const groups = periods.map((p) => (titleOnly ? figureColumns : figureColumns.filter((c) => periodOf(c)?.label === p.label && periodOf(c)?.kind === p.kind)));
  const moves: { from: TableColumn; to: TableColumn }[] = [];
  for (let i = 0; i + 1 < groups.length; i++) {
    const [to, from] = [groups[i], groups[i + 1]];
    const unused = [...from];
    for (const c of to) {
      const match = unused.find((f) => periodlessHeader(f.header) === periodlessHeader(c.header));
      if (!match) return { ...head, status: 'unchanged', reason: say.rollShapes(periods[i].label, periods[i + 1].label) };
      unused.splice(unused.indexOf(match), 1);
      moves.push({ from: match, to: c });
    }
    // A share kept only for the later period ("Tỷ lệ (%)" of this year) is recomputed, not moved; a figure
    // with nowhere to go would be lost, so the table is left as it is.
    if (unused.some((f) => f.role.kind !== 'share')) return { ...head, status: 'unchanged', reason: say.rollShapes(periods[i].label, periods[i + 1].label) };
  }
  const map = periodMap(periods, target);
  const notes: string[] = [];
  const step = target.kind === 'term' ? 5 : 1;
  if (!titleOnly && map.years > step) notes.push(say.rollGap(latest.label, target.label));
  const cleared: string[] = [];
  const formulas: string[] = [];
  const headers: HeaderChange[] = [];
  // Each cell's address written once per edit (a roll edits most cells of a table; the copies were its garbage).
  const setAt = (cell: string, edit: EditBody) => edits.set(cell, { cell, ...edit } as RollEdit);
  const set = (row: number, col: number, edit: EditBody) => setAt(a1(row, col), edit);
  const formula = (row: number, col: number, text: string, spec: Computed) => {
    const cell = a1(row, col);
    setAt(cell, { kind: 'formula', formula: text });
    computed.set(cell, spec);
    formulas.push(cell);
  };
  const bodyRows = table.rows.filter((r) => r.kind !== 'connector').map((r) => r.row);
  const owners = mergeOwners(sheet);

  for (const c of figureColumns) {
    if (!titleOnly && !groups.some((g) => g.includes(c))) notes.push(say.rollUndated(a1(table.headerBottom, c.col)));
  }

  // Totals that were formulas get the formula the structure gives; the new period's typed totals stay inputs.
  const sumParts = new Map<number, string[]>();
  for (const g of table.rowGroups) {
    if (g.relation !== 'sum' || g.nested) continue;
    for (const c of figureColumns) if (c.role.kind === 'value') sumParts.set(positionKey(g.parent, c.col), g.parts.map((p) => a1(p, c.col)));
  }
  for (const g of table.colGroups) {
    if (g.relation !== 'sum') continue;
    for (const r of bodyRows) sumParts.set(positionKey(r, g.parent), g.parts.map((p) => a1(r, p)));
  }
  const sumAt = (row: number, col: number, sourceFormula: string, sourceCell: string) => {
    const parts = sumParts.get(positionKey(row, col));
    if (!parts) return false;
    const written = sumFormula(parts);
    formula(row, col, written, { op: 'sum', parts });
    const moved = shiftFormula(sourceFormula, col - parseA1(sourceCell)!.col);
    if (moved.replace(/\s/g, '').toUpperCase() !== written) notes.push(say.rollFormula(a1(row, col), moved, written));
    return true;
  };

  const erroneous = new Set(errors.map((f) => f.cell));
  for (const { from, to } of moves) {
    for (const r of bodyRows) {
      const source = cellAt(sheet, r, from.col);
      const src = a1(r, from.col);
      if (source?.formula) {
        if (sumAt(r, to.col, source.formula, src)) continue;
        // A formula over the moved period's own cells shows what it showed before the move.
        formula(r, to.col, shiftFormula(source.formula, to.col - from.col), { op: 'cached', value: typeof source.value === 'number' || typeof source.value === 'string' ? source.value : undefined });
      } else if (source && source.value !== null && typeof source.value !== 'object' && typeof source.value !== 'boolean') {
        set(r, to.col, { kind: 'value', value: source.value });
      } else set(r, to.col, { kind: 'clear' });
      if (erroneous.has(src)) notes.push(say.rollCarried(a1(r, to.col), src));
    }
  }
  const current = groups[groups.length - 1];
  for (const c of current) {
    for (const r of bodyRows) {
      const cell = cellAt(sheet, r, c.col);
      if (cell?.formula) sumAt(r, c.col, cell.formula, a1(r, c.col));
      else if (cell && cell.value !== null) {
        set(r, c.col, { kind: 'clear' });
        cleared.push(a1(r, c.col));
      }
    }
  }

  // Shares, differences and ratios: formulas over the cells their rules compare, at the precision the column is written with.
  // The cell of a key, as splitKey(key).cell, without the pair object (once per rule of the table).
  const at = (key: string) => key.slice(key.lastIndexOf('!') + 1);
  const figures = (col: number) => bodyRows.map((r) => cellAt(sheet, r, col)?.value).filter((v): v is number => typeof v === 'number');
  // By column and fallback (0 or 2), as one number.
  const decimalsByColumn = new Map<number, number>();
  const decimals = (cell: string, fallback: number) => {
    const p = parseA1(cell)!;
    const memo = p.col * 16 + fallback;
    let d = decimalsByColumn.get(memo);
    if (d === undefined) decimalsByColumn.set(memo, (d = columnDecimals(cellAt(sheet, p.row, p.col)?.numberFormat, figures(p.col), fallback)));
    return d;
  };
  const put = (cell: string, text: string, spec: Computed) => {
    const p = parseA1(cell)!;
    formula(p.row, p.col, text, spec);
  };
  for (const rule of rules) {
    if (rule.kind === 'share' && rule.baseKind !== 'fraction') {
      const cells = { part: at(rule.part), base: rule.baseKind === 'self' ? at(rule.part) : at(rule.base) };
      const share = at(rule.share);
      const d = decimals(share, 2);
      put(share, shareFormula(cells, d), { op: 'share', ...cells, decimals: d });
    } else if (rule.kind === 'difference' || rule.kind === 'points' || rule.kind === 'ratio') {
      const cells = { current: at(rule.current), previous: at(rule.previous) };
      const target = at(rule.kind === 'ratio' ? rule.ratio : rule.diff);
      const d = decimals(target, rule.kind === 'difference' ? 0 : 2);
      const text = rule.kind === 'ratio' ? ratioFormula(cells, d) : differenceFormula(cells, d);
      put(target, text, { op: rule.kind === 'ratio' ? 'ratio' : 'difference', ...cells, decimals: d });
    }
  }
  for (const c of table.columns) {
    const role = c.role;
    if ((role.kind !== 'difference' && role.kind !== 'ratio') || (role.current !== undefined && role.previous !== undefined)) continue;
    notes.push(say.rollUnlinked(a1(table.headerBottom, c.col)));
    for (const r of bodyRows) if (cellAt(sheet, r, c.col)?.value != null) set(r, c.col, { kind: 'clear' });
  }

  // Texts: header, title, unit and source lines, and the row labels, with their periods renamed.
  const rename = (row: number, col: number, fix?: (text: string, cell: string) => string) => {
    if (owners.has(positionKey(row, col))) return;
    const cell = cellAt(sheet, row, col);
    if (!cell || typeof cell.value !== 'string' || cell.formula) return;
    const before = cellText(cell);
    let after = renamePeriods(before, map);
    if (fix) after = fix(after, a1(row, col));
    if (after === before) return;
    set(row, col, { kind: 'value', value: after });
    headers.push({ cell: a1(row, col), before, after });
  };
  const comparedLabels = (c: TableColumn): string[] | undefined => {
    const role = c.role;
    if (role.kind !== 'difference' && role.kind !== 'ratio') return undefined;
    const labels = [role.current, role.previous].map((col) => periodOf(table.columns.find((x) => x.col === col))).filter((p): p is Period => p?.kind === map.kind);
    return labels.length === 2 ? labels.map((p) => map.labels.get(p.label) ?? p.label) : undefined;
  };
  const top = Math.max(above ? above.bodyBottom + 1 : 0, table.headerTop - 4);
  for (let row = top; row < table.headerTop; row++) for (let col = table.range.left; col <= table.range.right; col++) rename(row, col);
  for (let row = table.headerTop; row <= table.headerBottom; row++) {
    for (const c of table.columns) {
      const compared = comparedLabels(c);
      rename(row, c.col, compared ? (text, cell) => fixComparison(text, compared, map, cell, notes, say) : undefined);
    }
  }
  const textColumns = table.columns.filter((c) => ['stt', 'label', 'note', 'other', 'unit'].includes(c.role.kind));
  for (const r of table.rows) for (const c of textColumns) rename(r.row, c.col);
  for (let row = table.bodyBottom + 1; row <= table.bodyBottom + 2; row++) for (let col = table.range.left; col <= table.range.right; col++) rename(row, col);

  return {
    ...head,
    status: 'rolled',
    from: periods.map((p) => p.label),
    to: periods.map((p) => map.labels.get(p.label)!),
    map,
    headers,
    // Share cells cleared with their period and then given a formula are not inputs left to fill.
    cleared: cleared.filter((c) => edits.get(c)?.kind === 'clear'),
    formulas: [...new Set(formulas)].filter((c) => edits.get(c)?.kind === 'formula'),
    notes,
  };
}

/** A comparison header naming a period it does not compare ("so với nhiệm kỳ 2010 - 2015") names the right one after the roll. */
function fixComparison(text: string, compared: string[], map: PeriodMap, cell: string, notes: string[], say: Messages): string {
  const fixed = nameCompared(text, compared, map.kind);
  for (const [wrong, right] of fixed.replaced) notes.push(say.rollLabel(cell, wrong, right));
  return fixed.text;
}

/** Replace the periods of `kind` a header names that are not among `compared` (new current, new previous). */
export function nameCompared(text: string, compared: string[], kind: Period['kind']): { text: string; replaced: [string, string][] } {
  const mentions = periodMentions(text).filter((m) => m.period.kind === kind);
  const named = new Set(mentions.map((m) => m.period.label));
  const replaced: [string, string][] = [];
  let out = text;
  for (const m of [...mentions].reverse()) {
    if (compared.includes(m.period.label)) continue;
    // A header naming one period names the one compared against ("so với nhiệm kỳ …"): the previous.
    const right = [compared[1], compared[0]].find((l) => !named.has(l)) ?? compared[1];
    replaced.unshift([text.slice(m.start, m.end), right]);
    out = out.slice(0, m.start) + right + out.slice(m.end);
  }
  return { text: out, replaced };
}

function uniquePeriods(periods: Period[]): Period[] {
  const seen = new Map<string, Period>();
  for (const p of periods) seen.set(`${p.kind}|${p.label}`, p);
  return [...seen.values()].sort((a, b) => a.order - b.order);
}
