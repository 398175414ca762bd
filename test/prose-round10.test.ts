// Readings of the tenth round (issue 11), each a class of sentence with its forms written here, not taken from an
// evaluation draft.
import { Paragraph, scanParagraphs } from '../src/core';
import { tokenize } from '../src/core/prose/tokens';

const body = (...texts: string[]): Paragraph[] => texts.map((text, i) => ({ location: 'body', paragraph: i + 1, text }));
const claims = (...texts: string[]) => scanParagraphs(body(...texts)).claims;
const flagged = (...texts: string[]) => claims(...texts).filter((c) => c.verdict === 'inconsistent' || c.verdict === 'rounding');

describe('a long figure restated with two digits swapped', () => {
  const repeats = (...texts: string[]) => flagged(...texts).filter((c) => c.kind === 'cross');
  const first = 'Năm 2025, toàn huyện có 2.536 hộ tham gia mô hình trồng rau an toàn, tăng 214 hộ so với năm 2024.';

  test('is one quantity mistyped when one phrase names it in the other\'s words, even where only one names its year', () => {
    expect(repeats(first, 'Kết quả nổi bật: 2.563 hộ tham gia mô hình trồng rau an toàn được cấp chứng nhận.')).toEqual([expect.objectContaining({ stated: '2.563', expected: '2.536' })]);
    // With no unit of the reports' own, the noun right after the figure says what is counted.
    const cars = 'Trong năm đăng ký mới 4.175 xe máy cày các loại.';
    expect(repeats(cars, 'Riêng số 4.157 xe máy cày đăng ký mới phần lớn là loại nhỏ.')).toEqual([expect.objectContaining({ stated: '4.157' })]);
  });

  test('is two quantities when the phrases name different things, the figures are short, or the moments differ', () => {
    // Neither phrase's words all stand in the other's.
    expect(repeats(first, 'Có 2.563 hộ được vay vốn ưu đãi để chăn nuôi bò.')).toEqual([]);
    // Three digits: a swap by chance is too common to call.
    expect(repeats('Năm 2025, toàn huyện có 536 hộ tham gia mô hình trồng rau an toàn.', 'Kết quả nổi bật: 563 hộ tham gia mô hình trồng rau an toàn.')).toEqual([]);
    // Said of the day of writing.
    expect(repeats(first, 'Hiện nay có 2.563 hộ tham gia mô hình trồng rau an toàn.')).toEqual([]);
    // Dated by its own parenthesis.
    expect(repeats(first, 'Có 2.563 hộ tham gia mô hình trồng rau an toàn (số liệu thống kê đến ngày 30/9/2025).')).toEqual([]);
    // Two years named.
    expect(repeats(first, 'Năm 2024 có 2.563 hộ tham gia mô hình trồng rau an toàn.')).toEqual([]);
  });
});

describe('a change and the value it is compared with', () => {
  test('the parenthesis after "so với năm Y" may name its year again ("(năm 2023: 11 …)")', () => {
    const text = (d: string) => `Số đề tài phải gia hạn là 17 đề tài, giảm ${d} đề tài so với năm 2023 (năm 2023: 21 đề tài).`;
    expect(flagged(text('03'))).toEqual([expect.objectContaining({ kind: 'difference', stated: '3', expected: '4' })]);
    expect(claims(text('04'))).toEqual([expect.objectContaining({ kind: 'difference', verdict: 'consistent' })]);
  });

  test('a subject changing "so với cùng kỳ (N)" is the value written under its name earlier in the paragraph', () => {
    const text = (sign: string) =>
      `Thu từ các nguồn 905,4 triệu đồng, gồm: thu phí 512,7 triệu đồng; tiền thanh lý tài sản 392,7 triệu đồng. Riêng tiền thanh lý tài sản ${sign} 41,5 triệu đồng so với cùng kỳ (351,2 triệu đồng).`;
    // 392,7 − 351,2 = 41,5: an increase written as a decrease.
    expect(flagged(text('giảm'))).toEqual([expect.objectContaining({ kind: 'difference', stated: '41,5' })]);
    expect(flagged(text('tăng'))).toEqual([]);
    expect(claims(text('tăng')).filter((c) => c.kind === 'difference')).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
  });
});

