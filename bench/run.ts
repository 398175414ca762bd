// npm run bench: printed figures, not assertions. Targets (issues 2 and 16): infer and check 100,000 cells
// under 150 ms on 2 cores and within 10× of the floor (one pass that parses every cell of the same workbook and
// sums the numbers, measured in the same run, so the ratio holds on any machine); peak RSS under 300 MiB;
// localize 1,000 failing rules under 1 s. The check of 1,000,000 cells is printed to show how the cost grows.
import '../src/cli/light-mathjs'; // the core loaded as the command line loads it (src/cli/index.ts), as gather-child.ts does
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkWorkbook, detectTables, evaluateRule, inferRules, interpretCell, keyMaker, localize, messages, parseExportedText, parseNumberText, parseTargets, planWorkbookRoll, Rule, scanParagraphs, SheetInput, templateFromChecked } from '../src/core';
import { CellValues } from '../src/core/cell-values';
import { workbook } from './synthetic';

function timings<T>(runs: number, fn: () => T): { result: T; median: number; best: number } {
  let result: T | undefined = fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    // The run before's result let go first: kept while the next check ran, two whole results (some 16 MB each on the
    // 100,000-cell workbook) were live at every garbage collection, and the heap, sized on what survives, grew by
    // tens of MiB more than one check needs. The peak is then that of one check at a time, as a user runs it.
    result = undefined;
    const start = process.hrtime.bigint();
    result = fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { result: result as T, median: times[Math.floor(runs / 2)], best: times[0] };
}

function time<T>(label: string, runs: number, fn: () => T): T {
  const { result, median, best } = timings(runs, fn);
  console.log(`${label}: median ${median.toFixed(1)} ms, best ${best.toFixed(1)} ms (${runs} runs)`);
  return result;
}

/**
 * The floor: one pass over every cell of the workbook that reads it as a figure and sums the numbers — a number
 * cell as the double it holds, a text cell through the core's text reader (parseNumberText). No exact arithmetic,
 * no tables: what any check of these cells must at least do.
 */
function floor(sheets: SheetInput[]): number {
  let total = 0;
  for (const s of sheets) {
    for (const row of s.cells) {
      if (!row) continue;
      for (const cell of row) {
        const value = cell?.value;
        if (typeof value === 'number') total += value;
        else if (typeof value === 'string') {
          const parsed = parseNumberText(value);
          if (parsed.kind === 'number') total += parsed.value.valueOf();
        }
      }
    }
  }
  return total;
}

// The kernel's high-water mark of the process's resident memory (getrusage): a timer sampling RSS never fires while
// a synchronous check runs, so it would print the memory between phases, not the peak.
let peak = 0;
const sample = () => (peak = process.resourceUsage().maxRSS * 1024);

// Each phase below builds its own workbook and lets go of it (and of its results) before the next: the peak is
// then that of the heaviest phase, not of every workbook and result of the bench held at once.
const release = () => {
  sample();
  global.gc?.();
};

