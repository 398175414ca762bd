// Turning a table's structure into explicit rules, choosing readings (share base, nesting) from the figures.
import { a1, cellKey } from '../address';
import { compileExpression } from './expression';
import type { ColumnRole, Group, Reading, Table, TableColumn } from '../table/types';
import { evaluateRule, Values } from './evaluate';
import { isHundred } from '../numbers/small';
import { roundHalfUp } from '../numbers/exact';
import { decimalsOfCell, numericValue } from '../cell-value';
import type { Key, Outcome, Rule, ShareBase, Strength } from './types';
import { periodRows, RowComparison } from '../table/period-rows';
import { rateRows } from './rate-rows';
import { PLANNED } from '../table/columns';
import { RowIndex, rowIndex } from '../table/row-index';

export type Note =
  | { kind: 'share-base'; cell: Key; base: ShareBase; explained: number; rows: number }
  | { kind: 'nesting'; cell: Key; nested: boolean }
  | { kind: 'row-base'; cell: Key; decided: boolean }
  | { kind: 'reading'; cell: Key; reading: Reading; parts: number }
  /** A share column no base in the table explains: its figures are not checked, and the user is told so. */
  | { kind: 'no-base'; cell: Key };

export interface Inferred {
  rules: Rule[];
  notes: Note[];
}

/**
 * The rule of a body, written out whole in one literal of its shape: the body's keys in its order, then id, table,
 * family and strength, and an optional key present exactly when the body has it. Completing the body in place (as
 * was done) added four properties to an object made with room for none, kept by V8 in a second store that grew
 * twice per rule; tens of thousands of rules, each read again at every evaluation.
 */
function completed(body: RuleBody, id: string, table: string, family: string | undefined, strength: Strength): Rule {
  switch (body.kind) {
    case 'sum':
      return { kind: 'sum', total: body.total, parts: body.parts, reading: body.reading, id, table, family, strength };
    case 'subset':
      return { kind: 'subset', parent: body.parent, parts: body.parts, reading: body.reading, id, table, family, strength };
    case 'share':
      return 'decimals' in body
        ? { kind: 'share', share: body.share, part: body.part, base: body.base, baseKind: body.baseKind, decimals: body.decimals, id, table, family, strength }
        : { kind: 'share', share: body.share, part: body.part, base: body.base, baseKind: body.baseKind, id, table, family, strength };
    case 'share-total':
      return 'total' in body ? { kind: 'share-total', total: body.total, shares: body.shares, id, table, family, strength } : { kind: 'share-total', shares: body.shares, id, table, family, strength };
    case 'difference':
      return { kind: 'difference', diff: body.diff, current: body.current, previous: body.previous, id, table, family, strength };
    case 'ratio':
      return 'decimals' in body
        ? { kind: 'ratio', ratio: body.ratio, current: body.current, previous: body.previous, decimals: body.decimals, id, table, family, strength }
        : { kind: 'ratio', ratio: body.ratio, current: body.current, previous: body.previous, id, table, family, strength };
    case 'points':
      return 'relative' in body
        ? { kind: 'points', diff: body.diff, current: body.current, previous: body.previous, relative: body.relative, id, table, family, strength }
        : { kind: 'points', diff: body.diff, current: body.current, previous: body.previous, id, table, family, strength };
    case 'expr':
      return { kind: 'expr', text: body.text, expression: body.expression, id, table, family, strength };
  }
}

const NONE: readonly TableColumn[] = [];

/**
 * The table's columns by role kind, each list in the table's order (what filtering the columns by kind gives). Once
 * per table, in a function of its own: read inside inferRules, where a filter over the columns was asked for each
 * kind again and again, `role.kind` (roles of many shapes) made the optimized inferRules fail its shape check and
 * fall back to the interpreter, in some runs a hundred times and more per check.
 */
function columnsByKind(columns: readonly TableColumn[]): Map<TableColumn['role']['kind'], TableColumn[]> {
  const out = new Map<TableColumn['role']['kind'], TableColumn[]>();
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i];
    const list = out.get(c.role.kind);
    if (list) list.push(c);
    else out.set(c.role.kind, [c]);
  }
  return out;
}

/** Rows a share column's base is chosen on. */
const SAMPLE = 40;

type RuleBody = Rule extends infer R ? (R extends Rule ? Omit<R, 'id' | 'table'> : never) : never;

type KeyOf = (row: number, col: number) => Key;

/**
 * One table's inference as it goes: what it reads (the table, its figures, its rows) and what it has made (rules,
 * notes, and the family and strength the next rules are made with). One object of one class handed to the
 * module-level functions below: as closures inside one long inferRules, all of it was compiled together, some
 * hundreds of milliseconds of the optimizing compiler's time, and done again whenever any part of it deoptimized.
 */
class Inference {
  readonly rules: Rule[] = [];
  readonly notes: Note[] = [];
  /** The family's key, built once per decision, not per rule: tables of 100,000 cells make tens of thousands of rules. */
  familyKey: string | undefined = undefined;
  strength: Strength = 'certain';
  /** The ids' common head once per table: each id is then that string and its number, not a fresh copy of the head. */
  readonly idHead: string;
  readonly rows: Table['rows'];
  readonly rowOf: RowOf;
  /** The columns of each role, sorted once per table (see columnsByKind); callers only read these lists. */
  readonly byKind: Map<TableColumn['role']['kind'], TableColumn[]>;
  /** Notes about a row are anchored at its label. */
  readonly labelCol: number;
  /** Whether a column holds rates, by column, worked out when first asked (see isRate). */
  readonly rateMemo = new Map<number, boolean>();

  constructor(
    readonly table: Table,
    readonly values: Values,
    readonly key: KeyOf,
  ) {
    this.idHead = `${table.id}#`;
    this.rows = table.rows.filter((r) => r.kind !== 'connector');
    this.rowOf = rowIndex(this.rows);
    this.byKind = columnsByKind(table.columns);
    this.labelCol = table.columns.find((c) => c.role.kind === 'label')?.col ?? table.range.left;
  }
}

function add(inf: Inference, body: RuleBody): void {
  inf.rules.push(completed(body, nextId(inf), inf.table.id, inf.familyKey, inf.strength));
}

function nextId(inf: Inference): string {
  return inf.idHead + (inf.rules.length + 1);
}

/**
 * add(inf, comparisonRule(…)) and add(inf, { kind: 'share', … }) for the rules made one per row of a column — most
 * of a large check's rules: each written straight into the literal `completed` writes (the same keys in the same
 * order, so the same hidden class), not first into a body that `completed` copies and drops (a short-lived object
 * and a copy per rule, some 40,000 of them on the 100,000-cell bench).
 */
