// An item's attainment of its own allocation: "chia ra: vốn đầu tư phát triển 894.527 triệu đồng, đạt 87,54%; …; vốn
// ngân sách địa phương 123.114 triệu đồng, đạt 70,68%" after "… (vốn đầu tư phát triển 1.021.846 triệu đồng, …); ngân
// sách địa phương đối ứng 174.165 triệu đồng". A clerk reads each "đạt" of the allocation written earlier under the
// item's own name; the figures that answer to that name are the candidates.
import type { Figure } from './claims';
import type { Paragraph } from './document';
import { contentWords } from './named-base';
import { unitAfter } from './phrases';

// Words that name the kind of money or the act, not which money: "vốn ngân sách tỉnh" is found as "ngân sách tỉnh".
const KIND = /(?<![\p{L}])(?:vốn|nguồn|kinh phí|giải ngân|thực hiện|đã|được|đạt|với)(?![\p{L}])/giu;

/** The words naming a figure, from its clause's start ("- Vốn ngân sách tỉnh: 80,905" → ngân sách tỉnh). */
export function itemName(text: string, start: number): string[] {
  const head = text.slice(0, start);
  const mark = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf('('), head.lastIndexOf('.')) + 1;
  const opener = [...head.matchAll(/(?<![\p{L}])(?:chia ra|trong đó|bao gồm|gồm|cụ thể)(?![\p{L}])\s*:?/giu)].at(-1);
  const from = Math.max(mark, opener ? opener.index! + opener[0].length : 0);
  return contentWords(head.slice(from).replace(KIND, ' ').replace(/[:\-–+•]/g, ' ')).filter((w) => !/^\d/.test(w));
}

/**
 * Earlier figures of the part's unit, larger than it, whose own names hold every word of the item's name (two at
 * least): the allocations the item's "đạt" may be of.
 */
export function ownTargets(paragraphs: Paragraph[], figures: Figure[], part: Figure): Figure[] {
  const text = paragraphs[part.p].text;
  const name = itemName(text, part.token.start);
  if (name.length < 2) return [];
  const unit = unitAfter(text, part.token)?.word;
  return figures.filter((f) => {
    if (f.p > part.p || (f.p === part.p && f.token.start >= part.token.start) || f.value.compare(part.value) <= 0) return false;
    const own = paragraphs[f.p].text;
    // An item of a plan's parenthesis is often written bare ("(cao đẳng 650, trung cấp 800)"): its unit is the plan's.
    const u = unitAfter(own, f.token)?.word;
    if (u !== unit && u !== undefined) return false;
    const words = new Set(itemName(own, f.token.start));
    return name.every((w) => words.has(w));
  });
}
