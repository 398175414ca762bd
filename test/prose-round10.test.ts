// Readings of the tenth round (issue 11), each a class of sentence with its forms written here, not taken from an
// evaluation draft.
import { Paragraph, scanParagraphs } from '../src/core';

const body = (...texts: string[]): Paragraph[] => texts.map((text, i) => ({ location: 'body', paragraph: i + 1, text }));
const claims = (...texts: string[]) => scanParagraphs(body(...texts)).claims;
const flagged = (...texts: string[]) => claims(...texts).filter((c) => c.verdict === 'inconsistent' || c.verdict === 'rounding');

describe('a long figure restated with two digits swapped', () => {
  const repeats = (...texts: string[]) => flagged(...texts).filter((c) => c.kind === 'cross');
  const first = 'Năm 2025, toàn huyện có 2.536 hộ tham gia mô hình trồng rau an toàn, tăng 214 hộ so với năm 2024.';

  test('is one quantity mistyped when one phrase names it in the other\'s words, even where only one names its year', () => {
    expect(repeats(first, 'Kết quả nổi bật: 2.563 hộ tham gia mô hình trồng rau an toàn được cấp chứng nhận.')).toEqual([expect.objectContaining({ stated: '2.563', expected: '2.536' })]);
    // With no unit of the reports' own, the noun right after the figure says what is counted.
    const cars = 'Trong năm đăng ký mới 4.175 xe máy cày các loại.';
    expect(repeats(cars, 'Riêng số 4.157 xe máy cày đăng ký mới phần lớn là loại nhỏ.')).toEqual([expect.objectContaining({ stated: '4.157' })]);
  });

  test('is two quantities when the phrases name different things, the figures are short, or the moments differ', () => {
    // Neither phrase's words all stand in the other's.
    expect(repeats(first, 'Có 2.563 hộ được vay vốn ưu đãi để chăn nuôi bò.')).toEqual([]);
    // Three digits: a swap by chance is too common to call.
    expect(repeats('Năm 2025, toàn huyện có 536 hộ tham gia mô hình trồng rau an toàn.', 'Kết quả nổi bật: 563 hộ tham gia mô hình trồng rau an toàn.')).toEqual([]);
    // Said of the day of writing.
    expect(repeats(first, 'Hiện nay có 2.563 hộ tham gia mô hình trồng rau an toàn.')).toEqual([]);
    // Dated by its own parenthesis.
    expect(repeats(first, 'Có 2.563 hộ tham gia mô hình trồng rau an toàn (số liệu thống kê đến ngày 30/9/2025).')).toEqual([]);
    // Two years named.
    expect(repeats(first, 'Năm 2024 có 2.563 hộ tham gia mô hình trồng rau an toàn.')).toEqual([]);
  });
});
