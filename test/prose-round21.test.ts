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

describe('a "trong đó" after a list', () => {
  test('over the last item but within the list’s whole is undecided, not wrong', () => {
    const text = 'Đến 30/6/2025, Trung tâm có 96 viên chức, người lao động, giảm 04 người so với cuối năm 2024 (100 người), chia ra chuyên môn 71 người, hành chính 25 người; trong đó nữ 28 người.';
    const subsets = claims(text).filter((c) => c.kind === 'subset');
    expect(subsets.filter((c) => c.verdict === 'inconsistent')).toEqual([]);
    expect(subsets).toEqual([expect.objectContaining({ verdict: 'ambiguous' })]);
  });
});

describe('a share of money or of a measure', () => {
  test('is never of a count of things named alike', () => {
    // 12,6 tỷ đồng is no share of 48 gói thầu; of the 30,2 tỷ đồng it is 41,72%.
    const text = (share: string) => claims(`Năm 2024 Ban tổ chức đấu thầu 48 gói thầu với tổng giá trị 30,2 tỷ đồng, gồm: 11 gói xây lắp trị giá 12,6 tỷ đồng, chiếm ${share} giá trị gói thầu; 37 gói tư vấn trị giá 17,6 tỷ đồng.`).filter((c) => c.kind === 'share');
    expect(text('41,72%')).toEqual([expect.objectContaining({ verdict: 'consistent', expected: '41,72%' })]);
    expect(text('26,25%')).toEqual([expect.objectContaining({ verdict: 'inconsistent', expected: '41,72%' })]);
  });

  test('fitting a figure later in the paragraph that bears the whole’s name is undecided', () => {
    // 12,6 of 30,2 is 41,72%; 26,25% is 12,6 of the 48,0 tỷ đồng written after, also "giá trị gói thầu".
    const text = 'Năm 2024 Ban tổ chức đấu thầu 48 gói thầu với tổng giá trị 30,2 tỷ đồng, gồm: 11 gói xây lắp trị giá 12,6 tỷ đồng, chiếm 26,25% giá trị gói thầu; 37 gói tư vấn trị giá 17,6 tỷ đồng. Cộng các gói năm 2023 chuyển sang 17,8 tỷ đồng, tổng giá trị gói thầu thực hiện trong năm là 48,0 tỷ đồng.';
    expect(claims(text).filter((c) => c.kind === 'share')).toEqual([expect.objectContaining({ verdict: 'ambiguous' })]);
  });
});

describe('a thing numbered after its noun', () => {
  test('is named, not counted', () => {
    const text = 'Xí nghiệp có 02 dây chuyền (dây chuyền số 1 công suất 40 tấn/giờ; dây chuyền số 2 công suất 60 tấn/giờ), tổng công suất 100 tấn/giờ.';
    expect(claims(text).filter((c) => c.verdict === 'inconsistent')).toEqual([]);
    // A minority's count is still a count.
    expect(claims('Hội có 240 hội viên, trong đó dân tộc thiểu số 31 người, chiếm 12,92%.').filter((c) => c.kind === 'share')).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
  });
});

describe('two quantities of one measure in a summary', () => {
  const opening = 'I. KẾT QUẢ SẢN XUẤT KINH DOANH 6 THÁNG ĐẦU NĂM 2025';
  const closing = 'III. ĐÁNH GIÁ CHUNG';
  test('a different act is another quantity', () => {
    const found = crosses(opening, '- Đá thành phẩm sản xuất: 268.540 tấn, bằng 51,2% kế hoạch năm.', closing, '6 tháng đầu năm, đá thành phẩm giao nhận qua bến Cửa Hội đạt 265.840 tấn, thấp hơn kế hoạch.');
    expect(found).toEqual([]);
  });

  test('the value it would be corrected to, written in its own sentence, makes it another', () => {
    const found = crosses(opening, 'Sản lượng gạch nung 6 tháng đạt 48.260 nghìn viên.', closing, '6 tháng đầu năm, sản lượng gạch nung đạt 48.260 nghìn viên, gạch thành phẩm nhập kho 48.620 nghìn viên.');
    expect(found).toEqual([]);
  });
});

