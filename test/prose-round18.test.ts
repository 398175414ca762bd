// Readings of the eighteenth round (issue 11), each a class of sentence with its forms written here, not taken from an
// evaluation draft.
import { Paragraph, scanParagraphs } from '../src/core';
import { mentionsIn, sameQuantity } from '../src/core/prose/repeats';

const body = (...texts: string[]): Paragraph[] => texts.map((text, i) => ({ location: 'body', paragraph: i + 1, text }));
const claims = (...texts: string[]) => scanParagraphs(body(...texts)).claims;
const at = (stated: string, ...texts: string[]) => claims(...texts).filter((c) => c.stated === stated);

describe('a breakdown found wrong at one of its parts leaves its total free to be restated', () => {
  // 1.630 + 512 + 134 + 206 = 2.482: the list's 143 is 134 with two digits swapped; the summary's 2.428 is 2.482 so.
  const report = ['I. KẾT QUẢ THỰC HIỆN NĂM 2024', 'Chia theo trình độ, 2.482 lao động gồm: lao động phổ thông 1.630 người, công nhân kỹ thuật 512 người, cao đẳng 143 người, đại học 206 người.', 'II. ĐÁNH GIÁ CHUNG', 'Nhìn chung, năm 2024 Công ty giữ ổn định sản xuất, tạo việc làm cho 2.428 lao động.'];

  test('the part is blamed in the sum, the summary figure as a restatement', () => {
    const found = claims(...report);
    expect(found.find((c) => c.kind === 'sum')).toEqual(expect.objectContaining({ verdict: 'inconsistent', fix: expect.objectContaining({ text: '143', value: '134' }) }));
    expect(found.find((c) => c.kind === 'cross')).toEqual(expect.objectContaining({ verdict: 'inconsistent', stated: '2.428', expected: '2.482' }));
  });

  test('a sum whose total alone may be the slip still answers for it', () => {
    // 1.630 + 512 + 134 + 206 = 2.482 written 2.428 in the list: the total is the figure found wrong, and not again.
    const found = claims(report[0], report[1].replace('2.482', '2.428').replace('143', '134'), report[2], report[3]);
    expect(found.filter((c) => c.verdict === 'inconsistent').map((c) => c.kind)).toEqual(['sum']);
  });
});

describe('a share named of the whole is not read of its part’s sibling', () => {
  // 18/480 = 3,75 %; 18/462 = 3,90 %, the share of the negative samples, 462 + 18 = 480.
  const sentence = (share: string, name: string) => `Năm 2024, Trung tâm lấy 480 mẫu giám sát, kết quả 462 mẫu âm tính, 18 mẫu dương tính, chiếm ${share} ${name}.`;

  test('a share of the sibling is wrong of the whole its name says', () => {
    expect(at('3,90%', sentence('3,90%', 'tổng số mẫu'))).toEqual([expect.objectContaining({ kind: 'share', verdict: 'inconsistent', expected: '3,75%' })]);
    expect(at('3,75%', sentence('3,75%', 'tổng số mẫu'))).toEqual([expect.objectContaining({ kind: 'share', verdict: 'consistent' })]);
  });

  test('a name that says the sibling is read of it', () => {
    expect(at('3,90%', sentence('3,90%', 'số mẫu âm tính'))).toEqual([expect.objectContaining({ kind: 'share', verdict: 'consistent' })]);
  });
});

