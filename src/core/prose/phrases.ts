// What a figure counts, as a clerk reads it: the classifier or unit written after it ("41 đảng viên",
// "12 lớp", "07 đ/c"), and whether it is a figure of the claim or one it is compared with ("so với năm
// 2023 (153 đảng viên)", "tăng 15 đảng viên"), which never heads a breakdown or serves as a share's base.
import type { Token } from './tokens';

export type UnitClass = 'person' | 'org' | 'class' | 'event' | 'place' | 'thing' | 'money' | 'measure';

/** Units, most specific first; a generic person unit (người, đồng chí, đ/c) agrees with every person noun. */
const UNITS: [RegExp, string, UnitClass][] = [
  [/^(đảng viên)/iu, 'đảng viên', 'person'],
  [/^(học viên)/iu, 'học viên', 'person'],
  [/^(cấp ủy viên|cấp uỷ viên|ủy viên|uỷ viên)/iu, 'ủy viên', 'person'],
  [/^(cán bộ|công chức|viên chức)/iu, 'cán bộ', 'person'],
  [/^(đoàn viên|hội viên)/iu, 'đoàn viên', 'person'],
  // "vị": the classifier of respected persons ("52 vị ủy viên", "Ban Thường trực 05 vị").
  [/^(người|đồng chí|đ\/c|vị)(?![\p{L}])/iu, 'người', 'person'],
  // A household's members: counted beside households ("2.317 hộ, 8.964 nhân khẩu"), never with them.
  // Not "khẩu hiệu" (a slogan banner).
  [/^(nhân khẩu|khẩu(?!\s+hiệu))(?![\p{L}])/iu, 'nhân khẩu', 'person'],

  [/^(tổ chức cơ sở đảng|tổ chức đảng|tổ chức|tccsđ)/iu, 'tổ chức', 'org'],
  [/^(đảng bộ)/iu, 'đảng bộ', 'org'],
  [/^(chi bộ)/iu, 'chi bộ', 'org'],
  [/^(tổ đảng)/iu, 'tổ đảng', 'org'],
  [/^(đơn vị)/iu, 'đơn vị', 'org'],
  // The branches of the mass organizations and the bodies staff count beside them.
  [/^(chi hội|chi đoàn|cơ sở hội|cơ sở đoàn)(?![\p{L}])/iu, 'chi hội', 'org'],
  [/^(hợp tác xã|tổ hợp tác|doanh nghiệp)(?![\p{L}])/iu, 'doanh nghiệp', 'org'],
  [/^(trường)(?![\p{L}])(?!\s+hợp)/iu, 'trường', 'org'],
  [/^(lớp)(?![\p{L}])/iu, 'lớp', 'class'],
  // "1.146 cuộc tuyên truyền với 48.372 lượt người dự": events are not the times persons attended them.
  [/^(cuộc|đợt|hội nghị)(?![\p{L}])/iu, 'cuộc', 'event'],
  [/^(lượt)(?![\p{L}])/iu, 'lượt', 'event'],
  // Delegations of citizens ("06 đoàn đông người (68 người)"), not the Youth Union's members.
  [/^(đoàn)(?![\p{L}])(?!\s+(?:viên|thanh niên))/iu, 'đoàn', 'event'],
  [/^(trường hợp)(?![\p{L}])/iu, 'trường hợp', 'thing'],
  [/^(đơn|vụ)(?![\p{L}])/iu, 'đơn', 'thing'],
  // Places at three levels: a district's communes are not a commune's hamlets ("07 xã" is no share of "112 ấp").
  [/^(xã|phường|thị trấn)(?![\p{L}])/iu, 'xã', 'place'],
  [/^(ấp|khu phố|khóm|khu vực|thôn|bản|tổ dân phố)(?![\p{L}])/iu, 'ấp', 'place'],
  [/^(huyện|thị xã|thành phố|quận)(?![\p{L}])/iu, 'huyện', 'place'],
  [/^(huy hiệu)/iu, 'huy hiệu', 'thing'],
  [/^(hộ)(?![\p{L}])/iu, 'hộ', 'thing'],
  [/^(con)(?![\p{L}])/iu, 'con', 'thing'],
  [/^(căn|ngôi nhà|căn nhà)(?![\p{L}])/iu, 'căn', 'thing'],
  [/^(mô hình)(?![\p{L}])/iu, 'mô hình', 'thing'],
  // "(60 chỉ tiêu)" is a quota of whatever the sentence counts, not a unit of its own.
  [/^(tiêu chí)(?![\p{L}])/iu, 'tiêu chí', 'thing'],
  // Money is a measure: it adds only to money, and a share of money is of money.
  [/^(triệu đồng|tỷ đồng|nghìn đồng|ngàn đồng|đồng)(?![\p{L}])/iu, 'đồng', 'money'],
  // Foreign money adds only to the same money.
  [/^(triệu USD|tỷ USD|nghìn USD|USD|triệu đô la Mỹ|triệu đô la)(?![\p{L}])/iu, 'USD', 'money'],
  [/^(ha|héc ta|hecta)(?![\p{L}])/iu, 'ha', 'measure'],
  [/^(km|ki-lô-mét|mét|m2|m²)(?![\p{L}])/iu, 'km', 'measure'],
  // Weight, volume and energy: tons add only to tons ("284.960 tấn, gồm: qua đại lý cấp 1 là 201.350 tấn; …").
  [/^(tấn)(?![\p{L}])/iu, 'tấn', 'measure'],
  [/^(m³|m3)(?![\p{L}\d])/iu, 'm³', 'measure'],
  [/^(lít)(?![\p{L}])/iu, 'lít', 'measure'],
  [/^(triệu kWh)(?![\p{L}])/iu, 'triệu kWh', 'measure'],
  [/^(kWh)(?![\p{L}])/iu, 'kWh', 'measure'],
  [/^(MW)(?![\p{L}])/u, 'MW', 'measure'],
];

