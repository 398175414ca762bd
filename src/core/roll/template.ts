// A template rolled with its table: headers, periods, title, source and footnote sentences name the new periods.
import type { TemplateColumn, TemplateTable } from '../template';
import { PeriodMap, renamePeriods } from './periods';
import { nameCompared } from './plan';

export function rollTemplateTable(t: TemplateTable, map: PeriodMap, sheet = t.sheet): TemplateTable {
  const rename = (s: string | undefined) => (s === undefined ? undefined : renamePeriods(s, map));
  const periodOf = (column: string | undefined) => t.columns.find((c) => c.column === column)?.period;
  const columns = t.columns.map((c): TemplateColumn => {
    const out: TemplateColumn = { ...c, header: renamePeriods(c.header, map), period: rename(c.period) };
    if (c.role === 'difference' || c.role === 'ratio') {
      // A comparison names the two periods it compares, whatever its old header said (as the rolled sheet does).
      const compared = [periodOf(c.current), periodOf(c.previous)].filter((p): p is string => !!p).map((p) => renamePeriods(p, map));
      if (compared.length === 2) {
        out.named = compared;
        out.header = nameCompared(out.header, compared, map.kind).text;
      } else out.named = c.named?.map((p) => renamePeriods(p, map));
    }
    return out;
  });
  return {
    ...t,
    sheet,
    title: rename(t.title),
    source: rename(t.source),
    columns,
    rows: t.rows.map((r) => ({ ...r, label: renamePeriods(r.label, map) })),
    footnotes: t.footnotes ? { names: t.footnotes.names, sentences: t.footnotes.sentences.map((s) => renamePeriods(s, map)) } : undefined,
  };
}

const FORBIDDEN = /[\\/?*[\]:]/g;

/** A sheet name for the rolled copy: "Biểu 4 (2025 - 2030)", within Excel's 31 characters and unused. */
export function rolledSheetName(name: string, target: string, taken: string[]): string {
  const suffix = ` (${target})`.replace(FORBIDDEN, '-');
  const base = name.replace(FORBIDDEN, '-').replace(/\s*\([^)]*\)\s*$/, '');
  for (let n = 1; ; n++) {
    const extra = n === 1 ? '' : ` ${n}`;
    const candidate = base.slice(0, 31 - suffix.length - extra.length) + suffix + extra;
    if (!taken.some((t) => t.toLowerCase() === candidate.toLowerCase())) return candidate;
  }
}
