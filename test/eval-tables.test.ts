// The parts of the table evaluation that are learning material (dev, dev-3; dev-2, heldout, heldout-2, heldout-3 and
// heldout-4 once each had been measured as held out) held to the figures they reached, so nothing slips back. The sealed part of
// a round is never asserted here before its one measurement. held-out-4 is held below, apart:
// one of its tables is still not read.
import { join } from 'node:path';
import { loadCases, scoreCase, totals } from '../eval/lib/tables';

describe.each([
  // part, least tables, least layouts, found, culprit + value, warnings
  ['dev', 40, 15, 1, 0.95, 1],
  ['dev-2', 40, 15, 0.97, 0.9, 1],
  ['heldout', 25, 10, 1, 0.95, 1],
  ['heldout-2', 30, 15, 1, 0.95, 0.9],
  ['heldout-3', 35, 30, 1, 0.95, 1],
  ['dev-3', 36, 30, 0.8, 0.75, 1],
  // Measured once, sealed, at the end of the fifth round (25/26 found, 22/26 culprit, 1 false alarm); held at what
  // the fixes after that measurement reached.
  ['heldout-5', 51, 40, 0.95, 0.9, 1],
])('table evaluation, tuned part %s', (part, tables, layouts, found, culprit, warnings) => {
  const scores = loadCases(join(__dirname, '..', 'eval', 'tables', part)).map(scoreCase);
  const t = totals(scores);

  test(`the corpus is there: at least ${tables} tables in at least ${layouts} layouts`, () => {
    expect(t.tables).toBeGreaterThanOrEqual(tables);
    expect(new Set(scores.map((s) => s.layout)).size).toBeGreaterThanOrEqual(layouts);
  });

  test('every table is read, nothing crashes', () => {
    expect(scores.filter((s) => s.crashed).map((s) => s.id)).toEqual([]);
    expect(t.read).toBe(t.tables);
  });

  test('errors found, culprits named, warnings given', () => {
    expect(t.found / t.errors).toBeGreaterThanOrEqual(found);
    expect(t.culpritRight / t.explainable).toBeGreaterThanOrEqual(culprit);
    expect(t.warningsFound / t.warningsPlanted).toBeGreaterThanOrEqual(warnings);
    expect(t.overstated).toBe(0);
  });

  test('no false alarm', () => {
    expect(scores.flatMap((s) => s.alarms.map((a) => `${s.id}: ${a}`))).toEqual([]);
  });
});

test('held-out-4, learning material since its measurement: what it reached, its one unread table named', () => {
  const scores = loadCases(join(__dirname, '..', 'eval', 'tables', 'heldout-4')).map(scoreCase);
  const t = totals(scores);
  expect(scores.filter((s) => s.crashed)).toEqual([]);
  expect(t.read).toBeGreaterThanOrEqual(41);
  expect(t.found / t.errors).toBeGreaterThanOrEqual(1);
  expect(t.culpritRight / t.explainable).toBeGreaterThanOrEqual(0.95);
  expect(t.warningsFound / t.warningsPlanted).toBeGreaterThanOrEqual(1);
  expect(scores.flatMap((s) => s.alarms.map((a) => `${s.id}: ${a}`))).toEqual([]);
});
