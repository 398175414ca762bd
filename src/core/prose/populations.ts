// The report's populations: the units it is made of ("Huyện có 14 xã, thị trấn", "17 chi bộ trực thuộc", "41 tổ chức
// cơ sở đảng"). A fraction over one of them ("13/15 xã, thị trấn tổ chức hội nghị") has that population as its whole:
// a whole that is not the one count the report states of it is a slip a clerk sees at once. Only a population the
// report counts with one value throughout is held against (a count that changed over the years, "41 … năm 2021, 39 …
// từ 2022", leaves every fraction over it alone), and only when the fraction names the population itself, not a kind of
// it ("13/15 xã nông thôn mới", "chi bộ ấp").
import type { Exact } from '../numbers/exact';
import type { Paragraph } from './document';
import { isComparisonFigure } from './phrases';
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
  paragraphs.forEach((para, p) => {
    for (const t of tokenize(para.text)) {
      if (t.kind !== 'count' || !t.value || isComparisonFigure(para.text, t)) continue;
      const key = populationAfter(para.text, t);
      if (!key) continue;
      const entry = counted.get(key) ?? { values: new Map<string, Exact>() };
      entry.values.set(t.value.toString(), t.value);
      // A population is stated as what the whole has ("Huyện có 14 xã, thị trấn", "gồm 17 chi bộ"); any other count
      // of it ("xếp loại 38 tổ chức cơ sở đảng") must agree, or it changed and no count is the whole.
      if (/(?<![\p{L}])(có|gồm|bao gồm|với|tổng số|là)\s*$/iu.test(para.text.slice(Math.max(0, t.start - 12), t.start))) entry.stated ??= { value: t.value, p };
      counted.set(key, entry);
    }
  });
  const out = new Map<string, { value: Exact; p: number }>();
  for (const [key, entry] of counted) if (entry.stated && entry.values.size === 1) out.set(key, entry.stated);
  return out;
}
