// Old and open formats (.xls, .ods, .doc) are converted to .xlsx/.docx by Debian's LibreOffice, headless, in a
// private temporary directory (own profile, a copy of the input) that is removed afterwards. The copy keeps
// LibreOffice's lock file and any write away from the staff member's file; the profile keeps their own
// LibreOffice settings (and any macro trust) out, turns link updates off and points its proxy at a closed port,
// so nothing is fetched from the network.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { InputError } from './input-error';

/** Seconds LibreOffice gets for one file: a real workbook converts in 2-3 s. */
export const CONVERT_TIMEOUT_MS = 60_000;

const PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema">
<item oor:path="/org.openoffice.Office.Calc/Content/Update"><prop oor:name="Link" oor:op="fuse"><value>1</value></prop></item>
<item oor:path="/org.openoffice.Office.Writer/Content/Update"><prop oor:name="Link" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="MacroSecurityLevel" oor:op="fuse"><value>3</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="DisableMacrosExecution" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Inet/Settings"><prop oor:name="ooInetProxyType" oor:op="fuse"><value>2</value></prop></item>
<item oor:path="/org.openoffice.Inet/Settings"><prop oor:name="ooInetHTTPProxyName" oor:op="fuse"><value>127.0.0.1</value></prop></item>
<item oor:path="/org.openoffice.Inet/Settings"><prop oor:name="ooInetHTTPProxyPort" oor:op="fuse"><value>9</value></prop></item>
<item oor:path="/org.openoffice.Inet/Settings"><prop oor:name="ooInetHTTPSProxyName" oor:op="fuse"><value>127.0.0.1</value></prop></item>
<item oor:path="/org.openoffice.Inet/Settings"><prop oor:name="ooInetHTTPSProxyPort" oor:op="fuse"><value>9</value></prop></item>
</oor:items>
`;

const INFILTER: Record<string, string> = { '.xls': 'MS Excel 97', '.ods': 'calc8', '.doc': 'MS Word 97' };

/** LibreOffice's `soffice`: $SOATSO_SOFFICE if set (empty means "none"), else the first on PATH. */
export function findSoffice(): string | undefined {
  const env = process.env.SOATSO_SOFFICE;
  if (env !== undefined) return env && existsSync(env) ? env : undefined;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of ['soffice', 'libreoffice']) if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

const HOW = {
  xlsx: {
    vi: 'mở tệp bằng Excel (hoặc LibreOffice Calc) và lưu thành "Sổ làm việc Excel (.xlsx)", hoặc cài LibreOffice (gói libreoffice-calc-nogui) để Soát Số tự chuyển',
    en: 'open it in Excel (or LibreOffice Calc) and save it as "Excel Workbook (.xlsx)", or install LibreOffice (package libreoffice-calc-nogui) so that Soát Số converts it',
  },
  docx: {
    vi: 'mở tệp bằng Word (hoặc LibreOffice Writer) và lưu thành "Tài liệu Word (.docx)", hoặc cài LibreOffice (gói libreoffice-writer-nogui) để Soát Số tự chuyển',
    en: 'open it in Word (or LibreOffice Writer) and save it as "Word Document (.docx)", or install LibreOffice (package libreoffice-writer-nogui) so that Soát Số converts it',
  },
};

/** The file converted to `to` by LibreOffice, as bytes; the temporary directory is gone when this returns. */
export async function convertWithLibreOffice(path: string, to: 'xlsx' | 'docx'): Promise<Buffer> {
  const ext = extname(path).toLowerCase();
  const soffice = findSoffice();
  if (!soffice) {
    throw new InputError(
      `Tệp ${path} là định dạng ${ext}; Soát Số đọc ${ext} nhờ LibreOffice nhưng máy này không có LibreOffice. Hãy ${HOW[to].vi}.`,
      `${path} is a ${ext} file; Soát Số reads ${ext} through LibreOffice, which is not installed here. Please ${HOW[to].en}.`,
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'soatso-lo-'));
  try {
    const profile = join(dir, 'profile');
    mkdirSync(join(profile, 'user'), { recursive: true });
    writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), PROFILE);
    const input = join(dir, `vao${ext}`);
    copyFileSync(path, input);
    const outdir = join(dir, 'ra');
    const filter = to === 'xlsx' ? 'xlsx:Calc MS Excel 2007 XML' : 'docx:MS Word 2007 XML';
    // The input filter is named so that a damaged file fails instead of being imported as plain text.
    const infilter = INFILTER[ext];
    const args = [...(infilter ? [`--infilter=${infilter}`] : []), '--headless', '--norestore', '--nolockcheck', '--nodefault', `-env:UserInstallation=${pathToFileURL(profile).href}`, '--convert-to', filter, '--outdir', outdir, input];
    const outcome = await run(soffice, args, CONVERT_TIMEOUT_MS);
    const result = join(outdir, `vao.${to}`);
    if (outcome === 'timeout') {
      throw new InputError(
        `LibreOffice không chuyển xong tệp ${path} sau ${CONVERT_TIMEOUT_MS / 1000} giây (tệp quá lớn hoặc hỏng); hãy ${HOW[to].vi.split(', hoặc')[0]}.`,
        `LibreOffice did not finish converting ${path} within ${CONVERT_TIMEOUT_MS / 1000} s (too large or damaged); please ${HOW[to].en.split(', or install')[0]}.`,
      );
    }
    if (!existsSync(result)) {
      throw new InputError(
        `LibreOffice không chuyển được tệp ${path}: tệp hỏng, có mật khẩu, hoặc không phải ${to === 'xlsx' ? 'bảng tính' : 'văn bản'}; hãy ${HOW[to].vi.split(', hoặc')[0]}.`,
        `LibreOffice could not convert ${path}: the file is damaged, password-protected, or not a ${to === 'xlsx' ? 'spreadsheet' : 'text document'}; please ${HOW[to].en.split(', or install')[0]}.`,
      );
    }
    return readFileSync(result);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs soffice in its own process group, so that a timeout ends soffice.bin too and not only the launcher. */
function run(cmd: string, args: string[], timeout: number): Promise<'done' | 'timeout'> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(cmd, args, { detached: true, stdio: 'ignore' });
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
      resolveRun('timeout');
    }, timeout);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(new InputError(`Không chạy được LibreOffice (${cmd}): ${e.message}`, `Cannot run LibreOffice (${cmd}): ${e.message}`));
    });
    child.on('exit', () => {
      clearTimeout(timer);
      resolveRun('done');
    });
  });
}
