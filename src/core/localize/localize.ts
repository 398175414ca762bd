// Which cell to fix: the smallest set of input cells whose change makes every rule hold
// (the Fellegi-Holt principle, as in the R package errorlocate). Exact search: single cells,
// then pairs (swaps first), within components of at most MAX_PAIR_CELLS cells; beyond that
// the failing cells are reported without a proposal.
import { cellKey, parseA1, splitKey } from '../address';
import type { CellValue } from '../cell-value';
import { numericValue } from '../cell-value';
import { Exact, HUNDRED, ZERO, roundHalfUp, sum } from '../numbers/exact';
import type { NumberStyle } from '../numbers/parse';
import { denominator, signedNumerator } from '../numbers/small';
import { evaluateRule, Values } from '../rules/evaluate';
import { valueOf } from '../rules/expression';
import type { Key, Outcome, Rule } from '../rules/types';
import { cellsOf } from '../rules/types';
import { classifyFix, FixReason, REASON_STRENGTH, typoKind, typoNeighbours } from './reasons';

export const MAX_PAIR_CELLS = 40;
const MAX_SINGLE_CELLS = 400;

export interface Fix {
  cell: Key;
  value: Exact;
  decimals: number;
  percent: boolean;
  why: FixReason;
}

export interface Localization {
  /** Failing rules this explains. */
  rules: string[];
  /** The smallest set of cells to change. */
  cells: Key[];
  /** Proposed values, when the set and its values are determined. */
  fixes: Fix[];
  /** Other single cells that would each do, when no one of them stands out. */
  alternatives: Fix[];
}

type Failure = { rule: Rule; outcome: Extract<Outcome, { status: 'fail' }> };

/** Cells whose figure is a plain sum formula of others ("=SUM(D7:D8)"), by workbook key. */
export type FormulaSums = ReadonlyMap<Key, readonly Key[]>;

/** What one localization run knows about the workbook: built once, read by every search below. */
interface Graph {
  values: Values;
  blamable: (key: Key) => boolean;
  /** Rules by each cell they read, formula precedents included. */
  byCell: Map<Key, Rule[]>;
  /** For each cell, the formula cells that follow it when it is put right. */
  dependents: Dependents;
  /** Keys of each column ("Sheet!D"), for the other rows a share might wrongly be taken of. */
  columns: Map<string, Key[]>;
  /** The widest column any rule reads, by sheet: how far along a row to look for another base. */
  lastColumn: Map<string, number>;
  /** Cells that may hold a negative figure: changes ("Tăng (+), giảm (-)"). A count proposed below zero is no fix. */
  signed: Set<Key>;
  /** Cells something is divided by: a zero there leaves the rule unevaluated, which is no fix. */
  divisors: Set<Key>;
  /** Whether some cell of the workbook holds this figure. */
  writtenElsewhere: (value: Exact) => boolean;
  /** A rule's cells and what its sum formulas add, each once; read only (it may be the rule's own list). */
  effective: (rule: Rule) => Key[];
}

/**
 * What follows a cell when it changes: the sum formulas that add it take the change, other formulas that read it
 * (a ROUND share of it) are recomputed by Excel, so their cached figures are no evidence against the change.
 */
export interface Dependents {
  sums: ReadonlyMap<Key, Key[]>;
  /** What each sum formula adds: it is recomputed from them, as Excel would, not moved by the change (its cached figure may be stale). */
  ranges: FormulaSums;
  readers: ReadonlyMap<Key, Key[]>;
}

