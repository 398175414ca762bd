// The official forms of the library as evaluation cases: each filled with its sample (typed, as a district
// types it) and checked clean, and the same forms with one slip planted against each kind of rule they
// write down. Built from the library at run time, so they follow it; they are tuned material, not held out.
import { buildLibraryTable, LIBRARY, a1, columnName } from '../../src/core';
import type { SheetInput } from '../../src/core';
import { cellText } from '../../src/core/table/detect';
import { periodsIn } from '../../src/core/table/periods';
import type { TableCase } from './tables';

/** A library form filled with its sample figures, with its formulas. */
export function formSample(id: string): SheetInput {
  const e = LIBRARY.find((x) => x.id === id)!;
  return buildLibraryTable(e, periodsIn('2025')[0], e.sheet).sample;
}

/** The form as a district types it: every figure typed, totals included (a formula would recompute and hide a slip). */
export function typed(s: SheetInput): SheetInput {
  return { ...s, cells: s.cells.map((row) => (row ?? []).map((x) => (x ? { value: x.value, ...(x.numberFormat ? { numberFormat: x.numberFormat } : {}) } : x))) };
}

const sample = (id: string) => typed(formSample(id));

/** The cell in the row whose text matches `row`, under the column-number cell `number` ("2 (=3+4)" is number 2). */
export function formCell(s: SheetInput, row: RegExp, number: string): { r: number; c: number } {
  const r = s.cells.findIndex((cells) => cells?.some((x) => row.test(cellText(x))));
  const numberRow = s.cells.findIndex((cells) => (cells ?? []).filter((x) => /^\(?\d/.test(cellText(x))).length >= 3 && cells.some((x) => cellText(x) === '1'));
  const c = numberRow < 0 ? -1 : s.cells[numberRow].findIndex((x) => cellText(x).replace(/\s*\(?=.*$/, '').replace(/[()]/g, '').trim() === number);
  if (r < 0 || c < 0) throw new Error(`no cell for ${row} / ${number}`);
  return { r, c };
}

function toCase(id: string, layout: string, s: SheetInput, errors: TableCase['errors']): TableCase {
  const width = Math.max(...s.cells.map((r) => r?.length ?? 0));
  const rows = s.cells.map((r) => Array.from({ length: width }, (_, c) => (r?.[c]?.value ?? null) as number | string | null));
  const cells: Record<string, { v: number | string | null; fmt?: string }> = {};
  s.cells.forEach((r, i) => r?.forEach((x, c) => x?.numberFormat && typeof x.value === 'number' && (cells[a1(i, c)] = { v: x.value, fmt: x.numberFormat })));
  const top = s.cells.findIndex((r) => r?.some((x) => /^(STT|TT|Tiêu chí|Loại hình)/i.test(cellText(x))));
  return {
    id,
    layout,
    sheets: [{ name: s.name, rows, merges: s.merges.map((m) => `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`), cells }],
    tables: [{ sheet: s.name, range: `A${Math.max(top, 0) + 1}:${columnName(width - 1)}${s.cells.length}` }],
    errors,
  };
}

/** Slips as they happen (a digit mistyped, two digits swapped), one against each kind of rule the forms write down. */
export const FORM_SLIPS: { id: string; what: string; row: RegExp; number: string; slip: (n: number) => number }[] = [
  { id: 'bieu-5', what: 'a column-number rule 2 (=3+4) and a label rule Cộng (1+….+11)', row: /Phường$/, number: '3', slip: (n) => n + 30 },
  { id: 'bieu-5', what: 'the total of a label rule Cộng (1+….+11)', row: /^Cộng \(1/, number: '7', slip: () => 33597 },
  { id: 'bieu-8b', what: 'nested column rules 3 (=4+8), 4 (=5+6+7)', row: /^Viên chức$/, number: '6', slip: () => 68 },
  { id: 'bieu-11', what: 'a column rule with a range 2 (=3+…+12)', row: /^TỔNG SỐ$/, number: '5', slip: () => 6 },
  { id: 'bieu-10', what: 'column rules 3=4+6+8 and 9=10+11', row: /^Đào tạo chuyên môn$/, number: '4', slip: (n) => n + 100 },
  { id: 'bieu-1', what: 'the stock–flow identity D = A + B − C', row: /Đảng viên trong danh sách cuối kỳ báo cáo$/, number: '2', slip: () => 33597 },
];

export function formCases(): TableCase[] {
  const ids = LIBRARY.filter((e) => /^(bieu-|xep-loai-124)/.test(e.id)).map((e) => e.id);
  const out = ids.map((id) => toCase(`f-${id}-clean`, 'official-form (library)', sample(id), []));
  FORM_SLIPS.forEach((p, k) => {
    const s = sample(p.id);
    const { r, c } = formCell(s, p.row, p.number);
    const was = s.cells[r][c]!.value as number;
    s.cells[r][c] = { value: p.slip(was) };
    out.push(toCase(`f-${p.id}-slip-${k + 1}`, 'official-form (library)', s, [{ sheet: s.name, culprit: a1(r, c), value: was, kind: 'digit' }]));
  });
  return out;
}
