// Readings of the seventeenth round (issue 11), each a class of sentence with its forms written here, not taken from an
// evaluation draft.
import { Paragraph, scanParagraphs } from '../src/core';
import { exactFromDecimal } from '../src/core/numbers/exact';
import { farOff, slipExplains } from '../src/core/prose/plausible-slips';

const body = (...texts: string[]): Paragraph[] => texts.map((text, i) => ({ location: 'body', paragraph: i + 1, text }));
const claims = (...texts: string[]) => scanParagraphs(body(...texts)).claims;
const at = (stated: string, ...texts: string[]) => claims(...texts).filter((c) => c.stated === stated);
const x = exactFromDecimal;

describe('a wrong figure far off its own figures, explained by no slip, is left undecided', () => {
  test('a change a third off and no keystroke of the right one', () => {
    // 148 − 121 = 27: 72 is 27 with its digits swapped, 45 no slip of it.
    expect(at('72', 'Năm 2024, Hội có 148 hội viên, tăng 72 hội viên so với năm 2023 (121 hội viên).')).toEqual([expect.objectContaining({ verdict: 'inconsistent', expected: '27' })]);
    const far = at('45', 'Năm 2024, Hội có 148 hội viên, tăng 45 hội viên so với năm 2023 (121 hội viên).');
    expect(far).toEqual([expect.objectContaining({ kind: 'difference', verdict: 'ambiguous', expected: '27' })]);
    expect(far[0].message).toContain('lệch quá xa để là một lỗi gõ');
  });

  test('a rate divided the other way is a slip; a rate no operation on its figures gives is not', () => {
    // 840/960 = 87,50 %; 960/840 = 114,29 %.
    expect(at('114,29%', 'Sản lượng năm 2024 đạt 840 tấn, bằng 114,29% so với năm 2023 (960 tấn).')).toEqual([expect.objectContaining({ verdict: 'inconsistent', expected: '87,50%' })]);
    expect(at('61,25%', 'Sản lượng năm 2024 đạt 840 tấn, bằng 61,25% so với năm 2023 (960 tấn).')).toEqual([expect.objectContaining({ verdict: 'ambiguous' })]);
  });

  test('a total missing one of its parts is a slip; a total its parts explain no way is not', () => {
    // 7 + 12 + 18 = 37; 25 leaves out the 12, 19 the 18.
    expect(at('25', 'Toàn tỉnh có 25 điểm bán, gồm: thành phố 7 điểm, huyện Tân Phú 12 điểm, huyện Định Quán 18 điểm.')).toEqual([expect.objectContaining({ kind: 'sum', verdict: 'inconsistent', expected: '37' })]);
    expect(at('19', 'Toàn tỉnh có 19 điểm bán, gồm: thành phố 7 điểm, huyện Tân Phú 12 điểm, huyện Định Quán 18 điểm.')).toEqual([expect.objectContaining({ kind: 'sum', verdict: 'inconsistent', expected: '37' })]);
    expect(at('60', 'Toàn tỉnh có 60 điểm bán, gồm: thành phố 7 điểm, huyện Tân Phú 12 điểm, huyện Định Quán 18 điểm.')).toEqual([expect.objectContaining({ kind: 'sum', verdict: 'ambiguous' })]);
  });

  test('a gap in points: two digits swapped is a slip, a third off is not', () => {
    // 94,44 − 90,63 = 3,81 points.
    expect(at('3,18%', 'Tỷ lệ hồ sơ đúng hạn năm 2024 đạt 94,44%, tăng 3,18 điểm phần trăm so với năm 2023 (90,63%).')).toEqual([expect.objectContaining({ kind: 'points', verdict: 'inconsistent' })]);
    expect(at('2,6%', 'Tỷ lệ hồ sơ đúng hạn năm 2024 đạt 94,44%, tăng 2,6 điểm phần trăm so với năm 2023 (90,63%).')).toEqual([expect.objectContaining({ kind: 'points', verdict: 'ambiguous' })]);
  });

  test('a "fraction" whose top far exceeds its bottom is more likely a date than a slip', () => {
    expect(at('98', 'Đã kiểm tra 98/89 cơ sở.')).toEqual([expect.objectContaining({ kind: 'fraction', verdict: 'inconsistent' })]);
    const date = at('21', 'Tiếp nhận hồ sơ 21/4 và trả kết quả đúng hạn.');
    expect(date).toEqual([expect.objectContaining({ kind: 'fraction', verdict: 'ambiguous' })]);
    expect(date[0].message).toContain('không phải phân số');
  });

  test('the arithmetic of the gate', () => {
    expect(farOff(x('36'), x('27'))).toBe(false);
    expect(farOff(x('45'), x('27'))).toBe(true);
    expect(farOff(x('0'), x('0'))).toBe(false);
    // Growth written for the ratio: 106,8 % of the year before is a rise of 6,8 %.
    expect(slipExplains({ kind: 'ratio', stated: x('6.8'), expected: x('106.8'), decimals: 1, operands: [x('12735'), x('11924')] })).toBe(true);
    // A relative change written for points: (94,44 − 90,63)/90,63 = 4,20 %.
    expect(slipExplains({ kind: 'points', stated: x('4.2'), expected: x('3.8'), decimals: 1, operands: [x('94.44'), x('90.63')] })).toBe(true);
    expect(slipExplains({ kind: 'points', stated: x('2.6'), expected: x('3.8'), decimals: 1, operands: [x('94.44'), x('90.63')] })).toBe(false);
    // A sign is a slip of direction, not of size.
    expect(slipExplains({ kind: 'difference', stated: x('-27'), expected: x('27'), decimals: 0, operands: [x('121'), x('148')] })).toBe(true);
    expect(slipExplains({ kind: 'fraction', stated: x('24'), expected: x('7'), decimals: 0, operands: [] })).toBe(false);
  });
});

