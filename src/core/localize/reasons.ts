// Why a proposed value is a likely correction of the stated one.
import { Exact, eq, exactFromDecimal, roundHalfUp, toFixed, truncate, unit } from '../numbers/exact';

export type FixReason = 'digit' | 'transposition' | 'sign' | 'swap' | 'base' | 'rounding' | 'truncation' | 'formula' | 'unknown';

/** How convincing a reason is: a typing slip explains a value, "unknown" does not. */
export const REASON_STRENGTH: Record<FixReason, number> = {
  transposition: 3,
  digit: 3,
  sign: 3,
  swap: 3,
  base: 3,
  formula: 3,
  truncation: 2,
  rounding: 2,
  unknown: 0,
};

function digitsOf(x: Exact, d: number): string {
  return toFixed(x.abs(), d).replace('.', '');
}

/** One keystroke apart: a digit changed, dropped or doubled; or two neighbours swapped. */
export function typoKind(stated: Exact, proposed: Exact, decimals: number): 'digit' | 'transposition' | 'sign' | undefined {
  if (!stated.equals(0) && eq(stated, proposed.neg())) return 'sign';
  if ((stated.s < 0n) !== (proposed.s < 0n) && !stated.equals(0) && !proposed.equals(0)) return undefined;
  const a = digitsOf(stated, decimals);
  const b = digitsOf(proposed, decimals);
  if (a.length === b.length) {
    const diff: number[] = [];
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
    if (diff.length === 1) return 'digit';
    if (diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]]) return 'transposition';
    return undefined;
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return undefined;
  for (let i = 0; i < long.length; i++) {
    if (long.slice(0, i) + long.slice(i + 1) === short) return 'digit';
  }
  return undefined;
}

export interface ReasonContext {
  /** The exact (unrounded) value the cell should have, when it is computed from others (shares, ratios). */
  exact?: Exact;
  /** What the share would be on other plausible bases. */
  otherBases?: Exact[];
}

export function classifyFix(stated: Exact, proposed: Exact, decimals: number, context: ReasonContext = {}): FixReason {
  const typo = typoKind(stated, proposed, decimals);
  if (context.exact && !eq(roundHalfUp(context.exact, decimals), context.exact)) {
    if (eq(stated, truncate(context.exact, decimals))) return 'truncation';
    if (stated.sub(proposed).abs().equals(unit(decimals))) return 'rounding';
  }
  // A one-keystroke slip is the simpler explanation when another base also happens to fit.
  if (typo && typo !== 'sign') return typo;
  if (context.otherBases?.some((v) => eq(roundHalfUp(v, decimals), stated))) return 'base';
  return typo ?? 'unknown';
}

/** Values one keystroke away from the stated one: a digit changed, two neighbours swapped, the sign flipped. */
export function typoNeighbours(stated: Exact, decimals: number): Exact[] {
  const digits = digitsOf(stated, decimals);
  const negative = stated.s < 0n;
  const out: Exact[] = [stated.neg()];
  const make = (d: string) => {
    const text = decimals > 0 ? `${d.slice(0, -decimals) || '0'}.${d.slice(-decimals)}` : d;
    const value = exactFromDecimal(text);
    out.push(negative ? value.neg() : value);
  };
  for (let i = 0; i < digits.length; i++) {
    for (let k = 0; k <= 9; k++) {
      const c = String(k);
      if (c !== digits[i]) make(digits.slice(0, i) + c + digits.slice(i + 1));
    }
    if (i + 1 < digits.length && digits[i] !== digits[i + 1]) make(digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2));
  }
  return out;
}
