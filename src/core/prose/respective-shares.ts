// "Theo thị trường, tiêu thụ nội tỉnh, Bắc Trung Bộ, phía Bắc và phía Nam lần lượt là 17,46; 15,92; 5,13 và 2,34 triệu
// sản phẩm, chiếm tương ứng 41,22%, 38,97%, 12,55% và 5,73% sản lượng tiêu thụ": values and their shares written as two
// lists in one order, "lần lượt" or "tương ứng" pairing them. A clerk takes each share of the whole the values make up —
// only where the report states that whole: a figure of the paragraph or the two before equal to their sum.
import { sum } from '../numbers/exact';
import type { Paragraph } from './document';
import { Token, tokenize } from './tokens';

export interface RespectiveShare {
  part: Token;
  share: Token;
  whole: { p: number; token: Token };
}

const PAIRING = /(?<![\p{L}])(?:lần lượt|tương ứng)(?![\p{L}])\s*(?:là\s*)?:?\s*$/iu;
const SEPARATOR = /^\s*(?:[,;]|và|,\s*và)\s*$/u;

/** The run of tokens of one kind set off by commas, semicolons and a last "và", from `from`. */
function run(text: string, tokens: Token[], from: number, kind: Token['kind']): Token[] {
  const out = [tokens[from]];
  for (let i = from + 1; i < tokens.length && tokens[i].kind === kind && SEPARATOR.test(text.slice(out.at(-1)!.end, tokens[i].start)); i++) out.push(tokens[i]);
  return out;
}

export function respectiveShares(paragraphs: Paragraph[], p: number, tokens: Token[]): RespectiveShare[] {
  const text = paragraphs[p].text;
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    if (first.kind !== 'count' || !first.value || (i > 0 && tokens[i - 1].kind === 'count' && SEPARATOR.test(text.slice(tokens[i - 1].end, first.start)))) continue;
    const values = run(text, tokens, i, 'count');
    if (values.length < 2) continue;
    const after = tokens.indexOf(values.at(-1)!) + 1;
    const next = tokens[after];
    // The values' unit, then the shares: ", chiếm tương ứng 41,22%, …" or ", chiếm 41,22%, … tương ứng".
    const glue = next && /^\s*[\p{L} ]{0,30},\s*(?:chiếm|bằng)?\s*(?:tương ứng|lần lượt)?\s*(?:là\s*)?:?\s*$/iu.exec(text.slice(values.at(-1)!.end, next.start));
    if (!next || next.kind !== 'percent' || !glue) continue;
    const shares = run(text, tokens, after, 'percent');
    // One share for each value, paired by the words: "lần lượt" or "tương ứng" before either list.
    const paired = PAIRING.test(text.slice(Math.max(0, first.start - 30), first.start)) || /(?:tương ứng|lần lượt)/iu.test(glue[0]);
    if (shares.length !== values.length || !paired || shares.some((s) => !s.value)) continue;
    const total = sum(values.map((v) => v.value!));
    // The whole they make up, stated before them in this paragraph or the two before.
    let whole: { p: number; token: Token } | undefined;
    for (let q = p; q >= Math.max(0, p - 2) && !whole; q--) {
      const found = (q === p ? tokens : tokenize(paragraphs[q].text)).filter((t) => t.kind === 'count' && t.value?.equals(total) && (q < p || t.end <= first.start)).at(-1);
      if (found) whole = { p: q, token: found };
    }
    if (!whole) continue;
    return values.map((part, k) => ({ part, share: shares[k], whole: whole! }));
  }
  return itemsThenShares(text, p, tokens);
}

// "kế toán doanh nghiệp 986, kế toán khu vực công 512, giảng viên kế toán 97, kiểm toán viên hành nghề 139 (cộng 1.734),
// lần lượt chiếm 56,86%, 29,52%, 5,59% và 8,02%": items named each with its figure, their total closing them, then the
// shares in the items' order.
const SHARES_AFTER = /(?<![\p{L}])(?:(?:lần lượt|tương ứng)(?:\s+(?:chiếm|bằng|là))?|(?:chiếm|bằng)\s+(?:tương ứng|lần lượt))\s*:?\s*$/iu;
const CLOSING = /\(\s*(?:cộng|tổng|tổng cộng|tổng số)\s*:?\s*$/iu;

function itemsThenShares(text: string, p: number, tokens: Token[]): RespectiveShare[] {
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i].kind !== 'percent' || !SHARES_AFTER.test(text.slice(Math.max(0, tokens[i].start - 30), tokens[i].start))) continue;
    const shares = run(text, tokens, i, 'percent');
    if (shares.length < 2 || shares.some((x) => !x.value)) continue;
    // The closing total just before the shares, or none; then one figure per share before it, in the same sentence and
    // with no share among them. Without a closing total, the whole is the figure stated before the items that they make
    // up ("Sản phẩm hoàn thành 2.656 container, gồm: … 1.846 container, … 512 container, … 298 container, tương ứng …").
    const last = tokens[i - 1];
    const closing = last.kind === 'count' && !!last.value && CLOSING.test(text.slice(Math.max(0, last.start - 16), last.start)) ? last : undefined;
    const end = closing ? i - 1 : i;
    const values = tokens.slice(Math.max(0, end - shares.length), end);
    if (values.length !== shares.length || values.some((v) => v.kind !== 'count' || !v.value) || /[.;]\s/u.test(text.slice(values[0].start, tokens[i].start))) continue;
    const total = sum(values.map((v) => v.value!));
    const whole = closing ?? tokens.slice(0, Math.max(0, end - shares.length)).filter((t) => t.kind === 'count' && t.value?.equals(total) && !/[.;]\s/u.test(text.slice(t.end, values[0].start))).at(-1);
    if (!whole?.value?.equals(total)) continue;
    return values.map((part, k) => ({ part, share: shares[k], whole: { p, token: whole } }));
  }
  return [];
}
