import { scanParagraphs } from '../src/core';
import { WordProseHost } from '../src/word/word-prose';
import { FakeDocument, fakeWord } from './helpers/fake-word';

const report = (): FakeDocument => ({
  body: [
    'BÁO CÁO',
    'Tổng số đảng viên toàn tỉnh là 33.509, trong đó: đảng viên người dân tộc thiểu số 654 (Khmer 414, Hoa 227, dân tộc khác 13).',
    'Trong nhiệm kỳ đã trao tặng 4.072 Huy hiệu tuổi Đảng[1]. Các cấp ủy đã làm tốt.',
    'Về dân tộc: đảng viên là người dân tộc thiểu số 564 đồng chí, chiếm 1,95%.',
  ],
  footnotes: ['trong đó: 2.067 Huy hiệu 30 năm tuổi Đảng, 670 Huy hiệu 40 năm tuổi Đảng, 535 Huy hiệu 45 năm tuổi Đảng, 1.798 Huy hiệu 50 năm tuổi Đảng'],
});

describe('WordProseHost', () => {
  test('reads the body and the footnotes, with where each footnote is referenced, in two syncs', async () => {
    const { run, state } = fakeWord(report());
    const paragraphs = await new WordProseHost('vi', run, true).readParagraphs();
    expect(state.syncs).toBe(2);
    expect(paragraphs.map((p) => p.location)).toEqual(['body', 'body', 'body', 'body', 'footnote 1']);
    expect(paragraphs[2].notes).toEqual([{ at: 'Trong nhiệm kỳ đã trao tặng 4.072 Huy hiệu tuổi Đảng'.length, footnote: 1 }]);
    const r = scanParagraphs(paragraphs);
    // The footnote continues the body's 4.072: 2.067 + 670 + 535 + 1.798 = 5.070.
    expect(r.claims.find((c) => c.location === 'footnote 1')).toMatchObject({ kind: 'sum', verdict: 'inconsistent', stated: '4.072', expected: '5.070' });
    expect(r.claims.find((c) => c.kind === 'share')).toMatchObject({ verdict: 'inconsistent', fix: { text: '564', value: '654', why: 'transposition' } });
  });

  test('without WordApi 1.5 the body alone is read, in one sync', async () => {
    const { run, state } = fakeWord(report());
    const paragraphs = await new WordProseHost('vi', run, false).readParagraphs();
    expect(state.syncs).toBe(1);
    expect(paragraphs.every((p) => p.location === 'body')).toBe(true);
  });

  test('selecting a claim selects its sentence, in two syncs; nothing changes', async () => {
    const doc = report();
    const before = JSON.stringify(doc.body);
    const { run, state } = fakeWord(doc);
    const host = new WordProseHost('vi', run, true);
    const claim = scanParagraphs(await host.readParagraphs()).claims.find((c) => c.kind === 'share')!;
    state.syncs = 0;
    await host.selectClaim(claim);
    expect(state.syncs).toBe(2);
    expect(doc.selection).toBe(claim.quote);
    expect(JSON.stringify(doc.body)).toBe(before);
  });

  test('applying a fix replaces that one figure and nothing else, footnote marks included', async () => {
    const doc = report();
    const { run } = fakeWord(doc);
    const host = new WordProseHost('vi', run, true);
    const claim = scanParagraphs(await host.readParagraphs()).claims.find((c) => c.kind === 'share')!;
    expect(await host.applyFix(claim)).toBe(true);
    expect(doc.body[3]).toBe('Về dân tộc: đảng viên là người dân tộc thiểu số 654 đồng chí, chiếm 1,95%.');
    expect(doc.body.slice(0, 3)).toEqual(report().body.slice(0, 3));
    const again = scanParagraphs(await host.readParagraphs());
    expect(again.summary.inconsistent).toBe(1);
  });

  test('a fix in a footnote changes the footnote', async () => {
    const doc = report();
    doc.body[2] = 'Trong nhiệm kỳ đã trao tặng 5.070 Huy hiệu tuổi Đảng[1]. Các cấp ủy đã làm tốt.';
    doc.footnotes[0] = 'Có 516/520, chiếm 99,32% tổ chức hoàn thành tốt nhiệm vụ';
    const { run } = fakeWord(doc);
    const host = new WordProseHost('vi', run, true);
    const claim = scanParagraphs(await host.readParagraphs()).claims.find((c) => c.location === 'footnote 1' && c.verdict === 'inconsistent')!;
    expect(claim.fix).toMatchObject({ text: '99,32%', value: '99,23%', location: 'footnote 1' });
    expect(await host.applyFix(claim)).toBe(true);
    expect(doc.footnotes[0]).toBe('Có 516/520, chiếm 99,23% tổ chức hoàn thành tốt nhiệm vụ');
    expect(doc.body[2]).toContain('[1]');
  });
});
