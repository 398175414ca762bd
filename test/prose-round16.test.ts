// Readings of the sixteenth round (issue 11), each a class of sentence with its forms written here, not taken from an
// evaluation draft.
import { Paragraph, scanParagraphs } from '../src/core';

const body = (...texts: string[]): Paragraph[] => texts.map((text, i) => ({ location: 'body', paragraph: i + 1, text }));
const claims = (...texts: string[]) => scanParagraphs(body(...texts)).claims;
const at = (stated: string, ...texts: string[]) => claims(...texts).filter((c) => c.stated === stated);

describe('a clause naming what it compares, with only the earlier value', () => {
  const licences = 'Năm 2024, Phòng cấp 1.436 giấy phép, gồm: giấy phép xây dựng nhà ở riêng lẻ 1.085 giấy phép; giấy phép sửa chữa, cải tạo 351 giấy phép.';
  test('a rate: the value now is the one written under the name, less the unit it counts', () => {
    // 1.085 / 962 = 112,79 %: a rise of 12,8 %.
    expect(at('12,8%', `${licences} Giấy phép nhà ở riêng lẻ tăng 12,8% so với năm 2023 (962 giấy phép).`)).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
    expect(at('21,8%', `${licences} Giấy phép nhà ở riêng lẻ tăng 21,8% so với năm 2023 (962 giấy phép).`)).toEqual([expect.objectContaining({ verdict: 'inconsistent', expected: '12,8%' })]);
  });

  test('a change, a ratio and a multiple read the same way', () => {
    expect(at('123', `${licences} Số giấy phép cải tạo giảm 123 giấy phép so với cùng kỳ (474 giấy phép).`)).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
    expect(at('132', `${licences} Số giấy phép cải tạo giảm 132 giấy phép so với cùng kỳ (474 giấy phép).`)).toEqual([expect.objectContaining({ verdict: 'inconsistent', expected: '123' })]);
    const funds = 'Tổng kinh phí thực hiện 24,6 tỷ đồng, gồm ngân sách tỉnh 18,2 tỷ đồng, vốn xã hội hóa 6,4 tỷ đồng.';
    // 24,6 / 20,0 = 123,0 %.
    expect(at('123,0%', `${funds} Tổng kinh phí bằng 123,0% giai đoạn 2016 - 2020 (20,0 tỷ đồng).`)).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
    expect(at('132,0%', `${funds} Tổng kinh phí bằng 132,0% giai đoạn 2016 - 2020 (20,0 tỷ đồng).`)).toEqual([expect.objectContaining({ verdict: 'inconsistent', expected: '123,0%' })]);
    expect(at('1,6', 'Các cấp tổ chức 310 giải thi đấu (cấp tỉnh 32 giải, cấp huyện 278 giải), thu hút 41.200 lượt người. Số giải cấp tỉnh gấp 1,6 lần năm 2023 (20 giải).')).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
  });

  test('a name two figures carry, or a figure of another count, leaves the clause unread', () => {
    const twice = 'Tiếp nhận 412 hồ sơ đất đai, trong đó hồ sơ đất đai trực tuyến 205 hồ sơ và hồ sơ đất đai trực tiếp 207 hồ sơ.';
    expect(at('9,1%', `${twice} Hồ sơ đất đai tăng 9,1% so với năm 2023 (380 hồ sơ).`)).toEqual([]);
    expect(at('1,6', 'Các cấp tổ chức 310 giải thi đấu cấp tỉnh, thu hút 41.200 lượt người. Số lượt cấp tỉnh gấp 1,6 lần năm 2023 (20 giải).')).toEqual([]);
  });
});

