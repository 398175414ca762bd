// Readings of the fifteenth round (issue 11), each a class of sentence with its forms written here, not taken from an
// evaluation draft.
import { Paragraph, scanParagraphs } from '../src/core';

const body = (...texts: string[]): Paragraph[] => texts.map((text, i) => ({ location: 'body', paragraph: i + 1, text }));
const claims = (...texts: string[]) => scanParagraphs(body(...texts)).claims;
const differences = (...texts: string[]) => claims(...texts).filter((c) => c.kind === 'difference');

describe('a change whose comparison stands apart from it', () => {
  test('after a multiple naming the period and its value, the change is against that value', () => {
    const wrong = differences('Số thu phí bảo trì đường bộ đạt 52,8 tỷ đồng, gấp 1,60 lần năm 2019 (33,0 tỷ đồng), tăng 18,9 tỷ đồng.');
    expect(wrong).toEqual([expect.objectContaining({ verdict: 'inconsistent', stated: '18,9', expected: '19,8' })]);
    expect(differences('Số thu phí bảo trì đường bộ đạt 52,8 tỷ đồng, gấp 1,60 lần so với năm 2019 (33,0 tỷ đồng), tăng 19,8 tỷ đồng.')).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
  });

  test('the rate of the change in its parenthesis, or a multiple, may stand between the change and the period', () => {
    expect(differences('Số người đăng ký mới 1.284 người, tăng 146 người (12,8%) so với năm 2023 (1.138 người).')).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
    expect(differences('Sản lượng đạt 6.420 tấn, tăng 2.310 tấn (gấp 1,56 lần) so với năm 2020 (4.110 tấn).')).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
    expect(differences('Sản lượng đạt 6.420 tấn, tăng 2.130 tấn, gấp 1,56 lần năm 2020 (4.110 tấn).')).toEqual([expect.objectContaining({ verdict: 'inconsistent', stated: '2.130', expected: '2.310' })]);
  });
});

describe('a base named by an act done, due or pending', () => {
  const shares = (...texts: string[]) => claims(...texts).filter((c) => c.kind === 'share' && c.stated === '3,84%');
  test('"số đơn đã xử lý" is not the figure of the letters that must be handled', () => {
    const due = 'Tổng số đơn phải xử lý trong năm là 1.250 đơn, gồm 86 đơn kỳ trước chuyển sang và 1.164 đơn tiếp nhận mới.';
    // 48 / 1.250 = 3,84 %; of the 1.180 handled it is 4,07 %.
    const done = 'Đã xử lý 1.180 đơn, trong đó đúng hạn 1.132 đơn, quá hạn 48 đơn (chiếm 3,84% số đơn đã xử lý).';
    expect(shares(due, done)).toEqual([expect.objectContaining({ verdict: 'inconsistent', expected: '4,07%' })]);
    // Named as the letters due, the same share is right.
    expect(shares(due, done.replace('số đơn đã xử lý', 'số đơn phải xử lý'))).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
  });
});

describe('a total its own breakdown shows mistyped', () => {
  const sums = (...texts: string[]) => claims(...texts).filter((c) => c.kind === 'sum');
  const shares = (...texts: string[]) => claims(...texts).filter((c) => c.kind === 'share');
  test('a share fitting the sum of the parts was taken of the true whole, and is right', () => {
    // 1.209 + 2.415 = 3.624, written 3.642; 906/3.624 = 25,00 %, 906/3.642 = 24,88 %.
    const text = 'Trung tâm đã cấp 3.642 giấy chứng nhận (cấp lần đầu 1.209, cấp đổi 2.415); trong đó cho hộ nghèo 906 giấy chứng nhận (25,00%).';
    expect(sums(text)).toEqual([expect.objectContaining({ verdict: 'inconsistent', stated: '3.642', expected: '3.624' })]);
    const [share] = shares(text);
    expect(share).toEqual(expect.objectContaining({ verdict: 'consistent' }));
    expect(share.message).toContain('tổng ghi 3.642 không khớp');
    // Of the written total it would be 24,88 %: that share is no sign of the breakdown, and is judged of the total.
    expect(shares(text.replace('(25,00%)', '(24,88%)'))).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
  });

  test('"cộng" after a list set off by semicolons, items after the first without their unit, closes the list', () => {
    const text = 'Số lượt khách qua các năm: năm 2021 là 41.250 lượt khách; năm 2022 là 52.804; năm 2023 là 60.117 và năm 2024 là 66.935 lượt khách; cộng 04 năm 221.160 lượt khách, bình quân 55.290 lượt khách/năm.';
    // 41.250 + 52.804 + 60.117 + 66.935 = 221.106.
    expect(sums(text)).toEqual([expect.objectContaining({ verdict: 'inconsistent', expected: '221.106' })]);
    expect(sums(text.replace('221.160', '221.106'))).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
  });

  test('a "cộng" leaves out the figures of a parenthesis that details an earlier figure', () => {
    const text = 'Ban có 14 người, gồm 04 người của Văn phòng (01 Trưởng ban, 01 Phó Trưởng ban, 02 chuyên viên) và 10 người của 07 sở và 02 huyện (cộng 09 đơn vị).';
    const closing = sums(text).filter((c) => c.stated === '9');
    expect(closing).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
  });

  test('a rate of change with the value it compares with is no item of a list', () => {
    const text = 'Tổng doanh thu đạt 8,42 tỷ đồng, gồm: bán vé 5,10 tỷ đồng, cho thuê mặt bằng 2,64 tỷ đồng, dịch vụ khác 0,68 tỷ đồng, giảm 6,8% so với cùng kỳ (0,73 tỷ đồng).';
    expect(sums(text)).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
  });

  test('a share of a count of another noun takes no base from the paragraph\'s earlier list', () => {
    const text = 'Kết quả xếp loại năm 2024: trong 318 chi hội có 201 chi hội vững mạnh, chiếm 63,21%; 97 chi hội khá (30,50%); 20 chi hội trung bình (6,29%). Ở cấp cơ sở, có 64 hội được đánh giá vững mạnh, đạt tỷ lệ 80,0%.';
    expect(shares(text).find((c) => c.stated === '80,0%')).toEqual(expect.objectContaining({ verdict: 'ambiguous' }));
  });
});

