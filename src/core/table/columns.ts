// What each column of a table holds, read from its header path ("Năm 2022 / Tỷ lệ (%)").
import type { ColumnRole, Period, TableColumn } from './types';
import { periodsIn, samePeriod } from './periods';

const STT = /^(stt|tt|số tt|số thứ tự)$/iu;
const UNIT = /đơn vị tính|^đvt$/iu;
const NOTE = /ghi chú/iu;
// "Tỷ lệ tăng (%)", "Tốc độ tăng": a growth rate, a change like "Tăng, giảm" (relative when of counts).
const DIFFERENCE = /tăng.*giảm|giảm.*tăng|chênh lệch|^tăng\b|(tỷ|tỉ) lệ tăng(?! thêm)|tốc độ tăng/iu;
// Abbreviations staff write in narrow headers: KH (kế hoạch), DT (dự toán), CK (cùng kỳ), NQ (nghị quyết).
const RATIO = /so sánh|tốc độ|chỉ số phát triển|kỳ này so với|so với cùng kỳ|năm báo cáo so với|so năm báo cáo|so với (kế hoạch|chỉ tiêu|dự toán|nghị quyết)|%\s*so(\s+với)?\s+(KH|DT|CK|NQ|kế hoạch|dự toán|chỉ tiêu|cùng kỳ)(?![\p{L}])|(tỷ|tỉ) lệ đạt(\s*\(%\))?\s*$|^% đạt\s*$/iu;
/** A target and what was done against it: "Kế hoạch | Thực hiện | % so với kế hoạch". */
export const PLANNED = /kế hoạch|chỉ tiêu|mục tiêu|dự toán|(?<![\p{L}])(KH|DT)(?![\p{L}])/iu;
const DONE = /thực hiện|đạt được|kết quả|cả năm/iu;
/** Periods named relative to the report: "Kỳ này | Cùng kỳ năm trước", "Năm báo cáo | Năm trước". */
export const PREVIOUS_WORDS = /cùng kỳ|năm trước|kỳ trước|đầu kỳ/iu;
export const CURRENT_WORDS = /kỳ này|kỳ báo cáo|năm báo cáo|năm nay|thực hiện/iu;
const SHARE = /tỷ lệ|tỉ lệ|\(%\)|^%$|cơ cấu/iu;
const LABEL = /nội dung|chỉ tiêu|danh mục|^tên|^đơn vị$|địa bàn|^loại|diễn giải/iu;
const TOTAL = /^(tổng số|tổng cộng|cộng|tổng)$/iu;
const POINTS = /tỷ lệ|tỉ lệ|%|điểm/iu;

export function classifyColumn(path: string[], mostlyText: boolean, mostlyFigures = false): ColumnRole {
  const leaf = path[path.length - 1] ?? '';
  const all = path.join(' ');
  const named = periodsIn(all);
  if (STT.test(leaf)) return { kind: 'stt' };
  if (UNIT.test(leaf)) return { kind: 'unit' };
  if (NOTE.test(leaf)) return { kind: 'note' };
  if (DIFFERENCE.test(leaf) || (DIFFERENCE.test(all) && !SHARE.test(leaf) && !RATIO.test(leaf))) {
    return { kind: 'difference', points: DIFFERENCE.test(all) && POINTS.test(leaf), named };
  }
  if (RATIO.test(leaf) || (RATIO.test(all) && SHARE.test(leaf))) return { kind: 'ratio', named };
  if (SHARE.test(leaf)) return { kind: 'share', period: named[0] };
  // "Chỉ tiêu giao" over figures is a target, not the column of labels ("Chỉ tiêu" over names).
  if ((LABEL.test(leaf) && !mostlyFigures) || mostlyText) return { kind: 'label' };
  return { kind: 'value', period: named[0], total: TOTAL.test(leaf) };
}

