// Gathering over several threads reads, checks and sums exactly what one thread does: the same outcome for every
// file (read or not, notes, figures to the last digit), in the files' order, and the same gathered result.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { types } from 'node:util';
import { gatherReadings, parseTemplate, ReadableDistrict, toNumber, UnreadFile } from '../src/core';
import { readDistrictFiles } from '../src/cli/gather-parallel';
import { defaultThreads } from '../src/cli/gather-pool';
import { FileOutcome, packOutcome, unpackOutcome } from '../src/cli/gather-read';
import { buildDistricts } from '../examples/build-districts';
import { lightMathjs } from '../src/cli/light-mathjs';
import { tsWorker } from './helpers/ts-worker';

jest.setTimeout(180_000);
const dir = mkdtempSync(join(tmpdir(), 'soatso-gather-parallel-'));

// Times, and which files took the short way (that depends on which thread read which file first), are the bench's.
const withoutTimes = (outcomes: FileOutcome[]) => outcomes.map(({ ms: _ms, quick: _quick, ...o }) => o);

function gathered(outcomes: FileOutcome[], template: Parameters<typeof gatherReadings>[0]) {
  const districts: ReadableDistrict[] = [];
  const unread: UnreadFile[] = [];
  for (const o of outcomes) {
    if (o.kind === 'read') districts.push({ name: o.name, file: o.file, read: () => o.reading });
    else unread.push({ file: o.file, message: o.message });
  }
  const r = gatherReadings(template, districts, unread);
  return { districts: r.districts, notes: r.notes, sheets: r.sheets, tables: r.tables.map((t) => ({ id: t.template.id, figures: [...t.figures].map(([k, v]) => [k, v.toFraction(), toNumber(v)]) })) };
}

test('three threads give what one thread gives, file by file and gathered', async () => {
  const g = await buildDistricts(join(dir, 'mau'));
  const template = parseTemplate(JSON.parse(readFileSync(g.templatePath, 'utf8')));
  const twice = join(dir, 'lan-hai.xlsx');
  copyFileSync(g.districts[0].file, twice);
  const fake = join(dir, 'khong-phai.xlsx');
  writeFileSync(fake, 'không phải sổ tính');
  const files = [...g.districts.map((d) => d.file), twice, fake, join(dir, 'khong-co.xlsx'), ...g.districts.map((d) => d.file)];
  const one = await readDistrictFiles(template, files, 'filename', { threads: 1 });
  expect(one.filter((o) => o.kind === 'unread').length).toBe(2);
  const worker = tsWorker(join(__dirname, '..', 'src', 'cli', 'gather-worker.ts'));
  // Two workers beside the main thread: files are taken in turn from the shared counter, in whatever order.
  const many = await readDistrictFiles(template, files, 'filename', { threads: 3, worker });
  expect(withoutTimes(many)).toEqual(withoutTimes(one));
  expect(gathered(many, template)).toEqual(gathered(one, template));
});

test('an outcome packed for another thread and unpacked is the outcome', async () => {
  const g = await buildDistricts(join(dir, 'mau-2'));
  const template = parseTemplate(JSON.parse(readFileSync(g.templatePath, 'utf8')));
  const [outcome] = await readDistrictFiles(template, [g.districts[1].file], 'filename', { threads: 1 });
  const packed = packOutcome(outcome);
  // Nothing but plain data, maps and bigints crosses: no exact number object is sent as it is.
  expect(JSON.stringify(packed, (_, v) => (typeof v === 'bigint' ? String(v) : v instanceof Map ? [...v] : v))).not.toContain('"s":');
  const copied = unpackOutcome(packed);
  expect(copied).toEqual(outcome);
  if (copied.kind !== 'read' || outcome.kind !== 'read') throw new Error('not read');
  for (const [table, cells] of outcome.reading.contribution.figures) {
    for (const [cell, x] of cells) expect(copied.reading.contribution.figures.get(table)!.get(cell)!.equals(x)).toBe(true);
  }
});

test('the light mathjs the command line and its workers start with hands the core mathjs’s own objects', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const full = require('mathjs');
  // The whole of mathjs here (jest keeps its own module registry), so that the comparison means something.
  expect(types.isProxy(full)).toBe(false);
  const light = lightMathjs();
  expect(light.create).toBe(full.create);
  // Built from the factories' own files as mathjs's generated dependency objects are: the same shape, the same
  // factories (the very functions), and one FractionDependencies object shared as in mathjs.
  const same = (a: unknown, b: unknown, at: string): void => {
    if (typeof b === 'function') return expect([at, a]).toEqual([at, b]);
    expect([at, Object.keys(a as object).sort()]).toEqual([at, Object.keys(b as object).sort()]);
    for (const k of Object.keys(b as object)) same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${at}.${k}`);
  };
  same(light.fractionDependencies, full.fractionDependencies, 'fractionDependencies');
  const fd = light.fractionDependencies as { FractionDependencies: unknown; typedDependencies: { FractionDependencies: unknown } };
  expect(fd.typedDependencies.FractionDependencies).toBe(fd.FractionDependencies);
  expect(light.parseDependencies).toBe(full.parseDependencies);
});

test('gather reads on as many threads as there are idle cores, and on one for a few files or a busy machine', () => {
  const asked = process.env.SOATSO_THREADS;
  delete process.env.SOATSO_THREADS;
  try {
    expect(defaultThreads(100, 0.1, 2)).toBe(2);
    expect(defaultThreads(100, 1, 2)).toBe(1);
    expect(defaultThreads(100, 6.5, 2)).toBe(1);
    expect(defaultThreads(100, 1.2, 8)).toBe(7);
    expect(defaultThreads(5, 0, 2)).toBe(1);
    process.env.SOATSO_THREADS = '2';
    expect(defaultThreads(100, 6.5, 2)).toBe(2);
  } finally {
    if (asked === undefined) delete process.env.SOATSO_THREADS;
    else process.env.SOATSO_THREADS = asked;
  }
});
