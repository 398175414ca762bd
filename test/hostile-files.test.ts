// Hostile and broken files: each gets one clear message naming the file, exit code 2, in Vietnamese and English,
// and no file is read further than its limits allow.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './helpers/cli';
import { Hostile, hostileFiles } from './helpers/hostile';

jest.setTimeout(60_000);
const COUNT = 17;

let cases: Hostile[] = [];
const dir = mkdtempSync(join(tmpdir(), 'soatso-hostile-'));
beforeAll(async () => {
  cases = await hostileFiles(dir);
});

test('the matrix is the one documented', () => {
  expect(cases.length).toBe(COUNT);
});

describe.each(Array.from({ length: COUNT }, (_, i) => i))('hostile case %i', (i) => {
  test('one clear message, in Vietnamese and in English', async () => {
    const c = cases[i];
    const started = Date.now();
    const vi = await runCli(...c.args);
    expect(c.code ?? [2]).toContain(vi.code);
    expect(vi.err).not.toMatch(/Lỗi không mong đợi/);
    expect(vi.err).toMatch(c.message);
    expect(vi.err).toContain(c.file);
    if ((c.code ?? [2]).includes(2)) expect(vi.err.trim().split('\n')).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(10_000);
    const en = await runCli(...c.args, '--lang', 'en');
    expect(en.code).toBe(vi.code);
    if (c.en) expect(en.err).toMatch(c.en);
  });
});
