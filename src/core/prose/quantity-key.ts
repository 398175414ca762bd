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
// only introduces the act.
const FILLER = new Set(['tổng', 'số', 'là', 'có', 'đã', 'được', 'hiện', 'nay', 'tính', 'đến', 'ngày', 'thời', 'điểm', 'năm', 'tháng', 'trong', 'tại', 'với', 'và', 'đồng', 'chí', 'người', 'đ', 'c', 'lúc', 'vào', 'cả', 'liệu', 'nhiệm', 'kỳ', 'giai', 'đoạn', 'thực']);

/**
 * The key of a count: its phrase's content words. The phrase before it starts after the last clause mark or
 * linking word ("với", "và", "gồm", "trong đó"): what stands before those belongs to another noun.
 */
export function quantityKey(text: string, t: Token, sentenceStart: number): Set<string> {
  const head = text.slice(sentenceStart, t.start);
  const marks = [...head.matchAll(/[,;:()]|(?<![\p{L}])(?:với|và|gồm|bao gồm|trong đó|chia ra)(?![\p{L}])/giu)];
  const own = marks.length ? head.slice(marks.at(-1)!.index! + marks.at(-1)![0].length) : head;
  const tail = /^[^,;.():]*/u.exec(text.slice(t.end))![0].slice(0, 50);
  const words = `${own} ${tail}`
    .replace(/\d[\d.,/]*\s*%?/g, ' ')
    .replace(SCOPE, ' ')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w && !FILLER.has(w));
  return new Set(words);
}

/** The key a heading names ("Số liệu đảng viên tính đến 30/11/2025" → đảng viên): its words without dates and fillers. */
export function headingKey(heading: string): Set<string> {
  const words = heading
    .replace(/\d[\d.,/]*/g, ' ')
    .replace(SCOPE, ' ')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w && !FILLER.has(w));
  return new Set(words);
}

/** "Đầu năm 2024" and "cuối năm 2024" are two dates: the word before a year is part of the period. */
export function periodQualifier(text: string, sentenceStart: number, at: number): string {
  // "Từ đầu nhiệm kỳ đến nay" is a span from the start, not a date at the start.
  const m = [...text.slice(sentenceStart, at).matchAll(/(?<![\p{L}])(?<!từ\s)(đầu|cuối|giữa)\s+(?:năm|nhiệm kỳ|kỳ)/giu)];
  return m.length ? m.at(-1)![1].toLowerCase() : '';
}

export function sameKey(a: Set<string>, b: Set<string>): boolean {
  return a.size > 0 && a.size === b.size && [...a].every((w) => b.has(w));
}