function buildGraph(rules: readonly Rule[], values: Values, blamable: (key: Key) => boolean, sums: FormulaSums, readers: FormulaSums, writtenElsewhere: (value: Exact) => boolean): Graph {
  const summing = new Map<Key, Key[]>();
  for (const [total, parts] of sums) for (const p of parts) summing.set(p, [...(summing.get(p) ?? []), total]);
  const reading = new Map<Key, Key[]>();
  for (const [formula, cells] of readers) for (const c of cells) reading.set(c, [...(reading.get(c) ?? []), formula]);
  const dependents: Dependents = { sums: summing, ranges: sums, readers: reading };
  // A rule's cells, plus what its sum-formula cells add up: a typo in D8 reaches a rule through =SUM(D7:D8).
  const cache = new Map<Rule, Key[]>();
  const effective = (rule: Rule): Key[] => {
    let out = cache.get(rule);
    if (out) return out;
    // Most workbooks have no sum formulas: then a rule's cells are its own, each once (the list cellsOf makes,
    // unless a cell repeats: no set and no second array for each of the workbook's rules).
    if (!sums.size) {
      cache.set(rule, (out = distinct(cellsOf(rule))));
      return out;
    }
    const seen = new Set<Key>();
    const visit = (k: Key) => {
      if (seen.has(k)) return;
      seen.add(k);
      for (const p of sums.get(k) ?? []) visit(p);
    };
    cellsOf(rule).forEach(visit);
    cache.set(rule, (out = [...seen]));
    return out;
  };
  const byCell = new Map<Key, Rule[]>();
  for (const rule of rules) {
    for (const cell of effective(rule)) {
      const list = byCell.get(cell);
      if (list) list.push(rule);
      else byCell.set(cell, [rule]);
    }
  }
  const columns = new Map<string, Key[]>();
  const lastColumn = new Map<string, number>();
  for (const key of byCell.keys()) {
    const col = withoutRow(key);
    const list = columns.get(col);
    if (list) list.push(key);
    else {
      columns.set(col, [key]);
      const { sheet, cell } = splitKey(key);
      lastColumn.set(sheet, Math.max(lastColumn.get(sheet) ?? 0, parseA1(cell)?.col ?? 0));
    }
  }
  const signed = new Set<Key>();
  const divisors = new Set<Key>();
  for (const rule of rules) {
    if (rule.kind === 'difference' || rule.kind === 'points') signed.add(rule.diff);
    if (rule.kind === 'share' && rule.baseKind !== 'self' && rule.baseKind !== 'fraction') divisors.add(rule.base);
    if (rule.kind === 'ratio' || (rule.kind === 'points' && rule.relative)) divisors.add(rule.previous);
  }
  return { values, blamable, byCell, dependents, columns, lastColumn, signed, divisors, writtenElsewhere, effective };
}

/** The keys, each once, in the order they first appear: the list itself when none repeats (most rules' cells). */
function distinct(keys: Key[]): Key[] {
  if (keys.length > 64) return [...new Set(keys)];
  for (let i = 1; i < keys.length; i++) {
    if (keys.lastIndexOf(keys[i], i - 1) >= 0) return [...new Set(keys)];
  }
  return keys;
}

export interface Workbook {
  /** Cells whose figure is a plain sum formula of others ("=SUM(D7:D8)"). */
  formulaSums?: FormulaSums;
  /** Cells already known wrong (a =SUM that leaves out a row): preferred when they explain the failure alone. */
  suspects?: ReadonlySet<Key>;
  /** Other formula cells, with the cells they read. */
  formulaReads?: FormulaSums;
  /** Whether some cell of the workbook holds this figure. */
  writtenElsewhere?: (value: Exact) => boolean;
}

export function localize(rules: readonly Rule[], values: Values, failures: readonly Failure[], blamable: (key: Key) => boolean, workbook: Workbook = {}): Localization[] {
  if (failures.length === 0) return [];
  const suspects = workbook.suspects ?? new Set<Key>();
  const g = buildGraph(rules, values, blamable, workbook.formulaSums ?? new Map(), workbook.formulaReads ?? new Map(), workbook.writtenElsewhere ?? (() => false));
  const located = components(failures, g).flatMap((component) => localizeInParts(component, g, suspects, 2));
  const ruleById = new Map(failures.map((f) => [f.rule.id, f.rule]));
  // A swap is judged with the wrong formulas already put right: their totals fail whatever else is swapped.
  const after = withFixes(g.values, located, g.dependents, (fix) => fix.why === 'formula');
  return joinSwaps(located, after === g.values ? g : { ...g, values: after }, ruleById);
}

