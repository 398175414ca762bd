// Readings of the twenty-third round (issue 11), each a class of sentence with its forms written here, not taken from
// an evaluation draft.
import { Paragraph, scanParagraphs } from '../src/core';

const body = (...texts: string[]): Paragraph[] => texts.map((text, i) => ({ location: 'body', paragraph: i + 1, text }));
const claims = (...texts: string[]) => scanParagraphs(body(...texts)).claims;

describe('a rate written "tương ứng" after a change', () => {
  const rates = (text: string) => claims(text).filter((c) => c.kind === 'ratio');

  test('is the change over the value compared with, the verb written again or not', () => {
    expect(rates('Năm 2024, Văn phòng tiếp nhận 1.420 hồ sơ. So với năm 2023 (1.250 hồ sơ), số hồ sơ tăng 170 hồ sơ, tương ứng tăng 31,6%.')).toEqual([expect.objectContaining({ verdict: 'inconsistent', stated: '31,6%', expected: '13,6%' })]);
    expect(rates('Lượng nước tưới đạt 552 triệu m³, giảm 48 triệu m³ so với năm 2023 (600 triệu m³), tương ứng giảm 8,0%.')).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
    expect(rates('Đã cấp 3.317 giấy chứng nhận, tăng 317 giấy, tương ứng 10,75% so với năm 2023 (3.000 giấy).')).toEqual([expect.objectContaining({ verdict: 'inconsistent', expected: '10,57%' })]);
  });

  test('that goes the other way than the change is not read as its rate', () => {
    expect(rates('Số vụ vi phạm giảm 12 vụ so với năm 2023 (80 vụ), tương ứng tăng 15%.')).toEqual([]);
  });
});
