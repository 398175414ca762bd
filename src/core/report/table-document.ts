// A checked table as the report shows it: header rows with their merges, figures written vi-VN and
// right-aligned, STT centred, totals bold, with its caption, unit line, source note and footnote sentences.
import { a1 } from '../address';
import { interpretCell } from '../cell-value';
import type { Finding } from '../findings';
import { formatVi } from '../numbers/format';
import { cellAt, mergeOwners, positionKey, SheetInput } from '../sheet';
import { cellText } from '../table/detect';
import type { Table } from '../table/types';
import { Figure, renderSentence } from './sentence';

export interface DocCell {
  text: string;
  align: 'left' | 'center' | 'right';
  bold: boolean;
  colSpan: number;
  rowSpan: number;
}

export interface DocRow {
  header: boolean;
  /** Cells covered by a merge are left out, as Word and .docx expect. */
  cells: DocCell[];
}

export interface TableDocument {
  id: string;
  /** Relative widths of the columns: STT narrow, the label wide, figures alike. */
  widths: number[];
  caption: string;
  unit?: string;
  source?: string;
  columns: number;
  rows: DocRow[];
  footnotes: string[];
  /** From the check: a table with errors needs an explicit "insert anyway". */
  errors: number;
  warnings: number;
}

export interface FootnoteTemplate {
  /** Names for figures: { "tong": "C5", "nu": "C7" }. */
  names: Record<string, string>;
  sentences: string[];
}

export function tableDocument(sheet: SheetInput, table: Table, findings: Finding[], footnotes?: FootnoteTemplate): TableDocument {
  const owners = mergeOwners(sheet);
  const spans = new Map(sheet.merges.map((m) => [positionKey(m.top, m.left), m]));
  const roles = new Map(table.columns.map((c) => [c.col, c.role.kind]));
  const parents = new Set(table.rowGroups.map((g) => g.parent));
  const rowsById = new Map(table.rows.map((r) => [r.row, r]));
  const rows: DocRow[] = [];
  for (let r = table.range.top; r <= table.range.bottom; r++) {
    const header = r <= table.headerBottom;
    const info = rowsById.get(r);
    // Totals, and the main numbered rows that have parts, are bold.
    const bold = header || info?.kind === 'total' || (info !== undefined && parents.has(r) && info.level <= 2);
    const cells: DocCell[] = [];
    for (let c = table.range.left; c <= table.range.right; c++) {
      if (owners.has(positionKey(r, c))) continue;
      const merge = spans.get(positionKey(r, c));
      const colSpan = merge ? Math.min(merge.right, table.range.right) - c + 1 : 1;
      const rowSpan = merge ? Math.min(merge.bottom, table.range.bottom) - r + 1 : 1;
      const raw = cellAt(sheet, r, c);
      const role = roles.get(c);
      let text = cellText(raw);
      let align: DocCell['align'] = header || role === 'stt' ? 'center' : 'left';
      if (!header && role !== 'stt') {
        // Read as the check reads it: "15,240" in a count column is 15.240.
        const v = interpretCell(raw, { expectInteger: role === 'value' || role === 'difference' });
        if (v.kind === 'number') {
          text = formatVi(v.value, { decimals: v.decimals, percent: v.percent && role !== 'share' && role !== 'ratio' });
          align = 'right';
        } else if (v.kind === 'fraction' || v.kind === 'nil') align = 'right';
        else if (role === 'unit' || role === 'note') align = 'center';
      }
      cells.push({ text, align, bold, colSpan, rowSpan });
    }
    rows.push({ header, cells });
  }
  const mine = findings.filter((f) => f.table === table.id);
  const widths: number[] = [];
  for (let c = table.range.left; c <= table.range.right; c++) widths.push(roles.get(c) === 'stt' ? 1.4 : roles.get(c) === 'label' ? 5 : 2);
  return {
    id: table.id,
    widths,
    caption: table.title ?? table.id,
    unit: table.unit,
    source: table.source,
    columns: table.range.right - table.range.left + 1,
    rows,
    footnotes: footnotes ? footnoteSentences(sheet, footnotes) : defaultFootnote(sheet, table),
    errors: mine.filter((f) => f.severity === 'error').length,
    warnings: mine.filter((f) => f.severity === 'warning').length,
  };
}

function figureAt(sheet: SheetInput, address: string): Figure | undefined {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) return undefined;
  const col = m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const v = interpretCell(cellAt(sheet, Number(m[2]) - 1, col));
  if (v.kind === 'number') return { value: v.value, decimals: v.decimals };
  if (v.kind === 'fraction') return { value: v.part, decimals: 0 };
  return undefined;
}

function footnoteSentences(sheet: SheetInput, template: FootnoteTemplate): string[] {
  const vars: Record<string, Figure> = {};
  for (const [name, address] of Object.entries(template.names)) {
    const f = figureAt(sheet, address);
    if (f) vars[name] = f;
  }
  return template.sentences.map((s) => renderSentence(s, vars));
}

/**
 * Without a template: the total of the latest period and its parts, with their shares, in one sentence
 * ("Tổng số đảng viên 33.509, trong đó nữ 11.262 người, chiếm 33,61%; …").
 */
function defaultFootnote(sheet: SheetInput, table: Table): string[] {
  if (table.totalRow === undefined) return [];
  const values = table.columns.filter((c) => c.role.kind === 'value');
  const latest = values.sort((x, y) => ((y.role.kind === 'value' && y.role.period?.order) || 0) - ((x.role.kind === 'value' && x.role.period?.order) || 0))[0];
  if (!latest) return [];
  const total = table.rows.find((r) => r.row === table.totalRow)!;
  const parts = table.rows.filter((r) => r.parent === table.totalRow && r.kind !== 'connector');
  const at = (row: number) => figureAt(sheet, a1(row, latest.col));
  const whole = at(total.row);
  if (!whole || !parts.length || whole.value.equals(0)) return [];
  const unit = table.unit ?? '';
  const vars: Record<string, Figure> = { tong: whole };
  const items: string[] = [];
  parts.forEach((p, i) => {
    const f = at(p.row);
    if (!f) return;
    vars[`p${i}`] = f;
    items.push(`${p.label.charAt(0).toLowerCase()}${p.label.slice(1)} {p${i}}${unit ? ` ${unit}` : ''}, chiếm {pct(p${i}, tong, 2)}`);
  });
  if (!items.length) return [];
  const period = latest.role.kind === 'value' && latest.role.period ? ` (${latest.role.period.kind === 'term' ? 'nhiệm kỳ ' : 'năm '}${latest.role.period.label})` : '';
  return [renderSentence(`${total.label}${period} {tong}${unit ? ` ${unit}` : ''}, trong đó ${items.join('; ')}.`, vars)];
}
