// Finding the statistical tables on a sheet: header block, body, title, unit line and source note.
import type { CellRange } from '../address';
import { a1 } from '../address';
import { cellAt, mergeOwners, positionKey, RawCell, SheetInput, sheetWidth } from '../sheet';

import { normalizeSpaces } from '../numbers/parse';
import { classifyColumn, linkColumns } from './columns';
import { inferHierarchy, RowInput } from './hierarchy';
import { parseStt, Stt } from './stt';
import { labelGroups, readColumnNumbers, rowRatios, stockFlow } from './written';
import { periodRows } from './period-rows';
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
  /** Each cell's cellText, made the first time it is asked for (see textAt). */
  texts: (string | undefined)[][];
}

export function viewOf(sheet: SheetInput): SheetView {
  return { sheet, width: sheetWidth(sheet), owners: mergeOwners(sheet), texts: [] };
}

/**
 * cellText of the cell at (row, col), normalized once per detection: a body row's label is read for header words,
 * for an empty row, for the first text and for the row's own label, and re-normalizing it each time was a good
 * part of detection's cost.
 */
function textAt(view: SheetView, row: number, col: number): string {
  // As wide as the sheet at once (when it is narrow): grown cell by cell, a row's array was made over as it filled.
  const line = (view.texts[row] ??= view.width <= 64 ? new Array(view.width) : []);
  let text = line[col];
  if (text === undefined) line[col] = text = cellText(cellAt(view.sheet, row, col));
  return text;
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
  return owner ? textAt(view, owner.row, owner.col) : textAt(view, row, col);
}

/**
 * Whether the cell shows any text: a number with no text of its own always does (String of a number is never
 * blank), said without writing that text — most cells a table's rows are scanned for are such numbers.
 */
function showsText(view: SheetView, row: number, col: number): boolean {
  const cell = cellAt(view.sheet, row, col);
  if (cell && typeof cell.value === 'number' && cell.text === undefined) return true;
  return textAt(view, row, col) !== '';
}

function isEmptyRow(view: SheetView, row: number, left = 0, right = view.width - 1): boolean {
  for (let c = left; c <= right; c++) if (showsText(view, row, c) && !view.owners.has(positionKey(row, c))) return false;
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
  // A figure anywhere on the row makes it no header: looked for before any text is matched for header words, as
  // every body row is asked (most have their STT and label before the first figure).
  for (let c = 0; c < view.width; c++) {
    const cell = cellAt(view.sheet, row, c);
    if (cell && (typeof cell.value === 'number' || cell.formula) && !view.owners.has(positionKey(row, c))) return 0;
  }
  let score = 0;
  for (let c = 0; c < view.width; c++) {
    const cell = cellAt(view.sheet, row, c);
    if (!cell || view.owners.has(positionKey(row, c))) continue;
    if (HEADER_WORD.test(textAt(view, row, c))) score++;
  }
  return score;
}

