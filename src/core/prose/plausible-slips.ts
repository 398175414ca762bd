// Whether a wrong figure's gap from what its figures give is one a clerk's slip explains. Across the sealed parts, at
// the code each first met them, a change, rate, gap in points, total or fraction off by a third or more and explained
// by no slip was a misreading of the figures far more often than a wrong figure: such a claim is left undecided.
import { Exact, HUNDRED, ZERO, eq, exactReduced, roundHalfUp, sum, truncate } from '../numbers/exact';
import { typoKind } from '../localize/reasons';

/** Off by at least this share of the larger of the two values. */
const FAR = exactReduced(3, 10);

export function farOff(stated: Exact, expected: Exact): boolean {
  const [a, b] = [stated.abs(), expected.abs()];
  const larger = a.compare(b) >= 0 ? a : b;
  if (larger.equals(ZERO)) return false;
  return stated.sub(expected).abs().compare(larger.mul(FAR)) >= 0;
}

/** A keystroke explains a breakdown's gap: the total is a slip of the parts' sum, or one part a slip of what would close it. */
export function keystrokeInSum(total: Exact, parts: readonly Exact[], decimals: number): boolean {
  const all = sum(parts);
  if (typoKind(total, all, decimals)) return true;
  return parts.some((x) => typoKind(x, total.sub(all.sub(x)), decimals) !== undefined);
}

/** One part of a breakdown left out of its total, or counted twice. */
export function partLeftOut(total: Exact, parts: readonly Exact[]): boolean {
  const gap = total.sub(sum(parts)).abs();
  return parts.some((x) => eq(gap, x.abs()));
}

export interface WrongFigure {
  kind: 'ratio' | 'points' | 'difference' | 'sum' | 'fraction';
  stated: Exact;
  expected: Exact;
  decimals: number;
  /** The claim's own figures other than the stated one: the values the writer worked from. */
  operands: readonly Exact[];
}

/**
 * A slip explains the stated value when it is one keystroke (or its sign) from the value expected, or another plain
 * operation on the claim's own figures: a rate divided the other way or by the new value, growth written for the
 * ratio, a relative change for points, a part left out of a total or counted twice.
 */
export function slipExplains(w: WrongFigure): boolean {
  const { stated, expected, decimals: d } = w;
  if (typoKind(stated, expected, d) || eq(stated.abs(), expected.abs())) return true;
  const fits = (v: Exact) => eq(stated.abs(), roundHalfUp(v.abs(), d)) || eq(stated.abs(), truncate(v.abs(), d));
  const xs = w.operands.filter((x) => !x.equals(ZERO));
  switch (w.kind) {
    case 'ratio':
    case 'points': {
      // A rate of change divided by the value reached: that value is the two written ones added.
      const values = [...xs, ...xs.flatMap((a, i) => xs.slice(i + 1).map((b) => a.add(b)))];
      for (const a of values)
        for (const b of values) {
          if (a === b) continue;
          const quotient = a.div(b);
          const rates = [quotient, quotient.mul(HUNDRED), quotient.sub(1).mul(HUNDRED), a.sub(b).div(a).mul(HUNDRED), a.sub(b)];
          if (rates.some(fits)) return true;
        }
      return eq(stated.sub(expected).abs(), HUNDRED);
    }
    case 'difference':
    case 'sum':
      return w.operands.some((x) => eq(stated.sub(expected).abs(), x.abs())) || xs.some((a) => xs.some((b) => a !== b && eq(stated.abs(), a.sub(b).abs())));
    case 'fraction':
      return false;
  }
}