function addComparison(inf: Inference, role: ComparisonRole, target: Key, current: Key, previous: Key, decimals: number | undefined): void {
  const id = nextId(inf);
  const table = inf.table.id;
  const family = inf.familyKey;
  const strength = inf.strength;
  let rule: Rule;
  if (role.kind === 'ratio') rule = decimals ? { kind: 'ratio', ratio: target, current, previous, decimals, id, table, family, strength } : { kind: 'ratio', ratio: target, current, previous, id, table, family, strength };
  else if (role.points) rule = role.relative ? { kind: 'points', diff: target, current, previous, relative: true, id, table, family, strength } : { kind: 'points', diff: target, current, previous, id, table, family, strength };
  else rule = { kind: 'difference', diff: target, current, previous, id, table, family, strength };
  inf.rules.push(rule);
}

function addShare(inf: Inference, share: Key, part: Key, base: Key, baseKind: ShareBase, decimals: number | undefined): void {
  const id = nextId(inf);
  const table = inf.table.id;
  const family = inf.familyKey;
  const strength = inf.strength;
  inf.rules.push(decimals ? { kind: 'share', share, part, base, baseKind, decimals, id, table, family, strength } : { kind: 'share', share, part, base, baseKind, id, table, family, strength });
}

/** A rule the sheet writes down has no family (''): it is certain, never second-guessed by the figures. */
function setFamily(inf: Inference, name: string): void {
  inf.familyKey = name ? `${inf.table.id}|${name}` : undefined;
}

function cols(inf: Inference, kind: TableColumn['role']['kind']): readonly TableColumn[] {
  return inf.byKind.get(kind) ?? NONE;
}

/** Rates are not added up: a column of percentages (or a table whose unit is %) has no sums down its rows. */
function isRate(inf: Inference, c: TableColumn): boolean {
  let r = inf.rateMemo.get(c.col);
  if (r === undefined) inf.rateMemo.set(c.col, (r = isPercentUnit(inf.table.unit) || AVERAGE_HEADER.test(c.path.join(' ')) || RATE_HEADER.test(c.path.join(' ')) || mostlyPercent(c, inf.table, inf.values, inf.key)));
  return r;
}

export function inferRules(table: Table, values: Values, keyOf: KeyOf = (r, c) => cellKey(table.sheet, r, c)): Inferred {
  const inf = new Inference(table, values, keyOf);
  const levels = cols(inf, 'value').filter((c) => !isRate(inf, c));
  const changes = table.columns.filter((c) => c.role.kind === 'difference' && !c.role.points && !isRate(inf, c));
  // Pushed into one literal rather than spread: the spread's copy of `levels` is of whichever elements kind the filter
  // that made it gave, and the optimized inferRules, met with the other kind, went back to the interpreter.
  const additive: TableColumn[] = [];
  for (let i = 0; i < levels.length; i++) additive.push(levels[i]);
  for (let i = 0; i < changes.length; i++) additive.push(changes[i]);
  const nestedGroups = rowGroupRules(inf, additive, changes);
  hundredsDownRules(inf, nestedGroups);
  colGroupRules(inf);
  writtenAndRateRowRules(inf, levels);
  quotientAndStockRules(inf, levels);
  shareRules(inf, nestedGroups);
  rowComparisonRulesOf(inf);
  comparisonColumnRules(inf, levels);
  return { rules: inf.rules, notes: inf.notes };
}

/** The rules of a group at one column (down the rows) or one row (across, `across` swapping row and column). */
function groupRules(inf: Inference, group: Group, at: number, nested: boolean, across: boolean, change: boolean): void {
  const cell = (line: number) => (across ? inf.key(at, line) : inf.key(line, at));
  const parts = nested && group.nested ? group.parts.filter((p) => p !== group.nested!.inner) : group.parts;
  const total = cell(group.parent);
  const partKeys = parts.map(cell);
  if (group.relation === 'sum') add(inf, { kind: 'sum', total, parts: partKeys, reading: group.reading });
  // A part's change can exceed the total's (−4 against −30): inequalities hold for levels only.
  else if (change) return;
  else if (group.relation === 'within') add(inf, { kind: 'subset', parent: total, parts: partKeys, reading: group.reading });
  else for (const p of partKeys) add(inf, { kind: 'subset', parent: total, parts: [p], reading: group.reading });
  if (nested && group.nested) {
    add(inf, { kind: 'subset', parent: cell(group.nested.outer), parts: [cell(group.nested.inner)], reading: 'nested' });
  }
}

/** The shares of the categories making 100 counted apart say so even when the count's total was typed wrong. */
function sharesMakeWhole(inf: Inference, parts: number[]): boolean {
  return cols(inf, 'share').some((c) => {
    const outcome = evaluateRule({ id: '', table: '', kind: 'share-total', shares: parts.map((p) => inf.key(p, c.col)) }, inf.values);
    return outcome.status === 'ok';
  });
}

/** "Kế hoạch 3.200" over parts mostly "-": no target was set for them, which is not a target of zero. */
function unsetTargets(inf: Inference, c: TableColumn, group: Group): boolean {
  return PLANNED.test(c.path.join(' ')) && group.parts.filter((p) => inf.values.get(inf.key(p, c.col))?.kind === 'nil').length * 2 >= group.parts.length;
}

/** Sums and parts down the rows, in every additive column; which groups are read nested, by group. */
function rowGroupRules(inf: Inference, additive: TableColumn[], changes: TableColumn[]): Map<Group, boolean> {
  const { table, values, key } = inf;
  const nestedGroups = new Map<Group, boolean>();
  for (const group of table.rowGroups) {
    // Người, lượt người and lớp are never added together.
    if (mixesUnits(group, inf.rowOf)) continue;
    let nested = false;
    if (group.nested) {
      // Read "xuất sắc" as counted inside "tốt" unless the figures add up with it counted apart.
      const disjointHolds = additive.some((c) => {
        const outcome = evaluateRule({ id: '', table: '', kind: 'sum', total: key(group.parent, c.col), parts: group.parts.map((p) => key(p, c.col)), reading: group.reading }, values);
        return outcome.status === 'ok';
      }) || sharesMakeWhole(inf, group.parts);
      nested = group.nestedFixed || !disjointHolds;
      inf.notes.push({ kind: 'nesting', cell: key(group.nested.inner, inf.labelCol), nested });
    }
    nestedGroups.set(group, nested);
    // A sum is confirmed by sums, not by the "≤" of a Trong đó beside it: the relation is part of the family.
    setFamily(inf, group.reading === 'written' ? '' : `rows:${group.reading === 'stt' ? 'stt' : group.parent}:${group.relation}`);
    // A row labelled "Trong đó: …" says it is part of the row above: more than it is wrong, whatever the figures
    // of other rows say (there may be no other such row to confirm it).
    const writtenPart = (group.reading === 'trong-do-overlap' || group.reading === 'trong-do-disjoint') && group.relation !== 'sum';
    inf.strength = (CERTAIN_READINGS.has(group.reading) && group.relation === 'sum') || writtenPart ? 'certain' : 'inferred';
    const carried = table.continues && group.reading === 'trailing-total' ? table.continues : undefined;
    if (carried) {
      for (const c of additive) add(inf, { kind: 'sum', total: key(group.parent, c.col), parts: [...carried.rows.map((r) => key(r, c.col - carried.offset)), ...group.parts.map((p) => key(p, c.col))], reading: group.reading });
    } else for (const c of additive) if (!unsetTargets(inf, c, group)) groupRules(inf, group, c.col, nested, false, changes.includes(c));
    if (group.reading !== 'stt' && group.reading !== 'total-row' && group.reading !== 'gom') {
      inf.notes.push({ kind: 'reading', cell: key(group.parent, inf.labelCol), reading: group.reading, parts: group.parts.length });
    }
  }
  return nestedGroups;
}

