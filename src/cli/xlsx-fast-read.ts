// A fast reader of .xlsx cell values for the command line: the parts the guard has already inflated are scanned by
// hand into the same sheet grids `readWorkbook` (exceljs) makes, with exceljs's own readings of values, formulas,
// dates, number formats, merges and hidden rows. It is strict: anything outside the plain shapes it knows (inline
// strings, hyperlinks, tables, CDATA, comments in XML, phonetic runs, an unknown entity or element, cells out of
// order, overlapping merges…) makes it give up, and the caller reads the file with exceljs instead.
import { parseRangeA1, RawCell, RawValue, SheetInput } from '../core';

// exceljs's own helpers, so that number formats, date formats and decoded text read exactly as exceljs reads them.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const NumFmtXform = require('exceljs/lib/xlsx/xform/style/numfmt-xform') as { getDefaultFmtCode(id: number): string | undefined };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const xlUtils = require('exceljs/lib/utils/utils') as { isDateFmt(fmt: string): boolean; excelToDate(v: number, date1904?: boolean): Date; xmlDecode(s: string): string };

/** Thrown inside the reader for a shape it does not read; never escapes it. */
class Unusual extends Error {}
const unusual = (why: string): never => {
  throw new Unusual(why);
};

export type FastRead = { sheets: SheetInput[] } | { fallback: string };

