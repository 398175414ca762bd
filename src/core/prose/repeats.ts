// The same quantity written twice: a footnote or an annex restating a body figure ("Đến 31/3/2025, tổng số
// đảng viên toàn Đảng bộ huyện là 3.621 đồng chí" against "Đến 31/3/2025, Đảng bộ huyện có 3.612 đảng viên").
// Two mentions are one quantity only when they name the same period, their units agree, the words of the
// shorter phrase all stand in the longer one (so "khối cơ quan" never meets "khối doanh nghiệp"), and the two
// values differ as a slip of the keyboard does (a digit, two digits swapped): values far apart are more
// likely two quantities than one mistyped.
import { typoKind } from '../localize/reasons';
import type { Exact } from '../numbers/exact';
import { periodsIn } from '../table/periods';
import type { Paragraph } from './document';
import { sentenceAround } from './periods';
import { summingParagraphs } from './summary-section';
import { aheadParagraphs } from './ahead-section';
import { isComparisonFigure, unitAfter, unitsAgree, type Unit } from './phrases';
import { headingKey, nounPhraseAfter, ownActs, periodQualifier, quantityKey, sameKey, sharedActs } from './quantity-key';
import { significantDigits, Token, tokenize } from './tokens';
import { COMPARED_PERIOD } from './compared-periods';

export interface Mention {
  p: number;
  token: Token;
  words: Set<string>;
  /** The words after the figure, up to the clause's end: its noun and qualifiers ("tổ chức cơ sở đảng"). */
  tail: Set<string>;
  period: string;
  unit?: Unit;
  /** Its own noun phrase's words, the subject and fillers left out (quantity-key.ts). */
  key: Set<string>;
  /** "đầu", "cuối": which end of the period. */
  end: string;
  /** Written in a footnote or an annex, where a body figure is restated. */
  note: boolean;
  /** Where the parenthesis that dates it ends ("(số liệu tại thời điểm 30/9/2024)"): the reading shows it. */
  datedUntil?: number;
  /** Said of the present ("hiện có", "hiện nay"): a count of the day of writing, not of the period's end. */
  present: boolean;
  /** Widened by a parenthesis after it ("1.162,4 tỷ đồng (bao gồm cả tiền chậm nộp)"): a larger quantity. */
  widened: boolean;
  /** Written where the report sums up its body (summary-section.ts). */
  summing: boolean;
  /** Another figure of the same noun has its value: a quantity of its own, not a slip of a third figure. */
  echoed: boolean;
  /** A target set where the report sets its tasks ahead (ahead-section.ts): not a result written again. */
  ahead: boolean;
  /** An item of a list of targets ("Chỉ tiêu giao tại Nghị quyết số 01/NQ-ĐHĐCĐ: doanh thu 248 tỷ đồng; …"): a target, no result. */
  listed: boolean;
}

const STOP = new Set(['là', 'có', 'của', 'các', 'và', 'được', 'trong', 'đó', 'với', 'theo', 'đến', 'ngày', 'năm', 'nhiệm', 'kỳ', 'thời', 'điểm', 'đồng', 'chí', 'người', 'tổng', 'số', 'toàn', 'cộng', 'gồm', 'tại', 'đã', 'trên', 'này', 'như', 'sau', 'giai', 'đoạn', 'đ/c', 'lượt', 'bị', 'mới']);

const NAMES_NOTHING = /(?<![\p{L}])(?:tóm lại|nhìn chung|nói chung|như vậy|qua đó|nhờ đó|từ đó|mặc dù|dù|tuy|toàn (?:tỉnh|huyện|xã|phường|thị trấn|thành phố|thị xã))(?![\p{L}])/giu;
// "hiện có", "hiện nay": a count of the day of writing, which may not be the period's.
const PRESENT = /(?<![\p{L}])hiện\s+(?:có|nay|tại|đang|còn)(?![\p{L}])/iu;
// The term of a standard ("theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025") dates the standard, not the figure.
const STANDARD_TERM = /theo\s+chuẩn\s[^,;:.()]{0,40}?(?:giai đoạn|nhiệm kỳ|năm)\s+[\d\s–-]+/giu;
const DOCUMENT_DATE = /(?<![\p{L}])số\s+[\p{L}\d./-]*\d[\p{L}\d./-]*\s+ngày\s+\d{1,2}\/\d{1,2}\/\d{4}/giu;

