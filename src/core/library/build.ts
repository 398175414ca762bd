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

/** The unit line; a column that counts something else (classes in a table of people) is named by its number on the form. */
function unitLine(entry: LibraryEntry): string {
  const line = entry.unitLine ?? `Đơn vị tính: ${entry.unit}`;
  const others = new Map<string, string[]>();
  entry.columns.forEach((c, j) => {
    if ((c.kind === 'value' || c.kind === 'sum') && c.unit) others.set(c.unit, [...(others.get(c.unit) ?? []), entry.numbers?.[j].replace(/\D.*$/, '') || String(j + 1)]);
  });
  return others.size ? `${line} (${[...others].map(([u, cols]) => `cột ${cols.join(', ')}: ${u}`).join('; ')})` : line;
}

const TITLE_ROW = 0;
const UNIT_ROW = 1;
const HEADER_TOP = 3;

export function buildLibraryTable(entry: LibraryEntry, period: Period, sheetName: string): LibraryTable {
  if (period.kind !== entry.kind) throw new Error(`Bảng "${entry.name}" cần ${entry.kind === 'term' ? 'một nhiệm kỳ (ví dụ 2025 - 2030)' : 'một năm (ví dụ 2024)'}`);
  const p = periodsFor(period);
  const header = entry.header(p);
  const width = entry.columns.length;
  const numbersRow = entry.numbers ? HEADER_TOP + header.length : undefined;
  const bodyTop = HEADER_TOP + header.length + (entry.numbers ? 1 : 0);
  const cells = new Map<string, LayoutCell>();
  const put = (row: number, col: number, c: Omit<LayoutCell, 'cell'>) => cells.set(a1(row, col), { cell: a1(row, col), ...c });

  put(TITLE_ROW, 0, { value: entry.title(p), bold: true });
  if (entry.formCode) put(TITLE_ROW, width - 1, { value: entry.formCode, bold: true, align: 'right' });
  if (entry.subtitle) put(UNIT_ROW, 0, { value: entry.subtitle(p) });
  put(UNIT_ROW, width - 1, { value: unitLine(entry), align: 'right' });
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
  // A plain column number is typed as a number, as in any workbook; one with its rule written in stays words.
  entry.numbers?.forEach((text, j) => put(numbersRow!, j, { value: /^\d+$/.test(text) ? Number(text) : text, align: 'center', boxed: true }));

  const valueColumns = entry.columns.map((c, i) => (c.kind === 'value' ? i : -1)).filter((i) => i >= 0);
  const figureColumns = entry.columns.map((c, i) => (c.kind === 'value' || c.kind === 'sum' ? i : -1)).filter((i) => i >= 0);
  const at = (line: number, c: number) => a1(bodyTop + line, c);
  // What a row's figure in a value column comes to (typed, or its sum): a balance's formula needs its result up front.
  const figure = (line: number, j: number): number => {
    const row = entry.rows[line];
    if (!row.sum) return row.sample?.[(row.average ? figureColumns : valueColumns).indexOf(j)] ?? 0;
    const add = (ks: number[] | undefined) => (ks ?? []).reduce((t, k) => t + figure(k, j), 0);
    return add(row.sum) - add(row.minus);
  };
  const formulas = new Map<string, { formula: string; spec: Computed; blank?: Computed }>();
  const inputs = new Map<string, number>();
  entry.rows.forEach((row, i) => {
    const r = bodyTop + i;
    const total = /^(tổng|cộng)/i.test(row.label);
    const connector = !row.sample && !row.sum;
    entry.columns.forEach((col, j) => {
      if (col.kind === 'stt') return row.stt ? put(r, j, { value: row.stt, align: 'center', boxed: true }) : put(r, j, { boxed: true });
      if (col.kind === 'label') return put(r, j, { value: row.label, bold: total, align: 'left', boxed: true });
      if (col.kind === 'note') return put(r, j, { boxed: true });
      const typed = row.average && (col.kind === 'value' || col.kind === 'sum');
      put(r, j, { numberFormat: (typed || (col.kind === 'value' && !row.sum) ? row.format : undefined) ?? entry.formats[j], align: 'right', boxed: true });
      if (connector) return;
      if (typed) return void inputs.set(a1(r, j), row.sample![figureColumns.indexOf(j)]);
      if (row.average && col.kind === 'share') return;
      if (col.kind === 'value') {
        if (row.minus) {
          const formula = [...row.sum!.map((k) => at(k, j)).join('+'), ...row.minus.map((k) => `-${at(k, j)}`)].join('');
          formulas.set(a1(r, j), { formula, spec: { op: 'cached', value: figure(i, j) }, blank: { op: 'cached', value: 0 } });
        } else if (row.sum) {
          const parts = row.sum.map((k) => at(k, j));
          formulas.set(a1(r, j), { formula: sumFormula(parts), spec: { op: 'sum', parts } });
        } else inputs.set(a1(r, j), row.sample![valueColumns.indexOf(j)]);
      } else if (col.kind === 'sum') {
        const parts = col.of.map((c) => at(i, c));
        formulas.set(a1(r, j), { formula: sumFormula(parts), spec: { op: 'sum', parts } });
      } else if (row.noShare && col.kind === 'share') {
        put(r, j, { value: 'X', align: 'center', boxed: true });
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
      specs.set(cell, filled ? f.spec : (f.blank ?? f.spec));
    }
    fillResults(layoutSheet({ name: sheetName, cells: typed, merges: [], widths: [] }), edits, specs);
    return typed.map((c) => {
      const edit = edits.get(c.cell);
      return edit?.kind === 'formula' ? { ...c, formula: edit.formula, result: edit.result } : c;
    });
  };
  const widths = entry.columns.map((c) => (c.kind === 'stt' ? 6 : c.kind === 'label' ? 44 : c.kind === 'note' ? 20 : 14));
  const layout: SheetLayout = { name: sheetName, cells: withFigures(false), merges, widths };
  const sample = layoutSheet({ ...layout, cells: withFigures(true) });
  const checked = checkWorkbook([sample]).checked;
  if (checked.length !== 1) throw new Error(`Bảng mẫu "${entry.id}" đọc ra ${checked.length} bảng`);
  const template = { ...templateFromChecked(checked).tables[0], footnotes: entry.footnotes?.(p) };
  return { entry, layout, sample, template };
}

