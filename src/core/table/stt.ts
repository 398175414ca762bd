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
  // Plain digits (most figures a numbering column is tested with) are arabic: read here, not kept, so that the
  // figures of a hundred workbooks do not crowd the numberings out of the cache.
  if (allDigits(text)) return { kind: 'arabic', token: text, rank: 2 };
  let stt = READ.get(text);
  if (stt === undefined && !READ.has(text)) {
    if (READ.size >= 10_000) READ.clear();
    READ.set(text, (stt = readStt(text)));
  }
  return stt;
}

function allDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
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
  const m = /^((?:[IVXL]+|\d+(?:\.\d+)*|[a-zđ])[.)]|[A-H]\s*[.)\-–]|[-–—+*])\s+(.*)$/su.exec(label.trim());
  if (!m) return { rest: label.trim() };
  const marker = /^[A-H]/.test(m[1]) ? m[1].replace(/\s*[-–]$/, '') : m[1];
  const stt = parseStt(marker.replace(/\)$/, '.'));
  return stt ? { stt, rest: m[2].trim() } : { rest: label.trim() };
}
