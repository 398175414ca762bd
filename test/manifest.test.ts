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
