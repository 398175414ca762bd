// The quality ratings of those assessed, listed after their total: "có 42 TCCSĐ được đánh giá, xếp loại: hoàn thành
// tốt nhiệm vụ trở lên 36 TCCSĐ, chiếm 85,71% (trong đó hoàn thành xuất sắc nhiệm vụ 07, …); hoàn thành nhiệm vụ 05,
// …; không hoàn thành nhiệm vụ 01, …", "Kết quả xếp loại 4.702 đồng chí: …", "… 380 đảng viên được đánh giá, xếp loại
// … Kết quả: …". Everyone assessed gets one grade, so the grades add up to the total; "xuất sắc" is counted either
// beside "tốt" or inside it (domain.md), and the figures say which. A grade left out of the list leaves the sum open.
import { isExcellentRating } from '../table/dimensions';
import { sentenceAround } from './periods';
import type { Token } from './tokens';
import { semicolonItems } from './brackets';

export interface RatingList {
  total: Token;
  /** The grades at the top level of the list, in order. */
  parts: Token[];
  labels: string[];
  /** Every grade is listed (tốt, hoàn thành, không hoàn thành, or "không có … không hoàn thành"). */
  complete: boolean;
  /** Grades written "không có …": zero, no figure. */
  none: string[];
}

const GRADE = /(xuất sắc|hoàn thành tốt|hoàn thành nhiệm vụ|không hoàn thành)/iu;
const ASSESSED = /(được đánh giá|đánh giá,? xếp loại|kết quả xếp loại|xếp loại chất lượng)/iu;

export function ratingLists(text: string, tokens: Token[]): RatingList[] {
  const out: RatingList[] = [];
  for (const colon of text.matchAll(/:\s*|,?\s*(?<![\p{L}])trong đó\s*:?\s*/giu)) {
    const open = colon.index! + colon[0].length;
    // The list runs to the end of its sentence; its items are set off by semicolons.
    const end = /\.(\s|$)/u.exec(text.slice(open));
    const close = end ? open + end.index : text.length;
    const items = semicolonItems(text, open, close);
    if (items.length < 2 || !items.every((i) => GRADE.test(text.slice(i.start, i.end)))) continue;
    const total = totalOf(text, tokens, colon.index!);
    if (!total) continue;
    const parts: Token[] = [];
    const labels: string[] = [];
    const none: string[] = [];
    let ok = true;
    for (const item of items) {
      const words = text.slice(item.start, item.end);
      // "hoàn thành tốt nhiệm vụ trở lên 37/42, đạt 88,1%": a grade written as a fraction of those assessed.
      const lead = tokens.find((t) => t.start >= item.start && t.end <= item.end && (t.kind === 'count' || t.kind === 'percent' || t.kind === 'fraction'));
      if (/^\s*không có/iu.test(words)) {
        none.push(words.trim());
        continue;
      }
      if (!lead || lead.kind === 'percent' || /[()]/.test(text.slice(item.start, lead.start))) {
        ok = false;
        break;
      }
      parts.push(lead);
      labels.push(text.slice(item.start, lead.start).trim());
    }
    if (!ok || parts.length < 2) continue;
    const all = [...labels, ...none].join(' | ');
    const complete = /hoàn thành tốt/iu.test(all) && /(?<!không )hoàn thành nhiệm vụ/iu.test(all.replace(/hoàn thành tốt nhiệm vụ/giu, '')) && /không hoàn thành/iu.test(all);
    out.push({ total, parts, labels, complete, none });
  }
  return out;
}

/** Whether a label is the "xuất sắc" grade. */
export const isExcellent = (label: string) => isExcellentRating(label);

/**
 * The total assessed: the count right before the colon in the same clause ("Kết quả xếp loại 4.702 đồng chí:",
 * "có 42 TCCSĐ được đánh giá, xếp loại:"), or, for a sentence opening "Kết quả:", the count the sentence before
 * says was assessed.
 */
function totalOf(text: string, tokens: Token[], colon: number): Token | undefined {
  const sentenceStart = sentenceAround(text, colon).start;
  const head = text.slice(sentenceStart, colon);
  if (/^\s*kết quả(\s*xếp loại)?\s*$/iu.test(head)) {
    const from = sentenceAround(text, Math.max(0, sentenceStart - 2)).start;
    return tokens.find((t) => t.kind === 'count' && t.start >= from && t.end <= sentenceStart && ASSESSED.test(text.slice(t.end, t.end + 40)));
  }
  if (!ASSESSED.test(head)) return undefined;
  const before = tokens.filter((t) => t.kind === 'count' && t.start >= sentenceStart && t.end <= colon);
  const last = before.at(-1);
  // Only words (the noun, "được đánh giá, xếp loại") between the total and the colon.
  if (!last || /[\d;()]/.test(text.slice(last.end, colon))) return undefined;
  return last;
}

