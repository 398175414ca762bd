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

  test('a stock at the year\'s last day is the year\'s', () => {
    const stock = 'Đến ngày 31/12/2025, Trung tâm đang quản lý, chăm sóc 247 đối tượng tại 04 khu nhà.';
    expect(crosses(...report, stock, 'III. ĐÁNH GIÁ CHUNG', 'Năm 2025, Trung tâm chăm sóc chu đáo 274 đối tượng, không để xảy ra dịch bệnh.')).toEqual([expect.objectContaining({ stated: '274', expected: '247' })]);
    // At another day the count may have changed.
    expect(crosses(...report, 'Đến ngày 30/6/2025, Trung tâm đang quản lý, chăm sóc 247 đối tượng.', 'III. ĐÁNH GIÁ CHUNG', 'Năm 2025, Trung tâm chăm sóc chu đáo 274 đối tượng.')).toEqual([]);
  });

  test('"xuất" alone is not the grade "xuất sắc"', () => {
    const cases = 'Sáu tháng, toàn tỉnh ghi nhận 1.846 ca sốt xuất huyết, giảm so với cùng kỳ.';
    expect(crosses(...report, cases, 'III. ĐÁNH GIÁ CHUNG', 'Dịch bệnh được kiểm soát: sốt xuất huyết 1.864 ca, không có tử vong.')).toEqual([expect.objectContaining({ stated: '1.864', expected: '1.846' })]);
  });
});

describe('what a comparison after a list or a parenthesis speaks of', () => {
  test('"tăng 1,5 lần" is a multiple, never a change of 1,5', () => {
    expect(flagged('Doanh thu dịch vụ đạt 9,36 tỷ đồng (tăng 1,5 lần so với năm 2024 là 6,24 tỷ đồng).').filter((c) => c.kind === 'difference')).toEqual([]);
    // Without "lần" the change is an amount, and a wrong one (two digits swapped) is found.
    expect(flagged('Doanh thu dịch vụ đạt 9,36 tỷ đồng (tăng 3,21 tỷ đồng so với năm 2024 là 6,24 tỷ đồng).')).toEqual([expect.objectContaining({ kind: 'difference', stated: '3,21', expected: '3,12' })]);
  });

  test('a gap to a target after a parenthesis speaks of the figure before the parenthesis', () => {
    const text = (rate: string) => `Đến cuối năm, Hội có 532 hội viên, tăng 120 hội viên so với đầu năm (412 hội viên; trong năm kết nạp 151, chuyển sinh hoạt 31 hội viên), vượt ${rate} chỉ tiêu đề ra (475 hội viên).`;
    // 532 / 475 = 1,12.
    expect(flagged(text('12,0%'))).toEqual([]);
    expect(flagged(text('21,0%'))).toEqual([expect.objectContaining({ kind: 'ratio', stated: '21,0%', expected: '12,0%' })]);
  });

  test('a change opening the clause after a "trong đó" list, on its comparison, speaks of the whole', () => {
    const text = (d: string) => `Hội có 23 chi hội, trong đó 09 chi hội ở các xã và 11 chi hội theo ngành; so với đầu nhiệm kỳ (17 chi hội), tăng ${d} chi hội.`;
    expect(flagged(text('06'))).toEqual([]);
    expect(flagged(text('04'))).toEqual([expect.objectContaining({ kind: 'difference', stated: '4', expected: '6' })]);
  });

  test('a multiple opening the clause after a "gồm" list is of the whole, and its value compared is no item', () => {
    const text = (total: string) => `Quỹ vận động được ${total} tỷ đồng, gồm: xây nhà 4,2 tỷ đồng; học bổng 1,35 tỷ đồng; khám bệnh 0,85 tỷ đồng; gấp 1,8 lần so với năm 2020 (3,56 tỷ đồng).`;
    // 4,2 + 1,35 + 0,85 = 6,4; 6,4 / 3,56 = 1,8.
    expect(flagged(text('6,4'))).toEqual([]);
    // The items add to 6,40, not 9,96: the value compared with is no item.
    expect(flagged(text('6,9')).filter((c) => c.kind === 'sum')).toEqual([expect.objectContaining({ expected: '6,40' })]);
  });

  test('a share in a parenthesis holding one figure is of the figure the parenthesis follows', () => {
    const text = (s: string) => `Trung tâm nuôi dưỡng 142 đối tượng, gồm: người cao tuổi 64 người (nữ 40 người, chiếm ${s}); trẻ em 45 em; người khuyết tật 33 người.`;
    // 40 / 64 = 62,5%; 40 / 142 = 28,17%.
    expect(flagged(text('62,50%'))).toEqual([]);
    expect(flagged(text('28,17%'))).toEqual([expect.objectContaining({ kind: 'share', stated: '28,17%', expected: '62,50%' })]);
  });
});

