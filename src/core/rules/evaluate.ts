// Checking one rule against the figures, with exact rounding at the precision each cell states.
import { CellValue, numericValue } from '../cell-value';
import { Exact, HUNDRED, ZERO, roundHalfUp, sum, unit } from '../numbers/exact';
import { compareStated, Figure } from './compare';
import type { Key, Outcome, Rule } from './types';
import { evaluateExpression } from './expression';

/** Figures by cell; only lookups are needed, so a trial change can overlay a few cells cheaply. */
export interface Values {
  get(key: Key): CellValue | undefined;
}


function figure(values: Values, key: Key): Figure | undefined {
  const v = values.get(key);
  if (!v) return undefined;
  const value = numericValue(v);
  if (value === undefined) return undefined;
  return { value, decimals: v.kind === 'number' ? v.decimals : 0, percent: v.kind === 'number' && v.percent };
}

function wholeOf(values: Values, key: Key): Exact | undefined {
  const v = values.get(key);
  return v?.kind === 'fraction' ? v.whole : undefined;
}

export function evaluateRule(rule: Rule, values: Values): Outcome {
  const need = (keys: Key[]): Figure[] | Key[] => {
    const figures: Figure[] = [];
    const missing: Key[] = [];
    for (const k of keys) {
      const f = figure(values, k);
      if (f) figures.push(f);
      else missing.push(k);
    }
    return missing.length ? missing : figures;
  };
  const isMissing = (x: Figure[] | Key[]): x is Key[] => typeof x[0] === 'string';

  switch (rule.kind) {
    case 'sum': {
      const got = need([rule.total, ...rule.parts]);
      if (isMissing(got)) return { status: 'skip', blockers: got };
      const [total, ...parts] = got;
      const decimals = Math.max(...got.map((f) => f.decimals));
      // Figures shown rounded may each be off by half a unit.
      const tolerance = decimals > 0 ? unit(decimals).mul(parts.length).div(2) : ZERO;
      return compareStated(rule.total, total, sum(parts.map((p) => p.value)), tolerance);
    }
    case 'subset': {
      const got = need([rule.parent, ...rule.parts]);
      if (isMissing(got)) return { status: 'skip', blockers: got };
      const [parent, ...parts] = got;
      const total = sum(parts.map((p) => p.value));
      if (total.compare(parent.value) <= 0) return { status: 'ok' };
      return { status: 'fail', severity: 'error', target: rule.parent, stated: parent.value, expected: total, decimals: parent.decimals, percent: parent.percent };
    }
    case 'share': {
      const got = need([rule.share, rule.part]);
      if (isMissing(got)) return { status: 'skip', blockers: got };
      const [share, part] = got;
      let base: Exact | undefined;
      if (rule.baseKind === 'fraction') base = wholeOf(values, rule.part);
      else if (rule.baseKind === 'self') base = part.value;
      else base = figure(values, rule.base)?.value;
      if (base === undefined) return { status: 'skip', blockers: [rule.base] };
      if (base.equals(ZERO)) return { status: 'skip', blockers: [rule.base] };
      return compareStated(rule.share, share, part.value.mul(HUNDRED).div(base));
    }
    case 'share-total': {
      const got = need(rule.total ? [rule.total, ...rule.shares] : rule.shares);
      if (isMissing(got)) return { status: 'skip', blockers: got };
      const shares = rule.total ? got.slice(1) : got;
      const decimals = Math.max(...got.map((f) => f.decimals));
      const total = rule.total ? got[0] : { value: HUNDRED, decimals, percent: shares[0].percent };
      const tolerance = unit(decimals).mul(shares.length).div(2);
      const outcome = compareStated(rule.total ?? rule.shares[0], total, sum(shares.map((s) => s.value)), tolerance);
      // Without a total cell, 100 % is not a typed figure: report against the parts, at their precision.
      return outcome;
    }
    case 'difference': {
      const got = need([rule.diff, rule.current, rule.previous]);
      if (isMissing(got)) return { status: 'skip', blockers: got };
      const [diff, current, previous] = got;
      return compareStated(rule.diff, diff, current.value.sub(previous.value));
    }
    case 'ratio': {
      const got = need([rule.ratio, rule.current, rule.previous]);
      if (isMissing(got)) return { status: 'skip', blockers: got };
      const [ratio, current, previous] = got;
      if (previous.value.equals(ZERO)) return { status: 'skip', blockers: [rule.previous] };
      return compareStated(rule.ratio, ratio, current.value.mul(HUNDRED).div(previous.value));
    }
    case 'points': {
      const got = need([rule.diff, rule.current, rule.previous]);
      if (isMissing(got)) return { status: 'skip', blockers: got };
      const [diff, current, previous] = got;
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
      return evaluateExpression(rule.expression, (key) => figure(values, key));
  }
}
