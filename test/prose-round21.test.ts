// Readings of the twenty-first round (issue 11), each a class of sentence with its forms written here, not taken from an
// evaluation draft.
import { Paragraph, scanParagraphs } from '../src/core';

const body = (...texts: string[]): Paragraph[] => texts.map((text, i) => ({ location: 'body', paragraph: i + 1, text }));
const claims = (...texts: string[]) => scanParagraphs(body(...texts)).claims;
const crosses = (...texts: string[]) => claims(...texts).filter((c) => c.kind === 'cross');

describe('a summary restating a body figure mistyped', () => {
  const opening = 'I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024';
  const closing = 'III. ĐÁNH GIÁ CHUNG';
  test('a count of persons by "người" is the noun the summary writes after its figure', () => {
    const found = crosses(opening, 'Tổng số lao động đến ngày 31/12/2024 là 2.536 người, gồm khối sản xuất 2.210 người và khối quản lý 326 người.', closing, 'Năm 2024, Xí nghiệp bảo đảm việc làm ổn định cho 2.563 lao động, thu nhập bình quân 8,1 triệu đồng/người/tháng.');
    expect(found).toEqual([expect.objectContaining({ verdict: 'inconsistent', stated: '2.563', expected: '2.536' })]);
  });

  test('a count said of the present is what an undated summary ends on, when the nouns agree in full', () => {
    const text = (later: string) => crosses(opening, 'Hiện nay, Câu lạc bộ có 358 thành viên, trong đó 41 thành viên danh dự.', closing, `Qua một năm hoạt động, Câu lạc bộ phát triển lên ${later}.`);
    expect(text('385 thành viên')).toEqual([expect.objectContaining({ verdict: 'inconsistent', stated: '385', expected: '358' })]);
    // Another kind of member is another count.
    expect(text('385 thành viên tham gia sinh hoạt thường xuyên')).toEqual([]);
  });
});