/** A column-number cell: "1", "(2)", "A", "2 (=3+4)", "3=4+6+8", "4(=2*100/3)", "4 = 2:3". */
// "3", "(3)", "A", "2 (=3+4)", "(3)=(4)+(5)", "4 = 2:3", "(6)=(5)/(3)x100": a column's number and the formula it states.
export const COLUMN_NUMBER = /^\(?(\d{1,2}|[A-Z])\)?\s*(\(?\s*=[\s\dA-Z()+\-−*x×/:.…,]*)?$/;

/**
 * A second header row typed without merges: every text stands under a blank header cell or under a heading that
 * opens sub-columns ("Trong đó" | "" over "Nữ" | "Dân tộc thiểu số"), and none under a header that names its column.
 */
function underOpenHeadings(view: SheetView, row: number, left: number, right: number): boolean {
  let texts = 0;
  for (let c = left; c <= right; c++) {
    const t = textAt(view, row, c);
    if (!t) continue;
    texts++;
    const above = textAt(view, row - 1, c);
    if (above && !/^(trong đó|chia ra|gồm|phân theo|chia theo|theo|cơ cấu)/iu.test(above.trim())) return false;
  }
  return texts >= 2;
}

function isColumnNumberRow(view: SheetView, row: number, left: number, right: number): boolean {
  const texts: string[] = [];
  for (let c = left; c <= right; c++) {
    const t = textAt(view, row, c);
    if (t) texts.push(t);
  }
  if (texts.length < 3) return false;
  if (!texts.every((t) => COLUMN_NUMBER.test(t)) || !/^\(?(1|A)\)?/.test(texts[0])) return false;
  // Numbered left to right (A, B, then 1, 2, 3 …): a row of small counts or a body row ("1 | C | 5") is not.
  const lead = texts.map((t) => /^\(?(\d+|[A-Z])/.exec(t)![1]);
  const firstDigit = lead.findIndex((x) => /\d/.test(x));
  // A letter may close the row too ("A | B | 1 | 2 | 3 | C": C names the notes column), not stand among the numbers.
  const lastDigit = lead.length - 1 - [...lead].reverse().findIndex((x) => /\d/.test(x));
  if (firstDigit < 0 || lead.slice(firstDigit, lastDigit + 1).some((x) => !/\d/.test(x))) return false;
  const numbers = lead.slice(firstDigit, lastDigit + 1).map(Number);
  return numbers.length >= 2 && numbers.every((n, i) => i === 0 || (n > numbers[i - 1] && n - numbers[i - 1] <= 3));
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
    const read = readPanels(view, row, previousBottom, tables.length + 1);
    if (read.length) {
      tables.push(...read);
      previousBottom = Math.max(...read.map((t) => t.range.bottom));
      row = previousBottom + 1;
    } else row++;
  }
  // Figures no heading word announced: the header is the block of headings right above them, as a clerk reads it.
  for (let r = 0; r < height; r++) {
    if (tables.some((t) => r >= t.range.top && r <= t.range.bottom) || !looksLikeFigures(view, r)) continue;
    const floor = Math.max(-1, ...tables.filter((t) => t.range.bottom < r).map((t) => t.range.bottom));
    let header = r - 1;
    while (header > floor && header >= r - 3 && textColumns(view, header, 0, view.width - 1) < 2) header--;
    if (header <= floor || header < r - 3 || hasFigure(view, header, 0, view.width - 1)) continue;
    const read = readPanels(view, header, floor, tables.length + 1).filter((t) => t.range.bottom >= r && !tables.some((o) => overlaps(o.range, t.range)));
    tables.push(...read);
    if (read.length) r = Math.max(...read.map((t) => t.range.bottom));
  }
  tables.sort((a, b) => a.range.top - b.range.top || a.range.left - b.range.left);
  tables.forEach((t, i) => (t.id = `${sheet.name}/${i + 1}`));
  return tables;
}

/** A figure typed as text ("32.988", "33,28", "-12"): a "-" alone is not one here. */
function isTextFigure(cell: RawCell | undefined): cell is RawCell & { value: string } {
  return typeof cell?.value === 'string' && looks(cell) === 'figure' && /\d/.test(cell.value);
}

/** Figures typed as text on a row, years ("2023") aside: those head columns as often as they fill them. */
function textFigures(view: SheetView, row: number, left: number, right: number): number {
  let n = 0;
  for (let c = left; c <= right; c++) {
    const cell = cellAt(view.sheet, row, c);
    if (isTextFigure(cell) && !/^\d{4}$/.test(cell.value.trim())) n++;
  }
  return n;
}

function looksLikeFigures(view: SheetView, row: number): boolean {
  if (hasFigure(view, row, 0, view.width - 1)) return true;
  for (let c = 0; c < view.width; c++) if (isTextFigure(cellAt(view.sheet, row, c))) return true;
  return false;
}

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** Whether one of the first `count` spans covers the column. */
function coveredBy(spans: CellRange[], count: number, col: number): boolean {
  for (let i = 0; i < count; i++) if (col >= spans[i].left && col <= spans[i].right) return true;
  return false;
}

/** Figures on a sheet that no table covers, as rectangular regions of adjacent rows, with their cell counts. */
export function unreadRegions(sheet: SheetInput, tables: Table[]): { range: CellRange; cells: number }[] {
  const regions: { range: CellRange; cells: number }[] = [];
  let current: { range: CellRange; cells: number } | undefined;
  // The column spans the tables cover on a row, found once per row rather than once per cell, in one array reused:
  // its first `count` entries (emptying it with length = 0 let its store go, and each row made a new one).
  const spans: CellRange[] = [];
  let count = 0;
  for (let r = 0; r < sheet.cells.length; r++) {
    let left = -1;
    let right = -1;
    let cells = 0;
    count = 0;
    // Indexed loops here and in coveredBy: every row of every sheet asks, and a for…of makes an object per step
    // where this runs unoptimized.
    for (let i = 0; i < tables.length; i++) {
      const t = tables[i];
      if (r >= t.range.top && r <= t.range.bottom) spans[count++] = t.range;
    }
    const row = sheet.cells[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (!cell || coveredBy(spans, count, c)) continue;
      if (typeof cell.value === 'string' ? !isTextFigure(cell) : looks(cell) !== 'figure') continue;
      if (isDateFormat(cell.numberFormat)) continue;
      if (left < 0) left = c;
      right = c;
      cells++;
    }
    if (cells === 0) {
      if (current) regions.push(current);
      current = undefined;
      continue;
    }
    if (current) {
      current.range = { ...current.range, bottom: r, left: Math.min(current.range.left, left), right: Math.max(current.range.right, right) };
      current.cells += cells;
    } else current = { range: { top: r, bottom: r, left, right }, cells };
  }
  if (current) regions.push(current);
  return regions;
}

function isDateFormat(format: string | undefined): boolean {
  return !!format && /(^|[^"\\])[dy]/i.test(format.replace(/"[^"]*"/g, '')) && !/general/i.test(format);
}

const STT_HEADER = /^(stt|tt|số tt|số thứ tự)$/iu;

/**
 * A table, or two when one physical row carries two records (forms.md: the two-panel layout of Biểu 2B,
 * `TT | Tên | Tổng số | … | TT | Tên | Tổng số | …`): each panel is read as its own table before any sum.
 */
function readPanels(view: SheetView, row: number, previousBottom: number, index: number): Table[] {
  const whole = readTable(view, row, previousBottom, index);
  if (!whole) return [];
  const { left, right } = whole.range;
  const texts = (c: number) => shownText(view, whole.headerBottom, c).toLowerCase() || shownText(view, whole.headerTop, c).toLowerCase();
  const starts = [];
  for (let c = left; c <= right; c++) if (STT_HEADER.test(shownText(view, whole.headerTop, c)) || STT_HEADER.test(texts(c))) starts.push(c);
  if (starts.length < 2) return [whole];
  const width = starts[1] - starts[0];
  let same = 0;
  for (let k = 0; k < width && starts[1] + k <= right; k++) if (texts(starts[0] + k) === texts(starts[1] + k) && texts(starts[0] + k) !== '') same++;
  if (same < 2) return [whole];
  const first = readTable(view, row, previousBottom, index, { left, right: starts[1] - 1 });
  const second = readTable(view, row, previousBottom, index + 1, { left: starts[1], right });
  if (first && second) {
    const numbered = (t: Table) => t.rows.filter((r) => r.kind === 'data' && /^\d+\.?$/.test((r.stt ?? '').trim()));
    const last = numbered(first).at(-1);
    const next = numbered(second)[0];
    const closes = second.rowGroups.some((g) => g.reading === 'trailing-total');
    if (last && next && closes && first.totalRow === undefined && parseInt(next.stt!, 10) === parseInt(last.stt!, 10) + 1) {
      second.continues = { rows: first.rows.filter((r) => r.kind === 'data').map((r) => r.row), offset: second.range.left - first.range.left };
    }
  }
  return [first, second].filter((t): t is Table => !!t);
}

function readTable(view: SheetView, firstHeader: number, previousBottom: number, index: number, bounds?: { left: number; right: number }): Table | undefined {
  const { sheet } = view;
  let left = view.width;
  let right = -1;
  const widen = (row: number) => {
    for (let c = bounds?.left ?? 0; c <= (bounds?.right ?? view.width - 1); c++) {
      if (shownText(view, row, c) !== '') {
        left = Math.min(left, c);
        right = Math.max(right, c);
      }
    }
  };
  widen(firstHeader);
  if (right < left) return undefined;
  const headerTop = headerTopAbove(view, firstHeader, previousBottom, left, right);
  for (let r = headerTop; r < firstHeader; r++) widen(r);

  let headerBottom = firstHeader;
  let numberRow: number | undefined;
  for (const m of sheet.merges) {
    if (m.top >= headerTop && m.top <= firstHeader && m.left >= left && m.right <= right) headerBottom = Math.max(headerBottom, m.bottom);
  }
  for (let r = headerBottom + 1; r < sheet.cells.length; r++) {
    // A column-number row may be typed as numbers (1 | 2 | 3): it closes the header, it is not the body.
    if (isColumnNumberRow(view, r, left, right)) {
      headerBottom = r;
      numberRow = r;
      break;
    }
    if (hasFigure(view, r, left, right) || isEmptyRow(view, r, left, right)) break;
    // Figures typed as text ("32.988", "33,28") start the body, whatever else the row holds.
    if (textFigures(view, r, left, right) > 0) break;
    let texts = 0;
    let sub = 0;
    for (let c = left; c <= right; c++) {
      if (view.owners.has(positionKey(r, c))) continue;
      const t = textAt(view, r, c);
      if (!t) continue;
      texts++;
      if (SUBHEADER_WORD.test(t)) sub++;
    }
    if (texts > 0 && (sub === texts || textColumns(view, r, left, right) >= 3 || underOpenHeadings(view, r, left, right))) headerBottom = r;
    else break;
  }

  let bodyBottom = headerBottom;
  for (let r = headerBottom + 1; r < sheet.cells.length; r++) {
    if (isEmptyRow(view, r, left, right)) {
      // A blank row before the next roman block of the same table ("II | Giám sát chuyên đề" over figures in the
      // same columns, with no header of its own) separates blocks, not tables.
      const next = r + 1;
      if (next < sheet.cells.length && bodyBottom > headerBottom && isNextBlock(view, next, left, right)) continue;
      break;
    }
    const first = firstText(view, r, left, right);
    // Both lines are written with a colon: most rows, whose first text is an STT or a label without one, are not matched.
    if (first.includes(':') && (SOURCE_LINE.test(first) || UNIT_LINE.test(first))) break;
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
      sttText: sttCol !== undefined ? textAt(view, r, sttCol) : '',
      label: labelCol !== undefined ? textAt(view, r, labelCol) : '',
      indent: labelCell?.indent ?? 0,
      hasFigures: valueCols.some((c) => {
        const look = looks(cellAt(sheet, r, c));
        return look === 'figure' || look === 'pending';
      }),
    });
  }
  const hierarchy = inferHierarchy(inputs);
  const range: CellRange = { top: headerTop, left, bottom: bodyBottom, right };
  let colGroups = columnGroups(columns);
  const scaled: NonNullable<Table['scaledColumns']> = [];
  if (numberRow !== undefined) {
    const numbers = new Map<number, string>();
    for (let c = left; c <= right; c++) {
      const t = textAt(view, numberRow, c);
      if (t) numbers.set(c, t);
    }
    const within = (col: number) => /trong đó/iu.test(columns.find((x) => x.col === col)?.header ?? '');
    // A share column ("Tỷ lệ (%)") over "(5) = (4)/(3)" keeps its reading as a share of its row; a comparison is a ratio.
    const inPercent = (col: number) => /so sánh|(?<![\p{L}])so(?:\s+với)?\s/iu.test(columns.find((x) => x.col === col)?.path.join(' ') ?? '');
    for (const rule of readColumnNumbers(numbers, within, inPercent)) {
      const column = columns.find((x) => x.col === rule.target);
      if (!column) continue;
      if (rule.kind === 'scaled') {
        scaled.push({ target: rule.target, numerator: rule.numerator, denominator: rule.denominator, scale: rule.scale });
      } else if (rule.kind === 'ratio') column.role = { kind: 'ratio', current: rule.current, previous: rule.previous, named: column.role.kind === 'ratio' ? column.role.named : [] };
      else {
        // The written sum replaces the sum read from the header; a "Trong đó" beside it still holds.
        colGroups = colGroups.filter((g) => g.parent !== rule.target || g.relation !== 'sum');
        colGroups.push({ parent: rule.target, parts: rule.parts, relation: 'sum', reading: 'written' });
      }
    }
  }
  const unitCol = columns.find((c) => c.role.kind === 'unit')?.col;
  if (unitCol !== undefined) for (const row of hierarchy.rows) row.unit = textAt(view, row.row, unitCol).toLowerCase() || undefined;
  // A row comparing two period rows is neither a part nor a whole of them.
  const { comparisons } = periodRows(hierarchy.rows);
  const compared = new Set(comparisons.map((c) => c.row));
  if (compared.size) for (const row of hierarchy.rows) if (compared.has(row.row)) row.kind = 'average';
  const written = labelGroups(hierarchy.rows);
  const noteCol = columns.find((c) => c.role.kind === 'note')?.col;
  const notes = new Map(noteCol === undefined ? [] : hierarchy.rows.map((r) => [r.row, textAt(view, r.row, noteCol)] as const));
  const ratios = rowRatios(hierarchy.rows, notes);

  // The groups read from the layout that no written group replaces, then the written ones, each without the compared
  // rows. Pushed one by one into one array: spread, the two lists (either often empty, an array of another elements
  // kind than a filled one) threw the optimized readTable back to the interpreter at every table in some runs.
  const rowGroups: Group[] = [];
  const keep = (g: Group) => {
    const kept = compared.size ? { ...g, parts: g.parts.filter((p) => !compared.has(p)) } : g;
    if (kept.parts.length && !compared.has(kept.parent)) rowGroups.push(kept);
  };
  for (let i = 0; i < hierarchy.groups.length; i++) {
    const g = hierarchy.groups[i];
    if (!written.some((w) => w.parent === g.parent)) keep(g);
  }
  for (let i = 0; i < written.length; i++) keep(written[i]);
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
    rowGroups,
    colGroups,
    totalRow: hierarchy.totalRow,
    numberRow,
    stockFlow: stockFlow(hierarchy.rows),
    ...(ratios.length ? { rowRatios: ratios } : {}),
    ...(scaled.length ? { scaledColumns: scaled } : {}),
    ...(comparisons.length ? { comparisons } : {}),
  };
}

