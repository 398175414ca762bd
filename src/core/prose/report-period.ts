// The period a report reviews, as its title names it: "BÁO CÁO / Tình hình … năm 2024; phương hướng, nhiệm vụ năm
// 2025" reviews 2024, "BÁO CÁO / Tổng kết … giai đoạn 2021 - 2025" reviews 2021 - 2025, and a political report "trình
// Đại hội … nhiệm kỳ 2025 - 2030" reviews the term before the one the congress opens (2020 - 2025). A clerk reads an
// undated "Đảng bộ hiện có 368 đảng viên" of such a report as a figure of that period.
import { periodMentions } from '../table/periods';
import type { Period } from '../table/types';
import type { Paragraph } from './document';

/** The title's period, or undefined when the report has no title block naming one period it reviews. */
export function reportPeriod(paragraphs: Paragraph[]): Period | undefined {
  const titled = titlePeriod(paragraphs);
  return titled?.part ? undefined : titled?.period;
}

/**
 * The year the title names, a part of it included ("6 tháng đầu năm 2025" is of 2025): the year whose same period
 * last year a comparison means.
 */
export function titleYear(paragraphs: Paragraph[]): string | undefined {
  const titled = titlePeriod(paragraphs);
  return titled?.period.kind === 'year' ? titled.period.label : undefined;
}

function titlePeriod(paragraphs: Paragraph[]): { period: Period; part: boolean } | undefined {
  const head = paragraphs.slice(0, 25);
  // The heading alone on its line, or with the subject after it on the same line ("BÁO CÁO Kết quả công tác … năm 2024").
  const at = head.findIndex((p) => p.location === 'body' && /^\s*BÁO CÁO(?:\s+CHÍNH TRỊ)?(?:\s*$|\s+(?=\p{Lu}))/u.test(p.text) && p.text.length <= 300);
  if (at < 0) return undefined;
  // The subject runs over the lines after the heading, up to the rule or the first paragraph of the body.
  const subject: string[] = [head[at].text.replace(/^\s*BÁO CÁO(?:\s+CHÍNH TRỊ)?/u, '').replace(/\([^()]*\)/gu, ' ')];
  for (const p of head.slice(at + 1, at + 4)) {
    if (/^\s*[-_=*]{3,}\s*$/u.test(p.text) || p.text.length > 300) break;
    subject.push(p.text.replace(/\([^()]*\)/gu, ' '));
  }
  const text = subject.join(' ');
  const congress = /Đại hội[^;]*?nhiệm kỳ\s+(\d{4})\s*[-–]\s*(\d{4})/iu.exec(text);
  if (congress) {
    const [start, end] = [Number(congress[1]), Number(congress[2])];
    return { period: { kind: 'term', label: `${2 * start - end} - ${start}`, order: 2 * start - end + (end - start) / 100 }, part: false };
  }
  // "6 tháng đầu năm 2025", "quý III năm 2024": a part of a year is not the year.
  const first = periodMentions(text)[0];
  if (!first) return undefined;
  return { period: first.period, part: /(?:tháng|quý)[^,;]{0,12}$/iu.test(text.slice(0, first.start)) };
}
