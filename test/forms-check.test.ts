// The official forms of the library, filled with their consistent sample figures, check clean; a slip planted
// against each kind of rule the forms write down is found at its cell with the value it should have, and the
// finding says the rule came from the sheet.
import { buildLibraryTable, checkWorkbook, LIBRARY, a1 } from '../src/core';
import { cellText } from '../src/core/table/detect';
import type { RawCell, SheetInput } from '../src/core';
import { periodsIn } from '../src/core/table/periods';

const FORMS = ['bieu-1', 'bieu-2', 'bieu-3', 'bieu-5', 'bieu-6f', 'bieu-7', 'bieu-8b', 'bieu-10', 'bieu-11', 'bieu-13', 'xep-loai-124'];

function sample(id: string): SheetInput {
  const e = LIBRARY.find((x) => x.id === id)!;
  return buildLibraryTable(e, periodsIn('2025')[0], e.sheet).sample;
}

/** The form as a district types it: every figure typed, totals included (a formula would recompute and hide a slip). */
function typed(s: SheetInput): SheetInput {
  return { ...s, cells: s.cells.map((row) => row.map((x) => (x ? { value: x.value, ...(x.numberFormat ? { numberFormat: x.numberFormat } : {}) } : x))) };
}

/** The cell at the row whose text (in any column) matches `row` and the column whose column-number cell is `number`. */
function find(s: SheetInput, row: RegExp, number: string): { r: number; c: number } {
  const r = s.cells.findIndex((cells) => cells?.some((x) => row.test(cellText(x))));
  const numberRow = s.cells.findIndex((cells) => cells?.filter((x) => /^\(?\d/.test(cellText(x))).length >= 3 && cells.some((x) => cellText(x) === '1'));
  const c = s.cells[numberRow].findIndex((x) => cellText(x).replace(/\s*\(?=.*$/, '').replace(/[()]/g, '').trim() === number);
  if (r < 0 || c < 0) throw new Error(`no cell for ${row} / ${number}`);
  return { r, c };
}

function plant(s: SheetInput, at: { r: number; c: number }, value: number): { sheet: SheetInput; was: number } {
  const cells = s.cells.map((row) => row.map((x) => (x ? { ...x } : x)));
  const cell = cells[at.r][at.c] as RawCell;
  const was = cell.value as number;
  cells[at.r][at.c] = { value }; // typed over: a formula, if there was one, is gone, as when a clerk types a figure
  return { sheet: { ...s, cells }, was };
}

describe('the official forms, checked', () => {
  test.each(FORMS)('%s filled with its sample checks clean, with its formulas and typed', (id) => {
    expect(checkWorkbook([typed(sample(id))]).findings.filter((f) => f.severity !== 'info').map((f) => `${f.cell} ${f.message}`)).toEqual([]);
    const result = checkWorkbook([sample(id)]);
    expect(result.findings.filter((f) => f.severity !== 'info').map((f) => `${f.cell} ${f.message}`)).toEqual([]);
    expect(result.summary.tables).toBeGreaterThan(0);
    expect(result.summary.rules).toBeGreaterThanOrEqual(5);
  });

  // Slips as they happen: a digit mistyped, two digits swapped.
  const cases: { id: string; what: string; row: RegExp; number: string; slip: (n: number) => number }[] = [
    { id: 'bieu-5', what: 'a column-number rule 2 (=3+4) and a label rule Cộng (1+….+11)', row: /Phường$/, number: '3', slip: (n) => n + 30 },
    { id: 'bieu-5', what: 'the total of a label rule Cộng (1+….+11)', row: /^Cộng \(1/, number: '7', slip: () => 33597 },
    { id: 'bieu-8b', what: 'nested column rules 3 (=4+8), 4 (=5+6+7)', row: /^Viên chức$/, number: '6', slip: () => 68 },
    { id: 'bieu-11', what: 'a column rule with a range 2 (=3+…+12)', row: /^TỔNG SỐ$/, number: '5', slip: () => 6 },
    { id: 'bieu-10', what: 'column rules 3=4+6+8 and 9=10+11', row: /^Đào tạo chuyên môn$/, number: '4', slip: (n) => n + 100 },
    { id: 'bieu-1', what: 'the stock–flow identity D = A + B − C', row: /Đảng viên trong danh sách cuối kỳ báo cáo$/, number: '2', slip: () => 33597 },
  ];
  test.each(cases)('$id: a slip against $what is found with its value', ({ id, row, number, slip }) => {
    const s = typed(sample(id));
    const at = find(s, row, number);
    const { sheet, was } = plant(s, at, slip(s.cells[at.r][at.c]!.value as number));
    const errors = checkWorkbook([sheet]).findings.filter((f) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((f) => f.cells.includes(a1(at.r, at.c)) || f.cell === a1(at.r, at.c))).toBe(true);
    expect(errors.some((f) => f.fix?.cell === a1(at.r, at.c) && f.fix.number === was)).toBe(true);
  });

  test('the index column 4(=2*100/3) is a ratio: a wrong index is found, and it is never summed', () => {
    const s = typed(sample('bieu-1'));
    const at = find(s, /1\. Kết nạp$/, '4');
    const { sheet, was } = plant(s, at, 150.55);
    const errors = checkWorkbook([sheet]).findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.rule)).toEqual(['ratio']);
    expect(errors[0].fix).toMatchObject({ cell: a1(at.r, at.c), number: was });
  });

  test('the notes say which rules the sheet wrote down', () => {
    const notes = checkWorkbook([sample('bieu-5')], {}).findings.filter((f) => f.severity === 'info').map((f) => f.message);
    expect(notes.some((m) => /ghi trên biểu/.test(m))).toBe(true);
  });
});
