// A template's user-written rules for a table, "{row}" expanded over its rows; a rule that does not parse becomes a finding.
import { a1 } from '../address';
import type { Finding } from '../findings';
import { compileExpression, expandRowTemplate, RuleSyntaxError } from '../rules/expression';
import type { Rule } from '../rules/types';
import type { Table } from '../table/types';

export function templateRules(texts: string[], table: Table, findings: Finding[]): Rule[] {
  const rows = table.rows.filter((r) => r.kind !== 'connector').map((r) => r.row + 1);
  const rules: Rule[] = [];
  texts.forEach((text, i) => {
    for (const line of expandRowTemplate(text, rows)) {
      try {
        const expression = compileExpression(line, table.sheet);
        rules.push({ id: `${table.id}#u${i + 1}:${line}`, table: table.id, kind: 'expr', text: line, expression });
      } catch (e) {
        if (!(e instanceof RuleSyntaxError)) throw e;
        const cell = a1(table.headerTop, table.range.left);
        findings.push({ sheet: table.sheet, cell, rule: 'input', severity: 'error', stated: line, expected: '', cells: [cell], message: e.message, fix: null, table: table.id });
        return;
      }
    }
  });
  return rules;
}
