// Readings of the thirteenth round (issue 11), each a class of sentence with its forms written here, not taken from an
// evaluation draft.
import { Paragraph, scanParagraphs } from '../src/core';

const body = (...texts: string[]): Paragraph[] => texts.map((text, i) => ({ location: 'body', paragraph: i + 1, text }));
const claims = (...texts: string[]) => scanParagraphs(body(...texts)).claims;
const flagged = (...texts: string[]) => claims(...texts).filter((c) => c.verdict === 'inconsistent' || c.verdict === 'rounding');
const terms = (...texts: string[]) => flagged(...texts).filter((c) => c.kind === 'term-label');

describe('a year compared with, against a value the document gives that year', () => {
  const title = ['BÁO CÁO', 'Kết quả hoạt động của Trung tâm năm 2025'];

  test('the value in the parenthesis of another comparison is that year\'s', () => {
    const stated = 'Tỷ lệ hồ sơ nộp trực tuyến đạt 62,40%, tăng 5,12 điểm phần trăm so với năm 2024 (57,28%).';
    const later = (year: string) => `Nhìn chung, tỷ lệ nộp trực tuyến tiếp tục tăng so với năm ${year} (57,28%).`;
    expect(terms(...title, stated, later('2023'))).toEqual([expect.objectContaining({ verdict: 'inconsistent', stated: 'năm 2023', expected: 'năm 2024' })]);
    expect(flagged(...title, stated, later('2024'))).toEqual([]);
    // A value the document gives no year of leaves a doubt.
    expect(flagged(...title, stated, 'Nhìn chung, tỷ lệ nộp trực tuyến tiếp tục tăng so với năm 2023 (51,90%).')).toEqual([]);
  });

  test('a change of an amount with decimals is from the value of the year before written in the same sentence', () => {
    const text = (year: string) => `Tổng thu năm 2025 đạt 2.415,36 tỷ đồng, bằng 109,41% so với năm 2024 (2.207,6 tỷ đồng); số thu tăng 207,76 tỷ đồng so với năm ${year}.`;
    expect(terms(...title, text('2023'))).toEqual([expect.objectContaining({ verdict: 'inconsistent', expected: 'năm 2024' })]);
    expect(flagged(...title, text('2024'))).toEqual([]);
    // 2.415,36 − 2.207,6 = 207,76; a change of 200,5 fits nothing stated, so the year named is only a doubt.
    expect(flagged(...title, `Tổng thu năm 2025 đạt 2.415,36 tỷ đồng, bằng 109,41% so với năm 2024 (2.207,6 tỷ đồng); số thu tăng 200,5 tỷ đồng so với năm 2023.`)).toEqual([]);
  });

  test('a rate of change is from a count a sentence opening on the year gives, counted in the same words', () => {
    const note = 'Năm 2024: tiếp nhận 412 hồ sơ (đã giải quyết 398 hồ sơ); cấp 75 giấy chứng nhận đăng ký kinh doanh.';
    const now = (year: string) => `Năm 2025, Phòng cấp 87 giấy chứng nhận đăng ký kinh doanh, tăng 16,00% so với năm ${year}.`;
    // 87 / 75 = 1,16.
    expect(terms(...title, now('2023'), note)).toEqual([expect.objectContaining({ verdict: 'inconsistent', expected: 'năm 2024' })]);
    // Counted in other words ("hồ sơ"), the same figures are no evidence.
    expect(flagged(...title, 'Năm 2025, Phòng tiếp nhận 87 hồ sơ, tăng 16,00% so với năm 2023.', 'Năm 2024: cấp 75 giấy chứng nhận; tiếp nhận 412 hồ sơ.')).toEqual([]);
  });

  test('the same change of the same thing written twice, once against the year before', () => {
    const first = 'Cổng thông tin điện tử của Sở có 215.360 lượt truy cập, tăng 18,4% so với năm 2024 (181.892 lượt).';
    const again = (year: string) => `Năm 2025, Sở hoàn thành các nhiệm vụ được giao; lượt truy cập cổng thông tin tăng 18,4% so với năm ${year}.`;
    expect(terms(...title, first, again('2023'))).toEqual([expect.objectContaining({ verdict: 'inconsistent', expected: 'năm 2024' })]);
    expect(flagged(...title, first, again('2024'))).toEqual([]);
    // Another thing that changed by the same rate says nothing of the year.
    expect(flagged(...title, first, 'Năm 2025, số hồ sơ trực tuyến tăng 18,4% so với năm 2023.')).toEqual([]);
  });

  test('a year that opens a stage the report names is compared with on purpose unless the value is the year before\'s', () => {
    const stage = 'Thực hiện Kế hoạch giai đoạn 2023 - 2027, Trung tâm đã số hóa tài liệu.';
    const stated = 'Tỷ lệ tài liệu được số hóa đạt 48,20%, tăng 6,35 điểm phần trăm so với năm 2024 (41,85%).';
    expect(flagged(...title, stage, stated, 'Tỷ lệ số hóa cao hơn nhiều so với năm 2023 (30,12%).')).toEqual([]);
    expect(terms(...title, stage, stated, 'Tỷ lệ số hóa cao hơn nhiều so với năm 2023 (41,85%).')).toEqual([expect.objectContaining({ verdict: 'inconsistent' })]);
  });
});

