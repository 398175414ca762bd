// "bằng 105,2% so với đầu nhiệm kỳ", "đạt 103,89% chỉ tiêu (180 đảng viên)": a percentage of a previous value
// or of a target, the Vietnamese statistical "so sánh" (current / previous × 100). Such a percentage is never
// a share of a whole; it is read only when both values are found in its sentence.
import { type Exact, roundHalfUp } from '../numbers/exact';
import type { Paragraph } from './document';
import { sentenceAround } from './periods';
import { COMPARED_PERIOD } from './compared-periods';
import { countingAsCompared, insideParens, isComparisonFigure, unitAfter, unitsDiffer } from './phrases';
import { Token, tokenize } from './tokens';

export interface RatioReading {
  p: number;
  ratio: Token;
  previous: Token;
  /** The current value as written; absent when only the change is ("So với năm 2023 (153), … tăng 15"). */
  current?: Token;
  change?: { token: Token; sign: 1 | -1 };
  /** The current value the reading uses. */
  value: Exact;
  base: Exact;
  how: 'from-to' | 'paren' | 'so-voi-la' | 'change';
}

const RATIO_BEFORE = /(bằng|đạt|được)\s*(tỷ lệ|tỉ lệ)?\s*$/iu;
// A period named, then its value in parentheses: "niên vụ trước (76,38 tỷ đồng)".
const PERIOD_VALUE = new RegExp(String.raw`^\s*${COMPARED_PERIOD}\s*\(\s*(?=\d)`, 'iu');

/** A percentage read as a ratio rather than a share: above 100 %, or "bằng X% so với …". */
export function isRatioPercent(text: string, t: Token): boolean {
  if (t.kind !== 'percent' || !t.value) return false;
  const after = text.slice(t.end, t.end + 40);
  // "…, tăng 1.204,3 triệu đồng so với giai đoạn 2016 - 2020 (6.708,3 triệu đồng), bằng 84,78%": "bằng" right after
  // the value compared with is the so sánh of the two.
  const before = text.slice(Math.max(0, t.start - 200), t.start);
  // So is "bằng" after a change in a sentence that opens on the value compared with ("So với cuối năm 2023 (1.412,08 tỷ
  // đồng), tổng nguồn vốn tăng 116,54 tỷ đồng, bằng 108,25%").
  const afterComparison = /so với[^.;]*\([^()]*\)\s*,\s*bằng\s*$/iu.test(before) || /(?:^|[.;]\s+)So với\s[^().;]{1,40}?\([^()]*\)\s*,[^.;()\d]{0,60}?(?:tăng|giảm)\s+\d[\d.,]*[\p{L} ]{0,20},\s*bằng\s*$/u.test(before);
  // "đạt 82,22% chỉ tiêu cả nhiệm kỳ (900 đảng viên)", "đạt 98,7% dự toán": a percentage of a target, a budget's
  // estimate or the same period of last year is a ratio, whatever its size.
  // So is one of a period named with its value in parentheses ("bằng 88,08% niên vụ trước (76,38 tỷ đồng)").
  // Not one that names its own whole after it ("…, tăng 34.414 triệu đồng so với đầu năm (321.800 triệu đồng), bằng 86,32%
  // tổng nguồn vốn"): that is a share of the whole named.
  const namesWhole = /^\s*\p{L}/u.test(after);
  // "bằng 5,66% so với số vé phát hành": compared with a whole named by "số …", not with a period, it is a share.
  const ofNamedWhole = /(?<![\p{L}])bằng\s*$/iu.test(before) && /^\s*so với\s+(?:tổng\s+)?số\s+(?!(?:lượng\s+)?(?:cùng kỳ|năm|kỳ|kế hoạch|chỉ tiêu)(?![\p{L}]))\p{L}/iu.test(after);
  return t.value.compare(100) > 0 || (/^\s*(so với|chỉ tiêu|kế hoạch|dự toán|cùng kỳ|mục tiêu)/iu.test(after) && !ofNamedWhole) || PERIOD_VALUE.test(after) || (afterComparison && !namesWhole);
}