// Any period named after "so với" ("so với thời điểm 31/12/2022") is the one compared with.
const COMPARED_WITH = new RegExp(String.raw`so với\s+${COMPARED_PERIOD}`, 'giu');

export function mentionsIn(paragraphs: Paragraph[]): Mention[] {
  const out: Mention[] = [];
  const summing = summingParagraphs(paragraphs);
  const ahead = aheadParagraphs(paragraphs);
  paragraphs.forEach((para, p) => {
    const text = para.text;
    const tokens = tokenize(text);
    // The key of the last item of a series of years ("năm 2018 kết nạp 1.096, năm 2019 là 1.187"), by sentence.
    let series: { sentence: number; key: Set<string> } | undefined;
    for (const t of tokens) {
      // A figure compared with ("giảm từ 38 … năm 2023") belongs to another period than its sentence's.
      // Small counts repeat by chance; an amount written to two or three decimals ("4,963 tỷ đồng") does not.
      if (t.kind !== 'count' || !t.value || (t.value.compare(10) < 0 && (t.decimals ?? 0) < 2) || isComparisonFigure(text, t)) continue;
      const sentence = sentenceAround(text, t.start);
      const from = Math.max(sentence.start, t.start - 90);
      // Start on a word: a phrase cut inside "Kiểm" would read "iểm".
      const head = text.slice(from === sentence.start ? from : text.indexOf(' ', from) + 1, t.start);
      const cut = Math.max(head.lastIndexOf(';'), head.lastIndexOf('('), head.lastIndexOf(')'));
      const tail = nounPhraseAfter(text, t.end);
      // Words that sum up or link, and the whole the report speaks of ("Tóm lại, năm 2025 toàn tỉnh tiếp nhận …"), name
      // nothing of what is counted.
      const phrase = `${head.slice(cut + 1)} ${tail}`.replace(/\d[\d.,/]*\s*%?/g, ' ').replace(NAMES_NOTHING, ' ').toLowerCase();
      const split = (x: string) => new Set(x.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w && !STOP.has(w)));
      const words = split(phrase);
      const tailWords = split(tail.replace(/\d[\d.,/]*\s*%?/g, ' '));
      // The period that governs the figure is named in its own clause: a term named before a semicolon belongs to the
      // clause it stands in ("Đề án … giai đoạn 2023 - 2025; tổng số lượt … cả nhiệm kỳ là 241").
      const clauseStart = Math.max(sentence.start, text.lastIndexOf(';', t.start) + 1);
      // A list item led by its period ("- Năm 2021: …; …; …") is of that period in every clause.
      // A period named after "so với" is the one compared with, not the figure's own ("tăng 05 … so với năm 2023 là 33
      // tổ chức) và 169 đảng viên").
      // So is the date of a document cited ("theo Nghị định số 07/2021/NĐ-CP ngày 27/01/2021"): it dates that decree, not the figure.
      const ownPeriods = text
        .slice(clauseStart, t.start)
        .replace(/so với\s+(?:cùng kỳ\s+)?(?:năm|nhiệm kỳ|giai đoạn|kỳ)\s+[\d\s–-]+/giu, (x) => ' '.repeat(x.length))
        .replace(COMPARED_WITH, (x) => ' '.repeat(x.length))
        .replace(DOCUMENT_DATE, (x) => ' '.repeat(x.length))
        .replace(STANDARD_TERM, (x) => ' '.repeat(x.length));
      // A date written after the figure in a parenthesis ("3.867 đồng chí (số liệu tại thời điểm 30/9/2024)") is its own.
      const dated = /^[^.;()]{0,40}\(\s*(?:số liệu(?:\s+[^\d\s();,.]+){0,6}?\s+)?(?:tại thời điểm|tính đến|đến ngày|đến|tại)\s+(?:ngày\s+)?(\d{1,2}\/\d{1,2}\/\d{4})[^()]*\)/iu.exec(text.slice(t.end));
      // So is a period its noun phrase ends on ("sửa chữa 185 nhà tình nghĩa giai đoạn 2020 - 2024"), where its clause
      // names none before it.
      const trailing = /^[^\d,;.()]{0,40}?(?<![\p{L}])((?:giai đoạn|nhiệm kỳ)\s+(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}|năm\s+(?:19|20)\d{2})(?![\d])/iu.exec(text.slice(t.end));
      const after = trailing && !/(?<![\p{L}])(?:so với|tăng|giảm|hơn|bằng|đạt)(?![\p{L}])/iu.test(trailing[0]) ? trailing[1] : '';
      const period = (dated && periodsIn(dated[1]).at(-1)?.label) || (periodsIn(ownPeriods).at(-1)?.label ?? ((after && periodsIn(after).at(-1)?.label) || leadPeriod(text)));
      let key = quantityKey(text, t, sentence.start, true);
      let unit = unitAfter(text, t);
      // A figure with no unit of its own, in a sentence whose figures all count one thing ("trong tổng số 41.836 đảng
      // viên có khối … 24.517 đảng viên; khối cơ quan 9.863; …"), counts that thing too.
      if (!unit) {
        const counted = tokens.filter((x) => x.kind === 'count' && x.start >= sentence.start && x.end <= sentence.end && unitAfter(text, x));
        const units = counted.map((x) => unitAfter(text, x)!);
        // So does a part of a "trong đó" list whose total is written with its unit ("kết nạp 612 đảng viên; trong đó năm
        // 2021 kết nạp 143, …").
        const opened = counted.length === 1 && counted[0].end < t.start && /(?<![\p{L}])(trong đó|gồm|bao gồm|chia ra)(?![\p{L}])/iu.test(text.slice(counted[0].end, t.start));
        // So does a figure of the same act as the one figure with a unit before it ("kết nạp 104 đảng viên; năm 2021
        // kết nạp 19, …").
        const lead = counted.length === 1 && counted[0].end < t.start ? quantityKey(text, counted[0], sentence.start) : undefined;
        const sameAct = !!lead && key.size > 0 && [...key].every((w) => lead.has(w));
        // Not money for one with a noun of its own after it ("126 món chi" among amounts in "tỷ đồng").
        const ownNoun = tailWords.size > 0 && units[0]?.cls === 'money';
        if ((units.length >= 2 || opened || sameAct) && units.every((u) => u.word === units[0].word) && !ownNoun) {
          unit = units[0];
          key = new Set([...key, ...unit.word.split(' ')]);
        }
      }
      // An item of a series that names only its year ("năm 2019 là 1.187") is the series' quantity in that year.
      const own = text.slice(Math.max(sentence.start, text.lastIndexOf(',', t.start) + 1, text.lastIndexOf(';', t.start) + 1), t.start);
      const yearOnly = /^\s*năm\s+(?:19|20)\d{2}\s*(?:là|:)?\s*$/iu.test(own);
      if (yearOnly && series?.sentence === sentence.start && [...key].every((w) => unit?.word.split(' ').includes(w))) key = new Set([...series.key, ...key]);
      else if (/^\s*(?:trong đó\s*:?\s*)?năm\s+(?:19|20)\d{2}(?!\d)/iu.test(own)) series = { sentence: sentence.start, key };
      // "Số liệu đảng viên tính đến 30/11/2025: 468 đồng chí": a figure right after a heading's colon is what the heading names.
      const heading = /([^,;:.()]{3,80}):\s*$/u.exec(text.slice(sentence.start, t.start));
      if (heading && ![...key].some((w) => !unit?.word.split(' ').includes(w))) key = new Set([...headingKey(heading[1]), ...key]);
      out.push({ p, token: t, words, tail: tailWords, period, unit, key, end: periodQualifier(text, sentence.start, t.start), note: para.location !== 'body', datedUntil: dated ? t.end + dated[0].length : undefined, present: PRESENT.test(text.slice(sentence.start, t.start)), widened: /^[^.;()]{0,40}\(\s*(?:bao gồm cả|kể cả|tính cả|gồm cả)(?![\p{L}])/iu.test(text.slice(t.end)), summing: summing[p], echoed: false, ahead: ahead[p] && isTarget(text, t, clauseStart, sentence.start), listed: !ahead[p] && isTarget(text, t, -1, sentence.start) });
    }
  });
  // Small counts coincide by chance ("còn 14 hộ", "giảm 14 hộ"): only a figure of three digits or more echoes.
  for (const m of out) m.echoed = significantDigits(m.token) >= 3 && out.some((x) => x !== m && sameNoun(x, m) && x.token.value!.equals(m.token.value!));
  return out;
}