/** The workbook's sheets from its inflated XML parts (by path), or why exceljs must read it instead. */
export function readWorkbookParts(parts: Map<string, string>): FastRead {
  try {
    return { sheets: readParts(parts) };
  } catch (e) {
    // Any surprise, ours or the file's, is left to exceljs: it either reads the file or says why not.
    return { fallback: e instanceof Unusual ? e.message : `error: ${(e as Error).message}` };
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Text or an attribute value as an XML parser gives it: entities decoded; anything a parser would normalize is refused. */
function decode(s: string): string {
  if (s.includes('\r')) unusual('carriage return in text');
  if (!s.includes('&')) return s;
  return s.replace(/&([^;&<]*);|&/g, (all, name: string | undefined) => {
    if (name === undefined) return unusual('bare ampersand');
    if (ENTITIES[name] !== undefined) return ENTITIES[name];
    const m = /^#(?:x([0-9a-fA-F]{1,6})|([0-9]{1,7}))$/.exec(name);
    if (!m) return unusual(`entity &${name};`);
    const code = m[1] !== undefined ? parseInt(m[1], 16) : parseInt(m[2], 10);
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return unusual(`character reference ${all}`);
    return String.fromCodePoint(code);
  });
}

const isNameStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isNameChar = (c: number) => isNameStart(c) || (c >= 48 && c <= 57) || c === 46 || c === 58 || c === 45;
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/** A tag's attributes (`name="value"`, white space between them); anything else in the tag is refused. */
function attributes(inside: string): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  const n = inside.length;
  let i = 0;
  for (;;) {
    while (i < n && isSpace(inside.charCodeAt(i))) i++;
    if (i >= n) return out;
    const start = i;
    if (!isNameStart(inside.charCodeAt(i))) unusual('malformed tag');
    while (i < n && isNameChar(inside.charCodeAt(i))) i++;
    const name = inside.slice(start, i);
    while (i < n && isSpace(inside.charCodeAt(i))) i++;
    if (inside.charCodeAt(i) !== 61 /* = */) unusual('malformed tag');
    i++;
    while (i < n && isSpace(inside.charCodeAt(i))) i++;
    const q = inside.charCodeAt(i);
    if (q !== 34 && q !== 39) unusual('malformed tag');
    const close = inside.indexOf(q === 34 ? '"' : "'", i + 1);
    if (close < 0) unusual('malformed tag');
    for (let k = i + 1; k < close; k++) {
      const c = inside.charCodeAt(k);
      if (c === 9 || c === 10 || c === 13 || c === 60) unusual('attribute value a parser would normalize');
    }
    if (name in out) unusual('attribute given twice');
    out[name] = decode(inside.slice(i + 1, close));
    i = close + 1;
    if (i < n && !isSpace(inside.charCodeAt(i))) unusual('malformed tag');
  }
}

interface Tag {
  name: string;
  /** The text between the name and `>` (or `/>`). */
  inside: string;
  closing: boolean;
  empty: boolean;
  /** Offset just past `>`. */
  end: number;
}

/** The next tag at or after `from`; refuses comments, CDATA, doctypes and processing instructions. */
function nextTag(xml: string, from: number): Tag | undefined {
  const lt = xml.indexOf('<', from);
  if (lt < 0) return undefined;
  const gt = xml.indexOf('>', lt);
  if (gt < 0) unusual('unterminated tag');
  let i = lt + 1;
  const c = xml.charCodeAt(i);
  if (c === 33 /* ! */ || c === 63 /* ? */) unusual('comment, CDATA or processing instruction');
  const closing = c === 47; /* / */
  if (closing) i++;
  const empty = !closing && xml.charCodeAt(gt - 1) === 47;
  const stop = empty ? gt - 1 : gt;
  const nameStart = i;
  if (!isNameStart(xml.charCodeAt(i))) unusual('malformed tag');
  while (i < stop && isNameChar(xml.charCodeAt(i))) i++;
  if (i < stop && !isSpace(xml.charCodeAt(i))) unusual('malformed tag');
  const inside = i < stop ? xml.slice(i, stop) : '';
  if (closing && inside.trim() !== '') unusual('malformed closing tag');
  return { name: xml.slice(nameStart, i), inside, closing, empty, end: gt + 1 };
}

/** The attributes of a cell's tag that matter (r, s, t), scanned from just after `<c` without building the tag: the
 *  hot path of the reader. Other attributes are checked for form and passed over, as exceljs passes over them. */
function cellTag(s: string, i: number): { r?: string; s?: string; t?: string; end: number; empty: boolean } {
  const out: { r?: string; s?: string; t?: string; end: number; empty: boolean } = { end: 0, empty: false };
  for (;;) {
    let c = s.charCodeAt(i);
    while (isSpace(c)) c = s.charCodeAt(++i);
    if (c === 62 /* > */) {
      out.end = i + 1;
      return out;
    }
    if (c === 47 /* / */) {
      if (s.charCodeAt(i + 1) !== 62) unusual('malformed tag');
      out.end = i + 2;
      out.empty = true;
      return out;
    }
    const start = i;
    if (!isNameStart(c)) unusual('malformed tag');
    while (isNameChar(s.charCodeAt(i))) i++;
    const single = i - start === 1 ? s.charCodeAt(start) : 0;
    c = s.charCodeAt(i);
    while (isSpace(c)) c = s.charCodeAt(++i);
    if (c !== 61 /* = */) unusual('malformed tag');
    c = s.charCodeAt(++i);
    while (isSpace(c)) c = s.charCodeAt(++i);
    if (c !== 34 && c !== 39) unusual('malformed tag');
    const close = s.indexOf(c === 34 ? '"' : "'", i + 1);
    if (close < 0) unusual('malformed tag');
    for (let k = i + 1; k < close; k++) {
      const d = s.charCodeAt(k);
      if (d === 9 || d === 10 || d === 13 || d === 60) unusual('attribute value a parser would normalize');
    }
    if (single === 114 /* r */ || single === 115 /* s */ || single === 116 /* t */) {
      const key = single === 114 ? 'r' : single === 115 ? 's' : 't';
      if (out[key] !== undefined) unusual('attribute given twice');
      out[key] = decode(s.slice(i + 1, close));
    }
    i = close + 1;
    c = s.charCodeAt(i);
    if (!isSpace(c) && c !== 62 && c !== 47) unusual('malformed tag');
  }
}

/** A cell reference ("AB12") as column and row numbers from 1, or undefined. */
function cellRef(ref: string | undefined): { col: number; row: number } | undefined {
  if (ref === undefined) return undefined;
  let i = 0;
  let col = 0;
  while (i < ref.length && i < 3) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
    i++;
  }
  if (i === 0 || i === ref.length) return undefined;
  let row = 0;
  for (let k = i; k < ref.length; k++) {
    const c = ref.charCodeAt(k);
    if (c < 48 || c > 57 || k - i > 7) return undefined;
    row = row * 10 + (c - 48);
  }
  return { col, row };
}

