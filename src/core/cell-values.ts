// The figures of a check by cell key ("Sheet!D7"), held by position: a key is read from its own characters
// (the sheet name, the column letters, the row) into a sheet's grid instead of being hashed. A string-keyed Map
// spends most of a large check hashing fresh key strings and walking its buckets; this store behaves as that Map
// for every key, and keeps any key that is not a plain "Sheet!A1" address (leading zeros, lower case, no sheet)
// in an ordinary Map beside the grids.
import type { CellValue } from './cell-value';

type Key = string;

interface Grid {
  rows: (CellValue | undefined)[][];
  /** One past the widest column set so far: a new row is made this wide at once (see newLine). */
  width: number;
}

const WIDE = 64;

/**
 * A grid row able to hold column `col`, made as wide as the rows before it (up to WIDE columns): an empty array
 * first written at column 3 grows to room for 20, and a check keeps one such row per table row.
 */
function newLine(grid: Grid, col: number): (CellValue | undefined)[] {
  if (col >= grid.width) grid.width = col + 1;
  // Not for a sheet read far to the right (a rule naming column XFD): every row would be that wide.
  return grid.width <= WIDE ? new Array(grid.width) : [];
}

/** Row and column of the "D7" ending a key at `from`, or −1 when it is not a canonical A1 address. */
function positionOf(key: string, from: number): number {
  const end = key.length;
  let i = from;
  let col = 0;
  while (i < end) {
    const c = key.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
    i++;
  }
  const letters = i - from;
  if (letters === 0 || letters > 3 || i === end) return -1;
  // A canonical row has no leading zero: "D07" is another key than "D7".
  if (key.charCodeAt(i) === 48) return -1;
  let row = 0;
  for (; i < end; i++) {
    const c = key.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    row = row * 10 + (c - 48);
    if (row > 1_048_576) return -1;
  }
  if (col > 16_384) return -1;
  // Both fit one safe integer: row × 2^15 + column.
  return row * 32_768 + col;
}

/**
 * key.startsWith(name), for a key whose character after the name is already known to be "!": compared code unit by
 * code unit, which the check's 380,000 lookups of a large workbook do in about nine tenths of the time startsWith takes
 * (a key made by concatenation is often a cons string, which startsWith reads through a slower path).
 */
function startsWithName(key: string, name: string): boolean {
  for (let i = 0; i < name.length; i++) if (key.charCodeAt(i) !== name.charCodeAt(i)) return false;
  return true;
}

/**
 * An empty array already of the elements kind of an array of strings. An empty literal is one of small integers until
 * the first key is pushed into it, and setAt, optimized for the arrays of one check, met the other kind at the next
 * check's first push and went back to the interpreter (collectFigures with it), twice in the bench's eight checks.
 */
function stringArray(): Key[] {
  const out: Key[] = [''];
  out.length = 0;
  return out;
}

export class CellValues extends Map<Key, CellValue> {
  private readonly grids = new Map<string, Grid>();
  /** Keys held in the grids, in the order they were first set (iteration order, as a Map's). */
  private readonly order: Key[] = stringArray();
  private count = 0;
  private lastName = '';
  private lastGrid: Grid | undefined;
  /** Keys that are not canonical addresses. */
  private readonly others = new Map<Key, CellValue>();

  constructor(entries?: Iterable<readonly [Key, CellValue]>) {
    super();
    if (entries) for (const [k, v] of entries) this.set(k, v);
  }

  /** Column of the key `line` was last asked for (set by line(), read right after it: no object per lookup). */
  private col = 0;

  /** The grid row holding `key` (its column left in `col`), or undefined: not there, or a key kept in `others` (`col` −1). */
  private line(key: Key, create: boolean): (CellValue | undefined)[] | undefined {
    this.col = -1;
    // Most lookups are on the sheet of the one before: "Sheet!" checked in place, without searching the key for its
    // last "!". Only an address after it (no other "!") settles it; anything else takes the general path below.
    const grid0 = this.lastGrid;
    const named = this.lastName.length;
    if (grid0 && key.charCodeAt(named) === 33 && startsWithName(key, this.lastName)) {
      const at = positionOf(key, named + 1);
      if (at >= 0) {
        const col = at % 32_768;
        this.col = col;
        const row = (at - col) / 32_768;
        let line = grid0.rows[row];
        if (!line && create) line = grid0.rows[row] = newLine(grid0, col);
        else if (create && col >= grid0.width) grid0.width = col + 1;
        return line;
      }
    }
    const bang = key.lastIndexOf('!');
    if (bang < 0) return undefined;
    const at = positionOf(key, bang + 1);
    if (at < 0) return undefined;
    const col = at % 32_768;
    // Another sheet than the last one's (the last one's was settled above).
    const name = key.slice(0, bang);
    let grid = this.grids.get(name);
    if (!grid) {
      this.col = col;
      if (!create) return undefined;
      this.grids.set(name, (grid = { rows: [], width: 0 }));
    }
    this.lastName = name;
    this.lastGrid = grid;
    this.col = col;
    const row = (at - col) / 32_768;
    let line = grid.rows[row];
    if (!line && create) line = grid.rows[row] = newLine(grid, col);
    else if (create && col >= grid.width) grid.width = col + 1;
    return line;
  }

