#!/usr/bin/env node
// soatso: the command line over real .xlsx files. Exit 0 no error, 1 errors found, 2 bad usage or unreadable input.
import './light-mathjs'; // first: before the core loads mathjs
import './prewarm'; // then gather's workers, which load while the rest loads
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkWorkbook, scanParagraphs, tableFigures, templateFromChecked } from '../core';
import { tableDocument, tableLayout } from '../core';
import { basename } from 'node:path';
import { printScan } from './print-scan';
import { langOf, outputPath, parseArgs, UsageError } from './args';
import { printCheck } from './print';
import { chosenSheet, freshOutput, InputError, loadDocument, loadTemplate, loadWorkbook } from './input';

const USAGE = `Cách dùng:
  soatso check TỆP.xlsx|.xls|.ods [--json] [--sheet TÊN] [--template MẪU.json] [--emit-template RA.json] [--lang vi|en] [--verbose]
  soatso scan TỆP.docx|.doc|.txt [--json] [--workbook TỆP.xlsx] [--lang vi|en] [--verbose]
  soatso report TỆP.xlsx -o BAO-CAO.docx [--tables id,...] [--template MẪU.json] [--appendix] [--fit] [--force]
  soatso template extract TỆP.xlsx [--sheet TÊN] -o MẪU.json
  soatso template apply MẪU.json TỆP.xlsx [--sheet TÊN] [--json] [--lang vi|en] [--verbose]
  soatso template save MẪU.json TỆP.xlsx -o BẢN-SAO.xlsx
  soatso template library
  soatso template new TÊN-BẢNG [--period 2025-2030|2024] -o TỆP-MỚI.xlsx
  soatso roll TỆP.xlsx --to "2025 - 2030" -o KỲ-SAU.xlsx
  soatso gather MẪU.json|MẪU.xlsx huyen/*.xlsx -o TỔNG-HỢP.xlsx [--unit-from filename|cell:A2] [--skip-errors] [--order given|name] [--compare TỈNH.xlsx] [--json]

  check   tìm và kiểm tra mọi bảng thống kê trong sổ tính
  scan    kiểm tra các số liệu viết trong văn bản và chú thích của báo cáo
  report  viết các bảng đã kiểm tra (kèm chú thích) ra một tệp Word mới; --appendix: thành phụ lục
          đánh số Biểu 1, Biểu 2…; --fit: bảng rộng thu nhỏ chữ (đến 10 pt) thay vì sang trang ngang
  template  lấy mẫu bảng ra tệp .json, kiểm tra theo mẫu, hoặc lưu mẫu vào bản sao sổ tính
  roll    chuyển sổ tính sang kỳ sau (nhiệm kỳ hoặc năm) thành một tệp mới
  gather  cộng sổ tính của các đơn vị vào bảng của tỉnh theo mẫu (tổng hợp), kiểm tra từng đơn vị
  Mẫu bảng lưu trong sổ tính được dùng khi kiểm tra, trừ khi có --template.
  Mã thoát: 0 không có lỗi, 1 có lỗi số liệu, 2 dùng sai lệnh hoặc không đọc được tệp.`;

async function check(argv: string[]): Promise<number> {
  const { positionals, flags } = parseArgs(argv, ['--sheet', '--template', '--lang', '--emit-template'], ['--json', '--verbose']);
  if (positionals.length !== 1) throw new UsageError('Cần đúng một tệp .xlsx để kiểm tra');
  const lang = langOf(flags);
  const file = positionals[0];
  const { sheets, stored } = await loadWorkbook(file, lang);
  const sheetName = chosenSheet(sheets, flags.get('--sheet') as string | undefined);
  const emit = flags.get('--emit-template') as string | undefined;
  if (emit) freshOutput(emit, [file]);
  const template = flags.has('--template') ? loadTemplate(flags.get('--template') as string) : stored;
  const result = checkWorkbook(sheets, { lang, sheets: sheetName ? [sheetName] : undefined, template });
  if (emit) writeFileSync(emit, JSON.stringify(templateFromChecked(result.checked, result.applied), null, 2) + '\n');
  printCheck(file, result, lang, flags.has('--json'), flags.has('--verbose'), flags.get('--template') as string | undefined);
  if (emit && !flags.has('--json')) process.stdout.write(lang === 'vi' ? `Đã ghi mẫu bảng vào ${emit}\n` : `Template written to ${emit}\n`);
  return result.summary.errors > 0 ? 1 : 0;
}

