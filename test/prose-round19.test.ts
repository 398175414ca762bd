// Readings of the nineteenth round (issue 11), each a class of sentence with its forms written here, not taken from an
// evaluation draft.
import { Paragraph, scanParagraphs } from '../src/core';
import { tokenize } from '../src/core/prose/tokens';

const body = (...texts: string[]): Paragraph[] => texts.map((text, i) => ({ location: 'body', paragraph: i + 1, text }));
const claims = (...texts: string[]) => scanParagraphs(body(...texts)).claims;
const at = (stated: string, ...texts: string[]) => claims(...texts).filter((c) => c.stated === stated);

describe('an amount broken down into bare figures, its items named with commas', () => {
  // 1.204,50 + 386,25 + 92,40 = 1.683,15.
  const sentence = (total: string) => `Năm 2024, chi đầu tư phát triển ${total} triệu đồng, bao gồm: giao thông, thủy lợi 1.204,50; trường học, trạm y tế 386,25; nhà văn hóa 92,40.`;

  test('the items count in the total’s unit', () => {
    expect(at('1.683,15', sentence('1.683,15'))).toEqual([expect.objectContaining({ kind: 'sum', verdict: 'consistent' })]);
    expect(at('1.638,15', sentence('1.638,15'))).toEqual([expect.objectContaining({ kind: 'sum', verdict: 'inconsistent', expected: '1.683,15' })]);
  });

  test('a count’s list does not take bare decimals as its items', () => {
    // A rate without its unit is no count of people.
    expect(claims('Đơn vị có 52 người, gồm: quản lý 1,5; kỹ thuật 30,5; phục vụ 20.').filter((c) => c.kind === 'sum')).toEqual([]);
  });
});

describe('a digit glued to a letter names a class', () => {
  test('it is no figure', () => {
    expect(tokenize('11 xe hạng C1, 05 xe hạng D2').map((t) => [t.text, t.kind, t.why])).toEqual([
      ['11', 'count', undefined],
      ['1', 'other', 'code'],
      ['05', 'count', undefined],
      ['2', 'other', 'code'],
    ]);
  });

  test('a list naming classes so is read', () => {
    // 12 + 30 + 9 + 4 = 55.
    const sentence = (total: string) => `Đội xe của Công ty có ${total} xe (12 xe hạng B1, 30 xe hạng B2, 09 xe hạng C1, 04 xe hạng D).`;
    expect(at('55', sentence('55'))).toEqual([expect.objectContaining({ kind: 'sum', verdict: 'consistent' })]);
    expect(at('53', sentence('53'))).toEqual([expect.objectContaining({ kind: 'sum', verdict: 'inconsistent', expected: '55' })]);
  });

  test('a document’s number keeps its own reading', () => {
    expect(tokenize('Chỉ thị 33-CT/TW').map((t) => t.why)).toEqual([undefined]);
  });
});
