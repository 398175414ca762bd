// Which period each period becomes when a table rolls forward, and rewriting the periods a text names.
import { periodMentions, periodsIn } from '../table/periods';
import type { Period } from '../table/types';

/** "2025 - 2030", "2024", or several separated by commas or semicolons; undefined names the part that is not a period. */
export function parseTargets(text: string): { targets: Period[] } | { wrong: string } {
  const targets: Period[] = [];
  for (const part of text.split(/[;,]/).map((s) => s.trim()).filter(Boolean)) {
    const found = periodsIn(part);
    if (found.length !== 1 || found[0].kind === 'date') return { wrong: part };
    targets.push(found[0]);
  }
  return targets.length ? { targets } : { wrong: text };
}

/** First year of a period: how far a roll moves dates and years. */
export const startYear = (p: Period) => Math.floor(p.order);

export interface PeriodMap {
  /** Old label → new label, for the table's own periods: each becomes the next, the latest becomes the target. */
  labels: Map<string, string>;
  kind: Period['kind'];
  /** Years the roll moves dates ("số liệu đến 30/6/2023") by. */
  years: number;
}

export function periodMap(periods: Period[], target: Period): PeriodMap {
  const sorted = [...periods].sort((a, b) => a.order - b.order);
  const labels = new Map<string, string>();
  sorted.forEach((p, i) => labels.set(p.label, (sorted[i + 1] ?? target).label));
  return { labels, kind: target.kind, years: startYear(target) - startYear(sorted[sorted.length - 1]) };
}

/** The text with every period the map knows replaced by its new label, written the way the text wrote it. */
export function renamePeriods(text: string, map: PeriodMap): string {
  let out = '';
  let at = 0;
  for (const m of periodMentions(text)) {
    const written = text.slice(m.start, m.end);
    let next: string | undefined;
    if (m.period.kind === map.kind && map.labels.has(m.period.label)) next = rewrite(written, map.labels.get(m.period.label)!);
    else if (m.period.kind === 'date' && map.years) next = written.replace(/\d{4}$/, (y) => String(Number(y) + map.years));
    if (next === undefined) continue;
    out += text.slice(at, m.start) + next;
    at = m.end;
  }
  return out + text.slice(at);
}

/** "2020-2025" → "2025-2030" keeping the writer's dash and spacing; "2023" → "2024". */
function rewrite(written: string, label: string): string {
  const years = label.match(/\d{4}/g)!;
  let i = 0;
  return written.replace(/\d{4}/g, (y) => years[Math.min(i++, years.length - 1)] ?? y);
}
