// A test double of the part of Word's object model the prose host uses: paragraphs, footnotes with their
// reference marks, search, select and insertText. Reading a property before load() and sync() throws;
// writes wait for sync(); syncs are counted.
export interface FakeDocument {
  /** Body paragraphs; "[n]" in a paragraph marks the reference of footnote n (not part of its text). */
  body: string[];
  footnotes: string[];
  selection?: string;
}

class Context {
  syncs = 0;
  private queue: (() => void)[] = [];
  document: { body: Body };
  constructor(readonly doc: FakeDocument) {
    this.document = { body: new Body(this, { kind: 'body' }) };
  }
  enqueue(op: () => void) {
    this.queue.push(op);
  }
  async sync() {
    this.syncs++;
    const ops = this.queue;
    this.queue = [];
    ops.forEach((op) => op());
  }
}

class Loadable {
  private loadedAt = -1;
  constructor(protected ctx: Context) {}
  load(_props?: string) {
    const at = this.ctx.syncs;
    this.ctx.enqueue(() => (this.loadedAt = at));
    return this;
  }
  protected check(name: string) {
    if (this.loadedAt < 0) throw new Error(`${name} read before load() and sync()`);
  }
}

type Where = { kind: 'body' } | { kind: 'footnote'; k: number };

const MARK = /\[(\d+)\]/g;
const plain = (s: string) => s.replace(MARK, '');

class Body extends Loadable {
  constructor(
    ctx: Context,
    readonly where: Where,
  ) {
    super(ctx);
  }
  get paragraphs(): ParagraphCollection {
    return new ParagraphCollection(this.ctx);
  }
  get footnotes(): FootnoteCollection {
    return (this.ctx as unknown as { notes?: FootnoteCollection }).notes ??= new FootnoteCollection(this.ctx);
  }
  get text(): string {
    this.check('body.text');
    return this.where.kind === 'footnote' ? this.ctx.doc.footnotes[this.where.k] : this.ctx.doc.body.map(plain).join('\n');
  }
  search(text: string) {
    const found: Range[] = [];
    const lines = this.where.kind === 'body' ? this.ctx.doc.body.map((_, i) => ({ i, t: plain(this.ctx.doc.body[i]) })) : [{ i: this.where.k, t: this.ctx.doc.footnotes[this.where.k] }];
    for (const { i, t } of lines) {
      let at = t.indexOf(text);
      while (at >= 0) {
        found.push(new Range(this.ctx, this.where, i, at, at + text.length));
        at = t.indexOf(text, at + 1);
      }
    }
    return new RangeCollection(this.ctx, found);
  }
}

class ParagraphCollection extends Loadable {
  get items() {
    this.check('paragraphs.items');
    return this.ctx.doc.body.map((t) => ({ text: plain(t) }));
  }
}

class FootnoteCollection extends Loadable {
  private cache?: { body: Body; reference: Range }[];
  get items() {
    this.check('footnotes.items');
    return (this.cache ??= this.ctx.doc.footnotes.map((_, k) => {
      const body = new Body(this.ctx, { kind: 'footnote', k });
      body.load();
      // The reference mark: find "[k+1]" in the body paragraphs.
      const i = this.ctx.doc.body.findIndex((t) => t.includes(`[${k + 1}]`));
      const at = plain(this.ctx.doc.body[i].slice(0, this.ctx.doc.body[i].indexOf(`[${k + 1}]`))).length;
      return { body, reference: new Range(this.ctx, { kind: 'body' }, i, at, at) };
    }));
  }
}

class RangeCollection extends Loadable {
  constructor(
    ctx: Context,
    private found: Range[],
  ) {
    super(ctx);
  }
  get items() {
    this.check('search results');
    return this.found;
  }
}