export interface Unit {
  word: string;
  cls: UnitClass;
  /** For money, the scale written with it ("tỷ", "triệu", "nghìn", or "" for đồng alone). */
  scale?: string;
}

/** The scales money is written in ("tỷ đồng", "ngàn USD"): they say how much, not of what. */
export const MONEY_SCALES = ['tỷ', 'triệu', 'nghìn', 'ngàn'];

/**
 * A count opening a parenthesis with its share after a comma ("Hoa Kỳ (9.120 tấn, 86,52% lượng xuất khẩu)"): the share
 * is of that count, and the words after it name the whole.
 */
export function parenShare(text: string, count: Token, share: Token): boolean {
  return /\(\s*$/u.test(text.slice(0, count.start)) && /^\s*[\p{L}][\p{L} ]{0,20},\s*$/u.test(text.slice(count.end, share.start));
}

/** The unit written right after a figure, if any. */
export function unitAfter(text: string, token: Token): Unit | undefined {
  return unitOf(text.slice(token.end));
}

/** The unit a phrase starts with ("tổ chức đảng được kiểm tra" → tổ chức), if any. */
export function unitOf(phrase: string): Unit | undefined {
  const start = phrase.replace(/^\s+/, '');
  for (const [re, word, cls] of UNITS) {
    const m = re.exec(start);
    if (m) return cls === 'money' ? { word, cls, scale: /^(triệu|tỷ|nghìn|ngàn)/iu.exec(m[1])?.[1].toLowerCase().replace('ngàn', 'nghìn') ?? '' } : { word, cls };
  }
  return undefined;
}

/**
 * Two units agree when they are the same word, or one is the generic word of the other's class
 * ("người" with "đảng viên"; "tổ chức" with "chi bộ", a kind of organization). No unit agrees with anything:
 * the clerk then reads the noun from the sentence.
 */
export function unitsAgree(a: Unit | undefined, b: Unit | undefined): boolean {
  if (!a || !b) return true;
  // "1,186 tỷ đồng" and "954 triệu đồng" are one measure at two scales: figures written so are not compared as they stand.
  if (a.word === b.word) return a.scale === b.scale;
  // "trường hợp" counts cases of whatever the sentence speaks of: members disciplined, letters, organizations.
  // Never an amount of money or a measure: cases are counted, not paid or measured.
  const amount = (u: Unit) => u.cls === 'money' || u.cls === 'measure';
  if ((a.word === 'trường hợp' || b.word === 'trường hợp') && !amount(a) && !amount(b)) return true;
  // An organization is named by its place: "13 đảng bộ trực thuộc (07 huyện, …)", "09 đơn vị (08 xã, 01 thị trấn)".
  const orgOrPlace = (u: Unit) => u.cls === 'org' || u.cls === 'place';
  if (orgOrPlace(a) && orgOrPlace(b) && a.cls !== b.cls) return true;
  if (a.cls !== b.cls) return false;
  const generic = (u: Unit) => u.word === 'người' || u.word === 'tổ chức';
  return generic(a) || generic(b);
}

/** Units that certainly differ: both written, and not agreeing. */
export function unitsDiffer(a: Unit | undefined, b: Unit | undefined): boolean {
  return !!a && !!b && !unitsAgree(a, b);
}

// "từ" compares only when a figure follows it ("từ 36.318 lên 38.207"); "từ đầu nhiệm kỳ … là 4.169", "từ năm 2019
// đến nay kết nạp 5.181" name a span of time, and the figure after them is the claim's own.
// Not the words that hold them: "văn bằng" (a diploma, a patent), "tăng cường" (to strengthen), "gia tăng" in a name
// ("thuế giá trị gia tăng 3,48 tỷ đồng"), nor "tăng thêm" naming
// what is added ("tổng vốn cấp mới và tăng thêm của các dự án là 3.215,4 tỷ đồng") rather than followed by its figure.
const COMPARISON_BEFORE = /(?<![\p{L}])((?<!gia\s)tăng(?!\s+cường)(?!\s+thêm\s+(?!so\s)\p{L})|giảm|so với|(?<!văn\s)bằng|vượt|hơn|kém|gấp|từ(?=\s*\d))(?![\p{L}])(?:[^,;()]{0,50})$/iu;

/** The way a change's verb points: "giảm", "ít hơn", "thấp hơn", "hụt" down; "tăng", "nhiều hơn", "cao hơn" up. */
export function signOf(verb: string): 1 | -1 {
  return /^(?:giảm|ít hơn|thấp hơn|hụt)$/iu.test(verb.trim()) ? -1 : 1;
}

/**
 * A figure the claim is compared with, or a change, not a quantity of its own: after "tăng", "giảm",
 * "so với", "từ", or inside a parenthesis that follows a comparison ("so với năm 2023 (153 đảng viên)",
 * "64 (năm 2022: 52)", "chỉ tiêu (600 đảng viên)").
 */
export function isComparisonFigure(text: string, token: Token): boolean {
  const head = text.slice(0, token.start);
  // "từ 12 tháng trở lên 101.383 triệu đồng": a band's bound, no change from one value to another.
  if (/(?<![\p{L}])trở\s+(?:lên|xuống)\s*$/iu.test(head)) return false;
  const open = head.lastIndexOf('(');
  // A colon opens the items of what came before it ("hoàn thành vượt mức các chỉ tiêu: số việc công chứng 12.846 việc").
  const clauseStart = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf('.'), head.lastIndexOf(':'), open);
  // "đạt và vượt chỉ tiêu với 436 đảng viên mới": "với" brings the claim's own figure after the comparison's words.
  const compared = COMPARISON_BEFORE.exec(head.slice(clauseStart + 1));
  // "giảm còn 2.247 trẻ", "tăng lên 412 hội viên": the value reached is the claim's own, not the change or the earlier one.
  const reached = /(?<![\p{L}])(?:còn|lên|lên đến|lên mức)\s*$/iu.test(head) && !/(?<![\p{L}])từ\s+\d[\d.,]*[^,;()\d]{0,20}(?:xuống|lên)?\s*(?:còn|lên)?\s*$/iu.test(head.slice(clauseStart + 1));
  if (compared && !reached && !(/^(vượt|hơn|kém|bằng)/iu.test(compared[1]) && /\svới\s*$/iu.test(compared[0]))) return true;
  if (open > head.lastIndexOf(')')) {
    const inside = head.slice(open + 1);
    // "64 (năm 2022: 52)": a year's value in a parenthesis after a figure is the figure compared with; after words
    // ("giảm dần qua các năm (năm 2020: 24, năm 2021: 21, …)") it is an item of a series.
    if (/^\s*(năm|nhiệm kỳ|kỳ|giai đoạn|cùng kỳ)[^:]*:\s*$/iu.test(inside) && /\d[\d.,]*\s*%?[^\d()]{0,25}$/u.test(head.slice(Math.max(0, open - 40), open))) return true;
    const beforeParen = head.slice(Math.max(0, open - 60), open);
    if (/(so với|chỉ tiêu|kế hoạch|dự toán|đầu nhiệm kỳ|đầu năm)[^,;()]*$/iu.test(beforeParen) && /^\s*$/u.test(inside)) return true;
  }
  return false;
}

