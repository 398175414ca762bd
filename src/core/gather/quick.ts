// The gather's short way through a district's check. A province's districts fill in one template, so their
// workbooks usually differ only in the figures: the tables, labels, headers, formats and formulas are the same.
// The full check of such a workbook (table detection, matching, rule inference, evaluation) then reaches the same
// structure and the same rules every time, and only the figures are new. Here the full check runs once for each
// distinct layout (the reference), and a workbook laid out the same way has the reference's rules evaluated on its
// own figures. The short way answers only when it can be sure the full check would answer the same:
// - the layout is identical: every cell but the template's figure cells as it was in the reference, and each figure
//   cell of the same shape (a number written with as many decimals, the same sign, 100 or not, format, formula);
//   detection reads figures only as "a figure here", and the readings inference makes from the figures' shapes
//   (percent columns, decimals, the 100 of a whole) are then the same;
// - every rule holds, in the reference and here: the readings inference chooses by how the figures fare (a share's
//   own base for one row, a comparison's pair of periods) are chosen only where some reading fails, so where all
//   hold they are those the reference made. The template must fix each share's part and base (a template saved from
//   a check does), and no column group may be a layout guess settled by the figures;
// - the reference matched the template at its own cells, with nothing missing or extra, and no cross-table finding.
// Anything else (a typo, a missing row, figures typed as text, another layout) takes the full check, which then
// becomes the reference for its layout if it qualifies. Findings are therefore those of the full check; a test
// compares both ways on the generated districts.
import { columnIndex, keyMaker } from '../address';
import { CellValue, interpretCell } from '../cell-value';
import { checkWorkbook, WorkbookCheck } from '../check';
import { crossFormFindings } from '../checking/cross-forms';
import { crossFindings } from '../checking/cross-reference';
import { crossTotalFindings } from '../checking/cross-totals';
import { FIGURE_ROLES, isCountColumn } from '../checking/collect';
import { messages } from '../messages';
import { HUNDRED } from '../numbers/exact';
import { formatVi } from '../numbers/format';
import { evaluateRule } from '../rules/evaluate';
import { cellsOf, Key, Rule } from '../rules/types';
import { cellAt, mergeOwners, positionKey, RawCell, SheetInput } from '../sheet';
import type { Template } from '../template';

/** What the check asks of a figure cell: read as an integer (a count); warned of when negative (a level); whether it is
 *  100 (a share's or a rate's whole); how many decimals its column is written with (shares and ratios are rounded so). */
interface FigureColumn {
  count: boolean;
  level: boolean;
  hundred: boolean;
  decimals: boolean;
}
/** Where the template's figures are: sheet → positionKey → their column. */
type FigureCells = Map<string, Map<number, FigureColumn>>;

interface Reference {
  check: WorkbookCheck;
  rules: Rule[];
  slots: Slot[];
}

/** How many districts took each way (for tests and the bench). */
export interface QuickStats {
  quick: number;
  full: number;
}

/** A reader of districts' workbooks against one template, remembering the layouts it has checked in full. */
export interface DistrictChecker {
  check(sheets: SheetInput[]): WorkbookCheck;
  stats: QuickStats;
}

/** The template's figure cells, or undefined when its readings may depend on the figures (then always the full check). */
function figureCells(template: Template): FigureCells | undefined {
  const out: FigureCells = new Map();
  for (const t of template.tables) {
    if (t.columnGroups.some((g) => g.reading === 'layout')) return undefined;
    if (t.columns.some((c) => c.role === 'share' && (c.base === undefined || c.of === undefined))) return undefined;
    const percentUnit = /%|phần trăm/iu.test(t.unit ?? '');
    const cells = out.get(t.sheet) ?? new Map<number, FigureColumn>();
    out.set(t.sheet, cells);
    for (const c of t.columns) {
      if (!FIGURE_ROLES.has(c.role)) continue;
      const rated = c.role === 'share' || c.role === 'ratio';
      // A 100 is read as the whole of shares marked so, and of rates (percent figures, or any figure of a table in %).
      const kind = { count: c.role === 'value' || (c.role === 'difference' && !c.points), level: c.role === 'value', hundred: c.base === 'marked' || percentUnit, decimals: rated };
      const col = columnIndex(c.column);
      for (const r of t.rows) if (r.kind !== 'connector') cells.set(positionKey(r.row - 1, col), kind);
    }
  }
  return out;
}

/** Excel keeps 15 significant digits: the check warns of figures from 10^15 on (checking/collect). */
const HUGE = 10n ** 15n;

const rawText = (c: RawCell | undefined): string =>
  c === undefined || c.value === null ? '' : `${typeof c.value === 'object' ? `#${c.value.error}` : `${typeof c.value}:${c.value}`}|${c.text ?? ''}|${c.numberFormat ?? ''}|${c.formula ?? ''}|${c.indent ?? ''}|${c.bold ? 1 : ''}`;

