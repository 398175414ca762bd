// A report .docx from table documents, as Vietnamese administrative documents set tables (Nghị định
// 30/2020/NĐ-CP): Times New Roman, body 13 pt, tables 12 pt, single borders, bold centred header, unit
// line right-aligned above, source note below, footnotes numbered by Word.
import {
  AlignmentType,
  BorderStyle,
  Document,
  FootnoteReferenceRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { TableDocument } from '../core';

const FONT = 'Times New Roman';
const BODY = 26; // half-points: 13 pt
const TABLE = 24; // 12 pt
const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

/** The text width of an A4 page with Nghị định 30's margins (3 cm left, 2 cm right), in twips. */
const TEXT_WIDTH = 9071;

function tableOf(doc: TableDocument): Table {
  const sum = doc.widths.reduce((a, b) => a + b, 0);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: doc.widths.map((w) => Math.round((w / sum) * TEXT_WIDTH)),
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    rows: doc.rows.map(
      (row) =>
        new TableRow({
          tableHeader: row.header,
          children: row.cells.map(
            (cell) =>
              new TableCell({
                columnSpan: cell.colSpan > 1 ? cell.colSpan : undefined,
                rowSpan: cell.rowSpan > 1 ? cell.rowSpan : undefined,
                verticalAlign: VerticalAlign.CENTER,
                children: [new Paragraph({ alignment: ALIGN[cell.align], children: [new TextRun({ text: cell.text, bold: cell.bold, font: FONT, size: TABLE })] })],
              }),
          ),
        }),
    ),
  });
}

export async function reportDocx(title: string, docs: TableDocument[]): Promise<Buffer> {
  const footnotes: Record<string, { children: Paragraph[] }> = {};
  let n = 0;
  const children: (Paragraph | Table)[] = [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: title, bold: true, font: FONT, size: 28 })] })];
  for (const doc of docs) {
    const refs = doc.footnotes.map((sentence) => {
      footnotes[String(++n)] = { children: [new Paragraph({ children: [new TextRun({ text: sentence, font: FONT, size: 20 })] })] };
      return new FootnoteReferenceRun(n);
    });
    children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 240 }, children: [new TextRun({ text: doc.caption, bold: true, font: FONT, size: BODY }), ...refs] }));
    if (doc.unit) children.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: `Đơn vị tính: ${doc.unit}`, italics: true, font: FONT, size: TABLE })] }));
    children.push(tableOf(doc));
    if (doc.source) children.push(new Paragraph({ children: [new TextRun({ text: doc.source, italics: true, font: FONT, size: TABLE })] }));
  }
  const document = new Document({
    creator: 'Soát Số',
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    footnotes,
    sections: [{ properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } }, children }],
  });
  return Packer.toBuffer(document);
}
