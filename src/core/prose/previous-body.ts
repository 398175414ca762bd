// A body's size compared with the body of the term before: "Ban Chấp hành Đoàn huyện khóa XII dự kiến gồm 29 đồng chí,
// tăng 03 đồng chí so với khóa XI" where an earlier paragraph says "Ban Chấp hành Đoàn huyện khóa XI có 27 đồng chí".
// The earlier value is the one the report states of the same body under the term compared with ("khóa XI", or "khóa
// trước" for the numeral before the claim's own): the same words naming the body, the term, then "có/gồm/là" and a
// figure. One such statement, or nothing is read.
import type { Paragraph } from './document';
import type { Token } from './tokens';
import { tokenize } from './tokens';

export interface PreviousBody {
  p: number;
  previous: { p: number; token: Token };
  delta: Token;
  sign: 1 | -1;
  /** Where the claim's own value may stand: before the change in its sentence. */
  at: number;
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

function fromRoman(s: string): number | undefined {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]];
    const next = ROMAN[s[i + 1]] ?? 0;
    if (!v) return undefined;
    total += v < next ? -v : v;
  }
  return total;
}

function toRoman(n: number): string {
  const table: [number, string][] = [[100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) [out, n] = [out + s, n - v];
  return out;
}

export function previousBodies(paragraphs: Paragraph[]): PreviousBody[] {
  const out: PreviousBody[] = [];
  paragraphs.forEach((para, p) => {
    const text = para.text;
    for (const m of text.matchAll(/(tăng|giảm)\s+(\d[\d.,]*)[^\d.;()]{0,20}?so với\s+khóa\s+(trước|[IVXLC]+)(?![\p{L}])/giu)) {
      // The body and its own term, named earlier in the sentence: "Ban Chấp hành Đoàn huyện khóa XII".
      const head = text.slice(0, m.index!);
      const own = [...head.matchAll(/((?:Ban Chấp hành|Ban Thường vụ|Ủy ban Kiểm tra|Ủy ban|Hội đồng)[\p{L} ]{0,40}?)\s+khóa\s+([IVXLC]+)(?![\p{L}])/gu)].at(-1);
      if (!own) continue;
      const ownTerm = fromRoman(own[2]);
      const named = m[3] === 'trước' ? (ownTerm ? toRoman(ownTerm - 1) : undefined) : m[3];
      if (!named || named === own[2]) continue;
      const body = own[1].trim().replace(/\s+/g, '\\s+');
      const stated: { p: number; token: Token }[] = [];
      paragraphs.forEach((other, q) => {
        if (other.location !== 'body') return;
        for (const s of other.text.matchAll(new RegExp(`${body}\\s+khóa\\s+${named}(?![\\p{L}])\\s*(?:có|gồm|là)\\s+(\\d[\\d.,]*)`, 'gu'))) {
          const token = tokenize(other.text).find((t) => t.kind === 'count' && t.value && t.start === s.index! + s[0].lastIndexOf(s[1]));
          if (token) stated.push({ p: q, token });
        }
      });
      const values = new Set(stated.map((s) => s.token.value!.toString()));
      const delta = tokenize(text).find((t) => t.kind === 'count' && t.value && t.start === m.index! + m[0].indexOf(m[2], m[1].length));
      if (values.size !== 1 || !delta) continue;
      out.push({ p, previous: stated[0], delta, sign: m[1].toLowerCase() === 'giảm' ? -1 : 1, at: m.index! });
    }
  });
  return out;
}
