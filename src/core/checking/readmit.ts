// A reading the figures did not confirm, confirmed once the slips that explain its failures are put right.
//
// A share column whose base is undecided because its total was typed over, a row total whose column sum
// fails in the one row a transposed figure also breaks, a share column broken in two rows by two counts
// swapped: in each the reading fails where the slip is, and holds everywhere else. The slips are those the
// check is sure of (the fixes it proposes from the readings it trusts), the one alternative of an undecided
// failure that makes the reading hold, or one swap of two figures that makes all its failures hold at once.
import { numericValue } from '../cell-value';
import type { Exact } from '../numbers/exact';
import { evaluateRule, Values } from '../rules/evaluate';
import type { Key, Rule } from '../rules/types';
import { cellsOf } from '../rules/types';
import { Localization, withFixes, withValue } from '../localize/localize';

export interface FamilyTally {
  strength: 'certain' | 'inferred';
  holds: number;
  fails: number;
  tried: number;
}

/**
 * Whether a family's figures bear its reading out. A certain reading is dropped only when nearly all of it
 * fails (fewer than one in five holds: the structure was misread, not a cell mistyped); an inferred one is kept
 * only when it holds at least twice as often as it fails, and in at least two places.
 */
export function borneOut(t: FamilyTally): boolean {
  if (t.fails === 0) return true;
  return t.strength === 'certain' ? !(t.tried >= 3 && t.holds * 4 < t.fails) : t.holds >= 2 && t.holds >= 2 * t.fails;
}

function tallyOn(rules: readonly Rule[], values: Values): FamilyTally {
  const t: FamilyTally = { strength: rules[0].strength ?? 'certain', holds: 0, fails: 0, tried: 0 };
  for (const rule of rules) {
    const o = evaluateRule(rule, values);
    if (o.status === 'skip') continue;
    t.tried++;
    if (o.status === 'ok' || o.severity === 'warning') t.holds++;
    else t.fails++;
  }
  return t;
}

const failsOn = (rule: Rule, values: Values) => {
  const o = evaluateRule(rule, values);
  return o.status === 'fail' && o.severity === 'error';
};

/** Cells of one family's failing rules a swap is looked for among, at most this many. */
const MAX_SWAP_CELLS = 24;

/**
 * The untrusted families to check after all. `rules`: every rule of the check, in its order; `located` is the
 * localization of the trusted failures (a correction may not break a trusted rule).
 */
export function explainedFamilies(
  rules: readonly Rule[],
  untrusted: ReadonlySet<string>,
  values: Values,
  located: readonly Localization[],
  blamable: (key: Key) => boolean,
): Set<string> {
  const byFamily = new Map<string, Rule[]>();
  const trusted: Rule[] = [];
  for (const rule of rules) {
    const family = rule.family ?? '';
    if (!untrusted.has(family)) {
      trusted.push(rule);
      continue;
    }
    const list = byFamily.get(family);
    if (list) list.push(rule);
    else byFamily.set(family, [rule]);
  }
  const byCell = new Map<Key, Rule[]>();
  for (const rule of trusted) for (const k of cellsOf(rule)) byCell.set(k, [...(byCell.get(k) ?? []), rule]);
  const keepsTrusted = (keys: Key[], after: Values) => keys.every((k) => (byCell.get(k) ?? []).every((r) => !failsOn(r, after)));

  // The slips the check is sure of, put right.
  const corrected = withFixes(values, located);
  const undecided = located.filter((l) => !l.fixes.length && l.alternatives.length && l.alternatives.every((a) => a.why !== 'swap'));

  const out = new Set<string>();
  for (const [family, rules] of byFamily) {
    const before = tallyOn(rules, values);
    const confirms = (after: Values) => {
      const t = tallyOn(rules, after);
      return t.holds > before.holds && borneOut(t);
    };
    if (confirms(corrected)) {
      out.add(family);
      continue;
    }
    // Of each undecided failure, the one alternative under which more of the reading holds (the total typed over).
    const base = tallyOn(rules, corrected);
    let picked = corrected;
    for (const l of undecided) {
      const better = l.alternatives.filter((a) => {
        const t = tallyOn(rules, withValue(corrected, a.cell, a.value));
        return t.holds > base.holds && t.fails < base.fails;
      });
      if (better.length === 1) picked = withValue(picked, better[0].cell, better[0].value);
    }
    if (picked !== corrected && confirms(picked)) {
      out.add(family);
      continue;
    }
    // One swap of two figures of a column that makes every failure of the reading hold, and breaks nothing trusted.
    const failing = rules.filter((r) => failsOn(r, corrected));
    const cells = [...new Set(failing.flatMap(cellsOf))].filter(blamable);
    if (failing.length < 2 || cells.length > MAX_SWAP_CELLS) continue;
    // Which of several swaps it was is for the localization to say; that one explains it all is enough here.
    let swaps = 0;
    for (let i = 0; i < cells.length && !swaps; i++) {
      for (let j = i + 1; j < cells.length && !swaps; j++) {
        const [x, y] = [cells[i], cells[j]];
        if (x.replace(/\d+$/, '') !== y.replace(/\d+$/, '')) continue;
        const vx = figure(corrected, x);
        const vy = figure(corrected, y);
        if (!vx || !vy || vx.equals(vy)) continue;
        const after = withValue(withValue(corrected, x, vy), y, vx);
        if (failing.every((r) => !failsOn(r, after)) && keepsTrusted([x, y], after) && confirms(after)) swaps++;
      }
    }
    if (swaps) out.add(family);
  }
  return out;
}

function figure(values: Values, key: Key): Exact | undefined {
  const v = values.get(key);
  return v ? numericValue(v) : undefined;
}
