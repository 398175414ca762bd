// Row hierarchy from numbering, total rows, "Gồm"/"Trong đó" connectors and indentation, turned into groups.
import type { Group, Reading, Relation, TableRow } from './types';
import { parseStt, splitLeadingStt, Stt } from './stt';
import { dimensionOf, isExcellentRating, isGoodRating, isKnownExhaustive } from './dimensions';
import { rowIndex } from './row-index';

export interface RowInput {
  row: number;
  sttText: string;
  label: string;
  indent: number;
  hasFigures: boolean;
}

type Mode = 'auto' | 'gom' | 'trong-do';

// "Toàn tỉnh", "Toàn Đảng bộ", "Toàn khối", "Cả nước": the whole the rows divide; "toàn diện" and the like are not.
const TOTAL_LABEL = /^(tổng số|tổng cộng|cộng|tổng|cả nước|toàn (?!diện|thể|văn|quyền|bộ\s)\p{L}+)(?![\p{L}])/iu;
const CONNECTOR = /^(trong đó|gồm|bao gồm|chia ra|chia theo|cụ thể)\s*:?\s*$/iu;
const INLINE_TRONG_DO = /^trong đó\s*:?\s*/iu;
const INLINE_GOM = /^(gồm|bao gồm|chia ra)\s*:\s*/iu;
const UNMARKED_RANK = 19;
// So is a row of rates ("Tỷ lệ đảng viên nữ (%)"): its figures are shares, never added to or across.
const AVERAGE = /((?<!dân số\s)bình quân|(?<!dân số\s)trung bình|năng suất|mật độ)(?![\p{L}])|\p{L}\s*\/\s*(?:ha|km2|km²|người|hộ|vạn dân|1\.000 dân)\s*\)?\s*$|^(?:[-–+•]\s*)?(?:tỷ lệ|tỉ lệ)(?![\p{L}])|\(\s*%\s*\)\s*$/iu;
/**
 * What every match of AVERAGE holds — one of its words, a "/" or a "%" — looked for first: AVERAGE tries its
 * "\p{L} /" branch at every letter of every label, and most labels hold none of these.
 */
const AVERAGE_WORD = /bình quân|trung bình|năng suất|mật độ|tỷ lệ|tỉ lệ/iu;
function mayBeAverage(label: string): boolean {
  return label.includes('/') || label.includes('%') || AVERAGE_WORD.test(label);
}
const CUMULATIVE = /(có )?đủ \d+ năm|từ \d+ năm trở lên|\d+ năm (tuổi đảng )?trở lên/iu;
const PARTIAL = /trình độ (chuyên môn|lý luận|lí luận)|chức danh khoa học|học hàm/iu;
// Analyses that classify every member once (forms.md, Biểu 2 and 3: II.2–II.4 each sum to I).
/** Headings that name a way of dividing the whole, not a quantity of their own. */
const DIMENSION_HEAD = /^(chia theo|phân theo|theo|trình độ|dân tộc|tôn giáo|nghề nghiệp|thành phần|loại hình)(?![\p{L}])/iu;
const COMPLETE = /giáo dục phổ thông|học vấn|tuổi đời|độ tuổi|giới tính|thời gian kết nạp/iu;

export function isTotalLabel(label: string): boolean {
  return TOTAL_LABEL.test(label.trim());
}

/** The label starts with a note's mark ("*", "•", "·"): the only labels the mark pattern can change. */
function startsWithMark(label: string): boolean {
  const c = label.charCodeAt(0);
  return c === 42 || c === 0x2022 || c === 0xb7;
}

function connectorMode(label: string): Mode {
  return /^trong đó/iu.test(label) ? 'trong-do' : 'gom';
}

export interface Hierarchy {
  rows: TableRow[];
  groups: Group[];
  totalRow?: number;
}

/** Hierarchies already inferred, with the inputs they were inferred from: districts filling one template give the
 *  same rows each time. Kept pristine; each caller gets its own copy to change. */
const INFERRED: { inputs: RowInput[]; hierarchy: Hierarchy }[] = [];

/** Same rows, field by field: no key text written for the many tables that are met once. */
function sameInputs(a: RowInput[], b: RowInput[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) {
    const x = a[k];
    const y = b[k];
    if (x.row !== y.row || x.indent !== y.indent || x.hasFigures !== y.hasFigures || x.sttText !== y.sttText || x.label !== y.label) return false;
  }
  return true;
}

/**
 * Fingerprints of the inputs met once and not kept: a hierarchy is kept the second time its inputs are met. Most
 * tables of a workbook are met once, and keeping each (with a pristine copy made for it) filled the cache with
 * hierarchies never asked for again, every one of them living through the check.
 */