describe('tons, cubic metres, litres and kilowatt-hours', () => {
  test('are units: an item’s figure is the one in its total’s unit', () => {
    const sentence = (total: string) => `Sản lượng tiêu thụ đạt ${total} tấn, gồm: qua đại lý cấp 1 là 38.120 tấn; bán trực tiếp cho trang trại 11.300 tấn; xuất khẩu 3.240 tấn.`;
    expect(claims(sentence('52.660')).filter((c) => c.kind === 'sum')).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
    expect(claims(sentence('52.606')).filter((c) => c.kind === 'sum')).toEqual([expect.objectContaining({ verdict: 'inconsistent', expected: '52.660' })]);
  });
});

describe('a share whose part is named at its clause’s start, without "số"', () => {
  const sentence = (share: string) => `Năm 2024 doanh thu đạt 56,40 tỷ đồng, gồm doanh thu dịch vụ 15,20 tỷ đồng và doanh thu vận tải 41,20 tỷ đồng, gấp 1,5 lần năm 2020 (27,47 tỷ đồng); doanh thu vận tải chiếm ${share} doanh thu.`;
  test('is of the whole its name gives, not of a sibling item, and a year compared with is no year of its own', () => {
    // 41,20 / 56,40 = 73,05%.
    expect(claims(sentence('73,05%')).filter((c) => c.kind === 'share')).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
    expect(claims(sentence('74,05%')).filter((c) => c.kind === 'share')).toEqual([expect.objectContaining({ verdict: 'inconsistent', expected: '73,05%' })]);
  });
});

describe('a change against another quarter or month of the paragraph', () => {
  const sentence = (verb: string, delta: string, named = 'quý I') => `Doanh thu 6 tháng đầu năm đạt 38,70 tỷ đồng: quý I đạt 20,15 tỷ đồng, quý II đạt 18,55 tỷ đồng, ${verb} ${delta} tỷ đồng so với ${named} do hết mùa cao điểm.`;
  test('is held against the value that period is given', () => {
    const changes = (text: string) => claims(text).filter((c) => c.kind === 'difference');
    expect(changes(sentence('giảm', '1,60'))).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
    expect(changes(sentence('tăng', '1,60'))).toEqual([expect.objectContaining({ verdict: 'inconsistent' })]);
    expect(changes(sentence('giảm', '1,06'))).toEqual([expect.objectContaining({ verdict: 'inconsistent', expected: '1,60' })]);
  });
  test('not the same quarter of another year', () => {
    expect(claims('Quý II đạt 18,55 tỷ đồng, giảm 1,06 tỷ đồng so với quý II năm 2024.').filter((c) => c.kind === 'difference' && c.verdict === 'inconsistent')).toEqual([]);
  });
});

