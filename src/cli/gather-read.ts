// Reading one district's file for `gather`: the workbook loaded (fast reader, guard first), the district's name,
// and its reading against the template (matched, checked, figures taken). The same function runs on the main
// thread and in the worker threads; what a worker sends back is packed so that exact figures survive the copy.
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { cellAt, DistrictChecker, districtChecker, DistrictReading, Exact, exactInt, parseA1, ratio, readDistrict, SheetInput, Template } from '../core';
import { InputError, loadWorkbook } from './input';

/** The district's name: its file name without the extension, or the text of a cell the user names. */
export function unitName(file: string, sheets: SheetInput[], from: string): string {
  if (from === 'filename') return basename(file).replace(/\.xlsx$/i, '');
  const m = /^cell:(?:(.+)!)?([A-Z]{1,3}\d+)$/i.exec(from)!;
  const sheet = m[1] ? sheets.find((s) => s.name === m[1].replace(/^'(.*)'$/, '$1')) : sheets[0];
  if (!sheet) throw new InputError(`${file}: không có trang "${m[1]}" để đọc tên đơn vị`);
  const at = parseA1(m[2].toUpperCase())!;
  const value = cellAt(sheet, at.row, at.col)?.value;
  const text = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
  if (!text) throw new InputError(`${file}: ô ${sheet.name}!${m[2].toUpperCase()} trống, không có tên đơn vị`);
  return text;
}

/** What became of one file: read (with its reading) or not (with the reason); notices to print in the files' order. */
export type FileOutcome = ({ kind: 'read'; name: string; file: string; reading: DistrictReading } | { kind: 'unread'; file: string; message: string }) & {
  notices: string[];
  /** Milliseconds spent reading the file and checking it (for the bench). */
  ms: { read: number; check: number };
  /** Whether its check took the short way (core/gather/quick), for the bench. */
  quick?: boolean;
};

// One checker per template in each thread: districts laid out alike are checked in full once (see core/gather/quick).
const checkers = new WeakMap<Template, DistrictChecker>();
const checkerFor = (template: Template) => {
  let c = checkers.get(template);
  if (!c) checkers.set(template, (c = districtChecker(template)));
  return c;
};

export async function readDistrictFile(template: Template, file: string, from: string): Promise<FileOutcome> {
  const notices: string[] = [];
  const start = performance.now();
  let loaded: SheetInput[];
  let name: string;
  // A file that cannot be read is listed with its reason; the others are still gathered.
  try {
    if (!existsSync(file)) throw new InputError(`Không tìm thấy tệp ${file}`);
    loaded = (await loadWorkbook(file, 'vi', { fast: true, notice: (text) => notices.push(text) })).sheets;
    name = unitName(file, loaded, from);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return { kind: 'unread', file, message: e.message, notices, ms: { read: performance.now() - start, check: 0 } };
  }
  const read = performance.now();
  const checker = checkerFor(template);
  const before = checker.stats.quick;
  const reading = readDistrict(template, { name, file, sheets: loaded }, checker);
  return { kind: 'read', name, file, reading, notices, ms: { read: read - start, check: performance.now() - read }, quick: checker.stats.quick > before };
}

type PackedExact = [bigint, bigint];
/** A FileOutcome as it crosses between threads: exact figures as numerator and denominator. */
export type PackedOutcome = Omit<FileOutcome, 'reading'> & { figures?: [string, [string, PackedExact][]][] };

const packExact = (x: Exact): PackedExact => [x.s < 0n ? -x.n : x.n, x.d];
const unpackExact = ([n, d]: PackedExact): Exact => ratio(exactInt(n), exactInt(d));

export function packOutcome(o: FileOutcome): PackedOutcome {
  if (o.kind === 'unread') return o;
  const { figures, ...rest } = o.reading.contribution;
  return {
    ...o,
    reading: { ...o.reading, contribution: { ...rest, figures: new Map() } },
    figures: [...figures].map(([table, cells]) => [table, [...cells].map(([cell, x]) => [cell, packExact(x)])]),
  } as PackedOutcome;
}

export function unpackOutcome(p: PackedOutcome): FileOutcome {
  if (p.kind === 'unread') return p as FileOutcome;
  const { figures, ...o } = p as PackedOutcome & { kind: 'read'; reading: DistrictReading };
  o.reading.contribution.figures = new Map(figures!.map(([table, cells]) => [table, new Map(cells.map(([cell, x]) => [cell, unpackExact(x)]))]));
  return o as FileOutcome;
}
