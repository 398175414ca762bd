// Checking a workbook: find tables, infer rules, check them, localize errors, and say it all as findings.
import { a1, keyMaker, parseA1, rangeA1, splitKey } from './address';
import { collectFigures } from './checking/collect';
import { blockerFinding, notesToFindings, termLabelFindings } from './checking/structure-notes';
import { failureFindings, warningFinding } from './checking/explain';
import { formulaFindings } from './checking/formula';
import { crossFindings } from './checking/cross-reference';
import { crossFormFindings } from './checking/cross-forms';
import { crossTotalFindings } from './checking/cross-totals';
import { Fmt, info, TableCheck } from './checking/shared';
import { CellValue, interpretCell, numericValue } from './cell-value';
import { CellValues } from './cell-values';
import { Finding, CheckResult, sortFindings, TableSummary } from './findings';
import { Lang, Messages, messages } from './messages';
import { formatEn, formatVi } from './numbers/format';
import type { Exact } from './numbers/exact';
import { cellAt, mergeOwners, SheetInput } from './sheet';
import { detectTables, unreadRegions } from './table/detect';
import { evaluateRule } from './rules/evaluate';
import { inferRules } from './rules/infer';
import { readCells, summedCells } from './rules/formula-ranges';
import type { Key, Outcome, Rule } from './rules/types';
import { cellsOf } from './rules/types';
import { localize, withFixes } from './localize/localize';
import { classifyFix } from './localize/reasons';
import { AppliedTable, applyTemplate, Template, TemplateTable, templateRules } from './template';
import type { Table } from './table/types';
import { templateFindings } from './checking/template-differences';
import { borneOut, explainedFamilies } from './checking/readmit';

export interface CheckOptions {
  lang?: Lang;
  /** Only these sheets. */
  sheets?: string[];
  /** Use the template's structure and rules instead of inference. */
  template?: Template;
  /** Called after each sheet is read and once before localization, so a long check can show progress. */
  onProgress?: (done: number, total: number) => void;
}

export type { TableCheck } from './checking/shared';

export interface WorkbookCheck extends CheckResult {
  checked: TableCheck[];
  /** With a template: where each of its tables was found, and those found on no sheet. */
  applied?: AppliedTable[];
  unmatched?: TemplateTable[];
}

