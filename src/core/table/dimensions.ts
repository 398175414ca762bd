// Which dimension a category label belongs to: parts of one dimension are disjoint, of several may overlap.

export type Dimension =
  | 'gender'
  | 'ethnicity'
  | 'religion'
  | 'age'
  | 'education'
  | 'theory'
  | 'rating'
  | 'discipline'
  | 'org-type'
  | 'admin-unit';

const w = (words: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${words})(?![\\p{L}\\p{N}])`, 'iu');

const DIMENSION_WORDS: [Dimension, string][] = [
  ['gender', 'nữ|nam'],
  // "kinh tế", "kinh doanh", "xã hội": words that hold an ethnic group's or a commune's name without naming one.
  ['ethnicity', 'dân tộc|khmer|khơ me|hoa|chăm|kinh(?!\\s+(?:tế|doanh|nghiệm|phí|điển))'],
  ['religion', 'tôn giáo|thiên chúa|công giáo|phật giáo|tin lành|cao đài|hòa hảo|hoà hảo'],
  ['age', 'tuổi|trẻ|thanh niên|dưới \\d+|trên \\d+'],
  ['theory', 'lý luận chính trị|lí luận chính trị|cao cấp|trung cấp lý luận|sơ cấp'],
  ['education', 'trình độ|tiểu học|thcs|thpt|trung học cơ sở|trung học phổ thông|trung cấp|cao đẳng|đại học|thạc sĩ|tiến sĩ|sau đại học|cử nhân|chuyên môn'],
  ['rating', 'hoàn thành|xuất sắc|trong sạch|vững mạnh|không hoàn thành'],
  ['discipline', 'khiển trách|cảnh cáo|cách chức|khai trừ|giáng chức|bãi nhiệm'],
  ['org-type', 'đảng bộ cơ sở|chi bộ cơ sở'],
  ['admin-unit', 'huyện|thị xã|thành phố|xã(?!\\s+hội)|phường|thị trấn'],
];
const DIMENSIONS: [Dimension, RegExp][] = DIMENSION_WORDS.map(([dimension, words]) => [dimension, w(words)]);
/**
 * Any dimension's word anywhere, without the word boundaries: a label none of whose patterns can match (most row
 * labels) is told so by one scan instead of ten, each of which tries its boundaries at every character.
 */
const ANY_DIMENSION_WORD = new RegExp(DIMENSION_WORDS.map(([, words]) => `(?:${words})`).join('|'), 'iu');

// A row named for an organisation or a place ("Chi bộ Trường THPT Buôn Hồ", "Đảng bộ Công an thị xã") is a unit,
// whatever words its name holds.
const UNIT_NAME = /^(đảng bộ|chi bộ|đảng ủy|đảng uỷ|phường|xã|thị trấn|huyện|thị xã|thành phố|quận|ban|sở|ủy ban|uỷ ban|trường|bệnh viện|công an|khối|cụm)\s/iu;

export function dimensionOf(label: string): Dimension | undefined {
  const name = label.trim();
  if (/^(đảng bộ|chi bộ) (cơ sở|bộ phận|trực thuộc)(?![\p{L}])/iu.test(name)) return 'org-type';
  if (UNIT_NAME.test(name)) return 'admin-unit';
  if (!ANY_DIMENSION_WORD.test(label)) return undefined;
  for (const [dimension, pattern] of DIMENSIONS) if (pattern.test(label)) return dimension;
  return undefined;
}

/** Category sets known to cover their parent completely when all present. */
const EXHAUSTIVE: RegExp[][] = [
  [w('nam'), w('nữ')],
  [w('đảng bộ cơ sở'), w('chi bộ cơ sở')],
];

/** Party badges come in regulated classes (30, 40, 45, 50… years): a list of three or more of them is complete. */
const BADGE_CLASS = /huy hiệu\s*\d+\s*năm/iu;

export function isKnownExhaustive(labels: string[]): boolean {
  if (labels.length >= 3 && labels.every((l) => BADGE_CLASS.test(l))) return true;
  return EXHAUSTIVE.some(
    (set) => labels.length === set.length && set.every((pattern) => labels.some((label) => pattern.test(label))),
  );
}

const EXCELLENT = w('xuất sắc');
const GOOD = w('hoàn thành tốt');

export function isExcellentRating(label: string): boolean {
  return EXCELLENT.test(label);
}

export function isGoodRating(label: string): boolean {
  return GOOD.test(label) && !EXCELLENT.test(label);
}