/** The part without its XML declaration; refuses any other markup a parser would treat specially. */
function body(xml: string, part: string): string {
  let s = xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml;
  if (s.startsWith('<?xml')) s = s.slice(s.indexOf('?>') + 2);
  if (s.includes('<!') || s.includes('<?')) unusual(`comment, CDATA or processing instruction in ${part}`);
  return s;
}

/** Text up to the closing tag `name`, which must follow with no markup in between. */
function textUntil(xml: string, from: number, name: string): { text: string; end: number } {
  const lt = xml.indexOf('<', from);
  if (lt < 0 || !xml.startsWith(`</${name}>`, lt)) unusual(`markup inside <${name}>`);
  return { text: decode(xml.slice(from, lt)), end: lt + name.length + 3 };
}

/** The end of element `tag` (already opened) skipping its content, for elements whose content does not matter. */
function skipElement(xml: string, tag: Tag): number {
  if (tag.empty) return tag.end;
  const close = xml.indexOf(`</${tag.name}>`, tag.end);
  if (close < 0) unusual(`unclosed <${tag.name}>`);
  if (xml.slice(tag.end, close).includes(`<${tag.name}`)) unusual(`nested <${tag.name}>`);
  return close + tag.name.length + 3;
}

const TEXT_ESCAPE = /_x([0-9A-F]{4})_/g;
const unescapeText = (s: string) => s.replace(TEXT_ESCAPE, (_, h: string) => String.fromCharCode(parseInt(h, 16)));

/** Shared strings: `<si><t>…</t></si>` or rich runs `<si><r><rPr>…</rPr><t>…</t></r>…</si>`, as exceljs joins them. */
function sharedStrings(xml: string | undefined): string[] {
  if (xml === undefined) return [];
  const s = body(xml, 'sharedStrings');
  const out: string[] = [];
  let p = 0;
  let tag = nextTag(s, p);
  if (!tag || tag.name !== 'sst') unusual('sharedStrings root');
  if (tag!.empty) return out;
  p = tag!.end;
  for (;;) {
    tag = nextTag(s, p);
    if (!tag) unusual('unclosed <sst>');
    if (tag!.closing && tag!.name === 'sst') break;
    if (tag!.name !== 'si' || tag!.closing || tag!.empty) unusual(`<${tag!.name}> in sharedStrings`);
    p = tag!.end;
    let plain: string | undefined;
    let runs: string[] | undefined;
    for (;;) {
      const t = nextTag(s, p)!;
      if (!t) unusual('unclosed <si>');
      if (t.closing && t.name === 'si') {
        p = t.end;
        break;
      }
      if (t.closing) unusual(`stray </${t.name}>`);
      if (t.name === 't' && runs === undefined && plain === undefined) {
        if (t.empty) {
          plain = '';
          p = t.end;
        } else {
          const { text, end } = textUntil(s, t.end, 't');
          plain = unescapeText(text);
          p = end;
        }
      } else if (t.name === 'r' && plain === undefined && !t.empty) {
        let q = t.end;
        let runText: string | undefined;
        for (;;) {
          const u = nextTag(s, q)!;
          if (!u) unusual('unclosed <r>');
          if (u.closing && u.name === 'r') {
            q = u.end;
            break;
          }
          if (u.closing) unusual(`stray </${u.name}>`);
          if (u.name === 'rPr' && runText === undefined) q = skipElement(s, u);
          else if (u.name === 't' && runText === undefined) {
            if (u.empty) {
              runText = '';
              q = u.end;
            } else {
              const { text, end } = textUntil(s, u.end, 't');
              runText = unescapeText(text);
              q = end;
            }
          } else unusual(`<${u.name}> in a rich text run`);
        }
        if (runText === undefined) unusual('rich text run without text');
        (runs ??= []).push(runText!);
        p = q;
      } else unusual(`<${t.name}> in a shared string`);
    }
    if (plain !== undefined) out.push(plain);
    else if (runs !== undefined) out.push(runs.join(''));
    else unusual('empty shared string');
  }
  return out;
}