describe('a whole shown mistyped by its own share', () => {
  test('the shares beside a fraction whose share fits a keystroke of its whole are of that whole', () => {
    // 482/540 = 89,26 %; the whole 540 is 504 with two digits swapped, which both shares fit: 482/504 = 95,63 %,
    // 22/504 = 4,37 %.
    const text = 'Kết quả xếp loại: 482/540 tổ xếp loại khá trở lên, đạt 95,63%; 22 tổ xếp loại trung bình, chiếm 4,37%; không có tổ yếu.';
    const found = claims(text);
    expect(found.filter((c) => c.stated === '4,37%')).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
    expect(found.filter((c) => c.stated === '95,63%')).toEqual([expect.objectContaining({ verdict: 'inconsistent', message: expect.stringContaining('540 là gõ nhầm của 504') })]);
    // With no keystroke of 540 that 95,63 % fits, the share beside it is judged of 540.
    expect(claims(text.replace('đạt 95,63%', 'đạt 97,00%')).filter((c) => c.stated === '4,37%')).toEqual([expect.objectContaining({ verdict: 'inconsistent' })]);
  });
});

describe('a figure the summary restates', () => {
  const section = 'Về sinh kế, Hội hỗ trợ bò giống cho 146 hộ người khuyết tật, vượt chỉ tiêu đề ra.';
  test('is not the body figure when its clause names a year before the one reviewed', () => {
    const title = 'BÁO CÁO Kết quả hoạt động năm 2024';
    const cross = (summary: string) => scanParagraphs(body(title, section, summary)).claims.filter((c) => (c.kind as string) === 'cross');
    expect(cross('Tóm lại, Hội đã hỗ trợ bò giống cho 164 hộ người khuyết tật.')).toEqual([expect.objectContaining({ verdict: 'inconsistent' })]);
    expect(cross('Tóm lại, cùng với nguồn chuyển tiếp từ cuối năm 2023, Hội đã hỗ trợ bò giống cho 164 hộ người khuyết tật.')).toEqual([]);
  });

  test('is not the body figure when its noun phrase ends on a span other than the one reviewed', () => {
    const title = 'BÁO CÁO Tổng kết nhiệm kỳ 2019 - 2024';
    const houses = 'Về nhà ở, Hội đã xây mới, sửa chữa 158 nhà tình nghĩa cho hội viên khó khăn.';
    const cross = (summary: string) => scanParagraphs(body(title, houses, summary)).claims.filter((c) => (c.kind as string) === 'cross');
    expect(cross('Tóm lại, Hội đã xây mới, sửa chữa 185 nhà tình nghĩa cho hội viên khó khăn.')).toEqual([expect.objectContaining({ verdict: 'inconsistent' })]);
    expect(cross('Tóm lại, Hội đã xây mới, sửa chữa 185 nhà tình nghĩa giai đoạn 2020 - 2024.')).toEqual([]);
  });
});

describe('what a part is of', () => {
  test('a part counted in another noun than the figure before it is of the figure that counts its noun', () => {
    // 412/460 = 89,57 %; of the 1.150 cabinets it would be 35,83 %.
    const text = 'Công ty quản lý 460 tuyến kênh, 2.380 cống và 1.150 trạm bơm; trong đó 412 tuyến đã kiên cố hóa, chiếm 89,57%.';
    expect(at('89,57%', text)).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
    expect(at('98,57%', text.replace('89,57%', '98,57%'))).toEqual([expect.objectContaining({ verdict: 'inconsistent', expected: '89,57%' })]);
  });

  test('a classifier counts what its list counts', () => {
    const text = 'Toàn huyện có 1.250 ghe, chia ra: dưới 12 m 830 chiếc, từ 12 m trở lên 420 chiếc (chiếm 33,60%).';
    expect(at('33,60%', text)).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
  });
});

