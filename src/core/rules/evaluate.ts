// Checking one rule against the figures, with exact rounding at the precision each cell states.
import type { CellValue } from '../cell-value';
import { Exact, HUNDRED, ZERO, exactInt, roundHalfUp, sum, unit } from '../numbers/exact';

const ONE = HUNDRED.div(HUNDRED);
import { compareShareSmall, compareStated, Figure } from './compare';
import type { Key, Outcome, Rule } from './types';
import { evaluateExpression } from './expression';
import { denominator, denominatorOf, numeratorOf, shareHoldsOf, shareHoldsSmall, signedNumerator } from '../numbers/small';

/** Figures by cell; only lookups are needed, so a trial change can overlay a few cells cheaply. */
export interface Values {
  get(key: Key): CellValue | undefined;
}


const NIL_FIGURE: Figure = { value: ZERO, decimals: 0, percent: false, num: 0, den: 1 };

function figure(values: Values, key: Key): Figure | undefined {
  return figureOf(values.get(key));
}

/** figure() of a cell already read. */
function figureOf(v: CellValue | undefined): Figure | undefined {
  if (!v) return undefined;
  // A number cell already has a figure's shape: no copy on this hot path.
  if (v.kind === 'number') return v;
  if (v.kind === 'nil') return NIL_FIGURE;
  if (v.kind === 'fraction') return { value: v.part, decimals: 0, percent: false };
  return undefined;
}

function wholeOf(values: Values, key: Key): Exact | undefined {
  const v = values.get(key);
  return v?.kind === 'fraction' ? v.whole : undefined;
}

const OK: Outcome = { status: 'ok' };

/** A whole-number figure's value as a double when it is a safe one, else NaN (blank, text, a fraction, a decimal, too large). */
function wholeSmall(values: Values, key: Key): number {
  const f = figure(values, key);
  return f && denominatorOf(f) === 1 ? numeratorOf(f) : NaN;
}

/** Counts that add up, decided in doubles: exact while each figure is below 2^52 and there are fewer than 2^10 parts... */
function sumHoldsSmall(values: Values, total: Key, parts: Key[]): boolean {
  if (parts.length >= 1024) return false;
  let s = 0;
  for (const p of parts) {
    const v = wholeSmall(values, p);
    if (!(Math.abs(v) < 2 ** 42)) return false;
    s += v;
  }
  // ...so that every partial sum stays below 2^52. False only means "not decided here".
  return s === wholeSmall(values, total);
}

/** A share that holds at its own precision with no precision warning to give, decided in doubles; false: not decided here. */
function shareHoldsFast(rule: Extract<Rule, { kind: 'share' }>, stated: CellValue | undefined, values: Values): boolean {
  const share = figureOf(stated);
  const part = figure(values, rule.part);
  if (!share || !part) return false;
  let bn: number;
  let bd: number;
  if (rule.baseKind === 'fraction') {
    const whole = wholeOf(values, rule.part);
    if (whole === undefined) return false;
    bn = signedNumerator(whole);
    bd = denominator(whole);
  } else {
    const base = rule.baseKind === 'self' ? part : figure(values, rule.base);
    if (base === undefined) return false;
    bn = numeratorOf(base);
    bd = denominatorOf(base);
  }
  // A zero base (or one too large to say) is left to the exact code, as a base of no figure is.
  if (bn === 0) return false;
  return holdsToColumn(share, rule.decimals, numeratorOf(part), denominatorOf(part), bn, bd);
}

/**
 * A share or ratio that holds at its own decimals and, when its column is written with more ("12,5" among
 * "19,64"s), at the column's too (12,50): the exact code would find it right, with no precision warning.
 */
function holdsToColumn(stated: Figure, column: number | undefined, pn: number, pd: number, bn: number, bd: number): boolean {
  const sn = numeratorOf(stated);
  const sd = denominatorOf(stated);
  if (shareHoldsOf(sn, sd, stated.decimals, pn, pd, bn, bd) !== true) return false;
  return column === undefined || column <= stated.decimals || shareHoldsOf(sn, sd, column, pn, pd, bn, bd) === true;
}

