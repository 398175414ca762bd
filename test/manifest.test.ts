// The offline manifest check passes on manifest.xml and catches each kind of breakage.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const { validate } = require('../tools/validate-manifest.js');

const ROOT = resolve(__dirname, '..');
const original = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

async function check(text: string): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'soatso-manifest-'));
  const file = join(dir, 'manifest.xml');
  writeFileSync(file, text);
  return validate(file, join(ROOT, 'assets'));
}

test('manifest.xml passes', async () => {
  expect(await check(original)).toEqual([]);
});

test.each([
  ['no Word host', (m: string) => m.replace('<Host Name="Document" />', ''), /thiếu Document/],
  ['an http URL', (m: string) => m.replace('https://localhost:3000/taskpane.html"', 'http://localhost:3000/taskpane.html"'), /phải dùng https/],
  ['more permission than needed', (m: string) => m.replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>ReadWriteMailbox</Permissions>'), /ReadWriteDocument/],
  ['an icon of the wrong size', (m: string) => m.replace('assets/icon-80.png"', 'assets/icon-64.png"'), /cần 80×80/],
  ['a missing icon file', (m: string) => m.replace('assets/icon-16.png"', 'assets/icon-99.png"'), /không có tệp biểu tượng icon-99.png/],
  ['a dangling resource reference', (m: string) => m.replace('<Label resid="Group.Label" />', '<Label resid="Nope.Label" />'), /resid="Nope.Label"/],
  ['elements out of order', (m: string) => m.replace(/(<Version>.*<\/Version>)\s*(<ProviderName>.*<\/ProviderName>)/, '$2$1'), /Thứ tự phần tử/],
  ['no ribbon button for Excel', (m: string) => m.replace('<Host xsi:type="Workbook">', '<Host xsi:type="Presentation">'), /thiếu <Host xsi:type="Workbook">/],
  ['broken XML', (m: string) => m.replace('</OfficeApp>', ''), /XML không hợp lệ/],
  ['not a GUID', (m: string) => m.replace(/<Id>[^<]+<\/Id>/, '<Id>soat-so</Id>'), /GUID/],
])('catches %s', async (_name, mutate, message) => {
  const problems = await check(mutate(original));
  expect(problems.join('\n')).toMatch(message);
});

describe('the deployed manifest (ADDIN_URL=https://… npm run build)', () => {
  const { manifestFor, manifestVersion } = require('../tools/manifest-for.js');
  const { version } = require('../package.json');

  test('names only the given server, carries the package version and a support page, and validates', async () => {
    const built = manifestFor(original, { url: 'https://soatso.tinhuy.vn/addin/', version });
    expect(built).not.toContain('localhost');
    const urls = [...built.replace(/<!--[\s\S]*?-->/g, "").matchAll(/https?:\/\/[^"<\s]+/g)].map((m) => m[0]).filter((u) => !u.startsWith('http://schemas') && !u.startsWith('http://www.w3.org'));
    expect(urls.length).toBeGreaterThan(6);
    for (const u of urls) expect(u).toMatch(/^https:\/\/soatso\.tinhuy\.vn(\/addin\/|$)/);
    expect(built).toContain('<AppDomain>https://soatso.tinhuy.vn</AppDomain>');
    expect(built).toContain('<SourceLocation DefaultValue="https://soatso.tinhuy.vn/addin/taskpane.html" />');
    expect(built).toContain('<SupportUrl DefaultValue="https://soatso.tinhuy.vn/addin/support.html" />');
    expect(built).toContain(`<Version>${manifestVersion(version)}</Version>`);
    expect(await check(built)).toEqual([]);
  });

  test('the version follows package.json, which `npm version` bumps; the development manifest is kept in step', () => {
    expect(manifestVersion('1.4.2')).toBe('1.4.2.0');
    expect(manifestVersion('2.0.0-beta.1')).toBe('2.0.0.0');
    expect(manifestFor(original, { version: '3.1.0' })).toContain('<Version>3.1.0.0</Version>');
    expect(original).toContain(`<Version>${manifestVersion(version)}</Version>`);
    const pkg = require('../package.json');
    expect(pkg.scripts.version).toMatch(/manifest-for\.js --sync-version/);
    expect(pkg.scripts.build).toMatch(/build:cli.*build:web/);
    // npm ci runs prepare: the command line only, fast and without the browser bundles.
    expect(pkg.scripts.prepare).toBe('npm run build:cli');
  });

  test('refuses an http or malformed ADDIN_URL, and the validator catches a URL left on another server', async () => {
    expect(() => manifestFor(original, { url: 'http://soatso.local', version })).toThrow(/https/);
    expect(() => manifestFor(original, { url: 'soatso.local', version })).toThrow(/ADDIN_URL/);
    const mixed = manifestFor(original, { url: 'https://soatso.local', version }).replace('https://soatso.local/assets/icon-80.png', 'https://localhost:3000/assets/icon-80.png');
    expect((await check(mixed)).join('\n')).toMatch(/không cùng máy chủ.*localhost:3000\/assets\/icon-80.png/);
  });
});