describe('what only looks like a fraction', () => {
  test('a day and month no part of a whole can be, with no noun after it, is no fraction', () => {
    expect(claims('Bộ phận một cửa tiếp nhận hồ sơ 24/7, thời gian trả kết quả rút ngắn còn 2 ngày.').filter((c) => c.kind === 'fraction')).toEqual([]);
    // Followed by what it counts, a part above its whole is a slip to report.
    expect(claims('Có 14/12 xã hoàn thành chỉ tiêu.').filter((c) => c.kind === 'fraction')).toEqual([expect.objectContaining({ verdict: 'inconsistent' })]);
  });

  test('a month and its year is a date, no whole a share may be of', () => {
    // 1.380 / 1.450 = 95,17 %.
    const text = 'Hội có 12 chi hội (01 chi hội thành lập tháng 5/2024) và 1.450 hội viên (hội viên tập thể 70 đơn vị; hội viên cá nhân 1.380 người, chiếm 95,17%).';
    expect(claims(text).filter((c) => c.kind === 'fraction')).toEqual([]);
    expect(at('95,17%', text)).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
  });
});

describe('wholes named in words', () => {
  test('"tổng số" of what a fraction counts is the fraction\'s whole, not its part', () => {
    const exam = 'Năm 2023 có 7.214/8.650 hội viên được khám sức khỏe định kỳ, đạt 83,40%.';
    // 2.980 / 8.650 = 34,45 %; of the 7.214 examined it would be 41,31 %.
    expect(at('34,45%', exam, 'Số hội viên được trợ giúp thường xuyên là 2.980 người, chiếm 34,45% tổng số hội viên.')).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
    expect(at('43,45%', exam, 'Số hội viên được trợ giúp thường xuyên là 2.980 người, chiếm 43,45% tổng số hội viên.')).toEqual([expect.objectContaining({ verdict: 'inconsistent', expected: '34,45%' })]);
  });
});

describe('a change whose comparison opens its sentence with several values', () => {
  test('is against the value written with the name of what changed', () => {
    const text = (change: string) => `Đến cuối năm học có 212 giảng viên, trong đó 61 tiến sĩ. So với năm học trước (54 tiến sĩ/205 giảng viên), số giảng viên tăng ${change} người.`;
    expect(claims(text('07')).filter((c) => c.kind === 'difference')).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
    expect(claims(text('17')).filter((c) => c.kind === 'difference')).toEqual([expect.objectContaining({ verdict: 'inconsistent', expected: '7' })]);
  });
});

describe('a part with its own ratio or its own noun', () => {
  test('a ratio right after a "trong đó" part compares the part or the whole with its target, whichever it fits', () => {
    // 61,2 / 90 = 68,00 %; of the 143,5 disbursed so far it would be 159,44 %.
    const text = (ratio: string) => `Lũy kế giải ngân đến 31/12/2024 là 143,5 tỷ đồng, đạt 47,83% tổng mức đầu tư, trong đó năm 2024 giải ngân 61,2 tỷ đồng, bằng ${ratio} kế hoạch vốn năm (90 tỷ đồng).`;
    expect(at('68,00%', text('68,00%'))).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
    // Fitting neither the part nor the whole, it may be of either's target: not read.
    expect(at('86,00%', text('86,00%'))).toEqual([]);
    // Fitting the whole, it is the whole's ("trong đó nữ 17 đồng chí, đạt 96,67% kế hoạch (60)" is of the 58 sent).
    expect(at('96,67%', 'Năm 2025 cử 58 đồng chí đi học, trong đó nữ 17 đồng chí, đạt 96,67% kế hoạch (60 đồng chí).')).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
  });

  test('a count in a noun of its own is no share of the money before it', () => {
    // 96 / 640 = 15,00 %; of the 215,4 tỷ đồng it would be 44,57 %.
    const text = 'Trúng thầu 640 mặt hàng với giá trị 215,4 tỷ đồng; trong đó thuốc do Công ty sản xuất 96 mặt hàng, chiếm 15,00%.';
    expect(at('15,00%', text)).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
  });
});