describe('a gap stated against a figure named in words', () => {
  test('the figure before the words against the one the name answers to', () => {
    // 1.946,7 − 1.425,4 = 521,3.
    const loans = (gap: string) => `Doanh số cho vay đạt 1.946,7 tỷ đồng; doanh số thu nợ 1.425,4 tỷ đồng, thấp hơn doanh số cho vay ${gap} tỷ đồng.`;
    expect(at('521,3', loans('521,3'))).toEqual([expect.objectContaining({ kind: 'difference', verdict: 'consistent' })]);
    expect(at('512,3', loans('512,3'))).toEqual([expect.objectContaining({ kind: 'difference', verdict: 'inconsistent', expected: '521,3' })]);
    // No slip of 521,3: another figure may be meant.
    expect(at('480,0', loans('480'))).toEqual([expect.objectContaining({ kind: 'difference', verdict: 'ambiguous' })]);
  });

  test('two sides named in one word each are the totals of those names', () => {
    // 14,826 − 11,752 = 3,074.
    const budget = (gap: string) => ['Tổng thu 6 tháng là 14,826 tỷ đồng, chủ yếu từ phí kiểm định.', `Tổng chi 6 tháng là 11,752 tỷ đồng; chênh lệch thu lớn hơn chi ${gap} tỷ đồng.`];
    expect(at('3,074', ...budget('3,074'))).toEqual([expect.objectContaining({ kind: 'difference', verdict: 'consistent' })]);
    expect(at('3,704', ...budget('3,704'))).toEqual([expect.objectContaining({ kind: 'difference', verdict: 'inconsistent', expected: '3,074' })]);
  });

  test('a name two values answer to, or a period after "hơn", is no gap read here', () => {
    expect(at('150', 'Kế hoạch năm 2024 là 1.200 tấn, kế hoạch điều chỉnh 1.300 tấn; sản lượng đạt 1.150 tấn, thấp hơn kế hoạch 150 tấn.')).toEqual([]);
    expect(at('35', 'Năm 2024 tiếp nhận 388 hồ sơ, nhiều hơn năm 2023 35 hồ sơ.').filter((c) => c.verdict === 'inconsistent')).toEqual([]);
  });
});

describe('a share read off an owner in another clause may be of an earlier whole of its noun', () => {
  // 186/1.452 = 12,81 %; 186/1.384 = 13,44 %. "tấn" is no unit the reader lists: the noun after both says they count alike.
  test('a whole of the same noun the share fits exactly is the one meant', () => {
    expect(at('12,8%', 'Vật tư chính: nhập 1.452 tấn giấy các loại, sử dụng cho sản xuất 1.384 tấn; tồn kho đến 31/12/2024 là 186 tấn, bằng 12,8%, phù hợp định mức dự trữ.')).toEqual([expect.objectContaining({ kind: 'share', verdict: 'consistent' })]);
  });

  test('not where a twin of the share confirms each is of its own owner', () => {
    // 7.826/7.930 = 98,69 %, its twin 2.412/2.430 = 99,26 % of what was settled; 7.826/7.962 = 98,29 %, of what was received.
    const twins = 'Cấp huyện tiếp nhận 2.468 hồ sơ, đã giải quyết 2.430 hồ sơ, trong đó đúng hạn 2.412 hồ sơ, đạt 99,26%; cấp xã tiếp nhận 7.962 hồ sơ, đã giải quyết 7.930 hồ sơ, trong đó đúng hạn 7.826 hồ sơ, đạt 98,29%.';
    expect(at('98,29%', twins)).toEqual([expect.objectContaining({ kind: 'share', verdict: 'inconsistent', expected: '98,69%' })]);
  });
});

describe('a level named by its number is no figure', () => {
  test('"cấp 1", "cấp 2" where their phrase ends are levels, not parts of a sum or a change', () => {
    // 1.032 + 172 + 38 = 1.242; with the levels counted it would be 1.245.
    expect(at('1.242', 'Xưởng bảo dưỡng thực hiện 1.032 lượt bảo dưỡng cấp 1, 172 lượt bảo dưỡng cấp 2 và 38 lượt sửa chữa lớn; cộng 1.242 lượt.')).toEqual([expect.objectContaining({ kind: 'sum', verdict: 'consistent' })]);
    expect(at('8', 'Hệ thống phân phối tăng từ 19 lên 27 đại lý cấp 1 (tăng 08 đại lý).')).toEqual([expect.objectContaining({ kind: 'difference', verdict: 'consistent' })]);
  });

  test('a level\'s name with its count after it stays a count', () => {
    // 08 + 14 + 58 = 80, written 78.
    expect(at('78', 'Toàn hệ thống có 78 Chấp hành viên (Chấp hành viên cao cấp 08, trung cấp 14, sơ cấp 58).')).toEqual([expect.objectContaining({ kind: 'sum', verdict: 'inconsistent', expected: '80' })]);
  });
});