export function checkWorkbook(sheets: SheetInput[], options: CheckOptions = {}): WorkbookCheck {
  const lang = options.lang ?? 'vi';
  const say = messages(lang);
  const chosen = options.sheets ? sheets.filter((s) => options.sheets!.includes(s.name)) : sheets;
  const values: Map<Key, CellValue> = new CellValues();
  const formulas = new Map<Key, string>();
  const findings: Finding[] = [];
  const checked: TableCheck[] = [];
  const keys = new Map<string, (row: number, col: number) => Key>();
  const fmt = (v: Exact, decimals: number, percent: boolean) => (lang === 'vi' ? formatVi : formatEn)(v, { decimals, percent });

  const steps = chosen.length + 1;
  let unread = 0;
  const detected = new Map<string, Table[]>(chosen.map((s) => [s.name, detectTables(s)]));
  const applied = options.template ? applyTemplate(options.template, chosen, detected, sheets.map((s) => s.name)) : undefined;
  for (const [index, sheet] of chosen.entries()) {
    options.onProgress?.(index, steps);
    const keyOf = keyMaker(sheet.name);
    keys.set(sheet.name, keyOf);
    unread += readSheet(sheet, detected.get(sheet.name)!, applied, keyOf, values, formulas, findings, checked, say, fmt);
  }

  options.onProgress?.(chosen.length, steps);
  const evaluated = evaluateAll(checked, values);
  // Precision first: a rule family whose reading the figures do not confirm raises no error (see docs/precision.md).
  const untrusted = untrustedFamilies(evaluated);
  if (untrusted.size) {
    // Readings that fail only where a slip is: checked after all, once the slips that explain them are found.
    const inputs = (key: Key) => !formulas.has(key) && numericValue(values.get(key) ?? { kind: 'blank' }) !== undefined;
    const trusted: Rule[] = [];
    const failing: { rule: Rule; outcome: Extract<Outcome, { status: 'fail' }> }[] = [];
    for (let i = 0; i < evaluated.rules.length; i++) {
      const rule = evaluated.rules[i];
      if (untrusted.has(rule.family ?? '')) continue;
      trusted.push(rule);
      const outcome = evaluated.outcomes[i];
      if (outcome.status === 'fail' && outcome.severity === 'error') failing.push({ rule, outcome });
    }
    const first = localize(trusted, values, failing, inputs);
    for (const family of explainedFamilies(evaluated.rules, new Set(untrusted.keys()), values, first, inputs)) untrusted.delete(family);
  }
  // Most checks trust every family: then no rule's family is looked up (47,000 lookups on a large workbook).
  const allRules = untrusted.size ? evaluated.rules.filter((r) => !untrusted.has(r.family ?? '')) : evaluated.rules;
  for (const [family, stat] of untrusted) findings.push(unconfirmedFinding(family, stat, checked, say));
  const { failures, warned, blocked, pointsNotes } = sortOutcomes(evaluated, untrusted);
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
  // A whole printed 100 (the "Cộng 100,00" of shares of one whole) is 100 by definition: the parts are the suspects.
  const hundreds = printedHundreds(allRules, values);
  const blamable = (key: Key) => (!formulas.has(key) || wrongFormulas.has(key)) && !hundreds.has(key) && numericValue(values.get(key) ?? { kind: 'blank' }) !== undefined;
  const formulaSums = new Map<Key, Key[]>();
  const formulaReads = new Map<Key, Key[]>();
  for (const [key, formula] of formulas) {
    const { sheet } = splitKey(key);
    const summed = summedCells(formula);
    if (summed) formulaSums.set(key, summed.map((c) => `${sheet}!${c}`));
    else formulaReads.set(key, (readCells(formula) ?? []).map((c) => `${sheet}!${c}`));
  }
  let written: Set<string> | undefined;
  const writtenElsewhere = (value: Exact) => {
    if (!written) {
      written = new Set();
      for (const v of values.values()) {
        const n = numericValue(v);
        if (n) written.add(n.toString());
      }
    }
    return written.has(value.toString());
  };
  const located = localize(allRules, values, failures, blamable, { formulaSums, suspects: wrongFormulas, formulaReads, writtenElsewhere });
  for (const loc of located) findings.push(...failureFindings(loc, failures, values, say, fmt));
  // A rounding warning that only the proposed fix of an error explains (3,54 of a total typed wrong) is not said twice.
  const corrected = withFixes(values, located);
  for (const { rule, outcome } of warned) {
    if (corrected !== values && evaluateRule(rule, corrected).status === 'ok') continue;
    findings.push(warningFinding(rule, outcome, say, fmt));
  }

  const crossed = [...crossFindings(checked, values, keys, say, fmt), ...crossFormFindings(checked, values, keys, say, fmt), ...crossTotalFindings(checked, values, keys, say, fmt)];
  findings.push(...crossed.map((f) => withCrossFix(f, evaluated, untrusted, values, say)));

  // Pushed into one literal, not mapped (an array of either elements kind, as map ran in the builtin or optimized):
  // met with the other kind at `tables.length`, the optimized checkWorkbook went back to the interpreter.
  const tables: TableSummary[] = [];
  for (const { table, rules } of checked) tables.push({ id: table.id, sheet: table.sheet, range: rangeA1(table.range), title: table.title ?? '', rules: rules.length });
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
      unread,
    },
    checked,
    applied: applied?.tables,
    unmatched: applied?.unmatched,
  };
}

/**
 * One sheet's tables read: their figures collected into `values` (and `formulas`), their rules inferred (or taken from
 * the template) into `checked`, and what is said of their cells and layout into `findings`; the count of figure cells
 * no table reads is returned. A function of its own, called once per sheet: inside checkWorkbook, called once per
 * check, this loop was compiled with all the rest of checkWorkbook (some hundreds of milliseconds of the optimizing
 * compiler's time), and only once checkWorkbook had run often enough.
 */