describe('breakdowns in parentheses', () => {
  const sums = (text: string) => claims(text).filter((c) => c.kind === 'sum');
  test('a day of the year or a month in an item\'s name names the item', () => {
    expect(sums('Hội đã trao 2.450 suất quà (dịp Tết 1.300 suất, dịp 1/6 là 650 suất, dịp 23/12 là 500 suất).')).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
    expect(sums('Hội có 07 chi hội (05 chi hội cấp huyện; 01 chi hội ngành y tế; 01 chi hội Trường Cao đẳng Y tế thành lập tháng 3/2024).')).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
    expect(sums('Hội có 06 chi hội (05 chi hội cấp huyện; 01 chi hội ngành y tế; 01 chi hội Trường Cao đẳng Y tế thành lập tháng 3/2024).')).toEqual([expect.objectContaining({ verdict: 'inconsistent' })]);
  });

  test('a parenthesis in the unit of the figure its clause joins by "với" details that figure', () => {
    expect(sums('Tổ chức 09 đoàn công tác với 74 lượt người (Lào 04 đoàn, Campuchia 03 đoàn, Thái Lan 02 đoàn).')).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
    expect(sums('Tổ chức 08 đoàn công tác với 74 lượt người (Lào 04 đoàn, Campuchia 03 đoàn, Thái Lan 02 đoàn).')).toEqual([expect.objectContaining({ verdict: 'inconsistent' })]);
    // Beside a figure the clause does not join so, the parenthesis is a parallel measure.
    expect(sums('Mở 04 lớp (182 học viên).')).toEqual([]);
  });
});

describe('a change and the earlier value in one parenthesis', () => {
  test('after the value now and its share', () => {
    const text = (change: string) => `Toàn Hội có 8.240 hội viên, trong đó hội viên nữ 3.105 người, chiếm 37,68% (${change} 128 người; năm 2023 là 2.977 người).`;
    expect(claims(text('tăng')).filter((c) => c.kind === 'difference')).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
    expect(claims(text('giảm')).filter((c) => c.kind === 'difference')).toEqual([expect.objectContaining({ verdict: 'inconsistent' })]);
  });
});

describe('a share naming an item of its base\'s breakdown', () => {
  test('is not of an item smaller than its part', () => {
    // 1.460 / 1.510 = 96,69 %, a truncation of 96,688…: written 96,68 %.
    const text = 'Tiếp nhận, xử lý 1.510 sự cố (qua đường dây nóng 930 sự cố, chiếm 61,59%; qua hệ thống giám sát 580 sự cố), trong đó 1.460 sự cố được khắc phục trong 24 giờ, đạt 96,68%.';
    expect(at('96,68%', text)).toEqual([expect.objectContaining({ verdict: 'rounding', expected: '96,69%' })]);
  });
});

describe('shares after a long phrase, and of a subtotal', () => {
  test('a share set off by a comma after a long noun phrase is the phrase\'s figure\'s', () => {
    // 1.842 / 9.610 = 19,167… %: written 19,16 %, a truncation.
    const text = 'Số hội viên được trợ giúp thường xuyên là 3.450 người, chiếm 35,90% tổng số hội viên; 1.842 hội viên được nhận quà hằng tháng từ các mô hình “nhận đỡ đầu” ở cơ sở, chiếm 19,16%.';
    expect(at('19,16%', 'Toàn tỉnh có 9.610 hội viên.', text)).toEqual([expect.objectContaining({ verdict: 'rounding', expected: '19,17%' })]);
  });

  test('a share that misfits the whole and fits some items of its breakdown together is undecided', () => {
    // 1.210 / 2.000 = 60,50 %; 1.210 / (1.100 + 640) = 69,54 %.
    const text = (share: string) => `Năm 2024 ban hành 2.000 bản tin (thời tiết 1.100 bản; hạn dài 60 bản; thủy văn 640 bản; thiên tai 200 bản); có 1.210 bản tin được phát lại trên sóng phát thanh, chiếm ${share}.`;
    expect(at('69,54%', text('69,54%'))).toEqual([expect.objectContaining({ verdict: 'ambiguous' })]);
    expect(at('65,40%', text('65,40%'))).toEqual([expect.objectContaining({ verdict: 'inconsistent', expected: '60,50%' })]);
  });
});

