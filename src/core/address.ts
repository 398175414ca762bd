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
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) return undefined;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
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
  return (row, col) => {
    const line = (grid[row] ??= []);
    return (line[col] ??= (prefixes[col] ??= `${sheet}!${columnName(col)}`) + (row + 1));
  };
}
