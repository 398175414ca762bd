import type { FixReason } from './localize/reasons';
import type { ReportedRule } from './rules/types';

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  sheet: string;
  cell: string;
  rule: ReportedRule;
  severity: Severity;
  /** Figures as the report writes them (vi-VN), or the cell's text. */
  stated: string;
  expected: string;
  cells: string[];
  message: string;
  fix: Fix | null;
  table?: string;
}

export interface TableSummary {
  id: string;
  sheet: string;
  range: string;
  title: string;
  rules: number;
}

export interface CheckResult {
  tables: TableSummary[];
  findings: Finding[];
  /** unread: cells holding figures that no table covers (not checked). */
  summary: { tables: number; rules: number; errors: number; warnings: number; infos: number; unread: number };
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function sortFindings(findings: Finding[], sheetOrder: string[]): Finding[] {
  const cellOrder = (cell: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(cell);
    return m ? Number(m[2]) * 1000 + m[1].length * 100 + m[1].charCodeAt(m[1].length - 1) : 0;
  };
  return [...findings].sort(
    (a, b) =>
      sheetOrder.indexOf(a.sheet) - sheetOrder.indexOf(b.sheet) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      cellOrder(a.cell) - cellOrder(b.cell),
  );
}

/**
 * A proposed correction. A figure: `value` as the report writes it, `number` as a plain number to write into the
 * cell (percent units for percentages). A header naming the wrong period: `text`, the header as it should read.
 */
export type Fix =
  | { cell: string; value: string; number: number; why: FixReason }
  | { cell: string; value: string; text: string; why: 'label' };
