// Exact arithmetic in doubles for the figures that fit: the hot path of checking rules. A double holds every
// integer below 2^53 exactly, and sums, differences and products that stay below it are exact too; anything
// larger, or any figure that is not a small fraction, is left to the exact Fraction code (callers fall back).
import { HUNDRED } from './exact';
import type { Exact } from './exact';

const LIMIT = 2 ** 52;

/** The signed numerator of x as a double, or NaN when it is not a safe integer. */
export function signedNumerator(x: Exact): number {
  const n = Number(x.n);
  if (!(n < LIMIT)) return NaN;
  return x.s < 0n ? -n : n;
}

/** The denominator of x as a double, or NaN when it is not a safe integer. */
export function denominator(x: Exact): number {
  const d = x.d === 1n ? 1 : Number(x.d);
  return d < LIMIT ? d : NaN;
}

/**
 * What the fast paths read of a figure: its value and, on a figure read from a cell, that value's signed numerator
 * and denominator as doubles (signedNumerator and denominator of it, worked out once when the cell is read rather
 * than from the BigInts at every rule and trial reading that looks at it).
 */
export interface SmallFigure {
  value: Exact;
  num?: number;
  den?: number;
}

export function numeratorOf(f: SmallFigure): number {
  const n = f.num;
  return n === undefined ? signedNumerator(f.value) : n;
}

export function denominatorOf(f: SmallFigure): number {
  const d = f.den;
  return d === undefined ? denominator(f.value) : d;
}

/** value < 0; the BigInt sign only where the double does not say (absent, too large, zero). */
export function isNegative(f: SmallFigure): boolean {
  const n = f.num;
  return n !== undefined && n !== 0 && n === n ? n < 0 : f.value.s < 0n;
}

/** value = 100 (a share's whole printed 100); a reduced 100 is 100 / 1. */
export function isHundred(f: SmallFigure): boolean {
  const n = f.num;
  return n !== undefined && n === n ? n === 100 && f.den === 1 : f.value.equals(HUNDRED);
}

/** ⌊a / b⌋ for integers 0 ≤ a < 2^53 and 0 < b < 2^53, exactly: a − a mod b is a multiple of b. */
export function floorDiv(a: number, b: number): number {
  return (a - (a % b)) / b;
}

/**
 * A share and its part × 100 / base as scaled integers at d decimals, when all are non-negative and every
 * intermediate stays below 2^53 (2·n + den included); false when they do not (the caller decides in BigInt).
 * The share is `stated / sd` units of 10^-d; the exact value, in the same units, is n / den. The figures are
 * left in `scaled` (read right after the call) rather than in a fresh object: this runs once per share rule
 * and per trial reading, and the objects were a good part of the check's garbage.
 */
export const scaled = { stated: 0, sd: 0, n: 0, den: 0, scale: 0 };

/** The figures by their numerators and denominators as doubles (NaN where not safe integers); see `scaled`. */
export function scaledShareOf(sn: number, sd: number, d: number, pn: number, pd: number, bn: number, bd: number): boolean {
  if (d > 15) return false;
  // NaN fails every comparison: any figure too large goes to the exact code.
  if (!(sn >= 0 && pn >= 0 && bn > 0 && sd > 0 && pd > 0 && bd > 0)) return false;
  const scale = 10 ** d;
  const stated = sn * scale;
  const n = pn * 100 * bd * scale;
  const den = pd * bn;
  if (!(stated < LIMIT && n < 2 ** 50 && den < 2 ** 50)) return false;
  scaled.stated = stated;
  scaled.sd = sd;
  scaled.n = n;
  scaled.den = den;
  scaled.scale = scale;
  return true;
}

/**
 * Whether round_half_up(part × 100 / base, d) equals share (see `scaledShareOf` for when it is decided here).
 * round_half_up(N/D at d decimals) = ⌊(2·N·10^d + D) / (2·D)⌋.
 */
export function shareHoldsSmall(share: Exact, d: number, part: Exact, base: Exact): boolean | undefined {
  return shareHoldsOf(signedNumerator(share), denominator(share), d, signedNumerator(part), denominator(part), signedNumerator(base), denominator(base));
}

/** shareHoldsSmall of figures given as in scaledShareOf. */
export function shareHoldsOf(sn: number, sd: number, d: number, pn: number, pd: number, bn: number, bd: number): boolean | undefined {
  if (!scaledShareOf(sn, sd, d, pn, pd, bn, bd)) return undefined;
  const x = scaled;
  if (x.stated % x.sd !== 0) return false;
  return floorDiv(2 * x.n + x.den, 2 * x.den) === x.stated / x.sd;
}
