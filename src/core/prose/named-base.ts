// A share whose base is named in words: "chiếm 63,64% số đảng viên có vi phạm", "chiếm 71,05% tổng số đảng viên
// bị kỷ luật", "bằng 2,88% tổng số đảng viên đầu năm (33.452 đảng viên)", "trong số đảng viên có vi phạm, 21 đồng
// chí …". The clerk looks for the figure those words describe: the base is that figure, and no other, however
// well another fits. When no figure answers to the words, the base is unknown and the share cannot be called wrong.
import { parenShare, perUnit, unitAfter, unitsDiffer } from './phrases';
import type { Token } from './tokens';

export interface NamedBase {
  /** The words naming the base ("đảng viên có vi phạm"). */
  words: string;
  /** A figure written with the name: "(33.452 đảng viên)". */
  written?: Token;
  /** Where the name ends in its text, when it follows the share: the quote shows it. */
  end?: number;
  /** Named without "số" ("Trong chi thường xuyên, …"): a base only when a figure answers to it; else a topic. */
  soft?: boolean;
  /** Widened in a parenthesis after the name ("(kể cả xử lý hành chính)"): no figure of the bare name is that whole. */
  widened?: boolean;
}

const STOP = new Set(['năm', 'số', 'tổng', 'của', 'các', 'toàn', 'là', 'có', 'được', 'bị', 'đã', 'trong', 'thuộc', 'tại', 'và', 'những', 'hiện', 'nay']);

