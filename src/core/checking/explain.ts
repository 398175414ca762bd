// Turning failed rules and their localization into findings a staff member can act on.
import { Exact, roundHalfUp } from '../numbers/exact';
import { splitKey } from '../address';
import type { Finding } from '../findings';
import type { Messages } from '../messages';
import type { Values } from '../rules/evaluate';
import type { Key, Outcome, Rule } from '../rules/types';
import { cellsOf, reportedKind } from '../rules/types';
import type { Localization } from '../localize/localize';
import { Fmt } from './shared';

export function stateOf(key: Key, values: Values, fmt: Fmt): string {
  const v = values.get(key);
  if (!v) return '';
  if (v.kind === 'number') return fmt(v.value, v.decimals, v.percent);
  if (v.kind === 'fraction') return `${fmt(v.part, 0, false)}/${fmt(v.whole, 0, false)}`;
  if (v.kind === 'nil') return '-';
  return '';
}

/** The decimals a figure is written with: "19,6" has one. */
function ownDecimals(x: Exact): number {
  for (let d = 0; d < 6; d++) if (roundHalfUp(x, d).equals(x)) return d;
  return 6;
}

export function warningFinding(rule: Rule, outcome: Extract<Outcome, { status: 'fail' }>, say: Messages, fmt: Fmt): Finding {
  const { sheet, cell } = splitKey(outcome.target);
  const stated = fmt(outcome.stated, outcome.decimals, outcome.percent);
  const expected = fmt(outcome.expected, outcome.decimals, outcome.percent);
  const why = outcome.why ?? 'rounding';
  return {
    sheet,
    cell,
    rule: reportedKind(rule),
    severity: 'warning',
    stated,
    expected,
    cells: cellsOf(rule).map((k) => splitKey(k).cell),
    message: why === 'truncation' ? say.truncation(cell, stated, expected) : why === 'precision' ? say.precision(cell, fmt(outcome.stated, ownDecimals(outcome.stated), outcome.percent), expected) : say.rounding(cell, stated, expected),
    fix: { cell, value: expected, number: Number(outcome.expected.valueOf()), why: why === 'precision' ? 'rounding' : why },
    table: rule.table,
  };
}

export function describeFailure(rule: Rule, outcome: Extract<Outcome, { status: 'fail' }>, values: Values, say: Messages, fmt: Fmt): string {
  const c = (k: Key) => splitKey(k).cell;
  const stated = fmt(outcome.stated, outcome.decimals, outcome.percent);
  const expected = fmt(outcome.expected, outcome.decimals, outcome.percent);
  switch (rule.kind) {
    case 'sum':
      return say.sum(c(rule.total), stated, expected, rule.parts.map(c));
    case 'subset':
      return say.subset(c(rule.parent), stated, expected, rule.parts.map(c));
    case 'share':
      return say.share(c(rule.share), stated, expected, c(rule.part), rule.baseKind === 'fraction' ? stateOf(rule.part, values, fmt) : c(rule.base));
    case 'share-total':
      return say.shareTotal(c(rule.total ?? rule.shares[0]), stated, expected);
    case 'difference':
      return say.difference(c(rule.diff), stated, expected, c(rule.current), c(rule.previous));
    case 'ratio':
      return say.ratio(c(rule.ratio), stated, expected, c(rule.current), c(rule.previous));
    case 'points':
      if (rule.relative) return say.relativeChange(c(rule.diff), stated, expected, c(rule.current), c(rule.previous));
      return say.points(c(rule.diff), stated, expected, outcome.alternative ? fmt(outcome.alternative, outcome.decimals, outcome.percent) : '?');
    case 'expr':
      return say.expr(rule.text, stated, expected);
  }
}

export function failureFindings(
  loc: Localization,
  failures: { rule: Rule; outcome: Extract<Outcome, { status: 'fail' }> }[],
  values: Values,
  say: Messages,
  fmt: Fmt,
): Finding[] {
  const mine = failures.filter((f) => loc.rules.includes(f.rule.id));
  const show = (k: Key) => stateOf(k, values, fmt);
  const fixText = (fix: Localization['fixes'][number]) => {
    const { cell } = splitKey(fix.cell);
    return { cell, value: fmt(fix.value, fix.decimals, fix.percent), number: Number(fix.value.valueOf()), why: fix.why };
  };
  return mine.map(({ rule, outcome }) => {
    const cellsInRule = cellsOf(rule);
    // One cell that explains the whole component explains each of its rules, through formulas too.
    const fix = loc.fixes.length === 1 ? loc.fixes[0] : loc.fixes.find((f) => cellsInRule.includes(f.cell));
    let message = describeFailure(rule, outcome, values, say, fmt);
    let target = outcome.target;
    let stated = fmt(outcome.stated, outcome.decimals, outcome.percent);
    let expected = fmt(outcome.expected, outcome.decimals, outcome.percent);
    if (loc.fixes.length === 1 && fix) {
      const f = fixText(fix);
      target = fix.cell;
      stated = show(fix.cell);
      expected = f.value;
      message += `. ${say.fix(f.cell, stated, f.value, f.why, loc.rules.length)}`;
    } else if (loc.fixes.length > 1) {
      // A swap is one slip, said as such; other pairs are two fixes.
      const [a, b] = loc.fixes;
      const swap = loc.fixes.length === 2 && a.why === 'swap' && b.why === 'swap';
      message += swap
        ? `. ${say.swapped(splitKey(a.cell).cell, show(a.cell), splitKey(b.cell).cell, show(b.cell))}`
        : `. ${say.pair(loc.fixes.map((x) => `${splitKey(x.cell).cell}: ${show(x.cell)} → ${fixText(x).value} (${say.reason(x.why)})`))}`;
      if (fix) {
        target = fix.cell;
        stated = show(fix.cell);
        expected = fixText(fix).value;
      }
    } else if (loc.alternatives.length && loc.alternatives.every((x) => x.why === 'swap')) {
      const pairs: string[] = [];
      for (let i = 0; i + 1 < loc.alternatives.length; i += 2) pairs.push(`${splitKey(loc.alternatives[i].cell).cell} ↔ ${splitKey(loc.alternatives[i + 1].cell).cell}`);
      message += `. ${say.swapAlternatives(pairs)}`;
    } else if (loc.alternatives.length) {
      message += `. ${say.alternatives(loc.alternatives.map((x) => `${splitKey(x.cell).cell}: ${show(x.cell)} → ${fixText(x).value}`))}`;
    } else if (loc.cells.length) {
      message += `. ${say.notLocalized(loc.cells.map((k) => splitKey(k).cell))}`;
    }
    const { sheet, cell } = splitKey(target);
    return {
      sheet,
      cell,
      rule: reportedKind(rule),
      severity: 'error' as const,
      stated,
      expected,
      cells: cellsInRule.map((k) => splitKey(k).cell),
      message,
      fix: fix ? fixText(fix) : null,
      table: rule.table,
    };
  });
}

