// Readings of the eleventh round (issue 11), each a class of sentence with its forms written here, not taken from an
// evaluation draft.
import { Paragraph, scanParagraphs } from '../src/core';

const body = (...texts: string[]): Paragraph[] => texts.map((text, i) => ({ location: 'body', paragraph: i + 1, text }));
const claims = (...texts: string[]) => scanParagraphs(body(...texts)).claims;
const flagged = (...texts: string[]) => claims(...texts).filter((c) => c.verdict === 'inconsistent' || c.verdict === 'rounding');
const repeats = (...texts: string[]) => flagged(...texts).filter((c) => c.kind === 'cross');

describe('a long stock restated with two digits swapped', () => {
  const stock = 'Đến nay, toàn huyện có 5.371 thành viên hợp tác xã, tăng 86 thành viên so với đầu nhiệm kỳ.';

  test('at the end of the term is the stock written with no end named, counted as persons or as members', () => {
    expect(repeats('Hội có 4.738 người là hội viên chi hội nghề nghiệp.', 'Đến cuối nhiệm kỳ, tổng số hội viên chi hội nghề nghiệp là 4.783 hội viên.')).toEqual([
      expect.objectContaining({ stated: '4.783', expected: '4.738' }),
    ]);
    expect(repeats(stock, 'Tổng số thành viên hợp tác xã đến cuối năm là 5.317 thành viên.')).toEqual([expect.objectContaining({ stated: '5.317' })]);
  });

  test('at the start of the term is another quantity', () => {
    expect(repeats(stock, 'Tổng số thành viên hợp tác xã đầu nhiệm kỳ là 5.317 thành viên.')).toEqual([]);
  });
});

describe('a part of a whole that names what it counts', () => {
  test('is named by its whole, not by a heading before the whole', () => {
    const first = 'Năm 2025, lượng hàng qua cảng đạt 2.184.600 tấn, trong đó hàng xuất khẩu 362.180 tấn.';
    const summary = 'Các chỉ tiêu chủ yếu đều vượt kế hoạch: hàng qua cảng đạt 2.184.600 tấn, trong đó hàng xuất khẩu 326.180 tấn.';
    expect(repeats(first, summary)).toEqual([expect.objectContaining({ stated: '326.180', expected: '362.180' })]);
    // Another whole's part of the same name is not the first one's.
    expect(repeats(first, 'Các chỉ tiêu đều vượt: hàng qua kho ngoại quan 814.200 tấn, trong đó hàng xuất khẩu 326.180 tấn.')).toEqual([]);
  });
});

describe('a share that names one item of its base\'s breakdown', () => {
  const shares = (...texts: string[]) => claims(...texts).filter((c) => c.kind === 'share');

  test('is of that item, named after the share or in the part\'s own words', () => {
    // Named after the share, with "số".
    expect(shares('Phòng có 24 người (18 công chức, 06 hợp đồng lao động); công chức có trình độ thạc sĩ 09 người, chiếm 50% số công chức.')).toEqual([
      expect.objectContaining({ verdict: 'consistent', expected: '50%' }),
    ]);
    // Named after the share without "số".
    expect(shares('Tổng chi năm 2025 là 52.400 triệu đồng (chi đầu tư 14.800 triệu đồng, chi thường xuyên 37.600 triệu đồng); chi cho đào tạo 9.024 triệu đồng, chiếm 24% chi thường xuyên.')).toEqual([
      expect.objectContaining({ verdict: 'consistent' }),
    ]);
    // Named by the part's own qualifier.
    expect(shares('Nhận 84.000 liều vắc xin (cúm gia cầm 60.000 liều, tai xanh 24.000 liều); đã tiêm 57.000 liều cúm gia cầm, bằng 95% số liều được cấp.')).toEqual([
      expect.objectContaining({ verdict: 'consistent' }),
    ]);
  });

  test('stays wrong of the whole where no item is named, and is judged against the named item where it misfits both', () => {
    expect(flagged('Phòng có 24 người (18 công chức, 06 hợp đồng lao động); có trình độ thạc sĩ 09 người, chiếm 50%.')).toEqual([expect.objectContaining({ kind: 'share', expected: '38%' })]);
    expect(flagged('Phòng có 24 người (18 công chức, 06 hợp đồng lao động); công chức có trình độ thạc sĩ 09 người, chiếm 55% số công chức.')).toEqual([
      expect.objectContaining({ kind: 'share', expected: '50%' }),
    ]);
    // Named by the part's qualifier only, fitting neither the whole nor the item: not decided.
    expect(flagged('Cấp 84.000 liều vắc xin (cúm gia cầm 60.000 liều, tai xanh 24.000 liều); đã tiêm 57.000 liều cúm gia cầm, bằng 91,4% số liều được cấp.')).toEqual([]);
  });
});