/** Fill in which columns shares, differences and ratios refer to. */
export function linkColumns(columns: TableColumn[]): TableColumn[] {
  const values = columns.filter((c) => c.role.kind === 'value');
  const shares = columns.filter((c) => c.role.kind === 'share');
  const labelSeen = columns.filter((c) => c.role.kind === 'label');
  if (labelSeen.length > 1) {
    // Only the first text column is the label; the others are remarks.
    for (const c of labelSeen.slice(1)) c.role = { kind: 'other' };
  }
  // "So với cùng kỳ / Tăng (+), giảm (-) | Tỷ lệ (%)": a rate beside a change under one heading is the change in
  // percent (of counts, relative; of shares, points), not the ratio of the two periods.
  for (const column of columns) {
    const role = column.role;
    // Only a bare rate: "So sánh (%)" beside "Tăng, giảm" is the ratio of the two periods, as it says.
    if (role.kind !== 'ratio' || column.path.length < 2 || !/^\s*(?:tỷ lệ|tỉ lệ|%|\(%\))\s*(?:\(\s*%\s*\))?\s*$/iu.test(column.path.at(-1) ?? '')) continue;
    const besideChange = columns.some((c) => c !== column && c.role.kind === 'difference' && !c.role.points && c.path.length === column.path.length && c.path[0] === column.path[0]);
    if (besideChange) column.role = { kind: 'difference', points: true, named: role.named };
  }
  // Pushed into one literal, not mapped: the array map returns is holey or packed depending on whether map ran in the
  // builtin or optimized, and every reader of a table's columns (collectFigures, inferRules, readTable …), optimized
  // for one kind, went back to the interpreter when it met the other.
  const linkedColumns: TableColumn[] = [];
  for (let i = 0; i < columns.length; i++) linkedColumns.push(linkColumn(columns[i], values, shares));
  return linkedColumns;
}

function linkColumn(column: TableColumn, values: TableColumn[], shares: TableColumn[]): TableColumn {
  const role = column.role;
  if (role.kind === 'share') {
    const left = values.filter((v) => v.col < column.col);
    const sameGroup = left.filter((v) => v.path.length > 1 && column.path.length > 1 && v.path[0] === column.path[0]);
    const of = (sameGroup.length ? sameGroup : left).at(-1) ?? values.find((v) => v.col > column.col);
    const period = role.period ?? (of?.role.kind === 'value' ? of.role.period : undefined);
    return withRole(column, { kind: 'share', of: of?.col, period });
  }
  if (role.kind === 'difference' || role.kind === 'ratio') {
    const pool = role.kind === 'difference' && role.points ? shares : values;
    const pair = comparedPair(pool, role.named, column.header);
    // "Tỷ lệ tăng, giảm (%)" beside counts, not shares: a relative change of the counts. A change "(điểm %)" is said
    // in points: it is of shares, whichever the columns beside it.
    if (pool === shares && pair.current === undefined && !/điểm/iu.test(column.header)) {
      const counts = comparedPair(values, role.named, column.header);
      if (counts.current !== undefined) return withRole(column, linked(role, counts, true));
    }
    return withRole(column, linked(role, pair));
  }
  return column;
}

type ComparisonRole = Extract<ColumnRole, { kind: 'difference' | 'ratio' }>;

/**
 * A comparison role with the pair of columns it compares (both or neither): what { ...role, ...pair } gives, and
 * `relative` after them, written out in one literal per kind and keys. The spread copies each had a hidden class of
 * its own (two hundred on the bench's workbook), and every `role.kind` read over a table's columns saw so many that
 * V8 gave up optimizing for them (detection and inference, in every check). `role` is as classifyColumn makes it:
 * no pair, never relative.
 */
function linked(role: ComparisonRole, pair: { current?: number; previous?: number }, relative?: true): ComparisonRole {
  const { current, previous } = pair;
  if (role.kind === 'ratio') return current === undefined ? { kind: 'ratio', named: role.named } : { kind: 'ratio', named: role.named, current, previous };
  if (current === undefined) return { kind: 'difference', points: role.points, named: role.named };
  return relative ? { kind: 'difference', points: role.points, named: role.named, current, previous, relative } : { kind: 'difference', points: role.points, named: role.named, current, previous };
}