describe('a total split by year', () => {
  test('the total\'s noun may join nouns by commas ("tổ chức, cá nhân") before the years\' parenthesis', () => {
    const text = (total: string) => `Giai đoạn 2021 - 2024, đã hỗ trợ ${total} tổ chức, cá nhân đăng ký nhãn hiệu (năm 2021: 22; năm 2022: 27; năm 2023: 35; năm 2024: 40).`;
    expect(flagged(text('128'))).toEqual([expect.objectContaining({ kind: 'sum', stated: '128', expected: '124' })]);
    expect(flagged(text('124'))).toEqual([]);
    // A comparison between the total and the parenthesis makes the years another figure's.
    expect(claims('Giai đoạn 2021 - 2024, đã hỗ trợ 128 tổ chức, tăng mạnh so với giai đoạn trước (năm 2019: 22; năm 2020: 27).').filter((c) => c.kind === 'sum')).toEqual([]);
  });
});

describe('numbers that name', () => {
  test('a criterion\'s number names it ("tiêu chí số 17.1"); a count after "04 tiêu chí" still counts', () => {
    const kinds = (text: string) => tokenize(text).map((t) => `${t.text}:${t.kind}`);
    expect(kinds('Có 58/64 xã đạt tiêu chí số 17.1 về nước sạch, tiêu chí 3 về thủy lợi.')).toEqual(['58/64:fraction', '17.1:other', '3:other']);
    expect(kinds('Số hộ đạt 04 tiêu chí 598 hộ.')).toEqual(['04:count', '598:count']);
    // The share after the criterion is the fraction's.
    expect(flagged('Có 58/64 xã đạt tiêu chí số 3 về thủy lợi, đạt 90,62%.')).toEqual([expect.objectContaining({ kind: 'share', verdict: 'rounding', expected: '90,63%' })]);
  });
});

describe('the whole of a "; trong đó" list', () => {
  test('is the figure of the clause before the semicolon, past a parenthesis holding a larger figure with a thousands dot', () => {
    const text = (second: string) =>
      `Đến 31/12/2024, toàn xã có 4.630 người cao tuổi, chiếm 15,42% dân số (dân số toàn xã 30.026 người); trong đó người cao tuổi nữ 2.617 người, chiếm 56,52%; người từ 80 tuổi trở lên 912 người, chiếm ${second}.`;
    // 2.617/4.630 = 56,52 %; 912/4.630 = 19,6976 % → 19,70 %.
    expect(flagged(text('19,70%'))).toEqual([]);
    expect(claims(text('19,70%')).filter((c) => c.kind === 'share' && c.verdict === 'consistent').map((c) => c.stated)).toEqual(['15,42%', '56,52%', '19,70%']);
    expect(flagged(text('19,69%'))).toEqual([expect.objectContaining({ kind: 'share', verdict: 'rounding', stated: '19,69%', expected: '19,70%' })]);
  });
});

describe('a value against its target', () => {
  test('the target may be named again in the parenthesis before its value ("dự toán (dự toán giao N)")', () => {
    const text = (rate: string) => `Chi sự nghiệp môi trường thực hiện 612 triệu đồng, đạt ${rate} dự toán (dự toán giao 720 triệu đồng).`;
    // 612/720 = 85 %.
    expect(flagged(text('117,65%'))).toEqual([expect.objectContaining({ kind: 'ratio', stated: '117,65%', expected: '85,00%' })]);
    expect(flagged(text('85,00%'))).toEqual([]);
    expect(claims(text('85,00%'))).toEqual([expect.objectContaining({ kind: 'ratio', verdict: 'consistent' })]);
  });
});

describe('words that hold a comparison word', () => {
  test('"văn bằng" and "tăng cường" compare nothing: the figure after them is the claim\'s own', () => {
    const first = 'Lũy kế đến 30/11/2025, toàn tỉnh có 2.365 văn bằng bảo hộ quyền sở hữu công nghiệp còn hiệu lực.';
    // The restatement's own figure, after "văn bằng", with a noun phrase longer than fifty characters in the first.
    expect(flagged(first, 'Số văn bằng bảo hộ còn hiệu lực đến 30/11/2025 là 2.356 văn bằng.')).toEqual([expect.objectContaining({ kind: 'cross', stated: '2.356', expected: '2.365' })]);
    expect(flagged(first, 'Số văn bằng bảo hộ còn hiệu lực đến 30/11/2025 là 2.365 văn bằng.')).toEqual([]);
    expect(flagged('Năm 2025 tăng cường kiểm tra 1.426 cơ sở kinh doanh.', 'Kết quả: đã kiểm tra 1.462 cơ sở kinh doanh.')).toEqual([expect.objectContaining({ kind: 'cross', stated: '1.462' })]);
  });
});