// Words that set a target ("Tuyển sinh 1.138 học viên … để hoàn thành 100% kế hoạch năm", "phấn đấu kết nạp 120 …").
const TARGET = /(?<![\p{L}])(?:phấn đấu|để hoàn thành|dự kiến|ít nhất|tối thiểu|chỉ tiêu|kế hoạch)(?![\p{L}])/iu;

// A sentence that opens by naming the targets it lists ("Chỉ tiêu năm 2024 theo Nghị quyết …: doanh thu 248 tỷ đồng; …"),
// not what they came to ("Các chỉ tiêu chủ yếu đều vượt kế hoạch: hàng qua cảng đạt …").
// A subject may put them forward first ("Hội đồng quản trị trình … các chỉ tiêu kế hoạch năm 2025: …"), and a decision
// may assign them ("Quyết định số 125/QĐ-UBND ngày 12/3/2024 giao: …").
const TARGET_LIST = /^[^\p{L}]*(?:[^:.;]{0,80}?(?<![\p{L}])(?:trình|thông qua|đề ra|giao)\s+)?(?:các\s+)?(?:chỉ tiêu|kế hoạch|mục tiêu)(?![\p{L}])(?:(?!(?:đạt|vượt|hoàn thành|thực hiện|kết quả)(?![\p{L}]))[^:.;])*:|^[^\p{L}]*(?:quyết định|nghị quyết|kế hoạch|văn bản)\s+số\s+[^:;]{0,60}?(?<![\p{L}])giao\s*:/iu;

