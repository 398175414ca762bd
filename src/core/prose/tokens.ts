// The numbers of a sentence, told apart: counts, percentages, fractions, and what only looks like a figure
// (dates, years, terms, document numbers such as 38-KL/TW, age bands such as 18 - 30 tuổi).
import type { Exact } from '../numbers/exact';
import { parseNumberText } from '../numbers/parse';
import { periodsIn } from '../table/periods';

export type TokenKind = 'count' | 'percent' | 'fraction' | 'ambiguous' | 'placeholder' | 'other';

/** How many digits a figure is written with, leading zeros left out ("05" → 1, "2.564" → 4): how likely a slip by chance. */
export const significantDigits = (t: Token): number => t.text.replace(/\D/g, '').replace(/^0+/, '').length;

export interface Token {
  start: number;
  end: number;
  text: string;
  kind: TokenKind;
  value?: Exact;
  decimals?: number;
  /** Fractions: part and whole. */
  whole?: Exact;
  /** Ambiguous percentages such as "5.577%": the reading as a count. */
  asCount?: Exact;
  /** Why a figure-like token is no figure, where a reader needs to know: a period label ("năm 2021: 78") may open a
   * breakdown's item, a document number may not. */
  why?: 'year' | 'date' | 'duration' | 'threshold' | 'age' | 'ordinal' | 'per' | 'code';
}