/**
 * Whether a change written at `at` can speak of the figure ending at `end`: the two stand at one level of
 * parentheses ("(361 học viên, tăng 56 học viên so với năm 2021)"), or the change is in a parenthesis opened after
 * the figure ("kết nạp 1.262 (giảm 34 đảng viên so với năm 2022)"). A figure inside a parenthesis closed before
 * the change is a detail of the figure before that parenthesis: "492 tổ chức (gồm 168 …, 324 …), giảm 42 đơn vị"
 * speaks of 492, not of 324.
 */
/** Whether a position stands inside a parenthesis opened after `from` and not closed before it. */
export function insideParens(text: string, at: number, from = 0): boolean {
  const head = text.slice(from, at);
  return head.lastIndexOf('(') > head.lastIndexOf(')');
}

/**
 * A figure an average brings ("bình quân 16,35 triệu đồng/hộ", "bình quân mỗi năm 26,2 đảng viên": up to `words`
 * words between): a rate, never a whole, nor the value a change of a total leads to.
 */
export function isAverage(text: string, t: Token, words = 3): boolean {
  let average = AVERAGE_BEFORE.get(words);
  if (!average) AVERAGE_BEFORE.set(words, (average = new RegExp(`(?:bình quân|trung bình)(?:\\s+[\\p{L}]+){0,${words}}\\s*$`, 'iu')));
  return average.test(text.slice(Math.max(0, t.start - 30), t.start));
}
const AVERAGE_BEFORE = new Map<number, RegExp>();

