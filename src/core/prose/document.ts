// A report's text as paragraphs of the body and of its footnotes, each with where it came from.

export type Location = 'body' | `footnote ${number}`;

export interface Paragraph {
  location: Location;
  /** 1-based, within the body or within its footnote. */
  paragraph: number;
  text: string;
  /** 1-based line of the source text file, when read from one. */
  line?: number;
  /** Footnote references inside a body paragraph: the character offset and the footnote's number. */
  notes?: { at: number; footnote: number }[];
  /** Where each further line of the source file starts in the text, when a footnote reference joined lines. */
  lineStarts?: { at: number; line: number }[];
}

/** The source line a position of a paragraph's text stands on. */
export function lineOf(p: Paragraph, at: number): number | undefined {
  return p.lineStarts?.filter((s) => s.at <= at).at(-1)?.line ?? p.line;
}

const FOOTNOTE_TEXT = /^\[\uFFFD\]\s*/;

/**
 * The drafts' export format: in the body a footnote reference is a line ending in "[" followed by a line
 * starting with "]"; the footnote texts come at the end, each starting with "[" U+FFFD "]".
 */
export function parseExportedText(source: string): Paragraph[] {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  const firstNote = lines.findIndex((l) => FOOTNOTE_TEXT.test(l));
  const bodyEnd = firstNote < 0 ? lines.length : firstNote;
  const out: Paragraph[] = [];
  let footnote = 0;
  let bodyCount = 0;
  for (let i = 0; i < bodyEnd; i++) {
    let text = lines[i];
    const line = i + 1;
    const notes: { at: number; footnote: number }[] = [];
    const starts: { at: number; line: number }[] = [];
    while (text.endsWith('[') && i + 1 < bodyEnd && lines[i + 1].startsWith(']')) {
      text = text.slice(0, -1);
      notes.push({ at: text.length, footnote: ++footnote });
      starts.push({ at: text.length, line: i + 2 });
      text += lines[++i].slice(1);
    }
    if (text.trim() === '') continue;
    out.push({ location: 'body', paragraph: ++bodyCount, text, line, notes: notes.length ? notes : undefined, ...(starts.length ? { lineStarts: starts } : {}) });
  }
  let n = 0;
  for (let i = bodyEnd; i < lines.length; i++) {
    if (FOOTNOTE_TEXT.test(lines[i])) {
      n++;
      out.push({ location: `footnote ${n}`, paragraph: 1, text: lines[i].replace(FOOTNOTE_TEXT, ''), line: i + 1 });
    } else if (lines[i].trim() !== '' && n > 0) {
      const within = out.filter((p) => p.location === `footnote ${n}`).length;
      out.push({ location: `footnote ${n}`, paragraph: within + 1, text: lines[i], line: i + 1 });
    }
  }
  return out;
}