describe('a term compared with, against a value the document gives another term', () => {
  test('a change from a count a sentence opening on the term before gives, in the same words, makes the term named a slip', () => {
    const note = 'Nhiệm kỳ 2016 - 2021, Hội đồng có 31 đại biểu; tổ chức 42 cuộc giám sát và ban hành 163 nghị quyết.';
    const intro = ['Báo cáo tổng kết hoạt động của Hội đồng nhiệm kỳ 2021 - 2026.', 'Nhiệm kỳ 2021 - 2026 diễn ra trong bối cảnh nhiều khó khăn.'];
    // The claim names no term of its own: the report's stands in, too loose to call a mismatch wrong by itself.
    const now = (term: string) => `Hội đồng đã ban hành 201 nghị quyết, tăng 38 nghị quyết so với nhiệm kỳ ${term}.`;
    expect(terms(...intro, now('2011 - 2016'), note)).toEqual([expect.objectContaining({ verdict: 'inconsistent', expected: '2016 - 2021' })]);
    expect(flagged(...intro, now('2016 - 2021'), note)).toEqual([]);
    // 201 − 163 = 38: without the note's 163, the same sentence is only a doubt.
    expect(flagged(...intro, now('2011 - 2016'), 'Nhiệm kỳ 2016 - 2021, Hội đồng có 31 đại biểu.')).toEqual([]);
  });

  test('a ratio to a term with no term of the claim\'s own is a slip when it fits the value of the term after the one named', () => {
    const stated = 'Nhiệm kỳ 2015 - 2020, toàn tỉnh xây dựng được 812 công trình dân vận.';
    const ratio = (term: string) => `Lũy kế 04 năm 2021 - 2024, toàn tỉnh xây dựng 689 công trình dân vận, bằng 84,85% số công trình của cả nhiệm kỳ ${term}.`;
    // 689 / 812 = 84,85%: the ratio is to 2015 - 2020, the term after the one named.
    expect(terms(stated, ratio('2010 - 2015'))).toEqual([expect.objectContaining({ verdict: 'inconsistent', expected: '2015 - 2020' })]);
    expect(flagged(stated, ratio('2015 - 2020'))).toEqual([]);
    // A ratio that fits no stated value says nothing of the term.
    expect(flagged(stated, 'Lũy kế 04 năm 2021 - 2024, toàn tỉnh xây dựng 689 công trình dân vận, bằng 90,12% số công trình của cả nhiệm kỳ 2010 - 2015.').filter((c) => c.kind === 'term-label')).toEqual([]);
  });
});

