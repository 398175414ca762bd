// The stock and its flows in one paragraph: "Đầu năm 2024, Đảng bộ có 4.572 đảng viên. Trong năm tăng 214 đảng
// viên (…); giảm 149 đảng viên (…). Đến 31/12/2024, tổng số đảng viên là 4.637": the stock at the end is the stock at
// the start plus what came in less what went out (the A + B − C = D of the forms). Read only when the start, the
// flows and the end are each written once, in one unit, in that order; a "tăng … so với …" is a comparison, not a flow.
import { unitAfter, unitsAgree } from './phrases';
import type { Token } from './tokens';

export interface FlowReading {
  start: Token;
  inflow?: Token;
  outflow?: Token;
  end: Token;
}

const START = /(?<![\p{L}])(đầu năm|đầu kỳ|đầu nhiệm kỳ)(?![\p{L}])/giu;
const END = /(?<![\p{L}])(đến|tính đến|cuối năm|cuối kỳ|cuối nhiệm kỳ)(?![\p{L}])/giu;

export function flowsIn(text: string, tokens: Token[]): FlowReading[] {
  const counts = tokens.filter((t) => t.kind === 'count' && !t.decimals);
  const out: FlowReading[] = [];
  for (const s of text.matchAll(START)) {
    // The stock at the start: the first count after "Đầu năm …", in its sentence, with a unit.
    const start = counts.find((t) => t.start > s.index! && t.start - s.index! < 80 && !/[.;]/.test(text.slice(s.index!, t.start).replace(/\d\.\d/g, '')) && unitAfter(text, t));
    if (!start) continue;
    const unit = unitAfter(text, start);
    const flows = (word: string) =>
      counts.filter((t) => t.start > start.end && new RegExp(`(?<![\\p{L}])${word}\\s*$`, 'iu').test(text.slice(Math.max(0, t.start - 8), t.start)) && unitsAgree(unitAfter(text, t), unit) && !/^[^.;()]*so với/iu.test(text.slice(t.end)) && !/từ\s*$/iu.test(text.slice(Math.max(0, t.start - 20), t.start - 5)));
    const ins = flows('tăng');
    const outs = flows('giảm');
    if (ins.length > 1 || outs.length > 1 || (!ins.length && !outs.length)) continue;
    const last = Math.max(ins[0]?.end ?? 0, outs[0]?.end ?? 0);
    const first = [...text.slice(last).matchAll(END)][0];
    if (!first) continue;
    const at = last + first.index!;
    const end = counts.find((t) => t.start > at && t.start - at < 90 && !/[;]/.test(text.slice(at, t.start)) && unitsAgree(unitAfter(text, t), unit) && /(là|có|còn)\s*$/iu.test(text.slice(Math.max(0, t.start - 6), t.start)));
    if (!end) continue;
    // Every count of the unit between the start and the end is a flow read: "kết nạp 96, tiếp nhận 87; giảm 41 …, 69 …"
    // has flows no "tăng"/"giảm" names, and the stock is then not read from two of them.
    const read = [start, ins[0], outs[0], end].filter(Boolean).map((t) => t!.start);
    if (counts.some((t) => t.start > start.end && t.end <= end.start && !read.includes(t.start) && unitsAgree(unitAfter(text, t), unit) && unitAfter(text, t))) continue;
    // Where a count stands right before the words ("từ 548 đảng viên đầu nhiệm kỳ, kết nạp 96 …") that count is the
    // stock, and the first count after them, which this reading takes, is a flow: not read.
    if (counts.some((t) => t.end <= s.index! && /^\s*[\p{L} ]{0,20}$/u.test(text.slice(t.end, s.index!)) && unitAfter(text, t))) continue;
    out.push({ start, inflow: ins[0], outflow: outs[0], end });
  }
  return out;
}
