// What a raw cell means as a figure: a number at a stated precision, a fraction, a placeholder, or not a figure.
import type { RawCell } from './sheet';
import { Exact, decimalsOf, exactFromNumber, exactReduced, scaledBy, shortestDecimalPlaces, roundHalfUp, HUNDRED, ZERO } from './numbers/exact';
import { NumberReading, NumberStyle, parseNumberText, ParseHint } from './numbers/parse';
import { denominator, signedNumerator } from './numbers/small';

export type CellValue =
  | { kind: 'blank' }
  | { kind: 'nil' }
  | {
      kind: 'number';
      /** As displayed: rounded to the shown decimals; percentages in percent units (49,29 not 0,4929). */
      value: Exact;
      decimals: number;
      percent: boolean;
      source: 'number' | 'text';
      style: NumberStyle;
      signWord?: 'tăng' | 'giảm';
      /** The value's signed numerator and denominator as doubles (see SmallFigure); set on every cell read here. */
      num?: number;
      den?: number;
    }
  | { kind: 'fraction'; part: Exact; whole: Exact }
  | { kind: 'placeholder'; text: string }
  | { kind: 'ambiguous'; text: string; readings: NumberReading[] }
  | { kind: 'error'; code: string }
  | { kind: 'text'; text: string };

export interface NumberFormatInfo {
  decimals?: number;
  percent: boolean;
}

const FORMATS = new Map<string, NumberFormatInfo>();
const GENERAL: NumberFormatInfo = { percent: false };

/** The figures of small whole-number cells, shared: a CellValue is never changed once read. */
const SMALL = 1 << 16;
const SMALL_INTEGERS: (CellValue | undefined)[] = new Array(SMALL);
/** Small negative ones by their magnitude: changes between periods are as common as levels. */
const SMALL_NEGATIVES: (CellValue | undefined)[] = new Array(SMALL);
function integerCell(value: number): CellValue {
  if (value <= -SMALL || value >= SMALL) return numberCell(exactReduced(value, 1), 0, false, 'number', 'vi');
  const shared = value < 0 ? SMALL_NEGATIVES : SMALL_INTEGERS;
  return (shared[value < 0 ? -value : value] ??= numberCell(exactReduced(value, 1), 0, false, 'number', 'vi'));
}

/** A number cell, its value's numerator and denominator read into doubles once (one shape for every number cell). */
export function numberCell(value: Exact, decimals: number, percent: boolean, source: 'number' | 'text', style: NumberStyle, signWord?: 'tăng' | 'giảm'): CellValue {
  return { kind: 'number', value, decimals, percent, source, style, signWord, num: signedNumerator(value), den: denominator(value) };
}

/**
 * The figures of small one- and two-decimal cells (shares, ratios, rates: 49,29 or 102,4), shared likewise, by
 * their digits without the point: each would otherwise be a fresh CellValue and a fresh Fraction per check.
 */
const SMALL_DECIMALS: (CellValue | undefined)[][] = [[], new Array(SMALL), new Array(SMALL)];
function decimalCell(scaled: number, decimals: number): CellValue {
  const shared = decimals <= 2 && scaled >= 0 && scaled < SMALL ? SMALL_DECIMALS[decimals] : undefined;
  const known = shared?.[scaled];
  if (known) return known;
  const cell = numberCell(exactReduced(scaled, 10 ** decimals), decimals, false, 'number', 'vi');
  if (shared) shared[scaled] = cell;
  return cell;
}

/** Decimals and percent from an Excel number format ("#,##0.00", "0.0%", "General"). */
export function readNumberFormat(format: string | undefined): NumberFormatInfo {
  if (format === undefined) return GENERAL;
  let info = FORMATS.get(format);
  if (!info) FORMATS.set(format, (info = parseNumberFormat(format)));
  return info;
}

function parseNumberFormat(format: string): NumberFormatInfo {
  if (!format || /^general$/i.test(format.trim()) || format === '@') return { percent: false };
  const section = format.split(';')[0].replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '').replace(/\\./g, '');
  const percent = section.includes('%');
  const point = section.indexOf('.');
  if (!/[0#?]/.test(section)) return { percent };
  const decimals = point < 0 ? 0 : (section.slice(point + 1).match(/[0#?]/g) ?? []).length;
  return { decimals, percent };
}

export function interpretCell(cell: RawCell | undefined, hint: ParseHint = {}): CellValue {
  if (!cell || cell.value === null || cell.value === undefined) return { kind: 'blank' };
  const { value } = cell;
  if (typeof value === 'object') return { kind: 'error', code: value.error };
  if (typeof value === 'boolean') return { kind: 'text', text: String(value) };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { kind: 'error', code: '#NUM!' };
    const format = readNumberFormat(cell.numberFormat);
    if (format.decimals === undefined && !format.percent) {
      // The common case, read without rounding: an integer, or a decimal at as many places as it is written with.
      if (Number.isSafeInteger(value)) return integerCell(value);
      const places = shortestDecimalPlaces(value);
      if (places >= 0) return decimalCell(scaledBy(value, places), places);
    }
    let exact = exactFromNumber(value);
    if (format.percent) exact = exact.mul(HUNDRED);
    const decimals = format.decimals ?? (exact.d === 1n ? 0 : decimalsOf(exact, 10) ?? 10);
    return numberCell(exact.d === 1n ? exact : roundHalfUp(exact, decimals), decimals, format.percent, 'number', 'vi');
  }
  if (/^#(DIV\/0!|N\/A|NAME\?|NULL!|NUM!|REF!|VALUE!|SPILL!|CALC!|GETTING_DATA)$/.test(value.trim())) {
    return { kind: 'error', code: value.trim() };
  }
  const parsed = parseNumberText(value, hint);
  switch (parsed.kind) {
    case 'empty':
      return { kind: 'blank' };
    case 'nil':
      return { kind: 'nil' };
    case 'placeholder':
      return { kind: 'placeholder', text: value };
    case 'text':
      return { kind: 'text', text: value };
    case 'ambiguous':
      return { kind: 'ambiguous', text: value, readings: parsed.readings };
    case 'fraction':
      return { kind: 'fraction', part: parsed.part.value, whole: parsed.whole.value };
    case 'number':
      return numberCell(parsed.value, parsed.decimals, parsed.percent, 'text', parsed.style, parsed.signWord);
  }
}

/** The figure a rule works with: numbers as shown, "-" as zero, a fraction by its part. */
export function numericValue(v: CellValue): Exact | undefined {
  switch (v.kind) {
    case 'number':
      return v.value;
    case 'nil':
      return ZERO;
    case 'fraction':
      return v.part;
    default:
      return undefined;
  }
}

export function decimalsOfCell(v: CellValue): number {
  return v.kind === 'number' ? v.decimals : 0;
}

export function isFigure(v: CellValue): boolean {
  return v.kind === 'number' || v.kind === 'nil' || v.kind === 'fraction';
}
