// Readings of the twentieth round (issue 11), each a class of sentence with its forms written here, not taken from an
// evaluation draft.
import { Paragraph, scanParagraphs } from '../src/core';

const body = (...texts: string[]): Paragraph[] => texts.map((text, i) => ({ location: 'body', paragraph: i + 1, text }));
const claims = (...texts: string[]) => scanParagraphs(body(...texts)).claims;
const at = (stated: string, ...texts: string[]) => claims(...texts).filter((c) => c.stated === stated);

describe('a parenthesis giving a total at another time', () => {
  test('breaks nothing down', () => {
    // 512 at the start of the year is no part of the 498 at its end.
    const text = 'Đến 31/12/2024, Hợp tác xã có 498 thành viên (đầu năm 512 thành viên, giảm 14 thành viên), gồm 61 thành viên pháp nhân và 437 thành viên cá nhân.';
    expect(claims(text).filter((c) => c.kind === 'subset' || (c.kind === 'sum' && c.stated === '498' && c.expected !== '498'))).toEqual([]);
    expect(claims('Cửa hàng phục vụ 2.310 khách hàng (cuối năm 2023: 2.465 khách hàng).').filter((c) => c.kind === 'subset' || c.kind === 'sum')).toEqual([]);
  });

  test('a part carried over from the period before is still a part', () => {
    expect(at('412', 'Tổng số hồ sơ tiếp nhận 412 hồ sơ (kỳ trước chuyển sang 37 hồ sơ, tiếp nhận trong kỳ 375 hồ sơ).')).toEqual([expect.objectContaining({ kind: 'sum', verdict: 'consistent' })]);
  });
});

describe('money is no share of a count of things', () => {
  test('a count in the clause before is not its base', () => {
    // 196,5 tỷ đồng is no share of 2.140 hợp đồng; what the 8,6% is of is not stated.
    const text = 'Năm 2024 Xí nghiệp ký 2.140 hợp đồng, trong đó 312 hợp đồng xuất khẩu; doanh thu xuất khẩu 196,5 tỷ đồng, chiếm 8,6% doanh thu sản phẩm cơ khí.';
    expect(claims(text).filter((c) => c.kind === 'share' && c.verdict === 'inconsistent')).toEqual([]);
  });
});

describe('a month or a quarter named by its number', () => {
  test('is no figure of a list', () => {
    // 8.214 + 6.305 + 9.870 = 24.389; the months' numbers are not added.
    const sentence = (total: string) => `Sản lượng quý III theo tháng: tháng 7 đạt 8.214 tấn, tháng 8 đạt 6.305 tấn, tháng 9 đạt 9.870 tấn (cộng ${total} tấn).`;
    expect(at('24.389', sentence('24.389'))).toEqual([expect.objectContaining({ kind: 'sum', verdict: 'consistent' })]);
    expect(at('24.398', sentence('24.398'))).toEqual([expect.objectContaining({ kind: 'sum', verdict: 'inconsistent', expected: '24.389' })]);
  });

  test('a month and its year is a date, no fraction', () => {
    expect(claims('Giá bán lẻ tháng 12/2024 đạt 21.450 đồng/lít, tháng 6/2025 là 20.980 đồng/lít.').filter((c) => c.kind === 'fraction' || c.kind === 'share')).toEqual([]);
  });
});

describe('a rate or a price', () => {
  test('is no whole of a list its sentence gives later', () => {
    // The parenthesis dates another price; an average has no parts.
    expect(claims('Giá thu mua mủ bình quân 32,5 nghìn đồng/kg, có lúc lên 36,2 nghìn đồng/kg do khan hàng (giá đầu vụ tháng 3/2024 là 28,4 nghìn đồng).').filter((c) => c.kind === 'subset' || c.kind === 'sum')).toEqual([]);
    expect(claims('Năm 2024 Bến phà vận chuyển 52.460 chuyến, bình quân 144 chuyến/ngày; trong đó 4.120 chuyến tăng cường dịp lễ, Tết.').filter((c) => (c.kind === 'subset' || c.kind === 'sum') && c.stated === '144')).toEqual([]);
  });

  test('a rate broken down right after its unit is read', () => {
    const sentence = (total: string) => `Lượng nước thải phát sinh khoảng ${total} m³/ngày (khu công nghiệp 1.240 m³/ngày, khu dân cư 2.315 m³/ngày).`;
    expect(at('3.555', sentence('3.555'))).toEqual([expect.objectContaining({ kind: 'sum', verdict: 'consistent' })]);
  });
});