describe('the period a comparison names, against the values a note gives for a period', () => {
  const terms = (...texts: string[]) => claims(...texts).filter((c) => c.kind === 'term-label' && c.verdict === 'inconsistent');
  const note = (text: string): Paragraph => ({ location: 'footnote 1', paragraph: 1, text });
  const title: Paragraph[] = body('BÁO CÁO', 'Kết quả hoạt động năm 2024 của Hội Làm vườn');
  const scan = (body1: string, note1: string) => scanParagraphs([...title, { location: 'body', paragraph: 3, text: body1 }, note(note1)]).claims.filter((c) => c.kind === 'term-label' && c.verdict === 'inconsistent');
  test('a value listed after a heading naming a year is that year\'s', () => {
    const heading = 'Số liệu năm 2023 (Báo cáo số 12/BC-CLB ngày 20/12/2023): 1.204 hội viên; 58.316 lượt tư vấn; 96,4 ha vườn mẫu.';
    expect(scan('Năm 2024, các câu lạc bộ đã tư vấn cho 61.870 lượt người, tăng 6,0% so với năm 2022 (58.316 lượt).', heading)).toEqual([expect.objectContaining({ stated: 'năm 2022', expected: 'năm 2023' })]);
    // The value of another unit is no evidence ("58.316 đồng" is not 58.316 lượt).
    expect(scan('Năm 2024, các câu lạc bộ đã tư vấn cho 61.870 lượt người, tăng 6,0% so với năm 2022 (58.316 lượt).', heading.replace('58.316 lượt tư vấn', '58.316 đồng tiền phí'))).toEqual([]);
  });

  test('"cùng kỳ năm" names the year whose value the note gives, even where the claim\'s own year is not said', () => {
    const heading = 'Số liệu 6 tháng năm 2023 (Báo cáo số 30-BC/TS ngày 04/7/2023): 12,8 triệu lượt truy cập; 2.146 tin, bài.';
    const untitled = scanParagraphs([...body('Trang tin điện tử có 14,2 triệu lượt truy cập, tăng 10,8% so với cùng kỳ năm 2022 (12,8 triệu lượt).'), note(heading)]).claims;
    expect(untitled.filter((c) => c.kind === 'term-label' && c.verdict === 'inconsistent')).toEqual([expect.objectContaining({ stated: 'cùng kỳ năm 2022', expected: 'cùng kỳ năm 2023' })]);
    expect(terms('Trang tin điện tử có 14,2 triệu lượt truy cập, tăng 10,8% so với cùng kỳ năm 2022 (12,8 triệu lượt).')).toEqual([]);
  });
});

