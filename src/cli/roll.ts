// soatso roll: the workbook for the next term or year, written to a new file; what moved is printed.
import { writeFileSync } from 'node:fs';
import { checkWorkbook, messages, parseTargets, planWorkbookRoll, templateToXml } from '../core';
import { rolledWorkbook } from '../xlsx/roll';
import { outputPath, parseArgs, UsageError } from './args';
import { freshOutput, loadWorkbook } from './input';

export async function roll(argv: string[]): Promise<number> {
  const { positionals, flags } = parseArgs(argv, ['--to', '-o', '--output'], []);
  if (positionals.length !== 1) throw new UsageError('Cần đúng một tệp .xlsx: roll TỆP.xlsx --to "2025 - 2030" -o KỲ-SAU.xlsx');
  const to = flags.get('--to') as string | undefined;
  if (!to) throw new UsageError('Cần --to: kỳ mới, ví dụ --to "2025 - 2030" (nhiệm kỳ) hoặc --to 2024 (năm); có thể ghi cả hai, cách nhau bởi dấu phẩy');
  const parsed = parseTargets(to);
  if ('wrong' in parsed) throw new UsageError(`--to: "${parsed.wrong}" không phải một nhiệm kỳ (2025 - 2030) hay một năm (2024)`);
  const out = outputPath(flags, '.xlsx', 'sổ tính kỳ sau');
  const file = positionals[0];
  freshOutput(out, [file]);
  const { sheets, bytes, stored } = await loadWorkbook(file);
  const say = messages('vi');
  const check = checkWorkbook(sheets, { template: stored });
  const plan = planWorkbookRoll(sheets, check, parsed.targets, say, stored);
  const rolled = plan.sheets.filter((s) => s.tables.some((t) => t.status === 'rolled'));
  writeFileSync(out, await rolledWorkbook(bytes, rolled, templateToXml(plan.template)));

  const lines: string[] = [`Soát Số — chuyển ${file} sang kỳ ${parsed.targets.map((t) => t.label).join(', ')}`];
  for (const sheet of plan.sheets) {
    for (const t of sheet.tables) {
      lines.push('');
      lines.push(`Trang "${sheet.sheet}" — ${t.id}${t.title ? ` — ${t.title}` : ''}`);
      if (t.status === 'unchanged') {
        lines.push(`  ${t.reason}`);
        continue;
      }
      lines.push(`  Kỳ: ${t.from.join(', ')} → ${t.to.join(', ')}`);
      for (const h of t.headers) lines.push(`  ${h.cell.padEnd(5)} ${h.before} → ${h.after}`);
      lines.push(`  Xóa ${t.cleared.length} ô số liệu của kỳ mới để điền; viết ${t.formulas.length} công thức`);
      for (const n of t.notes) lines.push(`  Lưu ý: ${n}`);
    }
  }
  const n = rolled.reduce((k, s) => k + s.tables.filter((t) => t.status === 'rolled').length, 0);
  lines.push('');
  lines.push(`Đã ghi ${out}: ${n} bảng chuyển kỳ, ${plan.template.tables.length} mẫu bảng lưu kèm. Tệp ${file} không thay đổi.`);
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}
