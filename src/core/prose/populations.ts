// The report's populations: the units it is made of ("Huyện có 14 xã, thị trấn", "17 chi bộ trực thuộc", "41 tổ chức
// cơ sở đảng"). A fraction over one of them ("13/15 xã, thị trấn tổ chức hội nghị") has that population as its whole:
// a whole that is not the one count the report states of it is a slip a clerk sees at once. Only a population the
// report counts with one value throughout is held against (a count that changed over the years, "41 … năm 2021, 39 …
// từ 2022", leaves every fraction over it alone), and only when the fraction names the population itself, not a kind of
// it ("13/15 xã nông thôn mới", "chi bộ ấp").
import type { Exact } from '../numbers/exact';
import type { Paragraph } from './document';
import { insideParens, isAverage, isComparisonFigure } from './phrases';
import { sentenceAround } from './periods';
import { tokenize, type Token } from './tokens';

// The population nouns of these reports, the longest first; "trực thuộc" names the same level.
const POPULATION = /^\s*(xã,\s*phường,\s*thị trấn|xã,\s*thị trấn|xã,\s*phường|phường,\s*xã|huyện,\s*thị xã,\s*thành phố|huyện,\s*thành phố|ấp,\s*khu phố|thôn,\s*bản|tổ chức cơ sở đảng|tccsđ|đảng bộ trực thuộc|chi bộ trực thuộc|đảng bộ cơ sở|chi bộ cơ sở|xã|chi bộ|đảng bộ|ấp)(?![\p{L}])(\s+trực thuộc)?/iu;
// Words after a population that make it a kind of it.
const QUALIFIER = /^\s*(nông thôn|ấp|khu phố|cơ quan|doanh nghiệp|khối|vùng|biên giới|đặc biệt|khó khăn|loại|đô thị|miền núi|trường học|lực lượng|công an|quân sự|y tế|bộ phận|đảng ủy|đảng uỷ|mới thành lập|sáp nhập|ngoài|trong|nữ|dân tộc|tôn giáo)/iu;

/** The population a figure is a count of, named right after it, as a key ("xã, thị trấn", "chi bộ"). */
export function populationAfter(text: string, t: Token): string | undefined {
  const m = POPULATION.exec(text.slice(t.end));
  if (!m) return undefined;
  const rest = text.slice(t.end + m[0].length);
  if (QUALIFIER.test(rest)) return undefined;
  // "trực thuộc đảng ủy cơ sở" is a level below: another population.
  return m[1].toLowerCase().replace(/\s+/gu, ' ').replace(/^tccsđ$/u, 'tổ chức cơ sở đảng').replace(/ trực thuộc$/u, '');
}