/** { ...column, role } written out: the same keys in the same order, one hidden class for the columns of every table. */
function withRole(column: TableColumn, role: ColumnRole): TableColumn {
  return 'format' in column ? { col: column.col, path: column.path, header: column.header, role, format: column.format } : { col: column.col, path: column.path, header: column.header, role };
}

function periodOf(column: TableColumn): Period | undefined {
  const role = column.role;
  return role.kind === 'value' || role.kind === 'share' ? role.period : undefined;
}

/** The two columns a comparison compares: the periods it names, else the latest two; within a period,
 * the column whose header the comparison repeats ("tổng số"), else the total, else the first. */
function comparedPair(pool: TableColumn[], named: Period[], header: string): { current?: number; previous?: number } {
  const byLabel = new Map<string, TableColumn[]>();
  for (const c of pool) {
    const p = periodOf(c);
    if (!p) continue;
    byLabel.set(p.label, [...(byLabel.get(p.label) ?? []), c]);
  }
  const lowered = header.toLowerCase();
  const pick = (columns: TableColumn[]) =>
    columns.find((c) => columns.length > 1 && lowered.includes((c.path.at(-1) ?? '').toLowerCase()) && !periodsIn(c.path.at(-1) ?? '').length) ??
    columns.find((c) => c.role.kind === 'value' && c.role.total) ??
    columns[0];
  const periods = [...byLabel.keys()].map((label) => ({ label, order: periodOf(byLabel.get(label)![0])!.order }));
  let chosen: string[] = [];
  if (named.length >= 2 && named.every((p) => byLabel.has(p.label))) chosen = named.slice(0, 2).map((p) => p.label);
  else if (periods.length >= 2) chosen = periods.sort((a, b) => a.order - b.order).slice(-2).map((p) => p.label).reverse();
  // Target and result of one period ("Kế hoạch năm 2024 | Thực hiện năm 2024"): the result over the target.
  if (chosen.length < 2 || (named.length < 2 && /kế hoạch|chỉ tiêu|dự toán|đạt|(?<![\p{L}])(KH|DT)(?![\p{L}])/iu.test(header))) {
    const planned = pool.filter((c) => PLANNED.test(c.path.join(' ')) && !DONE.test(c.path.at(-1) ?? ''));
    const done = pool.filter((c) => DONE.test(c.path.join(' ')) && !PLANNED.test(c.path.at(-1) ?? ''));
    if (planned.length === 1 && done.length === 1) return { current: done[0].col, previous: planned[0].col };
  }
  if (chosen.length === 2) {
    const [a, b] = chosen.map((label) => pick(byLabel.get(label)!));
    const [current, previous] = periodOf(a)!.order >= periodOf(b)!.order ? [a, b] : [b, a];
    return { current: current.col, previous: previous.col };
  }
  const undated = pool.filter((c) => !periodOf(c));
  const leafOf = (c: TableColumn) => c.path.at(-1) ?? '';
  const previous = undated.filter((c) => PREVIOUS_WORDS.test(leafOf(c)));
  const current = undated.filter((c) => CURRENT_WORDS.test(leafOf(c)) && !PREVIOUS_WORDS.test(leafOf(c)));
  if (previous.length === 1 && current.length === 1) return { current: current[0].col, previous: previous[0].col };
  if (undated.length === 2) return { current: undated[1].col, previous: undated[0].col };
  return {};
}

/** Periods a comparison header names that the table does not compare: "so với nhiệm kỳ 2015 - 2020" in a 2020 - 2025 vs 2025 - 2030 table. */
export function wrongTermLabels(columns: TableColumn[], column: TableColumn): Period[] {
  const role = column.role;
  if (role.kind !== 'difference' && role.kind !== 'ratio') return [];
  if (role.current === undefined || role.previous === undefined) return [];
  const compared = [role.current, role.previous].map((col) => periodOf(columns.find((c) => c.col === col)!)).filter((p): p is Period => !!p);
  if (compared.length < 2) return [];
  return role.named.filter((p) => !compared.some((q) => samePeriod(p, q)));
}
