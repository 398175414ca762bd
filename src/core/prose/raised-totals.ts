// "Cấp đăng ký … cho 37 điểm nhóm Tin lành, nâng tổng số lên 85 điểm nhóm (trước năm 2021 có 21 điểm nhóm)": what
// was added raises the stock to the total "nâng tổng số … lên" writes. With the stock before it written in the same
// sentence, the three make a stock and its flows (start + added − removed = total), as the forms' A + B − C = D.
// Read only when every count of the total's unit before "nâng" in its clause is a flow: one added, at most one removed.
import type { FlowReading } from './flows';
import { sentenceAround } from './periods';
import { insideParens, isComparisonFigure, unitAfter, unitsAgree, wordAfter } from './phrases';
import type { Token } from './tokens';

const RAISED = /(?<![\p{L}])nâng\s+tổng(?:\s+số)?[^\d.;()]{0,60}?\s+(?:từ\s+(\d[\d.,]*)[^\d.;()]{0,40}?\s+)?lên\s+(?=\d)/giu;
// The stock before, written after the total: "(trước năm 2021 có 21 điểm nhóm)", "(thời điểm 31/12/2023 là 372 hợp tác
// xã)", ", năm 2023 là 24 sản phẩm", "(đầu năm: 1.050 camera)".
const START_AFTER =
  /^[\p{L} ]{0,30}?(?:,\s*|\s*\(\s*)(?:trước\s+(?:năm\s+(?:19|20)\d{2}|[\p{L} ]{1,20}?)\s+(?:có|là)|(?:năm\s+(?:19|20)\d{2}|(?:thời điểm|ngày|đến)\s+\d{1,2}\/\d{1,2}\/(?:19|20)\d{2}|cuối năm\s+(?:19|20)\d{2}|đầu năm(?:\s+(?:19|20)\d{2})?|đầu nhiệm kỳ|đầu kỳ)\s*(?:là|có|:))\s*(?=\d)/iu;
const REMOVED = /(?<![\p{L}])(?:giải thể|giảm|thôi|xóa tên|chấm dứt|sáp nhập|thu hồi|rút|loại khỏi)(?![\p{L}])[^\d,;]{0,25}$/iu;

export function raisedTotals(text: string, tokens: Token[]): FlowReading[] {
  const counts = tokens.filter((t) => t.kind === 'count' && t.value);
  const out: FlowReading[] = [];
  for (const m of text.matchAll(RAISED)) {
    const end = counts.find((t) => t.start === m.index! + m[0].length);
    if (!end) continue;
    const sameThing = (t: Token) => {
      const [a, b] = [unitAfter(text, t), unitAfter(text, end)];
      return a || b ? !!a && !!b && unitsAgree(a, b) : !!wordAfter(text, t.end) && wordAfter(text, t.end) === wordAfter(text, end.end);
    };
    const from = m[1] ? counts.find((t) => t.start === m.index! + m[0].indexOf(m[1], 5)) : undefined;
    const after = from ? undefined : START_AFTER.exec(text.slice(end.end));
    const start = from ?? (after ? counts.find((t) => t.start === end.end + after[0].length) : undefined);
    if (!start || !sameThing(start) || start.start < sentenceAround(text, m.index!).start) continue;
    const { start: sentence } = sentenceAround(text, m.index!);
    const clause = Math.max(sentence, text.lastIndexOf(';', m.index!) + 1);
    const flows = counts.filter((t) => t.start >= clause && t.end <= m.index! && !insideParens(text, t.start, clause) && sameThing(t));
    const removed = flows.filter((t) => REMOVED.test(text.slice(clause, t.start)));
    const added = flows.filter((t) => !removed.includes(t));
    // A count compared with ("tăng 12 so với …") is no flow this reading knows: the stock is then not read.
    if (added.length !== 1 || removed.length > 1 || isComparisonFigure(text, added[0])) continue;
    out.push({ start, inflow: added[0], outflow: removed[0], end });
  }
  return out;
}