/** A figure cell's shape: what detection and inference may read of it, without its magnitude. Values read from text,
 *  huge figures and negative levels (the check quotes those) keep all. Decimals are summed up by column (Decimals). */
function shape(c: RawCell, v: CellValue, kind: FigureColumn): string {
  if (v.kind !== 'number' || v.source !== 'number' || c.text !== undefined) return rawText(c);
  const x = v.value;
  if ((kind.level && x.s < 0n) || x.n >= (x.d === 1n ? HUGE : HUGE * x.d)) return rawText(c);
  return `n${v.percent ? '%' : ''}${(kind.hundred || v.percent) && x.equals(HUNDRED) ? 'H' : ''}|${c.numberFormat ?? ''}|${c.formula ?? ''}|${c.indent ?? ''}|${c.bold ? 1 : ''}`;
}

/** What inference reads of a column's decimals (rules/infer columnDecimals): the count most figures other than 100 are
 *  written with, when most are written with some; per cell they differ (12,5 and 12,45) and are evaluated anyway. */
class Decimals {
  private counts = new Map<number, number>();
  private figures = 0;
  add(v: CellValue): void {
    if (v.kind !== 'number' || v.value.equals(HUNDRED)) return;
    this.figures++;
    if (v.decimals > 0) this.counts.set(v.decimals, (this.counts.get(v.decimals) ?? 0) + 1);
  }
  note(): string {
    const [best, n] = [...this.counts].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
    return this.figures >= 3 && n * 2 > this.figures ? String(best) : '';
  }
}

/** The workbook's layout as one text, and its figure cells as read (by sheet and positionKey). */
function layoutOf(sheets: SheetInput[], figures: FigureCells): { layout: string; read: Map<string, Map<number, CellValue>> } {
  const parts: string[] = [];
  const read = new Map<string, Map<number, CellValue>>();
  for (const sheet of sheets) {
    const mine = figures.get(sheet.name);
    const values = new Map<number, CellValue>();
    const decimals = new Map<number, Decimals>();
    // A figure cell under a merge is blank to the check whatever it holds: kept whole, out of the decimals.
    const owners = mergeOwners(sheet);
    read.set(sheet.name, values);
    parts.push(`\u0001${sheet.name}\u0002${JSON.stringify(sheet.merges)}\u0002${(sheet.hiddenRows ?? []).join(',')}`);
    for (let r = 0; r < sheet.cells.length; r++) {
      const line = sheet.cells[r];
      if (!line) continue;
      parts.push(`\u0003${r}`);
      for (let c = 0; c < line.length; c++) {
        const cell = line[c];
        if (!cell || cell.value === null) continue;
        const kind = mine?.get(positionKey(r, c));
        if (kind === undefined || owners.has(positionKey(r, c))) parts.push(`${c}=${rawText(cell)}`);
        else {
          const v = interpretCell(cell, { expectInteger: kind.count });
          values.set(positionKey(r, c), v);
          parts.push(`${c}=${shape(cell, v, kind)}`);
          if (!kind.decimals) continue;
          let d = decimals.get(c);
          if (!d) decimals.set(c, (d = new Decimals()));
          d.add(v);
        }
      }
    }
    for (const [c, d] of [...decimals].sort((a, b) => a[0] - b[0])) parts.push(`\u0005${c}:${d.note()}`);
  }
  return { layout: parts.join('\u0004'), read };
}

/** One cell the rules read: where it is, its key, and how the check reads it there. */
interface Slot {
  sheet: string;
  row: number;
  col: number;
  key: Key;
  /** Read as collectFigures reads a figure (a count's hint, a merged cell blank, a written sum's blank nil), or as the check reads a cell a written rule names. */
  figure?: { count: boolean; covered: boolean; blankIsZero: boolean };
}

/** The cells the reference's rules read, worked out once for its layout (the same in every workbook laid out alike). */
function slotsOf(check: WorkbookCheck, rules: Rule[], sheets: SheetInput[]): Slot[] {
  const slots: Slot[] = [];
  const seen = new Set<Key>();
  for (const { table } of check.checked) {
    const sheet = sheets.find((s) => s.name === table.sheet)!;
    const owners = mergeOwners(sheet);
    const keyOf = keyMaker(sheet.name);
    const blankIsZero = table.rowGroups.some((g) => g.reading === 'written') || table.colGroups.some((g) => g.reading === 'written');
    for (const column of table.columns) {
      if (!FIGURE_ROLES.has(column.role.kind)) continue;
      const count = isCountColumn(column);
      for (const row of table.rows) {
        if (row.kind === 'connector') continue;
        const key = keyOf(row.row, column.col);
        seen.add(key);
        slots.push({ sheet: sheet.name, row: row.row, col: column.col, key, figure: { count, covered: owners.has(positionKey(row.row, column.col)), blankIsZero } });
      }
    }
  }
  // As the check reads cells a user-written rule names outside the figure columns.
  for (const key of rules.flatMap(cellsOf)) {
    if (seen.has(key)) continue;
    seen.add(key);
    const at = key.lastIndexOf('!');
    const m = /^([A-Z]+)(\d+)$/.exec(key.slice(at + 1));
    slots.push({ sheet: key.slice(0, at), row: m ? Number(m[2]) - 1 : -1, col: m ? columnIndex(m[1]) : -1, key });
  }
  return slots;
}