const FIGURE_TEXT = /^\s*(?:(?:tăng|giảm)\s+)?[+\-−–]?\s*\d[\d.,]*\s*%?\s*$|^\s*\d+\s*\/\s*\d+\s*$|^\s*[-–—]\s*$/iu;
const NOT_FILLED = /^[\d\s]*(?:\.{2,}|…+)[\d\s%]*$|^#(DIV\/0!|N\/A|NAME\?|NULL!|NUM!|REF!|VALUE!)/;

/** How a body cell looks, cheaply, for telling figure columns from text columns (no exact parsing). */
/** A row that opens a roman-numbered block (I, II, III) with no text over the figure columns, figures below it. */
function isNextBlock(view: SheetView, row: number, left: number, right: number): boolean {
  const first = textAt(view, row, left).trim();
  if (!/^(?=[IVXL])(L?X{0,3})(IX|IV|V?I{0,3})\.?$/.test(first)) return false;
  let texts = 0;
  for (let c = left + 1; c <= right; c++) if (textAt(view, row, c)) texts++;
  // The roman mark and its name, nothing over the figures; the rows under it carry figures.
  return texts <= 1 && row + 1 < view.sheet.cells.length && hasFigure(view, row + 1, left, right);
}

function looks(cell: RawCell | undefined): 'empty' | 'figure' | 'pending' | 'text' {
  if (cell?.formula && (cell.value === null || cell.value === undefined)) return 'pending';
  if (!cell || cell.value === null) return 'empty';
  const v = cell.value;
  if (typeof v === 'number') return 'figure';
  if (typeof v === 'object') return 'pending';
  if (typeof v !== 'string') return 'text';
  if (v.trim() === '') return 'empty';
  if (FIGURE_TEXT.test(v)) return 'figure';
  return NOT_FILLED.test(v.trim()) ? 'pending' : 'text';
}

