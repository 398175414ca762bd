// Row numbering (STT): I, II / 1, 2 / 1.1 / a, b / -, +. Its kind gives the row's depth.

export type SttKind = 'roman' | 'capital' | 'arabic' | 'dotted' | 'letter' | 'dash' | 'plus' | 'star';

export interface Stt {
  kind: SttKind;
  token: string;
  /** Smaller is higher in the hierarchy. */
  rank: number;
}

const ROMAN = /^(?=[IVXL])(L?X{0,3})(IX|IV|V?I{0,3})\.?$/;

/** Numberings repeat ("1", "2", "1.1", "a"): each text is read once. The results are never changed. */
const READ = new Map<string, Stt | undefined>();

export function parseStt(text: string): Stt | undefined {
  // Most texts asked about are labels and figures: one that cannot start a numbering is answered without the cache
  // (labels are mostly distinct, and keeping them filled it and cleared it over and over).
  const first = text.charCodeAt(0);
  if (!mayStartStt(first)) return undefined;
  // Figures ("1234", "102.4") are most of the texts a numbering column is looked for in: read without the cache.
  if (first >= 48 && first <= 57) {
    const figure = digitsAndDots(text);
    if (figure !== null) return figure;
  }
  let stt = READ.get(text);
  if (stt === undefined && !READ.has(text)) {
    if (READ.size >= 10_000) READ.clear();
    READ.set(text, (stt = readStt(text)));
  }
  return stt;
}

/** The arabic numberings "1" … "999999" (written without a leading zero), shared: one object per number. */
const ARABIC: (Stt | undefined)[] = [];

/**
 * readStt of a text of ASCII digits and dots only, starting with a digit: "12" arabic, "1.2" or "1.2." dotted
 * (rank by its parts), anything else of that form ("1..2") none. Null when the text has another character.
 */
function digitsAndDots(text: string): Stt | undefined | null {
  let parts = 1;
  let empty = false; // the last part seen is empty (the text so far ends with a dot)
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) {
      // Two dots in a row: no numbering, whatever follows (every form readStt takes is anchored at both ends).
      if (empty) return undefined;
      parts++;
      empty = true;
    } else if (c >= 48 && c <= 57) empty = false;
    else return null;
  }
  // A trailing dot closes the numbering ("1." or "1.2."): not a part of its own.
  if (empty) parts--;
  if (parts === 1) {
    if (text.length <= 6 && !empty && text.charCodeAt(0) !== 48) return (ARABIC[Number(text)] ??= { kind: 'arabic', token: text, rank: 2 });
    return { kind: 'arabic', token: text, rank: 2 };
  }
  return { kind: 'dotted', token: text, rank: 1 + parts };
}

/**
 * Whether a text starting with this character may be a numbering: the first characters readStt accepts (I V X L,
 * A–H, digits, a–z, đ, dashes, + and *), and any space or other character trim() may remove (those take the full path).
 */
function mayStartStt(c: number): boolean {
  if (c >= 48 && c <= 57) return true; // 0–9
  if (c >= 97 && c <= 122) return true; // a–z
  if (c >= 65 && c <= 72) return true; // A–H
  if (c === 73 || c === 86 || c === 88 || c === 76) return true; // I V X L
  if (c === 45 || c === 43 || c === 42) return true; // - + *
  if (c === 0x2013 || c === 0x2014 || c === 0x0111) return true; // – — đ
  // Other printable ASCII, and the letters of Latin scripts (Vietnamese among them): never a numbering's start.
  if (c > 32 && c < 127) return false;
  if (c >= 0xc0 && c < 0x2000 && c !== 0x1680) return false;
  // Spaces and anything else trim() may strip (U+1680 among them; NaN for the empty text): the full path.
  return true;
}

function readStt(text: string): Stt | undefined {
  const token = text.trim();
  if (token === '') return undefined;
  if (ROMAN.test(token)) return { kind: 'roman', token, rank: 1 };
  // The forms' lettered blocks (A – D of Biểu 1, 8A): siblings at the top, like roman numerals.
  if (/^[A-H][.)]?$/.test(token)) return { kind: 'capital', token, rank: 1 };
  if (/^\d+\.?$/.test(token)) return { kind: 'arabic', token, rank: 2 };
  const dotted = /^\d+(\.\d+)+\.?$/.exec(token);
  if (dotted) return { kind: 'dotted', token, rank: 1 + token.replace(/\.$/, '').split('.').length };
  if (/^[a-zđ][.)]?$/u.test(token)) return { kind: 'letter', token, rank: 8 };
  if (/^[-–—]$/.test(token)) return { kind: 'dash', token, rank: 9 };
  if (token === '+') return { kind: 'plus', token, rank: 10 };
  if (token === '*') return { kind: 'star', token, rank: 11 };
  return undefined;
}

/** A numbering written at the start of the label: "1. Tổng số", "a) Nam", "- Nữ". */
export function splitLeadingStt(label: string): { stt?: Stt; rest: string } {
  // Most labels start with a word ("Đơn vị", "Khối"): no numbering can lead them, and the pattern below is not run.
  if (!mayStartStt(label.charCodeAt(0))) return { rest: label.trim() };
  const m = /^((?:[IVXL]+|\d+(?:\.\d+)*|[a-zđ])[.)]|[A-H]\s*[.)\-–]|[-–—+*])\s+(.*)$/su.exec(label.trim());
  if (!m) return { rest: label.trim() };
  const marker = /^[A-H]/.test(m[1]) ? m[1].replace(/\s*[-–]$/, '') : m[1];
  const stt = parseStt(marker.replace(/\)$/, '.'));
  return stt ? { stt, rest: m[2].trim() } : { rest: label.trim() };
}
