// A library table for a period: the layout a host writes into a new sheet (inputs empty, formulas in place), the
// same table filled with its sample figures, and its template, read from the sample the way any sheet is read.
import { a1 } from '../address';
import { checkWorkbook } from '../check';
import type { SheetInput } from '../sheet';
import { termLabel } from '../table/periods';
import type { Period } from '../table/types';
import { templateFromChecked, TemplateTable } from '../template';
import { differenceFormula, ratioFormula, shareFormula, sumFormula } from '../roll/formulas';
import { Computed, fillResults } from '../roll/results';
import type { RollEdit } from '../roll/edits';
import { LIBRARY } from './entries';
import type { LayoutCell, LibraryEntry, Periods, SheetLayout } from './types';
import { layoutSheet } from './layout-sheet';

export interface LibraryTable {
  entry: LibraryEntry;
  layout: SheetLayout;
  /** The layout with the sample figures typed in and every formula's result. */
  sample: SheetInput;
  template: TemplateTable;
}

export function libraryEntry(id: string): LibraryEntry | undefined {
  return LIBRARY.find((e) => e.id === id);
}

/** The period before `p`, and both as the library's headers write them. */
export function periodsFor(p: Period): Periods {
  if (p.kind === 'term') {
    const [start, end] = p.label.split(' - ').map(Number);
    return { current: p.label, previous: termLabel(start - (end - start), start) };
  }
  return { current: p.label, previous: String(Number(p.label) - 1) };
}

const TITLE_ROW = 0;
const UNIT_ROW = 1;
const HEADER_TOP = 3;

export function buildLibraryTable(entry: LibraryEntry, period: Period, sheetName: string): LibraryTable {
  if (period.kind !== entry.kind) throw new Error(`Bảng "${entry.name}" cần ${entry.kind === 'term' ? 'một nhiệm kỳ (ví dụ 2025 - 2030)' : 'một năm (ví dụ 2024)'}`);
  const p = periodsFor(period);
  const header = entry.header(p);
  const width = entry.columns.length;
  const bodyTop = HEADER_TOP + header.length;
  const cells = new Map<string, LayoutCell>();
  const put = (row: number, col: number, c: Omit<LayoutCell, 'cell'>) => cells.set(a1(row, col), { cell: a1(row, col), ...c });

  put(TITLE_ROW, 0, { value: entry.title(p), bold: true });
  put(UNIT_ROW, width - 1, { value: `Đơn vị tính: ${entry.unit}`, align: 'right' });
  const merges: string[] = [];
  header.forEach((line, i) =>
    line.forEach((text, j) => {
      if (text === '<' || text === '^') return;
      put(HEADER_TOP + i, j, { value: text, bold: true, align: 'center', boxed: true });
      let right = j;
      while (right + 1 < width && line[right + 1] === '<') right++;
      let bottom = i;
      while (bottom + 1 < header.length && header[bottom + 1][j] === '^') bottom++;
      if (right > j || bottom > i) merges.push(`${a1(HEADER_TOP + i, j)}:${a1(HEADER_TOP + bottom, right)}`);
    }),
  );

  const valueColumns = entry.columns.map((c, i) => (c.kind === 'value' ? i : -1)).filter((i) => i >= 0);
  const formulas = new Map<string, { formula: string; spec: Computed }>();
  const inputs = new Map<string, number>();
  entry.rows.forEach((row, i) => {
    const r = bodyTop + i;
    const total = /^(tổng|cộng)/i.test(row.label);
    const connector = !row.sample && !row.sum;
    entry.columns.forEach((col, j) => {
      const format = entry.formats[j];
      if (col.kind === 'stt') return row.stt ? put(r, j, { value: row.stt, align: 'center', boxed: true }) : put(r, j, { boxed: true });
      if (col.kind === 'label') return put(r, j, { value: row.label, bold: total, align: 'left', boxed: true });
      put(r, j, { numberFormat: format, align: 'right', boxed: true });
      if (connector) return;
      const at = (line: number, c: number) => a1(bodyTop + line, c);
      if (col.kind === 'value') {
        if (row.sum) {
          const parts = row.sum.map((k) => at(k, j));
          formulas.set(a1(r, j), { formula: sumFormula(parts), spec: { op: 'sum', parts } });
        } else inputs.set(a1(r, j), row.sample![valueColumns.indexOf(j)]);
      } else if (col.kind === 'share') {
        const base = i === entry.totalRow ? at(i, col.of) : at(row.shareOf ?? entry.totalRow, col.of);
        const cellsOf = { part: at(i, col.of), base };
        formulas.set(a1(r, j), { formula: shareFormula(cellsOf, 2), spec: { op: 'share', ...cellsOf, decimals: 2 } });
      } else {
        const compared = { current: at(i, col.current), previous: at(i, col.previous) };
        const decimals = col.kind === 'ratio' ? 2 : 0;
        const formula = col.kind === 'ratio' ? ratioFormula(compared, decimals) : differenceFormula(compared, decimals);
        formulas.set(a1(r, j), { formula, spec: { op: col.kind, ...compared, decimals } });
      }
    });
  });
  if (entry.source) put(bodyTop + entry.rows.length, 0, { value: entry.source });

  const withFigures = (filled: boolean): LayoutCell[] => {
    const typed = [...cells.values()].map((c) => (filled && inputs.has(c.cell) ? { ...c, value: inputs.get(c.cell) } : c));
    const edits = new Map<string, RollEdit>();
    const specs = new Map<string, Computed>();
    for (const [cell, f] of formulas) {
      edits.set(cell, { cell, kind: 'formula', formula: f.formula });
      specs.set(cell, f.spec);
    }
    fillResults(layoutSheet({ name: sheetName, cells: typed, merges: [], widths: [] }), edits, specs);
    return typed.map((c) => {
      const edit = edits.get(c.cell);
      return edit?.kind === 'formula' ? { ...c, formula: edit.formula, result: edit.result } : c;
    });
  };
  const widths = entry.columns.map((c) => (c.kind === 'stt' ? 6 : c.kind === 'label' ? 44 : 14));
  const layout: SheetLayout = { name: sheetName, cells: withFigures(false), merges, widths };
  const sample = layoutSheet({ ...layout, cells: withFigures(true) });
  const checked = checkWorkbook([sample]).checked;
  if (checked.length !== 1) throw new Error(`Bảng mẫu "${entry.id}" đọc ra ${checked.length} bảng`);
  const template = { ...templateFromChecked(checked).tables[0], footnotes: entry.footnotes?.(p) };
  return { entry, layout, sample, template };
}

