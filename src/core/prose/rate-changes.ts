// A change of a rate named in words, read as a clerk reads it: "Tỷ lệ đảng viên hoàn thành xuất sắc nhiệm vụ năm 2024
// tăng 1,14% so với năm 2023" (both shares stated earlier, each under its year), "tỷ lệ không hoàn thành nhiệm vụ giảm
// 0,38% (năm 2018 là 1,45%)" (the earlier share written with it), "So với năm 2020 (26/31 chi bộ, 83,87%), tỷ lệ chi bộ
// hoàn thành tốt nhiệm vụ trở lên tăng 6,54%", "tỷ lệ hộ nghèo còn 1,12%, giảm 2,95% (đầu nhiệm kỳ là 3,71%)",
// "Tỷ lệ liên hệ tăng 5,46 điểm phần trăm so với năm 2024 (58,47%)".
// The rate's share is the one whose own words hold the rate's name (the same grade of a rating, never "hoàn thành" for
// "không hoàn thành"), under the claim's own year, in its paragraph or the two before. Any doubt, and nothing is read.
import { otherTrade } from './named-base';
import { sentenceAround } from './periods';
import { splitClauses } from './year-values';
import { Token, tokenize } from './tokens';

export interface RateChange {
  p: number;
  current: { p: number; token: Token };
  previous: { p: number; token: Token };
  delta: Token;
  sign: 1 | -1;
  /** The period compared with, as the text names it ("2023", "đầu nhiệm kỳ"). */
  period: string;
  /** "điểm phần trăm": only a change in points is meant. */
  pointsOnly: boolean;
}

/** A change of a rate: its verb, its figure, and whether in points ("tăng 1,14%", "giảm 0,27 điểm phần trăm"). */
export const CHANGE = /(?<![\p{L}])(tăng|giảm)\s+(\d[\d.,]*)\s*(%|điểm phần trăm|điểm %)/giu;
const COMPARED = /^\s*(?:so với\s+)?(năm\s+((?:19|20)\d{2})|cùng kỳ(?:\s+năm\s+((?:19|20)\d{2}))?|đầu nhiệm kỳ|đầu năm|năm trước|kỳ trước|nhiệm kỳ trước)/iu;
const OPENING = /^\s*so với\s+(năm\s+((?:19|20)\d{2})|đầu nhiệm kỳ|đầu năm|cùng kỳ)\s*(\([^()]*\))?/iu;
const YEAR = /(?<![\p{L}\d])năm\s+((?:19|20)\d{2})(?!\d)/giu;
// A rate by its name: "tỷ lệ", or "tỷ trọng" (a weight in a whole: "Tỷ trọng xuất khẩu tăng 2,46% so với năm trước").
const RATE = /tỷ lệ|tỉ lệ|tỷ trọng|tỉ trọng/iu;
// The rate's name up to the change, across the commas of the nouns it lists.
const RATE_NAMED = new RegExp(String.raw`(?:${RATE.source})[^\d;:()]*$`, 'iu');
const STOP = new Set(['tỷ', 'tỉ', 'lệ', 'trọng', 'số', 'của', 'các', 'được', 'đã', 'là', 'có', 'năm', 'trong', 'toàn', 'đạt', 'chiếm']);

/** The grade of a rating a phrase names, the narrowest first. */
export function gradeOf(phrase: string): string | undefined {
  if (/không hoàn thành/iu.test(phrase)) return 'không';
  if (/xuất sắc/iu.test(phrase)) return 'xuất sắc';
  if (/hoàn thành tốt/iu.test(phrase)) return 'tốt';
  if (/hoàn thành nhiệm vụ/iu.test(phrase)) return 'hoàn thành';
  return undefined;
}

const words = (s: string) => s.toLowerCase().replace(/\d[\d.,/]*\s*%?/g, ' ').split(/[^\p{L}]+/u).filter((w) => w && !STOP.has(w));

interface Share {
  p: number;
  token: Token;
  /** Its own words: from the figure before it in its sentence (or the sentence's start) to it. */
  own: string;
  /** The sentence's words before its first percentage: the subject the list speaks of. */
  head: string;
  year?: string;
  /** Stated after "trong đó", "gồm" in its sentence: the rate of one part ("khối doanh nghiệp …, đạt 97,03%"). */
  part: boolean;
  sentence: number;
}

