// Where an inserted table's footnote references land: Word on the web has put them just after the content
// control, Word for Mac inside it. Read back after inserting; brought inside, or reported.
import { keepFootnotesInside } from '../src/word/footnote-placement';
import { FakeLayout, fakeWordLayout } from './helpers/fake-word';

const TAG = 'soatso:table:Biểu 3/1';

function layout(referencesAt: 'inside' | 'after' | 'in-a-table-after'): FakeLayout {
  const pieces: FakeLayout['pieces'] = [
    { kind: 'paragraph', text: 'Đoạn trước' },
    { kind: 'paragraph', text: 'Biểu 3. Kết quả đánh giá' },
    { kind: 'row', text: 'STT | Nội dung' },
    { kind: 'row', text: '1 | Đảng viên' },
    { kind: 'paragraph', text: 'Nguồn: Ban Tổ chức' },
  ];
  const refs: FakeLayout['pieces'] = [
    { kind: 'reference', text: '1' },
    { kind: 'reference', text: '2' },
  ];
  if (referencesAt === 'inside') pieces.splice(2, 0, ...refs);
  else if (referencesAt === 'after') pieces.push(...refs);
  else pieces.push({ kind: 'row', text: 'bảng khác' }, ...refs);
  pieces.push({ kind: 'paragraph', text: 'Đoạn sau' });
  // A footnote of the user's, earlier in the document, which must stay where it is.
  pieces.unshift({ kind: 'reference', text: '0' });
  return { pieces, controls: [{ tag: TAG, title: 'Soát Số: Biểu 3', start: 2, end: referencesAt === 'inside' ? 7 : 5 }] };
}

const control = (ctx: Word.RequestContext) => ctx.document.contentControls.getByTag(TAG).getFirst();

test('references already inside (Word for Mac): nothing changes, one sync', async () => {
  const doc = layout('inside');
  const { context, state } = fakeWordLayout(doc);
  expect(await keepFootnotesInside(context, control(context), 2)).toEqual({ kind: 'inside' });
  expect(doc.controls).toEqual([{ tag: TAG, title: 'Soát Số: Biểu 3', start: 2, end: 7 }]);
  expect(state.syncs).toBe(1);
});

test('references just after the control (Word on the web): the control is recreated over them, tag and title kept', async () => {
  const doc = layout('after');
  const { context } = fakeWordLayout(doc);
  expect(await keepFootnotesInside(context, control(context), 2)).toEqual({ kind: 'moved', footnotes: 2 });
  expect(doc.controls).toEqual([{ tag: TAG, title: 'Soát Số: Biểu 3', start: 2, end: 7 }]);
  expect(doc.pieces.slice(2, 8).filter((p) => p.kind === 'reference').map((p) => p.text)).toEqual(['1', '2']);
  // The user's own earlier footnote is not pulled in.
  expect(doc.controls[0].start).toBeGreaterThan(0);
});

test('references that landed inside a table after the control are reported, not moved: a control must not end on a table row', async () => {
  const doc = layout('in-a-table-after');
  for (const p of doc.pieces) if (p.kind === 'reference' && p.text !== '0') p.inTable = true;
  const { context } = fakeWordLayout(doc);
  const before = structuredClone(doc.controls);
  expect(await keepFootnotesInside(context, control(context), 2)).toEqual({ kind: 'outside', footnotes: 2 });
  expect(doc.controls).toEqual(before);
});
