// Checking a workbook: find tables, infer rules, check them, localize errors, and say it all as findings.
import { a1, keyMaker, parseA1, rangeA1, splitKey } from './address';
import { CellValue, interpretCell, numericValue } from './cell-value';
import { Finding, CheckResult, sortFindings, TableSummary } from './findings';
import { Lang, messages, Messages } from './messages';
import { formatEn, formatVi } from './numbers/format';
import type { Exact } from './numbers/exact';
import { cellAt, mergeOwners, positionKey, SheetInput } from './sheet';
import { detectTables, cellText } from './table/detect';
import { wrongTermLabels } from './table/columns';
import type { Table, TableColumn, TableRow } from './table/types';
import { evaluateRule, Values } from './rules/evaluate';
import { inferRules, Note } from './rules/infer';
import { summedCells } from './rules/formula-ranges';
import type { Key, Outcome, Rule } from './rules/types';
import { cellsOf, reportedKind } from './rules/types';
import { localize, Localization } from './localize/localize';
import { Template, tablesFromTemplate, templateRules } from './template';

export interface CheckOptions {
  lang?: Lang;
  /** Only these sheets. */
  sheets?: string[];
  /** Use the template's structure and rules instead of inference. */
  template?: Template;
}

export interface TableCheck {
  table: Table;
  rules: Rule[];
}

export interface WorkbookCheck extends CheckResult {
  checked: TableCheck[];
}

const FIGURE_ROLES = new Set(['value', 'share', 'difference', 'ratio']);
/** Excel keeps 15 significant digits; figures from 10^15 on are not what was typed. */
const HUGE = 10n ** 15n;

export function checkWorkbook(sheets: SheetInput[], options: CheckOptions = {}): WorkbookCheck {
  const lang = options.lang ?? 'vi';
  const say = messages(lang);
  const chosen = options.sheets ? sheets.filter((s) => options.sheets!.includes(s.name)) : sheets;
  const values = new Map<Key, CellValue>();
  const formulas = new Map<Key, string>();
  const findings: Finding[] = [];
  const checked: TableCheck[] = [];
  const keys = new Map<string, (row: number, col: number) => Key>();
  const fmt = (v: Exact, decimals: number, percent: boolean) => (lang === 'vi' ? formatVi : formatEn)(v, { decimals, percent });

  for (const sheet of chosen) {
    const tables = options.template ? tablesFromTemplate(options.template, sheet) : detectTables(sheet);
    const owners = mergeOwners(sheet);
    const keyOf = keyMaker(sheet.name);
    keys.set(sheet.name, keyOf);
    for (const table of tables) {
      collectFigures(sheet, table, owners, keyOf, values, formulas, findings, say, fmt);
      const inferred = inferRules(table, values, keyOf);
      const written = options.template ? templateRules(options.template, table, findings) : [];
      // User-written rules may name cells outside the figure columns: read those too.
      for (const key of written.flatMap(cellsOf)) {
        if (values.has(key)) continue;
        const at = parseA1(splitKey(key).cell)!;
        values.set(key, interpretCell(cellAt(sheet, at.row, at.col)));
      }
      const rules = [...inferred.rules, ...written];
      checked.push({ table, rules });
      findings.push(...notesToFindings(inferred.notes, table, say));
      findings.push(...termLabelFindings(table, say));
      for (const r of sheet.hiddenRows ?? []) {
        if (r >= table.bodyTop && r <= table.bodyBottom) findings.push(info(table, a1(r, table.range.left), say.hidden(r + 1)));
      }
    }
  }

  const allRules = checked.flatMap((c) => c.rules);
  const failures: { rule: Rule; outcome: Extract<Outcome, { status: 'fail' }> }[] = [];
  const blocked = new Set<Key>();
  const pointsNotes = new Map<string, { relative: number; points: number; table: string }>();
  for (const rule of allRules) {
    const outcome = evaluateRule(rule, values);
    if (outcome.status === 'skip') outcome.blockers.forEach((b) => blocked.add(b));
    else if (outcome.status === 'ok' && outcome.note) {
      const { sheet, cell } = splitKey((rule as Extract<Rule, { kind: 'points' }>).diff);
      const column = `${sheet}!${cell.replace(/\d+$/, '')}`;
      const entry = pointsNotes.get(column) ?? { relative: 0, points: 0, table: rule.table };
      entry[outcome.note]++;
      pointsNotes.set(column, entry);
    } else if (outcome.status === 'fail') {
      if (outcome.severity === 'error') failures.push({ rule, outcome });
      else findings.push(warningFinding(rule, outcome, say, fmt));
    }
  }
  for (const [column, n] of pointsNotes) {
    const { sheet, cell } = splitKey(column);
    const table = checked.find((c) => c.table.id === n.table)!.table;
    findings.push({ ...info(table, `${cell}${table.headerBottom + 1}`, say.pointsReading(`${cell}${table.headerBottom + 1}`, n.relative > n.points, n.relative + n.points)), sheet });
  }
  for (const key of blocked) findings.push(...blockerFinding(key, values, checked, say));
  const formulaFindingsList = formulaFindings(allRules, formulas, checked, say);
  findings.push(...formulaFindingsList);

  // A formula result is not an input to blame, unless the formula itself leaves out parts of the total it computes.
  const wrongFormulas = new Set(formulaFindingsList.map((f) => `${f.sheet}!${f.cell}`));
  const blamable = (key: Key) => (!formulas.has(key) || wrongFormulas.has(key)) && numericValue(values.get(key) ?? { kind: 'blank' }) !== undefined;
  const formulaSums = new Map<Key, Key[]>();
  for (const [key, formula] of formulas) {
    const { sheet } = splitKey(key);
    const summed = summedCells(formula);
    if (summed) formulaSums.set(key, summed.map((c) => `${sheet}!${c}`));
  }
  const located = localize(allRules, values, failures, blamable, formulaSums);
  for (const loc of located) findings.push(...failureFindings(loc, failures, values, say, fmt));

  findings.push(...crossFindings(checked, values, keys, say, fmt));

  const tables: TableSummary[] = checked.map(({ table, rules }) => ({
    id: table.id,
    sheet: table.sheet,
    range: rangeA1(table.range),
    title: table.title ?? '',
    rules: rules.length,
  }));
  const sorted = sortFindings(dedupe(findings), sheets.map((s) => s.name));
  return {
    tables,
    findings: sorted,
    summary: {
      tables: tables.length,
      rules: allRules.length,
      errors: sorted.filter((f) => f.severity === 'error').length,
      warnings: sorted.filter((f) => f.severity === 'warning').length,
      infos: sorted.filter((f) => f.severity === 'info').length,
    },
    checked,
  };
}