/**
 * A figure set as a target: its sentence opens as a list of targets, or (given a clause, in the tasks ahead) its clause
 * sets one; and it is no baseline the target starts from ("từ 21.468 hội viên (đến 30/6/2026)") nor a value in a
 * parenthesis ("(năm 2023: 398,3 triệu đồng)"), which restate results.
 */
function isTarget(text: string, t: Token, clauseStart: number, sentenceStart: number): boolean {
  const semicolon = text.indexOf(';', t.end);
  const clause = clauseStart < 0 ? '' : text.slice(clauseStart, semicolon < 0 ? text.length : semicolon);
  const head = text.slice(0, t.start);
  return (TARGET.test(clause) || TARGET_LIST.test(text.slice(sentenceStart, t.start))) && head.lastIndexOf('(') <= head.lastIndexOf(')') && !/(?<![\p{L}])từ\s*$/iu.test(head);
}

/** The noun written right after both figures is one ("428 cụm loa địa bàn", "482 cụm loa phủ sóng"). */
function sameNoun(a: Mention, b: Mention): boolean {
  const [ta, tb] = [[...a.tail], [...b.tail]];
  return !!ta.length && ta[0] === tb[0] && (ta.length < 2 || tb.length < 2 || ta[1] === tb[1]);
}

/** The period a paragraph opens with ("- Năm 2021:", "Nhiệm kỳ 2020 - 2025,"), or ''. */
function leadPeriod(text: string): string {
  const lead = /^\s*[-–+•]?\s*((?:năm|nhiệm kỳ|giai đoạn)\s[^:,;.]{1,25})[:,]/iu.exec(text);
  return lead ? (periodsIn(lead[1]).at(-1)?.label ?? '') : '';
}

/**
 * Words that make a category of their own: "hoàn thành tốt nhiệm vụ" is not "hoàn thành nhiệm vụ", "không hoàn
 * thành" is neither, "đảng viên nữ" is not "đảng viên". One noun phrase having one the other lacks makes two quantities.
 * "sắc" stands for "xuất sắc": "xuất" alone is also "sản xuất", "xuất khẩu", "sốt xuất huyết".
 */
const DISTINCT = new Set(['tốt', 'sắc', 'không', 'khá', 'yếu', 'kém', 'nữ', 'trẻ', 'chấp', 'thường']);