describe('a share naming a whole no figure answers to', () => {
  test('a misfit of the list’s base is undecided, the name shown', () => {
    // 3.120 of 7.480 pieces is 41,7 %; "giá trị hàng xuất khẩu" names a value the text never states.
    const text = 'Năm 2024 sản xuất 7.480 nghìn sản phẩm, trong đó hàng xuất khẩu 3.120 nghìn sản phẩm, chiếm 52,6% giá trị hàng xuất xưởng; hàng nội địa 4.360 nghìn sản phẩm.';
    expect(at('52,6%', text)).toEqual([expect.objectContaining({ kind: 'share', verdict: 'ambiguous', quote: expect.stringContaining('giá trị hàng xuất xưởng') })]);
  });

  test('its truncation of the list’s base is still a slip of rounding', () => {
    // 3.122/7.480 = 41,7379…%: 41,73 % is its truncation, taken of the list's 7.480.
    const text = 'Năm 2024 sản xuất 7.480 nghìn sản phẩm, trong đó hàng xuất khẩu 3.122 nghìn sản phẩm, chiếm 41,73% sản lượng hàng xuất xưởng; hàng nội địa 4.358 nghìn sản phẩm.';
    expect(at('41,73%', text)).toEqual([expect.objectContaining({ kind: 'share', verdict: 'rounding' })]);
  });
});


describe('an average between a total and its list', () => {
  test('leaves the list to the total', () => {
    // 86,2 + 91,4 + 95,0 = 272,6 over three years, 90,87 a year on average.
    const sentence = (total: string) => `Doanh thu giai đoạn 2022 - 2024 đạt ${total} tỷ đồng, bình quân 90,87 tỷ đồng/năm; trong đó năm 2022: 86,2 tỷ đồng, năm 2023: 91,4 tỷ đồng, năm 2024: 95,0 tỷ đồng.`;
    expect(at('272,6', sentence('272,6')).filter((c) => c.verdict === 'inconsistent')).toEqual([]);
    expect(at('276,2', sentence('276,2'))).toEqual([expect.objectContaining({ verdict: 'inconsistent' })]);
  });
});

describe('a share whose whole is named in words', () => {
  test('finds the figure whose noun phrase holds a parenthesis of details', () => {
    // 61 of the 148 drivers is 41,22 %; 19,18 % is 61 of all 318.
    const text = 'Tổng số lao động 318 người, chia ra: quản lý 40 người; lái xe (xe khách, xe tải, xe buýt) 148 người; thợ sửa chữa 130 người. Lái xe có giấy phép hạng E 61 người, chiếm 19,18% số lái xe.';
    expect(at('19,18%', text)).toEqual([expect.objectContaining({ kind: 'share', verdict: 'inconsistent', expected: '41,22%' })]);
  });

  test('finds an item of a list named by its whole’s words and its own', () => {
    // 1.204 of the 1.562 direct workers is 77,08 %; 62,55 % is of all 1.925.
    const text = 'Tổng số lao động đến ngày 31/12/2024 là 1.925 người, gồm khối trực tiếp sản xuất 1.562 người và khối gián tiếp 363 người. Lao động nữ khối trực tiếp 1.204 người, chiếm 62,55% lao động trực tiếp.';
    expect(at('62,55%', text)).toEqual([expect.objectContaining({ kind: 'share', verdict: 'inconsistent', expected: '77,08%' })]);
    expect(at('77,08%', text.replace('62,55%', '77,08%'))).toEqual([expect.objectContaining({ kind: 'share', verdict: 'consistent' })]);
  });
});

describe('a whole named by its measure and what it measures', () => {
  test('"sản lượng tiêu thụ" is what "Tiêu thụ … tấn" counts', () => {
    // 29.140 of the 41.200 tonnes sold is 70,73 %; 76,68 % is of the 38.004 tonnes produced.
    const text = 'Năm 2024 sản lượng sản xuất 38.004 tấn. Tiêu thụ 41.200 tấn, gồm bán lẻ 12.060 tấn và bán buôn 29.140 tấn. Bán ra ngoài tỉnh 29.140 tấn, chiếm 76,68% sản lượng tiêu thụ.';
    expect(at('76,68%', text)).toEqual([expect.objectContaining({ kind: 'share', verdict: 'inconsistent', expected: '70,73%' })]);
  });

  test('the measure alone beside one word still names the whole', () => {
    // "sản lượng đường" is not any figure followed by "đường".
    const text = 'Sản lượng đường thành phẩm 48.600 tấn, gồm đường RS 35.100 tấn (72,22%), đường RE 10.800 tấn, chiếm 22,22% sản lượng đường, đường vàng 2.700 tấn (5,56%).';
    expect(claims(text).filter((c) => c.kind === 'share' && c.verdict === 'inconsistent')).toEqual([]);
  });
});

