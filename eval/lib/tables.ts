// The table evaluation: each case's grid handed to the core as a host would, and its findings scored
// against the planted errors (see eval/README.md for the format and the scoring).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkWorkbook, interpretCell, parseA1, parseRangeA1, RawCell, SheetInput } from '../../src/core';
import type { Finding, WorkbookCheck } from '../../src/core';

type Grid = (number | string | null)[][];
interface CaseSheet {
  name: string;
  rows: Grid;
  merges?: string[];
  cells?: Record<string, { v: number | string | null; fmt?: string; formula?: string }>;
}
export interface TableCase {
  id: string;
  layout: string;
  about?: string;
  sheets: CaseSheet[];
  tables: { sheet: string; range: string }[];
  errors: { sheet: string; culprit: string | string[]; value: number | string | (number | string)[] | null; kind: string; note?: string }[];
  warnings?: { sheet: string; cell: string; kind: string; value?: number | string; note?: string }[];
}

export function loadCases(dir: string): TableCase[] {
  const casesDir = join(dir, 'cases');
  if (!existsSync(casesDir)) return [];
  return readdirSync(casesDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(casesDir, f), 'utf8')) as TableCase);
}

export function caseSheets(c: TableCase): SheetInput[] {
  return c.sheets.map((s) => {
    const cells: (RawCell | undefined)[][] = s.rows.map((row) => (row ?? []).map((v) => (v === null || v === undefined || v === '' ? undefined : { value: v })));
    for (const [address, o] of Object.entries(s.cells ?? {})) {
      const at = parseA1(address);
      if (!at) throw new Error(`${c.id}: bad cell address ${address}`);
      (cells[at.row] ??= [])[at.col] = { value: o.v ?? null, numberFormat: o.fmt, formula: o.formula?.replace(/^=/, '') };
    }
    for (let r = 0; r < cells.length; r++) cells[r] ??= [];
    return { name: s.name, cells, merges: (s.merges ?? []).map((m) => parseRangeA1(m)!).filter(Boolean) };
  });
}

/** The counts of a case's score, added up over a part. */
const COUNTS = ['tables', 'read', 'errors', 'found', 'explainable', 'culpritRight', 'warningsPlanted', 'warningsFound', 'falseAlarms', 'overstated'] as const;
type Counts = Record<(typeof COUNTS)[number], number>;

/** overstated: errors reported for a planted warning (right cell, wrong severity). */
export interface CaseScore extends Counts {
  id: string;
  layout: string;
  missed: string[];
  alarms: string[];
  crashed?: string;
}

const same = (a: number | string, b: number | string) =>
  typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) < 1e-9 * Math.max(1, Math.abs(a)) : String(a).trim() === String(b).trim();

/** Cells a finding names, as "Sheet!A1" (a cross-reference names a cell of another sheet). */
function cellsOf(f: Finding): Set<string> {
  const s = new Set<string>();
  for (const c of [f.cell, ...f.cells, ...(f.fix ? [f.fix.cell] : [])]) s.add(c.includes('!') ? c : `${f.sheet}!${c}`);
  return s;
}
const at = (sheet: string, cell: string) => `${sheet}!${cell}`;