/** Percentages of one whole down a column: a total row printed 100 is made by the rows under it. */
function hundredsDownRules(inf: Inference, nestedGroups: Map<Group, boolean>): void {
  const { table, values, key } = inf;
  const rateLevels = cols(inf, 'value').filter((c) => isRate(inf, c));
  for (const group of table.rowGroups) {
    if (group.relation !== 'sum' || !rateLevels.length) continue;
    const parts = nestedGroups.get(group) && group.nested ? group.parts.filter((p) => p !== group.nested!.inner) : group.parts;
    setFamily(inf, group.reading === 'written' ? '' : `rows-100:${group.parent}`);
    inf.strength = CERTAIN_READINGS.has(group.reading) ? 'certain' : 'inferred';
    for (const c of rateLevels) {
      // A "Cộng" column of 100s closes each row across ("HTXSNV | HTTNV | HTNV | Không HTNV | Cộng"): its 100s make
      // the rows' wholes, not parts of one whole down the column.
      if (table.colGroups.some((g) => g.parent === c.col)) continue;
      const whole = values.get(key(group.parent, c.col));
      if (whole?.kind !== 'number' || !isHundred(whole)) continue;
      add(inf, { kind: 'share-total', total: key(group.parent, c.col), shares: parts.map((p) => key(p, c.col)) });
    }
  }
}

/** Totals across the columns of each row, and rows of rates that make 100 across. */
function colGroupRules(inf: Inference): void {
  const { table, values, key, rows } = inf;
  for (const unsettled of table.colGroups) {
    // Each analysis of a total under its own heading is its own decision ("Giới tính" holding says nothing of "Trình độ").
    setFamily(inf, `cols:${unsettled.parent}:${unsettled.relation}:${unsettled.parts[0]}`);
    const rated = isRate(inf, table.columns.find((c) => c.col === unsettled.parent)!);
    if (rated) {
      // Percentages of one whole across a row: the parts make the total's 100 (categories, not rates).
      inf.strength = 'inferred';
      for (const r of rows) {
        if (r.kind === 'average') continue;
        add(inf, { kind: 'share-total', total: key(r.row, unsettled.parent), shares: unsettled.parts.map((p) => key(r.row, p)) });
      }
      continue;
    }
    const group = unsettled.reading === 'layout' ? settleLayoutGroup(unsettled, rows, values, key) : unsettled;
    if (group.reading === 'written') {
      setFamily(inf, '');
      inf.notes.push({ kind: 'reading', cell: key(table.numberRow ?? table.headerBottom, group.parent), reading: 'written', parts: group.parts.length });
    }
    inf.strength = (CERTAIN_READINGS.has(group.reading) && group.relation === 'sum') ? 'certain' : 'inferred';
    for (const r of rows) if (r.kind !== 'average') groupRules(inf, group, r.row, false, true, false);
  }
  // A table of percentages with no total column, whose rows each make 100: categories of one whole.
  const rates = cols(inf, 'value').filter((c) => isRate(inf, c));
  if (rates.length >= 3 && rates.length === cols(inf, 'value').length && !table.colGroups.length) {
    setFamily(inf, 'rows-100');
    inf.strength = 'inferred';
    for (const r of rows) {
      if (r.kind === 'average') continue;
      add(inf, { kind: 'share-total', shares: rates.map((c) => key(r.row, c.col)) });
    }
  }
}

/** Ratios of rows the sheet writes down, and rows of rates under the counts they rate. */
function writtenAndRateRowRules(inf: Inference, levels: TableColumn[]): void {
  const { table, values, key, rows } = inf;
  if (table.rowRatios) {
    // Written in the sheet: certain, as the rows it names.
    setFamily(inf, '');
    inf.strength = 'certain';
    for (const { target, part, base } of table.rowRatios) {
      for (const c of levels) add(inf, { kind: 'share', share: key(target, c.col), part: key(part, c.col), base: key(base, c.col), baseKind: 'total' });
    }
  }

  // Rows of rates under the counts they rate (rate-rows.ts): a base the label names is certain; one the figures chose
  // stands or falls with its row.
  if (levels.length >= 2) {
    for (const rr of rateRows(table, rows, levels.map((c) => c.col), values, key)) {
      if (table.rowRatios?.some((x) => x.target === rr.target)) continue;
      setFamily(inf, rr.named ? '' : `rate-row:${rr.target}`);
      inf.strength = rr.named ? 'certain' : 'inferred';
      for (const c of levels) add(inf, { kind: 'share', share: key(rr.target, c.col), part: key(rr.part, c.col), base: key(rr.base, c.col), baseKind: 'total' });
    }
  }
}

/** Quotient columns (inferred or written in the column-number row) and a stock and its flows. */
function quotientAndStockRules(inf: Inference, levels: TableColumn[]): void {
  const { table, values, key, rows } = inf;
  // A yield or an average per unit ("Năng suất (tạ/ha)", "Bình quân học sinh/lớp") with no formula written: the
  // quotient of two columns before it, scaled by a power of ten, that the figures bear out in most rows.
  for (const c of cols(inf, 'value')) {
    if (!PER_UNIT.test(c.path.join(' ')) || table.scaledColumns?.some((x) => x.target === c.col)) continue;
    const quotient = chooseQuotient(c, levels, rows, values, key);
    if (!quotient) continue;
    setFamily(inf, `quotient:${c.col}`);
    inf.strength = 'inferred';
    for (const rule of quotientRules(table.sheet, rows, { target: c.col, ...quotient })) add(inf, rule);
  }

  if (table.scaledColumns) {
    // Written in the column-number row ("(2) = (3)/(1) x 10"): certain, in every row, rounded as the cell is written.
    setFamily(inf, '');
    inf.strength = 'certain';
    for (const quotient of table.scaledColumns) for (const rule of quotientRules(table.sheet, rows, quotient)) add(inf, rule);
  }

  if (table.stockFlow) {
    // D = A + B − C in every column of counts (forms.md: Biểu 1, 8A).
    setFamily(inf, '');
    inf.strength = 'certain';
    const { a, b, c, d } = table.stockFlow;
    for (const col of levels) {
      const text = `${a1(d, col.col)} = ${a1(a, col.col)} + ${a1(b, col.col)} - ${a1(c, col.col)}`;
      add(inf, { kind: 'expr', text, expression: compileExpression(text, table.sheet) });
    }
  }
}

