// Narrow headers abbreviate the target they compare with (issue 10, fifth round): "% so với KH", "% so DT".
import { checkWorkbook } from '../src/core';
import { classifyColumn } from '../src/core/table/columns';
import { sheet } from './helpers/sheet';

test('"% so với KH", "% so DT" are ratios of the result to the target; "KHCN" names no target', () => {
  expect(classifyColumn(['% so với KH'], false)).toMatchObject({ kind: 'ratio' });
  expect(classifyColumn(['% so DT'], false)).toMatchObject({ kind: 'ratio' });
  expect(classifyColumn(['Vốn KHCN (triệu đồng)'], false)).toMatchObject({ kind: 'value' });
});

test('the ratio is the result over the target, and a rate typed with fewer decimals is a warning', () => {
  const rows = (e3: number) => [
    ['STT', 'Nội dung', 'Kế hoạch (học viên)', 'Thực hiện (học viên)', '% so với KH'],
    ['1', 'Sơ cấp', 320, 345, 107.81],
    ['2', 'Đảng viên mới', 230, 214, e3],
    ['3', 'Cấp ủy viên', 410, 436, 106.34],
  ];
  const findings = (e3: number) => checkWorkbook([sheet('S', rows(e3))]).findings.filter((f) => f.severity !== 'info');
  expect(findings(93.04)).toEqual([]);
  expect(findings(93)).toEqual([expect.objectContaining({ cell: 'E3', severity: 'warning', expected: '93,04' })]);
  expect(findings(39.04)).toEqual([expect.objectContaining({ cell: 'E3', severity: 'error' })]);
});

test('two analyses of one total under their own headings each make the total', () => {
  const rows = (f7: number) => [
    ['Năm', 'Tổng số', 'Phân theo giới tính', '', 'Phân theo thành thị, nông thôn', ''],
    ['', '', 'Nam', 'Nữ', 'Thành thị', 'Nông thôn'],
    [2022, 167205, 82990, 84215, 33640, 133565],
    [2023, 168012, 83380, 84632, 34410, f7],
  ];
  const merges = ['A1:A2', 'B1:B2', 'C1:D1', 'E1:F1'];
  const errors = (f7: number) => checkWorkbook([sheet('S', rows(f7), merges)]).findings.filter((f) => f.severity === 'error');
  expect(errors(133602)).toEqual([]);
  // Nam + Nữ confirm the total: the slip is in the other analysis, a transposition of its figure.
  expect(errors(133620)).toEqual([expect.objectContaining({ fix: expect.objectContaining({ cell: 'F4', number: 133602, why: 'transposition' }) })]);
});

test('a partial analysis (political theory with no column for those with none) is held only to "at most the total"', () => {
  const rows = [
    ['TT', 'Đơn vị', 'Tổng số', 'Giới tính', '', 'Lý luận chính trị', '', ''],
    ['', '', '', 'Nam', 'Nữ', 'Cao cấp', 'Trung cấp', 'Sơ cấp'],
    ['1', 'Xã A', 21, 13, 8, 1, 15, 3],
    ['2', 'Xã B', 20, 12, 8, 0, 14, 4],
    ['', 'Cộng', 41, 25, 16, 1, 29, 7],
  ];
  const merges = ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1', 'F1:H1'];
  expect(checkWorkbook([sheet('S', rows, merges)]).findings.filter((f) => f.severity !== 'info')).toEqual([]);
  rows[2][6] = 19; // 1 + 19 + 3 = 23 > 21
  expect(checkWorkbook([sheet('S', rows, merges)]).findings.filter((f) => f.severity === 'error').map((f) => f.cell)).toContain('G3');
});

test('"Cả năm" after the quarters is their sum; "% so dự toán" is the year over the estimate', () => {
  const rows = (d3: number) => [
    ['STT', 'Khoản thu', 'Quý I', 'Quý II', 'Quý III', 'Quý IV', 'Cả năm', 'Dự toán', '% so dự toán'],
    ['1', 'Thuế ngoài quốc doanh', 8200, 9100, 8700, 10400, 36400, 35000, 104],
    ['2', 'Lệ phí trước bạ', 2100, d3, 2240, 2610, 9300, 9000, 103.33],
    ['3', 'Thu tiền sử dụng đất', 12000, 15500, 9800, 18700, 56000, 50000, 112],
  ];
  const errors = (d3: number) => checkWorkbook([sheet('S', rows(d3))]).findings.filter((f) => f.severity === 'error');
  expect(errors(2350)).toEqual([]);
  expect(errors(2530)).toEqual([expect.objectContaining({ cell: 'D3', fix: expect.objectContaining({ number: 2350 }) })]);
  const ratio = rows(2350);
  ratio[2][8] = 130.33;
  expect(checkWorkbook([sheet('S', ratio)]).findings.filter((f) => f.severity === 'error')).toEqual([expect.objectContaining({ cell: 'I3' })]);
});

