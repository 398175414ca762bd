// "Trang đang chọn": when the selection sits inside a table, the check reports that table alone.
import type { CheckResult, Finding } from '../core';
import { parseA1 } from '../core/address';
import type { CellRef } from './host';

/** With the selection inside a table, that table's findings alone; otherwise everything read. */
export function restrictToSelection(result: CheckResult, selection: CellRef): CheckResult {
  const at = parseA1(selection.cell);
  const inside = result.tables.filter((t) => {
    const [from, to] = t.range.split(':').map((x) => parseA1(x)!);
    return t.sheet === selection.sheet && at && at.row >= from.row && at.row <= to.row && at.col >= from.col && at.col <= to.col;
  });
  if (!inside.length) return result;
  const ids = new Set(inside.map((t) => t.id));
  const findings = result.findings.filter((f) => f.table !== undefined && ids.has(f.table));
  const count = (severity: Finding['severity']) => findings.filter((f) => f.severity === severity).length;
  const summary = { tables: inside.length, rules: inside.reduce((n, t) => n + t.rules, 0), errors: count('error'), warnings: count('warning'), infos: count('info'), unread: 0 };
  return { tables: inside, findings, summary };
}

