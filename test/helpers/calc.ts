// LibreOffice Calc as the spreadsheet that recalculates a workbook written outside Excel, as Excel would on opening.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** Opens `path` in Calc, computes every formula, saves the result in `dir`/tinh-lai, and returns its path. */
export function recalculate(path: string, dir: string): string {
  const profile = join(dir, 'lo-profile');
  // Calc trusts an .xlsx's cached results unless told to recalculate on load (OOXMLRecalcMode 0: always).
  mkdirSync(join(profile, 'user'), { recursive: true });
  writeFileSync(
    join(profile, 'user', 'registrymodifications.xcu'),
    '<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry">' +
      '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item></oor:items>\n',
  );
  const out = join(dir, 'tinh-lai');
  execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`, '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', out, path], { stdio: 'ignore', timeout: 150_000 });
  const result = join(out, basename(path));
  if (!existsSync(result)) throw new Error(`LibreOffice Calc did not write ${result}`);
  return result;
}