describe('after the sealed run (held-out-22’s false alarms, each a class)', () => {
  test('a second "bằng p%" comparing with another period is a so sánh, no share of the figure', () => {
    const text = 'Sản lượng bán ra cả năm đạt 42,60 triệu lít, bằng 97,94% sản lượng sản xuất và bằng 106,55% so với năm 2023 (39,98 triệu lít). Trong tỉnh 30,10 triệu lít (70,66%), ngoài tỉnh 12,50 triệu lít (29,34%); cộng 42,60 triệu lít.';
    expect(claims(text).filter((c) => c.kind === 'share' && c.verdict === 'inconsistent')).toEqual([]);
  });

  test('a decision that assigns targets lists targets, not results restated', () => {
    const paragraphs: Paragraph[] = [
      ...body('I. KẾT QUẢ NĂM 2024', 'Doanh thu năm 2024 đạt 512,4 tỷ đồng, đạt 104,6% kế hoạch (490 tỷ đồng).', 'II. KẾ HOẠCH NĂM 2025', 'Hội đồng quản trị trình Đại hội đồng cổ đông các chỉ tiêu kế hoạch năm 2025: sản lượng 65 triệu lít, tăng 4,03% so với thực hiện năm 2024; tổng doanh thu 1.180 tỷ đồng; lợi nhuận trước thuế 31 tỷ đồng.'),
      // 1.080 and 1.180 differ by one digit: two years' targets, not a slip.
      { location: 'footnote 1', paragraph: 5, text: 'Quyết định số 86/QĐ-UBND ngày 05/3/2024 giao: tổng doanh thu 1.080 tỷ đồng; lợi nhuận trước thuế 25 tỷ đồng.' },
    ];
    expect(scanParagraphs(paragraphs).claims.filter((c) => c.kind === 'cross' && c.verdict === 'inconsistent')).toEqual([]);
  });

  test('a figure given to each of several items is not added once', () => {
    const text = 'Công ty có hệ thống kho lạnh sức chứa 3.600 tấn (kho Cái Răng 1.200 tấn, kho Ô Môn và kho Thốt Nốt mỗi kho 1.200 tấn).';
    expect(claims(text).filter((c) => c.verdict === 'inconsistent')).toEqual([]);
    expect(claims('Xí nghiệp vận hành 04 dây chuyền, mỗi dây chuyền 03 ca, tổng cộng 12 ca sản xuất.').filter((c) => c.verdict === 'inconsistent')).toEqual([]);
  });

  test('a digit closing a proper name names it; megawatts are a measure', () => {
    const sentence = (total: string) => `Công ty vận hành 02 nhà máy với tổng công suất ${total} MW, gồm Nhà máy Sông Hinh 1 (24 MW) và Nhà máy Sông Hinh 2 (16 MW).`;
    expect(claims(sentence('40')).filter((c) => c.verdict === 'inconsistent')).toEqual([]);
    expect(claims(sentence('46')).filter((c) => c.kind === 'sum')).toEqual([expect.objectContaining({ verdict: 'inconsistent', expected: '40' })]);
  });

  test('the percentage after a change whose noun holds a comma is its rate', () => {
    const text = 'Năm 2024 sản xuất 9.216 tin, bài, phóng sự, tăng 512 tin, bài (5,88%) so với năm 2023 (8.704).';
    expect(claims(text).filter((c) => c.kind === 'share')).toEqual([]);
  });
});

describe('"trong số này" (of these)', () => {
  test('makes the figure before it the whole, though that figure is a share’s part itself', () => {
    const text = (share: string) => `Hội có 9.460 hội viên, trong đó nữ 4.012 người (42,41%), có trình độ đại học trở lên 3.108 người (32,85%), trong số này thạc sĩ 206 người (${share}).`;
    const of = (s: string) => claims(text(s)).filter((c) => c.kind === 'share' && c.stated === s);
    // 206 / 3.108 = 6,63%; of all 9.460 members it would be 2,18%.
    expect(of('6,63%')).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
    // A truncation of 6,63% is never held to the 2,18% of all members.
    expect(of('6,62%').filter((c) => c.expected === '2,18%')).toEqual([]);
  });
});

describe('a count of five digits or more restated with two digits swapped', () => {
  test('is one quantity when the same noun follows both, whatever the words before', () => {
    const found = crosses('I. KẾT QUẢ NHIỆM KỲ 2020 - 2025', 'Đến 30/6/2025, các chi hội cơ sở quản lý 24.318 hội viên, tăng 2.106 hội viên so với đầu nhiệm kỳ.', 'II. HẠN CHẾ', 'Công tác kết nạp chưa đạt chỉ tiêu, toàn Hội mới có 24.138 hội viên.');
    expect(found).toEqual([expect.objectContaining({ verdict: 'inconsistent', stated: '24.138', expected: '24.318' })]);
  });
});

