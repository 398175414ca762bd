// A total split by period: "cử 412 đồng chí đi đào tạo (năm 2021: 78, năm 2022: 86, …, năm 2025: 87)",
// "tổng số … là 17 đảng viên: năm 2021: 18, năm 2022: 14, …", "kết nạp 5.181 đảng viên (năm 2019: 1.012; …;
// 6 tháng đầu năm 2024: 337)". The years of a span do not overlap, so the list is the total's breakdown. A single
// "(năm 2022: 52)" is the previous value of a comparison, not a breakdown: at least two periods are needed.
import type { Token } from './tokens';
import { closingParen } from './brackets';

export interface PeriodList {
  total: Token;
  parts: Token[];
  labels: string[];
}

// An item: a period label (year, "6 tháng đầu năm 2024", "năm 2025 (đến 31/5)"), a colon, one figure.
const ITEM = /^\s*((?:\d{1,2}\s+tháng\s+(?:đầu|cuối)\s+)?năm\s+(?:19|20)\d{2}(?:\s*\([^()]*\))?)\s*:\s*(\d[\d.,]*)\s*(?:[\p{L}/ ]{0,20})?$/iu;
// After a first item naming "năm", the next may give the year alone ("(năm 2016: 82,50 ha; 2017: 96,40 ha; …)").
const NEXT_ITEM = /^\s*((?:19|20)\d{2})\s*:\s*(\d[\d.,]*)\s*(?:[\p{L}/ ]{0,20})?$/iu;

const RELATING = /(?<![\p{L}])(?:tăng|giảm|so với|trong đó|gồm|bao gồm|chia ra|chiếm|đạt|bằng|vượt|còn)(?![\p{L}])/iu;

export function periodLists(text: string, tokens: Token[]): PeriodList[] {
  const out: PeriodList[] = [];
  for (const t of tokens) {
    if (t.kind !== 'count') continue;
    // The total's noun (a few words, nouns joined by commas: "168 tổ chức, cá nhân đăng ký"), then "(" or ":" opening
    // the list. A comparison or another list between them makes the list another figure's.
    const open = /^\s*[\p{L}/, ]{0,80}?\s*(\(|:)\s*/u.exec(text.slice(t.end));
    if (!open || (open[0].includes(',') && RELATING.test(open[0]))) continue;
    const from = t.end + open[0].length;
    let to: number;
    if (open[1] === '(') to = closingParen(text, from);
    else {
      const end = /\.(\s|$)/u.exec(text.slice(from));
      to = end ? from + end.index : text.length;
    }
    if (to < 0) continue;
    const region = text.slice(from, to);
    const items = splitTop(region);
    if (items.length < 2) continue;
    const parts: Token[] = [];
    const labels: string[] = [];
    let offset = from;
    let ok = true;
    for (const item of items) {
      const m = ITEM.exec(item) ?? (parts.length ? NEXT_ITEM.exec(item) : null);
      const at = m ? offset + item.indexOf(m[2], m[1].length) : -1;
      const figure = tokens.find((x) => x.start === at && x.kind === 'count');
      if (!m || !figure) {
        ok = false;
        break;
      }
      parts.push(figure);
      labels.push(m[1]);
      offset += item.length + 1;
    }
    if (ok) out.push({ total: t, parts, labels });
  }
  return out;
}

/** Items at the top level: split on ";" when there is one, else on ","; a parenthesis stays whole. */
function splitTop(region: string): string[] {
  const masked = region.replace(/\([^()]*\)/g, (s) => '_'.repeat(s.length));
  const sep = masked.includes(';') ? ';' : ',';
  const out: string[] = [];
  let last = 0;
  for (let i = 0; i < masked.length; i++) {
    if (masked[i] === sep) {
      out.push(region.slice(last, i));
      last = i + 1;
    }
  }
  out.push(region.slice(last));
  return out;
}

