// What is left of a fund or a budget: "vận động được 3.418,6 triệu đồng …; Tổng chi trong năm 3.102,5 triệu đồng …; số
// tiền còn lại của năm 2024 là 316,1 triệu đồng", "Tổng thu ngân sách 9.684,2 triệu đồng … Tổng chi ngân sách 9.215,8
// triệu đồng …; kết dư ngân sách năm 2024 là 468,4 triệu đồng". The balance is the money raised less the money spent,
// when the paragraph states one of each and no balance carried in from before (which would add to it).
import { isComparisonFigure, unitAfter } from './phrases';
import type { Token } from './tokens';

export interface Balance {
  raised: Token;
  spent: Token;
  left: Token;
}

const MONEY = /^\s*(?:triệu|tỷ|nghìn|ngàn)\s+đồng/iu;
const RAISED = /(?<![\p{L}])(?:tổng\s+thu(?:\s+ngân\s+sách)?|vận động được|huy động được|tổng số tiền vận động)(?![\p{L}])/giu;
const SPENT = /(?<![\p{L}])tổng\s+chi(?![\p{L}])/giu;
const LEFT = /(?<![\p{L}])(?:kết dư|số dư|tồn quỹ|số tiền còn lại|còn lại)(?![\p{L}])(?:[^.;\d]|(?:19|20)\d{2}(?!\d)){0,40}?\s(?:là\s+)?(?=\d)(?!(?:19|20)\d{2}(?!\d))/giu;
// A balance brought in from before adds to what is raised: the sum is then not the two figures alone.
const CARRIED = /(?<![\p{L}])(?:dư đầu|tồn quỹ đầu|năm trước chuyển sang|kỳ trước chuyển sang|số dư đầu kỳ)(?![\p{L}])/iu;

export function balancesIn(text: string, tokens: Token[]): Balance[] {
  if (CARRIED.test(text)) return [];
  const money = (at: number) => tokens.find((t) => t.kind === 'count' && t.value && t.start >= at && t.start - at < 60 && MONEY.test(text.slice(t.end)) && !isComparisonFigure(text, t));
  const firstAfter = (re: RegExp) => [...text.matchAll(re)].map((m) => money(m.index! + m[0].length)).filter((t): t is Token => !!t);
  const raised = firstAfter(RAISED);
  const spent = firstAfter(SPENT);
  if (raised.length !== 1 || spent.length !== 1) return [];
  const out: Balance[] = [];
  for (const m of text.matchAll(LEFT)) {
    const left = tokens.find((t) => t.kind === 'count' && t.value && t.start === m.index! + m[0].length && MONEY.test(text.slice(t.end)));
    if (!left || left.start < spent[0].end || unitAfter(text, left)?.word !== unitAfter(text, spent[0])?.word) continue;
    // The same scale of money on all three ("triệu đồng").
    const scale = (t: Token) => MONEY.exec(text.slice(t.end))![0].trim().split(/\s+/)[0].toLowerCase();
    if (scale(left) !== scale(spent[0]) || scale(left) !== scale(raised[0])) continue;
    out.push({ raised: raised[0], spent: spent[0], left });
  }
  return out;
}