describe('words that look like units or counts and are not', () => {
  test('"khẩu hiệu" is a slogan, not a count of persons', () => {
    expect(claims('Treo 840 băng rôn, khẩu hiệu (gồm 610 băng rôn, 230 khẩu hiệu) trên các tuyến đường.')).toEqual([expect.objectContaining({ kind: 'sum', verdict: 'consistent' })]);
  });

  test('days a thing has lasted are not a count of things', () => {
    expect(flagged('Đến nay có 17/20 ổ dịch đã qua 21 ngày (85%), còn 03 ổ dịch chưa qua 21 ngày.')).toEqual([]);
    expect(flagged('Đến nay có 17/20 ổ dịch đã qua 21 ngày (80%), còn 03 ổ dịch chưa qua 21 ngày.')).toEqual([expect.objectContaining({ kind: 'share', expected: '85%' })]);
  });
});

describe('parts over their total', () => {
  test('of establishments are undecided: one shop trades in several goods', () => {
    const text = (a: string) => `Kiểm tra 96 cơ sở kinh doanh phân bón, thuốc bảo vệ thực vật (kinh doanh phân bón ${a} cơ sở, thuốc bảo vệ thực vật 52 cơ sở).`;
    expect(flagged(text('61'))).toEqual([]);
    // A keystroke still says one was mistyped (64 for 44: "44 + 52 = 96").
    expect(flagged(text('64'))).toEqual([expect.objectContaining({ kind: 'sum' })]);
  });
});

describe('a change and its rate with no value compared with', () => {
  const text = (r: string) => `Kế hoạch vốn năm 2026 đề xuất 24.300 triệu đồng, tăng 1.800 triệu đồng so với kế hoạch năm 2025, tương ứng tăng ${r}.`;

  test('may name what it is compared with; the rate is over the value reached less the change', () => {
    expect(claims(text('8%'))).toEqual([expect.objectContaining({ kind: 'ratio', verdict: 'consistent' })]);
  });

  test('a rate with two neighbouring digits swapped is the slip; a rate far off is left undecided', () => {
    const files = (r: string) => `Số hồ sơ năm 2026 là 4.860 hồ sơ, tăng 412 hồ sơ so với năm 2025, tương ứng tăng ${r}.`;
    expect(flagged(files('9,62%'))).toEqual([expect.objectContaining({ kind: 'ratio', stated: '9,62%', expected: '9,26%' })]);
    expect(claims(files('9,26%'))).toEqual([expect.objectContaining({ kind: 'ratio', verdict: 'consistent' })]);
    // 12,4 %: the rate, the change or the value reached may be the one mistyped.
    expect(flagged(files('12,4%'))).toEqual([]);
  });
});

describe('changes listed after "So với <period>," each with the earlier value in its parenthesis', () => {
  const text = (d: string) => `Năm 2025 có 38 hộ bị thiệt hại do lốc xoáy, 1.472 con gia cầm bị chết. So với năm 2024, số hộ bị thiệt hại giảm 15 hộ (53 hộ), gia cầm chết giảm ${d} con (2.126 con).`;

  test('are read against the one figure of the paragraph in the same noun', () => {
    expect(claims(text('654')).filter((c) => c.kind === 'difference')).toEqual([
      expect.objectContaining({ verdict: 'consistent', stated: '15' }),
      expect.objectContaining({ verdict: 'consistent', stated: '654' }),
    ]);
  });

  test('are wrong only where a keystroke explains the gap: the noun alone found the value now', () => {
    expect(flagged(text('645'))).toEqual([expect.objectContaining({ kind: 'difference', stated: '645', expected: '654' })]);
    expect(flagged(text('700'))).toEqual([]);
  });
});

describe('an item\'s attainment of its own plan', () => {
  test('is read of the plan\'s item written bare in a parenthesis', () => {
    const text = (r: string) => `Chỉ tiêu tuyển sinh năm 2025 là 1.200 người (cao đẳng 400, trung cấp 800). Kết quả tuyển 1.210 người, chia ra: cao đẳng 372 người (đạt ${r}); trung cấp 838 người.`;
    expect(flagged(text('39,00%'))).toEqual([expect.objectContaining({ kind: 'share', expected: '93,00%' })]);
    expect(flagged(text('93,00%'))).toEqual([]);
  });
});

