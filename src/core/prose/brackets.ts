// Reading a sentence's parentheses: where one closes, and the items of a list set off by semicolons outside them.

/** The index of the ")" that closes the parenthesis opened just before `from`, or -1. */
export function closingParen(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

/** The non-blank items of text[from, to) set off by semicolons outside parentheses. */
export function semicolonItems(text: string, from: number, to: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let depth = 0;
  let last = from;
  for (let i = from; i < to; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth = Math.max(0, depth - 1);
    else if (text[i] === ';' && depth === 0) {
      out.push({ start: last, end: i });
      last = i + 1;
    }
  }
  out.push({ start: last, end: to });
  return out.filter((i) => text.slice(i.start, i.end).trim());
}
