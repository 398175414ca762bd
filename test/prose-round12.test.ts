// Readings of the twelfth round (issue 11), each a class of sentence with its forms written here, not taken from an
// evaluation draft.
import { Paragraph, scanParagraphs } from '../src/core';

const body = (...texts: string[]): Paragraph[] => texts.map((text, i) => ({ location: 'body', paragraph: i + 1, text }));
const claims = (...texts: string[]) => scanParagraphs(body(...texts)).claims;
const shares = (...texts: string[]) => claims(...texts).filter((c) => c.kind === 'share');

describe('a share after a heading\'s colon', () => {
  test('is of the one figure of its noun after the heading', () => {
    expect(shares('3.1. Khiếu nại về đất đai: tiếp nhận 148 đơn; đã giải quyết 131 đơn, đạt 88,51%.')).toEqual([
      expect.objectContaining({ verdict: 'consistent', stated: '88,51%' }),
    ]);
    // Two digits of the rate swapped: certain, since the heading names no figure.
    expect(shares('3.1. Khiếu nại về đất đai: tiếp nhận 148 đơn; đã giải quyết 131 đơn, đạt 88,15%.')).toEqual([
      expect.objectContaining({ verdict: 'inconsistent', stated: '88,15%', expected: '88,51%' }),
    ]);
  });

  test('is not of a figure of another noun in a list the colon opens', () => {
    // The colon opens a list of causes counted in "vụ"; the share counts persons, of the whole stated before.
    const found = shares('Xảy ra 23 vụ cháy, nổ.', 'Nguyên nhân chủ yếu: chập điện 09 vụ, sơ suất khi đun nấu 06 vụ, nguyên nhân khác 08 vụ; người gây cháy dưới 18 tuổi 04 trường hợp, chiếm 17,39%.');
    expect(found.filter((c) => c.verdict === 'inconsistent' || c.verdict === 'rounding')).toEqual([]);
  });
});

describe('a clause that opens on its part after a semicolon', () => {
  test('takes the one figure of the same noun before the semicolon as its whole', () => {
    expect(shares('Năm 2025, Phòng thẩm định 64 hồ sơ thiết kế; cấp phép 58 hồ sơ thiết kế, đạt 90,63%.')).toEqual([
      expect.objectContaining({ verdict: 'consistent', stated: '90,63%' }),
    ]);
    // So a rate with two digits swapped is certainly wrong, not left undecided.
    expect(shares('Năm 2025, Phòng thẩm định 64 hồ sơ thiết kế; cấp phép 58 hồ sơ thiết kế, đạt 90,36%.')).toEqual([
      expect.objectContaining({ verdict: 'inconsistent', stated: '90,36%', expected: '90,63%' }),
    ]);
  });

  test('takes none when two figures of that noun stand before it', () => {
    const found = shares('Năm 2025, Phòng nhận 71 hồ sơ thiết kế, trả lại 07 hồ sơ thiết kế; cấp phép 58 hồ sơ thiết kế, đạt 90,36%.');
    expect(found.filter((c) => c.verdict === 'inconsistent')).toEqual([]);
  });
});

describe('a share whose part is named in words, among cases and amounts of money', () => {
  test('is of the cases its name counts, not of the money fined', () => {
    const text = 'Tổ kiểm tra 1.240 trường hợp, lập biên bản 415 trường hợp, xử phạt 286 trường hợp với số tiền 932,5 triệu đồng; số trường hợp bị xử phạt chiếm 68,91% số trường hợp lập biên bản.';
    expect(shares(text)).toEqual([expect.objectContaining({ verdict: 'rounding', stated: '68,91%', expected: '68,92%' })]);
  });
});

const flagged = (...texts: string[]) => claims(...texts).filter((c) => c.verdict === 'inconsistent' || c.verdict === 'rounding');