describe('a share after a fraction of posts filled', () => {
  test('is of those in post when it fits them exactly, whatever separates it from the fraction', () => {
    const [share] = claims('Phòng hiện có 17/20 biên chế được giao; trình độ đại học 15 người, chiếm 88,24%.').filter((c) => c.kind === 'share');
    expect(share).toEqual(expect.objectContaining({ verdict: 'consistent' }));
    expect(share.message).toContain('15/17');
    // Fitting neither the posts filled (17) nor those allotted (20), it is judged of the fraction as before.
    expect(claims('Phòng hiện có 17/20 biên chế được giao; trình độ đại học 15 người, chiếm 83,24%.').filter((c) => c.kind === 'share')).toEqual([expect.objectContaining({ verdict: 'inconsistent' })]);
  });
});

describe('a share naming "tổng số" inside a list of shares', () => {
  test('is of the whole, not of an item of its own list, and so are the shares after it', () => {
    const text = 'Toàn tỉnh có 86.420 tín đồ, trong đó Phật giáo 52.310 tín đồ (60,53%), Công giáo 21.480 (24,86%), Tin lành 9.120 tín đồ, bằng 10,55% tổng số tín đồ, Cao Đài 3.510 (4,06%).';
    const shares = claims(text).filter((c) => c.kind === 'share');
    expect(shares.map((c) => c.verdict)).toEqual(['consistent', 'consistent', 'consistent', 'consistent']);
    expect(claims(text.replace('10,55%', '17,43%')).filter((c) => c.kind === 'share' && c.verdict === 'inconsistent')).toEqual([expect.objectContaining({ stated: '17,43%', expected: '10,55%' })]);
  });
});

describe('the year a comparison names, against a value the sentence labels with its year', () => {
  const wrongTerms = (...texts: string[]) => claims(...texts).filter((c) => c.kind === 'term-label' && c.verdict === 'inconsistent');
  const report = ['UBND HUYỆN TÂN AN', 'BÁO CÁO Kết quả công tác quản lý chợ năm 2024 và phương hướng năm 2025'];
  test('"(năm 2023: V)" is the value compared with, not the claim\'s own year, in a report titled on one line', () => {
    const text = 'Cấp mới 684 giấy phép kinh doanh (năm 2023: 612 giấy phép), tăng 11,8% so với năm 2022.';
    expect(wrongTerms(...report, text)).toEqual([expect.objectContaining({ stated: 'năm 2022', expected: 'năm 2023' })]);
    expect(wrongTerms(...report, text.replace('so với năm 2022', 'so với năm 2023'))).toEqual([]);
  });
});

describe('"nâng tổng số … lên": a stock raised by what was added', () => {
  const flowSums = (...texts: string[]) => claims(...texts).filter((c) => c.kind === 'sum' && c.message.includes('đầu kỳ'));
  test('the stock before, written after the total, plus what was added, less what was removed, is the total', () => {
    expect(flowSums('Năm 2024 công nhận mới 26 tổ hợp tác, giải thể 04 tổ hợp tác, nâng tổng số tổ hợp tác lên 158 tổ hợp tác (thời điểm 31/12/2023 là 163 tổ hợp tác).')).toEqual([expect.objectContaining({ verdict: 'inconsistent', expected: '185' })]);
    expect(flowSums('Năm 2024 công nhận mới 26 tổ hợp tác, giải thể 04 tổ hợp tác, nâng tổng số tổ hợp tác lên 185 tổ hợp tác (thời điểm 31/12/2023 là 163 tổ hợp tác).')).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
    expect(flowSums('Lắp đặt thêm 42 camera, nâng tổng số từ 318 camera đầu năm lên 360 camera.')).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
  });

  test('without the stock before in its sentence, or with a count it cannot place, nothing is read', () => {
    expect(flowSums('Lắp đặt thêm 42 camera, nâng tổng số camera lên 360 camera.')).toEqual([]);
    expect(flowSums('Lắp đặt thêm 42 camera, sửa chữa 18 camera, nâng tổng số từ 318 camera lên 360 camera.')).toEqual([]);
  });
});

describe('a comparison opening its sentence and naming what changed', () => {
  test('speaks of the first figure of the paragraph written with that name', () => {
    const text = 'Năm 2024, Trung tâm tổ chức 3.412 lượt kiểm tra an toàn (định kỳ 2.860 lượt, đột xuất 552 lượt), bình quân 9,3 lượt kiểm tra/ngày. So với năm 2023 (3.148 lượt), số lượt kiểm tra an toàn tăng 246 lượt.';
    // 3.412 − 3.148 = 264.
    expect(claims(text).filter((c) => c.kind === 'difference')).toEqual([expect.objectContaining({ verdict: 'inconsistent', stated: '246', expected: '264' })]);
    expect(claims(text.replace('tăng 246', 'tăng 264')).filter((c) => c.kind === 'difference')).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
  });
});

