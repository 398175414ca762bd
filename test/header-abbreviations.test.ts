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