describe('names that hold a number or a word of change', () => {
  const sums = (text: string) => claims(text).filter((c) => c.kind === 'sum');
  test('"gia tăng" in a tax\'s name is no change, and the item is read', () => {
    expect(sums('Nộp ngân sách 4,10 tỷ đồng (thuế giá trị gia tăng 2,60 tỷ đồng; thuế thu nhập doanh nghiệp 1,20 tỷ đồng; phí khác 0,30 tỷ đồng).')).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
    expect(sums('Nộp ngân sách 3,80 tỷ đồng (thuế giá trị gia tăng 2,60 tỷ đồng; thuế thu nhập doanh nghiệp 1,20 tỷ đồng; phí khác 0,30 tỷ đồng).')).toEqual([expect.objectContaining({ verdict: 'inconsistent' })]);
  });

  test('a number in an item\'s name before its colon is no figure of the item', () => {
    expect(sums('Di dời 312 mộ (dự án đường Vành đai 2: 205 mộ; dự án Khu dân cư 5: 107 mộ).')).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
    expect(sums('Di dời 321 mộ (dự án đường Vành đai 2: 205 mộ; dự án Khu dân cư 5: 107 mộ).')).toEqual([expect.objectContaining({ verdict: 'inconsistent', expected: '312' })]);
  });
});

describe('the earlier value in a parenthesis naming its period, the change after it', () => {
  test('is the value the change starts from', () => {
    const text = (verb: string) => `Ban Chấp hành khóa V gồm 35 ủy viên (khóa IV: 29 ủy viên), ${verb} 06 ủy viên.`;
    expect(claims(text('tăng')).filter((c) => c.kind === 'difference')).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
    expect(claims(text('giảm')).filter((c) => c.kind === 'difference')).toEqual([expect.objectContaining({ verdict: 'inconsistent' })]);
  });
});

describe('a fraction\'s whole against the count the report states', () => {
  test('an item of a list of what the whole has states that count', () => {
    const text = (whole: string) => `Mạng lưới bán lẻ gồm 12 chi nhánh cấp huyện và 185 đại lý cấp một; ${whole} đại lý cấp một đạt chuẩn.`;
    expect(claims(text('149/158')).filter((c) => c.kind === 'fraction')).toEqual([expect.objectContaining({ verdict: 'inconsistent', expected: '185' })]);
    expect(claims(text('149/185')).filter((c) => c.kind === 'fraction' && c.verdict !== 'consistent')).toEqual([]);
  });
});

describe('a change naming its subject, read by another reading of its place first', () => {
  test('is of the item written with that name, its unit the parenthesis owner\'s', () => {
    const text = (verb: string) => `Triển khai 64 đề tài (05 cấp tỉnh, 07 cấp Bộ, 52 cấp cơ sở); số đề tài cấp cơ sở ${verb} 09 so với năm học trước (43 đề tài).`;
    expect(claims(text('tăng')).filter((c) => c.kind === 'difference')).toEqual([expect.objectContaining({ verdict: 'consistent' })]);
    expect(claims(text('giảm')).filter((c) => c.kind === 'difference')).toEqual([expect.objectContaining({ verdict: 'inconsistent' })]);
    // Of the 875 "tiếp nhận mới", not of the 915 received in all: 890 → 875 is a fall of 15.
    const named = 'Tổng số hồ sơ tiếp nhận 915 hồ sơ (kỳ trước chuyển sang 40 hồ sơ, tiếp nhận mới 875 hồ sơ); số hồ sơ tiếp nhận mới giảm 51 hồ sơ so với năm 2024 (890 hồ sơ).';
    expect(claims(named).filter((c) => c.kind === 'difference')).toEqual([expect.objectContaining({ verdict: 'inconsistent', expected: '15' })]);
  });
});
