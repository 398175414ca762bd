// Reading numbers as Vietnamese drafts write them: "33.923", "49,29%", "05", "516/520", "...".
import { Exact, exactFromDecimal } from './exact';

export type NumberStyle = 'vi' | 'en' | 'plain';

export interface NumberReading {
  value: Exact;
  decimals: number;
  percent: boolean;
  style: NumberStyle;
}

export type ParsedText =
  | { kind: 'empty' }
  /** "-" in a table: explicitly nothing, counted as zero. */
  | { kind: 'nil' }
  /** "...", "…", "20...": a figure not filled in yet. */
  | { kind: 'placeholder' }
  | ({ kind: 'number'; signWord?: 'tăng' | 'giảm' } & NumberReading)
  | { kind: 'fraction'; part: NumberReading; whole: NumberReading }
  | { kind: 'ambiguous'; readings: NumberReading[] }
  | { kind: 'text' };

export interface ParseHint {
  /** The column holds counts, so "33,923" is read as an English-style thousands figure. */
  expectInteger?: boolean;
}

const PLACEHOLDER = /^(?:[\d\s]*(?:\.{2,}|…+)[\d\s%]*)+$/;
const NIL = /^[-–—]$/;
const SIGN_WORD = /^(tăng|giảm)\s+(.+)$/iu;

/**
 * Printable ASCII and precomposed Latin letters (Vietnamese among them) with single inner spaces: already normal,
 * as most figures, codes and labels are. The Latin letters are Latin-1 after the no-break space, Latin Extended-A
 * and -B and Latin Extended Additional: each is its own NFC form, none composes with a neighbour from these or
 * ASCII (checked with String.prototype.normalize for every one and every pair; Unicode's stability policy keeps
 * it so), and none is a space.
 * Labels were otherwise looked up in the cache of normalized texts, one lookup costing more than this scan.
 */
function isPlain(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7e && !(c >= 0xa1 && c <= 0x24f) && !(c >= 0x1e00 && c <= 0x1eff)) return false;
    if (c <= 0x20 && (c !== 0x20 || i === 0 || i === last || text.charCodeAt(i - 1) === 0x20)) return false;
  }
  return true;
}

/** Labels are read many times over (detection, hierarchy, checking): each distinct text is normalized once. */
const NORMALIZED = new Map<string, string>();

export function normalizeSpaces(text: string): string {
  if (isPlain(text)) return text;
  let normal = NORMALIZED.get(text);
  if (normal === undefined) {
    if (NORMALIZED.size >= 50_000) NORMALIZED.clear();
    NORMALIZED.set(text, (normal = normalizeSlow(text)));
  }
  return normal;
}

function normalizeSlow(text: string): string {
  return text.normalize('NFC').replace(/[\u00a0\u202f\u2007]/g, ' ').replace(/\s+/g, ' ').trim();
}

export function parseNumberText(raw: string, hint: ParseHint = {}): ParsedText {
  const text = normalizeSpaces(raw);
  if (text === '') return { kind: 'empty' };
  if (NIL.test(text)) return { kind: 'nil' };
  if (PLACEHOLDER.test(text)) return { kind: 'placeholder' };
  // "X": the forms' mark for a cell where a figure makes no sense (a percentage of a count row).
  if (/^[xX×]$/.test(text)) return { kind: 'empty' };

  const word = SIGN_WORD.exec(text);
  if (word) {
    const inner = parseNumberText(word[2], hint);
    if (inner.kind !== 'number' || inner.value.s < 0n) return { kind: 'text' };
    const signWord = word[1].toLowerCase() as 'tăng' | 'giảm';
    return { ...inner, signWord, value: signWord === 'giảm' ? inner.value.neg() : inner.value };
  }

  const slash = /^([^/]+)\/([^/]+)$/.exec(text);
  if (slash) {
    const part = parseSigned(slash[1].trim(), { expectInteger: true });
    const whole = parseSigned(slash[2].trim(), { expectInteger: true });
    if (part?.length === 1 && whole?.length === 1 && !part[0].percent && !whole[0].percent) {
      return { kind: 'fraction', part: part[0], whole: whole[0] };
    }
    return { kind: 'text' };
  }

  const readings = parseSigned(text, hint);
  if (!readings) return { kind: 'text' };
  if (readings.length > 1) return { kind: 'ambiguous', readings };
  return { kind: 'number', ...readings[0] };
}

function parseSigned(text: string, hint: ParseHint): NumberReading[] | undefined {
  let body = text;
  let negative = false;
  // "(6)", "(14,29)": accountants write a decrease in parentheses ("số trong ngoặc đơn là giảm").
  const bracketed = /^\(\s*([^()+\-−–]+?)\s*\)$/.exec(body);
  if (bracketed) {
    const inner = parseSigned(bracketed[1], hint);
    return inner?.map((r) => ({ ...r, value: r.value.neg() }));
  }
  const sign = /^([+\-−–])\s*/.exec(body);
  if (sign) {
    negative = sign[1] !== '+';
    body = body.slice(sign[0].length);
  }
  let percent = false;
  if (/\s*%$/.test(body)) {
    percent = true;
    body = body.replace(/\s*%$/, '');
  }
  if (!/^\d[\d.,]*$/.test(body) || /[.,]$/.test(body)) return undefined;
  const readings = readUnsigned(body, percent, hint);
  if (!readings) return undefined;
  return readings.map((r) => ({ ...r, value: negative ? r.value.neg() : r.value }));
}

function reading(integer: string, fractionDigits: string, percent: boolean, style: NumberStyle): NumberReading {
  const value = exactFromDecimal(fractionDigits ? `${integer}.${fractionDigits}` : integer);
  return { value, decimals: fractionDigits.length, percent, style };
}

function readUnsigned(body: string, percent: boolean, hint: ParseHint): NumberReading[] | undefined {
  const hasDot = body.includes('.');
  const hasComma = body.includes(',');
  if (!hasDot && !hasComma) return [reading(body, '', percent, body.length >= 4 ? 'plain' : 'vi')];

  if (hasDot && !hasComma) {
    if (/^\d{1,3}(\.\d{3})+$/.test(body)) {
      const thousands = reading(body.replace(/\./g, ''), '', percent, 'vi');
      // "1.677%": a percentage in thousands is implausible, an English decimal point is not.
      if (percent && body.split('.').length === 2) {
        const [i, f] = body.split('.');
        return [thousands, reading(i, f, percent, 'en')];
      }
      return [thousands];
    }
    if (/^\d+\.\d+$/.test(body)) {
      const [i, f] = body.split('.');
      return [reading(i, f, percent, 'en')];
    }
    return undefined;
  }

  if (hasComma && !hasDot) {
    const groups = body.split(',');
    if (/^\d{1,3}(,\d{3})+$/.test(body) && !percent && (groups.length > 2 || hint.expectInteger)) {
      return [reading(groups.join(''), '', percent, 'en')];
    }
    if (/^\d+,\d+$/.test(body)) return [reading(groups[0], groups[1], percent, 'vi')];
    return undefined;
  }

  if (/^\d{1,3}(\.\d{3})+,\d+$/.test(body)) {
    const [i, f] = body.split(',');
    return [reading(i.replace(/\./g, ''), f, percent, 'vi')];
  }
  if (/^\d{1,3}(,\d{3})+\.\d+$/.test(body)) {
    const [i, f] = body.split('.');
    return [reading(i.replace(/,/g, ''), f, percent, 'en')];
  }
  return undefined;
}