describe('a share of "tổng số X"', () => {
  const text = (rest: string) => `Năm 2025, trên địa bàn thành lập mới 07 hợp tác xã, giải thể 02 hợp tác xã; toàn huyện có 54 hợp tác xã. Trong 54 hợp tác xã có 38 hợp tác xã nông nghiệp và 16 hợp tác xã phi nông nghiệp. ${rest}`;
  test('is of the figure its words name and nothing more, not of a part they narrow to', () => {
    // 7 / 54 = 12,96%; 7 / 16 would be 43,75%.
    expect(flagged(text('Số hợp tác xã thành lập mới chiếm 12,96% tổng số hợp tác xã.')).filter((c) => c.kind === 'share')).toEqual([]);
    expect(flagged(text('Số hợp tác xã thành lập mới chiếm 12,69% tổng số hợp tác xã.')).filter((c) => c.kind === 'share')).toEqual([expect.objectContaining({ verdict: 'inconsistent', expected: '12,96%' })]);
  });

  test('with no figure its words name alone, has no base', () => {
    const narrowOnly = 'Năm 2025, thành lập mới 07 hợp tác xã. Hiện có 38 hợp tác xã nông nghiệp và 16 hợp tác xã phi nông nghiệp. Số hợp tác xã thành lập mới chiếm 12,96% tổng số hợp tác xã.';
    expect(flagged(narrowOnly)).toEqual([]);
  });
});

describe('a change against a year whose value another sentence gives', () => {
  const note = 'Năm 2024: tiếp nhận 375 hồ sơ đất đai (giải quyết 352 hồ sơ); cấp 54 giấy phép xây dựng.';
  const now = (change: string) => `Năm 2025, xã tiếp nhận 412 hồ sơ đất đai, ${change} so với năm 2024; đã giải quyết 386 hồ sơ.`;
  test('is read from that value, of the same thing', () => {
    expect(flagged(now('tăng 37 hồ sơ'), note)).toEqual([]);
    // The sign, or two digits swapped: slips of the keyboard.
    expect(flagged(now('giảm 37 hồ sơ'), note)).toEqual([expect.objectContaining({ kind: 'difference' })]);
    expect(flagged(now('tăng 73 hồ sơ'), note)).toEqual([expect.objectContaining({ kind: 'difference', expected: '37' })]);
  });

  test('is left alone when the gap is no slip, or when that year has two values of the thing', () => {
    // 412 − 375 = 37; 50 is no slip of it: the value found may be another quantity's.
    expect(flagged(now('tăng 50 hồ sơ'), note)).toEqual([]);
    expect(flagged(now('tăng 73 hồ sơ'), note, 'Năm 2024, xã cũng tiếp nhận 398 hồ sơ đất đai chuyển từ huyện.')).toEqual([]);
  });
});

describe('a list closed by "và"', () => {
  test('ends at the comma after its last item: the clause after it is no item', () => {
    const text = (total: string) => `Chi cục lấy ${total} mẫu kiểm tra, gồm 58 mẫu phân bón và 26 mẫu thức ăn chăn nuôi, phát hiện 04 mẫu không đạt, chiếm 4,76%.`;
    // 58 + 26 = 84; the 04 samples that failed are among them, no third kind of sample.
    expect(flagged(text('84'))).toEqual([]);
    expect(flagged(text('85')).filter((c) => c.kind === 'sum')).toEqual([expect.objectContaining({ expected: '84' })]);
  });

  test('a "và" inside an item\'s name does not end the list', () => {
    expect(flagged('Toàn huyện có 31 hợp tác xã, gồm nông nghiệp 17, thương mại và dịch vụ 08, vận tải 06.')).toEqual([]);
    expect(flagged('Toàn huyện có 32 hợp tác xã, gồm nông nghiệp 17, thương mại và dịch vụ 08, vận tải 06.')).toEqual([expect.objectContaining({ kind: 'sum' })]);
  });
});

describe('a fraction over a target', () => {
  test('reached past the target is no part larger than its whole', () => {
    expect(flagged('Chỉ tiêu phát triển hội viên đạt 46.285/40.000, vượt 15,71%.')).toEqual([]);
    // Counted of what there is, it still is.
    expect(flagged('Có 25/23 xã tổ chức hội nghị.')).toEqual([expect.objectContaining({ kind: 'fraction' })]);
  });
});