type Fmt = (v: Exact, decimals: number, percent: boolean) => string;

function info(table: Table, cell: string, message: string): Finding {
  return { sheet: table.sheet, cell, rule: 'input', severity: 'info', stated: '', expected: '', cells: [cell], message, fix: null, table: table.id };
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const id = `${f.sheet}|${f.cell}|${f.rule}|${f.severity}|${f.message}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

function isCountColumn(column: TableColumn): boolean {
  return column.role.kind === 'value' || (column.role.kind === 'difference' && !column.role.points);
}

function collectFigures(
  sheet: SheetInput,
  table: Table,
  owners: ReturnType<typeof mergeOwners>,
  keyOf: (row: number, col: number) => Key,
  values: Map<Key, CellValue>,
  formulas: Map<Key, string>,
  findings: Finding[],
  say: Messages,
  fmt: Fmt,
): void {
  const columns = table.columns.filter((c) => FIGURE_ROLES.has(c.role.kind));
  const rows = table.rows.filter((r) => r.kind !== 'connector');
  let viStyled = 0;
  const plain: { cell: string; text: string; value: CellValue }[] = [];
  const add = (f: Omit<Finding, 'sheet' | 'table' | 'fix' | 'cells' | 'expected'> & { expected?: string }) =>
    findings.push({ expected: '', ...f, sheet: sheet.name, table: table.id, cells: [f.cell], fix: null });

  for (const column of columns) {
    for (const row of rows) {
      const cell = a1(row.row, column.col);
      const key = keyOf(row.row, column.col);
      const raw = cellAt(sheet, row.row, column.col);
      const owner = owners.get(positionKey(row.row, column.col));
      if (owner) {
        add({ cell, rule: 'input', severity: 'info', stated: '', message: say.merged(cell, a1(owner.row, owner.col)) });
        values.set(key, { kind: 'blank' });
        continue;
      }
      const value = interpretCell(raw, { expectInteger: isCountColumn(column) });
      values.set(key, value);
      if (raw?.formula) formulas.set(key, raw.formula);
      const text = value.kind === 'number' && value.source === 'number' ? '' : cellText(raw);
      switch (value.kind) {
        case 'text':
          add({ cell, rule: 'input', severity: 'warning', stated: text, message: say.text(cell, text) });
          break;
        case 'error':
          add({ cell, rule: 'input', severity: 'error', stated: value.code, message: say.errorValue(cell, value.code) });
          break;
        case 'placeholder':
          add({ cell, rule: 'input', severity: 'info', stated: text, message: say.placeholder(cell, text) });
          break;
        case 'ambiguous':
          add({
            cell,
            rule: 'input',
            severity: 'warning',
            stated: text,
            message: say.ambiguous(cell, text, value.readings.map((r) => fmt(r.value, r.decimals, r.percent))),
          });
          break;
        case 'number': {
          const shown = () => fmt(value.value, value.decimals, value.percent);
          if (value.source === 'text') {
            if (value.style === 'en') add({ cell, rule: 'input', severity: 'warning', stated: text, expected: shown(), message: say.englishStyle(cell, text, shown()) });
            if (value.style === 'vi' && text.includes('.')) viStyled++;
            if (value.style === 'plain') plain.push({ cell, text, value });
          }
          if (value.value.s < 0n && column.role.kind === 'value') add({ cell, rule: 'input', severity: 'warning', stated: shown(), message: say.negative(cell, shown()) });
          if (value.value.n >= HUGE * value.value.d) add({ cell, rule: 'input', severity: 'warning', stated: shown(), message: say.huge(cell, shown()) });
          break;
        }
      }
    }
  }
  if (viStyled > 0) {
    for (const p of plain) {
      if (p.value.kind !== 'number') continue;
      const shown = fmt(p.value.value, p.value.decimals, p.value.percent);
      add({ cell: p.cell, rule: 'input', severity: 'warning', stated: p.text, expected: shown, message: say.plainStyle(p.cell, p.text, shown) });
    }
  }
}

function blockerFinding(key: Key, values: Values, checked: TableCheck[], say: Messages): Finding[] {
  const v = values.get(key);
  const { sheet, cell } = splitKey(key);
  const table = checked.find((c) => c.rules.some((r) => cellsOf(r).includes(key)))?.table;
  const base = { sheet, cell, rule: 'input' as const, severity: 'info' as const, stated: '', expected: '', cells: [cell], fix: null, table: table?.id };
  if (!v || v.kind === 'blank') return [{ ...base, message: say.blank(cell) }];
  const n = numericValue(v);
  if (n && n.equals(0)) return [{ ...base, stated: '0', message: say.zeroBase(cell) }];
  return [];
}

function notesToFindings(notes: Note[], table: Table, say: Messages): Finding[] {
  return notes.map((note) => {
    const { cell } = splitKey(note.cell);
    const message =
      note.kind === 'share-base'
        ? say.shareBase(cell, note.base, note.explained, note.rows)
        : note.kind === 'nesting'
          ? say.nesting(cell, note.nested)
          : say.reading(cell, note.reading);
    return { ...info(table, cell, message), rule: note.kind === 'share-base' ? 'share' : 'sum' };
  });
}

function termLabelFindings(table: Table, say: Messages): Finding[] {
  const out: Finding[] = [];
  for (const column of table.columns) {
    const wrong = wrongTermLabels(table.columns, column);
    if (!wrong.length) continue;
    const role = column.role as Extract<TableColumn['role'], { current?: number }>;
    const compared = [role.current!, role.previous!].map((c) => {
      const r = table.columns.find((x) => x.col === c)!.role;
      return r.kind === 'value' || r.kind === 'share' ? r.period?.label ?? '' : '';
    });
    const cell = a1(table.headerTop, column.col);
    for (const p of wrong) {
      out.push({
        sheet: table.sheet,
        cell,
        rule: 'term-label',
        severity: 'error',
        stated: p.label,
        expected: compared[1],
        cells: [cell],
        message: say.termLabel(cell, p.label, compared),
        fix: null,
        table: table.id,
      });
    }
  }
  return out;
}

function stateOf(key: Key, values: Values, fmt: Fmt): string {
  const v = values.get(key);
  if (!v) return '';
  if (v.kind === 'number') return fmt(v.value, v.decimals, v.percent);
  if (v.kind === 'fraction') return `${fmt(v.part, 0, false)}/${fmt(v.whole, 0, false)}`;
  if (v.kind === 'nil') return '-';
  return '';
}

function warningFinding(rule: Rule, outcome: Extract<Outcome, { status: 'fail' }>, say: Messages, fmt: Fmt): Finding {
  const { sheet, cell } = splitKey(outcome.target);
  const stated = fmt(outcome.stated, outcome.decimals, outcome.percent);
  const expected = fmt(outcome.expected, outcome.decimals, outcome.percent);
  const why = outcome.why ?? 'rounding';
  return {
    sheet,
    cell,
    rule: reportedKind(rule),
    severity: 'warning',
    stated,
    expected,
    cells: cellsOf(rule).map((k) => splitKey(k).cell),
    message: why === 'truncation' ? say.truncation(cell, stated, expected) : say.rounding(cell, stated, expected),
    fix: { cell, value: expected, why },
    table: rule.table,
  };
}

function describeFailure(rule: Rule, outcome: Extract<Outcome, { status: 'fail' }>, values: Values, say: Messages, fmt: Fmt): string {
  const c = (k: Key) => splitKey(k).cell;
  const stated = fmt(outcome.stated, outcome.decimals, outcome.percent);
  const expected = fmt(outcome.expected, outcome.decimals, outcome.percent);
  switch (rule.kind) {
    case 'sum':
      return say.sum(c(rule.total), stated, expected, rule.parts.map(c));
    case 'subset':
      return say.subset(c(rule.parent), stated, expected, rule.parts.map(c));
    case 'share':
      return say.share(c(rule.share), stated, expected, c(rule.part), rule.baseKind === 'fraction' ? stateOf(rule.part, values, fmt) : c(rule.base));
    case 'share-total':
      return say.shareTotal(c(rule.total ?? rule.shares[0]), stated, expected);
    case 'difference':
      return say.difference(c(rule.diff), stated, expected, c(rule.current), c(rule.previous));
    case 'ratio':
      return say.ratio(c(rule.ratio), stated, expected, c(rule.current), c(rule.previous));
    case 'points':
      return say.points(c(rule.diff), stated, expected, outcome.alternative ? fmt(outcome.alternative, outcome.decimals, outcome.percent) : '?');
    case 'expr':
      return say.expr(rule.text, stated, expected);
  }
}

function failureFindings(
  loc: Localization,
  failures: { rule: Rule; outcome: Extract<Outcome, { status: 'fail' }> }[],
  values: Values,
  say: Messages,
  fmt: Fmt,
): Finding[] {
  const mine = failures.filter((f) => loc.rules.includes(f.rule.id));
  const show = (k: Key) => stateOf(k, values, fmt);
  const fixText = (fix: Localization['fixes'][number]) => {
    const { cell } = splitKey(fix.cell);
    return { cell, value: fmt(fix.value, fix.decimals, fix.percent), why: fix.why };
  };
  return mine.map(({ rule, outcome }) => {
    const cellsInRule = cellsOf(rule);
    // One cell that explains the whole component explains each of its rules, through formulas too.
    const fix = loc.fixes.length === 1 ? loc.fixes[0] : loc.fixes.find((f) => cellsInRule.includes(f.cell));
    let message = describeFailure(rule, outcome, values, say, fmt);
    let target = outcome.target;
    let stated = fmt(outcome.stated, outcome.decimals, outcome.percent);
    let expected = fmt(outcome.expected, outcome.decimals, outcome.percent);
    if (loc.fixes.length === 1 && fix) {
      const f = fixText(fix);
      target = fix.cell;
      stated = show(fix.cell);
      expected = f.value;
      message += `. ${say.fix(f.cell, stated, f.value, f.why, loc.rules.length)}`;
    } else if (loc.fixes.length > 1) {
      message += `. ${say.pair(loc.fixes.map((x) => `${splitKey(x.cell).cell}: ${show(x.cell)} → ${fixText(x).value} (${say.reason(x.why)})`))}`;
      if (fix) {
        target = fix.cell;
        stated = show(fix.cell);
        expected = fixText(fix).value;
      }
    } else if (loc.alternatives.length) {
      message += `. ${say.alternatives(loc.alternatives.map((x) => `${splitKey(x.cell).cell}: ${show(x.cell)} → ${fixText(x).value}`))}`;
    } else if (loc.cells.length) {
      message += `. ${say.notLocalized(loc.cells.map((k) => splitKey(k).cell))}`;
    }
    const { sheet, cell } = splitKey(target);
    return {
      sheet,
      cell,
      rule: reportedKind(rule),
      severity: 'error' as const,
      stated,
      expected,
      cells: cellsInRule.map((k) => splitKey(k).cell),
      message,
      fix: fix ? fixText(fix) : null,
      table: rule.table,
    };
  });
}

function formulaFindings(rules: Rule[], formulas: Map<Key, string>, checked: TableCheck[], say: Messages): Finding[] {
  const out: Finding[] = [];
  for (const rule of rules) {
    if (rule.kind !== 'sum') continue;
    const formula = formulas.get(rule.total);
    if (!formula) continue;
    const summed = summedCells(formula);
    if (!summed) continue;
    const { sheet, cell } = splitKey(rule.total);
    const parts = rule.parts.map((p) => splitKey(p).cell);
    const missing = parts.filter((p) => !summed.includes(p));
    const extra = summed.filter((s) => !parts.includes(s) && s !== cell);
    const table = checked.find((c) => c.table.id === rule.table)!.table;
    // Empty rows inside a SUM range do no harm; only figure rows outside the parts count as extra.
    const extraFigures = extra.filter((e) => {
      const at = parseA1(e)!;
      return table.rows.some((r) => r.row === at.row && r.kind !== 'connector');
    });
    const base = { sheet, cell, rule: 'formula' as const, severity: 'warning' as const, stated: `=${formula}`, cells: [cell, ...parts], fix: null, table: rule.table };
    if (missing.length) out.push({ ...base, expected: `=SUM(${parts.join(',')})`, message: say.formulaMissing(cell, formula, missing) });
    if (extraFigures.length) out.push({ ...base, expected: `=SUM(${parts.join(',')})`, message: say.formulaExtra(cell, formula, extraFigures) });
  }
  return out;
}

const GENERIC = /^(tổng số|tổng cộng|cộng|tổng|toàn tỉnh|toàn huyện|nam|nữ|khác)$/iu;

function crossFindings(checked: TableCheck[], values: Values, keys: Map<string, (row: number, col: number) => Key>, say: Messages, fmt: Fmt): Finding[] {
  // A row's identity is its label path; only labels that occur in two tables can disagree.
  const identities: { table: Table; row: TableRow; id: string }[] = [];
  const tablesOf = new Map<string, Set<string>>();
  for (const { table } of checked) {
    if (!table.columns.some((c) => c.role.kind === 'value' && c.role.period)) continue;
    const byRow = new Map(table.rows.map((r) => [r.row, r]));
    for (const row of table.rows) {
      if (row.kind === 'connector' || !row.label) continue;
      const path: string[] = [row.label];
      for (let p = row.parent; p !== undefined; p = byRow.get(p)?.parent) path.unshift(byRow.get(p)?.label ?? '');
      const specific = path.filter((l) => !GENERIC.test(l.trim()));
      if (!specific.length || specific.join(' ').length < 6) continue;
      const id = path.join(' / ').toLowerCase();
      identities.push({ table, row, id });
      tablesOf.set(id, (tablesOf.get(id) ?? new Set()).add(table.id));
    }
  }
  const seen = new Map<string, { key: Key; value: Exact; table: string }>();
  const out: Finding[] = [];
  for (const { table, row, id: rowId } of identities) {
    if (tablesOf.get(rowId)!.size < 2) continue;
    const keyOf = keys.get(table.sheet)!;
    for (const column of table.columns) {
      if (column.role.kind !== 'value' || !column.role.period) continue;
      const key = keyOf(row.row, column.col);
      const v = values.get(key);
      const n = v ? numericValue(v) : undefined;
      if (!n) continue;
      const id = `${rowId}|${column.role.period.label}|${column.path.slice(1).join('/').toLowerCase()}`;
      const first = seen.get(id);
      if (!first) seen.set(id, { key, value: n, table: table.id });
      else if (first.table !== table.id && !first.value.equals(n)) {
        const { sheet, cell } = splitKey(key);
        const other = splitKey(first.key);
        out.push({
          sheet,
          cell,
          rule: 'cross',
          severity: 'error',
          stated: fmt(n, 0, false),
          expected: fmt(first.value, 0, false),
          cells: [cell, `${other.sheet}!${other.cell}`],
          message: say.cross(cell, row.label, fmt(n, 0, false), fmt(first.value, 0, false), `${other.sheet}!${other.cell}`),
          fix: null,
          table: table.id,
        });
      }
    }
  }
  return out;
}