/** Columns of a row that show words of their own (merged continuations, figures and "..." not counted). */
function textColumns(view: SheetView, row: number, left: number, right: number): number {
  let n = 0;
  for (let c = left; c <= right; c++) if (!view.owners.has(positionKey(row, c)) && looks(cellAt(view.sheet, row, c)) === 'text') n++;
  return n;
}

/**
 * Where the header block starts: a merge that reaches the header row from above ("TT" over three rows,
 * "Cán bộ được đào tạo" spanning its sub-columns) or a row of two or more headings right above it belongs
 * to it; a title or unit line (one text) does not.
 */
function headerTopAbove(view: SheetView, row: number, previousBottom: number, left: number, right: number): number {
  let top = row;
  for (let changed = true; changed; ) {
    changed = false;
    for (const m of view.sheet.merges) {
      if (m.top < top && m.bottom >= top && m.top > previousBottom && m.right >= left && m.left <= right && m.top >= row - 4) {
        top = m.top;
        changed = true;
      }
    }
    const above = top - 1;
    if (above > previousBottom && above >= row - 4 && !hasFigure(view, above, left, right) && textColumns(view, above, left, right) >= 2 && !UNIT_LINE.test(firstText(view, above, left, right))) {
      top = above;
      changed = true;
    }
  }
  return top;
}

