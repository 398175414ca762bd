// A test double of the part of Excel's object model the adapter uses. Like Office.js, loads and writes
// are queued and run in order at sync(); reading a property that was not loaded and synced throws;
// syncs are counted. (office-addin-mock cannot model collection loads such as "items/name".)
import { a1, parseA1, parseRangeA1 } from '../../src/core';

export interface FakeCell {
  value: number | string | boolean;
  formula?: string;
  numberFormat?: string;
  fill?: { color: string; pattern: string };
  note?: string;
  indent?: number;
  bold?: boolean;
  hidden?: boolean;
}

export interface FakeSheet {
  name: string;
  cells: Map<string, FakeCell>;
  merges: string[];
}

export interface FakeBook {
  sheets: FakeSheet[];
  settings: Map<string, string>;
  /** Custom XML parts, as their XML text. */
  parts?: string[];
  selection: { sheet: string; address: string };
  active: string;
}

type Op = () => void;

class NotLoaded extends Error {}

class Context {
  syncs = 0;
  private queue: Op[] = [];
  workbook: Workbook;
  constructor(readonly book: FakeBook) {
    this.workbook = new Workbook(this);
  }
  enqueue(op: Op) {
    this.queue.push(op);
  }
  async sync() {
    this.syncs++;
    const ops = this.queue;
    this.queue = [];
    for (const op of ops) op();
  }
}

/** An object whose properties become readable only after load() and sync(). */
class Proxy {
  private snapshot = new Map<string, unknown>();
  constructor(protected ctx: Context) {}
  protected abstractRead(_name: string): unknown {
    throw new Error('no such property');
  }
  load(props: string | string[] | object) {
    const names = typeof props === 'string' ? props.split(',').map((p) => p.trim()) : Array.isArray(props) ? props : Object.keys(props);
    this.ctx.enqueue(() => {
      for (const n of names) this.snapshot.set(n.split('/')[0], this.abstractRead(n.split('/')[0]));
    });
    return this;
  }
  protected get<T>(name: string): T {
    if (!this.snapshot.has(name)) throw new NotLoaded(`${name} was read before load() and sync()`);
    // Office.js loads a null object's properties without complaint; reading them is the error.
    if (name !== 'isNullObject' && this.snapshot.get('isNullObject') === true) throw new Error(`${name} read on a null object`);
    return this.snapshot.get(name) as T;
  }
}

class Workbook {
  worksheets: WorksheetCollection;
  settings: SettingCollection;
  customXmlParts: CustomXmlParts;
  constructor(private ctx: Context) {
    this.worksheets = new WorksheetCollection(ctx);
    this.settings = new SettingCollection(ctx);
    this.customXmlParts = new CustomXmlParts(ctx);
  }
  getSelectedRange() {
    const { sheet, address } = this.ctx.book.selection;
    return new Range(this.ctx, sheet, address);
  }
}

class WorksheetCollection extends Proxy {
  protected override abstractRead(name: string) {
    if (name === 'items') return this.ctx.book.sheets.map((s) => new Worksheet(this.ctx, s.name, true));
    return super.abstractRead(name);
  }
  get items(): Worksheet[] {
    return this.get('items');
  }
  getActiveWorksheet() {
    return new Worksheet(this.ctx, this.ctx.book.active);
  }
  getItem(name: string) {
    if (!this.ctx.book.sheets.some((s) => s.name === name)) throw new Error(`ItemNotFound: ${name}`);
    return new Worksheet(this.ctx, name);
  }
  add(name: string) {
    this.ctx.enqueue(() => {
      if (this.ctx.book.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new Error(`ItemAlreadyExists: ${name}`);
      this.ctx.book.sheets.push({ name, cells: new Map(), merges: [] });
    });
    return new Worksheet(this.ctx, name);
  }
}

/** The namespace a part's root element declares: how Excel's getByNamespace finds parts. */
const namespaceOf = (xml: string) => /<[A-Za-z][\w:.-]*\s[^>]*xmlns="([^"]*)"/.exec(xml)?.[1];

class CustomXmlParts {
  constructor(private ctx: Context) {}
  add(xml: string) {
    this.ctx.enqueue(() => (this.ctx.book.parts ??= []).push(xml));
  }
  getByNamespace(ns: string) {
    return new ScopedParts(this.ctx, ns);
  }
}

