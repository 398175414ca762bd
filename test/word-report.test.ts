import { readFileSync } from 'node:fs';
import { checkWorkbook, tableDocument } from '../src/core';
import { gridOf, tagOf, WordReport } from '../src/word/word-report';
import { readWorkbook } from '../src/xlsx/read';
import { EXAMPLE_PATH } from '../examples/build-example';
import { recorder } from './helpers/recorder';
import { FakeBlock, FakeBlockDocument, fakeWordDocument } from './helpers/fake-word';
import { tableDocuments } from '../src/taskpane/table-documents';

async function doc(id: string) {
  const sheets = await readWorkbook(readFileSync(EXAMPLE_PATH));
  const result = checkWorkbook(sheets);
  const c = result.checked.find((x) => x.table.id === id)!;
  return tableDocument(sheets.find((s) => s.name === c.table.sheet)!, c.table, result.findings);
}

describe('the table grid for Word', () => {
  test('merged areas keep their text in their first cell and are listed for merging', async () => {
    const { values, merges } = gridOf(await doc('Biểu 3/1'));
    expect(values[0]).toEqual(['STT', 'Nội dung', 'Năm 2021', '', 'Năm 2022', '']);
    expect(values[1]).toEqual(['', '', 'Số lượng', 'Tỷ lệ (%)', 'Số lượng', 'Tỷ lệ (%)']);
    expect(merges).toEqual([
      { top: 0, left: 0, bottom: 1, right: 0 },
      { top: 0, left: 1, bottom: 1, right: 1 },
      { top: 0, left: 2, bottom: 0, right: 3 },
      { top: 0, left: 4, bottom: 0, right: 5 },
    ]);
  });
});