describe('a share read by place of the nearest whole of its unit', () => {
  test('is of a whole of that unit written earlier in its sentence, when it fits that one exactly', () => {
    // 3/13 = 23,08 %; 3/5 = 60 %.
    const text = (share: string) => `Ban Chấp hành khóa mới dự kiến 13 ủy viên, Ban Thường vụ 05 ủy viên; bảo đảm có ít nhất 03 ủy viên nữ, chiếm ${share}, và 02 ủy viên dưới 40 tuổi.`;
    expect(at('23,08%', text('23,08%'))).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
    expect(at('32,08%', text('32,08%'))).not.toEqual([expect.objectContaining({ verdict: 'consistent' })]);
  });
});

describe('a list of what serves persons of several kinds', () => {
  test('may count one person in two of its groups: a sum over its total is undecided', () => {
    const text = 'Thực hiện công chứng ngoài trụ sở 214 việc, gồm 96 việc cho người già yếu, 73 việc cho người đang điều trị tại cơ sở y tế và 58 việc cho người khuyết tật.';
    expect(claims(text).filter((c) => c.kind === 'sum')).toEqual([expect.objectContaining({ verdict: 'ambiguous' })]);
    // Kinds of the thing itself cannot overlap: the same sum is wrong.
    const kinds = 'Thực hiện công chứng 214 việc, gồm 96 việc hợp đồng mua bán, 73 việc hợp đồng thế chấp và 58 việc di chúc.';
    expect(claims(kinds).filter((c) => c.kind === 'sum')).toEqual([expect.objectContaining({ verdict: 'inconsistent' })]);
  });
});

describe('a year two back named once in a report that compares with the year before throughout', () => {
  const others = [
    'Năm 2024, tổng doanh thu đạt 96,4 tỷ đồng, tăng 8,2% so với năm 2023.',
    'Số khách hàng năm 2024 là 1.245 khách hàng, tăng 112 khách hàng so với năm 2023.',
    'Năm 2024 nộp ngân sách 4,8 tỷ đồng, tăng 0,6 tỷ đồng so với năm 2023.',
  ];
  const claim = 'Năm 2024, lợi nhuận sau thuế 12,6 tỷ đồng, tăng 1,4 tỷ đồng so với năm 2022 (11,2 tỷ đồng).';
  const term = (...texts: string[]) => claims(...texts).filter((c) => c.kind === 'term-label' && c.stated === 'năm 2022');
  test('was carried over from last year\'s report: the year is wrong, and the message says why', () => {
    const [found] = term(...others, claim);
    expect(found).toMatchObject({ verdict: 'inconsistent', expected: 'năm 2023' });
    expect(found.message).toContain('3 lần');
  });
  test('is left undecided when the report compares with that year elsewhere too, or with the year before seldom', () => {
    expect(term(...others, claim, 'Số lao động năm 2024 là 86 người, tăng 04 người so với năm 2022.')[0]).toMatchObject({ verdict: 'ambiguous' });
    expect(term(others[0], others[1], claim)[0]).toMatchObject({ verdict: 'ambiguous' });
  });
});