function firstText(view: SheetView, row: number, left: number, right: number): string {
  for (let c = left; c <= right; c++) {
    const t = textAt(view, row, c);
    if (t) return t;
  }
  return '';
}

function unitFromColumn(view: SheetView, columns: TableColumn[], top: number, bottom: number): string | undefined {
  const unitCol = columns.find((c) => c.role.kind === 'unit');
  if (!unitCol) return undefined;
  const units = new Set<string>();
  for (let r = top; r <= bottom; r++) {
    const t = textAt(view, r, unitCol.col);
    if (t) units.add(t);
  }
  return units.size === 1 ? [...units][0] : undefined;
}

const PERIOD_HEADER = /^(năm|các năm|nhiệm kỳ|kỳ|kỳ báo cáo|thời điểm|thời gian|giai đoạn|mã|mã số|mã đơn vị)$/iu;

/** Every filled cell is a year (1945–2100) or a term ("2015 - 2020"), and there are at least two. */
function isPeriodColumn(view: SheetView, col: number, top: number, bottom: number): boolean {
  let filled = 0;
  for (let r = top; r <= bottom; r++) {
    const t = textAt(view, r, col);
    if (!t) continue;
    filled++;
    const m = /^(?:năm\s+)?(\d{4})(?:\s*[-–]\s*(\d{4}))?$/iu.exec(t);
    if (!m || Number(m[1]) < 1945 || Number(m[1]) > 2100) return false;
  }
  return filled >= 2;
}