describe('a list whose total stands in a parenthesis ends where the parenthesis closes', () => {
  test('the figure after the parenthesis and its colon is no item', () => {
    // 90,0 + 56,8 = 146,8; 38,5 is the year's disbursement.
    expect(at('146,8', 'Dự án mở rộng bãi kiểm hóa (tổng mức đầu tư 146,8 tỷ đồng, gồm ngân sách trung ương 90,0 tỷ đồng, ngân sách tỉnh 56,8 tỷ đồng): năm 2024 giải ngân 38,5 tỷ đồng.')).toEqual([expect.objectContaining({ kind: 'sum', verdict: 'consistent' })]);
    expect(at('146,8', 'Dự án mở rộng bãi kiểm hóa (tổng mức đầu tư 146,8 tỷ đồng, gồm ngân sách trung ương 90,0 tỷ đồng, ngân sách tỉnh 65,8 tỷ đồng): năm 2024 giải ngân 38,5 tỷ đồng.')).toEqual([expect.objectContaining({ kind: 'sum', verdict: 'inconsistent', expected: '155,8' })]);
  });
});

describe('trade both ways is not the exports a share names', () => {
  const trade = (share: string) => `Tổng kim ngạch xuất nhập khẩu qua các cửa khẩu đạt 1.286,4 triệu USD, trong đó xuất khẩu 412,6 triệu USD. Mặt hàng xuất khẩu chủ yếu là tinh bột sắn (86,4 triệu USD, bằng ${share} kim ngạch xuất khẩu).`;
  test('the share of exports is not read of the whole trade', () => {
    // 86,4/412,6 = 20,94 %; of the whole trade 6,72 %.
    expect(at('20,94%', trade('20,94%'))).toEqual([expect.objectContaining({ kind: 'share', verdict: 'consistent' })]);
  });
});

describe('"chiếm" names its whole in the words after it', () => {
  // 3,94/48,72 = 8,09 %; of the summary's mistyped 48,27, 8,16 %.
  const report = (share: string) => ['Tổng giá trị sản lượng 6 tháng đạt 48,72 tỷ đồng, bằng 51,28% kế hoạch năm (95,00 tỷ đồng).', `Sáu tháng đầu năm, Công ty bảo đảm giao thông thông suốt, giá trị sản lượng 48,27 tỷ đồng; giá trị khắc phục mưa lũ 3,94 tỷ đồng, chiếm ${share} giá trị sản lượng.`];
  test('the figure of that name the share fits exactly is its whole, before one it fits by a rounding slip', () => {
    expect(at('8,1%', ...report('8,1%'))).toEqual([expect.objectContaining({ kind: 'share', verdict: 'consistent' })]);
  });

  test('a name no figure answers to leaves the share to its place', () => {
    // 0,46/139,47 = 0,33 %: "dư nợ" is named, the nearest whole answers.
    expect(at('0,33%', 'Dư nợ đến 31/12/2024 là 139,47 tỷ đồng, trong đó nợ quá hạn 0,46 tỷ đồng, chiếm 0,33% dư nợ.')).toEqual([expect.objectContaining({ kind: 'share', verdict: 'consistent' })]);
    expect(at('0,38%', 'Dư nợ đến 31/12/2024 là 139,47 tỷ đồng, trong đó nợ quá hạn 0,46 tỷ đồng, chiếm 0,38% tổng tài sản.')).toEqual([expect.objectContaining({ kind: 'share' })]);
  });
});

