// Property tests: a consistent generated table yields no error; one corrupted input cell is found and,
// when it is the only explanation, its original value is proposed back.
import fc from 'fast-check';
import { a1, checkWorkbook, exactFromDecimal, formatVi, roundHalfUp } from '../src/core';
import { Entry, sheet } from './helpers/sheet';

interface Generated {
  previous: number[];
  current: number[];
}

const tableArb = fc
  .integer({ min: 2, max: 6 })
  .chain((n) => fc.record({ previous: fc.array(fc.integer({ min: 1, max: 9000 }), { minLength: n, maxLength: n }), current: fc.array(fc.integer({ min: 1, max: 9000 }), { minLength: n, maxLength: n }) }));

const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const ratio = (cur: number, prev: number) => Number(roundHalfUp(exactFromDecimal(String(cur)).mul(100).div(prev), 2).valueOf());
const share = (part: number, whole: number) => Number(roundHalfUp(exactFromDecimal(String(part)).mul(100).div(whole), 2).valueOf());

/** Rows: header at row 1, total at row 2, parts from row 3; columns C previous, D current, E difference, F ratio, G share of current. */
function build(t: Generated, override?: { row: number; col: number; value: number }): Entry[][] {
  const rows: Entry[][] = [['STT', 'Nội dung', 'Năm 2022', 'Năm 2023', 'Tăng (+), giảm (-)', 'So sánh (%)', 'Tỷ lệ (%)']];
  const line = (stt: string, label: string, p: number, c: number, whole: number): Entry[] => [stt, label, p, c, c - p, ratio(c, p), share(c, whole)];
  rows.push(line('', 'Tổng số', total(t.previous), total(t.current), total(t.current)));
  t.previous.forEach((p, i) => rows.push(line(String(i + 1), `Đơn vị ${i + 1}`, p, t.current[i], total(t.current))));
  if (override) rows[override.row][override.col] = override.value;
  return rows;
}

describe('generated tables', () => {
  test('a consistent table yields no error', () => {
    fc.assert(
      fc.property(tableArb, (t) => {
        const result = checkWorkbook([sheet('S', build(t))]);
        return result.summary.errors === 0 && result.tables.length === 1 && result.summary.rules > 0;
      }),
      { numRuns: 60 },
    );
  });

  test('one corrupted input cell is found, and proposed back when it is the only explanation', () => {
    fc.assert(
      fc.property(tableArb, fc.nat(), fc.integer({ min: 1, max: 999 }), fc.boolean(), (t, which, delta, current) => {
        const part = which % t.previous.length;
        const col = current ? 3 : 2;
        const original = (current ? t.current : t.previous)[part];
        const corrupted = original + delta;
        const cell = a1(part + 2, col);
        const result = checkWorkbook([sheet('S', build(t, { row: part + 2, col, value: corrupted }))]);
        const errors = result.findings.filter((f) => f.severity === 'error');
        if (errors.length === 0) return false;
        if (!errors.some((f) => f.cells.includes(cell) || f.fix?.cell === cell)) return false;
        const proposals = errors.filter((f) => f.fix).map((f) => f.fix!);
        // Whatever is proposed for the corrupted cell must be its original value.
        return proposals.filter((p) => p.cell === cell).every((p) => p.value === formatVi(exactFromDecimal(String(original))));
      }),
      { numRuns: 60 },
    );
  });

  test('the corrupted cell sits in a column total and a row difference, so it is named with its value', () => {
    fc.assert(
      fc.property(tableArb, fc.nat(), fc.integer({ min: 1, max: 999 }), (t, which, delta) => {
        const part = which % t.previous.length;
        const result = checkWorkbook([sheet('S', build(t, { row: part + 2, col: 3, value: t.current[part] + delta }))]);
        const fixes = new Set(result.findings.filter((f) => f.severity === 'error').map((f) => (f.fix ? `${f.fix.cell}=${f.fix.value}` : 'none')));
        return fixes.size === 1 && fixes.has(`${a1(part + 2, 3)}=${formatVi(exactFromDecimal(String(t.current[part])))}`);
      }),
      { numRuns: 60 },
    );
  });
});
