// A rate named in words and stated again later: "Tỷ lệ đô thị hóa năm 2024 ước đạt 36,84%" in the body, "tỷ lệ đô thị
// hóa đạt 36,48%" in the summary. A clerk reads the two as one rate when one name's words all stand in the other's,
// neither names another year, and the two values are two neighbouring digits swapped: rates of two different things
// with the same name seldom differ by exactly that. Rates that are compared ("từ 21,64% xuống 15,27%", "so với … (q%)")
// or changes ("tăng 1,2%") are no statement of the rate.
import { sentenceAround } from './periods';
import { significantDigits, Token, tokenize } from './tokens';

export interface RatedMention {
  p: number;
  token: Token;
  /** The name's words after "tỷ lệ", without years and fillers. */
  name: Set<string>;
  /** The years its clause names, if any. */
  years: string[];
  /** The words from the clause's start to the percentage, to show. */
  label: string;
}

const FILLER = new Set(['của', 'các', 'được', 'đã', 'là', 'có', 'năm', 'trong', 'toàn', 'đạt', 'ước', 'chung', 'bình', 'quân', 'số', 'trên', 'địa', 'bàn']);
// "tỷ lệ <name> [năm Y] [ước] đạt|là|: q%": the name runs from "tỷ lệ" to the verb before the value.
const NAMED = /(?<![\p{L}])(?:tỷ lệ|tỉ lệ)\s+([^\d,;:()%]{3,80}?)\s*(?:năm\s+(?:19|20)\d{2}\s*)?(?:ước\s+)?(?:đạt|là|:)\s*$/iu;

export function ratedMentions(paragraphs: { text: string }[]): RatedMention[] {
  const out: RatedMention[] = [];
  paragraphs.forEach((para, p) => {
    const text = para.text;
    for (const t of tokenize(text)) {
      if (t.kind !== 'percent' || !t.value) continue;
      const clause = Math.max(sentenceAround(text, t.start).start, text.lastIndexOf(';', t.start) + 1, text.lastIndexOf('(', t.start) + 1);
      const head = text.slice(clause, t.start);
      const m = NAMED.exec(head);
      // Changes and values compared with are no statement of the rate.
      if (!m || /(?<![\p{L}])(?:tăng|giảm|so với|từ|xuống|lên|vượt|hơn|kém)(?![\p{L}])/iu.test(m[1])) continue;
      const name = new Set(m[1].toLowerCase().split(/[^\p{L}]+/u).filter((w) => w && !FILLER.has(w)));
      if (name.size < 2) continue;
      out.push({ p, token: t, name, years: head.match(/(?:19|20)\d{2}/g) ?? [], label: head.replace(/^[^\p{L}]*/u, '').trim() });
    }
  });
  return out;
}

/** Whether two mentions state one rate: nested names, no two different years, three digits or more each. */
export function sameRate(a: RatedMention, b: RatedMention): boolean {
  if (significantDigits(a.token) < 3 || significantDigits(b.token) < 3) return false;
  if (a.years.length && b.years.length && !a.years.some((y) => b.years.includes(y))) return false;
  return [...a.name].every((w) => b.name.has(w)) || [...b.name].every((w) => a.name.has(w));
}
