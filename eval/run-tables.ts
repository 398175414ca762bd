// npm run eval: the table evaluation, per layout and in total, for the dev and the held-out parts.
// `--part dev` prints only the part that tuning may look at; `--verbose` lists misses and false alarms.
import { join } from 'node:path';
import { CaseScore, HEADER, loadCases, scoreCase, totals, totalsLine } from './lib/tables';
import { formCases } from './lib/forms';

const args = process.argv.slice(2);
const only = args.includes('--part') ? args[args.indexOf('--part') + 1] : undefined;
const verbose = args.includes('--verbose');
const root = join(__dirname, '..', '..', 'eval', 'tables');

for (const part of ['dev', 'dev-2', 'dev-3', 'forms', 'heldout', 'heldout-2', 'heldout-3', 'heldout-4', 'heldout-5']) {
  // The later held-out parts are measured only when asked for by name (heldout-5 is sealed: once, at the end of its round).
  if ((only && only !== part) || (!only && ['heldout-2', 'heldout-3', 'heldout-4', 'heldout-5'].includes(part))) continue;
  const cases = part === 'forms' ? formCases() : loadCases(join(root, part));
  const scores: CaseScore[] = cases.map(scoreCase);
  console.log(`\n== ${part === 'dev' ? 'Tuned part (dev)' : part === 'dev-2' ? 'Second learning part (dev-2, written without the code)' : part === 'dev-3' ? 'Third learning part (dev-3, other subjects, written without the code)' : part === 'forms' ? 'The library\'s official forms (tuned)' : part === 'heldout-2' ? 'Held-out part of the second round' : part === 'heldout-3' ? 'Held-out part of the third round' : part === 'heldout-4' ? 'Held-out part of the fourth round' : part === 'heldout-5' ? 'Sealed held-out part of the fifth round' : 'Held-out part'}: ${cases.length} cases ==`);
  console.log(HEADER);
  const layouts = [...new Set(scores.map((s) => s.layout))].sort();
  for (const layout of layouts) console.log(totalsLine(layout, totals(scores.filter((s) => s.layout === layout))));
  const t = totals(scores);
  console.log(totalsLine('TOTAL', t));
  console.log(
    `tables read ${t.read}/${t.tables}; errors found ${t.found}/${t.errors}; culprit+value ${t.culpritRight}/${t.explainable}; ` +
      `warnings ${t.warningsFound}/${t.warningsPlanted} (${t.overstated} reported as errors); false alarms ${t.falseAlarms} in ${t.tables} tables` +
      ` (${((20 * t.falseAlarms) / Math.max(1, t.tables)).toFixed(2)} per 20 tables)`,
  );
  if (verbose) {
    for (const s of scores) {
      if (s.crashed) console.log(`  ${s.id}: CRASH ${s.crashed.split('\n').slice(0, 3).join(' | ')}`);
      for (const m of s.missed) console.log(`  ${s.id}: missed ${m}`);
      for (const a of s.alarms) console.log(`  ${s.id}: FALSE ${a}`);
      if (s.read < s.tables) console.log(`  ${s.id}: read ${s.read}/${s.tables}`);
    }
  }
}