class ScopedParts extends Proxy {
  constructor(
    ctx: Context,
    private ns: string,
  ) {
    super(ctx);
  }
  private indexes() {
    return (this.ctx.book.parts ?? []).map((x, i) => (namespaceOf(x) === this.ns ? i : -1)).filter((i) => i >= 0);
  }
  protected override abstractRead(name: string) {
    if (name === 'items') return this.indexes().map((i) => new XmlPart(this.ctx, () => i));
    return super.abstractRead(name);
  }
  get items(): XmlPart[] {
    return this.get('items');
  }
  getOnlyItemOrNullObject() {
    // Resolved at sync time, as Office.js does: a null object unless exactly one part has the namespace.
    let index: number | undefined;
    this.ctx.enqueue(() => {
      const found = this.indexes();
      index = found.length === 1 ? found[0] : undefined;
    });
    return new XmlPart(this.ctx, () => index);
  }
}

class XmlPart extends Proxy {
  constructor(
    ctx: Context,
    private index: () => number | undefined,
  ) {
    super(ctx);
    this.load('isNullObject');
  }
  protected override abstractRead(name: string) {
    if (name === 'isNullObject') return this.index() === undefined;
    return super.abstractRead(name);
  }
  get isNullObject(): boolean {
    return this.get('isNullObject');
  }
  getXml() {
    return new ClientResult(this.ctx, () => this.ctx.book.parts![this.index()!]);
  }
  delete() {
    // Deleting shifts no other part's index within the batch: mark, then drop at the end of the queue.
    this.ctx.enqueue(() => {
      this.ctx.book.parts![this.index()!] = '\u0000deleted';
    });
    this.ctx.enqueue(() => (this.ctx.book.parts = this.ctx.book.parts!.filter((x) => x !== '\u0000deleted')));
  }
}

class Worksheet extends Proxy {
  notes: NoteCollection;
  /** Items of a loaded collection arrive with their loaded properties. */
  constructor(
    ctx: Context,
    private sheetName: string,
    private readonly preloaded = false,
  ) {
    super(ctx);
    this.notes = new NoteCollection(ctx, sheetName);
  }
  protected override abstractRead(name: string) {
    if (name === 'name') return this.sheetName;
    return super.abstractRead(name);
  }
  get name(): string {
    return this.preloaded ? this.sheetName : this.get('name');
  }
  set name(next: string) {
    const before = this.sheetName;
    this.ctx.enqueue(() => {
      this.ctx.book.sheets.find((s) => s.name === before)!.name = next;
    });
    this.sheetName = next;
  }
  copy(_position: 'End') {
    const source = this.sheetName;
    const name = `${source} (2)`;
    this.ctx.enqueue(() => {
      const from = this.ctx.book.sheets.find((s) => s.name === source)!;
      this.ctx.book.sheets.push({ name, cells: new Map([...from.cells].map(([k, c]) => [k, { ...c }])), merges: [...from.merges] });
    });
    return new Worksheet(this.ctx, name);
  }
  private data() {
    return this.ctx.book.sheets.find((s) => s.name === this.sheetName)!;
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean) {
    const keys = [...this.data().cells.keys()].map((k) => parseA1(k)!);
    if (!keys.length) return new Range(this.ctx, this.sheetName, null);
    const top = Math.min(...keys.map((k) => k.row));
    const left = Math.min(...keys.map((k) => k.col));
    const bottom = Math.max(...keys.map((k) => k.row));
    const right = Math.max(...keys.map((k) => k.col));
    return new Range(this.ctx, this.sheetName, `${a1(top, left)}:${a1(bottom, right)}`);
  }
  getRange(address: string) {
    return new Range(this.ctx, this.sheetName, address);
  }
  activate() {
    this.ctx.enqueue(() => (this.ctx.book.active = this.sheetName));
  }
}

class ClientResult<T> {
  private ready = false;
  private result!: T;
  constructor(ctx: Context, compute: () => T) {
    ctx.enqueue(() => {
      this.result = compute();
      this.ready = true;
    });
  }
  get value(): T {
    if (!this.ready) throw new NotLoaded('ClientResult.value was read before sync()');
    return this.result;
  }
}

