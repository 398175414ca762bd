// The official forms of the library, filled with their consistent sample figures, check clean; a slip planted
// against each kind of rule the forms write down is found at its cell with the value it should have, and the
// finding says the rule came from the sheet.
import { checkWorkbook, a1 } from '../src/core';
import type { RawCell, SheetInput } from '../src/core';
import { FORM_SLIPS, formCell as find, formSample as sample, typed } from '../eval/lib/forms';

const FORMS = ['bieu-1', 'bieu-2', 'bieu-3', 'bieu-5', 'bieu-6f', 'bieu-7', 'bieu-8b', 'bieu-10', 'bieu-11', 'bieu-13', 'xep-loai-124'];

function plant(s: SheetInput, at: { r: number; c: number }, value: number): { sheet: SheetInput; was: number } {
  const cells = s.cells.map((row) => row.map((x) => (x ? { ...x } : x)));
  const was = (cells[at.r][at.c] as RawCell).value as number;
  cells[at.r][at.c] = { value }; // typed over, as when a clerk types a figure
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

  const cases = FORM_SLIPS;
  test.each(cases)('$id: a slip against $what is found with its value', ({ id, row, number, slip }) => {
    const s = typed(sample(id));
    const at = find(s, row, number);
    const { sheet, was } = plant(s, at, slip(s.cells[at.r][at.c]!.value as number));
    const errors = checkWorkbook([sheet]).findings.filter((f) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((f) => f.cells.includes(a1(at.r, at.c)) || f.cell === a1(at.r, at.c))).toBe(true);
    expect(errors.some((f) => f.fix?.cell === a1(at.r, at.c) && 'number' in f.fix && f.fix.number === was)).toBe(true);
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
