// The gathered workbook's sheets as layouts any host writes: each province table at the template's own cells (so
// the stored template applies to it literally), "Theo đơn vị" with the districts side by side and =SUM totals, and
// "Ghi chú" listing every district's status and what was noticed.
import { a1, columnIndex, columnName, parseA1 } from '../address';
import { toNumber } from '../numbers/exact';
import { differenceFormula, ratioFormula, shareFormula } from '../roll/formulas';
import type { LayoutCell, SheetLayout } from '../library/types';
import type { Template, TemplateTable } from '../template';
import { computations } from './gather';
import type { GatherResult } from './types';

export const BY_DISTRICT_SHEET = 'Theo đơn vị';
export const NOTES_SHEET = 'Ghi chú';

const STATE_TEXT: Record<string, string> = {
  ok: 'Đã cộng',
  incomplete: 'Đã cộng, có chỗ thiếu',
  errors: 'Đã cộng, CÓ LỖI',
  'left-out': 'Không cộng (có lỗi)',
  duplicate: 'Không cộng (trùng đơn vị)',
  unreadable: 'Không đọc được',
  'no-table': 'Không cộng (không có bảng khớp mẫu)',
};
export const stateText = (state: string) => STATE_TEXT[state] ?? state;

/** Excel's rules for a sheet name: at most 31 characters, none of : \ / ? * [ ]. */
function sheetSafe(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, '-').slice(0, 31).trim() || 'Bảng';
}

function unique(name: string, taken: Set<string>): string {
  const lower = (s: string) => s.toLowerCase();
  const used = new Set([...taken].map(lower));
  let candidate = sheetSafe(name);
  for (let i = 2; used.has(lower(candidate)); i++) {
    const suffix = i === 2 ? ' (tổng hợp)' : ` (tổng hợp ${i})`;
    candidate = sheetSafe(name).slice(0, 31 - suffix.length) + suffix;
  }
  taken.add(candidate);
  return candidate;
}

export interface SheetNames {
  table: Map<string, string>;
  byDistrict: string;
  notes: string;
}

/** Sheet names for the gathered workbook that take none of `taken`: tables of one template sheet share one. */
export function sheetNamesFor(template: Template, taken: string[]): SheetNames {
  const used = new Set(taken);
  const bySheet = new Map<string, string>();
  const table = new Map<string, string>();
  for (const t of template.tables) {
    if (!bySheet.has(t.sheet)) bySheet.set(t.sheet, unique(t.sheet, used));
    table.set(t.id, bySheet.get(t.sheet)!);
  }
  return { table, byDistrict: unique(BY_DISTRICT_SHEET, used), notes: unique(NOTES_SHEET, used) };
}

const figureCell = (cell: string, value: number | undefined, format: string | undefined): LayoutCell => ({ cell, ...(value === undefined ? {} : { value }), numberFormat: format, align: 'right', boxed: true });

