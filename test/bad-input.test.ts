// Bad input never crashes and is never silent: each case gets a finding that names its cell.
import { checkWorkbook, RawCell, SheetInput } from '../src/core';
import { organizationsTable, sheet } from './helpers/sheet';

function withCell(address: string, cell: RawCell | null): SheetInput {
  return organizationsTable({ [address]: cell });
}

const cases: { name: string; input: SheetInput; cell: string; severity?: string; text?: RegExp }[] = [
  { name: 'text in a number cell', input: withCell('D6', { value: 'ba trăm' }), cell: 'D6', severity: 'warning', text: /không phải là số/ },
  { name: 'a blank part', input: withCell('D6', null), cell: 'D6', severity: 'info', text: /ô trống/ },
  { name: 'a placeholder', input: withCell('D6', { value: '...' }), cell: 'D6', severity: 'info', text: /chưa điền/ },
  { name: 'a "20..." placeholder', input: withCell('C6', { value: '20...' }), cell: 'C6', severity: 'info', text: /chưa điền/ },
  { name: '#DIV/0!', input: withCell('F6', { value: { error: '#DIV/0!' } }), cell: 'F6', severity: 'error', text: /#DIV\/0!/ },
  { name: '#DIV/0! typed as text', input: withCell('F6', { value: '#DIV/0!' }), cell: 'F6', severity: 'error', text: /#DIV\/0!/ },
  { name: 'an ambiguous percentage', input: withCell('F6', { value: '1.677%' }), cell: 'F6', severity: 'warning', text: /không rõ nghĩa/ },
  { name: 'a negative count', input: withCell('D5', { value: -171 }), cell: 'D5', severity: 'warning', text: /số âm/ },
  { name: 'a huge value', input: withCell('D5', { value: 1e16 }), cell: 'D5', severity: 'warning', text: /15 chữ số/ },
  { name: 'an English-style figure', input: withCell('D6', { value: '1,327' }), cell: 'D6', severity: 'warning', text: /kiểu tiếng Anh/ },
  { name: 'a formula total that leaves out a part', input: withCell('D4', { value: 171, formula: 'SUM(D5:D5)' }), cell: 'D4', severity: 'warning', text: /bỏ sót D6/ },
  { name: 'a boolean', input: withCell('D6', { value: true }), cell: 'D6', severity: 'warning', text: /không phải là số/ },
];

describe('bad input matrix', () => {
  test.each(cases)('$name gets a finding naming $cell', ({ input, cell, severity, text }) => {
    let result: ReturnType<typeof checkWorkbook> | undefined;
    expect(() => (result = checkWorkbook([input]))).not.toThrow();
    const named = result!.findings.filter((f) => f.cell === cell && f.sheet === 'Biểu 1');
    expect(named.length).toBeGreaterThan(0);
    if (severity) expect(named.some((f) => f.severity === severity && (!text || text.test(f.message)))).toBe(true);
  });

  test('a merged value cell in the body names the covered cell and its owner', () => {
    const s = organizationsTable();
    s.merges.push({ top: 4, left: 4, bottom: 5, right: 4 });
    const result = checkWorkbook([s]);
    expect(result.findings.some((f) => f.cell === 'E6' && /vùng gộp.*E5/.test(f.message))).toBe(true);
  });

  test('a hidden row is still checked and said so', () => {
    const s = organizationsTable({ D6: 357 });
    s.hiddenRows = [5];
    const result = checkWorkbook([s]);
    expect(result.findings.some((f) => f.severity === 'info' && /Dòng 6 đang ẩn/.test(f.message))).toBe(true);
    expect(result.findings.some((f) => f.fix?.cell === 'D6')).toBe(true);
  });

  test('placeholders are "not filled", not errors: a template full of "..." has no error', () => {
    const s = sheet('S', [
      ['STT', 'Nội dung', 'Năm 20...', 'Năm 2023'],
      ['', 'Tổng số', '...', '...'],
      ['1', 'Đảng bộ cơ sở', '...', '…'],
      ['2', 'Chi bộ cơ sở', '...', '...'],
    ]);
    const result = checkWorkbook([s]);
    expect(result.summary.errors).toBe(0);
    expect(result.findings.filter((f) => /chưa điền/.test(f.message)).length).toBe(6);
  });

  test('an empty workbook and a sheet of noise give no table and no crash', () => {
    expect(checkWorkbook([]).summary).toMatchObject({ tables: 0, errors: 0 });
    const noise = sheet('N', [[1, 'x', null, { value: { error: '#REF!' } }], [], [null, 'STT']]);
    expect(() => checkWorkbook([noise])).not.toThrow();
  });

  test('a "2445" without separator among "1.130"-style text figures is warned about', () => {
    const s = sheet('S', [
      ['STT', 'Nội dung', 'Năm 2023'],
      ['', 'Tổng số', '3.575'],
      ['1', 'A', '1.130'],
      ['2', 'B', '2445'],
    ]);
    const result = checkWorkbook([s]);
    expect(result.findings.some((f) => f.cell === 'C4' && /thiếu dấu chấm/.test(f.message))).toBe(true);
    expect(result.summary.errors).toBe(0);
  });
});
