// Comparing a stated figure with its exact value at the precision the figure is written with.
import { Exact, ZERO, eq, roundHalfUp, truncate, unit } from '../numbers/exact';
import type { Key, Outcome } from './types';

export interface Figure {
  value: Exact;
  decimals: number;
  percent: boolean;
}

const OK: Outcome = { status: 'ok' };

/** Compare a stated figure with an exact expected value at the stated precision. */
export function compareStated(target: Key, stated: Figure, exact: Exact, tolerance: Exact = ZERO): Outcome {
  const d = stated.decimals;
  // Whole numbers on both sides (most counts): equal means equal, no rounding to decide.
  if (d === 0 && exact.d === 1n && stated.value.d === 1n && stated.value.n === exact.n && stated.value.s === exact.s) return OK;
  const expected = roundHalfUp(exact, d);
  const base = { target, stated: stated.value, expected, decimals: d, percent: stated.percent };
  if (eq(stated.value, expected)) return { status: 'ok' };
  const gap = stated.value.sub(exact).abs();
  if (gap.compare(tolerance) <= 0) return { status: 'ok' };
  // Truncation and rounding slips exist only where the exact value needed rounding at all.
  if (eq(expected, exact)) return { status: 'fail', severity: 'error', ...base };
  if (eq(stated.value, truncate(exact, d))) return { status: 'fail', severity: 'warning', why: 'truncation', ...base };
  if (stated.value.sub(expected).abs().equals(unit(d))) return { status: 'fail', severity: 'warning', why: 'rounding', ...base };
  return { status: 'fail', severity: 'error', ...base };
}

