// The gather's short way through a district's check. A province's districts fill in one template, so their
// tables usually differ only in the figures (and the district's name above them): the rows, headers, formats and
// formulas are the same. The full check of such a workbook reaches the same structure and infers the same rules every
// time; only the figures are new. Here tables are still found and matched to the template in every workbook
// (detection and matching, the cheap part), but rules are inferred and findings worked out only once for each
// structure (the reference's full check); a workbook of the same structure has the reference's rules evaluated on
// its own figures. The short way answers only when the full check would answer the same:
// - the matched tables are the reference's, field for field (the title aside: the check reads it only to compare
//   tables of different periods across tables, which is done here again), and no other table is on the sheets;
// - each figure cell has the reference's shape (number or not, percent, 100 or not where that means a whole, format,
//   formula; decimals as inference sums them up by column): inference reads the figures only through these and
//   through how its candidate readings fare;
// - every rule holds, in the reference and here: the readings inference chooses by how the figures fare (a share's
//   own base for one row, a comparison's pair of periods) differ from the plain reading only where something fails,
//   so where all hold they are those the reference made. The template must fix each share's part and base (a
//   template saved from a check does), and no column group may be a layout guess settled by the figures;
// - no finding across tables (those are looked for each time).
// Anything else (a typo, a missing row or column, figures typed as text, a new structure) takes the full check,
// which becomes the reference for its structure when it qualifies. The reading of the district is therefore the
// one the full check gives; a test compares both ways on the generated districts.
import { keyMaker } from '../address';
import { CellValue, interpretCell } from '../cell-value';
import { checkWorkbook, WorkbookCheck } from '../check';
import { crossFormFindings } from '../checking/cross-forms';
import { crossFindings } from '../checking/cross-reference';
import { crossTotalFindings } from '../checking/cross-totals';
import { FIGURE_ROLES, isCountColumn } from '../checking/collect';
import type { TableCheck } from '../checking/shared';
import { messages } from '../messages';
import { HUNDRED } from '../numbers/exact';
import { formatVi } from '../numbers/format';
import { evaluateRule } from '../rules/evaluate';
import { cellsOf, Key, Rule } from '../rules/types';
import { cellAt, mergeOwners, positionKey, RawCell, SheetInput } from '../sheet';
import { detectTables } from '../table/detect';
import type { Table } from '../table/types';
import { AppliedTable, applyTemplate, Template } from '../template';

interface Reference {
  check: WorkbookCheck;
  /** The check's rules, their cells named by the very strings the figures are kept under (see sameKeys). */
  rules: Rule[];
  /** Cells the rules read besides the tables' figures (user-written rules may name any cell). */
  extra: Key[];
}

/** How many districts took each way (for tests and the bench). */
export interface QuickStats {
  quick: number;
  full: number;
}

/** The check of districts' workbooks against one template, remembering the structures it has checked in full.
 *  Its answer is what readDistrict reads of a check: the template tables' matches, rules and findings. */
export interface DistrictChecker {
  check(sheets: SheetInput[]): WorkbookCheck;
  stats: QuickStats;
}

/** Excel keeps 15 significant digits: the check warns of figures from 10^15 on (checking/collect). */
const HUGE = 10n ** 15n;

const rawText = (c: RawCell | undefined): string =>
  c === undefined || c.value === null ? '' : `${typeof c.value === 'object' ? `#${c.value.error}` : `${typeof c.value}:${c.value}`}|${c.text ?? ''}|${c.numberFormat ?? ''}|${c.formula ?? ''}`;

/** A figure cell's shape: what inference may read of it besides its magnitude. Values read from text, huge figures and
 *  negative levels (the check quotes those) keep all; a 100 counts where it is the whole of shares or of rates. */
function shape(c: RawCell | undefined, v: CellValue, level: boolean, hundred: boolean): string {
  if (v.kind !== 'number' || v.source !== 'number' || c?.text !== undefined) return rawText(c);
  const x = v.value;
  const raw = c!.value;
  // A figure typed above zero and below 10^12 (10^14 as a percent) is neither negative nor huge, and one far from 100
  // (from 1 as a percent: rounding moves it by half a unit at most) is not a whole: its exact value need not be asked.
  const plain = typeof raw === 'number' && raw > 0 && raw < 1e12;
  if (!plain && ((level && x.s < 0n) || x.n >= (x.d === 1n ? HUGE : HUGE * x.d))) return rawText(c);
  const near = typeof raw !== 'number' || (v.percent ? Math.abs(raw - 1) < 0.01 : Math.abs(raw - 100) < 1);
  const whole = (hundred || v.percent) && near && x.equals(HUNDRED);
  // Most figures: a plain number, neither formatted nor computed.
  if (!v.percent && !whole && c!.numberFormat === undefined && c!.formula === undefined) return 'n';
  return `n${v.percent ? '%' : ''}${whole ? 'H' : ''}|${c!.numberFormat ?? ''}|${c!.formula ?? ''}`;
}