const BLANK: CellValue = { kind: 'blank' };
const NIL: CellValue = { kind: 'nil' };

/** The figures as the full check would hold them for its rules. */
function valuesFor(slots: Slot[], sheets: SheetInput[], read: Map<string, Map<number, CellValue>>): Map<Key, CellValue> {
  const values = new Map<Key, CellValue>();
  const bySheet = new Map(sheets.map((s) => [s.name, s]));
  for (const { sheet: name, row, col, key, figure } of slots) {
    const sheet = bySheet.get(name);
    if (!figure) {
      values.set(key, sheet && row >= 0 ? interpretCell(cellAt(sheet, row, col)) : BLANK);
      continue;
    }
    if (figure.covered) {
      values.set(key, BLANK);
      continue;
    }
    const v = read.get(name)?.get(positionKey(row, col)) ?? interpretCell(sheet && cellAt(sheet, row, col), { expectInteger: figure.count });
    values.set(key, v.kind === 'blank' && figure.blankIsZero && figure.count ? NIL : v);
  }
  return values;
}

const allHold = (rules: Rule[], values: Map<Key, CellValue>) =>
  rules.every((rule) => {
    const o = evaluateRule(rule, values);
    return o.status === 'ok' && !o.note;
  });

/** Tables of the template found at the template's own cells, whole: the figure cells the layout text leaves out are theirs. */
function matchedInPlace(template: Template, check: WorkbookCheck, figures: FigureCells): boolean {
  if (check.unmatched?.length || check.applied?.length !== template.tables.length) return false;
  let cells = 0;
  for (const a of check.applied) {
    if (a.differences.length || a.table.sheet !== a.template.sheet || !check.checked.some((c) => c.table === a.table)) return false;
    const mine = figures.get(a.table.sheet)!;
    for (const c of a.table.columns) {
      if (!FIGURE_ROLES.has(c.role.kind)) continue;
      for (const r of a.table.rows) {
        if (r.kind === 'connector') continue;
        if (!mine.has(positionKey(r.row, c.col))) return false;
        cells++;
      }
    }
  }
  return cells === [...figures.values()].reduce((n, m) => n + m.size, 0);
}

/** No finding across tables: their figures differ from one district to the next, so they are looked for each time. */
function noCrossFindings(check: WorkbookCheck, values: Map<Key, CellValue>): boolean {
  if (check.checked.length < 2) return true;
  const keys = new Map(check.checked.map(({ table }) => [table.sheet, keyMaker(table.sheet)]));
  const say = messages('vi');
  const fmt = (v: Parameters<typeof formatVi>[0], decimals: number, percent: boolean) => formatVi(v, { decimals, percent });
  return ![crossFindings, crossFormFindings, crossTotalFindings].some((f) => f(check.checked, values, keys, say, fmt).length);
}

/** The check of districts' workbooks against `template` (Vietnamese messages, as the gather writes them). */
export function districtChecker(template: Template): DistrictChecker {
  const figures = figureCells(template);
  const references = new Map<string, Reference>();
  const stats: QuickStats = { quick: 0, full: 0 };
  const full = (sheets: SheetInput[]) => {
    stats.full++;
    return checkWorkbook(sheets, { template });
  };
  return {
    stats,
    check(sheets) {
      if (!figures) return full(sheets);
      const { layout, read } = layoutOf(sheets, figures);
      const known = references.get(layout);
      if (known) {
        const values = valuesFor(known.slots, sheets, read);
        if (allHold(known.rules, values) && noCrossFindings(known.check, values)) {
          stats.quick++;
          return known.check;
        }
        return full(sheets);
      }
      const check = full(sheets);
      // The first workbook of a layout that every rule holds in becomes its reference; until then each is checked in full.
      if (matchedInPlace(template, check, figures)) {
        const rules = check.checked.flatMap((c) => c.rules);
        const slots = slotsOf(check, rules, sheets);
        const values = valuesFor(slots, sheets, read);
        if (allHold(rules, values) && noCrossFindings(check, values)) references.set(layout, { check, rules, slots });
      }
      return check;
    },
  };
}
