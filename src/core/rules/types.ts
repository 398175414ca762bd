import type { Exact } from '../numbers/exact';
import type { Reading } from '../table/types';
import type { CompiledExpression } from './expression';

/** A cell anywhere in the workbook: "Sheet!D7". */
export type Key = string;

/** marked: the nearest row above whose share is printed 100,00 (the forms mark their bases so). */
export type ShareBase = 'parent' | 'total' | 'row-total' | 'fraction' | 'marked' | 'self';

/**
 * How sure the structure behind a rule is. `certain`: labels or the sheet say so (a total row, "Gồm", a
 * written rule); its failures are errors unless most of its family fails (then the reading was wrong).
 * `inferred`: guessed from layout or from the figures; its failures are errors only when most of its
 * family holds, otherwise they are kept quiet (see docs/precision.md).
 */
export type Strength = 'certain' | 'inferred';

interface RuleBase {
  id: string;
  table: string;
  /** Rules made by one structural decision (a group read as a sum, a share column's base): they stand or fall together. */
  family?: string;
  strength?: Strength;
}

export type Rule = RuleBase &
  (
    | { kind: 'sum'; total: Key; parts: Key[]; reading: Reading }
    /** Σ parts ≤ parent (one part: part ≤ parent). */
    | { kind: 'subset'; parent: Key; parts: Key[]; reading: Reading }
    /** decimals: the precision the column's other shares are written with, when this cell may have dropped some. */
    | { kind: 'share'; share: Key; part: Key; base: Key; baseKind: ShareBase; decimals?: number }
    /** Shares of the parts add up to the parent's share (or to 100 % without a total cell), within the rounding of n items. */
    | { kind: 'share-total'; shares: Key[]; total?: Key }
    | { kind: 'difference'; diff: Key; current: Key; previous: Key }
    | { kind: 'ratio'; ratio: Key; current: Key; previous: Key; decimals?: number }
    /** Change of a share between periods: percentage points, or relative; both readings are tried. */
    | { kind: 'points'; diff: Key; current: Key; previous: Key; /** Of counts, not shares: only the relative change ("Tỷ lệ tăng, giảm (%)") is meant. */ relative?: boolean }
    | { kind: 'expr'; text: string; expression: CompiledExpression }
  );

export type RuleKind = Rule['kind'];

/** The kind of rule named in findings (user-written rules are named by what they compute). */
export type ReportedRule =
  | 'sum'
  | 'subset'
  | 'share'
  | 'share-total'
  | 'difference'
  | 'ratio'
  | 'points'
  | 'cross'
  | 'term-label'
  | 'formula'
  | 'input'
  /** The table differs from the template applied to it (missing or extra rows and columns). */
  | 'template'
  /** Figures on a sheet that no table read could explain: not checked, and said so. */
  | 'unread';

export type Outcome =
  | { status: 'ok'; note?: 'points' | 'relative' }
  /** A cell the rule needs is not a figure (blank, placeholder, text): nothing can be said. */
  | { status: 'skip'; blockers: Key[] }
  | {
      status: 'fail';
      severity: 'error' | 'warning';
      /** The cell whose stated value the rule contradicts. */
      target: Key;
      stated: Exact;
      expected: Exact;
      decimals: number;
      percent: boolean;
      why?: 'truncation' | 'rounding' | 'precision';
      /** The other reading's value, for points/relative comparisons. */
      alternative?: Exact;
    };

export function cellsOf(rule: Rule): Key[] {
  switch (rule.kind) {
    case 'sum':
      return [rule.total, ...rule.parts];
    case 'subset':
      return [rule.parent, ...rule.parts];
    case 'share':
      return rule.baseKind === 'fraction' || rule.baseKind === 'self' ? [rule.share, rule.part] : [rule.share, rule.part, rule.base];
    case 'share-total':
      return rule.total ? [rule.total, ...rule.shares] : rule.shares;
    case 'difference':
    case 'points':
      return [rule.diff, rule.current, rule.previous];
    case 'ratio':
      return [rule.ratio, rule.current, rule.previous];
    case 'expr':
      return rule.expression.cells;
  }
}

export function reportedKind(rule: Rule): ReportedRule {
  return rule.kind === 'expr' ? rule.expression.reportAs : rule.kind;
}