/** Share columns: each one's part and base chosen from the figures, its rules, and the shares that make 100. */
function shareRules(inf: Inference, nestedGroups: Map<Group, boolean>): void {
  const { table, values, key, rows, rowOf } = inf;
  const choices = new Map<TableColumn, ShareChoice>();
  for (const shareCol of cols(inf, 'share')) {
    const choice = chooseShare(table, shareCol, rows, rowOf, values, key);
    if (choice) choices.set(shareCol, choice);
  }
  const ownBase = rowsOnParentBase(table, choices, rows, rowOf, values, key);
  for (const [row, own] of ownBase) inf.notes.push({ kind: 'row-base', cell: key(row, inf.labelCol), decided: own === 'parent' });
  for (const shareCol of cols(inf, 'share')) {
    const role = shareCol.role;
    if (role.kind !== 'share') continue;
    const choice = choices.get(shareCol);
    if (!choice) {
      if (rows.some((r) => values.get(key(r.row, shareCol.col))?.kind === 'number')) inf.notes.push({ kind: 'no-base', cell: key(table.headerBottom, shareCol.col) });
      continue;
    }
    setFamily(inf, `share:${shareCol.col}`);
    inf.strength = role.base ? 'certain' : 'inferred';
    const { of, base, baseCol } = choice;
    // Written back on the column, so a template extracted from this check keeps the reading.
    shareCol.role = withChosenBase(role, of, baseCol);
    const decimals = columnDecimals(rows, values, (r) => key(r, shareCol.col));
    for (let ri = 0; ri < rows.length; ri++) {
      const r = rows[ri];
      if (r.kind === 'average') continue;
      const own = ownBase.get(r.row);
      if (own === 'undecided') continue;
      const b = own === 'parent' ? baseFor(table, rowOf, values, key, of, r.row, 'parent') : baseFor(table, rowOf, values, key, of, r.row, base, baseCol, shareCol.col);
      // Written out, not spread from b: one per share cell of the workbook.
      if (b) {
        const share = key(r.row, shareCol.col);
        const part = key(r.row, of);
        addShare(inf, share, part, b.base, b.baseKind, decimals);
      }
    }
    inf.notes.push({ kind: 'share-base', cell: key(table.headerBottom, shareCol.col), base, explained: choice.explained, rows: choice.rows });
    if (base === 'parent' || base === 'total') {
      setFamily(inf, `share-total:${shareCol.col}`);
      inf.strength = 'inferred';
      for (const group of table.rowGroups) {
        if (group.relation !== 'sum') continue;
        const parts = nestedGroups.get(group) && group.nested ? group.parts.filter((p) => p !== group.nested!.inner) : group.parts;
        // Shares of the parent sum to 100 %; shares of the table total sum to the parent's own share.
        const total = base === 'total' ? key(group.parent, shareCol.col) : undefined;
        add(inf, { kind: 'share-total', total, shares: parts.map((p) => key(p, shareCol.col)) });
      }
    }
  }

  // Shares with no count of their own beside a total ("Dưới 30 tuổi (%) | Từ 30 - 50 tuổi (%) | Trên 50 tuổi (%)"):
  // categories of the row's whole, which make 100 across it — when the figures say so.
  const loose = cols(inf, 'share').filter((c) => !choices.has(c));
  if (loose.length >= 2 && !table.colGroups.length) {
    setFamily(inf, 'shares-100');
    inf.strength = 'inferred';
    for (const r of rows) {
      if (r.kind === 'average') continue;
      add(inf, { kind: 'share-total', shares: loose.map((c) => key(r.row, c.col)) });
    }
  }
}

/** Rows comparing two period rows, column by column. */
function rowComparisonRulesOf(inf: Inference): void {
  const { table, values, key } = inf;
  for (const comparison of table.comparisons ?? []) {
    setFamily(inf, `row-compare:${comparison.row}`);
    // Which two periods a row compares is certain when it names them; the last two is a guess the figures must bear out.
    inf.strength = comparison.named.length >= 2 ? 'certain' : 'inferred';
    const settled = settleRowPair(table, comparison, values, key);
    if (settled) Object.assign(comparison, settled, { relabelled: true });
    for (const rule of rowComparisonRules(table, comparison, key)) add(inf, rule);
  }
}

/** Change and ratio columns: down the rows when the periods are rows, else across each row between two columns. */
function comparisonColumnRules(inf: Inference, levels: TableColumn[]): void {
  const { table, values, key, rows } = inf;
  const downTheRows = changesDownTheRows(table, rows, levels, values, key);
  for (const [c, level] of downTheRows.levels) {
    setFamily(inf, `change-down:${c.col}`);
    inf.strength = 'inferred';
    for (const rule of changeDownRules(c, level, downTheRows.periods, key, !levels.includes(level))) add(inf, rule);
  }
  for (const c of table.columns) {
    const role = c.role;
    if ((role.kind !== 'difference' && role.kind !== 'ratio') || role.current === undefined || role.previous === undefined || downTheRows.levels.has(c)) continue;
    setFamily(inf, `compare:${c.col}`);
    inf.strength = 'certain';
    const pair = settlePair(table, c, rows, values, key);
    if (pair) c.role = { ...role, ...pair };
    const { current, previous } = pair ?? role;
    const decimals = role.kind === 'ratio' ? columnDecimals(rows, values, (r) => key(r, c.col)) : undefined;
    for (let ri = 0; ri < rows.length; ri++) {
      const r = rows[ri];
      addComparison(inf, role, key(r.row, c.col), key(r.row, current!), key(r.row, previous!), decimals);
    }
  }
}

/**
 * The change columns read down the rows, each with the level column it is the change of, and the period rows. A
 * plain object holding a Map: a Map given a `periods` property of its own (Object.assign) had a hidden class made
 * afresh in every check and dropped after it, and inferRules, whose optimized code refers to it, was thrown back to
 * the interpreter and compiled again at each check.
 */
interface ChangesDown {
  levels: Map<TableColumn, TableColumn>;
  periods: number[];
}

/**
 * Years (or terms) down the rows and a change column that names no periods of its own ("Tăng (+), giảm (-) so
 * với năm trước", "So với năm trước (%)"): each row's change is from the row above, of the level column left of
 * it. A reading of the layout, so the figures must bear it out (inferred); where the columns' layout also
 * suggests a pair of columns, the reading that holds in more rows is taken.
 */
