// A category's share of a total whose breakdown the text has given: "492 tổ chức cơ sở đảng (gồm 168 đảng bộ cơ sở,
// 324 chi bộ cơ sở) …; trong 492 TCCSĐ hiện nay, đảng bộ cơ sở chiếm 31,46%". The share names its base ("trong
// 492") and its category in words; the part is the figure the breakdown of that same total gives the category. No
// breakdown of that total, or no item of that category in it, and nothing is read.
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
