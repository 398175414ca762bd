// A gap stated against a figure named in words: "doanh số thu nợ 1.425,4 tỷ đồng, thấp hơn doanh số cho vay 512,3 tỷ
// đồng", "thực hiện 8.215 triệu đồng, đạt 97,80% dự toán, thấp hơn dự toán 274 triệu đồng", "chênh lệch thu lớn hơn chi
// 3,074 tỷ đồng". The clerk takes the figure before the words ("thực hiện 8.215") or, where the clause names its side
// in one word ("thu"), the total of that name ("Tổng thu … 118,46 tỷ đồng"); the figure compared with is the one
// written under the name after "hơn", and only one value may answer to it.
import { answersTo, contentWords } from './named-base';
import { sentenceAround } from './periods';
import { isComparisonFigure, unitAfter, unitsDiffer } from './phrases';
import type { Token } from './tokens';

export interface NamedGap {
  /** The figure compared. */
  value: Token;
  /** The figure named after "hơn". */
  named: Token;
  /** The paragraph (0: this one, -1: the one before) each stands in. */
  valueIn: 0 | -1;
  namedIn: 0 | -1;
  gap: Token;
  /** "cao hơn", "lớn hơn", "nhiều hơn": the value is the larger. */
  sign: 1 | -1;
}

const GAP = /(?<![\p{L}])(?<cmp>thấp|cao|lớn|nhỏ|ít|nhiều)\s+hơn\s+(?<name>[\p{L}][\p{L} ]{0,40}?)\s+(?=\d)/giu;
// A time or a standard after "hơn" is a comparison of periods or with a level, read elsewhere or not at all.
const NOT_A_NAME = /^(?:năm|cùng|kỳ|quý|tháng|nhiệm|giai|đầu|cuối|bình|mức|so|trước|sau|thị|mọi|các|những|nhiều|rất|hẳn|khoảng|gần|trên|dưới)(?![\p{L}])/iu;

type Source = { text: string; tokens: Token[] };

/** The total written under a one-word name ("Tổng chi 7.214 triệu đồng", "tổng thu năm 2024 đạt 118,46 tỷ đồng"). */
function totalOf(word: string, source: Source, before: number): Token | undefined {
  const re = new RegExp(String.raw`(?<![\p{L}])tổng\s+${word}(?![\p{L}])`, 'giu');
  const found: Token[] = [];
  for (const m of source.text.slice(0, before).matchAll(re)) {
    const from = m.index! + m[0].length;
    // Its first figure in its clause, past the period it may name ("Tổng chi 6 tháng là 11,752 tỷ đồng").
    const t = source.tokens.find((x) => x.start >= from && x.kind === 'count' && !!x.value);
    if (t && t.start - from <= 50 && !/[;()]|\.\s/u.test(source.text.slice(from, t.start))) found.push(t);
  }
  return found.length === 1 ? found[0] : undefined;
}

export function namedGaps(text: string, tokens: Token[], previous?: Source): NamedGap[] {
  const out: NamedGap[] = [];
  for (const m of text.matchAll(GAP)) {
    const { cmp, name } = m.groups!;
    if (NOT_A_NAME.test(name)) continue;
    const gap = tokens.find((t) => t.start === m.index! + m[0].length);
    if (!gap?.value || gap.kind !== 'count') continue;
    const unit = unitAfter(text, gap);
    if (!unit) continue;
    const sign = /^(?:thấp|nhỏ|ít)$/iu.test(cmp) ? -1 : 1;
    const sentence = sentenceAround(text, m.index!);
    const clauseStart = Math.max(sentence.start, text.lastIndexOf(';', m.index!) + 1);
    const sameUnit = (src: Source, t: Token) => t.kind === 'count' && !!t.value && !unitsDiffer(unitAfter(src.text, t), unit) && !!unitAfter(src.text, t);
    const here: Source = { text, tokens };
    const words = contentWords(name);
    // "chênh lệch thu lớn hơn chi": both sides named in one word, each the total of its name.
    const subject = /(?:^|[\s,;:(])(?:chênh lệch\s+)?([\p{L}]+)\s*$/iu.exec(text.slice(clauseStart, m.index!));
    if (words.length === 1 && subject && !/\d/u.test(text.slice(clauseStart, m.index!))) {
      const side = subject[1].toLowerCase();
      const find = (w: string): [Token, 0 | -1] | undefined => {
        const t = totalOf(w, here, clauseStart);
        if (t) return [t, 0];
        const p = previous && totalOf(w, previous, previous.text.length);
        return p ? [p, -1] : undefined;
      };
      const [a, b] = [find(side), find(words[0])];
      if (a && b && sameUnit(a[1] ? previous! : here, a[0]) && sameUnit(b[1] ? previous! : here, b[0])) out.push({ value: a[0], valueIn: a[1], named: b[0], namedIn: b[1], gap, sign });
      continue;
    }
    if (words.length < 2) continue;
    // The figure compared: the last of the gap's unit before it in its clause, no comparison figure itself.
    const value = tokens.filter((t) => t.end <= m.index! && t.start >= clauseStart && sameUnit(here, t) && !isComparisonFigure(text, t)).at(-1);
    if (!value) continue;
    // The figure compared with: every one before the value that answers to the name; all one value.
    const named = tokens.filter((t) => t.end <= value.start && sameUnit(here, t) && !isComparisonFigure(text, t) && answersTo(text, t, words, false));
    const values = new Set(named.map((t) => t.value!.toString()));
    if (values.size !== 1 || named[0].value!.equals(value.value!)) continue;
    out.push({ value, valueIn: 0, named: named.at(-1)!, namedIn: 0, gap, sign });
  }
  return out;
}