describe('a target set among the tasks ahead is no result written again', () => {
  const report = (ahead: string) => body('I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ 9 THÁNG NĂM 2025', 'Chín tháng, Trung tâm tuyển sinh 1.318 học viên.', 'II. NHIỆM VỤ TRỌNG TÂM QUÝ IV NĂM 2025', ahead);
  const mention = (paragraphs: Paragraph[], text: string) => mentionsIn(paragraphs).find((m) => m.token.text === text)!;

  test('a target in its clause makes the figure a target', () => {
    const paragraphs = report('Tuyển sinh 1.138 học viên để hoàn thành 100% kế hoạch năm.');
    expect(mention(paragraphs, '1.138').ahead).toBe(true);
    expect(sameQuantity(mention(paragraphs, '1.318'), mention(paragraphs, '1.138'))).toBe(false);
  });

  test('a result restated there, a value in a target\'s parenthesis or a baseline it starts from is no target', () => {
    expect(mention(report('Chín tháng qua, Trung tâm đã tuyển sinh 1.138 học viên.'), '1.138').ahead).toBe(false);
    expect(mention(report('Phấn đấu tuyển sinh 1.500 học viên (9 tháng: 1.138 học viên).'), '1.138').ahead).toBe(false);
    expect(mention(report('Chỉ tiêu: phát triển học viên từ 1.138 học viên (đến 30/9/2025) lên 1.500 học viên.'), '1.138').ahead).toBe(false);
  });
});

describe('"đạt X% <words>" names its whole as "chiếm" does', () => {
  // 14,80/31,46 = 47,04 %: 74,04 swaps two digits. The share's own value, 14,80, does not answer to "giá trị hợp đồng".
  const works = (share: string) => `Năm 2025 ký 09 hợp đồng, tổng giá trị hợp đồng 31,46 tỷ đồng (vốn trung ương 18,20 tỷ đồng, vốn tỉnh 13,26 tỷ đồng). Giá trị thực hiện 14,80 tỷ đồng, đạt ${share} giá trị hợp đồng.`;
  test('of the figure that answers to the name', () => {
    expect(at('47,04%', works('47,04%'))).toEqual([expect.objectContaining({ kind: 'share', verdict: 'consistent' })]);
    expect(at('74,04%', works('74,04%'))).toEqual([expect.objectContaining({ kind: 'share', verdict: 'inconsistent', expected: '47,04%' })]);
  });
});

describe('", tỷ lệ X%" after a count is its share', () => {
  // 2.355/2.480 = 94,9596 %: 94,96 rounded, 94,95 cut.
  test('read with no verb before "tỷ lệ"', () => {
    const result = (share: string) => `Xét tốt nghiệp cho 2.480 học viên; kết quả 2.355 học viên đạt, tỷ lệ ${share}, không đạt 125 học viên.`;
    expect(at('94,96%', result('94,96%'))).toEqual([expect.objectContaining({ kind: 'share', verdict: 'consistent' })]);
    expect(at('94,95%', result('94,95%'))).toEqual([expect.objectContaining({ kind: 'share', verdict: 'rounding' })]);
  });

  test('not a rate named after "tỷ lệ"', () => {
    expect(at('98,5%', 'Tiếp nhận 2.480 hồ sơ, tỷ lệ giải quyết đúng hạn 98,5%.')).toEqual([]);
  });
});

describe('a count opening a parenthesis with its share after a comma', () => {
  // 4.560/5.270 = 86,527 %: 86,53 rounded, 86,52 cut; of all the honey (6.230 tấn), 73,19 %.
  const honey = (share: string) => `Năm 2024, sản lượng mật ong toàn tỉnh 6.230 tấn. Xuất khẩu 5.270 tấn mật ong; thị trường chủ yếu là Hoa Kỳ (4.560 tấn, ${share} lượng xuất khẩu), còn lại là EU.`;
  test('is read, of the whole its words name ("lượng" names no more than "số")', () => {
    expect(at('86,53%', honey('86,53%'))).toEqual([expect.objectContaining({ kind: 'share', verdict: 'consistent' })]);
    expect(at('86,52%', honey('86,52%'))).toEqual([expect.objectContaining({ kind: 'share', verdict: 'rounding' })]);
  });
});