export function ratioReadings(paragraphs: Paragraph[]): RatioReading[] {
  const out: RatioReading[] = [];
  paragraphs.forEach((para, p) => {
    const text = para.text;
    const tokens = tokenize(text);
    for (const r of tokens) {
      if (!isRatioPercent(text, r) || !RATIO_BEFORE.test(text.slice(Math.max(0, r.start - 20), r.start))) continue;
      const { start } = sentenceAround(text, r.start);
      const counts = tokens.filter((t) => t.kind === 'count' && t.start >= start && t.end <= r.start);
      let previous: Token | undefined;
      let current: Token | undefined;
      let how: RatioReading['how'] = 'paren';
      // The base written after the percentage: "bằng 111,6% so với nhiệm kỳ 2015 - 2020 (5.568 đảng viên)".
      // A target's value stands in its own phrase: "đạt 95% chỉ tiêu, bằng 93,44% so với … (61 …)" writes no target.
      // A budget's estimate ("dự toán tỉnh giao") is its target; "bằng 96,29% cùng kỳ (504,9 tỷ đồng)" names the period's value.
      // The parenthesis may name the target again before its value: "đạt 114,29% dự toán (dự toán giao 960 triệu đồng)".
      // So may the year compared with, with its verb: "bằng 112,81% so với năm 2023 (năm 2023 đón 4.312.600 lượt)".
      const tail = PERIOD_VALUE.exec(text.slice(r.end)) ?? /^\s*(?:so với[^().;]{0,60}?|(?:kế hoạch|chỉ tiêu|dự toán|cùng kỳ)(?:[^().;,%]{0,50}?|(?![^().;%]*,\s*(?:tăng|giảm|bằng|đạt|so với))[^().;%\d]{0,50}?))?\(\s*(?:(?:kế hoạch|chỉ tiêu|dự toán|cùng kỳ)[^\d().;,%]{0,20}?\s*(?::|là)?\s*(?=\d)|năm\s+(?:19|20)\d{2}(?:\s+(?!tăng|giảm)[\p{L}]+){0,2}\s*(?::|là)?\s*(?=\d))?/iu.exec(text.slice(r.end));
      if (tail) previous = tokens.find((t) => t.start === r.end + tail[0].length && t.kind === 'count');
      // "từ 36.318 lên 38.207 (tăng 1.889), bằng 105,2%".
      if (!previous) {
        for (const m of text.slice(start, r.start).matchAll(/từ\s+(\d[\d.,]*)[^\d.;]{0,40}?(?:xuống còn|giảm còn|còn|lên|tăng lên)\s+(\d[\d.,]*)/giu)) {
          const at = start + m.index!;
          previous = counts.find((t) => t.start === at + m[0].indexOf(m[1]));
          current = counts.find((t) => t.start === at + m[0].lastIndexOf(m[2]));
          how = 'from-to';
        }
      }
      // A percentage that names its target after it ("đạt 96,24% dự toán") is of that target, not of a value compared
      // with earlier in the sentence ("tăng 8,4% so với năm 2023 (13.215 triệu đồng); đã chi …, đạt 96,24% dự toán").
      const targeted = /^\s*(?:kế hoạch|chỉ tiêu|dự toán)(?![\p{L}])/iu.test(text.slice(r.end));
      if (!previous && !targeted) {
        // "so với đầu nhiệm kỳ (3.422 đảng viên)", "(năm 2022: 52)", "so với năm 2023 là 243".
        const cands = counts.filter((t) => {
          const head = text.slice(start, t.start);
          // "(năm 2022: 52)" is the year compared with; "(năm 2020: 12, năm 2021: 13, …)" a series, no comparison.
          const series = /\(\s*(năm|cùng kỳ)[^():]{0,20}:\s*$/iu.test(head) && /^[^()]*[,;]\s*năm\s/iu.test(text.slice(t.end));
          return /so với[^;]{0,60}?(\(\s*|\slà\s+)$/iu.test(head) || (/\(\s*(năm|cùng kỳ)[^():]{0,20}:\s*$/iu.test(head) && !series);
        });
        previous = cands.at(-1);
        // A comparison already given its ratio in an earlier clause ("so với cùng kỳ (11.924 lượt), bằng 106,8% …; công
        // suất … đạt 118,6%") is not the base of a later clause's percentage.
        const clause = text.lastIndexOf(';', r.start);
        if (previous && tokens.some((t) => t.kind === 'percent' && t.start > previous!.end && t.end <= clause && isRatioPercent(text, t))) previous = undefined;
        if (previous && /\slà\s+$/u.test(text.slice(start, previous.start))) how = 'so-voi-la';
      }
      // "Dự toán … được giao 18,46 tỷ đồng; ước thực hiện cả năm 17,92 tỷ đồng, đạt 97,07% dự toán": the target named
      // after the percentage and written earlier in the sentence, in a clause that names it.
      if (!previous) {
        // A budget's estimate is also written as what was allocated ("Kinh phí bố trí … là 1.400 triệu đồng, đã thực hiện
        // 1.250 triệu đồng, đạt 89,2% dự toán").
        const target = /^\s*(kế hoạch|chỉ tiêu|dự toán)(?![\p{L}])/iu.exec(text.slice(r.end))?.[1].toLowerCase();
        const names = (clause: string) => clause.toLowerCase().includes(target!) || (target === 'dự toán' && ALLOCATED.test(clause));
        if (target) previous = counts.filter((t) => names(clauseOf(text, t.start)) && !isComparisonFigure(text, t)).at(-1);
        // Or written in the parenthesis of a gap to it before ("vượt 13 chuyến so với kế hoạch (80 chuyến), đạt 116,25% kế
        // hoạch").
        const ownClause = Math.max(start, text.lastIndexOf(';', r.start) + 1);
        // Or by the sentence before, that names it with one figure of the value's unit ("Tổng dự toán được giao năm
        // 2024 là 7,865 tỷ đồng, gồm … . Đến 31/12/2024 đã giải ngân 7,418 tỷ đồng, đạt 94,31% dự toán").
        if (target && !previous && start > 0) {
          const before = sentenceAround(text, start - 2).start;
          const value = counts.filter((t) => !isComparisonFigure(text, t) && !insideParens(text, t.start, start)).at(-1);
          const named = tokens.filter((t) => t.kind === 'count' && t.start >= before && t.end <= start && names(clauseOf(text, t.start)) && !isComparisonFigure(text, t));
          if (value && named.length === 1 && unitAfter(text, value) && !unitsDiffer(unitAfter(text, named[0]), unitAfter(text, value))) previous = named[0];
        }
        if (target && !previous) {
          const gap = new RegExp(`(?<![\\p{L}])${target}[^,;()\\d]{0,20}\\(\\s*$`, 'iu');
          previous = counts.filter((t) => t.start >= ownClause && gap.test(text.slice(Math.max(start, t.start - 40), t.start))).at(-1);
        }
        // "a) Phát triển mới ít nhất 1.500 hội viên: đã kết nạp 1.843 hội viên, đạt 122,87% chỉ tiêu": an item of a list of
        // targets names its target before its colon, the one figure there; the result follows in the target's unit.
        const colon = text.indexOf(':', start);
        const item = /^\s*(?:[a-zđ]\)|\d{1,2}[.)]|[-+•–])\s/iu.test(text.slice(start, colon));
        const heading = target && !previous && item && colon < r.start && !insideParens(text, r.start, colon) ? counts.filter((t) => t.end <= colon && !insideParens(text, t.start, start)) : [];
        const unit = heading.length === 1 ? unitAfter(text, heading[0]) : undefined;
        const results = unit ? counts.filter((t) => t.start > colon && !insideParens(text, t.start, colon) && !isComparisonFigure(text, t)) : [];
        if (unit && results.length && unitAfter(text, results.at(-1)!)?.word === unit.word) previous = heading[0];
      }
      // The earlier value in the parenthesis right after a change, in the clause of the percentage: "tăng 318 tổ chức
      // (nhiệm kỳ trước là 2.528), bằng 112,58%", "giảm 291 đồng chí (7.204 đảng viên), bằng 95,69% so với nhiệm kỳ trước".
      let before: RatioReading['change'];
      if (!previous) {
        const clause = Math.max(start, text.lastIndexOf(';', r.start) + 1);
        const m = [...text.slice(clause, r.start).matchAll(/(tăng|giảm)\s+(\d[\d.,]*)\s*[\p{L} ]{0,20}\(\s*(?:(?:năm|nhiệm kỳ|kỳ|cùng kỳ)[^()\d]{0,25}?(?:là|:)\s*)?(\d[\d.,]*)\s*[\p{L} ]{0,20}\)\s*,\s*(?:bằng|đạt)\s*$/giu)].at(-1);
        const token = m && counts.find((t) => t.start === clause + m.index! + m[0].indexOf(m[2], m[1].length));
        previous = m ? counts.find((t) => t.start === clause + m.index! + m[0].lastIndexOf(m[3])) : undefined;
        if (previous && token?.value && !unitsDiffer(unitAfter(text, token), unitAfter(text, previous))) before = { token, sign: m![1].toLowerCase() === 'giảm' ? -1 : 1 };
        else previous = undefined;
      }
      // "So với cuối năm 2023 (1.412,08 tỷ đồng), tổng nguồn vốn tăng 116,54 tỷ đồng, bằng 92,38%": the sentence opens on
      // the value compared with; the value reached is it moved by the change.
      if (!previous) {
        const m = /^\s*So với\s[^().;]{1,40}?\(\s*(\d[\d.,]*)[\p{L} ]{0,20}\)\s*,[^.;()\d]{0,60}?(tăng|giảm)\s+(\d[\d.,]*)[\p{L} ]{0,20},\s*(?:bằng|đạt)\s*$/iu.exec(text.slice(start, r.start));
        const value = m && counts.find((t) => t.start === start + m.index + m[0].indexOf(m[1]));
        const token = m && counts.find((t) => t.start === start + m.index + m[0].lastIndexOf(m[3]));
        if (value && token?.value && !unitsDiffer(unitAfter(text, token), unitAfter(text, value))) {
          previous = value;
          before = { token, sign: m![2].toLowerCase() === 'giảm' ? -1 : 1 };
        }
      }
      if (!previous?.value || previous.value.equals(0)) continue;
      // The value compared: the last figure of the sentence outside parentheses that is no comparison or change.
      if (!current && !before) {
        const fitting = counts.filter((t) => t !== previous && !isComparisonFigure(text, t) && !insideParens(text, t.start, start) && !unitsDiffer(unitAfter(text, t), unitAfter(text, previous!)));
        const candidates = countingAsCompared(text, previous, fitting);
        // "cử 58 đồng chí đi học (…), trong đó nữ 17 …; cán bộ diện … 19 đồng chí; đạt 96,67% kế hoạch (60)": the parts
        // of a "trong đó" list are not what the sentence compares with its target; the whole before it is. So are the
        // items of a "gồm" list once it has ended ("đạt 187 huy chương, gồm 52 …, 61 …, 74 …; tăng 23 …, bằng 114,02%"): a
        // ratio inside an item ("…, thu tiền sử dụng đất 73,62 tỷ đồng, đạt 61,35% dự toán") is the item's own. A clause
        // of its own after ";" with its own figure ("…, trong đó …; đăng tải 412 tin, bài …, đạt 103% kế hoạch") compares
        // that figure.
        const semicolon = text.lastIndexOf(';', r.start);
        const listed = /(?<![\p{L}])(?:gồm|bao gồm|chia ra)(?![\p{L}])/iu.exec(text.slice(start, r.start));
        const opener = /(?<![\p{L}])trong đó(?![\p{L}])/iu.exec(text.slice(start, r.start)) ?? (listed && semicolon > start + listed.index ? listed : null);
        const own = opener && semicolon > start + opener.index ? candidates.filter((t) => t.start > semicolon && t.end <= r.start) : [];
        let whole = opener && !own.length ? candidates.filter((t) => t.end <= start + opener.index) : [];
        // A part the ratio follows at once, in its clause ("trong đó năm 2024 giải ngân 58,7 tỷ đồng, bằng 73,38% kế hoạch
        // vốn năm"), may have a target of its own as well as the whole ("trong đó nữ 17 đồng chí, đạt 96,67% kế hoạch"):
        // the one the ratio fits is meant, and with both or neither it is not read.
        const last = candidates.at(-1);
        if (whole.length && last && /^\s*[\p{L} ]{0,20},\s*(?:bằng|đạt)\s*$/u.test(text.slice(last.end, r.start))) {
          const fits = (t: Token) => !!t.value && fitsRatio(t.value, previous!.value!, r);
          if (fits(last) === fits(whole.at(-1)!)) continue;
          if (fits(last)) whole = [];
        }
        current = (whole.length ? whole : candidates).at(-1);
        // "thành lập 09 hợp tác xã và 23 tổ hợp tác …, đạt 128% chỉ tiêu": the target may be of the two together.
        const andBetween = (a: Token, b: Token) => a.end < b.start && /^\s*[\p{L} ]{0,30}\svà\s*$/u.test(text.slice(a.end, b.start));
        const joined = current && fitting.some((c) => andBetween(c, current!) || andBetween(current!, c));
        if (joined) continue;
      }
      let change: RatioReading['change'] = before;
      let value = before ? previous.value.add(before.token.value!.mul(before.sign)) : current?.value;
      if (before) how = 'change';
      else if (!current) {
        // Only the change is written: the current value is the previous one moved by it.
        const m = /(tăng|giảm)\s+(\d[\d.,]*)/iu.exec(text.slice(previous.end, r.start));
        const token = m && counts.find((t) => t.start === previous!.end + m.index + m[0].indexOf(m[2]));
        if (!m || !token?.value) continue;
        change = { token, sign: m[1].toLowerCase() === 'giảm' ? -1 : 1 };
        value = previous.value.add(token.value.mul(change.sign));
        how = 'change';
      }
      if (!value) continue;
      // "số vụ bằng 79,17% so với cùng kỳ, số người chết bằng 84,62% so với cùng kỳ": a ratio naming its subject compares
      // the figures of that subject, each found by its words; not found once each, the ratio is not read.
      const subject = /(?:^|[;,]\s*)số\s+([\p{L} ]{2,30}?)\s+(?:bằng|đạt)\s*$/iu.exec(text.slice(start, r.start))?.[1];
      if (subject && current && how === 'paren') {
        const words = subject.toLowerCase().split(/\s+/);
        const named = (t: Token) => words.every((w) => labelOf(text, t).includes(w));
        if (!named(current) || !named(previous)) {
          const mine = counts.filter((t) => !insideParens(text, t.start, start) && !isComparisonFigure(text, t) && named(t));
          const theirs = counts.filter((t) => insideParens(text, t.start, start) && named(t) && /so với[^()]*\([^()]*$/iu.test(text.slice(start, t.start)));
          if (mine.length !== 1 || theirs.length !== 1 || !theirs[0].value || theirs[0].value.equals(0)) continue;
          out.push({ p, ratio: r, previous: theirs[0], current: mine[0], value: mine[0].value!, base: theirs[0].value, how });
          continue;
        }
      }
      out.push({ p, ratio: r, previous, current, change, value, base: previous.value, how });
    }
  });
  return out;
}

/** Whether a ratio as written is `value` over `base`, rounded half up to its decimals. */
function fitsRatio(value: Exact, base: Exact, ratio: Token): boolean {
  const d = ratio.decimals ?? 0;
  return roundHalfUp(value.mul(100).div(base), d).equals(ratio.value!);
}

const ALLOCATED = /(?<![\p{L}])(?:bố trí|phân bổ|được giao)(?![\p{L}])/iu;

/** The words naming a figure: its clause's words before it and its noun after it ("làm chết 11 người", "13 người chết"). */
function labelOf(text: string, t: Token): string[] {
  const tail = /^[^,;()\d]*/u.exec(text.slice(t.end))![0];
  return `${clauseOf(text, t.start)} ${tail}`.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
}

/** The words of a figure's clause before it. */
function clauseOf(text: string, at: number): string {
  const head = text.slice(0, at);
  return head.slice(Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf('('), head.lastIndexOf('. ')) + 1);
}