class Range extends Loadable {
  constructor(
    ctx: Context,
    private where: Where,
    private line: number,
    private start: number,
    private end: number,
  ) {
    super(ctx);
  }
  private source(): string {
    return this.where.kind === 'body' ? plain(this.ctx.doc.body[this.line]) : this.ctx.doc.footnotes[this.where.k];
  }
  get text() {
    this.check('range.text');
    return this.source().slice(this.start, this.end);
  }
  get paragraphs() {
    return { getFirst: () => new Range(this.ctx, this.where, this.line, 0, this.source().length) };
  }
  getRange(where: 'Start' | 'End') {
    const at = where === 'Start' ? this.start : this.end;
    return new Range(this.ctx, this.where, this.line, at, at);
  }
  expandTo(other: Range) {
    return new Range(this.ctx, this.where, this.line, Math.min(this.start, other.start), Math.max(this.end, other.end));
  }
  search(text: string) {
    const inside = this.source().slice(this.start, this.end);
    const found: Range[] = [];
    let at = inside.indexOf(text);
    while (at >= 0) {
      found.push(new Range(this.ctx, this.where, this.line, this.start + at, this.start + at + text.length));
      at = inside.indexOf(text, at + 1);
    }
    return new RangeCollection(this.ctx, found);
  }
  select() {
    this.ctx.enqueue(() => (this.ctx.doc.selection = this.source().slice(this.start, this.end)));
  }
  insertText(text: string, _how: 'Replace') {
    this.ctx.enqueue(() => {
      if (this.where.kind === 'footnote') {
        const t = this.ctx.doc.footnotes[this.where.k];
        this.ctx.doc.footnotes[this.where.k] = t.slice(0, this.start) + text + t.slice(this.end);
      } else {
        // Map plain offsets back to the marked text, so footnote marks stay where they are.
        const marked = this.ctx.doc.body[this.line];
        let plainAt = 0;
        let start = -1;
        let end = -1;
        for (let i = 0; i <= marked.length; i++) {
          const mark = /^\[\d+\]/.exec(marked.slice(i));
          if (mark) {
            i += mark[0].length - 1;
            continue;
          }
          if (plainAt === this.start && start < 0) start = i;
          if (plainAt === this.end) {
            end = i;
            break;
          }
          plainAt++;
        }
        this.ctx.doc.body[this.line] = marked.slice(0, start) + text + marked.slice(end);
      }
    });
  }
}

export function fakeWord(doc: FakeDocument) {
  const state = { syncs: 0 };
  const run = async <T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> => {
    const ctx = new Context(doc);
    try {
      return await batch(ctx as unknown as Word.RequestContext);
    } finally {
      state.syncs += ctx.syncs;
    }
  };
  return { run, state };
}

/**
 * A document as a run of pieces (paragraphs, table rows, footnote references) with content controls over spans
 * of them, for checking where an inserted table's footnote references landed. `web` places them as Word on the
 * web has: right after the control instead of inside it.
 */
export interface FakeLayout {
  /** inTable: a reference inside a table cell. */
  pieces: { kind: 'paragraph' | 'row' | 'reference'; text: string; inTable?: boolean }[];
  controls: { tag: string; title: string; start: number; end: number }[];
}

