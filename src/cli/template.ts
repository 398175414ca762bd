// soatso template extract | apply | save: templates out of a workbook, a check by a template, a template into a copy.
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { checkWorkbook, Lang, mergeTemplates, templateFromChecked, templateToXml } from '../core';
import { writeTemplatePart } from '../xlsx/template-part';
import { parseArgs, UsageError } from './args';
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
    default:
      throw new UsageError(verb ? `Không có lệnh "template ${verb}" (có extract, apply, save)` : 'Cần extract, apply hoặc save sau template');
  }
}

const output = (flags: Map<string, string | true>, ext: RegExp, what: string) => {
  const out = (flags.get('-o') ?? flags.get('--output')) as string | undefined;
  if (!out) throw new UsageError(`Cần -o TỆP: nơi ghi ${what}`);
  if (!ext.test(out)) throw new UsageError(`${out} phải là tệp ${ext.source.replace(/\\|\$|\/i/g, '')}`);
  return out;
};

/** The workbook's tables as a template file: stored templates where the workbook has them, inferred elsewhere. */
async function extract(argv: string[]): Promise<number> {
  const { positionals, flags } = parseArgs(argv, ['--sheet', '-o', '--output'], []);
  if (positionals.length !== 1) throw new UsageError('Cần đúng một tệp .xlsx');
  const out = output(flags, /\.json$/i, 'mẫu bảng (.json)');
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
  const lang = (flags.get('--lang') ?? 'vi') as Lang;
  if (lang !== 'vi' && lang !== 'en') throw new UsageError('--lang chỉ nhận vi hoặc en');
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
  const out = output(flags, /\.xlsx$/i, 'bản sao sổ tính (.xlsx)');
  const [templatePath, file] = positionals;
  freshOutput(out, [file, templatePath]);
  const t = loadTemplate(templatePath);
  const { bytes, stored } = await loadWorkbook(file);
  const merged = mergeTemplates(stored, t.tables);
  writeFileSync(out, await writeTemplatePart(bytes, templateToXml(merged)));
  process.stdout.write(`Đã lưu ${t.tables.length} mẫu bảng (trong sổ có ${merged.tables.length} mẫu) vào ${out}\n`);
  return 0;
}
