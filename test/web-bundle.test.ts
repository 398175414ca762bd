// The core as a browser bundle: it builds with no Node fallbacks and runs where there is no Node at all.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import webpack from 'webpack';
import { organizationsTable } from './helpers/sheet';

const config = require('../webpack.config.js');

jest.setTimeout(120_000);

test('the core bundles for the browser and checks a table in a context without Node', async () => {
  const out = mkdtempSync(join(tmpdir(), 'soatso-web-'));
  const options = (await config({}, { mode: 'production' })).find((c: { name: string }) => c.name === 'core');
  options.output.path = out;
  options.devtool = false;
  const stats = await new Promise<webpack.Stats>((resolve, reject) => webpack(options, (err, s) => (err ? reject(err) : resolve(s!))));
  expect(stats.hasErrors() ? stats.toString('errors-only') : '').toBe('');

  const sandbox: Record<string, unknown> = {};
  sandbox.globalThis = sandbox;
  vm.runInNewContext(readFileSync(join(out, 'soatso-core.js'), 'utf8'), sandbox);
  expect(sandbox.require).toBeUndefined();
  expect(sandbox.process).toBeUndefined();
  const core = sandbox.SoatSo as typeof import('../src/core');
  const result = core.checkWorkbook([organizationsTable({ D6: 357 })]);
  expect(result.findings.some((f) => f.fix?.cell === 'D6' && f.fix.value === '327')).toBe(true);
});