describe('shares of one whole whose counts add up past it', () => {
  test('are no breakdown when every share is right: their total past 100 % is not decided', () => {
    // Whole percentages: 101 % is 100 within rounding, and the counts, past the base, are no breakdown to add up.
    expect(flagged('Doanh thu của các doanh nghiệp đạt 2.480 tỷ đồng, trong đó bán hàng nội địa 1.612 tỷ đồng, chiếm 65%; chi phí nguyên liệu nhập 893 tỷ đồng, chiếm 36%.')).toEqual([]);
    // Two decimals: 101,01 % is past 100 beyond rounding, yet every share is right.
    const text = 'Doanh thu của các doanh nghiệp đạt 2.480 tỷ đồng, trong đó bán hàng nội địa 1.612 tỷ đồng, chiếm 65,00%; chi phí nguyên liệu nhập 893 tỷ đồng, chiếm 36,01%.';
    expect(flagged(text)).toEqual([]);
    expect(claims(text)).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'sum', verdict: 'ambiguous' })]));
  });

  test('still make 100 % when a share is off', () => {
    // 1.612 of 2.480 is 65 %; 868 of it 35 %: the list is a breakdown and 66 % + 35 % is wrong.
    const text = 'Doanh thu đạt 2.480 tỷ đồng, trong đó bán hàng nội địa 1.612 tỷ đồng, chiếm 66%; xuất khẩu 868 tỷ đồng, chiếm 35%.';
    expect(flagged(text).map((c) => c.kind)).toEqual(expect.arrayContaining(['share']));
  });
});

describe('a day and month after the name of a day', () => {
  test('is a date, not a fraction', () => {
    expect(flagged('Hội tặng 820 suất quà dịp Tết, ngày Quốc tế Người cao tuổi 1/10 và ngày truyền thống của Hội 26/3.')).toEqual([]);
  });

  test('while a fraction after other words is still read', () => {
    // Its top far above its bottom and no slip of it: read, and left undecided, since it may yet be a date.
    const [read] = claims('Có 26/3 chi hội đạt vững mạnh.').filter((c) => c.kind === 'fraction');
    expect(read).toMatchObject({ verdict: 'ambiguous' });
    expect(read.message).toContain('không phải phân số');
    // Two digits swapped: wrong.
    expect(flagged('Có 31/13 chi hội đạt vững mạnh.')).toEqual([expect.objectContaining({ kind: 'fraction' })]);
  });
});

describe('a fraction\'s share written after "tương đương"', () => {
  test('is read as its share', () => {
    expect(claims('Đã giải phóng mặt bằng 84,6/312,5 ha, tương đương 27,07%.')).toEqual([
      expect.objectContaining({ kind: 'share', verdict: 'consistent', stated: '27,07%' }),
    ]);
    expect(flagged('Đã giải phóng mặt bằng 84,6/312,5 ha, tương đương 27,06%.')).toEqual([expect.objectContaining({ verdict: 'rounding' })]);
  });
});

describe('a change compared with part of a period', () => {
  test('"so với N năm đầu của giai đoạn …" and "so với 6 tháng đầu năm …" name the period compared with', () => {
    expect(flagged('Giai đoạn 2021 - 2024, Sở đã tổ chức 64 cuộc thanh tra, tăng 11 cuộc so với 04 năm đầu của giai đoạn 2016 - 2020 (51 cuộc).')).toEqual([
      expect.objectContaining({ kind: 'difference', stated: '11', expected: '13' }),
    ]);
    expect(flagged('Sáu tháng cuối năm 2024 tiếp nhận 418 hồ sơ, tăng 36 hồ sơ so với 6 tháng đầu năm 2024 (382 hồ sơ).')).toEqual([]);
  });
});

describe('"tăng thêm" naming what is added', () => {
  test('does not make the figure after it a value compared with', () => {
    expect(flagged('Tổng vốn cấp mới và tăng thêm của các dự án là 1.250 tỷ đồng, bằng 125% so với năm 2023 (1.000 tỷ đồng), tăng 205 tỷ đồng.')).toEqual([
      expect.objectContaining({ kind: 'difference', stated: '205', expected: '250' }),
    ]);
  });
});

