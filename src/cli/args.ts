// A small argument reader: flags with values, booleans, and positionals; unknown flags are usage errors.
import type { Lang } from '../core';

export class UsageError extends Error {}

export interface ParsedArgs {
  positionals: string[];
  flags: Map<string, string | true>;
}

export function parseArgs(argv: string[], withValue: string[], booleans: string[]): ParsedArgs {
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const [name, inline] = arg.split(/=(.*)/s, 2);
    if (withValue.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') throw new UsageError(`Tùy chọn ${name} cần một giá trị`);
      flags.set(name, value);
    } else if (booleans.includes(name)) flags.set(name, true);
    else throw new UsageError(`Không hiểu tùy chọn ${arg}`);
  }
  return { positionals, flags };
}

/** --lang, Vietnamese unless English is asked for. */
export function langOf(flags: ParsedArgs['flags']): Lang {
  const lang = flags.get('--lang') ?? 'vi';
  if (lang !== 'vi' && lang !== 'en') throw new UsageError('--lang chỉ nhận vi hoặc en');
  return lang;
}

/** -o (or --output): required, with the extension the command writes ("báo cáo", ".docx"). */
export function outputPath(flags: ParsedArgs['flags'], ext: string, what: string): string {
  const out = (flags.get('-o') ?? flags.get('--output')) as string | undefined;
  if (!out) throw new UsageError(`Cần -o TỆP${ext}: nơi ghi ${what}`);
  if (!out.toLowerCase().endsWith(ext)) throw new UsageError(`${out} phải là tệp ${ext}`);
  return out;
}