// What an amount of money is ("doanh thu dịch vụ công ích" is not "giá trị nghiệm thu dịch vụ công ích"): two amounts
// each named by one of these and not by the other's are two quantities, whatever words of what they are of they share.
const AMOUNT_HEADS = [['doanh', 'thu'], ['giá', 'trị'], ['chi', 'phí'], ['lợi', 'nhuận'], ['kinh', 'phí'], ['dư', 'nợ'], ['thu', 'nhập'], ['vốn'], ['nộp']];
const headsOf = (m: Mention) => AMOUNT_HEADS.filter((h) => h.every((w) => m.key.has(w))).map((h) => h.join(' '));
function otherAmounts(a: Mention, b: Mention): boolean {
  const [x, y] = [headsOf(a), headsOf(b)];
  return x.length > 0 && y.length > 0 && !x.some((h) => y.includes(h));
}

const TIME_WORDS = new Set(['thời', 'điểm', 'đầu', 'cuối', 'đại', 'hội', 'trước', 'sau', 'khi', 'lúc']);
// A key must name what is counted, not only an act ("kết nạp"): one of the nouns counted in these reports.
const NOUNS = new Set(['viên', 'chức', 'bộ', 'đảng', 'lớp', 'đơn', 'cuộc', 'lượt', 'hiệu']);

/** Its key names what is counted, not only an act: a noun of these reports, its unit's noun, or money. */
function namesCounted(m: Mention): boolean {
  // The noun written right after the figure ("2.247 trẻ", "26 vụ") is what it counts, whatever the subject.
  // Its key must say more than that noun ("trẻ sinh ra", not "dự án" alone).
  const noun = [...m.tail].slice(0, 2);
  const counted = !!noun.length && m.key.has(noun[0]) && [...m.key].some((w) => !noun.includes(w));
  return [...m.key].some((w) => NOUNS.has(w)) || counted || (!!m.unit && (m.unit.word === 'đồng' || m.unit.word.split(' ').some((w) => m.key.has(w))));
}

/**
 * The dates at which the body states its stocks ("Đến ngày 31/12/2024, toàn Đảng bộ có …", "tính đến 30/6/2025"): an
 * undated figure of the body may stand at any of them.
 */
export function stockDates(paragraphs: Paragraph[]): Set<string> {
  const out = new Set<string>();
  for (const para of paragraphs.filter((x) => x.location === 'body')) {
    for (const m of para.text.matchAll(/(?<![\p{L}])(?:đến|tính đến|hết|thời điểm|tại thời điểm)\s+(?:ngày\s+)?(\d{1,2}\/\d{1,2}\/\d{4})/giu)) {
      for (const d of periodsIn(m[1])) if (d.kind === 'date') out.add(d.label);
    }
  }
  return out;
}

