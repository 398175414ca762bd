// Shares of the grades of one rating written without counts: "tỷ lệ đảng viên hoàn thành tốt nhiệm vụ 87,90% (trong
// đó hoàn thành xuất sắc 13,60%), hoàn thành nhiệm vụ 10,40%, không hoàn thành nhiệm vụ 0,90%". Everyone rated has one
// grade, so with every grade listed the shares make 100 %: "xuất sắc" counted inside "tốt" or beside it, whichever the
// figures bear out (domain.md). A grade left out, and nothing is said.
import { gradeOf } from './rate-changes';
import { sentenceAround } from './periods';
import type { Token } from './tokens';

export interface GradeShares {
  shares: Token[];
  /** The grade of each share, in order. */
  grades: string[];
}

export function gradeShareLists(text: string, tokens: Token[]): GradeShares[] {
  const out: GradeShares[] = [];
  let current: { sentence: number; shares: Token[]; grades: string[] } | undefined;
  const close = () => {
    if (current && ['tốt', 'hoàn thành', 'không'].every((g) => current!.grades.includes(g)) && new Set(current.grades).size === current.grades.length) out.push({ shares: current.shares, grades: current.grades });
    current = undefined;
  };
  let last = 0;
  for (const t of tokens) {
    if (t.kind !== 'percent' && t.kind !== 'count') continue;
    const sentence = sentenceAround(text, t.start).start;
    const own = text.slice(Math.max(last, sentence), t.start);
    last = t.end;
    // A count in the list means its shares are read with their counts elsewhere; a change or a comparison ends it.
    const grade = t.kind === 'percent' ? gradeOf(own) : undefined;
    // A year in the list's opening ("Năm 2023, đảng viên hoàn thành xuất sắc …") names its period, no figure.
    if (!grade || /\d/.test(own.replace(/(?<![\p{L}])năm\s+(?:19|20)\d{2}/giu, '')) || /tăng|giảm|so với|bằng/iu.test(own) || own.length > 60) {
      close();
      continue;
    }
    if (current && current.sentence !== sentence) close();
    current ??= { sentence, shares: [], grades: [] };
    current.shares.push(t);
    current.grades.push(grade);
  }
  close();
  return out;
}
