// The prose evaluation: each labelled draft scanned as the command line scans a .txt, its claims
// matched to the labels by line, anchor and kind (see eval/README.md).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseExportedText, scanParagraphs } from '../../src/core';
import type { ProseClaim } from '../../src/core';

export interface Label {
  line: number;
  anchor: string;
  kind: string;
  verdict: 'consistent' | 'rounding' | 'inconsistent' | 'ambiguous';
  right?: string;
  note?: string;
}
export interface Draft {
  file: string;
  text: string;
  labels: Label[];
}

export function loadDrafts(dir: string): Draft[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.labels.json'))
    .sort()
    .map((f) => {
      const labels = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      const file: string = labels.file ?? f.replace(/\.labels\.json$/, '.txt');
      return { file, text: readFileSync(join(dir, file), 'utf8'), labels: labels.claims as Label[] };
    });
}

/** The shared drafts' hand labels (test/fixtures/prose-labels.json), read from ../shared. */
export function sharedDrafts(fixture: string, seeds: string): Draft[] {
  if (!existsSync(fixture) || !existsSync(seeds)) return [];
  const all: (Label & { file: string })[] = JSON.parse(readFileSync(fixture, 'utf8')).claims;
  const files = [...new Set(all.map((l) => l.file))];
  return files.map((file) => ({
    file,
    text: readFileSync(join(seeds, file), 'utf8'),
    labels: all.filter((l) => l.file === file).map((l) => ({ ...l, kind: l.kind === 'cross' ? 'repeat' : l.kind })),
  }));
}

const FAMILY: Record<string, string> = {
  sum: 'breakdown', subset: 'breakdown',
  share: 'share', fraction: 'share', 'share-total': 'share',
  difference: 'change', points: 'change', ratio: 'change',
  repeat: 'repeat', cross: 'repeat',
  term: 'term', 'term-label': 'term',
};

// "đạt 64,07% dự toán (400 triệu đồng)": a value over its plan is a share of the plan to some writers of labels and a
// ratio (so sánh) to others; the figure judged is the same.
const attainment = (claim: string, label: string) => (claim === 'ratio' && label === 'share') || (claim === 'share' && label === 'ratio');

const flagged = (c: ProseClaim) => c.verdict === 'inconsistent' || c.verdict === 'rounding';
const wrongLabel = (l: Label) => l.verdict === 'inconsistent' || l.verdict === 'rounding';

export function claimMatches(c: ProseClaim, l: Label): boolean {
  if (c.line !== l.line || !(FAMILY[c.kind] === FAMILY[l.kind] || attainment(c.kind, l.kind))) return false;
  if ([c.quote, c.stated, c.message].some((t) => t.includes(l.anchor))) return true;
  // A quote cut shorter than the anchor still speaks of it when it holds every figure the anchor writes.
  const want = figuresIn(l.anchor);
  const have = new Set(figuresIn(c.quote));
  return want.length > 0 && want.every((n) => have.has(n));
}

function figuresIn(text: string): string[] {
  return text.match(/\d(?:[\d.,/]*\d)?%?/g)?.map((n) => n.replace(/%$/, '')) ?? [];
}

/** The counts of a draft's score, added up over a part. */
const COUNTS = ['chars', 'labels', 'claims', 'flagged', 'trueFlags', 'inconsistent', 'found', 'rounding', 'roundingFound', 'extracted'] as const;
type Counts = Record<(typeof COUNTS)[number], number>;

export interface DraftScore extends Counts {
  file: string;
  alarms: string[];
  missed: string[];
  /** Flagged claims by the scanner's kind, and how many of them a label calls wrong. */
  byKind: Record<string, { flagged: number; right: number }>;
}

export function scoreDraft(d: Draft): DraftScore {
  const claims = scanParagraphs(parseExportedText(d.text)).claims;
  const s: DraftScore = { file: d.file, chars: d.text.length, labels: d.labels.length, claims: claims.length, flagged: 0, trueFlags: 0, inconsistent: 0, found: 0, rounding: 0, roundingFound: 0, extracted: 0, alarms: [], missed: [], byKind: {} };
  for (const c of claims.filter(flagged)) {
    s.flagged++;
    const mine = d.labels.filter((l) => claimMatches(c, l));
    const kind = (s.byKind[c.kind] ??= { flagged: 0, right: 0 });
    kind.flagged++;
    if (mine.some(wrongLabel)) kind.right++;
    if (mine.some(wrongLabel)) s.trueFlags++;
    else s.alarms.push(`${d.file}:${c.line} ${c.kind} ${c.verdict} «${c.quote.slice(0, 90)}» — ${mine.map((l) => l.verdict).join(',') || 'no label'}`);
  }
  for (const l of d.labels) {
    const mine = claims.filter((c) => claimMatches(c, l));
    if (mine.length) s.extracted++;
    if (l.verdict === 'inconsistent') {
      s.inconsistent++;
      if (mine.some(flagged)) s.found++;
      else s.missed.push(`${d.file}:${l.line} ${l.kind} «${l.anchor}»${mine.length ? ` read as ${mine.map((c) => c.verdict).join(',')}` : ' not read'}`);
    }
    if (l.verdict === 'rounding') {
      s.rounding++;
      if (mine.some((c) => c.verdict === 'rounding')) s.roundingFound++;
      else s.missed.push(`${d.file}:${l.line} ${l.kind} rounding «${l.anchor}»${mine.length ? ` read as ${mine.map((c) => c.verdict).join(',')}` : ' not read'}`);
    }
  }
  return s;
}

export interface ProseTotals extends Counts {
  drafts: number;
}

export function proseTotals(scores: DraftScore[]): ProseTotals {
  const t: ProseTotals = { drafts: scores.length, ...(Object.fromEntries(COUNTS.map((k) => [k, 0])) as Counts) };
  for (const s of scores) for (const k of COUNTS) t[k] += s[k];
  return t;
}

export const ratio = (a: number, b: number) => (b ? a / b : 1);
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '—');

export function proseLine(label: string, t: ProseTotals): string {
  return [
    label.padEnd(22),
    String(t.labels).padStart(6),
    `${t.trueFlags}/${t.flagged} ${pct(t.trueFlags, t.flagged)}`.padStart(14),
    `${t.found}/${t.inconsistent} ${pct(t.found, t.inconsistent)}`.padStart(14),
    `${t.roundingFound}/${t.rounding} ${pct(t.roundingFound, t.rounding)}`.padStart(13),
    `${t.extracted}/${t.labels} ${pct(t.extracted, t.labels)}`.padStart(14),
    ((10000 * t.claims) / Math.max(1, t.chars)).toFixed(1).padStart(8),
  ].join(' ');
}

export const PROSE_HEADER = `${'part'.padEnd(22)} ${'labels'.padStart(6)} ${'precision'.padStart(14)} ${'recall'.padStart(14)} ${'rounding'.padStart(13)} ${'extracted'.padStart(14)} ${'per 10k'.padStart(8)}`;