describe('a share named in its own parenthesis after a long noun phrase', () => {
  test('is read, commas in the phrase or not', () => {
    const text = (s: string) => `Trong 5.000 lượt xe có 620 lượt kiểm định lần đầu đối với xe cải tạo, xe nhập khẩu đã qua sử dụng, xe hết hạn miễn kiểm định (chiếm ${s}) và 4.380 lượt kiểm định định kỳ.`;
    // 620 / 5.000 = 12,40%.
    expect(flagged(text('12,40%'))).toEqual([]);
    expect(flagged(text('14,16%'))).toEqual([expect.objectContaining({ kind: 'share', stated: '14,16%', expected: '12,40%' })]);
  });
});

describe('the base a share names', () => {
  const first = 'Trong năm, Trạm đã kiểm định 24.800 lượt phương tiện.';
  const parts = 'Trong 24.800 lượt xe có 2.480 lượt kiểm định lần đầu và 22.320 lượt kiểm định định kỳ.';

  test('a part its own words narrow past the name is not what "số lượt kiểm định" counts', () => {
    // 3.100 / 24.800 = 12,50%; 3.100 / 22.320 = 13,89%.
    expect(flagged(first, parts, 'Số lượt không đạt phải kiểm định lại là 3.100 lượt, chiếm 12,50% tổng số lượt kiểm định.')).toEqual([]);
    expect(flagged(first, parts, 'Số lượt kiểm tra hồ sơ là 3.100 lượt, bằng 12,50% số lượt kiểm định.')).toEqual([]);
  });

  test('a part the name narrows to as well is the one named', () => {
    const text = (s: string) => `Lũy tích có 2.400 người nhiễm HIV, trong đó còn sống 1.600 người. Số bệnh nhân điều trị ARV là 1.200 người, chiếm ${s} số người nhiễm HIV còn sống.`;
    expect(flagged(text('75,00%'))).toEqual([]);
    expect(flagged(text('50,00%'))).toEqual([expect.objectContaining({ kind: 'share', stated: '50,00%', expected: '75,00%' })]);
  });
});

describe('what a fraction leaves', () => {
  test('the part and what is left making the count received: the whole is the slip', () => {
    const text = (f: string) => `Tiếp nhận 23 đơn, kiến nghị của công dân, đã giải quyết xong ${f} đơn, còn 02 đơn đang xác minh.`;
    expect(flagged(text('21/23'))).toEqual([]);
    expect(flagged(text('21/24'))).toEqual([expect.objectContaining({ kind: 'fraction', expected: '23' })]);
  });
});

describe('a period named in a comparison', () => {
  test('is quoted with the value compared in its parenthesis', () => {
    const found = claims('BÁO CÁO', 'Kết quả thu ngân sách 9 tháng năm 2025', 'Tổng thu 9 tháng năm 2025 đạt 15.236,48 tỷ đồng, bằng 108,3% so với cùng kỳ năm 2023 (14.068,90 tỷ đồng).').filter((c) => c.kind === 'term-label');
    expect(found).toEqual([expect.objectContaining({ verdict: 'inconsistent', expected: 'cùng kỳ năm 2024' })]);
    expect(found[0].quote).toMatch(/so với cùng kỳ năm 2023 \(14\.068,90 tỷ đồng\)$/u);
  });
});

