// "*Phân tích tổng số theo:" after the "Trong đó" rows of a total (issue 10, fifth round): the blocks under it
// analyse the total, not the last "Trong đó" part. A table written here, in two forms.
import { checkWorkbook } from '../src/core';
import { sheet } from './helpers/sheet';

const errors = (rows: (string | number | null)[][]) =>
  checkWorkbook([sheet('S', rows)]).findings.filter((f) => f.severity === 'error').map((f) => `${f.cell} ${f.expected}`);

const table = (total: number, heading: string) => [
  ['Tiêu chí', 'Bí thư', 'Phó bí thư'],
  ['TỔNG SỐ', 12, total],
  ['*Trong đó: - Nữ', 3, 4],
  ['- Dân tộc thiểu số', 1, 2],
  [heading, null, null],
  ['1. Tuổi đời', null, null],
  ['- Từ 40 tuổi trở xuống', 4, 6],
  ['- Trên 40 tuổi', 8, 12],
  ['2. Trình độ lý luận chính trị', null, null],
  ['- Trung cấp', 2, 5],
  ['- Cao cấp', 10, 13],
];

test('the age bands add up to the total, whatever "Trong đó" rows stand between', () => {
  expect(errors(table(18, '*Phân tích tổng số theo:'))).toEqual([]);
  expect(errors(table(16, '*Phân tích tổng số theo:'))).toContain('C2 18');
});
test('a heading that names no total still speaks of the row above', () => {
  // "Chia ra:" after "Dân tộc thiểu số" breaks that row down: its bands are not held to the total.
  expect(errors(table(16, 'Chia ra:'))).not.toContain('C2 18');
});
