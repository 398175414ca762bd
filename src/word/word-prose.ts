// The prose pane's host inside Word. Reading takes two syncs whatever the document's length: one for the
// body's paragraphs and the footnotes' text, one for where each footnote is referenced. Selecting a claim
// takes two (search, select) and a fix three (the sentence, the figure in it, the replacement), one more
// for a claim in a footnote. Footnotes need WordApi 1.5; without it the body alone is read.
import type { Lang, Paragraph, ProseClaim } from '../core';
import type { ProseHost } from '../taskpane/prose-host';

type Run = <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>;

/** Word's search takes at most 255 characters. */
const SEARCH_LIMIT = 255;

export class WordProseHost implements ProseHost {
  readonly kind = 'word';
  readonly canFix = true;

  constructor(
    readonly lang: Lang,
    private readonly run: Run,
    readonly hasFootnotes: boolean,
  ) {}

  async readParagraphs(): Promise<Paragraph[]> {
    return this.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('items/text');
      const footnotes = this.hasFootnotes ? context.document.body.footnotes : undefined;
      footnotes?.load('items/body/text');
      await context.sync();

      // Where each footnote is referenced: the text of its paragraph up to the reference mark.
      const refs = (footnotes?.items ?? []).map((f) => {
        const paragraph = f.reference.paragraphs.getFirst();
        paragraph.load('text');
        const before = paragraph.getRange('Start').expandTo(f.reference.getRange('Start'));
        before.load('text');
        return { paragraph, before };
      });
      if (refs.length) await context.sync();

      const out: Paragraph[] = [];
      let n = 0;
      for (const p of paragraphs.items) if (p.text.trim()) out.push({ location: 'body', paragraph: ++n, text: p.text });
      refs.forEach(({ paragraph, before }, k) => {
        const at = out.find((p) => p.location === 'body' && p.text === paragraph.text);
        if (at) (at.notes ??= []).push({ at: before.text.length, footnote: k + 1 });
      });
      (footnotes?.items ?? []).forEach((f, k) => {
        f.body.text
          .split(/\r\n?|\n/)
          .map((t) => t.trim())
          .filter(Boolean)
          .forEach((text, j) => out.push({ location: `footnote ${k + 1}`, paragraph: j + 1, text }));
      });
      return out;
    });
  }

  /** The body, or the body of the claim's footnote (the footnotes must be loaded). */
  private scopeOf(context: Word.RequestContext, location: string): Word.Body {
    if (location === 'body') return context.document.body;
    const k = Number(location.slice('footnote '.length)) - 1;
    return context.document.body.footnotes.items[k]?.body ?? context.document.body;
  }

  /** The claim's sentence in the body or in its footnote: its first match, or undefined. */
  private async sentence(context: Word.RequestContext, location: string, quote: string): Promise<Word.Range | undefined> {
    if (location !== 'body') {
      context.document.body.footnotes.load('items');
      await context.sync();
    }
    const results = this.scopeOf(context, location).search(quote.slice(0, SEARCH_LIMIT), { matchCase: true });
    results.load('items');
    await context.sync();
    return results.items[0];
  }

  async selectClaim(claim: ProseClaim): Promise<void> {
    await this.run(async (context) => {
      (await this.sentence(context, claim.location, claim.quote))?.select();
      await context.sync();
    });
  }

  async applyFix(claim: ProseClaim): Promise<boolean> {
    const fix = claim.fix;
    if (!fix) return false;
    return this.run(async (context) => {
      // Find the claim's sentence, then the figure inside it: only that figure is replaced.
      const sentence = await this.sentence(context, fix.location, claim.quote);
      if (!sentence) return false;
      const figures = sentence.search(fix.text, { matchCase: true, matchWholeWord: false });
      figures.load('items/text');
      await context.sync();
      const target = figures.items[0];
      if (!target) return false;
      target.insertText(fix.value, 'Replace');
      await context.sync();
      return true;
    });
  }
}
