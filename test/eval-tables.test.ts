// The tuned part of the table evaluation (eval/tables/dev) held to the figures it reached, so nothing slips
// back. The held-out part is printed by `npm run eval`, never asserted here: it is not tuned against.
import { join } from 'node:path';
import { loadCases, scoreCase, totals } from '../eval/lib/tables';

describe('table evaluation, tuned part', () => {
  const scores = loadCases(join(__dirname, '..', 'eval', 'tables', 'dev')).map(scoreCase);
  const t = totals(scores);

  test('the corpus is there: at least 40 tables in at least 15 layouts', () => {
    expect(t.tables).toBeGreaterThanOrEqual(40);
    expect(new Set(scores.map((s) => s.layout)).size).toBeGreaterThanOrEqual(15);
  });

  test('every table is read, nothing crashes', () => {
    expect(scores.filter((s) => s.crashed).map((s) => s.id)).toEqual([]);
    expect(t.read).toBe(t.tables);
  });

  test('errors found, culprits named, warnings given', () => {
    expect(t.found / t.errors).toBeGreaterThanOrEqual(0.95);
    expect(t.culpritRight / t.explainable).toBeGreaterThanOrEqual(0.8);
    expect(t.warningsFound / t.warningsPlanted).toBeGreaterThanOrEqual(0.9);
    expect(t.overstated).toBe(0);
  });

  test('no false alarm', () => {
    expect(scores.flatMap((s) => s.alarms.map((a) => `${s.id}: ${a}`))).toEqual([]);
  });
});