/** A figure per something ("1,35 triệu đồng/tấn", "353 chuyến/ngày", "23 sản phẩm/năm"): a rate or a price. */
export function perUnit(text: string, t: Token): boolean {
  return /^\s*[\p{L}]+(?:\s+[\p{L}]+)?\s*\/\s*\p{L}/u.test(text.slice(t.end, t.end + 40));
}

/** A phrase's words, lower-cased, without digits or marks. */
export function wordsIn(phrase: string): string[] {
  return phrase.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
}

/** The one or two words right after a figure ("hồ sơ", "học sinh"), lower-cased: the noun a clerk reads it with. */
export function nounAfter(text: string, end: number): string | undefined {
  return /^\s*([\p{L}]+(?:\s+[\p{L}]+)?)/u.exec(text.slice(end))?.[1].toLowerCase();
}

/** The one word right after a figure, lower-cased, across a slash ("12 vụ" → vụ, "86 vụ/112 …" → vụ, "86/" no word). */
export function wordAfter(text: string, end: number): string | undefined {
  return /^\s*\/?\s*([\p{L}]+)/u.exec(text.slice(end))?.[1].toLowerCase();
}

/**
 * Of the figures that may be the value compared, those counting the noun the value compared with names ("38 chuỗi …
 * với 356 sản phẩm, tăng 26,66% so với năm 2022 (30 chuỗi)": 38); all of them when none does or it names none.
 */
export function countingAsCompared(text: string, compared: Token, figures: Token[]): Token[] {
  const noun = wordAfter(text, compared.end);
  const same = noun ? figures.filter((t) => wordAfter(text, t.end) === noun) : [];
  return same.length ? same : figures;
}

export function speaksOf(text: string, end: number, at: number): boolean {
  let depth = 0;
  for (let i = end; i < at; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth < 0) return false;
  }
  return depth <= 1;
}

/** The length of text between two positions, not counting what stands in parentheses. */
export function distanceOutsideParens(text: string, from: number, to: number): number {
  return text.slice(from, to).replace(/\([^()]*\)/g, '').length;
}
