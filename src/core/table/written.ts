// Rules the sheet writes down (forms.md §4): a column-number row "1 | 2 (=3+4) | 3 | 4 | 4(=2*100/3)" and row
// labels "Cộng (1+….+11)", "(A = 1+2)". A rule the sheet states is certain: it replaces what inference guessed.
import type { Group, TableRow } from './types';

export type WrittenColumnRule =
  | { kind: 'sum'; target: number; parts: number[]; text: string }
  | { kind: 'ratio'; target: number; current: number; previous: number; text: string }
  /** "(2) = (3)/(1) x 10": a yield in tạ/ha from tấn and ha, a rate per 1.000 — a quotient scaled by a power of ten. */
  | { kind: 'scaled'; target: number; numerator: number; denominator: number; scale: number; text: string };

const ELLIPSIS = /^(…+|\.{2,}|…\.*|\.+…)$/;

/** "3+…+12", "4+6+8", "2*100/3", "2:3": the numbers a formula names, with ranges written out. */
function terms(formula: string): { kind: 'sum'; numbers: string[] } | { kind: 'ratio'; current: string; previous: string } | { kind: 'scaled'; numerator: string; denominator: string; scale: number } | undefined {
  const f = formula.replace(/[()\s]/g, '').replace(/[x×]/g, '*').replace(/(\d)\.(?=000)/g, '$1');
  const scaled = /^([A-Z]|\d{1,2})\/([A-Z]|\d{1,2})\*(10|1000|10000|100000)$/.exec(f) ?? /^([A-Z]|\d{1,2})\*(10|1000|10000|100000)\/([A-Z]|\d{1,2})$/.exec(f);
  if (scaled) return f.indexOf('/') < f.indexOf('*') ? { kind: 'scaled', numerator: scaled[1], denominator: scaled[2], scale: Number(scaled[3]) } : { kind: 'scaled', numerator: scaled[1], denominator: scaled[3], scale: Number(scaled[2]) };
  const ratio = /^([A-Z]|\d{1,2})(?:\*100\/|:|\/)([A-Z]|\d{1,2})(?:\*100)?$/.exec(f);
  // "a/b" alone is a plain quotient; as a comparison in % it is written with ×100 (or "a:b" in forms.md).
  if (ratio && (!f.includes('/') || f.includes('*100'))) return { kind: 'ratio', current: ratio[1], previous: ratio[2] };
  if (ratio) return undefined;
  const pieces = f.split('+');
  if (pieces.length < 2) return undefined;
  const numbers: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    if (ELLIPSIS.test(p)) {
      const from = Number(numbers.at(-1));
      const to = Number(pieces[i + 1]);
      if (!Number.isInteger(from) || !Number.isInteger(to) || to <= from) return undefined;
      for (let n = from + 1; n < to; n++) numbers.push(String(n));
      continue;
    }
    if (!/^([A-Z]|\d{1,2}|[IVX]+|[a-zđ])$/.test(p)) return undefined;
    numbers.push(p);
  }
  return { kind: 'sum', numbers };
}

/**
 * The rules of a column-number row: `numbers` maps each column to its cell's text ("2 (=3+4)", "3=4+6+8", "9",
 * "4 = 2:3"). Columns are named by their own number; a "Trong đó" column inside a written range is a part of the
 * column before it, not of the sum (forms.md, 7A), so `isWithin` lets the caller leave it out.
 */