/** One province table's cells, at the template's addresses. */
function provinceCells(g: GatherResult['tables'][number], cells: Map<string, LayoutCell>, merges: string[]): number {
  const t = g.template;
  const put = (c: LayoutCell) => cells.set(c.cell, c);
  const range = { top: t.header.top - 1, bottom: t.header.bottom - 1 };
  const first = columnIndex(t.columns[0].column);
  const last = columnIndex(t.columns[t.columns.length - 1].column);
  // Title and unit where the library puts them: two rows and one row above the header, with a gap before it.
  if (range.top >= 3) put({ cell: a1(range.top - 3, first), value: t.title ?? t.id, bold: true });
  else if (range.top >= 1 && t.title) put({ cell: a1(range.top - 1, first), value: t.title, bold: true });
  if (t.unit && range.top >= 2) put({ cell: a1(range.top - 2, last), value: /^đơn vị tính/i.test(t.unit) ? t.unit : `Đơn vị tính: ${t.unit}`, align: 'right' });

  const depth = range.bottom - range.top + 1;
  const paths = t.columns.map((c) => {
    const parts = c.header.split(' / ');
    // More header texts than header rows: the extra ones stay together in the last row.
    return parts.length > depth ? [...parts.slice(0, depth - 1), parts.slice(depth - 1).join(' / ')] : parts;
  });
  t.columns.forEach((c, j) => {
    const col = columnIndex(c.column);
    const path = paths[j];
    path.forEach((text, i) => {
      const row = range.top + i;
      // A parent header already written by the column on the left (merged across) is not written again.
      if (i < path.length - 1 && j > 0 && paths[j - 1].length > i + 1 && paths[j - 1][i] === text) return;
      put({ cell: a1(row, col), value: text, bold: true, align: 'center', boxed: true });
      let right = col;
      if (i < path.length - 1) {
        for (let k = j + 1; k < t.columns.length && paths[k].length > i + 1 && paths[k][i] === text; k++) right = columnIndex(t.columns[k].column);
      }
      const bottom = i === path.length - 1 ? range.bottom : row;
      for (let r = row; r <= bottom; r++) for (let cc = col; cc <= right; cc++) if (r !== row || cc !== col) put({ cell: a1(r, cc), boxed: true });
      if (right > col || bottom > row) merges.push(`${a1(row, col)}:${a1(bottom, right)}`);
    });
  });

  const plan = computations(t);
  const formats = new Map(t.columns.map((c) => [c.column, c.format]));
  let bottom = range.bottom;
  for (const r of t.rows) {
    const row = r.row - 1;
    bottom = Math.max(bottom, row);
    for (const c of t.columns) {
      const cell = `${c.column}${r.row}`;
      if (c.role === 'stt') put({ cell, ...(r.stt ? { value: r.stt } : {}), align: 'center', boxed: true });
      else if (c.role === 'label') put({ cell, value: r.label, bold: r.kind === 'total', align: 'left', boxed: true });
      else if (r.kind === 'connector') put({ cell, boxed: true });
      else if (c.role === 'value') put(figureCell(cell, g.figures.has(cell) ? toNumber(g.figures.get(cell)!) : undefined, formats.get(c.column)));
      else {
        const k = plan.get(cell);
        const result = g.figures.has(cell) ? toNumber(g.figures.get(cell)!) : '';
        if (!k) put(figureCell(cell, undefined, formats.get(c.column)));
        else {
          // Shares, differences and ratios are formulas over the summed figures, so Excel keeps them right if one is corrected.
          const formula = k.op === 'share' ? shareFormula(k, k.decimals) : k.op === 'ratio' ? ratioFormula(k, k.decimals) : differenceFormula(k, k.decimals);
          put({ cell, formula, result, numberFormat: formats.get(c.column), align: 'right', boxed: true });
        }
      }
    }
  }
  if (t.source) put({ cell: a1(bottom + 1, first), value: t.source });
  return last;
}

