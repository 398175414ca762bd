// soatso gather: the districts' workbooks summed into the province's tables, written to a new workbook with the
// template stored in it; every district listed with its status, and --compare against the province's own figures.
import { writeFileSync } from 'node:fs';
import { compareProvince, gatherReadings, ReadableDistrict, stateText, Template, templateToXml, toNumber, UnreadFile } from '../core';
import { outputPath, parseArgs, UsageError } from './args';
import { readDistrictFiles, WorkerSpec } from './gather-parallel';
import { freshOutput, InputError, loadTemplate, loadWorkbook } from './input';
import { writeLayoutWorkbook } from './xlsx-fast-write';

async function templateOf(path: string): Promise<Template> {
  if (/\.json$/i.test(path)) return loadTemplate(path);
  if (/\.xlsx$/i.test(path)) {
    const { stored } = await loadWorkbook(path);
    if (!stored?.tables.length) throw new InputError(`${path} không lưu mẫu bảng nào (lưu bằng: soatso template save, hoặc Lưu mẫu trong Excel)`);
    return stored;
  }
  throw new UsageError(`${path}: mẫu phải là tệp .json hoặc sổ tính .xlsx có lưu mẫu`);
}

/** For the bench and tests: how the files are read (threads, worker), and a call at the end of each phase. */
export interface GatherRun {
  threads?: number;
  worker?: WorkerSpec;
  onPhase?: (phase: 'template' | 'districts' | 'sum' | 'compare' | 'write', detail?: { read: number; check: number; quick: number }) => void;
}

export async function gather(argv: string[], run: GatherRun = {}): Promise<number> {
  const { positionals, flags } = parseArgs(argv, ['-o', '--output', '--unit-from', '--compare', '--order'], ['--skip-errors', '--json']);
  if (positionals.length < 2) throw new UsageError('Cần một mẫu (.json hoặc .xlsx) và các sổ tính của đơn vị: gather MẪU.json huyen/*.xlsx -o TỔNG-HỢP.xlsx');
  const out = outputPath(flags, '.xlsx', 'sổ tính tổng hợp');
  const from = String(flags.get('--unit-from') ?? 'filename');
  if (from !== 'filename' && !/^cell:(?:.+!)?[A-Z]{1,3}\d+$/i.test(from)) throw new UsageError('--unit-from nhận filename hoặc cell:Ô (ví dụ cell:A2, cell:Biểu 1!A2)');
  const order = String(flags.get('--order') ?? 'given');
  if (order !== 'given' && order !== 'name') throw new UsageError('--order nhận given (theo thứ tự tệp) hoặc name (theo tên đơn vị)');
  const compare = flags.get('--compare') as string | undefined;
  const [templatePath, ...files] = positionals;
  freshOutput(out, [templatePath, ...files, ...(compare ? [compare] : [])]);
  const template = await templateOf(templatePath);
  run.onPhase?.('template');

  const outcomes = await readDistrictFiles(template, files, from, { threads: run.threads, worker: run.worker });
  const districts: ReadableDistrict[] = [];
  const unread: UnreadFile[] = [];
  const spent = { read: 0, check: 0, quick: 0 };
  for (const o of outcomes) {
    for (const text of o.notices) process.stderr.write(text);
    spent.read += o.ms.read;
    spent.check += o.ms.check;
    if (o.quick) spent.quick++;
    if (o.kind === 'read') districts.push({ name: o.name, file: o.file, read: () => o.reading });
    else unread.push({ file: o.file, message: o.message });
  }
  run.onPhase?.('districts', spent);
  const result = gatherReadings(template, districts, unread, { skipErrors: flags.has('--skip-errors'), order: order as 'given' | 'name' });
  run.onPhase?.('sum');
  const compared = compare ? compareProvince(result, (await loadWorkbook(compare)).sheets) : undefined;
  run.onPhase?.('compare');

  // Written directly (xlsx-fast-write), as exceljs would write the same layouts with addLayoutSheet.
  if (result.included.length) writeFileSync(out, writeLayoutWorkbook(result.sheets, templateToXml(result.template)));
  run.onPhase?.('write');

  if (flags.has('--json')) {
    const json = {
      template: templatePath,
      output: result.included.length ? out : null,
      districts: result.districts.map(({ notes: _n, ...d }) => d),
      notes: result.notes,
      tables: result.tables.map((t) => ({ id: t.template.id, sheet: t.sheet, figures: Object.fromEntries([...t.figures].map(([k, v]) => [k, toNumber(v)])) })),
      compare: compared?.findings.map((f) => ({ ...f, province: toNumber(f.province), sum: toNumber(f.sum) })),
    };
    process.stdout.write(JSON.stringify(json, null, 2) + '\n');
  } else {
    const lines = [`Soát Số — tổng hợp ${files.length} tệp theo mẫu ${templatePath}`, ''];
    const width = Math.max(...result.districts.map((d) => d.name.length), 6);
    for (const d of result.districts) lines.push(`  ${d.name.padEnd(width)}  ${stateText(d.state)}${d.errors ? ` — ${d.errors} lỗi` : ''}${d.state === 'unreadable' ? '' : `  (${d.file})`}`);
    if (result.notes.length) {
      lines.push('', 'Ghi chú:');
      for (const n of result.notes) lines.push(`  [${n.severity === 'error' ? 'LỖI' : n.severity === 'warning' ? 'CẢNH BÁO' : 'ghi chú'}] ${n.message}`);
    }
    if (compared) {
      lines.push('', `So với ${compare}:`);
      if (!compared.findings.length) lines.push('  Số của tỉnh khớp với tổng các huyện.');
      for (const f of compared.findings) lines.push(`  ${f.sheet}!${f.message}`);
      for (const id of compared.unmatched) lines.push(`  Không tìm thấy bảng ${id} trong ${compare}`);
    }
    lines.push('');
    lines.push(result.included.length ? `Đã ghi ${out}: ${result.tables.length} bảng tổng hợp từ ${result.included.length} đơn vị, trang "Theo đơn vị" và "Ghi chú", mẫu bảng lưu kèm.` : `Không có đơn vị nào để cộng; không ghi ${out}.`);
    process.stdout.write(lines.join('\n') + '\n');
  }
  if (!result.included.length) return 2;
  return result.districts.some((d) => d.errors > 0 || d.state === 'unreadable' || d.state === 'duplicate') || compared?.findings.length ? 1 : 0;
}
