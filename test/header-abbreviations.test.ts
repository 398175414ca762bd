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
