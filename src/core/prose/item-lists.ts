// A total broken down over the list items that follow it, one per line: "Tổng số trẻ, học sinh đầu năm học là 31.482
// em; cụ thể:" then "- Mầm non: 286 nhóm, lớp với 7.915 trẻ …", "- Tiểu học: 452 lớp với 13.264 học sinh …", "- Trung
// học cơ sở: …10.303 học sinh". A clerk adds each item's figure of what the total counts. Read only when the line
// announces the breakdown (ends on a colon), every item of the list gives one such figure, and the total is the one
// figure of its line that counts that thing (not a target or a value compared with).
import type { Paragraph } from './document';
import { insideParens, isComparisonFigure, nounAfter, unitAfter, unitsAgree } from './phrases';
import type { Token } from './tokens';
import { tokenize } from './tokens';

export interface ItemList {
  total: { p: number; token: Token };
  parts: { p: number; token: Token }[];
}

const ITEM = /^\s*([-–+•]|[a-zđ]\)|\d+\.\d*\.?)\s+/u;

export function itemLists(paragraphs: Paragraph[]): ItemList[] {
  const out: ItemList[] = [];
  paragraphs.forEach((para, p) => {
    if (para.location !== 'body' || !/:\s*$/u.test(para.text)) return;
    // The items: the paragraphs after it that open with the first one's marker; others (sub-items) are passed over.
    const marker = ITEM.exec(paragraphs[p + 1]?.text ?? '')?.[1];
    if (!marker) return;
    const items: number[] = [];
    for (let q = p + 1; q < paragraphs.length && paragraphs[q].location === 'body'; q++) {
      const m = ITEM.exec(paragraphs[q].text);
      if (!m) break;
      if (sameMarker(m[1], marker)) items.push(q);
    }
    if (items.length < 2) return;
    const text = para.text;
    const tokens = tokenize(text);
    // The line's own figures that may be the total: counts, not in a comparison's parenthesis, not a change.
    const candidates = tokens.filter((t) => t.kind === 'count' && t.value && !isComparisonFigure(text, t) && !insideParens(text, t.start) && !perUnit(text, t));
    for (const total of candidates) {
      const nouns = countedNouns(text, total);
      if (!nouns.length && !unitAfter(text, total)) continue;
      // Each item gives one figure of what the total counts, outside its parentheses and averages: an item with two
      // ("Tiểu học 425 đồng chí, …; Trung học cơ sở 4.098 đồng chí …") breaks the whole down again, it is no part.
      const parts = items.map((q) => {
        const qt = paragraphs[q].text;
        const label = qt.indexOf(':');
        const own = tokenize(qt).filter((t) => t.kind === 'count' && t.value && t.start > label && !isComparisonFigure(qt, t) && !insideParens(qt, t.start) && !perUnit(qt, t) && counts(qt, t, text, total, nouns));
        return own.length === 1 ? own[0] : undefined;
      });
      if (parts.some((x) => !x)) continue;
      out.push({ total: { p, token: total }, parts: parts.map((token, i) => ({ p: items[i], token: token! })) });
    }
    // Two figures of the line each with a full list: which one the list breaks down is not known.
    if (out.filter((x) => x.total.p === p).length > 1) out.splice(out.findIndex((x) => x.total.p === p));
  });
  return out;
}

/**
 * The list items before a closing item that totals them ("- Năm 2019: 312.480 (…);" … "- Năm 2023: 408.450 (…);" then
 * "- Cộng: 1.284.650 lượt, …"): each item's first figure after its label, in the total's unit or in none.
 */
export function closedItemLists(paragraphs: Paragraph[]): ItemList[] {
  const out: ItemList[] = [];
  paragraphs.forEach((para, p) => {
    const closing = /^\s*([-–+•])\s+(?:Cộng|Tổng cộng)\s*:\s*/iu.exec(para.text);
    if (!closing || para.location !== 'body') return;
    const total = tokenize(para.text).find((t) => t.start >= closing[0].length && t.kind === 'count' && t.value);
    if (!total || total.start !== closing[0].length) return;
    const unit = unitAfter(para.text, total);
    const parts: { p: number; token: Token }[] = [];
    for (let q = p - 1; q >= 0 && paragraphs[q].location === 'body'; q--) {
      const qt = paragraphs[q].text;
      const m = ITEM.exec(qt);
      if (!m || !sameMarker(m[1], closing[1])) break;
      const label = qt.indexOf(':');
      const first = label < 0 ? undefined : tokenize(qt).find((t) => t.start > label && (t.kind === 'count' || t.kind === 'percent'));
      if (!first || first.kind !== 'count' || !first.value || !/^\s*$/u.test(qt.slice(label + 1, first.start)) || perUnit(qt, first)) return;
      const own = unitAfter(qt, first);
      if (own && !unitsAgree(own, unit)) return;
      parts.unshift({ p: q, token: first });
    }
    if (parts.length >= 2) out.push({ total: { p, token: total }, parts });
  });
  return out;
}

function sameMarker(a: string, b: string): boolean {
  const kind = (x: string) => (/^[a-zđ]\)$/u.test(x) ? 'letter' : /^\d/.test(x) ? 'number' : x === '+' ? '+' : '-');
  return kind(a) === kind(b);
}

/** An average or a rate ("27,6 trẻ/nhóm", "60,10 triệu đồng/người/năm"): no count of the whole or of a part. */
function perUnit(text: string, t: Token): boolean {
  return /^\s*[\p{L} ]{1,20}\//u.test(text.slice(t.end));
}

/** The nouns a total counts: its unit's words and what "tổng số …" names before it ("trẻ, học sinh"). */
function countedNouns(text: string, t: Token): string[] {
  const head = text.slice(0, t.start);
  // "Tổng số trẻ, học sinh đầu năm học là": "trẻ" and "học sinh đầu năm học" (an item's "học sinh" is its head).
  const named = /(?:tổng\s+)?số\s+([^\d;:()]{2,60})\s+(?:là|có|đạt)\s*$/iu.exec(head);
  return named ? named[1].toLowerCase().split(/\s*,\s*|\s+và\s+/u).map((x) => x.trim()).filter(Boolean) : [];
}

/** A part counts what the total counts: its unit agrees with the total's, or its noun is one the total names. */
function counts(text: string, t: Token, totalText: string, total: Token, nouns: string[]): boolean {
  const unit = unitAfter(text, t);
  const totalUnit = unitAfter(totalText, total);
  if (unit && totalUnit) return unitsAgree(unit, totalUnit);
  const noun = nounAfter(text, t.end) ?? '';
  return !!noun && nouns.some((n) => noun === n || noun.startsWith(`${n} `) || n.startsWith(`${noun} `));
}
