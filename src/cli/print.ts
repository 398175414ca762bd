// Findings as a person reads them in a terminal, grouped by sheet and table.
import { rangeA1 } from '../core';
import type { CheckResult, Finding, Lang, WorkbookCheck } from '../core';

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
  const { errors, warnings, infos, unread } = result.summary;
  lines.push('');
  // Never a clean bill of health for figures that were not read.
  if (unread) lines.push(vi ? `Chưa kiểm tra: ${unread} ô số liệu không thuộc bảng nào đọc được (xem cảnh báo "không thuộc bảng nào").` : `Not checked: ${unread} cells of figures belong to no table that could be read (see the warnings).`);
  lines.push(
    vi
      ? `Tổng kết: ${errors} lỗi, ${warnings} cảnh báo, ${infos} ghi chú${verbose || !infos ? '' : ' (thêm --verbose để xem ghi chú)'}.`
      : `Summary: ${errors} errors, ${warnings} warnings, ${infos} notes${verbose || !infos ? '' : ' (add --verbose to see notes)'}.`,
  );
  return lines.join('\n');
}

/** A check's result on standard output, as JSON or as text; `template` names the template file the check used. */
export function printCheck(file: string, result: WorkbookCheck, lang: Lang, json: boolean, verbose: boolean, template?: string): void {
  const vi = lang === 'vi';
  const applied = (result.applied ?? []).map((a) => ({ template: a.template.id, sheet: a.table.sheet, range: rangeA1(a.table.range), differences: a.differences.length }));
  const unmatched = (result.unmatched ?? []).map((t) => t.id);
  if (json) {
    const out = {
      file,
      tables: result.tables.map(({ sheet, range, title, rules, id }) => ({ id, sheet, range, title, rules })),
      findings: result.findings,
      summary: result.summary,
      ...(result.applied ? { template: { file: template, applied, unmatched } } : {}),
    };
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
    return;
  }
  const lines: string[] = [];
  if (result.applied) {
    lines.push(template ? (vi ? `Kiểm tra theo mẫu ${template}:` : `Checking with template ${template}:`) : vi ? 'Dùng các mẫu bảng lưu trong sổ tính:' : 'Using the table templates stored in the workbook:');
    for (const a of applied) lines.push(`  ${a.template} → ${vi ? 'trang' : 'sheet'} "${a.sheet}" ${a.range}${a.differences ? (vi ? ` (${a.differences} chỗ khác mẫu)` : ` (${a.differences} differences)`) : ''}`);
    for (const id of unmatched) lines.push(vi ? `  ${id}: không tìm thấy bảng này trong sổ tính` : `  ${id}: no such table in the workbook`);
    lines.push('');
  }
  process.stdout.write(lines.join('\n') + printResult(file, result, lang, verbose) + '\n');
}
