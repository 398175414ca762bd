// A category's share of a total whose breakdown the text has given: "492 tổ chức cơ sở đảng (gồm 168 đảng bộ cơ sở,
// 324 chi bộ cơ sở) …; trong 492 TCCSĐ hiện nay, đảng bộ cơ sở chiếm 31,46%". The share names its base ("trong
// 492") and its category in words; the part is the figure the breakdown of that same total gives the category. No
// breakdown of that total, or no item of that category in it, and nothing is read.
import { unitAfter } from './phrases';
import type { Token } from './tokens';

export interface CategoryShare {
  share: Token;
  base: Token;
  category: string;
}

export function categorySharesIn(text: string, tokens: Token[]): CategoryShare[] {
  const out: CategoryShare[] = [];
  for (const m of text.matchAll(/(?<![\p{L}])trong\s+(?:tổng\s+số\s+)?(\d[\d.]*)\s[^,;.()\d]{0,40},\s*([^,;.()\d]{3,40}?)\s+chiếm\s+(?:tỷ lệ\s+)?(\d[\d,]*\s*%)/giu)) {
    const base = tokens.find((t) => t.kind === 'count' && t.start === m.index! + m[0].indexOf(m[1]));
    const share = tokens.find((t) => t.kind === 'percent' && t.start === m.index! + m[0].lastIndexOf(m[3]));
    if (base && share) out.push({ share, base, category: m[2].trim() });
  }
  return out;
}

/** Whether the words after a breakdown's part name the category ("168 đảng bộ cơ sở" for "đảng bộ cơ sở"). */
export function partNames(text: string, part: Token, category: string): boolean {
  const after = /^[^,;()]*/u.exec(text.slice(part.end))![0].trim().toLowerCase();
  const before = /[^,;(:]*$/u.exec(text.slice(0, part.start))![0].trim().toLowerCase();
  const c = category.toLowerCase();
  return after === c || before === c;
}

export interface DetachedShare {
  share: Token;
  part: Token;
  /** "phẫu thuật đặc biệt và loại I chiếm 42,79%": a second category whose count adds to the part's. */
  with?: Token;
  category: string;
}

// Words that name the population or the unit, not the category: "cán bộ nữ" and "61 lượt nữ" both name "nữ".
const POPULATION = new Set(['cán', 'bộ', 'đảng', 'viên', 'người', 'đồng', 'chí', 'bào', 'lượt', 'số', 'các', 'là', 'được', 'có', 'tổ', 'chức', 'chi', 'học', 'đ', 'c', 'riêng', 'phần']);
// Nouns a count is written with that name what is counted, not its category ("17 vụ việc", "124 căn").
const UNIT_NOUNS = ['vụ', 'việc', 'đơn', 'hồ', 'sơ', 'trường', 'hợp', 'căn', 'hộ', 'ha', 'km', 'tấn', 'đồng', 'triệu', 'tỷ'];
const categoryWords = (s: string) => new Set(s.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w && !POPULATION.has(w)));
const sameWords = (a: Set<string>, b: Set<string>) => a.size > 0 && a.size === b.size && [...a].every((w) => b.has(w));

/**
 * A category's share written apart from its count, after a list that counts it: "có 61 lượt nữ, 47 lượt người dân tộc
 * thiểu số, 38 lượt cán bộ trẻ; cán bộ nữ chiếm 28,50%; …; cán bộ trẻ chiếm 17,75%". The part is the one count of the
 * sentence before the share whose own words name the same category (the population's and the unit's words aside); no
 * count, or two, and nothing is read.
 */
export function detachedSharesIn(text: string, tokens: Token[], sentenceStart: (at: number) => number): DetachedShare[] {
  const out: DetachedShare[] = [];
  for (const m of text.matchAll(/(?:^|[;,.]\s*)([\p{L} ]{2,40}?)\s+chiếm\s+(?:tỷ lệ\s+)?(\d[\d,]*\s*%)/giu)) {
    const share = tokens.find((t) => t.kind === 'percent' && t.start === m.index! + m[0].lastIndexOf(m[2]));
    if (!share) continue;
    // The sentence before may hold the list, the share opening its own ("… trong đó nữ 05 đ/c, trẻ 03 đ/c. Cán bộ nữ
    // chiếm 29,41%").
    const own = sentenceStart(share.start);
    const from = own > 1 && !tokens.some((t) => t.kind === 'count' && t.start >= own && t.end <= m.index!) ? sentenceStart(own - 2) : own;
    // Two categories joined by "và", each named by one count of the list ("phẫu thuật đặc biệt 1.218 ca, loại I 4.875
    // ca, …; phẫu thuật đặc biệt và loại I chiếm 42,79%"): the part is their sum.
    const joined = /^(.+?)\s+và\s+(.+)$/u.exec(m[1].trim());
    if (joined) {
      const one = (name: string) => tokens.filter((t) => t.kind === 'count' && t.start >= from && t.end <= m.index! && sameWords(labelWords(text, t), categoryWords(name)));
      const [a, b] = [one(joined[1]), one(joined[2])];
      if (a.length === 1 && b.length === 1 && a[0] !== b[0]) out.push({ share, part: a[0], with: b[0], category: m[1].trim() });
      continue;
    }
    const want = categoryWords(m[1]);
    const named = tokens.filter((t) => {
      if (t.kind !== 'count' || t.start < from || t.end > m.index!) return false;
      // The unit after the count names no category ("tố cáo đúng một phần 17 vụ việc").
      const unit = new Set([...(unitAfter(text, t)?.word.split(' ') ?? []), ...UNIT_NOUNS]);
      const after = new Set([...categoryWords(/^[^,;.()%\d]*/u.exec(text.slice(t.end))![0])].filter((w) => !unit.has(w)));
      // A unit after the count leaves the category to the words before it ("trong đó nữ 05 đ/c").
      const label = /[^,;:(.]*$/u.exec(text.slice(0, t.start))![0].replace(/(?<![\p{L}])(?:dưới|trên|từ|đủ)\s+\d+\s+tuổi(?:\s+trở\s+(?:lên|xuống))?/giu, ' ');
      const before = after.size || /\d/u.test(label) ? new Set<string>() : categoryWords(label.replace(/(?<![\p{L}])trong đó(?![\p{L}])/iu, ''));
      // The category may name the whole's noun too ("nhà xây mới" for "181 căn nhà … (xây mới 124 căn, …)"): the
      // count's own words all in it, the rest in the sentence before the count.
      const own = after.size ? after : before;
      if (sameWords(own, want)) return true;
      const rest = [...want].filter((w) => !own.has(w));
      const head = categoryWords(text.slice(from, t.start));
      return own.size > 0 && [...own].every((w) => want.has(w)) && rest.length > 0 && rest.every((w) => head.has(w));
    });
    if (named.length === 1) out.push({ share, part: named[0], category: m[1].trim() });
  }
  return out;
}

/** The words naming a list item's count: those before it back to the item's start, when no noun of its own follows. */
function labelWords(text: string, t: Token): Set<string> {
  const label = /[^,;:(.]*$/u.exec(text.slice(0, t.start))![0].replace(/(?<![\p{L}])(?:trong đó|gồm|bao gồm|chia ra)(?![\p{L}])/giu, ' ');
  return /\d/u.test(label) ? new Set() : categoryWords(label);
}