function changesDownTheRows(table: Table, rows: Table['rows'], levels: TableColumn[], values: Values, key: (row: number, col: number) => Key): ChangesDown {
  const out: ChangesDown = { levels: new Map(), periods: [] };
  const periods = periodRows(rows).periods;
  if (periods.length < 3 || periods.some((p, i) => i > 0 && p.period.order <= periods[i - 1].period.order)) return out;
  out.periods = periods.map((p) => p.row);
  for (const c of table.columns) {
    const role = c.role;
    if ((role.kind !== 'difference' && role.kind !== 'ratio') || role.named.length) continue;
    // A change in points ("Tăng, giảm so với năm trước (điểm %)") is of the rate left of it, when that is nearer than
    // any count.
    const rates = role.kind === 'difference' && role.points ? table.columns.filter((x) => x.role.kind === 'share' || (x.role.kind === 'value' && !levels.includes(x))) : [];
    const level = [...levels, ...rates].filter((l) => l.col < c.col).sort((a, b) => a.col - b.col).at(-1);
    if (!level) continue;
    if (role.current !== undefined && role.previous !== undefined) {
      const holding = (candidates: RuleBody[]) => candidates.filter((r) => evaluateRule({ ...r, id: '', table: '' } as Rule, values).status === 'ok').length;
      const across = rows.map((r) => comparisonRule(role, key(r.row, c.col), key(r.row, role.current!), key(r.row, role.previous!)));
      if (holding(changeDownRules(c, level, out.periods, key, !levels.includes(level))) <= holding(across)) continue;
    }
    out.levels.set(c, level);
  }
  return out;
}

/** `ofRate`: the level is a column of rates (a share, or figures inference holds to be rates), not of counts. */
function changeDownRules(c: TableColumn, level: TableColumn, periods: number[], key: (row: number, col: number) => Key, ofRate: boolean): RuleBody[] {
  const out: RuleBody[] = [];
  const role = c.role;
  if (role.kind !== 'difference' && role.kind !== 'ratio') return out;
  // A "%" change of the counts down the rows is their relative change, never points; of a rate, it is points.
  const read = role.kind === 'difference' && role.points ? { ...role, relative: !ofRate } : role;
  for (let i = 1; i < periods.length; i++) out.push(comparisonRule(read, key(periods[i], c.col), key(periods[i], level.col), key(periods[i - 1], level.col)));
  return out;
}

type ComparisonRole = Extract<TableColumn['role'], { kind: 'difference' | 'ratio' }>;

/**
 * The rule one comparison cell states: a ratio, a change in points (only relative when of counts), or a difference.
 * Written out literal by literal, not spread: one per rule of a comparison column and per trial reading, and the
 * spreads cost more than the rest of making the rule (the same fields in the same order either way).
 */
function comparisonRule(role: ComparisonRole, target: Key, current: Key, previous: Key, decimals?: number): RuleBody {
  if (role.kind === 'ratio') return decimals ? { kind: 'ratio', ratio: target, current, previous, decimals } : { kind: 'ratio', ratio: target, current, previous };
  if (role.points) return role.relative ? { kind: 'points', diff: target, current, previous, relative: true } : { kind: 'points', diff: target, current, previous };
  return { kind: 'difference', diff: target, current, previous };
}

/**
 * "Bình quân học viên/lớp", "Tuổi trung bình": averages are compared, never added up; so are yields and densities,
 * written per unit ("Năng suất (tạ/ha)", "Mật độ (người/km²)", "Số bác sĩ/vạn dân"). "Dân số trung bình" (the mean
 * population of a year) is a count, the base of rates per 1.000.
 */
const AVERAGE_HEADER = /(?<!dân số\s)(?:bình quân|trung bình)|năng suất|mật độ|\p{L}\s*\/\s*(?:ha|km|km2|km²|người|hộ|con|lao động|vạn|1\.000|1000|100\.000|nghìn|ngàn)(?![\p{L}])/iu;
/** "So sánh (%) / So với DT tỉnh giao", "Tỷ lệ (%)": a column of rates under any header level is never added up. */
const RATE_HEADER = /\(\s*%\s*\)|(?<![\p{L}])(?:so sánh|tỷ lệ|tỉ lệ|tỷ suất|tỉ suất)(?![\p{L}])|^\s*%|‰/iu;

const PER_UNIT = /năng suất|bình quân|trung bình|tỷ suất|tỉ suất|‰|\p{L}\s*\/\s*(?:ha|lớp|hộ|người|trường|chi bộ|xã|vạn|1\.000|1000|100\.000)(?![\p{L}])/iu;

interface Quotient {
  target: number;
  numerator: number;
  denominator: number;
  scale: number;
}

/** "D8 = E8 / C8 * 10" in every row: a quotient column, written or inferred, checked as the cells are rounded. */
function quotientRules(sheet: string, rows: Table['rows'], { target, numerator, denominator, scale }: Quotient): RuleBody[] {
  return rows.map((r) => {
    const text = `${a1(r.row, target)} = ${a1(r.row, numerator)} / ${a1(r.row, denominator)}${scale === 1 ? '' : ` * ${scale}`}`;
    return { kind: 'expr', text, expression: compileExpression(text, sheet) };
  });
}

/** The two columns before `c` and the power of ten whose quotient explains `c` in most rows (three at least). */
function chooseQuotient(c: TableColumn, levels: TableColumn[], rows: Table['rows'], values: Values, key: (row: number, col: number) => Key): Omit<Quotient, 'target'> | undefined {
  const before = levels.filter((x) => x.col < c.col);
  const sample = rows.filter((r) => r.kind !== 'connector').slice(0, SAMPLE);
  // Each column's figures read once; the pairs are decided in exact arithmetic, not through compiled expressions: a
  // wide table tries many of them.
  const figuresOf = (col: number) =>
    sample.map((r) => {
      const v = values.get(key(r.row, col));
      const n = v && numericValue(v);
      return n === undefined ? undefined : { value: n, decimals: decimalsOfCell(v!) };
    });
  const target = figuresOf(c.col);
  const figures = new Map(before.map((x) => [x.col, figuresOf(x.col)]));
  let best: (Omit<Quotient, 'target'> & { ok: number; tried: number }) | undefined;
  for (const numerator of before) {
    for (const denominator of before) {
      if (numerator === denominator) continue;
      const [ns, ds] = [figures.get(numerator.col)!, figures.get(denominator.col)!];
      for (const scale of [1, 10, 100, 1000, 10000, 100000]) {
        let ok = 0;
        let tried = 0;
        target.forEach((t, i) => {
          const [n, d] = [ns[i], ds[i]];
          if (!t || !n || !d || d.value.n === 0n) return;
          tried++;
          if (roundHalfUp(n.value.mul(scale).div(d.value), t.decimals).equals(t.value)) ok++;
        });
        if (!best || ok > best.ok) best = { numerator: numerator.col, denominator: denominator.col, scale, ok, tried };
      }
    }
  }
  return best && best.ok >= 3 && best.ok * 3 >= best.tried * 2 ? best : undefined;
}

/** Readings the labels state: a total row, "Gồm"/"Chia ra", a closing "Cộng", a template. */
const CERTAIN_READINGS = new Set<Reading>(['gom', 'total-row', 'trailing-total', 'trong-do-exhaustive', 'template', 'written']);