export function readColumnNumbers(numbers: Map<number, string>, isWithin: (col: number) => boolean = () => false, inPercent: (col: number) => boolean = () => false): WrittenColumnRule[] {
  const colOf = new Map<string, number>();
  const formulas: { col: number; formula: string; text: string }[] = [];
  for (const [col, raw] of numbers) {
    const text = raw.trim();
    const m = /^\(?\s*([A-Z]|\d{1,2})\s*\)?\s*(?:\(?\s*=\s*(.*?))?\s*$/.exec(text);
    if (!m) continue;
    colOf.set(m[1], col);
    if (m[2]) formulas.push({ col, formula: m[2], text });
  }
  const rules: WrittenColumnRule[] = [];
  for (const { col, formula, text } of formulas) {
    // "4=3/1" under "So sánh (%)": the header says the quotient is written in percent.
    const t = terms(inPercent(col) && /^\s*\(?\s*([A-Z]|\d{1,2})\s*\)?\s*\/\s*\(?\s*([A-Z]|\d{1,2})\s*\)?\s*$/u.test(formula) ? `${formula}*100` : formula);
    if (!t) continue;
    if (t.kind === 'scaled') {
      const numerator = colOf.get(t.numerator);
      const denominator = colOf.get(t.denominator);
      if (numerator !== undefined && denominator !== undefined) rules.push({ kind: 'scaled', target: col, numerator, denominator, scale: t.scale, text });
      continue;
    }
    if (t.kind === 'ratio') {
      const current = colOf.get(t.current);
      const previous = colOf.get(t.previous);
      if (current !== undefined && previous !== undefined) rules.push({ kind: 'ratio', target: col, current, previous, text });
      continue;
    }
    const parts = t.numbers.map((n) => colOf.get(n));
    if (parts.some((p) => p === undefined)) continue;
    rules.push({ kind: 'sum', target: col, parts: (parts as number[]).filter((p) => !isWithin(p) || t.numbers.length === 2), text });
  }
  return rules;
}

/** "Cộng (1+….+11)", "(A = 1+2)", "(I = 1+…..+15)": the row named (or the row itself) and the rows it adds. */
export function readLabelFormula(label: string): { target?: string; numbers: string[] } | undefined {
  const m = /\(\s*(?:([A-Z]|[IVX]+|\d{1,2})\s*=\s*)?([^()=]*\+[^()=]*)\)/.exec(label);
  if (!m) return undefined;
  const t = terms(m[2]);
  if (!t || t.kind !== 'sum') return undefined;
  return { target: m[1], numbers: t.numbers };
}

/** A row's numbering without its closing "." or ")"; read by character, as it is asked of every row of every table. */
const tokenOf = (stt: string | undefined) => {
  const t = (stt ?? '').trim();
  const last = t.charCodeAt(t.length - 1);
  return last === 46 || last === 41 ? t.slice(0, -1) : t;
};

/** Row groups written in labels, as groups read 'written'. */
export function labelGroups(rows: TableRow[]): Group[] {
  const groups: Group[] = [];
  for (const row of rows) {
    const formula = readLabelFormula(row.label);
    if (!formula) continue;
    const target = formula.target && tokenOf(row.stt) !== formula.target ? rows.find((r) => tokenOf(r.stt) === formula.target) : row;
    if (!target) continue;
    const parts: number[] = [];
    for (const n of formula.numbers) {
      const candidates = rows.filter((r) => r !== target && tokenOf(r.stt) === n && r.kind !== 'connector');
      const pick = candidates.find((r) => r.parent === target.row) ?? candidates.find((r) => r.parent === undefined || r.parent === target.parent) ?? candidates[0];
      if (!pick) break;
      parts.push(pick.row);
    }
    if (parts.length !== formula.numbers.length) continue;
    groups.push({ parent: target.row, parts, relation: 'sum', reading: 'written' });
  }
  return groups;
}

/**
 * The stock–flow blocks of Biểu 1 and 8A: A "cuối kỳ trước" (or "đầu kỳ"), B "tăng", C "giảm", D "cuối kỳ".
 * D = A + B − C holds when all four are present, lettered A–D.
 */
export function stockFlow(rows: TableRow[]): { a: number; b: number; c: number; d: number } | undefined {
  const find = (letter: string, words: RegExp) => rows.find((r) => tokenOf(r.stt) === letter && words.test(r.label));
  const lettered = (letter: string) => {
    const mark = new RegExp(`^${letter}\\s*[-–.)]\\s`);
    return rows.find((r) => tokenOf(r.stt) === letter || mark.test(r.label));
  };
  // Only forms with lettered blocks are stock–flow forms: most tables stop here.
  if (!rows.some((r) => tokenOf(r.stt) === 'D' || /^D\s*[-–.)]\s/.test(r.label))) return undefined;
  const a = find('A', /cuối kỳ trước|đầu kỳ|kỳ trước chuyển sang/iu) ?? lettered('A');
  const b = find('B', /tăng/iu) ?? lettered('B');
  const c = find('C', /giảm/iu) ?? lettered('C');
  const d = find('D', /cuối kỳ|có đến cuối/iu) ?? lettered('D');
  if (!a || !b || !c || !d) return undefined;
  const words = [a, b, c, d].map((r) => r.label.toLowerCase());
  if (!/trước|đầu/.test(words[0]) || !/tăng/.test(words[1]) || !/giảm/.test(words[2]) || !/cuối/.test(words[3])) return undefined;
  return { a: a.row, b: b.row, c: c.row, d: d.row };
}

/**
 * A row that writes how it is computed, in its notes or its label: "Dòng 2 / dòng 1", "hàng (2) : hàng (1)": the row
 * is a percentage of two other rows (named by their STT), in every column of figures.
 */
/**
 * The rows other than `row` numbered `n`. Not a closure in rowRatios' loop: one there made every row of every table
 * set up a context for it, though few rows name others.
 */
function numbered(rows: TableRow[], row: TableRow, n: string): TableRow[] {
  return rows.filter((r) => r !== row && tokenOf(r.stt) === n && r.kind !== 'connector');
}

export function rowRatios(rows: TableRow[], notes: Map<number, string>): { target: number; part: number; base: number }[] {
  const out: { target: number; part: number; base: number }[] = [];
  for (const row of rows) {
    // A row with no note is read by its label alone: the space the join would end it with changes no match.
    const note = notes.get(row.row);
    const text = note ? `${row.label} ${note}` : row.label;
    const m = /(?:dòng|hàng)\s*\(?([\dIVX.]+?)\)?\s*[/:]\s*(?:dòng|hàng)\s*\(?([\dIVX.]+?)\)?(?![\d.])/iu.exec(text);
    if (!m) continue;
    const [part, base] = [numbered(rows, row, m[1]), numbered(rows, row, m[2])];
    if (part.length !== 1 || base.length !== 1) continue;
    out.push({ target: row.row, part: part[0].row, base: base[0].row });
  }
  return out;
}