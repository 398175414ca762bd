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
  // Digits and dots ("12", "1.2", "3.45": numberings, and most figures a numbering column is tested with) are read
  // here, not kept, so that the figures of a hundred workbooks do not crowd the numberings out of the cache.
  const numeric = digitsAndDots(text);
  if (numeric !== null) return numeric;
  let stt = READ.get(text);
  if (stt === undefined && !READ.has(text)) {
    if (READ.size >= 10_000) READ.clear();
    READ.set(text, (stt = readStt(text)));
  }
  return stt;
}

/** readStt of a text of digits and dots only, as its patterns read it: "12" and "12." arabic, "1.2" and "1.2." dotted
 *  (ranked by their parts), anything else of digits and dots none; null for any other text. */
function digitsAndDots(text: string): Stt | undefined | null {
  const n = text.length;
  if (n === 0) return null;
  let parts = 1;
  let digits = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c === 46) {
      // A dot ends a run of digits: none before it ("..", ".5") is no numbering; a last one is allowed.
      if (digits === 0) {
        for (let k = i + 1; k < n; k++) if (text.charCodeAt(k) !== 46 && (text.charCodeAt(k) < 48 || text.charCodeAt(k) > 57)) return null;
        return undefined;
      }
      if (i < n - 1) parts++;
      digits = 0;
    } else return null;
  }
  // "1.2." ends in its dot; "1.2.." or "1.": see the loop (an empty run) and below.
  if (digits === 0 && text.charCodeAt(n - 1) === 46 && text.charCodeAt(n - 2) === 46) return undefined;
  return parts === 1 ? { kind: 'arabic', token: text, rank: 2 } : { kind: 'dotted', token: text, rank: 1 + parts };
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
