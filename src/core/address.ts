// A1 addresses, 0-based row/column indexes inside the core.

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const NAMES: string[] = [];

export function columnName(col: number): string {
  return (NAMES[col] ??= nameOf(col));
}

function nameOf(col: number): string {
  let name = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

export function columnIndex(name: string): number {
  let n = 0;
  for (const ch of name.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function a1(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

export function parseA1(address: string): { row: number; col: number } | undefined {
  // Read character by character (the same addresses /^\$?([A-Za-z]{1,3})\$?(\d+)$/ takes after trim()): a roll or a
  // template reads tens of thousands of addresses, and a match array for each was most of the cost.
  let i = 0;
  let end = address.length;
  if (end === 0 || isTrimmed(address.charCodeAt(0)) || isTrimmed(address.charCodeAt(end - 1))) {
    address = address.trim();
    end = address.length;
  }
  if (address.charCodeAt(i) === 36) i++;
  let col = 0;
  const from = i;
  for (; i < end; i++) {
    const c = address.charCodeAt(i) | 0x20; // lower case
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  const letters = i - from;
  if (letters < 1 || letters > 3) return undefined;
  if (address.charCodeAt(i) === 36) i++;
  if (i >= end) return undefined;
  let digits = 0;
  for (; i < end; i++) {
    const c = address.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
    digits++;
  }
  return { row: Number(address.slice(end - digits)) - 1, col: col - 1 };
}

/** A character String.prototype.trim() may remove (or not ASCII at all): parseA1 trims only addresses that start or end with one. */
function isTrimmed(c: number): boolean {
  return c <= 32 || c >= 127;
}

export function rangeA1(r: CellRange): string {
  return `${a1(r.top, r.left)}:${a1(r.bottom, r.right)}`;
}

export function parseRangeA1(text: string): CellRange | undefined {
  const [from, to = from] = text.split(':');
  const a = parseA1(from);
  const b = parseA1(to);
  if (!a || !b) return undefined;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

/** The key of a cell across the workbook: "Sheet!D7". */
export function cellKey(sheet: string, row: number, col: number): string {
  return `${sheet}!${a1(row, col)}`;
}

export function splitKey(key: string): { sheet: string; cell: string } {
  const at = key.lastIndexOf('!');
  return { sheet: key.slice(0, at), cell: key.slice(at + 1) };
}

/** One key string per cell for a whole check: built once, its hash cached, reused by every rule. */
export function keyMaker(sheet: string): (row: number, col: number) => string {
  const grid: string[][] = [];
  // "Sheet!D" once per column: each key is then one concatenation, the same text cellKey makes.
  const prefixes: string[] = [];
  // Rows are made as wide as the widest column asked for so far (up to 64): an empty array first written at
  // column 3 grows to room for 20, one per table row.
  let width = 0;
  return (row, col) => {
    if (col >= width) width = col + 1;
    const line = (grid[row] ??= width <= 64 ? new Array(width) : []);
    return (line[col] ??= (prefixes[col] ??= `${sheet}!${columnName(col)}`) + (row + 1));
  };
}