describe('an amount’s list', () => {
  test('an item citing a document by number and date is still read', () => {
    // 2,40 + 3,15 + 0,85 = 6,40.
    const sentence = (total: string) => `Tổng vốn cải tạo ${total} tỷ đồng, gồm: ngân sách tỉnh hỗ trợ 2,40 tỷ đồng theo Quyết định số 845/QĐ-UBND ngày 14/3/2024, vốn Công ty 3,15 tỷ đồng, vốn vay 0,85 tỷ đồng.`;
    expect(at('6,40', sentence('6,40'))).toEqual([expect.objectContaining({ kind: 'sum', verdict: 'consistent' })]);
    expect(at('5,55', sentence('5,55'))).toEqual([expect.objectContaining({ kind: 'sum', verdict: 'inconsistent', expected: '6,40' })]);
  });

  test('an item’s figure is the one in the amount’s unit, its rate and name numbers left out', () => {
    // 3,60 + 1,25 + 0,95 = 5,80: not the 2 of "lò số 2" nor the 45 million a house.
    const sentence = (total: string) => `Năm 2024 giải ngân ${total} tỷ đồng, gồm: lò sấy số 2 3,60 tỷ đồng; xây 05 nhà tình nghĩa 1,25 tỷ đồng (bình quân 250 triệu đồng/căn); sửa chữa kho 0,95 tỷ đồng.`;
    expect(at('5,80', sentence('5,80'))).toEqual([expect.objectContaining({ kind: 'sum', verdict: 'consistent' })]);
  });

  test('an item whose figure stands alone in a parenthesis is an item of its own', () => {
    // 64,5 + 21,3 + 12,8 + 6,4 = 105,0.
    const sentence = (total: string) => `Giá trị đầu tư thực hiện ${total} tỷ đồng, gồm 04 hạng mục: dây chuyền sấy 2 tấn/giờ (64,5 tỷ đồng), cải tạo nhà xưởng số 1 (21,3 tỷ đồng), hệ thống xử lý nước thải (12,8 tỷ đồng), mở rộng bãi chứa nguyên liệu (6,4 tỷ đồng).`;
    expect(at('105,0', sentence('105,0'))).toEqual([expect.objectContaining({ kind: 'sum', verdict: 'consistent' })]);
    expect(at('98,6', sentence('98,6'))).toEqual([expect.objectContaining({ kind: 'sum', verdict: 'inconsistent', expected: '105,0' })]);
  });
});

describe('items each with its figure, their total closing them, then the shares in order', () => {
  test('each share is of the closing total', () => {
    // 412/1.120 = 36,7857 %: 36,78 % truncates; 305/1.120 = 27,23 %; 251/1.120 = 22,41 %; 152/1.120 = 13,57 %.
    const text = 'Học viên chia theo ngành: kế toán 412, quản trị 305, tin học 251, ngoại ngữ 152 (cộng 1.120), lần lượt chiếm 36,78%, 27,23%, 22,41% và 13,57%.';
    expect(claims(text).filter((c) => c.kind === 'share').map((c) => [c.stated, c.verdict])).toEqual([
      ['36,78%', 'rounding'],
      ['27,23%', 'consistent'],
      ['22,41%', 'consistent'],
      ['13,57%', 'consistent'],
    ]);
  });

  test('not without the total the figures make', () => {
    const text = 'Học viên chia theo ngành: kế toán 412, quản trị 305, tin học 251, ngoại ngữ 152 (cộng 1.210), lần lượt chiếm 34,05%, 25,21%, 20,74% và 12,56%.';
    expect(claims(text).filter((c) => c.kind === 'share')).toEqual([]);
  });
});

describe('items after their stated whole, then the shares in order', () => {
  test('each share is of that whole', () => {
    // 1.204 + 386 + 210 = 1.800: 66,888…% (66,88 truncates), 21,444…%, 11,666…%.
    const text = 'Sản phẩm xuất xưởng 1.800 tấn, gồm: phân NPK 1.204 tấn, phân vi sinh 386 tấn, phân bón lá 210 tấn, tương ứng 66,88%, 21,44% và 11,67%.';
    expect(claims(text).filter((c) => c.kind === 'share').map((c) => [c.stated, c.verdict])).toEqual([
      ['66,88%', 'rounding'],
      ['21,44%', 'consistent'],
      ['11,67%', 'consistent'],
    ]);
  });
});
