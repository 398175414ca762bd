// Finding the statistical tables on a sheet: header block, body, title, unit line and source note.
import type { CellRange } from '../address';
import { a1 } from '../address';
import { cellAt, mergeOwners, positionKey, RawCell, SheetInput, sheetWidth } from '../sheet';

import { normalizeSpaces } from '../numbers/parse';
import { classifyColumn, linkColumns } from './columns';
import { inferHierarchy, RowInput } from './hierarchy';
import type { Group, Relation, Reading, Table, TableColumn } from './types';
import { dimensionOf, isKnownExhaustive } from './dimensions';

const HEADER_WORD =
  /^(stt|tt|số tt)$|nội dung|chỉ tiêu|danh mục|đơn vị tính|nhiệm kỳ|năm \d{4}|^\d{4}$|tăng|giảm|so sánh|tỷ lệ|tỉ lệ|ghi chú|số lượng|tổng số|thực hiện|kế hoạch|^tên/iu;
const SUBHEADER_WORD = /số lượng|tỷ lệ|tỉ lệ|%|tổng số|^tổng$|^cộng$|^nam$|^nữ$|trong đó|chia ra|^gồm|năm|nhiệm kỳ|tăng|giảm|so sánh|\d{4}|^số |đảng viên|người|đơn vị/iu;
const UNIT_LINE = /^\(?\s*đơn vị tính\s*:\s*(.+?)\s*\)?$/iu;
const SOURCE_LINE = /^(nguồn|ghi chú|chú thích)\s*:/iu;

export interface SheetView {
  sheet: SheetInput;
  width: number;
  owners: ReturnType<typeof mergeOwners>;
}

export function viewOf(sheet: SheetInput): SheetView {
  return { sheet, width: sheetWidth(sheet), owners: mergeOwners(sheet) };
}

export function cellText(cell: RawCell | undefined): string {
  if (!cell || cell.value === null) return '';
  if (cell.text !== undefined) return normalizeSpaces(cell.text);
  const v = cell.value;
  if (typeof v === 'object') return v.error;
  return normalizeSpaces(String(v));
}

/** Text shown at a position, merged areas included (header analysis reads the merged parent). */
function shownText(view: SheetView, row: number, col: number): string {
  const owner = view.owners.get(positionKey(row, col));
  return owner ? cellText(cellAt(view.sheet, owner.row, owner.col)) : cellText(cellAt(view.sheet, row, col));
}

function isEmptyRow(view: SheetView, row: number, left = 0, right = view.width - 1): boolean {
  for (let c = left; c <= right; c++) if (cellText(cellAt(view.sheet, row, c)) !== '' && !view.owners.has(positionKey(row, c))) return false;
  return true;
}

function hasFigure(view: SheetView, row: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) {
    const cell = cellAt(view.sheet, row, c);
    // A formula is a figure even before it has a result (a sheet written outside Excel and not yet recalculated).
    if (cell && (typeof cell.value === 'number' || cell.formula)) return true;
  }
  return false;
}

function headerScore(view: SheetView, row: number): number {
  let score = 0;
  for (let c = 0; c < view.width; c++) {
    const cell = cellAt(view.sheet, row, c);
    if (!cell || view.owners.has(positionKey(row, c))) continue;
    if (typeof cell.value === 'number' || cell.formula) return 0;
    if (HEADER_WORD.test(cellText(cell))) score++;
  }
  return score;
}

function isColumnNumberRow(view: SheetView, row: number, left: number, right: number): boolean {
  const texts: string[] = [];
  for (let c = left; c <= right; c++) {
    const t = cellText(cellAt(view.sheet, row, c));
    if (t) texts.push(t);
  }
  if (texts.length < 3) return false;
  return texts.every((t) => /^\(?([0-9]{1,2}|[A-Z])\)?(\s*=.*)?$/.test(t)) && /^\(?(1|A)\)?$/.test(texts[0]);
}

export function detectTables(sheet: SheetInput): Table[] {
  const view = viewOf(sheet);
  const tables: Table[] = [];
  let row = 0;
  const height = sheet.cells.length;
  let previousBottom = -1;
  while (row < height) {
    if (headerScore(view, row) < 2) {
      row++;
      continue;
    }
    const table = readTable(view, row, previousBottom, tables.length + 1);
    if (table) {
      tables.push(table);
      previousBottom = table.range.bottom;
      row = table.range.bottom + 1;
    } else row++;
  }
  return tables;
}

