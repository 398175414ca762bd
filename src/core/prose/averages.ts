// "126 căn nhà … tổng kinh phí 6.300 triệu đồng, bình quân 50 triệu đồng/căn", "38 lớp với 1.710 học viên, bình quân
// 45 học viên/lớp": an average is the total over the count, both written before it in its sentence — the total in the
// average's own unit, the count of the noun after its slash. Averages are written loosely ("khoảng", rounded down), so
// only one off by more than a unit of its last digit is wrong; anything less is left alone.
import { sentenceAround } from './periods';
import type { Token } from './tokens';

export interface AverageReading {
  average: Token;
  total: Token;
  count: Token;
}

const AVERAGE = /bình quân\s+(?:(?:mỗi|một)\s+[\p{L}]+(?:\s+[\p{L}]+)?\s+)?(?:là\s+|đạt\s+)?(\d[\d.,]*)\s+([\p{L}]+(?:\s+[\p{L}]+)?)\s*\/\s*([\p{L}]+(?:\s+[\p{L}]+)?)/giu;

export function averagesIn(text: string, tokens: Token[]): AverageReading[] {
  const out: AverageReading[] = [];
  for (const m of text.matchAll(AVERAGE)) {
    const at = m.index!;
    const average = tokens.find((t) => t.start === at + m[0].indexOf(m[1], 9) && t.kind === 'count');
    if (!average?.value) continue;
    const { start } = sentenceAround(text, at);
    const before = tokens.filter((t) => t.kind === 'count' && t.start >= start && t.end <= at && t.value);
    const unit = m[2].toLowerCase();
    const noun = m[3].toLowerCase().split(/\s+/)[0];
    const followedBy = (t: Token, word: string) => text.slice(t.end).trimStart().toLowerCase().startsWith(word);
    const totals = before.filter((t) => followedBy(t, unit));
    const counts = before.filter((t) => followedBy(t, noun) && !totals.includes(t));
    // One total and one count, or the reading is a guess.
    if (totals.length !== 1 || counts.length !== 1 || counts[0].value!.equals(0)) continue;
    out.push({ average, total: totals[0], count: counts[0] });
  }
  return out;
}
