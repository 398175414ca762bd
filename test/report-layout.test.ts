// Column widths and the page a table needs, measured as the .docx will set them.
import { readFileSync } from 'node:fs';
import { checkWorkbook, placedCells, tableDocument, tableLayout, textWidth, TableDocument } from '../src/core';
import { readWorkbook } from '../src/xlsx/read';
import { EXAMPLE_PATH } from '../examples/build-example';
import { sheet } from './helpers/sheet';
import { WIDE } from './helpers/report-sheets';

function documents(sheets: Parameters<typeof checkWorkbook>[0]): TableDocument[] {
  const result = checkWorkbook(sheets);
  return result.checked.map((c) => tableDocument(sheets.find((s) => s.name === c.table.sheet)!, c.table, result.findings));
}

/** Every header word fits its column (or the columns it spans) on one line; STT and figures fit whole. */
function nothingBreaks(doc: TableDocument) {
  const layout = tableLayout(doc);
  for (const cell of placedCells(doc)) {
    const room = layout.widths.slice(cell.col, cell.col + cell.span).reduce((a, b) => a + b, 0) - 216;
    const pieces = cell.header || doc.kinds[cell.col] === 'label' || doc.kinds[cell.col] === 'text' ? cell.text.split(/\s+/) : [cell.text];
    for (const p of pieces) expect({ text: p, fits: textWidth(p, layout.pt, cell.bold) <= room }).toEqual({ text: p, fits: true });
  }
}

describe('table layout', () => {
  test('the example: portrait at 12 pt but its wide table, nothing broken, widths fill the text width, the label column takes the rest', async () => {
    const docs = documents(await readWorkbook(readFileSync(EXAMPLE_PATH)));
    for (const doc of docs) {
      const layout = tableLayout(doc);
      // Biểu 7 has fourteen columns: only a landscape page holds it.
      expect([doc.id, layout.landscape]).toEqual([doc.id, doc.id === 'Biểu 7/1']);
      if (layout.landscape) continue;
      expect([doc.id, layout.pt]).toEqual([doc.id, 12]);
      expect(layout.widths.reduce((a, b) => a + b, 0)).toBe(9071);
      nothingBreaks(doc);
      const label = doc.kinds.indexOf('label');
      // The label column takes the rest: it is the widest, unless every label already fits on one line.
      const longest = Math.max(...placedCells(doc).filter((c) => !c.header && c.col === label).map((c) => textWidth(c.text, 12, c.bold) + 216));
      expect([doc.id, layout.widths[label] === Math.max(...layout.widths) || layout.widths[label] >= longest]).toEqual([doc.id, true]);
      // STT is no wider than its header needs: the room goes to the label.
      expect(layout.widths[0]).toBeLessThan(textWidth('STT', 12, true) + 216 + 60);
    }
  });

  test('a table too wide for portrait goes landscape; asked to fit, it tries smaller type first', () => {
    const [wide] = documents([WIDE]);
    const turned = tableLayout(wide);
    expect(turned).toMatchObject({ landscape: true, pt: 12, overflow: false });
    expect(turned.widths.reduce((a, b) => a + b, 0)).toBe(14003);
    nothingBreaks(wide);
    // Nine figure columns fit portrait at 10,5 pt, not at 11.
    const nine = sheet('Rộng', WIDE.cells.map((row) => row.slice(0, 11).map((c) => (c?.value ?? null) as string | number | null)));
    const [narrower] = documents([nine]);
    expect(tableLayout(narrower)).toMatchObject({ landscape: true, pt: 12 });
    expect(tableLayout(narrower, { fit: true })).toMatchObject({ landscape: false, pt: 10.5 });
  });
});