/** Most filled cells are row numbers (I, 1, 1.2, a), -, +) and they are not one long run of counts. */
function isNumberingColumn(view: SheetView, col: number, top: number, bottom: number): boolean {
  let filled = 0;
  let numbering = 0;
  let nonArabic = 0;
  // Plain numbers count as numbering when they go on from one another (1, 2, 3 …), not as 20, 25, 30 do.
  let previous: number | undefined;
  let steps = 0;
  let arabic = 0;
  for (let r = top; r <= bottom; r++) {
    const cell = cellAt(view.sheet, r, col);
    const v = cell?.value;
    // A whole number below 100,000 shown as typed (no text of its own) reads as its digits, an arabic numbering:
    // taken as the number it is, without writing its text (most cells of a figure column are such).
    if (typeof v === 'number' && cell!.text === undefined && Number.isInteger(v) && v >= 0 && v < 100_000) {
      filled++;
      numbering++;
      if (arabic > 0 && (v === previous! + 1 || v === 1)) steps++;
      previous = v;
      arabic++;
      continue;
    }
    // Any other number with no text of its own shows the digits String writes (plain ASCII: normalizing keeps them),
    // read here without keeping them in the view; a negative one ("-12") is never a numbering, a lone dash being the
    // only one to start so. Shares and changes are most of these: most are told from the number, unwritten.
    const shown = typeof v === 'number' && cell!.text === undefined;
    const told = shown ? shownIsNumbering(v) : undefined;
    let t = '';
    let stt: Stt | undefined;
    if (told !== undefined) {
      filled++;
      // A decimal that reads as a numbering reads as a dotted one ("12.5"): never arabic.
      if (told) {
        numbering++;
        nonArabic++;
      }
    } else {
      t = shown ? String(v) : textAt(view, r, col);
      if (!t) continue;
      filled++;
      stt = t.length > 5 || (shown && v < 0) ? undefined : parseStt(t);
    }
    if (stt) {
      numbering++;
      if (stt.kind !== 'arabic') nonArabic++;
      else if (/^\d+$/.test(t)) {
        const n = Number(t);
        if (arabic > 0 && (n === previous! + 1 || n === 1)) steps++;
        previous = n;
        arabic++;
      }
    }
    // A column of figures is known not to be numbering long before its end: the rows left (each at most one more
    // numbering and one more step) can no longer bring numbering to 80 % of the filled cells, or steps to 70 % of
    // the plain numbers. Integer bounds with a margin, so the answer is the one reading every row gives.
    const left = bottom - r;
    if (4 * (filled - numbering) > numbering + left) return false;
    if (arabic >= 2 && 10 * steps + 3 * left < 7 * (arabic - 1)) return false;
  }
  const counting = arabic < 2 || steps >= (arabic - 1) * 0.7;
  return filled >= 2 && numbering >= filled * 0.8 && (nonArabic > 0 || numbering === filled) && counting;
}

/**
 * Whether the digits String writes for a number shown as typed read as a numbering (parseStt of five characters or
 * fewer, all isNumberingColumn reads), told without writing them; undefined when they must be written to tell (a whole
 * number from 0 to 99,999 or from 10^21, one below 10^-6 that String writes with an exponent, NaN). A negative number,
 * and any other from 1,000 on (six characters or more), read as none; a decimal between reads as a dotted numbering
 * exactly when String writes it in five characters ("0.125", "12.5"): when it has at most 4 − (digits before its
 * point) decimals, that is when the nearest number of that many decimals is the double itself (as shortestDecimalPlaces
 * reads String's digits).
 */
function shownIsNumbering(v: number): boolean | undefined {
  // From 10^21 on String writes an exponent ("1e+21", five characters): written, as any whole number outside these.
  if (Number.isInteger(v)) return v < 0 || (v >= 100_000 && v < 1e21) ? false : undefined;
  if (v < 0 || v >= 1000) return false;
  if (!(v >= 1e-6)) return undefined;
  const most = v < 10 ? 3 : v < 100 ? 2 : 1;
  for (let k = 1, scale = 10; k <= most; k++, scale *= 10) if (Math.round(v * scale) / scale === v) return true;
  return false;
}

