// Readings of the twelfth round (issue 11), each a class of sentence with its forms written here, not taken from an
// evaluation draft.
import { Paragraph, scanParagraphs } from '../src/core';

const body = (...texts: string[]): Paragraph[] => texts.map((text, i) => ({ location: 'body', paragraph: i + 1, text }));
const claims = (...texts: string[]) => scanParagraphs(body(...texts)).claims;
const shares = (...texts: string[]) => claims(...texts).filter((c) => c.kind === 'share');

describe('a share after a heading\'s colon', () => {
  test('is of the one figure of its noun after the heading', () => {
    expect(shares('3.1. Khiếu nại về đất đai: tiếp nhận 148 đơn; đã giải quyết 131 đơn, đạt 88,51%.')).toEqual([
      expect.objectContaining({ verdict: 'consistent', stated: '88,51%' }),
    ]);
    // Two digits of the rate swapped: certain, since the heading names no figure.
    expect(shares('3.1. Khiếu nại về đất đai: tiếp nhận 148 đơn; đã giải quyết 131 đơn, đạt 88,15%.')).toEqual([
      expect.objectContaining({ verdict: 'inconsistent', stated: '88,15%', expected: '88,51%' }),
    ]);
  });

  test('is not of a figure of another noun in a list the colon opens', () => {
    // The colon opens a list of causes counted in "vụ"; the share counts persons, of the whole stated before.
    const found = shares('Xảy ra 23 vụ cháy, nổ.', 'Nguyên nhân chủ yếu: chập điện 09 vụ, sơ suất khi đun nấu 06 vụ, nguyên nhân khác 08 vụ; người gây cháy dưới 18 tuổi 04 trường hợp, chiếm 17,39%.');
    expect(found.filter((c) => c.verdict === 'inconsistent' || c.verdict === 'rounding')).toEqual([]);
  });
});

describe('a clause that opens on its part after a semicolon', () => {
  test('takes the one figure of the same noun before the semicolon as its whole', () => {
    expect(shares('Năm 2025, Phòng thẩm định 64 hồ sơ thiết kế; cấp phép 58 hồ sơ thiết kế, đạt 90,63%.')).toEqual([
      expect.objectContaining({ verdict: 'consistent', stated: '90,63%' }),
    ]);
    // So a rate with two digits swapped is certainly wrong, not left undecided.
    expect(shares('Năm 2025, Phòng thẩm định 64 hồ sơ thiết kế; cấp phép 58 hồ sơ thiết kế, đạt 90,36%.')).toEqual([
      expect.objectContaining({ verdict: 'inconsistent', stated: '90,36%', expected: '90,63%' }),
    ]);
  });

  test('takes none when two figures of that noun stand before it', () => {
    const found = shares('Năm 2025, Phòng nhận 71 hồ sơ thiết kế, trả lại 07 hồ sơ thiết kế; cấp phép 58 hồ sơ thiết kế, đạt 90,36%.');
    expect(found.filter((c) => c.verdict === 'inconsistent')).toEqual([]);
  });
});

describe('a share whose part is named in words, among cases and amounts of money', () => {
  test('is of the cases its name counts, not of the money fined', () => {
    const text = 'Tổ kiểm tra 1.240 trường hợp, lập biên bản 415 trường hợp, xử phạt 286 trường hợp với số tiền 932,5 triệu đồng; số trường hợp bị xử phạt chiếm 68,91% số trường hợp lập biên bản.';
    expect(shares(text)).toEqual([expect.objectContaining({ verdict: 'rounding', stated: '68,91%', expected: '68,92%' })]);
  });
});