const MET = new Set<number>();

/** A hash of the inputs, field by field (equal inputs, equal hash; a collision only keeps a hierarchy early). */
function fingerprint(inputs: RowInput[]): number {
  let h = inputs.length;
  const mix = (x: number) => (h = (Math.imul(h, 31) + x) | 0);
  for (const input of inputs) {
    mix(input.row);
    mix(input.indent);
    mix(input.hasFigures ? 1 : 0);
    for (let i = 0; i < input.sttText.length; i++) mix(input.sttText.charCodeAt(i));
    mix(-1);
    for (let i = 0; i < input.label.length; i++) mix(input.label.charCodeAt(i));
    mix(-2);
  }
  return h;
}

/**
 * { ...g, parent, parts } written out as the literal groupFor makes, for a group with no nesting (the keys in the
 * same order). Spread, a group was an object of another hidden class than the one it was copied from, and readTable,
 * optimized for one, met the other at `kept.parts` and went back to the interpreter at every table in some runs.
 */
function withParts(g: Group, parent: number, parts: number[]): Group {
  return 'nested' in g || 'nestedFixed' in g ? { ...g, parent, parts } : { parent, parts, relation: g.relation, reading: g.reading };
}

/**
 * The rows' numbers, pushed into a fresh array: the array rows.map returns is holey or packed depending on whether
 * map ran in the builtin or optimized, and the groups' parts were then read as arrays of two kinds.
 */
function rowNumbers(rows: readonly TableRow[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < rows.length; i++) out.push(rows[i].row);
  return out;
}

/**
 * A copy in the literals that made the original (infer's: the same keys in the same order), so of the same hidden
 * class. Copied by spread, a hierarchy and its rows were objects of other classes, and readTable and inference,
 * optimized for infer's, failed their shape checks and fell back to the interpreter at every table whose hierarchy
 * came from here (a loop of some hundred deoptimizations in runs of the bench, which checks one workbook over).
 */
function copyOf(known: Hierarchy): Hierarchy {
  return {
    rows: known.rows.map(copyRow),
    groups: known.groups.map((g) => (g.nested ? { ...g, parts: g.parts.slice(), nested: { ...g.nested } } : withParts(g, g.parent, g.parts.slice()))),
    totalRow: known.totalRow,
  };
}

/** A row as infer writes it: with a parent (a data or total row) or without (an average, a connector). */
function copyRow(r: TableRow): TableRow {
  // A row given a unit is no longer as infer wrote it (detection adds units to its own copy only).
  if ('unit' in r) return { ...r };
  return 'parent' in r ? { row: r.row, stt: r.stt, label: r.label, level: r.level, kind: r.kind, parent: r.parent } : { row: r.row, stt: r.stt, label: r.label, level: r.level, kind: r.kind };
}

export function inferHierarchy(inputs: RowInput[]): Hierarchy {
  const known = INFERRED.find((e) => sameInputs(e.inputs, inputs))?.hierarchy;
  if (known) return copyOf(known);
  // Worked out afresh, the hierarchy is the caller's own; the cache keeps a pristine copy of it.
  const fresh = infer(inputs);
  const print = fingerprint(inputs);
  if (MET.has(print)) {
    MET.delete(print);
    if (INFERRED.length >= 64) INFERRED.length = 0;
    INFERRED.push({ inputs, hierarchy: copyOf(fresh) });
  } else {
    if (MET.size >= 4096) MET.clear();
    MET.add(print);
  }
  return fresh;
}

