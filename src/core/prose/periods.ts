// The period a claim belongs to. A comparison "so với nhiệm kỳ X" is read against the term its own sentence
// names ("Nhiệm kỳ 2026 - 2031 quy hoạch 41 đồng chí (tăng 03 so với nhiệm kỳ 2021 - 2026)"), not the
// report's term: a report on 2020 - 2025 also speaks of the HĐND term 2021 - 2026 and of the next one.

export interface Term {
  start: number;
  end: number;
  label: string;
  /** Where the term is written in its paragraph, and where its writing ends ("2015-2020" or "2015 - 2020"). */
  at: number;
  until: number;
  /** Written after "so với" (a term compared against, not the claim's own). */
  compared: boolean;
}

// A school year ("năm học 2024 - 2025") comes after the one before it as a term does; so do a crop year ("niên vụ
// 2023 - 2024") and a season over two years ("vụ Đông Xuân 2024 - 2025").
const TERM_WORDS = /(nhiệm kỳ|giai đoạn|năm học|niên vụ|vụ\s+(?:Đông Xuân|Hè Thu|Thu Đông|Mùa|Chiêm))\s*((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})/giu;
// "so với quy hoạch nhiệm kỳ …", "so với cùng kỳ nhiệm kỳ …": a few words may stand between.
// "gấp 1,38 lần giai đoạn 2016 - 2020" compares as "so với" does.
// "cao hơn nhiệm kỳ 2016 - 2021", "thấp hơn giai đoạn trước" compare as well.
// "so với 02 năm đầu nhiệm kỳ 2012 - 2017": a count of years may stand before the words naming the stretch compared.
const COMPARED_BEFORE = /(?:so với|gấp\s+\d[\d.,]*\s+lần|(?:cao|thấp|nhiều|ít)\s+hơn)(?:\s+\d{1,2}\s+năm)?(?:\s+[\p{L}]+){0,3}\s*$/iu;

export function termsIn(text: string): Term[] {
  const out: Term[] = [];
  // A term inside a quoted title ("Đề án “… giai đoạn 2010 - 2020”") names the programme, not the figures' time.
  const quoted = [...text.matchAll(/“[^“”]*”/gu)].map((q) => [q.index!, q.index! + q[0].length]);
  for (const m of text.matchAll(TERM_WORDS)) {
    if (quoted.some(([a, b]) => m.index! > a && m.index! < b)) continue;
    const start = Number(m[2]);
    const end = Number(m[3]);
    if (end <= start || end - start > 10) continue;
    const before = text.slice(Math.max(0, m.index! - 40), m.index!);
    out.push({ start, end, label: `${start} - ${end}`, at: m.index!, until: m.index! + m[0].length, compared: COMPARED_BEFORE.test(before) });
  }
  return out;
}

/** Sentence bounds around a position: a full stop followed by a space (not "31.12", not "1.234"). */
export function sentenceAround(text: string, at: number): { start: number; end: number } {
  let start = 0;
  // An ellipsis is a figure left blank ("khách qua bến ngang sông ... lượt"), not a sentence's end.
  for (const m of text.slice(0, at).matchAll(/(?:[!?]|(?<!\.)\.(?!\.))\s+(?=\S)/gu)) start = m.index! + m[0].length;
  const rest = /(?:[!?]|(?<!\.)\.(?!\.))(\s|$)/u.exec(text.slice(at));
  return { start, end: rest ? at + rest.index : text.length };
}

/**
 * The term a comparison at `at` belongs to: the last term named (not compared against) before it in its
 * sentence, else earlier in its paragraph. Undefined when the paragraph names none.
 */
export function ownTerm(text: string, at: number): { term: Term; where: 'sentence' | 'paragraph' } | undefined {
  const own = termsIn(text).filter((t) => !t.compared && t.at < at);
  const last = own.at(-1);
  if (!last) return undefined;
  return { term: last, where: last.at >= sentenceAround(text, at).start ? 'sentence' : 'paragraph' };
}

/** Terms that may come right after `term`, the likelier first (the inverse of termsBefore). */
export function termsAfter(term: { start: number; end: number }): string[] {
  const length = term.end - term.start;
  const sharing = `${term.end} - ${term.end + length}`;
  const apart = `${term.end + 1} - ${term.end + 1 + length}`;
  if (length === 1) return [sharing];
  return length === 4 ? [apart, sharing] : [sharing, apart];
}

/**
 * Terms that may come right before `own`: the five-year party term shares its boundary year
 * (2020 - 2025 after 2015 - 2020), a plan period does not (2021 - 2025 after 2016 - 2020).
 */
export function termsBefore(own: { start: number; end: number }): string[] {
  const length = own.end - own.start;
  const sharing = `${own.start - length} - ${own.start}`;
  const apart = `${own.start - 1 - length} - ${own.start - 1}`;
  // Terms share their boundary year (2015 - 2020, 2020 - 2025); five-year stages counted inclusively do not
  // (2016 - 2020, 2021 - 2025): the likelier one first.
  // A school year (2024 - 2025) follows only the one sharing its first year (2023 - 2024).
  if (length === 1) return [sharing];
  return length === 4 ? [apart, sharing] : [sharing, apart];
}