function isPercentUnit(unit: string | undefined): boolean {
  return !!unit && /^\s*(%|phần trăm)\s*$/iu.test(unit);
}

/** A value column whose figures are mostly percentages (a "%" format or "49,29%" typed) holds rates. */
function mostlyPercent(column: TableColumn, table: Table, values: Values, key: (row: number, col: number) => Key): boolean {
  let percent = 0;
  let figures = 0;
  const rows = table.rows;
  for (let i = 0; i < rows.length; i++) {
    const v = values.get(key(rows[i].row, column.col));
    if (v?.kind === 'number') {
      figures++;
      if (v.percent) percent++;
    }
    // Settled once the rows left, all figures in percent, could no longer tip it: a column of counts is known not to
    // be rates half way down (this ran over every row of every value column, a tenth of a check's lookups).
    if (2 * percent + (rows.length - 1 - i) <= figures) return false;
  }
  return figures > 0 && percent * 2 > figures;
}

type RowOf = RowIndex<Table['rows'][number]>;

/**
 * Whether the group's rows (its parent and parts) state two different units. Read row by row, not by collecting the
 * units into a set through three arrays: asked of every group of every table.
 */
function mixesUnits(group: Group, rowOf: RowOf): boolean {
  let unit = rowOf.get(group.parent)?.unit;
  for (let i = 0; i < group.parts.length; i++) {
    const u = rowOf.get(group.parts[i])?.unit;
    if (!u) continue;
    if (!unit) unit = u;
    else if (u !== unit) return true;
  }
  return false;
}

/**
 * What baseFor answers, in one object it fills rather than a fresh one per answer: it runs for every row of every
 * reading tried, and every caller reads the answer at once (into a rule, or a trial), before asking again.
 */
type Base = { base: Key; baseKind: ShareBase };
const ANSWER: Base = { base: '', baseKind: 'self' };
function answer(base: Key, baseKind: ShareBase): Base {
  ANSWER.base = base;
  ANSWER.baseKind = baseKind;
  return ANSWER;
}

/** A row that is its own base. */
function selfBase(key: (row: number, col: number) => Key, row: number, of: number): Base {
  return answer(key(row, of), 'self');
}

/**
 * A share cell printed 100. Not a closure inside baseFor: one there made baseFor set up a context at every call,
 * whichever base it was asked for.
 */
function printedHundred(values: Values, at: Key): boolean {
  const v = values.get(at);
  return v?.kind === 'number' && isHundred(v);
}

function baseFor(table: Table, rowOf: RowOf, values: Values, key: (row: number, col: number) => Key, of: number, row: number, base: ShareBase, baseCol?: number, shareCol?: number): Base | undefined {
  switch (base) {
    case 'marked': {
      if (shareCol === undefined) return undefined;
      if (printedHundred(values, key(row, shareCol))) return selfBase(key, row, of);
      // Nearest first: walk up from the row rather than filtering the whole table for every row.
      let at = -1;
      for (let i = 0; i < table.rows.length; i++) {
        if (table.rows[i].row === row) {
          at = i;
          break;
        }
      }
      for (let i = at - 1; i >= 0; i--) {
        const r = table.rows[i];
        if (r.kind !== 'connector' && printedHundred(values, key(r.row, shareCol))) return answer(key(r.row, of), 'marked');
      }
      return undefined;
    }
    case 'parent': {
      const parent = rowOf.get(row)?.parent ?? (row === table.totalRow ? undefined : table.totalRow);
      if (parent === undefined) return row === table.totalRow ? selfBase(key, row, of) : undefined;
      return answer(key(parent, of), 'parent');
    }
    case 'total':
      if (table.totalRow === undefined) return undefined;
      return row === table.totalRow ? selfBase(key, row, of) : answer(key(table.totalRow, of), 'total');
    case 'row-total':
      return baseCol === undefined ? undefined : answer(key(row, baseCol), 'row-total');
    case 'fraction':
      return values.get(key(row, of))?.kind === 'fraction' ? answer(key(row, of), 'fraction') : undefined;
    default:
      return undefined;
  }
}

/**
 * How a candidate reading fares on a table's rows, up to `limit` rows that can be evaluated: holding exactly,
 * holding but for rounding, and evaluated at all. Readings are chosen by it.
 */
function tally(rows: Table['rows'], values: Values, limit: number, rule: (row: Table['rows'][number]) => Rule | undefined): { ok: number; rounded: number; tried: number } {
  let ok = 0;
  let rounded = 0;
  let tried = 0;
  for (let ri = 0; ri < rows.length; ri++) {
    const r = rows[ri];
    if (tried >= limit) break;
    if (r.kind === 'average') continue;
    const candidate = rule(r);
    if (!candidate) continue;
    const outcome = evaluateRule(candidate, values);
    if (outcome.status === 'skip') continue;
    tried++;
    if (outcome.status === 'ok') ok++;
    else if (outcome.severity === 'warning') rounded++;
  }
  return { ok, rounded, tried };
}

