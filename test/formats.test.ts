// .xls, .ods and .doc read through LibreOffice (files made by LibreOffice during the run), and a .docx with
// tracked changes and comments read as it currently reads.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mkdtempSync } from 'node:fs';
import { runCli } from './helpers/cli';
import { docx, EXAMPLE, REPORT_TEXT } from './helpers/hostile';

jest.setTimeout(180_000);
const dir = mkdtempSync(join(tmpdir(), 'soatso-formats-'));

function convert(file: string, to: string): string {
  const profile = join(dir, 'lo-profile');
  const out = join(dir, 'lo');
  mkdirSync(out, { recursive: true });
  execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=${pathToFileURL(profile).href}`, '--convert-to', to, '--outdir', out, file], { stdio: 'ignore', timeout: 150_000 });
  const made = join(out, file.replace(/^.*\//, '').replace(/\.[^.]+$/, `.${to}`));
  if (!existsSync(made)) throw new Error(`LibreOffice did not write ${made}`);
  return made;
}

const findings = (out: string) =>
  JSON.parse(out)
    .findings.filter((f: { severity: string }) => f.severity === 'error')
    .map((f: { sheet: string; cell: string; fix: { value: unknown } | null }) => `${f.sheet}!${f.cell}=${f.fix?.value ?? ''}`)
    .sort();

describe('old and open formats through LibreOffice', () => {
  let expected: string[];
  beforeAll(async () => {
    expected = findings((await runCli('check', EXAMPLE, '--json')).out);
  });

  test.each(['xls', 'ods'])('check reads an .%s made from the example and finds the same errors', async (ext) => {
    const file = convert(EXAMPLE, ext);
    // The command's temporary files go to a directory of this test's own: other test files, run at the same time in
    // other workers, convert files too, and a count of the shared temporary directory would see theirs.
    const own = mkdtempSync(join(dir, `tmp-${ext}-`));
    const shared = process.env.TMPDIR;
    process.env.TMPDIR = own;
    let result: Awaited<ReturnType<typeof runCli>>;
    try {
      result = await runCli('check', file, '--json');
    } finally {
      if (shared === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = shared;
    }
    const { code, out, err } = result;
    expect(err).toBe('');
    expect(code).toBe(1);
    expect(findings(out)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(3);
    // The private profile and the converted copy are removed.
    expect(readdirSync(own).filter((f) => f.startsWith('soatso-lo-'))).toEqual([]);
  });

  test('scan reads a .doc made from a generated .docx', async () => {
    const source = join(dir, 'bao-cao.docx');
    writeFileSync(source, docx(REPORT_TEXT));
    const doc = convert(source, 'doc');
    const { code, out } = await runCli('scan', doc, '--json');
    expect(code).toBe(1);
    const claim = JSON.parse(out).claims.find((c: { verdict: string }) => c.verdict === 'inconsistent');
    expect(claim).toMatchObject({ location: 'body', paragraph: 2 });
  });

  test('without LibreOffice, the message says how to convert', async () => {
    const xls = convert(EXAMPLE, 'xls');
    process.env.SOATSO_SOFFICE = '';
    try {
      const vi = await runCli('check', xls);
      expect(vi.code).toBe(2);
      expect(vi.err).toMatch(/không có LibreOffice\. Hãy mở tệp bằng Excel .* lưu thành "Sổ làm việc Excel \(\.xlsx\)"/);
      const en = await runCli('check', xls, '--lang', 'en');
      expect(en.err).toMatch(/save it as "Excel Workbook \(\.xlsx\)"/);
    } finally {
      delete process.env.SOATSO_SOFFICE;
    }
  });

  test('an .xls LibreOffice cannot open is refused clearly', async () => {
    const bad = join(dir, 'hong.xls');
    writeFileSync(bad, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600, 7)]));
    const { code, err } = await runCli('check', bad);
    expect(code).toBe(2);
    expect(err).toMatch(/LibreOffice không chuyển được tệp .*hong\.xls/);
  });
});

describe('a .docx with tracked changes and comments', () => {
  const ins = (t: string) => `<w:ins w:id="1" w:author="A"><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:ins>`;
  const del = (t: string) => `<w:del w:id="2" w:author="A"><w:r><w:delText xml:space="preserve">${t}</w:delText></w:r></w:del>`;
  const run = (t: string) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
  const comment = '<w:commentRangeStart w:id="5"/><w:commentRangeEnd w:id="5"/><w:r><w:commentReference w:id="5"/></w:r>';
  const paragraphs = [
    `<w:p>${run('Mở đầu báo cáo.')}</w:p>`,
    // Wholly deleted: still paragraph 2 until the change is accepted.
    `<w:p><w:pPr><w:rPr><w:del w:id="3" w:author="A"/></w:rPr></w:pPr>${del('Đoạn này đã bị xóa, có 100 người.')}</w:p>`,
    '<w:p/>',
    `<w:p>${run('Năm 2023, toàn tỉnh có ')}${del('500')}${ins('498')}${run(' tổ chức cơ sở đảng, trong đó 171 đảng bộ cơ sở và ')}${del('327')}${ins('357')}${comment}${run(' chi bộ cơ sở.')}</w:p>`,
    `<w:p><w:moveFrom w:id="7" w:author="A">${run('Có 999 đảng viên mới.')}</w:moveFrom>${run('Kết thúc.')}</w:p>`,
  ];
  const comments = {
    name: 'word/comments.xml',
    data: Buffer.from('<?xml version="1.0" encoding="UTF-8"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="5" w:author="B"><w:p><w:r><w:t>Số 357 có 12 người sai.</w:t></w:r></w:p></w:comment></w:comments>'),
  };

  test('insertions in, deletions and moved-away text out, comments not text; the paragraph as Word numbers it', async () => {
    const file = join(dir, 'sua-doi.docx');
    writeFileSync(file, docx(paragraphs, [comments]));
    const { code, out } = await runCli('scan', file, '--json');
    expect(code).toBe(1);
    const claims = JSON.parse(out).claims as { paragraph: number; quote: string; stated: string; verdict: string }[];
    const wrong = claims.filter((c) => c.verdict === 'inconsistent');
    expect(wrong.length).toBeGreaterThan(0);
    for (const c of claims) {
      expect(c.paragraph).toBe(3);
      expect(c.quote).not.toMatch(/500|327|999|12 người/);
    }
    expect(wrong[0].quote).toContain('498');
  });
});
