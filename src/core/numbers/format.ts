// Writing numbers the vi-VN way: "33.923", "49,29%", "05" for counts under ten (and the English way for --lang en).
import { Exact, toFixed } from './exact';

export interface FormatOptions {
  decimals?: number;
  percent?: boolean;
  /** Counts under 10 written "05", as in "05 huyện". */
  leadingZero?: boolean;
  /** Show "+" before a positive difference. */
  signed?: boolean;
}

function format(value: Exact, options: FormatOptions, group: string, point: string): string {
  const decimals = options.decimals ?? 0;
  const fixed = toFixed(value, decimals);
  const negative = fixed.startsWith('-');
  const [integer, fraction] = (negative ? fixed.slice(1) : fixed).split('.');
  let grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  if (options.leadingZero && decimals === 0 && grouped.length === 1 && grouped !== '0') grouped = `0${grouped}`;
  const zero = /^[0.]+$/.test(integer + (fraction ?? ''));
  const sign = negative && !zero ? '-' : options.signed && !negative && !zero ? '+' : '';
  return `${sign}${grouped}${fraction ? `${point}${fraction}` : ''}${options.percent ? '%' : ''}`;
}

export function formatVi(value: Exact, options: FormatOptions = {}): string {
  return format(value, options, '.', ',');
}

export function formatEn(value: Exact, options: FormatOptions = {}): string {
  return format(value, options, ',', '.');
}