describe('figures of another noun in a sentence', () => {
  test('a count with its own noun among amounts of money takes no money unit', () => {
    const report = ['BÁO CÁO', 'Tình hình ngân sách năm 2025'];
    const amounts = 'Tổng chi ngân sách 9 tháng 8.420,15 tỷ đồng, gồm: chi đầu tư 3.210,40 tỷ đồng, chi thường xuyên 5.047,75 tỷ đồng, chi từ nguồn dự phòng 162,00 tỷ đồng.';
    const refused = 'Công tác quyết toán: phê duyệt 98 dự án với giá trị 1.256,84 tỷ đồng, giảm trừ 14,37 tỷ đồng; kiểm soát chi qua Kho bạc Nhà nước đã từ chối thanh toán 126 món chi chưa đủ thủ tục.';
    expect(crosses(...report, amounts, refused)).toEqual([]);
  });

  test('a figure a part brings with it ("07 vụ với 11 bị can") is no part of "Trong 09 vụ"', () => {
    const text = (n: string) => `Trong 09 vụ chuyển cơ quan điều tra, Công an huyện đã khởi tố ${n} vụ với 11 bị can; 02 vụ đang xác minh.`;
    expect(flagged(text('07'))).toEqual([]);
    // A part past its whole is still found.
    expect(flagged(text('12'))).toEqual([expect.objectContaining({ kind: 'subset' })]);
  });
});

describe('changes against a value compared with', () => {
  test('a rate to the target between the value and its change leaves the change the value\'s', () => {
    const text = (r: string) => `Thu phí, lệ phí đạt 1.250,40 tỷ đồng, đạt 78,15% dự toán (1.600 tỷ đồng), tăng ${r} so với cùng kỳ năm 2024 (1.042 tỷ đồng).`;
    // 1.250,40 / 1.042 − 1 = 20,0%.
    expect(flagged(text('20,0%'))).toEqual([]);
    expect(flagged(text('120,0%'))).toEqual([expect.objectContaining({ kind: 'ratio', stated: '120,0%', expected: '20,0%' })]);
  });

  test('a change against a date written out, its value in the parenthesis', () => {
    const text = (w: string) => `Dư nợ tạm ứng đến 30/6/2025 là 824,35 tỷ đồng, ${w} 96,20 tỷ đồng so với thời điểm 31/12/2024 (920,55 tỷ đồng).`;
    expect(flagged(text('giảm'))).toEqual([]);
    expect(flagged(text('tăng'))).toEqual([expect.objectContaining({ kind: 'difference', stated: '96,20' })]);
  });
});

describe('a multiple of a quantity named in words', () => {
  test('is of the whole the name counts, not a part listed under it', () => {
    const text = (x: string) => `Xuất bản 132 đầu sách, trong đó Hội hỗ trợ 90 đầu sách, hội viên tự xuất bản 42; số đầu sách gấp ${x} lần nhiệm kỳ trước (88 đầu sách).`;
    // 132 / 88 = 1,5.
    expect(flagged(text('1,5'))).toEqual([]);
    expect(flagged(text('1,2'))).toEqual([expect.objectContaining({ kind: 'ratio', stated: '1,2', expected: '1,5' })]);
  });
});

describe('an item\'s attainment of its own allocation', () => {
  test('named after "cụ thể:" as after "chia ra:"', () => {
    const plan = 'Kế hoạch vốn năm 2025 là 2.400,00 tỷ đồng, trong đó ngân sách tỉnh 1.800,00 tỷ đồng (chiếm 75,00%), ngân sách trung ương 600,00 tỷ đồng.';
    const spent = (r: string) => `Đến hết năm giải ngân 2.040,00 tỷ đồng, đạt 85,00% kế hoạch; cụ thể: ngân sách tỉnh 1.610,37 tỷ đồng (đạt ${r}), ngân sách trung ương 429,63 tỷ đồng (đạt 71,61%).`;
    // 1.610,37 / 1.800 = 89,465 %: written 89,46 it is cut, not rounded.
    expect(flagged(plan, spent('89,47%'))).toEqual([]);
    expect(flagged(plan, spent('89,46%'))).toEqual([expect.objectContaining({ kind: 'share', verdict: 'rounding', expected: '89,47%' })]);
  });
});

