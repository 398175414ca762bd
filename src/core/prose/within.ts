// "Trong 21 đảng viên dự bị có nữ 13 đồng chí, đoàn viên thanh niên 17 đồng chí", "trong 47 đơn có 29 đơn đủ điều kiện
// …": a sentence that opens on a whole ("trong N …") and counts within it. Whatever the parts are (kinds, attributes
// that overlap, a few of many), each is at most the whole; nothing is summed.
import { insideParens, isComparisonFigure, unitAfter, unitsAgree, wordAfter } from './phrases';
import type { Token } from './tokens';

export interface WithinList {
  total: Token;
  parts: Token[];
  /** The whole's noun ends on a colon ("trong tổng số 1.426 trường hợp vi phạm: a …; b …"): its items run to the sentence's end. */
  colon: boolean;
}

export function withinLists(text: string, tokens: Token[]): WithinList[] {
  const out: WithinList[] = [];
  for (const m of text.matchAll(/(?:^|[.;,]\s+)trong\s+(?:tổng\s+số\s+|số\s+)?(\d[\d.]*)(?=\s+\p{L})/giu)) {
    const total = tokens.find((t) => t.kind === 'count' && !t.decimals && t.start === m.index! + m[0].lastIndexOf(m[1]));
    const unit = total && unitAfter(text, total);
    if (!total || !unit || unit.cls === 'money' || unit.cls === 'measure') continue;
    // The clause runs to the sentence's end or its semicolon — past its semicolons when a colon opens its items.
    const rest = text.slice(total.end);
    const colon = /^[^,;.:()\d]{0,60}:/u.test(rest);
    const stop = colon ? /\.(\s|$)/u.exec(rest) : /[;]|\.(\s|$)/u.exec(rest);
    const end = total.end + (stop ? stop.index : rest.length);
    // A parenthesis after an item details that item ("… 80 đảng viên (… 74, … 06)"): its figures are no parts.
    // Nor a figure that a part brings with it, of another noun ("khởi tố 07 vụ với 11 bị can" in "Trong 09 vụ …").
    const otherNoun = (t: Token) => /(?<![\p{L}])với\s*$/iu.test(text.slice(0, t.start)) && !unitAfter(text, t) && /^\s*\p{Ll}/u.test(text.slice(t.end)) && wordAfter(text, t.end) !== unit.word.split(' ')[0];
    const parts = tokens.filter((t) => t.kind === 'count' && !t.decimals && t.start > total.end && t.end <= end && !isComparisonFigure(text, t) && !insideParens(text, t.start, total.end) && !/(tăng|giảm)\s*$/iu.test(text.slice(Math.max(0, t.start - 8), t.start)) && !otherNoun(t));
    // Each part counts what the whole counts: its own unit agrees, or it has none and takes the whole's.
    if (!parts.length || parts.some((t) => !unitsAgree(unitAfter(text, t), unit))) continue;
    out.push({ total, parts, colon });
  }
  return out;
}
