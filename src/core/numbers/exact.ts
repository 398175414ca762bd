// Exact decimal/rational arithmetic for every decision about equality and rounding.
// Binary floats get 0,285 × 100 wrong; a mathjs Fraction does not.
import { create, fractionDependencies } from 'mathjs';
import type { Fraction } from 'mathjs';

// The class itself: the typed `fraction()` function's dispatch costs more than the arithmetic here.
const FractionClass = (create({ fractionDependencies }) as unknown as { Fraction: new (n: number | bigint, d?: number | bigint) => Fraction }).Fraction;
const fraction = (n: number | bigint, d?: number | bigint): Exact => d === undefined ? new FractionClass(n) : new FractionClass(n, d);

export type Exact = Fraction;


export const ZERO: Exact = fraction(0);
export const HUNDRED: Exact = fraction(100);

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

/** A canonical decimal string ("-1234.5", "1e-7") to an exact value. */
export function exactFromDecimal(text: string): Exact {
  const m = DECIMAL.exec(text.trim());
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) throw new Error(`not a decimal: ${text}`);
  const digits = (m[2] || '0') + (m[3] ?? '');
  let scale = (m[3] ?? '').length - Number(m[4] ?? 0);
  let n = BigInt(digits);
  if (scale < 0) {
    n *= pow10(-scale);
    scale = 0;
  }
  const value = fraction(n, pow10(scale));
  return m[1] === '-' ? value.neg() : value;
}

/** The decimal that JavaScript prints for a double is the shortest one that round-trips: that is what the user typed. */
export function exactFromNumber(value: number): Exact {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  if (Number.isSafeInteger(value)) return exactReduced(value, 1);
  const text = String(value);
  const fast = plainDecimal(text);
  if (fast !== undefined) return exactReduced(fast.scaled, 10 ** fast.decimals);
  return exactFromDecimal(text);
}

const PROTOTYPE = Object.getPrototypeOf(ZERO) as object;
const BIG_ONE = BigInt(1);
const BIG_MINUS_ONE = BigInt(-1);

/**
 * n / d (d > 0, both safe integers) as a reduced Fraction, built directly: the same fields the Fraction class
 * gives it, without its argument parsing and BigInt gcd. Hot path for the figures of a sheet.
 */
export function exactReduced(n: number, d: number): Exact {
  let a = n < 0 ? -n : n;
  let b = d;
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  const g = a === 0 ? d : a;
  const f = Object.create(PROTOTYPE) as { s: bigint; n: bigint; d: bigint };
  f.s = n < 0 ? BIG_MINUS_ONE : BIG_ONE;
  f.n = big((n < 0 ? -n : n) / g);
  f.d = big(d / g);
  return f as unknown as Exact;
}

/** BigInts below 2^16 made once: most numerators and every usual denominator (10, 4, 25, …) are. */
const SMALL_BIG: (bigint | undefined)[] = new Array(1 << 16);
function big(x: number): bigint {
  return x < 1 << 16 ? (SMALL_BIG[x] ??= BigInt(x)) : BigInt(x);
}

/**
 * "-12.345" (what String() prints for most doubles: no exponent) as its digits without the point and the number
 * of decimals, when both fit a safe integer and the decimals are at most 15; otherwise undefined.
 */
export function plainDecimal(text: string): { scaled: number; decimals: number } | undefined {
  const point = text.indexOf('.');
  if (point < 0 || text.length > 17 || text.indexOf('e') >= 0) return undefined;
  const decimals = text.length - point - 1;
  if (decimals > 15) return undefined;
  const scaled = Number(text.slice(0, point) + text.slice(point + 1));
  if (!Number.isSafeInteger(scaled)) return undefined;
  return { scaled, decimals };
}

/** 10^0 … 10^10, each exact as a double. */
const POWERS_OF_TEN = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10];

/**
 * The decimals of the shortest decimal that reads back as this double, when it has at most 10 decimals and its digits
 * are below 2^50 — the decimal String(value) prints — found without printing it; −1 when it has none. Its digits are
 * then scaledBy(value, k). The first k for which round(value × 10^k) / 10^k is the double itself: at these sizes two
 * k-decimal numbers are more than two units in the last place apart, so at most one reads back, and value × 10^k is
 * within a quarter of its digits. Decimals and digits apart, so that reading every decimal number cell of a check makes
 * no object per cell.
 */
export function shortestDecimalPlaces(value: number): number {
  for (let k = 0; k <= 10; k++) {
    const scale = POWERS_OF_TEN[k];
    const m = Math.round(value * scale);
    if (!(Math.abs(m) < 2 ** 50)) return -1;
    if (m / scale === value) return k;
  }
  return -1;
}

/** Math.round(value × 10^k): the digits of a double with k = shortestDecimalPlaces(value) decimals. */
export function scaledBy(value: number, k: number): number {
  return Math.round(value * POWERS_OF_TEN[k]);
}


export function exactInt(n: number | bigint): Exact {
  return fraction(n);
}

export function ratio(numerator: Exact, denominator: Exact): Exact {
  return numerator.div(denominator);
}

const POWERS: bigint[] = [];
function pow10(d: number): bigint {
  return (POWERS[d] ??= 10n ** BigInt(d));
}

/** Round half away from zero (Excel's ROUND; "round half up" for positive figures) to d decimals. */
export function roundHalfUp(x: Exact, d: number): Exact {
  const scale = pow10(d);
  const n = x.n * scale;
  const q = (2n * n + x.d) / (2n * x.d);
  const value = fraction(q, scale);
  return x.s < 0n ? value.neg() : value;
}

/** Cut off after d decimals, as drafts often do (2/65 = 3,0769 % written 3,07 %). */
export function truncate(x: Exact, d: number): Exact {
  const scale = pow10(d);
  const q = (x.n * scale) / x.d;
  const value = fraction(q, scale);
  return x.s < 0n ? value.neg() : value;
}

export function unit(d: number): Exact {
  return fraction(1n, pow10(d));
}

export function isInteger(x: Exact): boolean {
  return x.d === 1n;
}

export function sum(values: readonly Exact[]): Exact {
  let total = ZERO;
  for (const v of values) total = total.add(v);
  return total;
}

export function eq(a: Exact, b: Exact): boolean {
  return a.equals(b);
}

/** Fixed-point text with a dot ("3.08", "-42"); exact when x has at most d decimals. */
export function toFixed(x: Exact, d: number): string {
  const r = roundHalfUp(x, d);
  const scale = pow10(d);
  const scaled = (r.n * scale) / r.d;
  let digits = scaled.toString();
  if (d > 0) {
    digits = digits.padStart(d + 1, '0');
    digits = `${digits.slice(0, -d)}.${digits.slice(-d)}`;
  }
  return (r.s < 0n && scaled !== 0n ? '-' : '') + digits;
}

/** How many decimals x needs to be written exactly, or undefined when it never ends (1/3). */
export function decimalsOf(x: Exact, max = 12): number | undefined {
  for (let d = 0; d <= max; d++) {
    if ((x.n * pow10(d)) % x.d === 0n) return d;
  }
  return undefined;
}

export function toNumber(x: Exact): number {
  return x.valueOf();
}
