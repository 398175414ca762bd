// A test double of the part of Excel's object model the adapter uses. Like Office.js, loads and writes
// are queued and run in order at sync(); reading a property that was not loaded and synced throws;
// syncs are counted. (office-addin-mock cannot model collection loads such as "items/name".)
// It also enforces Office's limits, so a test fails the way Excel on the web would:
// - every request and every response is measured (each proxy object, each written and each loaded value, as
//   JSON bytes) and a sync over the payload limit throws RequestPayloadSizeLimitExceeded: a request over it
//   changes nothing; a response over it has applied the writes but delivers none of the loads;
// - a range's values over the cell cap come back null, as Range.values can;
// - setCellProperties over a cell count throws;
// - acting as Office 2021/2024 (notes: false) the Notes API fails at sync with ApiNotFound;
// - a sync can be made to fail with GeneralException after applying part of its batch (batches are not
//   transactions in Office either);
// - the synchronous work between syncs is timed (Office restarts an add-in that blocks for 5 s).
import { a1, parseA1, parseRangeA1, rangeA1 } from '../../src/core';

export interface FakeCell {
  value: number | string | boolean;
  formula?: string;
  numberFormat?: string;
  fill?: { color: string; pattern: string };
  note?: string;
  indent?: number;
  bold?: boolean;
  hidden?: boolean;
  /** "'Biểu 1'!D8" for a link to a cell. */
  link?: string;
}

export interface FakeSheet {
  name: string;
  visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
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

export interface FakeLimits {
  /** Request and response limit in bytes; Excel on the web: 5 MB. */
  payloadBytes: number;
  /** Above this many cells a range's values come back null. */
  valuesCellCap: number;
  /** setCellProperties over more cells than this throws (worked at 80,000 and failed at 90,000 on the web). */
  setCellPropertiesCap: number;
  /** False: Office 2021/2024 without ExcelApi 1.18, where notes fail. */
  notes: boolean;
  /** A custom XML part larger than this fails to be added (Excel on the web: about 1 MB). */
  customXmlPartBytes: number;
  /** False: every custom XML call fails at sync (iPad before the file is saved once). */
  customXml: boolean;
  /** Called with the 1-based number of each sync across runs; true makes that sync fail with GeneralException. */
  failSync?: (n: number) => boolean;
}

export const OFFICE_LIMITS: FakeLimits = { payloadBytes: 5 * 2 ** 20, valuesCellCap: 5_000_000, setCellPropertiesCap: 85_000, notes: true, customXmlPartBytes: 2 ** 20, customXml: true };

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
}

export interface FakeState {
  syncs: number;
  log: SyncRecord[];
  /** Milliseconds of synchronous work before each sync and after the last one of a run. */
  steps: number[];
}

export const officeError = (code: string, message = code) => Object.assign(new Error(message), { code });

/** Office's request format spends roughly this much on each proxy object and each queued action. */
const PROXY_BYTES = 60;
const ACTION_BYTES = 40;
const jsonBytes = (v: unknown) => Buffer.byteLength(JSON.stringify(v) ?? '');

class Context {
  syncs = 0;
  private queue: Op[] = [];
  private request = 0;
  private staged: { bytes: number; commit: () => void }[] = [];
  private since = performance.now();
  workbook: Workbook;
  constructor(
    readonly book: FakeBook,
    readonly limits: FakeLimits,
    readonly state: FakeState,
  ) {
    this.workbook = new Workbook(this);
  }
  enqueue(op: Op, requestBytes = ACTION_BYTES) {
    this.request += requestBytes;
    this.queue.push(op);
  }
  proxy() {
    this.request += PROXY_BYTES;
  }
  /** A load's result, measured now and delivered only if the response fits. */
  stage(value: unknown, commit: () => void) {
    this.staged.push({ bytes: jsonBytes(value), commit });
  }
  step() {
    const now = performance.now();
    this.state.steps.push(now - this.since);
    this.since = now;
  }
  async sync() {
    this.step();
    this.syncs++;
    this.state.syncs++;
    const ops = this.queue;
    const requestBytes = this.request;
    this.queue = [];
    this.request = 0;
    this.staged = [];
    const record = { requestBytes, responseBytes: 0 };
    this.state.log.push(record);
    try {
      if (this.limits.failSync?.(this.state.syncs)) {
        for (const op of ops.slice(0, Math.floor(ops.length / 2))) op();
        throw officeError('GeneralException', 'An internal error has occurred.');
      }
      if (requestBytes > this.limits.payloadBytes) throw officeError('RequestPayloadSizeLimitExceeded', `The request payload size has exceeded the limit (${requestBytes} bytes).`);
      for (const op of ops) op();
      record.responseBytes = this.staged.reduce((n, x) => n + x.bytes, 0);
      if (record.responseBytes > this.limits.payloadBytes) throw officeError('RequestPayloadSizeLimitExceeded', `The response payload size has exceeded the limit (${record.responseBytes} bytes).`);
      for (const x of this.staged) x.commit();
    } finally {
      this.staged = [];
      this.since = performance.now();
    }
  }
}