class Range extends Proxy {
  format: { fill: { color?: string; clear: () => void }; columnWidth?: number };
  constructor(
    ctx: Context,
    private sheetName: string,
    private addr: string | null,
  ) {
    super(ctx);
    const self = this;
    const fill = {
      set color(color: string) {
        self.eachCell((c) => (c.fill = { color, pattern: 'Solid' }), true);
      },
      clear() {
        self.eachCell((c) => delete c.fill, false);
      },
    };
    this.format = { fill };
  }
  private sheet() {
    return this.ctx.book.sheets.find((s) => s.name === this.sheetName)!;
  }
  private box() {
    return parseRangeA1(this.addr!)!;
  }
  private eachCell(f: (c: FakeCell) => void, create: boolean) {
    this.ctx.enqueue(() => {
      const b = this.box();
      for (let r = b.top; r <= b.bottom; r++)
        for (let c = b.left; c <= b.right; c++) {
          const key = a1(r, c);
          let cell = this.sheet().cells.get(key);
          if (!cell && create) this.sheet().cells.set(key, (cell = { value: '' }));
          if (cell) f(cell);
        }
    });
  }
  private grid<T>(f: (c: FakeCell | undefined) => T): T[][] {
    const b = this.box();
    const out: T[][] = [];
    for (let r = b.top; r <= b.bottom; r++) {
      const line: T[] = [];
      for (let c = b.left; c <= b.right; c++) line.push(f(this.sheet().cells.get(a1(r, c))));
      out.push(line);
    }
    return out;
  }
  protected override abstractRead(name: string): unknown {
    if (name === 'isNullObject') return this.addr === null;
    if (this.addr === null) return undefined;
    switch (name) {
      case 'address':
        return `${this.sheetName}!${this.addr}`;
      case 'rowIndex':
        return this.box().top;
      case 'columnIndex':
        return this.box().left;
      case 'values':
        return this.grid((c) => c?.value ?? '');
      case 'numberFormat':
        return this.grid((c) => c?.numberFormat ?? 'General');
      case 'formulas':
        return this.grid((c) => (c?.formula ? `=${c.formula}` : c?.value ?? ''));
    }
    return super.abstractRead(name);
  }
  get isNullObject(): boolean {
    return this.get('isNullObject');
  }
  get rowIndex(): number {
    return this.get('rowIndex');
  }
  get columnIndex(): number {
    return this.get('columnIndex');
  }
  get values(): unknown[][] {
    return this.get('values');
  }
  set values(v: unknown[][]) {
    this.eachCell((c) => {
      c.value = v[0][0] as FakeCell['value'];
      delete c.formula;
    }, true);
  }
  get numberFormat(): unknown[][] {
    return this.get('numberFormat');
  }
  get formulas(): unknown[][] {
    return this.get('formulas');
  }
  set formulas(v: unknown[][]) {
    this.eachCell((c) => {
      const f = v[0][0];
      if (typeof f === 'string' && f.startsWith('=')) c.formula = f.slice(1);
      else {
        c.value = f as FakeCell['value'];
        delete c.formula;
      }
    }, true);
  }
  get address(): string {
    return this.get('address');
  }
  set numberFormat(v: unknown[][]) {
    this.eachCell((c) => (c.numberFormat = String(v[0][0])), true);
  }
  clear(applyTo: 'Contents') {
    if (applyTo !== 'Contents') throw new Error('only Contents is modelled');
    this.eachCell((c) => {
      c.value = '';
      delete c.formula;
    }, false);
  }
  merge(_across: boolean) {
    this.ctx.enqueue(() => this.sheet().merges.push(this.addr!));
  }
  getMergedAreasOrNullObject() {
    const merged = new MergedAreas(this.ctx, () => {
      const mine = this.sheet().merges;
      return mine.length ? mine.map((m) => `${this.sheetName}!${m}`).join(', ') : null;
    });
    return merged;
  }
  getCellProperties(_options: unknown) {
    return new ClientResult(this.ctx, () =>
      this.grid((c) => ({
        format: { indentLevel: c?.indent ?? 0, font: { bold: !!c?.bold }, fill: { color: c?.fill?.color ?? '#FFFFFF', pattern: c?.fill?.pattern ?? 'None' } },
        hidden: !!c?.hidden,
      })),
    );
  }
  setCellProperties(props: { format: { fill?: { color: string; pattern: string }; font?: { bold?: boolean } } }[][]) {
    const format = props[0][0].format;
    this.eachCell((c) => {
      if (format.fill) c.fill = { ...format.fill };
      if (format.font?.bold !== undefined) c.bold = format.font.bold;
    }, true);
  }
  select() {
    this.ctx.enqueue(() => (this.ctx.book.selection = { sheet: this.sheetName, address: this.addr! }));
  }
}

