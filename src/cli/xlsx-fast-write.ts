// Writing sheet layouts (the gathered tables, "Theo đơn vị", "Ghi chú") to a new .xlsx directly as XML, zipped with
// the platform's deflate: what addLayoutSheet + writeWorkbook make with exceljs — the same cells, values, formulas
// with their results, number formats, fonts, alignment, borders, merges, widths, recalculation on opening and the
// templates' part — at a fraction of the time for the 150,000 cells of a hundred districts side by side.
import { crc32, deflateRawSync } from 'node:zlib';
import { parseA1, parseRangeA1, SheetLayout, TEMPLATE_NAMESPACE } from '../core';

// exceljs's own text escaping and built-in number formats, so that the file reads back exactly as exceljs's would.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const NumFmtXform = require('exceljs/lib/xlsx/xform/style/numfmt-xform') as { getDefaultFmtId(code: string): number | undefined };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const xlUtils = require('exceljs/lib/utils/utils') as { xmlEncode(s: string): string };
const esc = (s: string) => xlUtils.xmlEncode(s);

interface CellState {
  value?: number | string;
  formula?: string;
  result?: number | string;
  numFmt?: string;
  bold?: boolean;
  /** Horizontal alignment (or none), and whether text wraps; undefined: no alignment. */
  alignment?: { horizontal?: string; wrap: boolean };
  boxed?: boolean;
  /** Covered by a merge: written even when it has no style, as exceljs writes merged cells. */
  slave?: boolean;
}

/** "AB12" as 0-based row and column (the layouts' own addresses; anything else is left to parseA1). */
function position(ref: string): { row: number; col: number } {
  let i = 0;
  let col = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  let row = 0;
  let digits = 0;
  for (let k = i; k < ref.length; k++, digits++) {
    const c = ref.charCodeAt(k);
    if (c < 48 || c > 57) return parseA1(ref)!;
    row = row * 10 + (c - 48);
  }
  if (i === 0 || i > 3 || digits === 0 || row === 0) return parseA1(ref)!;
  return { row: row - 1, col: col - 1 };
}

/** The cells of a layout as exceljs ends up with them after addLayoutSheet: later entries for a cell change only
 *  what they set; a merge empties the cells it covers and gives them the style of its top left cell. */
function resolve(layout: SheetLayout): { cells: Map<number, Map<number, CellState>>; merges: string[] } {
  const rows = new Map<number, Map<number, CellState>>();
  const at = (row: number, col: number) => {
    let line = rows.get(row);
    if (!line) rows.set(row, (line = new Map()));
    let cell = line.get(col);
    if (!cell) line.set(col, (cell = {}));
    return cell;
  };
  for (const c of layout.cells) {
    const p = position(c.cell);
    const cell = at(p.row, p.col);
    if (c.formula !== undefined) {
      cell.formula = c.formula;
      cell.result = c.result === undefined || c.result === '' ? undefined : c.result;
      cell.value = undefined;
    } else if (c.value !== undefined) {
      cell.value = c.value;
      cell.formula = cell.result = undefined;
    }
    if (c.numberFormat) cell.numFmt = c.numberFormat;
    cell.bold = !!c.bold;
    if (c.align || c.boxed) cell.alignment = { horizontal: c.align, wrap: !!(c.boxed && c.bold) };
    if (c.boxed) cell.boxed = true;
  }
  const ranges: { top: number; left: number; bottom: number; right: number }[] = [];
  for (const m of layout.merges) {
    const r = parseRangeA1(m);
    if (!r) throw new Error(`Vùng gộp không hợp lệ: ${m}`);
    if (ranges.some((o) => r.top <= o.bottom && o.top <= r.bottom && r.left <= o.right && o.left <= r.right)) throw new Error('Cannot merge already merged cells');
    ranges.push(r);
    const master = at(r.top, r.left);
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) {
        if (row === r.top && col === r.left) continue;
        const { numFmt, bold, alignment, boxed } = master;
        at(row, col);
        rows.get(row)!.set(col, { numFmt, bold, alignment, boxed, slave: true });
      }
    }
  }
  // exceljs lists the merges it writes as it meets their first covered cell, row by row.
  const first = (r: (typeof ranges)[number]) => (r.right > r.left ? [r.top, r.left + 1] : [r.top + 1, r.left]);
  const ordered = [...ranges].sort((a, b) => first(a)[0] - first(b)[0] || first(a)[1] - first(b)[1]);
  return { cells: rows, merges: ordered.map((r) => `${columnName(r.left)}${r.top + 1}:${columnName(r.right)}${r.bottom + 1}`) };
}

