// Inserting a table document into Word at the cursor, and refreshing it later from a newer workbook.
// An insertion is one sync (several tables share it up to a request budget): caption, unit line, table (values, borders, alignment, bold, merges), source
// note and footnotes are all queued, inside one content control tagged with the table's id and source.
// Needs WordApi 1.4 (merges); footnotes need WordApi 1.5, and without it the sentences become a note
// paragraph under the table. Text outside the content control is never touched.
import { tableLayout, type TableDocument } from '../core';
import { FootnotePlacement, keepFootnotesInside } from './footnote-placement';

type Run = <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>;

export const TAG_PREFIX = 'soatso:table:';

/** Word on the web refuses a request over 5 MB; tables are queued together under this. */
const INSERT_BUDGET_BYTES = 4 * 2 ** 20;
/** A cell costs its text, its proxy and its alignment and font in the request: about this much, plus the text. */
const estimateTableBytes = (doc: TableDocument) => 2000 + doc.rows.reduce((n, r) => n + r.cells.reduce((m, c) => m + 250 + c.text.length * 3, 0), 0) + doc.footnotes.join('').length * 3;

export function tagOf(id: string): string {
  return `${TAG_PREFIX}${id}`;
}

/** The table's cells as a full grid: a merged area's text in its first cell, the rest empty. */
export function gridOf(doc: TableDocument): { values: string[][]; merges: { top: number; left: number; bottom: number; right: number }[] } {
  const rows = doc.rows.length;
  const values = Array.from({ length: rows }, () => Array<string>(doc.columns).fill(''));
  const taken = Array.from({ length: rows }, () => Array<boolean>(doc.columns).fill(false));
  const merges: { top: number; left: number; bottom: number; right: number }[] = [];
  doc.rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row.cells) {
      while (taken[r][c]) c++;
      values[r][c] = cell.text;
      for (let dr = 0; dr < cell.rowSpan; dr++) for (let dc = 0; dc < cell.colSpan; dc++) taken[r + dr][c + dc] = true;
      if (cell.rowSpan > 1 || cell.colSpan > 1) merges.push({ top: r, left: c, bottom: r + cell.rowSpan - 1, right: c + cell.colSpan - 1 });
      c += cell.colSpan;
    }
  });
  return { values, merges };
}

export interface Change {
  row: number;
  col: number;
  from: string;
  to: string;
}

export class WordReport {
  constructor(
    private readonly run: Run,
    private readonly hasFootnotes: boolean,
  ) {}

  /** Where the footnote references ended up, when Word has footnotes. */
  async insert(doc: TableDocument, source: string): Promise<FootnotePlacement | void> {
    return this.run(async (context) => {
      const control = this.queueTable(doc, source, (text) => context.document.getSelection().insertParagraph(text, 'After'));
      await context.sync();
      if (this.hasFootnotes) return keepFootnotesInside(context, control, doc.footnotes.length);
    });
  }

  /**
   * Every table at the cursor, in order, each in its own content control right after the one before. Tables are
   * queued together up to a request budget (Word on the web refuses a request over 5 MB), so a workbook's tables
   * usually take one sync, which also reads back where their footnote references landed; never more than one a table.
   */
  async insertAll(docs: TableDocument[], source: string, budgetBytes = INSERT_BUDGET_BYTES): Promise<(FootnotePlacement | void)[]> {
    if (!docs.length) return [];
    return this.run(async (context) => {
      const controls: Word.ContentControl[] = [];
      let queued = 0;
      for (const doc of docs) {
        const size = estimateTableBytes(doc);
        if (queued && queued + size > budgetBytes) {
          await context.sync();
          queued = 0;
        }
        const previous = controls[controls.length - 1];
        controls.push(this.queueTable(doc, source, (text) => (previous ? previous.insertParagraph(text, 'After') : context.document.getSelection().insertParagraph(text, 'After'))));
        queued += size;
      }
      // Loads queued after the writes read the document as written: where every table's footnote references
      // landed comes back in the same last sync. Only a table whose references slipped out of its control costs more.
      const counts = this.hasFootnotes
        ? controls.map((c) => {
            const notes = c.getRange('Whole').footnotes;
            notes.load('items');
            return notes;
          })
        : [];
      await context.sync();
      if (!this.hasFootnotes) return docs.map(() => undefined);
      const placed: FootnotePlacement[] = [];
      for (const [i, doc] of docs.entries()) {
        placed.push(counts[i].items.length >= doc.footnotes.length ? { kind: 'inside' } : await keepFootnotesInside(context, controls[i], doc.footnotes.length));
      }
      return placed;
    });
  }

