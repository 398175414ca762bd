// The pane's pure logic: the selected-table scope, the value written for a fix, the language.
import { checkWorkbook, exactFromDecimal } from '../src/core';
import { restrictToSelection } from '../src/taskpane/selection';
import { valueToWrite } from '../src/taskpane/fix-value';
import { chooseLang, langFromLocale, stringsFor } from '../src/taskpane/strings';
import { organizationsTable, sheet } from './helpers/sheet';

describe('checking the selected table', () => {
  const two = sheet('S', [
    ['STT', 'Nội dung', 'Năm 2023'],
    ['', 'Tổng số', 10],
    ['1', 'A', 4],
    ['2', 'B', 5],
    [],
    ['STT', 'Chỉ tiêu', 'Năm 2022'],
    ['', 'Tổng số', 20],
    ['1', 'C', 8],
    ['2', 'D', 12],
  ]);
  const result = checkWorkbook([two]);

  test('a selection inside the first table keeps that table and its findings only', () => {
    const r = restrictToSelection(result, { sheet: 'S', cell: 'C3' });
    expect(r.tables.map((t) => t.range)).toEqual(['A1:C4']);
    expect(r.summary.errors).toBe(1);
    expect(r.findings.every((f) => f.table === r.tables[0].id)).toBe(true);
  });

  test('a selection inside the second (correct) table has no error', () => {
    const r = restrictToSelection(result, { sheet: 'S', cell: 'B8' });
    expect(r.tables.map((t) => t.range)).toEqual(['A6:C9']);
    expect(r.summary.errors).toBe(0);
  });

  test('a selection outside every table keeps the whole sheet', () => {
    expect(restrictToSelection(result, { sheet: 'S', cell: 'H20' })).toBe(result);
  });
});

describe('the value written for a fix', () => {
  const fix = (value: string, number: number) => ({ cell: 'D8', value, number, why: 'digit' as const });
  test('a count is written as the number', () => {
    expect(valueToWrite(fix('327', 327), { value: 357, numberFormat: '#,##0' })).toBe(327);
  });
  test('a percent-formatted cell stores a fraction of one', () => {
    expect(valueToWrite(fix('16,00%', 16), { value: 0.1975, numberFormat: '0.00%' })).toBeCloseTo(0.16, 12);
  });
  test('a "Tỷ lệ (%)" column of plain numbers stores the percentage itself', () => {
    expect(valueToWrite(fix('16,00', 16), { value: 19.75, numberFormat: '0.00' })).toBe(16);
  });
  test('the number a finding carries is its exact proposed value', () => {
    const f = checkWorkbook([organizationsTable({ D6: 357 })]).findings.find((x) => x.fix)!;
    expect(f.fix).toMatchObject({ number: Number(exactFromDecimal('327').valueOf()) });
  });
});

describe('language', () => {
  test.each([
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['vi-VN', 'vi'],
    ['vi', 'vi'],
    ['VI_vn', 'vi'],
    ['fr-FR', 'en'],
    ['zh-Hans-CN', 'en'],
    // "vie" is not the subtag vi; a prefix match would take it.
    ['video', 'en'],
    [undefined, 'vi'],
    ['', 'vi'],
  ])('%s → %s', (locale, lang) => {
    expect(langFromLocale(locale)).toBe(lang);
  });
  test('the address wins, then the remembered switch, then Office', () => {
    expect(chooseLang({ query: 'en', stored: 'vi', locale: 'vi-VN' })).toBe('en');
    expect(chooseLang({ query: null, stored: 'en', locale: 'vi-VN' })).toBe('en');
    expect(chooseLang({ query: null, stored: 'vi', locale: 'en-US' })).toBe('vi');
    expect(chooseLang({ query: 'xx', stored: 'garbage', locale: 'en-US' })).toBe('en');
    expect(chooseLang({})).toBe('vi');
  });
  test('every Vietnamese string has an English one', () => {
    expect(Object.keys(stringsFor('en')).sort()).toEqual(Object.keys(stringsFor('vi')).sort());
  });
});