const COLUMN_NAMES: string[] = [];
/** "A", "B", … "AA": made once per column, as every cell of a hundred districts' sheet names one. */
const columnName = (c: number): string => {
  let name = COLUMN_NAMES[c];
  if (name === undefined) {
    name = '';
    for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
    if (c < 16_384) COLUMN_NAMES[c] = name;
  }
  return name;
};

class Styles {
  private fonts = new Map<string, number>([['default', 0]]);
  private fontXml = ['<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>'];
  private formats = new Map<string, number>();
  private formatXml: string[] = [];
  private xfs = new Map<string, number>();
  private xfXml = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];

  private font(bold: boolean | undefined): number {
    if (bold === undefined) return 0;
    const key = bold ? 'b' : 'n';
    let id = this.fonts.get(key);
    if (id === undefined) {
      id = this.fontXml.length;
      this.fonts.set(key, id);
      this.fontXml.push(`<font>${bold ? '<b/>' : ''}<sz val="12"/><name val="Times New Roman"/></font>`);
    }
    return id;
  }

  private numFmt(code: string | undefined): number {
    if (!code) return 0;
    const builtIn = NumFmtXform.getDefaultFmtId(code);
    if (builtIn !== undefined) return builtIn;
    let id = this.formats.get(code);
    if (id === undefined) {
      id = 164 + this.formatXml.length;
      this.formats.set(code, id);
      this.formatXml.push(`<numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`);
    }
    return id;
  }

  private byLook = new Map<string, number>();

  /** The style index of a cell (0: none). */
  of(c: CellState): number {
    const look = `${c.numFmt ?? ''}\u0000${c.bold === undefined ? '' : c.bold ? 'b' : 'n'}${c.boxed ? 'x' : ''}${c.alignment ? `|${c.alignment.horizontal ?? ''}|${c.alignment.wrap ? 'w' : ''}` : ''}`;
    let id = this.byLook.get(look);
    if (id === undefined) this.byLook.set(look, (id = this.compute(c)));
    return id;
  }

  private compute(c: CellState): number {
    const fontId = this.font(c.bold);
    const numFmtId = this.numFmt(c.numFmt);
    const borderId = c.boxed ? 1 : 0;
    const align = c.alignment ? `<alignment${c.alignment.horizontal ? ` horizontal="${c.alignment.horizontal}"` : ''} vertical="center"${c.alignment.wrap ? ' wrapText="1"' : ''}/>` : '';
    if (!numFmtId && !fontId && !borderId && !align) return 0;
    const key = `${numFmtId}|${fontId}|${borderId}|${align}`;
    let id = this.xfs.get(key);
    if (id === undefined) {
      id = this.xfXml.length;
      this.xfs.set(key, id);
      const apply = `${numFmtId ? ' applyNumberFormat="1"' : ''}${fontId ? ' applyFont="1"' : ''}${borderId ? ' applyBorder="1"' : ''}${align ? ' applyAlignment="1"' : ''}`;
      this.xfXml.push(`<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="0" borderId="${borderId}" xfId="0"${apply}${align ? `>${align}</xf>` : '/>'}`);
    }
    return id;
  }

  xml(): string {
    const numFmts = this.formatXml.length ? `<numFmts count="${this.formatXml.length}">${this.formatXml.join('')}</numFmts>` : '';
    return (
      `${XML}<styleSheet xmlns="${MAIN}">${numFmts}<fonts count="${this.fontXml.length}">${this.fontXml.join('')}</fonts>` +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfXml.length}">${this.xfXml.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>'
    );
  }
}

