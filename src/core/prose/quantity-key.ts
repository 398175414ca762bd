// What a figure is a quantity of, as a clerk names it to compare two mentions: the words of its own noun phrase
// (the predicate right before it and the noun and qualifiers after it), without the report's own subject
// ("Đảng bộ huyện", "toàn tỉnh"), the words that only introduce a figure ("tổng số", "là", "có", "đã") and the
// period, which is compared on its own. "Tổng số đảng viên toàn Đảng bộ huyện đến ngày 31/5/2025 là 6.401 đồng chí"
// and "…; 58 tổ đảng với 6.410 đảng viên" are both {đảng viên}; "năm 2024 kết nạp 14 đảng viên" and "Năm 2024, Đảng
// bộ đã kết nạp 16 đảng viên" are both {kết nạp, đảng viên}; "khối cơ quan 63" and "khối doanh nghiệp 41" differ.
import type { Token } from './tokens';

// The report's subject and its scope: the whole the report speaks of, never a qualifier of one quantity.
// So are the bodies that act ("cấp ủy và ủy ban kiểm tra các cấp thi hành kỷ luật 1.284 đảng viên"): who disciplined is
// not what is counted.
const SCOPE = /(?:cấp ủy|cấp uỷ|ủy ban kiểm tra|uỷ ban kiểm tra)(?:\s+các cấp)?|(?:của\s+|toàn\s+)?(?:đảng bộ|đảng ủy|đảng uỷ)(?:\s+(?:huyện|tỉnh|xã|phường|thị trấn|thành phố|thị xã|khối|cơ sở))?|toàn\s+(?:tỉnh|huyện|xã|phường|thị trấn|thành phố|thị xã|đảng bộ)/giu;
// Words that introduce a figure or a time without saying what it counts.
// The words of a period ("cả nhiệm kỳ", "giai đoạn") are compared as the period, not as the quantity's name; "thực hiện"
// only introduces the act; "đạt", "còn" only say the figure is reached or left ("thu ngân sách đạt 468,27 tỷ đồng",
// "toàn huyện còn 1.046 hộ nghèo"); "nâng tổng số đảng viên lên 468" only says the total became it; a review's
// headings ("Ưu điểm:", "Hạn chế:", "Kết quả nổi bật:") name no quantity.
const FILLER = new Set(['ưu', 'khuyết', 'hạn', 'chế', 'nổi', 'bật', 'nâng', 'lên', 'đạt', 'còn', 'tổng', 'số', 'là', 'có', 'đã', 'được', 'hiện', 'nay', 'tính', 'đến', 'ngày', 'thời', 'điểm', 'năm', 'tháng', 'trong', 'tại', 'với', 'và', 'đồng', 'chí', 'người', 'đ', 'c', 'lúc', 'vào', 'cả', 'liệu', 'nhiệm', 'kỳ', 'giai', 'đoạn', 'thực', 'mới', 'theo', 'các', 'của', 'những', 'trên']);

/**
 * The key of a count: its phrase's content words. The phrase before it starts after the last clause mark or
 * linking word ("với", "và", "gồm", "trong đó"): what stands before those belongs to another noun.
 * `ownedByWhole`: a part of a whole that names what it counts takes the whole's words too (a repeat is one quantity only
 * as a part of the same whole); a base lookup matches acts alone and leaves them out.
 */
