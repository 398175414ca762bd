// The figures of a check by cell key ("Sheet!D7"), held by position: a key is read from its own characters
// (the row and column letters at its end, the sheet name only when the key is not the one held there) into a sheet's
// grid instead of being hashed. A string-keyed Map spends most of a large check hashing fresh key strings and walking
// its buckets; this store behaves as that Map for every key, and keeps any key that is not a plain "Sheet!A1" address
// (leading zeros, lower case, no sheet) in an ordinary Map beside the grids.
import type { CellValue } from './cell-value';

type Key = string;

interface Grid {
  /** By row and column, the index of the cell's key in `order` (and of its figure in `figures`): see Chunks. */
  rows: (number | undefined)[][];
  /** One past the widest column set so far: a new row is made this wide at once (see newLine). */
  width: number;
}

const WIDE = 64;

/** What slot() answers besides an index: a canonical key no figure is held for, and a key kept in `others`. */
const NONE = -1;
const ELSEWHERE = -2;

/**
 * A grid row able to hold column `col`, made as wide as the rows before it (up to WIDE columns): an empty array
 * first written at column 3 grows to room for 20, and a check keeps one such row per table row.
 */
function newLine(grid: Grid, col: number): (number | undefined)[] {
  if (col >= grid.width) grid.width = col + 1;
  // Not for a sheet read far to the right (a rule naming column XFD): every row would be that wide.
  return grid.width <= WIDE ? new Array(grid.width) : [];
}

/**
 * Row and column (row × 2^15 + column, both 1-based) of the canonical "D7" that ends a key after its last "!", read
 * back from the key's end; −1 when what follows the last "!" is not one ("D07", "d7", no "!"). The "!" is left in
 * `at.bang`. From the end, so the address is read before the sheet name, which the caller need not read at all.
 */
function tailPosition(key: string, at: { bang: number }): number {
  let i = key.length - 1;
  let row = 0;
  let place = 1;
  for (; i >= 0; i--) {
    const c = key.charCodeAt(i);
    if (c < 48 || c > 57) break;
    row += (c - 48) * place;
    place *= 10;
  }
  const digits = key.length - 1 - i;
  // A canonical row has no leading zero ("D07" is another key than "D7") and is at most 1,048,576 (seven digits).
  if (digits === 0 || digits > 7 || key.charCodeAt(i + 1) === 48 || row > 1_048_576) return -1;
  const end = i;
  let col = 0;
  place = 1;
  for (; i >= 0 && end - i < 3; i--) {
    const c = key.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col += (c - 64) * place;
    place *= 26;
  }
  // One to three capitals right after the "!" (a fourth capital, or anything else, is not a "!").
  if (i === end || col > 16_384 || key.charCodeAt(i) !== 33) return -1;
  at.bang = i;
  return row * 32_768 + col;
}

/**
 * key.slice(0, bang) === name, for a key whose "!" is at `bang`: compared code unit by code unit, without the slice.
 */
function namedAs(key: string, bang: number, name: string): boolean {
  if (bang !== name.length) return false;
  for (let i = 0; i < bang; i++) if (key.charCodeAt(i) !== name.charCodeAt(i)) return false;
  return true;
}

/**
 * A list held as arrays of CHUNK entries each, entry i at [i >> SHIFT][i & MASK], each array made at its full length
 * once. Pushed into one array, the 70,000 keys and as many figures of a large check were copied into a larger array
 * some twenty-five times on the way (about 5 MB a check, the last copies in the large-object space, freed only by a
 * full collection). Each chunk is filled with undefined when made, so every chunk is of one elements kind (holey, of
 * objects) from its first store on: setAt, optimized on one check's arrays, meets no other kind at the next.
 */
const SHIFT = 12;
const CHUNK = 1 << SHIFT;
const MASK = CHUNK - 1;

type Chunks<T> = (T | undefined)[][];

function chunk<T>(): (T | undefined)[] {
  return new Array<T | undefined>(CHUNK).fill(undefined);
}

/**
 * An empty list of chunks already of the elements kind of an array of objects. An empty literal is one of small
 * integers until the first chunk is pushed into it, and setAt, optimized for the lists of one check, met the other
 * kind at the next check's first push and went back to the interpreter (collectFigures with it).
 */
function chunkList<T>(): Chunks<T> {
  const out: Chunks<T> = [[]];
  out.length = 0;
  return out;
}

export class CellValues extends Map<Key, CellValue> {
  private readonly grids = new Map<string, Grid>();
  /** Keys held in the grids, in the order they were first set (iteration order, as a Map's); each once. */
  private readonly order: Chunks<Key> = chunkList<Key>();
  /** The figure of the key at the same index of `order`; undefined once deleted. */
  private readonly figures: Chunks<CellValue> = chunkList<CellValue>();
  /** Entries in `order` (and `figures`). */
  private held = 0;
  private count = 0;
  private lastName = '';
  private lastGrid: Grid | undefined;
  /** Keys that are not canonical addresses. */
  private readonly others = new Map<Key, CellValue>();
  /** Where tailPosition found the key's "!" (set by it, read right after it: no object per lookup). */
  bang = 0;