export function sameQuantity(a: Mention, b: Mention, dates: Set<string> = new Set(), reviewed = ''): boolean {
  // A stock restated at a date may stand beside the body's undated figure, when the body states its stocks at no
  // other date ("báo cáo nhanh ngày 30/11/2024: 5.247 đảng viên" beside a body whose stocks stand at 31/12/2024 is a
  // figure of another day); two named periods must be one.
  const undatedAt = (dated: string) => /\//.test(dated) && [...dates].every((d) => d === dated);
  // A single digit apart is a slip only where both name the one period: "đến nay … có 386 đảng viên" and a note's "Số
  // liệu đảng viên đến ngày 31/3/2025 là 389" may be two days' counts.
  const oneDigit = slipKind(a, b) !== 'transposition';
  // Two digits swapped between an undated figure and one of the period the report reviews (its title's) are one
  // quantity mistyped: the undated figure is of that period.
  const reviewedAt = (named: string) => !!reviewed && named === reviewed;
  // A stock at the last day of a year is that year's ("Tổng số hội viên đến 31/12/2024 là 38.654 người", "Năm 2024, … số
  // hội viên đạt 38.564 người").
  // Only where the body states its stocks at no other date: a figure of the year may stand at another day of it.
  const yearEnd = (x: string) => ([...dates].every((d) => d === x) ? /^31\/12\/((?:19|20)\d{2})$/u.exec(x)?.[1] : undefined);
  const periods = a.period === b.period || (!!a.period && yearEnd(a.period) === b.period) || (!!b.period && yearEnd(b.period) === a.period) || (!oneDigit && ((!a.period && (undatedAt(b.period) || reviewedAt(b.period))) || (!b.period && (undatedAt(a.period) || reviewedAt(a.period)))));
  if (a.p === b.p || !unitsAgree(a.unit, b.unit) || a.widened !== b.widened || a.ahead !== b.ahead || a.listed !== b.listed) return false;
  if (!slipApart(a, b) || a.token.value!.equals(b.token.value!)) return false;
  for (const w of DISTINCT) if (a.key.has(w) !== b.key.has(w)) return false;
  if (otherAmounts(a, b)) return false;
  if (longSwap(a, b, dates)) return true;
  if (summedUp(a, b, reviewed) || summedUp(b, a, reviewed)) return true;
  if (!periods) return false;
  // Both name the same thing in their own noun phrases, at the same end of the period.
  if (a.end === b.end && sameKey(a.key, b.key) && namesCounted(a)) return true;
  // Two digits swapped between two counts of one act on one unit, at one period ("kiểm tra … 169 đảng viên" in a
  // section, "kiểm tra khi có dấu hiệu vi phạm … 196 đảng viên" in the summary): a phrase naming more of the act does not
  // make another quantity, the swap says one mistyped. One phrase's words must all stand in the other's ("khối doanh
  // nghiệp nhà nước" is never "khối doanh nghiệp tư nhân"). An undated mention stands in the report's own period.
  const sameOrUndated = a.period === b.period || !a.period || !b.period;
  const nested = [...a.key].every((w) => b.key.has(w)) || [...b.key].every((w) => a.key.has(w));
  // An amount of money names no act but what it is of ("thu ngân sách nhà nước", "thu ngân sách"): two words of it shared.
  // Two stocks stated at one date written out ("đến ngày 30/6/2025, Đảng bộ có 612 đảng viên" and a note's "Đến ngày
  // 30/6/2025, Đảng bộ có 621 đảng viên sinh hoạt tại 19 chi bộ") name one thing by the date itself.
  const dated = a.period === b.period && /\//.test(a.period);
  const named = dated || sharedActs(a.key, b.key).length > 0 || (a.unit?.word === 'đồng' && [...a.key].filter((w) => b.key.has(w) && w !== 'tỷ' && w !== 'triệu').length >= 2);
  // An amount of money two of whose words name the same thing ("dư nợ … 68,742 tỷ đồng", "dư nợ ủy thác … 67,842 tỷ
  // đồng") needs no nesting: money of two things seldom shares both words and a swap of two digits.
  const money = a.unit?.word === 'đồng' && (a.token.decimals ?? 0) + (b.token.decimals ?? 0) > 0;
  if (a.end === b.end && sameOrUndated && (nested || money) && a.unit && b.unit && a.unit.word === b.unit.word && slipKind(a, b) === 'transposition' && named && (dated || namesCounted(a))) return true;
  // "trường hợp" counts cases of anything: beside "đồng chí" it is not known to count the same thing.
  if ((a.unit?.word === 'trường hợp') !== (b.unit?.word === 'trường hợp')) return false;
  // Their own noun phrases must not name two different things ("09 đảng bộ cơ sở, 87 chi bộ cơ sở" against "Số
  // doanh nghiệp có tổ chức đảng là 97"): one's words stand in the other's.
  if (a.key.size && b.key.size && ![...a.key].every((w) => b.key.has(w)) && ![...b.key].every((w) => a.key.has(w))) return false;
  const [small, large] = a.words.size <= b.words.size ? [a.words, b.words] : [b.words, a.words];
  // Words only one of them has that set a time ("tại thời điểm Đại hội", "đầu nhiệm kỳ") make two dates.
  if ([...large].some((w) => !small.has(w) && TIME_WORDS.has(w))) return false;
  // With no unit written, only a longer phrase ("đảng viên khối cơ quan") says what is counted.
  if (small.size < (a.unit || b.unit ? 3 : 4)) return false;
  // The nouns after the figures must name one thing: the same words, or words each phrase has in full ("512 nhà"
  // after "nhà ở bị thiệt hại" is "521 nhà ở bị thiệt hại").
  const within = (tail: Set<string>, other: Set<string>) => [...tail].every((w) => other.has(w));
  if (a.tail.size && b.tail.size && !sameKey(a.tail, b.tail) && !(within(a.tail, b.words) && within(b.tail, a.words))) return false;
  for (const w of small) if (!large.has(w)) return false;
  return true;
}