export function quantityKey(text: string, t: Token, sentenceStart: number, ownedByWhole = false): Set<string> {
  const head = text.slice(sentenceStart, t.start);
  const marks = [...head.matchAll(/[,;:()]|(?<![\p{L}])(?:với|và|gồm|bao gồm|trong đó|chia ra)(?![\p{L}])/giu)];
  // "Số trẻ sinh ra giảm còn 2.247 trẻ": the verb that brings the value reached names nothing of what is counted.
  // So does "tăng từ 4.862 lên": the value left behind is the one compared with, the figure is the value reached.
  const own = (marks.length ? head.slice(marks.at(-1)!.index! + marks.at(-1)![0].length) : head)
    .replace(/(?<![\p{L}])(?:tăng|giảm)(?:\s+(?:xuống|lên))?\s+(?:còn|lên)\s*$/iu, ' ')
    .replace(/(?<![\p{L}])(?:tăng|giảm)\s+từ\s+\d[\d.,]*(?:\s+\p{L}+){0,3}?\s+(?:lên|xuống|còn)\s*$/iu, ' ');
  const tail = nounPhraseAfter(text, t.end, true);
  // "thu ngân sách xã hưởng theo phân cấp 6 tháng (2.168,74 triệu đồng)": a value alone in a parenthesis restates the
  // phrase before it, which names what it is.
  if (marks.at(-1)?.[0] === '(' && !own.trim() && /^\s*[\p{L} ]{0,20}\)/u.test(text.slice(t.end))) {
    const open = marks.at(-1)!.index!;
    const phrase = head.slice(0, open).split(/[,;:()]|(?<![\p{L}])(?:với|và|gồm|trong đó)(?![\p{L}])/iu).at(-1) ?? '';
    return new Set(wordsOf(`${phrase} ${tail}`));
  }
  const words = new Set(wordsOf(`${own} ${tail}`));
  // A figure whose own phrase names no more than its unit or its year ("… 09 tổ chức đảng và 34 đảng viên", "Lớp K42A
  // đặt tại …, 48 học viên", "37 lượt luân chuyển gồm: năm 2021: 06 lượt") counts what governs it: the act of the
  // coordination it stands in, the class it belongs to, the act of the list it heads. A part of a breakdown ("trong đó
  // nữ 22") belongs to its whole's owner too, so "nữ" of one class is not "nữ" of another. Only acts and codes are
  // taken from there: the rest of a governing phrase ("Đảng bộ xã hiện có 19 chi bộ … với 486 đảng viên") names the
  // whole the report speaks of.
  const opensPart = (mark: string) => /^(?:trong đó|gồm|bao gồm|chia ra|\()$/iu.test(mark);
  // A figure that names what it counts and is no part of a breakdown needs nothing from before.
  // The noun after the figure may name it ("toàn huyện còn 1.046 hộ nghèo" after a heading's colon).
  if (contentOf(`${own} ${tail}`) > 0 && !(marks.length && opensPart(marks.at(-1)![0]))) return words;
  for (let i = marks.length - 1; i >= 0; i--) {
    // A clause of its own (after ";") speaks of another thing, unless the clauses are the items of a list a heading
    // opens ("Kết nạp đảng viên theo năm: năm 2021: 18; năm 2022: 21; …").
    if (marks[i][0] === ';' && !/^[^;]{3,80}?:/u.test(head)) break;
    const segment = head.slice(i ? marks[i - 1].index! + marks[i - 1][0].length : 0, marks[i].index!);
    // A heading names the figure after its colon ("Quy hoạch Ban Thường vụ … nhiệm kỳ 2025 - 2030: 24 đồng chí"). A
    // sibling count ("27 lớp", "09 tổ chức đảng") is passed over: what governs it governs the figure too.
    const governing = marks[i][0] === ':' ? wordsOf(segment) : governingWords(segment.slice(0, segment.search(/(?<![\p{L}\d])\d|$/u)));
    for (const w of governing) words.add(w);
    if (governing.length) break;
    // A whole that names what it counts ("tổng lượt khách đạt 4.865.200 lượt, trong đó khách quốc tế …") owns its
    // parts: its words name them, and a heading before it ("… đều vượt kế hoạch: …") names the whole's setting only.
    const at = segment.search(/(?<![\p{L}\d])\d/u);
    if (ownedByWhole && opensPart(marks.at(-1)![0]) && marks[i][0] !== ':' && at >= 0 && contentOf(segment.slice(0, at)) > 0) {
      for (const w of wordsOf(segment.slice(0, at))) words.add(w);
      break;
    }
  }
  return words;
}

// The acts that make two counts of one unit two quantities (members admitted, inspected, disciplined, planned,
// rotated, trained …), and codes that name one class or one document of many (K42A).
const ACT_PHRASES = ['kết nạp', 'xử phạt', 'kiểm tra', 'giám sát', 'kỷ luật', 'khai trừ', 'khen thưởng', 'quy hoạch', 'luân chuyển', 'bổ nhiệm', 'điều động', 'đào tạo', 'bồi dưỡng', 'xóa tên', 'xoá tên', 'giải quyết', 'tiếp nhận', 'tố cáo', 'khiếu nại', 'vi phạm', 'tặng', 'trao', 'học tập', 'quán triệt', 'chuyển đến', 'chuyển đi', 'từ trần', 'miễn nhiệm', 'giới thiệu', 'phát triển', 'sản xuất', 'tiêu thụ', 'giao nhận', 'xuất khẩu', 'nhập khẩu', 'thu mua', 'khai thác'];
/** The acts both keys name ("kiểm tra" in {đảng viên, kiểm tra} and {đảng viên, kiểm tra, vi phạm}). */
export function sharedActs(a: Set<string>, b: Set<string>): string[] {
  return ACT_PHRASES.filter((act) => act.split(' ').every((w) => a.has(w) && b.has(w)));
}
/** Acts one key names and the other does not ("giới thiệu việc làm" against "giải quyết việc làm"). */
export function ownActs(a: Set<string>, b: Set<string>): string[] {
  return ACT_PHRASES.filter((act) => act.split(' ').every((w) => a.has(w)) && !act.split(' ').every((w) => b.has(w)));
}
const ACTS = /(?<![\p{L}])(?:kết nạp|xử phạt|kiểm tra|giám sát|kỷ luật|khai trừ|khen thưởng|quy hoạch|luân chuyển|bổ nhiệm|điều động|đào tạo|bồi dưỡng|xóa tên|xoá tên|giải quyết|tiếp nhận|tố cáo|khiếu nại|vi phạm|tặng|trao|học tập|quán triệt|chuyển đến|chuyển đi|từ trần|miễn nhiệm|giới thiệu|phát triển)(?![\p{L}])/giu;
const CODE = /(?<![\p{L}\d])\p{Lu}+\d+[\p{L}\d]*(?![\p{L}\d])/gu;