describe('a fraction whose phrase names a criterion and its term', () => {
  test('keeps its share past the years and the criterion\'s number', () => {
    const text = (r: string) => `Có 41/48 xã đạt tiêu chí số 18.6 về tỷ lệ người dân có sổ sức khỏe điện tử theo Bộ tiêu chí giai đoạn 2021 - 2025, đạt ${r}.`;
    expect(flagged(text('85,41%'))).toEqual([expect.objectContaining({ kind: 'share', verdict: 'rounding', expected: '85,42%' })]);
    expect(claims(text('85,42%'))).toEqual([expect.objectContaining({ kind: 'share', verdict: 'consistent' })]);
  });
});

describe('an average of what a count of events or groups shares out', () => {
  test('is read with the one figure between the count and the average when no total is in its words', () => {
    const text = (a: string) => `Tổ chức 214 buổi tuyên truyền với 9.630 lượt hội viên tham dự, bình quân ${a} người/buổi.`;
    expect(claims(text('45'))).toEqual([expect.objectContaining({ kind: 'ratio', verdict: 'consistent' })]);
    // Found by its place alone, the total holds the average only where a keystroke explains the gap.
    expect(flagged(text('54'))).toEqual([expect.objectContaining({ kind: 'ratio', stated: '54', expected: '45' })]);
    expect(flagged(text('38'))).toEqual([]);
  });

  test('"bình quân mỗi <noun> có N …" is per that noun; "bình quân mỗi năm" is not read', () => {
    const text = (a: string) => `Toàn huyện có 84 tổ tự quản với 1.176 thành viên (trong đó nữ 402 người), bình quân mỗi tổ có ${a} thành viên.`;
    expect(claims(text('14')).filter((c) => c.kind === 'ratio')).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
    expect(flagged(text('16'))).toEqual([expect.objectContaining({ kind: 'ratio', expected: '14' })]);
    expect(claims('Nhiệm kỳ qua kết nạp 1.240 hội viên, bình quân mỗi năm kết nạp 300 hội viên.').filter((c) => c.kind === 'ratio')).toEqual([]);
  });
});

describe('a list whose items each give two counts in the order of a two-count total', () => {
  const text = (n: string) => `Năm 2025 mở 42 lớp, 1.860 học viên. Chia ra: lý luận chính trị 18 lớp, 812 học viên; bồi dưỡng nghiệp vụ 15 lớp, ${n} học viên; cập nhật kiến thức 09 lớp, 420 học viên.`;

  test('adds each column to its own total', () => {
    expect(claims(text('628')).filter((c) => c.kind === 'sum')).toEqual([
      expect.objectContaining({ verdict: 'consistent', stated: '42' }),
      expect.objectContaining({ verdict: 'consistent', stated: '1.860' }),
    ]);
    expect(flagged(text('682'))).toEqual([expect.objectContaining({ kind: 'sum', stated: '1.860', expected: '1.914' })]);
  });

  test('is not read when an item lacks one of the counts', () => {
    const read = claims('Năm 2025 mở 42 lớp, 1.860 học viên. Chia ra: lý luận chính trị 18 lớp, 812 học viên; bồi dưỡng nghiệp vụ 15 lớp; cập nhật kiến thức 09 lớp, 420 học viên.');
    expect(read.filter((c) => c.kind === 'sum' && c.stated === '1.860')).toEqual([]);
    expect(read.filter((c) => c.verdict === 'inconsistent')).toEqual([]);
  });
});

describe('a ratio to the year compared with', () => {
  test('reads the value the parenthesis gives that year with its verb', () => {
    const text = (r: string) => `Năm 2025, cảng đã tiếp nhận 1.286 lượt tàu, bằng ${r} so với năm 2024 (năm 2024 tiếp nhận 1.145 lượt tàu).`;
    expect(flagged(text('112,13%'))).toEqual([expect.objectContaining({ kind: 'ratio', expected: '112,31%' })]);
    expect(claims(text('112,31%'))).toEqual([expect.objectContaining({ kind: 'ratio', verdict: 'consistent' })]);
    // A change in the parenthesis is no value of that year.
    expect(flagged(`Năm 2025, cảng đã tiếp nhận 1.286 lượt tàu, bằng 112,13% so với năm 2024 (năm 2024 tăng 145 lượt tàu).`)).toEqual([]);
  });
});

