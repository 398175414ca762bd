// Readings of the eighth round (issue 11), each a class of sentence with its forms written here, not taken from an
// evaluation draft.
import { Paragraph, scanParagraphs } from '../src/core';

const body = (...texts: string[]): Paragraph[] => texts.map((text, i) => ({ location: 'body', paragraph: i + 1, text }));
const claims = (...texts: string[]) => scanParagraphs(body(...texts)).claims;
const flagged = (...texts: string[]) => claims(...texts).filter((c) => c.verdict === 'inconsistent' || c.verdict === 'rounding');
const repeats = (...texts: string[]) => flagged(...texts).filter((c) => c.kind === 'cross');

describe('the same quantity written twice', () => {
  test('the value reached in "tăng từ … lên N" is the stock stated elsewhere', () => {
    expect(repeats('Tổng số hội viên là 3.148 người, trong đó nữ 1.902 người.', 'Nhiệm kỳ qua, số hội viên tăng từ 2.715 lên 3.184 người.')).toEqual([expect.objectContaining({ stated: '3.184' })]);
    // Not two digits swapped: two quantities.
    expect(repeats('Tổng số hội viên là 3.148 người, trong đó nữ 1.902 người.', 'Nhiệm kỳ qua, số hội viên tăng từ 2.715 lên 3.167 người.')).toEqual([]);
  });
  test('a qualifier of another clause of the sentence does not date a clause that names its own date', () => {
    const stock = 'Đầu nhiệm kỳ, Hội có 1.204 hội viên; trong nhiệm kỳ kết nạp 310 hội viên; đến ngày 31/5/2026, Hội có 1.372 hội viên, tăng 168 hội viên so với đầu nhiệm kỳ.';
    expect(repeats(stock, 'Đến ngày 31/5/2026, Hội có 1.327 hội viên sinh hoạt tại 42 chi hội.')).toEqual([expect.objectContaining({ stated: '1.327' })]);
    // At two dates, two stocks.
    expect(repeats(stock, 'Đến ngày 31/12/2025, Hội có 1.327 hội viên sinh hoạt tại 42 chi hội.')).toEqual([]);
  });
  test('the noun after one figure may stand whole in the other phrase', () => {
    expect(repeats('Tổng số nhà ở bị hư hỏng là 734 căn nhà, trong đó hư hỏng nặng 58 căn.', 'Trận lũ đã làm 743 căn nhà ở bị hư hỏng, 120 ha lúa bị ngập.')).toEqual([expect.objectContaining({ stated: '743' })]);
    // A noun the other phrase lacks ("trường học") names another thing.
    expect(repeats('Tổng số nhà ở bị hư hỏng là 734 căn nhà.', 'Trận lũ đã làm 743 căn nhà trường học bị hư hỏng.')).toEqual([]);
  });
  test('words that sum up ("Tóm lại") name nothing of what is counted; nor does a standard\'s term date the figure', () => {
    expect(repeats('Năm 2025, Bộ phận một cửa các cấp tiếp nhận 215.630 hồ sơ, trong đó trực tuyến 180.112 hồ sơ.', 'Tóm lại, năm 2025 toàn huyện tiếp nhận 215.360 hồ sơ.')).toHaveLength(1);
    expect(repeats('Năm 2025, theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025, toàn xã còn 63 hộ nghèo, chiếm 2,1%.', 'Năm 2025, hộ nghèo còn 36 hộ.')).toEqual([expect.objectContaining({ stated: '36' })]);
  });
});