describe('the whole a fraction is of', () => {
  test('a population stated with its parts split by ";" in a parenthesis, and an average of it, still stand', () => {
    const stated = 'Huyện có 23 xã, thị trấn (khu vực phía bắc 14 xã, thị trấn; khu vực phía nam 09 xã, thị trấn).';
    const average = 'Mỗi cán bộ phụ trách bình quân 4,6 xã, thị trấn.';
    expect(flagged(stated, average, 'Đã tuyên truyền tại 21/25 xã, thị trấn.')).toEqual([expect.objectContaining({ kind: 'fraction', expected: '23' })]);
    expect(flagged(stated, average, 'Đã tuyên truyền tại 21/23 xã, thị trấn.')).toEqual([]);
  });
});

describe('a year compared with that is not the year before', () => {
  const title = ['BÁO CÁO', 'Kết quả công tác kiểm sát năm 2025'];
  const before = 'Năm 2024, đơn vị thụ lý 264 tin báo, tỷ lệ giải quyết đạt 88,64%; thụ lý 131 vụ án.';
  test('is wrong when the change written fits exactly a value the document states as the year before\'s', () => {
    // 91,37 − 88,64 = 2,73 points: the change is from 2024, not from 2023.
    const now = (year: string) => `Năm 2025, đã giải quyết 275 tin, đạt 91,37%. Tỷ lệ giải quyết tăng 2,73% so với năm ${year}.`;
    expect(flagged(...title, before, now('2023'))).toEqual([expect.objectContaining({ kind: 'term-label' })]);
    expect(flagged(...title, before, now('2024'))).toEqual([]);
    // A change that fits no value stated as the year before's leaves the doubt a doubt.
    expect(flagged(...title, before, 'Năm 2025, đã giải quyết 275 tin, đạt 91,37%. Tỷ lệ giải quyết tăng 1,05% so với năm 2023.')).toEqual([]);
  });
});

describe('a rate\'s change after a comparison opening its clause', () => {
  test('"…; so với năm Y (N người, tỷ lệ p%), tăng D người, tỷ lệ X tăng q%" is between the clause\'s rate and the year\'s', () => {
    const text = (q: string) =>
      `Đến 31/12/2025, toàn huyện có 84.120 người tham gia bảo hiểm y tế, đạt tỷ lệ bao phủ 92,47% dân số, vượt 0,47% so với chỉ tiêu giao (92%); so với năm 2024 (82.356 người, tỷ lệ 90,85%), tăng 1.764 người, tỷ lệ bao phủ tăng ${q}.`;
    // 92,47 − 90,85 = 1,62 points; neither the target (92 %) nor the excess (0,47 %) is the rate's value.
    expect(flagged(text('1,62%'))).toEqual([]);
    expect(claims(text('1,62%')).filter((c) => c.kind === 'points' && c.stated === '1,62%')).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
    expect(flagged(text('1,26%'))).toEqual([expect.objectContaining({ kind: 'points', stated: '1,26%', expected: '1,62%' })]);
  });
});

describe('a rate named with a list of nouns', () => {
  test('"tỷ lệ … cao đẳng, đại học tăng p% (năm trước q%)" is the rate the paragraph gives under those words', () => {
    const text = (p: string) =>
      `Năm 2025 giao đủ 240/240 công dân nhập ngũ; về trình độ: cao đẳng, đại học 36 đồng chí (15,00%), trung cấp 22 đồng chí. So với năm 2024 (giao 232 công dân), tỷ lệ công dân có trình độ cao đẳng, đại học tăng ${p} (năm trước 11,64%).`;
    // 15,00 − 11,64 = 3,36 points.
    expect(flagged(text('3,36%'))).toEqual([]);
    expect(flagged(text('3,63%'))).toEqual([expect.objectContaining({ kind: 'points', stated: '3,63%', expected: '3,36%' })]);
  });
});

