#!/usr/bin/env node
// The manifest for a deployment: manifest.xml is written for the development server (https://localhost:3000);
// an organisation serves dist/web from its own HTTPS server, so every URL must name that server instead, and
// Office only picks up a new build when <Version> grows, so it follows package.json (bumped by `npm version`).
const fs = require('node:fs');
const path = require('node:path');

const DEV_ORIGIN = 'https://localhost:3000';

/** `1.2.3` (npm) → `1.2.3.0` (the manifest's four parts). Pre-release tags have no place in a manifest version. */
function manifestVersion(npmVersion) {
  const m = /^(\d+)\.(\d+)\.(\d+)/.exec(npmVersion);
  if (!m) throw new Error(`Phiên bản npm không hợp lệ: ${npmVersion}`);
  return `${m[1]}.${m[2]}.${m[3]}.0`;
}

/** Checks ADDIN_URL before anything is written: a typo here would ship a manifest Office cannot load. */
function parseAddinUrl(url) {
  let u;
  try {
    u = new URL(url);
  } catch {
    throw new Error(`ADDIN_URL không phải một địa chỉ: ${url}`);
  }
  if (u.protocol !== 'https:') throw new Error(`ADDIN_URL phải dùng https (Office không tải khung qua http): ${url}`);
  if (u.search || u.hash) throw new Error(`ADDIN_URL không được có ?… hoặc #…: ${url}`);
  return `${u.origin}${u.pathname.replace(/\/+$/, '')}`;
}

/**
 * The manifest text with every development URL moved to `url` (origin plus an optional folder) and the version
 * from package.json. The support page (SupportUrl) is support.html, served beside the pane.
 */
function manifestFor(text, { url, version }) {
  let out = text.replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(version)}</Version>`);
  if (url) {
    const base = parseAddinUrl(url);
    out = out.split(DEV_ORIGIN).join(base);
    const origin = new URL(base).origin;
    // An AppDomain is an origin, never a path.
    out = out.replace(/<AppDomain>[^<]*<\/AppDomain>/g, `<AppDomain>${origin}</AppDomain>`);
    out = out.replace(/<!--[\s\S]*?-->\s*/, `<!-- Soát Số ${version}, built for ${base} (ADDIN_URL). Generated from manifest.xml by tools/manifest-for.js. -->\n`);
  }
  return out;
}

module.exports = { manifestFor, manifestVersion, parseAddinUrl, DEV_ORIGIN };

// `npm version` runs this (the "version" script) so the development manifest moves with package.json too.
if (require.main === module && process.argv[2] === '--sync-version') {
  const root = path.resolve(__dirname, '..');
  const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const file = path.join(root, 'manifest.xml');
  fs.writeFileSync(file, manifestFor(fs.readFileSync(file, 'utf8'), { version }));
  console.log(`manifest.xml: <Version>${manifestVersion(version)}</Version>`);
}