interface Style {
  numFmt?: string;
  /** exceljs reads numbers in this format as dates. */
  isDate: boolean;
  bold: boolean;
  indent?: number;
}

/** Cell styles by index as exceljs reads them: a number format (custom or built in), bold, indent. */
function styles(xml: string | undefined): (Style | undefined)[] {
  if (xml === undefined) unusual('no styles part');
  const s = body(xml!, 'styles');
  const section = (name: string): string | undefined => {
    const re = new RegExp(`<${name}[\\s>/]`, 'g');
    const m = re.exec(s);
    if (!m) return undefined;
    if (re.exec(s)) unusual(`two <${name}>`);
    const open = nextTag(s, m.index)!;
    if (open.empty) return '';
    const close = s.indexOf(`</${name}>`, open.end);
    if (close < 0) unusual(`unclosed <${name}>`);
    return s.slice(open.end, close);
  };
  const formats = new Map<number, string>();
  const numFmts = section('numFmts');
  if (numFmts) {
    for (let t = nextTag(numFmts, 0); t; t = nextTag(numFmts, t.end)) {
      if (t.name !== 'numFmt' || t.closing) continue;
      const a = attributes(t.inside);
      if (a.formatCode === undefined) unusual('numFmt without formatCode');
      formats.set(parseInt(a.numFmtId, 10), a.formatCode.replace(/[\\](.)/g, '$1'));
    }
  }
  const fonts: boolean[] = [];
  const fontsXml = section('fonts');
  if (fontsXml) {
    let p = 0;
    for (let t = nextTag(fontsXml, p); t; t = nextTag(fontsXml, p)) {
      if (t.name !== 'font' || t.closing) unusual(`<${t.name}> in fonts`);
      if (t.empty) {
        fonts.push(false);
        p = t.end;
        continue;
      }
      const end = fontsXml.indexOf('</font>', t.end);
      if (end < 0) unusual('unclosed <font>');
      const inner = fontsXml.slice(t.end, end);
      let bold = false;
      for (let u = nextTag(inner, 0); u; u = nextTag(inner, u.end)) {
        if (u.name === 'font') unusual('nested font');
        if (u.name === 'b' && !u.closing) bold = true;
      }
      fonts.push(bold);
      p = end + 7;
    }
  }
  const out: (Style | undefined)[] = [];
  const xfs = section('cellXfs');
  if (xfs) {
    let p = 0;
    for (let t = nextTag(xfs, p); t; t = nextTag(xfs, p)) {
      if (t.name !== 'xf' || t.closing) unusual(`<${t.name}> in cellXfs`);
      const a = attributes(t.inside);
      const numFmtId = parseInt(a.numFmtId, 10);
      const fontId = parseInt(a.fontId, 10);
      const style: Style = { bold: false, isDate: false };
      if (numFmtId) {
        const fmt = formats.get(numFmtId) || NumFmtXform.getDefaultFmtCode(numFmtId);
        if (fmt) {
          style.numFmt = fmt;
          style.isDate = xlUtils.isDateFmt(fmt);
        }
      }
      if (fontId || fontId === 0) style.bold = fonts[fontId] ?? false;
      if (t.empty) p = t.end;
      else {
        const end = xfs.indexOf('</xf>', t.end);
        if (end < 0) unusual('unclosed <xf>');
        const inner = xfs.slice(t.end, end);
        for (let u = nextTag(inner, 0); u; u = nextTag(inner, u.end)) {
          if (u.name === 'alignment' && !u.closing) {
            const indent = attributes(u.inside).indent;
            if (indent) style.indent = parseInt(indent, 10);
          } else if (u.name !== 'protection' && u.name !== 'extLst' && u.name !== 'ext') unusual(`<${u.name}> in an xf`);
        }
        p = end + 5;
      }
      out.push(style);
    }
  }
  return out;
}


