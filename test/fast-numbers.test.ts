// The fast paths for figures (doubles where they are exact, fractions built without parsing) must agree with
// the exact Fraction code on every input, including the edges where they hand over to it.
import fc from 'fast-check';
import { CellValue, decimalsOf, evaluateRule, exactFromDecimal, Rule, truncate, exactFromNumber, exactInt, interpretCell, roundHalfUp, HUNDRED } from '../src/core';
import { denominator, shareHoldsSmall, signedNumerator } from '../src/core/numbers/small';
import { compareShareSmall, compareStated } from '../src/core/rules/compare';
import { scaledBy, shortestDecimalPlaces } from '../src/core/numbers/exact';

const exactDouble = fc.oneof(
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -99999999, max: 99999999 }).chain((n) => fc.integer({ min: 0, max: 12 }).map((d) => n / 10 ** d)),
  fc.constantFrom(0, -0, 0.1, 0.285, 1e21, 1e-7, 2 ** 53, -(2 ** 53) + 1, 123456789.123456, 94.86),
);

describe('fast figures', () => {
  test('a double becomes the same fraction as its printed decimal', () => {
    fc.assert(
      fc.property(exactDouble, (x) => {
        expect(exactFromNumber(x).equals(exactFromDecimal(String(x)))).toBe(true);
        const f = exactFromNumber(x);
        const slow = exactFromDecimal(String(x));
        expect([f.s, f.n, f.d]).toEqual([slow.s, slow.n, slow.d]);
      }),
      { numRuns: 2000 },
    );
  });

  test('a number cell with no format reads as the exact value at the decimals it needs', () => {
    fc.assert(
      fc.property(exactDouble, (x) => {
        const fast = interpretCell({ value: x });
        const formatted = interpretCell({ value: x, numberFormat: '0.##########' });
        expect(fast.kind).toBe('number');
        if (fast.kind !== 'number' || formatted.kind !== 'number') return;
        // What the reading was before the fast path: the exact value at the decimals it needs (10 at most).
        const exact = exactFromDecimal(String(x));
        const decimals = exact.d === 1n ? 0 : decimalsOf(exact, 10) ?? 10;
        expect(fast.decimals).toBe(decimals);
        expect(fast.value.equals(exact.d === 1n ? exact : roundHalfUp(exact, decimals))).toBe(true);
        // At most 10 decimals either way: the same figure as the exact reading rounded at its own decimals.
        expect(fast.value.equals(roundHalfUp(exactFromDecimal(String(x)), fast.decimals))).toBe(true);
        if (fast.decimals <= 10 && Number.isFinite(x)) expect(formatted.value.equals(fast.value)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  test('the shortest decimal found by rounding is the one String prints', () => {
    fc.assert(
      fc.property(exactDouble, (x) => {
        // What String prints, read exactly ("1e-7" too), and the decimals it needs.
        const printed = exactFromDecimal(String(x));
        const decimals = decimalsOf(printed, 10);
        const places = shortestDecimalPlaces(x);
        if (places >= 0) {
          expect(places).toBe(decimals);
          expect(exactInt(scaledBy(x, places)).div(10 ** places).equals(printed)).toBe(true);
        } else expect(decimals === undefined || printed.mul(10 ** decimals).abs().compare(2 ** 50) >= 0).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  test('shares decided in doubles agree with the exact rounding', () => {
    const value = fc.oneof(fc.integer({ min: 0, max: 100000 }), fc.bigInt({ min: 0n, max: 2n ** 60n }));
    fc.assert(
      fc.property(value, value, fc.integer({ min: 1, max: 100000 }), fc.integer({ min: 0, max: 4 }), fc.boolean(), (p, b, bd, d, exactShare) => {
        const part = exactInt(BigInt(p));
        const base = exactInt(BigInt(b)).div(bd);
        if (base.equals(0)) return;
        const exact = part.mul(HUNDRED).div(base);
        const share = exactShare ? roundHalfUp(exact, d) : roundHalfUp(exact, d).add(exactInt(1).div(10 ** d));
        const scale = 10n ** BigInt(d);
        const stated = share.n * scale;
        const bigint = stated % share.d !== 0n ? false : (2n * part.n * 100n * base.d * scale + part.d * base.n) / (2n * part.d * base.n) === stated / share.d;
        const small = shareHoldsSmall(share, d, part, base);
        if (small !== undefined) expect(small).toBe(bigint);
        expect(bigint).toBe(exactShare);
      }),
      { numRuns: 3000 },
    );
  });

  test('share outcomes decided in doubles are the exact outcomes', () => {
    const value = fc.oneof(fc.integer({ min: 0, max: 100000 }), fc.bigInt({ min: 0n, max: 2n ** 56n }));
    fc.assert(
      fc.property(value, value, fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: -3, max: 3 }), fc.boolean(), (p, b, bd, d, off, truncated) => {
        const part = exactInt(BigInt(p));
        const base = exactInt(BigInt(b)).div(bd);
        if (base.equals(0)) return;
        const exact = part.mul(HUNDRED).div(base);
        const near = truncated ? truncate(exact, d) : roundHalfUp(exact, d);
        const value = near.add(exactInt(off).div(10 ** d));
        if (value.s < 0n) return;
        const stated = { value, decimals: d, percent: true };
        const small = compareShareSmall('S!A1', stated, signedNumerator(part), denominator(part), signedNumerator(base), denominator(base));
        if (small !== undefined) expect(small).toEqual(compareStated('S!A1', stated, exact));
      }),
      { numRuns: 5000 },
    );
  });

  test('shares adding up to their total within rounding: the same outcome as the exact comparison', () => {
    const figure = fc.tuple(fc.integer({ min: -20000, max: 20000 }), fc.integer({ min: 0, max: 2 })).map(([n, d]) => ({ n, d }));
    fc.assert(
      fc.property(fc.array(figure, { minLength: 1, maxLength: 6 }), figure, fc.boolean(), (parts, whole, withTotal) => {
        const values = new Map<string, CellValue>();
        const cell = (f: { n: number; d: number }): CellValue => ({ kind: 'number', value: exactInt(f.n).div(10 ** f.d), decimals: f.d, percent: true, source: 'number', style: 'vi' });
        const shares = parts.map((p, i) => {
          values.set(`S!B${i + 1}`, cell(p));
          return `S!B${i + 1}`;
        });
        if (withTotal) values.set('S!A1', cell(whole));
        const rule: Rule = { id: 'r', table: 't', kind: 'share-total', shares, ...(withTotal ? { total: 'S!A1' } : {}) };
        const got = [...(withTotal ? [whole] : []), ...parts];
        const decimals = Math.max(...got.map((f) => f.d));
        // A printed total is judged at the precision of the most precise figure (100 in a column of 24,75 is 100,00).
        const total = withTotal ? { value: exactInt(whole.n).div(10 ** whole.d), decimals, percent: true } : { value: HUNDRED, decimals, percent: true };
        const sum = parts.reduce((t, p) => t.add(exactInt(p.n).div(10 ** p.d)), exactInt(0));
        const expected = compareStated(withTotal ? 'S!A1' : shares[0], total, sum, exactInt(1).div(10 ** decimals).mul(parts.length).div(2));
        expect(evaluateRule(rule, values)).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });
});