class MergedAreas extends Proxy {
  constructor(
    ctx: Context,
    private compute: () => string | null,
  ) {
    super(ctx);
  }
  protected override abstractRead(name: string) {
    if (name === 'isNullObject') return this.compute() === null;
    if (name === 'address') return this.compute();
    return super.abstractRead(name);
  }
  get isNullObject(): boolean {
    return this.get('isNullObject');
  }
  get address(): string {
    return this.get('address');
  }
}

class NoteCollection {
  constructor(
    private ctx: Context,
    private sheetName: string,
  ) {}
  private cells() {
    return this.ctx.book.sheets.find((s) => s.name === this.sheetName)!.cells;
  }
  add(cell: string, content: string) {
    this.ctx.enqueue(() => {
      const c = this.cells().get(cell) ?? { value: '' };
      if (c.note !== undefined) throw new Error(`a note already exists at ${cell}`);
      c.note = content;
      this.cells().set(cell, c);
    });
  }
  getItemOrNullObject(cell: string) {
    return new Note(this.ctx, () => this.cells().get(cell));
  }
}

class Note extends Proxy {
  constructor(
    ctx: Context,
    private cell: () => FakeCell | undefined,
  ) {
    super(ctx);
  }
  protected override abstractRead(name: string) {
    const c = this.cell();
    if (name === 'isNullObject') return c?.note === undefined;
    if (name === 'content') return c?.note;
    return super.abstractRead(name);
  }
  get isNullObject(): boolean {
    return this.get('isNullObject');
  }
  get content(): string {
    return this.get('content');
  }
  set content(text: string) {
    this.ctx.enqueue(() => {
      const c = this.cell();
      if (c?.note === undefined) throw new Error('InvalidArgument: the note does not exist');
      c.note = text;
    });
  }
  delete() {
    this.ctx.enqueue(() => {
      const c = this.cell();
      if (c?.note === undefined) throw new Error('ItemNotFound: the note does not exist');
      delete c.note;
    });
  }
}

class SettingCollection {
  constructor(private ctx: Context) {}
  add(key: string, value: string) {
    this.ctx.enqueue(() => this.ctx.book.settings.set(key, value));
  }
  getItemOrNullObject(key: string) {
    return new Setting(this.ctx, key);
  }
}

class Setting extends Proxy {
  constructor(
    ctx: Context,
    private key: string,
  ) {
    super(ctx);
  }
  protected override abstractRead(name: string) {
    const v = this.ctx.book.settings.get(this.key);
    if (name === 'isNullObject') return v === undefined;
    if (name === 'value') return v;
    return super.abstractRead(name);
  }
  get isNullObject(): boolean {
    return this.get('isNullObject');
  }
  get value(): string {
    return this.get('value');
  }
  delete() {
    this.ctx.enqueue(() => this.ctx.book.settings.delete(this.key));
  }
}

/** Excel.run over a fake workbook; `syncs` counts context.sync() calls across runs. */
export function fakeExcel(book: FakeBook) {
  const state = { syncs: 0 };
  const run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const ctx = new Context(book);
    try {
      return await batch(ctx as unknown as Excel.RequestContext);
    } finally {
      state.syncs += ctx.syncs;
    }
  };
  return { run, state };
}

/** A fake sheet from rows of values (strings starting with "=" become formulas with the given result). */
export function fakeSheet(name: string, rows: (string | number | null | { formula: string; result: number })[][], merges: string[] = []): FakeSheet {
  const cells = new Map<string, FakeCell>();
  rows.forEach((line, r) =>
    line.forEach((v, c) => {
      if (v === null || v === '') return;
      if (typeof v === 'object') cells.set(a1(r, c), { value: v.result, formula: v.formula });
      else cells.set(a1(r, c), { value: v });
    }),
  );
  return { name, cells, merges };
}