/** Each population the report counts with exactly one value, with where it says so. */
export function statedPopulations(paragraphs: Paragraph[]): Map<string, { value: Exact; p: number }> {
  const counted = new Map<string, { values: Map<string, Exact>; stated?: { value: Exact; p: number } }>();
  // Where each population was last counted: its paragraph and sentence.
  const seen = new Map<string, { p: number; end: number }>();
  paragraphs.forEach((para, p) => {
    for (const t of tokenize(para.text)) {
      // "phủ kín 89/89 xã": a fraction of all of them states the population's count as surely as "có 89 xã".
      if (t.kind === 'fraction' && t.value && t.whole && t.value.equals(t.whole) && !isComparisonFigure(para.text, t)) {
        const key = populationAfter(para.text, t);
        if (key) {
          const entry = counted.get(key) ?? { values: new Map<string, Exact>() };
          entry.values.set(t.whole.toString(), t.whole);
          entry.stated ??= { value: t.whole, p };
          counted.set(key, entry);
        }
        continue;
      }
      if (t.kind !== 'count' || !t.value || isComparisonFigure(para.text, t)) continue;
      // An average ("bình quân 3,4 xã, thị trấn" a controller) is no count of the population.
      if ((t.decimals ?? 0) > 0 || isAverage(para.text, t)) continue;
      const key = populationAfter(para.text, t);
      if (!key) continue;
      const entry = counted.get(key) ?? { values: new Map<string, Exact>() };
      // A count after a count of the same population in its sentence, or after "trong 19 chi bộ", is a part of it ("có
      // 19 chi bộ (gồm 11 chi bộ ấp, 05 …)", "trong 19 chi bộ có 17 chi bộ hoàn thành tốt"), not another value of it.
      const head = para.text.slice(Math.max(0, t.start - 120), t.start);
      const subset = /(?<![\p{L}])trong\s+(?:tổng\s+số\s+)?\d[\d.]*[^.;]{0,40}$/iu.test(head);
      const sentence = sentenceAround(para.text, t.start).start;
      const last = seen.get(key);
      const between = last && last.p === p && last.end >= sentence ? para.text.slice(last.end, t.start) : undefined;
      // The earlier count opens a breakdown the later one stands in (a parenthesis or a "gồm" list, no ";" between).
      // A parenthesis may split its list by ";" ("27 xã, thị trấn (huyện A 15 xã, thị trấn; huyện B 12 xã, thị trấn)").
      const part = subset || (between !== undefined && (insideParens(para.text, t.start, last!.end) || (!between.includes(';') && /(?<![\p{L}])(gồm|bao gồm|trong đó)(?![\p{L}])/iu.test(between))));
      if (part) continue;
      seen.set(key, { p, end: t.end });
      entry.values.set(t.value.toString(), t.value);
      // A population is stated as what the whole has ("Huyện có 14 xã, thị trấn", "gồm 17 chi bộ", "Huyện có 11 xã, thị
      // trấn (…), 92 ấp, khu phố"), not as the part of a whole named before ("trong 19 chi bộ có 17 chi bộ …").
      const stating = /(?<![\p{L}])(có|gồm|bao gồm|với|tổng số|là)\s*$/iu.test(head.slice(-12)) || /(?<![\p{L}])(?:có|gồm)\s+(?:\d[\d.]*\s+[\p{L}, ]+?(?:\s*\([^()]*\))?,\s*)+$/iu.test(head);
      if (stating) entry.stated ??= { value: t.value, p };
      counted.set(key, entry);
    }
  });
  const out = new Map<string, { value: Exact; p: number }>();
  // Any other count of it ("xếp loại 38 tổ chức cơ sở đảng") must agree, or it changed and no count is the whole.
  for (const [key, entry] of counted) if (entry.stated && entry.values.size === 1) out.set(key, entry.stated);
  return out;
}

// Words that end a fraction's noun: what follows says what its members did or how many of them did it.
const NOUN_END = /^(?:được|đã|đang|đạt|có|chiếm|hoàn thành|tham gia|thực hiện|trên|của|trong|tại|với|và|là|bị|chưa|không)$/iu;
// A count said of another time, or as a change, is no count of the population now.
const OTHER_TIME = /(?<![\p{L}])(?:đầu nhiệm kỳ|đầu năm|nhiệm kỳ trước|năm trước|kỳ trước|cùng kỳ|so với|tăng|giảm|trước đây|dự kiến|kế hoạch đến)(?![\p{L}])/iu;
// Stated as what the whole has ("Hội có 11 hội cơ sở", "giao 12 chỉ tiêu", "quản lý … 08 trạm thủy văn"), not as those a
// sentence acted on ("kiểm tra 12 tổ chức đảng": a sample).
// So is an item of a list of what it has ("Mạng lưới gồm 17 chi nhánh và 246 nhà thuốc").
const STATES = /(?<![\p{L}])(?:có|gồm|bao gồm|quản lý|giao|tổng số|là|đề ra)\s+(?:[\p{L}]+\s+){0,6}$|(?<![\p{L}])(?:có|gồm|bao gồm|giao|là|đề ra|với)\s*$|(?<![\p{L}])(?:có|gồm|bao gồm)\s+\d[^;.()]{0,50}(?:,|\svà)\s*$/iu;

// An item of such a list after items that carry their own parentheses ("Hệ thống sản xuất gồm 03 nhà máy … (Nhà máy Long
// Hồ 180.000 tấn/năm, …) và 07 chi nhánh bán hàng").
const LISTED = /(?<![\p{L}])(?:có|gồm|bao gồm)\s+\d(?:[^;.()]|\([^()]*\)){0,200}?(?:,|\svà)\s*$/iu;

