// A fraction over one of the report's populations has that population's count as its whole (populations.ts).
import { Paragraph, scanParagraphs } from '../src/core';

const body = (...texts: string[]): Paragraph[] => texts.map((text, i) => ({ location: 'body', paragraph: i + 1, text }));
const fractions = (...texts: string[]) => scanParagraphs(body(...texts)).claims.filter((c) => c.kind === 'fraction');

describe('the whole of a fraction over a population the report counts', () => {
  const intro = 'Huyện có 11 xã, thị trấn (10 xã, 01 thị trấn) với 27.400 nhân khẩu.';
  test('a whole that is not the one count stated is wrong, and the message names both', () => {
    const c = fractions(intro, 'Đã bố trí bí thư đồng thời là chủ tịch Ủy ban nhân dân ở 08/12 xã, thị trấn.');
    expect(c).toHaveLength(1);
    expect(c[0]).toMatchObject({ verdict: 'inconsistent' });
    expect(c[0].message).toContain('08/12');
    expect(c[0].message).toContain('(11)');
  });
  test('the stated whole holds', () => {
    expect(fractions(intro, 'Đã bố trí bí thư đồng thời là chủ tịch Ủy ban nhân dân ở 08/11 xã, thị trấn.').filter((c) => c.verdict === 'inconsistent')).toEqual([]);
  });
  test('a kind of the population ("xã nông thôn mới") may have any whole', () => {
    expect(fractions(intro, 'Có 06/09 xã nông thôn mới đạt chuẩn nâng cao.').filter((c) => c.verdict === 'inconsistent')).toEqual([]);
  });
  test('a population counted with two values (it changed) holds no fraction to either', () => {
    const c = fractions('Năm 2021 Đảng bộ có 41 tổ chức cơ sở đảng; sau sáp nhập, năm 2024 còn 38 tổ chức cơ sở đảng.', 'Năm 2024, 38/38 tổ chức cơ sở đảng được đánh giá; năm 2021 là 39/41 tổ chức cơ sở đảng.');
    expect(c.filter((x) => x.verdict === 'inconsistent')).toEqual([]);
  });
});