const FIGURED_BASE = [/^\s*(?:trên\s+)?(?:tổng\s+)?số\s+(?=\d)/iu, /^\s*\(\s*(?:tính\s+)?trên\s+(?:tổng\s+(?:số\s+)?)?(?=\d)/iu];

/** The content words of a phrase, lower-cased. */
export function contentWords(phrase: string, all = false): string[] {
  const words = (text: string) =>
    text
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((w) => w && !STOP.has(w));
  // "sản lượng tiêu thụ" is what "Tiêu thụ 52.815 tấn" counts: beside other words, the measure's word names no more than
  // "số" does. A figure's own phrase keeps it all (`all`), to answer a name that is only the measure ("sản lượng").
  const bare = words(phrase.replace(/(?<![\p{L}])(?:sản lượng|khối lượng|số lượng)(?![\p{L}])/giu, ' '));
  return bare.length >= 2 && !all ? bare : words(phrase);
}

/** The base named right after a percentage, or in a "trong số …," that opens the part's clause. */
export function namedBaseOf(text: string, tokens: Token[], part: Token, share: Token): NamedBase | undefined {
  // The name may hold a year: "bằng 97,25% số đảng viên tham gia học tập năm 2021".
  const after = /^\s*(?:của\s+)?(?:tổng\s+)?số\s+((?:[^\d,;.()%:]|(?:19|20)\d{2}(?!\d)){2,60}?)\s*(?=[,;.:()]|$)/iu.exec(text.slice(share.end));
  // "chiếm 38,71% tổng thu ngân sách từ khu vực kinh tế tư nhân (6.246,4 tỷ đồng)": a whole named without "số" is read
  // only with its figure written after it.
  const total = after ? undefined : /^\s*(?:của\s+)?tổng\s+([^\d,;.()%:]{3,60}?)\s*\(\s*(?=\d)/iu.exec(text.slice(share.end));
  if (total) {
    const written = tokens.find((t) => t.kind === 'count' && t.start === share.end + total[0].length);
    if (written) return { words: total[1].trim(), written, end: share.end + total[0].length - 1 };
  }
  // The base's figure written after the share, where its name would stand ("chiếm 18,22% tổng số 192 sản phẩm OCOP của
  // tỉnh", "chiếm 3,12% trên tổng số 41.205 …"), or in a parenthesis after it ("còn 10.873 hộ, chiếm 18,42% (trên tổng
  // số 59.031 hộ dân tộc thiểu số)"); the noun after the figure names it.
  for (const form of after || total ? [] : FIGURED_BASE) {
    const m = form.exec(text.slice(share.end));
    const written = m ? tokens.find((t) => t.kind === 'count' && t.start === share.end + m[0].length) : undefined;
    if (written) return { words: /^[^,;.()]*/u.exec(text.slice(written.end))![0].trim(), written, end: written.end };
  }
  // "ngân sách địa phương đối ứng 174.165 triệu đồng, bằng 10,54% vốn ngân sách trung ương": "bằng" names its base in
  // the words after it, with or without "số".
  const equals = after ? undefined : /(?<![\p{L}])bằng\s*$/iu.test(text.slice(Math.max(0, share.start - 8), share.start)) ? /^\s*(?:so với\s+(?=(?:tổng\s+)?số\s))?(?!so với|so\s|kế hoạch|cùng kỳ|mức|năm|kỳ)([\p{L}][^\d,;.()%:]{2,60}?)\s*(?=[,;.:()]|$)/iu.exec(text.slice(share.end)) : undefined;
  // After "so với", the name keeps no "số" of its own, as after the share itself.
  if (equals) return { words: /^\s*so với/iu.test(equals[0]) ? equals[1].trim().replace(/^(?:tổng\s+)?số\s+/iu, '') : equals[1].trim(), end: share.end + equals[0].trimEnd().length };
  // "chiếm 8,1% giá trị sản lượng", "đạt 74,04% giá trị hợp đồng": "chiếm" and "đạt" name the whole in the words after
  // them as well; a base only when a figure answers to the name.
  // So do the words after a share its count opens a parenthesis with ("(9.120 tấn, 86,52% lượng xuất khẩu)").
  const verb = /(?<![\p{L}])(?:chiếm|đạt)\s*(?:tỷ lệ\s*)?$/iu.test(text.slice(Math.max(0, share.start - 16), share.start)) || parenShare(text, part, share);
  const takes = after || total ? undefined : verb ? /^\s*(?!so với|so\s|kế hoạch|cùng kỳ|mức|năm|kỳ|tổng(?![\p{L}]))(?:lượng\s+(?=[\p{L}]))?([\p{L}][^\d,;.()%:]{2,60}?)\s*(?=[,;.:()]|$)/iu.exec(text.slice(share.end)) : undefined;
  // "lượng xuất khẩu" is the amount exported: "lượng" names no more than "số" does.
  if (takes && contentWords(takes[1], true).length >= 2) return { words: takes[1].trim(), end: share.end + takes[0].trimEnd().length, soft: true };
  // "chiếm 18,97% tổng diện tích gieo trồng": a whole named without "số" nor its figure is a base only when a figure
  // answers to the name.
  const whole = after || total ? undefined : /^\s*(?:của\s+)?tổng\s+(?!số(?![\p{L}]))([\p{L}][^\d,;.()%:]{2,60}?)\s*(?=[,;.:]|$)/iu.exec(text.slice(share.end));
  // One word ("tổng đàn") names too little to find its figure by.
  if (whole && contentWords(whole[1], true).length >= 2) return { words: whole[1].trim(), end: share.end + whole[0].trimEnd().length, soft: true };
  if (after) {
    const rest = text.slice(share.end + after[0].length);
    const paren = /^\s*\(\s*/u.exec(rest);
    const written = paren ? tokens.find((t) => t.kind === 'count' && t.start === share.end + after[0].length + paren[0].length) : undefined;
    const widened = /^\s*\(\s*(?:kể cả|tính cả|bao gồm cả|gồm cả)(?![\p{L}])/iu.test(rest);
    // "chiếm 71,3% số gia súc, gia cầm giết mổ (822.210 con)": a name that lists its nouns with a comma, its figure written
    // after it in the part's unit, is one name, and that figure is its whole.
    const listed = written ? undefined : /^\s*,\s*(?!(?:tăng|giảm|đạt|bằng|so với|vượt|cao|thấp|trong đó|gồm)(?![\p{L}]))([\p{L}][\p{L} ]{1,40}?)\s*\(\s*(?=\d)/iu.exec(rest);
    const its = listed ? tokens.find((t) => t.kind === 'count' && t.start === share.end + after[0].length + listed[0].length) : undefined;
    if (listed && its && unitAfter(text, its) && !unitsDiffer(unitAfter(text, its), unitAfter(text, part)) && /^[^()\d]{0,20}\)/u.test(text.slice(its.end))) {
      return { words: `${after[1].trim()}, ${listed[1].trim()}`, written: its, end: share.end + after[0].length + listed[0].trimEnd().length - 1 };
    }
    return { words: after[1].trim(), written, end: share.end + after[0].trimEnd().length, ...(widened ? { widened } : {}) };
  }
  // "trong số đảng viên có vi phạm, 21 đồng chí phải thi hành kỷ luật": a base named, not counted, before the part.
  const head = text.slice(0, part.start);
  const clause = Math.max(head.lastIndexOf(';'), head.lastIndexOf('.'), head.lastIndexOf('('));
  const opener = /(?:^|[\s,])trong\s+(?:tổng\s+)?số\s+([^\d,;.()%:]{3,60}?)\s*,[^,;]*$/iu.exec(head.slice(clause + 1));
  if (opener) return { words: opener[1].trim() };
  // "Trong chi thường xuyên, chi sự nghiệp giáo dục 236.410 triệu đồng, chiếm 53,56%": the sentence opens on the whole
  // its parts are of. "Trong năm 2024, …", "Trong đó, …" open on a time or a list, not on a whole.
  const sentence = Math.max(head.lastIndexOf('.'), head.lastIndexOf(';'));
  const topic = /^\s*(?:[-+•]\s*)?trong\s+(?!đó|số|năm|nhiệm kỳ|kỳ|thời gian|giai đoạn|quý|tháng|tuần|quá trình|lĩnh vực|công tác|những|các|thời kỳ)([^\d,;.()%:]{3,60}?)\s*,[^,;]*$/iu.exec(head.slice(sentence + 1));
  if (topic) return { words: topic[1].trim(), soft: true };
  return undefined;
}

/**
 * Whether a figure answers to a base's name: every content word of the name stands in the figure's noun phrase
 * (the words after it up to the clause's end) or in its clause before it ("thi hành kỷ luật 71 đảng viên" answers
 * to "đảng viên bị kỷ luật"). `strict` asks for them all after the figure ("33 đảng viên có vi phạm").
 */
export function answersTo(text: string, t: Token, words: string[], strict: boolean, years: string[] = [], aspects: string[] = []): boolean {
  // A figure per something ("truyền số liệu 10 phút/lần", "23 sản phẩm/năm") is a rate, never what a share is of.
  if (!words.length || perUnit(text, t)) return false;
  // The noun phrase after a figure ends at the next figure or "và": "chi đầu tư 200 triệu đồng và chi thường xuyên
  // 400 …" — "chi thường xuyên" is 400's name, not 200's. So does it at a list's colon: "5.917,62 ha chia ra: vườn cây
  // kinh doanh …" names the first item, not the whole.
  const tail = /^[^,;.():\d]*/u.exec(text.slice(t.end))![0].split(/\svà\s/u)[0];
  // A parenthesis inside the noun phrase details it ("thuyền viên (thuyền trưởng, máy trưởng, thủy thủ) 187 người"): its
  // commas end no clause, and its words name the details, not the figure.
  const head = text.slice(0, t.start).replace(/\([^()]*\)(?=[^()]*$)/gu, (s) => ' '.repeat(s.length));
  let cut = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf('. '), head.lastIndexOf('('), head.lastIndexOf(':'), head.search(/\svà\s[^\d]*$/u));
  // Two acts joined by a comma name one figure ("đã đánh giá, phân loại 59 HTX", "phát hiện, lập biên bản 1.426 trường
  // hợp"): a short segment with no figure before the comma belongs to the clause.
  const joined = head[cut] === ',' ? /(?:^|[,;:(.])\s*([^\d,;:().]{2,30})$/u.exec(head.slice(0, cut)) : undefined;
  if (joined && joined[1].trim().split(/\s+/).length <= 4) cut -= joined[1].length + 1;
  const clause = `${head.slice(cut + 1)} ${tail}`;
  // A year in the name must be the figure's own ("năm 2021 có 3.498/3.556 đảng viên tham gia học tập").
  if (years.some((y) => !clause.includes(y))) return false;
  const have = new Set(contentWords(strict ? tail : clause, true));
  if (!words.every((w) => have.has(w))) return false;
  if (otherTrade(words, strict ? tail : clause)) return false;
  // "số hồ sơ đã giải quyết" is not the figure of "hồ sơ phải giải quyết": an act the name says done, due or pending
  // is not the same act said otherwise in the figure's clause.
  const own = aspectsIn(clause);
  return !aspects.length || !own.length || own.some((a) => aspects.includes(a));
}

/**
 * "kim ngạch xuất nhập khẩu" is not the "kim ngạch xuất khẩu" (nor "nhập khẩu") a name says: trade both ways is one
 * compound. Whether a phrase holds it where the name's words want one way.
 */
export function otherTrade(words: string[], phrase: string): boolean {
  return words.includes('khẩu') && !(words.includes('xuất') && words.includes('nhập')) && /xuất\s*,?\s*nhập\s+khẩu/iu.test(phrase);
}

/** Words saying whether an act is done, due or pending ("đã", "phải", "đang", "chưa", "cần"), as written in a phrase. */
export const aspectsIn = (phrase: string): string[] => phrase.toLowerCase().match(/(?<![\p{L}])(?:đã|phải|đang|chưa|cần)(?![\p{L}])/gu) ?? [];

/** Whether a part of a "trong đó" list answers to a name with its whole's words and its own ("trong đó còn sống 1.562 người"). */
export function answersAsPart(text: string, t: Token, words: string[]): boolean {
  const head = text.slice(0, t.start);
  const opened = /\d[\d.,]*\s+([^\d,;.()]{2,60}?),\s*(?:trong đó|gồm|bao gồm|chia ra)\s*:?\s+([^\d,;.()]*)$/iu.exec(head);
  if (!opened) return false;
  // The whole may be named before its figure: "Tổng số lao động đến ngày 31/12/2024 là 3.418 người, gồm khối trực tiếp
  // sản xuất 3.046 người" answers to "lao động trực tiếp".
  const clause = head.slice(0, opened.index);
  const named = clause.slice(Math.max(clause.lastIndexOf(';'), clause.search(/\.\s[^.]*$/u), clause.lastIndexOf(':')) + 1).replace(/\d[\d./,]*/gu, ' ');
  const tail = /^[^,;.()\d]*/u.exec(text.slice(t.end))![0];
  const have = new Set(contentWords(`${named} ${opened[1]} ${opened[2]} ${tail}`, true));
  return words.every((w) => have.has(w));
}

/** The years a name holds. */
export const yearsIn = (name: string) => name.match(/(?:19|20)\d{2}/g) ?? [];