function infer(inputs: RowInput[]): Hierarchy {
  const rows: TableRow[] = [];
  // By sheet row, in arrays rather than Maps: a table's rows are a short run of rows, and five Maps per table
  // grown row by row were much of detection's garbage. Indexed from the table's first row: indexed by the sheet row
  // itself, each array of a table low on its sheet was as long as the sheet above it (and, past 1,024 rows down, a
  // dictionary).
  let base = Infinity;
  for (const input of inputs) if (input.row < base) base = input.row;
  const rank: number[] = [];
  const modeOf: Mode[] = [];
  const childMode: Mode[] = [];
  const kindOf: string[] = [];
  const stack: number[] = [];
  let last: number | undefined;
  /** The row `last` is (kept beside it, not searched for among the rows at every row). */
  let lastRow: TableRow | undefined;
  /** Rows written "Trong đó: …" inline. */
  const inlineTrongDo = new Set<number>();
  /** The row a "Gồm:"/"Trong đó:" line introduces parts of, until the parts end. */
  let introduced: number | undefined;
  /** How many headings have opened blocks under a row: each block is a breakdown of its own. */
  const opened: number[] = [];
  const blockOf: number[] = [];

  inputs.forEach((input, index) => {
    const stt: Stt | undefined = parseStt(input.sttText);
    // "*Trong đó:" — a leading asterisk marks a note, not a number. Replaced only in a label that starts with one
    // (few do): the pattern is not run over every row of every table.
    let { rest: label, stt: inlineStt } = splitLeadingStt(startsWithMark(input.label) ? input.label.replace(/^[*•·]+(?=\S)/u, '') : input.label);
    const numbering = stt ?? inlineStt;

    // A row of averages is compared between periods but is never a part or a whole.
    if (mayBeAverage(label) && AVERAGE.test(label)) {
      rows.push({ row: input.row, stt: input.sttText || numbering?.token, label, level: -1, kind: 'average' });
      return;
    }
    // "Kết quả:", "Phân theo độ tuổi:" with no figures: a heading that introduces the rows under it.
    if (!input.hasFigures && (CONNECTOR.test(label) || (/:\s*$/.test(label) && !numbering))) {
      // A named heading ("Trình độ giáo dục phổ thông:") after a block another heading opened is that block's
      // sibling: a second analysis of the same whole. A bare "Gồm:"/"Trong đó:" speaks of the row just above.
      const sibling = !CONNECTOR.test(label) && introduced !== undefined && last !== introduced && stack.includes(introduced);
      // "*Phân tích tổng số theo:" after the "Trong đó" rows of the total analyses the total, not its last part.
      const ofTotal = /tổng số/iu.test(label) && /^\W*(phân tích|phân theo|chia theo)/iu.test(label) ? rows.filter((x) => x.kind === 'total').at(-1)?.row : undefined;
      const owner = sibling ? introduced : ofTotal ?? last;
      if (owner !== undefined) {
        childMode[owner - base] = connectorMode(label);
        opened[owner - base] = (opened[owner - base] ?? 0) + 1;
        introduced = owner;
      }
      rows.push({ row: input.row, stt: input.sttText || undefined, label, level: -1, kind: 'connector' });
      return;
    }
    let inlineMode: Mode | undefined;
    if (INLINE_TRONG_DO.test(label)) {
      inlineMode = 'trong-do';
      label = label.replace(INLINE_TRONG_DO, '');
    } else if (INLINE_GOM.test(label)) {
      inlineMode = 'gom';
      label = label.replace(INLINE_GOM, '');
    }
    const total = isTotalLabel(label);
    const isTrailingTotal = total && !numbering && index > 0 && index === inputs.length - 1;
    let r = numbering ? numbering.rank : total ? 0 : input.indent > 0 ? UNMARKED_RANK + input.indent : UNMARKED_RANK;
    // "Trình độ giáo dục phổ thông" over "- Tiểu học", "- THCS"…: an unnumbered heading with no figures of its
    // own, over numbered (or further indented) rows, heads the block under it.
    const next = inputs[index + 1];
    if (!numbering && !total && !inlineMode && !input.hasFigures && label && next?.hasFigures) {
      const nextNumbering = parseStt(next.sttText) ?? splitLeadingStt(next.label).stt;
      if (nextNumbering) r = nextNumbering.rank - 0.5;
      else if (next.indent > input.indent) r = UNMARKED_RANK + next.indent - 0.5;
    }
    if (isTrailingTotal) r = 0;
    // An inline "Trong đó:" row sits under the row above it, whatever its numbering says — unless the row above is an
    // item of a complete breakdown ("Chia ra: - Khiển trách …; - Khai trừ"): then it speaks of their whole, as the next
    // "Trong đó:" does after it. A part of an item is a part of the whole too, so this reading never asks too much.
    const above = lastRow;
    const afterItems = inlineMode === 'trong-do' && above?.parent !== undefined && (modeOf[above.row - base] === 'gom' || inlineTrongDo.has(above.row));
    if (afterItems) r = rank[above!.row - base]!;
    else if (inlineMode && last !== undefined && r <= rank[last - base]!) r = rank[last - base]! + 1;
    if (inlineMode === 'trong-do') inlineTrongDo.add(input.row);
    // Parts announced by a connector belong to the row above it, whatever their numbering ("-" under an unnumbered row).
    // …unless the row is numbered like the row that announced them: then it is that row's sibling ("1." … "2.").
    if (introduced !== undefined && numbering && numbering.kind === kindOf[introduced - base]) introduced = undefined;
    if (introduced !== undefined && !total) {
      if (r <= rank[introduced - base]! && stack.includes(introduced)) rank[introduced - base] = r - 0.5;
      else if (r < rank[introduced - base]!) introduced = undefined;
    }

    while (stack.length && rank[stack[stack.length - 1] - base]! >= r) stack.pop();
    const parent = isTrailingTotal ? undefined : stack[stack.length - 1];
    if (parent !== undefined && inlineMode) childMode[parent - base] = inlineMode;
    modeOf[input.row - base] = parent !== undefined ? childMode[parent - base] ?? 'auto' : 'auto';
    if (parent !== undefined) blockOf[input.row - base] = opened[parent - base] ?? 0;
    rank[input.row - base] = r;
    if (numbering) kindOf[input.row - base] = numbering.kind;
    const row: TableRow = {
      row: input.row,
      stt: input.sttText || numbering?.token,
      label,
      level: r,
      kind: total ? 'total' : 'data',
      parent,
    };
    rows.push(row);
    // "Chia theo loại hình tổ chức cơ sở đảng, gồm:": the row announces how the rows under it relate.
    // Both end on a colon: a label with none (most rows) is not matched against either.
    if (label.includes(':')) {
      if (/(?<![\p{L}])(gồm|chia ra)\s*:\s*$/iu.test(label)) childMode[input.row - base] = 'gom';
      else if (/(?<![\p{L}])trong đó\s*:\s*$/iu.test(label)) childMode[input.row - base] = 'trong-do';
    }
    stack.push(input.row);
    last = input.row;
    lastRow = row;
  });

  const groups: Group[] = [];
  const trailing = rows.length > 1 && rows[rows.length - 1].kind === 'total' && rows[rows.length - 1].level === 0 && !rows[rows.length - 1].stt
    ? rows[rows.length - 1]
    : undefined;
  if (trailing) {
    const parts = rowNumbers(rows.filter((r) => r !== trailing && r.kind !== 'connector' && r.kind !== 'average' && r.parent === undefined));
    if (parts.length) groups.push({ parent: trailing.row, parts, relation: 'sum', reading: 'trailing-total' });
  }

  const byParent = new Map<number, { mode: Mode; block: number; rows: TableRow[] }[]>();
  for (const row of rows) {
    if (row.parent === undefined || row.kind === 'connector' || row.kind === 'average') continue;
    const mode = modeOf[row.row - base] ?? 'auto';
    const segments = byParent.get(row.parent) ?? [];
    const current = segments[segments.length - 1];
    const block = blockOf[row.row - base] ?? 0;
    if (current && current.mode === mode && current.block === block) current.rows.push(row);
    else segments.push({ mode, block, rows: [row] });
    byParent.set(row.parent, segments);
  }
  // Headings with no figures are never parts: they do not decide how the parts relate (an empty template keeps them).
  const withFigures = new Set(inputs.filter((i) => i.hasFigures).map((i) => i.row));
  const filled = withFigures.size > 0;
  for (const [parent, segments] of byParent) {
    const parentRow = rows.find((r) => r.row === parent)!;
    for (const segment of segments) {
      const parts = filled ? segment.rows.filter((r) => withFigures.has(r.row) || byParent.has(r.row)) : segment.rows;
      const decided = filled ? segment.rows.filter((r) => withFigures.has(r.row)) : segment.rows;
      if (!parts.length) continue;
      const group = groupFor(parentRow, segment.mode, decided.length ? decided : parts);
      groups.push(withParts(group, group.parent, rowNumbers(parts)));
    }
  }

  // The whole every share is taken of: a trailing "Cộng", the one root row, or a root labelled as a total.
  const roots = rows.filter((r) => r.kind !== 'connector' && r.kind !== 'average' && r.parent === undefined);
  const totalRow = trailing?.row ?? (roots.length === 1 && rows.length > 1 ? roots[0].row : roots.find((r) => r.kind === 'total')?.row);
  return { rows, groups: analysisBlocks(groups, rows, withFigures, analysedWhole(rows, withFigures)), totalRow };
}