  override get(key: Key): CellValue | undefined {
    const line = this.line(key, false);
    if (line) return line[this.col];
    return this.col < 0 ? this.others.get(key) : undefined;
  }

  override has(key: Key): boolean {
    const line = this.line(key, false);
    if (line) return line[this.col] !== undefined;
    return this.col < 0 ? this.others.has(key) : false;
  }

  override set(key: Key, value: CellValue): this {
    const line = this.line(key, true);
    if (!line) {
      this.others.set(key, value);
      return this;
    }
    if (line[this.col] === undefined) {
      this.order.push(key);
      this.count++;
    }
    line[this.col] = value;
    return this;
  }

  /**
   * set(key, value) for the key keyMaker(sheet) makes of (row, col) ("Sheet!D7"): its position is taken as given,
   * not read back from its characters, for the hundred thousand figures a large check reads.
   */
  setAt(sheet: string, row: number, col: number, key: Key, value: CellValue): this {
    // 1-based, as positionOf reads them; a position no canonical address has goes the general way.
    const r = row + 1;
    const c = col + 1;
    if (row < 0 || col < 0 || r > 1_048_576 || c > 16_384) return this.set(key, value);
    let grid = this.lastGrid && this.lastName === sheet ? this.lastGrid : this.grids.get(sheet);
    if (!grid) this.grids.set(sheet, (grid = { rows: [], width: 0 }));
    this.lastName = sheet;
    this.lastGrid = grid;
    let line = grid.rows[r];
    if (!line) line = grid.rows[r] = newLine(grid, c);
    else if (c >= grid.width) grid.width = c + 1;
    if (line[c] === undefined) {
      this.order.push(key);
      this.count++;
    }
    line[c] = value;
    return this;
  }

  override delete(key: Key): boolean {
    const line = this.line(key, false);
    if (!line) return this.col < 0 ? this.others.delete(key) : false;
    if (line[this.col] === undefined) return false;
    line[this.col] = undefined;
    this.count--;
    return true;
  }

  override clear(): void {
    this.grids.clear();
    this.order.length = 0;
    this.count = 0;
    this.lastName = '';
    this.lastGrid = undefined;
    this.others.clear();
  }

  override get size(): number {
    return this.count + this.others.size;
  }

  override *entries(): MapIterator<[Key, CellValue]> {
    // A key deleted and set again appears once, where it was first set (a Map puts it last: no caller relies on it).
    const seen = new Set<Key>();
    for (const key of this.order) {
      const value = this.get(key);
      if (value === undefined || seen.has(key)) continue;
      seen.add(key);
      yield [key, value];
    }
    yield* this.others.entries();
  }

  override *keys(): MapIterator<Key> {
    for (const [key] of this.entries()) yield key;
  }

  override *values(): MapIterator<CellValue> {
    for (const [, value] of this.entries()) yield value;
  }

  override [Symbol.iterator](): MapIterator<[Key, CellValue]> {
    return this.entries();
  }

  override forEach(fn: (value: CellValue, key: Key, map: Map<Key, CellValue>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) fn.call(thisArg, value, key, this);
  }
}

/**
 * A store kept for the life of the module, never written to. V8 keeps the hidden classes a store passes through as its
 * fields are added (one per field) only while some store has them, and the optimized code of every function that reads
 * the figures (get, line, setAt, and evaluateRule, inferRules, collectFigures … with them inlined) refers to those
 * classes weakly. Once a check's store was let go, the next full garbage collection dropped the classes and threw all
 * that code away: each check ran those functions unoptimized for a while and compiled them again (a dozen functions,
 * inferRules alone some hundreds of milliseconds of compiler time, on the second of two cores the check also needs).
 */
export const KEEPS_SHAPES = new CellValues();