function readTable(view: SheetView, headerTop: number, previousBottom: number, index: number): Table | undefined {
  const { sheet } = view;
  let left = view.width;
  let right = -1;
  for (let c = 0; c < view.width; c++) {
    if (shownText(view, headerTop, c) !== '') {
      left = Math.min(left, c);
      right = Math.max(right, c);
    }
  }
  if (right < left) return undefined;

  let headerBottom = headerTop;
  for (const m of sheet.merges) {
    if (m.top === headerTop && m.left >= left && m.right <= right) headerBottom = Math.max(headerBottom, m.bottom);
  }
  for (let r = headerBottom + 1; r < sheet.cells.length; r++) {
    if (hasFigure(view, r, left, right) || isEmptyRow(view, r, left, right)) break;
    if (isColumnNumberRow(view, r, left, right)) {
      headerBottom = r;
      break;
    }
    let texts = 0;
    let sub = 0;
    for (let c = left; c <= right; c++) {
      if (view.owners.has(positionKey(r, c))) continue;
      const t = cellText(cellAt(sheet, r, c));
      if (!t) continue;
      texts++;
      if (SUBHEADER_WORD.test(t)) sub++;
    }
    if (texts > 0 && sub === texts) headerBottom = r;
    else break;
  }

  let bodyBottom = headerBottom;
  for (let r = headerBottom + 1; r < sheet.cells.length; r++) {
    if (isEmptyRow(view, r, left, right)) break;
    const first = firstText(view, r, left, right);
    if (SOURCE_LINE.test(first) || UNIT_LINE.test(first)) break;
    if (r > headerBottom + 1 && headerScore(view, r) >= 2) break;
    bodyBottom = r;
  }
  if (bodyBottom === headerBottom) return undefined;
  const bodyTop = headerBottom + 1;

  let title: string | undefined;
  let unit: string | undefined;
  for (let r = headerTop - 1; r > previousBottom && r >= headerTop - 5; r--) {
    const t = firstText(view, r, 0, view.width - 1);
    if (!t) {
      if (title) break;
      continue;
    }
    const u = UNIT_LINE.exec(t);
    if (u) unit = u[1];
    else if (!title) title = t;
  }
  let source: string | undefined;
  const after = firstText(view, bodyBottom + 1, 0, view.width - 1);
  if (/^nguồn\s*:/iu.test(after)) source = after;

  const columns = readColumns(view, headerTop, headerBottom, bodyTop, bodyBottom, left, right);
  const sttCol = columns.find((c) => c.role.kind === 'stt')?.col;
  const labelCol = columns.find((c) => c.role.kind === 'label')?.col;
  const valueCols = columns.filter((c) => !['stt', 'label', 'unit', 'note', 'other'].includes(c.role.kind)).map((c) => c.col);

  const inputs: RowInput[] = [];
  for (let r = bodyTop; r <= bodyBottom; r++) {
    const labelCell = labelCol !== undefined ? cellAt(sheet, r, labelCol) : undefined;
    inputs.push({
      row: r,
      sttText: sttCol !== undefined ? cellText(cellAt(sheet, r, sttCol)) : '',
      label: labelCol !== undefined ? cellText(labelCell) : '',
      indent: labelCell?.indent ?? 0,
      hasFigures: valueCols.some((c) => {
        const look = looks(cellAt(sheet, r, c));
        return look === 'figure' || look === 'pending';
      }),
    });
  }
  const hierarchy = inferHierarchy(inputs);
  const range: CellRange = { top: headerTop, left, bottom: bodyBottom, right };
  return {
    id: `${sheet.name}/${index}`,
    sheet: sheet.name,
    range,
    title,
    unit: unit ?? unitFromColumn(view, columns, bodyTop, bodyBottom),
    source,
    headerTop,
    headerBottom,
    bodyTop,
    bodyBottom,
    columns,
    rows: hierarchy.rows,
    rowGroups: hierarchy.groups,
    colGroups: columnGroups(columns),
    totalRow: hierarchy.totalRow,
  };
}

const FIGURE_TEXT = /^\s*(?:(?:tăng|giảm)\s+)?[+\-−–]?\s*\d[\d.,]*\s*%?\s*$|^\s*\d+\s*\/\s*\d+\s*$|^\s*[-–—]\s*$/iu;
const NOT_FILLED = /^[\d\s]*(?:\.{2,}|…+)[\d\s%]*$|^#(DIV\/0!|N\/A|NAME\?|NULL!|NUM!|REF!|VALUE!)/;

