// A .docx's body and footnotes as paragraphs, read with jszip; footnote references keep their place.
import JSZip from 'jszip';
import type { Paragraph } from '../core';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => (e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENTITIES[e]));

interface Run {
  text: string;
  notes: { at: number; footnote: number }[];
}

// Tracked deletions and text moved away are not part of the document as it reads (Word's "No Markup" view);
// their runs hold w:delText, but tabs, breaks and footnote references inside them would still be picked up.
const REMOVED = /<w:(del|moveFrom)\b[^>]*?(?<!\/)>[\s\S]*?<\/w:\1>/g;

function paragraphText(paragraph: string): Run & { deleted: boolean } {
  let text = '';
  const notes: Run['notes'] = [];
  const xml = paragraph.replace(REMOVED, '');
  const deleted = (paragraph.match(REMOVED) ?? []).some((r) => /<w:(delText|t)\b[^>]*>[^<]/.test(r));
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>|<w:footnoteReference\b[^>]*w:id="(\d+)"/g)) {
    if (m[1] !== undefined) text += decode(m[1]);
    else if (m[2] !== undefined) notes.push({ at: text.length, footnote: Number(m[2]) });
    else text += m[0].startsWith('<w:tab') ? '\t' : '\n';
  }
  return { text, notes, deleted };
}

export async function readDocx(data: Buffer | ArrayBuffer): Promise<Paragraph[]> {
  const zip = await JSZip.loadAsync(data);
  const document = await zip.file('word/document.xml')?.async('string');
  if (!document) throw new Error('thiếu word/document.xml');
  const out: Paragraph[] = [];
  // Footnotes are numbered by Word in order of reference; ids are not numbers the reader sees.
  const order = new Map<number, number>();
  let n = 0;
  for (const m of document.matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)) {
    const { text, notes, deleted } = paragraphText(m[0]);
    // A paragraph whose text is all deleted is still a paragraph in Word until the change is accepted, and the
    // pane counts it, so the paragraphs after it keep the numbers Word gives them.
    if (text.trim() === '' && deleted) {
      n++;
      continue;
    }
    const numbered = notes.map((x) => {
      if (!order.has(x.footnote)) order.set(x.footnote, order.size + 1);
      return { at: x.at, footnote: order.get(x.footnote)! };
    });
    if (text.trim() === '') continue;
    out.push({ location: 'body', paragraph: ++n, text, notes: numbered.length ? numbered : undefined });
  }
  const footnotes = await zip.file('word/footnotes.xml')?.async('string');
  if (footnotes) {
    for (const f of footnotes.matchAll(/<w:footnote\b([^>]*)>([\s\S]*?)<\/w:footnote>/g)) {
      const id = Number(/w:id="(-?\d+)"/.exec(f[1])?.[1]);
      if (/w:type="(separator|continuationSeparator|continuationNotice)"/.test(f[1]) || !order.has(id)) continue;
      let k = 0;
      for (const p of f[2].matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)) {
        const { text } = paragraphText(p[0]);
        if (text.trim()) out.push({ location: `footnote ${order.get(id)!}`, paragraph: ++k, text: text.trim() });
      }
    }
  }
  return out;
}
