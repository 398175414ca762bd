// A clause that names what it compares and gives only the earlier value: "Hồ sơ thế chấp tăng 15,7% so với cùng kỳ
// (24.812 hồ sơ)", "Tổng kinh phí bằng 124,2% giai đoạn 2016 - 2020 (131,08 tỷ đồng)", "Số giải cấp tỉnh gấp 1,6 lần năm
// 2023 (15 giải)". The value now is written earlier in the paragraph under that name, the way a clerk finds it: the
// name's words, less the unit the value compared with is counted in, written with one figure of that unit ("đăng ký thế
// chấp, xóa đăng ký thế chấp 29.417 hồ sơ", "(cấp tỉnh 24 giải, …)", "218 bản tin cảnh báo thiên tai"). Read only when
// exactly one such figure carries the name; a name two figures carry, or none, leaves the clause unread.
import { sentenceAround } from './periods';
import { isComparisonFigure, nounAfter, unitAfter, unitsDiffer, wordsIn } from './phrases';
import { COMPARED_PERIOD } from './compared-periods';
import type { Token } from './tokens';

export type NamedRelation =
  | { kind: 'change'; delta: Token; sign: 1 | -1 }
  | { kind: 'rate'; rate: Token; sign: 1 | -1 }
  | { kind: 'ratio'; ratio: Token }
  | { kind: 'multiple'; times: Token };

export interface NamedComparison {
  current: Token;
  previous: Token;
  relation: NamedRelation;
}

// "<name> tăng 15,7%", "<name> giảm 118 đảng viên", "<name> bằng 124,2%", "<name> gấp 1,6 lần", then "[so với] <period>"
// and the earlier value in parentheses, or the earlier value in parentheses naming its period ("(năm 2023: 71.260 lượt)").
const CLAUSE = new RegExp(
  String.raw`(?<verb>tăng|giảm|bằng|gấp)\s+(?<figure>\d[\d.,]*)\s*(?<tail>%|lần|[\p{L}][\p{L} ]{0,20}?)?\s*(?:(?:so với\s+)?${COMPARED_PERIOD}\s*\(\s*(?:${COMPARED_PERIOD}\s*(?::|là)\s*)?|\(\s*${COMPARED_PERIOD}\s*(?::|là)\s*)(?<previous>\d[\d.,]*)[^()\d]{0,20}\)`,
  'giu',
);
// Words that open a clause's subject without naming it.
const LEAD = new Set(['riêng', 'số', 'tổng', 'trong', 'đó', 'còn', 'có', 'là', 'và', 'đạt', 'toàn', 'nhìn', 'chung', 'so', 'với', 'đến', 'nay', 'lượng']);
// Words that close it ("số hội viên đến nay tăng …").
const TAIL = new Set(['đến', 'nay', 'đã', 'cũng', 'đều', 'lại']);

/** Where `name` stands as consecutive words in `words`. */
function holds(words: string[], name: string[]): boolean {
  for (let i = 0; i + name.length <= words.length; i++) if (name.every((w, j) => words[i + j] === w)) return true;
  return false;
}

export function namedComparisons(text: string, tokens: Token[]): NamedComparison[] {
  const out: NamedComparison[] = [];
  const counts = tokens.filter((t) => t.kind === 'count' && t.value);
  const at = (start: number, kind?: Token['kind']) => tokens.find((t) => t.start === start && (!kind || t.kind === kind));
  for (const m of text.matchAll(CLAUSE)) {
    const g = m.groups!;
    const verb = g.verb.toLowerCase();
    const figureAt = m.index! + g.verb.length + m[0].slice(g.verb.length).indexOf(g.figure);
    const figure = at(figureAt);
    const previous = at(m.index! + m[0].lastIndexOf(g.previous), 'count');
    if (!figure?.value || !previous?.value || previous.value.equals(0)) continue;
    const percent = figure.kind === 'percent';
    const relation: NamedRelation | undefined =
      verb === 'gấp' ? (g.tail?.toLowerCase() === 'lần' ? { kind: 'multiple', times: figure } : undefined)
      : verb === 'bằng' ? (percent ? { kind: 'ratio', ratio: figure } : undefined)
      : percent ? { kind: 'rate', rate: figure, sign: verb === 'giảm' ? -1 : 1 }
      : figure.kind === 'count' && g.tail?.trim() !== 'lần' ? { kind: 'change', delta: figure, sign: verb === 'giảm' ? -1 : 1 }
      : undefined;
    if (!relation) continue;
    // A change counts what the earlier value counts.
    if (relation.kind === 'change' && unitsDiffer(unitAfter(text, figure), unitAfter(text, previous))) continue;
    // The clause's subject: from the clause's start to the verb, with no figure of its own.
    const { start: sentence } = sentenceAround(text, m.index!);
    const clauseStart = Math.max(sentence, text.lastIndexOf(';', m.index!) + 1, text.lastIndexOf(':', m.index!) + 1);
    const head = text.slice(clauseStart, m.index!);
    if (/\d|[(),]/u.test(head)) continue;
    const name = wordsIn(head);
    while (name.length && LEAD.has(name[0])) name.shift();
    while (name.length && TAIL.has(name.at(-1)!)) name.pop();
    // Less the unit it is counted in ("hồ sơ thế chấp" counted in hồ sơ: "thế chấp"); money is "tiền" by its unit.
    const unit = wordsIn(nounAfter(text, previous.end) ?? '');
    const own = unit.length && unit.every((w, i) => name[i] === w) ? name.slice(unit.length) : name;
    const was = unitAfter(text, previous);
    const key = was?.cls === 'money' ? own.filter((w) => w !== 'tiền') : own;
    if (!key.length) continue;
    // The figures of that unit before the clause, each with the words written around it in its own clause.
    const words = (t: Token) => [
      ...wordsIn(/[^,;:()\d]*$/u.exec(text.slice(0, t.start))![0]),
      ...wordsIn(/^[^,;:.()\d%]*/u.exec(text.slice(t.end))![0]).slice(0, 8),
    ];
    // Counted as the earlier value is: in a unit that agrees, or by the same noun where no unit list knows it ("giải").
    const noun = (t: Token) => nounAfter(text, t.end)?.split(' ')[0];
    // An item of a parenthesis counts what the figure before the parenthesis counts ("56 đề tài (03 cấp tỉnh, …, 48 cấp
    // cơ sở)": 48 đề tài).
    const owner = (t: Token) => {
      const open = text.lastIndexOf('(', t.start);
      return open > text.lastIndexOf(')', t.start) ? counts.filter((x) => x.end <= open && /^\s*[\p{L} ]{0,30}$/u.test(text.slice(x.end, open))).at(-1) : undefined;
    };
    const sameCount = (t: Token): boolean => (was ? !!unitAfter(text, t) && !unitsDiffer(unitAfter(text, t), was) : noun(t) === noun(previous)) || (!unitAfter(text, t) && !!owner(t) && sameCount(owner(t)!));
    const named = counts.filter((t) => t.end <= clauseStart && t !== previous && !isComparisonFigure(text, t) && sameCount(t) && holds(words(t), key));
    const values = new Set(named.map((t) => t.value!.toString()));
    if (values.size !== 1) continue;
    const current = named.at(-1)!;
    // The earlier value itself, restated ("năm 2023 có 164 tổ"), is not the value now.
    if (current.value!.equals(previous.value)) continue;
    out.push({ current, previous, relation });
  }
  return out;
}