describe('a change and its so sánh with no value compared with written', () => {
  test('"tăng D … và bằng R% so với …" is the value reached over the value reached less the change', () => {
    expect(flagged('Năm 2025 tổ chức 46 cuộc kiểm tra, tăng 06 cuộc và bằng 115% so với năm 2024.')).toEqual([]);
    // Two digits swapped: the slip is certain.
    expect(flagged('Năm 2025 tổ chức 46 cuộc kiểm tra, tăng 06 cuộc và bằng 151% so với năm 2024.')).toEqual([
      expect.objectContaining({ kind: 'ratio', stated: '151%', expected: '115%' }),
    ]);
    // Any other misfit may be the change, the value or the so sánh mistyped: not decided.
    expect(flagged('Năm 2025 tổ chức 46 cuộc kiểm tra, tăng 06 cuộc và bằng 125% so với năm 2024.')).toEqual([]);
  });

  test('below 100 % after a rise, "bằng" gives the change\'s rate', () => {
    expect(flagged('Tổng số cử tri là 52.480 người (tăng 2.480 người, bằng 4,96% so với năm 2021).')).toEqual([]);
  });
});

describe('an item of a list of targets', () => {
  test('names its target before its colon: the result after it is compared with that target', () => {
    expect(flagged('b) Mở mới ít nhất 40 lớp bồi dưỡng: đã mở 52 lớp bồi dưỡng, đạt 130% chỉ tiêu.')).toEqual([]);
    expect(flagged('b) Mở mới ít nhất 40 lớp bồi dưỡng: đã mở 52 lớp bồi dưỡng, đạt 103% chỉ tiêu.')).toEqual([
      expect.objectContaining({ kind: 'ratio', stated: '103%', expected: '130%' }),
    ]);
  });

  test('only when the line is an item and its target stands outside any parenthesis', () => {
    // A breakdown's heading with its total in parentheses names no target: the percentage inside is of another figure.
    expect(flagged('Cơ cấu tổng chi (2.400 triệu đồng) gồm: chi thường xuyên 1.800 triệu đồng (lương 1.200 triệu đồng, đạt 50% dự toán); chi đầu tư 600 triệu đồng.')).toEqual([]);
  });
});

describe('a change in points compared with the end of the previous term', () => {
  test('"so với cuối nhiệm kỳ trước (q%)" names the rate compared with', () => {
    expect(flagged('Có 45/50 chi hội đạt vững mạnh, đạt 90%, tăng 6,5 điểm phần trăm so với cuối nhiệm kỳ trước (82,5%).')).toEqual([
      expect.objectContaining({ kind: 'points', stated: '6,5%', expected: '7,5%' }),
    ]);
  });
});

describe('a list of items after a heading, closed by "tổng cộng" after a comma', () => {
  test('adds up to the total it closes with', () => {
    expect(flagged('Theo lĩnh vực: đất đai 312 lượt; chính sách xã hội 208 lượt; lĩnh vực khác 95 lượt, tổng cộng 615 lượt.')).toEqual([]);
    expect(flagged('Theo lĩnh vực: đất đai 312 lượt; chính sách xã hội 280 lượt; lĩnh vực khác 95 lượt, tổng cộng 615 lượt.')).toEqual([
      expect.objectContaining({ kind: 'sum', stated: '615', expected: '687' }),
    ]);
  });
});

describe('the gap to a target written after its so sánh', () => {
  test('"đạt R% dự toán, thấp hơn dự toán D" is the target less the value reached', () => {
    expect(flagged('Dự toán chi được giao là 5.240 triệu đồng; thực hiện 4.980 triệu đồng, đạt 95,04% dự toán, thấp hơn dự toán 260 triệu đồng.')).toEqual([]);
    expect(flagged('Dự toán chi được giao là 5.240 triệu đồng; thực hiện 4.980 triệu đồng, đạt 95,04% dự toán, thấp hơn dự toán 206 triệu đồng.')).toEqual([
      expect.objectContaining({ kind: 'difference', stated: '206', expected: '260' }),
    ]);
  });
});

describe('two changes under one verb after the year\'s values in a parenthesis', () => {
  test('each meets the value of its own noun, now and then', () => {
    const text = (d: string) => `Năm 2024, Sở giải quyết 42 vụ việc liên quan đến 118 lao động (năm 2023: 47 vụ việc, 131 lao động), giảm 05 vụ việc và ${d} lao động.`;
    expect(flagged(text('13'))).toEqual([]);
    expect(flagged(text('31'))).toEqual([expect.objectContaining({ kind: 'difference', stated: '31', expected: '13' })]);
  });
});