test('a rate beside a change under "So với cùng kỳ" is the change in percent; decreases in parentheses are negative', () => {
  const rows = (g3: string | number) => [
    ['Nội dung', '6 tháng 2023', '6 tháng 2024', 'So với cùng kỳ', ''],
    ['', '', '', 'Tăng (+), giảm (-)', 'Tỷ lệ (%)'],
    ['Số vụ', 42, 36, '(6)', '(14,29)'],
    ['Số người chết', 35, 30, '(5)', g3],
    ['Số người bị thương', 28, 31, 3, '10,71'],
  ];
  const merges = ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1'];
  const findings = (g3: string | number) => checkWorkbook([sheet('S', rows(g3), merges)]).findings.filter((f) => f.severity !== 'info');
  expect(findings('(14,29)')).toEqual([]);
  // The ratio of the two periods written where the change belongs.
  expect(findings('85,71')).toEqual([expect.objectContaining({ cell: 'E4', severity: 'error', expected: '-14,29' })]);
});

test('"-" where a ratio belongs is "does not apply"; a target column over parts mostly "-" is not summed', () => {
  const ratio = [
    ['Chỉ tiêu', 'Nhiệm kỳ 2015 - 2020', 'Nhiệm kỳ 2020 - 2025', 'So sánh (%)'],
    ['Số xã đạt chuẩn nông thôn mới', 6, 11, 183.33],
    ['Tỷ lệ xã đạt chuẩn nông thôn mới (%)', 37.5, 68.75, '-'],
    ['Số hộ nghèo', 2186, 945, 43.23],
  ];
  expect(checkWorkbook([sheet('S', ratio)]).findings.filter((f) => f.severity !== 'info')).toEqual([]);
  const plan = (d4: string | number) => [
    ['TT', 'Chỉ tiêu', 'Kế hoạch năm 2024', 'Quý I', 'Quý II'],
    ['1', 'Số lao động được tạo việc làm', 3200, 612, 845],
    ['', 'Chia ra: - Trong tỉnh', '-', 298, 402],
    ['', '- Ngoài tỉnh', d4, 286, 398],
    ['', '- Nước ngoài', 180, 28, 45],
  ];
  expect(checkWorkbook([sheet('S', plan('-'))]).findings.filter((f) => f.severity === 'error')).toEqual([]);
  // With the targets set for most parts, they must make the whole.
  const set = plan(2900);
  set[2][2] = 100;
  expect(checkWorkbook([sheet('S', set)]).findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual(['sum']);
});

test('a column-number row writing a scaled quotient ("(2) = (3)/(1) x 10") is a rule in every row; a letter may close the row', () => {
  const rows = (c4: number) => [
    ['STT', 'Đơn vị', 'Diện tích (ha)', 'Năng suất (tạ/ha)', 'Sản lượng (tấn)', 'Ghi chú'],
    ['A', 'B', '(1)', '(2) = (3)/(1) x 10', '(3)', 'C'],
    ['', 'Toàn huyện', 4015.3, 63.5, 25498, ''],
    ['1', 'Xã A', 2015.3, 62.9, 12676, ''],
    ['2', 'Xã B', c4, 64.1, 12822, 'Giảm 01 vụ'],
  ];
  const errors = (c4: number) => checkWorkbook([sheet('S', rows(c4))]).findings.filter((f) => f.severity === 'error');
  expect(errors(2000)).toEqual([]);
  // 2.050 typed for 2.000: the total and the yield both say so.
  expect(errors(2050).map((f) => f.fix?.cell)).toEqual(['C5', 'C5']);
});

test('a second header row typed without merges, under "Trong đó" and blank cells, is a header', () => {
  const rows = [
    ['STT', 'Cơ sở hội', 'Tổng số hội viên', 'Trong đó', '', 'Kết nạp mới'],
    ['', '', '', 'Nữ', 'Dân tộc thiểu số', ''],
    ['1', 'Xã A', 1250, 480, 35, 62],
    ['2', 'Xã B', 980, 410, 12, 48],
    ['', 'Tổng cộng', 2230, 890, 47, 110],
  ];
  const result = checkWorkbook([sheet('S', rows)]);
  expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  expect(result.tables[0].range).toBe('A1:F5');
});

test('"4=3/1" under "So sánh (%)" is the ratio in percent the header announces', () => {
  const rows = (e5: number) => [
    ['STT', 'Nội dung', 'Dự toán', 'Thực hiện 2023', 'Ước thực hiện 2024', 'So sánh (%)', ''],
    ['', '', '', '', '', 'So dự toán', 'So cùng kỳ'],
    ['A', 'B', '1', '2', '3', '4=3/1', '5=3/2'],
    ['1', 'Thuế ngoài quốc doanh', 45000, 41872, 48215, 107.1, 115.1],
    ['2', 'Lệ phí trước bạ', 18500, 17936, 19842, 107.3, 110.6],
    ['3', 'Thuế thu nhập cá nhân', 9800, 9127, e5, 106.8, 114.6],
  ];
  const merges = ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:E2', 'F1:G1'];
  const errors = (e5: number) => checkWorkbook([sheet('S', rows(e5), merges)]).findings.filter((f) => f.severity === 'error');
  expect(errors(10463)).toEqual([]);
  expect(errors(10436).map((f) => f.fix?.cell)).toEqual(['E6', 'E6']);
});
