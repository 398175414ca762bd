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
  test('two counts swapped, whose shares were computed before: the swap, not two shares rewritten', () => {
    // Shares of each year's own admissions: swapping the two nữ figures makes both shares right at once.
    const s = sheet('S', [
      ['Năm', 'Số kết nạp', 'Nữ', 'Tỷ lệ nữ (%)', 'Đoàn viên', 'Tỷ lệ đoàn viên (%)'],
      ['2021', 50, 21, 42.0, 30, 60.0],
      ['2022', 60, 27, 45.0, 33, 55.0],
      // As typed: the nữ of 2023 (30) and 2024 (40) swapped; their shares were computed from the right ones.
      ['2023', 80, 40, 37.5, 44, 55.0],
      ['2024', 75, 30, 53.33, 45, 60.0],
      ['Cộng', 265, 118, 44.53, 152, 57.36],
    ]);
    const fixes = checkWorkbook([s]).findings.filter((f) => f.severity === 'error').map((f) => f.fix);
    expect(fixes.length).toBeGreaterThan(0);
    expect(fixes).toEqual(expect.arrayContaining([{ cell: 'C4', value: '30', number: 30, why: 'swap' }]));
    expect(fixes.every((f) => f?.cell === 'C4' || f?.cell === 'C5')).toBe(true);
    const [first] = checkWorkbook([s]).findings.filter((f) => f.severity === 'error');
    expect(first.message).toContain('Có lẽ C4 (40) và C5 (30) đã bị gõ đổi chỗ cho nhau');
  });

  test('counts swapped or their shares swapped: the column that then reads in order decides, else both are listed', () => {
    const rows = (a: number, b: number) => [
      ['Loại', 'Số lượng', 'Tỷ lệ (%)'],
      ['Loại 1', 400, 40.0],
      ['Loại 2', 250, 25.0],
      ['Loại 3', a, 15.0],
      ['Loại 4', b, 10.0],
      ['Loại 5', 60, 6.0],
      ['Loại 6', 40, 4.0],
      ['Cộng', 1000, 100],
    ];
    // 150 and 100 swapped: only putting them back makes the counts decrease down the list as the shares do.
    const ordered = checkWorkbook([sheet('S', rows(100, 150))]).findings.filter((f) => f.severity === 'error');
    expect(ordered.length).toBeGreaterThan(0);
    expect(ordered.map((f) => f.fix?.cell).sort()).toEqual(expect.arrayContaining(['B4', 'B5']));
    expect(ordered.every((f) => f.fix?.why === 'swap' && (f.fix.cell === 'B4' || f.fix.cell === 'B5'))).toBe(true);
    // Nothing in order to go by (the list is not sorted): both readings are named, no value is proposed.
    const shuffled = rows(100, 150).map((r) => [...r]);
    [shuffled[1], shuffled[5]] = [shuffled[5], shuffled[1]];
    const unsure = checkWorkbook([sheet('S', shuffled)]).findings.filter((f) => f.severity === 'error');
    expect(unsure.length).toBeGreaterThan(0);
    expect(unsure.every((f) => f.fix === null && f.message.includes('đổi chỗ'))).toBe(true);
  });

  test('a share taken of another figure of its own row is a base slip', () => {
    const s = sheet('S', [
      ['Năm', 'Tổng số đảng viên', 'Miễn đánh giá', 'Được đánh giá', 'Hoàn thành tốt', 'Tỷ lệ (%)'],
      ['2022', 1200, 100, 1100, 880, 80.0],
      ['2023', 1250, 150, 1100, 935, 85.0],
      ['2024', 1300, 100, 1200, 1020, 78.46],
    ]);
    const [error] = checkWorkbook([s]).findings.filter((f) => f.severity === 'error');
    // 1020 / 1300 was written; the column's shares are of the evaluated members: 1020 / 1200 = 85,00.
    expect(error.fix).toEqual({ cell: 'F4', value: '85,00', number: 85, why: 'base' });
  });
  test('a total typed over while its shares were computed on the true sum: the total, with the sum', () => {
    const s = sheet('S', [
      ['Loại chi bộ', 'Số đảng viên', 'Tỷ lệ (%)'],
      ['Tổng số', 2900, 100],
      ['Chi bộ nông thôn', 1500, 50.0],
      ['Chi bộ cơ quan', 900, 30.0],
      ['Chi bộ doanh nghiệp', 600, 20.0],
    ]);
    const errors = checkWorkbook([s]).findings.filter((f) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((f) => f.fix?.cell === 'B2' && f.fix.value === '3.000')).toBe(true);
  });

  test('a row-total column unconfirmed only where a transposed figure also breaks its column is checked after all', () => {
    const s = sheet('S', [
      ['Hình thức', 'Năm 2022', 'Năm 2023', 'Năm 2024', 'Cộng'],
      ['Khiển trách', 20, 25, 16, 61],
      ['Cảnh cáo', 12, 31, 9, 34],
      ['Cách chức', 3, 2, 4, 9],
      ['Khai trừ', 5, 6, 2, 13],
      ['Tổng số', 40, 46, 31, 117],
    ]);
    // 13 typed 31 (Cảnh cáo 2023), and the Khiển trách row total left out 2024: 45 written for 61.
    s.cells[1]![4] = { value: 45 };
    const errors = checkWorkbook([s]).findings.filter((f) => f.severity === 'error');
    const fixes = new Set(errors.map((f) => `${f.fix?.cell}=${f.fix?.value}`));
    expect(fixes).toEqual(new Set(['C3=13', 'E2=61']));
  });
  test('a =SUM that leaves out a row is put right though a ROUND share formula reads it (Excel recomputes that share)', () => {
    const f = (value: number, formula: string) => ({ value, formula });
    const s = sheet('S', [
      ['STT', 'Đơn vị', 'Tổng số đảng viên', 'Số tham gia', 'Tỷ lệ (%)', 'Vắng'],
      ['1', 'Xã A', 200, 196, f(98, 'ROUND(D2/C2*100,2)'), 4],
      ['2', 'Xã B', 150, 147, f(98, 'ROUND(D3/C3*100,2)'), 3],
      ['3', 'Xã C', 100, 95, f(95, 'ROUND(D4/C4*100,2)'), 5],
      ['', 'Cộng', f(450, 'SUM(C2:C4)'), f(343, 'SUM(D2:D3)'), f(76.22, 'ROUND(D5/C5*100,2)'), f(12, 'SUM(F2:F4)')],
    ]);
    const errors = checkWorkbook([s]).findings.filter((x) => x.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((x) => x.fix?.cell === 'D5' && x.fix.value === '438' && x.fix.why === 'formula')).toBe(true);
  });
  test('a row total typed over its formula, below a =SUM whose cached figure predates it: the typed cell, as the formulas read', () => {
    const f = (value: number, formula: string) => ({ value, formula });
    const s = sheet('S', [
      ['STT', 'Đơn vị', 'Tổng số', 'Ấp', 'Cơ quan'],
      ['1', 'Xã A', f(9, 'SUM(D2:E2)'), 6, 3],
      ['2', 'Xã B', 17, 5, 2],
      ['3', 'Xã C', f(8, 'SUM(D4:E4)'), 5, 3],
      ['', 'Cộng', f(24, 'SUM(C2:C4)'), f(16, 'SUM(D2:D4)'), f(8, 'SUM(E2:E4)')],
    ]);
    const errors = checkWorkbook([s]).findings.filter((x) => x.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((x) => x.fix?.cell === 'C3' && x.fix.value === '7')).toBe(true);
  });
  test('of two slips that fit a total\'s shares alike, the figure the workbook writes elsewhere; its shares\' rounding is then not questioned', () => {
    const detail = sheet('Chi tiết', [
      ['Khối', 'Số đảng viên'],
      ['Khối xã', 12000],
      ['Khối cơ quan', 8509],
      ['Cộng', 20509],
    ]);
    const summary = sheet('Tổng hợp', [
      ['STT', 'Chỉ tiêu', 'Số lượng', 'Tỷ lệ (%)'],
      ['1', 'Tổng số đảng viên', 20590, 100],
      ['2', 'Đảng viên nữ', 7021, 34.23],
      ['3', 'Đảng viên dự bị', 400, 1.95],
      ['4', 'Đảng viên dân tộc thiểu số', 210, 1.02],
      ['5', 'Đảng viên theo tôn giáo', 95, 0.46],
    ]);
    // 20.509 typed 20.590: 20.510 (one digit) would fit the shares as well, but 20.509 is the detail's total.
    const findings = checkWorkbook([detail, summary]).findings.filter((f) => f.sheet === 'Tổng hợp');
    const errors = findings.filter((f) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((f) => f.fix?.cell === 'C2' && f.fix.value === '20.509')).toBe(true);
    expect(findings.filter((f) => f.severity === 'warning')).toEqual([]);
  });
});