describe('a rate\'s change against "cùng kỳ (q%)" with its current share in the paragraph before', () => {
  const first = 'Kết quả phân luồng: luồng xanh 41.260 hồ sơ, chiếm 62,40%; luồng vàng 20.118 hồ sơ, chiếm 30,43%; luồng đỏ 4.742 hồ sơ, chiếm 7,17%.';
  test('is read against the one share whose own words hold the rate\'s name', () => {
    expect(claims(first, 'Tỷ lệ hồ sơ luồng xanh tăng 1,85 điểm phần trăm so với cùng kỳ (60,55%).').filter((c) => c.kind === 'points')).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
    expect(flagged(first, 'Tỷ lệ hồ sơ luồng xanh tăng 1,58 điểm phần trăm so với cùng kỳ (60,55%).')).toEqual([expect.objectContaining({ kind: 'points', stated: '1,58%', expected: '1,85%' })]);
  });

  test('is not read where the name fits more than one share', () => {
    expect(claims(first, 'Tỷ lệ hồ sơ theo luồng tăng 1,58 điểm phần trăm so với cùng kỳ (60,55%).').filter((c) => c.kind === 'points')).toEqual([]);
  });
});

describe('a fraction of all of a population', () => {
  test('states its count as "có N" does: another fraction of it must have that whole', () => {
    const text = (w: string) => `Đã phủ kín quy hoạch chung tại 62/62 xã; trong năm rà soát, điều chỉnh quy hoạch tại 17/${w} xã theo tiêu chí mới.`;
    expect(flagged(text('26'))).toEqual([expect.objectContaining({ kind: 'fraction', expected: '62' })]);
    expect(flagged(text('62'))).toEqual([]);
  });
});

describe('a rate named in words and stated again', () => {
  const first = 'Tỷ lệ bao phủ bảo hiểm y tế năm 2025 ước đạt 92,46% dân số.';

  test('is one rate mistyped when two neighbouring digits are swapped', () => {
    expect(flagged(first, 'Kết quả: tỷ lệ bao phủ bảo hiểm y tế toàn huyện đạt 92,64%.')).toEqual([expect.objectContaining({ kind: 'cross', stated: '92,64%', expected: '92,46%' })]);
    expect(claims(first, 'Kết quả: tỷ lệ bao phủ bảo hiểm y tế toàn huyện đạt 92,46%.')).toEqual([expect.objectContaining({ kind: 'cross', verdict: 'consistent' })]);
  });

  test('is two rates when the years differ, the names are not nested, or the values differ otherwise', () => {
    expect(flagged(first, 'Tỷ lệ bao phủ bảo hiểm y tế năm 2024 là 92,64%.')).toEqual([]);
    expect(flagged(first, 'Tỷ lệ bao phủ bảo hiểm xã hội đạt 92,64%.')).toEqual([]);
    expect(flagged(first, 'Kết quả: tỷ lệ bao phủ bảo hiểm y tế toàn huyện đạt 92,56%.')).toEqual([]);
  });
});

