// soatso template extract | apply | save: templates out of a workbook, a check by a template, a template into a copy.
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { buildLibraryTable, checkWorkbook, defaultPeriod, LIBRARY, libraryEntry, mergeTemplates, parseTargets, templateFromChecked, templateToXml } from '../core';
import { workbookWithLayout } from '../xlsx/layout';
import { writeTemplatePart } from '../xlsx/template-part';
import { langOf, outputPath, parseArgs, UsageError } from './args';
import { chosenSheet, freshOutput, loadTemplate, loadWorkbook } from './input';
import { printCheck } from './print';

export async function template(argv: string[]): Promise<number> {
  const [verb, ...rest] = argv;
  switch (verb) {
    case 'extract':
      return extract(rest);
    case 'apply':
      return apply(rest);
    case 'save':
      return save(rest);
    case 'library':
      return library();
    case 'new':
      return create(rest);
    default:
      throw new UsageError(verb ? `Không có lệnh "template ${verb}" (có extract, apply, save, library, new)` : 'Cần extract, apply, save, library hoặc new sau template');
  }
}

/** The workbook's tables as a template file: stored templates where the workbook has them, inferred elsewhere. */
async function extract(argv: string[]): Promise<number> {
  const { positionals, flags } = parseArgs(argv, ['--sheet', '-o', '--output'], []);
  if (positionals.length !== 1) throw new UsageError('Cần đúng một tệp .xlsx');
  const out = outputPath(flags, '.json', 'mẫu bảng');
  const file = positionals[0];
  freshOutput(out, [file]);
  const { sheets, stored } = await loadWorkbook(file);
  const sheet = chosenSheet(sheets, flags.get('--sheet') as string | undefined);
  const result = checkWorkbook(sheets, { sheets: sheet ? [sheet] : undefined, template: stored });
  const extracted = templateFromChecked(result.checked, result.applied);
  writeFileSync(out, JSON.stringify(extracted, null, 2) + '\n');
  for (const t of extracted.tables) process.stdout.write(`${t.id}: ${t.title ?? t.range} — ${t.rows.length} dòng, ${t.columns.length} cột${t.rules.length ? `, ${t.rules.length} quy tắc tự viết` : ''}\n`);
  process.stdout.write(`Đã ghi ${extracted.tables.length} mẫu bảng vào ${out}\n`);
  return 0;
}

/** Check a workbook by a template file: its rules instead of inference, and what rows and columns differ. */
async function apply(argv: string[]): Promise<number> {
  const { positionals, flags } = parseArgs(argv, ['--sheet', '--lang'], ['--json', '--verbose']);
  if (positionals.length !== 2) throw new UsageError('Cần một mẫu .json và một tệp .xlsx: template apply MẪU.json TỆP.xlsx');
  const lang = langOf(flags);
  const [templatePath, file] = positionals;
  const t = loadTemplate(templatePath);
  const { sheets } = await loadWorkbook(file);
  const sheet = chosenSheet(sheets, flags.get('--sheet') as string | undefined);
  const result = checkWorkbook(sheets, { lang, sheets: sheet ? [sheet] : undefined, template: t });
  printCheck(file, result, lang, flags.has('--json'), flags.has('--verbose'), basename(templatePath));
  return result.summary.errors > 0 ? 1 : 0;
}

/** A copy of the workbook with the template file stored in it (tables with the same id replaced). */
async function save(argv: string[]): Promise<number> {
  const { positionals, flags } = parseArgs(argv, ['-o', '--output'], []);
  if (positionals.length !== 2) throw new UsageError('Cần một mẫu .json và một tệp .xlsx: template save MẪU.json TỆP.xlsx -o BẢN-SAO.xlsx');
  const out = outputPath(flags, '.xlsx', 'bản sao sổ tính');
  const [templatePath, file] = positionals;
  freshOutput(out, [file, templatePath]);
  const t = loadTemplate(templatePath);
  const { bytes, stored } = await loadWorkbook(file);
  const merged = mergeTemplates(stored, t.tables);
  writeFileSync(out, await writeTemplatePart(bytes, templateToXml(merged)));
  process.stdout.write(`Đã lưu ${t.tables.length} mẫu bảng (trong sổ có ${merged.tables.length} mẫu) vào ${out}\n`);
  return 0;
}

/** The built-in tables, one per line: id, name, and whether it is kept by year or by term. */
async function library(): Promise<number> {
  for (const e of LIBRARY) process.stdout.write(`${e.id.padEnd(28)} ${e.name} — ${e.kind === 'term' ? 'theo nhiệm kỳ' : 'theo năm'}\n`);
  return 0;
}

/** A new workbook with a built-in table for a period, its template stored in it. */
async function create(argv: string[]): Promise<number> {
  const { positionals, flags } = parseArgs(argv, ['--period', '-o', '--output', '--sheet'], []);
  if (positionals.length !== 1) throw new UsageError('Cần tên một bảng trong thư viện (xem: template library)');
  const entry = libraryEntry(positionals[0]);
  if (!entry) throw new UsageError(`Thư viện không có bảng "${positionals[0]}"; các bảng: ${LIBRARY.map((e) => e.id).join(', ')}`);
  const out = outputPath(flags, '.xlsx', 'sổ tính mới');
  freshOutput(out, []);
  let period = defaultPeriod(entry.kind, new Date());
  if (flags.has('--period')) {
    const parsed = parseTargets(String(flags.get('--period')));
    if ('wrong' in parsed || parsed.targets.length !== 1 || parsed.targets[0].kind !== entry.kind) {
      throw new UsageError(`--period: bảng "${entry.id}" cần ${entry.kind === 'term' ? 'một nhiệm kỳ, ví dụ 2025 - 2030' : 'một năm, ví dụ 2024'}`);
    }
    period = parsed.targets[0];
  }
  const built = buildLibraryTable(entry, period, (flags.get('--sheet') as string | undefined) ?? entry.sheet);
  writeFileSync(out, await workbookWithLayout(built.layout, templateToXml(mergeTemplates(undefined, [built.template]))));
  process.stdout.write(`Đã tạo ${out}: bảng "${entry.name}" cho ${entry.kind === 'term' ? 'nhiệm kỳ' : 'năm'} ${period.label}, mẫu bảng lưu kèm.\n`);
  return 0;
}