function readSheet(
  sheet: SheetInput,
  found: Table[],
  applied: ReturnType<typeof applyTemplate> | undefined,
  keyOf: (row: number, col: number) => Key,
  values: Map<Key, CellValue>,
  formulas: Map<Key, string>,
  findings: Finding[],
  checked: TableCheck[],
  say: Messages,
  fmt: Fmt,
): number {
  let unread = 0;
  // Template tables replace the tables detection found in their place; the rest are still inferred.
  const fromTemplate = applied?.tables.filter((a) => a.table.sheet === sheet.name) ?? [];
  // Pushed into one literal rather than spread from a map and a filter (arrays of either elements kind): met with
  // the other kind, the optimized code reading them went back to the interpreter in every check.
  const tables: Table[] = [];
  for (const a of fromTemplate) tables.push(a.table);
  for (const d of found) if (!fromTemplate.some((a) => a.replaces === d.id || a.table.id === d.id)) tables.push(d);
  for (const region of unreadRegions(sheet, tables)) {
    unread += region.cells;
    const range = rangeA1(region.range);
    findings.push({ sheet: sheet.name, cell: a1(region.range.top, region.range.left), rule: 'unread', severity: 'warning', stated: '', expected: '', cells: [range], message: say.unread(range, region.cells), fix: null });
  }
  const owners = mergeOwners(sheet);
  for (const table of tables) {
    collectFigures(sheet, table, owners, keyOf, values, formulas, findings, say, fmt);
    const inferred = inferRules(table, values, keyOf);
    const fromIt = fromTemplate.find((a) => a.table === table);
    const written = fromIt ? templateRules(fromIt.rules, table, findings) : [];
    if (fromIt) findings.push(...templateFindings(fromIt, say));
    // User-written rules may name cells outside the figure columns: read those too.
    for (const key of written.flatMap(cellsOf)) {
      if (values.has(key)) continue;
      const at = parseA1(splitKey(key).cell)!;
      values.set(key, interpretCell(cellAt(sheet, at.row, at.col)));
    }
    // A template states the structure: its rules are not second-guessed by the figures.
    // The inferred rules are this call's own (every one has both keys): settled in place, not copied.
    if (fromIt) for (const r of inferred.rules) (r.family = undefined), (r.strength = 'certain');
    const structural = inferred.rules;
    // Copied only when a template adds rules: the inferred list is this call's own, and most tables have none written.
    const rules = written.length ? [...structural, ...written] : structural;
    checked.push({ table, rules });
    findings.push(...notesToFindings(inferred.notes, table, say));
    findings.push(...termLabelFindings(table, say));
    for (const r of sheet.hiddenRows ?? []) {
      if (r >= table.bodyTop && r <= table.bodyBottom) findings.push(info(table, a1(r, table.range.left), say.hidden(r + 1)));
    }
  }
  return unread;
}

/**
 * The totals of shares printed 100. A loop, not flatMap: that made an empty array for every rule of the workbook;
 * indexed, as evaluateAll's. A function of its own, as evaluateAll is: inside checkWorkbook, this loop over every rule
 * was compiled with the whole of checkWorkbook (on-stack replacement, some hundred milliseconds of compiler time).
 */
function printedHundreds(allRules: Rule[], values: Map<Key, CellValue>): Set<Key> {
  const hundreds = new Set<Key>();
  for (let i = 0; i < allRules.length; i++) {
    const r = allRules[i];
    if (r.kind === 'share-total' && r.total && numericValue(values.get(r.total) ?? { kind: 'blank' })?.equals(100)) hundreds.add(r.total);
  }
  return hundreds;
}

/** Every rule of the check in the tables' order, and each one's outcome at the same index. */
interface Evaluated {
  rules: Rule[];
  outcomes: Outcome[];
}

/**
 * Every rule's outcome, in the tables' order. A function of its own: inside checkWorkbook, a long function compiled
 * and thrown back to the interpreter several times a check, this loop over every rule ran unoptimized. One indexed
 * loop, not flatMap then map (each made an array as long as the workbook's rules), nor for…of. Two arrays side by
 * side rather than a { rule, outcome } per rule: those 47,000 pairs of a large workbook lived through the check (the
 * garbage collector copied each of them), and the rules array is then the check's list of rules as it stands.
 */
function evaluateAll(checked: TableCheck[], values: Map<Key, CellValue>): Evaluated {
  // Every table's rules joined by one concat, which sizes its result once (an array of objects, as pushing them made
  // it): pushed one by one, the array was copied into a larger one some thirty times on the way to 47,000 rules.
  const lists: Rule[][] = [];
  for (let t = 0; t < checked.length; t++) lists.push(checked[t].rules);
  const all = ([] as Rule[]).concat(...lists);
  const outcomes: Outcome[] = [];
  for (let i = 0; i < all.length; i++) outcomes.push(evaluateRule(all[i], values));
  return { rules: all, outcomes };
}

type Failure = { rule: Rule; outcome: Extract<Outcome, { status: 'fail' }> };

/**
 * The trusted rules' outcomes sorted: errors, warnings, the cells that blocked a rule, and how points columns read.
 * A function of its own, as evaluateAll is: inside checkWorkbook this loop over every rule was compiled on its own
 * (on-stack replacement) once, before the code after it had run, and that compiled loop, reused at every later check,
 * left checkWorkbook for the interpreter right after the loop each time, and checkWorkbook was compiled again.
 */
