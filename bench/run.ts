// npm run bench: printed figures, not assertions. Targets (issue 2): infer and check 100,000 cells
// under 150 ms on 2 cores; localize 1,000 failing rules under 1 s.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { cellKey, CellValue, checkWorkbook, detectTables, evaluateRule, inferRules, interpretCell, localize, messages, parseExportedText, parseTargets, planWorkbookRoll, Rule, scanParagraphs, templateFromChecked } from '../src/core';
import { workbook } from './synthetic';

function time<T>(label: string, runs: number, fn: () => T): T {
  let result = fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    result = fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  console.log(`${label}: median ${times[Math.floor(runs / 2)].toFixed(1)} ms, best ${times[0].toFixed(1)} ms (${runs} runs)`);
  return result;
}

let peak = 0;
const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
const sampler = setInterval(sample, 5);

const clean = workbook(100_000);
const cellCount = clean.reduce((n, s) => n + s.cells.reduce((m, r) => m + r.filter(Boolean).length, 0), 0);
console.log(`Synthetic workbook: ${clean.length} sheets, ${cellCount} non-empty cells`);
const result = time('Infer and check 100,000 cells (whole checkWorkbook)', 7, () => checkWorkbook(clean));
console.log(`  ${result.summary.tables} tables, ${result.summary.rules} rules, ${result.summary.errors} errors`);
time('  of which table detection only', 7, () => clean.flatMap(detectTables));
sample();

// Templates (issue 5): checking by a template matches every table's rows and columns first; rolling plans every edit.
const template = templateFromChecked(result.checked);
const applied = time('Check the same workbook by its extracted template (apply + check)', 7, () => checkWorkbook(clean, { template }));
console.log(`  ${applied.applied!.length} template tables applied, ${applied.applied!.reduce((n, a) => n + a.differences.length, 0)} differences, ${applied.summary.errors} errors`);
const target = parseTargets('2024');
if ('targets' in target) {
  const rolled = time('Plan the roll forward of the whole workbook to 2024', 5, () => planWorkbookRoll(clean, result, target.targets, messages('vi')));
  console.log(`  ${rolled.sheets.reduce((n, s) => n + s.edits.length, 0)} cell edits over ${rolled.sheets.length} sheets`);
}
sample();

// Localization alone, on the failing rules of a workbook with typos planted.
const broken = workbook(100_000, 4);
const values = new Map<string, CellValue>();
const rules: Rule[] = [];
for (const s of broken) {
  for (const t of detectTables(s)) {
    for (let r = t.bodyTop; r <= t.bodyBottom; r++) {
      for (const c of t.columns) values.set(cellKey(s.name, r, c.col), interpretCell(s.cells[r]?.[c.col], { expectInteger: c.role.kind === 'value' }));
    }
    rules.push(...inferRules(t, values).rules);
  }
}
const failures = rules
  .map((rule) => ({ rule, outcome: evaluateRule(rule, values) }))
  .filter((f): f is { rule: Rule; outcome: Extract<ReturnType<typeof evaluateRule>, { status: 'fail' }> } => f.outcome.status === 'fail' && f.outcome.severity === 'error');
const blamable = () => true;
const located = time(`Localize ${failures.length} failing rules`, 5, () => localize(rules, values, failures, blamable));
const fixed = located.filter((l) => l.fixes.length === 1).length;
console.log(`  ${located.length} groups of failing rules, ${fixed} resolved to one cell with a proposed value`);

// Prose: the longer shared draft (issue 6: well under 100 ms).
const seeds = join(__dirname, '..', '..', '..', 'shared', 'seeds');
for (const name of ['mau-bao-cao-huyen.txt', 'bao-cao-ket-luan-38.txt']) {
  const file = join(seeds, name);
  if (!existsSync(file)) {
    console.log(`${name}: not found beside the project, scan not measured`);
    continue;
  }
  const text = readFileSync(file, 'utf8');
  const scanned = time(`Scan ${name} (${(text.length / 1024).toFixed(0)} KB, parse + extract + check)`, 9, () => scanParagraphs(parseExportedText(text)));
  console.log(`  ${scanned.summary.claims} claims, ${scanned.summary.inconsistent} inconsistent, ${scanned.summary.rounding} rounding`);
}

sample();
clearInterval(sampler);
global.gc?.();
console.log(`Peak memory (RSS): ${(peak / 2 ** 20).toFixed(0)} MiB; heap after GC: ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB`);