function groupFor(parent: TableRow, mode: Mode, children: TableRow[]): Group {
  const labels = children.map((c) => c.label);
  const dims = new Set(labels.map(dimensionOf));
  const known = [...dims].filter((d) => d !== undefined);
  const parts = children.map((c) => c.row);
  const group = (relation: Relation, reading: Reading): Group => ({ parent: parent.row, parts, relation, reading });

  if (mode === 'gom') return withNesting(group('sum', 'gom'), children);
  // "có đủ 30 / 40 / 50 năm tuổi Đảng": thresholds, each inside the one before — never added up.
  if (children.length >= 2 && labels.every((l) => CUMULATIVE.test(l))) return group('each-within', 'nested');
  // Classifications that leave people out (chuyên môn, lý luận chính trị, học hàm): at most the total.
  if (mode === 'auto' && PARTIAL.test(parent.label)) return group('within', 'partial');
  if (mode === 'auto' && COMPLETE.test(parent.label) && !parent.label.includes(':') && children.length >= 2) return group('sum', 'gom');
  if (mode === 'trong-do') {
    if (dims.size === 1 && known.length === 1) {
      return isKnownExhaustive(labels) ? group('sum', 'trong-do-exhaustive') : group('within', 'trong-do-disjoint');
    }
    return group('each-within', 'trong-do-overlap');
  }
  if (known.length >= 2) return group('each-within', 'overlap');
  return withNesting(group('sum', parent.kind === 'total' && !parent.stt ? 'total-row' : 'stt'), children);
}