  constructor(entries?: Iterable<readonly [Key, CellValue]>) {
    super();
    if (entries) for (const [k, v] of entries) this.set(k, v);
  }

  /**
   * The index of `key` in `order`, NONE when it is a canonical key not held, ELSEWHERE when it is kept in `others`.
   * Most lookups are of a key made once for the check (keyMaker) on the sheet of the one before: the address is read
   * from the key's end, and the key held at that position of the last sheet's grid, compared with `key` (the same
   * string: one comparison of references), settles it without reading the sheet name. Anything else takes the
   * general path below.
   */
  private slot(key: Key): number {
    const at = tailPosition(key, this);
    if (at < 0) return ELSEWHERE;
    const col = at % 32_768;
    const row = (at - col) / 32_768;
    const grid0 = this.lastGrid;
    if (grid0) {
      const line = grid0.rows[row];
      const i = line === undefined ? undefined : line[col];
      if (i !== undefined) {
        if (this.order[i >> SHIFT][i & MASK] === key) return i;
      } else if (namedAs(key, this.bang, this.lastName)) return NONE;
    }
    // Another sheet than the last one's.
    const name = key.slice(0, this.bang);
    const grid = this.grids.get(name);
    if (!grid) return NONE;
    this.lastName = name;
    this.lastGrid = grid;
    const line = grid.rows[row];
    const i = line === undefined ? undefined : line[col];
    return i === undefined ? NONE : i;
  }

  override get(key: Key): CellValue | undefined {
    const i = this.slot(key);
    if (i >= 0) return this.figures[i >> SHIFT][i & MASK];
    return i === ELSEWHERE ? this.others.get(key) : undefined;
  }

  override has(key: Key): boolean {
    const i = this.slot(key);
    if (i >= 0) return this.figures[i >> SHIFT][i & MASK] !== undefined;
    return i === ELSEWHERE ? this.others.has(key) : false;
  }

  override set(key: Key, value: CellValue): this {
    const at = tailPosition(key, this);
    if (at < 0) {
      this.others.set(key, value);
      return this;
    }
    const col = at % 32_768;
    return this.put(key.slice(0, this.bang), (at - col) / 32_768, col, key, value);
  }

  /**
   * set(key, value) for the key keyMaker(sheet) makes of (row, col) ("Sheet!D7"): its position is taken as given,
   * not read back from its characters, for the hundred thousand figures a large check reads.
   */
  setAt(sheet: string, row: number, col: number, key: Key, value: CellValue): this {
    // 1-based, as tailPosition reads them; a position no canonical address has goes the general way.
    const r = row + 1;
    const c = col + 1;
    if (row < 0 || col < 0 || r > 1_048_576 || c > 16_384) return this.set(key, value);
    return this.put(sheet, r, c, key, value);
  }

  /** The figure of `key`, the canonical key of (r, c) (1-based) on sheet `name`, held. */
  private put(name: string, r: number, c: number, key: Key, value: CellValue): this {
    let grid = this.lastGrid && this.lastName === name ? this.lastGrid : this.grids.get(name);
    if (!grid) this.grids.set(name, (grid = { rows: [], width: 0 }));
    this.lastName = name;
    this.lastGrid = grid;
    let line = grid.rows[r];
    if (!line) line = grid.rows[r] = newLine(grid, c);
    else if (c >= grid.width) grid.width = c + 1;
    const i = line[c];
    if (i === undefined) {
      const at = this.held++;
      if ((at & MASK) === 0) {
        this.order.push(chunk<Key>());
        this.figures.push(chunk<CellValue>());
      }
      line[c] = at;
      this.order[at >> SHIFT][at & MASK] = key;
      this.figures[at >> SHIFT][at & MASK] = value;
      this.count++;
    } else {
      // Set again after a delete: it keeps the place it was first set at (a Map puts it last: no caller relies on it).
      const figures = this.figures[i >> SHIFT];
      if (figures[i & MASK] === undefined) this.count++;
      figures[i & MASK] = value;
    }
    return this;
  }

  override delete(key: Key): boolean {
    const i = this.slot(key);
    if (i === ELSEWHERE) return this.others.delete(key);
    if (i === NONE || this.figures[i >> SHIFT][i & MASK] === undefined) return false;
    this.figures[i >> SHIFT][i & MASK] = undefined;
    this.count--;
    return true;
  }

  override clear(): void {
    this.grids.clear();
    this.order.length = 0;
    this.figures.length = 0;
    this.held = 0;
    this.count = 0;
    this.lastName = '';
    this.lastGrid = undefined;
    this.others.clear();
  }

  override get size(): number {
    return this.count + this.others.size;
  }

  override *entries(): MapIterator<[Key, CellValue]> {
    for (let i = 0; i < this.held; i++) {
      const value = this.figures[i >> SHIFT][i & MASK];
      if (value !== undefined) yield [this.order[i >> SHIFT][i & MASK] as Key, value];
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
