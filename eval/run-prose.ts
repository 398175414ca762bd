// npm run eval:prose: precision, recall, rounding and extraction of the prose scanner on the labelled
// drafts, for the dev part (with the shared drafts' hand labels) and the held-out part.
import { join } from 'node:path';
import { DraftScore, loadDrafts, PROSE_HEADER, proseLine, proseTotals, scoreDraft, sharedDrafts } from './lib/prose';

const args = process.argv.slice(2);
const only = args.includes('--part') ? args[args.indexOf('--part') + 1] : undefined;
const verbose = args.includes('--verbose');
const project = join(__dirname, '..', '..');
const root = join(project, 'eval', 'prose');

const parts: [string, () => DraftScore[]][] = [
  ['dev', () => loadDrafts(join(root, 'dev')).map(scoreDraft)],
  ['shared', () => sharedDrafts(join(project, 'test', 'fixtures', 'prose-labels.json'), join(project, '..', 'shared', 'seeds')).map(scoreDraft)],
  ['heldout', () => loadDrafts(join(root, 'heldout')).map(scoreDraft)],
  // The next round's held-out part: measured only when asked for by name.
  ['heldout-2', () => loadDrafts(join(root, 'heldout-2')).map(scoreDraft)],
];
console.log(PROSE_HEADER);
for (const [part, run] of parts) {
  if (only && only !== part && !(only === 'dev' && part === 'shared')) continue;
  if (!only && part === 'heldout-2') continue;
  const started = Date.now();
  const scores = run();
  const ms = Date.now() - started;
  for (const s of scores) console.log(proseLine(`  ${s.file.slice(0, 20)}`, proseTotals([s])));
  console.log(proseLine(part === 'heldout' ? 'HELD-OUT' : part === 'dev' ? 'DEV' : 'SHARED DRAFTS (dev)', proseTotals(scores)) + `   ${ms} ms`);
  if (verbose) for (const s of scores) for (const line of [...s.missed.map((m) => `  missed ${m}`), ...s.alarms.map((a) => `  FALSE ${a}`)]) console.log(line);
  console.log('');
}
