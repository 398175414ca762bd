import { checkWorkbook, classifyFix, exactFromDecimal, typoKind, typoNeighbours, toFixed } from '../src/core';
import { organizationsTable, sheet } from './helpers/sheet';

const n = exactFromDecimal;

describe('why a value is a likely correction', () => {
  test.each([
    ['357', '327', 'digit'],
    ['564', '654', 'transposition'],
    ['2', '-2', 'sign'],
    ['3270', '327', 'digit'],
    ['528', '498', undefined],
  ])('%s for %s: %s', (stated, proposed, kind) => {
    expect(typoKind(n(stated), n(proposed), 0)).toBe(kind);
  });

  test('truncation and rounding of a computed share', () => {
    const exact = n('2').mul(100).div(65);
    expect(classifyFix(n('3.07'), n('3.08'), 2, { exact })).toBe('truncation');
    expect(classifyFix(n('3.09'), n('3.08'), 2, { exact })).toBe('rounding');
  });

  test('a share on another base', () => {
    expect(classifyFix(n('19.75'), n('16.00'), 2, { otherBases: [n('5200').mul(100).div(26325)] })).toBe('base');
  });

  test('neighbours of 564 include 654 and 560 but not 564', () => {
    const out = typoNeighbours(n('564'), 0).map((x) => toFixed(x, 0));
    expect(out).toContain('654');
    expect(out).toContain('560');
    expect(out).toContain('-564');
    expect(out).not.toContain('564');
  });
});

describe('localization on tables', () => {
  test('a part in a column total and a row difference is the prime suspect, with its value', () => {
    const result = checkWorkbook([organizationsTable({ D6: 357 })]);
    const errors = result.findings.filter((f) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((f) => f.fix?.cell === 'D6' && f.fix.value === '327' && f.fix.why === 'digit')).toBe(true);
    expect(errors[0].message).toContain('357 có thể gõ nhầm từ 327');
  });

  test('a total typed wrong is blamed on the total', () => {
    const result = checkWorkbook([organizationsTable({ D4: 489 })]);
    const fixes = new Set(result.findings.filter((f) => f.severity === 'error').map((f) => `${f.fix?.cell}=${f.fix?.value}`));
    expect([...fixes]).toEqual(['D4=498']);
  });

  test('a sign flip in a difference', () => {
    const result = checkWorkbook([organizationsTable({ E5: -4 })]);
    const errors = result.findings.filter((f) => f.severity === 'error');
    expect(errors.length).toBe(2);
    expect(errors.map((f) => f.fix)).toEqual([
      { cell: 'E5', value: '4', number: 4, why: 'sign' },
      { cell: 'E5', value: '4', number: 4, why: 'sign' },
    ]);
  });

  test('a cell computed by a formula is not blamed; the typo feeding it is', () => {
    const result = checkWorkbook([organizationsTable({ D4: { value: 528, formula: 'SUM(D5:D6)' }, D6: 357 })]);
    const fixes = new Set(result.findings.filter((f) => f.severity === 'error').map((f) => f.fix?.cell));
    expect([...fixes]).toEqual(['D6']);
  });

  test('a single sum with no other evidence lists the candidates instead of guessing', () => {
    const s = sheet('S', [
      ['STT', 'Nội dung', 'Năm 2023'],
      ['', 'Tổng số', 100],
      ['1', 'A', 40],
      ['2', 'B', 50],
    ]);
    const [error] = checkWorkbook([s]).findings.filter((f) => f.severity === 'error');
    expect(error.fix).toBeNull();
    expect(error.message).toContain('Một trong các ô sau có thể sai');
  });

  test('two cells swapped across two column totals', () => {
    const s = sheet('S', [
      ['STT', 'Nội dung', 'Nữ', 'Trẻ'],
      ['1', 'A', 30, 18],
      ['2', 'B', 5, 9],
      ['', 'Cộng', 39, 23],
    ]);
    const fixes = checkWorkbook([s]).findings.filter((f) => f.fix).map((f) => f.fix);
    expect(fixes).toEqual(expect.arrayContaining([{ cell: 'C3', value: '9', number: 9, why: 'swap' }, { cell: 'D3', value: '5', number: 5, why: 'swap' }]));
  });

  test('a total whose difference and ratio were computed from it needs three changes: no guess', () => {
    const result = checkWorkbook([organizationsTable({ D4: 489, E4: -36, F4: 93.14 })]);
    const errors = result.findings.filter((f) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((f) => f.fix === null && f.message.includes('Không tìm được một hoặc hai ô'))).toBe(true);
  });

  test('a proposal never breaks another rule', () => {
    const result = checkWorkbook([organizationsTable({ D6: 357 })]);
    const fixed = organizationsTable({ D6: 327 });
    expect(result.findings.some((f) => f.fix?.value === '327')).toBe(true);
    expect(checkWorkbook([fixed]).summary.errors).toBe(0);
  });
});
