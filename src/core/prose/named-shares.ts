// A share whose part is named in words, not written: "Số bị xóa tên chiếm 70,29% số đảng viên ra khỏi Đảng", "Số đảng
// viên bị kỷ luật chiếm 2,87% tổng số đảng viên toàn Đảng bộ (44.716 đảng viên)". The clerk finds the figure each name
// describes, nearest first (answersTo, named-base.ts), of the same period: a figure under another year is another
// quantity. No figure for either name, and nothing is read.
import { answersAsPart, answersTo, contentWords, namedBaseOf } from './named-base';
import { isComparisonFigure, unitAfter, unitsDiffer } from './phrases';
import { Token, tokenize } from './tokens';

export interface NamedShare {
  p: number;
  /** The part's name, as written. */
  name: string;
  share: Token;
  part: { p: number; token: Token };
  base: { p: number; token: Token };
}

const YEAR = /(?<![\p{L}\d])năm\s+((?:19|20)\d{2})(?!\d)/giu;

/**
 * `together(a, b)`: whether two figures are items of one breakdown already read ("gồm tiêu thụ nội địa 318.700 tấn và
 * xuất khẩu 63.450 tấn"): an item is never the whole its sibling is a share of.
 */
export function namedShares(paragraphs: { text: string }[], together: (a: { p: number; token: Token }, b: { p: number; token: Token }) => boolean = () => false): NamedShare[] {
  const out: NamedShare[] = [];
  const tokensOf = paragraphs.map((p) => tokenize(p.text));
  paragraphs.forEach((para, p) => {
    const text = para.text;
    // The name may stand without "số" at its clause's start ("…, gồm xuất khẩu 63.450 tấn và …; xuất khẩu chiếm 16,40% sản
    // lượng tiêu thụ").
    // Or after "trong đó" closing a figure's clause, of that figure where no whole is named ("Riêng sản lượng bia các loại
    // là 54,32 triệu lít, trong đó bia lon chiếm 34,86%").
    for (const m of text.matchAll(/(?:^|[.;]\s+|(?<=\d[^\d,;.()]{0,20}),\s*trong đó\s+)(?:số\s+)?([^\d,;.()%:]{3,50}?)\s+(?:chiếm|bằng)\s+(?:tỷ lệ\s+)?(\d[\d,]*\s*%)/giu)) {
      const share = tokensOf[p].find((t) => t.kind === 'percent' && t.start === m.index! + m[0].lastIndexOf(m[2]));
      if (!share || share.value!.compare(100) >= 0) continue;
      const year = yearBefore(text, share.start);
      // Candidates: counts before the share, in its paragraph or the three before, not changes nor values compared with,
      // under no year other than the share's own.
      const before: { p: number; token: Token }[] = [];
      for (let q = p; q >= Math.max(0, p - 3); q--) {
        const qt = paragraphs[q].text;
        for (const t of tokensOf[q]) {
          // A fraction counts what its words name ("Đã giải quyết 27/31 vụ việc": 27 solved), for the base only.
          if ((t.kind !== 'count' && t.kind !== 'fraction') || (q === p && t.end > m.index!) || isComparisonFigure(qt, t)) continue;
          if (yearBefore(qt, t.start) !== year) continue;
          before.push({ p: q, token: t });
        }
      }
      const order = (f: { p: number; token: Token }) => f.p * 1e6 + f.token.start;
      before.sort((a, b) => order(b) - order(a));
      const partWords = contentWords(m[1]);
      // The name's noun is the part's: "số đảng viên bị kỷ luật" is not "241 cấp ủy viên" of those disciplined.
      const nameUnit = unitAfter(m[1], { start: 0, end: 0, text: '', kind: 'other' });
      const candidate = (f: { p: number; token: Token }) => f.token.kind === 'count' && answersTo(paragraphs[f.p].text, f.token, partWords, false) && !unitsDiffer(unitAfter(paragraphs[f.p].text, f.token), nameUnit);
      // One written right after the name ("tổng chi 33,92 tỷ đồng") before one whose clause only holds its words ("chênh
      // lệch thu chi 4,54 tỷ đồng").
      const part = before.find((f) => candidate(f) && headedExactly(paragraphs[f.p].text, f.token, partWords)) ?? before.find(candidate);
      const named = namedBaseOf(text, tokensOf[p], share, share);
      // The figure "trong đó" hangs from: the last one before it, closing its clause.
      const opener = /trong đó/iu.test(m[0].slice(0, m[0].indexOf(m[1]))) ? tokensOf[p].filter((t) => t.kind === 'count' && t.end <= m.index!).at(-1) : undefined;
      if (part && !named && opener && opener.value && part.token.value && part.p === p && part.token.end <= m.index! && part.token.value.compare(opener.value) < 0 && !unitsDiffer(unitAfter(text, part.token), unitAfter(text, opener))) {
        out.push({ p, name: m[1].trim(), share, part, base: { p, token: opener } });
        continue;
      }
      if (!part || !named) continue;
      const baseWords = contentWords(named.words);
      const answers = (strict: boolean) => before.find((f) => f !== part && !together(f, part) && answersTo(paragraphs[f.p].text, f.token, baseWords, strict));
      // A figure named by the base's words and nothing more ("68 hợp tác xã" for "tổng số hợp tác xã") before one they
      // narrow ("21 hợp tác xã phi nông nghiệp"): the name of a whole describes the whole.
      const bare = before.find((f) => f !== part && namedExactly(paragraphs[f.p].text, f.token, baseWords));
      // "tổng số …" names the whole: a figure it only narrows to is no base of it.
      const total = /^\s*(?:của\s+)?tổng\s+số(?![\p{L}])/iu.test(text.slice(share.end));
      // "2.148 người nhiễm HIV, trong đó còn sống 1.562 người" answers to "số người nhiễm HIV còn sống": a part of a
      // "trong đó" is named by its whole's words and its own.
      const asPart = () => before.find((f) => f !== part && answersAsPart(paragraphs[f.p].text, f.token, baseWords));
      const base = named.written ? { p, token: named.written } : bare ?? (total ? undefined : answers(true) ?? answers(false) ?? asPart());
      if (!base || !base.token.value || !part.token.value || part.token.value.compare(base.token.value) >= 0) continue;
      if (unitsDiffer(unitAfter(paragraphs[part.p].text, part.token), unitAfter(paragraphs[base.p].text, base.token))) continue;
      out.push({ p, name: m[1].trim(), share, part, base });
    }
  });
  return out;
}

/** The year a figure stands under: the last one its paragraph names before it, not one compared with. */
function yearBefore(text: string, at: number): string | undefined {
  // "gấp 2,1 lần năm 2020", "bằng 130,5% năm 2019": a year compared with, like one after "so với".
  return [...text.slice(0, at).matchAll(YEAR)].filter((y) => !/(?:so với\s*(?:cùng kỳ\s*)?|(?<![\p{L}])lần\s*|%\s*)$/iu.test(text.slice(0, y.index!))).at(-1)?.[1];
}

/** Whether the words after a figure, to its clause's end, are the name's content words and no others. */
function namedExactly(text: string, t: Token, words: string[]): boolean {
  const tail = contentWords(/^[^,;.()\d]*/u.exec(text.slice(t.end))![0]);
  return tail.length === words.length && words.every((w) => tail.includes(w));
}

/** Whether the words before a figure, from its clause's start or a "và", are the name's content words and no others. */
function headedExactly(text: string, t: Token, words: string[]): boolean {
  const head = contentWords(/[^,;:()\d]*$/u.exec(text.slice(0, t.start))![0].split(/\svà\s/u).at(-1)!);
  return head.length === words.length && words.every((w) => head.includes(w));
}
