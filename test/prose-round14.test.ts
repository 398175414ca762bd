// Readings of the fourteenth round (issue 11), each a class of sentence with its forms written here, not taken from an
// evaluation draft.
import { Paragraph, scanParagraphs } from '../src/core';

const body = (...texts: string[]): Paragraph[] => texts.map((text, i) => ({ location: 'body', paragraph: i + 1, text }));
const claims = (...texts: string[]) => scanParagraphs(body(...texts)).claims;
const flagged = (...texts: string[]) => claims(...texts).filter((c) => c.verdict === 'inconsistent' || c.verdict === 'rounding');
const crosses = (...texts: string[]) => flagged(...texts).filter((c) => c.kind === 'cross');

describe('a result the summing-up section writes again', () => {
  const report = ['BÁO CÁO', 'Kết quả công tác năm 2025 của Trung tâm Nước sạch'];
  const result = 'Trong năm, Trung tâm lắp đặt mới 734 đồng hồ nước cho các hộ dân; sửa chữa 1.215 điểm rò rỉ trên mạng lưới.';

  test('two neighbouring digits swapped under "ĐÁNH GIÁ CHUNG" is the body\'s figure mistyped', () => {
    const summary = 'Năm 2025, Trung tâm hoàn thành kế hoạch được giao: lắp mới 743 đồng hồ nước, chống thất thoát hiệu quả.';
    expect(crosses(...report, 'II. KẾT QUẢ THỰC HIỆN', result, 'III. ĐÁNH GIÁ CHUNG', summary)).toEqual([expect.objectContaining({ stated: '743', expected: '734' })]);
    // Outside a summing-up, a later paragraph may count another thing: nothing said.
    expect(crosses(...report, 'II. KẾT QUẢ THỰC HIỆN', result, 'Riêng khu vực thị trấn lắp mới 743 đồng hồ nước cho các cơ quan.')).toEqual([]);
  });

  test('a paragraph opening "Nhìn chung" or "Tóm lại" sums up too', () => {
    expect(crosses(...report, result, 'Tóm lại, năm 2025 Trung tâm đã sửa chữa 1.251 điểm rò rỉ, giảm tỷ lệ thất thoát.')).toEqual([expect.objectContaining({ stated: '1.251', expected: '1.215' })]);
  });

  test('its part on shortcomings counts new things', () => {
    const shortfall = '2. Tồn tại, hạn chế: vẫn còn 743 đồng hồ nước đã quá hạn kiểm định chưa được thay thế.';
    expect(crosses(...report, result, 'III. ĐÁNH GIÁ CHUNG', '1. Ưu điểm: hoàn thành các chỉ tiêu chủ yếu.', shortfall)).toEqual([]);
  });

  test('a figure the body gave exactly is what the summary restates, whatever else is near it', () => {
    const both = 'Trong năm, Trung tâm lắp đặt mới 734 đồng hồ nước cho hộ dân và 743 đồng hồ nước cho cơ quan, trường học.';
    expect(crosses(...report, both, 'III. ĐÁNH GIÁ CHUNG', 'Năm 2025, Trung tâm lắp mới 743 đồng hồ nước cho cơ quan, trường học.')).toEqual([]);
  });

  test('two acts on one noun are two counts', () => {
    const body1 = 'Phòng đã giới thiệu việc làm cho 186 lao động tại các doanh nghiệp trong tỉnh.';
    expect(crosses(...report, body1, 'III. ĐÁNH GIÁ CHUNG', 'Năm 2025, đã giải quyết việc làm cho 168 lao động.')).toEqual([]);
  });

  test('money restated needs two words of what it is of', () => {
    const spent = 'Chi đầu tư phát triển năm 2025 là 621,5 tỷ đồng; chi thường xuyên 438,2 tỷ đồng.';
    expect(crosses(...report, spent, 'Nhìn chung, chi đầu tư phát triển đạt 612,5 tỷ đồng, bảo đảm tiến độ.')).toEqual([expect.objectContaining({ stated: '612,5', expected: '621,5' })]);
    expect(crosses(...report, spent, 'Nhìn chung, thu tiền sử dụng đất đạt 612,5 tỷ đồng.')).toEqual([]);
  });

  test('"xuất" alone is not the grade "xuất sắc"', () => {
    const cases = 'Sáu tháng, toàn tỉnh ghi nhận 1.846 ca sốt xuất huyết, giảm so với cùng kỳ.';
    expect(crosses(...report, cases, 'III. ĐÁNH GIÁ CHUNG', 'Dịch bệnh được kiểm soát: sốt xuất huyết 1.864 ca, không có tử vong.')).toEqual([expect.objectContaining({ stated: '1.864', expected: '1.846' })]);
  });
});