// A figure ends on a digit (or %): "2445," and "516/520," leave their commas behind.
const CANDIDATE = /\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2}|20\.{3})|\d(?:[\d.,]*\d)?\s*\/\s*(?:\d(?:[\d.,]*\d)?|\.{3}|…)|\d(?:[\d.,]*\d)?(?:\s*%)?|\.{3,}|…/gu;
const DATE_WORD_BEFORE = /(?<![\p{L}])(ngày|đợt|dịp|hôm|sáng|chiều|tối|từ|đến)(\s+(các|những))?\s*(\d{1,2}\/\d{1,2}\s*(,|và)\s*)*$/iu;
// A day named before its date ("ngày Thương binh - Liệt sĩ 27/7", "dịp Quốc khánh 2/9", "ngày truyền thống lực lượng
// TNXP 15/7"): a holiday's day and month, not a part of a whole.
const NAMED_DAY_BEFORE = /(?<![\p{L}])(?:ngày|dịp|lễ|kỷ niệm)\s+[\p{Lu}\p{Ll}][^\d,;.()%:]{2,50}\(?\s*$/iu;
// A place named by a day ("Quảng trường 3/2", "Đường 30/4", "Sân vận động 19/8", "Trường THPT Chuyên 19/5"): its
// name, not a part of a whole.
const NAMED_PLACE_BEFORE = /(?<![\p{L}])(?:Quảng trường|Đường|Phố|Công viên|Sân vận động|Cầu|Chợ|Bến xe|Nhà văn hóa|Nhà thi đấu|Trường(?:\s+[\p{Lu}][\p{L}]*){0,3})\s*$/u;
const DATE_LIST_AFTER = /^(\s*(,|và)\s*\d{1,2}\/\d{1,2}(?!\/))*\s*(,|và)\s*\d{1,2}\/\d{1,2}\/\d{4}/u;
const DOCREF_AFTER = /^(?:[-–]?[A-ZĐ]{1,6}[-/]|[-/][A-ZĐ]|\/\d{2,4}\/|[a-zđ]?\/[A-ZĐ]|-[A-ZĐ]{1,6}\b)/u;
const YEAR_BEFORE = /(năm|nhiệm kỳ|giai đoạn|khóa|khoá|đến|từ|tháng|quý|ngày|cuối|đầu|trong|niên độ|kỳ)\s*$/iu;
const AGE_AFTER = /^\s*(năm\s+)?tuổi/iu;
const RANGE_AFTER = /^\s*[-–]\s*\d/u;
const RANGE_BEFORE = /\d\s*[-–]\s*$/u;
const DOCNO_BEFORE = /(số|số hiệu|ký hiệu|mã)\s*$/iu;
// The number of an article, a clause, a document or a conference names it, it counts nothing: "Điều 32 Điều lệ
// Đảng", "khoản 2", "Kết luận 38", "Quy định 124", "Hội nghị lần thứ 8". A document's name is written with a capital:
// "kết luận 33 đảng viên có vi phạm" and "bị kỷ luật 02" are a verb and a noun before a count.
// Roads are named by number too: "Quốc lộ 61", "đường tỉnh 926", "ĐT.912"; so are the criteria of a standard ("tiêu chí số
// 17.1").
const NAME_NUMBER_BEFORE = /(?<![\p{L}])(Điều|điều|(?<!\d\s{0,3})[Tt]iêu chí|khoản|Khoản|Mục|Chương|Phần|Phụ lục|Biểu|Mẫu|Quy định|Nghị quyết|Chỉ thị|Kết luận|Hướng dẫn|Quyết định|Thông tư|Nghị định|Thông báo|Công văn|Kế hoạch|Luật|lần thứ|khóa|khoá|Huy hiệu|huy hiệu|[Qq]uốc lộ|[Tt]ỉnh lộ|[Hh]uyện lộ|[Hh]ương lộ|[Đđ]ường tỉnh|[Đđ]ường huyện|[Đđ]ường số|QL|ĐT|ĐH)\.?\s*(số\s*)?$/u;
// A number after a noun and before a verb names one of them, it counts nothing: "lớp 1 có 61 học viên", "đợt 2 là
// 45 đảng viên", "tổ 3: 12 hộ" (a count comes before its noun: "61 học viên").
const ORDINAL_BEFORE = /(?<![\p{L}])(lớp|đợt|khóa|khoá|tổ|nhóm|cụm|ấp|khu phố|khu vực|phần|bước|giai đoạn|đối tượng|loại|hạng|mức)\s*$/iu;
const ORDINAL_AFTER = /^\s*(có|là|đạt|gồm|được|với|:)(?![\p{L}])/iu;
const NUMBERED_BEFORE = /(?<![\p{L}])(?!(?:tổng|trong|với|có|là|các|những|theo|một|và|chiếm|đạt|bằng|của|thiểu|đa|con|chữ|hệ|mã|ký|kí|tỷ)\s)[\p{L}]+\s+số\s*$/iu;
const COUNTED_AFTER = /^\s*(?:đồng chí|đảng viên|người|tổ chức|chi bộ|đơn vị|lớp|cuộc|lượt|trường hợp|%)(?![\p{L}])/iu;
// Not a level's name with its count after it ("trung cấp 14", "sơ cấp 58").
const LEVEL_BEFORE = /(?<![\p{L}])(?<!(?:cao|trung|sơ|thượng)\s+)(?:cấp|hạng|bậc|cấp độ|mức độ)\s*$/iu;
// A day and month with no year ("năm 2025 (đến 31/5)", "ngày 12/3") is a date, not a part of a whole.
const DATE_BEFORE = /(ngày|đến|từ|hết|tính đến|trước|sau|tháng)\s*$/iu;
// A threshold qualifies a noun, it counts nothing: "chi bộ có từ 15 đảng viên trở lên", "trên 10 lao động".
const THRESHOLD_BEFORE = /(?<![\p{L}])(từ|trên|dưới|ít nhất|tối thiểu|tối đa|không quá)\s*$/iu;
const THRESHOLD_AFTER = /^[^\d,;.()%]{0,30}?(trở lên|trở xuống)/iu;
const BAND_BEFORE = /(?<![\p{L}])(?:dưới|trên|từ|đến|tới)\s*$/iu;
const BAND_AFTER = /^\s*(?:(?:đến|tới)\s*\d[\d.,]*\s*)?(?!(?:lên|xuống|còn|so|và|hoặc|là|đạt)(?![\p{L}]))[\p{L}]+(?:\s+(?!(?:lên|xuống|còn|so|và|hoặc|là|đạt)(?![\p{L}]))[\p{L}]+)?\s+\d/iu;
// "6 tháng đầu năm 2024", "02 năm liền": a length of time is a period, not a figure; so is a length that names a
// category of a list ("Huy hiệu 30 năm: 31, 40 năm: 15", "30 năm 71, 40 năm 26", "30 năm tuổi Đảng 73").
// "đã qua 21 ngày", "trong vòng 48 giờ", "quá hạn 15 ngày": a span of days or hours a thing lasts, not a count of things.
// So is a span of years or months a plan has run ("Sau 04 năm thực hiện Kế hoạch …").
const SPAN_OF_DAYS = (before: string, after: string) => /(?<![\p{L}])(?:qua|sau|trong|vòng|quá|hạn|kéo dài|tối đa)\s*$/iu.test(before) && (/^\s*(?:ngày|tuần|giờ|phút)(?![\p{L}])/iu.test(after) || /^\s*(?:năm|tháng)\s+(?:thực hiện|triển khai|hoạt động|thi hành|áp dụng)(?![\p{L}])/iu.test(after));
const DURATION_AFTER = /^\s*(tháng|năm liền|năm liên tục|năm liên tiếp|quý|năm\s*:|năm(?:\s+tuổi\s+đảng)?\s+(?=\d))(?![\p{L}])/iu;
// "3 sao 48 sản phẩm": a rating names a category, it counts nothing.
const CATEGORY_AFTER = /^\s*sao(?![\p{L}])/iu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const raw = m[0];
    const start = m.index!;
    const end = start + raw.length;
    const before = text.slice(Math.max(0, start - 24), start);
    const after = text.slice(end, end + 24);
    const token = (kind: TokenKind, extra: Partial<Token> = {}): Token => ({ start, end, text: raw, kind, ...extra });

    // A month and its year ("thành lập tháng 5/2024", "từ 10/2023") is a date as well.
    const monthYear = /^(\d{1,2})\/((?:19|20)\d{2})$/.exec(raw);
    // "tháng 4 đạt 11.906 tấn", "quý 3 đạt …", "tháng 12/2024 đạt …": a month or a quarter named by its number.
    const named = /(?<![\p{L}])tháng\s*$/iu.test(before) ? /^(?:0?[1-9]|1[0-2])(?:\/(?:19|20)\d{2})?$/.test(raw) : /(?<![\p{L}])quý\s*$/iu.test(before) && /^0?[1-4]$/.test(raw);
    if (named || /^\d{1,2}\/\d{1,2}\//.test(raw) || (/^\d{1,2}\/\d{1,2}$/.test(raw) && DATE_BEFORE.test(before) && isDayMonth(raw)) || (monthYear && Number(monthYear[1]) >= 1 && Number(monthYear[1]) <= 12 && !/^\s*[\p{L}]/u.test(after))) {
      out.push(token('other', { why: 'date' }));
      continue;
    }
    if (/^(\.{3,}|…)$/.test(raw) || /\.{3}|…/.test(raw) || /^(\.{3}|…)/.test(after) || /(\.{3}|…)$/.test(before)) {
      out.push(token('placeholder'));
      continue;
    }
    // "tài khoản định danh điện tử mức độ 2", "kiểm định cấp độ 3": a level is named, nothing counted.
    if (/^\d$/.test(raw) && /(?<![\p{L}])(?:mức độ|cấp độ)\s*$/iu.test(before)) {
      out.push(token('other', { why: 'ordinal' }));
      continue;
    }
    // "bảo dưỡng cấp 1, 172 lượt bảo dưỡng cấp 2 và 38 lượt", "đại lý cấp 1 (tăng 08 đại lý)": a level named where its
    // phrase ends. A count after "cấp" (to issue) has its noun after it ("cấp 12 giấy phép") or a leading zero ("cấp 02,").
    if (/^[1-9]\d?$/.test(raw) && LEVEL_BEFORE.test(before) && /^\s*(?:[,;.()]|và(?![\p{L}])|hoặc(?![\p{L}])|$)/u.test(after)) {
      out.push(token('other', { why: 'ordinal' }));
      continue;
    }
    if (!raw.includes('%') && !raw.includes('/') && ORDINAL_BEFORE.test(before) && ORDINAL_AFTER.test(after)) {
      out.push(token('other', { why: 'ordinal' }));
      continue;
    }
    // A road's length is no road's number: "đường huyện 62,3 km" (a decimal, or a unit of length after it).
    const length = /,\d/.test(raw) || /^\s*(?:km|ki-lô-mét|mét|m)(?![\p{L}\d])/iu.test(after);
    if (!raw.includes('%') && !raw.includes('/') && NAME_NUMBER_BEFORE.test(before) && !length && !/^\s*(đồng chí|đảng viên|người|tổ chức|chi bộ|đơn vị|lớp|cuộc|lượt|trường hợp)(?![\p{L}])/iu.test(after)) {
      // "Huy hiệu 30 năm" names a class of badges by a length of time, like the "40 năm" items after it.
      // A criterion's number ("tiêu chí số 3") is one of a series, like an ordinal: the figure's share may follow it.
      out.push(token('other', /huy hiệu\s*$/iu.test(before) ? { why: 'duration' } : /tiêu chí\s*(?:số\s*)?$/iu.test(before) ? { why: 'ordinal' } : {}));
      continue;
    }
    // "Nhà máy cán số 1 công suất …", "bão số 3", "lò số 4": a thing numbered after its noun is named, not counted. Not
    // a whole's count ("tổng số 45", "trong số 38 …", "với số 12 …").
    if (/^[1-9]\d?$/.test(raw) && NUMBERED_BEFORE.test(before) && !COUNTED_AFTER.test(after)) {
      out.push(token('other', { why: 'ordinal' }));
      continue;
    }
    // "Nhà máy Đăk Pô Kô 1 (18 MW)", "Thủy điện Sông Hinh 2, …": one digit after a proper name, closing its phrase, numbers
    // that name. A count has its noun after it ("huyện Sơn Tịnh 03 xã").
    if (/^[1-9]$/.test(raw) && /(?<![\p{L}])\p{Lu}\p{Ll}*\s+\p{Lu}\p{Ll}*\s+$/u.test(before) && !/[.:;!?]\s*\p{Lu}\p{Ll}*\s+\p{Lu}\p{Ll}*\s+$/u.test(before) && /^\s*(?:[(),;]|và(?![\p{L}])|$)/u.test(after)) {
      out.push(token('other', { why: 'code' }));
      continue;
    }
    // "xe hạng C1", "chứng nhận 4C", "mạng 5G", "xe 4 chỗ": one or two digits glued to a letter, or a vehicle's seats,
    // name a class, as an ordinal does; a document's number ("12A/QĐ", "33-CT/TW") is left for what it is.
    const glued = /[A-Za-zĐđ]$/.test(before) || /^\p{Lu}/u.test(after) || (/(?<![\p{L}])xe\s*$/iu.test(before) && /^\s*chỗ(?![\p{L}])/iu.test(after));
    if (glued && /^\d{1,2}$/.test(raw) && !DOCREF_AFTER.test(after) && !/^[-–/]/.test(after)) {
      out.push(token('other', { why: 'code' }));
      continue;
    }
    // Part of a word or a code: "Chỉ thị 33-CT/TW", "96/20.../QH", "Nghị định 30/2020/NĐ-CP".
    if (DOCREF_AFTER.test(after) || /[A-Za-zĐđ]$/.test(before) || (DOCNO_BEFORE.test(before) && /^\s*[-–/]/.test(after))) {
      out.push(token('other'));
      continue;
    }
    // "các đợt 03/02, 19/5 và 07/11/2024": days of the year in a list of dates, not parts of wholes. So is a day and month
    // that could be no part of a whole, with no noun counted after it ("tiếp nhận hồ sơ 24/7, …": round the clock).
    const dayMonth = /^(\d{1,2})\/(\d{1,2})$/.exec(raw);
    const noPart = !!dayMonth && Number(dayMonth[1]) > Number(dayMonth[2]) && !/^\s*[\p{L}]/u.test(after);
    if (dayMonth && Number(dayMonth[1]) >= 1 && Number(dayMonth[1]) <= 31 && Number(dayMonth[2]) >= 1 && Number(dayMonth[2]) <= 12 && (noPart || DATE_WORD_BEFORE.test(before) || DATE_LIST_AFTER.test(after) || NAMED_DAY_BEFORE.test(text.slice(Math.max(0, start - 60), start)) || NAMED_PLACE_BEFORE.test(before))) {
      out.push(token('other', { why: 'date' }));
      continue;
    }
    if (raw.includes('/')) {
      const parsed = parseNumberText(raw);
      if (parsed.kind === 'fraction' && !/^\/\d{4}/.test(after)) out.push(token('fraction', { value: parsed.part.value, whole: parsed.whole.value }));
      else out.push(token('other'));
      continue;
    }
    const digits = raw.replace(/\s*%$/, '');
    // Years and terms are periods, not figures; so are age bands ("18 - 30 tuổi") and ages ("30 năm tuổi Đảng").
    if (/^(19[4-9]\d|20[0-4]\d)$/.test(digits) && (YEAR_BEFORE.test(before) || RANGE_AFTER.test(after) || RANGE_BEFORE.test(before) || periodsIn(`${before}${raw}${after}`).length > 0 && /[-–]\s*$/.test(before))) {
      out.push(token('other', { why: 'year' }));
      continue;
    }
    if (/^(19[4-9]\d|20[0-4]\d)$/.test(digits) && !raw.includes('%') && !/^\s*(đồng chí|đảng viên|người|tổ chức|đơn vị|chi bộ|cán bộ|hộ|lượt|trường hợp)/iu.test(after)) {
      out.push(token('other', { why: 'year' }));
      continue;
    }
    // The lower end of an age band written in words ("từ 40 đến 50 tuổi") is an age too.
    if (!raw.includes('%') && (AGE_AFTER.test(after) || /^\s*(?:[-–]|đến|tới)\s*\d+\s*(năm\s+)?tuổi/iu.test(after) || (RANGE_BEFORE.test(before) && AGE_AFTER.test(after)))) {
      out.push(token('other', { why: 'age' }));
      continue;
    }
    // "5,42 doanh nghiệp/1.000 dân", "bác sĩ/vạn dân": the count a rate is per names the rate's unit, it is no figure.
    // ("168 đơn/142 vụ việc" is two counts: only a power of ten is a rate's base).
    if (/^(?:10|100|1(?:\.000)+)$/.test(raw) && /[\p{L}]\s*\/\s*$/u.test(before)) {
      out.push(token('other', { why: 'per' }));
      continue;
    }
    if (!raw.includes('%') && !raw.includes('/') && CATEGORY_AFTER.test(after)) {
      out.push(token('other', { why: 'ordinal' }));
      continue;
    }
    // A band's bound before its count ("nuôi dưới 50 đàn 812, từ 50 đến 200 đàn 498, trên 200 đàn 176"): the count
    // follows the bound's unit. Not a change's values ("tăng từ 19 lên 27 đại lý").
    if (!raw.includes('%') && BAND_BEFORE.test(before) && BAND_AFTER.test(after)) {
      out.push(token('other', { why: 'threshold' }));
      continue;
    }
    const duration = !raw.includes('%') && (DURATION_AFTER.test(after) || SPAN_OF_DAYS(before, after));
    if (duration || (!raw.includes('%') && THRESHOLD_BEFORE.test(before) && THRESHOLD_AFTER.test(after))) {
      out.push(token('other', { why: duration ? 'duration' : 'threshold' }));
      continue;
    }
    // Both ends of a range ("từ 15 - 20 người") are bounds, not counts.
    if (!raw.includes('%') && (RANGE_AFTER.test(after) || RANGE_BEFORE.test(before))) {
      out.push(token('other'));
      continue;
    }
    // "12,846 tỷ đồng", "3,125 ha": an amount of money or land may have decimals; a count of persons may not.
    const amount = /^\s*(tỷ|triệu|nghìn|ngàn|đồng|ha|héc ta|km|tấn|tạ|kg|m2|m²)(?![\p{L}])/iu.test(after);
    const parsed = parseNumberText(raw, { expectInteger: !raw.includes('%') && !amount });
    if (parsed.kind === 'number') {
      out.push(token(parsed.percent ? 'percent' : 'count', { value: parsed.value, decimals: parsed.decimals }));
    } else if (parsed.kind === 'ambiguous') {
      // "12,846 tỷ đồng", "3,125 ha": an amount of money or land is written with a decimal comma in a Vietnamese draft.
      const decimal = amount ? parsed.readings.find((r) => r.decimals > 0) : undefined;
      if (decimal) {
        out.push(token('count', { value: decimal.value, decimals: decimal.decimals }));
        continue;
      }
      const count = parseNumberText(raw.replace(/\s*%$/, ''), { expectInteger: true });
      out.push(token('ambiguous', { asCount: count.kind === 'number' ? count.value : undefined }));
    } else out.push(token('other'));
  }
  return out;
}

function isDayMonth(raw: string): boolean {
  const [d, m] = raw.split('/').map(Number);
  return d >= 1 && d <= 31 && m >= 1 && m <= 12;
}
