// The gather's short way through a district's check (core/gather/quick): a district whose tables are laid out as
// those of a district already checked in full has that check's rules evaluated on its own figures. Whatever way a
// district takes, its reading (status, notes, figures, caveats, share bases), its rules and its findings must be
// those of the full check. Compared here on the generated districts (the typo, the missing row, the extra column,
// figures typed as text) and on the bench's districts with planted problems.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkWorkbook, DistrictChecker, districtChecker, DistrictWorkbook, readDistrict, SheetInput, Template, templateFromChecked } from '../src/core';
import { readWorkbook } from '../src/xlsx/read';
import { buildDistricts, Generated, PLANTED } from '../examples/build-districts';
import { table } from '../bench/synthetic';
import { Entry, sheet } from './helpers/sheet';

jest.setTimeout(120_000);

/** What the gather takes from a check: findings of the template's tables, and the rules it checked them by. */
function forTables(sheets: SheetInput[], check: ReturnType<typeof checkWorkbook>) {
  return {
    findings: check.findings.filter((f) => f.table !== undefined),
    rules: check.checked.map((c) => c.rules),
    applied: check.applied?.map((a) => ({ ...a, table: { ...a.table, title: undefined } })),
    sheets: sheets.map((s) => s.name),
  };
}

/** Each district read after `first` primed the checker, both ways: the same reading, rules and findings. Returns the ways taken. */
function compare(template: Template, districts: DistrictWorkbook[], first: DistrictWorkbook): Map<string, 'quick' | 'full'> {
  const ways = new Map<string, 'quick' | 'full'>();
  const checker: DistrictChecker = districtChecker(template);
  readDistrict(template, first, checker);
  for (const d of districts) {
    const before = checker.stats.quick;
    const quick = readDistrict(template, d, checker);
    ways.set(d.name, checker.stats.quick > before ? 'quick' : 'full');
    expect({ district: d.name, reading: quick }).toEqual({ district: d.name, reading: readDistrict(template, d) });
    const full = checkWorkbook(d.sheets, { template });
    expect({ district: d.name, ...forTables(d.sheets, checker.check(d.sheets)) }).toEqual({ district: d.name, ...forTables(d.sheets, full) });
  }
  return ways;
}

describe('the generated districts', () => {
  let g: Generated;
  let districts: DistrictWorkbook[];
  beforeAll(async () => {
    g = await buildDistricts(join(mkdtempSync(join(tmpdir(), 'soatso-quick-')), 'mau'));
    districts = await Promise.all(g.districts.map(async (d) => ({ name: d.name, file: d.file, sheets: await readWorkbook(readFileSync(d.file)) })));
  });

  test('read after any other district, each reads as the full check reads it', () => {
    const quick = new Set<string>();
    for (const first of districts) for (const [name, way] of compare(g.template, districts, first)) if (way === 'quick' && name !== first.name) quick.add(name);
    // The short way is taken (districts laid out alike), never by a district with something planted in it (but by
    // itself read again: figures typed as text that add up are a layout of their own).
    expect(quick.size).toBeGreaterThanOrEqual(3);
    for (const planted of [PLANTED.typo, PLANTED.missingRow, PLANTED.extraColumn, PLANTED.asText]) expect(quick.has(planted)).toBe(false);
  });
});

describe('the bench districts', () => {
  function random(seed: number) {
    let s = seed;
    return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  }
  const rowsOf = (seed: number, typos = 0) => table(random(seed), 1, 8, 5, typos);
  const district = (name: string, rows: Entry[][]): DistrictWorkbook => ({ name, file: `${name}.xlsx`, sheets: [sheet('Biểu 1', rows)] });
  const template = templateFromChecked(checkWorkbook([sheet('Biểu 1', rowsOf(1))]).checked);
  const set = (rows: Entry[][], row: number, col: number, value: Entry) => rows.map((r, i) => (i === row ? r.map((v, j) => (j === col ? value : v)) : r));

  test('clean ones take the short way; each planted problem takes the full check; all read as the full check reads them', () => {
    const clean = [2, 3, 4, 5].map((s) => district(`Sạch ${s}`, rowsOf(s)));
    const planted = [
      district('Gõ nhầm', rowsOf(6, 1)),
      district('Thiếu dòng', rowsOf(7).filter((_, i) => i !== 4)),
      district('Thừa cột', rowsOf(8).map((r, i) => [...r, i === 0 ? 'Kế hoạch' : 7])),
      district('Số dạng chữ', set(rowsOf(9), 3, 3, String(rowsOf(9)[3][3]))),
      district('Ô chữ', set(rowsOf(10), 5, 2, 'không rõ')),
      district('Tỷ lệ lệch', set(rowsOf(11), 4, 6, 12.5)),
      district('Số âm', set(rowsOf(12), 4, 2, -3)),
      district('Ô trống', set(rowsOf(13), 4, 2, null)),
    ];
    const ways = compare(template, [...clean, ...planted], clean[0]);
    for (const d of clean.slice(1)) expect([d.name, ways.get(d.name)]).toEqual([d.name, 'quick']);
    for (const d of planted) expect([d.name, ways.get(d.name)]).toEqual([d.name, 'full']);
  });

  test('a template that leaves a share’s base to the figures is always checked in full', () => {
    const loose: Template = { ...template, tables: template.tables.map((t) => ({ ...t, columns: t.columns.map((c) => ({ ...c, base: undefined })) })) };
    const checker = districtChecker(loose);
    for (const s of [2, 3, 4]) checker.check([sheet('Biểu 1', rowsOf(s))]);
    expect(checker.stats).toEqual({ quick: 0, full: 3 });
  });
});
