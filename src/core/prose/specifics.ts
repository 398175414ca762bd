// "… tổng nguồn lực đầu tư … là 186,42 tỷ đồng. Cụ thể: ngân sách Trung ương 42,15 tỷ đồng; ngân sách tỉnh 68,1 tỷ
// đồng; …": a sentence opening "Cụ thể:" (or "Chia ra:") lists, item by item, the parts of the total the sentence
// before states. The total is that sentence's first figure in the items' unit; each item leads with one figure.
import { sentenceAround } from './periods';
import { unitAfter, unitsAgree } from './phrases';
import type { Token } from './tokens';
import { semicolonItems } from './brackets';

export interface SpecificList {
  total: Token;
  parts: Token[];
}

export function specificLists(text: string, tokens: Token[]): SpecificList[] {
  const out: SpecificList[] = [];
  for (const m of text.matchAll(/(?:^|[.]\s+)(cụ thể|chia ra)\s*:\s*/giu)) {
    const open = m.index! + m[0].length;
    const end = sentenceAround(text, open).end;
    const items = semicolonItems(text, open, end);
    if (items.length < 2) continue;
    const parts: Token[] = [];
    for (const { start: a, end: b } of items) {
      // The item's own figure: the first outside its parentheses.
      const lead = tokens.find((t) => t.start >= a && t.end <= b && t.kind === 'count' && depthAt(text, a, t.start) === 0);
      if (!lead) break;
      parts.push(lead);
    }
    if (parts.length !== items.length) continue;
    const unit = parts.map((x) => unitAfter(text, x)).find(Boolean);
    if (!parts.every((x) => unitsAgree(unitAfter(text, x), unit))) continue;
    const before = sentenceAround(text, Math.max(0, m.index!));
    const total = tokens.find((t) => t.kind === 'count' && t.start >= before.start && t.end <= m.index! + 1 && unitAfter(text, t) && unitsAgree(unitAfter(text, t), unit));
    if (total) out.push({ total, parts });
  }
  return out;
}

function depthAt(text: string, from: number, at: number): number {
  let depth = 0;
  for (let i = from; i < at; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth = Math.max(0, depth - 1);
  }
  return depth;
}