/**
 * Two values one keyboard slip apart. Two different quantities of a report often differ by one digit by chance (57 and
 * 17 members inspected in two sections, 191 and 198 disciplined over two spans); two digits swapped (230 for 203) seldom
 * do. A single digit is taken only where the setting says one quantity: the same noun phrase, in a footnote or annex
 * restating the body.
 */
function slipApart(a: Mention, b: Mention): boolean {
  return restatedSlip(a.token.value!, b.token.value!, a.note !== b.note && sameKey(a.key, b.key), decimalsOf(a, b));
}

// Amounts are compared on every digit written: 352,61 and 325,61 are two digits swapped, not 353 and 326.
const decimalsOf = (a: Mention, b: Mention) => Math.max(a.token.decimals ?? 0, b.token.decimals ?? 0);
const slipKind = (a: Mention, b: Mention) => typoKind(a.token.value!, b.token.value!, decimalsOf(a, b));

/** Two digits swapped; one digit only where a note restates the body (`noteRestates`). */
export function restatedSlip(a: Exact, b: Exact, noteRestates: boolean, decimals = 0): boolean {
  const kind = typoKind(a, b, decimals);
  return kind === 'transposition' || (!!kind && noteRestates);
}


/**
 * Two long figures with two neighbouring digits swapped (6.284 and 6.248 "xe ô tô", 397,1 and 379,1 "triệu USD"),
 * counting one thing in the same words: one phrase's words all stand in the other's. Four digits or more swapped by
 * chance between two quantities of one noun are rare enough that the pair is one quantity mistyped — even where only
 * one of them names its period ("năm 2023 có 1.247 hộ hiến đất" and a note's "1.274 hộ hiến đất"), unless that period
 * is a day the body states no other stock at. Two counts said of different moments are two quantities: one dated by
 * its own parenthesis ("(số liệu đến ngày 30/9/2025)") or said of the present ("hiện có", "hiện nay") and the other not.
 */
function longSwap(a: Mention, b: Mention, dates: Set<string>): boolean {
  const ends = sameEnd(a, b);
  if (slipKind(a, b) !== 'transposition' || significantDigits(a.token) < 4 || significantDigits(b.token) < 4 || !ends) return false;
  const stockDay = (x: string) => !/\//.test(x) || [...dates].every((d) => d === x);
  if (!(a.period === b.period || (!a.period && stockDay(b.period)) || (!b.period && stockDay(a.period)))) return false;
  // With no unit written, the noun right after the figure says what it counts ("6.284 xe", "6.248 xe ô tô").
  // With neither, nothing says what is counted.
  // "người" counts the members a class of person names ("hội viên", "đảng viên"): one unit for this reading.
  const units = a.unit?.word === b.unit?.word || (!!a.unit && !!b.unit && a.unit.cls === b.unit.cls && unitsAgree(a.unit, b.unit));
  if (!units || (!a.unit && (!a.tail.size || [...a.tail][0] !== [...b.tail][0]))) return false;
  if (!a.key.size || !b.key.size || !!a.datedUntil !== !!b.datedUntil || a.present !== b.present) return false;
  // Five digits or more swapped by chance are rarer still: the two phrases may differ by a word each ("Bưu điện tỉnh tiếp
  // nhận 87.591 hồ sơ …" / "87.951 hồ sơ … tiếp nhận qua bưu điện").
  const digits = Math.min(significantDigits(a.token), significantDigits(b.token));
  const missing = (x: Set<string>, y: Set<string>) => [...x].filter((w) => !y.has(w)).length;
  if (digits >= 5 && missing(a.key, b.key) <= 1 && missing(b.key, a.key) <= 1) return true;
  // Or the same noun written right after both ("các hội thành viên tập hợp 18.642 hội viên", "toàn tỉnh mới có 18.462 hội
  // viên"): a noun, not a measure, which names the thing counted.
  if (digits >= 5 && a.tail.size >= 2 && sameKey(a.tail, b.tail) && ![...a.tail].some((w) => MEASURES.has(w))) return true;
  return missing(a.key, b.key) === 0 || missing(b.key, a.key) === 0;
}