function readColumns(view: SheetView, headerTop: number, headerBottom: number, bodyTop: number, bodyBottom: number, left: number, right: number): TableColumn[] {
  const columns: TableColumn[] = [];
  for (let c = left; c <= right; c++) {
    const path: string[] = [];
    for (let r = headerTop; r <= headerBottom; r++) {
      const t = shownText(view, r, c);
      if (t && path[path.length - 1] !== t && !COLUMN_NUMBER.test(t)) path.push(t);
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
    const numbered = isNumberingColumn(view, c, bodyTop, bodyBottom);
    let role = classifyColumn(path, text > figures, figures >= 2 && figures > text && !numbered);
    // A column of row numbers under a heading merged over the labels ("Loại hình …" over TT and name) is the STT.
    if ((role.kind === 'label' || role.kind === 'other') && columns.every((x) => x.role.kind !== 'stt') && numbered) role = { kind: 'stt' };
    // Years, terms and codes down a column are what the rows are, not figures: never summed or formatted as counts.
    if (role.kind === 'value' && (PERIOD_HEADER.test(path.at(-1) ?? '') || isPeriodColumn(view, c, bodyTop, bodyBottom))) role = { kind: 'label' };
    // Written out, not spread: the conditional spread gave the columns hidden classes of their own.
    const header = path.join(' / ');
    columns.push(format ? { col: c, path, header, role, format } : { col: c, path, header, role });
  }
  return linkColumns(columns);
}

// "Toàn tỉnh", "Toàn huyện", "Cả nước" over the units' columns: the whole the units make up.
const TOTAL_LEAF = /^(tổng số|tổng cộng|cộng|tổng|cả nước|toàn (?:tỉnh|huyện|thành phố|thị xã|xã|phường|khối|đảng bộ|ngành))(?![\p{L}])/iu;
const TRONG_DO = /trong đó/iu;
const CHIA_RA = /chia ra|^gồm|bao gồm|chia theo/iu;

/**
 * Cross-tab totals read from the header tree, as a clerk reads merged headers: a "Tổng số" column sums the
 * blocks beside it under the same parent header (each block by its own "Tổng số", or its columns), so
 * `Cán bộ: Tổng số | Cấp tỉnh (Tổng số, Trong đó LĐQL) | Cấp huyện (…) | Cấp xã` gives Tổng số = tỉnh + huyện + xã,
 * and a "Trong đó" column is a part within its block's total. A closing "Cộng" after period columns sums them.
 */
const PARTIAL_ANALYSIS = /lý luận|lí luận|chuyên môn|học hàm|học vị|chức danh|tin học|ngoại ngữ/iu;

const SUBPERIOD = /^(quý\s+(?:[IV]{1,3}|[1-4])|tháng\s+\d{1,2}|6 tháng (?:đầu|cuối) năm)(?![\p{L}\d])/iu;
const WHOLE_YEAR = /^(cả năm|tổng cả năm|cộng cả năm)(?![\p{L}])/iu;

function columnGroups(columns: TableColumn[]): Group[] {
  const groups: Group[] = [];
  const values = columns.filter((c) => c.role.kind === 'value');
  const leaf = (c: TableColumn) => c.path.at(-1) ?? '';
  // "Quý I | Quý II | Quý III | Quý IV | Cả năm": the year of a flow is the sum of its quarters (of a stock it is not,
  // and the figures say so: a layout reading, held to them).
  for (const year of values.filter((c) => WHOLE_YEAR.test(leaf(c)))) {
    const before = columns.filter((c) => c.col < year.col).reverse();
    const parts: number[] = [];
    for (const c of before) {
      if (c.role.kind !== 'value' || !SUBPERIOD.test(leaf(c))) break;
      parts.unshift(c.col);
    }
    if (parts.length >= 2) groups.push({ parent: year.col, parts, relation: 'sum', reading: 'layout' });
  }
  const isTotal = (c: TableColumn) => c.role.kind === 'value' && (c.role.total || TOTAL_LEAF.test(leaf(c)));
  const prefixOf = (c: TableColumn, n: number) => c.path.slice(0, n).join('\u0000');
  for (const total of values.filter(isTotal)) {
    const depth = total.path.length - 1;
    const parentKey = prefixOf(total, depth);
    const period = total.role.kind === 'value' ? total.role.period?.label : undefined;
    let siblings = values.filter((c) => c !== total && c.path.length > depth && prefixOf(c, depth) === parentKey);
    const span = total.role.kind === 'value' && total.role.period?.kind === 'term' ? /^(\d{4}) - (\d{4})$/.exec(total.role.period.label) : null;
    const yearsIn = (c: TableColumn) => c.role.kind === 'value' && c.role.period?.kind === 'year' && !isTotal(c) && c.role.period.order >= Number(span![1]) && c.role.period.order <= Number(span![2]);
    if (depth === 0 && span && siblings.filter(yearsIn).length >= 2) {
      // "Cộng 2020 - 2024" after the columns of each year: the years it spans, across its row.
      siblings = siblings.filter(yearsIn);
    } else if (depth === 0) {
      // A flat header: the columns of the same period, or, for a period-less total, the period columns it closes.
      const samePeriod = siblings.filter((c) => (c.role.kind === 'value' ? c.role.period?.label : undefined) === period);
      siblings = period === undefined && samePeriod.every(isTotal) ? siblings.filter((c) => c.role.kind === 'value' && c.role.period && !isTotal(c)) : samePeriod;
      // Only the columns up to the next total belong to this one ("Tổng số | Nam | Nữ | Tổng số | …").
      const nextTotal = values.filter(isTotal).find((c) => c.col > total.col && siblings.some((s) => s.col > c.col));
      if (nextTotal) siblings = siblings.filter((c) => c.col < nextTotal.col);
    }
    // Blocks: the next header level under the shared parent.
    const blocks = new Map<string, TableColumn[]>();
    for (const c of siblings) {
      const key = c.path.length > depth + 1 ? c.path[depth] : `#${c.col}`;
      blocks.set(key, [...(blocks.get(key) ?? []), c]);
    }
    const sumParts: TableColumn[] = [];
    const withinParts: TableColumn[] = [];
    let announced = false;
    for (const [key, block] of blocks) {
      const heading = key.startsWith('#') ? '' : key;
      if (TRONG_DO.test(heading)) {
        withinParts.push(...block);
        continue;
      }
      if (CHIA_RA.test(heading)) announced = true;
      const blockTotal = block.length > 1 ? block.find((c) => isTotal(c) && c.path.length === depth + 2) : undefined;
      for (const c of blockTotal ? [blockTotal] : block) {
        if (TRONG_DO.test(leaf(c))) withinParts.push(c);
        else if (!(block.length > 1 && !blockTotal && isTotal(c))) sumParts.push(c);
      }
    }
    if (sumParts.length === 1 && !announced) withinParts.push(sumParts.pop()!);
    // "Tổng số | Phân theo giới tính: Nam, Nữ | Phân theo thành thị, nông thôn: Thành thị, Nông thôn": two analyses
    // of the same whole under their own headings, each making the total.
    const analyses = [...blocks].filter(([key, block]) => !key.startsWith('#') && !TRONG_DO.test(key) && block.length >= 2 && !block.some(isTotal));
    if (analyses.length >= 2 && analyses.reduce((n, [, b]) => n + b.length, 0) === sumParts.length) {
      for (const [heading, block] of analyses) {
        const declared = /^(?:phân|chia)\s+(?:theo|ra)|^theo\s/iu.test(heading);
        const parts = block.map((c) => c.col).sort((a, b) => a - b);
        // Not everyone holds a political-theory level or a degree: such an analysis makes the total only when it has a
        // column for those with none ("Chưa qua đào tạo", "Khác").
        const partial = PARTIAL_ANALYSIS.test(heading) && !block.some((c) => /chưa|không|khác|còn lại/iu.test(leaf(c)));
        groups.push(partial ? { parent: total.col, parts, relation: 'within', reading: 'partial' } : { parent: total.col, parts, relation: 'sum', reading: declared ? 'gom' : 'layout' });
      }
      sumParts.length = 0;
    }
    if (sumParts.length) {
      const labels = sumParts.map(leaf);
      const dims = new Set(labels.map(dimensionOf));
      let relation: Relation = 'sum';
      let reading: Reading = announced ? 'gom' : 'layout';
      if (!announced && dims.size > 1 && [...dims].filter(Boolean).length >= 2) [relation, reading] = ['each-within', 'overlap'];
      else if (!announced && isKnownExhaustive(labels)) reading = 'gom';
      groups.push({ parent: total.col, parts: sumParts.map((c) => c.col).sort((a, b) => a - b), relation, reading });
    }
    if (withinParts.length) groups.push({ parent: total.col, parts: withinParts.map((c) => c.col).sort((a, b) => a - b), relation: 'each-within', reading: 'trong-do-overlap' });
  }
  return groups;
}

export function describeRange(sheet: string, range: CellRange): string {
  return `${sheet}!${a1(range.top, range.left)}:${a1(range.bottom, range.right)}`;
}
