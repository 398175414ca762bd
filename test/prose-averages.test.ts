// "bình quân 50 triệu đồng/căn": an average is the total over the count written before it (averages.ts).
import { Paragraph, scanParagraphs } from '../src/core';

const body = (...texts: string[]): Paragraph[] => texts.map((text, i) => ({ location: 'body', paragraph: i + 1, text }));
const averages = (text: string) => scanParagraphs(body(text)).claims.filter((c) => c.message.startsWith('bình quân'));

describe('averages', () => {
  test('the total in the average\'s unit over the count of the noun after its slash', () => {
    expect(averages('Vận động xây dựng 84 căn nhà Đại đoàn kết với tổng kinh phí 4.620 triệu đồng, bình quân 55 triệu đồng/căn.').map((c) => c.verdict)).toEqual(['consistent']);
    const wrong = averages('Vận động xây dựng 84 căn nhà Đại đoàn kết với tổng kinh phí 4.620 triệu đồng, bình quân 65 triệu đồng/căn.');
    expect(wrong.map((c) => c.verdict)).toEqual(['inconsistent']);
    expect(wrong[0].fix).toMatchObject({ text: '65', value: '55' });
  });
  test('an average is rounded half up like any figure: cut instead, or a unit off, it is a rounding slip (domain.md)', () => {
    // 1.712 / 38 = 45,05…; 1.745 / 38 = 45,92… written 45 (cut, not rounded); 1.748 / 38 = 46 exactly, so 47 is wrong.
    expect(averages('Mở 38 lớp với 1.712 học viên, bình quân 45 học viên/lớp.').map((c) => c.verdict)).toEqual(['consistent']);
    expect(averages('Mở 38 lớp với 1.745 học viên, bình quân 45 học viên/lớp.').map((c) => c.verdict)).toEqual(['rounding']);
    expect(averages('Mở 38 lớp với 1.748 học viên, bình quân 47 học viên/lớp.').map((c) => c.verdict)).toEqual(['inconsistent']);
  });
  test('two totals or two counts in the sentence leave the average unread', () => {
    expect(averages('Mở 38 lớp bồi dưỡng và 12 lớp tập huấn với 1.710 học viên, bình quân 45 học viên/lớp.')).toEqual([]);
  });
});