describe('the value a rate compares', () => {
  test('is the figure of the noun the value compared with names', () => {
    const text = (rate: string) => `Năm 2025, xác nhận 45 chuỗi cung ứng an toàn với 412 sản phẩm, tăng ${rate} so với năm 2024 (36 chuỗi).`;
    // 45 / 36 = 1,25.
    expect(flagged(text('25,00%'))).toEqual([]);
    expect(flagged(text('52,00%'))).toEqual([expect.objectContaining({ expected: '25,00%' })]);
  });

  test('of a target named in the sentence before, with one figure of its unit', () => {
    const text = (rate: string) => `Tổng dự toán được giao năm 2025 là 8,432 tỷ đồng, gồm kinh phí tự chủ 5,210 tỷ đồng và kinh phí không tự chủ 3,222 tỷ đồng. Đến ngày 31/12/2025 đã giải ngân 7,915 tỷ đồng, đạt ${rate} dự toán.`;
    // 7,915 / 8,432 = 93,868…%.
    expect(flagged(text('93,87%'))).toEqual([]);
    expect(flagged(text('93,86%'))).toEqual([expect.objectContaining({ verdict: 'rounding', expected: '93,87%' })]);
    // Two figures named so: which one is the target is not told.
    expect(flagged('Dự toán chi thường xuyên là 5,210 tỷ đồng, dự toán chi đầu tư là 3,222 tỷ đồng. Đã giải ngân 2,915 tỷ đồng, đạt 93,86% dự toán.')).toEqual([]);
  });
});

describe('what heldout-14 taught, each a class', () => {
  test('the percentage after a gap to a target is the gap\'s rate, no share of the value reached', () => {
    expect(flagged('Bệnh viện được giao 420 giường kế hoạch, thực kê 504 giường, vượt 84 giường (20,00%).')).toEqual([]);
  });

  test('a change counts the figure of its own noun, a share beside it or not', () => {
    const text = (change: string) => `Các cấp công đoàn giới thiệu 1.860 đoàn viên ưu tú cho Đảng xem xét, đã có 1.302 người được kết nạp (70,00%), ${change} so với nhiệm kỳ trước (1.150 người).`;
    // 1.302 − 1.150 = 152; from the 1.860 introduced it would be 710.
    expect(flagged(text('tăng 152 người'))).toEqual([]);
    expect(flagged(text('tăng 125 người'))).toEqual([expect.objectContaining({ kind: 'difference', expected: '152' })]);
  });

  test('past a semicolon, a clause with a whole of its own is out of an earlier "trong đó"', () => {
    const text = (share: string) => `Quản lý 72.400 người tăng huyết áp, trong đó 41.200 người điều trị đạt mục tiêu (56,91%); quản lý 18.250 người đái tháo đường, điều trị đạt mục tiêu 9.125 người (${share}).`;
    expect(flagged(text('50,00%'))).toEqual([]);
    expect(flagged(text('12,60%'))).toEqual([expect.objectContaining({ kind: 'share', expected: '50,00%' })]);
  });

  test('a series may give its years bare after the first "năm"', () => {
    const text = (total: string) => `Giai đoạn 2016 - 2020 trồng mới ${total} ha rừng (năm 2016: 62,50 ha; 2017: 71,40 ha; 2018: 80,10 ha; 2019: 66,00 ha; 2020: 70,00 ha).`;
    expect(flagged(text('350,00'))).toEqual([]);
    expect(flagged(text('305,00'))).toEqual([expect.objectContaining({ kind: 'sum', expected: '350,00' })]);
  });

  test('a so sánh right of the parts\' sum is not wrong with its total: the total is', () => {
    // 62,50 + 71,40 + 80,10 + 66,00 + 70,00 = 350,00; 350 / 400 = 87,50%, 305 / 400 = 76,25%.
    const found = flagged('Giai đoạn 2016 - 2020 trồng mới 305,00 ha rừng (năm 2016: 62,50 ha; 2017: 71,40 ha; 2018: 80,10 ha; 2019: 66,00 ha; 2020: 70,00 ha), đạt 87,50% kế hoạch giai đoạn (400 ha).');
    expect(found).toEqual([expect.objectContaining({ kind: 'sum', expected: '350,00' })]);
  });
});

