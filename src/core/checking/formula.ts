// A total's formula that leaves out (or adds) rows of the parts it should sum.
import { parseA1, splitKey } from '../address';
import type { Finding } from '../findings';
import type { Messages } from '../messages';
import { summedCells } from '../rules/formula-ranges';
import type { Key, Rule } from '../rules/types';
import { TableCheck } from './shared';

export function formulaFindings(rules: Rule[], formulas: Map<Key, string>, checked: TableCheck[], say: Messages): Finding[] {
  const out: Finding[] = [];
  // Most totals are typed figures: only the sums whose total is a formula are compared, each formula read once.
  const withFormula: { rule: Extract<Rule, { kind: 'sum' }>; formula: string; summed: string[]; parts: string[] }[] = [];
  // Indexed, not for…of: a loop over every rule of the workbook, run once per check, is often left unoptimized,
  // and then each step of an iterator is an object.
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i];
    if (rule.kind !== 'sum') continue;
    const formula = formulas.get(rule.total);
    if (!formula) continue;
    const summed = summedCells(formula);
    if (summed) withFormula.push({ rule, formula, summed, parts: rule.parts.map((p) => splitKey(p).cell) });
  }
  // The corner of a cross table (a total row's "Cộng" column) totals a row group and a column group: its formula
  // is right when it sums either one exactly, and it runs one way (down its column, or along its row): it is
  // judged against the sum it overlaps only.
  const exact = new Set<Key>();
  const overlapping = new Set<Key>();
  for (const { rule, summed, parts } of withFormula) {
    if (parts.every((p) => summed.includes(p)) && summed.every((x) => parts.includes(x) || x === splitKey(rule.total).cell)) exact.add(rule.total);
    if (parts.some((p) => summed.includes(p))) overlapping.add(rule.total);
  }
  for (const { rule, formula, summed, parts } of withFormula) {
    if (exact.has(rule.total)) continue;
    if (overlapping.has(rule.total) && !parts.some((p) => summed.includes(p))) continue;
    const { sheet, cell } = splitKey(rule.total);
    const missing = parts.filter((p) => !summed.includes(p));
    const extra = summed.filter((s) => !parts.includes(s) && s !== cell);
    const table = checked.find((c) => c.table.id === rule.table)!.table;
    // Empty rows inside a SUM range do no harm; only figure rows outside the parts count as extra.
    const extraFigures = extra.filter((e) => {
      const at = parseA1(e)!;
      return table.rows.some((r) => r.row === at.row && r.kind !== 'connector');
    });
    const base = { sheet, cell, rule: 'formula' as const, severity: 'warning' as const, stated: `=${formula}`, cells: [cell, ...parts], fix: null, table: rule.table };
    if (missing.length) out.push({ ...base, expected: `=SUM(${parts.join(',')})`, message: say.formulaMissing(cell, formula, missing) });
    if (extraFigures.length) out.push({ ...base, expected: `=SUM(${parts.join(',')})`, message: say.formulaExtra(cell, formula, extraFigures) });
  }
  return out;
}

