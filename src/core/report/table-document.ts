// A checked table as the report shows it: header rows with their merges, figures written vi-VN and
// right-aligned, STT centred, totals bold, with its caption, unit line, source note and footnote sentences.
import { a1 } from '../address';
import { interpretCell } from '../cell-value';
import type { Finding } from '../findings';
import { HUNDRED, roundHalfUp } from '../numbers/exact';
import { formatVi } from '../numbers/format';
import { cellAt, mergeOwners, positionKey, SheetInput } from '../sheet';
import { cellText } from '../table/detect';
import type { Period, Table, TableColumn } from '../table/types';
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

export type ColumnKind = 'stt' | 'label' | 'figure' | 'text';

export interface TableDocument {
  id: string;
  /** The sheet it was read from: an appendix numbers its captions as the workbook names them. */
  sheet?: string;
  /** Relative widths of the columns: STT narrow, the label wide, figures alike. */
  widths: number[];
  /** What each column holds, for sizing it (report/layout). */
  kinds: ColumnKind[];
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
  // The text each cell is shown with, so that a sentence writes a figure exactly as the table does.
  const shown = new Map<number, string>();
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
      // Labels (years, terms, codes) are written as typed: 2018 stays 2018, never 2.018.
      if (!header && role !== 'stt' && role !== 'label' && role !== 'other') {
        // Read as the check reads it: "15,240" in a count column is 15.240.
        const v = interpretCell(raw, { expectInteger: role === 'value' || role === 'difference' });
        if (v.kind === 'number') {
          text = formatVi(v.value, { decimals: v.decimals, percent: v.percent && role !== 'share' && role !== 'ratio' });
          align = 'right';
        } else if (v.kind === 'fraction' || v.kind === 'nil') align = 'right';
        else if (role === 'unit' || role === 'note') align = 'center';
      }
      shown.set(positionKey(r, c), text);
      cells.push({ text, align, bold, colSpan, rowSpan });
    }
    rows.push({ header, cells });
  }
  const mine = findings.filter((f) => f.table === table.id);
  const widths: number[] = [];
  const kinds: ColumnKind[] = [];
  for (let c = table.range.left; c <= table.range.right; c++) {
    const role = roles.get(c);
    widths.push(role === 'stt' ? 1.4 : role === 'label' ? 5 : 2);
    kinds.push(role === 'stt' ? 'stt' : role === 'label' ? 'label' : role === 'value' || role === 'share' || role === 'difference' || role === 'ratio' ? 'figure' : 'text');
  }
  return {
    id: table.id,
    sheet: table.sheet,
    widths,
    kinds,
    caption: table.title ?? table.id,
    unit: table.unit,
    source: table.source,
    columns: table.range.right - table.range.left + 1,
    rows,
    footnotes: footnotes ? footnoteSentences(sheet, footnotes) : defaultFootnote(sheet, table, (r, c) => shown.get(positionKey(r, c)) ?? ''),
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

type Shown = (row: number, col: number) => string;

const periodOf = (c: TableColumn): Period | undefined => (c.role.kind === 'value' || c.role.kind === 'share' ? c.role.period : undefined);

/**
 * A period as a sentence names it, from the kind of its column: "năm 2023", "nhiệm kỳ 2020 - 2025",
 * "tại thời điểm 30/6/2022" ("thời điểm 30/6/2022" after "so với"), "6 tháng đầu năm 2024".
 */
export function periodPhrase(period: Period, header = '', after?: 'so với'): string {
  if (period.kind === 'term') return `nhiệm kỳ ${period.label}`;
  if (period.kind === 'date') return `${after ? '' : 'tại '}thời điểm ${period.label}`;
  const part = /(\d+\s*tháng\s*(?:đầu|cuối)\s*năm|quý\s+[IV\d]+\s*(?:năm)?)\s*\d{4}/iu.exec(header);
  if (part) return `${part[1].replace(/\s+/g, ' ').toLowerCase().replace(/^quý ([iv]+)/, (_, q: string) => `quý ${q.toUpperCase()}`).replace(/(tháng|quý [IV\d]+)$/, '$1 năm')} ${period.label}`.replace(/năm năm/, 'năm');
  return `năm ${period.label}`;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "Tổng số đảng viên" reads "tổng số đảng viên" inside a sentence; "Ban Thường vụ Tỉnh ủy" stays a name. */
function inSentence(label: string): string {
  const [first, second] = label.split(/\s+/);
  if (second && second.charAt(0) !== second.charAt(0).toLowerCase()) return label;
  if (first.length > 1 && first === first.toUpperCase()) return label;
  return label.charAt(0).toLowerCase() + label.slice(1);
}

function latestFirst(columns: TableColumn[]): TableColumn[] {
  return [...columns].sort((x, y) => (periodOf(y)?.order ?? 0) - (periodOf(x)?.order ?? 0));
}

/** The share column that states the share of a value column, when the table has one. */
function shareOf(table: Table, value: TableColumn): TableColumn | undefined {
  const p = periodOf(value);
  return table.columns.find((c) => c.role.kind === 'share' && (c.role.of === value.col || (p !== undefined && c.role.period?.label === p.label && c.role.period.kind === p.kind)));
}

const headerOf = (c: TableColumn) => [...c.path, c.header].join(' ');

function defaultFootnote(sheet: SheetInput, table: Table, shown: Shown): string[] {
  const values = latestFirst(table.columns.filter((c) => c.role.kind === 'value'));
  const latest = values[0];
  if (!latest) return [];
  const body = table.rows.filter((r) => r.kind !== 'connector');
  if (table.totalRow === undefined) return body.length === 1 ? seriesSentence(sheet, table, body[0].row, body[0].label, shown) : [];
  const total = table.rows.find((r) => r.row === table.totalRow)!;
  const parts = table.rows.filter((r) => r.parent === table.totalRow && r.kind !== 'connector');
  const at = (row: number) => figureAt(sheet, a1(row, latest.col));
  const whole = at(total.row);
  if (!whole || !parts.length || whole.value.equals(0)) return [];
  const unit = table.unit ? ` ${table.unit}` : '';
  const share = shareOf(table, latest);
  const items: string[] = [];
  for (const p of parts) {
    const f = at(p.row);
    if (!f) continue;
    const stated = share ? shown(p.row, share.col) : '';
    const pct = stated || formatVi(roundHalfUp(f.value.mul(HUNDRED).div(whole.value), 2), { decimals: 2 });
    items.push(`${inSentence(p.label)} ${shown(p.row, latest.col)}${unit}, chiếm ${pct.replace(/%$/, '')}%`);
  }
  if (!items.length) return [];
  const period = periodOf(latest);
  const lead = period ? `${capital(periodPhrase(period, headerOf(latest)))}, ${inSentence(total.label)}` : total.label;
  return [`${lead} ${shown(total.row, latest.col)}${unit}, trong đó ${items.join('; ')}.`];
}

/**
 * A table of one series (a rate by year, no breakdown): its latest period and the change from the one
 * before ("Năm 2023, 341/367 tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên, đạt 92,92%, tăng 1,84 điểm
 * phần trăm so với năm 2022").
 */
function seriesSentence(sheet: SheetInput, table: Table, row: number, label: string, shown: Shown): string[] {
  const values = latestFirst(table.columns.filter((c) => c.role.kind === 'value' && c.role.period && shown(row, c.col) !== ''));
  const [latest, previous] = values;
  if (!latest) return [];
  const period = periodOf(latest)!;
  const figure = shown(row, latest.col);
  const fraction = figure.includes('/');
  const unit = table.unit && !fraction ? ` ${table.unit}` : '';
  const share = shareOf(table, latest);
  const shareText = share ? shown(row, share.col).replace(/%$/, '') : '';
  let sentence = `${capital(periodPhrase(period, headerOf(latest)))}, ${fraction ? `${figure} ${inSentence(label)}` : `${inSentence(label)} ${figure}${unit}`}`;
  if (shareText) sentence += `, đạt ${shareText}%`;
  if (previous) {
    const before = shareOf(table, previous);
    const points = shareText && before ? table.columns.find((c) => c.role.kind === 'difference' && c.role.points && shown(row, c.col) !== '') : undefined;
    let change: Figure | undefined;
    let what = '';
    if (shareText && before) {
      const a = figureAt(sheet, a1(row, share!.col));
      const b = figureAt(sheet, a1(row, before.col));
      const stated = points ? figureAt(sheet, a1(row, points.col)) : undefined;
      if (stated) change = stated;
      else if (a && b) change = { value: a.value.sub(b.value), decimals: Math.max(a.decimals, b.decimals) };
      what = ' điểm phần trăm';
    } else if (!fraction) {
      const a = figureAt(sheet, a1(row, latest.col));
      const b = figureAt(sheet, a1(row, previous.col));
      if (a && b) change = { value: a.value.sub(b.value), decimals: Math.max(a.decimals, b.decimals) };
      what = unit;
    }
    if (change) {
      const than = `so với ${periodPhrase(periodOf(previous)!, headerOf(previous), 'so với')}`;
      sentence += change.value.equals(0) ? `, không thay đổi ${than}` : `, ${change.value.s < 0n ? 'giảm' : 'tăng'} ${formatVi(change.value.abs(), { decimals: change.decimals })}${what} ${than}`;
    }
  }
  return [`${sentence}.`];
}