interface ShareChoice {
  of: number;
  base: ShareBase;
  baseCol?: number;
  explained: number;
  rows: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
const COMMON = new Set(['tỷ', 'tỉ', 'lệ', 'số', 'tổng', 'trong', 'đó', 'năm', 'nhiệm', 'kỳ', 'so', 'với', 'của', 'và', 'các', 'người', 'đảng', 'viên']);
const wordsOf = (text: string) => new Set((text.toLowerCase().match(WORD) ?? []).filter((w) => !COMMON.has(w) && !/^\d+$/.test(w)));

/**
 * What a share column is a share of: the part column and the base that explain most rows. Parts are the
 * value columns before it (nearest first, and first any whose header names what the share's header names:
 * "Tỷ lệ đảng viên trẻ (%)"); bases are a fraction's whole, the parent row, the table's total row, or
 * another value column of the same row ("Số tham gia" ÷ "Tổng số").
 */
function chooseShare(table: Table, shareCol: TableColumn, rows: Table['rows'], rowOf: RowOf, values: Values, key: (row: number, col: number) => Key): ShareChoice | undefined {
  const role = shareCol.role;
  if (role.kind !== 'share') return undefined;
  const valueCols = table.columns.filter((c) => c.role.kind === 'value');
  // The counts are before their shares, or — where a table puts the share first — the nearest after it.
  const left = valueCols.filter((c) => c.col < shareCol.col).reverse();
  const before = left.length ? left : valueCols.filter((c) => c.col > shareCol.col).slice(0, 1);
  const named = wordsOf(shareCol.path.at(-1) ?? '');
  const naming = before.filter((c) => [...wordsOf(c.path.join(' '))].some((w) => named.has(w)));
  const fixedPart = role.base !== undefined && role.of !== undefined;
  // The part columns in order, each once: pushed into one literal, not spread from a Set of spreads of maps (arrays of
  // either elements kind, as map ran in the builtin or optimized), which threw the optimized chooseShare back to the
  // interpreter when it met the other kind.
  const parts: number[] = [];
  if (fixedPart) parts.push(role.of!);
  else {
    if (role.of !== undefined) parts.push(role.of);
    for (const c of naming) if (!parts.includes(c.col)) parts.push(c.col);
    for (const c of before.slice(0, 3)) if (!parts.includes(c.col)) parts.push(c.col);
  }
  const rowTotal = (of: number) => table.colGroups.find((g) => g.parts.includes(of))?.parent;
  let best: ShareChoice | undefined;
  for (const of of parts) {
    const bases: { base: ShareBase; baseCol?: number }[] = [];
    const fixedCol = role.kind === 'share' ? role.baseCol : undefined;
    if (role.base) bases.push({ base: role.base, baseCol: role.base === 'row-total' ? fixedCol ?? rowTotal(of) : undefined });
    else {
      bases.push({ base: 'fraction' }, { base: 'parent' }, { base: 'total' }, { base: 'marked' });
      const total = rowTotal(of);
      const others = valueCols.filter((c) => c.col !== of && c.col !== total).sort((a, b) => Math.abs(a.col - of) - Math.abs(b.col - of));
      // Pushed one by one, not spread from a map (see parts above).
      if (total !== undefined) bases.push({ base: 'row-total', baseCol: total });
      for (const o of others) bases.push({ base: 'row-total', baseCol: o.col });
    }
    for (const candidate of bases) {
      const t = tally(rows, values, SAMPLE, ({ row }) => {
        const b = baseFor(table, rowOf, values, key, of, row, candidate.base, candidate.baseCol, shareCol.col);
        return b && trialShare(key(row, shareCol.col), key(row, of), b);
      });
      const explained = t.ok + t.rounded;
      if (t.tried && (!best || explained > best.explained)) best = { of, ...candidate, explained, rows: t.tried };
      // A reading that explains every row tried cannot be beaten: most columns stop at their first candidate.
      if (best && best.explained === best.rows && best.rows >= Math.min(SAMPLE, 3)) return best;
    }
  }
  return best;
}

/**
 * { ...role, of, ...(baseCol !== undefined ? { baseCol } : {}) }: written out as a literal for the two shapes a share
 * role has here (linkColumns' and a template's), the same keys in the same order. A spread copy's hidden class is made
 * afresh in each check and dropped after it, and every `role.kind` read over the columns that had met the last check's
 * (collectFigures, columnsByKind, settlePair …) was thrown back to the interpreter at the next check.
 */
function withChosenBase(role: Extract<ColumnRole, { kind: 'share' }>, of: number, baseCol: number | undefined): ColumnRole {
  const keys = Object.keys(role).join();
  if (keys === 'kind,of,period') return baseCol !== undefined ? { kind: 'share', of, period: role.period, baseCol } : { kind: 'share', of, period: role.period };
  if (keys === 'kind,of,period,base') return baseCol !== undefined ? { kind: 'share', of, period: role.period, base: role.base, baseCol } : { kind: 'share', of, period: role.period, base: role.base };
  return { ...role, of, ...(baseCol !== undefined ? { baseCol } : {}) };
}

/**
 * A "Trong đó" row's share is sometimes of its own parent row ("xuất sắc" as a share of "tốt", a footnote
 * saying so) while the other rows are of the column's base. The figures decide, row by row: a row whose
 * shares hold on its parent in two or more columns and on the column's base in none is read on its parent;
 * with one column only the two readings cannot be told from a slip, so the row is not checked.
 */
function rowsOnParentBase(table: Table, choices: Map<TableColumn, ShareChoice>, rows: Table['rows'], rowOf: RowOf, values: Values, key: (row: number, col: number) => Key): Map<number, 'parent' | 'undecided'> {
  const decided = new Map<number, 'parent' | 'undecided'>();
  const onRowBase = [...choices].filter(([, c]) => c.base === 'marked' || c.base === 'total');
  if (!onRowBase.length) return decided;
  const siblingsOnChosen = (row: number, parent: number) =>
    rows.some((s) => s.row !== row && s.parent === parent && onRowBase.some(([col, c]) => {
      const b = baseFor(table, rowOf, values, key, c.of, s.row, c.base, c.baseCol, col.col);
      if (!b || b.base === key(s.row, c.of) || b.base === key(parent, c.of)) return false;
      return shareOn(values, key(s.row, col.col), key(s.row, c.of), b).status === 'ok';
    }));
  for (let ri = 0; ri < rows.length; ri++) {
    const r = rows[ri];
    const parent = r.parent;
    if (parent === undefined || r.kind !== 'data') continue;
    let onParent = 0;
    let onChosen = 0;
    let onNeither = 0;
    // Indexed, and the trials in a module-level function: a for…of with destructuring and a closure per column made
    // three objects per row of every table with shares.
    for (let ci = 0; ci < onRowBase.length; ci++) {
      const [col, c] = onRowBase[ci];
      const chosen = baseFor(table, rowOf, values, key, c.of, r.row, c.base, c.baseCol, col.col);
      if (chosen?.base === key(parent, c.of)) continue;
      if (holdsOn(values, key, r.row, col.col, c.of, chosen)) onChosen++;
      else if (holdsOn(values, key, r.row, col.col, c.of, baseFor(table, rowOf, values, key, c.of, r.row, 'parent'))) onParent++;
      else onNeither++;
    }
    if (!onParent || onChosen) continue;
    // A share that holds on neither base is wrong whichever is meant; the parent reading gives its value.
    if (onParent >= 2 || onNeither) decided.set(r.row, 'parent');
    // Siblings on the column's base make this one the odd row out: a slip, checked as one.
    else if (!siblingsOnChosen(r.row, parent)) decided.set(r.row, 'undecided');
  }
  return decided;
}

/**
 * The share rule a trial evaluates, one object filled for each trial rather than a fresh literal: chooseShare tries
 * forty rows of a share column on each candidate base, rowsOnParentBase every row on one base or two, and evaluateRule keeps nothing of the rule it is given
 * (its outcome names cells by their keys). Its keys in the order `completed` writes a share rule's: a shape
 * evaluateRule already knows.
 */
const TRIAL_SHARE: Extract<Rule, { kind: 'share' }> = { kind: 'share', share: '', part: '', base: '', baseKind: 'self', id: '', table: '', family: undefined, strength: 'inferred' };

/** The trial rule of the share `share` = `part` over the base `b`, to evaluate at once (the next trial overwrites it). */
function trialShare(share: Key, part: Key, b: Base): Rule {
  TRIAL_SHARE.share = share;
  TRIAL_SHARE.part = part;
  TRIAL_SHARE.base = b.base;
  TRIAL_SHARE.baseKind = b.baseKind;
  return TRIAL_SHARE;
}

/** The outcome of the share `share` = `part` over the base `b`. */
function shareOn(values: Values, share: Key, part: Key, b: Base): Outcome {
  return evaluateRule(trialShare(share, part, b), values);
}

/** Whether the row's share in `shareCol` holds (rounding aside) on the base `b`, which must not be its own part. */
function holdsOn(values: Values, key: (row: number, col: number) => Key, row: number, shareCol: number, of: number, b: Base | undefined): boolean {
  if (!b) return false;
  const part = key(row, of);
  if (b.base === part) return false;
  const o = shareOn(values, key(row, shareCol), part, b);
  return o.status === 'ok' || (o.status !== 'skip' && o.severity === 'warning');
}

/**
 * Columns beside a "Tổng số" with no "Chia ra" over them may not all be its parts ("Tổng số TCCSĐ | Đảng bộ cơ
 * sở | Chi bộ cơ sở | Chi bộ trực thuộc | Số đảng viên"): take the run of columns from the first that adds up
 * in most rows, and read it as certain when its labels are a known complete set (đảng bộ + chi bộ cơ sở).
 */
function settleLayoutGroup(group: Group, rows: Table['rows'], values: Values, key: (row: number, col: number) => Key): Group {
  if (group.relation !== 'sum' || group.parts.length < 3) return group;
  let best = { parts: group.parts, holds: -1 };
  for (let n = group.parts.length; n >= 2; n--) {
    const parts = group.parts.slice(0, n);
    const holds = tally(rows, values, Infinity, ({ row, kind }) =>
      kind === 'average' ? undefined : { id: '', table: '', kind: 'sum', total: key(row, group.parent), parts: parts.map((p) => key(row, p)), reading: 'layout' },
    ).ok;
    if (holds > best.holds) best = { parts, holds };
    if (n === group.parts.length && holds === rows.length) break;
  }
  return { ...group, parts: best.parts };
}

/** The decimals most shares of a column are written with, when most are written with some (else none). */
function columnDecimals(rows: Table['rows'], values: Values, at: (row: number) => Key): number | undefined {
  // Counted by decimals in an array, not a Map; the first decimals met wins a tie, as the Map's order made it.
  const counts: number[] = [];
  const met: number[] = [];
  let figures = 0;
  for (let ri = 0; ri < rows.length; ri++) {
    const r = rows[ri];
    const v = values.get(at(r.row));
    if (v?.kind !== 'number' || isHundred(v)) continue;
    figures++;
    const d = v.decimals;
    if (d > 0) {
      if (counts[d] === undefined) {
        counts[d] = 0;
        met.push(d);
      }
      counts[d]++;
    }
  }
  let best = 0;
  let n = 0;
  for (const d of met) {
    if (counts[d] > n) {
      best = d;
      n = counts[d];
    }
  }
  return figures >= 3 && n * 2 > figures ? best : undefined;
}

/**
 * The header says which periods a comparison compares, and is sometimes wrong ("So sánh 2024/2022" over
 * figures of 2024/2023). When the named pair explains few rows and another pair of period columns explains
 * nearly all, the figures win; the header is then reported as naming the wrong period.
 */
function settlePair(table: Table, column: TableColumn, rows: Table['rows'], values: Values, key: (row: number, col: number) => Key): { current: number; previous: number } | undefined {
  const role = column.role;
  if ((role.kind !== 'difference' && role.kind !== 'ratio') || role.current === undefined || role.previous === undefined) return undefined;
  const holds = (current: number, previous: number) => {
    const t = tally(rows, values, SAMPLE, ({ row }): Rule => {
      // A trial rule, evaluated and dropped: evaluateRule reads neither its id nor its table.
      return comparisonRule(role, key(row, column.col), key(row, current), key(row, previous)) as Rule;
    });
    return { ok: t.ok + t.rounded, tried: t.tried };
  };
  const kind = table.columns.find((c) => c.col === role.current)?.role.kind;
  const periodic = table.columns.filter((c) => c.role.kind === kind && (c.role.kind === 'value' || c.role.kind === 'share') && c.role.period);
  const order = (c: TableColumn) => (c.role as { period?: { order: number } }).period!.order;
  return pairTheFiguresBearOut({ current: role.current, previous: role.previous }, periodic.map((c) => ({ at: c.col, order: order(c) })), holds, 3);
}

/**
 * The pair of periods a comparison compares when the one it names is wrong: the named pair explains under half of
 * what can be tried, and another pair (later, earlier) at least three quarters, each tried in `least` places or more.
 */
function pairTheFiguresBearOut(
  named: { current: number; previous: number },
  periods: { at: number; order: number }[],
  holds: (current: number, previous: number) => { ok: number; tried: number },
  least: number,
): { current: number; previous: number } | undefined {
  const asNamed = holds(named.current, named.previous);
  if (asNamed.tried < least || asNamed.ok * 2 >= asNamed.tried) return undefined;
  let best: { current: number; previous: number; ok: number; tried: number } | undefined;
  for (const a of periods) {
    for (const b of periods) {
      if (a.order <= b.order || (a.at === named.current && b.at === named.previous)) continue;
      const h = holds(a.at, b.at);
      if (!best || h.ok > best.ok) best = { current: a.at, previous: b.at, ...h };
    }
  }
  return best && best.tried >= least && best.ok * 4 >= best.tried * 3 ? { current: best.current, previous: best.previous } : undefined;
}

/** The comparison row's rules: a change (in points for a share column) or a ratio, column by column. */
function rowComparisonRules(table: Table, c: RowComparison, key: (row: number, col: number) => Key): RuleBody[] {
  const out: RuleBody[] = [];
  for (const column of table.columns) {
    const cells = { current: key(c.current, column.col), previous: key(c.previous, column.col) };
    if (column.role.kind === 'value') {
      if (c.kind === 'ratio') out.push({ kind: 'ratio', ratio: key(c.row, column.col), ...cells });
      else out.push({ kind: 'difference', diff: key(c.row, column.col), ...cells });
    } else if (column.role.kind === 'share' && c.kind === 'difference') out.push({ kind: 'points', diff: key(c.row, column.col), ...cells });
  }
  return out;
}

/**
 * The label says which periods a comparison row compares, and is sometimes wrong ("… so với NK 2010 - 2015" over
 * 2020 - 2025 minus 2015 - 2020). When the named pair explains few columns and another pair of period rows nearly all,
 * the figures win and the label is reported.
 */
function settleRowPair(table: Table, c: RowComparison, values: Values, key: (row: number, col: number) => Key): { current: number; previous: number } | undefined {
  if (c.named.length < 2) return undefined;
  const holds = (current: number, previous: number) => {
    let ok = 0;
    let tried = 0;
    for (const rule of rowComparisonRules(table, { ...c, current, previous }, key)) {
      const o = evaluateRule({ ...rule, id: '', table: '' } as Rule, values);
      if (o.status === 'skip') continue;
      tried++;
      if (o.status === 'ok' || o.severity === 'warning') ok++;
    }
    return { ok, tried };
  };
  const periods = periodRows(table.rows).periods.map((p) => ({ at: p.row, order: p.period.order }));
  return pairTheFiguresBearOut(c, periods, holds, 2);
}