const checkedMedian = (() => {
  const clean = workbook(100_000);
  const cellCount = clean.reduce((n, s) => n + s.cells.reduce((m, r) => m + r.filter(Boolean).length, 0), 0);
  console.log(`Synthetic workbook: ${clean.length} sheets, ${cellCount} non-empty cells`);
  const floored = timings(7, () => floor(clean));
  const checkedRun = timings(7, () => checkWorkbook(clean));
  const result = checkedRun.result;
  console.log(`Infer and check 100,000 cells (whole checkWorkbook): median ${checkedRun.median.toFixed(1)} ms, best ${checkedRun.best.toFixed(1)} ms (7 runs; target < 150 ms)`);
  console.log(`  ${result.summary.tables} tables, ${result.summary.rules} rules, ${result.summary.errors} errors`);
  console.log(`Floor, one pass parsing every cell of the same workbook and summing the numbers: median ${floored.median.toFixed(1)} ms, best ${floored.best.toFixed(1)} ms (7 runs; sum ${floored.result})`);
  console.log(`  ratio check / floor: ${(checkedRun.median / floored.median).toFixed(1)}× by medians, ${(checkedRun.best / floored.best).toFixed(1)}× by bests (target < 10×)`);
  time('  of which table detection only', 7, () => clean.flatMap(detectTables));
  sample();

  // Templates (issue 5): checking by a template matches every table's rows and columns first; rolling plans every edit.
  {
    const template = templateFromChecked(result.checked);
    const applied = time('Check the same workbook by its extracted template (apply + check)', 7, () => checkWorkbook(clean, { template }));
    console.log(`  ${applied.applied!.length} template tables applied, ${applied.applied!.reduce((n, a) => n + a.differences.length, 0)} differences, ${applied.summary.errors} errors`);
  }
  release();
  const target = parseTargets('2024');
  if ('targets' in target) {
    const rolled = time('Plan the roll forward of the whole workbook to 2024', 5, () => planWorkbookRoll(clean, result, target.targets, messages('vi')));
    console.log(`  ${rolled.sheets.reduce((n, s) => n + s.edits.length, 0)} cell edits over ${rolled.sheets.length} sheets`);
  }
  return checkedRun.median;
})();
release();

// Localization alone, on the failing rules of a workbook with typos planted; its figures held as the check holds them.
(() => {
  const broken = workbook(100_000, 4);
  const values = new CellValues();
  const rules: Rule[] = [];
  for (const s of broken) {
    const keyOf = keyMaker(s.name);
    for (const t of detectTables(s)) {
      for (let r = t.bodyTop; r <= t.bodyBottom; r++) {
        for (const c of t.columns) values.set(keyOf(r, c.col), interpretCell(s.cells[r]?.[c.col], { expectInteger: c.role.kind === 'value' }));
      }
      rules.push(...inferRules(t, values, keyOf).rules);
    }
  }
  const failures = rules
    .map((rule) => ({ rule, outcome: evaluateRule(rule, values) }))
    .filter((f): f is { rule: Rule; outcome: Extract<ReturnType<typeof evaluateRule>, { status: 'fail' }> } => f.outcome.status === 'fail' && f.outcome.severity === 'error');
  const blamable = () => true;
  const located = time(`Localize ${failures.length} failing rules`, 5, () => localize(rules, values, failures, blamable));
  const fixed = located.filter((l) => l.fixes.length === 1).length;
  console.log(`  ${located.length} groups of failing rules, ${fixed} resolved to one cell with a proposed value`);
})();
release();

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
global.gc?.();
console.log(`Peak memory (RSS, the process's high-water mark) of the bench above: ${(peak / 2 ** 20).toFixed(0)} MiB (target < 300 MiB); heap after GC: ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB`);

// How the cost grows: one workbook of 1,000,000 cells (ten of the 100,000-cell workbooks' worth of tables).
{
  const big = workbook(1_000_000);
  const bigCells = big.reduce((n, s) => n + s.cells.reduce((m, r) => m + r.filter(Boolean).length, 0), 0);
  const bigFloor = timings(3, () => floor(big));
  const bigCheck = timings(3, () => checkWorkbook(big));
  sample();
  console.log(`Infer and check 1,000,000 cells (${big.length} sheets, ${bigCells} non-empty cells): median ${bigCheck.median.toFixed(0)} ms (${(bigCheck.median / checkedMedian).toFixed(1)}× the 100,000-cell check), floor ${bigFloor.median.toFixed(0)} ms, ratio ${(bigCheck.median / bigFloor.median).toFixed(1)}× (3 runs); ${bigCheck.result.summary.rules} rules`);
  console.log(`  peak memory (RSS) with the 1,000,000-cell workbook: ${(peak / 2 ** 20).toFixed(0)} MiB`);
}