// Classes studied on the round's sealed part after its one measurement (each written here with sentences of my own).
describe('after the sealed run: which figure a ratio, a change or a share is of', () => {
  test('a ratio in a clause of its own after ";" compares that clause\'s figure, not the whole of an earlier "trong đó"', () => {
    expect(flagged('Tổ chức 12 lớp cho 960 lượt học viên, trong đó có 300 lượt học viên cấp xã; biên soạn 206 tài liệu, đạt 103% kế hoạch (200 tài liệu).')).toEqual([]);
  });

  test('a ratio after a "gồm" list that has ended is of the list\'s whole', () => {
    const text = (r: string) => `Đoàn đạt 150 huy chương, gồm 40 huy chương vàng, 50 huy chương bạc, 60 huy chương đồng; tăng 30 huy chương so với năm 2024 (120 huy chương), bằng ${r}.`;
    expect(claims(text('125%')).filter((c) => c.kind === 'ratio' || c.kind === 'difference')).toEqual([
      expect.objectContaining({ kind: 'difference', verdict: 'consistent' }),
      expect.objectContaining({ kind: 'ratio', verdict: 'consistent' }),
    ]);
    expect(flagged(text('152%'))).toEqual([expect.objectContaining({ kind: 'ratio', expected: '125%' })]);
  });

  test('a percentage naming its target after it is of the target, not of a value compared with earlier', () => {
    expect(flagged('Kinh phí năm 2025 được bố trí 8.400 triệu đồng, tăng 5% so với năm 2024 (8.000 triệu đồng); đã chi 8.022 triệu đồng, đạt 95,5% dự toán.')).toEqual([]);
  });

  test('a target in the parenthesis of a "trong đó" item is no item', () => {
    expect(flagged('Năm 2025 cử 58 đồng chí đi học, trong đó nữ 17 đồng chí, đạt 96,67% kế hoạch (60).')).toEqual([]);
  });

  test('items whose units split them by kind but fall to one total that names no unit are one list', () => {
    const text = (n: string) => `Kiểm tra tại 42 cơ quan, đơn vị (gồm 18 sở, ban, ngành; 08 huyện, thành phố; ${n} xã, phường, thị trấn).`;
    expect(claims(text('16')).filter((c) => c.kind === 'sum')).toEqual([expect.objectContaining({ verdict: 'consistent', expected: '42' })]);
    expect(flagged(text('17'))).toEqual([expect.objectContaining({ kind: 'sum', expected: '43' })]);
  });

  test('a stock and its flows are read only when every flow is read', () => {
    expect(flagged('Biến động đảng viên: từ 548 đảng viên đầu nhiệm kỳ, kết nạp 96 đảng viên, tiếp nhận 87 đảng viên chuyển đến; giảm 41 đảng viên từ trần, 69 đảng viên chuyển đi; đến 30/6/2025 còn 621 đảng viên.')).toEqual([]);
  });

  test('an average off by a thousand (the total\'s decimal comma for a thousands dot) is no slip', () => {
    expect(flagged('Hỗ trợ học nghề cho 1.126 người với kinh phí 5,632 triệu đồng, bình quân 5,0 triệu đồng/người.')).toEqual([]);
  });

  test('a rate\'s change is not read of its target in a parenthesis, nor of another grade\'s share', () => {
    expect(flagged('Tỷ lệ người dân tham gia bảo hiểm y tế đạt 94,6% (chỉ tiêu 92%), tăng 6,3 điểm phần trăm so với đầu nhiệm kỳ (88,3%).')).toEqual([]);
    expect(flagged('Kết quả xếp loại năm 2025: vững mạnh 71 chi hội (77,17%), khá 17 chi hội (18,47%); tỷ lệ chi hội vững mạnh tăng 3,82 điểm phần trăm so với đầu nhiệm kỳ (73,35%).')).toEqual([]);
  });

  test('a share naming a whole or a period its base is not written as is left undecided', () => {
    expect(flagged('Năm 2025 chi đầu tư phát triển 3.902,41 tỷ đồng; số tiền từ chối thanh toán 14,82 tỷ đồng, chiếm 0,12% tổng chi.')).toEqual([]);
    expect(flagged('Giai đoạn 2016 - 2020 được khen thưởng 716 trường hợp; riêng năm 2024 là 186 trường hợp, bằng 22,91% của cả giai đoạn 2021 - 2025.')).toEqual([]);
    // Named as its base is, the share is judged.
    expect(flagged('Giai đoạn 2021 - 2025 được khen thưởng 716 trường hợp; riêng năm 2024 là 186 trường hợp, bằng 22,91% của cả giai đoạn 2021 - 2025.')).toEqual([expect.objectContaining({ kind: 'share', expected: '25,98%' })]);
  });
});

describe('a fraction whose share fits the count of its noun the sentence states before it', () => {
  test('has that count for its whole: the written whole is the slip, the share is judged on the count', () => {
    const read = claims('Trong năm đã khởi công 52 công trình, hoàn thành 47/25 công trình, đạt 90,38%.'.replace('47/25', '47/54'));
    expect(read.filter((c) => c.verdict === 'inconsistent')).toEqual([expect.objectContaining({ kind: 'fraction', expected: '52' })]);
    expect(read.filter((c) => c.kind === 'share')).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
  });

  test('not for a whole of one digit, a keystroke from any other', () => {
    expect(flagged('Xảy ra 03 vụ trọng án, đã điều tra làm rõ 03/04 vụ, đạt 100%.').filter((c) => c.kind === 'fraction')).toEqual([]);
  });
});