/**
 * The count of what a fraction counts that its own paragraph states before it ("Kế hoạch … gồm 05 hạng mục, …; đã hoàn
 * thành 03/06 hạng mục"): the last count before it written with the same words and nothing qualifying them. It must be
 * said as what the whole has, and not of another time or as a change; else the whole is not known.
 */
export function paragraphCount(text: string, fraction: Token, noun: string): { value: Exact } | undefined {
  // The noun whole on both sides: "02 hạng mục chuyển tiếp", "18/21 điểm du lịch cộng đồng" name a kind of them.
  const bare = (t: Token) => {
    const after = text.slice(t.end).toLowerCase().replace(/^\s+/u, '');
    if (!after.startsWith(noun)) return false;
    const rest = after.slice(noun.length);
    const words = rest.trim().split(/\s+/u);
    return /^\s*(?:[,;.:()]|$)/u.test(rest) || NOUN_END.test(words[0]) || NOUN_END.test(words.slice(0, 2).join(' '));
  };
  if (!bare(fraction)) return undefined;
  let last: Token | undefined;
  for (const t of tokenize(text.slice(0, fraction.start))) if (t.kind === 'count' && t.value && !t.decimals && bare(t)) last = t;
  if (!last || isComparisonFigure(text, last) || isAverage(text, last)) return undefined;
  const clause = text.slice(Math.max(text.lastIndexOf(';', last.start), text.lastIndexOf('.', last.start), sentenceAround(text, last.start).start), last.start);
  if (OTHER_TIME.test(clause) || !STATES.test(text.slice(Math.max(0, last.start - 70), last.start))) return undefined;
  return { value: last.value! };
}

/** The first words of what a fraction counts ("06/09 trạm thủy văn truyền số liệu …" → "trạm thủy văn"), two or three. */
export function countedNoun(text: string, t: Token): string | undefined {
  const words: string[] = [];
  const written = /^\s*([^\d,;.:()%/]*)/u.exec(text.slice(t.end))![1].split(/\s+/u).filter(Boolean);
  for (const w of written.map((x) => x.toLowerCase())) {
    if (NOUN_END.test(w) || words.length === 3) break;
    words.push(w);
  }
  // A grade written after the noun ("27/28 bưu cục cấp III") is part of its name: "cấp II" is another kind.
  if (words.length === 3 && /^[IVX]+$/u.test(written[3] ?? '')) words.push(written[3].toLowerCase());
  return words.length >= 2 ? words.join(' ') : undefined;
}

/**
 * The one count the report gives of what a fraction counts, named by the same first words ("Đài quản lý … 08 trạm thủy
 * văn" for "06/09 trạm thủy văn"): stated at least once as what the whole has, every count written before those words,
 * in any paragraph, says the same value, and none is said of another time or as a change. Two values, or none stated,
 * and the whole is not known.
 */
export function statedCount(paragraphs: Paragraph[], noun: string): { value: Exact; p: number } | undefined {
  let found: { value: Exact; p: number } | undefined;
  const values = new Set<string>();
  for (const [p, para] of paragraphs.entries()) {
    for (const t of tokenize(para.text)) {
      if (t.kind !== 'count' || !t.value || (t.decimals ?? 0) > 0) continue;
      const after = para.text.slice(t.end).toLowerCase().replace(/^\s+/u, '');
      if (!after.startsWith(noun) || /^\p{L}/u.test(after.slice(noun.length))) continue;
      if (isComparisonFigure(para.text, t) || isAverage(para.text, t)) return undefined;
      const clause = para.text.slice(Math.max(para.text.lastIndexOf(';', t.start), para.text.lastIndexOf('.', t.start), sentenceAround(para.text, t.start).start), t.start);
      if (OTHER_TIME.test(clause)) return undefined;
      values.add(t.value.toString());
      if (STATES.test(para.text.slice(Math.max(0, t.start - 70), t.start)) || LISTED.test(para.text.slice(Math.max(0, t.start - 240), t.start))) found ??= { value: t.value, p };
    }
  }
  return values.size === 1 ? found : undefined;
}
