// Comparing a stated figure with its exact value at the precision the figure is written with.
import { Exact, ZERO, eq, exactReduced, roundHalfUp, truncate, unit } from '../numbers/exact';
import { denominatorOf, floorDiv, numeratorOf, scaled, scaledShareOf } from '../numbers/small';
import type { Key, Outcome } from './types';

export interface Figure {
  value: Exact;
  decimals: number;
  percent: boolean;
  /** The value's numerator and denominator as doubles, when known (see SmallFigure). */
  num?: number;
  den?: number;
}

const OK: Outcome = { status: 'ok' };

/** Compare a stated figure with an exact expected value at the stated precision. */
export function compareStated(target: Key, stated: Figure, exact: Exact, tolerance: Exact = ZERO): Outcome {
  const d = stated.decimals;
  // Whole numbers on both sides (most counts): equal means equal, no rounding to decide.
  if (d === 0 && exact.d === 1n && stated.value.d === 1n && stated.value.n === exact.n && stated.value.s === exact.s) return OK;
  const expected = roundHalfUp(exact, d);
  if (eq(stated.value, expected)) return OK;
  const gap = stated.value.sub(exact).abs();
  if (gap.compare(tolerance) <= 0) return OK;
  const base = { target, stated: stated.value, expected, decimals: d, percent: stated.percent };
  // Truncation and rounding slips exist only where the exact value needed rounding at all.
  if (eq(expected, exact)) return { status: 'fail', severity: 'error', ...base };
  if (eq(stated.value, truncate(exact, d))) return { status: 'fail', severity: 'warning', why: 'truncation', ...base };
  if (stated.value.sub(expected).abs().equals(unit(d))) return { status: 'fail', severity: 'warning', why: 'rounding', ...base };
  return { status: 'fail', severity: 'error', ...base };
}


/**
 * compareStated(target, stated, part × 100 / base) for non-negative figures small enough to decide in doubles
 * (scaled integers at the stated decimals); undefined otherwise, for the exact code. Same outcomes, same values.
 * The part and the base as their numerators and denominators in doubles (NaN where not safe integers), as the
 * figures read from cells already hold them: read back from the BigInts here, they cost more than the rest of it in
 * the trials that choose a share's base (most fail).
 */
export function compareShareSmall(target: Key, stated: Figure, pn: number, pd: number, bn: number, bd: number): Outcome | undefined {
  const d = stated.decimals;
  if (!scaledShareOf(numeratorOf(stated), denominatorOf(stated), d, pn, pd, bn, bd)) return undefined;
  const x = scaled;
  // The exact value times 10^d is n / den; every sum and product below stays under 2^53.
  if (!(x.stated < 2 ** 50) || x.stated % x.sd !== 0) return undefined;
  const { n, den, scale } = x;
  const s = x.stated / x.sd;
  const e = floorDiv(2 * n + den, 2 * den);
  if (e === s) return OK;
  const base2 = { target, stated: stated.value, expected: exactReduced(e, scale), decimals: d, percent: stated.percent };
  if (e * den === n) return { status: 'fail', severity: 'error', ...base2 };
  if (s === floorDiv(n, den)) return { status: 'fail', severity: 'warning', why: 'truncation', ...base2 };
  if (Math.abs(s - e) === 1) return { status: 'fail', severity: 'warning', why: 'rounding', ...base2 };
  return { status: 'fail', severity: 'error', ...base2 };
}
