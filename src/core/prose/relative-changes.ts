// A change of a count written as a percentage of the previous value: "đạt 225 triệu đồng, tăng 11,1% so với năm
// 2021 (200 triệu đồng/ha)", "tăng từ 25 người (năm 2018) lên 41 người (tăng 16 người, tăng 164%)". The percentage is
// (current − previous) / previous × 100; a percentage change of a share is read as points elsewhere (claims.ts).
import { countingAsCompared, speaksOf, unitAfter, unitsDiffer } from './phrases';
import { sentenceAround } from './periods';
import type { Token } from './tokens';

export interface RelativeChange {
  rate: Token;
  previous: Token;
  sign: 1 | -1;
  /** The value reached, or only the change written beside the rate ("tăng 17 đồng chí, tăng 41,46%"). */
  to: { current: Token } | { change: Token };
}

export function relativeChanges(text: string, tokens: Token[]): RelativeChange[] {
  const out: RelativeChange[] = [];
  const measure = (t: Token) => t.kind === 'count';
  // "tăng 11,1% so với năm 2021 (200 …)": the previous value in the parenthesis after the comparison.
  for (const m of text.matchAll(/(tăng|giảm)\s+(\d[\d,]*\s*%)\s*so với\s+(?:[^().;\d]|(?:19|20)\d{2}){1,40}?\(\s*(\d[\d.,]*)/giu)) {
    const rate = tokens.find((t) => t.kind === 'percent' && t.start === m.index! + m[0].indexOf(m[2]));
    const previous = tokens.find((t) => measure(t) && t.start === m.index! + m[0].lastIndexOf(m[3]));
    if (!rate || !previous?.value || previous.value.equals(0)) continue;
    const { start } = sentenceAround(text, m.index!);
    // "số hội viên thực tăng 1.826 người, tăng 4,95% so với năm 2023 (36.828 hội viên)": the change written right before
    // the rate, in the same direction, is what the rate measures.
    const change = tokens.filter((t) => measure(t) && t.start >= start && t.end <= m.index!).at(-1);
    if (change?.value && new RegExp(`(?<![\\p{L}])${m[1]}\\s*$`, 'iu').test(text.slice(Math.max(0, change.start - 8), change.start)) && /^[^\d;.()]{0,20},\s*$/u.test(text.slice(change.end, m.index!)) && !unitsDiffer(unitAfter(text, change), unitAfter(text, previous))) {
      out.push({ rate, previous, to: { change }, sign: m[1].toLowerCase() === 'giảm' ? -1 : 1 });
      continue;
    }
    const fitting = tokens.filter((t) => measure(t) && t.start >= start && t.end <= m.index! && speaksOf(text, t.end, m.index!) && !unitsDiffer(unitAfter(text, t), unitAfter(text, previous)) && !/(tăng|giảm|gấp)\s*$/iu.test(text.slice(Math.max(0, t.start - 8), t.start)));
    const current = countingAsCompared(text, previous, fitting).at(-1);
    // The figure before must be the clause's own value: a share before the change makes it a change of shares.
    // A rate of the value to its target between them ("7.524,07 tỷ đồng, đạt 83,60% dự toán (9.000 tỷ đồng), tăng …") is
    // no share: the change is still the value's.
    const ofTarget = (t: Token) => /^\s*(?:so với\s+)?(?:kế hoạch|dự toán|chỉ tiêu|mục tiêu)(?![\p{L}])/iu.test(text.slice(t.end));
    // Nor is the share of an item of the value's own parenthesis ("1,846 tỷ đồng (tiền mặt 0,935 tỷ đồng, chiếm 50,65%;
    // …), tăng 27,1% so với …"): it is that item's.
    const ofItem = (t: Token) => {
      // The parentheses opened after the value and still open at the share, outermost first.
      const open: number[] = [];
      for (let i = current!.end; i < t.start; i++) {
        if (text[i] === '(') open.push(i);
        else if (text[i] === ')') open.pop();
      }
      return open.length > 0 && tokens.some((x) => x.kind === 'count' && x.start > open[0] && x.end <= t.start);
    };
    if (!current || tokens.some((t) => t.kind === 'percent' && t.start > current.end && t.end <= m.index! && !ofTarget(t) && !ofItem(t))) continue;
    out.push({ rate, previous, to: { current }, sign: m[1].toLowerCase() === 'giảm' ? -1 : 1 });
  }
  // "từ 25 người (năm 2018) lên 41 người (tăng 16 người, tăng 164%)": the rate beside the change of a from-to.
  for (const m of text.matchAll(/từ\s+(\d[\d.,]*)(?:\s*\([^()]*\)|[^\d.;()]|(?:19|20)\d{2}){0,40}?(?:xuống còn|giảm còn|còn|xuống|lên|tăng lên)\s+(\d(?:[\d.,]*\d)?)[^().;\d]{0,20}\(\s*(?:tăng|giảm)\s+\d[\d.,]*[^,()]*,\s*(tăng|giảm)\s+(\d[\d,]*\s*%)\s*\)/giu)) {
    const previous = tokens.find((t) => measure(t) && t.start === m.index! + m[0].indexOf(m[1]));
    const current = tokens.find((t) => measure(t) && t.start === m.index! + m[0].indexOf(m[2], m[0].indexOf(m[1]) + m[1].length));
    const rate = tokens.find((t) => t.kind === 'percent' && t.start === m.index! + m[0].lastIndexOf(m[4]));
    if (!previous?.value || previous.value.equals(0) || !current || !rate) continue;
    out.push({ rate, previous, to: { current }, sign: m[3].toLowerCase() === 'giảm' ? -1 : 1 });
  }
  // "So với năm 2024 (23 lớp, 2.517 lượt học viên), … số học viên tăng 329 lượt, tăng 13,07%", "tăng 17 đồng chí so với
  // nhiệm kỳ trước (41 đồng chí), tăng 41,46%": the change and its rate side by side, the value compared with in the
  // parenthesis of the sentence's comparison. The rate is the change over that value, whatever the value reached.
  // "tương ứng" (correspondingly) before the rate says it measures the change before it, with or without its verb
  // again ("tăng 128 người, tương ứng tăng 11,55%", "tăng 647 tin, tương ứng 15,35%").
  for (const m of text.matchAll(/(tăng|giảm)\s+(\d[\d.,]*)((?:\s+[\p{L}][\p{L}\p{No}/]*){0,3}?(?:\s+so với[^().;]{1,40}?\([^()]*\))?)\s*[,(]\s*(?:(tăng|giảm)|tương ứng(?:\s+với)?(?:\s+mức)?(?:\s+(tăng|giảm))?)\s+(\d[\d,]*\s*%)(?!\s*điểm)/giu)) {
    const verb = m[4] ?? m[5] ?? m[1];
    if (m[1].toLowerCase() !== verb.toLowerCase()) continue;
    const change = tokens.find((t) => measure(t) && t.start === m.index! + m[0].indexOf(m[2], m[1].length));
    const rate = tokens.find((t) => t.kind === 'percent' && t.start === m.index! + m[0].lastIndexOf(m[6]));
    if (!change?.value || !rate || out.some((r) => r.rate === rate)) continue;
    const { start } = sentenceAround(text, m.index!);
    // The comparison may follow the rate: "tăng 334,85 triệu đồng, tăng 135,19% so với năm 2023 (951,6 triệu đồng)".
    const following = /^\s*so với[^().;]{1,40}?\(([^()]*)\)/iu.exec(text.slice(m.index! + m[0].length));
    const compared = [...text.slice(start, m.index! + m[0].length).matchAll(/so với[^().;]{1,40}?\(([^()]*)\)/giu)].at(-1) ?? (following ? Object.assign(following, { index: m[0].length + following.index - (start - m.index!) }) : undefined);
    if (!compared) continue;
    const from = start + compared.index! + compared[0].lastIndexOf(compared[1]);
    const inside = tokens.filter((t) => measure(t) && t.start >= from && t.end <= from + compared[1].length);
    // The value of the change's unit; with one value only, that one unless its unit is another.
    const unit = unitAfter(text, change);
    const same = inside.filter((t) => unit && unitAfter(text, t)?.word === unit.word);
    const previous = same.length === 1 ? same[0] : inside.length === 1 && !unitsDiffer(unitAfter(text, inside[0]), unit) ? inside[0] : undefined;
    if (!previous?.value || previous.value.equals(0)) continue;
    out.push({ rate, previous, to: { change }, sign: m[1].toLowerCase() === 'giảm' ? -1 : 1 });
  }
  // "tăng 17.208 lượt (6,3%) so với năm 2023 (269.512 lượt)", "tăng 0,4 triệu đồng (tăng 6,8%) so với …": the change,
  // its rate in a parenthesis, then the value compared with.
  for (const m of text.matchAll(/(tăng|giảm)\s+(\d[\d.,]*)([^\d,;.()]{0,25}?)\(\s*(?:(?:tăng|giảm)\s+)?(\d[\d,]*\s*%)\s*\)\s*so với\s+(?:[^().;\d]|(?:19|20)\d{2}){1,40}?\(\s*(\d[\d.,]*)/giu)) {
    const change = tokens.find((t) => measure(t) && t.start === m.index! + m[0].indexOf(m[2], m[1].length));
    const rate = tokens.find((t) => t.kind === 'percent' && t.start === m.index! + m[0].indexOf(m[4], m[0].indexOf('(')));
    const previous = tokens.find((t) => measure(t) && t.start === m.index! + m[0].lastIndexOf(m[5]));
    if (!change?.value || !rate || !previous?.value || previous.value.equals(0) || out.some((r) => r.rate === rate)) continue;
    if (unitsDiffer(unitAfter(text, change), unitAfter(text, previous))) continue;
    out.push({ rate, previous, to: { change }, sign: m[1].toLowerCase() === 'giảm' ? -1 : 1 });
  }
  return out;
}