function sortOutcomes(evaluated: Evaluated, untrusted: Map<string, FamilyStat>) {
  const failures: Failure[] = [];
  const warned: Failure[] = [];
  const blocked = new Set<Key>();
  const pointsNotes = new Map<string, { relative: number; points: number; table: string }>();
  // Indexed loops over every rule (here and in untrustedFamilies): see formulaFindings.
  for (let i = 0; i < evaluated.rules.length; i++) {
    const rule = evaluated.rules[i];
    const outcome = evaluated.outcomes[i];
    if (untrusted.size && untrusted.has(rule.family ?? '')) continue;
    if (outcome.status === 'skip') outcome.blockers.forEach((b) => blocked.add(b));
    else if (outcome.status === 'ok' && outcome.note) {
      const { sheet, cell } = splitKey((rule as Extract<Rule, { kind: 'points' }>).diff);
      const column = `${sheet}!${cell.replace(/\d+$/, '')}`;
      const entry = pointsNotes.get(column) ?? { relative: 0, points: 0, table: rule.table };
      entry[outcome.note]++;
      pointsNotes.set(column, entry);
    } else if (outcome.status === 'fail') {
      if (outcome.severity === 'error') failures.push({ rule, outcome });
      else warned.push({ rule, outcome });
    }
  }
  return { failures, warned, blocked, pointsNotes };
}

interface FamilyStat {
  strength: 'certain' | 'inferred';
  tried: number;
  holds: number;
  failing: Key[];
  first: Rule;
}

/** Families whose failures are not to be reported as errors: those their figures do not bear out (see `borneOut`). */
function untrustedFamilies(evaluated: Evaluated): Map<string, FamilyStat> {
  const stats = new Map<string, FamilyStat>();
  for (let i = 0; i < evaluated.rules.length; i++) {
    const rule = evaluated.rules[i];
    const outcome = evaluated.outcomes[i];
    if (!rule.family || outcome.status === 'skip') continue;
    let s = stats.get(rule.family);
    if (!s) stats.set(rule.family, (s = { strength: rule.strength ?? 'certain', tried: 0, holds: 0, failing: [], first: rule }));
    s.tried++;
    if (outcome.status === 'ok' || outcome.severity === 'warning') s.holds++;
    else s.failing.push(outcome.target);
  }
  const out = new Map<string, FamilyStat>();
  for (const [family, s] of stats) {
    if (!borneOut({ strength: s.strength, holds: s.holds, fails: s.failing.length, tried: s.tried })) out.set(family, s);
  }
  return out;
}

function unconfirmedFinding(family: string, stat: FamilyStat, checked: TableCheck[], say: ReturnType<typeof messages>): Finding {
  // The key is `${table id}|${decision}`; a sheet name may itself hold '|'.
  const kind = family.slice(family.lastIndexOf('|') + 1).split(':')[0];
  const what = kind === 'share' || kind === 'share-total' ? 'share' : kind === 'rows' ? 'rows' : kind === 'cols' ? 'cols' : kind === 'compare' ? 'compare' : 'other';
  const table = checked.find((c) => c.table.id === stat.first.table)!.table;
  const cells = [...new Set(stat.failing.map((k) => splitKey(k).cell))];
  const anchor = what === 'share' || what === 'compare' ? `${cells[0].replace(/\d+$/, '')}${table.headerBottom + 1}` : cells[0];
  return { ...info(table, anchor, say.unconfirmed(anchor, what, stat.holds, stat.tried, cells)), cells };
}

/**
 * Two cells that should hold the same quantity disagree. When the other cell is borne out by its own table
 * (a rule it is in holds, none fails) and this one is not, this one is the likely slip: propose the other's value.
 */
function withCrossFix(f: Finding, evaluated: Evaluated, untrusted: Map<string, unknown>, values: Map<Key, CellValue>, say: ReturnType<typeof messages>): Finding {
  const here = `${f.sheet}!${f.cell}`;
  const there = f.cells.find((c) => c.includes('!') && c !== here);
  if (!there) return f;
  const holds = (key: Key) => {
    let ok = false;
    for (let i = 0; i < evaluated.rules.length; i++) {
      const rule = evaluated.rules[i];
      const outcome = evaluated.outcomes[i];
      if (untrusted.has(rule.family ?? '') || !cellsOf(rule).includes(key)) continue;
      if (outcome.status === 'fail' && outcome.severity === 'error') return false;
      // "Trong đó ≤ tổng" holding says little of a figure: only an equality bears it out.
      if (outcome.status === 'ok' && rule.kind !== 'subset') ok = true;
    }
    return ok;
  };
  if (!holds(there) || holds(here)) return f;
  const stated = values.get(here);
  const other = values.get(there);
  const a = stated ? numericValue(stated) : undefined;
  const b = other ? numericValue(other) : undefined;
  if (!a || !b) return f;
  const why = classifyFix(a, b, 0);
  return { ...f, fix: { cell: f.cell, value: f.expected, number: Number(b.valueOf()), why }, message: `${f.message}. ${say.crossFix(f.cell, f.expected, there)}` };
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