function ratioHoldsFast(rule: Extract<Rule, { kind: 'ratio' }>, stated: CellValue | undefined, values: Values): boolean {
  const ratio = figureOf(stated);
  const current = figure(values, rule.current);
  const previous = figure(values, rule.previous);
  if (!ratio || !current || !previous || numeratorOf(previous) === 0) return false;
  return holdsToColumn(ratio, rule.decimals, numeratorOf(current), denominatorOf(current), numeratorOf(previous), denominatorOf(previous));
}

/**
 * |Σ shares − total| ≤ n × half a unit at `decimals` (n shares): the tolerance of shares each rounded, decided in
 * scaled integers when every figure fits; false means "not decided here" (the exact comparison follows).
 */
function withinHalfUnits(total: Figure, shares: Figure[], decimals: number): boolean {
  if (decimals > 15 || shares.length >= 1024) return false;
  const scale = 10 ** decimals;
  const scaled = (f: Figure): number => {
    const n = numeratorOf(f) * scale;
    const d = denominatorOf(f);
    return Math.abs(n) < 2 ** 40 && n % d === 0 ? n / d : NaN;
  };
  let sum = 0;
  for (const f of shares) sum += scaled(f);
  return 2 * Math.abs(sum - scaled(total)) <= shares.length;
}

function differenceHoldsSmall(values: Values, diff: Key, current: Key, previous: Key): boolean {
  const c = wholeSmall(values, current);
  const p = wholeSmall(values, previous);
  return Math.abs(c) < 2 ** 51 && Math.abs(p) < 2 ** 51 && c - p === wholeSmall(values, diff);
}

/**
 * The common case, decided in integers: share = round(part × 100 / base) at d decimals, all positive.
 * round_half_up(N/D at d decimals) = floor((2·N·10^d + D) / (2·D)).
 */
function shareHolds(share: Exact, d: number, part: Exact, base: Exact): boolean {
  if (share.s < 0n || part.s < 0n || base.s < 0n) return false;
  const small = shareHoldsSmall(share, d, part, base);
  if (small !== undefined) return small;
  const scale = 10n ** BigInt(d);
  const stated = share.n * scale;
  if (stated % share.d !== 0n) return false;
  const n = part.n * 100n * base.d * scale;
  const den = part.d * base.n;
  return (2n * n + den) / (2n * den) === stated / share.d;
}

/** x = 0, read from its numerator (Fraction's equals parses its argument first: a trial of a share's base asks it at every row). */
function isZero(x: Exact): boolean {
  return x.n === 0n;
}

/** The figures of `keys`, or the keys that are not figures. Module-level, not a closure: no allocation per rule. */
function needOf(values: Values, keys: Key[]): Figure[] | Key[] {
  const figures: Figure[] = new Array(keys.length);
  let missing: Key[] | undefined;
  for (let i = 0; i < keys.length; i++) {
    const f = figure(values, keys[i]);
    if (f) figures[i] = f;
    else (missing ??= []).push(keys[i]);
  }
  return missing ?? figures;
}

function isMissing(x: Figure[] | Key[]): x is Key[] {
  return typeof x[0] === 'string';
}

/**
 * "-" where a rate, a ratio or a change is written (a share's, a ratio's or a points rule's target): the clerk says
 * it does not apply, not that it is zero. Asked of the target's cell as read once for the rule, not looked up apart.
 */
const NOT_APPLICABLE: Outcome = { status: 'skip', blockers: [] };

/**
 * A whole figure written without decimals that is not the whole number the others make: the error compareStated
 * finds with no tolerance (nothing to round), said without its Fraction arithmetic. A localization's trial values
 * fail this way by the hundred thousand.
 */
function countsDiffer(target: Key, stated: Figure, expected: bigint): Outcome {
  return { status: 'fail', severity: 'error', target, stated: stated.value, expected: exactInt(expected), decimals: 0, percent: stated.percent };
}

/**
 * A written rule's outcome. Apart from evaluateRule: the closure it makes over `values` made evaluateRule set up a
 * context for `values` at every call, whatever the rule's kind.
 */
function evaluateExpr(rule: Extract<Rule, { kind: 'expr' }>, values: Values): Outcome {
  return evaluateExpression(rule.expression, (key) => figure(values, key));
}

