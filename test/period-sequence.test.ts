// Years or terms down the rows with one typed twice (issue 10, fifth round).
import { checkWorkbook } from '../src/core';
import { sheet } from './helpers/sheet';

const labelFindings = (labels: string[]) =>
  checkWorkbook([sheet('S', [['Nhiệm kỳ', 'Số ủy viên', 'Nữ'], ...labels.map((l, i) => [l, 40 + i, 5 + i])])]).findings.filter((f) => f.rule === 'term-label');

test('a term written twice where the series has a gap is the missing term', () => {
  const [f] = labelFindings(['2005 - 2010', '2010 - 2015', '2015 - 2020', '2015 - 2020', '2025 - 2030']);
  expect(f).toMatchObject({ cell: 'A5', severity: 'error', stated: '2015 - 2020', expected: '2020 - 2025' });
  expect(f.fix).toMatchObject({ text: '2020 - 2025' });
  // Years too, the label's own words kept.
  const [y] = labelFindings(['Năm 2019', 'Năm 2020', 'Năm 2020', 'Năm 2022']);
  expect(y).toMatchObject({ cell: 'A4', expected: '2021' });
  expect(y.fix).toMatchObject({ text: 'Năm 2021' });
});

test('a series that skips a period, or one no single value mends, is left alone', () => {
  expect(labelFindings(['2005 - 2010', '2010 - 2015', '2020 - 2025', '2025 - 2030'])).toEqual([]);
  expect(labelFindings(['Năm 2019', 'Năm 2019', 'Năm 2024', 'Năm 2026'])).toEqual([]);
});