export function fakeWordLayout(layout: FakeLayout) {
  const state = { syncs: 0 };
  let queue: (() => void)[] = [];
  const enqueue = (op: () => void) => queue.push(op);
  const later = <T>(compute: () => T) => {
    const box: { value?: T; ready: boolean } = { ready: false };
    enqueue(() => {
      box.value = compute();
      box.ready = true;
    });
    return {
      get value(): T {
        if (!box.ready) throw new Error('read before sync()');
        return box.value as T;
      },
    };
  };
  const references = (start: number, end: number) => layout.pieces.map((p, i) => ({ p, i })).filter(({ p, i }) => p.kind === 'reference' && i >= start && i <= end);

  class Notes {
    private loaded?: { reference: Range }[];
    constructor(private span: () => [number, number]) {}
    load(_p: string) {
      enqueue(() => {
        const [s, e] = this.span();
        this.loaded = references(s, e).map(({ i }) => ({ reference: new Range(() => [i, i]) }));
      });
    }
    get items() {
      if (!this.loaded) throw new Error('items read before load() and sync()');
      return this.loaded;
    }
  }

  class Range {
    constructor(readonly span: () => [number, number]) {}
    get footnotes() {
      return new Notes(this.span);
    }
    expandTo(other: Range) {
      return new Range(() => [Math.min(this.span()[0], other.span()[0]), Math.max(this.span()[1], other.span()[1])]);
    }
    compareLocationWith(other: Range) {
      return later(() => {
        const [s, e] = this.span();
        const [os, oe] = other.span();
        if (s > oe) return s === oe + 1 ? 'AdjacentAfter' : 'After';
        if (e < os) return e === os - 1 ? 'AdjacentBefore' : 'Before';
        return 'Inside';
      });
    }
    get parentTableOrNullObject() {
      const table = later(() => layout.pieces[this.span()[0]].kind === 'row' || !!layout.pieces[this.span()[0]].inTable);
      return { load: () => undefined, get isNullObject() { return !table.value; } };
    }
    insertContentControl() {
      const made = { tag: '', title: '', start: 0, end: 0 };
      enqueue(() => {
        const [s, e] = this.span();
        // Word refuses a control that starts or ends on a table row; so does the fake.
        if (layout.pieces[s].kind === 'row' || layout.pieces[e].kind === 'row') throw new Error('a content control cannot start or end on a table row');
        Object.assign(made, { start: s, end: e });
        layout.controls.push(made);
      });
      return new Control(made);
    }
  }

  class Control {
    constructor(private c: FakeLayout['controls'][number]) {}
    getRange(_where: 'Whole') {
      return new Range(() => [this.c.start, this.c.end]);
    }
    load(_p: string) {}
    get tag() {
      return this.c.tag;
    }
    set tag(v: string) {
      enqueue(() => (this.c.tag = v));
    }
    get title() {
      return this.c.title;
    }
    set title(v: string) {
      enqueue(() => (this.c.title = v));
    }
    delete(keepContent: boolean) {
      if (!keepContent) throw new Error('the fake only keeps content');
      enqueue(() => layout.controls.splice(layout.controls.indexOf(this.c), 1));
    }
  }

  const context = {
    document: {
      body: { get footnotes() { return new Notes(() => [0, layout.pieces.length - 1]); } },
      contentControls: { getByTag: (tag: string) => ({ getFirst: () => new Control(layout.controls.find((c) => c.tag === tag)!) }) },
    },
    async sync() {
      state.syncs++;
      const ops = queue;
      queue = [];
      ops.forEach((op) => op());
    },
  };
  return { context: context as unknown as Word.RequestContext, state };
}

/**
 * A document as a list of blocks (paragraphs and tables) for inserting tables: the insertion calls the report
 * adapter makes (insertParagraph, insertTable, cells, merges, footnotes, content controls) act on the blocks at
 * sync(), in order, as Word would; a control marks the blocks it covers with its tag. `edits` counts every change
 * made to a block that existed before, which an insertion must leave at 0.
 */
export interface FakeBlock {
  kind: 'paragraph' | 'table';
  text: string;
  /** A table's values, row by row. */
  rows?: string[][];
  merges?: string[];
  footnotes: string[];
  /** The tag of the content control that covers it. */
  control?: string;
  format: Record<string, unknown>;
}

export interface FakeBlockDocument {
  blocks: FakeBlock[];
  /** The block holding the cursor. */
  selection: number;
  controls: { tag: string; title: string }[];
  edits: number;
}

