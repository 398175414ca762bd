// "hiện có 19 người (16 viên chức, 03 hợp đồng lao động); viên chức có trình độ đại học 12 người, chiếm 75% số viên
// chức", "cấp phát 425.600 liều (Lở mồm long móng 362.000 liều, dại 63.600 liều); đã tiêm 358.920 liều Lở mồm long
// móng, bằng 99,15% số liều được cấp": a whole broken down in a parenthesis right after it is the base of a share only
// as far as the share does not name one of its items. Where the words after the share, or the part's own clause, name
// every word of one item's label, the clerk reads the share of that item.
import { closingParen } from './brackets';
import type { Token } from './tokens';

// Words of money and scale, persons in general, and fillers: they say how an item is counted, not which item it is.
const NOT_A_NAME = new Set(['triệu', 'tỷ', 'nghìn', 'ngàn', 'đồng', 'usd', 'người', 'chí', 'là', 'có', 'được', 'của', 'các', 'và', 'số', 'tổng', 'trong', 'đó', 'gồm', 'với']);

const wordsOf = (phrase: string) =>
  phrase
    .replace(/\d[\d.,/]*\s*%?/g, ' ')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w && !NOT_A_NAME.has(w));

/**
 * The item of `base`'s parenthesized breakdown that the share names, or undefined: none named, or more than one.
 * `clauseStart` is where the part's clause opens.
 */
export function namedItemOf(text: string, tokens: Token[], base: Token, part: Token, share: Token, clauseStart: number): Token | undefined {
  // The parenthesis opens right after the base and its unit, and closes before the part.
  const open = /^[^\d()[\];,.]{0,30}\(/u.exec(text.slice(base.end));
  if (!open) return undefined;
  const from = base.end + open[0].length;
  const close = closingParen(text, from);
  if (close < 0 || close > part.start) return undefined;
  const items = tokens.filter((t) => t.kind === 'count' && t.value && t.start >= from && t.end <= close);
  if (items.length < 2) return undefined;
  const after = /^[^\d,;.()]{0,60}/u.exec(text.slice(share.end))![0];
  const named = new Set([...wordsOf(after), ...wordsOf(text.slice(clauseStart, share.start))]);
  const inside = text.slice(from, close);
  const matching = items.filter((t) => {
    // The item's own segment of the parenthesis: from the mark before it to the mark after it.
    const at = t.start - from;
    const start = Math.max(inside.lastIndexOf(',', at), inside.lastIndexOf(';', at)) + 1;
    const rest = inside.slice(t.end - from).search(/[,;]/u);
    const label = wordsOf(inside.slice(start, rest < 0 ? inside.length : t.end - from + rest));
    return label.length > 0 && label.every((w) => named.has(w));
  });
  return matching.length === 1 ? matching[0] : undefined;
}