  /** Queues one table's caption, unit line, table, source note and footnotes in a tagged content control; no sync. */
  private queueTable(doc: TableDocument, source: string, start: (text: string) => Word.Paragraph): Word.ContentControl {
    const caption = start(doc.caption);
    caption.alignment = 'Centered';
    caption.font.set({ name: 'Times New Roman', size: 13, bold: true, italic: false });
    let last: Word.Paragraph = caption;
    if (doc.unit) {
      last = last.insertParagraph(`Đơn vị tính: ${doc.unit}`, 'After');
      last.alignment = 'Right';
      last.font.set({ name: 'Times New Roman', size: 12, bold: false, italic: true });
    }
    const { values, merges } = gridOf(doc);
    const table = last.insertTable(values.length, doc.columns, 'After', values);
    table.styleBuiltIn = 'TableGrid';
    const layout = tableLayout(doc);
    table.font.set({ name: 'Times New Roman', size: layout.pt, italic: false });
    // Header rows repeat on each page (WordApi 1.3); widths from content, set before merging so that every
    // column still has a cell of its own in the first row (TableCell.columnWidth, WordApi 1.3, in points).
    const headers = doc.rows.filter((r) => r.header).length;
    if (headers) table.headerRowCount = headers;
    layout.widths.forEach((w, c) => (table.getCell(0, c).columnWidth = Math.round(w / 2) / 10));
    doc.rows.forEach((row, r) => {
      row.cells.forEach((cell, k) => {
        const target = table.getCell(r, columnOf(doc, r, k));
        target.horizontalAlignment = cell.align === 'center' ? 'Centered' : cell.align === 'right' ? 'Right' : 'Left';
        if (cell.bold) target.body.font.bold = true;
      });
    });
    // Merge from the last area back, so that earlier cell indexes stay valid.
    for (const m of [...merges].reverse()) table.mergeCells(m.top, m.left, m.bottom, m.right);
    last = table.insertParagraph(doc.source ?? '', 'After');
    last.alignment = 'Left';
    last.font.set({ name: 'Times New Roman', size: 12, bold: false, italic: true });
    if (this.hasFootnotes) for (const sentence of doc.footnotes) caption.getRange('End').insertFootnote(sentence);
    else if (doc.footnotes.length) {
      last = last.insertParagraph(`Ghi chú: ${doc.footnotes.join(' ')}`, 'After');
      last.font.set({ name: 'Times New Roman', size: 12, bold: false, italic: false });
    }
    const control = caption.getRange('Start').expandTo(last.getRange('End')).insertContentControl();
    control.tag = tagOf(doc.id);
    control.title = `Soát Số: ${doc.caption} (${source})`;
    return control;
  }

  /**
   * Put a newer workbook's figures into an inserted table. Two syncs: read the table's values and its
   * footnotes, then write the cells and sentences that changed. Says which; a table whose shape changed is
   * left alone and reported. Only the content control's table and footnotes are written.
   */
  async update(doc: TableDocument): Promise<{ found: boolean; changes: Change[]; reshaped: boolean }> {
    return this.run(async (context) => {
      const controls = context.document.contentControls.getByTag(tagOf(doc.id));
      controls.load('items');
      const first = controls.getFirstOrNullObject();
      const tables = first.tables;
      tables.load('items/values,items/rowCount');
      const notes = this.hasFootnotes ? first.getRange().footnotes : undefined;
      notes?.load('items/body/text');
      await context.sync();
      if (!controls.items.length || !tables.items.length) return { found: false, changes: [], reshaped: false };
      const table = tables.items[0];
      const { values } = gridOf(doc);
      const old = table.values;
      if (old.length !== values.length || old.some((row, r) => row.length !== values[r].length)) return { found: true, changes: [], reshaped: true };
      const changes: Change[] = [];
      values.forEach((row, r) =>
        row.forEach((to, c) => {
          const from = old[r][c];
          if (from !== to && !(from === '' && to === '')) {
            changes.push({ row: r, col: c, from, to });
            table.getCell(r, c).value = to;
          }
        }),
      );
      // The footnote sentences are rewritten from the new figures too, where they differ.
      (notes?.items ?? []).forEach((note, i) => {
        const sentence = doc.footnotes[i];
        if (sentence !== undefined && note.body.text.trim() !== sentence) {
          note.body.insertText(sentence, 'Replace');
          changes.push({ row: -1, col: i, from: note.body.text.trim(), to: sentence });
        }
      });
      if (changes.length) await context.sync();
      return { found: true, changes, reshaped: false };
    });
  }
}

/** The column where the k-th written cell of a row starts, counting merged areas from rows above. */
function columnOf(doc: TableDocument, r: number, k: number): number {
  const taken = Array.from({ length: doc.rows.length }, () => Array<boolean>(doc.columns).fill(false));
  for (let rr = 0; rr <= r; rr++) {
    let c = 0;
    for (let kk = 0; kk < doc.rows[rr].cells.length; kk++) {
      while (taken[rr][c]) c++;
      if (rr === r && kk === k) return c;
      const cell = doc.rows[rr].cells[kk];
      for (let dr = 0; dr < cell.rowSpan && rr + dr < doc.rows.length; dr++) for (let dc = 0; dc < cell.colSpan; dc++) taken[rr + dr][c + dc] = true;
      c += cell.colSpan;
    }
  }
  return k;
}