/** An object whose properties become readable only after load() and sync(). */
class Proxy {
  private snapshot = new Map<string, unknown>();
  constructor(protected ctx: Context) {
    ctx.proxy();
  }
  protected abstractRead(_name: string): unknown {
    throw new Error('no such property');
  }
  load(props: string | string[] | object) {
    const names = typeof props === 'string' ? props.split(',').map((p) => p.trim()) : Array.isArray(props) ? props : Object.keys(props);
    this.ctx.enqueue(() => {
      for (const n of names) {
        const name = n.split('/')[0];
        const value = this.abstractRead(name);
        this.ctx.stage(value instanceof Array && value[0] instanceof Proxy ? value.length * PROXY_BYTES : value, () => this.snapshot.set(name, value));
      }
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
  getItemOrNullObject(name: string) {
    const found = new Worksheet(this.ctx, name);
    found.missing = () => !this.ctx.book.sheets.some((s) => s.name === name);
    return found;
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
    this.ctx.enqueue(() => {
      this.check();
      if (Buffer.byteLength(xml) > this.ctx.limits.customXmlPartBytes) throw officeError('GeneralException', 'The custom XML part is too large.');
      (this.ctx.book.parts ??= []).push(xml);
    }, ACTION_BYTES + Buffer.byteLength(xml));
  }
  private check() {
    if (!this.ctx.limits.customXml) throw officeError('GeneralException', 'Custom XML parts are not available.');
  }
  getByNamespace(ns: string) {
    this.ctx.enqueue(() => this.check());
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
    this.notes = new NoteCollection(ctx, sheetName, ctx.limits.notes);
  }
  missing = () => false;
  set visibility(v: 'Visible' | 'Hidden' | 'VeryHidden') {
    this.ctx.enqueue(() => {
      this.ctx.book.sheets.find((s) => s.name === this.sheetName)!.visibility = v;
    });
  }
  protected override abstractRead(name: string) {
    if (name === 'isNullObject') return this.missing();
    if (name === 'name') return this.sheetName;
    return super.abstractRead(name);
  }
  get isNullObject(): boolean {
    return this.get('isNullObject');
  }
  delete() {
    this.ctx.enqueue(() => {
      this.ctx.book.sheets = this.ctx.book.sheets.filter((s) => s.name !== this.sheetName);
    });
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
  /** Like Excel, an empty sheet's used range is A1. */
  getUsedRange(valuesOnly?: boolean) {
    const used = this.getUsedRangeOrNullObject(valuesOnly);
    return used.isEmpty ? new Range(this.ctx, this.sheetName, 'A1') : used;
  }
  getRangeByIndexes(row: number, column: number, rowCount: number, columnCount: number) {
    return new Range(this.ctx, this.sheetName, `${a1(row, column)}:${a1(row + rowCount - 1, column + columnCount - 1)}`);
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
    ctx.proxy();
    ctx.enqueue(() => {
      const result = compute();
      ctx.stage(result, () => {
        this.result = result;
        this.ready = true;
      });
    });
  }
  get value(): T {
    if (!this.ready) throw new NotLoaded('ClientResult.value was read before sync()');
    return this.result;
  }
}

class Range extends Proxy {
  format: { fill: { color?: string; clear: () => void }; font: { bold?: boolean }; columnWidth?: number };
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
    const font = {
      set bold(bold: boolean) {
        self.eachCell((c) => (c.bold = bold), true);
      },
    };
    this.format = { fill, font };
  }
  private sheet() {
    return this.ctx.book.sheets.find((s) => s.name === this.sheetName)!;
  }
  private box() {
    return parseRangeA1(this.addr!)!;
  }
  get isEmpty() {
    return this.addr === null;
  }
  private cellCount() {
    const b = this.box();
    return (b.bottom - b.top + 1) * (b.right - b.left + 1);
  }
  private derived(top: number, left: number, bottom: number, right: number) {
    return new Range(this.ctx, this.sheetName, `${a1(top, left)}:${a1(bottom, right)}`);
  }
  getRow(i: number) {
    const b = this.box();
    return this.derived(b.top + i, b.left, b.top + i, b.right);
  }
  getResizedRange(deltaRows: number, deltaColumns: number) {
    const b = this.box();
    return this.derived(b.top, b.left, b.bottom + deltaRows, b.right + deltaColumns);
  }
  getIntersection(other: Range) {
    const a = this.box();
    const b = other.box();
    const top = Math.max(a.top, b.top);
    const left = Math.max(a.left, b.left);
    const bottom = Math.min(a.bottom, b.bottom);
    const right = Math.min(a.right, b.right);
    if (top > bottom || left > right) throw officeError('ItemNotFound', 'The ranges do not intersect.');
    return this.derived(top, left, bottom, right);
  }
  private eachCell(f: (c: FakeCell, row: number, column: number) => void, create: boolean, written?: unknown) {
    this.ctx.enqueue(() => {
      const b = this.box();
      for (let r = b.top; r <= b.bottom; r++)
        for (let c = b.left; c <= b.right; c++) {
          const key = a1(r, c);
          let cell = this.sheet().cells.get(key);
          if (!cell && create) this.sheet().cells.set(key, (cell = { value: '' }));
          if (cell) f(cell, r - b.top, c - b.left);
        }
    }, ACTION_BYTES + (written === undefined ? 0 : jsonBytes(written)));
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
      case 'rowCount':
        return this.box().bottom - this.box().top + 1;
      case 'columnCount':
        return this.box().right - this.box().left + 1;
      case 'values':
        // Range.values can come back null on a very large range instead of failing.
        return this.cellCount() > this.ctx.limits.valuesCellCap ? null : this.grid((c) => c?.value ?? '');
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
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }
  get values(): unknown[][] {
    return this.get('values');
  }
  /** One value for the whole range, or one for each cell (Office requires the array to match the range). */
  set values(v: unknown[][]) {
    const b = this.box();
    const single = v.length === 1 && v[0].length === 1;
    if (!single && (v.length !== b.bottom - b.top + 1 || v.some((line) => line.length !== b.right - b.left + 1))) throw officeError('InvalidArgument', 'The number of rows or columns in the input array does not match the size of the range.');
    this.eachCell((c, r, k) => {
      c.value = (single ? v[0][0] : v[r][k]) as FakeCell['value'];
      delete c.formula;
    }, true, v);
  }
  set hyperlink(link: { documentReference?: string; textToDisplay?: string }) {
    this.eachCell((c) => {
      c.link = link.documentReference;
      if (link.textToDisplay !== undefined) c.value = link.textToDisplay;
    }, true, link);
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
    }, true, v);
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
    if (this.cellCount() > this.ctx.limits.setCellPropertiesCap) {
      this.ctx.enqueue(() => {
        throw officeError('GeneralException', `setCellProperties over ${this.cellCount()} cells`);
      });
      return;
    }
    this.eachCell((c) => {
      if (format.fill) c.fill = { ...format.fill };
      if (format.font?.bold !== undefined) c.bold = format.font.bold;
    }, true, props);
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

const missingNotes = () => {
  throw officeError('ApiNotFound', 'The API you are trying to use could not be found (ExcelApi 1.18).');
};

class NoteCollection {
  constructor(
    private ctx: Context,
    private sheetName: string,
    private supported: boolean,
  ) {}
  private cells() {
    return this.ctx.book.sheets.find((s) => s.name === this.sheetName)!.cells;
  }
  add(cell: string, content: string) {
    this.ctx.enqueue(() => {
      if (!this.supported) missingNotes();
      const c = this.cells().get(cell) ?? { value: '' };
      if (c.note !== undefined) throw new Error(`a note already exists at ${cell}`);
      c.note = content;
      this.cells().set(cell, c);
    });
  }
  getItemOrNullObject(cell: string) {
    return new Note(this.ctx, () => (this.supported ? this.cells().get(cell) : missingNotes()));
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
    this.ctx.enqueue(() => this.ctx.book.settings.set(key, value), ACTION_BYTES + jsonBytes(value));
  }
  getItemOrNullObject(key: string) {
    return new Setting(this.ctx, key);
  }
  getItem(key: string) {
    const setting = new Setting(this.ctx, key);
    this.ctx.enqueue(() => {
      if (!this.ctx.book.settings.has(key)) throw officeError('ItemNotFound', `no setting ${key}`);
    });
    return setting;
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

/** Excel.run over a fake workbook; `syncs` counts context.sync() calls across runs, `log` their payloads. */
export function fakeExcel(book: FakeBook, limits: Partial<FakeLimits> = {}) {
  const state: FakeState = { syncs: 0, log: [], steps: [] };
  const run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const ctx = new Context(book, { ...OFFICE_LIMITS, ...limits }, state);
    try {
      return await batch(ctx as unknown as Excel.RequestContext);
    } finally {
      ctx.step();
    }
  };
  return { run, state };
}

/** A core sheet list as Excel would hold it. */
export function fakeBookFrom(sheets: { name: string; cells: ({ value: unknown; formula?: string; numberFormat?: string; indent?: number; bold?: boolean } | undefined)[][]; merges: { top: number; left: number; bottom: number; right: number }[] }[]): FakeBook {
  const fake: FakeSheet[] = sheets.map((s) => {
    const cells = new Map<string, FakeCell>();
    s.cells.forEach((line, r) =>
      line.forEach((cell, c) => {
        if (!cell || cell.value === null) return;
        const value = (typeof cell.value === 'object' ? (cell.value as { error: string }).error : cell.value) as FakeCell['value'];
        cells.set(a1(r, c), { value, formula: cell.formula, numberFormat: cell.numberFormat, indent: cell.indent, bold: cell.bold });
      }),
    );
    return { name: s.name, cells, merges: s.merges.map(rangeA1) };
  });
  return { sheets: fake, settings: new Map(), selection: { sheet: fake[0].name, address: 'A1' }, active: fake[0].name };
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