/** How a body cell looks, cheaply, for telling figure columns from text columns (no exact parsing). */
function looks(cell: RawCell | undefined): 'empty' | 'figure' | 'pending' | 'text' {
  if (!cell || cell.value === null) return 'empty';
  const v = cell.value;
  if (typeof v === 'number') return 'figure';
  if (typeof v === 'object') return 'pending';
  if (typeof v !== 'string') return 'text';
  if (v.trim() === '') return 'empty';
  if (FIGURE_TEXT.test(v)) return 'figure';
  return NOT_FILLED.test(v.trim()) ? 'pending' : 'text';
}

function firstText(view: SheetView, row: number, left: number, right: number): string {
  for (let c = left; c <= right; c++) {
    const t = cellText(cellAt(view.sheet, row, c));
    if (t) return t;
  }
  return '';
}

function unitFromColumn(view: SheetView, columns: TableColumn[], top: number, bottom: number): string | undefined {
  const unitCol = columns.find((c) => c.role.kind === 'unit');
  if (!unitCol) return undefined;
  const units = new Set<string>();
  for (let r = top; r <= bottom; r++) {
    const t = cellText(cellAt(view.sheet, r, unitCol.col));
    if (t) units.add(t);
  }
  return units.size === 1 ? [...units][0] : undefined;
}

function readColumns(view: SheetView, headerTop: number, headerBottom: number, bodyTop: number, bodyBottom: number, left: number, right: number): TableColumn[] {
  const columns: TableColumn[] = [];
  for (let c = left; c <= right; c++) {
    const path: string[] = [];
    for (let r = headerTop; r <= headerBottom; r++) {
      const t = shownText(view, r, c);
      if (t && path[path.length - 1] !== t && !/^\(?([0-9]{1,2}|[A-Z])\)?(\s*=.*)?$/.test(t)) path.push(t);
    }
    let text = 0;
    let figures = 0;
    let format: string | undefined;
    for (let r = bodyTop; r <= bodyBottom; r++) {
      const cell = cellAt(view.sheet, r, c);
      const look = looks(cell);
      if (look === 'text') text++;
      else if (look === 'figure') {
        figures++;
        if (cell?.numberFormat && cell.numberFormat !== 'General') format ??= cell.numberFormat;
      }
    }
    if (path.length === 0 && text === 0 && figures === 0) continue;
    columns.push({ col: c, path, header: path.join(' / '), role: classifyColumn(path, text > figures), ...(format ? { format } : {}) });
  }
  return linkColumns(columns);
}

const COLUMN_SPLIT = /chia ra|^gồm|bao gồm|trong đó/iu;

/** Cross-tab totals: "Tổng số | Trong đó: Nữ | Dân tộc" or "Tổng số | Chia ra: Nam | Nữ" within one period. */
function columnGroups(columns: TableColumn[]): Group[] {
  const groups: Group[] = [];
  const values = columns.filter((c) => c.role.kind === 'value');
  for (let i = 0; i < values.length; i++) {
    const total = values[i];
    if (total.role.kind !== 'value' || !total.role.total) continue;
    const period = total.role.period?.label;
    const parts: TableColumn[] = [];
    for (let j = i + 1; j < values.length; j++) {
      const v = values[j];
      if (v.role.kind !== 'value' || v.role.total || v.role.period?.label !== period) break;
      if (v.col !== (parts.at(-1)?.col ?? total.col) + 1 && columns.some((c) => c.col > (parts.at(-1)?.col ?? total.col) && c.col < v.col && c.role.kind !== 'share')) break;
      parts.push(v);
    }
    if (parts.length === 0) continue;
    const parentText = parts[0].path.find((p) => COLUMN_SPLIT.test(p)) ?? '';
    const labels = parts.map((p) => p.path.at(-1)!);
    const dims = new Set(labels.map(dimensionOf));
    let relation: Relation = 'sum';
    let reading: Reading = 'gom';
    if (/trong đó/iu.test(parentText)) {
      if (dims.size === 1 && !dims.has(undefined) && isKnownExhaustive(labels)) [relation, reading] = ['sum', 'trong-do-exhaustive'];
      else if (dims.size === 1 && !dims.has(undefined)) [relation, reading] = ['within', 'trong-do-disjoint'];
      else [relation, reading] = ['each-within', 'trong-do-overlap'];
    } else if (!parentText && dims.size > 1) [relation, reading] = ['each-within', 'overlap'];
    groups.push({ parent: total.col, parts: parts.map((p) => p.col), relation, reading });
  }
  return groups;
}

export function describeRange(sheet: string, range: CellRange): string {
  return `${sheet}!${a1(range.top, range.left)}:${a1(range.bottom, range.right)}`;
}