const MONEY_WORDS = new Set(['tỷ', 'triệu', 'nghìn', 'đồng']);
const MEASURES = new Set([...MONEY_WORDS, 'tấn', 'ha', 'km', 'kg', 'lít', 'kwh', 'usd', 'm']);

/**
 * A figure where the report sums up (`later`) with two neighbouring digits of a body figure before it swapped, counting
 * the same noun at the same period: the body's result written again and mistyped.
 */
function summedUp(later: Mention, body: Mention, reviewed = ''): boolean {
  if (!later.summing || body.summing || body.p >= later.p) return false;
  if (slipKind(later, body) !== 'transposition' || significantDigits(later.token) < 3 || significantDigits(body.token) < 3) return false;
  // With no noun after either figure, the unit and the words before it say what is counted ("Tổng số đoàn viên … đạt
  // 98.456 người", "đoàn viên … 98.546 người").
  // A count of persons by its generic unit ("lao động … là 3.418 người") is the noun a summary writes after its figure
  // ("việc làm cho 3.481 lao động").
  const persons = (x: Mention, y: Mention) => x.unit?.word === 'người' && !x.tail.size && sameKey(x.key, y.tail);
  const counted = sameNoun(later, body) || (!later.tail.size && !body.tail.size && !!later.unit && later.unit.word === body.unit?.word && sameKey(later.key, body.key)) || persons(body, later);
  // Money's noun ("triệu", "tỷ") names no thing: two words of what it is of must be one ("chi ngân sách địa phương").
  const money = later.unit?.word === 'đồng' || body.unit?.word === 'đồng';
  if (!counted || (money && [...later.key].filter((w) => body.key.has(w) && !MONEY_WORDS.has(w)).length < 2)) return false;
  // Each naming an act the other does not ("giới thiệu việc làm cho 186 lao động", "giải quyết việc làm cho 168 lao
  // động"): two counts.
  if (ownActs(later.key, body.key).length && ownActs(body.key, later.key).length) return false;
  const ends = sameEnd(later, body);
  // A stock at a year's last day is that year's ("nuôi dưỡng 186 đối tượng" at 31/12/2024, "Năm 2024, … 168 đối tượng").
  const yearOf = (x: string) => /^31\/12\/((?:19|20)\d{2})$/u.exec(x)?.[1] ?? x;
  // An undated figure is of the period the report reviews, not of a year before it that the other's clause names
  // ("cùng với nguồn chuyển tiếp từ cuối năm 2023, đã hỗ trợ sinh kế cho 164 hộ" beside the year's 146 hộ).
  const start = /^(?:19|20)\d{2}/u.exec(reviewed)?.[0];
  const before = (x: string) => !!start && /^(?:19|20)\d{2}$/u.test(yearOf(x)) && yearOf(x) < start;
  // Nor of a span other than the one reviewed ("185 nhà tình nghĩa giai đoạn 2020 - 2024" in the report on 2019 - 2024).
  const otherSpan = (x: string) => !!reviewed && /[-–]/u.test(x) && x !== reviewed;
  const undated = (x: Mention, other: Mention) => !x.period && !before(other.period) && !otherSpan(other.period);
  // A count said of the present ("Hiện nay, Hiệp hội có 412 hội viên") is what an undated summary ends the period on
  // ("Hiệp hội phát triển lên 421 hội viên"), when the nouns after both say the same in full.
  const present = later.present === body.present || (body.present && !later.period && !body.period && sameKey(later.tail, body.tail));
  return ends && (yearOf(later.period) === yearOf(body.period) || undated(later, body) || undated(body, later)) && present && !!later.datedUntil === !!body.datedUntil;
}

/**
 * A stock written with no end of its period is the period's closing one ("198.652 người" of the congress, "đến cuối
 * nhiệm kỳ … 198.562 hội viên"); an opening one ("đầu nhiệm kỳ") is another quantity.
 */
function sameEnd(a: Mention, b: Mention): boolean {
  return a.end === b.end || (!a.end && b.end === 'cuối') || (!b.end && a.end === 'cuối');
}