describe('a subject\'s change named by the narrower words of a list item', () => {
  test('"Riêng tai nạn đường sắt tăng D vụ so với năm Y (N vụ)" is of "(đường bộ …, đường sắt M vụ)" before it', () => {
    const text = (sign: string) =>
      `Năm 2025 xảy ra 96 vụ tai nạn giao thông (đường bộ 91 vụ, đường sắt 05 vụ), làm chết 41 người. Riêng tai nạn đường sắt ${sign} 03 vụ so với năm 2024 (08 vụ).`;
    // 08 → 05 is a fall of 03.
    expect(flagged(text('tăng'))).toEqual([expect.objectContaining({ kind: 'difference', stated: '3' })]);
    expect(flagged(text('giảm'))).toEqual([]);
    // One word in common ("vụ") names nothing.
    expect(claims('Năm 2025 xảy ra 96 vụ (trên bộ 91 vụ, khác 05 vụ). Riêng tai nạn khác tăng 03 vụ so với năm 2024 (08 vụ).').filter((c) => c.kind === 'difference')).toEqual([]);
  });
});

describe('a budget\'s estimate written as what was allocated', () => {
  test('"Kinh phí bố trí … là N, đã thực hiện M, đạt p% dự toán" is M of N', () => {
    const text = (p: string) => `Kinh phí bố trí cho công tác chuyển đổi số năm 2025 là 2.400 triệu đồng, đã thực hiện 2.150 triệu đồng, đạt ${p} dự toán.`;
    // 2.150/2.400 = 89,583 % → 89,58 %.
    expect(flagged(text('89,58%'))).toEqual([]);
    expect(flagged(text('89,57%'))).toEqual([expect.objectContaining({ kind: 'ratio', verdict: 'rounding', expected: '89,58%' })]);
  });
});

describe('the whole a share in a list is of', () => {
  test('past an average and a comparison, the "; trong đó" list is of the total before them', () => {
    const text = (p: string) =>
      `Cả nhiệm kỳ thi hành kỷ luật 146 đảng viên (năm 2021: 31; năm 2022: 27; năm 2023: 30; năm 2024: 29; năm 2025: 29), bình quân mỗi năm 29,2 đảng viên, giảm 22 đảng viên so với nhiệm kỳ trước (168 đảng viên); trong đó khai trừ 13 đảng viên, chiếm ${p}.`;
    // 13/146 = 8,904 % → 8,90 %.
    expect(flagged(text('8,90%'))).toEqual([]);
    expect(flagged(text('8,09%'))).toEqual([expect.objectContaining({ kind: 'share', stated: '8,09%', expected: '8,90%' })]);
  });

  test('a share inside a parenthesis that adds up to the figure before it is of that figure', () => {
    const text = (total: string, p: string) =>
      `Tổng kinh phí 2.310,5 tỷ đồng, gồm bồi thường 1.960,2 tỷ đồng, hỗ trợ ${total} tỷ đồng (hỗ trợ đời sống 120,4 tỷ đồng; hỗ trợ chuyển đổi nghề 201,5 tỷ đồng, chiếm ${p} tổng kinh phí hỗ trợ; hỗ trợ khác 28,4 tỷ đồng).`;
    // 201,5/350,3 = 57,522 % → 57,52 %.
    expect(flagged(text('350,3', '57,52%'))).toEqual([]);
    expect(flagged(text('350,3', '57,51%'))).toEqual([expect.objectContaining({ kind: 'share', verdict: 'rounding', expected: '57,52%' })]);
    // A parenthesis that does not add up to its figure leaves the share's whole in doubt: only the sums are reported.
    expect(flagged(text('305,3', '57,52%')).filter((c) => c.kind === 'share')).toEqual([]);
  });
});

describe('a category\'s share apart from its count', () => {
  test('"phần X chiếm p% tổng kinh phí" is the share of the count named X, "phần" naming nothing', () => {
    const text = (p: string) =>
      `Trong năm làm mới 4,2 km đường, tổng kinh phí 9,350 tỷ đồng (ngân sách tỉnh 5,2 tỷ đồng, ngân sách xã 2,4 tỷ đồng, nhân dân đóng góp 1,750 tỷ đồng); phần nhân dân đóng góp chiếm ${p} tổng kinh phí.`;
    // 1,750/9,350 = 18,716 % → 18,72 %.
    expect(flagged(text('18,72%'))).toEqual([]);
    expect(flagged(text('18,71%'))).toEqual([expect.objectContaining({ kind: 'share', verdict: 'rounding', expected: '18,72%' })]);
  });
});

