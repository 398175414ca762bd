// A report .docx from table documents, as Vietnamese administrative documents set tables (Nghị định
// 30/2020/NĐ-CP): Times New Roman, body 13 pt (14 pt in an appendix), tables 12 pt, single borders, bold
// centred header, unit line right-aligned above, source note below, footnotes numbered by Word, page numbers
// in the footer. A typist's pagination: caption, unit line and header rows stay with the first body row, no
// row splits across pages, header rows repeat, the source note stays with the last row; a table too wide
// for a portrait page gets a landscape section of its own.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  FootnoteReferenceRun,
  ISectionOptions,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { TableDocument, TableLayout, tableLayout } from '../core';

const FONT = 'Times New Roman';
const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;
const PAGE = { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } };

export interface ReportOptions {
  /** Shrink a wide table's font, down to 10 pt, rather than turn its page. */
  fit?: boolean;
  /** Written as the report's appendix: PHỤ LỤC heading, captions numbered Biểu 1, Biểu 2 …, 14 pt body. */
  appendix?: boolean;
}

function tableOf(doc: TableDocument, layout: TableLayout): Table {
  const size = Math.round(layout.pt * 2);
  const width = layout.widths.reduce((a, b) => a + b, 0);
  const headers = doc.rows.filter((r) => r.header).length;
  const last = doc.rows.length - 1;
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: layout.widths,
    layout: TableLayoutType.FIXED,
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    rows: doc.rows.map((row, r) => {
      let col = 0;
      return new TableRow({
        tableHeader: row.header,
        cantSplit: true,
        // Header rows hold on to the first body row; the last row holds on to the source note below.
        keepNext: row.header || r === headers || (r === last && !!doc.source),
        children: row.cells.map((cell) => {
          const w = layout.widths.slice(col, col + cell.colSpan).reduce((a, b) => a + b, 0);
          col += cell.colSpan;
          return new TableCell({
            columnSpan: cell.colSpan > 1 ? cell.colSpan : undefined,
            rowSpan: cell.rowSpan > 1 ? cell.rowSpan : undefined,
            width: { size: w, type: WidthType.DXA },
            verticalAlign: VerticalAlign.CENTER,
            children: [new Paragraph({ alignment: ALIGN[cell.align], keepLines: true, children: [new TextRun({ text: cell.text, bold: cell.bold, font: FONT, size })] })],
          });
        }),
      });
    }),
  });
}

/** The caption an appendix shows: "Biểu N. …" as the workbook names the table, else the next number. */
export function numberedCaptions(docs: TableDocument[]): string[] {
  const named = (d: TableDocument) => /^Biểu\s+(\d+)\b/iu.exec(d.caption)?.[1] ?? /^Biểu\s+(\d+)$/iu.exec(d.sheet ?? '')?.[1];
  let next = Math.max(0, ...docs.map((d) => Number(named(d) ?? 0))) + 1;
  return docs.map((d) => {
    if (/^Biểu\s+\d+/iu.test(d.caption)) return d.caption;
    const n = named(d) ?? String(next++);
    return `Biểu ${n}. ${d.caption}`;
  });
}

function pageNumbers(size: number): { default: Footer } {
  return { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size })] })] }) };
}

export async function reportDocx(title: string, docs: TableDocument[], options: ReportOptions = {}): Promise<Buffer> {
  const body = options.appendix ? 28 : 26;
  const footnotes: Record<string, { children: Paragraph[] }> = {};
  let n = 0;
  const sections: ISectionOptions[] = [];
  let children: (Paragraph | Table)[] = [];
  let landscape = false;
  const close = () => {
    if (!children.length) return;
    sections.push({
      properties: { page: { ...PAGE, size: { ...PAGE.size, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT } } },
      footers: pageNumbers(body),
      children,
    });
    children = [];
  };
  if (options.appendix) {
    children.push(new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, children: [new TextRun({ text: 'PHỤ LỤC', bold: true, font: FONT, size: 28 })] }));
    children.push(new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, children: [new TextRun({ text: 'SỐ LIỆU THỐNG KÊ', bold: true, font: FONT, size: 28 })] }));
    children.push(new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, spacing: { after: 240 }, children: [new TextRun({ text: `(Kèm theo báo cáo; ${title})`, italics: true, font: FONT, size: body })] }));
  } else children.push(new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, spacing: { after: 240 }, children: [new TextRun({ text: title, bold: true, font: FONT, size: 28 })] }));
  const captions = options.appendix ? numberedCaptions(docs) : docs.map((d) => d.caption);
  docs.forEach((doc, i) => {
    const layout = tableLayout(doc, { fit: options.fit });
    if (layout.landscape !== landscape) {
      close();
      landscape = layout.landscape;
    }
    const small = Math.round(layout.pt * 2);
    const refs = doc.footnotes.map((sentence) => {
      footnotes[String(++n)] = { children: [new Paragraph({ children: [new TextRun({ text: sentence, font: FONT, size: 20 })] })] };
      return new FootnoteReferenceRun(n);
    });
    children.push(new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, keepLines: true, spacing: { before: 240 }, children: [new TextRun({ text: captions[i], bold: true, font: FONT, size: body }), ...refs] }));
    if (doc.unit) children.push(new Paragraph({ alignment: AlignmentType.RIGHT, keepNext: true, keepLines: true, children: [new TextRun({ text: `Đơn vị tính: ${doc.unit}`, italics: true, font: FONT, size: small })] }));
    children.push(tableOf(doc, layout));
    if (doc.source) children.push(new Paragraph({ keepLines: true, children: [new TextRun({ text: doc.source, italics: true, font: FONT, size: small })] }));
    // A section cannot end on a table in Word: the landscape page closes on an empty paragraph.
    else if (landscape) children.push(new Paragraph({ children: [] }));
  });
  close();
  const document = new Document({
    creator: 'Soát Số',
    styles: { default: { document: { run: { font: FONT, size: body } } } },
    footnotes,
    sections,
  });
  return Packer.toBuffer(document);
}