describe('changes written once more', () => {
  test('a term compared with is a slip when the same change of the same thing is written against the term before', () => {
    const first = 'Trong nhiệm kỳ, kết nạp mới 28.340 đoàn viên; so với nhiệm kỳ 2013 - 2018 (24.115 đoàn viên), tăng 4.225 đoàn viên.';
    const again = (term: string) => `Tổng số đoàn viên đạt 91.204 người; số đoàn viên kết nạp mới tăng 4.225 người so với nhiệm kỳ ${term}.`;
    expect(flagged(first, again('2008 - 2013'))).toEqual([expect.objectContaining({ kind: 'term-label', expected: '2013 - 2018' })]);
    expect(flagged(first, again('2013 - 2018'))).toEqual([]);
    // A change of three digits or more of another thing is no evidence.
    expect(flagged(first, 'Số hội viên tăng 4.225 người so với nhiệm kỳ 2008 - 2013.')).toEqual([]);
  });

  test('a sentence opening on a comparison takes the value reached from the figure of its noun before it', () => {
    const text = (change: string) => `Đến 30/6/2025, toàn tỉnh có 1.580 công đoàn cơ sở (CĐCS), chia ra: khu vực hành chính 1.020, doanh nghiệp 560. So với đầu nhiệm kỳ (1.466 CĐCS), số CĐCS ${change} đơn vị.`;
    // 1.580 − 1.466 = 114.
    expect(flagged(text('tăng 114'))).toEqual([]);
    expect(flagged(text('tăng 124')).filter((c) => c.kind === 'difference')).toEqual([expect.objectContaining({ expected: '114' })]);
    // No slip explains 150: the value found by its noun alone may not be the one meant.
    expect(flagged(text('tăng 150')).filter((c) => c.kind === 'difference')).toEqual([]);
  });
});

describe('a so sánh after a sentence opening on the value compared with', () => {
  test('is of the value reached, that value moved by the change', () => {
    const text = (r: string) => `Tổng nguồn vốn đến 31/12/2025 là 1.650,00 tỷ đồng. So với cuối năm 2024 (1.500,00 tỷ đồng), tổng nguồn vốn tăng 150,00 tỷ đồng, bằng ${r}.`;
    expect(flagged(text('110,00%'))).toEqual([]);
    // Taken the wrong way round: 1.500 / 1.650.
    expect(flagged(text('90,91%'))).toEqual([expect.objectContaining({ kind: 'ratio', expected: '110,00%' })]);
  });
});

describe('a fraction written with its noun on both sides', () => {
  test('"a trẻ/b trẻ sinh ra sống (p%)" is a share of b', () => {
    expect(flagged('Tiêm vắc xin viêm gan B sơ sinh cho 11.520 trẻ/12.000 trẻ sinh ra sống (96,00%).')).toEqual([]);
    expect(flagged('Tiêm vắc xin viêm gan B sơ sinh cho 11.520 trẻ/12.000 trẻ sinh ra sống (69,00%).')).toEqual([expect.objectContaining({ kind: 'share', expected: '96,00%' })]);
    // Two nouns are two measures: which the share is of is not read.
    expect(flagged('Tổ chức 318 lượt/352 người tham gia (65,43%).')).toEqual([]);
  });
});

describe('a "trong đó" list', () => {
  test('ends at a clause without a figure: a part past its whole is still read', () => {
    const text = (part: string) => `Ban có 07 trạm bảo vệ rừng, trong đó ${part} trạm đã được đầu tư xây dựng kiên cố, các trạm còn lại là nhà tạm, xuống cấp.`;
    expect(flagged(text('05'))).toEqual([]);
    expect(flagged(text('08'))).toEqual([expect.objectContaining({ kind: 'subset' })]);
  });
});