/** What inference reads of a column's decimals (rules/infer columnDecimals): the count most figures other than 100 are
 *  written with, when most are written with some. Cell by cell they differ (12,5 and 12,45) and are evaluated anyway. */
function decimalsNote(column: CellValue[]): string {
  const counts = new Map<number, number>();
  let figures = 0;
  for (const v of column) {
    if (v.kind !== 'number' || v.value.equals(HUNDRED)) continue;
    figures++;
    if (v.decimals > 0) counts.set(v.decimals, (counts.get(v.decimals) ?? 0) + 1);
  }
  const [best, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
  return figures >= 3 && n * 2 > figures ? String(best) : '';
}

/** Key makers by sheet name, kept: a key maker keeps the keys it made, and districts' sheets have the same names and cells. */
const keyMakers = new Map<string, (row: number, col: number) => Key>();
function keysOf(sheet: string): (row: number, col: number) => Key {
  let k = keyMakers.get(sheet);
  if (!k) {
    if (keyMakers.size >= 64) keyMakers.clear();
    keyMakers.set(sheet, (k = keyMaker(sheet)));
  }
  return k;
}

const BLANK: CellValue = { kind: 'blank' };
const NIL: CellValue = { kind: 'nil' };

/** The tables' figures as the check holds them (read as collectFigures reads them), and their shapes as one text. */
function figuresOf(tables: Table[], sheets: SheetInput[]): { values: Map<Key, CellValue>; shapes: string } {
  const values = new Map<Key, CellValue>();
  const parts: string[] = [];
  for (const table of tables) {
    const sheet = sheets.find((s) => s.name === table.sheet)!;
    const owners = mergeOwners(sheet);
    const keyOf = keysOf(sheet.name);
    const blankIsZero = table.rowGroups.some((g) => g.reading === 'written') || table.colGroups.some((g) => g.reading === 'written');
    const percentUnit = /%|phần trăm/iu.test(table.unit ?? '');
    const rows = table.rows.filter((r) => r.kind !== 'connector');
    for (const column of table.columns) {
      const role = column.role;
      if (!FIGURE_ROLES.has(role.kind)) continue;
      const count = isCountColumn(column);
      const hundred = percentUnit || (role.kind === 'share' && role.base === 'marked');
      const read: CellValue[] = [];
      for (const row of rows) {
        const key = keyOf(row.row, column.col);
        // A figure under a merge is blank to the check (its structure is the merges, compared with the tables).
        if (owners.has(positionKey(row.row, column.col))) {
          values.set(key, BLANK);
          parts.push('m');
          continue;
        }
        const raw = cellAt(sheet, row.row, column.col);
        const v = interpretCell(raw, { expectInteger: count });
        values.set(key, v.kind === 'blank' && blankIsZero && count ? NIL : v);
        read.push(v);
        parts.push(shape(raw, v, role.kind === 'value', hundred));
      }
      if (role.kind === 'share' || role.kind === 'ratio') parts.push(`d${decimalsNote(read)}`);
    }
  }
  return { values, shapes: parts.join('\u0001') };
}

/** The matched tables as the check will use them, the title aside; with the sheets' merges and hidden rows. */
function structureOf(applied: AppliedTable[], sheets: SheetInput[]): string {
  const tables = applied.map((a) => ({ ...a, template: a.template.id, table: { ...a.table, title: undefined } }));
  return JSON.stringify([tables, sheets.map((s) => [s.name, s.merges, s.hiddenRows])]);
}

/** `rules` with each cell key replaced by the equal string `values` is keyed with: a rule is the same rule, and looking
 *  its cells up finds the key by identity, not by comparing texts (most of the short way's time went to these look-ups). */
function sameKeys(rules: Rule[], values: Map<Key, CellValue>): Rule[] {
  const own = new Map<Key, Key>();
  for (const k of values.keys()) own.set(k, k);
  const key = (x: unknown) => (typeof x === 'string' ? own.get(x) ?? x : x);
  return rules.map((rule) => {
    if (rule.kind === 'expr') return rule;
    const copy: Record<string, unknown> = { ...rule };
    for (const [field, value] of Object.entries(copy)) copy[field] = Array.isArray(value) ? value.map(key) : key(value);
    return copy as unknown as Rule;
  });
}

const allHold = (rules: Rule[], values: Map<Key, CellValue>) =>
  rules.every((rule) => {
    const o = evaluateRule(rule, values);
    return o.status === 'ok' && !o.note;
  });

/** No finding across tables: figures (and titles, which say the period) differ from one district to the next. */
function noCrossFindings(checked: TableCheck[], values: Map<Key, CellValue>): boolean {
  if (checked.length < 2) return true;
  const keys = new Map(checked.map(({ table }) => [table.sheet, keysOf(table.sheet)]));
  const say = messages('vi');
  const fmt = (v: Parameters<typeof formatVi>[0], decimals: number, percent: boolean) => formatVi(v, { decimals, percent });
  return ![crossFindings, crossFormFindings, crossTotalFindings].some((f) => f(checked, values, keys, say, fmt).length);
}

/** A template whose readings never depend on the figures beyond what the short way compares. */
function settled(template: Template): boolean {
  return template.tables.every((t) => !t.columnGroups.some((g) => g.reading === 'layout') && t.columns.every((c) => c.role !== 'share' || (c.base !== undefined && c.of !== undefined)));
}

/** The check of districts' workbooks against `template` (Vietnamese messages, as the gather writes them). */
export function districtChecker(template: Template): DistrictChecker {
  const short = settled(template);
  const references = new Map<string, Reference>();
  const stats: QuickStats = { quick: 0, full: 0 };
  const full = (sheets: SheetInput[]) => {
    stats.full++;
    return checkWorkbook(sheets, { template });
  };
  return {
    stats,
    check(sheets) {
      if (!short) return full(sheets);
      // As checkWorkbook finds and matches tables; only the template's tables, each whole, are looked at further.
      const detected = new Map(sheets.map((s) => [s.name, detectTables(s)]));
      const applied = applyTemplate(template, sheets, detected);
      // As checkWorkbook keeps a detected table that no template table of its sheet replaces.
      const others = sheets.some((s) => detected.get(s.name)!.some((d) => !applied.tables.some((a) => a.table.sheet === s.name && (a.replaces === d.id || a.table.id === d.id))));
      if (others || applied.unmatched.length || applied.tables.some((a) => a.differences.length)) return full(sheets);
      const { values, shapes } = figuresOf(applied.tables.map((a) => a.table), sheets);
      const key = `${structureOf(applied.tables, sheets)}\u0002${shapes}`;
      const known = references.get(key);
      if (known) {
        for (const k of known.extra) values.set(k, readKey(sheets, k));
        // The district's own titles, for the comparison across tables of different periods.
        const title = new Map(applied.tables.map((a) => [a.table.id, a.table.title]));
        const checked = known.check.checked.map((c) => ({ ...c, table: { ...c.table, title: title.get(c.table.id) } }));
        if (allHold(known.rules, values) && noCrossFindings(checked, values)) {
          stats.quick++;
          return known.check;
        }
        return full(sheets);
      }
      const check = full(sheets);
      // The first workbook of a structure that every rule holds in becomes its reference; until then each is checked in full.
      const rules = check.checked.flatMap((c) => c.rules);
      const extra = [...new Set(rules.flatMap(cellsOf))].filter((k) => !values.has(k));
      for (const k of extra) values.set(k, readKey(sheets, k));
      if (check.checked.length === applied.tables.length && allHold(rules, values) && noCrossFindings(check.checked, values)) references.set(key, { check, rules: sameKeys(rules, values), extra });
      return check;
    },
  };
}

/** A cell a user-written rule names, read as the check reads it. */
function readKey(sheets: SheetInput[], key: Key): CellValue {
  const at = key.lastIndexOf('!');
  const sheet = sheets.find((s) => s.name === key.slice(0, at));
  const m = /^([A-Z]+)(\d+)$/.exec(key.slice(at + 1));
  if (!sheet || !m) return BLANK;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return interpretCell(cellAt(sheet, Number(m[2]) - 1, col - 1));
}