function components(failures: readonly Failure[], g: Graph): Failure[][] {
  const parent = failures.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const owner = new Map<Key, number>();
  failures.forEach((f, i) => {
    for (const cell of g.effective(f.rule)) {
      const j = owner.get(cell);
      if (j === undefined) owner.set(cell, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, Failure[]>();
  failures.forEach((f, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), f]);
  });
  return [...groups.values()];
}

/** The figures with one cell changed, and the sum formulas that add it, without copying the workbook's map. */
export function withValue(values: Values, key: Key, value: Exact, dependents: Dependents = NO_DEPENDENTS): Values {
  // No formula follows the cell, as for most trial values: the one changed cell, compared by key, with no map and
  // no closures made for it. A localization tries hundreds of thousands of values, and this garbage was most of
  // the bench's peak memory.
  if (!dependents.readers.has(key) && !dependents.sums.has(key)) return new OneChanged(values, key, changedCell(values.get(key), value));
  const changed = new Map<Key, CellValue>();
  const set = (k: Key, v: Exact) => changed.set(k, changedCell(values.get(k), v));
  set(key, value);
  const figure = (k: Key) => numericValue(changed.get(k) ?? values.get(k) ?? { kind: 'blank' });
  const push = (k: Key) => {
    for (const d of dependents.readers.get(k) ?? []) changed.set(d, { kind: 'blank' });
    for (const d of dependents.sums.get(k) ?? []) {
      if (!figure(d)) continue;
      set(d, sum((dependents.ranges.get(d) ?? []).map((p) => figure(p) ?? ZERO)));
      push(d);
    }
  };
  push(key);
  // One cell changed after all (the sums that add it hold no figure): compared by key, not looked up in a map.
  if (changed.size === 1) {
    const only = changed.get(key);
    return { get: (k: Key) => (k === key ? only : values.get(k)) };
  }
  return { get: (k: Key) => changed.get(k) ?? values.get(k) };
}

/** A cell's figure changed to `v`, at the precision and in the style it is written with. */
function changedCell(old: CellValue | undefined, v: Exact): CellValue {
  if (old?.kind === 'fraction') return { ...old, part: v };
  if (old?.kind === 'number') return trialCell(v, old.decimals, old.percent, old.source, old.style, old.signWord);
  return trialCell(v, 0, false, 'number', 'vi');
}

/**
 * numberCell, written out again on purpose: the same fields in the same order (the same hidden class), made at an
 * allocation site of its own. V8 places objects in the old generation at once when most of those made at their
 * site lived long, and the cells a check reads live as long as the check: trial values made by numberCell itself
 * were put there too, never collected young, and a localization's hundreds of thousands of them grew the heap by
 * tens of MiB before each full collection (most of the bench's peak memory).
 */
function trialCell(value: Exact, decimals: number, percent: boolean, source: 'number' | 'text', style: NumberStyle, signWord?: 'tăng' | 'giảm'): CellValue {
  return { kind: 'number', value, decimals, percent, source, style, signWord, num: signedNumerator(value), den: denominator(value) };
}

/** The figures with one cell changed. */
class OneChanged implements Values {
  constructor(
    private readonly values: Values,
    private readonly key: Key,
    private readonly value: CellValue,
  ) {}

  get(k: Key): CellValue | undefined {
    return k === this.key ? this.value : this.values.get(k);
  }
}

/** The figures with the proposed fixes of some localizations put right (all of them, or those `which` keeps). */
export function withFixes(values: Values, located: readonly Localization[], dependents: Dependents = NO_DEPENDENTS, which: (fix: Fix) => boolean = () => true): Values {
  let out = values;
  for (const l of located) for (const fix of l.fixes) if (which(fix)) out = withValue(out, fix.cell, fix.value, dependents);
  return out;
}

const NO_DEPENDENTS: Dependents = { sums: new Map(), ranges: new Map(), readers: new Map() };

function precision(values: Values, key: Key): { decimals: number; percent: boolean } {
  const v = values.get(key);
  return v?.kind === 'number' ? { decimals: v.decimals, percent: v.percent } : { decimals: 0, percent: false };
}

/**
 * The precision a proposed value is written with: the cell's own, or its column's where the cell shows fewer decimals
 * (90,4 typed in General format in a column of 90,04-like shares is proposed as 90,04, never as 90,0).
 */
function fixPrecision(g: Graph, values: Values, key: Key): { decimals: number; percent: boolean } {
  const own = precision(values, key);
  let decimals = own.decimals;
  for (const r of g.byCell.get(key) ?? []) {
    if ((r.kind === 'share' && r.share === key) || (r.kind === 'ratio' && r.ratio === key)) decimals = Math.max(decimals, r.decimals ?? 0);
  }
  return { decimals, percent: own.percent };
}

function solveDifference(rule: Extract<Rule, { kind: 'difference' | 'points' }>, x: Key, f: (k: Key) => Exact | undefined): Exact | undefined {
  const [d, c, p] = [f(rule.diff), f(rule.current), f(rule.previous)];
  if (x === rule.diff) return c && p ? c.sub(p) : undefined;
  if (x === rule.current) return p && d ? p.add(d) : undefined;
  if (x === rule.previous) return c && d ? c.sub(d) : undefined;
  return undefined;
}

/** The value cell x must take for the rule to hold, the others fixed; undefined when not determined. */
export function solveFor(rule: Rule, x: Key, values: Values): Exact | undefined {
  const f = (k: Key) => {
    const v = values.get(k);
    return v ? numericValue(v) : undefined;
  };
  const all = (keys: Key[]) => {
    const out = keys.map(f);
    return out.every((v) => v !== undefined) ? (out as Exact[]) : undefined;
  };
  switch (rule.kind) {
    case 'sum':
    case 'share-total': {
      const total = rule.total;
      const parts = rule.kind === 'sum' ? rule.parts : rule.shares;
      if (x === total) return all(parts)?.reduce((a, b) => a.add(b), ZERO);
      const others = all(parts.filter((p) => p !== x));
      const t = total ? f(total) : HUNDRED;
      return others && t ? t.sub(sum(others)) : undefined;
    }
    case 'share': {
      const whole = rule.baseKind === 'fraction' ? (values.get(rule.part) as Extract<CellValue, { kind: 'fraction' }> | undefined)?.whole : undefined;
      const base = rule.baseKind === 'fraction' ? whole : rule.baseKind === 'self' ? f(rule.part) : f(rule.base);
      const part = f(rule.part);
      const share = f(rule.share);
      if (x === rule.share) return part && base && !base.equals(0) ? part.mul(HUNDRED).div(base) : undefined;
      if (rule.baseKind === 'self') return undefined;
      if (x === rule.part) return share && base ? share.mul(base).div(HUNDRED) : undefined;
      if (x === rule.base) return part && share && !share.equals(0) ? part.mul(HUNDRED).div(share) : undefined;
      return undefined;
    }
    case 'points':
      if (rule.relative) {
        const [d, c, p] = [f(rule.diff), f(rule.current), f(rule.previous)];
        if (x === rule.diff) return c && p && !p.equals(0) ? c.sub(p).mul(HUNDRED).div(p) : undefined;
        if (x === rule.current) return p && d ? p.mul(HUNDRED.add(d)).div(HUNDRED) : undefined;
        if (x === rule.previous) return c && d && !HUNDRED.add(d).equals(0) ? c.mul(HUNDRED).div(HUNDRED.add(d)) : undefined;
        return undefined;
      }
      return solveDifference(rule, x, f);
    case 'difference':
      return solveDifference(rule, x, f);
    case 'ratio': {
      const [r, c, p] = [f(rule.ratio), f(rule.current), f(rule.previous)];
      if (x === rule.ratio) return c && p && !p.equals(0) ? c.mul(HUNDRED).div(p) : undefined;
      if (x === rule.current) return r && p ? r.mul(p).div(HUNDRED) : undefined;
      if (x === rule.previous) return c && r && !r.equals(0) ? c.mul(HUNDRED).div(r) : undefined;
      return undefined;
    }
    case 'subset':
      return undefined;
    case 'expr': {
      const e = rule.expression;
      const lookup = (k: Key) => {
        const v = values.get(k);
        const n = v ? numericValue(v) : undefined;
        return n ? { value: n, decimals: 0, percent: false } : undefined;
      };
      try {
        if (x === e.target) return valueOf(e.rhs, e.sheet, lookup);
        // Linear in x: residual(t) = a + b·t, found from two trial values.
        const residual = (t: Exact) => {
          const trial = withValue(values, x, t);
          const look = (k: Key) => {
            const v = trial.get(k);
            const n = v ? numericValue(v) : undefined;
            return n ? { value: n, decimals: 0, percent: false } : undefined;
          };
          return valueOf(e.lhs, e.sheet, look).sub(valueOf(e.rhs, e.sheet, look));
        };
        const r0 = residual(ZERO);
        const r1 = residual(HUNDRED.div(HUNDRED));
        const r2 = residual(HUNDRED.div(50));
        const slope = r1.sub(r0);
        if (slope.equals(0) || !r2.sub(r1).equals(slope)) return undefined;
        return r0.neg().div(slope);
      } catch {
        return undefined;
      }
    }
  }
}

/** Every rule holds; with `strict`, not even a rounding warning is left. */
function holdsAll(rules: readonly Rule[], values: Values, strict = false): boolean {
  for (const rule of rules) {
    const outcome = evaluateRule(rule, values);
    if (outcome.status === 'fail' && (strict || outcome.severity === 'error')) return false;
  }
  return true;
}

/**
 * The rules reading any of the keys, for holdsAll (whose answer does not depend on their order): those of three cells
 * or fewer first. A trial swap mostly breaks its cells' row rules (a difference, a ratio, a share), and finding
 * that first spares reading a column sum's dozen cells.
 */
function rulesTouching(keys: Key[], byCell: Map<Key, Rule[]>): Rule[] {
  const set = new Set<Rule>();
  for (const k of keys) for (const r of byCell.get(k) ?? []) set.add(r);
  const short: Rule[] = [];
  const long: Rule[] = [];
  for (const r of set) (isShort(r) ? short : long).push(r);
  return short.length ? short.concat(long) : long;
}

/** "Sheet!D7" without its row: "Sheet!D" (what replace(/\d+$/, '') gives, without a regular expression per key). */
function withoutRow(key: Key): string {
  let i = key.length;
  while (i > 0 && key.charCodeAt(i - 1) >= 48 && key.charCodeAt(i - 1) <= 57) i--;
  return key.slice(0, i);
}

function isShort(rule: Rule): boolean {
  return rule.kind === 'difference' || rule.kind === 'ratio' || rule.kind === 'points' || rule.kind === 'share';
}

function tryCell(g: Graph, x: Key, failing: Rule[], values: Values): { values: Values; value: Exact; exact: Exact } | undefined {
  const { decimals } = fixPrecision(g, values, x);
  const touching = g.byCell.get(x) ?? [];
  const tried = new Set<string>();
  const stated = numericValue(values.get(x) ?? { kind: 'blank' });
  const attempt = (value: Exact, exact: Exact, strict = false) => {
    const id = value.toString();
    if (tried.has(id) || !possible(g, x, stated, value)) return undefined;
    tried.add(id);
    const next = withValue(values, x, value, g.dependents);
    return holdsAll(touching, next, strict) ? { values: next, value, exact } : undefined;
  };
  let solved: { values: Values; value: Exact; exact: Exact } | undefined;
  for (const rule of [...failing, ...touching]) {
    const exact = solveFor(rule, x, values);
    if (!exact) continue;
    solved = attempt(roundHalfUp(exact, decimals), exact);
    if (solved) break;
  }
  if (!stated || (solved && typoKind(stated, solved.value, decimals))) return solved;
  // A share fixes its part only to within rounding; a one-keystroke slip inside that range is the likelier value.
  const slip = slipThatHolds(g, values, x, touching);
  return slip ? { values: withValue(values, x, slip, g.dependents), value: slip, exact: slip } : solved;
}

/** A figure x may take: not below zero where it was not and where no change is written; not zero where it divides. */
function possible(g: Graph, x: Key, stated: Exact | undefined, value: Exact): boolean {
  if (value.equals(0) && g.divisors.has(x)) return false;
  return !(value.s < 0n && !value.equals(0)) || g.signed.has(x) || (stated !== undefined && stated.s < 0n);
}

/** A one-keystroke change of x's figure that makes the rules hold outright, not merely within a rounding warning. */
function slipThatHolds(g: Graph, values: Values, x: Key, rules: readonly Rule[]): Exact | undefined {
  const stated = numericValue(values.get(x) ?? { kind: 'blank' });
  if (!stated) return undefined;
  const { decimals } = precision(values, x);
  const holding = typoNeighbours(stated, decimals).filter((candidate) => possible(g, x, stated, candidate) && holdsAll(rules, withValue(values, x, candidate, g.dependents), true));
  if (holding.length < 2) return holding[0];
  // Two slips fit alike (33.590 for 33.510 or for 33.509): the figure the workbook writes elsewhere is the one meant.
  const written = holding.filter((c) => g.writtenElsewhere(c));
  return written.length === 1 ? written[0] : holding[0];
}

/** Every cell of the share's own row up to the last column the rules read. */
function rowKeys(g: Graph, share: Key): Key[] {
  const { sheet, cell } = splitKey(share);
  const at = parseA1(cell);
  if (!at) return [];
  const out: Key[] = [];
  for (let c = 0; c <= (g.lastColumn.get(sheet) ?? -1); c++) out.push(cellKey(sheet, at.row, c));
  return out;
}

function otherBases(g: Graph, x: Key): Exact[] {
  const { values } = g;
  const out: Exact[] = [];
  for (const rule of g.byCell.get(x) ?? []) {
    if (rule.kind !== 'share' || rule.share !== x) continue;
    const part = numericValue(values.get(rule.part) ?? { kind: 'blank' });
    if (!part) continue;
    // Another figure of the part's column, or of the base's (the column's total instead of the row's own base).
    const columns = new Set([rule.part.replace(/\d+$/, ''), rule.base.replace(/\d+$/, '')]);
    // Or another figure of the share's own row ("Tổng số đảng viên" where "Được đánh giá" was meant).
    const candidates = [...[...columns].flatMap((c) => g.columns.get(c) ?? []), ...rowKeys(g, rule.share)];
    for (const k of candidates) {
      if (k === rule.base || k === rule.part) continue;
      const n = numericValue(values.get(k) ?? { kind: 'blank' });
      if (n && !n.equals(0)) out.push(part.mul(HUNDRED).div(n));
    }
  }
  return out;
}

/**
 * Several slips in one connected set of rules (a swap, and a sign slip that shares only the column total):
 * when no one or two cells explain everything, take the part that a swap or one cell explains without
 * breaking anything it touches, and localize what still fails on its own.
 */
function localizeInParts(component: Failure[], g: Graph, suspects: ReadonlySet<Key>, depth: number): Localization[] {
  const whole = localizeComponent(component, g, suspects);
  if (whole.fixes.length || whole.alternatives.length || depth === 0) return [whole];
  const union = [...new Set(component.flatMap((f) => g.effective(f.rule)))].filter(g.blamable);
  // One cell at a time is cheap enough for large components; pairs only within the exact search's bound.
  if (union.length > MAX_SINGLE_CELLS) return [whole];
  const partial = suspectedPart(g, union, component, suspects) ?? (union.length <= MAX_PAIR_CELLS ? findSwap(g, union, union) : undefined) ?? bestSingle(g, union, component);
  if (!partial) return [whole];
  let after = g.values;
  for (const fix of partial) after = withValue(after, fix.cell, fix.value, g.dependents);
  const rest = component.filter((f) => {
    const o = evaluateRule(f.rule, after);
    return o.status === 'fail' && o.severity === 'error';
  });
  const explained = component.filter((f) => !rest.includes(f));
  if (!explained.length || !rest.length) return [whole];
  const first: Localization = { rules: explained.map((f) => f.rule.id), cells: partial.map((f) => f.cell), fixes: partial, alternatives: [] };
  const more = components(rest, g).flatMap((c) => localizeInParts(c, g, suspects, depth - 1));
  return [first, ...more];
}

/** A cell already known wrong (a =SUM leaving out a row) that, put right, makes its own failing rules hold. */
function suspectedPart(g: Graph, cells: Key[], component: Failure[], suspects: ReadonlySet<Key>): Fix[] | undefined {
  for (const x of cells) {
    if (!suspects.has(x)) continue;
    const own = component.filter((f) => g.effective(f.rule).includes(x)).map((f) => f.rule);
    const fix = own.length ? singleFix(g, x, own, false) : undefined;
    if (fix) return [{ ...fix, why: 'formula' }];
  }
  return undefined;
}

/** The one cell whose fix makes the most failing rules hold while every rule it touches holds. */
function bestSingle(g: Graph, cells: Key[], component: Failure[]): Fix[] | undefined {
  let best: { fix: Fix; explained: number } | undefined;
  for (const x of cells) {
    const own = component.filter((f) => g.effective(f.rule).includes(x)).map((f) => f.rule);
    if (own.length < 2) continue;
    const fix = singleFix(g, x, own, false);
    if (!fix || REASON_STRENGTH[fix.why] === 0) continue;
    if (!best || own.length > best.explained) best = { fix, explained: own.length };
  }
  return best && [best.fix];
}

/** The value x must take for the failing rules and every rule it touches to hold, and why that slip is likely. */
function singleFix(g: Graph, x: Key, failing: Rule[], otherBasesToo: boolean): Fix | undefined {
  const found = tryCell(g, x, failing, g.values);
  if (!found) return undefined;
  const stated = numericValue(g.values.get(x)!)!;
  const { decimals, percent } = fixPrecision(g, g.values, x);
  const why = classifyFix(stated, found.value, decimals, { exact: found.exact, ...(otherBasesToo ? { otherBases: otherBases(g, x) } : {}) });
  return { cell: x, value: found.value, decimals, percent, why };
}

function localizeComponent(component: Failure[], g: Graph, suspects: ReadonlySet<Key> = new Set()): Localization {
  const failing = component.map((f) => f.rule);
  const ids = failing.map((r) => r.id);
  const cellSets = failing.map((r) => new Set(g.effective(r)));
  const union = [...new Set(failing.flatMap(g.effective))].filter(g.blamable);
  const inAll = union.filter((c) => cellSets.every((s) => s.has(c)));

  const singles = inAll.map((x) => singleFix(g, x, failing, true)).filter((f): f is Fix => f !== undefined);
  const suspected = singles.filter((s) => suspects.has(s.cell));
  if (suspected.length === 1) return { rules: ids, cells: [suspected[0].cell], fixes: [{ ...suspected[0], why: 'formula' }], alternatives: singles.filter((s) => s !== suspected[0]) };
  if (singles.length) {
    const best = Math.max(...singles.map((s) => REASON_STRENGTH[s.why]));
    const top = singles.filter((s) => REASON_STRENGTH[s.why] === best);
    if (singles.length === 1 || (top.length === 1 && best > 0)) {
      return { rules: ids, cells: [top[0].cell], fixes: [top[0]], alternatives: singles.filter((s) => s !== top[0]) };
    }
    return { rules: ids, cells: [], fixes: [], alternatives: singles };
  }

  if (union.length <= MAX_PAIR_CELLS) {
    // Two cells swapped: exchanging their figures makes every rule hold.
    const swaps = swapsOf(g, union, union).filter((s) => explainsAll(g, s, failing));
    const swap = swaps.length === 1 ? swaps[0] : swapInOrder(g, swaps);
    if (swap) return { rules: ids, cells: swap.map((f) => f.cell), fixes: swap, alternatives: [] };
    // Counts swapped or their shares swapped: the figures cannot tell, so no pair of "fixes" either.
    if (swaps.length > 1) return { rules: ids, cells: [], fixes: [], alternatives: swaps.flat() };
    const pair = findPair(g, union, failing);
    // A pair that leaves a failing rule failing explains only part of the component (see localizeInParts).
    if (pair && explainsAll(g, pair, failing)) return { rules: ids, cells: pair.map((f) => f.cell), fixes: pair, alternatives: [] };
  }
  return { rules: ids, cells: union, fixes: [], alternatives: [] };
}

function explainsAll(g: Graph, fixes: Fix[], failing: Rule[]): boolean {
  let after = g.values;
  for (const fix of fixes) after = withValue(after, fix.cell, fix.value, g.dependents);
  return holdsAll(failing, after);
}

/** Two cells swapped across two failing rules that share no cell: each rule alone cannot name them. */
function joinSwaps(located: Localization[], g: Graph, ruleById: Map<string, Rule>): Localization[] {
  // A value chosen only to make a rule hold explains less than one swap that makes two rules hold at once.
  const open = located.filter((l) => l.fixes.length === 0 || l.fixes.every((f) => REASON_STRENGTH[f.why] === 0));
  // Each localization's cells made once, not once per pair it is tried in.
  const cellsMemo = new Map<Localization, Key[]>();
  const cellsOfLoc = (l: Localization) => {
    let cells = cellsMemo.get(l);
    if (!cells) cellsMemo.set(l, (cells = [...new Set(l.rules.flatMap((id) => g.effective(ruleById.get(id)!)))].filter(g.blamable)));
    return cells;
  };
  const used = new Set<Localization>();
  const joined: Localization[] = [];
  for (let i = 0; i < open.length; i++) {
    for (let j = i + 1; j < open.length && !used.has(open[i]); j++) {
      if (used.has(open[j])) continue;
      if (ruleById.get(open[i].rules[0])!.table !== ruleById.get(open[j].rules[0])!.table) continue;
      const a = cellsOfLoc(open[i]);
      const b = cellsOfLoc(open[j]);
      if (a.length * b.length > MAX_PAIR_CELLS * MAX_PAIR_CELLS) continue;
      const all = swapsOf(g, a, b);
      const ordered = swapInOrder(g, all);
      const swaps = ordered ? [ordered] : all;
      if (!swaps.length) continue;
      used.add(open[i]).add(open[j]);
      const rules = [...open[i].rules, ...open[j].rules];
      if (swaps.length === 1) joined.push({ rules, cells: swaps[0].map((f) => f.cell), fixes: swaps[0], alternatives: [] });
      else joined.push({ rules, cells: [], fixes: [], alternatives: swaps.flat() });
    }
  }
  return [...located.filter((l) => !used.has(l)), ...joined];
}

/**
 * Of several swaps that each make every rule hold (two counts swapped, or their two shares), the one after which
 * the swapped column reads in order (decreasing or increasing) as it does everywhere else, while no other swap
 * does: badges of 45 years before those of 50, as a clerk would notice. Undefined when that does not decide.
 */
function swapInOrder(g: Graph, swaps: Fix[][]): Fix[] | undefined {
  if (swaps.length < 2) return undefined;
  const ordered = swaps.filter((swap) => {
    const [a, b] = swap;
    const column = a.cell.replace(/\d+$/, '');
    if (b.cell.replace(/\d+$/, '') !== column) return false;
    return readsInOrder(g, column, new Map(swap.map((f) => [f.cell, f.value])));
  });
  return ordered.length === 1 ? ordered[0] : undefined;
}

/** The column's figures between its totals, with some replaced, strictly monotone over at least five rows. */
function readsInOrder(g: Graph, column: string, replaced: Map<Key, Exact>): boolean {
  const totals = new Set<Key>();
  for (const rules of g.byCell.values()) for (const r of rules) {
    if (r.kind === 'sum') totals.add(r.total);
    else if (r.kind === 'share-total' && r.total) totals.add(r.total);
  }
  const rowOf = (k: Key) => Number(/\d+$/.exec(k)![0]);
  const keys = (g.columns.get(column) ?? []).filter((k) => !totals.has(k)).sort((x, y) => rowOf(x) - rowOf(y));
  const figures = keys.map((k) => replaced.get(k) ?? numericValue(g.values.get(k) ?? { kind: 'blank' }));
  if (figures.length < 5 || figures.some((f) => f === undefined)) return false;
  const steps = figures.slice(1).map((f, i) => f!.compare(figures[i]!));
  return steps.every((s) => s < 0) || steps.every((s) => s > 0);
}

/** The one swap that makes every rule hold; two or more that would are no answer (see `swapsOf`). */
function findSwap(g: Graph, as: Key[], bs: Key[]): Fix[] | undefined {
  const swaps = swapsOf(g, as, bs);
  return swaps.length === 1 ? swaps[0] : undefined;
}

/**
 * Every exchange of two figures that makes every rule they touch hold, up to a few: two columns' totals off by
 * ±2 are explained by swapping any row whose two figures differ by 2, and the figures cannot say which.
 */
function swapsOf(g: Graph, as: Key[], bs: Key[]): Fix[][] {
  const { values } = g;
  const out: Fix[][] = [];
  // Each pair once: (x, y) was tried as (y, x) when y comes before x among `as` and x is among `bs` (both lists
  // hold each key once). Read from positions, not from a set of joined key strings made for every pair.
  const at = new Map<Key, number>();
  as.forEach((k, i) => at.set(k, i));
  const inB = new Set(bs);
  const split = new Map<Key, [Rule[], Rule[]]>();
  const splitOf = (k: Key): [Rule[], Rule[]] => {
    let out = split.get(k);
    if (!out) {
      out = [[], []];
      for (const r of g.byCell.get(k) ?? []) out[isShort(r) ? 0 : 1].push(r);
      split.set(k, out);
    }
    return out;
  };
  for (let i = 0; i < as.length; i++) {
    const x = as[i];
    const vx = numericValue(values.get(x) ?? { kind: 'blank' });
    if (!vx) continue;
    const xInB = inB.has(x);
    for (const y of bs) {
      if (x === y || (xInB && (at.get(y) ?? i) < i)) continue;
      const vy = numericValue(values.get(y) ?? { kind: 'blank' });
      if (!vy || vx.equals(vy)) continue;
      const next = withValue(withValue(values, x, vy, g.dependents), y, vx, g.dependents);
      // The rules of both cells, row rules first (see rulesTouching); a rule of both is read twice, which changes
      // nothing holdsAll answers and spares making the set of them for every pair.
      const [xShort, xLong] = splitOf(x);
      const [yShort, yLong] = splitOf(y);
      if (holdsAll(xShort, next) && holdsAll(yShort, next) && holdsAll(xLong, next) && holdsAll(yLong, next)) {
        out.push([
          { cell: x, value: vy, ...precision(values, x), why: 'swap' },
          { cell: y, value: vx, ...precision(values, y), why: 'swap' },
        ]);
        if (out.length >= 4) return out;
      }
    }
  }
  return out;
}

/**
 * A rule with rounding in it fixes a cell only to within that rounding (a sum of shares to 100 within
 * ±0,025): a one-keystroke slip that makes the same rules hold outright is the likelier value.
 */
function likelierSlip(g: Graph, x: Key, solved: Exact, rules: Rule[]): Exact {
  const stated = numericValue(g.values.get(x) ?? { kind: 'blank' });
  if (!stated || typoKind(stated, solved, precision(g.values, x).decimals)) return solved;
  return slipThatHolds(g, g.values, x, rules) ?? solved;
}

/** Two independent slips (swaps are looked for first, by the caller). */
function findPair(g: Graph, cells: Key[], failing: Rule[]): Fix[] | undefined {
  const { values } = g;
  const figure = (k: Key) => numericValue(values.get(k) ?? { kind: 'blank' });
  // Two independent slips: fix x from a failing rule without y, then y from what still fails.
  let best: { pair: Fix[]; strength: number } | undefined;
  for (const x of cells) {
    const own = failing.filter((r) => g.effective(r).includes(x));
    for (const y of cells) {
      if (x === y) continue;
      const alone = own.filter((r) => !g.effective(r).includes(y));
      for (const rule of alone) {
        const ex = solveFor(rule, x, values);
        if (!ex) continue;
        const vx = likelierSlip(g, x, roundHalfUp(ex, precision(values, x).decimals), alone);
        const afterX = withValue(values, x, vx, g.dependents);
        const stillFailing = failing.filter((r) => {
          const o = evaluateRule(r, afterX);
          return o.status === 'fail' && o.severity === 'error';
        });
        if (!stillFailing.every((r) => g.effective(r).includes(y))) continue;
        const found = tryCell(g, y, stillFailing, afterX);
        if (!found || !holdsAll(rulesTouching([x, y], g.byCell), found.values)) continue;
        const sx = figure(x)!;
        const sy = figure(y)!;
        const pair: Fix[] = [
          { cell: x, value: vx, ...precision(values, x), why: classifyFix(sx, vx, precision(values, x).decimals, { otherBases: otherBases(g, x) }) },
          { cell: y, value: found.value, ...precision(values, y), why: classifyFix(sy, found.value, precision(values, y).decimals, { exact: found.exact, otherBases: otherBases(g, y) }) },
        ];
        // Two typing slips explain the figures better than two values chosen only to make the rules hold.
        const strength = REASON_STRENGTH[pair[0].why] + REASON_STRENGTH[pair[1].why];
        if (!best || strength > best.strength) best = { pair, strength };
        if (strength >= 2 * REASON_STRENGTH.digit) return pair;
        break;
      }
    }
  }
  return best?.pair;
}