describe('a total set in the parenthesis after its noun', () => {
  test('is the total of the list "gồm" opens right after it', () => {
    expect(flagged('Đoàn công tác nước ngoài (11 đoàn) gồm 05 đoàn của Tỉnh ủy, 06 đoàn của UBND tỉnh.')).toEqual([]);
    expect(flagged('Đoàn công tác nước ngoài (11 đoàn) gồm 05 đoàn của Tỉnh ủy, 07 đoàn của UBND tỉnh.')).toEqual([
      expect.objectContaining({ kind: 'sum', stated: '11', expected: '12' }),
    ]);
  });

  test('but not after a comma, nor where no keystroke explains the gap', () => {
    // The comparison's value in the parenthesis is no total of what follows.
    expect(flagged('Tổng thu đạt 9.240 triệu đồng, gấp 1,5 lần nhiệm kỳ trước (6.160 triệu đồng), gồm: thu kinh phí 6.120 triệu đồng, thu đoàn phí 3.120 triệu đồng.')).toEqual([]);
    // Fields and a channel side by side may overlap: far off, the list is not read.
    expect(flagged('Hồ sơ trực tuyến (24.300 hồ sơ) gồm hộ tịch 12.400, chứng thực 6.800, nộp qua ứng dụng VNeID 7.200 hồ sơ.')).toEqual([]);
  });
});

describe('a multiple closing a comparison', () => {
  test('reads the value compared past that value\'s own breakdown', () => {
    const text = (times: string) => `Quỹ hội đến cuối năm có 1.260 triệu đồng (quỹ cấp tỉnh 410 triệu đồng, quỹ cơ sở 850 triệu đồng), tăng 540 triệu đồng so với đầu nhiệm kỳ (720 triệu đồng), gấp ${times} lần.`;
    expect(flagged(text('1,75'))).toEqual([]);
    expect(flagged(text('1,57'))).toEqual([expect.objectContaining({ kind: 'ratio', stated: '1,57', expected: '1,75' })]);
  });
});

describe('a fraction over what the report counts elsewhere', () => {
  const network = 'Trung tâm hiện có 12 trạm đo mặn và 07 trạm đo mưa.';
  test('has the one count the report states of its noun as its whole', () => {
    expect(flagged(network, 'Năm 2025, 10/13 trạm đo mặn truyền số liệu tự động.')).toEqual([expect.objectContaining({ kind: 'fraction', stated: '13', expected: '12' })]);
    expect(flagged(network, 'Năm 2025, 10/12 trạm đo mặn truyền số liệu tự động.')).toEqual([]);
  });

  test('is left alone where the noun is counted only as a sample, or with two values', () => {
    // "kiểm tra 12 …" counts those inspected, not all there are.
    expect(flagged('Năm 2025, Sở kiểm tra 12 trạm đo mặn.', 'Qua đó, 10/13 trạm đo mặn hoạt động ổn định.')).toEqual([]);
    expect(flagged(network, 'Đầu năm có 11 trạm đo mặn, nay có 12 trạm đo mặn; 10/13 trạm đo mặn truyền số liệu.')).toEqual([]);
  });

  test('is no map\'s scale, nor a whole the report writes elsewhere', () => {
    expect(flagged('Khu có 02 quy hoạch chi tiết được duyệt.', 'Lập quy hoạch chi tiết tỷ lệ 1/500 cho khu dân cư.')).toEqual([]);
  });
});

describe('amounts of money at two scales', () => {
  test('are not compared as they stand', () => {
    expect(flagged('Phạt tiền 1,186 tỷ đồng, tăng 24,32% so với năm 2023 (954 triệu đồng).')).toEqual([]);
  });
});

describe('dates and spans of a plan', () => {
  test('a day named before its date in a parenthesis is a date', () => {
    expect(flagged('Ngày Sách và Văn hóa đọc Việt Nam (21/4) thu hút 3.500 lượt người.')).toEqual([]);
  });

  test('"Sau 04 năm thực hiện …" is a span, not the value a change reaches', () => {
    expect(flagged('Mạng lưới gồm 08 trạm, trong đó 06 trạm tự động. Sau 04 năm thực hiện Kế hoạch, số trạm tự động tăng 04 trạm so với giai đoạn 2016 - 2020 (02 trạm).')).toEqual([]);
  });
});

