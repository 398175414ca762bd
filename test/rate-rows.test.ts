// Rows of rates under the counts they rate, years across (issue 10, fifth round): tables written here, in two forms.
import { checkWorkbook } from '../src/core';
import { sheet } from './helpers/sheet';

const errors = (s: ReturnType<typeof sheet>) => checkWorkbook([s]).findings.filter((f) => f.severity === 'error').map((f) => `${f.cell} ${f.stated}→${f.expected}`);

describe('a rate row is the row above it over a base row', () => {
  const rows = (rate: number) => [
    ['KẾT QUẢ XẾP LOẠI HỘI VIÊN'],
    ['STT', 'Nội dung', 'Năm 2022', 'Năm 2023', 'Năm 2024'],
    ['1', 'Tổng số hội viên', 420, 430, 445],
    ['2', 'Số hội viên được đánh giá', 400, 410, 425],
    ['a', 'Hoàn thành tốt nhiệm vụ', 360, 380, 400],
    [null, 'Tỷ lệ so với số hội viên được đánh giá (%)', 90, 92.68, 94.12],
    ['b', 'Không hoàn thành nhiệm vụ', 8, 6, 5],
    [null, 'Tỷ lệ so với số hội viên được đánh giá (%)', 2, 1.46, rate],
  ];
  test('the base the label names decides, even where another row fits', () => {
    expect(errors(sheet('S', rows(1.18)))).toEqual([]);
    // 5/425 = 1,18; 5/445 = 1,12 is the rate of the other total: wrong against the named base.
    expect(errors(sheet('S', rows(1.12)))).toEqual(['E8 1,12→1,18']);
  });
  test('with no base named, the row the figures explain; none explaining, nothing checked', () => {
    const plain = rows(1.18).map((r) => r.map((v) => (typeof v === 'string' ? v.replace(' so với số hội viên được đánh giá', '') : v)));
    expect(errors(sheet('S', plain))).toEqual([]);
    plain[7][4] = 1.32;
    expect(errors(sheet('S', plain))).toEqual(['E8 1,32→1,18']);
    // Rates of a base the table does not hold (households of the commune): no rule, no alarm.
    const foreign = plain.map((r, i) => (i === 5 || i === 7 ? [r[0], r[1], 31.5, 33.1, 12.7] : r));
    expect(errors(sheet('S', foreign))).toEqual([]);
  });
});

test('a row of averages that counts ("Dân số trung bình") may be a base; a truncated rate is a warning', () => {
  const s = sheet('S', [
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Xã A', 'Xã B', 'Xã C'],
    ['1', 'Dân số trung bình', 'người', 7982, 6341, 5539],
    ['2', 'Số người tham gia bảo hiểm y tế', 'người', 7501, 5933, 5086],
    ['3', 'Tỷ lệ bao phủ bảo hiểm y tế', '%', 93.97, 93.57, 91.82],
  ]);
  // 7.501/7.982 = 93,9739 (93,97 right); 5.933/6.341 = 93,5657 → 93,57; 5.086/5.539 = 91,8216 → 91,82.
  expect(checkWorkbook([s]).findings.filter((f) => f.severity !== 'info')).toEqual([]);
  s.cells[3][4] = { value: 93.56 };
  expect(checkWorkbook([s]).findings.filter((f) => f.severity !== 'info')).toEqual([expect.objectContaining({ cell: 'E4', severity: 'warning', expected: '93,57' })]);
});

test('a yield or a density is never added up', () => {
  const s = sheet('S', [
    ['STT', 'Xã, thị trấn', 'Diện tích (ha)', 'Năng suất (tạ/ha)', 'Sản lượng (tấn)'],
    ['', 'Toàn huyện', 12450, 62.4, 77714],
    ['1', 'Xã A', 3200, 63.1, 20192],
    ['2', 'Xã B', 4150, 61.8, 25647],
    ['3', 'Xã C', 5100, 62.5, 31875],
  ]);
  expect(checkWorkbook([s]).findings.filter((f) => f.severity !== 'info')).toEqual([]);
  s.cells[1][2] = { value: 12540 };
  expect(checkWorkbook([s]).findings.filter((f) => f.severity === 'error').map((f) => f.cell)).toEqual(['C2']);
});

test('a yield or an average per unit is the quotient of two columns before it that the figures bear out', () => {
  const rows = (d3: number) => [
    ['STT', 'Xã', 'Diện tích nuôi trồng (ha)', 'Sản lượng (tấn)', 'Năng suất bình quân (tấn/ha)'],
    [1, 'Xã A', 412.5, d3, 3.46],
    [2, 'Xã B', 3865.2, 9874, 2.55],
    [3, 'Xã C', 2954.8, 7352, 2.49],
    [4, 'Xã D', 3412.6, 8615, 2.52],
  ];
  const errors = (d3: number) => checkWorkbook([sheet('S', rows(d3))]).findings.filter((f) => f.severity === 'error');
  expect(errors(1426)).toEqual([]);
  expect(errors(1246)).toEqual([expect.objectContaining({ cells: expect.arrayContaining(['E2', 'D2', 'C2']) })]);
});

test('rates per mille and per ten thousand are rates, checked as quotients of the counts before them', () => {
  const rows = (e3: number) => [
    ['STT', 'Xã', 'Dân số trung bình (người)', 'Số trẻ sinh ra (trẻ)', 'Tỷ suất sinh thô (‰)', 'Số bác sĩ', 'Bác sĩ/vạn dân'],
    ['', 'Tổng số', 67431, 815, 12.09, 8, 1.19],
    ['1', 'Xã A', 22121, 249, e3, 1, 0.45],
    ['2', 'Xã B', 20917, 261, 12.48, 3, 1.43],
    ['3', 'Xã C', 24393, 305, 12.5, 4, 1.64],
  ];
  const findings = (e3: number) => checkWorkbook([sheet('S', rows(e3))]).findings.filter((f) => f.severity !== 'info');
  expect(findings(11.26)).toEqual([]);
  expect(findings(11.62).map((f) => f.cells)).toEqual([expect.arrayContaining(['E3'])]);
});