function withNesting(group: Group, children: TableRow[]): Group {
  const inner = children.find((c) => isExcellentRating(c.label));
  const outer = children.find((c) => isGoodRating(c.label));
  return inner && outer ? { ...group, nested: { inner: inner.row, outer: outer.row } } : group;
}

/**
 * "TỔNG SỐ | 1. Tuổi đời: bands | 2. Trình độ: levels": a numbered heading with no figures of its own opens an
 * analysis of the figure row above it. Its parts are checked against that row; headings are never parts.
 */
/**
 * The figure-less root headings that analyse the first root row, and that row: "1 | Tổng số cấp ủy viên | 344" then
 * "2 | Chia theo loại hình, gồm:", "3 | Trình độ chuyên môn" (a plain numbered list after a whole), or
 * "I. Đảng viên trong danh sách …" then "II. Phân tích đội ngũ đảng viên" (forms.md, Biểu 2, 3). A roman block that
 * names something else ("III. Số tổ chức cơ sở đảng") has a base of its own.
 */
function analysedWhole(rows: TableRow[], figures: ReadonlySet<number>): { whole: number; heads: Set<number> } | undefined {
  const roots = rows.filter((r) => r.kind !== 'connector' && r.kind !== 'average' && r.parent === undefined);
  const [first, ...rest] = roots;
  if (!first || !figures.has(first.row)) return undefined;
  const plain = (r: TableRow) => !/^[IVXL]+\.?$/.test((r.stt ?? '').trim());
  if (/^(tổng số|tổng)(?![\p{L}])/iu.test(first.label) && rest.length && plain(first) && rest.every((r) => !figures.has(r.row) && plain(r))) {
    return { whole: first.row, heads: new Set(rest.map((r) => r.row)) };
  }
  const analyses = rest.filter((r) => !figures.has(r.row) && /^phân tích(?![\p{L}])/iu.test(r.label));
  if (analyses.length) return { whole: first.row, heads: new Set(analyses.map((r) => r.row)) };
  // "I | Tổng số đảng viên | 4.809" then "II | Tuổi đời", "III | Trình độ chuyên môn": roman headings that name a
  // dimension of the whole analyse it; one that names another quantity ("III | Số chi bộ") keeps its own base.
  if (!/^(tổng số|tổng)(?![\p{L}])/iu.test(first.label)) return undefined;
  const dimensions = rest.filter((r) => !figures.has(r.row) && (COMPLETE.test(r.label) || PARTIAL.test(r.label) || DIMENSION_HEAD.test(r.label)));
  return dimensions.length ? { whole: first.row, heads: new Set(dimensions.map((r) => r.row)) } : undefined;
}

function analysisBlocks(groups: Group[], rows: TableRow[], figures: ReadonlySet<number>, analysed?: { whole: number; heads: Set<number> }): Group[] {
  // An empty sheet (a template before it is filled) keeps its structure as it reads.
  if (!figures.size) return groups;
  const byRow = rowIndex(rows);
  const out: Group[] = [];
  for (const g of groups) {
    let parent = g.parent;
    while (!figures.has(parent) && byRow.get(parent)?.parent !== undefined) parent = byRow.get(parent)!.parent!;
    if (!figures.has(parent) && analysed?.heads.has(parent)) parent = analysed.whole;
    const parts = g.parts.filter((p) => figures.has(p));
    if (!figures.has(parent) || parts.length === 0) continue;
    out.push(withParts(g, parent, parts));
    // A part's share is of the row its group is checked against, not of the heading with no figure above it.
    if (parent !== g.parent) for (const p of parts) byRow.get(p)!.parent = parent;
  }
  return out;
}