describe('a so sánh after a blank figure or a gap to its target', () => {
  test('an ellipsis inside a breakdown ends no sentence', () => {
    expect(flagged('Vận chuyển 52.400 lượt khách (tuyến cố định 40.100 lượt, khách qua bến ngang ... lượt), bằng 110,6% so với năm 2023 (47.380 lượt).')).toEqual([]);
    expect(flagged('Vận chuyển 52.400 lượt khách (tuyến cố định 40.100 lượt, khách qua bến ngang ... lượt), bằng 101,6% so với năm 2023 (47.380 lượt).')).toEqual([
      expect.objectContaining({ kind: 'ratio', stated: '101,6%', expected: '110,6%' }),
    ]);
  });

  test('the target in the parenthesis of a gap to it, in the same clause', () => {
    expect(flagged('Thực hiện 57 cuộc, vượt 12 cuộc so với kế hoạch (45 cuộc), đạt 126,67% kế hoạch.')).toEqual([]);
    expect(flagged('Thực hiện 57 cuộc, vượt 12 cuộc so với kế hoạch (45 cuộc), đạt 162,67% kế hoạch.')).toEqual([expect.objectContaining({ kind: 'ratio', expected: '126,67%' })]);
  });
});

describe('a multiple naming its subject', () => {
  test('is of the figure written right before that name', () => {
    const text = (times: string) => `Trao 245 suất học bổng cho học sinh; số suất học bổng gấp ${times} lần nhiệm kỳ trước (175 suất).`;
    expect(flagged(text('1,4'))).toEqual([]);
    expect(flagged(text('1,7'))).toEqual([expect.objectContaining({ kind: 'ratio', stated: '1,7', expected: '1,4' })]);
  });
});

describe('a breakdown by denomination', () => {
  test('counts the items, not the amounts naming them', () => {
    expect(flagged('Thu giữ 84 tờ tiền giả (mệnh giá 500.000 đồng 51 tờ; 200.000 đồng 21 tờ; 100.000 đồng 12 tờ).')).toEqual([]);
    expect(flagged('Thu giữ 84 tờ tiền giả (mệnh giá 500.000 đồng 51 tờ; 200.000 đồng 21 tờ; 100.000 đồng 21 tờ).')).toEqual([expect.objectContaining({ kind: 'sum', stated: '84', expected: '93' })]);
  });
});

describe('a change with its so sánh before the comparison', () => {
  test('"tăng D, bằng R% so với năm Y (V)" is read as a change from V', () => {
    expect(flagged('Hàng hóa thông qua cảng đạt 1.450.300 tấn, tăng 152.100 tấn, bằng 111,72% so với năm 2023 (1.298.200 tấn).')).toEqual([]);
    expect(flagged('Hàng hóa thông qua cảng đạt 1.450.300 tấn, tăng 125.100 tấn, bằng 111,72% so với năm 2023 (1.298.200 tấn).')).toEqual([
      expect.objectContaining({ kind: 'difference', stated: '125.100', expected: '152.100' }),
    ]);
  });
});

describe('a long figure restated with two digits swapped, worded differently', () => {
  const repeats = (...texts: string[]) => flagged(...texts).filter((c) => c.kind === 'cross');
  test('of five digits, its phrases differing by a word at most', () => {
    expect(repeats('Năm 2024, Bưu điện tỉnh tiếp nhận 64.382 hồ sơ thủ tục hành chính.', 'Năm 2024, 64.832 hồ sơ thủ tục hành chính được tiếp nhận qua bưu điện.')).toEqual([expect.objectContaining({ stated: '64.832', expected: '64.382' })]);
    // Two words apart: two quantities as likely as one mistyped.
    expect(repeats('Năm 2024, Bưu điện tỉnh tiếp nhận 64.382 hồ sơ thủ tục hành chính.', 'Năm 2024, 64.832 hồ sơ thủ tục hành chính được số hóa và lưu trữ điện tử.')).toEqual([]);
  });

});