describe('false alarms the tenth sealed part showed (each a class)', () => {
  test('a multiple ("gấp 2,5 lần") is no value a later ratio compares', () => {
    const text = 'Năm 2025 đón 3.512.000 lượt khách. So với năm 2022 (1.380.000 lượt), lượt khách năm 2025 gấp 2,5 lần; so với chỉ tiêu đến năm 2026 là 3.600.000 lượt, năm 2025 đã đạt 97,56% chỉ tiêu.';
    expect(flagged(text)).toEqual([]);
  });

  test('a "; trong đó" after items set off by semicolons is no further item', () => {
    const text = (total: string) => `Tổng kinh phí năm 2025 là ${total} triệu đồng, gồm: ngân sách tỉnh 540,0 triệu đồng; ngân sách huyện 880,0 triệu đồng; xã hội hóa 180,0 triệu đồng; trong đó chi hỗ trợ cai nghiện 610,5 triệu đồng.`;
    expect(flagged(text('1.600,0'))).toEqual([]);
    expect(flagged(text('1.660,0'))).toEqual([expect.objectContaining({ kind: 'sum', stated: '1.660,0', expected: '1.600,0' })]);
  });

  test('what a fraction leaves is not judged on a fraction its own share finds wrong', () => {
    const text = 'Kỳ thi tuyển có 152 chỉ tiêu; kết quả tuyển được 146/162 chỉ tiêu, đạt 96,05%. Còn 06 chỉ tiêu chưa tuyển đủ.';
    // 146/152 = 96,05 %: the fraction's whole is the slip (162 for 152); the six left are right of 152. Since round
    // eleven the fraction itself is reported (its share fits 152), not the share.
    expect(flagged(text).map((c) => c.kind)).toEqual(['fraction']);
  });

  test('a clause naming its subject multiplies the value written under that name', () => {
    const text = (times: string) => `Xuất khẩu nông sản 1.120,50 triệu USD, trong đó cà phê 540,20 triệu USD, hồ tiêu 210,30 triệu USD; riêng cà phê tăng gấp ${times} lần so với cùng kỳ (225,10 triệu USD).`;
    // 540,20/225,10 = 2,40.
    expect(flagged(text('2,4'))).toEqual([]);
    expect(flagged(text('4,2'))).toEqual([expect.objectContaining({ kind: 'ratio', stated: '4,2', expected: '2,4' })]);
  });
});

describe('a rate compared by "cao hơn" / "thấp hơn"', () => {
  test('"chiếm p%, cao hơn d điểm phần trăm so với nhiệm kỳ trước (q%)" is a change in points', () => {
    const text = (d: string, word = 'cao hơn') => `Đại hội bầu 1.840 ủy viên, trong đó nữ 441 đồng chí, chiếm 23,97%, ${word} ${d} điểm phần trăm so với nhiệm kỳ trước (21,64%).`;
    // 23,97 − 21,64 = 2,33 points.
    expect(flagged(text('2,33'))).toEqual([]);
    expect(flagged(text('3,23'))).toEqual([expect.objectContaining({ kind: 'points', expected: '2,33%' })]);
    // "thấp hơn" says a fall: a rise written as one is wrong.
    expect(flagged(text('2,33', 'thấp hơn'))).toEqual([expect.objectContaining({ kind: 'points' })]);
  });
});

describe('a rate\'s change with its year\'s value in the parenthesis', () => {
  test('"đạt p%, giảm d điểm phần trăm (năm Y là q%)" needs no "so với"', () => {
    const text = (word: string) => `Riêng các cơ sở từ 3 sao trở lên đạt 71,4%, ${word} 2,3 điểm phần trăm (năm 2024 là 69,1%).`;
    // 71,4 − 69,1 = +2,3: a rise.
    expect(flagged(text('tăng'))).toEqual([]);
    expect(flagged(text('giảm'))).toEqual([expect.objectContaining({ kind: 'points', stated: '2,3%' })]);
  });
});