describe('values per a unit on both sides of a change', () => {
  test('are both averages: a change written the wrong way is found', () => {
    // 68,4 against 63,7 tấn/ha is a rise of 4,7.
    expect(at('4,7', 'Năng suất mía bình quân 68,4 tấn/ha, giảm 4,7 tấn/ha so với niên vụ trước (63,7 tấn/ha).')).toEqual([expect.objectContaining({ kind: 'difference', verdict: 'inconsistent' })]);
  });
});

describe('a ratio to a period named before its value in parentheses', () => {
  test('is read whatever its size', () => {
    // 86,72 / 76,38 = 113,54 %: 88,08 % is the ratio taken the other way.
    expect(at('88,08%', 'Lợi nhuận trước thuế 86,72 tỷ đồng, bằng 88,08% niên vụ trước (76,38 tỷ đồng).')).toEqual([expect.objectContaining({ kind: 'ratio', verdict: 'inconsistent', expected: '113,54%' })]);
    expect(at('95,5%', 'Lợi nhuận trước thuế 86,72 tỷ đồng, bằng 95,5% năm 2023 (90,81 tỷ đồng).')).toEqual([expect.objectContaining({ kind: 'ratio', verdict: 'consistent' })]);
  });
});

describe('what heldout-18 taught, each a class', () => {
  test('a figure before a list\'s colon is not named by the list\'s first item', () => {
    // "diện tích kinh doanh" is the 4.786,15 ha of "vườn cây kinh doanh", not the 5.917,62 of all the rubber: no figure
    // answers to the name, and the share is not called wrong of the whole.
    const area = 'Diện tích cao su 5.917,62 ha chia ra: vườn cây kinh doanh 4.786,15 ha (chiếm 80,88%), vườn cây kiến thiết cơ bản 863,27 ha, diện tích trồng tái canh năm 2024 là 268,20 ha.';
    expect(at('8,62%', area, 'Phòng trị bệnh trên 412,5 ha, bằng 8,62% diện tích kinh doanh.').filter((c) => c.verdict === 'inconsistent')).toEqual([]);
  });

  test('a percentage after a comparison that names its own whole is no ratio to the value compared with', () => {
    const text = 'Dư nợ cho vay đến 31/12/2024 là 356.214 triệu đồng, tăng 34.414 triệu đồng so với đầu năm (321.800 triệu đồng), bằng 86,32% tổng nguồn vốn.';
    expect(at('86,32%', text).filter((c) => c.kind === 'ratio')).toEqual([]);
    // Without a whole after it, it is the ratio: 356.214 / 321.800 = 110,69 %.
    expect(at('110,69%', 'Dư nợ cho vay đến 31/12/2024 là 356.214 triệu đồng, tăng 34.414 triệu đồng so với đầu năm (321.800 triệu đồng), bằng 110,69%.')).toEqual([expect.objectContaining({ kind: 'ratio', verdict: 'consistent' })]);
  });

  test('an allocation in parentheses after a total is no part of it', () => {
    const text = 'Tổng số viên chức, người lao động có mặt là 118 người (biên chế được giao 124 người), gồm: công chức 09, viên chức 86, lao động hợp đồng 23.';
    expect(claims(text).filter((c) => c.verdict === 'inconsistent')).toEqual([]);
    expect(claims(text).filter((c) => c.kind === 'sum')).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
  });
});