function governingWords(phrase: string): string[] {
  const acts = [...phrase.matchAll(ACTS)].flatMap((m) => m[0].toLowerCase().split(' '));
  const codes = [...phrase.matchAll(CODE)].map((m) => m[0].toLowerCase());
  return [...acts, ...codes];
}

// "Công tác …" names a field of work, "vẫn còn" a judgement: neither names what a figure counts.
const NAMES_NO_COUNT = /(?<![\p{L}])(?:công tác|vẫn còn|vẫn)(?![\p{L}])/giu;

// The body the report speaks for, named as the subject ("Niên vụ 2023 - 2024 Công ty đạt sản lượng 7.846,2 tấn"), names
// nothing of what is counted; written with its capital, it is told from a count of companies ("12 công ty con"). So does
// a crop year's word, a period as "năm" is.
const SPEAKER = /(?<![\p{L}])(?:Tổng công ty|Công ty|Trung tâm|Ban Quản lý)(?![\p{L}])|(?<![\p{L}])niên vụ(?![\p{L}])/giu;

function wordsOf(phrase: string): string[] {
  return phrase
    .replace(/\d[\d.,/]*\s*%?/g, ' ')
    .replace(SCOPE, ' ')
    .replace(SPEAKER, (x) => (/^\p{Lu}/u.test(x) || /^niên/iu.test(x) ? ' ' : x))
    .replace(NAMES_NO_COUNT, ' ')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w && !FILLER.has(w));
}

// The nouns that are only a count's unit: naming them names nothing of what is counted.
// Units of measure and money name no thing either: "- Than sạch sản xuất: 1.398.650 tấn" is named by its heading.
const UNIT_WORDS = new Set(['đảng', 'viên', 'học', 'cán', 'bộ', 'công', 'chức', 'đoàn', 'hội', 'tổ', 'chi', 'lớp', 'lượt', 'cuộc', 'đợt', 'xã', 'đơn', 'vị', 'người', 'hộ', 'tấn', 'ha', 'km', 'kg', 'lít', 'tỷ', 'triệu', 'nghìn']);

function contentOf(phrase: string): number {
  return wordsOf(phrase).filter((w) => !UNIT_WORDS.has(w)).length;
}

/** The key a heading names ("Số liệu đảng viên tính đến 30/11/2025" → đảng viên): its words without dates and fillers. */
export function headingKey(heading: string): Set<string> {
  const words = heading
    .replace(/\d[\d.,/]*/g, ' ')
    .replace(SCOPE, ' ')
    .replace(NAMES_NO_COUNT, ' ')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w && !FILLER.has(w));
  return new Set(words);
}

/** "Đầu năm 2024" and "cuối năm 2024" are two dates: the word before a year is part of the period. */
export function periodQualifier(text: string, sentenceStart: number, at: number): string {
  // "Từ đầu nhiệm kỳ đến nay" is a span from the start, not a date at the start.
  // "6 tháng đầu năm" is a half year, not the year's start.
  // A clause that names its own date ("…; đến ngày 30/6/2025, Đảng bộ có 612 đảng viên") is not at the end another
  // clause of the sentence named ("Đầu nhiệm kỳ, Đảng bộ có 548 đảng viên; …").
  const clause = text.lastIndexOf(';', at - 1);
  if (clause >= sentenceStart && /\d{1,2}\/\d{1,2}\/\d{4}|(?<![\p{L}])(?:đến nay|hiện nay|hiện có)(?![\p{L}])/iu.test(text.slice(clause, at))) sentenceStart = clause + 1;
  // "So với đầu nhiệm kỳ, tổng số hội viên tăng lên 9.864" names the time compared with, not the figure's.
  const m = [...text.slice(sentenceStart, at).matchAll(/(?<![\p{L}])(?<!từ\s)(?<!tháng\s)(?<!so với\s)(đầu|cuối|giữa)\s+(?:năm|nhiệm kỳ|kỳ)/giu)];
  return m.length ? m.at(-1)![1].toLowerCase() : '';
}

export function sameKey(a: Set<string>, b: Set<string>): boolean {
  return a.size > 0 && a.size === b.size && [...a].every((w) => b.has(w));
}

/**
 * The words after a figure that name what it counts, up to the clause's end or a word that opens another clause ("2.458
 * lao động nhưng phần lớn là lao động phổ thông", "58.571 hồ sơ đã giải quyết vẫn còn 415 …"): at most 50 characters.
 */
export function nounPhraseAfter(text: string, end: number, colon = false): string {
  const whole = (colon ? /^[^,;.():]*/u : /^[^,;.()]*/u).exec(text.slice(end))![0];
  // Cut on a word: a syllable cut off ("hiệu l") names nothing, and a word cut away makes two phrases of one name.
  const clause = whole.length <= 60 ? whole : whole.slice(0, 60).replace(/\s+\S*$/u, '');
  return clause.split(/\s(?:nhưng|song|tuy nhiên|vẫn|mà|thì|khâu)(?![\p{L}])/iu)[0];
}