export function scoreCase(c: TableCase): CaseScore {
  const score: CaseScore = {
    id: c.id, layout: c.layout, tables: c.tables.length, read: 0, errors: c.errors.length, found: 0, explainable: 0, culpritRight: 0,
    warningsPlanted: (c.warnings ?? []).length, warningsFound: 0, falseAlarms: 0, overstated: 0, missed: [], alarms: [],
  };
  let result: WorkbookCheck;
  const sheets = caseSheets(c);
  try {
    result = checkWorkbook(sheets);
  } catch (e) {
    score.crashed = String((e as Error).stack ?? e);
    score.missed = c.errors.map((e) => `${e.sheet}!${[e.culprit].flat().join('/')} ${e.kind}`);
    return score;
  }
  for (const t of c.tables) {
    const want = parseRangeA1(t.range)!;
    const sheet = sheets.find((s) => s.name === t.sheet)!;
    const got = result.tables.filter((x) => x.sheet === t.sheet).map((x) => parseRangeA1(x.range)!);
    let figures = 0;
    let covered = 0;
    for (let r = want.top; r <= want.bottom; r++) {
      for (let col = want.left; col <= want.right; col++) {
        const v = interpretCell(sheet.cells[r]?.[col]);
        if (v.kind !== 'number' && v.kind !== 'fraction') continue;
        figures++;
        if (got.some((g) => r >= g.top && r <= g.bottom && col >= g.left && col <= g.right)) covered++;
      }
    }
    if (figures === 0 || covered / figures >= 0.8) score.read++;
  }
  const errors = result.findings.filter((f) => f.severity === 'error');
  const culpritsOf = (e: TableCase['errors'][number]) => [e.culprit].flat();
  for (const e of c.errors) {
    const culprits = culpritsOf(e);
    const hits = errors.filter((f) => culprits.some((x) => cellsOf(f).has(at(e.sheet, x))));
    if (hits.length) score.found++;
    else score.missed.push(`${e.sheet}!${culprits.join('/')} ${e.kind}`);
    if (e.value === null || e.value === undefined) continue;
    score.explainable++;
    const values = [e.value].flat();
    const right = hits.some((f) => f.fix && culprits.some((x, i) => f.fix!.cell === x && (('number' in f.fix! && same(f.fix!.number, values[i] ?? values[0])) || same(f.fix!.value, values[i] ?? values[0]))));
    if (right) score.culpritRight++;
    else if (hits.length) score.missed.push(`${e.sheet}!${culprits.join('/')}=${values.join('/')} ${e.kind}: found, but proposed ${[...new Set(hits.map((f) => (f.fix ? `${f.fix.cell}→${f.fix.value}` : 'no fix')))].join('; ')}`);
  }
  for (const w of c.warnings ?? []) {
    const hit = result.findings.filter((f) => f.severity !== 'info' && cellsOf(f).has(at(w.sheet, w.cell)));
    if (hit.some((f) => f.severity === 'warning')) score.warningsFound++;
    else score.missed.push(`${w.sheet}!${w.cell} ${w.kind} warning${hit.length ? ` (reported as ${hit.map((f) => f.severity).join(',')})` : ''}`);
    if (hit.some((f) => f.severity === 'error')) score.overstated++;
  }
  for (const f of errors) {
    const cells = cellsOf(f);
    const explained = c.errors.some((e) => culpritsOf(e).some((x) => cells.has(at(e.sheet, x))));
    const warned = (c.warnings ?? []).some((w) => cells.has(at(w.sheet, w.cell)));
    if (!explained && !warned) {
      score.falseAlarms++;
      score.alarms.push(`${f.sheet}!${f.cell} ${f.rule}: ${f.message}`);
    }
  }
  return score;
}

export interface Totals extends Counts {
  cases: number;
  crashed: number;
}

export function totals(scores: CaseScore[]): Totals {
  const t: Totals = { cases: scores.length, crashed: scores.filter((s) => s.crashed).length, ...(Object.fromEntries(COUNTS.map((k) => [k, 0])) as Counts) };
  for (const s of scores) for (const k of COUNTS) t[k] += s[k];
  return t;
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(0)}%` : '—');

export function totalsLine(label: string, t: Totals): string {
  return [
    label.padEnd(34),
    `${t.read}/${t.tables}`.padStart(7),
    `${t.found}/${t.errors} ${pct(t.found, t.errors)}`.padStart(12),
    `${t.culpritRight}/${t.explainable} ${pct(t.culpritRight, t.explainable)}`.padStart(12),
    `${t.warningsFound}/${t.warningsPlanted}`.padStart(7),
    String(t.falseAlarms).padStart(6),
    t.crashed ? ` (${t.crashed} crashed)` : '',
  ].join(' ');
}

export const HEADER = `${'layout'.padEnd(34)} ${'read'.padStart(7)} ${'errors found'.padStart(12)} ${'culprit+val'.padStart(12)} ${'warn'.padStart(7)} ${'false'.padStart(6)}`;