class Strings {
  private index = new Map<string, number>();
  private list: string[] = [];
  private count = 0;
  id(s: string): number {
    this.count++;
    let id = this.index.get(s);
    if (id === undefined) {
      id = this.list.length;
      this.index.set(s, id);
      this.list.push(/^\s|\n|\s$/.test(s) ? `<si><t xml:space="preserve">${esc(s)}</t></si>` : `<si><t>${esc(s)}</t></si>`);
    }
    return id;
  }
  xml(): string {
    return `${XML}<sst xmlns="${MAIN}" count="${this.count}" uniqueCount="${this.list.length}">${this.list.join('')}</sst>`;
  }
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

function sheetXml(layout: SheetLayout, styles: Styles, strings: Strings): string {
  const { cells, merges } = resolve(layout);
  const out: string[] = [`${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>`];
  // Column widths, neighbours of one width in one element.
  const widths = layout.widths;
  const cols: string[] = [];
  for (let i = 0; i < widths.length; ) {
    if (typeof widths[i] !== 'number') {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < widths.length && widths[j + 1] === widths[i]) j++;
    cols.push(`<col min="${i + 1}" max="${j + 1}" width="${widths[i]}" customWidth="1"/>`);
    i = j + 1;
  }
  if (cols.length) out.push(`<cols>${cols.join('')}</cols>`);
  out.push('<sheetData>');
  for (const row of [...cells.keys()].sort((a, b) => a - b)) {
    const line = cells.get(row)!;
    out.push(`<row r="${row + 1}">`);
    for (const col of [...line.keys()].sort((a, b) => a - b)) {
      const c = line.get(col)!;
      const ref = `${columnName(col)}${row + 1}`;
      const s = styles.of(c);
      const sa = s ? ` s="${s}"` : '';
      if (c.formula !== undefined) {
        const result = c.result === undefined ? '' : typeof c.result === 'number' ? `<v>${c.result}</v>` : `<v>${esc(c.result)}</v>`;
        out.push(`<c r="${ref}"${sa}${typeof c.result === 'string' ? ' t="str"' : ''}><f>${esc(c.formula)}</f>${result}</c>`);
      } else if (typeof c.value === 'number') out.push(`<c r="${ref}"${sa}><v>${c.value}</v></c>`);
      else if (typeof c.value === 'string') out.push(`<c r="${ref}"${sa} t="s"><v>${strings.id(c.value)}</v></c>`);
      else if (s || c.slave) out.push(`<c r="${ref}"${sa}/>`);
    }
    out.push('</row>');
  }
  out.push('</sheetData>');
  if (merges.length) out.push(`<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`);
  out.push('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>');
  return out.join('');
}

/** A zip of the parts, each deflated by the platform (stored when deflating does not pay). */
function zip(parts: [string, string | Buffer][]): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of parts) {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const nameBytes = Buffer.from(name, 'utf8');
    const deflated = deflateRawSync(data, { level: 4 });
    const stored = deflated.length >= data.length;
    const body = stored ? data : deflated;
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(stored ? 0 : 8, 8);
    local.writeUInt32LE(0x00210000, 10); // 1980-01-01 00:00
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(stored ? 0 : 8, 10);
    entry.writeUInt32LE(0x00210000, 12);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(body.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    chunks.push(local, nameBytes, body);
    central.push(entry, nameBytes);
    offset += 30 + nameBytes.length + body.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, dir, end]);
}

/** A new workbook of the layouts, one sheet each, set to recalculate on opening, with `templateXml` as its templates' part. */
export function writeLayoutWorkbook(layouts: SheetLayout[], templateXml: string | undefined, creator = 'Soát Số', now = new Date()): Buffer {
  const styles = new Styles();
  const strings = new Strings();
  const sheets = layouts.map((l) => sheetXml(l, styles, strings));
  const n = layouts.length;
  const sheetRels = layouts.map((_, i) => `<Relationship Id="rId${i + 3}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('');
  const templateRel = templateXml ? `<Relationship Id="rId${n + 3}" Type="${REL}/customXml" Target="../customXml/item1.xml"/>` : '';
  const stamp = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const parts: [string, string][] = [
    [
      '[Content_Types].xml',
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        layouts.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
        (templateXml ? '<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>' : '') +
        '</Types>',
    ],
    [
      '_rels/.rels',
      `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="${PKG_REL}/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`,
    ],
    [
      'docProps/core.xml',
      `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>${esc(creator)}</dc:creator><cp:lastModifiedBy>${esc(creator)}</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified></cp:coreProperties>`,
    ],
    [
      'docProps/app.xml',
      `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application><HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${n}</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="${n}" baseType="lpstr">${layouts.map((l) => `<vt:lpstr>${esc(l.name)}</vt:lpstr>`).join('')}</vt:vector></TitlesOfParts></Properties>`,
    ],
    [
      'xl/workbook.xml',
      `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr/><bookViews><workbookView/></bookViews><sheets>${layouts.map((l, i) => `<sheet name="${esc(l.name)}" sheetId="${i + 1}" r:id="rId${i + 3}"/>`).join('')}</sheets><calcPr calcId="171027" fullCalcOnLoad="1"/></workbook>`,
    ],
    ['xl/_rels/workbook.xml.rels', `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>${sheetRels}${templateRel}</Relationships>`],
    ...sheets.map((xml, i): [string, string] => [`xl/worksheets/sheet${i + 1}.xml`, xml]),
    ['xl/styles.xml', styles.xml()],
    ['xl/sharedStrings.xml', strings.xml()],
  ];
  if (templateXml) {
    parts.push(
      ['customXml/item1.xml', templateXml],
      [
        'customXml/itemProps1.xml',
        `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="{5D8E2F4A-1B7C-4C39-9A0E-50A750500001}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${TEMPLATE_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`,
      ],
      ['customXml/_rels/item1.xml.rels', `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/customXmlProps" Target="itemProps1.xml"/></Relationships>`],
    );
  }
  return zip(parts);
}
