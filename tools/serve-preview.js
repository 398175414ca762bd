#!/usr/bin/env node
// Serves the built pane (dist/web) on the loopback address only, for `npm run preview` and the browser test.
// The Content-Security-Policy is sent as a header too: a worker takes its policy from headers, not the page.
const http = require('node:http');
const fs = require('node:fs');
const path = require('node:path');

const DEFAULT_ROOT = path.resolve(__dirname, '..', 'dist', 'web');
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'";
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.map': 'application/json', '.png': 'image/png', '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8' };

function startServer(port = 0, root = DEFAULT_ROOT) {
  const ROOT = path.resolve(root);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const rel = decodeURIComponent(url.pathname === '/' ? '/preview.html' : url.pathname);
    const file = path.resolve(ROOT, '.' + rel);
    if (!file.startsWith(ROOT + path.sep) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      return res.end('Không có tệp này');
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Content-Security-Policy': CSP, 'Cache-Control': 'no-store' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

module.exports = { startServer, CSP };

if (require.main === module) {
  if (!fs.existsSync(path.join(DEFAULT_ROOT, 'preview.html'))) {
    console.error('Chưa có bản dựng: chạy "npm run build:web" trước.');
    process.exit(2);
  }
  const port = Number(process.env.PORT || 3001);
  startServer(port).then(() => console.log(`Soát Số (xem trước): http://127.0.0.1:${port}/preview.html — Ctrl+C để dừng`));
}