describe('WordReport', () => {
  test('an insertion is one sync, and one more to read back where its footnotes landed: caption, unit, table, merges, source, footnotes, a tagged content control', async () => {
    const d = await doc('Biểu 3/1');
    // Read back after inserting: the one footnote is inside the control, so nothing more is done.
    const { run, rec } = recorder({ 'context.document.getSelection().insertParagraph().getRange().expandTo().insertContentControl().getRange().footnotes.items': [{}] });
    expect(await new WordReport(run, true).insert(d, 'bao-cao-mau.xlsx')).toEqual({ kind: 'inside' });
    expect(rec.syncs).toBe(2);
    const calls = rec.calls.join('\n');
    expect(calls).toContain('insertParagraph("Biểu 3. Kết quả đánh giá, xếp loại chất lượng đảng viên", "After")');
    expect(calls).toContain('insertParagraph("Đơn vị tính: đảng viên", "After")');
    expect(calls).toMatch(/insertTable\(7, 6, "After", \[\["STT","Nội dung","Năm 2021","","Năm 2022",""\]/);
    expect(calls).toContain('mergeCells(0, 4, 0, 5)');
    expect(calls.indexOf('mergeCells(0, 4, 0, 5)')).toBeLessThan(calls.indexOf('mergeCells(0, 0, 1, 0)'));
    expect(rec.calls.filter((c) => c.includes('insertFootnote'))).toEqual([expect.stringContaining('Năm 2022, tổng số đảng viên được đánh giá 32.500 đảng viên')]);
    expect(rec.sets).toContain(`context.document.getSelection().insertParagraph().getRange().expandTo().insertContentControl().tag = "${tagOf('Biểu 3/1')}"`);
    expect(rec.sets.some((s) => s.endsWith('.title = "Soát Số: Biểu 3. Kết quả đánh giá, xếp loại chất lượng đảng viên (bao-cao-mau.xlsx)"'))).toBe(true);
    expect(rec.sets.some((s) => s.includes('.styleBuiltIn = "TableGrid"'))).toBe(true);
    expect(rec.sets.filter((s) => s.endsWith('.headerRowCount = 2'))).toHaveLength(1);
    // Widths from content, in points: STT narrow, the label widest, one per column.
    const widths = rec.sets.filter((s) => s.includes('.columnWidth = ')).map((s) => Number(s.split(' = ')[1]));
    expect(widths).toHaveLength(6);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(9071 / 20, 0);
    expect(Math.max(...widths)).toBe(widths[1]);
    expect(rec.sets.filter((s) => s.includes('horizontalAlignment = "Right"')).length).toBeGreaterThan(10);
    // Nothing is deleted or replaced: insertion only.
    expect(calls).not.toMatch(/delete|clear|"Replace"/);
  });

  test('without WordApi 1.5 the footnote sentences become a note under the table', async () => {
    const { run, rec } = recorder();
    await new WordReport(run, false).insert(await doc('Biểu 2/1'), 'x.xlsx');
    expect(rec.calls.some((c) => c.includes('insertFootnote'))).toBe(false);
    expect(rec.calls.some((c) => c.includes('insertParagraph("Ghi chú: Tổng số đảng viên 33.509 người'))).toBe(true);
  });

  test('an update writes only the cells that changed, in two syncs, and says which', async () => {
    const d = await doc('Biểu 1/1');
    const old = gridOf(d).values.map((r) => [...r]);
    old[4][3] = '327';
    const tables = { items: [{ values: old, rowCount: old.length, getCell: (r: number, c: number) => ({ set value(v: string) { written.push(`${r},${c}=${v}`); } }) }], load: () => undefined };
    const written: string[] = [];
    const replaced: string[] = [];
    const notes = { items: [{ body: { text: 'Câu chú thích cũ.', insertText: (t: string, how: string) => replaced.push(`${how}: ${t}`) } }], load: () => undefined };
    const { run, rec } = recorder({
      'context.document.contentControls.getByTag()': { items: [{}], load: () => undefined, getFirstOrNullObject: () => ({ tables, getRange: () => ({ footnotes: notes }) }) },
    });
    const result = await new WordReport(run, true).update(d);
    expect(result.changes[0]).toEqual({ row: 4, col: 3, from: '327', to: '357' });
    expect(result.changes[1]).toMatchObject({ row: -1, col: 0, from: 'Câu chú thích cũ.', to: d.footnotes[0] });
    expect(written).toEqual(['4,3=357']);
    expect(replaced).toEqual([`Replace: ${d.footnotes[0]}`]);
    expect(rec.syncs).toBe(2);
    expect(rec.calls[0]).toBe(`context.document.contentControls.getByTag("${tagOf('Biểu 1/1')}")`);
  });

  test('an update of a table whose shape changed touches nothing', async () => {
    const d = await doc('Biểu 1/1');
    const tables = { items: [{ values: [['x']], rowCount: 1, getCell: () => { throw new Error('must not write'); } }], load: () => undefined };
    const { run } = recorder({ 'context.document.contentControls.getByTag()': { items: [{}], load: () => undefined, getFirstOrNullObject: () => ({ tables, getRange: () => ({ footnotes: { items: [], load: () => undefined } }) }) } });
    expect(await new WordReport(run, true).update(d)).toEqual({ found: true, reshaped: true, changes: [] });
  });
});

describe('inserting all tables of a workbook at once', () => {
  const start = () => {
    const p = (text: string): FakeBlock => ({ kind: 'paragraph', text, footnotes: [], format: {} });
    const user: FakeBlock[] = [p('I. Kết quả'), p('Con trỏ ở đây'), p('II. Nhiệm vụ'), { ...p('Chú thích của người viết'), footnotes: ['Ghi chú riêng.'] }];
    const doc: FakeBlockDocument = { blocks: [...user], selection: 1, controls: [], edits: 0 };
    return { user, doc };
  };

  test('every table in its own content control, in the workbook order, after the cursor, with its footnotes; nothing outside changes; one sync', async () => {
    const docs = tableDocuments(await readWorkbook(readFileSync(EXAMPLE_PATH)), 'vi');
    expect(docs.length).toBe(8);
    const { user, doc } = start();
    const before = structuredClone(user);
    const { run, state } = fakeWordDocument(doc);
    const placed = await new WordReport(run, true).insertAll(docs, 'bao-cao-mau.xlsx');
    expect(state.syncs).toBe(1);
    expect(placed).toEqual(docs.map(() => ({ kind: 'inside' })));
    // Outside the controls: the user's blocks, in their order, unchanged.
    expect(doc.blocks.filter((b) => b.control === undefined)).toEqual(before);
    expect(doc.edits).toBe(0);
    expect(doc.controls.map((c) => c.tag)).toEqual(docs.map((d) => tagOf(d.id)));
    expect(doc.controls.every((c, i) => c.title === `Soát Số: ${docs[i].caption} (bao-cao-mau.xlsx)`)).toBe(true);
    // Each control's blocks are contiguous, right after the one before, all between the cursor and what followed it.
    const tags = doc.blocks.map((b) => b.control);
    const cursor = doc.blocks.indexOf(user[1]);
    expect(doc.blocks.indexOf(user[2])).toBe(cursor + 1 + tags.filter((t) => t !== undefined).length);
    const runs = tags.slice(cursor + 1, doc.blocks.indexOf(user[2])).filter((t, i, a) => i === 0 || t !== a[i - 1]);
    expect(runs).toEqual(docs.map((d) => tagOf(d.id)));
    for (const d of docs) {
      const mine = doc.blocks.filter((b) => b.control === tagOf(d.id));
      expect(mine[0].text).toBe(d.caption);
      const tables = mine.filter((b) => b.kind === 'table');
      expect(tables).toHaveLength(1);
      expect(tables[0].rows).toEqual(gridOf(d).values);
      expect(tables[0].merges).toHaveLength(gridOf(d).merges.length);
      expect(mine.flatMap((b) => b.footnotes)).toEqual(d.footnotes);
      if (d.unit) expect(mine[1].text).toBe(`Đơn vị tính: ${d.unit}`);
    }
    expect(docs.filter((d) => d.footnotes.length).length).toBeGreaterThan(2);
  });

  test('under a small request budget each table gets its own sync, never more', async () => {
    const docs = tableDocuments(await readWorkbook(readFileSync(EXAMPLE_PATH)), 'vi');
    const { user, doc } = start();
    const { run, state } = fakeWordDocument(doc);
    await new WordReport(run, true).insertAll(docs, 'x.xlsx', 1);
    expect(state.syncs).toBe(docs.length);
    expect(doc.controls.map((c) => c.tag)).toEqual(docs.map((d) => tagOf(d.id)));
    expect(doc.blocks.filter((b) => b.control === undefined)).toEqual(user);
  });

  test('without WordApi 1.5 the sentences are a note inside each control', async () => {
    const docs = tableDocuments(await readWorkbook(readFileSync(EXAMPLE_PATH)), 'vi').slice(0, 2);
    const { doc } = start();
    const { run, state } = fakeWordDocument(doc);
    await new WordReport(run, false).insertAll(docs, 'x.xlsx');
    expect(state.syncs).toBe(1);
    for (const d of docs.filter((x) => x.footnotes.length)) {
      const mine = doc.blocks.filter((b) => b.control === tagOf(d.id));
      expect(mine[mine.length - 1].text).toBe(`Ghi chú: ${d.footnotes.join(' ')}`);
      expect(mine.flatMap((b) => b.footnotes)).toEqual([]);
    }
  });
});