async function scan(argv: string[]): Promise<number> {
  const { positionals, flags } = parseArgs(argv, ['--workbook', '--lang'], ['--json', '--verbose']);
  if (positionals.length !== 1) throw new UsageError('Cần đúng một tệp .docx hoặc .txt để kiểm tra');
  const lang = langOf(flags);
  const file = positionals[0];
  const paragraphs = await loadDocument(file);
  const workbook = flags.get('--workbook') as string | undefined;
  let tables;
  if (workbook) {
    const { sheets, stored } = await loadWorkbook(workbook, lang);
    tables = tableFigures(sheets, checkWorkbook(sheets, { lang, template: stored }).checked.map((c) => c.table));
  }
  const result = scanParagraphs(paragraphs, { lang, tables });
  if (flags.has('--json')) process.stdout.write(JSON.stringify({ file, claims: result.claims, summary: result.summary }, null, 2) + '\n');
  else process.stdout.write(printScan(file, result, lang, flags.has('--verbose')) + '\n');
  return result.summary.inconsistent > 0 ? 1 : 0;
}

async function report(argv: string[]): Promise<number> {
  const { positionals, flags } = parseArgs(argv, ['-o', '--output', '--tables', '--template'], ['--force', '--fit', '--appendix']);
  if (positionals.length !== 1) throw new UsageError('Cần đúng một tệp .xlsx');
  const out = outputPath(flags, '.docx', 'báo cáo');
  const file = positionals[0];
  if (resolve(out) === resolve(file)) throw new UsageError('Không ghi đè lên tệp đầu vào');
  if (existsSync(out) && !flags.has('--force')) throw new InputError(`Tệp ${out} đã có; thêm --force nếu muốn ghi đè`);
  const { sheets, stored } = await loadWorkbook(file);
  const template = flags.has('--template') ? loadTemplate(flags.get('--template') as string) : stored;
  const result = checkWorkbook(sheets, { template });
  const wanted = flags.has('--tables') ? String(flags.get('--tables')).split(',').map((s) => s.trim()) : undefined;
  const chosen = result.checked.filter((c) => !wanted || wanted.includes(c.table.id));
  const unknown = wanted?.filter((id) => !result.checked.some((c) => c.table.id === id)) ?? [];
  if (unknown.length) throw new InputError(`Không có bảng ${unknown.join(', ')}; các bảng: ${result.checked.map((c) => c.table.id).join(', ')}`);
  const docs = chosen.map((c) => tableDocument(sheets.find((s) => s.name === c.table.sheet)!, c.table, result.findings, result.applied?.find((a) => a.table.id === c.table.id)?.footnotes));
  const fit = flags.has('--fit');
  const { reportDocx } = await import('../docx/write');
  writeFileSync(out, await reportDocx(`Số liệu từ ${basename(file)}`, docs, { fit, appendix: flags.has('--appendix') }));
  for (const d of docs) {
    const state = d.errors ? `${d.errors} lỗi — nên sửa trước khi dùng` : d.warnings ? `${d.warnings} cảnh báo` : 'đúng';
    const layout = tableLayout(d, { fit });
    const page = layout.landscape ? `; trang ngang${layout.overflow ? ', vẫn quá rộng' : ''}` : '';
    const size = layout.pt !== 12 ? `; cỡ chữ ${String(layout.pt).replace('.', ',')}` : '';
    process.stdout.write(`${d.id}: ${d.caption} (${state}${page}${size})\n`);
  }
  process.stdout.write(`Đã ghi ${docs.length} bảng vào ${out}\n`);
  return 0;
}

// An error may come before --lang is parsed (or from a command that has no --lang), so it is looked for here.
function wantsEnglish(argv: string[]): boolean {
  return argv.some((a, i) => a === '--lang=en' || (a === '--lang' && argv[i + 1] === 'en'));
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'check':
        return await check(rest);
      case 'scan':
        return await scan(rest);
      case 'report':
        return await report(rest);
      case 'template':
        return await (await import('./template')).template(rest);
      case 'roll':
        return await (await import('./roll')).roll(rest);
      case 'gather':
        return await (await import('./gather')).gather(rest);
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        process.stdout.write(USAGE + '\n');
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`Không có lệnh "${command}"`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`${e.message}\n\n${USAGE}\n`);
      return 2;
    }
    if (e instanceof InputError) {
      process.stderr.write(`${wantsEnglish(argv) && e.en ? e.en : e.message}\n`);
      return 2;
    }
    process.stderr.write(`Lỗi không mong đợi: ${(e as Error).stack ?? e}\n`);
    return 2;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