export function evaluateRule(rule: Rule, values: Values): Outcome {
  switch (rule.kind) {
    case 'sum': {
      if (sumHoldsSmall(values, rule.total, rule.parts)) return OK;
      const got = needOf(values, [rule.total, ...rule.parts]);
      if (isMissing(got)) return { status: 'skip', blockers: got };
      const [total, ...parts] = got;
      if (got.every((f) => f.value.d === 1n)) {
        // Counts: add the integers directly; fractions only to describe a failure.
        let s = 0n;
        for (const p of parts) s += p.value.s * p.value.n;
        if (s === total.value.s * total.value.n) return OK;
        if (got.every((f) => f.decimals === 0)) return countsDiffer(rule.total, total, s);
      }
      const decimals = Math.max(...got.map((f) => f.decimals));
      // Figures shown rounded may each be off by half a unit.
      const tolerance = decimals > 0 ? unit(decimals).mul(parts.length).div(2) : ZERO;
      return compareStated(rule.total, total, sum(parts.map((p) => p.value)), tolerance);
    }
    case 'subset': {
      const got = needOf(values, [rule.parent, ...rule.parts]);
      if (isMissing(got)) return { status: 'skip', blockers: got };
      const [parent, ...parts] = got;
      const total = sum(parts.map((p) => p.value));
      if (total.compare(parent.value) <= 0) return { status: 'ok' };
      return { status: 'fail', severity: 'error', target: rule.parent, stated: parent.value, expected: total, decimals: parent.decimals, percent: parent.percent };
    }
    case 'share': {
      const stated = values.get(rule.share);
      if (stated?.kind === 'nil') return NOT_APPLICABLE;
      if (shareHoldsFast(rule, stated, values)) return OK;
      const got = needOf(values, [rule.share, rule.part]);
      if (isMissing(got)) return { status: 'skip', blockers: got };
      const [share, part] = got;
      // The base, and its numerator and denominator as doubles for compareShareSmall.
      let base: Exact | undefined;
      let bn = NaN;
      let bd = NaN;
      if (rule.baseKind === 'fraction') {
        base = wholeOf(values, rule.part);
        if (base !== undefined) (bn = signedNumerator(base)), (bd = denominator(base));
      } else {
        const b = rule.baseKind === 'self' ? part : figure(values, rule.base);
        if (b !== undefined) (base = b.value), (bn = numeratorOf(b)), (bd = denominatorOf(b));
      }
      if (base === undefined) return { status: 'skip', blockers: [rule.base] };
      if (isZero(base)) return { status: 'skip', blockers: [rule.base] };
      const small = rule.decimals !== undefined && rule.decimals > share.decimals ? undefined : compareShareSmall(rule.share, share, numeratorOf(part), denominatorOf(part), bn, bd);
      if (small) return small;
      const exact = part.value.mul(HUNDRED).div(base);
      const holds = shareHolds(share.value, share.decimals, part.value, base);
      // "11" in a column of two-decimal shares where the figures give 11,31: right to its own precision, short of the column's.
      // "19,6" among "19,64"s likewise: fewer decimals than the column, right to those it has.
      if (rule.decimals !== undefined && rule.decimals > share.decimals && (holds || compareStated(rule.share, share, exact).status !== 'fail' || (share.decimals === 0 && roundHalfUp(exact, 0).sub(share.value).abs().compare(ONE) <= 0))) {
        const expected = roundHalfUp(exact, rule.decimals);
        if (!expected.equals(share.value)) return { status: 'fail', severity: 'warning', why: 'precision', target: rule.share, stated: share.value, expected, decimals: rule.decimals, percent: share.percent };
      }
      if (holds) return OK;
      const outcome = compareStated(rule.share, share, exact);
      // A wrong share typed with fewer decimals than its column ("90,4" among "87,41"s) is told its value at the
      // column's precision (90,04), never rounded to its own (90,0).
      if (outcome.status === 'fail' && outcome.severity === 'error' && rule.decimals !== undefined && rule.decimals > share.decimals) return compareStated(rule.share, { ...share, decimals: rule.decimals }, exact);
      return outcome;
    }
    case 'share-total': {
      const got = needOf(values, rule.total ? [rule.total, ...rule.shares] : rule.shares);
      if (isMissing(got)) return { status: 'skip', blockers: got };
      const shares = rule.total ? got.slice(1) : got;
      const decimals = Math.max(...got.map((f) => f.decimals));
      // A whole printed "100" in a column of "24,75" is 100,00: it is judged at the parts' precision.
      const total = rule.total ? { ...got[0], decimals } : { value: HUNDRED, decimals, percent: shares[0].percent };
      if (withinHalfUnits(total, shares, decimals)) return OK;
      const tolerance = unit(decimals).mul(shares.length).div(2);
      const outcome = compareStated(rule.total ?? rule.shares[0], total, sum(shares.map((s) => s.value)), tolerance);
      // Without a total cell, 100 % is not a typed figure: report against the parts, at their precision.
      return outcome;
    }
    case 'difference': {
      if (differenceHoldsSmall(values, rule.diff, rule.current, rule.previous)) return OK;
      const got = needOf(values, [rule.diff, rule.current, rule.previous]);
      if (isMissing(got)) return { status: 'skip', blockers: got };
      const [diff, current, previous] = got;
      if (got.every((f) => f.value.d === 1n)) {
        const change = current.value.s * current.value.n - previous.value.s * previous.value.n;
        if (diff.value.s * diff.value.n === change) return OK;
        if (diff.decimals === 0) return countsDiffer(rule.diff, diff, change);
      }
      return compareStated(rule.diff, diff, current.value.sub(previous.value));
    }
    case 'ratio': {
      const stated = values.get(rule.ratio);
      if (stated?.kind === 'nil') return NOT_APPLICABLE;
      if (ratioHoldsFast(rule, stated, values)) return OK;
      const got = needOf(values, [rule.ratio, rule.current, rule.previous]);
      if (isMissing(got)) return { status: 'skip', blockers: got };
      const [ratio, current, previous] = got;
      if (isZero(previous.value)) return { status: 'skip', blockers: [rule.previous] };
      const holdsAsWritten = shareHolds(ratio.value, ratio.decimals, current.value, previous.value);
      // "79,7" among "102,39"s: right to its own precision, short of the column's.
      if (rule.decimals !== undefined && rule.decimals > ratio.decimals) {
        const exactRatio = current.value.mul(HUNDRED).div(previous.value);
        if (holdsAsWritten || compareStated(rule.ratio, ratio, exactRatio).status !== 'fail') {
          const expected = roundHalfUp(exactRatio, rule.decimals);
          if (!expected.equals(ratio.value)) return { status: 'fail', severity: 'warning', why: 'precision', target: rule.ratio, stated: ratio.value, expected, decimals: rule.decimals, percent: ratio.percent };
        }
      }
      if (holdsAsWritten) return OK;
      const small = compareShareSmall(rule.ratio, ratio, numeratorOf(current), denominatorOf(current), numeratorOf(previous), denominatorOf(previous));
      if (small) return small;
      return compareStated(rule.ratio, ratio, current.value.mul(HUNDRED).div(previous.value));
    }
    case 'points': {
      if (values.get(rule.diff)?.kind === 'nil') return NOT_APPLICABLE;
      const got = needOf(values, [rule.diff, rule.current, rule.previous]);
      if (isMissing(got)) return { status: 'skip', blockers: got };
      const [diff, current, previous] = got;
      if (rule.relative) {
        if (previous.value.equals(ZERO)) return { status: 'skip', blockers: [] };
        const outcome = compareStated(rule.diff, diff, current.value.sub(previous.value).mul(HUNDRED).div(previous.value));
        return outcome.status === 'ok' ? { status: 'ok', note: 'relative' } : outcome;
      }
      const points = compareStated(rule.diff, diff, current.value.sub(previous.value));
      if (points.status === 'ok') return { status: 'ok', note: 'points' };
      if (previous.value.equals(ZERO)) return points;
      const relativeExact = current.value.sub(previous.value).mul(HUNDRED).div(previous.value);
      const relative = compareStated(rule.diff, diff, relativeExact);
      if (relative.status === 'ok') return { status: 'ok', note: 'relative' };
      if (points.status !== 'fail') return points;
      if (relative.status === 'fail' && relative.severity === 'warning' && points.severity === 'error') return { ...relative, alternative: points.expected };
      return { ...points, alternative: roundHalfUp(relativeExact, diff.decimals) };
    }
    case 'expr':
      return evaluateExpr(rule, values);
  }
}
