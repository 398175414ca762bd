// Prose claims as a person reads them: the wrong ones first, each with where it stands and why.
import type { Lang, ScanResult } from '../core';

const VERDICT: Record<Lang, Record<string, string>> = {
  vi: { consistent: 'đúng', rounding: 'làm tròn sai', inconsistent: 'SAI', ambiguous: 'không rõ' },
  en: { consistent: 'right', rounding: 'rounding', inconsistent: 'WRONG', ambiguous: 'unclear' },
};

export function printScan(file: string, result: ScanResult, lang: Lang, verbose: boolean): string {
  const vi = lang === 'vi';
  const order = { inconsistent: 0, rounding: 1, ambiguous: 2, consistent: 3 };
  const shown = result.claims.filter((c) => verbose || c.verdict !== 'consistent').sort((a, b) => order[a.verdict] - order[b.verdict] || (a.line ?? 0) - (b.line ?? 0));
  const lines = [vi ? `Soát Số — kiểm tra số liệu trong ${file}` : `Soát Số — checking the figures in ${file}`, ''];
  for (const c of shown) {
    const where = c.location === 'body' ? (vi ? `đoạn ${c.paragraph}` : `paragraph ${c.paragraph}`) : vi ? `chú thích ${c.location.slice(9)}` : `footnote ${c.location.slice(9)}`;
    lines.push(`[${VERDICT[lang][c.verdict]}] ${where}${c.line ? ` (${vi ? 'dòng' : 'line'} ${c.line})` : ''}: «${c.quote}»`);
    lines.push(`    ${c.message}`);
  }
  const s = result.summary;
  lines.push('');
  lines.push(
    vi
      ? `Tổng kết: ${s.claims} nhận định có số liệu — ${s.consistent} đúng, ${s.rounding} làm tròn sai, ${s.inconsistent} sai, ${s.ambiguous} không rõ${verbose ? '' : ' (thêm --verbose để xem cả các nhận định đúng)'}.`
      : `Summary: ${s.claims} claims — ${s.consistent} right, ${s.rounding} rounding, ${s.inconsistent} wrong, ${s.ambiguous} unclear${verbose ? '' : ' (add --verbose to list the right ones)'}.`,
  );
  return lines.join('\n');
}