const dateText = (d: Date) => `${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()}`;

type Result = number | string | boolean | Date | { error: string };

function plain(result: Result): RawValue {
  if (result instanceof Date) return dateText(result);
  if (typeof result === 'object') return { error: String(result.error) };
  return result;
}

/** One worksheet's cells, merges and hidden rows, as `sheetFromWorksheet` makes them from exceljs's model. */
function sheet(name: string, xml: string, strings: string[], styleList: (Style | undefined)[], date1904: boolean): SheetInput {
  const s = body(xml, name);
  if (/<(hyperlinks?|tableParts?|x:)[\s>/]/.test(s)) unusual('hyperlinks, tables or prefixed elements');
  const cells: (RawCell | undefined)[][] = [];
  const hasValues: boolean[] = [];
  const hidden: boolean[] = [];
  /** Cells exceljs reads as merge placeholders (`<c r="A1"/>`): they give their row values but are never output. */
  const formulae = new Map<string, string>();
  let lastRow = 0;

  const start = /<sheetData[\s>/]/.exec(s);
  if (start) {
    let tag = nextTag(s, start.index)!;
    let p = tag.end;
    if (!tag.empty) {
      for (;;) {
        tag = nextTag(s, p)!;
        if (!tag) unusual('unclosed <sheetData>');
        if (tag.closing && tag.name === 'sheetData') break;
        if (tag.name !== 'row' || tag.closing) unusual(`<${tag.name}> in sheetData`);
        const ra = attributes(tag.inside);
        if (!/^\d+$/.test(ra.r ?? '')) unusual('row without a number');
        const rowNumber = parseInt(ra.r, 10);
        if (rowNumber <= lastRow || rowNumber > 1_048_576) unusual('rows out of order');
        lastRow = rowNumber;
        const r = rowNumber - 1;
        const rowHidden = ra.hidden === '1' || ra.hidden === 'true';
        p = tag.end;
        if (rowHidden) hidden[r] = true;
        if (tag.empty) continue;
        let lastCol = 0;
        const line: (RawCell | undefined)[] = [];
        let values = false;
        for (;;) {
          const lt = s.indexOf('<', p);
          if (lt < 0) unusual('unclosed <row>');
          if (s.startsWith('</row>', lt)) {
            p = lt + 6;
            break;
          }
          if (s.charCodeAt(lt + 1) !== 99 /* c */ || !isSpace(s.charCodeAt(lt + 2))) {
            const other = nextTag(s, lt);
            return unusual(`<${other?.closing ? '/' : ''}${other?.name}> in a row`);
          }
          const ca = cellTag(s, lt + 2);
          const at = cellRef(ca.r);
          if (!at || at.row !== rowNumber) unusual('cell without its address in its row');
          const col = at!.col;
          if (col <= lastCol || col > 16_384) unusual('cells out of order');
          lastCol = col;
          p = ca.end;
          let formula: string | undefined;
          let shareType: string | undefined;
          let si: string | undefined;
          let ref: string | undefined;
          let v: string | undefined;
          if (!ca.empty) {
            for (;;) {
              const open = s.indexOf('<', p);
              if (open >= 0 && v === undefined && s.startsWith('<v>', open)) {
                const { text, end } = textUntil(s, open + 3, 'v');
                v = text || undefined;
                p = end;
                continue;
              }
              if (open >= 0 && s.startsWith('</c>', open)) {
                p = open + 4;
                break;
              }
              const k = nextTag(s, p)!;
              if (!k) unusual('unclosed <c>');
              if (k.closing) unusual(`stray </${k.name}>`);
              if (k.name === 'f' && formula === undefined && shareType === undefined) {
                const fa = attributes(k.inside);
                shareType = fa.t || undefined;
                si = fa.si;
                ref = fa.ref;
                if (k.empty) p = k.end;
                else {
                  const { text, end } = textUntil(s, k.end, 'f');
                  formula = text || undefined;
                  p = end;
                }
              } else if (k.name === 'v' && v === undefined) {
                if (k.empty) p = k.end;
                else {
                  const { text, end } = textUntil(s, k.end, 'v');
                  v = text || undefined;
                  p = end;
                }
              } else unusual(`<${k.name}> in a cell`);
            }
          }
          const t = ca.t;
          const styleId = ca.s ? parseInt(ca.s, 10) : undefined;
          const style = styleId ? styleList[styleId] : undefined;
          const isDate = !!style?.isDate;
          let raw: RawCell | undefined;
          if (formula || shareType) {
            let result: Result | undefined;
            if (v) {
              if (t === 'str') result = xlUtils.xmlDecode(v);
              else if (t === 'b') result = parseInt(v, 10) !== 0;
              else if (t === 'e') result = { error: v };
              else if (t === undefined || t === 'n') {
                result = parseFloat(v);
                if (Number.isNaN(result)) unusual('formula result not a number');
              } else unusual(`formula result of type ${t}`);
            }
            if (result !== undefined && isDate) {
              if (typeof result !== 'number') unusual('date-formatted formula result that is not a number');
              result = xlUtils.excelToDate(result as number, date1904);
            }
            let shared: string | undefined;
            if (shareType === 'shared') {
              if (si === undefined) unusual('shared formula without an index');
              if (ref) formulae.set(si!, ca.r!);
              else {
                shared = formulae.get(si!);
                if (!shared) unusual('shared formula before its master');
              }
            } else if (shareType !== undefined && shareType !== 'array') unusual(`formula of type ${shareType}`);
            const text = formula || shared;
            if (!text) unusual('formula without text');
            // exceljs keeps a result only when it is truthy: a cached 0, "" or FALSE reads as no value.
            raw = { value: result ? plain(result) : null, formula: text };
          } else if (v !== undefined) {
            let value: RawValue;
            if (t === 's') {
              const str = strings[parseInt(v, 10)];
              if (str === undefined) unusual('shared string out of range');
              value = str!;
            } else if (t === 'str') value = xlUtils.xmlDecode(v);
            else if (t === 'b') value = parseInt(v, 10) !== 0;
            else if (t === 'e') value = { error: v };
            else if (t === undefined || t === 'n') {
              const n = parseFloat(v);
              if (Number.isNaN(n)) unusual('number that is not a number');
              value = isDate ? dateText(xlUtils.excelToDate(n, date1904)) : n;
            } else return unusual(`cell of type ${t}`);
            raw = { value };
          } else if (styleId) {
            // A styled empty cell: exceljs reads it as empty; it gives its row no values.
            continue;
          } else {
            // An unstyled empty cell is a merge placeholder to exceljs: the row has values, the cell is never output.
            values = true;
            continue;
          }
          values = true;
          if (style?.numFmt) raw.numberFormat = style.numFmt;
          if (style?.indent) raw.indent = style.indent;
          if (style?.bold) raw.bold = true;
          line[col - 1] = raw;
        }
        cells[r] = line;
        if (values) hasValues[r] = true;
      }
    }
  }

  // Merges, in the order written; the cells they cover (all but the top left) are never output, and give their rows values.
  const merges: SheetInput['merges'] = [];
  const mergeCells = /<mergeCells[\s>/]/.exec(s);
  if (mergeCells) {
    let area = 0;
    const end = s.indexOf('</mergeCells>', mergeCells.index);
    const list = end < 0 ? '' : s.slice(mergeCells.index, end);
    for (let t = nextTag(list, 0); t; t = nextTag(list, t.end)) {
      if (t.name === 'mergeCells') continue;
      if (t.name !== 'mergeCell' || t.closing) unusual(`<${t.name}> in mergeCells`);
      const ref = attributes(t.inside).ref ?? '';
      const m = /^([A-Z]{1,3})(\d+):([A-Z]{1,3})(\d+)$/.exec(ref);
      if (!m) unusual(`merge ${ref}`);
      const range = parseRangeA1(ref);
      if (!range || range.top > range.bottom || range.left > range.right || (range.top === range.bottom && range.left === range.right)) unusual(`merge ${ref}`);
      area += (range!.bottom - range!.top + 1) * (range!.right - range!.left + 1);
      if (area > 1_000_000) unusual('merges too large');
      for (const other of merges) {
        if (range!.top <= other.bottom && other.top <= range!.bottom && range!.left <= other.right && other.left <= range!.right) unusual('overlapping merges');
      }
      merges.push(range!);
    }
    for (const m of merges) {
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) {
          if (r === m.top && c === m.left) continue;
          hasValues[r] = true;
          if (cells[r]) delete cells[r][c];
        }
      }
    }
  }

  const hiddenRows: number[] = [];
  let rows = hasValues.length;
  while (rows > 0 && !hasValues[rows - 1]) rows--;
  const out: (RawCell | undefined)[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    if (hasValues[r]) {
      out[r] = cells[r] ?? [];
      if (hidden[r]) hiddenRows.push(r);
    } else out[r] = [];
  }
  return { name, cells: out, merges, hiddenRows };
}

