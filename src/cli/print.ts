// Findings as a person reads them in a terminal, grouped by sheet and table.
import type { CheckResult, Finding, Lang } from '../core';

const LABEL: Record<Lang, Record<Finding['severity'], string>> = {
  vi: { error: 'LỖI', warning: 'CẢNH BÁO', info: 'ghi chú' },
  en: { error: 'ERROR', warning: 'WARNING', info: 'note' },
};

export function printResult(file: string, result: CheckResult, lang: Lang, verbose: boolean): string {
  const vi = lang === 'vi';
  const lines: string[] = [];
  lines.push(vi ? `Soát Số — kiểm tra ${file}` : `Soát Số — checking ${file}`);
  lines.push(vi ? `Tìm thấy ${result.summary.tables} bảng, ${result.summary.rules} quy tắc.` : `Found ${result.summary.tables} tables, ${result.summary.rules} rules.`);
  const shown = result.findings.filter((f) => verbose || f.severity !== 'info');
  for (const table of result.tables) {
    const mine = shown.filter((f) => f.table === table.id);
    const errors = mine.filter((f) => f.severity === 'error').length;
    lines.push('');
    lines.push(`${vi ? 'Trang' : 'Sheet'} "${table.sheet}" ${table.range}${table.title ? ` — ${table.title}` : ''}: ${table.rules} ${vi ? 'quy tắc' : 'rules'}, ${errors} ${vi ? 'lỗi' : 'errors'}`);
    for (const f of mine) lines.push(`  ${LABEL[lang][f.severity].padEnd(9)} ${f.cell.padEnd(5)} ${f.message}`);
  }
  const loose = shown.filter((f) => !f.table || !result.tables.some((t) => t.id === f.table));
  for (const f of loose) lines.push(`  ${LABEL[lang][f.severity].padEnd(9)} ${f.sheet}!${f.cell} ${f.message}`);
  const { errors, warnings, infos } = result.summary;
  lines.push('');
  lines.push(
    vi
      ? `Tổng kết: ${errors} lỗi, ${warnings} cảnh báo, ${infos} ghi chú${verbose || !infos ? '' : ' (thêm --verbose để xem ghi chú)'}.`
      : `Summary: ${errors} errors, ${warnings} warnings, ${infos} notes${verbose || !infos ? '' : ' (add --verbose to see notes)'}.`,
  );
  return lines.join('\n');
}