describe('a "trong đó" list of sums of money', () => {
  test('spends each đồng on one item: parts over the total are wrong', () => {
    const text = 'Chi phí hoạt động 72.398 triệu đồng, trong đó chi phí nhân công 41.306 triệu đồng, khấu hao tài sản cố định 21.480 triệu đồng, sửa chữa thường xuyên 9.612 triệu đồng, dịch vụ mua ngoài 13.816 triệu đồng.';
    expect(claims(text).filter((c) => c.kind === 'subset')).toEqual([expect.objectContaining({ verdict: 'inconsistent' })]);
  });
  test('unless its items are the people it went to, who may be counted in two of them', () => {
    const text = 'Chi đảm bảo xã hội 612,36 triệu đồng, trong đó chi trợ cấp cho hộ nghèo 286,4 triệu đồng, người cao tuổi 214,8 triệu đồng, người khuyết tật 168,5 triệu đồng.';
    expect(claims(text).filter((c) => c.verdict === 'inconsistent')).toEqual([]);
  });
});

describe('a band "từ … trở lên"', () => {
  test('is a bound, not a change: the figure after it is an item of its list', () => {
    const text = (total: string) => `Chia theo kỳ hạn: tiền gửi không kỳ hạn 21.360 triệu đồng, giảm 2.145 triệu đồng so với đầu năm (19.215 triệu đồng); có kỳ hạn dưới 12 tháng 248.905 triệu đồng; từ 12 tháng trở lên 101.383 triệu đồng (cộng ${total} triệu đồng).`;
    expect(at('371.648', text('371.648'))).toEqual([expect.objectContaining({ kind: 'sum', verdict: 'consistent' })]);
    expect(at('371.468', text('371.468'))).toEqual([expect.objectContaining({ kind: 'sum', verdict: 'inconsistent', expected: '371.648' })]);
  });
});

describe('"ít hơn", "nhiều hơn" before a comparison', () => {
  test('say which way the change goes, like "giảm" and "tăng"', () => {
    // 5.204 against 4.586 is 618 more, not fewer.
    expect(at('618', 'Khách lưu trú qua đêm 5.204 lượt, ít hơn 618 lượt so với năm trước (4.586 lượt).')).toEqual([expect.objectContaining({ kind: 'difference', verdict: 'inconsistent' })]);
    expect(at('618', 'Khách lưu trú qua đêm 5.204 lượt, nhiều hơn 618 lượt so với năm trước (4.586 lượt).')).toEqual([expect.objectContaining({ kind: 'difference', verdict: 'consistent' })]);
  });
});

describe('a colon after a comparison\'s words', () => {
  test('opens the items of what came before it: a figure after it is no comparison figure, and a summary restating it is read', () => {
    const body = 'Năm 2024, Phòng đã công chứng 12.486 việc, tăng 1.138 việc so với năm 2023 (11.348 việc).';
    const summary = (n: string) => `Năm 2024 Phòng hoàn thành vượt mức các chỉ tiêu được giao: số việc công chứng ${n} việc, phí công chứng 6,842 tỷ đồng.`;
    // 12.846 is 12.486 with two digits swapped.
    expect(at('12.846', body, summary('12.846'))).toEqual([expect.objectContaining({ kind: 'cross', verdict: 'inconsistent', expected: '12.486' })]);
    expect(claims(body, summary('12.486')).filter((c) => c.verdict === 'inconsistent')).toEqual([]);
  });
});

describe('a date compared with in a restated figure\'s clause', () => {
  test('is not the figure\'s own period: "so với thời điểm 31/12/2022" leaves the profit of the year reviewed', () => {
    const body = 'Năm 2024, lợi nhuận trước thuế 3.867 triệu đồng, đạt 107,42% kế hoạch.';
    const summary = 'Năm 2024, Quỹ đạt và vượt các chỉ tiêu; tổng nguồn vốn tăng 9,62% so với thời điểm 31/12/2022, dư nợ tăng 34.414 triệu đồng, lợi nhuận trước thuế đạt 3.687 triệu đồng.';
    expect(at('3.687', body, summary)).toEqual([expect.objectContaining({ kind: 'cross', verdict: 'inconsistent', expected: '3.867' })]);
  });
});