describe('"tỷ trọng" names a rate as "tỷ lệ" does', () => {
  // 35,20 − 31,70 = 3,50 points; 3,05 swaps two digits.
  const trade = (delta: string) => `Kim ngạch xuất nhập khẩu đạt 850,0 triệu USD, bằng 112,4% kế hoạch. Chia ra: xuất khẩu 299,2 triệu USD (35,20%); nhập khẩu 550,8 triệu USD (64,80%). Tỷ trọng xuất khẩu tăng ${delta}% so với năm trước (31,70%).`;
  test('its change in points is read against the share of its name, not of trade both ways', () => {
    expect(at('3,50%', trade('3,50'))).toEqual([expect.objectContaining({ kind: 'points', verdict: 'consistent' })]);
    expect(at('3,05%', trade('3,05'))).toEqual([expect.objectContaining({ kind: 'points', verdict: 'inconsistent', expected: '3,50%' })]);
  });
});

describe('bands of one measure', () => {
  // 806 + 498 + 176 = 1.480; written 1.304, the last band left out.
  const scale = (total: string) => `Theo quy mô, ${total} hội viên gồm: nuôi dưới 50 đàn 806, từ 50 đến 200 đàn 498, trên 200 đàn 176.`;
  test('a band\'s bounds are no figures, the counts after them are', () => {
    expect(at('1.480', scale('1.480'))).toEqual([expect.objectContaining({ kind: 'sum', verdict: 'consistent' })]);
  });

  test('members in bands do not overlap: a total short of them is wrong', () => {
    expect(at('1.304', scale('1.304'))).toEqual([expect.objectContaining({ kind: 'sum', verdict: 'inconsistent', expected: '1.480' })]);
  });

  test('a change from one value to another keeps its values', () => {
    expect(at('8', 'Hệ thống tăng từ 19 lên 27 đại lý (tăng 08 đại lý).')).toEqual([expect.objectContaining({ kind: 'difference', verdict: 'consistent' })]);
  });
});

describe('a change against a year whose value a note gives', () => {
  // 6,12 − 5,84 = 0,28 fallen: "tăng" is the sign mistyped. The disbursement of 2023 (7,2 tỷ đồng) is no profit.
  const report = (verb: string) => [
    `Lợi nhuận trước thuế đạt 5,84 tỷ đồng, bằng 106,18% kế hoạch (kế hoạch 5,5 tỷ đồng), ${verb} 0,28 tỷ đồng so với năm 2023.`,
    'Vốn dự án giải ngân 37,9 tỷ đồng (năm 2022: 9,7 tỷ đồng; năm 2023: 7,2 tỷ đồng; năm 2024: 14,6 tỷ đồng).',
    'Số liệu thực hiện năm 2023: tổng doanh thu 89,35 tỷ đồng; lợi nhuận trước thuế 6,12 tỷ đồng.',
  ];
  test('a money\'s scale does not make another year\'s amount the same quantity', () => {
    expect(at('0,28', ...report('giảm'))).toEqual([expect.objectContaining({ kind: 'difference', verdict: 'consistent' })]);
    expect(at('0,28', ...report('tăng'))).toEqual([expect.objectContaining({ kind: 'difference', verdict: 'inconsistent' })]);
  });
});

describe('a share whose part restates an item of its base\'s breakdown', () => {
  // 196/312 = 62,82 %; the item "196 lái xe" is the part itself, no whole of it.
  const staff = (share: string) => `Tổng số lao động của Công ty là 312 người (27 lao động quản lý; 196 lái xe; 89 nhân viên). Riêng đội ngũ lái xe 196 người, chiếm ${share} tổng số lao động.`;
  test('is of the base its words name', () => {
    expect(at('62,82%', staff('62,82%'))).toEqual([expect.objectContaining({ kind: 'share', verdict: 'consistent' })]);
    expect(at('65,00%', staff('65,00%'))).toEqual([expect.objectContaining({ kind: 'share', verdict: 'inconsistent', expected: '62,82%' })]);
  });
});