export function fakeWordDocument(doc: FakeBlockDocument) {
  const state = { syncs: 0, requests: [] as number[] };
  const original = new Set(doc.blocks);
  let queue: (() => void)[] = [];
  const enqueue = (op: () => void) => queue.push(op);
  const touch = (b: FakeBlock) => {
    if (original.has(b)) doc.edits++;
  };
  const indexOf = (b: FakeBlock) => {
    const i = doc.blocks.indexOf(b);
    if (i < 0) throw new Error('the block is not in the document');
    return i;
  };
  const block = (kind: FakeBlock['kind'], text: string): FakeBlock => ({ kind, text, footnotes: [], format: {} });
  const insertAfter = (anchor: () => FakeBlock, made: FakeBlock) => {
    enqueue(() => doc.blocks.splice(indexOf(anchor()) + 1, 0, made));
    return made;
  };
  const formatOf = (b: FakeBlock, prefix = '') => ({
    set(props: Record<string, unknown>) {
      enqueue(() => {
        touch(b);
        for (const [k, v] of Object.entries(props)) b.format[`${prefix}font.${k}`] = v;
      });
    },
    set bold(v: boolean) {
      enqueue(() => {
        touch(b);
        b.format[`${prefix}font.bold`] = v;
      });
    },
  });

  class Range {
    constructor(
      readonly first: () => FakeBlock,
      readonly last: () => FakeBlock,
    ) {}
    insertParagraph(text: string, where: 'After') {
      if (where !== 'After') throw new Error('only After is modelled');
      return new Paragraph(insertAfter(this.last, block('paragraph', text)));
    }
    getRange(_where: 'Start' | 'End' | 'Whole') {
      return this;
    }
    expandTo(other: Range) {
      return new Range(this.first, other.last);
    }
    insertFootnote(text: string) {
      enqueue(() => {
        touch(this.last());
        this.last().footnotes.push(text);
      });
    }
    insertContentControl() {
      const made = { tag: '', title: '' };
      enqueue(() => {
        const [s, e] = [indexOf(this.first()), indexOf(this.last())];
        if (doc.blocks[s].kind === 'table' || doc.blocks[e].kind === 'table') throw new Error('a content control cannot start or end on a table');
        for (let i = s; i <= e; i++) {
          if (doc.blocks[i].control !== undefined) throw new Error('content controls overlap');
          doc.blocks[i].control = made as unknown as string;
        }
        doc.controls.push(made);
      });
      return new Control(made, this);
    }
    get footnotes() {
      let items: unknown[] | undefined;
      return {
        load: (_p: string) =>
          enqueue(() => {
            const [s, e] = [indexOf(this.first()), indexOf(this.last())];
            items = doc.blocks.slice(s, e + 1).flatMap((b) => b.footnotes);
          }),
        get items() {
          if (!items) throw new Error('items read before load() and sync()');
          return items;
        },
      };
    }
  }

  class Paragraph extends Range {
    constructor(readonly b: FakeBlock) {
      super(() => b, () => b);
    }
    set alignment(v: string) {
      enqueue(() => {
        touch(this.b);
        this.b.format.alignment = v;
      });
    }
    get font() {
      return formatOf(this.b);
    }
    insertTable(rowCount: number, columnCount: number, where: 'After', values: string[][]) {
      if (values.length !== rowCount || values.some((r) => r.length !== columnCount)) throw new Error('values do not match the table size');
      const t = block('table', '');
      t.rows = values.map((r) => [...r]);
      t.merges = [];
      insertAfter(() => this.b, t);
      if (where !== 'After') throw new Error('only After is modelled');
      return new Table(t);
    }
  }

  class Table extends Paragraph {
    set styleBuiltIn(v: string) {
      enqueue(() => (this.b.format.style = v));
    }
    set headerRowCount(v: number) {
      enqueue(() => (this.b.format.headerRowCount = v));
    }
    getCell(r: number, c: number) {
      const t = this.b;
      const at = `cell ${r},${c}`;
      const set = (k: string, v: unknown) =>
        enqueue(() => {
          if (!t.rows![r] || t.rows![r][c] === undefined) throw new Error(`no ${at}`);
          t.format[`${at}.${k}`] = v;
        });
      return {
        set columnWidth(v: number) {
          set('columnWidth', v);
        },
        set horizontalAlignment(v: string) {
          set('horizontalAlignment', v);
        },
        body: { font: { set bold(v: boolean) { set('bold', v); } } },
      };
    }
    mergeCells(top: number, left: number, bottom: number, right: number) {
      enqueue(() => this.b.merges!.push(`${top},${left}:${bottom},${right}`));
    }
  }

  class Control {
    constructor(
      private made: { tag: string; title: string },
      private range: Range,
    ) {}
    set tag(v: string) {
      enqueue(() => {
        this.made.tag = v;
        // Blocks carry the tag itself from here on, so that a test reads which control holds them.
        for (const b of doc.blocks) if ((b.control as unknown) === this.made) b.control = v;
      });
    }
    set title(v: string) {
      enqueue(() => (this.made.title = v));
    }
    getRange(_where: 'Whole') {
      return this.range;
    }
    insertParagraph(text: string, where: 'After') {
      return this.range.insertParagraph(text, where);
    }
    load(_p: string) {}
  }

  const context = {
    document: { getSelection: () => new Range(() => doc.blocks[doc.selection], () => doc.blocks[doc.selection]) },
    async sync() {
      state.syncs++;
      state.requests.push(queue.length);
      const ops = queue;
      queue = [];
      ops.forEach((op) => op());
    },
  };
  const run = async <T>(batch: (c: Word.RequestContext) => Promise<T>): Promise<T> => batch(context as unknown as Word.RequestContext);
  return { run, state };
}
