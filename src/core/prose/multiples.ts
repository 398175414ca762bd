// "98 đồng chí (gấp 1,81 lần số ủy viên Ban Chấp hành đương nhiệm là 54 đồng chí)", "gấp 2,5 lần so với năm 2023
// (120 lượt)": a multiple is the current value over the previous one, rounded as written. It is read only when the
// value it is a multiple of is written with it ("là 54", "(120 lượt)"); a multiple of a quantity named in words
// elsewhere ("gấp 1,58 lần số ủy viên đương nhiệm") is left unread rather than guessed.
import { nounAfter, speaksOf, wordsIn } from './phrases';
import { sentenceAround } from './periods';
import type { Token } from './tokens';

export interface MultipleReading {
  times: Token;
  current: Token;
  previous: Token;
}

/** The words that open a list of parts. */
const LIST_OPENER = /(?<![\p{L}])(?:gồm|bao gồm|chia ra|trong đó)(?![\p{L}])/iu;

// Words that lead or close a clause's subject without naming it.
const LEAD = new Set(['riêng', 'số', 'tổng', 'tăng', 'giảm', 'đã', 'đạt', 'và', 'còn', 'có', 'là']);
/** A subject's naming words: the words of a phrase without those leading or closing it. */
function bare(phrase: string): string {
  const w = wordsIn(phrase);
  while (w.length && LEAD.has(w[0])) w.shift();
  while (w.length && LEAD.has(w.at(-1)!)) w.pop();
  return w.join(' ');
}

export function multiplesIn(text: string, tokens: Token[]): MultipleReading[] {
  const out: MultipleReading[] = [];
  for (const m of text.matchAll(/gấp\s+(\d+(?:,\d+)?)\s+lần(?:\s+(?:[^().;\d]|(?:19|20)\d\d){0,80}?(?:\s+là\s+|\s*\(\s*)(\d[\d.]*))?/giu)) {
    const at = m.index!;
    if (!m[2]) {
      // "đạt 72,6 triệu đồng, tăng 28,4 triệu đồng so với năm 2020 (44,2 triệu đồng), gấp 1,46 lần": the multiple closes
      // the comparison before it, of the value the change starts from.
      const head = text.slice(sentenceAround(text, at).start, at);
      // The value may carry its own breakdown before the change ("2.846,7 triệu đồng (quỹ cấp huyện …, quỹ cơ sở …), tăng …").
      const c = /(\d[\d.,]*)\s*[\p{L} ]{0,20}(?:\([^()]*\)\s*)?,\s*(?:tăng|giảm)\s+\d[\d.,]*[^;.()]{0,60}?so với[^;.()]{0,40}\(\s*(\d[\d.,]*)[^()]*\)\s*,\s*$/iu.exec(head);
      if (!c) continue;
      const base = at - head.length + c.index!;
      const times = tokens.find((t) => t.start === at + m[0].indexOf(m[1], 3) && t.kind === 'count');
      const current = tokens.find((t) => t.start === base && t.kind === 'count');
      const previous = tokens.find((t) => t.start === base + c[0].lastIndexOf(c[2]) && t.kind === 'count');
      if (times?.value && current?.value && previous?.value && !previous.value.equals(0)) out.push({ times, current, previous });
      continue;
    }
    const times = tokens.find((t) => t.start === at + m[0].indexOf(m[1], 3) && t.kind === 'count');
    const previous = tokens.find((t) => t.start === at + m[0].lastIndexOf(m[2]) && t.kind === 'count');
    const { start } = sentenceAround(text, at);
    // A change ("tăng 23,4 triệu đồng, gấp 1,52 lần") is never what is multiplied; a value counted in the unit of the
    // one compared with is ("xây mới 42 nhà …, bình quân 65 triệu đồng/nhà, gấp 1,5 lần … (28 nhà)": 42, not 65).
    const values = tokens.filter((t) => t.kind === 'count' && t.start >= start && t.end <= at && speaksOf(text, t.end, at) && !/(?<![\p{L}])(tăng|giảm)\s*$/iu.test(text.slice(Math.max(0, t.start - 8), t.start)));
    const unit = nounAfter(text, previous?.end ?? 0)?.split(' ')[0];
    const sameUnit = unit ? values.filter((t) => nounAfter(text, t.end)?.split(' ')[0] === unit) : [];
    let current = sameUnit.at(-1) ?? values.at(-1);
    // A clause naming its subject with no figure ("…, thanh long 286,15 triệu USD; riêng sầu riêng tăng gấp 2,4 lần so
    // với cùng kỳ (251,36 …)") multiplies the value written under that name, not the nearest one; none such, no reading.
    const clauseStart = Math.max(start, text.lastIndexOf(';', at) + 1);
    const clause = text.slice(clauseStart, at);
    const subject = /\d/u.test(clause) ? '' : bare(clause);
    // Opening the clause after a list ("tổng giá trị 18,64 tỷ đồng, gồm: …; các hoạt động khác 5,51 tỷ đồng; gấp 2,3 lần
    // so với …"), it multiplies the list's whole, not its last item.
    const opener = [...text.slice(start, clauseStart).matchAll(new RegExp(LIST_OPENER.source, 'giu'))].at(-1);
    if (!clause.trim() && clauseStart > start && opener) {
      const whole = (sameUnit.length ? sameUnit : values).filter((t) => t.end <= start + opener.index!).at(-1);
      if (!whole) continue;
      current = whole;
    }
    if (subject) {
      // … or written right before that name ("Trao 259 suất học bổng …; số suất học bổng gấp 1,6 lần …").
      const named = values.filter((t) => bare(/[^,;:()\d]*$/u.exec(text.slice(0, t.start))![0].replace(/^\s*(?:trong đó|gồm|bao gồm|chia ra)(?![\p{L}])/iu, '')) === subject || wordsIn(text.slice(t.end, t.end + subject.length + 8)).join(' ').startsWith(subject));
      // A part of a list under one of them ("Xuất bản 146 đầu sách, trong đó … 98 đầu sách; số đầu sách gấp …") is not
      // what the bare name counts: the whole is.
      const wholes = named.filter((t) => !named.some((w) => w.end <= t.start && LIST_OPENER.test(text.slice(w.end, t.start))));
      if (wholes.length !== 1) continue;
      current = wholes[0];
    }
    if (!times?.value || !previous?.value || previous.value.equals(0) || !current?.value) continue;
    out.push({ times, current, previous });
  }
  return out;
}
