// Readings of the fifteenth round (issue 11), each a class of sentence with its forms written here, not taken from an
// evaluation draft.
import { Paragraph, scanParagraphs } from '../src/core';

const body = (...texts: string[]): Paragraph[] => texts.map((text, i) => ({ location: 'body', paragraph: i + 1, text }));
const claims = (...texts: string[]) => scanParagraphs(body(...texts)).claims;
const differences = (...texts: string[]) => claims(...texts).filter((c) => c.kind === 'difference');

describe('a change whose comparison stands apart from it', () => {
  test('after a multiple naming the period and its value, the change is against that value', () => {
    const wrong = differences('Số thu phí bảo trì đường bộ đạt 52,8 tỷ đồng, gấp 1,60 lần năm 2019 (33,0 tỷ đồng), tăng 18,9 tỷ đồng.');
    expect(wrong).toEqual([expect.objectContaining({ verdict: 'inconsistent', stated: '18,9', expected: '19,8' })]);
    expect(differences('Số thu phí bảo trì đường bộ đạt 52,8 tỷ đồng, gấp 1,60 lần so với năm 2019 (33,0 tỷ đồng), tăng 19,8 tỷ đồng.')).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
  });

  test('the rate of the change in its parenthesis, or a multiple, may stand between the change and the period', () => {
    expect(differences('Số người đăng ký mới 1.284 người, tăng 146 người (12,8%) so với năm 2023 (1.138 người).')).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
    expect(differences('Sản lượng đạt 6.420 tấn, tăng 2.310 tấn (gấp 1,56 lần) so với năm 2020 (4.110 tấn).')).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
    expect(differences('Sản lượng đạt 6.420 tấn, tăng 2.130 tấn, gấp 1,56 lần năm 2020 (4.110 tấn).')).toEqual([expect.objectContaining({ verdict: 'inconsistent', stated: '2.130', expected: '2.310' })]);
  });
});

describe('a base named by an act done, due or pending', () => {
  const shares = (...texts: string[]) => claims(...texts).filter((c) => c.kind === 'share' && c.stated === '3,84%');
  test('"số đơn đã xử lý" is not the figure of the letters that must be handled', () => {
    const due = 'Tổng số đơn phải xử lý trong năm là 1.250 đơn, gồm 86 đơn kỳ trước chuyển sang và 1.164 đơn tiếp nhận mới.';
    // 48 / 1.250 = 3,84 %; of the 1.180 handled it is 4,07 %.
    const done = 'Đã xử lý 1.180 đơn, trong đó đúng hạn 1.132 đơn, quá hạn 48 đơn (chiếm 3,84% số đơn đã xử lý).';
    expect(shares(due, done)).toEqual([expect.objectContaining({ verdict: 'inconsistent', expected: '4,07%' })]);
    // Named as the letters due, the same share is right.
    expect(shares(due, done.replace('số đơn đã xử lý', 'số đơn phải xử lý'))).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
  });
});