/** The shares a paragraph states, each with its own words and its year. */
function sharesOf(text: string, p: number): Share[] {
  const tokens = tokenize(text);
  const out: Share[] = [];
  for (const t of tokens) {
    if (t.kind !== 'percent') continue;
    const sentence = sentenceAround(text, t.start);
    const before = tokens.filter((x) => x.kind === 'percent' && x.start >= sentence.start && x.end <= t.start);
    const from = before.at(-1)?.end ?? sentence.start;
    const own = text.slice(from, t.start);
    // A change or a value compared with is not a share the text states of its own, in the comparison's parenthesis too
    // ("so với chỉ tiêu … giao (93,5%)", "so với năm 2023 (155.102 người, tỷ lệ 92,61%)").
    if (/(tăng|giảm|vượt|so với)[^,;()]*(?:\([^()]*)?$/iu.test(own) || /\(\s*(năm|đầu|cuối|cùng kỳ|nhiệm kỳ|kỳ)[^()]*$/iu.test(own)) continue;
    const firstPct = tokens.find((x) => x.kind === 'percent' && x.start >= sentence.start);
    const head = text.slice(sentence.start, firstPct ? firstPct.start : t.start);
    const years = [...text.slice(sentence.start, t.start).matchAll(YEAR)].filter((y) => !/so với\s*$/iu.test(text.slice(sentence.start, sentence.start + y.index!)));
    const part = !!firstPct && firstPct.start < t.start && /(?<![\p{L}])(trong đó|gồm|chia ra)(?![\p{L}])/iu.test(text.slice(firstPct.end, t.start));
    out.push({ p, token: t, own, head, year: years.at(-1)?.[1], part, sentence: sentence.start });
  }
  return out;
}

/** Whether a share is of the rate named: the same grade, and every word of the name among its words. */
function isOf(share: Share, name: string): boolean {
  if (gradeOf(share.own) !== gradeOf(name)) return false;
  // A rate naming a base of its own ("Tỷ lệ hòa giải thành trên số vụ việc đã kết thúc hòa giải đạt 80,80%") is another
  // rate than one named without it.
  const onBase = /(?:tỷ lệ|tỉ lệ)[^\d,;]*(?<![\p{L}])trên\s+(?:tổng\s+)?số(?![\p{L}])/iu;
  if (onBase.test(share.own) && !onBase.test(name)) return false;
  const have = new Set(words(`${share.head} ${share.own}`));
  const want = words(name);
  return want.length > 0 && want.every((w) => have.has(w)) && !otherTrade(want, share.own);
}

export function rateChanges(paragraphs: { text: string }[], taken: Set<string>): RateChange[] {
  const out: RateChange[] = [];
  const shares = paragraphs.map((para, p) => sharesOf(para.text, p));
  paragraphs.forEach((para, p) => {
    const text = para.text;
    const tokens = tokenize(text);
    // The subject and period of the last rate change in the sentence, for a clause that continues it.
    let carried: { sentence: number; subject?: string; compared?: string } | undefined;
    for (const m of text.matchAll(CHANGE)) {
      const deltaAt = m.index! + m[0].indexOf(m[2], m[1].length);
      const delta = tokens.find((t) => t.start === deltaAt && (t.kind === 'percent' || (t.kind === 'count' && m[3] !== '%')));
      if (!delta) continue;
      const sentence = sentenceAround(text, m.index!);
      const clauses = splitClauses(text.slice(sentence.start, m.index!));
      // A rate's name may list nouns with commas ("tỷ lệ công dân có trình độ cao đẳng, đại học tăng 3,24%"): back to
      // its "tỷ lệ" across them, where no figure stands between.
      const named = RATE_NAMED.exec(text.slice(Math.max(sentence.start, text.lastIndexOf(';', m.index!) + 1), m.index!))?.[0];
      const own = named && !RATE.test(clauses.at(-1) ?? '') ? named : (clauses.at(-1) ?? '');
      const after = text.slice(m.index! + m[0].length);
      // The period compared with: after the change, or in a "So với năm 2020 (…)," the sentence opens with, or the clause
      // after a semicolon ("…; so với năm 2023 (155.102 người, tỷ lệ 92,61%), tăng …, tỷ lệ bao phủ tăng 1,3%").
      const compared = COMPARED.exec(after);
      const semicolon = Math.max(sentence.start, text.lastIndexOf(';', m.index!) + 1);
      const clauseStart = OPENING.test(text.slice(semicolon)) ? semicolon : sentence.start;
      const opening = OPENING.exec(text.slice(clauseStart));
      let period = compared ? (compared[2] ?? compared[3] ?? compared[1]) : opening ? (opening[2] ?? opening[1]) : undefined;
      // The earlier share written with the change: "(năm 2018 là 1,45%)", "so với năm 2024 (58,47%)", or in the opening.
      const skip = compared && /so với/iu.test(compared[0]) ? compared[0].length : 0;
      const paren = /^\s*\(([^()]*)\)/u.exec(after.slice(skip));
      let previous: { p: number; token: Token } | undefined;
      const inside = (from: number, to: number) => tokens.filter((t) => t.kind === 'percent' && t.start >= from && t.end <= to);
      if (paren) {
        const from = m.index! + m[0].length + skip + paren.index! + paren[0].indexOf('(');
        const found = inside(from, from + paren[0].length);
        if (found.length === 1) previous = { p, token: found[0] };
        const named = /năm\s+((?:19|20)\d{2})|đầu nhiệm kỳ|đầu năm|cùng kỳ/iu.exec(paren[1]);
        if (named) period ??= named[1] ?? named[0];
      } else if (opening?.[3] && !compared) {
        const from = clauseStart + opening[0].indexOf(opening[3]);
        const found = inside(from, from + opening[3].length);
        if (found.length) previous = { p, token: found.at(-1)! };
      }
      const subjectOwn = RATE.test(own);
      const sign = m[1].toLowerCase() === 'giảm' ? -1 : 1;
      const pointsOnly = m[3] !== '%';
      // "tỷ lệ hộ nghèo còn 1,12%, giảm 2,95% (đầu nhiệm kỳ là 3,71%)": the rate is the share the clause before ends with.
      if (!subjectOwn) {
        const prev = clauses.at(-2);
        const last = tokens.filter((t) => t.end <= m.index! && t.start >= sentence.start).at(-1);
        if (own.trim() === '' && prev && RATE.test(prev) && last?.kind === 'percent' && /^\s*,\s*$/u.test(text.slice(last.end, m.index!)) && previous && !taken.has(`${p}:${delta.start}`)) {
          out.push({ p, current: { p, token: last }, previous, delta, sign, period: period ?? '', pointsOnly });
        }
        continue;
      }
      // The rate's name, and the year it is said of ("… năm 2024 tăng"), or the ones of the clause it continues.
      const rate = own.slice(own.search(RATE));
      const nameYear = [...rate.matchAll(YEAR)].at(-1)?.[1];
      const name = rate.replace(YEAR, ' ');
      const continues = carried && carried.sentence === sentence.start && !nameYear && !period;
      const subject = nameYear ?? (continues ? carried!.subject : undefined);
      period ??= continues ? carried!.compared : undefined;
      carried = { sentence: sentence.start, subject, compared: period };
      if (taken.has(`${p}:${delta.start}`)) continue;
      // "đầu năm … chiếm 2,86%; đến cuối năm còn … chiếm 2,24%; … tỷ lệ hộ nghèo giảm 0,26%": no period named, the
      // sentence's two shares of the rate, at the start and at the end, are what the change is between.
      if (!period) {
        const own = shares[p].filter((s) => s.sentence === sentence.start && s.token.end <= m.index! && isOf(s, name));
        const clauseOf = (s: Share) => text.slice(Math.max(sentence.start, text.lastIndexOf(';', s.token.start) + 1), s.token.start);
        const start = own.filter((s) => /(?<![\p{L}])đầu\s+(?:năm|kỳ|nhiệm kỳ)(?![\p{L}])/iu.test(clauseOf(s)));
        const end = own.filter((s) => /(?<![\p{L}])(?:cuối\s+(?:năm|kỳ|nhiệm kỳ)|đến nay|hiện nay)(?![\p{L}])/iu.test(clauseOf(s)));
        if (start.length === 1 && end.length === 1 && start[0].token.start < end[0].token.start) {
          out.push({ p, current: { p, token: end[0].token }, previous: { p, token: start[0].token }, delta, sign, period: 'đầu năm', pointsOnly });
        }
        continue;
      }
      const year = /^(?:19|20)\d{2}$/.test(period) ? period : undefined;
      // Candidates: shares of the rate stated before the change, in its paragraph or the two before.
      const answering = shares.slice(Math.max(0, p - 2), p + 1).flat().filter((s) => (s.p < p || s.token.end <= m.index!) && isOf(s, name));
      // The rate of the whole, where its sentence goes on to the rates of its parts ("đạt 96,15%; trong đó: khối cơ
      // quan …, đạt 97,89%; …"), is the rate named; a part's rate only when no whole's answers.
      const nearby = answering.filter((s) => !s.part || !answering.some((o) => !o.part && o.p === s.p && o.sentence === s.sentence));
      if (!previous) {
        if (!year) continue;
        previous = pick(nearby.filter((s) => s.year === year));
      }
      const others = nearby.filter((s) => !(s.p === previous?.p && s.token.start === previous.token.start));
      // Compared with a period named by no year ("so với cùng kỳ (65,87%)") and no share under a year of its own, the current
      // share is the one other share whose own words (not its sentence's subject) hold the whole name: "luồng xanh …, chiếm
      // 67,97%", never "luồng đỏ …".
      const ownsName = (s: Share) => { const have = new Set(words(s.own)); return words(name).every((w) => have.has(w)); };
      const ownNamed = others.filter(ownsName);
      // Of several shares answering through their sentence's subject ("xếp loại chi hội năm 2025: vững mạnh … (77,17%), khá
      // … (18,47%)"), the one whose own words hold the name.
      const ofYear = others.filter((s) => (subject ? s.year === subject : s.year !== year));
      const ownOfYear = ofYear.filter(ownsName);
      const current = (ownOfYear.length === 1 && ofYear.length > 1 ? pick(ownOfYear) : pick(ofYear)) ?? (!subject && !year && ownNamed.length === 1 ? pick(ownNamed) : undefined);
      if (!previous || !current) continue;
      out.push({ p, current, previous, delta, sign, period, pointsOnly });
    }
  });
  return out;
}

/** The share the rate names: the nearest of those answering to its name and year. */
function pick(candidates: Share[]): { p: number; token: Token } | undefined {
  const last = candidates.at(-1);
  if (!last) return undefined;
  return { p: last.p, token: last.token };
}