function readParts(parts: Map<string, string>): SheetInput[] {
  const workbook = parts.get('xl/workbook.xml');
  if (workbook === undefined) unusual('no workbook part');
  const wb = body(workbook!, 'workbook');
  const pr = /<workbookPr\b([^>]*)>/.exec(wb);
  const date1904 = pr ? attributes(pr[1].replace(/\/$/, '')).date1904 === '1' : false;
  const rels = new Map<string, string>();
  const relsXml = parts.get('xl/_rels/workbook.xml.rels');
  if (relsXml === undefined) unusual('no workbook relationships');
  for (let t = nextTag(body(relsXml!, 'rels'), 0), x = body(relsXml!, 'rels'); t; t = nextTag(x, t.end)) {
    if (t.name !== 'Relationship' || t.closing) continue;
    const a = attributes(t.inside);
    if (a.Id !== undefined && a.Target !== undefined) rels.set(a.Id, a.Target);
  }
  const strings = sharedStrings(parts.get('xl/sharedStrings.xml'));
  const styleList = styles(parts.get('xl/styles.xml'));
  const sheetsXml = /<sheets>([\s\S]*?)<\/sheets>/.exec(wb);
  if (!sheetsXml) unusual('no sheets');
  const ids = new Set<string>();
  const out: SheetInput[] = [];
  for (let t = nextTag(sheetsXml![1], 0); t; t = nextTag(sheetsXml![1], t.end)) {
    if (t.name !== 'sheet' || t.closing) unusual(`<${t.name}> in sheets`);
    const a = attributes(t.inside);
    if (!/^[1-9]\d*$/.test(a.sheetId ?? '') || ids.has(a.sheetId)) unusual('sheet ids');
    ids.add(a.sheetId);
    const target = rels.get(a['r:id'] ?? '');
    if (target === undefined || a.name === undefined) unusual('sheet without its part');
    // Names exceljs refuses, truncates or would find twice are left to it.
    if (!a.name || a.name === 'History' || a.name.length > 31 || /[*?:/\\[\]]|^'|'$/.test(a.name)) unusual('sheet name');
    if (out.some((o) => o.name.toLowerCase() === a.name.toLowerCase())) unusual('two sheets of one name');
    const path = `xl/${target!.replace(/^(\s|\/xl\/)+/, '')}`;
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(path)) unusual(`sheet part ${path}`);
    const xml = parts.get(path);
    if (xml === undefined) unusual(`missing ${path}`);
    out.push(sheet(a.name, xml!, strings, styleList, date1904));
  }
  return out;
}
