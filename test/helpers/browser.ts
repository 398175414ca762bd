// Building the pane and driving Debian's Chromium with playwright-core (no browser download: CI installs
// the `chromium` package with apt-get).
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import webpack from 'webpack';
import { chromium, Browser } from 'playwright-core';

const config = require('../../webpack.config.js');

export const CHROMIUM = process.env.SOATSO_CHROMIUM ?? '/usr/bin/chromium';

/** The pane and its worker, built for production into a fresh folder. */
export async function buildPane(): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'soatso-pane-'));
  const configs = (await config({}, { mode: 'production' })).filter((c: { name: string }) => c.name !== 'core');
  for (const c of configs) {
    c.output.path = out;
    c.devtool = false;
  }
  const stats = await new Promise<webpack.MultiStats>((resolve, reject) => webpack(configs, (err, s) => (err ? reject(err) : resolve(s as unknown as webpack.MultiStats))));
  if (stats.hasErrors()) throw new Error(stats.toString('errors-only'));
  return out;
}

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium không có ở ${CHROMIUM}: cài gói Debian "chromium" (apt-get install chromium) hoặc đặt SOATSO_CHROMIUM`);
  // Background networking off: this machine has no network, and nothing may leave it anyway.
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
