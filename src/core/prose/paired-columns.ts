// "bắt giữ 96 vụ, 138 đối tượng …. Trong đó: Công an huyện chủ trì 71 vụ, 102 đối tượng; Đồn Biên phòng 19 vụ, 31
// đối tượng; các lực lượng phối hợp 06 vụ, 08 đối tượng": a total written as two counts of two nouns, then a list whose
// every item gives one count of each noun in the same order. A clerk adds each column to its own total; a list where
// any item lacks one of the nouns, or holds a third count, is not read this way.
import { nounAfter } from './phrases';
import type { Token } from './tokens';

export interface PairedColumns {
  totals: [Token, Token];
  columns: [Token[], Token[]];
}

// Two nouns name one column when the first word agrees ("đối tượng" and "đối tượng phạm tội").
const firstWord = (noun: string | undefined) => noun?.split(/\s+/)[0];

export function pairedColumns(text: string, tokens: Token[]): PairedColumns[] {
  const out: PairedColumns[] = [];
  const counts = tokens.filter((t) => t.kind === 'count' && t.value);
  const noun = (t: Token) => firstWord(nounAfter(text, t.end));
  for (const opener of text.matchAll(/(?<![\p{L}])(?:trong đó|gồm|chia ra|cụ thể)\s*:\s*/giu)) {
    const from = opener.index! + opener[0].length;
    const stop = text.slice(from).search(/\.(?:\s|$)/u);
    const end = stop < 0 ? text.length : from + stop;
    // Every item: exactly two counts, the same two nouns in the same order.
    const items = text.slice(from, end).split(';');
    if (items.length < 2) continue;
    const columns: [Token[], Token[]] = [[], []];
    let at = from;
    let whole = true;
    for (const item of items) {
      const inside = counts.filter((t) => t.start >= at && t.end <= at + item.length);
      at += item.length + 1;
      if (inside.length !== 2 || !noun(inside[0]) || noun(inside[0]) === noun(inside[1]) || (columns[0].length && (noun(inside[0]) !== noun(columns[0][0]) || noun(inside[1]) !== noun(columns[1][0])))) {
        whole = false;
        break;
      }
      columns[0].push(inside[0]);
      columns[1].push(inside[1]);
    }
    if (!whole) continue;
    const [na, nb] = [noun(columns[0][0]), noun(columns[1][0])];
    // The totals: the nearest two counts before the opener in those nouns, joined by a comma or "và" ("96 vụ, 138 đối
    // tượng"), in the opener's sentence or the one before it.
    const pairs = counts.filter((t, i) => t.end <= opener.index! && noun(t) === na && counts[i + 1] && noun(counts[i + 1]) === nb && /^\s*[\p{L}]+(?:\s+[\p{L}]+)?\s*(?:,|và)\s*$/u.test(text.slice(t.end, counts[i + 1].start)));
    const first = pairs.at(-1);
    if (!first) continue;
    const second = counts[counts.indexOf(first) + 1];
    if ((text.slice(second.end, opener.index!).match(/\.(?:\s|$)/gu) ?? []).length > 1 || text.slice(second.end, opener.index!).includes(';')) continue;
    out.push({ totals: [first, second], columns });
  }
  return out;
}