describe('a rate of change after the value\'s own parenthesis', () => {
  test('shares of the items inside it are theirs, not the value\'s', () => {
    const text = (r: string) => `Năm 2025, Trung tâm nhận hỗ trợ với tổng giá trị 2,450 tỷ đồng (tiền mặt 1,225 tỷ đồng, chiếm 50,00%, cao hơn năm trước 2 điểm phần trăm (48,0%); hiện vật 1,225 tỷ đồng), tăng ${r} so với năm 2024 (2,000 tỷ đồng).`;
    // 2,450 / 2,000 − 1 = 22,5%.
    expect(flagged(text('22,5%'))).toEqual([]);
    expect(flagged(text('25,2%'))).toEqual([expect.objectContaining({ kind: 'ratio', stated: '25,2%', expected: '22,5%' })]);
  });

  test('a share of the value itself before the change still leaves the change unread', () => {
    expect(flagged('Kết nạp 57 đoàn viên (chiếm 23,59%), tăng 9,0% so với năm 2024 (54 đoàn viên).')).toEqual([]);
  });
});

describe('a "trong đó" after the last item of a list', () => {
  test('set off by commas and closed by a semicolon, the bare last item owns no "trong đó"', () => {
    const text = 'Trung tâm triển khai 260 mô hình; chia ra: trồng trọt 120 mô hình, chăn nuôi 64, thủy sản 38, chế biến 38; trong đó 45 mô hình ứng dụng công nghệ cao.';
    expect(flagged(text)).toEqual([]);
    // An item with its own noun phrase before the semicolon may still own one ("…, chế biến 38 cơ sở; trong đó 45 …" is
    // not this reading).
    expect(flagged('Trung tâm có 38 cơ sở chế biến; trong đó 45 cơ sở đạt chuẩn.')).toEqual([expect.objectContaining({ kind: 'subset' })]);
  });
});

describe('a heading\'s total in its parenthesis, its items after the colon', () => {
  test('adds the items to the total', () => {
    const note = (total: string) => `Đối tượng phân theo nơi thường trú (tổng số ${total} đối tượng): thành phố 42; huyện An Phú 21; huyện Tân Châu 17; huyện Châu Thành 20.`;
    expect(flagged(note('100'))).toEqual([]);
    expect(flagged(note('102'))).toEqual([expect.objectContaining({ kind: 'sum', stated: '102', expected: '100' })]);
    expect(flagged(note('102'))[0].message).toContain('các mục sau dấu hai chấm');
  });

  test('items short of the total may be only some of them: no finding', () => {
    expect(flagged('Đối tượng tiêu biểu (tổng số 120 đối tượng): thành phố 42; huyện An Phú 21.')).toEqual([]);
  });
});

describe('a "trong đó" after the parenthesis that details its total', () => {
  test('opens the total\'s parts', () => {
    const text = (n: string) => `Tổng số viên chức, người lao động 64 người (37 viên chức, 27 hợp đồng lao động), trong đó nữ ${n} người; kỹ sư 40 người.`;
    expect(flagged(text('19'))).toEqual([]);
    expect(flagged(text('91'))).toEqual([expect.objectContaining({ kind: 'subset' })]);
  });

  test('not with parts counted in a unit of their own, which may count one member twice', () => {
    expect(flagged('Thi hành kỷ luật 12 đảng viên (khiển trách 07, cảnh cáo 03, cách chức 01, khai trừ 01), trong đó 05 trường hợp phát hiện qua kiểm tra, 04 trường hợp qua giám sát và 06 trường hợp qua đơn thư.')).toEqual([]);
  });
});
