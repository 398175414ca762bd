// "Thu Quỹ … được 86,42 triệu đồng trên kế hoạch 94,5 triệu đồng, đạt 91,44%", "1.126 hộ trên tổng số 2.318 hộ, chiếm
// 48,58%": a count written "trên" (out of) its whole, the percentage after them. The whole is written, so the share is
// read whatever the sentence around it says; both figures must count in one unit.
import { unitAfter, unitsDiffer } from './phrases';
import type { Token } from './tokens';

export interface OverShare {
  part: Token;
  whole: Token;
  share: Token;
}

const OVER = /(\d[\d.,]*)\s*([\p{L} ]{0,20}?)\s+(?<!cấp\s)trên\s+(?:tổng\s+số\s+|tổng\s+|kế hoạch\s+|chỉ tiêu\s+|dự toán\s+)?(\d[\d.,]*)\s*[\p{L} ]{0,20}?\s*,\s*(?:đạt|chiếm|bằng)\s*(?:tỷ lệ\s*)?(\d[\d,]*\s*%)/giu;

export function overSharesIn(text: string, tokens: Token[]): OverShare[] {
  const out: OverShare[] = [];
  for (const m of text.matchAll(OVER)) {
    const at = (s: string, from: number) => tokens.find((t) => t.start === m.index! + m[0].indexOf(s, from));
    const part = at(m[1], 0);
    const whole = at(m[3], m[1].length + m[2].length);
    const share = at(m[4], m[0].length - m[4].length - 1);
    if (!part?.value || !whole?.value || !share?.value || part.kind !== 'count' || whole.kind !== 'count' || share.kind !== 'percent') continue;
    if (whole.value.equals(0) || part.value.compare(whole.value) > 0 && !/đạt|bằng/iu.test(m[0])) continue;
    if (unitsDiffer(unitAfter(text, part), unitAfter(text, whole))) continue;
    out.push({ part, whole, share });
  }
  return out;
}
