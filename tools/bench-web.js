#!/usr/bin/env node
// Printed figures for the pane (issue 3 targets): the initial pane script gzipped (under 300 KB) and the
// time until the preview is interactive in headless Chromium (under 1 s). Needs `npm run build:web` first.
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { chromium } = require('playwright-core');
const { startServer } = require('./serve-preview.js');

const WEB = path.resolve(__dirname, '..', 'dist', 'web');
const gz = (f) => zlib.gzipSync(fs.readFileSync(path.join(WEB, f)), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;

(async () => {
  const chunks = fs.readdirSync(WEB).filter((f) => f.endsWith('.js'));
  console.log(`Initial pane script taskpane.js: ${kb(gz('taskpane.js'))} gzipped (${kb(fs.statSync(path.join(WEB, 'taskpane.js')).size)} minified)`);
  console.log(`  loaded later: check-worker.js ${kb(gz('check-worker.js'))} gzipped (on the first check); ${chunks.filter((f) => f.includes('chunk')).map((f) => `${f} ${kb(gz(f))}`).join(', ')} (file host only, on opening a file)`);

  const server = await startServer(0);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: process.env.SOATSO_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const times = [];
  for (let i = 0; i < 7; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const start = Date.now();
    await page.goto(`${base}/preview.html`);
    await page.getByText('Mở tệp .xlsx…').waitFor();
    times.push(Date.now() - start);
    await context.close();
  }
  times.sort((a, b) => a - b);
  console.log(`Preview interactive in headless Chromium (navigation to the "open file" button ready, fresh context each time): median ${times[3]} ms, best ${times[0]} ms (7 loads)`);
  await browser.close();
  server.close();
})().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