function byDistrictSheet(result: GatherResult, name: string): SheetLayout {
  const cells: LayoutCell[] = [];
  const merges: string[] = [];
  const n = result.included.length;
  let row = 0;
  cells.push({ cell: a1(row, 0), value: `Số liệu của từng đơn vị (${n} đơn vị); cột Cộng là công thức =SUM`, bold: true });
  row += 2;
  for (const g of result.tables) {
    const t = g.template;
    for (const c of t.columns.filter((x) => x.role === 'value')) {
      cells.push({ cell: a1(row, 0), value: `${t.title ?? t.id} — ${c.header.replace(/ \/ /g, ', ')}`, bold: true });
      row++;
      // "Cộng" before the districts, as tables put a column total before its parts, so a re-check reads it as their sum.
      // "Chia ra" over the districts says they are the whole of "Cộng" (district names alone read as overlapping groups).
      ['STT', 'Nội dung', 'Cộng'].forEach((text, j) => {
        cells.push({ cell: a1(row, j), value: text, bold: true, align: 'center', boxed: true }, { cell: a1(row + 1, j), boxed: true });
        merges.push(`${a1(row, j)}:${a1(row + 1, j)}`);
      });
      if (n) {
        cells.push({ cell: a1(row, 3), value: 'Chia ra', bold: true, align: 'center', boxed: true });
        for (let k = 1; k < n; k++) cells.push({ cell: a1(row, 3 + k), boxed: true });
        if (n > 1) merges.push(`${a1(row, 3)}:${a1(row, 2 + n)}`);
        result.included.forEach((d, k) => cells.push({ cell: a1(row + 1, 3 + k), value: d, bold: true, align: 'center', boxed: true }));
      }
      row += 2;
      for (const r of t.rows) {
        cells.push({ cell: a1(row, 0), ...(r.stt ? { value: r.stt } : {}), align: 'center', boxed: true });
        cells.push({ cell: a1(row, 1), value: r.label, bold: r.kind === 'total', boxed: true });
        if (r.kind === 'connector') {
          for (let k = 0; k <= n; k++) cells.push({ cell: a1(row, 2 + k), boxed: true });
          row++;
          continue;
        }
        const each = g.byDistrict.get(`${c.column}${r.row}`) ?? [];
        for (let k = 0; k < n; k++) cells.push(figureCell(a1(row, 3 + k), each[k] === undefined ? undefined : toNumber(each[k]!), c.format));
        const total = g.figures.get(`${c.column}${r.row}`);
        cells.push({ cell: a1(row, 2), ...(n ? { formula: `SUM(${a1(row, 3)}:${a1(row, 2 + n)})`, result: total === undefined ? 0 : toNumber(total) } : {}), numberFormat: c.format, bold: true, align: 'right', boxed: true });
        row++;
      }
      row++;
    }
  }
  return { name, cells, merges, widths: [6, 40, 14, ...result.included.map((d) => Math.max(12, Math.min(20, d.length + 2)))] };
}

function notesSheet(result: GatherResult, name: string): SheetLayout {
  const cells: LayoutCell[] = [];
  let row = 0;
  const line = (values: (string | number)[], bold = false) => {
    values.forEach((v, j) => cells.push({ cell: a1(row, j), value: v, bold, boxed: true }));
    row++;
  };
  cells.push({ cell: a1(row, 0), value: `Tổng hợp ${result.included.length} đơn vị theo mẫu (${result.tables.map((t) => t.template.id).join(', ')})`, bold: true });
  row += 2;
  line(['Đơn vị', 'Tệp', 'Trạng thái', 'Lỗi', 'Cảnh báo'], true);
  for (const d of result.districts) line([d.name, d.file, stateText(d.state), d.errors, d.warnings]);
  row++;
  line(['Mức', 'Đơn vị', 'Bảng', 'Ô', 'Ghi chú'], true);
  const level = { error: 'Lỗi', warning: 'Cảnh báo', info: 'Ghi chú' };
  for (const n of result.notes) line([level[n.severity], n.district ?? n.file ?? '', n.table ?? '', n.at ?? '', n.message]);
  if (!result.notes.length) line(['', '', '', '', 'Không có gì cần lưu ý.']);
  return { name, cells, merges: [], widths: [12, 24, 24, 16, 90] };
}

export function gatheredSheets(result: GatherResult, names: SheetNames): SheetLayout[] {
  const sheets = new Map<string, { cells: Map<string, LayoutCell>; merges: string[]; last: number }>();
  for (const g of result.tables) {
    const s = sheets.get(g.sheet) ?? { cells: new Map(), merges: [], last: 0 };
    sheets.set(g.sheet, s);
    s.last = Math.max(s.last, provinceCells(g, s.cells, s.merges));
  }
  const layouts: SheetLayout[] = [...sheets].map(([name, s]) => {
    const label = result.tables.find((g) => g.sheet === name)!.template.columns.find((c) => c.role === 'label')?.column;
    const widths = Array.from({ length: s.last + 1 }, (_, i) => (columnName(i) === label ? 44 : 14));
    return { name, cells: [...s.cells.values()].sort((a, b) => parseA1(a.cell)!.row - parseA1(b.cell)!.row || parseA1(a.cell)!.col - parseA1(b.cell)!.col), merges: s.merges, widths };
  });
  return [...layouts, byDistrictSheet(result, names.byDistrict), notesSheet(result, names.notes)];
}

export type { TemplateTable };
