// How wide a text is set in Times New Roman, for sizing a report's columns without a font engine. The
// advance widths are the standard Times metrics (1/1000 em); Vietnamese letters are measured by their base
// letter, horned ư/ơ a little wider. Slightly generous on purpose: a column a hair too wide costs nothing,
// one a hair too narrow breaks a word.

const REGULAR: Record<string, number> = {};
const BOLD: Record<string, number> = {};

function fill(table: Record<string, number>, chars: string, widths: number[]) {
  [...chars].forEach((ch, i) => (table[ch] = widths[i]));
}

fill(REGULAR, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', [722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611]);
fill(REGULAR, 'abcdefghijklmnopqrstuvwxyz', [444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444]);
fill(REGULAR, ' !"#$%&\'()*+,-./:;<=>?@', [250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 278, 278, 564, 564, 564, 444, 921]);
fill(BOLD, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', [722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667]);
fill(BOLD, 'abcdefghijklmnopqrstuvwxyz', [500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444]);
fill(BOLD, ' !"#$%&\'()*+,-./:;<=>?@', [250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 333, 333, 570, 570, 570, 500, 930]);

function advance(ch: string, bold: boolean): number {
  const table = bold ? BOLD : REGULAR;
  if (ch >= '0' && ch <= '9') return 500;
  if (table[ch] !== undefined) return table[ch];
  if (ch === 'đ') return bold ? 556 : 500;
  if (ch === 'Đ') return 722;
  const base = ch.normalize('NFD');
  const letter = base.charAt(0);
  const horn = base.includes('\u031b') ? 60 : 0;
  if (table[letter] !== undefined) return table[letter] + horn;
  return bold ? 600 : 556;
}

/** The width of a text on one line, in twips (1/20 pt), at a font size in points. */
export function textWidth(text: string, pt: number, bold = false): number {
  let units = 0;
  for (const ch of text) units += advance(ch, bold);
  return (units / 1000) * pt * 20 * 1.03;
}

export function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** How many lines a text takes when wrapped at word boundaries into a width (twips). */
export function linesAt(text: string, width: number, pt: number, bold = false): number {
  const space = textWidth(' ', pt, bold);
  let lines = 1;
  let used = 0;
  for (const w of words(text)) {
    const ww = textWidth(w, pt, bold);
    if (used === 0) used = ww;
    else if (used + space + ww <= width) used += space + ww;
    else {
      lines++;
      used = ww;
    }
  }
  return lines;
}