describe('an average closing a list item', () => {
  test('is of the item\'s own total and count, other totals of its sentence aside', () => {
    const text = (avg: string) => `Năm 2025, Ban giao khoán bảo vệ 18.240,50 ha rừng cho 1.102 đối tượng, gồm: 1.050 hộ gia đình nhận 10.525,80 ha, bình quân ${avg} ha/hộ; 40 cộng đồng dân cư nhận 6.414,70 ha; 12 tổ chức nhận 1.300,00 ha.`;
    // 10.525,80 / 1.050 = 10,0246 → 10,02.
    expect(flagged(text('10,02')).filter((c) => c.kind === 'ratio')).toEqual([]);
    expect(flagged(text('12,02')).filter((c) => c.kind === 'ratio')).toEqual([expect.objectContaining({ expected: '10,02' })]);
  });
});

describe('a base named by a "trong đó" part', () => {
  test('answers with its whole\'s words and its own', () => {
    const text = (r: string) => `Lũy tích đến 30/6/2025, toàn tỉnh có 2.400 người nhiễm HIV, trong đó còn sống 1.600 người, đã tử vong 800 người. Số bệnh nhân đang điều trị ARV là 1.200 người, chiếm ${r} số người nhiễm HIV còn sống.`;
    expect(flagged(text('75,00%'))).toEqual([]);
    // 1.200 / 2.400: the whole, not those alive.
    expect(flagged(text('50,00%'))).toEqual([expect.objectContaining({ kind: 'share', expected: '75,00%' })]);
  });
});

describe('two categories joined by "và" with one share', () => {
  test('are read as the sum of their counts in the list', () => {
    const text = (r: string) => `Thực hiện 12.000 ca phẫu thuật, gồm: phẫu thuật đặc biệt 1.500 ca, loại I 4.500 ca, loại II 4.000 ca, loại III 2.000 ca; phẫu thuật đặc biệt và loại I chiếm ${r}.`;
    expect(flagged(text('50,00%'))).toEqual([]);
    expect(flagged(text('37,50%'))).toEqual([expect.objectContaining({ kind: 'share', expected: '50,00%' })]);
    // A name the list does not give one count each reads nothing.
    expect(flagged('Thực hiện 12.000 ca phẫu thuật, gồm: phẫu thuật đặc biệt 1.500 ca, loại I 4.500 ca, loại II 4.000 ca, loại III 2.000 ca; phẫu thuật nội soi và loại I chiếm 37,50%.')).toEqual([]);
  });
});

describe('a rate of change against a year whose value another sentence gives', () => {
  const note = 'Năm 2024, Trung tâm phát hành 1.846 bản tin thời sự và 312 chương trình.';
  const now = (r: string) => `Năm 2025, Trung tâm phát hành 1.900 bản tin thời sự, tăng ${r} so với năm 2024.`;
  test('is read from the one value of that year of the same thing', () => {
    // 1.900 / 1.846 = 1,02925…: 2,93%.
    expect(flagged(note, now('2,93%'))).toEqual([]);
    expect(flagged(note, now('2,92%'))).toEqual([expect.objectContaining({ verdict: 'rounding', expected: '2,93%' })]);
    expect(flagged(note, now('2,39%'))).toEqual([expect.objectContaining({ verdict: 'inconsistent', expected: '2,93%' })]);
  });

  test('is left alone when no slip explains the gap', () => {
    expect(flagged(note, now('8,50%'))).toEqual([]);
  });
});

describe('a balance compared with the end of a year', () => {
  test('"so với cuối năm Y" is a year compared with, a slip where its value is stated as the year before\'s', () => {
    const title = ['BÁO CÁO', 'Kết quả hoạt động ngân hàng năm 2025'];
    const note = 'Nguồn vốn huy động cuối năm 2024 là 58.240 tỷ đồng theo báo cáo thống kê.';
    const now = (year: string) => `Tổng nguồn vốn huy động trên địa bàn đạt 63.120 tỷ đồng, tăng 8,38% so với cuối năm ${year} (58.240 tỷ đồng).`;
    expect(flagged(...title, now('2023'), note).filter((c) => c.kind === 'term-label')).toEqual([expect.objectContaining({ expected: 'năm 2024' })]);
    expect(flagged(...title, now('2024'), note)).toEqual([]);
  });
});