describe('shares and rates written in shorter forms', () => {
  test('"so với cùng thời điểm năm" compares a rate in points as "cùng kỳ" does', () => {
    const [points] = claims('Có 1.205 trường học đạt chuẩn an toàn, đạt tỷ lệ 84,62%, tăng 3,17 điểm phần trăm so với cùng thời điểm năm 2023 (81,54%).').filter((c) => c.kind === 'points');
    // 84,62 − 81,54 = 3,08.
    expect(points).toEqual(expect.objectContaining({ verdict: 'inconsistent', expected: '3,08%' }));
  });

  test('in a parenthesis of items, "41 đại lý, 70,69%" is the item\'s share, whatever its noun', () => {
    const shares = claims('Công ty có 58 đại lý (trong tỉnh 41 đại lý, 70,69%; ngoài tỉnh 17 đại lý, 29,13%).').filter((c) => c.kind === 'share');
    expect(shares.map((c) => [c.stated, c.verdict])).toEqual([['70,69%', 'consistent'], ['29,13%', 'inconsistent']]);
    // Outside a parenthesis, a bare percentage after a comma may be anything.
    expect(claims('Công ty có 58 đại lý, trong tỉnh 41 đại lý, 70,69% doanh thu.').filter((c) => c.kind === 'share')).toEqual([]);
  });

  test('money named with no word of the paragraph\'s earlier whole takes no base from it', () => {
    const text = 'Tổng doanh thu 6 tháng 120,50 tỷ đồng (dịch vụ công ích 96,40 tỷ đồng, 80,00%; dịch vụ khác 24,10 tỷ đồng, 20,00%). Lợi nhuận trước thuế 5,20 tỷ đồng; chi phí nhiên liệu 10,60 tỷ đồng, chiếm 11,25%.';
    expect(claims(text).filter((c) => c.kind === 'share' && c.stated === '11,25%')).toEqual([expect.objectContaining({ verdict: 'ambiguous' })]);
  });
});

describe('a term compared with itself', () => {
  const heading = ['BÁO CÁO CHÍNH TRỊ', 'trình Đại hội đại biểu Hội Khuyến học tỉnh lần thứ V, nhiệm kỳ 2025 - 2030', 'I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT NHIỆM KỲ 2020 - 2025'];
  const wrongTerms = (text: string) => claims(...heading, text).filter((c) => c.kind === 'term-label' && c.verdict === 'inconsistent');
  test('under the heading of that term, with a value of its own written for it, is the term before mistyped', () => {
    expect(wrongTerms('Nhiệm kỳ qua, Hội vận động được 18,6 tỷ đồng cho quỹ khuyến học, tăng 42,0% so với nhiệm kỳ 2020 - 2025 (13,1 tỷ đồng).')).toEqual([expect.objectContaining({ stated: '2020 - 2025', expected: '2015 - 2020' })]);
    expect(wrongTerms('Nhiệm kỳ qua, Hội vận động được 18,6 tỷ đồng cho quỹ khuyến học, tăng 42,0% so với nhiệm kỳ 2015 - 2020 (13,1 tỷ đồng).')).toEqual([]);
  });
});

describe('a change naming what changed in its own clause', () => {
  test('"số đơn thư tăng …" speaks of the figure written with that name, not of the last item before it', () => {
    const text = 'Tiếp nhận 86 đơn thư, trong đó 52 đơn đề nghị, 34 đơn khiếu nại; đã giải quyết 80 đơn, đạt 93,02%; số đơn thư giảm 17 đơn so với năm 2023 (103 đơn).';
    expect(claims(text).filter((c) => c.kind === 'difference')).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
    expect(claims(text.replace('giảm 17 đơn', 'tăng 17 đơn')).filter((c) => c.kind === 'difference')).toEqual([expect.objectContaining({ verdict: 'inconsistent' })]);
  });
});

describe('a whole named "tổng …" in a list closed by its total', () => {
  test('is the closing total its items add up to', () => {
    const text = 'Chia theo nguồn: ngân sách tỉnh 412,50 tỷ đồng, chiếm 68,75%; ngân sách huyện 150,00 tỷ đồng, chiếm 26,67% tổng nguồn vốn; vốn khác 37,50 tỷ đồng (6,25%); cộng 600,00 tỷ đồng.';
    // 150 / 600 = 25,00 %; 26,67 % is 150 of another whole.
    const shares = claims('Nguồn vốn đã giải ngân đến 30/6 là 562,50 tỷ đồng.', text).filter((c) => c.kind === 'share');
    expect(shares.map((c) => [c.stated, c.verdict])).toEqual([['68,75%', 'consistent'], ['26,67%', 'inconsistent'], ['6,25%', 'consistent']]);
  });
});