describe('a share named after "trong đó" closing a figure’s clause', () => {
  test('is of that figure', () => {
    const text = (share: string) => `Sản lượng gồm gạch đặc 12,40 triệu viên, gạch rỗng 20,60 triệu viên và ngói 3,10 triệu viên. Riêng sản lượng gạch các loại là 33,00 triệu viên, trong đó gạch rỗng chiếm ${share}.`;
    // 20,60 / 33,00 = 62,4242%.
    expect(claims(text('62,42%')).filter((c) => c.kind === 'share')).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
    expect(claims(text('64,22%')).filter((c) => c.kind === 'share')).toEqual([expect.objectContaining({ verdict: 'inconsistent', expected: '62,42%' })]);
  });
});

describe('a total followed by several ratios, then its list', () => {
  test('the list after the semicolon is the total’s', () => {
    const sentence = (total: string) => `Trong 9 tháng, có ${total} lượt xe ra vào bến, bằng 106,2% so với cùng kỳ (16.620 lượt), đạt 73,55% kế hoạch năm (24.000 lượt); chia ra: bến Bắc 6.120 lượt, bến Nam 5.904 lượt, bến Tây 5.628 lượt.`;
    expect(claims(sentence('17.652')).filter((c) => c.kind === 'sum')).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
    expect(claims(sentence('17.625')).filter((c) => c.kind === 'sum')).toEqual([expect.objectContaining({ verdict: 'inconsistent', expected: '17.652' })]);
  });
});

describe('two rates side by side in a parenthesis and the change between them', () => {
  test('the earlier rate in its own parenthesis, the change after it', () => {
    const text = (delta: string) => `Thu hồi 2.468/2.530 sổ theo dõi, đạt 97,55% (cùng kỳ năm 2024 đạt 95,12%), tăng ${delta} điểm phần trăm.`;
    expect(claims(text('2,43')).filter((c) => c.kind === 'points')).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
    expect(claims(text('2,34')).filter((c) => c.kind === 'points')).toEqual([expect.objectContaining({ verdict: 'inconsistent' })]);
  });
  test('all three in one parenthesis', () => {
    const text = (delta: string) => `Cán bộ có trình độ thạc sĩ trở lên 1.214 người (28,46%, tăng ${delta}% so với năm 2020 là 24,18%).`;
    expect(claims(text('4,28')).filter((c) => c.kind === 'points')).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
    expect(claims(text('4,82')).filter((c) => c.kind === 'points')).toEqual([expect.objectContaining({ verdict: 'inconsistent' })]);
  });
});

describe('a fraction’s whole against the count the report gives of what it counts', () => {
  test('the count may be an item of a list whose earlier items carry parentheses', () => {
    const found = claims('Xí nghiệp gồm 02 phân xưởng sản xuất (phân xưởng A 120 người, phân xưởng B 96 người) và 16 trạm bơm điện.', 'Trong năm, 14/15 trạm bơm điện hoạt động ổn định.').filter((c) => c.kind === 'fraction');
    expect(found).toEqual([expect.objectContaining({ verdict: 'inconsistent' })]);
  });
});

describe('a part of a year compared with, named by itself', () => {
  const report = (named: string) => ['BÁO CÁO KẾT QUẢ SẢN XUẤT KINH DOANH 6 THÁNG ĐẦU NĂM 2025', `Doanh thu 6 tháng đạt 48,62 tỷ đồng (giá so sánh 2010), tăng 8,4% so với 6 tháng đầu năm ${named}.`];
  test('is the same part of the year before', () => {
    const terms = (named: string) => claims(...report(named)).filter((c) => c.kind === 'term-label');
    expect(terms('2024').filter((c) => c.verdict !== 'consistent')).toEqual([]);
    expect(terms('2023')).toEqual([expect.objectContaining({ verdict: 'inconsistent' })]);
  });
});
